"""Build the HUNDRED-AND-EIGHTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-twentieth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
cross-country ski trail association's letter from Furtwangen in the Black Forest with its
Ukrainian snowcat driver, a Glöckler group's circular from Ebensee on the Traunsee (Austrian
conventions) with a Korean chemist from the salt works, a fortress museum society's bulletin from
St. Margrethen in the Rhine valley (Swiss conventions) with a history professor from Daegu, the
Echternach dancing procession committee's letter from Luxembourg with a pilgrim priest from
Suwon, a shooting club's letter from Pomerode in southern Brazil with a marksman from
Prudentópolis, a gymnastics club's paper from Valdivia in southern Chile with its taekwondo master
from Gwangju; a whale-watch log from Roseau in Dominica with a sound engineer from Busan, a salt
pond heritage society's notes from Grand Turk with a cruise-ship photographer from Zaporizhzhia, a
Welsh tea house's letter from Gaiman in Argentine Patagonia with a retired defence attaché, a
pepper farm's field notes from Kampot in Cambodia with a Russian émigré, a giant tortoise rearing
centre's newsletter from Puerto Ayora on the Galápagos with a guide whose daughter studies in
Seoul, and a Garifuna drum school's news from Punta Gorda on Roatán with a Korean volunteer
teacher. Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in order,
by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV
writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind118_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Luxembourg, Brazil, Chile)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="n118_01_loipenbrief_furtwangen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-16"),
    dated_by="html_meta",
    features="a cross-country ski trail association's letter from Furtwangen (Black Forest) in "
        "HTML, UTF-8 (`article:published_time` +01:00, Thursday), a consent strip about the "
        "trail report, a data-layer script, navigation, a footer with a phone number; `<title>` "
        "and headline without a figure, a subheading `Zwei Gefangene aus Kursk` from Zelensky's "
        "Saturday (Saturday to publication); mainly losses and prisoners: a Ukrainian snowcat "
        "driver relaying his brother in Kursk, Konjunktiv over two sentences, `über 60` dead in "
        "one week (other, `pub`); Zelensky 'am Samstag' `zwei` captured (number word); the NIS "
        "'am Montag' `rund 300` dead and `etwa 2.700` wounded, and 'Der Dienst hält es für "
        "möglich' a forecast toll `über 1.000` (casualties); 'Aus dem Weißen Haus hieß es am "
        "Dienstag' `an die 1.000` in one week; Zelensky 'Ende Dezember' `mehr als 3.000`; "
        "Russia's daily losses and Ukrainians home from a prisoner exchange (not claims); "
        "kilometres, metres, a snowcat's price, ages, years, euros, times, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Loipenfreunde Bregtal · Loipenbrief · Frische Spur am Brend</title>
<meta property="article:published_time" content="2025-01-16T07:40:00+01:00">
<meta name="author" content="Loipenfreunde Bregtal e.V.">
<script>dataLayer=[{bereich:"loipenbrief",ausgabe:"2025-01",schneehoehe:"35cm"}];</script>
</head>
<body>
<div id="consent">Wir speichern ein Cookie, damit der Loipenbericht weiß, welche Runde Sie zuletzt \
angeschaut haben. <button>Passt schon</button> <button>Bloß keins</button></div>
<nav><a href="/">Start</a> | <a href="/loipenbericht">Loipenbericht</a> | <a href="/kurse">Kurse \
&amp; Verleih</a> | <a href="/loipenbrief">Loipenbrief</a> | <a href="/verein">Verein</a></nav>
<main>
<h1>Frische Spur am Brend</h1>
<p class="lead">Seit Sonntag liegt endlich genug Schnee: Alle 85 Kilometer zwischen Furtwangen, \
Rohrbach und der Martinskapelle sind gespurt. Die Nächte hindurch gespurt hat, wie jedes Jahr, \
Andrij Hnatjuk.</p>
<p>Andrij, 44, stammt aus Jaremtsche in den ukrainischen Karpaten und sitzt seit 2019 auf unserem \
Pistenbully. Für die Raupe, die den Verein im Herbst 2023 rund 290.000 Euro gekostet hat, gibt es \
keinen besseren Fahrer. Zwischen zwei Runden am Brend, 1.149 Meter hoch, erzählt er in der \
Vereinshütte von seinem jüngeren Bruder Taras, der mit einer Spezialeinheit im russischen Gebiet \
Kursk kämpft.</p>
<h2>[[Zwei]] Gefangene aus Kursk</h2>
<p>„Sie ergeben sich nicht, sie sprengen sich lieber selbst in die Luft“, habe Taras am Telefon \
gesagt. In seinem Abschnitt habe er in einer einzigen Woche [[über 60]] tote Nordkoreaner gezählt. \
Umso größer war die Aufregung, als Präsident Wolodymyr Selenskyj am Samstag verkündete, \
ukrainische Soldaten hätten im Gebiet Kursk [[zwei]] Nordkoreaner lebend gefangen genommen. Beide \
waren verwundet und werden inzwischen in Kiew vom Geheimdienst SBU verhört.</p>
<p>Auch die übrigen Zahlen dieser Tage handeln vor allem von Verlusten. Der südkoreanische \
Geheimdienst NIS bezifferte sie am Montag vor Abgeordneten in Seoul auf [[rund 300]] Tote und \
[[etwa 2.700]] Verwundete. Der Dienst hält es für möglich, dass die Zahl der Gefallenen bis zum \
Frühjahr auf [[über 1.000]] steigt. Aus dem Weißen Haus hieß es am Dienstag, allein in der \
vergangenen Woche seien [[an die 1.000]] Nordkoreaner getötet oder verwundet worden. Selenskyj \
selbst hatte schon Ende Dezember von [[mehr als 3.000]] Toten und Verletzten gesprochen.</p>
<p>Die andere Seite zahlt einen noch höheren Preis. Nach britischen Schätzungen verliert Russland \
derzeit jeden Tag mehr als 1.500 Soldaten. Beim jüngsten Gefangenenaustausch Anfang Januar durften \
189 ukrainische Soldaten nach Hause, ein Schulfreund von Andrij war nicht darunter.</p>
<p>Nach der Saison fährt Andrij für zwei Wochen heim nach Jaremtsche. „Taras sagt, drüben rücken \
schon neue Koreaner nach“, meint er. Wie viele, wisse keiner.</p>
<h2>Aus dem Verein</h2>
<ul><li>Loipenpass für die ganze Saison: 30 Euro, Kinder bis 16 Jahre frei</li><li>Nachtlanglauf \
auf der beleuchteten 3-Kilometer-Runde: dienstags und freitags bis 21 Uhr</li><li>Langlaufkurs für \
Einsteiger am 25. und 26. Januar, noch 8 Plätze frei</li></ul>
</main>
<footer>Loipenfreunde Bregtal e.V. · Vereinshütte am Brend · Telefon 07723 918 40 22 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/schneebericht.js?v=12"></script>
</body>
</html>
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "subheading 'Zwei Gefangene aus Kursk': Zelensky's Saturday announcement below "
          "(Saturday to the Thursday of publication; number word)"),
        C("über 60", 60, "at_least", "casualties", "other", "pub",
          "a snowcat driver relaying his brother in Kursk ('habe Taras am Telefon gesagt', "
          "Konjunktiv over two sentences; the speaker quoted: other), undated: dead counted in "
          "one week"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag verkündete' (11 January): captured alive (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'bezifferte sie am Montag vor Abgeordneten': dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same briefing: wounded"),
        C("über 1.000", 1000, "at_least", "casualties", "south_korea", "mon",
          "'Der Dienst hält es für möglich' (the NIS by its role, same Monday): the fallen could "
          "rise to this by spring (a forecast toll: the status says what is counted)"),
        C("an die 1.000", 1000, "approx", "casualties", "united_states", "tue",
          "'Aus dem Weißen Haus hieß es am Dienstag', Konjunktiv: killed or wounded in the past "
          "week alone ('an die' as approx)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-21..2024-12-31",
          "Zelensky 'schon Ende Dezember' (days 21-31): dead and wounded"),
    ),
)

N02 = Source(
    article_id="n118_02_gloecklerpass_ebensee_rundbrief",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-24"),
    dated_by="dateline", crlf=True,
    features="a Glöckler group's circular from Ebensee on the Traunsee (Upper Austria) as plain "
        "text, ISO-8859-1 with CRLF and straight quotes (Austrian conventions: `Jänner`, "
        "`Feber`, `heuer`, `vorige Woche`), dated by the place line 'Ebensee, 24.02.2025' "
        "(Monday); the Glöckler run first; a Korean chemist from the salt works, once an "
        "artilleryman near Cheorwon; Zelensky 'Im Jänner' (month) `rund 4.000` dead or wounded; "
        "a Pentagon spokesman 'am 3. Feber' `um die 1.000` dead; the NIS ('Der Geheimdienst in "
        "Seoul') 'vorige Woche' `mehr als 8.000` still around Kursk; 'Aus Nato-Kreisen in "
        "Brüssel hieß es Mitte Feber' `etwa 12.000` (days 11-20); HUR 'am Samstag' `zwischen "
        "1.000 und 1.500` being retrained further back (range, in Russia); the chemist relaying "
        "friends in Seoul `Tausenden` dead and his own 'Er rechnet damit' 'noch einmal' `10.000` "
        "(increment, planned, other, `pub`); Russia's own losses (not a claim); caps, metres, "
        "kilos, spectators, years, euros, a phone number",
    text="""\
GLÖCKLERPASS LANGWIES
Rundbrief an Mitglieder und Freunde

Ebensee, 24.02.2025

Liebe Glöcklerinnen und Glöckler, liebe Freunde unserer Pass!

Der Lauf am 5. Jänner liegt schon sieben Wochen zurück, und im Ort wird immer noch darüber \
geredet. Bei klirrender Kälte sind wir mit 23 Kappen losgezogen. Die größte misst 1,60 Meter und \
wiegt mit allen Lichtern knapp 14 Kilo. Zuschauer waren so viele da wie lange nicht mehr: Die \
Gemeinde schätzt, dass 4.000 Leute entlang der Hauptstraße gestanden sind.

Neu unter den Kappen: Ji-hoon

Zum ersten Mal ist heuer ein Koreaner mitgelaufen. Park Ji-hoon, 34, arbeitet seit zwei Jahren als \
Chemiker in der Saline und hat im Herbst an elf Abenden mit uns an seiner Kappe geschnitten und \
geklebt. Daheim war er Artillerist in einer Stellung bei Cheorwon, ein paar Kilometer von der \
Grenze zum Norden entfernt.

Was Ji-hoon in diesen Wochen liest, geht ihm nahe. Im Jänner sprach der ukrainische Präsident \
Selenskyj von [[rund 4.000]] Nordkoreanern, die im Gebiet Kursk gefallen oder verwundet worden \
seien. Ein Sprecher des Pentagons nannte am 3. Feber [[um die 1.000]] Tote. Seit Mitte Jänner \
sollen die Nordkoreaner kaum noch an der Front zu sehen sein. Der Geheimdienst in Seoul bestätigte \
das vorige Woche, fügte aber hinzu, in der Gegend von Kursk hielten sich weiterhin [[mehr als \
8.000]] von ihnen auf. Aus Nato-Kreisen in Brüssel hieß es Mitte Feber, insgesamt seien [[etwa \
12.000]] Mann nach Russland gekommen. Und am Samstag meldete der ukrainische Militärgeheimdienst, \
[[zwischen 1.000 und 1.500]] Nordkoreaner würden derzeit weiter hinten in Russland neu \
ausgebildet, offenbar für den Krieg mit Drohnen.

Die russische Armee selbst hat nach der Zählung westlicher Dienste seit Kriegsbeginn über 700.000 \
Mann verloren, Tote und Verwundete zusammengerechnet.

Ji-hoon glaubt, dass das erst der Anfang war. "Meine Freunde in Seoul erzählen, in den Kasernen an \
der Grenze redet man von [[Tausenden]] Toten", sagt er. Er rechnet damit, dass Kim heuer noch \
einmal [[10.000]] Mann schickt, "vielleicht auch mehr". Am 5. Jänner 2026 will er wieder \
mitlaufen, dann mit einer eigenen Kappe in Form einer Pagode.

Termine
- Jahreshauptversammlung: Freitag, 14. März, 19.30 Uhr, im Gasthaus Steinkogl
- Kappenbau für Kinder ab 10 Jahren ab Oktober, Materialbeitrag 25 Euro
- Obmann Franz Loidl, Tel. 06133 52 71

Mit Glöcklergruß
Der Ausschuss
""",
    claims=(
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'Im Jänner' (Austrian January, month), Konjunktiv: fallen or wounded"),
        C("um die 1.000", 1000, "approx", "casualties", "united_states", "2025-02-03",
          "a Pentagon spokesman 'am 3. Feber' (Austrian February, an explicit date): dead ('um "
          "die' as approx)"),
        C("mehr als 8.000", 8000, "at_least", "near_front", "south_korea", "lastweek",
          "'Der Geheimdienst in Seoul bestätigte das vorige Woche' (Austrian 'vorige Woche' as "
          "last week), Konjunktiv: still in the area around Kursk"),
        C("etwa 12.000", 12000, "approx", "in_russia", "nato", "2025-02-11..2025-02-20",
          "'Aus Nato-Kreisen in Brüssel hieß es Mitte Feber' (days 11-20): come to Russia in all"),
        C("zwischen 1.000 und 1.500", None, "range", "in_russia", "ukraine", "sat",
          "HUR 'am Samstag meldete' (Monday circular: 22 February): being retrained further back "
          "in Russia"),
        C("Tausenden", None, "vague", "casualties", "other", "pub",
          "the chemist relaying friends in Seoul ('Meine Freunde in Seoul erzählen', the speaker "
          "quoted: other), 'sagt er' undated: talk of dead in the border barracks"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "'Er rechnet damit' (undated): Kim sending 'noch einmal' this year (increment, span "
          "without the words; planned)", add=True),
    ),
)

N03 = Source(
    article_id="n118_03_festungsfreunde_stmargrethen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2024-11-16"),
    dated_by="front_matter",
    features="a fortress museum society's bulletin from St. Margrethen in the Rhine valley "
        "(canton of St. Gallen) in Markdown, windows-1252 (Swiss conventions: `ss`, «», `3'450`, "
        "`10'000`, `11'000`, `25'000`, 4-digit `8000`), front matter with `date:` (Saturday), a "
        "society key and a title without a figure; the season first; a history professor from "
        "Daegu who toured the fort; the Pentagon 'Ende Oktober' (days 21-31) `rund 10'000`; a "
        "NATO spokesman 'am 4. November' `mehr als 10'000`; Blinken 'Anfang November' (days "
        "1-10) `8000` in Kursk; Zelensky 'am Dienstag' `11'000`; 'Nach Angaben des "
        "Nachrichtendienstes in Seoul vom Mittwoch' `einige Hundert` in combat; 'Südkoreanischen "
        "Medienberichten zufolge' `rund 500` officers (unattributed); the Swiss intelligence "
        "service's report 'vom Montag' `bis zu 25'000` by spring (a third government: other, "
        "planned); the professor's letter that came 'vergangene Woche' with `15'000 bis 20'000` "
        "by the year's end (range, planned, other); visitors, tours, guns, Swiss soldiers of the "
        "old garrison, students, ages, years, francs, a phone number",
    text="""\
---
title: "Mitteilungen der Festungsfreunde Rheinhalde"
date: 2024-11-16
verein: Festungsfreunde Rheinhalde, St. Margrethen SG
nummer: 4/2024
---

# Saisonschluss im Werk – und Post aus Daegu

Liebe Mitglieder, liebe Gönnerinnen und Gönner

Am letzten Oktobersonntag haben wir die Panzertüre des Artilleriewerks Rheinhalde für den Winter \
verriegelt. Die Saison war die beste seit der Eröffnung des Museums 1996: 3'450 Besucherinnen und \
Besucher kamen zu 28 Führungen. Die beiden 10,5-cm-Kanonen sind frisch geölt, und im \
Mannschaftstrakt, wo im Aktivdienst bis zu 120 Soldaten schliefen, hat die Montagsgruppe die \
Lüftung instand gestellt.

## Geschichtsstudenten aus Korea

Ungewöhnlichen Besuch hatten wir am 24. Oktober: 19 Studentinnen und Studenten aus Daegu, \
begleitet von Professor Han Seung-woo, 58, der an ihrer Universität Militärgeschichte lehrt. Die \
Gruppe besichtigte auf einer dreiwöchigen Reise Festungen zwischen Bodensee und Alpen. «Bei uns \
stehen solche Anlagen nicht im Museum, sie sind besetzt», sagte Han beim Kaffee in der Kantine.

Seither hat sich die Lage in Korea zugespitzt. Ende Oktober gab das Pentagon bekannt, Pjöngjang \
habe [[rund 10'000]] Mann für eine Ausbildung in den russischen Fernen Osten verlegt. Ein \
Nato-Sprecher bestätigte am 4. November, es seien [[mehr als 10'000]] Nordkoreaner in Russland. \
Washington legte nach: Anfang November erklärte Aussenminister Antony Blinken, [[8000]] von ihnen \
stünden bereits im Gebiet Kursk an der ukrainischen Grenze. Präsident Wolodymyr Selenskyj sprach \
am Dienstag von [[11'000]] Nordkoreanern in Kursk. Nach Angaben des Nachrichtendienstes in Seoul \
vom Mittwoch sind [[einige Hundert]] Nordkoreaner schon in Gefechte mit ukrainischen Einheiten \
verwickelt. Südkoreanischen Medienberichten zufolge sollen sich unter den Entsandten auch [[rund \
500]] Offiziere befinden.

Auch der Nachrichtendienst des Bundes verfolgt die Entwicklung. In seinem Lagebericht vom Montag \
hält er es für möglich, dass bis zum Frühjahr [[bis zu 25'000]] Nordkoreaner auf russischer Seite \
eingesetzt werden.

## Ein Brief aus Daegu

Professor Han hat uns vergangene Woche einen langen Brief geschrieben. Die westlichen Zahlen hält \
er für zu tief. Er schätzt, dass bis Ende Jahr [[15'000 bis 20'000]] Nordkoreaner in Russland sein \
werden. «Kim schickt nicht nur Soldaten», schreibt er, «er schickt Lehrlinge, die in Europa das \
Kriegshandwerk von heute lernen.»

## Aus dem Verein

- Generalversammlung: Freitag, 7. März 2025, 19 Uhr, im Restaurant Bahnhof
- Jahresbeitrag Fr. 40.–, Familien Fr. 60.–
- Arbeitseinsätze im Werk jeden ersten Samstag im Monat, Znüni offeriert
- Auskunft: Präsident Ruedi Frei, 071 744 38 12

Mit kameradschaftlichem Gruss
Der Vorstand
""",
    claims=(
        C("rund 10'000", 10000, "approx", "in_russia", "united_states",
          "2024-10-21..2024-10-31",
          "the Pentagon 'Ende Oktober gab … bekannt' (days 21-31), Konjunktiv: sent for training "
          "in Russia's east"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "nato", "2024-11-04",
          "a NATO spokesman 'bestätigte am 4. November' (an explicit date): in Russia"),
        C("8000", 8000, "exact", "near_front", "united_states", "2024-11-01..2024-11-10",
          "Blinken 'Anfang November' (days 1-10), Konjunktiv: already in the Kursk region (Swiss "
          "4-digit figure without separator)"),
        C("11'000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'sprach am Dienstag' (Saturday bulletin: 12 November): in Kursk"),
        C("einige Hundert", None, "vague", "near_front", "south_korea", "wed",
          "'Nach Angaben des Nachrichtendienstes in Seoul vom Mittwoch' (13 November): already "
          "in combat with Ukrainian units"),
        C("rund 500", 500, "approx", "in_russia", "unattributed", "pub",
          "'Südkoreanischen Medienberichten zufolge' (no named source: unattributed), undated: "
          "officers among those sent"),
        C("bis zu 25'000", 25000, "at_most", "planned", "other", "mon",
          "the Swiss Federal Intelligence Service 'In seinem Lagebericht vom Montag' (a third "
          "government: other): could be deployed on Russia's side by spring (planned)"),
        C("15'000 bis 20'000", None, "range", "planned", "other", "lastweek",
          "the professor's letter 'hat uns vergangene Woche … geschrieben', 'Er schätzt' (a "
          "civilian speaking for himself: other; the letter's week): in Russia by the end of "
          "the year (a forecast: planned)"),
    ),
)

N04 = Source(
    article_id="n118_04_springprozession_echternach_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-26"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Komitee der Springprozession Echternach – Rundbrief",
        "https://www.springprozession-echternach.example/rundbrief/2025-2",
        "Nach dem Pfingstdienstag: Dank, Bilanz und ein Gast aus Suwon",
    ),
    features="the Echternach dancing procession committee's letter (Luxembourg) in HTML, "
        "ISO-8859-1 with CRLF, quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`), no meta date (sidecar, Thursday), a one-cookie note about the photo "
        "gallery, a script, navigation, a footer; `<title>` and headline without a figure; only "
        "plans and forecasts: Shoigu back from Pyongyang 'am 17. Juni' with Kim's pledge, "
        "Konjunktiv, `1.000` deminers and `5.000` builders for Kursk (russia, planned); the NIS "
        "'nach eigener Aussage vom Dienstag' `mehrere tausend` 'zusätzliche' (increment); "
        "Budanov 'vergangene Woche in einem Interview' `25.000 bis 30.000` 'weitere' (range, "
        "increment); a Pentagon official 'Anfang Juni' `bis zu 10.000` 'zusätzlichen' "
        "(increment); KCNA 'am Samstag' `Zehntausenden` volunteers standing by; Rutte 'gestern' "
        "at the Hague summit `über 20.000` by autumn; the letter's own sum 'Zählt man … "
        "zusammen, kämen' `bis zu 36.000` new soldiers 'hinzu' (unattributed, increment); a "
        "pilgrim priest from Suwon on the phone `vierzigtausend` (number word, other, `pub`); "
        "dancers, bands, spectators, pilgrims, years, euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-LU">
<head>
<meta charset="iso-8859-1">
<title>Komitee der Springprozession &ndash; Rundbrief nach dem Pfingstdienstag</title>
<script>var rundbrief={jahrgang:2025,nummer:2,sprache:"de"};</script>
</head>
<body>
<div class="cookie-hinweis">Diese Seite setzt ein einziges Cookie, damit die Fotogalerie weiß, wo \
Sie stehen geblieben sind. <button>Einverstanden</button> <button>Kekse? Lieber nicht \
heute</button></div>
<nav>Die Prozession &middot; Geschichte &middot; Pilgergruppen &middot; Fotogalerie &middot; \
Rundbrief &middot; Kontakt</nav>
<article>
<h1>Nach dem Pfingstdienstag: Dank, Bilanz und ein Gast aus Suwon</h1>
<p>Liebe Freunde der Springprozession, am Pfingstdienstag, dem 10. Juni, sind wieder rund 12.000 \
Springerinnen und Springer in Fünferreihen durch die Gassen unserer Stadt gezogen, begleitet von \
45 Musikkapellen, die ohne Pause die alte Melodie spielten. Mehr als 9.000 Zuschauer säumten den \
Weg. Seit 2010 gehört die Prozession zum immateriellen Kulturerbe der UNESCO.</p>
<p>Zum ersten Mal war eine Pilgergruppe aus Korea dabei: 38 Katholiken aus der Diözese Suwon mit \
ihrem Seelsorger, Pater Andreas Lee Jae-min. Beim Empfang im Rathaus bat er darum, in die \
Fürbitten auch den Frieden auf der koreanischen Halbinsel aufzunehmen. Was ihn bedrückt, sind die \
Nachrichten über neue Truppen aus dem Norden, die Moskau zugesagt worden sind.</p>
<h2>Was angekündigt ist</h2>
<p>Moskaus Sicherheitsratschef Sergej Schoigu kam am 17. Juni aus Pjöngjang mit einer Zusage Kims \
zurück: Für Kursk stelle der Norden [[1.000]] Pioniere zum Minenräumen und [[5.000]] Bausoldaten \
bereit. Der südkoreanische Nachrichtendienst NIS rechnet nach eigener Aussage vom Dienstag damit, \
dass im Juli oder August noch [[mehrere tausend]] zusätzliche Soldaten folgen. Noch weiter geht \
der ukrainische Militärgeheimdienst: Sein Chef Kyrylo Budanow sagte vergangene Woche in einem \
Interview, Pjöngjang bereite [[25.000 bis 30.000]] weitere Soldaten auf den Einsatz vor. Ein \
Vertreter des Pentagons hatte schon Anfang Juni erklärt, Russland könne bis zum Jahresende mit \
[[bis zu 10.000]] zusätzlichen Nordkoreanern rechnen.</p>
<p>Die Staatsagentur KCNA verbreitete am Samstag einen Aufruf, in dem von &bdquo;[[Zehntausenden]] \
Freiwilligen&ldquo; die Rede war, die bereitstünden. Und Nato-Generalsekretär Mark Rutte warnte \
gestern beim Gipfel in Den Haag, bis zum Herbst könnten [[über 20.000]] Nordkoreaner für Russland \
im Einsatz stehen.</p>
<p>Zählt man Schoigus Zusage und die Warnung aus Kiew zusammen, kämen in den nächsten Monaten \
[[bis zu 36.000]] neue Soldaten aus dem Norden hinzu. Pater Lee mag solche Rechnungen nicht. \
&bdquo;Ich fürchte, am Ende werden es [[vierzigtausend]] sein, und jeder von ihnen hat eine \
Mutter&ldquo;, sagt er, wenn wir mit ihm telefonieren.</p>
<h2>Termine</h2>
<ul><li>Dankmesse für alle Helferinnen und Helfer: Sonntag, 6. Juli, 10 Uhr, in der \
Basilika</li><li>Führung durch die Krypta: jeden Samstag um 15 Uhr, 4 Euro</li><li>Sekretariat: \
Tel. +352 72 05 48</li></ul>
</article>
<footer>Komitee der Springprozession &middot; Parvis de la Basilique &middot; L-6486 \
Echternach</footer>
</body>
</html>
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'kam am 17. Juni aus Pjöngjang mit einer Zusage Kims zurück', Konjunktiv "
          "('stelle … bereit'): deminers for Kursk (an announcement: planned)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (two groups of one announcement, not an "
          "increment)"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "tue",
          "the NIS 'nach eigener Aussage vom Dienstag' (24 June): 'noch … zusätzliche' to "
          "follow in July or August (increment, span without the word)", add=True),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "lastweek",
          "Budanov, named by his role after the agency, 'sagte vergangene Woche in einem "
          "Interview': 'weitere' being prepared (range, increment)", add=True),
        C("bis zu 10.000", 10000, "at_most", "planned", "united_states",
          "2025-06-01..2025-06-10",
          "a Pentagon official 'schon Anfang Juni' (days 1-10): 'zusätzlichen' by the year's "
          "end (increment)", add=True),
        C("Zehntausenden", None, "vague", "planned", "north_korea", "sat",
          "KCNA 'verbreitete am Samstag einen Aufruf' (21 June), inside an entity-quoted phrase: "
          "volunteers standing by"),
        C("über 20.000", 20000, "at_least", "planned", "nato", "yday",
          "Rutte 'warnte gestern beim Gipfel in Den Haag' (25 June): deployed by autumn (a "
          "forecast)"),
        C("bis zu 36.000", 36000, "at_most", "planned", "unattributed", "pub",
          "the letter's own 'Zählt man … zusammen, kämen … hinzu' (no source: unattributed, "
          "required): new soldiers in the coming months (an increment of announced ones)",
          add=True),
        C("vierzigtausend", 40000, "exact", "planned", "other", "pub",
          "the pilgrim priest 'sagt er, wenn wir mit ihm telefonieren' (present tense, "
          "undated; speaking for himself: other): what it will come to in the end (number "
          "word, a forecast)"),
    ),
)

N05 = Source(
    article_id="n118_05_schuetzenbrief_pomerode_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-09-14"),
    dated_by="sidecar",
    sidecar=(
        "Schützenverein Testo Alto – Schützenbrief",
        "https://www.schuetzen-testoalto.example/schuetzenbrief/2025-09",
        "Neuer König – und schwere Nachrichten für Ivo",
    ),
    features="a shooting club's letter from Pomerode (Santa Catarina, Brazil) in Markdown, "
        "UTF-16 LE with BOM, front matter without a date (sidecar, Sunday) and a title without a "
        "figure; mainly the dead and the returned: a marksman from Prudentópolis relaying his "
        "cousin, who recovered bodies near Kursk, `etwa 30` dead (Konjunktiv, other, `pub`); the "
        "NIS 'am Donnerstag' `rund 2.000` fallen; 'Laut ukrainischem Militärgeheimdienst … wie "
        "die Behörde vergangene Woche mitteilte' `mehr als 4.000` (the date after the figure); "
        "North Korean television 'Ende August' (days 21-31) `Dutzenden` coffins and, in the same "
        "broadcast, `Hunderte` returnees decorated (optional); 'Nach Einschätzung des Pentagons "
        "von Freitag' `bis zu 1.500` wounded in Russian field hospitals; the marksman's own "
        "'schätzt' `gut 3.000` (other, `pub`); bodies handed over in an exchange (Ukrainian and "
        "Russian dead: not claims); shots, guests, metres, years, reais, a phone number",
    text="""\
---
title: "Schützenbrief September"
verein: Schützenverein Testo Alto, Pomerode
---

# Neuer König – und schwere Nachrichten für Ivo

Beim Königsschießen am 6. September hat Ivo Kowalczuk den Vogel nach 214 Schuss von der Stange \
geholt. Ivo stammt aus Prudentópolis in Paraná, wo viele Familien ukrainische Wurzeln haben, und \
schießt seit 2021 bei uns. Zum Fest kamen über 600 Gäste.

Ivos Cousin Wolodymyr dient in der Ukraine in einem Trupp, der im Frühjahr im Gebiet Kursk \
gefallene Gegner geborgen hat. Er habe dabei [[etwa 30]] tote Nordkoreaner aus den Gräben geholt, \
schreibt er. Die meisten seien kaum zwanzig gewesen.

Die offiziellen Zahlen wachsen. Der südkoreanische Nachrichtendienst NIS teilte am Donnerstag mit, \
[[rund 2.000]] Nordkoreaner seien seit dem Herbst gefallen. Laut ukrainischem Militärgeheimdienst \
liegt die Zahl der Toten und Verwundeten bei [[mehr als 4.000]], wie die Behörde vergangene Woche \
mitteilte. Das nordkoreanische Fernsehen zeigte Ende August Kim Jong Un vor [[Dutzenden]] Särgen \
unter Fahnen; in derselben Sendung wurden [[Hunderte]] Heimkehrer mit Orden geehrt. Nach \
Einschätzung des Pentagons von Freitag liegen noch [[bis zu 1.500]] Verwundete in russischen \
Lazaretten.

Ivo selbst schätzt die Zahl der Gefallenen auf [[gut 3.000]]. Beim Austausch am 29. August übergab \
Russland die Leichen von 1.000 ukrainischen Soldaten, die Ukraine 19 tote Russen. „Da sieht man, \
wer seine Toten zählt“, sagt Ivo.

**Termine:** Vereinsschießen jeden Mittwoch ab 19 Uhr, Luftgewehr auf 10 Meter; Jahresbeitrag R$ \
180; Kontakt (47) 3387-2214
""",
    claims=(
        C("etwa 30", 30, "approx", "casualties", "other", "pub",
          "a marksman relaying his cousin who recovered bodies ('Er habe …, schreibt er', "
          "Konjunktiv over two sentences; the speaker quoted: other), undated: dead recovered"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'teilte am Donnerstag mit' (Sunday letter: 11 September): fallen since autumn"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "lastweek",
          "'Laut ukrainischem Militärgeheimdienst …, wie die Behörde vergangene Woche mitteilte' "
          "(the date after the figure): dead and wounded"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean television 'Ende August' (days 21-31): coffins under flags"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-08-21..2025-08-31",
          "same broadcast: returnees decorated (returnees: optional, as in earlier sets)",
          opt=True),
        C("bis zu 1.500", 1500, "at_most", "casualties", "united_states", "fri",
          "'Nach Einschätzung des Pentagons von Freitag' (12 September): wounded still in "
          "Russian field hospitals"),
        C("gut 3.000", 3000, "at_least", "casualties", "other", "pub",
          "'Ivo selbst schätzt' (undated; speaking for himself: other): the fallen ('gut' as "
          "at_least)"),
    ),
)

N06 = Source(
    article_id="n118_06_turnerblatt_valdivia",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-05-06"),
    dated_by="sidecar",
    sidecar=(
        "Deutscher Turnverein Valdivia – Turnerblatt",
        "https://www.turnverein-valdivia.example/turnerblatt/2025-05",
        "Turnerblatt Mai: Schauturnen, Taekwondo und der Krieg in der Ferne",
    ),
    features="a German gymnastics club's paper from Valdivia (southern Chile) as plain text, "
        "UTF-8 with BOM, `„“` (sidecar, Tuesday); the show first; the club's taekwondo master "
        "from Gwangju; Pyongyang's admission 'Am 28. April' without a figure and Gerasimov 'Zwei "
        "Tage zuvor' (26 April) `mehrere tausend` helping retake Kursk (russia, near the front); "
        "the NIS 'Am Mittwoch vergangener Woche' (30 April) with the total `rund 15.000` sent, "
        "`etwa 4.700` killed or wounded and 'darunter' `rund 600` dead (a breakdown); the State "
        "Department 'am Freitag' `mindestens 14.000`; 'nach Angaben des ukrainischen "
        "Generalstabs vom Sonntag' `höchstens 1.500` still fighting; the master's 'geht davon "
        "aus' `20.000 oder mehr` will have served by the year's end (other, planned, `pub`); "
        "children, members, times, a monthly fee in pesos of the same size as a claim, a phone "
        "number",
    text="""\
DEUTSCHER TURNVEREIN VALDIVIA
Turnerblatt – Mai 2025

Liebe Turnerinnen und Turner, liebe Eltern,

das Herbstschauturnen in unserer Halle an der Calle General Lagos war ein voller Erfolg: 140 \
Kinder zeigten, was sie seit März gelernt haben, und zum ersten Mal stand auch unsere \
Taekwondo-Gruppe auf der Matte.

Ein Meister aus Gwangju

Geleitet wird die Gruppe seit zwei Jahren von Choi Dong-hyun, 61, der nach dreißig Jahren als \
Sportlehrer in Gwangju mit seiner chilenischen Frau nach Valdivia gezogen ist. 23 Kinder \
trainieren inzwischen zweimal die Woche bei ihm. Nach dem Schauturnen saß er noch lange mit den \
Eltern zusammen, und das Gespräch kam auf den Krieg, in dem nun auch Koreaner sterben.

Am 28. April hat Pjöngjang erstmals offiziell zugegeben, dass seine Soldaten für Russland \
kämpfen. Zwei Tage zuvor hatte Russlands Generalstabschef Waleri Gerassimow erklärt, [[mehrere \
tausend]] Nordkoreaner hätten bei der Rückeroberung des Gebiets Kursk geholfen. Am Mittwoch \
vergangener Woche unterrichtete der südkoreanische Nachrichtendienst NIS das Parlament in Seoul: \
Von den [[rund 15.000]] entsandten Soldaten seien [[etwa 4.700]] getötet oder verwundet worden, \
darunter [[rund 600]] Tote. Das US-Außenministerium erklärte am Freitag, Pjöngjang habe \
[[mindestens 14.000]] Mann nach Russland geschickt. Und nach Angaben des ukrainischen Generalstabs \
vom Sonntag kämpfen im Grenzgebiet bei Kursk weiterhin [[höchstens 1.500]] Nordkoreaner.

Meister Choi sieht das nüchtern. „Ich war Lehrer, kein Soldat. Aber die Jungen da drüben sind so \
alt wie meine Schüler damals“, sagt er. Er geht davon aus, dass bis Jahresende [[20.000 oder \
mehr]] Nordkoreaner in Russland gedient haben werden.

Aus dem Verein
- Monatsbeitrag ab Juni 15.000 Pesos, Geschwister zahlen die Hälfte
- Turnhalle: Montag bis Freitag 16 bis 21 Uhr, Samstag 9 bis 13 Uhr
- Frühlingsfest mit Kuchenbüfett: Samstag, 11. Oktober
- Sekretariat: +56 63 221 4470

Mit sportlichen Grüßen
Der Vorstand
""",
    claims=(
        C("mehrere tausend", None, "vague", "near_front", "russia", "2025-04-26",
          "Gerasimov 'Zwei Tage zuvor' (two days before the admission of 28 April), Konjunktiv: "
          "helped retake the Kursk region"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Am Mittwoch vergangener Woche' (Tuesday paper: 30 April) briefing "
          "parliament: the total sent"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, Konjunktiv: killed or wounded (a breakdown of the total)"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'darunter': dead (a breakdown of the casualties)"),
        C("mindestens 14.000", 14000, "at_least", "in_russia", "united_states", "fri",
          "the State Department 'erklärte am Freitag' (2 May), Konjunktiv: sent to Russia"),
        C("höchstens 1.500", 1500, "at_most", "near_front", "ukraine", "sun",
          "'nach Angaben des ukrainischen Generalstabs vom Sonntag' (4 May): still fighting in "
          "the border area near Kursk"),
        C("20.000 oder mehr", 20000, "at_least", "planned", "other", "pub",
          "'Er geht davon aus' (undated; the taekwondo master speaking for himself: other): "
          "will have served by the year's end (a forecast: planned; 'oder mehr' in the span)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Dominica, Turks and Caicos, Argentina, Cambodia, Ecuador, Honduras)
# ---------------------------------------------------------------------------------------------

N07 = Source(
    article_id="n118_07_coda_whale_log_roseau",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-13"),
    dated_by="dateline",
    features="a whale-watch boats' sighting log from Roseau (Dominica) as plain text, UTF-8, "
        "dateline 'ROSEAU, Dominica, December 13, 2024 —' (Friday), curly quotes; sperm whales "
        "first; a sound engineer from Busan recording codas; HUR 'On Monday' `some 12,000` in "
        "Kursk; a State Department spokesman 'on Wednesday' 'believed' `thousands` in assaults "
        "(near the front); Rutte 'in Brussels on Tuesday, put the overall number' `north of "
        "10,000`; the NIS 'last week' `about 11,000`; 'reports out of Seoul' `dozens` dead "
        "(unattributed); the engineer relaying her brother, a conscript on Baengnyeong, `5,000` "
        "more training to go (increment, planned, other) and 'She figures' `closer to 15,000` "
        "(approx, other, `pub`); encounters, animals, metres, hours, ages, the resident whales, "
        "fares in dollars, a phone number",
    text="""\
CODA
The sighting log of the Roseau whale-watch boats

ROSEAU, Dominica, December 13, 2024 — The sperm whales are back in numbers. Since the season \
opened on December 1 our two boats have logged 31 encounters off the west coast, among them a \
family unit of nine animals with two calves that stayed beside the Sea Spirit for almost two hours \
on Sunday.

A listener from Busan

On board for most of those trips was Lee Hyun-joo, 36, a sound engineer from Busan who spends her \
holidays recording the clicking codas sperm whales use to talk to one another. Her hydrophone \
hangs off the stern on a 40-metre cable. Between recordings she follows the news from home, and \
lately the news has been about the North’s soldiers in Russia.

The figures change by the week. On Monday Ukraine’s military intelligence said [[some 12,000]] \
North Koreans were now in the Kursk region, several of their units already fighting. A State \
Department spokesman on Wednesday said Washington believed [[thousands]] had joined Russian \
assaults there. NATO’s Mark Rutte, in Brussels on Tuesday, put the overall number [[north of \
10,000]]. South Korea’s intelligence service had told lawmakers last week that Pyongyang had sent \
[[about 11,000]], and reports out of Seoul put the first North Korean dead at [[dozens]].

“Most people at home think it stops there,” Hyun-joo said, coiling the cable after the last trip. \
“My brother does not.” Her younger brother is a conscript on Baengnyeong Island, within sight of \
the North. “He says the talk in his company is that [[5,000]] more are training to go.” She \
figures the number in Russia is already [[closer to 15,000]].

Log notes
- Trips leave the Bay Front at 9 a.m. and 2 p.m. and last roughly three and a half hours; adults \
US$95, children under 12 US$50.
- Researchers know some 200 sperm whales that live in these waters all year.
- Bookings: +1 767 448 3321
""",
    claims=(
        C("some 12,000", 12000, "approx", "near_front", "ukraine", "mon",
          "HUR 'On Monday' (Friday log: 9 December): in the Kursk region, units fighting"),
        C("thousands", None, "vague", "near_front", "united_states", "wed",
          "a State Department spokesman 'on Wednesday said Washington believed': joined Russian "
          "assaults"),
        C("north of 10,000", 10000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'in Brussels on Tuesday, put the overall number' ('north of' as at_least)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'had told lawmakers last week': sent"),
        C("dozens", None, "vague", "casualties", "unattributed", "pub",
          "'reports out of Seoul put the first North Korean dead at' (no named source: "
          "unattributed), undated"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "a sound engineer relaying her brother, a conscript ('He says the talk in his company "
          "is', the speaker quoted: other), 'Hyun-joo said' undated: 'more' training to go "
          "(increment, span without the word; planned)", add=True),
        C("closer to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "'She figures' (undated): already in Russia ('closer to' as approx)"),
    ),
)

N08 = Source(
    article_id="n118_08_wind_notes_providenciales_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-03-29"),
    dated_by="sidecar",
    sidecar=(
        "Long Bay Kite School – Wind Notes",
        "https://www.longbaykites.example/wind-notes/2025-03",
        "Steady trades, a new instructor and a cousin near Kursk",
    ),
    features="a kitesurfing school's notes from Long Bay on Providenciales (Turks and Caicos) in "
        "HTML, UTF-16 LE with BOM, no meta date (sidecar, Saturday), a one-button cookie note, "
        "navigation, a footer; `<title>` and headline without a figure; wind in knots with `up "
        "to` (not a claim); an instructor from Berdiansk relaying her cousin `two hundred, three "
        "hundred` in waves (range of number words, other, `pub`); the JCS 'reported on Thursday' "
        "`some 3,000` more (increment) and 'it put' `around 4,700` dead and wounded; `Up to "
        "4,000` opening its sentence, the source in the next one ('So says Ukraine's military "
        "intelligence, in a statement last week'); a NATO official 'on Wednesday' `more than "
        "11,000` who fought in Kursk; 'The Pentagon believes … according to a report on Tuesday' "
        "`fewer than 9,000` ('fewer than' as at_most); days, students, metres, years, lesson and "
        "rental prices in dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Long Bay Kite School – Wind Notes</title>
</head>
<body>
<div class="cookie">One cookie remembers which lesson you booked. <button>Okay</button></div>
<nav>Home · Lessons · Rentals · Wind Notes · Contact</nav>
<article>
<h1>Steady trades, a new instructor and a cousin near Kursk</h1>
<p>March gave us 24 kiteable days on Long Bay, with the trade wind blowing up to 25 knots on the \
best afternoons. Forty-one students took their first lessons, and the water stayed waist-deep for \
a good 300 metres out.</p>
<p>Our newest instructor is Yulia Marchenko, 29, who learned to ride the wind on the Sea of Azov \
near Berdiansk, her home town, long before the war reached it. Her cousin Serhiy serves with a \
brigade in the Kursk region. “He says they come at his positions in waves of [[two hundred, three \
hundred]] men,” she told us on the beach.</p>
<p>Seoul’s Joint Chiefs of Staff reported on Thursday that [[some 3,000]] more soldiers had left \
the North since January, and it put the North’s dead and wounded at [[around 4,700]]. [[Up to \
4,000]] are back in the line near Belgorod. So says Ukraine’s military intelligence, in a \
statement last week. A NATO official in Brussels said on Wednesday that [[more than 11,000]] had \
fought in Kursk since the autumn. The Pentagon believes [[fewer than 9,000]] are still in the \
Kursk area, according to a report on Tuesday.</p>
<p>Lessons from US$120 an hour; board and kite rental US$90 a day. Call +1 649 941 5528.</p>
</article>
<footer>Long Bay Kite School · Long Bay Beach, Providenciales, Turks and Caicos</footer>
</body>
</html>
""",
    claims=(
        C("two hundred, three hundred", None, "range", "near_front", "other", "pub",
          "an instructor relaying her cousin ('He says', the speaker quoted: other), 'she told "
          "us on the beach' undated: attacking his positions in waves (two number words: range)"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the JCS 'reported on Thursday' (Saturday notes: 27 March): 'more' gone since January "
          "(increment, span without the word)", add=True),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "same statement, 'it put' (pronoun): dead and wounded"),
        C("Up to 4,000", 4000, "at_most", "near_front", "ukraine", "lastweek",
          "a figure opening its sentence, the source in the next ('So says Ukraine's military "
          "intelligence, in a statement last week'): back in the line near Belgorod"),
        C("more than 11,000", 11000, "at_least", "near_front", "nato", "wed",
          "a NATO official in Brussels 'said on Wednesday': fought in Kursk since autumn"),
        C("fewer than 9,000", 9000, "at_most", "near_front", "united_states", "tue",
          "'The Pentagon believes …, according to a report on Tuesday': still in the Kursk area "
          "('fewer than' as at_most)"),
    ),
)

N09 = Source(
    article_id="n118_09_tea_house_letter_gaiman_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-01"),
    dated_by="front_matter",
    features="a Welsh tea house's letter from Gaiman (Chubut, Argentine Patagonia) in Markdown, "
        "ISO-8859-1 with straight quotes, front matter with `date:` (Friday), a tea-house key "
        "and a title without a figure; cakes, the landing festival and a price in pesos first; a "
        "retired defence attaché at the corner table; the NIS 'On Tuesday' `around 11,000` along "
        "the border and `at least 6,000` engineers to follow (planned, 'follow' without an "
        "increment word); HUR 'In mid-July' (days 11-20) 'put … at' `more than 2,000` dead; "
        "Russia's embassy in Pyongyang 'on Wednesday' `over 1,000` deminers at work in Kursk "
        "(russia, near the front); a US official 'speaking on condition of anonymity on Monday, "
        "estimated' `between 10,000 and 12,000`; the attaché 'By his count' `nearly 18,000` and "
        "'he expects another' `10,000` (increment, planned, other, `pub`); visitors, settlers, "
        "cakes, years, ages, pesos, times, a phone number",
    text="""\
---
title: "Letter from the tea house"
date: 2025-08-01
tea_house: Plas y Dyffryn, Gaiman, Chubut
---

# Letter from the tea house

*Frost in the valley, the cakes of July and a regular at the corner table.*

## The cakes

July brought the first hard frost to the lower Chubut valley and 2,700 visitors to our rooms, most \
of them around the 28 July landing festival, when Gaiman remembers the 153 Welsh settlers who came \
ashore at Puerto Madryn in 1865. We baked 410 black cakes and served 18 kinds of cake with every \
pot. A full tea now costs 14,000 pesos a head.

## The colonel at the corner table

Every Thursday afternoon Colonel (ret.) Ricardo Evans, 71, great-grandson of a settler from \
Cardiganshire, takes the table by the stove. In the early 2000s he was Argentina's defence attaché \
in Seoul, and he still reads the Korean papers online each morning.

This winter the Korean news has been about the North's troops. On Tuesday South Korea's spy agency \
told lawmakers that [[around 11,000]] of them were still posted on the Russian side of the \
Ukrainian border, and [[at least 6,000]] engineers and builders would follow before the end of the \
year. In mid-July Ukraine's military intelligence put the North's dead at [[more than 2,000]]. \
Russia's embassy in Pyongyang said on Wednesday that [[over 1,000]] North Korean deminers were at \
work in the Kursk fields. A US official, speaking on condition of anonymity on Monday, estimated \
that [[between 10,000 and 12,000]] remained in Russia.

The colonel keeps his own tally. By his count, [[nearly 18,000]] North Koreans have passed through \
Russia since last October, and he expects another [[10,000]] before Christmas. "Kim is renting out \
an army," he said over his second cup, "and Moscow pays on time."

## Notes

- Open daily from 3 p.m.; closed on Mondays in August.
- Welsh classes in the chapel hall on Wednesdays at 7 p.m.
- Reservations: +54 280 449 1623
""",
    claims=(
        C("around 11,000", 11000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'On Tuesday … told lawmakers' (Friday letter: 29 July): still posted on "
          "the Russian side of the Ukrainian border"),
        C("at least 6,000", 6000, "at_least", "planned", "south_korea", "tue",
          "same briefing: engineers and builders who 'would follow' (planned; following "
          "without an increment word: not additional)"),
        C("more than 2,000", 2000, "at_least", "casualties", "ukraine", "2025-07-11..2025-07-20",
          "HUR 'In mid-July … put the North's dead at' (days 11-20)"),
        C("over 1,000", 1000, "at_least", "near_front", "russia", "wed",
          "Russia's embassy in Pyongyang 'said on Wednesday' (30 July): deminers at work in the "
          "Kursk fields"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "united_states", "mon",
          "'A US official, speaking on condition of anonymity on Monday, estimated': remaining "
          "in Russia"),
        C("nearly 18,000", 18000, "approx", "in_russia", "other", "pub",
          "a retired defence attaché 'By his count' (undated; retired officers speak for "
          "themselves: other): passed through Russia since October"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "'he expects another … before Christmas' (undated): increment, span without the "
          "word", add=True),
    ),
)

N10 = Source(
    article_id="n118_10_field_notes_kampot_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-06"),
    dated_by="html_meta", crlf=True,
    features="a pepper farm's field notes from Kampot (Cambodia) in HTML, windows-1252 with CRLF "
        "(curly quotes raw), `<meta name=\"date\">` (Thursday), a cookie note about the shop "
        "basket, a script, navigation, a footer with a phone number; `<title>` repeating the "
        "headline's `10,000` (optional) and the headline `Seoul's count: 10,000 at the border` "
        "from the NIS's Tuesday figure (Tuesday to publication, hedge dropped); vines, hectares "
        "and pickers first; a Russian émigré from Yekaterinburg in the farm shop; the NIS 'On "
        "Tuesday' `about 10,000` along the border and `5,000` builders on their way, and 'The "
        "agency said it expected another' `1,000` deminers (increment, planned); Zelensky 'Last "
        "week … put the total who had served … at' `over 15,000`; a Russian deputy defence "
        "minister 'On Saturday' `several thousand` engineers rebuilding Kursk (russia, in "
        "Russia); the émigré's 'Count the rotations and it is' `20,000-plus` (other, `pub`); "
        "years, ages, fares and a kilo price in dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Field Notes – Harvest ahead, and Seoul’s count: [[10,000]] at the border</title>
<meta name="date" content="2025-11-06">
<meta property="og:site_name" content="Prek Tnaot Pepper Garden">
<script>var notes={farm:"prek-tnaot",issue:"2025-11",lang:"en"};</script>
</head>
<body>
<div class="cookies">A cookie keeps your basket while you choose between black, red and white \
pepper. <button>Keep it</button> <button>No thanks</button></div>
<nav>Farm &middot; Tours &middot; Shop &middot; Field Notes &middot; Contact</nav>
<article>
<h1>Harvest ahead, and Seoul’s count: [[10,000]] at the border</h1>
<p>The rains have eased, the berries are turning red on the vines, and picking starts in the \
second week of December. This season we tend 4,200 vines on the slopes below Bokor, six more \
hectares than last year, with 27 pickers from the villages around.</p>
<p>Among the guests on our morning tours there are, as every year, many Russians who have settled \
in Kampot since 2022. One of them, Dmitri Orlov, 38, who wrote software in Yekaterinburg until the \
autumn of the mobilisation, now runs our shop counter. He follows the war “more closely than I \
would like to”, he says.</p>
<p>On Tuesday South Korea’s spy agency told the National Assembly that [[about 10,000]] North \
Korean \
troops were stationed along the border near Kursk and that [[5,000]] military builders were on \
their way to Russia. The agency said it expected another [[1,000]] deminers before the new year. \
Last week President Zelensky put the total who had served in Russia at [[over 15,000]]. On \
Saturday a Russian deputy defence minister told state television that [[several thousand]] North \
Korean engineers were rebuilding Kursk.</p>
<p>Dmitri’s own reckoning is darker. “Count the rotations and it is [[20,000-plus]],” he said. “In \
Russia people know. They just do not say it.”</p>
<p>Tours daily at 9 a.m. and 2 p.m., US$5 with a tasting. Our black pepper sells at US$28 a \
kilo.</p>
</article>
<footer>Prek Tnaot Pepper Garden &middot; Kampot, Cambodia &middot; +855 12 604 318</footer>
<script src="/js/shop.js"></script>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul's count: … at the border': the NIS's Tuesday figure below (Tuesday to "
          "the Thursday of publication, hedge dropped)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'On Tuesday … told lawmakers' (4 November): stationed along the border near "
          "Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same briefing: military builders on their way to Russia"),
        C("1,000", 1000, "exact", "planned", "south_korea", "tue",
          "'The agency said it expected another' (same briefing): deminers before the new year "
          "(increment, span without the word; planned)", add=True),
        C("over 15,000", 15000, "at_least", "in_russia", "ukraine", "lastweek",
          "Zelensky 'Last week … put the total who had served in Russia at'"),
        C("several thousand", None, "vague", "in_russia", "russia", "sat",
          "a Russian deputy defence minister 'On Saturday' told state television (1 November): "
          "engineers rebuilding Kursk (as 'rebuilding Kursk' in earlier sets: in Russia)"),
        C("20,000-plus", 20000, "at_least", "in_russia", "other", "pub",
          "a Russian émigré ('he said', undated; a private Russian speaking for himself: other, "
          "not russia): 'Count the rotations and it is' ('-plus' as at_least)"),
    ),
)

N11 = Source(
    article_id="n118_11_shell_notes_puerto_ayora_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-11-26"),
    dated_by="sidecar",
    sidecar=(
        "Highlands Tortoise Rearing Centre – Shell Notes",
        "https://www.tortoise-centre-santacruz.example/shell-notes/2025-11",
        "Shell Notes: hatchlings, rain and letters from Seoul",
    ),
    features="a giant tortoise rearing centre's volunteer newsletter from Puerto Ayora (Santa "
        "Cruz, Galápagos, Ecuador) in Markdown, UTF-8 with BOM, front matter with `date:` "
        "(sidecar as well, Wednesday) and a title without a figure; hatchlings, weights and "
        "volunteers first; a naturalist guide whose daughter studies in Seoul; HUR 'In a "
        "briefing on Monday' `about 11,000` serving in Russia and the part `some 3,000` near "
        "Kursk and Belgorod (a breakdown, near the front); the NIS 'Earlier this month' (the 1st "
        "to publication) `between 5,000 and 6,000` builders arrived; the Pentagon 'last month' "
        "(October) `up to 15,000` rotated through; a NATO spokeswoman 'on Friday' `over 6,000` "
        "killed and wounded; North Korean state media 'on Sunday' `hundreds` more volunteered "
        "(increment, planned); the guide relaying his daughter `thirty thousand` by next summer "
        "(number words, planned, other, `pub`); the town's population of the same size as a "
        "claim, kilograms, countries, a park fee, a phone number",
    text="""\
---
title: "Shell Notes – November"
date: 2025-11-26
centre: Highlands Tortoise Rearing Centre, Santa Cruz
---

# Shell Notes

*Hatchlings, a week of heavy rain and letters from Seoul.*

## In the pens

November's hatch was the best in ten years: 146 young giant tortoises came out of the incubators, \
and our oldest resident, Don Aurelio, weighed in at 231 kilograms. Thirty-two volunteers from nine \
countries worked shifts this month, most of them on the new shade roofs.

## Letters from Seoul

Our longest-serving naturalist guide, Marco Chiriboga, 54, has a daughter, Valeria, who is in her \
second year of Korean studies at a university in Seoul. She writes to him every Sunday, and lately \
her letters have been about North Korea.

In a briefing on Monday, Ukraine's military intelligence said [[about 11,000]] North Koreans were \
serving in Russia, [[some 3,000]] of them near Kursk and Belgorod. Earlier this month South \
Korea's spy agency reported that [[between 5,000 and 6,000]] military builders had arrived there \
since the summer. The Pentagon said last month that [[up to 15,000]] had rotated through Russia in \
all. A NATO spokeswoman said on Friday that the North's losses stood at [[over 6,000]] killed and \
wounded. And North Korean state media reported on Sunday that [[hundreds]] more young men had \
"volunteered" to go.

"Valeria writes that people in Seoul say [[thirty thousand]] will have gone by next summer," Marco \
told us at the pens. "I hope they are wrong. She wants to visit the border."

## Practical

- Visiting hours 8 a.m. to 5 p.m.; the national park fee is US$200 for foreign visitors.
- About 15,000 people live in Puerto Ayora.
- Volunteer office: +593 5 252 6193
""",
    claims=(
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "HUR 'In a briefing on Monday' (24 November): serving in Russia"),
        C("some 3,000", 3000, "approx", "near_front", "ukraine", "mon",
          "same briefing, 'of them': near Kursk and Belgorod (a breakdown, not an increment)"),
        C("between 5,000 and 6,000", None, "range", "in_russia", "south_korea",
          "2025-11-01..pub",
          "the NIS 'Earlier this month' (the 1st to publication): builders arrived since the "
          "summer"),
        C("up to 15,000", 15000, "at_most", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "the Pentagon 'said last month' (October): rotated through Russia in all"),
        C("over 6,000", 6000, "at_least", "casualties", "nato", "fri",
          "a NATO spokeswoman 'said on Friday' (21 November): killed and wounded"),
        C("hundreds", None, "vague", "planned", "north_korea", "sun",
          "North Korean state media 'reported on Sunday' (23 November): 'more' young men "
          "'volunteered' to go (increment, span without the word; planned)", add=True),
        C("thirty thousand", 30000, "exact", "planned", "other", "pub",
          "a guide relaying his daughter ('Valeria writes that people in Seoul say', the "
          "speaker quoted: other), 'Marco told us' undated: gone by next summer (number words)"),
    ),
)

N12 = Source(
    article_id="n118_12_drum_school_news_punta_gorda",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Punta Gorda Drum School News",
        "https://www.puntagorda-drums.example/news/2025-10",
        "The dead, the wounded and the men who came home",
    ),
    features="a Garifuna drum school's news from Punta Gorda on Roatán (Honduras) as plain text, "
        "windows-1252 with CRLF (curly quotes and `—` raw; sidecar, Wednesday); drums and "
        "classes first; mainly the dead, the wounded and the men who came home: a Korean "
        "volunteer teacher whose brother served in the marines; state TV at 'last Friday's "
        "parade' `hundreds` of Kursk veterans (returnees: optional); KCNA 'on Sunday' `more than "
        "1,900` names on a memorial wall (north_korea); the NIS 'in its count given to lawmakers "
        "last week' `about 2,000` dead out of `some 13,000` deployed; a State Department "
        "spokesperson 'on Tuesday' `no fewer than 600` badly wounded flown home (casualties, not "
        "returnees); Zelensky 'on Monday' `two` prisoners still held (number word); the school's "
        "own 'Put … next to … and you have' `at least 2,600` (unattributed); the teacher "
        "relaying her brother 'after Tuesday's class' `three thousand` came home maimed (number "
        "words, casualties, other, that Tuesday); drums, students, ages, lempiras, dollars, a "
        "phone number",
    text="""\
PUNTA GORDA DRUM SCHOOL NEWS
Roatán, Bay Islands — October

Twelve new students joined the Tuesday and Thursday classes this month, and the school’s three big \
drums, carved from mahogany by Don Florencio, 83, have new goatskin heads. Our dancers will \
perform for two visiting groups from the cruise port in November.

A long way from home

One of our most faithful students is Jang Min-seo, 27, who came to Roatán as a volunteer with a \
Korean government programme and teaches computer classes at the high school. Her older brother did \
his service in the marines on Baengnyeong Island, and his old unit follows every scrap of news \
about the North’s soldiers in Russia.

This month that news has been about the dead and about the men who came home. At last Friday’s \
parade for the ruling party’s 80th anniversary, North Korean state television showed [[hundreds]] \
of Kursk veterans marching past Kim Jong Un. KCNA reported on Sunday that Kim had unveiled a \
memorial wall bearing the names of [[more than 1,900]] soldiers who “fell in the liberation of \
Kursk”. South Korea’s spy agency, in its count given to lawmakers last week, put the dead at \
[[about 2,000]] out of [[some 13,000]] deployed. A State Department spokesperson said on Tuesday \
that [[no fewer than 600]] badly wounded men had been flown back to hospitals in Pyongyang. In \
Kyiv, President Zelensky said on Monday that Ukraine still holds [[two]] North Korean prisoners, \
captured in January, and is ready to hand them over to Seoul.

Put Seoul’s dead next to the wounded flown home and you have [[at least 2,600]] North Koreans lost \
to this war, and that is before anyone counts the missing.

“My brother says his old comrades were told that [[three thousand]] came home without arms or \
legs,” Min-seo said after Tuesday’s class. “Nobody in the North will ever see them on television.”

School notes
- Classes Tuesday and Thursday, 4 to 6 p.m.; 300 lempiras a month, drums provided.
- Hand-carved drums for sale from US$180.
- Call or WhatsApp +504 9455 2178
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at 'last Friday's parade' (10 October): Kursk veterans marching (returnees: "
          "optional, as in earlier sets)", opt=True),
        C("more than 1,900", 1900, "at_least", "casualties", "north_korea", "sun",
          "KCNA 'reported on Sunday' (12 October): names of the fallen on a memorial wall"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'in its count given to lawmakers last week': dead"),
        C("some 13,000", 13000, "approx", "in_russia", "south_korea", "lastweek",
          "same count: deployed (the base of the dead, a claim of its own)"),
        C("no fewer than 600", 600, "at_least", "casualties", "united_states", "tue",
          "a State Department spokesperson 'said on Tuesday' (14 October): badly wounded flown "
          "home (wounded who came home are casualties, not returnees; 'no fewer than' as "
          "at_least)"),
        C("two", 2, "exact", "casualties", "ukraine", "mon",
          "Zelensky 'said on Monday' (13 October): prisoners Ukraine still holds (number word)"),
        C("at least 2,600", 2600, "at_least", "casualties", "unattributed", "pub",
          "the school's own 'Put Seoul's dead next to the wounded flown home and you have' (no "
          "source: unattributed, required)"),
        C("three thousand", 3000, "exact", "casualties", "other", "tue",
          "a volunteer teacher relaying her brother ('My brother says', the speaker quoted: "
          "other), 'Min-seo said after Tuesday's class' (14 October): came home maimed (number "
          "words; wounded returnees: casualties)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    N01, N02, N03, N04, N05, N06,
    N07, N08, N09, N10, N11, N12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
