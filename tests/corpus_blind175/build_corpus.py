"""Build the HUNDRED-AND-SEVENTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-seventh corpus, for an honest measurement on articles the extractor has
never met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a saffron
grower's customer letter from Klein-Pöchlarn in the Nibelungengau (Austrian conventions) with a
saffron picker from Vinnytsia and a cook from Jeonju, a cutler's customer paper from Pöchlarn with a
smith from Poltava and a retired pianist from Gwangju, a drugstore's customer page from Huttwil
(Swiss conventions) with a pharmacist from Kharkiv and an engineer from Changwon, a car body shop's
customer letter from Wyssachen in the Oberaargau hills (Swiss conventions) with a car painter from
Kropyvnytskyi and a nurse from Pohang, a tiler's customer letter from Zierenberg in the Habichtswald
with a tiler from Zhytomyr and a seamstress from Yeosu, and an agricultural contractor's customer
page from Ramsloh in the Saterland with a forage-harvester driver from Chernihiv and an agricultural
engineer from Gimhae; an agency-style wire report from a chili cook-off at Folly Beach with a dental
technician from Lutsk and a retired welder born in Ulsan, a Folly Beach paddleboard outfitter's
notes with a rental-desk clerk from Rivne and a student guide born in Sokcho, a readers' letters
page from a Marrowstone Island newsletter with letters quoting a son-in-law near Sumy and a sister-
in-law in Chuncheon, a mission boat's log from its run to Matinicus with a deckhand from Odesa and a
chaplain born in Mokpo, a Marrowstone Island vinegar maker's notes with a former chemistry teacher
from Dnipro and a retired mariner born in Gyeongju, and a Matinicus volunteer weather observer's
notes with a school helper from Kramatorsk and a retired radio operator born in Wonju. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares state
with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind175_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Nibelungengau, Huttwil and the Oberaargau hills, Habichtswald, Saterland)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v175_01_kundenbrief_safranhof_klein_poechlarn",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-19"),
    dated_by="dateline", crlf=True,
    features="a saffron grower's customer letter from Klein-Pöchlarn in the Nibelungengau (Lower "
        "Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the "
        "letter line 'Klein-Pöchlarn, 19.11.2024' (Tuesday); Austrian conventions (`heuer`, "
        "`Jänner`, `Saisonen`, `ab Hof`); square metres, flowers, `knapp 950 Gramm` of threads, "
        "prices per gram and per sachet first; a saffron picker from Vinnytsia relaying her "
        "husband, a gunner in the Kursk region ('Am Sonntag habe er … angerufen, erzählt Iryna', "
        "Konjunktiv carried) `einige tausend` moved into the villages on the Russian side (vague, "
        "near the front) and `drei` killed in a first exchange of fire (number word, casualties; "
        "both other, from Sunday to publication); a cook from Jeonju who 'ist sicher' `bis zu "
        "30.000` will be sent by spring (at_most, planned, other, `pub`); the NIS, which 'teilte "
        "vorige Woche den Abgeordneten … mit' `über 11.000` in Russia (Austrian `vorige Woche`: "
        "lastweek); 'Das Pentagon geht davon aus' `rund 10.000` in the Kursk region (`pub`); "
        "Rutte, who 'hatte schon Anfang November bestätigt' `mehrere tausend` moved to Kursk "
        "(nato, days 1-10); Zelensky, who 'sagte am Freitag' Kim could raise his contingent to "
        "`bis zu 100.000` (a total: planned, not an increment); Russia's losses a day, square "
        "metres, flowers, grams, euros, generators and blankets, ages, years, opening hours, a "
        "postcode, a phone number",
    text="""\
Safranhof Aigner, Klein-Pöchlarn – Kundenbrief Herbst 2024

Klein-Pöchlarn, 19.11.2024

Liebe Freundinnen und Freunde des Donausafrans,

die Blüte ist vorbei, und heuer war sie die beste, seit wir 2016 die ersten Knollen in den Hang \
über der Donau gesetzt haben. Auf unseren 2.400 Quadratmetern haben wir an elf Morgen rund 160.000 \
lila Blüten gepflückt; nach dem Trocknen blieben knapp 950 Gramm Safranfäden. Ein Gramm kostet ab \
Hof weiterhin 24 Euro, das Briefchen mit 0,2 Gramm 5,50 Euro. Safranessig und Safranlikör gibt es \
ab Mitte Dezember, Führungen durch den Garten wieder ab Jänner.

Iryna und der Anruf vom Sonntag

Iryna Bondar, 41, aus Winnyzja zupft seit drei Saisonen die roten Narben aus den Blüten, flinker \
als wir alle zusammen. Ihr Mann dient als Artillerist in einer Brigade, die im Gebiet Kursk \
kämpft. Am Sonntag habe er nach fast zwei Wochen Schweigen angerufen, erzählt Iryna, während sie \
die Fäden auf dem Sieb ausbreitet. Vor seinem Abschnitt seien in den vergangenen Tagen [[einige \
tausend]] Nordkoreaner in die Dörfer auf der russischen Seite verlegt worden. Bei einem ersten \
Schusswechsel seien [[drei]] von ihnen gefallen. „Er sagt, sie tragen russische Jacken und reden \
kein Wort Russisch“, erzählt Iryna.

Ein Stammkunde aus Jeonju

Choi Dong-hyun, 63, gelernter Koch aus Jeonju, führt in Pöchlarn ein kleines koreanisches Lokal \
und holt jeden Herbst zwanzig Gramm für seinen Safranreis. Er ist sicher, dass Pjöngjang bis zum \
Frühjahr [[bis zu 30.000]] Mann nach Russland schicken wird. „Die Familien daheim erfahren gar \
nichts, nicht einmal, ob die Söhne noch leben“, sagt er.

Was in der Zeitung steht

Der südkoreanische Geheimdienst teilte vorige Woche den Abgeordneten in Seoul mit, [[über 11.000]] \
nordkoreanische Soldaten seien inzwischen in Russland. Das Pentagon geht davon aus, dass [[rund \
10.000]] von ihnen bereits im Gebiet Kursk stehen. Nato-Generalsekretär Mark Rutte hatte schon \
Anfang November bestätigt, dass [[mehrere tausend]] Nordkoreaner in den Raum Kursk verlegt worden \
seien. Präsident Selenskyj sagte am Freitag, Kim könnte sein Kontingent in Russland auf [[bis zu \
100.000]] Mann aufstocken. Die russische Armee verliert nach Kiewer Angaben derzeit an manchen \
Tagen mehr als 1.500 Mann.

Im Hofladen liegt eine Liste für Irynas Heimatstadt: Wir sammeln Stromaggregate und warme Decken, \
14 Stück sind schon beisammen. Danke!

Hofladen bis Weihnachten: Freitag 14 bis 18 Uhr, Samstag 9 bis 12 Uhr. Bestellungen unter 02757 \
7312 oder per Post an Safranhof Aigner, 3660 Klein-Pöchlarn.
""",
    claims=(
        C("einige tausend", None, "vague", "near_front", "other", "sun..pub",
          "a saffron picker from Vinnytsia relaying her husband, a gunner in the Kursk region "
          "('Am Sonntag habe er nach fast zwei Wochen Schweigen angerufen, erzählt Iryna', "
          "Konjunktiv; the speaker quoted: other): moved into the villages on the Russian side "
          "before his sector (from Sunday, 17 November, to publication)"),
        C("drei", 3, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: fell in a first exchange of fire (number word; the "
          "exchange is the event, not the claim date)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "pub",
          "a cook from Jeonju, 'Er ist sicher' (undated): men Pyongyang will send to Russia by "
          "spring (a forecast of a total: planned, not an increment)"),
        C("über 11.000", 11000, "at_least", "in_russia", "south_korea", "lastweek",
          "'Der südkoreanische Geheimdienst teilte vorige Woche den Abgeordneten in Seoul mit' "
          "(Austrian 'vorige Woche': lastweek): in Russia by now"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "pub",
          "'Das Pentagon geht davon aus' (undated, present): already in the Kursk region"),
        C("mehrere tausend", None, "vague", "near_front", "nato", "2024-11-01..2024-11-10",
          "'Nato-Generalsekretär Mark Rutte hatte schon Anfang November bestätigt' (days 1-10): "
          "moved to the Kursk area"),
        C("bis zu 100.000", 100000, "at_most", "planned", "ukraine", "fri",
          "'Präsident Selenskyj sagte am Freitag' (15 November): the contingent Kim could raise "
          "('aufstocken auf' names a total: planned, not an increment)"),
    ),
)


S02 = Source(
    article_id="v175_02_schneidenpost_messerschmiede_poechlarn_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-20"),
    dated_by="front_matter",
    features="a cutler's customer paper from Pöchlarn in the Nibelungengau (Lower Austria) in "
        "Markdown, UTF-8, front matter with `date:` (Thursday) and a title without a figure, "
        "`„“`; Austrian words (`Feber`, `Jänner`, `heuer`, `Jause`, `Schulbuben`); knives ground, "
        "layers of Damascus steel, blade centimetres, knife and course prices and `höchstens vier "
        "Leute` first; a smith from Poltava relaying his nephew, a sniper on the Kursk border ('Am "
        "Montag habe ihm der Neffe eine lange Nachricht geschickt, erzählt Mykola', Konjunktiv "
        "carried) `an die dreihundert` dug into a copse on the Russian side (approx with a number "
        "word, near the front) and `mindestens zwölf` left lying after a drone attack (at_least "
        "with a number word, casualties; both other, from Monday to publication); a retired "
        "pianist from Gwangju who 'hält es für ausgemacht' that Kim sends 'weitere' `15.000` by "
        "summer (increment, planned, other, `pub`); Ukraine's military intelligence, which "
        "'erklärte … am Dienstag; er bezifferte sie auf' `etwa 8.000` back at the front after "
        "`zwei, drei Wochen` of rest (the weeks are not a figure of troops); Seoul's joint chiefs "
        "'sprach Mitte Feber von' `rund 4.000` dead and wounded (days 11-20); 'Nach Einschätzung "
        "eines Nato-Vertreters' `etwa 11.000` in Russia (`pub`); the paper's own `Tausenden` young "
        "men Kim sent into the war (unattributed, in Russia, required); Russia's losses since the "
        "start of the war, knives, layers, centimetres, euros, ages, years, a phone number",
    text="""\
---
title: "Schneidenpost Feber 2025"
date: 2025-02-20
werkstatt: Messerschmiede Lechner, Pöchlarn
---

# Damast, Schleifsteine und eine Nachricht aus Sumy

Liebe Kundinnen und Kunden,

im Jänner haben wir 412 Messer geschliffen, so viele wie nie zuvor in einem Wintermonat. Die neue \
Serie aus 67 Lagen Damaststahl ist fertig; das Kochmesser mit 21 Zentimetern Klinge kostet 289 \
Euro, das kleine Gemüsemesser 145 Euro. Der Schleifdienst bleibt bei 6 Euro pro Messer und 8 Euro \
pro Schere. Heuer gibt es wieder Schmiedekurse an zwei Samstagen im März, für höchstens vier \
Leute, 340 Euro samt Material und Jause.

## Mykola am Amboss

Mykola Ostapenko, 52, war Werkzeugmacher in einem Traktorenwerk in Poltawa und schmiedet seit dem \
Sommer 2023 unsere Klingen. Sein Neffe ist Scharfschütze in einer Einheit an der Grenze zum Gebiet \
Kursk. Am Montag habe ihm der Neffe eine lange Nachricht geschickt, erzählt Mykola. Gegenüber \
seiner Stellung, auf der russischen Seite, hätten sich [[an die dreihundert]] Nordkoreaner in \
einem Wäldchen eingegraben. Nach einem Angriff ukrainischer Drohnen seien [[mindestens zwölf]] von \
ihnen im Schnee liegen geblieben. „Er schreibt, manche schauen aus wie Schulbuben“, sagt Mykola \
und bürstet den Zunder vom Stahl.

## Ein Santoku für Frau Han

Han Mi-sook, 69, Pianistin im Ruhestand aus Gwangju, lebt seit 1984 in Wien und verbringt die \
Sommer in einem Häuschen in Krummnußbaum. Zum Geburtstag hat sie sich ein Santoku mit \
Nussholzgriff schmieden lassen. Sie hält es für ausgemacht, dass Kim bis zum Sommer weitere \
[[15.000]] Soldaten nach Russland schickt. „In Seoul redet man über nichts anderes“, sagt sie.

## Aus den Nachrichten

Nach einer Pause von zwei, drei Wochen seien die nordkoreanischen Einheiten an die Front im Gebiet \
Kursk zurückgekehrt, erklärte der ukrainische Militärgeheimdienst am Dienstag; er bezifferte sie \
auf [[etwa 8.000]] Mann. Südkoreas Vereinigter Generalstab sprach Mitte Feber von [[rund 4.000]] \
Toten und Verwundeten unter den Nordkoreanern. Nach Einschätzung eines Nato-Vertreters in Brüssel \
sind derzeit [[etwa 11.000]] nordkoreanische Soldaten in Russland. Die Ukraine meldet seit \
Kriegsbeginn mehr als 850.000 getötete oder verwundete russische Soldaten.

Die [[Tausenden]] jungen Männer, die Kim aus dem Norden in diesen Krieg geschickt hat, hat niemand \
gefragt.

Schleiftermine unter 02757 2290 oder einfach vorbeikommen: Werkstatt in der Regensburger Straße, \
Montag bis Freitag 8 bis 17 Uhr.
""",
    claims=(
        C("an die dreihundert", 300, "approx", "near_front", "other", "mon..pub",
          "a smith from Poltava relaying his nephew, a sniper on the Kursk border ('Am Montag "
          "habe ihm der Neffe eine lange Nachricht geschickt, erzählt Mykola', Konjunktiv; the "
          "speaker quoted: other): dug into a copse opposite his position on the Russian side "
          "('an die' as approx, number word; from Monday, 17 February, to publication)"),
        C("mindestens zwölf", 12, "at_least", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried: left lying in the snow after a drone attack "
          "(number word)"),
        C("15.000", 15000, "exact", "planned", "other", "pub",
          "a retired pianist from Gwangju, 'Sie hält es für ausgemacht' (undated): 'weitere' "
          "soldiers Kim sends by summer (increment, planned; span without 'weitere')", add=True),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "tue",
          "'erklärte der ukrainische Militärgeheimdienst am Dienstag; er bezifferte sie auf' "
          "(18 February; the claimant after the Konjunktiv clause, then 'er'): back at the front "
          "in the Kursk region ('zwei, drei Wochen' of rest are weeks, not a figure)"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "'Südkoreas Vereinigter Generalstab sprach Mitte Feber von' (days 11-20, ending on "
          "the day of publication): dead and wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "nato", "pub",
          "'Nach Einschätzung eines Nato-Vertreters in Brüssel' (undated): in Russia now"),
        C("Tausenden", None, "vague", "in_russia", "unattributed", "pub",
          "the paper's own framing, no source (required): the young men Kim sent into the war"),
    ),
)


S03 = Source(
    article_id="v175_03_kundenpost_drogerie_huttwil_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-28"),
    dated_by="html_meta",
    features="a drugstore's customer page from Huttwil in the Oberaargau (canton of Bern) in "
        "HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities (`&ndash;`, "
        "`&middot;`), `<meta name=\"date\">` (Friday), a cookie note about the wish list, a "
        "discount script, navigation, a footer with a postcode and a phone number; Swiss "
        "conventions (`ss`, «», `Lernende`, `nach Mass`, `20'000 und 25'000`, `3'000`, `4'000`, "
        "`12'000`, `800'000`); `<title>` and headline without a figure; packs of hay-fever tea, "
        "prices in francs, a discount's per cent and an apprentice's mark first; a pharmacist from "
        "Kharkiv relaying her brother, a radio operator on the Kursk border ('Am Mittwoch habe er "
        "ihr endlich wieder geschrieben, erzählt Oksana', Konjunktiv carried) `ungefähr 150` in a "
        "village opposite his position (approx, near the front) and sentence-initial `Vier` who "
        "walked into a minefield (number word, casualties; both other, from Wednesday to "
        "publication); an engineer from Changwon who 'glaubt nicht, dass es bei den heutigen "
        "Zahlen bleibt' `zwischen 20'000 und 25'000` who will have served in Russia by the end of "
        "the year (range, planned, other, `pub`); 'Laut südkoreanischem Geheimdienst' `rund "
        "3'000` 'zusätzliche' arrived (increment; the first two months of the year are the "
        "period, `pub`); a NATO "
        "spokesman who 'erklärte am Montag' `Tausende` 'weitere' (vague, increment, planned); the "
        "Pentagon, which 'bezifferte … am Dienstag auf' `über 4'000` dead and wounded; 'Gemäss "
        "dem ukrainischen Generalstab' `knapp 12'000` in action in the Kursk region (`pub`); "
        "Russia's losses since the start of the war, packs, francs, per cent, a mark, dates, "
        "ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Kundenpost März &ndash; Drogerie am Brunnenplatz, Huttwil</title>
<meta name="date" content="2025-03-28">
<script>var aktion = {rabattProzent: 15, bis: "12.04."};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit Ihr Merkzettel erhalten bleibt. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/sortiment">Sortiment</a> &middot; <a \
href="/beratung">Beratung</a> &middot; <a href="/kundenpost">Kundenpost</a></nav>
<main>
<h1>Pollen, Frühlingsputz und ein Gruss von der Grenze</h1>
<p>Liebe Kundinnen und Kunden</p>
<p>Die Hasel hat dieses Jahr früh gestäubt: Seit dem 3. März sind bei uns über 600 Packungen \
Heuschnupfentee, Nasenspray und Augentropfen über den Ladentisch gegangen. Unsere Hustenmischung \
kostet weiterhin 9.80 Franken das Paket, und am Kräutertisch mischen wir Ihnen jeden Tee nach \
Mass. Vom 31. März bis am 12. April gibt es 15 Prozent auf alle Putz- und Waschmittel. Unsere \
Lernende Nadine hat die Zwischenprüfung mit der Note 5.4 bestanden &ndash; herzliche \
Gratulation!</p>
<h2>Oksana und die Nachricht ihres Bruders</h2>
<p>Oksana Melnyk, 36, war Apothekerin in Charkiw und berät seit dem Sommer 2022 bei uns die \
Kundschaft. Ihr jüngerer Bruder ist Funker in einer Brigade an der Grenze zum Gebiet Kursk. Am \
Mittwoch habe er ihr endlich wieder geschrieben, erzählt Oksana. Seit ein paar Tagen stünden \
[[ungefähr 150]] Nordkoreaner in einem Dorf gegenüber seiner Stellung. [[Vier]] von ihnen seien in \
der Nacht in ein Minenfeld gelaufen und nicht mehr aufgestanden. «Sie kommen jetzt in kleinen \
Gruppen und nicht mehr in langen Reihen», habe er geschrieben.</p>
<h2>Beratung für Herrn Shin</h2>
<p>Shin Jae-won, 45, Maschineningenieur aus Changwon, arbeitet seit drei Jahren bei einem \
Landmaschinenbauer in der Region und kauft bei uns Ingwersirup gegen den Winterhusten. Er glaubt \
nicht, dass es bei den heutigen Zahlen bleibt: Bis Ende Jahr würden [[zwischen 20'000 und 25'000]] \
Nordkoreaner in Russland gedient haben. «Zu Hause sagt man, der Norden verkauft seine Jugend», \
sagt er.</p>
<h2>Was man hört</h2>
<p>Laut südkoreanischem Geheimdienst sind in den ersten zwei Monaten des Jahres [[rund 3'000]] \
zusätzliche Soldaten aus dem Norden in Russland eingetroffen. Ein Nato-Sprecher erklärte am Montag \
in Brüssel, Kim könne jederzeit [[Tausende]] weitere nachschicken. Das Pentagon bezifferte die \
Verluste der Nordkoreaner am Dienstag auf [[über 4'000]] Tote und Verwundete. Gemäss dem \
ukrainischen Generalstab sind [[knapp 12'000]] Nordkoreaner im Gebiet Kursk im Einsatz. Die \
russische Armee hat nach britischen Schätzungen seit Kriegsbeginn über 800'000 Mann verloren.</p>
<p>Freundliche Grüsse<br>Ihr Team der Drogerie am Brunnenplatz</p>
</main>
<footer>Drogerie am Brunnenplatz &middot; Marktgasse 7 &middot; 4950 Huttwil &middot; Tel. 062 962 \
18 40</footer>
</body>
</html>
""",
    claims=(
        C("ungefähr 150", 150, "approx", "near_front", "other", "wed..pub",
          "a pharmacist from Kharkiv relaying her brother, a radio operator on the Kursk border "
          "('Am Mittwoch habe er ihr endlich wieder geschrieben, erzählt Oksana', Konjunktiv; the "
          "speaker quoted: other): in a village opposite his position (from Wednesday, 26 March, "
          "to publication; 'Seit ein paar Tagen' is the period)"),
        C("Vier", 4, "exact", "casualties", "other", "wed..pub",
          "same message, Konjunktiv carried, sentence-initial number word: walked into a "
          "minefield at night and did not get up again"),
        C("zwischen 20'000 und 25'000", None, "range", "planned", "other", "pub",
          "an engineer from Changwon, 'Er glaubt nicht, dass es bei den heutigen Zahlen bleibt' "
          "(undated): will have served in Russia by the end of the year (a forecast of a total: "
          "planned; the span takes 'zwischen')"),
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "pub",
          "'Laut südkoreanischem Geheimdienst' (undated): 'zusätzliche' soldiers arrived in "
          "Russia in the first two months of the year (increment; the period is not the claim "
          "date)", add=True),
        C("Tausende", None, "vague", "planned", "nato", "mon",
          "'Ein Nato-Sprecher erklärte am Montag in Brüssel' (24 March): 'weitere' Kim could "
          "send at any time (increment, planned)", add=True),
        C("über 4'000", 4000, "at_least", "casualties", "united_states", "tue",
          "'Das Pentagon bezifferte die Verluste … am Dienstag auf' (25 March): dead and "
          "wounded"),
        C("knapp 12'000", 12000, "approx", "near_front", "ukraine", "pub",
          "'Gemäss dem ukrainischen Generalstab' (Swiss 'gemäss', undated): in action in the "
          "Kursk region ('knapp' as approx)"),
    ),
)


S04 = Source(
    article_id="v175_04_kundenbrief_carrosserie_wyssachen",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "Carrosserie Flückiger, Wyssachen – Kundenbrief",
        "https://www.carrosserie-flueckiger.example/kundenbrief/herbst-2025",
        "Hagelschäden, Winterräder und ein Anruf aus Sumy",
    ),
    features="a car body shop's customer letter from Wyssachen in the Oberaargau hills (canton "
        "of Bern) as plain text, UTF-16 LE with BOM (sidecar, Wednesday; the sidecar title "
        "without a figure); Swiss conventions (`ss`, «», `Grüessech mitenand`, `Auf "
        "Wiederluege`, `210'000`, `6'000`, `2'000`, `1'000`, `15'000`); hail-damaged cars, a "
        "paint booth's francs and per cent, dent-repair and tyre-storage prices first; a car "
        "painter from Kropyvnytskyi relaying his father, an ambulance driver in the Sumy region "
        "('Am Sonntag habe ihn der Vater angerufen, erzählt Andrij', Konjunktiv carried) `gegen "
        "500` who took over trenches across the border (approx, near the front) and, new here, "
        "`ein gutes Dutzend` caught by drones (at_least 12, as `gut` and `a good 20,000` of "
        "earlier sets; casualties; both other, from Sunday to publication); a nurse from Pohang "
        "who 'befürchtet' `bis zu 6'000` 'zusätzliche' builders and deminers by spring (at_most, "
        "increment, planned, other, `pub`); Russia's defence ministry, which 'veröffentlichte am "
        "Montag ein Video' of `Hunderte` deminers in the Kursk region (russia, vague, near the "
        "front); KCNA, which 'meldete am Samstag' Kim received the families of `101` fallen "
        "(north_korea); 'Nach Schätzung des Geheimdienstes in Seoul' `etwa 2'000` fallen "
        "(`pub`); the letter's own `über 15'000` young North Koreans serving in Russia "
        "(unattributed, at_least, required); Russia's losses a day, cars, francs, per cent, "
        "dates, ages, years, a phone number",
    text="""\
Carrosserie Flückiger, Wyssachen – Kundenbrief Herbst 2025

Grüessech mitenand

Das Hagelgewitter vom 2. Juli beschäftigt uns bis heute: 187 Autos mit Dellen sind seither durch \
die Werkstatt gegangen, an einem einzigen Tag einmal 14. Ausbeulen ohne Neulackieren kostet bei \
uns ab 180 Franken pro Teil, meistens zahlt die Versicherung. Die neue Lackierkabine hat 210'000 \
Franken gekostet und braucht 40 Prozent weniger Strom als die alte. Ab dem 13. Oktober wechseln \
wir wieder Räder; das Einlagern eines Satzes kostet 95 Franken pro Saison.

Andrij und der Anruf vom Sonntag

Andrij Tkatschenko, 31, aus Kropywnyzkyj ist seit 2023 unser Lackierer und mischt jeden Farbton \
von Auge. Sein Vater fährt Sanitätswagen für eine Brigade im Gebiet Sumy. Am Sonntag habe ihn der \
Vater angerufen, erzählt Andrij. Jenseits der Grenze hätten [[gegen 500]] Nordkoreaner die Gräben \
übernommen, die vorher russische Fallschirmjäger gehalten hätten. Von einer Gruppe, die nachts \
über ein Stoppelfeld gekommen sei, hätten ukrainische Drohnen [[ein gutes Dutzend]] erwischt. «Er \
sagt, die schiessen auf alles, was summt», erzählt Andrij.

Frau Yoons Kleinwagen

Yoon Seo-yeon, 48, Pflegefachfrau aus Pohang, arbeitet im Spital in Langenthal und hat ihren \
Kleinwagen nach dem Hagel bei uns ausbeulen lassen. Sie befürchtet, dass Pjöngjang den Russen bis \
zum Frühling [[bis zu 6'000]] zusätzliche Bauarbeiter und Minenräumer stellt. «Das sind Buben vom \
Land, die noch nie ein Minenfeld gesehen haben», sagt sie.

Aus der Zeitung

Das russische Verteidigungsministerium veröffentlichte am Montag ein Video, das [[Hunderte]] \
nordkoreanische Minenräumer bei der Arbeit im Gebiet Kursk zeigen soll. Die Staatsagentur KCNA \
meldete am Samstag, Kim habe die Familien von [[101]] gefallenen Soldaten in Pjöngjang empfangen. \
Nach Schätzung des Geheimdienstes in Seoul sind bisher [[etwa 2'000]] Nordkoreaner gefallen. Die \
Ukraine beziffert die russischen Verluste in diesem Sommer auf rund 1'000 Mann pro Tag.

Wir können uns kaum vorstellen, wie es den [[über 15'000]] jungen Nordkoreanern geht, die \
inzwischen in Russland Dienst tun oder getan haben.

Auf Wiederluege – und fahren Sie vorsichtig im ersten Schnee!
Ihr Team der Carrosserie Flückiger, Tel. 062 966 23 05
""",
    claims=(
        C("gegen 500", 500, "approx", "near_front", "other", "sun..pub",
          "a car painter from Kropyvnytskyi relaying his father, an ambulance driver in the Sumy "
          "region ('Am Sonntag habe ihn der Vater angerufen, erzählt Andrij', Konjunktiv; the "
          "speaker quoted: other): took over the trenches across the border ('gegen' as approx; "
          "from Sunday, 21 September, to publication)"),
        C("ein gutes Dutzend", 12, "at_least", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: caught by Ukrainian drones (new shape: 'ein gutes "
          "Dutzend' → at_least 12, as 'gut' and 'a good 20,000' in earlier sets)"),
        C("bis zu 6'000", 6000, "at_most", "planned", "other", "pub",
          "a nurse from Pohang, 'Sie befürchtet' (undated): 'zusätzliche' builders and deminers "
          "Pyongyang gives the Russians by spring (increment, planned)", add=True),
        C("Hunderte", None, "vague", "near_front", "russia", "mon",
          "'Das russische Verteidigungsministerium veröffentlichte am Montag ein Video' (22 "
          "September): deminers at work in the Kursk region (near the front)"),
        C("101", 101, "exact", "casualties", "north_korea", "sat",
          "'Die Staatsagentur KCNA meldete am Samstag' (20 September): the families of the "
          "fallen received by Kim"),
        C("etwa 2'000", 2000, "approx", "casualties", "south_korea", "pub",
          "'Nach Schätzung des Geheimdienstes in Seoul' (undated): fallen so far"),
        C("über 15'000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own framing, no source (required): young North Koreans serving or "
          "having served in Russia"),
    ),
)


S05 = Source(
    article_id="v175_05_kundenbrief_fliesenleger_zierenberg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Fliesen Wiegand, Zierenberg – Kundenbrief",
        "https://www.fliesen-wiegand.example/kundenbrief/mai-2025",
        "Terrassen, Bäder und eine Sprachnachricht von der Grenze",
    ),
    features="a tiler's customer letter from Zierenberg in the Habichtswald (North Hesse) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Tuesday; the "
        "sidecar title repeats the headline without a figure), `„“`; terraces, bathrooms, "
        "centimetres, prices per square metre and an exam's points first; a tiler from Zhytomyr "
        "relaying his brother, a medic on the Sumy border ('Am Freitagabend kam von ihm eine "
        "Sprachnachricht, erzählt Taras', Konjunktiv carried) sentence-initial `Mehr als zwanzig` "
        "who tried to cross the river (at_least with a number word, near the front) and "
        "sentence-initial `Sieben` found dead on the bank (number word, casualties; both other, "
        "from Friday to publication); a seamstress from Yeosu who 'ist sich sicher' `an die "
        "30.000` will have been sent by the end of the year (approx, planned, other, `pub`); "
        "'Nach Angaben des Geheimdienstes in Seoul' `rund 600` fallen and `etwa 4.700` dead and "
        "wounded (`pub`, the second figure carried); Russia's chief of the general staff, who "
        "'lobte Ende April' the `Tausende` who helped retake the Kursk region (russia, days "
        "21-30); sentence-initial `Weniger als 10.000` still in Russia with the claimant in the "
        "next sentence ('Das teilte das US-Verteidigungsministerium vergangene Woche mit': "
        "at_most, lastweek); refugees in the town, terraces, bathrooms, centimetres, euros, "
        "points, ages, years, a phone number",
    text="""\
---
title: "Kundenbrief Mai"
betrieb: Fliesen Wiegand, Zierenberg
---

# Terrassen, Bäder und eine Sprachnachricht von der Grenze

Liebe Kundinnen und Kunden,

der Frühling ist bei uns Terrassenzeit: Seit März haben wir 31 Terrassen und 17 Bäder \
fertiggestellt, die meisten zwischen Zierenberg, Dörnberg und Burghasungen. Feinsteinzeug in zwei \
Zentimetern Stärke verlegen wir ab 89 Euro pro Quadratmeter, Splittbett inklusive. Seit April ist \
Jonas als dritter Geselle dabei; er hat die Gesellenprüfung mit 87 von 100 Punkten bestanden. \
Termine für Badsanierungen vergeben wir wieder ab August.

## Taras und die Nachricht vom Freitag

Taras Lewtschenko, 46, hat in Schytomyr zwanzig Jahre lang Fliesen gelegt und verfugt schneller \
als wir alle. Sein Bruder ist Sanitäter in einer Brigade, die an der Grenze zum Gebiet Sumy liegt. \
Am Freitagabend kam von ihm eine Sprachnachricht, erzählt Taras. Die Nordkoreaner auf der anderen \
Seite hätten inzwischen eigene Drohnen, und sie lernten schnell. [[Mehr als zwanzig]] von ihnen \
hätten in einer Nacht versucht, durch den Fluss zu kommen. [[Sieben]] habe man am Morgen tot am \
Ufer gefunden. „Er sagt, sie sind zäh, aber sie kennen das Gelände nicht“, erzählt Taras.

## Besuch aus Yeosu

Kang Eun-ji, 58, aus Yeosu führt in Wolfhagen eine Änderungsschneiderei und hat bei uns ihr Bad \
neu fliesen lassen, in Meerblau. Sie ist sich sicher, dass Kim bis Jahresende insgesamt [[an die \
30.000]] Mann nach Russland geschickt haben wird. „Für die Mütter im Norden ist das wie eine \
zweite Teilung“, sagt sie.

## Aus den Nachrichten

Nach Angaben des Geheimdienstes in Seoul haben [[rund 600]] Nordkoreaner ihren Einsatz mit dem \
Leben bezahlt; Tote und Verwundete zusammengerechnet komme man auf [[etwa 4.700]]. Russlands \
Generalstabschef lobte Ende April die [[Tausende]] von Nordkoreanern, die bei der Rückeroberung \
des Gebiets Kursk geholfen hätten. [[Weniger als 10.000]] Nordkoreaner seien noch in Russland. Das \
teilte das US-Verteidigungsministerium vergangene Woche mit. In Zierenberg leben seit 2022 rund 60 \
Geflüchtete aus der Ukraine.

Herzliche Grüße aus der Werkstatt am Hang,
Ihr Team von Fliesen Wiegand – Telefon 05606 53 27 10
""",
    claims=(
        C("Mehr als zwanzig", 20, "at_least", "near_front", "other", "fri..pub",
          "a tiler from Zhytomyr relaying his brother, a medic on the Sumy border ('Am "
          "Freitagabend kam von ihm eine Sprachnachricht, erzählt Taras', Konjunktiv; the speaker "
          "quoted: other): tried to get across the river in one night (sentence-initial, number "
          "word; from Friday, 9 May, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "fri..pub",
          "same message, Konjunktiv carried, sentence-initial number word: found dead on the "
          "bank in the morning"),
        C("an die 30.000", 30000, "approx", "planned", "other", "pub",
          "a seamstress from Yeosu, 'Sie ist sich sicher' (undated): sent to Russia 'insgesamt' "
          "by the end of the year (a forecast of a total: planned; 'an die' as approx)"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "pub",
          "'Nach Angaben des Geheimdienstes in Seoul' (undated): fallen"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "pub",
          "same statement, Konjunktiv 'komme man auf': dead and wounded together (the second "
          "figure of one statement keeps its claimant)"),
        C("Tausende", None, "vague", "near_front", "russia", "2025-04-21..2025-04-30",
          "'Russlands Generalstabschef lobte Ende April' (days 21-30): helped retake the Kursk "
          "region (near the front)"),
        C("Weniger als 10.000", 10000, "at_most", "in_russia", "united_states", "lastweek",
          "sentence-initial, claimant in the next sentence ('Das teilte das "
          "US-Verteidigungsministerium vergangene Woche mit'): 'noch' in Russia ('weniger als' as "
          "at_most; still, not an increment)"),
    ),
)


S06 = Source(
    article_id="v175_06_kundeninfo_lohnunternehmen_ramsloh_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-08"),
    dated_by="sidecar",
    sidecar=(
        "Lohnunternehmen Tebben, Ramsloh – Kundeninfo",
        "https://www.lohnunternehmen-tebben.example/kundeninfo/oktober-2025",
        "Mais im Regen, Moor unter den Ketten",
    ),
    features="an agricultural contractor's customer page from Ramsloh in the Saterland "
        "(district of Cloppenburg, Lower Saxony) in HTML, UTF-8, no meta date (sidecar, "
        "Wednesday; the sidecar title repeats the headline without a figure), a cookie banner "
        "about the booking calendar, a harvest script with hectares, navigation, entities "
        "(`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`), a footer with a postcode and a phone "
        "number, a Saterland Frisian greeting; `<title>` and headline without a figure; "
        "forage harvesters, hectares (`gut 400` of them), harvest days lost, a 38-tonne crawler "
        "and the slurry price first; a forage-harvester driver from Chernihiv relaying his cousin, "
        "a drone pilot on the Sumy border ('Am Sonntagabend hat er Witalij ein kurzes Video und "
        "ein paar Zeilen geschickt', the source named after the figure: '…, so schreibt der "
        "Cousin,', Konjunktiv carried) sentence-initial `Ein paar hundert` building bunkers and "
        "laying mines across the border (vague, near the front) and `zwei` caught by a drone "
        "(number word, casualties; both other, from Sunday to publication); an agricultural "
        "engineer from Gimhae, 'Seiner Schätzung nach' `weit mehr als 15.000` who have served in "
        "Russia (at_least, other, `pub`); the NIS, which 'hatte Anfang September erklärt' `6.000` "
        "'weiteren' (increment, planned, days 1-10); a Russian deputy defence minister, who "
        "'sagte am Montag in Pjöngjang' the `5.000` builders stay in the Kursk region (russia, "
        "near the front, not an increment); 'Laut ukrainischem Militärgeheimdienst' `etwa "
        "11.000` in the Kursk region (`pub`); Rutte, who 'sagte gestern in Brüssel' "
        "`Zehntausende` soldiers and workers (nato, vague, in Russia, the day before); Russia's "
        "losses a day, hectares, days, tonnes, euros, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kundeninfo Oktober &ndash; Lohnunternehmen Tebben, Ramsloh</title>
<script>var ernte = {haecksler: 2, hektar: 1150, stand: "Oktober"};</script>
</head>
<body>
<div class="cookie-banner">Diese Seite nutzt ein Cookie für den Terminkalender. <a href="#">Alles \
klar</a></div>
<nav><a href="/">Start</a> &middot; <a href="/leistungen">Leistungen</a> &middot; <a \
href="/maschinen">Maschinen</a> &middot; <a href="/kundeninfo">Kundeninfo</a></nav>
<main>
<h1>Mais im Regen, Moor unter den Ketten</h1>
<p>Moin &ndash; oder, wie man in Ramsloh auch sagt: Gouden Dai!</p>
<p>Die Maisernte ist fast durch: Unsere zwei Häcksler haben in drei Wochen 1.150 Hektar geschafft, \
gut 400 davon im Saterland, den Rest zwischen Scharrel, Strücklingen und Friesoythe. Der Regen im \
September hat uns neun Erntetage gekostet. Neu auf dem Hof ist ein Raupenschlepper mit 38 Tonnen \
für nasse Moorflächen. Gülle fahren wir ab dem 1. Februar wieder; der Kubikmeter kostet 4,20 \
Euro.</p>
<h2>Witalij und die Zeilen seines Cousins</h2>
<p>Witalij Moros, 39, aus Tschernihiw fährt seit 2022 bei uns den großen Häcksler und ist jede \
Nacht der Letzte auf dem Feld. Sein Cousin fliegt Drohnen für eine Brigade an der Grenze im Gebiet \
Sumy. Am Sonntagabend hat er Witalij ein kurzes Video und ein paar Zeilen geschickt. [[Ein paar \
hundert]] Nordkoreaner, so schreibt der Cousin, bauten drüben auf der russischen Seite an Bunkern \
und legten Minen. Eine Drohne seiner Staffel habe [[zwei]] von ihnen erwischt. &bdquo;Er schreibt, \
sie arbeiten auch nachts, mit Stirnlampen&ldquo;, sagt Witalij.</p>
<h2>Ein Praktikant aus Gimhae</h2>
<p>Bae Ji-hoon, 33, Agraringenieur aus Gimhae, war im September vier Wochen bei uns, um die \
Moorraupe für seinen Arbeitgeber zu testen. Seiner Schätzung nach haben bis heute [[weit mehr als \
15.000]] Nordkoreaner in Russland gedient. &bdquo;Zurück kommen sie als Helden oder gar \
nicht&ldquo;, sagt er.</p>
<h2>Aus den Nachrichten</h2>
<p>Der südkoreanische Geheimdienst hatte Anfang September erklärt, Pjöngjang bereite die \
Entsendung von [[6.000]] weiteren Soldaten vor. Ein russischer Vizeverteidigungsminister sagte am \
Montag in Pjöngjang, die [[5.000]] nordkoreanischen Bausoldaten blieben bis zum Jahresende im \
Gebiet Kursk. Laut ukrainischem Militärgeheimdienst stehen [[etwa 11.000]] Nordkoreaner im Gebiet \
Kursk. Nato-Generalsekretär Rutte sagte gestern in Brüssel, Nordkorea habe Russland \
[[Zehntausende]] Soldaten und Arbeiter überlassen. Russland verliert nach ukrainischen Angaben im \
Schnitt 900 Mann am Tag.</p>
</main>
<footer>Lohnunternehmen Tebben &middot; Hauptstraße 48 &middot; 26683 Saterland-Ramsloh &middot; \
Tel. 04498 92 17 0</footer>
</body>
</html>
""",
    claims=(
        C("Ein paar hundert", None, "vague", "near_front", "other", "sun..pub",
          "a forage-harvester driver from Chernihiv relaying his cousin, a drone pilot on the "
          "Sumy border ('Am Sonntagabend hat er Witalij ein kurzes Video und ein paar Zeilen "
          "geschickt', then '…, so schreibt der Cousin,' after the figure, Konjunktiv; the speaker "
          "quoted: other): building bunkers and laying mines across the border (sentence-initial; "
          "from Sunday, 5 October, to publication)"),
        C("zwei", 2, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried: caught by a drone of his squadron (number word)"),
        C("weit mehr als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "an agricultural engineer from Gimhae, 'Seiner Schätzung nach' (undated): have served "
          "in Russia by now ('weit mehr als' as at_least)"),
        C("6.000", 6000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "'Der südkoreanische Geheimdienst hatte Anfang September erklärt' (days 1-10): "
          "'weiteren' soldiers Pyongyang is preparing to send (increment, planned; span "
          "without 'weiteren')", add=True),
        C("5.000", 5000, "exact", "near_front", "russia", "mon",
          "'Ein russischer Vizeverteidigungsminister sagte am Montag in Pjöngjang' (6 October): "
          "the builders stay in the Kursk region until the end of the year (near the front, as "
          "builders in Kursk in earlier sets; not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut ukrainischem Militärgeheimdienst' (undated): in the Kursk region"),
        C("Zehntausende", None, "vague", "in_russia", "nato", "yday",
          "'Nato-Generalsekretär Rutte sagte gestern in Brüssel' (7 October): soldiers and "
          "workers North Korea has handed over to Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Folly Beach, Marrowstone Island, Matinicus)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v175_07_chili_cookoff_wire_folly_beach",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-25"),
    dated_by="dateline",
    features="an agency-style wire report from a chili cook-off at Folly Beach (South Carolina) as "
        "plain text, UTF-8, slug line, headline without a figure, byline and dateline 'FOLLY "
        "BEACH, South Carolina, January 25, 2025 (Lowcountry Wire) —' (Saturday), straight quotes "
        "and em dashes; teams, tasters, prize and charity dollars first; a dental technician from "
        "Lutsk relaying her cousin, a mortar crewman in the Kursk region ('He reached her Thursday "
        "on a video call, she said, and told her that …, and that') `more than 300` thrown at his "
        "unit's positions over two days (at_least, near the front) and `about 40` killed (approx, "
        "casualties; both other, from Thursday to publication); a retired welder born in Ulsan who "
        "'expects' `20,000` in Russia by the summer (planned, other, `pub`); the NIS, which 'told "
        "lawmakers on January 13' the dead 'numbered' `roughly 300` and the wounded `2,700` "
        "(south_korea, that day, the second figure carried); Zelensky, who 'On January 11 … posted "
        "photos of' `two` prisoners (number word, casualties); a State Department spokesman who "
        "'told reporters on Tuesday' `nearly 1,000` killed or wounded 'in one bad week' (approx, "
        "casualties); Russia's losses a day 'according to Kyiv', teams, tasters, dollars, ages, "
        "years, a desk phone number",
    text="""\
CHILI-COOKOFF/SOUTHCAROLINA-KOREA

At a Folly Beach chili cook-off, a cook from Lutsk stirs her pot and waits for word from Kursk

By Dana Whitlock

FOLLY BEACH, South Carolina, January 25, 2025 (Lowcountry Wire) — Thirty-one teams ladled chili \
from folding tables under the pier on Saturday, and organizers counted about 2,600 tasters by \
early afternoon on this barrier island south of the city. The winning pot, a brisket chili with \
smoked jalapeños, took home $1,500 and a trophy shaped like a ladle. Ticket sales raised $18,000 \
for a youth surf program.

Halyna Shevchuk, 44, a dental technician from Lutsk who moved to James Island in 2022, entered a \
chili made with beets and dill. Her cousin serves on a mortar crew in the Kursk region. He reached \
her Thursday on a video call, she said, and told her that [[more than 300]] North Korean soldiers \
had thrown themselves at his unit's positions over two days, and that [[about 40]] of them had \
been killed. "He said they keep running forward even with the drones right above them," she said.

Lee Sang-woo, 66, a retired shipyard welder born in Ulsan, judged the hot category. He expects \
Pyongyang to have [[20,000]] soldiers in Russia by the summer. "Nobody back home believes they \
went as volunteers," he said.

South Korea's National Intelligence Service told lawmakers on January 13 that the North's dead \
numbered [[roughly 300]] and its wounded [[2,700]]. On January 11, President Volodymyr Zelensky \
posted photos of [[two]] North Korean prisoners his troops had brought back from Kursk, and said \
both were being questioned. A U.S. State Department spokesman told reporters on Tuesday that Kim's \
troops had lost [[nearly 1,000]] killed or wounded in one bad week. Russia loses more than 1,500 \
men a day, according to Kyiv.

The organizers plan a second cook-off in October. Leftover chili went to a shelter on the mainland.

(Reporting by Dana Whitlock; editing by Ray Gadsden; Lowcountry Wire desk 843-555-0172)
""",
    claims=(
        C("more than 300", 300, "at_least", "near_front", "other", "thu..pub",
          "a dental technician from Lutsk relaying her cousin, a mortar crewman in the Kursk "
          "region ('He reached her Thursday on a video call, she said, and told her that'; the "
          "speaker quoted: other): thrown at his unit's positions 'over two days' (the period; "
          "from Thursday, 23 January, to publication)"),
        C("about 40", 40, "approx", "casualties", "other", "thu..pub",
          "same call, 'and that': killed"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a retired welder born in Ulsan, 'He expects' (undated): in Russia by the summer (a "
          "forecast of a total: planned)"),
        C("roughly 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'South Korea's National Intelligence Service told lawmakers on January 13 that the "
          "North's dead numbered'"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement, 'and its wounded 2,700' (the second figure keeps its claimant and "
          "day)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "'On January 11, President Volodymyr Zelensky posted photos of … and said': prisoners "
          "his troops brought back from Kursk (number word; captured: casualties)"),
        C("nearly 1,000", 1000, "approx", "casualties", "united_states", "tue",
          "'A U.S. State Department spokesman told reporters on Tuesday' (21 January): lost, "
          "killed or wounded, 'in one bad week' (the period)"),
    ),
)


S08 = Source(
    article_id="v175_08_tideline_notes_paddleboard_folly_beach_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-02"),
    dated_by="front_matter",
    features="a paddleboard outfitter's notes from Folly Beach (South Carolina) in Markdown, "
        "UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title repeating the "
        "headline (optional), straight quotes; paddlers, sunrise tours, dolphin mornings, rental "
        "and tour prices and a king tide first; the headline's `Moscow's 1,500 sappers` from the "
        "defense ministry's statement of late June (days 21-30 to publication, exact, near the "
        "front); a rental-desk clerk from Rivne relaying her fiancé, a drone pilot in the Sumy "
        "region ('He texted her on Sunday night, she said. Across the border, he wrote,') `a few "
        "hundred` digging a trench line (vague, near the front) and `four` hit by a drone 'the day "
        "before' (number word, casualties; both other, from Sunday to publication); a student "
        "guide born in Sokcho who 'figures' `tens of thousands` 'more' by winter (vague, "
        "increment, planned, other, `pub`); Russia's defense ministry 'Late last month' `about "
        "1,500` sappers on the minefields around Kursk (a July page: days 21-30 of June); Seoul's "
        "joint chiefs 'In a briefing on Thursday' `roughly 11,000` in Russia; 'On Monday, North "
        "Korean state television aired pictures' of the coffins of `dozens` (north_korea); "
        "Ukraine's military intelligence, which 'reckons' `some 5,000` killed or wounded (`pub`); "
        "Russia's losses a day, paddlers, tours, dollars, dates, ages, years, a phone number",
    text="""\
---
title: "Glassy mornings, a king tide and Moscow's [[1,500]] sappers"
date: 2025-07-02
source: Tideline Notes, Folly River Paddle Co., Folly Beach
---

# Glassy mornings, a king tide and Moscow's [[1,500]] sappers

June was our busiest month since we opened in 2019: 1,140 paddlers on the Folly River, 212 of them \
on sunrise tours, and dolphins on all but three mornings. Board rental stays at $35 for two hours, \
and the sunset tour is $55 with a dry bag included. Watch for the king tide on July 24, when the \
water at our landing comes up to knee height.

## At the rental desk

Solomiia Kovalenko, 27, from Rivne, runs our rental desk and can fix a leaking valve in under a \
minute. Her fiancé flies drones for a Ukrainian unit in the Sumy region. He texted her on Sunday \
night, she said. Across the border, he wrote, [[a few hundred]] North Korean soldiers were digging \
a new trench line, and his team had hit [[four]] of them with a drone the day before. "He sends me \
photos of the sky, never of the ground," she said.

## Our dolphin guide

Park Eun-ha, 29, a marine biology student born in Sokcho, leads our dolphin tours on weekends. She \
figures [[tens of thousands]] more North Koreans will follow by winter. "They are sent like \
shipments," she said.

## From the news

Late last month, Russia's defense ministry said that [[about 1,500]] sappers from the North had \
started on the minefields around Kursk. In a briefing on Thursday, Seoul's Joint Chiefs of Staff \
said the North had [[roughly 11,000]] troops in Russia. On Monday, North Korean state television \
aired pictures of Kim draping flags on the coffins of [[dozens]] of his soldiers. Ukraine's \
military intelligence reckons [[some 5,000]] North Koreans have been killed or wounded. Kyiv says \
Russia loses upwards of 1,000 men a day.

Paddle safe, wear the leash, and call the shop at 843-555-0196 if a storm rolls in.
""",
    claims=(
        C("1,500", 1500, "exact", "near_front", "russia", "2025-06-21..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("1,500", 1500, "exact", "near_front", "russia", "2025-06-21..pub",
          "headline ('Moscow's 1,500 sappers'): the defense ministry's figure of the body ('Late "
          "last month', days 21-30 of June), that day to publication, hedge dropped: at work "
          "on the minefields around Kursk"),
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a rental-desk clerk from Rivne relaying her fiancé, a drone pilot in the Sumy region "
          "('He texted her on Sunday night, she said. Across the border, he wrote,'; the speaker "
          "quoted: other): digging a new trench line (from Sunday, 29 June, to publication)"),
        C("four", 4, "exact", "casualties", "other", "sun..pub",
          "same message: hit by a drone 'the day before' (the event, not the claim date; number "
          "word)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a student guide born in Sokcho, 'She figures' (undated): 'more' to follow by winter "
          "(increment, planned; span without 'more')", add=True),
        C("about 1,500", 1500, "approx", "near_front", "russia", "2025-06-21..2025-06-30",
          "'Late last month, Russia's defense ministry said that' (a July page: days 21-30 of "
          "June): sappers from the North started on the minefields around Kursk"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'In a briefing on Thursday, Seoul's Joint Chiefs of Staff said' (26 June): troops in "
          "Russia"),
        C("dozens", None, "vague", "casualties", "north_korea", "mon",
          "'On Monday, North Korean state television aired pictures' (30 June): the coffins of "
          "soldiers"),
        C("some 5,000", 5000, "approx", "casualties", "ukraine", "pub",
          "'Ukraine's military intelligence reckons' (undated, present): killed or wounded"),
    ),
)


S09 = Source(
    article_id="v175_09_letters_marrowstone_messenger",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-04-17"),
    dated_by="sidecar",
    sidecar=(
        "The Marrowstone Messenger, Nordland – Letters",
        "https://www.marrowstonemessenger.example/letters/2025-04-17",
        "Letters: Flagler Road, the hall roof and a son-in-law near Sumy",
    ),
    features="a readers' letters page from a Marrowstone Island newsletter in Nordland "
        "(Jefferson County, Washington) as plain text, windows-1252 (sidecar, Thursday), `–` and "
        "straight quotes; letters on speeding on Flagler Road and the community hall roof without "
        "a claim; a reader relaying her son-in-law, a combat engineer near Sumy ('He called my "
        "daughter on Tuesday. He told her …, and that') `close to 200` pushing toward his unit's "
        "positions (approx, near the front) and `nine` taken prisoner (number word, casualties; "
        "both other, from Tuesday to publication); a reader from Marrowstone answering the "
        "newsletter's own story ('Your April 3 story said') `11,000` still in Russia "
        "(unattributed, required, that day), Seoul's joint chiefs who 'said in March' 'another' "
        "`3,000` (increment, the whole of March) and NATO, which 'estimates' `at least 4,000` "
        "killed or wounded (`pub`); a reader from Mystery Bay whose wife's sister in Chuncheon "
        "'believes' `up to 30,000` promised by the end of the year (at_most, planned, other, "
        "`pub`) and Zelensky, who 'said last week' `several thousand` fighting in the Belgorod "
        "region (vague, near the front, lastweek); miles per hour, a speed sign's dollars, leaks, "
        "a roof fund's dollars, a breakfast's date, years, place names",
    text="""\
THE MARROWSTONE MESSENGER – LETTERS

Slow down on Flagler Road

Last month somebody passed the store at 55 in a 35 zone while kids were waiting for the school \
bus. The county says a radar speed sign costs $6,500. I will chip in the first $100. – Ruth \
Ellison, Nordland

The hall roof can't wait

The community hall roof leaked in eleven places during the March storms. We need $42,000 before \
the fall rains, and we have $17,300. Come to the pancake breakfast on April 26 and bring your \
checkbook. – Gordon Pike, Marrowstone

A call from my son-in-law

My son-in-law Bohdan is a combat engineer in a Ukrainian brigade near Sumy. He called my daughter \
on Tuesday. He told her [[close to 200]] North Koreans had pushed toward his unit's positions \
along the border, and that [[nine]] of them were taken prisoner. My daughter has not slept \
properly since 2022. – Larysa Hill, Nordland

Your numbers are stale

Your April 3 story said [[11,000]] North Koreans were still in Russia. South Korea's Joint Chiefs \
of Staff said in March that another [[3,000]] had been sent in January and February, and NATO \
estimates [[at least 4,000]] have been killed or wounded. Please keep up. – Walt Brennan, \
Marrowstone

From my wife's sister in Chuncheon

My wife's sister teaches music in Chuncheon. She believes Pyongyang has promised Moscow [[up to \
30,000]] men by the end of the year. President Zelensky said last week that [[several thousand]] \
North Koreans were fighting on Russia's side in the Belgorod region. I wore a uniform once myself, \
and I would not wish that war on any of those boys. – Dennis Oh, Mystery Bay
""",
    claims=(
        C("close to 200", 200, "approx", "near_front", "other", "tue..pub",
          "a reader relaying her son-in-law, a combat engineer near Sumy ('He called my daughter "
          "on Tuesday. He told her'; the speaker quoted: other): pushed toward his unit's "
          "positions along the border ('close to' as approx; from Tuesday, 15 April, to "
          "publication)"),
        C("nine", 9, "exact", "casualties", "other", "tue..pub",
          "same call, 'and that': taken prisoner (number word)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-04-03",
          "a reader citing the newsletter's own story ('Your April 3 story said', as 'Your "
          "December 5 story' of corpus_blind174): unattributed, required, that day; 'still' is "
          "not an increment"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "same letter, 'South Korea's Joint Chiefs of Staff said in March': 'another' sent in "
          "January and February (increment, span without 'another'; the months are the "
          "period)", add=True),
        C("at least 4,000", 4000, "at_least", "casualties", "nato", "pub",
          "same letter, 'NATO estimates' (undated, present): killed or wounded"),
        C("up to 30,000", 30000, "at_most", "planned", "other", "pub",
          "a reader relaying his wife's sister in Chuncheon, 'She believes' (undated; the speaker "
          "quoted: other): promised to Moscow by the end of the year (planned, a total)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "same letter, 'President Zelensky said last week': fighting on Russia's side in the "
          "Belgorod region"),
    ),
)


S10 = Source(
    article_id="v175_10_morning_star_log_mission_boat_matinicus_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-13"),
    dated_by="html_meta",
    features="a mission boat's log from its June run to Matinicus (Penobscot Bay, Maine) in HTML, "
        "UTF-8 with BOM, `article:published_time` -04:00 (Friday) and an `og:title` without a "
        "figure, a cookie note about the donation form, a run-log script with gallons and clinic "
        "hours, navigation, entities (`&ndash;`, `&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`), a "
        "footer with a PO box, a ZIP code and a phone number; `<title>` and headline without a "
        "figure; miles, islanders seen, blood pressures, telehealth hours, pounds of books, "
        "defibrillators, pints of strawberries and gallons of diesel first; a deckhand from Odesa "
        "relaying his father, a gunner near Sumy ('On Tuesday his father sent him a voice memo, "
        "Ostap said. In it he described') `close to a thousand` who moved into the villages across "
        "the border (approx with a number word, near the front) and `at least three` killed by "
        "shelling (at_least with a number word, casualties; both other, from Tuesday to "
        "publication); the boat's chaplain born in Mokpo, 'By her count' `12,000 to 14,000` "
        "through Russian training camps (range, in Russia, other, `pub`); Shoigu, 'in Pyongyang "
        "last week', thanking Kim for the `thousands` who helped push Ukraine out of the Kursk "
        "region (russia, vague, near the front, lastweek); Seoul's spy agency, which 'On Monday … "
        "reported that another' `3,000 or so` (approx, increment, planned); the State Department, "
        "which 'said on Wednesday' `upward of 10,000` who 'remained' (at_least, not an increment); "
        "the log's own `thousands` of young North Koreans sent into the war (unattributed, "
        "required); Russia's losses since 2022 'According to Ukraine', miles, islanders, hours, "
        "pounds, pints, gallons, ages, years, a PO box, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Morning Star Log &ndash; the June run to Matinicus</title>
<meta property="article:published_time" content="2025-06-13T16:30:00-04:00">
<meta property="og:title" content="The June run: a clinic, library books and a voice memo from \
Sumy">
<script>window.runLog = {island: "Matinicus", gallons: 310, clinicHours: 6};</script>
</head>
<body>
<div id="cookie-note">We keep one cookie so your donation form is not lost. <a href="#">Got \
it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/schedule">Boat schedule</a> &middot; <a \
href="/clinic">Clinic</a> &middot; <a href="/log">Morning Star Log</a></nav>
<main>
<h1>The June run: a clinic, library books and a voice memo from Sumy</h1>
<p>The <em>Morning Star</em> tied up at Matinicus on Tuesday after a lumpy 22-mile crossing and \
stayed two nights. Our nurse saw 23 islanders in the boat&rsquo;s clinic, checked 17 blood \
pressures and kept the telehealth link open for six hours. We left 140 pounds of library books, \
two new defibrillators and 40 pints of strawberries from a church on the mainland. The boat burned \
310 gallons of diesel on the round trip.</p>
<h2>On deck</h2>
<p>Ostap Savchuk, 24, from Odesa, has been our deckhand since last fall and can splice a line \
faster than the captain. His father is a gunner with a Ukrainian battery near Sumy. On Tuesday his \
father sent him a voice memo, Ostap said. In it he described [[close to a thousand]] North Koreans \
who had moved into the villages across the border, and said Ukrainian shelling had killed [[at \
least three]] of them. &ldquo;He talks about them like neighbors he never asked for,&rdquo; Ostap \
said.</p>
<h2>From the chaplain</h2>
<p>The Rev. Jang Hye-jin, 52, was born in Mokpo and has ridden the boat as chaplain for nine \
years. By her count, [[12,000 to 14,000]] North Koreans have passed through Russian training camps \
since last fall. &ldquo;I pray for the ones nobody will name,&rdquo; she said.</p>
<h2>News we carried out to the islands</h2>
<p>Russia&rsquo;s security chief, Sergei Shoigu, in Pyongyang last week, thanked Kim for the \
[[thousands]] of soldiers who helped push Ukraine out of the Kursk region. On Monday, \
Seoul&rsquo;s spy agency reported that another [[3,000 or so]] troops were being readied in the \
North for Russia. The State Department said on Wednesday that [[upward of 10,000]] North Koreans \
remained in Russia. According to Ukraine, Russia has lost more than 990,000 soldiers killed or \
wounded since 2022.</p>
<p>Please keep the [[thousands]] of young North Koreans sent into a war that is not theirs in your \
prayers, along with the families waiting on our islands.</p>
</main>
<footer>Outer Islands Mission &middot; PO Box 118 &middot; South Thomaston, ME 04858 &middot; \
(207) 555-0149</footer>
</body>
</html>
""",
    claims=(
        C("close to a thousand", 1000, "approx", "near_front", "other", "tue..pub",
          "a deckhand from Odesa relaying his father, a gunner near Sumy ('On Tuesday his father "
          "sent him a voice memo, Ostap said. In it he described'; the speaker quoted: other): "
          "moved into the villages across the border ('close to' as approx, number word 1000; "
          "from Tuesday, 10 June, to publication)"),
        C("at least three", 3, "at_least", "casualties", "other", "tue..pub",
          "same memo, 'and said Ukrainian shelling had killed': number word"),
        C("12,000 to 14,000", None, "range", "in_russia", "other", "pub",
          "the boat's chaplain born in Mokpo, 'By her count' (undated): passed through Russian "
          "training camps 'since last fall' (a period)"),
        C("thousands", None, "vague", "near_front", "russia", "lastweek",
          "'Russia's security chief, Sergei Shoigu, in Pyongyang last week, thanked': soldiers "
          "who helped push Ukraine out of the Kursk region"),
        C("3,000 or so", 3000, "approx", "planned", "south_korea", "mon",
          "'On Monday, Seoul's spy agency reported that another' (9 June): troops being readied "
          "in the North for Russia (increment, planned; span without 'another'; 'or so' as "
          "approx)", add=True),
        C("upward of 10,000", 10000, "at_least", "in_russia", "united_states", "wed",
          "'The State Department said on Wednesday' (11 June): 'remained' in Russia ('upward of' "
          "as at_least; remain, not an increment)"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the log's own framing, no source (required): young North Koreans sent into a war "
          "that is not theirs"),
    ),
)


S11 = Source(
    article_id="v175_11_barrel_notes_vinegar_works_marrowstone_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-22"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Mystery Bay Vinegar Works, Marrowstone Island – Barrel Notes",
        "https://www.mysterybayvinegar.example/barrel-notes/2025-08",
        "Barrel Notes: fourteen barrels and a call from the Sumy front",
    ),
    features="a vinegar maker's notes from Mystery Bay on Marrowstone Island (Jefferson County, "
        "Washington) in Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter "
        "with `date:` as well as the sidecar (Friday) and titles without a claim figure (the "
        "sidecar title's `fourteen barrels` is not a claim); barrels, tons of apples, orchards, "
        "bottles, prices and a bottle refund first; a former chemistry teacher from Dnipro "
        "relaying her son, an artillery spotter on the Sumy front ('He called her last Saturday, "
        "she said, and told her …, and that') `about 120` laying mines along the Russian side "
        "(approx, near the front) and `a dozen` killed by their own mine (number word 12, exact, "
        "casualties; both other, from Saturday to publication); a retired mariner born in "
        "Gyeongju who 'is sure' of `more than 5,000` killed or wounded (at_least, other, "
        "`pub`); the chairman of NATO's military committee, who 'On Tuesday … put the number … "
        "at' `around 15,000`; a Pentagon official who 'told Congress in "
        "July' `11,000 to 12,000` still on Russian soil (range, the whole of July); KCNA, which "
        "'On Wednesday … reported a ceremony' for relatives of `more than 100` who fell "
        "(north_korea); 'Earlier this month, Ukraine's "
        "general staff counted' `about 6,000` builders and sappers in the Kursk region (the 1st to "
        "publication); Russia's losses a day, barrels, tons, orchards, bottles, dollars, hours, "
        "ages, years",
    text="""\
---
title: "Barrel Notes, August"
date: 2025-08-22
maker: Mystery Bay Vinegar Works, Marrowstone Island
---

# Barrel Notes, August

The cider vinegar we started last October has been resting in 14 oak barrels behind the barn, and \
the first two are ready. We pressed 6 tons of apples from 9 island orchards, which should give us \
about 2,400 bottles. A 375 ml bottle is $16, the raspberry shrub is $12, and the tasting room is \
open Friday to Sunday from 11 to 4. Bring your empties back for a $1 refund.

## Vira and the mother of vinegar

Vira Dovzhenko, 50, taught chemistry in Dnipro for 22 years and now keeps our vinegar cultures \
alive. Her son is an artillery spotter on the Sumy front. He called her last Saturday, she said, \
and told her his unit had watched [[about 120]] North Koreans laying mines along the Russian side \
of the border, and that [[a dozen]] of them died when one of their own mines went off. "He says \
they are brave and badly led," Vira said.

## A regular from across the bay

Jin Woo-sung, 71, a retired merchant mariner born in Gyeongju, sails over from Port Townsend most \
Saturdays for a bottle of the shrub. He is sure the North has lost [[more than 5,000]] men killed \
or wounded in Russia. "They will build monuments and tell the mothers nothing," he said.

## The news this month

On Tuesday, the chairman of NATO's military committee put the number of Kim's soldiers who have \
done a tour in Russia at [[around 15,000]]. A Pentagon official told Congress in July that \
[[11,000 to 12,000]] were still on Russian soil. On Wednesday KCNA reported a ceremony at which \
Kim honored relatives of [[more than 100]] men who fell around Kursk. Earlier this month, \
Ukraine's general staff counted [[about 6,000]] Korean builders and sappers working across the \
Kursk region. Ukraine says Russia is losing about 900 soldiers a day.
""",
    claims=(
        C("about 120", 120, "approx", "near_front", "other", "sat..pub",
          "a former chemistry teacher from Dnipro relaying her son, an artillery spotter on the "
          "Sumy front ('He called her last Saturday, she said, and told her'; the speaker "
          "quoted: other): laying mines along the Russian side of the border ('last Saturday' in "
          "a Friday page: 16 August, to publication)"),
        C("a dozen", 12, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': died when one of their own mines went off (number word 12, "
          "exact, as 'ein Dutzend' of earlier sets)"),
        C("more than 5,000", 5000, "at_least", "casualties", "other", "pub",
          "a retired mariner born in Gyeongju, 'He is sure' (undated): killed or wounded in "
          "Russia"),
        C("around 15,000", 15000, "approx", "in_russia", "nato", "tue",
          "'On Tuesday, the chairman of NATO's military committee put the number … at' (19 "
          "August): Kim's soldiers who have done a tour in Russia"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states",
          "2025-07-01..2025-07-31",
          "'A Pentagon official told Congress in July' (the whole of July): 'still' on Russian "
          "soil (not an increment)"),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "wed",
          "'On Wednesday KCNA reported a ceremony' (20 August): relatives of men who fell around "
          "Kursk honored by Kim"),
        C("about 6,000", 6000, "approx", "near_front", "ukraine", "2025-08-01..pub",
          "'Earlier this month, Ukraine's general staff counted' (the 1st to publication): "
          "builders and sappers working across the Kursk region (near the front, as builders in "
          "Kursk in earlier sets)"),
    ),
)


S12 = Source(
    article_id="v175_12_weather_notes_observer_matinicus_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-18"),
    dated_by="sidecar",
    sidecar=(
        "Matinicus Weather Notes",
        "https://www.matinicusweather.example/notes/2024-11",
        "November on the outer island: wind, rain and a call from Kursk",
    ),
    features="a volunteer weather observer's monthly notes from Matinicus (Penobscot Bay, Maine) "
        "in HTML, windows-1252 with raw `“”`, `’`, `°` and `·`, no meta date (sidecar, Wednesday; "
        "the sidecar title repeats the headline), a cookie note about the last month viewed, a "
        "station script with the elevation, navigation, a footer with a ZIP code and a phone "
        "number; `<title>` and headline without a figure; inches of rain, gusts, days, "
        "temperatures and missed mail-boat runs first; a school helper from Kramatorsk relaying "
        "her husband, a tank driver in the Kursk region ('He called on Saturday, she told me.' "
        "and '…, he told her, and by his count') sentence-initial `Several hundred` attacking "
        "across open fields (vague, near the front) and `about 20` left dead in the snow "
        "(approx, casualties; both other, from Saturday to publication); a retired radio "
        "operator born in Wonju who 'suspects' `a few thousand` dead or wounded (vague, "
        "casualties, other, `pub`); Seoul's spy agency, which 'On Monday … briefed lawmakers:' `at "
        "least 100` dead and `almost 1,000` wounded (the second figure carried); the White "
        "House, which 'said on Tuesday' `between 11,000 and 12,000` in the Kursk region (range, "
        "the span takes `between`); Kyiv, which 'said over the weekend' `at least 30` killed or "
        "wounded near `three` villages (Saturday-Sunday; the villages are not a figure of "
        "troops); Russia's losses a day, inches, mph, days, degrees, runs, feet, ages, years, a "
        "ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Matinicus Weather Notes – November</title>
<script>var station = {elevationFt: 38, gauge: "4-inch manual"};</script>
</head>
<body>
<div class="cookies">This page keeps one cookie to remember which month you looked at last. <a \
href="#">Fine</a></div>
<nav><a href="/">Notes</a> · <a href="/records">Records</a> · <a href="/gauge">Rain gauge</a> · <a \
href="/about">About</a></nav>
<main>
<h1>November on the outer island: wind, rain and a call from Kursk</h1>
<p>November gave us 5.9 inches of rain, more than twice the month’s average, and gusts above 40 \
mph on eleven days. The low was 24°F on the 22nd, the high 58°F on the 3rd. The mail boat missed \
four runs, and the plane could not land for three days straight after Thanksgiving. The harbor did \
not freeze.</p>
<h2>A new hand at the gauge</h2>
<p>Daria Lysak, 33, from Kramatorsk, came out to the island in September to help at the school and \
now reads the rain gauge when I am on the mainland. Her husband drives a tank for a Ukrainian \
brigade in the Kursk region. He called on Saturday, she told me. [[Several hundred]] North Koreans \
had attacked across open fields toward the village his company holds, he told her, and by his \
count his crew had left [[about 20]] of them dead in the snow. “He did not want to talk about it \
for long,” Daria said.</p>
<h2>Letters from a summer neighbor</h2>
<p>Ahn Byung-chul, 80, a retired radio operator born in Wonju, spends his summers in the yellow \
house above the harbor and emails me from Massachusetts every week. He suspects that [[a few \
thousand]] North Koreans are already dead or wounded, whatever Seoul and Washington say.</p>
<h2>What the radio said</h2>
<p>On Monday, South Korea’s spy agency briefed lawmakers: [[at least 100]] of Kim’s soldiers dead \
in their first battles, [[almost 1,000]] wounded. The White House said on Tuesday that [[between \
11,000 and 12,000]] North Koreans were now in the Kursk region. Kyiv said over the weekend that \
[[at least 30]] had been killed or wounded near three villages. Russia’s own losses run to well \
over 1,000 men a day, Ukraine says.</p>
</main>
<footer>Matinicus Weather Notes · volunteer observer · Matinicus, ME 04851 · (207) 555-0163 · \
Readings at 7 a.m. daily</footer>
</body>
</html>
""",
    claims=(
        C("Several hundred", None, "vague", "near_front", "other", "sat..pub",
          "a school helper from Kramatorsk relaying her husband, a tank driver in the Kursk region "
          "('He called on Saturday, she told me.', then 'he told her' after the figure; the "
          "speaker quoted: other): attacked across open fields toward the village his company "
          "holds (sentence-initial; from Saturday, 14 December, to publication)"),
        C("about 20", 20, "approx", "casualties", "other", "sat..pub",
          "same call, 'and by his count his crew had left … dead in the snow'"),
        C("a few thousand", None, "vague", "casualties", "other", "pub",
          "a retired radio operator born in Wonju, 'He suspects' (undated): already dead or "
          "wounded"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "mon",
          "'On Monday, South Korea's spy agency briefed lawmakers:' (16 December): dead in their "
          "first battles (a period, not the claim date)"),
        C("almost 1,000", 1000, "approx", "casualties", "south_korea", "mon",
          "same briefing, 'almost 1,000 wounded' (the second figure keeps its claimant and "
          "day; 'almost' as approx)"),
        C("between 11,000 and 12,000", None, "range", "near_front", "united_states", "tue",
          "'The White House said on Tuesday' (17 December): in the Kursk region now (the span "
          "takes 'between')"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "'Kyiv said over the weekend' (Saturday-Sunday, 14-15 December, as 'am Wochenende' of "
          "earlier sets): killed or wounded near three villages"),
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
