"""Build the forty-third blind corpus: articles, sidecar, gold (`python build_corpus.py`).

The forty-fifth corpus, for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Gießen daily, a Harz
regional TV web text, an Ausseerland weekly, a Glarus Süd village paper, a nurses' association
magazine and a Mainz student radio; an Otago daily, a Norfolk Island news site, a Maine public
radio site, an Estonian English-language daily, a Nauru news site and a Botswana radio site. Same
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
BASE_NAME = "_blind43_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b43_01_giessen_tageskurier_forscherin",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Gießener Tageskurier",
        "https://www.giessener-tageskurier.example/lokales/giessen/"
        "selenskyj-11000-nordkoreaner-kursk-forscherin-warnt-91377420",
        "Selenskyj: 11.000 Nordkoreaner stehen im Gebiet Kursk",
    ),
    features="Gießen daily's local angle on a university researcher, plain text (sidecar, "
        "Wednesday); headline 'Selenskyj:' from the Tuesday-evening video address (Tuesday to "
        "publication); Pentagon figures in Konjunktiv with the source named at the end of the "
        "paragraph ('So stellte es … am Montag dar'), `etwa 8.000` 'davon' (breakdown); "
        "Zelensky's 'könnten es 15.000 werden' (planned total); NIS 'Mitte Oktober' `bis zu "
        "12.000` and 'Am vergangenen Mittwoch' in a Wednesday article (a week earlier) with "
        "officers among those sent; the researcher's range (other, `pub`); students, refugees, "
        "Russian losses a day, 1950-1953, age, lecture room and phone number",
    text="""\
Selenskyj: [[11.000]] Nordkoreaner stehen im Gebiet Kursk

Gießener Osteuropa-Forscherin warnt davor, sich an die neue Lage zu gewöhnen

Von Jonas Eckhardt

Gießen. Die Zahlen ändern sich fast täglich, die Richtung bleibt dieselbe. Washington, Seoul und \
Kiew berichten übereinstimmend, dass Nordkorea immer mehr Soldaten an die Seite Russlands bringt. \
Inzwischen seien [[rund 10.000]] von ihnen in Russland, [[etwa 8.000]] davon in der an die \
Ukraine grenzenden Region Kursk. So stellte es Pentagon-Sprecherin Sabrina Singh am Montag in \
Washington dar. Ob sie dort bereits kämpfen, wollte sie nicht sagen.

Der ukrainische Präsident Wolodymyr Selenskyj ging am Dienstagabend weiter. „Im Gebiet Kursk sind \
bereits [[11.000]] Soldaten aus Nordkorea“, sagte er in seiner täglichen Videoansprache. Bis zum \
Ende der Woche könnten es [[15.000]] werden, fügte der Staatschef hinzu, und wer jetzt schweige, \
mache sich mitschuldig.

Südkoreas Nachrichtendienst NIS hatte schon Mitte Oktober gewarnt, Machthaber Kim Jong Un wolle \
insgesamt [[bis zu 12.000]] Mann schicken. Am vergangenen Mittwoch unterrichtete der Dienst dann \
Abgeordnete in Seoul: Unter den Entsandten seien [[etwa 500]] Offiziere, die Truppe werde in \
Lagern im Osten Russlands an Drohnen ausgebildet.

Für Hanna Wierzbicki ist das keine Überraschung. Die 44-Jährige arbeitet am Gießener Zentrum für \
Osteuropaforschung über Russlands Bündnisse und hält die westlichen Angaben für glaubwürdig. \
„Moskau verliert nach ukrainischen Zählungen mehr als 1.200 Soldaten am Tag. Dieses Loch stopft \
man nicht mit Freiwilligen aus Sibirien“, sagt sie. „Ich würde mich nicht wundern, wenn bis zum \
Frühjahr [[20.000 bis 25.000]] Nordkoreaner in Russland stehen.“

Was sie mehr beunruhigt, ist die Gewöhnung. Als Ende Oktober die ersten Satellitenbilder von \
Truppenzügen auftauchten, habe es noch Sondersendungen gegeben, heute lande die Meldung im \
Ticker. Zum letzten Mal hätten nordkoreanische Soldaten zwischen 1950 und 1953 in großem Stil \
gekämpft, erinnert die Forscherin.

Auch in Gießen verfolgen viele die Entwicklung genau. Im Landkreis leben nach Auskunft der \
Ausländerbehörde rund 3.400 Menschen aus der Ukraine, an der Justus-Liebig-Universität sind knapp \
300 ukrainische Studierende eingeschrieben. Einige von ihnen stammen aus dem Gebiet Sumy, direkt \
gegenüber von Kursk.

Wierzbicki spricht am Donnerstag, 14. November, um 19 Uhr im Hörsaal 2 des Philosophikums I über \
„Kims Krieg in Europa“. Der Eintritt ist frei, Anmeldung unter Telefon 0641 99-27315.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "headline 'Selenskyj:': the Tuesday-evening figure of the body, to publication"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Konjunktiv, source named at the end of the paragraph: Pentagon spokeswoman 'am "
          "Montag': in Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same, 'davon' in the Kursk region (a breakdown, no increment)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstagabend' in quotes: in the Kursk region"),
        C("15.000", 15000, "exact", "planned", "ukraine", "tue",
          "same speaker: 'könnten es … werden' (expected total, no increment)"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "2024-10-11..2024-10-20",
          "NIS 'Mitte Oktober': Kim wants to send in total"),
        C("etwa 500", 500, "approx", "in_russia", "south_korea", "2024-10-30",
          "NIS to lawmakers 'Am vergangenen Mittwoch' in a Wednesday article (a week earlier): "
          "officers among those sent (breakdown)"),
        C("20.000 bis 25.000", None, "range", "planned", "other", "pub",
          "Gießen researcher in quotes, present tense: expected by spring"),
    ),
)

B02 = Source(
    article_id="b43_02_harz_tv_gefangene_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-14"),
    dated_by="html_meta",
    features="Harz regional TV web text in HTML (`article:published_time` with +01:00, a video "
        "player script with a clip length, a cookie hint, navigation, footer with a phone "
        "number); `<title>` figure (optional); headline 'Kiew:' with the number word `Zwei` "
        "(captured: Saturday to publication); Zelensky 'am Samstag' `zwei`; the NIS 'gestern' "
        "(the day before) in Konjunktiv, `Etwa 300` dead and `2.700` wounded (no increment); "
        "Zelensky 'Am Sonntagabend' `Über 3.000`; a Pentagon spokeswoman 'vergangene Woche' with "
        "`mehrere hundert` 'Darunter' (breakdown); a Ukrainian paramedic in Wernigerode: her "
        "children, age, distance, Ukrainians in the district, Brocken height",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>[[Zwei]] Nordkoreaner in Gefangenschaft: Wernigeröderin bangt um ihre Familie | \
harz.tv</title>
<meta property="og:site_name" content="harz.tv">
<meta property="article:published_time" content="2025-01-14T16:20:00+01:00">
<script>var htvPlayer={clip:"nk-gefangene-1401",dauer:"2:41",autoplay:false,region:"wernigerode"}\
;</script>
</head>
<body>
<div class="cookie-hint">Wir nutzen Cookies für die Reichweitenmessung und für eingebettete \
Videos. <a href="/datenschutz">Mehr erfahren</a> <button>Alle zulassen</button> \
<button>Ablehnen</button></div>
<nav><a href="/">Start</a> · <a href="/nachrichten">Nachrichten</a> · <a href="/sport">Sport</a> \
· <a href="/mediathek">Mediathek</a> · <a href="/wetter">Wetter</a></nav>
<article>
<h1>Kiew: [[Zwei]] nordkoreanische Soldaten gefangen – eine Wernigeröderin bangt um ihre \
Familie</h1>
<p class="teaser">Die Ukraine zeigt erstmals Gefangene aus Kims Armee. Rettungssanitäterin Olena \
Kowal verfolgt die Nachrichten mit Sorge: Ihr Heimatdorf liegt 30 Kilometer von der russischen \
Grenze entfernt.</p>
<p>Die Fotos zeigen junge Männer mit Verbänden, einer liegt auf einer Trage. Präsident Wolodymyr \
Selenskyj hatte die Bilder am Samstag auf Telegram veröffentlicht: [[zwei]] Soldaten aus \
Nordkorea, von ukrainischen Fallschirmjägern im Gebiet Kursk gefangen genommen. Sie würden nun \
vom Geheimdienst befragt, schrieb er.</p>
<p>Südkoreas Nachrichtendienst NIS bestätigte die Festnahme. In einer Sitzung des \
Geheimdienstausschusses in Seoul nannte er gestern auch neue Verlustzahlen. [[Etwa 300]] \
Nordkoreaner seien gefallen, [[2.700]] verwundet. Zudem gebe es Hinweise, dass die Soldaten \
angewiesen worden seien, sich vor einer Gefangennahme selbst zu töten.</p>
<p>Am Sonntagabend legte Selenskyj nach: [[Über 3.000]] Nordkoreaner seien im Gebiet Kursk \
inzwischen getötet oder verwundet worden. Eine Sprecherin des Pentagons hatte vergangene Woche \
von weiterhin [[rund 11.000]] nordkoreanischen Soldaten im Raum Kursk gesprochen. Darunter gebe \
es „[[mehrere hundert]]“ Tote und Verwundete.</p>
<h2>„Für uns ist das nicht weit weg“</h2>
<p>Olena Kowal, 38, kam im März 2022 mit ihren beiden Kindern aus der Nähe von Sumy nach \
Wernigerode. Heute fährt sie für das Rote Kreuz Rettungswagen im Landkreis Harz, in dem nach \
Angaben der Kreisverwaltung rund 2.300 Ukrainerinnen und Ukrainer leben. „Wenn im Fernsehen von \
Kursk die Rede ist, denke ich an meine Mutter“, sagt sie. Ihr Bruder dient in einer \
Drohneneinheit an der Grenze.</p>
<p>Am Wochenende will Kowal mit Freunden auf den Brocken wandern, 1.141 Meter hoch. „Da oben ist \
Funkloch“, sagt sie und lacht. „Das ist manchmal gut.“</p>
</article>
<footer>© 2025 harz.tv Regionalfernsehen GmbH · <a href="/impressum">Impressum</a> · Redaktion: \
03943 55 21 80</footer>
</body>
</html>
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kiew:': Zelensky's Saturday figure of the body, to publication: captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' on Telegram: captured"),
        C("Etwa 300", 300, "approx", "casualties", "south_korea", "yday",
          "NIS in the committee 'gestern' (the day before), Konjunktiv: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "yday",
          "same sentence: wounded (no increment)"),
        C("Über 3.000", 3000, "at_least", "casualties", "ukraine", "sun",
          "Zelensky 'Am Sonntagabend': killed or wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "lastweek",
          "Pentagon spokeswoman 'vergangene Woche': in the Kursk area"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "lastweek",
          "same spokeswoman, Konjunktiv „…“: dead and wounded among them (breakdown)"),
    ),
)

B03 = Source(
    article_id="b43_03_ausseer_wochenblatt_nachschub_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-03-13"),
    dated_by="front_matter",
    features="Ausseerland weekly's world page in Markdown, ISO-8859-1 with straight quotes, front "
        "matter with `date:` and issue number; Austrian 'Jänner', 'Feber', 'heuer'; front-matter "
        "`title:` figure (optional, increment); headline 'Weitere 3.000' (increment, JCS Tuesday "
        "to publication); the JCS 'am Dienstag' with `rund 3.000 zusätzliche` (increment) and "
        "'Schon Ende Feber' `etwa 4.000` losses; the Ukrainian General Staff 'am Montag' "
        "\"mehrere tausend\" back at the front; Zelensky 'am Mittwoch' `Dutzende` killed; the "
        "APA citing a US State Department official 'Anfang März' (X citing Y: united_states) "
        "`knapp 14.000`; a Grundlsee-born teacher in Seoul in Konjunktiv over two sentences "
        "(`bis zu 10.000` weitere: other, planned, increment); tourists, ski-flying spectators, "
        "flight hours, villagers, age",
    text="""\
---
title: "Kim schickt Nachschub: Weitere [[3.000]] Soldaten nach Russland"
date: 2025-03-13
ausgabe: 11/2025
ressort: Welt & Region
---

# Kim schickt Nachschub: Weitere [[3.000]] Soldaten nach Russland

**Eine Grundlseerin unterrichtet seit zwölf Jahren in Seoul. Beim Heimatbesuch erzählt sie, wie \
man in Südkorea auf den Krieg in Europa schaut.**

*Von Theresia Gaisberger*

Nordkorea hat heuer im Jänner und Feber [[rund 3.000]] zusätzliche Soldaten nach Russland \
verlegt. Das teilte der südkoreanische Generalstab am Dienstag in Seoul mit. Schon Ende Feber \
hatte das Militär die Verluste der Nordkoreaner auf [[etwa 4.000]] Tote und Verwundete geschätzt.

Auch die Ukraine registriert die Rückkehr. Nach einer Pause von mehreren Wochen seien Kims \
Truppen wieder im Gebiet Kursk im Einsatz, und zwar "[[mehrere tausend]] Mann", meldete der \
ukrainische Generalstab am Montag. Präsident Wolodymyr Selenskyj sagte am Mittwoch, seine \
Soldaten hätten in den vergangenen Tagen [[Dutzende]] Nordkoreaner getötet. Insgesamt habe \
Pjöngjang damit [[knapp 14.000]] Mann nach Russland geschickt, berichtete die APA Anfang März \
unter Berufung auf einen Beamten des US-Außenministeriums.

## "In Seoul redet man über Trump, nicht über Kursk"

Magdalena Pucher ist in Gössl aufgewachsen, 41 Jahre alt und unterrichtet seit 2013 Deutsch an \
einer Universität in Seoul. Die Nachrichten über nordkoreanische Soldaten in Russland hätten in \
Südkorea im Herbst für Aufregung gesorgt, erzählt sie in der Stube ihrer Eltern. Inzwischen sei \
das Thema von der Innenpolitik verdrängt worden.

Pucher glaubt nicht, dass Kim aufhört. Sie rechne damit, dass Pjöngjang heuer noch einmal \
nachlegt. Bis zum Sommer könnten [[bis zu 10.000]] weitere Soldaten folgen, weil Russland für \
jeden Mann zahle und Nordkorea dringend Devisen brauche. "Für das Regime ist das ein Geschäft", \
sagt sie.

Im Salzkammergut merkt man von alldem wenig. Im Vorjahr kamen rund 25.000 Nächtigungen von Gästen \
aus Südkorea in die Region, viele davon in Hallstatt. Beim Skifliegen am Kulm Ende Jänner zählten \
die Veranstalter an drei Tagen rund 30.000 Zuschauer. Pucher fliegt Ende März zurück, 13 Stunden \
über Dubai. Gössl hat etwas mehr als 300 Einwohner.
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "tue..pub",
          "front-matter title: (metadata) restating the headline", add=True, opt=True),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Weitere': the JCS Tuesday figure of the lead, to publication (increment, "
          "span without the word)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "tue",
          "JCS 'am Dienstag' (next sentence): 'zusätzliche' sent (increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "JCS 'Schon Ende Feber': dead and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "mon",
          "Konjunktiv, Ukrainian General Staff named after the quote 'am Montag': back in action "
          "in Kursk"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "wed",
          "Zelensky 'am Mittwoch': killed"),
        C("knapp 14.000", 14000, "approx", "in_russia", "united_states",
          "2025-03-01..2025-03-10",
          "APA 'Anfang März' citing a US State Department official (X citing Y): sent in total"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Grundlsee-born teacher in Seoul, Konjunktiv carried from 'Sie rechne damit': "
          "'weitere' could follow (increment)", add=True),
    ),
)

B04 = Source(
    article_id="b43_04_glarus_sued_dorfpost_vortrag",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="Glarus Süd village paper, plain text in windows-1252 with CRLF, Swiss spelling "
        "(no ß, «», `14'000`, `10'000`, `5000` without separator), dated by the dateline "
        "'Schwanden, 29. April 2025 –' (Tuesday); a talk by a former Swiss development-aid "
        "official; headline 'Kiew spricht von' from HUR 'vergangene Woche'; Gerasimov 'am "
        "Samstag' without a figure and Tass 'tags darauf' quoting a Russian officer «einige "
        "tausend» (russia, Sunday); KCNA 'am Montag' without a figure; HUR with `rund 14'000` "
        "and `mehr als 5000` casualties; the JCS 'Mitte März'; the speaker 'am Freitagabend' "
        "«Mindestens 10'000» (other); the paper's own reckoning `zwischen 4000 und 5000` "
        "(unattributed, required); audience, collection in francs, years, age, distance",
    text="""\
Glarus Süd – Dorfpost

Ein Linthaler erzählt von Kims Armee – Kiew spricht von [[14'000]] Mann in Russland

Moskau und Pjöngjang haben den Einsatz nordkoreanischer Truppen erstmals zugegeben. In Schwanden \
berichtete ein ehemaliger Deza-Mitarbeiter, wie er das Land erlebt hat.

Schwanden, 29. April 2025 – Gut 70 Personen fanden am Freitagabend den Weg ins Gemeindezentrum, \
deutlich mehr, als die Kulturkommission erwartet hatte. Ruedi Stüssi, 67, hat von 2009 bis 2014 \
das Büro der Direktion für Entwicklung und Zusammenarbeit (Deza) in Pjöngjang geleitet. Heute \
wohnt er wieder in Linthal, wo er aufgewachsen ist.

Stüssi erzählte von Spitälern ohne Heizung, von Kartoffelprojekten in der Provinz und von jungen \
Soldaten, die beim Strassenbau eingesetzt wurden. «Diese Burschen dienen zehn Jahre und mehr. Für \
das Regime sind sie Arbeitskräfte, und jetzt eben auch eine Exportware», sagte er. Dass Kim Jong \
Un Truppen nach Russland schickt, überrascht ihn nicht. «[[Mindestens 10'000]] sind es sicher \
gewesen, eher mehr», sagte Stüssi am Freitagabend.

Wie recht er hat, zeigte sich am Wochenende. Am Samstag lobte der russische Generalstabschef \
Waleri Gerassimow erstmals öffentlich den «Heldenmut» der Nordkoreaner bei der Rückeroberung des \
Gebiets Kursk, nannte aber keine Zahl. Tags darauf zitierte die Agentur Tass einen russischen \
Offizier, im Grenzgebiet hätten «[[einige tausend]]» Koreaner an der Seite seiner Männer \
gekämpft. Am Montag bestätigte auch die nordkoreanische Staatsagentur KCNA den Einsatz, der auf \
Befehl Kims erfolgt sei.

In Kiew hält man die Bekenntnisse für verspätet. Nordkorea habe inzwischen [[rund 14'000]] \
Soldaten nach Russland geschickt, [[mehr als 5000]] von ihnen seien getötet oder verwundet \
worden, teilte der ukrainische Militärgeheimdienst HUR vergangene Woche mit. Der südkoreanische \
Generalstab hatte die Verluste Mitte März noch auf [[rund 4000]] beziffert.

Legt man die Angaben aus Seoul und Kiew nebeneinander, haben Kims Truppen im Raum Kursk \
[[zwischen 4000 und 5000]] Mann verloren, gemessen an der Grösse des Kontingents eine enorme Zahl.

Stüssi hofft trotzdem, dass die Schweiz ihre Kontakte nach Pjöngjang nicht ganz abbricht. «Man \
muss mit diesen Leuten reden können, gerade jetzt», sagte er. Die Kollekte zugunsten des \
Schweizerischen Roten Kreuzes ergab 1'260 Franken. Die nächste Veranstaltung der Reihe «Fenster \
zur Welt» findet am 21. Mai statt; dann berichtet eine Elmerin von ihrem Jahr in Patagonien, gut \
12'000 Kilometer von Glarus entfernt.
""",
    claims=(
        C("14'000", 14000, "exact", "in_russia", "ukraine", "lastweek",
          "headline 'Kiew spricht von': HUR's figure of the body ('vergangene Woche'), to "
          "publication"),
        C("Mindestens 10'000", 10000, "at_least", "in_russia", "other", "fri..pub",
          "former Deza official at his talk, 'sagte Stüssi am Freitagabend' (a talk dates the "
          "speaker: that day to publication): sent to Russia"),
        C("einige tausend", None, "vague", "near_front", "russia", "sun",
          "Tass 'Tags darauf' (after Saturday) quoting a Russian officer: fought in the border "
          "region"),
        C("rund 14'000", 14000, "approx", "in_russia", "ukraine", "lastweek",
          "Konjunktiv, HUR named at the end of the sentence 'vergangene Woche': sent"),
        C("mehr als 5000", 5000, "at_least", "casualties", "ukraine", "lastweek",
          "same sentence: killed or wounded"),
        C("rund 4000", 4000, "approx", "casualties", "south_korea", "2025-03-11..2025-03-20",
          "JCS 'Mitte März': losses"),
        C("zwischen 4000 und 5000", None, "range", "casualties", "unattributed", "pub",
          "the paper's own reckoning from Seoul's and Kiev's figures (required)"),
    ),
)

B05 = Source(
    article_id="b43_05_pflegeverband_magazin_gefangene_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-24"),
    dated_by="sidecar",
    sidecar=(
        "PflegeForum – Magazin des Landesverbands Pflegeberufe",
        "https://www.pflegeforum-magazin.example/heft-3-2025/international/"
        "gefangen-verwundet-fremd",
        "Gefangen, verwundet, fremd: Pflege für Soldaten aus Nordkorea",
    ),
    features="nurses' association magazine in Markdown, UTF-8 with BOM, front matter without a "
        "date and without a figure (sidecar, Monday); a Kyiv ward sister in reported speech "
        "(beds, shifts, age: not claims); the SBU 'im Januar' with the number word `zwei` "
        "(captured, ages 20 and 26 beside it); Zelensky 'Anfang Januar' `3.800`; a Pentagon "
        "spokesman 'im Januar' „Hunderte“; HUR 'Anfang Februar' `mehr als 4.000` and `etwa "
        "1.000` 'von ihnen tot' (breakdown); the NIS 'am 10. Februar' `rund 11.000` sent; the "
        "ICRC's visits to thousands of prisoners of war (not North Korean troops), Geneva "
        "Convention article numbers, members, years",
    text="""\
---
title: "Gefangen, verwundet, fremd: Pflege für Soldaten aus Nordkorea"
rubrik: International
heft: 3/2025
---

# Gefangen, verwundet, fremd: Pflege für Soldaten aus Nordkorea

*Eine Stationsleiterin aus Kiew berichtet, wie ihr Team Kriegsgefangene versorgt – und was das \
humanitäre Völkerrecht von Pflegenden verlangt.*

Von Sabine Reuter-Aydın

Als im Januar die ersten Bilder gefangener Nordkoreaner um die Welt gingen, dachte Iryna Bondar \
zuerst an die Verbände. „Kieferverletzung, Beinwunden, das sieht man bei uns jeden Tag“, sagt die \
52-Jährige am Telefon. Bondar leitet die chirurgische Station eines Militärkrankenhauses in Kiew: \
46 Betten, Schichten von zwölf Stunden, seit Kriegsbeginn kaum ein freies Wochenende.

Nach Angaben des ukrainischen Inlandsgeheimdienstes SBU wurden im Januar [[zwei]] Soldaten aus \
Nordkorea im Gebiet Kursk gefangen genommen, 20 und 26 Jahre alt. Einer von ihnen sei kurz in \
einem Haus ihres Klinikverbunds behandelt worden, erzählt Bondar. Er habe kaum gesprochen und \
jede Spritze misstrauisch beobachtet. Verständigt habe man sich über einen Dolmetscher und mit \
Zeichnungen auf einem Block.

## Ein Verwundeter ist ein Verwundeter

Für ihr Team gelte, was für alle Patientinnen und Patienten gilt, sagt Bondar. Die Dritte Genfer \
Konvention von 1949 verpflichtet in Artikel 13 zu menschlicher Behandlung; Artikel 30 verlangt, \
dass Kriegsgefangene medizinisch versorgt werden wie die eigenen Soldaten. Das Internationale \
Komitee vom Roten Kreuz hat seit 2022 nach eigenen Angaben Tausende Kriegsgefangene beider Seiten \
besucht.

Wie viele Nordkoreaner in Kursk verwundet wurden, weiß niemand genau. Präsident Wolodymyr \
Selenskyj sprach Anfang Januar von [[3.800]] Toten und Verletzten. Ein Sprecher des \
US-Verteidigungsministeriums nannte im Januar „[[Hunderte]]“ Gefallene. Der ukrainische \
Militärgeheimdienst HUR schätzte Anfang Februar, dass [[mehr als 4.000]] Nordkoreaner ausgefallen \
seien, [[etwa 1.000]] von ihnen tot.

Südkoreas Nachrichtendienst NIS teilte am 10. Februar mit, die [[rund 11.000]] nach Russland \
entsandten Soldaten seien seit Mitte Januar nicht mehr an der Front gesehen worden. Womöglich \
würden sie nach den hohen Verlusten neu ausgebildet.

Bondar hofft, dass die Gefangenen irgendwann ausgetauscht werden. „Aber ich bin Pflegerin, keine \
Politikerin“, sagt sie. Unser Landesverband mit seinen rund 1.900 Mitgliedern unterstützt seit \
2022 eine Partnerklinik in Lwiw.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "SBU 'Nach Angaben' 'im Januar': captured (number word, ages beside it)"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar': dead and wounded"),
        C("Hunderte", None, "vague", "casualties", "united_states", "2025-01-01..2025-01-31",
          "Pentagon spokesman 'im Januar' „…“: fallen"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "HUR 'Anfang Februar', Konjunktiv: out of action"),
        C("etwa 1.000", 1000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "same sentence, 'von ihnen tot' (a breakdown)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-10",
          "NIS 'am 10. Februar': sent to Russia"),
    ),
)

B06 = Source(
    article_id="b43_06_mainz_campusfunk_weltblick_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "campusfunk mainz",
        "https://www.campusfunk-mainz.example/weltblick/ein-jahr-an-russlands-seite",
        "Ein Jahr an Russlands Seite: Seoul zählt 2.000 tote Nordkoreaner",
    ),
    features="Mainz student radio's web text in HTML, ISO-8859-1 with quotes only as entities "
        "(`&bdquo;`, `&ldquo;`, `&middot;`, `&copy;`), no meta date (sidecar, Tuesday), a stream "
        "script with a bitrate, a cookie hint, navigation, footer with address and phone; "
        "`<title>` figure (optional); headline 'Seoul zählt' from the NIS 'Anfang September' "
        "(to publication); 'hieß es damals' carrying that date to `etwa 11.000` sent and `rund "
        "10.000` near the border; KCNA on 'vergangenen Freitag''s parade with `mehrere hundert` "
        "returnees (optional); state TV 'im August' `Dutzenden` fallen (north_korea); Budanov "
        "'vergangene Woche'; a Seoul exchange student relaying Korean papers in Monday's show "
        "(other, increment); listeners, students, frequency, conscription months, age",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="ISO-8859-1">
<title>Weltblick: [[2.000]] Tote nach einem Jahr an Russlands Seite | campusfunk mainz</title>
<meta property="og:site_name" content="campusfunk mainz">
<script src="/player/stream.js" data-stream="https://stream.campusfunk-mainz.example/live.mp3" \
data-bitrate="128"></script>
</head>
<body>
<div id="cookiehint">Wir setzen nur technisch notwendige Cookies und eine anonyme Hörerstatistik \
ein. <button>Verstanden</button> <a href="/datenschutz">Datenschutz</a></div>
<nav><a href="/">Start</a> | <a href="/programm">Programm</a> | <a \
href="/sendungen/weltblick">Weltblick</a> | <a href="/mitmachen">Mitmachen</a> | <a \
href="/live">Live hören</a></nav>
<main><article>
<p class="rubrik">Weltblick &middot; jeden Montag um 19 Uhr auf UKW 92,5 und im Stream</p>
<h1>Ein Jahr an Russlands Seite: Seoul zählt [[2.000]] tote Nordkoreaner</h1>
<p>Seit gut einem Jahr kämpfen nordkoreanische Soldaten für Russland. In unserer Sendung \
&bdquo;Weltblick&ldquo; haben wir am Montagabend mit Park Ji-woo darüber gesprochen. Die \
24-Jährige aus Seoul studiert seit April Politikwissenschaft an der Johannes \
Gutenberg-Universität.</p>
<p>Die Bilanz ist bitter. Südkoreas Nachrichtendienst NIS bezifferte die Zahl der Gefallenen \
Anfang September auf [[rund 2.000]]. Von den [[etwa 11.000]] Kampfsoldaten, die Pjöngjang seit \
dem Herbst 2024 geschickt habe, stünden [[rund 10.000]] weiterhin im russischen Grenzgebiet zur \
Ukraine, hieß es damals.</p>
<p>Nordkorea selbst feiert die Männer als Helden. Als Pjöngjang am vergangenen Freitag mit einer \
Parade 80 Jahre Arbeiterpartei feierte, liefen laut KCNA auch [[mehrere hundert]] Heimkehrer aus \
dem Kursk-Einsatz über den Kim-Il-Sung-Platz. Schon im August hatte das \
Staatsfernsehen gezeigt, wie Kim Jong Un die Angehörigen von [[Dutzenden]] Gefallenen empfing und \
ihnen Orden überreichte.</p>
<p>Ein Ende ist nicht in Sicht. Der ukrainische Militärgeheimdienstchef Kyrylo Budanow sagte \
vergangene Woche, im Gebiet Kursk räumten inzwischen [[rund 6.000]] nordkoreanische Pioniere und \
Bausoldaten Minen und bauten Stellungen aus.</p>
<p>Park Ji-woo verfolgt die Debatte vor allem in koreanischen Medien. &bdquo;Bei uns schreiben \
die Zeitungen, dass Pjöngjang [[bis zu 30.000]] weitere Soldaten schicken könnte&ldquo;, sagte \
sie in der Sendung. Viele junge Männer in Südkorea leisteten selbst 18 Monate Wehrdienst, deshalb \
gehe das Thema dort vielen nahe.</p>
<p>Den Weltblick hören nach unserer Statistik pro Sendung etwa 600 Menschen live, dazu kommen die \
Abrufe im Podcast. Die ganze Folge mit Park Ji-woo gibt es in der Mediathek.</p>
</article></main>
<footer>&copy; 2025 campusfunk mainz e.V. &middot; Staudingerweg 21 &middot; 55128 Mainz &middot; \
Studio: 06131 39-24680</footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul zählt': the NIS figure of 'Anfang September', to publication"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September': fallen"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "Konjunktiv carried by 'hieß es damals': combat troops sent since autumn 2024"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "same sentence: still in the border region"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri",
          "KCNA on the parade 'am vergangenen Freitag': returnees from Kursk (optional, as "
          "returnees before)", opt=True),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state TV 'im August' showing Kim with the relatives of the fallen"),
        C("rund 6.000", 6000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'vergangene Woche': engineers and builders clearing mines in Kursk"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "mon..pub",
          "exchange student relaying South Korean newspapers in Monday's show (media: other): "
          "'weitere' could be sent (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (New Zealand, Norfolk Island, US, Estonia, Nauru, Botswana)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b43_07_otago_daily_dunedin_lecturer",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-10-25"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Otago Daily Courier",
        "https://www.odcourier.example/news/world/seoul-says-3000-north-korean-troops-now-russia",
        "Seoul says 3000 North Korean troops now in Russia",
    ),
    features="Otago daily as plain text in UTF-16 LE with BOM and CRLF (sidecar, Friday), New "
        "Zealand number style (`3000`, `1500` without separator, `10,000` with one); headline "
        "'Seoul says' from the NIS Wednesday briefing (to publication); the NIS's earlier "
        "figure 'Last week'; 'By December … expects' dated by the briefing (planned); Kirby 'the "
        "same day' (Wednesday); HUR 'on Thursday' `up to 12,000` training; NZ's foreign minister "
        "(a third government: other) 'Thousands' on Thursday; an Otago lecturer's range (other, "
        "`pub`); Kayforce veterans and dead, NZ trainers in Britain, sanctioned entities, Korean "
        "community, students, dollars",
    text="""\
Seoul says [[3000]] North Korean troops now in Russia

Otago academic warns numbers could climb fast; Peters condemns "dangerous escalation"

By Hamish McLeod

North Korea has now shipped [[roughly 3000]] soldiers to Russia, South Korea's spy agency \
believes, twice the figure it gave only days ago.

The National Intelligence Service briefed a parliamentary committee in Seoul on Wednesday, and \
members relayed its findings to reporters afterwards. Last week the agency had spoken of [[1500]] \
special forces troops ferried by Russian navy ships to Vladivostok. By December, it now expects \
the total to reach [[about 10,000]].

Washington went public the same day. White House national security spokesman John Kirby said the \
United States had evidence that [[at least 3000]] North Korean soldiers had been moved to eastern \
Russia in early to mid-October and were being trained at several bases there. What they would do \
next was "a matter of deep concern", he said.

In Kyiv, military intelligence said on Thursday that the first units had already reached Russia's \
Kursk region, which borders Ukraine. The agency, known by its Ukrainian initials HUR, said [[up \
to 12,000]] were training at camps in Russia's far east.

New Zealand's Foreign Minister, Winston Peters, said on Thursday the Government condemned the \
deployment "in the strongest terms".

"[[Thousands]] of North Korean troops are now in Russia, and that is a dangerous escalation of an \
illegal war," he said in a statement. New Zealand has sanctioned more than 1600 people and \
entities under its Russia Sanctions Act, and about 100 New Zealand Defence Force personnel are \
helping to train Ukrainian recruits in Britain.

Dr Mere Tautahi, a senior lecturer in politics at the University of Otago who studies the Korean \
peninsula, said the speed of the build-up was what worried her most.

"If it keeps going at this rate you could see [[15,000 to 20,000]] there by the new year. \
Pyongyang gets cash, oil and, above all, battlefield experience it hasn't had since 1953," she said.

She noted that about 6000 New Zealanders served in Kayforce during the Korean War, and 45 of them \
died. "People here tend to think of that war as finished history. For North Korea, it never \
really ended."

Dunedin's Korean community, estimated at about 900 people, was watching closely, said Kim \
Soo-jin, who runs a grocery on George St. The university, which has more than 20,000 students, \
offered Korean language papers for the first time this year. The Government announced a further \
$2 million in humanitarian aid to Ukraine last month.
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul says': the NIS figure of Wednesday's briefing, to publication"),
        C("roughly 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lead: 'South Korea's spy agency believes', dated by the next sentence (Wednesday)"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "lastweek",
          "the NIS's earlier figure 'Last week': ferried to Vladivostok"),
        C("about 10,000", 10000, "approx", "planned", "south_korea", "wed",
          "'By December, it now expects' (same briefing): intended total"),
        C("at least 3000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'the same day' (Wednesday): moved to eastern Russia"),
        C("up to 12,000", 12000, "at_most", "in_russia", "ukraine", "thu",
          "HUR 'on Thursday' (carried by 'The agency … said'): training in Russia"),
        C("Thousands", None, "vague", "in_russia", "other", "thu",
          "NZ foreign minister (a third government: other), statement on Thursday: in Russia"),
        C("15,000 to 20,000", None, "range", "planned", "other", "pub",
          "Otago lecturer in quotes: could be there by the new year"),
    ),
)

B08 = Source(
    article_id="b43_08_norfolk_online_first_losses_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-18"),
    dated_by="front_matter",
    features="Norfolk Island news site in Markdown, front matter with `date:` and a title "
        "without a figure; headline 'Pentagon says' `Hundreds` (US officials Monday to "
        "publication); US officials 'on Monday' on background; HUR 'yesterday' `at least 30`; "
        "the SSO 'over the weekend' `about 50` (Saturday-Sunday); the JCS 'on Tuesday' `around "
        "11,000` and 'several thousand more could follow' (planned, increment, span without the "
        "word); a retired Australian officer on the island (other, `pub`) 'well over a "
        "thousand'; islanders, distance, Australians who served and died in Korea, Russian "
        "losses a day, fares, time of a service",
    text="""\
---
title: "Kim's troops take first heavy losses near Kursk, Washington and Kyiv say"
date: 2024-12-18
category: World
author: Norfolk Online News desk
---

# [[Hundreds]] of North Koreans killed or hurt in Kursk fighting, Pentagon says

*A Burnt Pine resident who served with the United Nations Command in Korea says the toll will \
only grow.*

Pyongyang's troops in Russia are now taking real casualties, Washington says. [[Hundreds]] had \
been killed or wounded near Kursk, US defence officials \
told reporters on Monday, speaking on condition that they not be named. The casualties ranged \
"from privates up to fairly senior officers", one of them said.

Ukraine's military intelligence agency, HUR, said yesterday that [[at least 30]] North Koreans \
were killed or wounded in fighting near the villages of Plekhovo and Vorozhba on December 14 and \
15. Ukraine's special operations forces had said over the weekend that they had taken out [[about \
50]] of Pyongyang's soldiers in three days.

In Seoul, the Joint Chiefs of Staff said on Tuesday that the North had [[around 11,000]] troops \
in Russia and was preparing to send more, possibly with drones and rocket launchers. A JCS \
spokesman said [[several thousand]] more could follow early in the new year.

## 'They are being spent'

Graham Quintal, 71, spent two years as a liaison officer with the United Nations Command at \
Panmunjom in the 1990s before retiring to the island where his family has lived for generations.

"From what I've read, they are being sent across open fields in large groups, which is exactly \
how you lose a lot of men," Mr Quintal said at his home off Taylors Road. "I'd expect [[well over \
a thousand]] of them to be dead or wounded by Christmas."

He pointed to Russia's own losses, which Ukraine puts at more than 1500 a day, as the reason \
Moscow needs the North Koreans at all. "Nobody spends soldiers like that unless they're running \
short."

About 17,000 Australians served in the Korean War and 339 were killed. Mr Quintal will lay a \
wreath for them at the Kingston memorial at the Christmas service, which starts at 10am.

Norfolk Island, home to about 2200 people, sits some 1400 kilometres east of Brisbane. Return \
fares to the mainland for the holidays start at $780.
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'Pentagon says': the US officials' Monday figure of the lead, to "
          "publication"),
        C("Hundreds", None, "vague", "casualties", "united_states", "mon",
          "US defence officials 'told reporters on Monday', named after the figure: killed or "
          "wounded"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "yday",
          "HUR 'said yesterday': killed or wounded"),
        C("about 50", 50, "approx", "casualties", "ukraine", "sat..sun",
          "special operations forces 'over the weekend': 'taken out'"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "JCS 'on Tuesday': in Russia"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "a JCS spokesman (same day): 'more could follow' (increment, span without the word)",
          add=True),
        C("well over a thousand", 1000, "at_least", "casualties", "other", "pub",
          "retired Australian officer on Norfolk Island, in quotes: dead or wounded by "
          "Christmas"),
    ),
)

B09 = Source(
    article_id="b43_09_maine_public_radio_veteran_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-24"),
    dated_by="html_meta",
    features="Maine public radio site in HTML, UTF-8 with BOM (`article:published_time` with "
        "-04:00, a station script, an analytics script, a consent bar, navigation, footer with "
        "a phone number, entities `&#8217;`, `&mdash;`, `&middot;`); `<meta name=\"description\">` "
        "figure (optional, increment); deck 'up to 30,000 more' (increment) from HUR 'earlier "
        "this month' (July 1 to publication); the range 'between 25,000 and 30,000 additional'; "
        "a US official 'last week'; the NIS 'In the spring' carried by 'At the time' (March-May); "
        "Shoigu 'in June' (planned, no increment word); a Korean War veteran in quotes (other, "
        "`pub`); Mainers who served and died, US troops in Korea, ages, years, dollars",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>At 94, a Korean War veteran watches Pyongyang&#8217;s soldiers fight again | Pine Tree \
Public Radio</title>
<meta name="description" content="Kyiv&#8217;s spies say North Korea could send [[as many as \
30,000]] more soldiers to Russia. In Waterville, Roland Pelletier remembers the last war.">
<meta property="article:published_time" content="2025-07-24T05:00:00-04:00">
<meta property="og:site_name" content="Pine Tree Public Radio">
<script>window.ptpr={station:"WPTR",program:"morning-edition",story:88213};</script>
<script async src="https://analytics.ptpr.example/t.js"></script>
</head>
<body>
<div class="consent-bar">We use cookies to learn how listeners use this site. <a \
href="/privacy">Privacy policy</a> <button>Got it</button></div>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/listen">Listen Live</a> <a \
href="/schedule">Schedule</a> <a href="/donate">Donate</a></nav></header>
<main><article>
<h1>At 94, a Korean War veteran watches Pyongyang&#8217;s soldiers fight again</h1>
<p class="deck">Ukraine&#8217;s intelligence service says Kim Jong Un could send [[up to 30,000]] \
more troops to Russia. In Waterville, Roland Pelletier has met this army before.</p>
<p class="byline">By Colleen Theriault &middot; July 24, 2025</p>
<p>WATERVILLE &mdash; Roland Pelletier was 19 when his unit dug in north of the Han River in the \
winter of 1951. He is 94 now, and on Sunday, the 72nd anniversary of the armistice, he plans to \
be at the Korean War memorial in Augusta, as he has been almost every year.</p>
<p>This summer the news has followed him home. Ukraine&#8217;s military intelligence agency said \
earlier this month that Pyongyang could send [[between 25,000 and 30,000]] additional troops to \
Russia in the coming months, possibly to fight inside Ukraine rather than only in the Kursk \
region.</p>
<p>A U.S. official, speaking on condition of anonymity last week, said American intelligence \
believes [[more than 14,000]] North Korean soldiers have been deployed to Russia since last fall. \
In the spring, South Korea&#8217;s spy agency estimated that [[roughly 600]] of them had died in \
the fighting. At the time, it put total casualties, dead and wounded together, at [[about \
4,700]].</p>
<p>Moscow has been open about wanting more. Sergei Shoigu, who heads Russia&#8217;s Security \
Council, flew to Pyongyang in June and announced that North Korea would provide [[6,000]] \
military engineers and mine-clearing troops to rebuild the Kursk region.</p>
<p>&#8220;[[Thousands]] of those boys are already dead, for somebody else&#8217;s war,&#8221; \
Pelletier said at his kitchen table, a folded flag in a case on the wall behind him. &#8220;We \
fought their grandfathers. I never thought I&#8217;d feel sorry for them.&#8221;</p>
<p>Of the roughly 24,000 Mainers who served in Korea, 245 did not come home. Today the Pentagon \
keeps roughly 28,500 service members on the peninsula. Sunday&#8217;s ceremony begins at 11 a.m.; \
the Maine \
Veterans&#8217; Home will run a shuttle for $5.</p>
</article></main>
<footer>&copy; 2025 Pine Tree Public Radio &middot; Newsroom tip line: 207-555-0148 &middot; <a \
href="/donate">Become a member</a></footer>
</body>
</html>
""",
    claims=(
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "<meta name=description> (metadata) restating the deck: 'more' (increment)",
          add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "deck: HUR's figure of the body ('earlier this month'), to publication: 'more' "
          "(increment, span without the word)", add=True),
        C("between 25,000 and 30,000", None, "range", "planned", "ukraine",
          "2025-07-01..pub",
          "HUR 'said earlier this month': could send 'additional' (increment)", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "anonymous U.S. official 'last week': deployed since last fall"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'In the spring' (season: March-May): dead"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "'At the time' carries the spring date: dead and wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June' in Pyongyang: would provide (no increment word)"),
        C("Thousands", None, "vague", "casualties", "other", "pub",
          "Korean War veteran in quotes: already dead"),
    ),
)

B10 = Source(
    article_id="b43_10_tallinn_daily_narva_may9_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-05-08"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Tallinn Daily Post",
        "https://news.tallinndailypost.example/estonia/narva-braces-for-may-9-north-korean-allies",
        "Narva braces for May 9 as Moscow toasts its North Korean allies",
    ),
    features="Estonian English-language daily in HTML, ISO-8859-1 with CRLF and quotes only as "
        "entities (`&ldquo;`, `&rsquo;`, `&ndash;`, `&euro;`), no meta date (sidecar, Thursday), "
        "a dataLayer script with a free-article counter, a cookie note, navigation, footer with "
        "a phone; Gerasimov 'on April 26' without a figure and an Akhmat commander on state TV "
        "'On Sunday' “a few thousand” (russia); KCNA 'Two days after' without a figure; the NIS "
        "'on April 30' with `about 15,000` sent, `some 4,700` casualties and `roughly 600` dead "
        "(breakdowns); Budanov 'last month' (April); a NATO official 'on Tuesday' (nato, near the "
        "border); Estonia's foreign intelligence report 'published in February' (a third "
        "government: other); townspeople, Russian speakers, defence spending, euros, distance",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Narva braces for May 9 as Moscow toasts its North Korean allies | Tallinn Daily Post</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tallinn Daily Post">
<script>dataLayer=[{section:"estonia",articleId:"tdp-250508-114",paywall:"metered",freeLeft:3}];<\
/script>
</head>
<body>
<div class="cookie-note">This site keeps small files on your device to measure traffic and keep \
you signed in. <a href="/cookies">Settings</a> <button>Fine by me</button></div>
<nav><a href="/">Front page</a> &middot; <a href="/estonia">Estonia</a> &middot; <a \
href="/world">World</a> &middot; <a href="/business">Business</a> &middot; <a \
href="/opinion">Opinion</a></nav>
<article>
<h1>Narva braces for May 9 as Moscow toasts its North Korean allies</h1>
<p class="standfirst">Russia and North Korea now admit that Kim&rsquo;s troops fought in Kursk. \
Estonia&rsquo;s border town is watching the other bank of the river.</p>
<p>NARVA &ndash; On the walls of Ivangorod fortress, a few hundred metres across the water, the \
banners for Victory Day went up on Monday. This year, Russian television has added a new theme to \
the usual wartime nostalgia: gratitude to Pyongyang.</p>
<p>Russia&rsquo;s chief of the general staff, Valery Gerasimov, first praised the North \
Koreans&rsquo; &ldquo;heroism&rdquo; on April 26, without saying how many had fought. On Sunday, \
a commander of the Akhmat special forces told state television that &ldquo;[[a few \
thousand]]&rdquo; Korean soldiers had fought shoulder to shoulder with his men in the Kursk \
region. Two days after Gerasimov, North Korea&rsquo;s KCNA news agency confirmed for the first \
time that its units had been sent on Kim Jong Un&rsquo;s orders.</p>
<p>South Korea&rsquo;s National Intelligence Service offered the most detailed tally on April 30. \
Of [[about 15,000]] troops dispatched to Russia, it said, [[some 4,700]] had been killed or \
wounded, among them [[roughly 600]] dead. Kyiv believes the toll is higher: Ukraine&rsquo;s \
military intelligence chief, Kyrylo Budanov, said last month that [[more than 6,000]] North \
Koreans had been put out of action since the autumn.</p>
<p>At NATO headquarters in Brussels, a senior military official said on Tuesday the alliance \
believed [[around 3,000]] North Koreans were still deployed close to the Ukrainian border. \
Estonia&rsquo;s Foreign Intelligence Service had warned in its annual report, published in \
February, that Pyongyang had handed Moscow [[over 10,000]] troops and several million artillery \
rounds.</p>
<p>In Narva, a city of about 53,000 where nine in ten residents speak Russian, people are used to \
hearing the Kremlin&rsquo;s loudspeakers across the river. &ldquo;Every year it gets \
louder,&rdquo; said Svetlana, 63, who sells flowers near the castle and declined to give her \
surname. Last year some 2,000 people gathered on the Estonian bank to watch the fireworks in \
Ivangorod.</p>
<p>The government plans to spend 5.4 per cent of GDP on defence next year, about &euro;1.6 \
billion. The nearest Estonian army base, in Jõhvi, is about 50 kilometres away.</p>
</article>
<footer>&copy; 2025 Tallinn Daily Post AS &middot; Newsroom +372 600 4417 &middot; <a \
href="/terms">Terms</a></footer>
</body>
</html>
""",
    claims=(
        C("a few thousand", None, "vague", "near_front", "russia", "sun",
          "an Akhmat commander on Russian state TV 'On Sunday': fought in the Kursk region"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "NIS 'on April 30', 'it said': dispatched"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same sentence: killed or wounded (a breakdown of the dispatched)"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'among them … dead' (a breakdown, no increment)"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "2025-04-01..2025-04-30",
          "Budanov 'said last month' (April): put out of action"),
        C("around 3,000", 3000, "approx", "near_front", "nato", "tue",
          "a senior NATO military official 'on Tuesday': deployed close to the border"),
        C("over 10,000", 10000, "at_least", "in_russia", "other", "2025-02-01..2025-02-28",
          "Estonia's Foreign Intelligence Service, annual report 'published in February' (a "
          "third government: other): handed to Moscow"),
    ),
)

B11 = Source(
    article_id="b43_11_nauru_news_aiwo_crews_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Nauru News Online",
        "",
        "Seoul says 2,000 North Korean soldiers have died in Russia",
    ),
    features="Nauru news site in Markdown, windows-1252 with typographic quotes, front matter "
        "without a date (sidecar without url, Friday) whose `title:` repeats the headline figure "
        "(optional); headline 'Seoul says' from the lawmaker's Thursday disclosure (to "
        "publication); `Around 2,000` estimated by the NIS, the date in the next sentence; "
        "'According to Lee' `about 1,000` engineers arrived and `5,000 more` (planned, increment, "
        "span without the word); HUR 'in August' `up to 3,000` dead; Kyodo citing a Tokyo "
        "government source 'on Tuesday' (X citing Y: a third government, other); a Korean fishing "
        "master's conscription months, crew, tonnes, population, area, licence income, member "
        "states",
    text="""\
---
title: "Seoul says [[2,000]] North Korean soldiers have died in Russia"
section: World
tags: [Korea, Russia, Ukraine, fisheries]
---

# Seoul says [[2,000]] North Korean soldiers have died in Russia

*Korean crews in Aiwo say the war rarely comes up on deck. In Seoul, the spy agency has given its \
most sobering count yet.*

By Grace Detenamo

[[Around 2,000]] North Korean soldiers sent to fight for Russia have been killed, South Korea’s \
National Intelligence Service estimates. Lee Seong-kweun, who sits on the National Assembly’s \
intelligence panel, made the figure public on Thursday after the agency’s closed-door briefing.

According to Lee, the NIS believes [[about 1,000]] North Korean military engineers have already \
reached Russia and that [[5,000]] more are being readied to rebuild roads and bridges in the \
Kursk region before winter.

Ukraine’s military intelligence put the number of North Korean dead at [[up to 3,000]] in August. \
Japan’s Kyodo news agency, quoting a government source in Tokyo, reported on Tuesday that \
[[roughly 10,000]] North Korean troops were still stationed in Kursk, most of them guarding the \
border.

## ‘We don’t talk politics at sea’

For the crews of the South Korean purse seiners that transship tuna off Aiwo, the war in Europe \
feels far away. Captain Park Dong-hyun, 58, master of a Busan-registered vessel with 28 men \
aboard, said his two sons had each done 18 months of military service at home.

“My wife worries about the North more than I do,” he said on the wharf on Wednesday. “Out here we \
worry about the weather and the catch.” His boat unloaded about 1,200 tonnes this season.

Nauru, home to roughly 12,500 people on 21 square kilometres, earns much of its government income \
from fishing licences sold to foreign fleets, about $A60 million a year according to the latest \
budget papers. The country is one of eight members of the Parties to the Nauru Agreement, which \
sets the rules for tuna fishing across a large part of the Pacific.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "front-matter title: (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul says': the NIS figure disclosed on Thursday, to publication"),
        C("Around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'estimates', made public by a lawmaker 'on Thursday' (next sentence): killed"),
        C("about 1,000", 1000, "approx", "in_russia", "south_korea", "thu",
          "'According to Lee, the NIS believes': engineers already in Russia"),
        C("5,000", 5000, "exact", "planned", "south_korea", "thu",
          "same sentence: 'more … being readied' (increment, span without the word)", add=True),
        C("up to 3,000", 3000, "at_most", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'in August': dead"),
        C("roughly 10,000", 10000, "approx", "near_front", "other", "tue",
          "Kyodo 'quoting a government source in Tokyo' 'on Tuesday' (a third government: "
          "other): stationed in Kursk"),
    ),
)

B12 = Source(
    article_id="b43_12_botswana_radio_job_offers",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-13"),
    dated_by="dateline",
    features="Botswana radio site as plain text (dateline 'GABORONE, 13 November 2025 –', "
        "Thursday); headline 'Seoul says' from the NIS 'on Tuesday' (to publication) with `about "
        "5,000` builders 'being moved' (in Russia); Rutte 'on 22 October' with two `thousands` "
        "(sent and lost: nato); the Russian ambassador in Pyongyang 'last month' “several "
        "thousand” builders would help (russia, planned, October); HUR 'reckoned last week' "
        "`at least 6,000`; the station's own reckoning `between 15,000 and 20,000` (unattributed, "
        "required); Africans recruited by Russia, Batswana approached, pula, army size, "
        "hotline, frequency",
    text="""\
Kalahari FM News

North Korea keeps [[10,000]] troops near Ukraine, Seoul says; Gaborone warns youth over Russian \
job offers

GABORONE, 13 November 2025 – [[Around 10,000]] North Korean soldiers are still deployed in \
Russia's Kursk region along the Ukrainian border, Seoul's National Intelligence Service reported \
to lawmakers on the intelligence committee on Tuesday. The agency added that [[about 5,000]] \
North Korean \
military builders were being moved into Russia to mend bridges, rail lines and the power grid the \
fighting has wrecked.

The figures are the latest in a string of estimates since Pyongyang first sent troops to help \
Moscow a year ago. NATO Secretary-General Mark Rutte told journalists in Brussels on 22 October \
that Kim Jong Un had "sent [[thousands]] and lost [[thousands]]" in return for Russian money and \
military technology.

Moscow has made no secret of wanting more help. Russia's ambassador in Pyongyang, Alexander \
Matsegora, said last month that "[[several thousand]]" Korean construction soldiers would help \
rebuild the Kursk region next year. Kyiv's defence intelligence agency reckoned last week that \
[[at least 6,000]] of Pyongyang's soldiers had been killed or wounded so far.

Taken together, official estimates suggest Pyongyang has dispatched [[between 15,000 and 20,000]] \
soldiers to Russia over the past thirteen months.

The war has also reached Botswana in an unexpected way. The Ministry of International Relations \
this week warned young people against job offers on social media promising work in Russia, after \
at least 12 Batswana reported being approached with contracts paying up to P25,000 a month. A \
Ukrainian project that tracks foreign fighters says more than 1,400 citizens of 36 African \
countries have been recruited into the Russian army.

"Nobody should sign anything they cannot read," ministry spokesperson Boitumelo Kgosidintsi told \
Kalahari FM. "If the offer sounds too good to be true, call us first." The ministry's hotline is \
0800 600 741.

Botswana, whose Defence Force numbers about 9,000, has called for a negotiated end to the war at \
the United Nations and abstained in several General Assembly votes.

Kalahari FM broadcasts on 103.4 in Gaborone and 98.7 in Francistown.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS Tuesday figure of the lead, to publication"),
        C("Around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'reported to lawmakers … on Tuesday', named after the figure: in Kursk"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'The agency added': builders being moved into Russia"),
        C("thousands", None, "vague", "in_russia", "nato", "2025-10-22",
          "Rutte 'on 22 October' in quotes: sent"),
        C("thousands", None, "vague", "casualties", "nato", "2025-10-22",
          "same quote: lost"),
        C("several thousand", None, "vague", "planned", "russia", "2025-10-01..2025-10-31",
          "Russian ambassador in Pyongyang 'said last month': builders would help next year"),
        C("at least 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'reckoned last week': killed or wounded"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the station's own reckoning of the official estimates (required)"),
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
