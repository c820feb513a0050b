"""Build the HUNDRED-AND-THIRTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-first corpus, for an honest measurement on articles the extractor has never
met, written in session 15 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
residents' initiative's newsletter on the rising ground under the old town of Staufen im Breisgau
with a structural engineer from Poltava, a family sawmill's customer letter from Sulzburg in the
Markgräflerland with a carpenter from Chernivtsi, a paragliding school's newsletter from
Nesselwängle in the Tannheimer Tal (Austrian conventions) with a tandem pilot from Danyang, a
muleteers' association bulletin from Splügen in the Rheinwald (Swiss conventions) with a couple
from Chuncheon, an alp co-operative's letter after the descent from Nufenen with its Ukrainian
cheesemaker, and a Korean course letter from the adult education centre in Müllheim; an
agency-style wire report from Alonnah on Bruny Island with a Ukrainian oyster grower, a
bushwalking club's track notes from Adventure Bay, a domino club's news page from Island Harbour
(Anguilla) with a South Korean naval officer, a netball club's court notes from South Hill
(Anguilla) with a Korean volunteer coach, the notes of the friends of Barra's beach airfield at
Eoligarry with a retired Korean airline captain, and a readers' letters page from Northbay on
Barra with letters quoting relatives. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind139_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Markgräflerland and Breisgau, Tannheimer Tal, Rheinwald)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s139_01_rissbrief_staufen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-20"),
    dated_by="html_meta",
    features="a residents' initiative's newsletter on the rising ground under the old town of "
        "Staufen im Breisgau in HTML, UTF-8, `article:published_time` +01:00 (Wednesday), a "
        "cookie note about the map of measuring points, a page script, navigation, a footer with "
        "a phone number; `<title>` and headline without a figure; the uplift figures first; a "
        "structural engineer from Poltava relaying her brother, a drone pilot, who 'Am Sonntag "
        "rief … an' (`einige hundert` dug in opposite him, Konjunktiv, other, that Sunday); the "
        "Pentagon 'Anfang November' `mehr als 10.000` in Kursk; Seoul's service 'am 13. November' "
        "`etwa 11.000` moved to Russia; Rutte 'vorige Woche' `Tausenden` in combat; Zelensky 'am "
        "Samstag in seiner Abendansprache' `11.000`; 'hieß es am Montag aus dem Präsidialamt' "
        "after `bis zu 15.000` by the end of the year (planned); the engineer 'geht davon aus' "
        "`mehrere tausend` 'weitere' (increment, planned, other, `pub`); millimetres, damaged "
        "houses, euros, ages, Russia's daily losses, measuring points, years, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Rissbrief 11/2024 &ndash; IG Altstadt Staufen</title>
<meta property="article:published_time" content="2024-11-20T08:00:00+01:00">
<meta property="og:site_name" content="Interessengemeinschaft Altstadt Staufen">
<script>window.igAltstadt={heft:"11/2024",messpunkte:true};</script>
</head>
<body>
<div class="cookie-leiste">Wir setzen nur ein Cookie: ob Sie die Karte unserer Messpunkte \
schon einmal aufgeklappt haben. <button>Verstanden</button></div>
<nav><a href="/">Start</a> &middot; <a href="/messungen">Messungen</a> &middot; <a \
href="/rissbrief">Rissbrief</a> &middot; <a href="/beratung">Beratung</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Eine Statikerin aus Poltawa schaut auf unsere Risse</h1>
<p class="vorspann">Die Hebung unter der Altstadt wird langsamer. Zu Gast war diesmal eine \
Ingenieurin, deren Bruder im Gebiet Kursk Drohnen steuert.</p>
<p>Zuerst das Wichtigste: Unter dem Rathaus hebt sich der Boden nur noch um knapp 1,2 Millimeter \
im Monat, im Jahr 2010 waren es zeitweise mehr als zehn. Von den 269 beschädigten Häusern sind \
inzwischen 71 saniert; aus dem Ausgleichsfonds flossen bisher rund 9,4 Millionen Euro an die \
Eigentümer.</p>
<p>Bei unserer Begehung im Oktober war Olena Hryzenko dabei. Die 38-Jährige hat in Poltawa \
Brücken und Plattenbauten berechnet und arbeitet seit einem Jahr in einem Freiburger \
Ingenieurbüro. Mit Kreide und Rissmonitor ging sie die Hauptstraße hinauf und fand, wir hätten es \
vergleichsweise gut: &bdquo;Bei uns zu Hause reißen die Häuser nicht von unten, sondern von \
oben.&ldquo;</p>
<h2>Ein Anruf von der Grenze</h2>
<p>Ihr jüngerer Bruder Andrij fliegt Aufklärungsdrohnen auf dem Streifen des Gebiets Kursk, den \
die ukrainische Armee seit August hält. Am Sonntag rief er sie an. Gegenüber seiner Stellung \
hätten sich [[einige hundert]] Nordkoreaner eingegraben, habe er erzählt, lauter junge Männer, \
die beim Surren der Drohnen nicht einmal in Deckung gingen.</p>
<p>Die Regierungen nennen größere Zahlen. Das Pentagon zählte Anfang November [[mehr als 10.000]] \
nordkoreanische Soldaten im Gebiet Kursk. Seouls Auslandsgeheimdienst teilte am 13. November mit, \
ein Teil der [[etwa 11.000]] nach Russland verlegten Nordkoreaner sei bereits in Gefechte \
verwickelt. Nato-Generalsekretär Mark Rutte sprach vorige Woche von [[Tausenden]], die Seite an \
Seite mit russischen Einheiten kämpften. Präsident Selenskyj bezifferte die Nordkoreaner im \
Kampfgebiet am Samstag in seiner Abendansprache auf [[11.000]].</p>
<p>In Kiew rechnet man mit mehr. Bis Jahresende könnten [[bis zu 15.000]] Nordkoreaner in Kursk \
stehen, hieß es am Montag aus dem Präsidialamt. Olena selbst geht davon aus, dass bis zum \
Frühjahr noch [[mehrere tausend]] weitere kommen. Die russischen Verluste gibt der ukrainische \
Generalstab derzeit mit etwa 1.500 Mann am Tag an.</p>
<h2>Termine</h2>
<p>Die nächste Messung der 48 Höhenpunkte ist am 4. Dezember. Die Sprechstunde zur Sanierung \
bleibt donnerstags von 17 bis 19 Uhr im Stubenhaus; Olena hat angeboten, im Januar einmal \
mitzukommen.</p>
</article>
<footer>IG Altstadt Staufen e.V. &middot; Hauptstraße 14 &middot; 79219 Staufen im Breisgau \
&middot; Telefon 07633 92 41 58</footer>
<script src="/js/messpunkte.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun",
          "the engineer relaying her brother, a drone pilot in the Kursk region ('Am Sonntag "
          "rief er sie an … habe er erzählt', the speaker quoted: other, that Sunday): dug in "
          "opposite his position"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states",
          "2024-11-01..2024-11-10",
          "the Pentagon 'zählte Anfang November' (days 1-10): in the Kursk region"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2024-11-13",
          "Seoul's intelligence service 'teilte am 13. November mit': moved to Russia (the "
          "total, of which a part is in combat)"),
        C("Tausenden", None, "vague", "near_front", "nato", "lastweek",
          "Rutte 'sprach vorige Woche von': fighting side by side with Russian units"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sat",
          "Zelensky 'am Samstag in seiner Abendansprache' (16 November): in the combat zone"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "mon",
          "'hieß es am Montag aus dem Präsidialamt' after the figure (18 November): could be "
          "in Kursk by the end of the year (planned)"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "the engineer 'geht davon aus' (undated): 'noch … weitere' coming by spring "
          "(increment, planned, span without the words)", add=True),
    ),
)

S02 = Source(
    article_id="s139_02_kundenbrief_saegewerk_sulzburg",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Sägewerk Gutmann – Kundenbrief",
        "https://www.saegewerk-gutmann-sulzburg.example/kundenbrief/winter-2025",
        "Kundenbrief Winter 2025: voller Rundholzplatz, neue Bandsäge, ein Zimmermann aus "
        "Czernowitz",
    ),
    features="a family sawmill's customer letter from Sulzburg (Markgräflerland) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`, `·`), no date in the file (sidecar, Friday); the "
        "winter's logs and prices first; a carpenter from Chernivtsi relaying his cousin, a scout "
        "in Kursk, who 'schrieb ihm vergangene Woche' `ein paar Dutzend` still holding positions "
        "(Konjunktiv, other, `lastweek`); the NIS 'unterrichtete am Mittwoch' `Rund 11.000` "
        "pulled back into camps inside Russia (in Russia, not at the front) and `mehr als 3.000` "
        "dead and wounded; Zelensky 'am Sonntag in einem Fernsehinterview' `knapp 4.000` ('knapp' "
        "as approx); 'Aus dem Pentagon hieß es Anfang Februar' `Hunderte` fallen; 'Nach Angaben "
        "des … Militärgeheimdienstes' `etwa 8.000` in training camps (`pub`); 'Südkoreanischen "
        "Medienberichten zufolge' `bis zu 3.000` 'Mann Verstärkung' (unattributed, increment, "
        "planned); cubic metres of logs, prices, ages, centimetres, an open day, a phone number",
    text="""\
Sägewerk Gutmann · Sulzburg im Markgräflerland
Kundenbrief Winter 2025

Liebe Kundschaft,

der Winter ist Einschlagzeit, und unser Rundholzplatz steht voll. Seit Dreikönig haben wir gut \
1.800 Festmeter Tanne und Douglasie aus dem Sulzbachtal übernommen, dazu 240 Festmeter Sturmholz \
vom Blauen. Bauholz schneiden wir nach Liste; der Festmeter Fichte-Tanne frei Werk kostet derzeit \
96 Euro. Die neue Blockbandsäge läuft seit November, und Seniorchef Ernst (81) findet sie „viel \
zu leise für eine richtige Säge“.

Seit Herbst arbeitet Wassyl Fedoruk bei uns, ein Zimmermann aus Czernowitz, 23 Jahre alt und \
gleich geschickt mit dem Stemmeisen wie mit dem Stapler. Er wohnt über der Werkstatt und \
telefoniert abends mit seinem Cousin Roman, der als Späher im Gebiet Kursk eingesetzt ist.

Roman schrieb ihm vergangene Woche, die Nordkoreaner seien vor seinem Abschnitt fast \
verschwunden. Nur noch [[ein paar Dutzend]] hielten einzelne Stellungen, der Rest sei nach hinten \
abgezogen worden.

Das passt zu dem, was aus Seoul kommt. Der südkoreanische Geheimdienst NIS unterrichtete am \
Mittwoch die Abgeordneten: Seit Mitte Januar seien die nordkoreanischen Truppen nicht mehr an der \
Front zu sehen. [[Rund 11.000]] warteten in Lagern weiter im Landesinneren, die Verluste \
bezifferte der Dienst auf [[mehr als 3.000]] Tote und Verwundete.

Präsident Selenskyj hatte schon am Sonntag in einem Fernsehinterview von [[knapp 4.000]] \
getöteten und verletzten Nordkoreanern gesprochen. Aus dem Pentagon hieß es Anfang Februar, \
allein im Januar seien [[Hunderte]] gefallen. Nach Angaben des ukrainischen Militärgeheimdienstes \
werden derzeit [[etwa 8.000]] Nordkoreaner in Ausbildungslagern für den nächsten Einsatz \
geschult. Südkoreanischen Medienberichten zufolge soll Pjöngjang im Frühjahr [[bis zu 3.000]] \
Mann Verstärkung schicken.

Wassyl sagt dazu wenig. „Wenn sie wiederkommen, dann im Schlamm“, meint er nur. Im März tauen die \
Feldwege bei Sudscha auf.

Zum Schluss das Betriebliche:
– Abholzeiten: Montag bis Freitag 7 bis 16 Uhr, Samstag nach Absprache
– Brennholz (Buche, 33 cm) gibt es noch, 105 Euro der Ster
– Am 22. März ist Hoffest von 11 bis 17 Uhr, mit Vorführung am alten Gatter
Bestellungen und Fragen: 07634 55 18 20
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "lastweek",
          "the carpenter's cousin, a scout near Kursk, who 'schrieb ihm vergangene Woche' "
          "(relayed, Konjunktiv: other): still holding positions opposite his sector"),
        C("Rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'unterrichtete am Mittwoch die Abgeordneten' (12 February), Konjunktiv: "
          "waiting in camps further inside the country (pulled back: in Russia)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "south_korea", "wed",
          "same briefing, 'bezifferte der Dienst': dead and wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'am Sonntag in einem Fernsehinterview' (9 February): killed and wounded "
          "('knapp' as approx)"),
        C("Hunderte", None, "vague", "casualties", "united_states", "2025-02-01..2025-02-10",
          "'Aus dem Pentagon hieß es Anfang Februar' (days 1-10): fallen in January alone"),
        C("etwa 8.000", 8000, "approx", "in_russia", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): trained in camps "
          "for the next deployment"),
        C("bis zu 3.000", 3000, "at_most", "planned", "unattributed", "pub",
          "'Südkoreanischen Medienberichten zufolge' (press reports: unattributed, required): "
          "'Mann Verstärkung' to be sent in spring (reinforcements: increment, planned)",
          add=True),
    ),
)

S03 = Source(
    article_id="s139_03_thermikpost_nesselwaengle_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-03-06"),
    dated_by="front_matter",
    features="a paragliding school's newsletter from Nesselwängle (Tannheimer Tal, Tyrol) in "
        "Markdown, ISO-8859-1 with straight quotes only, front matter with `date:` (Thursday) and "
        "a title without a figure, Austrian conventions (`Jänner`, `Feber`, `heuer`); flying days "
        "and tandem flights first; a tandem pilot from Danyang, a former sergeant; the JCS 'Ende "
        "Feber' `rund 3.000` 'zusätzliche' (increment, in Russia) and, carried by 'schätze man … "
        "so der Generalstab', `etwa 4.000` dead and wounded (day 21 to the month's end); the "
        "Pentagon 'im Jänner' `mehrere hundert` dead (the month); HUR 'am Montag' `mehrere "
        "tausend` back in Kursk and, Konjunktiv, `bis zu 2.000` 'weiteren' by April (increment, "
        "planned); 'Aus dem Nato-Hauptquartier verlautete vorige Woche' `mehr als 14.000` served "
        "in Russia; the pilot's brother, relayed ('schreibt er ihm', Konjunktiv), "
        "`zwanzigtausend` by summer (number word, planned, other, `pub`); flying days, tandem "
        "flights, students, ages, euros, a phone number",
    text="""\
---
title: "Thermikpost Frühjahr 2025"
date: 2025-03-06
schule: Flugschule Tannheimer Tal, Nesselwängle
---

# Thermikpost Frühjahr 2025

Der Winter war ein Fliegerwinter. Im Jänner hatten wir 19 flugtaugliche Tage, im Feber trotz \
zweier Föhnwochen noch 14. Vom Startplatz unter der Krinnenspitze gingen heuer bis Ende Feber 612 \
Tandemflüge hinaus, so viele wie nie zuvor in den ersten beiden Monaten. Der Grundkurs im April \
ist mit 11 Teilnehmern ausgebucht, für Mai gibt es noch Plätze.

## Ein Gast aus Danyang

Vier Wochen lang flog Park Jun-seo bei uns mit. Der 34-Jährige kommt aus Danyang, wo in Südkorea \
die meisten Gleitschirme in der Luft sind, und führt dort mit seiner Schwester eine Tandemschule. \
Bevor er fliegen lernte, diente er zwei Jahre als Unteroffizier an der innerkoreanischen Grenze.

Über den Norden redet er ruhig, aber er liest alles. Ende Feber hatte der Generalstab in Seoul \
erklärt, Pjöngjang habe seit Jänner [[rund 3.000]] zusätzliche Soldaten nach Russland in Marsch \
gesetzt. Ihre Verluste schätze man mittlerweile auf [[etwa 4.000]] Tote und Verletzte, so der \
Generalstab. Das Pentagon hatte die Zahl der Toten im Jänner noch auf [[mehrere hundert]] \
geschätzt.

Der ukrainische Militärgeheimdienst meldete am Montag, die Nordkoreaner seien nach wochenlanger \
Pause wieder im Gebiet Kursk im Einsatz, [[mehrere tausend]] Mann stark. Bis April sei mit [[bis \
zu 2.000]] weiteren zu rechnen. Aus dem Nato-Hauptquartier verlautete vorige Woche, insgesamt \
hätten [[mehr als 14.000]] Nordkoreaner in Russland gedient.

Jun-seos jüngerer Bruder ist noch beim Militär. In der Kaserne, schreibt er ihm, spreche man von \
[[zwanzigtausend]], die bis zum Sommer in Russland sein sollen. Jun-seo selbst hält das für \
übertrieben: "Die schicken, was Moskau bezahlt, und keinen Mann mehr."

## Aus der Schule

- Sicherheitstraining über dem Haldensee: 24. und 25. Mai, 390 Euro
- Tandemflug von der Krinnenspitze: 165 Euro, Fotos und Video 25 Euro
- Die Krinnenalpbahn fährt ab 12. April wieder täglich.
- Anmeldung und Wetterauskunft: +43 5675 82 19 34
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "the JCS in Seoul 'Ende Feber hatte … erklärt' (day 21 to the month's end): "
          "'zusätzliche' sent since January (increment, span without the word)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "same statement, carried by 'schätze man … so der Generalstab': dead and wounded"),
        C("mehrere hundert", None, "vague", "casualties", "united_states",
          "2025-01-01..2025-01-31",
          "the Pentagon 'hatte … im Jänner noch … geschätzt' (the month): dead"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "mon",
          "HUR 'meldete am Montag' (3 March), Konjunktiv: back in action in the Kursk region"),
        C("bis zu 2.000", 2000, "at_most", "planned", "ukraine", "mon",
          "same report, Konjunktiv: 'weiteren' to be expected by April (increment, planned)",
          add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "'Aus dem Nato-Hauptquartier verlautete vorige Woche', Konjunktiv: served in Russia "
          "in all"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "the pilot's younger brother, relayed ('schreibt er ihm', no day; the speaker "
          "quoted: other): the talk in the barracks of how many will be in Russia by summer "
          "(number word, planned)"),
    ),
)

S04 = Source(
    article_id="s139_04_saeumer_mitteilungen_spluegen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-06-27"),
    dated_by="dateline",
    features="a muleteers' association bulletin from Splügen in the Rheinwald (Graubünden) as "
        "plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `1'700`, `1'250`, `15'000`, "
        "`11'000`, `14'000`, `2'113`, 4-digit `6000`/`1000`/`5000`), dated by the place line "
        "'Splügen, 27. Juni 2025' (Friday); the trek over the pass first; a couple from "
        "Chuncheon, he a former marine, whose mail 'die am Mittwoch kam' lists the week's "
        "figures; Shoigu 'Am 17. Juni' `6000` builders and deminers for Kursk with 'davon' `1000` "
        "for the fields (a breakdown, planned, russia); the NIS 'am Dienstag' `rund 15'000` sent "
        "and, 'schätzt der Dienst', `gegen 5000` dead and wounded ('gegen' as approx); 'Laut dem "
        "… Militärgeheimdienst' `etwa 11'000` in Kursk (`pub`); the State Department 'Anfang "
        "Juni' `über 14'000` served in Russia; the guest's «`zwanzig- oder dreissigtausend`» "
        "before it is over (number words with 'oder' as a range, planned, other, dated by the "
        "mail's Wednesday); mules, muleteers, kilometres, metres, francs, members ('12 mehr', not "
        "a claim), a mare's age, a phone number",
    text="""\
Säumerverein Rheinwald - Mitteilungen 2/2025

Splügen, 27. Juni 2025

Liebe Mitglieder, liebe Freunde der Säumerei

In drei Wochen ziehen wir wieder über den Berg. Vom 14. bis 18. Juli führen 9 Säumerinnen und \
Säumer 14 Maultiere auf dem alten Handelsweg von Splügen über den Pass nach Chiavenna, gut 48 \
Kilometer und 1'700 Höhenmeter im Abstieg. Die Tiere sind frisch beschlagen, die Bastsättel \
geflickt. Die Teilnahme kostet für Gäste 1'250 Franken, Verpflegung und Nachtlager inbegriffen.

Unter den Angemeldeten ist ein Ehepaar aus Chuncheon in Südkorea, Kim Dong-hyun und Lee Mi-ra. Er \
hat als junger Mann bei der Marineinfanterie gedient, sie unterrichtet Geschichte an einem \
Gymnasium. Auf die Säumerei sind sie über ein Reisebuch gestossen; im Frühling fragten sie an, ob \
man auch ohne Erfahrung mit Tieren mitkommen könne. Man kann.

Herr Kim verfolgt sehr genau, was der Norden in Russland treibt. In einer langen Mail, die am \
Mittwoch kam, zählte er die Meldungen der letzten Tage auf. Am 17. Juni hatte der russische \
Sicherheitsratschef Sergei Schoigu in Pjöngjang angekündigt, Nordkorea werde [[6000]] \
Militärbauarbeiter und Minenräumer in das Gebiet Kursk schicken, [[1000]] davon allein für die \
verminten Felder. Der südkoreanische Geheimdienst NIS erklärte am Dienstag vor Abgeordneten in \
Seoul, bisher seien [[rund 15'000]] Nordkoreaner nach Russland entsandt worden; die Bautrupps \
könnten schon im Juli aufbrechen. Die Verluste schätzt der Dienst auf [[gegen 5000]] Tote und \
Verwundete.

Laut dem ukrainischen Militärgeheimdienst stehen noch [[etwa 11'000]] Nordkoreaner im Gebiet \
Kursk. Das amerikanische Aussenministerium hatte Anfang Juni von [[über 14'000]] gesprochen, die \
seit dem vergangenen Herbst in Russland gedient hätten.

Herr Kim selbst traut keiner dieser Zahlen. «Es werden [[zwanzig- oder dreissigtausend]] sein, \
bevor das vorbei ist», schreibt er. «Pjöngjang verkauft seine Soldaten wie Kohle.»

Aus dem Verein
- Die Generalversammlung ist am 29. August um 20 Uhr im Saal des Hotels Bodenhaus.
- Der Verein zählt jetzt 163 Mitglieder, 12 mehr als vor einem Jahr.
- Unsere älteste Stute, Bruna, ist 27 und geht diesmal nur bis zur Passhöhe auf 2'113 Metern.
- Auskunft und Anmeldung: 081 664 12 37
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … in Pjöngjang angekündigt', Konjunktiv: military builders and "
          "deminers North Korea will send to the Kursk region (planned)"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'davon allein für die verminten Felder' (a breakdown of the 6000, "
          "not an increment)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'erklärte am Dienstag vor Abgeordneten' (24 June), Konjunktiv: sent to "
          "Russia so far"),
        C("gegen 5000", 5000, "approx", "casualties", "south_korea", "tue",
          "same briefing, carried by 'schätzt der Dienst': dead and wounded ('gegen' as approx)"),
        C("etwa 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): still in the Kursk region"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states",
          "2025-06-01..2025-06-10",
          "the State Department 'hatte Anfang Juni … gesprochen' (days 1-10), Konjunktiv: "
          "served in Russia since last autumn"),
        C("zwanzig- oder dreissigtausend", None, "range", "planned", "other", "wed",
          "the Korean guest, a former marine, in «» ('schreibt er' in the mail 'die am Mittwoch "
          "kam': 25 June): how many it will be before it is over (number words joined by "
          "'oder': range, planned)"),
    ),
)

S05 = Source(
    article_id="s139_05_alpbrief_nufenen_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-09-19"),
    dated_by="sidecar",
    sidecar=(
        "Alpgenossenschaft Nufenen – Alpbrief",
        "https://www.alp-nufenen.example/alpbrief/2025",
        "Alpbrief nach der Alpentladung",
    ),
    features="an alp co-operative's letter after the autumn descent from Nufenen in the Rheinwald "
        "in HTML, UTF-16 LE with BOM, no meta date (sidecar, Friday), Swiss conventions (`ss`, "
        "`2'450`, `2'000`, `11'000`, `15'000`, 4-digit `2000`/`1000`, `heuer`, «» as "
        "`&laquo;`/`&raquo;`), a cookie note about the cheese price, a script, navigation, a "
        "footer with a phone number; `<title>` and headline without a figure; cows, cheese and "
        "prices first; the Ukrainian cheesemaker relaying her husband, a medic near Sumy, who "
        "'Mitte August erzählte … am Telefon' `Dutzende` laying mines across the border (other, "
        "days 11-20); the NIS 'Anfang September meldete' `rund 2000` fallen and, Konjunktiv, "
        "`etwa 11'000` still stationed in Russia; Rutte 'am Montag in Brüssel' `rund 15'000` "
        "provided; Russia's deputy defence minister 'am Dienstag' `mehr als 1000` sappers in "
        "Kursk (russia, near the front); KCNA 'vorige Woche' the families of `Hunderten` fallen "
        "'Helden' (north_korea, casualties); the cheesemaker 'ist sicher' `Tausende` fell (other, "
        "`pub`); cows, heifers, alp days, cheese wheels, kilos, francs, litres of milk, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-16">
<title>Alpbrief 2025 | Alpgenossenschaft Nufenen</title>
<meta property="og:site_name" content="Alpgenossenschaft Nufenen">
<script>var alp={jahr:2025,alptage:96,kaeseverteilung:"04.10."};</script>
</head>
<body>
<div class="cookies">Diese Seite merkt sich mit einem Cookie, ob Sie den Käsepreis schon gesehen \
haben. <a href="#">Gut so</a></div>
<nav><a href="/">Alp</a> | <a href="/kaese">Alpkäse</a> | <a href="/alpbrief">Alpbrief</a> | <a \
href="/genossenschaft">Genossenschaft</a></nav>
<main>
<h1>Alpbrief nach der Alpentladung</h1>
<p>Am Samstag, 13. September, sind 186 Kühe und 41 Rinder gesund ins Dorf gekommen, bekränzt und \
mit viel Publikum auf der Dorfstrasse. Nach 96 Alptagen liegen im Keller 412 Laibe Alpkäse, \
zusammen rund 2'450 Kilo. Verteilt wird am 4. Oktober; Genossenschafter zahlen 26 Franken das \
Kilo, alle anderen 32.</p>
<p>Sennerin war heuer wieder Halyna Melnyk aus Kossiw in den ukrainischen Karpaten, für sie der \
dritte Sommer auf unserer Alp. Zu Hause hat sie Schafe und eine kleine Käserei. Hier hat sie an \
guten Tagen 2'000 Liter Milch verkäst und nebenbei zwei junge Hirtenhunde erzogen.</p>
<h2>Was sie von zu Hause hört</h2>
<p>Ihr Mann Wasyl ist Sanitäter in einer Brigade im Gebiet Sumy. Mitte August erzählte er ihr am \
Telefon, auf der anderen Seite der Grenze legten [[Dutzende]] Nordkoreaner neue Minenfelder an. \
&laquo;Sie arbeiten nur nachts, und sie sind schnell&raquo;, habe er gesagt.</p>
<p>Anfang September meldete Seouls Geheimdienst NIS, bisher seien [[rund 2000]] nordkoreanische \
Soldaten gefallen. Noch [[etwa 11'000]] seien in Russland stationiert. Nato-Generalsekretär Mark \
Rutte sagte am Montag in Brüssel, Pjöngjang habe Moskau seit dem letzten Herbst [[rund 15'000]] \
Soldaten zur Verfügung gestellt. Russlands stellvertretender Verteidigungsminister sprach am \
Dienstag von [[mehr als 1000]] nordkoreanischen Pionieren, die im Gebiet Kursk Minen räumten.</p>
<p>Die nordkoreanische Staatsagentur KCNA meldete vorige Woche, Kim Jong Un habe die Angehörigen \
von [[Hunderten]] gefallenen &laquo;Helden&raquo; empfangen. Halyna glaubt den Zahlen aus Seoul \
nicht ganz. Sie ist sicher, dass [[Tausende]] Nordkoreaner gefallen sind, und sagt: &laquo;Auch \
das sind Söhne von irgendwem.&raquo;</p>
<p>Nächsten Sommer will sie wiederkommen, dann mit ihrer Tochter Marichka, die 16 wird.</p>
</main>
<footer>Alpgenossenschaft Nufenen &middot; 7437 Nufenen &middot; Telefon 081 664 17 02 &middot; \
<a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "2025-08-11..2025-08-20",
          "the cheesemaker relaying her husband, a medic near Sumy, who 'Mitte August erzählte "
          "… am Telefon' (days 11-20; the speaker quoted: other): laying minefields on the "
          "other side of the border"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang September meldete' (days 1-10), Konjunktiv: fallen so far"),
        C("etwa 11'000", 11000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same statement, carried by Konjunktiv ('seien … stationiert'): still in Russia"),
        C("rund 15'000", 15000, "approx", "in_russia", "nato", "mon",
          "Rutte 'sagte am Montag in Brüssel' (15 September): soldiers provided to Moscow since "
          "last autumn"),
        C("mehr als 1000", 1000, "at_least", "near_front", "russia", "tue",
          "Russia's deputy defence minister 'sprach am Dienstag' (16 September): sappers "
          "clearing mines in the Kursk region"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "lastweek",
          "KCNA 'meldete vorige Woche': the families of fallen 'Helden' received by Kim"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "the cheesemaker 'ist sicher' (undated): North Koreans fallen"),
    ),
)

S06 = Source(
    article_id="s139_06_kursbrief_vhs_muellheim_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Volkshochschule Markgräflerland – Kursbriefe",
        "https://www.vhs-markgraeflerland.example/kurse/koreanisch-a1/kursbrief-3",
        "Kursbrief Koreanisch, Herbstsemester",
    ),
    features="a Korean course letter from the adult education centre in Müllheim "
        "(Markgräflerland) in Markdown, UTF-8 with BOM, front matter without a date (sidecar, "
        "Thursday) and a title without a figure, Hangul in a word list; course dates first; the "
        "teacher from Gangneung and her nephew, a conscript in Yanggu; the NIS 'Anfang November' "
        "`etwa 5.000` engineers on their way to Russia's east (days 1-10); Budanov 'in einem "
        "Interview, das am Sonntag erschien' `11.000 bis 13.000` in Russia; 'Nach Angaben der "
        "Nato' `mindestens 2.000` dead (`pub`); the State Department 'vergangene Woche' `bis zu "
        "25.000` by spring (planned); the Kursk governor 'in dieser Woche' `Hunderten` deminers "
        "(russia, near the front; Monday to publication); the nephew, relayed, 'noch einmal' "
        "`10.000` in winter (increment, planned, other, `pub`); the letter's own sum 'Zählt man … "
        "zusammen, wären es' `an die 30.000` (unattributed, required); learners, letters, euros, "
        "a room number, kilometres, ages, a population, pages, a phone number",
    text="""\
---
title: "Kursbrief Koreanisch A1"
kursleitung: Choi Ha-eun
ort: Volkshochschule Markgräflerland, Müllheim
---

# Kursbrief Koreanisch, Herbstsemester

Liebe Teilnehmerinnen und Teilnehmer,

nach sechs Abenden können alle 14 von Ihnen die 24 Grundzeichen des Hangeul lesen, und die \
meisten schreiben ihren Namen schon schöner als ich meinen auf Deutsch. Am 27. November üben wir \
das Bestellen im Restaurant, am 4. Dezember kochen wir zusammen Japchae in der Lehrküche im Raum \
0.12. Bitte bringen Sie dafür 8 Euro mit.

Einige von Ihnen haben mich nach dem Norden gefragt, weil im Kurs ein Zeitungsausschnitt über \
nordkoreanische Soldaten herumging. Ich komme aus Gangneung an der Ostküste, und mein Neffe \
Min-jun leistet gerade seinen Wehrdienst in Yanggu, 20 Kilometer vor der Grenze. Darum schreibe \
ich hier auf, was ich weiß, in einfachen Sätzen. Sie dürfen es gern als Leseübung nehmen.

## Die Zahlen dieses Herbstes

Der südkoreanische Geheimdienst NIS berichtete Anfang November, [[etwa 5.000]] nordkoreanische \
Pioniere seien auf dem Weg in den Osten Russlands; dort sollen sie Straßen und Gleise bauen. Der \
ukrainische Geheimdienstchef Kyrylo Budanow sagte in einem Interview, das am Sonntag erschien, \
derzeit seien [[11.000 bis 13.000]] Nordkoreaner in Russland. Nach Angaben der Nato haben \
[[mindestens 2.000]] von ihnen ihr Leben verloren.

Das US-Außenministerium warnte vergangene Woche, Pjöngjang könne bis zum Frühjahr [[bis zu \
25.000]] Soldaten schicken. Alexander Chinstein, der Gouverneur des Gebiets Kursk, bedankte sich \
in dieser Woche öffentlich bei den [[Hunderten]] nordkoreanischen Minenräumern in seinem Gebiet.

Min-jun erzählt, in seiner Einheit heiße es, im Winter sollten noch einmal [[10.000]] nach \
Russland gehen. Er ist 21 und glaubt es nur halb.

Zählt man die Entsandten seit Herbst 2024 zusammen, wären es inzwischen [[an die 30.000]] \
Nordkoreaner, die durch Russland gegangen sind. Für ein Land mit 26 Millionen Menschen klingt das \
nach wenig; für die Familien ist jeder einzelne einer zu viel.

## Zum Üben

- 군인 (gunin) = Soldat
- 러시아 (reosia) = Russland
- Hausaufgabe: Seiten 42 bis 45 im Arbeitsbuch

Bis Donnerstag! Ihre Choi Ha-eun
Rückfragen über das Sekretariat der VHS: 07631 17 84 20
""",
    claims=(
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'berichtete Anfang November' (days 1-10), Konjunktiv: engineers on their "
          "way to Russia's east to build roads and track"),
        C("11.000 bis 13.000", None, "range", "in_russia", "ukraine", "sun",
          "Budanov 'sagte in einem Interview, das am Sonntag erschien' (9 November): in "
          "Russia at present"),
        C("mindestens 2.000", 2000, "at_least", "casualties", "nato", "pub",
          "'Nach Angaben der Nato' (undated): lost their lives"),
        C("bis zu 25.000", 25000, "at_most", "planned", "united_states", "lastweek",
          "the State Department 'warnte vergangene Woche': could be sent by spring (planned)"),
        C("Hunderten", None, "vague", "near_front", "russia", "mon..pub",
          "the Kursk governor 'bedankte sich in dieser Woche' (Monday of the week to "
          "publication): deminers in his region"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "the teacher's nephew, a conscript, relayed ('Min-jun erzählt', Konjunktiv, no day; "
          "the speaker quoted: other): 'noch einmal' to go in winter (increment, planned)",
          add=True),
        C("an die 30.000", 30000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own sum ('Zählt man die Entsandten … zusammen, wären es'; no source: "
          "unattributed, required): passed through Russia since autumn 2024 ('an die' as "
          "approx)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bruny Island, Anguilla, Barra)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s139_07_oyster_wire_alonnah",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-18"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Alonnah on Bruny Island (Tasmania) as plain text, "
        "UTF-8 with CRLF, dateline 'ALONNAH, Tasmania, December 18, 2024 (Derwent Newswire) –' "
        "(Wednesday), curly quotes; the headline's `hundreds` from the Pentagon passage of Monday "
        "(Monday to publication); a Ukrainian oyster grower relaying her son, a machine gunner in "
        "Kursk, who 'On Sunday … told her by video call' `dozens` cut down in a minefield (other, "
        "casualties, that Sunday); a Pentagon spokesman 'said on Monday' `several hundred` "
        "casualties and, 'The Pentagon put', `about 11,000` in the region; the spy agency 'on "
        "Tuesday' `at least 100` killed and `close to 1,000` wounded ('according to lawmakers who "
        "attended'); HUR 'estimated' `around 200` over the weekend (`pub`); a Hobart academic "
        "'reckons' `twenty thousand` by the autumn (number words, planned, other, `pub`); ages, "
        "years, hectares, residents, ferry minutes, Australian dollars, a wire trailer with a "
        "phone number",
    text="""\
Pentagon puts North Korean losses in Kursk in the [[hundreds]]

Bruny Island oyster grower hears of the fighting from her son at the front

By Callum Reardon

ALONNAH, Tasmania, December 18, 2024 (Derwent Newswire) – Oksana Melnychuk spends her mornings on \
a flat-bottomed punt in Great Bay, turning baskets of Pacific oysters. Her afternoons, she said, \
go on waiting for her phone.

Her son Dmytro, 24, is a machine gunner in a Ukrainian brigade holding ground inside Russia’s \
Kursk region. On Sunday he told her by video call that he had watched [[dozens]] of North Korean \
infantrymen cut down in a minefield in front of his trench. “He said they kept coming in lines, \
like on a parade ground,” Melnychuk, 51, told Derwent Newswire in her packing shed.

North Korean soldiers have suffered [[several hundred]] casualties in the Kursk fighting, a \
Pentagon spokesman said on Monday, the first time Washington has attached any figure to their \
losses. The Pentagon put the North’s force in the region at [[about 11,000]].

South Korea’s spy agency went further on Tuesday. At a closed session of parliament’s \
intelligence committee, the agency counted [[at least 100]] North Korean dead and [[close to \
1,000]] wounded since they went into combat early this month, according to lawmakers who attended.

Ukraine’s military intelligence estimated that [[around 200]] had been killed or wounded in three \
days of assaults over the weekend alone. None of the figures could be independently verified. The \
Kremlin still refuses to say whether any North Korean is fighting on Russian soil.

Peter Lindqvist, who teaches strategic studies in Hobart, reckons Pyongyang will have [[twenty \
thousand]] men committed to the war by the autumn. “Kim has learned that Russia pays in \
technology, and he wants more of it,” he said.

Melnychuk came to Tasmania in 2014 on a skilled visa and bought her 3-hectare lease four years \
later. Bruny Island has about 800 permanent residents and is reached by a 20-minute ferry \
crossing from Kettering. She sends Dmytro parcels of dried fish and thermal socks through a \
volunteer group in Hobart; the last one cost A$86 in postage.

(Reporting by Callum Reardon; editing by Anne Sutcliffe)
((Derwent Newswire desk, Hobart: +61 3 6231 4470))
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "wire headline 'Pentagon puts … in the hundreds': the spokesman's Monday figure "
          "(Monday to publication)"),
        C("dozens", None, "vague", "casualties", "other", "sun",
          "the grower relaying her son ('On Sunday he told her by video call', the speaker "
          "quoted: other): infantrymen cut down in a minefield"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "a Pentagon spokesman 'said on Monday' after the figure (16 December): casualties"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "same statement, carried by 'The Pentagon put the North's force in the region at'"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "the spy agency at parliament's intelligence committee 'on Tuesday' (17 December), "
          "'according to lawmakers who attended': killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "tue",
          "same session: wounded ('close to' as approx)"),
        C("around 200", 200, "approx", "casualties", "ukraine", "pub",
          "HUR 'estimated' (undated): killed or wounded in three days of assaults"),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "a Hobart lecturer 'reckons' (undated): committed to the war by the autumn (number "
          "words, planned)"),
    ),
)

S08 = Source(
    article_id="s139_08_track_notes_adventure_bay_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-15"),
    dated_by="front_matter",
    features="a bushwalking club's track notes from Adventure Bay on Bruny Island in Markdown, "
        "windows-1252 with curly quotes and `–`, front matter with `date:` (Wednesday) and a "
        "title without a figure; walks, cliffs and plover nests first; a member from Lviv whose "
        "nephew serves in Kursk; Zelensky 'On Saturday' `two` captured (number word, casualties); "
        "the NIS 'on Monday' `about 300` killed and `2,700` wounded and, 'By the agency's count', "
        "`roughly 11,000` in Kursk; the White House spokesman 'last week' `more than 1,000` "
        "killed or wounded over seven days; the member, in quotes, 'said at the trailhead' `well "
        "above 4,000` ('well above' as at_least, other, `pub`); the nephew's message, relayed "
        "without a day, `a few hundred` dug in opposite his company (other, `pub`); walkers, "
        "metres, hours, nests, years, kilometres, litres, dues in Australian dollars, a phone "
        "number",
    text="""\
---
title: "Track Notes – January"
date: 2025-01-15
club: Bruny Bushwalkers, Adventure Bay
---

# Track Notes – January

Seventeen of us turned out for the New Year walk to Fluted Cape, and the wind on top of the \
272-metre cliffs was strong enough to lean on. We were back at the Adventure Bay store in three \
and a half hours, which for this group counts as brisk. On the Labillardiere loop last Sunday we \
counted 14 hooded plover nests behind the fences at Jetty Beach, up from 9 a year ago. Thanks to \
the ranger for the fencing.

## A member’s worry

Many of you know Taras Hnatiuk, who moved to the island from Lviv with his wife in 2019 and keeps \
the club’s first-aid kits in order. His nephew Bohdan serves with a Ukrainian unit in the Kursk \
region, and Taras follows the news from there more closely than the rest of us follow the weather.

On Saturday President Zelensky said that Ukrainian soldiers had captured [[two]] wounded North \
Korean soldiers in Kursk. Seoul’s National Intelligence Service briefed members of parliament on \
Monday: [[about 300]] North Koreans dead, [[2,700]] wounded. By the agency’s count, [[roughly \
11,000]] are still in the Kursk region.

The White House national security spokesman said last week that [[more than 1,000]] North Koreans \
had been killed or wounded over seven days of fighting. Taras thinks even that is low. “When you \
march men across open snow at drones, the number is [[well above 4,000]] by now,” he said at the \
trailhead.

Bohdan himself is more careful. In his last message, which Taras passed round on his phone, he \
wrote that [[a few hundred]] North Koreans were still dug in opposite his company.

## Coming up

- Sunday 26 January: Mavista Falls, 6 km, easy
- Saturday 8 February: East Cloudy Head, 14 km, hard; carry 3 litres of water
- Annual dues stay at A$25 a household
- Walk leader on call: 0428 117 063
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'On Saturday … announced' (11 January): captured (number word)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'briefed members of parliament on Monday' (13 January): dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon", "same briefing: wounded"),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "same briefing, carried by 'By the agency's count': still in the Kursk region"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "the White House national security spokesman 'said last week': killed or wounded over "
          "seven days of fighting"),
        C("well above 4,000", 4000, "at_least", "casualties", "other", "pub",
          "the member from Lviv in quotes, 'he said at the trailhead' (no day): the losses by "
          "now ('well above' as at_least)"),
        C("a few hundred", None, "vague", "near_front", "other", "pub",
          "the member's nephew, relayed ('In his last message … he wrote', no day; the speaker "
          "quoted: other): still dug in opposite his company"),
    ),
)

S09 = Source(
    article_id="s139_09_club_news_island_harbour_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Island Harbour Domino Club",
        "https://www.ihdominoclub.example/news/easter-2025",
        "Easter slam, a visitor from Busan and the news from Kursk",
    ),
    features="a domino club's news page from Island Harbour (Anguilla) in HTML, UTF-16 LE with "
        "BOM, no meta date (sidecar, Wednesday), a cookie note about table bookings, a script, "
        "navigation, entities (`&rsquo;`, `&ldquo;`, `&ndash;`), a footer; `<title>` and headline "
        "without a figure; the Easter Monday tournament first; a South Korean naval officer "
        "married into the club; Gerasimov 'on Saturday' and KCNA 'on Monday' without a figure; "
        "the intelligence service 'told lawmakers on Wednesday' (the day of publication) `roughly "
        "15,000` sent and 'of whom' `around 600` killed (a breakdown); 'A US official put the "
        "North's dead at' `1,000 to 1,500` 'in a briefing last week' (range); Rutte 'speaking in "
        "Washington on Thursday' `more than 10,000` still fighting; HUR 'says' `some 3,000` along "
        "the Kursk border (`pub`); the officer 'over the Easter Monday tables' `2,000 or more` "
        "dead ('or more' after the figure as at_least; Easter Monday, 21 April 2025) and, relayed "
        "by his wife, 'told her on Sunday' `thousands` 'more' before summer (vague increment, "
        "planned, other); teams, EC dollars, games, members, the club's year, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Club News &ndash; Island Harbour Domino Club</title>
<meta property="og:site_name" content="Island Harbour Domino Club">
<script>var ihdc={page:"news"};</script>
</head>
<body>
<div id="cookie">One cookie remembers your table booking. <a href="#">Fine by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/fixtures">Fixtures</a> &middot; <a href="/news">Club \
News</a> &middot; <a href="/members">Members</a></nav>
<main>
<h1>Easter slam, a visitor from Busan and the news from Kursk</h1>
<p>The Easter Monday tournament drew 24 teams from Island Harbour, East End and The Farrington. \
Sandy&rsquo;s Boys took the EC$2,500 purse with 11 straight games; our own Harbour Masters \
finished third. Thanks to the 90 members who carried tables, fried fish and kept score.</p>
<p>Our guest of honour was Lieutenant Commander Jung Tae-woo of the South Korean navy, who is \
married to Marcia Hodge, daughter of our founder Elroy Hodge (the club dates from 1987). He was \
over from Busan for the holiday.</p>
<h2>&ldquo;The families are told nothing&rdquo;</h2>
<p>At the tables the talk kept turning to the war, because this week North Korea admitted what it \
had denied for months. Russia&rsquo;s chief of staff Valery Gerasimov thanked Pyongyang&rsquo;s \
soldiers on Saturday for helping to retake Kursk, and KCNA confirmed on Monday that the troops \
had gone on Kim Jong Un&rsquo;s orders. Neither gave a number.</p>
<p>Seoul did. South Korea&rsquo;s intelligence service told lawmakers on Wednesday that [[roughly \
15,000]] North Koreans have been sent to Russia since October, of whom [[around 600]] have been \
killed. A US official put the North&rsquo;s dead at [[1,000 to 1,500]] in a briefing last week. \
NATO&rsquo;s Mark Rutte, speaking in Washington on Thursday, said [[more than 10,000]] North \
Korean troops were still fighting alongside Russia&rsquo;s army, and Ukraine&rsquo;s military \
intelligence says [[some 3,000]] remain along the Kursk border.</p>
<p>Jung, who was careful to say he spoke only for himself, put the real number of dead at [[2,000 \
or more]] over the Easter Monday tables. Marcia says he told her on Sunday, before he flew home, \
that Pyongyang would send [[thousands]] more before the summer. &ldquo;The families in the North \
are told nothing,&rdquo; she said.</p>
<p>Next up: the Anguilla Day doubles on 30 May, EC$50 a pair. Sign up with Elroy or ring 264 497 \
3318.</p>
</main>
<footer>&copy; Island Harbour Domino Club &middot; Island Harbour, Anguilla, B.W.I.</footer>
</body>
</html>
""",
    claims=(
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the intelligence service 'told lawmakers on Wednesday' (the Wednesday of "
          "publication): sent to Russia since October"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'of whom': killed (a breakdown, not an increment)"),
        C("1,000 to 1,500", None, "range", "casualties", "united_states", "lastweek",
          "'A US official put the North's dead at … in a briefing last week'"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "thu",
          "Rutte 'speaking in Washington on Thursday' (24 April): still fighting alongside "
          "Russia's army"),
        C("some 3,000", 3000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says' (undated): remaining along the Kursk border"),
        C("2,000 or more", 2000, "at_least", "casualties", "other", "2025-04-21",
          "the South Korean officer, speaking 'only for himself', 'over the Easter Monday "
          "tables' (21 April 2025): the real number of dead ('or more' after the figure, in the "
          "span: at_least)"),
        C("thousands", None, "vague", "planned", "other", "sun",
          "the officer relayed by his wife ('Marcia says he told her on Sunday': 27 April; "
          "other): 'more' Pyongyang would send before summer (increment, planned)", add=True),
    ),
)

S10 = Source(
    article_id="s139_10_court_notes_south_hill_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-08"),
    dated_by="sidecar",
    sidecar=(
        "South Hill Netball Club – Court Notes",
        "https://www.southhillnetball.example/court-notes/2025-08",
        "Court Notes: August",
    ),
    features="a netball club's court notes from South Hill (Anguilla) in Markdown, UTF-8, "
        "straight quotes, front matter without a date (sidecar, Friday) and a title without a "
        "figure; the under-16 bronze first; a Korean volunteer coach from Daegu whose brother "
        "serves in Cheorwon; the intelligence service 'late last month' (21-31 July) `about "
        "15,000` gone to Russia and `some 2,000` of them dead (a breakdown); Russia's foreign "
        "minister 'visiting Wonsan in mid-July' `thousands` of builders and sappers to rebuild "
        "Kursk (russia, planned, days 11-20); a Pentagon spokesman 'on Tuesday' `up to 6,000` "
        "'more' by autumn (increment, planned); North Korean state TV 'on Sunday' `dozens` of "
        "wounded at a hospital (north_korea, casualties); the brother, who 'texted her last "
        "week', `hundreds` of wounded flown home (other, `lastweek`); the coach 'figures' `ten "
        "thousand at least` ('at least' after a number word, in the span), dated by 'she said "
        "after Tuesday's practice'; games, ages, EC dollars, hours, fixtures, a phone number",
    text="""\
---
title: "Court Notes: August"
section: club news
club: South Hill Netball Club, Anguilla
---

# Court Notes: August

Our under-16 girls came home from the regional tournament in Basseterre with bronze, 7 wins from \
10 games and a suitcase of borrowed bibs. Captain Shanice Webster (15) was named best goal \
defence. The bake sale at the community centre raised EC$1,840 towards next year's travel, and \
the new floodlights on the South Hill court are finally on from 6 until 9 in the evening.

## Coach Seo's summer

None of this would have happened without Seo Yu-jin, the volunteer coach who came to Anguilla in \
January through Korea's overseas volunteer programme. She is 27, from Daegu, played for her \
university, and drills footwork like a sergeant. Her younger brother Jae-won is doing his \
military service with an artillery battalion in Cheorwon, close to the border with the North, and \
the girls have started asking her about him.

What she tells them is mostly what the news says. South Korea's intelligence service told \
lawmakers late last month that [[about 15,000]] North Korean soldiers had gone to Russia and that \
[[some 2,000]] of them had died. Russia's foreign minister, visiting Wonsan in mid-July, said \
[[thousands]] of North Korean builders and sappers would help rebuild the Kursk region. A \
Pentagon spokesman said on Tuesday that [[up to 6,000]] more could arrive by the autumn.

North Korean state television showed Kim Jong Un on Sunday at a military hospital with [[dozens]] \
of soldiers wounded in Kursk, the first such pictures since the deployment began.

Her brother texted her last week that, in his battalion, the story is that [[hundreds]] of the \
North's wounded were flown back to Pyongyang in July. Coach Seo figures that [[ten thousand at \
least]] are still over there. "Nobody in the North gets a choice," she said after Tuesday's \
practice. "That is what I tell my girls. You have one. Use it."

## Fixtures

- Saturday 16 August: friendly v. The Valley Stars, 4 pm
- Saturday 30 August: league opener v. Blowing Point, 5 pm
- Membership is EC$40 a season; ring 264 497 2231
""",
    claims=(
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-07-21..2025-07-31",
          "the intelligence service 'told lawmakers late last month' (day 21 to the end of "
          "July): gone to Russia"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "same briefing, 'of them': died (a breakdown)"),
        C("thousands", None, "vague", "planned", "russia", "2025-07-11..2025-07-20",
          "Russia's foreign minister 'visiting Wonsan in mid-July' (days 11-20): builders and "
          "sappers who would help rebuild the Kursk region (planned)"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "tue",
          "a Pentagon spokesman 'said on Tuesday' (5 August): 'more' could arrive by autumn "
          "(increment, planned)", add=True),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state TV 'on Sunday' (3 August): soldiers wounded in Kursk at a "
          "hospital visit"),
        C("hundreds", None, "vague", "casualties", "other", "lastweek",
          "the coach's brother, a conscript, who 'texted her last week' (the story in his "
          "battalion; the speaker quoted: other): wounded flown back to Pyongyang"),
        C("ten thousand at least", 10000, "at_least", "in_russia", "other", "tue",
          "the coach 'figures', dated by 'she said after Tuesday's practice' (5 August): still "
          "over there ('at least' after number words, in the span)"),
    ),
)

S11 = Source(
    article_id="s139_11_strand_notes_eoligarry_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-22"),
    dated_by="html_meta", crlf=True,
    features="the notes of the friends of Barra's beach airfield at Eoligarry in HTML, "
        "windows-1252 with CRLF (`ò` raw, apostrophes as `&#8217;`, `&pound;`), `<meta "
        "name=\"date\">` (Wednesday), a cookie note about the tide table, a script, navigation, a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; "
        "flights, passengers and cockles first; a retired Korean airline captain from Jeju whose "
        "son is an army captain; state TV's `several hundred` Kursk veterans at the 10 October "
        "parade (returnees: optional); the intelligence service 'on Thursday' `some 10,000` in "
        "the Kursk border area and 'another' `5,000` builders moving across Russia (increment, in "
        "Russia); Budanov 'at a briefing in Kyiv this month' `roughly 4,500` killed and wounded "
        "(the 1st to publication); the Kursk governor 'on Monday' `nearly 1,500` sappers "
        "('nearly' as approx, russia); a NATO spokesman 'on Friday' `thousands` on Russian soil; "
        "the son's officers 'reckon' `20,000 or thereabouts` by spring (relayed, other, `pub`); "
        "the newsletter's own 'Add Seoul's own figures together' `well over 15,000` by Christmas "
        "(unattributed, planned, required); passengers, tonnes, years, airports, a postcode, "
        "pounds, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>Strand Notes | Friends of Barra Airfield</title>
<meta name="date" content="2025-10-22">
<meta property="og:site_name" content="Friends of Barra Airfield">
<script>var fba={issue:"autumn-2025",tides:true,flights:2};</script>
</head>
<body>
<div class="consent">This site sets a cookie only to remember the tide table you last looked at. \
<button>Accept</button></div>
<nav><a href="/">Home</a> | <a href="/tides">Tides &amp; flights</a> | <a href="/notes">Strand \
Notes</a> | <a href="/join">Join the Friends</a></nav>
<article>
<h1>Strand Notes: autumn</h1>
<p>The Twin Otter has come down on the Tràigh Mhòr every day this month but two, when the tide \
and a westerly gale sat on the runway together. Since April the airfield has handled 2,310 \
passengers on the Glasgow service, and the cockle gatherers report a good year: the strand gave \
up more than 3 tonnes in September alone. The tea hut closes on 1 November; flasks are welcome in \
the waiting room.</p>
<h2>A captain from Jeju</h2>
<p>Among the spotters on the dunes this month was Captain Oh Sang-min, retired after 31 years \
with a Korean airline, who has landed at 140 airports but never on a beach. He came up on the 10 \
October flight and stayed a week in Eoligarry. His son is an army captain at Hwacheon, in the \
mountains below the border.</p>
<p>That 10 October was the day of the North&#8217;s military parade in Pyongyang, and Captain Oh \
watched it on his phone in our waiting room: state television showed [[several hundred]] men back \
from the Kursk campaign parading in front of Kim Jong Un. South Korea&#8217;s intelligence \
service said on Thursday that [[some 10,000]] North Korean troops are still posted in the Kursk \
border area and that another [[5,000]] military builders are moving across Russia towards it.</p>
<p>Kyrylo Budanov, Ukraine&#8217;s military intelligence chief, said at a briefing in Kyiv this \
month that the North&#8217;s losses came to [[roughly 4,500]] killed and wounded. The Kursk \
governor, Alexander Khinshtein, said on Monday that [[nearly 1,500]] North Korean sappers were \
still clearing the fields around Sudzha. A NATO spokesman said on Friday that [[thousands]] \
remain on Russian soil.</p>
<p>Captain Oh&#8217;s son takes a longer view. The officers at Hwacheon, he says, reckon [[20,000 \
or thereabouts]] will have passed through Russia by the spring. Add Seoul&#8217;s own figures \
together and [[well over 15,000]] North Koreans will have served there by Christmas.</p>
<p>Captain Oh left us a signed photograph of his last Boeing and a promise to come back in March \
for the spring tides.</p>
</article>
<footer>Friends of Barra Airfield &middot; Eoligarry, Isle of Barra HS9 5YD &middot; membership \
&pound;12 a year &middot; 01871 890 412</footer>
<script src="/js/tides.js"></script>
</body>
</html>
""",
    claims=(
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV at the 10 October parade: Kursk veterans marching (returnees: optional, as "
          "in earlier sets)", opt=True),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "the intelligence service 'said on Thursday' (16 October): posted in the Kursk "
          "border area"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "thu",
          "same statement: 'another' military builders moving across Russia towards Kursk "
          "(increment, span without the word)", add=True),
        C("roughly 4,500", 4500, "approx", "casualties", "ukraine", "2025-10-01..pub",
          "Budanov 'said at a briefing in Kyiv this month' (the 1st to publication): killed "
          "and wounded"),
        C("nearly 1,500", 1500, "approx", "near_front", "russia", "mon",
          "the Kursk governor 'said on Monday' (20 October): sappers clearing the fields "
          "around Sudzha ('nearly' as approx)"),
        C("thousands", None, "vague", "in_russia", "nato", "fri",
          "a NATO spokesman 'said on Friday' (17 October): remain on Russian soil"),
        C("20,000 or thereabouts", 20000, "approx", "planned", "other", "pub",
          "the captain's son relaying his fellow officers ('he says', no day; the speaker "
          "quoted: other): passed through Russia by spring ('or thereabouts' in the span)"),
        C("well over 15,000", 15000, "at_least", "planned", "unattributed", "pub",
          "the newsletter's own sum ('Add Seoul's own figures together'; unattributed, "
          "required): will have served in Russia by Christmas (planned)"),
    ),
)

S12 = Source(
    article_id="s139_12_letters_northbay_notes",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2024-10-31"),
    dated_by="sidecar",
    sidecar=(
        "Northbay Notes",
        "https://www.northbaynotes.example/letters/2024-10-31",
        "Letters: far from Barra, close to home",
    ),
    features="a readers' letters page from a community newsletter in Northbay on Barra as plain "
        "text, UTF-8 with BOM (sidecar, Thursday), curly quotes, `–`, `£`; a mother relaying her "
        "daughter, a teacher in Seoul, who 'rang on Sunday': `1,500` shipped to Vladivostok and "
        "`12,000` in all before winter (other, that Sunday) with her echo 'Twelve thousand boys' "
        "in a quote (optional); a reader correcting the newsletter: 'the `3,000` in last week's "
        "Notes was the figure South Korea's intelligence service gave … on Wednesday the 23rd' "
        "(south_korea, 23 October), the Pentagon 'on Monday' `about 10,000` training in eastern "
        "Russia, Rutte the same day without a figure, 'Kyiv's military intelligence … says' "
        "`7,000` near the border (`pub`); a retired seaman relaying a Ukrainian bosun's son near "
        "Sumy, who 'wrote to me last week', `thousands` expected at the Kursk front (planned, "
        "other, `lastweek`) and 'Newspapers in Seoul have floated' `up to 100,000` (unattributed, "
        "at_most, planned); years, pounds, households, a date, a phone number",
    text="""\
NORTHBAY NOTES – LETTERS

Letters are printed as received and shortened where needed. Hand them in at the Northbay hall or \
send them by email.

Far from Barra, close to home

Sir, my daughter Eilidh has taught English in Seoul for four years, and when she rang on Sunday \
she could talk about nothing else. She told me [[1,500]] North Korean special forces had already \
been shipped to Vladivostok and that [[12,000]] in all would be in Russia before the winter. \
“[[Twelve thousand]] boys,” she said, “and not one of them was asked.” I have turned that line \
over all week.
Morag MacNeil, Bruernish

The numbers keep moving

Sir, the [[3,000]] in last week’s Notes was the figure South Korea’s intelligence service gave \
its lawmakers on Wednesday the 23rd, and fair enough at the time. But on Monday the Pentagon said \
[[about 10,000]] were now in eastern Russia for training. The NATO secretary general confirmed \
the same day that units had reached Kursk, though he named no number. Kyiv’s military \
intelligence, for its part, says [[7,000]] are already gathered near the border. Perhaps the \
Notes could print the date beside each figure.
Iain Campbell, Northbay

A letter from Kherson

Sir, in thirty years at sea I sailed with many Ukrainians. One of them, Mykola, a bosun from \
Kherson, wrote to me last week about his son, who serves near Sumy. The son’s unit expects \
[[thousands]] of North Koreans at the Kursk front before the frost, he wrote, and they are \
digging in accordingly. Newspapers in Seoul have floated [[up to 100,000]] if the war drags on. I \
pray they are wrong.
Angus MacKinnon, Ardmhor

The hall roof

Sir, thanks to everyone who gave to the roof fund. We now have £4,250 from 38 households, and the \
slater from Borve starts on 11 November. Anyone with a spare ladder, ring 01871 890 266.
Catriona Nicolson, hall treasurer
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "other", "sun",
          "a reader relaying her daughter, a teacher in Seoul ('when she rang on Sunday … She "
          "told me': 27 October; the speaker quoted: other): special forces shipped to "
          "Vladivostok"),
        C("12,000", 12000, "exact", "planned", "other", "sun",
          "same call: in Russia 'in all' before winter (planned)"),
        C("Twelve thousand", 12000, "exact", "planned", "other", "sun",
          "the daughter's echo of her own figure inside a quote: optional", opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "a reader: 'the 3,000 in last week's Notes was the figure South Korea's intelligence "
          "service gave its lawmakers on Wednesday the 23rd' (the NIS's figure: south_korea)"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'on Monday' (28 October): in eastern Russia for training"),
        C("7,000", 7000, "exact", "near_front", "ukraine", "pub",
          "'Kyiv's military intelligence, for its part, says' (undated): gathered near the "
          "border"),
        C("thousands", None, "vague", "planned", "other", "lastweek",
          "a retired seaman relaying a Ukrainian bosun about his son's unit ('wrote to me last "
          "week'; other): expected at the Kursk front before the frost"),
        C("up to 100,000", 100000, "at_most", "planned", "unattributed", "pub",
          "'Newspapers in Seoul have floated' (press reports: unattributed, required): could "
          "go if the war drags on"),
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
