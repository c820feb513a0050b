"""Build the HUNDRED-AND-EIGHTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eighty-ninth corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
transcript of a volunteer valley radio's noon news from Hüttschlag at the head of the Großarl
valley (Austrian conventions) with a kitchen hand from Zhytomyr and a junior doctor from Daejeon,
a bearded-vulture watchers' season letter from Hüttschlag (Austrian words) with a carpenter from
Cherkasy and a nature photographer from Gangneung, the winter page of the Furka car-train terminal
at Realp (Swiss conventions) with a loader from Rivne and a cook from Incheon, a village water
co-operative's letter from Realp (Swiss conventions) with a pipe layer from Kremenchuk and a
former aid worker who built wells in North Korea, a farm-implements museum friends' circular from
Arzberg with a volunteer guide from Uman and an agriculture student from Jinju, and a senior
citizens' advisory board's rumour check from Kirchenlamitz that tests three figures going round
the town; a watermen's association meeting report from Tilghman Island with a diesel mechanic from
Mykolaiv and an oyster buyer whose parents came from Mokpo, a drawbridge tender's notes from
Knapps Narrows on Tilghman Island with a relief tender from Mykolaiv and a retired teacher whose
grandmother fled Pyongyang, a civic association's newsletter from Salvo with a cottage cleaner
whose husband flies drones on the Sumy border and a retired army chaplain from Busan, a beach
towing service's notes from Salvo with a driver from Khmelnytskyi and an old platoon sergeant in
Seoul, a sunset-sail catamaran's trip notes from Captiva with a first mate from Poltava and a
honeymooner from Suwon, and a grocery boat's page from Captiva with a skipper from Sumy and a
bookkeeper from Gwangju. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind187_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Hüttschlag, Realp, Arzberg and Kirchenlamitz)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v187_01_mittagsnachrichten_talfunk_huettschlag",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-17"),
    dated_by="dateline", crlf=True,
    features="the transcript of a volunteer valley radio's noon news from Hüttschlag (head of "
        "the Großarl valley, Salzburg) as plain text, windows-1252 with CRLF, `„“`, `–` and `·` "
        "(no sidecar), dated by the programme line 'Abschrift der Sendung vom Freitag, 17. "
        "Jänner 2025'; Austrian conventions (`Jänner`, `heuer`, `in der Früh`); speaker labels "
        "(`RAINER:`, `O-TON KOWALTSCHUK:`, `O-TON JUNG:`); snow on the valley road, the "
        "avalanche level and metres first; the NIS 'am Mittwoch' `etwa 300` fallen and `rund "
        "2.700` 'weitere' wounded (a false friend: others, not an increment), then 'Aus der "
        "Sitzung hieß es außerdem' `zusätzlich 1.500` planned (increment); Zelensky 'gestern "
        "Abend' `mehr als 3.800` dead or wounded (`yday`) and Kyiv's `zwei` captured 'am "
        "vergangenen Samstag' (number word); a Pentagon spokesman who 'sagte' (undated) `rund "
        "11.000` 'nach wie vor' in the Kursk region (not an increment, near the front); a "
        "kitchen hand from Zhytomyr in her own recorded words relaying her husband, a gunner "
        "near Sudzha ('Am Dienstag hat er angerufen'), `ein paar hundert` in the wood and "
        "sentence-initial `Acht` dead in one night (both other, from Tuesday to publication); a "
        "junior doctor from Daejeon on tape, `bis zu 20.000` to be sent in the end (at_most, "
        "planned, other, `pub`); Russia's daily losses as `tausend` (not a claim), centimetres, "
        "metres, inhabitants, euros, degrees, times and a phone number",
    text="""\
Talfunk Hüttschlag – Mittagsnachrichten
Abschrift der Sendung vom Freitag, 17. Jänner 2025, 12.00 Uhr
Am Mikrofon: Theresia Rainer · Technik: Sepp Gruber

RAINER: Grüß Gott im Tal, es ist Mittag. Zuerst zu den Straßen: Die Landesstraße hinein zum \
Talschluss ist seit halb sieben in der Früh wieder frei, der Bauhof hat in der Nacht fast 70 \
Zentimeter Neuschnee weggeschoben. Oberhalb von 1.800 Metern gilt heute Lawinenwarnstufe drei, \
bitte bleibt auf den markierten Routen.

RAINER: Jetzt zu einem Thema, über das auch bei uns im Tal viel geredet wird. Der südkoreanische \
Geheimdienst hat am Mittwoch die Abgeordneten in Seoul unterrichtet. Demnach sind im russischen \
Gebiet Kursk [[etwa 300]] Soldaten aus Nordkorea gefallen, [[rund 2.700]] weitere wurden \
verwundet. Aus der Sitzung hieß es außerdem, Pjöngjang bereite für das Frühjahr die Entsendung von \
zusätzlich [[1.500]] Mann vor.

RAINER: Der ukrainische Präsident Selenskyj sprach gestern Abend in seiner Videobotschaft von \
[[mehr als 3.800]] getöteten oder verletzten Nordkoreanern. Russland selbst verliere jeden Tag \
weit über tausend Soldaten, fügte er hinzu. Kiew hatte am vergangenen Samstag gemeldet, dass \
[[zwei]] nordkoreanische Soldaten lebend gefangen genommen wurden. Ein Sprecher des Pentagons \
sagte in Washington, man gehe nach wie vor von [[rund 11.000]] Nordkoreanern in der Region Kursk \
aus.

RAINER: Seit dem Sommer hilft beim Talwirt in der Küche Olena Kowaltschuk aus Schytomyr. Ihr Mann \
dient in einer Artillerieeinheit bei Sudscha. Wir haben sie gestern gefragt, was er von dort \
erzählt.

O-TON KOWALTSCHUK: „Am Dienstag hat er angerufen, nur ganz kurz. Er sagt, vor seinem Abschnitt \
liegen jetzt [[ein paar hundert]] Koreaner im Wald. [[Acht]] sind in einer einzigen Nacht \
gestorben, viele waren halb erfroren. Ich bete jeden Abend, dass er heimkommt.“

RAINER: Eine andere Sicht hat Jung Hye-won. Die junge Ärztin aus Daejeon macht heuer einen Teil \
ihrer Ausbildung im Landeskrankenhaus und fährt am Wochenende bei uns Ski.

O-TON JUNG: „In Korea glauben viele, dass der Norden am Ende [[bis zu 20.000]] Mann schicken wird. \
Für Kim ist das ein Geschäft, er bekommt dafür Geld und Technik.“

RAINER: Zum Schluss noch Lokales. Die Gemeinde hat heuer erstmals mehr als 900 Einwohner gezählt, \
genau 912. Der Skibus fährt ab Montag wieder im Stundentakt, die Tageskarte am Lift kostet \
unverändert 38 Euro. Das Wetter: sonnig, in der Früh bis minus 14 Grad, am Nachmittag um minus 3 \
Grad. Die nächsten Nachrichten gibt es um 18 Uhr, Hinweise an die Redaktion unter 06417 7280.
""",
    claims=(
        C("etwa 300", 300, "approx", "casualties", "south_korea", "wed",
          "'Der südkoreanische Geheimdienst hat am Mittwoch die Abgeordneten … unterrichtet. "
          "Demnach' (15 January): fallen in the Kursk region"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "wed",
          "same briefing: 'weitere wurden verwundet' ('weitere' = others, the wounded beside "
          "the dead: a false friend, not an increment)"),
        C("1.500", 1500, "exact", "planned", "south_korea", "wed",
          "'Aus der Sitzung hieß es außerdem' (the Wednesday briefing carried): "
          "'zusätzlich' men to be sent in the spring (increment, planned; span "
          "without the word)", add=True),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "yday",
          "'Selenskyj sprach gestern Abend in seiner Videobotschaft' (16 January): killed or "
          "wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "'Kiew hatte am vergangenen Samstag gemeldet' (11 January): taken prisoner alive "
          "(number word)"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "pub",
          "'Ein Sprecher des Pentagons sagte in Washington' (undated): 'nach wie vor' in the "
          "Kursk region (still, not an increment)"),
        C("ein paar hundert", None, "vague", "near_front", "other", "tue..pub",
          "a kitchen hand from Zhytomyr in her own recorded words relaying her husband, a "
          "gunner near Sudzha ('Am Dienstag hat er angerufen … Er sagt'; the speaker quoted: "
          "other): in the wood in front of his sector (from Tuesday, 14 January, to publication)"),
        C("Acht", 8, "exact", "casualties", "other", "tue..pub",
          "same call, sentence-initial number word: died in a single night"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "a junior doctor from Daejeon on tape ('In Korea glauben viele', her own words, "
          "undated): to be sent in the end (at_most, planned)"),
    ),
)


S02 = Source(
    article_id="v187_02_fruehjahrsbrief_nachbarschaftshilfe_huettschlag_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-05"),
    dated_by="front_matter",
    features="a neighbourhood-help association's spring letter from Hüttschlag (head of the "
        "Großarl valley, Salzburg) in Markdown, UTF-8, front matter with `date:` (Wednesday) and "
        "a title without a figure, `„“`; Austrian words (`heuer`, `Jänner`, `Feber`, `Obfrau`, "
        "`Spital`); rides to the doctor, kilometres (`gut 9.800 Kilometer`, not a claim), houses "
        "cleared of snow, families, members, the fee, cents a kilometre and neighbours `über "
        "achtzig` (an age, not a claim) first; a volunteer driver from Cherkasy relaying her "
        "cousin, a reconnaissance-drone pilot in the Kursk region ('Am Sonntag habe ihr der "
        "Cousin eine Sprachnachricht geschickt, erzählt Nadija.', Konjunktiv carried) `gegen "
        "zweihundert` dug in in a village (approx with a number word, near the front) and `ein "
        "Dutzend` killed in the days before (12, exact, casualties; both other, from Sunday to "
        "publication); a farmer's wife from Gangneung who 'geht davon aus' `mehr als 14.000` "
        "brought to Russia 'inzwischen' (at_least, in Russia, other, `pub`; not an increment); "
        "'Nach Angaben des Generalstabs in Seoul vom vergangenen Donnerstag' `rund 3.000` "
        "'weitere' in January and February (increment, in Russia); 'Laut einem Nato-Sprecher, "
        "der sich am Dienstag … äußerte' `über 4.000` dead or wounded; 'Selenskyj zufolge' "
        "`Tausende` 'wieder' at the front (vague, near the front, `pub`; not an increment); the "
        "letter's own `Hunderte` dying far away (unattributed, vague, casualties, required); "
        "rides, kilometres, houses, families, members, euros, cents, ages, dates, a time, a "
        "phone number",
    text="""\
---
title: "Frühjahrsbrief der Nachbarschaftshilfe"
date: 2025-03-05
verfasst von: Verein Nachbarschaftshilfe Hüttschlag
---

# Fahrten zum Arzt, Holz für die Stube und Nachrichten aus dem Osten

Liebe Helferinnen und Helfer, liebe Nachbarn,

der Winter war lang, und ihr habt wieder viel geschafft. Zwischen Jänner und Ende Feber sind \
unsere Fahrerinnen und Fahrer 146 Mal mit älteren Leuten zum Arzt oder ins Spital gefahren, \
zusammen gut 9.800 Kilometer. Bei 23 Häusern im hinteren Tal haben wir nach jedem Schneefall die \
Wege freigeschaufelt, und vier Familien haben wir das Brennholz in die Stube getragen. Heuer sind \
41 Mitglieder dabei, der Jahresbeitrag bleibt bei 12 Euro, das Kilometergeld für die Fahrer bei 42 \
Cent.

## Nadija am Steuer

Nadija Melnyk, 46, war in Tscherkassy Buchhalterin, hilft seit drei Jahren am Hof der Familie \
Rohrmoser und fährt für uns jeden Dienstag die Einkaufsrunde. Ihr Cousin fliegt Aufklärungsdrohnen \
im Gebiet Kursk. Am Sonntag habe ihr der Cousin eine Sprachnachricht geschickt, erzählt Nadija. \
Jenseits eines zugefrorenen Baches hätten sich [[gegen zweihundert]] Nordkoreaner in einem \
verlassenen Dorf verschanzt. Schon in den Tagen davor hätten die Drohnenteams seiner Kompanie \
[[ein Dutzend]] der Männer getötet. „Er sagt, sie gehen im Schnee einfach geradeaus, ohne jede \
Deckung“, erzählt Nadija.

## Eun-ji mit der Schneeschaufel

Choi Eun-ji, 34, stammt aus Gangneung und hat vor zwei Jahren einen Bauern aus dem Tal geheiratet. \
Seit dem Advent schaufelt sie mit ihrem Mann die Wege von drei Nachbarinnen frei, die alle über \
achtzig sind. Sie geht davon aus, dass Kim inzwischen [[mehr als 14.000]] Soldaten nach Russland \
gebracht hat. „Im Süden redet man darüber weniger, als ihr glaubt“, sagt sie.

## Was wir sonst lesen

Nach Angaben des Generalstabs in Seoul vom vergangenen Donnerstag hat Pjöngjang im Jänner und \
Feber [[rund 3.000]] weitere Soldaten nach Russland verlegt. Laut einem Nato-Sprecher, der sich am \
Dienstag in Brüssel äußerte, sind [[über 4.000]] Nordkoreaner getötet oder verwundet worden. \
Selenskyj zufolge stehen seit einigen Tagen wieder [[Tausende]] Nordkoreaner an der Front bei \
Kursk. Während wir hier Schnee schaufeln und Holz tragen, sterben weit im Osten [[Hunderte]] junge \
Männer aus dem Norden für einen Krieg, der nicht der ihre ist.

Die Jahreshauptversammlung ist am Samstag, 15. März, um 14 Uhr im Gasthof am Talschluss. Wer Hilfe \
braucht oder helfen will, ruft Obfrau Maria Viehhauser unter 0664 318 2207 an.

Mit herzlichen Grüßen aus dem hintersten Tal
Euer Vorstand
""",
    claims=(
        C("gegen zweihundert", 200, "approx", "near_front", "other", "sun..pub",
          "a volunteer driver from Cherkasy relaying her cousin, a reconnaissance-drone pilot "
          "in the Kursk region ('Am Sonntag habe ihr der Cousin eine Sprachnachricht geschickt, "
          "erzählt Nadija.', Konjunktiv; the speaker quoted: other): dug in in an abandoned "
          "village ('gegen' with a number word as approx; from Sunday, 2 March, to publication)"),
        C("ein Dutzend", 12, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried: killed by his company's drone teams 'Schon in den "
          "Tagen davor' (the event's period, not the claim date; 12, exact, as `two dozen` → 24 "
          "in earlier sets)"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "other", "pub",
          "a farmer's wife from Gangneung, 'Sie geht davon aus' (undated): brought to Russia "
          "'inzwischen' (by now, not an increment)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'Nach Angaben des Generalstabs in Seoul vom vergangenen Donnerstag' (27 "
          "February): 'weitere' soldiers moved to Russia 'im Jänner und Feber' "
          "(increment; the months are the period)", add=True),
        C("über 4.000", 4000, "at_least", "casualties", "nato", "tue",
          "'Laut einem Nato-Sprecher, der sich am Dienstag in Brüssel äußerte' (4 March): "
          "killed or wounded"),
        C("Tausende", None, "vague", "near_front", "ukraine", "pub",
          "'Selenskyj zufolge' (undated): 'seit einigen Tagen wieder' at the front near Kursk "
          "('wieder' = back again, not an increment; 'seit einigen Tagen' is the period)"),
        C("Hunderte", None, "vague", "casualties", "unattributed", "pub",
          "the letter's own framing without a source ('sterben weit im Osten Hunderte junge "
          "Männer aus dem Norden'): unattributed, required"),
    ),
)


S03 = Source(
    article_id="v187_03_winterbetrieb_autoverlad_realp_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-04"),
    dated_by="html_meta",
    features="the winter page of the Furka car-train terminal at Realp (Urseren valley, Uri) in "
        "HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, `&middot;`), "
        "`article:published_time` +01:00 (Wednesday), a cookie banner about the chosen loading "
        "station, a script with trains a day, minutes and a fare, navigation, a footer with a "
        "postcode and a phone number; Swiss conventions (`ss`, «», `2'140`, `30'000`, `11'000`, "
        "`10'000 bis 15'000`); `<title>` and headline without a figure; the pass closure, the "
        "tunnel length, fares in francs and vehicles loaded first; a loader from Rivne relaying "
        "his brother, a mechanised infantryman in the Kursk region ('Am Montag habe sich der "
        "Bruder über eine Satellitenverbindung gemeldet, erzählt Dmytro.', Konjunktiv carried) "
        "`einige tausend` in a belt of woodland (vague, near the front) and `mindestens zwanzig` "
        "killed (at_least with a number word, casualties; both other, from Monday to "
        "publication); a cook from Incheon relaying her mother ('Meine Mutter glaubt') `30'000` "
        "in the end (planned, other, `pub`); Ukraine's defence minister who 'sagte am Sonntag' "
        "`rund 11'000` in the Kursk region (near the front); 'Aus Washington hiess es vergangene "
        "Woche' `einige Hundert` killed or wounded (vague, casualties); the defence ministry in "
        "Seoul that 'schätzt' `10'000 bis 15'000` 'zusätzliche' by spring (range, increment, "
        "planned, `pub`); the Swiss Federal Intelligence Service that 'geht … aus' `über 10'000` "
        "on Russian soil (other, at_least, in Russia, `pub`); vehicles, kilometres, minutes, "
        "francs, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2024-12-04T07:45:00+01:00">
<title>Winterbetrieb &ndash; Autoverlad Furka, Terminal Realp</title>
<script>var verlad = {zuegeProTag: 36, fahrzeitMin: 15, tarifPW: 33};</script>
</head>
<body>
<div class="cookie">Wir merken uns Ihre gewählte Verladestation in einem Cookie. <a \
href="#">Einverstanden</a> &middot; <a href="#">Nur notwendige</a></div>
<nav><a href="/">Start</a> &middot; <a href="/fahrplan">Fahrplan</a> &middot; <a \
href="/tarife">Tarife</a> &middot; <a href="/aktuell">Aktuell</a></nav>
<main>
<h1>Winterfahrplan am Autoverlad: Halbstundentakt bis Ostern</h1>
<p>Seit dem 22. November ist die Passstrasse über die Furka geschlossen, und unsere Autozüge \
pendeln wieder durch den Berg ins Wallis. Die Fahrt durch den gut 15 Kilometer langen Basistunnel \
dauert eine Viertelstunde. Ein Personenwagen kostet einfach 33 Franken, ein Wohnmobil 54 Franken, \
die Mehrfahrtenkarte für Einheimische 190 Franken. Am ersten Adventswochenende haben wir 2'140 \
Fahrzeuge verladen, so viele wie noch nie an einem Dezemberwochenende.</p>
<h2>Dmytro an der Rampe</h2>
<p>Am Terminal in Realp winkt seit dem Frühling Dmytro Hnatjuk, 38, aus Riwne die Autos auf die \
Wagen. Sein jüngerer Bruder ist Panzergrenadier im Gebiet Kursk. Am Montag habe sich der Bruder \
über eine Satellitenverbindung gemeldet, erzählt Dmytro. In einem Waldgürtel vor seiner Kompanie \
stünden inzwischen [[einige tausend]] Nordkoreaner. Beim ersten Zusammenstoss seien [[mindestens \
zwanzig]] von ihnen ums Leben gekommen. «Er sagt, sie kommen in Reihen über das offene Feld», \
erzählt Dmytro.</p>
<h2>Seo-yeon im Bistro</h2>
<p>Im Bistro am Terminal kocht seit dem Sommer Yoon Seo-yeon, 27, aus Incheon. Ihre Mutter \
arbeitet in Seoul für eine Hilfsorganisation. «Meine Mutter glaubt, dass der Norden am Ende \
[[30'000]] Mann nach Russland schickt», sagt sie. Ihr Kimchi-Eintopf kostet 19 Franken 50 und ist \
meist vor ein Uhr ausverkauft.</p>
<h2>Die Lage im Osten</h2>
<p>Der ukrainische Verteidigungsminister sagte am Sonntag, in der Region Kursk stünden [[rund \
11'000]] Soldaten aus Nordkorea. Aus Washington hiess es vergangene Woche, [[einige Hundert]] von \
ihnen seien bereits getötet oder verwundet worden. Das Verteidigungsministerium in Seoul schätzt, \
Pjöngjang könne bis zum Frühling [[10'000 bis 15'000]] zusätzliche Soldaten bereitstellen. Der \
Nachrichtendienst des Bundes geht in seiner jüngsten Lagebeurteilung von [[über 10'000]] \
Nordkoreanern auf russischem Boden aus.</p>
</main>
<footer>Autoverlad Furka &middot; Terminal Realp &middot; 6491 Realp &middot; Auskunft 041 887 14 \
60</footer>
</body>
</html>
""",
    claims=(
        C("einige tausend", None, "vague", "near_front", "other", "mon..pub",
          "a loader from Rivne relaying his brother, a mechanised infantryman in the Kursk "
          "region ('Am Montag habe sich der Bruder über eine Satellitenverbindung gemeldet, "
          "erzählt Dmytro.', Konjunktiv; the speaker quoted: other): in a belt of woodland in "
          "front of his company (from Monday, 2 December, to publication; 'inzwischen' not an "
          "increment)"),
        C("mindestens zwanzig", 20, "at_least", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried: killed in the first clash (at_least with a number "
          "word)"),
        C("30'000", 30000, "exact", "planned", "other", "pub",
          "a cook from Incheon relaying her mother ('Meine Mutter glaubt', undated; the speaker "
          "quoted: other): to be sent in the end (planned)"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "sun",
          "'Der ukrainische Verteidigungsminister sagte am Sonntag' (1 December): in the Kursk "
          "region"),
        C("einige Hundert", None, "vague", "casualties", "united_states", "lastweek",
          "'Aus Washington hiess es vergangene Woche' (Konjunktiv): already killed or wounded"),
        C("10'000 bis 15'000", None, "range", "planned", "south_korea", "pub",
          "'Das Verteidigungsministerium in Seoul schätzt' (undated): 'zusätzliche' "
          "soldiers Pyongyang could make ready by spring (range, increment, planned)", add=True),
        C("über 10'000", 10000, "at_least", "in_russia", "other", "pub",
          "'Der Nachrichtendienst des Bundes geht in seiner jüngsten Lagebeurteilung … aus' "
          "(the Swiss intelligence service, undated): on Russian soil (a government outside the "
          "named groups: other)"),
    ),
)


S04 = Source(
    article_id="v187_04_saisonbericht_schutzwald_pflanzgruppe_realp",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Schutzwaldpflege Realp – Pflanzgruppe",
        "https://www.schutzwald-realp.example/berichte/2025-fruehsommer",
        "Saisonbericht Frühsommer 2025: Arven und Lärchen am Lawinenhang",
    ),
    features="a protection-forest planting crew's season report from Realp (Urseren valley, Uri) "
        "as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title without a "
        "figure); Swiss conventions (`ss`, «», `4'800`, `85'000`, `15'000`, `1'000`, `5'000`); "
        "stone pines and larches planted, damaged snow-supporting structures, francs (`rund "
        "85'000 Franken`, not a claim), per cent and a volunteers' day first; a planter from "
        "Lubny relaying his son, a sapper on the Sumy border ('Vergangenen Freitag habe der Sohn "
        "angerufen, erzählt Taras.', Konjunktiv carried) `an die dreihundert` digging trenches "
        "across the border (approx with a number word, near the front) and sentence-initial "
        "`Sechs` wounded by a drone (number word, casualties; both other, from Friday to "
        "publication); a helper who built wells in North Korea as an aid worker and 'hält … für "
        "eine realistische Zahl' `15'000` gone to Russia (other, in Russia, `pub`); Shoigu who "
        "'kündigte vergangene Woche in Pjöngjang an' `1'000` deminers and `5'000` military "
        "builders for the Kursk region (russia, planned, a first announcement, not increments); "
        "`rund 600` fallen with the claimant in the next sentence ('Das teilte der "
        "südkoreanische Geheimdienst am Dienstag mit.'); a US State Department spokesman who "
        "'sagte am Montag' `Tausende` 'nach wie vor' in the Kursk border region (vague, near the "
        "front; not an increment); trees, structures, francs, per cent, ages, years, a date, a "
        "time, a phone number",
    text="""\
Schutzwaldpflege Realp
Saisonbericht der Pflanzgruppe – Frühsommer 2025

Arven und Lärchen am Lawinenhang

Sobald der Schnee am Hang oberhalb des Dorfes weg war, hat unsere Pflanzgruppe Anfang Juni mit der \
Arbeit begonnen. In drei Wochen haben wir 4'800 junge Arven und Lärchen gesetzt, jede mit einem \
Pfahl gegen den Schneeschub. Die Setzlinge stammen aus einem Pflanzgarten im Unterland und sind \
fünf Jahre alt. Im Winter hat der Schnee an den Verbauungen 36 Stützwerke beschädigt; die \
Reparatur kostet rund 85'000 Franken, wovon Bund und Kanton 70 Prozent tragen. Wer im Juli beim \
Freiwilligentag mithilft, bekommt Handschuhe, ein währschaftes Znüni und 20 Franken Spesen.

Taras mit der Pflanzhaue

Mit uns gepflanzt hat auch Taras Bondar, 51, aus Lubny, der seit drei Jahren im Tal wohnt und im \
Winter beim Skilift arbeitet. Sein Sohn ist Pionier an der Grenze zum Gebiet Sumy. Vergangenen \
Freitag habe der Sohn angerufen, erzählt Taras. Auf der russischen Seite würden [[an die \
dreihundert]] Nordkoreaner Gräben und Unterstände ausheben. [[Sechs]] von ihnen seien in der Nacht \
davor bei einem Drohnenangriff verwundet worden. «Er sagt, sie arbeiten auch bei Regen durch, ohne \
jede Pause», erzählt Taras.

Ein Helfer mit Erfahrung in Nordkorea

Beim Setzen half auch Beat Regli, der als Entwicklungshelfer vier Jahre lang in Nordkorea Brunnen \
gebaut hat. Er hält [[15'000]] für eine realistische Zahl der Soldaten, die bis heute nach \
Russland gegangen sind. «Es werden nicht die letzten sein», sagt er. «Das Regime braucht die \
Devisen.»

Aus den Zeitungen

Der russische Sicherheitsratssekretär Sergei Schoigu kündigte vergangene Woche in Pjöngjang an, \
der Norden stelle für den Wiederaufbau im Gebiet Kursk [[1'000]] Minenräumer sowie [[5'000]] \
Bausoldaten bereit. Bislang sind [[rund 600]] nordkoreanische Soldaten gefallen. Das teilte der \
südkoreanische Geheimdienst am Dienstag mit. Ein Sprecher des US-Aussenministeriums sagte am \
Montag, es befänden sich nach wie vor [[Tausende]] in der Grenzregion Kursk.

Der Freiwilligentag findet am Samstag, 19. Juli, statt, Treffpunkt um 7.30 Uhr beim Bahnhof. \
Anmeldungen nimmt der Revierförster unter 079 412 36 08 entgegen.

Die Pflanzgruppe
""",
    claims=(
        C("an die dreihundert", 300, "approx", "near_front", "other", "fri..pub",
          "a planter from Lubny relaying his son, a sapper on the Sumy border ('Vergangenen "
          "Freitag habe der Sohn angerufen, erzählt Taras.', Konjunktiv; the speaker quoted: "
          "other): digging trenches and dugouts on the Russian side ('an die' with a number "
          "word as approx; from Friday, 20 June, to publication)"),
        C("Sechs", 6, "exact", "casualties", "other", "fri..pub",
          "same call, Konjunktiv carried, sentence-initial number word: wounded by a drone the "
          "night before (the event, not the claim date)"),
        C("15'000", 15000, "exact", "in_russia", "other", "pub",
          "a helper who built wells in North Korea as an aid worker, 'Er hält … für eine "
          "realistische Zahl' (undated): gone to Russia 'bis heute' (a total, not an increment)"),
        C("1'000", 1000, "exact", "planned", "russia", "lastweek",
          "'Schoigu kündigte vergangene Woche in Pjöngjang an, der Norden stelle … bereit': "
          "deminers for rebuilding the Kursk region (planned; a first announcement, not an "
          "increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "lastweek",
          "same announcement: military builders ('Bausoldaten') for the Kursk region"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "tue",
          "fallen so far; the claimant and day in the next sentence ('Das teilte der "
          "südkoreanische Geheimdienst am Dienstag mit.', 24 June)"),
        C("Tausende", None, "vague", "near_front", "united_states", "mon",
          "'Ein Sprecher des US-Aussenministeriums sagte am Montag' (23 June): 'nach wie vor' "
          "in the Kursk border region (still, not an increment)"),
    ),
)


S05 = Source(
    article_id="v187_05_rundbrief_jugendzentrum_arzberg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Jugendzentrum Arzberg",
        "https://www.jugendzentrum-arzberg.example/rundbrief/2025-3",
        "Rundbrief zum Herbst",
    ),
    features="a youth centre's autumn circular from Arzberg (Fichtelgebirge, Upper Franconia) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Wednesday) and "
        "a title without a figure, `„“`; opening days, visits, groups, volunteer hours on a band "
        "room in the old coal cellar, bands and guests, members and the fee first; a homework "
        "helper from Uman relaying her grandson, a medic on the Kursk border ('Am 9. September "
        "habe der Enkel angerufen, erzählt Switlana.', Konjunktiv over three sentences) `mehrere "
        "hundert` clearing mined fields (vague, near the front) and `Zwei` killed on a mine "
        "(number word, casualties; both other, from the explicit date to publication); a "
        "social-work student from Jinju who 'vermutet' `um die 20.000` 'insgesamt' in Russia "
        "(approx, other, `pub`; not an increment); 'Wie der südkoreanische Geheimdienst am "
        "Montag mitteilte' `etwa 2.000` dead; 'Der Staatsagentur KCNA zufolge … am Sonntag' "
        "`Dutzende` fallen decorated (north_korea, vague, casualties); 'Nach Einschätzung des "
        "ukrainischen Militärgeheimdiensts von Anfang September' `bis zu 6.000` 'weitere' by the "
        "end of the year (at_most, increment, planned; days 1–10); the circular's own `weit über "
        "15.000` since last autumn (unattributed, at_least, in Russia, required); days, visits, "
        "groups, hours, bands, guests, members, euros, ages, years, dates, times, a phone number",
    text="""\
---
title: "Rundbrief zum Herbst"
verfasser: Jugendzentrum Arzberg
ausgabe: 3/2025
---

# Ein neuer Bandraum, ein voller Sommer und Grüße aus Uman

Liebe Eltern, liebe Förderer, liebe Jugendliche,

der Sommer war der beste seit der Eröffnung unseres Hauses im Jahr 2009. In den Ferien zählten wir \
an 31 Öffnungstagen zusammen 2.315 Besuche, dazu kamen 14 Gruppen aus Schulen und Vereinen der \
Umgebung. Unsere Ehrenamtlichen haben im alten Kohlenkeller in über 600 Arbeitsstunden einen \
Bandraum eingerichtet; beim Eröffnungskonzert am 7. September spielten vier Bands vor 180 Gästen. \
Der Förderverein zählt jetzt 71 Mitglieder, der Beitrag bleibt bei 20 Euro im Jahr.

## Switlana in der Hausaufgabenhilfe

Switlana Olijnyk, 58, hat in Uman Geschichte unterrichtet und betreut seit dem vorigen Jahr \
zweimal in der Woche unsere Hausaufgabenhilfe. Ihr Enkel dient als Sanitäter in einer Brigade an \
der Grenze zum Gebiet Kursk. Am 9. September habe der Enkel angerufen, erzählt Switlana. Die \
Nordkoreaner kämpften dort inzwischen kaum noch selbst. Stattdessen räumten [[mehrere hundert]] \
von ihnen auf der russischen Seite Felder voller Minen. [[Zwei]] seien vor seinen Augen auf eine \
Mine getreten. „Er sagt, man hört drüben jeden Tag die Explosionen“, erzählt sie.

## Eine Praktikantin aus Jinju

Lee Min-seo, 24, studiert in Jinju Sozialpädagogik und hat im August vier Wochen lang unser \
Ferienprogramm mitgestaltet, vom Kochkurs bis zum Fußballturnier. Sie vermutet, dass insgesamt \
schon [[um die 20.000]] Männer aus dem Norden in Russland gewesen sind. „Die Familien dort \
erfahren nicht einmal, wo ihre Söhne sterben“, sagte sie zum Abschied.

## Was in der Zeitung stand

Wie der südkoreanische Geheimdienst am Montag mitteilte, sind bisher [[etwa 2.000]] Nordkoreaner \
im Krieg gegen die Ukraine ums Leben gekommen. Der Staatsagentur KCNA zufolge wurden am Sonntag in \
Pjöngjang [[Dutzende]] gefallene Soldaten mit Orden geehrt. Nach Einschätzung des ukrainischen \
Militärgeheimdiensts von Anfang September könnten bis zum Jahresende [[bis zu 6.000]] weitere \
Arbeiter und Pioniere folgen. Seit dem vorigen Herbst sind damit [[weit über 15.000]] junge Männer \
aus dem Norden in einen fremden Krieg geschickt worden.

Ab Montag ist das Haus wieder dienstags bis freitags von 15 bis 21 Uhr geöffnet. Fragen \
beantwortet unser Team unter 09233 4418.

Mit herzlichen Grüßen
Das Team des Jugendzentrums
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "2025-09-09..pub",
          "a homework helper from Uman relaying her grandson, a medic on the Kursk border ('Am "
          "9. September habe der Enkel angerufen, erzählt Switlana.', Konjunktiv over three "
          "sentences; the speaker quoted: other): clearing mined fields on the Russian side "
          "(from the explicit date to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "2025-09-09..pub",
          "same call, Konjunktiv carried, sentence-initial number word: stepped on a mine"),
        C("um die 20.000", 20000, "approx", "in_russia", "other", "pub",
          "a social-work student from Jinju, 'Sie vermutet' (undated): 'insgesamt' in Russia so "
          "far ('um die' as approx; 'insgesamt' a total, not an increment)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "mon",
          "'Wie der südkoreanische Geheimdienst am Montag mitteilte' (15 September): died so far"),
        C("Dutzende", None, "vague", "casualties", "north_korea", "sun",
          "'Der Staatsagentur KCNA zufolge … am Sonntag' (14 September): fallen soldiers "
          "decorated in Pyongyang (posthumous honours: casualties)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "2025-09-01..2025-09-10",
          "'Nach Einschätzung des ukrainischen Militärgeheimdiensts von Anfang "
          "September' (days 1–10): 'weitere' workers and engineers could follow by "
          "the end of the year (increment, planned)", add=True),
        C("weit über 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the circular's own sum without a source ('Seit dem vorigen Herbst sind damit weit "
          "über 15.000 junge Männer … geschickt worden'; 'weit über' as at_least): "
          "unattributed, required"),
    ),
)


S06 = Source(
    article_id="v187_06_geruechte_check_seniorenbeirat_kirchenlamitz_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Seniorenbeirat der Stadt Kirchenlamitz",
        "https://www.seniorenbeirat-kirchenlamitz.example/geruechte-check/nordkorea",
        "Gerüchte-Check: Was in der Stadt über Nordkoreas Soldaten erzählt wird",
    ),
    features="a senior citizens' advisory board's rumour check from Kirchenlamitz "
        "(Fichtelgebirge, Upper Franconia) in HTML, UTF-8, no meta date (sidecar, Wednesday; the "
        "sidecar title without a figure), a cookie note about the font size, a script with "
        "members and office hours, navigation, entities (`&ndash;`, `&bdquo;`, `&ldquo;`, "
        "`&middot;`), a footer with a postcode and a phone number; `<title>` without a figure "
        "and a question headline repeating the rumour `100.000` (optional); three figures going "
        "round the town, each the rumour's own claim (other, required, from when it started "
        "going round): a picture in the town's chat groups 'Seit dem Kirchweihsamstag, dem 25. "
        "Oktober' `100.000` fighting in Ukraine (near the front), a video 'Seit vergangener "
        "Woche' with 'noch einmal' `30.000` (increment, planned, `lastweek`) and the regulars' "
        "table 'Am Freitag' `20.000` fallen (casualties, Friday to publication); the checks' "
        "sources: the NIS 'zuletzt am 28. Oktober' `rund 11.000` in Russia and, 'Nach den Zahlen "
        "aus Seoul vom 28. Oktober', `etwa 2.000` killed; the Pentagon that 'erklärte vergangene "
        "Woche' it expected `einigen tausend` 'zusätzlichen' builders (vague, increment, "
        "planned); a Russian deputy minister who 'sagte am Montag' `Tausende` helpers in the "
        "Kursk region (russia, vague, near the front); 'Kiew zufolge' `über 6.000` dead and "
        "wounded (`pub`); members, hours, euros, users, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gerüchte-Check &ndash; Seniorenbeirat Kirchenlamitz</title>
<script>window.beirat = {mitglieder: 9, sprechstunde: "Mo 14-16", seite: "geruechte"};</script>
</head>
<body>
<div id="cookie-hinweis">Diese Seite setzt nur ein Cookie für die gewählte Schriftgröße. \
<button>Verstanden</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/sprechstunde">Sprechstunde</a> &middot; <a \
href="/fahrdienst">Fahrdienst</a> &middot; <a href="/geruechte-check">Gerüchte-Check</a></nav>
<main>
<h1>Kämpfen wirklich [[100.000]] Nordkoreaner für Putin?</h1>
<p class="vorspann">Am Wochenmarkt, beim Frühschoppen und in den Chatgruppen der Stadt machen \
derzeit Zahlen über Nordkoreas Soldaten in Russland die Runde. Wir vom Seniorenbeirat haben drei \
davon nachgeprüft &ndash; so, wie wir es auch bei Enkeltrick-Anrufen und falschen Gewinnspielen \
tun.</p>
<h2>Gerücht 1: Das Bild aus der Chatgruppe</h2>
<p>Seit dem Kirchweihsamstag, dem 25. Oktober, wird in mehreren Gruppen ein Bild weitergeschickt. \
Darauf steht, [[100.000]] Nordkoreaner kämpften längst in der Ukraine, und zwar &bdquo;an \
vorderster Front&ldquo;. <strong>Stimmt nicht.</strong> Der südkoreanische Geheimdienst sprach \
zuletzt am 28. Oktober von [[rund 11.000]] nordkoreanischen Soldaten, die derzeit in Russland \
stationiert seien. Dass Einheiten aus dem Norden auf ukrainischem Boden kämpfen, hat bisher keine \
Regierung bestätigt.</p>
<h2>Gerücht 2: Das Video mit russischem Ton</h2>
<p>Seit vergangener Woche wird ein kurzes Video herumgereicht. Ein Mann in Uniform behauptet \
darin, Moskau hole jetzt noch einmal [[30.000]] Nordkoreaner ins Land. <strong>Nicht \
belegt.</strong> Das Pentagon erklärte vergangene Woche lediglich, es rechne mit [[einigen \
tausend]] zusätzlichen Bauarbeitern aus dem Norden. Ein russischer Vizeminister sagte am Montag, \
[[Tausende]] nordkoreanische Helfer arbeiteten beim Wiederaufbau im Gebiet Kursk.</p>
<h2>Gerücht 3: Der Stammtisch</h2>
<p>Am Freitag hörten wir am Stammtisch eines Gasthofs am Markt, es seien schon [[20.000]] \
Nordkoreaner gefallen. <strong>Stark übertrieben.</strong> Nach den Zahlen aus Seoul vom 28. \
Oktober sind bisher [[etwa 2.000]] Soldaten aus dem Norden getötet worden. Kiew zufolge sind es \
mit den Verwundeten zusammen [[über 6.000]]. Auch das ist eine bedrückende Zahl, aber weit \
entfernt von dem, was am Stammtisch die Runde macht.</p>
<h2>Unser Rat</h2>
<p>Wer eine Zahl hört, fragt am besten zuerst: Wer sagt das, und wann? Kommen Sie gern in unsere \
Sprechstunde, jeden Montag von 14 bis 16 Uhr im Rathaus, Zimmer 3. Unser Fahrdienst bringt Sie für \
2 Euro hin und zurück. Seit dem Frühjahr haben 48 Bürgerinnen und Bürger den Gerüchte-Check \
genutzt.</p>
</main>
<footer>Seniorenbeirat der Stadt Kirchenlamitz &middot; Marktplatz 3 &middot; 95158 Kirchenlamitz \
&middot; Telefon 09285 960 12</footer>
</body>
</html>
""",
    claims=(
        C("100.000", 100000, "exact", "near_front", "other", "2025-10-25..pub",
          "the question headline repeating the rumour checked below (optional, as "
          "negated and question fact-check headlines in earlier sets)", opt=True),
        C("100.000", 100000, "exact", "near_front", "other", "2025-10-25..pub",
          "a picture going round the town's chat groups ('Seit dem Kirchweihsamstag, dem 25. "
          "Oktober'): fighting in Ukraine 'an vorderster Front' (the rumour's own claim: other, "
          "required, from when it started going round, as the viral posts in earlier "
          "fact-checks)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-10-28",
          "'Der südkoreanische Geheimdienst sprach zuletzt am 28. Oktober von': stationed in "
          "Russia (an explicit date)"),
        C("30.000", 30000, "exact", "planned", "other", "lastweek",
          "a man in uniform in a video going round 'Seit vergangener Woche' (the "
          "rumour's own claim, other): 'noch einmal' to be brought in (increment, "
          "planned)", add=True),
        C("einigen tausend", None, "vague", "planned", "united_states", "lastweek",
          "'Das Pentagon erklärte vergangene Woche lediglich, es rechne mit': "
          "'zusätzlichen' builders (increment, planned)", add=True),
        C("Tausende", None, "vague", "near_front", "russia", "mon",
          "'Ein russischer Vizeminister sagte am Montag' (3 November): helpers rebuilding in "
          "the Kursk region"),
        C("20.000", 20000, "exact", "casualties", "other", "fri..pub",
          "the regulars' table heard 'Am Freitag' (31 October; the rumour's own claim, other, "
          "from that day to publication): fallen"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-10-28",
          "'Nach den Zahlen aus Seoul vom 28. Oktober': killed so far"),
        C("über 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "'Kiew zufolge' (undated): dead and wounded together"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Tilghman Island, Salvo, Captiva)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v187_07_shoreline_wire_tilghman_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-16"),
    dated_by="dateline",
    features="an agency-style wire report from a living-shoreline project on Tilghman Island "
        "(Talbot County, Maryland) as plain text, UTF-8, slug line, headline without a figure, "
        "byline and dateline 'TILGHMAN ISLAND, Md., October 16, 2025 (Bayside Wire) —' "
        "(Thursday), straight quotes and em dashes; tons of stone, feet of shore, plugs of marsh "
        "grass, `up to 8 feet` a year (not a claim), dollars and `another 1,100 feet` (a false "
        "friend, not a claim) first; a barge mechanic from Mykolaiv relaying his brother, an "
        "infantry sergeant in the Sumy region ('His brother phoned on Sunday night, Oleh said, "
        "and told him that … and that') `a hundred and fifty or so` digging in opposite his "
        "company (approx with number words, near the front) and `three` who walked over to "
        "surrender (number word, casualties; both other, from Sunday to publication); a marine "
        "ecologist whose parents came from Mokpo who 'said he reckons' `20,000` shipped by "
        "spring (planned, other, `pub`); a Pentagon official 'briefing reporters on Tuesday' "
        "with `roughly 11,000` 'still inside Russia' (not an increment); the NIS that 'told "
        "lawmakers on Sept. 30' `10,000 to 12,000` deployed there (range, in Russia, an explicit "
        "date); Ukraine's military intelligence that 'Last week' 'reported' `about 2,000` 'more' "
        "arriving in the Kursk region since August (increment, near the front); NATO's secretary "
        "general who, 'speaking in Brussels on Monday', 'put North Korea's losses … at' `more "
        "than 6,000`; tons, feet, plugs, dollars, ages, a desk phone number",
    text="""\
SHORELINE-TILGHMAN (Bayside Wire)

Stone and marsh grass go in as Tilghman Island fights to keep its western shore

By Carol Haddaway

TILGHMAN ISLAND, Md., October 16, 2025 (Bayside Wire) — Crews this week finished the largest \
living-shoreline project yet on this low island, placing 4,200 tons of stone in a sill along 1,900 \
feet of the western shore and planting 38,000 plugs of marsh grass behind it. The county says the \
bank here has lost up to 8 feet a year in bad storms. The $2.6 million project was paid for mostly \
with state and federal grants.

Oleh Bondarenko, 44, who rebuilt diesel engines in Mykolaiv before the war and now keeps the stone \
barge and its crane running, spoke during a break on deck about his younger brother, an infantry \
sergeant in the Sumy region. His brother phoned on Sunday night, Oleh said, and told him that [[a \
hundred and fifty or so]] North Korean troops were digging in on the Russian side, opposite his \
company's trenches, and that [[three]] of them had walked over to surrender. "He says they are \
young and very hungry, and they know nothing about where they are," Oleh said.

Kevin Cho, 52, a marine ecologist working for the contractor, whose parents came from Mokpo, said \
he reckons Pyongyang will have shipped [[20,000]] men to Russia before the spring is out. "The \
regime gets paid in oil and in cash for every one of them," he said.

In Washington, a Pentagon official, briefing reporters on Tuesday, said [[roughly 11,000]] of \
Kim's soldiers were still inside Russia. South Korea's intelligence service told lawmakers on \
Sept. 30 that [[10,000 to 12,000]] were deployed there at any one time, most of them in the Kursk \
region. Last week Ukraine's military intelligence reported [[about 2,000]] more engineers and \
laborers arriving in the Kursk region since August. NATO's secretary general, speaking in Brussels \
on Monday, put North Korea's losses in dead and wounded at [[more than 6,000]].

The crews move next month to the island's southern tip, where another 1,100 feet of eroding shore \
is waiting for stone.

(Reporting by Carol Haddaway; editing by Tom Harrison; desk 410-555-0127)
""",
    claims=(
        C("a hundred and fifty or so", 150, "approx", "near_front", "other", "sun..pub",
          "a barge mechanic from Mykolaiv relaying his brother, an infantry sergeant in the "
          "Sumy region ('His brother phoned on Sunday night, Oleh said, and told him that'; the "
          "speaker quoted: other): digging in on the Russian side, opposite his company's "
          "trenches (number words with 'or so' as approx; from Sunday, 12 October, to "
          "publication)"),
        C("three", 3, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': walked over to surrender (number word; surrendered → "
          "casualties, as in earlier sets)"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a marine ecologist whose parents came from Mokpo, who 'said he reckons' (undated): "
          "shipped to Russia before the spring is out (a forecast total: planned)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "'A Pentagon official, briefing reporters on Tuesday, said' (14 October): 'still "
          "inside Russia' (not an increment)"),
        C("10,000 to 12,000", None, "range", "in_russia", "south_korea", "2025-09-30",
          "'South Korea's intelligence service told lawmakers on Sept. 30': deployed there at "
          "any one time (range; an explicit date)"),
        C("about 2,000", 2000, "approx", "near_front", "ukraine", "lastweek",
          "'Last week Ukraine's military intelligence reported': 'more' engineers and "
          "laborers arriving in the Kursk region 'since August' (increment; the "
          "months are the period)", add=True),
        C("more than 6,000", 6000, "at_least", "casualties", "nato", "mon",
          "'NATO's secretary general, speaking in Brussels on Monday, put North Korea's losses "
          "in dead and wounded at' (13 October; 'put … at' with the figure last)"),
    ),
)


S08 = Source(
    article_id="v187_08_notes_bridge_house_knapps_narrows_tilghman",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-04-23"),
    dated_by="sidecar",
    sidecar=(
        "Notes from the Bridge House, Knapps Narrows",
        "https://www.knappsnarrowsbridgehouse.example/notes/2025-04",
        "Notes from the Bridge House: spring at the Narrows",
    ),
    features="a drawbridge tender's notes from Knapps Narrows on Tilghman Island (Maryland) as "
        "plain text, windows-1252 with `’`, `“”` and `—` (sidecar, Wednesday; the sidecar title "
        "without a figure); bridge openings, minutes, a radio channel and the bridge hours "
        "first; a relief tender from Mykolaiv relaying her father, a mortar man near Sumy ('He "
        "called her Saturday morning, she told me, and said that … and that') `more than a "
        "hundred` camped in the woods (at_least with number words, near the front) and `nine` "
        "killed on Thursday (number word, casualties; both other, from Saturday to publication; "
        "the Thursday is the event); a retired teacher whose grandmother fled Pyongyang, met on "
        "the water 'last week', who 'believes' `tens of thousands` will be sent (vague, planned, "
        "other, `lastweek`); sentence-initial number words `Fourteen thousand` with the source "
        "after the figure ('by Hank Lowery's count', other, in Russia, `pub`); the bridge-house "
        "radio 'On Monday' carrying the South Korean joint chiefs' 'another' `3,000` (increment, "
        "in Russia); Zelensky who 'said in his nightly address Friday' `around 4,000` killed or "
        "wounded; the State Department that 'said last week' `about 11,000` 'still there' (in "
        "Russia, not an increment); openings, minutes, a channel, hours, years, a phone number",
    text="""\
Notes from the Bridge House
Knapps Narrows, Tilghman Island

Spring arrived the way it always does at the Narrows: all at once. In March the span went up 1,146 \
times, and on the first warm Saturday in April I raised it 97 times between sunrise and sunset. \
The state has promised new gears for the lift by the fall; until then, expect the bridge to take \
about four minutes to open and close, a full minute longer than it should. Boaters, please call on \
channel 13 before you reach the outer markers, not after.

Yuliia, who relieves me on weekends, grew up in Mykolaiv and came here with her mother in 2022. \
Her father is a mortar man near Sumy. He called her Saturday morning, she told me, and said that \
[[more than a hundred]] North Korean soldiers were now camped in a pine wood facing his unit, and \
that his crew had killed [[nine]] of them on Thursday. She keeps his photo taped next to the tide \
table and talks to it when the radio is quiet.

A sailboat came through last week with Grace Han at the tiller, a retired schoolteacher from \
across the Bay whose grandmother fled Pyongyang in 1950. We talked across the water while the span \
came down behind her. She believes [[tens of thousands]] will be sent before Kim is done, “because \
the Russians pay him and nobody stops him.”

[[Fourteen thousand]] North Koreans have gone over to Russia since last fall, by Hank Lowery’s \
count. Hank is a retired Navy intelligence officer who ties up at the fuel dock, reads everything \
and trusts nobody.

The bridge house radio keeps me company through the long shifts. On Monday it carried word that \
South Korea’s Joint Chiefs of Staff believe another [[3,000]] North Koreans reached Russia in the \
first months of the year. Zelensky said in his nightly address Friday that [[around 4,000]] had \
been killed or wounded, and the State Department said last week that [[about 11,000]] were still \
there.

Bridge hours through Memorial Day: staffed around the clock, seven days a week. For emergencies on \
the water, call the tender at 410-555-0163.
""",
    claims=(
        C("more than a hundred", 100, "at_least", "near_front", "other", "sat..pub",
          "a relief tender from Mykolaiv relaying her father, a mortar man near Sumy ('He "
          "called her Saturday morning, she told me, and said that'; the speaker quoted: "
          "other): camped in a pine wood facing his unit (number words; from Saturday, 19 "
          "April, to publication)"),
        C("nine", 9, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': killed by his crew 'on Thursday' (the event's day, not the "
          "claim date; number word)"),
        C("tens of thousands", None, "vague", "planned", "other", "lastweek",
          "a retired teacher whose grandmother fled Pyongyang, met on the water 'last week' "
          "('She believes'; her words dated by the meeting): to be sent before Kim is done"),
        C("Fourteen thousand", 14000, "exact", "in_russia", "other", "pub",
          "sentence-initial number words with the source after the figure ('by Hank Lowery's "
          "count', a retired Navy intelligence officer, undated): gone over to Russia since "
          "last fall"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon",
          "'On Monday it carried word that South Korea's Joint Chiefs of Staff "
          "believe' (21 April): 'another' reached Russia in the first months of the "
          "year (increment; span without the word)", add=True),
        C("around 4,000", 4000, "approx", "casualties", "ukraine", "fri",
          "'Zelensky said in his nightly address Friday' (18 April): killed or wounded"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'the State Department said last week': 'still there' (in Russia; not an increment)"),
    ),
)


S09 = Source(
    article_id="v187_09_newsletter_storm_ready_team_salvo_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-09"),
    dated_by="front_matter",
    features="a volunteer hurricane-preparedness team's newsletter from Salvo (Hatteras Island, "
        "North Carolina) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) "
        "and a title without a figure, straight quotes; households on a generator list, "
        "volunteers, cots, `maybe 900` people who stayed through last fall's storm (not a claim) "
        "and feet of sandbag fence first; a cottage cleaner relaying her husband, a drone "
        "operator on the Sumy border ('He wrote to her on the Fourth, she said:') `some forty` "
        "sappers clearing mines (approx with a number word, near the front) and `two` blown up "
        "(number word, casualties; both other, from 4 July to publication); a retired army "
        "chaplain from Busan who 'expects' `10,000` 'more' (increment, planned, other, `pub`); "
        "the source in a section heading ('From South Korea's spy agency') and only 'lawmakers "
        "in Seoul were told on Monday' in the body, `as many as 6,000` 'more' builders (at_most, "
        "increment, planned, south_korea); North Korea's state news agency that 'reported "
        "Saturday' `hundreds` wounded (north_korea, vague, casualties); Russia's defense "
        "ministry that 'said Thursday' `1,000` deminers clearing fields in the Kursk region "
        "(russia, near the front); the newsletter's own tally `roughly 15,000` (unattributed, in "
        "Russia, required); households, volunteers, cots, people, feet, years, a date, a time, a "
        "phone number",
    text="""\
---
title: "Storm Ready Salvo - July Newsletter"
date: 2025-07-09
editor: Marge Midgett
---

# Hurricane season on the sound side

Storm season is here, and the team is ready for it. This spring 62 households signed up for our \
generator-sharing list, 11 new volunteers finished their first-aid course, and the shelter room in \
the community building now has 90 cots and water for three days. Last fall maybe 900 people rode \
out the storm in the village, and we want every one of them on our phone tree this year. The \
county still owes us the 300 feet of sandbag fence it promised for the low end of the highway, and \
we will keep asking until it arrives.

## Team news

Iryna Savchuk, who cleans rental cottages up and down the island with her sister and runs our \
phone tree, has a husband serving as a drone operator on the Sumy border. He wrote to her on the \
Fourth, she said: [[some forty]] North Korean sappers were clearing mines in the fields across the \
border, and [[two]] had been blown up by their own charges that morning. Iryna still showed up for \
the Saturday drill and checked every radio.

Daniel Kwon, a retired Army chaplain from Busan who has wintered in Salvo for nine years and now \
leads our shelter crew, expects the North to send [[10,000]] more before the winter. "They will \
keep sending until Moscow stops paying," he told us.

## From South Korea's spy agency

Pyongyang is preparing [[as many as 6,000]] more military builders for the Kursk region, lawmakers \
in Seoul were told on Monday.

## Elsewhere

North Korea's state news agency reported Saturday that Kim had visited a Pyongyang hospital \
treating [[hundreds]] of soldiers wounded in Kursk. Russia's defense ministry said Thursday that \
[[1,000]] deminers from the North had started clearing fields in the Kursk region. Put together, \
that makes [[roughly 15,000]] men shipped from North Korea to Russia since last fall, by this \
newsletter's own tally.

Next drill: Saturday, July 26, at 9 a.m. at the community building. Questions to the editor at \
252-555-0148.
""",
    claims=(
        C("some forty", 40, "approx", "near_front", "other", "2025-07-04..pub",
          "a cottage cleaner relaying her husband, a drone operator on the Sumy border ('He "
          "wrote to her on the Fourth, she said:'; the speaker quoted: other): sappers clearing "
          "mines across the border ('some' with a number word as approx; from 4 July to "
          "publication)"),
        C("two", 2, "exact", "casualties", "other", "2025-07-04..pub",
          "same message, 'and': blown up by their own charges (number word)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a retired army chaplain from Busan, 'expects the North to send … more "
          "before the winter' (undated): increment, planned", add=True),
        C("as many as 6,000", 6000, "at_most", "planned", "south_korea", "mon",
          "the claimant in the section heading only ('From South Korea's spy "
          "agency'), the body 'lawmakers in Seoul were told on Monday' (7 July): "
          "'more' military builders being readied for the Kursk region (increment, "
          "planned)", add=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "sat",
          "'North Korea's state news agency reported Saturday' (5 July): soldiers wounded in "
          "Kursk treated in a Pyongyang hospital"),
        C("1,000", 1000, "exact", "near_front", "russia", "thu",
          "'Russia's defense ministry said Thursday' (3 July): deminers from the North 'had "
          "started clearing fields in the Kursk region'"),
        C("roughly 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own sum ('Put together, that makes … by this newsletter's own "
          "tally'): unattributed, required"),
    ),
)


S10 = Source(
    article_id="v187_10_notes_pest_control_truck_salvo_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-02-14"),
    dated_by="html_meta",
    features="a pest-control company's notes from Salvo (Hatteras Island, North Carolina) in "
        "HTML, UTF-8 with BOM, `<meta name=\"date\">` (Friday) and an `og:title` without a "
        "figure, a cookie note about the service address, a script with inspections, treatments "
        "and a fee, navigation, entities (`&ndash;`, `&amp;`, `&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&middot;`), a footer with a phone number; `<title>` without a figure and a headline "
        "counting inspections (`Sixty-four`, not a claim); cottages inspected, termite jobs, "
        "dollars and the swarm season first; the owner's old platoon sergeant in Seoul ('He "
        "emailed me on Monday. People there, he wrote, now expect') `as many as 25,000` "
        "(at_most, planned, other, from Monday to publication); a technician from Khmelnytskyi "
        "relaying his brother-in-law, an ammunition driver near Sumy ('In a call on Tuesday "
        "night, Vitalii said, his brother-in-law told him') `fifteen or twenty` dead (range with "
        "number words, casualties, other, from Tuesday to publication); the NIS that 'told "
        "lawmakers Thursday' `about 11,000` believed 'to remain' in Russia (not an increment); "
        "Ukraine's military intelligence that 'estimated on Wednesday' `nearly 4,000` dead and "
        "wounded; a Pentagon spokesman who 'said in a briefing last week' `several thousand` "
        "'more' (vague, increment, planned); a NATO official who 'said Monday' `at least 1,000` "
        "killed; the North's army of `more than a million` (not a claim); houses, dollars, ages, "
        "years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-02-14">
<meta property="og:title" content="Notes from the Truck">
<title>Notes from the Truck &ndash; Salvo Pest &amp; Termite</title>
<script>var winter = {inspections: 64, treated: 19, visitFee: 145};</script>
</head>
<body>
<div class="cookies">This site keeps one cookie to remember your service address. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/services">Services</a> &middot; <a \
href="/termites">Termite season</a> &middot; <a href="/notes">Notes</a></nav>
<main>
<h1>Sixty-four crawl spaces and an email from Seoul</h1>
<p>Winter is when we crawl under cottages. In January we inspected 64 houses up and down the \
island, found active termites in 19 of them and treated every one. A standard inspection stays at \
$145, a full termite treatment starts at $1,200, and if we are already at your place we will set \
mouse traps at no extra charge. Swarm season starts in March, so call now if nobody has been under \
your house in two years.</p>
<h2>Word from an old sergeant</h2>
<p>My old platoon sergeant from Camp Casey, Ray Dunbar, stayed in Korea after he retired and now \
runs a small security firm in Seoul. He emailed me on Monday. People there, he wrote, now expect \
Pyongyang to send [[as many as 25,000]] men to Russia before this is over. &ldquo;Nobody here \
thinks Kim is finished,&rdquo; he wrote.</p>
<h2>Vitalii&rsquo;s brother-in-law</h2>
<p>Vitalii Kuzmenko, 29, from Khmelnytskyi is our second technician. His wife&rsquo;s brother \
hauls ammunition for a brigade near Sumy. In a call on Tuesday night, Vitalii said, his \
brother-in-law told him he had seen [[fifteen or twenty]] dead North Korean soldiers along a \
single road after a battle. &ldquo;He says he stopped counting after that,&rdquo; Vitalii said.</p>
<h2>The bigger picture</h2>
<p>South Korea&rsquo;s spy agency told lawmakers Thursday that North Korean troops had not been \
seen in combat in Kursk since mid-January, though [[about 11,000]] were believed to remain in \
Russia. Ukraine&rsquo;s military intelligence estimated on Wednesday that the North had lost \
[[nearly 4,000]] men, dead and wounded, before pulling its units back. A Pentagon spokesman said \
in a briefing last week that Pyongyang could send [[several thousand]] more this spring; the \
North&rsquo;s army, with more than a million men, can spare them. A NATO official said Monday that \
[[at least 1,000]] had been killed.</p>
</main>
<footer>Salvo Pest &amp; Termite &middot; Salvo, NC &middot; Office 252-555-0176</footer>
</body>
</html>
""",
    claims=(
        C("as many as 25,000", 25000, "at_most", "planned", "other", "mon..pub",
          "the owner's old platoon sergeant in Seoul ('He emailed me on Monday. People there, "
          "he wrote, now expect'; the speaker quoted: other): to be sent before it is over "
          "(from Monday, 10 February, to publication)"),
        C("fifteen or twenty", None, "range", "casualties", "other", "tue..pub",
          "a technician from Khmelnytskyi relaying his brother-in-law, an ammunition driver "
          "near Sumy ('In a call on Tuesday night, Vitalii said, his brother-in-law told him'): "
          "dead along one road (two number words: range; from Tuesday, 11 February, to "
          "publication)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'South Korea's spy agency told lawmakers Thursday' (13 February): believed 'to "
          "remain in Russia' (not an increment)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "wed",
          "'Ukraine's military intelligence estimated on Wednesday' (12 February): lost, dead "
          "and wounded ('nearly' as approx)"),
        C("several thousand", None, "vague", "planned", "united_states", "lastweek",
          "'A Pentagon spokesman said in a briefing last week': 'more' this spring "
          "(increment, planned)", add=True),
        C("at least 1,000", 1000, "at_least", "casualties", "nato", "mon",
          "'A NATO official said Monday' (10 February): killed"),
    ),
)


S11 = Source(
    article_id="v187_11_table_talk_mahjong_club_captiva_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Captiva Island Mahjong Club",
        "https://www.captivamahjong.example/table-talk/2025-05",
        "Table Talk: new tiles and a text from Kursk",
    ),
    features="a mahjong club's notes from Captiva (Lee County, Florida) in Markdown, ISO-8859-1 "
        "with CRLF and straight quotes only, front matter with `date:` as well as the sidecar "
        "(Wednesday) and titles without a claim figure; sessions, tables, players, new sets, a "
        "bake sale and dues in dollars first; a first mate from Poltava in her own quoted words "
        "relaying her brother, a paratrooper in the Kursk region ('My brother texted me on "
        "Sunday,' she said. 'He says') `maybe fifty` crossing a field (approx with a number "
        "word, near the front) and `four` taken prisoner (number word, casualties; both other, "
        "from Sunday to publication); a honeymooner from Suwon who sat in 'on May 14' and "
        "'figures' `about 15,000` sent so far (approx, in Russia, other, that day); Russia's top "
        "general 'in remarks on April 26' praising the `thousands` who fought in Kursk (russia, "
        "vague, near the front, an explicit date); the NIS that 'On April 30' 'informed "
        "lawmakers' of `about 600` dead; Ukraine's foreign minister who 'said Friday' `30,000` "
        "'more' ready (increment, planned); North Korean television 'On Sunday' with `hundreds` "
        "of returnees (optional); sessions, tables, players, sets, dollars, ages, a date, a "
        "time, a phone number",
    text="""\
---
title: "Table Talk, May"
date: 2025-05-21
club: Captiva Island Mahjong Club
---

# New tiles, a full season and a text from Kursk

We played 58 sessions between January and April and never had fewer than four tables. Our record \
came on March 12, with 44 players at eleven tables on the porch of the community center. The club \
bought three new sets with the proceeds of the winter bake sale, which raised $850. Dues stay at \
$40 for the year, and once the heat sets in the summer games move indoors, Tuesdays at 1 p.m.

## Oksana at table three

Oksana Tkachuk, 31, from Poltava, works as first mate on a sunset sailboat and joined us in \
February; she already beats most of the founders. Her brother is a paratrooper in the Kursk \
region. "My brother texted me on Sunday," she said. "He says [[maybe fifty]] North Koreans came \
across a field near the border at dawn, and his platoon took [[four]] of them prisoner. The rest \
ran back to the trees."

## Visitors from Suwon

Kim Tae-yang and his wife, on their honeymoon, sat in at table five on May 14 and taught each \
other the Korean names of the tiles. He works for the provincial government back home and figures \
[[about 15,000]] North Koreans have been sent so far. "In the South we watch it like a film about \
strangers," he said between hands.

## From the news

Russia's top general, in remarks on April 26, praised the [[thousands]] of North Korean soldiers \
who fought in Kursk, the first time Moscow admitted they were there at all. On April 30, South \
Korea's spy agency informed lawmakers that [[about 600]] of them had died. Ukraine's foreign \
minister said Friday that the North was ready to send [[30,000]] more. On Sunday, North Korean \
television showed Kim welcoming [[hundreds]] of soldiers home from Kursk.

New players are always welcome at any session, with a spare set on every porch table. Call Ruth at \
239-555-0109.
""",
    claims=(
        C("maybe fifty", 50, "approx", "near_front", "other", "sun..pub",
          "a first mate from Poltava in her own quoted words relaying her brother, a "
          "paratrooper in the Kursk region ('My brother texted me on Sunday,' she said. 'He "
          "says'; the speaker quoted: other): came across a field near the border ('maybe' with "
          "a number word as approx, as in earlier sets; from Sunday, 18 May, to publication)"),
        C("four", 4, "exact", "casualties", "other", "sun..pub",
          "same text, 'and': taken prisoner by his platoon (number word)"),
        C("about 15,000", 15000, "approx", "in_russia", "other", "2025-05-14",
          "a honeymooner from Suwon who sat in at a table 'on May 14' and 'figures' (his words "
          "dated by that session): sent so far"),
        C("thousands", None, "vague", "near_front", "russia", "2025-04-26",
          "'Russia's top general, in remarks on April 26, praised': soldiers who fought in "
          "Kursk (an explicit date)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'On April 30, South Korea's spy agency informed lawmakers': died"),
        C("30,000", 30000, "exact", "planned", "ukraine", "fri",
          "'Ukraine's foreign minister said Friday' (16 May): 'more' the North was "
          "ready to send (increment, planned)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "'On Sunday, North Korean television showed Kim welcoming' (18 May): "
          "soldiers home from Kursk (returnees, as in earlier sets: optional)", opt=True),
    ),
)


S12 = Source(
    article_id="v187_12_from_the_route_pool_service_captiva_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-27"),
    dated_by="sidecar",
    sidecar=(
        "Island Pool Care, Captiva – From the Route",
        "https://www.islandpoolcare.example/route/2025-08",
        "From the Route: 212 pools, 37 salt cells and a wet July",
    ),
    features="a pool-service company's page from Captiva (Lee County, Florida) in HTML, "
        "windows-1252 with raw `“”`, `’` and `·`, no meta date (sidecar, Wednesday; the sidecar "
        "title counts pools and salt cells, not troops), a cookie note about the gate code, a "
        "script with pools, salt cells and a monthly rate, navigation, a footer with a phone "
        "number; `<title>` and headline without a claim figure; pools serviced, salt cells "
        "replaced, green pools, tons of chlorine, the rate in dollars and booking times first; a "
        "route technician from Sumy relaying his father, a volunteer ambulance driver near the "
        "border ('Last Thursday his father sent a voice note, Serhiy said:') `about thirty` "
        "flying drones from the Russian side (approx with a number word, near the front) and "
        "`five` killed in a strike (number word, casualties; both other, from Thursday to "
        "publication); an office manager from Gwangju relaying her uncle, a retired colonel "
        "('told her on the phone this month') `fewer than 20,000` gone to Russia (at_most, in "
        "Russia, other, the 1st to publication); the Pentagon that 'said on Monday' `at least "
        "2,000` died; 'According to Ukraine's military intelligence' `about 6,000` builders and "
        "engineers due in the Kursk region (approx, planned, `pub`); the NIS that 'said Aug. 14' "
        "`roughly 10,000` 'still posted' in Russia (an explicit date; not an increment); the "
        "page's own `thousands` digging trenches in Kursk (unattributed, vague, near the front, "
        "required); pools, cells, tons, dollars, times, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>From the Route – Island Pool Care, Captiva</title>
<script>var route = {pools: 212, saltCells: 37, monthlyRate: 160};</script>
</head>
<body>
<div id="cookie-note">We keep one cookie so the service form remembers your gate code. <a \
href="#">Fine by me</a></div>
<nav><a href="/">Home</a> · <a href="/weekly">Weekly service</a> · <a href="/repairs">Repairs</a> \
· <a href="/route">From the Route</a></nav>
<main>
<h1>Green water, new pumps and a voice note from the border</h1>
<p>July was our busiest month since we started the company in 2019: we cleaned 212 pools on the \
island every week and replaced 37 salt cells that last fall’s storm surge had ruined. The \
afternoon rains turned 15 pools green in a single week, and we went through more than two tons of \
chlorine. Weekly service stays at $160 a month, and repairs booked by 9 a.m. are done the same \
day.</p>
<h2>Serhiy on the route</h2>
<p>Serhiy Lysenko, 26, from Sumy drives our second route truck. His father drives a volunteer \
ambulance near the border. Last Thursday his father sent a voice note, Serhiy said: [[about \
thirty]] North Korean soldiers were flying drones from the Russian side of the border, and \
[[five]] of them had been killed when a Ukrainian strike hit their dugout. “Dad says they are good \
with the drones now,” Serhiy said.</p>
<h2>Min-jung’s uncle</h2>
<p>Our office manager, Seo Min-jung, grew up in Gwangju. Her uncle, a retired army colonel there, \
told her on the phone this month that [[fewer than 20,000]] North Koreans have gone to Russia, \
“whatever the rumours say.”</p>
<h2>The news</h2>
<p>The Pentagon said on Monday that [[at least 2,000]] North Koreans had died in the fighting. \
According to Ukraine’s military intelligence, [[about 6,000]] North Korean builders and engineers \
were due in the Kursk region by the end of the summer. South Korea’s spy agency said Aug. 14 that \
[[roughly 10,000]] were still posted in Russia. We think often of the [[thousands]] of young North \
Koreans sent to dig trenches in Kursk while we skim leaves out of pools in the sun.</p>
</main>
<footer>Island Pool Care · Captiva, Florida · 239-555-0152</footer>
</body>
</html>
""",
    claims=(
        C("about thirty", 30, "approx", "near_front", "other", "thu..pub",
          "a route technician from Sumy relaying his father, a volunteer ambulance driver near "
          "the border ('Last Thursday his father sent a voice note, Serhiy said:'; the speaker "
          "quoted: other): flying drones from the Russian side (number word; from Thursday, 21 "
          "August, to publication)"),
        C("five", 5, "exact", "casualties", "other", "thu..pub",
          "same voice note, 'and': killed when a strike hit their dugout (number word)"),
        C("fewer than 20,000", 20000, "at_most", "in_russia", "other", "2025-08-01..pub",
          "an office manager from Gwangju relaying her uncle, a retired army colonel ('told her "
          "on the phone this month'; the speaker quoted: other): gone to Russia ('fewer than' "
          "as at_most, as in earlier sets; 'this month' → the 1st to publication)"),
        C("at least 2,000", 2000, "at_least", "casualties", "united_states", "mon",
          "'The Pentagon said on Monday' (25 August): died in the fighting"),
        C("about 6,000", 6000, "approx", "planned", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): builders and engineers due "
          "in the Kursk region by the end of the summer (planned)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "south_korea", "2025-08-14",
          "'South Korea's spy agency said Aug. 14': 'still posted in Russia' (not an increment)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the page's own framing without a source ('We think often of the thousands of young "
          "North Koreans sent to dig trenches in Kursk'): unattributed, required"),
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
