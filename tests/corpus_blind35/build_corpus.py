"""Build the THIRTY-FIFTH BLIND hand-labelled corpus: articles, sidecar and gold (run it).

A thirty-seventh corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Paderborn church
weekly on an Advent peace prayer, a Rostock port-city paper's shipping page on the sea route from
Rajin, a Graz university paper on a panel at the law faculty (Austrian conventions), a
Basel-Landschaft regional radio's web text with a former Panmunjom officer (Swiss conventions), a
trade-union monthly's international page on soldiers hired out for pay and a Bavarian farmers'
weekly on mined fields in Kursk; a Sri Lankan Sunday paper's world column, a Guernsey radio site
on the island's sanctions notice, a Montana daily on its senator at a Senate hearing, a Mongolian
English-language outlet on a South Korean envoy in Ulaanbaatar, a Samoan news site during the
Commonwealth summit in Apia and a Namibian daily on the Russian ambassador's press briefing. Same
file format, marker syntax and labelling conventions as the other corpora (see their READMEs):
every claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind35_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

AG01 = Source(
    article_id="ag01_paderborn_friedensgebet_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-20"),
    dated_by="front_matter",
    features="Paderborn church weekly in Markdown, front matter with `date:` (Friday) and a "
        "title without a figure; italic deck 'Aus Seoul heißt es inzwischen, mehr als 100' from "
        "the NIS briefing the body dates to Thursday (Thursday to publication); a Ukrainian "
        "priest's sermon at the peace prayer 'am Mittwochabend' (the event dates the speaker: "
        "Wednesday to publication) with the number word `zehntausend` and „Hunderte“; the US "
        "government 'geht seit Anfang November davon aus' (a wide window from November 1); NIS "
        "'Am Donnerstag dann' with `knapp 1.000 weitere` wounded (the others of the same event, "
        "not an increment); HUR 'schon am Sonntag'; the NIS 'Schon im Oktober' (month); "
        "worshippers, candles, 1,000 days of war, a collection in euros, generators, a phone "
        "number, a date for the next prayer",
    text="""\
---
title: "Friedensgebet im Dom: Auch für die jungen Nordkoreaner beten"
date: 2024-12-20
rubrik: Weltkirche
autorin: Monika Dreier
ausgabe: 51/2024
---

# Beten für Soldaten, die niemand gefragt hat

*Beim Friedensgebet im Hohen Dom erinnerte ein ukrainischer Seelsorger an die Nordkoreaner, die \
Moskau bei Kursk kämpfen lässt. Aus Seoul heißt es inzwischen, [[mehr als 100]] von ihnen seien \
gefallen.*

Paderborn. Es war kalt im Dom am Mittwochabend, und doch waren gut 250 Menschen gekommen, um für \
den Frieden in der Ukraine zu beten. Vor dem Altar brannten 24 Kerzen, eine für jedes Gebiet des \
Landes. Die Schola sang das ukrainische Vaterunser, danach blieb es lange still.

Die Predigt hielt Pfarrer Mykola Kostiw, Seelsorger der ukrainischen griechisch-katholischen \
Gemeinde im Erzbistum. Er sprach nicht nur über sein eigenes Land. „Man hat [[zehntausend]] junge \
Männer aus Nordkorea in einen Krieg geschickt, der nicht ihrer ist“, sagte er. „[[Hunderte]] von \
ihnen sind schon tot. Auch für sie beten wir, und für ihre Mütter, die es vielleicht nie erfahren.“

Was der Priester sagte, deckt sich weitgehend mit dem, was westliche Regierungen seit Wochen \
berichten. Die US-Regierung geht seit Anfang November davon aus, dass [[rund 11.000]] \
nordkoreanische Soldaten im russischen Grenzgebiet Kursk stehen. Erst im Dezember seien sie in \
größerer Zahl in die Gefechte geschickt worden, erklärte ein Sprecher des Außenministeriums in \
Washington zu Wochenbeginn.

Am Donnerstag dann meldete sich Südkoreas Nachrichtendienst NIS zu Wort. In einer nicht \
öffentlichen Sitzung des Geheimdienstausschusses unterrichtete er die Abgeordneten in Seoul, \
[[mindestens 100]] Nordkoreaner seien gefallen und [[knapp 1.000]] weitere verwundet worden. Die \
Soldaten kennten das offene Gelände nicht und hätten den ukrainischen Drohnen wenig \
entgegenzusetzen, gab ein Abgeordneter die Einschätzung des Dienstes wieder. Schon im Oktober \
hatte der NIS geschätzt, Machthaber Kim Jong Un wolle insgesamt [[etwa 12.000]] Mann nach \
Russland schicken.

Der ukrainische Militärgeheimdienst HUR hatte schon am Sonntag von ersten schweren Verlusten \
berichtet: Drei Dörfer bei Kursk seien angegriffen worden, dabei habe es unter den Nordkoreanern \
[[mindestens 30]] Tote und Verletzte gegeben. Moskau und Pjöngjang bestreiten bis heute, dass \
überhaupt Nordkoreaner in Russland sind.

Kostiw stammt aus Ternopil. Zwei seiner Cousins dienen in der ukrainischen Armee, einer bei \
Pokrowsk. „Seit mehr als 1.000 Tagen beten wir jeden Abend für sie“, sagte er nach dem \
Gottesdienst. „Jetzt beten wir auch für die Jungen aus Korea. Christus hat niemanden ausgenommen.“

Die Kollekte des Abends, 1.870 Euro, geht an die Caritas in Lwiw, die davon Stromgeneratoren für \
drei Kinderheime kauft. Das nächste Friedensgebet beginnt am 15. Januar um 19 Uhr im Dom; wer aus \
dem Hochstift mitfahren möchte, meldet sich im Pfarrbüro unter 05251 207-44.
""",
    claims=(
        C("mehr als 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "italic deck 'Aus Seoul heißt es': the NIS figure the body dates to Thursday (Thursday "
          "to publication): fallen"),
        C("zehntausend", 10000, "exact", "in_russia", "other", "wed..pub",
          "a Ukrainian priest's sermon at the peace prayer 'am Mittwochabend' (a private speaker: "
          "other; the event dates him): number word, sent"),
        C("Hunderte", None, "vague", "casualties", "other", "wed..pub",
          "same sermon, next quoted sentence: dead"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "2024-11-01..pub",
          "'Die US-Regierung geht seit Anfang November davon aus' (an ongoing estimate: November 1 "
          "to publication): in the Kursk border region"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'Am Donnerstag dann', briefing lawmakers, Konjunktiv: fallen"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'weitere verwundet' = the others of the same event (not an increment)"),
        C("etwa 12.000", 12000, "approx", "planned", "south_korea", "2024-10-01..2024-10-31",
          "'Schon im Oktober hatte der NIS geschätzt' (month): intended total"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'schon am Sonntag' (five days before the Friday issue): killed or wounded"),
    ),
)

AG02 = Source(
    article_id="ag02_rostock_hafenseite_seeweg_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-03-14"),
    dated_by="html_meta",
    features="Rostock port-city paper's shipping page in HTML, UTF-8 with BOM "
        "(`article:published_time` with +01:00, Friday), cookie notice, an ad script with a slot "
        "size, navigation with `&middot;`, footer with address and phone; `<meta "
        "name=\"description\">` figure (optional); headline 'Seoul zählt 3.000 neue Soldaten' "
        "(increment) from the JCS figure the body dates to Monday (Monday to publication); JCS "
        "'teilte am Montag mit' `rund 3.000 zusätzliche` (increment) and 'insgesamt rund 14.000 "
        "…, so der Generalstab' (a new total, source after the figure); sentence-initial `Rund "
        "2.000` with the Ukrainian General Staff 'vom Mittwoch' after the figure; a State "
        "Department spokesman 'am Dienstag'; a Warnemünde shipping researcher's range `zwischen "
        "4.000 und 6.000` (other, present tense: `pub`); ship capacity 'mehrere hundert "
        "Menschen', freighters, voyages, containers, a fraction, port tonnage, tankers on a "
        "sanctions list",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Über den Seeweg nach Kursk | Ostsee-Hafenbote</title>
<meta name="description" content="Russische Frachter pendeln zwischen Nordkorea und der \
Pazifikküste. Seoul zählt [[3.000]] neue Soldaten seit Jahresbeginn.">
<meta property="article:published_time" content="2025-03-14T06:30:00+01:00">
<meta property="og:site_name" content="Ostsee-Hafenbote">
<script>var hbAds={slot:"rectangle_300x250",ressort:"hafen",lazy:true};</script>
</head>
<body>
<div class="cookie-hinweis">Wir setzen Cookies für Statistik und Werbung ein. Sind Sie \
einverstanden? <button>Ja, weiter</button> <a href="/datenschutz">Auswahl anpassen</a></div>
<nav><a href="/">Start</a> &middot; <a href="/rostock">Rostock</a> &middot; <a \
href="/hafen">Hafen &amp; Schifffahrt</a> &middot; <a href="/mv">MV</a> &middot; <a \
href="/welt">Welt</a></nav>
<main>
<p class="dachzeile">Hafen &amp; Schifffahrt</p>
<h1>Über den Seeweg nach Kursk: Seoul zählt [[3.000]] neue Soldaten</h1>
<p class="autor">Von Jens Krusenberg</p>
<p class="lead">Seit Monaten fahren dieselben russischen Frachter zwischen dem nordkoreanischen \
Hafen Rajin und der Pazifikküste hin und her. An Bord: Granaten, Raketen &ndash; und nach \
Erkenntnissen aus Seoul auch Soldaten.</p>
<p>Für Schiffsbeobachter ist die Route nicht neu. Vier Frachter unter russischer Flagge haben \
nach Auswertungen von Satellitenbildern seit dem Sommer 2023 mehr als 60 Fahrten absolviert und \
dabei über 16.000 Container mit Munition transportiert. Ihre Transponder schalten sie vor der \
Einfahrt in nordkoreanische Gewässer meist ab.</p>
<p>Nun geht es offenbar auch um Menschen. Südkoreas Vereinigter Generalstab teilte am Montag mit, \
Nordkorea habe seit Januar [[rund 3.000]] zusätzliche Soldaten nach Russland gebracht, teils per \
Schiff nach Wladiwostok, teils mit Flugzeugen. Damit seien seit dem Herbst insgesamt [[rund \
14.000]] Nordkoreaner entsandt worden, so der Generalstab.</p>
<p>[[Rund 2.000]] von ihnen stehen nach einer Mitteilung des ukrainischen Generalstabs vom \
Mittwoch wieder in vorderster Linie bei Sudscha, nachdem Russland sie im Februar für einige \
Wochen aus den Gefechten genommen hatte. Washington hält die bisherigen Verluste für hoch: Ein \
Sprecher des Außenministeriums nannte am Dienstag [[etwa 4.000]] Tote und Verwundete.</p>
<p>Für Kapitän a.&nbsp;D. Holger Brandt, der am Maritimen Institut Warnemünde über die Umgehung \
von Sanktionen forscht, passt das ins Bild. &bdquo;Ein Frachter dieser Klasse hat Platz für \
mehrere hundert Menschen, wenn man sie behandelt wie Ladung&ldquo;, sagt er. Nach seiner Rechnung \
dürften auf dem Seeweg bisher [[zwischen 4.000 und 6.000]] Soldaten nach Russland gelangt sein, \
etwa ein Drittel aller Entsandten.</p>
<p>Im Rostocker Überseehafen hat seit dem Frühjahr 2022 kein Schiff unter russischer Flagge mehr \
festgemacht. Der Hafen schlug im vergangenen Jahr rund 28 Millionen Tonnen um, vor allem \
Fährverkehr nach Skandinavien. Auf der jüngsten Sanktionsliste der EU stehen 79 Tanker der \
russischen Schattenflotte, einige davon waren früher regelmäßig in der Ostsee unterwegs.</p>
<p>Der Kreml schweigt zu den Transporten. Die russische Botschaft in Berlin ließ eine Anfrage \
dieser Zeitung unbeantwortet.</p>
</main>
<footer>&copy; 2025 Ostsee-Hafenbote GmbH &middot; Am Warnowufer 12, 18057 Rostock &middot; \
Telefon 0381 4455-0 &middot; <a href="/impressum">Impressum</a></footer>
<script>window.hbStats={id:"hb-88121",words:520};</script>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "<meta name=description> (metadata) restating the headline: 'neue' (increment)",
          add=True, opt=True),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul zählt … neue Soldaten' (increment): the JCS figure the body dates to "
          "Monday (Monday to publication)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'teilte am Montag mit': 'zusätzliche' (increment), brought to Russia", add=True),
        C("rund 14.000", 14000, "approx", "in_russia", "south_korea", "mon",
          "same statement, 'insgesamt … so der Generalstab' (source after the figure): a new "
          "total, not an increment"),
        C("Rund 2.000", 2000, "approx", "near_front", "ukraine", "wed",
          "sentence-initial; Ukrainian General Staff 'vom Mittwoch' after the figure: at the "
          "front near Sudzha"),
        C("etwa 4.000", 4000, "approx", "casualties", "united_states", "tue",
          "State Department spokesman 'am Dienstag': dead and wounded"),
        C("zwischen 4.000 und 6.000", None, "range", "in_russia", "other", "pub",
          "Warnemünde shipping researcher (other), present tense 'sagt' / 'Nach seiner Rechnung': "
          "reached Russia by sea"),
    ),
)

AG03 = Source(
    article_id="ag03_graz_campusblatt_podium",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-26"),
    dated_by="sidecar",
    sidecar=(
        "Campusblatt Graz",
        "https://www.campusblatt-graz.example/uni-und-welt/kims-soldaten-und-das-voelkerrecht",
        "Kims Soldaten und das Völkerrecht: Volle Aula, wenige Antworten",
    ),
    features="Graz university paper's report on a law-faculty panel as plain text in ISO-8859-1 "
        "(»…« quotes, ' - ' for dashes; sidecar, Wednesday), Austrian 'Jänner', 'Feber', "
        "'heuer'; a Vienna Korea scholar at the panel 'am Montagabend' (the event dates her: "
        "Monday to publication) with the range `etwa 11.000 bis 12.000` and `keine 3.000 mehr` "
        "at the front (`at_most`; 'mehr' = any longer, not an increment); NIS 'Im Jänner' `rund "
        "300` dead and `2.700` wounded (month); US 'Ende Jänner' `mehr als 4.000`; HUR spokesman "
        "'vergangene Woche' after the figure; Zelensky 'am 15. Feber' in Munich `Zehntausende` "
        "weitere (increment, 'heuer' an event, not a date); a Graz international lawyer's "
        "hypothetical 'Ob 100 oder 10.000 Soldaten' (not a claim), a fraction, room number, "
        "audience, resolutions, semesters, recording minutes, a date of the next panel",
    text="""\
CAMPUSBLATT GRAZ | Uni & Welt

Kims Soldaten und das Völkerrecht: Volle Aula, wenige Antworten

Wie viele Nordkoreaner kämpfen für Russland, und darf Pjöngjang das überhaupt? Eine \
Podiumsdiskussion am Juridicum hat gezeigt, wie wenig man weiß.

Von Lena Hofstätter

Der Hörsaal 15.04 war schon um halb sieben voll, am Ende standen Studierende bis hinaus auf den \
Gang. Rund 180 Zuhörerinnen und Zuhörer wollten am Montagabend hören, wie es um die \
nordkoreanischen Truppen in Russland steht. Eingeladen hatten das Institut für Völkerrecht und \
die Studienvertretung Jus.

Die Koreanistin Theresa Aigner von der Universität Wien begann mit den Zahlen - und schon die \
seien ein Problem, sagte sie. »Wir wissen nur, was Seoul, Kiew und Washington uns erzählen, und \
alle drei haben ihre Gründe.« Nach ihrer Einschätzung sind seit Oktober [[etwa 11.000 bis \
12.000]] Nordkoreaner nach Russland gekommen. Knapp die Hälfte davon sei inzwischen tot, \
verwundet oder krank.

Im Jänner hatte Südkoreas Nachrichtendienst NIS die Verluste erstmals genauer beziffert: [[rund \
300]] Tote und [[2.700]] Verwundete. Washington sprach Ende Jänner sogar von [[mehr als 4.000]] \
Toten und Verwundeten. Aigner hält beide Angaben für »eher vorsichtig«.

Seit Mitte Jänner, so die Wienerin, seien die nordkoreanischen Einheiten kaum noch an der Front \
gesichtet worden. »Im Moment dürften dort [[keine 3.000]] mehr kämpfen. Die anderen werden neu \
ausgebildet oder liegen in Lazaretten.« Der ukrainische Militärgeheimdienst sieht das ähnlich: \
[[Rund 8.000]] Nordkoreaner seien noch im Grenzgebiet stationiert, allerdings in der Reserve, \
sagte HUR-Sprecher Andrij Jussow vergangene Woche.

Der Grazer Völkerrechtler Martin Pernthaler erinnerte daran, dass der UN-Sicherheitsrat mit den \
Resolutionen 1718 und 2270 jede militärische Zusammenarbeit mit Pjöngjang untersagt hat. »Ob 100 \
oder 10.000 Soldaten, rechtlich ändert das gar nichts«, sagte er. Das Problem sei die \
Durchsetzung: Russland sitze selbst im Sicherheitsrat und habe ein Vetorecht.

Heftig wurde die Debatte, als es um die Zukunft ging. Präsident Wolodymyr Selenskyj hatte am 15. \
Feber bei der Münchner Sicherheitskonferenz gewarnt, Kim könne heuer noch [[Zehntausende]] \
weitere Soldaten schicken. Aigner hält das für übertrieben, Pernthaler für »nicht ausgeschlossen«.

Olena, 23, aus Charkiw, studiert im dritten Semester Jus in Graz. Sie stellte die letzte Frage \
des Abends: »Warum reden wir über Zahlen und nicht über die Menschen, die sterben?« Eine Antwort \
bekam sie nicht, dafür langen Applaus.

Die Aufzeichnung der Diskussion (94 Minuten) ist auf der Website des Instituts abrufbar. Die \
nächste Veranstaltung der Reihe »Recht im Krieg« findet am 12. März statt.
""",
    claims=(
        C("etwa 11.000 bis 12.000", None, "range", "in_russia", "other", "mon..pub",
          "Vienna Korea scholar at the panel 'am Montagabend' (the event dates her): hedged "
          "range, come to Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'Im Jänner' (month): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: wounded"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-01-21..2025-01-31", "Washington 'Ende Jänner' (days 21–31): dead and wounded"),
        C("keine 3.000", 3000, "at_most", "near_front", "other", "mon..pub",
          "the scholar again in quotes: 'keine 3.000 mehr' = fewer than 3,000 still fighting "
          "(at_most, like 'fewer than'; 'mehr' = any longer, not an increment)"),
        C("Rund 8.000", 8000, "approx", "near_front", "ukraine", "lastweek",
          "HUR spokesman 'vergangene Woche' after the figure, Konjunktiv: stationed in the border "
          "region"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-02-15",
          "Zelensky 'am 15. Feber' in Munich: 'weitere' (increment) could be sent; 'heuer' is "
          "the event's time, not the claim date", add=True),
    ),
)

AG04 = Source(
    article_id="ag04_baselbiet_radio_panmunjom_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-18"),
    dated_by="dateline", crlf=True,
    features="Basel-Landschaft regional radio's web text as plain text in UTF-16 LE with BOM and "
        "CRLF, dated by its line 'Liestal, 18.06.2025 –' (a Wednesday): Swiss `ss`, «», "
        "`15'000`, `11'000`, 4-digit `1000`/`5000`/`4100`/`1200`; deck 'weitere Tausende' "
        "(increment) summing up Shoigu's Tuesday announcement (Tuesday to publication); Shoigu "
        "'Am Dienstag … Danach verkündete er' `1000` deminers and `5000` military builders "
        "(planned contingents, not increments); a former Swiss officer of the NNSC as a studio "
        "guest 'Heute Morgen' (other, the publication day) `gegen 15'000` ('Er stützt sich auf "
        "Berichte aus Seoul' does not change his group); the NIS 'im Frühling' `rund 600` dead "
        "and `4100` wounded (March–May); HUR 'am Dienstagabend', 'heisst es in der Mitteilung' "
        "after the figure; Swiss officers in Panmunjom, refugees in the canton, the guest's age "
        "and years of service, a fraction, a radio frequency",
    text="""\
Radio Ergolz | Nachrichten | Region & Welt

Liestal, 18.06.2025 – Ein Sissacher kennt Kims Soldaten von der Grenze

Pjöngjang schickt weitere [[Tausende]] nach Russland, diesmal zum Minenräumen und Bauen. Urs \
Gysin hat als Offizier in Panmunjom gedient. Im Studio erzählt er, was für Soldaten das sind.

Am Dienstag war Russlands Sicherheitsratssekretär Sergei Schoigu wieder in Pjöngjang, zum zweiten \
Mal innert zwei Wochen. Danach verkündete er in einer Videobotschaft, Pjöngjang stelle für die \
Region Kursk [[1000]] Minenräumer sowie [[5000]] Militärbauarbeiter bereit. Diese sollten \
Strassen, Brücken und Stromleitungen wiederherstellen, die beim ukrainischen Vorstoss im \
vergangenen August zerstört worden seien.

Urs Gysin, 67, war von 1994 bis 1996 als Schweizer Offizier in der Neutralen \
Überwachungskommission in Panmunjom stationiert. Heute Morgen war er bei uns im Studio. «Die \
nordkoreanischen Soldaten sind diszipliniert, zäh und völlig abgeschottet», sagte er. «Dass Kim \
sie jetzt zum Minenräumen schickt, überrascht mich nicht. Das ist gefährliche Arbeit, und ein \
Menschenleben zählt dort wenig.»

Gysin schätzt, dass bisher [[gegen 15'000]] Nordkoreaner in Russland im Einsatz waren, «wenn man \
die Ablösungen mitrechnet». Er stützt sich auf Berichte aus Seoul und auf Gespräche mit früheren \
Kollegen, die heute in der Kommission Dienst tun. Rund ein Drittel davon sei wohl tot oder \
verwundet.

Südkoreas Nachrichtendienst hatte im Frühling die Zahl der gefallenen Nordkoreaner auf [[rund \
600]] geschätzt, jene der Verwundeten auf [[4100]]. Neuere Angaben aus Seoul gibt es nicht.

In Kiew reagierte man umgehend. Der ukrainische Militärgeheimdienst HUR warnte am Dienstagabend, \
die Bautrupps könnten rasch an die Front verlegt werden. Schon heute stünden [[rund 11'000]] \
Nordkoreaner im Raum Kursk, heisst es in der Mitteilung. Moskau setze sie vor allem zur Sicherung \
der Grenze ein.

Die Schweiz ist bis heute mit fünf Offizieren in Panmunjom vertreten. Gysin leitete nach seiner \
Rückkehr 22 Jahre lang eine Kompanie der Festungstruppen. Im Kanton Basel-Landschaft leben \
derzeit rund 1200 Geflüchtete aus der Ukraine, die meisten in Liestal, Pratteln und Allschwil.

Das ganze Gespräch mit Urs Gysin hören Sie am Sonntag um 11 Uhr in «Persönlich regional» auf UKW \
104,6 oder jederzeit in unserer App.
""",
    claims=(
        C("Tausende", None, "vague", "planned", "russia", "tue..pub",
          "deck: Shoigu's Tuesday contingents summed up as 'weitere Tausende' (the wording makes "
          "it an increment; Tuesday to publication)", add=True),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'Am Dienstag … Danach verkündete er', Konjunktiv 'stelle … bereit': "
          "deminers (a planned contingent, not an increment)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders"),
        C("gegen 15'000", 15000, "approx", "in_russia", "other", "pub",
          "former Swiss NNSC officer as a studio guest 'Heute Morgen' (the publication day); "
          "relying on reports from Seoul does not change his group"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'im Frühling' (March–May): dead"),
        C("4100", 4100, "exact", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same sentence: wounded (the others of the same estimate)"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "tue",
          "HUR 'am Dienstagabend', 'heisst es in der Mitteilung' after the figure: in the Kursk "
          "area"),
    ),
)

AG05 = Source(
    article_id="ag05_gewerkschaft_monatsheft_sold_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-11-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Forum Arbeit – Monatsmagazin der Gewerkschaft Bauen-Agrar-Umwelt Nord",
        "https://www.forum-arbeit.example/internationales/lohn-fuer-den-diktator",
        "Lohn für den Diktator",
    ),
    features="trade-union monthly's international page in Markdown, windows-1252 with CRLF, "
        "front matter without a date (sidecar, Wednesday), bold deck without a figure, „“ "
        "quotes; NIS 'am Dienstag' before the intelligence committee, 'Demnach' carried by "
        "Konjunktiv to `etwa 10.000` along the border; the NIS 'Bereits im September' (month); "
        "an anonymous ITUC general secretary 'Mitte Oktober' (other, days 11–20); a Ukrainian "
        "builders' union citing HUR (`ukraine`, no date: `pub`) `bis zu 12.000` weitere "
        "(increment); Shoigu 'im Juni' `6.000`; Rutte 'Ende Oktober' `mehr als 15.000` (nato); "
        "the magazine's own sum 'kommt unsere Redaktion auf' `mehr als 20.000` (unattributed, "
        "required); North Korean workers in Russia (`rund 30.000`, `mehr als 13.000` "
        "hinzugekommen: not troops), pay in dollars, per cent, members, an IBAN",
    text="""\
---
titel: "Lohn für den Diktator"
rubrik: Internationales
heft: "11/2025"
autor: Frank Wiegand
---

# Lohn für den Diktator

**Nordkorea vermietet Soldaten und Bauarbeiter an Russland. Das Geld fließt an das Regime – die \
Männer selbst sehen davon kaum etwas.**

Wenn wir in dieser Zeitschrift über Leiharbeit schreiben, geht es meist um Subunternehmer auf \
deutschen Baustellen. In Russland hat das Wort seit gut einem Jahr eine andere Bedeutung: Ein \
Staat verleiht seine Soldaten an einen anderen, für Geld, Öl und Technik.

Südkoreas Nachrichtendienst NIS hat am Dienstag dem Geheimdienstausschuss des Parlaments in Seoul \
neue Zahlen vorgelegt. Demnach hat Pjöngjang seit September [[rund 5.000]] Militärbauarbeiter \
nach Russland verlegt, die im Gebiet Kursk Straßen und Brücken wieder aufbauen sollen. Außerdem \
seien [[etwa 10.000]] Soldaten entlang der Grenze zur Ukraine im Wachdienst eingesetzt. Bereits \
im September hatte der Dienst die Zahl der gefallenen Nordkoreaner auf [[etwa 2.000]] beziffert.

Auch Moskau macht daraus längst kein Geheimnis mehr. Sicherheitsratschef Sergei Schoigu hatte im \
Juni angekündigt, Pjöngjang werde [[6.000]] Pioniere und Bauleute für den Wiederaufbau schicken. \
Nato-Generalsekretär Mark Rutte sprach Ende Oktober von [[mehr als 15.000]] Nordkoreanern, die \
inzwischen in Russland gedient hätten. Zählt man alle bisherigen Angaben aus Seoul zusammen, \
kommt unsere Redaktion auf [[mehr als 20.000]] Mann, die Pjöngjang seit Herbst 2024 geschickt hat.

## Wer kassiert?

Was die Männer verdienen, weiß niemand genau. Russland zahle pro Soldat umgerechnet bis zu 2.000 \
Dollar im Monat, schätzen Fachleute in Seoul; mehr als 90 Prozent davon behalte der Staat. Bei \
den Arbeitern ist es nicht anders. Schon vor dem Krieg arbeiteten nach UN-Schätzungen rund 30.000 \
Nordkoreaner in Russland, trotz aller Sanktionen. Allein im vergangenen Jahr sollen mehr als \
13.000 hinzugekommen sein, vor allem auf Baustellen und in Textilfabriken.

Der Internationale Gewerkschaftsbund spricht von „Zwangsarbeit in Uniform“. Sein Generalsekretär \
sagte Mitte Oktober bei einer Konferenz in Brüssel, [[Tausende]] nordkoreanische Soldaten würden \
in Russland als billige Bauarbeiter eingesetzt, ohne Arbeitsschutz und ohne jedes Recht auf \
Organisierung.

Die ukrainische Bauarbeitergewerkschaft verweist auf Angaben des Militärgeheimdienstes HUR. \
Nordkorea könnte danach noch bis zum Jahresende [[bis zu 12.000]] weitere Pioniere und \
Militärbauarbeiter schicken. „Unsere Kollegen bauen Schutzräume, ihre werden als Minenräumer \
verheizt“, sagt deren Vorsitzender.

Unsere Gewerkschaft unterstützt die ukrainischen Bauarbeiter seit 2022 mit Spenden. Bisher kamen \
412.000 Euro zusammen, das Geld fließt in Schutzausrüstung und Notunterkünfte. Spendenkonto: IBAN \
DE12 3702 0500 0008 1234 00, Stichwort „Ukraine“.
""",
    claims=(
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'am Dienstag' before the intelligence committee, 'Demnach': military builders "
          "moved to Russia"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "same briefing, Konjunktiv 'Außerdem seien': along the border (not an increment)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'Bereits im September' (month): fallen"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni angekündigt': will send sappers and builders"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "2025-10-21..2025-10-31",
          "Rutte 'Ende Oktober' (days 21–31): served in Russia"),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the magazine's own sum 'Zählt man … zusammen, kommt unsere Redaktion auf' (an own "
          "reckoning: unattributed, required)"),
        C("Tausende", None, "vague", "in_russia", "other", "2025-10-11..2025-10-20",
          "ITUC general secretary 'Mitte Oktober' in Brussels (other): used as builders in "
          "Russia"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "pub",
          "a Ukrainian union citing HUR (the official source's group), no date: could send "
          "'weitere' (increment)", add=True),
    ),
)

AG06 = Source(
    article_id="ag06_bayern_landwochenblatt_minen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "Bayerisches Landwochenblatt",
        "https://www.landwochenblatt-bayern.example/markt-und-welt/kims-pioniere-auf-kursker-ac"
        "kern",
        "Kims Pioniere auf Kursker Äckern",
    ),
    features="Bavarian farmers' weekly's markets-and-world page in HTML without a meta date "
        "(sidecar, Friday), navigation, a consent layer, a price ticker script, a fact box of "
        "grain prices, footer; deck 'Seoul zählt 2.000 Tote' from the NIS figure the body dates "
        "'Anfang September' (days 1–10 to publication); HUR 'derzeit' (no date: `pub`) `etwa "
        "1.000` sappers in the fields; 'hieß es aus dem Dienst' after `etwa 13.000`; the Kursk "
        "governor (russia) 'Ende August' „Hunderte“; a farmer from Mühldorf relaying former "
        "staff (other, `pub`) „einige hundert“; the State Department 'geht … davon aus' (no "
        "date: `pub`); hectares, tonnes of wheat, prices per tonne, fertiliser, the farmer's "
        "former farm size, employees",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kims Pioniere auf Kursker Äckern – Bayerisches Landwochenblatt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var lwbTicker={weizen:"218,50",raps:"462,00",einheit:"EUR/t"};</script>
</head>
<body>
<div id="einwilligung">Für Wetterkarten und Marktdaten brauchen wir Ihre Zustimmung. \
<button>Zulassen</button> <button>Nur Marktdaten</button></div>
<nav>Startseite | Pflanzenbau | Tierhaltung | Technik | Markt &amp; Welt | Land &amp; Leute</nav>
<article>
<h1>Kims Pioniere auf Kursker Äckern</h1>
<p class="vorspann">Im Gebiet Kursk liegt beste Schwarzerde unter Minen. Räumen sollen sie \
Soldaten aus Nordkorea &ndash; Seoul zählt inzwischen [[2.000]] Tote unter ihnen.</p>
<p>Die Böden rund um Sudscha gehören zu den fruchtbarsten Europas. Vor dem Krieg wurden im Gebiet \
Kursk auf gut 1,4 Millionen Hektar Weizen, Zuckerrüben und Soja angebaut. Seit dem ukrainischen \
Vorstoß im Sommer 2024 und den monatelangen Kämpfen gelten nach russischen Angaben mehr als \
100.000 Hektar als vermint.</p>
<p>Räumen sollen sie nun auch Nordkoreaner. Nach Angaben des ukrainischen Militärgeheimdienstes \
HUR arbeiten derzeit [[etwa 1.000]] nordkoreanische Pioniere auf den Feldern und in den \
Waldstreifen entlang der Grenze. Der Gouverneur des Gebiets, Alexander Chinschtein, hatte Ende \
August die &bdquo;[[Hunderte]] koreanischen Freunde&ldquo; gelobt, die &bdquo;unser Land wieder \
bestellbar machen&ldquo;.</p>
<p>Der Preis ist hoch. Anfang September bezifferte Südkoreas Nachrichtendienst NIS die Zahl der \
in Russland gefallenen Nordkoreaner auf [[rund 2.000]]. Insgesamt habe Pjöngjang bislang [[etwa \
13.000]] Mann geschickt, hieß es aus dem Dienst. Das US-Außenministerium geht davon aus, dass \
insgesamt [[mehr als 14.000]] Soldaten aus dem Norden in Russland eingesetzt wurden.</p>
<p>Georg Hintermaier aus dem Landkreis Mühldorf kennt die Gegend. Bis 2022 bewirtschaftete er bei \
Kursk einen Betrieb mit 3.400 Hektar und 38 Beschäftigten. Frühere Mitarbeiter schreiben ihm noch \
heute. &bdquo;Sie erzählen von [[einige hundert]] Koreanern, die im Frühjahr mit Sonden über die \
Äcker gegangen sind&ldquo;, sagt Hintermaier. &bdquo;Ich habe dort 20 Jahre lang gesät. Jetzt \
liegen da Minen.&ldquo;</p>
<p>Für den Weltmarkt ist die Region trotzdem wichtig. Russland exportierte in der vergangenen \
Saison gut 44 Millionen Tonnen Weizen, auch in Länder, mit denen bayerische Mühlen konkurrieren. \
Dünger aus Russland ist seit Juli in der EU mit Zöllen von 40 bis 45 Euro je Tonne belegt.</p>
<aside class="infobox"><h3>Erzeugerpreise KW 37</h3><ul><li>Brotweizen: 218,50 \
&euro;/t</li><li>Raps: 462,00 &euro;/t</li><li>Futtergerste: 186,00 &euro;/t</li></ul></aside>
</article>
<footer>&copy; 2025 Bayerisches Landwochenblatt &middot; Verlag Landpresse Süd GmbH, München \
&middot; Abo-Service 089 9988-100</footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "deck 'Seoul zählt … Tote': the NIS figure the body dates 'Anfang September' (days 1–10 "
          "to publication)"),
        C("etwa 1.000", 1000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Angaben', 'derzeit' (no date): sappers in the fields along the border"),
        C("Hunderte", None, "vague", "near_front", "russia", "2025-08-21..2025-08-31",
          "Kursk governor 'Ende August' (days 21–31), „…“ inside entities: Koreans in the Kursk "
          "fields"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' (days 1–10), date before the figure: fallen"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same NIS estimate, Konjunktiv 'hieß es aus dem Dienst' after the figure: sent in all"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "pub",
          "State Department 'geht davon aus' (present tense, no date): deployed in Russia"),
        C("einige hundert", None, "vague", "near_front", "other", "pub",
          "a Bavarian farmer relaying former staff in Kursk (a private person: other), present "
          "'sagt'; 'im Frühjahr' is the event, not the claim date"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Sri Lanka, Guernsey, Montana, Mongolia, Samoa, Namibia)
# ---------------------------------------------------------------------------------------------

AE07 = Source(
    article_id="ae07_colombo_sunday_world_focus_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-05-04"),
    dated_by="html_meta",
    features="Sri Lankan Sunday paper's world column in HTML (`article:published_time` with "
        "+05:30, a Sunday; a masthead date line, cookie strip, navigation, a page script, footer "
        "with a hotline); `<title>` figure (optional); headline 'as Seoul counts 4,700' from the "
        "NIS figure the body dates to Wednesday (Wednesday to publication); KCNA 'Last Monday' "
        "(in a Sunday paper: that week's Monday) quoting units 'numbering in the thousands' "
        "(north_korea, in combat); Gerasimov 'on April 26' without a figure; the NIS 'Briefing … "
        "on Wednesday' with `roughly 4,700`, deaths `around 600` (a breakdown) and `about 3,000` "
        "additional (increment); the NIS 'In January' … 'at the time' (month); Ukraine's foreign "
        "minister 'on Tuesday' `two` prisoners (number word, captured); a former Sri Lankan "
        "envoy 'told the Sunday Lantern' `15,000 or more` (other, undated Sunday interview: "
        "`pub`); Korean War dead, the 80th anniversary, tea exports, rupees, page price, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kim admits Kursk deployment as Seoul counts [[4,700]] casualties | The Sunday \
Lantern</title>
<meta property="article:published_time" content="2025-05-04T00:05:00+05:30">
<meta property="og:title" content="World Focus: The end of Pyongyang's pretence">
<script>var slPage={sec:"world",col:"world-focus",ed:"sunday",paywall:0};</script>
</head>
<body>
<div class="masthead">Sunday, May 4, 2025 | Colombo | e-Paper | Rs. 150</div>
<nav>News | Business | Sports | Plus | Funday | World Focus | Letters</nav>
<div class="cookies">Cookies help us remember your edition and font size. <a \
href="/cookie-policy">Cookie policy</a> <button>Fine by me</button></div>
<main>
<p class="column">WORLD FOCUS</p>
<h1>Pyongyang drops the pretence as Seoul counts [[4,700]] casualties</h1>
<p class="by">By Chamari Wickramanayake</p>
<p>For six months the question was asked in every capital, and for six months Pyongyang refused \
to answer it. Last Monday it finally did. North Korea&#8217;s Korean Central News Agency carried \
a statement from the ruling party&#8217;s Central Military Commission confirming that Kim Jong Un \
had ordered his troops to Russia under the two countries&#8217; mutual defence treaty.</p>
<p>The statement said units &#8220;numbering in the [[thousands]]&#8221; had wiped out the \
&#8220;occupiers&#8221; in the Kursk region, and promised a monument to the fallen in Pyongyang. \
Moscow had gone first: on April 26, General Valery Gerasimov, the chief of Russia&#8217;s general \
staff, thanked the &#8220;Korean comrades&#8221; for their part in retaking the region, without \
offering any figure.</p>
<p>Seoul&#8217;s spy service, the National Intelligence Service, has followed the deployment \
since October and was quick to put numbers on it. Briefing a parliamentary committee in Seoul on \
Wednesday, the agency estimated that [[roughly 4,700]] North Korean soldiers had been killed or \
wounded, with deaths accounting for [[around 600]]. It also said the North had sent [[about \
3,000]] additional troops in January and February to make up for its losses. In January, the \
agency had put the dead at [[about 300]], a figure it warned at the time was likely to rise.</p>
<p>In Kyiv, Foreign Minister Andrii Sybiha said on Tuesday that the admission &#8220;changes \
nothing on the ground&#8221; and pointed out that Ukraine was still holding [[two]] North Korean \
soldiers captured in January, both of whom have asked to go to South Korea.</p>
<p>Dr. Ruwan Senanayake, a former Sri Lankan envoy to Moscow who now lectures at the Colombo \
Institute of Diplomacy, believes the real total is higher. &#8220;If you count the rotations, \
[[15,000 or more]] have passed through Russia by now,&#8221; he told the Sunday Lantern. \
&#8220;For Kim it is a school for his army, and Moscow pays the tuition.&#8221;</p>
<p>North Korea has not fought a war since 1953. That conflict killed close to three million \
people, most of them civilians. This week Moscow will hold its Victory Day parade for the 80th \
anniversary of the defeat of Nazi Germany, and diplomats in Colombo are watching to see whether \
Korean soldiers march on Red Square.</p>
<p>For Sri Lanka the stakes are commercial. Russia bought tea worth about US$ 140 million from \
the island last year, and Colombo has no wish to offend either Moscow or Seoul, one of its \
largest sources of jobs for migrant workers.</p>
</main>
<footer>&copy; 2025 Lantern Newspapers (Pvt) Ltd, No. 18 Bristol Street, Colombo 01 | Hotline +94 \
11 247 9470</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'as Seoul counts': the NIS figure the body dates to Wednesday (Wednesday to "
          "publication)"),
        C("thousands", None, "vague", "near_front", "north_korea", "mon",
          "KCNA carrying the party's military commission 'Last Monday' (the Monday of the same "
          "week in a Sunday paper), in quotes inside entities: units that fought in Kursk"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'Briefing a parliamentary committee … on Wednesday': killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'with deaths accounting for' (a breakdown, not an increment)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'It also said': 'additional' (increment), sent in January and February", add=True),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'In January, the agency had put the dead at' … 'at the time' (month)"),
        C("two", 2, "exact", "casualties", "ukraine", "tue",
          "Ukraine's foreign minister 'on Tuesday': number word, captured soldiers held by Kyiv"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "former Sri Lankan envoy, now a lecturer (other), 'he told the Sunday Lantern' (an "
          "undated interview: Saturday–Sunday): passed through Russia"),
    ),
)

AE08 = Source(
    article_id="ae08_guernsey_radio_sanctions_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-22"),
    dated_by="front_matter", crlf=True,
    features="Guernsey radio site in Markdown, ISO-8859-1 with CRLF (straight quotes, `--`, "
        "`£`), front matter with a quoted `date:` timestamp (Friday); headline and lead about "
        "the island's sanctions notice without a troop figure; the UK Foreign Office 'on "
        "Wednesday' (a third government: other) `more than 14,000`, carried by 'It said' to "
        "`around 2,000` dead; state TV 'On Tuesday' showing Kim greeting `hundreds` of returnees "
        "(optional, as in earlier sets); a State Department spokesperson 'told Sarnia Radio on "
        "Thursday' (source at the end of the sentence); lawmakers briefed by the NIS 'last week' "
        "`a further 6,000 or so` (increment, hedge after the number); HUR 'at the start of the "
        "month' `25,000 to 30,000` more (increment range, days 1–10); an island deputy 'this "
        "morning' on the station's programme opening a quote with the number words `Fifteen "
        "thousand` (other, the publication day); sanctions listings, list entries, pounds, "
        "pages, a radio frequency",
    text="""\
---
title: "Guernsey follows UK with new North Korea sanctions"
date: "2025-08-22T07:45:00+01:00"
station: Sarnia Radio
category: Local / Politics
---

# Island freezes assets of North Korean generals over troops sent to Russia

Guernsey has added six North Korean military officers and two trading companies to its sanctions \
list, days after the UK targeted those it says organised the dispatch of soldiers to fight for \
Russia.

The Policy & Resources Committee published the notice on Thursday. Any assets the eight hold in \
the Bailiwick are frozen with immediate effect, and island firms are barred from doing business \
with them. The list under the North Korea regime now runs to 41 people and entities.

The designations mirror those announced by the UK government on Wednesday. In its statement, the \
Foreign, Commonwealth and Development Office said Pyongyang had sent [[more than 14,000]] \
military personnel to Russia since October last year. It said [[around 2,000]] of them were \
believed to have died.

On Tuesday North Korean state television showed Kim Jong Un greeting [[hundreds]] of soldiers \
back from the Kursk region at a ceremony in Pyongyang, pinning medals on their uniforms and \
embracing the families of the dead.

The US, which announced similar measures last month, believes [[some 10,000]] North Korean troops \
are still stationed in the Kursk border area, a State Department spokesperson told Sarnia Radio \
on Thursday.

In Seoul, lawmakers briefed by the National Intelligence Service said last week the North was \
readying a further [[6,000 or so]] engineers and deminers for deployment. Kyiv has warned of far \
larger numbers -- at the start of the month Ukraine's military intelligence agency said [[25,000 \
to 30,000]] more North Koreans could be sent before the end of the year.

Speaking on our Breakfast programme this morning, Deputy Helen Brehaut, a member of Policy & \
Resources, said the island had a duty to act. "[[Fifteen thousand]] young men have been shipped \
off to fight in Kursk. We can't stop that from here, but we can make sure not a penny of the \
money behind it passes through St Peter Port," she said.

Since 2022 Guernsey has frozen about £1.2m under its Russia sanctions. Guidance for local \
businesses, a 14-page document, is on the States website.

*Sarnia Radio -- news on the hour, 104.1 FM and online.*
""",
    claims=(
        C("more than 14,000", 14000, "at_least", "in_russia", "other", "wed",
          "UK Foreign Office statement 'on Wednesday' (a third government: other): sent"),
        C("around 2,000", 2000, "approx", "casualties", "other", "wed",
          "'It said' carries the same statement: died"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "tue",
          "state TV 'On Tuesday': returnees greeted by Kim (optional, as in earlier sets)",
          opt=True),
        C("some 10,000", 10000, "approx", "near_front", "united_states", "thu",
          "State Department spokesperson 'told Sarnia Radio on Thursday' (source after the "
          "figure): in the Kursk border area"),
        C("6,000 or so", 6000, "approx", "planned", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'last week': 'a further' (increment), readied for "
          "deployment", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-08-01..2025-08-10",
          "HUR 'at the start of the month' (days 1–10): 'more' (increment) could be sent",
          add=True),
        C("Fifteen thousand", 15000, "exact", "in_russia", "other", "pub",
          "island deputy on the station's programme 'this morning' (the publication day), number "
          "words opening a quote: shipped off to fight"),
    ),
)

AE09 = Source(
    article_id="ae09_montana_courier_hearing",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-11"),
    dated_by="sidecar",
    sidecar=(
        "The Big Sky Courier",
        "https://www.bigskycourier.example/news/politics/halvorsen-presses-korea-commander-on-no"
        "rth-korean-troops",
        "Korea commander tells Halvorsen: 4,000 North Korean casualties in Russia",
    ),
    features="Montana daily's Washington-bureau story as plain text (sidecar, Friday), US style "
        "(“” quotes, weekdays without 'on'); headline 'Korea commander tells Halvorsen: 4,000' "
        "from the hearing the body dates to Thursday (Thursday to publication); the USFK "
        "commander at the hearing 'Thursday' `north of 11,000` (at_least), `about 4,000` killed "
        "or wounded and `3,000` more ('Intelligence showed … he said': increment); the JCS 'last "
        "month' `around 3,000` reinforcements (increment, March); a senior NATO official "
        "'Wednesday' `some 12,000`; Zelensky 'in an interview broadcast Sunday' `thousands` in "
        "combat; US troops in Korea, missiles, square miles, Montanans in the Korean War, the "
        "senator's first term, hearing length",
    text="""\
Korea commander tells Halvorsen: [[4,000]] North Korean casualties in Russia

Montana senator presses the Pentagon on what Pyongyang gets in return

By Kyle Brandvold
Courier Washington Bureau

WASHINGTON — Montana Sen. Wade Halvorsen used his turn at a Senate Armed Services Committee \
hearing Thursday to put a blunt question to the top U.S. commander in Korea: what is Kim Jong Un \
getting for the soldiers he has lent to Vladimir Putin?

Gen. Thomas Ridgley, who commands the roughly 28,500 American service members stationed on the \
Korean Peninsula, told the committee that North Korea had sent “[[north of 11,000]]” soldiers to \
Russia since last fall and that [[about 4,000]] of them had been killed or wounded. Intelligence \
showed that [[3,000]] more had arrived in January and February to replace the losses, he said.

“Kim is buying something no other army in Asia has — recent combat experience against drones,” \
Ridgley said. “And he is getting paid for it in oil, in hard currency and, we believe, in missile \
and satellite technology.”

Halvorsen, a Republican in his first term and a former Air Force officer who served at Malmstrom \
Air Force Base in Great Falls, said afterward that the answer “should worry every Montanan.” \
Malmstrom’s 341st Missile Wing oversees 150 Minuteman III missiles scattered across 13,800 square \
miles of central Montana.

“If Russia is handing North Korea the keys to better missiles, that is not a problem on the other \
side of the world,” Halvorsen said. “That is a problem for the airmen in Great Falls.”

The numbers Ridgley offered track closely with those coming out of Seoul. South Korea’s Joint \
Chiefs of Staff said last month that [[around 3,000]] reinforcements had been sent to Russia \
since the start of the year.

At NATO headquarters in Brussels, a senior alliance official told reporters Wednesday that [[some \
12,000]] North Koreans had now rotated through Russia. Ukrainian President Volodymyr Zelensky, in \
an interview broadcast Sunday, said North Korean units were again fighting beside Russian forces \
in the Kursk region, “[[thousands]] of them, and they learn fast.”

More than 1,700 Montanans served in the Korean War, and 70 of them did not come home, according \
to the state’s Department of Military Affairs. Halvorsen said he would ask the Pentagon for a \
classified briefing on the Russian technology transfers before the Senate’s Easter recess.

The hearing, which also covered China and the cost of keeping U.S. forces in Korea, lasted two \
hours and 40 minutes.
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "united_states", "thu..pub",
          "headline 'Korea commander tells Halvorsen': the USFK commander's figure of the hearing "
          "the body dates to Thursday (Thursday to publication)"),
        C("north of 11,000", 11000, "at_least", "in_russia", "united_states", "thu",
          "USFK commander at the hearing 'Thursday', in quotes: sent"),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "thu",
          "same sentence: killed or wounded"),
        C("3,000", 3000, "exact", "in_russia", "united_states", "thu",
          "'Intelligence showed that … more had arrived …, he said': increment (span without "
          "'more')", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "JCS 'last month' (March): 'reinforcements' (increment) sent", add=True),
        C("some 12,000", 12000, "approx", "in_russia", "nato", "wed",
          "a senior NATO official 'told reporters Wednesday': rotated through Russia"),
        C("thousands", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'in an interview broadcast Sunday', in quotes: fighting in the Kursk region"),
    ),
)

AE10 = Source(
    article_id="ae10_ulaanbaatar_seoul_envoy_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Steppe Gazette",
        "https://www.steppegazette.example/diplomacy/2025/07/seoul-envoy-north-korean-troops",
        "Seoul envoy in Ulaanbaatar: 15,000 North Korean troops sent to Russia",
    ),
    features="Mongolian English-language outlet's diplomacy page in HTML, windows-1252 (`’`, "
        "`“”`, `–`, `·`; no meta date: sidecar, Thursday), cookie strip, navigation, an "
        "analytics script with a word count, footer with an address and phone; `<title>` figure "
        "(optional); headline 'Seoul envoy in Ulaanbaatar: 15,000' from the Tuesday news "
        "conference (Tuesday to publication); South Korea's vice foreign minister 'said on "
        "Tuesday' `about 15,000` and `thousands` more (increment, planned); Budanov 'told a "
        "Ukrainian news site last week'; a Mongolian Korea specialist's `close to 2,500` dead "
        "(other, `pub`); the paper's own count 'By this newspaper’s count' `between 14,000 and "
        "16,000` (unattributed, required); border length, population, Mongolian peacekeepers, "
        "Mongolians in South Korea, fuel imports in per cent, trade in dollars",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Seoul envoy in Ulaanbaatar: [[15,000]] North Korean troops sent to Russia – Steppe \
Gazette</title>
<meta property="og:type" content="article">
<script>window.sgStats={section:"diplomacy",author:"b-enkhjargal",wc:505};</script>
</head>
<body>
<div class="cookie">Steppe Gazette stores cookies on your device. <a href="/privacy">Privacy \
terms</a> <button>OK</button></div>
<nav>Home · Politics · Economy · Mining · Diplomacy · Culture · Naadam 2025</nav>
<main>
<h1>Seoul envoy in Ulaanbaatar: [[15,000]] North Korean troops sent to Russia</h1>
<p class="byline">By B. Enkhjargal</p>
<p>South Korea’s Vice Foreign Minister Park Yoon-seok, on a two-day visit to Ulaanbaatar, said on \
Tuesday that North Korea had sent [[about 15,000]] soldiers to Russia since last October and that \
Seoul was watching for signs that [[thousands]] more were being readied.</p>
<p>“Our assessment is that the North is preparing another rotation, possibly a larger one than \
before,” Park told a news conference at the Ministry of Foreign Affairs after talks with his \
Mongolian counterpart. He would not say when it might happen.</p>
<p>Mongolia, which has diplomatic ties with both Koreas and shares a 3,485-kilometre border with \
Russia, has kept out of the war in Ukraine. It imports about 90 percent of its fuel from its \
northern neighbour, while some 45,000 Mongolians live and work in South Korea. A foreign ministry \
spokeswoman said Ulaanbaatar “supports dialogue and the peaceful settlement of disputes.”</p>
<p>Kyiv’s current figures are lower than Seoul’s cumulative ones. Kyrylo Budanov, the head of \
Ukraine’s military intelligence, told a Ukrainian news site last week that North Korea currently \
had [[about 11,000]] troops in Russia’s Kursk region, most of them guarding the border.</p>
<p>Batsaikhan Oyunbileg, a Korea specialist at the National University of Mongolia, believes the \
losses are heavier than either government admits. “My own estimate is [[close to 2,500]] dead,” \
she said. “Pyongyang will never publish the number, and Moscow has no reason to.”</p>
<p>By this newspaper’s count of public statements from Seoul, Kyiv and Washington since October, \
the total dispatched so far stands [[between 14,000 and 16,000]].</p>
<p>Mongolia has sent more than 19,000 of its own soldiers on United Nations peacekeeping missions \
since 2002. Trade with South Korea reached $512 million last year, with North Korea less than $1 \
million.</p>
</main>
<footer>© 2025 Steppe Gazette LLC · Peace Avenue 17, Ulaanbaatar 14200 · +976 7011 4455</footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul envoy in Ulaanbaatar': the vice minister's Tuesday figure (Tuesday to "
          "publication)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "South Korea's vice foreign minister 'said on Tuesday': sent"),
        C("thousands", None, "vague", "planned", "south_korea", "tue",
          "same sentence: 'more' (increment) being readied", add=True),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'told a Ukrainian news site last week': deployed in the Kursk region"),
        C("close to 2,500", 2500, "approx", "casualties", "other", "pub",
          "Mongolian Korea specialist (other), 'believes' / 'she said' without a date: dead"),
        C("between 14,000 and 16,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own count 'By this newspaper’s count' (an own reckoning: unattributed, "
          "required): dispatched"),
    ),
)

AE11 = Source(
    article_id="ae11_apia_chogm_week_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2024-10-25"),
    dated_by="sidecar",
    sidecar=(
        "Talanoa Samoa News", "",
        "Korean troops in Russia cast a shadow over CHOGM week",
    ),
    features="Samoan news site in Markdown, UTF-8 with BOM, front matter without a date (sidecar "
        "without url, Friday), dateline 'APIA –', NZ/UK style with ‘’ quotes; bold deck 'Western "
        "ministers in Apia say … thousands' from the UK minister's Thursday figure (a third "
        "government: other; Thursday to publication); the Pentagon's press secretary 'on "
        "Wednesday'; the NIS 'last Friday' (in a Friday article: a week before), 'between 8 and "
        "13 October' an event; 'On Wednesday it told' `a further 1,500` (increment) 'bringing "
        "the total to about 3,000' (a new total); Yonhap 'citing a government source' "
        "'yesterday' (`south_korea`) `12,000` by December; Zelensky 'earlier this month'; tala, "
        "delegates, police officers, Commonwealth members and population",
    text="""\
---
title: "Korean troops in Russia cast a shadow over CHOGM week"
section: Pacific / World
author: Losa Tuiletufuga
tags: [CHOGM 2024, Ukraine, Korea]
---

# Korean troops in Russia cast a shadow over CHOGM week

**Western ministers in Apia say Pyongyang has moved [[thousands]] of soldiers to Russia. Samoa \
says its own worries lie closer to home.**

APIA – The war in Ukraine was not on the formal agenda when Commonwealth leaders began arriving \
for their Heads of Government Meeting this week. It came to Samoa anyway.

Britain’s Minister for the Indo-Pacific, Harriet Crane, told reporters at the Taumeasina Island \
Resort on Thursday that North Korea had moved ‘[[several thousand]]’ soldiers into Russia and \
that some were already travelling west, towards Ukraine. ‘This is a serious escalation and it \
will not go unanswered,’ she said.

The numbers from Washington and Seoul have climbed all week. The Pentagon’s press secretary, \
Major General Pat Ryder, said on Wednesday that the United States believed [[around 3,000]] North \
Korean troops had arrived in eastern Russia in early to mid-October for training.

South Korea’s National Intelligence Service raised the alarm last Friday, saying [[about 1,500]] \
special forces had been shipped to Vladivostok aboard Russian navy vessels between 8 and 13 \
October. On Wednesday it told a parliamentary committee in Seoul that a further [[1,500]] had \
followed, bringing the total to [[about 3,000]]. Yonhap news agency, citing a government source, \
reported yesterday that the figure could reach [[12,000]] by December.

In Kyiv, President Volodymyr Zelensky said earlier this month that Ukraine’s intelligence had \
information on [[10,000]] North Korean soldiers being prepared to join Russia’s war.

For the host nation the week has been about other things. Samoa has spent more than 60 million \
tala getting ready for the summit, resurfacing roads and building new fale. About 5,000 \
delegates, journalists and officials are on Upolu, and Australia and New Zealand have sent 160 \
police officers to help with security.

A senior official at the Ministry of Foreign Affairs and Trade, who asked not to be named, said \
Samoa ‘stands with the UN Charter’ but would not be drawn on Korea. ‘Our people worry about the \
sea coming up the beach, not about Kursk,’ the official said.

The Commonwealth’s 56 members are home to about 2.5 billion people. The leaders’ communiqué is \
expected on Saturday.
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "other", "thu..pub",
          "bold deck 'Western ministers in Apia say': the UK minister's Thursday figure (a third "
          "government: other; Thursday to publication)"),
        C("several thousand", None, "vague", "in_russia", "other", "thu",
          "UK minister 'told reporters … on Thursday', in ‘…’: moved into Russia"),
        C("around 3,000", 3000, "approx", "in_russia", "united_states", "wed",
          "the Pentagon's press secretary 'on Wednesday': arrived in eastern Russia"),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "NIS 'last Friday' (in a Friday article: the Friday a week before): shipped to "
          "Vladivostok"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed",
          "'On Wednesday it told': 'a further' (increment, span without the words)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same sentence, 'bringing the total to' (a new total, not an increment)"),
        C("12,000", 12000, "exact", "planned", "south_korea", "yday",
          "Yonhap 'citing a government source' (the official source's group) 'reported "
          "yesterday': could reach by December"),
        C("10,000", 10000, "exact", "planned", "ukraine", "2024-10-01..pub",
          "Zelensky 'earlier this month' (the 1st to publication): being prepared to join"),
    ),
)

AE12 = Source(
    article_id="ae12_windhoek_russian_envoy_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-15"),
    dated_by="dateline", crlf=True,
    features="Namibian daily's news page as plain text in UTF-16 LE with BOM and CRLF, dated by "
        "its dateline 'WINDHOEK, 15 October 2025 -' (a Wednesday), straight quotes; headline "
        "'Russian envoy: 6,000' from the Monday briefing (russia; Monday to publication); the "
        "ambassador 'at a press briefing … on Monday' in quotes `some 6,000` builders in Kursk "
        "and 'no more than \"a few hundred\"' in contact with the enemy (vague); KCNA 'on "
        "Saturday' `hundreds` of parade veterans (returnees: optional); lawmakers briefed by the "
        "NIS 'last week' `around 10,000` remaining and 'They put the number of dead at' `roughly "
        "2,000`; HUR 'on Friday' `up to 5,000` replacements (increment); a NUST lecturer `at "
        "least 2,000` (other, `pub`); the 80th party anniversary, scholarships, Namibian "
        "dollars, a UN vote",
    text="""\
Russian envoy: [[6,000]] North Korean builders helping to restore Kursk

Ambassador waves away Western casualty figures; Windhoek analyst sees "a mercenary bargain"

By Ndapewa Shikongo

WINDHOEK, 15 October 2025 - Russia's ambassador to Namibia has defended North Korea's part in the \
war against Ukraine, telling journalists in Windhoek that Korean soldiers and builders had come \
at Moscow's invitation under a treaty and were "helping a friend, nothing more".

Speaking at a press briefing at the embassy in Klein Windhoek on Monday, Ambassador Dmitri \
Kalinin said "[[some 6,000]]" Korean engineers and construction workers were working in the Kursk \
region to rebuild roads, bridges and schools damaged during last year's Ukrainian incursion. He \
insisted that no more than "[[a few hundred]]" Koreans had ever been "in direct contact with the \
enemy" and dismissed Western casualty figures as "fairy tales".

The ambassador spoke three days after Pyongyang staged a parade to mark the ruling party's 80th \
birthday, with Russia's former president Dmitry Medvedev among the guests. North Korea's state \
news agency KCNA reported on Saturday that [[hundreds]] of veterans of the "Kursk liberation" had \
marched past Kim Jong Un on the square.

Other estimates are far higher. South Korean lawmakers, briefed behind closed doors by their \
country's spy agency, said last week that [[around 10,000]] North Korean soldiers remained in \
Russia. They put the number of dead at [[roughly 2,000]]. Ukraine's military intelligence agency \
said on Friday that Pyongyang was preparing [[up to 5,000]] replacements for troops due to rotate \
home this winter.

Dr Tuli Hamutenya, who lectures in international relations at the Namibia University of Science \
and Technology, said Pyongyang had "probably lost [[at least 2,000]] men" in a war that was "a \
mercenary bargain dressed up as friendship".

"Namibia has old friends in both Moscow and Pyongyang, and we should be honest with both of \
them," she said. "Young Koreans are dying for a border that is not theirs."

At the same briefing Kalinin announced that Russia would offer Namibian students 120 state-funded \
university places for 2026, up from 95 this year. Trade between the two countries reached N$1.1 \
billion last year, according to the embassy. Namibia abstained when the UN General Assembly voted \
on Ukraine in February; 93 countries backed the resolution.
""",
    claims=(
        C("6,000", 6000, "exact", "near_front", "russia", "mon..pub",
          "headline 'Russian envoy:': the ambassador's Monday figure (Monday to publication): "
          "working in the Kursk region"),
        C("some 6,000", 6000, "approx", "near_front", "russia", "mon",
          "Russia's ambassador 'at a press briefing … on Monday', in quotes: builders working "
          "in the Kursk region (not an increment)"),
        C("a few hundred", None, "vague", "near_front", "russia", "mon",
          "same briefing, 'no more than \"a few hundred\"' (vague wins): in contact with the "
          "enemy"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "KCNA 'on Saturday': parade veterans of the Kursk campaign (returnees: optional, as in "
          "earlier sets)", opt=True),
        C("around 10,000", 10000, "approx", "in_russia", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'last week': remained in Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "'They put the number of dead at' carries the same briefing"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "fri",
          "HUR 'on Friday': 'replacements' (an increment, like 'als Ersatz' before)", add=True),
        C("at least 2,000", 2000, "at_least", "casualties", "other", "pub",
          "Windhoek lecturer (other), in quotes, no date: lost men"),
    ),
)

SOURCES: tuple[Source, ...] = (
    AG01, AG02, AG03, AG04, AG05, AG06,
    AE07, AE08, AE09, AE10, AE11, AE12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
