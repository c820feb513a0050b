"""Build the HUNDRED-AND-FORTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-seventh corpus, for an honest measurement on articles the extractor has
never met, written in session 17 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: the
Advent letter of a stucco restoration workshop in Wessobrunn (Pfaffenwinkel) with a restorer from
Lviv and an art historian from Gyeongju, the river lido society's letter from Gars am Kamp in the
Kamptal (Austrian conventions) with a lifeguard from Kharkiv and a soprano from Daegu, a Blackneck
goat breeders' letter from Saas-Almagell in the Saastal (Swiss conventions) with a goatherd's
helper from Transcarpathia and a vet from Jeonju, a forest commoners' (Rechtler) letter from
Geusfeld in the Steigerwald with a tractor driver from Kropyvnytskyi and a carpenter from Daejeon,
a rare-breed pig society's breeders' letter from Süderbrarup in Angeln with a farm hand from
Cherkasy and an animal scientist from Suwon, and the wisent letter of a wildlife park's friends
at Neuhaus im Solling with a keeper from Chernihiv; an agency-style wire report from Lamu on a
Ukrainian grain ship's crew and the Korean engineers of its port, a women's ice hockey club's
rink notes from Leh in Ladakh with a coach from Uijeongbu and a skate technician from Kharkiv, a
cable station heritage group's news page from Knightstown on Valentia Island with a guide from
Odesa and a retired Korean cable engineer, a readers' letters page from a Beaver Island weekly
with letters quoting relatives, a raptor rescue's notes from Sitka with a volunteer from
Zaporizhzhia and a Korean-American charter captain, and the harbormaster's notes from
Stonington on Deer Isle with a sternman from Izmail and a yachtsman from Busan. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind145_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Pfaffenwinkel, Kamptal, Saastal, Steigerwald, Angeln, Solling)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="w145_01_werkstattbrief_wessobrunn_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-11"),
    dated_by="html_meta",
    features="the Advent letter of a stucco restoration workshop in Wessobrunn (Pfaffenwinkel, "
        "Upper Bavaria) in HTML, UTF-8, `article:published_time` +01:00 (Wednesday), a cookie "
        "note about the site gallery, navigation, a footer with a postcode and a phone number, a "
        "script; `<title>` and headline without a figure; putti and square metres of ceiling "
        "first; a restorer from Lviv relaying her brother in an assault brigade south of Kursk, "
        "'In seiner letzten Sprachnachricht, am Samstag, … erzählt Oksana' `mehreren hundert` "
        "(other, from Saturday to publication); 'Ende November teilte Seouls Geheimdienst NIS "
        "mit' `rund 11.000` in Russia; 'Laut dem Pentagon, das sich am Montag äußerte' "
        "`Hunderte` killed or wounded (a relative clause dates it); Zelensky 'am Sonntag' `etwa "
        "30` killed or wounded in one night; 'Aus dem Nato-Hauptquartier hieß es vergangene "
        "Woche' `mehr als 10.000` in Kursk; HUR 'geht davon aus' `bis zu 20.000` 'weitere' by "
        "spring (increment, planned, `pub`); an art historian from Gyeongju, „`dreißigtausend`“ "
        "in the end (number word, planned, other, `pub`); Russia's losses a day, putti, square "
        "metres, a course fee, an hourly rate, dates, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Werkstattbrief Advent 2024 &ndash; Stuck &amp; Fassung Hainz, Wessobrunn</title>
<meta property="article:published_time" content="2024-12-11T08:15:00+01:00">
<meta name="author" content="Werkstatt Hainz">
<script>window.werkstatt={brief:"advent-2024",bilder:14};</script>
</head>
<body>
<div class="cookie-hinweis">Unsere Seite merkt sich mit einem Cookie, welche Bilder der \
Baustellengalerie Sie schon angesehen haben. <button type="button">In Ordnung</button></div>
<nav><a href="/">Werkstatt</a> &middot; <a href="/referenzen">Referenzen</a> &middot; <a \
href="/werkstattbrief">Werkstattbrief</a> &middot; <a href="/kontakt">Kontakt</a></nav>
<main>
<h1>Putten, Kalk und lange Abende</h1>
<p class="lead">Im Winter ziehen wir uns von den Gerüsten in die Werkstatt zurück. Zwei Menschen, \
die seit dem Sommer mit uns arbeiten, bringen Geschichten aus Lemberg und Gyeongju mit.</p>
<p>Liebe Auftraggeber, liebe Freunde des Wessobrunner Stucks,</p>
<p>das Gerüst in der Wallfahrtskirche bei Peiting ist seit Freitag abgebaut. Seit März haben wir \
dort 46 Putten gefestigt, gut 180 Quadratmeter Deckenstuck gereinigt und zwei Kartuschen nach \
alten Glasplatten-Fotografien neu angetragen. Der Sumpfkalk für die Ergänzungen lagert wie immer \
drei Jahre in unserer Grube hinter dem Klosterhof.</p>
<p>Den größten Teil der Feinarbeit hat Oksana Kutschma übernommen. Die 34-Jährige hat an der \
Akademie in Lwiw Restaurierung studiert und ist seit dem Sommer 2023 bei uns. Ihr jüngerer Bruder \
kämpft mit einer Sturmbrigade auf russischem Boden, südlich der Stadt Kursk. In seiner letzten \
Sprachnachricht, am Samstag, habe er von [[mehreren hundert]] Nordkoreanern gesprochen, die \
seiner Brigade in den Wäldern gegenüberlägen, erzählt Oksana. Seitdem schläft sie schlecht.</p>
<h2>Was die Regierungen melden</h2>
<p>Seo Ji-hoon, 26, Kunsthistoriker aus Gyeongju, schreibt bei uns das Praxiskapitel seiner \
Doktorarbeit über den Rokoko-Stuck. In den Pausen liest er, was aus der Heimat gemeldet wird. \
Ende November teilte Seouls Geheimdienst NIS mit, [[rund 11.000]] Soldaten aus dem Norden \
befänden sich in Russland, die meisten davon seien mittlerweile in Kursk in Kämpfe verwickelt. \
Laut dem Pentagon, das sich am Montag äußerte, wurden dabei schon [[Hunderte]] getötet oder \
verwundet. Präsident Selenskyj sagte am Sonntag, bei Angriffen in einer einzigen Nacht seien \
[[etwa 30]] Nordkoreaner getötet oder verwundet worden.</p>
<p>Aus dem Nato-Hauptquartier hieß es vergangene Woche, [[mehr als 10.000]] Nordkoreaner stünden \
inzwischen im Gebiet Kursk. Der ukrainische Militärgeheimdienst geht davon aus, dass Pjöngjang \
bis zum Frühjahr [[bis zu 20.000]] weitere Männer bereitstellen kann. Ji-hoon hält selbst das \
noch für vorsichtig. &bdquo;Am Ende werden es [[dreißigtausend]] sein&ldquo;, sagt er, &bdquo;Kim \
verkauft seine Soldaten wie Granaten.&ldquo;</p>
<p>Oksana zuckt mit den Schultern, wenn die Rede auf solche Zahlen kommt. Ihr Bruder zähle nicht, \
sagt sie, er halte die Stellung. Die russische Armee verliert nach ukrainischen Angaben derzeit \
mehr als 1.500 Mann am Tag.</p>
<h2>Aus der Werkstatt</h2>
<ul><li>Stuckkurs für Laien: 17. bis 19. Januar, 240 Euro mit Material</li><li>Stundensatz für \
Befunduntersuchungen ab Januar: 78 Euro</li><li>Die Werkstatt bleibt vom 23. Dezember bis 6. \
Januar geschlossen.</li></ul>
</main>
<footer>Stuck &amp; Fassung Hainz GmbH &middot; Klosterweg 4 &middot; 82405 Wessobrunn &middot; \
Telefon 08809 92 17 35 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.min.js"></script>
</body>
</html>
""",
    claims=(
        C("mehreren hundert", None, "vague", "near_front", "other", "sat..pub",
          "a restorer relaying her brother in an assault brigade south of Kursk ('In seiner "
          "letzten Sprachnachricht, am Samstag, … erzählt Oksana'; the speaker quoted: other; "
          "the message's day to publication): facing his brigade in the woods"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2024-11-21..2024-11-30",
          "the NIS 'Ende November teilte … mit' (day 21 to the month's end), Konjunktiv: in "
          "Russia, most of them by now fighting in Kursk"),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon",
          "'Laut dem Pentagon, das sich am Montag äußerte' (9 December; a relative clause dates "
          "it): killed or wounded"),
        C("etwa 30", 30, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag' (8 December), Konjunktiv: killed or wounded in one night"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "lastweek",
          "'Aus dem Nato-Hauptquartier hieß es vergangene Woche': in the Kursk region"),
        C("bis zu 20.000", 20000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): 'weitere' by spring (increment after the figure, "
          "planned)", add=True),
        C("dreißigtausend", 30000, "exact", "planned", "other", "pub",
          "an art historian from Gyeongju, „Am Ende werden es dreißigtausend sein“, 'sagt er' "
          "(undated): a forecast total (number word, planned; not an increment)"),
    ),
)

S02 = Source(
    article_id="w145_02_badbrief_gars_am_kamp",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-08-22"),
    dated_by="dateline",
    features="a river lido society's letter from Gars am Kamp in the Kamptal (Lower Austria) as "
        "plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place "
        "line 'Gars am Kamp, 22. August 2025' (Friday); Austrian conventions (`heuer`, `Feber`, "
        "`Jänner`, `Obfrau`); bathers, water temperature and the jetty first; a lifeguard from "
        "Kharkiv relaying her father, a driver with an artillery brigade near Sumy, who told her "
        "'Vorige Woche' `an die hundert` across the border (approx with a number word, other, "
        "`lastweek`); a soprano from Daegu 'rechnet damit' `einige tausend` 'weitere' by winter "
        "(vague increment, planned, other, `pub`); 'Im Feber hatte es aus Seoul geheißen' `rund "
        "3.000` 'nachgeschickt' (increment, the month); Shoigu 'Mitte Juni' `1.000` deminers and "
        "`5.000` military builders for Kursk (planned, days 11-20); 'Dem südkoreanischen "
        "Nachrichtendienst zufolge, der am Dienstag … unterrichtete' `an die 2.000` fallen; KCNA "
        "'am Donnerstag' the families of `elf` sappers killed (number word, north_korea); "
        "'Washington geht nach Angaben eines Sprechers … aus' `10.000 bis 12.000` still in "
        "Russia (range, `pub`); bathers, degrees, metres, years, euros, helpers, a phone number",
    text="""\
Badeverein Gars am Kamp - Vereinsblatt Nr. 3/2025

Gars am Kamp, 22. August 2025

Liebe Badegäste, liebe Mitglieder,

die Saison im Flussbad geht in ihre letzten Wochen, und sie war heuer eine gute. Bis gestern \
haben wir 14.800 Eintritte gezählt, so viele wie seit dem Hitzesommer 2019 nicht mehr. Der Kamp \
hatte an den heißesten Tagen 23 Grad, und der neue Holzsteg, 38 Meter lang und aus heimischer \
Lärche, hat das Hochwasser im Juni ohne Schaden überstanden. Gegründet haben unseren Verein 1908 \
Sommerfrischler aus Wien; an ihre Villen am Ufer erinnert die kleine Ausstellung im Kabinenhaus.

Neu bei der Badeaufsicht ist Daryna Lyssenko, 19, aus Charkiw. Sie lebt mit ihrer Mutter in Horn \
und beginnt im Oktober ein Studium in Krems. Ihr Vater fährt Munition für eine Artilleriebrigade \
im Gebiet Sumy. Vorige Woche habe er am Telefon erzählt, drüben auf der russischen Seite hätten \
[[an die hundert]] Nordkoreaner neue Gräben ausgehoben, sagt Daryna. Die Familie telefoniert \
jeden Abend, kurz nachdem das Bad zusperrt.

Oben auf der Burg singt heuer die Sopranistin Han Yu-na aus Daegu die Pamina, und zwischen den \
Proben kommt sie zum Schwimmen herunter. Ihr Cousin ist Berufssoldat an der innerkoreanischen \
Grenze. "Wer aus Kursk nicht heimkommt, wird ersetzt", sagt sie. Sie rechnet damit, dass \
Pjöngjang bis zum Winter [[einige tausend]] weitere Soldaten nach Russland schickt.

Was gemeldet wurde

Die Zahlen, die man in diesem Sommer liest, gehen weit auseinander. Im Feber hatte es aus Seoul \
geheißen, Pjöngjang habe [[rund 3.000]] Mann nachgeschickt. Mitte Juni kündigte Sergej Schoigu \
bei einem Besuch in Pjöngjang an, [[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter würden \
in das Gebiet Kursk entsandt. Dem südkoreanischen Nachrichtendienst zufolge, der am Dienstag \
Abgeordnete in Seoul unterrichtete, sind seit dem vergangenen Herbst [[an die 2.000]] \
Nordkoreaner gefallen.

Nordkoreas Nachrichtenagentur KCNA meldete am Donnerstag, Kim Jong Un habe die Familien von \
[[elf]] bei der Minenräumung getöteten Pionieren empfangen. Washington geht nach Angaben eines \
Sprechers des Außenministeriums von [[10.000 bis 12.000]] Nordkoreanern aus, die weiterhin in \
Russland stationiert seien.

Aus dem Verein

- Das Bad sperrt am 14. September zu. Saisonkarten für 2026 gibt es ab Jänner um 45 Euro (heuer \
42 Euro).
- Abbau des Stegs: Samstag, 20. September, 8 Uhr. Wir brauchen 15 Helfer mit Gummistiefeln.
- Kontakt: Obfrau Herta Weißenböck, Tel. 02985 331 74.
""",
    claims=(
        C("an die hundert", 100, "approx", "near_front", "other", "lastweek",
          "a lifeguard relaying her father, a driver with an artillery brigade near Sumy "
          "('Vorige Woche habe er am Telefon erzählt … sagt Daryna'; the speaker quoted: other): "
          "new trenches across the border ('an die' with a number word as approx)"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "a soprano from Daegu 'rechnet damit' (undated): 'weitere' by winter (vague "
          "increment, planned)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-01..2025-02-28",
          "'Im Feber hatte es aus Seoul geheißen' (Austrian for February: the month): "
          "'nachgeschickt' (sent after the first troops: increment)", add=True),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni … kündigte … an' (days 11-20): deminers to be sent to Kursk (an "
          "announcement: planned)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders for Kursk (planned)"),
        C("an die 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Dem südkoreanischen Nachrichtendienst zufolge, der am Dienstag … unterrichtete' (19 "
          "August; a relative clause dates it): fallen since last autumn"),
        C("elf", 11, "exact", "casualties", "north_korea", "thu",
          "KCNA 'meldete am Donnerstag' (21 August, the day before the Friday letter): families "
          "of sappers killed clearing mines (number word)"),
        C("10.000 bis 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Washington geht nach Angaben eines Sprechers des Außenministeriums … aus' "
          "(undated): still stationed in Russia"),
    ),
)

S03 = Source(
    article_id="w145_03_geissenbrief_saas_almagell_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-09-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Schwarzhalsziegen-Zuchtgenossenschaft Saastal – Geissenbrief",
        "https://www.geissen-saastal.example/geissenbrief/alpabzug-2025",
        "Alpabzug 2025: eine Tierärztin aus Jeonju und ein Helfer aus Transkarpatien",
    ),
    features="a Blackneck goat breeders' letter from Saas-Almagell in the Saastal (Valais) in "
        "Markdown, UTF-16 LE with BOM and CRLF, front matter without a date (sidecar, Tuesday) "
        "and a title without a figure; Swiss conventions (`ss`, «», `1'380`, `25'000`, "
        "`10'000 bis 11'000`, `30'000`, 4-digit `2100`/`2000`/`6000`/`1000`); the descent from "
        "the alp first (`Gegen 500 Zuschauer`: not a claim); a goatherd's helper from "
        "Transcarpathia relaying his son, a drone pilot near Sumy, «`Dutzende`» laying mines "
        "('Er schreibt', other, `pub`); a vet from Jeonju «`gegen 25'000`» through Russia "
        "('gegen' as approx, other, `pub`); the NIS 'Anfang September' `rund 2000` fallen and, "
        "carried by 'hiess es aus Seoul', 'weitere' `6000` builders and engineers by the end of "
        "the year (increment before the figure, planned); the Kursk governor 'am Freitag' `mehr "
        "als 1000` deminers (russia, near the front); HUR 'gestern' `10'000 bis 11'000` (range, "
        "`yday`); 'Aus Washington hiess es vergangene Woche' 'auf' `bis zu 30'000` 'aufstocken' "
        "(a new total, planned, not an increment); goats, spectators, days, metres, kilos of "
        "cheese, francs, a meeting date, a phone number",
    text="""\
---
title: "Alpabzug 2025"
rubrik: Aus der Genossenschaft
---

# Alpabzug 2025

Am Samstag sind unsere Schwarzhalsziegen von der Alp oberhalb von Furggstalden ins Dorf \
zurückgekehrt: 143 Tiere, alle gesund, die Leitgeiss mit der grossen Treichel vorneweg. Gegen 500 \
Zuschauer säumten die Strasse zwischen der Kapelle und dem Dorfplatz. Auf 2100 Metern haben die \
Tiere in diesem Sommer 88 Tage verbracht. Gekäst wurden 1'380 Kilo Ziegenkäse; das Kilo kostet im \
Dorfladen 34 Franken.

## Zwei Helfer von weit her

Den ganzen Sommer über half Mychajlo Popowytsch, 52, aus einem Dorf bei Uschhorod in \
Transkarpatien, unserem Geisshirten. Zu Hause hielt er selbst Ziegen, bis er 2022 mit seiner Frau \
in die Schweiz kam. Sein Sohn steuert Aufklärungsdrohnen im Grenzgebiet bei Sumy. «Er schreibt, \
dass drüben [[Dutzende]] Nordkoreaner Minen verlegen», sagt Mychajlo. Mehr erfahre er nicht, der \
Sohn dürfe wenig sagen.

Kwon Mi-rae, 29, Tierärztin aus Jeonju, kam für ein Praktikum über Klauenkrankheiten ins Saastal \
und blieb bis zum Alpabzug. Ihre Familie verfolgt genau, was über die Soldaten des Nordens \
berichtet wird. «Bis jetzt sind es [[gegen 25'000]], die durch Russland gegangen sind», sagt sie. \
«Und niemand fragt, wie viele zurückkommen.»

## Was man hört

Aus Seoul, Kiew und Washington kommen wie immer verschiedene Zahlen. Der südkoreanische \
Nachrichtendienst bezifferte Anfang September die Zahl der Gefallenen auf [[rund 2000]]; bis Ende \
Jahr sollten weitere [[6000]] Bauarbeiter und Pioniere nach Russland folgen, hiess es aus Seoul. \
Der Gouverneur von Kursk lobte am Freitag die [[mehr als 1000]] nordkoreanischen Minenräumer, die \
in seinem Gebiet arbeiten.

Der ukrainische Militärgeheimdienst sprach gestern von [[10'000 bis 11'000]] Nordkoreanern, die \
noch in Russland stationiert seien. Aus Washington hiess es vergangene Woche, Pjöngjang könnte \
seine Truppe in Russland auf [[bis zu 30'000]] Mann aufstocken.

Die Generalversammlung findet am 14. November im Gemeindesaal statt. Anmeldung und Auskunft: 027 \
957 14 62.
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "pub",
          "a goatherd's helper relaying his son, a drone pilot near Sumy («Er schreibt …», "
          "'sagt Mychajlo', undated; the speaker quoted: other): laying mines across the border"),
        C("gegen 25'000", 25000, "approx", "in_russia", "other", "pub",
          "a vet from Jeonju, «…», 'sagt sie' (undated): passed through Russia ('gegen' as "
          "approx)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'bezifferte Anfang September' (days 1-10): fallen"),
        C("6000", 6000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same statement, carried by 'hiess es aus Seoul': 'weitere' builders and engineers "
          "to follow by the end of the year (increment before the figure, planned)", add=True),
        C("mehr als 1000", 1000, "at_least", "near_front", "russia", "fri",
          "the Kursk governor 'lobte am Freitag' (19 September): deminers at work in his region"),
        C("10'000 bis 11'000", None, "range", "in_russia", "ukraine", "yday",
          "HUR 'sprach gestern' (22 September): still stationed in Russia"),
        C("bis zu 30'000", 30000, "at_most", "planned", "united_states", "lastweek",
          "'Aus Washington hiess es vergangene Woche', 'könnte … auf … aufstocken' (a new "
          "total: planned, not an increment)"),
    ),
)

S04 = Source(
    article_id="w145_04_rechtlerbrief_geusfeld_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-02-14"),
    dated_by="front_matter", crlf=True,
    features="a forest commoners' (Rechtler) letter from Geusfeld in the Steigerwald (Lower "
        "Franconia) in Markdown, windows-1252 with CRLF (`„“`, `–`), front matter with `date:` "
        "(Friday) and a title without a figure; the firewood draw first; a tractor driver from "
        "Kropyvnytskyi relaying his son, a medic near Sudzha, 'Am Sonntag, erzählt Wolodymyr, "
        "habe der Sohn geschrieben' „`Hunderte`“ back in Kursk (other, from Sunday to "
        "publication); a carpenter from Daejeon 'schätzt' `knapp 15.000` brought "
        "to Russia (other, `pub`); the NIS 'erklärte am Mittwoch' `mindestens 1.000` 'frische "
        "Soldaten nachgeschickt' (replacements: increment) and `gut 3.000` dead and wounded "
        "('gut' as at_least); 'Nach Einschätzung des ukrainischen Militärgeheimdienstes' `etwa "
        "8.000` fighting in Kursk (`pub`); Zelensky 'Mitte Januar' the `zwei` captured (number "
        "word, days 11-20); 'Ein hoher US-Beamter sagte vergangene Woche' 'um' `mehrere tausend` "
        "'verstärkt' (vague increment, planned); families, steres, lots, euros, hectares, years, "
        "ages, dates, a phone number",
    text="""\
---
title: "Holz, Rechte und zwei Helfer"
date: 2025-02-14
absender: Rechtlergemeinschaft Geusfeld
---

# Holz, Rechte und zwei Helfer

Liebe Rechtlerinnen und Rechtler,

die Holzverlosung am vergangenen Samstag im Gasthaus war gut besucht: 58 von 62 Rechtlerfamilien \
waren vertreten. Verteilt wurden 1.150 Ster Buchen- und Eichenbrennholz aus dem \
Gemeinschaftswald, dazu 14 Lose Kronenholz für Selbstwerber. Das Ster kostet in diesem Jahr 38 \
Euro für Rechtler und 72 Euro für Auswärtige. Unser Wald umfasst 310 Hektar; die Nutzungsrechte \
gehen auf eine Urkunde von 1848 zurück.

## Zwei Helfer beim Rücken

Beim Holzrücken im Januar hatten wir Hilfe von zwei Männern, die weit weg von zu Hause sind. \
Wolodymyr Schewtschuk, 48, aus Kropywnyzkyj fährt seit einem Jahr Traktor für den Maschinenring. \
Sein Sohn ist Sanitäter bei einer Brigade, die bei Sudscha im Gebiet Kursk steht. Am Sonntag, \
erzählt Wolodymyr, habe der Sohn geschrieben, die Nordkoreaner seien zurück: „[[Hunderte]], \
ausgeruht und besser ausgerüstet als im Dezember.“

Jang Hyun-woo, 38, Zimmerer aus Daejeon, hat vor sechs Jahren nach Geusfeld eingeheiratet und ist \
über seine Frau selbst Rechtler. Er schätzt, dass bisher [[knapp 15.000]] Nordkoreaner nach \
Russland gebracht wurden, „egal was Moskau behauptet“.

## Was gemeldet wurde

Der südkoreanische Geheimdienst erklärte am Mittwoch vor dem Geheimdienstausschuss in Seoul, die \
nordkoreanischen Truppen seien nach einer Pause von mehreren Wochen wieder im Gebiet Kursk im \
Einsatz. Pjöngjang habe [[mindestens 1.000]] frische Soldaten nachgeschickt, um die Lücken zu \
füllen. Die Verluste bezifferte der Dienst auf [[gut 3.000]] Tote und Verwundete.

Nach Einschätzung des ukrainischen Militärgeheimdienstes stehen im Gebiet Kursk zurzeit [[etwa \
8.000]] Nordkoreaner im Gefecht. Präsident Selenskyj hatte Mitte Januar angeboten, die [[zwei]] \
gefangen genommenen Soldaten aus dem Norden gegen Ukrainer in russischer Gefangenschaft \
auszutauschen. Ein hoher US-Beamter sagte vergangene Woche, die Truppe solle im Frühjahr um \
[[mehrere tausend]] Mann verstärkt werden.

## Termine

- Rechtlerversammlung: Samstag, 8. März, 19 Uhr, Gasthaus Krone
- Eichenpflanzung: 29. März, Treffpunkt an der Waldhütte, 9 Uhr
- Holzabfuhr bis spätestens 30. April; Fragen an den Waldmeister Georg Düring, 09554 92 18 07
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun..pub",
          "a tractor driver relaying his son, a medic near Sudzha ('Am Sonntag, erzählt "
          "Wolodymyr, habe der Sohn geschrieben'; the speaker quoted: other; the message's day "
          "to publication): back in the Kursk region"),
        C("knapp 15.000", 15000, "approx", "in_russia", "other", "pub",
          "a carpenter from Daejeon, 'Er schätzt' (undated): brought to "
          "Russia so far ('knapp' as approx)"),
        C("mindestens 1.000", 1000, "at_least", "in_russia", "south_korea", "wed",
          "the NIS 'erklärte am Mittwoch vor dem Geheimdienstausschuss' (12 February), "
          "Konjunktiv: 'frische Soldaten nachgeschickt' to fill the gaps (replacements: "
          "increment)", add=True),
        C("gut 3.000", 3000, "at_least", "casualties", "south_korea", "wed",
          "same statement, 'bezifferte der Dienst': dead and wounded ('gut' as at_least)"),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): fighting in "
          "Kursk"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "Zelensky 'hatte Mitte Januar angeboten' (days 11-20): the captured soldiers (number "
          "word)"),
        C("mehrere tausend", None, "vague", "planned", "united_states", "lastweek",
          "'Ein hoher US-Beamter sagte vergangene Woche': the force to be reinforced 'um' "
          "several thousand in spring (vague increment, planned)", add=True),
    ),
)

S05 = Source(
    article_id="w145_05_zuechterbrief_suederbrarup",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-04-09"),
    dated_by="sidecar",
    sidecar=(
        "Förderverein Angler Sattelschwein – Züchterbrief",
        "https://www.angler-sattelschwein.example/zuechterbrief/2025-2",
        "Züchterbrief 2/2025: Ferkel, Körung und ein Gast aus Suwon",
    ),
    features="a rare-breed pig society's breeders' letter from Süderbrarup in Angeln "
        "(Schleswig) as plain text, UTF-8 with BOM (sidecar, Wednesday), `„“` and `–`; sows, "
        "boars, piglets and prices first; a farm hand from Cherkasy relaying her husband, a "
        "sapper near Sumy, `ein paar Hundert` still across the border ('sagt Iryna', other, "
        "`pub`); an animal scientist from Suwon 'erwartet' `mindestens 5.000` 'weitere' once "
        "Kursk is retaken (increment, planned, other, `pub`); 'Ende März teilte der "
        "südkoreanische Geheimdienst mit' `rund 4.700` dead and wounded and, by Konjunktiv, "
        "`etwa 3.000` 'zusätzliche' (increment); 'Ein Nato-Sprecher sagte am Montag' `mehr als "
        "11.000` still in Russia; Zelensky 'am Sonntag' `mehreren tausend` at the Belgorod "
        "border (near the front); the letter's own sum 'Zählt man zusammen, was aus Seoul "
        "gemeldet wurde' `rund 14.000` (unattributed, required); sows, boars, farms, piglets, "
        "euros per kilo, years, ages, dates, a phone number",
    text="""\
Förderverein Angler Sattelschwein e.V. – Züchterbrief 2/2025

Ferkel, Körung und ein Gast aus Suwon

Liebe Züchterinnen und Züchter,

der Winter war gut zu unseren Schweinen. Im Herdbuch stehen jetzt 71 Sauen und 9 Eber aus 14 \
Betrieben zwischen der Schlei und der Flensburger Förde; im Schnitt brachte jeder Wurf 9,6 \
lebende Ferkel. Für Fleisch vom Sattelschwein zahlen die Direktvermarkter derzeit 4,20 Euro je \
Kilo Schlachtgewicht. Das Herdbuch führen wir seit 1929, mit einer Unterbrechung von fast zwanzig \
Jahren.

Auf dem Hof Petersen arbeitet seit zwei Jahren Iryna Tkatsch, 41, aus Tscherkassy. Ihr Mann ist \
Pionier und räumt mit seiner Einheit Minen an der Grenze bei Sumy. Was er über die Nordkoreaner \
auf der anderen Seite erzählt, klingt anders als im Winter: Es seien weniger geworden, vielleicht \
noch [[ein paar Hundert]], sagt Iryna, „und die graben sich tiefer ein“.

Im März war Dr. Moon So-hee vom staatlichen Institut für Tierwissenschaften in Suwon bei uns zu \
Gast. Sie vergleicht alte Landschweinrassen und interessiert sich für die Verwandtschaft unserer \
Sattelschweine mit dem koreanischen Schwarzschwein. Über den Norden ihres Landes spricht sie \
nüchtern. Sobald Kursk ganz zurückerobert sei, werde Pjöngjang [[mindestens 5.000]] weitere \
Soldaten schicken, erwartet sie.

Was gemeldet wurde

Ende März teilte der südkoreanische Geheimdienst mit, die Verluste des Nordens in Russland \
beliefen sich auf [[rund 4.700]] Tote und Verwundete. Zudem habe Pjöngjang im Januar und Februar \
[[etwa 3.000]] zusätzliche Soldaten entsandt. Ein Nato-Sprecher sagte am Montag in Brüssel, \
[[mehr als 11.000]] Nordkoreaner seien weiterhin in Russland. Präsident Selenskyj erklärte am \
Sonntag, Einheiten aus dem Norden seien inzwischen auch an der Grenze zum Gebiet Belgorod \
aufgetaucht, mit [[mehreren tausend]] Mann.

Zählt man zusammen, was aus Seoul gemeldet wurde, haben bislang [[rund 14.000]] Nordkoreaner in \
Russland gedient. Für uns ist das eine ferne Zahl, für Iryna nicht.

Termine
– Frühjahrskörung: Samstag, 3. Mai, 10 Uhr, Hof Petersen, Süderbrarup
– Züchterstammtisch: jeden ersten Donnerstag im Monat, 19.30 Uhr, Landgasthof Brarup
– Geschäftsstelle: 04641 98 27 30
""",
    claims=(
        C("ein paar Hundert", None, "vague", "near_front", "other", "pub",
          "a farm hand relaying her husband, a sapper near Sumy ('Es seien weniger geworden … "
          "sagt Iryna', undated; the speaker quoted: other): across the border"),
        C("mindestens 5.000", 5000, "at_least", "planned", "other", "pub",
          "an animal scientist from Suwon, 'erwartet sie' (undated): 'weitere' once Kursk is "
          "retaken (increment, planned)", add=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "the NIS 'Ende März teilte … mit' (day 21 to the month's end): dead and wounded"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "same statement, Konjunktiv 'Zudem habe Pjöngjang': 'zusätzliche' sent in January "
          "and February (increment)", add=True),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "mon",
          "'Ein Nato-Sprecher sagte am Montag in Brüssel' (7 April): still in Russia"),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'erklärte am Sonntag' (6 April): units at the border of the Belgorod region"),
        C("rund 14.000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own sum ('Zählt man zusammen, was aus Seoul gemeldet wurde'; no source: "
          "unattributed, required): served in Russia"),
    ),
)

S06 = Source(
    article_id="w145_06_wisentbrief_solling_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Wildpark Neuhaus im Solling – Wisentbrief",
        "https://www.freundeskreis-wildpark-neuhaus.example/wisentbrief/2025-11",
        "Wisentbrief November 2025: Zwei Kälber und eine Tierpflegerin aus Tschernihiw",
    ),
    features="the wisent letter of a wildlife park's friends at Neuhaus im Solling (Lower "
        "Saxony) in HTML, windows-1252 with raw umlauts, `„“` and `·`, no meta date (sidecar, "
        "Wednesday), a cookie note about the feeding-time reminder, navigation, a footer with a "
        "phone number, a script; `<title>` and headline without a figure; calves, fence and "
        "donations first; a keeper from Chernihiv relaying her brother, a drone pilot near Sumy, "
        "'Am Freitag habe er ihr geschrieben … erzählt Switlana' `rund 200` building positions "
        "(other, from Friday to publication); a biologist from Seoul who in her last letter 'hält "
        "es für wahrscheinlich' `Zehntausende` builders next year (planned, other, `pub`); 'Anfang "
        "November unterrichtete der … NIS das Parlament' `Etwa 10.000` along the border and "
        "`rund 5.000` military builders on their way to Russia (in Russia); the Kursk governor "
        "'am Montag' `mehr als tausend` builders at work (number word, russia, near the front); "
        "North Korean state TV 'Ende Oktober' `Hunderten` names in a museum (north_korea, "
        "casualties); the Pentagon 'geht davon aus' `bis zu 15.000` sent (`pub`); wisents, calves, "
        "kilometres, euros, visitors, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Wisentbrief November 2025 | Freundeskreis Wildpark Neuhaus</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/wildpark.css">
</head>
<body>
<div class="cookie">Wir verwenden ein Cookie, damit die Erinnerung an die Fütterungszeiten \
funktioniert. <a href="#" id="ja">Einverstanden</a></div>
<nav><a href="/">Freundeskreis</a> | <a href="/wisente">Unsere Wisente</a> | <a \
href="/paten">Patenschaften</a> | <a href="/wisentbrief">Wisentbrief</a></nav>
<article>
<h1>Zwei Kälber, ein neuer Zaun und eine Tierpflegerin aus Tschernihiw</h1>
<p>Liebe Freundinnen und Freunde des Wildparks,</p>
<p>die Wisentherde im Solling ist in diesem Jahr auf elf Tiere gewachsen: Im Mai und im Juni \
kamen zwei Kälber zur Welt, beide weiblich. Der neue Zaun am Westgehege, 1,4 Kilometer lang, ist \
fertig; bezahlt haben ihn zu einem guten Teil Ihre Spenden, zusammen 38.600 Euro. Rund 120.000 \
Menschen haben den Park bis Ende Oktober besucht.</p>
<p>Seit März arbeitet Switlana Ostapenko, 31, als Tierpflegerin bei uns. Sie kommt aus \
Tschernihiw, wo sie im Zoo für die Huftiere zuständig war. Ihr Bruder fliegt Drohnen im \
Grenzgebiet bei Sumy. Am Freitag habe er ihr geschrieben, jenseits der Grenze bei Tjotkino hätten \
[[rund 200]] Nordkoreaner neue Stellungen gebaut, erzählt Switlana.</p>
<p>Im Sommer beobachtete die Biologin Baek Ji-yeon, 34, aus Seoul bei uns, wie sich die Wisente \
im Wald ihre Wege suchen. Sie schreibt uns regelmäßig. In ihrem letzten Brief hält sie es für \
wahrscheinlich, dass der Norden im kommenden Jahr [[Zehntausende]] Bauarbeiter nach Russland \
schickt, „für Straßen, Brücken und Häuser in Kursk“.</p>
<h2>Was gemeldet wurde</h2>
<p>Anfang November unterrichtete der südkoreanische Geheimdienst NIS das Parlament: [[Etwa \
10.000]] nordkoreanische Soldaten stünden entlang der Grenze zur Ukraine, zudem seien seit \
September [[rund 5.000]] Militärbauarbeiter auf dem Weg nach Russland. Der Gouverneur des Gebiets \
Kursk, Alexander Chinschtein, sagte am Montag, [[mehr als tausend]] Bauarbeiter aus dem Norden \
hätten mit dem Wiederaufbau von Schulen und Brücken begonnen.</p>
<p>Das nordkoreanische Staatsfernsehen zeigte Ende Oktober ein neues Museum in Pjöngjang, in dem \
die Namen von [[Hunderten]] in Kursk gefallenen Soldaten eingraviert sind. Das Pentagon geht \
davon aus, dass Pjöngjang bislang [[bis zu 15.000]] Soldaten nach Russland geschickt hat.</p>
<ul><li>Fütterung der Wisente: täglich um 14 Uhr</li><li>Patenschaft für ein Wisentkalb: 60 Euro \
im Jahr</li><li>Adventsmarkt am Parkeingang: 6. und 7. Dezember</li></ul>
</article>
<footer>Freundeskreis Wildpark Neuhaus im Solling e.V. · Am Wildpark 1 · 37603 Neuhaus im Solling \
· Tel. 05536 99 84 21 · <a href="/impressum">Impressum</a></footer>
<script>document.getElementById("ja").onclick = function () { this.parentNode.remove(); };</script>
</body>
</html>
""",
    claims=(
        C("rund 200", 200, "approx", "near_front", "other", "fri..pub",
          "a keeper relaying her brother, a drone pilot near Sumy ('Am Freitag habe er ihr "
          "geschrieben … erzählt Switlana'; the speaker quoted: other; the message's day to "
          "publication): new positions across the border"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a biologist from Seoul, 'In ihrem letzten Brief hält sie es für wahrscheinlich' "
          "(undated): builders to be sent next year (planned, not an increment)"),
        C("Etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'Anfang November unterrichtete … das Parlament' (days 1-10), Konjunktiv: "
          "along the border with Ukraine (sentence-initial hedge)"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same briefing: military builders on their way to Russia since September "
          "(transported: in Russia)"),
        C("mehr als tausend", 1000, "at_least", "near_front", "russia", "mon",
          "the Kursk governor 'sagte am Montag' (17 November): builders at work rebuilding "
          "schools and bridges in Kursk (number word)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "North Korean state TV 'zeigte Ende Oktober' (day 21 to the month's end): names of "
          "the fallen in a museum"),
        C("bis zu 15.000", 15000, "at_most", "in_russia", "united_states", "pub",
          "the Pentagon 'geht davon aus' (undated): sent to Russia so far"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Lamu, Ladakh, Valentia Island, Beaver Island, Sitka, Deer Isle)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="w145_07_coast_wire_lamu",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-31"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Lamu (Kenya) as plain text, UTF-8 with CRLF, slug "
        "line and dateline 'LAMU, Kenya, October 31, 2024 (Swahili Coast Wire) –' (Thursday); a "
        "Ukrainian grain carrier's crew and the South Korean engineers of the port; the "
        "headline's `10,000` from the Pentagon of Monday (Monday to publication, hedge dropped); "
        "'According to the Pentagon, which gave its estimate on Monday' `about 10,000` training "
        "in Russia's far east (a relative clause dates it); 'On Wednesday a "
        "State Department official told reporters' `up to 8,000` moved to Kursk; 'South Korea's "
        "spy agency told lawmakers … last week' `3,000` arrivals and the total 'expected' to "
        "reach `12,000` (planned); HUR 'according to a statement on Saturday, put the number … "
        "at' `about 7,000` in border areas; the chief officer relaying his cousin, a marine near "
        "Sudzha, who 'wrote to him on Tuesday' `thousands` to expect (planned, other, from "
        "Tuesday to publication); a Korean site manager 'reckons' `at least 20,000` (planned, "
        "other, `pub`); Moscow and Nairobi without a figure; tonnes, crew, dollars, ships, "
        "years, kilometres, donkeys, ages, a newsdesk phone number",
    text="""\
SWAHILI COAST WIRE | WORLD / AFRICA | 1105 EAT

At Lamu port, Ukrainian sailors and Korean engineers follow the North's [[10,000]]

By Fatma Abdalla Bakari

LAMU, Kenya, October 31, 2024 (Swahili Coast Wire) – On the quay of Lamu's new deep-water port, \
where a Ukrainian bulk carrier has spent the week discharging wheat loaded in Chornomorsk, the \
talk among the crew is less about the cargo than about the soldiers North Korea has sent to Russia.

According to the Pentagon, which gave its estimate on Monday, [[about 10,000]] soldiers from the \
North are now training at bases in Russia's far east and will probably join the fighting against \
Ukraine within weeks. On Wednesday a State Department official told reporters in Washington that \
[[up to 8,000]] of them had already been moved to the Kursk region, which borders Ukraine.

South Korea's spy agency told lawmakers in Seoul last week it had counted [[3,000]] arrivals so \
far and expected the total to reach [[12,000]] by December. Ukraine's military intelligence, \
according to a statement on Saturday, put the number already in the border areas at [[about 7,000]].

"We unload bread for Africa and read about Koreans going to shoot at our sons," said Andriy \
Melnychenko, 52, the ship's chief officer. His cousin, a marine in a brigade that holds ground on \
Russian soil near Sudzha, wrote to him on Tuesday that officers had told the unit to expect \
[[thousands]] of North Koreans opposite them before the snow.

A few hundred metres along the quay, engineers from a South Korean contractor are finishing the \
port's second and third berths. Their site manager, Lee Jae-sung, 44, from Ulsan, reckons \
Pyongyang will send [[at least 20,000]] before the war ends. "For Kim, soldiers are an export, \
like shells," he said.

Moscow has not confirmed the deployment. Kenya, which imports most of its wheat, has stayed out \
of the argument.

The carrier, of 32,000 tonnes deadweight, is due to sail for Mombasa on Saturday with its crew of \
21. Lamu's port, built for about $480 million, handled fewer than 60 ships last year. The old \
town, a World Heritage site since 2001, lies some 240 kilometres north-east of Mombasa and relies \
on roughly 3,000 donkeys for its transport.

(Reporting by Fatma Abdalla Bakari; editing by Otieno Wekesa. Newsdesk: +254 42 463 3190)
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "wire headline: the Pentagon figure of Monday ('about 10,000' in the body), from "
          "Monday 28 October to the Thursday of publication, hedge dropped"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'According to the Pentagon, which gave its estimate on Monday' (28 October; a "
          "relative clause dates it): training at bases in Russia's far east"),
        C("up to 8,000", 8000, "at_most", "near_front", "united_states", "wed",
          "'On Wednesday a State Department official told reporters' (30 October): moved to "
          "the Kursk region (a part of the 10,000, not an increment)"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "lastweek",
          "'South Korea's spy agency told lawmakers … last week': arrivals counted so far"),
        C("12,000", 12000, "exact", "planned", "south_korea", "lastweek",
          "same briefing: 'expected the total to reach' by December (planned, a total)"),
        C("about 7,000", 7000, "approx", "near_front", "ukraine", "sat",
          "HUR, 'according to a statement on Saturday, put the number … at' (26 October): "
          "already in the border areas"),
        C("thousands", None, "vague", "planned", "other", "tue..pub",
          "the chief officer relaying his cousin, a marine near Sudzha, who 'wrote to him on "
          "Tuesday' (29 October; the speaker quoted: other; the message's day to "
          "publication): to expect opposite them before the snow (planned)"),
        C("at least 20,000", 20000, "at_least", "planned", "other", "pub",
          "a Korean site manager 'reckons' (undated): to be sent before the war ends"),
    ),
)

S08 = Source(
    article_id="w145_08_rink_notes_leh_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-28"),
    dated_by="front_matter",
    features="a women's ice hockey club's rink notes from Leh (Ladakh) in Markdown, UTF-8 with "
        "curly quotes, front matter with `date:` (Tuesday) and a title repeating the headline "
        "(optional); the natural rink, the cold and the players first; the headline 'Kyiv's "
        "`4,000`' from Zelensky's `almost 4,000` of Sunday (Sunday to publication, hedge "
        "dropped); a skate technician from Kharkiv relaying his brother, a tank commander near "
        "Sudzha, 'On Friday, Oleh says, the brother messaged' `a few dozen` left (other, from "
        "Friday to publication); 'In mid-January' (days 11-20) the NIS `some 300` dead and "
        "`2,700` wounded; Zelensky 'speaking to reporters in Kyiv on Sunday, put their losses "
        "at' `almost 4,000`; 'A White House spokesman said on Thursday' `more than 1,000` "
        "killed; HUR 'said last week' 'a further' `2,000` (increment, planned); a coach from "
        "Uijeongbu 'figures' `15,000 to 20,000` by the end of the year (range, planned, other, "
        "`pub`); degrees, players, pairs of skates, metres, rupees, dates, a phone number",
    text="""\
---
title: "Rink notes: a coach from Uijeongbu and Kyiv’s [[4,000]]"
date: 2025-01-28
club: Ladakh Women’s Ice Hockey Club
---

# Rink notes: a coach from Uijeongbu and Kyiv’s [[4,000]]

Jullay, friends of the club!

The natural rink at Karzoo has been hard since the second week of December, and the cold has \
held: minus 18 at the morning practices most days, minus 25 on the worst of them. Twenty-four \
girls and women now train with us, from Leh town and from villages as far away as Chushul, and \
the under-16 team won all three of its games at the Gupuk pond tournament. Skates donated last \
winter are still going strong; we have 31 pairs to lend and could use 20 more.

## Our guests this winter

Coach Cho Eun-bi, who played defence for a university team in Seoul and now teaches PE in \
Uijeongbu, arrived on January 4 for her second season with us. Oleh Savchuk, a skate technician \
from Kharkiv who sharpens blades for a sports charity, joined her a week later with a grinder in \
his luggage.

At 3,500 metres the talk at the tea stall after practice is not only about hockey. Oleh’s brother \
commands a tank crew near Sudzha, in the part of the Kursk region that Ukraine holds. On Friday, \
Oleh says, the brother messaged that only [[a few dozen]] North Koreans were left in the villages \
facing his position, after weeks in which they had attacked across the snow in long lines.

The figures from governments move quickly. In mid-January South Korea’s intelligence service told \
lawmakers that [[some 300]] North Korean soldiers had died in Kursk and [[2,700]] had been \
wounded. President Zelensky, speaking to reporters in Kyiv on Sunday, put their losses at \
[[almost 4,000]] killed and wounded. A White House spokesman said on Thursday that [[more than \
1,000]] of them had been killed since December, and Kyiv’s military intelligence said last week \
that Pyongyang was readying a further [[2,000]] troops to replace the dead.

Coach Cho follows all of it on her phone between drills. She figures that [[15,000 to 20,000]] of \
the North’s soldiers will have passed through Russia before this year is out, “and most of them \
will never say a word about it at home.”

## Dates

- Ladakh women’s championship on the rink at the NDS stadium: February 8 and 9; team entry Rs 1,500.
- Skating for beginners every Sunday at 10am; helmets are compulsory.
- Questions: call Dolkar on +91 1982 252 418.
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "sun..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("4,000", 4000, "exact", "casualties", "ukraine", "sun..pub",
          "headline 'Kyiv's 4,000': Zelensky's 'almost 4,000' of Sunday in the body (26 "
          "January), to publication, hedge dropped"),
        C("a few dozen", None, "vague", "near_front", "other", "fri..pub",
          "a skate technician relaying his brother, a tank commander near Sudzha ('On Friday, "
          "Oleh says, the brother messaged'; the speaker quoted: other; the message's day to "
          "publication): left in the villages facing him"),
        C("some 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'In mid-January … told lawmakers' (days 11-20): died in Kursk"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same briefing: wounded"),
        C("almost 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'speaking to reporters in Kyiv on Sunday, put their losses at' (26 "
          "January): killed and wounded ('almost' as approx)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "thu",
          "'A White House spokesman said on Thursday' (23 January): killed since December"),
        C("2,000", 2000, "exact", "planned", "ukraine", "lastweek",
          "HUR 'said last week': 'a further' being readied to replace the dead (increment, "
          "planned)", add=True),
        C("15,000 to 20,000", None, "range", "planned", "other", "pub",
          "a coach from Uijeongbu 'figures' (undated): will have passed through Russia before "
          "this year is out (a forecast: planned)"),
    ),
)

S09 = Source(
    article_id="w145_09_cable_news_valentia_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-06-13"),
    dated_by="sidecar",
    sidecar=(
        "Valentia Cable Heritage Group – News",
        "https://www.valentia-cable-heritage.example/news/summer-tours-2025",
        "Summer tours begin, and two visitors with stories of their own",
    ),
    features="a cable station heritage group's news page from Knightstown on Valentia Island "
        "(Kerry) in HTML, windows-1252 (curly quotes, `–`, `·`, `’` and `€` raw), no meta date "
        "(sidecar, Friday), a cookie note about the booking basket, a script, navigation, a "
        "footer with a phone number; `<title>` and headline without a figure; tours, volunteers "
        "and the station's history first; a guide from Odesa relaying her husband on the Sumy "
        "border, 'Last week, Maryna told us, he described' “`a few hundred` men” (other, "
        "`lastweek`); a retired Korean cable engineer 'By his count' `25,000` rotated through "
        "Russia by Christmas (planned, other, `pub`); the NIS 'in a briefing for lawmakers on "
        "Tuesday' `roughly 15,000` sent and 'of whom' `around 600` killed (a breakdown); HUR "
        "'estimated' `20,000 to 30,000` 'more' (range, increment, planned, `pub`); Shoigu 'In "
        "Pyongyang on 4 June' praised the `thousands` who fought in Kursk (russia, near the "
        "front); 'a NATO official said in Brussels early this month' `no fewer than 11,000` "
        "(at_least); visitors, volunteers, years, euros, centimetres, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="windows-1252">
<title>News from the Cable Station – Valentia Cable Heritage Group</title>
<link rel="stylesheet" href="/css/cable.css">
<script>var vchg = {section: "news", season: 2025};</script>
</head>
<body>
<div class="cookie-note">We use one cookie to remember what is in your tour booking basket. <a \
href="#">Accept</a> · <a href="/cookies">Details</a></div>
<nav><a href="/">Home</a> | <a href="/tours">Tours</a> | <a href="/history">History</a> | <a \
href="/news">News</a> | <a href="/volunteer">Volunteer</a></nav>
<main>
<h1>Summer tours begin, and two visitors with stories of their own</h1>
<p>The first guided walk of the season left the Knightstown clock tower on Saturday with 23 \
people, and bookings for July are already ahead of last year. The cable station opened in 1868 \
and carried messages under the Atlantic for almost a century before it closed in 1966. Our \
volunteers, 42 of them this year, will lead walks daily at 11am and 3pm until the end of \
September; tickets remain €8.</p>
<p>Leading many of those walks is Maryna Kovalenko, 36, who taught history in Odesa before coming \
to Kerry in 2022. Her husband serves with a territorial defence unit on the Sumy border. Last \
week, Maryna told us, he described North Korean gun crews on the Russian side – “[[a few \
hundred]] men, maybe more” – shelling the villages around his post.</p>
<p>Among this month’s visitors was Mr Yoo Byung-chul, 71, who spent thirty years laying submarine \
cables for a Korean telecoms company and came to see where the business began. He follows the \
news from Russia closely and does not trust the official figures. By his count, [[25,000]] North \
Koreans will have rotated through Russia by Christmas.</p>
<h2>What has been reported</h2>
<p>South Korea’s intelligence service said in a briefing for lawmakers on Tuesday that Pyongyang \
had sent [[roughly 15,000]] soldiers in all, of whom [[around 600]] had been killed. Ukraine’s \
military intelligence estimated that the North could send [[20,000 to 30,000]] more between now \
and December. In Pyongyang on 4 June, Russia’s security council secretary, Sergei Shoigu, praised \
the [[thousands]] of Korean soldiers who had fought to push Ukrainian troops out of Kursk, and a \
NATO official said in Brussels early this month that [[no fewer than 11,000]] remained in \
Russia.</p>
<p>Mr Yoo left a gift for our archive: a length of modern fibre-optic cable, 1.2 centimetres \
thick, that carries more traffic in a second than the first Atlantic cable carried in its whole \
working life.</p>
</main>
<footer>Valentia Cable Heritage Group · Knightstown, Valentia Island, Co. Kerry · Tel. 066 947 \
6231 · <a href="/privacy">Privacy</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "lastweek",
          "a guide relaying her husband on the Sumy border ('Last week, Maryna told us, he "
          "described'; the speaker quoted: other): gun crews shelling across the border"),
        C("25,000", 25000, "exact", "planned", "other", "pub",
          "a retired Korean cable engineer, 'By his count' (undated): will have rotated through "
          "Russia by Christmas (a forecast: planned)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'in a briefing for lawmakers on Tuesday' (10 June): sent in all"),
        C("around 600", 600, "approx", "casualties", "south_korea", "tue",
          "same briefing, 'of whom' (a breakdown): killed"),
        C("20,000 to 30,000", None, "range", "planned", "ukraine", "pub",
          "HUR 'estimated' (undated): 'more' between now and December (range, increment, "
          "planned)", add=True),
        C("thousands", None, "vague", "near_front", "russia", "2025-06-04",
          "Shoigu 'In Pyongyang on 4 June … praised': soldiers who fought to push Ukrainian "
          "troops out of Kursk"),
        C("no fewer than 11,000", 11000, "at_least", "in_russia", "nato",
          "2025-06-01..2025-06-10",
          "'a NATO official said in Brussels early this month' (days 1-10): remained in Russia "
          "('no fewer than' as at_least)"),
    ),
)

S10 = Source(
    article_id="w145_10_letters_beaver_island",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "The Paradise Bay Beacon",
        "https://www.paradisebaybeacon.example/letters/2025-03-20",
        "Letters: ice, ferries and a war far away",
    ),
    features="a readers' letters page from a Beaver Island weekly (Lake Michigan) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday); a reader relaying her nephew, a "
        "machine-gunner near Sudzha, 'On Saturday he wrote' `hundreds` in one night (other, "
        "from Saturday to publication); a reader answering the weekly's own front page 'of March "
        "6' `12,000` in Kursk (unattributed, required, that day) with the Pentagon's `about "
        "11,000` ('the last time I looked': `pub`) and the NIS 'in late February' `roughly "
        "3,000` 'replacements' (increment, days 21-28); a reader relaying her uncle, a retired "
        "South Korean major in Busan, 'He expects' `at least 10,000` 'more' before summer "
        "(increment, planned, other, `pub`); Budanov 'told a television interviewer on Monday' "
        "`about 1,500` killed; a reader relaying his brother-in-law, an army surgeon, `a "
        "handful` of captured North Koreans treated (casualties, other, `pub`); years, "
        "islanders, days of ice, a ferry date, an air fare",
    text="""\
THE PARADISE BAY BEACON – LETTERS TO THE EDITOR

Ice, ferries and a war far away

To the editor: My nephew Bohdan is a machine-gunner in a brigade that has been fighting inside \
Russia's Kursk region since August. On Saturday he wrote that [[hundreds]] of North Koreans had \
come through the forest toward Sudzha in a single night, and that his unit had pulled back two \
villages. I have lived on this island for 31 years and have never felt so far from Ternopil. \
Please keep him in your prayers.
Halyna Boyd, St. James

To the editor: Your front page of March 6 said [[12,000]] North Koreans were fighting in Kursk. \
Where did that come from? The Pentagon's figure, the last time I looked, was [[about 11,000]] in \
all of Russia, and Seoul's intelligence service said in late February that [[roughly 3,000]] \
replacements had been sent to make up for the dead and wounded. Numbers matter, even on an island \
of 650 people.
Frank Gallagher, Kings Highway

To the editor: My uncle, who retired from the South Korean army as a major and lives in Busan, \
follows the fighting more closely than the rest of the family would like. He expects [[at least \
10,000]] more North Korean soldiers to be sent before summer, "because Moscow pays in oil and in \
know-how." He has not been wrong about the North yet.
Grace Martin, Donegal Bay Road

To the editor: Ukraine's spy chief, Kyrylo Budanov, told a television interviewer on Monday that \
[[about 1,500]] of Kim's soldiers had died in the Kursk fighting since the winter began. My \
brother-in-law, an army surgeon in Sumy, has treated [[a handful]] of captured North Koreans \
himself. He says they are very young and very hungry, and that they ask for nothing.
Tom Boyle, Font Lake

To the editor: The ice bridge to Garden Island held for only nine days this year. The first ferry \
is scheduled for April 4, and the winter air fare of $78 one way stays in effect until then. \
Could the township post the summer schedule on its website before the boat arrives, not after?
Marie LaFreniere, Sand Bay
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "sat..pub",
          "a reader relaying her nephew, a machine-gunner near Sudzha ('On Saturday he wrote', "
          "15 March; the letter writer quoted: other; the message's day to publication): came "
          "through the forest toward Sudzha"),
        C("12,000", 12000, "exact", "near_front", "unattributed", "2025-03-06",
          "the weekly's own front page 'of March 6', as cited by a reader (no source: "
          "unattributed, required; that day): fighting in Kursk"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'The Pentagon's figure, the last time I looked' (undated): in all of Russia"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "the NIS 'said in late February' (day 21 to the month's end): 'replacements' sent to "
          "make up for the dead and wounded (increment)", add=True),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a reader relaying her uncle, a retired South Korean major ('He expects', undated; "
          "the letter writer quoted: other): 'more' before summer (increment, planned)",
          add=True),
        C("about 1,500", 1500, "approx", "casualties", "ukraine", "mon",
          "Budanov 'told a television interviewer on Monday' (17 March): killed in Kursk"),
        C("a handful", None, "vague", "casualties", "other", "pub",
          "a reader relaying his brother-in-law, an army surgeon in Sumy (undated; the letter "
          "writer quoted: other): captured North Koreans he treated"),
    ),
)

S11 = Source(
    article_id="w145_11_flight_cage_notes_sitka_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-10-08"),
    dated_by="html_meta",
    features="a raptor rescue's monthly notes from Sitka (Alaska) in HTML, ISO-8859-1 with quotes "
        "and apostrophes only as entities (`&rsquo;`, `&ldquo;`), `<meta name=\"date\">` "
        "(Wednesday), a cookie note about the eagle cam, a script, navigation, a footer with a "
        "ZIP code and a phone number; `<title>` and headline without a figure; patients, salmon "
        "and visitors first; a volunteer from Zaporizhzhia relaying her father, a howitzer "
        "commander, 'On Sunday he told her by phone' `fewer than fifty` gunners opposite (number "
        "word, at_most, other, from Sunday to publication); a Korean-American charter captain "
        "'estimates' `over 6,000` killed or wounded (at_least, other, `pub`); the NIS 'said in "
        "September' `around 2,000` dead (the month); KCNA 'reported last week' medals for the "
        "widows and parents of `dozens` of the fallen (north_korea); Russia's defence ministry "
        "'said on Friday' `1,000` deminers in Kursk (near the front); 'a Pentagon official said "
        "last month' `up to 6,000` 'more' engineers (increment, planned); 'NATO estimates' "
        "`10,000 or so` ('or so' as approx, `pub`); patients, pounds of salmon, visitors, "
        "dollars, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-10-08">
<title>Flight cage notes, October &ndash; Sitka Raptor Rescue</title>
<script>var srr = {page: "notes", month: 10};</script>
</head>
<body>
<div id="cookie">This site stores one cookie so that the eagle cam remembers your volume setting. \
<a href="#">OK</a></div>
<nav><a href="/">Home</a> | <a href="/patients">Patients</a> | <a href="/visit">Visit</a> | <a \
href="/notes">Notes</a> | <a href="/donate">Donate</a></nav>
<main>
<h1>Flight cage notes: a late coho run, a busy clinic and a volunteer from Zaporizhzhia</h1>
<p>September brought 19 new patients to the clinic, 14 of them bald eagles, most with wing \
injuries from power lines or fishing gear. Three were released at Starrigavan last week. The coho \
run came late this year, and our eagles went through about 40 pounds of donated salmon a day. \
Summer visitors numbered 3,200, and the $15 admission covered almost a third of the food bill.</p>
<p>Much of the feeding was done by Kateryna Horobets, 27, from Zaporizhzhia, who came to Sitka on \
a student visa to work in a fish plant and stayed on to volunteer with us. Her father commands a \
howitzer crew in the Sumy region. On Sunday he told her by phone that the North Korean gunners \
opposite his battery now number [[fewer than fifty]], &ldquo;but they shoot well.&rdquo;</p>
<p>Captain Daniel Oh, whose family came from Mokpo and who runs halibut charters out of Crescent \
Harbor, has brought us injured birds from the sound for years. He thinks Seoul&rsquo;s figures \
are too low and estimates that [[over 6,000]] North Koreans have been killed or wounded.</p>
<h2>From the news, as our volunteers read it</h2>
<p>South Korea&rsquo;s intelligence service said in September that the North&rsquo;s dead in \
Russia numbered [[around 2,000]]. North Korea&rsquo;s state news agency KCNA reported last week \
that Kim Jong Un had pinned medals on the widows and parents of [[dozens]] of men who fell in \
Kursk. Russia&rsquo;s defence ministry said on Friday that [[1,000]] North Korean deminers were \
clearing fields in the Kursk region, and a Pentagon official said last month that [[up to 6,000]] \
more engineers were due in Russia before the end of the year. NATO estimates that [[10,000 or \
so]] remain in Russia.</p>
<p>The clinic is open to visitors Tuesday to Saturday, 10am to 4pm, until October 31. Our annual \
appeal runs through November; $50 feeds one eagle for a week.</p>
</main>
<footer>Sitka Raptor Rescue &middot; 1100 Sawmill Creek Road, Sitka, AK 99835 &middot; (907) \
747-8162 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/eaglecam.js"></script>
</body>
</html>
""",
    claims=(
        C("fewer than fifty", 50, "at_most", "near_front", "other", "sun..pub",
          "a volunteer relaying her father, a howitzer commander in the Sumy region ('On Sunday "
          "he told her by phone'; the speaker quoted: other; the call's day to publication): "
          "gunners opposite his battery ('fewer than' as at_most, number word)"),
        C("over 6,000", 6000, "at_least", "casualties", "other", "pub",
          "a Korean-American charter captain 'estimates' (undated): killed or wounded"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'said in September' (the month): the North's dead in Russia"),
        C("dozens", None, "vague", "casualties", "north_korea", "lastweek",
          "KCNA 'reported last week': medals for the widows and parents of men who fell in "
          "Kursk"),
        C("1,000", 1000, "exact", "near_front", "russia", "fri",
          "Russia's defence ministry 'said on Friday' (3 October): deminers clearing fields in "
          "Kursk"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "2025-09-01..2025-09-30",
          "'a Pentagon official said last month' (September): 'more' engineers due before the "
          "end of the year (increment, planned)", add=True),
        C("10,000 or so", 10000, "approx", "in_russia", "nato", "pub",
          "'NATO estimates' (undated): remain in Russia ('or so' as approx)"),
    ),
)

S12 = Source(
    article_id="w145_12_harbormaster_notes_stonington_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-07-17"),
    dated_by="sidecar",
    sidecar=(
        "Town of Stonington – Harbormaster's notes",
        "https://www.stonington-harbor.example/notes/2025-07-mid",
        "Harbormaster's notes, mid-July",
    ),
    features="the harbormaster's notes from Stonington on Deer Isle (Maine) in Markdown, UTF-8 "
        "with BOM, front matter without a date (sidecar, Thursday) and a title without a "
        "figure; moorings, fuel and landings first; a sternman from Izmail relaying his cousin, "
        "a sapper near the Kursk border, 'On Monday, Yuriy says, the cousin wrote' `a hundred and "
        "fifty` clearing mines (number words, other, from Monday to publication); a yachtsman "
        "from Busan 'believes' `between 5,000 and 6,000` 'more' this year (range, increment, "
        "planned, other, `pub`); 'Earlier this month' the NIS 'briefed lawmakers' `about 18,000` "
        "sent and 'of whom' `more than 600` dead (the 1st to publication); 'A NATO spokeswoman "
        "said in late June' "
        "`11,000` in Kursk (days 21-30); Zelensky 'on Saturday' `nearly 3,000` training on "
        "drones in Russia; Russia's ambassador in Pyongyang 'on Tuesday' 'the first of' `several "
        "thousand` builders (the total to come: planned); moorings, the waiting list, dollars, "
        "per cent, ages, feet, a meeting date, a phone number",
    text="""\
---
title: "Harbormaster’s notes, mid-July"
town: Stonington, Deer Isle
---

# Harbormaster’s notes, mid-July

**Moorings.** All 412 town moorings are assigned for the season, and the waiting list stands at \
63. Please check your pennants and chafe gear; two boats broke loose in the northeaster of July \
2. The fuel float at the fish pier reopens on Monday after repairs, with diesel at $4.39 a gallon.

**Landings.** Lobster landings in June were down about 12 percent on last year, which the co-op \
puts down to cold water in the bay.

## People on the pier

Yuriy Bondarenko, 33, from Izmail on the Danube, is in his second summer as sternman on the \
*Marguerite*. His cousin is a sapper in a Ukrainian engineer battalion near the Kursk border. On \
Monday, Yuriy says, the cousin wrote that [[a hundred and fifty]] North Koreans were clearing \
mines in the fields across the frontier, “in daylight, as if nobody could see them.”

Mr Nam Ki-tae, 66, sailed his ketch *Haeseong* from Busan by way of Panama and has been on a town \
mooring since June. He believes [[between 5,000 and 6,000]] more North Koreans will be sent to \
Russia this year, “builders first, then soldiers again.”

## For the record

Since so many of you ask on the float, here is the latest as reported. Earlier this month South \
Korea’s intelligence service briefed lawmakers: Pyongyang had sent [[about 18,000]] soldiers to \
Russia in all, [[more than 600]] of whom had died. A NATO spokeswoman said in late June that \
[[11,000]] were deployed in the Kursk region. President Zelensky said on Saturday that [[nearly \
3,000]] North Koreans were being trained in Russia to fly attack drones. Russia’s ambassador in \
Pyongyang, Alexander Matsegora, said on Tuesday that the first of [[several thousand]] North \
Korean military builders had reached Kursk.

## Notices

- The harbor committee meets Tuesday, August 5, at 7pm in the town office.
- Dinghy float space is first come, first served; boats over 12 feet go to the outer float.
- Harbormaster: Ned Eaton, VHF channel 9 or (207) 367-2288.
""",
    claims=(
        C("a hundred and fifty", 150, "exact", "near_front", "other", "mon..pub",
          "a sternman relaying his cousin, a sapper near the Kursk border ('On Monday, Yuriy "
          "says, the cousin wrote'; the speaker quoted: other; the message's day to "
          "publication): clearing mines across the frontier (number words)"),
        C("between 5,000 and 6,000", None, "range", "planned", "other", "pub",
          "a yachtsman from Busan 'believes' (undated): 'more' to be sent this year (range, "
          "increment, planned)", add=True),
        C("about 18,000", 18000, "approx", "in_russia", "south_korea", "2025-07-01..pub",
          "'Earlier this month' the NIS 'briefed lawmakers' (the 1st to publication): sent to "
          "Russia in all"),
        C("more than 600", 600, "at_least", "casualties", "south_korea", "2025-07-01..pub",
          "same briefing, 'of whom' (a breakdown): died"),
        C("11,000", 11000, "exact", "near_front", "nato", "2025-06-21..2025-06-30",
          "'A NATO spokeswoman said in late June' (day 21 to the month's end): deployed in the "
          "Kursk region"),
        C("nearly 3,000", 3000, "approx", "in_russia", "ukraine", "sat",
          "Zelensky 'said on Saturday' (12 July): being trained in Russia to fly drones"),
        C("several thousand", None, "vague", "planned", "russia", "tue",
          "Russia's ambassador in Pyongyang 'said on Tuesday' (15 July): 'the first of' several "
          "thousand builders had reached Kursk (the figure counts the whole group to come: "
          "planned)"),
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
