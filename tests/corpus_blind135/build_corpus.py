"""Build the HUNDRED-AND-THIRTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-seventh corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: an
orchid mappers' circle newsletter from Endingen am Kaiserstuhl with a botanist from Jeju whose
brother serves on Yeonpyeong, a vine-grafting nursery's customer letter from Burkheim am
Kaiserstuhl with a grafter from Shabo on the Dniester estuary, a rafting outfitter's season letter
from Gstatterboden in the Gesäuse (Austrian conventions) with a guide from Kyiv whose cousin holds a
line near Sudzha, a sturgeon farm's caviar letter from Frutigen in the Kandertal (Swiss
conventions) with a fish biologist from Vylkove, a canoe rental's river letter from Dollnstein in
the Altmühltal with a geography student from Gwangju, and a treetop walk's visitors' letter from
the Hainich with a forest researcher from Chuncheon; an agency-style wire report from Ucluelet on
Vancouver Island's west coast on Ukrainian newcomers at a fish plant, an oyster farm's letter from
Tofino with a shellfish technician from Tongyeong, a lifeboat station's crew news from Kilronan on
Inis Mór with a helm from Mariupol, an Irish-language summer college's parents' newsletter from
Inis Oírr with a lecturer from Busan and a pupil from Zaporizhzhia, a Fairtrade banana growers'
bulletin from the Mabouya Valley at Dennery (Saint Lucia) with a member's son in a NATO
battlegroup, and a readers' letters page from a Vieux Fort weekly with letters quoting a son in
Lviv and a daughter in Daejeon. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]`
and labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind135_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Kaiserstuhl, Gesäuse, Kandertal, Altmühltal, Hainich)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s135_01_orchideen_endingen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-20"),
    dated_by="front_matter",
    features="an orchid mappers' circle newsletter from Endingen am Kaiserstuhl in Markdown, "
        "UTF-8 with BOM, front matter with `date:` (Tuesday) and a title without a figure; the "
        "orchid count first; a botanist from Jeju whose brother serves on Yeonpyeong, relayed "
        "'so schrieb sie uns später' (Konjunktiv): 'noch einmal' `10.000` by winter (increment "
        "before the figure, planned, other, `pub`); the NIS 'am 30. April' `rund 15.000` sent, "
        "`4.700` dead and wounded and 'darunter' `etwa 600` fallen (a breakdown); 'Nach Angaben "
        "des … HUR' `zwischen 8.000 und 9.000` in the Kursk and Belgorod border areas (`pub`); "
        "a Pentagon spokesman 'vergangene Woche' `mehrere tausend` pulled back to camps in the "
        "rear (in Russia); Rutte 'am Donnerstag' `Tausenden` with combat experience; the "
        "botanist's own `über 6.000` dead and wounded in a quote (other, `pub`); Moscow and "
        "Pyongyang without a figure; orchid counts, days, species, kilometres, years, 'bis zu "
        "acht Jahre' (not a claim), euros, a phone number",
    text="""\
---
title: "Rundbrief Mai 2025: Die Ragwurz blüht früh"
date: 2025-05-20
arbeitskreis: Orchideenkartierung Kaiserstuhl, Endingen
---

# Die Ragwurz blüht früh

Die Zählsaison am Kaiserstuhl hat in diesem Jahr zeitig begonnen. An drei Wochenenden haben elf \
Kartiererinnen und Kartierer am Badberg, am Haselschacher Buck und in den Lösshängen oberhalb \
von Endingen 4.812 blühende Orchideen erfasst, darunter 1.960 Helm-Knabenkräuter und 37 \
Bocksriemenzungen. Die Bienen-Ragwurz öffnete ihre ersten Blüten am 3. Mai, zwölf Tage vor dem \
Mittel der vergangenen zwei Jahrzehnte.

## Eine Botanikerin aus Jeju

Seit Februar kartiert Lee Seo-yeon mit. Die 31-Jährige schreibt am Institut für Geobotanik in \
Freiburg ihre Doktorarbeit über Wildbienen als Bestäuber; auf Jeju, wo sie aufgewachsen ist, \
wachsen nach ihrer Zählung 84 Orchideenarten. Ihre erste Hummel-Ragwurz hat sie in diesem \
Frühjahr am Badberg fotografiert, kniend im Trockenrasen, eine geschlagene halbe Stunde lang.

In der Mittagspause am Hohlweg ging das Gespräch bald um den Norden. Seo-yeons jüngerer Bruder \
leistet seinen Wehrdienst bei der Marine auf Yeonpyeong, einer Insel keine zwölf Kilometer vor \
der nordkoreanischen Küste. Auf seinem Stützpunkt, so schrieb sie uns später, rechne man damit, \
dass Pjöngjang bis zum Winter noch einmal [[10.000]] Mann nach Russland schicke. Die Offiziere \
dort verfolgten jede Meldung aus Kursk, als ginge es um die eigene Insel.

## Was die Regierungen sagen

Ende April haben Moskau und Pjöngjang den Einsatz zum ersten Mal offiziell bestätigt; eine Zahl \
nannte keine der beiden Seiten. Der südkoreanische Geheimdienst NIS legte am 30. April nach: \
Insgesamt seien [[rund 15.000]] Soldaten entsandt worden, die Verluste beliefen sich auf \
[[4.700]] Tote und Verwundete, darunter [[etwa 600]] Gefallene.

Nach Angaben des ukrainischen Militärgeheimdienstes HUR stehen derzeit \
[[zwischen 8.000 und 9.000]] Nordkoreaner in den Grenzgebieten Kursk und Belgorod. Ein \
Pentagon-Sprecher erklärte vergangene Woche, [[mehrere tausend]] von ihnen seien aus der \
vordersten Linie abgezogen und in Lager im Hinterland verlegt worden. Nato-Generalsekretär Mark \
Rutte sprach am Donnerstag in Brüssel von [[Tausenden]] Nordkoreanern, die auf russischer Seite \
Kampferfahrung gesammelt hätten – „eine Lektion, die Pjöngjang nicht vergessen wird“.

Seo-yeon selbst hält die offiziellen Verlustzahlen für zu niedrig. „Ich wäre nicht überrascht, \
wenn es [[über 6.000]] Tote und Verletzte wären“, sagt sie. Die jungen Männer aus dem Norden, \
meint sie, hätten nie eine Ragwurz gesehen und würden wohl auch nie eine zu sehen bekommen.

## Termine und Hinweise

- Nächste Zählung: Samstag, 7. Juni, Treffpunkt 8.30 Uhr am Parkplatz unterhalb des Badbergs
- Bitte bleiben Sie auf den Wegen: Eine zertretene Bocksriemenzunge braucht bis zu acht Jahre, \
bis sie wieder blüht.
- Der Jahresbeitrag beträgt 15 Euro; für den Hohlweg-Fonds sind bisher 2.340 Euro eingegangen.
- Kontakt: 07642 91 83 26
""",
    claims=(
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a botanist relaying her brother's base on Yeonpyeong ('so schrieb sie uns später', no "
          "day; the speaker quoted: other), Konjunktiv: 'noch einmal' by winter (increment "
          "before the figure, span without the words, planned)", add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'legte am 30. April nach', Konjunktiv: sent in all"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same statement: dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, 'darunter' (a breakdown, not an increment): fallen"),
        C("zwischen 8.000 und 9.000", None, "range", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes HUR' (undated): in the Kursk and "
          "Belgorod border areas"),
        C("mehrere tausend", None, "vague", "in_russia", "united_states", "lastweek",
          "a Pentagon spokesman 'erklärte vergangene Woche': pulled back from the front line to "
          "camps in the rear (in Russia, not at the front)"),
        C("Tausenden", None, "vague", "near_front", "nato", "thu",
          "Rutte 'sprach am Donnerstag in Brüssel von' (15 May, Tuesday newsletter): combat "
          "experience on the Russian side (in combat)"),
        C("über 6.000", 6000, "at_least", "casualties", "other", "pub",
          "the botanist's own reckoning in a quote ('sagt sie', undated): dead and wounded"),
    ),
)

S02 = Source(
    article_id="s135_02_rebschule_burkheim",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Rebveredlung Gsell – Kundenbrief",
        "https://www.rebveredlung-gsell-burkheim.example/kundenbrief/fruehjahr-2025",
        "Kundenbrief Frühjahr 2025: Pfropfreben und ein Gast aus Schabo",
    ),
    features="a vine-grafting nursery's customer letter from Burkheim am Kaiserstuhl as plain "
        "text, windows-1252 with CRLF (`„“`, `–`, `·`), no date in the file (sidecar, Thursday); "
        "the grafting season first; a grafter from Shabo on the Dniester estuary relaying his "
        "brother's call 'Am Sonntag' `ein paar hundert` at the border (other, Sunday to "
        "publication) and his own 'glaubt' `Zehntausende` (other, planned, `pub`); Seoul's joint "
        "chiefs 'am 10. März' `rund 3.000` 'zusätzliche' (increment, span without the word) and, "
        "by 'bezifferten die Militärs', `etwa 4.000` dead and wounded; Washington 'Anfang März' "
        "`11.000 bis 12.000` (range); 'Nach Einschätzung des ukrainischen Generalstabs' `bis zu "
        "2.500` in the front line (`pub`); the Kremlin spokesman without a figure; the letter's "
        "own 'Rechnet man … zusammen, wären' `gut 14.000` (unattributed, required); Russian "
        "losses, grafted vines, varieties, rootstocks, years, a founding year, euros, a town's "
        "population, a phone number",
    text="""\
Rebveredlung Gsell · Burkheim am Kaiserstuhl
Kundenbrief Frühjahr 2025

Liebe Winzerinnen und Winzer,

die Veredlungswochen sind vorbei. Seit dem 24. Februar haben wir in der Halle am Ortsrand \
186.000 Pfropfreben geschnitten, gewachst und in die Vortreibkisten gestellt, 42 Sorten auf neun \
verschiedenen Unterlagen. Der Spätburgunder auf SO4 ist wie jedes Jahr der Renner; für \
Souvignier gris und Muscaris können Sie noch Reben für die Pflanzung 2026 bestellen.

Ein Gast aus Schabo

Zum zweiten Mal hat uns Wiktor Melnyk beim Veredeln geholfen. Er ist 38 und stammt aus Schabo \
am Dnister-Liman, einem Weindorf, das 1822 von Winzern aus dem Waadtland gegründet wurde. Dort \
hat er 15 Jahre lang Reben gepfropft, bis die Drohnen kamen. Seine Familie ist geblieben, sein \
Bruder Oleksandr fährt einen Schützenpanzer in einer Brigade im Norden des Landes.

In der Halle läuft beim Schneiden das Radio, und Wiktor hört genau hin, sobald es um Kursk geht. \
Am Sonntag, erzählte er uns, habe Oleksandr angerufen: In seinem Abschnitt an der Grenze seien \
[[ein paar hundert]] Nordkoreaner aufgetaucht, besser ausgerüstet als noch im Winter. Wiktor \
glaubt, dass Kim am Ende [[Zehntausende]] schicken wird. „Für Putin sind das Soldaten, die \
nie ausgehen“, sagt er und legt die nächste Unterlage auf den Tisch.

Was aus den Hauptstädten zu hören ist

Der Generalstab in Seoul teilte am 10. März mit, Pjöngjang habe im Januar und Februar \
[[rund 3.000]] zusätzliche Männer über Wladiwostok nach Russland verlegt. Tote und Verwundete \
im nordkoreanischen Kontingent bezifferten die Militärs auf [[etwa 4.000]]. In Washington schätzte \
man die Gesamtzahl Anfang März auf [[11.000 bis 12.000]].

Nach Einschätzung des ukrainischen Generalstabs kämpfen seit Anfang März wieder \
[[bis zu 2.500]] Nordkoreaner in vorderster Linie, vor allem rund um Sudscha. Kiew beziffert die \
russischen Verluste allein im Februar auf mehr als 30.000 Mann. Aus Moskau kommt zu alldem kein \
Wort; der Kremlsprecher verwies am Montag nur erneut auf den Beistandsvertrag von 2024.

Rechnet man die Meldungen aus Seoul zusammen, wären seit Oktober [[gut 14.000]] Nordkoreaner \
nach Russland gegangen – fast so viele Menschen, wie in Breisach wohnen.

Hinweise
– Abholung der bestellten Reben: ab 22. April, Montag bis Samstag 8 bis 12 Uhr
– Preis pro Pfropfrebe: 1,45 Euro, ab 5.000 Stück 1,32 Euro
– Für Wiktors Heimatgemeinde kamen beim Veredlerfest 1.870 Euro zusammen.
Bestellungen und Fragen: 07662 94 07 18
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "sun..pub",
          "a grafter relaying his brother's call 'Am Sonntag' ('erzählte er uns', no day; the "
          "speaker quoted: other), Konjunktiv: turned up in his sector at the border (from the "
          "call to publication)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the grafter 'glaubt' (undated): how many Kim will send in the end"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-10",
          "Seoul's joint chiefs 'teilte am 10. März mit', Konjunktiv: 'zusätzliche' moved to "
          "Russia in January and February (increment, span without the word)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "2025-03-10",
          "same statement, 'bezifferten die Militärs' (a role for the same source): dead and "
          "wounded"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states",
          "2025-03-01..2025-03-10",
          "'In Washington schätzte man … Anfang März' (days 1-10): the total"),
        C("bis zu 2.500", 2500, "at_most", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Generalstabs' (undated): fighting in the front "
          "line again"),
        C("gut 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own 'Rechnet man die Meldungen aus Seoul zusammen, wären' (no source: "
          "unattributed, required; 'gut' as at_least)"),
    ),
)

S03 = Source(
    article_id="s135_03_rafting_gstatterboden_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-11-08"),
    dated_by="sidecar",
    sidecar=(
        "Ennswild Rafting Gstatterboden",
        "https://www.ennswild-rafting.example/saisonbrief/2024",
        "Die Enns ist wieder still",
    ),
    features="a rafting outfitter's season letter from Gstatterboden in the Gesäuse (Styria) in "
        "HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`), no meta date (sidecar, Friday), Austrian conventions (`heuer`, `Jänner`, "
        "`Feber`, `Passt schon`), a cookie bar, a page script, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; the season first; a rafting guide from "
        "Kyiv relaying his cousin's message 'Am Montag' `an die 2.000` gathering near Sudzha "
        "(other, Monday to publication); Zelensky 'am Montagabend' `11.000` in Kursk; Blinken "
        "'am 31. Oktober' `rund 10.000` in Russia 'von denen' `8.000` in Kursk (a breakdown); "
        "the South Korean service 'Ende Oktober' `etwa 12.000` by December (planned); 'In Kiew "
        "hieß es am Mittwoch' `Dutzende` killed; 'Aus Nato-Kreisen verlautete' `weit mehr als "
        "12.000` in the end (planned, `pub`); Choe Son Hui in Moscow without a figure; guests, "
        "days, kilometres, boats, euros, a percentage, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Saisonbrief &ndash; Ennswild Rafting Gstatterboden</title>
<script>var ewr={seite:"saisonbrief",saison:2024,boote:9};</script>
</head>
<body>
<div class="cookie-leiste">Ein einziges Cookie merkt sich, welche Tour Sie zuletzt angesehen \
haben. <button>Passt schon</button></div>
<nav><a href="/">Start</a> &middot; <a href="/touren">Touren</a> &middot; <a \
href="/saisonbrief">Saisonbrief</a> &middot; <a href="/gutscheine">Gutscheine</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<main>
<h1>Die Enns ist wieder still</h1>
<p>Liebe Paddelfreundinnen und Paddelfreunde, am 27. Oktober haben wir die Boote aus dem Wasser \
geholt. Heuer waren 4.120 Gäste mit uns im Gesäuse unterwegs, so viele wie nie zuvor, und das \
trotz des Hochwassers im September, das uns elf Tage lang vom Fluss ferngehalten hat. Die \
Strecke vom Gesäuseeingang bis Hieflau misst 14 Kilometer, und im Kummerbrückenschwall ist \
heuer niemand über Bord gegangen, der es nicht selbst wollte.</p>
<h2>Taras und sein Cousin</h2>
<p>Einer unserer Guides war heuer zum ersten Mal Taras Kowal, 29, der vor dem Krieg in Kiew \
Kajakkurse auf dem Dnipro gegeben hat. Sein Cousin Bohdan liegt mit einer Luftlandebrigade im \
russischen Gebiet Kursk, das die ukrainische Armee seit August zum Teil hält. Am Montag habe \
Bohdan ihm geschrieben, gegenüber seiner Stellung bei Sudscha sammelten sich \
[[an die 2.000]] Nordkoreaner, erzählte Taras beim Abschlussgrillen. &bdquo;Er sagt, die graben \
sich ein wie die Maulwürfe.&ldquo;</p>
<h2>Was man aus den Hauptstädten hört</h2>
<p>Die Zahlen, die Taras auf dem Handy verfolgt, steigen von Woche zu Woche. Der ukrainische \
Präsident Selenskyj sagte am Montagabend, [[11.000]] Nordkoreaner stünden inzwischen im Gebiet \
Kursk. US-Außenminister Antony Blinken hatte schon am 31. Oktober von [[rund 10.000]] \
nordkoreanischen Soldaten in Russland gesprochen, von denen [[8.000]] bereits nach Kursk \
verlegt worden seien.</p>
<p>Der südkoreanische Geheimdienst hatte Ende Oktober gewarnt, Pjöngjang wolle bis Dezember \
insgesamt [[etwa 12.000]] Mann entsenden. In Kiew hieß es am Mittwoch, bei ersten Gefechten \
seien [[Dutzende]] Nordkoreaner ums Leben gekommen. Aus Nato-Kreisen verlautete, es könnten am \
Ende [[weit mehr als 12.000]] werden. Der Kreml schweigt; Nordkoreas Außenministerin Choe Son \
Hui ließ sich am Montag in Moskau mit Sergej Lawrow fotografieren, nannte aber keine Zahl.</p>
<h2>Für die kalte Zeit</h2>
<p>Im Jänner und Feber gehen wir Eisklettern an den gefrorenen Fällen bei Johnsbach; ein \
Kurstag kostet 95 Euro. Gutscheine für die Saison 2025 gibt es bis Ende Feber um zehn Prozent \
günstiger. Taras bleibt über den Winter und hilft beim Flicken der Boote &ndash; neun sind es, \
und jedes hat heuer mindestens einen Riss abbekommen.</p>
</main>
<footer>Ennswild Rafting &middot; Gstatterboden 12 &middot; 8913 Weng im Gesäuse &middot; \
Tel. 03613 24 77 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/touren.js"></script>
</body>
</html>
""",
    claims=(
        C("an die 2.000", 2000, "approx", "near_front", "other", "mon..pub",
          "a rafting guide relaying his cousin near Sudzha, who wrote 'Am Montag' ('erzählte "
          "Taras beim Abschlussgrillen', no day; the speaker quoted: other), Konjunktiv: "
          "gathering opposite his position ('an die' as approx; from the message to "
          "publication)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sagte am Montagabend' (4 November, Friday letter): in the Kursk region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-31",
          "Blinken 'hatte schon am 31. Oktober … gesprochen': in Russia"),
        C("8.000", 8000, "exact", "near_front", "united_states", "2024-10-31",
          "same statement, 'von denen' (a breakdown): moved to Kursk already"),
        C("etwa 12.000", 12000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "the South Korean service 'hatte Ende Oktober gewarnt' (day 21 to the month's end): "
          "Pyongyang wants to send in all by December (planned)"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "wed",
          "'In Kiew hieß es am Mittwoch' (6 November): killed in the first clashes"),
        C("weit mehr als 12.000", 12000, "at_least", "planned", "nato", "pub",
          "'Aus Nato-Kreisen verlautete' (undated): could be in the end ('weit mehr als' as "
          "at_least, a forecast: planned)"),
    ),
)

S04 = Source(
    article_id="s135_04_kaviarpost_frutigen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-11"),
    dated_by="dateline",
    features="a sturgeon farm's caviar letter from Frutigen in the Kandertal (Bernese Oberland) "
        "as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `11'000`, `15'000`, `3'450`, "
        "4-digit `4000`/`2700`), dated by the place line 'Frutigen, 11. Februar 2025' (Tuesday); "
        "the harvest first; a fish biologist from Vylkove relaying her husband's voice message "
        "'vom Samstag' `mehr als 40` advancing in one night (other, Saturday to publication) and "
        "'rechnet damit' `15'000 oder mehr` by spring (`or more` after the figure: at_least, "
        "planned, other, `pub`); Zelensky 'am Sonntag in einem Fernsehinterview' `rund 4000` "
        "killed or wounded; the South Korean service 'am 13. Januar' `rund 300` dead and `2700` "
        "wounded (not an increment); 'Aus dem Pentagon hiess es vergangene Woche' `rund 11'000` "
        "stationed in Russia; 'Nato-Kreise … gehen davon aus' `Tausende` 'weitere' (increment "
        "after the figure, planned, `pub`); Moscow without a figure; tonnes, kilograms, degrees, "
        "litres, grams, francs, a phone number",
    text="""\
KAVIARPOST
Neuigkeiten aus der Störzucht am Lötschberg

Frutigen, 11. Februar 2025

Liebe Kundinnen und Kunden

Der Winter ist unsere Erntezeit. Seit Anfang Dezember haben wir 1,8 Tonnen Störe abgefischt und \
daraus 212 Kilogramm Kaviar gewonnen, mehr als in jedem Jahr zuvor. Das Bergwasser, das aus dem \
Basistunnel mit 18 Grad zu uns fliesst, hält die Becken auch bei minus zehn Grad warm; rund 70 \
Liter pro Sekunde laufen Tag und Nacht durch die Anlage.

Eine Fischbiologin aus dem Donaudelta

Seit einem Jahr arbeitet Natalija Sacharuk bei uns. Sie stammt aus Wylkowe im ukrainischen \
Donaudelta, wo ihre Familie seit Generationen vom Fischfang lebt, und hat dort in einer \
Versuchsstation Sterlets und Hausen nachgezogen. Ihr Mann Dmytro steuert Aufklärungsdrohnen im \
russischen Gebiet Kursk, wo die ukrainische Armee noch immer einen Streifen um Sudscha hält.

In einer Sprachnachricht vom Samstag, erzählt Natalija, habe Dmytro geschildert, wie in einer \
einzigen Nacht [[mehr als 40]] Nordkoreaner über ein verschneites Feld auf seine Stellung \
vorgerückt seien. «Sie rennen weiter, auch wenn die Drohne schon über ihnen steht», habe er \
gesagt. Natalija rechnet damit, dass es bis zum Frühling [[15'000 oder mehr]] sein werden.

Die Zahlen der Regierungen

Präsident Selenskyj sagte am Sonntag in einem Fernsehinterview, [[rund 4000]] Nordkoreaner \
seien bisher getötet oder verwundet worden. Der südkoreanische Nachrichtendienst hatte am \
13. Januar von [[rund 300]] Toten und [[2700]] Verwundeten gesprochen; seither seien die \
Einheiten aus der Front genommen worden und würden neu geschult, hiess es Ende Januar in Seoul.

Aus dem Pentagon hiess es vergangene Woche, [[rund 11'000]] Nordkoreaner seien weiterhin in \
Russland stationiert. Nato-Kreise in Brüssel gehen davon aus, dass Pjöngjang [[Tausende]] \
weitere Soldaten auf einen Einsatz vorbereitet. Moskau bestreitet jede Beteiligung.

Aus der Anlage

- Kaviar «Lötschberg»: 50 Gramm für 145 Franken, 125 Gramm für 340 Franken
- Führungen durch Tropenhaus und Zuchtbecken jeden Samstag um 14 Uhr, Erwachsene 28 Franken
- Für Natalijas Familie in Wylkowe sind 3'450 Franken zusammengekommen; davon wurde ein
  Stromerzeuger gekauft. Merci vielmals!
- Bestellungen: 033 671 42 90
""",
    claims=(
        C("mehr als 40", 40, "at_least", "near_front", "other", "sat..pub",
          "a fish biologist relaying her husband's voice message 'vom Samstag' ('erzählt "
          "Natalija', no day; the speaker quoted: other), Konjunktiv: advancing on his position "
          "in one night (from the message to publication)"),
        C("15'000 oder mehr", 15000, "at_least", "planned", "other", "pub",
          "the biologist 'rechnet damit' (undated): by spring ('oder mehr' after the figure as "
          "at_least, in the span; a forecast: planned)"),
        C("rund 4000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag in einem Fernsehinterview' (9 February, Tuesday letter): "
          "killed or wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the South Korean service 'hatte am 13. Januar … gesprochen': dead"),
        C("2700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded (a second group, not an increment)"),
        C("rund 11'000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'Aus dem Pentagon hiess es vergangene Woche', Konjunktiv: stationed in Russia"),
        C("Tausende", None, "vague", "planned", "nato", "pub",
          "'Nato-Kreise in Brüssel gehen davon aus' (undated): 'weitere' being prepared "
          "(increment after the figure, planned)", add=True),
    ),
)

S05 = Source(
    article_id="s135_05_flussbrief_dollnstein_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-06-25"),
    dated_by="html_meta",
    features="a canoe rental's river letter from Dollnstein in the Altmühltal (Bavaria) in HTML, "
        "UTF-8, `<meta name=\"date\">` (Wednesday), a cookie note about the boat booking, a page "
        "script, navigation, a list, a footer with a phone number; `<title>` without a figure; "
        "low water first; a geography student from Gwangju relaying her father, a retired "
        "major, who 'geht … davon aus' `30.000 bis 40.000` kept ready (range, planned, other, "
        "`pub`) and her own 'schätzt' `über tausend` fallen (number word, other, `pub`); Shoigu "
        "'am Dienstag vergangener Woche in Pjöngjang' `6.000` sappers and builders for Kursk "
        "(planned, russia, an ISO date); the NIS 'am Montag' `rund 15.000` gone to Russia; "
        "'Nach Angaben von Kyrylo Budanow, dem Chef des …' `etwa 11.000` in Kursk (`pub`); KCNA "
        "'am 19. Juni' `Hunderte` decorated returnees (optional); Rutte 'gestern am Rande des "
        "Gipfels in Den Haag' `Tausende` fighting for Russia (nato, `yday`); water level, "
        "paddlers, boats, kilometres, euros, centimetres, the village's population, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-06-25">
<title>Flussbrief – Altmühl-Kanu Dollnstein</title>
<meta property="og:site_name" content="Altmühl-Kanu Dollnstein">
<script>window.akd={seite:"flussbrief",pegel:"niedrig",boote:120};</script>
</head>
<body>
<div id="cookies">Wir speichern ein Cookie, damit Sie Ihre Bootsreservierung nicht zweimal \
eintippen müssen. <a href="#" class="ok">In Ordnung</a></div>
<nav><a href="/">Start</a> | <a href="/touren">Touren &amp; Preise</a> | <a \
href="/flussbrief">Flussbrief</a> | <a href="/anfahrt">Anfahrt</a></nav>
<article>
<h1>Niedrigwasser und ein Gast aus Gwangju</h1>
<p>Die Altmühl zieht in diesem Juni so träge an Dollnstein vorbei wie lange nicht: Der Pegel \
stand am Montag bei 41 Zentimetern. Trotzdem sind seit Pfingsten 2.630 Paddlerinnen und \
Paddler mit unseren 120 Booten nach Eichstätt gefahren, 22 Kilometer zwischen Wacholderheiden \
und hellen Kalkfelsen, und nur zwei Boote sind dabei gekentert.</p>
<h2>Min-seo an der Einsetzstelle</h2>
<p>Seit Mai steht Jung Min-seo, 24, an unserem Steg und zeigt Schulklassen, wie man ein Kanu \
trägt, ohne sich den Rücken zu ruinieren. Sie studiert für ein Jahr Geografie in Eichstätt; zu \
Hause in Gwangju paddelt sie auf dem Yeongsan. Ihr Vater war Major der südkoreanischen Armee und \
hat zwölf Jahre an der Grenze gedient.</p>
<p>Er geht, so erzählt Min-seo, davon aus, dass Kim Jong Un [[30.000 bis 40.000]] Mann für \
Russland bereithält. Sie selbst schätzt, dass seit Jahresbeginn [[über tausend]] Nordkoreaner \
gefallen sind. „Bei uns zählt jede Familie mit, auch wenn es die Söhne der anderen sind“, \
sagt sie.</p>
<h2>Die Lage in Kursk</h2>
<p>Russlands Sicherheitsratschef Sergej Schoigu hatte am Dienstag vergangener Woche in \
Pjöngjang verkündet, der Norden schicke [[6.000]] Pioniere und Militärbauarbeiter, die im Gebiet \
Kursk Minen räumen und Brücken bauen sollen. Der südkoreanische Geheimdienst NIS teilte am \
Montag mit, bisher seien [[rund 15.000]] Nordkoreaner nach Russland gegangen; die ersten \
Bausoldaten könnten schon im Juli folgen. Nach Angaben von Kyrylo Budanow, dem Chef des \
ukrainischen Militärgeheimdienstes, stehen [[etwa 11.000]] weiterhin im Gebiet Kursk.</p>
<p>Die Staatsagentur KCNA zeigte am 19. Juni, wie Kim [[Hunderte]] aus Kursk heimgekehrte \
Soldaten mit Orden behängte. Nato-Generalsekretär Mark Rutte sagte gestern am Rande des Gipfels \
in Den Haag, [[Tausende]] Nordkoreaner kämpften nach wie vor für Russland.</p>
<h2>Kurz notiert</h2>
<ul>
<li>Ein Zweier-Kanadier kostet für die Tagestour 48 Euro, der Rücktransport mit dem Bus 9 Euro \
pro Person.</li>
<li>Fällt der Pegel unter 35 Zentimeter, sperrt das Landratsamt die Strecke für Boote.</li>
<li>Dollnstein zählt rund 2.900 Einwohner; an sonnigen Samstagen ist halb Franken auf dem \
Fluss.</li>
</ul>
</article>
<footer>Altmühl-Kanu Dollnstein &middot; Bahnhofstraße 7 &middot; 91795 Dollnstein &middot; \
Telefon 08422 98 57 10 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/reservierung.js"></script>
</body>
</html>
""",
    claims=(
        C("30.000 bis 40.000", None, "range", "planned", "other", "pub",
          "a student relaying her father, a retired major ('Er geht, so erzählt Min-seo, davon "
          "aus', undated; the speaker quoted: other): kept ready for Russia (planned)"),
        C("über tausend", 1000, "at_least", "casualties", "other", "pub",
          "the student's own 'schätzt' (undated): fallen since the start of the year (number "
          "word)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'hatte am Dienstag vergangener Woche in Pjöngjang verkündet' (the Tuesday of "
          "the week before: 17 June), Konjunktiv: sappers and builders to be sent to Kursk "
          "(planned)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "mon",
          "the NIS 'teilte am Montag mit' (23 June, Wednesday letter): gone to Russia so far"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Nach Angaben von Kyrylo Budanow, dem Chef des … Militärgeheimdienstes' (named before "
          "his role, undated): still in the Kursk region"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-06-19",
          "KCNA 'zeigte am 19. Juni': returnees from Kursk decorated (returnees: optional)",
          opt=True),
        C("Tausende", None, "vague", "near_front", "nato", "yday",
          "Rutte 'sagte gestern am Rande des Gipfels in Den Haag' (24 June), Konjunktiv: still "
          "fighting for Russia"),
    ),
)

S06 = Source(
    article_id="s135_06_baumkronenpfad_hainich_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-09-15"),
    dated_by="sidecar",
    sidecar=(
        "Baumkronenpfad Hainich – Besucherbrief",
        "https://www.baumkronenpfad-hainich.example/besucherbrief/spaetsommer-2025",
        "Spätsommer in den Baumkronen",
    ),
    features="a treetop walk's visitors' letter from the Hainich (Thuringia) in Markdown, UTF-16 "
        "LE with BOM, front matter without a date (sidecar, Monday) and a title without a figure; "
        "visitors and a wildcat first; a forest researcher from Chuncheon relaying his brother, "
        "a sergeant, who 'habe ihm letzte Woche geschrieben' that 'weitere' `10.000` will follow "
        "by the end of the year (increment before the figure, planned, other, `lastweek`); the "
        "NIS 'Anfang September' `rund 2.000` fallen and, carried by 'hieß es weiter', `Bis zu "
        "10.000` in the border regions (sentence-initial, near the front); Russia's ambassador "
        "in Pyongyang 'am Wochenende' `mehr als 5.000` builders at work in Kursk (russia, near "
        "the front); KCNA 'am Mittwoch' `Dutzenden` fallen (north_korea, casualties); the State "
        "Department 'im August' `rund 11.000` (the month); the letter's own 'Rechnet man … "
        "zusammen, kommt man auf' `fast 30.000` ('fast' as approx, unattributed, required); "
        "visitors, metres, minutes, 'bis zu 40 Minuten' and 'höchstens 25 Personen' (not "
        "claims), euros, ages, a town's population, a phone number",
    text="""\
---
title: "Besucherbrief Spätsommer 2025"
rubrik: Neues vom Pfad
ausgabe: 3/2025
---

# Spätsommer in den Baumkronen

Die Buchen im Hainich werden an den Spitzen schon gelb, und auf dem Steg in 24 Metern Höhe ist \
es morgens wieder angenehm kühl. Von Mai bis Ende August sind 118.400 Besucherinnen und \
Besucher über unseren Pfad gegangen; an Spitzentagen stand man am Turm bis zu 40 Minuten an. \
Die Wildkatze, die im Juli zweimal unter dem Steg gesehen wurde, hat sich seither nicht mehr \
blicken lassen.

## Ein Forscher aus Chuncheon

Einer unserer treuesten Gäste ist kein Tourist. Park Ji-hoon, 35, misst für ein \
Forschungsprojekt der Universität Jena, wie viel Wasser alte Buchen in trockenen Sommern \
verdunsten, und steigt dafür dreimal die Woche mit seinen Sensoren auf den Turm. Er stammt aus \
Chuncheon in der Provinz Gangwon, keine Autostunde von der innerkoreanischen Grenze entfernt.

Sein älterer Bruder ist Oberfeldwebel in einer Artilleriebrigade nahe der Demarkationslinie. Der \
habe ihm letzte Woche geschrieben, berichtet Ji-hoon, im Stab rechne man damit, dass Pjöngjang \
bis Jahresende weitere [[10.000]] Soldaten nach Russland in Marsch setze. „Drüben zählt niemand \
die eigenen Toten, also zählen wir sie“, soll der Bruder noch angefügt haben.

## Was Seoul, Moskau und Pjöngjang melden

Der südkoreanische Geheimdienst NIS erklärte Anfang September vor dem Geheimdienstausschuss in \
Seoul, [[rund 2.000]] Nordkoreaner seien inzwischen gefallen. [[Bis zu 10.000]] stünden nach \
wie vor in den russischen Grenzgebieten zur Ukraine, hieß es weiter.

Russlands Botschafter in Pjöngjang sagte am Wochenende dem Staatssender Rossija, \
[[mehr als 5.000]] nordkoreanische Bausoldaten hätten ihre Arbeit im Gebiet Kursk aufgenommen. \
Die Nachrichtenagentur KCNA berichtete am Mittwoch, Kim Jong Un habe den Familien von \
[[Dutzenden]] Gefallenen neue Wohnungen in der Hauptstadt übergeben. Das US-Außenministerium \
ging im August von [[rund 11.000]] Nordkoreanern in Russland aus.

Rechnet man alle Kontingente seit dem Herbst 2024 zusammen, kommt man auf [[fast 30.000]] \
Nordkoreaner – knapp doppelt so viele Menschen, wie in Bad Langensalza wohnen.

## Aus dem Pfad

- Der Pfad ist bis 31. Oktober täglich von 10 bis 18 Uhr geöffnet, danach bis 16 Uhr.
- Eintritt: Erwachsene 14 Euro, Kinder ab sechs Jahren 9 Euro.
- Führung „Nacht im Urwald“ am 27. September um 19.30 Uhr, höchstens 25 Personen.
- Ji-hoon hat versprochen, zum Erntedankfest Kimchi aus Kohl vom Hainichrand mitzubringen.
- Kasse und Auskunft: 036022 98 14 60
""",
    claims=(
        C("10.000", 10000, "exact", "planned", "other", "lastweek",
          "a researcher relaying his brother, a sergeant, who 'habe ihm letzte Woche "
          "geschrieben' (the speaker quoted: other), Konjunktiv: 'weitere' by the end of the "
          "year (increment before the figure, span without the word, planned)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'erklärte Anfang September' (days 1-10): fallen"),
        C("Bis zu 10.000", 10000, "at_most", "near_front", "south_korea",
          "2025-09-01..2025-09-10",
          "same statement, carried by 'hieß es weiter' (sentence-initial figure): in the "
          "Russian regions bordering Ukraine"),
        C("mehr als 5.000", 5000, "at_least", "near_front", "russia", "sat..sun",
          "Russia's ambassador in Pyongyang 'sagte am Wochenende dem Staatssender' (13-14 "
          "September, Monday letter): builders at work in the Kursk region (in Kursk: near the "
          "front)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "wed",
          "KCNA 'berichtete am Mittwoch' (10 September): families of the fallen given flats"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "2025-08-01..2025-08-31",
          "the State Department 'ging im August von … aus' (the month): in Russia"),
        C("fast 30.000", 30000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own 'Rechnet man alle Kontingente … zusammen, kommt man auf' (no source: "
          "unattributed, required; 'fast' as approx)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Vancouver Island, the Aran Islands, Saint Lucia)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s135_07_coast_wire_ucluelet",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Ucluelet (Vancouver Island's west coast, British "
        "Columbia) as plain text, UTF-8 with CRLF, slug line and dateline 'UCLUELET, British "
        "Columbia, April 29, 2025 (Island Coast Wire) –' (Tuesday), curly quotes; the "
        "headline's `4,000` from HUR's Monday statement below (Monday to publication, hedge "
        "dropped); a fish-plant worker from Mykolaiv relaying her son's call 'on Sunday' "
        "`dozens` in a night raid (other, Sunday to publication); KCNA and Gerasimov without a "
        "figure; HUR 'said on Monday' `more than 4,000` killed or wounded and `about 3,000` in "
        "the border areas; the NIS `around 15,000` 'earlier this month' (the 1st to "
        "publication, the claimant named before the figure); a State Department spokesperson "
        "'last week' `several thousand` inside Russia; 'a NATO official …, speaking on "
        "background' `up to 3,000` 'fresh troops' (at_most, increment, `pub`); Canada's foreign "
        "ministry 'in a statement on Friday' `more than 10,000` (a third government: other); a "
        "mechanic from Odesa who 'reckons' `closer to 6,000` dead and wounded ('closer to' as "
        "approx, other, `pub`); a village's population, visas, newcomers, ages, years, a wire "
        "trailer with a phone number",
    text="""\
CANADA-UKRAINE/NEWCOMERS (ISLAND COAST WIRE)

Kyiv says [[4,000]] North Koreans killed or wounded as Pyongyang admits Kursk role; Ukrainians \
on B.C. coast listen in

UCLUELET, British Columbia, April 29, 2025 (Island Coast Wire) – On the dock behind the fish \
plant in this village of 1,800 on Vancouver Island’s west coast, the talk among Ukrainian \
newcomers this week has been of North Korea, which on Monday admitted for the first time that \
its soldiers had fought for Russia in the Kursk region.

Oksana Hrytsenko, 44, who has filleted hake and rockfish at the plant since arriving from \
Mykolaiv in 2023, said her son Denys, a drone operator in the Sumy region, had told her by phone \
on Sunday that [[dozens]] of North Koreans had joined a night raid across the border near his \
position. “He says they come in small groups now, not in waves,” she said, peeling off her \
rubber gloves.

On Monday North Korea’s state news agency KCNA said that Kim Jong Un had ordered the deployment \
under the mutual defence treaty. On Saturday Moscow’s top general, Valery Gerasimov, had \
praised the North Korean troops by name. Neither gave a number.

Ukraine’s military intelligence agency said on Monday that North Korean losses since November \
stood at [[more than 4,000]] dead and wounded, and that [[about 3,000]] of Kim’s men remained in \
the border areas of Kursk and Belgorod. South Korea’s National Intelligence Service put the \
total sent to Russia at [[around 15,000]] earlier this month.

A U.S. State Department spokesperson said last week that [[several thousand]] were still \
deployed inside Russia, and a NATO official in Brussels, speaking on background, said \
[[up to 3,000]] fresh troops had arrived from the North since January. Canada’s foreign \
ministry, in a statement on Friday, cited “credible reports” of [[more than 10,000]] North \
Korean soldiers in Russia and called the deployment a grave escalation.

Ottawa has taken in close to 300,000 Ukrainians under an emergency visa program since 2022, \
and about 40 of them have settled in Ucluelet and neighbouring Tofino, where fish plants and \
hotels are short of staff.

Vasyl Bondar, 58, a former ship’s mechanic from Odesa who now fixes outboard engines at the \
harbour, reckons the real toll among the North Koreans is [[closer to 6,000]] dead and wounded. \
“Nobody on that side of the line counts carefully,” he said.

Denys, his mother said, has asked for a box of Canadian chocolate bars for his crew.

(Reporting by Marnie Sutherland in Ucluelet; editing by Grant Okafor)
((coastdesk@islandcoastwire.example; +1 250 726 0193))
-- ends --
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "wire headline 'Kyiv says': HUR's Monday figure below ('more than 4,000'), hedge "
          "dropped (Monday to the Tuesday of publication)"),
        C("dozens", None, "vague", "near_front", "other", "sun..pub",
          "a fish-plant worker relaying her son, a drone operator ('had told her by phone on "
          "Sunday'; she 'said' without a day; the speaker quoted: other): joined a night raid "
          "across the border (from the call to publication)"),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "mon",
          "HUR 'said on Monday' (28 April, Tuesday wire): killed or wounded since November"),
        C("about 3,000", 3000, "approx", "near_front", "ukraine", "mon",
          "same statement: remained in the border areas of Kursk and Belgorod"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..pub",
          "the NIS 'put the total sent to Russia at … earlier this month' (the 1st to "
          "publication)"),
        C("several thousand", None, "vague", "in_russia", "united_states", "lastweek",
          "'A U.S. State Department spokesperson said last week': still deployed inside Russia"),
        C("up to 3,000", 3000, "at_most", "in_russia", "nato", "pub",
          "'a NATO official in Brussels, speaking on background' (undated): 'fresh troops' "
          "arrived since January (reinforcements: increment, span without the words)", add=True),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "fri",
          "Canada's foreign ministry 'in a statement on Friday' (25 April; a third government: "
          "other): soldiers in Russia"),
        C("closer to 6,000", 6000, "approx", "casualties", "other", "pub",
          "a former ship's mechanic who 'reckons' ('he said', no day): dead and wounded "
          "('closer to' as approx)"),
    ),
)

S08 = Source(
    article_id="s135_08_oyster_letter_tofino_html",
    language="en", fmt="html", encoding="utf-16", published=day("2024-12-06"),
    dated_by="sidecar",
    sidecar=(
        "Clayoquot Tide Oysters",
        "https://www.clayoquottideoysters.example/letter/december-2024",
        "Cold water, fat oysters, and a visitor from Tongyeong",
    ),
    features="an oyster farm's letter from Tofino (Clayoquot Sound, Vancouver Island's west "
        "coast) in HTML, UTF-16 LE with BOM, no meta date (sidecar, Friday), a cookie bar about "
        "the order form, a page script, navigation, entities (`&rsquo;`, `&ldquo;`, `&ndash;`, "
        "`&middot;`), a footer with a phone number; `<title>` and headline without a figure; "
        "the harvest first; a shellfish technician from Tongyeong relaying her uncle, a marine "
        "on Baengnyeong, 'another' `20,000` ready (increment, planned, other, `pub`); the NIS "
        "chief 'on 28 November' `more than 11,000` folded into Russian units (near the front); "
        "the Pentagon 'on Tuesday' `above 10,000` in Kursk ('above' as at_least); HUR "
        "'yesterday' `about 200` killed (`yday`); Rutte 'in Brussels on Wednesday' `hundreds` of "
        "casualties; Zelensky 'on Sunday' `as many as 100,000` (at_most, planned); the Kremlin "
        "without a figure; rafts, degrees, oysters, boxes, dollars, dates, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Letter from the Inlet &ndash; Clayoquot Tide Oysters</title>
<script>var cto={page:"letter",harvest:"winter",rafts:12};</script>
</head>
<body>
<div class="cookie-bar">One cookie remembers your pickup day so the order form fills itself in. \
<a href="#" id="accept">Sounds good</a></div>
<nav><a href="/">Home</a> | <a href="/oysters">Our Oysters</a> | <a href="/letter">Letter from \
the Inlet</a> | <a href="/order">Order</a> | <a href="/visit">Visit</a></nav>
<main>
<h1>Cold water, fat oysters, and a visitor from Tongyeong</h1>
<p>December is when the oysters in Lemmens Inlet are at their best: the water has dropped to 8 \
degrees, and the Pacifics hanging from our 12 rafts have firmed up nicely. We shipped 41,000 \
oysters in November, most of them to restaurants in Victoria and Vancouver, and our holiday \
boxes of three dozen are now on sale for $95.</p>
<h2>Eun-ji&rsquo;s tumbling bags</h2>
<p>For six weeks this autumn we had help from Kang Eun-ji, 29, a shellfish technician from \
Tongyeong on Korea&rsquo;s south coast, where her family has grown oysters on longlines for \
three generations. She showed us a new way of tumbling the seed, and she taught the crew to eat \
raw oysters with gochujang, which not everybody has forgiven her for.</p>
<p>Her uncle is a master sergeant in the marines on Baengnyeong Island, within sight of the \
North. &ldquo;He thinks Pyongyang has another [[20,000]] ready to go the moment Moscow \
asks,&rdquo; Eun-ji said on her last morning on the rafts.</p>
<h2>The news she followed</h2>
<p>South Korea&rsquo;s intelligence chief told a closed session of parliament on 28 November \
that [[more than 11,000]] North Korean soldiers had been folded into Russian marine and airborne \
units, some of them already in combat. The Pentagon said on Tuesday that the number in the \
Kursk region was [[above 10,000]], and Kyiv&rsquo;s military intelligence reported yesterday \
that [[about 200]] had been killed in the fighting so far. NATO&rsquo;s Mark Rutte, in Brussels \
on Wednesday, spoke of [[hundreds]] of North Korean casualties.</p>
<p>Volodymyr Zelensky warned on Sunday that Pyongyang could eventually send \
[[as many as 100,000]] men. The Kremlin, as usual, said nothing about numbers at all.</p>
<h2>Before you order</h2>
<p>Holiday pickups are at the Fourth Street dock on 20, 21 and 23 December between 10 and 2. \
Shucking knives are $22. The farm tour by boat starts again on Saturdays in March, and kids \
under 10 ride free.</p>
</main>
<footer>Clayoquot Tide Oysters &middot; Tofino, B.C. &middot; 250-725-0318 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/static/order.js"></script>
</body>
</html>
""",
    claims=(
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a technician relaying her uncle, a marine on Baengnyeong ('He thinks', 'Eun-ji said "
          "on her last morning', no day; the speaker quoted: other): 'another' ready to go "
          "(increment, span without the word, planned)", add=True),
        C("more than 11,000", 11000, "at_least", "near_front", "south_korea", "2024-11-28",
          "the NIS chief 'told a closed session of parliament on 28 November': folded into "
          "Russian marine and airborne units, some in combat"),
        C("above 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "the Pentagon 'said on Tuesday' (3 December, Friday letter): in the Kursk region "
          "('above' as at_least)"),
        C("about 200", 200, "approx", "casualties", "ukraine", "yday",
          "HUR 'reported yesterday' (5 December): killed so far"),
        C("hundreds", None, "vague", "casualties", "nato", "wed",
          "Rutte 'in Brussels on Wednesday, spoke of' (4 December): casualties"),
        C("as many as 100,000", 100000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'warned on Sunday' (1 December): could eventually send ('as many as' as "
          "at_most)"),
    ),
)

S09 = Source(
    article_id="s135_09_crew_news_kilronan_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-17"),
    dated_by="front_matter",
    features="a lifeboat station's crew news from Kilronan on Inis Mór (Aran Islands) in "
        "Markdown, windows-1252 (curly quotes, `–`, `€` raw), front matter with `date:` "
        "(Friday) and a title without a figure; launches first; a new helm from Mariupol "
        "relaying her brother, a marine near Kherson, who 'reckons' `8,000 to 10,000` 'fresh "
        "troops' rotated in (range, increment, planned, other), dated by 'said after Tuesday's "
        "exercise'; Budanov, named before his role, 'said in an interview with a Kyiv news site "
        "last week' `up to 1,500` builders in Kursk; 'According to South Korea's spy agency, "
        "which briefed lawmakers on Thursday' `some 3,000` 'more' (increment); Seoul's joint "
        "chiefs 'in August' `up to 6,000` being trained for Kursk (planned, not an increment); "
        "Russia's defence ministry 'on Monday' `hundreds` of sappers; KCNA 'On Saturday' "
        "`about 1,800` names of the fallen; a NATO official 'at a briefing in Brussels on "
        "Wednesday' 'put the number … at' `11,000 or so` (`or so` as approx); launches, people "
        "rescued, nautical miles, euros, ages, years, a phone number",
    text="""\
---
title: "Crew news: autumn 2025"
date: 2025-10-17
station: Aran Islands lifeboat station, Kilronan, Inis Mór
---

# Crew news: autumn 2025

It has been the busiest year at the station since the new boat arrived. Our volunteers launched \
31 times between January and the end of September, 19 of those after dark, and brought 44 people \
home safely. The longest shout, on 2 August, took the all-weather boat 38 nautical miles out to \
a yacht with a broken rudder west of Slyne Head.

## Olha passes her assessment

Olha Zinchenko, 27, came to the island from Mariupol with her mother in the spring of 2022 and \
runs the bicycle hire at the pier. Last month she passed her helm assessment, the first member of \
the islands’ Ukrainian community to do so. Her brother Yurii serves with a marine brigade on the \
Dnipro near Kherson.

“Yurii reckons Pyongyang will rotate [[8,000 to 10,000]] fresh troops in over the winter,” Olha \
said after Tuesday’s exercise. “Up to now it has been builders and sappers. He thinks the next \
lot will be sent to fight.”

## What the governments say

Kyrylo Budanov, who runs Ukraine’s military intelligence, said in an interview with a Kyiv news \
site last week that [[up to 1,500]] builders in North Korean uniform were busy in Kursk. \
According to South Korea’s spy agency, which briefed lawmakers on Thursday, [[some 3,000]] more \
soldiers have been sent since the summer. Seoul’s joint chiefs of staff had said in August that \
the North was training [[up to 6,000]] construction troops for Kursk.

Russia’s defence ministry said on Monday that [[hundreds]] of North Korean sappers had finished \
clearing the fields around Sudzha. On Saturday KCNA reported that Kim Jong Un had unveiled a \
memorial wall bearing the names of [[about 1,800]] soldiers who fell in Kursk. And at a briefing \
in Brussels on Wednesday a NATO official put the number still in Russia at [[11,000 or so]].

## Station notes

- The Christmas swim is on 26 December at 11 a.m. from the pier; last year it raised €4,360.
- Crew training is every Tuesday at 7 p.m. New volunteers aged 17 and over are welcome.
- The station opened in 1927, and the boathouse roof needs replacing: €62,000, of which \
€18,500 has been raised.
- Station phone: 099 61 120
""",
    claims=(
        C("8,000 to 10,000", None, "range", "planned", "other", "tue",
          "a helm relaying her brother, a marine near Kherson ('Yurii reckons'; the speaker "
          "quoted: other), dated by 'Olha said after Tuesday's exercise' (14 October): 'fresh "
          "troops' rotated in over the winter (replacements: increment; planned)", add=True),
        C("up to 1,500", 1500, "at_most", "near_front", "ukraine", "lastweek",
          "Budanov, named before his role, 'said in an interview with a Kyiv news site last "
          "week': builders in North Korean uniform busy in Kursk"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'According to South Korea's spy agency, which briefed lawmakers on Thursday' (16 "
          "October, Friday news): 'more' sent since the summer (increment)", add=True),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "2025-08-01..2025-08-31",
          "Seoul's joint chiefs 'had said in August' (the month): being trained for Kursk "
          "(planned; no increment word)"),
        C("hundreds", None, "vague", "near_front", "russia", "mon",
          "Russia's defence ministry 'said on Monday' (13 October): sappers who finished "
          "clearing fields around Sudzha (still in Kursk: near the front)"),
        C("about 1,800", 1800, "approx", "casualties", "north_korea", "sat",
          "'On Saturday KCNA reported' (11 October): names of the fallen on a memorial wall"),
        C("11,000 or so", 11000, "approx", "in_russia", "nato", "wed",
          "a NATO official 'at a briefing in Brussels on Wednesday … put the number still in "
          "Russia at' (15 October; 'or so' after the figure, in the span: approx)"),
    ),
)

S10 = Source(
    article_id="s135_10_parents_newsletter_inis_oirr_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-24"),
    dated_by="html_meta", crlf=True,
    features="an Irish-language summer college's parents' newsletter from Inis Oírr (Aran "
        "Islands) in HTML, windows-1252 with CRLF (curly quotes, `·` and `–` raw, Irish fadas), "
        "`article:published_time` +01:00 (Thursday), a cookie note about the booking form, a "
        "page script, navigation, a footer; `<title>` and headline without a figure; the course "
        "first; a lecturer from Busan who 'figures' `at least 20,000` gone through Russia "
        "(other, `pub`); a pupil from Zaporizhzhia relaying her uncle near Sumy, who 'told her "
        "on a call at the weekend' `hundreds` of gunners (other, Saturday to publication); the "
        "NIS 'in mid-July' `about 6,000` getting ready to leave for Kursk (planned, days "
        "11-20); HUR 'quoted by an American broadcaster at the start of the month' `25,000 to "
        "30,000` 'more' (range, increment, planned, days 1-10); a US defence official 'on "
        "Monday' `several thousand` on Russian soil; a NATO intelligence official 'last week' "
        "`11,000 to 12,000`; North Korean television 'On Sunday' `some 300` decorated returnees "
        "(optional); Lavrov in Wonsan without a figure; students, host families, ages, race "
        "times, dates, a waiting list, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Parents’ Newsletter – Coláiste an Oileáin, Inis Oírr</title>
<meta property="article:published_time" content="2025-07-24T18:00:00+01:00">
<script>window.cao={course:2,week:3,lang:"ga"};</script>
</head>
<body>
<div class="cookie">We use one cookie so the booking form remembers which course you picked. \
<button>Grand</button></div>
<nav><a href="/">Baile</a> · <a href="/courses">Courses</a> · <a href="/newsletter">Parents’ \
Newsletter</a> · <a href="/mna-ti">Host Families</a> · <a href="/contact">Contact</a></nav>
<main>
<h1>Course two: céilí, currachs and a long way from home</h1>
<p>Our second course of the summer ends on Saturday. This year 186 students aged 12 to 17 have \
stayed with 23 host families on the island, and by the third week even the quietest of them \
were ordering their chips in Irish. The currach race out to the wreck of the Plassy was won by \
the girls from Teach Uí Chonghaile in 11 minutes and 40 seconds.</p>
<h2>A lecturer from Busan</h2>
<p>Dr Yoon Hae-won, 41, who teaches Celtic languages at a university in Busan, has spent three \
weeks with us polishing her Connemara Irish. Her husband is a lieutenant colonel in the South \
Korean army, and the students asked her more about the North than about verbs. She figures that \
[[at least 20,000]] North Koreans have gone through Russia since last October.</p>
<p>One of our students, Sofiia, 15, came to Galway from Zaporizhzhia in 2022. Her uncle serves \
with an artillery unit near Sumy and told her on a call at the weekend that [[hundreds]] of \
North Korean gunners were firing across the border at his sector. “He says they are good shots, \
which is not what anyone wanted to hear,” she told us.</p>
<h2>The figures in the news</h2>
<p>South Korea’s spy agency told parliament in mid-July that [[about 6,000]] military builders \
and deminers were getting ready to leave for Kursk. Ukraine’s military intelligence, quoted by \
an American broadcaster at the start of the month, said [[25,000 to 30,000]] more could be sent \
by the autumn. A US defence official said on Monday that [[several thousand]] North Koreans were \
still on Russian soil, and a NATO intelligence official told Irish journalists visiting Brussels \
last week that the contingent numbered [[11,000 to 12,000]].</p>
<p>On Sunday North Korean television showed [[some 300]] soldiers back from Kursk being \
decorated in Pyongyang. Russia’s foreign minister, Sergei Lavrov, who visited the resort of \
Wonsan on 12 July, praised their “heroism” but gave no figure.</p>
<h2>Notes for parents</h2>
<p>The ferry leaves for Rossaveal at 4 p.m. on Saturday; please be at the pier by 3.30. Lost \
property stays in the college office until 31 August. Course three is full, with a waiting list \
of 40. Office: 099 75 031.</p>
</main>
<footer>Coláiste an Oileáin · Inis Oírr, Oileáin Árann · <a href="/privacy">Privacy</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("at least 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a lecturer from Busan who 'figures' (undated): gone through Russia since last "
          "October"),
        C("hundreds", None, "vague", "near_front", "other", "sat..pub",
          "a pupil relaying her uncle near Sumy, who 'told her on a call at the weekend' ('she "
          "told us', no day; the speaker quoted: other): gunners firing across the border (from "
          "the Saturday to publication)"),
        C("about 6,000", 6000, "approx", "planned", "south_korea", "2025-07-11..2025-07-20",
          "the NIS 'told parliament in mid-July' (days 11-20): getting ready to leave for Kursk "
          "(planned)"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'quoted by an American broadcaster at the start of the month' (days 1-10): "
          "'more' could be sent by the autumn (range, increment, planned)", add=True),
        C("several thousand", None, "vague", "in_russia", "united_states", "mon",
          "'A US defence official said on Monday' (21 July, Thursday page): still on Russian "
          "soil"),
        C("11,000 to 12,000", None, "range", "in_russia", "nato", "lastweek",
          "a NATO intelligence official who 'told Irish journalists visiting Brussels last "
          "week': the contingent"),
        C("some 300", 300, "approx", "in_russia", "north_korea", "sun",
          "North Korean television 'On Sunday' (20 July): soldiers back from Kursk decorated "
          "(returnees: optional)", opt=True),
    ),
)

S11 = Source(
    article_id="s135_11_growers_bulletin_dennery_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Mabouya Valley Fairtrade Banana Growers",
        "https://www.mabouyagrowers.example/bulletin/2025-11",
        "From the packing sheds",
    ),
    features="a Fairtrade banana growers' bulletin from the Mabouya Valley at Dennery (Saint "
        "Lucia) in Markdown, UTF-8, front matter without a date (sidecar, Wednesday) and a title "
        "without a figure; boxes and the premium first; a member's son, a British Army lance "
        "corporal in a NATO battlegroup in Estonia, who 'On a call last weekend, his father "
        "says' spoke of `12,000 to 15,000` (range, other, Saturday to publication); a "
        "treasurer's daughter in Gwangju: 'Korean television news put the number … at' `more "
        "than 2,000` (media: unattributed); the NIS 'on Thursday' `about 10,000` guarding the "
        "border and `1,000` deminers; Kim 'late last month' `thousands` 'more' builders "
        "(north_korea, vague increment, planned, day 21 to the month's end); Britain's Ministry "
        "of Defence 'on Sunday' `around 2,500` dead (a third government: other); Peskov 'last "
        "week' “`a few thousand`” in Kursk (russia, a quoted phrase); boxes, farms, dollars, "
        "kilograms, years, ages, a phone number",
    text="""\
---
title: "From the packing sheds"
group: Mabouya Valley Fairtrade Banana Growers
issue: November 2025
---

# From the packing sheds

The valley is green again. A year after the storm season took a third of our fields, our 64 \
member farms packed 1,850 boxes of fruit last week, the most since June 2024, and the \
inspectors from the buyer in Southampton passed every pallet. The Fairtrade premium of US$1 a box \
has paid this year for a new washing tank at the Grande Rivière shed and for leaf-spot spraying \
on the steep plots above La Ressource.

## News from far away

Two of our members have children serving or working a long way from Dennery, and both sent news \
this month.

Lance Corporal Kervin Joseph, 26, son of Marcus Joseph of Grande Rivière, joined the British Army \
in 2019 and is now with a NATO battlegroup in Estonia. On a call last weekend, his father says, \
Kervin told him that his officers talk of [[12,000 to 15,000]] North Koreans in Russia at any \
one time. “They take it seriously over there. Russia is just across the river,” Kervin said.

Sharlene Alexander, 31, daughter of our treasurer, teaches English at a high school in Gwangju. \
She writes that Korean television news put the number of North Korean dead at \
[[more than 2,000]], and that her students, who will all do military service, follow the story \
closely.

## The wider picture

South Korea’s intelligence agency said on Thursday that [[about 10,000]] North Korean soldiers \
were guarding stretches of Russia’s border with Ukraine and that [[1,000]] deminers were still at \
work in the Kursk fields. Kim Jong Un, at a ceremony in Pyongyang late last month, promised \
Moscow [[thousands]] more builders next year. Britain’s Ministry of Defence, in its intelligence \
update on Sunday, estimated [[around 2,500]] North Korean dead since the deployment began. The \
Kremlin spokesman, Dmitry Peskov, said last week that only “[[a few thousand]]” were still in the \
Kursk region.

## Notices

- Next fruit-quality training: Tuesday 2 December, 9 a.m., at the Grande Rivière shed.
- Boxes must weigh 18.14 kg packed; the buyer turned back 37 boxes in October for short weight.
- Premium statements for 2025 are ready at the office. Call 758 453 2216.
""",
    claims=(
        C("12,000 to 15,000", None, "range", "in_russia", "other", "sat..pub",
          "a member relaying his son, a British Army lance corporal in Estonia ('On a call last "
          "weekend, his father says, Kervin told him that his officers talk of'; the speaker "
          "quoted: other): in Russia at any one time (from the Saturday of the call to "
          "publication)"),
        C("more than 2,000", 2000, "at_least", "casualties", "unattributed", "pub",
          "a teacher in Gwangju: 'Korean television news put the number of North Korean dead "
          "at' (media: unattributed; undated)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "the NIS 'said on Thursday' (13 November, Wednesday bulletin): guarding stretches of "
          "Russia's border with Ukraine"),
        C("1,000", 1000, "exact", "near_front", "south_korea", "thu",
          "same statement: deminers still at work in the Kursk fields"),
        C("thousands", None, "vague", "planned", "north_korea", "2025-10-21..2025-10-31",
          "Kim 'at a ceremony in Pyongyang late last month, promised': 'more' builders next year "
          "(vague increment, planned; day 21 to the month's end)", add=True),
        C("around 2,500", 2500, "approx", "casualties", "other", "sun",
          "Britain's Ministry of Defence 'in its intelligence update on Sunday, estimated' (16 "
          "November; a third government: other): dead since the deployment began"),
        C("a few thousand", None, "vague", "near_front", "russia", "lastweek",
          "Peskov 'said last week that only' (a quoted phrase): still in the Kursk region"),
    ),
)

S12 = Source(
    article_id="s135_12_letters_southern_voice",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-01-25"),
    dated_by="sidecar",
    sidecar=(
        "The Southern Voice",
        "https://www.southernvoice-vieuxfort.example/letters/2025-01-25",
        "Letters: our children, their numbers",
    ),
    features="a readers' letters page from a Vieux Fort weekly (Saint Lucia) as plain text, "
        "UTF-8 with BOM (sidecar, Saturday), curly quotes and `–`; three letters under their own "
        "headings; parents quoting their son, a medical student in Lviv, who 'wrote to us on New "
        "Year's Day' `thousands` thrown at the lines over Christmas and 'He believes' `at least "
        "1,000` dead (both other, from 1 January to publication); a mother quoting her daughter "
        "in Daejeon on the South Korean spy agency 'on 13 January': `300` killed, `2,700` "
        "wounded (not an increment) and 'In the same briefing' 'a further' `1,500` (increment, "
        "planned); a retired sergeant answering the paper's own front page 'last week' `12,000` "
        "(unattributed, required), Zelensky 'on 4 January' `3,800` and the White House 'on "
        "Tuesday' `up to 4,000` killed or wounded; Moscow without a figure; years, ages, a "
        "town's population, a post box, a phone number",
    text="""\
THE SOUTHERN VOICE – LETTERS TO THE EDITOR

Our son in Lviv

Dear Editor,

Our son Jevon went to study medicine in Ukraine in 2019, and when the war began he came home with \
the other St Lucian students. Last year he went back to finish his degree in Lviv, and now he \
helps at a military hospital at weekends. He wrote to us on New Year’s Day that the wounded \
soldiers he looks after say [[thousands]] of North Koreans were thrown against their lines in \
Kursk over Christmas. He believes [[at least 1,000]] of them died in those few days alone.

We pray for him every night. To those who say this war has nothing to do with us: our children \
are in it too.

– Celestine and Augustin Francois, La Tourney

Numbers from Korea

Dear Editor,

My daughter has taught English in Daejeon for four years. She tells me the South Korean spy \
agency announced on 13 January that [[300]] of Pyongyang’s soldiers were dead and [[2,700]] \
hurt. In the same briefing, she says, the agency warned that Pyongyang was readying a further \
[[1,500]] for Russia. Her Korean colleagues, she writes, are more worried about the North’s \
missiles than about Kursk.

– Marguerite Emmanuel, Beanfield

Your front page was wrong

Dear Editor,

Your front page last week put the North Korean force in Russia at [[12,000]] and called it “an \
army”. That is a little smaller than the population of Vieux Fort. President Zelensky said on \
4 January that [[3,800]] of them had been killed or wounded, and the White House said on \
Tuesday that [[up to 4,000]] had been lost. At that rate there will be no army left by Easter. \
Moscow, for its part, still will not say that they are there at all.

– Sgt (retd) Peter Lafeuille, Vieux Fort

The Southern Voice welcomes letters of up to 300 words. Write to PO Box 311, Vieux Fort, or call \
758 454 6120.
""",
    claims=(
        C("thousands", None, "vague", "near_front", "other", "2025-01-01..pub",
          "parents quoting their son, a medical student in Lviv, relaying wounded soldiers ('He "
          "wrote to us on New Year's Day'; the speaker quoted: other): thrown against the lines "
          "in Kursk over Christmas (from the message to publication)"),
        C("at least 1,000", 1000, "at_least", "casualties", "other", "2025-01-01..pub",
          "same message, 'He believes': died in those days"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-13",
          "a mother quoting her daughter in Daejeon on the South Korean spy agency, which "
          "'announced on 13 January' (the agency is the claimant): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded (a second group, not an increment)"),
        C("1,500", 1500, "exact", "planned", "south_korea", "2025-01-13",
          "'In the same briefing, she says, the agency warned': 'a further' being readied for "
          "Russia (increment, span without the words, planned)", add=True),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "lastweek",
          "a reader citing 'Your front page last week' (the paper's own figure: unattributed, "
          "required)"),
        C("3,800", 3800, "exact", "casualties", "ukraine", "2025-01-04",
          "'President Zelensky said on 4 January': killed or wounded"),
        C("up to 4,000", 4000, "at_most", "casualties", "united_states", "tue",
          "'the White House said on Tuesday' (21 January, Saturday page): lost"),
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
