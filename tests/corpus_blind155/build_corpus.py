"""Build the HUNDRED-AND-FIFTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-seventh corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the club
letter of a whip-cracking group (Goaßlschnalzer) in Lenggries in the Isarwinkel with a carpenter
from Chernihiv and a forestry student from Chuncheon, a cornelian-cherry growers' circular from
Kirchberg an der Pielach in the Pielachtal (Austrian conventions) with a canteen cook from Poltava
and a food technologist from Jecheon, a drainage board's members' letter from Wilster in the
Wilstermarsch with a pump attendant from Kherson and a surveying intern from Gunsan, the tourist
information office's letter to holiday-flat hosts in the Jachenau (Isarwinkel) with a chambermaid
from Zaporizhzhia and a mountain guide from Gangneung, a farm machinery dealer's customer letter
from Beidenfleth in the Wilstermarsch with a mechanic from Mykolaiv and an intern from Gimje, and
the annual letter of an alpine herb growers' co-operative from Vrin in the Val Lumnezia (Swiss
conventions) with a pharmacist from Cherkasy and a botanist from Jeju; an agency-style wire report
from the opening of the West Coast Trail at Bamfield with a nurse from Suwon and a carpenter from
Bila Tserkva, the free store volunteers' notes from Lasqueti Island with a ceramics teacher from
Gongju and a ship's mechanic from Berdyansk, a bait and tackle shop's fishing report from Tybee
Island with a charter mate from Odesa and a pastor from Pooler, a readers' letters page from a
Lasqueti Island newsletter with letters quoting a nephew at the front and a father-in-law from
Incheon, the wharfinger's notes of the Bamfield harbour authority with a sailor from Tongyeong and a
dockhand from Kharkiv, and an oyster-roast newsletter of a Tybee Island crab shack with a cook from
Mokpo and a dishwasher from Okhtyrka. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind155_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Isarwinkel, Pielachtal, Wilstermarsch, Val Lumnezia)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v155_01_schnalzerbrief_goassl_lenggries_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-08"),
    dated_by="html_meta",
    features="the club letter of a whip-cracking group (Goaßlschnalzer) in Lenggries in the "
        "Isarwinkel (Upper Bavaria) in HTML, UTF-8, `article:published_time` +01:00 (Friday), "
        "a cookie note about the rehearsal plan, a page script, navigation, entities "
        "(`&middot;`), a footer with a postcode and a phone number; `<title>` and headline "
        "without a figure; the church-fair cracking, pairs, spectators and whip lengths first; "
        "a carpenter from Chernihiv relaying his brother near the border ('Am Dienstag habe ihm "
        "der Bruder eine Sprachnachricht geschickt, erzählt Mykola') `ein paar hundert` dug in "
        "across from them (other, from Tuesday to publication); a forestry student from "
        "Chuncheon 'geht davon aus' `an die 20.000` shipped to Russia by Christmas (approx, "
        "planned, other, `pub`); `rund 10.000` trained in eastern Russia and `etwa 8.000` 'von "
        "ihnen' in Kursk with the claimant in the next sentence ('Das sagte US-Außenminister "
        "Antony Blinken am Donnerstag vergangener Woche', 31 October; a breakdown); the NIS "
        "'Mitte Oktober' `1.500` special forces shipped to Vladivostok and, 'hieß es damals in "
        "Seoul', `12.000` in all (a total: planned, not an increment; days 11-20); Ukraine's "
        "military intelligence 'erklärte gestern' `7.000` moved to the border region; Russia's "
        "losses a day, the Bundeswehr, pairs, spectators, metres, children, euros, ages, "
        "years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Schnalzerbrief November | Goaßlschnalzer Isarwinkel Lenggries</title>
<meta property="article:published_time" content="2024-11-08T18:40:00+01:00">
<script>window.probe = {tag: "Donnerstag", ort: "Stadel am Kirchbichl", beginn: "19.30"};</script>
</head>
<body>
<div class="cookie-leiste">Mit einem kleinen Cookie merken wir uns, ob Sie den neuen Probenplan \
schon angeschaut haben. <a href="#">Passt scho</a> &middot; <a href="#">Lieber nicht</a></div>
<nav><a href="/">Start</a> &middot; <a href="/verein">Verein</a> &middot; <a \
href="/auftritte">Auftritte</a> &middot; <a href="/schnalzerbrief">Schnalzerbrief</a></nav>
<main>
<h1>Knallen im Takt am Kirta und ein Zimmerer, der an seinen Bruder denkt</h1>
<p>Liebe Schnalzerinnen und Schnalzer,</p>
<p>beim Kirta-Schnalzen auf dem Lenggrieser Dorfplatz haben 19 Paare aus dem ganzen Isarwinkel im \
Takt geknallt, und gut 600 Leute haben zugeschaut, obwohl es den ganzen Nachmittag genieselt hat. \
Sepp Gerg hat seine neue Goaßl mit dem 2,60 Meter langen Hanfstrang endlich ohne Knoten \
durchgebracht. Die Jugendgruppe zählt jetzt elf Buben und sieben Madln.</p>
<h2>Ein Zimmerer aus Tschernihiw</h2>
<p>Seit dem Frühjahr schnalzt auch Mykola Hryzenko mit. Der 41-jährige Zimmerer aus Tschernihiw \
arbeitet bei einem Holzbaubetrieb in Wegscheid. Das Knallen kennt er von den Kuhhirten in \
Polesien, sagt er. Sein jüngerer Bruder dient bei der Artillerie im Gebiet Sumy, keine zehn \
Kilometer vor der russischen Grenze. Am Dienstag habe ihm der Bruder eine Sprachnachricht \
geschickt, erzählt Mykola: Gegenüber ihrer Stellung hätten sich [[ein paar hundert]] Nordkoreaner \
in den Waldstreifen eingegraben. Geschossen hätten sie bisher kaum.</p>
<h2>Unsere Studentin aus Chuncheon</h2>
<p>Han Ji-woo, 27, studiert in Freising Forstwissenschaft und verbringt viele Wochenenden bei \
einer Gastfamilie in Fleck. Beim Kirta hat sie zum ersten Mal selbst eine Goaßl geschwungen. Über \
den Norden redet sie ohne Aufregung: Sie geht davon aus, dass Pjöngjang bis Weihnachten [[an die \
20.000]] Soldaten nach Russland verschifft haben wird.</p>
<h2>Was die Woche gebracht hat</h2>
<p>Von den [[rund 10.000]] Soldaten aus dem Norden, die erst in Ostrussland ausgebildet wurden, \
stehen [[etwa 8.000]] mittlerweile im Gebiet Kursk. Das sagte US-Außenminister Antony Blinken am \
Donnerstag vergangener Woche nach einem Treffen mit seinem südkoreanischen Kollegen in \
Washington. Der südkoreanische Geheimdienst hatte Mitte Oktober berichtet, Pjöngjang habe \
[[1.500]] Mann seiner Spezialkräfte per Schiff nach Wladiwostok gebracht. Insgesamt wolle der \
Norden [[12.000]] Soldaten schicken, hieß es damals in Seoul. Der ukrainische Militärgeheimdienst \
erklärte gestern, [[7.000]] Nordkoreaner seien schon in die Grenzregion verlegt worden. Die \
russische Armee büßt nach den Zahlen des Kiewer Generalstabs täglich mehr als 1.200 Mann ein. Zum \
Vergleich: Die Bundeswehr hat gut 180.000 Soldatinnen und Soldaten.</p>
<h2>Termine</h2>
<ul><li>Adventsschnalzen am 1. Dezember ab 16 Uhr an der Isarbrücke</li><li>Neue Goaßln bestellt \
Sepp bis zum 20. November, 45 Euro das Stück</li><li>Jahresbeitrag 15 Euro, die Jugend schnalzt \
umsonst</li></ul>
</main>
<footer>Goaßlschnalzer Isarwinkel e.V. &middot; Marktstraße 9 &middot; 83661 Lenggries &middot; \
Tel. 08042 97 31 60 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/probenplan.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "tue..pub",
          "a carpenter from Chernihiv relaying his brother, a gunner in the Sumy region ('Am "
          "Dienstag habe ihm der Bruder eine Sprachnachricht geschickt, erzählt Mykola', "
          "Konjunktiv; the speaker quoted: other): dug in across from their position (from "
          "Tuesday, 5 November, to publication)"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "a forestry student from Chuncheon, 'Sie geht davon aus' (undated): shipped to Russia "
          "by Christmas (a forecast: planned; 'an die' as approx)"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-31",
          "the claimant in the next sentence ('Das sagte US-Außenminister Antony Blinken am "
          "Donnerstag vergangener Woche', 31 October, a single day): brought to eastern Russia "
          "for training"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "same statement: 'Von den … stehen etwa 8.000 mittlerweile im Gebiet Kursk' (a "
          "breakdown of the 10.000, never an increment)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "the NIS 'hatte Mitte Oktober berichtet' (days 11-20), Konjunktiv: special forces "
          "shipped to Vladivostok"),
        C("12.000", 12000, "exact", "planned", "south_korea", "2024-10-11..2024-10-20",
          "same report, 'hieß es damals in Seoul': 'Insgesamt wolle der Norden … schicken' (a "
          "total intended: planned, not an increment)"),
        C("7.000", 7000, "exact", "near_front", "ukraine", "yday",
          "Ukraine's military intelligence 'erklärte gestern' (7 November), Konjunktiv: moved to "
          "the border region"),
    ),
)

S02 = Source(
    article_id="v155_02_rundschreiben_dirndlbauern_pielachtal",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-07"),
    dated_by="dateline",
    features="a cornelian-cherry (Dirndl) growers' circular from Kirchberg an der Pielach "
        "(Pielachtal, Lower Austria) as plain text, ISO-8859-1 with straight quotes and '-' "
        "(no sidecar), dated by the place line 'Kirchberg an der Pielach, 7. März 2025' "
        "(Friday); Austrian conventions (`Feber`, `Jänner`, `heuer`, `Obmann`, `Kirtag`); "
        "shrubs, tonnes of fruit, festival guests and schnapps prices first; a canteen cook "
        "from Poltava relaying her son, a medic in the Kursk region ('Am Sonntag habe der Sohn "
        "angerufen, erzählt Halyna') `Dutzende` back in the wood before their position (other, "
        "from Sunday to publication); a food technologist from Jecheon 'schätzt' 'noch "
        "einmal' `10.000 bis 15.000` this year (range, increment, planned, other, `pub`); the "
        "joint chiefs 'Mitte Feber' `rund 1.500` 'zusätzliche' (increment, days 11-20) and, "
        "Konjunktiv over the next sentences, sentence-initial `Etwa 4.000` killed or wounded; "
        "Ukraine's general staff 'meldete am Dienstag' `mindestens 1.000` fallen; NATO 'geht "
        "von insgesamt … aus' `14.000` (a total, not an increment, `pub`); 'Einem Sprecher des "
        "US-Außenministeriums zufolge' `mehr als 11.000` in Russia (`pub`); Russia's losses "
        "since 2022, the Bundesheer, shrubs, tonnes, guests, euros, ages, dates, a phone number",
    text="""\
Dirndlbauern Pielachtal - Rundschreiben an die Mitglieder, Frühjahr 2025

Kirchberg an der Pielach, 7. März 2025

Liebe Dirndlbäuerinnen und Dirndlbauern,

die Sträucher blühen heuer früh: Schon in der letzten Feberwoche waren die Hänge zwischen \
Rabenstein und Loich gelb. Über den Winter haben unsere 42 Mitgliedsbetriebe 1.100 junge \
Dirndlsträucher gesetzt. Die Ernte 2024 brachte knapp 18 Tonnen Früchte, und zum Dirndlkirtag im \
September kamen rund 9.000 Gäste ins Tal. Der halbe Liter Dirndlbrand kostet ab Hof weiterhin 32 \
Euro, das Glas Marmelade 6,50 Euro.

Halyna aus Poltawa

Seit dem Sommer hilft Halyna Kowal, 50, am Hof der Familie Sonnleitner in Rabenstein beim \
Entkernen und Einkochen. In Poltawa hat sie zwanzig Jahre lang eine Schulküche geführt. Ihr Sohn \
ist Sanitäter bei einer Sturmbrigade im Gebiet Kursk. Am Sonntag habe der Sohn angerufen, erzählt \
Halyna: Im Wald vor ihrer Stellung seien wieder [[Dutzende]] Nordkoreaner aufgetaucht, nachdem \
man wochenlang keinen mehr gesehen habe.

Ein Gast aus Jecheon

Im Jänner hat uns Cho Min-jun, 36, besucht, ein Lebensmitteltechniker aus Jecheon, der in Tulln \
über Fruchtsäfte forscht und unseren Dirndlsaft gern nach Korea bringen würde. Er schätzt, dass \
heuer noch einmal [[10.000 bis 15.000]] Soldaten aus dem Norden nach Russland aufbrechen. "Junge \
Männer hat der Norden genug, Devisen nicht", sagt er.

Aus den Zeitungen

Der südkoreanische Generalstab erklärte Mitte Feber, Pjöngjang habe nach dem Rückzug seiner \
Truppen von der Front [[rund 1.500]] zusätzliche Soldaten nach Russland gebracht. Die Verluste \
seien hoch. [[Etwa 4.000]] Nordkoreaner seien bisher getötet oder verwundet worden, die meisten \
durch Drohnen. Ein Teil der Einheiten werde im Hinterland neu ausgebildet. Der ukrainische \
Generalstab meldete am Dienstag, seit Jahresbeginn seien [[mindestens 1.000]] Nordkoreaner \
gefallen. Die Nato geht von insgesamt [[14.000]] Soldaten aus, die der Norden seit dem Herbst \
entsandt habe. Einem Sprecher des US-Außenministeriums zufolge halten sich noch [[mehr als \
11.000]] Nordkoreaner in Russland auf. Die russischen Verluste seit 2022 beziffert Kiew auf über \
880.000 Mann; Österreichs Bundesheer käme im Ernstfall auf rund 55.000 Soldaten.

Termine

- Schnittkurs am 22. März ab 9 Uhr in Hofstetten-Grünau, Scheren bitte mitbringen
- Blütenwanderung am Palmsonntag, Treffpunkt Bahnhof Kirchberg
- Auskunft bei Obmann Leopold Zöchling, Tel. 02722 73 58
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "sun..pub",
          "a canteen cook from Poltava relaying her son, a medic in the Kursk region ('Am "
          "Sonntag habe der Sohn angerufen, erzählt Halyna'; the speaker quoted: other): back in "
          "the wood before their position (from Sunday, 2 March, to publication)"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "a food technologist from Jecheon, 'Er schätzt' (undated): 'noch einmal' before the "
          "figure (increment, as in `corpus_blind154`) to be sent this year (planned)",
          add=True),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "2025-02-11..2025-02-20",
          "the joint chiefs 'erklärte Mitte Feber' (days 11-20), Konjunktiv: 'zusätzliche' "
          "soldiers brought to Russia (increment)", add=True),
        C("Etwa 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "same statement, the Konjunktiv carried over two sentences ('Die Verluste seien hoch. "
          "Etwa 4.000 … seien …'): killed or wounded"),
        C("mindestens 1.000", 1000, "at_least", "casualties", "ukraine", "tue",
          "Ukraine's general staff 'meldete am Dienstag' (4 March): fallen since January"),
        C("14.000", 14000, "exact", "in_russia", "nato", "pub",
          "'Die Nato geht von insgesamt … aus' (undated): sent since the autumn (a total, not an "
          "increment)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "pub",
          "'Einem Sprecher des US-Außenministeriums zufolge' (undated): still in Russia"),
    ),
)

S03 = Source(
    article_id="v155_03_mitgliederbrief_sielverband_wilster_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-01-23"),
    dated_by="sidecar",
    sidecar=(
        "Sielverband Wilstermarsch – Mitgliederbrief",
        "https://www.sielverband-wilstermarsch.example/mitgliederbrief/2025-01",
        "Pumpen, Gräben und ein Gruß nach Cherson",
    ),
    features="a drainage board's members' letter from Wilster in the Wilstermarsch (Holstein) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and a "
        "title without a figure; pumping stations, cubic metres, dues per hectare and ditches "
        "first; a pump attendant from Kherson relaying his brother-in-law in the Kursk region "
        "('Vorgestern habe ihm der Schwager geschrieben, erzählt Andrij') `rund fünfzig` "
        "fallen in two nights (approx with a number word, other, from two days before to "
        "publication); the letter's own `Tausende` gone to the Russian front (unattributed, "
        "required); 'Südkoreas Geheimdienst bezifferte … vergangene Woche' `300` dead and "
        "`2.700` wounded; Zelensky 'am 11. Januar' `zwei` captured (a number word); the White "
        "House 'Kurz vor Silvester, Ende Dezember' `mehr als 1.000` dead and wounded in seven "
        "days; a surveying intern from Gunsan 'hält es für wahrscheinlich' … 'auf `20.000` "
        "aufstockt' (raise to a new total: exact, planned, not an increment, other, `pub`); "
        "cubic metres, pumps, euros, kilometres, metres below sea level, dates, a phone number",
    text="""\
---
titel: Mitgliederbrief Januar 2025
verband: Sielverband Wilstermarsch
ort: Wilster
---

# Pumpen, Gräben und ein Gruß nach Cherson

Liebe Mitglieder,

nach dem nassen Dezember liefen unsere Schöpfwerke fast ohne Pause: Zusammen haben sie 2,4 \
Millionen Kubikmeter Wasser aus der Marsch in die Stör gehoben, an manchen Stellen liegt das Land \
drei Meter unter dem Meeresspiegel. Der Beitrag bleibt 2025 bei 31 Euro je Hektar, und bis Ende \
Februar werden 14 Kilometer Gräben gemäht. Für das Schöpfwerk Honigfleth haben wir im Dezember \
zwei neue Pumpen bestellt; sie kosten zusammen 380.000 Euro, die Hälfte trägt das Land.

Unser Maschinist Andrij Bojko, 45, war in Cherson Elektriker im Hafen. Sein Schwager liegt mit \
einer Infanteriebrigade im Gebiet Kursk. Vorgestern habe ihm der Schwager geschrieben, erzählt \
Andrij, in zwei Nächten seien vor ihrem Graben [[rund fünfzig]] Nordkoreaner gefallen. Andrij \
hält bei uns im Winter die Pumpen am Laufen, oft auch nachts.

Seit Oktober macht die Vermessungsingenieurin Lee Soo-ah, 33, aus Gunsan ein Praktikum bei uns \
und nimmt die Grabenprofile auf. Über ihre Heimat spricht sie ruhig. Sie hält es für \
wahrscheinlich, dass Pjöngjang seine Truppe in Russland bis zum Frühjahr auf [[20.000]] Mann \
aufstockt.

## Kurz gemeldet

Seit dem Herbst sind [[Tausende]] junge Männer aus dem Norden an die russische Front gezogen. \
Südkoreas Geheimdienst bezifferte ihre Verluste vergangene Woche auf [[300]] Tote und [[2.700]] \
Verwundete. Präsident Selenskyj hatte am 11. Januar gemeldet, seine Truppen hätten [[zwei]] \
verwundete Nordkoreaner gefangen genommen. Kurz vor Silvester, Ende Dezember, sprach das Weiße \
Haus von [[mehr als 1.000]] nordkoreanischen Toten und Verwundeten in nur sieben Tagen.

## Termine

- Verbandsversammlung am 27. Februar, 19 Uhr, Gasthof zur Marsch
- Grabenschau im April; Rückfragen unter 04823 94 61 20
""",
    claims=(
        C("rund fünfzig", 50, "approx", "casualties", "other", "2025-01-21..pub",
          "a pump attendant from Kherson relaying his brother-in-law in the Kursk region "
          "('Vorgestern habe ihm der Schwager geschrieben, erzählt Andrij', Konjunktiv; the "
          "speaker quoted: other): fallen in two nights (from two days before publication to "
          "publication, as in `corpus_blind150`; a number word)"),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "a surveying intern from Gunsan, 'Sie hält es für wahrscheinlich' (undated): 'bis "
          "zum Frühjahr auf 20.000 Mann aufstockt' (raise to a new total: planned, not an "
          "increment, as `auf 30.000 aufstocken` of `corpus_blind153`)"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing, no source (required): gone to the Russian front since the "
          "autumn"),
        C("300", 300, "exact", "casualties", "south_korea", "lastweek",
          "'Südkoreas Geheimdienst bezifferte ihre Verluste vergangene Woche': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "lastweek",
          "same statement: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'hatte am 11. Januar gemeldet', Konjunktiv: wounded North Koreans captured "
          "(a number word)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'Kurz vor Silvester, Ende Dezember, sprach das Weiße Haus' (day 21 to the month's "
          "end): dead and wounded in seven days (a counting period, not the claim date)"),
    ),
)

S04 = Source(
    article_id="v155_04_vermieterbrief_gaesteinfo_jachenau",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-05-02"),
    dated_by="sidecar",
    sidecar=(
        "Gästeinformation Jachenau – Vermieterbrief",
        "https://www.gaesteinfo-jachenau.example/vermieterbrief/mai-2025",
        "Vermieterbrief Mai 2025: Übernachtungen, Kurbeitrag und Wanderbus",
    ),
    features="the tourist information office's letter to holiday-flat hosts in the Jachenau "
        "(Isarwinkel, Upper Bavaria) as plain text, UTF-8 with BOM (sidecar, Friday), `„“` and "
        "`–`; overnight stays, hosts, the spa tax and the hikers' bus first; a chambermaid from "
        "Zaporizhzhia relaying her nephew near Belgorod ('Am Ostermontag habe ihr der Neffe "
        "geschrieben, erzählt Oksana') `einige hundert` in the villages behind the border "
        "(other, from Easter Monday, 21 April, to publication); a mountain guide from "
        "Gangneung 'sagte … er rechne damit' `bis zu 20.000` 'weitere' (at_most, increment, "
        "planned, other, `pub`); 'Nach Einschätzung des südkoreanischen Geheimdienstes, die am "
        "Mittwoch … vorgetragen wurde' `rund 600` fallen and, Konjunktiv carried, `4.700` dead "
        "and wounded together; Zelensky 'sagte am Dienstag' `rund 3.000` at the Belgorod "
        "border; 'Laut einer Sprecherin des Pentagons' `etwa 11.000` in Russia ('insgesamt': "
        "a total, `pub`); Russia's chief of staff 'Am vergangenen Samstag' `Tausende` who "
        "fought in Kursk (russia, vague, six days before publication); Russia's losses in "
        "April, overnight stays, per cent, euros, minutes, kilometres, ages, years, dates, a "
        "phone number",
    text="""\
Gästeinformation Jachenau – Vermieterbrief Mai 2025

Liebe Gastgeberinnen und Gastgeber,

der Winter ist abgerechnet: 2024 zählten unsere 87 Vermieterbetriebe 61.400 Übernachtungen, knapp \
vier Prozent mehr als im Jahr davor. Der Kurbeitrag steigt ab Juni auf 2,50 Euro pro Nacht. Der \
Wanderbus zum Walchensee fährt ab dem 17. Mai wieder alle 40 Minuten; bitte hängen Sie die neuen \
Fahrpläne in Ihren Ferienwohnungen aus.

Aus unseren Häusern

Viele von Ihnen kennen Oksana Melnyk, 58, die seit 2022 im Gasthaus an der Jachen die Zimmer \
herrichtet. In Saporischschja war sie Buchhalterin in einem Stahlwerk. Ihr Neffe dient bei einer \
Aufklärungseinheit an der Grenze zum Gebiet Belgorod. Am Ostermontag habe ihr der Neffe \
geschrieben, erzählt Oksana, auf der russischen Seite lägen jetzt [[einige hundert]] Nordkoreaner \
in den Dörfern hinter der Grenze.

Jedes Frühjahr wohnt bei Familie Rieder der Bergführer Jang Seok-jin, 49, aus Gangneung, der \
koreanische Gruppen auf den Hirschhörnlkopf führt. Beim Frühstück sagte er uns, er rechne damit, \
dass der Norden [[bis zu 20.000]] weitere Soldaten nachschickt, „solange Moskau dafür bezahlt“.

Was in den Nachrichten stand

Nach Einschätzung des südkoreanischen Geheimdienstes, die am Mittwoch Abgeordneten in Seoul \
vorgetragen wurde, sind [[rund 600]] Nordkoreaner gefallen. Die Zahl der Toten und Verwundeten \
zusammen belaufe sich auf [[4.700]]. Präsident Selenskyj sagte am Dienstag, [[rund 3.000]] \
Soldaten aus dem Norden stünden inzwischen auch an der Grenze zum Gebiet Belgorod. Laut einer \
Sprecherin des Pentagons halten sich insgesamt weiterhin [[etwa 11.000]] in Russland auf. Am \
vergangenen Samstag hatte Russlands Generalstabschef erstmals öffentlich eingeräumt, dass \
[[Tausende]] Kämpfer aus dem Norden im Gebiet Kursk im Einsatz waren; Pjöngjang bestätigte das \
zwei Tage später. Die russische Armee hat im April laut ukrainischem Generalstab über 35.000 \
Soldaten verloren.

Termine
– Gastgeberstammtisch am 14. Mai um 19 Uhr im Gasthof zur Post
– Bestellung der Sommerprospekte bis 31. Mai unter 08043 91 12 70
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "2025-04-21..pub",
          "a chambermaid from Zaporizhzhia relaying her nephew at the Belgorod border ('Am "
          "Ostermontag habe ihr der Neffe geschrieben, erzählt Oksana'; the speaker quoted: "
          "other): in the villages behind the border (from Easter Monday, 21 April, as `Am "
          "Ostermontag` of earlier sets, to publication)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "a mountain guide from Gangneung, 'Beim Frühstück sagte er uns, er rechne damit' "
          "(undated): 'weitere' soldiers to be sent (increment, planned)", add=True),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'Nach Einschätzung des südkoreanischen Geheimdienstes, die am Mittwoch … vorgetragen "
          "wurde' (the relative clause dates it: 30 April): fallen"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "wed",
          "same briefing, Konjunktiv carried ('belaufe sich'): dead and wounded together"),
        C("rund 3.000", 3000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'sagte am Dienstag' (29 April), Konjunktiv: at the border of the Belgorod "
          "region"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Laut einer Sprecherin des Pentagons' (undated): in Russia ('insgesamt weiterhin': a "
          "total, not an increment)"),
        C("Tausende", None, "vague", "near_front", "russia", "sat",
          "Russia's chief of the general staff 'Am vergangenen Samstag' (26 April, six days "
          "before the Friday of publication): fighters from the North in action in the Kursk "
          "region"),
    ),
)

S05 = Source(
    article_id="v155_05_kundenbrief_landtechnik_beidenfleth_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-08-21"),
    dated_by="sidecar",
    sidecar=(
        "Landtechnik Stör-Marsch Beidenfleth – Kundenbrief",
        "https://www.landtechnik-stoer-marsch.example/kundenbrief/august-2025",
        "Ernte in der Marsch: Häcksler laufen, Werkstatt voll",
    ),
    features="a farm machinery dealer's customer letter from Beidenfleth in the Wilstermarsch "
        "(Holstein) in HTML, windows-1252 with a `<meta http-equiv>` charset and raw `„“`, `·` "
        "and `–`, no meta date (sidecar, Thursday), a cookie note about the service calendar, "
        "a script, navigation, a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; combines, the emergency service, horsepower and a discount "
        "first; a mechanic from Mykolaiv relaying his cousin, a deminer ('Am Sonntag habe der "
        "Cousin angerufen, berichtet Serhij') `an die tausend` Korean sappers on the Russian "
        "side (approx with a number word, other, from Sunday to publication); an intern from "
        "Gimje 'glaubt' `über 30.000` in Russia in the end (at_least, planned, other, `pub`); "
        "the NIS 'teilte Anfang August mit' `rund 5.000` military builders set on the march "
        "(in Russia, days 1-10) and sentence-initial `Einige hundert` deminers already at "
        "work in the border area ('hieß es weiter'); Russian state television 'am Montag' "
        "`Dutzende` sappers welcomed in Kursk (russia); KCNA 'vergangene Woche' `101` fallen "
        "honoured (north_korea, casualties); Kyiv's military intelligence 'warnte am Freitag' "
        "`25.000 bis 30.000` 'zusätzliche' by the year's end (range, increment, planned); "
        "Russia's monthly recruits, combines, weekends, horsepower, per cent, euros, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Kundenbrief August – Landtechnik Stör-Marsch Beidenfleth</title>
<script>var service = {notdienst: true, hotline: "04829 90 18 33", wochenende: "Sa 8-12"};</script>
</head>
<body>
<div id="cookie">Unser Servicekalender speichert per Cookie, welche Maschine Sie zuletzt zur \
Durchsicht angemeldet haben. <a href="#">Einverstanden</a> · <a href="#">Ablehnen</a></div>
<nav><a href="/">Start</a> · <a href="/werkstatt">Werkstatt</a> · <a \
href="/ersatzteile">Ersatzteile</a> · <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Ernte in der Marsch: Häcksler laufen, Werkstatt voll</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>das Gras ist eingefahren, jetzt kommt der Mais. Seit Juli hat unsere Werkstatt am Deich 37 \
Mähdrescher und Feldhäcksler für die Saison fertig gemacht, und der Notdienst war an 19 \
Wochenenden besetzt. Auf Ersatzteile für Schlepper bis 120 PS gibt es im September 12 Prozent \
Nachlass; der neue Mietanhänger kostet 45 Euro am Tag.</p>
<h2>Serhij aus Mykolajiw</h2>
<p>Seit dem Frühjahr schraubt Serhij Tkatschenko, 39, in unserer Werkstatt. In Mykolajiw hat er \
die Mähdrescher einer großen Agrarholding gewartet. Sein Cousin räumt im Gebiet Sumy Minen. Am \
Sonntag habe der Cousin angerufen, berichtet Serhij: Auf der russischen Seite arbeiteten seit dem \
Frühsommer [[an die tausend]] nordkoreanische Pioniere, nachts höre man ihre Sprengungen bis \
herüber.</p>
<h2>Ein Praktikant aus Gimje</h2>
<p>Bis Oktober lernt Ryu Seong-min, 24, bei uns, wie man einen Häcksler richtig einstellt. Er \
studiert Agrartechnik in Kiel und stammt aus Gimje, der Reiskammer Koreas. Er glaubt, dass \
Pjöngjang am Ende [[über 30.000]] Mann in Russland stehen haben wird. „Für Kim ist das ein Handel \
mit Menschen“, sagt er.</p>
<h2>Aus den Nachrichten</h2>
<p>Der südkoreanische Geheimdienst teilte Anfang August mit, Pjöngjang habe [[rund 5.000]] \
Militärbauarbeiter in Marsch gesetzt, um im Gebiet Kursk Straßen und Brücken wiederaufzubauen. \
[[Einige hundert]] Minenräumer aus dem Norden arbeiteten bereits im Grenzgebiet, hieß es weiter. \
Das russische Staatsfernsehen zeigte am Montag, wie [[Dutzende]] nordkoreanische Pioniere in \
Kursk mit Blumen empfangen wurden. Die Nachrichtenagentur KCNA meldete vergangene Woche, Kim Jong \
Un habe den Familien von [[101]] Gefallenen Orden überreicht. Kiews Militärgeheimdienst warnte am \
Freitag, der Norden könne bis Jahresende [[25.000 bis 30.000]] zusätzliche Soldaten schicken. \
Russland selbst wirbt nach ukrainischen Angaben jeden Monat rund 30.000 Freiwillige an.</p>
</main>
<footer>Landtechnik Stör-Marsch GmbH · Dorfstraße 12 · 25573 Beidenfleth · Tel. 04829 90 18 33 · \
<a href="/impressum">Impressum</a></footer>
<script src="/js/servicekalender.js"></script>
</body>
</html>
""",
    claims=(
        C("an die tausend", 1000, "approx", "near_front", "other", "sun..pub",
          "a mechanic from Mykolaiv relaying his cousin, a deminer in the Sumy region ('Am "
          "Sonntag habe der Cousin angerufen, berichtet Serhij', Konjunktiv; the speaker quoted: "
          "other): sappers at work on the Russian side (from Sunday, 17 August, to publication; "
          "'an die' with a number word as approx)"),
        C("über 30.000", 30000, "at_least", "planned", "other", "pub",
          "an intern from Gimje, 'Er glaubt' (undated): in Russia in the end (a forecast: "
          "planned)"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-08-01..2025-08-10",
          "the NIS 'teilte Anfang August mit' (days 1-10), Konjunktiv: military builders set on "
          "the march to rebuild the Kursk region (sent: in Russia; no 'weitere': not an "
          "increment)"),
        C("Einige hundert", None, "vague", "near_front", "south_korea",
          "2025-08-01..2025-08-10",
          "same statement, 'hieß es weiter' (sentence-initial figure, the claimant carried): "
          "deminers already at work in the border area"),
        C("Dutzende", None, "vague", "near_front", "russia", "mon",
          "Russian state television 'zeigte am Montag' (18 August): sappers welcomed in Kursk"),
        C("101", 101, "exact", "casualties", "north_korea", "lastweek",
          "North Korea's state news agency KCNA 'meldete vergangene Woche': the families of the "
          "fallen decorated"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "fri",
          "Kyiv's military intelligence 'warnte am Freitag' (15 August): 'zusätzliche' soldiers "
          "the North could send by the year's end (range, increment, planned)", add=True),
    ),
)

S06 = Source(
    article_id="v155_06_jahresbrief_kraeuter_lumnezia_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-10-24"),
    dated_by="front_matter", crlf=True,
    features="the annual letter of an alpine herb growers' co-operative from Vrin in the Val "
        "Lumnezia (Surselva, Graubünden) in Markdown, windows-1252 with CRLF, front matter "
        "with `date:` (Friday) and a title without a figure; Swiss conventions (`ss`, «», "
        "`61'000`, `18'000`, `11'000`, `5'000`, `2'000`, `12'000`, `6'000`, `8'000`, "
        "`880'000`); tonnes of dried herbs, francs and an outing first; a pharmacist from "
        "Cherkasy quoting her brother «Am Mittwoch hat er mir geschrieben, drüben seien wieder "
        "`Hunderte` …», 'erzählt sie' (other, from Wednesday to publication); a botanist from "
        "Jeju «… `über 18'000` … in Russland gewesen», 'sagt er' (at_least, other, `pub`); "
        "'Nach Angaben des südkoreanischen Nachrichtendienstes, der am Montag das Parlament … "
        "unterrichtete' `rund 11'000` in Russia, 'weitere' `5'000` builders on their way "
        "(increment, in Russia) and `etwa 2'000` fallen, Konjunktiv over three sentences; 'Aus "
        "Washington hiess es vergangene Woche' `höchstens 12'000` (at_most); 'Nach Schätzungen "
        "der Nato' `zwischen 6'000 und 8'000` in the Kursk border area (range, `pub`); "
        "Ukraine's own army, growers, tonnes, francs, participants, metres, ages, dates, a "
        "phone number",
    text="""\
---
title: "Jahresbrief der Bergkräuter-Genossenschaft Lumnezia"
date: 2025-10-24
genossenschaft: Bergkräuter Lumnezia, Vrin
---

# Nach der Ernte: Thymian, Minze und Post aus der Ukraine

Liebe Genossenschafterinnen und Genossenschafter

Die Saison ist vorbei, die Trocknerei in Vrin steht still. Unsere 14 Betriebe zwischen Lumbrein \
und Vrin haben diesen Sommer 2,8 Tonnen getrocknete Kräuter abgeliefert, so viel wie noch nie. \
Der Verkauf an eine Teemischerei im Unterland brachte 61'000 Franken, und die Wanderung der \
Genossenschaft auf die Greina war mit 38 Teilnehmenden ausgebucht. Die neuen Felder auf 1'500 \
Metern haben den Frost im Juni gut überstanden.

Beim Schneiden der Pfefferminze half uns im Juli und August Iryna Bondarenko, 33, Apothekerin aus \
Tscherkassy. Ihr Bruder fährt einen Panzer im Gebiet Sumy. «Am Mittwoch hat er mir geschrieben, \
drüben seien wieder [[Hunderte]] Nordkoreaner aufgetaucht», erzählt sie. Seither schaue sie jede \
Stunde aufs Telefon.

Einen Monat lang wohnte im Dorf auch der Botaniker Kim Tae-yang, 44, aus Jeju, der die Alpenflora \
mit jener seines Hallasan vergleicht. «Ich denke, es sind inzwischen [[über 18'000]] Männer aus \
dem Norden in Russland gewesen», sagt er.

## Aus der Welt

Nach Angaben des südkoreanischen Nachrichtendienstes, der am Montag das Parlament in Seoul \
unterrichtete, stehen noch [[rund 11'000]] Nordkoreaner in Russland. Seit September seien weitere \
[[5'000]] Militärbauarbeiter auf dem Weg dorthin. Die Zahl der Gefallenen liege inzwischen bei \
[[etwa 2'000]]. Aus Washington hiess es vergangene Woche, man gehe von [[höchstens 12'000]] aus. \
Nach Schätzungen der Nato halten sich [[zwischen 6'000 und 8'000]] weiterhin im Grenzgebiet zu \
Kursk auf. Die ukrainischen Streitkräfte selbst zählen nach eigenen Angaben rund 880'000 Mann.

## Agenda

- Generalversammlung: Samstag, 15. November, 14 Uhr, Mehrzweckhalle Vella
- Bestellungen für den Wintertee bis 30. November an Gion Casanova, 081 931 27 54

Mit herzlichen Grüssen
Der Vorstand
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "wed..pub",
          "a pharmacist from Cherkasy quoting her brother, a tank driver in the Sumy region "
          "(«Am Mittwoch hat er mir geschrieben …», 'erzählt sie'; the speaker quoted: other): "
          "turned up across the border (from Wednesday, 22 October, to publication)"),
        C("über 18'000", 18000, "at_least", "in_russia", "other", "pub",
          "a botanist from Jeju, «…», 'sagt er' (undated): have been in Russia"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Nach Angaben des südkoreanischen Nachrichtendienstes, der am Montag das Parlament … "
          "unterrichtete' (the relative clause dates it: 20 October): still in Russia"),
        C("5'000", 5000, "exact", "in_russia", "south_korea", "mon",
          "same briefing, Konjunktiv carried: 'weitere' military builders on their way "
          "(increment; on their way: in Russia, as in `corpus_blind153`)", add=True),
        C("etwa 2'000", 2000, "approx", "casualties", "south_korea", "mon",
          "same briefing, the Konjunktiv carried into a third sentence ('liege'): fallen"),
        C("höchstens 12'000", 12000, "at_most", "in_russia", "united_states", "lastweek",
          "'Aus Washington hiess es vergangene Woche': in Russia ('höchstens' as at_most)"),
        C("zwischen 6'000 und 8'000", None, "range", "near_front", "nato", "pub",
          "'Nach Schätzungen der Nato' (undated): in the border area of Kursk (the span takes "
          "'zwischen')"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bamfield, Lasqueti Island, Tybee Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v155_07_bamfield_wire_trail_opening",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-18"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the opening of the West Coast Trail at Bamfield "
        "(Vancouver Island, British Columbia) as plain text, UTF-8 with CRLF, slug line, byline "
        "and dateline 'BAMFIELD, British Columbia, June 18, 2025 (Coastal Press Service) –' "
        "(Wednesday), curly quotes; the headline's `5,000` from Shoigu's Tuesday in Pyongyang "
        "(russia, Tuesday to publication); hikers, kilometres, permits and a pack first; a nurse "
        "from Suwon `well over 15,000` (at_least, other, `pub`); a carpenter from Bila Tserkva "
        "relaying his brother-in-law ('told him by phone on Saturday') `dozens` digging in across "
        "the border (other, from Saturday to publication); Shoigu 'told reporters in Pyongyang on "
        "Tuesday' `1,000` specialists in mine clearance and `5,000` army construction troops to "
        "be dispatched (planned, no increment); the NIS 'had estimated last week' `some 5,000` "
        "killed and wounded; Budanov 'put the number … at' `about 11,000` 'in an interview "
        "published on Monday'; 'At a State Department briefing on Thursday' `thousands` 'more' "
        "(vague, increment, planned); hikers, kilometres, days, dollars, kilograms, shipwrecks, "
        "ages, years, a desk phone number",
    text="""\
TRAIL-CANADA/KOREA

At the West Coast Trail, hikers trade news of the [[5,000]] builders Moscow says Kim will send

By Marguerite Olsen

BAMFIELD, British Columbia, June 18, 2025 (Coastal Press Service) – The West Coast Trail reopened \
for the season on Sunday, and by Tuesday evening 214 hikers had signed in at the Pachena Bay \
trailhead south of this fishing village, park staff said. Most take six or seven days for the \
75-kilometre route of ladders, cable cars and surge channels; an overnight permit costs $127.50.

Among those waiting for the safety talk was Oh Seung-hee, 31, a nurse from Suwon who has worked \
in Victoria for three years and follows the news from Korea closely. “My feeling is it’s [[well \
over 15,000]] by now, whatever anyone says,” she said, shouldering a 20-kilogram pack.

Dmytro Kulyk, 38, a carpenter from Bila Tserkva who now builds boardwalk sections for the park, \
said his brother-in-law, a drone operator in the Sumy region, told him by phone on Saturday that \
[[dozens]] of North Koreans had been seen digging in across the border.

The news they were trading came from far away. Sergei Shoigu, who heads Russia’s Security \
Council, told reporters in Pyongyang on Tuesday that Kim had agreed to dispatch [[1,000]] \
specialists in mine clearance along with [[5,000]] army construction troops for the rebuilding of \
Kursk. South Korea’s National Intelligence Service had estimated last week that the North had \
lost [[some 5,000]] killed and wounded since the autumn. Kyiv’s military intelligence chief, \
Kyrylo Budanov, put the number still in Russia at [[about 11,000]] in an interview published on \
Monday.

At a State Department briefing on Thursday, a deputy spokesman said Washington would “not be \
surprised” to see [[thousands]] more follow.

The trail, built in 1907 as a lifesaving route after dozens of shipwrecks on this coast, now \
draws about 7,500 hikers a summer. Rangers pulled 41 people off it by boat or helicopter last \
year, most with sprained ankles.

(Reporting by Marguerite Olsen; editing by Tom Reyes; desk +1 250 555 0148)
""",
    claims=(
        C("5,000", 5000, "exact", "planned", "russia", "tue..pub",
          "headline: Shoigu's figure of the body ('told reporters in Pyongyang on Tuesday', 17 "
          "June), Tuesday to publication: builders to be sent"),
        C("well over 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a nurse from Suwon, a quote and 'she said' (undated): sent by now ('well over' as "
          "at_least)"),
        C("dozens", None, "vague", "near_front", "other", "sat..pub",
          "a carpenter from Bila Tserkva relaying his brother-in-law, a drone operator in the "
          "Sumy region ('told him by phone on Saturday'; the speaker quoted: other): digging in "
          "across the border (from Saturday, 14 June, to publication)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'told reporters in Pyongyang on Tuesday' (17 June): specialists in mine "
          "clearance to be dispatched (planned)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same statement: army construction troops to be dispatched (no 'more': not an "
          "increment)"),
        C("some 5,000", 5000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'had estimated last week': killed and wounded since the autumn"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "Budanov 'put the number still in Russia at … in an interview published on Monday' "
          "(16 June)"),
        C("thousands", None, "vague", "planned", "united_states", "thu",
          "'At a State Department briefing on Thursday' (12 June), a deputy spokesman: "
          "'thousands more follow' (vague, increment, planned)", add=True),
    ),
)

S08 = Source(
    article_id="v155_08_free_store_notes_lasqueti_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-04"),
    dated_by="front_matter",
    features="the free store volunteers' notes from Lasqueti Island (Salish Sea, British "
        "Columbia) in Markdown, UTF-8 with curly quotes, front matter with `date:` "
        "(Wednesday) and a title repeating the headline (optional); the headline's `10,000` "
        "from Rutte's statement of last week (hedge dropped, `lastweek`); items, tonnes, a "
        "woodstove and a solar panel first; a retired ceramics teacher from Gongju 'figures' "
        "`close to 12,000` (approx, other, `pub`); a retired ship's mechanic from Berdyansk "
        "relaying his son ('On Sunday, Serhiy said, the son told him') `a few hundred` cut "
        "down crossing a field (other, casualties, from Sunday to publication); a Pentagon "
        "spokesman 'said on Monday' `about 11,000` in Kursk; Rutte 'told reporters last week' "
        "`more than 10,000`; the NIS 'on November 27' `around 3,000` 'more' being readied "
        "(increment, planned); Zelensky 'in an interview aired on Friday' the number 'could "
        "grow to' `100,000` (a new total: exact, planned, not an increment); Russia's losses "
        "in November, items, tonnes, watts, ages, years, hours",
    text="""\
---
title: "Coats, kettles and NATO's count of [[10,000]] sent"
date: 2024-12-04
author: Lasqueti Free Store volunteers
---

# Coats, kettles and NATO’s count of [[10,000]] sent

The free store behind the community hall had its busiest November yet. Volunteers logged about \
1,400 items going out the door, from rubber boots to a cast-iron woodstove that took four of us \
to lift onto a truck, and we reckon close to 3 tonnes of stuff stayed off the barge to the \
landfill. The lights in the sorting shed work again, thanks to Arno and a spare 200-watt panel.

## Who was sorting

Baek Hye-won, 57, a retired ceramics teacher from Gongju, spends her winters in a cabin above \
False Bay and looks after the kitchenware shelf. Sorting teacups, she said the news from Russia \
brought back her grandfather’s stories of 1950. She figures Pyongyang has sent [[close to \
12,000]] men by now.

Serhiy Marchenko, 61, a retired ship’s mechanic from Berdyansk who lives at the north end, keeps \
the tool corner in order. His son serves with an artillery battery in the Kursk region. On \
Sunday, Serhiy said, the son told him over a shaky video call that [[a few hundred]] North \
Koreans had been cut down while crossing an open field.

## From the radio

A Pentagon spokesman said on Monday that [[about 11,000]] North Korean troops were now in the \
Kursk region, some of them already in combat. NATO Secretary General Mark Rutte told reporters \
last week that [[more than 10,000]] had been sent to Russia. South Korea’s spy agency told \
lawmakers on November 27 that [[around 3,000]] more were being readied for departure. President \
Zelensky said in an interview aired on Friday that the number could grow to [[100,000]]. Kyiv \
says Russia itself lost more than 45,000 soldiers in November alone.

## Hours

- Open Wednesdays and Saturdays, 11 to 2; please no mattresses
- Drop-offs after the Tuesday passenger ferry are fine; leave boxes under the eaves
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "nato", "lastweek",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "in_russia", "nato", "lastweek",
          "headline: Rutte's figure of the body ('told reporters last week'), hedge dropped: "
          "sent to Russia"),
        C("close to 12,000", 12000, "approx", "in_russia", "other", "pub",
          "a retired ceramics teacher from Gongju, 'She figures' (undated): sent by now ('close "
          "to' as approx)"),
        C("a few hundred", None, "vague", "casualties", "other", "sun..pub",
          "a retired ship's mechanic from Berdyansk relaying his son in the Kursk region ('On "
          "Sunday, Serhiy said, the son told him'; the speaker quoted: other): cut down crossing "
          "a field (from Sunday, 1 December, to publication)"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "a Pentagon spokesman 'said on Monday' (2 December): in the Kursk region"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'told reporters last week': sent to Russia"),
        C("around 3,000", 3000, "approx", "planned", "south_korea", "2024-11-27",
          "South Korea's spy agency 'told lawmakers on November 27': 'more' being readied for "
          "departure (increment, planned)", add=True),
        C("100,000", 100000, "exact", "planned", "ukraine", "fri",
          "Zelensky 'in an interview aired on Friday' (29 November): the number 'could grow to' "
          "(a new total: planned, not an increment, as `auf 30.000 aufstocken` of "
          "`corpus_blind153`)"),
    ),
)

S09 = Source(
    article_id="v155_09_fishing_report_tybee_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-04-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Back River Bait & Tackle – Fishing Report",
        "https://www.backriverbait.example/report/2025-04-11",
        "Whiting on the beach, sheepshead at the pier",
    ),
    features="a bait and tackle shop's fishing report from Tybee Island (Georgia) in Markdown, "
        "windows-1252 with CRLF (curly quotes and apostrophes raw), front matter without a "
        "date (sidecar, Friday) and a title without a figure; water temperature, the pier, "
        "fiddler crabs and a redfish first; a charter mate from Odesa relaying his cousin "
        "('Last Friday, Oleksandr told us, the cousin texted him') `a hundred or so` back in "
        "the line (approx with a number word, other, the Friday a week before to publication); "
        "a pastor from Pooler 'expects' `as many as 18,000` in all by summer (at_most, "
        "planned, other, `pub`); 'By most accounts' `thousands` lost (unattributed, vague, "
        "casualties); South Korea's military 'in mid-March' `at least 3,000` 'reinforcements' "
        "(increment, in Russia, days 11-20); Zelensky 'On Tuesday' … 'in the same address' "
        "`about 4,000` still fighting in Kursk (Chinese prisoners and fighters are not "
        "claims); a US intelligence assessment 'reported … on Wednesday' `more than 4,000` "
        "casualties; degrees, feet, dollars, inches, ages, hours, a phone number",
    text="""\
---
title: Fishing Report, second week of April
shop: Back River Bait & Tackle
---

# Whiting on the beach, sheepshead at the pier

Water temperature at the pier hit 68 degrees on Wednesday, and the whiting have moved onto the \
south end beach in numbers. Fish the last two hours of the incoming tide with fresh shrimp on a \
double-drop rig. Sheepshead are stacked around the pilings of the 700-foot pier; fiddler crabs \
are $4 a dozen and we will have them every morning through May. The biggest redfish on our scale \
this week went 27 inches, caught by an 11-year-old from Pooler.

## Around the counter

Oleksandr Petrenko, 34, who mates on a charter boat out of Lazaretto Creek, learned to fish on \
the Dniester estuary near Odesa. His cousin is a marine on the Kursk front. Last Friday, \
Oleksandr told us, the cousin texted him that [[a hundred or so]] North Koreans had come back \
into the line across from his company.

Our Saturday regular Yoo Jae-sung, 62, pastor of a Korean congregation in Pooler, has his own \
view of the numbers. He expects the North to have sent [[as many as 18,000]] men in all by summer.

## The news, briefly

By most accounts North Korea has lost [[thousands]] of men in Russia. South Korea’s military said \
in mid-March that [[at least 3,000]] reinforcements had arrived in Russia during January and \
February. On Tuesday President Zelensky said his troops had captured two Chinese citizens \
fighting for Russia and that 155 Chinese nationals were serving in the Russian ranks; in the same \
address he put the number of North Koreans still fighting in the Kursk region at [[about 4,000]]. \
A US intelligence assessment reported by news agencies on Wednesday put North Korean casualties \
at [[more than 4,000]].

## Shop hours

- Open 6 am to 7 pm daily, 5 am on Saturdays
- Live bait hotline: 912-555-0193
""",
    claims=(
        C("a hundred or so", 100, "approx", "near_front", "other", "2025-04-04..pub",
          "a charter mate from Odesa relaying his cousin, a marine on the Kursk front ('Last "
          "Friday, Oleksandr told us, the cousin texted him'; the speaker quoted: other): back in "
          "the line (`Last Friday` in a Friday report is the Friday a week before, 4 April, as "
          "in earlier sets, to publication; 'or so' after a number word as approx)"),
        C("as many as 18,000", 18000, "at_most", "planned", "other", "pub",
          "a pastor from Pooler, 'He expects' (undated): sent in all by summer (a forecast: "
          "planned; 'in all': a total, not an increment)"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "'By most accounts' (no source named: unattributed, required): men lost in Russia"),
        C("at least 3,000", 3000, "at_least", "in_russia", "south_korea",
          "2025-03-11..2025-03-20",
          "South Korea's military 'said in mid-March' (days 11-20): 'reinforcements' arrived "
          "in Russia (increment)", add=True),
        C("about 4,000", 4000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'On Tuesday' (8 April) … 'in the same address he put the number … at': "
          "still fighting in the Kursk region"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "wed",
          "a US intelligence assessment 'reported by news agencies on Wednesday' (9 April): "
          "casualties"),
    ),
)

S10 = Source(
    article_id="v155_10_letters_lasqueti_lantern",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-02-13"),
    dated_by="sidecar",
    sidecar=(
        "The Lasqueti Lantern – Letters",
        "https://www.lasquetilantern.example/letters/2025-02-13",
        "Letters: what the numbers leave out, and fix the float first",
    ),
    features="a readers' letters page from a Lasqueti Island newsletter (British Columbia) as "
        "plain text, UTF-16 LE with BOM (sidecar, Thursday), `–`; a reader relaying her "
        "nephew, a medic near Sudzha ('He phoned me on Tuesday night. By his count, …') "
        "`thirty` dead (a number word, other, from Tuesday to publication); a reader answering "
        "the newsletter's own issue ('your January issue said') `15,000` fighting in Kursk "
        "(unattributed, required, January), Zelensky 'himself said on Friday' `fewer than "
        "8,000` near the front (at_most) and Seoul's spy agency 'said last week' `some 3,000` "
        "wounded; a reader relaying her father-in-law from Incheon ('He believes') 'another' "
        "`10,000` by summer (increment, planned, other, `pub`) and NATO 'as quoted on the CBC "
        "on Monday' `over 12,000` in Russia; a letter on the ferry float without a claim; "
        "years, signatures, dollars",
    text="""\
THE LASQUETI LANTERN – LETTERS

What the numbers leave out

Editor, my nephew is a medic with a brigade near Sudzha. He phoned me on Tuesday night. By his \
count, [[thirty]] North Koreans died in the snow in front of his aid post after one attack. The \
numbers on the radio are easy to say. He has to carry them. He is twenty-four, and last spring he \
was still studying to be a vet in Bila Tserkva.
Olha Tkachuk, Scottie Bay

Editor, your January issue said [[15,000]] North Koreans were fighting in Kursk. I doubt it. \
Zelensky himself said on Friday that [[fewer than 8,000]] were still near the front, and Seoul’s \
spy agency said last week that [[some 3,000]] wounded were being treated in Russian hospitals. \
Let us get the numbers right, or leave them out.
Ian Whitcombe, False Bay

Editor, my father-in-law taught history in Incheon for thirty years. He believes Kim will send \
another [[10,000]] by summer, and NATO, as quoted on the CBC on Monday, already counts [[over \
12,000]] in Russia.
Dana Morrow (née Seo), Boat Cove

Fix the float first

Editor, the float at False Bay has listed since the November storm. Forty-two of us signed the \
letter to the regional district. Before anyone spends $18,000 on a new shelter, please fix the \
float.
Bert Ingram, Lennie’s Lagoon

Soup night, thank you

Editor, twenty-six of us came to the soup night at the hall on the last Saturday of January, and \
the kitchen crew fed everyone for a $5 donation. The new panels on the roof kept the lights and \
the urn going all evening. Ruth’s leek soup ran out first. More of this, please.
Maggie Lund, Squitty Bay
""",
    claims=(
        C("thirty", 30, "exact", "casualties", "other", "tue..pub",
          "a reader relaying her nephew, a medic near Sudzha ('He phoned me on Tuesday night. "
          "By his count, …'; the speaker quoted: other): died after one attack (from Tuesday, "
          "11 February, to publication; a number word)"),
        C("15,000", 15000, "exact", "near_front", "unattributed", "2025-01-01..2025-01-31",
          "the newsletter's own January issue as cited by a reader ('your January issue said'; "
          "unattributed, required, the month, as `your September issue said` of earlier sets): "
          "fighting in Kursk"),
        C("fewer than 8,000", 8000, "at_most", "near_front", "ukraine", "fri",
          "'Zelensky himself said on Friday' (7 February): still near the front ('fewer than' "
          "as at_most)"),
        C("some 3,000", 3000, "approx", "casualties", "south_korea", "lastweek",
          "'Seoul's spy agency said last week': wounded treated in Russian hospitals"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a reader relaying her father-in-law, a history teacher from Incheon ('He believes', "
          "undated; the speaker quoted: other): 'another' before the figure (increment, "
          "planned)", add=True),
        C("over 12,000", 12000, "at_least", "in_russia", "nato", "mon",
          "'NATO, as quoted on the CBC on Monday' (10 February): in Russia"),
    ),
)

S11 = Source(
    article_id="v155_11_wharfinger_notes_bamfield_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Bamfield Harbour Authority – Wharfinger's Notes",
        "https://www.bamfieldharbour.example/notes/september-2025",
        "End of summer on the floats",
    ),
    features="the wharfinger's notes of the Bamfield harbour authority (Barkley Sound, Vancouver "
        "Island) in HTML, UTF-8 with BOM, no meta date (sidecar, Wednesday), a cookie note about "
        "the moorage calculator, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&ndash;`, `&middot;`), a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; visiting boats, litres of diesel, a float's metres and "
        "moorage first; a retired harbour pilot from Tongyeong 'reckons' `north of 20,000` "
        "(at_least, other, `pub`); a dockhand from Kharkiv relaying her uncle ('On Sunday he told "
        "her by phone …, she said') `maybe two hundred` shelling across the border (approx with a "
        "number word, other, from Sunday to publication); 'Lawmakers briefed on Thursday by South "
        "Korea's National Intelligence Service said' `about 2,000` dead and sentence-initial "
        "'Another' `3,000` being trained, 'according to the same lawmakers' (south_korea; "
        "increment, planned); the acting governor of the Kursk region 'said on Monday' `about "
        "1,500` builders (russia, near the front); KCNA 'reported on Saturday' the ashes of "
        "`nine` (north_korea, casualties; the 100 days are not a claim); the State Department "
        "'said on Friday' `roughly 11,000`; boats, litres, metres, dollars, days, ages, years, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Wharfinger&rsquo;s Notes &ndash; Bamfield Harbour Authority</title>
<script>window.moorage = {ratePerFoot: 1.2, currency: "CAD", transient: true};</script>
</head>
<body>
<div class="cookie-bar">This site keeps one cookie so the moorage calculator remembers your boat \
length. <button>Got it</button></div>
<nav><a href="/">Home</a> | <a href="/moorage">Moorage</a> | <a href="/fuel">Fuel</a> | <a \
href="/notes">Wharfinger&rsquo;s notes</a></nav>
<article>
<h1>End of summer on the floats</h1>
<p>August was the busiest month on the east and west side floats since the authority took over \
the harbour in 2009: 118 visiting boats, 14,600 litres of diesel pumped, and a 90-metre float \
that needs three new stringers before the winter gales. Transient moorage stays at $1.20 a foot \
per night. Please keep the fish-cleaning table clear of crab shells.</p>
<h2>Two visitors, two countries</h2>
<p>The ketch <em>Haenyeo</em> from Tongyeong spent three nights on the west side float, sailed by \
Park Dong-hyun, 66, and his wife on their way around the Pacific. Mr. Park, a retired harbour \
pilot, reckons &ldquo;[[north of 20,000]]&rdquo; of the North&rsquo;s soldiers have passed \
through Russia since last year.</p>
<p>Our summer dockhand, Anastasiia Lysenko, 20, came from Kharkiv to study marine biology at the \
field station across the inlet. Her uncle drives an evacuation truck near Sumy. On Sunday he told \
her by phone that North Korean gun crews, [[maybe two hundred]] men, had been shelling the \
villages from across the border, she said.</p>
<h2>Heard on the radio</h2>
<p>Lawmakers briefed on Thursday by South Korea&rsquo;s National Intelligence Service said \
[[about 2,000]] of Kim&rsquo;s troops had now died in the fighting. Another [[3,000]] were being \
trained for deployment, according to the same lawmakers. The acting governor of Russia&rsquo;s \
Kursk region said on Monday that [[about 1,500]] North Korean builders were restoring bridges and \
roads there. North Korea&rsquo;s state news agency reported on Saturday that a combat engineer \
unit had come home after more than 100 days in Kursk, carrying the ashes of [[nine]] comrades. \
The State Department said on Friday it had no reason to revise its estimate of [[roughly 11,000]] \
North Koreans in Russia.</p>
</article>
<footer>Bamfield Harbour Authority &middot; Bamfield, BC V0R 1B0 &middot; 250-555-0133 &middot; \
<a href="/privacy">Privacy</a></footer>
<script src="/js/moorage.js"></script>
</body>
</html>
""",
    claims=(
        C("north of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a retired harbour pilot from Tongyeong, 'reckons' (undated): rotated through Russia "
          "('north of' as at_least, as in earlier sets)"),
        C("maybe two hundred", 200, "approx", "near_front", "other", "sun..pub",
          "a dockhand from Kharkiv relaying her uncle near Sumy ('On Sunday he told her by phone "
          "…, she said'; the speaker quoted: other): shelling the villages from across the "
          "border (from Sunday, 7 September, to publication; 'maybe' as approx, as `maybe a "
          "thousand` of `corpus_blind153`)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'Lawmakers briefed on Thursday by South Korea's National Intelligence Service said' (4 "
          "September; the NIS's figure, as in `corpus_blind154`): died in the fighting"),
        C("3,000", 3000, "exact", "planned", "south_korea", "thu",
          "same briefing, 'according to the same lawmakers': sentence-initial 'Another' "
          "before the figure being trained for deployment (increment, planned)", add=True),
        C("about 1,500", 1500, "approx", "near_front", "russia", "mon",
          "the acting governor of the Kursk region 'said on Monday' (8 September): builders "
          "restoring bridges and roads there"),
        C("nine", 9, "exact", "casualties", "north_korea", "sat",
          "North Korea's state news agency 'reported on Saturday' (6 September): the ashes of "
          "comrades brought home (a number word; the unit's 100 days are not a claim)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "fri",
          "'The State Department said on Friday' (5 September): its estimate unchanged"),
    ),
)

S12 = Source(
    article_id="v155_12_oyster_roast_news_tybee_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-11-14"),
    dated_by="html_meta",
    features="an oyster-roast newsletter of a crab shack on Tybee Island (Georgia) in HTML, "
        "ISO-8859-1 with quotes and apostrophes only as entities (`&ldquo;`, `&rdquo;`, "
        "`&rsquo;`, `&middot;`), `<meta name=\"date\">` (Friday), a cookie note about the waiting "
        "list, a script, navigation, a footer with a ZIP code and a phone number; a `<title>` "
        "repeating the headline's `20,000` (optional); the headline's `20,000` 'more' from "
        "Ukraine's military intelligence of Tuesday (hedge dropped, increment, Tuesday to "
        "publication); bushels, pounds, plates and prices first; a cook from Mokpo `maybe 25,000` "
        "sent altogether (approx, other, `pub`); a dishwasher from Okhtyrka relaying his brother "
        "('On Wednesday night the brother messaged him …, Bohdan said') `fifty or sixty` in "
        "farmhouses on the Russian side (a range of number words, other, from Wednesday to "
        "publication); Ukraine's military intelligence 'said on Tuesday' `as many as 20,000` "
        "'more' (at_most, increment, planned); the NIS 'On November 4 … informed parliament' "
        "`around 11,000`; the State Department 'in a statement last week' `more than 6,000` dead "
        "and wounded; Russia's deputy defence minister 'on Sunday' `thousands` who fought "
        "(russia, near the front); 'Last month, speaking at a Brussels conference, NATO chief "
        "Mark Rutte said' `between 14,000 and 15,000` (range, October); bushels, pounds, dollars, "
        "ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-11-14">
<title>Oyster roast season opens as Kyiv warns of [[20,000]] more &middot; The Marsh Hen Crab \
Shack</title>
<script>var roast = {day: "Saturday", start: "5pm", waitlist: true};</script>
</head>
<body>
<div id="cookie-note">We use a cookie to hold your place on the Saturday waiting list. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/menu">Menu</a> &middot; <a href="/roasts">Oyster \
roasts</a> &middot; <a href="/news">News</a></nav>
<main>
<h1>Oyster roast season opens as Kyiv warns of [[20,000]] more</h1>
<p>The first oyster roast of the season drew a line down the block on Saturday: we steamed 42 \
bushels of clusters on the big pit and went through 300 pounds of shrimp for the Lowcountry boil. \
Roasts run every Saturday until March, $38 a plate, and children under 10 eat for $12. The \
heaters on the back deck are finally fixed.</p>
<h2>In the kitchen</h2>
<p>Jeon Da-bin, 29, who runs our fryers, grew up in Mokpo, where her father still sells dried \
croaker at the harbor market. She has no faith in official numbers. &ldquo;I think it is double \
what Seoul admits, [[maybe 25,000]] sent altogether,&rdquo; she told us between orders.</p>
<p>Bohdan Savchuk, 26, our dishwasher, comes from Okhtyrka; his older brother flies drones near \
Sumy. On Wednesday night the brother messaged him that [[fifty or sixty]] North Koreans had taken \
up positions in a row of empty farmhouses on the Russian side, Bohdan said.</p>
<h2>The week&rsquo;s news</h2>
<p>Ukraine&rsquo;s military intelligence said on Tuesday that Pyongyang could send [[as many as \
20,000]] more troops by spring. On November 4 South Korea&rsquo;s intelligence service informed \
parliament that [[around 11,000]] North Koreans remained in Russia. The State Department, in a \
statement last week, put North Korea&rsquo;s dead and wounded at [[more than 6,000]]. At a \
ceremony in Kursk on Sunday, Russia&rsquo;s deputy defence minister thanked [[thousands]] of \
Korean comrades for fighting alongside Russian troops. Last month, speaking at a Brussels \
conference, NATO chief Mark Rutte said [[between 14,000 and 15,000]] had been sent since 2024.</p>
</main>
<footer>The Marsh Hen Crab Shack &middot; Tybee Island, GA 31328 &middot; (912) 555-0176 &middot; \
<a href="/contact">Contact</a></footer>
<script src="/js/waitlist.js"></script>
</body>
</html>
""",
    claims=(
        C("20,000", 20000, "exact", "planned", "ukraine", "tue..pub",
          "`<title>` repeating the headline (metadata): optional", add=True, opt=True),
        C("20,000", 20000, "exact", "planned", "ukraine", "tue..pub",
          "headline: Ukraine's military intelligence's figure of the body ('said on Tuesday', "
          "11 November), Tuesday to publication, hedge dropped: 'more' (increment, planned)",
          add=True),
        C("maybe 25,000", 25000, "approx", "in_russia", "other", "pub",
          "a cook from Mokpo, a quote and 'she told us' (undated): sent altogether ('maybe' as "
          "approx)"),
        C("fifty or sixty", None, "range", "near_front", "other", "wed..pub",
          "a dishwasher from Okhtyrka relaying his brother, a drone pilot near Sumy ('On "
          "Wednesday night the brother messaged him …, Bohdan said'; the speaker quoted: "
          "other): in farmhouses on the Russian side (from Wednesday, 12 November, to "
          "publication; a range of number words, as earlier sets)"),
        C("as many as 20,000", 20000, "at_most", "planned", "ukraine", "tue",
          "Ukraine's military intelligence 'said on Tuesday' (11 November): 'more' troops by "
          "spring (increment, planned; 'as many as' as at_most)", add=True),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "2025-11-04",
          "'On November 4 South Korea's intelligence service informed parliament': remained in "
          "Russia"),
        C("more than 6,000", 6000, "at_least", "casualties", "united_states", "lastweek",
          "'The State Department, in a statement last week': dead and wounded"),
        C("thousands", None, "vague", "near_front", "russia", "sun",
          "Russia's deputy defence minister 'At a ceremony in Kursk on Sunday' (9 November): "
          "Korean comrades thanked for fighting alongside Russian troops"),
        C("between 14,000 and 15,000", None, "range", "in_russia", "nato",
          "2025-10-01..2025-10-31",
          "'Last month, speaking at a Brussels conference, NATO chief Mark Rutte said' (October): "
          "sent since 2024 (the "
          "span takes 'between')"),
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
