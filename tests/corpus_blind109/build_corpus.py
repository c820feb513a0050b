"""Build the HUNDRED-AND-NINTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-eleventh corpus, for an honest measurement on articles the extractor has never
met, written in session 13 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an
organ-building workshop's letter from Kamenz with the cantor of a church in Daejeon, the friends'
circular of the Lipizzaner stud at Piber near Köflach (Austrian conventions) with a groom from
Poltava, the Liechtenstein stamp collectors' newsletter from Vaduz (Swiss conventions) after a
talk on North Korean propaganda stamps, a Laas marble works' news sheet from the Vinschgau in
South Tyrol with a sculptor from Kharkiv, the Vennbahn cycle-route friends' page from Sankt Vith
in East Belgium with a retired South Korean navy captain, a Gescher bell foundry's letter with a
priest from a village near Chernihiv; a frigatebird tour operator's lagoon notes from Codrington
(Barbuda) with a retired merchant captain from Mokpo, a Molokai outrigger canoe club's newsletter
with a steersman who served at Camp Casey, the King Island bull-kelp collectors' newsletter with
a seaweed buyer from Wando, the Saba trail crew's news page with a medical student whose uncle
sits on the joint staff in Seoul, an Achill Island sea swimmers' newsletter with a swimmer from
Kharkiv and the Atlin (British Columbia) paddlewheeler friends' newsletter with a retired
geologist from Chuncheon. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind109_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Liechtenstein, Italy's South Tyrol, East Belgium)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p109_01_werkstattbrief_orgelbau_kamenz_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-22"),
    dated_by="front_matter",
    features="an organ-building workshop's letter from Kamenz in Markdown, UTF-8, front matter "
        "with `date:` (Friday), a workshop key and a title without a figure, `„“`; the NIS "
        "briefing 'Am Mittwoch' in the sentence before, 'Danach' `mehr als 10.000` in Kursk and "
        "'Der Dienst hält es … für möglich' `Tausende` 'weitere' (increment, planned); the "
        "Pentagon 'am Montag' `rund 11.000` in Russia; HUR named after the figure ('teilte … "
        "mit') 'am Sonntag' `etwa 40` killed; Zelensky 'rechnete vergangene Woche vor' `zwölf- "
        "bis fünfzehntausend` (range of number words, planned); a NATO spokesman 'am Donnerstag' "
        "„`mehreren tausend` … an der Front“; a Korean cantor relaying her brother "
        "`zwanzigtausend` (number word, planned, other, `pub`) and her own `Hunderte` fallen; "
        "Peskov without a figure; registers, pipes, metres, days at sea, euros, years, an "
        "apprentice's age, a phone number",
    text="""\
---
title: "Werkstattbrief: Eine Orgel reist nach Daejeon"
date: 2024-11-22
werkstatt: Orgelbau Haberkorn & Söhne, Kamenz
ausgabe: Werkstattbrief 3/2024
---

# Werkstattbrief aus der Macherstraße

*Zum ersten Mal steht das Instrument für die Hanbit-Gemeinde in Daejeon vollständig aufgebaut \
in unserem Montagesaal. Bevor wir es wieder zerlegen und in Kisten schlagen, hat die Kantorin der \
Gemeinde zwei Wochen lang mit uns intoniert.*

## Zwei Wochen am Spieltisch

Die Orgel hat 27 Register auf zwei Manualen und Pedal, zusammen 1.836 Pfeifen. Die größte misst \
gut fünf Meter, die kleinste ist kürzer als ein Schulbleistift. Kantorin Seo Yun-hee saß jeden \
Abend bis nach zehn am Spieltisch, während unsere beiden Intonateure Pfeife um Pfeife \
nachgearbeitet haben. Verladen wird im Januar in Hamburg; nach ungefähr 40 Tagen auf See soll die \
Fracht in Busan ankommen.

## „Bei uns zu Hause redet man nur noch von Kursk“

Beim Abschiedsessen im Gasthof am Hutberg kam die Rede auf die Meldungen, die Frau Seo jeden \
Morgen als Erstes auf dem Handy liest. Ihr jüngerer Bruder ist Hauptmann der Reserve in Paju, \
wenige Kilometer südlich der Grenze.

Am Mittwoch hatte der Nachrichtendienst NIS in Seoul den Geheimdienstausschuss des Parlaments \
unterrichtet. Danach stehen [[mehr als 10.000]] nordkoreanische Soldaten im russischen Gebiet \
Kursk, manche von ihnen hätten schon an Kämpfen teilgenommen. Der Dienst hält es außerdem für \
möglich, dass Pjöngjang [[Tausende]] weitere nachschickt, sobald die ersten Einheiten \
Fronterfahrung gesammelt haben.

Das Verteidigungsministerium in Washington hatte die Gesamtzahl der Nordkoreaner in Russland \
bereits am Montag mit [[rund 11.000]] angegeben. Aus Kiew kamen am Sonntag die ersten \
Verlustmeldungen: Bei Angriffen nahe Korenewo seien [[etwa 40]] Nordkoreaner getötet worden, \
teilte der ukrainische Militärgeheimdienst HUR mit. Präsident Wolodymyr Selenskyj rechnete \
vergangene Woche vor, Kim könne Russland schon bald [[zwölf- bis fünfzehntausend]] Mann stellen. \
Ein Nato-Sprecher in Brüssel wollte sich am Donnerstag auf keine eigene Zahl festlegen, sprach \
aber von „[[mehreren tausend]] Nordkoreanern an der Front“. Kremlsprecher Dmitri Peskow nannte die \
Berichte erneut „Spekulation“.

Frau Seo traut keiner dieser Angaben ganz. „Mein Bruder sagt, in seiner Kaserne rechnet man bis \
zum Frühjahr mit [[zwanzigtausend]]“, erzählte sie beim Nachtisch. „Und dass schon [[Hunderte]] \
gefallen sind, hält bei uns jeder für ausgemacht.“ Sie will im März zur Einweihung wieder dabei \
sein, dann an der neuen Orgel.

## Aus der Werkstatt

- Das Instrument für Daejeon kostet die Gemeinde rund 680.000 Euro; ein Drittel trägt eine \
Stiftung in Seoul.
- Im Frühjahr 2025 restaurieren wir eine Dorforgel bei Pulsnitz, gebaut 1762 von einem \
Silbermann-Schüler.
- Unser Lehrling Jonas, 19, hat im Oktober die Gesellenprüfung bestanden.
- Werkstattbesuche nach Absprache unter 03578 31 44 06.
""",
    claims=(
        C("mehr als 10.000", 10000, "at_least", "near_front", "south_korea", "wed",
          "the NIS briefing 'Am Mittwoch' in the sentence before, 'Danach' (Friday letter): in "
          "the Kursk region"),
        C("Tausende", None, "vague", "planned", "south_korea", "wed",
          "'Der Dienst hält es außerdem für möglich' (NIS carried): 'weitere nachschickt' "
          "(increment, the word outside the span)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon ('Das Verteidigungsministerium in Washington') 'am Montag': the total "
          "in Russia"),
        C("etwa 40", 40, "approx", "casualties", "ukraine", "sun",
          "'am Sonntag' in the sentence's lead, HUR named after the figure ('teilte … mit'), "
          "Konjunktiv: killed near Korenevo"),
        C("zwölf- bis fünfzehntausend", None, "range", "planned", "ukraine", "lastweek",
          "Zelensky 'rechnete vergangene Woche vor': Kim could provide soon (two number words, "
          "the first cut short: range)"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "thu",
          "a NATO spokesman in Brussels 'am Donnerstag', „…“, without a figure of his own: at "
          "the front"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a Korean cantor relaying her brother ('Mein Bruder sagt', the speaker quoted: "
          "other), undated 'erzählte sie': expected by spring (number word)"),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "same quote, her own view ('hält bei uns jeder für ausgemacht'): fallen"),
    ),
)

P02 = Source(
    article_id="p109_02_gestuetsfreunde_piber_rundbrief_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-16"),
    dated_by="html_meta", crlf=True,
    features="the friends' circular of the Lipizzaner stud at Piber (West Styria) in HTML, "
        "windows-1252 with CRLF (`„“`, `–` and `·` raw), `article:published_time` +01:00 "
        "(Thursday), Austrian conventions (`Jänner`, `Feber`, `heuer`), a cookie note about the "
        "donation form, a script, navigation, a footer with a postcode and a phone number; "
        "`<title>` and headline without a figure; Zelensky 'Vergangenen Samstag' `zwei` prisoners "
        "(number word); the NIS 'Am Montag' report `knapp 300` killed and `etwa 2.700` wounded "
        "(Konjunktiv); Zelensky 'Tags darauf' (the Tuesday) `fast 4.000` (approx); the US "
        "government 'Anfang Jänner' (days 1-10) `über 11.000`; 'Laut dem … Militärgeheimdienst' "
        "(undated) `rund 1.500` 'zusätzliche' in February (increment, planned); a Ukrainian groom "
        "relaying his brother `ein paar Tausend` in front of his sector and his own `mindestens "
        "20.000` by summer (other, `pub`); foals, years, ages, months, euros, a date, a postcode, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<meta property="article:published_time" content="2025-01-16T10:17:00+01:00">
<title>Freundeskreis Gestüt Piber – Rundbrief Jänner</title>
<script>var freundeskreis={spendenformular:"kurz",sprache:"de-AT"};</script>
</head>
<body>
<div class="keksdose">Ein Cookie merkt sich, was Sie ins Spendenformular getippt haben – mehr \
nicht. <button>Soll sein</button> <button>Bitte keins</button></div>
<nav>Das Gestüt · Fohlenpatenschaft · Termine · Rundbrief · Mitglied werden</nav>
<article>
<h1>Ein Pferdepfleger aus Poltawa und der lange Winter</h1>
<p>Im Stall der Mutterstuten ist der Jänner die stillste Zeit, bevor im Feber die ersten Fohlen \
kommen. Heuer erwartet das Gestüt 38 Lipizzanerfohlen, dunkel geboren wie jedes Jahr; \
schimmelweiß werden sie erst mit sechs bis zehn Jahren.</p>
<p>Seit zwei Jahren gehört Oleksandr Hryzenko zur Stallmannschaft. Der 41-Jährige hat in Poltawa \
einen Reitbetrieb geführt, bevor er mit Frau und Tochter nach Köflach kam. Sein jüngerer Bruder \
fährt einen Sanitätswagen für eine Brigade, die seit August jenseits der Grenze bei Sudscha \
kämpft.</p>
<h2>Was über die Nordkoreaner gemeldet wird</h2>
<p>Vergangenen Samstag ließ Präsident Wolodymyr Selenskyj Videos von [[zwei]] gefangenen \
Nordkoreanern verbreiten, beide verwundet. Am Montag legte der südkoreanische Nachrichtendienst \
NIS dem Parlament in Seoul seinen Bericht vor: [[knapp 300]] Nordkoreaner seien getötet, [[etwa \
2.700]] verwundet worden. Tags darauf nannte Selenskyj eine weit höhere Zahl, nämlich [[fast \
4.000]] Tote und Verwundete.</p>
<p>Die US-Regierung hatte die Zahl der nach Russland verlegten Soldaten Anfang Jänner auf [[über \
11.000]] geschätzt. Laut dem ukrainischen Militärgeheimdienst bereitet Pjöngjang bereits \
Nachschub vor: Im Feber könnten [[rund 1.500]] zusätzliche Soldaten eintreffen.</p>
<p>Oleksandr liest das alles nachts im Stallbüro auf Ukrainisch nach. „Mein Bruder sagt, vor \
ihrem Abschnitt liegen [[ein paar Tausend]], jung und schlecht ausgerüstet, aber sie gehen \
einfach weiter“, erzählt er. Er selbst hält [[mindestens 20.000]] bis zum Sommer für \
realistisch. Dann striegelt er weiter die Stute Favory Bona, die im März fohlen soll.</p>
<h2>Termine</h2>
<p>Fohlenschau am 26. April 2025; Stallführungen täglich um 14 Uhr, Eintritt 19 Euro. Der \
Mitgliedsbeitrag bleibt heuer bei 45 Euro.</p>
</article>
<footer>Freundeskreis Lipizzanergestüt Piber · 8580 Köflach · Tel. +43 3144 3323 71</footer>
<script src="/js/rundbrief.min.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Vergangenen Samstag' (11 January, Thursday page): captured (number word)"),
        C("knapp 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS report to parliament 'Am Montag', Konjunktiv after the colon: killed"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same report, same sentence: wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "tue",
          "Zelensky 'Tags darauf' (the day after the NIS's Monday): dead and wounded ('fast' "
          "as approx)"),
        C("über 11.000", 11000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-10",
          "the US government 'Anfang Jänner' (days 1-10): moved to Russia"),
        C("rund 1.500", 1500, "approx", "planned", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated, present tense): 'Nachschub', "
          "'zusätzliche' in February (increment, the word outside the span)", add=True),
        C("ein paar Tausend", None, "vague", "near_front", "other", "pub",
          "a Ukrainian groom relaying his brother ('Mein Bruder sagt', the speaker quoted: "
          "other), undated: in front of his brigade's sector"),
        C("mindestens 20.000", 20000, "at_least", "planned", "other", "pub",
          "the groom's own view, 'hält … für realistisch' (undated): by the summer"),
    ),
)

P03 = Source(
    article_id="p109_03_philatelisten_vaduz_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-14"),
    dated_by="dateline",
    features="the Liechtenstein stamp collectors' newsletter from Vaduz as plain text, ISO-8859-1 "
        "(Swiss conventions: `ss`, «», `14'000`, `3'200`, `60'000`, 4-digit "
        "`3000`/`4000`/`5000`), dated by the place line 'Vaduz, 14. März 2025' (Friday); a "
        "headline with the speaker's «mindestens 14'000» from Tuesday's talk (Tuesday to "
        "publication); the talk report citing the JCS 'Ende Februar' (days 21-28) `rund 3000` "
        "'zusätzliche' (increment) and `etwa 4000` dead and wounded; Zelensky 'Nach Angaben' "
        "'Anfang März' (days 1-10) «`einige Tausend`» in Kursk; a NATO spokesman 'am Montag' `bis "
        "zu 5000` 'weitere' (at_most, increment, planned); the speaker's own «`mindestens "
        "14'000`» and `6000 bis 8000` 'nochmals' (range, increment, planned) on the talk evening, "
        "and his echo «4000 Tote und Verletzte» (optional); members, stamp issues, a print run, "
        "francs, years, a date, a phone number",
    text="""\
PHILATELISTEN-VEREIN LIECHTENSTEIN
Mitteilungsblatt 3/2025

Vaduz, 14. März 2025

Vortragsabend: Kims Briefmarken, Kims Soldaten und «[[mindestens 14'000]]»

Liebe Sammlerinnen und Sammler

Gut 40 Mitglieder und Gäste sind am Dienstag in den Saal im Engländerbau gekommen, so viele wie \
seit Jahren nicht mehr. Vereinsmitglied Dr. Beat Frommelt sprach über nordkoreanische \
Propagandamarken. Er sammelt sie seit 1989 und besitzt nach eigener Zählung rund 3'200 \
verschiedene Ausgaben: Raketen, Erntefeste, Kinder mit Blumen und immer wieder der «ewige \
Präsident». Eine Sondermarke zu den Soldaten in Russland gebe es noch nicht, sagte Frommelt, \
«aber die kommt, verlassen Sie sich darauf».

Was Seoul, Kiew und Brüssel melden

Im zweiten Teil stellte er zusammen, was über die Truppen bekannt ist, die Kim Jong Un nach \
Russland geschickt hat. Der Generalstab in Seoul habe Ende Februar gemeldet, dass seit Januar \
[[rund 3000]] zusätzliche Soldaten nach Russland gebracht worden seien. Die Verluste bezifferte \
der Generalstab damals auf [[etwa 4000]] Tote und Verwundete. Nach Angaben des ukrainischen \
Präsidenten Wolodymyr Selenskyj kämpften Anfang März noch «[[einige Tausend]]» Nordkoreaner im \
Gebiet Kursk. Die Nato hält sich mit Zahlen zurück; ein Sprecher in Brüssel erklärte am Montag \
lediglich, bis zum Frühsommer könnten [[bis zu 5000]] weitere hinzukommen.

Frommelts eigene Rechnung

Der Referent hält die offiziellen Zahlen für zu tief. «Zählt man die Ablösungen mit, waren es \
bis heute [[mindestens 14'000]]», sagte er. Im Sommer würden nach seiner Erwartung nochmals \
[[6000 bis 8000]] folgen, vor allem Pioniere und Bauleute. «Stellen Sie sich vor: [[4000]] Tote \
und \
Verletzte, und in Pjöngjang erfährt die Mutter nicht einmal, wo ihr Sohn begraben liegt», sagte \
Frommelt zum Schluss. Der Applaus war lang, die Fragerunde auch.

Vereinsnachrichten

- Tauschtag am 5. April im Gemeindesaal Schaan, 9 bis 15 Uhr, Eintritt frei.
- Die neue Sondermarke «Rheinbrücke» (Auflage 60'000 Stück) gibt es am Postschalter für CHF 2.30.
- Der Jahresbeitrag bleibt bei CHF 50; wer bis Ende April zahlt, erhält den Jahreskatalog gratis.
- Auskunft beim Präsidenten, Telefon +423 232 51 80.
""",
    claims=(
        C("mindestens 14'000", 14000, "at_least", "in_russia", "other", "tue..pub",
          "headline with the speaker's own figure from Tuesday's talk (Tuesday to the Friday "
          "of publication), «…»"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "the talk report citing the JCS ('Der Generalstab in Seoul habe Ende Februar "
          "gemeldet', days 21-28): 'zusätzliche' sent since January (increment, the word "
          "outside the span)", add=True),
        C("etwa 4000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "'bezifferte der Generalstab damals' (the same report): dead and wounded"),
        C("einige Tausend", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "'Nach Angaben des ukrainischen Präsidenten' 'Anfang März' (days 1-10), «…»: still "
          "fighting in Kursk"),
        C("bis zu 5000", 5000, "at_most", "planned", "nato", "mon",
          "a NATO spokesman in Brussels 'erklärte am Montag': 'weitere' could join by early "
          "summer (increment, the word outside the span)", add=True),
        C("mindestens 14'000", 14000, "at_least", "in_russia", "other", "tue",
          "the speaker on the talk evening (Tuesday), «…», 'sagte er': sent so far, rotations "
          "counted"),
        C("6000 bis 8000", None, "range", "planned", "other", "tue",
          "same talk, 'nach seiner Erwartung nochmals … folgen' (increment, the word outside "
          "the span)", add=True),
        C("4000", 4000, "exact", "casualties", "other", "tue",
          "an echo of the JCS figure inside the speaker's closing quote (optional, as echoes "
          "in earlier sets)", opt=True),
    ),
)

P04 = Source(
    article_id="p109_04_marmorwerk_laas_neuigkeiten",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-06-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Marmorwerk Laas – Neuigkeiten aus Bruch und Werkstatt",
        "https://www.marmorwerk-laas.example/neuigkeiten/2025-06-bildhauerin-aus-charkiw",
        "Eine Bildhauerin aus Charkiw und die Nachrichten aus Pjöngjang",
    ),
    features="a marble works' news sheet from Laas in the Vinschgau (South Tyrol) as plain text, "
        "UTF-8 with BOM and CRLF (sidecar, Friday), `„“`, `heuer`; Shoigu 'Am Dienstag' in "
        "Pyongyang announcing `1.000` deminers and `5.000` military builders for Kursk (two "
        "groups of one announcement, planned, no increment); 'Der ukrainische Militärgeheimdienst "
        "HUR schätzt' (undated) `rund 11.000` in Russia and 'Nach seinen Erkenntnissen' `25.000 "
        "bis 30.000` 'weitere' (range, increment, planned); 'Nach Einschätzung eines "
        "Nato-Vertreters … Anfang Juni' (days 1-10) `knapp 15.000` who fought; the NIS 'Ende Mai' "
        "(days 21-31) `mehr als 5.000` dead and wounded; the news sheet's own 'Zusammengezählt' "
        "`gut 17.000` (at_least, a projection with the announced units: planned, unattributed, "
        "required); a sculptor from Kharkiv 'ist sicher' `mehr als 50.000` in the end (planned, "
        "other, `pub`); altitude, tonnes, ages, years, pupils, euros, a phone number",
    text="""\
MARMORWERK LAAS
Neuigkeiten aus Bruch und Werkstatt – Juni 2025

Der Bruch ist wieder offen

Der letzte Schnee am Jennwand ist weg, und seit Anfang Juni läuft die Schrägbahn wieder. Unser \
Abbau liegt auf 1.565 Metern; heuer wollen wir rund 2.400 Tonnen Rohblöcke herausholen. Ein \
Drittel davon geht an Bildhauerateliers zwischen Carrara und Kopenhagen, der Rest wird hier im \
Tal gesägt, geschliffen und verarbeitet.

Eine Bildhauerin aus Charkiw

Seit September lernt Iryna Bondar an der Fachschule für Steinbearbeitung im Dorf. Die \
29-Jährige hat in Charkiw an der Kunstakademie studiert und ist 2022 mit ihrer Mutter nach \
Südtirol gekommen. Ihr Gesellenstück, eine Taube aus weißem Laaser Marmor, steht ab Juli im \
Rathaus von Schlanders. Von den 80 Schülerinnen und Schülern der Fachschule ist sie die einzige \
aus der Ukraine.

Mittags in der Werkstatt wird viel über den Krieg geredet, seit ein paar Tagen vor allem über \
die Nachrichten aus Pjöngjang. Am Dienstag war der russische Sicherheitsratssekretär Sergej \
Schoigu bei Kim Jong Un zu Gast. Danach verkündete er, Nordkorea werde [[1.000]] Minenräumer und \
[[5.000]] Militärbauarbeiter ins Gebiet Kursk schicken, um die zerstörten Dörfer wieder \
aufzubauen.

Der ukrainische Militärgeheimdienst HUR schätzt, dass derzeit [[rund 11.000]] Nordkoreaner in \
Russland stationiert sind. Nach seinen Erkenntnissen lässt Pjöngjang zudem [[25.000 bis 30.000]] \
weitere Soldaten für einen Einsatz ausbilden. Nach Einschätzung eines Nato-Vertreters, der sich \
Anfang Juni in Brüssel äußerte, haben seit dem vergangenen Herbst [[knapp 15.000]] Nordkoreaner \
auf russischer Seite gekämpft. Der südkoreanische Nachrichtendienst hatte Ende Mai von [[mehr \
als 5.000]] Toten und Verwundeten gesprochen. Zusammengezählt mit den angekündigten Pionieren und \
Bauarbeitern wären damit bis zum Herbst [[gut 17.000]] Nordkoreaner nach Russland gegangen.

„In Charkiw sagen die Leute, Kim schickt so lange Soldaten, wie Putin bezahlt“, sagt Iryna. Sie \
ist sicher, dass es am Ende [[mehr als 50.000]] sein werden. Ihr Vater lebt noch in Charkiw; \
seine Wohnung im neunten Stock hat seit dem Frühjahr keine Fensterscheiben mehr.

Führungen

Führungen durch Werk und Schrägbahn gibt es von Juli bis September jeden Mittwoch um 10 Uhr, \
Erwachsene zahlen 12 Euro. Anmeldung im Büro unter +39 0473 62 61 18.
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu in Pyongyang 'Am Dienstag' (Friday sheet), 'verkündete er, Nordkorea werde "
          "… schicken': deminers for Kursk (planned)"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders (a second group of the same announcement, "
          "not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'Der ukrainische Militärgeheimdienst HUR schätzt' (undated, present tense): "
          "stationed in Russia"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "pub",
          "'Nach seinen Erkenntnissen' (HUR carried, undated): 'weitere' being trained "
          "(increment, the word outside the span)", add=True),
        C("knapp 15.000", 15000, "approx", "near_front", "nato", "2025-06-01..2025-06-10",
          "'Nach Einschätzung eines Nato-Vertreters, der sich Anfang Juni … äußerte' (days "
          "1-10): fought on the Russian side"),
        C("mehr als 5.000", 5000, "at_least", "casualties", "south_korea",
          "2025-05-21..2025-05-31",
          "the NIS 'Ende Mai' (days 21-31): dead and wounded"),
        C("gut 17.000", 17000, "at_least", "planned", "unattributed", "pub",
          "the news sheet's own sum ('Zusammengezählt mit den angekündigten …', no source: "
          "unattributed, required), 'gut' as at_least: 'wären … bis zum Herbst … gegangen' "
          "counts announced units (a projection: planned)"),
        C("mehr als 50.000", 50000, "at_least", "planned", "other", "pub",
          "a sculptor from Kharkiv, 'Sie ist sicher' (undated): in the end"),
    ),
)

P05 = Source(
    article_id="p109_05_vennbahn_freunde_sankt_vith_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-08-28"),
    dated_by="sidecar",
    sidecar=(
        "Vennbahn-Freunde Sankt Vith",
        "https://www.vennbahn-freunde.example/aus-dem-verein/2025/kapitaen-aus-busan",
        "Ein Kapitän zur See a. D. auf der Vennbahn",
    ),
    features="the Vennbahn cycle-route friends' page from Sankt Vith (East Belgium) in HTML, "
        "UTF-8, no meta date (sidecar, Thursday), a cookie note for the ride registration, a "
        "script, navigation, a footer with a phone number, `&nbsp;` in a figure; `<title>` and "
        "headline without a figure; North Korean television 'Am Freitag' `Hunderte` returnees "
        "(optional) and, Konjunktiv in the next sentence, portraits of `101` fallen (north_korea, "
        "casualties); the JCS 'Mitte August' (days 11-20) `rund 2.000` dead; a NATO spokesman "
        "'erklärte am Montag' `mehr als 14.000` sent; the Kursk governor 'am Dienstag' `etwa "
        "1.000` deminers in the border villages (russia, near the front); 'Dem … "
        "Militärgeheimdienst zufolge' (undated) `bis zu 3.000` gunners near Belgorod; a retired "
        "South Korean navy captain 'glaubt' `6.000 oder 7.000` 'nochmals' (range, increment, "
        "planned, other, `pub`); the page's own 'unterm Strich' `mindestens 15.000` "
        "(unattributed, required); kilometres, per cent, riders, ages, nights, euros, years, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-BE">
<head>
<meta charset="utf-8">
<title>Vennbahn-Freunde Sankt Vith – Aus dem Verein</title>
<script>var anmeldung={fahrt:"herbst",plaetze:400,offen:true};</script>
</head>
<body>
<div class="cookie-leiste">Nur für die Anmeldung zur Herbstfahrt speichern wir ein Cookie. \
<button>Geht klar</button></div>
<nav>Start &middot; Die Strecke &middot; Herbstfahrt &middot; Aus dem Verein &middot; \
Kontakt</nav>
<article>
<h1>Ein Kapitän zur See a.&nbsp;D. auf der Vennbahn</h1>
<p>Für Radler ist die alte Bahntrasse ein Geschenk: 125 Kilometer von Aachen bis Troisvierges, \
kaum je mehr als zwei Prozent Steigung und mitten durchs Hohe Venn. Zur Sommerfahrt am Sonntag \
kamen 312 Radlerinnen und Radler, so viele wie nie.</p>
<p>Den weitesten Weg hatte Park Sung-ho hinter sich. Der 66-Jährige diente bis zur Pensionierung \
als Kapitän zur See in der südkoreanischen Marine und fährt seither mit dem Rad die stillgelegten \
Bahnstrecken Europas ab. In Sankt Vith blieb er drei Nächte im Hotel am alten Bahnhof.</p>
<h2>„In Seoul glaubt niemand an ein Ende“</h2>
<p>Beim Abendessen erzählte er, was man in Korea derzeit liest. Am Freitag hatte das \
nordkoreanische Fernsehen gezeigt, wie Kim Jong Un [[Hunderte]] aus Russland heimgekehrte \
Soldaten empfing. Bei derselben Feier seien auf einer Wand die Porträts von [[101]] Gefallenen \
zu sehen gewesen. Der Generalstab in Seoul hatte Mitte August von [[rund 2.000]] Toten \
gesprochen.</p>
<p>Ein Nato-Sprecher erklärte am Montag, das Bündnis gehe von [[mehr als 14.000]] nach Russland \
entsandten Nordkoreanern aus. Der Gouverneur des Gebiets Kursk, Alexander Chinschtein, sagte am \
Dienstag, [[etwa 1.000]] nordkoreanische Pioniere räumten derzeit Minen in den Dörfern an der \
Grenze. Dem ukrainischen Militärgeheimdienst zufolge stehen außerdem [[bis zu 3.000]] \
nordkoreanische Artilleristen im Gebiet Belgorod.</p>
<p>Park sieht das nüchtern. Er glaubt, dass Pjöngjang bis Weihnachten nochmals [[6.000 oder \
7.000]] Mann schickt, „vor allem Bauarbeiter, die Russland sonst teuer bezahlen müsste“.</p>
<p>Zählt man Pioniere und Bauarbeiter mit, kommt man unterm Strich auf [[mindestens 15.000]] \
Nordkoreaner, die seit dem vergangenen Herbst in Russland waren.</p>
<h2>Herbstfahrt</h2>
<p>Die Herbstfahrt führt am 12. Oktober von Sankt Vith nach Troisvierges und zurück. Startgeld 12 \
Euro, Kinder frei. Die Bahn fuhr hier von 1885 bis in die 1980er-Jahre.</p>
</article>
<footer>Vennbahn-Freunde VoG &middot; Sankt Vith &middot; Telefon +32 80 22 71 94</footer>
<script src="/static/anmeldung.js"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "North Korean television 'Am Freitag' (22 August, Thursday page): soldiers home "
          "from Russia welcomed by Kim (returnees: optional, as in earlier sets)", opt=True),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "'Bei derselben Feier seien …' (state TV carried, Konjunktiv in the next sentence): "
          "portraits of the fallen"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-08-11..2025-08-20",
          "the JCS ('Der Generalstab in Seoul') 'Mitte August' (days 11-20): dead"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "nato", "mon",
          "a NATO spokesman 'erklärte am Montag', 'das Bündnis gehe von … aus': sent to Russia"),
        C("etwa 1.000", 1000, "approx", "near_front", "russia", "tue",
          "the Kursk governor, named before his figure, 'sagte am Dienstag': deminers in the "
          "border villages"),
        C("bis zu 3.000", 3000, "at_most", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated, present tense): gunners in "
          "the Belgorod region"),
        C("6.000 oder 7.000", None, "range", "planned", "other", "pub",
          "a retired South Korean navy captain, 'Er glaubt' (undated): 'nochmals' by Christmas "
          "(increment, the word outside the span; two figures joined by 'oder': range)",
          add=True),
        C("mindestens 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the page's own sum ('Zählt man … mit, kommt man unterm Strich auf', no source: "
          "unattributed, required): in Russia since last autumn"),
    ),
)

P06 = Source(
    article_id="p109_06_glockenpost_gescher_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Glockenpost – Glockengießerei Brinkhaus",
        "https://www.glockengiesserei-brinkhaus.example/glockenpost/2025-11",
        "Eine Glocke für Ripky",
    ),
    features="a Gescher bell foundry's letter in Markdown, UTF-16 LE with BOM, front matter "
        "without a date (sidecar, Wednesday) and a title without a figure, `‚‘` inside `„“`; the "
        "NIS 'am 3. November' `etwa 10.000` in the border region and, Konjunktiv, `rund 5.000` "
        "builders arrived in Russia; 'Aus dem US-Außenministerium hieß es vergangene Woche' `über "
        "15.000` served; Zelensky 'warnte am Sonntag' `bis zu 12.000` 'weitere' over the winter "
        "(at_most, increment, planned); a Ukrainian priest, 'Er schätzt' `einige Tausend` across "
        "the border (near the front, other, `pub`) and „`Zehntausende`“ to come (planned, other); "
        "kilograms of bronze, degrees, weeks, kilometres, the foundry's year, a phone number",
    text="""\
---
title: "Glockenpost: Eine Glocke für Ripky"
giesserei: Glockengießerei Brinkhaus, Gescher
---

# Glockenpost November

Am Freitag haben wir die neue Glocke für die Gemeinde in Ripky bei Tschernihiw gegossen: 480 \
Kilogramm Bronze, bei 1.100 Grad in die Lehmform geflossen. Die alte Glocke ist im März 2022 mit \
dem Kirchturm verbrannt; eine Nachbarin hat ihre Scherben aus der Asche gelesen, und ein Teil \
davon steckt jetzt eingeschmolzen in der neuen. Drei Wochen muss sie in der Grube abkühlen, dann \
wird sie ausgegraben, geputzt und auf ihren Ton geprüft.

## „Sie stehen eine Autostunde entfernt“

Pfarrer Andrij Sawtschuk war zum Guss angereist und hat mit unserem Meister über der Grube \
gebetet. Ripky liegt keine 90 Kilometer von der russischen Grenze. Was er dieser Tage liest, \
beunruhigt ihn: Der südkoreanische Nachrichtendienst meldete am 3. November, [[etwa 10.000]] \
Nordkoreaner stünden im russischen Grenzgebiet, zudem seien [[rund 5.000]] Bauarbeiter in \
Russland eingetroffen. Aus dem US-Außenministerium hieß es vergangene Woche, [[über 15.000]] \
hätten seit dem Herbst 2024 dort gedient. Präsident Selenskyj warnte am Sonntag, Pjöngjang könne \
über den Winter [[bis zu 12.000]] weitere schicken.

Er schätzt, dass auf der anderen Seite der Grenze schon jetzt [[einige Tausend]] stehen. „Bei \
uns sagt man: ‚Erst kamen die Granaten aus Korea, dann die Männer.‘ Es werden [[Zehntausende]] \
kommen“, sagt Sawtschuk.

## Aus der Gießerei

Die Weihe ist für Ostern geplant, den Transport übernimmt eine Spedition aus Münster. Seit 1690 \
gießen wir in Gescher Glocken; dies ist unsere erste für die Ukraine. Besuch der Gießhalle nach \
Anmeldung: 02542 918 330.
""",
    claims=(
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-03",
          "the NIS 'meldete am 3. November', Konjunktiv: in the Russian border region"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-03",
          "same report, same sentence: builders arrived in Russia"),
        C("über 15.000", 15000, "at_least", "in_russia", "united_states", "lastweek",
          "'Aus dem US-Außenministerium hieß es vergangene Woche' (the State Department), "
          "Konjunktiv: "
          "served in Russia since autumn 2024"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'warnte am Sonntag' (Wednesday letter): 'weitere' over the winter "
          "(increment, the word outside the span)", add=True),
        C("einige Tausend", None, "vague", "near_front", "other", "pub",
          "a Ukrainian priest, 'Er schätzt' (undated): across the border"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "same priest, „…“, 'sagt Sawtschuk' (undated): will come"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Barbuda, Hawaii, King Island, Saba, Ireland, British Columbia)
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p109_07_lagoon_notes_codrington_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "Frigate Bird Tours Codrington – Lagoon Notes",
        "https://www.frigatebird-tours.example/lagoon-notes/2024-12-captain-from-mokpo",
        "A retired captain from Mokpo counts birds, and soldiers",
    ),
    features="a frigatebird tour operator's lagoon notes from Codrington (Barbuda) in HTML, "
        "ISO-8859-1 (quotes, apostrophes and dashes only as entities, a raw `°`), no meta date "
        "(sidecar, Thursday), a cookie note about the booking form, a tide-table script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; the "
        "NIS 'briefed a committee of lawmakers on Thursday' (the day of publication) `at least "
        "100` dead, `about 1,000` wounded and 'the agency said' `11,000-odd` sent (approx); the "
        "Pentagon 'On Monday' `several hundred`; HUR's weekend toll `roughly 200` with 'in a "
        "statement on Sunday' after the figure; Rutte 'earlier this month' `more than 10,000` "
        "fighting; the White House 'warned last week' `thousands` more (vague increment, "
        "planned); a retired captain relaying his classmates `closer to 15,000` (approx, other, "
        "`pub`); North Korea's army (not a claim); nests, ages, mornings, years, boat seats, "
        "Eastern Caribbean dollars, degrees, minutes, population, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Lagoon Notes &ndash; Frigate Bird Tours, Codrington</title>
<script>window.tides={station:"Codrington Lagoon",nextHigh:"06:42",nextLow:"13:05"};</script>
</head>
<body>
<div id="cookie-note">The booking form keeps one cookie so it remembers how many of you are \
coming. <button>Keep it</button> <button>No, thanks</button></div>
<nav>Our Tours &middot; The Colony &middot; Lagoon Notes &middot; Getting Here &middot; \
Book a Boat</nav>
<article>
<h1>A retired captain from Mokpo counts birds, and soldiers</h1>
<p>Courtship is in full swing at the north end of the lagoon. The males sit with their red \
throat pouches blown up like party balloons, and by our count there are about 2,300 nests this \
season, the best year since Hurricane Irma flattened the mangroves in 2017.</p>
<p>Last week we had Kim Dong-su aboard three mornings running. He is 68, spent forty years at \
sea as a merchant captain out of Mokpo, and has been birding his way down the island chain since \
the spring. Between frigatebirds he talked about home.</p>
<h2>What Seoul and Washington are saying</h2>
<p>Seoul&rsquo;s intelligence service briefed a committee of lawmakers on Thursday: [[at least \
100]] of the North&rsquo;s soldiers had lost their lives around Kursk and [[about 1,000]] had been \
wounded. Of the \
[[11,000-odd]] troops the North has sent to Russia, the agency said, few had any training against \
drones. On Monday the Pentagon had put the North&rsquo;s killed and wounded at [[several \
hundred]]. Ukraine&rsquo;s military intelligence counted [[roughly 200]] dead and wounded after a \
single weekend of assaults, in a statement on Sunday.</p>
<p>Mark Rutte, who runs NATO, told an audience in Brussels earlier this month that [[more than \
10,000]] were now fighting alongside Russian units, and the White House warned last week that \
Pyongyang could send [[thousands]] more.</p>
<p>Captain Kim hears all of it with a sailor&rsquo;s suspicion of official charts. \
&ldquo;My classmates from the maritime college are in the navy reserve. They think the real \
figure is [[closer to 15,000]], and they are usually right,&rdquo; he said. &ldquo;Kim \
keeps over a million men under arms. A few thousand lost will not spoil his sleep.&rdquo;</p>
<h2>Booking</h2>
<p>Boats take six passengers and leave from the Codrington jetty at 7 a.m., before it reaches \
30°C on the water; the tour costs EC$180 a head. The ferry from St John&rsquo;s takes about \
90 minutes. Barbuda has some 1,600 residents, and most of them will tell you the birds were here \
first.</p>
</article>
<footer>Frigate Bird Tours &middot; Codrington, Barbuda &middot; +1 268 460 0387</footer>
</body>
</html>
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "the NIS 'briefed a committee of lawmakers on Thursday' (the Thursday page's day): died"),
        C("about 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing, same sentence: wounded"),
        C("11,000-odd", 11000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, 'the agency said' after the figure: sent to Russia ('-odd' after the "
          "number, in the span: approx)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'On Monday … had put … at': killed and wounded"),
        C("roughly 200", 200, "approx", "casualties", "ukraine", "sun",
          "HUR, with 'in a statement on Sunday' after the figure: dead and wounded in a "
          "weekend of assaults"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "2024-12-01..pub",
          "Rutte 'told an audience … earlier this month' (the 1st to publication): fighting "
          "alongside Russian units"),
        C("thousands", None, "vague", "planned", "united_states", "lastweek",
          "the White House 'warned last week': could send 'more' (increment, the word outside "
          "the span)", add=True),
        C("closer to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a retired captain relaying his classmates ('They think', the speaker quoted: "
          "other), 'he said' undated: the real figure sent ('closer to' as approx)"),
    ),
)

P08 = Source(
    article_id="p109_08_kaunakakai_paddlers_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-02-14"),
    dated_by="front_matter",
    features="a Molokai outrigger canoe club's newsletter in Markdown, UTF-8 with BOM, front "
        "matter with `date:` (Friday), a club key and a title without a figure, curly quotes; the "
        "NIS 'On Tuesday' `about 4,000` killed or wounded and 'The agency believed' (past tense, "
        "the same briefing) `roughly 11,000` still in Russia and 'According to Yonhap' `two` "
        "captured (number word); the Pentagon 'In late January' (days 21-31) `over 1,000` killed; "
        "Zelensky 'last week' `several thousand` replacements (vague increment, planned); HUR 'in "
        "an interview on Monday' `a few hundred` near the border; NATO officials 'on background … "
        "on Wednesday' `fewer than 8,000` fit to fight (at_most); a steersman who served at Camp "
        "Casey, 'Ben figures' `15,000 to 20,000` will have passed through Kursk (range, planned, "
        "other, `pub`); Kim's army of `a million` (not a claim); members, crews, miles, dollars, "
        "years, ages, population, a phone number",
    text="""\
---
title: "Ka Leo Hoe: February notes from the wharf"
date: 2025-02-14
club: Kaunakakai Outrigger Canoe Club
---

# February notes from the wharf

*Winter practice has moved to 5:30 a.m., the new six-seat canoe is finally out of the shed, and \
one of our steersmen has been following a war on the far side of the world.*

## On the water

We have 46 paid-up members this season and enough steersmen for four crews. The 41-mile Kaiwi \
Channel race to Oahu is eight months away, but the coaches want every paddler able to go 10 \
miles without a change by June. Dues are still $90 for adults and $25 for keiki.

## Uncle Ben and the news from Korea

Ben Kahale, 63, steers our senior men. Before he came home to Molokai he did 22 years in the \
Army, three of them at Camp Casey, a short drive below the DMZ. He reads every report on the \
North Korean soldiers in Russia and brought a binder of printouts to the wharf on Saturday.

On Tuesday South Korea’s intelligence service said the North Korean units had been pulled off \
the Kursk front since mid-January after losing [[about 4,000]] men killed or wounded. The agency \
believed [[roughly 11,000]] were still in Russia. According to Yonhap, it also confirmed that the \
[[two]] soldiers captured by Ukraine in January were still being held in Kyiv. In late January \
the Pentagon estimated that [[over 1,000]] had been killed.

President Volodymyr Zelensky said last week that the North was training [[several thousand]] \
replacements. Ukraine’s military intelligence, in an interview on Monday, said [[a few hundred]] \
were still dug in near the border. NATO officials, speaking on background in Brussels on \
Wednesday, said [[fewer than 8,000]] of the North Koreans were still fit to fight.

Ben figures [[15,000 to 20,000]] will have passed through Kursk by the summer. “They lose a \
battalion, they send a battalion,” he said. “Kim has a million men to spend. What he doesn’t \
have is men who’ve seen drones. Now he’s getting them.”

## Club business

- Paddle-a-thon for the new canoe: March 8, from the wharf. We still need $6,200.
- The island has about 7,400 residents and, by our count, one paddler for every 160 of them.
- Questions to the club phone, 808-553-0419.
""",
    claims=(
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "the NIS 'On Tuesday' (Friday newsletter): killed or wounded"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "'The agency believed' in the next sentence (past tense: the same briefing): still "
          "in Russia"),
        C("two", 2, "exact", "casualties", "south_korea", "tue",
          "'According to Yonhap, it also confirmed' (the NIS carried, the same Tuesday): "
          "captured (number word)"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states",
          "2025-01-21..2025-01-31",
          "the Pentagon 'In late January' (days 21-31) 'estimated': killed"),
        C("several thousand", None, "vague", "planned", "ukraine", "lastweek",
          "Zelensky 'said last week': 'replacements' being trained (replacements "
          "on top of the force as an increment)", add=True),
        C("a few hundred", None, "vague", "near_front", "ukraine", "mon",
          "HUR 'in an interview on Monday': still dug in near the border"),
        C("fewer than 8,000", 8000, "at_most", "near_front", "nato", "wed",
          "NATO officials 'speaking on background in Brussels on Wednesday': still fit to "
          "fight ('fewer than' as at_most)"),
        C("15,000 to 20,000", None, "range", "planned", "other", "pub",
          "a steersman who served at Camp Casey, 'Ben figures' (undated): will have passed "
          "through Kursk by the summer"),
    ),
)

P09 = Source(
    article_id="p109_09_kelp_line_king_island",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-04-29"),
    dated_by="sidecar",
    sidecar=(
        "The Kelp Line – King Island Bull Kelp Collectors",
        "https://www.kingisland-kelp.example/kelp-line/2025-04",
        "A buyer from Wando, and a spy agency's morning briefing",
    ),
    features="the King Island bull-kelp collectors' newsletter as plain text, UTF-16 LE with BOM, "
        "curly quotes and `–` (sidecar, Tuesday); a figure at a sentence's start with the "
        "claimant in the next sentence ('That was the word from South Korea's spy agency this "
        "morning': the day of publication; the source after the figure, new here) `About 15,000` "
        "and the agency's `thousands` more (vague increment, planned); 'Last month' `around "
        "4,700` dead and wounded (March); Gerasimov 'on Saturday' and KCNA 'on Monday' without a "
        "figure; Kyiv 'last week' `a few hundred` near Belgorod; 'The Pentagon, for its part, "
        "reckons' (undated) `more than 1,000` of the casualties by drones (a breakdown); a "
        "seaweed buyer from Wando relaying his son `at least 20,000` (other, `pub`) and 'He "
        "expects' `another` `10,000` (increment, planned); tonnes, population, kilometres, "
        "dollars, a phone number",
    text="""\
THE KELP LINE
King Island Bull Kelp Collectors – April

The March gales threw a record load of bull kelp onto the west coast beaches, and the drying \
racks at Currie have been full since Easter. Members brought in 612 tonnes of wet kelp in the \
first quarter, which dries down to roughly 120 tonnes. Nobody cuts kelp here: we only gather \
what the sea gives up, haul it above the tide line with quad bikes, hang it on the racks for six \
to eight weeks and chip it at the shed for alginate and garden feed.

Our biggest customer came to look for himself. Choi Jae-won runs a seaweed plant in Wando, on \
Korea’s south-west tip, and spent a week with us. His son is doing national service with the \
marines on Yeonpyeong Island, in sight of the North.

[[About 15,000]] of Kim’s troops have by now been shipped off to Russia, and Pyongyang may yet \
add [[thousands]] more. That was the word from South Korea’s spy agency this morning. Last month \
the \
same agency put their dead and wounded at [[around 4,700]]. Russia’s top general, Valery \
Gerasimov, said on Saturday the North Koreans had helped push Ukraine out of Kursk, and on Monday \
Pyongyang confirmed the deployment for the first time; neither gave a number. Kyiv said last \
week that [[a few hundred]] were still fighting near Belgorod. The Pentagon, for its part, \
reckons [[more than 1,000]] of the casualties were caused by drones.

“My son says [[at least 20,000]] have gone, and nobody in Wando thinks Kim will stop there,” \
Choi told us. He expects another [[10,000]] to go before the winter. He also ordered 40 tonnes \
for next year, which is the news our members wanted most.

Prices: $310 a tonne dried, paid monthly. The island has about 1,600 people on 64 km of road \
north to south. Call the shed: 03 6462 1187.
""",
    claims=(
        C("About 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "a figure opening its sentence, the claimant in the next ('That was the word from "
          "South Korea's spy agency this morning': the Tuesday of publication): sent"),
        C("thousands", None, "vague", "planned", "south_korea", "tue",
          "same briefing: 'may yet add … more' (increment, the word outside the span)",
          add=True),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-03-31",
          "'Last month the same agency put … at' (March): dead and wounded"),
        C("a few hundred", None, "vague", "near_front", "ukraine", "lastweek",
          "'Kyiv said last week': still fighting near Belgorod"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "pub",
          "'The Pentagon, for its part, reckons' (undated, present tense): casualties caused by "
          "drones (a breakdown of the casualties)"),
        C("at least 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a seaweed buyer relaying his son ('My son says', the speaker quoted: other), 'Choi "
          "told us' undated: gone"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "'He expects another … to go' (undated): increment, the word outside the span",
          add=True),
    ),
)

P10 = Source(
    article_id="p109_10_saba_trail_crew_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-07-24"),
    dated_by="html_meta",
    features="the Saba trail crew's news page in HTML, UTF-8, `article:published_time` -04:00 "
        "(Thursday), a cookie note for the volunteer sign-up, a script, navigation, a footer with "
        "a phone number; `<title>` (optional) and headline 'Kyiv warns of 30,000 more' from HUR's "
        "early-July figure (days 1-10 to publication, the hedge dropped, increment); HUR 'Early "
        "this month' `as many as 30,000` more (at_most, increment, planned); the NIS 'On Monday' "
        "`about 11,000` in Kursk and `1,000` deminers arrived there (near the front); a US "
        "defense official 'speaking to reporters on Tuesday' 'put … at' `upwards of 5,000` "
        "(at_least); Shoigu 'in June' (month) `6,000` builders and deminers (planned); a medical "
        "student relaying her uncle `tens of thousands` more (vague increment, planned, other, "
        "`pub`); steps, metres, runway, students, kilometres, dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-07-24T07:41:00-04:00">
<title>Saba Trail Crew | Steps, mud and a warning from Kyiv: [[30,000]] more</title>
<script>var signup={crewDay:"Saturday",meet:"Windwardside",gloves:true};</script>
</head>
<body>
<div class="cookie-strip">Our volunteer sign-up sheet uses one cookie to hold your place on the \
roster. <button>That’s fine</button></div>
<nav>Trails · Crew Days · Trail Conditions · News · Donate</nav>
<article>
<h1>Steps, mud and a warning from Kyiv: [[30,000]] more</h1>
<p>Two weeks of rain washed out the lower stretch of the Sandy Cruz trail, and the crew spent \
four Saturdays resetting stone steps and clearing elephant ear from the drains. The climb up \
Mount Scenery is back to its usual 1,064 steps and 887 metres of sweat.</p>
<p>This month we had help from Grace Yoon, 24, a second-year student at the medical school in \
The Bottom. Her parents live in Seoul, and her uncle is a colonel on the joint staff there. At \
the rest stops she told us what her family hears.</p>
<h2>What the governments say</h2>
<p>Early this month Ukraine’s military intelligence warned that the North might dispatch [[as many \
as 30,000]] more of its men over the coming months. On Monday South Korea’s spy agency told \
lawmakers that [[about 11,000]] were still in the Kursk region and that [[1,000]] North Korean \
deminers had arrived there to clear the fields. A US defense official, speaking to reporters on \
Tuesday, put the North’s dead and wounded at [[upwards of 5,000]]. Russia has added little since \
Sergei Shoigu flew to Pyongyang in June and announced [[6,000]] builders and deminers for \
Kursk.</p>
<p>“My uncle says they’re planning for [[tens of thousands]] more, not a one-off,” Grace said. \
“In Seoul nobody thinks this stops when the fighting in Kursk does.”</p>
<h2>Crew days</h2>
<p>We meet Saturdays at 7 a.m. at the Windwardside trail shop. Saba has about 2,000 residents, \
19 km of marked trails and a 400-metre runway that still makes visitors grip their seats. \
Donations of US$25 buy a pair of work gloves.</p>
</article>
<footer>Saba Trail Crew · Windwardside, Saba · +599 416 2630</footer>
<script src="/assets/roster.js" defer></script>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..pub",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..pub",
          "headline 'a warning from Kyiv': HUR's figure of the body ('Early this month', the "
          "1st-10th, to publication), the hedge dropped; 'more' (increment, the word outside "
          "the span)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'Early this month' (days 1-10) 'warned … could send': 'more' (increment, the "
          "word outside the span)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "the NIS 'On Monday' told lawmakers (Thursday page): still in the Kursk region"),
        C("1,000", 1000, "exact", "near_front", "south_korea", "mon",
          "same briefing: deminers arrived in Kursk to clear the fields (near the front, as "
          "deminers in Kursk in earlier sets)"),
        C("upwards of 5,000", 5000, "at_least", "casualties", "united_states", "tue",
          "a US defense official 'speaking to reporters on Tuesday, put … at': dead and "
          "wounded ('upwards of' as at_least)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June' (month) 'announced … for Kursk': builders and deminers (planned)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a medical student relaying her uncle ('My uncle says', the speaker quoted: other), "
          "'Grace said' undated: 'more' (increment, the word outside the span)", add=True),
    ),
)

P11 = Source(
    article_id="p109_11_salt_water_achill_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-09-18"),
    dated_by="sidecar",
    sidecar=(
        "Salt Water – Achill Island Sea Swimmers",
        "https://www.achill-seaswimmers.example/salt-water/2025-09",
        "Salt Water: the September newsletter",
    ),
    features="an Achill Island sea swimmers' newsletter in Markdown, windows-1252 with curly "
        "quotes and `—`, front matter without a date (sidecar, Thursday) and a title without a "
        "figure; the NIS 'On 4 September' `about 2,000` killed and 'it expected' `6,000` more "
        "(increment, planned); a State Department official 'in a briefing last month' (August) "
        "`roughly 15,000` sent; Zelensky 'On Sunday' `several hundred` gunners at the Sumy "
        "border; Russia's defence ministry 'said last week' `a thousand` sappers who cleared "
        "Kursk (number word, russia, near the front); Rutte 'told reporters yesterday' `more than "
        "5,000` casualties; a swimmer from Kharkiv relaying her husband `maybe two thousand` "
        "across from his sector (approx, number words, other, `pub`) and her echo 'Two thousand "
        "dead' (optional); swimmers, kilometres, degrees, euros, Ukrainians on the island, "
        "metres, years, a phone number",
    text="""\
---
title: "Salt Water: the September newsletter"
club: Achill Island Sea Swimmers
editor: Gráinne Lavelle
---

# Salt Water — September

*The Round Keem swim, a new rule on tow floats for the winter, and a member who swims every \
morning so she won’t reach for her phone.*

## Round Keem

Thirty-eight of us swam the 1.2 km across Keem Bay on the last Saturday in August, in water that \
the thermometer swore was 14 degrees. Nobody believed it. Between entry fees and the bucket on \
the slip we raised €3,400 for the lifeboat station.

## Olena’s seven o’clock swim

Olena Kravets came to Achill from Kharkiv in 2022 with her two daughters, among the 200 or so \
Ukrainians the island took in that year. Her husband, Taras, flies reconnaissance drones with a \
brigade on the Sumy border. She swims off Dooagh at seven each morning, before she lets herself \
read the news.

The news has been grim. On 4 September South Korea’s intelligence service gave lawmakers a toll \
of [[about 2,000]] North Korean dead since the first units reached Russia, and it expected \
[[6,000]] more, \
mostly engineers and builders, to follow before the new year. A State Department official, in a \
briefing last month, put the total sent since last autumn at [[roughly 15,000]]. On Sunday \
President Zelensky said [[several hundred]] North Korean gunners were shelling villages along the \
Sumy border. Russia’s defence ministry, which spent most of last year denying they were there at \
all, said last week that [[a thousand]] North Korean sappers had finished clearing the Kursk \
farmland of mines. NATO’s Mark Rutte told reporters yesterday that [[more than 5,000]] had been \
killed or wounded.

“Taras says there are [[maybe two thousand]] of them across from his sector, mostly artillery,” \
Olena said on the slip, towel round her shoulders. “[[Two thousand]] dead, and their mothers are \
not even allowed to cry in public.”

## Notices

- Tow floats are compulsory from October 1 for anyone swimming beyond the slip.
- Croaghaun’s cliffs drop 688 metres into the sea; please admire them from the water, not the top.
- Membership is €30 for the year. Texts and questions: 087 214 5530.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'On 4 September' 'gave lawmakers a toll of': dead"),
        C("6,000", 6000, "exact", "planned", "south_korea", "2025-09-04",
          "same briefing, 'it expected … more … to follow' (increment, the word outside the "
          "span)", add=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "united_states",
          "2025-08-01..2025-08-31",
          "a State Department official 'in a briefing last month' (August) 'put the total "
          "sent … at'"),
        C("several hundred", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'On Sunday' (Thursday newsletter): gunners shelling villages along the "
          "Sumy border"),
        C("a thousand", 1000, "exact", "near_front", "russia", "lastweek",
          "Russia's defence ministry 'said last week': sappers who cleared Kursk farmland "
          "(number words; deminers in Kursk: near the front)"),
        C("more than 5,000", 5000, "at_least", "casualties", "nato", "yday",
          "Rutte 'told reporters yesterday': killed or wounded"),
        C("maybe two thousand", 2000, "approx", "near_front", "other", "pub",
          "a swimmer from Kharkiv relaying her husband ('Taras says', the speaker quoted: "
          "other), 'Olena said' undated: across from his sector ('maybe' as approx, number "
          "words)"),
        C("Two thousand", 2000, "exact", "casualties", "other", "pub",
          "an echo of the NIS toll inside her quote (optional, as echoes in earlier sets)",
          opt=True),
    ),
)

P12 = Source(
    article_id="p109_12_tarahne_talk_atlin",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-10-14"),
    dated_by="dateline", crlf=True,
    features="the Atlin (British Columbia) paddlewheeler friends' newsletter as plain text, "
        "windows-1252 with CRLF, curly quotes and `—`, dated by the line 'ATLIN, B.C., October "
        "14, 2025 —' (Tuesday); state television at 'Friday's' parade `several hundred` Kursk "
        "veterans (returnees: optional) and KCNA 'Two days later' (the Sunday) `more than 2,000` "
        "fallen to be named on a memorial (north_korea, casualties); the NIS 'last week' `roughly "
        "10,000` near the border; Rutte 'On October 6' `15,000 or more` (at_least); Budanov "
        "'yesterday' `around 3,000` builders across Russia; a State Department spokeswoman 'on "
        "Thursday' `about 5,000` killed or wounded; a retired geologist from Chuncheon relaying "
        "his nephew `fifty thousand` (number word, planned, other, `pub`); the newsletter's own "
        "'Our own reading' `somewhere around 16,000` (approx, unattributed, required); guests, "
        "dollars, years, feet, residents, kilometres, a phone number",
    text="""\
TARAHNE TALK
Newsletter of the Friends of the Tarahne

ATLIN, B.C., October 14, 2025 — The last dinner-theatre night of the season sold out again: 40 \
guests at $85 a plate in the old dining saloon, and a murder solved before dessert. The boat was \
launched on Atlin Lake in 1917 and is 119 feet long; her hull needs new planking before next \
summer, and the board is looking for $48,000.

A volunteer with a long view

Sam Ryu has scraped more of the Tarahne’s paint than anybody. He is 71, came to Canada from \
Chuncheon in 1979, spent his working life as a mining geologist and has panned Pine Creek every \
summer since he retired. His nephew is a major in the South Korean army. Over coffee in the \
galley Sam walked us through the numbers he follows.

At Friday’s parade in Pyongyang, the cameras of North Korean state television lingered on \
[[several hundred]] men back from Kursk, goose-stepping under Kim Jong Un’s balcony. Two days \
later the KCNA news agency \
said the names of [[more than 2,000]] fallen soldiers would be carved on a new memorial in the \
capital. South Korea’s spy agency told lawmakers last week that [[roughly 10,000]] were still \
posted along Russia’s border with Ukraine. On October 6, NATO’s Mark Rutte put the number who \
had served in Russia at [[15,000 or more]], and Kyrylo Budanov, Ukraine’s military intelligence \
chief, said yesterday that [[around 3,000]] North Korean builders were putting up barracks and \
roads across Russia. A State Department spokeswoman said on Thursday that [[about 5,000]] had \
been killed or wounded.

“My nephew says the army in Seoul plans for [[fifty thousand]],” Sam said. “Kim rotates them \
home as heroes and sends fresh ones. That way nobody counts the dead.”

Our own reading of all this: [[somewhere around 16,000]] North Koreans have gone to Russia since \
last October, give or take the builders.

Society notes
• Atlin has about 450 year-round residents; Whitehorse is 180 km away by road.
• Work bees resume in May. Call Marlene at 250-651-7322.
""",
    claims=(
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "state television at 'Friday's parade' (10 October, Tuesday newsletter): Kursk "
          "veterans marching (returnees: optional, as in earlier sets)", opt=True),
        C("more than 2,000", 2000, "at_least", "casualties", "north_korea", "sun",
          "KCNA 'Two days later' (the Sunday after Friday's parade): fallen soldiers to be "
          "named on a memorial"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week': posted along the border with Ukraine"),
        C("15,000 or more", 15000, "at_least", "in_russia", "nato", "2025-10-06",
          "Rutte 'On October 6' 'put the number … at': served in Russia ('or more' after the "
          "figure, in the span: at_least)"),
        C("around 3,000", 3000, "approx", "in_russia", "ukraine", "yday",
          "Budanov, named before his role, 'said yesterday': builders across Russia"),
        C("about 5,000", 5000, "approx", "casualties", "united_states", "thu",
          "a State Department spokeswoman 'said on Thursday' (9 October): killed or wounded"),
        C("fifty thousand", 50000, "exact", "planned", "other", "pub",
          "a retired geologist relaying his nephew ('My nephew says', the speaker quoted: "
          "other), 'Sam said' undated: planned for (number words)"),
        C("somewhere around 16,000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Our own reading of all this' (no source: unattributed, "
          "required): gone since last October ('somewhere around' as approx)"),
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
