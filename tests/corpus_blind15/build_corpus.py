"""Build the FIFTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A seventeenth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Saarland regional paper, a
Cologne broadcaster's web text, a Vorarlberg paper, an Aargau paper, a German weekly's economics
page and a German youth news site; a Pakistani English-language daily, a Scottish weekly, a US
national paper's world briefing, an Irish regional paper, a South Korean public broadcaster's
English site and a Dutch English-language outlet. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind15_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p01_saar_politologe_erste_gefechte",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Saarländische Allgemeine",
        "https://www.saarlaendische-allgemeine.example/politik/nordkoreaner-an-der-front-saarbrue"
        "cker-politologe-sieht-neue-qualitaet-id5529017",
        "Nordkoreaner an der Front: Saarbrücker Politologe sieht „neue Qualität“",
    ),
    features="Saarland regional paper's politics page as plain text, windows-1252 with CRLF "
        "(sidecar, Wednesday), headline and deck without a figure, byline; Ukraine's defence "
        "minister 'am Dienstagabend' in an interview with a Korean broadcaster, carried by "
        "Konjunktiv to 'Einige hundert von ihnen' (breakdown, in combat); a Saarbrücken political "
        "scientist's range in a quote (other, `pub`, intended total); the Pentagon 'am Montag' "
        "and its spokeswoman „mehrere tausend“ after 'bezifferte … auf'; lawmakers briefed by the "
        "NIS 'Ende Oktober' with 'weitere 2.000' (planned increment); Ukrainian refugees in "
        "Saarland, children, euros, a brigade's strength, army size, age, lecture date, fee and "
        "phone number",
    text="""\
Nordkoreaner an der Front: Saarbrücker Politologe sieht „neue Qualität“

Erstmals sollen Soldaten aus Pjöngjang im Gebiet Kursk auf ukrainische Einheiten getroffen sein. \
Was bedeutet das für Europa? Ein Forscher der Saar-Uni ordnet ein.

Von Jutta Kiefer

Die Meldung kam am Dienstagabend aus Kiew und war knapp gehalten: Ukrainische Truppen hätten sich \
erstmals Gefechte mit nordkoreanischen Soldaten geliefert. So schilderte es Verteidigungsminister \
Rustem Umjerow in einem Interview mit dem südkoreanischen Sender KBS. Im Gebiet Kursk stünden \
inzwischen [[rund 11.000]] Nordkoreaner, sagte der Minister. [[Einige hundert]] von ihnen seien an \
den ersten Zusammenstößen beteiligt gewesen, über Verluste könne er noch nichts sagen.

Für Markus Bender, der an der Universität des Saarlandes über Sicherheitspolitik in Ostasien \
forscht, markiert das einen Einschnitt. „Wir reden nicht mehr über Ausbilder oder Beobachter, \
sondern über Kampftruppen aus Asien auf europäischem Boden“, sagt der 41-Jährige. Er hält es für \
wahrscheinlich, dass Pjöngjang nachlegt: „Solange Moskau bezahlt, kommen bis zum Frühjahr \
womöglich [[15.000 bis 20.000]] Mann zusammen.“

Die Zahlen aus Washington liegen nicht weit darunter. Das Pentagon teilte am Montag mit, [[etwa \
10.000]] Nordkoreaner würden derzeit auf Truppenübungsplätzen im russischen Fernen Osten \
ausgebildet. Ein wachsender Teil habe sich bereits nach Westen in Bewegung gesetzt. Sprecherin \
Sabrina Singh bezifferte die Zahl derer, die schon in Kursk eingetroffen seien, auf „[[mehrere \
tausend]]“.

Vorsichtiger äußert sich Seoul zu der Frage, ob die Nordkoreaner schon kämpfen – nicht aber zur \
Größenordnung. Parlamentarier hatten Ende Oktober nach einer Unterrichtung durch den Geheimdienst \
NIS berichtet, [[mehr als 10.000]] Soldaten seien bereits verlegt worden. Bis Dezember könnten \
nach Einschätzung des Dienstes weitere [[2.000]] folgen, darunter Spezialkräfte. Kremlsprecher \
Dmitri Peskow wies die Berichte am Montag erneut als „Spekulation“ zurück.

Im Saarland ist der Krieg längst Alltag. Rund 14.000 Geflüchtete aus der Ukraine leben nach \
Angaben des Innenministeriums derzeit im Land, knapp 2.300 davon sind Kinder und Jugendliche. Das \
Land hat in diesem Jahr 4,5 Millionen Euro für Sprachkurse bereitgestellt. Auch bei der \
Luftlandebrigade in Saarlouis, wo gut 3.000 Soldatinnen und Soldaten dienen, verfolge man die Lage \
„sehr aufmerksam“, sagte ein Sprecher.

Bender warnt davor, Nordkoreas Armee zu unterschätzen. Sie zählt auf dem Papier rund 1,2 Millionen \
Soldaten, viele von ihnen leisten zehn Jahre Wehrdienst. „Die Männer, die jetzt in Kursk stehen, \
sind nicht die Elite, aber sie sind zäh“, sagt er. Der Ukraine drohe ein Abnutzungskrieg an einer \
zweiten Front.

Bender spricht am Donnerstag, 14. November, um 19 Uhr in der Volkshochschule am Schlossplatz über \
„Kims Krieg in Europa“. Der Eintritt kostet 8 Euro, Anmeldung unter 0681 506-4410.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "tue",
          "Ukraine's defence minister 'am Dienstagabend' (Tuesday in a Wednesday article), "
          "interview with a Korean broadcaster: in the Kursk region"),
        C("Einige hundert", None, "vague", "near_front", "ukraine", "tue",
          "same interview, Konjunktiv: 'von ihnen' took part in the first clashes (breakdown, in "
          "combat)"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Saarbrücken political scientist in a quote, present tense, no date: intended total by "
          "spring"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Pentagon 'teilte am Montag mit': training in Russia's Far East"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "Pentagon spokeswoman 'bezifferte … auf' „…“ (same Monday): arrived in Kursk"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea",
          "2024-10-21..2024-10-31",
          "lawmakers briefed by the NIS 'Ende Oktober': already moved"),
        C("2.000", 2000, "exact", "planned", "south_korea",
          "2024-10-21..2024-10-31",
          "same briefing: 'weitere 2.000' could follow by December (planned increment, span "
          "without the word)",
          add=True),
    ),
)

P02 = Source(
    article_id="p02_koeln_sender_erste_tote_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-17"),
    dated_by="html_meta",
    features="Cologne broadcaster's web text in HTML (`article:published_time` with +01:00, "
        "'Stand: 17.12.2024' line, a statistics script with a character count, a cookie layer, "
        "navigation with `&middot;`, a footer with a radio frequency, entities "
        "`&bdquo;`/`&ldquo;`); `og:title` figure (optional); headline and teaser without a "
        "figure; lawmakers passing on the NIS's figures 'am Montag' in Konjunktiv ('Mindestens "
        "100', 'knapp 1.000 weitere verletzt' = others, not an increment) and 'hieß es nach der "
        "Sitzung' for the total; HUR 'am Sonntag auf Telegram'; Rutte 'vergangene Woche' (nato); "
        "a Cologne Korea scholar 'sagt' `Hunderte` Tote and 'rechnet damit' 'noch einmal bis zu "
        "5.000' (increment, other, `pub`); students, Koreans in Cologne, age, Russian losses per "
        "day (British estimate)",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Erste Tote unter Nordkoreas Soldaten: Kölner Koreanistin ordnet ein - Domfunk</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Seoul: [[Mindestens 100]] Nordkoreaner in Kursk getötet">
<meta property="article:published_time" content="2024-12-17T16:40:00+01:00">
<script>window.dfStats={site:"domfunk",chapter:"nachrichten",id:88413,chars:3920};</script>
</head>
<body>
<div class="cookie-layer" role="dialog">Wir verwenden Cookies, um unser Angebot für Sie zu \
verbessern. Manche sind technisch notwendig, andere dienen der anonymen Reichweitenmessung. <a \
href="/datenschutz">Details</a> <button>Alle zulassen</button> <button>Nur \
notwendige</button></div>
<header><nav><a href="/">Domfunk</a> &middot; <a href="/nachrichten">Nachrichten</a> &middot; <a \
href="/koeln">Köln</a> &middot; <a href="/rheinland">Rheinland</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/audio">Radio &amp; Podcasts</a></nav></header>
<main>
<article>
<h1>Erste Tote unter Nordkoreas Soldaten: Kölner Koreanistin ordnet ein</h1>
<p class="teaser">Südkorea meldet erstmals Verluste unter den Truppen, die Kim Jong Un nach \
Russland geschickt hat. Eine Kölner Wissenschaftlerin hält die Angaben für zu niedrig.</p>
<p class="stand">Stand: 17.12.2024, 16:40 Uhr</p>
<p>Zum ersten Mal hat Südkorea Verluste unter den nordkoreanischen Soldaten in Russland beziffert. \
Abgeordnete des Geheimdienstausschusses in Seoul gaben am Montag weiter, was ihnen der \
Nachrichtendienst NIS in einer nicht öffentlichen Sitzung vorgetragen hatte: [[Mindestens 100]] \
Nordkoreaner seien bei Gefechten im Gebiet Kursk ums Leben gekommen, [[knapp 1.000]] weitere \
verletzt. Viele hätten offenbar keinerlei Erfahrung mit Drohnenangriffen gehabt.</p>
<p>Insgesamt habe Pjöngjang [[rund 11.000]] Mann nach Russland verlegt, hieß es nach der Sitzung. \
Ein Teil davon sei inzwischen direkt an der Front im Einsatz.</p>
<p>Aus Kiew waren schon am Wochenende erste Hinweise gekommen. Der ukrainische Militärgeheimdienst \
HUR schrieb am Sonntag auf Telegram, bei Angriffen nahe den Dörfern Plechowo und Worobjowka seien \
[[mindestens 30]] Nordkoreaner getötet oder verwundet worden. Nato-Generalsekretär Mark Rutte \
hatte vergangene Woche in Brüssel von &bdquo;[[mehr als 10.000]]&ldquo; Nordkoreanern gesprochen, \
die Russland inzwischen zur Verfügung stünden.</p>
<h2>&bdquo;Pjöngjang nimmt Verluste in Kauf&ldquo;</h2>
<p>Hyun-Ah Lenz lehrt am Ostasiatischen Seminar der Universität zu Köln, wo rund 180 Studierende \
Koreanistik belegt haben. Überrascht ist sie nicht. &bdquo;Ich gehe davon aus, dass es schon jetzt \
[[Hunderte]] Tote gibt&ldquo;, sagt die 52-Jährige. Das Regime habe kein Interesse daran, Verluste \
öffentlich zu machen, Moskau ebenso wenig.</p>
<p>Lenz rechnet damit, dass bis zum Frühjahr noch einmal [[bis zu 5.000]] Soldaten nachrücken. Kim \
verdiene an dem Einsatz mit, in Devisen, Öl oder Militärtechnik. Für die rund 3.500 Menschen mit \
südkoreanischem Pass im Großraum Köln sei das Thema sehr präsent: &bdquo;Viele haben Neffen oder \
Söhne, die selbst gerade Wehrdienst leisten.&ldquo;</p>
<p>Russland hat den Einsatz nordkoreanischer Soldaten bislang nicht bestätigt. Nach britischen \
Schätzungen verliert die russische Armee derzeit täglich mehr als 1.500 Soldaten durch Tod oder \
Verwundung.</p>
</article>
</main>
<footer><p>&copy; Domfunk 2024 &middot; UKW 101,3 MHz &middot; <a href="/impressum">Impressum</a> \
&middot; <a href="/barrierefreiheit">Barrierefreiheit</a></p></footer>
<script src="/static/js/player.min.js?v=3.14.2" defer></script>
</body>
</html>
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "mon..pub",
          "og:title (metadata) restating the NIS figure of Monday", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "mon",
          "lawmakers passing on the NIS briefing 'am Montag', Konjunktiv: killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "mon",
          "same sentence: 'weitere verletzt' = others wounded in the same fighting, not an "
          "increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'hieß es nach der Sitzung' (the same Monday session): moved to Russia in total"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'am Sonntag auf Telegram' (Tuesday article): killed or wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'vergangene Woche' in Brussels, „…“: at Russia's disposal"),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "Cologne Korea scholar in a quote, 'sagt' (no date): dead"),
        C("bis zu 5.000", 5000, "at_most", "planned", "other", "pub",
          "same scholar 'rechnet damit … noch einmal' (increment, no date)", add=True),
    ),
)

P03 = Source(
    article_id="p03_vorarlberg_rueckzug_feber_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-06"),
    dated_by="front_matter", crlf=True,
    features="Vorarlberg paper in Markdown, ISO-8859-1 with CRLF and straight quotes, front matter "
        "with `date:` and a title without a figure, bold deck, italic byline, place line "
        "'Bregenz/Kiew -'; 'Jänner', 'Feber', 'heuer'; Konjunktiv before the source: the SSO "
        "spokesman named in the third sentence 'am Montag' (Thursday article), then 'Pjöngjang "
        "habe … rund 12.000' (in the border region) and 'etwa 4.000 davon' (breakdown); NIS "
        "'schon im Jänner' (month window) with '2.700 Verwundete' (others, not an increment); "
        "'Aus Washington hieß es Anfang Feber' with the speaker named after the figure (window to "
        "publication); a retired Bundesheer colonel 'rechnet damit' 'heuer zwischen 3.000 und "
        "5.000 zusätzliche' (range increment, other, `pub`); HUR 'spricht von' `Hunderte` wounded "
        "flown home (no date); Ukrainians in Vorarlberg, euros, distance, temperature, years of "
        "service, age",
    text="""\
---
title: "Kursk: Kims Truppen offenbar von der Front abgezogen"
date: 2025-02-06
ressort: Welt
autor: Elmar Fussenegger
---

# Kursk: Kims Truppen offenbar von der Front abgezogen

**Nach schweren Verlusten sind Nordkoreas Soldaten laut Kiew seit Wochen nicht mehr im Kampf zu \
sehen. Ein Hohenemser Militärexperte warnt davor, daraus zu viel abzuleiten.**

*Von Elmar Fussenegger*

Bregenz/Kiew - Seit Mitte Jänner hätten ukrainische Einheiten im Raum Kursk keine Nordkoreaner \
mehr vor sich gehabt. Die Truppen aus Pjöngjang seien nach hohen Verlusten ins Hinterland \
zurückgezogen worden. So stellte es Oleksandr Kindratenko, ein Sprecher der ukrainischen \
Spezialeinsatzkräfte, am Montag in einem Interview mit einem amerikanischen Fernsehsender dar. \
Pjöngjang habe insgesamt [[rund 12.000]] Mann ins Grenzgebiet geschickt; [[etwa 4.000]] davon \
seien inzwischen tot oder verwundet. Ob die Einheiten zurückkehrten, sei offen.

Der südkoreanische Geheimdienst NIS hatte schon im Jänner eine erste Bilanz gezogen: [[rund 300]] \
Tote und [[2.700]] Verwundete. Aus Washington hieß es Anfang Feber, die Zahl der Gefallenen liege \
inzwischen bei [[mehr als 1.000]]. Das sagte ein hochrangiger Beamter des \
US-Verteidigungsministeriums vor Journalisten, ohne Belege vorzulegen.

## "Keine Entwarnung"

Gerold Hämmerle hält wenig von schnellen Schlüssen. Der pensionierte Oberst aus Hohenems hat 35 \
Jahre im Bundesheer gedient, zuletzt beim Militärkommando in Bregenz. "Dass man sie eine Weile \
nicht sieht, heißt nicht, dass sie weg sind", sagt der 67-Jährige. Eine Armee, die aus Fehlern \
lerne, ziehe ihre Leute zurück, bilde sie neu aus und schicke sie dann wieder hinein.

Hämmerle rechnet damit, dass Kim heuer [[zwischen 3.000 und 5.000]] zusätzliche Soldaten \
entsendet, um die Lücken zu füllen. Auch der ukrainische Militärgeheimdienst HUR spricht von \
Nachschub: [[Hunderte]] Verwundete seien bereits per Flugzeug nach Nordkorea gebracht worden, \
Ersatz sei unterwegs.

Moskau schweigt weiterhin zu dem Einsatz. Kremlsprecher Dmitri Peskow verwies am Dienstag \
lediglich auf den Beistandspakt, den beide Länder im Juni 2024 geschlossen haben.

## Auch im Ländle ein Thema

In Vorarlberg verfolgt man die Lage auch wegen der rund 2.600 Ukrainerinnen und Ukrainer, die seit \
2022 hier Zuflucht gefunden haben. Das Land stellte im Vorjahr 1,8 Millionen Euro für deren \
Betreuung bereit. Nach Kursk sind es von Bregenz aus gut 2.400 Kilometer Luftlinie; dort \
herrschten zuletzt Temperaturen von minus 15 Grad.
""",
    claims=(
        C("rund 12.000", 12000, "approx", "near_front", "ukraine", "mon",
          "SSO spokesman named after the Konjunktiv, 'am Montag' (Thursday article): sent to the "
          "border region"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "same interview, 'davon' (breakdown): dead or wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'schon im Jänner' (month window): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same tally: wounded (others in the same count, not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "2025-02-01..pub",
          "'Aus Washington hieß es Anfang Feber', a US defence official named in the next "
          "sentence: fallen"),
        C("zwischen 3.000 und 5.000", None, "range", "planned", "other", "pub",
          "retired Bundesheer colonel 'rechnet damit … heuer … zusätzliche' (increment, no date)",
          add=True),
        C("Hunderte", None, "vague", "casualties", "ukraine", "pub",
          "HUR 'spricht von', Konjunktiv, no date: wounded flown home"),
    ),
)

P04 = Source(
    article_id="p04_aargau_pjoengjang_bestaetigt",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-04-29"),
    dated_by="dateline",
    features="Aargau paper's foreign page as plain text, UTF-16 LE with BOM, dated by the body "
        "dateline 'Aarau, 29. April 2025 –' (Tuesday); Swiss: `ss`, «», `14'000`, `4'700`, "
        "`3'000`, `10'000 bis 15'000`, `140'000`; KCNA 'am Montag' «Tausenden» (north_korea); "
        "Gerassimow 'am Samstag' «mehreren tausend» (russia); NIS 'wie südkoreanische Medien am "
        "Dienstag unter Berufung auf Parlamentsquellen berichteten' (X citing Y: south_korea, the "
        "publication day) and 'heisst es beim NIS' after the figure; the JCS 'schätzt' (present "
        "tense, `pub`); the US State Department 'am Montagabend (Ortszeit)'; 'Laut dem "
        "ukrainischen Militärgeheimdienst' without a date; a Brugg military historian 'nochmals' "
        "(range increment, other, `pub`); Swiss army size and professionals, North Korea's army, "
        "sanctions listing, francs",
    text="""\
Aargauer Landbote · Ausland

Pjöngjang bestätigt den Einsatz – und schweigt zu den Toten

Erstmals räumt Nordkorea ein, Soldaten nach Russland geschickt zu haben. Ein Brugger \
Militärhistoriker liest darin eine Botschaft an Washington.

Aarau, 29. April 2025 – Monatelang hatten Moskau und Pjöngjang so getan, als gäbe es die \
nordkoreanischen Soldaten im Gebiet Kursk nicht. Seit dieser Woche ist das vorbei. Die staatliche \
Nachrichtenagentur KCNA verbreitete am Montag eine Erklärung der Zentralen Militärkommission, in \
der von «[[Tausenden]] heldenhaften Kämpfern» die Rede ist, die an der «Befreiung» Kursks \
teilgenommen hätten. Machthaber Kim Jong Un liess ausrichten, für die Gefallenen werde in \
Pjöngjang ein Denkmal errichtet.

Schon am Samstag hatte Russlands Generalstabschef Waleri Gerassimow den Nordkoreanern öffentlich \
gedankt. Er sprach von «[[mehreren tausend]]» Soldaten, die «Schulter an Schulter» mit den Russen \
gekämpft hätten.

Seoul zählt genauer

Wie viele es tatsächlich sind, darüber gibt vor allem Südkorea Auskunft. Der Nachrichtendienst NIS \
geht inzwischen von [[etwa 14'000]] Entsandten aus, wie südkoreanische Medien am Dienstag unter \
Berufung auf Parlamentsquellen berichteten. [[Rund 4'700]] davon seien getötet oder verwundet \
worden, heisst es beim NIS. Der Generalstab in Seoul schätzt die Zahl der Toten auf [[rund 600]].

Aus Washington kam am Montagabend (Ortszeit) eine knappe Reaktion. Das Aussenministerium erklärte, \
Nordkorea habe «[[mehr als 14'000]]» Soldaten geschickt; die Bestätigung ändere nichts an der \
Bewertung. Der Einsatz verstosse gegen mehrere Resolutionen des Uno-Sicherheitsrats.

Laut dem ukrainischen Militärgeheimdienst stehen derzeit noch [[rund 3'000]] Nordkoreaner im \
Gebiet Kursk, vor allem Artilleristen und Drohnenpiloten.

«Wer bestätigt, will verhandeln»

Für den Militärhistoriker Reto Hunziker aus Brugg ist der Zeitpunkt kein Zufall. «Wer einen \
Einsatz zugibt, will dafür etwas bekommen, von Moskau und vielleicht bald auch von Washington», \
sagt der Dozent, der jahrelang an der Militärakademie an der ETH unterrichtet hat. Hunziker hält \
es für möglich, dass ab Sommer nochmals [[10'000 bis 15'000]] Mann folgen. «Die Ausbildung läuft \
weiter, die Verträge sind unterschrieben.»

Zum Vergleich: Die Schweizer Armee zählt rund 140'000 Angehörige, davon etwa 3'500 Berufsmilitärs. \
Nordkoreas Streitkräfte umfassen nach westlichen Schätzungen 1,2 Millionen Soldaten. Der Bundesrat \
hat die Sanktionsliste gegen Pjöngjang im März um 14 Personen erweitert; die Schweiz leistete der \
Ukraine seit 2022 Hilfe im Umfang von über 3 Milliarden Franken.
""",
    claims=(
        C("Tausenden", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'verbreitete am Montag' a statement, «…»: took part in the fighting in Kursk"),
        C("mehreren tausend", None, "vague", "near_front", "russia", "sat",
          "Gerassimow 'Schon am Samstag', «…»: fought alongside the Russians"),
        C("etwa 14'000", 14000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'geht … aus', as reported by South Korean media 'am Dienstag unter Berufung auf "
          "Parlamentsquellen' (X citing Y): sent"),
        C("Rund 4'700", 4700, "approx", "casualties", "south_korea", "tue",
          "'davon … heisst es beim NIS' after the figure (breakdown): killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "pub",
          "JCS 'schätzt' (present tense, no date): dead"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "united_states", "mon",
          "US State Department 'am Montagabend (Ortszeit)', «…»: sent"),
        C("rund 3'000", 3000, "approx", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst', no date: still in the Kursk region"),
        C("10'000 bis 15'000", None, "range", "planned", "other", "pub",
          "Brugg military historian 'hält es für möglich … nochmals' (increment, no date)",
          add=True),
    ),
)

P05 = Source(
    article_id="p05_wochenblatt_wirtschaft_soeldner_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "DIE WOCHENSCHAU",
        "https://www.wochenschau.example/wirtschaft/2025-29/nordkorea-soldaten-export-russland",
        "Söldner als Exportgut",
    ),
    features="German weekly's economics page in HTML, ISO-8859-1 (quotes, dash and euro only as "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&euro;`, `&nbsp;`), no meta date (sidecar, "
        "Thursday), an ad script with slot sizes, a consent banner with partners and a price, an "
        "issue number in the footer; headline, title and deck without a figure; Shoigu 'Mitte "
        "Juni' in Pyongyang: `1.000` deminers and `5.000` builders (russia, planned, not "
        "increments); a Seoul research institute's Konjunktiv calculation 'Bei rund 15.000 "
        "entsandten Soldaten … rechnen die Forscher vor' (other, `pub`); NIS 'im April' with '… "
        "zusätzlich' (increment); HUR 'in einer Analyse, die Anfang Juli bekannt wurde' 'bis zu "
        "30.000 weitere' (planned increment); the weekly's own projection 'Legt man die "
        "Schätzungen … zugrunde' (unattributed, required); dollars per month and per year, oil "
        "barrels, growth rate, trade, North Korean workers, pages",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Söldner als Exportgut: Was Kim am Krieg verdient | Wirtschaft | DIE WOCHENSCHAU</title>
<meta name="robots" content="index,follow">
<script>var \
wsAds={slot:"wirtschaft_top",sizes:"728x90,970x250",paid:false,ivw:"/wirtschaft/artikel"};</script>
</head>
<body>
<div id="cmp">Diese Website nutzt Cookies und vergleichbare Techniken. Mit &bdquo;Zustimmen&ldquo; \
erlauben Sie uns und 97 Partnern, Ihren Besuch auszuwerten. <button>Zustimmen</button> <a \
href="/abo">Werbefrei lesen ab 2,99&nbsp;&euro;</a></div>
<nav><a href="/">Start</a> | <a href="/politik">Politik</a> | <a href="/wirtschaft">Wirtschaft</a> \
| <a href="/geld">Geld</a> | <a href="/kultur">Kultur</a></nav>
<article>
<p class="dachzeile">Nordkorea</p>
<h1>Söldner als Exportgut</h1>
<p class="vorspann">Kim Jong Un vermietet Soldaten und Bauarbeiter an Russland. Das Geschäft \
bringt dem isolierten Regime Devisen, Öl und Technik. Wie viel genau, lässt sich nur schätzen.</p>
<p class="autor">Von Katrin Ostermeyer</p>
<p>Als Sergej Schoigu Mitte Juni wieder einmal in Pjöngjang landete, hatte der Sekretär des \
russischen Sicherheitsrats eine Zusage im Gepäck, die sich in Rubel umrechnen lässt. Pjöngjang \
stelle [[1.000]] Pioniere zum Minenräumen und [[5.000]] Bausoldaten für den Wiederaufbau der \
Region Kursk bereit, verkündete Schoigu nach einem Treffen mit Kim. Sie sollen zerstörte Brücken, \
Straßen und Stromleitungen wieder aufbauen.</p>
<p>Für das Regime ist das vor allem ein Geschäft. Ökonomen des privaten Seouler \
Forschungsinstituts Hanbit gehen davon aus, dass Moskau pro Kopf und Monat etwa 2.000 Dollar \
zahlt, ein Vielfaches dessen, was ein Arbeiter in Nordkorea verdient. Bei [[rund 15.000]] \
entsandten Soldaten kämen so im Jahr mehr als 350 Millionen Dollar zusammen, rechnen die Forscher \
vor. Dazu komme Öl, weit über die Obergrenze von 500.000 Barrel im Jahr hinaus, die der \
UN-Sicherheitsrat einst festgelegt hat.</p>
<h2>Verluste als Kostenfaktor</h2>
<p>Die Rechnung hat eine Kehrseite, über die in Pjöngjang niemand spricht. Südkoreas Geheimdienst \
NIS hatte im April berichtet, von den Entsandten seien [[rund 4.700]] getötet oder verwundet \
worden. Seit Jahresbeginn seien außerdem [[etwa 3.000]] Soldaten zusätzlich nach Russland gebracht \
worden, um die Lücken zu schließen.</p>
<p>In Kiew geht man davon aus, dass der Bedarf eher wächst. Der Militärgeheimdienst HUR kam in \
einer Analyse, die Anfang Juli bekannt wurde, zu dem Schluss, Moskau wolle [[bis zu 30.000]] \
weitere Nordkoreaner anfordern. Der Kreml dementierte das nicht.</p>
<p>Legt man die Schätzungen aus Seoul zugrunde, dürften bis Jahresende [[mehr als 20.000]] \
Nordkoreaner im Auftrag Moskaus im Einsatz sein, Soldaten und Bautrupps zusammengerechnet. Für Kim \
wäre das ein Millionengeschäft ohne Risiko für die eigene Elite.</p>
<h2>Wachstum trotz Sanktionen</h2>
<p>Die Zahlen der Bank of Korea zeigen, wie sehr das Land profitiert: Nordkoreas Wirtschaft sei \
2024 um 3,7 Prozent gewachsen, so stark wie seit acht Jahren nicht mehr. Der Handel mit Russland \
hat sich seit 2023 mehr als verdoppelt. Dazu kommen nach westlichen Angaben mehr als 13.000 \
nordkoreanische Arbeitskräfte auf russischen Baustellen &ndash; viele mit Studentenvisa, um die \
Sanktionen zu umgehen.</p>
</article>
<footer>&copy; 2025 DIE WOCHENSCHAU Verlag GmbH &middot; <a href="/impressum">Impressum</a> \
&middot; <a href="/agb">AGB</a> &middot; Ausgabe 29/2025, Seite 31</footer>
<script>wsAds.render();</script>
</body>
</html>
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' in Pyongyang, Konjunktiv 'stelle … bereit': deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders to be sent (a new contingent, no increment word)"),
        C("rund 15.000", 15000, "approx", "in_russia", "other", "pub",
          "Seoul research institute's calculation, 'rechnen die Forscher vor' after the figure (no "
          "date): sent"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'hatte im April berichtet': killed or wounded"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "same report, Konjunktiv: '… zusätzlich nach Russland gebracht' (increment)", add=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "HUR analysis 'die Anfang Juli bekannt wurde': 'weitere' to be requested (increment)",
          add=True),
        C("mehr als 20.000", 20000, "at_least", "planned", "unattributed", "pub",
          "the weekly's own projection 'Legt man die Schätzungen aus Seoul zugrunde' (required): "
          "by year's end"),
    ),
)

P06 = Source(
    article_id="p06_jugendportal_erklaert_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "kompass – Nachrichten für dich",
        "https://kompass-news.example/politik/nordkorea-soldaten-ukraine-krieg-das-musst-du-wissen",
        "Nordkoreas Soldaten im Ukraine-Krieg: Das musst du wissen",
    ),
    features="German youth news site's explainer in Markdown, UTF-8 with BOM, front matter with "
        "German keys and no date (sidecar, Wednesday), question subheadings, `du` address, an "
        "emoji; the party parade 'am vergangenen Freitag' with marching soldiers (not a claim) "
        "and state TV's `mehrere hundert` Kursk veterans (returnees: optional); NIS 'hat im "
        "September … erklärt: Demnach' carried to 'laut NIS', 'laut NIS gerade' and 'nach Angaben "
        "des Geheimdienstes' (month window), `5.000 weitere` builders being sent (increment, in "
        "Russia); Zelensky 'am Montag in seiner abendlichen Videobotschaft' `mehreren tausend "
        "zusätzlichen` (vague increment); Yonhap 'unter Berufung auf das südkoreanische Militär' "
        "'Anfang Oktober' (X citing Y: south_korea) 'bis zu 6.000 weitere'; a Tübingen Korea "
        "researcher 'schätzt' (other, `pub`); population, army sizes, ages, reading time, "
        "helpline number",
    text="""\
---
titel: "Nordkoreas Soldaten im Ukraine-Krieg: Das musst du wissen"
rubrik: Politik einfach erklärt
lesezeit: 4 Minuten
---

# Nordkoreas Soldaten im Ukraine-Krieg: Das musst du wissen

In Nordkoreas Hauptstadt gab es eine riesige Militärparade – mit Soldaten, die für Russland \
gekämpft haben. Wir erklären, worum es dabei geht. 🪖

## Was ist passiert?

Am vergangenen Freitag hat die Arbeiterpartei in Nordkorea ihren 80. Geburtstag gefeiert. Dafür \
marschierten Tausende Soldaten durch Pjöngjang, Raketen wurden auf riesigen Lastwagen \
vorbeigefahren. Das Staatsfernsehen zeigte auch [[mehrere hundert]] Männer, die im russischen \
Gebiet Kursk gegen die Ukraine gekämpft haben sollen. Machthaber Kim Jong Un nannte sie „Helden“.

## Wie viele Soldaten hat Nordkorea geschickt?

Genau weiß das niemand, weil Nordkorea und Russland kaum Zahlen nennen. Die besten Schätzungen \
kommen aus Südkorea. Der Geheimdienst dort, abgekürzt NIS, hat im September Politikerinnen und \
Politikern in Seoul seine Erkenntnisse erklärt. Demnach wurden bisher [[rund 15.000]] \
nordkoreanische Soldaten nach Russland geschickt. [[Etwa 2.000]] von ihnen sind laut NIS gestorben.

Außerdem schickt Nordkorea laut NIS gerade [[5.000]] weitere Soldaten nach Russland, die dort als \
Bauarbeiter Straßen und Brücken reparieren sollen. Noch immer sind nach Angaben des Geheimdienstes \
[[ungefähr 11.000]] Nordkoreaner im Gebiet Kursk.

## Was sagt die Ukraine?

Die Ukraine befürchtet, dass es noch mehr werden. Präsident Wolodymyr Selenskyj sagte am Montag in \
seiner abendlichen Videobotschaft, Nordkorea bereite die Entsendung von [[mehreren tausend]] \
zusätzlichen Soldaten vor. Die Nachrichtenagentur Yonhap hatte schon Anfang Oktober unter Berufung \
auf das südkoreanische Militär gemeldet, [[bis zu 6.000]] weitere Nordkoreaner könnten im Winter \
folgen. Russland bestätigt inzwischen, dass nordkoreanische Soldaten da sind, nennt aber keine \
Zahlen.

## Warum macht Nordkorea das?

Nordkorea ist eines der ärmsten Länder der Welt, dort leben rund 26 Millionen Menschen. Für die \
Soldaten bekommt Kim Geld, Öl und vermutlich auch Militärtechnik aus Russland. Die \
Korea-Forscherin Mi-ran Schubert von der Universität Tübingen sagt: „Für Kim ist das ein Deal. Den \
Preis zahlen die jungen Männer.“ Viele von ihnen seien erst 18 oder 19 Jahre alt. Sie schätzt, \
dass derzeit [[etwa 10.000]] Nordkoreaner in Russland stationiert sind, die meisten nicht mehr \
direkt an der Front.

Übrigens: Nordkoreas Armee hat ungefähr 1,2 Millionen Soldaten. Die Bundeswehr kommt auf rund \
182.000.

## Und jetzt?

Ein Ende ist nicht in Sicht. Wenn dich die Nachrichten über den Krieg belasten, kannst du mit \
jemandem darüber reden, zum Beispiel bei der Nummer gegen Kummer: 116 111, kostenlos und anonym.
""",
    claims=(
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at the parade 'Am vergangenen Freitag': Kursk veterans back home (returnees: "
          "optional)",
          opt=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'hat im September … erklärt. Demnach': sent so far"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'von ihnen … laut NIS' (breakdown): died"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "'laut NIS gerade … weitere … nach Russland' (increment, span without the word): "
          "builders being sent",
          add=True),
        C("ungefähr 11.000", 11000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-30",
          "'nach Angaben des Geheimdienstes' (same September briefing): in the Kursk region"),
        C("mehreren tausend", None, "vague", "planned", "ukraine", "mon",
          "Zelensky 'am Montag in seiner abendlichen Videobotschaft': 'zusätzlichen' being "
          "prepared (increment)",
          add=True),
        C("bis zu 6.000", 6000, "at_most", "planned", "south_korea", "2025-10-01..2025-10-10",
          "Yonhap 'unter Berufung auf das südkoreanische Militär' 'Anfang Oktober' (X citing Y): "
          "'weitere' could follow (increment)",
          add=True),
        C("etwa 10.000", 10000, "approx", "in_russia", "other", "pub",
          "Tübingen Korea researcher 'Sie schätzt' (present tense, no date): stationed in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Pakistan, Scotland, US, Ireland, South Korea, the Netherlands)
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p07_islamabad_daily_two_captured_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-01-13"),
    dated_by="html_meta", crlf=True,
    features="Pakistani English-language daily's world page in HTML, windows-1252 with CRLF (curly "
        "quotes and `·` raw), `article:published_time` with +05:00, a data-layer script with a "
        "word count, a top bar with the Hijri date and a rupee price, a cookie notice, "
        "navigation, a byline line 'Published January 13, 2025', wire-style dateline 'KYIV:'; "
        "`<title>` figure (optional); number word `two` in the headline (Zelensky's Saturday "
        "announcement to publication) and `Two` opening the lead ('announced on Saturday' in a "
        "Monday article; claimant after the figure); Zelensky 'Earlier this month' `3,800`; 'A "
        "day after his announcement' the NIS (Sunday) carried to 'The agency estimates' (Sunday "
        "to publication); a US defence official 'who briefed reporters last week' (named after "
        "the figure); an Islamabad think-tank director in a quote 'a further 8,000 to 10,000' "
        "(range increment, other, `pub`); Russian prisoners held and exchanged, ages of the "
        "prisoners, Hijri date, price, address and phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Ukraine says it captured [[two]] North Korean soldiers in Kursk | The Islamabad \
Courier</title>
<meta property="article:published_time" content="2025-01-13T07:15:00+05:00">
<meta property="og:site_name" content="The Islamabad Courier">
<script>window.icDL = window.icDL || []; \
icDL.push({section:"world",storyId:"1187342",wordCount:540});</script>
</head>
<body>
<div class="topbar">Monday, January 13, 2025 | Rajab 13, 1446 | E-paper | Rs30</div>
<div class="gdpr">We use cookies to personalise content and ads and to analyse our traffic. By \
continuing to browse this site you agree to our use of cookies. <a href="/privacy-policy">Read our \
policy</a> <button>Got it</button></div>
<nav><a href="/">Home</a> · <a href="/pakistan">Pakistan</a> · <a href="/world">World</a> · <a \
href="/business">Business</a> · <a href="/sport">Sport</a> · <a href="/opinion">Opinion</a></nav>
<article>
<h1>Ukraine captures [[two]] North Korean soldiers, says Zelensky</h1>
<p class="byline">AFP / Reuters · Published January 13, 2025</p>
<p>KYIV: [[Two]] North Korean soldiers were taken alive by Ukrainian units during fighting in \
Russia’s western Kursk region, President Volodymyr Zelensky announced on Saturday. They are the \
first North Koreans to fall into Kyiv’s hands since Pyongyang began sending troops to Moscow’s \
aid.</p>
<p>The pair were wounded and had been brought to Kyiv, where the SBU security service was \
questioning them, Zelensky wrote on X. He posted photographs of the men, one with a bandaged jaw, \
and said journalists would be given access to them.</p>
<p>Earlier this month Zelensky said North Korean losses in Kursk had reached [[3,800]] killed and \
wounded. A day after his announcement, South Korea’s National Intelligence Service said it had \
cooperated with Kyiv in confirming the capture. The agency estimates that [[some 11,000]] North \
Korean soldiers have been deployed, most of them in Kursk.</p>
<p>[[More than 1,000]] North Koreans were killed or wounded in a single week of fighting in \
December, according to a US defence official who briefed reporters last week. The official, who \
asked not to be named, said poor training and a lack of experience with drones had left the troops \
exposed.</p>
<p>Russia has not confirmed that North Korean troops are fighting on its soil, and the Kremlin \
declined to comment on the capture.</p>
<p>In Islamabad, analysts said the deployment showed how far Pyongyang was willing to go to secure \
Russian support. “Kim is not sending his best units, but he has a very deep pool,” said Ayesha \
Qureshi, director of the Centre for Strategic Asia Studies. “If Moscow asks, a further [[8,000 to \
10,000]] could be on trains within weeks.”</p>
<p>Pakistan’s Foreign Office, asked about the development at its weekly briefing, said Islamabad \
supported “a peaceful resolution of the conflict in line with the UN Charter.”</p>
<p>Kyiv has held well over 1,000 Russian prisoners at a time and has swapped more than 3,700 since \
2022, according to its coordination headquarters. One of the North Koreans, a 20-year-old \
rifleman, told interrogators he had been told he was going on a training exercise; the other, 26, \
carried a Russian military identity card.</p>
</article>
<footer>© 2025 The Islamabad Courier · Plot 14, Blue Area, Islamabad · Tel +92 51 2870 441 · <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'says Zelensky': the lead's Saturday announcement to publication: captured"),
        C("Two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'announced on Saturday' (Monday article): captured"),
        C("3,800", 3800, "exact", "casualties", "ukraine", "2025-01-01..pub",
          "Zelensky 'Earlier this month': killed and wounded"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "sun..pub",
          "NIS 'A day after his announcement' (Sunday) carried to 'The agency estimates' (present "
          "tense): deployed"),
        C("More than 1,000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "a US defence official 'who briefed reporters last week', named after the figure: killed "
          "or wounded"),
        C("8,000 to 10,000", None, "range", "planned", "other", "pub",
          "Islamabad think-tank director in a quote: 'a further' (increment, no date)", add=True),
    ),
)

P08 = Source(
    article_id="p08_fife_weekly_second_wave",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "The Fife Weekly Gazette",
        "https://www.fifeweeklygazette.example/news/world-view/kims-second-wave-st-andrews-expert",
        "Kim's second wave: why a St Andrews expert thinks the Kursk deployment is far from over",
    ),
    features="Scottish weekly's world column as plain text, UTF-8 with straight quotes (sidecar, "
        "Thursday), a section label and byline; an academic's scene-setting lead without a "
        "figure; the JCS 'On Monday' `about 3,000` 'additional' (increment) and '11,000 or so' "
        "(`or so`: approx) with `around 4,000` of them (breakdown); a Ukrainian intelligence "
        "spokesman 'at the weekend' \"thousands\" (Saturday-Sunday); the BBC 'citing Ukrainian "
        "intelligence sources' 'on Tuesday' (X citing Y: ukraine) 'at least 1,500 of the "
        "reinforcements' (breakdown, not an increment) with group sizes; a St Andrews lecturer "
        "'She thinks … up to 15,000' (other, `pub`); the UK defence secretary 'In the Commons "
        "last week' `thousands` (third government: other); a 'THE NUMBERS' box with the paper's "
        "own reckoning (unattributed, required, range); army size, Ukrainian families in Fife, "
        "pounds, talk date, seats and phone number",
    text="""\
WORLD VIEW

Kim's second wave: why a St Andrews expert thinks the Kursk deployment is far from over

By Morag Lindsay

When the first North Korean soldiers turned up in western Russia last autumn, Dr Isla Cameron's \
phone did not stop ringing. Five months on, the St Andrews lecturer, who has studied the North \
Korean military for almost two decades, says the story has entered a new and more worrying phase.

On Monday, South Korea's Joint Chiefs of Staff said [[about 3,000]] additional soldiers had been \
dispatched to Russia since January, apparently to make up for heavy losses. The JCS reckoned that \
of the [[11,000 or so]] troops sent last autumn, [[around 4,000]] had been killed or wounded in \
the fighting around Kursk.

"That is an extraordinary rate of attrition for any army," Dr Cameron told the Gazette. "Pyongyang \
is treating these men as expendable."

Officials in Kyiv have been saying much the same. Andriy Yusov, a spokesman for Ukraine's military \
intelligence agency, told a Kyiv television channel at the weekend that "[[thousands]]" of the new \
arrivals were already in position along the front, many of them attached to artillery and drone \
units. The BBC, citing Ukrainian intelligence sources, reported on Tuesday that [[at least 1,500]] \
of the reinforcements had been flown in via Vladivostok, in groups of about 200.

Dr Cameron, who grew up in Cupar and came back to Fife after a decade in Seoul, believes Kim Jong \
Un can sustain the deployment for a long time. She thinks Pyongyang could keep [[up to 15,000]] \
men in Russia at any one time "without breaking a sweat", given an army that numbers around 1.2 \
million.

Britain has taken a similar view. In the Commons last week, Defence Secretary John Healey said \
North Korean casualties now ran into the [[thousands]] and warned MPs that Pyongyang was "learning \
lessons on a European battlefield that it will take home".

THE NUMBERS

By the Gazette's reckoning, based on the official estimates published in Seoul and Kyiv since \
December, [[between 5,000 and 6,000]] North Koreans have now been killed or wounded. The true \
figure may never be known; Moscow has still not officially acknowledged the deployment.

CLOSER TO HOME

Fife has welcomed around 140 Ukrainian families under the Homes for Ukraine scheme since 2022, and \
the council says it has spent £2.4 million supporting them. Dr Cameron will give a free public \
talk, "Kim's War in Europe", at the Byre Theatre in St Andrews on Thursday, March 27, at 7.30pm. \
Seats are limited to 220; book on 01334 475 019.
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'On Monday' (Thursday article): 'additional' dispatched (increment, span without "
          "the word)",
          add=True),
        C("11,000 or so", 11000, "approx", "in_russia", "south_korea", "mon",
          "'The JCS reckoned' (same statement), 'or so' = approx: sent last autumn (the first "
          "wave, not an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "same sentence (breakdown of the first wave): killed or wounded"),
        C("thousands", None, "vague", "near_front", "ukraine", "sat..sun",
          "Ukrainian military intelligence spokesman 'at the weekend', in quotes: in position "
          "along the front"),
        C("at least 1,500", 1500, "at_least", "in_russia", "ukraine", "tue",
          "the BBC 'citing Ukrainian intelligence sources … on Tuesday' (X citing Y): flown in "
          "(breakdown of the reinforcements, not an increment)"),
        C("up to 15,000", 15000, "at_most", "planned", "other", "pub",
          "St Andrews lecturer 'She thinks … could keep' (no date)"),
        C("thousands", None, "vague", "casualties", "other", "lastweek",
          "UK defence secretary 'In the Commons last week' (a third government: other)"),
        C("between 5,000 and 6,000", None, "range", "casualties", "unattributed", "pub",
          "'By the Gazette's reckoning' (the paper's own tally: unattributed, required): killed or "
          "wounded"),
    ),
)

P09 = Source(
    article_id="p09_us_world_briefing_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-09-05"),
    dated_by="front_matter",
    features="US national paper's world briefing in Markdown with several datelined items, front "
        "matter with `date:` as an ISO timestamp with -04:00 and a title figure (optional), an "
        "italic line 'Friday, September 5, 2025'; item headline 'About 2,000 … Spy Agency Says' "
        "from the body (Thursday to publication); the NIS 'according to members of Parliament's "
        "intelligence committee who were briefed by the agency on Thursday' carried to 'The "
        "agency also said' (`6,000 more`: planned increment; `about 1,000` of them arrived in "
        "Kursk: breakdown, near the front) and 'By the agency's count' (the same Thursday); "
        "Ukrainian military intelligence 'in July' (range increment); a Beijing item with Chinese "
        "troops, heads of state and Putin's thanks without a figure; the UK Ministry of Defence's "
        "update 'on Wednesday' (`several thousand` and `fewer than 2,000`: at_most; a third "
        "government: other); the paper's own tally (unattributed, required); Russian losses a "
        "day, refugees, dollars",
    text="""\
---
title: "World Briefing: Seoul Says [[2,000]] North Koreans Have Died Fighting for Russia"
date: 2025-09-05T06:00:00-04:00
section: World
type: briefing
---

# World Briefing

*Friday, September 5, 2025 — Compiled by the foreign desk of The American Standard*

## SEOUL: [[About 2,000]] North Korean Soldiers Killed, Spy Agency Says

South Korea's National Intelligence Service believes [[about 2,000]] North Korean soldiers have \
died in Russia's war against Ukraine, according to members of Parliament's intelligence committee \
who were briefed by the agency on Thursday. It was the first time since the spring that the agency \
had revised its estimate of the dead.

The agency also said North Korea was preparing to send [[6,000]] more military engineers and \
construction troops, of whom [[about 1,000]] had already arrived in the Kursk region to clear \
mines. By the agency's count, [[roughly 15,000]] North Korean troops have gone to Russia in all \
since October of last year.

Ukraine's military intelligence agency said in July that Moscow had asked Pyongyang for [[25,000 \
to 30,000]] additional soldiers. Neither government has commented on that request.

## BEIJING: Kim Steps Onto a Multilateral Stage

Kim Jong-un stood beside Xi Jinping and Vladimir Putin on Wednesday as more than 10,000 Chinese \
troops marched through Tiananmen Square to mark 80 years since the end of World War II. It was the \
first time the North Korean leader had attended such a gathering with other heads of state; 26 \
were present. In talks afterward, Mr. Putin thanked Mr. Kim for the "heroism" of North Korean \
soldiers in Kursk, Russian state media reported. No figures were given.

## LONDON: British Intelligence Sees a Smaller Role at the Front

In its latest intelligence update, published on Wednesday, Britain's Defence Ministry estimated \
that Russian forces had suffered about 1,000 casualties a day in August. It assessed that \
[[several thousand]] North Korean troops remained in the Kursk region, mostly in rear positions, \
and that [[fewer than 2,000]] of them were still taking part in regular combat.

## THE TALLY

A tally by The American Standard of figures released in Seoul, Kyiv and Washington suggests that \
[[at least 6,000]] North Koreans have been killed or wounded since the autumn of 2024. Officials \
caution that all such estimates rest on intercepted communications and the accounts of prisoners.

## GENEVA: Food Rations Cut for Refugees in Chad

The World Food Program said on Thursday that it would halve rations for about 1.2 million Sudanese \
refugees in eastern Chad from October, citing a funding shortfall of $300 million.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "front-matter title (metadata) restating the NIS figure", opt=True),
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "item headline 'Spy Agency Says': the body's Thursday briefing to publication"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS via committee members 'briefed by the agency on Thursday' (Friday article): died"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "'The agency also said … preparing to send … more' (increment, span without the word)",
          add=True),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "'of whom' (breakdown, not an increment): arrived in the Kursk region to clear mines"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'By the agency's count' (same briefing): sent in all"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "Ukrainian military intelligence 'said in July': 'additional' requested (increment)",
          add=True),
        C("several thousand", None, "vague", "near_front", "other", "wed",
          "UK Defence Ministry update 'published on Wednesday' (a third government: other): in "
          "Kursk"),
        C("fewer than 2,000", 2000, "at_most", "near_front", "other", "wed",
          "same update, 'fewer than' (upper bound): in regular combat (breakdown)"),
        C("at least 6,000", 6000, "at_least", "casualties", "unattributed", "pub",
          "'A tally by The American Standard' (the paper's own compilation: unattributed)"),
    ),
)

P10 = Source(
    article_id="p10_limerick_paper_kim_honours_dead",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-08-22"),
    dated_by="dateline", crlf=True,
    features="Irish regional paper as plain text, ISO-8859-1 with CRLF (straight quotes, `--`, "
        "`euro` written out, `Dáil`), dated by the dateline 'LIMERICK, Friday 22 August 2025 --'; "
        "state TV 'on Thursday evening, a day after' the ceremony and KCNA `several dozen` fallen "
        "(north_korea, Wednesday-Thursday); the NIS 'earlier this month' (1st to publication) and "
        "'in the spring' (March-May); a Limerick lecturer '3,000 or more' in a quote (other, "
        "`pub`); Russia's ambassador in Pyongyang to Kommersant 'last month' (the whole of July) "
        "`about 5,000 people` (planned, russia); Ukrainian military intelligence 'on Monday'; "
        "Zelensky 'on Tuesday' \"tens of thousands\" more (vague increment); Ukrainians in "
        "Limerick, euros, Defence Forces strength, peacekeepers in Lebanon, years, talk date, "
        "ticket price and phone number",
    text="""\
THE SHANNONSIDE TRIBUNE -- World

Kim honours war dead as Limerick academic warns of 'permanent' alliance with Moscow

LIMERICK, Friday 22 August 2025 -- Images from Pyongyang this week showed Kim Jong Un wiping away \
tears in front of rows of portraits. North Korean state television broadcast the ceremony on \
Thursday evening, a day after it took place, and the state news agency KCNA said the leader had \
paid tribute to [[several dozen]] soldiers "who gave their lives" in Russia's Kursk region.

It was the most open acknowledgement yet of the losses. Seoul's National Intelligence Service \
reported earlier this month that the North had lost [[about 2,000]] men in the war, and in the \
spring it had estimated that [[some 4,000]] were killed or wounded in the first months of fighting \
alone.

For Dr Niamh Breathnach, who lectures on Asian security at the University of Limerick, even those \
numbers are probably too low. "My own guess is that [[3,000 or more]] have died," she said. \
"Pyongyang has every reason to hide the real toll, and so does Moscow."

Dr Breathnach, who taught in Seoul for four years before moving to Limerick in 2016, said the \
ceremony was as much a message to the Kremlin as to the North Korean public. Russia's ambassador \
in Pyongyang, Alexander Matsegora, told the Moscow daily Kommersant last month that a new \
contingent of military builders -- "[[about 5,000]] people" -- would begin work in Kursk "in the \
coming weeks".

Ukraine's military intelligence agency said on Monday that [[roughly 11,000]] North Korean troops \
were currently in the Kursk region, most of them guarding the border rather than fighting. \
President Volodymyr Zelensky went further on Tuesday, saying Pyongyang might yet send "[[tens of \
thousands]]" more.

"This is not a one-off," Dr Breathnach said. "Both regimes now see the arrangement as permanent, \
and Europe has been slow to grasp that."

The war has been debated in Limerick more than in most Irish cities. More than 3,100 people from \
Ukraine now live in the city and county, and the local authority has spent almost 9 million euro \
on accommodation since 2022. Ireland's Defence Forces, with about 7,500 personnel, have some 340 \
troops serving with the UN in Lebanon; the Government has told the Dáil that the "triple lock" on \
overseas deployments will be reformed this year.

Dr Breathnach will speak at the Hunt Museum on Wednesday, September 3, at 6.30pm. Tickets cost 10 \
euro; call 061 312 833.
""",
    claims=(
        C("several dozen", None, "vague", "casualties", "north_korea", "wed..thu",
          "KCNA on the ceremony (held Wednesday, broadcast 'on Thursday evening, a day after'): "
          "fallen honoured"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..pub",
          "NIS 'reported earlier this month' (the 1st to publication): lost (dead)"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same agency 'in the spring' (March-May): killed or wounded"),
        C("3,000 or more", 3000, "at_least", "casualties", "other", "pub",
          "Limerick lecturer in a quote, 'she said' without a date: died"),
        C("about 5,000", 5000, "approx", "planned", "russia", "2025-07-01..2025-07-31",
          "Russia's ambassador in Pyongyang to Kommersant 'last month' (July), in quotes: builders "
          "to begin work"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "Ukrainian military intelligence 'on Monday' (Friday article): in the Kursk region"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "tue",
          "Zelensky 'on Tuesday', in quotes: might send 'more' (increment)", add=True),
    ),
)

P11 = Source(
    article_id="p11_kbn_world_nis_audit_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-04"),
    dated_by="sidecar",
    sidecar=(
        "KBN World",
        "https://world.kbn.example/news/view.htm?lang=e&Seq_Code=190442",
        "NIS: About 10,000 N. Korean Troops Remain in Kursk",
    ),
    features="South Korean public broadcaster's English site in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Tuesday), a 'Write: … / Update: …' line, an async stats tag, a cookie notice, "
        "navigation with Korean and Japanese language links, `&amp;` in URLs, `&#8217;` and "
        "`&#8220;`/`&#8221;` entities; `<title>` figure (optional); headline 'NIS:' (the same-day "
        "audit); a lead whose date comes in the next paragraph ('That&#8217;s according to "
        "members … who attended the agency&#8217;s closed-door audit on Tuesday'), carried to "
        "'reportedly said', 'estimated … at' and 'also believes … another 3,000 to 4,000' (range "
        "increment); the USFK commander 'in late October' (days 21-31); Ukraine's ambassador 'in "
        "an interview with KBN last week'; South Korea's forces, US troops in Korea, audit hours, "
        "missiles and range in kilometres, company address and phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>NIS: [[About 10,000]] N. Korean Troops Remain in Kursk | KBN WORLD</title>
<meta name="viewport" content="width=device-width">
<link rel="canonical" href="https://world.kbn.example/news/view.htm?lang=e&amp;Seq_Code=190442">
<script async src="https://stats.kbn.example/tag.js?id=KBNW-2291"></script>
</head>
<body>
<div class="cookie-notice">This website uses cookies to provide you with a better service. <a \
href="/privacy">Privacy Policy</a> <button>Agree</button></div>
<header><nav><a href="/">Home</a> | <a href="/news?cat=politics">Politics</a> | <a \
href="/news?cat=nk">North Korea</a> | <a href="/news?cat=economy">Economy</a> | <a \
href="/radio">Radio</a> | <a href="/ko">한국어</a> | <a href="/ja">日本語</a></nav></header>
<article>
<h1>NIS: [[About 10,000]] N. Korean Troops Remain in Kursk</h1>
<p class="date">Write: 2025-11-04 15:27:10 / Update: 2025-11-04 17:02:45</p>
<p>North Korea is believed to still keep [[around 10,000]] troops in the Kursk region of Russia, \
most of them assigned to border security, the National Intelligence Service(NIS) said.</p>
<p>That&#8217;s according to members of the National Assembly&#8217;s Intelligence Committee who \
attended the agency&#8217;s closed-door audit on Tuesday. The session lasted more than seven \
hours.</p>
<p>The NIS reportedly said [[some 5,000]] military construction troops have been moving to Russia \
in stages since September, apparently to help rebuild roads and railways destroyed in the \
fighting.</p>
<p>The agency estimated North Korea&#8217;s battlefield deaths at [[about 2,000]], unchanged from \
its assessment in September. It also believes the North is preparing to rotate its units and could \
send another [[3,000 to 4,000]] troops early next year.</p>
<p>Earlier, U.S. Forces Korea Commander Gen. Xavier Brunson said in late October that the North \
had rotated &#8220;[[more than 10,000]]&#8221; troops through Russia and gained combat experience \
that &#8220;should concern all of us.&#8221;</p>
<p>Ukraine&#8217;s ambassador to South Korea, Dmytro Ponomarenko, said in an interview with KBN \
last week that [[thousands]] of North Korean artillerymen and drone operators were still working \
alongside Russian units near the border.</p>
<p>South Korea has about 450,000 active-duty troops, and some 28,500 U.S. soldiers are stationed \
in the country. North Korea fired several short-range ballistic missiles last month, which flew \
about 350 kilometers before landing in the East Sea.</p>
</article>
<footer>Copyright &copy; KBN. All rights reserved. &middot; 50 Yeouido-ro, Yeongdeungpo-gu, Seoul \
&middot; Tel +82-2-555-0143</footer>
</body>
</html>
""",
    claims=(
        C("About 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "<title> (metadata) restating the headline", opt=True),
        C("About 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "headline 'NIS:' from the Tuesday audit (the publication day)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "lead 'the NIS said', dated by the next paragraph ('closed-door audit on Tuesday'): "
          "stationed in Kursk"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'The NIS reportedly said' (same audit): construction troops moving to Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The agency estimated … at' (same audit): deaths"),
        C("3,000 to 4,000", None, "range", "planned", "south_korea", "tue",
          "'It also believes … could send another' (range increment, span without the word)",
          add=True),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states",
          "2025-10-21..2025-10-31",
          "USFK commander 'in late October' (days 21-31), in quotes: rotated through Russia"),
        C("thousands", None, "vague", "near_front", "ukraine", "lastweek",
          "Ukraine's ambassador in Seoul 'in an interview with KBN last week': near the border"),
    ),
)

P12 = Source(
    article_id="p12_dutch_outlet_hague_summit_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "The Lowlands Post",
        "",
        "Rutte: North Korea has become a party to Russia's war",
    ),
    features="Dutch English-language outlet in Markdown, UTF-16 LE with BOM, front matter with "
        "author and tags but no date (sidecar without url, Wednesday); italic deck and byline; "
        "the NATO summit's spending targets (percentages, years); Rutte 'at a press conference … "
        "on Tuesday' with two figures in a quote attributed after it ('Rutte said'; nato); the "
        "Dutch military intelligence service's annual report 'published in April' (a third "
        "government's agency: other); the Dutch defence minister with 'an additional 2 billion "
        "euros' (money, not an increment of troops); Zelensky 'on Wednesday' (the publication "
        "day) \"up to 20,000\" more (planned increment); Shoigu 'last week' in Pyongyang "
        "(russia); a senior US official 'speaking to reporters travelling with the president on "
        "Tuesday'; South Korea's national security adviser (south_korea) 'on Wednesday'; summit "
        "security forces, Ukrainians in the Netherlands, euros, pages",
    text="""\
---
title: "Rutte: North Korea has become a party to Russia's war"
author: Sanne de Vries
tags: [nato-summit, the-hague, defence]
---

# Rutte: North Korea has become a party to Russia's war

*NATO's secretary general used the summit in The Hague to warn about Pyongyang's role in Ukraine. \
Dutch intelligence has been saying the same for months.*

By Sanne de Vries

NATO Secretary General Mark Rutte spent most of the Hague summit talking about money: the \
alliance's 32 members agreed on Wednesday to raise defence spending to 5 percent of GDP by 2035, \
with 3.5 percent going to core military needs. But at a press conference at the World Forum on \
Tuesday, the former Dutch prime minister also turned to Asia.

"[[More than 14,000]] North Korean soldiers have been sent to fight for Putin. [[Thousands]] of \
them have been killed or wounded," Rutte said. "This is no longer a European war with only \
European consequences."

The Netherlands' own intelligence services reached a similar conclusion some time ago. In its \
annual report, published in April, the military intelligence service MIVD wrote that North Korea \
had deployed "[[over 10,000]]" troops to Russia and was receiving air-defence systems and know-how \
in return. The 66-page report called the partnership "a structural threat". Defence minister Ruben \
Brekelmans said on Monday that the Netherlands would spend an additional 2 billion euros on air \
defence next year.

Volodymyr Zelensky, who met US President Donald Trump on the margins of the summit on Wednesday, \
said Ukrainian intelligence showed Pyongyang preparing "[[up to 20,000]]" more soldiers "for this \
autumn". Moscow signalled last week that more North Koreans are on the way: after talks with Kim \
Jong Un in Pyongyang, Sergei Shoigu, the secretary of Russia's Security Council, said North Korea \
would send [[6,000]] military builders and deminers to rebuild the Kursk region.

Washington, for its part, has been quieter. A senior official in the Trump administration, \
speaking to reporters travelling with the president on Tuesday, said the US believed "[[roughly \
11,000]]" North Korean soldiers were currently inside Russia. South Korea's national security \
adviser, Wi Sung-lac, who attended in place of President Lee Jae-myung, said on Wednesday that \
Seoul's estimate of the total sent was "[[close to 15,000]]".

Security in The Hague was the tightest the city has ever seen: some 27,000 police officers and \
military personnel were deployed, and the A44 motorway was closed for two days. Around 120,000 \
Ukrainians now live in the Netherlands, which has pledged 3.5 billion euros in military aid to \
Kyiv for this year.
""",
    claims=(
        C("More than 14,000", 14000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'at a press conference … on Tuesday', quote attributed after it: sent"),
        C("Thousands", None, "vague", "casualties", "nato", "tue",
          "same quote, 'of them': killed or wounded"),
        C("over 10,000", 10000, "at_least", "in_russia", "other", "2025-04-01..2025-04-30",
          "Dutch MIVD annual report 'published in April' (a third government's agency: other): "
          "deployed"),
        C("up to 20,000", 20000, "at_most", "planned", "ukraine", "wed",
          "Zelensky 'on Wednesday' (the publication day), in quotes: 'more' (increment)",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "lastweek",
          "Shoigu 'last week' in Pyongyang: would send builders and deminers"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "a senior US official 'speaking to reporters … on Tuesday', in quotes: inside Russia"),
        C("close to 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "South Korea's national security adviser 'on Wednesday', in quotes: total sent"),
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
