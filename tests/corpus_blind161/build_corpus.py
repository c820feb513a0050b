"""Build the HUNDRED-AND-SIXTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-third corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a table
tennis club's Advent letter from Birkfeld in the Feistritztal (East Styria, Austrian conventions)
with a youth trainer from Okhtyrka and a chemist from Gimcheon, a hardware store's customer letter
from Mettmenstetten in the Knonauer Amt (Swiss conventions) with a shop assistant from
Kropyvnytskyi and a furniture restorer from Andong, a glazier's customer letter from Ingelfingen in
the Kochertal with a glass cutter from Lutsk and an engineer from Jeonju, a car repair garage's
spring letter from Niedernhall in the Kochertal with a tyre store manager from Vinnytsia and a
machinist from Yeosu, a minigolf course's season letter from Banzkow in the Lewitz with a kiosk
helper from Kryvyi Rih and a welder from Pohang, and an upholsterer's autumn letter from
Neustadt-Glewe on the edge of the Lewitz with a seamstress from Sloviansk and a software developer
from Gumi; an agency-style wire report from a beach rebuilding project at Surf City on Topsail
Island with a deckhand from Izmail and a coastal engineer from Pyeongtaek, a vacation rental
agency's letter to its guests from North Topsail Beach with a housekeeper from Kramatorsk and a
retired shipfitter from Geoje, a readers' letters page from a Bowen Island weekly with letters
quoting a son-in-law near Sumy and a grandfather from Hamhung, a ukulele circle's notes from Snug
Cove on Bowen Island with a dental hygienist from Kamianets-Podilskyi and a retired teacher from
Sokcho, a blacksmith's forge notes from Daufuskie Island with a striker from Pavlohrad and a
veterinarian from Iksan, and the newsletter of a schoolhouse museum's friends on Daufuskie Island
with a docent from Bila Tserkva and a caretaker from Gyeongju. Same file format, marker syntax and
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
BASE_NAME = "_blind161_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Feistritztal, Knonauer Amt, Kochertal, Lewitz)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="k161_01_vereinsbrief_tischtennis_birkfeld_html",
    language="de", fmt="html", encoding="cp1252", published=day("2024-12-13"),
    dated_by="html_meta",
    features="a table tennis club's Advent letter from Birkfeld in the Feistritztal (East Styria) "
        "in HTML, windows-1252 with a `<meta http-equiv>` charset and raw `„“`, `·` and `–`, "
        "`article:published_time` +01:00 (Friday), a cookie note about the league table, a script, "
        "navigation, an entity (`&amp;`), a footer with a postcode and a phone number; Austrian "
        "conventions (`heuer`, `Jänner`, `daheim`, `Schnapserl`, `die Erste`); `<title>` and "
        "headline without a figure; league points, tables, euros, children and entries first; a "
        "youth trainer from Okhtyrka relaying her brother, a gunner outside Sudzha ('Am Mittwoch "
        "habe er ihr geschrieben …, erzählt Olena') `mehrere hundert` dug in across from him and, "
        "Konjunktiv carried ('so habe es der Bruder geschildert'), `an die dreißig` fallen in one "
        "assault (approx with a number word; both other, from Wednesday to publication); a chemist "
        "from Gimcheon 'schätzt' `rund zwölftausend` in Russia by spring (approx with a number "
        "word, planned, other, `pub`); 'Nach Angaben des ukrainischen Militärgeheimdienstes vom "
        "Montag' `etwa 11.000` in Kursk; a Pentagon spokesman 'hatte am 3. Dezember erklärt' "
        "`Hunderte` dead and wounded; 'Aus dem Nato-Hauptquartier … hieß es vergangene Woche' "
        "`über 10.000` moved to Russia; the NIS 'rechnet laut Abgeordneten … damit' a second wave "
        "of `mehreren tausend` (new here: 'eine zweite Welle' as an increment; vague, planned, "
        "`pub`); Russia's losses a day, points, rounds, tables, euros, children, entries, ages, "
        "years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta property="article:published_time" content="2024-12-13T17:15:00+01:00">
<title>Vereinsbrief Advent – TTC Birkfeld</title>
<script>var hallenzeiten = {dienstag: "18:30", donnerstag: "19:00", jugend: "Fr 16:00"};</script>
</head>
<body>
<div class="cookie-hinweis">Ein Cookie merkt sich, welche Tabelle der Gebietsliga Sie zuletzt \
aufgerufen haben. <a href="#">Passt</a></div>
<nav><a href="/">Verein</a> · <a href="/mannschaften">Mannschaften</a> · <a \
href="/nachwuchs">Nachwuchs</a> · <a href="/vereinsbrief">Vereinsbrief</a></nav>
<main>
<h1>Herbstdurchgang geschafft, das Weihnachtsturnier kommt</h1>
<p>Liebe Mitglieder, liebe Eltern unserer Nachwuchsspielerinnen und -spieler,</p>
<p>unsere Erste überwintert in der Gebietsliga Oststeiermark auf Platz 3, mit 14 Punkten aus 9 \
Runden. Im Turnsaal der Mittelschule stehen seit Oktober sechs neue Tische; die Hälfte hat die \
Marktgemeinde bezahlt, den Rest, 4.200 Euro, haben Flohmarkt &amp; Sponsoren aufgebracht. Heuer \
trainieren so viele Kinder bei uns wie noch nie, nämlich 31, und für das Weihnachtsturnier sind \
schon 38 Nennungen eingegangen.</p>
<h2>Olena und die Kleinen</h2>
<p>Seit dem Frühjahr leitet Olena Martschenko, 34, aus Ochtyrka jeden Freitag das Training der \
Unter-13-Jährigen. Daheim war sie Turnlehrerin. Ihr Bruder dient bei einer Artillerieeinheit vor \
Sudscha. Am Mittwoch habe er ihr geschrieben, in den Dörfern gegenüber hätten sich [[mehrere \
hundert]] Nordkoreaner eingegraben, erzählt Olena. Bei einem einzigen Sturmangriff seien [[an die \
dreißig]] von ihnen gefallen, so habe es der Bruder geschildert. „Die Kinder in der Halle wissen \
davon nichts, und das soll so bleiben.“</p>
<h2>Der Abwehrspieler aus Gimcheon</h2>
<p>Park Joon-ho, 47, arbeitet als Chemiker in einem Labor in Gleisdorf und spielt in der Zweiten \
Abwehr mit langen Noppen. Er schätzt, dass bis zum Frühjahr [[rund zwölftausend]] Soldaten aus \
dem Norden in Russland stehen werden. Über Politik redet er beim Training ungern, beim Schnapserl \
danach schon eher.</p>
<h2>Was in den Nachrichten war</h2>
<p>Nach Angaben des ukrainischen Militärgeheimdienstes vom Montag stehen inzwischen [[etwa \
11.000]] Nordkoreaner im Gebiet Kursk. Ein Sprecher des Pentagons hatte am 3. Dezember erklärt, \
unter ihnen gebe es bereits [[Hunderte]] Tote und Verwundete. Aus dem Nato-Hauptquartier in \
Brüssel hieß es vergangene Woche, [[über 10.000]] seien nach Russland verlegt worden. Südkoreas \
Geheimdienst rechnet laut Abgeordneten in Seoul damit, dass im Winter eine zweite Welle von \
[[mehreren tausend]] Mann folgt. Die russischen Verluste liegen nach britischen Angaben bei rund \
1.500 Soldaten am Tag.</p>
<h2>Termine</h2>
<ul><li>Weihnachtsturnier am 21. Dezember ab 9 Uhr, Startgeld 8 Euro, Jugend frei</li><li>Erstes \
Training nach den Ferien am 7. Jänner</li><li>Mitgliedsbeitrag 2025 unverändert: 70 Euro, Kinder \
35 Euro</li></ul>
</main>
<footer>TTC Birkfeld · Schulgasse 4 · 8190 Birkfeld · Tel. 03174 45 61 27 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/tabelle.js"></script>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "wed..pub",
          "a youth trainer from Okhtyrka relaying her brother, a gunner outside Sudzha ('Am "
          "Mittwoch habe er ihr geschrieben …, erzählt Olena', Konjunktiv; the speaker quoted: "
          "other): dug in in the villages across from him (from Wednesday, 11 December, to "
          "publication)"),
        C("an die dreißig", 30, "approx", "casualties", "other", "wed..pub",
          "same relayed message, Konjunktiv carried ('so habe es der Bruder geschildert'): fallen "
          "in a single assault (number word, 30; 'an die' as approx; the assault is not the claim "
          "date)"),
        C("rund zwölftausend", 12000, "approx", "planned", "other", "pub",
          "a chemist from Gimcheon, 'Er schätzt' (undated): in Russia by spring (a forecast: "
          "planned; number word, 12000)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes vom Montag' (9 December): in the "
          "Kursk region"),
        C("Hunderte", None, "vague", "casualties", "united_states", "2024-12-03",
          "a Pentagon spokesman 'hatte am 3. Dezember erklärt', Konjunktiv: dead and wounded among "
          "them"),
        C("über 10.000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "'Aus dem Nato-Hauptquartier in Brüssel hieß es vergangene Woche': moved to Russia"),
        C("mehreren tausend", None, "vague", "planned", "south_korea", "pub",
          "the NIS 'rechnet laut Abgeordneten in Seoul damit' (undated; lawmakers passing on the "
          "NIS's view): 'eine zweite Welle' in winter (new here: a second wave as an increment; "
          "planned)", add=True),
    ),
)

S02 = Source(
    article_id="k161_02_kundenbrief_eisenwaren_mettmenstetten_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-01-17"),
    dated_by="front_matter",
    features="a hardware store's customer letter from Mettmenstetten in the Knonauer Amt (Canton "
        "of Zurich) in Markdown, UTF-8, front matter with `date:` (Friday) and a title without a "
        "figure; Swiss conventions (`ss`, «», `11'400`, `25'000`, `2'700`, `20'000`, 4-digit "
        "`2000` and `8000 bis 9000`, no salutation comma); the stocktaking's items, snow chains "
        "and a grinding service's francs first; a shop assistant from Kropyvnytskyi relaying his "
        "son, a medic in the Kursk region ('Vorgestern habe der Sohn ihm eine Sprachnachricht "
        "geschickt, erzählt Andrij') `gegen 2000` lying opposite (approx, other, from two days "
        "before to publication); a furniture restorer from Andong 'glaubt' `über 25'000` sent by "
        "the year's end (at_least, planned, other, `pub`); the NIS 'teilte am Montag mit' `etwa "
        "300` fallen and, carried ('bezifferte die Behörde'), `2'700` wounded; 'Aus dem Weissen "
        "Haus war vergangene Woche … die Rede' `Tausenden` dead and injured; 'Laut ukrainischen "
        "Militärs' `8000 bis 9000` in Kursk (range, `pub`); 'Die Nato hält es für möglich' `bis zu "
        "20'000` 'weitere' (at_most, increment, planned, `pub`); the Kremlin's denial without a "
        "figure; items, snow chains, francs, opening hours, ages, dates, a postcode, a phone "
        "number",
    text="""\
---
title: Kundenbrief Januar 2025
date: 2025-01-17
absender: Eisenwaren Hürlimann AG, Mettmenstetten
---

# Post aus der Eisenwarenhandlung am Dorfplatz

Geschätzte Kundinnen und Kunden

Die Inventur ist gemacht: 11'400 Artikel haben wir gezählt, vom Zimmermannsnagel bis zur \
Motorsäge, und nur 23 lagen nicht dort, wo sie hingehören. Neu führen wir Schneeketten für \
Hoflader und kleine Traktoren, und der Schleifservice für Messer und Scheren kostet weiterhin 6 \
Franken pro Stück. Am Samstag, 25. Januar, schliessen wir wegen des Umbaus der Kasse schon um 12 \
Uhr.

## Andrij im Werkzeugregal

Seit November berät Andrij Sawtschuk, 52, aus Kropywnyzkyj unsere Kundschaft bei Bohrern, Sägen \
und Schleifmitteln. Früher führte er dort einen Baustoffhandel. Sein Sohn ist Sanitäter bei einer \
Brigade im Gebiet Kursk. Vorgestern habe der Sohn ihm eine Sprachnachricht geschickt, erzählt \
Andrij: Gegenüber der Stellung lägen [[gegen 2000]] Nordkoreaner, und jede Nacht kämen neue dazu. \
«Sie rennen über den Schnee, als gäbe es keine Minen», habe der Sohn gesagt.

## Eine Stammkundin aus Andong

Lee Soo-min, 38, restauriert in Affoltern am Albis alte Möbel und holt bei uns Schrauben, Leim \
und Schellack. Sie glaubt, dass Pjöngjang bis Ende Jahr [[über 25'000]] Soldaten nach Russland \
geschickt haben wird. «Für jeden Mann bekommt Kim Geld, Öl oder Raketentechnik», sagt sie.

## Aus der Zeitung

Der südkoreanische Geheimdienst teilte am Montag mit, [[etwa 300]] Nordkoreaner seien in Kursk \
gefallen. Die Zahl der Verwundeten bezifferte die Behörde auf [[2'700]]. Aus dem Weissen Haus war \
vergangene Woche von [[Tausenden]] Toten und Verletzten die Rede. Laut ukrainischen Militärs \
kämpfen im Gebiet Kursk derzeit [[8000 bis 9000]] Nordkoreaner. Die Nato hält es für möglich, \
dass Pjöngjang [[bis zu 20'000]] weitere Soldaten bereitstellt. Der Kreml bestreitet den Einsatz \
weiterhin.

## Öffnungszeiten

- Montag bis Freitag 7.30 bis 12 Uhr und 13.30 bis 18.30 Uhr, Samstag 7.30 bis 16 Uhr
- Eisenwaren Hürlimann AG, Dorfplatz 3, 8932 Mettmenstetten, Telefon 044 767 12 58
""",
    claims=(
        C("gegen 2000", 2000, "approx", "near_front", "other", "2025-01-15..pub",
          "a shop assistant from Kropyvnytskyi relaying his son, a medic in the Kursk region "
          "('Vorgestern habe der Sohn ihm eine Sprachnachricht geschickt, erzählt Andrij', "
          "Konjunktiv; the speaker quoted: other): lying opposite the position ('gegen' as approx; "
          "4-digit figure; from two days before, 15 January, to publication)"),
        C("über 25'000", 25000, "at_least", "planned", "other", "pub",
          "a furniture restorer from Andong, 'Sie glaubt' (undated): sent to Russia by the year's "
          "end (a forecast: planned)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'teilte am Montag mit' (13 January), Konjunktiv: fallen in Kursk"),
        C("2'700", 2700, "exact", "casualties", "south_korea", "mon",
          "carried claimant ('bezifferte die Behörde', the NIS of Monday): wounded"),
        C("Tausenden", None, "vague", "casualties", "united_states", "lastweek",
          "'Aus dem Weissen Haus war vergangene Woche … die Rede': dead and injured"),
        C("8000 bis 9000", None, "range", "near_front", "ukraine", "pub",
          "'Laut ukrainischen Militärs' (undated): fighting in the Kursk region (4-digit figures)"),
        C("bis zu 20'000", 20000, "at_most", "planned", "nato", "pub",
          "'Die Nato hält es für möglich' (undated): 'weitere' soldiers Pyongyang could provide "
          "(increment, planned)", add=True),
    ),
)

S03 = Source(
    article_id="k161_03_kundenbrief_glaserei_ingelfingen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-14"),
    dated_by="dateline",
    features="a glazier's customer letter from Ingelfingen in the Kochertal (North Württemberg) as "
        "plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place line "
        "'Ingelfingen, 14.05.2025' (Wednesday, numeric date); hail damage, panes, square-metre "
        "prices and the firm's years first; a glass cutter from Lutsk relaying his cousin, a "
        "sapper near Sumy ('Am Sonntag habe der Cousin angerufen, erzählt Taras') `Dutzende` "
        "Korean sappers building bunkers on the Russian side and, Konjunktiv carried, a squad of "
        "`zwanzig oder dreißig` trying to cross a stream (new here: 'zwanzig oder dreißig' as a "
        "range of number words; both other, from Sunday to publication); an engineer from Jeonju "
        "'rechnet damit' `zehntausend` 'zusätzliche' this year (number word, increment, planned, "
        "other, `pub`); KCNA's confirmation without a figure; state television 'Am Montag' `mehr "
        "als hundert` fallen (north_korea, at_least with a number word); the NIS 'am 30. April' "
        "`rund 600` killed and, carried ('hieß es weiter'), `etwa 15.000` sent in all; 'Nach "
        "Einschätzung Washingtons' `knapp 11.000` 'davon' still there (a share, `pub`); Russia's "
        "ambassador 'sagte vergangene Woche' `Tausende` builders to help in Kursk (russia, "
        "planned); panes, winter gardens, euros, years, dates, a postcode, a phone number",
    text="""\
Glaserei Bräuninger, Ingelfingen - Kundenbrief Mai 2025

Ingelfingen, 14.05.2025

Liebe Kundinnen und Kunden,

der Hagel vom 29. April hat uns eine volle Woche Arbeit beschert: 64 zerschlagene Scheiben in \
Ingelfingen, Criesbach und Niedernhall, dazu zwei Wintergärten und ein Gewächshaus. Bis auf drei \
Dachfenster ist alles wieder dicht. Isolierglas mit Dreifachverglasung kostet derzeit ab 185 Euro \
pro Quadratmeter; wer bis Ende Juni bestellt, zahlt für die Montage nur die Hälfte. Den Betrieb \
gibt es seit 1961, und im Herbst übernimmt die dritte Generation.

Aus der Werkstatt

Seit einem Jahr schneidet Taras Hnatjuk, 29, aus Luzk bei uns Glas zu. In der Ukraine hat er \
Fenster gebaut, bis er im Frühjahr 2022 mit seiner Mutter ins Kochertal kam. Sein Cousin ist \
Pionier bei Sumy. Am Sonntag habe der Cousin angerufen, erzählt Taras: Auf der russischen Seite \
arbeiteten [[Dutzende]] nordkoreanische Pioniere an Bunkern und Gräben. In der Nacht davor habe \
ein Trupp von [[zwanzig oder dreißig]] Mann versucht, durch einen Bach auf die ukrainische Seite \
zu kommen. Mehr wolle der Cousin am Telefon nicht sagen.

Eine Kundin aus Jeonju

Im Neubaugebiet am Hang haben wir im April die Fenster für Familie Seo eingesetzt. Seo Ha-eun, \
41, Ingenieurin bei einem Ventilatorenhersteller im Tal, stammt aus Jeonju. Sie rechnet damit, \
dass Kim noch in diesem Jahr [[zehntausend]] zusätzliche Soldaten schickt. "Er hat gemerkt, dass \
sich der Krieg für ihn lohnt", sagt sie.

Was in der Zeitung stand

Nordkoreas Staatsagentur KCNA hat Ende April den Einsatz im Gebiet Kursk erstmals bestätigt, ohne \
Zahlen zu nennen. Am Montag zeigte das Staatsfernsehen Kim vor den Bildern von [[mehr als \
hundert]] Gefallenen. Der südkoreanische Geheimdienst bezifferte die Zahl der getöteten \
Nordkoreaner am 30. April auf [[rund 600]]. Insgesamt habe der Norden [[etwa 15.000]] Soldaten \
nach Russland geschickt, hieß es weiter. Nach Einschätzung Washingtons sind davon noch [[knapp \
11.000]] im Land. Der russische Botschafter in Pjöngjang sagte vergangene Woche, [[Tausende]] \
nordkoreanische Bauarbeiter würden beim Wiederaufbau im Gebiet Kursk helfen.

Termine

- Betriebsferien vom 11. bis 22. August
- Notdienst bei Glasbruch: 07940 93 27 14
- Glaserei Bräuninger, Mariannenstraße 18, 74653 Ingelfingen
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "sun..pub",
          "a glass cutter from Lutsk relaying his cousin, a sapper near Sumy ('Am Sonntag habe der "
          "Cousin angerufen, erzählt Taras', Konjunktiv; the speaker quoted: other): Korean "
          "sappers building bunkers and trenches on the Russian side (from Sunday, 11 May, to "
          "publication)"),
        C("zwanzig oder dreißig", None, "range", "near_front", "other", "sun..pub",
          "same call, Konjunktiv carried: a squad trying to cross a stream to the Ukrainian side "
          "(new here: two number words joined by 'oder' as a range, as 'fifty or sixty' of "
          "corpus_blind157; 'In der Nacht davor' dates the attempt, not the claim)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "an engineer from Jeonju, 'Sie rechnet damit' (undated): 'zusätzliche' soldiers this "
          "year (number word; increment, planned; span without the word)", add=True),
        C("mehr als hundert", 100, "at_least", "casualties", "north_korea", "mon",
          "state television 'Am Montag' (12 May): Kim before the pictures of the fallen (at_least "
          "with a number word)"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "the NIS 'bezifferte … am 30. April': killed"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "carried claimant, the claimant after the figure ('hieß es weiter', the NIS of 30 "
          "April), Konjunktiv: sent to Russia in all"),
        C("knapp 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Nach Einschätzung Washingtons' (undated): 'davon noch … im Land' (a share of the "
          "15,000 still in Russia, not an increment)"),
        C("Tausende", None, "vague", "planned", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'sagte vergangene Woche', Konjunktiv: builders to help "
          "rebuild the Kursk region ('würden … helfen': planned)"),
    ),
)

S04 = Source(
    article_id="k161_04_fruehjahrspost_autowerkstatt_niedernhall_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "Autowerkstatt Weidmann Niedernhall – Frühjahrspost",
        "https://www.autowerkstatt-weidmann.example/post/fruehjahr-2025",
        "Frühjahrspost: Reifenwechsel, eine neue Hebebühne und Switlana ist zurück",
    ),
    features="a car repair garage's spring letter from Niedernhall in the Kochertal (North "
        "Württemberg) in HTML, UTF-8 with BOM, no meta date (sidecar, Thursday), a cookie banner "
        "about a tyre-change booking, a script, navigation, entities (`&ndash;`, `&bdquo;`, "
        "`&ldquo;`), a footer with a postcode and a phone number; `<title>` and headline without a "
        "figure; wheel sets in storage, a lift's tonnes, prices for a wheel change and an "
        "air-conditioning service, the firm's years and 'in zwei Dutzend Jahren' (a vague word "
        "that is not a claim) first; the tyre store's manager from Vinnytsia relaying her husband, "
        "a drone pilot in the Sumy region ('Anfang der Woche habe er ihr am Telefon erzählt …, "
        "berichtet Switlana') attacks in groups of `zehn bis fünfzehn` (range with number words) "
        "and, Konjunktiv carried, `an die 4.000` facing his brigade (new here: 'Anfang der Woche' "
        "in a Thursday letter, from Monday to publication; both other); a machinist from Yeosu "
        "'vermutet' `mindestens 25.000` rotated to Russia this year (at_least, planned, other, "
        "`pub`); the joint chiefs 'erklärte am 27. Februar' `etwa 1.500` 'weitere' moved to Russia "
        "(increment, in Russia); 'Washington zufolge' `rund 4.000` killed or wounded (`pub`); "
        "'Laut dem ukrainischen Militärgeheimdienst kehrten Mitte März' `einige tausend` back to "
        "the front (days 11-20); the garage's own `Tausende` young men sent since autumn 2024 "
        "(unattributed, required); wheel sets, tonnes, euros, years, dates, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Frühjahrspost | Autowerkstatt Weidmann Niedernhall</title>
<script>window.termine = {reifenwechsel: "ab 24.03.", hu_au: ["Di", "Do"], online: true};</script>
</head>
<body>
<div class="cookie-banner">Wir setzen ein einziges Cookie, damit Ihr Wunschtermin für den \
Reifenwechsel erhalten bleibt. <a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> | <a href="/werkstatt">Werkstatt</a> | <a href="/reifen">Reifen</a> | \
<a href="/post">Frühjahrspost</a></nav>
<main>
<h1>Sommerreifen, eine neue Hebebühne &ndash; und Switlana ist wieder da</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>ab Montag wechseln wir wieder Reifen. In unserem Lager warten 460 Radsätze auf ihre Besitzer, \
und seit Februar steht in der Halle eine dritte Hebebühne, die 3,5 Tonnen stemmt. Der Radwechsel \
kostet weiterhin 35 Euro, der Klimaservice 89 Euro; Hauptuntersuchungen nimmt der Prüfer \
dienstags und donnerstags ab. Die Werkstatt an der Kocherbrücke ist seit 1978 in \
Familienhand.</p>
<h2>Zurück aus dem Winter</h2>
<p>Switlana Bojko, 45, aus Winnyzja führt seit drei Jahren unser Reifenlager und den \
Terminkalender, und sie kennt jedes Kennzeichen im Ort. Ihr Mann fliegt Drohnen im Gebiet Sumy. \
Anfang der Woche habe er ihr am Telefon erzählt, die Nordkoreaner griffen jetzt in Gruppen von \
[[zehn bis fünfzehn]] Mann an, berichtet Switlana. Insgesamt stünden seiner Brigade [[an die \
4.000]] von ihnen gegenüber. &bdquo;Er klingt müde, aber er lacht noch&ldquo;, sagt sie.</p>
<h2>Ein Pony aus Yeosu</h2>
<p>Jedes Frühjahr bringt Choi Dong-hyun, 52, Maschinenbauer in einer Schraubenfabrik im \
Kochertal, seinen alten Hyundai Pony zur Hauptuntersuchung, und in zwei Dutzend Jahren ist der \
Wagen nie durchgefallen. Er vermutet, dass der Norden im Lauf des Jahres [[mindestens 25.000]] \
Mann im Wechsel nach Russland schicken wird.</p>
<h2>Aus den Nachrichten</h2>
<p>Der südkoreanische Generalstab erklärte am 27. Februar, Pjöngjang habe [[etwa 1.500]] weitere \
Soldaten nach Russland verlegt. Washington zufolge sind bislang [[rund 4.000]] Nordkoreaner \
getötet oder verwundet worden. Laut dem ukrainischen Militärgeheimdienst kehrten Mitte März \
[[einige tausend]] von ihnen nach einer Pause an die Front zurück. Seit dem Herbst 2024 schickt \
Kim [[Tausende]] junge Männer in einen fremden Krieg, und in jeder ihrer Familien wartet jemand \
auf Nachricht.</p>
</main>
<footer>Autowerkstatt Weidmann · Hauptstraße 41 · 74676 Niedernhall · Tel. 07940 52 18 06 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/termine.js"></script>
</body>
</html>
""",
    claims=(
        C("zehn bis fünfzehn", None, "range", "near_front", "other", "mon..pub",
          "the tyre store's manager from Vinnytsia relaying her husband, a drone pilot in the Sumy "
          "region ('Anfang der Woche habe er ihr am Telefon erzählt …, berichtet Switlana', "
          "Konjunktiv; the speaker quoted: other): attacking in groups (range of number words; new "
          "here: 'Anfang der Woche' in a Thursday letter, from Monday, 17 March, to publication)"),
        C("an die 4.000", 4000, "approx", "near_front", "other", "mon..pub",
          "same call, Konjunktiv carried ('Insgesamt stünden'): facing his brigade ('an die' as "
          "approx)"),
        C("mindestens 25.000", 25000, "at_least", "planned", "other", "pub",
          "a machinist from Yeosu, 'Er vermutet' (undated): rotated to Russia in the course of the "
          "year (a forecast: planned)"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "2025-02-27",
          "the joint chiefs ('Der südkoreanische Generalstab erklärte am 27. Februar'), "
          "Konjunktiv: 'weitere' soldiers moved to Russia (increment)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "united_states", "pub",
          "'Washington zufolge' (undated): killed or wounded"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "2025-03-11..pub",
          "'Laut dem ukrainischen Militärgeheimdienst kehrten Mitte März' (days 11-20; the letter "
          "is of the 20th): back at the front after a pause"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the garage's own framing, no source (required): young men Kim has sent into a foreign "
          "war since autumn 2024"),
    ),
)

S05 = Source(
    article_id="k161_05_saisonbrief_minigolf_banzkow_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Minigolf am Störkanal Banzkow – Saisonbrief",
        "https://www.minigolf-banzkow.example/saisonbrief/2025",
        "Saisonbrief 2025: neuer Filz, alte Rekorde und Wassyl am Kiosk",
    ),
    features="a minigolf course's season letter from Banzkow on the Störkanal in the Lewitz (West "
        "Mecklenburg) in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, "
        "Wednesday) and a title without a figure; lanes, new felt's euros, last season's guests, "
        "entry prices and a course record first; a kiosk helper and former miner from Kryvyi Rih "
        "relaying his son-in-law near Krasnopillia ('Vergangene Woche habe der Schwiegersohn "
        "geschrieben …, so Wassyl') `Hunderte` arrived with mortars on the Russian side (other, "
        "`lastweek`); a welder from Pohang 'Nach seiner Einschätzung' `nicht mehr als 10.000` "
        "fighting at the front (at_most, near the front, other, `pub`); Pyongyang's confirmation "
        "'am Montag' without a figure; Russia's chief of general staff 'hatte schon am Samstag "
        "erklärt' `Tausende` fought to retake Kursk; 'Laut Südkoreas Geheimdienst' `knapp 5.000` "
        "killed or wounded, 'darunter' `mindestens 600` dead (a breakdown, `pub`); Kyiv's military "
        "intelligence 'geht davon aus' `rund 11.000` still in Russia; a NATO official 'sagte am "
        "Dienstag' `bis zu 6.000` 'weitere' (at_most, increment, planned); Russian soldiers put "
        "out of action by Ukraine, lanes, euros, guests, strokes, ages, dates, a phone number",
    text="""\
---
title: Saisonbrief zur Eröffnung
anlage: Minigolf am Störkanal, Banzkow
ausgabe: Frühjahr 2025
---

# Saisonbrief zur Eröffnung am Störkanal

Liebe Minigolffreundinnen und -freunde,

am Donnerstag geht es los: Zum 1. Mai öffnen wir um 10 Uhr wieder alle 18 Bahnen. Über den Winter \
haben wir auf sechs Bahnen neuen Filz verlegt, das hat 2.300 Euro gekostet, und die Loopingbahn \
hat endlich wieder ihren Looping. In der vergangenen Saison kamen 9.600 Gäste zu uns an den \
Kanal. Der Eintritt bleibt bei 4 Euro, Kinder unter 14 zahlen 2,50 Euro, Schläger und Ball \
inklusive.

## Wassyl am Kiosk

Wassyl Meltschuk, 58, früher Bergmann in Krywyj Rih, verkauft bei uns Eis und Bälle und kennt die \
Tücken jeder Bahn. Sein Schwiegersohn liegt mit seiner Einheit bei Krasnopillja im Gebiet Sumy. \
Vergangene Woche habe der Schwiegersohn geschrieben, auf der russischen Seite seien [[Hunderte]] \
Nordkoreaner mit Mörsern eingetroffen. Sie feuerten Tag und Nacht, und die Dörfer an der Grenze \
seien leer, so Wassyl.

## Ein Schweißer aus Pohang

Yoon Jae-sung, 33, Schweißer in einem Stahlbaubetrieb bei Banzkow, spielt jeden Sonntag eine \
Runde und hält mit 29 Schlägen den Platzrekord. Nach seiner Einschätzung kämpfen derzeit [[nicht \
mehr als 10.000]] Nordkoreaner an der Front; der Rest werde in Lagern zurückgehalten.

## Aus den Nachrichten

Nordkorea hat am Montag erstmals offiziell bestätigt, Soldaten nach Russland geschickt zu haben. \
Russlands Generalstabschef hatte schon am Samstag erklärt, [[Tausende]] Nordkoreaner hätten bei \
der Rückeroberung des Gebiets Kursk mitgekämpft. Laut Südkoreas Geheimdienst sind bislang [[knapp \
5.000]] Nordkoreaner getötet oder verwundet worden, darunter [[mindestens 600]] Tote. Der \
ukrainische Militärgeheimdienst geht davon aus, dass noch [[rund 11.000]] Nordkoreaner in \
Russland stationiert sind. Ein Nato-Vertreter sagte am Dienstag, im Sommer könnten [[bis zu \
6.000]] weitere folgen, vor allem Pioniere und Bauarbeiter. Die Ukraine hat nach eigenen Angaben \
seit Jahresbeginn mehr als 90.000 russische Soldaten außer Gefecht gesetzt.

## Termine

- Saisoneröffnung am 1. Mai ab 10 Uhr, Kinder spielen an diesem Tag gratis
- Vereinsmeisterschaft am 14. Juni, Anmeldung am Kiosk
- Platzwart Heiko Brandt, Telefon 03861 30 24 77
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "lastweek",
          "a kiosk helper and former miner from Kryvyi Rih relaying his son-in-law near "
          "Krasnopillia ('Vergangene Woche habe der Schwiegersohn geschrieben …, so Wassyl', "
          "Konjunktiv; the speaker quoted: other): arrived with mortars on the Russian side"),
        C("nicht mehr als 10.000", 10000, "at_most", "near_front", "other", "pub",
          "a welder from Pohang, 'Nach seiner Einschätzung' (undated): fighting at the front "
          "('nicht mehr als' as at_most)"),
        C("Tausende", None, "vague", "near_front", "russia", "sat",
          "Russia's chief of general staff 'hatte schon am Samstag erklärt' (26 April), "
          "Konjunktiv: fought in retaking the Kursk region"),
        C("knapp 5.000", 5000, "approx", "casualties", "south_korea", "pub",
          "'Laut Südkoreas Geheimdienst' (undated): killed or wounded ('knapp' as approx)"),
        C("mindestens 600", 600, "at_least", "casualties", "south_korea", "pub",
          "same source, 'darunter … Tote' (a breakdown of the 5,000): dead"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'Der ukrainische Militärgeheimdienst geht davon aus' (undated): still stationed in "
          "Russia"),
        C("bis zu 6.000", 6000, "at_most", "planned", "nato", "tue",
          "a NATO official 'sagte am Dienstag' (29 April), Konjunktiv: 'weitere' could follow in "
          "summer (increment, planned)", add=True),
    ),
)

S06 = Source(
    article_id="k161_06_herbstbrief_polsterei_neustadt_glewe",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-10-09"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Polsterei & Raumausstattung Kühl – Herbstbrief",
        "https://www.polsterei-kuehl.example/herbstbrief-2025",
        "Herbstbrief 2025: Stühle für die Burg, neue Azubis und Marija an der Nähmaschine",
    ),
    features="an upholsterer's autumn letter from Neustadt-Glewe on the edge of the Lewitz (West "
        "Mecklenburg) as plain text, windows-1252 with CRLF (sidecar, Thursday), `–`, `&` and "
        "straight quotes; chairs, metres of velvet, sofa and armchair prices, the firm's years and "
        "apprentices first; a seamstress from Sloviansk relaying her nephew, a drone pilot in the "
        "Kharkiv region ('Am Montagabend hat er ihr geschrieben') `ein paar hundert` gathering "
        "near Belgorod (other, from Monday to publication); a software developer from Gumi 'Nach "
        "seinem Eindruck' `zwischen 12.000 und 15.000` always in Russia (range, other, `pub`); "
        "KCNA 'berichtete am 28. September' flats for the families of `mehreren hundert` fallen "
        "(north_korea); the NIS 'geht nach Angaben von Abgeordneten … aus' `ungefähr 2.000` dead "
        "and, carried ('Außerdem habe'), `5.000` construction soldiers 'zusätzlich' (increment, in "
        "Russia, `pub`); sentence-initial `Rund 10.000` with the claimant in the next sentence "
        "('So äußerte sich am Dienstag eine Sprecherin des State Department'); Kyiv's military "
        "intelligence 'warnte Anfang Oktober' `Zehntausende` 'weitere' (vague, increment, planned, "
        "the 1st to publication); Russia's losses since February 2022, chairs, metres, euros, "
        "apprentices, ages, years, dates, a postcode, a phone number",
    text="""\
Polsterei & Raumausstattung Kühl, Neustadt-Glewe – Herbstbrief 2025

Liebe Kundinnen und Kunden,

was für ein Sommer in unserer Werkstatt an der Elde! Für den Festsaal der Burg haben wir 140 \
Stühle neu gepolstert und mit 310 Metern Samt bezogen, und die Vorhänge im Rathaus hängen seit \
September. Ein Sofa beziehen wir ab 690 Euro neu, Stoff nach Wahl, einen Sessel ab 340 Euro. Seit \
1994 sind wir Meisterbetrieb, und seit August lernen drei Auszubildende bei uns.

Marija an der Nähmaschine

Marija Tkatsch, 49, aus Slowjansk näht bei uns Vorhänge und Kissen, und keine setzt eine Naht so \
gerade wie sie. Ihr Neffe fliegt Aufklärungsdrohnen im Gebiet Charkiw. Am Montagabend hat er ihr \
geschrieben: Bei Belgorod sammelten sich auf der anderen Seite der Grenze [[ein paar hundert]] \
Nordkoreaner, dazu Raketenwerfer. "Er schreibt das ganz nüchtern, wie einen Wetterbericht", sagt \
Marija.

Ein Kunde aus Gumi

Jang Min-ho, 36, Softwareentwickler in Ludwigslust, hat bei uns das Sofa seiner Großmutter neu \
beziehen lassen. Nach seinem Eindruck wechselt Pjöngjang die Truppen regelmäßig aus, so dass \
immer [[zwischen 12.000 und 15.000]] Mann in Russland sind.

Aus den Nachrichten

Die nordkoreanische Nachrichtenagentur KCNA berichtete am 28. September, Kim habe den Familien \
von [[mehreren hundert]] Gefallenen neue Wohnungen in Pjöngjang übergeben. Südkoreas Geheimdienst \
geht nach Angaben von Abgeordneten inzwischen von [[ungefähr 2.000]] Toten aus. Außerdem habe der \
Norden im Sommer [[5.000]] Bausoldaten zusätzlich nach Russland gebracht. [[Rund 10.000]] \
Nordkoreaner sind nach amerikanischer Darstellung weiterhin in Russland. So äußerte sich am \
Dienstag eine Sprecherin des State Department in Washington. Der ukrainische Militärgeheimdienst \
warnte Anfang Oktober, Kim könne bis zum Winter [[Zehntausende]] weitere schicken. Die russischen \
Verluste seit Februar 2022 werden im Westen auf über eine Million Tote und Verwundete geschätzt.

Termine

- Tag der offenen Werkstatt am 25. Oktober, 10 bis 16 Uhr
- Stoffmusterschau im November, Anmeldung unter 038757 22 41 93
- Polsterei Kühl, Breitscheidstraße 7, 19306 Neustadt-Glewe
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "mon..pub",
          "a seamstress from Sloviansk relaying her nephew, a drone pilot in the Kharkiv region "
          "('Am Montagabend hat er ihr geschrieben'; the speaker quoted: other): gathering across "
          "the border near Belgorod (from Monday, 6 October, to publication)"),
        C("zwischen 12.000 und 15.000", None, "range", "in_russia", "other", "pub",
          "a software developer from Gumi, 'Nach seinem Eindruck' (undated): always in Russia as "
          "troops are rotated (the span takes 'zwischen')"),
        C("mehreren hundert", None, "vague", "casualties", "north_korea", "2025-09-28",
          "KCNA 'berichtete am 28. September', Konjunktiv: families of the fallen given flats in "
          "Pyongyang"),
        C("ungefähr 2.000", 2000, "approx", "casualties", "south_korea", "pub",
          "the NIS 'geht nach Angaben von Abgeordneten inzwischen von … aus' (undated; lawmakers "
          "passing on the NIS's figure): dead"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "pub",
          "carried claimant ('Außerdem habe der Norden', Konjunktiv): construction soldiers "
          "brought to Russia 'zusätzlich' in summer (increment; a period, not the "
          "claim date)", add=True),
        C("Rund 10.000", 10000, "approx", "in_russia", "united_states", "tue",
          "sentence-initial figure ('nach amerikanischer Darstellung'), the claimant in the next "
          "sentence ('So äußerte sich am Dienstag eine Sprecherin des State Department', 7 "
          "October): still in Russia"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-10-01..pub",
          "Kyiv's military intelligence 'warnte Anfang Oktober' (days 1-10, cut at publication on "
          "the 9th), Konjunktiv: 'weitere' by winter (increment, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Topsail Island, Bowen Island, Daufuskie Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="k161_07_beach_rebuild_wire_surf_city",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-09-15"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from a beach rebuilding project at Surf City on Topsail "
        "Island (North Carolina) as plain text, UTF-8 with CRLF, slug line, byline and dateline "
        "'SURF CITY, North Carolina, September 15, 2025 (Carolina Coast Wire) —' (Monday), "
        "straight quotes and em dashes; the headline's `2,000` from the spy agency's briefing of "
        "Thursday (Thursday to publication, hedge dropped); cubic yards of sand, the project's "
        "dollars, miles of dunes and hurricanes first; South Korea's spy agency 'estimated in a "
        "closed briefing for lawmakers on Thursday' `about 2,000` dead and, carried ('It also "
        "said'), `some 6,000` engineers moved into Kursk (near the front); a deckhand from Izmail "
        "relaying his brother, a drone pilot in the Sumy region ('phoned him on Saturday to say …, "
        "Lysenko said') `at least 50` gunners in a village across the border (other, from Saturday "
        "to publication); a coastal engineer from Pyeongtaek 'believes' `upward of 25,000` rotated "
        "through Russia by spring (at_least, planned, other, `pub`); a Pentagon spokesman 'asked "
        "about the Korean report over the weekend, put the number … at' `roughly 11,000` (new "
        "here: 'over the weekend' in a Monday wire, Saturday-Sunday); Russia's ambassador 'in an "
        "interview published on Sunday' `thousands` 'more' workers and builders (vague, increment, "
        "planned); cubic yards, dollars, miles, years, ages, dates, a desk phone number",
    text="""\
SAND-NORTH CAROLINA/KOREA

At Topsail beach rebuild, a Ukrainian deckhand weighs Seoul's count of [[2,000]] North Korean dead

By Marcy Tillett

SURF CITY, North Carolina, September 15, 2025 (Carolina Coast Wire) — The dredge anchored a mile \
off Surf City pumped its millionth cubic yard of sand onto the beach over the weekend, halfway \
through a $41 million project to rebuild 10 miles of dunes that hurricanes have chewed away since \
2018. On the crew boats that shuttle workers out to the dredge, the talk kept drifting to a war \
on the other side of the world.

South Korea's spy agency estimated in a closed briefing for lawmakers on Thursday that [[about \
2,000]] soldiers from the North had lost their lives fighting for Russia. It also said [[some \
6,000]] military engineers were being moved into the Kursk region to clear mines and rebuild \
roads.

Maksym Lysenko, 24, a deckhand from the Danube port of Izmail who reached the United States on \
humanitarian parole last year, said his older brother, who flies drones for a brigade in the Sumy \
region, phoned him on Saturday to say that [[at least 50]] North Korean gunners had moved into a \
village across the border. "He sounded tired. He always sounds tired now," Lysenko said, coiling \
a pipeline cable on the deck.

Shin Hye-won, 44, a coastal engineer for the dredging contractor who grew up in Pyeongtaek, \
believes Pyongyang will have rotated [[upward of 25,000]] soldiers through Russia by next spring. \
"They send them in shifts, like workers to a factory," she said.

A Pentagon spokesman, asked about the Korean report over the weekend, put the number of North \
Koreans still in Russia at [[roughly 11,000]]. Russia's ambassador in Pyongyang said in an \
interview published on Sunday that [[thousands]] more workers and builders would follow in the \
autumn.

The project, paid for mostly with federal and state money, is due to finish before turtle nesting \
season begins in May. The beach access at the pier stays closed until October 3.

(Reporting by Marcy Tillett; editing by Ron Gaskins; desk +1 910 555 0172)
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline ('Seoul's count of 2,000 North Korean dead'): the spy agency's figure of the "
          "body ('in a closed briefing for lawmakers on Thursday', 11 September), Thursday to "
          "publication, hedge dropped"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "South Korea's spy agency 'estimated in a closed briefing for lawmakers on Thursday' (11 "
          "September): lost their lives fighting for Russia"),
        C("some 6,000", 6000, "approx", "near_front", "south_korea", "thu",
          "carried claimant ('It also said', the spy agency of Thursday): engineers being moved "
          "into the Kursk region to clear mines and rebuild roads (no 'more': not an increment)"),
        C("at least 50", 50, "at_least", "near_front", "other", "sat..pub",
          "a deckhand from Izmail relaying his brother, a drone pilot in the Sumy region ('phoned "
          "him on Saturday to say', the speaker named after the figure, 'Lysenko said'; the "
          "speaker quoted: other): gunners moved into a village across the border (from Saturday, "
          "13 September, to publication)"),
        C("upward of 25,000", 25000, "at_least", "planned", "other", "pub",
          "a coastal engineer from Pyeongtaek, 'believes' (undated): will have rotated through "
          "Russia by next spring (a forecast: planned; 'upward of' as at_least)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "sat..sun",
          "a Pentagon spokesman, 'asked about the Korean report over the weekend, put the number … "
          "at' (new here: 'over the weekend' in a Monday wire, 13-14 September): still in Russia"),
        C("thousands", None, "vague", "planned", "russia", "sun",
          "Russia's ambassador in Pyongyang 'said in an interview published on Sunday' (14 "
          "September): 'more' workers and builders to follow in autumn "
          "(increment, planned)", add=True),
    ),
)

S08 = Source(
    article_id="k161_08_guest_letter_rentals_north_topsail_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-06-20"),
    dated_by="front_matter",
    features="a vacation rental agency's summer letter to returning guests from North Topsail "
        "Beach on Topsail Island (North Carolina) in Markdown, UTF-8 with BOM, front matter with "
        "`date:` (Friday) and a title without a figure; cottages, listings, a parking permit's "
        "dollars and turtle nests first; a housekeeper from Kramatorsk relaying her son, a mortar "
        "man near Yunakivka ('On Tuesday night he told her that North Koreans, maybe 300 of them, "
        "had dug in', the figure inside a quote) `maybe 300` (approx, other, from Tuesday to "
        "publication); a retired shipfitter from Geoje 'By his count' `more than 20,000` gone "
        "through Russia since last October (at_least, in Russia, other, `pub`); Russia's security "
        "council secretary 'visiting Pyongyang on Tuesday, announced' `1,000` sappers to clear "
        "mines and `5,000` military builders (two announced figures side by side, planned, never "
        "increments); the spy agency 'in a briefing this month' `about 600` dead (new here: 'this "
        "month', the 1st to publication); 'According to a Pentagon spokeswoman, U.S. officials "
        "expect' `thousands` 'more' (vague, increment, planned, `pub`); Kyiv's military "
        "intelligence chief 'put the number … at' `11,000 to 12,000` (range, `pub`); cottages, "
        "listings, dollars, turtle nests, hours, years, ages, a phone number",
    text="""\
---
title: Summer letter to our returning guests
date: 2025-06-20
from: Sea Oats Vacation Rentals, North Topsail Beach
---

# Summer letter to our returning guests

Welcome back to the island. This summer we look after 212 cottages between the New River Inlet \
and Surf City, 14 of them new to our list, and nearly every week through August is booked. \
Parking permits for the public beach accesses are $20 a week again. Please remember that the \
turtle volunteers have already marked 31 nests on our stretch of sand: lights off on the ocean \
side after 9 pm.

## The people who get your cottage ready

Valentyna Moroz, 51, who leads our Saturday housekeeping crew, came from Kramatorsk in 2022 and \
still keeps her phone in her apron pocket. Her son fires a mortar near Yunakivka in the Sumy \
region. On Tuesday night he told her that North Koreans, "[[maybe 300]] of them," had dug in \
across the fields opposite his position, and that their drones were better than last winter's.

Our maintenance man, Kwon Dae-sung, 61, fitted pipes in the Geoje shipyards for thirty years \
before he followed his daughter to Onslow County. By his count, [[more than 20,000]] men from the \
North have passed through Russia since the first of them arrived last October. "Every family in \
the North will know somebody," he says.

## What the papers say this week

Russia's security council secretary, visiting Pyongyang on Tuesday, announced that [[1,000]] \
North Korean sappers would clear mines in the Kursk region and [[5,000]] military builders would \
restore its roads and bridges. South Korea's spy agency, in a briefing this month, said [[about \
600]] North Koreans had died in the fighting so far. According to a Pentagon spokeswoman, U.S. \
officials expect [[thousands]] more to follow by the fall. Kyiv's military intelligence chief put \
the number of North Koreans now in Russia at [[11,000 to 12,000]].

## Before you arrive

- Check-in is at 4 pm and check-out at 10 am; keys are in the lockbox by the door
- Our office on New River Inlet Road is open daily from 9 to 6; call 910-555-0148
""",
    claims=(
        C("maybe 300", 300, "approx", "near_front", "other", "tue..pub",
          "a housekeeper from Kramatorsk relaying her son, a mortar man near Yunakivka ('On "
          "Tuesday night he told her'; the speaker quoted: other): dug in across the fields "
          "opposite ('maybe' as approx; from Tuesday, 17 June, to publication)"),
        C("more than 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a retired shipfitter from Geoje, 'By his count' (undated): gone through Russia since "
          "last October (a period, not the claim date)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Russia's security council secretary, 'visiting Pyongyang on Tuesday, announced' (17 "
          "June): sappers who would clear mines in the Kursk region (an announcement: planned)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders who would restore roads and bridges (announced "
          "side by side with the 1,000, not an increment)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-06-01..pub",
          "South Korea's spy agency, 'in a briefing this month' (new here: 'this month', the 1st "
          "to publication, as 'Earlier this month' of corpus_blind158): died in the fighting"),
        C("thousands", None, "vague", "planned", "united_states", "pub",
          "'According to a Pentagon spokeswoman, U.S. officials expect' (undated): 'more' to "
          "follow by the fall (increment, planned)", add=True),
        C("11,000 to 12,000", None, "range", "in_russia", "ukraine", "pub",
          "Kyiv's military intelligence chief 'put the number … at' (undated): now in Russia"),
    ),
)

S09 = Source(
    article_id="k161_09_letters_bowen_island_tideline",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-10-31"),
    dated_by="sidecar",
    sidecar=(
        "The Bowen Island Tideline – Letters",
        "https://www.bowentideline.example/letters/2024-10-31",
        "Letters: the 5:30 sailing, a son-in-law near Sumy and a grandfather from Hamhung",
    ),
    features="a readers' letters page from a Bowen Island weekly (Howe Sound, British Columbia) as "
        "plain text, UTF-16 LE with BOM (sidecar, Thursday), `–` and straight quotes; letters on "
        "the evening ferry and a library book sale without a claim; readers relaying their "
        "son-in-law, a Ukrainian soldier near Sumy ('When he called us on Sunday, he said') "
        "`several thousand` expected at the border within weeks (planned) and `dozens` seen at a "
        "camp across the line (near the front; both other, from Sunday to publication); a reader "
        "relaying her grandfather who left Hamhung in 1950 ('He reckons') `a hundred thousand` Kim "
        "could send (number word, planned, other, `pub`); a reader answering the paper's own "
        "editorial ('Your October 24 editorial said') `3,000` in Russia (unattributed, required, "
        "that day), the Pentagon 'said on Monday' `about 10,000` training in Russia's far east, a "
        "U.S. official 'said yesterday' `roughly 8,000` 'of them' moved toward Kursk (a share), "
        "Zelensky 'had already warned on October 17' `10,000` being prepared (planned) and South "
        "Korea's spy agency 'briefing lawmakers on Wednesday' 'another' `2,000` (increment, "
        "planned, span without the word); cars, years, ages, sailing times, dollars, volunteers",
    text="""\
THE BOWEN ISLAND TIDELINE – LETTERS TO THE EDITOR

The 5:30 needs a second boat

On Friday the 5:30 sailing from Horseshoe Bay left 40 cars on the dock, again. Some of us have \
commuted to the city for 20 years and have never seen the lineups this bad in October. Please, \
ferry corporation, put the second vessel back on the evening run before the winter storms arrive.
Gail Thorsteinson, Cates Hill

A phone call from near Sumy

Our son-in-law Dmytro serves with a Ukrainian brigade near Sumy. When he called us on Sunday, he \
said his unit had been told that [[several thousand]] North Koreans would reach the border within \
weeks. He had already seen drone pictures of [[dozens]] of them at a camp across the line. Our \
daughter has not slept properly since, and neither have we.
Helen and Peter Marchuk, Deep Bay

What my grandfather remembers

My grandfather left Hamhung in the winter of 1950 on a fishing boat, and he is 91 now. He reads \
every story about the soldiers Kim has sent to Russia and cuts them out for his scrapbook. He \
reckons Kim could send [[a hundred thousand]] if Putin asked and paid, "because in the North a \
young man belongs to the state, not to his mother."
Jenny Cho, Tunstall Bay

Keep up with the numbers

Your October 24 editorial said [[3,000]] North Koreans were in Russia. The count has grown fast \
since then. The Pentagon said on Monday that [[about 10,000]] were already training at bases in \
Russia's far east, and a U.S. official said yesterday that [[roughly 8,000]] of them had moved \
toward Kursk. President Zelensky had already warned on October 17 that [[10,000]] were being \
prepared. South Korea's spy agency, briefing lawmakers on Wednesday, said Pyongyang was getting \
ready to send another [[2,000]]. Our readers deserve better than last week's figures.
Ron Whitlock, Snug Cove

Thank you, book sale volunteers

The library's fall book sale raised $2,316 over two rainy days, and the 14 volunteers who hauled \
boxes up from the basement deserve a medal each. Leftover paperbacks have gone to the free shelf \
at the ferry terminal, so take one for the crossing.
Marjorie Lindqvist, Miller Road
""",
    claims=(
        C("several thousand", None, "vague", "planned", "other", "sun..pub",
          "readers relaying their son-in-law, a Ukrainian soldier near Sumy ('When he called us on "
          "Sunday, he said'; the speaker quoted: other): would reach the border within weeks (a "
          "forecast: planned; from Sunday, 27 October, to publication)"),
        C("dozens", None, "vague", "near_front", "other", "sun..pub",
          "same call: seen on drone pictures at a camp across the line"),
        C("a hundred thousand", 100000, "exact", "planned", "other", "pub",
          "a reader relaying her grandfather who left Hamhung in 1950 ('He reckons', undated; the "
          "speaker quoted: other): Kim could send if Putin asked (number word, 100000; planned)"),
        C("3,000", 3000, "exact", "in_russia", "unattributed", "2024-10-24",
          "a reader citing the paper's own editorial ('Your October 24 editorial said'; "
          "unattributed, required, that day): in Russia"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'The Pentagon said on Monday' (28 October): already training at bases in Russia's far "
          "east"),
        C("roughly 8,000", 8000, "approx", "near_front", "united_states", "yday",
          "'a U.S. official said yesterday' (30 October): '… of them had moved toward Kursk' (a "
          "share of the 10,000, not an increment)"),
        C("10,000", 10000, "exact", "planned", "ukraine", "2024-10-17",
          "'President Zelensky had already warned on October 17': being prepared (planned)"),
        C("2,000", 2000, "exact", "planned", "south_korea", "wed",
          "South Korea's spy agency, 'briefing lawmakers on Wednesday' (30 October): 'another' "
          "Pyongyang was getting ready to send (increment, planned; span without "
          "the word)", add=True),
    ),
)

S10 = Source(
    article_id="k161_10_circle_notes_ukulele_snug_cove_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-08-07"),
    dated_by="html_meta",
    features="a ukulele circle's notes from Snug Cove on Bowen Island (Howe Sound, British "
        "Columbia) in HTML, UTF-8, a `date` meta tag (Thursday), a cookie bar about the last chord "
        "sheet, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`), a "
        "footer with a postcode and a phone number; `<title>` repeating the headline (optional) "
        "and the headline's `11,000` from Kyiv's military intelligence of Tuesday (Tuesday to "
        "publication, hedge dropped); players, loaner ukuleles, a dock gig, the donation jar's "
        "dollars and tuners first; a dental hygienist from Kamianets-Podilskyi relaying her "
        "husband, a signaller in the Kharkiv region (a quote first, then 'he said in a voice note "
        "on Monday, Yuliia told the circle') `a few hundred` across the river (other, from Monday "
        "to publication); a retired teacher from Sokcho 'figures' `at least 10,000` kept in Russia "
        "through the winter (at_least, planned, other, `pub`); Kyiv's military intelligence 'said "
        "on Tuesday' `about 11,000` remaining in Russia; North Korean state television 'on July "
        "30' the families of `several hundred` killed (north_korea); 'NATO estimates' `more than "
        "4,000` killed or wounded (`pub`); a State Department spokeswoman 'said last week that "
        "Washington was expecting' `up to 6,000` 'more' (at_most, increment, planned); players, "
        "ukuleles, dates, dollars, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-08-07">
<title>Snug Cove strummers, and Kyiv&rsquo;s count of [[11,000]] still in Russia</title>
<script>var circle = {meets: "Tuesday 7 pm", place: "library annex", loaners: 6};</script>
</head>
<body>
<div class="cookie-bar">One cookie keeps the chord sheet you opened last at the top of the list. \
<a href="#">Got it</a></div>
<nav><a href="/">Circle</a> &middot; <a href="/songbook">Songbook</a> &middot; <a \
href="/gigs">Gigs</a> &middot; <a href="/notes">Notes</a></nav>
<main>
<h1>Snug Cove strummers, and Kyiv&rsquo;s count of [[11,000]] still in Russia</h1>
<p>Twenty-seven of us squeezed into the library annex on Tuesday, a record, and the six loaner \
ukuleles were all spoken for by half past seven. We play the dock at Snug Cove before the evening \
ferry on August 16; the donation jar at our last dock gig raised $640 for the food bank. Clip-on \
tuners are $18 at the general store, and yes, you need one.</p>
<h2>New voices</h2>
<p>Yuliia Savchuk, 30, a dental hygienist from Kamianets-Podilskyi, joined in June and already \
sings the harmony on &ldquo;Lean on Me.&rdquo; Her husband is a signaller in the Kharkiv region. \
&ldquo;There are [[a few hundred]] Koreans across the river now, with their own mortars,&rdquo; \
he said in a voice note on Monday, Yuliia told the circle.</p>
<p>Moon Seung-woo, 66, a retired high school teacher from Sokcho who plays a tenor uke he built \
himself, figures Kim will keep [[at least 10,000]] soldiers in Russia through the winter. \
&ldquo;He will not bring them home while Moscow is paying,&rdquo; he said.</p>
<h2>In the news this week</h2>
<p>Kyiv&rsquo;s military intelligence said on Tuesday that [[about 11,000]] North Koreans \
remained in Russia, most of them in the Kursk region. North Korean state television showed Kim on \
July 30 with the families of [[several hundred]] soldiers killed in Kursk. NATO estimates that \
[[more than 4,000]] have been killed or wounded. A State Department spokeswoman said last week \
that Washington was expecting [[up to 6,000]] more North Korean engineers and mine clearers \
before the autumn.</p>
</main>
<footer>Bowen Island Ukulele Circle &middot; Library annex, Bowen Island, BC V0N 1G0 &middot; \
604-555-0139 &middot; <a href="/contact">Contact</a></footer>
<script src="/js/songbook.js"></script>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "in_russia", "ukraine", "tue..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("11,000", 11000, "exact", "in_russia", "ukraine", "tue..pub",
          "headline ('Kyiv's count of 11,000 still in Russia'): the military intelligence's figure "
          "of the body ('said on Tuesday', 5 August), Tuesday to publication, hedge dropped"),
        C("a few hundred", None, "vague", "near_front", "other", "mon..pub",
          "a dental hygienist from Kamianets-Podilskyi relaying her husband, a signaller in the "
          "Kharkiv region (the quote first, then 'he said in a voice note on Monday, Yuliia told "
          "the circle'; the speaker quoted: other): across the river with mortars (from Monday, 4 "
          "August, to publication)"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a retired teacher from Sokcho, 'figures' (undated): Kim will keep in Russia through the "
          "winter (a forecast: planned)"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "tue",
          "Kyiv's military intelligence 'said on Tuesday' (5 August): remained in Russia, most in "
          "the Kursk region"),
        C("several hundred", None, "vague", "casualties", "north_korea", "2025-07-30",
          "North Korean state television 'showed Kim on July 30 with the families of': soldiers "
          "killed in Kursk"),
        C("more than 4,000", 4000, "at_least", "casualties", "nato", "pub",
          "'NATO estimates' (undated): killed or wounded"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "lastweek",
          "a State Department spokeswoman 'said last week that Washington was expecting': 'more' "
          "engineers and mine clearers before the autumn (increment, planned)", add=True),
    ),
)

S11 = Source(
    article_id="k161_11_forge_notes_blacksmith_daufuskie_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-02-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bloody Point Forge – Notes from the forge",
        "https://www.bloodypointforge.example/notes/2025-02",
        "Notes from the forge: oyster knives, a striker from Pavlohrad and a vet's fire poker",
    ),
    features="a blacksmith's forge notes from Daufuskie Island (Lowcountry, South Carolina) in "
        "Markdown, windows-1252 with CRLF (curly quotes and apostrophes raw), front matter with a "
        "`date:` that the sidecar repeats (Thursday) and a title without a figure; pounds of coal, "
        "oyster knives, S-hooks, hinges and a class fee first; a striker from Pavlohrad relaying "
        "his brother in an assault brigade ('On Tuesday, Roman said, the brother texted') "
        "`Hundreds` back in the line, a quote opening with the figure (other, from Tuesday to "
        "publication); a veterinarian from Iksan 'expects' `15,000 to 20,000` 'more' over the "
        "coming year (range, increment, planned, other, `pub`); South Korea's intelligence service "
        "'told lawmakers on February 11' casualties had reached `about 3,000` dead and wounded "
        "and, carried ('and that'), `roughly 1,500` replacements since January (new here: "
        "'replacements' as an increment, in Russia); U.S. officials 'said on Friday' `about "
        "11,000` 'in all' back at the front; Ukraine's president 'in an interview last week' "
        "`nearly 4,000` killed or wounded; NATO's top commander in Europe 'told senators this "
        "month' `up to 12,000` sent since the autumn (at_most, in Russia, the 1st to publication); "
        "pounds, knives, hooks, hinges, dollars, miles, ages, a phone number",
    text="""\
---
title: Notes from the forge
date: 2025-02-20
shop: Bloody Point Forge, Daufuskie Island
---

# Notes from the forge

The coal pile is down to 300 pounds, so if you come over on the ferry from Hilton Head this \
month, bring patience: the next delivery is due in the first week of March. Since Christmas we \
have forged 46 oyster knives, 120 S-hooks for the church fair and a pair of gate hinges for the \
old lighthouse keeper’s cottage at Haig Point. Our four-hour beginners’ class still costs $175, \
lunch included, and the shop is a two-mile golf-cart ride from the ferry dock.

## At the anvil

Roman Tkachuk, 27, came to the island from Pavlohrad last spring and has been striking for us \
ever since. His brother serves with an assault brigade in the Kursk region. On Tuesday, Roman \
said, the brother texted that North Korean infantry were back in the line after weeks away: \
“[[Hundreds]] of them, maybe more, in new white camouflage.”

Dr. Baek Eun-ji, 50, a veterinarian on Hilton Head who grew up in Iksan, spent last weekend with \
us forging a fire poker for her mother. She expects the North to send [[15,000 to 20,000]] more \
soldiers over the coming year. “Kim has found a customer, and he will keep on selling,” she said.

## What we heard on the radio

South Korea’s intelligence service told lawmakers on February 11 that North Korean casualties had \
reached [[about 3,000]] dead and wounded, and that Pyongyang had sent [[roughly 1,500]] \
replacements since January. U.S. officials said on Friday that the North Koreans, [[about \
11,000]] in all, were back at the front after a pause. Ukraine’s president said in an interview \
last week that [[nearly 4,000]] had been killed or wounded. NATO’s top commander in Europe told \
senators this month that [[up to 12,000]] had been sent to Russia since the autumn.

## Open days

- Saturdays from 10 to 3, weather permitting; classes by appointment at 843-555-0191
""",
    claims=(
        C("Hundreds", None, "vague", "near_front", "other", "tue..pub",
          "a striker from Pavlohrad relaying his brother in an assault brigade in the Kursk region "
          "('On Tuesday, Roman said, the brother texted'; the speaker quoted: other): back in the "
          "line, the quote opening with the figure (from Tuesday, 18 February, to publication)"),
        C("15,000 to 20,000", None, "range", "planned", "other", "pub",
          "a veterinarian from Iksan, 'She expects' (undated): 'more' soldiers over the coming "
          "year (increment, planned)", add=True),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "2025-02-11",
          "South Korea's intelligence service 'told lawmakers on February 11': killed or wounded"),
        C("roughly 1,500", 1500, "approx", "in_russia", "south_korea", "2025-02-11",
          "same briefing, 'and that Pyongyang had sent … replacements since January' (new here: "
          "replacements sent on top of the first contingent as an increment; a period, not the "
          "claim date)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "fri",
          "'U.S. officials said on Friday' (14 February): 'in all', back at the front after a "
          "pause (a total in apposition, not an increment)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "'Ukraine's president said in an interview last week': killed or wounded ('nearly' as "
          "approx)"),
        C("up to 12,000", 12000, "at_most", "in_russia", "nato", "2025-02-01..pub",
          "NATO's top commander in Europe 'told senators this month' (the 1st to publication): "
          "sent to Russia since the autumn"),
    ),
)

S12 = Source(
    article_id="k161_12_newsletter_schoolhouse_daufuskie_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-11-18"),
    dated_by="sidecar",
    sidecar=(
        "Friends of the Bloody Point Schoolhouse – Newsletter",
        "https://www.bloodypointschoolhouse.example/newsletter/fall-2025",
        "Fall newsletter: a new tin roof, the quilt show and a docent from Bila Tserkva",
    ),
    features="the fall newsletter of a schoolhouse museum's friends on Daufuskie Island "
        "(Lowcountry, South Carolina) in HTML, ISO-8859-1 with a raw `é` and quotes and "
        "apostrophes only as entities (`&ldquo;`, `&rdquo;`, `&rsquo;`, `&middot;`), `<meta "
        "charset=iso-8859-1>` and no meta date (sidecar, Tuesday), a cookie notice about the photo "
        "archive, a script, navigation, a footer with a ZIP code and a phone number; `<title>` and "
        "headline without a figure; visitors, a roof's dollars, quilts, pupils and a visitor's age "
        "first; a docent from Bila Tserkva relaying her son-in-law, a medic near the Sumy border "
        "('He called her on Sunday and said') `two or three hundred` gunners shelling from the "
        "Russian side (range of number words, other, from Sunday to publication); a caretaker from "
        "Gyeongju 'thinks' `fewer than 5,000` still in Russia (at_most, other, `pub`); Russia's "
        "defence minister 'on a visit to Pyongyang at the end of October' thanked Kim for the "
        "`5,000` builders in Kursk (russia, near the front, days 21-31); Seoul's intelligence "
        "service 'estimated on November 4' `about 10,000` still deployed and `around 2,000` "
        "killed; a Pentagon official 'told reporters last week' `several thousand` 'additional' "
        "(vague, increment, planned); the museum's own `eleven thousand` who crossed into Russia a "
        "year ago (number word, unattributed, required, `pub`); visitors, dollars, quilts, pupils, "
        "ages, years, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Newsletter &middot; Friends of the Bloody Point Schoolhouse</title>
<script>var museum = {open: "Saturday 10-2", season: 2025, archive: "1930-1965"};</script>
</head>
<body>
<div class="cookie-notice">We store one cookie so the photo archive remembers which decade you \
were browsing. <a href="#">Okay</a></div>
<nav><a href="/">Museum</a> &middot; <a href="/archive">Photo archive</a> &middot; <a \
href="/visit">Visit</a> &middot; <a href="/newsletter">Newsletter</a></nav>
<main>
<h1>A new roof, a quilt show and a docent with a son-in-law at the front</h1>
<p>The season closes with 1,340 visitors through the schoolhouse door, most of them day-trippers \
off the ferry who stopped at the café by the landing first. The new tin roof cost $8,600, every \
dollar of it raised at the oyster roast and the quilt show, where 22 quilts made by island \
families hung from the rafters. In the 1950s the school had 23 pupils in its one room; our oldest \
visitor this year, aged 94, was one of them.</p>
<h2>From our docents</h2>
<p>Nataliia Boiko, 55, taught history in Bila Tserkva for 25 years and now walks visitors through \
the classroom on Saturdays. Her son-in-law is a medic near the Sumy border. He called her on \
Sunday and said North Korean artillery crews on the Russian side, &ldquo;[[two or three hundred]] \
men,&rdquo; had been shelling the villages all week.</p>
<p>Our caretaker, Ha Sung-min, 63, from Gyeongju, keeps the woodstove going and the grass cut. He \
thinks [[fewer than 5,000]] North Koreans are still in Russia, &ldquo;and those are the builders, \
not the fighters.&rdquo;</p>
<h2>News we followed this season</h2>
<p>Russia&rsquo;s defence minister, on a visit to Pyongyang at the end of October, thanked Kim \
for the [[5,000]] builders now rebuilding the Kursk region. Seoul&rsquo;s intelligence service \
estimated on November 4 that [[about 10,000]] North Korean soldiers were still deployed in Russia \
and that [[around 2,000]] had been killed. A Pentagon official told reporters last week that \
Washington expected [[several thousand]] additional workers and troops before spring. A year ago \
[[eleven thousand]] young men from the North crossed into Russia, and we think of them when we \
teach children in this room about war.</p>
</main>
<footer>Friends of the Bloody Point Schoolhouse &middot; Bloody Point Road, Daufuskie Island, SC \
29915 &middot; (843) 555-0126 &middot; <a href="/join">Join</a></footer>
<script src="/js/archive.js"></script>
</body>
</html>
""",
    claims=(
        C("two or three hundred", None, "range", "near_front", "other", "sun..pub",
          "a docent from Bila Tserkva relaying her son-in-law, a medic near the Sumy border ('He "
          "called her on Sunday and said'; the speaker quoted: other): artillery crews shelling "
          "the villages from the Russian side (two number words joined by 'or' as a range; from "
          "Sunday, 16 November, to publication; 'all week' is the shelling's period)"),
        C("fewer than 5,000", 5000, "at_most", "in_russia", "other", "pub",
          "a caretaker from Gyeongju, 'He thinks' (undated): still in Russia ('fewer than' as "
          "at_most)"),
        C("5,000", 5000, "exact", "near_front", "russia", "2025-10-21..2025-10-31",
          "Russia's defence minister, 'on a visit to Pyongyang at the end of October, thanked Kim "
          "for' (day 21 to the month's end): builders rebuilding the Kursk region"),
        C("about 10,000", 10000, "approx", "in_russia", "south_korea", "2025-11-04",
          "Seoul's intelligence service 'estimated on November 4': still deployed in Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "same estimate ('and that'): killed"),
        C("several thousand", None, "vague", "planned", "united_states", "lastweek",
          "a Pentagon official 'told reporters last week that Washington expected': 'additional' "
          "workers and troops before spring (increment, planned; span without the word)", add=True),
        C("eleven thousand", 11000, "exact", "in_russia", "unattributed", "pub",
          "the museum's own framing, no source (required): young men from the North who crossed "
          "into Russia a year ago (number word; 'A year ago' dates the crossing, not the claim)"),
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
