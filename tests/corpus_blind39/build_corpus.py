"""Build the THIRTY-NINTH BLIND hand-labelled corpus (`python build_corpus.py`).

The forty-first corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Göttingen daily, a
Franconian local radio station's web text, a Mühlviertel weekly (Austrian), a Zug paper (Swiss),
an engineering association's member magazine and a Wuppertal city blog; a Tasmanian daily, a
Falkland Islands news site, a Kansas public radio site, a Cypriot English-language daily, a
Vanuatu news site and a Liberian daily. Same file format, marker syntax and labelling conventions
as the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind39_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

Q01 = Source(
    article_id="q39_01_goettingen_klinikum_ankunft",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Göttinger Landbote",
        "https://www.goettinger-landbote.example/politik/nordkoreas-soldaten-seoul-zaehlt-3000-"
        "mann-id88213.html",
        "Nordkoreas Soldaten in Russland: Seoul zählt schon 3000 Mann",
    ),
    features="Göttingen daily, plain text (sidecar, Thursday) with a local doctor from Kharkiv; "
        "headline from the lead's NIS figure ('am Mittwoch', carried to Konjunktiv sentences); "
        "the first `1500` reported 'Mitte Oktober' and `1500` 'weitere' (increment, span "
        "without the word); intended total 'bis Dezember'; the White House 'Wenige Stunden "
        "später' with `mindestens 3000`; HUR 'vor gut einer Woche' with a breakdown of officers; "
        "ages, years, kilometres, refugees in the city, Russian losses a day, a phone number",
    text="""\
Nordkoreas Soldaten in Russland: Seoul zählt schon [[3000]] Mann

Eine Göttinger Ärztin aus Charkiw verfolgt die Nachrichten zwischen zwei Schichten. „Jetzt kommt \
auch noch Kims Armee dazu“, sagt sie.

Von Henrike Brandes

Göttingen. Die Eilmeldung erreichte Olena Kowalenko am Mittwochabend im Aufenthaltsraum der \
Notaufnahme. Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes NIS inzwischen \
[[rund 3000]] Soldaten nach Russland verlegt. „Ich habe das dreimal gelesen, bevor ich es \
geglaubt habe“, erzählt die 38-Jährige, die vor zweieinhalb Jahren mit ihrer Tochter nach \
Göttingen kam und seit dem Frühjahr am Universitätsklinikum arbeitet.

Die Zahl stammt aus einer vertraulichen Sitzung des Geheimdienstausschusses im Parlament in Seoul \
am Mittwoch. Der Abgeordnete Park Sun-won gab die Einschätzung des Dienstes anschließend an \
Journalisten weiter: Zu den [[1500]] Mann, die der NIS schon Mitte Oktober gemeldet hatte, seien \
inzwischen [[1500]] weitere hinzugekommen. Bis Dezember werde Machthaber Kim Jong Un \
voraussichtlich insgesamt [[rund 10.000]] Soldaten nach Russland schicken. Derzeit würden die \
Männer in Lagern im Fernen Osten an russischen Waffen und an Drohnen ausgebildet.

Auch Washington spricht inzwischen offen über die Verlegung. Pentagon-Chef Lloyd Austin sprach am \
Mittwoch während einer Italienreise von „Beweisen“ für nordkoreanische Truppen in Russland. \
Wenige Stunden später wurde das Weiße Haus konkreter: Zwischen Anfang und Mitte Oktober habe \
Pjöngjang [[mindestens 3000]] Soldaten per Schiff nach Wladiwostok gebracht, erklärte \
Sicherheitssprecher John Kirby.

In Kiew hält man solche Angaben für zu niedrig. Der ukrainische Militärgeheimdienst HUR hatte \
bereits vor gut einer Woche von [[12.000]] Nordkoreanern berichtet, die in Russland für den \
Einsatz vorbereitet würden, unter ihnen [[500]] Offiziere. Der Kreml nennt all das eine Erfindung \
westlicher Medien.

Für Kowalenko ist das keine abstrakte Frage. Ihre Eltern leben in einem Vorort von Charkiw, gut \
40 Kilometer von der russischen Grenze entfernt. „Mein Vater sagt am Telefon, nachts hört man die \
Gleitbomben“, erzählt sie. Russland verliert nach ukrainischen Angaben derzeit jeden Tag mehr als \
1.200 Soldaten an Toten und Verletzten, trotzdem rücke die Armee im Osten weiter vor.

In Göttingen leben nach Zahlen der Stadtverwaltung gut 2.300 Geflüchtete aus der Ukraine. Viele \
von ihnen, sagt Kowalenko, hätten die Meldung aus Seoul am Mittwoch in ihren Chatgruppen geteilt. \
„Wir haben uns gefragt, wie viele Fronten es eigentlich noch geben soll.“

Der Verein „Ukrainisches Haus Göttingen“ lädt am Samstag um 15 Uhr zu einem Gesprächsabend in die \
Johanniskirche ein. Anmeldung unter 0551 / 4973-210.
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline: the NIS figure of the lead (Wednesday to publication)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS via the intelligence committee, dated by the next paragraph ('am Mittwoch')"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..wed",
          "the first group the NIS had reported 'schon Mitte Oktober', recalled on Wednesday"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "wed",
          "'1500 weitere hinzugekommen' (increment; span without the word)", add=True),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "Konjunktiv carried from Park's relay: 'Bis Dezember … insgesamt' (intended total)"),
        C("mindestens 3000", 3000, "at_least", "in_russia", "united_states", "wed..pub",
          "White House (Kirby) 'Wenige Stunden später' than Austin's Wednesday remark: shipped"),
        C("12.000", 12000, "exact", "in_russia", "ukraine", "2024-10-10..2024-10-18",
          "HUR 'vor gut einer Woche' (about a week before the Thursday article)"),
        C("500", 500, "exact", "in_russia", "ukraine", "2024-10-10..2024-10-18",
          "'unter ihnen 500 Offiziere' (a breakdown of the HUR figure, no increment)"),
    ),
)

Q02 = Source(
    article_id="q39_02_radio_regnitzwelle_verluste_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-20"),
    dated_by="html_meta",
    features="Franconian local radio station's web text in HTML (`article:published_time` "
        "+01:00, a 'Stand' line with the numeric date, a cookie note, a stream script with a "
        "bitrate and an ad slot, navigation with a speed-camera page, a studio hotline in the "
        "footer); `<title>` figure (optional); h1 `Mindestens 100` (at_least) from the NIS lead "
        "dated by the next sentence ('am Donnerstag'); 'Rund 1.000 weitere' wounded (others, not "
        "an increment); the Pentagon 'Schon am Montag' „mehreren Hundert“; the SSO 'am "
        "Wochenende' (two figures); Rutte 'am Mittwoch' carried by 'Nach Erkenntnissen des "
        "Bündnisses'; an Erlangen doctoral student; FM frequency, age, Koreans in the region, "
        "Russian losses",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul: [[100]] Nordkoreaner bei Kursk getötet | Radio Regnitzwelle</title>
<meta property="article:published_time" content="2024-12-20T11:25:00+01:00">
<meta property="og:site_name" content="Radio Regnitzwelle">
<script>var rw = {stream: "https://stream.regnitzwelle.example/live.mp3", bitrate: 128, adslot: \
"rw-300x250"};</script>
</head>
<body>
<div class="cookie-hinweis">Für Webradio, Reichweitenmessung und Werbung setzen wir Cookies ein. \
Alles Weitere regelt unsere <a href="/datenschutz">Datenschutzseite</a>. <button>Alle \
zulassen</button> <button>Nur Webradio</button></div>
<header><a href="/">Radio Regnitzwelle</a> &middot; UKW 94,6 &middot; <a href="/live">Jetzt live \
hören</a></header>
<nav><a href="/nachrichten">Nachrichten</a> <a href="/region">Region</a> <a \
href="/blitzer">Blitzer</a> <a href="/verkehr">Verkehr</a> <a \
href="/gewinnspiel">Gewinnspiel</a></nav>
<main><article>
<h1>Geheimdienst: [[Mindestens 100]] Nordkoreaner im Krieg gegen die Ukraine getötet</h1>
<p class="stand">Stand: 20.12.2024, 11:25 Uhr</p>
<p>Bamberg/Seoul &ndash; Zum ersten Mal gibt es belastbare Hinweise auf Verluste unter den \
nordkoreanischen Soldaten, die für Russland kämpfen. Der südkoreanische Geheimdienst NIS geht \
davon aus, dass [[etwa 100]] von ihnen im Gebiet Kursk getötet wurden. [[Rund 1.000]] weitere \
seien verletzt worden. So schilderte es der Abgeordnete Lee Seong-kweun am Donnerstag, nachdem \
der Geheimdienstausschuss in Seoul getagt hatte.</p>
<p>Demnach hat Pjöngjang [[etwa 11.000]] Soldaten nach Russland geschickt. Ein Teil von ihnen \
werde auch in vorderster Linie eingesetzt, obwohl die Männer mit Drohnen und dem offenen Gelände \
kaum vertraut seien, hieß es.</p>
<p>Schon am Montag hatte das Pentagon von &bdquo;[[mehreren Hundert]]&ldquo; toten und verletzten \
Nordkoreanern gesprochen. Die ukrainischen Spezialkräfte SSO meldeten ihrerseits am Wochenende, \
bei Gefechten in der Region Kursk seien [[50]] nordkoreanische Soldaten getötet und [[47]] \
verwundet worden.</p>
<p>NATO-Generalsekretär Mark Rutte sprach am Mittwoch in Brüssel von einer &bdquo;gefährlichen \
Ausweitung&ldquo; des Krieges. Nach Erkenntnissen des Bündnisses kämpfen inzwischen [[mehr als \
10.000]] Nordkoreaner an der Seite der russischen Truppen.</p>
<h2>&bdquo;Viele in Korea haben Angst&ldquo;</h2>
<p>In Franken verfolgt Min-ji Seo die Nachrichten genau. Die 29-Jährige stammt aus Busan und \
schreibt an der Universität Erlangen-Nürnberg ihre Doktorarbeit in Werkstoffwissenschaften. \
&bdquo;Viele in Südkorea fürchten, dass Kim als Gegenleistung Raketentechnik aus Moskau \
bekommt&ldquo;, sagt sie. In der Metropolregion leben nach Schätzung der koreanischen Gemeinde \
rund 400 Koreanerinnen und Koreaner.</p>
<p>Russland selbst verliert nach Angaben des ukrainischen Generalstabs an manchen Tagen mehr als \
1.500 Soldaten. Moskau hat den Einsatz nordkoreanischer Truppen bislang nicht bestätigt.</p>
</article></main>
<footer>&copy; 2024 Radio Regnitzwelle GmbH &amp; Co. KG &middot; Studio-Hotline 0951 / 30 30 946 \
&middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the NIS figure", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "h1 'Geheimdienst:': the NIS figure of the lead (Thursday to publication)"),
        C("etwa 100", 100, "approx", "casualties", "south_korea", "thu",
          "NIS 'geht davon aus', dated by the paragraph's last sentence ('am Donnerstag')"),
        C("Rund 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'weitere seien verletzt' = the others of the same event, not an increment"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Demnach' carries the NIS briefing: sent to Russia"),
        C("mehreren Hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon 'Schon am Montag' „…“: killed and wounded"),
        C("50", 50, "exact", "casualties", "ukraine", "2024-12-14..2024-12-15",
          "SSO 'am Wochenende': killed"),
        C("47", 47, "exact", "casualties", "ukraine", "2024-12-14..2024-12-15",
          "same SSO report: wounded"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "wed",
          "'Nach Erkenntnissen des Bündnisses' after Rutte 'am Mittwoch': fighting"),
    ),
)

Q03 = Source(
    article_id="q39_03_muehlviertel_bezirksbote_gefangene_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-01-16"),
    dated_by="front_matter", crlf=True,
    features="Mühlviertel weekly in Markdown with CRLF (Austrian: 'Jänner', 'heuer'; front "
        "matter with `date:` and a title figure, optional); h1 `Zwei` (number word) from "
        "Zelensky's Saturday announcement; 'am Samstag, dem 11. Jänner'; ages of the prisoners; "
        "Zelensky 'Anfang Jänner' `3.800`; NIS 'am Montag' with `rund 300` killed and `2.700` "
        "wounded; the US 'Ende Dezember' 'in einer einzigen Woche'; a colonel at the national "
        "defence academy (other) with `bis zu 12.000` and 'noch einmal' „mehrere Tausend“ "
        "(increment); a Red Cross volunteer from Rohrbach: parcels, tonnes, kilometres, "
        "temperature, district population",
    text="""\
---
title: "[[Zwei]] Nordkoreaner in Gefangenschaft: Eine Rohrbacherin erzählt von der Front"
date: 2025-01-16
ausgabe: "Bezirksbote Rohrbach, KW 3"
autorin: "Johanna Pichler"
---

# [[Zwei]] Gefangene aus Nordkorea – und eine Rohrbacherin, die das Grenzgebiet kennt

**Theresia Hofer war viermal mit Hilfsgütern in der Ukraine. Die Nachricht aus Kursk überrascht \
sie nicht.**

Rohrbach-Berg. Als die Meldung von den gefangenen Nordkoreanern am Wochenende die Runde machte, \
stand Theresia Hofer gerade auf der Eisbahn in Haslach. „Ein Bekannter hat mir das Handy \
hingehalten“, erzählt die pensionierte Volksschullehrerin. Seit 2022 ist sie viermal mit \
Hilfstransporten des Roten Kreuzes in die Ukraine gefahren, zuletzt kurz vor Weihnachten nach \
Sumy, keine 30 Kilometer von der russischen Grenze.

Präsident Wolodymyr Selenskyj hatte am Samstag, dem 11. Jänner, Fotos von [[zwei]] verletzten \
Soldaten veröffentlicht, die im Gebiet Kursk in ukrainische Hände gefallen waren. Die beiden \
Männer seien 20 und 26 Jahre alt, einer habe einen gefälschten russischen Ausweis bei sich \
gehabt, teilte später der Geheimdienst SBU mit. Selenskyj bot an, sie an Kim Jong Un zu übergeben \
– wenn Pjöngjang dafür ukrainische Kriegsgefangene aus Russland freibekommt.

## Wie viele sind gefallen?

Über die Verluste der Nordkoreaner gehen die Angaben weit auseinander. Selenskyj selbst hatte \
Anfang Jänner von [[3.800]] Getöteten und Verwundeten gesprochen. Südkoreas Geheimdienst NIS kam \
am Montag auf deutlich weniger: Demnach sind [[rund 300]] Nordkoreaner gefallen und [[2.700]] \
verwundet worden. Die US-Regierung wiederum hatte Ende Dezember erklärt, in einer einzigen Woche \
seien [[mehr als 1.000]] nordkoreanische Soldaten getötet oder verletzt worden.

Oberst Gerald Aigner, der an der Landesverteidigungsakademie in Wien unterrichtet, hält alle drei \
Zählungen für denkbar. „Das hängt davon ab, wer was mitzählt“, sagt er. Insgesamt habe Pjöngjang \
nach seiner Einschätzung [[bis zu 12.000]] Mann nach Russland gebracht. Dass Kim heuer noch \
einmal „[[mehrere Tausend]]“ nachschicke, hält der Offizier für wahrscheinlich, sobald die \
Verluste zu groß würden.

## Pakete für Sumy

Hofer interessieren die Zahlen weniger als die Menschen. Beim letzten Transport hatten die \
Rotkreuz-Ortsstellen im Bezirk 1.400 Pakete gepackt, insgesamt fast 14 Tonnen, die Fahrt über \
Polen war 2.100 Kilometer lang. In Sumy hatte es minus acht Grad, der Strom fiel täglich für \
Stunden aus.

„Die Leute dort haben gesagt: Jetzt kämpfen schon Koreaner gegen uns, wer kommt als Nächstes?“, \
erzählt Hofer. Im Feber will sie wieder fahren. Wer spenden möchte: Die Sammelstelle im \
Rotkreuz-Haus Rohrbach hat dienstags und freitags von 8 bis 12 Uhr geöffnet. Der Bezirk mit \
seinen rund 56.000 Einwohnern hat bisher mehr als 90 Familien aus der Ukraine aufgenommen.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "front-matter title (metadata) restating the h1", opt=True),
        C("Zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "h1: Zelensky's Saturday announcement of the body (11 January to publication): captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'am Samstag, dem 11. Jänner': captured (number word)"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Jänner': killed and wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag', carried by 'Demnach': killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same NIS figure: wounded (not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "US government 'Ende Dezember': in a single week"),
        C("bis zu 12.000", 12000, "at_most", "in_russia", "other", "pub",
          "Austrian defence academy colonel (other), undated: brought to Russia"),
        C("mehrere Tausend", None, "vague", "planned", "other", "pub",
          "same colonel: 'heuer noch einmal … nachschicke' (increment)", add=True),
    ),
)

Q04 = Source(
    article_id="q39_04_zug_landbote_nachschub",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-28"),
    dated_by="dateline", crlf=True,
    features="Zug paper, plain text in windows-1252 with CRLF (Swiss: `11'000`, «», no ß; "
        "dated by the line 'Zuger Landbote · Ausland / 28. März 2025, 05.45 Uhr'); headline "
        "`3000` 'Nachschub' (increment) from the JCS lead 'am Donnerstag' with 'schätzungsweise "
        "… zusätzliche'; `um die 11'000` via Yonhap 'unter Berufung auf Militärkreise' (X citing "
        "Y); the US State Department 'Mitte Monat' `über 4000`; Budanov 'am Sonntag' with the "
        "source at the end of the paragraph; a Lucerne security expert (other) with the range "
        "«noch einmal 10'000 bis 15'000» (increment); commodity traders in Zug, sanctions "
        "listings, army size, hourly fees, tax rate",
    text="""\
Kim schickt [[3000]] Mann Nachschub nach Russland

Seoul meldet neue Truppenverlegungen Nordkoreas. In Zug fragen sich Rohstoffhändler, was die \
nächste Sanktionsrunde bringt.

Zuger Landbote · Ausland
28. März 2025, 05.45 Uhr

Nordkorea hat seit Jahresbeginn [[schätzungsweise 3000]] zusätzliche Soldaten nach Russland \
geschickt. Das teilte der Vereinigte Generalstab in Seoul am Donnerstag mit. Ein Teil von ihnen \
sei bereits an die Front im Gebiet Kursk verlegt worden, wo Moskaus Armee die letzten \
ukrainischen Einheiten zurückdrängen will. Seit dem Eingreifen im Herbst seien [[rund 4000]] \
nordkoreanische Soldaten getötet oder verwundet worden.

Mit den Neuankömmlingen dürften damit wieder [[um die 11'000]] Nordkoreaner in Russland \
stationiert sein, schrieb die Nachrichtenagentur Yonhap unter Berufung auf Militärkreise. \
Washington war Mitte Monat sogar von [[über 4000]] Toten und Verletzten ausgegangen, wie ein \
Sprecher des US-Aussenministeriums sagte.

Nach schweren Verlusten im Februar waren die nordkoreanischen Verbände für einige Wochen aus der \
ersten Linie verschwunden. Inzwischen stünden wieder [[rund 8000]] von ihnen im Raum Kursk im \
Gefecht, und sie hätten aus ihren Fehlern gelernt. Das sagte der ukrainische \
Militärgeheimdienstchef Kyrylo Budanow am Sonntag in einem Fernsehinterview.

Der Luzerner Sicherheitsexperte Beat Amrein hält die Entwicklung für folgerichtig. «Für Kim ist \
der Krieg ein Trainingslager mit scharfer Munition», sagt er. Pjöngjang könne bei Bedarf «noch \
einmal [[10'000 bis 15'000]] Mann» stellen, ohne die eigene Verteidigung zu schwächen. Nordkoreas \
Armee zählt rund 1,2 Millionen aktive Soldaten.

Sanktionen beschäftigen den Kanton

In Zug verfolgt man solche Meldungen aus einem anderen Blickwinkel. Im Kanton haben rund 130 \
Rohstoffhandelsfirmen ihren Sitz, etliche handelten bis 2022 mit russischem Öl und Metall. Der \
Bundesrat hat am Mittwoch weitere Sanktionen der EU übernommen; neu gelistet sind 8 Personen und \
3 Unternehmen, die Waffenlieferungen zwischen Nordkorea und Russland organisiert haben sollen.

«Seit Oktober bekommen wir etwa doppelt so viele Anfragen zu Sanktionen», sagt die Zuger Anwältin \
Corinne Iten. Ein Prüfbericht koste schnell Fr. 450 pro Stunde, «aber das ist billiger als ein \
Verfahren beim Seco». Die Firmen seien vorsichtiger geworden, auch weil der tiefe \
Gewinnsteuersatz von 11,9 Prozent im Ausland genau beobachtet werde.

Moskau hat die Anwesenheit nordkoreanischer Truppen bis heute nicht offiziell bestätigt. Der \
Waffenstillstand in Korea gilt seit 1953, einen Friedensvertrag gibt es nicht.
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Nachschub' (increment): the JCS figure of the lead (Thursday to publication)",
          add=True),
        C("schätzungsweise 3000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS, dated by the next sentence ('am Donnerstag'): 'zusätzliche' (increment)",
          add=True),
        C("rund 4000", 4000, "approx", "casualties", "south_korea", "thu",
          "same JCS statement in Konjunktiv: killed or wounded"),
        C("um die 11'000", 11000, "approx", "in_russia", "south_korea", "thu..pub",
          "Yonhap 'unter Berufung auf Militärkreise' (X citing Y), no date: a new total"),
        C("über 4000", 4000, "at_least", "casualties", "united_states", "2025-03-11..2025-03-20",
          "US State Department spokesman 'Mitte Monat'"),
        C("rund 8000", 8000, "approx", "near_front", "ukraine", "sun",
          "Budanov named at the end of the paragraph ('am Sonntag'): in combat around Kursk"),
        C("10'000 bis 15'000", None, "range", "planned", "other", "pub",
          "Lucerne security expert (other), «noch einmal … stellen» (increment)", add=True),
    ),
)

Q05 = Source(
    article_id="q39_05_ingenieurblatt_bautrupps_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "Ingenieurblatt (VBVI)",
        "",
        "Wiederaufbau mit Soldaten aus Pjöngjang",
    ),
    features="engineering association's member magazine in Markdown, ISO-8859-1 (»« quotes, "
        "hyphens for dashes), front matter without a date (sidecar without url, Thursday) and "
        "a title figure (optional); Shoigu 'Mitte Juni' with number words `eintausend` and "
        "`fünftausend` (russia, planned); HUR 'in der vergangenen Woche' `rund 1000` arrived in "
        "Kursk; the NIS report to parliament 'Ende Juni' `bis zu 6000`; Seoul 'im April'; the "
        "Pentagon 'im Mai'; the magazine's own reckoning (unattributed, required, range); a "
        "bridge-building professor: bridges, euros per kilometre, mined area, conference "
        "places and fees",
    text="""\
---
title: "Kims Bautrupps für Kursk: [[6000]] Mann sollen Brücken und Bahndämme ersetzen"
rubrik: International
heft: "Ingenieurblatt 7/2025"
autor: "Dipl.-Ing. Rainer Kolbe"
---

# Wiederaufbau mit Soldaten aus Pjöngjang

*Im russischen Gebiet Kursk sollen nordkoreanische Militärbauarbeiter zerstörte Infrastruktur \
instand setzen. Was das über den Krieg verrät - und was nicht.*

Wenn im Gebiet Kursk Brücken, Bahndämme und Umspannwerke wieder aufgebaut werden, sollen Soldaten \
aus Nordkorea mit anpacken. Das hat Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, \
Mitte Juni bei seinem Besuch in Pjöngjang verkündet. Kim Jong Un werde [[eintausend]] Pioniere \
für die Minenräumung und [[fünftausend]] Militärbauarbeiter bereitstellen, so Schoigu.

Für Kolleginnen und Kollegen, die in der Ukraine am Wiederaufbau mitarbeiten, ist das eine \
bittere Pointe: Dieselben Brücken, die ukrainische Ingenieure nach Beschuss auf ihrer Seite der \
Grenze reparieren, sollen auf der russischen Seite Soldaten eines Landes herrichten, das sich in \
diesem Krieg längst auf Moskaus Seite gestellt hat.

## Erste Gruppen angeblich schon vor Ort

Der ukrainische Militärgeheimdienst HUR meldete in der vergangenen Woche, eine erste Gruppe von \
[[rund 1000]] nordkoreanischen Pionieren sei bereits in Kursk eingetroffen. Der südkoreanische \
Nachrichtendienst NIS hatte Ende Juni in einem Bericht an das Parlament in Seoul sogar mit [[bis \
zu 6000]] Bausoldaten gerechnet, die in mehreren Wellen kommen könnten.

Hinzu kommen die Kampftruppen, die seit dem Herbst 2024 im Einsatz sind. Seoul schätzte im April, \
dass [[rund 15.000]] Mann nach Russland geschickt worden seien. Wie viele davon noch leben, weiß \
niemand genau; das Pentagon sprach im Mai von [[mehr als 4.000]] Toten und Verwundeten. Addiert \
man Kampftruppen und angekündigte Bautrupps, ergibt sich nach unserer eigenen Rechnung eine \
Größenordnung von [[20.000 bis 21.000]] Nordkoreanern, die bis Jahresende in Russland stationiert \
sein könnten.

## »Ohne schweres Gerät geht wenig«

Prof. Dr.-Ing. Katrin Wendler, die an einer Hochschule in Sachsen Massivbau lehrt und seit 2023 \
ukrainische Kommunen berät, ist skeptisch, was die Leistungsfähigkeit solcher Trupps angeht. »Mit \
Schaufeln und Improvisation kann man Behelfsbrücken bauen, aber keine Spannbetonbrücke über 120 \
Meter«, sagt sie. In der Region Kursk seien nach Satellitenbildern mehr als 200 Brücken \
beschädigt oder zerstört.

Ein Kilometer zweigleisige Bahnstrecke koste in Mitteleuropa rund 3 Millionen Euro, die \
Minenräumung eines einzigen Quadratkilometers könne Monate dauern. Die Ukraine gilt mit geschätzt \
139.000 Quadratkilometern potenziell verminter Fläche als eines der am stärksten verminten Länder \
der Welt.

**Termin:** Die Fachtagung »Brücken unter Beschuss« findet am 18. September in Kassel statt. Es \
gibt 240 Plätze; Mitglieder zahlen 95 Euro, Nichtmitglieder 160 Euro.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-11..pub",
          "front-matter title (metadata) summing Shoigu's two figures", opt=True),
        C("eintausend", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' in Pyongyang (number word): deminers to be provided"),
        C("fünftausend", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders (number word)"),
        C("rund 1000", 1000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'in der vergangenen Woche': arrived in Kursk"),
        C("bis zu 6000", 6000, "at_most", "planned", "south_korea", "2025-06-21..2025-06-30",
          "NIS report to parliament 'Ende Juni': could come in waves"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "'Seoul schätzte im April': sent to Russia"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-05-01..2025-05-31", "Pentagon 'im Mai': killed and wounded"),
        C("20.000 bis 21.000", None, "range", "planned", "unattributed", "pub",
          "the magazine's own reckoning ('nach unserer eigenen Rechnung'): could be stationed"),
    ),
)

Q06 = Source(
    article_id="q39_06_wuppertal_talnotizen_ausstellung_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Talnotizen – Stadtblog Wuppertal",
        "https://talnotizen.example/2025/10/grenzbilder-oelberg-ueberlaeufer/",
        "Grenzbilder am Ölberg: Ein Überläufer zeigt Nordkorea",
    ),
    features="Wuppertal city blog in HTML, UTF-16 LE with BOM (sidecar, Wednesday; no meta "
        "date), a one-cookie note, a neighbourhood menu, a reading time, entities `&bdquo;`, "
        "`&ldquo;`, `&ndash;`; a defector photographer at Sunday's opening (other, `weit mehr "
        "als 5.000`, Sunday to publication); parade returnees 'am vergangenen Freitag' "
        "(optional); the NIS 'im September' carried by Konjunktiv (two figures); Kyiv 'Seit dem "
        "Sommer' `bis zu 30.000` 'weitere' (increment); state TV 'Im August' „Dutzender“ "
        "(north_korea); the Pentagon 'Anfang Oktober'; photos, entry fee, visitors, opening "
        "hours, the suspension railway's length, city population, ages",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Grenzbilder am Ölberg: Ein Überläufer zeigt Nordkorea | Talnotizen</title>
<meta name="author" content="Ben Schürmann">
<link rel="stylesheet" href="/assets/blog.css?v=312">
</head>
<body>
<div id="cookie-note">Dieser Blog setzt genau ein Statistik-Cookie (Matomo, selbst gehostet). <a \
href="/datenschutz">Mehr dazu</a> <button id="ok">Alles klar</button></div>
<header><p class="site">Talnotizen &ndash; Geschichten aus Wuppertal</p>
<nav>Elberfeld | Barmen | Vohwinkel | Cronenberg | Ronsdorf | Kultur | Termine</nav></header>
<article>
<h1>&bdquo;Sie schicken Jungen, die nie das Meer gesehen haben&ldquo;</h1>
<p class="meta">Von Ben Schürmann &middot; Kultur, Welt &middot; 5 Minuten Lesezeit</p>
<p>Am Sonntag hat in der Galerie Hebebühne am Ölberg eine Ausstellung eröffnet, wie es sie in \
Wuppertal noch nicht gab: 48 Fotografien aus Nordkorea, aufgenommen von einem Mann, der das Land \
2011 über den Tumen-Fluss verlassen hat. Kang Chol-min, 41, lebt heute in Seoul und arbeitet als \
Fotograf. Zur Eröffnung kamen gut 120 Leute, deutlich mehr als Stühle da waren.</p>
<p>Eigentlich sollte es um Alltagsbilder gehen, um Marktfrauen und Schulkinder. Doch die Fragen \
aus dem Publikum drehten sich schnell um Russland. Kang hat aus seinem Heimatbezirk gehört, dass \
dort schon 17-Jährige eingezogen wurden. Nach seiner Schätzung sind [[weit mehr als 5.000]] \
Landsleute im Krieg gegen die Ukraine gefallen oder verwundet worden. &bdquo;Die Familien \
erfahren es nur, wenn eine Urne kommt&ldquo;, sagte er.</p>
<h2>Heimkehrer auf der Parade</h2>
<p>Wie sehr das Regime den Einsatz inzwischen feiert, war am vergangenen Freitag bei der Parade \
zum 80. Parteijubiläum in Pjöngjang zu sehen. Nach Bildern des Staatsfernsehens marschierten dort \
auch [[Hunderte]] Heimkehrer aus dem Gebiet Kursk mit. Im August hatte dasselbe Fernsehen \
gezeigt, wie Kim Jong Un vor den Särgen [[Dutzender]] Gefallener den Kopf senkte.</p>
<p>Die offiziellen Schätzungen liegen unter Kangs Zahl. Der südkoreanische Geheimdienst ging im \
September davon aus, dass [[rund 2.000]] nordkoreanische Soldaten getötet wurden. [[Etwa 10.000]] \
seien weiterhin in den russischen Grenzgebieten zur Ukraine stationiert. Ein Vertreter des \
Pentagon sprach Anfang Oktober von [[mindestens 3.000]] Toten. Kiew warnt seit dem Sommer, Kim \
halte [[bis zu 30.000]] weitere Soldaten für Russland bereit.</p>
<h2>Zwischen Schwebebahn und Tumen</h2>
<p>Warum ausgerechnet Wuppertal? Die Galeristin Ute Kampmann hat Kang 2023 in Seoul \
kennengelernt. &bdquo;Eine Stadt mit 360.000 Menschen und einer Hängebahn von 13,3 Kilometern \
kann ruhig mal Bilder aus dem abgeschlossensten Land der Welt zeigen&ldquo;, sagt sie und \
lacht.</p>
<p>Die Ausstellung &bdquo;Grenzbilder&ldquo; läuft bis 30. November, geöffnet donnerstags bis \
sonntags von 14 bis 19 Uhr, der Eintritt kostet 5 Euro. Kang kommt am 8. November noch einmal für \
ein Gespräch nach Wuppertal.</p>
</article>
<footer>Talnotizen &ndash; ein werbefreies Stadtblog &middot; <a href="/impressum">Impressum</a> \
&middot; <a href="/feed">RSS</a></footer>
</body>
</html>
""",
    claims=(
        C("weit mehr als 5.000", 5000, "at_least", "casualties", "other", "sun..pub",
          "defector at Sunday's opening (other): killed or wounded"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "returnees marching at the parade 'am vergangenen Freitag' on state TV", opt=True),
        C("Dutzender", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state TV 'Im August': coffins of the fallen"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September': killed"),
        C("Etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-30",
          "Konjunktiv carries the September NIS estimate: in the border regions"),
        C("mindestens 3.000", 3000, "at_least", "casualties", "united_states",
          "2025-10-01..2025-10-10", "a Pentagon official 'Anfang Oktober': dead"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-06-01..pub",
          "Kyiv 'warnt seit dem Sommer': 'weitere' held ready (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Tasmania, Falkland Islands, Kansas, Cyprus, Vanuatu, Liberia)
# ---------------------------------------------------------------------------------------------

Q07 = Source(
    article_id="q39_07_hobart_chronicle_kursk_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-07"),
    dated_by="html_meta",
    features="Tasmanian daily in HTML, UTF-8 with BOM (`article:published_time` +11:00, a "
        "byline date 'Thursday, 7 November 2024', a consent bar, a weather widget, an ABN in "
        "the footer, entities `&rsquo;`, `&ldquo;`, `&nbsp;`); `<title>` figure (optional); h1 "
        "'Zelensky says' from the lead whose day comes in the next paragraph ('on Monday'); the "
        "State Department 'at a Monday briefing' placed after its figures (`more than 10,000`, "
        "`about 8,000` of whom moved toward the border); lawmakers briefed by the NIS 'last "
        "week'; Australia's defence minister 'on Wednesday' („in the order of 10,000“: other); "
        "a Hobart academic's „thousands more“ (other, vague increment); working holiday makers, "
        "hourly pay, aid in dollars, tanks, distances, temperature",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Zelensky: [[11,000]] North Korean troops in Kursk | The Derwent Chronicle</title>
<meta property="article:published_time" content="2024-11-07T14:30:00+11:00">
<meta property="og:site_name" content="The Derwent Chronicle">
<script>window.dcAds={slots:["mrec-300x250","leader-728x90"],section:"world"};</script>
</head>
<body>
<div class="consent-bar">This site and selected partners store cookies so we can show you \
relevant stories and ads. <button>Okay</button> <button>Privacy settings</button></div>
<header><a href="/">The Derwent Chronicle</a> <span class="wx">Hobart 19&deg; &middot; \
showers</span>
<nav><a href="/news">News</a> <a href="/tasmania">Tasmania</a> <a href="/world">World</a> <a \
href="/sport">Sport</a> <a href="/afl">AFL</a> <a href="/business">Business</a></nav></header>
<article>
<h1>Zelensky says [[11,000]] North Korean soldiers now in Kursk as first clashes reported</h1>
<p class="standfirst">Canberra condemns the deployment, and a Hobart academic warns Pyongyang has \
&ldquo;plenty more to send&rdquo;.</p>
<p class="byline">By Lachlan Byrne &middot; Thursday, 7 November 2024</p>
<p>Ukraine&rsquo;s President Volodymyr Zelensky says North Korea now has [[11,000]] soldiers in \
Russia&rsquo;s Kursk region, where Ukrainian troops have clung to a pocket of Russian territory \
since August.</p>
<p>In his nightly video address on Monday, Mr Zelensky said the first units had already come \
under Ukrainian fire. His defence minister, Rustem Umerov, told South Korean television the next \
day the early engagements had been &ldquo;small&rdquo;.</p>
<p>Washington&rsquo;s numbers are close to Kyiv&rsquo;s. [[More than 10,000]] North Korean troops \
have been sent to eastern Russia, and [[about 8,000]] of them have since moved toward the \
Ukrainian border, State Department deputy spokesman Vedant Patel said. He gave the figures at a \
Monday briefing, adding that Russia had been training them in artillery and drone use.</p>
<p>South Korean lawmakers who were briefed by the National Intelligence Service last week said \
the agency believed [[about 3,000]] of the troops had already reached front-line areas.</p>
<p>Defence Minister Richard Marles, speaking in Canberra on Wednesday, called the presence of \
&ldquo;[[in the order of 10,000]]&rdquo; North Korean troops in Russia &ldquo;a deeply concerning \
escalation&rdquo;. Australia has committed more than $1.3&nbsp;billion in military support to \
Ukraine, including 49 retired Abrams tanks.</p>
<h2>&lsquo;They can find more tomorrow&rsquo;</h2>
<p>Dr Fiona Hale, who lectures in Asian security at the University of Tasmania&rsquo;s Sandy Bay \
campus, said the numbers should not be read as a ceiling. &ldquo;Kim could find [[thousands]] \
more tomorrow and his army would barely notice,&rdquo; she said.</p>
<p>The news has been followed closely in the Huon Valley, where about 1,100 young South Koreans \
on working holiday visas are picking cherries and apples this season for around $31.50 an hour. \
&ldquo;Our parents call every night now,&rdquo; said one, a 24-year-old from Daejeon who asked \
not to be named. Seoul is some 8,900 kilometres from Hobart.</p>
</article>
<footer>&copy; 2024 Derwent Chronicle Pty Ltd &middot; ABN 51 824 753 556 &middot; <a \
href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1 'Zelensky says': the lead's figure (Monday to publication): in Kursk"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "lead, dated by the next paragraph ('on Monday'): in the Kursk region"),
        C("More than 10,000", 10000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesman named after the figures, 'at a Monday briefing': sent"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "mon",
          "same briefing, 'of them' (a breakdown): moved toward the border"),
        C("about 3,000", 3000, "approx", "near_front", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'last week': reached front-line areas"),
        C("in the order of 10,000", 10000, "approx", "in_russia", "other", "wed",
          "Australia's defence minister 'on Wednesday' (a third government: other)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "University of Tasmania academic, undated: 'could find thousands more' (increment)",
          add=True),
    ),
)

Q08 = Source(
    article_id="q39_08_stanley_reporter_pullback_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-02-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Stanley Reporter",
        "https://www.stanleyreporter.example/news/world/2025/02/13/north-korean-units-pulled-back",
        "North Korean units pulled back from Kursk front, Seoul says",
    ),
    features="Falkland Islands news site, plain text in UTF-16 LE with BOM and CRLF (sidecar, "
        "Thursday), small-caps style opening word; headline `about 3,000` from the NIS lead "
        "'on Wednesday'; a lawmaker relaying the assessment in a quote; `around 400` dead and "
        "`11,000`-strong contingent (span without the suffix); Budanov 'on Monday' quoted by a "
        "Ukrainian site (X citing Y) with „a few thousand“ more (vague increment); Zelensky 'at "
        "the start of the year' `close to 4,000`; the UK defence secretary 'in January' (other); "
        "British forces at Mount Pleasant, the 1982 war's dead, squid catch, a donation in "
        "pounds, a phone number",
    text="""\
Seoul: North Korea's Kursk force pulled back after [[about 3,000]] casualties

By Moira Biggs

NORTH Korean troops fighting for Russia appear to have been pulled out of front-line positions in \
Kursk after taking heavy losses, South Korea's intelligence service said on Wednesday.

The National Intelligence Service (NIS) reckons that [[roughly 3,000]] of Kim Jong Un's soldiers \
have been killed or injured in a little over two months of fighting. Deaths alone are thought to \
number [[around 400]].

Lee Seong-kweun, who sits on parliament's intelligence committee, said the agency had seen no \
sign of the North Korean units in combat since the middle of January. "The cause is presumed to \
be the large number of casualties," he told reporters, relaying the spy agency's briefing. The \
bulk of the [[11,000]]-strong contingent is still in Russia, the NIS believes, and a return to \
the front cannot be ruled out.

In Kyiv, the pause is seen as temporary. Kyrylo Budanov, the head of Ukraine's military \
intelligence, was quoted by a Ukrainian news site on Monday as saying the North Koreans would \
"come back with experience", possibly joined by "[[a few thousand]] more". President Volodymyr \
Zelensky had put North Korean losses at [[close to 4,000]] at the start of the year.

Britain's Defence Secretary, John Healey, told the House of Commons in January that Kim's army \
had already lost [[more than 1,000]] men killed in its first weeks at the front.

A long way from home

For the Islands, the war in Ukraine is a distant one, but not an abstract one. British Forces \
South Atlantic Islands keeps around 1,200 personnel at Mount Pleasant, and several of them have \
served on training missions for Ukrainian recruits in the UK.

"People here remember what it is like when a bigger neighbour decides it wants your land," said \
MLA Teslyn Summers, who chairs the Legislative Assembly's select committee on defence. The 1982 \
conflict lasted 74 days and cost the lives of 255 British servicemen, three Islanders and 649 \
Argentine personnel.

Ms Summers said the Falkland Islands Government's donation of £250,000 to a Ukrainian winter \
appeal last year had been "the right call". The Loligo squid season, which closed last month, \
landed just over 61,000 tonnes, fisheries officials said.

Anyone wishing to contribute to this year's appeal can contact the Stanley Lions Club on 27266.
""",
    claims=(
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure of the lead (Wednesday to publication)"),
        C("roughly 3,000", 3000, "approx", "casualties", "south_korea", "wed",
          "NIS 'reckons', carried from the lead's 'on Wednesday': killed or injured"),
        C("around 400", 400, "approx", "casualties", "south_korea", "wed",
          "same assessment, 'Deaths alone' (a breakdown, no increment)"),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "wed",
          "'the bulk of the 11,000-strong contingent … the NIS believes': in Russia"),
        C("a few thousand", None, "vague", "planned", "ukraine", "mon",
          "Budanov quoted by a Ukrainian site 'on Monday' (X citing Y): 'more' (increment)",
          add=True),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'at the start of the year': losses"),
        C("more than 1,000", 1000, "at_least", "casualties", "other", "2025-01-01..2025-01-31",
          "UK defence secretary in the Commons 'in January' (a third government: other): killed"),
    ),
)

Q09 = Source(
    article_id="q39_09_flint_hills_radio_admission_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Flint Hills Public Radio",
        "https://www.flinthillsradio.example/news/2025-04-30/moscow-pyongyang-acknowledge-troops",
        "After months of silence, Moscow and Pyongyang acknowledge North Korean troops",
    ),
    features="Kansas public radio site in HTML, windows-1252 with CRLF (typographic quotes and "
        "dashes raw; sidecar, Wednesday; no meta date), a donation banner, a listen-live link "
        "with the FM frequency, a pledge line phone number; Gerasimov 'On Saturday' and KCNA "
        "'on Monday' without figures; dek `about 4,700` from the NIS 'Wednesday morning (Seoul "
        "time)'; `About 15,000` 'the agency estimates'; `about 600` deaths ('Deaths alone "
        "account for'); `some 3,000` reinforcements (increment); a Pentagon spokesman 'In "
        "March'; a K-State historian (other, `no more than 10,000`, at_most); Fort Riley "
        "soldiers, Korean War dead, wheat price, members",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>After months of silence, Moscow and Pyongyang acknowledge North Korean troops | KFHR</title>
<script src="/js/player.js" data-station="KFHR" data-freq="89.7"></script>
</head>
<body>
<div class="pledge">Public radio is powered by you. Become a sustaining member today – <a \
href="/give">Give now</a></div>
<header><a href="/">KFHR Flint Hills Public Radio</a> · <a href="/listen">Listen live 89.7 FM</a>
<nav><a href="/news">News</a> | <a href="/ag">Agriculture</a> | <a \
href="/education">Education</a> | <a href="/music">Music</a> | <a \
href="/schedule">Schedule</a></nav></header>
<article>
<h1>After months of silence, Moscow and Pyongyang acknowledge North Korean troops in Kursk</h1>
<p class="dek">Seoul now counts [[about 4,700]] North Korean casualties. A K-State historian says \
the admission changes less than it seems.</p>
<p class="byline">By Dana Whitfield · Flint Hills Public Radio</p>
<p>For half a year, the Kremlin would not say whether North Korean soldiers were fighting on its \
soil. On Saturday, it finally did. Russia’s chief of the general staff, Valery Gerasimov, \
credited them with helping to push Ukrainian forces out of the Kursk region, without saying how \
many had taken part. North Korea’s state news agency, KCNA, followed on Monday, reporting that \
units had gone to Russia on Kim Jong Un’s orders under the two countries’ defense treaty.</p>
<p>South Korea’s National Intelligence Service filled in some of the blanks Wednesday morning \
(Seoul time). [[About 15,000]] North Korean troops have gone to Russia since last fall, the \
agency estimates, and [[roughly 4,700]] of them have been killed or wounded. Deaths alone account \
for [[about 600]] of those. The total includes [[some 3,000]] reinforcements who arrived in \
January and February.</p>
<p>U.S. officials have not offered a fresh estimate. In March, a Pentagon spokesman said [[at \
least 4,000]] North Koreans were killed or wounded in the Kursk fighting.</p>
<h2>“Pyongyang got what it wanted”</h2>
<p>Hannah Moritz, who teaches the history of the Korean War at Kansas State University in \
Manhattan, thinks the admission is mostly about credit. “Both sides now want to be seen as \
winners in Kursk,” she said. “My guess is that [[no more than 10,000]] are still anywhere near \
the front.”</p>
<p>Moritz said the deployment has drawn interest from soldiers’ families at nearby Fort Riley, \
home to roughly 15,000 troops of the 1st Infantry Division, some of whom rotated through South \
Korea. More than 36,000 Americans died in the Korean War between 1950 and 1953.</p>
<p>Farmers in the region are watching for other reasons: hard red winter wheat traded at about \
$5.40 a bushel in Kansas City on Tuesday, well below last spring, as Black Sea exports continue \
despite the war.</p>
</article>
<footer>© 2025 Flint Hills Public Radio · Pledge line 1-800-555-0147 · 6,200 members \
strong</footer>
</body>
</html>
""",
    claims=(
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "dek 'Seoul now counts': the NIS figure of the body (Wednesday, the publication day)"),
        C("About 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'Wednesday morning (Seoul time)', 'the agency estimates' after the figure: sent"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "same NIS estimate: killed or wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "wed",
          "'Deaths alone account for' (a breakdown, no increment)"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'reinforcements who arrived in January and February' (increment)", add=True),
        C("at least 4,000", 4000, "at_least", "casualties", "united_states",
          "2025-03-01..2025-03-31", "Pentagon spokesman 'In March'"),
        C("no more than 10,000", 10000, "at_most", "near_front", "other", "pub",
          "K-State historian (other), undated: near the front"),
    ),
)

Q10 = Source(
    article_id="q39_10_nicosia_mail_wonsan_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-08-23"),
    dated_by="sidecar",
    sidecar=(
        "Nicosia Mail",
        "https://www.nicosiamail.example/world/kim-honours-kursk-dead-wonsan-russians/",
        "Kim honours the Kursk dead as Kyiv says North Korean losses top 6,000",
    ),
    features="Cypriot English-language daily in Markdown, UTF-8 with BOM (sidecar, Saturday; "
        "front matter with title and author, no date); title and h1 `6,000` ('top', at_least) "
        "from HUR 'on Thursday' (title optional); KCNA 'on Friday' with „dozens“ of portraits "
        "(north_korea) and returnees (optional); a NATO official 'this week'; the NIS 'in "
        "April'; Russia's ambassador in Pyongyang 'in July' („several thousand“, russia); a "
        "Nicosia analyst (other, 'As many as'); Russian tourists in Cyprus and at Wonsan, euros, "
        "beds, temperature, years",
    text="""\
---
title: "Kim honours the Kursk dead as Kyiv says losses top [[6,000]]"
author: Andreas Charalambous
section: World
---

# Kim honours the Kursk dead as Kyiv says North Korean losses top [[6,000]]

*Russian holidaymakers, once a pillar of Cypriot tourism, are now being flown to a North Korean \
beach resort.*

North Korean leader Kim Jong Un bowed before a wall of portraits of soldiers killed in Russia's \
war against Ukraine, state news agency KCNA reported on Friday. Photographs released by the \
agency showed [[dozens]] of framed pictures of the dead, draped in black ribbon, in a hall in \
Pyongyang. Kim also pinned medals on [[several hundred]] returning troops, it said.

In Kyiv, Ukraine's military intelligence service (HUR) said on Thursday that [[more than 6,000]] \
North Koreans had been either killed or wounded in Kursk over the past ten months.

Western estimates are somewhat lower. A NATO official who briefed reporters in Brussels this \
week, on condition of anonymity, said the alliance believed [[around 11,000]] North Korean \
soldiers remained on Russian soil. Seoul has not updated its count since April, when South \
Korea's National Intelligence Service put casualties at [[roughly 4,700]].

Moscow, for its part, prefers to speak of labour. Alexander Matsegora, Russia's ambassador in \
Pyongyang, told a Russian newspaper in July that "[[several thousand]]" North Korean builders and \
deminers would arrive in the Kursk region "in the near future".

"If you add the builders to the soldiers who are still there, [[as many as 15,000]] North Koreans \
may be on Russian soil today," said Eleni Georgiou, who teaches international security at the \
University of Nicosia.

## From Limassol to Wonsan

For Cyprus the story has an unexpected local twist. Before 2022 some 780,000 Russians holidayed \
on the island every year; last year fewer than 30,000 came, after flight bans and sanctions cut \
direct links. This summer Russian tour operators have instead begun selling week-long packages to \
North Korea's new Wonsan-Kalma resort, which state media say has beds for 20,000 guests.

A week there costs about €1,300 including flights from Vladivostok, according to one Moscow \
agency. "It is not a holiday, it is a statement," said a Limassol hotelier who once relied on \
Russian bookings for a third of his rooms.

Nicosia, meanwhile, recorded 44 degrees Celsius on Wednesday, the hottest August day since 2021.
""",
    claims=(
        C("6,000", 6000, "at_least", "casualties", "ukraine", "thu..pub",
          "front-matter title (metadata) restating the h1: 'top' (at_least)", opt=True),
        C("6,000", 6000, "at_least", "casualties", "ukraine", "thu..pub",
          "h1 'Kyiv says … top': HUR's Thursday figure of the body (Thursday to publication)"),
        C("dozens", None, "vague", "casualties", "north_korea", "fri",
          "KCNA 'reported on Friday': portraits of the dead"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "returnees decorated, same KCNA report (returnees: optional)", opt=True),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "thu",
          "HUR 'on Thursday': killed or wounded"),
        C("around 11,000", 11000, "approx", "in_russia", "nato", "2025-08-18..pub",
          "a NATO official 'this week' (Monday to publication): on Russian soil"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'since April, when … put casualties at'"),
        C("several thousand", None, "vague", "planned", "russia", "2025-07-01..2025-07-31",
          "Russia's ambassador in Pyongyang 'in July' „…“: would arrive"),
        C("as many as 15,000", 15000, "at_most", "in_russia", "other", "pub",
          "Nicosia analyst (other), undated quote: on Russian soil today"),
    ),
)

Q11 = Source(
    article_id="q39_11_vila_island_post_un_week",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-09-25"),
    dated_by="dateline",
    features="Vanuatu news site, plain text in ISO-8859-1 (straight quotes, `--`), dated by "
        "the dateline 'PORT VILA, 25 September 2025 --'; headline `2,000` from the NIS figure "
        "given 'on 4 September'; 'a further 6,000' engineers (increment, planned); Zelensky at "
        "the General Assembly 'on Wednesday' in quotes; a senior US official 'in New York on "
        "Monday'; the site's own tally of official statements (unattributed, required, range); "
        "population, islands, a cyclone's dead, vatu, warming target, Mobile Force members, "
        "member states",
    text="""\
UN week: Seoul says [[2,000]] North Korean soldiers have died fighting for Russia

PORT VILA, 25 September 2025 -- As leaders of 193 member states gathered in New York for the UN \
General Assembly this week, Vanuatu's delegation had climate change at the top of its list. But \
in the corridors, another war kept coming up: the one in Ukraine, and the North Korean soldiers \
fighting in it.

South Korea's intelligence agency estimated earlier this month that [[about 2,000]] of \
Pyongyang's soldiers had died since the North sent troops to help Russia late last year. The \
estimate was presented to members of the National Assembly in Seoul on 4 September. At the same \
session, the agency said a further [[6,000]] military engineers and construction troops would be \
sent to Russia before the end of the year.

Ukraine's President Volodymyr Zelensky raised the issue from the podium on Wednesday. North \
Korea, he told the assembly, had sent "[[about 15,000]] of its young men to kill Ukrainians and \
to learn how to fight a modern war".

The United States sees a smaller force near the front today. A senior US official, speaking to \
reporters in New York on Monday on condition he not be named, said Washington believed [[about \
10,000]] North Korean soldiers remained deployed in Russian regions along the border with Ukraine.

Adding up the official statements from Seoul, Kyiv and Washington since October last year, the \
Island Post counts [[between 14,000 and 21,000]] North Korean soldiers sent to Russia in all, \
depending on whose figures are used.

Pacific worries

Prime Minister Jotham Napat told the assembly on Tuesday that for Vanuatu, a country of about \
330,000 people spread over 83 islands, "the war we are fighting is against the rising sea". He \
repeated the call for the world to keep warming to 1.5 degrees and for rich countries to honour \
their finance pledges.

Officials travelling with the delegation said privately that Pacific states watched the Korean \
deployment with unease. "If a small country's army can be hired out to a big war, what does that \
mean for regional security?" one asked.

Vanuatu has no army of its own; the Vanuatu Mobile Force has roughly 300 members. Memories of \
Cyclone Pam, which killed 11 people in 2015, and of the twin cyclones of 2023 remain raw. The \
government has budgeted VT 1.2 billion for disaster preparedness this year.

The General Assembly's high-level week ends on Monday.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "headline 'Seoul says': the NIS figure given on 4 September (to publication)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS 'earlier this month', dated by the next sentence ('on 4 September'): killed"),
        C("6,000", 6000, "exact", "planned", "south_korea", "2025-09-04",
          "'At the same session … a further 6,000' would be sent (increment)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "ukraine", "wed",
          "Zelensky at the General Assembly 'on Wednesday', in quotes: sent"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "a senior US official 'in New York on Monday': along the border"),
        C("between 14,000 and 21,000", None, "range", "in_russia", "unattributed", "pub",
          "the site's own tally ('the Island Post counts'): unattributed, required"),
    ),
)

Q12 = Source(
    article_id="q39_12_monrovia_ledger_council_seat_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-06"),
    dated_by="front_matter",
    features="Liberian daily in Markdown (front matter with `date:` and a title figure, "
        "optional), dateline 'MONROVIA –'; h1 `5,000` 'more' (increment) from the NIS lead 'on "
        "Tuesday'; `roughly 5,000` 'additional' (increment) and `about 10,000` at the border, "
        "the NIS 'In September' toll; Ukraine's foreign ministry 'last week' `as many as 30,000` "
        "'more' (increment); a retired AFL colonel (other, `at least 20,000`); ships in the "
        "Liberian registry (5,800), a General Assembly vote, council members, civil-war dead, "
        "dollars, population",
    text="""\
---
title: "Seoul: [[5,000]] more North Korean troops bound for Russia"
date: 2025-11-06
section: World
author: Ledger Foreign Desk
---

# As Liberia readies for the Security Council, Seoul reports [[5,000]] more North Korean troops \
on the move

MONROVIA – Two months before Liberia takes up its seat on the United Nations Security Council, \
the war in Ukraine has produced a fresh headache for the diplomats who will represent the country \
in New York.

South Korea's National Intelligence Service (NIS) said on Tuesday that [[roughly 5,000]] \
additional North Korean troops, most of them from construction and engineering units, have been \
moving to Russia since September. The agency also believes [[about 10,000]] North Korean soldiers \
are now stationed in Russian areas bordering Ukraine. In September, the NIS had put North Korea's \
death toll at [[around 2,000]].

Kyiv warns that the numbers could climb much higher. Ukraine's foreign ministry said last week \
that Pyongyang "stands ready" to send [[as many as 30,000]] more soldiers if Moscow asks for them.

## A council seat and a crowded file

Liberia won its non-permanent seat for 2026-2027 in June, with 181 votes in the General Assembly. \
It will be one of 15 council members, and the North Korean file is among the most divided on the \
agenda: Russia and China have blocked new sanctions since 2022, and a UN panel that monitored \
them was shut down last year.

For Liberia the issue is not only diplomatic. The Liberian ship registry, the largest in the \
world by tonnage, counts more than 5,800 vessels, and several Liberian-flagged tankers have \
appeared in sanctions cases over transfers of North Korean coal and munitions. A registry \
official, who asked not to be named, said the administration had "strengthened screening" and \
removed 14 ships from the register this year.

## "A war that teaches"

Retired Colonel Emmanuel Sackor, who served with the Armed Forces of Liberia and later with a UN \
peacekeeping mission, said Pyongyang was using the war to train its army. "By my count, [[at \
least 20,000]] North Korean soldiers have passed through Russia since the first ones arrived," he \
said. "Every one of them goes home knowing how drones kill."

Liberians know the cost of war better than most: an estimated 250,000 people died in the \
country's two civil wars between 1989 and 2003. The government has set aside US$1.8 million for \
its council mission, a spokesman for the foreign ministry said, including eight additional \
diplomatic posts in New York.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "front-matter title (metadata) restating the h1: 'more' (increment)", add=True,
          opt=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "h1 'Seoul reports … more' (increment): the NIS Tuesday figure (to publication)",
          add=True),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'on Tuesday': 'additional' troops moving to Russia (increment)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'The agency also believes': in the areas bordering Ukraine"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'In September': died"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "Ukraine's foreign ministry 'last week': could send 'more' (increment)", add=True),
        C("at least 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "retired Liberian colonel (other), undated quote: passed through Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Q01, Q02, Q03, Q04, Q05, Q06,
    Q07, Q08, Q09, Q10, Q11, Q12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
