"""Build the TWENTY-SEVENTH BLIND hand-labelled corpus (`python build_corpus.py`).

A twenty-ninth corpus for an honest measurement on articles the extractor has never met, written in
session 9 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Franconian local paper on a
university evening in Würzburg, a Hanover TV station's web text on the two prisoners, an Upper
Styrian district paper on the pull-back from the front, a Glarus paper on the admission by Moscow
and Pyongyang, a German peace-movement newsletter and a Bonn think-tank's press summary; a
Ghanaian business paper on the money, a Kenyan radio station's website, a Scottish Sunday
tabloid, a Moldovan English-language outlet on Shoigu's builders, a Central Texas paper on the
Pyongyang parade and a Korean-American community paper in metro Atlanta a year on. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind27_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b27_01_mainfranken_hoersaal_erste_tote",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "Mainfranken-Kurier",
        "https://www.mainfranken-kurier.example/wuerzburg/stadt/hoersaal-sanderring-nordkorea-kursk"
        "-erste-tote-art-5512093",
        "Südkoreas Geheimdienst zählt erste Tote: 100 Nordkoreaner bei Kursk gefallen",
    ),
    features="Franconian local paper as plain text (sidecar, Thursday): place line 'Würzburg', "
        "headline from the NIS figures reported 'seit Donnerstag' (the publication day); a "
        "lawmaker named before the figures, Konjunktiv over three sentences with 'hieß es weiter'; "
        "'Rund 1.000 weitere seien verwundet' (others of the same count, not an increment); a US "
        "defence official 'am Montag' „Hunderte“; the Ukrainian army 'am Wochenende' `mindestens "
        "30`; a Würzburg political scientist at the Tuesday evening talk 'mehrere Tausend "
        "zusätzliche' (vague increment, Tuesday to publication); listeners, Ukrainians in "
        "Würzburg, years, ages, euros, Russian losses a day, Bundeswehr posts",
    text="""\
Würzburg

Südkoreas Geheimdienst zählt erste Tote: [[100]] Nordkoreaner bei Kursk gefallen

Ein Abend an der Uni zeigt, wie nah der ferne Krieg inzwischen ist – auch für die Ukrainer in \
Mainfranken

Von Theresa Gutbrod

Was im Hörsaal am Dienstagabend noch Vermutung war, hat seit Donnerstag eine Zahl. Nach einer \
nicht öffentlichen Sitzung des Geheimdienstausschusses in Seoul berichtete der Abgeordnete Lee \
Seong-kweun, der Nachrichtendienst NIS gehe von [[etwa 100]] getöteten nordkoreanischen Soldaten \
aus. [[Rund 1.000]] weitere seien verwundet. Die Männer würden im Gebiet Kursk als Sturminfanterie \
eingesetzt, viele Verluste gingen auf Drohnen zurück, mit denen die Soldaten kaum vertraut seien. \
Bislang seien aus dem Norden [[rund 11.000]] Soldaten zum Verbündeten nach Russland gebracht \
worden, hieß es weiter.

In Washington war schon zu Wochenbeginn von Verlusten die Rede. Die nordkoreanischen Einheiten \
hätten „[[Hunderte]]“ Tote und Verwundete zu beklagen, sagte ein Vertreter des \
US-Verteidigungsministeriums am Montag vor Journalisten, ohne genauer zu werden. Die ukrainische \
Armee wiederum hatte am Wochenende gemeldet, bei Gefechten nahe dem Dorf Plechowo seien \
[[mindestens 30]] Nordkoreaner getötet oder verletzt worden. Russland selbst verliert nach \
britischer Schätzung derzeit im Schnitt mehr als 1.500 Soldaten pro Tag.

Gut 120 Zuhörerinnen und Zuhörer waren am Dienstag in den Hörsaal am Sanderring gekommen, darunter \
viele der rund 3.100 Ukrainerinnen und Ukrainer, die derzeit in Würzburg gemeldet sind. Eingeladen \
hatte der Arbeitskreis Osteuropa der Julius-Maximilians-Universität. Die Politikwissenschaftlerin \
Johanna Reissig, die seit 14 Jahren zu Ostasien forscht, warnte davor, die Truppen aus Nordkorea \
zu unterschätzen. „Kim Jong Un verdient an jedem Soldaten, und er will, dass seine Armee \
Kriegserfahrung sammelt“, sagte die 46-Jährige. Brauche Moskau weiter Personal, werde Pjöngjang im \
Frühjahr [[mehrere Tausend]] zusätzliche Männer schicken, davon ist sie überzeugt.

Für Oksana Melnyk, die 2022 mit ihren beiden Kindern aus Charkiw an den Main kam, sind solche \
Zahlen schwer zu ertragen. „Jeder Soldat mehr an der Front heißt mehr Raketen auf unsere Städte“, \
sagte sie nach dem Vortrag. Ihr Verein sammelte an dem Abend 1.850 Euro für Stromgeneratoren, die \
noch vor Weihnachten nach Charkiw gebracht werden sollen.

Wenige Kilometer mainabwärts, in Veitshöchheim, sitzt der Stab der Division Schnelle Kräfte. Man \
verfolge die Lage „sehr aufmerksam“, sagte ein Sprecher auf Anfrage. Die Bundeswehr zählt in \
Unterfranken gut 4.000 Dienstposten.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu",
          "headline: the NIS figure of the lead, reported 'seit Donnerstag' (the publication day)"),
        C("etwa 100", 100, "approx", "casualties", "south_korea", "thu",
          "lawmaker Lee reporting the NIS ('gehe … aus'), dated by 'seit Donnerstag' in the "
          "sentence before: killed"),
        C("Rund 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "Konjunktiv carried: 'weitere seien verwundet' = the others of the same count (not "
          "additional)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Bislang seien … nach Russland gebracht worden, hieß es weiter': total sent "
          "(in_russia)"),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon",
          "US defence official 'am Montag', quote before the source: dead and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "Ukrainian army 'hatte am Wochenende gemeldet' (Saturday–Sunday): killed or wounded"),
        C("mehrere Tausend", None, "vague", "planned", "other", "tue..pub",
          "Würzburg political scientist at the Tuesday evening talk, Konjunktiv + 'davon ist sie "
          "überzeugt' (present): 'zusätzliche' increment, will send in spring", add=True),
    ),
)

B02 = Source(
    article_id="b27_02_hannover_tv_gefangene_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-13"),
    dated_by="html_meta",
    features="Hanover TV station's web text in HTML (`article:published_time` with +01:00, a video "
        "player script, a consent layer, navigation, footer with a hotline): `<title>` figure "
        "(optional); h1 with two NIS figures from the Monday briefing (the publication day); "
        "Zelensky 'am Samstag' number word `Zwei` (captured); NIS via a lawmaker 'Am Montag', "
        "Konjunktiv carried to 'Von den insgesamt rund 11.000'; 'Mehr als 3.800' sentence-initial "
        "with the source after it ('so hatte es Selenskyj Ende Dezember … formuliert'); the US "
        "government 'am 27. Dezember' &bdquo;über 1.000&ldquo; in one week; 'mehr als jeder "
        "Vierte' (fraction), refugees in Lower Saxony, ages, clip length, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Seoul meldet [[300]] tote Nordkoreaner – Kiew zeigt Gefangene | Hannover Eins</title>
<meta property="article:published_time" content="2025-01-13T18:42:00+01:00">
<meta property="og:site_name" content="Hannover Eins">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var heinsPlayer={clipId:"he-250113-0917",dauer:154,autoplay:false,untertitel:true};</script>
</head>
<body>
<div class="consent-layer"><p>Wir binden Videos, Karten und eine Reichweitenmessung von \
Drittanbietern ein. Ihre Auswahl können Sie jederzeit unten auf der Seite ändern.</p><button \
id="c-yes">Alle erlauben</button> <button id="c-set">Auswahl anpassen</button></div>
<header><nav><a href="/">Start</a> <a href="/region">Region Hannover</a> <a \
href="/niedersachsen">Niedersachsen</a> <a href="/welt">Welt</a> <a href="/sport">Sport</a> <a \
href="/live">Live-TV</a></nav></header>
<main>
<article>
<h1>Seoul: [[300]] Nordkoreaner getötet, [[2.700]] verwundet</h1>
<p class="teaser">Erstmals Gefangene, neue Opferzahlen – und in Hannover-Linden eine Ukrainerin, \
die Koreanisch spricht. Von Jannik Wöhler</p>
<p>Zum ersten Mal hat die Ukraine nordkoreanische Soldaten lebend gefangen genommen. [[Zwei]] \
Männer seien im russischen Gebiet Kursk festgesetzt und nach Kiew gebracht worden, teilte \
Präsident Wolodymyr Selenskyj am Samstag mit. Er veröffentlichte dazu ein Video, das einen der \
beiden mit verbundenem Kiefer zeigt.</p>
<p>Am Montag folgten neue Zahlen aus Seoul. Der Geheimdienst NIS gehe inzwischen von [[rund 300]] \
toten und [[etwa 2.700]] verwundeten Nordkoreanern aus, berichtete der Abgeordnete Park Sun-won \
nach einer vertraulichen Sitzung. Die Soldaten hätten Befehl, sich einer Gefangennahme durch \
Selbsttötung zu entziehen. Von den insgesamt [[rund 11.000]] Soldaten, die Nordkorea nach Russland \
geschickt habe, sei damit mehr als jeder Vierte ausgefallen.</p>
<p>Kiew nennt deutlich höhere Zahlen. [[Mehr als 3.800]] Nordkoreaner seien bereits tot oder \
verwundet – so hatte es Selenskyj Ende Dezember in einer seiner abendlichen Videobotschaften \
formuliert. Die US-Regierung sprach am 27. Dezember von &bdquo;[[über 1.000]]&ldquo; Getöteten und \
Verwundeten binnen einer einzigen Woche.</p>
<h2>Die Übersetzerin aus Linden</h2>
<p>Für Hanna Kovalenko sind die Bilder aus Kiew ein Schock. Die 34-Jährige hat in Kiew Koreanistik \
studiert und lebt seit 2022 in Niedersachsen, wo nach Angaben des Innenministeriums rund 95.000 \
Geflüchtete aus der Ukraine registriert sind. &bdquo;Die beiden sind 20 und 26 Jahre alt. Man hat \
Kinder in einen fremden Krieg geschickt&ldquo;, sagt sie. Selenskyj hat angeboten, die Gefangenen \
gegen Ukrainer in russischer Hand auszutauschen.</p>
</article>
</main>
<footer><p>&copy; 2025 Hannover Eins Fernsehen GmbH &middot; Vahrenwalder Platz 4, 30165 Hannover \
&middot; Zuschauertelefon 0511 4477 210</p><p><a href="/impressum">Impressum</a> | <a \
href="/datenschutz">Datenschutz</a> | <a href="#consent">Einwilligung ändern</a></p></footer>
<script src="/static/js/heins-bundle.4471.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon",
          "<title> (metadata) restating the h1's NIS figure", opt=True),
        C("300", 300, "exact", "casualties", "south_korea", "mon",
          "h1 'Seoul:': the NIS figure of the body ('Am Montag', the publication day): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "h1, second figure of the same briefing: wounded"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat",
          "number word: Zelensky 'am Samstag', captured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS via lawmaker Park, 'Am Montag folgten neue Zahlen' in the sentence before: dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same sentence: wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "Konjunktiv carried ('geschickt habe'): total sent"),
        C("Mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "2024-12-21..2024-12-31",
          "sentence-initial, source after the figure: 'so hatte es Selenskyj Ende Dezember … "
          "formuliert' (days 21–31)"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "'Die US-Regierung sprach am 27. Dezember von' &bdquo;…&ldquo;: killed and wounded in "
          "one week"),
    ),
)

B03 = Source(
    article_id="b27_03_obersteiermark_rueckzug_at",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-20"),
    dated_by="dateline", crlf=True,
    features="Upper Styrian district paper as plain text in ISO-8859-1 with CRLF and straight "
        "quotes (Austrian: 'Jänner', 'Feber', 'heuer'), dated by the place line 'Judenburg, "
        "20.02.2025'; three NIS figures in Konjunktiv with the source and day at the end of the "
        "paragraph ('So stellte es der Dienst am Mittwoch … dar'), among them 'etwa 1.000 … als "
        "Verstärkung' (increment); Ukrainian special forces 'in der Vorwoche' \"einige Hundert\"; "
        "'Anfang Jänner' `bis zu 12.000`; a retired Bundesheer colonel 'am Dienstagabend' 'heuer "
        "noch einmal 5000 bis 8000' (range increment); Eurofighters, Bundesheer strength, North "
        "Korea's army, listeners, age, entry fee, phone number",
    text="""\
OBERSTEIRISCHE BEZIRKSNACHRICHTEN - Murtal / Welt

Judenburg, 20.02.2025

Stille an der Front: Wo sind Kims Soldaten?

Seit Wochen hat niemand mehr nordkoreanische Soldaten im Gefecht gesehen. Der südkoreanische \
Geheimdienst NIS geht davon aus, dass Pjöngjang seine Truppen im Gebiet Kursk vorerst aus der \
ersten Linie genommen hat. Die Einheiten seien seit Mitte Jänner nicht mehr an Kämpfen beteiligt \
gewesen, vermutlich wegen der schweren Verluste. Das Regime habe im Herbst [[rund 11.000]] \
Soldaten zu seinem Verbündeten geschickt, [[mehr als 3.000]] davon seien inzwischen tot oder \
verwundet. Im Jänner seien allerdings [[etwa 1.000]] Soldaten als Verstärkung nachgekommen. So \
stellte es der Dienst am Mittwoch vor Abgeordneten in Seoul dar.

Auch aus Kiew kommen ähnliche Signale. Ein Sprecher der ukrainischen Spezialeinheiten sagte in der \
Vorwoche, an der Front bei Kursk seien nur noch "[[einige Hundert]]" Nordkoreaner im Einsatz. \
Anfang Jänner hatte die ukrainische Führung noch von [[bis zu 12.000]] nordkoreanischen Soldaten \
in der Region gesprochen.

Für Entwarnung ist es zu früh

Das meint jedenfalls Oberst a.D. Herbert Leitgeb. "Kim zieht die Leute zurück, bildet sie neu aus \
und schickt sie wieder. Ich rechne damit, dass heuer noch einmal [[5000 bis 8000]] Mann \
nachkommen", sagte der frühere Kommandant am Dienstagabend bei einem Vortrag der \
Offiziersgesellschaft im Judenburger Veranstaltungszentrum vor rund 90 Zuhörern. Leitgeb, 67, \
diente unter anderem am Fliegerhorst in Zeltweg, wo das Bundesheer seine 15 Eurofighter \
stationiert hat. Die Staffel übt seit Anfang Feber wieder verstärkt den Luftraumschutz.

Die Kriegserfahrung, die Nordkoreas Soldaten nun im Umgang mit Drohnen sammelten, sei "ein Problem \
für ganz Ostasien", so Leitgeb. Nordkoreas Armee zählt rund 1,2 Millionen aktive Soldaten, das \
österreichische Bundesheer kommt auf etwa 23.000 Berufs- und Zeitsoldaten.

Der nächste Vortrag der Offiziersgesellschaft findet am 13. März statt. Eintritt 8 Euro, Anmeldung \
unter 03572/47 110.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS in Konjunktiv, source and day at the end of the paragraph ('So stellte es der "
          "Dienst am Mittwoch … dar'): sent"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "south_korea", "wed",
          "same passage, 'davon' (breakdown): dead or wounded"),
        C("etwa 1.000", 1000, "approx", "in_russia", "south_korea", "wed",
          "same passage: 'als Verstärkung nachgekommen' in January (increment; 'im Jänner' is the "
          "event)", add=True),
        C("einige Hundert", None, "vague", "near_front", "ukraine", "lastweek",
          "special forces spokesman 'in der Vorwoche' (last week): still at the front"),
        C("bis zu 12.000", 12000, "at_most", "near_front", "ukraine", "2025-01-01..2025-01-10",
          "'Anfang Jänner hatte die ukrainische Führung … gesprochen' (days 1–10): in the region"),
        C("5000 bis 8000", None, "range", "planned", "other", "tue",
          "retired colonel at the Tuesday evening talk: 'heuer noch einmal … nachkommen' "
          "(increment, 'heuer' is the event)", add=True),
    ),
)

B04 = Source(
    article_id="b27_04_glarner_bote_eingestaendnis_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Glarner Bote",
        "https://www.glarner-bote.example/ausland/kreml-und-kim-geben-einsatz-zu-ld.88412",
        "Kreml und Kim geben Einsatz in Kursk zu",
    ),
    features="Glarus paper's foreign page in Markdown, windows-1252 with CRLF, front matter "
        "without a date (sidecar, Tuesday); Swiss conventions (`15'000`, `41'000`, «», no ß); "
        "headline 'Seoul zählt 4700' from the NIS figures lawmakers reported 'am Montag'; "
        "Gerasimov 'am Samstag' and KCNA 'Am Montag' without figures; 'darunter an die 600 Tote' "
        "(breakdown, approx); HUR «über 6000» without a date; a former Swiss ambassador living in "
        "Mollis 'nochmals 10'000 bis 15'000' (range increment, present tense `sagt`); a fraction "
        "of the canton's population, the army's strength, the Landsgemeinde, francs",
    text="""\
---
title: "Kreml und Kim geben Einsatz in Kursk zu"
ressort: Ausland
autor: Urs Hefti
---

# Kreml und Kim geben Einsatz zu – Seoul zählt [[4700]] Opfer

*Erst Moskau, dann Pjöngjang: Nach Monaten des Schweigens bestätigen beide Regierungen, dass \
nordkoreanische Soldaten in Russland gekämpft haben. Ein ehemaliger Diplomat aus Mollis ist nicht \
überrascht.*

Monatelang hatten Moskau und Pjöngjang die Berichte als «Erfindung» abgetan. Am Samstag räumte \
Russlands Generalstabschef Waleri Gerassimow erstmals ein, dass nordkoreanische Soldaten bei der \
Rückeroberung des Gebiets Kursk mitgekämpft hätten. Am Montag zog die staatliche \
Nachrichtenagentur KCNA nach: Die Entsendung sei auf Befehl von Machthaber Kim Jong Un erfolgt, \
gestützt auf den Beistandspakt mit Russland. Zahlen nannte keine der beiden Seiten.

Umso genauer rechnet man in Seoul. Nordkorea habe bisher [[rund 15'000]] Soldaten nach Russland \
geschickt, berichteten Abgeordnete am Montag nach einer Sitzung mit dem Geheimdienst NIS. [[Etwa \
4700]] von ihnen seien getötet oder verwundet worden, darunter [[an die 600]] Tote.

Kiew hält selbst diese Zahlen für zu tief. Der ukrainische Militärgeheimdienst HUR spricht von \
«[[über 6000]]» toten und verletzten Nordkoreanern.

## «Kim verkauft seine Soldaten»

Für Hansjörg Zweifel kommt das Eingeständnis nicht überraschend. Der 71-Jährige war bis 2018 \
Schweizer Botschafter in Seoul und lebt heute wieder in Mollis. «Kim verkauft seine Soldaten, und \
Putin bezahlt mit Öl, Weizen und Technologie», sagt er. «Ich wäre nicht erstaunt, wenn im Sommer \
nochmals [[10'000 bis 15'000]] Mann folgen.»

Zum Vergleich: Die Zahl der nach Russland entsandten Nordkoreaner entspricht mehr als einem \
Drittel der Glarner Wohnbevölkerung von gut 41'000 Menschen. Die Schweizer Armee hat einen \
Sollbestand von 100'000 Angehörigen.

Am Sonntag, 4. Mai, tritt auf dem Zaunplatz die Landsgemeinde zusammen. Zur Debatte stehen unter \
anderem ein Kredit von 6,4 Millionen Franken für das Kantonsspital und die Zusammenlegung zweier \
Schulkreise.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt … Opfer': the NIS figure the body dates to Monday (Monday to "
          "publication)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "lawmakers after the NIS session 'am Montag', source after the figure: sent"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "Konjunktiv carried: killed or wounded"),
        C("an die 600", 600, "approx", "casualties", "south_korea", "mon",
          "'darunter an die 600 Tote' (breakdown of the casualties, not additional)"),
        C("über 6000", 6000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'spricht von' «…» without a date: dead and wounded"),
        C("10'000 bis 15'000", None, "range", "planned", "other", "pub",
          "former Swiss ambassador (other), present 'sagt': 'nochmals … "
          "folgen' (increment)", add=True),
    ),
)

B05 = Source(
    article_id="b27_05_friedensnetz_rundbrief_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-15"),
    dated_by="front_matter",
    features="German peace-movement newsletter in Markdown, UTF-8 with BOM, front matter with "
        "`date:` and a title figure (optional); headline 'Bis zu 30.000 weitere' from media "
        "reports 'Anfang Juli' citing Ukraine's military intelligence (X citing Y → ukraine, days "
        "1–10 to publication); range increment `25.000 bis 30.000 zusätzlichen`; the NIS without a "
        "date; Shoigu 'Im Juni' (planned, whole month); Rutte 'Ende Juni' at the summit („mehr als "
        "10.000 …, die … kämpfen“); the newsletter's own count `mindestens 15.000` and `mehr als "
        "5.000 von ihnen` (unattributed, required); Hiroshima dead, SIPRI's military spending, "
        "members, euros, dates and times of events",
    text="""\
---
title: "Kanonenfutter aus Pjöngjang: [[Bis zu 30.000]] weitere Soldaten?"
date: 2025-07-15
ausgabe: "Rundbrief 7/2025"
herausgeber: Friedensnetz Kurpfalz e.V.
---

# [[Bis zu 30.000]] weitere Soldaten aus Nordkorea?

Liebe Freundinnen und Freunde des Friedensnetzes,

der Krieg in der Ukraine verschlingt immer neue Menschen – inzwischen auch solche, die mit diesem \
Konflikt nie etwas zu tun hatten. Anfang Juli berichteten mehrere Medien unter Berufung auf den \
ukrainischen Militärgeheimdienst, Pjöngjang bereite die Entsendung von [[25.000 bis 30.000]] \
zusätzlichen Soldaten nach Russland vor. Sie sollten, so die Quelle, in den kommenden Monaten per \
Bahn und Flugzeug verlegt werden.

Schon heute stehen nach Einschätzung des südkoreanischen Geheimdienstes [[etwa 11.000]] \
nordkoreanische Soldaten in Russland. Im Juni hatte Russlands oberster Sicherheitsbeamter Sergej \
Schoigu bei einem Besuch in Pjöngjang verkündet, Kim werde [[6.000]] Minenräumer und \
Militärbauarbeiter in das Gebiet Kursk schicken. Und Nato-Generalsekretär Mark Rutte sprach Ende \
Juni am Rande des Gipfels in Den Haag von „[[mehr als 10.000]] Nordkoreanern, die an Russlands \
Seite kämpfen“.

Wir haben alle Schätzungen zusammengetragen, die seit Oktober 2024 öffentlich wurden. Nach unserer \
eigenen Zählung hat Nordkorea seither [[mindestens 15.000]] Soldaten nach Russland geschickt, \
[[mehr als 5.000]] von ihnen sind tot oder verwundet. Hinter jeder dieser Zahlen stehen junge \
Männer, die kaum eine Wahl hatten – und Familien, die nie erfahren werden, wo ihre Söhne begraben \
liegen.

Die Antwort darauf kann nicht noch mehr Aufrüstung sein. Weltweit wurden 2024 nach Angaben des \
Friedensforschungsinstituts SIPRI 2.718 Milliarden US-Dollar für Militär ausgegeben, so viel wie \
nie zuvor.

## Termine

- **Mahnwache zum Hiroshima-Tag**: Mittwoch, 6. August, 18 Uhr, Marktplatz Heidelberg. Vor 80 \
Jahren starben in Hiroshima und Nagasaki bis Ende 1945 schätzungsweise 210.000 Menschen.
- **Vortrag „Korea – Krieg ohne Friedensvertrag“**: Dienstag, 23. September, 19.30 Uhr, \
Friedenszentrum Mannheim.

Unser Netz zählt inzwischen 412 Mitglieder. Wer diesen Rundbrief unterstützen will: Schon 25 Euro \
decken Druck und Porto für eine Ausgabe.

Mit friedlichen Grüßen
Ihr Redaktionsteam
""",
    claims=(
        C("Bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "front-matter title (metadata) restating the headline", add=True, opt=True),
        C("Bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "headline: the upper bound of the media reports citing Ukraine's military intelligence "
          "'Anfang Juli' (days 1–10 to publication); 'weitere' outside the span", add=True),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-10",
          "media 'unter Berufung auf den ukrainischen Militärgeheimdienst' (X citing Y → the "
          "source's group), 'Anfang Juli': 'zusätzlichen' (increment)", add=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'nach Einschätzung des südkoreanischen Geheimdienstes' without a date: in Russia"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni … verkündet' (whole month): deminers and builders Kim will send (a "
          "planned total, not an increment)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2025-06-21..2025-06-30",
          "Rutte 'Ende Juni' at the summit, in „…“: fighting on Russia's side"),
        C("mindestens 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "'Nach unserer eigenen Zählung' (the newsletter's own reckoning, required): sent"),
        C("mehr als 5.000", 5000, "at_least", "casualties", "unattributed", "pub",
          "same reckoning, 'von ihnen' (breakdown): dead or wounded"),
    ),
)

B06 = Source(
    article_id="b27_06_bonner_forum_presseschau_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Bonner Forum für Sicherheit und Entwicklung",
        "https://www.bfse-bonn.example/presseschau/ostasien-164",
        "Presseschau Ostasien Nr. 164",
    ),
    features="Bonn think-tank's press summary in HTML, ISO-8859-1 with quotes only as entities "
        "(sidecar, Friday; no meta date), a self-hosted statistics script, a privacy note, "
        "navigation and footer; `<title>` figure (optional); press items, each with an agency or "
        "paper citing a source (X citing Y → the source's group): Yonhap citing a lawmaker on the "
        "NIS, the day at the end of the paragraph ('legte der NIS am Donnerstag … vor') and the "
        "item heading from that Thursday to publication; '6.000 weitere Pioniere' (increment, in "
        "Kursk); the Kyiv Independent quoting HUR &bdquo;mehr als 6.000&ldquo; without a date; "
        "KCNA 'am Dienstag' `mehreren Dutzend` fallen (north_korea); the Washington Post citing "
        "two US officials 'bis zu 5.000 zusätzliche' (increment, no date); the forum's named East "
        "Asia analyst (other) `bis zu 3.000` dead by the end of the year; 'dreimal so vielen' "
        "(ratio), issue number, subscribers, street address, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Presseschau Ostasien Nr. 164: Seoul zählt [[2.000]] Gefallene | BFSE Bonn</title>
<link rel="stylesheet" href="/css/bfse.css?v=31">
<script>var _paq=window._paq||[];_paq.push(["setSiteId","7"]);_paq.push(["trackPageView"]);</script>
</head>
<body>
<div class="hinweis" id="datenschutz">Wir verwenden nur ein selbst betriebenes Statistikwerkzeug, \
Daten gehen nicht an Dritte. <a href="/datenschutz">Mehr erfahren</a> \
<button>Verstanden</button></div>
<nav><a href="/">Startseite</a> | <a href="/themen">Themen</a> | <a \
href="/publikationen">Publikationen</a> | <a href="/presseschau">Presseschau</a> | <a \
href="/presse">Presse</a> | <a href="/en">English</a></nav>
<main>
<h1>Presseschau Ostasien</h1>
<p class="stand">Ausgabe Nr. 164 vom 5. September 2025 &middot; zusammengestellt von Lena Brückner \
und Tobias Aydin</p>
<p class="intro">Die Presseschau fasst ausgewählte Berichte internationaler Medien zusammen. Sie \
gibt die Darstellung der jeweiligen Medien wieder, nicht die Position des Forums.</p>
<h2>Yonhap (Seoul): Geheimdienst beziffert Gefallene auf [[rund 2.000]]</h2>
<p>Die Nachrichtenagentur berichtet unter Berufung auf den Abgeordneten Lee Seong-kweun, der \
südkoreanische Geheimdienst NIS gehe davon aus, dass [[etwa 2.000]] nordkoreanische Soldaten im \
Einsatz für Russland ums Leben gekommen seien. Derzeit seien [[rund 11.000]] Nordkoreaner im \
Gebiet Kursk stationiert; [[6.000]] weitere Pioniere und Bauarbeiter seien inzwischen dort \
eingetroffen. Die Zahlen legte der NIS am Donnerstag in einer nichtöffentlichen Sitzung des \
Geheimdienstausschusses vor.</p>
<h2>Kyiv Independent: Kiew spricht von dreimal so vielen Opfern</h2>
<p>Das ukrainische Onlinemedium zitiert einen Sprecher des Militärgeheimdienstes HUR, wonach seit \
Beginn des Einsatzes &bdquo;[[mehr als 6.000]]&ldquo; Nordkoreaner getötet oder verwundet worden \
seien. Die Angaben aus Seoul bezögen sich nur auf die Toten.</p>
<h2>KCNA (Pjöngjang): Kim ehrt &bdquo;Helden von Kursk&ldquo;</h2>
<p>Die amtliche Nachrichtenagentur meldete am Dienstag, Machthaber Kim Jong Un habe in Pjöngjang \
Angehörige gefallener Soldaten empfangen. Auf einer Gedenkwand seien die Namen von [[mehreren \
Dutzend]] Gefallenen zu sehen gewesen. Eine Gesamtzahl nannte KCNA nicht.</p>
<h2>Washington Post: Nachschub seit dem Frühjahr</h2>
<p>Unter Berufung auf zwei US-Regierungsbeamte berichtet die Zeitung, Nordkorea habe seit dem \
Frühjahr [[bis zu 5.000]] zusätzliche Soldaten nach Russland gebracht, um Verluste auszugleichen. \
Das Pentagon wollte den Bericht nicht kommentieren.</p>
<h2>Einordnung</h2>
<p>Marlene Vosskamp, Referentin für Ostasien am BFSE, hält die Zahlen aus Seoul für &bdquo;eher \
vorsichtig&ldquo;. Sie hält es für möglich, dass bis Jahresende [[bis zu 3.000]] Nordkoreaner \
gefallen sind, falls Pjöngjang die Truppen erneut in Angriffe schickt.</p>
</main>
<footer><p>Bonner Forum für Sicherheit und Entwicklung e.V. &middot; Heinrich-von-Kleist-Weg 6 \
&middot; 53113 Bonn &middot; Tel. 0228 94716-0</p><p>Die Presseschau erscheint werktäglich und \
wird derzeit an 2.140 Abonnentinnen und Abonnenten verschickt. &copy; 2025 BFSE</p></footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the first item's NIS figure", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "item heading 'Yonhap (Seoul): Geheimdienst beziffert …': the NIS figure the item dates "
          "to Thursday (Thursday to publication)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "Yonhap citing a lawmaker on the NIS (→ south_korea), the day at the end of the "
          "paragraph: dead"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "Konjunktiv carried: stationed in the Kursk region"),
        C("6.000", 6000, "exact", "near_front", "south_korea", "thu",
          "'6.000 weitere Pioniere und Bauarbeiter seien … dort eingetroffen': on top of the "
          "11,000 (increment), in Kursk", add=True),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "the Kyiv Independent quoting a HUR spokesman (→ ukraine), no date: killed or wounded"),
        C("mehreren Dutzend", None, "vague", "casualties", "north_korea", "tue",
          "KCNA 'meldete am Dienstag', Konjunktiv: names of the fallen on a memorial wall"),
        C("bis zu 5.000", 5000, "at_most", "in_russia", "united_states", "pub",
          "the Washington Post citing two US officials (→ united_states), no date: 'zusätzliche' "
          "(increment); 'seit dem Frühjahr' is the event", add=True),
        C("bis zu 3.000", 3000, "at_most", "casualties", "other", "pub",
          "the forum's named East Asia analyst (a think-tank researcher → other), present tense: "
          "dead by the end of the year"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Ghana, Kenya, Scotland, Moldova, Texas, Georgia)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b27_07_accra_business_soldiers_for_cash",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-10-25"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Accra Business Chronicle",
        "https://www.accrabusinesschronicle.example/world-business/kims-soldiers-for-cash-trade",
        "Kim's soldiers-for-cash trade: Seoul counts 3,000 of his troops in Russia so far",
    ),
    features="Ghanaian business paper's world business page as plain text in UTF-16 LE with BOM "
        "and CRLF (sidecar, Friday); headline 'Seoul counts' from the NIS briefing 'on Wednesday' "
        "(Wednesday to publication); 'had reported a first shipment of 1,500 … in the middle of "
        "the month' (days 11–20) and 'a further 1,500' (increment, span without 'a further'); 'By "
        "its account' carries the NIS to `10,000` by December (planned); the White House's Kirby "
        "“at least 3,000” on Wednesday; HUR 'says' without a date, `500 of them officers` "
        "(breakdown); a University of Ghana lecturer `20,000 to 30,000` (range, planned, other, "
        "undated interview); dollars and cedis per soldier, exports, wheat tonnes, a fraction, per "
        "cent, age, phone number",
    text="""\
WORLD BUSINESS

Kim's soldiers-for-cash trade: Seoul counts [[3,000]] of his troops in Russia so far

Pyongyang could earn hundreds of millions of dollars a year from the deployment, analysts say, as \
Accra importers brace for dearer wheat and fertiliser

By Efua Mensah-Bonsu

North Korea has already moved [[about 3,000]] of its soldiers to Russia and is getting ready to \
send many more, according to South Korea's National Intelligence Service (NIS), which briefed a \
parliamentary intelligence committee in Seoul on Wednesday.

The spy agency had reported a first shipment of [[1,500]] special forces in the middle of the \
month. By its account, a further [[1,500]] have followed since, and the overall contingent could \
reach [[10,000]] by December.

Washington has been more careful with numbers. Asked on Wednesday whether the reports were \
credible, John Kirby, the White House national security spokesman, said the United States had \
evidence of "[[at least 3,000]]" North Korean troops being shipped to the port of Vladivostok and \
on to training grounds in Russia's far east.

Kyiv's figures are higher still. Ukraine's military intelligence agency says [[roughly 12,000]] \
North Korean personnel, [[500]] of them officers, are being prepared at five bases in eastern \
Russia.

For Pyongyang the arrangement is about hard currency as much as ideology. Researchers at a Seoul \
institute estimate that Russia pays about US$2,000 per soldier per month, or roughly GH¢32,000 at \
this week's rates. If the whole deployment materialises, that would add up to several hundred \
million dollars a year for a country whose entire annual exports were worth less than US$300 \
million in 2023.

Kwabena Adu-Gyamfi, who teaches international political economy at the University of Ghana \
Business School, believes Seoul's forecast may prove too low. "If Moscow pays in oil, food and \
technology rather than cash, Kim can afford to keep [[20,000 to 30,000]] men there for years," he \
said in an interview.

For Ghanaian importers, the bigger worry is the war itself. Ghana bought about 650,000 tonnes of \
wheat last year, close to a third of it from Russia, and the cedi has lost some 19 per cent \
against the dollar since January. "Every escalation shows up in the price of a bag of flour at \
Makola," said Akua Boateng, 52, who sells baking supplies in the market.

The Kremlin has not confirmed the deployment. Its spokesman, Dmitry Peskov, said on Thursday that \
ties with Pyongyang were "developing in all areas" and declined to go further.

Advertising and subscriptions: 030 291 4470
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul counts': the NIS figure of the lead (Wednesday to publication)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'according to … NIS, which briefed … on Wednesday' (the source after the figure): moved "
          "to Russia"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "the agency's earlier report 'in the middle of the month' (days 11–20): first shipment"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed",
          "'By its account, a further 1,500 have followed' (increment, span without 'a further'), "
          "Wednesday's briefing", add=True),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same account: 'could reach … by December' (intended total)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House spokesman Kirby 'on Wednesday', in quotes: shipped to Russia"),
        C("roughly 12,000", 12000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'says' without a date: being prepared at bases in Russia"),
        C("500", 500, "exact", "in_russia", "ukraine", "pub",
          "same sentence, '500 of them officers' (breakdown, not additional)"),
        C("20,000 to 30,000", None, "range", "planned", "other", "pub",
          "University of Ghana lecturer in an undated interview: Kim 'can afford to keep' (a "
          "possible total)"),
    ),
)

B08 = Source(
    article_id="b27_08_kilele_fm_combat_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-13"),
    dated_by="html_meta",
    features="Kenyan radio station's website in HTML, windows-1252 (`<meta "
        "charset=\"windows-1252\">`, raw “ ” in one paragraph, entities elsewhere), `<meta "
        "name=\"date\">` with +03:00; a stream script with bitrate and frequency, a cookie note, "
        "navigation, footer with frequencies and a WhatsApp number; `<title>` figure (optional); "
        "h1 'Over 10,000 …, US says' from the State Department 'on Tuesday' (Tuesday to "
        "publication); the Pentagon 'Last week' `about 8,000` in Kursk; Zelensky 'on Monday' "
        "`11,000`; Rutte 'on Tuesday' “several thousand” fighting; 'Seoul's intelligence service "
        "estimates the total at between 10,000 and 12,000, according to South Korean officials' "
        "(no date); a Nairobi analyst on the breakfast show 'this morning' (the publication day) "
        "“as many as 15,000” by the new year (planned); Kenyan troops in Somalia, Russian losses "
        "in a day (a Ukrainian figure, not a claim), listeners, per cent",
    text="""\
<!DOCTYPE html>
<html lang="en-KE">
<head>
<meta charset="windows-1252">
<title>[[Over 10,000]] North Korean troops in Russia, US says, as Kursk fighting begins | Kilele \
FM</title>
<meta name="date" content="2024-11-13T07:55:00+03:00">
<meta property="og:site_name" content="Kilele FM 98.4">
<script>window.kfm={stream:"https://live.kilelefm.example/aac64",bitrate:64,freq:"98.4",region:"nai\
robi"};</script>
</head>
<body>
<div id="cookie-note">Cookies help us keep the Kilele stream playing and tell us roughly how many \
of you are tuned in. <a href="/privacy">Privacy notice</a> <button>OK, got it</button></div>
<nav><a href="/">Home</a> &middot; <a href="/news">News</a> &middot; <a \
href="/news/world">World</a> &middot; <a href="/sports">Sports</a> &middot; <a \
href="/shows">Shows</a> &middot; <a href="/listen">Listen Live</a></nav>
<article>
<h1>[[Over 10,000]] North Korean troops in Russia, US says, as Kursk fighting begins</h1>
<p class="byline">Kilele FM News &ndash; Nairobi &middot; 7:55 am</p>
<p>North Korea has sent [[more than 10,000]] soldiers to eastern Russia and most of them have now \
moved to the Kursk border region, where they have started fighting Ukrainian forces, the United \
States said on Tuesday.</p>
<p>State Department spokesman Vedant Patel told reporters in Washington that the troops had begun \
&ldquo;combat operations&rdquo; alongside Russian units. Last week, Pentagon spokeswoman Sabrina \
Singh had said [[about 8,000]] of them were in Kursk.</p>
<p>Ukraine’s President Volodymyr Zelensky went further. In his nightly video address on Monday, he \
said [[11,000]] North Koreans were already in the region and that Ukrainian units had clashed with \
them. “This is not a rumour any more, this is a front line,” he said. Kyiv also says Russia lost \
1,770 soldiers in a single day this week, a figure that cannot be verified.</p>
<p>NATO Secretary General Mark Rutte, speaking in Paris after talks with President Emmanuel Macron \
on Tuesday, called the deployment &ldquo;a dangerous escalation&rdquo; and said &ldquo;[[several \
thousand]]&rdquo; North Korean soldiers were now fighting in Kursk.</p>
<p>Seoul&#8217;s intelligence service estimates the total at [[between 10,000 and 12,000]], \
according to South Korean officials, who say the North has also shipped artillery shells and \
missiles.</p>
<p>Speaking on <em>Kilele Breakfast</em> this morning, Nairobi-based security analyst Dr. Wanjiru \
Kamau said the numbers could keep rising. &ldquo;By the new year I would not be surprised to see \
[[as many as 15,000]] of them in the war zone,&rdquo; she said. Dr. Kamau noted that Kenya has \
itself about 3,000 troops serving with the African Union mission in Somalia, and that almost 40 \
per cent of the country&#8217;s wheat comes from Russia and Ukraine.</p>
</article>
<footer><p>Kilele FM 98.4 Nairobi &middot; 102.1 Nakuru &middot; 89.7 Eldoret | Newsroom WhatsApp: \
+254 711 000 984 | &copy; 2024 Kilele Media Ltd</p></footer>
</body>
</html>
""",
    claims=(
        C("Over 10,000", 10000, "at_least", "in_russia", "united_states", "tue..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("Over 10,000", 10000, "at_least", "in_russia", "united_states", "tue..pub",
          "h1 'US says': the State Department figure of the lead ('on Tuesday', Tuesday to "
          "publication)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "tue",
          "'the United States said on Tuesday' (source after the figure): sent to eastern Russia"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "lastweek",
          "'Last week, Pentagon spokeswoman … had said': in Kursk"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky's nightly address 'on Monday': already in the region (Kursk)"),
        C("several thousand", None, "vague", "near_front", "nato", "tue",
          "Rutte 'on Tuesday', in quotes: fighting in Kursk"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "south_korea", "pub",
          "'Seoul's intelligence service estimates …, according to South Korean officials' without "
          "a date: total"),
        C("as many as 15,000", 15000, "at_most", "planned", "other", "wed",
          "Nairobi analyst on the breakfast show 'this morning' (the publication day): 'By the new "
          "year … in the war zone' (could be)"),
    ),
)

B09 = Source(
    article_id="b27_09_sunday_thistle_cannon_fodder_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-16"),
    dated_by="front_matter",
    features="Scottish Sunday tabloid in Markdown, front matter with `date:` and a title figure "
        "(optional); caps headline '3,000 MORE' and lead 'another 3,000' from the JCS 'this week' "
        "(Monday to publication; increments, spans without the word); 'taking the total … to more "
        "than 14,000' (a new total, not an increment); 'the JCS added' `around 4,000` casualties; "
        "Syrskyi 'on Thursday', single quotes, 'he said' after the figure; a Dundee volunteer "
        "speaking from a hospital bed 'about 200 of them coming across a field' (other, no date: "
        "Saturday–Sunday); the UK defence secretary 'last week' `up to 12,000` (a third "
        "government: other); fact box of negatives (army size, Russian losses claimed by Kyiv, "
        "pounds, age), 'two tours'",
    text="""\
---
title: "KIM'S CANNON FODDER: [[3,000]] more North Koreans shipped to Putin"
date: 2025-03-16
author: Ross Tennant
section: News
tags: [north-korea, russia, ukraine, world]
---

# KIM'S CANNON FODDER: [[3,000]] MORE SHIPPED TO PUTIN

**Tyrant sends fresh troops to plug gaps after horror losses – and a Dundee hero tells how he \
faced them**

NORTH Korean despot Kim Jong Un has rushed another [[3,000]] of his men to Putin to plug the holes \
left by horrendous losses, South Korea's military revealed this week.

The Joint Chiefs of Staff in Seoul said the fresh troops arrived in January and February, taking \
the total sent by the secretive state to [[more than 14,000]].

Of those, [[around 4,000]] have been killed or wounded in the frozen fields of Kursk, the JCS added.

Worse, some of Kim's men are back in the fight. Ukraine's top general, Oleksandr Syrskyi, said on \
Thursday they were again leading assaults near the town of Sudzha. 'They have brought [[several \
thousand]] back to the front line,' he said.

Former Black Watch corporal Craig McAlpine, 41, from Dundee, has seen them up close. Speaking from \
a hospital bed in Kyiv, where he is recovering from shrapnel wounds, the volunteer said: 'There \
were [[about 200]] of them coming across a field at first light. They just kept walking. I've \
never seen anything like it.'

The dad-of-two, who served two tours in Afghanistan, joined Ukraine's International Legion in 2023.

Defence Secretary John Healey told MPs last week that British intelligence believed [[up to \
12,000]] North Koreans remained in Russia.

**KIM'S WAR MACHINE**

- North Korea's army: 1.28 million active troops
- Russian losses claimed by Kyiv: more than 890,000
- UK military aid to Ukraine this year: £4.5billion
- Kim Jong Un's age: 41
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "front-matter title (metadata) restating the headline", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "caps headline '3,000 MORE SHIPPED': the JCS figure of the lead ('this week'); "
          "increment, span without 'MORE'", add=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "'another 3,000 … South Korea's military revealed this week' (Monday to publication): "
          "increment, span without 'another'", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "south_korea", "mon..pub",
          "'The Joint Chiefs of Staff in Seoul said …, taking the total … to' (a new total, not "
          "additional), this week carried"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "mon..pub",
          "'the JCS added' after the figure: killed or wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "thu",
          "Syrskyi 'said on Thursday', then the quote with 'he said': back to the front line"),
        C("about 200", 200, "approx", "near_front", "other", "pub",
          "a Dundee volunteer speaking from a hospital bed, undated (Saturday–Sunday): seen coming "
          "across a field"),
        C("up to 12,000", 12000, "at_most", "in_russia", "other", "lastweek",
          "UK defence secretary 'told MPs last week' (a third government → other): remained in "
          "Russia"),
    ),
)

B10 = Source(
    article_id="b27_10_chisinau_ledger_shoigu_builders_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "Chisinau Ledger",
        "",
        "Kim to send 6,000 deminers and builders to Kursk, Shoigu says",
    ),
    features="Moldovan English-language outlet in HTML, UTF-8 with BOM (sidecar without url, "
        "Wednesday; a '18 June 2025' line in the body), a stats script, a cookie note with three "
        "languages, navigation, footer; `<title>` figure (optional); h1 'Shoigu says' `6,000` "
        "(their sum, a planned total) from Shoigu's 'on Tuesday' (Tuesday to publication); `1,000` "
        "mine-clearance specialists and `5,000` builders, Shoigu named with an apposition after "
        "the figures; the NIS 'In April' (whole month) `roughly 15,000` and `about 4,700 of them`; "
        "HUR's spokesman 'on Wednesday' (the publication day) “about 11,000” in Kursk; a Chisinau "
        "analyst 'expects … to pass 20,000' (at_least, planned, other, no date); “several thousand "
        "Russian soldiers” (not a claim), Russian troops in Transnistria, ammunition tonnes, "
        "Moldova's army, phone number",
    text="""\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kim to send [[6,000]] deminers and builders to Kursk, Shoigu says | Chisinau Ledger</title>
<meta name="description" content="Russia's security chief announced the deployment after talks in \
Pyongyang. In Chisinau, eyes turn to Transnistria.">
<script async src="https://stats.chisinauledger.example/t.js" data-site="cl-en" \
data-section="region"></script>
</head>
<body>
<div class="cookie-note">This site stores small files on your device to remember your language (RO \
/ RU / EN) and to measure readership. <a href="/en/cookies">Details</a> <button>Accept</button> \
<button>Refuse</button></div>
<header><a class="logo" href="/en/">Chisinau Ledger</a><nav><a href="/en/moldova">Moldova</a> <a \
href="/en/region">Region</a> <a href="/en/economy">Economy</a> <a href="/en/eu">EU Path</a> <a \
href="/en/opinion">Opinion</a></nav></header>
<main><article>
<h1>Kim to send [[6,000]] deminers and builders to Kursk, Shoigu says</h1>
<p class="meta">Region | 18 June 2025 | Natalia Rusu</p>
<p>Kim Jong Un has agreed to provide [[1,000]] mine-clearance specialists and [[5,000]] military \
builders for the Kursk region, Sergei Shoigu, who heads Russia&rsquo;s Security Council, announced \
on Tuesday after meeting the North Korean leader in Pyongyang. The builders are to restore roads, \
bridges and houses wrecked during Ukraine&rsquo;s incursion into the region last August.</p>
<p>It was the Russian official&rsquo;s third visit to the North Korean capital in as many months. \
Kim, according to Russian state media, pledged &ldquo;unconditional support&rdquo; for Moscow.</p>
<p>Seoul has tracked the deployment closely. In April, South Korea&rsquo;s National Intelligence \
Service estimated that [[roughly 15,000]] North Korean soldiers had been sent to Russia in all, \
and that [[about 4,700]] of them had been killed or wounded.</p>
<p>In Kyiv, military intelligence spokesman Andriy Yusov put Pyongyang&rsquo;s presence in the \
Kursk area at &ldquo;[[about 11,000]]&rdquo; men on Wednesday, most of them well behind the line \
of contact.</p>
<h2>A lesson for Transnistria</h2>
<p>For Chisinau, the announcement is a reminder of how quickly foreign troops can appear on a \
neighbour&rsquo;s soil. Russia still keeps about 1,500 soldiers in the breakaway Transnistria \
region, guarding a Soviet-era depot at Cobasna that holds some 20,000 tonnes of ammunition. \
Moldova&rsquo;s own army numbers roughly 6,500 professional soldiers.</p>
<p>Ion Cebotari, a security analyst at the Centre for Eastern European Defence Studies in \
Chisinau, said the engineers would free up &ldquo;several thousand Russian soldiers for the \
front&rdquo;. He expects Pyongyang&rsquo;s total presence in Russia to pass [[20,000]] before the \
end of the year. &ldquo;Kim is turning his army into a rental service,&rdquo; he said.</p>
</article></main>
<footer>&copy; 2025 Chisinau Ledger SRL &middot; Chi&#537;in&#259;u, MD-2012 &middot; Newsroom \
+373 22 000 417 &middot; <a href="/en/about">About us</a></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "h1 'Shoigu says': the sum of the lead's figures (a planned total, not an increment), "
          "Tuesday to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu with an apposition after the figures, 'announced on Tuesday': mine-clearance "
          "specialists Kim 'has agreed to provide'"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "'In April, … NIS estimated' (whole month): sent in all"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate, 'of them' (breakdown): killed or wounded"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "wed",
          "HUR spokesman 'put … at' “…” 'on Wednesday' (the publication day): in the Kursk area"),
        C("20,000", 20000, "at_least", "planned", "other", "pub",
          "Chisinau analyst 'expects … to pass 20,000' (verb outside the span, like 'exceed'), no "
          "date"),
    ),
)

B11 = Source(
    article_id="b27_11_brazos_sentinel_parade_us",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-12"),
    dated_by="dateline", crlf=True,
    features="Central Texas paper as plain text in UTF-16 LE with BOM and CRLF, dated by the line "
        "'Sunday, October 12, 2025', dateline 'KILLEEN —'; headline 'Seoul says 10,000' from the "
        "NIS official 'on Thursday' (Thursday to publication); state media on the Friday night "
        "parade `hundreds` of marchers who had served in Kursk (returnees: optional); an anonymous "
        "NIS official 'told reporters in Seoul on Thursday', carried by 'The official … said' to "
        "`some 5,000` builders and `roughly 2,000` dead; North Korean state TV 'In August' `more "
        "than 100` portraits (north_korea, whole month); the USFK commander 'in April' `more than "
        "14,000` (whole month); soldiers at Fort Cavazos, US troops in Korea, festival visitors, "
        "miles, ages, anniversary",
    text="""\
THE BRAZOS VALLEY SENTINEL
Sunday, October 12, 2025

WORLD

Kim parades his Kursk veterans as Seoul says [[10,000]] North Korean troops remain near Ukraine

By Dolores Whitfield
Sentinel Staff Writer

KILLEEN — Rows of North Korean soldiers who fought for Russia marched through Pyongyang on Friday \
night as Kim Jong Un staged a torchlit parade for the 80th anniversary of his ruling Workers' \
Party. State media said [[hundreds]] of the marchers had served in Russia's Kursk region and wore \
new medals on their chests.

The show of pride came a day after South Korea's spy agency offered its latest tally. [[About \
10,000]] of Pyongyang's soldiers remain posted on the Russian side of the Ukrainian border, most \
of them guarding the Kursk region, an official of the National Intelligence Service told reporters \
in Seoul on Thursday. The official, who spoke on condition of anonymity under agency rules, said \
the North had also begun moving [[some 5,000]] military construction troops to Russia by rail \
since September, and that the fighting had so far cost [[roughly 2,000]] North Korean lives.

Pyongyang has rarely spoken about its dead. In August, state television aired footage of Kim \
standing before portraits of [[more than 100]] soldiers killed in Russia, the first time the \
regime acknowledged losses on camera.

The U.S. military's top officer in Korea has offered a larger cumulative figure. Gen. Xavier \
Brunson, commander of U.S. Forces Korea, told the House Armed Services Committee in April that \
Pyongyang had rotated [[more than 14,000]] troops through Russia since the fall of 2024.

For the roughly 36,000 soldiers at nearby Fort Cavazos, Korea is never far away. Units from the \
post rotate through Camp Humphreys, south of Seoul, where most of the 28,500 U.S. troops in South \
Korea are based.

"The guys coming home from Kursk know drones better than anybody else in that army now," said Sgt. \
1st Class Marcus Delgado, 38, who finished his second Korea tour in June. "That's what keeps me up \
at night."

About 4,000 people came to Saturday's Korean Festival at the Killeen Civic and Conference Center, \
20 miles from the post, where a booth run by veterans of the Korean War collected signatures for a \
memorial wall in Harker Heights.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "thu..pub",
          "headline 'Seoul says … remain near Ukraine': the NIS official's Thursday figure "
          "(Thursday to publication)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri..pub",
          "state media on the Friday night parade: returnees who had served in Kursk (optional, as "
          "returnees before)", opt=True),
        C("About 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "sentence-initial, source and day after the figure ('told reporters in Seoul on "
          "Thursday'): along the border, Kursk"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "'The official … said' (carried): construction troops moved to Russia; 'since September' "
          "is the event"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'cost … North Korean lives' (dead)"),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "'In August, state television aired footage' (whole month): portraits of soldiers "
          "killed"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-04-01..2025-04-30",
          "USFK commander 'told the House Armed Services Committee in April' (whole month): "
          "rotated through Russia"),
    ),
)

B12 = Source(
    article_id="b27_12_atlanta_korea_weekly_year_on_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Atlanta Korea Weekly",
        "https://www.atlantakoreaweekly.example/news/2025/11/a-year-after-kursk",
        "One year on, Seoul counts 6,000 North Korean casualties in Russia",
    ),
    features="Korean-American community paper in metro Atlanta in Markdown, front matter without a "
        "date (sidecar, Thursday); dateline 'DULUTH, Ga. —'; headline 'Seoul counts 6,000' and the "
        "lead's figures dated by the next sentence ('on Nov. 18', Tuesday); 'about 5,000 … had "
        "joined them there' (increment, near the front); a year in review with months carried: 'In "
        "October last year' `1,500` and 'at the time' `12,000` (planned), 'By December' Washington "
        "`more than 11,000`, 'in January' Zelensky `nearly 4,000`; an Emory political scientist at "
        "'Saturday's forum' “20,000 or more” (at_least, other); attendance, Korean Americans in "
        "Gwinnett, years, age, phone number",
    text="""\
---
title: "A year after Kursk: what Seoul now says about Kim's soldiers"
author: Sarah Cho
category: Korea & World
tags: [North Korea, Russia, Gwinnett, forum]
---

# One year on, Seoul counts [[6,000]] North Korean casualties in Russia

*Community forum in Duluth hears from an Emory scholar as lawmakers in Seoul are briefed on new \
deployments*

DULUTH, Ga. — South Korea's spy agency now believes that [[around 6,000]] North Korean soldiers \
have been killed or wounded since Kim Jong Un first sent troops to fight for Russia, [[about \
2,000]] of them fatally.

The National Intelligence Service gave the figures to the National Assembly's intelligence \
committee on Nov. 18, according to committee members who attended the closed-door session. The \
agency said [[some 10,000]] troops were currently stationed along the border in the Kursk region, \
and that [[about 5,000]] military engineers had joined them there since the summer to rebuild \
roads and bridges.

It has been a long climb. In October last year, when the first ships docked in Vladivostok, the \
NIS put the contingent at [[1,500]]; at the time, it expected the total to reach [[12,000]]. By \
December, Washington was speaking of [[more than 11,000]] in Russia, and in January President \
Volodymyr Zelensky said [[nearly 4,000]] had been killed or wounded.

About 80 people, many of them members of local Korean churches, came to Saturday's forum at a \
community center in Duluth, organized by the Atlanta chapter of a Korean reunification group. \
Gwinnett County is home to more than 30,000 Korean Americans, the largest such community in the \
Southeast.

Grace Yoon, who teaches political science at Emory University, told the audience that Seoul's \
numbers are conservative. "Counting the rotations, Pyongyang has almost certainly sent [[20,000 or \
more]] of its young men through Russia," she said. The soldiers who come home, she added, bring \
"something no other unit in that army has: a year of modern drone war."

For Samuel Lee, 78, whose family fled the North in 1951, the forum was personal. "They are \
somebody's grandsons," he said.

The group meets next on Dec. 13. Information: 678-555-0142.
""",
    claims=(
        C("6,000", 6000, "exact", "casualties", "south_korea", "2025-11-18..pub",
          "headline 'Seoul counts': the NIS figure the body dates to Nov. 18 (to publication)"),
        C("around 6,000", 6000, "approx", "casualties", "south_korea", "2025-11-18",
          "lead 'now believes', dated by the next sentence ('on Nov. 18'): killed or wounded"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-18",
          "same sentence, 'of them fatally' (breakdown, not additional)"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-18",
          "'The agency said' (carried Nov. 18): stationed along the border in Kursk"),
        C("about 5,000", 5000, "approx", "near_front", "south_korea", "2025-11-18",
          "same sentence: engineers who 'had joined them there' (an increment "
          "on the 10,000)", add=True),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "'In October last year, … the NIS put the contingent at' (whole month)"),
        C("12,000", 12000, "exact", "planned", "south_korea", "2024-10-01..2024-10-31",
          "'at the time, it expected the total to reach' (the anchor's month): intended total"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2024-12-01..2024-12-31",
          "'By December, Washington was speaking of' (whole month): in Russia"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "'in January President … Zelensky said' (whole month): killed or wounded"),
        C("20,000 or more", 20000, "at_least", "in_russia", "other", "sat",
          "Emory political scientist quoted at 'Saturday's forum' ('she said': that Saturday; "
          "hedge after the number): sent through Russia"),
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
