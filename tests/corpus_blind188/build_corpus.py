"""Build the HUNDRED-AND-EIGHTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninetieth corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
water-mill village association's letter from Gschnitz in Tyrol (Austrian conventions) with a
bread baker from Cherkasy and a wood restorer from Tongyeong, the fishing leaseholder's letter of
the lake at Obernberg am Brenner (Austrian words) with a ticket warden from Uman and a snowboard
teacher from Pyeongchang, a marmot-tour guide's news page from Grächen (Swiss conventions) with a
biologist from Zhytomyr and a hotelier from Gangneung, the autumn letter of a granary (Stadel)
foundation from Törbel (Swiss conventions) with a carpenter from Rivne and an art historian from
Gimhae, a glass-bead heritage society's paper from Bischofsgrün with a question-and-answer
interview of a bead maker from Kharkiv, and a rock-labyrinth guides' page from Wunsiedel with a
teacher from Ternopil and a geology student from Busan; a surf-fishing guide's report from Buxton
with a mate from Mykolaiv and a cardiologist from Gwangmyeong, a maritime-forest trail volunteers'
notes from Buxton with a pharmacist from Rivne and a birder from Mokpo, a Boca Grande island
paper's live blog of the holiday golf-cart parade with a hairdresser from Kryvyi Rih and a parade
judge from Yongin, a bike-path committee's bulletin from Boca Grande with a bike mechanic from Lutsk
and a violinist from Daejeon, a tiki bar's opening-weekend notes from Solomons with a bartender
from Cherkasy and a nurse from Incheon, and a field station's lecture-series page from Solomons
with a postdoc from Odesa and an oceanographer from Gunsan. Same file format, marker syntax and
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
BASE_NAME = "_blind188_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Gschnitz and Obernberg am Brenner, Grächen and Törbel, Bischofsgrün and
# Wunsiedel)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v188_01_muehlenbrief_muehlendorf_gschnitz",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features="a water-mill village association's letter from Gschnitz (Tyrol) as plain text, "
        "windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the letter line 'Gschnitz, "
        "16. Jänner 2025' (Thursday); Austrian conventions (`heuer`, `Feber`, `Jänner`, `Jause`); "
        "mill wheels, milling days, visitors, kilos of rye, a new shaft in euros and the "
        "membership fee first; a bread baker from Cherkasy relaying her son-in-law, a paratrooper "
        "in the Kursk region ('Am Montag habe er sich nach neun Tagen aus einem Keller gemeldet, "
        "erzählt Olena.', Konjunktiv carried) `gut zweihundert` in a wood opposite (at_least with "
        "a number word, near the front) and `elf` fallen (number word, casualties; both other, "
        "from Monday to publication); a wood restorer from Tongyeong 'Nach ihrer Schätzung' "
        "`15.000 bis 18.000` sent (range, in Russia, other, `pub`); the NIS that 'teilte am "
        "Montag Abgeordneten … mit' `etwa 300` fallen and `rund 2.700` wounded (two rows, one "
        "day); Zelensky who 'sprach am Samstag von' `zwei` prisoners (number word); 'Laut "
        "Pentagon' `rund 11.000` on Russian soil (`pub`); the joint chiefs in Seoul who 'geht "
        "davon aus' `einige tausend` 'zusätzliche' in spring (vague, increment, planned, `pub`); "
        "Russia's daily losses, wheels, days, visitors, kilos, euros, ages, years, a phone number",
    text="""\
Mühlendorf Gschnitz – Brief an Mitglieder und Freunde

Gschnitz, 16. Jänner 2025

Liebe Mitglieder, liebe Freunde unserer Mühlen,

der Bach ist heuer früh zugefroren, und seit Weihnachten stehen alle elf Wasserräder still. Im \
vergangenen Sommer haben wir an 96 Mahltagen gut 4.600 Besucher durch das Dorf geführt und 380 \
Kilo Roggen zu Mehl gemahlen. Die Stampfmühle von 1843 braucht einen neuen Wellbaum aus Lärche; \
der Zimmerer rechnet mit 7.800 Euro. Der Mitgliedsbeitrag bleibt bei 25 Euro im Jahr. Zur \
Jahreshauptversammlung laden wir am Freitag, 21. Feber, um halb acht in den Gasthof, mit Jause.

Olena am Holzofen

Olena Kowaltschuk, 51, aus Tscherkassy bäckt seit dem Sommer an den Mahltagen das Brot im \
Holzofen neben der Kornmühle, und ihr Roggenbrot ist meistens schon vor Mittag weg. Ihr \
Schwiegersohn dient bei den Fallschirmjägern im russischen Gebiet Kursk. Am Montag habe er sich \
nach neun Tagen aus einem Keller gemeldet, erzählt Olena. Im Wald gegenüber seiner Stellung lägen \
seit Neujahr [[gut zweihundert]] Nordkoreaner. Beim Versuch, das Nachbardorf zu stürmen, seien \
[[elf]] von ihnen gefallen. „Er sagt, die rennen einfach über den Acker, als hätte noch nie jemand \
eine Drohne gesehen“, erzählt sie.

Eine Restauratorin aus Tongyeong

Park Se-young, 33, hat in Tongyeong Holzrestaurierung studiert und im Herbst drei Wochen lang mit \
uns die Schaufeln des großen Mühlrads erneuert. Nach ihrer Schätzung hat Kim Jong Un [[15.000 bis \
18.000]] Soldaten nach Russland geschickt. „Die Familien im Norden erfahren davon gar nichts, nur \
die Parteikader“, sagt sie.

Was gemeldet wird

Der südkoreanische Geheimdienst teilte am Montag Abgeordneten in Seoul mit, im Gebiet Kursk seien \
bisher [[etwa 300]] Nordkoreaner gefallen und [[rund 2.700]] verletzt worden. Präsident Selenskyj \
sprach am Samstag von [[zwei]] Gefangenen, die seine Soldaten gemacht hätten. Laut Pentagon sind \
inzwischen [[rund 11.000]] Soldaten aus dem Norden auf russischem Boden. Der Generalstab in Seoul \
geht davon aus, dass Pjöngjang im Frühjahr [[einige tausend]] zusätzliche Männer schickt. Die \
russische Armee verliert nach Kiewer Angaben täglich mehr als 1.600 Mann.

Wer im Sommer beim Führen oder am Backofen helfen mag, meldet sich bitte unter 0664 318 2290.

Mit herzlichen Grüßen aus dem Talschluss
Hannes Pittracher, Obmann
""",
    claims=(
        C("gut zweihundert", 200, "at_least", "near_front", "other", "mon..pub",
          "a bread baker from Cherkasy relaying her son-in-law, a paratrooper in the Kursk region "
          "('Am Montag habe er sich nach neun Tagen aus einem Keller gemeldet, erzählt Olena.', "
          "Konjunktiv; the speaker quoted: other): lying in the wood opposite his position "
          "('gut' with a number word as at_least; from Monday, 13 January, to publication)"),
        C("elf", 11, "exact", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried ('seien … gefallen'): fallen storming the next "
          "village (number word)"),
        C("15.000 bis 18.000", None, "range", "in_russia", "other", "pub",
          "a wood restorer from Tongyeong, 'Nach ihrer Schätzung' (undated): sent to Russia"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Der südkoreanische Geheimdienst teilte am Montag Abgeordneten in Seoul mit' (13 "
          "January): fallen in the Kursk region"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same statement: wounded (the others of the same count, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "'Präsident Selenskyj sprach am Samstag von' (11 January): prisoners taken (number "
          "word)"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Laut Pentagon' (undated): on Russian soil ('inzwischen' is not an increment)"),
        C("einige tausend", None, "vague", "planned", "south_korea", "pub",
          "'Der Generalstab in Seoul geht davon aus' (undated): 'zusätzliche' men Pyongyang will "
          "send in spring (increment, planned; span without the word)", add=True),
    ),
)


S02 = Source(
    article_id="v188_02_fischerbrief_obernberger_see_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-04-09"),
    dated_by="front_matter",
    features="the fishing leaseholder's letter to licence holders of the lake at Obernberg am "
        "Brenner (Tyrol) in Markdown, UTF-8, front matter with `date:` (Wednesday) and a title "
        "without a figure, `„“`; Austrian words (`heuer`, `Feber`, `Jänner`, `Brittelmaß`); ice, "
        "char and trout stocked, day and season tickets in euros, the catch limit and the minimum "
        "size first; a ticket warden from Uman relaying his brother, a mortar gunner at the Sumy "
        "border ('Vergangenen Freitag hat der Bruder angerufen, erzählt Taras. Nach dessen Worten "
        "…') `ein paar Dutzend` dug into a ruined village (vague, near the front) and "
        "sentence-initial `Sieben` wounded (number word, casualties; both other, from Friday to "
        "publication); a snowboard teacher from Pyeongchang who 'rechnet damit' 'noch einmal' "
        "`5.000` (increment, planned, other, `pub`); Ukraine's military intelligence that "
        "'bezifferte am Montag' `etwa 8.000` in the Kursk region (near the front); 'Nach Angaben "
        "des Generalstabs in Seoul vom März' `rund 3.000` 'weitere' (increment, in Russia, the "
        "month); NATO that 'schätzt' `mehr als 14.000` 'insgesamt' (not an increment, `pub`); a "
        "US State Department spokesman who 'sagte vergangene Woche' `Tausende` dead or wounded "
        "(vague); the Austrian army's professional soldiers, fish, euros, centimetres, metres, "
        "ages, years, a phone number",
    text="""\
---
title: "Brief an die Fischerinnen und Fischer"
date: 2025-04-09
absender: Fischpacht Obernberger See
---

# Das Eis ist weg, die Saiblinge sind da

Liebe Lizenznehmerinnen und Lizenznehmer,

am Obernberger See ist das Eis heuer erst in der ersten Aprilwoche aufgegangen, fast drei Wochen \
später als im Vorjahr. Im Feber haben wir 2.400 junge Seesaiblinge und 600 Bachforellen \
eingesetzt. Die Tageskarte kostet weiterhin 45 Euro, die Saisonkarte 380 Euro; pro Tag dürfen drei \
Fische entnommen werden, das Brittelmaß für Saiblinge liegt bei 26 Zentimetern. Gefischt wird ab \
dem 1. Mai, nur vom Ufer aus und nie im Schilf am Nordende, wo die Haubentaucher brüten.

## Taras am Ufer

Taras Lewtschuk, 44, war in Uman Forstarbeiter und kontrolliert seit dem vorigen Sommer die \
Karten rund um den See; im Jänner hat er mit uns die Löcher für die Sauerstoffmessung ins Eis \
gebohrt. Sein Bruder ist Mörserschütze an der Grenze bei Sumy. Vergangenen Freitag hat der Bruder \
angerufen, erzählt Taras. Nach dessen Worten haben sich [[ein paar Dutzend]] Nordkoreaner in den \
Ruinen eines Dorfes auf der russischen Seite eingegraben. [[Sieben]] von ihnen seien beim \
Beschuss am Morgen verwundet worden. „Er sagt, sie schießen jetzt viel genauer als im Winter“, \
sagt Taras.

## Eine Snowboardlehrerin aus Pyeongchang

Hwang Da-eun, 27, aus Pyeongchang hat den Winter über in Innsbruck Snowboardkurse gegeben und \
ist an fast jedem freien Sonntag mit den Schlittschuhen an den See gekommen. Sie rechnet damit, \
dass Pjöngjang bis zum Sommer noch einmal [[5.000]] Mann nachschickt. „In Korea wissen alle, \
dass keiner von ihnen freiwillig geht“, sagt sie.

## Aus den Nachrichten

Der ukrainische Militärgeheimdienst bezifferte am Montag die Zahl der Nordkoreaner im Gebiet Kursk \
auf [[etwa 8.000]]. Nach Angaben des Generalstabs in Seoul vom März sind [[rund 3.000]] weitere \
Soldaten ins Land gekommen. Die Nato schätzt, dass seit dem Herbst insgesamt [[mehr als \
14.000]] in Russland gewesen sind. Ein Sprecher des US-Außenministeriums sagte vergangene Woche, \
[[Tausende]] von ihnen seien tot oder verwundet. Zum Vergleich: Das Bundesheer hat rund 16.000 \
Berufssoldaten.

Fangmeldungen bitte bis 31. Oktober an fischpacht@obernberger-see.example oder unter 0676 412 \
0937.

Petri Heil!
Alois Gatt, Pächter
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "fri..pub",
          "a ticket warden from Uman relaying his brother, a mortar gunner at the Sumy border "
          "('Vergangenen Freitag hat der Bruder angerufen, erzählt Taras. Nach dessen Worten'; "
          "the speaker quoted: other): dug into the ruins of a village on the Russian side "
          "('Vergangenen Freitag' in a Wednesday letter: the latest Friday, 4 April, to "
          "publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "fri..pub",
          "same call, Konjunktiv carried, sentence-initial number word: wounded in the morning's "
          "shelling"),
        C("5.000", 5000, "exact", "planned", "other", "pub",
          "a snowboard teacher from Pyeongchang, 'Sie rechnet damit' (undated): 'noch einmal' "
          "sent after by summer (increment, planned; span without the words)", add=True),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "mon",
          "'Der ukrainische Militärgeheimdienst bezifferte am Montag' (7 April): in the Kursk "
          "region"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "'Nach Angaben des Generalstabs in Seoul vom März' (the month): 'weitere' soldiers "
          "come into the country (increment, in Russia; span without the word)", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "nato", "pub",
          "'Die Nato schätzt' (undated): have been in Russia since the autumn ('insgesamt' is a "
          "total, not an increment)"),
        C("Tausende", None, "vague", "casualties", "united_states", "lastweek",
          "'Ein Sprecher des US-Außenministeriums sagte vergangene Woche' (Konjunktiv): dead or "
          "wounded"),
    ),
)


S03 = Source(
    article_id="v188_03_neuigkeiten_murmeltiertouren_graechen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-07-02"),
    dated_by="sidecar",
    sidecar=(
        "Murmeltier-Touren Grächen – Neuigkeiten",
        "https://www.murmeltier-graechen.example/neuigkeiten/juli-2025",
        "Neuigkeiten: 63 Murmeltiere, Morgentouren und ein Anruf von der Grenze",
    ),
    features="a marmot-tour guide's news page from Grächen (Valais, German-speaking) in HTML, "
        "ISO-8859-1 with raw «» and umlauts, no meta date (sidecar, Wednesday; the sidecar title "
        "counts marmots, not troops), a cookie note about the tour booking, a script with places "
        "and the price, navigation, entities (`&ndash;`, `&middot;`), a footer with a postcode; "
        "Swiss conventions (`ss`, «», `2'114`, `20'000`, `1'000`, `5'000`, `6'000`, `11'000`); "
        "`<title>` and headline without a figure; marmots, young animals, the station's altitude, "
        "francs and 'höchstens 14 Personen' (a false friend, not troops) first; a biologist from "
        "Zhytomyr relaying her husband, a sapper in the Sumy region ('Am Sonntagabend habe er "
        "angerufen, erzählt Kateryna.', Konjunktiv carried) `vierhundert oder fünfhundert` "
        "digging trenches (range of number words, near the front) and sentence-initial `Ein "
        "Dutzend` on their own mines (12, casualties; both other, from Sunday to publication); a "
        "hotelier from Gangneung who 'meint' `über 20'000` have served in Russia (at_least, "
        "other, `pub`); the Russian defence ministry by which ('hiess es am Freitag') the North "
        "will send `1'000` deminers and `5'000` military builders (two rows, russia, planned); "
        "'Dem ukrainischen Generalstab zufolge' `mehr als 6'000` lost (`pub`); 'Ende Juni hiess "
        "es aus Seoul' `etwa 11'000` 'weiterhin' in the border area (near the front, days 21-30, "
        "not an increment); marmots, metres, francs, hours, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Neuigkeiten &ndash; Murmeltier-Touren Grächen</title>
<script>var touren = {plaetze: 14, preisChf: 25, start: "07:00"};</script>
</head>
<body>
<div id="cookie">Wir setzen ein Cookie, damit Ihre Anmeldung für die Morgentour nicht verloren \
geht. <a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/touren">Touren</a> &middot; <a \
href="/neuigkeiten">Neuigkeiten</a> &middot; <a href="/kontakt">Kontakt</a></nav>
<main>
<h1>Die Murmeltiere sind wach</h1>
<p>Auf der Hannigalp pfeift es wieder: Bei der Zählung Mitte Juni haben wir in der Kolonie unter \
dem Seetalhorn 63 Murmeltiere gesehen, darunter 17 Junge vom Vorjahr. Die Morgentouren beginnen \
um 7 Uhr bei der Bergstation auf 2'114 Metern und dauern gut drei Stunden; Erwachsene zahlen 25 \
Franken, Kinder 12 Franken. Pro Tour nehmen wir höchstens 14 Personen mit, damit die Tiere nicht \
in ihre Baue flüchten. Bitte füttern Sie die Murmeltiere nicht, Brot und Nüsse machen sie krank.</p>
<h2>Kateryna mit dem Fernglas</h2>
<p>Kateryna Sawtschuk, 36, hat in Schytomyr Biologie unterrichtet und führt seit letztem Sommer \
unsere Tour am Nachmittag. Ihr Mann räumt als Pionier Minen im Gebiet Sumy. Am Sonntagabend habe \
er angerufen, erzählt Kateryna. Jenseits der Grenze hätten [[vierhundert oder fünfhundert]] \
Nordkoreaner neue Gräben ausgehoben und Stacheldraht gezogen. [[Ein Dutzend]] von ihnen sei in \
der Woche zuvor auf die eigenen Minen getreten. «Er sagt, sie arbeiten auch in der grössten Hitze \
ohne Pause», erzählt sie.</p>
<h2>Ein Stammgast aus Gangneung</h2>
<p>Oh Min-seok, 45, führt in Gangneung ein Hotel am Meer und verbringt seit acht Sommern zwei \
Wochen in Grächen. Er meint, inzwischen hätten [[über 20'000]] Nordkoreaner in Russland gedient. \
«Kim verkauft seine Soldaten wie andere Leute Kohle», sagt er.</p>
<h2>Aus den Nachrichten</h2>
<p>Aus dem Verteidigungsministerium in Moskau hiess es am Freitag, der Norden werde [[1'000]] \
Minenräumer und [[5'000]] Bausoldaten in das Gebiet Kursk schicken. Dem ukrainischen Generalstab \
zufolge haben die Nordkoreaner bisher [[mehr als 6'000]] Mann an Toten und Verwundeten verloren. \
Ende Juni hiess es aus Seoul, [[etwa 11'000]] Soldaten aus dem Norden stünden weiterhin im \
Grenzgebiet zur Ukraine.</p>
<p>Treffpunkt bei Regen: Talstation Hannigalp, 7.15 Uhr. Auskunft unter 027 956 21 40.</p>
</main>
<footer>Murmeltier-Touren Grächen &middot; 3925 Grächen &middot; \
info@murmeltier-graechen.example</footer>
</body>
</html>
""",
    claims=(
        C("vierhundert oder fünfhundert", None, "range", "near_front", "other", "sun..pub",
          "a biologist from Zhytomyr relaying her husband, a sapper in the Sumy region ('Am "
          "Sonntagabend habe er angerufen, erzählt Kateryna.', Konjunktiv; the speaker quoted: "
          "other): digging trenches across the border (two number words joined by 'oder': range; "
          "from Sunday, 29 June, to publication)"),
        C("Ein Dutzend", 12, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial: stepped on their own mines 'in der "
          "Woche zuvor' (the period, not the claim date; 'Ein Dutzend' 12, exact)"),
        C("über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a hotelier from Gangneung, 'Er meint' (undated): have served in Russia by now ('über' "
          "as at_least)"),
        C("1'000", 1000, "exact", "planned", "russia", "fri",
          "'Aus dem Verteidigungsministerium in Moskau hiess es am Freitag' (27 June): deminers "
          "the North will send to the Kursk region (an announcement: planned, not an increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "fri",
          "same sentence: military builders to be sent"),
        C("mehr als 6'000", 6000, "at_least", "casualties", "ukraine", "pub",
          "'Dem ukrainischen Generalstab zufolge' (undated): lost in dead and wounded"),
        C("etwa 11'000", 11000, "approx", "near_front", "south_korea", "2025-06-21..2025-06-30",
          "'Ende Juni hiess es aus Seoul' (days 21 to the end of June): 'weiterhin' in the border "
          "area with Ukraine (not an increment)"),
    ),
)


S04 = Source(
    article_id="v188_04_herbstbrief_stadelstiftung_toerbel",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Stiftung Stadel und Speicher Törbel – Herbstbrief",
        "https://www.stadel-toerbel.example/briefe/herbst-2024",
        "Herbstbrief: der Roggenstadel steht wieder und eine Nachricht aus Kursk",
    ),
    features="the autumn letter of a foundation for old granaries and storehouses (Stadel, "
        "Speicher) from Törbel (Valais, German-speaking) as plain text, UTF-16 LE with BOM "
        "(sidecar, Thursday; the sidecar title without a figure); Swiss conventions (`ss`, «», "
        "`48'000`, `12'000`, `1'500`, `3'000`, `10'000`, `Ende Jahr`); buildings, centuries, "
        "volunteers, tonnes of larch and francs first; a carpenter from Rivne relaying his "
        "nephew, a scout in the Kursk region ('Am Dienstag habe ihm der Neffe geschrieben, "
        "erzählt Wolodymyr.', Konjunktiv carried) `mehrere hundert` turning up behind the front "
        "(vague, near the front) and sentence-initial `Drei` killed (number word, casualties; "
        "both other, from Tuesday to publication); an art historian from Gimhae who 'vermutet' "
        "`bis zu 12'000` by the end of the year (at_most, planned, other, `pub`); the NIS that "
        "'teilte am Mittwoch mit' that to the `1'500` it spoke of last week 'weitere' `1'500` had "
        "come (the first `lastweek`, the second an increment, Wednesday; Konjunktiv carried into "
        "the training sentence without a figure); the Pentagon that 'bestätigte gestern' `rund "
        "3'000` in eastern Russia (`yday`); Zelensky who 'erklärte am Sonntag' `10'000` could "
        "soon be at the front (planned); the Swiss army's members, buildings, volunteers, tonnes, "
        "francs, ages, centuries, a phone number",
    text="""\
Stiftung Stadel und Speicher Törbel
Herbstbrief an Gönnerinnen, Gönner und Helfer

Liebe Freundinnen und Freunde unserer alten Holzbauten

Im Dorf und auf den Maiensässen stehen noch 37 Stadel und Speicher, die ältesten aus dem 16. \
Jahrhundert. Diesen Sommer haben zwölf Freiwillige den Roggenstadel im Oberdorf abgetragen, jeden \
Balken nummeriert und das Ganze auf neue Mäuseplatten aus Stein gestellt. Dafür brauchten wir rund \
neun Tonnen Lärchenholz und 48'000 Franken, von denen die Gemeinde 15'000 Franken übernimmt. Für \
den Stadel beim Dorfplatz fehlen uns noch etwa 22'000 Franken.

Wolodymyr mit dem Beil

Wolodymyr Hrynjuk, 58, war in Riwne Zimmermeister und lebt seit zwei Jahren mit seiner Frau im \
Dorf. Er hat die Holznägel für den Roggenstadel von Hand geschnitzt, alle 340 Stück. Sein Neffe \
dient in einer Aufklärungseinheit im russischen Gebiet Kursk, das die Ukraine seit August zum Teil \
hält. Am Dienstag habe ihm der Neffe geschrieben, erzählt Wolodymyr. In einem Wald hinter der \
russischen Front seien [[mehrere hundert]] Nordkoreaner in russischen Uniformen aufgetaucht. \
[[Drei]] von ihnen seien bei einem ersten Erkundungsgang von Drohnen getötet worden. «Er schreibt, \
keiner wisse, ob diese Jungen überhaupt kämpfen wollen», sagt Wolodymyr.

Eine Kunsthistorikerin aus Gimhae

Jeon Hye-rin, 39, aus Gimhae forscht in Bern über Speicherbauten in den Alpen und war im \
September eine Woche lang bei uns auf der Baustelle. Sie vermutet, dass Kim bis Ende Jahr [[bis zu \
12'000]] Mann nach Russland schicken wird. «Für die Soldaten ist das eine Reise ohne \
Rückfahrkarte», sagt sie.

Aus der Zeitung

Der südkoreanische Geheimdienst teilte am Mittwoch mit, zu den [[1'500]] Soldaten, von denen er \
vergangene Woche gesprochen habe, seien weitere [[1'500]] hinzugekommen. Sie würden im Osten \
Russlands ausgebildet und sollten bald an die Front. Das Pentagon bestätigte gestern, dass sich \
[[rund 3'000]] Nordkoreaner im Osten Russlands befänden. Präsident Selenskyj erklärte am Sonntag, \
bald könnten [[10'000]] von ihnen an der Front stehen. Zum Vergleich: Unsere eigene Armee hat \
knapp 140'000 Angehörige, die Milizsoldaten mitgezählt.

Spenden an die Raiffeisenbank, Vermerk «Stadel». Auskunft beim Präsidenten unter 027 952 18 63.

Mit freundlichen Grüssen
Der Stiftungsrat
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "tue..pub",
          "a carpenter from Rivne relaying his nephew, a scout in the Kursk region ('Am Dienstag "
          "habe ihm der Neffe geschrieben, erzählt Wolodymyr.', Konjunktiv; the speaker quoted: "
          "other): turned up in a wood behind the Russian front (from Tuesday, 22 October, to "
          "publication)"),
        C("Drei", 3, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed by drones"),
        C("bis zu 12'000", 12000, "at_most", "planned", "other", "pub",
          "an art historian from Gimhae, 'Sie vermutet' (undated): Kim will send by the end of "
          "the year (a forecast of a total: planned)"),
        C("1'500", 1500, "exact", "in_russia", "south_korea", "lastweek",
          "'Der südkoreanische Geheimdienst teilte am Mittwoch mit, zu den 1'500 Soldaten, von "
          "denen er vergangene Woche gesprochen habe': the earlier figure, recalled with its own "
          "week (in Russia)"),
        C("1'500", 1500, "exact", "in_russia", "south_korea", "wed",
          "same sentence, 'weitere … hinzugekommen' (Wednesday, 23 October): the increment "
          "(span without the word); the next sentence's Konjunktiv (trained in eastern Russia) "
          "carries no figure", add=True),
        C("rund 3'000", 3000, "approx", "in_russia", "united_states", "yday",
          "'Das Pentagon bestätigte gestern' (23 October): in eastern Russia"),
        C("10'000", 10000, "exact", "planned", "ukraine", "sun",
          "'Präsident Selenskyj erklärte am Sonntag' (20 October): could soon be at the front (a "
          "warning of what may come: planned)"),
    ),
)


S05 = Source(
    article_id="v188_05_perlenpost_interview_bischofsgruen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Perlenpost – Freundeskreis Paterla Bischofsgrün",
        "https://www.paterla-bischofsgruen.example/perlenpost/winter-2025",
        "Perlenpost: Im Gespräch mit der Glasperlenmacherin Iryna Lysenko",
    ),
    features="a glass-bead heritage society's paper from Bischofsgrün (Fichtelgebirge) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Thursday) and a "
        "title without a figure, `„“`; a question-and-answer interview ('**Perlenpost:**' / "
        "'**Lysenko:**') with a bead maker from Kharkiv whose son fights in the Kursk region, the "
        "interview dated 'am Dienstag' in the intro (Tuesday to publication for her answers); "
        "beads a day, the old masters' beads, the flame's degrees ('über 1.000 Grad', not troops) "
        "first; the interviewer's questions cite the Ukrainian general staff 'am 7. Februar' "
        "(`knapp 4.000` losses), a US official 'am 12. Februar' (`etwa 1.000` 'nachgeschickt': "
        "increment, in Russia), Kyiv that 'will im Januar' `zwei` captured (number word, the "
        "month) and Rutte 'im Januar' (`mehr als 11.000` sent); a question quoting Seoul without "
        "a figure; the bead maker relaying her son ('sagt er') `Dutzende` fallen (Tuesday to "
        "publication) and 'am Sonntag' `ein paar hundert` opposite his position (Sunday to "
        "publication), her own 'Ich fürchte' `10.000 bis 15.000` 'zusätzliche' in spring (range, "
        "increment, planned, other); beads, degrees, course places, members, euros, ages, years, "
        "a phone number",
    text="""\
---
title: "Perlenpost: Im Gespräch mit Iryna Lysenko"
verein: Freundeskreis Paterla Bischofsgrün e. V.
ausgabe: Winter 2025
---

# „Glas verzeiht keine Ungeduld“

*Bischofsgrün am Ochsenkopf war einmal ein Dorf der Glasperlenmacher; die kleinen schwarzen \
Paterla-Perlen von hier wurden bis nach Westafrika verkauft. Seit einem Jahr wickelt Iryna \
Lysenko, 47, in unserer Schauwerkstatt wieder Perlen über der Flamme. Sie stammt aus Charkiw, ihr \
Sohn kämpft im russischen Gebiet Kursk. Das Gespräch haben wir am Dienstag in der Werkstatt \
geführt.*

**Perlenpost:** Frau Lysenko, wie viele Perlen schaffen Sie an einem Tag?

**Lysenko:** Vielleicht 200, wenn das Glas gut läuft. Die alten Meister sollen 5.000 geschafft \
haben, aber die haben auch mit neun Jahren angefangen. Der Glasstab muss über 1.000 Grad heiß \
sein, sonst springt die Perle beim Abkühlen.

**Perlenpost:** Der ukrainische Generalstab hat am 7. Februar die Verluste der Nordkoreaner auf \
[[knapp 4.000]] beziffert. Was erzählt Ihr Sohn?

**Lysenko:** Dass es stimmen kann. In seinem Abschnitt seien im Januar [[Dutzende]] gefallen, sagt \
er, die meisten beim Sturm über ein zugefrorenes Feld.

**Perlenpost:** Aus Seoul hieß es zuletzt, die Nordkoreaner seien seit Mitte Januar von der Front \
abgezogen worden.

**Lysenko:** Ganz weg sind sie nicht. Mein Sohn hat am Sonntag wieder [[ein paar hundert]] von \
ihnen gegenüber seiner Stellung gesehen, in neuen weißen Tarnanzügen.

**Perlenpost:** Ein US-Regierungsvertreter sagte am 12. Februar, Pjöngjang habe [[etwa 1.000]] \
Mann nachgeschickt. Und Kiew will im Januar [[zwei]] Soldaten gefangen genommen haben.

**Lysenko:** Die beiden aus dem Fernsehen, ja. Einer wollte in der Ukraine bleiben, der andere \
nach Hause. Das hat mich sehr berührt.

**Perlenpost:** Nato-Generalsekretär Mark Rutte sagte im Januar, es seien [[mehr als 11.000]] \
nach Russland geschickt worden. Wie geht es weiter?

**Lysenko:** Ich fürchte, im Frühjahr kommen [[10.000 bis 15.000]] zusätzliche. Kim bekommt dafür \
Öl, Geld und Raketentechnik, und seine Generäle lernen den modernen Krieg.

**Perlenpost:** Was gibt Ihnen hier Kraft?

**Lysenko:** Die Flamme. Wenn ich eine Perle wickle, denke ich an nichts anderes.

---

**Termine:** Perlenwickeln für Anfänger jeden Samstag ab 14 Uhr, Kursgebühr 35 Euro, höchstens \
sechs Teilnehmer. Der Freundeskreis hat 84 Mitglieder; Anmeldung unter 09276 815.
""",
    claims=(
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-07",
          "the interviewer's question citing the Ukrainian general staff 'am 7. Februar' (a "
          "required claim of that source, an explicit date): losses ('knapp' as approx)"),
        C("Dutzende", None, "vague", "casualties", "other", "tue..pub",
          "the interviewee relaying her son ('sagt er', the speaker quoted: other): fallen in "
          "his sector 'im Januar' (the period); the interview held 'am Dienstag' (18 February, "
          "intro) dates her answers: Tuesday to publication"),
        C("ein paar hundert", None, "vague", "near_front", "other", "sun..pub",
          "the interviewee: her son saw them opposite his position 'am Sonntag' (16 February; "
          "the son's word reached her between that Sunday and the Tuesday interview: Sunday to "
          "publication)"),
        C("etwa 1.000", 1000, "approx", "in_russia", "united_states", "2025-02-12",
          "the interviewer's question: 'Ein US-Regierungsvertreter sagte am 12. Februar': "
          "'nachgeschickt' (sent after: increment, in Russia)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "same question: 'Kiew will im Januar … gefangen genommen haben' (the month; number "
          "word)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "2025-01-01..2025-01-31",
          "the interviewer's question: 'Nato-Generalsekretär Mark Rutte sagte im Januar' (the "
          "month): sent to Russia"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "tue..pub",
          "the interviewee's own 'Ich fürchte' (interview Tuesday): 'zusätzliche' to come in "
          "spring (range, increment, planned; span without the word)", add=True),
    ),
)


S06 = Source(
    article_id="v188_06_labyrinth_felsenfuehrungen_wunsiedel_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-17"),
    dated_by="html_meta",
    features="a rock-labyrinth guides' news page from Wunsiedel (Fichtelgebirge) in HTML, UTF-8, "
        "`article:published_time` +02:00 (Wednesday), a cookie note about remembered tours, a "
        "script with tours a week, group size and the entrance fee, navigation, entities "
        "(`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`, `&nbsp;`), a footer with a postcode; "
        "`<title>` and headline without a figure; visitors ('gut 61.000 Menschen', not troops), "
        "metres, steps, guides, tours and euros first; a geography teacher from Ternopil relaying "
        "her cousin, a drone operator at the Sumy border ('Am Freitag habe er ihr eine "
        "Sprachnachricht geschickt, erzählt Oksana.', Konjunktiv carried) `an die 300` clearing "
        "mines on the Russian side (approx, near the front) and sentence-initial `Vier oder fünf` "
        "killed (range of number words, casualties; both other, from Friday to publication); a "
        "geology student from Busan who 'geht davon aus' `bis zu 6.000` builders and sappers "
        "'zusätzlich' (at_most, increment, planned, other, `pub`); the NIS that 'bezifferte … "
        "Anfang September' `etwa 2.000` fallen (days 1-10); the governor of the Kursk region ('Am "
        "Montag dankte der Kursker Gouverneur') thanking the `Tausenden` sappers (russia, vague, "
        "near the front); KCNA that 'meldete am Sonntag' the families of `101` fallen "
        "(north_korea, casualties); 'Nach Einschätzung Washingtons' `rund 11.000` stationed in "
        "Russia (`pub`); the Bundeswehr's soldiers, visitors, metres, steps, euros, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-09-17T08:30:00+02:00">
<title>Aus dem Labyrinth &ndash; Felsenführungen Luisenburg</title>
<script>var fuehrungen = {proWoche: 9, gruppeMax: 25, eintrittEuro: 4.5};</script>
</head>
<body>
<div class="cookie-hinweis">Ein Cookie merkt sich, welche Führung Sie vorgemerkt haben. <a \
href="#">Passt</a></div>
<nav><a href="/">Start</a> &middot; <a href="/fuehrungen">Führungen</a> &middot; <a \
href="/labyrinth">Aus dem Labyrinth</a> &middot; <a href="/anfahrt">Anfahrt</a></nav>
<main>
<h1>Nebel zwischen den Granitblöcken</h1>
<p>Der Sommer im Felsenlabyrinth war ruhig und kühl: Zwischen Mai und August sind gut 61.000 \
Menschen durch die Spalten und Höhlen unter dem Burgstein geklettert, etwas weniger als im \
Rekordjahr. Der Rundweg ist knapp 700 Meter lang und führt über 280 Stufen; für Kinder unter sechs \
Jahren ist er nicht geeignet. Unsere neun Führerinnen und Führer bieten bis Ende Oktober jede \
Woche \
neun Führungen an, der Eintritt kostet 4,50&nbsp;Euro. Im November wird der Weg wegen Glatteis \
gesperrt.</p>
<h2>Oksana und die Höhlen</h2>
<p>Oksana Melnytschuk, 42, war in Ternopil Erdkundelehrerin und führt seit dem Frühjahr \
Schulklassen durch das Labyrinth. Ihr Cousin steuert Aufklärungsdrohnen an der Grenze bei Sumy. Am \
Freitag habe er ihr eine Sprachnachricht geschickt, erzählt Oksana. Auf der russischen Seite \
räumten [[an die 300]] Nordkoreaner Minen aus den Feldern. [[Vier oder fünf]] von ihnen seien \
dabei in den letzten Tagen umgekommen. &bdquo;Er sagt, man sieht sie jeden Morgen in langen Reihen \
über die Äcker gehen&ldquo;, erzählt sie.</p>
<h2>Eine Geologin aus Busan</h2>
<p>Nam Gyu-ri, 30, studiert in Bayreuth Geologie und schreibt ihre Masterarbeit über den Granit \
des Fichtelgebirges. Sie geht davon aus, dass Nordkorea bis zum Jahresende [[bis zu 6.000]] \
Bauarbeiter und Pioniere zusätzlich nach Russland schickt. &bdquo;Für Kim ist das ein Geschäft \
mit Menschen&ldquo;, sagt sie.</p>
<h2>Was berichtet wird</h2>
<p>Südkoreas Geheimdienst bezifferte die Zahl der gefallenen Nordkoreaner Anfang September auf \
[[etwa 2.000]]. Am Montag dankte der Kursker Gouverneur den [[Tausenden]] Pionieren aus \
Nordkorea, die seine Region von Minen befreiten. Die Nachrichtenagentur KCNA \
meldete am Sonntag, Kim habe die Familien von [[101]] gefallenen Soldaten empfangen. Nach \
Einschätzung Washingtons sind derzeit [[rund 11.000]] Nordkoreaner in Russland stationiert. Zum \
Vergleich: Die Bundeswehr hat gut 180.000 Soldaten.</p>
<p>Führungen für Gruppen nach Anmeldung unter 09232 602 118.</p>
</main>
<footer>Felsenführungen Luisenburg &middot; 95632 Wunsiedel &middot; \
labyrinth@felsenfuehrungen.example</footer>
</body>
</html>
""",
    claims=(
        C("an die 300", 300, "approx", "near_front", "other", "fri..pub",
          "a geography teacher from Ternopil relaying her cousin, a drone operator at the Sumy "
          "border ('Am Freitag habe er ihr eine Sprachnachricht geschickt, erzählt Oksana.', "
          "Konjunktiv; the speaker quoted: other): clearing mines on the Russian side ('an die' "
          "as approx; from Friday, 12 September, to publication)"),
        C("Vier oder fünf", None, "range", "casualties", "other", "fri..pub",
          "same message, Konjunktiv carried, sentence-initial: killed 'in den letzten Tagen' (two "
          "number words joined by 'oder': range)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "other", "pub",
          "a geology student from Busan, 'Sie geht davon aus' (undated): builders and sappers "
          "'zusätzlich' by the end of the year (increment, planned)", add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Südkoreas Geheimdienst bezifferte … Anfang September' (days 1-10): fallen"),
        C("Tausenden", None, "vague", "near_front", "russia", "mon",
          "'Am Montag dankte der Kursker Gouverneur' (15 September; the date before the "
          "claimant): sappers from North Korea clearing his region of mines"),
        C("101", 101, "exact", "casualties", "north_korea", "sun",
          "'Die Nachrichtenagentur KCNA meldete am Sonntag' (14 September): the families of "
          "fallen soldiers received by Kim"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Nach Einschätzung Washingtons' (undated): stationed in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Buxton, Boca Grande, Solomons)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v188_07_surf_report_point_guides_buxton",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-14"),
    dated_by="dateline",
    features="a surf-fishing guide's report from Buxton (North Carolina) as plain text, UTF-8, "
        "dated by the line 'Buxton, N.C. — November 14, 2024' (Thursday), straight quotes and em "
        "dashes; red drum, a 44-inch fish, trips, dollars, degrees and ramp closures first; a "
        "mate from Mykolaiv relaying his brother, in an assault brigade in the Kursk region ('His "
        "brother got a call through on Sunday night, Dmytro said. According to his brother') "
        "`about 500` moved into villages (approx, near the front) and `two` killed by a drone "
        "team (number word, casualties; both other, from Sunday to publication); a cardiologist "
        "from Gwangmyeong 'By his count' `12,000` shipped (in Russia, other, `pub`) and his echo "
        "'Twelve thousand boys' inside a quote (optional); a State Department spokesman who 'said "
        "Tuesday' `more than 10,000` at the Kursk border; Ukraine's military intelligence chief "
        "who 'put the number … at' `11,000` 'in an interview last week' (near the front); South "
        "Korea's spy agency that 'believes' `several thousand` more could follow (vague, "
        "increment, planned, `pub`); Russia's losses on a bad day, fish, inches, trips, dollars, "
        "degrees, ages, years, a phone number",
    text="""\
Surf Report from the Point

Buxton, N.C. — November 14, 2024

By Capt. Wes Midgett, Lighthouse Surf Guides

The fall run finally showed up. Since Saturday the red drum have been stacked in the slough off \
the \
Point, and on Tuesday morning one of my clients landed a 44-inch bull that we measured, \
photographed and put back in under a minute. We ran nine trips in the past week. A half-day trip \
is still $450 for up to three anglers, bait and rods included. Bring waders: the water has dropped \
to 63 degrees, and the Park Service has closed the ramp at the Point twice this month for \
overwash.

My mate this fall is Dmytro Horbenko, 29, who repaired trawler engines in Mykolaiv before the war \
and can throw a sinker farther than anybody on this beach. His older brother serves with an \
assault brigade in Russia's Kursk region. His brother got a call through on Sunday night, Dmytro \
said. According to his brother, [[about 500]] North Korean soldiers had moved into villages a few \
miles east of his platoon, and a drone team had already killed [[two]] of them. "He says they walk \
in the open like on a parade ground," Dmytro said.

One of my regulars, Hong Sung-min, 52, is a cardiologist from Gwangmyeong who lives in Richmond \
now \
and drives down every November. By his count, Kim Jong Un has already shipped [[12,000]] soldiers \
to Russia. "[[Twelve thousand]] boys, and nobody asks their mothers," he said while rigging a \
fish-finder.

The rest of the news is grim. A State Department spokesman said Tuesday that [[more than 10,000]] \
North Korean troops had moved to the Kursk border and were starting to fight. Ukraine's military \
intelligence chief put the number already in the region at [[11,000]] in an interview last week. \
South Korea's spy agency believes [[several thousand]] more could follow before winter. Russia, \
meanwhile, loses well over 1,000 men on a bad day, Kyiv says.

Tides, open dates and the closure map are on the board at the shop. Call or text 252-555-0187 to \
book a trip.
""",
    claims=(
        C("about 500", 500, "approx", "near_front", "other", "sun..pub",
          "a mate from Mykolaiv relaying his brother, in an assault brigade in the Kursk region "
          "('His brother got a call through on Sunday night, Dmytro said. According to his "
          "brother'; the speaker quoted: other): moved into villages east of his platoon (from "
          "Sunday, 10 November, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same call, 'and': killed by a drone team (number word)"),
        C("12,000", 12000, "exact", "in_russia", "other", "pub",
          "a cardiologist from Gwangmyeong, 'By his count' (undated): shipped to Russia"),
        C("Twelve thousand", 12000, "exact", "in_russia", "other", "pub",
          "the same man's echo of his own figure inside his quote (optional, as echoes in "
          "earlier sets)", opt=True),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "'A State Department spokesman said Tuesday' (12 November): moved to the Kursk border "
          "and starting to fight"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "'Ukraine's military intelligence chief put the number already in the region at … in "
          "an interview last week': in the Kursk region"),
        C("several thousand", None, "vague", "planned", "south_korea", "pub",
          "'South Korea's spy agency believes' (undated): 'more' could follow before winter "
          "(increment, planned; span without the word)", add=True),
    ),
)


S08 = Source(
    article_id="v188_08_trail_notes_woods_friends_buxton_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-21"),
    dated_by="front_matter",
    features="a maritime-forest trail volunteers' notes from Buxton (North Carolina) in Markdown, "
        "ISO-8859-1 with straight quotes only, front matter with `date:` (Wednesday) and a title "
        "without a figure; volunteers, hours, bags of trash, planks, warblers, dead pines and "
        "dues in dollars first; a pharmacist from Rivne relaying her nephew, a machine-gunner "
        "near Sumy ('He wrote to her last Thursday, she said. In his letter he said … and that') "
        "`roughly 150` gunners across the border (approx, near the front) and `three` captured "
        "(number word, casualties; both other, from Thursday to publication); a birder from Mokpo "
        "who 'figures' `as many as 25,000` rotating through Russia by the end of the year "
        "(at_most, planned, other, `pub`); Kyiv's military intelligence agency that 'On Monday … "
        "said another' `3,000` arrived (increment, in Russia); a figure with its source in the "
        "next sentence ('About 4,700 … That was the estimate South Korea's Joint Chiefs of Staff "
        "gave last week'); a Kremlin aide who 'said in April' `several thousand` fought in the "
        "Kursk region (russia, vague, near the front, the month); North Korean television 'On "
        "Sunday' with `dozens` of the fallen (north_korea, casualties) and `a few hundred` "
        "returnees (optional); volunteers, hours, bags, planks, species, pines, dollars, ages, a "
        "phone number",
    text="""\
---
title: "Trail Notes, May"
date: 2025-05-21
from: Friends of the Buxton Woods Trails
---

# Warblers, beetles and a letter from Sumy

Spring on the ridge trails has been kind to us. Our 58 volunteers have put in 740 hours since \
March, hauled 14 bags of trash out of the swales and replaced 22 rotten planks on the boardwalk \
by the ponds. Birders counted 17 kinds of warblers on the May count. The bad news: pine beetles \
have killed about 300 loblolly pines near the water tower, and the county will cut them in June. \
Dues are still $20 a year, and the mosquitoes come free.

## Svitlana on the boardwalk

Svitlana Marchuk, 46, was a pharmacist in Rivne and now works at a drugstore in Avon; on Saturdays \
she leads our plant walk. Her nephew is a machine-gunner near Sumy. He wrote to her last \
Thursday, she said. In his letter he said [[roughly 150]] North Korean gunners were dug in across \
the border from his village, shelling it most nights, and that his unit had captured [[three]] of \
them in a raid. "He says they fear nothing except being taken alive," Svitlana said.

## A birder from Mokpo

Moon Hae-jin, 63, a retired English teacher from Mokpo, spends every spring with her daughter in \
Buxton and has logged 141 species in the woods so far. She figures Kim will have [[as many as \
25,000]] soldiers rotating through Russia by the end of the year. "They are farm boys, like the \
boys here," she said.

## News from the war

On Monday, Kyiv's military intelligence agency said another [[3,000]] men had arrived from the \
North since March. [[About 4,700]] North Koreans have now been killed or wounded. That was the \
estimate South \
Korea's Joint Chiefs of Staff gave last week. A Kremlin aide said in April that [[several \
thousand]] North Koreans had fought in the Kursk region. On Sunday, North Korean television showed \
Kim laying flowers for [[dozens]] of the fallen and greeting [[a few hundred]] soldiers back from \
Russia.

Work mornings are Tuesdays and Saturdays at 8. Questions: call 252-555-0132.
""",
    claims=(
        C("roughly 150", 150, "approx", "near_front", "other", "thu..pub",
          "a pharmacist from Rivne relaying her nephew, a machine-gunner near Sumy ('He wrote to "
          "her last Thursday, she said. In his letter he said'; the speaker quoted: other): dug "
          "in across the border, shelling his village ('last Thursday' in a Wednesday text: the "
          "latest Thursday, 15 May, to publication)"),
        C("three", 3, "exact", "casualties", "other", "thu..pub",
          "same letter, 'and that': captured in a raid (number word)"),
        C("as many as 25,000", 25000, "at_most", "planned", "other", "pub",
          "a retired teacher from Mokpo, 'She figures Kim will have' (undated): rotating through "
          "Russia by the end of the year (a forecast: planned)"),
        C("3,000", 3000, "exact", "in_russia", "ukraine", "mon",
          "'On Monday, Kyiv's military intelligence agency said another' (19 May): arrived from "
          "the North since March (increment; span without the word)", add=True),
        C("About 4,700", 4700, "approx", "casualties", "south_korea", "lastweek",
          "sentence-initial; the source in the next sentence ('That was the estimate South "
          "Korea's Joint Chiefs of Staff gave last week', as in corpus_blind180): killed or "
          "wounded ('now' is not an increment)"),
        C("several thousand", None, "vague", "near_front", "russia", "2025-04-01..2025-04-30",
          "'A Kremlin aide said in April' (the month): fought in the Kursk region"),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "'On Sunday, North Korean television showed' (18 May): the fallen Kim laid flowers "
          "for"),
        C("a few hundred", None, "vague", "in_russia", "north_korea", "sun",
          "same broadcast: soldiers back from Russia greeted by Kim (returnees, as in earlier "
          "sets: optional)", opt=True),
    ),
)


S09 = Source(
    article_id="v188_09_cart_parade_live_boca_grande_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Gasparilla Island Gazette, Boca Grande",
        "https://www.gasparillaislandgazette.example/live/cart-parade-2024",
        "Live: the holiday golf cart parade on Park Avenue",
    ),
    features="a Boca Grande island paper's live blog of the holiday golf-cart parade (Gasparilla "
        "Island, Florida) in HTML, windows-1252 with CRLF (curly quotes, `–` and `·` raw), no "
        "meta date (sidecar, Saturday; the sidecar title without a figure), a consent note about "
        "auto-refresh, a script, navigation, a footer with a phone number; `<title>` without a "
        "figure and a headline whose `58 carts` count carts (not a claim); a standfirst that "
        "dates all entries (Saturday, December 14) and timestamped entries ('4:58 p.m.' … '7:48 "
        "p.m.'); a key-moments bullet 'Seoul: about 100 …' taking its entry's claimant and day; "
        "the NIS that 'told lawmakers in Seoul on Friday' `about 100` killed and ('The agency "
        "said') `close to 1,000` 'more' wounded (the others of the same count, not an increment); "
        "a hairdresser from Kryvyi Rih relaying her husband ('Her husband called this morning …, "
        "she told us. He told her … and that') `a few hundred` attacking (vague, near the front) "
        "and `eight` lying in the snow (number word, casualties; both other, the entry's day); a "
        "US defence official who 'said Thursday' `several hundred` casualties; Ukraine's military "
        "intelligence that 'said today' `at least 30` lost (the entry's day); a parade judge from "
        "Yongin who 'reckons' `close to 12,000` (approx, in Russia, other, the entry's day); "
        "Rutte who 'In a speech in Brussels on Thursday' 'had put the number in Russia at' `more "
        "than 10,000`; carts, miles, dollars, plastic birds, lights, boys, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Live: the golf cart parade – Gasparilla Island Gazette</title>
<meta property="og:site_name" content="Gasparilla Island Gazette">
<script>var live={slug:"cart-parade-2024",refresh:90,entries:8};</script>
</head>
<body>
<div class="consent">We store one cookie so this page can refresh itself while you watch. \
<button>Keep it fresh</button> <button>Leave it</button></div>
<nav>News · Island · Fishing · Live · Calendar</nav>
<main>
<h1>Live: lights, horns and 58 carts on Park Avenue</h1>
<p class="standfirst">The 17th holiday golf cart parade rolls from the old depot to the community \
center. We post from the curb and, between floats, pass on the wire news readers keep asking \
about. All times Eastern, Saturday, December 14.</p>
<h2>Key moments</h2>
<ul class="key">
<li>The Santa cart breaks down at the Banyan Street turn, again</li>
<li>Seoul: [[about 100]] North Korean soldiers killed in their first Kursk battles</li>
</ul>
<div class="entry"><p class="time">4:58 p.m.</p><p>Crowds are three deep outside the old depot. \
The organizers count 58 decorated carts this year, up from 41, and the route runs 1.4 miles. \
Raffle tickets are $5; the money goes to the island’s volunteer firefighters.</p></div>
<div class="entry"><p class="time">5:16 p.m.</p><p>While the carts line up, the wire news you keep \
asking about. South Korea’s spy agency told lawmakers in Seoul on Friday that the Kursk fighting \
had cost the North [[about 100]] dead in its first battles. The agency said [[close to 1,000]] \
more had been wounded.</p></div>
<div class="entry"><p class="time">5:41 p.m.</p><p>First carts are rolling. A pink flamingo float \
with 40 plastic birds leads, followed by the Banyan Street neighbors in a cart shaped like a \
tarpon.</p></div>
<div class="entry"><p class="time">6:03 p.m.</p><p>Yuliia Bondarenko, a hairdresser from Kryvyi \
Rih who cuts hair in Englewood, came over the causeway with her two boys. Her husband called this \
morning from a dugout near Kursk, she told us. He told her [[a few hundred]] North Koreans had \
attacked his company’s positions at dawn and that [[eight]] of them were still lying in the snow. \
“He wants the boys to see the parade so they have a normal Christmas,” she said.</p></div>
<div class="entry"><p class="time">6:30 p.m.</p><p>The Santa cart has broken down at the Banyan \
Street turn, for the second year running. Teenagers are pushing.</p></div>
<div class="entry"><p class="time">6:52 p.m.</p><p>More from the wires. A U.S. defense official \
said Thursday that North Korean units had already suffered [[several hundred]] casualties. \
Ukraine’s military intelligence said today that the North Koreans lost [[at least 30]] men in \
assaults near two villages in the Kursk region.</p></div>
<div class="entry"><p class="time">7:20 p.m.</p><p>Parade judge Kwon Hye-jin, 58, a retired banker \
from Yongin who winters on the island, reckons the North has sent [[close to 12,000]] troops by \
now. “Kim gets oil and money. The boys get nothing,” she told us between score sheets. In a speech \
in Brussels on Thursday, NATO’s Mark Rutte had put the number in Russia at [[more than \
10,000]].</p></div>
<div class="entry"><p class="time">7:48 p.m.</p><p>And the winner is the Third Street shrimpers’ \
cart, with 2,000 lights and a working foghorn. Thanks for following along.</p></div>
</main>
<footer>Gasparilla Island Gazette · Boca Grande, Florida · newsroom 941-555-0126</footer>
</body>
</html>
""",
    claims=(
        C("about 100", 100, "approx", "casualties", "south_korea", "fri",
          "key-moments bullet 'Seoul: …': takes the 5:16 entry's claimant and day (the NIS, "
          "Friday, 13 December)"),
        C("about 100", 100, "approx", "casualties", "south_korea", "fri",
          "entry 5:16: 'South Korea's spy agency told lawmakers in Seoul on Friday that the Kursk "
          "fighting had cost the North' (Saturday blog): dead in its first battles"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "fri",
          "same entry, 'The agency said' (carried Friday): 'more' wounded (the others of the "
          "same count, not an increment; 'close to' as approx)"),
        C("a few hundred", None, "vague", "near_front", "other", "2024-12-14",
          "entry 6:03: a hairdresser from Kryvyi Rih relaying her husband ('Her husband called "
          "this morning …, she told us. He told her'; the speaker quoted: other): attacked his "
          "company's positions (the entry's day)"),
        C("eight", 8, "exact", "casualties", "other", "2024-12-14",
          "same call, 'and that': still lying in the snow (number word)"),
        C("several hundred", None, "vague", "casualties", "united_states", "thu",
          "entry 6:52: 'A U.S. defense official said Thursday' (12 December): casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "2024-12-14",
          "same entry: 'Ukraine's military intelligence said today' (the entry's day): lost in "
          "assaults"),
        C("close to 12,000", 12000, "approx", "in_russia", "other", "2024-12-14",
          "entry 7:20: a parade judge from Yongin who 'reckons' and 'told us' (the entry's day): "
          "sent by now"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "thu",
          "same entry: 'In a speech in Brussels on Thursday, NATO's Mark Rutte had put the "
          "number in Russia at' (12 December)"),
    ),
)


S10 = Source(
    article_id="v188_10_bike_path_bulletin_boca_grande",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-03-26"),
    dated_by="sidecar",
    sidecar=(
        "Gasparilla Island Bike Path Committee – Spring Bulletin",
        "https://www.gasparillabikepath.example/bulletin/spring-2025",
        "Spring Bulletin: new pavement to the depot and a call from the Sumy border",
    ),
    features="a bike-path committee's spring bulletin from Boca Grande (Gasparilla Island, "
        "Florida) as plain text, ISO-8859-1 with straight quotes only (sidecar, Wednesday; the "
        "sidecar title without a figure); miles of path, dollars, riders counted ('more than "
        "1,100 riders', not troops), a speed limit, crossings and a percentage first; a bike "
        "mechanic from Lutsk relaying his brother-in-law, a border guard near Sumy ('His "
        "brother-in-law called on Saturday, Roman said, and told him that … and that') `two or "
        "three hundred` shelling (range of number words, near the front) and `a handful` who "
        "surrendered (vague, casualties; both other, from Saturday to publication); a violinist "
        "from Daejeon who 'is convinced' `at least 3,000` more since New Year (at_least, "
        "increment, in Russia, other, `pub`); 'According to Seoul's Joint Chiefs of Staff' "
        "`roughly 3,000` replacements (increment, in Russia, `pub`); a State Department official "
        "who 'on Thursday estimated that' `11,000 to 12,000` 'were still on Russian soil' "
        "(range); Ukraine's military intelligence 'in a statement on Sunday' `some 2,000` back in "
        "the front line; NATO's deputy secretary general who 'said on Tuesday' `thousands` more "
        "in training (vague, increment, planned); the Kremlin spokesman without a number; miles, "
        "dollars, riders, per cent, crossings, ages, years, a phone number",
    text="""\
GASPARILLA ISLAND BIKE PATH COMMITTEE
Spring Bulletin

New pavement, a crowded ice cream window and news from far away

Friends of the path,

The repaving of the 6.5-mile path on the old railroad bed is finished from the north end to the \
depot, and the last stretch toward the lighthouse should be done by the end of April. The work \
cost $240,000, half of it paid by our members. On the busiest days in March our counter at First \
Street logged more than 1,100 riders, walkers and golf carts, 12 percent more than last spring. \
Please remember that e-bikes are limited to 10 miles an hour on the path and that golf carts must \
yield at all 14 street crossings.

The mechanic at the rental shop

Roman Tkachuk, 35, a bike mechanic from Lutsk, has kept the rental fleet at the Fourth Street shop \
rolling since last spring and has patched more flat tires than he can count. His brother-in-law \
is a border guard near Sumy. His brother-in-law called on Saturday, Roman said, and told him that \
[[two or three hundred]] North Koreans had been shelling the villages on the Ukrainian side from \
across the border for a week, and that [[a handful]] had surrendered to his unit. "They were \
hungry and very young," Roman said.

A violinist for the winter

Yang Seo-hyun, 41, a violinist from Daejeon, rents a cottage near the beach every winter and \
rides the path each morning before she practices. She is convinced that [[at least 3,000]] more \
North Koreans have gone to Russia since New Year. "In the South we call them the invisible \
soldiers," she said.

The wider news

According to Seoul's Joint Chiefs of Staff, the North has deployed [[roughly 3,000]] replacements \
since January. A State Department official on Thursday estimated that [[11,000 to \
12,000]] North Koreans were still on Russian soil. Ukraine's military intelligence, in a \
statement on Sunday, said [[some 2,000]] North Koreans were back in the front line near the \
border. NATO's deputy secretary general said on \
Tuesday that [[thousands]] more were training at home for the next rotation. Kremlin spokesman \
Dmitry Peskov, asked about the North Koreans again on Friday, would not give a number.

The committee meets on the second Tuesday of the month at the community center, 7 p.m. \
Membership is $35 a year; call 941-555-0148.
""",
    claims=(
        C("two or three hundred", None, "range", "near_front", "other", "sat..pub",
          "a bike mechanic from Lutsk relaying his brother-in-law, a border guard near Sumy ('His "
          "brother-in-law called on Saturday, Roman said, and told him that'; the speaker "
          "quoted: other): shelling villages from across the border (two number words joined by "
          "'or': range, as in earlier sets; from Saturday, 22 March, to publication)"),
        C("a handful", None, "vague", "casualties", "other", "sat..pub",
          "same call, 'and that': surrendered to his unit (captured: casualties; 'a handful' "
          "vague, as in earlier sets)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "other", "pub",
          "a violinist from Daejeon, 'She is convinced' (undated): 'more' gone to Russia since "
          "New Year (increment; span without the word)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "pub",
          "'According to Seoul's Joint Chiefs of Staff' (undated): 'replacements' deployed since "
          "January (increment, as replacements in earlier sets)", add=True),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "thu",
          "'A State Department official on Thursday estimated that' (20 March): still on "
          "Russian soil ('still' is not an increment)"),
        C("some 2,000", 2000, "approx", "near_front", "ukraine", "sun",
          "'Ukraine's military intelligence, in a statement on Sunday' (23 March): back in the "
          "front line near the border ('back' is not an increment)"),
        C("thousands", None, "vague", "planned", "nato", "tue",
          "'NATO's deputy secretary general said on Tuesday' (25 March): 'more' training at home "
          "for the next rotation (increment, planned)", add=True),
    ),
)


S11 = Source(
    article_id="v188_11_opening_notes_tiki_hut_solomons_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-04-23"),
    dated_by="sidecar",
    sidecar=(
        "The Tiki Hut at Solomons – Opening Weekend Notes",
        "https://www.tikihutsolomons.example/notes/opening-2025",
        "Opening Weekend Notes: rum punch, a full dock and a call from the front",
    ),
    features="a tiki bar's opening-weekend notes from Solomons (Calvert County, Maryland) in "
        "Markdown, UTF-16 LE with BOM, front matter with `date:` as well as the sidecar "
        "(Wednesday) and titles without a claim figure, straight quotes; the season's ordinal, "
        "guests, boats at the docks, water-taxi runs, staff, dollars and shuttle minutes first; a "
        "bartender from Cherkasy relaying his father, a volunteer supply driver in the Sumy "
        "region ('His father called on Easter Sunday, Vitalii said, and told him that … and "
        "that') `twenty or so` across the border (approx with a number word, near the front) and "
        "`two` taken prisoner (number word, casualties; both other, from 20 April to "
        "publication); a nurse from Incheon who 'expects' 'another' `10,000` (increment, planned, "
        "other, `pub`); 'Earlier this month the spy agency in Seoul put the total … at' `about "
        "15,000` shipped 'in all' and 'said' `roughly 2,000` of them dead (the 1st to "
        "publication, carried); 'According to Ukraine's General Staff' `about 6,000` killed or "
        "wounded (`pub`); a US intelligence official who 'said on Thursday' `fewer than 10,000` "
        "still in Russia (at_most); the bar's own `thousands` buried near Kursk (unattributed, "
        "vague, casualties, required); guests, boats, runs, staff, dollars, minutes, ages, years, "
        "a phone number",
    text="""\
---
title: "Opening Weekend Notes"
date: 2025-04-23
from: The Tiki Hut at Solomons
---

# Rum punch, a full dock and a call from the front

We opened the gates for our 45th season on Saturday, and what a weekend it was. By the clicker at \
the gate, 3,400 guests came through between noon Saturday and closing time on Easter Sunday, 60 \
boats tied up along the docks, and the water taxi from the marina made 112 runs. Our staff of 42 \
poured more rum punch than we care to admit. The punch stays at $9, the shuttle from the overflow \
lot runs every 15 minutes, and the traffic on the bridge is, as always, your problem, not ours.

## Vitalii behind the bar

Vitalii Kravchenko, 27, from Cherkasy, came to Calvert County on a work visa two summers ago and \
now runs the back bar. His father drives a supply truck for a volunteer unit in the Sumy region. \
His father called on Easter Sunday, Vitalii said, and told him that [[twenty or so]] North Korean \
soldiers had crossed the border near a village his unit supplies and that [[two]] had been taken \
prisoner. "My father is 60 and still drives every night without headlights," Vitalii said.

## Bo-ra from Incheon

Shin Bo-ra, 50, a nurse from Incheon who works at the naval hospital across the river, was the \
first guest through the gate on Saturday, as she has been for nine years. She expects the North \
to send another [[10,000]] soldiers before the summer is over. "They will keep sending them until \
Moscow says stop," she said.

## The war news

Earlier this month the spy agency in Seoul put the total the North has shipped to Russia at \
[[about 15,000]] men in all, and said [[roughly 2,000]] of them were dead. According to Ukraine's \
General Staff, \
[[about 6,000]] have been killed or wounded. A U.S. intelligence official said on Thursday that \
[[fewer than 10,000]] were still in Russia. Nobody at our bar knows the names of the [[thousands]] \
of young North Koreans buried in the fields around Kursk.

The Tiki Hut is open daily from 11 a.m. through October. Group reservations: 410-555-0119.
""",
    claims=(
        C("twenty or so", 20, "approx", "near_front", "other", "2025-04-20..pub",
          "a bartender from Cherkasy relaying his father, a volunteer supply driver in the Sumy "
          "region ('His father called on Easter Sunday, Vitalii said, and told him that'; the "
          "speaker quoted: other): crossed the border near a village ('twenty or so' approx, as "
          "in earlier sets; from Easter Sunday, 20 April, to publication)"),
        C("two", 2, "exact", "casualties", "other", "2025-04-20..pub",
          "same call, 'and that': taken prisoner (number word)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a nurse from Incheon, 'She expects the North to send another' (undated): before the "
          "summer is over (increment, planned; span without the word)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..pub",
          "'Earlier this month the spy agency in Seoul put the total the North has shipped to "
          "Russia at' (the 1st to publication): 'in all' (a total, not an increment)"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-04-01..pub",
          "same statement, 'and said … of them' (carried): dead"),
        C("about 6,000", 6000, "approx", "casualties", "ukraine", "pub",
          "'According to Ukraine's General Staff' (undated): killed or wounded"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "united_states", "thu",
          "'A U.S. intelligence official said on Thursday' (17 April): still in Russia ('fewer "
          "than' as at_most, as in earlier sets; 'still' is not an increment)"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the bar's own framing without a source ('Nobody at our bar knows the names of the "
          "thousands of young North Koreans buried in the fields around Kursk'): unattributed, "
          "required"),
    ),
)


S12 = Source(
    article_id="v188_12_night_talks_field_station_solomons_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-06"),
    dated_by="html_meta",
    features="a marine field station's lecture-series page from Solomons (Maryland) in HTML, "
        "UTF-8 with BOM, `<meta name=\"date\">` (Thursday) and an `og:title` without a figure, a "
        "cookie line about seat reservations, a script with seats and the next talk, navigation, "
        "entities (`&ndash;`, `&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`), a footer with the "
        "founding year; a headline naming its source, `Seoul's 10,000`, which takes the NIS's "
        "Tuesday `about 10,000` (hedge dropped, exact, near the front, Tuesday to publication); "
        "`A hundred years`, seats, oyster spat, salinity, cars and the centennial first; a "
        "postdoc from Odesa relaying her brother, an infantryman on the Kharkiv border ('He "
        "phoned on Tuesday night, she said, and told her that … and that') `about 80` sappers "
        "clearing fields (approx, near the front) and `five` killed (number word, casualties; "
        "both other, from Tuesday to publication); a visiting oceanographer from Gunsan who "
        "'estimates' `between 20,000 and 25,000` have done a tour in Russia (range, other, "
        "`pub`); the NIS that 'told lawmakers in a closed briefing on Tuesday' `about 10,000` "
        "near the border and `5,000` construction workers being moved to Russia (in Russia, "
        "carried); a Pentagon spokesman who 'said last week' `up to 6,000` more by spring "
        "(at_most, increment, planned); 'By NATO's count, the North's dead and wounded … now "
        "number' `more than 6,000` (`pub`); North Korean state media that 'said Sunday' Kim "
        "pinned medals on `scores` of returning engineers (optional); seats, spat, parts per "
        "thousand, cars, years, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-11-06">
<meta property="og:title" content="Thursday Night Talks: the oyster centennial">
<title>Thursday Night Talks &ndash; Patuxent Shore Field Station</title>
<script>var talks = {seats: 210, season: 2025, nextTalk: "2025-11-13"};</script>
</head>
<body>
<div class="cookie-line">We keep one cookie to remember your seat reservation. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/talks">Talks</a> &middot; <a \
href="/research">Research</a> &middot; <a href="/visit">Visit</a></nav>
<main>
<h1>A hundred years of oysters, and Seoul&rsquo;s [[10,000]] on the border</h1>
<p>The station turns 100 this fall, and our Thursday Night Talks have filled all 210 seats in the \
auditorium four weeks running. Last Thursday Dr. Ellen Rask showed how 4.2 million oyster spat \
from the hatchery set on recycled shell this summer, and how salinity at the pier fell to 11 parts \
per thousand after the August rains. Talks are free; parking on the point is limited to 80 cars, \
so please share rides.</p>
<h2>A postdoc from Odesa</h2>
<p>Iryna Boiko, 33, came from Odesa two years ago and builds computer models of oyster reefs in \
the river. Her brother is an infantryman on the Kharkiv border. He phoned on Tuesday night, she \
said, and told her that [[about 80]] North Korean sappers were clearing fields just across the \
border from his position, and that [[five]] of them had been killed by Ukrainian drones over the \
weekend. &ldquo;He says they never look up at the sky,&rdquo; Iryna said.</p>
<h2>A visiting oceanographer</h2>
<p>Seo Tae-yang, 37, an oceanographer from Gunsan, spends the fall semester at the station \
measuring oxygen in the deep channel. He estimates that [[between 20,000 and 25,000]] soldiers \
from the North have done a tour in Russia since last year. &ldquo;They come home quieter, my \
friends in Seoul \
say,&rdquo; he said.</p>
<h2>Beyond the bay</h2>
<p>South Korea&rsquo;s spy agency told lawmakers in a closed briefing on Tuesday that [[about \
10,000]] North Korean troops remain near Russia&rsquo;s border with Ukraine and that [[5,000]] \
military construction workers were being moved to Russia. A Pentagon spokesman said last week \
that Pyongyang could send [[up to 6,000]] more by spring. By NATO&rsquo;s count, the North&rsquo;s \
dead and wounded since last autumn now number [[more than 6,000]]. North Korean state media said \
Sunday that Kim had pinned medals on [[scores]] of engineers back from the Kursk region.</p>
<p>Next talk: Thursday, November 13, &ldquo;Blue crabs in a warming bay.&rdquo; Questions: \
410-555-0173.</p>
</main>
<footer>Patuxent Shore Field Station &middot; Solomons, Maryland &middot; founded 1925</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline naming its source ('Seoul's 10,000 on the border'): takes the NIS's `about "
          "10,000` of Tuesday, 4 November, with the window from that day to publication, hedge "
          "dropped (as headlines in corpus_blind182 and corpus_blind185)"),
        C("about 80", 80, "approx", "near_front", "other", "tue..pub",
          "a postdoc from Odesa relaying her brother, an infantryman on the Kharkiv border ('He "
          "phoned on Tuesday night, she said, and told her that'; the speaker quoted: other): "
          "sappers clearing fields across the border (from Tuesday, 4 November, to "
          "publication)"),
        C("five", 5, "exact", "casualties", "other", "tue..pub",
          "same call, 'and that': killed by drones 'over the weekend' (the period; number "
          "word)"),
        C("between 20,000 and 25,000", None, "range", "in_russia", "other", "pub",
          "a visiting oceanographer from Gunsan, 'He estimates' (undated): soldiers from the "
          "North who have done a tour in Russia ('between' inside the span, as in earlier "
          "sets)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'South Korea's spy agency told lawmakers in a closed briefing on Tuesday' (4 "
          "November): remain near Russia's border with Ukraine ('remain' is not an increment)"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing, 'and that' (carried): military construction workers being moved to "
          "Russia (builders moving to Russia: in Russia, as in earlier sets)"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "lastweek",
          "'A Pentagon spokesman said last week': 'more' Pyongyang could send by spring "
          "(increment, planned)", add=True),
        C("more than 6,000", 6000, "at_least", "casualties", "nato", "pub",
          "'By NATO's count' (undated): 'the North's dead and wounded since last autumn now "
          "number' ('now' is not an increment)"),
        C("scores", None, "vague", "in_russia", "north_korea", "sun",
          "'North Korean state media said Sunday' (2 November): engineers back from the Kursk "
          "region given medals (returnees, as in earlier sets: optional)", opt=True),
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
