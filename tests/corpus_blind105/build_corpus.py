"""Build the HUNDRED-AND-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-seventh corpus, for an honest measurement on articles the extractor has never
met, written in session 13 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
community web page of Hallig Hooge with a Ukrainian baker in the Hanswarft tea room, an organic
farmers' co-operative's member letter from Bad Frankenhausen (Kyffhäuser) with a Korean intern
from Gangneung, a Lent parish letter from Altötting with a Greek-Catholic priest from Ternopil, a
Tyrolean brass band's newsletter from Grän in the Tannheimer Tal (Austrian conventions) with a
clarinettist from Lviv, a Saas-Fee mountain guides' office letter (Swiss conventions) with a
retired South Korean colonel on the Allalinhorn, a Sylt adult-education centre's newsletter
reporting a retired diplomat's talk on Pyongyang; a polar-bear tour company's guide notes from
Churchill (Manitoba), a Baa Atoll (Maldives) dive centre's log with an instructor from Sokcho, a
boat-racing club's newsletter from Sandy Ground (Anguilla) with a former Royal Engineer, a
Masset (Haida Gwaii) weekly with a former signals operator, a Lundy island newsletter with a
Korean volunteer from Pohang and an Ocracoke (Outer Banks) heritage society's newsletter with a
retired Army colonel. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind105_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="h105_01_halliggemeinde_hooge_kaffeestube_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-20"),
    dated_by="html_meta",
    features="the community web page of Hallig Hooge in HTML, UTF-8 (`article:published_time` "
        "+01:00, Wednesday), a cookie note about the tide calendar, a page script, navigation, a "
        "footer with a phone number; `<title>`, headline and teaser without a figure; Zelensky 'Am "
        "4. November' `11.000` arrived in Kursk; the US State Department 'am Montag' with the "
        "total `mehr als 10.000` in Russia and the part `mindestens 8.000` in Kursk (a breakdown); "
        "HUR 'am Wochenende' `rund 1.500` 'zusätzliche' on trains (increment); the NIS 'vergangene "
        "Woche' `15.000` by the turn of the year (planned); Zakharova 'am Freitag' without a "
        "figure; a Ukrainian baker relaying her husband, a medic near Sumy, `ein paar tausend` "
        "(vague, other, `pub`) and, Konjunktiv, `zehntausend` 'weitere' (number word, increment, "
        "planned); inhabitants, mounds, floods, metres, opening days, euros, ferry time, her age, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Halliggemeinde Hooge | Neues von den Warften: Eine Bäckerin aus Tschernihiw</title>
<meta property="article:published_time" content="2024-11-20T16:40:00+01:00">
<meta property="og:site_name" content="Halliggemeinde Hooge">
<script>window.hallig={rubrik:"neues",pegel:"Schluettsiel",landunterWarnung:true};</script>
</head>
<body>
<div class="cookie">Wir merken uns nur, ob Sie den Tidenkalender schon aufgeklappt haben. \
<button>Geht klar</button> <button>Lieber nicht</button></div>
<nav><a href="/">Start</a> | <a href="/warften">Die Warften</a> | <a href="/faehre">Fähre &amp; \
Tide</a> | <a href="/schule">Halligschule</a> | <a href="/neues">Neues von den Warften</a></nav>
<main>
<p class="rubrik">Neues von den Warften &middot; Mittwoch</p>
<h1>Eine Bäckerin aus Tschernihiw</h1>
<p class="anriss">Seit April backt Oksana Melnyk in der Kaffeestube auf der Hanswarft. Ihr Mann \
fährt einen Sanitätswagen bei Sumy – und jenseits der Grenze stehen seit kurzem Soldaten aus \
Nordkorea.</p>
<p>Wenn morgens das Versorgungsschiff aus Schlüttsiel festmacht, riecht es in der Kaffeestube \
schon nach Hefe. Oksana Melnyk, 41, stammt aus Tschernihiw; seit dem Frühjahr wohnt sie mit ihrer \
Tochter in einer Ferienwohnung auf der Backenswarft. Das Handy liegt neben der Küchenwaage. \
„Zuerst lese ich die Nachrichten, dann kommt der Butterkuchen“, sagt sie.</p>
<p>Diese Nachrichten klingen seit Wochen bedrohlicher. Am 4. November sagte Präsident Wolodymyr \
Selenskyj, [[11.000]] nordkoreanische Soldaten seien im russischen Gebiet Kursk eingetroffen. Das \
US-Außenministerium wählte am Montag vorsichtigere Worte: Von den [[mehr als 10.000]] \
Nordkoreanern in Russland stünden [[mindestens 8.000]] in Kursk, einige hätten schon an der Seite \
russischer Einheiten gekämpft.</p>
<p>Der ukrainische Militärgeheimdienst HUR meldete am Wochenende, [[rund 1.500]] zusätzliche \
Männer seien per Bahn aus dem Fernen Osten nach Westen unterwegs. In Seoul warnte der \
Nachrichtendienst NIS bereits vergangene Woche vor Abgeordneten, bis zum Jahreswechsel könnten \
[[15.000]] Nordkoreaner auf russischem Boden stehen. Moskau schweigt zu Zahlen; \
Außenamtssprecherin Maria Sacharowa sprach am Freitag lediglich von „Zusammenarbeit im Rahmen \
unseres Vertrags“.</p>
<h2>„Sie kommen in Wellen“</h2>
<p>Taras Melnyk pendelt mit seinem Wagen zwischen den Dörfern an der Grenze. Was er abends am \
Telefon erzählt, kann auf der Hallig niemand nachprüfen. „Er sagt, drüben sind jetzt [[ein paar \
tausend]] Koreaner, und sie kommen in Wellen über die Felder“, erzählt seine Frau. Taras glaube \
auch, dass Kim bald noch [[zehntausend]] weitere schicke. „Er hat keine Angst vor ihnen. Er hat \
Angst um die Jungen auf beiden Seiten.“</p>
<p>Auf Hooge leben knapp 100 Menschen auf zehn Warften. Seit Oktober hatte die Hallig dreimal \
Landunter, zuletzt stieg das Wasser 1,60 Meter über das mittlere Hochwasser. Im Winter öffnet die \
Kaffeestube nur noch an vier Tagen in der Woche, das Stück Friesentorte kostet 4,90 Euro. Wer \
Oksana besuchen will: Die Fähre braucht ab Schlüttsiel gut anderthalb Stunden.</p>
</main>
<footer>Halliggemeinde Hooge &middot; Hanswarft 1 &middot; 25859 Hooge &middot; Gemeindebüro: \
04849 910 12</footer>
<script src="/js/tidenkalender.min.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky 'Am 4. November sagte' (an explicit date), Konjunktiv: arrived in the Kursk "
          "region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "the US State Department 'am Montag' (Wednesday page), Konjunktiv: the total in "
          "Russia"),
        C("mindestens 8.000", 8000, "at_least", "near_front", "united_states", "mon",
          "same statement: the part of the total in Kursk (a breakdown, not an increment)"),
        C("rund 1.500", 1500, "approx", "in_russia", "ukraine", "sat..sun",
          "HUR 'meldete am Wochenende' (Saturday-Sunday): 'zusätzliche' men on trains heading "
          "west (increment, span without the word; transported in Russia)", add=True),
        C("15.000", 15000, "exact", "planned", "south_korea", "lastweek",
          "the NIS 'warnte bereits vergangene Woche vor Abgeordneten': 'könnten … stehen' by the "
          "turn of the year (a forecast: planned)"),
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a Ukrainian baker relaying her husband, a medic at the border ('Er sagt', the speaker "
          "quoted: other), undated: across the border ('ein paar tausend' as vague)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "same relay, Konjunktiv 'Taras glaube': 'weitere' (increment) Kim would send (number "
          "word, planned)", add=True),
    ),
)

H02 = Source(
    article_id="h105_02_bio_erzeuger_kyffhaeuser_mitgliederbrief",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-12"),
    dated_by="dateline", crlf=True,
    features="an organic farmers' co-operative's member letter from Bad Frankenhausen (Kyffhäuser) "
        "as plain text, windows-1252 with CRLF (`„“`, `–`), dated by the place line 'Bad "
        "Frankenhausen, 12. Dezember 2024' (Thursday); harvest figures first; a Korean intern from "
        "Gangneung whose brother serves near the border; the NIS 'Schon im Oktober' (month) "
        "`1.500` of a first wave and, Konjunktiv, 'Ende Oktober' `3.000` (days 21-31); the "
        "letter's own 'nach allem, was bekannt ist' `mehr als 10.000` (unattributed, required); "
        "'Nach Angaben des … HUR' `mindestens 200` killed or wounded, dated by 'das teilte der "
        "Dienst am Sonntag mit' after the figure; the JCS 'erklärte am Mittwoch' losses 'in die "
        "Hunderte' (vague) and 'hält es … für möglich' `einige tausend` 'zusätzliche' (undated, "
        "increment, planned); the Pentagon without a figure; the intern who 'schätzt' `20.000 oder "
        "mehr` by spring (at_least, other, planned, `pub`); farms, hectares, yields, tonnes, "
        "euros, ages, years, a meeting date, a phone number",
    text="""\
Bio-Erzeugergemeinschaft Kyffhäuser eG
Mitgliederbrief Nr. 6/2024

Bad Frankenhausen, 12. Dezember 2024

Liebe Mitglieder,

die Bilanz des Jahres fällt ordentlich aus: Unsere 41 Betriebe haben auf gut 3.200 Hektar \
ökologisch gewirtschaftet, der Dinkel brachte im Schnitt 31 Doppelzentner je Hektar, und von den \
Linsen am Südhang des Kyffhäusers konnten wir 180 Tonnen an die Mühle in Nordhausen liefern. Der \
Erzeugerpreis für Dinkel liegt zum Jahresende bei 54 Euro je Doppelzentner.

Abschied von Seo-yeon

Drei Monate lang hat Han Seo-yeon, 26, bei uns mitgearbeitet. Die Agraringenieurin kommt von einer \
Öko-Genossenschaft in Gangneung an der koreanischen Ostküste, mit der wir seit 2019 Saatgut \
tauschen. Sie hat Linsen gedroschen, Hofläden besucht und jeden Morgen die Nachrichten aus der \
Heimat gelesen – ihr jüngerer Bruder leistet gerade seinen Wehrdienst in einer Artillerieeinheit \
bei Cheorwon, wenige Kilometer vor der Demarkationslinie.

Was sie aus Korea hörte, haben wir hier mitverfolgt. Schon im Oktober hatte der südkoreanische \
Nachrichtendienst NIS von [[1.500]] Soldaten einer ersten Welle gesprochen, die Pjöngjang per \
Schiff nach Wladiwostok gebracht habe. Ende Oktober seien es bereits [[3.000]] gewesen. Inzwischen \
sind es nach allem, was bekannt ist, [[mehr als 10.000]]. Nach Angaben des ukrainischen \
Militärgeheimdienstes HUR wurden bei Angriffen auf Dörfer im Gebiet Kursk [[mindestens 200]] \
Nordkoreaner getötet oder verwundet; das teilte der Dienst am Sonntag mit. Der Generalstab in \
Seoul erklärte am Mittwoch, die Verluste gingen inzwischen in die [[Hunderte]]. Er hält es zudem \
für möglich, dass im Winter [[einige tausend]] zusätzliche Soldaten aus dem Norden folgen. Das \
Pentagon bestätigte derweil nur, dass die Truppen nicht mehr bloß ausgebildet werden, sondern \
selbst angreifen.

Seo-yeon hält die offiziellen Zahlen für zu niedrig. Sie schätzt, dass bis zum Frühjahr [[20.000 \
oder mehr]] Nordkoreaner in Russland sein werden. „Kim verkauft seine Soldaten, und Putin zahlt \
mit Öl und Raketentechnik“, sagte sie beim Abschiedsessen im Ratskeller. Ihr Bruder ist 21 – so \
alt wie viele der Männer, die man jetzt bei Kursk durch den Schnee schickt.

Termine
- Wintertreffen der Mitglieder: Samstag, 18. Januar 2025, 10 Uhr, Schützenhaus Bad Frankenhausen
- Saatgutbestellungen für die Sommerungen bitte bis 31. Januar
- Geschäftsstelle: 034671 552 80, Montag bis Donnerstag 8 bis 15 Uhr

Mit herzlichen Grüßen
Ihr Vorstand
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "the NIS 'Schon im Oktober … gesprochen' (month): the first wave shipped to "
          "Vladivostok"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "the NIS carried, Konjunktiv 'Ende Oktober seien es … gewesen' (days 21-31): a new "
          "total, not an increment"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own 'nach allem, was bekannt ist' (no source: unattributed, required)"),
        C("mindestens 200", 200, "at_least", "casualties", "ukraine", "sun",
          "'Nach Angaben des … HUR', dated by 'das teilte der Dienst am Sonntag mit' after the "
          "figure (Thursday letter): killed or wounded"),
        C("Hunderte", None, "vague", "casualties", "south_korea", "wed",
          "the JCS 'erklärte am Mittwoch': losses 'in die Hunderte'"),
        C("einige tausend", None, "vague", "planned", "south_korea", "pub",
          "the JCS 'hält es zudem für möglich' (present tense, undated): 'zusätzliche' "
          "(increment) could follow in winter", add=True),
        C("20.000 oder mehr", 20000, "at_least", "planned", "other", "pub",
          "a Korean intern who 'schätzt' (undated; 'sagte sie beim Abschiedsessen' without a "
          "date): in Russia by spring (a forecast: planned; 'oder mehr' after the number)"),
    ),
)

H03 = Source(
    article_id="h105_03_pfarrbrief_altoetting_liturgie_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-02-27"),
    dated_by="front_matter",
    features="a Lent parish letter from Altötting in Markdown, UTF-16 LE with BOM, front matter "
        "with `date:` (Thursday) and a title without a figure; a Greek-Catholic priest from "
        "Ternopil relaying his brother, a chaplain near Sumy, `viele hundert` fallen (vague, "
        "other, `pub`); the NIS 'Mitte Januar' (days 11-20) `etwa 300` fallen; Zelensky 'Anfang "
        "Februar' (days 1-10) `rund 4.000` dead and wounded; Rutte 'Mitte Februar' in Munich `über "
        "11.000` who fought; 'Den … Spezialkräften zufolge' and 'am Montag hieß es aus Kiew' "
        "`einige hundert` still in the positions; the Pentagon 'Schon im Dezember' (month) "
        "`mehreren hundert` casualties; 'Nach Einschätzung des … Militärgeheimdienstes' (undated) "
        "`bis zu 3.000` 'zusätzliche' training in Russia (increment); families, donations in "
        "euros, a date, stations of the cross, a phone number",
    text="""\
---
title: "Pfarrbrief zur Fastenzeit"
date: 2025-02-27
pfarrei: Pfarrverband Altötting-Süd
---

# Gebet für die Ukraine – und für die Söhne auf der anderen Seite

Einmal im Monat feiert Pater Roman Hnatyschyn in unserer Kapelle St. Magdalena die Göttliche \
Liturgie im byzantinischen Ritus. Der griechisch-katholische Priester aus Ternopil betreut rund \
260 ukrainische Familien zwischen Burghausen und Mühldorf. Sein Bruder ist Feldgeistlicher bei \
einer Brigade im Grenzgebiet bei Sumy.

„Wir beten auch für die Koreaner“, sagt Pater Roman. „Das sind Kinder, die niemand gefragt hat.“ \
Sein Bruder habe ihm erzählt, gegenüber seiner Stellung seien im Winter [[viele hundert]] von \
ihnen gefallen.

Die Zahlen aus Kiew und Seoul sind bitter. Mitte Januar bezifferte der südkoreanische Geheimdienst \
die Zahl der Gefallenen auf [[etwa 300]], Anfang Februar sprach Präsident Selenskyj schon von \
[[rund 4.000]] Toten und Verwundeten. Das Pentagon hatte schon im Dezember von [[mehreren \
hundert]] Opfern gesprochen. NATO-Generalsekretär Mark Rutte sagte Mitte Februar in München, \
[[über 11.000]] Nordkoreaner hätten an der Seite Russlands gekämpft. Den ukrainischen \
Spezialkräften zufolge wurden die Einheiten danach von der Front abgezogen; am Montag hieß es aus \
Kiew, nur noch [[einige hundert]] seien in den Stellungen bei Kursk zu sehen. Nach Einschätzung \
des ukrainischen Militärgeheimdienstes steht aber Nachschub bereit: [[bis zu 3.000]] zusätzliche \
Soldaten würden derzeit in Russland ausgebildet.

## Aus dem Pfarrverband

- Fastenessen mit Suppe und Brot am 16. März nach dem Gottesdienst um zehn; der Erlös geht an die \
Caritas in Ternopil.
- Die Adventskollekte für die Ukrainehilfe erbrachte 3.480 Euro.
- Kreuzweg am Freitag, 4. April, 18 Uhr, ab der Kapelle, mit 14 Stationen.
- Pfarrbüro: 08671 927 60
""",
    claims=(
        C("viele hundert", None, "vague", "casualties", "other", "pub",
          "a priest relaying his brother, a chaplain at the front ('Sein Bruder habe ihm "
          "erzählt', the speaker quoted: other), undated: fallen ('viele hundert' as vague)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Januar' (days 11-20): fallen"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Februar' (days 1-10): dead and wounded"),
        C("mehreren hundert", None, "vague", "casualties", "united_states",
          "2024-12-01..2024-12-31",
          "the Pentagon 'schon im Dezember' (month): victims (casualties)"),
        C("über 11.000", 11000, "at_least", "near_front", "nato", "2025-02-11..2025-02-20",
          "Rutte 'Mitte Februar in München' (days 11-20), Konjunktiv: fought on Russia's side"),
        C("einige hundert", None, "vague", "near_front", "ukraine", "mon",
          "'am Montag hieß es aus Kiew' after 'Den … Spezialkräften zufolge' (Thursday letter): "
          "still in the positions near Kursk"),
        C("bis zu 3.000", 3000, "at_most", "in_russia", "ukraine", "pub",
          "'Nach Einschätzung des … Militärgeheimdienstes' (undated), Konjunktiv: "
          "'zusätzliche' (increment) training in Russia", add=True),
    ),
)

H04 = Source(
    article_id="h105_04_musikkapelle_graen_klangblatt_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-29"),
    dated_by="sidecar",
    sidecar=(
        "Musikkapelle Grän-Haldensee – Klangblatt",
        "https://www.musikkapelle-graen.example/klangblatt/2025-1/klarinette-aus-lemberg",
        "Eine Klarinette aus Lemberg",
    ),
    features="a Tyrolean brass band's newsletter from Grän (Tannheimer Tal) in HTML, ISO-8859-1 "
        "with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), no meta date "
        "(sidecar, Wednesday), Austrian conventions (`heuer`, `Jänner`, `Feber`, `vorige Woche`), "
        "a cookie note about the rehearsal plan, a script, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; a clarinettist from Lviv relaying her "
        "brother, a drone pilot near Kursk, `mehrere tausend` (other, `pub`); Kyiv 'Am 11. Jänner' "
        "`zwei` prisoners (number word); the NIS 'zwei Tage später' (13 January) `rund 3.000` dead "
        "and wounded and 'darunter' `etwa 300` fallen (a breakdown); Zelensky 'am Sonntag' `mehr "
        "als 3.800`; NATO 'hieß es vorige Woche' `knapp 11.000` in Kursk ('vorige Woche' as last "
        "week); HUR 'geht davon aus' 'noch einmal' `8.000` (undated, increment, planned); Peskov "
        "'am Montag' without a figure; temperature, her age, musicians, founding year, tickets in "
        "euros, pieces, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Musikkapelle Grän-Haldensee &ndash; Klangblatt &ndash; Eine Klarinette aus Lemberg</title>
<script>var klangblatt={ausgabe:"1-2025",probe:"freitag",kapelle:"graen"};</script>
</head>
<body>
<div class="cookie">Unsere Seite setzt ein einziges Cookie, damit der Probenplan Ihr Register \
kennt. <button>Einverstanden</button> <button>Ablehnen, bitte</button></div>
<nav>Start &middot; Kapelle &middot; Termine &middot; Jugendkapelle &middot; Klangblatt &middot; \
Kontakt</nav>
<article>
<h1>Eine Klarinette aus Lemberg</h1>
<p class="vorspann">Seit dem Herbst sitzt Iryna Boiko im zweiten Klarinettenregister. Ihr Bruder \
steuert Drohnen an der Front bei Kursk &ndash; und schreibt von Gegnern aus Nordkorea.</p>
<p>Beim Neujahrsanspielen ist sie mit uns von Haus zu Haus durchs Tal gezogen, bei minus zwölf \
Grad und mit klammen Fingern. Iryna Boiko, 34, hat in Lemberg Musik studiert und unterrichtet \
heuer an der Landesmusikschule Außerfern. Zu uns kam sie über eine Kollegin aus Nesselwängle.</p>
<p>Ihr Bruder Andrij fliegt Aufklärungsdrohnen für eine Einheit, die im Gebiet Kursk kämpft. \
&bdquo;Er schreibt, gegenüber liegen immer noch [[mehrere tausend]] Koreaner, obwohl so viele \
gefallen sind&ldquo;, erzählt Iryna. Was er sonst schreibt, behält sie lieber für sich.</p>
<p>Die Zahlen aus Seoul und Kiew zeichnen ein hartes Bild. Am 11. Jänner präsentierte die Ukraine \
die ersten [[zwei]] Nordkoreaner, die in Gefangenschaft geraten waren. Der südkoreanische \
Geheimdienst NIS bezifferte die Verluste zwei Tage später auf [[rund 3.000]] Tote und Verwundete, \
darunter [[etwa 300]] Gefallene. Präsident Selenskyj sprach am Sonntag sogar von [[mehr als \
3.800]]. Von Seiten der NATO hieß es vorige Woche, in Kursk seien nach wie vor [[knapp 11.000]] \
Nordkoreaner im Einsatz. Der ukrainische Militärgeheimdienst geht davon aus, dass Pjöngjang heuer \
noch einmal [[8.000]] Mann schicken wird. In Moskau wird weiter alles bestritten; am Montag tat \
Kremlsprecher Dmitri Peskow die Berichte als &bdquo;Spekulation&ldquo; ab.</p>
<h2>Aus der Kapelle</h2>
<p>Unser Musikantenball findet am 8. Feber im Vereinshaus statt, Einlass 19.30 Uhr, Karten zu 18 \
Euro. Die Kapelle zählt derzeit 46 aktive Musikantinnen und Musikanten, gegründet wurde sie 1826. \
Das Frühjahrskonzert spielen wir am 12. April; Kapellmeister Florian Lochbihler hat dafür 14 \
Stücke ausgesucht. Iryna spielt dort ihr erstes Solo, ein ukrainisches Volkslied in einer \
Bearbeitung für Klarinette und Blasorchester.</p>
</article>
<footer>Musikkapelle Grän-Haldensee &middot; 6673 Grän &middot; Obmann: +43 5675 6289</footer>
</body>
</html>
""",
    claims=(
        C("mehrere tausend", None, "vague", "near_front", "other", "pub",
          "a clarinettist relaying her brother, a drone pilot ('Er schreibt', the speaker "
          "quoted: other), undated: across the line in Kursk"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Kyiv 'Am 11. Jänner' presented prisoners (captured, number word)"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'zwei Tage später' (after 11 January: 13 January): dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "same estimate, 'darunter': fallen (a breakdown, not an increment)"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "sun",
          "Zelensky 'am Sonntag' (Wednesday newsletter): the same toll, higher"),
        C("knapp 11.000", 11000, "approx", "near_front", "nato", "lastweek",
          "'Von Seiten der NATO hieß es vorige Woche' (Austrian 'vorige Woche' as last week), "
          "Konjunktiv: deployed in Kursk"),
        C("8.000", 8000, "exact", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): 'noch einmal' (increment) to be sent this year",
          add=True),
    ),
)

H05 = Source(
    article_id="h105_05_bergfuehrer_saas_fee_seilschaft_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Seilschaft – Rundbrief des Bergführerbüros Saas-Fee",
        "https://www.bergfuehrer-saasfee.example/seilschaft/sommer-2025/allalin-alpenclub",
        "Mit dem Koreanischen Alpenclub auf dem Allalin",
    ),
    features="a Saas-Fee mountain guides' office letter in Markdown, UTF-8 with BOM and CRLF, "
        "front matter without a date (sidecar, Thursday) and a title without a figure, Swiss "
        "conventions (`ss`, «», `11'000`, `30'000`, `15'000`, `25'000 bis 30'000`, 4-digit `1000` "
        "and `5000`); a retired South Korean colonel on the Allalinhorn 'Am vergangenen Samstag'; "
        "the Kremlin 'Mitte Juni' (days 11-20) `1000` deminers and `5000` builders (planned, "
        "russia); the JCS 'erklärte am Montag' `etwa 11'000` in Kursk; HUR 'hielt am Dienstag "
        "dagegen' `bis zu 30'000` 'zusätzliche' (increment); North Korean state media 'Ende Juni' "
        "«mehrere hundert» fallen (north_korea); the NIS 'Ende April' `rund 15'000`; the colonel "
        "«Ich schätze» `25'000 bis 30'000` by winter, dated by 'sagte er beim Abstieg' on the "
        "Saturday of the climb (range, other, planned); the letter's own 'Nach den Angaben, die "
        "bisher öffentlich sind' `weit über 15'000` ('weit über' as at_least, unattributed, "
        "required); climbers, altitude, four-thousanders, guides, francs, metres of ice, a phone "
        "number",
    text="""\
---
title: "Mit dem Koreanischen Alpenclub auf dem Allalin"
rubrik: Aus dem Büro
ausgabe: Seilschaft, Sommer 2025
---

# Mit dem Koreanischen Alpenclub auf dem Allalin

*Rundbrief des Bergführerbüros Saas-Fee an Gäste und Freunde*

Zwölf Frauen und Männer aus Seoul und Sokcho, fünf Seilschaften, Abmarsch um vier Uhr bei der \
Station Mittelallalin: Am vergangenen Samstag hat unser Bergführer Beat Supersaxo eine Gruppe des \
Koreanischen Alpenclubs auf das Allalinhorn geführt, 4027 Meter über Meer. Angeführt wurde sie von \
Park Jae-hoon, 64, einem pensionierten Oberst des südkoreanischen Heeres, der seine letzten \
Dienstjahre an der innerkoreanischen Grenze verbracht hat.

Auf dem Gipfel ging es dann nicht nur um die Aussicht auf die Mischabel. Park verfolgt genau, was \
der Norden in Russland tut. Mitte Juni hatte der Kreml angekündigt, Pjöngjang werde nach dem \
Kampfeinsatz in Kursk [[1000]] Minenräumer und [[5000]] Militärbauarbeiter schicken. Der \
südkoreanische Generalstab erklärte am Montag, im Raum Kursk stünden weiterhin [[etwa 11'000]] \
Nordkoreaner. Kiews Militärgeheimdienst hielt am Dienstag dagegen, Pjöngjang bereite bereits [[bis \
zu 30'000]] zusätzliche Soldaten vor. Und die nordkoreanischen Staatsmedien ehrten Ende Juni \
«[[mehrere hundert]]» gefallene Kämpfer mit Orden. Ende April hatte der Nachrichtendienst NIS die \
Zahl der Entsandten auf [[rund 15'000]] geschätzt.

Park selbst traut keiner dieser Zahlen ganz. «Ich schätze, bis zum Winter werden es [[25'000 bis \
30'000]] sein, die Kim nach Russland geschickt hat», sagte er beim Abstieg zur Britanniahütte. Die \
Männer auf der anderen Seite der Grenze kennt er nur durch das Fernglas. «Sie sind jung, sie sind \
hungrig, und sie tun, was man ihnen befiehlt.»

Wie viele Nordkoreaner bisher insgesamt in Russland waren, weiss niemand genau. Nach den Angaben, \
die bisher öffentlich sind, dürften es [[weit über 15'000]] sein.

## Aus dem Büro

- Die Hochtourensaison läuft bis Ende September; eine geführte Besteigung des Allalinhorns kostet \
ab 480 Franken pro Person.
- Rund um das Saastal stehen 18 Viertausender, unser Büro zählt derzeit 23 Bergführerinnen und \
Bergführer.
- Der Feegletscher hat im letzten Sommer stellenweise gut 2 Meter Eis verloren.
- Büro an der Dorfstrasse, Saas-Fee: 027 957 44 21
""",
    claims=(
        C("1000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "the Kremlin 'Mitte Juni … angekündigt' (days 11-20), 'werde … schicken': deminers"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders (4-digit, no separator)"),
        C("etwa 11'000", 11000, "approx", "near_front", "south_korea", "mon",
          "the JCS 'erklärte am Montag' (Thursday letter), Konjunktiv: in the Kursk area"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "tue",
          "HUR 'hielt am Dienstag dagegen', 'bereite … vor': 'zusätzliche' (increment)",
          add=True),
        C("mehrere hundert", None, "vague", "casualties", "north_korea",
          "2025-06-21..2025-06-30",
          "North Korean state media 'Ende Juni' (days 21-30), in «…»: fallen fighters honoured"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'Ende April' (days 21-30): those sent"),
        C("25'000 bis 30'000", None, "range", "planned", "other", "sat",
          "the retired colonel «Ich schätze», dated by 'sagte er beim Abstieg' on the climb of "
          "'Am vergangenen Samstag' (Thursday letter): sent by winter (a forecast: planned)"),
        C("weit über 15'000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own 'Nach den Angaben, die bisher öffentlich sind, dürften es … sein' "
          "(no source: unattributed, required; 'weit über' as at_least)"),
    ),
)

H06 = Source(
    article_id="h105_06_vhs_sylt_vortrag_pjoengjang",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-10-23"),
    dated_by="sidecar",
    sidecar=(
        "VHS Sylt – Rundbrief",
        "https://www.vhs-sylt.example/rundbrief/herbst-2025/nachlese-pjoengjang-moskau-kursk",
        "Nachlese: Pjöngjang, Moskau und die Soldaten von Kursk",
    ),
    features="a Sylt adult-education centre's newsletter as plain text, ISO-8859-1 with »« and "
        "straight hyphens (sidecar, Thursday); a report of a talk 'am Donnerstag, 16. Oktober' by "
        "a retired diplomat once posted to Pyongyang: the NIS relayed by the speaker 'im "
        "September' (month) `rund 2.000` fallen, the speaker's own 'Nach seiner Rechnung' "
        "`zwischen 20.000 und 25.000` (range, other, dated by the talk: 16 October) and Moscow 'im "
        "Juni' `etwa 6.000` engineers and builders (planned, russia); then the editors' update: "
        "Peskov 'am Montag' `Tausende` who helped to 'free' Kursk (russia, near the front); a "
        "Pentagon spokesman 'am Dienstag' `über 14.000`; HUR 'vergangene Woche' `bis zu 6.000` "
        "'weitere' (increment); 'Laut NATO-Kreisen' (undated) `etwa 10.000` at the border; state "
        "TV 'am Sonntag' `Hunderte` engineers home from Kursk (returnees: optional); listeners, "
        "years, fees, seats, inhabitants, course participants, dates, a phone number",
    text="""\
VHS Sylt - Rundbrief Herbst 2025
Volkshochschule Sylt e.V., Westerland

Nachlese: »Pjöngjang, Moskau und die Soldaten von Kursk«

Ausverkauft war der Saal im Alten Kursaal schon eine Woche vorher: 64 Zuhörerinnen und Zuhörer \
kamen am Donnerstag, 16. Oktober, zum Vortrag von Dr. Reinhold Asmussen. Der Diplomat im Ruhestand \
lebt seit acht Jahren in Keitum. Von 2012 bis 2015 arbeitete er an der deutschen Botschaft in \
Pjöngjang, zuständig für Presse und Kultur.

Asmussen begann mit den Zahlen, über die alle Seiten streiten. Der südkoreanische \
Nachrichtendienst habe im September [[rund 2.000]] Gefallene gezählt, berichtete er. Nach seiner \
Rechnung waren seit dem Herbst 2024 insgesamt [[zwischen 20.000 und 25.000]] Nordkoreaner in \
Russland, Bauarbeiter und Minenräumer eingerechnet. Dass Pjöngjang [[etwa 6.000]] Pioniere und \
Militärbauer für den Wiederaufbau schicken werde, habe Moskau im Juni selbst angekündigt. \
»Pjöngjang schickt ganze Jahrgänge und bekommt dafür Devisen, Öl und Technik, die es allein nie \
erhalten hätte«, sagte Asmussen. Die Familien erführen oft erst nach Monaten, dass ein Sohn nicht \
mehr lebe.

Seit dem Vortrag hat sich die Lage weiter bewegt. Kremlsprecher Dmitri Peskow sagte am Montag, \
[[Tausende]] nordkoreanische Soldaten hätten »heldenhaft« an der Befreiung des Gebiets Kursk \
mitgewirkt. Ein Pentagon-Sprecher bezifferte die Gesamtzahl am Dienstag auf [[über 14.000]]. Der \
ukrainische Militärgeheimdienst meldete vergangene Woche, Pjöngjang bereite [[bis zu 6.000]] \
weitere Bausoldaten vor. Laut NATO-Kreisen stehen derzeit [[etwa 10.000]] Nordkoreaner an der \
Grenze zur Ukraine. Und das nordkoreanische Staatsfernsehen zeigte am Sonntag [[Hunderte]] \
Pioniere, die aus Kursk heimgekehrt sind, mit Blumen und Orden.

Nächste Termine
- 6. November: »Das Wattenmeer im Klimawandel«, 19.30 Uhr, Eintritt 8 Euro
- 20. November: Koreanischer Kochabend in der Lehrküche Tinnum, 12 Plätze
- Geschäftsstelle: 04651 836 19 40

Sylt hat rund 18.000 Einwohner, unsere Kurse besuchen jedes Jahr gut 2.500 Menschen.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS relayed by the speaker ('habe im September … gezählt, berichtete er': the "
          "agency's month): fallen"),
        C("zwischen 20.000 und 25.000", None, "range", "in_russia", "other", "2025-10-16",
          "the speaker's own 'Nach seiner Rechnung', dated by the talk 'am Donnerstag, 16. "
          "Oktober': in Russia since autumn 2024"),
        C("etwa 6.000", 6000, "approx", "planned", "russia", "2025-06-01..2025-06-30",
          "Moscow 'habe … im Juni selbst angekündigt' (month) relayed by the speaker, 'schicken "
          "werde': engineers and builders for the reconstruction (planned)"),
        C("Tausende", None, "vague", "near_front", "russia", "mon",
          "Peskov 'sagte am Montag' (Thursday newsletter), Konjunktiv: helped to 'free' the "
          "Kursk region"),
        C("über 14.000", 14000, "at_least", "in_russia", "united_states", "tue",
          "a Pentagon spokesman 'bezifferte … am Dienstag': the total"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'meldete vergangene Woche', 'bereite … vor': 'weitere' (increment) builders",
          add=True),
        C("etwa 10.000", 10000, "approx", "near_front", "nato", "pub",
          "'Laut NATO-Kreisen' (undated): at the border with Ukraine"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "sun",
          "state TV 'am Sonntag': engineers home from Kursk (returnees: optional, as in earlier "
          "sets)", opt=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

H07 = Source(
    article_id="h105_07_tundra_notes_churchill_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Tundra Notes",
        "https://www.tundranotes-churchill.example/notes/2024/10/30/bears-and-the-news-from-sumy",
        "Between the bears and the news from Sumy",
    ),
    features="a polar-bear tour company's guide notes from Churchill (Manitoba) in HTML, "
        "windows-1252 (curly quotes and apostrophes raw, `–` and `·`), no meta date (sidecar, "
        "Wednesday), a cookie note about bookings, a script, navigation, a footer with a phone "
        "number; `<title>`, headline and standfirst without a figure; the NIS 'On Oct. 23' "
        "('briefed a parliamentary committee') `about 3,000` moved to Russia, 'the first' `1,500` "
        "by ship (a breakdown) and 'a total that could climb to' `10,000` (planned); the "
        "Pentagon's press secretary 'On Monday' `roughly 10,000` training in eastern Russia; HUR "
        "'said last week' `several hundred` reached Kursk; Rutte 'on Monday' without a figure; a "
        "Ukrainian-Canadian guide relaying his cousin in a brigade near Sumy `twelve thousand` "
        "coming to Kursk (number words, other, planned, `pub`) and who 'expects' `thousands` more "
        "(vague increment, other, `pub`); bears, residents, train hours, kilometres, seats, a tour "
        "price in Canadian dollars, seasons, his age, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Tundra Notes – Between the bears and the news from Sumy</title>
<script>var tundraNotes={season:2024,week:3,vehicle:"Aurora 2"};</script>
</head>
<body>
<div class="cookie-note">One small cookie remembers which departure you were looking at. \
<button>Fine by me</button> <button>No thanks</button></div>
<nav><a href="/">Home</a> · <a href="/tours">Tours</a> · <a href="/guides">Our guides</a> · <a \
href="/notes">Tundra Notes</a> · <a href="/contact">Contact</a></nav>
<article>
<h1>Between the bears and the news from Sumy</h1>
<p class="standfirst">Our senior guide Danny Kowalchuk grew up in a Ukrainian family in Dauphin. \
This fall his thoughts are often with a cousin on the other side of the world.</p>
<p>The ice has not formed on Hudson Bay yet, and the bears are waiting along the shore east of \
town. From the Aurora 2, guests counted 14 of them on Monday alone. Danny Kowalchuk, 52, has \
driven tundra vehicles here for 19 seasons. Between sightings he checks his phone for messages \
from his cousin Oleh, a mechanic with a Ukrainian brigade near Sumy.</p>
<p>The news Danny reads has moved fast. On Oct. 23, Seoul’s National Intelligence Service briefed \
a parliamentary committee on its count: [[about 3,000]] North Korean soldiers moved to Russia so \
far, the first [[1,500]] of them by ship, and a total that could climb to [[10,000]] before the \
year is out. On Monday, Pentagon press secretary Pat Ryder said [[roughly 10,000]] were now \
training at bases in eastern Russia. Ukraine’s military intelligence agency said last week that \
[[several hundred]] had already reached the Kursk region. NATO’s Mark Rutte confirmed on Monday \
that North Korean units were in Kursk, but gave no number.</p>
<p>“Oleh says the talk in his unit is that [[twelve thousand]] Koreans are coming to Kursk,” Danny \
says. “He says it like he’s talking about the weather. You get used to things out there.” Danny \
himself expects Pyongyang to send [[thousands]] more before spring. “Kim has men, Putin has money. \
That’s the whole deal.”</p>
<p>Season notes: about 800 polar bears roam western Hudson Bay, and Churchill’s 870 residents \
share the town with them every fall. The train from Winnipeg takes around 45 hours for 1,700 \
kilometres. Our six-day tour still has four seats free for the week of Nov. 11, from CA$8,950 per \
person.</p>
</article>
<footer>Tundra Notes · Churchill, Manitoba · Bookings: 204-675-3318</footer>
</body>
</html>
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'On Oct. 23' briefed a parliamentary committee (an explicit date): moved to "
          "Russia"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-23",
          "same briefing: 'the first … of them by ship' (a breakdown of the 3,000, not an "
          "increment)"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same briefing: 'a total that could climb to' by year's end (a forecast: planned)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon press secretary 'On Monday' (Wednesday notes): training in eastern "
          "Russia"),
        C("several hundred", None, "vague", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': reached the Kursk region"),
        C("twelve thousand", 12000, "exact", "planned", "other", "pub",
          "a guide relaying his cousin's unit ('Oleh says', the speaker quoted: other), "
          "undated, number words: 'are coming to Kursk' (planned)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "the guide 'expects' (undated): 'more' (increment, span without the word) before "
          "spring", add=True),
    ),
)

H08 = Source(
    article_id="h105_08_dive_log_baa_atoll_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-19"),
    dated_by="front_matter",
    features="a Baa Atoll (Maldives) dive centre's monthly log in Markdown, UTF-8, front matter "
        "with `date:` (Wednesday), an outlet key and a title without a figure, straight quotes; a "
        "dive instructor from Sokcho; the JCS 'On Thursday' `around 3,000` more (increment, span "
        "without the word) and 'By the JCS count' `some 4,000` killed or wounded (carried); the "
        "State Department 'in a briefing last month' (the whole of February) `more than 1,000` "
        "dead; 'According to' HUR (undated; 'returned last week' is the event, not the claim date) "
        "`several thousand` fighting in Kursk; the instructor who 'expects' another `5,000` "
        "(increment, other, planned, `pub`) and relays her father `tens of thousands` (vague, "
        "other, planned, `pub`); the log's own 'Add up the reports' `roughly 14,000` "
        "(unattributed, required); visibility in metres, water temperature, mantas, islands, "
        "minutes, dollars, kilometres, her age, a phone number",
    text="""\
---
title: "Dive Log: Manta season, and a long way from Sokcho"
date: 2025-03-19
outlet: Dhigufaru Dive Log
atoll: Baa Atoll, Maldives
---

# Manta season, and a long way from Sokcho

*Our monthly log from the dive centre: conditions, sightings, and a word with one of our \
instructors.*

Visibility on the outer reefs has been 20 to 25 metres all month, and the first mantas of the \
season have turned up at the cleaning stations on the western side of the atoll. The water is \
holding at 29 degrees.

Lee Ha-eun, 31, has taught here since 2022. She grew up in Sokcho, a fishing town on Korea's east \
coast about 60 kilometres from the border with the North. Her father still goes out for squid, and \
every morning he forwards her the Korean headlines.

Lately those headlines have been about Russia. On Thursday, South Korea's Joint Chiefs of Staff \
said [[around 3,000]] more North Korean troops had gone to Russia over January and February. By \
the JCS count, the North's losses now stand at [[some 4,000]] killed or wounded. The State \
Department, in a briefing last month, had put the number of North Korean dead at [[more than \
1,000]]. According to Ukraine's military intelligence agency, the units that were pulled back from \
the front in February returned last week, and [[several thousand]] North Koreans are again \
fighting in the Kursk region.

Ha-eun expects Kim to send another [[5,000]] before the summer. "He gets oil and money, and the \
families get a letter," she says. Her father, who served in the navy, thinks [[tens of thousands]] \
will go in the end. "He says the soldiers in the North never had a choice."

Add up the reports and [[roughly 14,000]] North Koreans have gone to Russia since October, more \
people than live on all the inhabited islands of our atoll put together.

## Centre notes

- Hanifaru Bay opens for snorkelling in May; rangers limit each group to 45 minutes in the water.
- A two-tank boat dive costs US$165, equipment included.
- Baa Atoll has 75 islands, 13 of them inhabited.
- Dive centre reception: +960 660 2148
""",
    claims=(
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the JCS 'On Thursday' (Wednesday log): 'more' (increment, span without the word) "
          "gone to Russia over January and February", add=True),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'By the JCS count' (the Thursday statement carried): killed or wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2025-02-01..2025-02-28",
          "the State Department 'in a briefing last month' (a March log: the whole of "
          "February) 'had put … at': dead"),
        C("several thousand", None, "vague", "near_front", "ukraine", "pub",
          "'According to' HUR without a date ('returned last week' dates the return, not the "
          "statement): fighting in the Kursk region"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "a dive instructor who 'expects' (undated): 'another' (increment) before the summer",
          add=True),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "her father relayed ('thinks', the speaker quoted: other), undated: will go in the "
          "end ('tens of thousands' as vague)"),
        C("roughly 14,000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the log's own 'Add up the reports' (no source: unattributed, required): gone to "
          "Russia since October"),
    ),
)

H09 = Source(
    article_id="h105_09_race_notes_sandy_ground_anguilla",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-08-07"),
    dated_by="dateline", crlf=True,
    features="a boat-racing club's newsletter from Sandy Ground (Anguilla) as plain text, UTF-16 "
        "LE with BOM and CRLF, dateline 'SANDY GROUND, 7 August 2025 –' (Thursday), curly quotes "
        "and apostrophes; a boat builder who cleared mines with the Royal Engineers; 'According to "
        "South Korea's spy agency, which briefed lawmakers late last month' (days 21-31 of July) "
        "`about 2,000` killed; Russia's deputy defence minister 'on Monday' `several hundred` "
        "sappers clearing fields in Kursk (russia, near the front); 'In a briefing on Friday, "
        "Washington put the total sent at' `around 15,000`; a NATO official 'told reporters on "
        "Tuesday' `more than 10,000` near the border; Kyiv's military intelligence chief 'says' "
        "`up to 6,000` more being readied (increment, planned, `pub`); the boat builder's 'By his "
        "count' `hundreds` of sappers maimed or killed (a forecast toll: casualties, other, "
        "`pub`); boats, crews, years, his age, prize money in EC dollars, a date, a phone number",
    text="""\
RACE NOTES
Newsletter of the Sandy Ground Boat Racing Club, Anguilla

SANDY GROUND, 7 August 2025 – Three days after the August Monday race the sails are drying on the \
beach, and Elwood Richardson is back in his shed, planing a new mast for “Eagle Wing”.

Anguilla’s racing sloops carry no engines and hardly any keel; the crews hang off the windward \
rail as ballast and bail with buckets when a squall comes through. Richardson’s father raced the \
same water off Road Bay in the 1960s, when boats like these still carried salt to St Kitts.

Richardson, 58, built his first racing sloop at 17 and went on to spend 22 years in the Royal \
Engineers, clearing mines in Bosnia and Afghanistan, which is why the news from Kursk keeps him up \
at night. According to South Korea’s spy agency, which briefed lawmakers late last month, [[about \
2,000]] North Korean soldiers have been killed in Russia’s war. Russia’s deputy defence minister \
said on Monday that [[several hundred]] North Korean sappers are now clearing fields in the Kursk \
region. In a briefing on Friday, Washington put the total sent at [[around 15,000]]. A NATO \
official told reporters on Tuesday that [[more than 10,000]] remain stationed near the Ukrainian \
border, and Kyiv’s military intelligence chief says [[up to 6,000]] more are being readied.

“Every one of those fields will cost them legs,” Richardson says. By his count, [[hundreds]] of \
the sappers will be maimed or killed before the job is done. “You can’t hurry a minefield. \
Somebody in Pyongyang will try.” He still remembers his first field near Tuzla in 1996: two men in \
a line, a farmer watching from his gate, and a whole afternoon for one strip of pasture.

Club notes: 14 boats raced on August Monday with crews of up to 12, and “Eagle Wing” came third. \
The prize fund was EC$15,000. Hull repairs start on 1 September. Club phone: 264 497 2215.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "'According to South Korea's spy agency, which briefed lawmakers late last month' "
          "(days 21-31 of July): killed"),
        C("several hundred", None, "vague", "near_front", "russia", "mon",
          "Russia's deputy defence minister 'said on Monday' (Thursday newsletter): sappers "
          "clearing fields in Kursk"),
        C("around 15,000", 15000, "approx", "in_russia", "united_states", "fri",
          "'In a briefing on Friday, Washington put the total sent at': sent"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "tue",
          "a NATO official 'told reporters on Tuesday': near the Ukrainian border"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "pub",
          "Kyiv's military intelligence chief 'says' (present, undated): 'more' (increment, "
          "span without the word) being readied", add=True),
        C("hundreds", None, "vague", "casualties", "other", "pub",
          "a boat builder and former Royal Engineer, 'By his count' (undated): sappers who will "
          "be maimed or killed (a forecast toll: casualties)"),
    ),
)

H10 = Source(
    article_id="h105_10_masset_tideline_cfs_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-08"),
    dated_by="html_meta",
    features="a Masset (Haida Gwaii) weekly in HTML, UTF-8 with BOM (curly quotes raw, `·`), "
        "`<meta name=\"date\">` (Thursday), a cookie note about the tide table, a page script, "
        "navigation, a footer with a phone number; `<title>` figure (optional) and headline 'Seoul "
        "puts … at' `4,700` from the NIS figure 'Two days later' (30 April to publication, the "
        "hedge dropped); KCNA 'on April 28' without a figure; the NIS 'Two days later' (after the "
        "explicit 28 April) `around 15,000` sent, 'The agency’s estimate of the toll:' `about "
        "4,700` killed or wounded and `some 600` of them dead (a breakdown); state TV 'On Monday' "
        "`several thousand` 'heroes' who fought in 'Kursk’s liberation' (north_korea, near the "
        "front); HUR 'says' `roughly 8,000` along the border (`pub`); a former signals operator "
        "who 'reckons' “north of 20,000” (at_least, other, `pub`); years, his age, ferry hours, "
        "population, a date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul puts North Korean losses at [[4,700]] | The Masset Tideline</title>
<meta name="date" content="2025-05-08">
<meta property="og:site_name" content="The Masset Tideline">
<script>window.tideline={section:"world",tides:"Masset Sound",edition:"thursday"};</script>
</head>
<body>
<div class="cookies">The Tideline keeps one cookie so the tide table remembers your harbour. \
<button>Okay</button> <button>No, thanks</button></div>
<nav><a href="/">Home</a> · <a href="/local">Local</a> · <a href="/fishing">Fishing</a> · <a \
href="/world">World</a> · <a href="/notices">Notices</a></nav>
<main>
<h1>Seoul puts North Korean losses at [[4,700]]</h1>
<p class="dek">A former radio operator at CFS Masset listened to Pacific signals for two decades. \
Pyongyang’s admission has not surprised him.</p>
<p>North Korea’s state news agency confirmed on April 28 that the country’s soldiers had fought in \
Russia’s Kursk region, the first time Pyongyang admitted sending troops at all. Two days later \
South Korea’s National Intelligence Service told lawmakers that [[around 15,000]] had been sent \
since last fall. The agency’s estimate of the toll: [[about 4,700]] killed or wounded, [[some \
600]] of them fatally.</p>
<p>On Monday Pyongyang went further. State television said [[several thousand]] of the country’s \
“heroes” had fought in what the broadcast called Kursk’s liberation. Ukraine’s military \
intelligence says [[roughly 8,000]] North Koreans are still stationed along the border.</p>
<p>Gerald Yeomans, 74, spent 21 years at Canadian Forces Station Masset, where the big circular \
antenna field once listened across the Pacific. “We heard the Soviet fleet most nights, and now \
and then the North Koreans,” he says. He reckons the real number sent is “[[north of 20,000]] if \
you count the workers and the ones nobody admits to.” Few of them, he thinks, will ever talk about \
it at home.</p>
<p>Local notes: the Prince Rupert ferry sails twice a week from May, a crossing of about seven \
hours. Masset’s population is around 800, and the halibut opening starts on May 15.</p>
</main>
<footer>The Masset Tideline · Masset, Haida Gwaii, B.C. · Newsroom 250-626-4410</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "headline 'Seoul puts … at': the NIS figure of the lead (30 April to publication), "
          "the hedge dropped: killed or wounded"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Two days later' (after the explicit 28 April: 30 April) told lawmakers: "
          "sent since last fall"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "'The agency’s estimate of the toll:' (same briefing carried): killed or wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same sentence: 'of them fatally' (a breakdown, not an increment)"),
        C("several thousand", None, "vague", "near_front", "north_korea", "mon",
          "North Korean state TV 'On Monday' (Thursday paper): fought in what it called "
          "Kursk's liberation"),
        C("roughly 8,000", 8000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says' (present, undated): stationed along the border"),
        C("north of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a former signals operator who 'reckons' (undated), in “…”: sent"),
    ),
)

H11 = Source(
    article_id="h105_11_lundy_landing_working_party",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "The Lundy Landing",
        "https://www.lundylanding.example/summer-2025/twelve-volunteers-and-the-bracken",
        "Twelve volunteers and a great deal of bracken",
    ),
    features="a Lundy island newsletter for friends of the island as plain text, UTF-8 (sidecar, "
        "Wednesday), curly quotes, British spelling; a Korean volunteer from Pohang on the June "
        "working party; Shoigu 'announced in Pyongyang on 17 June' 'Kim was sending' `1,000` "
        "deminers and `5,000` builders (planned, russia); the NIS 'told lawmakers yesterday' "
        "`about 11,000` in Kursk; Zelensky 'warned at the weekend' `as many as 30,000` more "
        "(at_most, increment, planned); Rutte at the summit in The Hague 'on Tuesday' `more than "
        "14,000` who fought; the State Department 'on Friday' casualties 'had exceeded' `5,000` "
        "(at_least, verb outside the span); the volunteer who 'puts the number … at' `close to "
        "20,000` (other, `pub`); volunteers, days, his age, months of service, miles, residents, "
        "ferry hours, fares in pounds, puffins, a phone number",
    text="""\
THE LUNDY LANDING
News for friends of the island · Summer 2025

Twelve volunteers and a great deal of bracken

The June working party spent ten days cutting bracken above the Landing Bay and rebuilding a \
stretch of dry-stone wall near the Old Light. Among the twelve volunteers was Yoon Ji-ho, 24, from \
Pohang, who is reading marine biology at Exeter and came over on the Oldenburg with a rucksack and \
two pairs of borrowed gloves.

Ji-ho finished his military service in 2023, 18 months as a sergeant in an artillery battalion \
close to the border, and in the evenings at the Tavern he fielded questions about a war his home \
country watches closely. The week he arrived, Sergei Shoigu announced in Pyongyang on 17 June that \
Kim was sending [[1,000]] deminers along with [[5,000]] military builders to help rebuild the \
Kursk region. South Korea’s intelligence service told lawmakers yesterday that [[about 11,000]] \
North Korean troops remain in Kursk, and President Zelensky warned at the weekend that [[as many \
as 30,000]] more could follow.

At the NATO summit in The Hague, Mark Rutte told reporters on Tuesday that [[more than 14,000]] \
North Koreans had fought for Russia so far. The State Department said on Friday that North Korean \
casualties had exceeded [[5,000]].

Ji-ho puts the number who have gone at [[close to 20,000]]. “Friends of mine who are still in the \
army say the North is sending whole regiments,” he said on the last evening. “They are boys like \
us. Nobody asked them either.”

Island notes
Lundy is three miles long and half a mile wide, and 28 people live here all year. The Oldenburg \
sails from Bideford in about two hours; an adult day return is £52. The wardens counted 1,350 \
puffins on the west side this spring, the best figure in decades.

Booking office: 01271 863 636
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'announced in Pyongyang on 17 June' that 'Kim was sending': deminers"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders to help rebuild the Kursk region"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "yday",
          "the NIS 'told lawmakers yesterday' (Tuesday): remain in Kursk"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "sat..sun",
          "Zelensky 'warned at the weekend' (Saturday-Sunday): 'more could follow' (increment, "
          "span without the word)", add=True),
        C("more than 14,000", 14000, "at_least", "near_front", "nato", "tue",
          "Rutte 'told reporters on Tuesday' at the summit (Wednesday newsletter): fought for "
          "Russia"),
        C("5,000", 5000, "at_least", "casualties", "united_states", "fri",
          "the State Department 'said on Friday': casualties 'had exceeded' (at_least, the verb "
          "outside the span)"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a Korean volunteer who 'puts the number … at' (undated; 'he said on the last "
          "evening' gives no day): gone"),
    ),
)

H12 = Source(
    article_id="h105_12_ocracoke_lantern_colonel_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "The Lantern – Ocracoke Island Heritage Society", "",
        "A colonel, a ferry and the news from Kursk",
    ),
    features="an Ocracoke (Outer Banks) heritage society's newsletter in Markdown, windows-1252 "
        "with straight quotes, front matter without a date (sidecar without url, Thursday) and a "
        "title without a figure, US spelling; a retired Army colonel who served at the DMZ; the "
        "NIS 'Earlier this month' (1st to publication) `around 10,000` along the border and "
        "`5,000` builders moving into Kursk (in Russia); the Pentagon 'in a briefing last week' "
        "`up to 6,000` more (increment, planned); HUR 'puts … at' `between 2,000 and 2,500` dead "
        "(range, `pub`); a NATO official 'on Tuesday' `no more than 3,000` in combat (at_most); "
        "Russian state media 'on Monday' `a few hundred` sappers still in Kursk (russia); state TV "
        "'on Saturday' `hundreds` of engineers welcomed home (returnees: optional); the colonel's "
        "'By his count' `roughly 18,000` (other, `pub`); the newsletter's own 'All told, by this "
        "newsletter's tally' `more than 15,000` (unattributed, required); ponies, ferry times, a "
        "lighthouse's year and height, dues in dollars, his age, years, a phone number",
    text="""\
---
title: "A colonel, a ferry and the news from Kursk"
society: Ocracoke Island Heritage Society
issue: The Lantern, Fall 2025
---

# A colonel, a ferry and the news from Kursk

*From the Society's fall newsletter. Our member profile this season: Dale Garrish, who came home \
to the island after 28 years in the Army.*

Dale Garrish, 71, grew up on Howard Street, and his great-great-grandfather kept the Ocracoke \
light. In between he served in Germany, Korea and the Pentagon, including two years at Camp \
Bonifas on the edge of the Demilitarized Zone in the late 1980s. These days he volunteers at the \
Society's museum on Wednesdays and reads everything he can find about North Korea.

There is plenty to read. Earlier this month South Korea's National Intelligence Service said \
[[around 10,000]] North Korean troops are posted along Russia's border with Ukraine, with \
[[5,000]] military construction workers moving into the Kursk region behind them. The Pentagon \
said in a briefing last week that [[up to 6,000]] more could be sent over the winter. Kyiv's \
military intelligence puts North Korean dead at [[between 2,000 and 2,500]]. A NATO official said \
on Tuesday that [[no more than 3,000]] are in combat at any one time, and Russian state media \
reported on Monday that [[a few hundred]] North Korean sappers were still at work in Kursk. On \
Saturday, North Korean state TV showed Kim Jong Un welcoming [[hundreds]] of engineers home.

By his count, [[roughly 18,000]] of Kim's men have passed through Russia in the past thirteen \
months, builders included. "That's a division's worth of men learning a drone war nobody in \
Pyongyang ever taught them," he says. "We used to worry about what they knew. Now I worry about \
what they've learned."

All told, by this newsletter's tally of published figures, [[more than 15,000]] North Koreans have \
served in Russia.

## Society notes

- The island's 17 Banker ponies are doing well in their pasture off Highway 12.
- The Hatteras ferry takes about an hour; the Cedar Island run is 2 hours 15 minutes.
- The lighthouse, built in 1823, stands 75 feet tall.
- Annual dues remain $25. Museum phone: 252-928-7375
""",
    claims=(
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "the NIS 'Earlier this month' (1st to publication): along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..pub",
          "same statement: construction workers moving into Kursk behind the troops (in "
          "Russia, as builders in earlier sets)"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "lastweek",
          "the Pentagon 'in a briefing last week': 'more could be sent' (increment, span "
          "without the word)", add=True),
        C("between 2,000 and 2,500", None, "range", "casualties", "ukraine", "pub",
          "HUR 'puts … at' (present, undated): dead"),
        C("no more than 3,000", 3000, "at_most", "near_front", "nato", "tue",
          "a NATO official 'said on Tuesday' (Thursday newsletter): in combat at any one time"),
        C("a few hundred", None, "vague", "near_front", "russia", "mon",
          "Russian state media 'reported on Monday': sappers still at work in Kursk"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "state TV 'On Saturday': engineers welcomed home (returnees: optional, as in earlier "
          "sets)", opt=True),
        C("roughly 18,000", 18000, "approx", "in_russia", "other", "pub",
          "the colonel, 'By his count' (undated; 'he says'): passed through Russia"),
        C("more than 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own 'All told, by this newsletter's tally' (no source: "
          "unattributed, required): served in Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    H01, H02, H03, H04, H05, H06,
    H07, H08, H09, H10, H11, H12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
