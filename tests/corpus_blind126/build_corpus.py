"""Build the HUNDRED-AND-TWENTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-eighth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
visitor slate mine's friends' newsletter from Bundenbach in the Hunsrück with a mine surveyor
from Pokrovsk, a citizens' wind-energy co-operative's member letter from Morbach with a Korean
gearbox technician from Ulsan, the readers' letters page of a Hunsrück weekly from Emmelshausen
with letters quoting a husband, a grandson and a brother, a poppy growers' association newsletter
from Armschlag in the Waldviertel (Austrian conventions) with a harvest helper from Poltava, a
Schrammel music festival's news page from Litschau with an accordionist from Busan, and a
brickworks museum society's bulletin from Laufen in the Jura (Swiss conventions) with a ceramic
engineer from Yeoju; a kava growers' association newsletter from 'Eua (Tonga) with a member's son
in the British Army in Estonia, a flying-fox trust's news page from Kolovai on Tongatapu with a
wildlife vet from Daejeon, an agency-style wire report from St. David's (Bermuda) on a South
Korean training ship, a fitted dinghy association's race news from St. George's (Bermuda) with a
bailer from Chernihiv, a seniors' club newsletter from Bonavista (Newfoundland) with a Korean War
veteran and a fish plant worker from Kharkiv, and an aviation heritage society's logbook from
Gander with a water bomber pilot from Kharkiv. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind126_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Hunsrück, Waldviertel, Laufental in the Jura)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s126_01_grubenlicht_bundenbach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-20"),
    dated_by="html_meta",
    features="a visitor slate mine's friends' newsletter from Bundenbach (Hunsrück) in HTML, "
        "UTF-8, `<meta name=\"date\">` (Wednesday), a cookie bar about the gallery map, a page "
        "script, navigation, entities, a footer with a phone number; a `<title>` repeating the "
        "headline `11.000` (optional) and the headline `11.000` from the NIS of Monday (Monday "
        "to publication); visitors first; a mine surveyor from Pokrovsk whose brother, a gunner "
        "near Sumy, 'schrieb … am Sonntag', Konjunktiv, `ein paar tausend` dug in across the "
        "border (other, that Sunday); the NIS 'teilte am Montag mit' `rund 11.000` in Kursk; "
        "'Aus dem US-Außenministerium hieß es vergangene Woche' `mehr als 10.000` in Russia; "
        "'Nach Einschätzung des … Militärgeheimdienstes' `bis zu 3.000` who could 'noch … "
        "hinzukommen' (increment, planned, `pub`); a NATO spokeswoman 'am Dienstag' "
        "`Dutzende` killed or wounded; the surveyor 'geht davon aus' `an die 20.000` by spring "
        "(planned, other); visitors, fossils' age, miners, depths, metres, Russian losses a "
        "day, euros, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="date" content="2024-11-20">
<title>Grubenlicht: Taras, der Schiefer und [[11.000]] Nordkoreaner</title>
<meta property="og:site_name" content="Förderverein Schiefergrube Eschenhang Bundenbach">
<script>window.grube={heft:"grubenlicht-11-2024",stollenkarte:false};</script>
</head>
<body>
<div class="cookie-leiste">Wir speichern ein Cookie, damit die Karte der Stollen beim nächsten \
Besuch dort aufgeht, wo Sie sie verlassen haben. <button>Glück auf, einverstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/grube">Die Grube</a> &middot; <a \
href="/fuehrungen">Führungen</a> &middot; <a href="/grubenlicht">Grubenlicht</a> &middot; <a \
href="/verein">Förderverein</a></nav>
<article>
<p class="dachzeile">Grubenlicht &ndash; Mitteilungen des Fördervereins, Novemberausgabe</p>
<h1>Taras, der Schiefer und [[11.000]] Nordkoreaner</h1>
<p>Liebe Freundinnen und Freunde der Grube, die Saison unter Tage ist vorüber. Zwischen Ostern \
und Allerheiligen sind 9.480 Gäste mit der Grubenbahn in den Stollen eingefahren, gut 600 mehr \
als im vergangenen Jahr. Die meisten wollten die Seelilien und Seesterne sehen, die vor rund \
400 Millionen Jahren im Schlamm des Devonmeeres versanken und heute im Dachschiefer stecken.</p>
<h2>Ein Markscheider aus dem Donbas</h2>
<p>Dass wir in diesem Jahr auch Führungen auf Ukrainisch anbieten konnten, verdanken wir Taras \
Hnatjuk. Der 38-Jährige war zwölf Jahre lang Markscheider in einer Kohlengrube bei Pokrowsk, wo \
zuletzt noch rund 3.000 Bergleute in 900 Metern Tiefe arbeiteten. Seit dem Sommer 2023 wohnt er \
mit Frau und Tochter in Kirn und fährt dreimal in der Woche zu uns herauf. &bdquo;Trocken, still \
und nur 60 Meter tief &ndash; für einen Bergmann aus dem Donbas ist das fast wie \
Urlaub&ldquo;, sagt er.</p>
<p>Ruhig ist es in seinem Kopf trotzdem selten. Sein jüngerer Bruder Dmytro ist Richtschütze in \
einer Artilleriebrigade im Gebiet Sumy, wenige Kilometer vor der Grenze zu Kursk. Am Sonntag \
schrieb er Taras, drüben auf der russischen Seite hätten sich mittlerweile [[ein paar tausend]] \
Nordkoreaner eingegraben; nachts höre man sie schanzen.</p>
<h2>Was aus Seoul, Washington und Kiew zu hören ist</h2>
<p>Der südkoreanische Geheimdienst NIS teilte am Montag mit, [[rund 11.000]] nordkoreanische \
Soldaten seien im Gebiet Kursk angekommen, ein Teil davon kämpfe schon an der Seite russischer \
Einheiten. Aus dem US-Außenministerium hieß es vergangene Woche, es seien [[mehr als 10.000]] \
Nordkoreaner in Russland. Nach Einschätzung des ukrainischen Militärgeheimdienstes könnten bis \
Jahresende noch [[bis zu 3.000]] Mann hinzukommen. Eine Nato-Sprecherin bestätigte am Dienstag \
in Brüssel, dass nordkoreanische Einheiten in Gefechte verwickelt seien; [[Dutzende]] seien \
dabei getötet oder verwundet worden. Die russischen Verluste in der Region beziffert Kiew auf \
mehrere hundert Mann am Tag.</p>
<p>Taras geht davon aus, dass Pjöngjang bis zum Frühjahr [[an die 20.000]] Mann geschickt haben \
wird. &bdquo;Kim hat die Leute, Putin hat das Geld. Das passt leider zusammen&ldquo;, sagt \
er.</p>
<h2>Aus dem Verein</h2>
<p>Beim Grubenfest im September kamen 2.310 Euro für die Schule in Taras&rsquo; Heimatstadt \
zusammen. Der neu gesicherte Abschnitt des Oberen Stollens (140 Meter) ist ab der nächsten \
Saison begehbar. Winterpause bis 15. März; Gruppen ab zehn Personen nach Anmeldung.</p>
</article>
<footer>Förderverein Schiefergrube Eschenhang e.V. &middot; 55626 Bundenbach &middot; Telefon \
06544 98 17 42 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/stollenkarte.js"></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "south_korea", "mon..pub",
          "a `<title>` repeating the headline (metadata): optional", opt=True),
        C("11.000", 11000, "exact", "near_front", "south_korea", "mon..pub",
          "headline: the NIS figure of Monday below ('rund 11.000' in Kursk), hedge dropped "
          "(Monday to the Wednesday of publication)"),
        C("ein paar tausend", None, "vague", "near_front", "other", "sun",
          "a surveyor's brother, a gunner near Sumy, 'Am Sonntag schrieb er Taras' (17 "
          "November), Konjunktiv (the speaker quoted: other): dug in on the Russian side"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "the NIS 'teilte am Montag mit' (18 November), Konjunktiv: arrived in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "lastweek",
          "'Aus dem US-Außenministerium hieß es vergangene Woche': in Russia"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): 'könnten … noch "
          "… hinzukommen' by the end of the year (an increment, planned)", add=True),
        C("Dutzende", None, "vague", "casualties", "nato", "tue",
          "a NATO spokeswoman 'bestätigte am Dienstag' (19 November), Konjunktiv: killed or "
          "wounded"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "the surveyor 'geht davon aus' (undated): sent by spring (a forecast: planned; 'an "
          "die' as approx)"),
    ),
)

S02 = Source(
    article_id="s126_02_buergerwind_morbach",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bürgerwind Morbach eG – Mitgliederbrief",
        "https://www.buergerwind-morbach.example/mitgliederbrief/2025-1",
        "Mitgliederbrief 1/2025: Ein gutes Windjahr und ein Gast aus Ulsan",
    ),
    features="a citizens' wind-energy co-operative's member letter from Morbach (Hunsrück) as "
        "plain text, windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Friday); "
        "kilowatt hours, dividend and members first; a Korean gearbox technician from Ulsan "
        "relaying his brother's battalion talk (`erzählt Kang, heiße es`) `Tausende` lost over "
        "the winter (other, `pub`) and, 'Er selbst schätzt', `15.000 bis 20.000` by the end of "
        "the year (range, planned); Seoul's joint chiefs, named after the figure ('teilte der "
        "Generalstab in Seoul am Donnerstag mit'), `rund 3.000` 'weitere' (increment after the "
        "figure) and, by 'bezifferten die Militärs', `etwa 4.700` casualties; "
        "'Medienberichten aus Seoul zufolge' `einige hundert` snipers among the newcomers (a "
        "breakdown of the increment: not additional, unattributed); a Pentagon spokesman 'Anfang "
        "März' `mehrere tausend` back at the front; HUR 'geht davon aus' a third wave of `bis zu "
        "15.000` (an increment, planned); a Duma deputy 'vergangene Woche' „`höchstens 500`“ "
        "instructors (at_most, russia); a shipyard's workers, Russian losses, turbines, kWh, per "
        "cent, euros, dates, a phone number",
    text="""\
Bürgerwind Morbach eG
Mitgliederbrief 1/2025

Liebe Genossenschafterinnen und Genossenschafter,

das Windjahr 2024 war gut. Unsere 14 Anlagen auf der Höhe über dem alten Munitionsdepot haben \
zusammen 61,4 Millionen Kilowattstunden ins Netz gespeist, rund 8 Prozent mehr als geplant. Der \
Vorstand schlägt der Generalversammlung eine Dividende von 3,5 Prozent vor. Inzwischen zählt die \
Genossenschaft 1.262 Mitglieder; ein Anteil kostet weiterhin 500 Euro.

Neu im Wartungsteam

Wer im Winter an den Anlagen vorbeigekommen ist, hat vielleicht Kang Min-seok gesehen. Der \
31-Jährige aus Ulsan arbeitet für den koreanischen Getriebehersteller, der unsere sechs ältesten \
Maschinen betreut, und hat im Januar und Februar bei Frost und Sturm zwei Getriebe getauscht. \
„Bei uns in Ulsan arbeiten in einer einzigen Werft 4.000 Leute, da kommt einem ein Windrad fast \
klein vor“, sagt er und lacht.

Sein jüngerer Bruder leistet gerade seinen Wehrdienst in Cheorwon, direkt an der Grenze zum \
Norden. In seinem Bataillon, erzählt Kang, heiße es, der Norden habe in Kursk über den Winter \
[[Tausende]] Mann verloren. Er selbst schätzt, dass bis Jahresende [[15.000 bis 20.000]] \
Nordkoreaner durch Russland gegangen sein werden. „Die Familien dort erfahren nie, wo ihre Söhne \
sind“, sagt Kang.

Die Lage nach offiziellen Angaben

Seit Jahresbeginn habe Nordkorea [[rund 3.000]] weitere Soldaten nach Russland verlegt, teilte \
der Generalstab in Seoul am Donnerstag mit. Die nordkoreanischen Verluste bezifferten die \
Militärs auf [[etwa 4.700]] Tote und Verwundete. Medienberichten aus Seoul zufolge sind unter den \
Neuankömmlingen auch [[einige hundert]] Scharfschützen. Ein Pentagon-Sprecher sagte Anfang März, \
nach einer Pause von mehreren Wochen seien [[mehrere tausend]] Nordkoreaner an die Front im \
Gebiet Kursk zurückgekehrt.

Der ukrainische Militärgeheimdienst geht davon aus, dass Pjöngjang bis zum Sommer eine dritte \
Welle von [[bis zu 15.000]] Mann vorbereitet. In Moskau dagegen sprach ein Duma-Abgeordneter \
vergangene Woche in einer Talkshow von „[[höchstens 500]]“ nordkoreanischen Ausbildern im Land. \
Die ukrainische Armee meldet derweil jeden Tag mehr als 1.200 getötete oder verwundete russische \
Soldaten.

Termine
– Generalversammlung: Freitag, 9. Mai, 19 Uhr, Bürgerhaus Morbach
– Anlagenführung mit Kang: Samstag, 29. März, 10 Uhr, Treffpunkt am Infopavillon
– Fragen an die Geschäftsstelle: 06533 95 40 27
""",
    claims=(
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "a Korean technician relaying his brother's battalion ('erzählt Kang, heiße es', no "
          "day; the speaker quoted: other): lost over the winter"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "'Er selbst schätzt' (undated): gone through Russia by the end of the year (a "
          "forecast: planned)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "thu",
          "Seoul's joint chiefs, named after the figure ('teilte der Generalstab in Seoul am "
          "Donnerstag mit': 13 March): 'weitere' moved since January (increment after the "
          "figure, span without the word)", add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "thu",
          "same statement, carried by 'bezifferten die Militärs' (a role): dead and wounded"),
        C("einige hundert", None, "vague", "in_russia", "unattributed", "pub",
          "'Medienberichten aus Seoul zufolge' (unattributed, required): snipers among the "
          "newcomers (a breakdown of the increment: not additional)"),
        C("mehrere tausend", None, "vague", "near_front", "united_states",
          "2025-03-01..2025-03-10",
          "a Pentagon spokesman 'sagte Anfang März' (days 1-10): back at the front in Kursk"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): a third wave being prepared (a new contingent on top: "
          "increment, planned)", add=True),
        C("höchstens 500", 500, "at_most", "in_russia", "russia", "lastweek",
          "a Duma deputy 'vergangene Woche in einer Talkshow', in „“: instructors in the country "
          "('höchstens' as at_most)"),
    ),
)

S03 = Source(
    article_id="s126_03_leserforum_emmelshausen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-07"),
    dated_by="front_matter",
    features="the readers' letters page of a Hunsrück weekly from Emmelshausen in Markdown, UTF-8 "
        "with BOM, front matter with `date:` (Saturday) and a title without a figure; three "
        "letters under bold headings and an italic editor's line; a Ukrainian reader citing the "
        "paper's own report 'vom 24. Mai' `11.000` (unattributed, that day) and her husband, a "
        "medic near Sumy, 'Am Telefon … vorige Woche' `mehrere hundert` (other, `lastweek`), and "
        "the Pentagon 'im Januar' `mehr als 1.000` dead; a grandfather relaying his grandson in "
        "Lithuania, 'Er sagt', `zehntausend` 'noch einmal … nachschickt' (number word, increment, "
        "planned, other, `pub`) and Rutte 'am Mittwoch' `mehr als 14.000`; a Korean-born nurse "
        "relaying her brother 'Am Dienstag, nach der Präsidentenwahl' `an die 2.000` dead "
        "(other), the NIS 'Ende April' `rund 4.700` and state TV 'Anfang Mai' `Dutzenden` "
        "coffins (north_korea); a German brigade's soldiers, millions of shells, missiles, "
        "ages, years, a postcode",
    text="""\
---
title: "Leserforum: Kim, Kursk und unsere Familien"
date: 2025-06-07
ressort: Leserbriefe
zeitung: Vorderhunsrücker Wochenblatt, Emmelshausen
---

# Leserforum

**Mein Mann zählt anders**

Zum Bericht „Nordkoreas Soldaten bleiben“ vom 24. Mai: Sie schrieben, es seien noch [[11.000]] \
Nordkoreaner im Gebiet Kursk. Mein Mann Wolodymyr ist seit zwei Jahren Sanitäter bei einer \
Brigade nahe Sumy. Am Telefon sagte er mir vorige Woche, gegenüber seiner Stellung lägen nur \
noch [[mehrere hundert]], dafür mit Drohnen und guten Gewehren. Das Pentagon hatte im Januar \
schon von [[mehr als 1.000]] toten Nordkoreanern gesprochen. Wer zählt da eigentlich richtig? \
Ich lebe mit unseren zwei Kindern seit 2022 in Emmelshausen und bin für jede Zeile dankbar, die \
Sie über diesen Krieg drucken.

Oksana Melnyk, Emmelshausen

**Was mein Enkel aus Litauen schreibt**

Mein Enkel ist Feldwebel in der Panzerbrigade, die die Bundeswehr in Litauen aufbaut; am Ende \
sollen dort rund 4.800 Soldatinnen und Soldaten stehen. Er sagt, unter den Offizieren rechne \
man damit, dass Kim bis zum Herbst noch einmal [[zehntausend]] Mann nachschickt. \
Nato-Generalsekretär Mark Rutte hat am Mittwoch in Brüssel erklärt, Nordkorea habe Russland \
neben Millionen Granaten auch [[mehr als 14.000]] Soldaten überlassen. Ich bin 79 und habe als \
junger Mann den Kalten Krieg im Hunsrück erlebt, mit den Marschflugkörpern auf dem Hasselbacher \
Plateau. So nah wie heute kam er mir damals nicht vor.

Heinz-Georg Schäfer, Gondershausen

**Post aus Incheon**

Ich bin 1974 als Krankenschwester aus Korea nach Boppard gekommen. Mein Bruder in Incheon war \
Offizier bei der Marine. Am Dienstag, nach der Präsidentenwahl, schrieb er mir, der Norden habe \
in Kursk [[an die 2.000]] Tote zu beklagen, und zu Hause wisse das kaum jemand. Der \
Geheimdienst in Seoul hatte Ende April von [[rund 4.700]] Toten und Verwundeten gesprochen. \
Selbst das nordkoreanische Staatsfernsehen zeigte Anfang Mai, wie Kim Jong Un vor den Särgen \
von [[Dutzenden]] Gefallenen stand. Es sind unsere Landsleute, auch wenn sie auf der anderen \
Seite der Grenze geboren wurden.

Young-sook Bender, Boppard

*Leserbriefe geben die Meinung ihrer Verfasser wieder. Die Redaktion behält sich Kürzungen \
vor. Zuschriften an leserforum@vorderhunsruecker-wochenblatt.example oder Rhein-Mosel-Straße \
12, 56281 Emmelshausen.*
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "unattributed", "2025-05-24",
          "a reader citing the paper's own report 'vom 24. Mai' (the paper's figure, no source: "
          "unattributed, required; dated by that report): still in the Kursk region"),
        C("mehrere hundert", None, "vague", "near_front", "other", "lastweek",
          "her husband, a medic near Sumy, 'Am Telefon sagte er mir vorige Woche', Konjunktiv "
          "(the speaker quoted: other): opposite his position"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-01-01..2025-01-31",
          "'Das Pentagon hatte im Januar … gesprochen' (the month): dead"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a reader relaying his grandson, a sergeant in Lithuania ('Er sagt', undated; the "
          "speaker quoted: other): 'noch einmal … nachschickt' by autumn (number word, "
          "increment, planned)", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'hat am Mittwoch in Brüssel erklärt' (4 June), Konjunktiv: soldiers the North "
          "handed over to Russia"),
        C("an die 2.000", 2000, "approx", "casualties", "other", "tue",
          "a reader relaying her brother, a former navy officer in Incheon, 'Am Dienstag, nach "
          "der Präsidentenwahl, schrieb er mir' (3 June), Konjunktiv: dead in Kursk ('an die' "
          "as approx)"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Der Geheimdienst in Seoul hatte Ende April … gesprochen' (day 21 to the month's "
          "end): dead and wounded"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-05-01..2025-05-10",
          "North Korean state TV 'zeigte Anfang Mai' (days 1-10): coffins of the fallen"),
    ),
)

S04 = Source(
    article_id="s126_04_mohnbauern_armschlag_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-02-27"),
    dated_by="sidecar",
    sidecar=(
        "Graumohnbauern Waldviertel – Mitteilungen",
        "https://www.graumohn-waldviertel.example/mitteilungen/feber-2025",
        "Mitteilungen Feber 2025",
    ),
    features="a poppy growers' association newsletter from Armschlag (Waldviertel) in Markdown, "
        "UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and a title without "
        "a figure, Austrian conventions (`heuer`, `Jänner`, `Feber`); hectares and seed first; a "
        "harvest helper from Poltava relaying her brother, a drone pilot, 'Mitte Jänner' `an die "
        "200` dead counted in one week (other, days 11-20); Zelensky 'Am 11. Jänner' `zwei` "
        "captured (number word, casualties); the NIS 'Zwei Tage später' (13 January) `etwa "
        "300` dead and `2.700` wounded; 'Nach Einschätzung der Nato' `mehr als 12.000` in "
        "Russia (`pub`); `Tausende` to 'nachrücken' by summer, with the claimant in the next "
        "sentence ('Das erwartet der ukrainische Militärgeheimdienst': replacements, increment, "
        "planned, `pub`); hectares, euros, dates, a phone number",
    text="""\
---
title: "Mitteilungen Feber 2025"
verein: Graumohnbauern Waldviertel, Armschlag
---

# Vor der Aussaat

Heuer bauen unsere Mitglieder auf 410 Hektar Graumohn an, um 30 Hektar mehr als im Vorjahr. \
Gesät wird, sobald der Boden abgetrocknet ist, meist ab Mitte März. Das Saatgut liegt ab 3. \
März im Mohnhof bereit, das Kilo um 14 Euro.

Die Ernte 2024 brachte im Schnitt 780 Kilo je Hektar; wegen der Hitze im Juli blieb sie um ein \
Fünftel unter dem Mittel der letzten zehn Jahre. Die Mühle in Ottenschlag hat im Jänner eine \
zweite Walze bekommen und mahlt jetzt auch für die Bäckereien in Gmünd und Krems.

## Halyna und ihr Bruder

Viele kennen Halyna Bondar aus Poltawa, die seit drei Sommern beim Mohnschneiden hilft. Ihr \
Bruder Serhij steuert Aufklärungsdrohnen an der Grenze zum Gebiet Kursk. Mitte Jänner erzählte \
er ihr am Telefon, seine Einheit habe in einer einzigen Woche [[an die 200]] tote Nordkoreaner \
gezählt.

## Was bekannt ist

Am 11. Jänner meldete Präsident Selenskyj die Gefangennahme von [[zwei]] nordkoreanischen \
Soldaten. Zwei Tage später nannte der südkoreanische Geheimdienst erstmals Verluste: [[etwa \
300]] Tote und [[2.700]] Verwundete. Nach Einschätzung der Nato befinden sich [[mehr als \
12.000]] Nordkoreaner in Russland. Bis zum Sommer sollen [[Tausende]] Mann nachrücken. Das \
erwartet der ukrainische Militärgeheimdienst.

Halyna kommt heuer im Juli wieder. Sie bringt Mohnstrudel aus Poltawa mit, sagt sie, „damit \
ihr seht, dass wir das auch können“.

## Termine

- Jahreshauptversammlung: Freitag, 14. März, 19 Uhr, Gasthaus in Armschlag
- Mohnkirtag: 23. und 24. August
- Auskunft: 02872 74 19
""",
    claims=(
        C("an die 200", 200, "approx", "casualties", "other", "2025-01-11..2025-01-20",
          "a harvest helper relaying her brother, a drone pilot at the Kursk border, 'Mitte "
          "Jänner erzählte er ihr am Telefon' (days 11-20), Konjunktiv: dead counted in one week"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner': captured (number word; prisoners are casualties)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'Zwei Tage später' (two days after 11 January): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded"),
        C("mehr als 12.000", 12000, "at_least", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): in Russia"),
        C("Tausende", None, "vague", "planned", "ukraine", "pub",
          "'sollen … nachrücken' by summer, claimant in the next sentence ('Das erwartet der "
          "ukrainische Militärgeheimdienst', undated): replacements (increment, planned)",
          add=True),
    ),
)

S05 = Source(
    article_id="s126_05_schrammeltage_litschau_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-07-25"),
    dated_by="sidecar",
    sidecar=(
        "Schrammeltage am Herrensee",
        "https://www.schrammeltage-litschau.example/neuigkeiten/akkordeon-aus-busan",
        "Ein Akkordeon aus Busan am Herrensee",
    ),
    features="a Schrammel music festival's news page from Litschau (Waldviertel) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), "
        "no meta date (sidecar, Friday), Austrian `heuer` and `Passt eh`, a cookie note about a "
        "concert list, a script, navigation, a footer with a phone number; `<title>` and "
        "headline without a figure; visitors and stages first; an accordionist from Busan "
        "relaying her cousin, a marine on Yeonpyeong, Konjunktiv over two sentences, `an die "
        "25.000` who served in Russia (other, `pub`); Shoigu 'am 17. Juni' `6.000` to be sent "
        "(planned, russia); 'Nach Angaben von Seouls Geheimdienst, die den Abgeordneten am "
        "Dienstag vorgelegt wurden' `rund 1.000` deminers arrived; Zelensky 'am Mittwoch' `etwa "
        "11.000` holding positions; the Pentagon 'rechnet damit' 'weitere' `4.000` (increment "
        "before the figure, planned, `pub`); KCNA 'am Sonntag' `über 100` fallen; "
        "'Medienberichten zufolge' `etwa 2.000` killed (unattributed); an island's population, "
        "ensembles, stages, guests, basses, euros, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Neuigkeiten &ndash; Schrammeltage am Herrensee, Litschau</title>
<script>var sth={seite:"neuigkeiten",saison:2025};</script>
</head>
<body>
<div class="cookie">Wir verwenden ein Cookie, um Ihre Merkliste mit Konzerten zu speichern. \
<button>Passt eh</button></div>
<nav><a href="/">Start</a> | <a href="/programm">Programm</a> | <a href="/karten">Karten</a> | \
<a href="/neuigkeiten">Neuigkeiten</a> | <a href="/anreise">Anreise</a></nav>
<main>
<h1>Ein Akkordeon aus Busan am Herrensee</h1>
<p>Vier Tage Musik, 46 Ensembles, elf Bühnen zwischen Strandbad und Stadtplatz: Die \
Schrammeltage waren heuer so gut besucht wie noch nie. Rund 3.800 Gäste kamen nach Litschau, \
und in der Nacht auf Sonntag spielten um Mitternacht noch sieben Gruppen gleichzeitig am \
Ufer.</p>
<p>Für das Gesprächsthema des Festivals sorgte ein Quartett aus Wien: zwei Geigen, eine \
Kontragitarre und ein Knopfakkordeon. An der ersten Geige Oleksandra Krawez aus Odessa, am \
Akkordeon Yoon Seo-yeon, 27, aus Busan, die an der Musikuniversität in Wien studiert. Ihr \
Instrument hat 120 Bässe und gehörte früher einem Heurigenmusiker aus Grinzing.</p>
<h2>Zwischen den Sets</h2>
<p>Yoons Cousin dient als Unteroffizier bei den Marines auf der Insel Yeonpyeong, in Sichtweite \
der nordkoreanischen Küste. In seiner Einheit rechne man mit [[an die 25.000]] Nordkoreanern, \
die seit dem Herbst in Russland gedient hätten, habe er ihr am Telefon erzählt. Zurück kämen \
sie still und mager. Auf Yeonpyeong leben nicht einmal 2.000 Menschen, sagt Yoon, und nachts \
hört man die Lautsprecher von drüben.</p>
<p>Die offiziellen Zahlen klingen nüchterner. Russlands Sicherheitsratssekretär Sergej Schoigu \
kündigte am 17. Juni in Pjöngjang an, der Norden werde [[6.000]] Pioniere und Bauarbeiter in das \
Gebiet Kursk entsenden. Nach Angaben von Seouls Geheimdienst, die den Abgeordneten am Dienstag \
vorgelegt wurden, sind seit dem Frühjahr [[rund 1.000]] Minenräumer dort eingetroffen. \
Präsident Selenskyj sagte am Mittwoch, [[etwa 11.000]] Nordkoreaner hielten weiterhin \
Stellungen in der Grenzregion. Das Pentagon rechnet damit, dass ihnen weitere [[4.000]] folgen. \
Die Nachrichtenagentur KCNA meldete am Sonntag, Kim Jong Un habe die Familien von [[über 100]] \
Gefallenen empfangen; Medienberichten zufolge sind insgesamt bereits [[etwa 2.000]] \
Nordkoreaner getötet worden.</p>
<p>Oleksandra kennt die Zahlen, redet aber lieber über Musik. &bdquo;Schrammelmusik ist traurig \
und lustig zugleich. Das verstehen wir in Odessa sehr gut&ldquo;, sagt sie.</p>
<h2>Nächstes Jahr</h2>
<p>Die Schrammeltage 2026 finden vom 16. bis 19. Juli statt. Der Vorverkauf beginnt am 1. \
Dezember; der Festivalpass kostet 89 Euro, für Jugendliche 45 Euro.</p>
</main>
<footer>Verein Schrammeltage am Herrensee &middot; Stadtplatz 4 &middot; 3874 Litschau \
&middot; Tel. 02865 53 91 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/merkliste.js"></script>
</body>
</html>
""",
    claims=(
        C("an die 25.000", 25000, "approx", "in_russia", "other", "pub",
          "an accordionist relaying her cousin, a marine on Yeonpyeong ('habe er ihr am Telefon "
          "erzählt' after the figure, no day; Konjunktiv over two sentences; the speaker quoted: "
          "other): served in Russia since the autumn"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'kündigte am 17. Juni in Pjöngjang an': sappers and builders the North will "
          "send to Kursk (an announcement: planned)"),
        C("rund 1.000", 1000, "approx", "near_front", "south_korea", "tue",
          "'Nach Angaben von Seouls Geheimdienst, die den Abgeordneten am Dienstag vorgelegt "
          "wurden' (22 July; the day in a relative clause): deminers arrived there (Kursk)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "wed",
          "Zelensky 'sagte am Mittwoch' (23 July), Konjunktiv: holding positions in the border "
          "region"),
        C("4.000", 4000, "exact", "planned", "united_states", "pub",
          "'Das Pentagon rechnet damit' (undated): 'weitere' to follow (increment before the "
          "figure, span without the word, planned)", add=True),
        C("über 100", 100, "at_least", "casualties", "north_korea", "sun",
          "KCNA 'meldete am Sonntag' (20 July), Konjunktiv: families of the fallen received"),
        C("etwa 2.000", 2000, "approx", "casualties", "unattributed", "pub",
          "'Medienberichten zufolge' (unattributed, required): killed in all"),
    ),
)

S06 = Source(
    article_id="s126_06_ziegelhuette_laufen_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-09-12"),
    dated_by="dateline",
    features="a brickworks museum society's bulletin from Laufen (Laufental, Jura) as plain "
        "text, ISO-8859-1 (Swiss conventions: `ss`, «», `10'000`, `20'000`, `30'000`, 4-digit "
        "`2400`/`2000`/`5000`), dated by the place line 'Laufen, 12. September 2025' (Friday); "
        "the first firing of the kiln since 1961 first; a ceramic engineer from Yeoju 'schätzt' "
        "«`gegen 20'000`» who served in Russia ('gegen' as approx, other, `pub`); the NIS 'am 4. "
        "September' `rund 2000` fallen and, named after the figure ('hiess es in Seoul'), "
        "`5000` builders 'auf dem Weg nach Russland' (in Russia); the State Department "
        "'verlautete gestern' `mehr als 10'000` in Kursk (`yday`); Budanov 'vergangene Woche' "
        "`30'000` offered 'zusätzlich' (increment after the figure, planned); 'Aus dem "
        "Nato-Hauptquartier hiess es am Montag' `Tausende` still at the front; state media "
        "'Ende August' `Hunderte` fallen (north_korea); bricks, cracked bricks, a kiln's metres, "
        "steres of wood, years, francs, a date, a phone number",
    text="""\
VEREIN ALTE ZIEGELHÜTTE LAUFENTAL
Mitteilungen Nr. 3/2025

Laufen, 12. September 2025

Liebe Mitglieder

Der Ringofen hat wieder gebrannt. Zum ersten Mal seit 1961 haben wir im August in der alten \
Ziegelhütte an der Birs einen Brand gewagt: 2400 Handstrichziegel, vier Tage und drei Nächte \
Feuer, und am Ende waren nur 130 Stück gerissen. Der Ofen ist 34 Meter lang, und wer beim \
Nachlegen dabei war, weiss jetzt, warum die Ziegler früher nach der Saison so dünn waren.

Ein Ingenieur aus Yeoju

Geholfen hat beim Brand Choi Hyun-woo, 35, Keramikingenieur aus Yeoju, der seit einem Jahr in \
der Sanitärkeramik-Fabrik in Laufen arbeitet. In seiner Heimatstadt baut man seit Jahrhunderten \
Töpferöfen in den Hang, und er hat uns gezeigt, wie man die Temperatur an der Farbe der Glut \
abliest.

Beim Znüni kam die Rede auf Nordkorea. Choi hat seinen Militärdienst bei einer \
Aufklärungseinheit nahe der Grenze geleistet. Er schätzt, dass bisher «[[gegen 20'000]]» \
Nordkoreaner in Russland gedient haben. «Zurück kommen sie als Helden auf Plakaten, aber niemand \
fragt, wie viele nicht zurückkommen», sagte er.

Was die Regierungen sagen

Die Zahl der Gefallenen bezifferte der südkoreanische Nachrichtendienst NIS am 4. September vor \
dem Parlament auf [[rund 2000]]. Zudem seien [[5000]] Militärbauarbeiter auf dem Weg nach \
Russland, hiess es in Seoul. Aus dem US-Aussenministerium verlautete gestern, man gehe von \
[[mehr als 10'000]] Nordkoreanern aus, die weiterhin im Gebiet Kursk stationiert seien. Der \
ukrainische Geheimdienstchef Kyrylo Budanow sagte vergangene Woche in einem Interview, Pjöngjang \
habe Moskau angeboten, [[30'000]] Mann zusätzlich zu stellen. Aus dem Nato-Hauptquartier hiess \
es am Montag, [[Tausende]] Nordkoreaner seien nach wie vor an der Front. Die nordkoreanischen \
Staatsmedien zeigten Ende August Fotos von Kim Jong Un bei einer Gedenkfeier für [[Hunderte]] \
Gefallene.

Mitteilungen des Vorstands
- Der zweite Brand ist für Juni 2026 geplant; wir brauchen dafür 20 Ster Buchenholz.
- Der Jahresbeitrag bleibt bei 60 Franken, für Familien 90 Franken.
- Herbstexkursion zur Tongrube Liesberg: Samstag, 4. Oktober, 13.30 Uhr, Bahnhof Laufen
- Auskunft beim Präsidenten: 061 761 48 22
""",
    claims=(
        C("gegen 20'000", 20000, "approx", "in_russia", "other", "pub",
          "a Korean ceramic engineer 'schätzt' (undated), in «»: served in Russia so far "
          "('gegen' as approx)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'bezifferte … am 4. September vor dem Parlament': fallen"),
        C("5000", 5000, "exact", "in_russia", "south_korea", "2025-09-04",
          "same briefing, carried by Konjunktiv and 'hiess es in Seoul' after the figure: "
          "military builders 'auf dem Weg nach Russland' (sent: in Russia)"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "united_states", "yday",
          "the State Department 'verlautete gestern' (Thursday 11 September), Konjunktiv: "
          "stationed in the Kursk region"),
        C("30'000", 30000, "exact", "planned", "ukraine", "lastweek",
          "Budanov 'sagte vergangene Woche in einem Interview': offered 'zusätzlich' "
          "(increment after the figure, planned)", add=True),
        C("Tausende", None, "vague", "near_front", "nato", "mon",
          "'Aus dem Nato-Hauptquartier hiess es am Montag' (8 September), Konjunktiv: still at "
          "the front"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state media 'zeigten Ende August' (day 21 to the month's end): a "
          "memorial for the fallen"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Tonga, Bermuda, Newfoundland)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s126_07_kava_notes_eua_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-16"),
    dated_by="front_matter",
    features="a kava growers' association newsletter from 'Eua (Tonga) in Markdown, windows-1252 "
        "(curly quotes and apostrophes raw, `–`), front matter with `date:` (Friday) and a "
        "title without a figure; the dry season, root prices in pa'anga and cuttings first; a "
        "member's son, a lance corporal in the British Army in Estonia, whose letter 'writes' "
        "'The briefings we get put' `over 15,000` through Russia (other, `pub`); Seoul's spy "
        "agency 'briefing lawmakers on 30 April, put the North's dead at' `roughly 600` and "
        "its total casualties at `4,700`; a Russian general 'last week' `about 1,500` sappers in "
        "Kursk villages (russia, near the front); a State Department spokeswoman 'on Tuesday' "
        "`thousands` still in Russia; a NATO commander in Tallinn 'put the figure on Monday at' "
        "`some 12,000`; 'According to Kyiv's military intelligence' 'another' `3,000` being "
        "trained at home (increment, planned, `pub`); Tongans in the British Army, tonnes, "
        "cuttings, prices, fees, a birthday, a phone number",
    text="""\
---
title: "Kava notes – May 2025"
date: 2025-05-16
association: ’Eua Kava Growers’ Association
---

# Kava notes

The dry season has come early to ’Eua, and most of us are digging. At the Ohonua wharf last \
Friday the association weighed 6.2 tonnes of dried root for the Auckland buyers, and the price \
held at T$78 a kilo for lateral roots and T$55 for the stump. Our nursery at Tufuvai has 12,000 \
cuttings ready for members who lost plants in the February storms.

## A letter from the Baltic

Sione Fifita, son of our treasurer Mele Fifita, joined the British Army from ’Eua in 2016 and is \
now a lance corporal with a logistics unit in Estonia, part of the NATO force on Russia’s border. \
He is one of about 100 Tongans serving in British uniform. He wrote to his mother for her \
birthday and asked her to share part of the letter with the association.

“It is cold here even in May,” he writes. “The briefings we get put the North Koreans who have \
gone through Russia at [[over 15,000]], and the lads from Kyiv we train with say the ones still \
at the front have learned fast.”

## What the governments say

Seoul’s spy agency, briefing lawmakers on 30 April, put the North’s dead at [[roughly 600]] and \
its total casualties at [[4,700]]. A Russian general told state television last week that \
[[about 1,500]] North Korean sappers were clearing mines in the border villages of Kursk. A \
State Department spokeswoman said on Tuesday that [[thousands]] were still in Russia, and a NATO \
commander in Tallinn put the figure on Monday at [[some 12,000]]. According to Kyiv’s military \
intelligence, another [[3,000]] are being trained at home to fly drones.

Pyongyang admitted only at the end of April that its soldiers had fought in Kursk at all.

## Association notes

- Membership fees for 2025 (T$40) are due by the end of June.
- The truck to Ohonua wharf runs every second Friday; book on 7712 348.
- Mele thanks everyone who came to her 60th birthday lunch at the church hall.
""",
    claims=(
        C("over 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a member's son, a soldier in Estonia, in an undated letter ('he writes', 'The "
          "briefings we get put … at': the speaker quoted: other): gone through Russia"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "Seoul's spy agency 'briefing lawmakers on 30 April, put the North's dead at'"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing: total casualties (the dead are part of them; neither is an increment)"),
        C("about 1,500", 1500, "approx", "near_front", "russia", "lastweek",
          "a Russian general 'told state television last week': sappers clearing mines in "
          "Kursk border villages"),
        C("thousands", None, "vague", "in_russia", "united_states", "tue",
          "a State Department spokeswoman 'said on Tuesday' (13 May): still in Russia"),
        C("some 12,000", 12000, "approx", "in_russia", "nato", "mon",
          "a NATO commander in Tallinn 'put the figure on Monday at' (12 May; the figure of "
          "those in Russia)"),
        C("3,000", 3000, "exact", "planned", "ukraine", "pub",
          "'According to Kyiv's military intelligence' (undated): 'another' being trained at "
          "home (increment, span without the word, planned)", add=True),
    ),
)

S08 = Source(
    article_id="s126_08_flying_fox_news_kolovai_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-01-22"),
    dated_by="sidecar",
    sidecar=(
        "Kolovai Flying Fox Trust",
        "https://www.kolovaiflyingfox.example/news/vet-from-daejeon",
        "A vet from Daejeon in the casuarinas",
    ),
    features="a flying-fox trust's news page from Kolovai on Tongatapu (Tonga) in HTML, UTF-16 "
        "LE with BOM, no meta date (sidecar, Wednesday), a one-button cookie note about the "
        "donation form, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&ndash;`), a "
        "footer with a phone number; `<title>` and headline without a figure; the bat count "
        "first; a wildlife vet from Daejeon relaying her brother, an army captain, 'On New "
        "Year's Day' `about 11,000` in Kursk (other, 1 January); Seoul's spy agency 'last week' "
        "`some 300` dead; the White House 'in mid-January' `over 1,000` killed or wounded; "
        "Zelensky 'on Sunday' `nearly 4,000` ('nearly' as approx); HUR 'expects' `several "
        "thousand` 'more' (increment, planned, `pub`); flying foxes, bands, ages, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>News &ndash; Kolovai Flying Fox Trust</title>
<script>var kfft={page:"news",y:2025};</script>
</head>
<body>
<div id="cc">This site keeps one cookie for your donation form. <button>Fine</button></div>
<nav><a href="/">Home</a> | <a href="/bats">The Bats</a> | <a href="/news">News</a> | <a \
href="/give">Give</a></nav>
<main>
<h1>A vet from Daejeon in the casuarinas</h1>
<p>Our January count found 840 flying foxes roosting in the casuarina trees along the Kolovai \
road, up from 610 after the cyclone two years ago. Dr Lim Ji-yeon, 33, a wildlife vet from \
Daejeon, spent three weeks with us fitting 20 bats with light leg bands.</p>
<p>Her brother is an army captain in Yanggu, on the border with the North. On New Year&rsquo;s \
Day he told her by phone that his unit had been briefed that [[about 11,000]] North Koreans \
were in the Kursk region.</p>
<p>The official tallies grow each week. Seoul&rsquo;s spy agency said last week that [[some \
300]] had died. The White House said in mid-January that [[over 1,000]] had been killed or \
wounded, and on Sunday President Zelensky put the North&rsquo;s losses at [[nearly 4,000]] \
killed and wounded. Kyiv&rsquo;s military intelligence expects [[several thousand]] more to \
arrive before spring.</p>
<p>&ldquo;The bats here are sacred and nobody may hunt them,&rdquo; Dr Lim said. &ldquo;I wish \
young soldiers had that kind of protection.&rdquo;</p>
</main>
<footer>Kolovai Flying Fox Trust &middot; Kolovai, Tongatapu &middot; +676 41 266</footer>
<script src="/js/give.js"></script>
</body>
</html>
""",
    claims=(
        C("about 11,000", 11000, "approx", "near_front", "other", "2025-01-01",
          "a vet relaying her brother, an army captain in Yanggu ('On New Year's Day he told her "
          "by phone': 1 January; the speaker quoted: other): in the Kursk region"),
        C("some 300", 300, "approx", "casualties", "south_korea", "lastweek",
          "Seoul's spy agency 'said last week': died"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states", "2025-01-11..2025-01-20",
          "the White House 'said in mid-January' (days 11-20): killed or wounded"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'on Sunday … put the North's losses at' (19 January; 'nearly' as approx)"),
        C("several thousand", None, "vague", "planned", "ukraine", "pub",
          "HUR 'expects' (undated): 'more' to arrive before spring (increment, planned)",
          add=True),
    ),
)

S09 = Source(
    article_id="s126_09_midatlantic_wire_st_davids",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-24"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from St. David's (Bermuda) as plain text, UTF-8 with "
        "CRLF, slug line and dateline 'ST. DAVID’S, Bermuda, October 24, 2025 (Mid-Atlantic "
        "Wire) –' (Friday), curly quotes; the headline's `10,000` from the NIS of Tuesday "
        "(Tuesday to publication); a South Korean training ship's cadets (not claims); a cadet "
        "relaying his brother, a sergeant on the DMZ, `15,000` rotated through Kursk (other, "
        "`pub`); `about 10,000` kept in Kursk and `some 5,000` builders sent, 'South Korea’s "
        "National Intelligence Service told lawmakers on Tuesday' (named after the figure); a "
        "Pentagon spokesman 'yesterday' `as many as 3,000` gunners (`yday`, at_most); Russia's "
        "ambassador 'on Wednesday' `1,500` deminers (russia, near the front); HUR 'believes' "
        "`6,000` 'more' (increment, planned, `pub`); state media on a wall Kim unveiled 'on "
        "Sunday' with the names of `several hundred` killed (Sunday to publication); Kursk "
        "veterans marching at the 10 October parade `hundreds` (returnees: optional); cadets, "
        "voyage days, Bermuda's population and regiment, a wire trailer with a phone number",
    text="""\
BERMUDA-KOREA/SHIP (MID-ATLANTIC WIRE)

South Korean cadets reach Bermuda as Seoul says [[10,000]] North Koreans still on Kursk front

ST. DAVID’S, Bermuda, October 24, 2025 (Mid-Atlantic Wire) – A South Korean navy training ship \
carrying 146 officer cadets tied up at the old naval base on St. David’s Island on Friday, the \
fourth stop on a 100-day voyage that began in Busan in August.

The cadets spent the morning chipping paint and the afternoon at a small museum where islanders \
keep the story of the pilots who once guided ships through the reefs. Several said their minds \
were partly on home, where the news has been dominated by the North’s soldiers in Russia.

“My older brother is a sergeant on the DMZ. He says the talk in his battalion is that [[15,000]] \
of them have rotated through Kursk,” said Cadet Park Jun-seo, 22, from Mokpo.

North Korea keeps [[about 10,000]] troops in the Kursk region and has sent [[some 5,000]] \
military construction workers to Russia since September, South Korea’s National Intelligence \
Service told lawmakers on Tuesday. A Pentagon spokesman said yesterday that [[as many as 3,000]] \
North Korean gunners were still firing across the border into Ukraine’s Sumy region.

Russia’s ambassador in Pyongyang told a Russian news agency on Wednesday that [[1,500]] North \
Korean deminers were still at work in the Kursk fields. Ukraine’s military intelligence believes \
[[6,000]] more are being readied to go. North Korean state media reported that Kim Jong Un on \
Sunday unveiled a wall bearing the names of [[several hundred]] soldiers killed “in the \
liberation of Kursk”. Earlier in the month, state television showed [[hundreds]] of Kursk \
veterans marching through Kim Il Sung Square in the 10 October parade.

Bermuda, with 64,000 people, has no armed force of its own beyond the Royal Bermuda Regiment, \
about 350 strong. The ship sails for Lisbon on Sunday.

(Reporting by Kendra Outerbridge; editing by Alan Simmons)
((desk@midatlanticwire.example; +1 441 296 0148))
-- ends --
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'as Seoul says': the NIS briefing of Tuesday below, hedge dropped (Tuesday "
          "to the Friday of publication)"),
        C("15,000", 15000, "exact", "in_russia", "other", "pub",
          "a cadet relaying his brother, a sergeant on the DMZ ('He says', 'said Cadet Park' "
          "without a day; the speaker quoted: other): rotated through Kursk"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (21 October), named after the figure: kept in "
          "the Kursk region"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same sentence: construction workers sent to Russia since September"),
        C("as many as 3,000", 3000, "at_most", "near_front", "united_states", "yday",
          "a Pentagon spokesman 'said yesterday' (Thursday 23 October): gunners still firing "
          "across the border ('as many as' as at_most)"),
        C("1,500", 1500, "exact", "near_front", "russia", "wed",
          "Russia's ambassador in Pyongyang 'on Wednesday' (22 October): deminers at work in "
          "the Kursk fields"),
        C("6,000", 6000, "exact", "planned", "ukraine", "pub",
          "HUR 'believes' (undated): 'more' being readied (increment, span without the word, "
          "planned)", add=True),
        C("several hundred", None, "vague", "casualties", "north_korea", "sun..pub",
          "state media 'reported that Kim … on Sunday unveiled' (the event on 19 October, the "
          "report undated: Sunday to publication): names of the killed"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "Kursk veterans marching in the 10 October parade (returnees, as in earlier sets): "
          "optional", opt=True),
    ),
)

S10 = Source(
    article_id="s126_10_race_news_st_georges_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-20"),
    dated_by="html_meta", crlf=True,
    features="a fitted dinghy association's race news from St. George's (Bermuda) in HTML, "
        "windows-1252 with CRLF (curly quotes, `’` and `·` raw), `article:published_time` "
        "-03:00 (Wednesday), a cookie note about the results page, a script, navigation, "
        "`&amp;`, a footer; a `<title>` without a figure and the headline `11,000` from the "
        "joint chiefs of Monday (Monday to publication); Sunday's race first; a bailer from "
        "Chernihiv relaying his uncle, a drone operator on the Sumy border, `a couple of "
        "hundred` across from him ('Mykola said at Tuesday's training': that Tuesday); Seoul's "
        "joint chiefs 'On Monday … put … at' `about 11,000` around Kursk; Zelensky 'on "
        "Friday' `more than 4,000` killed and wounded; Rutte 'early this month' `between 14,000 "
        "and 15,000` sent (days 1-10); Russia's deputy defence minister 'last week' `several "
        "thousand` builders to come ('due in Kursk': planned); the commodore 'figures' "
        "`20,000` 'more' by next summer (increment, planned, other, `pub`); boats, minutes and "
        "seconds, spectator boats, a regiment's years, dollars, feet, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<meta property="article:published_time" content="2025-08-20T18:30:00-03:00">
<meta property="og:site_name" content="St. George’s Fitted Dinghy Association">
<title>Race News | St. George’s Fitted Dinghy Association</title>
<script>var fda={section:"race-news",season:2025};</script>
</head>
<body>
<div class="cookie-note">We use a single cookie to remember which boat you follow on the \
results page. <button>Got it</button></div>
<nav><a href="/">Home</a> · <a href="/boats">The Boats</a> · <a href="/results">Results</a> · \
<a href="/race-news">Race News</a> · <a href="/join">Join &amp; Support</a></nav>
<main>
<h1>Bailers, bruises and Seoul’s [[11,000]]</h1>
<p>Sunday’s race in St. George’s Harbour was the roughest of the summer. Of the three fitted \
dinghies on the line only two finished, and ours came home second, 2 minutes and 40 seconds \
behind the visitors from the west end, after our bailer went over the side on the second beat \
to lighten her, as the old rules allow. Around 60 spectator boats followed the race.</p>
<h2>Our new bailer</h2>
<p>The man who jumped was Mykola Savchenko, 19, who came to Bermuda with his mother from \
Chernihiv in 2022 and now studies marine engineering at the college. His uncle is a drone \
operator on the Sumy border. “He says there are [[a couple of hundred]] North Koreans across \
from his position, mostly flying drones now, and they have got good at it,” Mykola said at \
Tuesday’s training.</p>
<h2>The numbers from the capitals</h2>
<p>On Monday Seoul’s Joint Chiefs of Staff put the North’s force still posted around Kursk at \
[[about 11,000]]. President Zelensky, in his nightly address on Friday, said the \
North had lost [[more than 4,000]] men killed and wounded since last autumn. NATO’s Mark Rutte \
put the total sent at [[between 14,000 and 15,000]] early this month, and Russia’s deputy \
defence minister said last week that [[several thousand]] builders from the North were due in \
Kursk by October.</p>
<p>Our commodore, Delroy Minors, who spent 22 years in the Royal Bermuda Regiment, figures \
Pyongyang will have sent [[20,000]] more by next summer. “Kim pays Putin in men, and Putin pays \
Kim in oil and rockets,” he said.</p>
<h2>Club notes</h2>
<p>The Cup Match weekend raffle raised $3,400 for the junior programme. A new suit of sails for \
our 14-foot boat costs $9,000. Next race: Sunday 7 September, 1 p.m., off Ordnance Island. \
Membership enquiries: 441 297 5532.</p>
</main>
<footer>St. George’s Fitted Dinghy Association · Water Street · St. George’s, Bermuda · \
<a href="/privacy">Privacy</a></footer>
<script src="/js/results.js"></script>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "south_korea", "mon..pub",
          "headline: the joint chiefs' figure of Monday below ('about 11,000' in Kursk), hedge "
          "dropped (Monday to the Wednesday of publication)"),
        C("a couple of hundred", None, "vague", "near_front", "other", "tue",
          "a bailer relaying his uncle, a drone operator on the Sumy border ('He says', dated by "
          "'Mykola said at Tuesday's training': 19 August; the speaker quoted: other): across "
          "from his position"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "Seoul's joint chiefs 'On Monday … put the North's force still posted around Kursk "
          "at' (18 August)"),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "fri",
          "Zelensky 'in his nightly address on Friday' (15 August): killed and wounded"),
        C("between 14,000 and 15,000", None, "range", "in_russia", "nato",
          "2025-08-01..2025-08-10",
          "Rutte 'put the total sent at … early this month' (days 1-10)"),
        C("several thousand", None, "vague", "planned", "russia", "lastweek",
          "Russia's deputy defence minister 'said last week': builders 'due in Kursk by "
          "October' (planned)"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "the commodore 'figures' (undated): 'more' sent by next summer (increment, span "
          "without the word, planned)", add=True),
    ),
)

S11 = Source(
    article_id="s126_11_seniors_newsletter_bonavista",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2024-12-11"),
    dated_by="sidecar",
    sidecar=(
        "Cape Shore Seniors’ Club, Bonavista",
        "https://www.capeshoreseniors.example/newsletter/advent-2024",
        "Advent newsletter: dinner, a veteran and a new neighbour",
    ),
    features="a seniors' club newsletter from Bonavista (Newfoundland) as plain text, UTF-8 with "
        "BOM (sidecar, Wednesday), curly quotes and `–`; the Christmas dinner first; a Korean "
        "War veteran who 'reckons' `a good 20,000` in Russia ('a good' as at_least, like 'gut', "
        "other, `pub`); a fish plant worker from Kharkiv relaying her son, 'He phoned her on "
        "Sunday', `dozens` killed (other, that Sunday); the NIS 'late last month' `about "
        "11,000` in Kursk (day 21 to the month's end); the Pentagon 'on Monday' `several "
        "hundred` killed or wounded; HUR 'on Friday' 'another' `8,000` (increment, planned); "
        "'Reports out of Seoul this week' `around 100` killed (unattributed, Monday to "
        "publication); a Russian MP 'last week' `a few hundred` 'advisers' (russia, in Russia); "
        "Canadians who served and died in Korea, members, tickets, workers, ages, years, a "
        "phone number",
    text="""\
CAPE SHORE SENIORS’ CLUB, BONAVISTA
Newsletter – Advent

Christmas dinner is on! The Legion hall is booked for Saturday the 21st at 5 p.m., and 112 of \
our 140 members have already paid. Tickets are $25, and Bride Abbott has promised the same \
figgy duff that sold out last year.

A veteran remembers

Harold Keough turned 93 in November, and he is the last man on the peninsula who served in \
Korea. He landed at Pusan in 1951, aged 19, with the Royal Canadian Regiment. Some 26,000 \
Canadians served in that war and 516 of them did not come home, a number Harold can still give \
without looking it up.

He follows the news from Kursk on the radio every morning. “When I was over there, the North \
had an army of boys who would walk into a machine gun. Not much has changed,” he said. He \
reckons Kim already has [[a good 20,000]] men in Russia, “whatever Seoul says.”

A new neighbour’s worry

Nataliia Hrytsenko came to Bonavista from Kharkiv last year and works on the line at the fish \
plant, which employed about 300 people this season. Her son Oleh is a mortar man in the Sumy \
region. He phoned her on Sunday and said [[dozens]] of North Koreans had been killed in front of \
his position in a single morning.

What the governments are saying

South Korea’s spy agency told lawmakers late last month that [[about 11,000]] North Korean \
soldiers were in the Kursk region and that some had begun fighting. The Pentagon said on Monday \
that [[several hundred]] had been killed or wounded. Ukraine’s military intelligence said on \
Friday that Pyongyang was getting another [[8,000]] men ready to go. Reports out of Seoul this \
week put the number killed in the first battles at [[around 100]]. A member of the Russian \
parliament told state television last week that only [[a few hundred]] North Korean \
“advisers” were in the country.

Club notes
– Cards every Tuesday at 2 p.m.; bring a loonie for the pot.
– The club van needs a new driver. Call Gerald at 709 468 2215.
– Our sympathy to the family of Lorne Mouland, 88, who died on 2 December.
""",
    claims=(
        C("a good 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a Korean War veteran 'reckons' (undated): already in Russia ('a good' as at_least, "
          "like 'gut 3.000')"),
        C("dozens", None, "vague", "casualties", "other", "sun",
          "a fish plant worker's son, a mortar man near Sumy, 'He phoned her on Sunday and said' "
          "(8 December; the speaker quoted: other): killed in one morning"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "2024-11-21..2024-11-30",
          "the NIS 'told lawmakers late last month' (day 21 to the month's end): in the Kursk "
          "region"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'said on Monday' (9 December): killed or wounded"),
        C("8,000", 8000, "exact", "planned", "ukraine", "fri",
          "HUR 'said on Friday' (6 December): 'another' being got ready (increment, span "
          "without the word, planned)", add=True),
        C("around 100", 100, "approx", "casualties", "unattributed", "mon..pub",
          "'Reports out of Seoul this week' (unattributed, required; Monday of the week to "
          "publication): killed in the first battles"),
        C("a few hundred", None, "vague", "in_russia", "russia", "lastweek",
          "a Russian MP 'told state television last week': 'advisers' in the country"),
    ),
)

S12 = Source(
    article_id="s126_12_logbook_gander_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Gander Aviation Heritage Society – The Logbook",
        "https://www.ganderaviationheritage.example/logbook/2025-11",
        "The Logbook – November",
    ),
    features="an aviation heritage society's logbook from Gander (Newfoundland) in Markdown, "
        "UTF-8, front matter with `date:` (dated by the sidecar, Wednesday) and a title without "
        "a figure; the museum season first; a water bomber pilot from Kharkiv relaying a "
        "squadron friend's mail of 'last week', 'By his count', `several hundred` gunners dug in "
        "(other, `lastweek`), who 'believes' `25,000 to 30,000` will have served by spring "
        "(range, planned, `pub`) and echoes the NIS figure in a quote (`Eleven thousand`: "
        "optional); the NIS 'in a briefing to parliament on 4 November, estimated' `about "
        "11,000` still in Russia with `roughly 5,000` of them builders (a breakdown); a "
        "Pentagon report 'this month' `more than 6,000` casualties (the 1st to publication); "
        "Russia's defence minister 'on 11 November' `around 2,000` in Kursk; `about 4,000` "
        "fresh troops to 'rotate … in', with the claimant in the next sentence ('That "
        "assessment came from Kyiv's military intelligence on Monday': increment, planned); "
        "state TV 'On Sunday' `dozens` killed; visitors, airliners and passengers of 2001, "
        "flying hours, dollars, a phone number",
    text="""\
---
title: "The Logbook – November"
date: 2025-11-19
society: Gander Aviation Heritage Society
---

# The Logbook

The hangar doors closed for the winter on 2 November after our best season yet: 7,850 \
visitors, a restored Hudson nose section back on display, and a school group from Lewisporte \
that asked more questions than our guides could answer. On 11 September we read out the names \
of the 38 airliners that landed here in 2001 and remembered the 6,700 passengers this town took \
in.

## A water bomber pilot from Kharkiv

Andrii Kovalenko, 44, flew An-26 transports for the Ukrainian air force until 2019. Since last \
spring he has flown a water bomber for the province out of Gander, and this summer he logged 210 \
hours over the fires on the Avalon. He gave our members a talk in the hangar in October and has \
promised to come back in January.

A friend from his old squadron now flies reconnaissance drones on the Kursk border and wrote to \
him last week. By his count, [[several hundred]] North Korean gunners are still dug in on the \
Russian side. Andrii believes that by the spring [[25,000 to 30,000]] North Koreans will have \
served in Russia. "[[Eleven thousand]] boys who never asked to be there, and more coming," he \
said.

## The news this month

South Korea's National Intelligence Service, in a briefing to parliament on 4 November, \
estimated that [[about 11,000]] North Koreans remained in Russia, [[roughly 5,000]] of them \
engineers and builders. A Pentagon report to Congress this month put the North's casualties at \
[[more than 6,000]] killed and wounded. Russia's defence minister said on 11 November that \
[[around 2,000]] North Korean deminers and builders were working in the Kursk region.

Pyongyang will rotate [[about 4,000]] fresh troops in over the winter. That assessment came \
from Kyiv's military intelligence on Monday. On Sunday, North Korean state television showed \
Kim Jong Un at the funeral of [[dozens]] of soldiers killed while clearing mines in Kursk.

## Society notes

- Annual dinner: Saturday 6 December at the Albatross, $45 a plate.
- The Hudson restoration fund stands at $18,200 of the $30,000 we need.
- Volunteers for the winter inventory: call Wanda at 709 256 4471.
""",
    claims=(
        C("several hundred", None, "vague", "near_front", "other", "lastweek",
          "a pilot relaying his squadron friend, a drone operator, who 'wrote to him last week' "
          "('By his count'; the speaker quoted: other): gunners dug in on the Russian side"),
        C("25,000 to 30,000", None, "range", "planned", "other", "pub",
          "the pilot 'believes' (undated): will have served in Russia by spring (a forecast: "
          "planned)"),
        C("Eleven thousand", 11000, "exact", "in_russia", "other", "pub",
          "the pilot's echo of the NIS figure inside a quote ('he said', no day): optional",
          opt=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'in a briefing to parliament on 4 November, estimated': remained in Russia"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing, 'of them' (a breakdown, not an increment): engineers and builders"),
        C("more than 6,000", 6000, "at_least", "casualties", "united_states",
          "2025-11-01..pub",
          "'A Pentagon report to Congress this month put … at' (the 1st to publication): "
          "killed and wounded"),
        C("around 2,000", 2000, "approx", "near_front", "russia", "2025-11-11",
          "Russia's defence minister 'said on 11 November': deminers and builders working in "
          "the Kursk region"),
        C("about 4,000", 4000, "approx", "planned", "ukraine", "mon",
          "'will rotate … fresh troops in', claimant and day in the next sentence ('That "
          "assessment came from Kyiv's military intelligence on Monday': 17 November): "
          "replacements (increment, planned)", add=True),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state TV 'On Sunday' (16 November): the funeral of soldiers killed "
          "clearing mines"),
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
