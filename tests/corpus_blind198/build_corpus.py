"""Build the HUNDRED-AND-NINETY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The two-hundredth corpus, for an honest measurement on articles the extractor has never met,
written in session 20 without opening the extractor, its lexicons or the topic file, and without
running it. Straight news and analysis pieces in which several sources disagree, from outlets and
angles the other corpora do not have: the news page of the winter guest newspaper of the Turracher
Höhe (Austrian conventions), the local edition of a regional daily for Predlitz (Austrian words),
the village news portal of Obersaxen (Swiss conventions), the reader's advocate's column of a
valley weekly in Sedrun (Swiss conventions), the data team's number check of a local online paper
in Todtnauberg and a media column in the local weekly of Menzenschwand; the lead story of a
volunteer-run town newspaper in Kalbarri, a journalism students' newsroom on a reporting trip to
Kalbarri, a Probus club's newsletter report of a talk in Margaret River, the readers' editor's
column of a Margaret River weekly, a writers' festival report from Akaroa and the notes of a
current-affairs evening class in Akaroa. Same file format, marker syntax and labelling conventions
as the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind198_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Turracher Höhe and Predlitz in Styria, Obersaxen and Sedrun in Graubünden,
# Todtnauberg and Menzenschwand in the southern Black Forest)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v198_01_gaestezeitung_turracher_hoehe",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-29"),
    dated_by="dateline", crlf=True,
    features="the news page ('Blick hinaus') of the winter guest newspaper of the Turracher Höhe "
        "as plain text, windows-1252 with CRLF, `„“` and `–` (no sidecar), dated by the line "
        "'Turracher Höhe, 29. Jänner 2025' (Wednesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`); an analysis of three capitals' disagreeing counts: the NIS that 'trat am 13. "
        "Jänner vor den Geheimdienstausschuss' and, in the next sentence, 'Der Dienst bezifferte' "
        "`rund 300` dead with `2.700` wounded; 'Zwei Tage später widersprach Kiew' with Ukraine's "
        "general staff counting `mehr als 3.800` (the 15th); a Pentagon spokesman 'am Dienstag "
        "vergangener Woche' with „`mehrere Tausend`“ (vague, the 21st); Rutte 'Mitte Jänner' `mehr "
        "als 10.000` in Kursk; a retired brigadier's talk to guests 'Am Donnerstag' "
        "(sentence-initial `Knapp 2.000`, 'hält er für realistisch', and 'weitere' `5.000 bis "
        "8.000`, range, increment, planned; both other, from Thursday to publication); the page's "
        "own `Tausende` in the woods near Kursk (unattributed, vague, required); lake ice in "
        "centimetres, ski pass prices in euros, children's age limit, altitude, a night's "
        "temperature, bus interval, guests, Russia's losses a day, ages, a phone number",
    text="""\
HÖHENLUFT
Gästezeitung der Turracher Höhe – Winter 2024/25, Ausgabe 7

Turracher Höhe, 29. Jänner 2025

Liebe Gäste,

der See trägt: Das Eis auf dem Turracher See ist heuer 38 Zentimeter dick, die Eisstockbahn vor \
dem Seehotel ist ab Freitag geöffnet. Die Tageskarte kostet 62 Euro, Kinder bis 15 Jahre fahren \
um 31 Euro. In der Nacht auf Dienstag hatte es auf 1.763 Metern Seehöhe minus 21 Grad, und der \
Skibus fährt noch bis Ende Feber alle 20 Minuten zwischen den Liften.

BLICK HINAUS: Drei Hauptstädte, drei Zahlen

Wer in diesen Tagen in der Hotelhalle die Zeitungen aufschlägt, liest über die nordkoreanischen \
Soldaten in Russland fast jeden Tag etwas anderes. Wir haben versucht, ein wenig Ordnung \
hineinzubringen.

Am 13. Jänner trat der südkoreanische Geheimdienst vor den Geheimdienstausschuss des Parlaments \
in Seoul. Der Dienst bezifferte die Zahl der gefallenen Nordkoreaner auf [[rund 300]]; [[2.700]] \
seien verwundet worden. Zwei Tage später widersprach Kiew. Der ukrainische Generalstab zählte bis \
dahin [[mehr als 3.800]] getötete oder verwundete Nordkoreaner und warf Seoul vor, nur \
nachweisbare Fälle mitzurechnen.

Washington legt sich ungern fest. Ein Sprecher des Pentagons sagte am Dienstag vergangener Woche \
lediglich, die Truppen aus dem Norden hätten „[[mehrere Tausend]]“ Mann an Toten und Verwundeten \
verloren. Bei der Gesamtzahl liegen die Schätzungen näher beisammen: Nato-Generalsekretär Mark \
Rutte sprach Mitte Jänner von [[mehr als 10.000]] Nordkoreanern, die im Gebiet Kursk kämpften. \
Moskau bestreitet den Einsatz bis heute, obwohl es selbst nach britischer Rechnung täglich an die \
1.600 eigene Soldaten verliert.

Einer, der die Zahlen seit Wochen vergleicht, ist Brigadier i. R. Walter Stranimaier, 71, aus \
Graz, der seit drei Jahrzehnten jeden Winter zum Langlaufen heraufkommt. Am Donnerstag sprach er \
vor gut 40 Gästen im Seminarraum des Seehotels. Die Wahrheit liege wohl dazwischen, meinte er. \
[[Knapp 2.000]] Tote und Verwundete hält er für realistisch. „Seoul rechnet zu vorsichtig, Kiew \
zu großzügig“, sagte Stranimaier. Er rechnet damit, dass Pjöngjang bis zum Frühjahr weitere \
[[5.000 bis 8.000]] Mann nachschickt.

Während wir hier oben Eisstock schießen und Kaiserschmarrn essen, stehen [[Tausende]] junge \
Männer aus Nordkorea in den verschneiten Wäldern bei Kursk. Wie viele genau, weiß niemand.

Redaktion Höhenluft, Telefon 04275 8312 40
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Am 13. Jänner trat der südkoreanische Geheimdienst vor den Geheimdienstausschuss' and, "
          "in the next sentence, 'Der Dienst bezifferte … auf' (the claimant carried by the role "
          "word; the explicit date): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing, after a semicolon, Konjunktiv: wounded (not an increment)"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "2025-01-15",
          "'Zwei Tage später widersprach Kiew. Der ukrainische Generalstab zählte' (two days "
          "after the explicit 13 January: the 15th): killed or wounded"),
        C("mehrere Tausend", None, "vague", "casualties", "united_states", "2025-01-21",
          "'Ein Sprecher des Pentagons sagte am Dienstag vergangener Woche' (in a Wednesday "
          "paper: the Tuesday of the previous week, 21 January), „…“: dead and wounded"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2025-01-11..2025-01-20",
          "'Nato-Generalsekretär Mark Rutte sprach Mitte Jänner von' (the 11th to the 20th): "
          "fighting in the Kursk region"),
        C("Knapp 2.000", 2000, "approx", "casualties", "other", "thu..pub",
          "a retired brigadier's talk to hotel guests ('Am Donnerstag sprach er', 23 January; "
          "sentence-initial figure, 'hält er für realistisch' in the present: from the talk to "
          "publication): dead and wounded"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "thu..pub",
          "same speaker, 'Er rechnet damit': 'weitere' to be sent by the spring (increment, "
          "planned; span without the word)", add=True),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the guest newspaper's own framing without a source ('stehen Tausende junge Männer "
          "aus Nordkorea in den verschneiten Wäldern bei Kursk'): unattributed, required"),
    ),
)


S02 = Source(
    article_id="v198_02_lokalausgabe_predlitz_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-20"),
    dated_by="front_matter",
    features="the Predlitz local edition of a Styrian regional daily in Markdown, UTF-8, front "
        "matter with `date:` (Thursday) and a title repeating the headline figure (optional), `„“` "
        "and `–`; Austrian words (`Jänner`, `Feber`, `heuer`); a straight news report: the Joint "
        "Chiefs in Seoul that 'teilte am Montag mit' `1.500` 'weitere' (headline and lead, "
        "increment, in Russia); Kyiv's military intelligence contradicting in direct speech "
        "`mindestens 3.000` 'zusätzliche' at the front, the claimant after the figure ('sagte ein "
        "Sprecher … noch am selben Abend'); the NIS's earlier `300` dead 'im Jänner' and its "
        "revision 'Am 12.2.' ('der Dienst') to `rund 500` dead and `etwa 3.000` wounded; a sawmill "
        "worker from Cherkasy relaying her son, an infantryman near Sudzha ('Am 14. hat er sie "
        "zuletzt angerufen', Konjunktiv, 'erzählt sie' mid-sentence) `gut 400` dug in and `ein "
        "Dutzend` captured (both other, from the 14th to publication); a Graz political scientist "
        "named after his range `11.000 bis 12.000` (other, `pub`); inhabitants, employees, solid "
        "cubic metres, euros collected, years, ages",
    text="""\
---
title: "Seoul: [[1.500]] weitere Nordkoreaner nach Russland verlegt"
date: 2025-02-20
ausgabe: Lokalausgabe Predlitz und Turrach
ressort: Welt & Region
---

# Seoul: [[1.500]] weitere Nordkoreaner nach Russland verlegt

**Kiew nennt eine doppelt so hohe Zahl, Moskau schweigt – und in Predlitz wartet eine Mutter auf \
jeden Anruf aus Kursk.**

Nach Angaben aus Seoul hat Nordkorea erneut Nachschub nach Russland geschickt. Der Generalstab der \
südkoreanischen Streitkräfte teilte am Montag mit, seit Jahresbeginn seien [[1.500]] weitere \
Soldaten aus dem Norden in Russland eingetroffen, die meisten davon per Bahn. Damit würden die \
Lücken gefüllt, die Drohnen und Artillerie in den ersten Wochen gerissen hätten.

In Kiew hält man diese Zahl für viel zu niedrig. „Es sind [[mindestens 3.000]] zusätzliche \
Soldaten, und sie stehen längst an der Front“, sagte ein Sprecher des ukrainischen \
Militärgeheimdienstes noch am selben Abend. Der Kreml bestreitet weiterhin, dass überhaupt \
Nordkoreaner auf russischer Seite kämpfen.

Auch bei den Verlusten gehen die Angaben auseinander. Der südkoreanische Geheimdienst NIS hatte \
im Jänner von [[300]] Gefallenen gesprochen. Am 12.2. korrigierte der Dienst seine Schätzung vor \
Abgeordneten nach oben: Inzwischen seien [[rund 500]] Nordkoreaner getötet worden, die Zahl der \
Verwundeten liege bei [[etwa 3.000]].

## Eine Mutter wartet auf Anrufe

Für Oksana Bilous sind das keine abstrakten Zahlen. Die 47-Jährige aus Tscherkassy arbeitet seit \
Feber 2023 im Sägewerk am Ortsrand, wo 85 Leute im Jahr rund 120.000 Festmeter Holz schneiden. Ihr \
Sohn Taras, 24, dient in einer Infanteriebrigade bei Sudscha. Am 14. hat er sie zuletzt angerufen. \
Vor seiner Stellung hätten sich [[gut 400]] Nordkoreaner eingegraben, erzählt sie, und [[ein \
Dutzend]] habe seine Kompanie in den Tagen davor gefangen genommen. „Er sagt, die Zahlen aus Seoul \
sind viel zu klein“, sagt Bilous.

In Predlitz mit seinen knapp 700 Einwohnern kennt man die Familie. Die Pfarre hat heuer schon \
2.400 Euro für ukrainische Familien im Bezirk gesammelt.

## Was Fachleute sagen

[[11.000 bis 12.000]] Nordkoreaner dürften derzeit in Russland stationiert sein, schätzt der \
Grazer Politikwissenschaftler Martin Url, der seit Jahren zu Nordkorea forscht. „Dass jede Seite \
ihre eigene Zahl hat, ist in diesem Krieg normal“, sagt er. Die ganze Wahrheit werde man \
vielleicht erst in zehn Jahren kennen.
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "mon..pub",
          "the front-matter `title:` repeating the headline figure (metadata: optional, as in "
          "earlier sets)", add=True, opt=True),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul:' with 'weitere': takes the claimant of the lead with the same figure "
          "(the Joint Chiefs on Monday) and the window from that day to publication "
          "(increment)", add=True),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "mon",
          "'Der Generalstab der südkoreanischen Streitkräfte teilte am Montag mit' (17 "
          "February), Konjunktiv: 'weitere' soldiers arrived in Russia since January (increment; "
          "the span without the word)", add=True),
        C("mindestens 3.000", 3000, "at_least", "near_front", "ukraine", "mon",
          "direct speech, the claimant after it ('sagte ein Sprecher des ukrainischen "
          "Militärgeheimdienstes noch am selben Abend': the Monday): 'zusätzliche' soldiers "
          "already at the front (increment; span without the word)", add=True),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'Der südkoreanische Geheimdienst NIS hatte im Jänner von … gesprochen' (the whole of "
          "January; the superseded figure is still the agency's stated claim): fallen"),
        C("rund 500", 500, "approx", "casualties", "south_korea", "2025-02-12",
          "'Am 12.2. korrigierte der Dienst seine Schätzung' (a short numeric date: 12 "
          "February; the claimant carried by the role word), Konjunktiv: killed (a revised "
          "total, not an increment)"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-02-12",
          "same revision: wounded"),
        C("gut 400", 400, "at_least", "near_front", "other", "2025-02-14..pub",
          "a sawmill worker from Cherkasy relaying her son, an infantryman near Sudzha ('Am 14. "
          "hat er sie zuletzt angerufen' – the day without a month: 14 February – and "
          "'erzählt sie' in mid-sentence; the speaker quoted: other): dug in before his position "
          "('gut' as at_least; from the call to publication)"),
        C("ein Dutzend", 12, "exact", "casualties", "other", "2025-02-14..pub",
          "same call, 'und', Konjunktiv: captured by his company 'in den Tagen davor' (the "
          "period; a dozen as 12, exact)"),
        C("11.000 bis 12.000", None, "range", "in_russia", "other", "pub",
          "sentence-initial range, the claimant after it ('schätzt der Grazer "
          "Politikwissenschaftler Martin Url', undated): stationed in Russia"),
    ),
)


S03 = Source(
    article_id="v198_03_dorfportal_obersaxen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-30"),
    dated_by="html_meta",
    features="the village news portal of Obersaxen (Graubünden) in HTML, ISO-8859-1 with raw «» "
        "and umlauts, `&ndash;` entities, `article:published_time` +02:00 (Wednesday), navigation, "
        "a footer with a postcode; Swiss conventions (`ss`, «», `15'000`, `4'700`, `11'000`, "
        "`20'000`, 4-digit `6000`, `1000`, `4000`); `<title>` and headline without a figure; "
        "straight news on Moscow's confirmation and the disagreeing counts: a Russian defence "
        "ministry spokesman, introduced in the sentence before ('Die Zahl lieferte am Dienstag ein "
        "Sprecher … nach'), «`Mehrere tausend`» at the front (vague, russia, 'sagte er' after it); "
        "the NIS 'am Mittwoch' (the publication day) with 'Demnach' `rund 15'000` arrived and "
        "sentence-initial `Etwa 4'700` casualties 'unter ihnen' `600` dead, 'wie Abgeordnete nach "
        "der Sitzung berichteten'; Kyiv's military intelligence 'Mitte April' `über 6000` and "
        "'damals' `mehr als 1000` fallen at Sudzha; a State Department spokeswoman named after her "
        "«`4000 bis 5000`» (range, Monday); a NATO spokesman 'vergangene Woche', named after the "
        "figure, `mindestens 11'000`; a guesthouse owner from Daejeon who 'schätzt' `20'000 oder "
        "mehr` (at_least, 'oder mehr' inside the span, other, `pub`); hamlets, voters, francs, a "
        "date, years, ages, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-04-30T17:45:00+02:00">
<meta property="og:site_name" content="Dorfportal Obersaxen">
<title>Moskau bestätigt, die Zahlen gehen auseinander &ndash; Dorfportal Obersaxen</title>
</head>
<body>
<nav><a href="/">Start</a> | <a href="/dorf">Dorf</a> | <a href="/welt">Welt</a> | <a \
href="/agenda">Agenda</a></nav>
<main>
<p class="rubrik">Welt &ndash; vom Dorf aus gesehen</p>
<h1>Jetzt bestätigt auch Moskau &ndash; nur die Zahlen passen nicht zusammen</h1>
<p class="lead">Russland räumt den Einsatz nordkoreanischer Soldaten ein. Seoul legt eigene \
Zahlen vor, Kiew hält sie für zu tief.</p>
<p>Monatelang hatte der Kreml geschwiegen. Am Samstag lobte Generalstabschef Waleri Gerassimow \
erstmals öffentlich die Kämpfer aus Nordkorea, die geholfen hätten, die Region Kursk \
zurückzuerobern. Wie viele es waren, sagte er nicht. Die Zahl lieferte am Dienstag ein Sprecher \
des Verteidigungsministeriums nach. «[[Mehrere tausend]]» Nordkoreaner hätten an der Seite \
russischer Truppen an der Front gestanden, sagte er vor Journalisten.</p>
<p>Ganz andere Grössenordnungen nennt Seoul. Der südkoreanische Geheimdienst unterrichtete am \
Mittwoch den Geheimdienstausschuss des Parlaments. Demnach sind seit dem Herbst [[rund 15'000]] \
Mann aus dem Norden in Russland eingetroffen. [[Etwa 4'700]] hätten Verwundungen erlitten oder \
seien gefallen, unter ihnen [[600]] Tote, wie Abgeordnete nach der Sitzung berichteten.</p>
<p>In Kiew hält man das für geschönt. Der ukrainische Militärgeheimdienst hatte schon Mitte April \
von [[über 6000]] toten und verwundeten Nordkoreanern gesprochen. Allein bei den Kämpfen um \
Sudscha im März seien [[mehr als 1000]] gefallen, sagte ein Sprecher des Dienstes damals.</p>
<p>Washington stellt sich eher hinter Seoul. Die Verluste der Nordkoreaner lägen «im Bereich von \
[[4000 bis 5000]]», sagte eine Sprecherin des US-Aussenministeriums am Montag. Dass derzeit noch \
[[mindestens 11'000]] Nordkoreaner in Russland stehen, sagte vergangene Woche ein Sprecher der \
Nato in Brüssel.</p>
<h2>«Ich glaube keiner Zahl ganz»</h2>
<p>In Meierhof verfolgt Mi-rae Casanova-Seo, 52, die Meldungen mit gemischten Gefühlen. Die \
gebürtige Koreanerin aus Daejeon führt seit 2009 mit ihrem Mann die Pension am Dorfplatz und hat \
Cousins in Seoul. «Jede Regierung zählt, was ihr nützt», sagt sie. Sie schätzt, dass inzwischen \
[[20'000 oder mehr]] Männer aus dem Norden in Russland waren. «Pjöngjang schickt, solange Moskau \
zahlt.»</p>
<p>Aus dem Dorf: An der Gemeindeversammlung vom 16. Mai entscheiden die rund 850 \
Stimmberechtigten der 28 Weiler über einen Kredit von 1,2 Millionen Franken für die \
Wasserversorgung. Der Beitrag für die Loipe steigt auf 45 Franken.</p>
</main>
<footer>Dorfportal Obersaxen &middot; 7134 Obersaxen Meierhof &middot; \
redaktion@dorfportal-obersaxen.example</footer>
</body>
</html>
""",
    claims=(
        C("Mehrere tausend", None, "vague", "near_front", "russia", "tue",
          "a Russian defence ministry spokesman introduced in the sentence before ('Die Zahl "
          "lieferte am Dienstag ein Sprecher des Verteidigungsministeriums nach', 29 April), «…» "
          "and 'sagte er' after the figure: at the front beside Russian troops"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'Der südkoreanische Geheimdienst unterrichtete am Mittwoch' (the publication day), "
          "'Demnach' in the next sentence: arrived in Russia since the autumn (a total)"),
        C("Etwa 4'700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, sentence-initial, Konjunktiv, 'wie Abgeordnete nach der Sitzung "
          "berichteten' after it (lawmakers relaying the NIS): wounded or fallen"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "same sentence, 'unter ihnen': the dead among them"),
        C("über 6000", 6000, "at_least", "casualties", "ukraine", "2025-04-11..2025-04-20",
          "'Der ukrainische Militärgeheimdienst hatte schon Mitte April von … gesprochen' (the "
          "11th to the 20th): dead and wounded"),
        C("mehr als 1000", 1000, "at_least", "casualties", "ukraine", "2025-04-11..2025-04-20",
          "same statement, 'sagte ein Sprecher des Dienstes damals' after the figure: fallen "
          "'im März' at Sudzha (the month is the period, not the claim date)"),
        C("4000 bis 5000", None, "range", "casualties", "united_states", "mon",
          "«im Bereich von …», the claimant after it ('sagte eine Sprecherin des "
          "US-Aussenministeriums am Montag', 28 April): losses"),
        C("mindestens 11'000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "the claimant after the figure ('sagte vergangene Woche ein Sprecher der Nato in "
          "Brüssel'): 'noch' in Russia (still, not an increment)"),
        C("20'000 oder mehr", 20000, "at_least", "in_russia", "other", "pub",
          "a guesthouse owner from Daejeon, 'Sie schätzt' (undated): have been in Russia ('oder "
          "mehr' after the figure, inside the span, as at_least)"),
    ),
)


S04 = Source(
    article_id="v198_04_leserombudsfrau_sedrun",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-06"),
    dated_by="sidecar",
    sidecar=(
        "Posta da Tujetsch – Wochenzeitung für Sedrun und Rueras",
        "https://www.posta-tujetsch.example/ombudsfrau/2025-06-06-drei-zahlen",
        "Die Ombudsfrau antwortet: Warum in unserer Zeitung drei Zahlen standen",
    ),
    features="the reader's advocate's column of a valley weekly from Sedrun (Graubünden) as plain "
        "text, UTF-16 LE with BOM (sidecar, Friday; the sidecar title without a figure); Swiss "
        "conventions (`ss`, «», `15'000`, `11'000`, `5'000`, 4-digit `1100`); a reader's letter, "
        "quoted, with the paper's `15'000` and `11'000` whose claimants follow in the "
        "ombudswoman's answer ('Die erste stammt vom südkoreanischen Geheimdienst, der Ende April "
        "…', 'Die zweite nannte ein Sprecher des Pentagons am 27.5.'); the NIS 'Ende April' `rund "
        "600` dead against Ukraine's general staff 'am Montag' `etwa 5'000`; Shoigu 'am Mittwoch' "
        "in Pyongyang `einige tausend` builders and deminers (vague, planned, russia); a "
        "correction: the caption's wrong `1100` (optional) and the right `11'000` (required); the "
        "column's own `Tausende` who fought (unattributed, vague, required); tunnel kilometres, "
        "years, letters received, ages, dates, a phone number",
    text="""\
Die Ombudsfrau antwortet

Wem soll man glauben? Warum in unserer Zeitung drei Zahlen standen

Von Mengia Deplazes, Leserombudsfrau

In den letzten zwei Wochen haben uns 9 Zuschriften zum Krieg in der Ukraine erreicht. Eine davon \
drucken wir mit Erlaubnis des Absenders ab. Gion Cavegn, 68, aus Sedrun hat 14 Jahre lang als \
Mineur am 57 Kilometer langen Gotthard-Basistunnel gearbeitet und liest unsere Zeitung, wie er \
schreibt, «von der ersten bis zur letzten Zeile».

«Am 23. Mai lese ich bei Ihnen, es seien [[15'000]] Nordkoreaner nach Russland geschickt worden. \
Eine Woche später stehen bei Ihnen [[11'000]]. Im Radio hiess es dann, Kiew zähle fast zehnmal so \
viele Tote wie Seoul. Wem soll man da noch glauben?»

Herr Cavegn, das sieht tatsächlich widersprüchlich aus. Falsch ist aber keine der beiden Zahlen. \
Die erste stammt vom südkoreanischen Geheimdienst, der Ende April vor dem Parlament in Seoul \
Bilanz zog. Er zählte alle Soldaten, die Pjöngjang seit dem Herbst 2024 nach Russland geschickt \
hat, auch die Gefallenen und jene, die längst wieder zu Hause sind. Die zweite nannte ein Sprecher \
des Pentagons am 27.5. in Washington, und er meinte etwas anderes: die Nordkoreaner, die heute \
noch in Russland stehen. Wir hätten beides dazuschreiben müssen.

Bei den Toten ist der Abstand wirklich gross. Der Geheimdienst in Seoul kam Ende April auf [[rund \
600]] gefallene Nordkoreaner. Der ukrainische Generalstab sprach am Montag von [[etwa 5'000]]. \
Kiew zählt nach eigenen Angaben auch Vermisste mit, Seoul nur, was es belegen kann. Und beide \
Seiten haben ein Interesse: Kiew will zeigen, wie teuer Moskau dieser Krieg zu stehen kommt, Seoul \
will nicht übertreiben.

Aus Moskau kommt keine Gesamtzahl. Der russische Sicherheitsratschef Sergei Schoigu erklärte am \
Mittwoch nach einem Treffen mit Kim Jong Un in Pjöngjang lediglich, der Norden werde [[einige \
tausend]] Bausoldaten und Minenräumer für den Wiederaufbau im Gebiet Kursk bereitstellen.

Einen Fehler haben wir trotzdem gemacht, und dafür entschuldigen wir uns. In der Bildlegende zum \
Artikel vom 30. Mai stand, es seien [[1100]] Nordkoreaner in Russland. Richtig ist, wie im Text, \
[[11'000]].

Was bleibt? Dass [[Tausende]] junge Nordkoreaner in einem fremden Krieg gekämpft haben, bestreitet \
inzwischen niemand mehr. Wir werden künftig bei jeder Zahl dazuschreiben, wer sie wann genannt hat \
und was genau gezählt wurde.

Fragen und Kritik an die Ombudsfrau: ombudsfrau@posta-tujetsch.example, Telefon 081 949 12 80.
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "a reader's letter quoting the paper's report; the claimant follows in the answer "
          "('Die erste stammt vom südkoreanischen Geheimdienst, der Ende April … Bilanz zog': the "
          "21st to the 30th): sent to Russia since the autumn (a total)"),
        C("11'000", 11000, "exact", "in_russia", "united_states", "2025-05-27",
          "same letter; the claimant follows ('Die zweite nannte ein Sprecher des Pentagons am "
          "27.5.': a short numeric date, 27 May): still in Russia today"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Der Geheimdienst in Seoul kam Ende April auf' (the 21st to the 30th): fallen"),
        C("etwa 5'000", 5000, "approx", "casualties", "ukraine", "mon",
          "'Der ukrainische Generalstab sprach am Montag von' (2 June): dead (the noun carried "
          "from the sentence before)"),
        C("einige tausend", None, "vague", "planned", "russia", "wed",
          "'Sergei Schoigu erklärte am Mittwoch nach einem Treffen mit Kim Jong Un in Pjöngjang' "
          "(4 June): builders and deminers the North will provide (planned)"),
        C("1100", 1100, "exact", "in_russia", "united_states", "2025-05-27",
          "correction: the wrong figure the caption printed (optional, as correction notices "
          "are labelled in earlier sets)", opt=True),
        C("11'000", 11000, "exact", "in_russia", "united_states", "2025-05-27",
          "correction restating the Pentagon spokesman's figure of 27 May ('Richtig ist, wie im "
          "Text'): required, the body claim's labels"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the column's own framing without a source ('Dass Tausende junge Nordkoreaner in einem "
          "fremden Krieg gekämpft haben, bestreitet inzwischen niemand mehr'): unattributed, "
          "required"),
    ),
)


S05 = Source(
    article_id="v198_05_zahlencheck_todtnauberg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Feldberg-Bote online – Datenteam",
        "https://www.feldberg-bote.example/zahlencheck/nordkorea-gefallene",
        "Zahlencheck: Wie viele Nordkoreaner sind in Russland gefallen?",
    ),
    features="the data team's number check of a local online paper from Todtnauberg in Markdown, "
        "UTF-8 with BOM and CRLF, front matter without a date (sidecar, Tuesday) and a title "
        "without a figure, `„“`; a Markdown table of four sources with short numeric dates "
        "(`4.9.`, `10.9.`, `22.8.`) and a part of a month (`Ende August`): the NIS `rund 2.000`, "
        "Ukraine's military intelligence `mehr als 4.000`, the US defence department `etwa 2.500`, "
        "North Korean state TV with portraits of `über hundert` fallen (a number word, at_least, "
        "north_korea); 'Aus Sicherheitskreisen in Berlin hieß es in der vergangenen Woche' "
        "`mehreren Tausend` (a third government: other); 'Nach Seouler Zählung' `rund 15.000` sent "
        "(undated) and 'weitere' `6.000` deminers and builders 'deren Entsendung Moskau im Juni "
        "angekündigt hat' (the claimant in the relative clause after the figure; increment, "
        "planned, russia, the whole of June); a doctoral student from Seoul writing on Heidegger "
        "`mehr als 3.000` (other, `pub`); survey answers, per cent, minutes, a time, ages",
    text="""\
---
title: "Zahlencheck: Wie viele Nordkoreaner sind in Russland gefallen?"
ressort: Datenteam
autorin: Lea Faller
---

# Zahlencheck: Vier Quellen, vier Zahlen

*Unser Datenteam trägt jede Woche zusammen, was Behörden und Regierungen zum Krieg in der Ukraine \
vorrechnen. Diesmal: die gefallenen Soldaten aus Nordkorea.*

Wer die Meldungen der vergangenen Wochen nebeneinanderlegt, findet auf dieselbe Frage Antworten, \
die um mehr als das Doppelte auseinanderliegen. Wir haben die jüngsten Angaben gesammelt, jeweils \
mit Quelle und Datum:

| Quelle | Datum | Angabe |
| --- | --- | --- |
| Geheimdienst Südkoreas (NIS) | 4.9. | [[rund 2.000]] Tote |
| Militärgeheimdienst der Ukraine | 10.9. | [[mehr als 4.000]] Tote |
| US-Verteidigungsministerium | Ende August | [[etwa 2.500]] Tote |
| Staatsfernsehen Nordkoreas | 22.8. | Porträts von [[über hundert]] Gefallenen |

## Warum die Zahlen so weit auseinanderliegen

Der südkoreanische Dienst zählt nach eigener Darstellung nur Tote, die er mit abgehörtem Funk, \
Satellitenbildern oder den Aussagen von Gefangenen belegen kann. Kiew stützt sich auf die \
Meldungen der eigenen Einheiten, und die fallen im Zweifel eher hoch aus. Pjöngjang zeigt nur, was \
es zeigen will: Die Porträts bei der Gedenkfeier waren nach Einschätzung von Fachleuten eine \
Auswahl.

Aus Sicherheitskreisen in Berlin hieß es in der vergangenen Woche, man gehe von [[mehreren \
Tausend]] Toten und Verwundeten aus. Genauer wollte man sich dort nicht festlegen.

## Und wie viele waren insgesamt dort?

Hier liegen die Angaben näher beieinander. Nach Seouler Zählung sind seit dem Herbst 2024 [[rund \
15.000]] Soldaten aus dem Norden nach Russland gegangen. Dazu kommen weitere [[6.000]] Minenräumer \
und Bauarbeiter, deren Entsendung Moskau im Juni angekündigt hat; wie viele davon schon angekommen \
sind, weiß niemand.

## Eine Stimme aus Todtnauberg

Ji-yeon Seo, 31, aus Seoul schreibt an der Universität im Tal eine Doktorarbeit über Martin \
Heidegger und verbringt den Sommer in einer Ferienwohnung unweit seiner Hütte. Der niedrigsten \
Zahl traut sie am wenigsten. „Ich denke, es sind [[mehr als 3.000]] Tote, und die Familien \
erfahren es nie“, sagt sie.

*So arbeiten wir: Wir nehmen nur Zahlen auf, deren Quelle und Datum wir nachprüfen können. Stand: \
15. September, 18 Uhr. Übrigens haben 412 Leserinnen und Leser unsere Umfrage zum Busfahrplan \
beantwortet; 61 Prozent wünschen sich einen Takt von 30 Minuten.*
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "table row 'Geheimdienst Südkoreas (NIS) | 4.9.' (the claimant and a short numeric "
          "date in the cells before the figure): dead"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "2025-09-10",
          "table row 'Militärgeheimdienst der Ukraine | 10.9.': dead"),
        C("etwa 2.500", 2500, "approx", "casualties", "united_states", "2025-08-21..2025-08-31",
          "table row 'US-Verteidigungsministerium | Ende August' (the 21st to the month's end): "
          "dead"),
        C("über hundert", 100, "at_least", "casualties", "north_korea", "2025-08-22",
          "table row 'Staatsfernsehen Nordkoreas | 22.8.': portraits of the fallen shown (a "
          "number word after 'über', at_least)"),
        C("mehreren Tausend", None, "vague", "casualties", "other", "lastweek",
          "'Aus Sicherheitskreisen in Berlin hieß es in der vergangenen Woche' (a third "
          "government: other): dead and wounded"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Nach Seouler Zählung' (undated): gone to Russia since autumn 2024 (a total over a "
          "period)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'weitere' before the figure, the claimant in the relative clause after it ('deren "
          "Entsendung Moskau im Juni angekündigt hat': the whole of June): deminers and builders "
          "announced (increment, planned; span without the word)", add=True),
        C("mehr als 3.000", 3000, "at_least", "casualties", "other", "pub",
          "a doctoral student from Seoul in direct speech, 'sagt sie' (undated): dead"),
    ),
)


S06 = Source(
    article_id="v198_06_medienkolumne_menzenschwand_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-04"),
    dated_by="html_meta",
    features="a media column ('Am Bildschirm') in the local weekly of Menzenschwand in HTML, UTF-8 "
        "(`article:published_time` +01:00, Tuesday), `„“` raw, `&middot;`, navigation, a footer; "
        "`<title>` and headline without a figure; a retired news editor takes apart how three "
        "broadcasts reported the numbers: the Sunday news 'unter Berufung auf Kiew' `mehr als "
        "6.000` casualties, dated by the next sentence to Ukraine's military intelligence 'am 14. "
        "Oktober'; the radio's `rund 10.000` at the border, the claimant in the sentence after "
        "('Sie stammt vom südkoreanischen Geheimdienst, der sie Ende Juli … nannte'); Russian "
        "state TV 'am Samstag' „`einige Hundert`“ sappers (vague, russia, near the front); a NATO "
        "spokesman 'am 28.10.' `gut 14.000` who served in Russia (at_least); a US official 'vom "
        "Freitag' `bis zu 3.000` 'zusätzliche' (at_most, increment, planned); a Korea researcher "
        "'am Montagabend' `8.000 bis 9.000` still in Russia (range, other); the column's own "
        "`Tausende` who fought in Kursk (unattributed, vague, required); years, minutes, per cent, "
        "ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Am Bildschirm: Drei Sendungen, drei Wahrheiten &middot; Albtäler Wochenblatt</title>
<meta property="article:published_time" content="2025-11-04T06:00:00+01:00">
<meta name="author" content="Rainer Kaltenbach">
</head>
<body>
<header><a href="/">Albtäler Wochenblatt</a> &middot; Menzenschwand und Umgebung</header>
<nav><a href="/lokales">Lokales</a> &middot; <a href="/kolumnen">Kolumnen</a> &middot; <a \
href="/termine">Termine</a></nav>
<main>
<p class="kolumne">Am Bildschirm &ndash; die Medienkolumne</p>
<h1>Drei Sendungen, drei Wahrheiten</h1>
<p>Wer am Sonntagabend die Hauptnachrichten gesehen und am Montagmorgen Radio gehört hat, konnte \
meinen, im Gebiet Kursk kämpften zwei verschiedene Armeen aus Nordkorea. Ich habe 31 Jahre lang \
Nachrichten gemacht, ich weiß, wie so etwas passiert. Entschuldigen will ich es trotzdem nicht.</p>
<p>Die Hauptausgabe am Sonntag meldete unter Berufung auf Kiew, [[mehr als 6.000]] Nordkoreaner \
seien inzwischen getötet oder verwundet worden. Der Satz stimmte, nur fehlte das Datum: Der \
ukrainische Militärgeheimdienst hatte die Zahl bereits am 14. Oktober genannt. Seither ist sie \
drei Wochen älter geworden, und niemand hat es dazugesagt.</p>
<p>Das Radio sprach am Montagmorgen von [[rund 10.000]] Soldaten, die an der russischen Grenze \
zur Ukraine stünden. Auch diese Zahl ist nicht neu. Sie stammt vom südkoreanischen Geheimdienst, \
der sie Ende Juli vor dem Parlament in Seoul nannte; seither hat der Dienst dazu nichts Neues \
gesagt.</p>
<p>Wer per Satellit russisches Staatsfernsehen schaut &ndash; im Tal tun das mehr Leute, als man \
denkt &ndash;, hörte dort am Samstag, „[[einige Hundert]]“ Pioniere aus Nordkorea seien in der \
Region Kursk beim Entminen. Auf diese Zählung ist so wenig Verlass wie auf jede andere; sie zeigt, \
was der Kreml zeigen will.</p>
<p>Am saubersten war, ausgerechnet, eine kurze Agenturmeldung. Ein Nato-Sprecher bezifferte am \
28.10. die Zahl der Nordkoreaner, die seit dem Herbst 2024 in Russland gedient haben, auf [[gut \
14.000]]. Er nannte Quelle, Zeitraum und was gezählt wurde. Mehr verlange ich gar nicht.</p>
<p>Und dann war da noch die Meldung vom Freitag, die ein amerikanischer Sender verbreitete: Ein \
US-Regierungsvertreter rechne damit, dass Pjöngjang im Winter [[bis zu 3.000]] zusätzliche \
Soldaten schicke. Zusätzlich zu welchen? Das blieb offen. Ein Koreaforscher sagte am Montagabend \
im Interview, derzeit seien wohl noch [[8.000 bis 9.000]] Nordkoreaner in Russland. Das war, \
immerhin, als Schätzung gekennzeichnet.</p>
<p>Was bei all dem untergeht: Hinter jeder dieser Zahlen stehen [[Tausende]] junge Männer, die in \
Kursk gekämpft haben und kaum älter sind als meine Enkel. Die Einschaltquote der Hauptausgabe lag \
am Sonntag übrigens bei 18 Prozent; die Meldung dauerte 40 Sekunden.</p>
<p class="autor">Rainer Kaltenbach, 74, war Nachrichtenredakteur beim Fernsehen und lebt seit 2012 \
in Menzenschwand.</p>
</main>
<footer>Albtäler Wochenblatt &middot; Leserbriefe: 07675 92 13 40</footer>
</body>
</html>
""",
    claims=(
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-10-14",
          "the Sunday news 'unter Berufung auf Kiew', dated in the next sentence ('Der "
          "ukrainische Militärgeheimdienst hatte die Zahl bereits am 14. Oktober genannt': the "
          "claim's day, not the broadcast's): killed or wounded"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-07-21..2025-07-31",
          "the radio's figure; the claimant in the sentence after ('Sie stammt vom "
          "südkoreanischen Geheimdienst, der sie Ende Juli … nannte': the 21st to the 31st): at "
          "Russia's border with Ukraine"),
        C("einige Hundert", None, "vague", "near_front", "russia", "sat",
          "Russian state TV 'am Samstag' (1 November), „…“: sappers clearing mines in the Kursk "
          "region (state TV of Russia: russia)"),
        C("gut 14.000", 14000, "at_least", "in_russia", "nato", "2025-10-28",
          "'Ein Nato-Sprecher bezifferte am 28.10. die Zahl … auf' (a short numeric date): "
          "served in Russia since autumn 2024 ('gut' as at_least; a total over a period)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "united_states", "fri",
          "'die Meldung vom Freitag' (31 October): a US official who 'rechne damit' (Konjunktiv): "
          "'zusätzliche' soldiers in the winter (increment, planned; span without the word)",
          add=True),
        C("8.000 bis 9.000", None, "range", "in_russia", "other", "mon",
          "'Ein Koreaforscher sagte am Montagabend im Interview' (3 November), Konjunktiv: still "
          "in Russia"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the columnist's own framing without a source ('Hinter jeder dieser Zahlen stehen "
          "Tausende junge Männer, die in Kursk gekämpft haben'): unattributed, required"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Kalbarri and Margaret River in Western Australia, Akaroa in New Zealand)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v198_07_town_newspaper_kalbarri",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-12"),
    dated_by="dateline",
    features="the lead story of a volunteer-run town newspaper from Kalbarri as plain text, UTF-8, "
        "a masthead, dated by the line 'KALBARRI, 12 December 2024 —' (Thursday), `“”`, Australian "
        "conventions (day before month); a headline without a figure; a backpacker from Kharkiv "
        "packing rock lobster relays her brother, a drone pilot in the Kursk region ('He messaged "
        "her on the 8th, she said.': a day without a month) `about 200` walking across open fields "
        "and `at least 30` killed (both other, from the 8th to publication); Seoul's spy agency "
        "'On Monday' `around 3,000` still training in the far east; Zelensky 'Yesterday' "
        "`hundreds` dead and wounded hidden by Moscow (vague); a caravan-park worker from Incheon "
        "`as many as 30,000` by summer (at_most, planned, other, `pub`); a box of figures dated "
        "`28/11` and `3/12` (Kyiv `about 11,000` in Kursk; Washington `more than 10,000` in Russia "
        "and `a few hundred` in combat); residents, kilometres, visa days, dollars a kilo, years, "
        "ages, an issue number, a phone number",
    text="""\
THE KALBARRI COURIER
Community news since 1989 | Run by volunteers | Issue 412

KALBARRI, 12 December 2024 —

From the cray sheds to the Kursk front: a backpacker's long wait

Daryna Prokopenko, 24, packs rock lobster at the processing shed on the foreshore four nights a \
week and checks her phone on every break. The backpacker from Kharkiv arrived in Kalbarri in \
August to do the 88 days of regional work her visa requires. Her older brother, Maksym, flies \
reconnaissance drones for a Ukrainian brigade inside Russia's Kursk region.

He messaged her on the 8th, she said. In a single morning, [[about 200]] North Koreans had walked \
across open fields towards his brigade's positions, and [[at least 30]] of them were killed before \
they reached the tree line. “He says they don't run from the drones. They just keep walking,” she \
said.

What Maksym sees from the air is hard to square with what governments say. South Korea's spy \
agency told a committee of lawmakers in Seoul on Monday that it could not yet confirm a single \
North Korean death, and that [[around 3,000]] of the troops were still training in Russia's far \
east rather than fighting. Kyiv disagrees. Yesterday President Volodymyr Zelensky accused Moscow \
of hiding [[hundreds]] of North Korean dead and wounded.

At the caravan park on Grey Street, Lee Dong-wook, 27, from Incheon, has been fixing the camp \
kitchen roof in exchange for a cheaper site. He thinks Pyongyang is only getting started. “They \
could send [[as many as 30,000]] by the summer,” he said. “Kim gets oil and money. Russia gets \
bodies.”

THE FIGURES SO FAR
28/11  Ukraine's military intelligence: [[about 11,000]] North Koreans deployed in the Kursk region
3/12   US State Department: [[more than 10,000]] in Russia, [[a few hundred]] of them already in \
combat

The rock lobster season has been kind to the town's 1,400 residents so far, with beach prices \
around $62 a kilo. The shed is hiring two more packers before Christmas; call Bev on 08 9937 1120.
""",
    claims=(
        C("about 200", 200, "approx", "near_front", "other", "2024-12-08..pub",
          "a backpacker from Kharkiv relaying her brother, a drone pilot in the Kursk region "
          "('He messaged her on the 8th, she said.': a day without a month, 8 December; the "
          "speaker quoted: other): walked across open fields towards his brigade's positions "
          "(from the message to publication)"),
        C("at least 30", 30, "at_least", "casualties", "other", "2024-12-08..pub",
          "same message, 'and': killed before they reached the tree line"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'South Korea's spy agency told a committee of lawmakers in Seoul on Monday' (9 "
          "December): still training in Russia's far east"),
        C("hundreds", None, "vague", "casualties", "ukraine", "yday",
          "'Yesterday President Volodymyr Zelensky accused Moscow of hiding' (11 December): dead "
          "and wounded"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "a caravan-park worker from Incheon in direct speech, 'he said' (undated): 'could "
          "send' by the summer ('as many as' as at_most; planned)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2024-11-28",
          "box line '28/11  Ukraine's military intelligence:' (Australian day/month: 28 "
          "November): deployed in the Kursk region"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "2024-12-03",
          "box line '3/12   US State Department:' (Australian day/month: 3 December): in "
          "Russia"),
        C("a few hundred", None, "vague", "near_front", "united_states", "2024-12-03",
          "same box line: 'of them already in combat'"),
    ),
)


S08 = Source(
    article_id="v198_08_student_newsroom_kalbarri_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-03-21"),
    dated_by="html_meta",
    features="a journalism students' newsroom story from a reporting trip to Kalbarri in HTML, "
        "UTF-8 with BOM (`article:published_time` +08:00, Friday), `&rsquo;`/`&ldquo;` entities, "
        "`&middot;`; `<title>` without a figure, `og:title` repeating the headline figure "
        "(optional) and a headline 'Seoul says 3,000 more' taking the lead's claimant; the Joint "
        "Chiefs 'said on Monday' `roughly 3,000` 'additional' (increment, in Russia); Washington's "
        "`around 4,000` casualties 'a number a State Department spokesman repeated on Thursday' "
        "(the claimant after the figure); sentence-initial `More than 6,000`, Ukraine's general "
        "staff 'said yesterday' after it; a NATO official 'On Tuesday last week' `at least 11,000` "
        "still in Russia, 'down from' `about 12,000` (both nato, the Tuesday of the previous "
        "week); a retired army major `15,000-odd` (approx, other, `pub`); a noodle bar owner from "
        "Busan who 'figures' `thousands` 'more' (vague, increment, planned, other); students, "
        "kilometres, metres, dollars, years, ages",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>The Gorge Desk &middot; Kalbarri reporting trip</title>
<meta property="og:title" content="Seoul says [[3,000]] more North Korean troops reached Russia">
<meta property="article:published_time" content="2025-03-21T16:20:00+08:00">
</head>
<body>
<header><p>The Gorge Desk &middot; student newsroom of the second-year journalism program \
&middot; on the road in Kalbarri, March 2025</p></header>
<article>
<h1>Seoul says [[3,000]] more North Korean troops reached Russia</h1>
<p class="byline">By Tamsin Nguyen and Oscar Reid, Kalbarri</p>
<p>South Korea&rsquo;s military said on Monday that [[roughly 3,000]] additional troops from the \
North had reached Russia since January, replacing men killed or wounded in the Kursk \
region. The Joint Chiefs of Staff in Seoul said most had arrived by rail through the far east.</p>
<p>How many of the North&rsquo;s soldiers have been lost is a harder question, and the answers \
our newsroom gathered this week do not agree. Washington puts the figure at [[around 4,000]] \
killed and wounded, a number a State Department spokesman repeated on Thursday. Kyiv counts far \
more. [[More than 6,000]], Ukraine&rsquo;s general staff said yesterday in its daily summary, \
adding that most had fallen in the fighting around Sudzha.</p>
<p>NATO, for its part, believes the deployment is shrinking. On Tuesday last week an alliance \
official told reporters in Brussels that [[at least 11,000]] North Koreans were still in Russia, \
down from [[about 12,000]] at the turn of the year. Moscow has still not confirmed that a single \
North Korean soldier is on its soil.</p>
<h2>Two views from the river mouth</h2>
<p>Graham Pickett, 72, a retired army major who spent 22 years in uniform and now runs fishing \
charters out of the river mouth, says every official figure is too low. &ldquo;Add up everyone \
who has gone through since October and you get [[15,000-odd]],&rdquo; he told us on the \
jetty.</p>
<p>Park Su-bin, 35, came from Busan on a working holiday six years ago and now runs the noodle bar \
on Grey Street. She reads the Korean news every night after closing. She figures [[thousands]] \
more will follow before the year is out. &ldquo;They will keep sending boys as long as Russia \
pays,&rdquo; she said.</p>
</article>
<footer>The Gorge Desk is written by 14 students who drove 570 kilometres for a week of regional \
reporting. The skywalk they visited hangs 100 metres above the gorge and cost $24 million.</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "the `og:title` repeating the headline figure (page metadata: optional, as in earlier "
          "sets)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul says … more': takes the claimant of the lead with the same figure "
          "(the Joint Chiefs on Monday, 17 March) and the window from that day to publication "
          "(increment; the hedge of the lead dropped)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'South Korea's military said on Monday' (17 March), 'The Joint Chiefs of Staff' named "
          "in the next sentence: 'additional' soldiers sent to Russia (increment; span without "
          "the word)", add=True),
        C("around 4,000", 4000, "approx", "casualties", "united_states", "thu",
          "'Washington puts the figure at', the claimant and day after it ('a number a State "
          "Department spokesman repeated on Thursday', 20 March): killed and wounded"),
        C("More than 6,000", 6000, "at_least", "casualties", "ukraine", "yday",
          "sentence-initial figure, the claimant after it ('Ukraine's general staff said "
          "yesterday', 20 March): lost (the noun carried from the sentences before)"),
        C("at least 11,000", 11000, "at_least", "in_russia", "nato", "2025-03-11",
          "'On Tuesday last week an alliance official told reporters in Brussels' (the Tuesday "
          "of the previous week: 11 March): 'still' in Russia (not an increment)"),
        C("about 12,000", 12000, "approx", "in_russia", "nato", "2025-03-11",
          "same official, 'down from … at the turn of the year' (the earlier count is part of "
          "the same statement; the turn of the year is the period)"),
        C("15,000-odd", 15000, "approx", "in_russia", "other", "pub",
          "a retired army major in direct speech, 'he told us on the jetty' (undated): everyone "
          "who has gone through since October ('-odd' as approx, inside the span)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a noodle bar owner from Busan, 'She figures' (undated): 'more' will follow before the "
          "year is out (increment, planned)", add=True),
    ),
)


S09 = Source(
    article_id="v198_09_probus_talk_margaret_river_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Probian – Probus Club of Margaret River",
        "https://www.probus-margaretriver.example/probian/118",
        "May meeting: a diplomat's view of the Kursk numbers",
    ),
    features="a Probus club's newsletter report of a members' talk from Margaret River in "
        "Markdown, ISO-8859-1 with CRLF and straight quotes only, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure; members, guests, dollars, the raffle, "
        "kilometres and hours first; a retired diplomat's talk 'on the 6th' (a day without a "
        "month): 'By his reckoning' `at least 14,000` through Russia, `roughly 2,000` killed and "
        "'He told members he expected' 'another' `5,000 or so` before winter (approx with 'or so' "
        "inside the span, increment, planned; all other, the 6th); question time: a member cites "
        "South Korea's spy agency in mid-sentence, `about 600` dead 'when it briefed its "
        "parliament at the end of April'; the speaker's answer with Ukraine's military "
        "intelligence `more than 5,000` 'at the start of May'; Russia's ambassador in Pyongyang "
        "'on the 10th' `several thousand` builders (vague, planned, russia); the newsletter's own "
        "`thousands` dead (unattributed, vague, required); members, dollars, kilometres, years, "
        "ages, dates",
    text="""\
---
title: "May meeting: a diplomat's view of the Kursk numbers"
club: Probus Club of Margaret River
newsletter: The Probian, No. 118
---

# May meeting: a diplomat's view of the Kursk numbers

Forty-one members and six guests filled the back room of the bowling club on the 6th for what our \
president called "the liveliest question time since the rates debate". Morning tea was $5, the \
raffle raised $126 for the hospital auxiliary, and the walking group reports that 14 of us \
finished the 12 km coastal section to the river mouth in under four hours.

## The talk

Our speaker was fellow member Peter Vasilakis, 74, who spent 31 years in the foreign service, \
including two postings in Seoul. His subject was the North Korean soldiers Russia has been using \
against Ukraine, and above all the awkward question of how many there are. By his reckoning [[at \
least 14,000]] North Koreans had passed through Russia by the end of April, and [[roughly 2,000]] \
of them had been killed. He told members he expected Pyongyang to send another [[5,000 or so]] \
before the northern winter, most of them engineers and builders rather than infantry.

## Question time

Not everyone agreed. Joan Barnsley, a retired theatre nurse, pointed out that South Korea's own \
spy agency had put the dead at only [[about 600]] when it briefed its parliament at the end of \
April. Peter's answer was that Seoul counts only the deaths it can prove. Kyiv counts far more, he \
said: Ukraine's military intelligence had claimed [[more than 5,000]] North Korean dead at the \
start of May. "The truth is somewhere in between, and nobody is going to publish it," he said.

Bill Ostrowski wanted to know what Moscow says. Very little, was the answer. Russia's ambassador \
in Pyongyang told a Russian newspaper on the 10th that [[several thousand]] construction workers \
in uniform would be sent from the North to rebuild towns in the Kursk region, but the Kremlin has \
never said how many soldiers came. Peter reminded us that the Russian army itself has lost more \
men in three years than Australia sent to Vietnam in ten.

Whatever the right number is, [[thousands]] of young North Koreans have died in a war that is not \
theirs, and it did us good to spend a Tuesday morning thinking about them.

## Coming up

June meeting on the 3rd: a ranger on the Cape to Cape track. Dues of $45 are due by 30 June.
""",
    claims=(
        C("at least 14,000", 14000, "at_least", "in_russia", "other", "2025-05-06",
          "a retired diplomat's talk 'on the 6th' (a day without a month: 6 May), 'By his "
          "reckoning' (a speaker for himself: other): passed through Russia by the end of April "
          "(a total; the month's end is the period)"),
        C("roughly 2,000", 2000, "approx", "casualties", "other", "2025-05-06",
          "same talk, 'and': killed"),
        C("5,000 or so", 5000, "approx", "planned", "other", "2025-05-06",
          "same talk, 'He told members he expected Pyongyang to send another' ('or so' after the "
          "figure, inside the span, approx; increment, planned; 'another' outside the span)",
          add=True),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "a member citing 'South Korea's own spy agency' in mid-sentence, 'when it briefed its "
          "parliament at the end of April' (the 21st to the 30th): dead"),
        C("more than 5,000", 5000, "at_least", "casualties", "ukraine", "2025-05-01..2025-05-10",
          "the speaker's answer, 'he said:' then 'Ukraine's military intelligence had claimed … "
          "at the start of May' (days 1-10): dead"),
        C("several thousand", None, "vague", "planned", "russia", "2025-05-10",
          "'Russia's ambassador in Pyongyang told a Russian newspaper on the 10th' (10 May): "
          "builders who would come to rebuild the Kursk region (planned)"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the newsletter's own framing without a source ('Whatever the right number is, "
          "thousands of young North Koreans have died'): unattributed, required"),
    ),
)


S10 = Source(
    article_id="v198_10_readers_editor_margaret_river_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-25"),
    dated_by="sidecar",
    sidecar=(
        "Leeuwin Ledger – Readers' Editor",
        "https://www.leeuwinledger.example/readers-editor/two-numbers-one-story",
        "Two numbers, one story, and a mistake we should not have made",
    ),
    features="the readers' editor's column of a Margaret River weekly in HTML, windows-1252 with "
        "raw `’`, `—` and `“”`, no meta date (sidecar, Friday; the sidecar title without a "
        "figure); `<title>` and headline without a figure; a reader's question about the paper's "
        "`6,000` and a broadcaster's `1,000`, whose claimant is given in the sentences after "
        "('They come from the same man. On 17 June in Pyongyang, Sergei Shoigu … promised'), then "
        "Shoigu's `1,000` deminers and `5,000` builders (all russia, planned); a correction: the "
        "wrong `2,600` (optional) and the agency's `about 1,600` 'given to lawmakers in Seoul on 9 "
        "July' (the claimant and date in mid-sentence); Ukraine's military intelligence 'said on "
        "Monday' `more than 3,000` killed; a US official 'quoted by Reuters on Wednesday' `around "
        "11,000` still in Russia, disputed by Seoul's agency, which 'thinks' `fewer than 10,000` "
        "remain (at_most, the pronoun 'it', `pub`); the column's own `thousands` sent to fight "
        "(unattributed, vague, required); dollars, dates, a PO box, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Readers’ Editor: two numbers, one story — Leeuwin Ledger</title>
</head>
<body>
<nav><a href="/">News</a> · <a href="/sport">Sport</a> · <a href="/opinion">Opinion</a></nav>
<main>
<h1>Two numbers, one story — and a mistake we should not have made</h1>
<p class="byline">Helen Quayle, Readers’ Editor</p>
<p>Every week a handful of you write to me, and most weeks the letters are about parking at the \
river mouth or the price of the paper (still $2.50). This week’s most careful letter came from \
Margaret Tullock of Cowaramup, a retired maths teacher. She asked why our story on 11 July said \
[[6,000]] North Koreans were being sent to the Kursk region, when the television news that same \
night said [[1,000]].</p>
<p>Both figures were right, and both were incomplete. They come from the same man. On 17 June in \
Pyongyang, Sergei Shoigu, who heads Russia’s Security Council, promised that Kim’s army would \
provide [[1,000]] mine-clearers and [[5,000]] soldiers trained as builders for the region. Our \
story added the two together; the television report counted only the mine-clearers. Neither of us \
said clearly which was which, and we should have.</p>
<p>Mrs Tullock also caught a real error. The same story said South Korea’s spy agency had counted \
[[2,600]] North Korean dead. That was wrong. The agency’s figure, given to lawmakers in Seoul on 9 \
July, was [[about 1,600]]. We have corrected the online version and I apologise on the paper’s \
behalf.</p>
<p>Since then the numbers have moved again, and they still do not agree. Ukraine’s military \
intelligence said on Monday that [[more than 3,000]] North Koreans had been killed. A US official \
quoted by Reuters on Wednesday put the number still serving in Russia at [[around 11,000]], a \
figure Seoul’s agency disputes: it thinks [[fewer than 10,000]] remain.</p>
<p>My advice to readers is the same as my advice to our reporters. Ask who counted, when, and \
what. And remember that behind every one of these figures are [[thousands]] of young men sent to \
fight a war that was not theirs.</p>
</main>
<footer>Write to the readers’ editor: readers@leeuwinledger.example or PO Box 377, Margaret River \
WA 6285.</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "a reader's question about the paper's own story of 11 July; the claimant follows two "
          "sentences later ('They come from the same man. On 17 June in Pyongyang, Sergei Shoigu "
          "… promised'): being sent to the Kursk region (the story's sum of Shoigu's two "
          "figures)"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same question: the television news' figure, the same claimant and day (Shoigu's "
          "mine-clearers)"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "'On 17 June in Pyongyang, Sergei Shoigu, who heads Russia's Security Council, promised "
          "that Kim's army would provide': mine-clearers (planned)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement, 'and': soldiers trained as builders (planned)"),
        C("2,600", 2600, "exact", "casualties", "south_korea", "2025-07-09",
          "correction: the wrong figure the story printed (optional, as correction notices are "
          "labelled in earlier sets)", opt=True),
        C("about 1,600", 1600, "approx", "casualties", "south_korea", "2025-07-09",
          "'The agency's figure, given to lawmakers in Seoul on 9 July, was' (the claimant and "
          "the date in mid-sentence; the role word 'The agency'): dead"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "'Ukraine's military intelligence said on Monday' (21 July): killed"),
        C("around 11,000", 11000, "approx", "in_russia", "united_states", "wed",
          "'A US official quoted by Reuters on Wednesday put the number … at' (23 July): still "
          "serving in Russia"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "south_korea", "pub",
          "'a figure Seoul's agency disputes: it thinks' (the pronoun 'it'; undated): 'remain' in "
          "Russia ('fewer than' as at_most, as in earlier sets)"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the readers' editor's own framing without a source ('behind every one of these figures "
          "are thousands of young men sent to fight'): unattributed, required"),
    ),
)


S11 = Source(
    article_id="v198_11_writers_festival_akaroa_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-10"),
    dated_by="front_matter",
    features="a writers' festival session report from Akaroa in Markdown, UTF-16 LE with BOM, "
        "front matter with `date:` (Friday) and a title without a figure, `“”` and `’`, New "
        "Zealand conventions; seats, dollars, books sold and a street first; two writers who "
        "disagree 'on Sunday': a former wire correspondent, sentence-initial `At least 20,000` "
        "through Russia with 'she told the audience' after it and 'another' `10,000` before spring "
        "(increment, planned) against a historian from Busan, 'By her count' `no more than 15,000` "
        "(at_most; all other, Sunday); the historian citing the NIS 'on 4 September' `about 2,000` "
        "dead; the correspondent citing Ukraine's military intelligence, 'she said' in "
        "mid-sentence, `about 7,000` 'last month'; North Korean television 'in August' with "
        "`dozens` of portraits (north_korea, vague); the moderator quoting NATO's secretary "
        "general 'In late September' `some 15,000` (approx); seats, dollars, copies, kilometres, "
        "years, ages",
    text="""\
---
title: "Two writers, two counts"
date: 2025-10-10
section: Arts & Books
---

# Two writers, two counts: Kursk comes to the festival

A full house of 140 filled the town hall on Rue Lavaud on Sunday afternoon for the most \
argued-over session of this year’s peninsula writers’ festival. Tickets were $25, the \
bookstall had sold 62 copies before the session even ended, and the signing queue ran out the \
door and halfway to the wharf.

On one side sat Rachel Dunstan, 49, a former wire-service correspondent whose new book follows a \
Ukrainian drone crew through the winter fighting around Sudzha. On the other was Dr Han So-young, \
45, a Busan-born historian of the Korean War who teaches at the university 80 kilometres away \
over the hill.

Dunstan came with a big number. [[At least 20,000]] soldiers from the North have rotated through \
Russia since the autumn of 2024, she told the audience, more than any government has admitted. \
Pyongyang, she predicted, would send another [[10,000]] before the spring.

Han was having none of it. By her count it has been [[no more than 15,000]], and she reminded the \
hall that South Korea’s spy agency had put the dead at [[about 2,000]] in its briefing to \
lawmakers on 4 September, a figure she called “cautious but honest”.

Dunstan answered that the people she had spent the winter with count differently. Ukraine’s \
military intelligence, she said, had put the North’s dead and wounded at [[about 7,000]] last \
month, and she trusted the drone crews more than the analysts in Seoul. Even Pyongyang has begun \
to admit its losses, Han conceded: North Korean television showed Kim Jong Un in August standing \
before the portraits of [[dozens]] of fallen soldiers.

The moderator, retired broadcaster Tom Guilford, tried to split the difference. In late September, \
he reminded the hall, NATO’s secretary general had said [[some 15,000]] North Koreans had served \
with Russian forces. Neither writer looked persuaded.

The festival’s last weekend brings a session on the French settlers who landed here in 1840. \
Tickets are on sale at the i-SITE.
""",
    claims=(
        C("At least 20,000", 20000, "at_least", "in_russia", "other", "sun",
          "a former wire-service correspondent at the session 'on Sunday' (5 October), "
          "sentence-initial figure, 'she told the audience' after it (a writer speaking for "
          "herself: other): have rotated through Russia since autumn 2024"),
        C("10,000", 10000, "exact", "planned", "other", "sun",
          "same speaker, 'she predicted, would send another' (increment, planned; 'another' "
          "outside the span)", add=True),
        C("no more than 15,000", 15000, "at_most", "in_russia", "other", "sun",
          "a historian from Busan at the same session, 'By her count' ('no more than' as "
          "at_most)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the historian citing 'South Korea's spy agency had put the dead at … in its briefing "
          "to lawmakers on 4 September' (an explicit date): dead"),
        C("about 7,000", 7000, "approx", "casualties", "ukraine", "2025-09-01..2025-09-30",
          "the correspondent citing 'Ukraine's military intelligence, she said, had put … at … "
          "last month' (the claimant before, 'she said' in mid-sentence; the whole of "
          "September): dead and wounded"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "'North Korean television showed Kim Jong Un in August' (the whole month): portraits of "
          "fallen soldiers"),
        C("some 15,000", 15000, "approx", "in_russia", "nato", "2025-09-21..2025-09-30",
          "the moderator quoting 'In late September … NATO's secretary general had said' (the "
          "21st to the 30th): served with Russian forces"),
    ),
)


S12 = Source(
    article_id="v198_12_evening_class_akaroa",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-08-28"),
    dated_by="sidecar",
    sidecar=(
        "Akaroa Community Learning – Current Affairs class notes",
        "https://www.akaroalearning.example/current-affairs/term-3-week-6",
        "Class notes: counting someone else's soldiers",
    ),
    features="the notes of a current-affairs evening class from Akaroa as plain text, windows-1252 "
        "with `’` and `“”` raw (sidecar, Thursday; the sidecar title without a figure), upper-case "
        "section heads; attendees, fees in dollars, a date without class first; each student's "
        "figure with its source: North Korea's state broadcaster 'On Friday' `several dozen` "
        "coffins (north_korea, vague); the spy agency in Seoul 'on the 19th' `about 2,000` killed "
        "and `roughly 4,000` wounded; Kyiv, where military intelligence put the losses 'on "
        "Saturday' at `4,000 to 5,000` (range); Russia's ambassador in Pyongyang 'on the 14th' "
        "`5,000` builders to follow (planned, russia); a Pentagon spokesman 'last week' `around "
        "11,000` near the border; a student who 'reckons' `upwards of 20,000` served (at_least, "
        "other, from the class on Monday to publication); the tutor's own guess `3,000 to 4,000` "
        "dead (range, unattributed, required); hours, years, ages, a phone number",
    text="""\
AKAROA COMMUNITY LEARNING
Current Affairs for Grown-ups – Term 3, Week 6
Notes from Monday night’s class

Eleven of us braved the southerly on Monday night, Colin brought cheese scones, and the heater in \
the old school room finally works. Term fees ($60, or $35 with a Gold Card) are due by Friday. \
There is no class on 29 September because of the school holidays.

THIS WEEK: COUNTING SOMEONE ELSE’S SOLDIERS

Our homework was to bring one number each on the North Korean troops in Russia, with its source \
and its date. Nobody brought the same number, which turned out to be the lesson.

Margaret had the newest. On Friday North Korea’s state broadcaster showed Kim Jong Un at a \
ceremony for the returned coffins of [[several dozen]] soldiers. Rewi had the South Korean \
figures: the spy agency in Seoul told a parliamentary committee on the 19th that [[about 2,000]] \
North Koreans had been killed and [[roughly 4,000]] wounded. Helen’s came from Kyiv, where \
military intelligence put the North’s dead on Saturday at [[4,000 to 5,000]].

Colin found the Russian one. Moscow’s ambassador in Pyongyang said on the 14th that [[5,000]] \
military builders would follow by the end of the year. And Doug, who reads everything, had the \
American number: a Pentagon spokesman said last week that [[around 11,000]] North Koreans remain \
close to the Kursk border.

WHY THE GAP?

We came up with three reasons. Everyone counts something different (dead, or dead and wounded, or \
everyone who ever went). Everyone has a reason to round up or down. And the numbers age: a figure \
from March still turns up in August as if it were new.

Rewi reckons [[upwards of 20,000]] have served there by now, if you count those who went home. My \
own guess, for what it is worth, is [[3,000 to 4,000]] dead. We agreed to check again at the end \
of term.

Next week: the Pacific Islands Forum. Class runs 7 to 9 pm. Questions to Anne on 03 304 7719.
""",
    claims=(
        C("several dozen", None, "vague", "casualties", "north_korea", "fri",
          "'On Friday North Korea's state broadcaster showed Kim Jong Un at a ceremony' (22 "
          "August): the returned coffins of soldiers"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-19",
          "'the spy agency in Seoul told a parliamentary committee on the 19th' (a day without a "
          "month: 19 August): killed"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "2025-08-19",
          "same briefing, 'and': wounded"),
        C("4,000 to 5,000", None, "range", "casualties", "ukraine", "sat",
          "'Kyiv, where military intelligence put the North's dead on Saturday at' (23 August): "
          "dead"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-08-14",
          "'Moscow's ambassador in Pyongyang said on the 14th' (14 August): military builders "
          "who 'would follow by the end of the year' (planned; no increment word)"),
        C("around 11,000", 11000, "approx", "near_front", "united_states", "lastweek",
          "'a Pentagon spokesman said last week': 'remain' close to the Kursk border (still, not "
          "an increment)"),
        C("upwards of 20,000", 20000, "at_least", "in_russia", "other", "mon..pub",
          "a student in the class, 'Rewi reckons' (the class on Monday, 25 August, to "
          "publication): have served there ('upwards of' as at_least)"),
        C("3,000 to 4,000", None, "range", "casualties", "unattributed", "pub",
          "the tutor's own guess in the notes ('My own guess … is'; the outlet's own framing "
          "without a source): unattributed, required"),
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
