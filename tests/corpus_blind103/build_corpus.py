"""Build the HUNDRED-AND-THIRD BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-fifth corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a pumpkin-seed
oil mill cooperative's page from Gleinstätten in the Sulm valley (Austrian conventions) with a
Ukrainian press operator whose brother flies drones near Sumy, a weather prophets' association
letter from Muotathal (Swiss conventions) after its spring assembly, a Dithmarschen cabbage
growers' newsletter from Wesselburen with a Hamburg kimchi maker, a church brass choir's page
from Weikersheim in the Tauber valley with its tuba player who came from Korea as a nurse in
1974, a Worpswede gallery letter with a Korean painter in residence, and a porcelain painters'
circle newsletter from Selb with a painter from Baranivka; a harness horsemen's newsletter from
Summerside (Prince Edward Island), a rodeo committee's newsletter from Lethem (Guyana), a
shipwrights' association site from Windward (Carriacou, Grenada), a pole-and-line fishers'
bulletin from Addu (Maldives), a cricket club's newsletter from Speightstown (Barbados) and a
carriage drivers' newsletter from Mackinac Island (Michigan). Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an
article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table
are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares
state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind103_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Austria, Switzerland, Germany)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="t103_01_presshaus_gleinstaetten_kernoel_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-02-13"),
    dated_by="html_meta", crlf=True,
    features="a pumpkin-seed oil mill cooperative's page from Gleinstätten (Sulm valley, southern "
        "Styria) in HTML, windows-1252 with CRLF (`„“`, `–` and `·` raw, `&middot;`), `<meta "
        "name=\"date\">` (Thursday), Austrian conventions (`Jänner`, `Feber`, `heuer`), a cookie "
        "note about the farm-shop newsletter, a script, navigation, a footer with a price and a "
        "phone number; `<title>` and headline without a figure; a Ukrainian press operator "
        "relaying his brother, a drone pilot, `ein paar hundert` (new vague form; other, `pub`); "
        "the NIS 'erklärte am Mittwoch' with `rund 11.000` sent and `an die 4.000` dead or "
        "wounded ('an die' as approx); Zelensky 'Anfang Feber' (days 1-10) `knapp 4.000`; a HUR "
        "spokesman 'sagte vorgestern' (two days before publication: an ISO date) `zwischen 2.000 "
        "und 3.000` back in positions (range); Rutte 'Ende Jänner' (days 21-31) `mehr als "
        "11.000`; the State Department 'geht davon aus', a spokesman named after the figure 'am "
        "Montag', `einige tausend` 'zusätzliche' (increment, planned); Russian losses a day, "
        "tonnes of seeds, kilos, members, his age, years, euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Presshaus-Nachrichten – Ein Ölpresser aus Tschernihiw</title>
<meta name="date" content="2025-02-13">
<meta property="og:site_name" content="Ölmühlgenossenschaft Sulmtal">
<script>var presshaus={rubrik:"neuigkeiten",saison:"2024/25",hofladen:true};</script>
</head>
<body>
<div class="cookie">Ein einziges Cookie merkt sich, ob Sie unseren Hofladen-Newsletter schon \
einmal weggeklickt haben. <button>Passt</button> <button>Nein danke</button></div>
<nav><a href="/">Start</a> | <a href="/kernoel">Unser Kernöl</a> | <a \
href="/presstermine">Presstermine</a> | <a href="/hofladen">Hofladen</a> | <a \
href="/neuigkeiten">Neuigkeiten</a></nav>
<article>
<p class="rubrik">Neuigkeiten aus dem Presshaus &middot; Gleinstätten</p>
<h1>„Die Presse läuft, und daheim wird geschossen“</h1>
<p class="vorspann">Serhij Melnyk röstet und presst seit zwei Saisonen unsere Kürbiskerne. Sein \
Bruder fliegt Drohnen bei Sumy – und gegenüber, erzählt er, liegen wieder Nordkoreaner.</p>
<p>Bis Ende Feber laufen die zwei Stempelpressen noch an sechs Tagen pro Woche. Heuer haben \
unsere 64 Mitgliedsbetriebe rund 212 Tonnen getrocknete Kerne angeliefert, ein Zehntel mehr als \
im Vorjahr; für einen Liter Öl braucht es gut zweieinhalb Kilo davon.</p>
<p>Am Röstkessel steht seit Herbst 2023 Serhij Melnyk, 41, aus Tschernihiw. Daheim hat er eine \
Bäckerei geführt, bis eine Rakete die Backstube traf. Sein jüngerer Bruder Taras steuert heute \
Aufklärungsdrohnen an der Grenze zum russischen Gebiet Kursk. „Er sagt, drüben in den Gräben \
sitzen seit ein paar Tagen wieder [[ein paar hundert]] Koreaner, nach der langen Pause im \
Jänner“, erzählt Melnyk beim Abfüllen. Überprüfen lasse sich das nicht. „Aber Taras zählt nur, \
was er auf seinem Bildschirm sieht.“</p>
<h2>Was Seoul, Kiew und Washington zählen</h2>
<p>Der südkoreanische Nachrichtendienst NIS erklärte am Mittwoch vor dem Geheimdienstausschuss \
in Seoul, von den [[rund 11.000]] nach Russland entsandten Soldaten seien [[an die 4.000]] \
getötet oder verwundet worden. Mitte Jänner habe man die Einheiten aus der ersten Linie \
zurückgezogen, nun tauchten sie in kleineren Gruppen wieder auf.</p>
<p>Präsident Wolodymyr Selenskyj hatte Anfang Feber von [[knapp 4.000]] getöteten und \
verletzten Nordkoreanern gesprochen. Ein Sprecher des Militärgeheimdienstes HUR sagte \
vorgestern im ukrainischen Fernsehen, derzeit stünden [[zwischen 2.000 und 3.000]] von ihnen \
wieder in Stellungen bei Kursk. Russland selbst verliere nach Kiewer Angaben jeden Tag mehr als \
1.200 Mann.</p>
<p>Nato-Generalsekretär Mark Rutte hatte Ende Jänner [[mehr als 11.000]] Nordkoreaner in \
Russland genannt. Das US-Außenministerium geht davon aus, dass es nicht dabei bleibt: Pjöngjang \
könne [[einige tausend]] zusätzliche Soldaten schicken, sagte ein Sprecher am Montag.</p>
<p>In Gleinstätten ist das alles weit weg und doch ganz nah. „Ich presse Öl, mein Bruder zählt \
Koreaner“, sagt Melnyk. Die Genossenschaft hat ihm heuer die Wohnung über dem Hofladen \
vermietet.</p>
</article>
<footer>Ölmühlgenossenschaft Sulmtal · Presshaus Gleinstätten · Kernöl ab Hof: 1 Liter 24 Euro \
· Bestellungen: +43 3457 2218</footer>
<script src="/js/hofladen.js?v=2.1"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "a Ukrainian press operator relaying his brother, a drone pilot ('Er sagt', the "
          "speaker quoted: other), undated: in the trenches across the border ('ein paar "
          "hundert' as vague)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'erklärte am Mittwoch' (Thursday page): the soldiers sent to Russia"),
        C("an die 4.000", 4000, "approx", "casualties", "south_korea", "wed",
          "same statement, Konjunktiv: killed or wounded ('an die' as approx)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' (Austrian month name; days 1-10): killed and wounded"),
        C("zwischen 2.000 und 3.000", None, "range", "near_front", "ukraine", "2025-02-11",
          "a HUR spokesman 'sagte vorgestern' (two days before the Thursday page: Tuesday), "
          "Konjunktiv: back in positions near Kursk"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "2025-01-21..2025-01-31",
          "Rutte 'Ende Jänner' (days 21-31): in Russia"),
        C("einige tausend", None, "vague", "planned", "united_states", "mon",
          "the State Department 'geht davon aus', a spokesman named after the figure 'sagte … am "
          "Montag': 'zusätzliche' (increment, span without the word) could be sent", add=True),
    ),
)

P02 = Source(
    article_id="t103_02_wetterschmoecker_muotathal_fruehlingsbrief",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-09"),
    dated_by="dateline",
    features="a weather prophets' association letter to its members from Muotathal as plain text, "
        "ISO-8859-1 (Swiss conventions: `ss`, «», `20'000`, `15'000`, `1'000`, `10'000`, 4-digit "
        "`4700`), dated by the place line 'Muotathal, 9. Mai 2025' (Friday); the spring assembly "
        "'vom 25. April' with its forecasts first; a prophet's own «Ich schätze» `an die 20'000` "
        "after the assembly ('sagte er' at the assembly: 25 April; other); the NIS briefing 'Am "
        "30. April' with `15'000` sent, `4700` killed or wounded and 'Den Tod gefunden hätten "
        "demnach' `um die 600` (a breakdown; 'um die' as approx); Zelensky 'liess am Dienstag "
        "verlauten' `mehrere tausend` still in Kursk; 'Laut einem Nato-Sprecher', the date in the "
        "next clause ('gestern'), `mindestens 1'000` fallen; 'Aus Washington hiess es vergangene "
        "Woche' `bis zu 10'000` 'weitere' (increment, planned); Moscow's claim that Kursk was "
        "freed without a figure; guests, prophets, a fee in francs, members, founding year, "
        "temperatures, altitudes, a meeting date, a phone number",
    text="""\
Verein der Wetterschmöcker Muotathal
Frühlingsbrief an Mitglieder, Gönnerinnen und Gönner

Muotathal, 9. Mai 2025

Liebe Mitglieder

Die Frühjahrsversammlung vom 25. April im Gasthaus Hirschen war mit 214 Gästen so gut besucht \
wie seit Jahren nicht mehr. Sechs Propheten haben ihre Sommerprognosen vorgetragen, und die \
Bilanz für den vergangenen Winter fiel gemischt aus: Drei lagen richtig, zwei halb, einer gar \
nicht. Den Wanderpreis erhält erneut der Ameisler, Alois Betschart, der seine Vorhersagen aus \
den Ameisenhaufen am Pragelpass liest. Für den Juli sagt er viel Föhn und wenig Gewitter voraus.

Ein Abend, an dem nicht nur das Wetter zu reden gab

Nach dem offiziellen Teil kam das Gespräch auf den Krieg. Betscharts Enkel leistet als \
Swisscoy-Soldat Dienst im Kosovo und schickt dem Grossvater jede Woche Zeitungsartikel aufs \
Handy. Was die Nordkoreaner betrifft, hat der Ameisler eine klare Meinung: «Ich schätze, es \
sind bis jetzt [[an die 20'000]] gewesen, nicht bloss das, was in den Zeitungen steht», sagte \
er. «Bei den Ameisen sieht man auch nur die, die oben herumlaufen.»

Die offiziellen Zahlen sind inzwischen höher als im Winter. Am 30. April unterrichtete der \
südkoreanische Geheimdienst NIS das Parlament in Seoul: Pjöngjang habe seit dem Herbst \
[[15'000]] Mann nach Russland geschickt, und [[4700]] von ihnen seien getötet oder verwundet \
worden. Den Tod gefunden hätten demnach [[um die 600]].

Präsident Wolodymyr Selenskyj liess am Dienstag verlauten, in der Region Kursk stünden noch \
immer [[mehrere tausend]] Nordkoreaner, obwohl Moskau das Gebiet für befreit erklärt hat. Laut \
einem Nato-Sprecher sind bisher [[mindestens 1'000]] Soldaten aus dem Norden gefallen; er \
äusserte sich gestern in Brüssel. Aus Washington hiess es vergangene Woche zudem, Kim bereite \
[[bis zu 10'000]] weitere Männer für den Einsatz vor.

Aus dem Vereinsleben

- Der Jahresbeitrag bleibt bei 30 Franken, Gönnerinnen und Gönner zahlen ab 50 Franken.
- Unser Verein zählt 148 Mitglieder; gegründet wurde er 1947.
- Die Herbstversammlung findet am Freitag, 24. Oktober, um 19.30 Uhr im Mehrzweckgebäude statt.
- Die Propheten erwarten im Sommer bis zu 35 Grad im Tal und Neuschnee erst ab 2400 Metern.

Mit wetterfesten Grüssen
Der Vorstand

Verein der Wetterschmöcker Muotathal, Postfach 41, 6436 Muotathal, Telefon 041 830 17 22
""",
    claims=(
        C("an die 20'000", 20000, "approx", "in_russia", "other", "2025-04-25",
          "a weather prophet's own «Ich schätze» ('sagte er' after the assembly of 25 April: "
          "that day, as a reported club evening in earlier sets): sent so far"),
        C("15'000", 15000, "exact", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Am 30. April' briefing the parliament, Konjunktiv: sent since autumn"),
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing, Konjunktiv: killed or wounded"),
        C("um die 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'Den Tod gefunden hätten demnach' (NIS carried): the dead among them (a breakdown, "
          "not an increment; 'um die' as approx)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "tue",
          "Zelensky 'liess am Dienstag verlauten' (Friday letter), Konjunktiv: still in the "
          "Kursk region"),
        C("mindestens 1'000", 1000, "at_least", "casualties", "nato", "yday",
          "'Laut einem Nato-Sprecher', the date in the next clause ('er äusserte sich gestern'): "
          "fallen"),
        C("bis zu 10'000", 10000, "at_most", "planned", "united_states", "lastweek",
          "'Aus Washington hiess es vergangene Woche', Konjunktiv: 'weitere' (increment) being "
          "readied", add=True),
    ),
)

P03 = Source(
    article_id="t103_03_kohlbrief_wesselburen_kimchi_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-10-30"),
    dated_by="front_matter",
    features="a Dithmarschen cabbage growers' newsletter from Wesselburen in Markdown, UTF-8 with "
        "»« quotes, front matter with `date:` (Wednesday), an issue key and a title without a "
        "figure; a Hamburg kimchi maker from Daegu buying napa cabbage; the NIS 'Am 18. Oktober' "
        "`1.500`, then 'Fünf Tage später' (23 October, counted from the explicit date) `etwa "
        "3.000` (a new total, not an increment) with `rund 500` officers among them (a breakdown) "
        "and 'so die Prognose des NIS' `10.000` by December (planned); the Pentagon 'am Montag' "
        "`rund 10.000` training in eastern Russia, the spokeswoman named after the figure; 'Nach "
        "Angaben des … HUR … hieß es gestern aus Kiew' `knapp 3.000` in Kursk; the kimchi maker "
        "'glaubt' »Zehntausende« (other, planned, `pub`); hectares, tonnes, her age, years, "
        "visitors, cabbage prices in cents, a seminar date, a phone number",
    text="""\
---
title: "Kohl für Kimchi: Eine Hamburger Köchin auf dem Feld bei Wesselburen"
date: 2024-10-30
herausgeber: Erzeugerring Dithmarscher Kohl e.V.
ausgabe: "Kohlbrief 10/2024"
---

# Kohl für Kimchi

*Seo Min-ji betreibt in Hamburg-Altona eine kleine Kimchi-Manufaktur. Seit diesem Herbst kauft \
sie ihren Chinakohl in Dithmarschen. Beim Besuch auf dem Hof Claußen sprach sie auch über die \
Nachrichten aus ihrer alten Heimat.*

Die Ernte läuft: Auf den 2.900 Hektar Kohlflächen im Kreis wird seit Anfang September \
geschnitten, beim Weißkohl rechnen die Betriebe mit 75 Tonnen je Hektar. Hof Claußen bei \
Wesselburen baut seit drei Jahren auch Chinakohl an, und Seo Min-ji nimmt diesen Herbst 40 \
Tonnen davon ab.

»Für gutes Kimchi braucht man festen Kohl und viel Geduld«, sagt die 38-Jährige, die in Daegu \
aufgewachsen ist und seit 2012 in Hamburg lebt. Zwischen zwei Paletten zeigt sie auf ihrem \
Handy die Schlagzeilen aus Seoul. Seit Tagen geht es dort fast nur um die Soldaten, die der \
Norden nach Russland schickt.

## Was bisher bekannt ist

Am 18. Oktober hatte der südkoreanische Geheimdienst NIS erstmals gemeldet, Pjöngjang habe \
[[1.500]] Mann von Spezialeinheiten per Schiff nach Wladiwostok gebracht. Fünf Tage später \
sprach der Dienst vor Abgeordneten schon von [[etwa 3.000]] Soldaten in Russland; unter ihnen \
seien [[rund 500]] Offiziere. Bis Dezember, so die Prognose des NIS, sollen es [[10.000]] werden.

Das Pentagon nannte am Montag eine noch höhere Zahl: Insgesamt würden [[rund 10.000]] \
Nordkoreaner im Osten Russlands ausgebildet, ein Teil davon sei bereits auf dem Weg Richtung \
Ukraine, sagte Sprecherin Sabrina Singh. Nach Angaben des ukrainischen Militärgeheimdienstes \
HUR sind die ersten [[knapp 3.000]] schon im Gebiet Kursk angekommen, hieß es gestern aus Kiew.

## »Die Jungen haben keine Wahl«

Seo glaubt nicht, dass es dabei bleibt. »Wenn Moskau gut bezahlt, schickt Kim \
[[Zehntausende]]«, sagt sie. Ihr Onkel hat in den Achtzigerjahren an der Grenze gedient. »Die \
Soldaten aus dem Norden sind achtzehn, neunzehn Jahre alt. Die haben keine Wahl.« Dann packt sie \
die nächste Kiste und fährt zurück nach Altona.

## Aus dem Erzeugerring

- Die Dithmarscher Kohltage haben im September rund 70.000 Besucherinnen und Besucher angelockt.
- Der Erzeugerpreis für Weißkohl liegt derzeit bei 11 Cent je Kilo.
- Das Kohlseminar für Berufseinsteiger findet am 14. November in Heide statt.
- Geschäftsstelle Wesselburen: 04833 629 118
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "the NIS 'Am 18. Oktober … gemeldet', Konjunktiv: special forces shipped to "
          "Vladivostok"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "'Fünf Tage später' (23 October, counted from the explicit 18 October), 'der Dienst' "
          "before lawmakers: in Russia (a new total, not an increment)"),
        C("rund 500", 500, "approx", "in_russia", "south_korea", "2024-10-23",
          "same briefing, Konjunktiv: officers among them (a breakdown, never additional)"),
        C("10.000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "'so die Prognose des NIS' (same briefing carried): by December (a forecast: planned)"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'am Montag' (Wednesday newsletter), the spokeswoman named after the "
          "figure: training in eastern Russia"),
        C("knapp 3.000", 3000, "approx", "near_front", "ukraine", "yday",
          "'Nach Angaben des … HUR', 'hieß es gestern aus Kiew' after the figure: arrived in the "
          "Kursk region"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the kimchi maker 'glaubt' and 'sagt' (undated), »…«: Kim would send if Moscow pays "
          "(planned)"),
    ),
)

P04 = Source(
    article_id="t103_04_posaunenchor_weikersheim_tuba_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-06-24"),
    dated_by="sidecar",
    sidecar=(
        "Evangelischer Posaunenchor Weikersheim – Aus dem Chorleben",
        "https://www.posaunenchor-weikersheim.example/chorleben/2025/hye-ja-park-tuba",
        "Hye-ja Park und die Tuba: Fünfzig Jahre zwischen Tauber und Incheon",
    ),
    features="a church brass choir's page from Weikersheim (Tauber valley) in HTML, UTF-8 with "
        "BOM, no meta date (sidecar, Tuesday), a one-line cookie note about the rehearsal list, a "
        "script, list navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; its tuba player, who came from Incheon as a nurse in 1974; Shoigu 'am 17. Juni' "
        "in Pyongyang `1.000` deminers and `5.000` military builders (planned); 'Laut dem … "
        "Militärgeheimdienst stehen' (undated) `rund 11.000` in Kursk; 'Am Wochenende hieß es aus "
        "dem Präsidialamt' `etwa 2.000` of them moved to the Sumy border (a breakdown: near the "
        "front; Saturday-Sunday); Rutte 'am Montag in Den Haag, einen Tag vor dem Gipfel' `über "
        "2.000` fallen; a State Department spokesman 'warnte am Freitag' `Tausende` 'weitere' "
        "(increment); a subheading and the body quoting her brother in Incheon `fünfzehn- bis "
        "zwanzigtausend` (range in number words, both required; other, `pub`); her age, years, "
        "players, chairs, rehearsal times, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Aus dem Chorleben – Posaunenchor Weikersheim</title>
<link rel="stylesheet" href="/css/chor.css">
<script>window.chorTermine={naechste:"Serenade im Schlosshof",ort:"Weikersheim"};</script>
</head>
<body>
<div id="cookie-hinweis">Keine Werbe-Cookies, nur eines für die Probenliste. <a href="#" \
class="ok">Einverstanden</a></div>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/termine">Termine</a></li><li><a \
href="/chorleben">Aus dem Chorleben</a></li><li><a href="/jungblaeser">Jungbläser</a></li></ul>\
</nav>
<main>
<h1>Hye-ja Park und die Tuba: Fünfzig Jahre zwischen Tauber und Incheon</h1>
<p>Wenn der Posaunenchor am Sonntag im Schlosshof zur Serenade aufspielt, sitzt in der letzten \
Reihe wieder eine zierliche Frau hinter dem größten Instrument: Hye-ja Park, 72, bläst seit 1981 \
die Tuba bei uns. Nach Deutschland kam sie 1974 als junge Krankenschwester, angeworben vom \
Krankenhaus in Bad Mergentheim.</p>
<p>Die Nachrichten aus Korea liest sie jeden Morgen auf dem Tablet, und in diesen Wochen sind \
sie selten gut. Bei seinem Besuch in Pjöngjang am 17. Juni kündigte der russische \
Sicherheitsratssekretär Sergej Schoigu an, Kim Jong Un stelle für das Gebiet Kursk [[1.000]] \
Minenräumer bereit, dazu [[5.000]] Soldaten für den Wiederaufbau. Laut dem ukrainischen \
Militärgeheimdienst stehen dort schon jetzt [[rund 11.000]] nordkoreanische Soldaten.</p>
<p>Am Wochenende hieß es aus dem Präsidialamt in Kiew, [[etwa 2.000]] von ihnen seien \
inzwischen an die Grenze zur Region Sumy verlegt worden. Nato-Generalsekretär Mark Rutte sprach \
am Montag in Den Haag, einen Tag vor dem Gipfel, von [[über 2.000]] gefallenen Nordkoreanern. \
Und ein Sprecher des US-Außenministeriums warnte am Freitag, es könnten [[Tausende]] weitere \
folgen.</p>
<h2>„[[Fünfzehn- bis zwanzigtausend]], sagt mein Bruder“</h2>
<p>Parks jüngerer Bruder war Offizier der südkoreanischen Marine und lebt heute in Incheon. \
„Er sagt, bis jetzt waren es [[fünfzehn- bis zwanzigtausend]], und Kim schickt jedes Jahr \
neue“, erzählt sie nach der Probe im Gemeindehaus. Sie selbst mag gar nicht so genau \
hinschauen. „Das sind Jungen in dem Alter, in dem ich damals hierhergekommen bin.“</p>
<p>Geprobt wird dienstags um 19.45 Uhr. Der Chor hat derzeit 31 Bläserinnen und Bläser, die \
jüngste ist elf. Für die Serenade am 29. Juni stehen 240 Stühle bereit, der Eintritt ist \
frei.</p>
</main>
<footer>Evangelischer Posaunenchor Weikersheim · Chorleitung: 07934 99 18 06 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'kündigte … am 17. Juni an', Konjunktiv 'stelle … bereit': deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'dazu': soldiers for reconstruction (military builders)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst stehen' (present, undated): in the Kursk "
          "region"),
        C("etwa 2.000", 2000, "approx", "near_front", "ukraine", "sat..sun",
          "'Am Wochenende hieß es aus dem Präsidialamt in Kiew' (Saturday-Sunday), Konjunktiv: "
          "'von ihnen' moved to the Sumy border (a breakdown, not an increment)"),
        C("über 2.000", 2000, "at_least", "casualties", "nato", "mon",
          "Rutte 'am Montag in Den Haag, einen Tag vor dem Gipfel' (Tuesday page): fallen"),
        C("Tausende", None, "vague", "planned", "united_states", "fri",
          "a State Department spokesman 'warnte am Freitag': 'weitere' (increment, span without "
          "the word) could follow", add=True),
        C("Fünfzehn- bis zwanzigtausend", None, "range", "in_russia", "other", "pub",
          "subheading quoting the body passage: the tuba player relaying her brother (other, "
          "`pub`), range in number words"),
        C("fünfzehn- bis zwanzigtausend", None, "range", "in_russia", "other", "pub",
          "the tuba player relaying her brother in Incheon ('Er sagt', the speaker quoted: "
          "other), undated; range in number words: sent so far"),
    ),
)

P05 = Source(
    article_id="t103_05_galeriebrief_worpswede_moorlicht",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-12"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Galerie am Teufelsmoor – Galeriebrief",
        "https://www.galerie-teufelsmoor.example/galeriebrief/37-moorlicht",
        "Moorlicht: Lee Ha-eun malt den Himmel über der Hamme",
    ),
    features="a Worpswede gallery's letter as plain text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Friday), `„“` and `–`, with a Korean painter in residence from Gangneung; the NIS "
        "'Anfang September' (days 1-10) 'bezifferte' `etwa 2.000` dead; 'Nach Einschätzung des … "
        "Militärgeheimdienstes' (undated) `11.000 bis 12.000` at the Sumy border (range); the JCS "
        "'teilte am Dienstag mit' `ungefähr 1.000` engineers clearing mines in Kursk ('ungefähr' "
        "as approx; near the front); state TV 'Ende August' (days 21-31) portraits of `101` "
        "fallen (north_korea); a State Department spokeswoman 'vergangene Woche' `mehr als "
        "4.000`; Peskov 'am Mittwoch' without a figure; the gallery's own 'Rechnet man alle "
        "Meldungen zusammen' `rund 16.000` (unattributed, required); the painter 'geht davon aus' "
        "'noch einmal' `5.000` (increment, other, planned, `pub`); pictures, her age, years, "
        "opening hours, euros, dates, a phone number, a postcode",
    text="""\
GALERIE AM TEUFELSMOOR · WORPSWEDE
Galeriebrief Nr. 37 – Herbst 2025

Moorlicht: Lee Ha-eun malt den Himmel über der Hamme

Seit dem 1. August wohnt und arbeitet die koreanische Malerin Lee Ha-eun in unserem \
Gästeatelier am Weyerberg. Die 34-Jährige stammt aus Gangneung an der Ostküste und hat in Seoul \
und Leipzig studiert. Am Sonntag, 21. September, eröffnen wir ihre Ausstellung „Moorlicht“ mit \
23 Ölbildern und einer Folge kleiner Tuschezeichnungen.

Wer Lee beim Malen zusieht, merkt schnell, dass sie nicht nur das Moor im Kopf hat. Ihre \
Großmutter floh 1950 aus Wonsan in den Süden, und die Nachrichten über die Nordkoreaner in \
Russland verfolgt die Enkelin sehr genau. „Die Großmutter hätte gesagt: Das sind unsere Leute, \
auch wenn sie auf der falschen Seite stehen“, sagt Lee.

Was aus Seoul und Kiew zu hören ist

Anfang September bezifferte der südkoreanische Geheimdienst NIS die Zahl der gefallenen \
Nordkoreaner auf [[etwa 2.000]]. Nach Einschätzung des ukrainischen Militärgeheimdienstes \
stehen an der Grenze zur Region Sumy nach wie vor [[11.000 bis 12.000]] von ihnen. Der \
Generalstab in Seoul teilte am Dienstag mit, [[ungefähr 1.000]] nordkoreanische Pioniere \
räumten inzwischen Minen im Gebiet Kursk; weitere Bautrupps seien unterwegs.

Pjöngjang selbst spricht mittlerweile offen über den Einsatz. Ende August zeigte das \
Staatsfernsehen, wie Kim Jong Un vor den Porträts von [[101]] gefallenen Soldaten einen Kranz \
niederlegte. Eine Sprecherin des US-Außenministeriums sagte vergangene Woche, die Verluste der \
Nordkoreaner lägen bei [[mehr als 4.000]] Toten und Verwundeten. Kremlsprecher Dmitri Peskow \
dankte am Mittwoch den „koreanischen Freunden“, ohne eine Zahl zu nennen. Rechnet man alle \
Meldungen zusammen, dürften bislang [[rund 16.000]] Nordkoreaner in Russland im Einsatz \
gewesen sein.

Lee geht davon aus, dass Kim bis zum Winter noch einmal [[5.000]] Mann schickt. „In Gangneung \
hört man die Lautsprecher von drüben nicht mehr, seit sie abgebaut wurden. Aber niemand glaubt, \
dass es ruhiger wird.“

Öffnungszeiten und Termine

Die Galerie ist mittwochs bis sonntags von 11 bis 18 Uhr geöffnet, der Eintritt kostet 6 Euro. \
Zur Vernissage spielt das Duo Hammeklang. Am 4. Oktober führt Lee selbst durch die Ausstellung, \
Anmeldung unter 04792 318 77.

Galerie am Teufelsmoor, Bergstraße 12, 27726 Worpswede
""",
    claims=(
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang September bezifferte' (days 1-10): fallen"),
        C("11.000 bis 12.000", None, "range", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (present, undated): at "
          "the Sumy border"),
        C("ungefähr 1.000", 1000, "approx", "near_front", "south_korea", "tue",
          "the JCS 'teilte am Dienstag mit' (Friday letter), Konjunktiv: engineers clearing mines "
          "in the Kursk region (near the front, as deminers at work in Kursk before)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state TV 'Ende August' (days 21-31): portraits of fallen soldiers (north_korea)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states", "lastweek",
          "a State Department spokeswoman 'sagte vergangene Woche', Konjunktiv: dead and "
          "wounded"),
        C("rund 16.000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the gallery letter's own 'Rechnet man alle Meldungen zusammen, dürften' (no source: "
          "unattributed, required): deployed in Russia so far"),
        C("5.000", 5000, "exact", "planned", "other", "pub",
          "the painter 'geht davon aus' (undated): 'noch einmal' (increment, span without the "
          "words) by winter", add=True),
    ),
)

P06 = Source(
    article_id="t103_06_pinselstrich_selb_baranivka_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Pinselstrich – Mitteilungen des Porzellanmalkreises Selb",
        "https://www.porzellanmalkreis-selb.example/pinselstrich/2025-4/baranivka",
        "Blaue Blumen aus Baranivka",
    ),
    features="a porcelain painters' circle newsletter from Selb (Fichtelgebirge) in Markdown, "
        "ISO-8859-1 with »« quotes, front matter with `date:` and the sidecar (Wednesday), a "
        "title without a figure; a painter from Baranivka relaying her nephew, a sapper, "
        "`Dutzende` (other, `pub`); the NIS 'Am 4. November' in Konjunktiv over several sentences "
        "('Demnach stünden' `rund 10.000` at the border, 'Gefallen seien' `etwa 2.000`, 'Dazu "
        "kämen' `5.000` builders: another group, not an increment); 'Dem … Militärgeheimdienst "
        "zufolge, der sich am Sonntag äußerte' `bis zu 3.000` 'zusätzliche' (increment, planned); "
        "'Nach Schätzung der Nato, die ein Diplomat vergangene Woche … nannte' `knapp 20.000`; "
        "Russia's defence minister 'lobte am Freitag' the `Tausenden` sappers who cleared mines "
        "in Kursk (russia, near the front); state TV 'Anfang des Monats' `Hunderten` returning "
        "home (returnees: optional); factory workers, pieces, her age, members, cobalt prices in "
        "euros, grams, dates, a phone number",
    text="""\
---
title: "Blaue Blumen aus Baranivka"
date: 2025-11-19
verein: Porzellanmalkreis Selb e.V.
heft: "Pinselstrich 4/2025"
---

# Blaue Blumen aus Baranivka

*Halyna Kowaltschuk hat dreißig Jahre lang in der Porzellanfabrik von Baranivka Kobaltblumen auf \
Teller gemalt. Seit 2023 sitzt sie dienstags in unserem Kursraum. Ihr Neffe steht als Pionier an \
der Grenze zum Gebiet Kursk.*

Baranivka liegt im Gebiet Schytomyr und war einmal, was Selb für Oberfranken ist: eine Stadt, die \
vom Porzellan lebte. »Bei uns haben 1.400 Leute in der Fabrik gearbeitet, heute sind es keine \
hundert mehr«, erzählt Kowaltschuk, 58, während sie einen Henkelbecher mit Kornblumen bemalt. Im \
Frühjahr zeigt sie 40 Stücke in der Stadtbibliothek.

## Was ihr Neffe erzählt

Ihr Neffe Oleh räumt mit seiner Einheit Minen bei Krasnopillja. Wenn er anruft, geht es selten um \
Porzellan. »Er sagt, gegenüber graben sich [[Dutzende]] Koreaner neu ein, jede Woche andere \
Gesichter«, berichtet sie.

Die offiziellen Zahlen klingen nüchterner. Am 4. November unterrichtete der südkoreanische \
Nachrichtendienst NIS das Parlament in Seoul. Demnach stünden [[rund 10.000]] Nordkoreaner \
entlang der russischen Grenze zur Ukraine. Gefallen seien bisher [[etwa 2.000]]. Dazu kämen \
[[5.000]] Militärbauarbeiter, die seit September in mehreren Etappen nach Russland gebracht \
würden.

Dem ukrainischen Militärgeheimdienst zufolge, der sich am Sonntag äußerte, bereitet Pjöngjang \
[[bis zu 3.000]] zusätzliche Soldaten für eine neue Rotation vor. Nach Schätzung der Nato, die \
ein Diplomat vergangene Woche in Brüssel nannte, haben seit Herbst 2024 [[knapp 20.000]] \
Nordkoreaner in Russland gedient. Der russische Verteidigungsminister Andrei Beloussow lobte am \
Freitag in Pjöngjang die [[Tausenden]] Pioniere, die im Gebiet Kursk Minen geräumt hätten. Die \
Heimkehr von [[Hunderten]] Soldaten hatte das nordkoreanische Fernsehen schon Anfang des Monats \
gezeigt.

## Aus dem Kreis

- Der Adventsmarkt im Porzellanikon ist am 29. und 30. November, wir haben zwei Tische.
- Kobaltblau kostet uns inzwischen 38 Euro je 100 Gramm.
- Unser Kreis hat 27 Mitglieder, die älteste ist 91.
- Kursabend dienstags um 18 Uhr, Anmeldung: 09287 774 530
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "pub",
          "a porcelain painter relaying her nephew, a sapper ('Er sagt', the speaker quoted: "
          "other), undated: digging in across the line"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'Am 4. November', 'Demnach stünden' in the next sentence: along Russia's "
          "border with Ukraine"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'Gefallen seien' (Konjunktiv, NIS carried): fallen"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "'Dazu kämen' (NIS carried): military builders brought to Russia (another group, not "
          "an increment)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "sun",
          "'Dem ukrainischen Militärgeheimdienst zufolge, der sich am Sonntag äußerte' "
          "(Wednesday newsletter): 'zusätzliche' (increment) for a new rotation", add=True),
        C("knapp 20.000", 20000, "approx", "in_russia", "nato", "lastweek",
          "'Nach Schätzung der Nato, die ein Diplomat vergangene Woche … nannte': served in "
          "Russia since autumn 2024"),
        C("Tausenden", None, "vague", "near_front", "russia", "fri",
          "Russia's defence minister Belousov 'lobte am Freitag': sappers who cleared mines in "
          "the Kursk region (near the front, as deminers before)"),
        C("Hunderten", None, "vague", "in_russia", "north_korea", "2025-11-01..2025-11-10",
          "state TV 'Anfang des Monats' (days 1-10): soldiers coming home (returnees: optional, "
          "as in earlier sets)", opt=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="t103_07_paddock_notes_summerside_raceway",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Paddock Notes",
        "https://www.summerside-horsemen.example/paddock-notes/2024/11/driver-of-the-month",
        "Driver of the Month: Gordie MacKinnon",
    ),
    features="a harness horsemen's association newsletter from Summerside (Prince Edward Island) "
        "as plain text, windows-1252 with curly quotes and apostrophes (sidecar, Tuesday); a "
        "driver whose grandfather fought in Korea; Zelensky 'On 5 November' `11,000` in Kursk; "
        "`More than 10,000` 'by Washington's count', the claimant in the next sentence ('That was "
        "the figure a State Department spokesman gave in a briefing last week'); 'According to … "
        "military intelligence, which published its own estimate yesterday' `about 7,000` near "
        "the border with `three` generals among them (number word, a breakdown); the spy agency "
        "'expects' `thousands` more (increment, planned, `pub`); the driver 'figures' `a hundred "
        "thousand` (number words, other, planned, `pub`) and an echo “Eleven thousand” inside his "
        "quote (optional); races, a mile time, his age, years, purses in dollars, per cent, "
        "horses, fans, stall fees, a phone number",
    text="""\
PADDOCK NOTES
Summerside Harness Horsemen’s Association · Prince Edward Island

Driver of the Month: Gordie MacKinnon

Gordie MacKinnon won 14 races at the Summerside track this season, and his four-year-old pacer \
Tignish Thunder took the Founders’ Cup in 1:54.2. He is 61, has driven since 1981 and still \
mucks out his own stalls in Kensington.

He is also the grandson of a Korean War veteran. Private Angus MacKinnon sailed for Korea in \
1951 with the Patricias and came home to Bedeque with shrapnel in one leg. So when the barn talk \
turned to North Korean soldiers in Russia last week, Gordie had more to say than usual.

The news from over there

The figures have grown fast. On 5 November, Kyiv’s president, Volodymyr Zelensky, told his \
evening audience that [[11,000]] of Kim’s soldiers had reached the Kursk region. \
[[More than 10,000]] had moved into Kursk, by Washington’s count. That was the figure a State \
Department spokesman gave in a briefing last week, adding that they were being trained in \
artillery and drone use.

According to Ukraine’s military intelligence, which published its own estimate yesterday, \
[[about 7,000]] of them are already close enough to the border to fight, among them [[three]] \
generals. South Korea’s spy agency expects [[thousands]] more to follow before the new year, \
and the Kremlin has still not admitted that a single one is there.

Gordie figures Kim could send [[a hundred thousand]] if Putin asked him. “My grandfather said \
they came over the hills like water,” he says. “[[Eleven thousand]] is just the start.” \
Horsemen are not generals, he admits, but he reads the Guardian every morning before the first \
training mile.

Around the barns

- The season’s purses came to $412,000, up 6 per cent on last year.
- Eighty-two horses raced at least once; the oldest was 13.
- The Old Home Week card in August drew 3,900 fans.
- Stall fees for the winter stay at $180 a month.
- Association office: 902-436-2271
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-05",
          "Zelensky 'On 5 November' (an explicit date): in the Kursk region"),
        C("More than 10,000", 10000, "at_least", "near_front", "united_states", "lastweek",
          "'by Washington's count', the claimant in the next sentence ('That was the figure a "
          "State Department spokesman gave in a briefing last week'): moved into Kursk"),
        C("about 7,000", 7000, "approx", "near_front", "ukraine", "yday",
          "'According to Ukraine's military intelligence, which published its own estimate "
          "yesterday': close enough to the border to fight"),
        C("three", 3, "exact", "near_front", "ukraine", "yday",
          "same estimate: generals among them (a breakdown, number word)"),
        C("thousands", None, "vague", "planned", "south_korea", "pub",
          "the spy agency 'expects' (present, undated): 'more to follow' (increment, span "
          "without the word)", add=True),
        C("a hundred thousand", 100000, "exact", "planned", "other", "pub",
          "a harness driver who 'figures' (undated), number words: Kim could send"),
        C("Eleven thousand", 11000, "exact", "near_front", "other", "pub",
          "an echo of Zelensky's figure inside the driver's quote: optional, as anaphoric "
          "echoes in earlier sets", opt=True),
    ),
)

P08 = Source(
    article_id="t103_08_rodeo_roundup_lethem_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-04-23"),
    dated_by="front_matter",
    features="a rodeo committee's newsletter from Lethem (Rupununi, Guyana) in Markdown, UTF-16 "
        "LE with BOM, curly quotes, front matter with `date:` (Wednesday) and a title without a "
        "figure; the rodeo announcer, who studied in Moscow, 'By his count' `closer to twenty "
        "thousand` ('closer to' as approx, number words, other, `pub`); the JCS 'estimated in "
        "March' (month) `3,000` reinforcements (increment, no increment word in the span) 'in "
        "addition to the first group of' `about 11,000` (a false friend, not an increment); "
        "'According to a US defense official who spoke to reporters last week' `4,000 to 5,000` "
        "(range); Zelensky 'told journalists on Friday' `several thousand`; HUR 'puts their dead "
        "at' (undated) `about 1,500`; the newsletter's own 'Add the figures together' `some "
        "14,000` (unattributed, required); visitors, riders, ranches, a prize in Guyana dollars, "
        "his age, years, volunteers, a date, a phone number",
    text="""\
---
title: "Rodeo Roundup: the Easter weekend in Lethem"
date: 2025-04-23
newsletter: Rodeo Roundup
published_by: Rupununi Rodeo Committee, Lethem
---

# After the dust settles

*Easter at the rodeo ground drew its biggest crowd in years. Our announcer, who studied in Moscow \
when Guyana still sent students there, also had a word about another kind of roundup.*

About 9,000 people came through the gates on Sunday and Monday, 1,500 of them across the bridge \
from Bonfim in Brazil. Forty-one vaqueros from eleven ranches rode, and the bronc prize of \
G$250,000 went to a 19-year-old from Annai.

## The voice of the rodeo

Carlton Jervis has called every Rupununi rodeo since 1993. Before that he spent six years in \
Moscow on a scholarship, studying engineering, and he still watches Russian television on a \
satellite dish behind his hardware shop. “They show parades and medals. They never show a North \
Korean coffin,” he says.

By his count, the real number of Kim’s men sent to Russia is [[closer to twenty thousand]], \
whatever the papers print. “I learned their language, so I listen to what they leave out.”

## What the governments say

The official counts are lower. Seoul’s Joint Chiefs of Staff estimated in March that [[3,000]] \
reinforcements had reached Russia in January and February, in addition to the first group of \
[[about 11,000]] sent last autumn. According to a US defense official who spoke to reporters \
last week, [[4,000 to 5,000]] of them have been killed or wounded.

President Volodymyr Zelensky told journalists on Friday that Ukraine was still fighting \
[[several thousand]] North Koreans along the borders of the Kursk and Belgorod regions. \
Ukraine’s military intelligence puts their dead at [[about 1,500]]. Moscow, which denies that \
they are there at all, has given no figure.

Add the figures together and the total comes to [[some 14,000]] men sent so far.

## Notices

- The committee thanks its 60 volunteers and the GDF band.
- Next year’s rodeo is on 5 and 6 April 2026.
- Stall rental refunds: call 772-2140 in Lethem.
""",
    claims=(
        C("closer to twenty thousand", 20000, "approx", "in_russia", "other", "pub",
          "the rodeo announcer 'By his count' (undated): sent to Russia ('closer to' as approx, "
          "number words)"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "the JCS 'estimated in March' (month): 'reinforcements' (increment, no increment word "
          "in the span) reached Russia", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "same estimate: 'in addition to the first group of' (the base the reinforcements came "
          "on top of: a false friend, not an increment)"),
        C("4,000 to 5,000", None, "range", "casualties", "united_states", "lastweek",
          "'According to a US defense official who spoke to reporters last week': killed or "
          "wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "fri",
          "Zelensky 'told journalists on Friday' (Wednesday newsletter): fighting along the "
          "Kursk and Belgorod borders"),
        C("about 1,500", 1500, "approx", "casualties", "ukraine", "pub",
          "HUR 'puts their dead at' (present, undated)"),
        C("some 14,000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Add the figures together and the total comes to' (no source: "
          "unattributed, required): sent so far"),
    ),
)

P09 = Source(
    article_id="t103_09_windward_shipwrights_carriacou_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-08-06"),
    dated_by="html_meta",
    features="a shipwrights' association site from Windward (Carriacou, Grenada) in HTML, "
        "ISO-8859-1 (quotes and apostrophes only as entities `&rsquo;`, `&ldquo;`), "
        "`article:published_time` -04:00 (Wednesday), a cookie note about the regatta poll, a "
        "script, navigation, a footer with a phone number; `<title>` (optional) and headline `up "
        "to 30,000` (hedge kept; increment) from Budanov's Saturday figure (Saturday to "
        "publication); Budanov 'said on Saturday' `up to 30,000` more (at_most, increment, "
        "planned); the NIS 'had told lawmakers on 24 July' `about 15,000`; 'In late July' (days "
        "21-31) Russia's envoy to Pyongyang 'gave Tass an interview', 'he said' after the figure: "
        "the first `1,000` deminers working in Kursk (russia, near the front); a US official 'put "
        "… at … in a briefing on Monday' `around 6,000`; a master shipwright relaying his son, a "
        "ship's engineer in Vladivostok, `hundreds` building (other, `pub`) and his own 'figures' "
        "`a couple of thousand` more (other, planned increment, `pub`); sloops, his age, years, "
        "nautical miles, boats, members, EC dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Kyiv expects [[up to 30,000]] more North Koreans | Windward Shipwrights&rsquo; News</title>
<meta property="article:published_time" content="2025-08-06T07:45:00-04:00">
<meta property="og:site_name" content="Windward Shipwrights' Association">
<script>var wsa={page:"news",regatta:2025,lang:"en"};</script>
</head>
<body>
<div class="cookie-note">We use one cookie to remember which sloop you voted for in the regatta \
poll. <button>Fair winds</button> <button>No thanks</button></div>
<nav><a href="/">Home</a> &middot; <a href="/sloops">Our sloops</a> &middot; <a \
href="/regatta">Regatta 2025</a> &middot; <a href="/news">News</a> &middot; <a \
href="/contact">Contact</a></nav>
<main>
<h1>Kyiv expects [[up to 30,000]] more North Koreans</h1>
<p class="standfirst">Regatta week is over, the sloops are back on the beach at Windward, and our \
master shipwright has news from his son at sea.</p>
<p>Ukraine&rsquo;s military intelligence chief, Kyrylo Budanov, said on Saturday that Kim \
might dispatch [[up to 30,000]] more men before the year is out. South \
Korea&rsquo;s National Intelligence Service had told lawmakers on 24 July that \
[[about 15,000]] were already there.</p>
<p>In late July Moscow&rsquo;s envoy to Pyongyang, Alexander Matsegora, gave Tass an interview: \
the first [[1,000]] deminers from the North, he said, were already working in the Kursk \
region. A US official \
put the North&rsquo;s losses at [[around 6,000]] killed and wounded in a briefing on \
Monday.</p>
<h2>&ldquo;They were building all night&rdquo;</h2>
<p>Alwyn Compton, 66, has built eleven sloops on the beach at Windward, the last of them, \
<em>Sea Hope</em>, in 2022 from white cedar and greenheart. His son Kendall is second engineer on \
a bulk carrier that loaded fertiliser in Vladivostok in June.</p>
<p>&ldquo;Kendall saw [[hundreds]] of them in the port, North Korean boys in work clothes, \
putting up new sheds,&rdquo; Compton said. &ldquo;He says nobody there pretends they are \
tourists.&rdquo; Compton himself figures [[a couple of thousand]] more will be at work in Russia \
by Christmas.</p>
<p>Regatta results: <em>Sea Hope</em> finished second in Class A after 14 nautical miles round \
Sandy Island. Fifty-three boats raced this year, and the association now has 38 members. A new \
keel of greenheart costs about EC$18,000.</p>
</main>
<footer>Windward Shipwrights&rsquo; Association &middot; Windward, Carriacou, Grenada &middot; \
Tel. (473) 443 9127</footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sat..pub",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sat..pub",
          "headline 'Kyiv expects': Budanov's figure of the lead (Saturday to publication), the "
          "headline's own hedge kept; 'more' (increment)", add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sat",
          "Budanov, 'military intelligence chief', 'said on Saturday' (Wednesday page): 'more' "
          "(increment, span without the word) could be sent", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-07-24",
          "the NIS 'had told lawmakers on 24 July' (an explicit date): already in Russia"),
        C("1,000", 1000, "exact", "near_front", "russia", "2025-07-21..2025-07-31",
          "'In late July' (days 21-31) Russia's envoy to Pyongyang 'gave Tass an interview', "
          "'he said' after the figure: the first deminers working in the Kursk region (near the "
          "front)"),
        C("around 6,000", 6000, "approx", "casualties", "united_states", "mon",
          "a US official 'put … at … in a briefing on Monday' (the date after the figure): "
          "killed and wounded"),
        C("hundreds", None, "vague", "in_russia", "other", "pub",
          "a master shipwright relaying his son, a ship's engineer ('Compton said', undated; "
          "the speaker quoted: other): building in the port of Vladivostok (in Russia)"),
        C("a couple of thousand", None, "vague", "planned", "other", "pub",
          "the shipwright 'figures' (undated): 'more will be at work' (increment, span without "
          "the word)", add=True),
    ),
)

P10 = Source(
    article_id="t103_10_addu_pole_line_fishers_bulletin_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-17"),
    dated_by="sidecar",
    sidecar=(
        "Addu Pole-and-Line Fishers' Association",
        "https://www.addu-poleline.example/bulletin/2025-10-17-busan-deckhand",
        "Skipper’s corner: a Busan deckhand remembers",
    ),
    features="a pole-and-line fishers' association bulletin from Addu (Maldives) in HTML, UTF-8 "
        "(curly quotes raw, `&middot;` absent), no meta date (sidecar, Friday), a cookie note "
        "about the weather page, a script, navigation, a footer with a phone number; `<title>` "
        "and headline without a figure; a skipper who crewed on a Korean purse seiner; the 10 "
        "October parade's `hundreds` of Kursk veterans (returnees: optional); the NIS 'estimated "
        "in September' (month) `about 2,000` dead; HUR 'said on Tuesday' `10,000 to 11,000` "
        "(range); the JCS 'said in a statement on Monday' `roughly 5,000` builders arrived; "
        "'Earlier this month, the White House said' `thousands` more (increment; 1st to "
        "publication); a NATO official 'briefing journalists … on Wednesday' `at least 14,000`; "
        "the bulletin's own 'On the bulletin's own tally' `close to 16,000` (unattributed, "
        "required); the skipper 'believes' another `10,000` (increment, other, planned, `pub`); "
        "his age, years, tonnes of skipjack, per cent, rufiyaa, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bulletin · Addu Pole-and-Line Fishers’ Association</title>
<script>window.apfa={section:"bulletin",atoll:"Seenu",tides:true};</script>
</head>
<body>
<div class="consent">Cookies help us count how many skippers read the weather page. \
<button>Fine by me</button> <button>No cookies</button></div>
<nav>Home | Catch reports | Weather | Bulletin | Members</nav>
<article>
<h1>Skipper’s corner: a Busan deckhand remembers</h1>
<p>Ahmed Riyaz, 47, skippers the pole-and-line vessel <i>Hithadhoo Star</i> out of Feydhoo. \
Before he came home to Addu, he spent eight years as a deckhand on a South Korean purse seiner \
working from Busan, and he still swaps messages with old crewmates there.</p>
<p>Those messages are full of the North these days. At the military parade in Pyongyang on 10 \
October, Kim Jong Un took the salute from [[hundreds]] of soldiers who had fought in Kursk, state \
television showed. Seoul’s spy agency had estimated in September that [[about 2,000]] of the \
North’s men had died in Russia’s war.</p>
<p>Ukraine’s military intelligence said on Tuesday that [[10,000 to 11,000]] remain deployed \
along the borders of the Sumy and Kharkiv regions. Seoul’s Joint Chiefs of Staff said in a \
statement on Monday that [[roughly 5,000]] military builders had arrived in Russia since \
September. Earlier this month, the White House said [[thousands]] more were being trained for a \
new rotation.</p>
<p>A NATO official, briefing journalists in Brussels on Wednesday, said the alliance counted \
[[at least 14,000]] North Koreans who had served with Russian forces since last autumn. On the \
bulletin’s own tally, that makes [[close to 16,000]] men sent since October last year, builders \
included.</p>
<p>Riyaz believes another [[10,000]] will be sent by the spring. “My friends in Busan say Kim \
pays his debts with young men,” he says. “On our boats we count fish. They count soldiers.”</p>
<p>Catch report: the Addu fleet landed 1,240 tonnes of skipjack in September, 9 per cent more \
than a year ago. The cannery in Hithadhoo pays 21 rufiyaa a kilo. Bait fishing at night has been \
good inside the lagoon.</p>
</article>
<footer>Addu Pole-and-Line Fishers’ Association · Feydhoo, Addu City · Office: +960 688 4172\
</footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV from the 10 October parade: Kursk veterans saluting Kim (returnees: "
          "optional, as in earlier sets)", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'estimated in September' (month): died"),
        C("10,000 to 11,000", None, "range", "near_front", "ukraine", "tue",
          "HUR 'said on Tuesday' (Friday bulletin): deployed along the Sumy and Kharkiv borders"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "mon",
          "the JCS 'said in a statement on Monday': military builders arrived in Russia"),
        C("thousands", None, "vague", "planned", "united_states", "2025-10-01..pub",
          "'Earlier this month, the White House said' (1st to publication): 'more' (increment, "
          "span without the word) trained for a new rotation", add=True),
        C("at least 14,000", 14000, "at_least", "in_russia", "nato", "wed",
          "a NATO official 'briefing journalists in Brussels on Wednesday': served with Russian "
          "forces"),
        C("close to 16,000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the bulletin's own 'On the bulletin's own tally' (no source: unattributed, "
          "required): sent since October last year"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a skipper who 'believes' (undated): 'another' (increment, span without the word) "
          "by spring", add=True),
    ),
)

P11 = Source(
    article_id="t103_11_scorebook_speightstown_umpire",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-18"),
    dated_by="dateline", crlf=True,
    features="a cricket club's newsletter from Speightstown (Barbados) as plain text, UTF-8 with "
        "CRLF, dateline 'SPEIGHTSTOWN, 18 January 2025 —' (Saturday), curly quotes; the club's "
        "umpire, a retired history teacher; the NIS 'briefed members of the National Assembly on "
        "Monday: by its reckoning' `some 300` dead and `2,700` wounded (a second count of the "
        "same toll, not an increment); Kyiv 'Last Saturday' (in a Saturday newsletter: the "
        "Saturday a week before) paraded `two` prisoners; Zelensky 'in his nightly address on "
        "Wednesday … put the total … at' `nearly 4,000`; HUR 'estimated this week' (Monday of the "
        "week to publication) `about 11,000` in Kursk; a Pentagon spokesman 'said yesterday' `a "
        "few thousand` additional (increment, planned); the umpire 'reckons' `six thousand` "
        "wounded, 'he said at the nets' (the Tuesday net session to publication; number words, "
        "other); his age, years, fees and a roller in Barbados dollars, overs, a fixture date, a "
        "phone number",
    text="""\
THE SCOREBOOK
Newsletter of the Speightstown Cricket Club, St. Peter, Barbados

SPEIGHTSTOWN, 18 January 2025 — The first-division season opens a fortnight from today, and the \
nets behind the pavilion have been busy since New Year. Before we get to the fixtures, a word \
from our longest-serving umpire, whose mind has been on a much colder place.

Everton Greaves, 74, taught history at a secondary school in St. Lucy for 33 years and has stood \
in the middle for the club since 1979. At the Tuesday net session he asked whether anyone had \
been following the North Korean soldiers in Russia. Most of the young men had not.

The latest from the wire services

Seoul’s spy service briefed members of the National Assembly on Monday: by its reckoning \
[[some 300]] of the North’s soldiers have died in Kursk and [[2,700]] have been wounded. Last \
Saturday, Kyiv paraded [[two]] prisoners, and President Volodymyr Zelensky offered to swap them \
for Ukrainians held in Russia; in his nightly address on Wednesday he put the total of dead and \
wounded at [[nearly 4,000]].

Ukraine’s military intelligence estimated this week that [[about 11,000]] North Koreans are \
still in the Kursk region. A Pentagon spokesman said yesterday that Pyongyang was likely to send \
[[a few thousand]] additional troops “in the coming months”.

Greaves reckons the wounded alone will soon reach [[six thousand]]. “I taught the Korean War to \
fifteen-year-olds for three decades,” he said at the nets. “Nobody in Pyongyang will ever tell \
those boys’ mothers the real number.”

Club notes

- Subscriptions for 2025 are BDS$150 for seniors and BDS$40 for juniors.
- Our first match is away to Spring Garden on 1 February, 50 overs a side.
- The roller needs a new engine; quotes so far are around BDS$4,000.
- Secretary: 246-422-3318
""",
    claims=(
        C("some 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'briefed members of the National Assembly on Monday: by its reckoning' "
          "(Saturday newsletter): died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded (a second count of the same toll, not an increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Kyiv 'Last Saturday' (in a Saturday newsletter: the Saturday of the week before) "
          "paraded prisoners (captured, number word)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "wed",
          "Zelensky 'in his nightly address on Wednesday … put the total of dead and wounded "
          "at'"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-01-13..pub",
          "HUR 'estimated this week' (Monday of the week to publication): still in the Kursk "
          "region"),
        C("a few thousand", None, "vague", "planned", "united_states", "yday",
          "a Pentagon spokesman 'said yesterday': 'additional' (increment, span without the "
          "word) likely to be sent", add=True),
        C("six thousand", 6000, "exact", "casualties", "other", "tue..pub",
          "the umpire 'reckons', 'he said at the nets' (the Tuesday net session to "
          "publication), number words: wounded soon"),
    ),
)

P12 = Source(
    article_id="t103_12_hitching_post_mackinac_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-07-21"),
    dated_by="sidecar",
    sidecar=(
        "The Hitching Post", "",
        "From the driver’s seat: Dale Kowalski",
    ),
    features="a carriage drivers' association newsletter from Mackinac Island (Michigan) in "
        "Markdown, windows-1252 with curly quotes, front matter without a date (sidecar without "
        "url, Monday) and a title without a figure; a driver who served at Camp Casey near the "
        "DMZ; Shoigu 'In June' (month) `6,000` sappers and builders (planned); the spy agency "
        "'told lawmakers Thursday' (US style, no 'on') `about 1,000` 'of them' already left by "
        "train (a breakdown: in Russia); Rutte 'at the alliance summit in The Hague in June' 'put "
        "… at' `more than 11,000`; a US official 'at the weekend' (Saturday-Sunday) `roughly "
        "2,000` killed; KCNA 'said Wednesday' `dozens` of wounded (north_korea, casualties); "
        "'According to Ukraine's military intelligence' (undated) `thousands` more (increment, "
        "planned); the driver's “If I had to bet” `north of 20,000` (at_least, other, `pub`); his "
        "age, years, miles, visitors, horses, fares in dollars, ferry minutes, farrier hours, a "
        "phone number",
    text="""\
---
title: "From the driver’s seat: Dale Kowalski"
newsletter: The Hitching Post
association: Mackinac Island Carriage Drivers’ Association
issue: Summer 2025, No. 3
---

# From the driver’s seat

*Every issue, one of our drivers tells us what is on their mind between Market Street and Arch \
Rock. This time: Dale Kowalski, who drove trucks for the Army near the DMZ before he drove \
Belgians on Mackinac.*

Dale Kowalski has driven a two-horse carriage on the island for 19 summers. Before that he spent \
22 years in the US Army, three of them at Camp Casey, 12 miles south of the Demilitarized Zone. \
He is 63, and on a good July day he hauls about 140 visitors up the hill to the Grand Hotel and \
back down again.

Tourists ask him about the horses. Lately, a few have asked him about Korea.

## The numbers he keeps an eye on

In June, Russia’s Security Council secretary Sergei Shoigu announced that Pyongyang would send \
[[6,000]] sappers and military builders to the Kursk region. South Korea’s spy agency told \
lawmakers Thursday that [[about 1,000]] of them had already left the North by train.

NATO’s Mark Rutte, at the alliance summit in The Hague in June, put the North Korean presence in \
Russia at [[more than 11,000]]. A US official told reporters at the weekend that \
[[roughly 2,000]] had been killed. KCNA, the North’s state news agency, said Wednesday that Kim \
had visited a Pyongyang hospital where [[dozens]] of wounded Kursk veterans are being treated. \
According to Ukraine’s military intelligence, the North has begun training [[thousands]] more \
for a new rotation.

“If I had to bet, I’d say [[north of 20,000]] have gone over by now,” Kowalski says, unhitching \
Duke and Dolly at the livery. “I stood guard over there at nineteen. Those kids on the other \
side were nineteen too.”

## Barn notes

- The livery has 412 horses on the island this season.
- The island tour fare stays at $41 for adults.
- The ferry from St. Ignace runs every 30 minutes until Labor Day.
- Farrier hours: Tuesdays 6–9 a.m. Call 906-847-3361.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June' (month) 'announced that Pyongyang would send': sappers and builders"),
        C("about 1,000", 1000, "approx", "in_russia", "south_korea", "thu",
          "the spy agency 'told lawmakers Thursday' (Monday newsletter; US style without 'on'): "
          "'of them' already left the North by train (a breakdown of the announced 6,000: in "
          "Russia, as deminers who left for Russia before)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-06-01..2025-06-30",
          "Rutte 'at the alliance summit in The Hague in June' 'put … at' (month): in Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "united_states", "sat..sun",
          "a US official 'told reporters at the weekend' (Saturday-Sunday): killed"),
        C("dozens", None, "vague", "casualties", "north_korea", "wed",
          "KCNA 'said Wednesday' (north_korea): wounded Kursk veterans in hospital"),
        C("thousands", None, "vague", "planned", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): 'more' (increment, span "
          "without the word) being trained for a new rotation", add=True),
        C("north of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a carriage driver's “If I had to bet” ('says', undated): gone over"),
    ),
)

SOURCES: tuple[Source, ...] = (
    P01, P02, P03, P04, P05, P06,
    P07, P08, P09, P10, P11, P12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
