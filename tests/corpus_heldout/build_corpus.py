"""Build the HELD-OUT hand-labelled corpus: articles, sidecar and gold (`python build_corpus.py`).

Same file format, marker syntax and labelling conventions as `tests/corpus` (see its README and
builder): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: the rendering, encoding,
checks, CSV writing and README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours.

Nobody tunes the extractor on these articles; they were written and labelled without looking
at or running it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_heldout_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="h01_erste_gefechte_regional",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"), dated_by="sidecar",
    features="regional German paper with a local angle; deck figure attributed from the lead; "
    "'am Montagabend'; 'am Dienstag'; 'gestern'; 'zusätzlich 2.000' (increment, span without "
    "the word); refugees, aid transports, euros, tonnes, age, distance, Russian losses per "
    "day, army size, photo id, page reference",
    sidecar=(
        "Oberlausitzer Tageblatt",
        "https://www.oberlausitzer-tageblatt.example/welt/erste-gefechte-kursk-4471.html",
        "Erste Gefechte: Nordkoreaner kämpfen offenbar in Kursk",
    ),
    text="""\
Lokales & Welt · Mittwoch, 6. November 2024

Erste Gefechte: Nordkoreaner kämpfen offenbar in Kursk

Kiew meldet Zusammenstöße – Selenskyj spricht von [[11.000]] Soldaten aus Pjöngjang im Grenzgebiet

Von Frank Schieritz

Kiew/Seoul. Nordkoreanische Soldaten haben nach ukrainischen Angaben zum ersten Mal gegen die \
ukrainische Armee gekämpft. Verteidigungsminister Rustem Umjerow sprach in einem Interview mit \
dem südkoreanischen Sender KBS von „kleinen Gefechten“. Wie viele Nordkoreaner daran beteiligt \
waren und ob es Tote gab, ließ er offen.

Präsident Wolodymyr Selenskyj hatte am Montagabend in seiner täglichen Videobotschaft gesagt, \
in der russischen Grenzregion Kursk stünden inzwischen [[11.000]] Soldaten aus Nordkorea bereit. \
Nach Einschätzung Kiews sollen sie helfen, die seit August von ukrainischen Truppen gehaltenen \
Gebiete zurückzuerobern.

Auch in Washington rechnet man mit einem baldigen Einsatz. Das US-Außenministerium erklärte am \
Dienstag, Nordkorea habe [[rund 10.000]] Soldaten nach Ostrussland verlegt; [[etwa 8.000]] von \
ihnen seien inzwischen in der Region Kursk angekommen. Ein Sprecher nannte die Entwicklung \
„gefährlich und destabilisierend“.

Seoul: Pjöngjang könnte nachlegen

Südkoreas Geheimdienst NIS geht noch weiter. Der Abgeordnete Park Sun-won sagte gestern nach \
einer vertraulichen Unterrichtung durch den Dienst, die Führung in Pjöngjang erwäge, bis \
Jahresende zusätzlich [[2.000]] Soldaten zu schicken. Ein Teil der Truppen sei bereits „in \
Kampfhandlungen verwickelt“, sagte Park.

Sorge in der Region

In Löbau verfolgen viele Ukrainerinnen die Nachrichten mit Bangen. „Mein Bruder dient bei \
Sudscha, keine 40 Kilometer von der russischen Grenze entfernt“, sagt die 52-jährige Olena \
Kowalenko, die seit März 2022 in der Stadt lebt. Im Landkreis sind nach Angaben des \
Landratsamts derzeit rund 2.300 Geflüchtete aus der Ukraine gemeldet, 640 von ihnen sind Kinder \
und Jugendliche.

Der Verein „Brücke Ost“ hat seit Kriegsbeginn nach eigenen Angaben 38 Hilfstransporte \
organisiert und dabei gut 410.000 Euro an Spenden gesammelt. Der nächste Transport mit 14 Tonnen \
Winterkleidung startet am 16. November um 7 Uhr am Bahnhofsvorplatz.

Russland verliert nach britischen Schätzungen derzeit täglich mehr als 1.200 Soldaten an Toten \
und Verwundeten. Nordkoreas Armee zählt rund 1,2 Millionen aktive Soldaten; das Land hat \
Russland zudem Millionen Artilleriegranaten geliefert.

Bild: Ukrainische Soldaten nahe Sudscha (Archiv). Foto: dpa / Bild-Nr. 213-77418
Lesen Sie auch: Wie viele Ukrainer im Landkreis arbeiten (Seite 9)
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "deck 'Selenskyj spricht von'; Monday evening in the lead"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend': in Kursk"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "tue",
          "State Department Tuesday: moved to eastern Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "tue",
          "State Department Tuesday: arrived in Kursk"),
        C("2.000", 2000, "exact", "planned", "south_korea", "yday",
          "lawmaker briefed by NIS 'gestern': zusätzlich … zu schicken", add=True),
    ),
)

H02 = Source(
    article_id="h02_liveblog_verluste_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-19"),
    dated_by="front_matter",
    features="live blog in Markdown: timestamped entries ('21.48 Uhr'), entry headings with "
    "figures attributed from their entry; vague `Dutzende`/`Hunderte`; range `11 000 bis "
    "12 000` with narrow no-break spaces; 'bis zu 8.000 weiteren' (increment) from a "
    "Japanese newspaper (other); 'am Montag'; entries without a date; drones, missiles, "
    "ages, sanctions package ordinal, hours",
    text="""\
---
title: "Liveblog Ukraine-Krieg: Seoul nennt erstmals Verluste der Nordkoreaner"
date: 2024-12-19T22:10:00+01:00
autor: Newsdesk Außenpolitik
kategorie: liveblog
---

# Ukraine-Krieg: Der Liveblog am Donnerstag

*Alle Zeiten MEZ. Die Angaben der Kriegsparteien lassen sich oft nicht unabhängig überprüfen.*

**21.48 Uhr – Kreml: „Keine Informationen“**

Kremlsprecher Dmitri Peskow hat Berichte über tote Nordkoreaner in der Region Kursk nicht \
kommentiert. Dazu lägen „keine Informationen“ vor, sagte er. Präsident Wladimir Putin hatte \
am Mittag bei seiner Jahrespressekonferenz gut vier Stunden lang Fragen beantwortet, die \
nordkoreanischen Truppen aber mit keinem Wort erwähnt.

**19.12 Uhr – Kiew: Angriffe auf drei Dörfer abgewehrt**

Der ukrainische Militärgeheimdienst HUR berichtet von schweren Verlusten der nordkoreanischen \
Einheiten. Bei Angriffen auf drei Dörfer im Kreis Korenewo seien [[Dutzende]] nordkoreanische \
Soldaten getötet worden. Die Angreifer seien in offenen Feldern ohne Deckung vorgerückt.

**14.35 Uhr – Seoul: [[Etwa 100]] Nordkoreaner getötet**

Nordkorea hat bei den Kämpfen in Kursk nach Erkenntnissen des südkoreanischen Geheimdienstes \
NIS erstmals größere Verluste erlitten. Der Abgeordnete Lee Seong-kweun sagte nach einer \
Sitzung des Geheimdienstausschusses, bislang seien [[rund 100]] Nordkoreaner ums Leben \
gekommen; die Zahl der Verwundeten liege bei [[knapp 1.000]]. Von den [[rund 11.000]] nach \
Russland entsandten Soldaten seien einige inzwischen an der Front im Einsatz.

**11.20 Uhr – USA: „[[Hunderte]]“ Tote und Verletzte**

Ein hochrangiger US-Militärvertreter hatte bereits am Montag von „[[Hunderten]]“ getöteten und \
verletzten Nordkoreanern gesprochen. Das Pentagon geht davon aus, dass Nordkorea insgesamt \
[[11\u202f000 bis 12\u202f000]] Soldaten nach Russland geschickt hat.

**09.05 Uhr – Japanischer Bericht: Pjöngjang plant Nachschub**

Die japanische Zeitung „Yomiuri Shimbun“ berichtet unter Berufung auf Regierungskreise in \
Tokio, Nordkorea bereite die Entsendung von [[bis zu 8.000]] weiteren Soldaten vor. Die \
Verlegung könne „innerhalb weniger Wochen“ beginnen.

**07.30 Uhr – Nächtliche Angriffe auf Kiew**

Russland hat die Ukraine in der Nacht nach Angaben der Luftwaffe mit 74 Drohnen und zwei \
ballistischen Raketen angegriffen. 49 Drohnen seien abgeschossen worden. In Kiew wurden zwei \
Menschen verletzt, darunter ein 14-Jähriger.

**07.00 Uhr – Guten Morgen**

Willkommen zu unserem Liveblog. Die wichtigsten Ereignisse vom Mittwoch: Die EU hat ihr \
15. Sanktionspaket gegen Russland beschlossen, es richtet sich unter anderem gegen 52 Schiffe \
der sogenannten Schattenflotte.
""",
    claims=(
        C("Dutzende", None, "vague", "casualties", "ukraine", "pub",
          "HUR in an entry without a date: killed"),
        C("Etwa 100", 100, "approx", "casualties", "south_korea", "pub",
          "entry heading 'Seoul:'; lawmaker briefed by NIS"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "pub",
          "lawmaker Lee briefed by NIS, no date: died"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "pub",
          "'die Zahl der Verwundeten liege bei'"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "sent to Russia (same briefing)"),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon..pub",
          "entry heading 'USA:'; the entry dates it Monday"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon",
          "US military official 'am Montag': killed and wounded"),
        C("11\u202f000 bis 12\u202f000", None, "range", "in_russia", "united_states", "mon..pub",
          "Pentagon 'geht davon aus … insgesamt … geschickt' (not planned)"),
        C("bis zu 8.000", 8000, "at_most", "planned", "other", "pub",
          "Japanese newspaper citing government circles: 'weiteren' increment", add=True),
    ),
)

H03 = Source(
    article_id="h03_gefangene_kiew_at_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-13"),
    dated_by="html_meta",
    features="Austrian HTML in windows-1252 with CRLF: 'Jänner', 'heuer', `Prozent`, `Mio.`; "
    "`<title>`/og:title figures (optional rows), JSON-LD, consent banner with partner count, "
    "weather, share bar, posting count; number word `zwei` in headline and body; 'am Samstag, "
    "dem 11. Jänner'; 'weitere 2.700' = others (not additional); 'Ende Dezember'; Austrian "
    "military academy expert (other); ages, poll percentages, euros, army size, Russian "
    "losses, photo id, company register number",
    crlf=True,
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Selenskyj: [[Zwei]] Nordkoreaner gefangen genommen – Alpenländische Rundschau</title>
<meta property="og:title" content="Kiew nimmt [[zwei]] nordkoreanische Soldaten gefangen">
<meta property="article:published_time" content="2025-01-13T11:20:00+01:00">
<meta name="author" content="Teresa Haslinger">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Gefangene Nordkoreaner: \
Kiew bietet Austausch an","datePublished":"2025-01-13T11:20:00+01:00","wordCount":588}
</script>
</head>
<body>
<div id="cmp-banner" class="cmp"><p>Wir verwenden Cookies. Mit „Zustimmen“ erlauben Sie uns \
und 212 Partnern, Informationen auf Ihrem Gerät zu speichern.</p><button>Zustimmen</button> \
<button>Einstellungen</button></div>
<header><a href="/">Alpenländische Rundschau</a> <span class="wetter">Wien 3 °C</span></header>
<main><div class="article"><div class="article-head">
<span class="rubrik">Ausland</span>
<h1>Kiew nimmt [[zwei]] nordkoreanische Soldaten gefangen</h1>
<p class="lead">Erstmals sind Nordkoreaner lebend in ukrainische Hand geraten. Selenskyj \
bietet einen Austausch an.</p>
</div><div class="article-body">
<p>Die ukrainische Armee hat nach Angaben von Präsident Wolodymyr Selenskyj in der russischen \
Region Kursk [[zwei]] nordkoreanische Soldaten gefangen genommen. Die beiden Verwundeten seien \
nach Kiew gebracht worden und würden vom Geheimdienst SBU befragt, schrieb der Präsident am \
Samstag, dem 11. Jänner, auf der Plattform X.</p>
<p>Einer der Männer, ein 21-Jähriger, gab laut SBU an, er habe geglaubt, zu einer Übung nach \
Russland zu fahren. Sein Kamerad ist 27 Jahre alt und hat einen Kieferbruch.<br>
Selenskyj bot an, die beiden an Kim Jong Un zu übergeben, wenn Pjöngjang einen Austausch gegen \
Ukrainer in russischer Gefangenschaft organisiere.</p>
<p>Südkoreas Geheimdienst NIS bestätigte die Gefangennahme am Sonntag. Am Montag legte der \
Dienst nach: In Kursk seien bisher [[etwa 300]] Nordkoreaner gefallen, weitere [[2.700]] \
verwundet worden. Insgesamt habe Pjöngjang [[rund 11.000]] Mann geschickt.</p>
<h2>„Kanonenfutter“ für Moskau</h2>
<p>Selenskyj hatte bereits Ende Dezember von [[mehr als 3.000]] getöteten und verwundeten \
Nordkoreanern gesprochen. Oberst Markus Aichinger von der Landesverteidigungsakademie in Wien \
hält das für plausibel. „Die Ausfälle dürften inzwischen bei [[bis zu 4.000]] Mann liegen“, \
sagte er der „Rundschau“. Die Soldaten würden ohne Rücksicht auf Verluste eingesetzt.</p>
<p>Für Österreich bleibt der Krieg vor allem eine Frage der Hilfe: Das Außenministerium stockt \
die Winterhilfe für die Ukraine heuer um 2 Mio. Euro auf. Laut einer Umfrage halten 41 Prozent \
der Befragten die Unterstützung für „zu hoch“, 38 Prozent für „angemessen“.</p>
<p>Nordkoreas Armee zählt rund 1,2 Mio. Soldaten. Russland verlor laut ukrainischem \
Generalstab allein im Dezember mehr als 48.000 Mann.</p>
<p class="credit">Foto: APA/AFP | Bild-ID 20250111-0412</p>
</div>
<div class="share"><a href="#">Teilen</a> <a href="#">Drucken</a> <span>127 Postings</span></div>
</div></main>
<footer>© 2025 Alpenländische Rundschau GmbH · FN 184512 t · Impressum</footer>
</body>
</html>
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "<title> duplicate of the headline", opt=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "og:title duplicate of the headline", opt=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline; Zelensky (Saturday) in the lead: captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag, dem 11. Jänner': captured"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'Am Montag' (publication day): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "'weitere 2.700 verwundet' = the others wounded, not an increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "NIS Monday: 'Insgesamt … geschickt' (sent, not planned)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-21..2024-12-31",
          "Zelensky 'Ende Dezember': killed and wounded"),
        C("bis zu 4.000", 4000, "at_most", "casualties", "other", "pub",
          "Austrian military academy expert to the paper, no date"),
    ),
)

H04 = Source(
    article_id="h04_rueckzug_front_ch",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-02-13"),
    dated_by="dateline",
    features="Swiss text in UTF-16 LE with BOM and CRLF: `ss`, «» quotes, `11'000`, `4'000`, "
    "4-digit `8000`, 'Publiziert: 13.02.2025' line; 'am Mittwoch' in a Thursday article; "
    "'Anfang Februar'; NATO (Rutte) «mehrere tausend Soldaten» on Monday; `höchstens 500`; "
    "Swiss expert range `10'000 bis 15'000 zusätzliche` (increment); 'ohne Weiteres' and "
    "'weitere 1,5 Mrd. Franken' (not increments of troops); areas, Russian losses, francs, "
    "army size, article number, read time",
    crlf=True,
    text="""\
Ausland

Nordkoreas Soldaten verschwinden von der Front

Seit Wochen sind in Kursk keine nordkoreanischen Einheiten mehr gesichtet worden. Seoul \
vermutet hohe Verluste als Grund.

Publiziert: 13.02.2025, 16:40 Uhr
Aktualisiert vor 2 Stunden

Seit gut drei Wochen haben ukrainische Drohnenpiloten in Kursk keine nordkoreanischen \
Einheiten mehr vor der Linse gehabt. Südkoreas Nationaler Nachrichtendienst NIS bestätigte am \
Mittwoch vor dem Geheimdienstausschuss in Seoul, dass sich die Truppen aus Pjöngjang aus den \
Kämpfen zurückgezogen hätten. Grund seien vermutlich die hohen Verluste: Von den \
[[rund 11'000]] entsandten Soldaten seien [[etwa 4'000]] getötet oder verwundet worden, hiess es.

Ob die Einheiten endgültig abgezogen wurden, ist unklar. Ein Sprecher der ukrainischen \
Spezialkräfte sagte der Nachrichtenagentur Keystone-SDA, derzeit stünden [[höchstens 500]] \
Nordkoreaner in Frontnähe. Die Armeeführung in Kiew hatte Anfang Februar noch von \
[[rund 8000]] nordkoreanischen Soldaten in der Region Kursk gesprochen.

Nato-Generalsekretär Mark Rutte warnte am Montag in Brüssel, Nordkorea habe weiterhin \
«[[mehrere tausend]] Soldaten» in Russland stationiert. Die Allianz beobachte die Lage «sehr \
genau».

«Keine Armee, die sich einfach zurückzieht»

Der Militärhistoriker Niklas Brunner von der Militärakademie an der ETH Zürich hält eine \
Rückkehr an die Front für wahrscheinlich. «Pjöngjang könnte ohne Weiteres [[10'000 bis 15'000]] \
zusätzliche Soldaten schicken», sagt er. «Das ist keine Armee, die sich einfach zurückzieht.» \
Nordkoreas Streitkräfte zählen rund 1,2 Millionen Mann.

Die Ukraine hatte im August 2024 einen Teil der Region Kursk erobert und kontrollierte zeitweise \
rund 1300 Quadratkilometer. Inzwischen ist davon nach Schätzungen noch etwa die Hälfte übrig. \
Die russischen Verluste beziffert der ukrainische Generalstab auf über 850'000 Soldaten seit \
Kriegsbeginn; allein am Dienstag seien es 1180 gewesen.

Bern hat Kiew seit Kriegsbeginn Unterstützung von insgesamt rund 5,4 Mrd. Franken in \
Aussicht gestellt. Der Bundesrat will am 5. März über weitere 1,5 Mrd. Franken für den \
Wiederaufbau entscheiden. An der Ukraine-Konferenz auf dem Bürgenstock hatten im Juni 2024 \
Vertreter von 92 Staaten teilgenommen.

Artikel-Nr. 7781204 · 23 Kommentare · Lesezeit: 3 Minuten
""",
    claims=(
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (Thursday article): sent"),
        C("etwa 4'000", 4000, "approx", "casualties", "south_korea", "wed",
          "NIS Wednesday: killed or wounded"),
        C("höchstens 500", 500, "at_most", "near_front", "ukraine", "pub",
          "special forces spokesman to SDA, no date: near the front"),
        C("rund 8000", 8000, "approx", "near_front", "ukraine", "2025-02-01..2025-02-10",
          "Kyiv army command 'Anfang Februar': in Kursk"),
        C("mehrere tausend", None, "vague", "in_russia", "nato", "mon",
          "Rutte Monday: stationed in Russia"),
        C("10'000 bis 15'000", None, "range", "planned", "other", "pub",
          "Swiss academic: could send; 'zusätzliche' increment", add=True),
    ),
)

H05 = Source(
    article_id="h05_faktencheck_100000_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-24"),
    dated_by="sidecar",
    features="fact-check HTML (sidecar and `<meta name=\"date\">`): a debunked figure in "
    "`<title>`, og:title, a negated headline and a claim box (optional rows) but reported in "
    "the body (other: social posts, 'seit Anfang Januar'); the outlet's own verdict `rund "
    "<b>11</b>&thinsp;000` (markup inside the span, unattributed); 'bis zu 100.000' from a "
    "magazine 'im November'; explicit dates 'am 13. Januar', 'am 4. Januar'; 'Mitte "
    "Dezember' range; North Korean soldiers at a 2018 parade (not a claim); shares, views, "
    "army size, read time, fact-check number, share buttons, cookie banner",
    sidecar=("Prüfstelle", "https://www.pruefstelle.example/faktencheck/1184", ""),
    text="""\
<!doctype html>
<html lang="de"><head><meta charset="utf-8">
<title>Faktencheck: Nein, Nordkorea hat nicht [[100.000]] Soldaten nach Russland geschickt</title>
<meta property="og:title" content="Nein, Nordkorea hat nicht [[100.000]] Soldaten geschickt">
<meta name="date" content="2025-01-24">
<link rel="canonical" href="https://www.pruefstelle.example/faktencheck/1184">
</head><body>
<div class="consent">Diese Seite nutzt Cookies für Statistik und Werbung. \
<button>OK</button> <a href="/datenschutz">Mehr erfahren</a></div>
<div class="page"><div class="content"><div class="fc">
<div class="fc-header"><span class="label">Faktencheck</span>
<h1>Nein, Nordkorea hat nicht [[100.000]] Soldaten nach Russland geschickt</h1>
<span class="meta">Faktencheck Nr. 1184 · Lesezeit 4 Min.</span></div>
<div class="fc-box"><p><strong>Behauptung:</strong> Nordkorea habe bereits [[100.000]] \
Soldaten nach Russland entsandt.</p>
<p><strong>Bewertung:</strong> Falsch. Die Zahl ist um ein Vielfaches zu hoch. Nach unserer \
Recherche sind es <span class="num">[[rund <b>11</b>&thinsp;000]]</span>.</p></div>
<div class="share"><button>Teilen</button> <button>Link kopieren</button> \
<span>56 Kommentare</span></div>
<p>In sozialen Netzwerken kursiert seit Anfang Januar ein Beitrag, wonach Nordkorea bereits \
[[100.000]] Soldaten an die Seite Russlands geschickt habe. Auf X wurde er mehr als \
4.200-mal geteilt, ein Video dazu hat 1,3 Millionen Aufrufe.</p>
<p>Die Zahl taucht schon im November in einem Bericht des US-Magazins „National Observer“ auf. \
Darin hieß es unter Berufung auf eine anonyme Quelle, Pjöngjang könnte langfristig \
[[bis zu 100.000]] Soldaten bereitstellen. Belege dafür nannte das Magazin nicht.</p>
<h2>Was die Geheimdienste sagen</h2>
<p>Der südkoreanische Geheimdienst NIS bezifferte die Zahl der entsandten Soldaten zuletzt am \
13. Januar auf [[etwa 11.000]]. Das Pentagon nannte Mitte Dezember eine Spanne von \
[[11.000 bis 12.000]]. Die Ukraine spricht von hohen Verlusten, nicht aber von mehr Soldaten: \
Präsident Selenskyj sagte am 4. Januar, [[mehr als 3.800]] Nordkoreaner seien getötet oder \
verwundet worden.</p>
<h2>Woher stammt das Foto?</h2>
<p>Das Bild zu dem Beitrag zeigt keine Soldaten in Russland, sondern eine Militärparade in \
Pjöngjang im Februar 2018. Zu sehen sind mehrere hundert Soldaten auf dem Kim-Il-Sung-Platz. \
Eine Rückwärtssuche führt zu einer Agenturaufnahme mit der Nummer 1A2B-2018-0208.</p>
<p>Nordkoreas Armee hat etwa 1,28 Millionen aktive Soldaten und gilt als eine der größten der \
Welt.</p>
</div></div></div>
<footer>Prüfstelle ist Unterzeichner des Kodex des International Fact-Checking Network. \
© 2025</footer>
</body></html>
""",
    claims=(
        C("100.000", 100000, "exact", "in_russia", "other", "2025-01-01..pub",
          "<title>: the debunked claim, negated", opt=True),
        C("100.000", 100000, "exact", "in_russia", "other", "2025-01-01..pub",
          "og:title: the debunked claim, negated", opt=True),
        C("100.000", 100000, "exact", "in_russia", "other", "2025-01-01..pub",
          "negated headline of the debunked claim", opt=True),
        C("100.000", 100000, "exact", "in_russia", "other", "2025-01-01..pub",
          "claim box 'Behauptung:' without a named source", opt=True),
        C("rund <b>11</b>&thinsp;000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the outlet's own verdict ('Nach unserer Recherche'); markup inside the span"),
        C("100.000", 100000, "exact", "in_russia", "other", "2025-01-01..pub",
          "social-media post circulating 'seit Anfang Januar'"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "2024-11-01..2024-11-30",
          "magazine citing an anonymous source 'im November': could provide"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-13",
          "NIS 'am 13. Januar': sent"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states",
          "2024-12-11..2024-12-20", "Pentagon 'Mitte Dezember'"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "2025-01-04",
          "Zelensky 'am 4. Januar': killed or wounded"),
    ),
)

H06 = Source(
    article_id="h06_fragen_antworten_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-30"),
    dated_by="front_matter",
    features="explainer in Q&A form, Markdown in UTF-8 with BOM; numbered questions; 'im "
    "Herbst' (season window); 'weitere 3.000' increment 'Ende März' (JCS); 'Am Mittwoch' in a "
    "Wednesday article; `Rund 4.700` opening a sentence after a colon; UK ministry "
    "'vergangene Woche' (other) with `einige tausend`; `bis zu 25.000 zusätzliche` with "
    "the claimant and date after it (HUR 'Mitte April'); 'Zwei Tage zuvor', shells, missiles, "
    "'bis zu 20 Mrd. Dollar', two thirds, army size, 28.500 US soldiers, border length, treaty "
    "article",
    text="""\
---
title: "Nordkoreas Soldaten in Russland – die wichtigsten Fragen und Antworten"
date: 2025-04-30
ressort: Politik
format: Erklärstück
---

# Nordkoreas Soldaten in Russland: Was wir wissen – und was nicht

*Pjöngjang hat den Einsatz erstmals offiziell bestätigt. Ein Überblick in sieben Fragen.*

## 1. Was hat Nordkorea zugegeben?

Die Staatsagentur KCNA bestätigte am Montag erstmals, dass nordkoreanische Einheiten an der \
„Befreiung“ der Region Kursk beteiligt waren. Machthaber Kim Jong Un habe den Einsatz auf \
Grundlage von Artikel 4 des Beistandsvertrags mit Russland angeordnet. Zwei Tage zuvor hatte \
Russlands Generalstabschef Waleri Gerassimow den „Heldenmut“ der Nordkoreaner gelobt. Zahlen \
nannten beide Seiten nicht.

## 2. Wie viele Soldaten hat Pjöngjang geschickt?

Die meisten Schätzungen stammen aus Seoul. Der Geheimdienst NIS ging im Herbst von \
[[rund 11.000]] Soldaten aus, die per Schiff und Flugzeug nach Russland gebracht worden seien. \
Ende März meldete der Generalstab (JCS), Nordkorea habe seit Jahresbeginn weitere [[3.000]] \
Mann geschickt.

## 3. Wie hoch sind die Verluste?

Am Mittwoch legte der NIS neue Zahlen vor: [[Rund 4.700]] Nordkoreaner seien getötet oder \
verwundet worden, [[etwa 600]] von ihnen seien gefallen. Kiew nennt deutlich höhere Werte; der \
ukrainische Generalstab spricht von [[mehr als 6.000]] Toten und Verletzten.

## 4. Sind noch Nordkoreaner an der Front?

Nach Einschätzung des britischen Verteidigungsministeriums waren vergangene Woche noch \
[[einige tausend]] Nordkoreaner in der Region Kursk im Einsatz. Die Kämpfe haben sich \
inzwischen in das benachbarte Gebiet Belgorod verlagert.

## 5. Kommen weitere Soldaten?

Möglich. Kim könne [[bis zu 25.000]] zusätzliche Männer in Marsch setzen, um die Gefallenen \
zu ersetzen – so schätzte es der ukrainische Militärgeheimdienst HUR Mitte April. Seoul hält \
die Zahl für zu hoch gegriffen.

## 6. Was bekommt Nordkorea dafür?

Genaues ist nicht bekannt. Nach südkoreanischen Schätzungen hat Pjöngjang seit 2023 mehr als \
12 Millionen Artilleriegranaten und rund 200 ballistische Raketen geliefert; im Gegenzug \
erhalte es Öl, Lebensmittel und Militärtechnik. Der Wert der Lieferungen wird auf bis zu \
20 Mrd. Dollar geschätzt – gut zwei Drittel der nordkoreanischen Wirtschaftsleistung.

## 7. Was bedeutet das für Südkorea?

Seoul fürchtet, dass Nordkoreas Armee – mit geschätzt 1,2 Millionen Soldaten eine der größten \
der Welt – Erfahrung im Drohnenkrieg sammelt. In Südkorea sind rund 28.500 US-Soldaten \
stationiert, die innerkoreanische Grenze ist 248 Kilometer lang.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2024-09-01..2024-11-30",
          "NIS 'im Herbst': brought to Russia"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "JCS 'Ende März': 'weitere 3.000' sent", add=True),
        C("Rund 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'Am Mittwoch' in a Wednesday article: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed", "NIS: killed"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "Ukrainian General Staff, no date"),
        C("einige tausend", None, "vague", "near_front", "other", "lastweek",
          "UK defence ministry 'vergangene Woche': in Kursk"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "2025-04-11..2025-04-20",
          "HUR 'Mitte April', claimant after the figure: 'zusätzliche' increment", add=True),
    ),
)

H07 = Source(
    article_id="h07_kommentar_kanonenfutter",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-28"), dated_by="sidecar",
    features="opinion piece in windows-1252 with CRLF, crowded with figures that are not "
    "claims (days of war, Korean War dead, ages `zwischen 18 und 30`, kilograms, `jeder "
    "vierte`, money, GDP, shells, army size, reader-letter length); sentence-initial "
    "`Mehr als 3.000` dated by the next sentence ('am Montag' in a Saturday article); "
    "columnist's own framing (optional); `Dutzenden` 'gestern'; White House 'am Freitag' "
    "about 'der vergangenen Woche' (event, not claim date); JCS 'vergangene Woche' with the "
    "figure in the next sentence ('Die Rede ist von mehreren tausend')",
    crlf=True,
    sidecar=("Mitteldeutsche Allgemeine", "", "Kims Kanonenfutter"),
    text="""\
MEINUNG

Kims Kanonenfutter

Pjöngjang verheizt seine Soldaten für Putins Krieg – und kassiert dafür. Ein Kommentar von \
Gregor Wendland

Es gibt Zahlen, die man vergisst, und Zahlen, die man sich merken muss. Mehr als 1.000 Tage \
dauert dieser Krieg inzwischen, länger als der Koreakrieg, der von 1950 bis 1953 mehr als zwei \
Millionen Zivilisten das Leben kostete.

Und es gibt die Zahl, die in diesen Tagen alle anderen überlagert. [[Mehr als 3.000]] \
nordkoreanische Soldaten sind in der Region Kursk getötet oder verwundet worden. Das sagte \
Präsident Wolodymyr Selenskyj am Montag, und seither hat ihm weder Moskau noch Pjöngjang \
widersprochen.

Man muss sich das vorstellen: Von den [[rund 11.000]] Mann, die Kim Jong Un im Herbst nach \
Russland geschickt hat, ist damit binnen weniger Wochen mehr als jeder vierte ausgefallen. Die \
Männer sind zwischen 18 und 30 Jahre alt, viele haben ihr Land nie verlassen. Sie kämpfen in \
einem Gelände, das sie nicht kennen, gegen Drohnen, die sie nie gesehen haben, und tragen dabei \
kaum mehr als 20 Kilogramm Ausrüstung.

Der ukrainische Militärgeheimdienst sprach gestern von [[Dutzenden]] Nordkoreanern, die bei \
einem einzigen Angriff nahe Kurilowka getötet worden seien. Das Weiße Haus bezifferte die \
Verluste am Freitag auf [[mehr als 1.000]] Tote und Verletzte allein in der vergangenen Woche.

Und Kim? Kassiert. Experten schätzen seine Einnahmen aus dem Geschäft auf einen dreistelligen \
Millionenbetrag im Jahr – in Dollar, in Öl, in Raketentechnik. Für ein Land, dessen \
Wirtschaftsleistung bei geschätzt 28 Milliarden Dollar liegt, ist das viel Geld. Europa hat in \
diesem Jahr sein Ziel von einer Million Granaten für die Ukraine knapp erreicht; Nordkorea soll \
Russland im selben Zeitraum ein Vielfaches geliefert haben.

Wer glaubt, damit sei Schluss, irrt. Südkoreas Generalstab warnte vergangene Woche, Pjöngjang \
bereite die Entsendung zusätzlicher Truppen vor. Die Rede ist von [[mehreren tausend]] Mann. \
Kim hat 1,2 Millionen Soldaten unter Waffen, und Putin hat Bedarf.

Die Frage ist nicht, ob Europa sich das leisten kann. Die Frage ist, wie lange noch nicht.

Gregor Wendland, 58, leitet das Auslandsressort dieser Zeitung.
Leserbriefe (max. 1.500 Zeichen) an: meinung@mitteldeutsche-allgemeine.example
""",
    claims=(
        C("Mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "sentence-initial; dated and attributed by the next sentence (Zelensky 'am Montag')"),
        C("rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "columnist's own framing without a source", opt=True),
        C("Dutzenden", None, "vague", "casualties", "ukraine", "yday",
          "Ukrainian military intelligence 'gestern': killed"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "fri",
          "White House 'am Freitag'; 'in der vergangenen Woche' is the event window"),
        C("mehreren tausend", None, "vague", "planned", "south_korea", "lastweek",
          "JCS 'vergangene Woche' carried to 'Die Rede ist von'; additional troops", add=True),
    ),
)

H08 = Source(
    article_id="h08_pioniere_kursk_latin1",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-18"),
    dated_by="sidecar",
    features="HTML in ISO-8859-1 (typographic quotes and dashes only as entities, 'Stand:' "
    "line), sidecar; deminers and military construction workers; Russia (Schoigu) as "
    "claimant with the date in the next sentence ('Das sagte … am Dienstag'); headline sum "
    "`6000`; vague subheading (optional); `rund 17&#8239;000` with an entity; 'Mitte Mai'; "
    "'etwa 4.100 weitere' = others; `1000 Minen` (mines, not men), square kilometres, "
    "flight hours, ages, roubles, Russian losses, visit ordinal, share links, comments",
    sidecar=(
        "Nordbayerische Nachrichten",
        "https://www.nordbayerische-nachrichten.example/politik/pioniere-kursk-88172635",
        "Nordkorea schickt 6000 Pioniere und Bauarbeiter nach Kursk",
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Schoigu in Pjöngjang: Nordkorea schickt Pioniere nach Kursk &ndash; \
Nordbayerische Nachrichten</title>
<meta name="description" content="Russlands Sicherheitsratschef kündigt neue Hilfe an.">
</head>
<body>
<div class="cookie-layer"><p>Wir und unsere 96 Partner nutzen Cookies.</p>\
<button>Akzeptieren</button></div>
<div id="page"><div class="main"><article>
<div class="kicker">Krieg in der Ukraine</div>
<h1>Nordkorea schickt [[6000]] Pioniere und Bauarbeiter nach Kursk</h1>
<p class="dateline">Stand: 18.06.2025, 10:04 Uhr</p>
<p class="teaser">Russlands Sicherheitsratschef Sergej Schoigu kündigt bei seinem dritten \
Besuch binnen drei Monaten neue Hilfe aus Pjöngjang an. Seoul warnt vor einer dauerhaften \
Präsenz.</p>
<p>Nordkorea wird nach Angaben aus Moskau [[1000]] Minenräumer und [[5000]] \
Militärbauarbeiter in die russische Region Kursk entsenden. Das sagte der Sekretär des \
russischen Sicherheitsrats, Sergej Schoigu, am Dienstag nach einem Treffen mit Machthaber Kim \
Jong Un in Pjöngjang. Die Pioniere sollen Minenfelder räumen und zerstörte Infrastruktur \
wiederaufbauen.</p>
<p>Nach Schoigus Worten ist die Region auf einer Fläche von mehreren hundert \
Quadratkilometern vermint. Teilweise lägen mehr als 1000 Minen auf einem Quadratkilometer. Der \
70-Jährige war erst Anfang Juni in Pjöngjang gewesen; der Flug dauert knapp acht Stunden.</p>
<h2>Seoul: [[Tausende]] bleiben in Russland</h2>
<p>Südkoreas Geheimdienst NIS geht davon aus, dass die Verlegung im Juli oder August \
beginnt. Der Abgeordnete Lee Seong-kweun sagte am Mittwoch nach einer Unterrichtung durch den \
Dienst, damit würden sich bald insgesamt [[rund 17&#8239;000]] nordkoreanische Soldaten und \
Arbeiter in Russland aufhalten.</p>
<p>Schon Mitte Mai hatte der Geheimdienst die Zahl der seit Herbst gefallenen Nordkoreaner \
auf [[rund 600]] beziffert; [[etwa 4.100]] weitere seien verwundet worden. Nach ukrainischen \
Angaben sind nach wie vor [[bis zu 11.000]] Nordkoreaner in der Grenzregion stationiert.</p>
<p>Die Ukraine meldete für Dienstag 1140 getötete oder verwundete russische Soldaten. Für den \
Wiederaufbau der Kleinstadt Sudscha stellt Moskau nach eigenen Angaben 3,2 Milliarden Rubel \
bereit.</p>
<div class="share">Teilen: <a href="#">Facebook</a> | <a href="#">X</a> | \
<a href="#">WhatsApp</a> | <a href="#">E-Mail</a></div>
<p class="meta">Artikel-ID 88172635 &middot; 34 Kommentare</p>
</article></div></div>
<footer>&copy; 2025 Nordbayerische Nachrichten &middot; &bdquo;Wir für die Region&ldquo;</footer>
</body>
</html>
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: sum of Schoigu's figures (Tuesday)"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Schoigu, dated by the next sentence: deminers to be sent"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "Schoigu: military construction workers to be sent"),
        C("Tausende", None, "vague", "in_russia", "south_korea", "wed..pub",
          "vague subheading 'Seoul:'", opt=True),
        C("rund 17&#8239;000", 17000, "approx", "planned", "south_korea", "wed",
          "lawmaker briefed by NIS 'am Mittwoch': future total ('würden sich bald')"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-05-11..2025-05-20",
          "NIS 'Mitte Mai': killed"),
        C("etwa 4.100", 4100, "approx", "casualties", "south_korea", "2025-05-11..2025-05-20",
          "'etwa 4.100 weitere … verwundet' = the others wounded, not an increment"),
        C("bis zu 11.000", 11000, "at_most", "near_front", "ukraine", "pub",
          "'Nach ukrainischen Angaben', no date: stationed in the border region"),
    ),
)

H09 = Source(
    article_id="h09_nachschub_chronik",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-03-14"),
    dated_by="inferred",
    features="regional paper without sidecar, front matter or dateline: dated by the latest "
    "full date in its chronology box ('14. März 2025'); 'am Freitag' on the publication day; "
    "`rund 3.000 zusätzliche` and `3.000 weitere` (increments); `mehrere hundert Verwundete`; "
    "Syrskyj 'am Mittwoch'; think tank number word `bis zu zwanzigtausend`; chronology lines "
    "with explicit dates and claimants; Russian troops, town population, distance, page and "
    "issue numbers",
    text="""\
POLITIK

Nordkorea schickt Nachschub nach Kursk

Seoul meldet neue Truppenverlegungen – die Nordkoreaner sind zurück an der Front

Von unserem Korrespondenten Martin Ebeling

Seoul. Nordkorea hat nach Erkenntnissen des südkoreanischen Militärs seit Jahresbeginn \
erneut Soldaten nach Russland geschickt. Wie der Generalstab (JCS) am Freitag mitteilte, wurden \
im Januar und Februar [[rund 3.000]] zusätzliche Soldaten verlegt. Zudem habe Pjöngjang \
[[mehrere hundert]] Verwundete in die Heimat zurückgeholt.

Die Nordkoreaner seien nach einer mehrwöchigen Pause wieder an Kampfhandlungen beteiligt, hieß \
es in Seoul. Das bestätigt auch die ukrainische Seite: Oberbefehlshaber Olexander Syrskyj sagte \
am Mittwoch, in der Region Kursk kämpften inzwischen wieder [[knapp 5.000]] Nordkoreaner.

Für Kiew kommt das zur Unzeit. Die ukrainischen Truppen stehen in Kursk unter starkem Druck; \
Russland hat dort nach ukrainischen Angaben mehr als 60.000 eigene Soldaten konzentriert. Die \
Kleinstadt Sudscha, vor dem Krieg mit rund 5.000 Einwohnern, ist nach Moskauer Angaben wieder \
unter russischer Kontrolle.

Die Berliner Sicherheitsexpertin Anna Kühnel von der Stiftung Wissenschaft und Politik hält \
es für möglich, dass Nordkorea seine Präsenz weiter ausbaut. „Bis Jahresende halte ich \
[[bis zu zwanzigtausend]] Mann in Russland für realistisch“, sagte sie unserer Zeitung. Die \
Soldaten lernten an der Front, was Nordkoreas Armee seit 70 Jahren fehle: Kampferfahrung.

Chronologie

6. August 2024: Ukrainische Truppen stoßen in die russische Region Kursk vor.
18. Oktober 2024: Seouls Geheimdienst meldet die Verlegung von [[1.500]] Spezialkräften.
4. November 2024: Kiew meldet erste Gefechte mit nordkoreanischen Einheiten.
19. Dezember 2024: Seoul beziffert die Verluste auf [[100]] Tote und [[1.000]] Verwundete.
11. Januar 2025: Selenskyj meldet die Gefangennahme von [[zwei]] Nordkoreanern.
Mitte Januar 2025: Die nordkoreanischen Einheiten verschwinden von der Front.
14. März 2025: Der Generalstab in Seoul meldet [[3.000]] weitere Soldaten in Russland.

Pjöngjang liegt rund 6.400 Kilometer Luftlinie von Kursk entfernt.

Seite 4 · Südwest-Echo · Nr. 61
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "fri",
          "JCS 'am Freitag' (publication day): 'zusätzliche' moved", add=True),
        C("mehrere hundert", None, "vague", "casualties", "south_korea", "fri",
          "JCS: wounded brought home"),
        C("knapp 5.000", 5000, "approx", "near_front", "ukraine", "wed",
          "Syrskyj 'am Mittwoch': fighting in Kursk"),
        C("bis zu zwanzigtausend", 20000, "at_most", "planned", "other", "pub",
          "think-tank expert to the paper: possible by year end"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "chronology '18. Oktober 2024': NIS"),
        C("100", 100, "exact", "casualties", "south_korea", "2024-12-19",
          "chronology '19. Dezember 2024': dead"),
        C("1.000", 1000, "exact", "casualties", "south_korea", "2024-12-19",
          "chronology: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "chronology '11. Januar 2025': captured"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "fri",
          "chronology '14. März 2025': '3.000 weitere'", add=True),
    ),
)

H10 = Source(
    article_id="h10_bestaetigung_wien_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-04-29"),
    dated_by="front_matter",
    features="Austrian Markdown in ISO-8859-1 with CRLF (straight quotes only, quoted "
    "front-matter timestamp): 'Jänner', 'heuer', `Prozent`, `Mio.`; North Korea (KCNA, "
    "Kim) as claimant of a vague figure on Monday; subheading with a figure attributed by its "
    "paragraph; 'vom Dienstag' on the publication day; 'Ende März', 'Mitte Jänner'; "
    "`ein paar tausend` from an Austrian academy expert (other); army size, poll, euros, "
    "treaty date, age",
    crlf=True,
    text="""\
---
title: "Pjöngjang bestätigt Kampfeinsatz in Kursk"
date: "2025-04-29T06:30:00+02:00"
ressort: Außenpolitik
---

# Pjöngjang bestätigt Kampfeinsatz in Kursk

**Nach Monaten des Schweigens räumt Nordkorea ein, Soldaten nach Russland geschickt zu haben. \
Seoul nennt neue Zahlen.**

Wien/Seoul - Nordkorea hat erstmals offiziell bestätigt, Soldaten für den Krieg gegen die \
Ukraine nach Russland entsandt zu haben. Die Staatsagentur KCNA zitierte am Montag eine \
Erklärung der Zentralen Militärkommission, wonach "Unterabteilungen" der Volksarmee an der \
"Befreiung" der Region Kursk beteiligt gewesen seien. Machthaber Kim Jong Un sprach laut KCNA \
von [[Tausenden]] "tapferen Söhnen", die ihre "internationalistische Pflicht" erfüllt hätten, \
und kündigte ein Denkmal in Pjöngjang an.

Am Samstag hatte bereits Russlands Generalstabschef Waleri Gerassimow die Rolle der \
Nordkoreaner gewürdigt. Sie hätten "Seite an Seite" mit russischen Soldaten gekämpft, sagte er \
bei einem im Fernsehen übertragenen Treffen mit Präsident Wladimir Putin.

## Seoul: [[Bis zu 15.000]] Mann entsandt

Südkoreas Geheimdienst NIS geht nach Angaben von Abgeordneten vom Dienstag davon aus, dass \
Pjöngjang insgesamt [[bis zu 15.000]] Soldaten nach Russland geschickt hat. Die Verluste hatte \
der Generalstab bereits Ende März auf [[rund 4.000]] Tote und Verwundete beziffert. Aus Kiew \
kamen schon Mitte Jänner höhere Zahlen: Die Ukraine sprach damals von [[fast 4.000]] Verlusten \
allein in Kursk.

Derzeit seien nur noch [[ein paar tausend]] Nordkoreaner in Frontnähe, schätzt Oberst \
Reinhard Pichler vom Institut für Strategie und Sicherheitspolitik an der \
Landesverteidigungsakademie. Nordkoreas Armee zählt rund 1,2 Mio. Soldaten, der Verlust sei für \
Pjöngjang "verkraftbar".

## Österreich: Mehrheit für Neutralität

Laut einer Umfrage des Linzer Instituts Spectra sprechen sich 57 Prozent der Österreicherinnen \
und Österreicher dafür aus, der Ukraine weiterhin nur humanitär zu helfen. Die Regierung hat \
heuer 5 Mio. Euro für Winterhilfe und Minenräumung budgetiert, seit Jänner wurden davon \
1,8 Mio. Euro ausgezahlt.

Der Beistandsvertrag zwischen Moskau und Pjöngjang wurde am 19. Juni 2024 unterzeichnet. Kim, \
41, hat Russland bisher nicht offiziell besucht, seit der Vertrag in Kraft ist.
""",
    claims=(
        C("Tausenden", None, "vague", "in_russia", "north_korea", "mon",
          "Kim via KCNA on Monday: sons who fulfilled their duty"),
        C("Bis zu 15.000", 15000, "at_most", "in_russia", "south_korea", "tue",
          "subheading 'Seoul:'; NIS via lawmakers on Tuesday (publication day)"),
        C("bis zu 15.000", 15000, "at_most", "in_russia", "south_korea", "tue",
          "NIS via lawmakers 'vom Dienstag': 'insgesamt … geschickt'"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "JCS 'Ende März': dead and wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "Ukraine 'Mitte Jänner': losses"),
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "Austrian academy expert, no date: near the front"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (wire, UK and US styles)
# ---------------------------------------------------------------------------------------------

H11 = Source(
    article_id="h11_reuters_first_clash",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-04"), dated_by="sidecar",
    features="wire copy: 'UPDATE 2-' slug, dateline 'SEOUL/KYIV, Nov 4 (Reuters) -' (no year: "
    "dated by the sidecar), reporting credits; 'late on Sunday' in a Monday article; "
    "lawmakers told 'last week'; US estimate near a Thursday quote; 'expected the number … "
    "to reach 15,000' (planned, figure without a noun); 'Western officials' (other) "
    "`thousands`; ICBM flight minutes and km, Russian losses per day, artillery rounds, ages, "
    "army size, election day",
    sidecar=(
        "Reuters (wire)", "",
        "UPDATE 2-North Korean troops in first clash with Ukrainian forces, Kyiv says",
    ),
    text="""\
UPDATE 2-North Korean troops in first clash with Ukrainian forces, Kyiv says

By Ji-won Baek and Daniel Hartley

SEOUL/KYIV, Nov 4 (Reuters) - North Korean troops have come under fire from Ukrainian forces \
for the first time, Ukraine's defence minister said in an interview aired on Monday, as Kyiv \
and its allies pressed Moscow over what they called a dangerous escalation of the war.

"The first small engagement has taken place," Rustem Umerov told South Korea's KBS \
broadcaster. He gave no casualty figures and did not say where the clash occurred.

President Volodymyr Zelenskiy said in his nightly video address late on Sunday that [[11,000]] \
North Korean troops were now in Russia's Kursk region, where Ukraine has held a chunk of \
territory since an incursion in August.

South Korea's National Intelligence Service (NIS) told lawmakers last week that \
[[more than 10,000]] North Korean soldiers had been sent to Russia and that some had begun \
moving toward the front. It estimates that the North has also shipped some 9 million artillery \
rounds to Russia since last year.

U.S. officials estimate that [[around 8,000]] of the North Koreans are in the Kursk region. \
Pentagon spokeswoman Sabrina Singh said on Thursday that Washington had not yet seen them \
engage in combat. Ukraine's military intelligence agency said last week it expected the \
number of North Koreans in Russia to reach [[15,000]].

Western officials say [[thousands]] of the troops are expected to join combat within days.

The Kremlin has neither confirmed nor denied the deployment, saying military cooperation with \
Pyongyang is a sovereign matter. Russian Foreign Minister Sergei Lavrov met his North Korean \
counterpart Choe Son Hui, 60, in Moscow on Friday.

North Korea fired an intercontinental ballistic missile on Thursday that flew for 86 minutes \
and reached an altitude of more than 7,000 km, the longest flight time yet recorded for one \
of its missiles. The launch came days before Tuesday's U.S. presidential election.

Ukraine's general staff said Russia had lost 1,670 soldiers over the past day, the highest \
daily toll of the war, a figure Reuters could not independently verify. North Korea's \
1.2 million-strong military is one of the world's largest.

(Reporting by Ji-won Baek in Seoul and Daniel Hartley in Kyiv; Additional reporting by Maria \
Lindqvist in Moscow; Editing by Paul Okonjo)
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelenskiy 'late on Sunday' in a Monday article: in Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "NIS told lawmakers 'last week': sent"),
        C("around 8,000", 8000, "approx", "near_front", "united_states", "thu..pub",
          "'U.S. officials estimate', undated, next to a Thursday quote: in Kursk"),
        C("15,000", 15000, "exact", "planned", "ukraine", "lastweek",
          "HUR 'last week': expected the number to reach"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "'Western officials say': expected to join combat"),
    ),
)

H12 = Source(
    article_id="h12_liveblog_casualties_uk_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-12-17"),
    dated_by="html_meta",
    features="UK live-blog HTML: `<title>`/og:title figures (optional rows), LiveBlogPosting "
    "JSON-LD, consent banner with partner count, share count, timestamped blocks with "
    "headings that carry figures (attributed from their block); &lsquo;/&ldquo; entities "
    "around a vague figure; 'the briefing on Monday' dating an earlier quote; "
    "UK Defence Intelligence (other) today; summary bullet with a range from the NIS "
    "(undated earlier estimate); Kirillov killing with age and grams of TNT, drones, "
    "missiles, sanctions ordinal, Russian casualties a day, comments, company number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Ukraine war live: North Korea has suffered &lsquo;[[several hundred]]&rsquo; \
casualties, says US | The Evening Ledger</title>
<meta property="og:title" content="North Korea has suffered ‘[[several hundred]]’ casualties, \
says US">
<meta property="article:published_time" content="2024-12-17T07:02:00Z">
<meta property="article:modified_time" content="2024-12-17T18:40:12Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting",\
"headline":"Ukraine war live","coverageStartTime":"2024-12-17T07:00:00Z"}</script>
</head>
<body>
<div class="consent"><p>We value your privacy. We and our 1,032 partners use cookies \
and similar tools to personalise ads.</p><button>Accept all</button><button>Manage</button></div>
<header class="masthead"><a href="/">The Evening Ledger</a> \
<a href="/support">Support us from &pound;1</a></header>
<main>
<h1>Ukraine war live: North Korea has suffered &lsquo;[[several hundred]]&rsquo; casualties, \
says US</h1>
<div class="share"><a href="#">Share</a> <a href="#">X</a> <span class="count">1,284</span></div>
<div class="block" id="b5"><time datetime="2024-12-17T16:05:00Z">16.05 GMT</time>
<h2>US: North Korea suffered &lsquo;[[several hundred]]&rsquo; casualties</h2>
<p>A senior US military official has told reporters that North Korean troops fighting in \
Kursk have suffered &ldquo;[[several hundred]]&rdquo; casualties, ranging from &ldquo;light \
wounds to killed in action&rdquo;. The official, who was not authorised to speak publicly, \
said the briefing on Monday was the first time Washington had put a figure on the losses.</p>
<p>Pentagon figures put the total deployed to Russia at [[about 12,000]], most of them now in \
the Kursk region.</p></div>
<div class="block" id="b4"><time datetime="2024-12-17T14:40:00Z">14.40 GMT</time>
<h2>Kyiv says [[dozens]] of North Koreans killed over weekend</h2>
<p>Ukraine&rsquo;s military intelligence agency, HUR, said on Monday that [[at least 30]] \
North Korean soldiers had been killed or wounded in fighting near three villages in Kursk over \
the weekend.</p></div>
<div class="block" id="b3"><time datetime="2024-12-17T11:15:00Z">11.15 GMT</time>
<h2>Russian general killed in Moscow</h2>
<p>Lt Gen Igor Kirillov, 54, the head of Russia&rsquo;s radiation, chemical and biological \
protection troops, has been killed by a bomb hidden in an electric scooter outside an \
apartment block in Moscow. Ukrainian sources said the device contained about 300g of TNT.</p>
</div>
<div class="block" id="b2"><time datetime="2024-12-17T09:30:00Z">09.30 GMT</time>
<h2>UK: North Korean troops &lsquo;likely to take heavy losses&rsquo;</h2>
<p>In its morning intelligence briefing, Britain&rsquo;s Ministry of Defence assessed that \
North Korean forces in Kursk &ldquo;likely number [[around 11,000]]&rdquo;. Russia, it said, was \
suffering an average of 1,523 casualties a day in December.</p></div>
<div class="block" id="b1"><time datetime="2024-12-17T07:02:00Z">07.02 GMT</time>
<h2>Summary</h2>
<ul><li>North Korea has sent [[11,000 to 12,000]] troops to Russia, according to South \
Korea&rsquo;s spy agency.</li>
<li>Russia launched 110 drones and two Iskander missiles overnight; Ukraine&rsquo;s air force \
said 65 drones were shot down.</li>
<li>The EU approved its 15th sanctions package on Monday.</li></ul></div>
</main>
<footer><a href="#comments">Comments (2,311)</a> &middot; &copy; 2024 The Evening Ledger Ltd. \
Registered in England No. 908396.</footer>
</body>
</html>
""",
    claims=(
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "<title> duplicate of the headline", opt=True),
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "og:title duplicate of the headline", opt=True),
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'says US'; the US briefing was on Monday"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "block heading 'US:'"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "senior US military official, 'the briefing on Monday'"),
        C("about 12,000", 12000, "approx", "in_russia", "united_states", "mon..pub",
          "'Pentagon figures put the total deployed … at'"),
        C("dozens", None, "vague", "casualties", "ukraine", "mon..pub",
          "block heading 'Kyiv says'; HUR on Monday in the block"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "mon",
          "HUR 'on Monday'; 'over the weekend' is the event window"),
        C("around 11,000", 11000, "approx", "near_front", "other", "pub",
          "UK Defence Intelligence morning briefing (today): in Kursk"),
        C("11,000 to 12,000", None, "range", "in_russia", "south_korea", "2024-10-18..pub",
          "summary bullet: undated earlier NIS estimate (wide window)"),
    ),
)

H13 = Source(
    article_id="h13_tabloid_pow_swap_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-01-13"),
    dated_by="sidecar",
    features="UK tabloid HTML in windows-1252 with CRLF: caps headline, standfirst with "
    "capitalised number word `TWO`, short paragraphs, byline with `<br>` and time; 'last "
    "night' in a Monday article (= yesterday); `3,000-plus` (at_least); 'today'; 'another "
    "2,700 wounded' = others (not additional); `thousands more` (vague increment, span "
    "without 'more'); 'Western intelligence' (other) 'up to 12,000'; ages, Russian losses, "
    "army size `1.28million`, feet, '100-year', comment count, picture credit, phone number",
    crlf=True,
    sidecar=(
        "The Daily Clarion",
        "https://www.dailyclarion.example/news/world/kims-boys-in-chains-2025011301",
        "",
    ),
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Zelensky offers to swap captured Kim soldiers for Ukrainian POWs | The Daily Clarion</title>
<meta property="og:title" content="KIM’S BOYS IN CHAINS: Zelensky offers prisoner swap">
</head>
<body>
<div class="gdpr">We use cookies to improve your experience. <a href="#">Accept</a> \
<a href="#">Settings</a></div>
<div class="article">
<p class="kicker">WAR IN UKRAINE</p>
<h1>KIM&#8217;S BOYS IN CHAINS</h1>
<h2 class="standfirst">Zelensky offers to hand back [[TWO]] captured North Korean soldiers \
&#8211; if Putin frees Ukrainian POWs</h2>
<div class="byline">By <b>Harry Colville</b>, Foreign News Reporter<br>Updated: 09:41 GMT, \
13 Jan 2025</div>
<p>VOLODYMYR Zelensky last night offered to return [[two]] of Kim Jong Un’s captured soldiers \
to North Korea &#8211; in exchange for Ukrainians held by Russia.</p>
<p>The pair, one just 21, were nabbed in the Kursk region on Saturday after being wounded.</p>
<p>Footage released by Kyiv shows one of the men, his jaw bandaged, lying on a bunk. He told \
interrogators he thought he was being sent on a training exercise.</p>
<p>Zelensky said: “Ukraine is ready to hand over Kim Jong Un’s soldiers to him if he can \
organise their exchange for our warriors.”</p>
<p>Kyiv claims a staggering [[3,000-plus]] of Kim’s men have now been killed or wounded since \
they were flung into battle in the autumn.</p>
<p>South Korea’s spy agency said today [[around 300]] North Koreans had been killed and \
another [[2,700]] wounded.</p>
<p>The NIS also warned that Kim was preparing to ship [[thousands]] more troops to the \
front.</p>
<p>Putin has thrown [[up to 12,000]] North Koreans into his meat grinder, according to Western \
intelligence &#8211; many of them barely out of their teens.</p>
<p>Russia has lost more than 800,000 men killed or wounded since invading in February 2022, \
British defence chiefs estimate.</p>
<p>Kim, 41, boasts one of the world’s biggest armies with 1.28million troops &#8211; but \
experts say they are hopeless against drones. One clip shows a soldier firing at a drone \
hovering just 6ft above him.</p>
<p>Sir Keir Starmer is expected in Kyiv this week to sign a 100-year partnership deal.</p>
<p class="pic-credit">Picture: Telegram/ZelenskyyUa</p>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> \
<span>487 comments</span></div>
</div>
<footer>The Daily Clarion, 1 Fleet Yard, London EC4A 2BB. Tel 020 7946 0123</footer>
</body>
</html>
""",
    claims=(
        C("TWO", 2, "exact", "casualties", "ukraine", "yday..pub",
          "standfirst; Zelensky 'last night' in the lead: captured"),
        C("two", 2, "exact", "casualties", "ukraine", "yday",
          "Zelensky 'last night' in a Monday article"),
        C("3,000-plus", 3000, "at_least", "casualties", "ukraine", "pub",
          "'Kyiv claims', no date: killed or wounded"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'today' (publication day): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "'another 2,700 wounded' = the others wounded, not an increment"),
        C("thousands", None, "vague", "planned", "south_korea", "mon",
          "NIS 'also warned': 'thousands more' increment", add=True),
        C("up to 12,000", 12000, "at_most", "near_front", "other", "pub",
          "'according to Western intelligence': thrown into combat"),
    ),
)

H14 = Source(
    article_id="h14_tv_transcript_us",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-01-24"),
    dated_by="dateline",
    features="US TV-network transcript in UTF-8 with BOM and CRLF: 'Aired January 24, 2025' "
    "line, speaker labels, time codes, stage directions; number words `roughly four "
    "thousand` and spoken range `two to three thousand`; 'now says', 'on Wednesday', 'told us "
    "today', 'yesterday'; 'in one week alone in December' (event, not claim date); 'a fresh "
    "batch of about 2,000' (increment); think-tank guest (other) with `tens of thousands "
    "more`; column size `a dozen men`, 'a third of the force', army size, money, times",
    crlf=True,
    text="""\
EVENING NEWS REPORT - TRANSCRIPT

Segment: North Korea's Losses in Russia
Aired January 24, 2025 - 18:30 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

[18:30:04]

DANA MERCER, ANCHOR: Good evening. We begin tonight with grim new numbers from the war in \
Ukraine. Kyiv now says [[nearly 4,000]] North Korean soldiers have been killed or wounded \
fighting for Russia in the Kursk region. Our national security correspondent Tom Aldridge has \
more. Tom?

TOM ALDRIDGE, NATIONAL SECURITY CORRESPONDENT: Dana, President Zelensky put the figure at \
[[roughly four thousand]] on Wednesday, and he says those losses have not stopped Moscow from \
throwing the North Koreans into assaults.

(BEGIN VIDEOTAPE)

ALDRIDGE (voice-over): This is drone footage released by Ukraine's special forces. Officials in \
Kyiv say it shows North Korean infantry crossing open snowfields in columns of a dozen men or \
more, with no vehicles and no cover.

The Pentagon believes Pyongyang sent [[about 12,000]] troops in total last fall. A senior \
defense official told us today that [[more than 1,000]] of them were killed or wounded in one \
week alone in December.

South Korea's spy agency told lawmakers yesterday that Pyongyang appears to be preparing a \
fresh batch of [[about 2,000]] soldiers, though it has not detected them leaving.

(END VIDEOTAPE)

[18:33:12]

MERCER: Tom, thank you. Joining us now is retired Army Colonel Ray Okafor, a senior fellow at \
the Hudson Strategic Forum. Colonel, how many of these troops are still fighting?

COL. RAY OKAFOR (RET.), SENIOR FELLOW, HUDSON STRATEGIC FORUM: Well, Dana, if you take the \
Ukrainian numbers, they have lost about a third of the force in ten weeks. My guess is that \
[[two to three thousand]] of them are still on the front line today.

MERCER: And does Kim have more to send?

OKAFOR: He has an army of more than a million men. He could send [[tens of thousands]] more \
tomorrow if he wanted to. The $2 billion or so a year that Moscow reportedly pays him is a \
powerful incentive.

MERCER: Colonel Ray Okafor, thank you. Coming up after the break: the new administration's \
first week and what it means for Ukraine.

(COMMERCIAL BREAK)

[18:41:10]

Copyright 2025 Evening News Report. All Rights Reserved.
""",
    claims=(
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "anchor: 'Kyiv now says': killed or wounded"),
        C("roughly four thousand", 4000, "approx", "casualties", "ukraine", "wed",
          "Zelensky 'on Wednesday' (number words)"),
        C("about 12,000", 12000, "approx", "in_russia", "united_states", "pub",
          "'The Pentagon believes … sent … in total' (not planned)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "fri",
          "defense official 'told us today'; 'in one week alone in December' is the event"),
        C("about 2,000", 2000, "approx", "planned", "south_korea", "yday",
          "NIS told lawmakers 'yesterday': 'a fresh batch' (increment)", add=True),
        C("two to three thousand", None, "range", "near_front", "other", "fri",
          "think-tank guest on air: still on the front line"),
        C("tens of thousands", None, "vague", "planned", "other", "fri",
          "think-tank guest: could send 'tens of thousands more'", add=True),
    ),
)

H15 = Source(
    article_id="h15_explainer_qa_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-05-02"),
    dated_by="front_matter",
    features="US explainer in Q&A form (bold questions); NIS 'on Wednesday' in a Friday "
    "article; 'a second wave of some 3,000' (increment); the outlet's own count 'By our "
    "count … between 14,000 and 15,000' (unattributed, required); figures carried from the "
    "previous answer; 'fewer than 5,000' (at_most) from a think tank 'on Tuesday'; 'another "
    "10,000 or so' (hedge after the number) 'in March'; North Korean pilots in Vietnam (not "
    "this war), shells, missiles, barrels of oil, money, percentages, years",
    text="""\
---
title: "North Korea's war in Russia, explained"
date: 2025-05-02
byline: Explainers Desk
tags: [north-korea, russia, ukraine, explainer]
---

# North Korea's war in Russia, explained

*Pyongyang has finally admitted that it sent troops to fight for Moscow. Here is what we know, \
in six questions.*

**What exactly did North Korea admit?**

On Monday, the state news agency KCNA published a statement confirming that North Korean units \
had helped Russia "liberate" the Kursk region. It was the first official acknowledgment after \
more than six months of silence. Kim Jong Un said a monument would be built in Pyongyang to \
honor the fallen.

**How many troops were sent?**

Neither country has given a number. South Korea's National Intelligence Service told lawmakers \
on Wednesday that [[about 15,000]] had been deployed since October, including a second wave of \
[[some 3,000]] sent early this year. By our count, based on the figures published by Seoul, \
Washington and Kyiv, the total is [[between 14,000 and 15,000]].

**How many have been killed or wounded?**

The NIS put North Korean casualties at [[around 4,700]], including [[600]] dead. Ukraine's \
figures are higher: its military intelligence agency says [[more than 6,000]] have been killed \
or wounded.

**Are they still fighting?**

Probably, though in smaller numbers. The Institute for the Study of War, a Washington think \
tank, assessed on Tuesday that [[fewer than 5,000]] North Koreans remained in combat roles in \
Kursk and the neighboring Belgorod region.

**Could more come?**

Yes. Kyrylo Budanov, the head of Ukraine's military intelligence, warned in March that \
Pyongyang could send another [[10,000 or so]] troops this year.

**What does North Korea get out of it?**

A lot, by most estimates. Pyongyang is thought to have shipped about 12 million artillery \
shells and more than 200 ballistic missiles to Russia. In return it has received oil - over one \
million barrels since March 2024 - as well as air-defense systems and cash. One South Korean \
study put the total value at $20 billion, roughly 70% of the North's annual GDP.

It is not the first time North Korea has sent men to someone else's war: about 200 of its \
pilots flew for North Vietnam in the late 1960s. But nothing on this scale has happened since \
the Korean War of 1950-53.
""",
    claims=(
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS told lawmakers 'on Wednesday' (Friday article): deployed"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'a second wave of some 3,000 sent' (increment)", add=True),
        C("between 14,000 and 15,000", None, "range", "in_russia", "unattributed", "pub",
          "the outlet's own count ('By our count')"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "wed..pub",
          "'The NIS put … at', carried from the Wednesday briefing"),
        C("600", 600, "exact", "casualties", "south_korea", "wed..pub", "NIS: dead"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'says', no date"),
        C("fewer than 5,000", 5000, "at_most", "near_front", "other", "tue",
          "ISW 'on Tuesday': in combat roles"),
        C("10,000 or so", 10000, "approx", "planned", "ukraine", "2025-03-01..2025-03-31",
          "Budanov 'in March': could send 'another' (increment)", add=True),
    ),
)

H16 = Source(
    article_id="h16_factcheck_video_utf16_md",
    language="en", fmt="md", encoding="utf-16", published=day("2024-11-21"),
    dated_by="front_matter",
    features="US fact-check in Markdown, UTF-16 LE with BOM: a debunked casualty figure in the "
    "front-matter title, a negated headline and 'The claim:' box (optional rows) but a "
    "quoted post caption in the body (other, 'since Monday'); 'Nov. 12' explicit date; NATO "
    "(Rutte) 'well over 10,000' on Monday; NIS 'last week'; 'at most 200' from an OSINT "
    "group (other); video seconds, views, shares, followers, the 2023 upload date, Russian "
    "troops, age",
    text="""\
---
title: "Fact check: No, a viral video does not show [[3,000]] North Korean soldiers killed"
date: 2024-11-21
rating: False
---

# Fact check: No, a viral video does not show [[3,000]] North Korean soldiers killed in Kursk

**The claim:** A video shows the aftermath of a Ukrainian strike that killed [[3,000]] North \
Korean soldiers in Russia's Kursk region in a single night.

**Our rating: False.** The video was filmed in 2023 near Bakhmut, and no government or \
monitoring group has reported North Korean losses on anything like that scale.

A 38-second video circulating on X, TikTok and Telegram since Monday purports to show \
burned-out vehicles and bodies in a snowy field. "[[3,000]] Kim soldiers wiped out in ONE \
NIGHT," reads the caption on one post that has been viewed more than 2.4 million times and \
shared about 15,000 times. The account behind it has 86,000 followers.

Reverse image searches show the footage was first posted on YouTube on March 14, 2023, by a \
Ukrainian volunteer unit. Its original description refers to a Russian column destroyed near \
Bakhmut. North Korea had not sent any troops to Russia at that point.

## What officials have said

North Korean soldiers have only recently been reported in combat. State Department spokesman \
Matthew Miller said on Nov. 12 that [[more than 10,000]] North Korean troops had been deployed \
to Kursk and had "begun engaging in combat operations." NATO Secretary General Mark Rutte told \
reporters in Brussels on Monday that the North Koreans in Kursk numbered "[[well over 10,000]]" \
but gave no casualty figures.

South Korea's National Intelligence Service told lawmakers last week that a portion of the \
[[roughly 11,000]] soldiers sent to Russia had been assigned to front-line units. It said it \
could not confirm any deaths.

Researchers at the Conflict Observation Project, an open-source group that geolocates combat \
footage, estimate that [[at most 200]] North Koreans have been killed or wounded so far. Russia \
is thought to have massed about 50,000 of its own troops in Kursk.

## Our ruling

The video is more than 18 months old and shows a different battle. We rate the claim False.

*This fact check was updated at 3:12 p.m. to add NATO's comments. Reporter: Lena Ortiz, 29.*
""",
    claims=(
        C("3,000", 3000, "exact", "casualties", "other", "mon..pub",
          "front-matter title: the debunked figure, negated", opt=True),
        C("3,000", 3000, "exact", "casualties", "other", "mon..pub",
          "negated headline of the debunked figure", opt=True),
        C("3,000", 3000, "exact", "casualties", "other", "mon..pub",
          "claim box 'The claim:' without a named source", opt=True),
        C("3,000", 3000, "exact", "casualties", "other", "mon..pub",
          "quoted caption of a post circulating 'since Monday'"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "2024-11-12",
          "State Department 'on Nov. 12': deployed to Kursk"),
        C("well over 10,000", 10000, "at_least", "near_front", "nato", "mon",
          "Rutte 'on Monday': in Kursk"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS told lawmakers 'last week': sent to Russia"),
        C("at most 200", 200, "at_most", "casualties", "other", "pub",
          "OSINT research group, no date: killed or wounded"),
    ),
)

H17 = Source(
    article_id="h17_opinion_latin1",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-02-07"),
    dated_by="sidecar",
    features="UK opinion column in ISO-8859-1 (straight quotes, `--`, `£`), crowded with "
    "figures that are not claims (Russian losses, front length, shells, years of service, "
    "'roughly a third', 'seventy years', GDP, per cent, US troops in Korea, sanctions names, "
    "a book title with a number word, price); 'By Washington's count' without a date; "
    "'last month' (month window); 'closer to 4,000'; 'Last week' for two claimants; "
    "`only a few hundred`; analysts (other) with 'another 20,000'",
    sidecar=("The Weekend Review", "", "Kim's soldiers are telling us something"),
    text="""\
OPINION

Kim's soldiers are telling us something. We should listen.

By Margaret Ellison

Margaret Ellison is a former diplomat who served in Seoul from 2009 to 2013.

Numbers are the currency of this war, and most of them are too large to mean anything. Russia \
has by now lost, on Western estimates, more than 800,000 men killed and wounded. Ukraine's \
front line runs for roughly 1,000 kilometres. Europe promised a million shells in twelve months \
and delivered about half of them on time.

So it is worth pausing on a smaller number. By Washington's count, Pyongyang has sent \
[[at least 11,000]] soldiers to fight for Vladimir Putin. South Korea's spies reckoned last \
month that [[some 3,000]] of them had been killed or wounded; Kyiv says the real toll is \
[[closer to 4,000]]. That is roughly a third of the force, lost in about ten weeks of fighting, \
by an army that has not fought a war since 1953.

Last week Seoul's Joint Chiefs of Staff said the North Koreans had not been seen at the front \
since mid-January, while Kyiv's special forces said [[only a few hundred]] remained in the \
combat zone. Do not mistake that for a retreat.

What should worry us is not the losses but the learning. The men who survive will go home \
with something no North Korean soldier has had for seventy years: experience of modern war, of \
drones, of electronic jamming. And there will be more of them. Analysts at the Hanbit Institute \
in Seoul believe Kim could rotate another [[20,000]] men through Russia this year without \
denting his defences along the border.

The deal pays. Pyongyang is thought to earn hundreds of millions of dollars a year from the \
arrangement, on top of oil, food and military technology. North Korea's economy is worth \
perhaps $28 billion, about 1.5 per cent of South Korea's. The United States keeps 28,500 troops \
in the South; the 1953 armistice has held for 71 years.

The West's answer so far has been a communique and a sanctions list with 23 new names. That is \
not a policy. It is a press release.

Margaret Ellison's latest book, "Thirty-Eight Degrees", is published by Harwood Press at £20.
""",
    claims=(
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "pub",
          "'By Washington's count', no date: sent"),
        C("some 3,000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "South Korea's spies 'last month': killed or wounded"),
        C("closer to 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "'Kyiv says', no date"),
        C("only a few hundred", None, "vague", "near_front", "ukraine", "lastweek",
          "Kyiv's special forces, 'Last week' governs the sentence: in the combat zone"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "analysts (think tank): could rotate 'another' (increment)", add=True),
    ),
)

H18 = Source(
    article_id="h18_ap_return_front_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-19"),
    dated_by="sidecar",
    features="AP-style wire story in Markdown whose front matter has no date (sidecar only); "
    "dateline 'SEOUL, South Korea (AP) —' without a date; 'said Tuesday' (AP weekday style, no "
    "'on'); 'an estimated 1,500 additional' (approx increment, 'since late February' is the "
    "event); 'in late February' carried by 'At the time'; 'Earlier this month' increment; a "
    "pro-Kremlin blogger (other) 'on Sunday'; settlements, prisoners swapped, call hours, "
    "square kilometers, missiles",
    sidecar=(
        "Associated Press", "https://apnews.example/article/nkorea-russia-troops-return-3f9a",
        "North Korean troops back in combat in Kursk after weekslong pause, Ukraine says",
    ),
    text="""\
---
title: "North Korean troops back in combat in Kursk after weekslong pause, Ukraine says"
slug: nkorea-russia-troops-return
section: World
---

# North Korean troops back in combat in Kursk after weekslong pause, Ukraine says

SEOUL, South Korea (AP) — North Korean soldiers have returned to the front lines in Russia's \
Kursk region after a pause of several weeks, Ukraine's military says, as Russian forces push to \
drive Ukrainian troops out of the last pockets of territory they hold there.

Col. Oleksandr Kindratenko, a spokesperson for Ukraine's special operations forces, said \
Tuesday that [[thousands]] of North Korean troops were again taking part in assaults. He said \
[[an estimated 1,500]] additional troops had arrived in the border area since late February to \
replace losses.

South Korea's spy agency said in late February that North Korean units had been pulled back \
from the front in mid-January, possibly because of heavy casualties. At the time, the National \
Intelligence Service estimated that [[about 4,000]] North Koreans had been killed or wounded.

Earlier this month, South Korea's Joint Chiefs of Staff said Pyongyang had sent \
[[roughly 3,000]] more troops to Russia in January and February.

A popular pro-Kremlin military blogger writing under the name "Vostochny Front" claimed on \
Sunday that "[[several thousand]] Korean comrades" were fighting alongside Russian marines near \
the border.

Russia's Defense Ministry said last week that its forces had retaken Sudzha, the largest town \
Ukraine held in Kursk, and more than 100 other settlements since August. Ukraine once \
controlled about 1,300 square kilometers of the region.

U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone for about two \
hours on Tuesday. Ukraine and Russia swapped 175 prisoners each on Wednesday, officials said.

North Korea has also supplied Russia with KN-23 ballistic missiles and Koksan self-propelled \
guns, according to South Korean officials.

---

Associated Press writer Olena Marchuk in Kyiv contributed to this report.
""",
    claims=(
        C("thousands", None, "vague", "near_front", "ukraine", "tue",
          "special operations spokesperson 'said Tuesday': taking part in assaults"),
        C("an estimated 1,500", 1500, "approx", "near_front", "ukraine", "tue",
          "'He said': 'additional' troops arrived in the border area", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "NIS 'in late February' carried by 'At the time'"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..pub",
          "JCS 'Earlier this month': '3,000 more' sent", add=True),
        C("several thousand", None, "vague", "near_front", "other", "sun",
          "pro-Kremlin blogger 'on Sunday' (social post, not the Russian government)"),
    ),
)

H19 = Source(
    article_id="h19_rotation_deminers_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-08"),
    dated_by="html_meta",
    features="US HTML in UTF-8 with BOM, deeply nested layout divs, OneTrust-style banner, "
    "JSON-LD, share tools with '2.1K shares', byline with `<br>`; `<title>`/og:title figures "
    "(optional rows); 'up to' in the headline vs 'as many as … additional' in the lead "
    "(Sunday); lawmaker briefed by NIS on Monday with a figure carried by 'Of those … he "
    "said'; deminers and military construction workers (Russia: 'last week', 'in June'); "
    "'38 North' (other) range; drones, missiles, glide bombs (Zelensky), 155 mm, age, km, "
    "image id, street address",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>North Korea to send [[up to 30,000]] more troops to Russia, Kyiv warns - \
Capitol Dispatch</title>
<meta property="og:title" content="Kyiv: North Korea preparing [[up to 30,000]] more troops">
<meta property="article:published_time" content="2025-07-08T13:05:00Z">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"North Korea to send more \
troops to Russia, Kyiv warns","datePublished":"2025-07-08T13:05:00Z","wordCount":684}
</script>
</head>
<body>
<div id="onetrust-banner"><p>By clicking &ldquo;Accept All Cookies&rdquo;, you agree to the \
storing of cookies on your device.</p><button>Accept All Cookies</button></div>
<div class="wrapper"><div class="container"><div class="row"><div class="col-main">
<article>
<h1>North Korea to send [[up to 30,000]] more troops to Russia, Kyiv warns</h1>
<div class="share-tools"><a class="fb">Share</a><a class="x">Post</a><a class="mail">Email</a>\
<span class="share-count">2.1K shares</span></div>
<div class="byline">By Dana Whitlock<br>July 8, 2025</div>
<div class="body">
<p>KYIV, Ukraine &mdash; North Korea is preparing to send [[as many as 30,000]] additional \
soldiers to Russia in the coming months, Ukraine&#8217;s military intelligence agency said \
Sunday, in what would be a sharp escalation of Pyongyang&#8217;s role in the war.</p>
<p>The agency, known as HUR, said the new troops would replace losses and free Russian units \
for offensives in the Sumy and Donetsk regions. They could begin arriving in August.</p>
<p>South Korean lawmaker Lee Seong-kweun said Monday, after a closed-door briefing by the \
National Intelligence Service, that [[about 15,000]] North Korean soldiers are currently in \
Russia, most of them stationed in Kursk. <em>Of those</em>, [[around 2,000]] have been killed \
since October, he said.</p>
<h2>Deminers and builders</h2>
<p>Russia&#8217;s Defense Ministry said last week that the first group of [[1,000]] North \
Korean deminers had arrived in the Kursk region. Sergei Shoigu, Russia&#8217;s Security Council \
secretary, said in June that Pyongyang would also send [[5,000]] military construction \
workers.</p>
<p>Analysts at 38 North, a Washington-based website that tracks North Korea, wrote Monday \
that [[2,000 to 3,000]] North Korean troops had been shipped to Russia from ports near Wonsan \
since May.</p>
<p>Russia fired more than 1,270 drones, 39 missiles and nearly 1,000 glide bombs at Ukraine \
last week, President Volodymyr Zelensky said Sunday. The U.S. briefly paused some deliveries \
of Patriot interceptors and 155 mm shells.</p>
<p>Kim, 41, has not visited Russia since 2023. Kursk lies about 500 kilometers south of \
Moscow.</p>
<figure><img src="/img/kim-ceremony.jpg" alt=""><figcaption>Kim Jong Un at a ceremony for \
fallen soldiers on June 30. (KCNA via Reuters) | Image 2025-0630-118</figcaption></figure>
</div>
</article>
</div><div class="col-side"><aside><h3>Related</h3><ul><li><a href="#">5 things to know about \
Kim&#8217;s army</a></li></ul></aside></div></div></div></div>
<footer>&copy; 2025 Capitol Dispatch LLC &middot; 415 Ninth Street NW, Washington, DC 20004</footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sun..pub",
          "<title> duplicate of the headline", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sun..pub",
          "og:title duplicate of the headline", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sun..pub",
          "headline 'Kyiv warns'; 'more' increment; HUR said Sunday in the lead", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "sun",
          "HUR 'said Sunday': 'additional'", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "lawmaker Lee briefed by NIS 'said Monday': in Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "'Of those … he said': killed"),
        C("1,000", 1000, "exact", "near_front", "russia", "lastweek",
          "Russian Defense Ministry 'last week': deminers arrived in Kursk"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June': would send military construction workers"),
        C("2,000 to 3,000", None, "range", "in_russia", "other", "mon",
          "38 North analysts 'wrote Monday': shipped to Russia"),
    ),
)

H20 = Source(
    article_id="h20_pyongyang_confirms_utf16_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-04-28"),
    dated_by="sidecar",
    features="UK HTML in UTF-16 LE with BOM and CRLF, no meta date (sidecar only); North Korea "
    "(party newspaper via KCNA) `more than ten thousand` in quotes; Russia (Gerasimov) "
    "&ldquo;thousands of Korean comrades&rdquo; on Saturday; 'in early April'; 'in January' "
    "(month window); Ukraine 'on Sunday' in a Monday article; Russia's claim of Ukrainian "
    "losses, treaty date and article, missiles, age, minutes, pounds, comments, company number",
    crlf=True,
    sidecar=("Northern Courier", "", "North Korea confirms its troops fought for Russia"),
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-16">
<title>North Korea confirms its troops fought for Russia | Northern Courier</title>
<meta property="og:site_name" content="Northern Courier">
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/world/asia">Asia</a></nav>
<div class="cookie-notice">We use cookies. <a href="/cookies">Find out more</a> \
<button>OK</button></div>
<article>
<h1>North Korea confirms for first time its troops fought for Russia</h1>
<p class="standfirst">Pyongyang breaks months of silence after Moscow credits Korean \
&ldquo;comrades&rdquo; with retaking Kursk</p>
<p>North Korea has confirmed for the first time that it sent troops to help Russia fight \
Ukraine, saying its soldiers had taken part in the &ldquo;liberation&rdquo; of the Kursk region \
on the orders of Kim Jong Un.</p>
<p>In a statement published on Monday by the state news agency KCNA, the ruling \
party&rsquo;s Central Military Commission said the troops had &ldquo;annihilated&rdquo; the \
invaders. It did not say how many had been sent. A commentary in the party newspaper Rodong \
Sinmun, carried alongside it, was less coy, hailing &ldquo;the [[more than ten thousand]] \
heroic sons&rdquo; who had fought in Kursk.</p>
<p>On Saturday, Russia&rsquo;s chief of the general staff, Valery Gerasimov, told President \
Vladimir Putin in a televised meeting that &ldquo;[[thousands]] of Korean comrades&rdquo; had \
fought shoulder to shoulder with Russian troops. He also claimed that more than 76,000 \
Ukrainian soldiers had been killed or wounded in Kursk since August, a figure Kyiv \
rejected.</p>
<p>South Korea&rsquo;s spy agency estimated in early April that [[about 4,000]] of the North \
Koreans had been killed or wounded. The US State Department, which said in January that \
[[more than 11,000]] North Korean troops were in Russia, called the admission &ldquo;long \
overdue&rdquo;.</p>
<p>Ukraine denies that the Kursk operation is over. A spokesman for its general staff said on \
Sunday that [[up to 2,000]] North Koreans were still fighting across the border in the \
Belgorod region.</p>
<p>The treaty signed by Putin and Kim in Pyongyang on 19 June 2024 obliges each side to help \
the other under Article 4 if attacked. Kim, 41, has since test-fired at least eight ballistic \
missiles. Monday&rsquo;s statement was read out in a 40-minute broadcast on state television.</p>
<p>Britain last week announced a further &pound;450m in military aid for Ukraine.</p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> \
<span>Comments (312)</span></div>
</article>
<footer>Northern Courier Ltd. Registered in England and Wales, company number 04123456.\
</footer>
</body>
</html>
""",
    claims=(
        C("more than ten thousand", 10000, "at_least", "near_front", "north_korea", "mon",
          "party newspaper via KCNA on Monday: fought in Kursk (number words)"),
        C("thousands", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'On Saturday': fought alongside Russian troops"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "NIS 'in early April': killed or wounded"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-31", "State Department 'in January': in Russia"),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "sun",
          "General Staff spokesman 'on Sunday' (Monday article): still fighting"),
    ),
)

SOURCES: tuple[Source, ...] = (
    H01, H02, H03, H04, H05, H06, H07, H08, H09, H10,
    H11, H12, H13, H14, H15, H16, H17, H18, H19, H20,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
