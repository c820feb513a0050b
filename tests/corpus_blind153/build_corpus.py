"""Build the HUNDRED-AND-FIFTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-fifth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the autumn
letter of a hospice association in Lübtheen (Griese Gegend) with a volunteer from Kryvyi Rih and a
music therapist from Daegu, the workshop letter of a joinery in Malliß (Griese Gegend) with a joiner
from Cherkasy and a Korean cook from Gangneung, the club news of a ski club in Brand (Brandnertal,
Austrian conventions) with a ski instructor from Yaremche and a snowboard teacher from Pyeongchang,
the summer letter of an e-bike rental on the Tschengla above Bürserberg (Brandnertal, Austrian
conventions) with a mechanic from Lutsk and a touring cyclist from Gwangju, the neighbours' letter
of the Gigerwald hydropower station in the Calfeisental (Swiss conventions) with an engineer from
Nova Kakhovka and a hydrologist from Andong, and the circular of a livestock-guardian dog
association in the Calfeisental (Swiss conventions) with a Hutsul shepherd from Rakhiv and a dog
trainer from Jeju; an agency-style wire report from a Ketchikan dry dock with a welder from Izmail
and a marine engineer from Geoje, the dock notes of a Ketchikan floatplane air taxi with a dock hand
from Chernivtsi and a Korean-American pilot, the raceway report of salmon hatchery volunteers near
Ketchikan with a fisheries biologist from Kremenchuk and an exchange student from Pohang, a readers'
letters page from a Sherkin Island newsletter with letters quoting a son on the Sumy line and a
father who was a South Korean colonel, the studio notes of a visual art school on Sherkin Island
with a painter from Bila Tserkva and a potter from Icheon, and the end-of-season letter of a Sherkin
Island B&B with a cook from Kropyvnytskyi and a teacher from Gimhae. Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an article
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
BASE_NAME = "_blind153_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Griese Gegend, Brandnertal, Calfeisental)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="w153_01_herbstbrief_hospiz_luebtheen_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-15"),
    dated_by="front_matter",
    features="the autumn letter of an outpatient hospice association in Lübtheen (Griese Gegend, "
        "south-west Mecklenburg) in Markdown, UTF-8 with `„“` and `–`, front matter with `date:` "
        "(Friday) and a title without a figure; volunteers, companionships, course hours and a "
        "bazaar first; a volunteer from Kryvyi Rih playing her son-in-law's voice message ('seine "
        "Sprachnachricht vom Montag vorgespielt', Konjunktiv) `mehrere hundert` dug in opposite "
        "his sector (other, from Monday to publication); a music therapist from Daegu 'rechnet "
        "damit' `um die 15.000` by spring (new here: 'um die' as approx, planned, other, `pub`); "
        "Seoul 'Mitte Oktober' `1.500` moved to Russia (days 11-20); the Pentagon 'Ende Oktober' "
        "`rund 10.000` in the Far East (days 21-31); 'Am Montag dieser Woche hieß es aus "
        "Washington' `etwa 8.000` 'davon' moved on to Kursk (a breakdown, near the front); "
        "Zelensky 'am Mittwoch in seiner abendlichen Videoansprache' `11.000` in the border "
        "region; the letter's own `Tausende` young men at a foreign front before the day of "
        "remembrance (unattributed, required, `pub`); Russia's losses a day, volunteers, "
        "companionships, course hours, euros, ages, years, dates, a phone number",
    text="""\
---
title: "Herbstbrief 2024"
date: 2024-11-15
verein: Ambulanter Hospizverein Griese Gegend e.V.
sitz: Lübtheen
---

# Wer da ist, wenn es still wird

Liebe Mitglieder, liebe Begleiterinnen und Begleiter,

für unseren kleinen Verein geht ein dichtes Jahr zu Ende. Seit Januar haben 41 Ehrenamtliche 117 \
Sterbende und ihre Angehörigen in Lübtheen, Jessenitz, Malliß und den Dörfern dazwischen \
begleitet, manche nur eine Nacht lang, andere über viele Monate. Der neue Befähigungskurs mit 96 \
Unterrichtsstunden ist ausgebucht, und das Trauercafé im Pfarrhaus öffnet weiter an jedem zweiten \
Dienstag. Der Erntedankbasar hat 2.380 Euro eingebracht – danke an alle, die Marmelade gekocht, \
Kränze gebunden oder einfach eingekauft haben.

## Zwei neue Gesichter in unserem Kreis

Seit dem Sommer ist Switlana Horobez dabei, 58 Jahre alt, früher Stationsschwester in Krywyj Rih. \
Sie wohnt mit ihrer Tochter in Jessenitz und besucht zweimal in der Woche eine alte Bäuerin in \
Probst Jesar. Ihr Schwiegersohn steht mit den Grenztruppen im Gebiet Sumy. Beim Gruppenabend hat \
sie uns seine Sprachnachricht vom Montag vorgespielt: Gegenüber seinem Abschnitt hätten sich \
[[mehrere hundert]] Nordkoreaner eingegraben, nachts höre man sie in ihrer Sprache rufen.

Ebenfalls neu ist Yoon Mi-rae, 34, Musiktherapeutin aus Daegu, die in der Klinik in Ludwigslust \
arbeitet und bei uns Abende mit Klangschalen anbietet. Die Familie ihrer Großmutter stammt aus \
Kaesong, das heute zum Norden gehört. Sie rechnet damit, dass bis zum Frühjahr [[um die 15.000]] \
Soldaten aus dem Norden in Russland sein werden. „Keiner von ihnen durfte sich zu Hause richtig \
verabschieden“, sagt sie leise.

## Was uns in diesen Wochen beschäftigt

Mitte Oktober hatte Seoul die Zahl der nach Russland verlegten Soldaten noch mit [[1.500]] \
angegeben. Das Pentagon bezifferte die Truppe Ende Oktober schon auf [[rund 10.000]] Mann, \
verteilt auf Übungsplätze im russischen Fernen Osten. Am Montag dieser Woche hieß es aus \
Washington, [[etwa 8.000]] davon seien inzwischen ins Gebiet Kursk weitergezogen. Präsident \
Selenskyj sprach am Mittwoch in seiner abendlichen Videoansprache von [[11.000]] Nordkoreanern in \
der Grenzregion. Die russische Armee verliert nach Kiewer Angaben derzeit mehr als 1.500 Soldaten \
am Tag.

Wenn wir am Totensonntag die Namen unserer Verstorbenen verlesen, wollen wir auch an die \
[[Tausende]] jungen Männer aus Nordkorea denken, die fern von ihren Müttern an einer fremden Front \
liegen, und an alle, die auf beiden Seiten dieses Krieges sterben.

## Termine

- Trauercafé: 26. November und 10. Dezember, jeweils 15 Uhr, Pfarrhaus Lübtheen
- Gedenkandacht am Totensonntag, 24. November, 17 Uhr, Stadtkirche
- Koordination: Anke Pieplow, Tel. 038855 7 41 93
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "mon..pub",
          "a volunteer from Kryvyi Rih playing her son-in-law's voice message of Monday ('seine "
          "Sprachnachricht vom Montag vorgespielt', Konjunktiv; the speaker quoted: other): dug in "
          "opposite his sector (from Monday to publication)"),
        C("um die 15.000", 15000, "approx", "planned", "other", "pub",
          "a music therapist from Daegu, 'Sie rechnet damit' (undated): in Russia by the spring (a "
          "forecast: planned; 'um die' as approx)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "'Mitte Oktober hatte Seoul … angegeben' (days 11-20): moved to Russia"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "the Pentagon 'bezifferte … Ende Oktober' (day 21 to the month's end): on training "
          "grounds in the Russian Far East"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "'Am Montag dieser Woche hieß es aus Washington' (11 November), Konjunktiv: 'davon' "
          "moved on to the Kursk region (a breakdown of the 10,000, not an increment)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "wed",
          "Zelensky 'sprach am Mittwoch in seiner abendlichen Videoansprache' (13 November): in "
          "the border region"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the association's own framing, no source ('wollen wir auch an die Tausende jungen "
          "Männer … denken'): at a foreign front (unattributed, required)"),
    ),
)

S02 = Source(
    article_id="w153_02_werkstattbrief_tischlerei_malliss_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-23"),
    dated_by="sidecar",
    sidecar=(
        "Tischlerei Brüning Malliß – Werkstattbrief",
        "https://www.tischlerei-bruening.example/werkstattbrief/2025-01",
        "Werkstattbrief Januar: Kiefer aus der Heide, Tische für Schwerin",
    ),
    features="the workshop letter of a joinery in Malliß (Griese Gegend, south-west Mecklenburg) "
        "in HTML, windows-1252 with raw `„“`, `–`, `·` and `€`, one entity (`&amp;`), no meta date "
        "(sidecar, Thursday), a cookie note about sample woods, a script, navigation, a footer "
        "with a postcode and a phone number; `<title>` and headline without a figure; kitchens, "
        "windows, pews and pine in the wood store first; a joiner from Cherkasy relaying his "
        "brother, a mortar man in Kursk ('Gestern Abend hat der Bruder ihn angerufen …, erzählt "
        "Oleh', new here: from yesterday to publication) `Dutzende` dead in front of their "
        "trenches after Sunday's assault (other); a Korean cook from Gangneung whose restaurant "
        "the joinery fitted out 'glaubt' `weit mehr als 1.000` fallen (at_least, other, `pub`); "
        "the NIS 'am 13. Januar' `rund 300` fallen and 'weitere' `2.700` wounded ('weitere' as the "
        "others of the same toll: not an increment); 'Zwei Tage davor' Zelensky (new here: 11 "
        "January, the explicit date moved back) `zwei` captured (a number word, casualties); 'Aus "
        "dem Weißen Haus hieß es am 27. Dezember' `mehr als 1.000` killed or wounded in one week; "
        "Kyiv's military intelligence 'In einer Mitteilung vom Montag' `8.000 bis 10.000` "
        "'zusätzlichen' (range, increment, planned); staff, kitchens, windows, cubic metres, "
        "tables, metres, euros, the prisoners' ages, apprenticeships, dates, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Werkstattbrief Januar – Tischlerei Brüning, Malliß</title>
<script>var werkstatt = {aufmass: "online", holzlager: "kiefer", lehrstellen: 2};</script>
</head>
<body>
<div class="cookie-hinweis">In einem Cookie merken wir uns, welche Musterhölzer Sie sich schon \
angesehen haben. <button>Einverstanden</button></div>
<nav><a href="/">Werkstatt</a> · <a href="/kuechen">Küchen &amp; Möbel</a> · <a \
href="/fenster">Fenster</a> · <a href="/brief">Werkstattbrief</a></nav>
<main>
<h1>Kiefer aus der Heide, Tische für Schwerin</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>der Januar ist bei uns die Zeit für Inventur und für alles, was im Herbst liegen geblieben ist. \
Im vergangenen Jahr haben unsere 14 Leute 62 Küchen und 180 Fenster gebaut, dazu eine ganze Reihe \
neuer Kirchenbänke für Eldena. Im Holzlager trocknen 38 Kubikmeter Kiefer aus der Lübtheener Heide \
– die Griese Gegend trägt ihren Namen nicht umsonst, aber ihr Holz ist gut. Ein Aufmaß bei Ihnen \
zu Hause kostet weiterhin 45 €.</p>
<h2>An der Hobelbank</h2>
<p>Seit dem Sommer 2023 arbeitet Oleh Kowaltschuk, 44, Tischler aus Tscherkassy, bei uns, und \
niemand zinkt eine Schublade sauberer als er. Sein Bruder liegt mit einer Mörsereinheit im Gebiet \
Kursk. Gestern Abend hat der Bruder ihn angerufen: Nach dem Sturmangriff vom Sonntag hätten \
[[Dutzende]] tote Nordkoreaner im Schnee vor ihren Gräben gelegen, erzählt Oleh, während er eine \
Tischkante schleift.</p>
<h2>Tische für Schwerin</h2>
<p>Im Herbst haben wir das Restaurant von Seo Hyun-joo eingerichtet, die in der Schweriner \
Altstadt koreanisch kocht: elf Tische aus heimischer Kiefer und eine Theke von sechs Metern. Sie \
stammt aus Gangneung an der Ostküste und spricht über den Norden nüchtern. Sie glaubt, dass schon \
[[weit mehr als 1.000]] Soldaten aus dem Norden gefallen sind. „Die Familien dort werden es nie \
offiziell erfahren“, sagt sie.</p>
<h2>Die Zahlen dieser Wochen</h2>
<p>Vor Abgeordneten in Seoul bezifferte der südkoreanische Geheimdienst am 13. Januar die Verluste \
des Nordens auf [[rund 300]] Gefallene und weitere [[2.700]] Verwundete. Zwei Tage davor hatte \
Präsident Selenskyj mitgeteilt, ukrainische Soldaten hätten [[zwei]] Nordkoreaner lebend gefangen \
genommen, 20 und 26 Jahre alt. Aus dem Weißen Haus hieß es am 27. Dezember, innerhalb einer \
einzigen Woche seien [[mehr als 1.000]] von ihnen getötet oder verwundet worden. Kiews \
Militärgeheimdienst erwartet Nachschub: In einer Mitteilung vom Montag ist von [[8.000 bis \
10.000]] zusätzlichen Soldaten die Rede, die Pjöngjang bis zum Frühjahr schicken könnte.</p>
<ul><li>Lehrstellen 2025: zwei Plätze frei, Bewerbungen bis 28. Februar</li><li>Verkauf von \
Resthölzern am Samstag, 15. März</li></ul>
</main>
<footer>Tischlerei Brüning · Dorfstraße 9 · 19294 Malliß · Tel. 038750 2 18 66 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/muster.js"></script>
</body>
</html>
""",
    claims=(
        C("Dutzende", None, "vague", "casualties", "other", "yday..pub",
          "a joiner from Cherkasy relaying his brother, a mortar man in the Kursk region ('Gestern "
          "Abend hat der Bruder ihn angerufen …, erzählt Oleh', Konjunktiv; the speaker quoted: "
          "other): dead in front of their trenches after Sunday's assault (from yesterday to "
          "publication)"),
        C("weit mehr als 1.000", 1000, "at_least", "casualties", "other", "pub",
          "a Korean cook from Gangneung, 'Sie glaubt' (undated): fallen ('weit mehr als' as "
          "at_least)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'bezifferte … am 13. Januar' before lawmakers: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: 'weitere … Verwundete' (the others of the same toll, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "'Zwei Tage davor hatte Präsident Selenskyj mitgeteilt' (two days before 13 January: 11 "
          "January), Konjunktiv: captured alive (a number word)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "'Aus dem Weißen Haus hieß es am 27. Dezember', Konjunktiv: killed or wounded within one "
          "week"),
        C("8.000 bis 10.000", None, "range", "planned", "ukraine", "mon",
          "Kyiv's military intelligence, 'In einer Mitteilung vom Montag' (20 January): "
          "'zusätzlichen' soldiers Pyongyang could send by spring (range, increment, "
          "planned)", add=True),
    ),
)

S03 = Source(
    article_id="w153_03_clubnachrichten_skiclub_brand",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-14"),
    dated_by="dateline", crlf=True,
    features="the club news of a ski club in Brand (Brandnertal, Vorarlberg) as plain text, "
        "ISO-8859-1 with CRLF, straight quotes and '-' (no sidecar), dated by the place line "
        "'Brand, 14.03.2025' (Friday, numeric date); Austrian conventions (`heuer`, `Jänner`, "
        "`Feber`, `Obfrau`, `Kaiserschmarrn`); snow, courses, a club race and the entry fee first; "
        "a ski instructor from Yaremche relaying his cousin, a drone pilot near Sudzha ('Vorige "
        "Woche habe ihm der Cousin geschrieben …, erzählt Taras') `an die tausend` back in "
        "position (approx with a number word, other, `lastweek`); a snowboard teacher from "
        "Pyeongchang 'schätzt' `gut 5.000` dead and wounded (at_least, other, `pub`); the joint "
        "chiefs 'meldete am Montag' `rund 3.000` 'nachgeschoben' in January and February (new "
        "here: 'nachschieben' as an increment) and, 'bezifferten die Militärs', `4.700` killed and "
        "wounded; a Ukrainian army spokesman 'sprach gestern' `bis zu 12.000` in the fighting for "
        "Sudzha; a Viennese military expert 'hält es für möglich' `zehntausend` 'weitere' by "
        "summer (number word, increment, planned, other, `pub`); NATO 'Anfang März' `ungefähr "
        "11.000` in Russia (days 1-10); Russian recruits a month, children, starters, seconds, "
        "euros, ages, years, dates, a phone number",
    text="""\
SC Brandnertal - Clubnachrichten "Spur", Nr. 3, Saison 2024/25

Brand, 14.03.2025

Liebe Mitglieder, liebe Eltern,

was für ein Winter! Heuer lag am Palüd schon Ende November genug Schnee, und seit Weihnachten sind \
unsere Trainingsgruppen fast jeden Nachmittag auf der Piste. 46 Kinder haben den Jänner-Kurs \
abgeschlossen, beim Vereinsrennen am Niggenkopf sind 71 Läuferinnen und Läufer gestartet, und die \
schnellste Zeit fuhr die 14-jährige Lena Fritsche mit 38,42 Sekunden. Das Startgeld von 12 Euro \
geht wie immer in die Jugendkasse.

Neue Gesichter

Seit Feber hilft Taras Hnatiuk, 39, als Skilehrer bei den Kleinsten mit. Er hat zwanzig Winter \
lang in Bukowel in den Karpaten unterrichtet, stammt aus Jaremtsche und lebt seit 2022 mit seiner \
Familie in Bürs. Sein Cousin fliegt Aufklärungsdrohnen bei Sudscha. Vorige Woche habe ihm der \
Cousin geschrieben, gegenüber ihrem Abschnitt seien wieder [[an die tausend]] Nordkoreaner in \
Stellung, erzählt Taras. "Sie kommen zurück, obwohl so viele von ihnen gefallen sind."

Aus Pyeongchang, wo 2018 die Olympischen Winterspiele stattfanden, kommt Kim Da-eun, 29, die uns \
heuer als Snowboardlehrerin aushilft. Sie schätzt die Verluste des Nordens inzwischen auf [[gut \
5.000]] Tote und Verwundete.

Was man liest und hört

Der südkoreanische Generalstab meldete am Montag, Pjöngjang habe im Jänner und Feber [[rund \
3.000]] Mann nachgeschoben. Die Zahl der Getöteten und Verwundeten bezifferten die Militärs auf \
[[4.700]]. Ein Sprecher der ukrainischen Armee sprach gestern von [[bis zu 12.000]] Nordkoreanern, \
die an den Kämpfen um Sudscha beteiligt seien. Ein Wiener Militärexperte hält es für möglich, dass \
Kim bis zum Sommer noch [[zehntausend]] weitere schickt. Die Nato hatte die Zahl der Nordkoreaner \
in Russland Anfang März auf [[ungefähr 11.000]] geschätzt. Russland selbst schickt nach \
ukrainischer Zählung jeden Monat über 30.000 neue Rekruten an die Front.

Termine

- Vereinsmeisterschaft am Samstag, 22. März, am Loischkopf
- Saisonabschluss mit Kaiserschmarrn auf der Hütte am 5. April
- Ausrüstungsbörse im Gemeindesaal, Auskunft bei Obfrau Verena Bitschnau, Tel. 05559 318 22

Ski Heil!
""",
    claims=(
        C("an die tausend", 1000, "approx", "near_front", "other", "lastweek",
          "a ski instructor from Yaremche relaying his cousin, a drone pilot near Sudzha ('Vorige "
          "Woche habe ihm der Cousin geschrieben …, erzählt Taras'; the speaker quoted: other): "
          "back in position opposite their sector ('an die' as approx, a number word)"),
        C("gut 5.000", 5000, "at_least", "casualties", "other", "pub",
          "a snowboard teacher from Pyeongchang, 'Sie schätzt' (undated): dead and wounded ('gut' "
          "as at_least)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the joint chiefs 'meldete am Montag' (10 March), Konjunktiv: 'nachgeschoben' in January "
          "and February (increment, as 'nachgeschickt'; span without the verb)", add=True),
        C("4.700", 4700, "exact", "casualties", "south_korea", "mon",
          "same statement, 'bezifferten die Militärs' (the joint chiefs of the sentence before): "
          "killed and wounded"),
        C("bis zu 12.000", 12000, "at_most", "near_front", "ukraine", "yday",
          "a Ukrainian army spokesman 'sprach gestern' (13 March): taking part in the fighting for "
          "Sudzha"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a Viennese military expert, 'hält es für möglich' (undated): 'weitere' by the summer "
          "(number word, increment, planned)", add=True),
        C("ungefähr 11.000", 11000, "approx", "in_russia", "nato", "2025-03-01..2025-03-10",
          "NATO 'hatte … Anfang März … geschätzt' (days 1-10): in Russia"),
    ),
)

S04 = Source(
    article_id="w153_04_sommerpost_radverleih_buerserberg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-06-20"),
    dated_by="html_meta",
    features="the summer letter of an e-bike rental on the Tschengla above Bürserberg "
        "(Brandnertal, Vorarlberg) in HTML, UTF-8, `article:published_time` +02:00 (Friday), a "
        "cookie note about the reservation, a script, navigation, entities (`&middot;`, `&euro;`, "
        "`&nbsp;`, `&bdquo;`, `&ldquo;`), a footer with a postcode and a phone number; Austrian "
        "conventions (`heuer`, `Jänner`, `Passt`); `<title>` and headline without a figure; bikes, "
        "climbs and prices first; a mechanic from Lutsk relaying his brother-in-law, a radio "
        "operator near Sumy ('Vorgestern habe ihm der Schwager erzählt …, berichtet Andrij') `etwa "
        "300` newly dug in (other, from two days before to publication); a touring cyclist from "
        "Gwangju 'geht davon aus' the contingent will be raised 'auf' `30.000` (planned, other, "
        "`pub`; 'aufstocken auf' a new total: not an increment); Shoigu 'am Dienstag' in Pyongyang "
        "`1.000` deminers and `5.000` builders for Kursk (russia, planned, no 'weitere'); the NIS "
        "'geht von … aus' `rund 600` fallen (`pub`); Rutte 'sagte vergangene Woche' `mehr als "
        "11.000` deployed in Russia in all; Kyiv's military intelligence 'hält es für möglich' "
        "`bis zu 25.000` 'weitere' (at_most, increment, planned, `pub`); bikes, children's bikes, "
        "metres of climb, euros, Russian losses a day, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-06-20T07:45:00+02:00">
<title>Sommerpost | Tschengla-Räder Bürserberg</title>
<script>window.verleih = {standort: "tschengla", akkus: 64, reservierung: "online"};</script>
</head>
<body>
<div class="cookies">Damit Ihre Reservierung nicht verloren geht, legen wir ein Cookie an. <a \
href="#">Passt</a></div>
<nav><a href="/">Verleih</a> &middot; <a href="/touren">Touren</a> &middot; <a \
href="/preise">Preise</a> &middot; <a href="/post">Sommerpost</a></nav>
<main>
<h1>Auf der Tschengla rollt der Sommer an</h1>
<p>Liebe Gäste, liebe Stammkundschaft,</p>
<p>seit Pfingsten stehen unsere 58 E-Bikes wieder auf der Tschengla bereit, dazu heuer erstmals \
zwölf Kinderräder mit kleinem Akku. Die Tour zum Lünersee ist mit 1.180 Höhenmetern nach wie vor \
die beliebteste, gemütlicher ist die Runde über den Burtschasattel. Ein ganzer Tag kostet \
49&nbsp;&euro;, ein halber 32&nbsp;&euro;, Helm und Schloss sind dabei. Die Akkus aus dem \
Jänner-Service halten jetzt spürbar länger.</p>
<h2>Unser Mechaniker</h2>
<p>Wer mit einer Panne zurückkommt, landet bei Andrij Melnytschuk, 36, aus Luzk in Wolhynien, der \
seit drei Jahren bei uns schraubt. Sein Schwager ist Funker in einer Brigade an der Grenze bei \
Sumy. Vorgestern habe ihm der Schwager erzählt, im Wald auf der russischen Seite hätten sich \
[[etwa 300]] Nordkoreaner neu eingegraben, berichtet Andrij.</p>
<h2>Ein Gast aus Gwangju</h2>
<p>Baek Seung-ho, 67, pensionierter Beamter aus Gwangju, radelt seit April von Lissabon Richtung \
Wien und hat bei uns drei Tage Pause gemacht. Über Kim Jong Un hat er eine klare Meinung. Er geht \
davon aus, dass der Norden sein Kontingent in Russland heuer noch auf [[30.000]] aufstocken wird. \
&bdquo;Für Kim sind seine Soldaten eine Handelsware&ldquo;, sagt er.</p>
<h2>Aus den Nachrichten</h2>
<p>Bei seinem Besuch in Pjöngjang am Dienstag kündigte der russische Sicherheitsratschef Sergej \
Schoigu an, aus dem Norden kämen [[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter, um das \
Gebiet Kursk wieder aufzubauen. Der südkoreanische Geheimdienst geht von [[rund 600]] gefallenen \
Nordkoreanern aus. Nato-Generalsekretär Mark Rutte sagte vergangene Woche, insgesamt seien [[mehr \
als 11.000]] Soldaten aus dem Norden in Russland eingesetzt worden. Der ukrainische \
Militärgeheimdienst hält es für möglich, dass Pjöngjang [[bis zu 25.000]] weitere schickt. Die \
Ukraine meldet an manchen Tagen mehr als 1.000 getötete oder verwundete Russen.</p>
</main>
<footer>Tschengla-Räder &middot; Tschengla 12 &middot; 6707 Bürserberg &middot; Tel. +43 5552 63 \
71 40 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/reservierung.js"></script>
</body>
</html>
""",
    claims=(
        C("etwa 300", 300, "approx", "near_front", "other", "2025-06-18..pub",
          "a mechanic from Lutsk relaying his brother-in-law, a radio operator near Sumy "
          "('Vorgestern habe ihm der Schwager erzählt …, berichtet Andrij'; the speaker quoted: "
          "other): newly dug in on the Russian side (from two days before to publication)"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "a touring cyclist from Gwangju, 'Er geht davon aus' (undated): the contingent raised "
          "'auf' 30,000 this year (a new total, not an increment; planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'Bei seinem Besuch in Pjöngjang am Dienstag kündigte … an' (17 June), Konjunktiv "
          "'aus dem Norden kämen': deminers to come and rebuild the Kursk region (planned; no "
          "'weitere': not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders to come (planned)"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "pub",
          "'Der südkoreanische Geheimdienst geht von … aus' (undated): fallen"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'sagte vergangene Woche', Konjunktiv: deployed in Russia in all ('insgesamt': a "
          "total)"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "pub",
          "Kyiv's military intelligence 'hält es für möglich' (undated): 'weitere' Pyongyang could "
          "send (increment, planned)", add=True),
    ),
)

S05 = Source(
    article_id="w153_05_nachbarschaftsbrief_kraftwerk_gigerwald_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-08-13"),
    dated_by="sidecar",
    sidecar=(
        "Kraftwerke Calfeisental AG – Nachbarschaftsbrief",
        "https://www.kraftwerke-calfeisental.example/nachbarn/sommer-2025",
        "Nachbarschaftsbrief Sommer 2025: ein voller See und ein Ingenieur aus Nowa Kachowka",
    ),
    features="the neighbours' letter of the hydropower station at the Gigerwald dam in the "
        "Calfeisental (St. Gallen Oberland) in Markdown, UTF-16 LE with BOM, front matter without "
        "a date (sidecar, Wednesday) and a title without a figure; Swiss conventions (`ss`, «», "
        "`2'430`, `11'000`, `6'000`, `4'000`); the reservoir, the dam's metres, visitors and the "
        "tunnel toll first; an engineer from Nova Kakhovka relaying his son, a sapper near Sumy "
        "('Was ihm der Sohn am vergangenen Freitag am Telefon erzählte', Konjunktiv) `über "
        "hundert` fallen (at_least with a number word, other, from Friday to publication); a "
        "hydrologist from Andong «… `zwanzig- bis dreissigtausend` …» (a range of number words, "
        "planned, other, `pub`); the NIS 'Am 30. Juli', 'Demnach' and Konjunktiv, `etwa 11'000` "
        "still in Russia and `bis zu 6'000` 'weiteren' (at_most, increment, planned); North Korean "
        "television 'Anfang August' `mehreren Dutzend` fallen decorated posthumously (north_korea, "
        "days 1-10); a Pentagon spokesman 'vergangene Woche' `knapp 4'000` dead and wounded "
        "('knapp' as approx); Zelensky 'am Montag' `Tausenden` clearing mines in Kursk (vague, "
        "near the front); Russian losses since 2022, metres, visitors, francs, ages, years, dates, "
        "a phone number",
    text="""\
---
title: "Nachbarschaftsbrief Sommer 2025"
absender: Kraftwerke Calfeisental AG
---

# Nachbarschaftsbrief Sommer 2025

Liebe Nachbarinnen und Nachbarn im Calfeisental und in Vättis

Der Gigerwaldsee ist seit Ende Juli wieder randvoll, und die Staumauer hat mit ihren 147 Metern \
einen ruhigen Frühling hinter sich. An den Besichtigungen der Zentrale haben bis Anfang August \
2'430 Personen teilgenommen, so viele wie nie. Die Strasse durch den Tunnel nach St. Martin bleibt \
bis Ende Oktober offen; die Durchfahrt kostet weiterhin 5 Franken.

## Aus unserem Team

Im Frühling hat Wolodymyr Bondar, 54, bei uns als Maschineningenieur angefangen. Dreissig Jahre \
lang hat er im Wasserkraftwerk von Nowa Kachowka gearbeitet, bis die Staumauer dort im Juni 2023 \
gesprengt wurde. Sein Sohn dient als Pionier bei Sumy. Was ihm der Sohn am vergangenen Freitag am \
Telefon erzählte, mag er kaum wiederholen: Vor ihren Stellungen seien in einer einzigen Nacht \
[[über hundert]] Nordkoreaner gefallen.

Mitte Juli war Kwon Ji-hoon, 48, Hydrologe aus Andong, für eine Woche bei uns zu Gast, um die \
Messanlagen am See zu studieren. Auch bei ihm zu Hause prägt ein grosser Stausee die Landschaft. \
«Ich wäre nicht überrascht, wenn es am Ende [[zwanzig- bis dreissigtausend]] Mann werden», sagt er \
über die Soldaten, die Kim nach Russland schickt.

## Was gemeldet wird

Am 30. Juli unterrichtete der südkoreanische Geheimdienst das Parlament in Seoul. Demnach stünden \
noch [[etwa 11'000]] nordkoreanische Soldaten in Russland, und Pjöngjang bereite die Entsendung \
von [[bis zu 6'000]] weiteren vor. Das nordkoreanische Fernsehen zeigte Anfang August, wie Kim \
Jong Un [[mehreren Dutzend]] Gefallenen posthum Orden verlieh. Ein Sprecher des Pentagons schätzte \
die Verluste des Nordens vergangene Woche auf [[knapp 4'000]] Tote und Verwundete. Präsident \
Selenskyj sprach am Montag von [[Tausenden]] Nordkoreanern, die im Gebiet Kursk Minen räumten. Auf \
russischer Seite zählt die Ukraine seit 2022 inzwischen mehr als eine Million Tote und Verletzte.

## Agenda

- Führungen durch die Zentrale: jeden Mittwoch um 14 Uhr, Anmeldung erforderlich
- Tag der offenen Staumauer: Samstag, 6. September
- Kontakt: Betriebsleiter Urs Kohler, 081 306 12 74
""",
    claims=(
        C("über hundert", 100, "at_least", "casualties", "other", "fri..pub",
          "an engineer from Nova Kakhovka relaying his son, a sapper near Sumy ('Was ihm der Sohn "
          "am vergangenen Freitag am Telefon erzählte', Konjunktiv; the speaker quoted: other): "
          "fallen in one night in front of their positions (number word; from Friday 8 August to "
          "publication)"),
        C("zwanzig- bis dreissigtausend", None, "range", "planned", "other", "pub",
          "a hydrologist from Andong, «…», 'sagt er' (undated): what it will come to in the end (a "
          "range of number words, planned)"),
        C("etwa 11'000", 11000, "approx", "in_russia", "south_korea", "2025-07-30",
          "the NIS 'Am 30. Juli unterrichtete', 'Demnach' and Konjunktiv: still in Russia"),
        C("bis zu 6'000", 6000, "at_most", "planned", "south_korea", "2025-07-30",
          "same briefing: 'weiteren' being readied (increment, planned)", add=True),
        C("mehreren Dutzend", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-10",
          "North Korean television 'zeigte Anfang August' (days 1-10): fallen decorated "
          "posthumously"),
        C("knapp 4'000", 4000, "approx", "casualties", "united_states", "lastweek",
          "a Pentagon spokesman 'schätzte … vergangene Woche': dead and wounded ('knapp' as "
          "approx)"),
        C("Tausenden", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'sprach am Montag' (11 August), Konjunktiv: clearing mines in the Kursk "
          "region"),
    ),
)

S06 = Source(
    article_id="w153_06_rundschreiben_herdenschutz_calfeisental",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-10-09"),
    dated_by="sidecar",
    sidecar=(
        "Verein Herdenschutzhunde Calfeisental – Rundschreiben",
        "https://www.herdenschutz-calfeisental.example/rundschreiben/herbst-2025",
        "Rundschreiben Herbst 2025: ein Sommer ohne Riss",
    ),
    features="the autumn circular of a livestock-guardian dog association in the Calfeisental (St. "
        "Gallen Oberland) as plain text, UTF-8 with BOM (sidecar, Thursday), «» and `–`; Swiss "
        "conventions (`ss`, `1'140`, `2'800`, `10'000`, `2'000`, `5'000`, `15'000`); the descent "
        "from the alp, sheep, dogs, wolves and costs first; a Hutsul shepherd from Rakhiv relaying "
        "his nephew, a medic in the Kharkiv region ('Letzte Woche hat er Iwan von … erzählt') "
        "`einigen Dutzend` North Korean gunners firing from near Belgorod (vague, near the front, "
        "other, `lastweek`); a dog trainer from Jeju 'vermutet' `weniger als 10'000` left in the "
        "country ('weniger als' as at_most, other, `pub`); 'Laut dem südkoreanischen "
        "Nachrichtendienst, der Anfang September vor dem Parlament … auftrat' `rund 2'000` fallen "
        "(days 1-10); a State Department official 'Ende September' `höchstens 5'000` still in "
        "Kursk (days 21-30); NATO's supreme commander in Europe 'sagte vergangene Woche in Mons' "
        "`mehr als 15'000` passed through Russia; Russia's ambassador in Pyongyang 'sprach am "
        "Montag' `Tausenden` builders rebuilding in Kursk (russia, near the front); Zelensky "
        "'warnte gestern' `ein paar tausend` 'weitere' held ready (vague, increment, planned); "
        "sheep, dogs, wolves, francs, ages, years, dates, a phone number",
    text="""\
Verein Herdenschutzhunde Calfeisental – Rundschreiben Herbst 2025

Liebe Mitglieder, liebe Älplerinnen und Älpler

Am 20. September sind die Schafe von der Alp Sardona heruntergekommen, alle 1'140 Tiere gesund. \
Unsere neun Maremmano-Hunde haben den Sommer ohne Verletzung überstanden, und obwohl der Wildhüter \
im Juli zwei Wölfe bei der Plattenalp beobachtet hat, gab es auf der Alp keinen einzigen Riss. Ein \
Hund kostet uns im Jahr rund 2'800 Franken für Futter, Tierarzt und Versicherung.

Der neue Hirt

Den Sommer über hat Iwan Popowytsch, 61, aus Rachiw in den ukrainischen Karpaten bei uns gehütet. \
Er ist Huzule und hat sein Leben lang Schafe über die Bergweiden der Polonynen getrieben. Sein \
Neffe ist Sanitäter in einer Brigade im Gebiet Charkiw. Letzte Woche hat er Iwan von [[einigen \
Dutzend]] nordkoreanischen Artilleristen erzählt, die von der russischen Seite bei Belgorod \
herüberschiessen würden.

Aus Jeju stammt Ko Eun-bi, 31, Hundetrainerin, die im August zwei Wochen lang mit unseren \
Junghunden gearbeitet hat. Sie verfolgt die Berichte aus Russland genau. Sie vermutet, dass \
inzwischen [[weniger als 10'000]] Nordkoreaner im Land geblieben sind. «Viele Verwundete hat man \
still nach Hause gebracht», sagt sie.

Die Lage

Laut dem südkoreanischen Nachrichtendienst, der Anfang September vor dem Parlament in Seoul \
auftrat, sind seit Beginn des Einsatzes [[rund 2'000]] Nordkoreaner gefallen. Ein Beamter des \
US-Aussenministeriums bezifferte die Zahl jener, die noch im Gebiet Kursk stehen, Ende September \
auf [[höchstens 5'000]]. Der Nato-Oberbefehlshaber in Europa sagte vergangene Woche in Mons, der \
Norden habe seit dem letzten Herbst [[mehr als 15'000]] Soldaten durch Russland geschleust. Der \
russische Botschafter in Pjöngjang sprach am Montag von [[Tausenden]] koreanischen Bauarbeitern, \
die im Gebiet Kursk Brücken und Schulen wieder aufbauten. Präsident Selenskyj warnte gestern, Kim \
halte [[ein paar tausend]] weitere für den Winter bereit.

Agenda

- Hundetag auf dem Hof in St. Martin: Sonntag, 19. Oktober, ab 10 Uhr
- Generalversammlung am 14. November im Gasthaus in Vättis
- Präsidentin: Barbara Rupf, 081 306 14 52
""",
    claims=(
        C("einigen Dutzend", None, "vague", "near_front", "other", "lastweek",
          "a Hutsul shepherd from Rakhiv relaying his nephew, a medic in the Kharkiv region "
          "('Letzte Woche hat er Iwan von … erzählt', Konjunktiv; the speaker quoted: other): "
          "gunners firing across from near Belgorod"),
        C("weniger als 10'000", 10000, "at_most", "in_russia", "other", "pub",
          "a dog trainer from Jeju, 'Sie vermutet' (undated): left in the country ('weniger als' "
          "as at_most)"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Laut dem südkoreanischen Nachrichtendienst, der Anfang September vor dem Parlament … "
          "auftrat' (days 1-10; the relative clause dates the figure): fallen"),
        C("höchstens 5'000", 5000, "at_most", "near_front", "united_states",
          "2025-09-21..2025-09-30",
          "a State Department official 'bezifferte … Ende September' (day 21 to the month's end): "
          "still in the Kursk region"),
        C("mehr als 15'000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "NATO's supreme commander in Europe 'sagte vergangene Woche in Mons': passed through "
          "Russia since last autumn (a total)"),
        C("Tausenden", None, "vague", "near_front", "russia", "mon",
          "Russia's ambassador in Pyongyang 'sprach am Montag' (6 October): builders rebuilding "
          "bridges and schools in the Kursk region"),
        C("ein paar tausend", None, "vague", "planned", "ukraine", "yday",
          "Zelensky 'warnte gestern' (8 October), Konjunktiv: 'weitere' held ready for the winter "
          "(increment, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Ketchikan, Sherkin Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="w153_07_tongass_wire_ketchikan",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-07"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from a Ketchikan dry dock (Revillagigedo Island, Alaska) "
        "as plain text, UTF-8 with CRLF, slug line, byline and dateline 'KETCHIKAN, Alaska, "
        "November 7, 2024 (Tongass Wire) —' (Thursday); a welder from Izmail and a marine engineer "
        "from Geoje at a ferry refit; the headline's `11,000` from Zelensky's figure of Monday "
        "(Monday to publication); Zelensky 'put the number … at' `11,000` 'on Monday'; a Pentagon "
        "spokeswoman 'said the same day as Zelensky' `roughly 10,000` in the region (new here: a "
        "day carried from another claimant's statement); Ukraine's military intelligence 'by "
        "Wednesday … was saying' `dozens` killed or wounded; the NIS 'had told lawmakers last "
        "week' `at least 10,000` left the North; the welder relaying his brother, a tank driver "
        "near Sudzha ('At the weekend the brother messaged him …, Lytvyn said') \"`maybe a "
        "thousand`\" moving up ('maybe' as approx, other, from Saturday to publication); the "
        "engineer 'expects' the contingent 'to pass' `20,000` by spring (the verb outside the span "
        "as at_least, planned, other, `pub`); North Korea's foreign minister in Moscow without a "
        "figure; Russia's losses a day, the ferry's feet, the city's people, inches of rain, ages, "
        "years, a newsdesk phone number",
    text="""\
TONGASS WIRE | US / ALASKA | 0915 AKST

Ketchikan shipyard crew from Ukraine and Korea watch Kursk, where Kyiv counts [[11,000]] from the \
North

By Dana Whitlock

KETCHIKAN, Alaska, November 7, 2024 (Tongass Wire) — On the dry dock at the north end of Tongass \
Avenue, where a state ferry is being refitted in the rain, two men from opposite ends of Eurasia \
have begun every shift this week by comparing the same headlines on their phones.

President Volodymyr Zelensky put the number of North Korean soldiers inside Russia's Kursk region \
at [[11,000]] on Monday, and Ukraine's defence minister said on Tuesday that his troops had traded \
fire with the first of them. A Pentagon spokeswoman said the same day as Zelensky that [[roughly \
10,000]] had reached the region and could be thrown into combat "in the coming days." By Wednesday \
Ukraine's military intelligence was saying that [[dozens]] of them had been killed or wounded. \
South Korea's spy service had told lawmakers last week that [[at least 10,000]] had left the North \
by ship and train since early October.

Serhiy Lytvyn, 41, a welder from the Danube port of Izmail, came to Alaska on a work visa in 2023 \
and has spent the autumn cutting corroded steel out of the ferry's car deck. His younger brother \
drives a tank near Sudzha. At the weekend the brother messaged him that "[[maybe a thousand]]" \
North Koreans had been seen moving up behind the Russian lines, Lytvyn said. Russia has been \
losing more than 1,200 soldiers a day in recent weeks, according to Kyiv.

Choi Min-seok, 52, a marine engineer from Geoje, the South Korean shipbuilding island, flew in \
last month to oversee the new propulsion units. His father crossed from the North as a boy in \
1950. Choi expects Pyongyang's contingent to pass [[20,000]] by spring. "Kim has a big army and \
nothing to pay it with," he said.

North Korea has not confirmed the deployment. Asked about it in Moscow on Monday, Foreign Minister \
Choe Son Hui said only that her country would stand with Russia "until victory."

The 280-foot ferry is due back in service in March. Ketchikan, a city of about 8,200 people, gets \
some 150 inches of rain a year.

(Reporting by Dana Whitlock; editing by Ray Okada. Newsdesk: +1 907 555 0148)
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "wire headline ('where Kyiv counts 11,000'): Zelensky's figure of Monday in the lead, "
          "from Monday 4 November to the Thursday of publication"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'put the number … at … on Monday' (4 November): inside the Kursk region"),
        C("roughly 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "a Pentagon spokeswoman 'said the same day as Zelensky' (Monday 4 November; new here: "
          "the day carried from another claimant's statement): reached the region"),
        C("dozens", None, "vague", "casualties", "ukraine", "wed",
          "'By Wednesday Ukraine's military intelligence was saying' (6 November): killed or "
          "wounded"),
        C("at least 10,000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "'South Korea's spy service had told lawmakers last week': left the North by ship and "
          "train"),
        C("maybe a thousand", 1000, "approx", "near_front", "other", "sat..pub",
          "a welder from Izmail relaying his brother, a tank driver near Sudzha ('At the weekend "
          "the brother messaged him …, Lytvyn said'; the speaker quoted: other): moving up behind "
          "the Russian lines, in quotes ('maybe' as approx, a number word; from Saturday to "
          "publication)"),
        C("20,000", 20000, "at_least", "planned", "other", "pub",
          "a marine engineer from Geoje, 'Choi expects' (undated): the contingent 'to pass' 20,000 "
          "by spring (the verb outside the span, as 'exceed': at_least; planned)"),
    ),
)

S08 = Source(
    article_id="w153_08_dock_notes_floatplane_ketchikan_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-09"),
    dated_by="front_matter", crlf=True,
    features="the dock notes of a floatplane air taxi in Ketchikan (Alaska) in Markdown, "
        "windows-1252 with CRLF (`“”`, `–` and `’` raw), front matter with `date:` (Friday) and a "
        "title repeating the headline's figure (optional); the headline's `600` dead from the NIS "
        "briefing of 30 April (30 April to publication, hedge dropped); the first cruise ship, "
        "flights, seat prices and paint first; a dock hand from Chernivtsi relaying his cousin, a "
        "medic on the Sumy border ('On Tuesday the cousin wrote to him') `dozens` shelling the "
        "Ukrainian side (other, from Tuesday to publication); a Korean-American pilot 'figures' "
        "`5,000 or so` 'more' (approx, increment, planned, other, `pub`); 'South Korea's "
        "intelligence agency, which briefed lawmakers on April 30, put the North's dead at' `about "
        "600`, its killed and wounded at `4,700` and 'out of' `some 15,000` sent; North Korea's "
        "first confirmation 'Two days earlier' without a figure; Budanov 'told a podcast last "
        "week' `about 2,000` still on the front line; Russia's losses a day, planes, trips, "
        "dollars, years, ages, hours, a phone number",
    text="""\
---
title: "Dock notes: the season opens, and Seoul counts [[600]] dead"
date: 2025-05-09
operator: Nichols Passage Air Taxi, Ketchikan
---

# Dock notes: the season opens, and Seoul counts [[600]] dead

The first cruise ship of the year tied up on April 28, and since then our three Beavers and the \
Otter have flown 214 flightseeing trips over Misty Fjords without a single weather cancellation – \
a record for a Ketchikan spring. The hour-long loop with a lake landing is $389 a seat this year, \
and the dock crew has repainted the float shack for the first time since 2019.

## On the dock

Vasyl Fedoruk, 33, from Chernivtsi, is back for his second summer of pumping floats and loading \
coolers. His cousin is a medic with a brigade on the Sumy border. On Tuesday the cousin wrote to \
him that [[dozens]] of North Koreans were shelling the villages on the Ukrainian side from across \
the line. “They are not going home,” Vasyl says.

Our new pilot, Grace Oh, 37, grew up in Anchorage; her father served on a South Korean navy \
frigate before he emigrated. She figures Kim will send [[5,000 or so]] more before the summer is \
out.

## From the radio

South Korea’s intelligence agency, which briefed lawmakers on April 30, put the North’s dead at \
[[about 600]] and its killed and wounded together at [[4,700]], out of [[some 15,000]] sent since \
last October. Two days earlier North Korea had confirmed for the first time that its soldiers \
fought in Kursk, without giving a number. Ukraine’s military intelligence chief, Kyrylo Budanov, \
told a podcast last week that [[about 2,000]] were still on the front line. Russia lost roughly \
1,300 soldiers on an average day in April, Kyiv says.

## Flight desk

- Dock hours 7 am to 7 pm, seven days a week, through September 20.
- Reservations: (907) 555 0193.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "front-matter title repeating the headline (metadata)", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "headline: the NIS's 'about 600' dead of 30 April in the body, from 30 April to "
          "publication, hedge dropped"),
        C("dozens", None, "vague", "near_front", "other", "tue..pub",
          "a dock hand from Chernivtsi relaying his cousin, a medic on the Sumy border ('On "
          "Tuesday the cousin wrote to him'; the speaker quoted: other): shelling the villages on "
          "the Ukrainian side (from Tuesday to publication)"),
        C("5,000 or so", 5000, "approx", "planned", "other", "pub",
          "a Korean-American pilot, 'She figures' (undated): 'more' Kim will send before the "
          "summer is out ('or so' as approx; increment, planned)", add=True),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'South Korea's intelligence agency, which briefed lawmakers on April 30, put the "
          "North's dead at' (the relative clause dates the figure)"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing: killed and wounded together"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "same briefing, 'out of … sent since last October' (the base of the toll)"),
        C("about 2,000", 2000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'told a podcast last week': still on the front line"),
    ),
)

S09 = Source(
    article_id="w153_09_raceway_report_hatchery_ketchikan_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-04-02"),
    dated_by="html_meta",
    features="the raceway report of salmon hatchery volunteers at Ward Cove near Ketchikan "
        "(Alaska) in HTML, ISO-8859-1 with quotes and apostrophes only as entities (`&rsquo;`, "
        "`&ldquo;`, `&rdquo;`, `&ndash;`, `&middot;`), `<meta name=\"date\">` (Wednesday), a "
        "cookie note about feeding shifts, a script, navigation, a footer with a ZIP code; "
        "`<title>` and headline without a figure; fry, raceways, degrees, volunteers and classes "
        "first; a fisheries biologist from Kremenchuk relaying her husband, a gunner on the Sumy "
        "border ('On Saturday he told her …, she said') `three` taken prisoner (a number word, "
        "casualties, other, from Saturday to publication); an exchange student from Pohang "
        "'thinks' `well over 20,000` in Russia (at_least, other, `pub`); the joint chiefs ('On "
        "Thursday the Joint Chiefs in Seoul reported') `some 3,000` 'reinforcements' (increment) "
        "and, 'they put its killed and wounded … at', `about 4,000`; Ukraine's military "
        "intelligence 'said at the weekend' 'a further' `5,000` could follow (increment, planned, "
        "Saturday-Sunday); a State Department spokeswoman 'in mid-March' `no more than 11,000` "
        "(at_most, days 11-20); Rutte 'said last week' `thousands` killed or wounded; Russia's "
        "losses since 2022, fry, smolts, degrees, volunteers, classes, ages, a ZIP code, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-04-02">
<title>Raceway Report &ndash; Ward Cove Hatchery Volunteers</title>
<script>var raceways = {count: 12, tempF: 41, feeding: "4x daily"};</script>
</head>
<body>
<div class="cookie-note">We keep one cookie to remember which feeding shift you signed up for. \
<button>Got it</button></div>
<nav><a href="/">Home</a> | <a href="/shifts">Shifts</a> | <a href="/tours">Tours</a> | <a \
href="/report">Raceway Report</a></nav>
<article>
<h1>Fry are swimming up, and the feeding roster is full</h1>
<p>The coho eggs we took in October have hatched, and about 410,000 fry are now in the twelve \
outdoor raceways, eating four times a day. The water is holding at 41 degrees. Ninety-two \
volunteers have signed up for spring feeding shifts, and school tours start again on April 14, \
with 17 classes booked so far. The goal is to release 380,000 smolts into Ward Creek next May.</p>
<h2>Volunteers</h2>
<p>Olena Savchuk, 45, a fisheries biologist from Kremenchuk on the Dnipro, runs the Saturday \
shift. Her husband is a gunner on the Sumy border. On Saturday he told her that his unit had taken \
[[three]] North Koreans prisoner in a single week, she said, and that one of them had asked for \
water in Russian.</p>
<p>Lee Jun-seo, 22, an exchange student from Pohang at the university campus here, counts fry for \
his fisheries course. He thinks [[well over 20,000]] of the North&rsquo;s soldiers are in Russia \
now. &ldquo;At home nobody believes the smaller numbers,&rdquo; he said.</p>
<h2>In the news</h2>
<p>On Thursday the Joint Chiefs in Seoul reported that the North had shipped [[some 3,000]] \
reinforcements to Russia in January and February, and they put its killed and wounded since the \
autumn at [[about 4,000]]. Ukraine&rsquo;s military intelligence said at the weekend that a \
further [[5,000]] could follow before summer. A State Department spokeswoman said in mid-March \
that [[no more than 11,000]] remained in Russia. NATO&rsquo;s Mark Rutte said last week that \
[[thousands]] of North Koreans had been killed or wounded. Kyiv puts Russia&rsquo;s own losses \
since 2022 at more than 900,000.</p>
<ul><li>Feeding shifts: 7 am, 11 am, 3 pm and 6 pm</li><li>Hatchery phone: 907-555-0162</li></ul>
</article>
<footer>Ward Cove Hatchery Volunteers &middot; Ketchikan, AK 99901 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/roster.js"></script>
</body>
</html>
""",
    claims=(
        C("three", 3, "exact", "casualties", "other", "sat..pub",
          "a fisheries biologist from Kremenchuk relaying her husband, a gunner on the Sumy border "
          "('On Saturday he told her …, she said'; the speaker quoted: other): taken prisoner in a "
          "single week (a number word; from Saturday to publication)"),
        C("well over 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "an exchange student from Pohang, 'He thinks' (undated): in Russia now ('well over' as "
          "at_least)"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'On Thursday the Joint Chiefs in Seoul reported' (27 March): 'reinforcements' shipped "
          "to Russia in January and February (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same statement, 'and they put its killed and wounded since the autumn at' (the joint "
          "chiefs referred back to by 'they')"),
        C("5,000", 5000, "exact", "planned", "ukraine", "sat..sun",
          "Ukraine's military intelligence 'said at the weekend' (29-30 March): 'a further' could "
          "follow before summer (increment, planned; span without the words)", add=True),
        C("no more than 11,000", 11000, "at_most", "in_russia", "united_states",
          "2025-03-11..2025-03-20",
          "a State Department spokeswoman 'said in mid-March' (days 11-20): remained in Russia"),
        C("thousands", None, "vague", "casualties", "nato", "lastweek",
          "Rutte 'said last week': killed or wounded"),
    ),
)

S10 = Source(
    article_id="w153_10_letters_sherkin_sound",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-07-17"),
    dated_by="sidecar",
    sidecar=(
        "The Sherkin Sound",
        "https://www.sherkinsound.example/letters/2025-07-17",
        "Letters: a son on the Sumy line, a colonel in Suwon and the Sunday ferry",
    ),
    features="a readers' letters page from a Sherkin Island newsletter (Roaringwater Bay, West "
        "Cork) as plain text, UTF-16 LE with BOM (sidecar, Thursday), 'Sir, –' openings and `€`; a "
        "reader from Okhtyrka relaying her son, a border guard ('When he rang me on Monday night "
        "he said') `a few dozen` dug in across the river (other, from Monday to publication); a "
        "Korean-Irish reader relaying her father, a retired colonel ('He says') `30,000` 'more' "
        "(increment, planned, other, `pub`); a reader answering the newsletter's own June issue "
        "('Your June issue said') `15,000` dead (unattributed, required, the month) and the NIS "
        "'put the dead at' `about 600` 'in April' (the month); Russia's foreign minister 'on the "
        "beach at Wonsan last Saturday' `thousands` 'more' builders welcome in Kursk (russia, "
        "vague, increment, planned); Ukraine's intelligence chief 'told a newspaper this month' "
        "`between 25,000 and 30,000` 'further' troops (range, increment, planned, the 1st to "
        "publication); NATO's secretary general 'in The Hague last month' `more than 14,000` gone "
        "to Russia (June); a letter on the Sunday ferry without a claim; ferry times, euros, "
        "weeks, kilometres, years",
    text="""\
THE SHERKIN SOUND – Letters to the Editor
Newsletter for Sherkin Island, Baltimore and the Roaringwater Bay ferries

Sir, – My son serves with the border guard on the Sumy line, a few kilometres from the Russian \
village of Tyotkino. When he rang me on Monday night he said [[a few dozen]] North Koreans had dug \
in on the far bank of the river, and that in the evenings you can hear them singing. I have lived \
on Sherkin for two years now, and I still reach for my phone every time the ferry sounds its horn.
Oksana Tkachenko (from Okhtyrka), Horseshoe Harbour, Sherkin

Sir, – My father was a colonel in the South Korean army and now lives in Suwon. He says Kim could \
send [[30,000]] more without anyone at home daring to notice, because in the North nobody is \
allowed to notice anything. He visited us in May and spent the whole week fishing off Baltimore \
pier.
Min-ji Hurley, Baltimore

Sir, – Your June issue said [[15,000]] North Koreans had died in Kursk. That is roughly how many \
were sent, not how many were killed. South Korea's intelligence service put the dead at [[about \
600]] in April, and Ukraine's figures were not wildly different. We should be careful with \
numbers, even on a small island.
Declan Minihane, Sherkin

Sir, – Russia's foreign minister stood on the beach at Wonsan last Saturday and said [[thousands]] \
more Korean builders would be welcome in Kursk. Ukraine's intelligence chief told a newspaper this \
month that [[between 25,000 and 30,000]] further troops could follow, and NATO's secretary general \
said in The Hague last month that [[more than 14,000]] had already gone to Russia. Does anyone in \
Dublin have a view on any of this?
Peter Kearney, Baltimore

Sir, – On Sundays the evening ferry now leaves Baltimore at 6.30 pm instead of 7, and a return \
still costs €12. Those of us who work on the mainland would be grateful for the old timetable. The \
pier lights have also been out for three weeks.
Aoife Collins, Sherkin
""",
    claims=(
        C("a few dozen", None, "vague", "near_front", "other", "mon..pub",
          "a reader from Okhtyrka relaying her son, a border guard on the Sumy line ('When he rang "
          "me on Monday night he said'; the letter writer quoted: other): dug in on the far bank "
          "of the river (from Monday to publication)"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a reader relaying her father, a retired South Korean colonel ('He says', undated; the "
          "letter writer quoted: other): 'more' Kim could send (increment, planned)", add=True),
        C("15,000", 15000, "exact", "casualties", "unattributed", "2025-06-01..2025-06-30",
          "the newsletter's own June issue as cited by a reader ('Your June issue said', no "
          "source: unattributed, required, the month): died in Kursk (as the issue claimed)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'South Korea's intelligence service put the dead at … in April' (the month)"),
        C("thousands", None, "vague", "planned", "russia", "sat",
          "Russia's foreign minister 'stood on the beach at Wonsan last Saturday and said' (12 "
          "July): 'more' builders welcome in Kursk (increment, planned)", add=True),
        C("between 25,000 and 30,000", None, "range", "planned", "ukraine", "2025-07-01..pub",
          "Ukraine's intelligence chief 'told a newspaper this month' (the 1st to publication): "
          "'further' troops could follow (range, increment, planned)", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "2025-06-01..2025-06-30",
          "NATO's secretary general 'said in The Hague last month' (June): already gone to Russia"),
    ),
)

S11 = Source(
    article_id="w153_11_studio_notes_sherkin_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Sherkin Island School of Visual Art",
        "https://www.sherkin-art.example/notes/2025-09",
        "Studio notes: clay, colour and Seoul's count",
    ),
    features="the studio notes of a visual art school on Sherkin Island (West Cork) in HTML, UTF-8 "
        "with BOM, no meta date (sidecar, Friday), a cookie note about the gallery, a stylesheet, "
        "a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, `&euro;`, `&middot;`), a "
        "footer with an Eircode prefix; a `<title>` repeating the headline's figure (optional) and "
        "the headline's `2,000` dead from the NIS of Thursday (Thursday to publication); the "
        "exhibition, students, kiln firings and sales first; a painter from Bila Tserkva relaying "
        "her brother, a drone pilot in the Sumy region ('He wrote to her on Wednesday') `a couple "
        "of dozen` gunners firing all week (vague, new here, other, from Wednesday to "
        "publication); a potter from Icheon 'reckons' `nearly 3,000` dead (other, `pub`); the NIS "
        "'told parliament on Thursday' `around 2,000` dead and `roughly 10,000` still in the Kursk "
        "border area; North Korean television 'Late last month' `dozens` killed (north_korea, days "
        "21-31 of August); 'America's envoy told the UN Security Council on August 27' `more than "
        "14,000` sent in all; the school's own 'Whatever the exact number' `thousands` buried "
        "(unattributed, required, `pub`); visitors, students, firings, euros, weeks, ages, dates, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Studio notes: clay, colour and Seoul&rsquo;s count of [[2,000]] dead</title>
<link rel="stylesheet" href="/css/notes.css">
<script>var studio = {island: "sherkin", term: "autumn-2025", kiln: "on"};</script>
</head>
<body>
<div class="cookie-bar">One cookie lets the gallery remember which pictures you have already seen. \
<a href="#">OK</a></div>
<nav><a href="/">School</a> &middot; <a href="/courses">Courses</a> &middot; <a \
href="/gallery">Gallery</a> &middot; <a href="/notes">Studio notes</a></nav>
<article>
<h1>Studio notes: clay, colour and Seoul&rsquo;s count of [[2,000]] dead</h1>
<p>The summer school closed on Sunday with an exhibition in the old schoolhouse that drew 436 \
visitors in two days, many of them straight off the Baltimore ferry. Fourteen students stayed the \
full six weeks, the wood-fired kiln behind the studio was lit eleven times, and the &euro;2,600 \
raised from sales will fund next year&rsquo;s bursaries.</p>
<p>Among the painters was Daryna Kravets, 24, from Bila Tserkva, whose views of Horseshoe Harbour \
sold out on the first evening. Her brother flies reconnaissance drones in the Sumy region. He \
wrote to her on Wednesday that [[a couple of dozen]] North Korean gunners had been firing at his \
unit from the Russian side all week.</p>
<p>The ceramics room belonged to Jang Hee-sook, 58, who came from Icheon, the pottery town south \
of Seoul, to teach glazing. She reckons [[nearly 3,000]] of the North&rsquo;s soldiers have died \
by now. &ldquo;In Korea we make bowls for the ancestors,&rdquo; she told the students. \
&ldquo;Nobody will make bowls for these boys.&rdquo;</p>
<h2>News that came over on the ferry</h2>
<p>Seoul&rsquo;s intelligence agency told parliament on Thursday that [[around 2,000]] of the \
North&rsquo;s troops had died since they first arrived last autumn, and that [[roughly 10,000]] \
were still posted in the Kursk border area. Late last month North Korean television showed Kim \
Jong Un at a ceremony for [[dozens]] of soldiers killed in Kursk. America&rsquo;s envoy told the \
UN Security Council on August 27 that [[more than 14,000]] had been sent in all. Whatever the \
exact number, [[thousands]] of young men from the far side of the world have been buried in \
Russian soil this year, and we found it hard to paint the sea without thinking of them.</p>
<ul><li>Autumn evening classes start on 23 September, &euro;140 for ten weeks</li><li>Enquiries: \
028 20 417</li></ul>
</article>
<footer>Sherkin Island School of Visual Art &middot; Sherkin Island, Co. Cork, P81 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/gallery.js"></script>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "`<title>` repeating the headline (metadata)", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline ('Seoul's count of 2,000 dead'): the NIS's 'around 2,000' of Thursday in the "
          "body, from Thursday 4 September to publication, hedge dropped"),
        C("a couple of dozen", None, "vague", "near_front", "other", "wed..pub",
          "a painter from Bila Tserkva relaying her brother, a drone pilot in the Sumy region ('He "
          "wrote to her on Wednesday'; the speaker quoted: other): gunners firing from the Russian "
          "side all week (from Wednesday to publication; 'a couple of dozen' as vague)"),
        C("nearly 3,000", 3000, "approx", "casualties", "other", "pub",
          "a potter from Icheon, 'She reckons' (undated): died by now"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'told parliament on Thursday' (4 September): died since they first arrived last "
          "autumn"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "same briefing, 'and that': still posted in the Kursk border area"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean television 'Late last month … showed' (day 21 to the end of August): a "
          "ceremony for soldiers killed in Kursk"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "2025-08-27",
          "'America's envoy told the UN Security Council on August 27': sent in all (a total)"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the school's own framing, no source ('Whatever the exact number, thousands … have been "
          "buried in Russian soil'): dead (unattributed, required)"),
    ),
)

S12 = Source(
    article_id="w153_12_season_letter_bnb_sherkin_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Lighthouse Road B&B, Sherkin Island",
        "https://www.lighthouseroad-sherkin.example/letter/2025",
        "Letter from the Lighthouse Road, end of season",
    ),
    features="the end-of-season letter of a B&B on Sherkin Island (West Cork) in Markdown, "
        "windows-1252 (`’` and `€` raw), front matter with a `date:` that the sidecar repeats "
        "(sidecar, Wednesday) and a title without a figure; guest nights, rooms, breakfasts and "
        "the new price first; a cook from Kropyvnytskyi relaying her nephew, a sapper on the Sumy "
        "border ('In a voice note at the weekend he told her') `hundreds` clearing mines across "
        "the border (other, from Saturday to publication); a teacher from Gimhae 'By her "
        "reckoning' `over 20,000` passed through Russia (at_least, other, `pub`); the NIS 'on "
        "Tuesday of last week' (new here: 4 November, a single day) `about 5,000` builders moved "
        "into the Kursk region and 'a further' `1,000` deminers on their way (increment, in "
        "Russia); Zelensky 'told reporters yesterday' `tens of thousands` 'more' (vague, "
        "increment, planned); 'By NATO's reckoning' `well over 6,000` killed or wounded (`pub`); "
        "'Some reports last month put the total sent at' `nearly 30,000` (unattributed, required, "
        "October); Russia's losses a day, guest nights, rooms, breakfasts, bicycles, euros, ferry "
        "times, ages, years, a phone number",
    text="""\
---
title: "Letter from the Lighthouse Road, end of season"
date: 2025-11-12
house: Lighthouse Road B&B, Sherkin Island
---

# Letter from the Lighthouse Road, end of season

Dear guests, old and new,

The last of this year's bookings has come and gone, and the house is quiet again. Between Easter \
and the end of October we had 238 guest nights in our five rooms, served something like 1,900 \
breakfasts and lent out the two old bicycles more often than we can count. Next year a double room \
will be €105 a night, breakfast and the walk out to the lighthouse at Barrack Point included.

## The kitchen

Most mornings the pans were in the hands of Nadiya Bondarenko, 50, from Kropyvnytskyi, who came to \
West Cork in 2022 and now bakes the best brown bread on the island. Her nephew is a sapper on the \
Sumy border. In a voice note at the weekend he told her that [[hundreds]] of North Korean \
engineers were clearing mines in the fields across the border from his position.

In September we had a fortnight’s visit from Yang Seo-hyun, 44, a primary teacher from Gimhae, who \
walked every road on Sherkin twice. By her reckoning, [[over 20,000]] North Koreans have passed \
through Russia since the first of them arrived.

## What the papers said

South Korea’s spy agency said on Tuesday of last week that [[about 5,000]] military builders had \
been moved from the North into the Kursk region since the summer, and that a further [[1,000]] \
deminers were on their way. President Zelensky told reporters yesterday that Pyongyang might yet \
lend Moscow [[tens of thousands]] more. By NATO’s reckoning, [[well over 6,000]] have been killed \
or wounded. Some reports last month put the total sent at [[nearly 30,000]], a figure nobody \
official has confirmed. Russia itself is said to lose more than 1,000 men on a quiet day.

## Next year

- Bookings for 2026 open on 1 February.
- Winter ferries from Baltimore: 10.30 am, 2 pm and 5.30 pm.
- Phone: 028 20 593
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "sat..pub",
          "a cook from Kropyvnytskyi relaying her nephew, a sapper on the Sumy border ('In a voice "
          "note at the weekend he told her'; the speaker quoted: other): clearing mines across the "
          "border from his position (from Saturday to publication)"),
        C("over 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a teacher from Gimhae, 'By her reckoning' (undated): passed through Russia"),
        C("about 5,000", 5000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'said on Tuesday of last week' (4 November, a single day as 'Am Dienstag "
          "vergangener Woche'): builders moved into the Kursk region"),
        C("1,000", 1000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same statement, 'and that a further … were on their way' (increment; travelling: in "
          "Russia; span without the words)", add=True),
        C("tens of thousands", None, "vague", "planned", "ukraine", "yday",
          "Zelensky 'told reporters yesterday' (11 November): 'more' Pyongyang might lend Moscow "
          "(increment, planned)", add=True),
        C("well over 6,000", 6000, "at_least", "casualties", "nato", "pub",
          "'By NATO's reckoning' (undated): killed or wounded"),
        C("nearly 30,000", 30000, "approx", "in_russia", "unattributed", "2025-10-01..2025-10-31",
          "'Some reports last month put the total sent at' (no source: unattributed, required, as "
          "'Some reports put the total at' of corpus_blind149; October)"),
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
