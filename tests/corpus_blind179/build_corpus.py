"""Build the HUNDRED-AND-SEVENTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-first corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an
escape room's customer letter from St. Kanzian at the Klopeiner See in the Jauntal (Austrian
conventions) with a game master from Ternopil and a former music teacher from Daegu, a bungee
operator's jump letter from the Jauntal railway bridge with a harness checker from Mykolaiv and a
chip engineer from Gumi, the night-shift notes of the piste-basher crew of Sörenberg (Swiss
conventions) with a driver from Ivano-Frankivsk and a snowboard teacher from Gangneung, a water-ski
cable park's post from the Diemelsee with a coach from Cherkasy and a student from Busan, a bike
park's trail post from Willingen in the Upland with a trail builder from Zhytomyr and a radiologist
from Daejeon, and a building-drying firm's customer letter from Dernau in the Ahrtal with a
moisture surveyor from Kryvyi Rih and a viticulture student from Cheongju; an agency-style wire
report from a lionfish derby on Little Cayman with a divemaster from Mariupol and a marine
biologist born on Jeju, a Little Cayman cistern-cleaning service's customer notes with a retired
teacher from Chernivtsi and a dive instructor born in Incheon, a readers' letters page from a
Sullivan's Island weekly with a letter quoting a son-in-law in the Kursk region and one quoting a
cousin in Seoul, an oyster-shell recycling volunteers' page from Sullivan's Island with a former
history teacher from Uman and a retired professor born in Mokpo, a partridgeberry jam kitchen's
customer letter from Change Islands with a former veterinary nurse from Bila Tserkva and a
geologist born in Andong, and the Change Islands Christmas committee's mummers' page with a nurse
from Rivne and a family doctor born in Suncheon. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind179_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Jauntal, Sörenberg, the Upland around the Diemelsee, the Ahrtal)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v179_01_raetselpost_escape_room_st_kanzian",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features="an escape room's customer letter from St. Kanzian at the Klopeiner See in the "
        "Jauntal (Carinthia) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), "
        "dated by the letter line 'St. Kanzian, 16. Jänner 2025' (Thursday); Austrian "
        "conventions (`heuer`, `Jänner`, `Feber`, `Burschen`); groups, an opening year, a record "
        "time in minutes and seconds, a new room's players, prices in euros first; the game "
        "master from Ternopil relaying her husband, a scout in the Kursk region ('Am Dienstag "
        "habe er sich nach elf Tagen Funkstille gemeldet, erzählt Oksana', Konjunktiv carried) "
        "sentence-initial `Etwa achtzig` trying to reach the edge of a wood (approx with a number "
        "word, near the front) and sentence-initial `Mindestens zwanzig` left lying in the fire "
        "(at_least with a number word, casualties; both other, from Tuesday to publication; 'in "
        "der Nacht davor' is the period); a former music teacher from Daegu who 'glaubt' Kim "
        "'werde heuer noch einmal' `10.000 bis 15.000` send on their way (range, increment, "
        "planned, other, `pub`); Zelensky who 'sprach am Sonntag von' `knapp 3.800` dead and "
        "wounded; 'Laut dem südkoreanischen Nachrichtendienst, der am Montag die Abgeordneten … "
        "unterrichtete' `etwa 300` dead and `2.700` wounded; 'Nach Einschätzung der "
        "US-Regierung' `gut 10.000` 'weiterhin' in the Kursk region (at_least, near the front, "
        "`pub`); Russia's losses a day, groups, minutes, seconds, euros, times, ages, years, a "
        "phone number",
    text="""\
Escape-Room Seeschlüssel, St. Kanzian – Rätselpost Jänner 2025

St. Kanzian, 16. Jänner 2025

Liebe Rätselfreundinnen und Rätselfreunde,

das Jahr 2024 hat uns 1.870 Gruppen gebracht, so viele wie noch nie seit der Eröffnung 2019. Den \
Rekord im „Tresor des Seewirts“ hält seit August ein Team aus Eberndorf mit 38 Minuten und elf \
Sekunden; im Schnitt braucht man 54. Heuer kommt im Feber ein vierter Raum dazu, „Die \
Schmugglerhütte“, für zwei bis sechs Personen. Der Eintritt bleibt bei 29 Euro pro Kopf, \
Schulklassen zahlen 19 Euro. Wer im Sommer an einem Regentag kommen will, bucht bitte vorher.

Oksana und der Anruf vom Dienstag

Oksana Hryzenko, 38, kam im Frühjahr 2022 aus Ternopil an den See und ist seit dem Vorjahr unsere \
Spielleiterin; sie sitzt hinter den Monitoren und schickt Hinweise, wenn eine Gruppe festhängt. \
Ihr Mann ist Aufklärer in einer Brigade, die im Gebiet Kursk kämpft. Am Dienstag habe er sich \
nach elf Tagen Funkstille gemeldet, erzählt Oksana. [[Etwa achtzig]] Nordkoreaner hätten in der \
Nacht davor versucht, über eine verschneite Wiese bis an den Waldrand vor seinem Abschnitt zu \
kommen. [[Mindestens zwanzig]] von ihnen seien im Feuer liegen geblieben. „Er sagt, sie tragen \
keine Helme, nur Pelzmützen“, erzählt sie und dreht dabei die Sanduhr für die nächste Gruppe um.

Ein Großvater aus Daegu

Park Dong-hyun, 66, war Musiklehrer in Daegu und lebt seit seiner Heirat mit einer \
Sittersdorferin im Tal. Mit seinen drei Enkeln hat er im Dezember alle Räume geschafft, den \
letzten mit zwei Minuten Reserve. Er glaubt, Kim werde heuer noch einmal [[10.000 bis 15.000]] \
junge Soldaten nach Russland in Marsch setzen. „Für Pjöngjang sind diese Burschen eine Ware wie \
Granaten“, sagt er.

Aus den Nachrichten

Präsident Selenskyj sprach am Sonntag von [[knapp 3.800]] getöteten und verwundeten \
Nordkoreanern. Laut dem südkoreanischen Nachrichtendienst, der am Montag die Abgeordneten in \
Seoul unterrichtete, haben die Truppen aus dem Norden bisher [[etwa 300]] Tote und [[2.700]] \
Verwundete zu beklagen. Nach Einschätzung der US-Regierung stehen weiterhin [[gut 10.000]] \
Nordkoreaner im Gebiet Kursk. Russland selbst verliert nach Kiewer Zählung derzeit mehr als \
1.600 Mann am Tag.

Geöffnet im Feber: Mittwoch bis Sonntag von 10 bis 21 Uhr. Buchungen unter 04239 2218.

Herzliche Grüße vom See
Ihr Team vom Seeschlüssel
""",
    claims=(
        C("Etwa achtzig", 80, "approx", "near_front", "other", "tue..pub",
          "the game master from Ternopil relaying her husband, a scout in the Kursk region ('Am "
          "Dienstag habe er sich nach elf Tagen Funkstille gemeldet, erzählt Oksana', Konjunktiv; "
          "the speaker quoted: other): tried to reach the edge of the wood before his sector "
          "(sentence-initial, number word 80; from Tuesday, 14 January, to publication)"),
        C("Mindestens zwanzig", 20, "at_least", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried, sentence-initial: left lying in the fire ('in der Nacht "
          "davor' is the period, not the claim date)"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "a former music teacher from Daegu, 'Er glaubt, Kim werde heuer noch einmal' "
          "(undated): young soldiers to be sent on their way to Russia this year (increment, "
          "planned; span without the words)", add=True),
        C("knapp 3.800", 3800, "approx", "casualties", "ukraine", "sun",
          "'Präsident Selenskyj sprach am Sonntag von' (12 January): killed and wounded ('knapp' "
          "as approx)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Laut dem südkoreanischen Nachrichtendienst, der am Montag die Abgeordneten in Seoul "
          "unterrichtete' (13 January): dead ('Tote')"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded ('Verwundete'; a second figure of one report, not an "
          "increment)"),
        C("gut 10.000", 10000, "at_least", "near_front", "united_states", "pub",
          "'Nach Einschätzung der US-Regierung' (undated, present): 'weiterhin' in the Kursk "
          "region ('gut' as at_least; 'weiterhin' is not an increment)"),
    ),
)


S02 = Source(
    article_id="v179_02_sprungbrief_bungee_jauntalbruecke_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-08-13"),
    dated_by="html_meta",
    features="a bungee operator's jump letter from the Jauntal railway bridge over the Drau "
        "(Carinthia) in HTML, UTF-8, `article:published_time` +02:00 (Wednesday) and an `og:title` "
        "whose `96 Meter` is the bridge's height (no row), a cookie banner about booking, a jump "
        "script with height, price and weight, navigation, entities (`&ndash;`, `&middot;`, "
        "`&bdquo;`, `&ldquo;`), a footer with a postcode and a phone number; `<title>` and "
        "headline without a claim figure; jumps, metres, prices in euros, a minimum age and "
        "weights, the bridge's year first; the operator's own `Tausende` young North Koreans "
        "fighting for Moscow in the Kursk region (unattributed, vague, near the front, required); "
        "a harness checker from Mykolaiv relaying his cousin, a drone pilot at the Sumy border "
        "('Vergangenen Freitag habe ihm der Cousin eine Sprachnachricht geschickt, erzählt "
        "Dmytro', Konjunktiv carried) sentence-initial `An die 200` entrenched in a former "
        "collective farm on the Russian side (approx, near the front) and sentence-initial `Zwei "
        "Dutzend` hit by his squadron (number words 24, exact, casualties; both other, from that "
        "Friday to publication); a chip engineer from Gumi who 'ist überzeugt' `mehr als 15.000` "
        "have served in Russia (at_least, in Russia, other, `pub`); NATO that 'sprach am Montag "
        "von' `bis zu 11.000` 'nach wie vor' stationed in Russia; North Korean state television "
        "('Am Sonntag strahlte Pjöngjangs Staatsfernsehen Bilder aus') showing Kim at the coffins "
        "of `Dutzenden` fallen (north_korea, vague, casualties); 'Kiew zufolge' `rund 2.000` "
        "'zusätzliche' brought over the border in July (increment, in Russia, `pub`); jumps, "
        "metres, euros, ages, kilos, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>Sprungbrief August &ndash; Bungee an der Jauntalbrücke</title>
<meta property="article:published_time" content="2025-08-13T08:00:00+02:00">
<meta property="og:title" content="96 Meter, ein Seil und ein Sommer ohne Kratzer">
<script>window.sprung = {hoeheMeter: 96, preisEuro: 149, minGewichtKg: 40};</script>
</head>
<body>
<div class="cookie-banner">Wir verwenden ein technisch notwendiges Cookie für die Buchung Ihres \
Sprungtermins. <button>Verstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/termine">Termine</a> &middot; <a \
href="/preise">Preise</a> &middot; <a href="/sprungbrief">Sprungbrief</a></nav>
<main>
<h1>Ein Sommer ohne Kratzer</h1>
<p>Liebe Springerinnen und Springer,</p>
<p>seit Saisonbeginn im Mai sind 1.350 Menschen von unserer Plattform an der Jauntalbrücke \
gesprungen, 96 Meter über der Drau, und niemand hat sich auch nur den Knöchel verstaucht. Der \
Sprung kostet weiterhin 149 Euro, mit Video 179 Euro. Springen darf, wer mindestens 14 Jahre alt \
ist und zwischen 40 und 120 Kilo wiegt. Die Brücke selbst, fertiggestellt 1964, gehört noch \
immer zu den höchsten Eisenbahnbrücken Europas; wenn oben ein Güterzug rollt, warten wir.</p>
<p>Nicht alle in unserem Team können diesen Sommer unbeschwert genießen. Während bei uns Gäste \
zum Vergnügen springen, kämpfen im Gebiet Kursk seit bald einem Jahr [[Tausende]] junge \
Nordkoreaner für Moskau.</p>
<h2>Dmytro an den Gurten</h2>
<p>Dmytro Sawtschenko, 27, aus Mykolajiw legt seit Juni den Gästen die Gurte an und prüft jeden \
Karabiner zweimal. Sein Cousin steuert Kampfdrohnen an der Grenze bei Sumy. Vergangenen Freitag \
habe ihm der Cousin eine Sprachnachricht geschickt, erzählt Dmytro. [[An die 200]] Nordkoreaner \
hätten sich auf der russischen Seite in einer ehemaligen Kolchose verschanzt. [[Zwei Dutzend]] \
von ihnen habe seine Staffel in den Tagen davor getroffen. &bdquo;Er redet darüber wie andere \
über ihre Schicht im Lager&ldquo;, sagt Dmytro.</p>
<h2>Ein Ingenieur aus Gumi</h2>
<p>Yoon Ji-ho, 31, Halbleiteringenieur aus Gumi, arbeitet seit zwei Jahren in einem Chipwerk in \
Kärnten und ist im Juli zum dritten Mal gesprungen. Er ist überzeugt, dass inzwischen [[mehr als \
15.000]] Männer aus dem Norden in Russland gedient haben. &bdquo;Im Süden weiß man, was das für \
die Mütter dort heißt&ldquo;, sagt er.</p>
<h2>Aus den Meldungen</h2>
<p>Die Nato sprach am Montag von [[bis zu 11.000]] Nordkoreanern, die nach wie vor in Russland \
stationiert seien. Am Sonntag strahlte Pjöngjangs Staatsfernsehen Bilder aus, auf denen Kim an den \
mit Fahnen bedeckten Särgen von [[Dutzenden]] Gefallenen steht. Kiew zufolge hat Pjöngjang im Juli \
[[rund 2.000]] zusätzliche Soldaten über die Grenze nach Russland gebracht.</p>
<p>Bis bald an der Brücke<br>Ihr Sprungteam</p>
</main>
<footer>Bungee Jauntalbrücke &middot; 9122 St. Kanzian &middot; Tel. 04239 5160 &middot; \
Sprungtage Mittwoch bis Sonntag</footer>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the operator's own framing without a source: young North Koreans fighting for "
          "Moscow in the Kursk region for almost a year (unattributed, required)"),
        C("An die 200", 200, "approx", "near_front", "other", "fri..pub",
          "a harness checker from Mykolaiv relaying his cousin, a drone pilot at the Sumy border "
          "('Vergangenen Freitag habe ihm der Cousin eine Sprachnachricht geschickt, erzählt "
          "Dmytro', Konjunktiv; the speaker quoted: other): entrenched in a former collective "
          "farm on the Russian side (sentence-initial, 'An die' as approx; from Friday, 8 "
          "August, to publication)"),
        C("Zwei Dutzend", 24, "exact", "casualties", "other", "fri..pub",
          "same voice message, Konjunktiv carried, sentence-initial number words 24: hit by his "
          "squadron ('in den Tagen davor' is the period)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a chip engineer from Gumi, 'Er ist überzeugt' (undated): men from the North who have "
          "served in Russia by now"),
        C("bis zu 11.000", 11000, "at_most", "in_russia", "nato", "mon",
          "'Die Nato sprach am Montag von' (11 August): 'nach wie vor' stationed in Russia (not "
          "an increment)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "sun",
          "'Am Sonntag strahlte Pjöngjangs Staatsfernsehen Bilder aus' (10 August): Kim at the "
          "flag-covered coffins of the fallen"),
        C("rund 2.000", 2000, "approx", "in_russia", "ukraine", "pub",
          "'Kiew zufolge' (undated): 'zusätzliche' soldiers brought over the border into Russia "
          "in July (increment; the month is the period, not the claim date)", add=True),
    ),
)


S03 = Source(
    article_id="v179_03_pistennotizen_nachtschicht_soerenberg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Pistendienst Sörenberg – Nachtschicht-Notizen",
        "https://www.pistendienst-soerenberg.example/notizen/2025-02",
        "Nachtschicht-Notizen: Sportferien, Diesel und ein Anruf aus Sudscha",
    ),
    features="the night-shift notes of the piste-basher crew at Sörenberg (canton of Lucerne) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Thursday) and a "
        "title without a figure; Swiss conventions (`ss`, «», `2'300`, `12'000`, `1'000 bis "
        "1'500`, `11'000`, `15'000`, no `ß`); machines, kilometres of piste, operating hours, "
        "litres of diesel a night, snow depth and a party date first; a driver from "
        "Ivano-Frankivsk relaying his son, a tank driver in the Kursk region ('Am Montagmorgen "
        "habe der Sohn … angerufen, erzählt Wasyl', Konjunktiv carried) sentence-initial `Gegen "
        "hundert` coming over the frozen river (approx with a number word, near the front) and "
        "`drei` who surrendered (number word, casualties; both other, from Monday to "
        "publication); a snowboard teacher from Gangneung who 'rechnet mit' `höchstens 12'000` "
        "still in Russia (at_most, in Russia, other, `pub`); Seoul's joint chiefs that 'teilte am "
        "Dienstag mit' 'weitere' `1'000 bis 1'500` moved to Russia since January (range, "
        "increment); 'Aus Washington hiess es vergangene Woche' `rund 11'000` sent to Russia and "
        "`mehrere tausend` of them killed or wounded (vague, casualties); Zelensky who 'sagte am "
        "Wochenende' `rund 15'000` deployed in the Kursk region 'insgesamt' (not planned, near the "
        "front); machines, kilometres, hours, litres, centimetres, dates, ages, a phone number",
    text="""\
---
title: "Nachtschicht-Notizen Februar"
kategorie: Pistendienst
ort: Sörenberg
---

# Nachtschicht-Notizen aus der Pistenmannschaft

Liebe Kolleginnen und Kollegen, liebe Freunde des Pistendienstes

Die Sportferien sind in vollem Gang, und unsere sieben Pistenfahrzeuge sind jede Nacht von 17 \
Uhr bis gegen 3 Uhr unterwegs. Auf 48 Pistenkilometern zwischen der Rossweid und dem Brienzer \
Rothorn haben wir bis Ende Januar schon 2'300 Betriebsstunden geschrieben, und pro Nacht \
verbrennt jedes Fahrzeug ungefähr 180 Liter Diesel. Die Schneehöhe liegt am Berg bei 85 \
Zentimetern. Wer am Samstag, 8. März, beim Pistenfest mithelfen will, meldet sich bei Fredi im \
Werkhof.

## Wasyl und der Anruf vom Montag

Wasyl Kowal, 46, aus Iwano-Frankiwsk fährt seit drei Wintern bei uns die Nachtschicht am \
Rothornhang. Sein Sohn ist Panzerfahrer in einer Brigade, die im Gebiet Kursk steht. Am \
Montagmorgen habe der Sohn aus einem Unterstand am Rand von Sudscha angerufen, erzählt Wasyl. \
[[Gegen hundert]] Nordkoreaner seien im Morgengrauen über den zugefrorenen Fluss gekommen, \
geradewegs auf ihre Stellung zu. Die meisten habe man zurückgetrieben, [[drei]] hätten sich \
ergeben. «Er sagt, sie schreien nicht einmal, wenn sie rennen», erzählt Wasyl.

## Eine Snowboardlehrerin aus Gangneung

Han So-yeon, 34, stammt aus Gangneung an der koreanischen Ostküste und unterrichtet diesen \
Winter Snowboard an der Talstation. Sie rechnet mit [[höchstens 12'000]] Nordkoreanern, die \
derzeit noch in Russland sind. «Die Familien im Norden erfahren nicht einmal, wo ihre Söhne \
liegen», meint sie.

## Was man liest

Der Generalstab in Seoul teilte am Dienstag mit, Pjöngjang habe seit Januar weitere [[1'000 bis \
1'500]] Soldaten nach Russland verlegt. Aus Washington hiess es vergangene Woche, von den [[rund \
11'000]] nach Russland geschickten Nordkoreanern seien [[mehrere tausend]] getötet oder verwundet \
worden. Präsident Selenskyj sagte am Wochenende, im Gebiet Kursk seien insgesamt [[rund \
15'000]] Soldaten aus dem Norden eingesetzt worden.

Gute Fahrt und bis zur nächsten Schicht
Eure Pistenchefin Ruth Emmenegger
Werkhof Sörenberg, Telefon 041 488 12 60
""",
    claims=(
        C("Gegen hundert", 100, "approx", "near_front", "other", "mon..pub",
          "a piste-basher driver from Ivano-Frankivsk relaying his son, a tank driver in the "
          "Kursk region ('Am Montagmorgen habe der Sohn … angerufen, erzählt Wasyl', Konjunktiv; "
          "the speaker quoted: other): came over the frozen river at dawn towards their position "
          "(sentence-initial, 'Gegen' as approx, number word 100; from Monday, 17 February, to "
          "publication)"),
        C("drei", 3, "exact", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried: surrendered (number word)"),
        C("höchstens 12'000", 12000, "at_most", "in_russia", "other", "pub",
          "a snowboard teacher from Gangneung, 'Sie rechnet mit' (undated): still in Russia now "
          "('noch' is not an increment)"),
        C("1'000 bis 1'500", None, "range", "in_russia", "south_korea", "tue",
          "'Der Generalstab in Seoul teilte am Dienstag mit' (18 February): 'weitere' soldiers "
          "moved to Russia since January (increment; span without the word)", add=True),
        C("rund 11'000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'Aus Washington hiess es vergangene Woche' (Swiss spelling): sent to Russia"),
        C("mehrere tausend", None, "vague", "casualties", "united_states", "lastweek",
          "same statement, Konjunktiv: of the 11,000, killed or wounded (a part, not an "
          "increment)"),
        C("rund 15'000", 15000, "approx", "near_front", "ukraine", "2025-02-15..2025-02-16",
          "'Präsident Selenskyj sagte am Wochenende' (15-16 February): deployed in the Kursk "
          "region 'insgesamt' (a total, not planned, not an increment)"),
    ),
)


S04 = Source(
    article_id="v179_04_kabelpost_wasserski_diemelsee",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-07-09"),
    dated_by="sidecar",
    sidecar=(
        "Wasserskianlage Diemelsee – Kabelpost",
        "https://www.kabel-diemelsee.example/kabelpost/juli-2025",
        "Kabelpost Juli: 22 Grad, neue Rails und Jana vom Starterdock",
    ),
    features="a water-ski and wakeboard cable park's post to its riders from the Diemelsee "
        "(Upland, on the border of Hesse and Westphalia) as plain text, UTF-16 LE with BOM "
        "(sidecar, Wednesday; the sidecar title's `22 Grad` is water temperature, no row), `„“` "
        "and `–`; water temperature, the cable's metres and masts, speed, June's starts, ticket "
        "prices and a bathing beach's hour first; a coach from Cherkasy relaying her fiancé, an "
        "artilleryman near Sumy ('Am Sonntagabend habe er aus einem Unterstand angerufen, "
        "berichtet Jana', Konjunktiv carried) sentence-initial `Mehrere hundert` laying mines "
        "and digging trenches on the Russian side (vague, near the front) and `elf` killed by an "
        "artillery strike (number word, casualties; both other, from Sunday to publication); a "
        "student from Busan who 'hält es für wahrscheinlich' Kim will have sent `an die 25.000` "
        "by the end of the year (approx, planned, other, `pub`); Shoigu who 'hatte Mitte Juni … "
        "angekündigt' `1.000` deminers and `5.000` military builders for the Kursk region "
        "(russia, planned, days 11-20); the NIS that 'hielt es Ende Juni für möglich' `bis zu "
        "6.000` 'weitere' (at_most, increment, planned, day 21 to the month's end); Ukraine's "
        "military intelligence that 'meldete am Montag' `rund 11.000` 'weiterhin' in the Kursk "
        "region; Russia's losses a day by a British estimate, degrees, metres, speeds, starts, "
        "euros, times, ages, a phone number",
    text="""\
Wasserskianlage Diemelsee – Kabelpost Juli

Hallo zusammen,

die Saison läuft, und der See hat endlich 22 Grad. Unser Kabel ist 850 Meter lang, läuft über \
fünf Masten und zieht euch mit bis zu 30 Kilometern pro Stunde übers Wasser. Im Juni haben wir \
9.400 Starts gezählt, so viele wie noch nie in einem Monat. Die Zwei-Stunden-Karte kostet 32 \
Euro, die Saisonkarte für Jugendliche 290 Euro. Neu am Steg: ein Kicker und zwei Rails für alle, \
die schon sicher fahren. Bitte denkt daran, dass am Badestrand von Heringhausen ab 18 Uhr die \
Schwimmer Vorrang haben.

Jana am Starterdock

Jana Krawez, 26, aus Tscherkassy ist seit April unsere Trainerin am Starterdock und bringt den \
Kleinen das Aufstehen auf dem Brett bei. Ihr Verlobter dient in einer Artillerieeinheit im \
Grenzgebiet bei Sumy. Am Sonntagabend habe er aus einem Unterstand angerufen, berichtet Jana. \
[[Mehrere hundert]] Nordkoreaner hätten auf der russischen Seite Minen gelegt und Gräben \
ausgehoben. Bei einem Artillerieschlag seien [[elf]] von ihnen getötet worden. „Er will nicht, \
dass ich mir Sorgen mache, und erzählt mir dann doch alles“, sagt Jana.

Ein Student aus Busan

Kang Min-jae, 29, stammt aus Busan und studiert Maschinenbau an einer Hochschule in Nordhessen. \
Seit Mai kommt er fast jedes Wochenende an den See. Er hält es für wahrscheinlich, dass Kim bis \
Jahresende [[an die 25.000]] Soldaten nach Russland geschickt haben wird.

Aus den Nachrichten

Russlands Sicherheitsratschef Schoigu hatte Mitte Juni bei einem Besuch in Pjöngjang angekündigt, \
der Norden stelle [[1.000]] Minenräumer sowie [[5.000]] Bauarbeiter des Militärs für den \
Wiederaufbau im Gebiet Kursk bereit. Der südkoreanische Geheimdienst hielt es Ende Juni für \
möglich, dass der Norden im Sommer [[bis zu 6.000]] weitere Soldaten folgen lässt. Die ukrainische \
Aufklärung meldete am Montag, [[rund 11.000]] Nordkoreaner stünden weiterhin im Gebiet Kursk. Die \
russische Armee verliert nach britischer Schätzung täglich rund 1.000 Mann.

Bis bald am Kabel
Euer Team vom Kabelsteg
Tel. 05633 9912
""",
    claims=(
        C("Mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a cable-park coach from Cherkasy relaying her fiancé, an artilleryman near Sumy ('Am "
          "Sonntagabend habe er aus einem Unterstand angerufen, berichtet Jana', Konjunktiv; the "
          "speaker quoted: other): laying mines and digging trenches on the Russian side "
          "(sentence-initial; from Sunday, 6 July, to publication)"),
        C("elf", 11, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: killed by an artillery strike (number word)"),
        C("an die 25.000", 25000, "approx", "planned", "other", "pub",
          "a student from Busan, 'Er hält es für wahrscheinlich' (undated): sent to Russia by "
          "the end of the year (a forecast of a total: planned, not an increment; 'an die' as "
          "approx)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Russlands Sicherheitsratschef Schoigu hatte Mitte Juni … angekündigt' (days 11-20): "
          "deminers the North would provide ('stelle … bereit') for rebuilding the Kursk region "
          "(a first announcement, not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: the army's construction workers"),
        C("bis zu 6.000", 6000, "at_most", "planned", "south_korea", "2025-06-21..2025-06-30",
          "'Der südkoreanische Geheimdienst hielt es Ende Juni für möglich' (day 21 to the "
          "month's end): 'weitere' soldiers to follow in the summer (increment, planned)",
          add=True),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "'Die ukrainische Aufklärung meldete am Montag' (7 July): 'weiterhin' in the Kursk "
          "region (not an increment)"),
    ),
)


S05 = Source(
    article_id="v179_05_trailpost_bikepark_willingen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "Bikepark am Ettelsberg, Willingen – Trailpost",
        "https://www.bikepark-ettelsberg.example/trailpost/september",
        "Trailpost: Herbstfahrten und neue Anlieger",
    ),
    features="a bike park's trail post from the Ettelsberg at Willingen in the Upland (Waldeck, "
        "North Hesse) in HTML, ISO-8859-1 with raw umlauts and `ß`, quotes and dashes only as "
        "entities (`&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`, `&szlig;`), no meta date "
        "(sidecar, Wednesday; the sidecar title without a figure), a cookie note about the lift "
        "ticket in the basket, a park script with trails, lift hours and a day-ticket price, "
        "navigation with pipes, a footer with a postcode, a phone number and the emergency "
        "number; `<title>` and headline without a figure; the lifts' closing date and hours, day "
        "tickets sold, trails and metres of descent, prices in euros and a new trail's "
        "kilometres first; a trail builder from Zhytomyr relaying his brother, a medic at the "
        "border with the Kursk region ('Am Samstag habe er sich endlich wieder gemeldet, erzählt "
        "Roman', Konjunktiv carried) sentence-initial `Etwa 150` 'nach wie vor' holding a village "
        "opposite their position (approx, near the front, not an increment) and `mehr als "
        "dreißig` hit by drones since early September (at_least with a number word, casualties; "
        "both other, from Saturday to publication; the month's first days are the period); a "
        "radiologist from Daejeon who 'schätzt' the fallen at `2.000 bis 3.000` (range, "
        "casualties, other, `pub`); the NIS that 'sprach vergangene Woche vor Abgeordneten von' "
        "`etwa 10.000` 'weiterhin' in Russia's border areas (near the front) and, Konjunktiv "
        "carried, `5.000` 'zusätzliche' military builders sent since July (increment, in "
        "Russia); North Korean state television that 'zeigte am Sonntag' Kim opening a cemetery "
        "for `Hunderte` fallen (north_korea, vague, casualties); 'Das Pentagon geht davon aus' "
        "`mehr als 4.000` lost (at_least, casualties, `pub`); dates, times, tickets, trails, "
        "metres, euros, kilometres, ages, years, a postcode, phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Trailpost &ndash; Bikepark am Ettelsberg, Willingen</title>
<script>var park = {trails: 12, liftBis: "17:30", tageskarteEuro: 42};</script>
</head>
<body>
<div id="cookie">Wir speichern ein Cookie, damit Ihre Liftkarte im Warenkorb bleibt. <a \
href="#">OK</a></div>
<nav><a href="/">Start</a> | <a href="/trails">Trails</a> | <a href="/tickets">Tickets</a> | \
<a href="/trailpost">Trailpost</a></nav>
<main>
<h1>Herbstfahrten, neue Anlieger und ein Gru&szlig; an Roman</h1>
<p>Liebe Bikerinnen und Biker,</p>
<p>bis zum 2. November laufen die Lifte noch täglich von 9 bis 17.30 Uhr. Diesen Sommer haben \
wir knapp 18.000 Tageskarten verkauft, und auf unseren zwölf Strecken mit zusammen 420 \
Höhenmetern gab es weniger Stürze als im Vorjahr. Die Tageskarte kostet 42 Euro, Helm und \
Protektoren leihen wir für 12 Euro aus. Der neue Flowtrail am Osthang ist 2,4 Kilometer lang und \
auch für Kinder ab zehn geeignet.</p>
<h2>Roman baut die Kurven</h2>
<p>Roman Lyssenko, 35, aus Schytomyr baut seit 2023 unsere Anlieger und Sprünge, mit Schaufel, \
Minibagger und sehr viel Geduld. Sein jüngerer Bruder ist Sanitäter in einer Einheit an der \
Grenze zum Gebiet Kursk. Am Samstag habe er sich endlich wieder gemeldet, erzählt Roman. [[Etwa \
150]] nordkoreanische Soldaten hielten nach wie vor ein Dorf gegenüber ihrer Stellung. Seit \
Anfang September hätten ukrainische Drohnen dort [[mehr als dreißig]] von ihnen getroffen. \
&bdquo;Er sagt, er zählt nicht mehr, er verbindet nur&ldquo;, sagt Roman.</p>
<h2>Ein Radiologe aus Daejeon</h2>
<p>Dr. Lim Jae-won, 48, Radiologe aus Daejeon, arbeitet seit sechs Jahren an einer Klinik in der \
Kreisstadt und fährt jeden Freitagabend bei uns die schwarze Strecke. Er schätzt die Zahl der \
gefallenen Nordkoreaner auf [[2.000 bis 3.000]]. &bdquo;Zurück kommen die Orden, nicht die \
Namen&ldquo;, sagt er.</p>
<h2>Aus den Meldungen</h2>
<p>Südkoreas Nachrichtendienst sprach vergangene Woche vor Abgeordneten von [[etwa 10.000]] \
Nordkoreanern, die weiterhin in grenznahen Gebieten Russlands stationiert seien. Außerdem habe \
Pjöngjang seit Juli [[5.000]] zusätzliche Militärbauarbeiter geschickt. Das Staatsfernsehen in \
Pjöngjang zeigte am Sonntag, wie Kim einen Friedhof für [[Hunderte]] Gefallene einweihte. Das \
Pentagon geht davon aus, dass Nordkorea in diesem Krieg [[mehr als 4.000]] Mann verloren hat.</p>
<p>Ride on &ndash; wir sehen uns am Lift!<br>Euer Bikepark-Team</p>
</main>
<footer>Bikepark am Ettelsberg &middot; 34508 Willingen (Upland) &middot; Tel. 05632 4077 \
&middot; Notruf 112</footer>
</body>
</html>
""",
    claims=(
        C("Etwa 150", 150, "approx", "near_front", "other", "sat..pub",
          "a trail builder from Zhytomyr relaying his brother, a medic at the border with the "
          "Kursk region ('Am Samstag habe er sich endlich wieder gemeldet, erzählt Roman', "
          "Konjunktiv; the speaker quoted: other): 'nach wie vor' holding a village opposite "
          "their position (sentence-initial; not an increment; from Saturday, 20 September, to "
          "publication)"),
        C("mehr als dreißig", 30, "at_least", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: hit by Ukrainian drones 'Seit Anfang September' "
          "(the period, not the claim date; number word 30)"),
        C("2.000 bis 3.000", None, "range", "casualties", "other", "pub",
          "a radiologist from Daejeon, 'Er schätzt die Zahl der gefallenen Nordkoreaner auf' "
          "(undated)"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "'Südkoreas Nachrichtendienst sprach vergangene Woche vor Abgeordneten von': "
          "'weiterhin' stationed in Russia's border areas (near the front, as in earlier sets; "
          "not an increment)"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "lastweek",
          "same briefing, Konjunktiv carried ('Außerdem habe'): 'zusätzliche' military builders "
          "sent since July (increment; being sent: in Russia)", add=True),
        C("Hunderte", None, "vague", "casualties", "north_korea", "sun",
          "'Das Staatsfernsehen in Pjöngjang zeigte am Sonntag' (21 September): Kim opening a "
          "cemetery for the fallen"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states", "pub",
          "'Das Pentagon geht davon aus' (undated, present): lost in this war"),
    ),
)


S06 = Source(
    article_id="v179_06_kundenbrief_bautrocknung_dernau_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-18"),
    dated_by="front_matter",
    features="a building-drying firm's customer letter from Dernau in the Ahrtal (Rhineland-"
        "Palatinate) in Markdown, UTF-8, front matter with `date:` (Tuesday) and a title without "
        "a figure, `„“`; the 2021 flood, buildings dried, dryers in use, rents and measuring fees "
        "in euros, a moisture percentage and staff first; a moisture surveyor from Kryvyi Rih "
        "relaying his brother-in-law, a sapper in the Kursk region ('Am Samstag habe der Schwager "
        "ihm geschrieben, erzählt Ihor', Konjunktiv carried) sentence-initial `Rund 300` pushing "
        "into the outskirts of Sudzha with Russian paratroopers (approx, near the front) and "
        "sentence-initial `Acht` killed in a minefield (number word, casualties; both other, from "
        "Saturday to publication); a viticulture student from Cheongju who 'vermutet' the North "
        "will send `Tausende` 'weitere' in spring (vague, increment, planned, other, `pub`); the "
        "NIS that 'teilte am Donnerstag mit' the troops back at the front with `mindestens 1.500` "
        "'zusätzliche' (at_least, increment, near the front); a Pentagon spokesman who 'sprach "
        "am Montag von' `rund 4.000` dead and wounded; 'Nach Angaben des ukrainischen "
        "Militärgeheimdiensts' `etwa 8.000` fighting near Kursk (`pub`); 'Die Nato geht von … "
        "aus' `mehr als 11.000` moved to Russia since autumn (at_least, in Russia, `pub`); "
        "buildings, dryers, euros, percent, staff, years, ages, a phone number",
    text="""\
---
title: "Kundenbrief März 2025"
date: 2025-03-18
firma: Trocknungstechnik Ahr, Dernau
---

# Trockene Wände, neue Geräte und eine Nachricht aus Kursk

Liebe Kundinnen und Kunden,

fast vier Jahre nach der Flut stehen im Tal noch immer Häuser, deren Mauern nicht trocken sind. \
Seit Juli 2021 haben wir mehr als 1.100 Gebäude zwischen Altenahr und Bad Neuenahr getrocknet; \
allein in diesem Winter liefen 140 unserer Kondenstrockner gleichzeitig. Die Miete für ein Gerät \
bleibt bei 380 Euro im Monat, eine Messung der Restfeuchte kostet 95 Euro. Erst wenn das \
Messgerät unter drei Prozent zeigt, darf der Putzer kommen, vorher nicht. Seit Februar sind wir \
14 Leute.

## Ihor misst nach

Ihor Melnyk, 41, war in Krywyj Rih Vermessungstechniker und misst bei uns seit 2023 die Feuchte \
in den Wänden. Sein Schwager dient als Pionier im Gebiet Kursk. Am Samstag habe der Schwager ihm \
geschrieben, erzählt Ihor. [[Rund 300]] Nordkoreaner seien zusammen mit russischen \
Fallschirmjägern in die Außenbezirke von Sudscha vorgedrungen. [[Acht]] von ihnen seien in einem \
Minenfeld ums Leben gekommen, das seine Leute im Herbst angelegt hätten. „Er schreibt, dass sie \
wohl bald zurückmüssen“, sagt Ihor.

## Praktikum im Weinberg

Jeong Hae-won, 25, aus Cheongju studiert Weinbau und arbeitet bis Juni bei einem Winzer in \
Mayschoß. Bei uns hat sie einen Trockner für die Wohnung ihrer Gastfamilie gemietet. Sie \
vermutet, dass der Norden im Frühjahr [[Tausende]] weitere Soldaten nachschickt. „Kim hat genug \
junge Männer, die nicht Nein sagen dürfen“, sagt sie.

## Aus den Nachrichten

Südkoreas Geheimdienst teilte am Donnerstag mit, die Einheiten aus dem Norden kämpften nach \
mehrwöchiger Ruhepause wieder bei Kursk, verstärkt durch [[mindestens 1.500]] zusätzliche \
Soldaten. \
Ein Sprecher des Pentagons sprach am Montag von [[rund 4.000]] toten und verwundeten \
Nordkoreanern. Nach Angaben des ukrainischen Militärgeheimdiensts kämpfen derzeit [[etwa \
8.000]] Soldaten aus dem Norden bei Kursk. Die Nato geht von [[mehr als 11.000]] aus, die seit \
dem Herbst nach Russland verlegt wurden.

Mit trockenen Grüßen aus Dernau
Familie Schäfer und das ganze Team
Telefon 02643 9050, Notdienst rund um die Uhr
""",
    claims=(
        C("Rund 300", 300, "approx", "near_front", "other", "sat..pub",
          "a moisture surveyor from Kryvyi Rih relaying his brother-in-law, a sapper in the Kursk "
          "region ('Am Samstag habe der Schwager ihm geschrieben, erzählt Ihor', Konjunktiv; the "
          "speaker quoted: other): pushed into the outskirts of Sudzha with Russian paratroopers "
          "(sentence-initial; from Saturday, 15 March, to publication)"),
        C("Acht", 8, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed in a minefield "
          "laid in the autumn (the autumn is when the mines were laid, not the claim date)"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "a viticulture student from Cheongju, 'Sie vermutet' (undated): 'weitere' soldiers "
          "the North will send after them in spring (increment, planned)", add=True),
        C("mindestens 1.500", 1500, "at_least", "near_front", "south_korea", "thu",
          "'Südkoreas Geheimdienst teilte am Donnerstag mit' (13 March): back at the front in the "
          "Kursk region, reinforced by 'zusätzliche' soldiers (increment)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "united_states", "mon",
          "'Ein Sprecher des Pentagons sprach am Montag von' (17 March): dead and wounded"),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdiensts' (undated, present): fighting "
          "near Kursk now"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "pub",
          "'Die Nato geht von … aus' (undated): moved to Russia since the autumn (a total over "
          "a period, not an increment)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Little Cayman, Sullivan's Island, Change Islands)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v179_07_lionfish_derby_wire_little_cayman",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-26"),
    dated_by="dateline",
    features="an agency-style wire report from a lionfish culling derby on Little Cayman "
        "(Cayman Islands) as plain text, UTF-8, slug line, headline without a figure, byline and "
        "dateline 'LITTLE CAYMAN, Cayman Islands, April 26, 2025 (Caribbean Coast Wire) —' "
        "(Saturday), straight quotes and em dashes; teams (`Twenty-three`, a number word), "
        "lionfish speared, residents, prize money in Cayman dollars, a fish's inches and a fish "
        "fry's takings first; a divemaster from Mariupol relaying her brother, a marine near the "
        "Kursk region ('He called her on Wednesday, she said, and told her that … and that') "
        "`about 40` storming a hamlet his unit held (approx, near the front) and `nine` killed "
        "by his unit (number word, casualties; both other, from Wednesday to publication); a "
        "marine biologist born on Jeju who 'reckons' `roughly 14,000` sent to Russia (approx, in "
        "Russia, other, `pub`); Russia's general staff that 'said on Saturday' units `several "
        "thousand` strong helped push the Ukrainians out of the Kursk region (russia, vague, "
        "near the front, the day of publication); a U.S. official who 'said on Thursday' `upward "
        "of 4,000` casualties (at_least); the NIS that 'In March, … estimated' the force in "
        "Russia topped up with `about 3,000` 'more' (increment, in Russia, the whole of March; "
        "January and February are the period); Ukraine's military that 'says' `up to "
        "2,000` 'still' held in reserve near the border (at_most, near the front, `pub`); teams, "
        "fish, residents, dollars, inches, ages, years, a desk phone number",
    text="""\
CAYMAN-LIONFISH/UKRAINE

On the smallest Cayman island, a lionfish hunter from Mariupol keeps her phone close

By Denise Ebanks

LITTLE CAYMAN, Cayman Islands, April 26, 2025 (Caribbean Coast Wire) — Twenty-three teams of \
divers brought 1,146 lionfish to the scales on Saturday at the end of the spring culling derby \
on Little Cayman, the smallest of the three islands, with about 170 year-round residents. The \
invasive fish eat young grouper and snapper on the reef, and organizers paid out CI$5,000 to the \
teams that speared the most and the biggest, a 16-inch female taken off Bloody Bay Wall.

Kateryna Bondarenko, 30, a divemaster from Mariupol who has worked at a resort on the island \
since 2023, led the team that finished second. Her brother is a marine with a Ukrainian brigade \
fighting near the Kursk region. He called her on Wednesday, she said, and told her that [[about \
40]] North Korean soldiers had stormed a hamlet his unit was holding, and that his unit had \
killed [[nine]] of them before pulling back. "I dive so I can stop thinking, and then I come up \
and check my phone," she said.

Ko Eun-ji, 39, a marine biologist born on Jeju who studies spawning grouper at a field station \
on the island, weighed the catch. She reckons Pyongyang has sent [[roughly 14,000]] soldiers to \
Russia so far. "On Jeju we grew up with stories about the North, but never one like this," she \
said.

Russia's general staff said on Saturday that North Korean units [[several thousand]] strong had \
helped push the last Ukrainian troops out of the Kursk region, the first time Moscow has spelled \
out their role. A U.S. official said on Thursday that the North had suffered [[upward of 4,000]] \
casualties. In March, South Korea's spy agency estimated that the North had topped up its force in \
Russia with [[about 3,000]] more men during January and February. Ukraine's military says [[up to \
2,000]] North Koreans are still held in reserve near the border.

The derby returns in October. The fish fry on Saturday night raised about CI$2,300 for the \
island's volunteer fire service.

(Reporting by Denise Ebanks; editing by Marcus Ridley; Caribbean Coast Wire desk 345-555-0148)
""",
    claims=(
        C("about 40", 40, "approx", "near_front", "other", "wed..pub",
          "a divemaster from Mariupol relaying her brother, a marine near the Kursk region ('He "
          "called her on Wednesday, she said, and told her that'; the speaker quoted: other): "
          "stormed a hamlet his unit was holding (from Wednesday, 23 April, to publication)"),
        C("nine", 9, "exact", "casualties", "other", "wed..pub",
          "same call, 'and that': killed by his unit before it pulled back (number word)"),
        C("roughly 14,000", 14000, "approx", "in_russia", "other", "pub",
          "a marine biologist born on Jeju, 'She reckons' (undated): sent to Russia so far"),
        C("several thousand", None, "vague", "near_front", "russia", "sat",
          "'Russia's general staff said on Saturday' (26 April, the day of the wire): units "
          "several thousand strong helped push the Ukrainians out of the Kursk region"),
        C("upward of 4,000", 4000, "at_least", "casualties", "united_states", "thu",
          "'A U.S. official said on Thursday' (24 April): casualties ('upward of' as at_least)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "'In March, South Korea's spy agency estimated' (the whole month): 'more' men added to "
          "the force in Russia during January and February (increment; those months are the "
          "period)", add=True),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "pub",
          "'Ukraine's military says' (undated, present): 'still' held in reserve near the border "
          "(not an increment)"),
    ),
)


S08 = Source(
    article_id="v179_08_cistern_notes_cleaning_service_little_cayman_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-02-11"),
    dated_by="front_matter",
    features="a rainwater-cistern cleaning service's customer notes from Little Cayman (Cayman "
        "Islands) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Tuesday) and a "
        "title repeating the headline (optional), straight quotes; cisterns cleaned, tanks' "
        "gallons (a `30,000-gallon` one, not a claim), a pump truck's gallons a minute, a price "
        "in Cayman dollars and a booking month first; the headline's `Kyiv's 4,000` from the "
        "body's Friday figure (that day to publication, exact, casualties); the office manager's "
        "mother, a retired biology teacher from Chernivtsi, relaying her grandson, a drone pilot "
        "on the Sumy border ('He sent her a voice message on Saturday, she said:') `a few dozen` "
        "building dugouts in a wood across the border (vague, near the front) and `at least six` "
        "wounded by his crew (at_least with a number word, casualties; both other, from Saturday "
        "to publication); a dive instructor born in Incheon who 'puts the number … at' `8,000 to "
        "9,000` still in Russia (range, other, `pub`); Zelensky who 'On Friday … put … at' "
        "`about 4,000` dead and wounded; the NIS that 'said last week' the troops, `around "
        "11,000` 'in all', pulled back from the front (in Russia); KCNA that 'On Sunday … "
        "reported' Kim visiting the families of `hundreds` who died abroad (north_korea, vague, "
        "casualties); cisterns, gallons, dollars, months, ages, a phone number",
    text="""\
---
title: "Clean cisterns before the rains, and Kyiv's [[4,000]]"
date: 2025-02-11
service: Bluewater Cistern Care, Little Cayman
---

# Clean cisterns before the rains, and Kyiv's [[4,000]]

## Before the rains

Most homes on Little Cayman still drink the rain that runs off their roofs, and a cistern that \
has gone five years without a cleaning holds more than water. Since November we have drained, \
scrubbed and disinfected 64 cisterns, from a 1,500-gallon tank behind a cottage in Blossom Village \
to the 30,000-gallon one under a dive lodge. The new pump truck moves 200 gallons a minute. A \
standard clean costs CI$350, and we look at gutters and screens for free. Book before May, when \
the rains come back and the boobies on the pond are feeding their chicks.

## Halyna's grandson

Halyna Shevchuk, 57, a retired biology teacher from Chernivtsi, spends the winter with her \
daughter, who runs our office, and tests the water samples the crew brings back. Her grandson \
flies drones with a Ukrainian unit on the Sumy border. He sent her a voice message on Saturday, \
she said: [[a few dozen]] North Koreans were building dugouts in a wood across the border, and \
his crew had wounded [[at least six]] of them. "He sounds tired, but he still makes jokes," she \
said.

## A dive instructor from Incheon

Choi Jun-seo, 44, was born in Incheon and teaches diving from a resort pier; we cleaned his \
cistern in January. He puts the number of North Koreans still in Russia at [[8,000 to 9,000]]. \
"The rest are dead, wounded, or sent home in secret," he said.

## From the news

On Friday President Zelensky put North Korea's dead and wounded in the Kursk region at [[about \
4,000]]. South Korea's spy agency said last week that the North's troops, [[around 11,000]] in \
all, had been pulled back from the front lines after heavy losses. On Sunday, KCNA reported that \
Kim had visited the families of [[hundreds]] of soldiers who died "carrying out their duty" \
abroad.

Bookings: 345-555-0197, or leave a note at the office on Guy Banks Road.
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "fri..pub",
          "front-matter title repeating the headline (metadata)", opt=True),
        C("4,000", 4000, "exact", "casualties", "ukraine", "fri..pub",
          "headline 'Kyiv's 4,000': Zelensky's 'about 4,000' dead and wounded of Friday, 7 "
          "February, to publication (hedge dropped: exact)"),
        C("a few dozen", None, "vague", "near_front", "other", "sat..pub",
          "a retired biology teacher from Chernivtsi relaying her grandson, a drone pilot on the "
          "Sumy border ('He sent her a voice message on Saturday, she said:'; the speaker quoted: "
          "other): building dugouts in a wood across the border (from Saturday, 8 February, to "
          "publication)"),
        C("at least six", 6, "at_least", "casualties", "other", "sat..pub",
          "same voice message, 'and his crew had wounded' (number word)"),
        C("8,000 to 9,000", None, "range", "in_russia", "other", "pub",
          "a dive instructor born in Incheon, 'He puts the number of North Koreans still in "
          "Russia at' (undated, present)"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "fri",
          "'On Friday President Zelensky put North Korea's dead and wounded in the Kursk region "
          "at' (7 February)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "'South Korea's spy agency said last week': the North's troops 'in all', pulled back "
          "from the front lines (a total, not near the front now)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "sun",
          "'On Sunday, KCNA reported' (9 February): Kim visited the families of soldiers who died "
          "abroad"),
    ),
)


S09 = Source(
    article_id="v179_09_letters_island_tide_sullivans_island",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-21"),
    dated_by="sidecar",
    sidecar=(
        "The Island Tide, Sullivan's Island",
        "https://www.islandtide.example/letters/2024-11-21",
        "Letters: leash hours, a crosswalk and a son-in-law in Kursk",
    ),
    features="a readers' letters page from a Sullivan's Island weekly (Charleston County, South "
        "Carolina) as plain text, windows-1252 (sidecar, Thursday), `–` and straight quotes; "
        "letters on dogs' off-leash hours and a crosswalk without a claim (hours, two Labs, years "
        "as a number word, dollars); a reader relaying her son-in-law, a gunner in the Kursk "
        "region ('He wrote to my daughter on Monday that …, and that') `roughly 500` moved into "
        "villages across from his position (approx, near the front) and `three` killed by a drone "
        "(number word, casualties; both other, from Monday to publication); a reader answering the "
        "paper's own story ('Your November 7 story said') `8,000` in Russia (unattributed, "
        "required, that day), the Pentagon whose 'count for the Kursk region alone' was 'On "
        "Monday' `more than 10,000` (at_least, near the front), Ukraine's defense intelligence "
        "that 'says' `some 3,000` of them in combat (`pub`) and the NIS that 'told lawmakers on "
        "Wednesday' 'an additional' `5,000` (increment, planned, span without the words); a reader "
        "relaying his wife's cousin in Seoul, a retired intelligence analyst ('expects') `up to "
        "100,000` (at_most, planned, other, `pub`); hours, dogs, years, dollars, an age",
    text="""\
THE ISLAND TIDE – LETTERS TO THE EDITOR

Leave the leash hours alone

Dogs may run off the leash on our beach from 5 a.m. to 10 a.m. in the off season, and that is \
plenty. I walk from Station 18 every morning with my two Labs and have never seen a problem that \
a little common sense could not fix. Please leave the rules as they are. – Margaret Huey, \
Sullivan's Island

Paint the crosswalk

Thirty-one years I have lived on this island, and I have never seen Middle Street the way it was \
on the last warm weekend of October. The town spent $48,000 on the new crosswalk by the \
restaurants. Now somebody needs to paint it so drivers can see it. – Walter Pinckney, Sullivan's \
Island

A message from Kursk

My son-in-law, Serhii, is a gunner with a Ukrainian brigade in the Kursk region. He wrote to my \
daughter on Monday that [[roughly 500]] North Koreans had moved into villages across from his \
position, and that a drone had killed [[three]] of them as they unloaded a truck. My daughter \
teaches piano at the island school, and her students ask about him every week. He is 29. – Nadia \
Hart, Sullivan's Island

Your numbers were stale

Your November 7 story said [[8,000]] North Korean soldiers were in Russia. On Monday the \
Pentagon's count for the Kursk region alone was [[more than 10,000]], and Ukraine's defense \
intelligence says [[some 3,000]] of them are already in combat. South Korea's spy agency told \
lawmakers on Wednesday that Pyongyang may send an additional [[5,000]] before winter. – Frank \
DuBose, Sullivan's Island

A cousin's long view

My wife's cousin in Seoul, a retired intelligence analyst, expects Kim to send [[up to \
100,000]] before this war is over. I hope he is wrong, and I hope somebody in Washington is \
listening. – Jim Calloway, Sullivan's Island
""",
    claims=(
        C("roughly 500", 500, "approx", "near_front", "other", "mon..pub",
          "a reader relaying her son-in-law, a gunner in the Kursk region ('He wrote to my "
          "daughter on Monday that'; the speaker quoted: other): moved into villages across from "
          "his position (from Monday, 18 November, to publication)"),
        C("three", 3, "exact", "casualties", "other", "mon..pub",
          "same letter, 'and that': killed by a drone while unloading a truck (number word)"),
        C("8,000", 8000, "exact", "in_russia", "unattributed", "2024-11-07",
          "a reader citing the paper's own story ('Your November 7 story said'; unattributed, "
          "required, as in earlier sets): in Russia"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "'On Monday the Pentagon's count for the Kursk region alone was' (18 November)"),
        C("some 3,000", 3000, "approx", "near_front", "ukraine", "pub",
          "'Ukraine's defense intelligence says' (undated, present): of them already in combat "
          "(a part; 'already' is not an increment)"),
        C("5,000", 5000, "exact", "planned", "south_korea", "wed",
          "'South Korea's spy agency told lawmakers on Wednesday' (20 November): 'an "
          "additional' troops Pyongyang may send before winter (increment, planned; span "
          "without the words)", add=True),
        C("up to 100,000", 100000, "at_most", "planned", "other", "pub",
          "a reader relaying his wife's cousin in Seoul, a retired intelligence analyst "
          "('expects', undated): Kim to send before the war is over (planned)"),
    ),
)


S10 = Source(
    article_id="v179_10_shell_notes_oyster_recycling_sullivans_island_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-27"),
    dated_by="html_meta",
    features="an oyster-shell recycling volunteers' page from Sullivan's Island (South Carolina) "
        "in HTML, UTF-8 with BOM, `<meta name=\"date\">` (Friday) and an `og:title` without a "
        "figure, a cookie bar about Saturday sign-ups, a script with bags, bushels and the "
        "drop-off time, navigation, entities (`&ndash;`, `&ldquo;`, `&rdquo;`, `&rsquo;`, "
        "`&middot;`), a footer with a ZIP code and a phone number; `<title>` and headline without "
        "a figure; bushels of shell, mesh bags, reef sites, baby oysters a bushel can hold "
        "(`1,000`, not a claim), a drop-off time and degrees first; the page's own `thousands` of "
        "North Koreans fighting for Moscow in the Kursk region (unattributed, vague, near the "
        "front, required); a former history teacher from Uman relaying his nephew, an artillery "
        "spotter on the Sumy border ('On Tuesday the nephew sent him a message, Mykhailo said:') "
        "`dozens` digging a trench line across the border (vague, near the front) and `four` "
        "killed by a shell the day before (number word, casualties; both other, from Tuesday to "
        "publication); a retired mathematics professor born in Mokpo who 'believes' `more than "
        "30,000` will have been sent by the end of next year (at_least, planned, other, `pub`); "
        "Shoigu who 'promised in Pyongyang last week' `1,000` mine clearers and `5,000` army "
        "construction workers to rebuild the Kursk region (russia, planned, `lastweek`); a NATO "
        "official who 'said on Thursday' `around 11,000` 'still inside Russia'; bushels, bags, "
        "oysters, times, degrees, years, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-06-27">
<meta property="og:title" content="Summer shell notes: bags, bushels and a reef in the Cove">
<title>Shell Notes &ndash; Sullivan&rsquo;s Island Oyster Shell Recycling Volunteers</title>
<script>var shells = {bushels: 5200, bagsPlaced: 1240, dropOffOpens: "08:00"};</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to remember your Saturday sign-up. <a \
href="#">Accept</a></div>
<nav><a href="/">Home</a> &middot; <a href="/dropoff">Drop-off bins</a> &middot; <a \
href="/reefs">Our reefs</a> &middot; <a href="/notes">Shell Notes</a></nav>
<main>
<h1>Summer shell notes</h1>
<p>Since the last oyster roast of the season in March, our volunteers have bagged 5,200 bushels of \
shell from island restaurants and backyard roasts, and 1,240 mesh bags went into the water at two \
reef sites along the Cove this spring. Every bag gives oyster larvae something hard to settle on; \
one bushel of old shell can carry 1,000 young oysters within a year. The drop-off bins by the \
fire station are emptied every Saturday at 8 a.m. No trash, no crab shells and no foam, please. \
Bring gloves and water: last Saturday it was 97 degrees by ten.</p>
<p>Shoveling shell in this heat is hard work, but it is work we chose. In the Kursk region, \
[[thousands]] of young North Koreans are fighting a war for Moscow that none of them chose.</p>
<h2>Mykhailo and his nephew</h2>
<p>Mykhailo Horbach, 62, taught history in Uman for 30 years before he came to the Lowcountry to \
live near his daughter. Now he runs the Saturday bagging crew and keeps the tally sheets. His \
nephew is an artillery spotter on the Sumy border. On Tuesday the nephew sent him a message, \
Mykhailo said: [[dozens]] of North Koreans were digging a new trench line just across the border, \
and a Ukrainian shell had killed [[four]] of them the day before. &ldquo;History teachers know how \
these stories end,&rdquo; he said.</p>
<h2>A professor with a shovel</h2>
<p>Dr. Paul Seo, 67, a retired mathematics professor born in Mokpo, has shoveled shell with us \
since 2021. He believes Pyongyang will have sent [[more than 30,000]] men to Russia by the end of \
next year.</p>
<h2>From the news</h2>
<p>Sergei Shoigu, Russia&rsquo;s security chief, promised in Pyongyang last week that [[1,000]] \
North Korean mine clearers and [[5,000]] army construction workers would come to rebuild the \
Kursk region. A NATO official said on Thursday that the alliance counted [[around 11,000]] North \
Korean troops still inside Russia.</p>
<p>See you at the bins,<br>The Shell Crew</p>
</main>
<footer>Sullivan&rsquo;s Island Oyster Shell Recycling Volunteers &middot; Middle Street, \
Sullivan&rsquo;s Island, SC 29482 &middot; (843) 555-0176</footer>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the volunteers' own framing without a source: young North Koreans fighting for "
          "Moscow in the Kursk region (unattributed, required)"),
        C("dozens", None, "vague", "near_front", "other", "tue..pub",
          "a former history teacher from Uman relaying his nephew, an artillery spotter on the "
          "Sumy border ('On Tuesday the nephew sent him a message, Mykhailo said:'; the speaker "
          "quoted: other): digging a new trench line just across the border (from Tuesday, 24 "
          "June, to publication)"),
        C("four", 4, "exact", "casualties", "other", "tue..pub",
          "same message, 'and': killed by a Ukrainian shell 'the day before' (the period; number "
          "word)"),
        C("more than 30,000", 30000, "at_least", "planned", "other", "pub",
          "a retired mathematics professor born in Mokpo, 'He believes' (undated): will have "
          "been sent by the end of next year (a forecast of a total: planned)"),
        C("1,000", 1000, "exact", "planned", "russia", "lastweek",
          "'Sergei Shoigu, Russia's security chief, promised in Pyongyang last week' "
          "(`lastweek`): North Korean mine clearers who would come to rebuild the Kursk region "
          "(a first announcement, not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "lastweek",
          "same promise: army construction workers"),
        C("around 11,000", 11000, "approx", "in_russia", "nato", "thu",
          "'A NATO official said on Thursday' (26 June): 'still inside Russia' (not an "
          "increment)"),
    ),
)


S11 = Source(
    article_id="v179_11_customer_letter_jam_kitchen_change_islands_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Partridgeberry Point Jam Kitchen, Change Islands – Customer Letter",
        "https://www.partridgeberrypoint.example/letters/fall-2025",
        "Customer Letter: berries in, jars out",
    ),
    features="a partridgeberry jam kitchen's customer letter from Change Islands (Notre Dame "
        "Bay, Newfoundland) in Markdown, ISO-8859-1 with CRLF and straight quotes only, front "
        "matter with `date:` as well as the sidecar (Wednesday) and titles without a figure; "
        "gallons of berries, jars filled, a jar's millilitres and dollars, shipping, `a few "
        "hundred` jars of bakeapple (jam, not a claim) and ferry runs first; the jam cook, a "
        "former veterinary nurse from Bila Tserkva, relaying her son, a machine gunner on the "
        "border with the Kursk region ('He texted her on Sunday night, she said:') `about sixty` "
        "sappers clearing mines on the Russian side (approx with a number word, near the front) "
        "and `five` killed by a drone two days earlier (number word, casualties; both other, "
        "from Sunday to publication); a geologist born in Andong, 'By her reckoning', `no more "
        "than 10,000` remaining in Russia (at_most, in Russia, other, `pub`); the NIS that "
        "'briefed lawmakers on Thursday: by its count' `about 2,000` killed; Ukraine's military "
        "intelligence chief who 'said last week' `up to 5,000` 'more' (at_most, increment, "
        "planned); the Pentagon that 'said in September' `about 15,000` served in Russia (the "
        "whole of September); Russia's ambassador in Pyongyang who 'said on Monday' `thousands` "
        "of builders would arrive in the Kursk region before winter (russia, vague, planned); "
        "state television that 'On Friday … showed' `several hundred` veterans of the Kursk "
        "campaign at a parade (returnees: optional); gallons, jars, millilitres, dollars, ferry "
        "runs, ages, years, a phone number",
    text="""\
---
title: "Customer Letter, Fall 2025"
date: 2025-10-15
from: Partridgeberry Point Jam Kitchen, Change Islands
---

# Berries in, jars out

Dear customers,

The berry season is over, and it was a good one. Pickers from both islands brought us 1,340 \
gallons of partridgeberries and 210 gallons of bakeapples, and the kitchen has already filled \
9,800 jars. A 250 ml jar is still $9, and shipping anywhere in Canada is $14 for up to six jars. \
We have only a few hundred jars of bakeapple left, so order early if you want one under the tree. \
The ferry from Farewell runs five times a day until the ice comes in, and the kitchen is open to \
visitors on Saturdays.

## Iryna's son

Iryna Savchuk, 45, was a veterinary nurse in Bila Tserkva and has stirred our big copper pots \
since she came to the island in 2023. Her son is a machine gunner in a brigade on the border with \
the Kursk region. He texted her on Sunday night, she said: [[about sixty]] North Korean sappers \
were clearing mines in the fields on the Russian side, and a Ukrainian drone had killed [[five]] \
of them two days earlier. "He says they work in rows, like men planting potatoes," she said.

## A geologist's count

Dr. Kim Hye-jin, 52, a geologist born in Andong, has spent four summers mapping the old rocks on \
the north shore and orders a case of partridgeberry every fall. By her reckoning, [[no more than \
10,000]] North Korean soldiers remain in Russia today.

## Kursk, from afar

Seoul's intelligence service briefed lawmakers on Thursday: by its count, the North has buried \
[[about 2,000]] men killed in the fighting. Ukraine's military intelligence chief said last week \
that Pyongyang was getting ready to send [[up to 5,000]] more. The Pentagon said in September that \
[[about 15,000]] had served in Russia since last fall. Russia's ambassador in Pyongyang said on \
Monday that [[thousands]] of North Korean builders would arrive in the Kursk region before winter. \
On Friday, state television showed Kim saluting [[several hundred]] veterans of the Kursk campaign \
at the party anniversary parade.

With thanks from the kitchen,
Brenda Oake and the pot crew
Orders and visits: 709-555-0131
""",
    claims=(
        C("about sixty", 60, "approx", "near_front", "other", "sun..pub",
          "the jam cook, a former veterinary nurse from Bila Tserkva, relaying her son, a machine "
          "gunner on the border with the Kursk region ('He texted her on Sunday night, she "
          "said:'; the speaker quoted: other): sappers clearing mines in the fields on the "
          "Russian side (number word 60; from Sunday, 12 October, to publication)"),
        C("five", 5, "exact", "casualties", "other", "sun..pub",
          "same text, 'and': killed by a Ukrainian drone 'two days earlier' (the period; number "
          "word)"),
        C("no more than 10,000", 10000, "at_most", "in_russia", "other", "pub",
          "a geologist born in Andong, 'By her reckoning' (undated): remain in Russia today ('no "
          "more than' as at_most, as in earlier sets; 'remain' is not an increment)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'Seoul's intelligence service briefed lawmakers on Thursday: by its count' (9 "
          "October): men killed in the fighting"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "lastweek",
          "'Ukraine's military intelligence chief said last week': 'more' Pyongyang was getting "
          "ready to send (increment, planned)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "united_states", "2025-09-01..2025-09-30",
          "'The Pentagon said in September' (the whole month): served in Russia since last fall "
          "(a total over a period)"),
        C("thousands", None, "vague", "planned", "russia", "mon",
          "'Russia's ambassador in Pyongyang said on Monday' (13 October): builders who would "
          "arrive in the Kursk region before winter (planned)"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "'On Friday, state television showed' (10 October): veterans of the Kursk campaign at "
          "the parade (returnees: optional, as decorated returnees in earlier sets)", opt=True),
    ),
)


S12 = Source(
    article_id="v179_12_mummers_notes_christmas_committee_change_islands_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-01-08"),
    dated_by="sidecar",
    sidecar=(
        "Change Islands Christmas Committee – Mummers' Notes",
        "https://www.changeislandschristmas.example/notes/2025-01",
        "Mummers' Notes: twelve nights, 37 mummers and a call from Kursk",
    ),
    features="the Christmas committee's mummers' page from Change Islands (Notre Dame Bay, "
        "Newfoundland) in HTML, windows-1252 with raw `’`, `“”`, `–` and `·`, no meta date "
        "(sidecar, Wednesday; the sidecar title's `37 mummers` is not a claim), a cookie note "
        "about the photo gallery, a script with nights, houses and dollars, navigation, a footer "
        "with a postal code and phone numbers; `<title>` without a figure and a headline whose "
        "`Twelve nights` are the Christmas season (not a claim); mummers, ages, kitchens in one "
        "night, the parade's date and dollars raised, and a temperature first; a clinic nurse from "
        "Rivne relaying her husband, an artillery spotter in the Kursk region ('On New Year's Eve "
        "he called from a basement, she said, and told her that … and that') `close to 100` "
        "charging his unit's positions through deep snow (approx, near the front) and `more than "
        "twenty` hit by his battery (at_least with a number word, casualties; both other, from 31 "
        "December to publication); a family doctor born in Suncheon who 'guesses' `12,000 to "
        "15,000` in Russia now (range, in Russia, other, `pub`); Zelensky who 'On Monday … told "
        "reporters in Kyiv' `more than 3,000` dead or wounded; the State Department that 'said on "
        "Friday' Pyongyang could send `thousands` 'more' (vague, increment, planned); the NIS that "
        "'said in December' `at least 100` killed (the whole of December); NATO's spokeswoman who "
        "'on Tuesday put the number … at' `around 11,000` in the Kursk region (near the front); "
        "mummers, ages, kitchens, dollars, degrees, a postal code, phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Mummers’ Notes – Change Islands Christmas Committee</title>
<script>var mummers = {nights: 12, houses: 11, raisedCAD: 1430};</script>
</head>
<body>
<div class="cookie">This page keeps one cookie so the photo gallery remembers where you stopped. \
<a href="#">Fine by me</a></div>
<nav><a href="/">Home</a> · <a href="/photos">Photos</a> · <a href="/ferry">Ferry times</a> · \
<a href="/notes">Mummers’ Notes</a></nav>
<main>
<h1>Any mummers allowed in? Twelve nights and a kettle always on</h1>
<p>The Twelve Days are over, the lace curtains are back in the windows and the oilskins are back \
in the porch. This year 37 mummers went out over the holidays, from a boy of nine to a \
great-grandmother of 84, and one crew got into 11 kitchens in a single night. The mummers’ \
parade on January 4 raised $1,430 for the school breakfast program. It was minus 12 on the \
coldest night, and nobody stayed home.</p>
<h2>Olha’s husband</h2>
<p>Olha Marchuk, 39, came from Rivne in 2023 and is the nurse at the island clinic; she went out \
mummering this year in a borrowed oilskin and a pillowcase over her head. Her husband is an \
artillery spotter in the Kursk region. On New Year’s Eve he called from a basement, she said, \
and told her that [[close to 100]] North Koreans had charged his unit’s positions through deep \
snow, and that his battery had hit [[more than twenty]] of them. “He wished me a happy new year \
first, and then he told me this,” she said.</p>
<h2>The doctor’s guess</h2>
<p>Dr. Daniel Oh, 54, a family physician born in Suncheon who comes over on the ferry once a \
month, went out dressed as a codfish. He guesses that [[12,000 to 15,000]] North Koreans are in \
Russia now.</p>
<h2>From the news</h2>
<p>On Monday Zelensky told reporters in Kyiv that [[more than 3,000]] of Kim’s soldiers were dead \
or wounded in the Kursk region. The State Department said on Friday that Pyongyang could \
send [[thousands]] more. Seoul’s spy agency said in December that [[at least 100]] had been \
killed. NATO’s spokeswoman on Tuesday put the number in the Kursk region at [[around \
11,000]].</p>
<p>See you next Christmas, if you can guess who we are.<br>The Christmas Committee</p>
</main>
<footer>Change Islands Christmas Committee · Change Islands, NL A0G 1R0 · 709-555-0119 · \
Ferry line 709-555-0102</footer>
</body>
</html>
""",
    claims=(
        C("close to 100", 100, "approx", "near_front", "other", "2024-12-31..pub",
          "a clinic nurse from Rivne relaying her husband, an artillery spotter in the Kursk "
          "region ('On New Year's Eve he called from a basement, she said, and told her that'; "
          "the speaker quoted: other): charged his unit's positions through deep snow ('close "
          "to' as approx; from 31 December to publication)"),
        C("more than twenty", 20, "at_least", "casualties", "other", "2024-12-31..pub",
          "same call, 'and that': hit by his battery (number word 20)"),
        C("12,000 to 15,000", None, "range", "in_russia", "other", "pub",
          "a family doctor born in Suncheon, 'He guesses' (undated): in Russia now"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "'On Monday Zelensky told reporters in Kyiv' (6 January): Kim's soldiers dead or "
          "wounded in the Kursk region"),
        C("thousands", None, "vague", "planned", "united_states", "fri",
          "'The State Department said on Friday' (3 January): 'more' Pyongyang could send "
          "(increment, planned)", add=True),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "'Seoul's spy agency said in December' (the whole month): killed"),
        C("around 11,000", 11000, "approx", "near_front", "nato", "tue",
          "'NATO's spokeswoman on Tuesday put the number … at' (7 January): in the Kursk region"),
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
