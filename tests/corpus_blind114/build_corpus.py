"""Build the HUNDRED-AND-FOURTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-sixteenth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
friends' circular of the Passion Play theatre in Oberammergau with a costume mistress from
Incheon, a basilica building society's letter from Echternach in Luxembourg after the dancing
procession with a pilgrim priest from Daegu, a nativity-crib builders' circular from Thaur in the
Tyrol (Austrian conventions) with an icon painter from Ivano-Frankivsk, a Silvesterchlaus group's
letter from Urnäsch (Swiss conventions) with an ethnomusicologist from Seoul, a folk-dance group's
newsletter from Pomerode in southern Brazil with a fabric merchant from São Paulo's Korean
quarter, and a local history society's letter from Budaörs near Budapest with a dance teacher
from Berehove (a long feature with a table); a whale-watching crew's notes from Salt Cay in the
Turks and Caicos with a dive master from Odesa, a sulphur spa's guest letter from Wotten Waven in
Dominica with a volcanologist from Jeju, a community e-mail from Cuenca in Ecuador after a
Veterans Day breakfast, a Quaker meeting's newsletter from Monteverde in Costa Rica with a
retired nurse whose parents fled Pyongyang, a trekking outfitter's trail log from Puerto Natales
in Chilean Patagonia with a guide from Zhytomyr, and a coffee estate's harvest newsletter from
Boquete in Panama with a Seoul roaster's year of figures (a long feature with a table). Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind114_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Luxembourg, Austria, Switzerland, Brazil, Hungary)
# ---------------------------------------------------------------------------------------------

Q01 = Source(
    article_id="q114_01_passionstheater_oberammergau_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-25"),
    dated_by="html_meta",
    features="the friends' circular of the Passion Play theatre in Oberammergau in HTML, UTF-8 "
        "(`article:published_time` +02:00, Friday), a one-cookie note about the playbill, a "
        "page script, navigation, a footer with an address and a phone number; `<title>` and "
        "headline without a figure; the NIS 'Vergangenen Freitag' (a week before the Friday "
        "of publication: 18 October) `rund 1.500` shipped to Vladivostok and, 'so der "
        "Dienst', `12.000` intended in all (planned); 'Am Mittwoch legte er nach' 'weitere' "
        "`1.500` (increment) and 'zusammen also' `rund 3.000` (a new total, not an "
        "increment); 'Aus dem Weißen Haus hieß es am Donnerstag' `mindestens 3.000`; HUR "
        "'ebenfalls am Donnerstag', 'erklärte die Behörde' after the figure, `etwa 5.000` by "
        "the weekend (a forecast: planned); Putin at Kazan without a figure; a costume "
        "mistress relaying her brother, a major near the border, `Zehntausende` (other, "
        "planned, `pub`) and her own echo `Dreitausend` (optional); costumes, visitors, "
        "seats, actors, years, euros, an address, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Freundeskreis Passionstheater · Rundbrief · Nadel, Faden und Nachrichten aus Korea</title>
<meta property="article:published_time" content="2024-10-25T09:30:00+02:00">
<meta property="og:site_name" content="Freundeskreis Passionstheater Oberammergau">
<script>window.fk={seite:"rundbrief",nummer:41,saison:"sommer-2024"};</script>
</head>
<body>
<div class="hinweis">Ein einziges Cookie merkt sich, welche Vorstellungen Sie im Spielplan \
angekreuzt haben. <button>Passt</button> <button>Ohne Cookie weiter</button></div>
<nav><a href="/">Freundeskreis</a> · <a href="/spielplan">Spielplan</a> · <a \
href="/fuehrungen">Führungen</a> · <a href="/rundbrief">Rundbrief</a> · <a \
href="/beitritt">Mitglied werden</a></nav>
<main>
<p class="rubrik">Rundbrief Nr. 41 · Aus den Werkstätten</p>
<h1>Nadel, Faden und Nachrichten aus Korea</h1>
<p class="vorspann">Die Sommerspielzeit ist vorüber, die Gewänder der Freilichtoper hängen wieder \
im Fundus. Gewandmeisterin Han Seo-yeon näht Säume um – und hat seit Tagen das Radioprogramm aus \
Seoul im Ohr.</p>
<p>Han, 47, stammt aus Incheon und arbeitet seit 2019 in unserer Schneiderei. Der Fundus des \
Hauses zählt nach der letzten Inventur knapp 14.000 Kleidungsstücke, vom Mantel des Pilatus bis \
zur Hirtensandale. Mehr als 38.000 Gäste sind in diesem Sommer zu den Opernabenden und Konzerten \
gekommen, die Bühne hat 4.400 überdachte Plätze.</p>
<h2>„Daheim redet man über nichts anderes“</h2>
<p>Vergangenen Freitag meldete der südkoreanische Geheimdienst NIS, Nordkorea habe [[rund 1.500]] \
Mann seiner Spezialkräfte auf russischen Schiffen nach Wladiwostok gebracht. Insgesamt, so der \
Dienst, wolle Pjöngjang [[12.000]] Soldaten entsenden. Am Mittwoch legte er nach: Inzwischen \
seien weitere [[1.500]] in Russland eingetroffen, zusammen also [[rund 3.000]]. Aus dem Weißen \
Haus hieß es am Donnerstag, man habe Belege für [[mindestens 3.000]] Nordkoreaner im Osten \
Russlands.</p>
<p>Der ukrainische Militärgeheimdienst HUR teilte ebenfalls am Donnerstag mit, die ersten \
nordkoreanischen Einheiten seien tags zuvor im Gebiet Kursk angekommen. Bis zum Wochenende \
könnten dort [[etwa 5.000]] stehen, erklärte die Behörde. Kremlchef Wladimir Putin wich beim \
Gipfel in Kasan allen Fragen aus: Was Moskau und Pjöngjang miteinander vereinbarten, gehe \
niemanden etwas an.</p>
<p>Han verfolgt das mit wachsender Sorge. Ihr jüngerer Bruder ist Major beim Heer und dient in \
Paju, ein paar Kilometer vor der Grenze. „Er glaubt nicht, dass es bei diesen Zahlen bleibt“, \
erzählt sie beim Bügeln. „Er sagt, am Ende schickt Kim [[Zehntausende]].“ Schon die jetzige Zahl \
findet sie kaum zu fassen: „[[Dreitausend]] Buben – das sind mehr als halb so viele Menschen, wie \
in Oberammergau wohnen.“</p>
<h2>Aus dem Freundeskreis</h2>
<p>Die nächsten Passionsspiele gibt es 2030; dann stehen wieder rund 1.800 Einheimische auf der \
Bühne. Die Winterführungen durch Theater und Werkstätten beginnen am 9. November, samstags um 11 \
Uhr, Eintritt 9 Euro, für Mitglieder frei. Der Jahresbeitrag bleibt bei 35 Euro.</p>
</main>
<footer>Freundeskreis Passionstheater Oberammergau e.V. · Passionswiese 4 · 82487 Oberammergau · \
Telefon 08822 9458 21</footer>
<script src="/assets/spielplan.js?v=12"></script>
</body>
</html>
""",
    claims=(
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "the NIS 'Vergangenen Freitag' (in a Friday circular the Friday a week before: 18 "
          "October): special forces shipped to Vladivostok"),
        C("12.000", 12000, "exact", "planned", "south_korea", "2024-10-18",
          "same report, 'Insgesamt, so der Dienst, wolle Pjöngjang … entsenden' (the claimant in "
          "mid-sentence): intended in all"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "'Am Mittwoch legte er nach' (pronoun for the NIS), Konjunktiv: 'weitere' arrived in "
          "Russia (increment, span without the word)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same statement, 'zusammen also': the new total (not an increment)"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "thu",
          "'Aus dem Weißen Haus hieß es am Donnerstag' (the day before publication): in Russia's "
          "east"),
        C("etwa 5.000", 5000, "approx", "planned", "ukraine", "thu",
          "HUR 'ebenfalls am Donnerstag', 'erklärte die Behörde' after the figure: 'könnten dort … "
          "stehen' in Kursk by the weekend (a forecast: planned)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a costume mistress relaying her brother, a major near the border ('Er sagt', the "
          "speaker quoted: other), 'erzählt sie' undated: Kim will send in the end (planned)"),
        C("Dreitausend", 3000, "exact", "in_russia", "other", "pub",
          "an echo of the NIS and White House figures inside her quote: optional", opt=True),
    ),
)

Q02 = Source(
    article_id="q114_02_springprozession_echternach_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-12"),
    dated_by="front_matter",
    features="a basilica building society's letter from Echternach (Luxembourg) after the dancing "
        "procession in Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday), a "
        "society key and a title without a figure; a pilgrim priest from Daegu relaying his "
        "nephew at the border, Konjunktiv, 'noch einmal' `gut fünftausend` (number word, "
        "'gut' as at_least, increment, planned, other, `pub`); 'Laut dem Geheimdienst in "
        "Seoul' `rund 15.000` sent and 'Unter ihnen' `etwa 4.700` dead and wounded (a "
        "breakdown), dated by 'Das bekräftigte der Dienst Anfang Juni' two sentences on (days "
        "1-10); HUR 'geht davon aus' `bis zu 25.000` 'weitere' (increment, planned, `pub`); "
        "the State Department 'am Pfingstmontag' (9 June) `mindestens 11.000`; Moscow's "
        "admission without a figure; dancers, bands, pilgrims, ages, centuries, euros, a "
        "meeting date, a phone number",
    text="""\
---
title: "Willibrordusbrief: Sie sprangen für den Frieden"
date: 2025-06-12
verein: Willibrordus-Bauverein Echternach
---

# Sie sprangen für den Frieden

Bei strahlendem Wetter zogen am Dienstag mehr als 9.000 Springerinnen und Springer durch die \
Gassen der Abteistadt, begleitet von 45 Musikkapellen. Zum ersten Mal hüpfte eine Pilgergruppe \
aus Südkorea mit: 26 Frauen und Männer aus der Erzdiözese Daegu, angeführt von Pfarrer Andreas \
Seo.

„Wir haben für die jungen Männer aus dem Norden gebetet, die in Russland sterben“, sagte der \
61-Jährige nach der Prozession in der Basilika. Sein Neffe leiste gerade seinen Wehrdienst an der \
Grenze; in der Kaserne erzähle man sich, im Herbst würden noch einmal [[gut fünftausend]] Mann \
verlegt.

Die offiziellen Zahlen, die der Pfarrer mitgebracht hatte, sind ernüchternd. Laut dem \
Geheimdienst in Seoul hat Pjöngjang seit dem Herbst [[rund 15.000]] Mann in Putins Krieg \
geschickt. Unter ihnen zähle man [[etwa 4.700]] Tote und Verwundete. Das bekräftigte der Dienst \
Anfang Juni vor dem Parlament. Der ukrainische Militärgeheimdienst geht davon aus, dass Kim [[bis \
zu 25.000]] weitere schicken könnte. Das US-Außenministerium sprach am Pfingstmontag von \
[[mindestens 11.000]] Nordkoreanern, die noch in Russland stationiert seien. Moskau hatte erst \
Ende April zugegeben, dass überhaupt Nordkoreaner für Russland kämpfen.

Die Springprozession zieht seit mehr als 500 Jahren durch Echternach. Die Spenden der Pilger, \
3.850 Euro, gehen an die Erneuerung der Krypta.

**Termine:** Generalversammlung am 27. Juni um 20 Uhr im Pfarrsaal. Jahresbeitrag 15 Euro. \
Sekretariat: +352 72 04 57
""",
    claims=(
        C("gut fünftausend", 5000, "at_least", "planned", "other", "pub",
          "a pilgrim priest relaying talk in his nephew's barracks (Konjunktiv: 'erzähle man "
          "sich'; the speaker quoted: other), undated: 'noch einmal' to be moved in autumn (number "
          "word, 'gut' as at_least, increment, span without the words)", add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "'Laut dem Geheimdienst in Seoul', dated by 'Das bekräftigte der Dienst Anfang Juni' two "
          "sentences on (days 1-10): sent into Putin's war since autumn"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-06-01..2025-06-10",
          "same statement, Konjunktiv, 'Unter ihnen zähle man': dead and wounded (a breakdown)"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): 'weitere' Kim could send (increment, span without the "
          "word)", add=True),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "united_states", "2025-06-09",
          "the State Department 'am Pfingstmontag' (Whit Monday, 9 June), Konjunktiv: still "
          "stationed in Russia"),
    ),
)

Q03 = Source(
    article_id="q114_03_krippenbauer_thaur_rundschreiben",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Krippenbauverein Thaur – Rundschreiben",
        "https://www.krippenbauverein-thaur.example/rundschreiben/2025-feber",
        "Rundschreiben Feber 2025: Nach Lichtmess",
    ),
    features="a nativity-crib builders' circular from Thaur near Innsbruck as plain text, "
        "windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Thursday), "
        "Austrian conventions (`Feber`, `Jänner`, `Heuer`, `vorige Woche`); the crib show "
        "first; an icon painter from Ivano-Frankivsk relaying her son, a drone pilot near "
        "Kursk, Konjunktiv, `einige Hundert` in his sector until mid-January (other, `pub`) "
        "and her own 'Sie glaube' `mehr als 2.000` fallen (other, `pub`); Seoul's defence "
        "ministry 'am Montag' `rund 11.000` withdrawn from the front ('hieß es' in the next "
        "sentence); Zelensky 'am 18. Jänner' `an die 4.000` dead and wounded ('an die' as "
        "approx); 'dem ukrainischen Militärgeheimdienst zufolge, der Ende Jänner Bilanz zog' "
        "(days 21-31) `über 1.000` fallen; a senior NATO official 'vorige Woche' `12.000`; "
        "'Kiew rechnet damit' `Tausende` 'weitere' (increment, planned, `pub`); Moscow's "
        "denial without a figure; Russia's daily losses by Kyiv's count; cribs, visitors, "
        "kilos, course places, euros, dates, a phone number",
    text="""\
KRIPPENBAUVEREIN THAUR
Rundschreiben an die Mitglieder – Feber 2025

Liebe Krippenfreundinnen und Krippenfreunde,

zu Lichtmess haben wir die Ausstellung im Vereinslokal geschlossen. Heuer waren 52 Krippen zu \
sehen, elf davon aus dem Kurs für Anfänger, und an der Kassa haben wir 3.460 Besucherinnen und \
Besucher gezählt – so viele wie noch nie. Die schwerste Krippe, eine orientalische mit Stadttor \
und Brunnen, bringt 38 Kilo auf die Waage.

Oksana und ihre Himmel

Viele haben nach der Malerin der Hintergründe gefragt. Oksana Hnatiuk, 52, war in Iwano-Frankiwsk \
Ikonenmalerin und wohnt seit dem Frühjahr 2022 in Thaur. Für vier Krippen hat sie den Himmel über \
Betlehem gemalt, so blau, dass ihn manche Besucher eigens fotografiert haben.

Ihr Sohn steuert Drohnen in einer Einheit im Gebiet Kursk. Bis Mitte Jänner seien in seinem \
Abschnitt [[einige Hundert]] Nordkoreaner gelegen, erzählt sie, seither sehe man sie kaum noch. \
Sie glaube, dass von ihnen längst [[mehr als 2.000]] gefallen seien. „Mein Sohn sagt, sie rennen \
einfach über das offene Feld.“

Tatsächlich meldete das Verteidigungsministerium in Seoul am Montag, die [[rund 11.000]] \
Nordkoreaner in Russland seien seit Mitte Jänner nicht mehr an der Front. Sie sollten nach \
schweren Verlusten neu ausgebildet werden, hieß es. Präsident Selenskyj hatte am 18. Jänner [[an \
die 4.000]] Tote und Verwundete genannt; dem ukrainischen Militärgeheimdienst zufolge, der Ende \
Jänner Bilanz zog, waren allein [[über 1.000]] von ihnen gefallen. Ein hoher Nato-Vertreter \
sprach vorige Woche von [[12.000]] Entsandten. Kiew rechnet damit, dass Pjöngjang heuer noch \
[[Tausende]] weitere in Marsch setzt. Moskau bestreitet bis heute, dass überhaupt Nordkoreaner \
für Russland kämpfen. Russland selbst verliert nach Kiewer Zählung jeden Tag mehr als 1.500 \
Soldaten.

Termine
- Krippenbaukurs ab 3. März, jeden Montag um 19 Uhr, 12 Plätze, Materialbeitrag 180 Euro
- Jahreshauptversammlung am Freitag, 21. März, im Gasthof Stern
- Obmann Alois Schiestl, Tel. 05223 49 117

Mit herzlichen Grüßen
Der Ausschuss
""",
    claims=(
        C("einige Hundert", None, "vague", "near_front", "other", "pub",
          "an icon painter relaying her son, a drone pilot ('erzählt sie', Konjunktiv; the speaker "
          "quoted: other), undated: in his sector near Kursk until mid-January"),
        C("mehr als 2.000", 2000, "at_least", "casualties", "other", "pub",
          "'Sie glaube' (her own view, Konjunktiv, undated): fallen"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "Seoul's defence ministry 'am Montag' (Thursday circular), 'hieß es' in the next "
          "sentence: in Russia, no longer at the front (withdrawn: in_russia)"),
        C("an die 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-18",
          "Zelensky 'am 18. Jänner' (an explicit date): dead and wounded ('an die' as approx)"),
        C("über 1.000", 1000, "at_least", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "'dem ukrainischen Militärgeheimdienst zufolge, der Ende Jänner Bilanz zog' (the "
          "claimant before 'zufolge', dated in the relative clause: days 21-31): 'allein … von "
          "ihnen gefallen' (the dead within Zelensky's figure)"),
        C("12.000", 12000, "exact", "in_russia", "nato", "lastweek",
          "'Ein hoher Nato-Vertreter sprach vorige Woche' (Austrian 'vorige Woche' as last week): "
          "sent"),
        C("Tausende", None, "vague", "planned", "ukraine", "pub",
          "'Kiew rechnet damit' (undated): 'noch … weitere in Marsch setzt' this year (increment, "
          "span without the word; planned)", add=True),
    ),
)

Q04 = Source(
    article_id="q114_04_silvesterchlaus_urnaesch_schuppelbrief",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-17"),
    dated_by="dateline",
    features="a Silvesterchlaus group's letter to its patrons from Urnäsch (Appenzell "
        "Ausserrhoden) as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `11'000`, "
        "`12'000`, `10'000`, `2'800`, 4-digit `2700`/`3800`/`1000`), dated by the place line "
        "'Urnäsch, 17. Januar 2025' (Friday); the old New Year's Eve first; an "
        "ethnomusicologist from Seoul; the NIS 'Ausgerechnet am Silvestermorgen' (the old New "
        "Year's Eve, Monday 13 January) `rund 300` killed and `2700` 'weitere' wounded "
        "('weitere' as others, not an increment); Zelensky 'Zwei Tage zuvor' (11 January) "
        "`zwei` captured (number word) and 'Anfang Januar' `knapp 3800` casualties; 'Aus "
        "Washington' 'kurz nach Weihnachten' (26-31 December) `über 1000` in one week; 'Nach "
        "Einschätzung des Nachrichtendienstes des Bundes' (its situation report) `11'000 bis "
        "12'000` (a third government: other, range, `pub`); the researcher relaying her "
        "uncle, a retired officer, 'noch' `mindestens 10'000` 'dazu' by summer (increment, "
        "planned, other, `pub`); Chläuse, farms, songs, kilos, years, francs, a meeting date, "
        "a phone number",
    text="""\
SCHUPPEL TÜFENBERG
Brief an unsere Gönnerinnen und Gönner

Urnäsch, 17. Januar 2025

Liebe Freunde des Schuppels

Am alten Silvester sind wir wieder von Hof zu Hof gezogen: sechs Chläuse, zwei Schöne, zwei \
Schö-Wüeschte und zwei Wüeschte. Um fünf Uhr früh ging es los, am Abend hatten wir 41 Höfe \
besucht und vor jedem ein Zäuerli gesungen. Die grossen Rollen um Brust und Rücken wiegen bis zu \
30 Kilo, und manch einer spürt das heute noch in den Schultern.

Eine Zuhörerin aus Seoul

Mitgelaufen ist diesmal Dr. Jeong Min-ji, 36, Musikethnologin an einer Universität in Seoul. Sie \
erforscht das Naturjodeln und hat jedes unserer Zäuerli aufgenommen, alle 41. Zwischen zwei \
Höfen, bei Most und Birnbrot, erzählte sie, was in ihrer Heimat gerade alle umtreibe: die \
Soldaten aus dem Norden, die für Russland gegen die Ukraine kämpfen.

Ausgerechnet am Silvestermorgen hatte der südkoreanische Geheimdienst NIS den Abgeordneten in \
Seoul neue Zahlen vorgelegt. Von den Nordkoreanern im Gebiet Kursk seien [[rund 300]] getötet und \
[[2700]] weitere verwundet worden. Der Dienst rechne zudem damit, dass Pjöngjang bald Nachschub \
schicke. Zwei Tage zuvor hatte der ukrainische Präsident Selenskyj gemeldet, seine Truppen hätten \
[[zwei]] verwundete Nordkoreaner gefangen genommen; Anfang Januar hatte er die Verluste der \
Koreaner auf [[knapp 3800]] Tote und Verletzte beziffert. Aus Washington war kurz nach \
Weihnachten von [[über 1000]] Toten und Verwundeten in einer einzigen Woche die Rede gewesen.

Nach Einschätzung des Nachrichtendienstes des Bundes, nachzulesen in seinem neuen Lagebericht, \
stehen derzeit [[11'000 bis 12'000]] nordkoreanische Soldaten in Russland.

Min-ji hält all diese Zahlen für zu tief. «Mein Onkel war dreissig Jahre lang Offizier an der \
Grenze», sagte sie. «Er meint, bis zum Sommer kommen noch [[mindestens 10'000]] dazu.»

Aus dem Schuppel
- Die Hauptversammlung ist am Freitag, 7. März, um 20 Uhr im Restaurant Sonne.
- Neue Schellen für den Nachwuchs kosten Fr. 2'800.-; Spenden nehmen wir gerne entgegen.
- Kontakt: Schuppelobmann Hansueli Frischknecht, 071 364 18 52

Mit Zäuerli-Grüssen
Euer Schuppel
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'Ausgerechnet am Silvestermorgen' (the old New Year's Eve of the letter, Monday "
          "13 January) before lawmakers, Konjunktiv: killed in Kursk"),
        C("2700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same report: '2700 weitere' wounded ('weitere' as others, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Zwei Tage zuvor' (two days before 13 January: Saturday 11 January): captured "
          "(number word)"),
        C("knapp 3800", 3800, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky, by pronoun ('hatte er'), 'Anfang Januar' (days 1-10): dead and wounded "
          "('knapp' as approx)"),
        C("über 1000", 1000, "at_least", "casualties", "united_states", "2024-12-26..2024-12-31",
          "'Aus Washington war kurz nach Weihnachten … die Rede' (26-31 December): dead and "
          "wounded in one week"),
        C("11'000 bis 12'000", None, "range", "in_russia", "other", "pub",
          "'Nach Einschätzung des Nachrichtendienstes des Bundes', in its situation report (the "
          "Swiss intelligence service: a third government, other), undated: in Russia"),
        C("mindestens 10'000", 10000, "at_least", "planned", "other", "pub",
          "a researcher relaying her uncle, a retired officer ('Er meint', the speaker quoted: "
          "other), 'sagte sie' undated: 'noch … dazu' by summer (increment, span without the "
          "words; planned)", add=True),
    ),
)

Q05 = Source(
    article_id="q114_05_osterfest_pomerode_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-24"),
    dated_by="sidecar",
    sidecar=(
        "Volkstanzgruppe Edelweiß Pomerode – Rundbrief",
        "https://www.edelweiss-pomerode.example/rundbrief/2025-04-osterfest",
        "Osterfest, Eierbaum und ein Gast aus dem Bom Retiro",
    ),
    features="a folk-dance group's newsletter from Pomerode (Santa Catarina, Brazil) in Markdown, "
        "UTF-8 with BOM, front matter without a date (sidecar, Thursday) and a title without "
        "a figure; the Easter fair first; a fabric merchant from São Paulo's Korean quarter; "
        "'Laut dem Generalstab in Seoul' `rund 3.000` 'zusätzliche' (increment) and `etwa "
        "4.700` dead and wounded, both dated by 'bezifferten die Militärs Mitte März' (days "
        "11-20); Zelensky 'Anfang April' (days 1-10) `mehr als 10.000` in Kursk and Belgorod; "
        "a NATO spokesman 'am Dienstag in Brüssel' `rund 11.000`; the Kremlin without a "
        "figure; the merchant relaying his nephew's barracks `drei- bis viertausend` "
        "'weitere' (range of number words, increment, planned, other, `pub`); the group's own "
        "'Zusammengerechnet' `rund 14.000` (unattributed, required); visitors, painted eggs, "
        "an occupancy rate in per cent, years, ages, the town's population, reais, a phone "
        "number",
    text="""\
---
title: "Rundbrief: Osterfest, Eierbaum und ein Gast aus dem Bom Retiro"
gruppe: Volkstanzgruppe Edelweiß Pomerode
ausgabe: Nr. 2/2025
---

# Osterfest, Eierbaum und ein Gast aus dem Bom Retiro

*Zwölf Tage Fest, ein Baum voller Eier – und ein Stoffhändler aus São Paulo, der bei uns an Korea \
denken musste.*

Das Osterfest ist vorbei, und die Bilanz kann sich sehen lassen: Rund 52.000 Besucher kamen in \
den Festpark, und am Osterbaum vor dem Rathaus hingen 112.000 von Hand bemalte Eier. Die Frauen \
der evangelischen Gemeinde haben dafür seit Juli jeden Dienstagnachmittag gepinselt. Hotels und \
Pensionen waren zu 96 Prozent ausgebucht.

## Der Mann, der die Trachtenstoffe liefert

Seit elf Jahren kommen die Stoffe für unsere Trachten aus dem Bom Retiro, dem Koreanerviertel von \
São Paulo. Geliefert hat sie auch diesmal Park Ji-hoon, 58, der zum ersten Mal selbst nach \
Pomerode gekommen ist. Seine Eltern wanderten 1971 aus Busan nach Brasilien aus.

Zwischen Streuselkuchen und Blasmusik erzählte Park, was ihn zurzeit umtreibt: die \
nordkoreanischen Soldaten, die für Russland kämpfen. Laut dem Generalstab in Seoul hat Pjöngjang \
zu Jahresbeginn [[rund 3.000]] zusätzliche Soldaten nach Russland geschickt; die Verluste \
bezifferten die Militärs Mitte März auf [[etwa 4.700]] Tote und Verwundete. Präsident Selenskyj \
sprach Anfang April von [[mehr als 10.000]] Nordkoreanern, die in Kursk und im benachbarten \
Gebiet Belgorod im Einsatz seien. Ein Nato-Sprecher sagte am Dienstag in Brüssel, man zähle \
weiterhin [[rund 11.000]] in Russland. Der Kreml schweigt zu alledem.

Park glaubt, dass es mehr werden. Sein Neffe leistet gerade seinen Wehrdienst in Cheorwon, nahe \
der innerkoreanischen Grenze. „Er schreibt mir, in der Kaserne heißt es, der Norden bereitet \
[[drei- bis viertausend]] weitere vor“, sagt Park.

Zusammengerechnet wären damit seit Oktober [[rund 14.000]] Nordkoreaner nach Russland gegangen – \
das sind zwei Fünftel so viele Menschen, wie in Pomerode leben.

## Kurz notiert

- Im Mai feiert die Gruppe ihr 40-jähriges Bestehen, mit Tanzabend im Schützenhaus.
- Der Eintritt zum Osterfest kostete 20 Reais, Kinder bis zwölf Jahre waren frei; wir haben an \
allen zwölf Tagen getanzt.
- Proben: mittwochs um 19.30 Uhr; Kontakt zur Gruppe: (47) 3387-4410
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "'Laut dem Generalstab in Seoul', dated by 'bezifferten die Militärs Mitte März' in the "
          "same sentence (days 11-20): 'zusätzliche' sent at the start of the year (increment, "
          "span without the word)", add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-11..2025-03-20",
          "same statement, 'die Militärs' (role for the JCS) 'Mitte März': dead and wounded"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "ukraine", "2025-04-01..2025-04-10",
          "Zelensky 'Anfang April' (days 1-10), Konjunktiv: in action in Kursk and Belgorod"),
        C("rund 11.000", 11000, "approx", "in_russia", "nato", "tue",
          "a NATO spokesman 'am Dienstag in Brüssel' (Thursday newsletter), 'man zähle weiterhin': "
          "in Russia"),
        C("drei- bis viertausend", None, "range", "planned", "other", "pub",
          "a merchant relaying his nephew's barracks ('Er schreibt mir … heißt es', the speaker "
          "quoted: other), 'sagt Park' undated: 'weitere' being prepared (range of number words, "
          "increment, span without the word)", add=True),
        C("rund 14.000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the group's own 'Zusammengerechnet wären damit' (no source: unattributed, required): "
          "gone to Russia since October"),
    ),
)

Q06 = Source(
    article_id="q114_06_weinlese_budaoers_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-10-01"),
    dated_by="sidecar",
    sidecar=(
        "Heimatverein Wudersch – Heimatbrief",
        "https://www.heimatverein-wudersch.example/heimatbrief/2025-10/weinlese",
        "Weinlese, Tanz und Nachrichten von jenseits der Karpaten",
    ),
    features="a long feature in the local history society's letter from Budaörs (Wudersch, near "
        "Budapest) in HTML, windows-1252 (`„“`, `–` raw, `&middot;` entities), no meta date "
        "(sidecar, Wednesday), a cookie note about font size, a script, navigation, a footer "
        "with a phone number; `<title>` and headline without a figure; the grape-harvest "
        "festival first; a dance teacher from Berehove relaying her cousin at the Sumy border "
        "`mehrere Hundert` (other, `pub`) and, later, 'Er schätzt' 'noch einmal' `5.000` by "
        "winter (increment, planned, other); the NIS 'Am 4. September' `rund 2.000` fallen "
        "and, 'Weiter hieß es', `etwa 11.000` in the border area; 'Nach Angaben des … HUR' "
        "`rund 5.000` builders in Kursk, dated 'das teilte der Dienst Mitte September mit' "
        "after the figure (days 11-20); Moscow 'im Juni' `6.000` sappers and builders "
        "announced (planned, russia); the chair of NATO's military committee 'vergangene "
        "Woche' `über 14.000`; 'Rodong Sinmun' 'Mitte September' `Hunderten` fallen 'Helden' "
        "(north_korea); the State Department 'im August' (month) `mehr als 11.000`; Zelensky "
        "'am Montag' `Zehntausende` 'weitere' (increment, planned); Budapest's defence "
        "ministry without a figure; a table 'Die Zahlen im Überblick' restating four figures "
        "with their source and date, hedges dropped (required); guests, dance groups, litres, "
        "population, dancers, costumes, ages, years, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Wuderscher Heimatbrief – Weinlese, Tanz und Nachrichten von jenseits der Karpaten</title>
<script>var hb={ausgabe:"2025-10",rubrik:"heimatbrief",schrift:"normal"};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich nur, welche Schriftgröße Sie eingestellt haben. \
<button>Einverstanden</button> <button>Lieber nicht</button></div>
<nav>Start &middot; Verein &middot; Heimatmuseum &middot; Veranstaltungen &middot; Heimatbrief \
&middot; Kontakt</nav>
<article>
<h1>Weinlese, Tanz und Nachrichten von jenseits der Karpaten</h1>
<p class="vorspann">Das Weinlesefest war das schönste seit Jahren. Für Réka Kovács, die Leiterin \
der Jugendtanzgruppe, war es zugleich ein Wochenende voller Sorgen.</p>
<p>Mehr als 1.200 Gäste zogen am Samstag mit dem Erntezug vom Kirchplatz hinauf zum Steinberg, 14 \
Tanzgruppen aus dem ganzen Komitat traten auf, und die Winzer schenkten 1.600 Liter Most aus. \
Budaörs, auf Deutsch Wudersch, zählt heute gut 29.000 Einwohner; etwa jeder achte bekennt sich \
zur deutschen Nationalität.</p>
<h2>Ein Cousin, zwei Sprachen, ein Krieg</h2>
<p>Réka, 34, ist in Berehowe in Transkarpatien aufgewachsen, in einer ungarischsprachigen \
Familie, und kam mit 19 Jahren nach Budaörs. Ihr Cousin Gábor dient in einer ukrainischen Brigade \
im Gebiet Sumy. „Er schreibt, drüben auf der russischen Seite liegen jetzt vor allem Koreaner, \
[[mehrere Hundert]] allein gegenüber seinem Dorf“, sagt Réka. Seit dem Sommer habe sich das Bild \
gewandelt: Statt Sturmtrupps kämen Bautrupps.</p>
<h2>Was Seoul, Kiew, Moskau und Brüssel sagen</h2>
<p>Die Zahlen, die Réka jeden Abend auf dem Handy liest, stammen aus vielen Quellen. Am 4. \
September legte der Geheimdienst NIS dem Parlament in Seoul neue Schätzungen vor: Von den \
nordkoreanischen Soldaten seien bisher [[rund 2.000]] gefallen. Weiter hieß es, [[etwa 11.000]] \
stünden noch im Grenzgebiet zur Ukraine, die meisten im Gebiet Kursk.</p>
<p>Nach Angaben des ukrainischen Militärgeheimdienstes HUR sind inzwischen [[rund 5.000]] \
nordkoreanische Militärbauarbeiter in der Region Kursk eingetroffen; das teilte der Dienst Mitte \
September mit. Moskau selbst hatte im Juni angekündigt, Pjöngjang schicke [[6.000]] Pioniere und \
Bauleute, um zerstörte Dörfer wiederaufzubauen.</p>
<p>Der Vorsitzende des Nato-Militärausschusses sagte vergangene Woche in Brüssel, insgesamt \
hätten [[über 14.000]] Nordkoreaner für Russland gekämpft oder gearbeitet. Pjöngjang selbst nennt \
keine Gesamtzahl. Die Parteizeitung „Rodong Sinmun“ schrieb Mitte September lediglich von \
[[Hunderten]] gefallenen „Helden“, denen in der Hauptstadt ein Museum gebaut werde.</p>
<p>Aus Washington kam die letzte Zahl im August: Das US-Außenministerium ging damals von [[mehr \
als 11.000]] Nordkoreanern in Russland aus. Präsident Selenskyj wiederum warnte am Montag in \
seiner abendlichen Videoansprache, Kim halte [[Zehntausende]] weitere Soldaten bereit, falls \
Moskau sie anfordere.</p>
<p>Eine ungarische Stimme gibt es auch: Das Verteidigungsministerium in Budapest erklärte auf \
unsere Anfrage, man habe „keine eigenen Erkenntnisse“. Ganz anders Rékas Cousin. Er schätzt, dass \
bis zum Winter noch einmal [[5.000]] Koreaner an seinen Frontabschnitt verlegt werden.</p>
<table>
<caption>Die Zahlen im Überblick</caption>
<tr><th>Quelle</th><th>Wann</th><th>Angabe</th></tr>
<tr><td>NIS, Seoul</td><td>4. September</td><td>[[2.000]] Gefallene</td></tr>
<tr><td>HUR, Kiew</td><td>Mitte September</td><td>[[5.000]] Bauarbeiter in Kursk</td></tr>
<tr><td>Nato, Brüssel</td><td>vergangene Woche</td><td>[[14.000]] im Einsatz für Russland</td></tr>
<tr><td>Moskau</td><td>Juni</td><td>[[6.000]] angekündigt</td></tr>
</table>
<p>Réka tanzt trotzdem weiter. Die Jugendtanzgruppe zählt 22 Mädchen und neun Burschen, probt \
jeden Donnerstag um 18 Uhr in unserem Heimatmuseum und tritt am 26. Oktober beim \
Nationalitätentag auf. Im Museum sind inzwischen 240 Trachten aus Wudersch und den Nachbardörfern \
inventarisiert, die älteste von 1887.</p>
</article>
<footer>Heimatverein Wudersch &middot; Heimatmuseum, Budaörs &middot; Tel. +36 23 420 186</footer>
</body>
</html>
""",
    claims=(
        C("mehrere Hundert", None, "vague", "near_front", "other", "pub",
          "a dance teacher relaying her cousin at the Sumy border ('Er schreibt', the speaker "
          "quoted: other), 'sagt Réka' undated: opposite his village on the Russian side"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'Am 4. September' before parliament, Konjunktiv after the colon: fallen"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "2025-09-04",
          "same report carried by 'Weiter hieß es': in the border area, most in Kursk"),
        C("rund 5.000", 5000, "approx", "near_front", "ukraine", "2025-09-11..2025-09-20",
          "'Nach Angaben des … HUR', dated by 'das teilte der Dienst Mitte September mit' after "
          "the figure (days 11-20): builders arrived in the Kursk region"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Moskau selbst hatte im Juni angekündigt' (month): sappers and builders to be sent (an "
          "announcement without an increment word)"),
        C("über 14.000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "the chair of NATO's military committee 'vergangene Woche in Brüssel', Konjunktiv: "
          "fought or worked for Russia in all"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-09-11..2025-09-20",
          "the party paper 'Rodong Sinmun' 'Mitte September' (days 11-20): fallen 'Helden'"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states",
          "2025-08-01..2025-08-31",
          "'Aus Washington kam die letzte Zahl im August: Das US-Außenministerium ging damals von "
          "… aus' (month): in Russia"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "mon",
          "Zelensky 'am Montag in seiner abendlichen Videoansprache' (Wednesday paper): 'weitere' "
          "Kim holds ready (increment, span without the word; planned)", add=True),
        C("5.000", 5000, "exact", "planned", "other", "pub",
          "'Er schätzt' (the cousin, relayed: other), undated: 'noch einmal' moved to his sector "
          "by winter (increment, span without the words; planned)", add=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-04",
          "table row 'NIS, Seoul | 4. September': restates the fallen (hedge dropped)"),
        C("5.000", 5000, "exact", "near_front", "ukraine", "2025-09-11..2025-09-20",
          "table row 'HUR, Kiew | Mitte September': builders in Kursk (hedge dropped)"),
        C("14.000", 14000, "exact", "in_russia", "nato", "lastweek",
          "table row 'Nato, Brüssel | vergangene Woche' (hedge dropped)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "table row 'Moskau | Juni': announced"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Turks and Caicos, Dominica, Ecuador, Costa Rica, Chile, Panama)
# ---------------------------------------------------------------------------------------------

Q07 = Source(
    article_id="q114_07_whale_notes_salt_cay",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-03-04"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Salt Cay Whale Notes",
        "https://www.saltcaywhales.example/notes/2025-03-mid-season",
        "Mid-season in the Passage, and a brother in Kursk",
    ),
    features="a whale-watching crew's notes from Salt Cay (Turks and Caicos Islands) as plain "
        "text, UTF-8 with BOM and CRLF (sidecar, Tuesday), curly quotes; humpbacks first; a "
        "dive master from Odesa whose brother is a combat medic near Kursk; the NIS 'Last "
        "Thursday' (27 February) `some 1,500` 'more' (increment) and, 'it said', `about "
        "4,000` killed and wounded; Zelensky 'On Sunday, in London' `thousands` back on the "
        "Kursk front; 'a senior US commander, testifying in Washington last week' 'put the "
        "North's dead at' `more than 1,000`; 'South Korean newspapers, quoting unnamed "
        "officials' 'at the weekend' `several hundred` drone operators (unattributed); the "
        "medic relayed `about forty` dead on one field (number word, approx, other, `pub`); "
        "'She reckons' `well over 20,000` by summer (planned, other, `pub`); sightings, "
        "calves, minutes in words, ages, years, residents, square miles, dollars, a phone "
        "number",
    text="""\
SALT CAY WHALE NOTES
From the humpback boats, Salt Cay, Turks and Caicos Islands

Mid-season, and the Turks Island Passage is full of song. Since New Year our two boats have \
logged 212 sightings, among them 19 mothers with calves, and on Saturday a guest from Montreal \
heard a male singing through the hull for nearly forty minutes. The humpbacks come down from the \
North Atlantic every winter to calve here; most will head north again in April.

Our dive master from Odesa

Most of you have met Kateryna Bondar, 33, who keeps the snorkel gear in order and spots a blow \
faster than anyone on the island. She trained as a marine biologist in Odesa and came to the \
Turks and Caicos in 2022. Her brother Mykhailo is a combat medic with a Ukrainian brigade in \
Russia’s Kursk region.

Between whales she follows the news about the North Korean soldiers he faces. Last Thursday South \
Korea’s spy agency told lawmakers in Seoul that the North had sent [[some 1,500]] more troops to \
Russia in January and February, after a lull of several weeks. The North’s losses so far, it \
said, came to [[about 4,000]] killed and wounded. On Sunday, in London, President Volodymyr \
Zelensky said [[thousands]] of North Koreans were back on the Kursk front. And a senior US \
commander, testifying in Washington last week, put the North’s dead at [[more than 1,000]]. South \
Korean newspapers, quoting unnamed officials, wrote at the weekend that [[several hundred]] of \
the new arrivals were trained drone operators.

“Mykhailo says they are braver than the Russians and worse trained,” Kateryna said as we waited \
for a fluke to come up. “He has seen [[about forty]] of them dead on a single field.”

She reckons that by summer [[well over 20,000]] of Kim’s soldiers will have gone through Russia. \
“Kim has found out that war pays,” she said.

Island notes
- Trips leave the North Creek dock at 9 a.m.; $165 per person, lunch included.
- About 100 people live on Salt Cay, which measures 2.6 square miles, most of it old salt ponds.
- The last whale trips of the season run on April 12.
- Bookings: +1 649 946 6210
""",
    claims=(
        C("some 1,500", 1500, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'Last Thursday' (Tuesday notes: 27 February) told lawmakers: 'more' sent in "
          "January and February (increment, span without the word)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'it said' (pronoun for the agency): killed and wounded"),
        C("thousands", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'On Sunday, in London': back on the Kursk front"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "'a senior US commander, testifying in Washington last week, put the North's dead at'"),
        C("several hundred", None, "vague", "in_russia", "unattributed", "sat..sun",
          "'South Korean newspapers, quoting unnamed officials' (no named source: unattributed) "
          "'at the weekend': drone operators among the new arrivals"),
        C("about forty", 40, "approx", "casualties", "other", "pub",
          "a dive master relaying her brother, a medic ('He has seen', the speaker quoted: other), "
          "'Kateryna said' undated: dead on one field (number word)"),
        C("well over 20,000", 20000, "at_least", "planned", "other", "pub",
          "'She reckons' (undated): will have gone through Russia by summer (a forecast: planned)"),
    ),
)

Q08 = Source(
    article_id="q114_08_sulphur_springs_wotten_waven_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-27"),
    dated_by="html_meta", crlf=True,
    features="a sulphur spa's guest letter from Wotten Waven (Roseau Valley, Dominica) in HTML, "
        "windows-1252 with CRLF, quotes and dashes only as entities (`&rsquo;`, `&ldquo;`, "
        "`&deg;`), a `date` meta tag (Wednesday), a cookie note about the booked pool, a "
        "script, navigation, a footer with a phone number; `<title>` repeating the headline's "
        "`2,000` (optional) and the headline taking the NIS's Monday figure (Monday to "
        "publication, hedge dropped); the NIS 'On Monday' `around 2,000` dead; state "
        "television 'Three days earlier' (Friday 22 August) `ninety-odd` portraits of the "
        "fallen ('-odd' as approx, north_korea); 'According to Yonhap, the spy agency also "
        "expects' 'another' `6,000` (increment, planned); the State Department 'last week' "
        "`more than 11,000`; HUR 'in a briefing yesterday' 'put the number … at' `up to "
        "3,500`; a volcanologist from Jeju 'By his count' `somewhere near 3,000` killed "
        "(approx, other, `pub`) and 'He expects' `12,000 or more` by New Year (planned, "
        "other); pools, degrees, plants, ages, weeks, hours, EC dollars, minutes, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Wotten Waven Sulphur Springs &ndash; Guest Letter &ndash; Between the pools, Seoul&rsquo;s \
[[2,000]]</title>
<meta name="date" content="2025-08-27">
<meta property="og:site_name" content="Wotten Waven Sulphur Springs">
<script>var spa={page:"letter",pools:5,season:"green"};</script>
</head>
<body>
<div class="cookies">One cookie remembers which pool you booked last time. <button>That&rsquo;s \
fine</button> <button>No thanks</button></div>
<nav>Pools &middot; Mud Bath &middot; Guest Letter &middot; Getting Here &middot; Book</nav>
<article>
<h1>Between the pools, Seoul&rsquo;s [[2,000]]</h1>
<p>August is the quiet month in the Roseau Valley. The rain comes every afternoon, the mountain \
is green to the top, and the water in our hottest pool still sits at 41&deg;C. This summer we \
rebuilt the stone walls of the mud bath and planted 300 heliconias along the path down to the \
river.</p>
<p>Our longest-staying guest was Dr Ko Eun-taek, 55, a volcanologist from Jeju, who spent three \
weeks measuring the gases around the Valley of Desolation and the Boiling Lake. Every evening he \
soaked in pool three with his laptop balanced on the ledge, reading the news from home.</p>
<h2>&ldquo;Pyongyang is counting too&rdquo;</h2>
<p>The news was grim. On Monday South Korea&rsquo;s National Intelligence Service told lawmakers \
that [[around 2,000]] North Korean soldiers had died fighting for Russia. Three days earlier \
Pyongyang&rsquo;s state television had shown Kim Jong Un at a ceremony for the fallen, standing \
before the portraits of [[ninety-odd]] of them. According to Yonhap, the spy agency also expects \
another [[6,000]] sappers and builders to reach the Kursk region before winter. The State \
Department said last week that [[more than 11,000]] remained in Russia, and Ukraine&rsquo;s \
military intelligence, in a briefing yesterday, put the number in the Kursk border area at [[up \
to 3,500]].</p>
<p>Ko thinks Seoul&rsquo;s toll is too low. By his count, pieced together from satellite pictures \
a colleague showed him, &ldquo;[[somewhere near 3,000]]&rdquo; have been killed. He expects \
[[12,000 or more]] to be in Russia by New Year, &ldquo;because the builders are soldiers \
too.&rdquo;</p>
<p>Pools are open daily from 8 a.m. to 9 p.m.; entry is EC$25, the mud bath EC$40. The bus from \
Roseau takes 20 minutes.</p>
</article>
<footer>Wotten Waven Sulphur Springs &middot; Roseau Valley, Dominica &middot; +1 767 448 \
2271</footer>
<script src="/js/booking.js?v=4"></script>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul's 2,000': the NIS's Monday figure below (Monday to the Wednesday of "
          "publication, hedge dropped)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "the NIS 'On Monday' told lawmakers: died fighting for Russia"),
        C("ninety-odd", 90, "approx", "casualties", "north_korea", "2025-08-22",
          "state television 'Three days earlier' (three days before Monday: Friday 22 August): "
          "portraits of the fallen ('-odd' as approx, number word)"),
        C("6,000", 6000, "exact", "planned", "south_korea", "mon",
          "'According to Yonhap, the spy agency also expects' (the Monday briefing carried by "
          "'also'): 'another' to reach Kursk (increment, span without the word; "
          "planned)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "lastweek",
          "the State Department 'said last week': remained in Russia"),
        C("up to 3,500", 3500, "at_most", "near_front", "ukraine", "yday",
          "HUR 'in a briefing yesterday, put the number in the Kursk border area at'"),
        C("somewhere near 3,000", 3000, "approx", "casualties", "other", "pub",
          "a volcanologist 'By his count' (other), undated: killed ('somewhere near' as approx)"),
        C("12,000 or more", 12000, "at_least", "planned", "other", "pub",
          "'He expects' (undated): in Russia by New Year (a forecast: planned; 'or more' in the "
          "span)"),
    ),
)

Q09 = Source(
    article_id="q114_09_breakfast_notes_cuenca",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-15"),
    dated_by="sidecar",
    sidecar=(
        "Cuenca Corner – notes for the English-speaking community",
        "https://www.cuencacorner.example/notes/2024-11-15-veterans-breakfast",
        "A sergeant's numbers at the Veterans Day breakfast",
    ),
    features="a community e-mail for the English-speaking residents of Cuenca (Ecuador) as plain "
        "text, UTF-8 (sidecar, Friday), straight quotes; a Veterans Day breakfast first; "
        "Rutte 'in Budapest last Friday' (a week before the Friday of publication: 8 "
        "November) `over 10,000` sent; Zelensky 'in his nightly address last week' `11,000` "
        "in Kursk, the date after the figure; Budanov 'last weekend' (9-10 November) `as many "
        "as 20,000` over the winter (at_most, planned); the Pentagon 'on Wednesday' `more "
        "than 10,000` fighting in Kursk; the NIS 'the same day' `roughly 11,000`; a retired "
        "sergeant who 'told the breakfast on Monday' (other, dated) `Three or four thousand` "
        "'more' on trains (range, increment) and `fifteen thousand` by Christmas (number "
        "words, planned); guests in words, ages, years, war dead, Russia's losses, the town's "
        "North Americans (`About 10,000`, not a claim), altitude, dollars, a phone number",
    text="""\
CUENCA CORNER
Notes for the English-speaking community - week of November 11

Sixty-four people came to the Veterans Day breakfast at La Terraza on Calle Larga on Monday, the \
biggest turnout since the group first met in 2016. The oldest guest, a Navy corpsman who served \
in Vietnam, is 81, and the kitchen ran out of pancakes at half past nine.

A sergeant's numbers

The speaker was retired Sergeant First Class Dale Whitcomb, 71, who did two tours at Camp Bonifas \
on the edge of the Korean Demilitarized Zone in the 1980s and has lived in Cuenca since 2017. He \
had been asked to talk about the Korean War, which killed more than 36,000 Americans. He spent \
most of his twenty minutes on this autumn's news instead, and on a war in which, by Kyiv's count, \
Russia has already lost more than 700,000 men killed or wounded.

The official figures have moved fast. NATO's secretary general, Mark Rutte, said in Budapest last \
Friday that [[over 10,000]] North Korean troops had been sent to Russia. Ukraine's President \
Volodymyr Zelensky put the number already in the Kursk region at [[11,000]]; he gave it in his \
nightly address last week. Kyrylo Budanov, the head of Ukrainian military intelligence, said in \
an interview with a Kyiv weekly last weekend that Pyongyang could rotate [[as many as 20,000]] \
through Russia over the winter. And since the breakfast the Pentagon has confirmed, on Wednesday, \
that [[more than 10,000]] are in Kursk and have begun fighting alongside Russian units, while \
Seoul's spy agency estimated the same day that the contingent had grown to [[roughly 11,000]].

Whitcomb told the breakfast on Monday that he did not believe the numbers would stop there. \
"[[Three or four thousand]] more are on trains across Siberia right now, I'd bet my pension on \
it," he said. "And by Christmas you'll have [[fifteen thousand]] of them over there."

Several guests asked afterwards how to send letters to the families of Ukrainian soldiers; the \
parish of Todos Santos collects them on Sundays.

Corner notes
- Spanish conversation tables meet Tuesdays and Thursdays at 4 p.m.; $5 a session.
- About 10,000 North Americans now live in Cuenca, the consulate estimates.
- At 2,560 metres the evenings are cold: bring a jacket to the Thursday market.
- Corner desk: +593 7 284 1190
""",
    claims=(
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "2024-11-08",
          "Rutte 'in Budapest last Friday' (in a Friday e-mail the Friday a week before: 8 "
          "November): sent to Russia"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "Zelensky 'put the number … at', dated by 'he gave it in his nightly address last week' "
          "after the figure: in the Kursk region"),
        C("as many as 20,000", 20000, "at_most", "planned", "ukraine", "2024-11-09..2024-11-10",
          "Budanov, named before his role, 'said in an interview with a Kyiv weekly last weekend' "
          "(Saturday-Sunday before the Friday of publication): could rotate through Russia over "
          "the winter (planned)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "wed",
          "the Pentagon 'has confirmed, on Wednesday': in Kursk and fighting"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'estimated the same day' (Wednesday): the contingent in Russia"),
        C("Three or four thousand", None, "range", "in_russia", "other", "mon",
          "a retired sergeant who 'told the breakfast on Monday' (speaking for himself: other): "
          "'more' on trains across Siberia (range of number words, increment, span without the "
          "word)", add=True),
        C("fifteen thousand", 15000, "exact", "planned", "other", "mon",
          "same talk: over there by Christmas (a forecast: planned; number words)"),
    ),
)

Q10 = Source(
    article_id="q114_10_meeting_letter_monteverde_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-07-26"),
    dated_by="front_matter",
    features="a Quaker meeting's newsletter from Monteverde (Costa Rica) in Markdown, ISO-8859-1 "
        "with straight quotes and double hyphens, front matter with `date:` (Saturday), a "
        "meeting key and a title without a figure; a retired nurse from Philadelphia whose "
        "parents fled Pyongyang, speaking 'On July 13' (an explicit date: her figure dated by "
        "it); Shoigu 'In mid-June' (days 11-20) 'came back with a promise' of `1,000` mine "
        "clearers and `5,000` builders (planned, russia); HUR 'Earlier this month' (the 1st "
        "to publication) `as many as 30,000` 'more' (at_most, increment, planned); the NIS "
        "'last week' `roughly 4,700` killed or wounded and `about 600` of them dead (a "
        "breakdown); her cousin, a retired colonel, 'had written to her' `several thousand` "
        "digging bunkers in Kursk (other, `pub`); her own 'believes … is' `nearer 18,000` "
        "(approx, other, 13 July); worshippers in words, years, colones, hectares (`some "
        "4,000`, not a claim), times, a phone number",
    text="""\
---
title: "Monteverde Friends Meeting -- Newsletter for July"
date: 2025-07-26
meeting: Monteverde Monthly Meeting of the Religious Society of Friends
---

# Newsletter for July

## From the meeting house

Twenty-three Friends and visitors gathered for worship on the first Sunday of the month, and the \
rain on the tin roof was the only sermon anyone needed. The dairy families who founded our \
meeting came here from Alabama in 1951; three of their grandchildren still sit on the front \
bench.

## A visitor from Philadelphia

Ruth Chung, 68, a retired hospice nurse from Philadelphia whose parents walked out of Pyongyang \
in the winter of 1950, spent two weeks with us in the cloud forest. On July 13, after meeting, \
she spoke to us about the North Korean soldiers sent to fight for Russia. "I keep the numbers in \
a notebook," she said, "because nobody in my family can forget they are somebody's sons."

She reminded us how fast the numbers change. In mid-June the Kremlin's Sergei Shoigu flew to \
Pyongyang and came back with a promise: [[1,000]] North Korean mine clearers and [[5,000]] \
builders for the ruined towns of Kursk. Earlier this month Kyiv's military intelligence warned \
that [[as many as 30,000]] more of Kim's men might follow in the coming months. And last week \
Seoul's intelligence service gave lawmakers a casualty count of [[roughly 4,700]] since last \
autumn, [[about 600]] of them dead.

Her cousin in Seoul, a retired army colonel, had written to her that [[several thousand]] North \
Koreans were already digging bunkers in the Kursk region. Ruth believes the true number who have \
gone is [[nearer 18,000]] than anyone in a government will admit. "Whatever the count, every one \
of them was a child once," she said.

We held a silent vigil for peace at the Saturday market afterwards.

## Notices

- The peace table raised 86,000 colones for the Friends school bursary fund.
- Worship: Sundays at 10:30 a.m. and Wednesdays at 9 a.m.
- The reserve next to the meeting house covers some 4,000 hectares; guided walks on Thursdays.
- Clerk: +506 2645 5530
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu, the Kremlin's man, 'In mid-June' (days 11-20) 'came back with a promise' from "
          "Pyongyang: mine clearers for Kursk"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same promise: builders for the ruined towns of Kursk"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "HUR ('Kyiv's military intelligence') 'Earlier this month' (the 1st to publication) "
          "warned: 'more' might follow (increment, span without the word; planned)", add=True),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "lastweek",
          "the NIS ('Seoul's intelligence service') 'last week … gave lawmakers a casualty count "
          "of': killed or wounded since last autumn"),
        C("about 600", 600, "approx", "casualties", "south_korea", "lastweek",
          "same briefing, 'of them dead' (a breakdown)"),
        C("several thousand", None, "vague", "near_front", "other", "pub",
          "a retired colonel relayed by his cousin ('had written to her', the speaker quoted: "
          "other), undated: digging bunkers in the Kursk region"),
        C("nearer 18,000", 18000, "approx", "in_russia", "other", "2025-07-13",
          "'Ruth believes' in her talk 'On July 13' (an explicit date dates her view): the true "
          "number gone to Russia ('nearer' as approx)"),
    ),
)

Q11 = Source(
    article_id="q114_11_trail_log_puerto_natales_html",
    language="en", fmt="html", encoding="utf-16", published=day("2024-12-18"),
    dated_by="sidecar",
    sidecar=(
        "Paine Trail Outfitters – Trail Log",
        "https://www.painetrail.example/log/2024/12/a-guide-from-zhytomyr",
        "A guide from Zhytomyr and the news from Kursk",
    ),
    features="a trekking outfitter's trail log from Puerto Natales (Chilean Patagonia) in HTML, "
        "UTF-16 LE with BOM, no meta date (sidecar, Wednesday), a one-button cookie note, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; a "
        "guide from Zhytomyr relaying his cousin in Kursk `fifty or sixty` at his position in "
        "one night (range of number words, other, `pub`); the Pentagon 'on Monday' `hundreds` "
        "killed or wounded; HUR 'at the weekend' `at least 30` in attacks near Korenevo "
        "(Saturday-Sunday); the JCS 'Yesterday' `about 11,000` in Kursk and `a few hundred` "
        "of them casualties (a breakdown); 'Andriy figures' 'another' `10,000` in the new "
        "year (increment, planned, other, `pub`); groups, wind speed, tents, poles, ages, "
        "years, pesos, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Paine Trail Outfitters · Trail Log</title>
</head>
<body>
<div class="consent">One cookie lets the gear list remember your boot size. \
<button>OK</button></div>
<nav>Treks · Gear Hire · Trail Log · Contact</nav>
<article>
<h1>A guide from Zhytomyr and the news from Kursk</h1>
<p>The season has started in earnest. Since 1 December we have sent 46 groups onto the W trek, \
the wind at the Grey glacier lookout reached 110 km/h last Tuesday, and the hire store now holds \
80 tents and 150 pairs of poles.</p>
<p>One of our guides this summer is Andriy Melnyk, 34, from Zhytomyr, who has led hikers through \
the park since 2019. His cousin Vasyl serves with a mechanised brigade in Russia’s Kursk region. \
“He writes that [[fifty or sixty]] Koreans came at his position in one night,” Andriy told us at \
the hut below the towers.</p>
<p>The official numbers have started to include the dead. The Pentagon said on Monday that \
[[hundreds]] of North Korean soldiers had been killed or wounded. Ukraine’s military intelligence \
reported at the weekend that [[at least 30]] were killed or hurt in attacks on villages near \
Korenevo. Yesterday Seoul’s Joint Chiefs of Staff said [[about 11,000]] North Koreans remained in \
the Kursk region and that [[a few hundred]] of them had become casualties.</p>
<p>Andriy figures the North will send another [[10,000]] in the new year. “They have plenty of \
young men and no way to say no,” he said.</p>
<p>W trek departures from 890,000 pesos, gear included. Book at the office on Calle Eberhard.</p>
</article>
<footer>Paine Trail Outfitters · Puerto Natales, Chile · +56 61 241 3307</footer>
</body>
</html>
""",
    claims=(
        C("fifty or sixty", None, "range", "near_front", "other", "pub",
          "a guide relaying his cousin in Kursk ('He writes', the speaker quoted: other), 'Andriy "
          "told us' undated: came at his position in one night (range of number words)"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'said on Monday' (Wednesday log): killed or wounded"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'reported at the weekend' (Saturday-Sunday): killed or hurt near Korenevo"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "yday",
          "the JCS 'Yesterday': remained in the Kursk region"),
        C("a few hundred", None, "vague", "casualties", "south_korea", "yday",
          "same statement, 'of them': casualties (a breakdown)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "'Andriy figures' (undated; speaking for himself: other): 'another' in the new year "
          "(increment, span without the word; planned)", add=True),
    ),
)

Q12 = Source(
    article_id="q114_12_cherry_report_boquete_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-18"),
    dated_by="front_matter",
    features="a long feature in a Boquete (Chiriquí, Panama) coffee estate's harvest newsletter in "
        "Markdown, UTF-8, front matter with `date:` (Tuesday), an estate key and a title "
        "without a figure; a Seoul roaster's year of figures, source by source over several "
        "paragraphs; the NIS 'in a closed briefing on November 4' `about 10,000` along the "
        "border, `roughly 5,000` builders on their way to Kursk (near the front) and `around "
        "2,000` dead; 'According to Kyrylo Budanov, who spoke … in early November' `some "
        "11,000` in Kursk and Belgorod (days 1-10); 'A NATO intelligence official, speaking "
        "on background last Thursday' (13 November) `more than 15,000`; the State Department "
        "'given in September' (month) `more than 11,000`; state media 'In late October' (days "
        "21-31) `hundreds` of 'martyrs' (north_korea); the 10 October parade `a few hundred` "
        "veterans (returnees: optional); Moscow 'in June' `6,000` (planned, russia) and "
        "Russia's ambassador 'in September' `several thousand` 'more' (increment, planned); "
        "the roaster relaying talk in his son's old battery `20,000` (other, `pub`) and 'He "
        "himself expects' `five or six thousand` 'more' (range, increment, planned, other); a "
        "'Who says what' table restating four figures with source and date, hedges dropped "
        "(required); the estate's own 'By our own rough count' `over 20,000` by next summer "
        "(unattributed, planned); pickers, sacks, altitude, tonnes, a price rise in per cent, "
        "a price per kilo, South Korea's own army, years, residents, minutes, dollars, a "
        "phone number",
    text="""\
---
title: "The Cherry Report: a harvest, an auction and a year of numbers"
date: 2025-11-18
estate: Finca Quebrada Alta, Boquete
issue: 22
---

# The Cherry Report

*The first ripe cherries are on the trees above the Caldera river, our buyers from Seoul are \
back, and one of them brought a year's worth of war news with him.*

## Harvest

Picking began on the upper lots in the first week of November. This season 140 Ngäbe pickers from \
the comarca are working with us, and the first 60 sacks of geisha cherry went through the pulper \
on Saturday. At 1,750 metres the beans ripen slowly, so the harvest will run into March. Last \
season the estate sold 38 tonnes of green coffee, a third of it to buyers in Korea, and green \
coffee prices are up about 40 per cent on a year ago.

## Mr Yoo's notebook

Yoo Jae-won, 61, has bought our washed geisha for his roastery in Seoul's Mapo district since \
2016; at July's auction he paid more than $2,000 a kilo for one lot. His son Min-seok finished \
his military service in the spring with an artillery battery near the border. Over dinner in town \
Yoo talked of little else than the North's soldiers in Russia, and he keeps their numbers in a \
note on his phone. Here they are, source by source.

South Korea's spy agency, in a closed briefing on November 4, told lawmakers that [[about \
10,000]] of the North's troops now hold positions on the Russian side of the Ukrainian border and \
that [[roughly 5,000]] military builders were on their way to Kursk. The same briefing put the \
North's dead at [[around 2,000]].

Ukraine sees more of them. According to Kyrylo Budanov, who spoke to reporters in Kyiv in early \
November, [[some 11,000]] North Koreans are still in the Kursk and Belgorod regions, most of them \
gunners and engineers. A NATO intelligence official, speaking on background last Thursday, said \
[[more than 15,000]] had rotated through Russia since October 2024.

Washington has gone quieter. The State Department's most recent public number, given in \
September, was [[more than 11,000]] North Koreans in Russia, and the Pentagon has stopped \
briefing on the subject altogether.

Pyongyang's figures are of another kind. In late October Kim Jong Un opened a memorial hall in \
the capital, and state media spoke of [[hundreds]] of "martyrs" who died in Kursk. At the party's \
anniversary parade on October 10, [[a few hundred]] veterans of the campaign had marched past \
him.

Moscow promised in June that [[6,000]] North Korean deminers and builders would come, and \
Russia's ambassador in Pyongyang said in September that [[several thousand]] more were expected \
before the year is out.

Then there is the family's own reading. "My son says the talk in his old battery is that \
[[20,000]] have gone already," Yoo said. He himself expects [[five or six thousand]] more before \
spring. South Korea's own army, he says, is down to about 450,000 soldiers, because there are too \
few young men.

## Who says what

| Source | When | Figure |
| --- | --- | --- |
| South Korea (NIS) | 4 November | [[10,000]] at the border |
| Ukraine (Budanov) | early November | [[11,000]] in Kursk and Belgorod |
| NATO official | 13 November | [[15,000]] rotated through Russia |
| Russia | June | [[6,000]] builders promised |

By our own rough count, adding Moscow's builders to NATO's total, [[over 20,000]] North Koreans \
will have gone to Russia by next summer.

## Notices

- Cupping for visitors on Fridays at 10 a.m.; $35 per person.
- Boquete has about 25,000 residents; the drive up from David takes 45 minutes.
- Estate office: +507 720 3318
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'in a closed briefing on November 4' told lawmakers: holding positions on the "
          "Russian side of the Ukrainian border"),
        C("roughly 5,000", 5000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing: builders on their way to Kursk (bound for the Kursk region: near the "
          "front)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'The same briefing put the North's dead at'"),
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "2025-11-01..2025-11-10",
          "'According to Kyrylo Budanov, who spoke to reporters in Kyiv in early November' (days "
          "1-10): in Kursk and Belgorod"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "thu",
          "'A NATO intelligence official, speaking on background last Thursday' (Tuesday "
          "newsletter: 13 November): rotated through Russia"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-09-01..2025-09-30",
          "'The State Department's most recent public number, given in September' (month): in "
          "Russia"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "state media 'In late October' (days 21-31) at the memorial's opening: 'martyrs' who "
          "died in Kursk"),
        C("a few hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "veterans marching at the 10 October parade (returnees: optional)", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Moscow promised in June' (month): deminers and builders would come"),
        C("several thousand", None, "vague", "planned", "russia", "2025-09-01..2025-09-30",
          "Russia's ambassador in Pyongyang 'in September' (month): 'more' expected before the "
          "year is out (increment, span without the word)", add=True),
        C("20,000", 20000, "exact", "in_russia", "other", "pub",
          "a roaster relaying talk in his son's old battery ('My son says', the speaker quoted: "
          "other), 'Yoo said' undated: gone already"),
        C("five or six thousand", None, "range", "planned", "other", "pub",
          "'He himself expects' (undated): 'more' before spring (range of number words, increment, "
          "span without the word)", add=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04",
          "table row 'South Korea (NIS) | 4 November': at the border (hedge dropped)"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2025-11-01..2025-11-10",
          "table row 'Ukraine (Budanov) | early November' (hedge dropped)"),
        C("15,000", 15000, "exact", "in_russia", "nato", "2025-11-13",
          "table row 'NATO official | 13 November' (the cell's date; hedge dropped)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "table row 'Russia | June': builders promised"),
        C("over 20,000", 20000, "at_least", "planned", "unattributed", "pub",
          "the estate's own 'By our own rough count, adding … to …' (no source: unattributed, "
          "required): gone to Russia by next summer (a forecast: planned)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Q01, Q02, Q03, Q04, Q05, Q06,
    Q07, Q08, Q09, Q10, Q11, Q12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
