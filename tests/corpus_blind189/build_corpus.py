"""Build the HUNDRED-AND-EIGHTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-first corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a farm-road
co-operative's letter to its members from Laterns (Austrian conventions) with a digger driver from
Uzhhorod and a dairy farmer's wife from Daejeon, an igloo village's season letter from Damüls
(Austrian words) with a building-crew lead from Bukovel and a ski instructor from Sokcho, a
stone-pine oil and pillow workshop's customer letter from Medels im Rheinwald (Swiss conventions)
with a former cabinet maker from Zhytomyr and an interior designer from Gimhae, a member of the
Grand Council's session letter from Hinterrhein (Swiss conventions; the set's report from a
parliament) with a refugee from Kryvyi Rih, a button museum friends' circle letter from Bärnau with
a volunteer from Cherkasy and a doctoral student from Daegu, and a snuff club's news page from
Lohberg with a member from Kremenchuk and a chemist from Cheongju; a long-term hurricane recovery
group's update from Bokeelia on Pine Island with a warehouse manager from Mykolaiv and a retired
pharmacist born in Busan, a muskrat trappers' association newsletter from Saxis with a trapper from
Nizhyn and a seafood buyer from Tongyeong, a mosquito control district's field notes from Pine
Island with an entomologist from Kharkiv and a helicopter pilot from Gangneung, a historic-homes
tour committee's notes from Onancock with a florist from Lviv and a physics teacher from Suncheon, a
watermen's association editorial from Rock Hall (the set's editorial comment) with a culler from
Mariupol, and a volunteer water-quality monitors' notes from Rock Hall with a lab volunteer from
Uman and a retired ship's engineer from Gunsan. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind189_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Laterns and Damüls, Medels im Rheinwald and Hinterrhein, Bärnau and Lohberg)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v189_01_mitgliederbrief_weggenossenschaft_laterns",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features="a farm-road co-operative's letter to its members from Laterns (Laternsertal, "
        "Vorarlberg) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by "
        "the letter line 'Laterns, 16. Jänner 2025' (Thursday); Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`, `Obmann`); kilometres of farm and alp roads, a collapsed culvert, its "
        "cost in euros, the state's per cent, the yearly fee and the general meeting first; a "
        "digger driver from Uzhhorod relaying his brother-in-law, a mortar gunner near Sudzha ('Am "
        "Montag habe sich der Schwager nach zehn Tagen Funkstille gemeldet, erzählt Roman.', "
        "Konjunktiv carried) `gut zweihundert` in a snowy wood (at_least with a number word, near "
        "the front) and sentence-initial `Elf` fallen 'in der Woche davor' (number word, "
        "casualties; both other, from Monday to publication); a dairy farmer's wife from Daejeon "
        "who 'ist überzeugt' `mehr als 15.000` sent (at_least, in Russia, other, `pub`); the NIS "
        "that 'kam am Montag auf' `rund 3.000` dead and wounded; Zelensky who 'Tags zuvor hatte' "
        "spoken of `fast 4.000` (approx, the Sunday before the Monday); `einigen tausend` "
        "'weiteren' expected by the White House, dated in the next clause ('das sagte ein Sprecher "
        "am Dienstag'; vague, increment, planned); the co-operative's own `Tausende` in the woods "
        "near Kursk (unattributed, vague, required); Russia's losses, kilometres, euros, per cent, "
        "ages, years, dates, a phone number",
    text="""\
Güterweggenossenschaft Laternsertal
Brief an die Mitglieder

Laterns, 16. Jänner 2025

Liebe Mitglieder,

unsere Wege sind gut durch die ersten Wintermonate gekommen. Die Genossenschaft erhält 31 \
Kilometer Güter- und Alpwege zwischen Bad Laterns und dem Furkajoch; im Winter geräumt werden \
davon nur die 9 Kilometer zu den ganzjährig bewohnten Höfen. Beim Starkregen Ende Oktober ist \
unterhalb der Alpe Saluver ein Durchlass eingebrochen. Die Reparatur hat 18.400 Euro gekostet, 60 \
Prozent davon übernimmt das Land. Der Beitrag bleibt heuer bei 95 Euro je Hof. Die \
Jahreshauptversammlung halten wir am 21. Feber um 20 Uhr im Gasthaus Kreuz ab.

Roman am Bagger

Roman Hawryliuk, 44, stammt aus Uschhorod in Transkarpatien und fährt seit dem Frühjahr 2023 \
unseren Bagger; den neuen Durchlass hat er im November fast allein eingebaut. Sein Schwager dient \
als Granatwerfer-Schütze bei Sudscha, auf russischem Boden. Am Montag habe sich der Schwager nach \
zehn Tagen Funkstille gemeldet, erzählt Roman. Vor seiner Stellung lägen [[gut zweihundert]] \
Nordkoreaner in einem verschneiten Waldstück und stürmten fast jede Nacht. [[Elf]] von ihnen \
seien in der Woche davor bei einem einzigen Angriff gefallen. „Er sagt, sie rennen in den Schnee \
hinaus, als hätten sie nichts zu verlieren“, berichtet Roman.

Eine Nachbarin aus Daejeon

Yoon Da-eun, 33, ist in Daejeon aufgewachsen und lebt seit ihrer Heirat mit einem Milchbauern in \
Innerlaterns; im Sommer hilft sie auf der Alpe beim Käsen. Sie ist überzeugt, dass Pjöngjang \
längst [[mehr als 15.000]] Mann nach Russland geschickt hat. „Offiziell gibt es diese Soldaten \
gar nicht, darum zählt sie auch keiner“, meint sie.

Was in der Zeitung steht

Der südkoreanische Geheimdienst kam am Montag auf [[rund 3.000]] nordkoreanische Tote und \
Verwundete. Tags zuvor hatte Präsident Selenskyj von [[fast 4.000]] gesprochen. Mit [[einigen \
tausend]] weiteren Soldaten aus dem Norden rechnet das Weiße Haus in den nächsten Monaten; das \
sagte ein Sprecher am Dienstag in Washington. Russland hat nach Kiewer Zählung seit Kriegsbeginn \
über 800.000 Mann verloren, getötet oder verwundet.

Wir schreiben das nicht, weil der Wegebau etwas mit Politik zu tun hätte, sondern weil Roman und \
Da-eun jeden Tag daran denken. Während wir über Schneestangen und Durchlässe reden, liegen \
[[Tausende]] junge Koreaner in den Wäldern bei Kursk.

Schäden an den Wegen meldet bitte Obmann Hubert Nesensohn, Telefon 0664 381 27 40.

Mit freundlichen Grüßen
für den Ausschuss
Hubert Nesensohn
""",
    claims=(
        C("gut zweihundert", 200, "at_least", "near_front", "other", "mon..pub",
          "a digger driver from Uzhhorod relaying his brother-in-law, a mortar gunner near Sudzha "
          "('Am Montag habe sich der Schwager nach zehn Tagen Funkstille gemeldet, erzählt "
          "Roman.', Konjunktiv; the speaker quoted: other): lying in a snowy wood in front of his "
          "position ('gut' with a number word as at_least; from Monday, 13 January, to "
          "publication)"),
        C("Elf", 11, "exact", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried, sentence-initial number word: fallen in a single "
          "attack 'in der Woche davor' (the period of the event, not the claim date)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a dairy farmer's wife from Daejeon, 'Sie ist überzeugt' (undated): sent to Russia long "
          "since"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "mon",
          "'Der südkoreanische Geheimdienst kam am Montag auf' (13 January): dead and wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "'Tags zuvor hatte Präsident Selenskyj … gesprochen' (the day before the Monday of the "
          "previous sentence: Sunday, 12 January; 'fast' as approx): the same losses"),
        C("einigen tausend", None, "vague", "planned", "united_states", "tue",
          "'rechnet das Weiße Haus …; das sagte ein Sprecher am Dienstag' (14 January; the "
          "claimant and day in the clause after the figure): 'weiteren' soldiers in the coming "
          "months (increment, planned; span without the word)", add=True),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the co-operative's own framing without a source ('liegen Tausende junge Koreaner in den "
          "Wäldern bei Kursk'): unattributed, required"),
    ),
)


S02 = Source(
    article_id="v189_02_saisonpost_iglu_dorf_damuels_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-04"),
    dated_by="front_matter",
    features="an igloo village's season letter from Damüls (Vorarlberg) in Markdown, UTF-8, front "
        "matter with `date:` (Wednesday) and a title without a figure, `„“`; Austrian words "
        "(`heuer`, `Jänner`); igloos, beds, cubic metres of snow, degrees inside ('um die minus "
        "zwei Grad'), the price of a night in euros, children's ages, the building crew and the "
        "opening day first; a building-crew lead from Bukovel relaying his sister, a surgeon in a "
        "field hospital near Sumy ('Am Sonntag kam ein langer Brief von ihr, erzählt Taras.', "
        "Konjunktiv carried) `mehrere hundert` gathered across the border (vague, near the front) "
        "and `zwölf` killed 'In der Nacht auf Freitag' (number word, casualties; both other, from "
        "Sunday to publication; `in Gruppen von zwanzig` a group size, not a claim); a ski "
        "instructor from Sokcho who 'rechnet damit' `zehntausend` 'weitere' by spring (number "
        "word, increment, planned, other, `pub`); the source named only in the subheading 'Aus "
        "Washington' ('Dort geht man inzwischen davon aus') `über 10.000` in the Kursk region "
        "(at_least, near the front, united_states, `pub`); the NIS that 'hatte am 27. November "
        "erklärt' a part of the `etwa 11.000` moved to Russia in combat (in Russia, an explicit "
        "date); Ukraine's military intelligence that 'teilte gestern mit' `Dutzende` fallen "
        "(vague, `yday`); Rutte who 'hatte vergangene Woche … gesprochen' of `elf- bis "
        "zwölftausend` (range with number words, in Russia, `lastweek`); Russia's losses, igloos, "
        "beds, cubic metres, degrees, euros, ages, a phone number",
    text="""\
---
title: "Saisonpost Dezember"
date: 2024-12-04
absender: Iglu-Dorf Damüls
---

# Die Schaufeln sind geschliffen

Liebe Gäste und Freunde des Iglu-Dorfs,

sobald genug Schnee liegt, fangen wir an zu bauen. Geplant sind heuer 12 Iglus mit zusammen 38 \
Schlafplätzen, eine Eisbar und eine kleine Kapelle aus Schnee; dafür schieben wir rund 2.500 \
Kubikmeter Schnee zusammen. Drinnen hat es auch in kalten Nächten um die minus zwei Grad, die \
Schlafsäcke halten bis minus 30. Eine Nacht im Iglu mit Fondue und Frühstück kostet 149 Euro pro \
Person, Kinder bis 12 Jahre zahlen die Hälfte. Im Bautrupp arbeiten diesen Winter 14 Leute, \
eröffnet wird am 27. Dezember, und für die Silvesternacht sind nur noch drei Iglus frei. Im \
Jänner gibt es wieder Kurse im Iglubauen für Familien.

## Taras im Bautrupp

Taras Kowaltschuk, 39, hat in Bukowel in den Karpaten acht Winter lang Schneebars und \
Eisskulpturen gebaut und leitet bei uns den Bautrupp. Seine Schwester operiert als Chirurgin in \
einem Feldlazarett bei Sumy. Am Sonntag kam ein langer Brief von ihr, erzählt Taras. Jenseits der \
Grenze ziehe die russische Armee [[mehrere hundert]] Nordkoreaner zusammen. In der Nacht auf \
Freitag seien [[zwölf]] von ihnen bei einem Gefecht getötet worden, das hätten ihr verwundete \
Soldaten erzählt. „Sie schreibt, die Nordkoreaner greifen in Gruppen von zwanzig an“, sagt Taras.

## Ein Skilehrer aus Sokcho

Park Jun-ho, 28, kommt aus Sokcho an der Ostküste und unterrichtet heuer seinen zweiten Winter an \
der Skischule im Ort. Er rechnet damit, dass Kim bis zum Frühjahr [[zehntausend]] weitere Männer \
schickt. „Für Pjöngjang ist das ein Geschäft, für die Familien ein Unglück“, sagt er.

## Aus Washington

Dort geht man inzwischen davon aus, dass [[über 10.000]] Nordkoreaner im Gebiet Kursk stehen und \
sich an den Kämpfen beteiligen.

## Aus Seoul, Kiew und Brüssel

Der südkoreanische Geheimdienst hatte am 27. November erklärt, ein Teil der [[etwa 11.000]] nach \
Russland verlegten Soldaten sei bereits in Gefechte verwickelt. Der ukrainische \
Militärgeheimdienst teilte gestern mit, bei den ersten Angriffen seien [[Dutzende]] Nordkoreaner \
gefallen. Nato-Generalsekretär Mark Rutte hatte vergangene Woche von [[elf- bis zwölftausend]] \
nordkoreanischen Soldaten in Russland gesprochen. Russland büßt nach britischer Einschätzung \
derzeit täglich mehr als 1.500 Soldaten ein.

Reservierungen online oder unter Telefon 05510 311.

Bis bald im Schnee!
Euer Iglu-Team
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a building-crew lead from Bukovel relaying his sister, a surgeon in a field hospital "
          "near Sumy ('Am Sonntag kam ein langer Brief von ihr, erzählt Taras.', Konjunktiv; the "
          "speaker quoted: other): gathered by the Russian army across the border (from Sunday, 1 "
          "December, to publication)"),
        C("zwölf", 12, "exact", "casualties", "other", "sun..pub",
          "same letter, Konjunktiv carried, number word: killed in a fight 'In der Nacht auf "
          "Freitag' (the event, not the claim date)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a ski instructor from Sokcho, 'Er rechnet damit' (undated): 'weitere' men Kim will send "
          "by spring (number word; increment, planned; span without the word)", add=True),
        C("über 10.000", 10000, "at_least", "near_front", "united_states", "pub",
          "the source named only in the subheading 'Aus Washington', taken up by 'Dort geht man "
          "inzwischen davon aus' (undated): in the Kursk region, in the fighting ('über' as "
          "at_least)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2024-11-27",
          "'Der südkoreanische Geheimdienst hatte am 27. November erklärt' (an explicit date): the "
          "soldiers moved to Russia, a part of whom were in combat (the figure counts all of "
          "them)"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "yday",
          "'Der ukrainische Militärgeheimdienst teilte gestern mit' (3 December): fallen in the "
          "first attacks"),
        C("elf- bis zwölftausend", None, "range", "in_russia", "nato", "lastweek",
          "'Nato-Generalsekretär Mark Rutte hatte vergangene Woche … gesprochen': in Russia (a "
          "range with number words, as `zehn- bis zwölftausend` in tests/corpus)"),
    ),
)


S03 = Source(
    article_id="v189_03_kundenbrief_arvenmanufaktur_medels_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-12"),
    dated_by="html_meta",
    features="a stone-pine oil and pillow workshop's customer letter from Medels im Rheinwald "
        "(Graubünden) in HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +01:00 (Wednesday), a cookie note about the basket, "
        "a workshop script, navigation, a footer with a postcode and a phone number; Swiss "
        "conventions (`ss`, «», `1'800`, `1'533`, `14'000`, `20'000`, `3'000`, `8'000`, `4'000`); "
        "`<title>` and headline without a figure; kilos of shavings and needles, litres of oil "
        "('gut 9 Liter'), francs for a bottle and a pillow, delivery days ('rund zehn Tage'), the "
        "founding year and pillows sent ('mehr als 14'000 Kissen') first; a former cabinet maker "
        "from Zhytomyr relaying his godson, a drone pilot near Sudzha ('Die letzte Sprachnachricht "
        "des Patensohns kam am Samstag, erzählt Witalij.', Konjunktiv carried) `ungefähr "
        "dreihundert` attacking in waves (approx with a number word, near the front) and "
        "sentence-initial `Vierzehn` fallen (number word, casualties; both other, from Saturday to "
        "publication); an interior designer from Gimhae who 'schätzt' `20'000` will have served by "
        "summer (exact, planned, other, `pub`); the Joint Chiefs in Seoul 'Wie … am Montag "
        "mitteilte' `rund 3'000` 'zusätzliche' (increment, in Russia); 'Dem ukrainischen Militär "
        "zufolge' `Hunderte` 'weiterhin' fighting near Sudzha (vague, near the front, `pub`); a "
        "NATO official who 'erklärte am Donnerstag' `höchstens 8'000` still at the front "
        "(at_most); 'Nach Einschätzung der US-Regierung' `etwa 4'000` fallen or wounded (`pub`); "
        "`Dutzende` Russian attacks a day (not a claim); kilos, litres, millilitres, francs, days, "
        "metres, pillows, years, ages, times, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Kundenbrief &ndash; Arvenmanufaktur Medels</title>
<meta property="article:published_time" content="2025-03-12T08:10:00+01:00">
<script>var manufaktur = {oelLiter: 9, kissenProWoche: 40, lieferzeitTage: 10};</script>
</head>
<body>
<div class="cookie">Wir speichern Ihren Warenkorb in einem Cookie. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Manufaktur</a> &middot; <a href="/kissen">Kissen</a> &middot; <a \
href="/oel">Arvenöl</a> &middot; <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Das neue Öl ist abgefüllt</h1>
<p>Aus 1'800 Kilo Spänen und Nadeln von Arven aus dem Wald oberhalb von Medels haben wir im \
Winter gut 9 Liter ätherisches Arvenöl destilliert, so viel wie noch nie. Ein Fläschchen mit 10 \
Millilitern kostet 24 Franken, ein Arvenkissen mit anderthalb Kilo Spänen 89 Franken. Die \
Lieferzeit beträgt derzeit rund zehn Tage. Seit der Gründung 2011 hat die Manufaktur auf 1'533 \
Metern über Meer mehr als 14'000 Kissen verschickt.</p>
<h2>Witalij an der Hobelbank</h2>
<p>Witalij Sawyzkyj, 47, war in Schytomyr Möbeltischler und hobelt seit zwei Jahren bei uns die \
Späne für die Kissen; die geschnitzten Arvenherzen im Laden sind seine Handschrift. Sein \
Patensohn fliegt Drohnen für eine Einheit bei Sudscha. Die letzte Sprachnachricht des Patensohns \
kam am Samstag, erzählt Witalij. Die Nordkoreaner griffen jetzt in Wellen an, jedes Mal \
[[ungefähr dreihundert]] Mann. [[Vierzehn]] seien allein an einem Vormittag gefallen. «Er sagt, \
sie lernen schnell, viel schneller als die Russen», sagt Witalij.</p>
<h2>Eine Innenarchitektin aus Gimhae</h2>
<p>Han Seo-yeon, 30, aus Gimhae hat im Herbst ein Praktikum bei uns gemacht und richtet jetzt \
Hotelzimmer in Seoul mit unseren Kissen ein. Sie schätzt, dass bis zum Sommer [[20'000]] \
Nordkoreaner in Russland gedient haben werden. «Niemand fragt die Mütter», sagt sie.</p>
<h2>Aus den Agenturen</h2>
<p>Wie der Generalstab in Seoul am Montag mitteilte, hat der Norden in den Monaten Januar und \
Februar [[rund 3'000]] zusätzliche Männer nach Russland gebracht. Dem ukrainischen Militär \
zufolge kämpfen bei Sudscha weiterhin [[Hunderte]] Nordkoreaner. Ein Nato-Vertreter erklärte am \
Donnerstag in Brüssel, derzeit stünden [[höchstens 8'000]] von ihnen noch an der Front. Nach \
Einschätzung der US-Regierung sind bisher [[etwa 4'000]] gefallen oder verwundet. Im Gebiet Kursk \
zählt die Ukraine täglich Dutzende russische Angriffe.</p>
<p>Besuche in der Manufaktur nach Absprache, Montag bis Freitag von 7.30 bis 17 Uhr.</p>
</main>
<footer>Arvenmanufaktur Medels &middot; 7436 Medels im Rheinwald &middot; Telefon 081 664 12 \
37</footer>
</body>
</html>
""",
    claims=(
        C("ungefähr dreihundert", 300, "approx", "near_front", "other", "sat..pub",
          "a former cabinet maker from Zhytomyr relaying his godson, a drone pilot near Sudzha "
          "('Die letzte Sprachnachricht des Patensohns kam am Samstag, erzählt Witalij.', "
          "Konjunktiv; the speaker quoted: other): attacking in waves (approx with a number word; "
          "from Saturday, 8 March, to publication)"),
        C("Vierzehn", 14, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, sentence-initial number word: fallen in one morning"),
        C("20'000", 20000, "exact", "planned", "other", "pub",
          "an interior designer from Gimhae, 'Sie schätzt' (undated): will have served in Russia "
          "by summer (a forecast of a total: planned)"),
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'Wie der Generalstab in Seoul am Montag mitteilte' (10 March): 'zusätzliche' men "
          "brought to Russia in January and February (increment; the months are the "
          "period)", add=True),
        C("Hunderte", None, "vague", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militär zufolge' (undated): 'weiterhin' fighting near Sudzha "
          "('weiterhin' is not an increment)"),
        C("höchstens 8'000", 8000, "at_most", "near_front", "nato", "thu",
          "'Ein Nato-Vertreter erklärte am Donnerstag in Brüssel' (6 March, Konjunktiv): 'von "
          "ihnen noch an der Front' ('höchstens' as at_most; 'noch' is not an increment)"),
        C("etwa 4'000", 4000, "approx", "casualties", "united_states", "pub",
          "'Nach Einschätzung der US-Regierung' (undated): fallen or wounded so far"),
    ),
)


S04 = Source(
    article_id="v189_04_sessionsbrief_grossraetin_hinterrhein",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "Sessionsbrief Rheinwald",
        "https://www.sessionsbrief-rheinwald.example/2025/junisession",
        "Sessionsbrief: Galeriekredit, Wolf und eine Debatte über den Krieg",
    ),
    features="a member of the Grand Council's session letter from Hinterrhein (Rheinwald, "
        "Graubünden), the set's report from a parliament, as plain text, UTF-16 LE with BOM "
        "(sidecar, Friday; the sidecar title without a figure); Swiss conventions (`ss`, «», "
        "`4'700`, `6'000`, `11'000`, `30'000`, `gutgeheissen`, `Traktandenliste`, `Ende Jahr`); "
        "the credit for an avalanche gallery in francs, the votes, the hours of the wolf debate "
        "and the council's seats first; a member of the council quoting 'einen Bericht des "
        "südkoreanischen Geheimdiensts von Ende April' ('Demnach seien') `rund 4'700` killed or "
        "wounded (south_korea, days 21-30 April); Shoigu who had announced 'am selben Dienstag' "
        "`6'000` sappers and builders (russia, planned, Tuesday); a councillor who 'sagte' Kim "
        "sells `Zehntausende` young men to Russia (vague, in Russia, other, Tuesday); the cantonal "
        "government's answer 'Am Mittwoch': the Federal Intelligence Service 'gehe von' `rund "
        "11'000` in Russia 'aus' (a third government: other, Wednesday); Kyiv's ambassador who "
        "'habe … am Montag … gewarnt' of `bis zu 30'000` by the end of the year (at_most, planned, "
        "ukraine, Monday); a refugee from Kryvyi Rih relaying her husband, a scout at the Sumy "
        "border ('Am Wochenende habe er angerufen, erzählte sie mir', Konjunktiv carried) "
        "`Hunderte` dug in (vague, near the front) and sentence-initial `Drei` captured 'vor zwei "
        "Wochen' (number word, casualties; both other, from Saturday to publication); francs, "
        "votes, hours, seats, years, dates, a phone number",
    text="""\
Sessionsbrief aus dem Grossen Rat
Junisession 2025

Liebe Rheinwalderinnen und Rheinwalder

Vier Tage lang, von Montag bis Donnerstag, hat der Grosse Rat diese Woche in Chur getagt. Für uns \
im Tal war das wichtigste Geschäft der Kredit von 4,6 Millionen Franken für die Sanierung der \
Lawinengalerie oberhalb von Hinterrhein; er wurde mit 97 zu 11 Stimmen gutgeheissen. Fast drei \
Stunden lang stritt der Rat über die Regulierung des Wolfs. Von den 120 Ratsmitgliedern stellt \
unser Wahlkreis drei.

Eine Anfrage und eine lange Debatte

Am Dienstag stand eine Anfrage zur Unterbringung ukrainischer Geflüchteter im Kanton auf der \
Traktandenliste, und daraus wurde eine lange Debatte über den Krieg. Grossrat Reto Caduff aus \
Ilanz zitierte einen Bericht des südkoreanischen Geheimdiensts von Ende April: Demnach seien bei \
den Kämpfen um Kursk [[rund 4'700]] nordkoreanische Soldaten getötet oder verwundet worden. Er \
erinnerte auch daran, dass der russische Sicherheitsratssekretär Sergei Schoigu am selben \
Dienstag in Pjöngjang angekündigt hatte, Nordkorea werde [[6'000]] Pioniere und Bauarbeiter ins \
Gebiet Kursk schicken. Eine Ratskollegin aus dem Domleschg sagte, Kim Jong Un verkaufe \
[[Zehntausende]] junge Männer «für Öl und Devisen» an Russland.

Am Mittwoch antwortete Regierungsrätin Carmen Gadient für die Regierung. Der Nachrichtendienst \
des Bundes gehe von [[rund 11'000]] Nordkoreanern aus, die sich derzeit in Russland aufhielten, \
die meisten im Gebiet Kursk. Kiews Botschafter in Bern habe bei einem Besuch der \
Staatspolitischen Kommission am Montag zudem gewarnt, Pjöngjang könne bis Ende Jahr [[bis zu \
30'000]] Mann bereitstellen. Eigene Zahlen zu Gefallenen habe der Bund keine.

Aus Hinterrhein

In unserem Dorf wohnt seit drei Jahren Olena Bojko aus Krywyj Rih mit ihrer Tochter, die bei uns \
zur Schule geht. Olenas Mann dient als Aufklärer an der Grenze bei Sumy. Am Wochenende habe er \
angerufen, erzählte sie mir nach meiner Rückkehr aus Chur. Auf der russischen Seite hätten sich \
[[Hunderte]] Nordkoreaner in neuen Stellungen eingegraben. [[Drei]] von ihnen habe seine Einheit \
vor zwei Wochen gefangen genommen. «Er klingt müde, aber er lacht noch», sagt Olena.

Die nächste Session beginnt am 25. August. Ihre Anliegen nehme ich gerne entgegen, Telefon 081 \
664 11 52.

Herzlich
Ihre Grossrätin Madlaina Simmen, Hinterrhein
""",
    claims=(
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "a member of the Grand Council quoting 'einen Bericht des südkoreanischen Geheimdiensts "
          "von Ende April: Demnach seien' (the report's source and time, days 21-30 April, not the "
          "day of the debate): killed or wounded in the fighting for Kursk"),
        C("6'000", 6000, "exact", "planned", "russia", "tue",
          "'der russische Sicherheitsratssekretär Sergei Schoigu am selben Dienstag in Pjöngjang "
          "angekündigt hatte' (17 June, the Tuesday of the debate): sappers and builders to be "
          "sent to the Kursk region (planned; a first announcement, not an increment)"),
        C("Zehntausende", None, "vague", "in_russia", "other", "tue",
          "'Eine Ratskollegin aus dem Domleschg sagte' (in Tuesday's debate, 17 June; a member "
          "speaking for herself: other): young men Kim sells to Russia (sent: in Russia)"),
        C("rund 11'000", 11000, "approx", "in_russia", "other", "wed",
          "the cantonal government's answer 'Am Mittwoch' (18 June), Konjunktiv: 'Der "
          "Nachrichtendienst des Bundes gehe von … aus' (the Swiss intelligence service, a third "
          "government: other): in Russia now, most in the Kursk region"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "mon",
          "'Kiews Botschafter in Bern habe bei einem Besuch der Staatspolitischen Kommission am "
          "Montag … gewarnt' (16 June, reported in the government's answer): Pyongyang could "
          "provide by the end of the year (at_most, planned)"),
        C("Hunderte", None, "vague", "near_front", "other", "sat..pub",
          "a refugee from Kryvyi Rih relaying her husband, a scout at the Sumy border ('Am "
          "Wochenende habe er angerufen, erzählte sie mir', Konjunktiv; the speaker quoted: "
          "other): dug in in new positions on the Russian side (the weekend of 14-15 June: from "
          "Saturday to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried, sentence-initial number word: taken prisoner 'vor zwei "
          "Wochen' (the event, not the claim date)"),
    ),
)


S05 = Source(
    article_id="v189_05_rundbrief_foerderkreis_knopfmuseum_baernau_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Förderkreis Knopfmuseum Bärnau – Rundbrief",
        "https://www.knopfmuseum-foerderkreis.example/rundbrief/herbst-2025",
        "Rundbrief Herbst: Perlmutt, Horn und ein Anruf aus Sumy",
    ),
    features="a button museum friends' circle letter from Bärnau (Tirschenreuth district, Upper "
        "Palatinate, on the Czech border) in Markdown, UTF-8 with BOM and CRLF, front matter "
        "without a date (sidecar, Thursday) and a title without a figure, `„“`; visitors ('fast "
        "600 mehr'), buttons in the collection, boxes from Tachov, the button makers of 1910 ('an "
        "die 700 Menschen'), the entrance fee in euros and the special exhibition 'Knöpfe in "
        "Uniform' first; a volunteer from Cherkasy relaying her son-in-law, a medic at the Sumy "
        "border ('Am Dienstagabend rief er an, erzählt Nadija.', Konjunktiv carried) `Dutzende` "
        "building bunkers (vague, near the front) and sentence-initial `Fünf` killed clearing "
        "mines 'in der Woche davor' (number word, casualties; both other, from Tuesday to "
        "publication); a doctoral student from Daegu named after the figure (sentence-initial `Um "
        "die 25.000` …, 'glaubt Kwon'; approx, planned, other, `pub`); the NIS that 'Am 4. "
        "September berichtete … den Abgeordneten' `etwa 2.000` fallen; the Ukrainian military that "
        "'sprach vergangene Woche von' `mehr als 6.000` dead and wounded (at_least, `lastweek`); "
        "North Korea's state media that 'kündigten Ende August an' `Tausende` 'weitere' sappers "
        "(north_korea, vague, increment, planned, days 21-31 August) and 'Mitte August' showed Kim "
        "decorating `Dutzende` returned officers (optional); the museum's own `rund 15.000` in "
        "Russian uniforms (unattributed, approx, in Russia, required); visitors, buttons, boxes, "
        "people of 1910, euros, ages, years, dates, a phone number",
    text="""\
---
title: "Rundbrief Herbst"
absender: Förderkreis Knopfmuseum Bärnau e. V.
---

# Perlmutt, Horn und ein Anruf aus Sumy

Liebe Mitglieder und Freunde des Museums,

die Saison geht zu Ende, und sie war gut: Bis Ende August kamen 4.300 Besucherinnen und Besucher, \
fast 600 mehr als im Vorjahr. Die Sammlung umfasst inzwischen über 250.000 Knöpfe; allein im \
Frühjahr haben uns Familien aus der Stadt und aus Tachov drei Kisten Perlmuttknöpfe aus alten \
Werkstätten geschenkt. Um 1910 lebten in Bärnau und den Dörfern ringsum an die 700 Menschen von \
der Knopfmacherei. Der Eintritt bleibt bei 4 Euro, Mitglieder zahlen nichts. Die \
Sonderausstellung „Knöpfe in Uniform“ ist noch bis zum 2. November zu sehen.

## Nadija beim Sortieren

Nadija Kostenko, 52, aus Tscherkassy sortiert seit dem vorigen Winter ehrenamtlich unsere \
Neuzugänge und kennt inzwischen jede Knopfform beim Namen. Ihr Schwiegersohn versorgt als \
Sanitäter Verwundete an der Grenze bei Sumy. Am Dienstagabend rief er an, erzählt Nadija. \
Gegenüber seinem Abschnitt bauten [[Dutzende]] Nordkoreaner Bunker und Gräben. [[Fünf]] von ihnen \
seien in der Woche davor beim Minenräumen ums Leben gekommen. „Er sagt, sie arbeiten auch nachts, \
ohne Licht“, erzählt sie.

## Ein Doktorand aus Daegu

Kwon Ji-hoon, 35, Textildesigner aus Daegu, schreibt eine Doktorarbeit über Perlmuttknöpfe und \
war im Juli zwei Wochen lang in unserem Archiv. [[Um die 25.000]] Nordkoreaner werden bis \
Jahresende in Russland gedient haben, glaubt Kwon. „Jeder von ihnen trägt eine Uniform, und an \
jeder Uniform hängen Knöpfe“, sagt er.

## Aus den Nachrichten

Am 4. September berichtete der Geheimdienst in Seoul den Abgeordneten, [[etwa 2.000]] \
nordkoreanische Soldaten seien bislang gefallen. Das ukrainische Militär sprach vergangene Woche \
von [[mehr als 6.000]] Toten und Verwundeten. Nordkoreas Staatsmedien kündigten Ende August an, \
[[Tausende]] weitere Pioniere würden ins Gebiet Kursk aufbrechen. Mitte August hatten sie \
gezeigt, wie Kim [[Dutzende]] heimgekehrte Offiziere mit Orden ehrte. Die Uniformknöpfe der \
[[rund 15.000]] Nordkoreaner, die seit Oktober 2024 nach Russland verlegt wurden, tragen übrigens \
keinen Stern, sondern den russischen Doppeladler.

Führungen für Gruppen ab zehn Personen vereinbaren Sie unter 09635 924 31.

Herzliche Grüße
Ihr Vorstand
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "tue..pub",
          "a volunteer from Cherkasy relaying her son-in-law, a medic at the Sumy border ('Am "
          "Dienstagabend rief er an, erzählt Nadija.', Konjunktiv; the speaker quoted: other): "
          "building bunkers and trenches opposite his sector (from Tuesday, 16 September, to "
          "publication)"),
        C("Fünf", 5, "exact", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed clearing mines 'in "
          "der Woche davor' (the period, not the claim date)"),
        C("Um die 25.000", 25000, "approx", "planned", "other", "pub",
          "a doctoral student from Daegu named after the figure ('…, glaubt Kwon', undated): will "
          "have served in Russia by the end of the year (sentence-initial 'Um die' as approx; a "
          "forecast of a total: planned)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "'Am 4. September berichtete der Geheimdienst in Seoul den Abgeordneten' (an explicit "
          "date): fallen so far"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "'Das ukrainische Militär sprach vergangene Woche von': dead and wounded"),
        C("Tausende", None, "vague", "planned", "north_korea", "2025-08-21..2025-08-31",
          "'Nordkoreas Staatsmedien kündigten Ende August an' (days 21-31 August): 'weitere' "
          "sappers to leave for the Kursk region (increment, planned; the word after the figure, "
          "outside the span)", add=True),
        C("Dutzende", None, "vague", "in_russia", "north_korea", "2025-08-11..2025-08-20",
          "'Mitte August hatten sie gezeigt' (the state media, days 11-20 August): returned "
          "officers decorated by Kim (returnees, as in earlier sets: optional)", opt=True),
        C("rund 15.000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the museum's own framing without a source ('Die Uniformknöpfe der rund 15.000 "
          "Nordkoreaner, die seit Oktober 2024 nach Russland verlegt wurden'): unattributed, "
          "required (a total since October, not an increment)"),
    ),
)


S06 = Source(
    article_id="v189_06_vereinsseite_schmalzlerfreunde_lohberg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Schmalzlerfreunde Lohberg – Neues vom Verein",
        "https://www.schmalzlerfreunde-lohberg.example/neues/november-2025",
        "Neues vom Verein: Schnupfmeisterschaft, Stammtisch und Post von der Grenze",
    ),
    features="a snuff club's news page from Lohberg (Lamer Winkel, Bavarian Forest) in HTML, "
        "UTF-8, no meta date (sidecar, Thursday; the sidecar title without a figure), a cookie "
        "note about the events calendar ('Passt scho'), a club script, navigation, entities "
        "(`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`, `&nbsp;`), a footer with a postcode and a "
        "phone number; `<title>` and headline without a figure; the snuff contest's ordinal, "
        "entrants, grams a minute, members, the oldest member's age, the price of a tin "
        "('weiterhin') and the regulars' evening first; a member from Kremenchuk relaying his "
        "grandson, a radio operator at the Sumy border ('Laut dem Enkel, der sich am Sonntag "
        "meldete, liegen …', then Konjunktiv) `etwa 150` in the trenches (approx, near the front) "
        "and sentence-initial `Sieben` killed (number word, casualties; both other, from Sunday to "
        "publication); a chemist from Cheongju who 'hält es für gut möglich' `30.000 oder mehr` by "
        "spring (at_least with the hedge after the figure, planned, other, `pub`); a Russian "
        "deputy defence minister who 'erklärte am Montag' `Tausende` builders would help rebuild "
        "the Kursk region (russia, vague, planned); 'Nach Angaben des Geheimdienstes in Seoul vom "
        "Dienstag' `über 2.000` fallen (at_least); 'Die Nato schätzt' `10.000 bis 12.000` (range, "
        "in Russia, `pub`); 'Aus Washington hieß es Anfang November' `bis zu 5.000` 'zusätzliche' "
        "(at_most, increment, planned, days 1-10 November); `Hunderte` Russian drone attacks (not "
        "a claim); entrants, grams, members, euros, ages, years, times, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neues vom Verein &ndash; Schmalzlerfreunde Lohberg</title>
<script>var verein = {mitglieder: 48, gruendung: 1961, doseGramm: 25};</script>
</head>
<body>
<div class="cookie-hinweis">Diese Seite setzt ein Cookie für den Terminkalender. <a \
href="#">Passt scho</a></div>
<nav><a href="/">Start</a> &middot; <a href="/verein">Verein</a> &middot; <a \
href="/meisterschaft">Meisterschaft</a> &middot; <a href="/neues">Neues</a></nav>
<main>
<h1>Ein Meister aus dem Lamer Winkel</h1>
<p>Zur 23. Schnupfmeisterschaft am Kirchweihsonntag kamen 61 Teilnehmer aus Niederbayern, der \
Oberpfalz und Böhmen in den Saal des Gasthofs Sonnhof. Gewonnen hat unser Kassier Alois Pfeffer, \
der in einer Minute 4,2 Gramm Schmalzler sauber vom Handrücken zog. Der Verein zählt jetzt 48 \
Mitglieder, der älteste ist 91. Die 25-Gramm-Dose unserer Vereinsmischung kostet weiterhin \
6,50&nbsp;Euro. Zum Stammtisch treffen wir uns jeden ersten Freitag im Monat ab 19 Uhr.</p>
<h2>Serhij und sein Enkel</h2>
<p>Serhij Bilyk, 63, aus Krementschuk ist seit zwei Jahren Mitglied und mischt als Einziger im \
Verein seinen Schmalzler selbst, mit Minze aus dem eigenen Garten. Sein Enkel dient als Funker an \
der Grenze bei Sumy. Laut dem Enkel, der sich am Sonntag meldete, liegen auf der russischen Seite \
[[etwa 150]] Nordkoreaner in den Gräben. [[Sieben]] hätten den letzten Artillerieschlag nicht \
überlebt. &bdquo;Der Bub schreibt, man hört sie nachts singen&ldquo;, erzählt Serhij.</p>
<h2>Eine Chemikerin aus Cheongju</h2>
<p>Shin Hye-jin, 40, Chemikerin aus Cheongju, arbeitet in einer Glashütte im Landkreis und sitzt \
seit dem Frühjahr regelmäßig an unserem Stammtisch. Sie hält es für gut möglich, dass bis zum \
Frühjahr [[30.000 oder mehr]] Nordkoreaner in Russland gedient haben. &bdquo;Kim braucht das \
Geld, Putin braucht die Männer&ldquo;, sagt sie.</p>
<h2>Was man liest</h2>
<p>Ein stellvertretender Verteidigungsminister in Moskau erklärte am Montag, [[Tausende]] \
nordkoreanische Bauarbeiter würden beim Wiederaufbau im Gebiet Kursk helfen. Nach Angaben des \
Geheimdienstes in Seoul vom Dienstag sind [[über 2.000]] Nordkoreaner gefallen. Die Nato schätzt \
die Zahl der Nordkoreaner in Russland auf [[10.000 bis 12.000]]. Aus Washington hieß es Anfang \
November, bis Jahresende könnten noch [[bis zu 5.000]] zusätzliche nordkoreanische Bausoldaten \
eintreffen. Die Ukraine meldet jede Woche Hunderte russische Drohnenangriffe auf das Gebiet \
Sumy.</p>
<p>Neue Mitglieder sind willkommen; Aufnahmeanträge gibt es am Stammtisch oder unter 09943 1274.</p>
</main>
<footer>Schmalzlerfreunde Lohberg e.&nbsp;V. &middot; 93470 Lohberg &middot; Tel. 09943 \
1274</footer>
</body>
</html>
""",
    claims=(
        C("etwa 150", 150, "approx", "near_front", "other", "sun..pub",
          "a member from Kremenchuk relaying his grandson, a radio operator at the Sumy border "
          "('Laut dem Enkel, der sich am Sonntag meldete, liegen …'; the speaker quoted: other): "
          "in the trenches on the Russian side (from Sunday, 9 November, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv, sentence-initial number word: did not survive the last "
          "artillery strike"),
        C("30.000 oder mehr", 30000, "at_least", "planned", "other", "pub",
          "a chemist from Cheongju, 'Sie hält es für gut möglich' (undated): will have served in "
          "Russia by spring ('oder mehr' after the figure, inside the span, as at_least; a "
          "forecast of a total: planned)"),
        C("Tausende", None, "vague", "planned", "russia", "mon",
          "'Ein stellvertretender Verteidigungsminister in Moskau erklärte am Montag' (10 "
          "November, Konjunktiv): builders who would help with the reconstruction in the Kursk "
          "region (planned)"),
        C("über 2.000", 2000, "at_least", "casualties", "south_korea", "tue",
          "'Nach Angaben des Geheimdienstes in Seoul vom Dienstag' (11 November): fallen ('über' "
          "as at_least)"),
        C("10.000 bis 12.000", None, "range", "in_russia", "nato", "pub",
          "'Die Nato schätzt' (undated): in Russia"),
        C("bis zu 5.000", 5000, "at_most", "planned", "united_states", "2025-11-01..2025-11-10",
          "'Aus Washington hieß es Anfang November' (days 1-10 November): 'noch … zusätzliche' "
          "military builders could arrive by the end of the year (increment, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Pine Island, Saxis and Onancock, Rock Hall)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v189_07_recovery_update_long_term_recovery_pine_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-25"),
    dated_by="dateline",
    features="a long-term hurricane recovery group's update from Bokeelia on Pine Island (Lee "
        "County, Florida) as plain text, UTF-8, straight quotes, dated by the letter line "
        "'Bokeelia, Fla., June 25, 2025' (Wednesday); homes repaired or rebuilt, volunteer days "
        "('more than 1,400'), dollars raised, sentence-initial `Forty-six` families waiting, the "
        "price of a roof ('about $18,000') and the Saturday crews first; a warehouse manager from "
        "Mykolaiv relaying his brother-in-law, a drone pilot on the Kursk border ('He called "
        "Dmytro on Sunday night. By his count, … and') `about 80` dug into a tree line (approx, "
        "near the front) and `two` taken prisoner (number word, casualties; both other, from "
        "Sunday to publication); a retired pharmacist born in Busan who 'reckons' `north of "
        "15,000` have gone to Russia ('north of' as at_least, in Russia, other, `pub`); Rutte who "
        "'told reporters in The Hague on Tuesday' `more than 14,000` sent 'in all' (at_least, in "
        "Russia, not an increment); a Pentagon spokesman who 'In a briefing on Monday … put the "
        "number still in the Kursk region at' `roughly 11,000` (near the front); Ukraine's "
        "military intelligence that 'estimated last week' `3,000 to 4,000` men lost (range, "
        "`lastweek`); Seoul's spy agency that 'said in late May' `several thousand` 'more' in "
        "training for a second rotation (vague, increment, planned, days 21-31 May); Russia's "
        "losses, homes, volunteer days, dollars, families, ages, years, a phone number",
    text="""\
RECOVERY UPDATE
Pine Island Long-Term Recovery Group

Bokeelia, Fla., June 25, 2025

Dear neighbors, donors and volunteers,

Hurricane season is here again, so this is where we stand. Since Ian, our crews and the partner \
churches have repaired or rebuilt 212 homes on the island, 31 of them since January. Volunteers \
gave us more than 1,400 days of work last year, and donors have sent $3.1 million in all. \
Forty-six families are still on the waiting list, most of them for a new roof, which now costs \
about $18,000. If you can swing a hammer or hang drywall, the Saturday crews meet at 7 a.m. \
behind the fire station.

The warehouse

Dmytro Savchuk, 31, grew up in Mykolaiv, where he boarded up windows after missile strikes, and \
now runs our tool and materials warehouse; nobody on the island loads a truck faster. His wife's \
brother flies drones on the Kursk border. He called Dmytro on Sunday night. By his count, [[about \
80]] North Korean soldiers had dug into a tree line facing his position, and [[two]] had been \
taken prisoner after a firefight. "He says they almost never give up, so his unit was lucky," \
Dmytro said.

A donor from Busan

Evelyn Cho, 67, a retired pharmacist born in Busan, has given to the group every month since her \
own house in Cape Coral flooded in 2022. She reckons [[north of 15,000]] have gone to Russia by \
now. "Nobody in the North gets to say no," she said.

What the news says

NATO Secretary General Mark Rutte told reporters in The Hague on Tuesday that North Korea had \
sent [[more than 14,000]] troops to Russia in all. In a briefing on Monday, a Pentagon spokesman \
put the number still in the Kursk region at [[roughly 11,000]]. Ukraine's military intelligence \
estimated last week that the North had lost [[3,000 to 4,000]] men, dead or wounded. Seoul's spy \
agency said in late May that the North was training [[several thousand]] more for a second \
rotation. Russia's own losses, by Kyiv's tally, pass 1,000 men on most days.

To volunteer or to apply for help, call the office at 239-555-0142.
""",
    claims=(
        C("about 80", 80, "approx", "near_front", "other", "sun..pub",
          "a warehouse manager from Mykolaiv relaying his brother-in-law, a drone pilot on the "
          "Kursk border ('He called Dmytro on Sunday night. By his count,'; the speaker quoted: "
          "other): dug into a tree line facing his position (from Sunday, 22 June, to "
          "publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same call, 'and': taken prisoner after a firefight (number word)"),
        C("north of 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a retired pharmacist born in Busan, 'She reckons' (undated): have gone to Russia by now "
          "('north of' as at_least, new here, like 'more than')"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "tue",
          "'NATO Secretary General Mark Rutte told reporters in The Hague on Tuesday' (24 June): "
          "sent to Russia 'in all' (a total, not an increment)"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "'In a briefing on Monday, a Pentagon spokesman put the number still in the Kursk region "
          "at' (23 June; 'still' is not an increment)"),
        C("3,000 to 4,000", None, "range", "casualties", "ukraine", "lastweek",
          "'Ukraine's military intelligence estimated last week that the North had lost': men dead "
          "or wounded"),
        C("several thousand", None, "vague", "planned", "south_korea", "2025-05-21..2025-05-31",
          "'Seoul's spy agency said in late May' (days 21-31 May): 'more' in training for a second "
          "rotation (increment, planned; span without the word)", add=True),
    ),
)


S08 = Source(
    article_id="v189_08_newsletter_muskrat_trappers_saxis",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-02-06"),
    dated_by="sidecar",
    sidecar=(
        "The Marsh Line – Saxis Marsh Trappers Association",
        "https://www.saxismarshtrappers.example/newsletter/2025-winter",
        "The Marsh Line: halfway through the season and a message from Kursk",
    ),
    features="a muskrat trappers' association newsletter from Saxis (Accomack County, Virginia, on "
        "Pocomoke Sound) as plain text, windows-1252 with `’`, `“”` (sidecar, Thursday; the "
        "sidecar title without a figure); the season's closing date, members, pelts ('about "
        "3,400'), the price of a pelt in dollars, storm tides and the muskrat supper's plate price "
        "first; a trapper from Nizhyn relaying his son, an artillery officer in the Kursk region "
        "('His son got a message through on Tuesday, Yurii said. The young officer wrote that … "
        "and that') `four or five hundred` massing across from his guns (range with number words, "
        "near the front) and `fifteen` killed in one night (number word, casualties; both other, "
        "from Tuesday to publication); a seafood buyer from Tongyeong who 'expects' `up to 25,000` "
        "by the end of the year (at_most, planned, other, `pub`); the State Department that 'said "
        "Monday' `about 1,000` killed since December; 'According to South Korea’s Joint Chiefs of "
        "Staff' `some 11,000` 'remain' in the Kursk region (near the front, `pub`); Zelensky who "
        "'said on Friday he expected' `a few thousand` 'more' (vague, increment, planned); the "
        "newsletter's own `well over 10,000` in frozen fields along the front ('Our own guess'; "
        "unattributed, at_least, near the front, required); members, pelts, dollars, dates, ages, "
        "a phone number",
    text="""\
THE MARSH LINE
Newsletter of the Saxis Marsh Trappers Association
Winter issue

Halfway through the season

We are past the middle of the muskrat season, which closes on March 15. Our 26 members have \
brought in about 3,400 pelts so far, and buyers are paying $4 to $5 for a good one, a little \
better than last winter. The storm tides in January flooded the houses on the lower marsh and \
cost most of us a week. The muskrat supper at the firehouse is set for Saturday, March 1; plates \
are $18, and the Ladies’ Auxiliary is doing the sides again.

A member from Nizhyn

Yurii Moroz, 50, ran a fur farm outside Nizhyn before the war and now runs his trap line on the \
marsh behind the harbor. His son commands an artillery battery in the Kursk region of Russia, \
where Ukrainian troops still hold a strip of ground. His son got a message through on Tuesday, \
Yurii said. The young officer wrote that [[four or five hundred]] North Koreans were massing in \
the villages across from his guns, and that [[fifteen]] of them had been killed in a single \
night. “My boy says they walk straight at you over the snow,” Yurii told us at the boat ramp.

A buyer from Tongyeong

Min Seo-ah, 44, buys crab and conch along the bay for a seafood exporter in Tongyeong and stops \
at our dock every few weeks. She expects Kim Jong Un to have [[up to 25,000]] men in Russia by \
the end of the year. “The army decides, and the families find out later, if ever,” she said.

Beyond the marsh

The State Department said Monday that [[about 1,000]] North Korean soldiers had been killed since \
December. According to South Korea’s Joint Chiefs of Staff, [[some 11,000]] remain in the Kursk \
region, though many were pulled back from the line last month. Zelensky said on Friday he \
expected Pyongyang to send [[a few thousand]] more before spring. Our own guess, from reading the \
papers all winter, is that [[well over 10,000]] young North Koreans are spending this winter in \
frozen fields along the front, not so different from our marsh, only with shells falling.

Dues for 2025 are $25 and can be paid at the supper. Questions go to the secretary, Darlene \
Lewis, at 757-555-0131.
""",
    claims=(
        C("four or five hundred", None, "range", "near_front", "other", "tue..pub",
          "a trapper from Nizhyn relaying his son, an artillery officer in the Kursk region ('His "
          "son got a message through on Tuesday, Yurii said. The young officer wrote that'; the "
          "speaker quoted: other): massing in the villages across from his guns (a range with "
          "number words, as 'fifty or sixty' of corpus_blind186; from Tuesday, 4 February, to "
          "publication)"),
        C("fifteen", 15, "exact", "casualties", "other", "tue..pub",
          "same message, 'and that': killed in a single night (number word)"),
        C("up to 25,000", 25000, "at_most", "planned", "other", "pub",
          "a seafood buyer from Tongyeong, 'She expects Kim Jong Un to have' (undated): in Russia "
          "by the end of the year (a forecast of a total: planned)"),
        C("about 1,000", 1000, "approx", "casualties", "united_states", "mon",
          "'The State Department said Monday' (3 February): killed since December (the period, not "
          "the claim date)"),
        C("some 11,000", 11000, "approx", "near_front", "south_korea", "pub",
          "'According to South Korea's Joint Chiefs of Staff' (undated): 'remain' in the Kursk "
          "region, though many were pulled back from the line (not an increment)"),
        C("a few thousand", None, "vague", "planned", "ukraine", "fri",
          "'Zelensky said on Friday he expected' (31 January): 'more' before spring (increment, "
          "planned; span without the word)", add=True),
        C("well over 10,000", 10000, "at_least", "near_front", "unattributed", "pub",
          "the newsletter's own framing without a source ('Our own guess, from reading the papers "
          "all winter, is that'): in frozen fields along the front; unattributed, required ('well "
          "over' as at_least)"),
    ),
)


S09 = Source(
    article_id="v189_09_field_notes_mosquito_control_pine_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-08-13"),
    dated_by="front_matter",
    features="a mosquito control district's field notes from Pine Island (Lee County, Florida) in "
        "Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title without a "
        "figure, straight quotes; inches of rain, a light trap's catch ('more than 4,000 "
        "females'), helicopters, acres, spray nights and 'a hundred mosquitoes' from a bottle cap "
        "first; an entomologist from Kharkiv relaying her husband, an air-defence soldier near "
        "Sumy ('He texted her on Saturday:') `a hundred or so` in the pine woods (approx with 'or "
        "so' after a number word, near the front) and `eleven` killed by a drone (number word, "
        "casualties; both other, from Saturday to publication); a helicopter pilot from Gangneung "
        "who 'figures' 'a further' `6,000` (increment, planned, other, `pub`); North Korean "
        "television that showed Kim 'on Thursday' welcoming `hundreds` home (returnees: optional); "
        "Seoul's spy agency that 'In a briefing to lawmakers late last month, … put the death toll "
        "at' `about 2,000` (days 21-31 July); Russia's ambassador in Pyongyang who 'told state TV "
        "on Sunday' `about 5,000` builders would arrive (russia, planned); Ukraine's army chief "
        "who 'said earlier this month' `at least 1,500` 'still' on the Sumy border (near the "
        "front, the 1st to publication); a Pentagon spokesman who 'said Tuesday' `close to 11,000` "
        "'remained' in Russia (approx); inches, females, helicopters, acres, nights, ages, years, "
        "a phone number",
    text="""\
---
title: "Field Notes, August"
date: 2025-08-13
from: Pine Island Mosquito Control District
---

# Rain, traps and a text from Sumy

July brought 11 inches of rain to the island, nearly twice the usual, and the salt-marsh \
mosquitoes answered. On the worst night the light trap at St. James City caught more than 4,000 \
females. Our two helicopters treated 38,000 acres of mangrove fringe and marsh in four weeks, and \
the spray trucks went out on 22 nights. If you see standing water in a boat, a tire or a \
bromeliad, tip it out: a bottle cap of water can raise a hundred mosquitoes.

## Iryna on the trap line

Iryna Boyko, 36, studied insects at the university in Kharkiv and has checked our trap line every \
morning since 2023. Her husband serves with an air-defense unit near Sumy. He texted her on \
Saturday: [[a hundred or so]] North Korean soldiers were now in the pine woods on the Russian \
side, and [[eleven]] had died when a Ukrainian drone hit their truck. "He writes short messages, \
so I know it was a bad day," Iryna said.

## Our pilot from Gangneung

Jeon Min-seok, 52, flew helicopters for the South Korean navy out of Gangneung before moving to \
Florida and has flown for the district for six summers. He figures Kim will send a further \
[[6,000]] before the year is out. "The North has many young men and nothing to give them," he \
said.

## Farther away

North Korean state television showed Kim on Thursday welcoming home [[hundreds]] of soldiers back \
from Russia. In a briefing to lawmakers late last month, South Korea's spy agency put the death \
toll at [[about 2,000]]. Russia's ambassador in Pyongyang told state TV on Sunday that [[about \
5,000]] military builders would arrive in the Kursk region in the coming weeks. Ukraine's army \
chief said earlier this month that [[at least 1,500]] North Koreans were still deployed along the \
Sumy border. A Pentagon spokesman said Tuesday that [[close to 11,000]] remained in Russia.

To report a swarm or ask for an inspection, call 239-555-0177.
""",
    claims=(
        C("a hundred or so", 100, "approx", "near_front", "other", "sat..pub",
          "an entomologist from Kharkiv relaying her husband, an air-defence soldier near Sumy "
          "('He texted her on Saturday:'; the speaker quoted: other): now in the pine woods on the "
          "Russian side ('or so' after a number word as approx, new here; from Saturday, 9 August, "
          "to publication)"),
        C("eleven", 11, "exact", "casualties", "other", "sat..pub",
          "same message, 'and': died when a drone hit their truck (number word)"),
        C("6,000", 6000, "exact", "planned", "other", "pub",
          "a helicopter pilot from Gangneung, 'He figures' (undated): 'a further' to be sent "
          "before the year is out (increment, planned; span without the words)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "thu",
          "'North Korean state television showed Kim on Thursday' (7 August): soldiers welcomed "
          "home from Russia (returnees, as in earlier sets: optional)", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "'In a briefing to lawmakers late last month, South Korea's spy agency put the death "
          "toll at' (days 21-31 July)"),
        C("about 5,000", 5000, "approx", "planned", "russia", "sun",
          "'Russia's ambassador in Pyongyang told state TV on Sunday' (10 August): military "
          "builders who would arrive in the Kursk region (planned)"),
        C("at least 1,500", 1500, "at_least", "near_front", "ukraine", "2025-08-01..pub",
          "'Ukraine's army chief said earlier this month' (the 1st to publication): 'still' "
          "deployed along the Sumy border (not an increment)"),
        C("close to 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "'A Pentagon spokesman said Tuesday' (12 August): 'remained' in Russia ('close to' as "
          "approx; not an increment)"),
    ),
)


S10 = Source(
    article_id="v189_10_tour_notes_historic_homes_tour_onancock_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-04-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Onancock Historic Homes Tour – Tour Notes",
        "https://www.onancockhomestour.example/notes/spring-2025",
        "Tour Notes: nine houses open on Saturday",
    ),
    features="a historic-homes tour committee's notes from Onancock (Accomack County, Virginia) in "
        "Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter with `date:` as "
        "well as the sidecar (Wednesday) and titles without a claim figure (the sidecar title's "
        "`nine houses` count houses); houses, hours, tickets sold ('more than 600'), ticket prices "
        "in dollars, children's ages, sentence-initial `Thirty-one` hosts, the oldest house's year "
        "and the lunch price first; a florist from Lviv relaying her daughter, a combat medic near "
        "Sumy ('She called on Easter Sunday, Oksana said, and told her that … and that') `dozens` "
        "digging in (vague, near the front) and `three` wounded prisoners (number word, "
        "casualties; both other, from Easter Sunday, 20 April, to publication: a holiday as the "
        "day); a physics teacher from Suncheon who 'believes' `close to 20,000` have been shipped "
        "to Russia 'since last fall' (approx, in Russia, other, `pub`); a senior U.S. defense "
        "official who 'told reporters on Friday' `11,000 to 12,000` 'remained' (range, in Russia); "
        "Ukraine's top commander who 'said Thursday' `around 4,000` killed or wounded; South "
        "Korea's spy agency that, 'according to lawmakers it briefed on Monday', 'expects' "
        "'another' `3,000` by summer (increment, planned); NATO's top military officer who 'said "
        "last week' `as many as 15,000` could be serving by autumn (at_most, planned, `lastweek`); "
        "houses, hours, tickets, dollars, hosts, ages, years, a phone number",
    text="""\
---
title: "Tour Notes, Spring"
date: 2025-04-23
from: Onancock Historic Homes Tour Committee
---

# Nine houses open on Saturday

The tour is this Saturday, rain or shine. Nine houses along Market and King streets will be open \
from 10 to 5, and more than 600 tickets are already sold. Tickets are $40 at the door or $35 in \
advance, and children under 12 come in free. Thirty-one hosts will stand in the rooms to answer \
questions, and the boxwood at the oldest house on the tour, built in 1799, has been clipped for \
the first time in eight years. Lunch in the church hall is $15.

## Oksana's flowers

Oksana Lysenko, 45, a florist from Lviv who settled in Onancock in 2023, is doing the \
arrangements for every house on the tour. Her daughter is a combat medic near Sumy. She called on \
Easter Sunday, Oksana said, and told her that [[dozens]] of North Korean soldiers were digging in \
along the border, and that [[three]] wounded ones had been carried into her aid station as \
prisoners. "She treated them like anyone else. That is her job," Oksana said.

## Hyun-woo and the map

Cho Hyun-woo, 29, from Suncheon, teaches physics at the high school in town and drew this year's \
tour map. He believes [[close to 20,000]] of Kim's soldiers have been shipped to Russia since \
last fall. "Kim sells them and Putin spends them," he said.

## The wider world

A senior U.S. defense official told reporters on Friday that [[11,000 to 12,000]] North Korean \
troops remained in Russia. Ukraine's top commander said Thursday that [[around 4,000]] had been \
killed or wounded since the winter. South Korea's spy agency, according to lawmakers it briefed \
on Monday, expects the North to send another [[3,000]] by summer. NATO's top military officer \
said last week that [[as many as 15,000]] could be serving in Russia by autumn.

Tickets: 757-555-0158, or at the visitor center on Market Street.
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "2025-04-20..pub",
          "a florist from Lviv relaying her daughter, a combat medic near Sumy ('She called on "
          "Easter Sunday, Oksana said, and told her that'; the speaker quoted: other): digging in "
          "along the border (Easter Sunday, 20 April, to publication: a holiday named instead of a "
          "weekday, new here)"),
        C("three", 3, "exact", "casualties", "other", "2025-04-20..pub",
          "same call, 'and that': wounded soldiers carried into her aid station as prisoners "
          "(number word)"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a physics teacher from Suncheon, 'He believes' (undated): have been shipped to Russia "
          "'since last fall' (the period; a total, not an increment)"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "fri",
          "'A senior U.S. defense official told reporters on Friday' (18 April): 'remained' in "
          "Russia (not an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "ukraine", "thu",
          "'Ukraine's top commander said Thursday' (17 April): killed or wounded since the winter"),
        C("3,000", 3000, "exact", "planned", "south_korea", "mon",
          "'South Korea's spy agency, according to lawmakers it briefed on Monday, expects' (21 "
          "April; lawmakers briefed by the NIS: south_korea): 'another' to be sent by summer "
          "(increment, planned; span without the word)", add=True),
        C("as many as 15,000", 15000, "at_most", "planned", "nato", "lastweek",
          "'NATO's top military officer said last week': could be serving in Russia by autumn ('as "
          "many as' as at_most; a forecast: planned)"),
    ),
)


S11 = Source(
    article_id="v189_11_editorial_watermens_association_rock_hall_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-20"),
    dated_by="html_meta",
    features="a watermen's association editorial from Rock Hall (Kent County, Maryland, on the "
        "upper Chesapeake), the set's editorial comment, in HTML, UTF-8 with BOM, "
        "`article:published_time` -05:00 (Wednesday) and an `og:title` without a figure, a cookie "
        "note about the dues login, an issue script, navigation, entities (`&ndash;`, `&rsquo;`, "
        "`&middot;`), a footer with a ZIP code and a phone number; `<title>` and headline without "
        "a figure; the oyster season's opening date, members, licenses, the bushel price in "
        "dollars and the proposed daily limit first; the editorial's own `ten thousand or more` in "
        "the mud near Kursk (number words with 'or more': at_least, near the front, unattributed, "
        "required); the Pentagon that 'said on Monday' `around 11,000` now in the Kursk region "
        "(near the front); Seoul's spy agency that 'Last week … told lawmakers in Seoul' `several "
        "thousand` 'more' could be rotated in (vague, increment, planned, `lastweek`); NATO that "
        "'had put the number sent to Russia at' `over 10,000` 'as early as Oct. 28' (at_least, an "
        "explicit date); Ukraine's military intelligence that 'said Saturday' `a few hundred` "
        "killed or wounded (vague, casualties); a culler from Mariupol relaying his cousin in a "
        "trench near Sudzha ('His cousin wrote to him on Thursday … that … and that') `about 300` "
        "in the woods (approx, near the front) and `two` captured (number word, casualties; both "
        "other, from Thursday to publication); the town's war dead of 1943 and 'a few hundred "
        "families' (not claims); members, licenses, dollars, bushels, ages, years, a ZIP code, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2024-11-20T06:00:00-05:00">
<meta property="og:title" content="Editorial: Far from the bay">
<title>Editorial &ndash; Upper Bay Watermen&rsquo;s Association</title>
<script>var issue = {number: 117, members: 164, licenses: 212};</script>
</head>
<body>
<div class="cookie">This site uses a cookie to remember your dues login. <a href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/news">News</a> &middot; <a \
href="/editorials">Editorials</a> &middot; <a href="/dues">Dues</a></nav>
<main>
<h1>Editorial: Far from the bay</h1>
<p>The oyster season opened on Oct. 1, and so far it has been kind to us. Our 164 members hold \
212 licenses between them, the tongers on the Chester River are finding keepers, and at $52 a \
bushel nobody is grumbling about the price. The state still wants to lower the daily limit to 12 \
bushels next year, and we will fight that in Annapolis as we always have.</p>
<p>This editorial, though, is not about oysters.</p>
<p>Somewhere near Kursk tonight, [[ten thousand or more]] young North Koreans are sleeping in the \
mud of a country most of them could not have found on a map a year ago. The Pentagon said on \
Monday that [[around 11,000]] of them were now in the Kursk region, fighting beside Russian \
units. Last week South Korea&rsquo;s spy agency told lawmakers in Seoul that Pyongyang could \
rotate [[several thousand]] more in before spring. NATO had put the number sent to Russia at \
[[over 10,000]] as early as Oct. 28. Ukraine&rsquo;s military intelligence said Saturday that [[a \
few hundred]] had already been killed or wounded in the first clashes.</p>
<p>One of our crews this fall has a culler from Mariupol, Andriy Kuzmenko, 27, who came over on a \
work visa in March. His cousin wrote to him on Thursday from a trench near Sudzha that [[about \
300]] North Koreans were in the woods across the field, and that [[two]] had been captured after \
they got lost in the fog. Andriy read us the message on the dock, in English, slowly.</p>
<p>Rock Hall knows something about sending young men far away. In 1943 this town of a few hundred \
families sent 86 of its sons to the war, and 9 never came home; their names are on the plaque \
outside the town office. We do not pretend that the war in Ukraine is our war. But the boys from \
North Korea had no say in going, and nobody back home will even be told where they died.</p>
<p>We will go back to arguing about bushel limits in the next issue. This week we wanted to put \
this down on paper.</p>
</main>
<footer>Upper Bay Watermen&rsquo;s Association &middot; Rock Hall, MD 21661 &middot; \
410-555-0193</footer>
</body>
</html>
""",
    claims=(
        C("ten thousand or more", 10000, "at_least", "near_front", "unattributed", "pub",
          "the editorial's own framing without a source ('Somewhere near Kursk tonight, … are "
          "sleeping in the mud'): unattributed, required (number words with 'or more' after them "
          "as at_least)"),
        C("around 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "'The Pentagon said on Monday' (18 November): 'of them' now in the Kursk region, "
          "fighting (a part, not an increment)"),
        C("several thousand", None, "vague", "planned", "south_korea", "lastweek",
          "'Last week South Korea's spy agency told lawmakers in Seoul': 'more' Pyongyang could "
          "rotate in before spring (increment, planned; span without the word)", add=True),
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "2024-10-28",
          "'NATO had put the number sent to Russia at … as early as Oct. 28' (an explicit date; "
          "'over' as at_least)"),
        C("a few hundred", None, "vague", "casualties", "ukraine", "sat",
          "'Ukraine's military intelligence said Saturday' (16 November): killed or wounded in the "
          "first clashes"),
        C("about 300", 300, "approx", "near_front", "other", "thu..pub",
          "a culler from Mariupol relaying his cousin ('His cousin wrote to him on Thursday from a "
          "trench near Sudzha that'; the speaker quoted: other): in the woods across the field "
          "(from Thursday, 14 November, to publication)"),
        C("two", 2, "exact", "casualties", "other", "thu..pub",
          "same message, 'and that': captured after getting lost in the fog (number word)"),
    ),
)


S12 = Source(
    article_id="v189_12_creek_notes_water_monitors_rock_hall_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-05-07"),
    dated_by="sidecar",
    sidecar=(
        "Chester River Creek Watch – Creek Notes",
        "https://www.chesterrivercreekwatch.example/notes/2025-05",
        "Creek Notes: warm water early and a message from Sumy",
    ),
    features="a volunteer water-quality monitors' notes page from Rock Hall (Kent County, "
        "Maryland, on the Chester River) in HTML, windows-1252 with raw `’`, `“”`, `–` and `·`, no "
        "meta date (sidecar, Wednesday; the sidecar title without a figure), a cookie note about "
        "adopted sampling sites, a sampling script, navigation, a footer with a ZIP code and a "
        "phone number; `<title>` and headline without a figure; volunteers, sites, degrees, "
        "milligrams of oxygen ('above 7'), the Secchi depth in metres, a kit's and a grant's "
        "dollars first; a lab volunteer from Uman relaying his brother, a sapper near Sumy ('The "
        "brother messaged him on Friday night, Vitaliy said:') `some 60` laying mines (approx, "
        "near the front) and `four` killed by their own charge (number word, casualties; both "
        "other, from Friday to publication); a retired ship's engineer from Gunsan, 'In his "
        "estimate,' `between 14,000 and 16,000` have served (range, in Russia, other, `pub`); "
        "South Korea's spy agency that 'estimated last Wednesday' `4,700` killed or wounded and "
        "`600` 'of them fatally' (a part; 'last Wednesday' in a Wednesday page: the week before, "
        "30 April); Russia's defence minister who 'said on Thursday' `several thousand` engineers "
        "would be brought in (russia, vague, planned); a NATO official who 'reckons' `up to "
        "12,000` (at_most, in Russia, `pub`); North Korean state media that 'reported Saturday' "
        "Kim received `around 100` commanders back from the front (returnees: optional); "
        "volunteers, sites, degrees, milligrams, metres, dollars, ages, years, a ZIP code, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Creek Notes – Chester River Creek Watch</title>
<script>var sampling = {sites: 48, volunteers: 37, roundsPerMonth: 2};</script>
</head>
<body>
<div id="cookie-note">We use a cookie to remember the sampling sites you adopted. <a href="#">Got \
it</a></div>
<nav><a href="/">Home</a> · <a href="/sites">Sites</a> · <a href="/data">Data</a> · <a \
href="/notes">Creek Notes</a></nav>
<main>
<h1>Warm water, early</h1>
<p>Our 37 volunteers sampled all 48 sites on the Chester River and its creeks in the last round \
of April, the first full round of the season. Water at the Rock Hall town dock reached 61 \
degrees, two weeks earlier than usual. Dissolved oxygen stayed above 7 milligrams per liter \
everywhere but in the upper reach of Davis Creek, and the Secchi disk went down 1.1 meters off \
Eastern Neck, the clearest spring reading in six years. A sampling kit costs us $180 to put \
together, and a county grant of $12,000 covers this season.</p>
<h2>Vitaliy at the lab bench</h2>
<p>Vitaliy Horbenko, 26, from Uman, studied chemistry in Kyiv and runs the nitrogen and bacteria \
tests in our lab behind the library. His older brother, a sapper, was pulled out of the Kursk \
region in March and now clears mines near Sumy. The brother messaged him on Friday night, Vitaliy \
said: [[some 60]] North Koreans were laying mines in the fields across the border, and [[four]] \
of them had been killed when one of their own charges went off. “He says they work fast and they \
never look up,” Vitaliy said.</p>
<h2>A sampler from Gunsan</h2>
<p>Lee Jae-sung, 58, a retired ship’s engineer from Gunsan who moved here to be near his \
daughter, samples the site at the town marina every other Saturday. In his estimate, [[between \
14,000 and 16,000]] North Koreans have served in Russia so far. “They are farm boys, most of \
them,” he said.</p>
<h2>Off the water</h2>
<p>South Korea’s spy agency estimated last Wednesday that [[4,700]] North Korean soldiers had \
been killed or wounded, [[600]] of them fatally. Russia’s defense minister said on Thursday that \
[[several thousand]] North Korean engineers would be brought in to rebuild the Kursk region. A \
NATO official in Brussels reckons [[up to 12,000]] are in Russia at any one time. North Korean \
state media reported Saturday that Kim had received [[around 100]] commanders back from the Kursk \
front.</p>
</main>
<footer>Chester River Creek Watch · Rock Hall, MD 21661 · 410-555-0126</footer>
</body>
</html>
""",
    claims=(
        C("some 60", 60, "approx", "near_front", "other", "fri..pub",
          "a lab volunteer from Uman relaying his brother, a sapper near Sumy ('The brother "
          "messaged him on Friday night, Vitaliy said:'; the speaker quoted: other): laying mines "
          "in the fields across the border (from Friday, 2 May, to publication)"),
        C("four", 4, "exact", "casualties", "other", "fri..pub",
          "same message, 'and': killed when one of their own charges went off (number word)"),
        C("between 14,000 and 16,000", None, "range", "in_russia", "other", "pub",
          "a retired ship's engineer from Gunsan, 'In his estimate,' (undated): have served in "
          "Russia so far ('between … and' inside the span)"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "'South Korea's spy agency estimated last Wednesday' ('last Wednesday' in a Wednesday "
          "page: the week before, 30 April, as in tests/corpus): killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "same estimate: 'of them fatally' (a part of the 4,700, not an increment)"),
        C("several thousand", None, "vague", "planned", "russia", "thu",
          "'Russia's defense minister said on Thursday' (1 May): engineers who would be brought in "
          "to rebuild the Kursk region (planned)"),
        C("up to 12,000", 12000, "at_most", "in_russia", "nato", "pub",
          "'A NATO official in Brussels reckons' (undated): in Russia at any one time"),
        C("around 100", 100, "approx", "in_russia", "north_korea", "sat",
          "'North Korean state media reported Saturday' (3 May): commanders back from the Kursk "
          "front received by Kim (returnees, as in earlier sets: optional)", opt=True),
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
