"""Build the HUNDRED-AND-SIXTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-ninth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
biomass district-heating co-operative's members' letter from Esternberg in the Sauwald (Austrian
conventions) with a heating fitter from Zhytomyr and a retired nurse with a sister in Daejeon, a
torrent-control corporation's letter from Habkern on the Lombach (Swiss conventions) with a cook
from Sumy and a mountain photographer from Gangneung, a rescue-dog squad's letter from Adelsheim in
the Bauland with a vet from Chernihiv and a veterinary student from Seoul, a Roman fort friends'
circle's letter from Osterburken with a history teacher from Kamianets-Podilskyi and an
archaeologist from Gyeongju, a sugar-beet growers' circular from Ochsenfurt with a harvester
driver from Vinnytsia, and a model-aircraft club's news from Giebelstadt in the Ochsenfurter Gau
with an electronics repairer from Lutsk and an engineer from Changwon; an agency-style wire report
from the Owl Woods on Amherst Island with a wildlife photographer from Kyiv and a retired
pharmacist from Suwon, a ferry-landing coffee truck's page from Amherst Island with a barista from
Dnipro and a family doctor from Jeonju, a Kiawah Island bobcat project's field notes with a
biology teacher from Kharkiv and a retired Marine from Busan, a Kiawah Island caddie
association's bulletin with a caddie from Odesa and a retired cardiologist from Chuncheon, an
Islesboro boat yard's notes with a shipwright from Mykolaiv and a sailor from Incheon, and a
readers' letters page from an Islesboro weekly with a mother relaying her son near Kursk and a
reader from Seoul. Same file format, marker syntax and labelling conventions as the other corpora
(see their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled,
in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind167_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Sauwald, Habkern and the Lombach, Bauland, Ochsenfurter Gau)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v167_01_mitgliederbrief_nahwaerme_esternberg",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features="a biomass district-heating co-operative's members' letter from Esternberg in the "
        "Sauwald (Upper Austria) as plain text, windows-1252 with CRLF, `„“` and `–` (no "
        "sidecar), dated by the place line 'Esternberg, 16. Jänner 2025' (Thursday); Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`, `Dreikönig`, `Obmann`); kilowatt hours, "
        "households, bulk cubic metres of wood chips, cents and per cent first; a heating fitter "
        "from Zhytomyr relaying his son, a drone pilot in the Kursk region ('Am Neujahrstag habe "
        "ihn Wassyl per Video … angerufen, erzählt Mychajlo', Konjunktiv carried) `rund 300` dug "
        "into the village opposite (near the front) and `mehr als vierzig` hit by drones since "
        "Christmas (at_least, number word, casualties; both other, from 1 January to "
        "publication); a retired nurse with a sister in Daejeon 'glaubt' `zwölf- bis "
        "fünfzehntausend` in Russia by spring (range of number words, planned, other, `pub`); "
        "the NIS in parliament 'am Montag' with `rund 300` fallen and `2.700` wounded; Ukraine's "
        "general staff 'am selben Tag' `Hunderte` killed or wounded; 'Aus dem Weißen Haus war "
        "schon Ende Dezember zu hören' `mehr als 1.000` dead and wounded in one week "
        "(Konjunktiv, days 21-31); Moscow without a figure; Russia's losses a day, kilowatt "
        "hours, households, wood chips, cents, per cent, ages, years, dates, a phone number",
    text="""\
Nahwärmegenossenschaft Esternberg im Sauwald – Mitgliederbrief 1/2025

Esternberg, 16. Jänner 2025

Liebe Mitglieder, liebe Wärmekundinnen und Wärmekunden,

die Kältewelle nach Dreikönig hat unser Heizwerk ordentlich gefordert. An den drei kältesten \
Tagen haben die beiden Kessel zusammen bis zu 11.400 Kilowattstunden am Tag ins Netz geschickt, \
und keiner der 183 angeschlossenen Haushalte ist kalt geblieben. Im Hackgutlager liegen noch gut \
1.900 Schüttraummeter aus den Wäldern unserer Mitglieder; das reicht bis weit in den Feber. Der \
Arbeitspreis bleibt heuer bei 9,6 Cent je Kilowattstunde, nur die Grundgebühr steigt um 3 Prozent.

Ein neuer Helfer im Heizhaus

Seit November geht Mychajlo Dudnyk, 52, unserem Heizwart Franz Hofinger zur Hand. Er war dreißig \
Jahre lang Heizungsmonteur in Schytomyr und wohnt mit seiner Frau in der kleinen Wohnung über dem \
Gemeindeamt. Sein Sohn Wassyl steuert Drohnen im Gebiet Kursk. Am Neujahrstag habe ihn Wassyl per \
Video aus einem Unterstand angerufen, erzählt Mychajlo. In dem Dorf gegenüber hätten sich [[rund \
300]] Nordkoreaner verschanzt, in Kellern und Scheunen. Seit Weihnachten hätten die Drohnen \
seiner Einheit [[mehr als vierzig]] von ihnen getroffen. „Er hat gesagt: Papa, die gehen im \
Schnee einfach weiter, auch wenn neben ihnen einer fällt“, erzählt Mychajlo leise.

Eine Kundin mit Familie in Korea

Kim Hye-jin, 61, kam 1989 als Krankenschwester nach Oberösterreich und heizt ihr Haus am Ortsrand \
seit 2012 mit unserer Wärme. Ihre ältere Schwester lebt in Daejeon und schickt ihr jede Woche \
Zeitungsartikel. Sie glaubt, dass bis zum Frühjahr [[zwölf- bis fünfzehntausend]] Nordkoreaner in \
Russland stehen werden. „Im Norden ist ein junger Soldat weniger wert als ein Sack Reis“, sagt sie.

Aus den Nachrichten

Im Parlament in Seoul trug der südkoreanische Geheimdienst am Montag seine neuesten Zahlen vor: \
Bisher seien [[rund 300]] Nordkoreaner gefallen und [[2.700]] verwundet worden. Der ukrainische \
Generalstab meldete am selben Tag, bei Kämpfen im Gebiet Kursk seien binnen drei Tagen \
[[Hunderte]] Soldaten aus dem Norden getötet oder verwundet worden. Aus dem Weißen Haus war schon \
Ende Dezember zu hören, der Norden habe in einer einzigen Woche [[mehr als 1.000]] Mann an Toten \
und Verwundeten eingebüßt. Aus Moskau gibt es zu alldem keine Zahl; die russische Armee büßt nach \
Londoner Schätzung täglich etwa 1.600 Mann ein.

Termine

- Jahreshauptversammlung: Freitag, 21. Feber, 19.30 Uhr, Gasthaus Kirchenwirt
- Kesselreinigung: 3. bis 5. März, die Wärme kommt in dieser Zeit aus dem Pufferspeicher
- Störungsdienst rund um die Uhr: 07714 6638

Für den Vorstand: Obmann Leopold Schachinger
""",
    claims=(
        C("rund 300", 300, "approx", "near_front", "other", "2025-01-01..pub",
          "a heating fitter from Zhytomyr relaying his son, a drone pilot in the Kursk region "
          "('Am Neujahrstag habe ihn Wassyl per Video aus einem Unterstand angerufen, erzählt "
          "Mychajlo', Konjunktiv; the speaker quoted: other): dug into the village opposite "
          "(from New Year's Day, 1 January, to publication)"),
        C("mehr als vierzig", 40, "at_least", "casualties", "other", "2025-01-01..pub",
          "same call, Konjunktiv carried: hit by his unit's drones 'Seit Weihnachten' (a period, "
          "not the claim date; number word 40)"),
        C("zwölf- bis fünfzehntausend", None, "range", "planned", "other", "pub",
          "a retired nurse with a sister in Daejeon, 'Sie glaubt' (undated): in Russia by spring "
          "(range of number words; a forecast: planned; a total, not an increment)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS in parliament in Seoul, 'trug … am Montag seine neuesten Zahlen vor' (13 "
          "January), Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing, same sentence: wounded"),
        C("Hunderte", None, "vague", "casualties", "ukraine", "mon",
          "Ukraine's general staff 'meldete am selben Tag' (the Monday of the sentence before, "
          "13 January): killed or wounded 'binnen drei Tagen' (a period)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'Aus dem Weißen Haus war schon Ende Dezember zu hören' (day 21 to the month's end), "
          "Konjunktiv: dead and wounded in a single week"),
    ),
)


S02 = Source(
    article_id="v167_02_schwellenbrief_lombach_habkern_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-07-04"),
    dated_by="html_meta",
    features="a torrent-control corporation's (Schwellenkorporation) letter to its members in "
        "Habkern on the Lombach (Bernese Oberland) in HTML, ISO-8859-1 with raw «» and umlauts "
        "and dashes only as entities (`&ndash;`, `&middot;`), `<meta name=\"date\">` (Friday), a "
        "cookie note about the stream walk, a script with the walk's date, navigation, a footer "
        "with a postcode and a phone number; Swiss conventions (`ss`, «», `2'400`, `18'600`, "
        "`30'000`, `4'000`, `1'000`, `5'000`, `15'000`, `140'000`); `<title>` and headline "
        "without a figure; a storm's metres and cubic metres of gravel, timber weirs, francs and "
        "per cent first; a cook from Sumy relaying her husband, a border guard in the Sumy "
        "region ('Am Dienstag habe er ihr geschrieben, …, erzählt Switlana') `zwischen 200 und "
        "300` a few kilometres from his post (range, near the front, other, from Tuesday to "
        "publication); a mountain photographer from Gangneung «… `mindestens 30'000` …», 'sagt "
        "er' (at_least, planned, other, `pub`); the South Korean joint chiefs 'gab am 24. Juni "
        "bekannt' `über 4'000` dead and wounded; Russia's security council secretary 'Mitte "
        "Juni' `1'000` deminers and `5'000` military builders (planned, days 11-20); Rutte "
        "'sagte vergangene Woche am Gipfel in Den Haag' `bis zu 15'000` sent (at_most); KCNA "
        "'meldete am Montag' `Dutzenden` pioneers killed clearing mines (north_korea, "
        "casualties); the Swiss army's size, metres, gravel, weirs, francs, per cent, ages, "
        "years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Schwellenbrief Juli 2025 &ndash; Schwellenkorporation Lombach Habkern</title>
<meta name="date" content="2025-07-04">
<script>var begehung = {datum: "2025-07-19", treffpunkt: "Lombachbrücke", zeit: "07:30"};</script>
</head>
<body>
<div class="cookie-hinweis">Wir speichern ein einziges Cookie, damit Sie den Hinweis zur \
Bachbegehung nicht zweimal lesen müssen. <a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/korporation">Korporation</a> &middot; <a \
href="/verbauungen">Verbauungen</a> &middot; <a href="/schwellenbrief">Schwellenbrief</a></nav>
<main>
<h1>Der Lombach hat wieder Geschiebe gebracht</h1>
<p>Liebe Schwellenpflichtige, liebe Anstösserinnen und Anstösser</p>
<p>Das Gewitter vom 22. Juni hat den Lombach innert einer Stunde um fast zwei Meter ansteigen \
lassen. Oberhalb der alten Sägerei hat er rund 2'400 Kubikmeter Geschiebe liegen lassen, und zwei \
der 37 Holzsperren im oberen Graben sind beschädigt. Der Bagger stand drei Tage im Bachbett; an \
die Rechnung von 18'600 Franken zahlen Bund und Kanton 65 Prozent. Die Begehung mit dem \
Schwellenmeister findet am Samstag, 19. Juli, statt.</p>
<h2>Eine Helferin aus Sumy</h2>
<p>Beim Räumen des Rechens hat uns Switlana Kowal, 45, geholfen. Sie wohnt seit dem Frühling 2022 \
mit ihren zwei Kindern im Dorf und kocht im Gasthaus an der Postautohaltestelle. Ihr Mann dient \
bei der Grenzwache im Gebiet Sumy. Am Dienstag habe er ihr geschrieben, auf der russischen Seite \
stünden jetzt [[zwischen 200 und 300]] Nordkoreaner, nur wenige Kilometer von seinem Posten \
entfernt, erzählt Switlana. «Er schreibt, sie schiessen neuerdings auch mit Mörsern, und nachts \
hört man sie graben.»</p>
<h2>Ein Sommergast aus Korea</h2>
<p>Seit sieben Sommern mietet Yoon Dae-sung, 56, Bergfotograf aus Gangneung, die kleine Hütte auf \
der Bolalp. Er fotografiert den Hohgant im ersten Licht und liest abends die Zeitungen aus Seoul. \
«Bis Ende Jahr werden es [[mindestens 30'000]] junge Männer sein, die Pjöngjang nach Russland \
geschickt hat», sagt er. «Die Eltern fragen, und niemand gibt ihnen eine Antwort.»</p>
<h2>Was aus der Welt zu hören ist</h2>
<p>Der südkoreanische Generalstab gab am 24. Juni bekannt, die nordkoreanischen Truppen in \
Russland hätten bisher [[über 4'000]] Mann an Toten und Verwundeten verloren. Mitte Juni hatte \
der Sekretär des russischen Sicherheitsrats in Pjöngjang angekündigt, der Norden schicke \
[[1'000]] Minenräumer und [[5'000]] Militärbauer in das Gebiet Kursk. Nato-Generalsekretär Mark \
Rutte sagte vergangene Woche am Gipfel in Den Haag, Nordkorea habe [[bis zu 15'000]] Soldaten \
nach Russland entsandt. Die Staatsagentur KCNA meldete am Montag, Kim Jong Un habe in Pjöngjang \
der [[Dutzenden]] Pioniere gedacht, die beim Minenräumen in Kursk ums Leben gekommen seien. Zum \
Vergleich: Die Schweizer Armee zählt rund 140'000 Angehörige.</p>
<p>Mit freundlichen Grüssen<br>Ueli Zurbuchen, Schwellenmeister</p>
</main>
<footer>Schwellenkorporation Lombach &middot; 3804 Habkern &middot; Tel. 033 843 15 62 &middot; \
<a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("zwischen 200 und 300", None, "range", "near_front", "other", "tue..pub",
          "a cook from Sumy relaying her husband, a border guard in the Sumy region ('Am "
          "Dienstag habe er ihr geschrieben, …, erzählt Switlana', Konjunktiv; the speaker "
          "quoted: other): on the Russian side a few kilometres from his post (from Tuesday, 1 "
          "July, to publication)"),
        C("mindestens 30'000", 30000, "at_least", "planned", "other", "pub",
          "a mountain photographer from Gangneung, «…», 'sagt er' (undated): sent to Russia by "
          "the end of the year (a forecast: planned; a total, not an increment)"),
        C("über 4'000", 4000, "at_least", "casualties", "south_korea", "2025-06-24",
          "the South Korean joint chiefs 'gab am 24. Juni bekannt': dead and wounded"),
        C("1'000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Mitte Juni hatte der Sekretär des russischen Sicherheitsrats in Pjöngjang "
          "angekündigt' (days 11-20): deminers to be sent to the Kursk region (an announcement: "
          "planned; no increment word)"),
        C("5'000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders"),
        C("bis zu 15'000", 15000, "at_most", "in_russia", "nato", "lastweek",
          "Rutte 'sagte vergangene Woche am Gipfel in Den Haag': sent to Russia"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "mon",
          "KCNA 'meldete am Montag' (30 June), Konjunktiv: pioneers killed clearing mines in "
          "Kursk"),
    ),
)


S03 = Source(
    article_id="v167_03_staffelbrief_rettungshunde_adelsheim_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-08"),
    dated_by="front_matter",
    features="a rescue-dog squad's letter from Adelsheim in the Bauland (Neckar-Odenwald "
        "district) in Markdown, UTF-8, front matter with `date:` (Wednesday) and a title without "
        "a figure, `„“`; call-outs, people found, dog teams, 'drei weitere junge Hunde' (a false "
        "friend) and GPS collars in euros first; a vet from Chernihiv who handles a white "
        "shepherd, relaying her brother, a medic near Sumy ('Vorgestern hat er ihr ein Foto … "
        "geschickt und dazu geschrieben, …, berichtet Olena', Konjunktiv carried) `etwa 150` in "
        "the wood across the border (near the front) and `sieben` captured (number word, "
        "casualties; both other, from that day to publication, as 'the day before yesterday' "
        "of earlier sets); a veterinary student from Seoul who 'Diese Woche schrieb … aus "
        "Heidelberg' 'weitere' `10.000` in winter (increment, planned, other, Monday to "
        "publication); Ukraine's HUR 'erklärte am Montag' `rund 11.000` in Kursk and at the Sumy "
        "border; 'Nach Angaben des südkoreanischen Geheimdienstes vom 24. September' `knapp "
        "2.000` fallen; Russia's defence ministry 'zeigte am Wochenende' `mehreren hundert` "
        "pioneers clearing mines (Saturday-Sunday); the US State Department's spokesman 'geht "
        "davon aus' `mehr als 12.000` (`pub`); the squad's own `Tausende` in their positions "
        "(unattributed, near the front, required); Russia's losses since 2022, call-outs, dogs, "
        "euros, ages, hours, dates, a phone number",
    text="""\
---
title: "Staffelbrief Herbst 2025"
date: 2025-10-08
staffel: Rettungshundestaffel Bauland e.V., Adelsheim
---

# Staffelbrief Herbst 2025

**Suchen, finden, anzeigen: Unsere Hunde hatten einen langen Sommer. Und eine Hundeführerin aus \
Tschernihiw erzählt von ihrem Bruder.**

Seit dem Frühjahr wurden wir 19-mal alarmiert, meist im Bauland zwischen Adelsheim, Osterburken \
und Seckach, zweimal auch über die Kreisgrenze hinaus. Vier vermisste Menschen haben unsere Hunde \
lebend gefunden, darunter einen 84-jährigen Pilzsammler, der sich bei Sennfeld im Wald verlaufen \
hatte. Derzeit sind 11 Teams geprüft, und drei weitere junge Hunde sind in der Ausbildung. Die \
neuen GPS-Halsbänder haben 2.350 Euro gekostet; die Hälfte hat die Bürgerstiftung übernommen.

## Olena und Bila

Olena Hrabowska, 39, kam im März 2022 mit ihrer Tochter aus Tschernihiw nach Adelsheim. Zu Hause \
war sie Tierärztin, bei uns führt sie die weiße Schäferhündin Bila, die im Juli die \
Flächensuchprüfung bestanden hat. Ihr Bruder ist Sanitäter in einer Brigade an der Grenze bei \
Sumy. Vorgestern hat er ihr ein Foto aus einem Keller geschickt und dazu geschrieben, drüben im \
Wald lägen [[etwa 150]] Nordkoreaner in Stellung, berichtet Olena. Seine Einheit habe in der \
Nacht davor [[sieben]] von ihnen gefangen genommen. „Er schreibt immer: Mach dir keine Sorgen. \
Dann mache ich mir die meisten“, sagt sie.

## Post aus Heidelberg

Im September hat uns Choi Min-ji, 27, eine Woche lang bei den Übungen begleitet. Sie studiert in \
Heidelberg Tiermedizin und will in Seoul eine Rettungshundestaffel aufbauen. Diese Woche schrieb \
sie uns aus Heidelberg, sie halte es für wahrscheinlich, dass Pjöngjang im Winter weitere \
[[10.000]] Soldaten nach Russland schickt. „Bei uns zu Hause redet man über nichts anderes“, \
schrieb sie.

## Aus den Nachrichten

Der ukrainische Militärgeheimdienst HUR erklärte am Montag, im Gebiet Kursk und an der Grenze zu \
Sumy stünden derzeit [[rund 11.000]] nordkoreanische Soldaten. Nach Angaben des südkoreanischen \
Geheimdienstes vom 24. September sind in Russland inzwischen [[knapp 2.000]] Nordkoreaner \
gefallen. Das russische Verteidigungsministerium zeigte am Wochenende ein Video von [[mehreren \
hundert]] nordkoreanischen Pionieren beim Minenräumen bei Kursk. Ein Sprecher des \
US-Außenministeriums geht davon aus, dass [[mehr als 12.000]] Nordkoreaner in Russland sind. \
Russland selbst hat nach britischer Zählung seit 2022 über eine Million Tote und Verwundete zu \
beklagen.

Wenn wir nachts im nassen Wald nach einem Vermissten suchen, denken wir manchmal auch an die \
[[Tausende]] junger Nordkoreaner, die irgendwo bei Kursk in ihren Erdlöchern liegen.

## Termine

- Schnuppertag für Gäste: Samstag, 25. Oktober, ab 9 Uhr am Sportplatz Adelsheim
- Staffelleitung: Jürgen Hemberger, Telefon 06291 4482
""",
    claims=(
        C("etwa 150", 150, "approx", "near_front", "other", "2025-10-06..pub",
          "a vet from Chernihiv relaying her brother, a medic near Sumy ('Vorgestern hat er ihr "
          "ein Foto aus einem Keller geschickt und dazu geschrieben, …, berichtet Olena', "
          "Konjunktiv; the speaker quoted: other): in position in the wood across the border "
          "('vorgestern' for a relayed message: from Monday, 6 October, to publication, as 'the "
          "day before yesterday' of earlier sets)"),
        C("sieben", 7, "exact", "casualties", "other", "2025-10-06..pub",
          "same message, Konjunktiv carried: taken prisoner by his unit 'in der Nacht davor' "
          "(the event, not the claim date; number word)"),
        C("10.000", 10000, "exact", "planned", "other", "mon..pub",
          "a veterinary student from Seoul, 'Diese Woche schrieb sie uns aus Heidelberg, sie "
          "halte es für wahrscheinlich' (Monday to publication): 'weitere' soldiers to be sent "
          "in winter (span without 'weitere'; increment, planned)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "Ukraine's HUR 'erklärte am Montag' (6 October): in the Kursk region and at the Sumy "
          "border"),
        C("knapp 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-24",
          "'Nach Angaben des südkoreanischen Geheimdienstes vom 24. September': fallen in Russia "
          "('knapp' as approx)"),
        C("mehreren hundert", None, "vague", "near_front", "russia", "2025-10-04..2025-10-05",
          "Russia's defence ministry 'zeigte am Wochenende' (Saturday-Sunday before the "
          "Wednesday letter): pioneers clearing mines near Kursk"),
        C("mehr als 12.000", 12000, "at_least", "in_russia", "united_states", "pub",
          "a US State Department spokesman 'geht davon aus' (undated): in Russia"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the squad's own framing, no source (required): young North Koreans in their dugouts "
          "near Kursk"),
    ),
)


S04 = Source(
    article_id="v167_04_freundesbrief_roemerkastell_osterburken_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-04-24"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Römerkastell Osterburken – Freundesbrief",
        "https://www.freundeskreis-kastell-osterburken.example/freundesbrief/2025-04",
        "Frühjahr am Kastell: neue Führungen und ein Gast aus Kamjanez",
    ),
    features="a Roman fort friends' circle's letter from Osterburken in the Bauland "
        "(Neckar-Odenwald district) in HTML, UTF-8 with BOM, no meta date (sidecar, Thursday), a "
        "cookie banner about the tour booking, a dates script, navigation, entities (`&bdquo;`, "
        "`&ldquo;`, `&ndash;`, `&middot;`, `&copy;`), a footer with a postcode and a phone "
        "number; `<title>` and headline without a figure; the fort's year, guides, visitors, "
        "tours, school classes and an audio station's euros first; a history teacher from "
        "Kamianets-Podilskyi training as a guide, relaying his cousin, a scout at the Kursk "
        "border ('Am Ostermontag habe ihn der Cousin angerufen und erzählt, …, berichtet "
        "Andrij', Konjunktiv carried) `Dutzende` dug in (near the front) and sentence-initial "
        "`Drei` captured in the week before Easter (number word, casualties; both other, from "
        "Easter Monday, 21 April, to publication); an archaeologist from Gyeongju 'Nach ihrer "
        "Einschätzung' 'noch einmal' `8.000 bis 10.000` (range, increment, planned, other, "
        "`pub`); South Korea's defence ministry 'teilte am 10. April mit' `etwa 3.000` 'als "
        "Ersatz' (replacements: increment, in Russia); a Pentagon spokesman 'bezifferte … "
        "vergangene Woche auf' `rund 4.000` dead and wounded; 'Laut dem Nato-Oberbefehlshaber in "
        "Europa' `um die 11.000` still in Russia ('um die' as approx, `pub`); Russian state "
        "television 'zeigte am Dienstag' `Hunderte` gunners in a camp near Kursk (russia, near "
        "the front); Russia's losses since 2022, the fort's year, guides, visitors, tours, "
        "classes, euros, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Freundesbrief April 2025 | Freundeskreis Römerkastell Osterburken</title>
<meta name="description" content="Führungen, Grabungstag und Neues aus dem Freundeskreis">
<script>window.kastellTermine = {grabungstag: "2025-05-17", fuehrung: "sonntags 14 Uhr"};</script>
</head>
<body>
<div id="cookie-banner">Für die Buchung von Führungen setzen wir ein einziges, technisch \
notwendiges Cookie. <button>In Ordnung</button></div>
<nav><a href="/">Start</a> | <a href="/kastell">Das Kastell</a> | <a \
href="/fuehrungen">Führungen</a> | <a href="/freundeskreis">Freundeskreis</a></nav>
<article>
<h1>Frühjahr am Kastell</h1>
<p>Liebe Freundinnen und Freunde des Kastells,</p>
<p>um das Jahr 185 bauten die Römer in Osterburken das Annexkastell an das ältere Lager an; heute \
führen unsere 17 ehrenamtlichen Gästeführerinnen und Gästeführer über die Mauerreste. Im \
vergangenen Jahr kamen 3.420 Besucherinnen und Besucher zu 96 Führungen, 41 davon mit \
Schulklassen. Für die neue Hörstation am Westtor haben Sie uns 6.800 Euro gespendet &ndash; \
herzlichen Dank! Der Grabungstag für Familien ist am 17. Mai.</p>
<h2>Ein Geschichtslehrer aus Kamjanez</h2>
<p>Seit Februar lernt Andrij Pastuch, 31, bei uns das Führen. Er hat in Kamjanez-Podilskyj \
Geschichte unterrichtet, in einer Stadt mit einer gewaltigen Festung, und arbeitet jetzt im Lager \
eines Logistikers in Seckach. Sein Cousin ist Aufklärer an der Grenze zum Gebiet Kursk. Am \
Ostermontag habe ihn der Cousin angerufen und erzählt, im Wald vor seiner Stellung hätten sich \
wieder [[Dutzende]] Nordkoreaner eingegraben, berichtet Andrij. [[Drei]] von ihnen habe seine \
Kompanie in der Woche vor Ostern gefangen genommen. &bdquo;Er sagt, sie hatten Fotos von ihren \
Müttern in den Jackentaschen&ldquo;, erzählt Andrij.</p>
<h2>Besuch aus Gyeongju</h2>
<p>Über Ostern führte Andrij eine Besucherin aus Korea über das Gelände: Seo Jung-ah, 48, \
Archäologin aus Gyeongju, forscht ein Semester lang in Frankfurt über römische Grenzanlagen. Nach \
ihrer Einschätzung wird Kim bis zum Herbst noch einmal [[8.000 bis 10.000]] Mann nach Russland \
schicken, &bdquo;als Bauarbeiter, als Minenräumer und als Kanonenfutter&ldquo;.</p>
<h2>Was berichtet wird</h2>
<p>Das südkoreanische Verteidigungsministerium teilte am 10. April mit, der Norden habe seit \
Jahresanfang [[etwa 3.000]] Mann als Ersatz nach Russland gebracht. Ein Pentagon-Sprecher \
bezifferte die nordkoreanischen Verluste vergangene Woche auf [[rund 4.000]] Tote und Verwundete. \
Laut dem Nato-Oberbefehlshaber in Europa stehen weiterhin [[um die 11.000]] Nordkoreaner in \
Russland. Das russische Staatsfernsehen zeigte am Dienstag [[Hunderte]] nordkoreanische \
Artilleristen in einem Übungslager bei Kursk. Russland selbst hat nach ukrainischen Angaben seit \
2022 mehr als 900.000 Soldaten verloren.</p>
</article>
<footer><p>Freundeskreis Römerkastell Osterburken e.V. &middot; Römerstraße 4 &middot; 74706 \
Osterburken &middot; Tel. 06291 5517</p><p>&copy; 2025 &middot; <a \
href="/impressum">Impressum</a></p></footer>
<script src="/js/buchung.js"></script>
</body>
</html>
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "2025-04-21..pub",
          "a history teacher from Kamianets-Podilskyi relaying his cousin, a scout at the Kursk "
          "border ('Am Ostermontag habe ihn der Cousin angerufen und erzählt, …, berichtet "
          "Andrij', Konjunktiv; the speaker quoted: other): dug into the wood before his position "
          "(from Easter Monday, 21 April, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "2025-04-21..pub",
          "same call, Konjunktiv carried, sentence-initial number word: captured 'in der Woche "
          "vor Ostern' (the event, not the claim date)"),
        C("8.000 bis 10.000", None, "range", "planned", "other", "pub",
          "an archaeologist from Gyeongju, 'Nach ihrer Einschätzung' (undated): 'noch einmal' to "
          "be sent by autumn (increment, planned)", add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-04-10",
          "South Korea's defence ministry 'teilte am 10. April mit', Konjunktiv: brought to "
          "Russia 'als Ersatz' since the start of the year (replacements: increment)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "united_states", "lastweek",
          "a Pentagon spokesman 'bezifferte die nordkoreanischen Verluste vergangene Woche auf': "
          "dead and wounded"),
        C("um die 11.000", 11000, "approx", "in_russia", "nato", "pub",
          "'Laut dem Nato-Oberbefehlshaber in Europa' (undated): still in Russia ('um die' as "
          "approx; 'weiterhin' = still, not an increment)"),
        C("Hunderte", None, "vague", "near_front", "russia", "tue",
          "Russian state television 'zeigte am Dienstag' (22 April): gunners in a training camp "
          "near Kursk"),
    ),
)


S05 = Source(
    article_id="v167_05_rundschreiben_ruebenanbauer_ochsenfurt",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-10-29"),
    dated_by="sidecar",
    sidecar=(
        "Rübenanbauerring Ochsenfurter Gau – Rundschreiben",
        "https://www.ruebenring-ochsenfurter-gau.example/rundschreiben/2024-10",
        "Kampagne 2024: 78 Tonnen je Hektar und ein Fahrer aus Winnyzja",
    ),
    features="a sugar-beet growers' circular from Ochsenfurt in the Ochsenfurter Gau (Lower "
        "Franconia) as plain text, UTF-16 LE with BOM (sidecar, Tuesday; a sidecar title with "
        "tonnes that are not a claim), `„“` and `–`; tonnes a hectare, sugar content, lorry "
        "loads and Ukraine's beet hectares first; a harvester driver from Vinnytsia relaying his "
        "brother in the Sumy region ('Am Sonntag habe der Bruder ihn angerufen, erzählt "
        "Wolodymyr:', Konjunktiv carried) `ein paar hundert` arrived across the border (vague, "
        "near the front) and `Tausende` more to come by Christmas ('dazukommen': increment, "
        "planned; both other, from Sunday to publication); the NIS 'Am Mittwoch vergangener "
        "Woche' `1.500` first sent (not an increment) and `rund 3.000` now (an ISO date); the "
        "Pentagon's figures 'gestern' `etwa 10.000` training in eastern Russia; Ukraine's "
        "military intelligence 'geht davon aus' `bis zu 12.000` to arrive in Kursk, 'darunter' "
        "`500` officers (planned, `pub`); Rutte without a figure; tonnes, per cent, lorries, "
        "hectares, ages, years, dates, a postcode, a phone number",
    text="""\
Rübenanbauerring Ochsenfurter Gau – Rundschreiben Oktober 2024

Liebe Rübenbäuerinnen und Rübenbauern,

die Kampagne läuft seit dem 16. September, und die Zahlen machen Mut: Im Schnitt haben die \
Betriebe im Gau bisher 78 Tonnen je Hektar gerodet, bei 17,4 Prozent Zucker. Täglich rollen rund \
260 Lkw-Ladungen zur Fabrik. Bitte deckt die Mieten am Feldrand weiter mit Vlies ab, der Frost \
kommt früher als gedacht.

Ein Fahrer aus Winnyzja

Wolodymyr Saweljew, 46, fährt in diesem Herbst zum dritten Mal den Roder für die \
Maschinengemeinschaft in Gaukönigshofen. Zu Hause hat er zwanzig Jahre in einer Zuckerfabrik \
gearbeitet; vor dem Krieg standen in der Ukraine auf gut 220.000 Hektar Rüben. Sein jüngerer \
Bruder kämpft im Gebiet Sumy, nahe der Grenze zu Kursk. Am Sonntag habe der Bruder ihn angerufen, \
erzählt Wolodymyr: Drüben seien [[ein paar hundert]] Nordkoreaner angekommen, in nagelneuen \
russischen Uniformen. Der Bruder rechne damit, dass bis Weihnachten noch [[Tausende]] dazukommen. \
„Er hat sie durchs Fernglas gesehen. Kinder, sagt er“, erzählt Wolodymyr.

Was gemeldet wird

Am Mittwoch vergangener Woche teilte der südkoreanische Geheimdienst mit, zu den ersten [[1.500]] \
Soldaten aus dem Norden seien noch einmal so viele nach Russland gebracht worden, zusammen also \
[[rund 3.000]]. Nach Zahlen, die das Pentagon gestern nannte, werden im Osten Russlands derzeit \
[[etwa 10.000]] Nordkoreaner ausgebildet. Der ukrainische Militärgeheimdienst geht davon aus, \
dass bis Anfang November [[bis zu 12.000]] Mann im Gebiet Kursk eintreffen, darunter [[500]] \
Offiziere. Nato-Generalsekretär Mark Rutte bestätigte gestern in Brüssel, dass nordkoreanische \
Einheiten in Kursk seien; eine Zahl nannte er nicht.

Geschäftsstelle: Marktbreiter Straße 11, 97199 Ochsenfurt, Telefon 09331 87260
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "sun..pub",
          "a harvester driver from Vinnytsia relaying his brother in the Sumy region ('Am "
          "Sonntag habe der Bruder ihn angerufen, erzählt Wolodymyr:', Konjunktiv; the speaker "
          "quoted: other): arrived across the border (from Sunday, 27 October, to publication)"),
        C("Tausende", None, "vague", "planned", "other", "sun..pub",
          "same call, 'Der Bruder rechne damit': 'noch … dazukommen' by Christmas (increment, "
          "planned)", add=True),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'Am Mittwoch vergangener Woche' (23 October, an ISO date), Konjunktiv: the "
          "first soldiers brought to Russia (the first contingent, not an increment)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "same statement: 'zusammen also' the total in Russia (a total, not an increment)"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "yday",
          "'Nach Zahlen, die das Pentagon gestern nannte' (28 October): training in eastern "
          "Russia"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "pub",
          "Ukraine's military intelligence 'geht davon aus' (undated): to arrive in the Kursk "
          "region by early November (expected: planned)"),
        C("500", 500, "exact", "planned", "ukraine", "pub",
          "same forecast, 'darunter': officers among them"),
    ),
)


S06 = Source(
    article_id="v167_06_vereinsnachrichten_modellflug_giebelstadt_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-08-22"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Modellflugverein Ochsenfurter Gau e.V., Giebelstadt – Vereinsnachrichten",
        "https://www.mfv-ochsenfurter-gau.example/nachrichten/2025-08",
        "Flugtag, Nachtflug und ein Elektroniker aus Luzk",
    ),
    features="a model-aircraft club's news from Giebelstadt in the Ochsenfurter Gau (Lower "
        "Franconia) in Markdown, windows-1252 with CRLF, front matter without a date (sidecar, "
        "Friday) and a title without a figure, `„“`; pilots, models, wingspans, spectators, "
        "members, fees and a height limit first; an electronics repairer from Lutsk relaying a "
        "school friend who flies reconnaissance drones at the Kursk border ('Vergangenen Samstag "
        "habe ihm der Freund geschrieben, …, berichtet Taras', Konjunktiv carried) `einige "
        "Dutzend` flying drones themselves (vague, near the front) and `zwei` captured (number "
        "word, casualties; both other, from Saturday to publication); an engineer from Changwon "
        "'Am Flugtag sagte er uns' `15.000 oder mehr` (at_least, in Russia, other; new here: a "
        "statement dated by an event whose date the letter gave earlier, the flying day of 9 "
        "August); the NIS 'teilte Anfang August mit' `rund 6.000` 'weiteren' (increment, "
        "planned, days 1-10); North Korean state television 'zeigte am 15. August' `101` fallen; "
        "Russia's defence minister 'sprach am Dienstag von' `Tausenden` clearing mines in Kursk "
        "(russia, near the front); 'Aus Nato-Kreisen hieß es vergangene Woche' `höchstens "
        "14.000` at the same time (at_most); Russia's drones a day, pilots, models, metres, "
        "spectators, members, euros, ages, dates, a phone number",
    text="""\
---
title: "Vereinsnachrichten August 2025"
verein: Modellflugverein Ochsenfurter Gau e.V.
ort: Giebelstadt
---

# Vereinsnachrichten August 2025

Liebe Modellfliegerinnen und Modellflieger,

unser Flugtag am 9. August war ein voller Erfolg: 42 Piloten aus ganz Unterfranken zeigten 68 \
Modelle, vom Segler mit 6 Metern Spannweite bis zum winzigen Hubschrauber, und rund 900 Zuschauer \
standen hinter dem Absperrband. Der Verein zählt jetzt 58 Mitglieder. Der Jahresbeitrag bleibt \
bei 60 Euro, Jugendliche zahlen 15 Euro. Und bitte denkt daran: Über unserem Platz gilt eine \
Höhengrenze von 120 Metern.

## Taras und die Elektronik

Taras Melnyk, 33, hat in Luzk Funkgeräte repariert und lötet seit dem Frühjahr in seiner \
Werkstatt in Giebelstadt für den halben Verein Empfänger und Regler. Ein Schulfreund von ihm \
fliegt Aufklärungsdrohnen an der Grenze zum Gebiet Kursk. Vergangenen Samstag habe ihm der Freund \
geschrieben, dass die Nordkoreaner inzwischen selbst Drohnen steuern; in seinem Abschnitt seien \
[[einige Dutzend]] von ihnen damit unterwegs, berichtet Taras. Eine Woche zuvor hätten die \
Ukrainer [[zwei]] Nordkoreaner samt Fernsteuerung gefangen genommen. „Sie lernen schnell, \
schreibt er, schneller als die Russen“, erzählt Taras.

## Ein Gast aus Changwon

Beim Flugtag stand ein Ehepaar aus Kitzingen lange an unserem Zelt. Bae Jun-ho, 44, ist Ingenieur \
bei einem Zulieferer der Autoindustrie und stammt aus Changwon. Am Flugtag sagte er uns, in \
Russland seien inzwischen [[15.000 oder mehr]] Nordkoreaner im Einsatz gewesen, „viel mehr, als \
Seoul offiziell sagt“.

## Aus der Presse

Der südkoreanische Geheimdienst teilte Anfang August mit, Nordkorea bereite die Entsendung von \
[[rund 6.000]] weiteren Soldaten vor, vor allem Pioniere und Bautrupps. Das nordkoreanische \
Staatsfernsehen zeigte am 15. August, wie Kim Jong Un die Särge von [[101]] in Kursk gefallenen \
Soldaten mit Fahnen bedeckte. Russlands Verteidigungsminister Andrej Beloussow sprach am Dienstag \
von [[Tausenden]] Nordkoreanern, die im Gebiet Kursk Minen räumten. Aus Nato-Kreisen hieß es \
vergangene Woche, gleichzeitig seien [[höchstens 14.000]] Nordkoreaner in Russland gewesen. Die \
russische Armee setzt nach ukrainischen Angaben inzwischen jeden Tag mehr als 5.000 Drohnen ein.

## Termine

- Nachtflug mit Beleuchtung: Samstag, 13. September, ab 19 Uhr
- Platzwart: Reinhold Kraus, Telefon 09334 9921
""",
    claims=(
        C("einige Dutzend", None, "vague", "near_front", "other", "sat..pub",
          "an electronics repairer from Lutsk relaying a school friend who flies reconnaissance "
          "drones at the Kursk border ('Vergangenen Samstag habe ihm der Freund geschrieben, …, "
          "berichtet Taras', Konjunktiv; the speaker quoted: other): flying drones in his sector "
          "(from Saturday, 16 August, to publication)"),
        C("zwei", 2, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: captured 'Eine Woche zuvor' (the event, not the "
          "claim date; number word)"),
        C("15.000 oder mehr", 15000, "at_least", "in_russia", "other", "2025-08-09",
          "an engineer from Changwon, 'Am Flugtag sagte er uns' (new here: dated by the event "
          "whose date the letter gave earlier, the flying day of 9 August): deployed in Russia "
          "so far ('oder mehr' as at_least)"),
        C("rund 6.000", 6000, "approx", "planned", "south_korea", "2025-08-01..2025-08-10",
          "the NIS 'teilte Anfang August mit' (days 1-10), Konjunktiv: 'weiteren' soldiers being "
          "prepared (increment, planned)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-15",
          "North Korean state television 'zeigte am 15. August': coffins of soldiers fallen in "
          "Kursk"),
        C("Tausenden", None, "vague", "near_front", "russia", "tue",
          "Russia's defence minister Belousov 'sprach am Dienstag von' (19 August): clearing "
          "mines in the Kursk region"),
        C("höchstens 14.000", 14000, "at_most", "in_russia", "nato", "lastweek",
          "'Aus Nato-Kreisen hieß es vergangene Woche', Konjunktiv: in Russia at the same time "
          "('höchstens' as at_most)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Amherst Island, Kiawah Island, Islesboro)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v167_07_owl_woods_wire_amherst_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-02-09"),
    dated_by="dateline",
    features="an agency-style wire report from the Owl Woods on Amherst Island (Loyalist "
        "Township, Ontario) as plain text, UTF-8, slug line, byline and dateline 'AMHERST "
        "ISLAND, Ontario, February 9, 2025 (Quinte Wire) —' (Sunday), straight quotes and em "
        "dashes; cars, owls, visitors and the ferry first; headline without a figure; a wildlife "
        "photographer from Kyiv relaying his childhood friend, a medic in the Kursk region "
        "('sent him a voice message on Thursday. \"He said …,\" Shevchuk said') `about 120` trying "
        "to cross a frozen stream (near the front) and sentence-initial `More than 20` killed or "
        "captured, 'the friend told him' after the figure (at_least, casualties; both other, "
        "from Thursday to publication); a retired pharmacist from Suwon 'reckons' `roughly "
        "14,000` shipped (in Russia) and `several thousand` 'more' by summer (vague, increment, "
        "planned; both other, `pub`); Ukraine's military intelligence 'said on Tuesday' `about "
        "4,000` killed or wounded; 'The latest U.S. State Department estimate is' `11,000 to "
        "12,000` still inside Russia (range, `pub`); a NATO official 'said on Friday' `hundreds` "
        "'more' arrived in January (vague, increment, in Russia); Moscow and Pyongyang without a "
        "figure; cars, owls, visitors, minutes, degrees, years, ages, a newsroom phone number",
    text="""\
OUTDOORS-ONTARIO/OWLS

Owl watchers fill an island woodlot, and a photographer keeps one eye on his phone

By Colleen Abernethy

AMHERST ISLAND, Ontario, February 9, 2025 (Quinte Wire) — On a still, bitter Saturday morning \
more than sixty cars rolled off the ferry from Millhaven and lined the gravel road to the Owl \
Woods, where long-eared, saw-whet and boreal owls roost in the cedars every winter. Volunteers \
with clipboards counted 214 visitors by noon, eleven owls in the trees and a temperature of minus \
19 degrees, and asked everyone to stay on the marked paths.

Among the long lenses was Bohdan Shevchuk, 38, a wildlife photographer from Kyiv who settled in \
Napanee in 2023 and drives a delivery van during the week. His childhood friend, a medic with an \
assault brigade in Russia's Kursk region, sent him a voice message on Thursday. "He said [[about \
120]] North Koreans tried to cross a frozen stream toward their position at first light," \
Shevchuk said, brushing frost off his camera. [[More than 20]] of them were killed or taken \
prisoner on the ice, the friend told him.

Helen Park, 72, a retired pharmacist born in Suwon who has lived in Loyalist Township for four \
decades, came over for a great gray owl a birder had posted online. She reckons Pyongyang has \
shipped [[roughly 14,000]] men to Russia by now and will send [[several thousand]] more by \
summer. "Kim gets oil and rockets. The mothers get a letter, if they are lucky," she said.

Ukraine's military intelligence agency said on Tuesday that Pyongyang's losses since the autumn \
had reached [[about 4,000]] dead and wounded. The latest U.S. State Department estimate is \
[[11,000 to 12,000]] North Koreans still inside Russia. A NATO official in Brussels said on \
Friday that [[hundreds]] more had arrived by train in January to fill the gaps. Neither Moscow \
nor Pyongyang has confirmed that the troops are there at all.

The Owl Woods are open from dawn to dusk. The island's ferry crosses every hour and takes about \
20 minutes, and the volunteers ask visitors not to use recorded calls.

(Reporting by Colleen Abernethy; editing by Marc Duplessis; newsroom +1 613 555 0172)
""",
    claims=(
        C("about 120", 120, "approx", "near_front", "other", "thu..pub",
          "a wildlife photographer from Kyiv relaying his childhood friend, a medic in the Kursk "
          "region ('sent him a voice message on Thursday. \"He said …,\" Shevchuk said'; the "
          "speaker quoted: other): tried to cross a frozen stream toward their position (from "
          "Thursday, 6 February, to publication)"),
        C("More than 20", 20, "at_least", "casualties", "other", "thu..pub",
          "same voice message, sentence-initial, 'the friend told him' after the figure: killed "
          "or taken prisoner on the ice"),
        C("roughly 14,000", 14000, "approx", "in_russia", "other", "pub",
          "a retired pharmacist from Suwon, 'She reckons' (undated): shipped to Russia by now"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "same sentence: 'more' to be sent by summer (increment, planned)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "tue",
          "Ukraine's military intelligence agency 'said on Tuesday' (4 February): killed or "
          "wounded since the autumn (a period)"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "pub",
          "'The latest U.S. State Department estimate is' (undated): still inside Russia"),
        C("hundreds", None, "vague", "in_russia", "nato", "fri",
          "'A NATO official in Brussels said on Friday' (7 February): 'more' arrived by train in "
          "January to fill the gaps (increment; January is the event, not the claim date)",
          add=True),
    ),
)


S08 = Source(
    article_id="v167_08_dock_notes_coffee_truck_amherst_island_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-12"),
    dated_by="html_meta",
    features="a ferry-landing coffee truck's page from Amherst Island (Loyalist Township, "
        "Ontario) in HTML, UTF-8, `article:published_time` -04:00 (Friday), a cookie notice "
        "about the usual order, a menu script, navigation, entities (`&amp;`, `&ndash;`, "
        "`&ldquo;`, `&rdquo;`, `&middot;`), a footer with a postal code and a phone number; "
        "`<title>` and headline without a figure; cups, minutes between sailings, a loan in "
        "dollars, opening times and loaf prices first; a barista from Dnipro relaying her "
        "husband, a mortar gunner on the Sumy border ('When he called on Tuesday night, he told "
        "her that') `a couple hundred` moved into a forestry camp (vague, near the front) and, "
        "'and that', `four` taken prisoner 'last week' (number word, casualties; both other, "
        "from Tuesday to publication); a family doctor from Jeonju 'believes' `at least 10,000` "
        "kept in Russia through the winter (a forecast: planned, other, `pub`); the NIS 'told "
        "lawmakers on September 2' `around 2,000` killed; Russia's defence ministry 'said on "
        "Monday' mines cleared (not a claim) and, 'and that', `about 1,000` engineers still in "
        "Kursk (russia, near the front); North Korean state television 'late last month' "
        "`dozens` of portraits of the fallen (north_korea, casualties, days 21-31 of August); "
        "the truck's own `thousands` digging in (unattributed, near the front, required); cups, "
        "minutes, dollars, times, prices, mines, years, ages, a postal code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Notes from the Landing &ndash; The Dockside Percolator, Amherst Island</title>
<meta property="article:published_time" content="2025-09-12T07:30:00-04:00">
<script>var menu = {drip: 2.50, latte: 4.75, loaf: 3.50, open: "06:45"};</script>
</head>
<body>
<div class="cookie-notice">We keep one cookie so this page remembers your usual order. <a \
href="#">Sounds good</a></div>
<nav><a href="/">Home</a> &middot; <a href="/menu">Menu</a> &middot; <a href="/hours">Hours &amp; \
sailings</a> &middot; <a href="/notes">Notes</a></nav>
<main>
<h1>Last call for iced coffee</h1>
<p>Summer is winding down at the ferry landing. Since the May long weekend we have poured roughly \
11,200 cups, most of them in the 40 minutes between sailings, and the new espresso machine paid \
off its $9,800 loan two months early. From Monday the truck opens at 6:45 for the first boat and \
closes at 1 p.m. The pumpkin loaf is back next week at $3.50 a slice.</p>
<h2>The barista from Dnipro</h2>
<p>Kateryna Lysenko, 29, studied chemistry in Dnipro and has worked the window with us since \
June. Her husband Ivan is a mortar gunner on the Sumy border. When he called on Tuesday night, he \
told her that [[a couple hundred]] North Koreans had moved into a forestry camp on the Russian \
side, and that [[four]] had been taken prisoner last week after their trench flooded. &ldquo;He \
says they are very young and very quiet,&rdquo; Kateryna said, and went back to steaming milk.</p>
<h2>A regular from the early boat</h2>
<p>Dr. Min-jun Oh, 58, a family doctor who grew up in Jeonju and keeps an old farmhouse on the \
south shore, takes his coffee black and his news seriously. He believes Pyongyang will keep [[at \
least 10,000]] troops in Russia through the winter. &ldquo;They are not going home. They are \
paying the bills,&rdquo; he said.</p>
<h2>What the news says</h2>
<p>South Korea&rsquo;s National Intelligence Service told lawmakers on September 2 that the \
North's dead in this war now numbered [[around 2,000]]. Russia&rsquo;s defense ministry said on \
Monday that North Korean engineers had cleared more than 1.5 million mines in the Kursk region, \
and that [[about 1,000]] of them were still working there. North Korean state television \
broadcast a ceremony late last month in which Kim Jong Un pinned medals on the portraits of \
[[dozens]] of fallen soldiers.</p>
<p>It is a strange thing to pour coffee on a quiet island while [[thousands]] of North Koreans \
dig trenches on the far side of the world.</p>
</main>
<footer>The Dockside Percolator &middot; Ferry landing, Stella, ON K0H 2N0 &middot; (613) \
555-0139 &middot; Cash, card &amp; island tabs</footer>
<script src="/js/order.js"></script>
</body>
</html>
""",
    claims=(
        C("a couple hundred", None, "vague", "near_front", "other", "tue..pub",
          "a barista from Dnipro relaying her husband, a mortar gunner on the Sumy border ('When "
          "he called on Tuesday night, he told her that'; the speaker quoted: other): moved into "
          "a forestry camp on the Russian side (from Tuesday, 9 September, to publication)"),
        C("four", 4, "exact", "casualties", "other", "tue..pub",
          "same call, 'and that': taken prisoner 'last week' after their trench flooded (the "
          "event, not the claim date; number word)"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a family doctor from Jeonju, 'He believes' (undated): to be kept in Russia through "
          "the winter (a forecast: planned)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-02",
          "the NIS 'told lawmakers on September 2': killed so far"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "mon",
          "Russia's defense ministry 'said on Monday' (8 September), 'and that': engineers still "
          "working in the Kursk region (the 1.5 million mines before it are not a claim)"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state television 'broadcast a ceremony late last month' (days 21-31 of "
          "August): portraits of fallen soldiers"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the truck's own framing, no source (required): North Koreans digging trenches"),
    ),
)


S09 = Source(
    article_id="v167_09_field_notes_bobcat_watch_kiawah_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-05-21"),
    dated_by="front_matter",
    features="a bobcat project's field notes from Kiawah Island (South Carolina) in Markdown, "
        "UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title without a figure, "
        "straight quotes; litters, kittens, collared females, volunteer hours, camera cards and "
        "a collar's dollars first; a biology teacher from Kharkiv relaying her brother, an "
        "infantryman in the Sumy region ('On Sunday he sent her a message saying', 'she said') "
        "`about 60` dug in along a tree line (near the front) and `several` killed on their own "
        "mines (vague, casualties; both other, from Sunday to publication); a retired Marine "
        "born in Busan 'figures' `20,000 to 25,000` through Russia before New Year's (range, "
        "planned, other, `pub`); South Korea's defense ministry 'said last week' `more than "
        "2,500` deminers and engineers in Kursk; a State Department spokeswoman 'on Thursday "
        "put' `nearly 5,000` casualties ('nearly' as approx); 'According to Ukraine's foreign "
        "intelligence service' `up to 30,000` 'more' (at_most, increment, planned, `pub`); "
        "kittens, a bobcat's trips, hours, cards, pictures, dollars, years, ages",
    text="""\
---
title: "Field notes: kittens, collars and a volunteer's brother"
date: 2025-05-21
project: Kiawah Bobcat Watch
---

# Field notes: kittens, collars and a volunteer's brother

Denning season is here. Our trail cameras have caught three litters so far, seven kittens in all, \
and the two females we collared in March keep to the marsh edge behind the fourth fairway. \
Volunteers logged 312 hours in April and swapped 46 camera cards. A GPS collar costs $1,450, so \
thank you to everyone who bought a plant at the spring sale. The big male we call Captain crossed \
the causeway twice in April and was photographed asleep under a boardwalk near the visitor center.

## Behind the cameras

Yulia Tkachenko, 34, taught biology in Kharkiv and now works at an animal hospital on Johns \
Island. She checks our east-end cameras twice a week and keeps the photo archive, now more than \
9,000 pictures, in order. Her younger brother is an infantryman in the Sumy region. On Sunday he \
sent her a message saying [[about 60]] North Koreans had dug in along a tree line across the \
border, and that his platoon had watched [[several]] of them die on their own mines, she said.

## A trail volunteer's view

Sam Kwon, 66, a retired Marine who was born in Busan, figures the North will have put [[20,000 to \
25,000]] men through Russia before New Year's. "For Kim it is a business," he said.

## In the news

South Korea's defense ministry said last week that [[more than 2,500]] North Koreans were \
clearing mines and rebuilding roads in Kursk. A State Department spokeswoman on Thursday put \
North Korean casualties at [[nearly 5,000]]. According to Ukraine's foreign intelligence service, \
Pyongyang could send [[up to 30,000]] more by autumn.
""",
    claims=(
        C("about 60", 60, "approx", "near_front", "other", "sun..pub",
          "a biology teacher from Kharkiv relaying her brother, an infantryman in the Sumy "
          "region ('On Sunday he sent her a message saying', 'she said'; the speaker quoted: "
          "other): dug in along a tree line across the border (from Sunday, 18 May, to "
          "publication)"),
        C("several", None, "vague", "casualties", "other", "sun..pub",
          "same message, 'and that': died on their own mines"),
        C("20,000 to 25,000", None, "range", "planned", "other", "pub",
          "a retired Marine born in Busan, 'figures' (undated): put through Russia before New "
          "Year's (a forecast: planned; a total, not an increment)"),
        C("more than 2,500", 2500, "at_least", "near_front", "south_korea", "lastweek",
          "South Korea's defense ministry 'said last week': clearing mines and rebuilding roads "
          "in Kursk"),
        C("nearly 5,000", 5000, "approx", "casualties", "united_states", "thu",
          "a State Department spokeswoman 'on Thursday put' (15 May): casualties ('nearly' as "
          "approx)"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "pub",
          "'According to Ukraine's foreign intelligence service' (undated): 'more' could be sent "
          "by autumn (increment, planned)", add=True),
    ),
)


S10 = Source(
    article_id="v167_10_caddie_bulletin_kiawah_island_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Kiawah Island Caddie Association – The Caddie Shack Bulletin",
        "https://www.kiawahcaddies.example/bulletin/2025-11",
        "Fall loops, a new yardage book and news from two families",
    ),
    features="a caddie association's bulletin from Kiawah Island (South Carolina) in HTML, "
        "ISO-8859-1 with quotes, apostrophes and dashes only as entities (`&rsquo;`, `&ldquo;`, "
        "`&rdquo;`, `&ndash;`, `&middot;`), no meta date (sidecar, Thursday), a cookie note "
        "about the tee-sheet widget, a script, navigation, a footer with a ZIP code and a phone "
        "number; `<title>` and headline without a figure; loops, yardage books, a forecaddie fee "
        "and dollars first; a caddie from Odesa relaying his brother, a drone operator at the "
        "Kursk border ('On Saturday the brother texted him that …, he said', 'By his brother's "
        "count') `no fewer than 300` in villages across the line (at_least, near the front) and "
        "`about 30` killed by drones (casualties; both other, from Saturday to publication); a "
        "retired cardiologist from Chuncheon 'told us on the 14th tee on Monday' `close to "
        "20,000` cycled through Russia (approx, other, Monday); the NIS 'In a closed briefing "
        "for lawmakers on November 4' `some 5,000` construction troops sent since September (not "
        "an increment) and, 'and still kept', `around 10,000` near the Kursk border; Rutte "
        "'estimated last week' `upwards of 15,000`; Ukraine's military intelligence 'said on "
        "Tuesday' `2,000 to 3,000` 'more' by spring (range, increment, planned); KCNA 'on "
        "Sunday' `hundreds` back from Kursk (returnees: optional); loops, books, dollars, bags, "
        "years, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>The Caddie Shack Bulletin &ndash; November 2025</title>
<script>var teeSheet = {firstLoop: "07:10", lastLoop: "13:40", courses: 2};</script>
</head>
<body>
<div id="cookie-note">This page stores one cookie so the tee-sheet widget remembers your name. <a \
href="#">Got it</a></div>
<nav><a href="/">Home</a> | <a href="/loops">Loop sign-up</a> | <a href="/training">Training</a> \
| <a href="/bulletin">Bulletin</a></nav>
<main>
<h1>Fall loops and family news</h1>
<p>October was our busiest month since the championship year: 2,680 loops on the two oceanfront \
courses, an average of 86 a day. The new yardage books are in ($22 each, free for first-year \
caddies), and the forecaddie fee goes to $95 a bag on December 1. Please sign up for the \
Thanksgiving shifts by Friday.</p>
<h2>From the bag room</h2>
<p>Serhiy Marchenko, 26, played junior golf in Odesa before the war and now carries doubles on \
the back nine most mornings. His older brother operates drones on the Ukrainian side of the Kursk \
border. On Saturday the brother texted him that [[no fewer than 300]] North Koreans had shown up \
in the villages across the line, he said. By his brother&rsquo;s count, [[about 30]] of them had \
been killed by drones within a week.</p>
<h2>A member&rsquo;s view</h2>
<p>Joon Lee, 70, a retired cardiologist from Chuncheon who has played the island courses for 25 \
years, told us on the 14th tee on Monday that Pyongyang has cycled [[close to 20,000]] soldiers \
through Russia. &ldquo;Every one of them is somebody&rsquo;s son,&rdquo; he said, and hit a \
7-iron to the middle of the green.</p>
<h2>The news</h2>
<p>In a closed briefing for lawmakers on November 4, Seoul&rsquo;s National Intelligence Service \
said Pyongyang had dispatched [[some 5,000]] military construction troops to Russia since \
September and still kept [[around 10,000]] soldiers near the Kursk border. NATO Secretary General \
Mark Rutte estimated last week that [[upwards of 15,000]] North Koreans had served in Russia. \
Ukraine&rsquo;s military intelligence said on Tuesday that [[2,000 to 3,000]] more would arrive \
by spring. North Korea&rsquo;s KCNA reported on Sunday that [[hundreds]] of soldiers back from \
Kursk had marched past Kim Jong Un in Pyongyang.</p>
</main>
<footer>Kiawah Island Caddie Association &middot; Kiawah Island, SC 29455 &middot; Caddie master: \
(843) 555-0176 &middot; Loops 7&ndash;2 daily</footer>
</body>
</html>
""",
    claims=(
        C("no fewer than 300", 300, "at_least", "near_front", "other", "sat..pub",
          "a caddie from Odesa relaying his brother, a drone operator at the Kursk border ('On "
          "Saturday the brother texted him that …, he said'; the speaker quoted: other): shown "
          "up in the villages across the line ('no fewer than' as at_least; from Saturday, 8 "
          "November, to publication)"),
        C("about 30", 30, "approx", "casualties", "other", "sat..pub",
          "same text, 'By his brother's count': killed by drones 'within a week' (a period)"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "mon",
          "a retired cardiologist from Chuncheon, 'told us on the 14th tee on Monday' (10 "
          "November): cycled through Russia ('close to' as approx; a total, not an increment)"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'In a closed briefing for lawmakers on November 4': construction troops sent "
          "to Russia 'since September' (a period; no increment word)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing, 'and still kept': near the Kursk border"),
        C("upwards of 15,000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'estimated last week': served in Russia ('upwards of' as at_least)"),
        C("2,000 to 3,000", None, "range", "planned", "ukraine", "tue",
          "Ukraine's military intelligence 'said on Tuesday' (11 November): 'more' to arrive by "
          "spring (range, increment, planned)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "KCNA 'reported on Sunday' (9 November): soldiers back from Kursk marching in "
          "Pyongyang (returnees: optional, as in the earlier blind sets)", opt=True),
    ),
)


S11 = Source(
    article_id="v167_11_yard_notes_boat_yard_islesboro_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-05-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Ames Cove Boat Yard, Islesboro – Yard Notes",
        "https://www.amescoveboatyard.example/yard-notes/2025-05",
        "Launch season, a shipwright from Mykolaiv and Seoul's count",
    ),
    features="a boat yard's notes to its customers from Islesboro (Maine) in Markdown, UTF-8 "
        "with BOM and CRLF, front matter with `date:` as well as the sidecar (Wednesday; the "
        "sidecar title without the figure) and a title repeating the headline (optional), "
        "straight quotes; boats in storage and in the water, bottom paint and labor in dollars "
        "and the mainland ferry first; the headline's `15,000` from the NIS of April 30 (that "
        "day to publication, hedge dropped); a shipwright from Mykolaiv relaying his nephew, a "
        "sapper at the Kursk border ('Over Easter weekend, Dmytro told us, the nephew called and "
        "said', from Good Friday to publication) `at least "
        "200` building bunkers (near the front) and sentence-initial `A dozen` 'more' with mine "
        "detectors ('the nephew said' after the figure; number word 12, increment, near the "
        "front; both other); a sailor who grew up in Incheon 'thinks' `more than 4,000` lost "
        "(casualties, other, `pub`); Russia's chief of the general staff and North Korean state "
        "media without a figure; the NIS 'On April 30 … gave lawmakers its own tally:' `some "
        "15,000` sent in all and `around 600` dead; a Pentagon official 'said on Friday' `fewer "
        "than 10,000` still in Russia (at_most); boats, dollars, gallons, hours, feet, years, "
        "ages, a phone number",
    text="""\
---
title: "Yard Notes: launch season, and Seoul's [[15,000]]"
date: 2025-05-07
author: Ames Cove Boat Yard
---

# Yard Notes: launch season, and Seoul's [[15,000]]

We have 71 boats in storage this spring and 38 of them are already back in the water. The travel \
lift is booked solid through Memorial Day, so if your mooring is ready, call the office and we \
will find you a tide. Bottom paint is up to $68 a gallon this year; labor stays at $92 an hour. \
The mainland ferry has added a 6:30 run on Fridays, which helps the two crew members who live in \
Lincolnville.

## The shipwright from Mykolaiv

Dmytro Hnatiuk, 50, built wooden fishing boats in Mykolaiv for twenty years and joined the yard \
last fall. He is the man planing new cedar planks for the 1938 sloop in shed 2. His nephew is a \
sapper with a brigade at the Kursk border. Over Easter weekend, Dmytro told us, the nephew called \
and said [[at least 200]] North Korean soldiers were building bunkers in a village on the Russian \
side. [[A dozen]] more had turned up with mine detectors the next morning, the nephew said. "He \
counts them like I count planks," Dmytro said.

## A customer's view

Hannah Cho-Whitman, 61, who sails a 28-foot sloop out of Dark Harbor and grew up in Incheon, \
thinks the North has lost [[more than 4,000]] men in Russia, "and nobody in Pyongyang will ever \
say so."

## From the papers

On April 26 Russia's chief of the general staff thanked North Korean soldiers for helping to push \
Ukraine out of the Kursk region. Two days later North Korea's state media confirmed the \
deployment for the first time, without giving a number. On April 30 Seoul's spy agency gave \
lawmakers its own tally: [[some 15,000]] North Koreans sent to Russia in all, [[around 600]] of \
them dead. A Pentagon official said on Friday that [[fewer than 10,000]] remain in Russia now.

Office: 207-555-0114. The yard is closed Sundays until June.
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-04-30..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-04-30..pub",
          "headline ('Seoul's 15,000'): the NIS figure of the body ('gave lawmakers its own "
          "tally' on April 30), that day to publication, hedge dropped: sent to Russia in all"),
        C("at least 200", 200, "at_least", "near_front", "other", "2025-04-18..pub",
          "a shipwright from Mykolaiv relaying his nephew, a sapper at the Kursk border ('Over "
          "Easter weekend, Dmytro told us, the nephew called and said'; the speaker quoted: "
          "other): building bunkers in a village on the Russian side (a call over the Easter "
          "weekend: from Good Friday, 18 April, to publication, as 'Last weekend he told her' "
          "of corpus_blind166)"),
        C("A dozen", 12, "exact", "near_front", "other", "2025-04-18..pub",
          "same call, sentence-initial, 'the nephew said' after the figure: 'more' turned up "
          "with mine detectors 'the next morning' (the event; 'A dozen' as the number word 12; "
          "increment)", add=True),
        C("more than 4,000", 4000, "at_least", "casualties", "other", "pub",
          "a sailor who grew up in Incheon, 'thinks' (undated): lost in Russia"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "'On April 30 Seoul's spy agency gave lawmakers its own tally:': sent to Russia in all "
          "(a total)"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same tally, 'of them dead'"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "united_states", "fri",
          "'A Pentagon official said on Friday' (2 May): remain in Russia ('fewer than' as "
          "at_most)"),
    ),
)


S12 = Source(
    article_id="v167_12_letters_islesboro_crossing",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "The Islesboro Crossing – Letters",
        "https://www.islesborocrossing.example/letters/2024-12-12",
        "Letters: transfer station hours, a son near Kursk and a neighbor from Seoul",
    ),
    features="a readers' letters page from an Islesboro weekly (Maine) as plain text, "
        "windows-1252 (sidecar, Thursday), `–` and straight quotes; a letter on the transfer "
        "station's Saturday hours without a claim; a mother relaying her son, a radio operator "
        "in the Kursk region ('On Monday he told me that') `hundreds` attacking across snowy "
        "fields (vague, near the front) and, 'and that', `more than 50` counted dead (at_least, "
        "casualties; both other, from Monday to publication); a summer resident born in Seoul "
        "who 'expect[s]' 'another' `10,000` by spring (span without 'another'; increment, "
        "planned, other, `pub`); a reader answering the paper's own front page ('Your November "
        "21 front page put the number … at') `about 10,000` (unattributed, required, that day), "
        "the Pentagon 'On Friday' `several hundred` killed or wounded, the NIS 'on Tuesday' "
        "`about 11,000` in Kursk and Rutte 'last week' `up to 5,000` 'more' (at_most, increment, "
        "planned); the Kremlin without a figure; dollars, residents, ages, words",
    text="""\
THE ISLESBORO CROSSING – LETTERS TO THE EDITOR

Keep the transfer station open Saturdays

The select board's plan to close the transfer station on Saturdays from January would save the \
town about $6,200 a year. It would also leave the 140 or so of us who work on the mainland all \
week with nowhere to take our trash. Open it Saturday mornings and close it on Tuesdays instead.
Ruth Pendleton, Islesboro

My son near Kursk

My son Oleh, 24, is a radio operator with a brigade holding a line in Russia's Kursk region. He \
calls me when he can, mostly late at night. On Monday he told me that [[hundreds]] of North \
Koreans had come at his brigade across snowy fields in the past week, and that his company alone \
had counted [[more than 50]] of them dead. He says they come on foot, in waves, without armor. I \
pray for him, and for those boys too.
Natalia Greer, Dark Harbor

A neighbor from Seoul

I was born in Seoul and did my two years in the South Korean army near the DMZ before I came to \
Maine to study. I expect Pyongyang to send another [[10,000]] by spring, because Moscow pays in \
oil, food and missile know-how, and Kim needs all three.
Jin-ho Baek, summer resident, Islesboro

Your numbers are out of date

Your November 21 front page put the number of North Koreans in Russia at [[about 10,000]]. On \
Friday the Pentagon said [[several hundred]] of them had already been killed or wounded, and on \
Tuesday lawmakers in Seoul heard from their spy agency that [[about 11,000]] are in the Kursk \
region and fighting. NATO's Mark Rutte warned last week that [[up to 5,000]] more could follow. \
The Kremlin still calls all of this a fairy tale.
Tom Alcott, Islesboro

Letters must be signed and under 250 words. Drop them at the store or write to \
letters@islesborocrossing.example.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "mon..pub",
          "a mother relaying her son, a radio operator in the Kursk region ('On Monday he told "
          "me that'; the writer quoted: other): came at his brigade across snowy fields 'in the "
          "past week' (a period; from Monday, 9 December, to publication)"),
        C("more than 50", 50, "at_least", "casualties", "other", "mon..pub",
          "same call, 'and that': counted dead by his company"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a summer resident born in Seoul, 'I expect' (undated): 'another' to be sent by "
          "spring (span without 'another'; increment, planned)", add=True),
        C("about 10,000", 10000, "approx", "in_russia", "unattributed", "2024-11-21",
          "a reader citing the paper's own front page ('Your November 21 front page put the "
          "number … at'; unattributed, required, that day): in Russia"),
        C("several hundred", None, "vague", "casualties", "united_states", "fri",
          "'On Friday the Pentagon said' (6 December): killed or wounded"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "tue",
          "'on Tuesday lawmakers in Seoul heard from their spy agency' (10 December): in the "
          "Kursk region and fighting"),
        C("up to 5,000", 5000, "at_most", "planned", "nato", "lastweek",
          "'NATO's Mark Rutte warned last week': 'more' could follow (at_most, increment, "
          "planned)", add=True),
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
