"""Build the HUNDRED-AND-FORTIETH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-second corpus, for an honest measurement on articles the extractor has never
met, written in session 15 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an
asparagus farm's customer letter from Beelitz in Brandenburg with a Ukrainian field forewoman from
Uman and a Korean doctoral student from Potsdam, the Kinderzeche festival society's members' letter
from Dinkelsbühl in Middle Franconia with a Korean youth band conductor and a Ukrainian girl in the
children's dance, a sea-buckthorn farm's harvest letter from the island of Poel with a retired
Korean marine colonel, a chestnut friends' circle's letter from Hauenstein in the Wasgau with a
chestnut grower from Gongju, a cold-hollow measuring circle's page from Lunz am See (Austrian
conventions) with a meteorology intern from Kharkiv, and a crystal hunters' (Strahler) association
bulletin from Guttannen in the Haslital (Swiss conventions) with a retired Korean engineer colonel;
an agency-style wire report from Jinja on Ugandan police officers once drilled by North Korean
instructors, an ex-servicemen's welfare society newsletter from Pokhara with a member's nephew on a
Russian contract, an orchid circle's show notes from Kuching with a botany teacher from Odesa, a
readers' letters page from a Nantucket weekly with letters quoting a brother at the front and a
cousin in Seoul, a priory guides' guild newsletter from Holy Island (Lindisfarne) with Anglican
pilgrims from Incheon, and a maple producers' co-op page from Sutton in Quebec's Eastern Townships
with a family from Zhytomyr. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding,
checks, CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind140_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Brandenburg, Middle Franconia, Mecklenburg, Palatinate, Lower Austria, Bern)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b140_01_hofbrief_spargelhof_beelitz",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-05-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Spargelhof Lehmann – Hofbrief",
        "https://www.spargelhof-lehmann-beelitz.example/hofbrief/mai-2025",
        "Hofbrief im Mai: Halbzeit auf dem Feld und eine Vorarbeiterin aus Uman",
    ),
    features="an asparagus farm's customer letter from Beelitz (Brandenburg) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`, `·`), no date in the file (sidecar, Friday); the "
        "harvest first; a Ukrainian field forewoman from Uman relaying her son, a drone pilot near "
        "Sumy, who called 'Am Sonntag' (Konjunktiv, `einige Hundert` in fresh trenches across from "
        "his sector: other, dated by the call); the NIS 'Ende April' `rund 15.000` sent, `etwa "
        "4.700` 'davon' dead or hurt and 'unter ihnen' `600` fallen (a breakdown of a breakdown); "
        "Pyongyang's confirmation without a figure; 'Im Pentagon geht man nach Auskunft eines "
        "Sprechers davon aus' `gut 10.000` still in Russia ('gut' as at_least, `pub`); HUR 'hält "
        "es für möglich' `3.000 bis 4.000` 'weitere' by summer (range, increment, planned, `pub`); "
        "Russia's ambassador in Pyongyang 'am Dienstag' `Tausenden` military builders who 'helfen "
        "sollten' (russia, planned); a Korean doctoral student 'am Mittwoch' `zwanzigtausend` by "
        "the end of the year (number word, planned, other); Russia's daily losses, hectares, "
        "seasonal workers, tonnes, a percentage, prices in euros, ages, opening hours, a phone "
        "number",
    text="""\
Spargelhof Lehmann · Beelitz – Hofbrief im Mai

Stechen, schälen, weiterstechen: Halbzeit auf dem Feld

Liebe Stammkundinnen und Stammkunden,

die erste Hälfte der Saison liegt hinter uns, und sie war gut. Auf 46 Hektar unter schwarzweißer \
Folie stechen in diesem Jahr 85 Saisonkräfte, die meisten aus Rumänien und der Ukraine. Bis zum \
Johannistag erwarten wir um die 300 Tonnen weißen und grünen Spargel, gut 12 Prozent mehr als im \
Vorjahr. Das Kilo Klasse I kostet am \
Hofladen derzeit 13,90 Euro, Bruchspargel zum Suppekochen 6 Euro.

Die Kolonne am Schäper Weg führt zum dritten Mal Halyna Bondar aus Uman. Sie ist 49, kennt jede \
Dammreihe und jeden Sortiertisch, und in den Pausen klingelt ihr Telefon fast immer. Ihr Sohn \
Andrij steuert Aufklärungsdrohnen über dem Gebiet Sumy, nahe an der Grenze zu Russland.

Am Sonntag hat er angerufen. Gegenüber seinem Abschnitt, so habe er erzählt, lägen seit dem \
Frühjahr [[einige Hundert]] Nordkoreaner in frisch ausgehobenen Gräben; nachts höre man sie \
schaufeln. Angst habe er keine, nur zu wenig Schlaf.

Was Seoul, Washington und Kiew sagen

Die Zahlen, die Halyna abends in der Küche vorliest, gehen weit auseinander. Der südkoreanische \
Geheimdienst NIS hatte Ende April berichtet, der Norden habe insgesamt [[rund 15.000]] Mann \
geschickt; [[etwa 4.700]] davon seien tot oder verletzt, unter ihnen [[600]] Gefallene. Wenige \
Tage danach räumte auch Pjöngjang den Einsatz offiziell ein – Zahlen blieb es schuldig.

Im Pentagon geht man nach Auskunft eines Sprechers davon aus, dass [[gut 10.000]] Nordkoreaner \
weiterhin in Russland stehen. Der ukrainische Militärgeheimdienst hält es für möglich, dass bis \
zum Sommer [[3.000 bis 4.000]] weitere eintreffen. Und Moskaus Botschafter in Pjöngjang sprach am \
Dienstag im russischen Staatsfernsehen von [[Tausenden]] nordkoreanischer Militärbauarbeiter, die \
beim Wiederaufbau des Gebiets Kursk helfen sollten. Die russische Armee selbst verliert nach \
Kiewer Zählung derzeit mehr als 1.000 Mann am Tag.

Zu unseren treuesten Kundinnen gehört Seo Yun-hee, 31, Doktorandin am Geoforschungszentrum in \
Potsdam. Sie hält die Angaben aus ihrer Heimat für vorsichtig. „Ich glaube, dass es bis Jahresende \
[[zwanzigtausend]] sein werden“, sagte sie am Mittwoch beim Einkauf, „und keiner von ihnen hat \
sich das ausgesucht.“

Vom Hof
– Hofladen: täglich 8 bis 18 Uhr, sonntags bis 14 Uhr
– Spargelessen im Hofcafé: 19,50 Euro mit Kartoffeln und Schinken
– Für Halynas Heimatstadt kamen beim Hoffest 1.870 Euro zusammen.
Vorbestellungen: 033204 41 17 20
""",
    claims=(
        C("einige Hundert", None, "vague", "near_front", "other", "sun",
          "a field forewoman relaying her son, a drone pilot near Sumy ('so habe er erzählt', the "
          "speaker quoted: other), in a call 'Am Sonntag' (18 May, dated by the telling), "
          "Konjunktiv: in trenches across from his sector"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'hatte Ende April berichtet' (day 21 to the month's end), Konjunktiv: "
          "'insgesamt … geschickt' (a total of those sent, not planned)"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same report, 'davon seien tot oder verletzt' (a breakdown of those sent)"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same report, 'unter ihnen 600 Gefallene' (a breakdown of the casualties)"),
        C("gut 10.000", 10000, "at_least", "in_russia", "united_states", "pub",
          "'Im Pentagon geht man nach Auskunft eines Sprechers davon aus' (undated): still in "
          "Russia ('gut' as at_least)"),
        C("3.000 bis 4.000", None, "range", "planned", "ukraine", "pub",
          "HUR 'hält es für möglich' (undated): 'weitere' by the summer (range, increment after "
          "the figure, planned)", add=True),
        C("Tausenden", None, "vague", "planned", "russia", "tue",
          "Russia's ambassador in Pyongyang 'am Dienstag' (20 May) on state TV: military builders "
          "who 'helfen sollten' to rebuild Kursk (an intention: planned)"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "wed",
          "a Korean doctoral student 'sagte sie am Mittwoch' (21 May): 'bis Jahresende … sein "
          "werden' (number word, forecast, other)"),
    ),
)

B02 = Source(
    article_id="b140_02_mitgliederbrief_kinderzeche_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-22"),
    dated_by="front_matter",
    features="the Kinderzeche festival society's members' letter from Dinkelsbühl (Middle "
        "Franconia) in Markdown, UTF-8 with BOM, front matter with `date:` (Tuesday) and a title "
        "without a figure; the festival first; a Korean youth band conductor from Sangju, a former "
        "lieutenant, who 'geht davon aus' at the farewell dinner 'am Sonntag' `gegen 30.000` by "
        "autumn ('gegen' as approx, planned, other, dated by the dinner); a Ukrainian mother "
        "relaying her husband, a medic, who 'habe ihr vergangene Woche geschrieben' `Dutzende` "
        "fallen or wounded (other, casualties, `lastweek`); Seoul's joint chiefs 'am Montag "
        "vergangener Woche' `etwa 11.000` stationed, `rund 300 von ihnen` fallen and `1.200` "
        "'weitere' wounded (the others of the same losses, not an increment); Shoigu 'Am 17. Juni' "
        "`6.000` sappers and builders (planned, russia); KCNA 'vorige Woche' `Tausende` volunteers "
        "(planned, north_korea); 'Beim Nato-Gipfel in Den Haag Ende Juni nannte ein Diplomat' "
        "`mindestens "
        "12.000` who have served (nato, in Russia); performers, children, spectators, musicians, "
        "kilometres, a year of the legend, euros, a meeting date",
    text="""\
---
title: "Nach der Kinderzeche: Dank, Bilanz und Gäste aus Sangju"
date: 2025-07-22
verein: Festspielverein Kinderzeche Dinkelsbühl
ausgabe: Mitgliederbrief 3/2025
---

# Nach der Kinderzeche

Zehn Festtage und kein einziger Regenguss beim Festzug: Diese Kinderzeche wird vielen lange im \
Gedächtnis bleiben. Rund 1.150 Mitwirkende, darunter mehr als 700 Kinder, haben die Geschichte von \
der Verschonung der Stadt im Jahr 1632 wieder lebendig gemacht. An den beiden Festzug-Sonntagen \
standen nach Schätzung der Polizei 38.000 Menschen an den Straßen. Allen Helferinnen und Helfern \
ein herzliches Vergelt's Gott!

## Besuch aus Sangju

Zum ersten Mal spielte eine Jugendblaskapelle aus Südkorea mit: 41 Schülerinnen und Schüler aus \
Sangju, untergebracht in Gastfamilien, 9.000 Kilometer von zu Hause. Ihr Dirigent Kwon Tae-sik, \
58, hat als junger Leutnant an der Grenze zum Norden gedient. Beim Abschiedsessen am Sonntag im \
Gasthof am Wörnitztor kam die Rede auf Russland. Kwon geht davon aus, dass bis zum Herbst [[gegen \
30.000]] Nordkoreaner dort gewesen sein werden. „Bei uns wird jeder Überläufer einzeln gezählt, \
drüben zählt keiner die Toten“, sagte er.

## Sofiia tanzt wieder mit

Sofiia, 11, aus Charkiw tanzt seit zwei Jahren im Kindertanz. Ihre Mutter Olena arbeitet \
inzwischen in der Stadtbücherei, ihr Vater Serhij ist Sanitäter in einer Brigade bei Sumy. Er habe \
ihr vergangene Woche geschrieben, drüben seien bei einem einzigen Sturmangriff [[Dutzende]] \
Nordkoreaner gefallen oder verwundet worden, erzählt Olena; die Toten lägen oft tagelang im Feld.

## Die Zahlen dieses Sommers

Der Vereinigte Generalstab in Seoul teilte am Montag vergangener Woche mit, in Russland seien \
derzeit [[etwa 11.000]] nordkoreanische Soldaten stationiert. Seit dem Frühjahr seien [[rund \
300]] von ihnen gefallen und [[1.200]] weitere verwundet worden. Schon am 17. Juni hatte Sergej \
Schoigu in Pjöngjang verkündet, der Norden werde [[6.000]] Pioniere und Militärbauarbeiter nach \
Kursk schicken. Die Staatsagentur KCNA meldete vorige Woche, [[Tausende]] junge Soldaten hätten \
sich freiwillig für den Einsatz gemeldet. Beim Nato-Gipfel in Den Haag Ende Juni nannte ein \
Diplomat des Bündnisses [[mindestens 12.000]] Nordkoreaner, die seit dem Herbst in Russland im \
Einsatz gewesen seien.

## Termine

Die Abrechnung des Festspiels liegt ab 1. September in der Geschäftsstelle aus. Die \
Mitgliederversammlung ist am Freitag, 17. Oktober, um 19.30 Uhr im Spitalhof; der Kostümfundus \
sucht dafür noch 6 Helferinnen zum Flicken.
""",
    claims=(
        C("gegen 30.000", 30000, "approx", "planned", "other", "sun",
          "a Korean band conductor 'geht davon aus' at the farewell dinner 'am Sonntag' (20 July): "
          "'bis zum Herbst … gewesen sein werden' (a forecast: planned; 'gegen' as approx)"),
        C("Dutzende", None, "vague", "casualties", "other", "lastweek",
          "a Ukrainian mother relaying her husband, a medic ('erzählt Olena', the speaker quoted: "
          "other), who 'habe ihr vergangene Woche geschrieben': fallen or wounded in one assault"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-07-14",
          "Seoul's joint chiefs 'teilte am Montag vergangener Woche mit' (the Monday of the week "
          "before: 14 July): stationed in Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-07-14",
          "same statement, Konjunktiv, 'von ihnen': fallen since spring (a breakdown)"),
        C("1.200", 1200, "exact", "casualties", "south_korea", "2025-07-14",
          "same statement: '1.200 weitere verwundet' (the others of the same losses, not an "
          "increment)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … angekündigt, der Norden werde … schicken': sappers and builders "
          "for Kursk (planned)"),
        C("Tausende", None, "vague", "planned", "north_korea", "lastweek",
          "KCNA 'meldete vorige Woche': volunteered for the deployment (planned)"),
        C("mindestens 12.000", 12000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "'Beim Nato-Gipfel in Den Haag Ende Juni nannte ein Diplomat des Bündnisses' (day 21 "
          "to the month's end), Konjunktiv: 'im Einsatz gewesen' in Russia since the autumn"),
    ),
)

B03 = Source(
    article_id="b140_03_erntebrief_sanddorn_poel_md",
    language="de", fmt="md", encoding="utf-16", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Sanddornhof Timmendorf – Erntebrief",
        "https://www.sanddornhof-poel.example/erntebrief/oktober-2024",
        "Erntebrief Oktober: Sanddorn, Sturm und ein Gast aus Jeju",
    ),
    features="a sea-buckthorn farm's harvest letter from the island of Poel (Mecklenburg) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Wednesday) and a "
        "title without a figure; the harvest first; a retired South Korean marine colonel from "
        "Jeju; 'Nach Angaben des Geheimdienstes in Seoul vom Mittwoch vergangener Woche' (a date "
        "in a "
        "prepositional phrase) `rund 3.000` shipped to Russia and, 'nach "
        "Einschätzung des Dienstes', `etwa 10.000` by December (planned; an ISO date); the "
        "Pentagon 'am Montag' `rund 10.000` training in eastern Russia and, Konjunktiv, `mehrere "
        "Tausend` 'davon' moving towards Kursk (a breakdown, near the front); 'Dem ukrainischen "
        "Militärgeheimdienst zufolge' `knapp 12.000` in five camps ('knapp' as approx, `pub`); "
        "Rutte and the Kremlin without a figure; the colonel's `bis zu 100.000` if Moscow pays "
        "(at_most, planned, other, `pub`); North Korea's army as a whole (not a claim); shrubs, "
        "hectares, tonnes, bottles, prices in euros, ages, a phone number",
    text="""\
---
title: "Erntebrief: Sanddorn, Sturm und ein Gast aus Jeju"
hof: Sanddornhof Timmendorf, Insel Poel
---

# Erntebrief Oktober

Die Sanddornernte ist vorbei. Von unseren 9.000 Sträuchern auf 14 Hektar haben wir gut 38 Tonnen \
Beeren geschnitten, gefroren und abgerüttelt; daraus werden rund 21.000 Flaschen Saft und \
Fruchtaufstrich. Der Sturm Anfang Oktober hat uns zwei Erntetage gekostet, sonst nichts.

## Ein Gast aus Jeju

Zwei Wochen war Han Dong-su bei uns, 62, früher Oberst der südkoreanischen Marineinfanterie und \
heute Importeur von Naturkosmetik. Er wollte sehen, wie Sanddornöl gepresst wird, und blieb für \
die Ernte. Am letzten Abend im Hofladen ging es um Russland.

Nach Angaben des Geheimdienstes in Seoul vom Mittwoch vergangener Woche hat der Norden schon \
[[rund 3.000]] Soldaten nach Russland verschifft; bis Dezember könnten es nach Einschätzung des \
Dienstes [[etwa 10.000]] werden. Das Pentagon sprach am Montag von [[rund \
10.000]] Mann zur Ausbildung im Osten Russlands; [[mehrere Tausend]] davon seien schon Richtung \
Kursk unterwegs. Dem ukrainischen Militärgeheimdienst zufolge sind es [[knapp 12.000]], verteilt \
auf fünf Lager. Nato-Generalsekretär Rutte bestätigte Einheiten in Kursk, der Kreml spricht von \
Gerüchten.

Han hält das für einen Anfang. Die Armee des Nordens zähle über eine Million Mann. „Wenn Moskau \
zahlt, schickt Kim [[bis zu 100.000]]“, sagte er. Inzwischen ist er zurück in Seoul, mit zwei \
Kanistern Öl im Gepäck.

## Hofladen

Wer für den Winter vorsorgen \
will: Kisten mit sechs Flaschen verschicken wir bis Mitte Dezember, Versand 6,50 Euro. \
Sanddornsaft, 0,7 Liter: 8,90 Euro. Geöffnet bis 31. Oktober, Mittwoch bis Sonntag 10 bis 17 Uhr. \
Telefon 038425 20 48 91
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "'Nach Angaben des Geheimdienstes in Seoul vom Mittwoch vergangener Woche' (a date in a "
          "prepositional phrase; the Wednesday of the week before: 23 October): shipped to Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same statement, 'nach Einschätzung des Dienstes': by December (planned)"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'sprach am Montag' (28 October): training in eastern Russia"),
        C("mehrere Tausend", None, "vague", "near_front", "united_states", "mon",
          "same statement, Konjunktiv, 'davon': already on the way towards Kursk (a breakdown, "
          "near the front)"),
        C("knapp 12.000", 12000, "approx", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): in five camps ('knapp' as "
          "approx)"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "pub",
          "a retired South Korean colonel, 'sagte er' on the last evening (no day): 'Wenn Moskau "
          "zahlt, schickt Kim' (a conditional forecast: planned)"),
    ),
)

B04 = Source(
    article_id="b140_04_keschdebrief_hauenstein_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-14"),
    dated_by="html_meta",
    features="a chestnut friends' circle's letter from Hauenstein in the Wasgau (Palatinate "
        "Forest) in HTML, UTF-8, `article:published_time` +01:00 (Friday), a cookie note about the "
        "trail map, a page script, navigation, entities (`&ndash;`, `&bdquo;`, `&euro;`), a footer "
        "with a phone number; `<title>` and headline without a figure; the harvest first; a "
        "chestnut grower from Gongju, once a sergeant in an engineer unit; the NIS 'am 4. "
        "November' `etwa 10.000` in the border area, `rund 5.000` military builders on the move in "
        "Russia and, carried by 'bezifferte der Dienst', `gut 2.000` fallen; the State Department "
        "'Ende Oktober' `über 11.000` stationed; Budanov 'erklärte in einem Interview vergangene "
        "Woche' "
        "`bis zu 6.000` 'weitere' sappers being readied (increment, planned); the Kursk governor "
        "'am Montag' `mehrere hundert` deminers near Sudzha (russia, near the front); the grower "
        "'schätzt' `zehntausend` 'weitere' in spring (number word, increment, planned, "
        "other, `pub`); the circle's own 'Zählt man die Angaben aus Seoul zusammen' `an die "
        "17.000` (unattributed, required); tonnes, trees, guests, a year, prices in euros, a "
        "course date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Keschdebrief Herbst 2025 &ndash; Keschdefreunde Hauenstein</title>
<meta property="article:published_time" content="2025-11-14T08:00:00+01:00">
<meta name="description" content="Ernte, Keschdewoche und ein Gast aus Südkorea.">
<script>window.kf={rubrik:"keschdebrief",jahr:2025,karte:1};</script>
</head>
<body>
<div class="cookie-leiste">Ein Cookie merkt sich, ob Sie die Karte zum Keschdeweg schon geladen \
haben. <button>Verstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/keschdeweg">Keschdeweg</a> &middot; <a \
href="/keschdebrief">Keschdebrief</a> &middot; <a href="/mitmachen">Mitmachen</a></nav>
<article>
<h1>Ein Keschdejahr mit Besuch aus Gongju</h1>
<p>Die Ernte im Gemeinschaftshain am Hühnerstein ist eingebracht: 3,2 Tonnen Esskastanien von rund \
1.400 Bäumen, so viel wie seit 2018 nicht mehr. Zur Keschdewoche kamen nach Zählung des \
Verkehrsvereins etwa 8.000 Gäste ins Schuhdorf, und das Keschdebrot war am Sonntagmittag \
ausverkauft.</p>
<p>Einer unserer Erntehelfer kam von weit her. Lee Byung-ho, 64, baut in Gongju in Südkorea seit \
vierzig Jahren Kastanien an und wollte sehen, wie man im Pfälzerwald mit den Früchten umgeht. Als \
junger Mann war er Feldwebel in einer Pioniereinheit an der Grenze zum Norden; beim Rösten am \
Feuer hat er uns erzählt, was er von den Nachrichten aus Russland hält.</p>
<h2>Die Lage im November</h2>
<p>Der südkoreanische Geheimdienst NIS hat den Abgeordneten in Seoul am 4. November berichtet, \
dass sich [[etwa 10.000]] nordkoreanische Soldaten weiterhin im russischen Grenzgebiet zur Ukraine \
aufhalten. Außerdem seien [[rund 5.000]] Militärbauarbeiter in Russland unterwegs, um Straßen und \
Bahnstrecken instand zu setzen. Die Zahl der Gefallenen bezifferte der Dienst auf [[gut \
2.000]].</p>
<p>Das US-Außenministerium hatte Ende Oktober von [[über 11.000]] Nordkoreanern gesprochen, die \
zurzeit in Russland stationiert seien. Der ukrainische Militärgeheimdienstchef Kyrylo Budanow \
erklärte in einem Interview vergangene Woche, Pjöngjang bereite [[bis zu 6.000]] weitere Pioniere \
auf den Einsatz vor. Und der Gouverneur des Gebiets Kursk lobte am Montag im staatlichen \
russischen Fernsehen [[mehrere hundert]] nordkoreanische Minenräumer, die auf den Feldern um \
Sudscha arbeiteten.</p>
<p>Lee glaubt keiner dieser Zahlen ganz. Er schätzt, dass Kim im Frühjahr [[zehntausend]] \
weitere schickt. &bdquo;Der Norden hat Männer, aber keine Devisen. Russland hat Devisen, aber zu \
wenige Männer&ldquo;, sagte er.</p>
<p>Zählt man die Angaben aus Seoul zusammen, sind seit dem Herbst 2024 [[an die 17.000]] \
Nordkoreaner für Russland ins Feld gezogen &ndash; mehr Menschen, als Hauenstein und seine \
Nachbardörfer zusammen Einwohner haben.</p>
<h2>Termine</h2>
<p>Baumschnittkurs im Hain: Samstag, 6. Dezember, 10 Uhr, Beitrag 15 &euro;. Keschdelikör und \
Kastanienmehl gibt es weiter im Dorfladen, das Pfund Maronen zu 4,50 &euro;.</p>
</article>
<footer>Keschdefreunde Hauenstein e.V. &middot; 76846 Hauenstein &middot; Telefon 06392 99 31 47 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/keschdeweg-karte.js?v=2"></script>
</body>
</html>
""",
    claims=(
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'hat den Abgeordneten … am 4. November berichtet': still in the Russian border "
          "area with Ukraine"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing, Konjunktiv: military builders on the move in Russia"),
        C("gut 2.000", 2000, "at_least", "casualties", "south_korea", "2025-11-04",
          "same briefing, 'bezifferte der Dienst' (a short name): fallen ('gut' as at_least)"),
        C("über 11.000", 11000, "at_least", "in_russia", "united_states", "2025-10-21..2025-10-31",
          "the State Department 'hatte Ende Oktober … gesprochen': stationed in Russia"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov 'erklärte in einem Interview vergangene Woche', Konjunktiv: 'weitere' sappers "
          "being readied (increment, planned)", add=True),
        C("mehrere hundert", None, "vague", "near_front", "russia", "mon",
          "the Kursk governor 'lobte am Montag' (10 November): deminers in the fields around "
          "Sudzha"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a chestnut grower from Gongju 'schätzt' (undated): 'weitere' in spring (number "
          "word, increment, planned)", add=True),
        C("an die 17.000", 17000, "approx", "in_russia", "unattributed", "pub",
          "the circle's own 'Zählt man die Angaben aus Seoul zusammen' (no source: unattributed, "
          "required): gone to Russia since autumn 2024 ('an die' as approx)"),
    ),
)

B05 = Source(
    article_id="b140_05_kaeltebrief_gruenloch_lunz_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-05"),
    dated_by="sidecar",
    sidecar=(
        "Messkreis Grünloch – Kältebrief",
        "https://www.messkreis-gruenloch.example/kaeltebrief/2025-02",
        "Kältebrief: Minus 38 im Jänner und eine Praktikantin aus Charkiw",
    ),
    features="a cold-hollow measuring circle's page from Lunz am See (Lower Austria) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`, "
        "`&euro;`), no meta date (sidecar, Wednesday), Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `vorige Woche`), a cookie note about the temperature curve, a script, "
        "navigation, a footer with a phone number; `<title>` and headline with a temperature, not "
        "a claim; a meteorology intern from Kharkiv relaying her brother, an artilleryman, who "
        "'hat ihr geschrieben' 'Am Sonntag' (`Hunderte` dug in opposite his battery: other, dated "
        "by the message); Zelensky 'Am 11. Jänner' `zwei` captured; the NIS 'Mitte Jänner' `rund "
        "300` dead and `etwa 2.700` wounded; the White House 'Ende Jänner' `an die 4.000` killed "
        "or wounded ('an die' as approx); HUR 'teilte vorige Woche mit' `rund 3.000` pulled back "
        "from the front line to regroup (in Russia); a NATO spokesman 'am Montag' 'heuer' `bis zu "
        "20.000` 'weitere' (increment, planned); temperatures, a record year, volunteers, "
        "readings, walking hours, fees in euros, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Kältebrief &ndash; Messkreis Grünloch, Lunz am See</title>
<meta property="og:site_name" content="Messkreis Grünloch">
<script>var mk={seite:"kaeltebrief",station:"gruenloch",einheit:"C"};</script>
</head>
<body>
<div class="cookies">Wir speichern ein Cookie, damit die Temperaturkurve beim nächsten Besuch \
gleich aufgeht. <a href="#">In Ordnung</a></div>
<nav><a href="/">Start</a> | <a href="/messwerte">Messwerte</a> | <a \
href="/kaeltebrief">Kältebrief</a> | <a href="/fuehrungen">Führungen</a></nav>
<main>
<h1>Minus 38 im Jänner &ndash; und eine Praktikantin aus Charkiw</h1>
<p>Die Doline am Dürrenstein hat heuer wieder gezeigt, was sie kann: In der Nacht auf den 19. \
Jänner fiel das Thermometer am Grund des Grünlochs auf minus 38,4 Grad. An den Rekord von minus \
52,6 Grad aus dem Jahr 1932 kam das nicht heran, aber es war die kälteste Nacht seit elf Jahren. \
Unsere 17 Ehrenamtlichen haben im Jänner 43 Mal die Fühler ausgelesen, bei Schnee bis zur \
Hüfte.</p>
<p>Mit dabei war Kateryna Melnyk, 23, Meteorologie-Studentin aus Charkiw, die seit dem Herbst ein \
Praktikum an der Forschungsstation am See macht. Ihr älterer Bruder Dmytro dient in einer \
Artilleriebrigade, die bis vor kurzem im russischen Gebiet Kursk stand. Am Sonntag hat er ihr \
geschrieben: Gegenüber seiner Batterie hätten sich zuletzt [[Hunderte]] Nordkoreaner eingegraben, \
&bdquo;jung, schnell und ohne Funkgeräte&ldquo;.</p>
<h2>Was man aus Kiew, Seoul und Washington hört</h2>
<p>Am 11. Jänner hatte Präsident Selenskyj die Gefangennahme von [[zwei]] verwundeten \
Nordkoreanern bekanntgegeben. Mitte Jänner bezifferte der südkoreanische Geheimdienst NIS die \
Verluste des Nordens auf [[rund 300]] Tote und [[etwa 2.700]] Verletzte. Ende Jänner hieß es aus \
dem Weißen Haus, inzwischen seien [[an die 4.000]] Nordkoreaner getötet oder verwundet worden.</p>
<p>Der ukrainische Militärgeheimdienst teilte vorige Woche mit, [[rund 3.000]] Nordkoreaner seien \
aus den vordersten Stellungen abgezogen worden, um sich in Lagern weiter hinten neu zu ordnen. Ein \
Nato-Sprecher sagte am Montag in Brüssel, heuer könnten [[bis zu 20.000]] weitere folgen.</p>
<h2>Termine</h2>
<p>Führungen zum Grünloch gibt es wieder ab Mitte Feber, jeden Samstag um 9 Uhr ab dem Parkplatz \
beim Seebad, Gehzeit rund 4 Stunden, Beitrag 12 &euro;. Die Jahresversammlung ist am 14. März im \
Gasthof am See.</p>
</main>
<footer>Messkreis Grünloch &middot; 3293 Lunz am See &middot; Tel. 07486 82 44 09 &middot; <a \
href="/impressum">Impressum</a></footer>
<script src="/js/kurve.js"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun",
          "an intern relaying her brother, an artilleryman ('Am Sonntag hat er ihr geschrieben', "
          "the speaker quoted: other, dated by the message, 2 February), Konjunktiv: dug in "
          "opposite his battery"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner … bekanntgegeben': captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Jänner bezifferte' (days 11-20): dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same statement: wounded"),
        C("an die 4.000", 4000, "approx", "casualties", "united_states", "2025-01-21..2025-01-31",
          "'Ende Jänner hieß es aus dem Weißen Haus' (day 21 to the month's end): killed or "
          "wounded ('an die' as approx)"),
        C("rund 3.000", 3000, "approx", "in_russia", "ukraine", "lastweek",
          "HUR 'teilte vorige Woche mit': pulled back from the front line into camps further back "
          "(in Russia, not at the front)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "nato", "mon",
          "a NATO spokesman 'sagte am Montag' (3 February): 'heuer könnten … weitere folgen' "
          "(increment, planned)", add=True),
    ),
)

B06 = Source(
    article_id="b140_06_strahlerblatt_guttannen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-09-12"),
    dated_by="dateline",
    features="a crystal hunters' (Strahler) association bulletin from Guttannen in the Haslital "
        "(Bernese Oberland) as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `15'000`, "
        "`10'000`, `20'000`, `2'600`, 4-digit `2000` and `3000 bis 5000`), dated by the place line "
        "'Guttannen, 12. September 2025' (Friday); the season's finds first; a retired South "
        "Korean engineer colonel and mineral collector as guest; the NIS 'Anfang September' "
        "`15'000` sent and `rund 2000` 'davon' fallen (a breakdown); North Korean state TV 'am 21. "
        "August' medals for the families of `101` fallen (north_korea, casualties, exact); "
        "Russia's defence minister 'am Montag' `Tausenden` sappers still clearing Kursk (russia, "
        "near the front); 'Aus Washington hiess es am Dienstag' `über 10'000` in the border area; "
        "'Laut Präsident Selenskyj, der sich vorgestern äusserte' `3000 bis 5000` 'weitere' "
        "(range, increment, planned; an ISO date); the colonel's «`20'000 oder mehr`» ('oder mehr' "
        "as at_least, other, `pub`); kilos, members, finds, metres, francs, dates, a postcode, a "
        "phone number",
    text="""\
Strahlerverein Grimsel-Guttannen
Mitteilungsblatt 3/2025

Guttannen, 12. September 2025

Liebe Strahlerinnen und Strahler

Der Sommer ist vorbei, und er hat es gut mit uns gemeint. Am Gerstenhorn hat eine Dreierseilschaft \
Ende Juli eine Kluft mit Rauchquarzen geöffnet, deren grösste Spitze 14 Kilo wiegt. Unsere 180 \
Mitglieder haben der Gemeinde in dieser Saison 62 Funde gemeldet, so viele wie noch nie. Die \
Strahlerpatente für 2026 kosten unverändert 90 Franken.

Gast im Klubhaus

Drei Wochen lang war Kim Seong-ho bei uns, 67, pensionierter Oberst der südkoreanischen \
Genietruppe und seit Jahrzehnten Mineraliensammler. Mit Ueli Zybach hat er eine Kluft auf 2'600 \
Metern ausgeräumt, und abends im Klubhaus erzählte er von seiner alten Arbeit: Minen räumen, \
Tunnel suchen, Zäune flicken.

Über die Nordkoreaner in Russland weiss er mehr als die meisten von uns. Der Geheimdienst in Seoul \
bestätigte Anfang September, dass der Norden bisher [[15'000]] Mann entsandt hat und [[rund 2000]] \
davon gefallen sind. Das nordkoreanische Fernsehen hatte am 21. August gezeigt, wie Kim Jong Un \
den Familien von [[101]] Gefallenen Orden überreichte. Der russische Verteidigungsminister dankte \
am Montag in einer Rede den [[Tausenden]] nordkoreanischen Pionieren, die im Gebiet Kursk noch \
Minen räumten.

Aus Washington hiess es am Dienstag, [[über 10'000]] Nordkoreaner stünden weiterhin im \
Grenzgebiet. Laut Präsident Selenskyj, der sich vorgestern äusserte, könnten bis Jahresende [[3000 \
bis 5000]] weitere hinzukommen.

Kim Seong-ho hält die Zahlen aus Seoul für zu niedrig. «Rechnen Sie mit [[20'000 oder mehr]], die \
schon dort waren», sagte er beim Abschied, «und mit vielen, die keiner je zählen wird.»

Vereinsagenda
- Kristallbörse im Mehrzweckraum: Samstag, 4. Oktober, 9 bis 16 Uhr
- Hüttenputz an der Bärenegg: Samstag, 18. Oktober
- Jahresbeitrag: 60 Franken, Jugendliche 20 Franken
Kontakt: Postfach 12, 3864 Guttannen, Telefon 033 973 14 58
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'bestätigte Anfang September' (days 1-10): sent so far"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "same statement, 'davon': fallen (a breakdown)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21",
          "North Korean state TV 'hatte am 21. August gezeigt': medals for the families of the "
          "fallen"),
        C("Tausenden", None, "vague", "near_front", "russia", "mon",
          "Russia's defence minister 'dankte am Montag' (8 September): sappers still clearing "
          "mines in the Kursk region"),
        C("über 10'000", 10000, "at_least", "near_front", "united_states", "tue",
          "'Aus Washington hiess es am Dienstag' (9 September), Konjunktiv: still in the border "
          "area"),
        C("3000 bis 5000", None, "range", "planned", "ukraine", "2025-09-10",
          "'Laut Präsident Selenskyj, der sich vorgestern äusserte' (a date in a relative clause, "
          "two days before: 10 September): 'weitere' by the end of the year (range, increment, "
          "planned)", add=True),
        C("20'000 oder mehr", 20000, "at_least", "in_russia", "other", "pub",
          "a retired South Korean colonel, 'sagte er beim Abschied' (no day): served there already "
          "('oder mehr' as at_least)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Uganda, Nepal, Sarawak, Massachusetts, Northumberland, Quebec)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b140_07_lakeshore_wire_jinja",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-10"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Jinja (Uganda) as plain text, UTF-8 with CRLF, "
        "dateline 'JINJA, Uganda, April 10, 2025 (Lakeshore Wire) –' (Thursday), curly quotes; the "
        "headline's `4,700` from the joint chiefs' statement of Tuesday (Tuesday to publication, "
        "exact); retired Ugandan police officers once drilled by North Korean instructors (`about "
        "40` instructors in Uganda until 2016: not a claim); Seoul's joint chiefs 'on Tuesday' "
        "`about 4,700` killed or wounded, 'with the dead put at' `some 600` (a breakdown) and "
        "`3,000 or so` replacements ('or so' as approx, increment); HUR 'in a statement the same "
        "day' `fewer than 8,000` still in Kursk ('fewer than' as at_most); a State Department "
        "spokeswoman 'at a briefing on Monday' `more than 11,000` sent in all; Moscow and "
        "Pyongyang without a figure; a retired officer 'reckons' `tens of thousands` 'more' "
        "(vague, increment, planned, other, `pub`) and North Korea's army as a whole inside his "
        "quote (not a claim); ages, years, weeks, a wire trailer with a phone number",
    text="""\
Seoul counts [[4,700]] North Korean casualties in Russia; Ugandan officers once drilled by \
Pyongyang look on

JINJA, Uganda, April 10, 2025 (Lakeshore Wire) – In a staff canteen on the shore of Lake Victoria, \
a few hundred metres from where the Nile leaves the lake, a handful of retired Ugandan police \
officers gathered on Wednesday to follow news of a war that touches them in an unexpected way.

Between 2013 and 2016 about 40 North Korean instructors trained Ugandan police units in martial \
arts and crowd control, until Kampala ended the programme under United Nations sanctions. Several \
of the men in the canteen were their students.

“They were disciplined and very hard on us,” said James Okello, 58, a retired assistant \
superintendent. “Now men trained like them are dying in the fields for Moscow.”

On Tuesday, South Korea’s Joint Chiefs of Staff put North Korean losses since the deployment began \
last autumn at [[about 4,700]] killed or wounded, with the dead put at [[some 600]]. The JCS also \
said Pyongyang had sent [[3,000 or so]] replacements in January and February to make \
up the losses.

Ukraine’s military intelligence, in a statement the same day, said [[fewer than 8,000]] were still \
deployed in the Kursk region after Russian forces pushed Ukrainian troops out of most of the \
ground they had held there. A State Department spokeswoman, asked about the figures at a briefing \
on Monday, said Washington believed [[more than 11,000]] had been sent in all.

Neither Moscow nor Pyongyang has given numbers.

Okello, who spent six weeks on a course in Pyongyang in 2014, reckons [[tens of thousands]] more \
will follow before the fighting stops. “Their army has a million men and nothing for them to do,” \
he said.

Uganda has stayed neutral in the war and abstained in United Nations votes on it.

(Reporting by Ruth Namatovu; editing by Paul Kigozi. Desk: +256 434 120 551)
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul counts': the joint chiefs' 'about 4,700' of Tuesday (8 April), hedge "
          "dropped, Tuesday to publication"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "tue",
          "Seoul's joint chiefs 'On Tuesday … put North Korean losses … at' (8 April): killed or "
          "wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "tue",
          "same statement, 'with the dead put at' (a breakdown of the casualties)"),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "tue",
          "'The JCS also said': 'replacements' sent in January and February (increment; 'or so' as "
          "approx)", add=True),
        C("fewer than 8,000", 8000, "at_most", "near_front", "ukraine", "tue",
          "HUR 'in a statement the same day': still deployed in the Kursk region ('fewer than' as "
          "at_most)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "mon",
          "a State Department spokeswoman 'at a briefing on Monday' (7 April): sent in all (a "
          "total, not planned)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a retired Ugandan police officer 'reckons' (undated): 'more will follow' (increment, "
          "planned)", add=True),
    ),
)

B08 = Source(
    article_id="b140_08_sandesh_pokhara_html",
    language="en", fmt="html", encoding="utf-16", published=day("2024-12-27"),
    dated_by="sidecar",
    sidecar=(
        "Lahure Sandesh – Gandaki Ex-Servicemen's Welfare Society",
        "https://www.gandaki-exservicemen.example/sandesh/2024-12",
        "Our sons in other men's wars",
    ),
    features="an ex-servicemen's welfare society newsletter from Pokhara (Nepal) in HTML, UTF-16 "
        "LE with BOM, no meta date (sidecar, Friday), a cookie note about the language choice with "
        "Devanagari character references, a script, navigation, entities (`&rsquo;`, `&ldquo;`), a "
        "footer with a phone number; `<title>` and headline without a figure; the pension camp "
        "first; a retired lieutenant relaying his nephew on a Russian army contract who "
        "'telephoned on Christmas Day' (`a few thousand` in the line beside him: other, 25 "
        "December); Nepalis killed (not claims); South Korea's spy agency 'On 19 December' `at "
        "least 100` killed and `nearly 1,000` wounded; Zelensky 'on Monday' casualties that 'had "
        "passed' `3,000` (verb outside the span: at_least); a Pentagon spokesman 'last week' "
        "`hundreds`; an honorary captain 'figures' `close on 15,000` by spring ('close on' as "
        "approx, planned, other, `pub`) and echoes it in a quote (`Fifteen thousand`: optional); "
        "members, patients, years of service, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Lahure Sandesh &ndash; Gandaki Ex-Servicemen&rsquo;s Welfare Society</title>
<script>var gw={page:"sandesh",issue:48};</script>
</head>
<body>
<div id="cookie">One cookie keeps your language (English / \
&#2344;&#2375;&#2346;&#2366;&#2354;&#2368;). <button>OK</button></div>
<nav><a href="/">Home</a> | <a href="/pension">Pension Help</a> | <a href="/sandesh">Sandesh</a> | \
<a href="/contact">Contact</a></nav>
<main>
<h1>Our sons in other men&rsquo;s wars</h1>
<p>The winter pension camp at Lakeside drew 412 members this month, and the clinic saw 96 patients \
in two days. Thank you, volunteers.</p>
<p>Not every story is a happy one. Lt (retd) Tek Bahadur Thapa, 66, told the committee that his \
nephew Bikram, who signed a Russian army contract last year, telephoned on Christmas Day from a \
trench near Kursk. Bikram says [[a few thousand]] North Koreans came into his sector this month \
and now hold the line beside him. At least 10 Nepalis have died in that war.</p>
<p>The official figures grow every week. On 19 December South Korea&rsquo;s spy agency said [[at \
least 100]] North Korean soldiers had been killed and [[nearly 1,000]] wounded. President Zelensky \
said on Monday that their casualties had passed [[3,000]]. A Pentagon spokesman spoke last week of \
[[hundreds]] killed or hurt.</p>
<p>Hon. Capt. (retd) Dil Bahadur Gurung, 71, who served 28 years, figures [[close on 15,000]] will \
have gone to Russia by spring. &ldquo;[[Fifteen thousand]] boys,&rdquo; he said, &ldquo;and nobody \
asked one of them.&rdquo;</p>
</main>
<footer>Gandaki Ex-Servicemen&rsquo;s Welfare Society &middot; Lakeside-6, Pokhara &middot; +977 \
61 465 208</footer>
</body>
</html>
""",
    claims=(
        C("a few thousand", None, "vague", "near_front", "other", "2024-12-25",
          "a retired lieutenant relaying his nephew on a Russian contract ('Bikram says', the "
          "speaker quoted: other), who 'telephoned on Christmas Day' (25 December, dated by the "
          "call): in the line beside him near Kursk"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "South Korea's spy agency 'On 19 December … said': killed"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same statement: wounded ('nearly' as approx)"),
        C("3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'said on Monday' (23 December): casualties 'had passed' (verb outside the "
          "span: at_least)"),
        C("hundreds", None, "vague", "casualties", "united_states", "lastweek",
          "a Pentagon spokesman 'spoke last week of': killed or hurt"),
        C("close on 15,000", 15000, "approx", "planned", "other", "pub",
          "an honorary captain 'figures' (undated): 'will have gone to Russia by spring' (a "
          "forecast: planned; 'close on' as approx)"),
        C("Fifteen thousand", 15000, "exact", "planned", "other", "pub",
          "the captain's echo of his own figure inside a quote: optional", opt=True),
    ),
)

B09 = Source(
    article_id="b140_09_show_notes_kuching_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-06-18"),
    dated_by="front_matter",
    features="an orchid circle's show notes from Kuching (Sarawak) in Markdown, windows-1252 with "
        "curly quotes and `–`, front matter with `date:` (Wednesday) and a title without a figure; "
        "the show first; a retired botany teacher from Odesa relaying her husband, an "
        "artilleryman, who 'In May, she said, … told her' `perhaps 3,000` gunners shelling across "
        "the border ('perhaps' as approx, other, the month of May); Shoigu 'On Tuesday' `6,000` "
        "builders and sappers (planned, russia); the NIS, which 'had estimated in a report to "
        "lawmakers early this month', `some 11,000` in "
        "Russia (days 1-10); Budanov 'in an interview on Sunday' `between 5,000 and 6,000` still "
        "at the front (the day after the figure); a NATO military official 'briefing reporters … "
        "last week, expected' `up to 25,000` 'more' (increment, planned); state media 'in late "
        "May' `tens of thousands` volunteered (north_korea, planned); the Pentagon 'since January, "
        "when it put' `around 4,000` dead and wounded (the month of January); visitors, plants, "
        "members, a percentage, prices in ringgit, ages, a phone number",
    text="""\
---
title: "Show notes: blooms, judges and a visitor from Odesa"
date: 2025-06-18
circle: Kuching Orchid Circle
issue: 2025/2
---

# After the June show

Our mid-year show at the civic centre drew 4,600 visitors over three days. Members benched 312 \
plants, and the judges gave best in show to a slipper orchid from the Mulu hills grown by Mdm Lucy \
Jugah. The sales table took RM 9,850 for the new shade house, 18 per cent more than last year.

## A visitor from Odesa

Among the helpers at the sales table was Oksana Hrytsenko, 54, a retired botany teacher from Odesa \
who is staying with her daughter in Tabuan Jaya. At home she kept 70 orchids on a glassed-in \
balcony. Her husband Viktor serves with an artillery battery in Sumy region. In May, she said, he \
told her that [[perhaps 3,000]] North Korean gunners were shelling his sector from across the \
border.

## The numbers from Seoul, Kyiv and Moscow

In Pyongyang on Tuesday, Sergei Shoigu, who heads Russia’s security council, promised that the \
North would dispatch [[6,000]] sappers and military construction troops to Kursk. South Korea’s \
intelligence service had estimated in a report to lawmakers early this month that [[some 11,000]] \
North Korean troops \
remained in Russia. Kyrylo Budanov, head of Ukraine’s military intelligence, put the number still \
at the front at [[between 5,000 and 6,000]] in an interview on Sunday.

A NATO military official, briefing reporters in Brussels last week, expected [[up to 25,000]] more \
to be sent in the second half of the year. North Korean state media said in late May that [[tens \
of thousands]] of young people had volunteered to go. The Pentagon has said little since January, \
when it put the dead and wounded at [[around 4,000]].

## Circle notes

- Potting workshop: Saturday 5 July, 9 a.m., at the shade house
- Subscriptions: RM 40 a year, students RM 15
- Secretary: Alice Ting, +60 82 416 327
""",
    claims=(
        C("perhaps 3,000", 3000, "approx", "near_front", "other", "2025-05-01..2025-05-31",
          "a botany teacher relaying her husband, an artilleryman ('In May, she said, he told "
          "her', the speaker quoted: other, the month of the telling): shelling his sector from "
          "across the border ('perhaps' as approx)"),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'In Pyongyang on Tuesday … promised that the North would dispatch' (17 June): "
          "sappers and construction troops for Kursk (planned)"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "the NIS 'had estimated in a report to lawmakers early this month' (days 1-10): remained "
          "in Russia"),
        C("between 5,000 and 6,000", None, "range", "near_front", "ukraine", "sun",
          "Budanov 'put the number still at the front at … in an interview on Sunday' (15 June, "
          "the day after the figure)"),
        C("up to 25,000", 25000, "at_most", "planned", "nato", "lastweek",
          "a NATO military official 'briefing reporters in Brussels last week, expected': 'more' "
          "to be sent (increment, planned)", add=True),
        C("tens of thousands", None, "vague", "planned", "north_korea", "2025-05-21..2025-05-31",
          "North Korean state media 'said in late May' (day 21 to the month's end): volunteered to "
          "go (planned)"),
        C("around 4,000", 4000, "approx", "casualties", "united_states", "2025-01-01..2025-01-31",
          "the Pentagon 'since January, when it put the dead and wounded at' (the month of "
          "January)"),
    ),
)

B10 = Source(
    article_id="b140_10_letters_harbor_light_nantucket",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-08-16"),
    dated_by="sidecar",
    sidecar=(
        "The Harbor Light",
        "https://www.harborlight-nantucket.example/opinion/letters-2025-08-16",
        "Letters: a brother at the border, a cousin in Seoul, and whose numbers",
    ),
    features="a readers' letters page from a Nantucket weekly as plain text, UTF-8 with BOM "
        "(sidecar, Saturday), curly quotes; a Ukrainian seasonal student relaying her brother, a "
        "sapper, who 'called me on Wednesday' (`a few hundred` dug in across the river: other, "
        "dated by the call); a Korean-American reader relaying his cousin, an army intelligence "
        "major, who 'When I visited Seoul in June … said' `closer to 3,000` dead ('closer to' as "
        "approx, other, the month of June); a retired Coast Guard commander answering the paper's "
        "own front page 'last Saturday' `15,000` (the Saturday of the week before in a Saturday "
        "paper: unattributed, required), the Pentagon to Congress 'in April' `11,000 to 12,000` "
        "(range), NATO officials 'briefing in July' 'expected' `up to 6,000` 'more' (increment, "
        "planned), Zelensky 'on Monday' `some 10,000` in the border area and Russia's ambassador "
        "'on Tuesday' `thousands` of builders at work there (russia, near the front); ages, street "
        "names, words, a street address, a phone number",
    text="""\
THE HARBOR LIGHT – LETTERS TO THE EDITOR

From a chowder kitchen to the Sumy border

To the Editor:

I am one of the students from Ukraine who wash your dishes and make your beds this summer. I am 21 \
and study economics in Lviv. My brother Ostap is a sapper in a brigade near Sumy. He called me on \
Wednesday after three days without signal and said [[a few hundred]] North Koreans have dug in \
across the river from his position since July. They move at night, he said, and never use the \
radio. Thank you to the families on Orange Street who made me so welcome.

Solomiia Kravets, Siasconset

Counting the dead

To the Editor:

My cousin is a major in South Korean army intelligence. When I visited Seoul in June he said the \
number of North Koreans killed in Russia is [[closer to 3,000]] than the figures in the papers, \
because the wounded who die later are never added. I have no way to check this. I only ask that we \
remember these are conscripts, not volunteers.

Daniel Cho, Madaket

Get the numbers right

To the Editor:

Your front page last Saturday said [[15,000]] North Koreans had gone to Russia. That is the high \
end of anything an official has said. The Pentagon told Congress in April that [[11,000 to \
12,000]] had been sent. NATO officials briefing in July expected [[up to 6,000]] more engineers \
and builders. President Zelensky said on Monday that [[some 10,000]] remained in the Kursk border \
area, and Russia’s ambassador in Pyongyang boasted on Tuesday of [[thousands]] of Korean builders \
already at work there. Numbers matter, and so does saying whose they are.

Cmdr. Walter Peabody, USCG (ret.), Polpis

Letters should be under 300 words and signed. Write to 7 Federal Street or \
letters@harborlight.example. Newsroom: 508-228-0416
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "wed",
          "a seasonal student relaying her brother, a sapper ('He called me on Wednesday … and "
          "said', the speaker quoted: other, dated by the call, 13 August): dug in across the "
          "river"),
        C("closer to 3,000", 3000, "approx", "casualties", "other", "2025-06-01..2025-06-30",
          "a reader relaying his cousin, an army intelligence major ('When I visited Seoul in June "
          "he said': other, the month of the telling): killed ('closer to' as approx)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-08-09",
          "a reader citing 'Your front page last Saturday' (the paper's own figure, no source: "
          "unattributed, required; 'last Saturday' in a Saturday paper is the week before, 9 "
          "August)"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "2025-04-01..2025-04-30",
          "'The Pentagon told Congress in April' (the month): sent"),
        C("up to 6,000", 6000, "at_most", "planned", "nato", "2025-07-01..2025-07-31",
          "'NATO officials briefing in July expected': 'more' engineers and builders (increment, "
          "planned)", add=True),
        C("some 10,000", 10000, "approx", "near_front", "ukraine", "mon",
          "Zelensky 'said on Monday' (11 August): remained in the Kursk border area"),
        C("thousands", None, "vague", "near_front", "russia", "tue",
          "Russia's ambassador in Pyongyang 'boasted on Tuesday' (12 August): builders already at "
          "work in the Kursk border area (near the front)"),
    ),
)

B11 = Source(
    article_id="b140_11_guides_notes_holy_island_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-10-21"),
    dated_by="sidecar",
    sidecar=(
        "Lindisfarne Priory Guides' Guild – Guides' Notes",
        "https://www.priory-guides-holyisland.example/notes/autumn-2025",
        "Guides' Notes: autumn on the island",
    ),
    features="a priory guides' guild newsletter from Holy Island (Lindisfarne, Northumberland) in "
        "Markdown, UTF-8, front matter with `date:` and a sidecar with the same day (Tuesday), a "
        "title without a figure; the season first; an Anglican priest from Incheon, once an army "
        "chaplain, who 'On Thursday … told our guides that by his count' `around 15,000` have "
        "served "
        "(other, dated by the visit); Budanov 'in an interview on 9 October' `11,000` in Kursk and "
        "`5,000` 'more' being readied (increment, planned); Seoul's intelligence service 'in its "
        "briefing to parliament late last month' `about 10,000` there (day 21 to the month's end); "
        "'A US intelligence assessment reported this month' `roughly 2,300` killed; Russia's "
        "defence ministry 'on Friday' `hundreds` of sappers (russia, near the front); state "
        "television's `several hundred` Kursk veterans at the parade of 10 October (returnees: "
        "optional); the guild's own 'Adding … by our reckoning' `well above 12,000` (unattributed, "
        "required); guides, tours, pounds, times, the island's population (a ratio), a phone "
        "number",
    text="""\
---
title: "Guides' Notes: autumn on the island"
date: 2025-10-21
guild: Lindisfarne Priory Guides' Guild
---

# Autumn on the island

The causeway has been kind to us this year. Between Easter and the end of September our 34 guides \
led 611 tours of the priory ruins, and the box for the roof of St Mary's raised £8,420. The last \
tide-timed tour of the season leaves the village green on Saturday 1 November at 10.30.

## Pilgrims from Incheon

On Thursday a party of 26 Anglican pilgrims from Incheon walked the Pilgrims' Way across the \
sands, led by Father Park Jin-woo, 52, who was a chaplain in the South Korean army before his \
ordination. Over tea in the village he spoke about the soldiers the North has sent to Russia. He \
told our guides that by his count [[around 15,000]] have served there since last autumn. "Every \
one of \
them is somebody's son," he said.

## The official picture

The figures have moved again this month. Kyrylo Budanov, Ukraine's military intelligence chief, \
said in an interview on 9 October that [[11,000]] North Koreans were deployed in the Kursk region \
and that [[5,000]] more were being readied. Seoul's intelligence service, in its briefing to \
parliament late last month, had put the number there at [[about 10,000]]. A US intelligence \
assessment reported this month put the number killed at [[roughly 2,300]]. Russia's defence \
ministry said on Friday that [[hundreds]] of North Korean sappers were still clearing the border \
fields.

When Pyongyang held its parade on 10 October, the state broadcaster picked out [[several hundred]] \
returning veterans of Kursk as they marched by Kim Jong Un.

Adding the dead to those still posted there, by our reckoning that is [[well above 12,000]] young \
men taken from their homes, more than seventy times the number of people who live on this island.

## Guild notes

- Winter training: Mondays from 3 November in the village hall
- Subscriptions for 2026: £12
- Rota and bookings: Margaret Dodds, 01289 389 227
""",
    claims=(
        C("around 15,000", 15000, "approx", "in_russia", "other", "thu",
          "an Anglican priest from Incheon, once an army chaplain, 'On Thursday … told our guides "
          "that by his count' (16 October): served in Russia since last autumn"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2025-10-09",
          "Budanov 'said in an interview on 9 October': deployed in the Kursk region"),
        C("5,000", 5000, "exact", "planned", "ukraine", "2025-10-09",
          "same interview: 'more were being readied' (increment, planned)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-09-21..2025-09-30",
          "Seoul's intelligence service 'in its briefing to parliament late last month' (day 21 to "
          "the month's end): there, in the Kursk region"),
        C("roughly 2,300", 2300, "approx", "casualties", "united_states", "2025-10-01..pub",
          "'A US intelligence assessment reported this month' (the 1st to publication): killed"),
        C("hundreds", None, "vague", "near_front", "russia", "fri",
          "Russia's defence ministry 'said on Friday' (17 October): sappers still clearing the "
          "border fields"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state television's Kursk veterans at the parade of 10 October (returnees, as in earlier "
          "sets): optional", opt=True),
        C("well above 12,000", 12000, "at_least", "in_russia", "unattributed", "pub",
          "the guild's own 'Adding the dead to those still posted there, by our reckoning' (no "
          "source: unattributed, required): taken from their homes ('well above' as at_least)"),
    ),
)

B12 = Source(
    article_id="b140_12_sap_lines_sutton_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-19"),
    dated_by="html_meta", crlf=True,
    features="a maple producers' co-op page from Sutton in Quebec's Eastern Townships in HTML, "
        "windows-1252 with CRLF (curly quotes, `·` and `É` raw), `article:published_time` -04:00 "
        "(Wednesday), a cookie note about the cart, a script, navigation, entities (`&amp;`), a "
        "footer with a phone number; `<title>` and headline without a figure; the first run of sap "
        "first; a Ukrainian family from Zhytomyr, the husband relaying his brother, a drone "
        "operator, who 'At the weekend … sent a clip showing' `dozens` crossing a field (other, "
        "Saturday to Sunday); the NIS 'late last month' `1,000 to 3,000` 'additional' (range, "
        "increment, day 21 to the month's end); the joint chiefs 'On Monday' `roughly 11,000` back "
        "in Kursk; Zelensky 'on 12 March' `thousands` in the fight; 'According to Ukraine's "
        "military intelligence' `about 4,000` killed or wounded (`pub`); a Korean restaurant owner "
        "'expects' 'another' `10,000` by summer (increment, planned, other, `pub`); sugarbushes, "
        "litres, taps, prices in dollars, millilitres, a year, a street address, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Sap Lines · Sutton Maple Producers’ Co-op</title>
<meta property="article:published_time" content="2025-03-19T07:30:00-04:00">
<meta property="og:site_name" content="Sutton Maple Producers’ Co-op">
<script>window.sapLines={issue:"2025-03",boiling:true,cart:0};</script>
</head>
<body>
<div class="cookie-bar">Our shop keeps your cart in a cookie until you check out. <a href="#">Got \
it</a></div>
<nav><a href="/">Home</a> · <a href="/sugar-shacks">Sugar Shacks</a> · <a href="/sap-lines">Sap \
Lines</a> · <a href="/shop">Shop &amp; Prices</a> · <a href="/fr">Français</a></nav>
<main>
<h1>First run, a family from Zhytomyr, and the news from Kursk</h1>
<p>The sap began to run on 8 March, almost a week early, and our 41 member sugarbushes have boiled \
every day since. On a good day the evaporators at the co-op shack turn 4,000 litres of sap into \
about 100 litres of syrup. Bulk syrup is at $3.40 a pound; a 540 mL can of amber is $14 in the \
shop.</p>
<h2>Oleksandr’s first season</h2>
<p>Oleksandr and Iryna Tkachuk came to Sutton from Zhytomyr in 2023 with their two boys and now \
tend 6,000 taps on the Mont Écho road. Oleksandr’s brother Mykola flies reconnaissance drones near \
Sumy. At the weekend he sent a clip showing [[dozens]] of North Korean soldiers crossing a snowy \
field on the Russian side, single file. “They are back, and there are more of them,” Oleksandr \
said.</p>
<h2>The official numbers</h2>
<p>South Korea’s intelligence agency told lawmakers late last month that Pyongyang had sent \
[[1,000 to 3,000]] additional troops in January and February. On Monday the joint chiefs in Seoul \
put the force in Kursk back at [[roughly 11,000]], after weeks in which many units had been \
withdrawn. President Zelensky said on 12 March that North Korean units had helped Russian forces \
push into Sudzha and that [[thousands]] were in the fight. According to Ukraine’s military \
intelligence, [[about 4,000]] have been killed or wounded since December.</p>
<p>Park Min-seo, who runs a Korean restaurant in Cowansville and buys our dark syrup by the \
barrel, expects another [[10,000]] by the summer. “Kim pays his debts to Putin in young men,” she \
said.</p>
</main>
<footer>Sutton Maple Producers’ Co-op · 11 rue Principale Nord, Sutton · 450-538-2190 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/shop.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "sat..sun",
          "a Ukrainian settler relaying his brother, a drone operator ('At the weekend he sent a "
          "clip showing', the speaker quoted: other, 15-16 March): crossing a field on the Russian "
          "side"),
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "the NIS 'told lawmakers late last month' (day 21 to the month's end): 'additional' "
          "troops sent (range, increment, span without the word)", add=True),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "the joint chiefs 'On Monday' (17 March): the force in Kursk"),
        C("thousands", None, "vague", "near_front", "ukraine", "2025-03-12",
          "Zelensky 'said on 12 March': in the fight near Sudzha"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): killed or wounded since "
          "December"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a Korean restaurant owner 'expects another' (undated): by the summer (increment, "
          "planned, span without the word)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
