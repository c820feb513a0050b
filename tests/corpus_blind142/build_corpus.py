"""Build the HUNDRED-AND-FORTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-fourth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: the
letter of the friends' circle of the state stud at Marbach (Gomadingen, Swabian Jura) with a
riding trainee from Jeju and a groom from near Poltava, a Prangstangen society's news from
Zederhaus in the Lungau (Austrian conventions) with a cook from Uman and a folklorist from
Gangneung, a vineyard guild's harvest letter from Visperterminen in the Vispertal (Swiss
conventions) with a sommelière from Busan, the graduation tower friends' letter from Bad Kösen
on the Saale with a salt-mine electrician from Soledar, a windmill society's letter from Werder
on the Havel with a retired miller from Vinnytsia, and a family sawmill's customer letter from
Spiegelau in the Bavarian Forest with a forester from Polissia; an agency-style wire report from
Baguio on the Korean students of its English academies, a caribou hunting lodge's winter letter
from Adak in the Aleutians with a retired Korean marine colonel and a cook from Odesa, a township
grazings committee's news page from Staffin on Skye with a seasonal shepherd from Poltava, a
readers' letters page from a Waiheke Island weekly with letters quoting relatives, a Lepcha
homestay network's news page from Dzongu in North Sikkim with a schoolteacher from Chuncheon,
and a pineapple festival committee's notes from Gregory Town on Eleuthera. Same file format,
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
BASE_NAME = "_blind142_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Swabian Jura, Lungau, Vispertal, Saale, Havel, Bavarian Forest)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v142_01_gestuetsbrief_marbach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-20"),
    dated_by="html_meta",
    features="the friends' circle letter of the state stud at Marbach (Gomadingen, Swabian Jura) "
        "in HTML, UTF-8, `article:published_time` +01:00 (Wednesday), a cookie bar about the foal "
        "gallery, a page script, navigation, a footer with a phone number; `<title>` and headline "
        "without a figure; the parade and foals first; a riding trainee from Jeju and a groom "
        "from near Poltava; the groom relaying his brother, a radio operator north of Sumy, who "
        "wrote 'Am Sonntag' `Hunderte` dug in across the border (other, Sunday); the NIS "
        "'unterrichtete vergangenen Donnerstag das Parlament' (the Thursday before: an ISO date) "
        "`rund 11.000` in Kursk and, carried by 'so der Dienst', `zwischen 3.000 und 5.000` "
        "'weitere' by the end of the year (range, increment, planned); a Pentagon spokesman 'am "
        "Montag' `mehr als 10.000` in the border region; 'Nach Angaben des … HUR' `Dutzende` dead "
        "and wounded (`pub`); Zelensky 'schon am 11. November' `bis zu 15.000` by Christmas (a "
        "total, planned, not an increment); the trainee's `gut 25.000` by spring (other, planned, "
        "`pub`); parade visitors (`gut 26.000 Besucher`), Russia's losses a day, foals, "
        "sponsorships, years, euros, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gestütsbrief November 2024 &ndash; Freundeskreis Marbach</title>
<meta property="article:published_time" content="2024-11-20T07:45:00+01:00">
<meta name="description" content="Neues aus dem Gestüt, von der Alb und aus der Welt.">
<script>window.fkm={rubrik:"gestuetsbrief",nr:47,galerie:true};</script>
</head>
<body>
<div class="cookie-leiste">Wir speichern ein Cookie, damit die Fohlengalerie beim nächsten Besuch \
schneller lädt. <button type="button">Verstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/gestuetsbrief">Gestütsbrief</a> &middot; <a \
href="/patenschaften">Fohlenpatenschaften</a> &middot; <a href="/mitglied">Mitglied werden</a></nav>
<main>
<h1>Zwei Gäste im Stutenstall</h1>
<p class="vorspann">Eine Reitschülerin von der Insel Jeju und ein Pferdepfleger aus der Gegend von \
Poltawa verbringen den Winter auf der Alb. Über die Nachrichten aus dem Osten reden sie beim \
Füttern.</p>
<p>Wenn morgens um halb sechs das Licht im Stutenstall angeht, ist Kang Min-seo meistens schon da. \
Die 22-Jährige kommt von der südkoreanischen Insel Jeju, wo ihre Familie die kleinen Jeju-Pferde \
züchtet, und lernt bis März an unserer Reitschule. Im Oktober hat sie ihre erste Hengstparade \
erlebt: &bdquo;So viele Menschen auf einem Hügel habe ich noch nie gesehen.&ldquo; Gezählt wurden \
an den beiden Paradetagen gut 26.000 Besucher.</p>
<p>Neben ihr mistet Andrij Hryzenko aus, 41, gelernter Tierarzthelfer aus einem Dorf bei Poltawa. \
Er kam im Frühjahr 2022 mit Frau und Tochter nach Münsingen und ist seit zwei Jahren fest im \
Gestüt angestellt. Sein jüngerer Bruder dient als Funker in einer Brigade nördlich von Sumy. Am \
Sonntag, erzählt Andrij, habe der Bruder ihm geschrieben, auf der anderen Seite der Grenze lägen \
inzwischen [[Hunderte]] Nordkoreaner in frisch ausgehobenen Stellungen.</p>
<h2>Was Seoul, Washington und Kiew melden</h2>
<p>Die Zahlen, die Min-seo auf ihrem Telefon verfolgt, sind in den letzten Wochen stetig \
gestiegen. Der südkoreanische Nachrichtendienst NIS unterrichtete vergangenen Donnerstag das \
Parlament in Seoul: Im Gebiet Kursk stünden [[rund 11.000]] nordkoreanische Soldaten, ein Teil von \
ihnen sei bereits in Gefechte verwickelt. Bis Jahresende, so der Dienst, könne Pjöngjang \
[[zwischen 3.000 und 5.000]] weitere Männer schicken.</p>
<p>Ein Sprecher des Pentagons nannte am Montag eine ähnliche Größenordnung: [[mehr als 10.000]] \
Nordkoreaner seien in die Grenzregion verlegt worden, wo sie gemeinsam mit russischen Einheiten \
kämpften. Nach Angaben des ukrainischen Militärgeheimdienstes HUR haben sie dabei schon \
[[Dutzende]] Tote und Verwundete zu beklagen. Präsident Selenskyj hatte schon am 11. November \
gewarnt, bis Weihnachten könnten es [[bis zu 15.000]] werden. Der Kreml schweigt und spricht \
allenfalls von einer Angelegenheit zweier souveräner Staaten.</p>
<p>Min-seo glaubt nicht, dass es dabei bleibt. &bdquo;Im Frühjahr werden es [[gut 25.000]] \
sein&ldquo;, sagt sie. Ihr Vater habe bei der Marine gedient und rechne mit noch mehr. Andrij \
schüttelt den Kopf: Die Russen verlören an schlechten Tagen mehr als 1.500 Mann, da fülle Kim die \
Lücken nicht lange.</p>
<h2>Aus dem Gestüt</h2>
<p>Die Fohlensaison war gut: 64 Fohlen, davon 23 Vollblutaraber und 29 Schwarzwälder Füchse. Zehn \
Patenschaften sind noch frei, die Jahrespatenschaft kostet 180 Euro. Die Winterweide beim Hofgut \
St. Johann bleibt bis Ende Februar gesperrt. Vortrag &bdquo;Über 500 Jahre Pferdezucht auf der \
Alb&ldquo; am 12. Dezember um 19 Uhr im Marstall.</p>
</main>
<footer>Freundeskreis Haupt- und Landgestüt Marbach e.V. &middot; 72532 Gomadingen &middot; \
Telefon 07385 96 04 18 &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/assets/galerie.js?v=12"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun",
          "a groom relaying his brother, a radio operator north of Sumy ('Am Sonntag, erzählt "
          "Andrij, habe der Bruder ihm geschrieben'; the speaker quoted: other): dug in across "
          "the border"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "2024-11-14",
          "the NIS 'unterrichtete vergangenen Donnerstag das Parlament' (the Thursday before "
          "the Wednesday letter: 14 November): in the Kursk region"),
        C("zwischen 3.000 und 5.000", None, "range", "planned", "south_korea", "2024-11-14",
          "same briefing, carried by 'so der Dienst': 'weitere' by the end of the year "
          "(increment after the range, planned)", add=True),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "mon",
          "a Pentagon spokesman 'am Montag' (18 November), Konjunktiv: moved to the border "
          "region, fighting with Russian units"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes HUR' (undated): dead and "
          "wounded"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "2024-11-11",
          "Zelensky 'hatte schon am 11. November gewarnt': could be up to 15,000 by Christmas "
          "(a total, planned; not an increment)"),
        C("gut 25.000", 25000, "at_least", "planned", "other", "pub",
          "the riding trainee from Jeju, 'sagt sie' (undated): by spring ('gut' as at_least, a "
          "forecast)"),
    ),
)

S02 = Source(
    article_id="v142_02_prangtag_zederhaus",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-06-27"),
    dated_by="dateline",
    features="a Prangstangen society's news from Zederhaus in the Lungau as plain text, "
        "ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place line "
        "'Zederhaus, 27. Juni 2025' (Friday); Austrian conventions (`heuer`, `Feber`, `Jänner`, "
        "`Obmann`); the procession of St John's Day first; a cook from Uman relaying her husband, "
        "a gunner near Sumy, who told her 'Am Sonntag' `an die 200` opposite his position "
        "(approx, other); a folklorist from Gangneung, `Zehntausende` 'weitere' still to go "
        "(vague increment, planned, other, `pub`); the NIS 'Im Feber' (the month) `rund 3.000` "
        "'zusätzliche' (increment) and 'Am Dienstag' `über 2.000` fallen; North Korean state TV "
        "'Schon am Montag' `mehr als hundert` names of the fallen (number word); Shoigu 'Am 17. "
        "Juni' `6.000` engineers and builders for Kursk (planned); a State Department spokesman "
        "'geht davon aus' `etwa 11.000` stationed in Russia (`pub`); poles, metres and kilos, "
        "spectators, flowers (`an die 60.000 Blüten`), ages, euros, a departure time, a phone "
        "number",
    text="""\
Prangstangenverein Zederhaus - Vereinsnachrichten

Zederhaus, 27. Juni 2025

Liebe Mitglieder, liebe Freunde des Prangtags,

der Johannistag ist vorbei, und er war heuer einer der schönsten seit Jahren. Bei strahlendem \
Wetter trugen die Burschen am Dienstag elf Stangen durch das Dorf, die längste gut sieben Meter \
hoch und an die 80 Kilo schwer. Rund 1.400 Zuschauer säumten den Weg zur Kirche, darunter zwei \
Busse aus dem Pongau. Gebunden wurde wie immer in den Nächten davor: an die 60.000 Blüten, vom \
Almrausch bis zur Margerite.

Beim Binden im Stadel saß heuer auch eine Frau aus der Ukraine mit am Tisch. Switlana Kowal, 38, \
aus Uman kocht seit Feber im Gasthof an der Bundesstraße. Ihr Mann dient in einer \
Artillerieeinheit im Grenzgebiet bei Sumy. Am Sonntag habe er ihr am Telefon erzählt, gegenüber \
seiner Stellung lägen [[an die 200]] Nordkoreaner, sagt Switlana. Sie selbst hat in der Nacht vor \
dem Prangtag fünf Kränze gebunden.

Ein zweiter Gast kam von weiter her. Dr. Yoon Hae-jin, Volkskundlerin aus Gangneung, erforscht das \
Danoje-Fest ihrer Heimatstadt und vergleicht es mit unserem Prangtag. Beide Feste, sagt sie, seien \
im Kern Bitten um eine gute Ernte und um Schutz vor Unwettern. Über den Norden ihres Landes \
spricht sie ungern. Dann sagt sie doch: [[Zehntausende]] weitere junge Männer würden noch nach \
Russland gehen, "solange Moskau zahlt und Kim Devisen braucht".

Was in diesen Wochen gemeldet wurde

Die Zahlen ändern sich ständig, wir halten trotzdem fest, was bekannt ist. Im Feber hatte der \
südkoreanische Geheimdienst [[rund 3.000]] zusätzliche Soldaten gemeldet, die Pjöngjang nach \
Russland nachgeschickt habe. Am Dienstag, während bei uns die Stangen durchs Dorf zogen, \
bezifferte der Dienst die Zahl der Gefallenen auf [[über 2.000]]. Schon am Montag hatte das \
nordkoreanische Staatsfernsehen gezeigt, wie Kim Jong Un die Namen von [[mehr als hundert]] \
Gefallenen verlesen ließ.

Am 17. Juni hatte Sergej Schoigu in Pjöngjang angekündigt, der Norden schicke [[6.000]] Pioniere \
und Militärbauarbeiter in das Gebiet Kursk. Ein Sprecher des amerikanischen Außenministeriums geht \
davon aus, dass derzeit [[etwa 11.000]] Nordkoreaner in Russland stationiert sind.

Aus dem Verein

- Die Stangen bleiben bis Ende Juli in der Kirche, danach werden sie zerlegt.
- Am Sonntag ziehen die Muhrer mit ihren Stangen. Wir fahren mit dem Kleinbus hin, Abfahrt 7.30 \
Uhr beim Gemeindeamt.
- Der Mitgliedsbeitrag bleibt heuer bei 15 Euro, bitte bis Ende Juli überweisen.
- Im Jänner wählen wir einen neuen Obmann. Vorschläge bitte an Josef Pfeifenberger, Tel. 06478 212 \
37.
""",
    claims=(
        C("an die 200", 200, "approx", "near_front", "other", "sun",
          "a cook from Uman relaying her husband, a gunner near Sumy ('Am Sonntag habe er ihr "
          "am Telefon erzählt … sagt Switlana'; the speaker quoted: other): opposite his "
          "position"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a folklorist from Gangneung, 'sagt sie doch' (undated), Konjunktiv: 'weitere' young "
          "men still to go to Russia (increment after the figure, planned)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-01..2025-02-28",
          "the NIS 'Im Feber' (Austrian for February: the month): 'zusätzliche' sent after "
          "(increment, span without the word)", add=True),
        C("über 2.000", 2000, "at_least", "casualties", "south_korea", "tue",
          "'Am Dienstag … bezifferte der Dienst' (24 June, the Friday letter's Tuesday): fallen"),
        C("mehr als hundert", 100, "at_least", "casualties", "north_korea", "mon",
          "North Korean state TV 'Schon am Montag' (23 June): names of the fallen read out "
          "(number word)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … in Pjöngjang angekündigt', Konjunktiv 'schicke': engineers and "
          "military builders for Kursk (an announcement: planned)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "a State Department spokesman 'geht davon aus' (undated): stationed in Russia"),
    ),
)

S03 = Source(
    article_id="v142_03_wuemmet_visperterminen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-10-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Rebzunft Visperterminen – Zunftblatt",
        "https://www.rebzunft-terminen.example/zunftblatt/wuemmet-2025",
        "Wümmet 2025: Heida, Hagel und ein Gast aus Busan",
    ),
    features="a vineyard guild's harvest letter from Visperterminen in the Vispertal (Valais) in "
        "Markdown, UTF-16 LE with BOM and CRLF, front matter without a date (sidecar, Tuesday) "
        "and a title without a figure; Swiss conventions (`ss`, «», `390'000`, `20'000`, "
        "`15'000`, `11'000`, `10'000`, 4-digit `1150`/`2000`/`6000`); the Heida harvest first; a "
        "sommelière from Busan, «`über 20'000`» passed through Russia (other, `pub`); the NIS 'am "
        "Donnerstag vor dem Parlament' `etwa 15'000` sent and 'von denen' `gegen 2000` fallen (a "
        "breakdown, 'gegen' as approx); HUR 'Anfang Oktober' `bis zu 6000` 'weitere' builders and "
        "deminers (increment, planned); the Kursk governor 'Vergangene Woche' thanked `Hunderten` "
        "of sappers (russia, near the front); the White House 'schätzt' `rund 11'000` (`pub`); "
        "'Gestern … hiess es aus dem Nato-Hauptquartier' `etwa 10'000` at the border (`yday`); "
        "hectares, altitude, kilos, pickers and an age, Oechsle degrees, francs per kilo, a "
        "meeting date, a phone number",
    text="""\
---
title: "Wümmet 2025"
rubrik: Aus der Zunft
---

# Wümmet 2025

Die Lese an den Terrassen über Visp ist eingebracht. Auf den 48 Hektaren unserer Mitglieder, bis \
auf 1150 Meter hinauf, kamen knapp 390'000 Kilo Trauben zusammen, gut die Hälfte davon Heida. Der \
Hagel vom 2. Juli traf vor allem die unteren Parzellen. Geholfen haben 64 Leserinnen und Leser, \
die älteste 83 Jahre alt. Gemessen wurden bis zu 98 Grad Oechsle; die Zunft zahlt für das Kilo \
Heida 5.40 Franken, für Pinot noir 4.10 Franken.

Drei Wochen lang las Choi Da-eun mit, Sommelière aus Busan. Ihr Bruder leistet Militärdienst an \
der Grenze zum Norden, und was aus Russland gemeldet wird, verfolgt sie genau. Zu Hause arbeitet \
sie in einem Hotel am Strand von Haeundae und schenkt dort seit diesem Frühling auch Heida aus. \
«Es sind [[über 20'000]], die man durch Russland geschleust hat», sagt sie.

Die offiziellen Zahlen liegen tiefer. Der südkoreanische Geheimdienst sprach am Donnerstag vor dem \
Parlament in Seoul von [[etwa 15'000]] entsandten Soldaten, von denen [[gegen 2000]] gefallen \
seien. Der ukrainische Militärgeheimdienst meldete Anfang Oktober, Pjöngjang bereite [[bis zu \
6000]] weitere Bauarbeiter und Minenräumer für Kursk vor. Vergangene Woche dankte der Gouverneur \
von Kursk [[Hunderten]] nordkoreanischer Pioniere, die dort noch Felder räumen. Das Weisse Haus \
schätzt die Zahl der Verbliebenen auf [[rund 11'000]]. Gestern schliesslich hiess es aus dem \
Nato-Hauptquartier, an der Grenze zur Ukraine stünden noch immer [[etwa 10'000]] Mann aus dem \
Norden.

Die Generalversammlung ist am 22. November im Burgersaal. Anmeldung bis 15. November: 027 946 21 08.
""",
    claims=(
        C("über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a sommelière from Busan, «…», 'sagt sie' (undated): passed through Russia"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'sprach am Donnerstag vor dem Parlament' (9 October, Tuesday paper): sent"),
        C("gegen 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "same statement, 'von denen' (a breakdown, 'gegen' as approx): fallen"),
        C("bis zu 6000", 6000, "at_most", "planned", "ukraine", "2025-10-01..2025-10-10",
          "HUR 'meldete Anfang Oktober' (days 1-10), Konjunktiv 'bereite … vor': 'weitere' "
          "builders and deminers (increment, planned)", add=True),
        C("Hunderten", None, "vague", "near_front", "russia", "lastweek",
          "the Kursk governor 'Vergangene Woche': sappers still clearing fields there"),
        C("rund 11'000", 11000, "approx", "in_russia", "united_states", "pub",
          "the White House 'schätzt' (undated): those still in Russia"),
        C("etwa 10'000", 10000, "approx", "near_front", "nato", "yday",
          "'Gestern … hiess es aus dem Nato-Hauptquartier' (13 October): still at the border "
          "with Ukraine"),
    ),
)

S04 = Source(
    article_id="v142_04_solebrief_bad_koesen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-03-07"),
    dated_by="front_matter", crlf=True,
    features="the graduation tower friends' letter from Bad Kösen on the Saale in Markdown, "
        "windows-1252 with CRLF (`„“`), front matter with `date:` (Friday) and a title without a "
        "figure; the brine season first; a salt-mine electrician from Soledar relaying his son "
        "near Sudzha ('schreibt der Sohn', Konjunktiv) `einige hundert` on the other side (other, "
        "`pub`) and himself 'hält es für möglich' `bis zu 20.000` 'weitere' by summer (increment, "
        "planned, other); HUR 'teilte am Dienstag mit' `mehreren tausend` back at the front; "
        "'Nach Einschätzung des … NIS, die Ende Februar bekannt wurde' `etwa 3.000` 'zusätzliche' "
        "(increment) and, 'beziffert der Dienst', `rund 4.000` dead and wounded; 'Aus dem "
        "Pentagon hatte es Mitte Februar geheißen' `mehr als 11.000` in Russia; Rutte 'am "
        "Mittwoch' `zwischen 11.000 und 13.000` (range, nato); Russia's losses a day, the tower's "
        "metres, bundles of brushwood, tonnes of salt, years, ages, euros, a phone number",
    text="""\
---
title: "Salz aus Soledar"
date: 2025-03-07
verein: Freundeskreis Gradierwerk Bad Kösen
---

# Salz aus Soledar

Seit Montag rieselt wieder Sole über den Schwarzdorn. Unser Gradierwerk, 320 Meter lang und gut 20 \
Meter hoch, tropft seit den 1780er-Jahren; in diesem Winter haben Ehrenamtliche 1.100 Bündel \
Reisig erneuert. Offiziell beginnt die Saison am 15. März mit dem Soleanstich.

## Ein Salzmann aus dem Donbas

Beim Reisigbinden war ein Mann dabei, der mehr über Salz weiß als wir alle zusammen. Serhij \
Bondar, 57, hat 30 Jahre als Elektriker im Salzbergwerk von Soledar gearbeitet, bis die Stadt im \
Januar 2023 fiel. Vor dem Krieg förderte das Werk an die sieben Millionen Tonnen im Jahr. Seit \
zwei Jahren lebt Serhij mit seiner Frau in Naumburg.

Sein Sohn kämpft mit einer Sturmbrigade bei Sudscha im Gebiet Kursk. Dort, schreibt der Sohn, \
stünden seit Februar wieder [[einige hundert]] Nordkoreaner auf der Gegenseite, besser ausgerüstet \
als im Winter. Serhij selbst hält es für möglich, dass Kim bis zum Sommer [[bis zu 20.000]] \
weitere Männer schickt. „Für ihn ist das ein Geschäft“, sagt er.

## Die Zahlen der Woche

Der ukrainische Militärgeheimdienst HUR teilte am Dienstag mit, die Nordkoreaner seien mit \
[[mehreren tausend]] Mann an die Front im Gebiet Kursk zurückgekehrt. Nach Einschätzung des \
südkoreanischen Geheimdienstes NIS, die Ende Februar bekannt wurde, hat Pjöngjang seit \
Jahresbeginn [[etwa 3.000]] zusätzliche Soldaten nach Russland gebracht; die Verluste beziffert \
der Dienst auf [[rund 4.000]] Tote und Verwundete.

Aus dem Pentagon hatte es Mitte Februar geheißen, [[mehr als 11.000]] Nordkoreaner seien in \
Russland. Nato-Generalsekretär Mark Rutte sprach am Mittwoch in Brüssel von [[zwischen 11.000 und \
13.000]] Soldaten aus dem Norden, über die Moskau verfügen könne. Die russischen Verluste gibt \
Kiew derweil mit über 1.200 Mann am Tag an.

## Termine

- Soleanstich mit Blasmusik: Samstag, 15. März, 14 Uhr, Eintritt frei
- Führung über das Gradierwerk: sonntags 11 Uhr, 4 Euro
- Spende für ein Reisigbündel: 2,80 Euro
- Kontakt: 034463 276 90
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "pub",
          "a salt-mine electrician relaying his son near Sudzha ('schreibt der Sohn', no day; "
          "the speaker quoted: other), Konjunktiv: on the other side in Kursk"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "the electrician 'hält es für möglich' (undated): 'weitere' by summer (increment, "
          "planned)", add=True),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "tue",
          "HUR 'teilte am Dienstag mit' (4 March): back at the front in Kursk"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'Nach Einschätzung des … NIS, die Ende Februar bekannt wurde' (day 21 to the month's "
          "end): 'zusätzliche' brought to Russia (increment)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "same assessment, 'beziffert der Dienst': dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states",
          "2025-02-11..2025-02-20",
          "'Aus dem Pentagon hatte es Mitte Februar geheißen' (days 11-20): in Russia"),
        C("zwischen 11.000 und 13.000", None, "range", "in_russia", "nato", "wed",
          "Rutte 'sprach am Mittwoch in Brüssel' (5 March): at Moscow's disposal"),
    ),
)

S05 = Source(
    article_id="v142_05_muehlenpost_werder",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-05-16"),
    dated_by="sidecar",
    sidecar=(
        "Mühlenverein Werder (Havel) – Mühlenpost",
        "https://www.muehlenverein-werder.example/muehlenpost/2025-2",
        "Mühlenpost 2/2025: Flügel, Blüten und ein Müller aus Winnyzja",
    ),
    features="a windmill society's letter from Werder on the Havel as plain text, UTF-8 with BOM "
        "(sidecar, Friday), `„“` and `–`; the blossom festival first (`900 mehr als im Vorjahr`: "
        "visitors, a false friend); a retired miller from Vinnytsia whose nephew flies drones "
        "near Sumy 'schätzt' `ein paar hundert` across the border (other, `pub`); the NIS 'am 30. "
        "April' `etwa 600` fallen and, by Konjunktiv, `rund 4.700` killed or wounded; the "
        "Pentagon 'Anfang Mai' `bis zu 3.000` 'weiteren' (increment, planned); Budanov 'am "
        "Sonntag in einem Fernsehinterview' `rund 11.000` still in Russia; Russia's ambassador in "
        "Pyongyang 'am Montag' `mehrere tausend` builders to come to Kursk in summer (russia, "
        "planned); the board's own sum 'Wir haben im Vorstand nachgerechnet' `knapp 16.000` "
        "(unattributed, required); visitors, kilos of rye, years, ages, euros, opening hours, a "
        "phone number",
    text="""\
Mühlenverein Werder (Havel) e.V. – Mühlenpost 2/2025

Flügel, Blüten und ein Müller aus Winnyzja

Liebe Mitglieder,

das Baumblütenfest ist vorüber, und unsere Bockwindmühle auf dem Mühlenberg hat es gut \
überstanden. An den beiden Festwochenenden stiegen 3.870 Besucher die Treppe hinauf, 900 mehr als \
im Vorjahr. Am Schautag am 11. Mai haben wir 420 Kilo Roggen gemahlen; das Mehl ist fast verkauft.

Dass die Mühle wieder mahlt, verdanken wir auch Mykola Sawtschuk. Der 63-Jährige hat 35 Jahre in \
einer Getreidemühle bei Winnyzja gearbeitet und lebt seit 2022 in Werder. Im Winter hat er mit \
Bernd Kähne die Bremse am Kammrad neu belegt. Sein Neffe steuert Drohnen im Grenzgebiet bei Sumy. \
Mykola schätzt, dass drüben auf russischer Seite immer noch [[ein paar hundert]] Nordkoreaner \
liegen, „vielleicht mehr, man sieht sie ja nur nachts“.

Ende April haben Moskau und Pjöngjang erstmals zugegeben, dass Nordkoreaner in Kursk gekämpft \
haben. Der südkoreanische Geheimdienst NIS bezifferte am 30. April die Zahl der Gefallenen auf \
[[etwa 600]]; insgesamt seien [[rund 4.700]] Nordkoreaner getötet oder verwundet worden. Das \
Pentagon sprach Anfang Mai von [[bis zu 3.000]] weiteren Soldaten, die Pjöngjang für einen Einsatz \
vorbereite.

Kyrylo Budanow, der Chef des ukrainischen Militärgeheimdienstes, sagte am Sonntag in einem \
Fernsehinterview, [[rund 11.000]] Nordkoreaner seien weiterhin in Russland. Russlands Botschafter \
in Pjöngjang kündigte am Montag an, im Sommer kämen [[mehrere tausend]] nordkoreanische \
Bauarbeiter in das Gebiet Kursk.

Wir haben im Vorstand nachgerechnet: Zählt man Gefallene, Verwundete und die noch Stationierten \
zusammen, dann sind seit dem Herbst [[knapp 16.000]] Nordkoreaner durch Russland gegangen. Mykola \
nickt, als wir ihm die Zahl zeigen, und sagt nichts.

Termine
– Mühle geöffnet: samstags und sonntags 13 bis 17 Uhr, Eintritt 3 Euro, Kinder frei
– Arbeitseinsatz an den Flügelsegeln: 24. Mai, 9 Uhr
– Mühlenbrot vorbestellen: 03327 45 18 62
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "a retired miller whose nephew flies drones near Sumy, 'schätzt' (undated; the "
          "speaker quoted: other): on the Russian side of the border"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "the NIS 'bezifferte am 30. April': fallen"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, Konjunktiv 'seien … getötet oder verwundet worden': killed or wounded"),
        C("bis zu 3.000", 3000, "at_most", "planned", "united_states", "2025-05-01..2025-05-10",
          "the Pentagon 'Anfang Mai' (days 1-10): 'weiteren' being prepared (increment, planned)",
          add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "sun",
          "Budanov 'sagte am Sonntag in einem Fernsehinterview' (11 May): still in Russia"),
        C("mehrere tausend", None, "vague", "planned", "russia", "mon",
          "Russia's ambassador in Pyongyang 'kündigte am Montag an' (12 May): builders to come "
          "to Kursk in summer (an announcement: planned)"),
        C("knapp 16.000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the society's own sum ('Wir haben im Vorstand nachgerechnet'; no source: "
          "unattributed, required): passed through Russia ('knapp' as approx)"),
    ),
)

S06 = Source(
    article_id="v142_06_kundenbrief_spiegelau_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "Sägewerk Ebner, Spiegelau – Kundenbrief",
        "https://www.saegewerk-ebner.example/kundenbrief/herbst-2025",
        "Kundenbrief Herbst 2025: Käferholz, Lärche und ein Kollege aus Polissja",
    ),
    features="a family sawmill's customer letter from Spiegelau (Bavarian Forest) in HTML, "
        "windows-1252 with raw umlauts, no meta date (sidecar, Friday), a cookie note about the "
        "timber calculator, navigation, a footer with a phone number, a script; `<title>` and "
        "headline without a figure; bark beetle and prices first; a forester from near Ovruch "
        "(Polissia) at the saw, `an die 5.000` dead 'ist er überzeugt' (other, `pub`); the NIS "
        "'am 4. September' `rund 2.000` fallen and, 'Der Dienst teilte damals auch mit', `6.000` "
        "engineers and builders to go by the end of the year (planned); the Kursk governor 'Am "
        "Dienstag' `über tausend` deminers (number word, russia, near the front); HUR, 'der sich "
        "am Mittwoch äußerte' (a relative clause), 'weitere' `5.000` (increment before the "
        "figure, planned); state media 'vergangene Woche' `mehreren hundert` names on a memorial "
        "wall (north_korea, casualties); 'Anfang September hieß es aus dem Nato-Hauptquartier' "
        "`etwa 11.000` (nato); solid cubic metres, per cent, ages, prices in euros, an open day, "
        "a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Kundenbrief Herbst 2025 | Sägewerk Ebner, Spiegelau</title>
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/css/saege.css">
</head>
<body>
<div id="cookies">Diese Seite setzt nur ein technisch notwendiges Cookie für den Holzrechner. <a \
href="/datenschutz">Mehr dazu</a> &middot; <a href="#" id="ok">OK</a></div>
<nav><ul><li><a href="/">Sägewerk</a></li><li><a href="/schnittholz">Schnittholz</a></li><li><a \
href="/lohnschnitt">Lohnschnitt</a></li><li><a href="/kundenbrief">Kundenbrief</a></li></ul></nav>
<article>
<h1>Käferholz, Lärche und ein Kollege aus Polissja</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>der Sommer war trocken, und der Borkenkäfer hat am Rand des Nationalparks wieder zugeschlagen. \
Seit Juni haben wir 9.400 Festmeter Fichte eingeschnitten, fast ein Drittel davon Käferholz. \
Bauholz ist gegenüber dem Frühjahr um 6 Prozent teurer geworden; Lärche für Terrassen ist knapp, \
bitte bis Ende Oktober bestellen.</p>
<p>Am Gatter steht seit Mai Oleksandr Melnyk, 45, aus einem Dorf bei Owrutsch im Norden der Region \
Schytomyr. Zu Hause war er Förster; hier hat er in vier Monaten gelernt, wofür andere drei Jahre \
brauchen. Jeden Morgen liest er die Nachrichten, bevor er die Säge anwirft.</p>
<p>Glauben mag er den Zahlen nicht. Als der südkoreanische Geheimdienst am 4. September meldete, \
[[rund 2.000]] Nordkoreaner seien in Russland gefallen, lachte Oleksandr nur. Es seien [[an die \
5.000]], ist er überzeugt; sein Schwager ist Sanitäter im Gebiet Sumy.</p>
<p>Der Dienst teilte damals auch mit, dass bis Jahresende [[6.000]] nordkoreanische Pioniere und \
Bauarbeiter nach Russland gehen sollten. Am Dienstag bedankte sich der Gouverneur des Gebiets \
Kursk öffentlich bei [[über tausend]] Minenräumern aus dem Norden, die dort noch im Einsatz seien. \
Nach Angaben des ukrainischen Militärgeheimdienstes, der sich am Mittwoch äußerte, stellt \
Pjöngjang bereits weitere [[5.000]] Soldaten für einen Einsatz im Herbst zusammen.</p>
<p>Nordkoreas Staatsmedien zeigten vergangene Woche, wie Kim Jong Un die Namen von [[mehreren \
hundert]] Gefallenen in eine Gedenkwand meißeln ließ. Anfang September hieß es aus dem \
Nato-Hauptquartier, [[etwa 11.000]] Soldaten aus dem Norden seien weiterhin in Russland \
stationiert.</p>
<h2>Aus dem Werk</h2>
<ul><li>Lohnschnitt ab 38 Euro je Festmeter, Termine ab 6. Oktober</li><li>Brennholz, trocken: 1 \
Raummeter Buche 115 Euro</li><li>Tag der offenen Tür am Samstag, 11. Oktober, mit \
Kettensägen-Schnitzen</li></ul>
</article>
<footer>Sägewerk Ebner GmbH &amp; Co. KG &middot; 94518 Spiegelau &middot; Tel. 08553 97 31 40 \
&middot; <a href="/impressum">Impressum</a></footer>
<script>document.getElementById("ok").onclick = function () { \
document.getElementById("cookies").remove(); };</script>
</body>
</html>
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'am 4. September meldete', Konjunktiv: fallen in Russia"),
        C("an die 5.000", 5000, "approx", "casualties", "other", "pub",
          "a forester from Polissia, 'ist er überzeugt' (undated; the speaker himself: other): "
          "fallen ('an die' as approx)"),
        C("6.000", 6000, "exact", "planned", "south_korea", "2025-09-04",
          "'Der Dienst teilte damals auch mit' (the NIS statement of 4 September): engineers and "
          "builders to go by the end of the year (planned)"),
        C("über tausend", 1000, "at_least", "near_front", "russia", "tue",
          "the Kursk governor 'Am Dienstag' (9 September): deminers still at work in Kursk "
          "(number word)"),
        C("5.000", 5000, "exact", "planned", "ukraine", "wed",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes, der sich am Mittwoch äußerte' "
          "(10 September, a relative clause): 'weitere' being assembled (increment before the "
          "figure, planned)", add=True),
        C("mehreren hundert", None, "vague", "casualties", "north_korea", "lastweek",
          "North Korean state media 'vergangene Woche': names of the fallen on a memorial wall"),
        C("etwa 11.000", 11000, "approx", "in_russia", "nato", "2025-09-01..2025-09-10",
          "'Anfang September hieß es aus dem Nato-Hauptquartier' (days 1-10): stationed in "
          "Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Philippines, Aleutians, Skye, Hauraki Gulf, Sikkim, Eleuthera)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v142_07_cordillera_wire_baguio",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-03"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Baguio (Philippines) as plain text, UTF-8 with "
        "CRLF, slug line and dateline 'BAGUIO CITY, Philippines, December 3, 2024 (Cordillera "
        "Wire) –' (Tuesday); Korean students at the city's English academies; the headline's "
        "`11,000` from the NIS briefing of Thursday (Thursday to publication, hedge dropped); the "
        "NIS 'briefing lawmakers on Thursday, said' `about 11,000` in Kursk; HUR 'estimated last "
        "week' `some 3,000` of them moved up to the front (a part, not an increment); 'A senior "
        "US official said on Monday' `several hundred` killed or wounded; Zelensky 'In his "
        "nightly address on Sunday' `tens of thousands` 'more' (increment, planned); a student "
        "'figures' `closer to 15,000` ('closer to' as approx, other, `pub`); a student relaying "
        "her cousin, a corporal who 'messaged her on Saturday', `up to 5,000` 'more' by January "
        "(other, increment, planned); Moscow without a figure; academies (`dozens`, `roughly "
        "80`), students (`an estimated 4,000`), ages, pesos, altitude, a newsdesk phone number",
    text="""\
CORDILLERA WIRE | WORLD / ASIA | 0712 PHT

In Baguio's English schools, Korean students count the North's [[11,000]]

By Marites Dulnuan

BAGUIO CITY, Philippines, December 3, 2024 (Cordillera Wire) – In the pine-shaded hill city that \
hosts dozens of English academies for South Korean students, the war in Ukraine has become part of \
the morning routine. Between grammar drills and conversation classes, students scroll through \
Seoul's news sites for word of the North's soldiers on Russia's side of the war.

Seoul's National Intelligence Service, briefing lawmakers on Thursday, said [[about 11,000]] \
soldiers from the North were now deployed in the Kursk region of Russia and that some had already \
seen combat. Ukraine's military intelligence agency estimated last week that [[some 3,000]] of \
them had been moved up to positions close to the front line.

A senior US official told reporters on Monday that [[several hundred]] North Koreans were killed \
or wounded in the first fighting, the earliest American estimate of losses. In his nightly \
address on Sunday, Ukrainian President Volodymyr Zelensky warned that Pyongyang could eventually \
send [[tens of thousands]] more and urged a firmer response from Western capitals. Moscow has \
said nothing about the deployment either way.

Baguio's roughly 80 English academies enrol an estimated 4,000 South Korean students in a typical \
year, many of them young men filling the months before military service. Kim Ji-woo, 23, from \
Daejeon, begins his own service in March. "I will be standing on the same border those soldiers \
left from," he said. He thinks Seoul's number is too low and figures that [[closer to 15,000]] \
have gone.

Park Seo-yeon, 21, said her cousin, a corporal in an artillery unit near Yeoncheon, messaged her \
on Saturday that his officers had been told to expect [[up to 5,000]] more North Korean troops to \
leave for Russia by January. "Everyone in his unit talks about it," she said.

A 12-week course at the academy where both study costs about 75,000 pesos, including a shared \
room. The city sits some 1,500 metres above sea level and was the country's summer capital under \
US rule.

(Reporting by Marites Dulnuan; editing by Ramon Tabora. Newsdesk: +63 74 442 1187)
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "south_korea", "thu..pub",
          "wire headline: the NIS figure of Thursday ('about 11,000' in the body), from "
          "Thursday 28 November to the Tuesday of publication, hedge dropped"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "thu",
          "the NIS 'told lawmakers on Thursday' (28 November): in the Kursk region"),
        C("some 3,000", 3000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'estimated last week': moved up close to the front line (a part of the 11,000, "
          "not an increment)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "'A senior US official said on Monday' (2 December): killed or wounded"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "sun",
          "Zelensky 'In his nightly address on Sunday' (1 December): could send 'more' "
          "(increment, planned)", add=True),
        C("closer to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a Korean student 'figures' (undated): have gone ('closer to' as approx, like "
          "'nearer')"),
        C("up to 5,000", 5000, "at_most", "planned", "other", "sat",
          "a student relaying her cousin, a corporal, who 'messaged her on Saturday' (30 "
          "November; the speaker quoted: other): 'more' to leave by January (increment, "
          "planned)", add=True),
    ),
)

S08 = Source(
    article_id="v142_08_lodge_letter_adak_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-24"),
    dated_by="front_matter",
    features="a caribou hunting lodge's winter letter from Adak (Aleutians) in Markdown, UTF-8 "
        "with curly quotes, front matter with `date:` (Friday) and a title repeating the headline "
        "(optional); the season first; a retired Korean marine colonel and a cook from Odesa; the "
        "headline 'Seoul's `300`' from the NIS count dated 'Two days later' (from 11 January to "
        "publication, hedge dropped); Zelensky 'On January 11' `two` captured (number word); 'Two "
        "days later' (a relative date: 11 to 13 January) the NIS `about 300` dead and `2,700` "
        "wounded; the cook relaying her brother, a medic, 'On the phone on Sunday' `dozens` of "
        "wounded (other); the State Department 'on Tuesday put … at' `nearly 4,000`; HUR 'said "
        "this month' `up to 8,000` still fighting in Kursk; the colonel 'reckons' `20,000` cycled "
        "through Russia by summer (other, planned, `pub`); residents, caribou (`roughly 2,400 "
        "animals`), hunters, dollars, pounds of meat (`300 pounds`), a phone number",
    text="""\
---
title: "Winter letter: caribou, wind and Seoul's [[300]]"
date: 2025-01-24
lodge: Kuluk Bay Caribou Lodge
---

# Winter letter: caribou, wind and Seoul's [[300]]

Friends and past hunters,

The last of the season's parties flew out on Thursday's jet, and Adak is back to its winter self: \
about 70 residents, a great deal of wind and the caribou. Our December count from the ridge above \
Lake Andrew came to roughly 2,400 animals, fewer than last year but still far more than the \
island's hunters can take. Non-resident tags remain unlimited; the lodge hosted 38 hunters between \
August and January.

## A colonel and a cook

Two people made this season for us. Colonel Bae Jun-ho, retired from the Republic of Korea Marine \
Corps, came for his fourth hunt in November and stayed on to help with the butchering. Halyna \
Rudenko, our cook since spring, came to Adak from Odesa by way of Anchorage. Her brother is a \
combat medic near Sumy.

Over dinner the two followed the news from Kursk closely. On January 11 President Zelensky \
announced that [[two]] wounded North Korean soldiers had been captured there. Two days later South \
Korea's intelligence service gave lawmakers its first count of the North's losses: [[about 300]] \
dead and [[2,700]] wounded.

Halyna's brother tells a grimmer story. On the phone on Sunday he told her that [[dozens]] of \
wounded North Koreans are dragged back across the snow after every assault, and that the units \
opposite him look thinner each week.

The State Department on Tuesday put North Korean casualties at [[nearly 4,000]]. Kyiv's military \
intelligence said this month that [[up to 8,000]] were still fighting in the Kursk region.

The colonel, who once commanded a battalion on Yeonpyeong Island, is blunter than either \
government. By summer, he reckons, Kim will have cycled [[20,000]] men through Russia, "because \
the lessons are worth more to him than the money."

## Next season

- Bookings for August 2025 open on February 1; the seven-day hunt stays at $4,900.
- Freezer space is limited to 300 pounds of meat per hunter.
- Call or text the lodge: (907) 592-0417.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-11..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-11..pub",
          "headline 'Seoul's 300': the NIS figure dated 'Two days later' in the body (11 to 13 "
          "January), to publication, hedge dropped"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'On January 11 … announced': captured (number word)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-13",
          "'Two days later' (a relative date: from the anchor, 11 January, to 13 January) the "
          "NIS 'gave lawmakers its first count': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-13",
          "same count: wounded (no 'others', not an increment)"),
        C("dozens", None, "vague", "casualties", "other", "sun",
          "a cook relaying her brother, a medic near Sumy ('On the phone on Sunday he told "
          "her', 19 January; the speaker quoted: other): wounded dragged back"),
        C("nearly 4,000", 4000, "approx", "casualties", "united_states", "tue",
          "the State Department 'on Tuesday put … at' (21 January): casualties"),
        C("up to 8,000", 8000, "at_most", "near_front", "ukraine", "2025-01-01..pub",
          "HUR 'said this month' (the 1st to publication): still fighting in Kursk"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a retired Korean marine colonel 'reckons' (undated): cycled through Russia by summer "
          "(a forecast: planned)"),
    ),
)

S09 = Source(
    article_id="v142_09_township_news_staffin_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-04-15"),
    dated_by="sidecar",
    sidecar=(
        "Staffin Grazings Committee – Township news",
        "https://www.staffin-grazings.example/news/lambing-2025",
        "Lambing, fences and a shepherd from Poltava",
    ),
    features="a township grazings committee's news page from Staffin (Isle of Skye) in HTML, "
        "windows-1252 (curly quotes, `–`, `·` and `£` raw), no meta date (sidecar, Tuesday), a "
        "cookie note about the gate code, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; lambing and fencing first; a seasonal shepherd "
        "from near Poltava relaying his brother, a sergeant, 'On Sunday, Vasyl said, his brother "
        "rang to say' `a couple of hundred` dug in across the border (other, Sunday); a retired "
        "South Korean naval officer 'believes' `no more than 10,000` (at_most, other, `pub`); HUR "
        "'said on Friday' `around 3,000` 'more' sent (increment); the NIS 'at the end of March' "
        "`roughly 4,700` killed and wounded; 'A NATO official told reporters on Thursday' "
        "`11,000`; 'a State Department spokeswoman said last week' `more than 14,000` served "
        "since October; lambs, ewes, kilometres, pounds, ages, a meeting date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>Township news – Staffin Grazings Committee</title>
<script>var sgc = {page: "news", issue: 14};</script>
</head>
<body>
<div class="cookie">This site keeps one cookie to remember that you have read the gate-code \
reminder. <a href="#">Fine</a></div>
<nav><a href="/">Home</a> · <a href="/souming">Souming</a> · <a href="/fanks">Fank dates</a> · <a \
href="/news">News</a></nav>
<article>
<h1>Lambing, fences and a shepherd from Poltava</h1>
<p>Lambing on the common grazing began on 3 April and is going well: 212 lambs so far from 140 \
ewes on the Kilt Rock side, and only two lost in the gales. The new deer fence along the Quiraing \
road is finished – 1.8 kilometres of it, paid for with £14,600 from the crofting grant.</p>
<p>Much of the night work fell to Vasyl Tkachenko, 34, who came to Staffin on a seasonal visa \
after years on a dairy farm near Poltava. His brother is a sergeant in a mechanised brigade north \
of Sumy. On Sunday, Vasyl said, his brother rang to say that [[a couple of hundred]] North Koreans \
had dug in across the border from his company.</p>
<p>Staying in the Flodigarry cottage this month is Commander Lee Sung-min, retired from the South \
Korean navy, who walks the Trotternish ridge every morning. He believes [[no more than 10,000]] \
North Koreans are still in Russia, “and fewer at the front every week”.</p>
<p>The official figures are higher. Ukraine’s military intelligence said on Friday that Pyongyang \
had sent [[around 3,000]] more soldiers in February and March. Seoul’s intelligence service put \
North Korean losses at [[roughly 4,700]] killed and wounded at the end of March. A NATO official \
told reporters on Thursday that [[11,000]] remained in Russia, most of them in the Kursk region, \
and a State Department spokeswoman said last week that [[more than 14,000]] had served there since \
October.</p>
<p>Next grazings meeting: Tuesday 6 May, 7.30pm, Staffin hall. Souming review and the fank rota \
are on the agenda.</p>
</article>
<footer>Staffin Grazings Committee · Clerk: 01470 562 318 · <a href="/privacy">Privacy</a></footer>
<script src="/js/site.js"></script>
</body>
</html>
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "sun",
          "a seasonal shepherd relaying his brother, a sergeant north of Sumy ('On Sunday, "
          "Vasyl said, his brother rang', 13 April; the speaker quoted: other): dug in across "
          "the border"),
        C("no more than 10,000", 10000, "at_most", "in_russia", "other", "pub",
          "a retired South Korean naval officer 'believes' (undated): still in Russia"),
        C("around 3,000", 3000, "approx", "in_russia", "ukraine", "fri",
          "HUR 'said on Friday' (11 April): 'more' sent in February and March (increment)",
          add=True),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "the NIS 'put … at … at the end of March' (day 21 to the month's end): killed and "
          "wounded"),
        C("11,000", 11000, "exact", "in_russia", "nato", "thu",
          "'A NATO official told reporters on Thursday' (10 April): remained in Russia"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "'a State Department spokeswoman said last week': served in Russia since October"),
    ),
)

S10 = Source(
    article_id="v142_10_letters_waiheke_week",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Waiheke Week",
        "https://www.waiheke-week.example/letters/2025-06-19",
        "Letters: our neighbours' sons",
    ),
    features="a readers' letters page from a Waiheke Island weekly (Hauraki Gulf) as plain text, "
        "UTF-16 LE with BOM (sidecar, Thursday); a winemaker relaying her brother, a drone pilot "
        "near Sumy, 'On Sunday he told me' `several hundred` dug in (other); a reader answering "
        "the weekly's own front-page report 'last week' `15,000` (unattributed, required) with "
        "the NIS's `about 14,000` 'in April' and `around 600` dead 'in May' (months); Shoigu 'on "
        "Tuesday … in Pyongyang' `6,000` builders and deminers (planned, russia); a reader "
        "relaying his uncle, a retired colonel in Incheon, 'he expects' `thousands` 'more' before "
        "winter (other, increment, planned, `pub`); a reader recalling North Korean television "
        "'on Friday' with the families of `101` soldiers killed in Kursk (north_korea); a Korean "
        "War regiment, years, a ferry time, minutes and a fare",
    text="""\
WAIHEKE WEEK – LETTERS

Our neighbours' sons

Sir, my brother Taras flies reconnaissance drones near Sumy. On Sunday he told me [[several \
hundred]] North Koreans were dug in across from his position, closer than at any time this year. \
People on the ferry ask why a war so far away matters to a woman who makes wine in Onetangi. It \
matters because the boys over there are the age of the pickers in my vineyard.
Olena Marchuk, Onetangi

Sir, your front-page report last week said [[15,000]] North Korean soldiers had fought for Russia. \
That was a round number, not a fact. Seoul's own intelligence service put the figure at [[about \
14,000]] in April, and in May it said [[around 600]] of them had died.
Colin Hepworth, Surfdale

Sir, on Tuesday Sergei Shoigu stood in Pyongyang and announced that [[6,000]] North Korean \
military builders and deminers would be sent to Kursk. My uncle, a retired army colonel in \
Incheon, tells me this is only the start: he expects [[thousands]] more before winter, and nobody \
in Seoul, he says, believes the "builders" will leave their rifles at home.
Daniel Kwon, Ostend

Sir, my grandfather served with the 16th Field Regiment in Korea in 1951 and never spoke about it. \
I thought of him on Friday, when North Korean television showed Kim Jong Un comforting the \
families of [[101]] soldiers it said had been killed in Kursk. Seventy-four years on, that \
peninsula is still sending its young men into other people's wars.
Aroha Whitfield, Palm Beach

Sir, the 7.10am sailing was cancelled twice last week without notice, and the 5.30pm from Matiatia \
ran 40 minutes late on Monday. At $52 return, those of us who commute five days a week deserve \
better than a text message ten minutes before departure.
Ngaire Tamihana, Rocky Bay
""",
    claims=(
        C("several hundred", None, "vague", "near_front", "other", "sun",
          "a winemaker relaying her brother, a drone pilot near Sumy ('On Sunday he told me', "
          "15 June; the letter writer quoted: other): dug in opposite his position"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "lastweek",
          "the weekly's own front-page report 'last week', as cited by a reader (no source: "
          "unattributed, required): fought for Russia"),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "the NIS 'put the figure at … in April' (the month)"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-05-01..2025-05-31",
          "'in May it said' (the NIS; the month): died (a breakdown 'of them')"),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'on Tuesday … in Pyongyang … announced' (17 June, Thursday letters page): "
          "builders and deminers to be sent to Kursk (planned)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a reader relaying his uncle, a retired colonel in Incheon ('he expects', 'tells me', "
          "undated; the letter writer quoted: other): 'more' before winter (increment, "
          "planned)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "North Korean television 'on Friday' (13 June), as a reader recalls it: soldiers "
          "killed in Kursk"),
    ),
)

S11 = Source(
    article_id="v142_11_homestay_news_dzongu_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-11-10"),
    dated_by="html_meta",
    features="a Lepcha homestay network's news page from Dzongu (North Sikkim) in HTML, "
        "ISO-8859-1 with quotes and apostrophes only as entities (`&rsquo;`, `&ldquo;`), `<meta "
        "name=\"date\">` (Monday), a cookie note about the permit calculator, a script, "
        "navigation, a footer with a PIN code and a phone number; a `<title>` repeating the "
        "headline (optional) and the headline 'Seoul's `10,000`' (the NIS 'early this month', to "
        "publication); a retired schoolteacher from Chuncheon relaying his former pupil, a border "
        "guard, `thousands` still in Russia (other, `pub`); the NIS 'said early this month' (days "
        "1-10) `about 10,000` along the border and `at least 2,000` killed; 'On Thursday a US "
        "official briefing reporters … put the number … at' `11,000 to 12,000` (range); KCNA 'on "
        "Saturday' `nine` sappers killed (number word); Russia's defence ministry 'last week' "
        "`several hundred` deminers (near the front); HUR 'expects' `up to 5,000` 'more' "
        "(increment, planned, `pub`); guest nights, homestays, rupees, years, weeks, a summit's "
        "metres, a flight date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-11-10">
<title>Dzongu homestay news: snow, permits and Seoul&rsquo;s [[10,000]]</title>
<script>var hs = {issue: "2025-11", lang: "en"};</script>
</head>
<body>
<div id="consent">We keep one cookie so that the permit calculator remembers your travel dates. <a \
href="#">OK</a></div>
<nav><a href="/">Homestays</a> | <a href="/permits">Permits</a> | <a href="/news">News</a> | <a \
href="/contact">Contact</a></nav>
<main>
<h1>Snow, permits and Seoul&rsquo;s [[10,000]]</h1>
<p>The autumn season in Dzongu closed with the first snow on the high ridges and 311 guest nights \
across our 14 homestays, the best October since the road washed out in 2023. Permits for Dzongu \
are now issued in Mangan within a day; the fee stays at Rs 200 per person.</p>
<p>Among our longest guests was Mr Han Dong-su, a retired schoolteacher from Chuncheon, who spent \
five weeks in Lingthem learning to weave bamboo baskets. One of his former pupils is now a \
sergeant in a border guard unit. The young man wrote to him that &ldquo;[[thousands]] of them are \
still in Russia, and more are getting ready&rdquo;, Mr Han told us over butter tea.</p>
<p>The official numbers, as Mr Han read them out to the family: South Korea&rsquo;s spy agency \
stated early this month that [[about 10,000]] North Korean soldiers were deployed along \
Russia&rsquo;s border with Ukraine and that [[at least 2,000]] had been killed since last autumn. \
On Thursday a US official briefing reporters in Washington put the number still in Russia at \
[[11,000 to 12,000]].</p>
<p>North Korea&rsquo;s KCNA news agency reported on Saturday that Kim Jong Un had laid flowers for \
[[nine]] sappers killed while clearing mines in the Kursk region. Russia&rsquo;s defence ministry \
said last week that [[several hundred]] North Korean deminers were still at work there, and \
Kyiv&rsquo;s military intelligence expects [[up to 5,000]] more of them by the spring thaw.</p>
<p>Mr Han flies home from Bagdogra on 14 November. He has promised to send photographs of the \
first snow in Chuncheon; Kanchenjunga, at 8,586 metres, he has already photographed from every \
window in Lingthem.</p>
</main>
<footer>Dzongu Lepcha Homestay Network &middot; Passingdang, North Sikkim 737116 &middot; +91 3592 \
234 117 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/permits.js"></script>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..pub",
          "`<title>` repeating the headline (metadata)", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..pub",
          "headline 'Seoul's 10,000': the NIS figure of 'early this month' in the body, from its "
          "start to publication, hedge dropped"),
        C("thousands", None, "vague", "in_russia", "other", "pub",
          "a retired schoolteacher relaying his former pupil, a border guard ('The young man "
          "wrote to him …, Mr Han told us', undated; the speaker quoted: other): still in Russia"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'said early this month' (days 1-10): posted along Russia's border with "
          "Ukraine"),
        C("at least 2,000", 2000, "at_least", "casualties", "south_korea",
          "2025-11-01..2025-11-10", "same statement: killed since last autumn"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "thu",
          "'On Thursday a US official briefing reporters … put the number … at' (6 November): "
          "still in Russia"),
        C("nine", 9, "exact", "casualties", "north_korea", "sat",
          "KCNA 'reported on Saturday' (8 November): sappers killed clearing mines (number "
          "word)"),
        C("several hundred", None, "vague", "near_front", "russia", "lastweek",
          "Russia's defence ministry 'said last week': deminers still at work in Kursk"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "pub",
          "HUR 'expects' (undated): 'more' to arrive before spring (increment, planned)",
          add=True),
    ),
)

S12 = Source(
    article_id="v142_12_committee_notes_gregory_town_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-07-22"),
    dated_by="sidecar",
    sidecar=(
        "Gregory Town Pineapple Festival Committee",
        "https://www.gregorytown-pineapple.example/notes/2025-07",
        "Committee notes, July",
    ),
    features="a pineapple festival committee's notes from Gregory Town on Eleuthera (Bahamas) in "
        "Markdown, UTF-8 with BOM, front matter without a date (sidecar, Tuesday) and a title "
        "without a figure; visitors, dollars and inches first; a Korean-American chef 'expects' "
        "`30,000 or more` (at_least, planned, other, `pub`) and a yacht engineer from Mykolaiv "
        "'by his own reckoning' `three or four thousand` dead (range of number words, other, "
        "`pub`); the NIS 'told lawmakers on Thursday' that the number 'had grown by' `3,000` "
        "(increment) 'to' `about 18,000` (the new total, not an increment); Lavrov 'visiting "
        "Wonsan on 12 July' `more than 1,000` sappers in Kursk (russia, near the front); Zelensky "
        "'in an evening address last week' losses 'had passed' `4,000` (the verb outside the "
        "span: at_least); a NATO spokesman 'at the start of the month' `as many as 12,000` in "
        "Russia (at_most); members, visitors, dollars, inches, a fraction, years, a meeting date, "
        "a phone number",
    text="""\
---
title: "Committee notes, July"
committee: Gregory Town Pineapple Festival
---

# Committee notes, July

**Present:** eleven members, with our two guest judges for the second half of the meeting.

The festival on the first weekend of June drew about 2,300 visitors, a little down on last year \
because the fast ferry was off for repairs. The pineapple cook-off raised $3,850 for the primary \
school, and the tallest plant in the growers' competition measured 41 inches. Growers put the \
sugarloaf crop at roughly two-thirds of a normal year after the dry spring.

## Guests

The committee thanked chef Grace Yoo of Los Angeles, who judged the cook-off and stayed on for a \
month, and Dmytro Hnatiuk, a yacht engineer from Mykolaiv whose boat has been on the hard in \
Hatchet Bay since May. Both joined at the chairwoman's invitation, and talk turned, as it has all \
summer, to the war.

Chef Yoo's grandmother left Hamhung in the winter of 1950. She follows the reports on the North's \
soldiers closely and expects [[30,000 or more]] of them to pass through Russia before the war \
ends. Dmytro, whose cousin is a paramedic in Kharkiv, put North Korean dead at [[three or four \
thousand]] by his own reckoning, "more than anyone in Seoul will say".

## For the record

At the chairwoman's request the secretary noted the figures reported in recent weeks. South \
Korea's intelligence service told lawmakers on Thursday that the number sent to Russia had grown \
by [[3,000]] since the spring, to [[about 18,000]]. Russia's foreign minister, Sergei Lavrov, \
visiting Wonsan on 12 July, said [[more than 1,000]] North Korean sappers were by then clearing \
mines in the Kursk region. President Zelensky said in an evening address last week that North \
Korean losses had passed [[4,000]] killed and wounded, and a NATO spokesman said at the start of \
the month that [[as many as 12,000]] remained in Russia.

## Next meeting

Tuesday 19 August, 6pm, at the community centre. Please bring ideas for the 2026 poster. \
Treasurer: (242) 335-5190.
""",
    claims=(
        C("30,000 or more", 30000, "at_least", "planned", "other", "pub",
          "a Korean-American chef 'expects' (undated): to pass through Russia before the war "
          "ends ('or more' after the figure: at_least; a forecast)"),
        C("three or four thousand", None, "range", "casualties", "other", "pub",
          "a yacht engineer from Mykolaiv, 'by his own reckoning' (undated): dead (two number "
          "words joined by 'or': range)"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "the NIS 'told lawmakers on Thursday' (17 July): 'had grown by 3,000' (the increment "
          "of a new total)", add=True),
        C("about 18,000", 18000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, 'to about 18,000': the new total (not an increment)"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "2025-07-12",
          "Lavrov 'visiting Wonsan on 12 July, said': sappers already clearing mines in Kursk"),
        C("4,000", 4000, "at_least", "casualties", "ukraine", "lastweek",
          "Zelensky 'said in an evening address last week': losses 'had passed' 4,000 (the verb "
          "outside the span, at_least, as 'exceed')"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "nato", "2025-07-01..2025-07-10",
          "'a NATO spokesman said at the start of the month' (days 1-10): remained in Russia"),
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
