"""Build the HUNDRED-AND-FIFTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-third corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a zither
school's newsletter from Partenkirchen with a bandura player from Chernivtsi and a gayageum
student from Jeonju, a façade painters' workshop letter from Farchant with an icon restorer from
Ivano-Frankivsk and a temple-beam restorer from Gyeongju, a hair salon's customer letter from
Grainau with a hairdresser from Kramatorsk and a ski instructor from Pyeongchang, and a small
brewery's beer letter from Eschenlohe on the Loisach with a brewer from Lviv and a hop trader
from Daegu (all four in the Werdenfelser Land); a woodturners' circular from Wenigzell in the
Joglland (Austrian conventions) with a joiner from Rivne and a mask carver from Andong; and a boat
hire's season letter from the Klöntalersee (Swiss conventions) with a rower from Cherkasy and a
teacher from Daejeon; an agency-style wire report from Skagway on two seasonal workers, a
flightseeing outfit's pilot notes from Skagway with a mechanic from Kryvyi Rih and a float pilot
from Jinhae, a set-dancing club's notes from Portmagee with a nurse from Sumy and a doctoral
student from Gwangju, a B&B's spring letter from Portmagee with a cook from Mariupol and a marine
biologist from Jeju, a readers' letters page from a Bimini weekly with letters quoting a son and
an uncle, and a barbershop's notes from Alice Town on Bimini with a deckhand from Mykolaiv and a
retired Korean-American marine. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind151_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Werdenfelser Land, Joglland, Klöntal)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="w151_01_saitenbrief_zitherschule_partenkirchen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-08"),
    dated_by="html_meta",
    features="a zither school's newsletter from Partenkirchen (Garmisch-Partenkirchen, "
        "Werdenfelser Land) in HTML, UTF-8, `article:published_time` +01:00 (Friday), a cookie "
        "note about the lesson timetable, a page script, navigation, entities (`&middot;`, "
        "`&bdquo;`, `&ldquo;`, `&amp;`), a footer with a postcode and a phone number; `<title>` "
        "and headline without a figure; pupils, fees and the hall's seats first; a bandura "
        "player from Chernivtsi relaying her cousin, a gunner in the Kursk region ('Am Mittwoch "
        "habe ihr der Cousin geschrieben …, erzählt Olena') `einige Dutzend` gone into position "
        "(other, from Wednesday to publication); a gayageum student from Jeonju 'rechnet damit' "
        "`zwölftausend oder mehr` by spring (number word with 'oder mehr' after it: at_least, "
        "planned, other, `pub`), next to the instrument's `zwölf Saiten` (not a claim); the NIS "
        "'Am 23. Oktober' `rund 3.000` already in Russia and, 'rechne die Behörde', `etwa "
        "10.000` by December (planned); the Pentagon 'erklärte am Montag' `etwa 8.000` moved to "
        "the Kursk border region; Zelensky 'sagte gestern' `Dutzende` dead and wounded; 'Nach "
        "Einschätzung der Nato' `über 10.000` in Russia (`pub`); strings, pupils, euros, seats, "
        "Russia's losses a day, ages, years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Saitenbrief im November | Zitherschule am Wank, Partenkirchen</title>
<meta property="article:published_time" content="2024-11-08T17:40:00+01:00">
<script>var saitenbrief = {ausgabe: 41, stimmung: "Münchner", vorspiel: true};</script>
</head>
<body>
<div class="hinweis-cookies">Damit der Stundenplan Ihre Unterrichtszeit wiederfindet, merkt sich \
diese Seite ein kleines Cookie. <a href="#">Passt scho</a></div>
<nav><a href="/">Zitherschule</a> &middot; <a href="/unterricht">Unterricht</a> &middot; <a \
href="/konzerte">Vorspiele &amp; Konzerte</a> &middot; <a href="/saitenbrief">Saitenbrief</a></nav>
<main>
<h1>Neue Stimmen unter dem Wank</h1>
<p>Liebe Zitherkinder, liebe Eltern und Großeltern,</p>
<p>das Herbsthalbjahr hat mit 46 Schülerinnen und Schülern begonnen, so vielen wie nie seit der \
Gründung unserer Schule im Jahr 1978. Die Monatsgebühr für eine halbe Stunde pro Woche bleibt bei \
38 Euro, Geschwister zahlen die Hälfte. Der Pfarrsaal, in dem wir im Advent vorspielen, hat 120 \
Plätze; bitte melden Sie Ihre Familie bis zum 29. November an.</p>
<h2>Bandura trifft Zither</h2>
<p>Seit September unterrichtet bei uns Olena Hnatiuk, 44, Banduraspielerin aus Czernowitz, die \
mit ihren zwei Töchtern in Partenkirchen wohnt. Ihre Bandura hat 55 Saiten, unsere Konzertzither \
nur 42, und doch klangen beide beim Probenabend, als hätten sie nie etwas anderes getan. Olenas \
Cousin ist Artillerist in einer Brigade, die seit August im Gebiet Kursk kämpft. Am Mittwoch habe \
ihr der Cousin geschrieben, vor seinem Abschnitt seien jetzt [[einige Dutzend]] Nordkoreaner in \
Stellung gegangen, erzählt Olena.</p>
<h2>Zwölf Saiten aus Jeonju</h2>
<p>Im Oktober war Yoon Ha-eun bei uns zu Gast, 23, die in München Musik studiert und aus Jeonju \
stammt. Sie spielt die Gayageum, die koreanische Wölbbrettzither mit zwölf Saiten, und hat den \
Jugendlichen gezeigt, wie man die Töne mit der linken Hand biegt. Über den Norden sprach sie nach \
der Stunde ohne Umschweife. Sie rechnet damit, dass Pjöngjang bis zum Frühjahr \
[[zwölftausend oder mehr]] Soldaten nach Russland schickt. &bdquo;Für Kim sind das Devisen auf \
zwei Beinen&ldquo;, sagte sie.</p>
<h2>Was in diesen Wochen gemeldet wurde</h2>
<p>Am 23. Oktober hatte der südkoreanische Geheimdienst den Abgeordneten in Seoul berichtet, \
[[rund 3.000]] nordkoreanische Soldaten seien bereits in Russland. Bis zum Dezember rechne die \
Behörde mit [[etwa 10.000]]. Das Pentagon erklärte am Montag, [[etwa 8.000]] von ihnen seien \
inzwischen in die Grenzregion Kursk verlegt worden. Präsident Selenskyj sagte gestern in seiner \
Abendansprache, bei den ersten Gefechten habe es unter den Nordkoreanern [[Dutzende]] Tote und \
Verwundete gegeben. Nach Einschätzung der Nato halten sich [[über 10.000]] Soldaten aus dem \
Norden in Russland auf. Die russische Armee verliert nach britischen Angaben derzeit mehr als \
1.200 Mann am Tag.</p>
<h2>Termine</h2>
<ul><li>Adventsvorspiel am Sonntag, 15. Dezember, um 16 Uhr im Pfarrsaal</li><li>Sammelbestellung \
für Saiten bis 20. November, ein Satz ab 64 Euro</li><li>Unterrichtsfrei vom 23. Dezember bis 6. \
Januar</li></ul>
</main>
<footer>Zitherschule am Wank &middot; Sonnenbergstraße 7 &middot; 82467 Garmisch-Partenkirchen \
&middot; Tel. 08821 94 57 30 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/stundenplan.js"></script>
</body>
</html>
""",
    claims=(
        C("einige Dutzend", None, "vague", "near_front", "other", "wed..pub",
          "a bandura player from Chernivtsi relaying her cousin, a gunner in the Kursk region "
          "('Am Mittwoch habe ihr der Cousin geschrieben …, erzählt Olena', Konjunktiv; the "
          "speaker quoted: other): gone into position in front of his sector (from Wednesday to "
          "publication)"),
        C("zwölftausend oder mehr", 12000, "at_least", "planned", "other", "pub",
          "a gayageum student from Jeonju, 'Sie rechnet damit' (undated): to be sent by spring "
          "(number word; 'oder mehr' after the figure as at_least; planned)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'Am 23. Oktober … den Abgeordneten … berichtet': already in Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same briefing, 'Bis zum Dezember rechne die Behörde mit' (Konjunktiv; the role noun "
          "carries the NIS): the total expected by December (planned, not an increment)"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'erklärte am Montag' (4 November): moved to the Kursk border region"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "yday",
          "Zelensky 'sagte gestern in seiner Abendansprache' (7 November): dead and wounded in "
          "the first clashes"),
        C("über 10.000", 10000, "at_least", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): in Russia"),
    ),
)

S02 = Source(
    article_id="w151_02_werkstattbrief_lueftlmaler_farchant",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-14"),
    dated_by="dateline",
    features="a façade painters' (Lüftlmalerei) workshop letter from Farchant (Werdenfelser Land) "
        "as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place "
        "line 'Farchant, 14.01.2025' (Tuesday, numeric date); façades, square metres of lime "
        "plaster and gold leaf first; an icon restorer from Ivano-Frankivsk relaying her husband, "
        "a medic in the Kursk region ('Am Samstag, erzählt Marta, habe er ihr eine Sprachnachricht "
        "geschickt') `mehrere hundert` fallen or wounded in one attack (other, casualties, from "
        "Saturday to publication); a temple-beam restorer from Gyeongju 'hält es für sicher' `bis "
        "zu 5.000` 'weitere' this year (at_most, increment, planned, other, `pub`); Zelensky 'am "
        "Samstag' `zwei` captured (number word); the NIS 'zählte gestern' `rund 300` dead and "
        "`2.700` 'weitere' wounded ('weitere' = others in the same count, not an increment); 'Aus "
        "dem Weißen Haus war Ende Dezember … die Rede gewesen' `mehr als 1.000` dead and wounded "
        "(days 21-31); sentence-initial `Rund 11.000` in Kursk with the claimant after the figure "
        "('…, hieß es am Montag aus dem ukrainischen Generalstab'); façades, square metres, euros, "
        "wayside shrines, Russia's losses, course fees, ages, years, dates, a phone number",
    text="""\
Lüftlmalerei Zwerger & Tochter - Werkstattbrief an Kundschaft und Freunde

Farchant, 14.01.2025

Liebe Kundinnen und Kunden, liebe Freunde unserer Werkstatt,

das vergangene Jahr war eines der arbeitsreichsten, seit mein Großvater die Werkstatt 1952 \
gegründet hat. Zwischen Oberau und Krün haben wir elf Fassaden bemalt oder restauriert, zusammen \
gut 640 Quadratmeter frischen Kalkputz, dazu drei Marterl und eine Sonnenuhr am Kirchweg. Für das \
Blattgold am Erker des Gasthofs in der Loisachstraße haben wir 1.150 Euro ausgegeben, und jeder \
Cent davon glänzt.

Seit dem Frühjahr malt Marta Sawyzka mit uns, 39, die in Iwano-Frankiwsk zwanzig Jahre lang \
Ikonen und Kirchenwände restauriert hat. Ihre Engel über der Haustür der Familie Reindl lassen \
seither kaum einen Spaziergänger unbeeindruckt. Ihr Mann dient als Sanitäter in einer Brigade \
im Gebiet Kursk. Am Samstag, erzählt Marta, habe er ihr eine Sprachnachricht geschickt: Bei \
einem einzigen Angriff auf ihre Stellung seien [[mehrere hundert]] Nordkoreaner gefallen oder \
verwundet worden.

Im Herbst war außerdem Choi Dong-hyun, 34, für sechs Wochen Praktikant in der Werkstatt. Der \
Restaurator aus Gyeongju wollte lernen, wie man in den nassen Putz malt, und zeigte uns im \
Gegenzug, wie in Korea die Balken alter Tempel bemalt werden. Er hält es für sicher, dass \
Pjöngjang im neuen Jahr [[bis zu 5.000]] weitere Soldaten an Russland abgibt. "Im Süden schaut \
man da mit Grausen zu", schrieb er uns zu Weihnachten.

Was man in diesen Tagen lesen konnte: Präsident Selenskyj meldete am Samstag die Gefangennahme von \
[[zwei]] nordkoreanischen Soldaten. Der südkoreanische Geheimdienst zählte gestern [[rund 300]] \
Tote unter den Nordkoreanern, [[2.700]] weitere seien verwundet. Aus dem Weißen Haus war Ende \
Dezember von [[mehr als 1.000]] Toten und Verletzten die Rede gewesen. [[Rund 11.000]] \
Nordkoreaner stünden derzeit im Gebiet Kursk, hieß es am Montag aus dem ukrainischen Generalstab. \
Russland selbst hat nach Kiewer Zählung seit Kriegsbeginn über 800.000 Soldaten verloren.

Termine und Hinweise
- Kalkputzkurs für Hausbesitzer: Samstag, 8. Februar, 9 bis 16 Uhr, 85 Euro mit Brotzeit
- Betriebsferien bis 20. Januar; Anfragen für das Frühjahr gern schon jetzt unter 08821 96 13 02

Mit herzlichen Grüßen aus der Werkstatt
Theresa Zwerger
""",
    claims=(
        C("mehrere hundert", None, "vague", "casualties", "other", "sat..pub",
          "an icon restorer from Ivano-Frankivsk relaying her husband, a medic in the Kursk "
          "region ('Am Samstag, erzählt Marta, habe er ihr eine Sprachnachricht geschickt'; the "
          "speaker quoted: other): fallen or wounded in one attack (from Saturday to "
          "publication)"),
        C("bis zu 5.000", 5000, "at_most", "planned", "other", "pub",
          "a restorer from Gyeongju, 'Er hält es für sicher' (undated): 'weitere' to be handed "
          "to Russia this year (increment, planned; span without the word)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'meldete am Samstag' (11 January): captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "yday",
          "the NIS 'zählte gestern' (13 January): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "yday",
          "same count, Konjunktiv: '2.700 weitere seien verwundet' ('weitere' = others in the "
          "same count, not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'Aus dem Weißen Haus war Ende Dezember … die Rede gewesen' (day 21 to the month's "
          "end): dead and wounded"),
        C("Rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "sentence-initial figure, the claimant after it ('…, hieß es am Montag aus dem "
          "ukrainischen Generalstab', 13 January): in the Kursk region"),
    ),
)

S03 = Source(
    article_id="w151_03_kundenbrief_friseursalon_grainau_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-03-20"),
    dated_by="front_matter", crlf=True,
    features="a hair salon's customer letter from Grainau (Werdenfelser Land) in Markdown, "
        "windows-1252 with CRLF, `„“` and `–` raw, front matter with `date:` (Thursday) and a "
        "title without a figure; chairs, haircuts, prices and a discount first; a hairdresser "
        "from Kramatorsk relaying her brother, a scout in the Kursk region ('Vergangene Woche "
        "habe er ihr erzählt …, berichtet Switlana') `Hunderte` back at the front (other, "
        "`lastweek`); a ski instructor from Pyeongchang 'ist überzeugt' `nicht mehr als 8.000` "
        "still in Russia (at_most, other, `pub`); the joint chiefs 'teilte am Montag mit' `rund "
        "3.000` 'nachgeschickt' (increment) and, 'gab er … an', `etwa 4.000` dead and wounded; "
        "HUR 'Anfang März' `mehreren tausend` back in the fighting in Kursk (days 1-10); the "
        "Pentagon 'schätzt' `11.000 bis 12.000` sent in all (range, `pub`); the British defence "
        "ministry 'geht von … aus' `rund 1.000` fallen (a third government: other, `pub`); "
        "haircuts, chairs, euros, per cent, employees, ages, opening hours, a phone number",
    text="""\
---
title: "Kundenbrief Frühling 2025"
date: 2025-03-20
salon: Haarwerk am Eibsee
---

# Neue Stühle, neue Gesichter

Liebe Kundinnen und Kunden,

seit Montag empfangen wir Sie in renovierten Räumen: vier neue Bedienplätze, ein Waschbecken \
mehr und endlich eine Spielecke für die Kleinen. Im vergangenen Jahr haben wir in Grainau rund \
5.300 Haarschnitte gemacht, und für Hochzeiten auf den Hütten unter der Zugspitze sind wir bis in \
den September ausgebucht. Ein Damenschnitt kostet ab April 46 Euro, ein Herrenschnitt 29 Euro; \
Schülerinnen und Schüler bekommen 20 Prozent Nachlass.

## Aus dem Team

Viele von Ihnen kennen Switlana Moroz, 35, inzwischen gut. Die Friseurmeisterin aus Kramatorsk \
hatte dort einen eigenen Salon mit sechs Angestellten, bis eine Rakete das Haus traf. Ihr \
jüngerer Bruder ist Aufklärer im Gebiet Kursk. Vergangene Woche habe er ihr erzählt, \
[[Hunderte]] Nordkoreaner seien nach der Winterpause an die Front zurückgekehrt, berichtet \
Switlana. „Sie kommen jetzt mit eigenen Drohnen“, habe er gesagt.

Im Februar saß ein besonderer Stammgast bei uns: Kang Min-seok, 51, Skilehrer aus Pyeongchang, \
der jeden Winter zwei Wochen am Hausberg unterrichtet. Beim Nachschneiden erzählte er viel von \
seiner Dienstzeit an der Grenze. Er ist überzeugt, dass [[nicht mehr als 8.000]] Nordkoreaner \
noch in Russland sind. „Der Rest ist tot, verwundet oder längst wieder daheim“, sagt er.

## Zur Lage

Der südkoreanische Generalstab teilte am Montag mit, Pjöngjang habe seit Jahresbeginn \
[[rund 3.000]] Mann nachgeschickt. Die Verluste des Nordens gab er mit [[etwa 4.000]] Toten und \
Verwundeten an. Anfang März hatte der ukrainische Militärgeheimdienst gemeldet, die Nordkoreaner \
seien mit [[mehreren tausend]] Mann in die Kämpfe im Gebiet Kursk zurückgekehrt. Das Pentagon \
schätzt die Zahl der bisher Entsandten auf [[11.000 bis 12.000]]. Das britische \
Verteidigungsministerium geht von [[rund 1.000]] Gefallenen aus.

## Öffnungszeiten

- Dienstag bis Freitag 8.30 bis 18 Uhr, Samstag 8 bis 13 Uhr
- Termine unter 08821 58 27 94 oder direkt im Salon
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "lastweek",
          "a hairdresser from Kramatorsk relaying her brother, a scout in the Kursk region "
          "('Vergangene Woche habe er ihr erzählt …, berichtet Switlana'; the speaker quoted: "
          "other): back at the front after the winter pause"),
        C("nicht mehr als 8.000", 8000, "at_most", "in_russia", "other", "pub",
          "a ski instructor from Pyeongchang, 'Er ist überzeugt' (undated): still in Russia "
          "('nicht mehr als' as at_most)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the South Korean joint chiefs 'teilte am Montag mit' (17 March): 'nachgeschickt' "
          "since the start of the year (increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "same statement, 'gab er … an' (the pronoun carries the joint chiefs): dead and "
          "wounded"),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Ukraine's military intelligence 'Anfang März … gemeldet' (days 1-10): back in the "
          "fighting in the Kursk region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Das Pentagon schätzt' (undated): sent so far (range)"),
        C("rund 1.000", 1000, "approx", "casualties", "other", "pub",
          "the British defence ministry 'geht von … aus' (undated; a third government: other): "
          "fallen"),
    ),
)

S04 = Source(
    article_id="w151_04_bierbrief_brauerei_eschenlohe",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-05-16"),
    dated_by="sidecar",
    sidecar=(
        "Brauerei am Loisachsteg Eschenlohe – Bierbrief",
        "https://www.loisachsteg-braeu.example/bierbrief/2025-05",
        "Bierbrief Mai: Maibock, Biergarten und ein Roggenbier aus Lwiw",
    ),
    features="a small brewery's beer letter from Eschenlohe on the Loisach (Werdenfelser Land) "
        "as plain text, UTF-8 with BOM (sidecar, Friday), `–` raw; hectolitres, the beer garden "
        "and prices first; a brewer from Lviv relaying his brother, a sapper near Sumy ('Am "
        "Dienstag schrieb ihm der Bruder') `ein paar Dutzend` clearing minefields on the Russian "
        "side (other, from Tuesday to publication); a hop trader from Daegu 'schätzt' `gut "
        "15.000` have been in Russia ('gut' as at_least, other, `pub`); Konjunktiv figures whose "
        "claimant and day come in the next sentence ('Diese Zahlen legte der südkoreanische "
        "Geheimdienst am 30. April … vor'): `rund 15.000` sent, `etwa 4.700` killed or wounded, "
        "'darunter' `600` dead (a breakdown); Putin 'dankte vergangene Woche' `Tausenden` who "
        "helped retake Kursk (russia, near the front); KCNA 'Am Montag' `Hunderten` fallen "
        "(north_korea); 'Unbestätigten Berichten zufolge' `bis zu 25.000` 'weitere' (unattributed, "
        "required, at_most, increment, planned); hectolitres, seats, euros, Russia's losses in "
        "April, years, ages, dates, a phone number",
    text="""\
Brauerei am Loisachsteg Eschenlohe – Bierbrief Mai 2025

Liebe Freundinnen und Freunde unseres Biers,

der Maibock ist ausgeschenkt, und der Biergarten unter den Kastanien hat seit Ostern wieder \
geöffnet. Im vergangenen Jahr haben wir 1.940 Hektoliter gebraut, so viel wie seit der \
Wiedereröffnung 2009 noch nie. Die Halbe Helles kostet im Garten weiterhin 4,60 Euro, und für \
unsere 220 Sitzplätze suchen wir für die Wochenenden noch zwei Bedienungen.

Seit dem vergangenen Sommer steht Taras Kowal, 38, mit am Sudkessel. Er hat in Lwiw zwölf Jahre \
in einer kleinen Brauerei am Markt gearbeitet, und sein Roggenbier war im April nach drei Wochen \
ausgetrunken. Sein älterer Bruder dient als Pionier im Grenzgebiet bei Sumy. Am Dienstag schrieb \
ihm der Bruder, auf der russischen Seite räumten jetzt [[ein paar Dutzend]] Nordkoreaner die \
Minenfelder, die im Winter gelegt worden seien.

Mitte April kam Hwang Eun-ji zu Besuch, 42, Hopfenhändlerin aus Daegu, die jedes Frühjahr durch \
die Hallertau reist und für koreanische Gasthausbrauereien einkauft. Beim Probieren im Sudhaus \
kam das Gespräch auf den Norden. Sie schätzt, dass [[gut 15.000]] junge Nordkoreaner inzwischen \
in Russland gewesen sind. „Gefragt hat man sie nicht“, sagt sie.

Aus den Nachrichten: Von den [[rund 15.000]] entsandten Nordkoreanern seien [[etwa 4.700]] \
getötet oder verwundet worden, darunter [[600]] Tote. Diese Zahlen legte der südkoreanische \
Geheimdienst am 30. April den Abgeordneten in Seoul vor. Präsident Putin dankte vergangene Woche \
in Moskau den [[Tausenden]] koreanischen Kämpfern, die bei der Rückeroberung des Gebiets Kursk \
geholfen hätten. Am Montag meldete die Staatsagentur KCNA, Kim Jong Un habe die Familien von \
[[Hunderten]] Gefallenen empfangen. Unbestätigten Berichten zufolge könnten im Sommer \
[[bis zu 25.000]] weitere folgen. Russland selbst hat nach Kiewer Angaben allein im April mehr \
als 35.000 Mann verloren.

Termine
– Brauereiführung an jedem ersten Samstag im Monat, 14 Uhr, 12 Euro mit Verkostung
– Sommerfest am 26. Juli mit der Blasmusik aus Ohlstadt
– Fassbier für Feiern: Bestellung unter 08824 93 18 56
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "tue..pub",
          "a brewer from Lviv relaying his brother, a sapper near Sumy ('Am Dienstag schrieb "
          "ihm der Bruder', Konjunktiv; the speaker quoted: other): clearing minefields on the "
          "Russian side (from Tuesday to publication)"),
        C("gut 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a hop trader from Daegu, 'Sie schätzt' (undated): have been in Russia ('gut' as "
          "at_least)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "Konjunktiv figure whose claimant and day come in the next sentence ('Diese Zahlen "
          "legte der südkoreanische Geheimdienst am 30. April … vor'): sent to Russia"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same report (next sentence): killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "same report, 'darunter … Tote' (a breakdown of the 4.700, not an increment)"),
        C("Tausenden", None, "vague", "near_front", "russia", "lastweek",
          "Putin 'dankte vergangene Woche in Moskau': Korean fighters who helped retake the "
          "Kursk region"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "mon",
          "KCNA 'Am Montag meldete' (12 May): Kim received the families of the fallen"),
        C("bis zu 25.000", 25000, "at_most", "planned", "unattributed", "pub",
          "'Unbestätigten Berichten zufolge' (no source: unattributed, required): 'weitere' "
          "could follow in the summer (increment, planned)", add=True),
    ),
)

S05 = Source(
    article_id="w151_05_rundbrief_drechslerrunde_wenigzell_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-02-27"),
    dated_by="sidecar",
    sidecar=(
        "Drechslerrunde Joglland – Rundbrief",
        "https://www.drechslerrunde-joglland.example/rundbrief/2025-02",
        "Rundbrief Feber: Späne, Schalen und ein Gast aus Andong",
    ),
    features="a woodturners' circular from Wenigzell in the Joglland (north-eastern Styria) in "
        "HTML, windows-1252 with raw `„“`, `–` and `·`, no meta date (sidecar, Thursday), a "
        "cookie note about course sign-up, a script, navigation, a footer with a postcode; "
        "Austrian conventions (`Jänner`, `Feber`, `heuer`, `Obmann`, `Jause`, `Christkindlmarkt`); "
        "`<title>` and headline without a figure; lathes, bowls, members and a grant first; a "
        "joiner from Rivne relaying his son, a tank driver ('Am Sonntag habe ihn der Sohn "
        "angerufen, erzählt Wolodymyr') `einige hundert` back opposite (other, from Sunday to "
        "publication); a mask carver from Andong 'rechnet damit' `an die 20.000` 'weitere' this "
        "year (approx, increment, planned, other, `pub`); the NIS 'Mitte Feber' (days 11-20), "
        "Konjunktiv into the next sentence, `rund 4.000` dead and wounded; the joint chiefs 'Am "
        "Montag' `etwa 1.500` 'nachgeschickt' (increment); Budanov 'sagte vorgestern' (25 "
        "February) `mehr als 1.000` back in the Kursk region; 'Laut dem US-Außenministerium' "
        "`zwischen 11.000 und 12.000` sent in all (range, `pub`); NATO 'geht davon aus' "
        "`mehreren tausend` to fill the gaps (vague, planned, `pub`); lathes, bowls, members, "
        "euros, ages, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Rundbrief Feber 2025 – Drechslerrunde Joglland</title>
<script>var runde = {ort: "Wenigzell", werkstatt: "Gemeindeamt", treffen: "donnerstags"};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich Ihre Kursanmeldung, bis Sie auf Absenden drücken. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Drechslerrunde</a> | <a href="/kurse">Kurse</a> | <a href="/galerie">Galerie</a> \
| <a href="/rundbrief">Rundbrief</a></nav>
<article>
<h1>Späne, Schalen und ein Gast aus Andong</h1>
<p>Liebe Drechslerinnen und Drechsler,</p>
<p>der Jänner war in unserer Werkstatt hinter dem Gemeindeamt so voll wie noch nie: An jedem \
Donnerstag liefen alle 14 Drehbänke, und vom Christkindlmarkt sind nur sieben der 310 Schalen, \
Teller und Kreisel wieder mit heimgekommen. Heuer zählt die Runde 23 Mitglieder, und das Land \
fördert die neue Absauganlage mit 2.400 Euro. Zirbe und Lärche für die Frühjahrskurse liegen \
schon im Trockenraum.</p>
<p>Seit dem Herbst dreht Wolodymyr Tkatsch bei uns mit, 61, Tischler aus Riwne, der mit seiner \
Frau im Ort wohnt. Seine Dosen aus Nussholz waren am Markt als Erste weg. Sein Sohn fährt einen \
Panzer in einer Brigade an der Grenze zum Gebiet Kursk. Am Sonntag habe ihn der Sohn angerufen, \
erzählt Wolodymyr: [[einige hundert]] Nordkoreaner seien nach der langen Pause wieder gegenüber \
aufgetaucht.</p>
<p>Zu Gast war im Feber Bae So-hee, 31, Holzbildhauerin aus Andong, die dort die alten \
Hahoe-Masken schnitzt und gerade ein Stipendium in Graz hat. Bei ihr haben wir gelernt, mit einem \
einzigen Messer ein Gesicht aus Erlenholz zu holen. Sie rechnet damit, dass Kim heuer \
[[an die 20.000]] weitere Soldaten schickt. „Geld für das Regime, Särge für die Familien“, sagte \
sie beim Abschied.</p>
<h2>Aus den Nachrichten</h2>
<p>Mitte Feber teilte der südkoreanische Geheimdienst mit, die Nordkoreaner seien seit Mitte \
Jänner nicht mehr an der Front gewesen. Ihre Verluste lägen bei [[rund 4.000]] Toten und \
Verwundeten. Am Montag erklärte der Generalstab in Seoul, seit Jahresbeginn seien \
[[etwa 1.500]] Mann nachgeschickt worden. Kyrylo Budanow, der Chef des ukrainischen \
Militärgeheimdienstes, sagte vorgestern, [[mehr als 1.000]] von ihnen stünden schon wieder im \
Gebiet Kursk. Laut dem US-Außenministerium sind insgesamt [[zwischen 11.000 und 12.000]] Mann \
nach Russland geschickt worden. Die Nato geht davon aus, dass Pjöngjang die Lücken mit \
[[mehreren tausend]] Soldaten auffüllen wird.</p>
<ul><li>Schalenkurs für Einsteiger: Samstag, 15. März, 9 bis 17 Uhr, 95 Euro mit Jause</li>\
<li>Werkstattabend jeden Donnerstag ab 18 Uhr</li><li>Anmeldung bei Obmann Franz Pötz, 03336 \
48 27</li></ul>
</article>
<footer>Drechslerrunde Joglland · Werkstatt beim Gemeindeamt · 8254 Wenigzell · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/anmeldung.js"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun..pub",
          "a joiner from Rivne relaying his son, a tank driver on the Kursk border ('Am Sonntag "
          "habe ihn der Sohn angerufen, erzählt Wolodymyr'; the speaker quoted: other): back "
          "opposite after the pause (from Sunday to publication)"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "a mask carver from Andong, 'Sie rechnet damit' (undated): 'weitere' Kim will send "
          "this year ('an die' as approx; increment, planned)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "the NIS 'Mitte Feber teilte … mit' (Austrian February; days 11-20), Konjunktiv "
          "carried into the next sentence ('Ihre Verluste lägen bei'): dead and wounded"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "mon",
          "the joint chiefs 'Am Montag erklärte der Generalstab in Seoul' (24 February): "
          "'nachgeschickt' since the start of the year (increment)", add=True),
        C("mehr als 1.000", 1000, "at_least", "near_front", "ukraine", "2025-02-25",
          "Budanov 'sagte vorgestern' (two days before publication: 25 February): back in the "
          "Kursk region"),
        C("zwischen 11.000 und 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Laut dem US-Außenministerium' (undated): sent to Russia in all ('insgesamt' is a "
          "total, not planned)"),
        C("mehreren tausend", None, "vague", "planned", "nato", "pub",
          "'Die Nato geht davon aus' (undated): Pyongyang will fill the gaps (planned)"),
    ),
)

S06 = Source(
    article_id="w151_06_saisonbrief_bootsvermietung_kloental_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "Boote am Klöntalersee – Saisonbrief",
        "https://www.boote-kloentalersee.example/saisonbrief/2025-09",
        "Saisonbrief September: ruhiges Wasser, volle Stege",
    ),
    features="a boat hire's season letter from the Klöntalersee (Klöntal, canton of Glarus) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Friday) and a title "
        "without a figure; Swiss conventions (`ss`, «», `2'340`, `18'000`, `2'000`, `11'000`, "
        "`6'000`, `5'000`); boats, trips, water temperature and fares first; a rower from "
        "Cherkasy relaying her husband, a sapper in the Sumy region ('Am Montag, erzählt Inna, "
        "habe er geschrieben') `mehrere Dutzend` laying minefields opposite (other, from Monday "
        "to publication); a teacher from Daejeon 'vermutet' `mindestens 18'000` have served in "
        "Russia (at_least, other, `pub`); 'Laut Seouls Geheimdienst, der am 4. September die "
        "Parlamentarier informierte' `rund 2'000` fallen and, Konjunktiv, `etwa 11'000` still "
        "in Russia; Shoigu 'Im Juni' `6'000` deminers and builders to be sent (russia, planned, "
        "the month); 'Aus dem Nato-Hauptquartier hiess es diese Woche' `bis zu 5'000` builders in "
        "Kursk (at_most, near the front, Monday to publication); boats, trips, degrees, francs, "
        "Russia's losses a day, ages, dates, a phone number",
    text="""\
---
title: "Saisonbrief September"
vermietung: Boote am Klöntalersee
---

# Ruhiges Wasser, volle Stege

Liebe Gäste

Die Saison am Klöntalersee geht zu Ende. Seit Mai haben unsere 18 Ruderboote und sechs Pedalos \
2'340 Ausfahrten gemacht, und an heissen Sonntagen stand man bis zur Strasse an. Das Wasser hatte \
im August 19 Grad. Eine Stunde im Ruderboot kostet weiterhin 25 Franken. Neu sind zwei \
Stand-up-Bretter, die halbe Stunde zu 15 Franken, und der Kiosk beim Steg hat diesen Sommer \
4'800 Glacen verkauft.

Am Steg hilft seit Juni Inna Bojko, 33, aus Tscherkassy, die auf dem Dnipro rudern gelernt hat. \
Ihr Mann ist Pionier in der Region Sumy. Am Montag, erzählt Inna, habe er geschrieben, auf der \
anderen Seite legten [[mehrere Dutzend]] Nordkoreaner neue Minenfelder an.

Im Juli kam Oh Jae-won, 57, Lehrer aus Daejeon, dreimal zum Fischen und fing jedes Mal eine \
Seeforelle. Er vermutet, dass \
inzwischen [[mindestens 18'000]] Nordkoreaner in Russland gedient haben. «Das sind ganze \
Jahrgänge aus einzelnen Provinzen», sagt er.

## Aus der Zeitung

Laut Seouls Geheimdienst, der am 4. September die Parlamentarier informierte, sind bisher \
[[rund 2'000]] Nordkoreaner gefallen. Zudem befänden sich weiterhin [[etwa 11'000]] in Russland. \
Im Juni hatte Sergei Schoigu, der Sekretär des russischen Sicherheitsrats, angekündigt, \
Pjöngjang schicke [[6'000]] Minenräumer und Militärbauarbeiter. Aus dem Nato-Hauptquartier \
hiess es diese Woche, [[bis zu 5'000]] Bauarbeiter seien schon im Gebiet Kursk. Russland \
selbst verliert laut Kiew jeden Tag um die 900 Mann.

## Zum Saisonende

- Letzter Vermietungstag: Sonntag, 12. Oktober
- Gruppen ab zehn Personen: 076 418 27 53
""",
    claims=(
        C("mehrere Dutzend", None, "vague", "near_front", "other", "mon..pub",
          "a rower from Cherkasy relaying her husband, a sapper in the Sumy region ('Am Montag, "
          "erzählt Inna, habe er geschrieben'; the speaker quoted: other): laying new "
          "minefields on the other side (from Monday to publication)"),
        C("mindestens 18'000", 18000, "at_least", "in_russia", "other", "pub",
          "a teacher from Daejeon, 'Er vermutet' (undated): have served in Russia"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "'Laut Seouls Geheimdienst, der am 4. September die Parlamentarier informierte' (the "
          "relative clause dates the figure): fallen"),
        C("etwa 11'000", 11000, "approx", "in_russia", "south_korea", "2025-09-04",
          "same briefing, Konjunktiv 'Zudem befänden sich weiterhin': still in Russia"),
        C("6'000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni hatte … angekündigt' (the month): deminers and builders Pyongyang "
          "will send (planned; no 'weitere': not an increment)"),
        C("bis zu 5'000", 5000, "at_most", "near_front", "nato", "mon..pub",
          "'Aus dem Nato-Hauptquartier hiess es diese Woche' (Monday 8 September to "
          "publication): builders already in the Kursk region"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Skagway, Portmagee, Bimini)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="w151_07_lynn_canal_wire_skagway",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-03"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Skagway (Alaska) as plain text, UTF-8 with CRLF, "
        "slug line, byline and dateline 'SKAGWAY, Alaska, June 3, 2025 (Lynn Canal Wire) –' "
        "(Tuesday); cruise ships, passengers and residents first; the headline's `4,700` from "
        "the NIS briefing of Thursday (Thursday to publication, hedge dropped); 'In a closed "
        "session with members of the National Assembly on Thursday, South Korea's spy agency "
        "said' `about 15,000` shipped and, carried by 'and that', "
        "`some 4,700` killed or wounded, `roughly 600` of them 'fatally' (a breakdown); "
        "Ukraine's General Staff 'said on Saturday' `several hundred` moved to the Sumy border; "
        "the Kursk governor 'said in mid-May' `about 1,000` deminers (russia, near the front, "
        "days 11-20); a pastry chef from Ulsan 'expects' 'another' `10,000` (increment, planned, "
        "other, `pub`); a railway conductor from Bila Tserkva relaying his father (a call 'on "
        "Friday', a quote, 'Lysenko said' after it) `a couple of dozen` digging in (new here: "
        "vague, other, from Friday to publication); ships, passengers, residents, feet, miles, "
        "dollars, Russia's losses a day, ages, years, a desk phone number",
    text="""\
LYNN CANAL WIRE | US / ALASKA | 0715 AKDT

Skagway's summer crews hear of the North's [[4,700]] casualties between cruise ships

By Dana Whitcombe

SKAGWAY, Alaska, June 3, 2025 (Lynn Canal Wire) – On days when four cruise ships tie up at once \
and some 12,000 passengers pour into a town of barely 1,200 winter residents, the seasonal \
workers of this old gold-rush port have little time for the news. Two of them, from opposite ends \
of the war in Ukraine, say they still read every line of it.

In a closed session with members of the National Assembly on Thursday, South Korea's spy agency \
said Pyongyang had shipped [[about 15,000]] soldiers to Russia since last autumn and that [[some \
4,700]] had been killed or wounded there, [[roughly 600]] fatally. Ukraine's General Staff said on \
Saturday that [[several hundred]] North Koreans had been moved up to the border of the Sumy \
region. The governor of Russia's Kursk region said in mid-May that [[about 1,000]] Korean deminers \
were clearing his villages.

Park Ji-yeon, 39, a pastry chef from Ulsan, is working her fourth season in a bakery on \
Broadway, the town's wooden-sidewalked main street. "My grandmother still keeps a photograph of \
a sister she lost in 1950," she said while icing cinnamon rolls. She expects another [[10,000]] \
to be sent before the year is out.

Andriy Lysenko, 24, from Bila Tserkva, punches tickets on the narrow-gauge train that climbs to \
the White Pass summit. His father, a tank mechanic in the Sumy region, called him on Friday. "He \
told me [[a couple of dozen]] North Koreans were digging in across the river from his repair \
shop," Lysenko said.

The railway gains 2,865 feet in 20 miles, and a round trip costs $189 at the height of the \
season. Russia, Ukraine says, lost more than 1,000 soldiers a day in May.

(Reporting by Dana Whitcombe; editing by Joel Arneson. Desk: +1 907 555 0148)
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "thu..pub",
          "wire headline: the NIS figure of Thursday ('some 4,700' in the body), from Thursday "
          "29 May to the Tuesday of publication, hedge dropped"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'In a closed session with members of the National Assembly on Thursday, South "
          "Korea's spy agency said' (29 May): shipped to Russia since last autumn"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "same briefing, carried by 'and that': killed or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'fatally' (a breakdown of the 4,700, not an increment)"),
        C("several hundred", None, "vague", "near_front", "ukraine", "sat",
          "Ukraine's General Staff 'said on Saturday' (31 May): moved up to the Sumy border"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-05-11..2025-05-20",
          "the Kursk governor 'said in mid-May' (days 11-20): deminers clearing his villages"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a pastry chef from Ulsan, 'She expects' (undated): 'another' to be sent this year "
          "(increment, planned)", add=True),
        C("a couple of dozen", None, "vague", "near_front", "other", "fri..pub",
          "a railway conductor from Bila Tserkva relaying his father, a tank mechanic near Sumy "
          "('called him on Friday', quote, 'Lysenko said' after it; the speaker quoted: other): "
          "digging in across the river ('a couple of dozen' as vague, new here; from Friday to "
          "publication)"),
    ),
)

S08 = Source(
    article_id="w151_08_pilot_notes_flightseeing_skagway_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-07"),
    dated_by="front_matter",
    features="a flightseeing outfit's pilot notes from Skagway (Alaska) in Markdown, UTF-8 with "
        "curly quotes, front matter with `date:` (Thursday) and a title repeating the headline "
        "(optional); hours, glacier landings, smoke days and fuel first; the headline's `6,000` "
        "more from the NIS of Monday (Monday to publication, increment, planned); a mechanic "
        "from Kryvyi Rih relaying his nephew, a machine gunner ('Earlier this week, Bohdan says, "
        "the nephew told him') `a few dozen` in the trenches opposite (other, from the Monday "
        "of the publication week to publication); a float pilot from Jinhae 'By her reckoning' "
        "`somewhere around 13,000` in Russia (approx, other, `pub`); 'South Korea's spy agency "
        "said on Monday' `up to 6,000` more being readied (at_most, increment, planned) and, "
        "'put its dead at', `around 2,000`; 'A Pentagon official told reporters in late July' "
        "`roughly 11,000` still in Russia (days 21-31); 'NATO's top commander in Europe said "
        "last week' `at least 1,500` wounded; hours, landings, dollars per gallon, fares, "
        "Russia's losses, ages, years, a date, a phone number",
    text="""\
---
title: "Pilot notes: smoke over the icefield and Seoul’s warning of [[6,000]] more"
date: 2025-08-07
outfit: Dewey Lakes Flightseeing
---

# Pilot notes: smoke over the icefield and Seoul’s warning of [[6,000]] more

Dear pilots, dispatchers and dock crew,

July was the busiest month in the eleven years since we began flying out of Skagway. The three \
Beavers logged 612 hours, we put down on the Meade Glacier 240 times, and wildfire smoke kept us \
on the ground on only four afternoons. Fuel at the airport is up to $7.40 a gallon, so the \
glacier landing tour goes to $465 from September 1.

## In the hangar

Bohdan Kravchenko, 52, our mechanic from Kryvyi Rih, has kept every engine turning since May. His \
nephew is a machine gunner on the Sumy front. Earlier this week, Bohdan says, the nephew told him \
that [[a few dozen]] North Koreans had taken over a stretch of trenches opposite his platoon.

Our new float pilot, Lim Seo-yeon, 30, flew helicopters for the South Korean navy out of Jinhae \
before she came north. By her reckoning, [[somewhere around 13,000]] North Koreans are in Russia \
right now, “and hardly any of them will ever be allowed to talk about it.”

## On the radio

South Korea’s spy agency said on Monday that the North was readying [[up to 6,000]] more \
soldiers for Russia, and put its dead at [[around 2,000]]. A Pentagon official told reporters in \
late July that [[roughly 11,000]] were still in Russia. NATO’s top commander in Europe said last \
week that [[at least 1,500]] had been wounded in Kursk since the spring. Russia, Kyiv says, has \
lost over a million soldiers dead and wounded since 2022.

## Schedule

- Last glacier landings of the season: September 20, weather permitting.
- Dispatch: 907 555 0172.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "south_korea", "mon..pub",
          "front-matter title repeating the headline (metadata)", add=True, opt=True),
        C("6,000", 6000, "exact", "planned", "south_korea", "mon..pub",
          "headline 'Seoul's warning of 6,000 more': the NIS figure of Monday ('up to 6,000' "
          "in the body), from Monday 4 August to publication, hedge dropped, 'more' kept as an "
          "increment", add=True),
        C("a few dozen", None, "vague", "near_front", "other", "mon..pub",
          "a mechanic from Kryvyi Rih relaying his nephew, a machine gunner on the Sumy front "
          "('Earlier this week, Bohdan says, the nephew told him'; the speaker quoted: other): "
          "took over trenches opposite (from Monday 4 August, the start of the publication "
          "week, to publication)"),
        C("somewhere around 13,000", 13000, "approx", "in_russia", "other", "pub",
          "a float pilot from Jinhae, 'By her reckoning' (undated): in Russia now"),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "mon",
          "'South Korea's spy agency said on Monday' (4 August): 'more' being readied for "
          "Russia (increment, planned)", add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "same statement, 'and put its dead at': dead"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states",
          "2025-07-21..2025-07-31",
          "'A Pentagon official told reporters in late July' (day 21 to the month's end): still "
          "in Russia"),
        C("at least 1,500", 1500, "at_least", "casualties", "nato", "lastweek",
          "'NATO's top commander in Europe said last week': wounded in Kursk since the spring"),
    ),
)

S09 = Source(
    article_id="w151_09_club_notes_set_dancers_portmagee_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-12-12"),
    dated_by="html_meta",
    features="a set-dancing club's notes from Portmagee (Iveragh peninsula, facing the Skelligs) "
        "in HTML, ISO-8859-1 with quotes, apostrophes and the euro sign only as entities "
        "(`&rsquo;`, `&euro;`, `&eacute;`, `&iacute;`, `&middot;`, `&ndash;`), `<meta "
        "name=\"date\">` (Thursday), a cookie note about the hall booking form, a script, "
        "navigation, a footer with an Eircode and a phone number; `<title>` and headline without "
        "a figure; sets, dancers, the door money and the Skellig steps first; a nurse from Sumy "
        "relaying her husband, a drone pilot ('On Monday he told her …, she said') `dozens` "
        "killed crossing a field (other, casualties, from Monday to publication); a doctoral "
        "student from Gwangju 'reckons' `no fewer than 15,000` by spring (at_least, planned, "
        "other, `pub`); the joint chiefs 'said yesterday' `as many as 3,000` more (at_most, "
        "increment, planned); sentence-initial `More than 10,000` with Rutte named after the "
        "figure ('…, Mark Rutte, who leads NATO, told a press conference in Brussels on "
        "Wednesday'); a State Department "
        "spokesman 'said on Tuesday' `hundreds` killed or wounded; the NIS 'had told lawmakers "
        "last month' `about 11,000` in Kursk (November); Zelensky 'said at the weekend' `several "
        "thousand` in Russian assaults (Saturday-Sunday); sets, dancers, euros, steps, "
        "kilometres, years, ages, a date, an Eircode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2024-12-12">
<title>Club Notes &ndash; Portmagee Set Dancers</title>
<script>var club = {season: "winter", hall: "pier", nextClass: "2025-01-07"};</script>
</head>
<body>
<div class="cookies">We keep one cookie so the hall booking form remembers which set you dance \
in. <a href="#">Grand so</a></div>
<nav><a href="/">Home</a> &middot; <a href="/classes">Classes</a> &middot; <a \
href="/ceili">C&eacute;il&iacute;s</a> &middot; <a href="/notes">Club Notes</a></nav>
<main>
<h1>Club notes: a full floor for the Christmas c&eacute;il&iacute;</h1>
<p>Eight full sets took the floor at the pier hall on Saturday night, 64 dancers in all, the \
biggest crowd since the club was founded in 1996. The door raised &euro;1,240 for the community \
defibrillator fund. The Skellig boats are laid up until May, so the 618 steps on the Rock will \
have to wait for the fitter among us, 12 kilometres out past the lighthouse.</p>
<p>Our newest dancer, Kateryna Melnychuk, 37, is a nurse from Sumy who now works at the district \
hospital and learned the Plain Set in six weeks. Her husband flies drones in the Kursk region. \
On Monday he told her that [[dozens]] of North Koreans had been killed trying to cross an open \
field near his position, she said between sets.</p>
<p>With us all autumn was Jang Woo-jin, 29, a doctoral student from Gwangju at the university in \
Cork, who drove west every second weekend and swore the reels were harder than taekwondo. He \
reckons [[no fewer than 15,000]] North Koreans will have been sent to Russia by the spring.</p>
<p>The war news has been grim this month. South Korea&rsquo;s Joint Chiefs of Staff said \
yesterday that the North might send [[as many as 3,000]] more soldiers. [[More than 10,000]] \
North Koreans are fighting alongside Russian troops in Kursk, Mark Rutte, who leads NATO, told a \
press conference in Brussels on Wednesday. A State Department spokesman said on Tuesday \
that [[hundreds]] had been killed or wounded. Seoul&rsquo;s spy agency had told lawmakers last \
month that [[about 11,000]] were deployed in the Kursk region, and President Zelensky said at the \
weekend that [[several thousand]] had joined Russian assaults.</p>
<ul><li>Classes resume Tuesday, January 7, at 8 pm &ndash; &euro;8 a night</li><li>New \
Year&rsquo;s c&eacute;il&iacute; on January 4, music by the Ballinskelligs Tr&iacute;o</li></ul>
</main>
<footer>Portmagee Set Dancers &middot; Pier Hall, Portmagee V23 K2P8 &middot; 066 947 3310 \
&middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "casualties", "other", "mon..pub",
          "a nurse from Sumy relaying her husband, a drone pilot in the Kursk region ('On "
          "Monday he told her …, she said'; the speaker quoted: other): killed crossing an open "
          "field (from Monday to publication)"),
        C("no fewer than 15,000", 15000, "at_least", "planned", "other", "pub",
          "a doctoral student from Gwangju, 'He reckons' (undated): will have been sent by "
          "spring ('no fewer than' as at_least; a forecast: planned)"),
        C("as many as 3,000", 3000, "at_most", "planned", "south_korea", "yday",
          "the joint chiefs 'said yesterday' (11 December): 'more' the North might send "
          "(increment, planned)", add=True),
        C("More than 10,000", 10000, "at_least", "near_front", "nato", "wed",
          "sentence-initial figure, the claimant after it ('…, Mark Rutte, who leads NATO, told "
          "a press conference in Brussels on Wednesday', 11 December): fighting in Kursk"),
        C("hundreds", None, "vague", "casualties", "united_states", "tue",
          "a State Department spokesman 'said on Tuesday' (10 December): killed or wounded"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea",
          "2024-11-01..2024-11-30",
          "the NIS 'had told lawmakers last month' (November): deployed in the Kursk region"),
        C("several thousand", None, "vague", "near_front", "ukraine", "sat..sun",
          "Zelensky 'said at the weekend' (7-8 December): joined Russian assaults"),
    ),
)

S10 = Source(
    article_id="w151_10_spring_letter_bnb_portmagee_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-24"),
    dated_by="sidecar",
    sidecar=(
        "Harbour Light B&B, Portmagee",
        "https://www.harbourlight-portmagee.example/letter/spring-2025",
        "Spring letter: the puffins are back",
    ),
    features="a B&B's spring letter to its guests from Portmagee (facing the Skelligs) in HTML, "
        "UTF-8 with BOM, no meta date (sidecar, Thursday), a cookie note about the booking form, a "
        "script, navigation, entities (`&amp;`, `&euro;`, `&rsquo;`, `&ldquo;`, `&rdquo;`), a "
        "footer with a phone number; `<title>` and headline without a figure; puffins, landing "
        "permits, rooms and prices first; a cook from Mariupol relaying her brother ('He rang her "
        "on Easter Sunday') `a handful` of prisoners (captured: casualties, other, from 20 April "
        "to publication); a marine biologist from Jeju 'believes' `as many as 20,000` may be sent "
        "(at_most, planned, other, `pub`); the NIS 'said in early April' `roughly 3,000` more "
        "shipped (increment, days 1-10) and, 'The total, it said, now stood at', `around 15,000` "
        "(a new total, not an increment); 'The US commander in Korea told senators on April 10' "
        "`about 4,000` killed or wounded; 'On Monday, Kyiv's military intelligence reported' "
        "`about 2,000` still fighting in Kursk; Russian state television 'on Sunday' `hundreds` of "
        "'Korean volunteers' near Sudzha (russia, near the front); visitors a day, rooms, euros, "
        "the harbour's boats, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Spring letter to our guests &ndash; Harbour Light B&amp;B, Portmagee</title>
<script>window.rooms = {total: 6, seaView: 4, breakfastFrom: "07:30"};</script>
</head>
<body>
<div id="cookie-note">A small cookie holds your dates in the booking form while you check the \
boat times. <button>OK</button></div>
<nav><a href="/">Home</a> | <a href="/rooms">Rooms</a> | <a href="/skellig">Skellig trips</a> | \
<a href="/letter">Guest letter</a></nav>
<article>
<h1>Spring letter: the puffins are back</h1>
<p>Dear friends of the house,</p>
<p>The puffins came back to the Skelligs in the first calm week of April, right on time, and the \
first boats out to Skellig Michael are due to sail on May 12 if the swell allows. Only 180 \
visitors may land on the Rock each day, so please book your crossing before you book your room. \
Our six rooms are &euro;95 a night this year, breakfast included, and the kitchen has a new \
griddle for the pancakes.</p>
<p>Many of you have met Viktoriia Pasichnyk, 48, from Mariupol, who has run our kitchen since \
2023. Her brother is a rifleman in the Sumy region. He rang her on Easter Sunday and said he had \
watched [[a handful]] of North Korean prisoners being led through his village, she told us over \
the washing-up.</p>
<p>In March we had a week with Dr. Moon Seo-ah, 41, a marine biologist from Jeju who counts \
seabirds for a living and walked the cliffs every morning before breakfast. She believes \
[[as many as 20,000]] North Koreans may eventually be sent to Russia, &ldquo;and nobody in \
Pyongyang will ever publish their names.&rdquo;</p>
<p>The news, for those who ask at breakfast: South Korea&rsquo;s spy agency said in early April \
that [[roughly 3,000]] more soldiers had been shipped to Russia in the first months of the year. \
The total, it said, now stood at [[around 15,000]]. The US commander in Korea told senators on \
April 10 that [[about 4,000]] had been killed or wounded. On Monday, Kyiv&rsquo;s military \
intelligence reported that [[about 2,000]] were still fighting in the Kursk region, and Russian \
state television on Sunday showed [[hundreds]] of &ldquo;Korean volunteers&rdquo; at a field \
kitchen near Sudzha.</p>
<p>Fourteen boats now work out of the harbour, and most of the skippers will take you to the \
Little Skellig to see the gannets for &euro;60 a head.</p>
</article>
<footer>Harbour Light B&amp;B &middot; The Quay, Portmagee &middot; +353 66 947 7281 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("a handful", None, "vague", "casualties", "other", "2025-04-20..pub",
          "a cook from Mariupol relaying her brother, a rifleman in the Sumy region ('He rang "
          "her on Easter Sunday', 20 April; the speaker quoted: other): prisoners led through "
          "his village (captured: casualties; from that Sunday to publication)"),
        C("as many as 20,000", 20000, "at_most", "planned", "other", "pub",
          "a marine biologist from Jeju, 'She believes' (undated): may eventually be sent "
          "(planned)"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "the NIS 'said in early April' (days 1-10): 'more' shipped to Russia this year "
          "(increment)", add=True),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "same statement, 'The total, it said, now stood at' (the pronoun carries the NIS; a "
          "new total, not an increment)"),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "2025-04-10",
          "'The US commander in Korea told senators on April 10': killed or wounded"),
        C("about 2,000", 2000, "approx", "near_front", "ukraine", "mon",
          "'On Monday, Kyiv's military intelligence reported' (21 April): still fighting in the "
          "Kursk region"),
        C("hundreds", None, "vague", "near_front", "russia", "sun",
          "Russian state television 'on Sunday' (20 April): 'Korean volunteers' at a field "
          "kitchen near Sudzha"),
    ),
)

S11 = Source(
    article_id="w151_11_letters_bimini_tide",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "The Bimini Tide",
        "https://www.biminitide.example/letters/2025-10-16",
        "Letters: sappers, editorials and the ferry",
    ),
    features="a readers' letters page from a Bimini weekly (Alice Town, the Bahamas) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday); a boat cleaner from Ukraine relaying her "
        "son, a drone pilot near Sumy ('On Saturday my son … told me on a video call') `dozens` "
        "of sappers laying mines (other, from Saturday to publication); a reader answering the "
        "paper's own editorial ('Your editorial of October 2 said') `11,000` fighting "
        "(unattributed, required, that day) and the Pentagon's figure 'given earlier this "
        "month' `about 10,000` in Russia (the 1st to publication); a reader relaying her uncle, "
        "a retired colonel in Seoul ('He is sure') `more than 5,000` dead (other, `pub`); a "
        "reader quoting the NIS 'in September' `about 2,000` killed and `around 5,000` builders "
        "sent (the month); a letter on ferry fares and marina fees without a claim; dollars, "
        "feet, residents, years",
    text="""\
THE BIMINI TIDE – LETTERS

Sappers, editorials and the ferry

Editor: On Saturday my son Dmytro, who flies reconnaissance drones near Sumy, told me on a video \
call that he had watched [[dozens]] of North Korean sappers laying mines across the border. I \
came to Alice Town to clean boats in 2022, and he still asks whether the water here is really \
that blue.
Lyudmyla Horbenko, Alice Town

Editor: Your editorial of October 2 said [[11,000]] North Koreans are fighting for Russia. The \
Pentagon's figure, given earlier this month, was [[about 10,000]] in Russia, and most of them are \
building, not fighting. An editorial that gets the numbers wrong does our readers no favours, \
however good its intentions.
Cedric Saunders, Bailey Town

Editor: My uncle in Seoul is a retired South Korean colonel. He is sure [[more than 5,000]] of \
the North's soldiers have died, whatever Pyongyang admits.
Mi-rae Knowles, North Bimini

Editor: Seoul's spy agency told lawmakers in September that [[about 2,000]] had been killed and \
that [[around 5,000]] military builders had been sent to Russia. Those are the numbers to print.
Oswald Rolle, Porgy Bay

Editor: Thank you to the 37 volunteers who cleaned Radio Beach on September 27. We filled 112 \
bags with plastic, and the children from the school found a message in a bottle sent from \
Cape Hatteras in 2019. The mayor has promised two more bins by Christmas.
Janelle Pinder, Alice Town

Editor: The fast ferry from Fort Lauderdale now costs $185 return, and the marina charges $3.50 \
a foot a night. Some of us remember when this island had 1,400 people and two telephones.
Beverly Ellis, Alice Town
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "sat..pub",
          "a reader relaying her son, a drone pilot near Sumy ('On Saturday my son … told me on "
          "a video call'; the letter writer quoted: other): sappers laying mines across the "
          "border (from Saturday to publication)"),
        C("11,000", 11000, "exact", "near_front", "unattributed", "2025-10-02",
          "the paper's own editorial as cited by a reader ('Your editorial of October 2 said', "
          "no source: unattributed, required, dated that day): fighting for Russia"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "2025-10-01..pub",
          "'The Pentagon's figure, given earlier this month' (the 1st to publication): in "
          "Russia"),
        C("more than 5,000", 5000, "at_least", "casualties", "other", "pub",
          "a reader relaying her uncle, a retired colonel in Seoul ('He is sure', undated; the "
          "letter writer quoted: other): died"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'Seoul's spy agency told lawmakers in September' (the month): killed"),
        C("around 5,000", 5000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same briefing, 'and that': military builders sent to Russia (no 'more': not an "
          "increment)"),
    ),
)

S12 = Source(
    article_id="w151_12_chair_talk_barbershop_alice_town_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-25"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Sea Grape Barbershop, Alice Town",
        "https://www.seagrape-barbers.example/chair-talk/2025-11",
        "Chair talk, November",
    ),
    features="a barbershop's notes from Alice Town on Bimini (the Bahamas) in Markdown, "
        "windows-1252 with CRLF (curly quotes and `’` raw), front matter without a date "
        "(sidecar, Tuesday) and a title without a figure; haircuts, chairs and prices first; a "
        "deckhand from Mykolaiv relaying his cousin, a military engineer ('On Thursday, Serhii "
        "says, the cousin texted him') `about fifty` engineers pouring bunkers (approx with a "
        "number word, other, from Thursday to publication); a retired Korean-American marine "
        "'figures' `no more than 9,000` still in Russia (at_most, other, `pub`); the NIS 'said "
        "last week' `some 10,000` in the Kursk border area ('the same number as in the summer': "
        "not an increment) and, 'and that', `about 5,000` more builders on their way (increment, "
        "in Russia); Zelensky 'warned on Sunday' `tens of thousands` more next year (vague, "
        "increment, planned); KCNA 'reported on Friday' `more than 2,000` names of the fallen "
        "(north_korea, casualties); 'A NATO official estimated in mid-November' `between 1,000 "
        "and 3,000` clearing mines (range, days 11-20); haircuts, chairs, dollars, years of "
        "service, ages, hours, a phone number",
    text="""\
---
title: "Chair talk, November"
shop: Sea Grape Barbershop, Alice Town
---

# Chair talk, November

Hurricane season ends on Sunday, and for the first time in three years we never had to board up \
the windows. We cut 1,140 heads of hair in October, the new third chair is paid off, and a cut \
and a hot-towel shave together still cost $25. The big sportfishing boats are back at the docks, \
and with them the captains who like their fades sharp.

## Who sat in the chair

Serhii Bondarenko, 27, a deckhand from Mykolaiv on a charter yacht out of Miami, came in twice \
this month. His cousin is a military engineer with a brigade near the Kursk border. On \
Thursday, Serhii says, the cousin texted him that [[about fifty]] North Korean engineers had \
started pouring concrete bunkers across the river.

Ray Chung, 68, a Korean-American who served 20 years in the US Marines and now chases bonefish on \
the flats every November, sat for his usual trim. He figures [[no more than 9,000]] of Kim’s \
soldiers are still in Russia. “The rest went home in boxes or on stretchers,” he said.

## What the radio said

South Korea’s spy agency said last week that [[some 10,000]] North Korean soldiers remained in \
the Kursk border area, the same number as in the summer, and that [[about 5,000]] more builders \
were on their way. President Zelensky warned on Sunday that Pyongyang could send \
[[tens of thousands]] more next year. North Korea’s state news agency reported on Friday that Kim \
had unveiled a wall bearing the names of [[more than 2,000]] fallen soldiers. A NATO official \
estimated in mid-November that [[between 1,000 and 3,000]] Korean engineers were already \
clearing mines in the Kursk region.

## Hours

- Tuesday to Saturday, 9 am to 6 pm; walk-ins welcome.
- Call or text 242 555 0193.
""",
    claims=(
        C("about fifty", 50, "approx", "near_front", "other", "thu..pub",
          "a deckhand from Mykolaiv relaying his cousin, a military engineer near the Kursk "
          "border ('On Thursday, Serhii says, the cousin texted him'; the speaker quoted: "
          "other): pouring bunkers across the river (number word; from Thursday to "
          "publication)"),
        C("no more than 9,000", 9000, "at_most", "in_russia", "other", "pub",
          "a retired Korean-American marine, 'He figures' (undated): still in Russia"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "'South Korea's spy agency said last week': in the Kursk border area ('the same "
          "number as in the summer': not an increment)"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "lastweek",
          "same statement, 'and that': 'more' builders on their way (increment)", add=True),
        C("tens of thousands", None, "vague", "planned", "ukraine", "sun",
          "Zelensky 'warned on Sunday' (23 November): 'more' Pyongyang could send next year "
          "(increment, planned)", add=True),
        C("more than 2,000", 2000, "at_least", "casualties", "north_korea", "fri",
          "KCNA 'reported on Friday' (21 November): names of the fallen on a wall Kim unveiled"),
        C("between 1,000 and 3,000", None, "range", "near_front", "nato",
          "2025-11-11..2025-11-20",
          "'A NATO official estimated in mid-November' (days 11-20): clearing mines in the "
          "Kursk region"),
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
