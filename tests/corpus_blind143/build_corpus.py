"""Build the HUNDRED-AND-FORTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-fifth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
circular of a Heinrich Hansjakob friends' circle from Haslach im Kinzigtal with a doctoral student
from Daegu and a librarian from Chernihiv whose husband serves at the Kursk border, a rural youth
group's news from Raabs an der Thaya (Austrian conventions) with an agriculture student from Jeonju
and a secretary from Kropyvnytskyi whose brother is a medic, a summer painting course's letter from
Stampa in the Bergell (Swiss conventions) with a watercolourist from Gwangju and an illustrator
from Kharkiv, a youth hostel's house letter from Bacharach on the Middle Rhine with a cook from
Zaporizhzhia and a hiker from Incheon, a rose society's letter from Eltville in the Rheingau with a
gardener from Uman and a horticulture student from Cheonan, and an alpaca farm's letter from Engen
in the Hegau with a shepherd from near Bila Tserkva and a guest from Pohang; a quokka count
volunteers' field bulletin from Rottnest Island with a doctoral student from Jeju and a sound
engineer from Dnipro, a storytelling festival's notes from Cape Clear Island with a pansori singer
from Jeonju and a storyteller from Lviv, a readers' letters page from a Block Island weekly with
letters quoting a brother and a cousin, an agency-style wire report from Las Palmas de Gran Canaria
on its retired Korean trawlermen, a land trust's newsletter from Orcas Island with a retired Army
linguist and a forestry student from Lviv, and a decoy carvers' guild's news from Chincoteague with
a retired dentist from Busan and a ship's engineer from Izmail. Same file format, marker syntax and
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
BASE_NAME = "_blind143_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Kinzigtal, Thayatal, Bergell, Middle Rhine, Rheingau, Hegau)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v143_01_hansjakob_rundbrief_haslach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="the circular of a Heinrich Hansjakob friends' circle (a literary society) from "
        "Haslach im Kinzigtal (Black Forest) in HTML, UTF-8, `article:published_time` +01:00 "
        "(Wednesday), a cookie note about the reading-evening form, a page script, navigation, a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; the "
        "reading evening and the museum first; a doctoral student from Daegu translating "
        "Hansjakob and a librarian from Chernihiv; the librarian relaying her husband, who rang "
        "'Am Sonntagabend, erzählt sie' (`einige Tausend` across the border: other, Sunday to "
        "publication); the NIS 'teilte am 23. Oktober mit' `rund 3.000` in Russia and, carried by "
        "'rechnet der Dienst', `etwa 10.000` by December (planned); Blinken 'am vergangenen "
        "Donnerstag' `etwa 8.000` of them in Kursk (not an increment); 'Schon am Freitag hieß es "
        "aus dem Kiewer Militärgeheimdienst' `rund 7.000` at the border; Zelensky 'am Montag in "
        "seiner Videobotschaft' `11.000` in Kursk; the student 'geht davon aus' `Tausende` to be "
        "sent after them ('nachschicken': increment, planned, other, `pub`); Peskov without a "
        "figure; listeners, the writer's birth year, museum visitors (`rund 400 mehr als im "
        "Vorjahr`: a false friend), pages, euros, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Rundbrief 4/2024 &ndash; Hansjakob-Freundeskreis Haslach</title>
<meta property="article:published_time" content="2024-11-06T08:15:00+01:00">
<meta name="description" content="Lesungen, Gäste und Neues aus dem Freihof.">
<script>var hjf = {ausgabe: "2024-4", seiten: 3};</script>
</head>
<body>
<div class="cookie-hinweis">Wir setzen ein einziges Cookie, damit Sie das Anmeldeformular für den \
Leseabend nicht zweimal ausfüllen müssen. <a href="#" class="ok">Einverstanden</a></div>
<nav><a href="/">Freundeskreis</a> &middot; <a href="/rundbrief">Rundbrief</a> &middot; <a \
href="/lesungen">Lesungen</a> &middot; <a href="/freihof">Im Freihof</a></nav>
<main>
<h1>Der &bdquo;Vogt auf Mühlstein&ldquo; lernt Koreanisch</h1>
<p>Liebe Freundinnen und Freunde Heinrich Hansjakobs,</p>
<p>zum Leseabend im Freihof kamen am 24. Oktober 85 Gäste, so viele wie seit der Wiedereröffnung \
nicht mehr. Gelesen wurde aus den &bdquo;Wilden Kirschen&ldquo;, dazu spielte ein Zitherduo aus \
Hofstetten. Der Pfarrer und Erzähler, 1837 hier im Städtle geboren, hätte an dem vollen Saal \
seine helle Freude gehabt.</p>
<p>Besonders gefreut hat uns ein Gast aus Daegu. Seo Ji-hun, 31, schreibt in Freiburg eine \
Doktorarbeit über Schwarzwälder Dorfgeschichten und überträgt den &bdquo;Vogt auf \
Mühlstein&ldquo; ins Koreanische. Neben ihm saß Iryna Kowalenko, Bibliothekarin aus Tschernihiw, \
die seit dem Frühjahr 2022 mit ihren beiden Töchtern in Hausach wohnt und bei uns ehrenamtlich \
das Archiv ordnet.</p>
<h2>Nach der Lesung</h2>
<p>Beim Wein kam das Gespräch rasch auf den Krieg. Irynas Mann dient in einer mechanisierten \
Brigade an der Grenze zum russischen Gebiet Kursk. Am Sonntagabend, erzählt sie, habe er \
angerufen: Drüben seien [[einige Tausend]] Nordkoreaner eingetroffen, man höre sie nachts im Funk \
in einer fremden Sprache.</p>
<p>Was aus Seoul, Washington und Kiew zu hören ist, hat Seo für uns zusammengetragen. Der \
südkoreanische Nachrichtendienst NIS teilte am 23. Oktober mit, [[rund 3.000]] Soldaten seien \
bereits nach Russland gebracht worden. Bis Dezember rechnet der Dienst mit [[etwa 10.000]]. \
US-Außenminister Antony Blinken sagte am vergangenen Donnerstag, [[etwa 8.000]] von ihnen stünden \
inzwischen im Gebiet Kursk. Schon am Freitag hieß es aus dem Kiewer Militärgeheimdienst, [[rund \
7.000]] hätten das Grenzgebiet erreicht, und Präsident Selenskyj sprach am Montag in seiner \
Videobotschaft von [[11.000]] Nordkoreanern in Kursk.</p>
<p>Seo selbst geht davon aus, dass Pjöngjang [[Tausende]] nachschicken wird, sobald die ersten \
Verluste bekannt werden. &bdquo;Ein Befehl aus Pjöngjang kennt keinen Rückweg&ldquo;, sagt er. \
Der Kreml schweigt zu alledem; Sprecher Dmitri Peskow nannte die Berichte Ende Oktober eine \
Erfindung.</p>
<h2>Aus dem Freihof</h2>
<p>Das Museum im Freihof zählte bis Ende Oktober 3.140 Besucher, rund 400 mehr als im Vorjahr. \
Die Neuauflage der &bdquo;Wilden Kirschen&ldquo; (312 Seiten, 18 Euro) gibt es im Museumsladen. \
Nächster Leseabend: Donnerstag, 28. November, 19.30 Uhr; Eintritt 6 Euro, Mitglieder frei.</p>
</main>
<footer>Hansjakob-Freundeskreis Haslach e.V. &middot; Im Freihof &middot; 77716 Haslach im \
Kinzigtal &middot; Telefon 07832 97 16 42</footer>
<script src="/js/anmeldung.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("einige Tausend", None, "vague", "near_front", "other", "sun..pub",
          "a librarian from Chernihiv relaying her husband at the Kursk border ('Am Sonntagabend, "
          "erzählt sie, habe er angerufen'; the speaker quoted: other): arrived across the "
          "border; the relayed call's day to publication"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'teilte am 23. Oktober mit', Konjunktiv: already brought to Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "carried by 'rechnet der Dienst' (the statement of 23 October): by December (planned)"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "thu",
          "Blinken 'sagte am vergangenen Donnerstag' (31 October): in the Kursk region ('von "
          "ihnen': a part, not an increment)"),
        C("rund 7.000", 7000, "approx", "near_front", "ukraine", "fri",
          "'Schon am Freitag hieß es aus dem Kiewer Militärgeheimdienst' (1 November): reached "
          "the border region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sprach am Montag in seiner Videobotschaft' (4 November): in Kursk"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "the student from Daegu 'geht davon aus' (undated): 'nachschicken' (sent after the "
          "first: increment, planned)",
          add=True),
    ),
)

S02 = Source(
    article_id="v143_02_landjugend_raabs",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-17"),
    dated_by="dateline", crlf=True,
    features="a rural youth group's members' news from Raabs an der Thaya (Thayatal) as plain "
        "text, ISO-8859-1 with CRLF and straight quotes (no sidecar), dated by the place line "
        "'Raabs an der Thaya, 17. Jänner 2025' (Friday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Obfrau`); the Christmas tree collection and the ball first; a new secretary "
        "from Kropyvnytskyi relaying her brother, a medic near Sumy, who told her 'Vorige Woche' "
        "`an die hundert` fell in one assault (approx, other, `lastweek`); Zelensky 'am Samstag' "
        "`zwei` captured and 'Schon Anfang Jänner' `über 3.800` dead and wounded; 'Laut dem "
        "südkoreanischen Geheimdienst' `etwa 300` fallen and `an die 2.700` wounded, the "
        "claimant's day in the next clause ('diese Zahlen nannte der Dienst am Montag'); the US "
        "defence department 'Ende Dezember' `mehr als 1.000` in one week; the group's own count "
        "'Wer seit dem Herbst mitzählt, kommt auf' `rund 11.000` in Kursk (unattributed, "
        "required); an agriculture student from Jeonju 'ist überzeugt' `zehntausend` 'frischen "
        "Soldaten' (number word, increment, planned, other); trees, members, euros, tickets, a "
        "phone number",
    text="""\
LANDJUGEND RAABS AN DER THAYA
Mitteilungen an die Mitglieder - Nummer 1/2025

Raabs an der Thaya, 17. Jänner 2025

Liebe Landjugendliche, liebe Eltern und Gönner,

das neue Jahr hat für uns mit viel Arbeit begonnen. Bei der Christbaumsammlung am 11. Jänner \
haben 23 Mitglieder an einem Vormittag 640 Bäume eingesammelt; der Erlös von 1.180 Euro geht an \
die Feuerwehrjugend. Die Thaya ist unterhalb der Burg seit Tagen zugefroren, Eislaufen auf dem \
Fluss bleibt trotzdem verboten.

Zwei Gesichter werden am Ball neu sein. Lee Dong-hyun, 20, studiert in Jeonju Agrarwissenschaft \
und macht seit Dezember ein Praktikum am Milchviehbetrieb der Familie Zeiler in Oberndorf. Marta \
Hnatjuk, 19, kam vor zwei Jahren aus Kropywnyzkyj ins Thayatal und ist heuer unsere neue \
Schriftführerin.

Marta hat einen Bruder, der als Sanitäter in der Gegend von Sumy dient. Vorige Woche habe er ihr \
erzählt, bei einem einzigen Sturmangriff seien [[an die hundert]] Nordkoreaner gefallen, \
berichtet sie. "Sie laufen über das offene Feld, als gäbe es keine Drohnen", habe er gesagt.

Die Zahlen, die man in der Zeitung liest, sind kaum weniger erschreckend. Präsident Selenskyj gab \
am Samstag bekannt, dass ukrainische Soldaten im Gebiet Kursk [[zwei]] verwundete Nordkoreaner \
gefangen genommen haben. Schon Anfang Jänner hatte er die Verluste der Nordkoreaner mit [[über \
3.800]] Toten und Verwundeten angegeben. Laut dem südkoreanischen Geheimdienst sind bisher [[etwa \
300]] Nordkoreaner gefallen und [[an die 2.700]] verwundet worden; diese Zahlen nannte der Dienst \
am Montag einem Ausschuss des Parlaments in Seoul. Das US-Verteidigungsministerium sprach Ende \
Dezember von [[mehr als 1.000]] Toten und Verwundeten in nur einer Woche.

Wer seit dem Herbst mitzählt, kommt auf [[rund 11.000]] Nordkoreaner im Gebiet Kursk - damit wäre \
schon mehr als jeder dritte von ihnen ausgefallen.

Lee verfolgt die Nachrichten jeden Abend nach dem Melken. Er ist überzeugt, dass Kim die Lücken \
bis zum Frühjahr mit [[zehntausend]] frischen Soldaten füllen wird. "Für Pjöngjang sind das keine \
Menschen, sondern Devisen", sagt er.

Termine
- Landjugendball: Samstag, 1. Feber, Stadtsaal Raabs, Einlass 20 Uhr, Karten 15 Euro
- Redewettbewerb auf Bezirksebene: 22. Feber
- Eisstockschießen am Teich in Oberndorf, falls es heuer noch einmal ordentlich friert
- Anmeldung und Fragen bei Obfrau Katharina Zeiler: 0664 318 27 90
""",
    claims=(
        C("an die hundert", 100, "approx", "casualties", "other", "lastweek",
          "a new member relaying her brother, a medic near Sumy ('Vorige Woche habe er ihr "
          "erzählt …, berichtet sie'; the speaker quoted: other): fell in one assault ('an die' "
          "with a number word: approx)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'gab am Samstag bekannt' (11 January): captured (number word)"),
        C("über 3.800", 3800, "at_least", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Schon Anfang Jänner' (days 1-10): dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Laut dem südkoreanischen Geheimdienst …; diese Zahlen nannte der Dienst am Montag' "
          "(13 January; the day in the next clause): fallen"),
        C("an die 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same statement: wounded ('an die' as approx)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "the US defence department 'sprach Ende Dezember' (day 21 to the month's end): dead and "
          "wounded in one week"),
        C("rund 11.000", 11000, "approx", "near_front", "unattributed", "pub",
          "the group's own count ('Wer seit dem Herbst mitzählt, kommt auf'; no source: "
          "unattributed, required): in the Kursk region"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "the student from Jeonju 'ist überzeugt' (undated): 'frischen Soldaten' to fill the "
          "gaps by spring (replacements: increment, planned; number word)",
          add=True),
    ),
)

S03 = Source(
    article_id="v143_03_malwochen_bergell_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-08-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Malwochen Bergell, Stampa",
        "https://www.malwochen-bergell.example/briefe/spaetsommer-2025",
        "Teilnehmerbrief Spätsommer 2025",
    ),
    features="a summer painting course's letter to its participants from Stampa in the Bergell "
        "(Val Bregaglia, Graubünden) in Markdown, UTF-16 LE with BOM and CRLF, front matter "
        "without a date (sidecar, Friday) and a title without a figure; Swiss conventions (`ss`, "
        "«», `25'000`, `11'000`, `15'000`, 4-digit `2000`/`3000`/`6000`/`1450`); the course weeks "
        "first; a watercolourist from Gwangju, «`gegen 25'000`» sent in the end ('gegen' as "
        "approx, planned, other, `pub`); an illustrator from Kharkiv relaying her son, a drone "
        "pilot, who wrote 'Mitte August' `einige hundert` at work on the other side (other, from "
        "days 11-20 to publication); the NIS 'schätzte am Dienstag vor Abgeordneten' `etwa 2000` "
        "fallen and, 'hiess es weiter', `rund 11'000` still in Russia; 'Nach Einschätzung des "
        "US-Verteidigungsministeriums' `bis zu 3000` 'weitere' (increment, planned, `pub`); "
        "Shoigu 'im Juni' `6000` builders and deminers (the month, planned); Rutte 'am 20. "
        "August' `über 15'000` in all; North Korean state television's pictures 'vergangene "
        "Woche' with `Dutzenden` coffins (casualties); participants, days, visitors, the "
        "grandfather's year, course dates, francs, minutes, a phone number",
    text="""\
---
title: "Teilnehmerbrief Spätsommer 2025"
kurs: Malwochen Bergell
ort: Stampa
---

# Teilnehmerbrief Spätsommer 2025

Liebe Malerinnen und Maler,

die vierte und letzte Malwoche dieses Sommers ist vorbei, und das Wetter hat uns bis zum Schluss \
verwöhnt. 38 Teilnehmende haben in Stampa, in Soglio und auf der Alp Cavloc gemalt, und die \
Sciora-Gruppe zeigte sich an elf von zwölf Kurstagen ohne eine Wolke. Die Abschlussausstellung im \
Gemeindesaal sahen an einem einzigen Wochenende gut 400 Leute.

## Eine Aquarellistin aus Gwangju

Geleitet hat die Aquarellwoche erstmals Min Hye-jin, die in Seoul an einer Kunsthochschule \
unterrichtet. Ihr Grossvater stammte aus der Gegend von Sinuiju im Norden und floh 1950 allein \
über den Fluss. Die Berichte über die nordkoreanischen Soldaten in Russland verfolgt sie genau. \
«Ich glaube, am Ende werden es [[gegen 25'000]] sein, die Kim dorthin geschickt hat», sagte sie \
beim Abschlussessen.

Neben ihr malte Oksana Dowhan, Illustratorin aus Charkiw, die seit drei Jahren in Chur lebt. Ihr \
Sohn steuert Aufklärungsdrohnen an der Grenze zum Gebiet Kursk. Mitte August schrieb er ihr, auf \
der russischen Seite arbeiteten [[einige hundert]] Nordkoreaner an Minenfeldern und Unterständen. \
«Er sagt, die Zahlen aus Seoul seien eher zu tief», meint Oksana.

## Was gemeldet wird

Der südkoreanische Nachrichtendienst schätzte am Dienstag vor Abgeordneten in Seoul, dass bisher \
[[etwa 2000]] Nordkoreaner gefallen seien. Noch immer stünden [[rund 11'000]] Mann in Russland, \
hiess es weiter. Nach Einschätzung des US-Verteidigungsministeriums bereitet Pjöngjang [[bis zu \
3000]] weitere Soldaten für einen Einsatz vor.

Russlands Sicherheitsratschef Sergei Schoigu hatte im Juni in Pjöngjang angekündigt, Nordkorea \
schicke [[6000]] Bauarbeiter und Minenräumer ins Gebiet Kursk. Nato-Generalsekretär Mark Rutte \
sagte am 20. August, insgesamt habe Pjöngjang Moskau [[über 15'000]] Soldaten zur Verfügung \
gestellt. Bilder aus Pjöngjang, vergangene Woche im Staatsfernsehen des Nordens ausgestrahlt, \
zeigten Kim Jong Un an den Särgen von [[Dutzenden]] Gefallenen.

## Nächstes Jahr

Die Malwochen 2026 sind ausgeschrieben: 5. bis 11. Juli (Aquarell), 12. bis 18. Juli (Öl), 2. bis \
8. August (Zeichnen). Der Kurspreis beträgt 1450 Franken inklusive Halbpension, Anmeldung bis 31. \
März. Das Postauto ab Chiavenna fährt stündlich, bis Stampa sind es 45 Minuten.

Kontakt: Malwochen Bergell, 081 822 14 67
""",
    claims=(
        C("gegen 25'000", 25000, "approx", "planned", "other", "pub",
          "a watercolourist from Gwangju, «…», 'sagte sie beim Abschlussessen' (undated): sent in "
          "the end ('gegen' as approx; a forecast of the total)"),
        C("einige hundert", None, "vague", "near_front", "other", "2025-08-11..pub",
          "an illustrator from Kharkiv relaying her son, a drone pilot ('Mitte August schrieb er "
          "ihr'; the speaker quoted: other): at work on minefields on the Russian side; from days "
          "11-20 to publication"),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "the NIS 'schätzte am Dienstag vor Abgeordneten' (26 August): fallen"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, 'hiess es weiter', Konjunktiv: still in Russia"),
        C("bis zu 3000", 3000, "at_most", "planned", "united_states", "pub",
          "'Nach Einschätzung des US-Verteidigungsministeriums' (undated): 'weitere' being "
          "prepared (increment, planned)",
          add=True),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'hatte im Juni in Pjöngjang angekündigt' (the month): builders and deminers for "
          "Kursk (an announcement: planned)"),
        C("über 15'000", 15000, "at_least", "in_russia", "nato", "2025-08-20",
          "Rutte 'sagte am 20. August': put at Moscow's disposal in all"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "lastweek",
          "North Korean state television, pictures 'vergangene Woche … ausgestrahlt': coffins of "
          "the fallen"),
    ),
)

S04 = Source(
    article_id="v143_04_hausbrief_jugendherberge_bacharach",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-11"),
    dated_by="sidecar",
    sidecar=(
        "Jugendherberge Bacharach – Hausbrief",
        "https://www.jugendherberge-bacharach.example/hausbrief/fruehjahr-2025",
        "Hausbrief Frühjahr 2025: Dach, Küche und Gäste von weit her",
    ),
    features="a youth hostel's house letter from Bacharach on the Middle Rhine as plain text, "
        "windows-1252 (`„“`, `–`, `€`), no date in the file (sidecar, Friday); overnight stays, "
        "beds and the new roof first; a cook from Zaporizhzhia relaying his nephew, an "
        "artilleryman in the Sumy region ('Am Sonntag habe ihm der Neffe am Telefon gesagt …, "
        "erzählt Wolodymyr'), `gut tausend` dug in opposite (at_least, number word, other, Sunday "
        "to publication); Seoul's joint chiefs 'Ende März' `rund 3.000` 'zusätzliche' (increment) "
        "and, carried by 'bezifferte', `etwa 4.700` dead and wounded; 'Laut Präsident Selenskyj, "
        "der am Montag vor Journalisten in Kiew sprach' `Hunderte` also in Belgorod (a relative "
        "clause); 'Ein Nato-Sprecher sagte vergangene Woche' `mehr als 10.000` in Kursk; the "
        "State Department 'geht … aus' `etwa 11.000` in Russia (`pub`); a hiker from Incheon "
        "relaying her uncle, a retired colonel, 'rechne damit' `bis zu 10.000` 'weitere' by "
        "summer (other, increment, planned, `pub`); overnight stays, beds, rooms, kilometres and "
        "days of a hike, prices in euros, group sizes, a phone number",
    text="""\
Jugendherberge Bacharach – Hausbrief Frühjahr 2025

Liebe Stammgäste, liebe Lehrerinnen und Lehrer, liebe Vereinsvorstände,

die Saison hat begonnen, und die Burg über dem Rhein ist wieder voll. Im vergangenen Jahr zählten \
wir 31.400 Übernachtungen, gut die Hälfte davon Schulklassen. Über den Winter wurde das Dach des \
Bergfrieds neu gedeckt; die 168 Betten verteilen sich jetzt auf 41 Zimmer, alle mit eigenem Bad.

In der Küche steht seit dem Herbst Wolodymyr Prokopenko, 52, der in Saporischschja zwanzig Jahre \
lang eine Werkskantine geleitet hat. Sein Neffe ist Artillerist in einer Brigade im Gebiet Sumy. \
Am Sonntag habe ihm der Neffe am Telefon gesagt, gegenüber ihrer Stellung hätten sich wieder \
[[gut tausend]] Nordkoreaner eingegraben, erzählt Wolodymyr beim Kartoffelschälen.

Die Zahlen aus Seoul und Kiew klingen ähnlich ernst. Der südkoreanische Generalstab erklärte Ende \
März, der Norden habe seit Januar [[rund 3.000]] zusätzliche Männer nach Russland verlegt, und \
bezifferte die nordkoreanischen Verluste auf [[etwa 4.700]] Tote und Verwundete. Laut Präsident \
Selenskyj, der am Montag vor Journalisten in Kiew sprach, kämpfen inzwischen [[Hunderte]] \
Nordkoreaner auch im Gebiet Belgorod. Ein Nato-Sprecher sagte vergangene Woche in Brüssel, [[mehr \
als 10.000]] Nordkoreaner seien weiterhin in der Region Kursk im Einsatz.

Das US-Außenministerium geht nach wie vor von [[etwa 11.000]] Nordkoreanern in Russland aus. \
Moskau hat ihre Anwesenheit bis heute nicht offiziell bestätigt.

Unser Gast mit der weitesten Anreise war im März Yoon Se-ra, 27, aus Incheon, die den Rheinsteig \
von Wiesbaden bis Bonn gewandert ist, 320 Kilometer in 21 Tagen. Ihr Onkel, ein pensionierter \
Oberst des südkoreanischen Heeres, rechne damit, dass Kim bis zum Sommer [[bis zu 10.000]] \
weitere Soldaten entsende, erzählte sie beim Frühstück. „Er sagt, Pjöngjang verdient an jedem \
Einzelnen.“

Für Gruppen
– Klassenfahrten 2026 können ab 1. Mai gebucht werden
– Übernachtung mit Frühstück ab 32,50 €, Vollpension ab 44,90 €
– Schiffsausflug nach St. Goar für Gruppen ab 15 Personen
– Rezeption: 06743 92 10 58, täglich 8 bis 20 Uhr
""",
    claims=(
        C("gut tausend", 1000, "at_least", "near_front", "other", "sun..pub",
          "a cook from Zaporizhzhia relaying his nephew, an artilleryman ('Am Sonntag habe ihm "
          "der Neffe am Telefon gesagt …, erzählt Wolodymyr'; the speaker quoted: other): dug in "
          "opposite; 'gut' as at_least; the call's day to publication"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "Seoul's joint chiefs 'erklärte Ende März' (day 21 to the month's end): 'zusätzliche' "
          "moved to Russia since January (increment)",
          add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "same statement, 'bezifferte … auf': dead and wounded"),
        C("Hunderte", None, "vague", "near_front", "ukraine", "mon",
          "'Laut Präsident Selenskyj, der am Montag vor Journalisten in Kiew sprach' (7 April, a "
          "relative clause): fighting in Belgorod too"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "lastweek",
          "'Ein Nato-Sprecher sagte vergangene Woche in Brüssel', Konjunktiv: still deployed in "
          "the Kursk region"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "the State Department 'geht nach wie vor von … aus' (undated): in Russia"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "a hiker from Incheon relaying her uncle, a retired colonel ('rechne damit', 'erzählte "
          "sie beim Frühstück', undated; the speaker quoted: other): 'weitere' by summer "
          "(increment, planned)",
          add=True),
    ),
)

S05 = Source(
    article_id="v143_05_rosenbrief_eltville_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="front_matter",
    features="a rose society's letter from Eltville in the Rheingau in Markdown, UTF-8 with BOM, "
        "front matter with `date:` (Wednesday) and a title without a figure; the rose days first; "
        "a gardener from the Sofiyivka park in Uman relaying her son, a sapper near Sumy, who "
        "wrote 'Gestern' `Dutzende` laying mines across the border (other, yesterday to "
        "publication); a horticulture student from Cheonan 'glaubt' `mindestens 20.000` will have "
        "been in Russia by the end of the year (planned, other, `pub`); Shoigu 'kündigte am "
        "Dienstag in Pjöngjang an' `1.000` deminers and `5.000` military builders (planned); "
        "'Nach Angaben des südkoreanischen Nachrichtendienstes, die Anfang Juni den Abgeordneten "
        "vorgelegt wurden' `rund 15.000` sent and, 'von den … bislang', `etwa 600` dead (a "
        "breakdown); 'Dem … Budanow zufolge, der sich am Montag im Fernsehen äußerte' 'weitere' "
        "`25.000 bis 30.000` (range, increment, planned); 'Aus Nato-Kreisen hieß es vergangene "
        "Woche' `etwa 11.000` at the border; visitors, pots, prize ranks, years, members, euros, "
        "a phone number",
    text="""\
---
title: "Rosenbrief Juni 2025"
date: 2025-06-18
verein: Rosenfreunde Eltville am Rhein e.V.
---

# Rosenbrief Juni 2025

Liebe Rosenfreundinnen und Rosenfreunde,

die Rosentage sind vorüber, und selten hat unsere Stadt so geduftet. An drei Tagen kamen nach \
Zählung der Stadt rund 22.000 Besucher in den Burggarten und an das Rheinufer. Unser Stand mit \
Stecklingen war am Sonntagmittag leergeräumt; 410 Töpfe haben neue Gärten gefunden. Die \
Neuzüchtung „Rheingauer Abendrot“ belegte bei der Prämierung den zweiten Platz.

## Zwei Gärtnerinnen

Seit April hilft uns Halyna Bondarenko, die 26 Jahre lang im Sofijiwka-Park in Uman gearbeitet \
hat, einem der schönsten Landschaftsgärten der Ukraine. Ihr Sohn ist Pionier und räumt im \
Grenzgebiet bei Sumy Minen. Gestern schrieb er ihr, auf der anderen Seite der Grenze seien seit \
Tagen [[Dutzende]] Nordkoreaner beim Minenlegen zu beobachten.

Die zweite ist Kwon Na-rae, 24, Gartenbaustudentin aus Cheonan, die bis August in einer \
Rosenschule in Walluf lernt. Mit den Neuen würden [[mindestens 20.000]] Nordkoreaner in Russland \
gewesen sein, bevor das Jahr zu Ende geht, glaubt sie.

## Was die Woche brachte

Russlands Sicherheitsratssekretär Sergei Schoigu kündigte am Dienstag in Pjöngjang an, Nordkorea \
stelle für den Wiederaufbau des Gebiets Kursk [[1.000]] Pioniere zur Minenräumung und [[5.000]] \
Bausoldaten ab. Nach Angaben des südkoreanischen Nachrichtendienstes, die Anfang Juni den \
Abgeordneten vorgelegt wurden, sind von den [[rund 15.000]] entsandten Soldaten bislang [[etwa \
600]] ums Leben gekommen.

Dem ukrainischen Militärgeheimdienstchef Kyrylo Budanow zufolge, der sich am Montag im Fernsehen \
äußerte, bereitet Pjöngjang weitere [[25.000 bis 30.000]] Mann für Russland vor. Aus Nato-Kreisen \
hieß es vergangene Woche, [[etwa 11.000]] stünden nach wie vor im Grenzgebiet zur Ukraine.

## Termine

- Schnittkurs im Burggarten: Samstag, 5. Juli, 10 Uhr, 8 Euro
- Sommerfahrt zum Rosengarten Zweibrücken: 23. August, Bus ab Eltville, 39 Euro
- Mitgliederstand: 214, davon 19 neu seit Januar
- Kontakt: 06123 70 42 96
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "yday..pub",
          "a gardener from Uman relaying her son, a sapper ('Gestern schrieb er ihr'; the speaker "
          "quoted: other): laying mines across the border; the message's day to publication"),
        C("mindestens 20.000", 20000, "at_least", "planned", "other", "pub",
          "a horticulture student from Cheonan, 'glaubt sie' (undated), Konjunktiv: will have "
          "been in Russia by the end of the year (a forecast of the total)"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'kündigte am Dienstag in Pjöngjang an' (17 June): deminers for Kursk (planned)"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders for Kursk (planned)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "'Nach Angaben des südkoreanischen Nachrichtendienstes, die Anfang Juni den "
          "Abgeordneten vorgelegt wurden' (days 1-10): sent"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-06-01..2025-06-10",
          "same figures, 'von den … bislang' (a breakdown): dead"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "mon",
          "'Dem … Budanow zufolge, der sich am Montag im Fernsehen äußerte' (16 June, a relative "
          "clause): 'weitere' being prepared (increment before the range, planned)",
          add=True),
        C("etwa 11.000", 11000, "approx", "near_front", "nato", "lastweek",
          "'Aus Nato-Kreisen hieß es vergangene Woche', Konjunktiv: at the border with Ukraine"),
    ),
)

S06 = Source(
    article_id="v143_06_hofbrief_alpakahof_engen_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "Alpakahof am Hohenhewen, Engen",
        "https://www.alpakahof-hohenhewen.example/hofbrief/herbst-2025",
        "Hofbrief Herbst 2025",
    ),
    features="an alpaca farm's letter to hiking guests and wool customers from Engen in the Hegau "
        "in HTML, windows-1252 with raw `„“`, `€` and `·`, no meta date (sidecar, Wednesday), a "
        "cookie note, a page script, navigation, a footer with a postcode and a phone number; "
        "`<title>` without a figure and a headline whose number word counts crias (no row); "
        "crias, wool and hikers first; a shepherd from near Bila Tserkva relaying his cousin, an "
        "artilleryman ('Vergangenen Freitag, erzählt Taras, habe ihm sein Cousin geschrieben'), "
        "`ein paar tausend` building bunkers across the border (other, that Friday to "
        "publication); a former South Korean navy petty officer from Pohang 'glaubt … nicht' "
        "«`nicht weniger als 15.000`» ('nicht weniger als' as at_least, other, `pub`); 'Nach "
        "Erkenntnissen des südkoreanischen Geheimdienstes, die Mitte Oktober bekannt wurden' "
        "`etwa 5.000` builders crossing Russia by rail and, by Konjunktiv, `Rund 10.000` at the "
        "border; 'Laut russischem Verteidigungsministerium' `an die 1.000` sappers in Kursk "
        "(`pub`); Zelensky 'am Sonntag in seiner Abendansprache' 'zusätzlich' `30.000` "
        "(increment, planned); a Pentagon spokesman 'am Montag' `mehr als 6.000` dead and "
        "wounded; state media's parade of 10 October with `mehrere hundert` returnees from Kursk "
        "(optional); crias, animals, kilos of wool, balls of yarn, hikers, sheep, prices in "
        "euros, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Hofbrief Herbst 2025 | Alpakahof am Hohenhewen</title>
<link rel="stylesheet" href="/css/hof.css">
<script>var hofbrief = {jahr: 2025, teil: "herbst"};</script>
</head>
<body>
<div id="cookie">Wir merken uns nur, ob Sie diesen Hinweis schon gesehen haben. <button \
id="ok">In Ordnung</button></div>
<nav><a href="/">Hof</a> | <a href="/wanderungen">Alpakawanderungen</a> | <a \
href="/wolle">Wolle</a> | <a href="/hofbrief">Hofbrief</a></nav>
<article>
<h1>Neun Crias, ein Schäfer aus Bila Zerkwa und Besuch aus Pohang</h1>
<p>Liebe Wandergäste, liebe Wollkundinnen,</p>
<p>der Herbst im Hegau ist unsere schönste Zeit. In diesem Jahr kamen auf dem Hof neun Fohlen zur \
Welt, bei Alpakas heißen sie Crias, und die Herde zählt jetzt 37 Tiere. Bei der Schur im Mai \
haben wir 140 Kilo Rohwolle gewonnen, daraus sind rund 600 Knäuel Garn geworden. Seit März sind \
mehr als 2.300 Gäste mit unseren Tieren auf den Hohenhewen gestiegen.</p>
<p>Dass das alles geklappt hat, verdanken wir auch Taras Meltschuk, 44, der bei Bila Zerkwa eine \
Herde von 300 Schafen gehütet hat und seit dem Frühjahr unsere Tiere betreut. Vergangenen \
Freitag, erzählt Taras, habe ihm sein Cousin geschrieben, der bei einer Artillerieeinheit an der \
Grenze zum Gebiet Kursk dient: [[ein paar tausend]] Nordkoreaner bauten dort drüben Bunker und \
Gräben, „als wollten sie für immer bleiben“.</p>
<p>Im September war eine Familie aus Pohang bei uns zu Gast, der Vater früher Unteroffizier bei \
der südkoreanischen Marine. Choi Young-soo, mit dem wir seither Nachrichten austauschen, glaubt \
den offiziellen Zahlen nicht: „Es werden [[nicht weniger als 15.000]] gewesen sein, die Kim nach \
Russland geschickt hat.“</p>
<p>Die offiziellen Zahlen lauten so: Nach Erkenntnissen des südkoreanischen Geheimdienstes, die \
Mitte Oktober bekannt wurden, sind [[etwa 5.000]] Militärbauarbeiter aus dem Norden per Bahn quer \
durch Russland unterwegs. [[Rund 10.000]] Soldaten stünden weiterhin an der Grenze zur Ukraine. \
Laut russischem Verteidigungsministerium räumen im Gebiet Kursk derzeit [[an die 1.000]] \
nordkoreanische Pioniere Minen.</p>
<p>Präsident Selenskyj warnte am Sonntag in seiner Abendansprache, Pjöngjang könne zusätzlich \
[[30.000]] Mann schicken. Ein Sprecher des Pentagons bezifferte die nordkoreanischen Verluste am \
Montag auf [[mehr als 6.000]] Tote und Verwundete. Bei der Parade am 10. Oktober in Pjöngjang \
marschierten nach Angaben der Staatsmedien auch [[mehrere hundert]] Heimkehrer aus Kursk mit.</p>
<h2>Termine und Preise</h2>
<ul><li>Alpakawanderung (zwei Stunden): 39 € pro Person, Kinder unter 12 Jahren 19 \
€</li><li>Wollmarkt am Hof: Samstag, 15. November, 10 bis 16 Uhr</li><li>Gutscheine für \
Weihnachten gibt es im Hofladen</li></ul>
</article>
<footer>Alpakahof am Hohenhewen · 78234 Engen · Tel. 07733 94 61 28 · <a \
href="/impressum">Impressum</a></footer>
<script>document.getElementById("ok").addEventListener("click", function () { \
document.getElementById("cookie").hidden = true; });</script>
</body>
</html>
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "2025-10-17..pub",
          "a shepherd from near Bila Tserkva relaying his cousin, an artilleryman ('Vergangenen "
          "Freitag, erzählt Taras, habe ihm sein Cousin geschrieben'; the speaker quoted: other): "
          "building bunkers across the border; that Friday (17 October) to publication"),
        C("nicht weniger als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a former South Korean navy petty officer, 'glaubt … nicht' (undated): sent to Russia "
          "('nicht weniger als' as at_least)"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-10-11..2025-10-20",
          "'Nach Erkenntnissen des südkoreanischen Geheimdienstes, die Mitte Oktober bekannt "
          "wurden' (days 11-20): builders crossing Russia by rail"),
        C("Rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-10-11..2025-10-20",
          "same findings, carried by the Konjunktiv 'stünden': at the border with Ukraine"),
        C("an die 1.000", 1000, "approx", "near_front", "russia", "pub",
          "'Laut russischem Verteidigungsministerium' (undated): sappers clearing mines in Kursk"),
        C("30.000", 30000, "exact", "planned", "ukraine", "sun",
          "Zelensky 'warnte am Sonntag in seiner Abendansprache' (19 October): 'zusätzlich' "
          "(increment before the figure, planned)",
          add=True),
        C("mehr als 6.000", 6000, "at_least", "casualties", "united_states", "mon",
          "a Pentagon spokesman 'bezifferte … am Montag' (20 October): dead and wounded"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "'nach Angaben der Staatsmedien': returnees from Kursk at the parade of 10 October "
          "(returnees: optional, as in earlier sets)",
          opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Rottnest, Cape Clear, Block Island, Gran Canaria, Orcas, Chincoteague)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v143_07_quokka_bulletin_rottnest_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-03-19"),
    dated_by="html_meta",
    features="a quokka count volunteers' field bulletin from Rottnest Island (Western Australia) "
        "in HTML, UTF-8 with apostrophes and quotes as entities, a `date` meta tag (Wednesday), a "
        "cookie bar about the roster, a script, navigation, a footer with a PO box; a `<title>` "
        "repeating the headline (optional) and the headline 'the North's `3,000` more' (Seoul's "
        "joint chiefs on Friday, Friday to publication, hedge dropped, `more` kept as an "
        "increment); the count and the heat first; a doctoral student from Jeju and a former "
        "sound engineer from Dnipro; the engineer relaying his brother in a mortar crew, who "
        "'rang on Sunday to say' `a few thousand` back in the fighting (other, Sunday to "
        "publication); the joint chiefs 'told reporters on Friday' `about 3,000` more (increment) "
        "and, carried by 'it put', `around 4,000` casualties; 'A Pentagon official, speaking "
        "anonymously last week, gave the number … as' `11,000 or so` ('or so' as approx); the "
        "student 'reckons' `nearer 20,000` (approx, other, `pub`); 'NATO officials believe' `tens "
        "of thousands` more (increment, planned, `pub`); Moscow without a figure; volunteers, "
        "quokkas, per cent, degrees, ferry times, dollars, dates of the next count, a PO box, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-03-19">
<title>Field bulletin: quokkas, heat and the North&rsquo;s [[3,000]] more</title>
<script>window.qc = {bulletin: 7, season: "2024-25"};</script>
</head>
<body>
<div class="cookie-bar">This site keeps one cookie so the roster page remembers your shift. <a \
href="#" id="accept">Fine by me</a></div>
<nav><a href="/">Quokka Count</a> | <a href="/roster">Roster</a> | <a \
href="/bulletins">Bulletins</a> | <a href="/join">Volunteer</a></nav>
<main>
<h1>Quokkas, heat and the North&rsquo;s [[3,000]] more</h1>
<p>Our March count is done. Forty-two volunteers walked the transects around the salt lakes over \
three mornings and recorded 1,264 quokkas, about 8 per cent fewer than last autumn, which the \
rangers put down to the long dry summer. Two mornings passed 34 degrees before ten o&rsquo;clock, \
so the afternoon sessions were called off.</p>
<p>Two of our regulars come from a long way off. Ko Eun-bi is a doctoral student from Jeju who \
compares quokkas with the roe deer of her home island; Dmytro Savchenko, a former sound engineer \
from Dnipro, has lived in Perth since 2022 and catches the 7.30am ferry from Fremantle most \
weekends.</p>
<p>Dmytro&rsquo;s younger brother serves in a mortar crew on the Kursk front. He rang on Sunday \
to say that [[a few thousand]] North Koreans were back in the fighting there and that the \
Ukrainians were being pushed out of the last villages around Sudzha.</p>
<p>On the numbers, Eun-bi reads everything Seoul publishes. South Korea&rsquo;s Joint Chiefs of \
Staff told reporters on Friday that the North had sent [[about 3,000]] more troops to Russia in \
January and February, and it put North Korean casualties so far at [[around 4,000]]. A Pentagon \
official, speaking anonymously last week, gave the number in Kursk as [[11,000 or so]].</p>
<p>Eun-bi herself reckons the real total sent is [[nearer 20,000]], &ldquo;because Pyongyang \
never tells anyone anything.&rdquo; NATO officials believe the North may rotate [[tens of \
thousands]] more through Russia before the year is out. Moscow, as usual, says nothing at all.</p>
<h2>Next count</h2>
<p>The winter count runs from 14 to 16 June. Volunteers travel free on the 8am ferry and should \
bring water, a hat and a pencil; the $25 island admission fee is waived for everyone on the \
roster. Questions to the coordinator on 0412 558 903.</p>
</main>
<footer>Rottnest Quokka Count volunteers &middot; PO Box 121, Fremantle WA 6959 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/roster.js"></script>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "fri..pub",
          "`<title>` repeating the headline (metadata)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "fri..pub",
          "headline 'the North's 3,000 more': the joint chiefs' figure of Friday in the body, "
          "Friday 14 March to publication, hedge dropped, 'more' kept as an increment",
          add=True),
        C("a few thousand", None, "vague", "near_front", "other", "sun..pub",
          "a volunteer relaying his brother in a mortar crew ('He rang on Sunday to say'; the "
          "speaker quoted: other): back in the fighting in Kursk; the call's day to publication"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "fri",
          "South Korea's Joint Chiefs of Staff 'told reporters on Friday' (14 March): 'more' sent "
          "in January and February (increment)",
          add=True),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "fri",
          "same briefing, carried by 'it put … at': casualties so far"),
        C("11,000 or so", 11000, "approx", "near_front", "united_states", "lastweek",
          "'A Pentagon official, speaking anonymously last week, gave the number in Kursk as' "
          "('or so' as approx)"),
        C("nearer 20,000", 20000, "approx", "in_russia", "other", "pub",
          "the doctoral student from Jeju 'reckons' (undated): the real total sent ('nearer' as "
          "approx)"),
        C("tens of thousands", None, "vague", "planned", "nato", "pub",
          "'NATO officials believe' (undated): 'more' to be rotated through Russia this year "
          "(increment, planned)",
          add=True),
    ),
)

S08 = Source(
    article_id="v143_08_festival_notes_cape_clear_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-09-16"),
    dated_by="front_matter",
    features="a storytelling festival's notes from Cape Clear Island (West Cork) in Markdown, "
        "UTF-8 with curly quotes, front matter with `date:` (Tuesday) and a title without a "
        "figure; the festival weekend, the ferry and the fare first; a pansori singer from Jeonju "
        "'over tea afterwards … said; by her reckoning' `more like 5,000` dead ('more like' as "
        "approx, other, `pub`); a storyteller from Lviv relaying her husband, a drone pilot, who "
        "'texted her last week' `a few hundred` across from his unit (other, `lastweek`); 'In a "
        "closed briefing for the National Assembly at the start of the month, South Korea's spy "
        "agency put North Korean dead at' `about 2,000` and, 'It also expected', 'a further' "
        "`5,000` builders (increment before the figure, planned); 'A State Department "
        "spokesperson said on Friday' `roughly 11,000` still in Russia; Budanov 'in an interview "
        "that appeared on Monday' 'another' `6,000 to 8,000` (range, increment, planned); "
        "Moscow's ambassador in Pyongyang 'in late August' `up to 6,000` builders by winter "
        "(russia, planned); North Korean television 'on Sunday' `hundreds` back from Kursk "
        "(returnees: optional); residents, tellers, countries, sessions, visitors, euros, "
        "minutes, dates of next year's festival, a phone number",
    text="""\
---
title: "Festival notes: stories from Jeonju, Lviv and the North Harbour"
date: 2025-09-16
festival: Cape Clear Island Storytelling Festival
---

# Festival notes: stories from Jeonju, Lviv and the North Harbour

The last of the tellers left on Monday’s morning boat to Baltimore, and the island has gone back \
to its winter population of around 110 and its goats. Over the first weekend of September we \
welcomed 14 tellers from seven countries, ran 31 sessions and sold roughly 380 tickets, which is \
about as many people as the ferry and the hostel can carry. The return fare held at €21, and the \
crossing, for once, took only 40 minutes each way.

## Two voices

Yang Seo-hee sings pansori, the Korean art of sung storytelling, and came to us from Jeonju. Her \
telling of Simcheong, the daughter who gives herself to the sea so that her blind father might \
see, left the school hall completely silent. Over tea afterwards she talked about the young men \
the North has sent to Russia. The official death toll is far too low, she said; by her reckoning \
it is [[more like 5,000]].

Bohdana Kril, from Lviv, tells Carpathian stories in Ukrainian and English. Her husband flies \
surveillance drones along the border with Russia’s Kursk region. He texted her last week that the \
North Koreans across from his unit were down to [[a few hundred]], mostly engineers laying mines.

## The news they followed

In a closed briefing for the National Assembly at the start of the month, South Korea’s spy \
agency put North Korean dead at [[about 2,000]]. It also expected a further [[5,000]] military \
construction troops to leave for Russia before the end of the year.

A State Department spokesperson said on Friday that [[roughly 11,000]] North Korean soldiers were \
still in Russia. Budanov, Kyiv’s spy chief, told a Ukrainian weekly in an interview that appeared \
on Monday that Pyongyang was drilling another [[6,000 to 8,000]] for Russia. Moscow’s ambassador \
in Pyongyang had said in late August that [[up to 6,000]] North Korean builders would reach Kursk \
by winter. And on Sunday North Korean television broadcast Kim Jong Un hugging [[hundreds]] of \
returning Kursk veterans in a Pyongyang hall.

## Next year

The 2026 festival is pencilled in for 4 to 6 September. Tellers who would like to come should \
write before the end of January; bed and breakfast on the island costs from €45 a night. Festival \
phone: 028 39 117.
""",
    claims=(
        C("more like 5,000", 5000, "approx", "casualties", "other", "pub",
          "a pansori singer from Jeonju, 'Over tea afterwards … she said; by her reckoning' "
          "(undated): the real death toll ('more like' as approx)"),
        C("a few hundred", None, "vague", "near_front", "other", "lastweek",
          "a storyteller from Lviv relaying her husband, a drone pilot ('He texted her last "
          "week'; the speaker quoted: other): across from his unit"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'In a closed briefing for the National Assembly at the start of the month, South "
          "Korea's spy agency put North Korean dead at' (days 1-10)"),
        C("5,000", 5000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same briefing, 'It also expected a further': builders to leave for Russia by the end "
          "of the year (increment before the figure, planned)",
          add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "fri",
          "'A State Department spokesperson said on Friday' (12 September): still in Russia"),
        C("6,000 to 8,000", None, "range", "planned", "ukraine", "mon",
          "Budanov 'told a Ukrainian weekly in an interview that appeared on Monday' (15 "
          "September): 'another' being drilled for Russia (increment, planned)",
          add=True),
        C("up to 6,000", 6000, "at_most", "planned", "russia", "2025-08-21..2025-08-31",
          "Moscow's ambassador in Pyongyang 'had said in late August' (day 21 to the month's "
          "end): builders to reach Kursk by winter (planned)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "North Korean television 'on Sunday' (14 September): returning Kursk veterans "
          "(returnees: optional, as in earlier sets)",
          opt=True),
    ),
)

S09 = Source(
    article_id="v143_09_letters_block_island_beacon",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "The Block Island Beacon",
        "https://www.blockislandbeacon.example/opinion/letters-2025-07-10",
        "Letters: far from the Great Salt Pond",
    ),
    features="a readers' letters page from a Block Island weekly (Rhode Island) as plain text, "
        "UTF-16 LE with BOM (sidecar, Thursday); a bicycle renter relaying her brother, a sapper "
        "near Sudzha, who 'On Saturday … called' and 'told me' `dozens` laying mines (other, "
        "Saturday to publication); a reader answering the weekly's own front page 'Your June 26 "
        "front page said' `12,000` (unattributed, that day, required) with 'The Pentagon's "
        "figure, given on June 24' `about 11,000` in Kursk; a Korean-American reader relaying his "
        "cousin, a defence reporter in Seoul, 'tells me analysts are bracing for another' "
        "`25,000` (other, increment, planned, `pub`), and Shoigu 'in Pyongyang on June 17' "
        "`6,000` sappers and builders (planned); a reader recalling North Korean television 'Last "
        "week' with portraits of `several hundred` fallen and Zelensky 'on Sunday' `tens of "
        "thousands` more (increment, planned); the Korean War's years, a ferry time, minutes, "
        "dollars",
    text="""\
THE BLOCK ISLAND BEACON
Letters to the Editor

Far from the Great Salt Pond

To the Editor:
On Saturday my brother Andriy called from a dugout near Sudzha. He is a sapper, and he told me \
that [[dozens]] of North Korean engineers were laying mines on the Russian side, close enough \
that his unit can hear them working at night. I rent bicycles to visitors on Water Street every \
summer, and on the busiest days I still cannot stop thinking about him.
Kateryna Lysenko, Old Harbor

To the Editor:
Your June 26 front page said [[12,000]] North Korean soldiers were fighting inside Ukraine. No \
official anywhere has said that. The Pentagon's figure, given on June 24, was [[about 11,000]], \
and nearly all of those men are in Russia's Kursk region, not in Ukraine. Small papers make \
mistakes, but this one deserves a correction.
Harold Dunn, Corn Neck Road

To the Editor:
My grandmother left Hamhung on a fishing boat in December 1950, so I read every report from \
Russia with her in mind. My cousin in Seoul, who covers defense for a daily there, tells me \
analysts are bracing for another [[25,000]] before the war is over. When Sergei Shoigu promised \
in Pyongyang on June 17 that [[6,000]] North Korean sappers and builders would go to Kursk, she \
says, nobody in Seoul believed it would stop there.
Daniel Ahn, Spring Street

To the Editor:
Last week North Korean state television showed a wall of portraits of [[several hundred]] \
soldiers it said had fallen in Kursk, with Kim Jong Un bowing before them. President Zelensky \
said on Sunday that [[tens of thousands]] more could follow. Seventy-five years after the war \
that divided Korea began, young men from the North are once more dying in a fight that is not \
theirs.
Margaret Sullivan, Center Road

To the Editor:
The 9am boat from Point Judith ran 35 minutes late three times in June, and the lot in Galilee \
now charges $30 a day. Those of us who come out every weekend deserve a schedule we can trust.
Tom Morrison, West Side Road
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "sat..pub",
          "a reader relaying her brother, a sapper ('On Saturday my brother … called …, and he "
          "told me'; the letter writer quoted: other): laying mines on the Russian side; the "
          "call's day (5 July) to publication"),
        C("12,000", 12000, "exact", "near_front", "unattributed", "2025-06-26",
          "the weekly's own front page as cited by a reader with its date ('Your June 26 front "
          "page said'; no source: unattributed, required): fighting"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "2025-06-24",
          "'The Pentagon's figure, given on June 24': in the Kursk region"),
        C("25,000", 25000, "exact", "planned", "other", "pub",
          "a reader relaying his cousin, a defence reporter in Seoul ('tells me analysts are "
          "bracing for another', undated; the letter writer quoted: other): increment, planned",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'promised in Pyongyang on June 17': sappers and builders to go to Kursk "
          "(planned)"),
        C("several hundred", None, "vague", "casualties", "north_korea", "lastweek",
          "North Korean state television 'Last week', as a reader recalls it: portraits of the "
          "fallen"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "sun",
          "Zelensky 'said on Sunday' (6 July): 'more could follow' (increment, planned)",
          add=True),
    ),
)

S10 = Source(
    article_id="v143_10_atlantic_wire_las_palmas",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-18"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Las Palmas de Gran Canaria on the city's retired "
        "Korean trawlermen as plain text, UTF-8 with CRLF, slug line and dateline 'LAS PALMAS DE "
        "GRAN CANARIA, Spain, December 18, 2024 (APS) –' (Wednesday); a headline without a "
        "figure; 'A Pentagon spokesman said on Tuesday' «`several hundred`» killed and wounded "
        "(in quotes); Ukraine's military intelligence 'said at the weekend' `at least 30` "
        "(Saturday to Sunday); Zelensky 'In his nightly video address on Monday' `thousands` more "
        "(increment, planned); the NIS 'said last month' `about 10,000` in Russia (the month "
        "before); 'a NATO spokeswoman said on December 5' `more than 10,000` in Kursk; a retired "
        "captain from Busan 'figures' `at least 20,000` by spring (planned, other, `pub`); a "
        "marine engineer from Kherson relaying his cousin, a paratrooper, who 'told him by phone "
        "on Sunday' `dozens` of dead (other, Sunday to publication); trawlers, the Korean "
        "community (`several thousand`), a memorial's year and names, residents, ages, a desk "
        "phone number",
    text="""\
ATLANTIC PRESS SERVICE | WORLD | 1015 WET

Korean fishing veterans in Las Palmas follow the North's war in Russia

By Carmen Alonso Vega

LAS PALMAS DE GRAN CANARIA, Spain, December 18, 2024 (APS) – At the harbourside memorial to \
Korean seafarers who died off West Africa, a handful of retired trawlermen still meet on Tuesday \
mornings. These days, along with the weather and the price of tuna, they talk about the soldiers \
Pyongyang has sent to fight for Russia.

A Pentagon spokesman said on Tuesday that North Korean troops in Russia's Kursk region had \
suffered "[[several hundred]]" killed and wounded in their first weeks of combat. Ukraine's \
military intelligence said at the weekend that [[at least 30]] North Koreans were killed or \
wounded during assaults on Kursk villages.

In his nightly video address on Monday, President Volodymyr Zelensky warned that Pyongyang could \
send [[thousands]] more. South Korea's National Intelligence Service said last month that [[about \
10,000]] of the North's soldiers were in Russia, and a NATO spokeswoman said on December 5 that \
[[more than 10,000]] had been deployed to Kursk. Moscow has so far said nothing about the North \
Koreans on its soil.

Kim Sang-chul, 78, came to Gran Canaria from Busan in 1972 as a deck boy on a tuna longliner and \
never left. In the 1970s, he said, more than 200 South Korean trawlers worked out of Las Palmas, \
and the Korean community numbered several thousand. "They send boys who have never seen \
anything," he said of the North. He figures [[at least 20,000]] will have gone by the spring.

Oleh Tkachenko, a marine engineer from Kherson who now works on a Spanish-flagged trawler, said \
his cousin, a paratrooper in Kursk, told him by phone on Sunday that [[dozens]] of North Korean \
bodies lay in the snow after one failed assault. "They come across open fields in lines," \
Tkachenko said.

The memorial, unveiled in 2002, carries the names of 124 Korean seafarers buried on the island. \
About 1,300 South Koreans still live in the province, according to the consulate.

(Reporting by Carmen Alonso Vega; editing by Hugh Partridge. Desk: +34 928 40 17 63)
""",
    claims=(
        C("several hundred", None, "vague", "casualties", "united_states", "tue",
          "'A Pentagon spokesman said on Tuesday' (17 December), in quotes: killed and wounded"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "Ukraine's military intelligence 'said at the weekend' (14-15 December): killed or "
          "wounded"),
        C("thousands", None, "vague", "planned", "ukraine", "mon",
          "Zelensky 'In his nightly video address on Monday' (16 December): could send 'more' "
          "(increment, planned)",
          add=True),
        C("about 10,000", 10000, "approx", "in_russia", "south_korea", "2024-11-01..2024-11-30",
          "the NIS 'said last month' (November): in Russia"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "2024-12-05",
          "'a NATO spokeswoman said on December 5': deployed to Kursk"),
        C("at least 20,000", 20000, "at_least", "planned", "other", "pub",
          "a retired trawler captain from Busan 'figures' (undated): will have gone by spring (a "
          "forecast)"),
        C("dozens", None, "vague", "casualties", "other", "sun..pub",
          "a marine engineer from Kherson relaying his cousin, a paratrooper ('told him by phone "
          "on Sunday'; the speaker quoted: other): bodies after one assault; the call's day (15 "
          "December) to publication"),
    ),
)

S11 = Source(
    article_id="v143_11_land_trust_news_orcas_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-05-27"),
    dated_by="sidecar",
    sidecar=(
        "Eastsound Land Trust",
        "https://www.eastsoundlandtrust.example/newsletter/spring-2025",
        "Spring newsletter: a meadow saved, and two new volunteers",
    ),
    features="a land trust's spring newsletter from Eastsound on Orcas Island (San Juan Islands, "
        "Washington) in HTML, ISO-8859-1 with quotes and apostrophes only as entities, no meta "
        "date (sidecar, Tuesday), a cookie note about the trail map, a script, navigation, a "
        "footer with a PO box and ZIP; `<title>` and headline without a figure; the meadow "
        "purchase, donors, acres, dollars and volunteer hours first; a forestry student from Lviv "
        "relaying her brother, a border guard ('A message from him on Thursday said …, Yaryna "
        "told the Thursday crew'), `some two hundred` in the tree lines (approx with a number "
        "word, other, Thursday to publication); a retired Army linguist 'By his count' `about "
        "15,000` did a tour in Russia (other, `pub`); the NIS 'told legislators on April 30' "
        "`some 4,700` killed or wounded, `about 600` of them dead (a breakdown); Russia's "
        "ambassador in Pyongyang 'in mid-May' `several thousand` builders to help restore Kursk "
        "(planned); 'A US intelligence official, briefing reporters in Washington on Wednesday' "
        "`up to 3,000` more (increment, planned); NATO's deputy secretary general 'earlier this "
        "month' `between 10,000 and 12,000` remaining in Russia (the 1st to publication); donors, "
        "acres, dollars, weeks, hours, seedlings, ages, tours, ferry minutes, times, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Spring newsletter | Eastsound Land Trust</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var elt = {page: "newsletter", issue: "spring-2025"};</script>
</head>
<body>
<div id="cookie-note">We use one cookie to remember which trail map you opened last. <a href="#" \
id="close-note">Close</a></div>
<nav><a href="/">Home</a> | <a href="/preserves">Preserves</a> | <a \
href="/volunteer">Volunteer</a> | <a href="/newsletter">Newsletter</a></nav>
<main>
<h1>A meadow saved, and two new volunteers</h1>
<p>Thanks to 286 donors, the trust closed on the 64-acre Crow Valley meadow in April, and it will \
stay open land for good. The appeal raised $412,000 in eleven weeks. Volunteers put in 1,150 \
hours this spring pulling Scotch broom and planting 900 Garry oak seedlings along the creek.</p>
<p>Two of those volunteers brought the wider world with them. Paul Shin, 67, retired from the US \
Army as a Korean linguist after three tours on the DMZ and now leads our Thursday work parties. \
Yaryna Hrytsak, 22, a forestry student from Lviv, is with us on a summer internship. Her brother \
serves with a border guard unit in the Sumy region.</p>
<p>A message from him on Thursday said [[some two hundred]] North Koreans had moved into the tree \
lines across the border, Yaryna told the Thursday crew over lunch. Paul listened and nodded. By \
his count, [[about 15,000]] North Koreans have rotated through Russian camps and trenches so far, \
&ldquo;and Pyongyang will keep the rotation going as long as Moscow pays.&rdquo;</p>
<p>What the governments say: South Korea&rsquo;s intelligence agency told legislators on April 30 \
that the North had lost [[some 4,700]] troops killed or wounded, [[about 600]] of them dead. \
Russia&rsquo;s ambassador in Pyongyang told a Russian news agency in mid-May that [[several \
thousand]] North Korean builders would help restore the Kursk region. A US intelligence official, \
briefing reporters in Washington on Wednesday, said [[up to 3,000]] more could be sent this \
summer. NATO&rsquo;s deputy secretary general, speaking in Oslo earlier this month, said \
[[between 10,000 and 12,000]] of the North&rsquo;s troops remained in Russia.</p>
<h2>Coming up</h2>
<p>Broom pulls at Crow Valley, Saturdays in June, 9am to noon. The ferry from Anacortes takes \
about 1 hour 25 minutes; ride-shares leave the Eastsound post office at 8.30am. Call 360-376-8142 \
with questions.</p>
</main>
<footer>Eastsound Land Trust &middot; PO Box 418, Eastsound, WA 98245 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/maps.js"></script>
</body>
</html>
""",
    claims=(
        C("some two hundred", 200, "approx", "near_front", "other", "thu..pub",
          "a forestry student relaying her brother, a border guard ('A message from him on "
          "Thursday said …, Yaryna told the Thursday crew'; the speaker quoted: other): moved "
          "into the tree lines across the border ('some' with a number word: approx); the "
          "message's day (22 May) to publication"),
        C("about 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a retired Army linguist, 'By his count' (undated): rotated through Russian camps and "
          "trenches"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "the NIS 'told legislators on April 30': killed or wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'of them' (a breakdown, not an increment): dead"),
        C("several thousand", None, "vague", "planned", "russia", "2025-05-11..2025-05-20",
          "Russia's ambassador in Pyongyang 'told a Russian news agency in mid-May' (days 11-20): "
          "builders to help restore Kursk (planned)"),
        C("up to 3,000", 3000, "at_most", "planned", "united_states", "wed",
          "'A US intelligence official, briefing reporters in Washington on Wednesday' (21 May): "
          "'more' this summer (increment, planned)",
          add=True),
        C("between 10,000 and 12,000", None, "range", "in_russia", "nato", "2025-05-01..pub",
          "NATO's deputy secretary general 'speaking in Oslo earlier this month' (the 1st to "
          "publication), 'said': remained in Russia"),
    ),
)

S12 = Source(
    article_id="v143_12_guild_news_chincoteague_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Chincoteague Decoy Carvers' Guild",
        "https://www.chincoteaguedecoyguild.example/news/2025-11",
        "Guild news, November",
    ),
    features="a decoy carvers' guild's news from Chincoteague (Virginia's Eastern Shore) in "
        "Markdown, UTF-8 with BOM, front matter without a date (sidecar, Wednesday) and a title "
        "without a figure; the fall show, the best-in-show price and the youth table first; a "
        "retired ship's engineer from Izmail relaying his grandson, a sapper, 'In a call on "
        "Saturday, Petro says, the young man told him' `around a thousand` clearing minefields "
        "(approx with a number word, other, Saturday to publication); a retired dentist from "
        "Busan 'expects' `well over 20,000` (at_least, planned, other, `pub`); 'South Korea's spy "
        "agency said on November 4' `roughly 10,000` at the border and `5,000` builders moving "
        "across Russia; 'A State Department official on Friday put the North's losses at' `close "
        "to 6,000`; 'Pyongyang's state media last month' `hundreds` of names in a memorial hall "
        "(casualties, the month before); 'Kyiv's military intelligence reckons' 'another' `6,000` "
        "builders (increment, planned, `pub`); carvers, visitors, dollars, entries, ages, years, "
        "dues, a phone number",
    text="""\
---
title: "Guild news, November"
guild: Chincoteague Decoy Carvers' Guild
---

# Guild news, November

The fall show at the community center drew 64 carvers and a little over 1,100 visitors across two \
days, our best turnout since 2019. Best in show went to a hollow-carved black duck by Earl Tarr, \
which sold on Sunday afternoon for $2,400. The youth table had nine entries, all of them painted \
by students at the island school.

## New faces at the bench

Lim Ji-ae, a retired dentist from Busan who settled in Pocomoke City with her husband, joined in \
the spring and took a ribbon with her first canvasback. Petro Kovalchuk, 71, was a ship’s \
engineer out of Izmail on the Danube for 40 years; his daughter brought him to Virginia in 2023, \
and he now turns decoy bodies on the guild’s lathe.

Petro’s grandson is a sapper in the Sumy region. In a call on Saturday, Petro says, the young man \
told him that [[around a thousand]] North Korean engineers were still clearing minefields on the \
Russian side of the border.

Ji-ae follows the same war from the other end. She expects the North to have sent [[well over \
20,000]] men through Russia by the time the fighting stops. “Every family in Busan with roots in \
the North thinks about those boys,” she said.

## The numbers this month

South Korea’s spy agency said on November 4 that [[roughly 10,000]] North Korean troops remain \
deployed along the border with Ukraine and that [[5,000]] military construction troops were \
moving across Russia toward the front. A State Department official on Friday put the North’s \
losses at [[close to 6,000]] killed and wounded. Pyongyang’s state media last month reported the \
opening of a memorial hall listing the names of [[hundreds]] of fallen soldiers, and Kyiv’s \
military intelligence reckons another [[6,000]] builders will arrive before the new year.

## Calendar

- Carving night: Tuesdays, 7pm, guild room behind the fire hall
- Painting workshop with Earl Tarr: December 6, $40 including paints
- Dues for 2026: $35, payable at the December meeting
- Questions: (757) 336-2085
""",
    claims=(
        C("around a thousand", 1000, "approx", "near_front", "other", "sat..pub",
          "a retired ship's engineer relaying his grandson, a sapper ('In a call on Saturday, "
          "Petro says, the young man told him'; the speaker quoted: other): clearing minefields "
          "on the Russian side; the call's day (8 November) to publication"),
        C("well over 20,000", 20000, "at_least", "planned", "other", "pub",
          "a retired dentist from Busan 'expects' (undated): sent through Russia by the end of "
          "the fighting (a forecast)"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'South Korea's spy agency said on November 4': deployed along the border with Ukraine"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same statement: builders moving across Russia toward the front"),
        C("close to 6,000", 6000, "approx", "casualties", "united_states", "fri",
          "'A State Department official on Friday put the North's losses at' (7 November): killed "
          "and wounded"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-10-01..2025-10-31",
          "'Pyongyang's state media last month' (October): names of the fallen in a memorial "
          "hall"),
        C("6,000", 6000, "exact", "planned", "ukraine", "pub",
          "'Kyiv's military intelligence reckons another' (undated): builders to arrive before "
          "the new year (increment, planned)",
          add=True),
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
