"""Build the FIFTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The fifty-fifth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Hameln daily, a
Vogelsberg radio station's web text, a Kleinwalsertal weekly (Austrian conventions), a Seeland
paper (Swiss conventions), a choir association magazine's world page and a Siegen student radio;
a Whanganui daily, a Sark news page, a Mississippi public radio site, an Albanian English-language
outlet, an American Samoa news page and a Gabon English-language newsletter. Same file format,
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
BASE_NAME = "_blind53_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s53_01_hameln_zweite_welle_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Hameln daily's world page in HTML (`article:published_time` with +02:00, a tracking "
        "script with a word count, a cookie notice in baking words, local navigation with death "
        "notices, an ad script); `<title>` figure (optional); headline 'Seoul:' from the NIS "
        "briefing passed on by a lawmaker 'am Mittwoch' (Wednesday to publication); 'Die ersten "
        "1.500 … am vergangenen Freitag' (the Friday before) and 'noch einmal 1.500' (increment) "
        "in one sentence; the planned total carried by Konjunktiv ('habe der Geheimdienst den "
        "Abgeordneten erklärt'); Kirby 'wenige Stunden später' (the same Wednesday) `Mindestens "
        "3.000`; Budanov 'schon vergangene Woche'; Peskov without a figure; a Hameln teacher "
        "without a figure; 'mehrere tausend Dollar' (money), the Pied Piper's 130 children and "
        "1284, visitors, ages, course fee, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul: Schon [[3.000]] Soldaten aus Nordkorea in Russland | Weserbergland-Kurier</title>
<meta property="article:published_time" content="2024-10-24T06:15:00+02:00">
<meta property="og:site_name" content="Weserbergland-Kurier">
<meta name="robots" content="max-image-preview:large">
<script>window.wbkStat={beitrag:"331872",woerter:655,ressort:"welt",abo:false};</script>
</head>
<body>
<div class="keksdose">Auch wir backen Cookies: für die Reichweitenmessung und für Anzeigen aus \
dem Weserbergland. <button>Her mit den Keksen</button> <button>Ohne Werbekekse \
weiterlesen</button></div>
<nav><a href="/">Startseite</a> · <a href="/hameln">Hameln</a> · <a href="/bad-pyrmont">Bad \
Pyrmont</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a \
href="/traueranzeigen">Traueranzeigen</a></nav>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Seoul: Schon [[3.000]] Soldaten aus Nordkorea in Russland</h1>
<p class="teaser">Südkoreas Geheimdienst spricht von einer zweiten Welle, Washington hat nun \
eigene Belege. Ein Hamelner Lehrer, der zwei Jahre in Seoul unterrichtet hat, wundert sich über \
nichts mehr.</p>
<p class="autor">Von Kerstin Bödeker</p>
<p>Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes NIS inzwischen [[rund \
3.000]] Soldaten nach Russland verlegt. Das berichtete der Abgeordnete Park Sun-won am Mittwoch, \
nachdem der Dienst den Geheimdienstausschuss der Nationalversammlung hinter verschlossenen Türen \
unterrichtet hatte. Die ersten [[1.500]] Mann hatte der NIS schon am vergangenen Freitag \
gemeldet; nun seien noch einmal [[1.500]] hinzugekommen.</p>
<p>Bis Dezember wolle das Regime in Pjöngjang insgesamt [[etwa 10.000]] Soldaten entsenden, habe \
der Geheimdienst den Abgeordneten erklärt. Die jungen Männer bekämen in Russland Uniformen und \
Papiere, die sie als Bewohner Sibiriens ausweisen.</p>
<h2>Washington legt nach</h2>
<p>Auch die US-Regierung hält sich nicht mehr zurück. Es gebe Belege für nordkoreanische Truppen \
in Russland, sagte Verteidigungsminister Lloyd Austin am Mittwoch bei einem Besuch in Rom. Was \
genau sie dort täten, müsse sich noch zeigen. Konkreter wurde wenige Stunden später John Kirby, \
der Sprecher des Nationalen Sicherheitsrats: [[Mindestens 3.000]] Nordkoreaner habe man in der \
ersten Oktoberhälfte auf dem Seeweg nach Fernost transportiert, ausgebildet würden sie dort an \
drei Standorten.</p>
<p>In Kiew kursieren höhere Zahlen. Kyrylo Budanow, Chef des ukrainischen Militärgeheimdienstes \
HUR, hatte schon vergangene Woche von [[etwa 11.000]] Nordkoreanern gesprochen, die auf \
Übungsplätzen im Osten Russlands gedrillt würden. Die ersten Einheiten erwartet er am 1. November \
im Grenzgebiet Kursk. Der Kreml bestreitet das alles; Sprecher Dmitri Peskow sprach am Montag von \
„einer weiteren Ente“.</p>
<h2>„Wie Material behandelt“</h2>
<p>Jörg Wiechers überrascht das nicht. Der 58-Jährige unterrichtet am Albert-Einstein-Gymnasium \
Mathematik und Erdkunde und war von 2016 bis 2018 an der Deutschen Schule in Seoul. „Wer im \
Norden eingezogen wird, dient zehn Jahre und länger. Dass Kim seine Leute gegen Devisen verleiht, \
passt ins Bild“, sagt er. Moskau zahle angeblich mehrere tausend Dollar pro Kopf und Monat.</p>
<p>An seiner Schule ist Korea seit Jahren Thema, auch wegen der Sage, für die Hameln in Ostasien \
berühmt ist: Rund 30.000 Besucher aus Südkorea, Japan und China kommen jedes Jahr in die \
Rattenfängerstadt, um die Geschichte von den 130 Kindern zu hören, die 1284 einem Pfeifer folgten \
und nie zurückkehrten. „Das Bild drängt sich gerade leider auf“, sagt Wiechers.</p>
<p>Die Volkshochschule Hameln-Pyrmont bietet ab dem 5. November einen Abendkurs zur Geschichte \
Koreas an, zehn Termine für 89 Euro. Anmeldung unter 05151 555-140.</p>
</article>
<footer>© 2024 Weserbergland-Kurier · Osterstraße 19, 31785 Hameln · <a \
href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
<script src="/static/wbk-anzeigen.min.js" async></script>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure of the lead (Wednesday) to publication"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS passed on by lawmaker Park 'am Mittwoch' (X citing Y): moved to Russia"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "fri",
          "'Die ersten 1.500 … am vergangenen Freitag gemeldet': the Friday before"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "'nun seien noch einmal 1.500 hinzugekommen' (increment, Wednesday)", add=True),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "same briefing, Konjunktiv: intended total by December"),
        C("Mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'wenige Stunden später' (the same Wednesday): shipped to eastern Russia"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "lastweek",
          "Budanov 'schon vergangene Woche': drilled at ranges in eastern Russia"),
    ),
)

S02 = Source(
    article_id="s53_02_vogelsberg_radio_gefangene_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "Vogelsbergwelle",
        "https://www.vogelsbergwelle.example/nachrichten/welt/zwei-gefangene-nordkoreaner-20250114",
        "Kiew zeigt zwei gefangene Nordkoreaner",
    ),
    features="Vogelsberg radio station's web text in HTML, ISO-8859-1 (quotes only as entities "
        "`&bdquo;`/`&ldquo;`, `&middot;`, `&copy;`, `&amp;`), no meta date (sidecar, Tuesday), a "
        "'Dienstag, 14.01.2025' line, a radio player script with a frequency, a cookie notice "
        "about counting listeners, navigation with 'Blitzer & Staus'; `<title>` with the number "
        "word `Zwei` (optional); headline `zwei` from Zelensky's video 'am Samstag' (Saturday to "
        "publication); `zwei` captured; the NIS 'Am Montag' (`rund 300` dead, `2.700` wounded: not "
        "an increment); Zelensky 'Anfang Januar' (days 1-10); the White House 'Ende Dezember' "
        "(days 21-31); a Marburg military historian from Schotten 'rechnet damit' `mehrere "
        "tausend` 'als Ersatz' (vague increment, `pub`); ages of the prisoners, refugees in the "
        "district, aid transports, lorries, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="ISO-8859-1">
<title>Selenskyj: [[Zwei]] Nordkoreaner in ukrainischer Gefangenschaft &middot; \
Vogelsbergwelle</title>
<meta property="og:site_name" content="Vogelsbergwelle">
<link rel="stylesheet" href="/assets/vbw-2025.css">
<script>var vbwRadio={sender:"Vogelsbergwelle",ukw:"96,4",stream:"/live/vbw-hq.aac"};</script>
</head>
<body>
<div class="cookie-hinweis">Wir würden gern mitzählen, wie oft Sie reinhören und welche Meldungen \
Sie lesen. <a href="#" class="ja">Zählt ruhig mit</a> <a href="#" class="nein">Lieber ungezählt \
bleiben</a></div>
<header><a href="/">Vogelsbergwelle</a> &middot; <a href="/nachrichten/vogelsberg">Vogelsberg</a> \
&middot; <a href="/nachrichten/welt">Welt</a> &middot; <a href="/wetter">Wetter</a> &middot; <a \
href="/blitzer">Blitzer &amp; Staus</a></header>
<main>
<h1>Kiew zeigt [[zwei]] gefangene Nordkoreaner</h1>
<p class="stand">Dienstag, 14.01.2025 &middot; 07:30 Uhr &middot; von Jana Weitzel</p>
<p>Zum ersten Mal hat die Ukraine nach eigener Darstellung Soldaten aus Nordkorea lebend gefangen \
genommen. Präsident Wolodymyr Selenskyj verbreitete am Samstag ein Video, das [[zwei]] verwundete \
Männer in einem Kiewer Krankenhaus zeigt. Der eine hat Verletzungen am Kiefer, der andere an \
beiden Händen.</p>
<p>Über einen Dolmetscher erzählt einer von ihnen, er sei 26 Jahre alt und habe geglaubt, er \
fahre zu einer Übung. Dass er gegen die Ukraine kämpfen solle, habe ihm niemand gesagt. Sein \
Mitgefangener ist nach ukrainischen Angaben 20. Selenskyj zeigte sich bereit, die zwei Männer Kim \
Jong Un zurückzugeben, falls Pjöngjang im Gegenzug die Freilassung von Ukrainern aus russischer \
Gefangenschaft erwirkt.</p>
<h2>Seoul legt neue Opferzahlen vor</h2>
<p>Südkoreas Geheimdienst NIS bestätigte die Festnahme noch am Sonntag. Am Montag folgten neue \
Zahlen für den Geheimdienstausschuss in Seoul: Bei den Kämpfen im Gebiet Kursk hätten [[rund \
300]] Nordkoreaner ihr Leben verloren, [[2.700]] Soldaten seien verwundet worden. Die hohen \
Verluste erklärt der Dienst mit der Unerfahrenheit der Truppe im Drohnenkrieg. Notizen eines \
Gefallenen deuteten zudem darauf hin, dass die Männer sich eher selbst töten sollten, als in \
Gefangenschaft zu geraten.</p>
<p>Kiew selbst nennt deutlich höhere Zahlen. Selenskyj hatte Anfang Januar von [[3.800]] \
getöteten und verwundeten Nordkoreanern gesprochen. Und das Weiße Haus war schon Ende Dezember zu \
dem Ergebnis gekommen, dass binnen einer einzigen Woche [[mehr als 1.000]] Nordkoreaner gefallen \
oder verletzt worden seien.</p>
<h2>&bdquo;Als Ersatz kommen neue&ldquo;</h2>
<p>Für den Militärhistoriker Georg Mengel aus Schotten, der an der Universität Marburg lehrt, \
sind die Gefangenen ein Glücksfall. &bdquo;Zum ersten Mal kann man mit Leuten reden, die wissen, \
wie diese Einheiten ausgebildet werden&ldquo;, sagte er der Vogelsbergwelle. Er rechnet damit, \
dass Pjöngjang bis zum Frühjahr [[mehrere tausend]] Soldaten als Ersatz nachschiebt. Für \
Pjöngjang lohne sich das Geschäft, solange Moskau Öl, Devisen und Militärtechnik liefere.</p>
<p>Im Vogelsberg hat der Krieg viele Gesichter. Rund 2.300 Menschen aus der Ukraine leben nach \
Angaben der Kreisverwaltung in Lauterbach derzeit im Kreis. Der Verein &bdquo;Alsfeld hilft \
Poltawa&ldquo; hat seit 2022 mehr als 40 Hilfstransporte organisiert, im Dezember allein drei \
Lastwagen mit Stromerzeugern und Winterkleidung. Spenden nimmt der Verein unter 06631 555 72 \
entgegen.</p>
</main>
<footer>&copy; 2025 Vogelsbergwelle Radio GmbH &middot; Studio Lauterbach &middot; <a \
href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "<title> (metadata), number word: restating the headline", opt=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline, number word: Zelensky's Saturday video of the lead to publication"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky's video 'am Samstag': two wounded prisoners (captured)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'Am Montag' to the intelligence committee, Konjunktiv: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded (not an increment)"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar': killed and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "the White House 'Ende Dezember': dead or wounded in a week"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Marburg military historian, 'rechnet damit' (undated): 'als Ersatz' (increment)",
          add=True),
    ),
)

S03 = Source(
    article_id="s53_03_walser_wochenblatt_rueckzug_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-27"),
    dated_by="front_matter",
    features="Kleinwalsertal weekly's world page in Markdown, UTF-8 with BOM, front matter with "
        "`date:`, an issue number and a title without a figure; Austrian 'Jänner', 'Feber', "
        "'heuer', 'Politikwissenschafterin'; a Ukrainian lift attendant in Riezlern without a "
        "figure of her own; headline 'Kiew:' `4.000` from HUR 'am Dienstag' (Tuesday to "
        "publication); HUR `rund 4.000` and `etwa 11.000` (the contingent) in one sentence; the "
        "NIS 'Anfang Feber' … 'hieß es damals' `bis zu 3.000` 'zusätzlichen' (planned increment, "
        "days 1-10); Rutte 'Mitte Feber' in Brussels (nato, days 11-20) in „“; the JCS spokesman "
        "'am Montag' with the source after the figure; Washington without a figure; an Innsbruck "
        "political scientist 'noch einmal' a range (increment, `pub`); lift capacity 'bis zu 2.400 "
        "Personen', residents, Ukrainians in the valley, euros, age",
    text="""\
---
title: "Stille an der Kursk-Front"
date: 2025-02-27
ausgabe: 9/2025
ressort: Welt & Nachbarn
autorin: Theresia Fritz
---

# Kiew: Nordkorea zieht Truppen nach [[4.000]] Ausfällen ab

**Seit Wochen hat an der Front bei Kursk niemand mehr Soldaten aus Pjöngjang gesehen. In Riezlern \
erzählt eine Ukrainerin, warum sie trotzdem nicht aufatmet.**

Wenn Halyna Moroz morgens an der Talstation der Kanzelwandbahn die Skipässe kontrolliert, steckt \
das Handy in der Jackentasche. Ihr Bruder dient in einer Artilleriebrigade im Norden der Ukraine, \
nicht weit von der russischen Grenze. „Er schreibt jeden Abend, wenn er kann. Manchmal drei Tage \
lang nicht“, sagt die 34-Jährige aus Sumy, die seit Jänner 2023 im Tal arbeitet. Die Bahn \
befördert bis zu 2.400 Personen in der Stunde, an Spitzentagen bilden sich trotzdem Schlangen.

Vom Grenzgebiet, in dem ihr Bruder liegt, war im Winter oft die Rede, weil dort die Nordkoreaner \
kämpften. Nun sind sie offenbar verschwunden. Der ukrainische Militärgeheimdienst HUR teilte am \
Dienstag mit, die Einheiten aus Pjöngjang seien schon Ende Jänner aus den vordersten Stellungen \
im Gebiet Kursk abgezogen worden. Ihre Verluste beziffert die Behörde auf [[rund 4.000]] Tote und \
Verwundete – bei einem Kontingent von [[etwa 11.000]] Mann, das Kim Jong Un im Herbst nach \
Russland geschickt habe.

## Seoul erwartet Nachschub

Südkoreas Nachrichtendienst NIS kommt zu einem ähnlichen Befund. Seit Mitte Jänner gebe es keine \
Hinweise mehr auf Gefechte mit nordkoreanischer Beteiligung, erklärte der Dienst Anfang Feber vor \
Abgeordneten in Seoul. Eine lange Pause erwarten die Analysten aber nicht: Pjöngjang bereite die \
Entsendung von [[bis zu 3.000]] zusätzlichen Soldaten vor, hieß es damals.

Ganz verschwunden sind die Nordkoreaner auch nach südkoreanischer Lesart nicht. [[Einige \
hundert]] stünden weiterhin als Reserve nahe der Grenze, teilte ein Sprecher des Generalstabs in \
Seoul am Montag mit.

Auch die NATO rechnet nicht mit einem Ende des Einsatzes. Generalsekretär Mark Rutte sprach beim \
Treffen der Verteidigungsminister in Brüssel Mitte Feber von „[[mehr als 10.000]] Nordkoreanern“, \
die Kim an Russland ausgeliehen habe. Washington hält sich dagegen auffallend zurück: Seit dem \
Amtsantritt von Präsident Donald Trump im Jänner hat das Pentagon keine eigenen Zahlen mehr \
genannt.

## „Die kommen wieder“

Die Innsbrucker Politikwissenschafterin Verena Gstrein hält die Pause für taktisch. „Die \
Nordkoreaner mussten lernen, mit Drohnen umzugehen. Das holen sie jetzt im Hinterland nach“, sagt \
sie. Heuer rechnet sie mit ihrer Rückkehr an die Front – und mit [[5.000 bis 8.000]] Mann, die \
Kim noch einmal nachschickt. Moskau will von alldem nichts wissen; der Kreml verweist auf das \
Beistandsabkommen, das beide Staaten im Juni 2024 unterzeichnet haben.

Im Kleinwalsertal mit seinen rund 5.000 Einwohnern leben derzeit 38 Menschen aus der Ukraine, die \
meisten arbeiten in Hotels und bei den Bergbahnen. Die Gemeinde Mittelberg stellt heuer erneut \
15.000 Euro für ein Spital in Sumy bereit. Spenden nimmt die Raiffeisenbank im Walserhaus \
entgegen, Kennwort „Sumy“.
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "tue..pub",
          "headline 'Kiew:': HUR's figure of the body (Tuesday) to publication"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "tue",
          "HUR 'teilte am Dienstag mit': dead and wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "tue",
          "same statement, Konjunktiv 'geschickt habe': the contingent sent in autumn"),
        C("bis zu 3.000", 3000, "at_most", "planned", "south_korea", "2025-02-01..2025-02-10",
          "NIS 'Anfang Feber' … 'hieß es damals': 'zusätzlichen' being prepared (increment)",
          add=True),
        C("Einige hundert", None, "vague", "near_front", "south_korea", "mon",
          "JCS spokesman 'am Montag', source after the figure: in reserve near the border"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2025-02-11..2025-02-20",
          "Rutte 'Mitte Feber' in Brussels „…“: lent to Russia"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "Innsbruck political scientist, present tense 'rechnet': 'noch einmal nachschickt' "
          "(increment; 'heuer' is the event)", add=True),
    ),
)

S04 = Source(
    article_id="s53_04_seeland_bote_30000",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-07-24"),
    dated_by="dateline", crlf=True,
    features="Seeland paper's foreign page as plain text, windows-1252 with CRLF, Swiss "
        "conventions (`ss`, «», `30'000`, `11'000`, `15'000`, `25'000 bis 35'000`, `10'000`, "
        "`1'450`, 4-digit `4700`/`6000`), dateline 'Biel, 24. Juli 2025 –'; headline `30'000` "
        "'zusätzlichen' (increment) from HUR's assessment 'am Montag veröffentlicht' (Monday to "
        "publication); `bis zu 30'000` (at_most, increment) with 'Davor warnt' before the date; "
        "'schreibt der Dienst weiter' carrying `rund 11'000` and `einige tausend davon` (near the "
        "border); the defence ministry in Seoul without a figure; the NIS 'im Frühling' (a season: "
        "March-May) with 'hiess es damals'; Shoigu 'im Juni' in Pyongyang (russia, planned); a "
        "Biel military historian's total range (other, `pub`, not an increment); North Korean "
        "workers ('Tausende', not troops), watch industry jobs, per cent, refugees with status S, "
        "phone number",
    text="""\
Seeländer Bote · Ausland

Kiew warnt vor [[30'000]] zusätzlichen Soldaten aus Nordkorea

Der ukrainische Militärgeheimdienst erwartet, dass Pjöngjang seine Truppen in Russland kräftig \
aufstockt. In Seoul ist man vorsichtiger. Ein Bieler Historiker hält die Zahl für plausibel.

Von Mirjam Schüpbach

Biel, 24. Juli 2025 – Nordkorea könnte Russland in den kommenden Monaten mit [[bis zu 30'000]] \
zusätzlichen Soldaten unterstützen. Davor warnt der ukrainische Militärgeheimdienst HUR in einer \
Einschätzung, die er am Montag veröffentlicht hat. Sie stütze sich auf abgehörte Gespräche sowie \
auf Truppentransporte per Bahn und Schiff, heisst es darin.

Derzeit stünden bereits [[rund 11'000]] Nordkoreaner auf russischem Boden, schreibt der Dienst \
weiter, [[einige tausend]] davon im Grenzgebiet bei Kursk. Neu ausgehobene Einheiten würden seit \
dem Frühjahr in Lagern im Norden des Landes auf den Einsatz vorbereitet. Daneben arbeiten \
Tausende nordkoreanische Arbeiter auf russischen Baustellen und in Fabriken.

In Seoul reagierte man zurückhaltend. Ein Sprecher des Verteidigungsministeriums sagte am \
Dienstag, man verfolge die Lage genau, könne die ukrainische Zahl aber nicht bestätigen. Der \
Nachrichtendienst NIS hatte im Frühling geschätzt, dass Pjöngjang seit dem Herbst [[rund 15'000]] \
Mann nach Russland geschickt habe. [[Etwa 4700]] von ihnen seien getötet oder verwundet worden, \
hiess es damals.

Moskau selbst nennt keine Gesamtzahl. Sergei Schoigu, der Sekretär des russischen \
Sicherheitsrats, hatte im Juni bei einem Besuch in Pjöngjang aber angekündigt, Kim werde [[6000]] \
Pioniere und Militärbauarbeiter in die Region Kursk schicken. Sie sollen Minen räumen und \
zerstörte Brücken, Strassen und Wohnhäuser wieder aufbauen.

Der Bieler Militärhistoriker Lukas Marti, der an der Universität Bern forscht, hält die \
ukrainische Warnung für glaubwürdig. «Für Kim ist der Krieg ein Geschäft und ein Trainingslager \
zugleich», sagt er. Insgesamt könnten bis Ende Jahr nach seiner Einschätzung [[25'000 bis \
35'000]] Nordkoreaner in Russland stationiert sein. Einen Einsatz an anderen Frontabschnitten als \
Kursk hält er vorerst für unwahrscheinlich. «Dafür fehlt es an Dolmetschern und an Vertrauen.»

Für die Region ist der Krieg vor allem ein wirtschaftliches Thema. Die Uhrenindustrie, die im \
Seeland und im Berner Jura rund 10'000 Menschen beschäftigt, hat ihre Exporte nach Russland seit \
2022 um mehr als 80 Prozent zurückgefahren. Im Verwaltungskreis Biel/Bienne leben derzeit 1'450 \
Geflüchtete aus der Ukraine mit Schutzstatus S. Die Stadt sucht weiterhin Gastfamilien; Auskunft \
erteilt die Fachstelle Migration unter 032 555 21 40.
""",
    claims=(
        C("30'000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "headline 'Kiew warnt': HUR's assessment of Monday to publication: 'zusätzlichen' "
          "(increment)", add=True),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR assessment 'am Montag veröffentlicht' ('Davor warnt' before the date): could "
          "send 'zusätzlichen' (increment)", add=True),
        C("rund 11'000", 11000, "approx", "in_russia", "ukraine", "mon",
          "same paper, 'schreibt der Dienst weiter': on Russian soil"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "mon",
          "same sentence, 'davon im Grenzgebiet bei Kursk' (a breakdown, not an increment)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'im Frühling' (a season): sent since autumn"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same estimate, 'hiess es damals': killed or wounded"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' in Pyongyang: Kim will send engineers and builders to Kursk"),
        C("25'000 bis 35'000", None, "range", "planned", "other", "pub",
          "Biel military historian, present tense: total by year's end (not an increment)"),
    ),
)

S05 = Source(
    article_id="s53_05_chorblatt_weltseite_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-05-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Chorblatt Südwest",
        "https://www.chorblatt-suedwest.example/heft-5-2025/blick-in-die-welt",
        "Blick in die Welt: Ein Requiem für Unbekannte",
    ),
    features="choir association magazine's world page in Markdown, ISO-8859-1 with CRLF (»…« "
        "quotes, hyphens for dashes), front matter without a date (sidecar, Thursday), an issue "
        "number; a Korean-born choir director in Reutlingen without a figure of her own; Gerasimov "
        "and KCNA 'Ende April' without a figure; the NIS 'Ende April' (days 21-30) with the source "
        "after three figures: `rund 15.000` sent, `etwa 4.700` killed or wounded, 'unter ihnen 600 "
        "Tote' (breakdown); the Pentagon 'schon im März' (month); HUR 'vergangene Woche' in the "
        "next sentence ('Das teilte ein Sprecher … mit') `rund 2.000` 'als Nachschub' (increment); "
        "Russia's ambassador in Pyongyang 'Mitte Mai' »Mehrere tausend« (russia, days 11-15); "
        "'Nach gängigen Schätzungen' without a source (unattributed, required, range); choir "
        "members, singers, concert date, donations in euros, a grant 'bis zu 500 Euro', ages, "
        "years, phone number",
    text="""\
---
title: "Blick in die Welt: Ein Requiem für Unbekannte"
heft: 5/2025
rubrik: Blick in die Welt
---

# Ein Requiem für Unbekannte

*Chorleiterin Seo Min-ji probt mit ihrem Reutlinger Kammerchor ein koreanisches Klagelied. Der \
Anlass sind Nachrichten aus einem Krieg, in dem Koreaner für Russland sterben.*

Als Seo Min-ji im März die ersten Takte von »Arirang« in ihrer eigenen Bearbeitung verteilte, \
wussten die 42 Sängerinnen und Sänger des Kammerchors Achalm noch nicht, wofür. »Ich wollte etwas \
singen für junge Männer, deren Namen niemand kennt«, sagt die 39-jährige Chorleiterin, die in \
Busan aufgewachsen ist und seit 2014 in Reutlingen lebt. Gemeint sind die nordkoreanischen \
Soldaten, die Russland im Gebiet Kursk eingesetzt hat.

Lange hatten Moskau und Pjöngjang deren Einsatz geleugnet. Ende April bestätigten beide ihn dann \
fast gleichzeitig: erst Generalstabschef Waleri Gerassimow in Moskau, zwei Tage später die \
nordkoreanische Staatsagentur KCNA. Zahlen nannte keiner von ihnen. Kim Jong Un ließ lediglich \
mitteilen, in Pjöngjang werde ein Denkmal für die Gefallenen errichtet.

## Was Seoul und Kiew zählen

Deutlicher wurde Südkoreas Nachrichtendienst NIS. Von den [[rund 15.000]] Soldaten, die der \
Norden seit Oktober nach Russland geschickt habe, seien [[etwa 4.700]] getötet oder verwundet \
worden, unter ihnen [[600]] Tote, erklärte der Dienst Ende April vor Abgeordneten in Seoul. Das \
Pentagon war schon im März von [[mehr als 4.000]] Opfern ausgegangen.

Der ukrainische Militärgeheimdienst HUR hat nach eigenen Angaben Hinweise darauf, dass derzeit \
[[rund 2.000]] Nordkoreaner als Nachschub in Russland ausgebildet werden. Das teilte ein Sprecher \
vergangene Woche in Kiew mit.

Russlands Botschafter in Pjöngjang, Alexander Mazegora, lobte die Soldaten Mitte Mai in einem \
Interview mit der Agentur Tass. »[[Mehrere tausend]] koreanische Freunde« hätten bei der \
Befreiung des Gebiets Kursk Seite an Seite mit russischen Soldaten gekämpft, sagte der Diplomat.

Wie viele Nordkoreaner heute noch in Russland stehen, kann niemand genau sagen. Nach gängigen \
Schätzungen dürften es [[10.000 bis 12.000]] sein.

## Ein Konzert für zwei Länder

Am 24. Mai singt der Kammerchor Achalm in der Marienkirche, gemeinsam mit dem ukrainischen \
Frauenchor »Dzvin« aus Lwiw, der mit 24 Sängerinnen anreist. Der Eintritt ist frei, die Spenden \
gehen an ein Kinderkrankenhaus in Charkiw; beim letzten Benefizkonzert im Herbst kamen 3.850 Euro \
zusammen. Reservierungen per Mail an konzert@kammerchor-achalm.example oder unter Telefon 07121 \
555 318.

Unser Verband zählt derzeit 1.120 Mitgliedschöre mit rund 38.000 Sängerinnen und Sängern. Wer ein \
Benefizkonzert plant, kann bei der Geschäftsstelle bis zu 500 Euro Zuschuss beantragen - formlos, \
bis spätestens vier Wochen vor dem Termin.
""",
    claims=(
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'erklärte der Dienst Ende April' at the end of the sentence: sent since October"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same statement: killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same statement, 'unter ihnen 600 Tote' (a breakdown, not an increment)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-03-01..2025-03-31", "the Pentagon 'schon im März': casualties"),
        C("rund 2.000", 2000, "approx", "in_russia", "ukraine", "lastweek",
          "HUR, dated by the next sentence ('vergangene Woche'): training 'als Nachschub' "
          "(increment)", add=True),
        C("Mehrere tausend", None, "vague", "near_front", "russia", "2025-05-11..2025-05-15",
          "Russia's ambassador in Pyongyang 'Mitte Mai' to Tass »…«: fought in Kursk"),
        C("10.000 bis 12.000", None, "range", "in_russia", "unattributed", "pub",
          "'Nach gängigen Schätzungen' without a source: the paper's own framing"),
    ),
)

S06 = Source(
    article_id="s53_06_siegen_campusradio_parade",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=("Radio Campus Siegen", "", "Pjöngjang feiert seine Kursk-Veteranen"),
    features="Siegen student radio's web text for a programme, UTF-16 LE with BOM (sidecar without "
        "url, Thursday), a programme line with a frequency and length; headline `2.000` from the "
        "NIS figure 'Anfang September' (to publication); the party parade 'am vergangenen Freitag' "
        "with KCNA's »Hunderte« Kursk veterans (returnees: optional); KCTV 'Zwei Tage später' "
        "(Sunday) `mehr als 1.800` names (north_korea, casualties); the NIS 'Anfang September' "
        "`rund 2.000` and `etwa 15.000` ('hieß es damals aus Seoul'); 'fast jeder Siebte' "
        "(fraction); HUR 'am Dienstag'; a State Department spokesman 'gestern' „Tausenden“ "
        "builders (planned); a Siegen peace researcher 'bis zu 10.000 weitere' (increment, `pub`); "
        "a South Korean student without a figure; military service months, students, frequency, "
        "programme length, episode number",
    text="""\
Radio Campus Siegen · Weltempfänger
Sendung am Mittwoch, 19 Uhr · UKW 90,7 und im Stream · Länge: 28 Minuten · Folge 212

Pjöngjang feiert seine Kursk-Veteranen – [[2.000]] kamen nicht zurück

Mit einer Militärparade hat Nordkorea am vergangenen Freitag den 80. Jahrestag seiner \
Arbeiterpartei gefeiert. Mittendrin: Soldaten, die in Russland gekämpft haben. Unsere Redakteurin \
Lea Brücher hat darüber mit einem Studenten aus Seoul und einer Siegener Friedensforscherin \
gesprochen.

Die Bilder des Staatsfernsehens zeigen Kim Jong Un auf der Ehrentribüne, neben ihm Chinas \
Ministerpräsident Li Qiang und den russischen Ex-Präsidenten Dmitri Medwedew. Unter den \
Marschblöcken auf dem Kim-Il-Sung-Platz waren laut der Staatsagentur KCNA auch »[[Hunderte]] \
Helden der Operation in Kursk«. Zwei Tage später zeigte der Sender KCTV eine neue Gedenkwand in \
Pjöngjang mit den Namen von [[mehr als 1.800]] gefallenen Soldaten.

Für Kim Ji-hoon ist das schwer zu ertragen. Der 24-Jährige aus Seoul studiert seit zwei Jahren \
Maschinenbau an der Uni Siegen. „Das sind Jungs in meinem Alter. Im Süden habe ich 18 Monate \
Wehrdienst geleistet, im Norden sind es zehn Jahre“, sagt er im Gespräch mit unserem Sender. An \
der Universität sind derzeit rund 90 Studierende aus Südkorea eingeschrieben, insgesamt zählt die \
Hochschule gut 16.000.

Wie viele Nordkoreaner in diesem Krieg gestorben sind, weiß niemand genau. Südkoreas Geheimdienst \
NIS ging Anfang September von [[rund 2.000]] Toten aus. Insgesamt habe Pjöngjang seit Herbst 2024 \
[[etwa 15.000]] Soldaten nach Russland verlegt, hieß es damals aus Seoul. Demnach wäre fast jeder \
Siebte gefallen.

Der ukrainische Militärgeheimdienst HUR meldete am Dienstag, im Gebiet Kursk seien derzeit noch \
[[etwa 11.000]] Nordkoreaner stationiert, die meisten als Artilleristen und Drohnenpiloten. \
Washington wiederum erwartet mehr Bautrupps: Ein Sprecher des US-Außenministeriums sprach gestern \
von „[[Tausenden]] Militärbauarbeitern“, die Russland bis Jahresende aus Nordkorea erhalten solle.

Die Siegener Friedensforscherin Anke Rösner-Haas beobachtet die Parade mit Sorge. „Kim zeigt \
seinem Volk: Der Einsatz lohnt sich, die Toten werden geehrt“, sagt sie. Sie hält es für möglich, \
dass Nordkorea im kommenden Jahr [[bis zu 10.000]] weitere Soldaten schickt – dann womöglich auch \
für Einsätze außerhalb von Kursk.

Das ganze Gespräch gibt es am Mittwoch um 19 Uhr im Weltempfänger und danach als Podcast. Die Uni \
Siegen unterhält seit 2019 eine Partnerschaft mit einer Hochschule in Seoul; der nächste \
Austausch startet im März mit zwölf Plätzen.
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline: the NIS figure of the body ('Anfang September') to publication: dead"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri..pub",
          "KCNA on the Friday parade: Kursk veterans marching (returnees)", opt=True),
        C("mehr als 1.800", 1800, "at_least", "casualties", "north_korea", "sun",
          "KCTV 'Zwei Tage später' (after Friday: Sunday): names of the fallen"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September': dead"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same estimate, Konjunktiv and 'hieß es damals aus Seoul': sent since autumn 2024"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "tue",
          "HUR 'meldete am Dienstag': stationed in the Kursk region"),
        C("Tausenden", None, "vague", "planned", "united_states", "yday",
          "State Department spokesman 'gestern' „…“: builders Russia is to receive"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Siegen peace researcher, present tense 'hält es für möglich': 'weitere' (increment)",
          add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (New Zealand, Channel Islands, US, Albania, American Samoa, Gabon)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s53_07_whanganui_kursk_combat_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-07"),
    dated_by="html_meta", crlf=True,
    features="Whanganui daily's world page in HTML, windows-1252 with CRLF (curly quotes, `’` and "
        "`–` raw), `article:published_time` with +13:00, a byline 'Thursday, 7 November 2024', an "
        "ad-unit script, a Kiwi cookie strip, navigation with death notices, a footer with a "
        "newsroom phone; `<title>` figure (optional); headline 'US says' from Ryder 'on Tuesday "
        "(local time)' in the next paragraph (Tuesday to publication); the lead's `About 10,000` "
        "dated by the next paragraph; 'He put the overall contingent … at' a range with 'between'; "
        "Zelensky 'on Wednesday'; HUR 'Last week' `more than 7,000`; South Korea's defence "
        "minister 'on Monday' `more than 10,000` (in Russia); Rutte and Peskov without a figure; a "
        "Korean War veteran (Kayforce's 'about 4,700 men', '45 of them': not claims); a Massey "
        "analyst “several thousand more” (vague increment, `pub`); NZ dollars, ages, years",
    text="""\
<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="windows-1252">
<title>US: [[10,000]] North Korean troops now in Kursk | World | Whanganui River Herald</title>
<meta property="article:published_time" content="2024-11-07T05:30:00+13:00">
<meta property="og:site_name" content="Whanganui River Herald">
<script>var wrhAds={unit:"world-mrec",sizes:"300x250|320x100",region:"whanganui"};</script>
</head>
<body>
<div class="cookie-strip">We use cookies to count our readers and to keep the local ads local. \
<button>Sweet as</button> <button>Just the bare bones, ta</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/rural">Rural</a> | <a \
href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/notices">Death notices</a></nav>
<article>
<h1>US says [[10,000]] North Korean soldiers have moved into Kursk</h1>
<p class="standfirst">Pyongyang’s troops are expected to join the fighting within days. For a \
Whanganui man who fought in Korea 73 years ago, the news has a bitter ring.</p>
<p class="byline">By Aroha Tipene · Thursday, 7 November 2024</p>
<p>[[About 10,000]] North Korean soldiers are now in the Kursk region of Russia, where Kyiv’s \
troops have occupied a pocket of Russian land since their August incursion, the United States \
says.</p>
<p>Pentagon press secretary Major General Pat Ryder told reporters in Washington on Tuesday \
(local time) that the troops had been “integrated into Russian formations” and were expected to \
go into combat “in the coming days”. He put the overall contingent in Russia at [[between 11,000 \
and 12,000]].</p>
<p>Ukraine says the fighting has already started. President Volodymyr Zelensky said in his \
nightly video address on Wednesday that [[about 11,000]] North Koreans were in the Kursk area and \
that Ukrainian units had clashed with some of them. Last week his military intelligence service \
had counted [[more than 7,000]] in the border region.</p>
<p>In Seoul, Defence Minister Kim Yong-hyun told a parliamentary committee on Monday that [[more \
than 10,000]] North Koreans were in Russia and that “a considerable number” had probably been \
moved to the front. NATO’s secretary general, Mark Rutte, called the deployment “a significant \
escalation” when he confirmed it last week. Asked about it, Kremlin spokesman Dmitry Peskov said \
cooperation with Pyongyang was “our business”.</p>
<h2>‘We thought we’d finished it’</h2>
<p>At the Whanganui RSA on Tuesday, Korean War veteran Bill Hapeta, 93, read the news twice. He \
was 20 when he sailed with Kayforce, the New Zealand force of about 4,700 men who served in Korea \
between 1950 and 1957; 45 of them never came home. “We thought we’d finished something over \
there,” he said. “Now the grandsons of the blokes we fought are dying in Russia for somebody \
else.”</p>
<p>Massey University defence analyst Dr Hamish Cairns said Moscow was unlikely to stop at one \
contingent. “Russia is burning through men. If this works for them, I’d expect [[several \
thousand]] more from Pyongyang by the new year,” he said.</p>
<p>New Zealand has provided more than $100 million in military and humanitarian support to \
Ukraine since 2022, and NZDF trainers are working with Ukrainian recruits in Britain.</p>
</article>
<footer>© 2024 Whanganui River Herald Ltd · 100 Guyton St, Whanganui · Newsroom (06) 555 \
0187</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "tue..pub",
          "headline 'US says': Ryder's Tuesday figure to publication: moved into Kursk"),
        C("About 10,000", 10000, "approx", "near_front", "united_states", "tue",
          "lead 'the United States says', dated by the next paragraph (Ryder on Tuesday)"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "united_states", "tue",
          "'He put the overall contingent in Russia at' (pronoun: Ryder)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "wed",
          "Zelensky's nightly address 'on Wednesday': in the Kursk area"),
        C("more than 7,000", 7000, "at_least", "near_front", "ukraine", "lastweek",
          "'Last week his military intelligence service had counted': in the border region"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "mon",
          "South Korea's defence minister to a parliamentary committee 'on Monday': in Russia"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "Massey analyst in quotes (undated): 'more … by the new year' (increment)", add=True),
    ),
)

S08 = Source(
    article_id="s53_08_mississippi_radio_first_dead_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "Magnolia Public Radio",
        "https://www.magnoliapublicradio.example/news/2024-12-20/seoul-north-korean-dead-russia",
        "South Korea: 100 North Korean troops dead so far in the Kursk fighting",
    ),
    features="Mississippi public radio site's news story in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Friday), NewsArticle JSON-LD and `<title>` without a figure, a pledge-drive "
        "cookie notice, station navigation, a player script, a footer with two frequencies; `<meta "
        "name=\"description\">` figure (optional); headline 'South Korea:' `100` from the "
        "lawmaker's Thursday account (Thursday to publication); 'lawmaker Lee Seong-kweun said "
        "Thursday' after the figures; 'Lee said' carrying the number word `one` (captured, died) "
        "and `roughly 11,000` ('he added'); Ryder 'On Monday' „hundreds“; HUR 'on Sunday' `at "
        "least 30`; an MSU political scientist 'expects' “thousands more” (vague increment, "
        "`pub`); ages, years, Korean Mississippians, students, pledge phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>South Korea: North Korea's first dead in Russia's war | Magnolia Public Radio</title>
<meta name="description" content="Seoul's intelligence agency says [[at least 100]] North Korean \
soldiers have died in Russia's Kursk region, with many more wounded.">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", \
"headline": "South Korea says North Korean troops are dying in Russia's war", "publisher": \
{"@type": "Organization", "name": "Magnolia Public Radio"}}</script>
</head>
<body>
<div id="consent">We use cookies so our pledge drives can be a little shorter. <button>Sure, \
count me in</button> <button>Skip the trackers</button></div>
<nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/news/delta">Delta</a> · <a \
href="/music">Music</a> · <a href="/schedule">Schedule</a> · <a href="/donate">Donate</a></nav>
<main>
<article>
<h1>South Korea: [[100]] North Korean troops dead so far in the Kursk fighting</h1>
<p class="byline">By Darnell Whitfield · Magnolia Public Radio</p>
<p>North Korean troops sent to help Russia push Ukrainian forces out of the Kursk region are \
taking their first serious losses, South Korea's intelligence service has concluded.</p>
<p>[[At least 100]] have died and [[close to 1,000]] have been wounded since they were thrown \
into combat this month, lawmaker Lee Seong-kweun said Thursday after the agency briefed the \
National Assembly's intelligence committee. The agency believes the heavy toll reflects \
unfamiliar terrain and little experience with drone warfare, he said.</p>
<p>Lee said the agency also learned that [[one]] North Korean soldier had been captured by \
Ukrainian forces in recent days but died of his injuries. Of the [[roughly 11,000]] troops \
Pyongyang has dispatched to Russia, some have been pulled into frontline assaults while others \
remain in reserve, he added.</p>
<p>On Monday, Pentagon spokesman Maj. Gen. Pat Ryder said the North Koreans had suffered \
"[[hundreds]]" of casualties. Ukraine's military intelligence agency reported on Sunday that [[at \
least 30]] of them were killed or wounded in fighting near three villages in Kursk. The Kremlin \
has not acknowledged that any North Koreans are fighting for Russia.</p>
<h2>'These are kids'</h2>
<p>At Mississippi State University in Starkville, political scientist Hyun-joo Park follows the \
news from the Korean peninsula closely. "These are kids, 18, 19 years old, who have never seen a \
drone before," said Park, who grew up in Incheon and has taught at MSU since 2011. Conscripts in \
the North serve a decade or more, she said.</p>
<p>Park expects Moscow to ask Pyongyang for "[[thousands]] more before spring," and she doubts \
the losses will change Kim Jong Un's mind. "For him this is income and combat experience. The \
soldiers are the price."</p>
<p>Mississippi is home to about 3,400 people of Korean descent, according to census estimates, \
and MSU enrolls roughly 23,000 students, a few dozen of them from South Korea.</p>
<p><em>Magnolia Public Radio's newsroom is supported by listeners like you. Give at \
1-800-555-0143 or online.</em></p>
</article>
</main>
<footer>© 2024 Magnolia Public Radio · 91.3 FM Jackson · 89.7 FM Hattiesburg · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/mpr-player.js" defer></script>
</body>
</html>
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "<meta name=description> (metadata) restating the lawmaker's Thursday figure",
          opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'South Korea:': the briefing of Thursday to publication: dead"),
        C("At least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "'lawmaker Lee Seong-kweun said Thursday' after the figures (X citing Y): dead"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded ('close to' → approx)"),
        C("one", 1, "exact", "casualties", "south_korea", "thu",
          "number word, 'Lee said the agency also learned': captured, later died"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, 'he added': dispatched to Russia"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "Ryder 'On Monday' \"…\": casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'reported on Sunday': killed or wounded near three villages"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "MSU political scientist 'expects' (undated): 'more before spring' (increment)",
          add=True),
    ),
)

S09 = Source(
    article_id="s53_09_sark_island_news_reinforcements_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-28"),
    dated_by="front_matter",
    features="Sark news page in Markdown, front matter with `date:`, author, tags and a title "
        "without a figure; a retired Royal Navy officer on the island; headline `3,000 more` "
        "(increment, span without 'more') from the JCS 'On Thursday' (Thursday to publication); "
        "`around 3,000 further` (increment) and 'The same statement put … at' `some 4,000`; HUR "
        "'reported last week' `about 1,500` (near the front); Britain's Ministry of Defence 'on "
        "Tuesday' `no more than 8,000` (a third government: other, at_most); an anonymous NATO "
        "official 'on Wednesday' (nato); the retired officer's guess 'I'd guess' `roughly 15,000` "
        "(other, `pub`); the Kremlin without a figure; islanders, the ferry time, pounds raised, "
        "Ukrainian families, Chief Pleas members, age, years",
    text="""\
---
title: "From a car-free island, a long view of Kursk"
date: 2025-03-28
author: Helen de Carteret
tags: [world, Ukraine, North Korea]
---

# Seoul: [[3,000]] more North Korean troops sent to Russia

*Sark's former harbourmaster spent four years on ships off the Korean peninsula. He has been \
following the news from Kursk with more than passing interest.*

Twice a week Peter Guille walks up Harbour Hill from the Maseline jetty with a bundle of \
newspapers that came over on the morning boat from Guernsey. The crossing takes about 50 minutes; \
on an island of some 500 people and no cars, the walk takes longer. "You read the papers slowly \
on Sark," says the 71-year-old, who served in the Royal Navy and spent part of the 1980s on \
patrols in the Yellow Sea.

Lately he has been reading about Kursk. On Thursday, South Korea's Joint Chiefs of Staff said \
North Korea had sent [[around 3,000]] further soldiers to Russia in January and February, topping \
up a force that was badly mauled over the winter. The same statement put the North's dead and \
wounded at [[some 4,000]] so far.

Ukraine's military intelligence agency reported last week that the North Koreans were back in \
action after a lull of several weeks, with [[about 1,500]] of them joining Russian assaults near \
Sudzha.

Britain's Ministry of Defence, in an intelligence update on Tuesday, estimated that [[no more \
than 8,000]] North Koreans were still in the Kursk region, the rest having been rotated to \
training areas or sent home wounded.

A NATO official in Brussels, who briefed reporters on Wednesday on condition of anonymity, said \
the alliance counted [[more than 12,000]] North Korean soldiers dispatched to Russia since \
October. "Pyongyang keeps its side of the bargain," the official said. The Kremlin has still not \
admitted that any North Koreans are fighting on Russian soil.

Guille thinks the real figure is higher. "I'd guess [[roughly 15,000]] by now, if you count the \
ones who never made the news," he said, folding the paper under his arm. "Kim doesn't send people \
home."

Sark's own link to the war is modest but real. Islanders raised £4,200 at a quiz night in the \
Island Hall last autumn for a field hospital in Kharkiv, and two Ukrainian families have lived on \
the island since 2022. Chief Pleas, Sark's parliament of 18 conseillers, passed a motion of \
support for Ukraine in 2023.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul:': the JCS figure of Thursday to publication: 'more' (increment)",
          add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'On Thursday': sent 'further' soldiers in January and February (increment)",
          add=True),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'The same statement put the North's dead and wounded at'"),
        C("about 1,500", 1500, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'reported last week': joining assaults near Sudzha"),
        C("no more than 8,000", 8000, "at_most", "near_front", "other", "tue",
          "UK Ministry of Defence update 'on Tuesday' (a third government): still in Kursk"),
        C("more than 12,000", 12000, "at_least", "in_russia", "nato", "wed",
          "anonymous NATO official 'on Wednesday': dispatched to Russia since October"),
        C("roughly 15,000", 15000, "approx", "in_russia", "other", "pub",
          "retired naval officer 'I'd guess' (undated): sent by now"),
    ),
)

S10 = Source(
    article_id="s53_10_tirana_english_deminers",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-19"),
    dated_by="dateline",
    features="Albanian English-language outlet as plain text with a dateline 'TIRANA, 19 June 2025 "
        "–' (Thursday); headline 'Moscow says' `6,000` (the sum of the lead's figures) from Shoigu "
        "'on Tuesday' (Tuesday to publication); `1,000` and `5,000` in the lead with 'a senior "
        "Russian official announced' at the end, named in the next sentence; 'In late April' (days "
        "21-30) the NIS `around 15,000` and `about 600` 'of them' (a breakdown); HUR 'on "
        "Wednesday' `some 2,000` already clearing mines (near the front); a State Department "
        "spokesperson 'Wednesday' `at least 11,000`; an Albanian former deminer's 'A thousand men' "
        "(a restatement in a quote: optional); Albania's foreign ministry without a figure; "
        "civilians killed and injured by mines, square kilometres, army size, euros, ages, years",
    text="""\
ALBANIA DAILY BRIEF | World

Moscow says Pyongyang will send [[6,000]] engineers and builders to Kursk

Albanians who cleared mines along the northern border know how slow the work is. Kursk, they say, \
will take years.

By Erion Dervishi

TIRANA, 19 June 2025 – North Korea will send [[1,000]] mine-clearing specialists to Russia's \
Kursk region, together with [[5,000]] military construction personnel to rebuild what the \
fighting destroyed, a senior Russian official announced in Pyongyang on Tuesday.

Sergei Shoigu, the former defence minister who now heads Russia's Security Council, made the \
announcement after talks with Kim Jong Un, his second trip to the North Korean capital this \
month. He called the engineers "a fraternal gift" from Pyongyang and said they would be paid and \
fed by Russia.

In late April, South Korea's intelligence service estimated that Pyongyang had shipped [[around \
15,000]] soldiers to Russia since the autumn and that [[about 600]] of them had died. Ukraine's \
military intelligence said on Wednesday that [[some 2,000]] North Korean engineers were already \
clearing mines along the border in the Kursk region, weeks before the new contingent is due.

In Washington, a State Department spokesperson said Wednesday the United States was tracking [[at \
least 11,000]] North Korean troops still in Russia, and called the arrangement "a threat to peace \
in Europe and in Asia". Albania's foreign ministry condemned the deal in a short statement.

For Albanians, demining is a familiar word. Between 1999 and 2009, when the country was declared \
free of known minefields, explosives left along the border with Kosovo killed 34 people and \
injured 238 in the Kukës region, many of them farmers and children.

"We cleared about 15 square kilometres in ten years, with hundreds of people," said Arben Hoxha, \
54, who led a demining team near Kukës. "Kursk is hundreds of square kilometres, full of new \
mines and drones. [[A thousand]] men will not finish that in one summer, or in five."

Albania, a NATO member since 2009, has a professional army of about 7,500 troops and has given \
Ukraine ammunition and armoured vehicles. Tirana pledged another €1.2 million this spring for a \
demining programme in the Kharkiv region.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow says': the sum of Shoigu's Tuesday figures to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "'a senior Russian official announced … on Tuesday' (named next: Shoigu): will send"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military construction personnel (not an increment)"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'In late April': deployed since autumn"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same estimate, 'of them had died' (a breakdown)"),
        C("some 2,000", 2000, "approx", "near_front", "ukraine", "wed",
          "HUR 'on Wednesday': already clearing mines along the border in Kursk"),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "wed",
          "State Department spokesperson 'Wednesday': still in Russia"),
        C("A thousand", 1000, "exact", "planned", "other", "pub",
          "former deminer's quote restating the announced 1,000 (anaphoric restatement)",
          opt=True),
    ),
)

S11 = Source(
    article_id="s53_11_pago_pago_seoul_2000_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-09-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Talofa Territory News",
        "https://www.talofaterritory.example/world/seoul-north-korea-dead-2000",
        "Seoul puts North Korea's war dead at 2,000",
    ),
    features="American Samoa news page in Markdown, windows-1252 with CRLF (curly quotes and `—` "
        "raw), front matter without a date (sidecar, Friday) whose `title:` carries the figure "
        "(optional); a dateline 'PAGO PAGO —' without a date; headline 'Seoul:' `2,000` from the "
        "NIS briefing 'on Thursday' (Thursday to publication); 'lawmakers said after a closed-door "
        "briefing … on Thursday' after the figure; 'the agency told the committee' `about 1,000` "
        "engineers (in Russia); state media 'last month' `several dozen` portraits (north_korea, "
        "August); HUR 'on Monday'; a senior US defense official in Honolulu 'on Wednesday' 'put … "
        "at' `more than 6,000`; ISW's range (other, `pub`); a retired Army Reserve sergeant "
        "without a figure; 'one family in three' (fraction), residents, islanders in uniform, "
        "cannery workers ('about 2,000 workers'), Korean fishing crews, years, ages",
    text="""\
---
title: "Seoul puts North Korea's war dead at [[2,000]]"
section: World
byline: Mele Fuimaono
---

# Seoul: [[2,000]] of Kim’s soldiers dead in Russia’s war

*The estimate from South Korea’s spy service is the highest yet. In a territory where one family \
in three has someone in uniform, numbers like these hit home.*

PAGO PAGO — South Korea’s National Intelligence Service now estimates that [[around 2,000]] of \
the North Korean troops sent to Russia have lost their lives, lawmakers said after a closed-door \
briefing in Seoul on Thursday.

Pyongyang has also begun moving [[about 1,000]] engineers into Russia, the first of a larger \
group promised to Moscow, the agency told the committee. They are expected to clear mines and \
rebuild roads in the Kursk region.

North Korea’s state media last month showed Kim Jong Un at a ceremony for the families of fallen \
soldiers in Pyongyang, where portraits of [[several dozen]] of the dead were displayed on the \
stage. Kim was shown weeping and embracing a widow.

Ukraine’s military intelligence agency said on Monday that [[about 11,000]] North Koreans \
remained in Russia’s Kursk region, many of them now working as artillery crews and drone \
operators. A senior U.S. defense official, speaking at Indo-Pacific Command headquarters in \
Honolulu on Wednesday, put North Korean casualties of all kinds at [[more than 6,000]].

The Institute for the Study of War, a think tank in Washington, estimates that [[14,000 to \
16,000]] North Koreans have served in Russia since last October.

In Fagatogo, retired Army Reserve Sergeant First Class Tavita Leiataua, 62, has followed the \
reports with a soldier’s eye. “Those boys didn’t choose to go. Nobody asked their mothers,” said \
Leiataua, who served two tours in Iraq. American Samoa, with about 44,000 residents, sends more \
of its young people into the U.S. military per head than almost any state; roughly 1,000 \
islanders are serving today.

Korean fishing crews have worked out of Pago Pago harbor since the 1950s, and the tuna cannery on \
the bay still employs about 2,000 workers. A small monument in Utulei remembers Korean fishermen \
lost at sea.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "front-matter `title:` (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS briefing of Thursday to publication: dead"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'now estimates', 'lawmakers said after a closed-door briefing … on Thursday'"),
        C("about 1,000", 1000, "approx", "in_russia", "south_korea", "thu",
          "'the agency told the committee' (same briefing): engineers being moved into Russia"),
        C("several dozen", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state media 'last month' (August): portraits of the dead"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'said on Monday': remaining in the Kursk region"),
        C("more than 6,000", 6000, "at_least", "casualties", "united_states", "wed",
          "senior US defense official in Honolulu 'on Wednesday', 'put … at'"),
        C("14,000 to 16,000", None, "range", "in_russia", "other", "pub",
          "ISW 'estimates' (present tense, undated): served in Russia"),
    ),
)

S12 = Source(
    article_id="s53_12_libreville_estuary_brief_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "The Estuary Brief",
        "https://www.estuarybrief.example/issues/188",
        "North Korean contingent in Russia holds at 10,000, Seoul says",
    ),
    features="Gabon English-language newsletter as plain text, UTF-16 LE with BOM (sidecar, "
        "Thursday), an issue number, subscribers and section labels in capitals; local items first "
        "(oil barrels, refinery works, budget in CFA francs); item headline 'ABROAD |' `10,000` "
        "from the NIS briefing 'on Tuesday' (Tuesday to publication); 'according to lawmakers who "
        "attended' after the figure; `5,000` engineering troops moved into Russia; 'it stood by "
        "its September estimate' `roughly 2,000` (window from September to Tuesday); Krasnaya "
        "Zvezda 'Last month' `more than 1,500` sappers (russia, October, near the front); HUR 'in "
        "late October' `up to 12,000 additional` (increment, days 21-31); Rutte 'last week' "
        "„thousands“ (nato, casualties); a Seoul think tank's range (other, `pub`); Gabon's ties "
        "with Pyongyang, stadium capacity, years",
    text="""\
THE ESTUARY BRIEF
Libreville's weekly English-language letter on Gabon, the Gulf of Guinea and the world
Issue 188 · Thursday edition · read by 3,100 subscribers

IN THIS ISSUE: Oil output · Budget 2026 · Abroad: North Korea's troops in Russia · Football

OIL | Gabon's crude output averaged about 220,000 barrels a day in the third quarter, the \
hydrocarbons ministry said on Monday. Work on a new unit at the Port-Gentil refinery is 40 per \
cent complete.

BUDGET | The draft budget for 2026, sent to parliament last week, totals 4,300 billion CFA \
francs, up 6 per cent on this year.

ABROAD | North Korean contingent in Russia holds at [[10,000]], Seoul says

South Korea's intelligence agency believes [[about 10,000]] North Korean troops are stationed \
along Russia's border with Ukraine, mostly in the Kursk region, according to lawmakers who \
attended its briefing in Seoul on Tuesday.

The agency also said Pyongyang was moving [[5,000]] engineering troops into Russia to help \
restore roads, bridges and power lines, and that it stood by its September estimate of [[roughly \
2,000]] North Koreans killed.

Moscow offers few figures of its own. Last month Krasnaya Zvezda, the Russian defence ministry's \
newspaper, reported that [[more than 1,500]] North Korean sappers had been clearing fields and \
villages in the Kursk region since the spring.

Kyiv expects the numbers to grow. Ukraine's military intelligence agency, HUR, said in late \
October that North Korea could send [[up to 12,000]] additional soldiers next year, possibly for \
use beyond Kursk. NATO Secretary General Mark Rutte said last week that Pyongyang had lost \
"[[thousands]]" of its young men "in a war that is not theirs".

A Seoul think tank, the Korea Peninsula Futures Forum, estimates that [[13,000 to 16,000]] North \
Koreans have rotated through Russia since October 2024.

Gabon was among the African states with close ties to Pyongyang in the 1970s and 1980s, when \
North Korean teams built monuments in several capitals. Libreville has not commented on the \
deployment.

FOOTBALL | The Panthers host their qualifier on 14 November at the Stade de l'Amitié, which holds \
40,000. Tickets go on sale on Saturday.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "item headline 'ABROAD |': the NIS briefing of Tuesday to publication"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'believes', 'according to lawmakers who attended its briefing … on Tuesday'"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'The agency also said': engineering troops being moved into Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..tue",
          "'it stood by its September estimate': from September to Tuesday's briefing"),
        C("more than 1,500", 1500, "at_least", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russian defence ministry newspaper 'Last month' (October): sappers in Kursk"),
        C("up to 12,000", 12000, "at_most", "planned", "ukraine", "2025-10-21..2025-10-31",
          "HUR 'in late October': could send 'additional' (increment)", add=True),
        C("thousands", None, "vague", "casualties", "nato", "lastweek",
          "Rutte 'last week' \"…\": lost"),
        C("13,000 to 16,000", None, "range", "in_russia", "other", "pub",
          "Seoul think tank 'estimates' (present tense): rotated through Russia"),
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
