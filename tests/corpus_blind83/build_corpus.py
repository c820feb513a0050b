"""Build the EIGHTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold (`python …`).

The eighty-fifth corpus for an honest measurement on articles the extractor has never met, written
in session 12 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Kaiserslautern daily's
politics page, a Vulkaneifel radio station's web text, a Murtal weekly (Austrian), a paper from
the Broye and the Seeland next to the Val-de-Ruz (Swiss), a scaffolders' guild magazine and a
Cottbus student paper; a Launceston daily, a Whalsay community page, a Los Alamos paper on the
mesas of New Mexico, an English-language outlet from Viimsi next to Tallinn, an Ebeye page from
the Marshall Islands and a shipping newsletter from Nouadhibou on the Mauritanian coast. Same file
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
BASE_NAME = "_blind83_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

M01 = Source(
    article_id="m83_01_pfaelzer_morgenkurier_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Kaiserslautern daily's politics page in HTML, UTF-8 (`article:published_time` "
        "with +01:00, an ad-slot script, a cookie layer with its own wording, town navigation, "
        "a reader-service phone number); `<meta name=\"description\">` figure (optional); h1 "
        "'Pentagon zählt' from Singh 'am Montagnachmittag Ortszeit' (Monday to publication); "
        "Konjunktiv carries her to the range; Umjerow in a KBS interview 'das am Montag "
        "ausgestrahlt wurde'; Rutte 'vergangene Woche … damals' (nato); Seoul's defence "
        "minister 'am Dienstag' (the publication day) 'aufstocken auf' (planned total, not an "
        "increment); a retired US colonel in Otterberg (other, `pub`); 'Tausende US-Soldaten' "
        "and the 50.000-strong US community, Russian losses, distance, ages, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kursk: Pentagon meldet Nordkoreaner an der Front | Pfälzer Morgenkurier</title>
<meta name="description" content="Washington zählt inzwischen [[10.000]] Soldaten aus Nordkorea \
im Gebiet Kursk. Kiew meldet erste Gefechte.">
<meta property="article:published_time" content="2024-11-05T06:40:00+01:00">
<meta property="og:site_name" content="Pfälzer Morgenkurier">
<script>var pmkAds={slots:["top_728x90","rect_300x250"],ressort:"politik",paid:false};</script>
</head>
<body>
<div class="cookie-layer">Unsere Seite merkt sich ein paar Dinge über Ihren Besuch, ähnlich wie \
der Bäcker, der Ihr Lieblingsbrötchen kennt. <button>Na gut, merken Sie sich's</button> \
<button>Lieber vergessen</button></div>
<nav><a href="/">Start</a> · <a href="/kaiserslautern">Kaiserslautern</a> · <a \
href="/pfalz">Pfalz</a> · <a href="/politik">Politik</a> · <a href="/fck">FCK</a></nav>
<main><article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Pentagon zählt [[10.000]] Nordkoreaner im Gebiet Kursk</h1>
<p class="vorspann">Kiew meldet die ersten Gefechte mit Soldaten aus Pjöngjang. In der Westpfalz, \
wo Tausende US-Soldaten stationiert sind, verfolgt man die Nachrichten mit besonderer \
Aufmerksamkeit.</p>
<p class="autor">Von Katrin Hoffmeister</p>
<p>Die US-Regierung geht davon aus, dass inzwischen [[etwa 10.000]] nordkoreanische Soldaten in \
die westrussische Region Kursk verlegt worden sind. Das sagte die stellvertretende \
Pentagon-Sprecherin Sabrina Singh am Montagnachmittag Ortszeit in Washington. Alles in allem \
seien aus Nordkorea [[11.000 bis 12.000]] Soldaten nach Russland gekommen; ein Teil von ihnen \
werde noch im Fernen Osten ausgebildet.</p>
<p>Der ukrainische Verteidigungsminister Rustem Umjerow bestätigte in einem Interview mit dem \
südkoreanischen Sender KBS, das am Montag ausgestrahlt wurde, erste „kleine Gefechte“. Nach \
seinen Worten stehen [[mehr als 11.000]] Nordkoreaner im Kampfgebiet bereit. Die Ukraine \
beziffert die russischen Verluste allein vom Wochenende auf rund 2.400 Soldaten.</p>
<p>In Brüssel hatte man sich vorsichtiger geäußert. Nato-Generalsekretär Mark Rutte sprach \
vergangene Woche von „[[mehreren Tausend]]“ Soldaten, die in die Grenzregion gebracht worden \
seien – eine genaue Zahl nannte er damals nicht.</p>
<h2>Seoul erwartet Nachschub</h2>
<p>Südkoreas Verteidigungsminister Kim Yong-hyun rechnet damit, dass die Truppe wächst. Vor dem \
Verteidigungsausschuss der Nationalversammlung sagte er am Dienstag, Machthaber Kim Jong Un könne \
sie bis Jahresende auf [[bis zu 15.000]] Soldaten aufstocken. Eine Entscheidung über \
Waffenlieferungen an Kiew stehe nicht unmittelbar bevor.</p>
<h2>Blick aus Otterberg</h2>
<p>In und um Kaiserslautern leben rund 50.000 Amerikanerinnen und Amerikaner, Soldaten, \
Zivilbeschäftigte und Familien eingerechnet. Einer von ihnen ist Dale Whitcomb, pensionierter \
Oberst der US-Luftwaffe, der nach 26 Dienstjahren in Otterberg geblieben ist. Er hält die Angaben \
aus Washington eher für vorsichtig. „Zählt man Bautrupps und Nachschub mit, wären wir schnell bei \
[[15.000]]“, sagte der 67-Jährige dem Morgenkurier. Kursk liegt gut 2.000 Kilometer östlich der \
Pfalz.</p>
</article></main>
<footer>© 2024 Pfälzer Morgenkurier GmbH · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · Leserservice 0631 3701-0</footer>
<script src="/static/js/pmk-bundle.min.js?v=4.18.2" defer></script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating the Pentagon's Monday figure", opt=True),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "h1 'Pentagon zählt': Singh's Monday figure of the body (Monday to publication)"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Singh 'am Montagnachmittag Ortszeit' (the source after the figure): moved to Kursk"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same briefing, Konjunktiv ('habe … geschickt'): sent to Russia in all"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "ukraine", "mon",
          "Umjerow in a KBS interview 'das am Montag ausgestrahlt wurde': in the combat zone"),
        C("mehreren Tausend", None, "vague", "near_front", "nato", "lastweek",
          "Rutte 'vergangene Woche … damals': brought to the border region"),
        C("bis zu 15.000", 15000, "at_most", "planned", "south_korea", "tue",
          "Seoul's defence minister 'am Dienstag' (publication day): 'aufstocken auf' a planned "
          "total (not an increment)"),
        C("15.000", 15000, "exact", "in_russia", "other", "pub",
          "retired US colonel living in Otterberg, undated quote to the paper (other): in Russia "
          "counting builders"),
    ),
)

M02 = Source(
    article_id="m83_02_radio_maarland_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Maarland",
        "https://www.radio-maarland.example/nachrichten/vulkaneifel/gefangene-nordkoreaner-dauner"
        "-ukrainerin-hofft-auf-austausch",
        "Gefangene Nordkoreaner: Dauner Ukrainerin hofft auf Austausch",
    ),
    features="Vulkaneifel radio station's web text as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar, Tuesday), »…« quotes, a programme note with a listener phone number; "
        "Selenskyj 'am Samstag' `zwei` captured (number word); NIS figures relayed by a lawmaker "
        "'am Montag' in Konjunktiv (`Rund 300` dead, `2.700` wounded: no increment) and "
        "'demnach' carried to `etwa 11.000`; Selenskyj 'Anfang Januar … damals'; a US official "
        "named at the end of the paragraph 'vergangene Woche'; HUR 'rechnet damit' … "
        "'nachschickt' (vague increment, `pub`); a Ukrainian baker in Daun (age, daughters), a "
        "prisoner exchange, refugees in the district, programme time",
    text="""\
Gefangene Nordkoreaner: Dauner Ukrainerin hofft auf Austausch

Radio Maarland | Nachrichten aus der Vulkaneifel | Welt

Daun/Kiew – Zum ersten Mal sind nordkoreanische Soldaten lebend in ukrainische Hände geraten. \
Präsident Wolodymyr Selenskyj meldete am Samstag, Fallschirmjäger und Spezialkräfte hätten im \
Gebiet Kursk [[zwei]] Männer aus Nordkorea gefangen genommen. Beide seien verwundet und würden in \
Kiew vom Geheimdienst SBU vernommen. Auf einem Video, das Selenskyj verbreitete, liegt einer von \
ihnen mit verbundenem Kiefer auf einer Pritsche.

In Seoul hat der Auslandsgeheimdienst NIS die Festnahme bestätigt und gleich eine Zwischenbilanz \
gezogen. Der Abgeordnete Lee Seong-kweun gab am Montag wieder, was die Behörde dem \
Geheimdienstausschuss vorgetragen hatte: [[Rund 300]] Nordkoreaner seien bislang gefallen, \
[[2.700]] verletzt worden. Die Truppe im Kampfgebiet umfasse demnach weiterhin [[etwa 11.000]] \
Mann.

Selenskyj selbst hatte Anfang Januar eine höhere Zahl genannt. [[3.800]] Nordkoreaner seien tot \
oder verwundet, schrieb er damals auf Telegram.

Nach amerikanischer Einschätzung stehen [[einige tausend]] von ihnen unmittelbar an der Front, \
viele in Sturmgruppen von wenigen Dutzend Mann. So hatte es ein Regierungsbeamter vergangene \
Woche der Nachrichtenagentur AP geschildert.

Der Kreml äußert sich zu den Gefangenen nicht. Sprecher Dmitri Peskow verwies am Montag lediglich \
auf das Verteidigungsministerium. Der ukrainische Militärgeheimdienst HUR rechnet damit, dass \
Pjöngjang die Verluste ausgleicht und [[mehrere tausend]] Mann nachschickt.

»Jeder Gefangene ist eine Chance«

Für Olena Hrytsenko ist die Nachricht ein kleiner Hoffnungsschimmer. Die 41-Jährige lebt seit \
März 2022 mit ihren beiden Töchtern in Daun und arbeitet in einer Bäckerei am Marktplatz. Ihr \
Bruder dient in einer Artillerieeinheit bei Sumy, ein Cousin ist seit dem Sommer in russischer \
Gefangenschaft. »Jeder Gefangene auf der anderen Seite ist eine Chance, dass unsere Leute \
heimkommen«, sagt sie. Beim letzten Austausch Ende Dezember waren 189 Ukrainer freigekommen.

Im Landkreis Vulkaneifel leben nach Angaben der Kreisverwaltung derzeit knapp 1.100 Menschen, die \
aus der Ukraine geflohen sind. Viele von ihnen treffen sich donnerstags im Begegnungscafé in \
Gerolstein.

Mehr dazu heute in »Maarland am Mittag« ab 12.05 Uhr. Sie haben Fragen oder Hinweise? \
Hörertelefon 06592 96 44-0.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Selenskyj 'am Samstag' (number word): captured"),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS relayed by a lawmaker 'am Montag', Konjunktiv: killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (a separate count, not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "'demnach' carries the NIS and Monday: the force in the combat zone"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Selenskyj 'Anfang Januar … damals' (days 1-10): dead or wounded"),
        C("einige tausend", None, "vague", "near_front", "united_states", "lastweek",
          "a US official named at the end of the paragraph, 'vergangene Woche': at the front"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "pub",
          "HUR 'rechnet damit' … 'nachschickt' (present tense): vague increment", add=True),
    ),
)

M03 = Source(
    article_id="m83_03_murtaler_rundblick_rueckzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Murtal weekly (Austrian conventions) in Markdown, ISO-8859-1 with straight quotes "
        "and hyphens for dashes, front matter with `date:` (a Thursday) and a title without a "
        "figure; 'Feber', 'Jänner', 'heuer'; a Viennese defence academy colonel from Spielberg "
        "previewing a talk (other, `pub`): `etwa 11.000` stationed and a range of dead and "
        "wounded; "
        "Kyiv 'Ende Jänner'; the NIS 'Mitte Jänner'; the NIS 'Vergangene Woche' ('hieß es aus "
        "Seoul'); a Pentagon official 'Anfang Feber'; `bis zu 5.000` 'nachschickt' (increment, "
        "other); 'Nach übereinstimmenden Medienberichten' (unattributed); Eurofighters in "
        "Zeltweg, the town's population, Russian losses, 1955, entrance fee, phone number",
    text="""\
---
title: "Kims Soldaten auf dem Rückzug? Ein Oberst ordnet in Knittelfeld die Lage ein"
date: 2025-02-20
author: Barbara Zach
ressort: Region & Welt
---

# Kims Soldaten auf dem Rückzug?

**Ein Offizier der Landesverteidigungsakademie spricht am Dienstag in der Volkshochschule \
Knittelfeld über den Krieg in der Ukraine - und über die Rolle Nordkoreas.**

Knittelfeld. Seit Anfang Feber melden ukrainische Militärs, die nordkoreanischen Truppen seien \
aus den vordersten Stellungen im Gebiet Kursk verschwunden. Ob sie nur Atem holen oder endgültig \
abgezogen wurden, ist offen. Oberst Gerald Pölzl, der an der Landesverteidigungsakademie in Wien \
Konflikte in Osteuropa analysiert und in Spielberg aufgewachsen ist, wird das am kommenden \
Dienstag im Volkshaus erklären.

Im Vorgespräch mit dem Rundblick rechnet Pölzl vor: Von den [[etwa 11.000]] Nordkoreanern, die \
seit Oktober in Russland stationiert worden seien, seien nach seiner Schätzung \
[[3.000 bis 4.000]] tot oder verwundet. "Das ist eine Verlustrate, die sich keine Armee lange \
leisten kann", sagt der 54-Jährige.

Kiew hatte die nordkoreanischen Verluste Ende Jänner mit [[rund 4.000]] Toten und Verletzten \
angegeben. Zurückhaltender war Seoul: Der südkoreanische Nachrichtendienst NIS hatte Mitte Jänner \
nur [[etwa 300]] Gefallene gezählt.

Vergangene Woche bestätigte der NIS dann den Rückzug. Die Einheiten seien seit Mitte Jänner an \
keinen Kämpfen mehr beteiligt gewesen, vermutlich wegen der hohen Verluste, hieß es aus Seoul. In \
Russland hielten sich aber nach wie vor [[mehr als 10.000]] Nordkoreaner auf. Ein Vertreter des \
Pentagon hatte Anfang Feber vor Journalisten in Washington von [[Hunderten]] Toten gesprochen. \
Nach übereinstimmenden Medienberichten liegen zudem [[mehrere hundert]] Verwundete in \
Militärspitälern in Moskau und Kursk.

## "Besser ausgebildet, mehr Drohnen"

Pölzl geht davon aus, dass die Nordkoreaner zurückkehren. Er rechnet damit, dass Kim heuer noch \
[[bis zu 5.000]] Mann nachschickt - "vermutlich besser ausgebildet und mit deutlich mehr \
Erfahrung im Drohnenkrieg". Die Ukraine meldet unterdessen Tag für Tag mehr als 1.000 getötete \
oder verwundete Russen.

Für die Region hat das Thema auch eine lokale Seite: Am Fliegerhorst Hinterstoisser in Zeltweg \
sind die 15 Eurofighter des Bundesheeres stationiert, und viele Murtaler fragen sich, was \
Österreichs Neutralität seit 1955 im Ernstfall wert ist. Knittelfeld selbst zählt rund 12.600 \
Einwohner.

Der Vortrag beginnt am Dienstag um 19 Uhr im Volkshaus, der Eintritt kostet 8 Euro. Anmeldung \
unter 03512/82 3 45.
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "other", "pub",
          "Austrian defence academy colonel in an undated preview interview (other), "
          "Konjunktiv: stationed in Russia since October"),
        C("3.000 bis 4.000", None, "range", "casualties", "other", "pub",
          "same colonel 'nach seiner Schätzung': dead or wounded"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Kyiv 'Ende Jänner' (days 21-31): dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (days 11-20): killed"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "NIS 'Vergangene Woche' carried by Konjunktiv ('hieß es aus Seoul'): still in Russia"),
        C("Hunderten", None, "vague", "casualties", "united_states", "2025-02-01..2025-02-10",
          "a Pentagon official 'Anfang Feber' (days 1-10): dead"),
        C("mehrere hundert", None, "vague", "casualties", "unattributed", "pub",
          "'Nach übereinstimmenden Medienberichten' (no named source): wounded in hospitals"),
        C("bis zu 5.000", 5000, "at_most", "planned", "other", "pub",
          "the colonel 'rechnet damit' … 'heuer noch' … 'nachschickt' (increment; 'heuer' is the "
          "event)", add=True),
    ),
)

M04 = Source(
    article_id="m83_04_broye_seeland_anzeiger_kcna",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="paper from the Broye and the Seeland (Swiss conventions: `ss`, «», `15'000`, "
        "`20'000`, `66'000`, 4-digit `4700`/`3000`) as plain text, windows-1252 with CRLF, "
        "dateline 'Kerzers/Seoul, 30. April 2025 –' (Wednesday); KCNA's confirmation and "
        "Gerassimow without figures; headline 'Seoul spricht von 4700 Opfern' from the NIS 'am "
        "Mittwoch' (the publication day), the date given before the figures and carried; "
        "'darunter etwa 600' (breakdown); 'die 3000 Mann eingerechnet, die … als Ersatz "
        "nachgerückt seien' (increment inside a total); Ukraine's General Staff 'am Montag'; "
        "a Bern researcher (other, `pub`) '«20'000 oder mehr»' (at_least); Ukrainian seasonal "
        "workers in Galmiz, hectares, asparagus price, protection status S, francs",
    text="""\
Broye-Seeland Anzeiger | Ausland

Pjöngjang gibt Kursk-Einsatz zu – Seoul spricht von [[4700]] Opfern

Nordkorea bestätigt erstmals, dass seine Soldaten für Russland gekämpft haben. Im Gemüsebau \
zwischen Galmiz und Kerzers verfolgen ukrainische Saisonniers die Nachrichten mit gemischten \
Gefühlen.

Von Simone Progin

Kerzers/Seoul, 30. April 2025 – Monatelang hatte Pjöngjang geschwiegen, am Montag kam die \
Bestätigung: Soldaten der Volksarmee hätten, von Kim Jong Un persönlich beauftragt, bei der \
«Befreiung» von Kursk mitgekämpft, meldete die Staatsagentur KCNA. Zahlen nannte sie keine. \
Russlands Generalstabschef Waleri Gerassimow hatte bereits am Samstag den «Heldenmut» der \
Koreaner gerühmt.

Deutlich konkreter wurde am Mittwoch Südkoreas Nachrichtendienst NIS. Nach seiner Einschätzung \
haben die Nordkoreaner in Russland bislang [[rund 4700]] Tote und Verwundete zu beklagen, \
darunter [[etwa 600]] Gefallene. Das berichteten Parlamentarier in Seoul nach einer Anhörung \
hinter verschlossenen Türen. Insgesamt, so der Dienst, habe Kim [[rund 15'000]] Soldaten \
entsandt, die [[3000]] Mann eingerechnet, die im Januar und Februar als Ersatz nachgerückt seien.

Kiew widerspricht der Moskauer Darstellung, das Gebiet Kursk sei vollständig zurückerobert. Ein \
Sprecher des ukrainischen Generalstabs erklärte am Montag, in mehreren Grenzdörfern seien \
weiterhin [[einige hundert]] Nordkoreaner im Einsatz.

Für Beat Marti, der an der Universität Bern zu Ostasien forscht, ist das Eingeständnis ein Signal \
nach innen und nach aussen. «Kim will Anerkennung, und er wird den Einsatz eher ausweiten», sagt \
er. Er hält es für möglich, dass die Truppe bis Ende Jahr auf «[[20'000 oder mehr]]» anwächst.

«Die Jungs fragen jeden Morgen nach den Koreanern»

In Galmiz beschäftigt die Gemüsebaufamilie Schwab seit drei Jahren ukrainische Saisonniers. Von \
den 14 Erntehelfern auf dem 120 Hektaren grossen Betrieb stammen neun aus der Region Sumy, die \
direkt an Kursk grenzt. «Die Jungs fragen jeden Morgen, was die Nordkoreaner machen», sagt \
Betriebsleiterin Regula Schwab. Die Spargelsaison läuft seit Mitte April, ein Kilo kostet ab Hof \
16 Franken.

In der Schweiz leben derzeit rund 66'000 Menschen aus der Ukraine mit Schutzstatus S. Der \
Bundesrat will bis 2028 insgesamt 5 Milliarden Franken für den Wiederaufbau bereitstellen.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul spricht von': the NIS figure of the body (Wednesday, the publication "
          "day): dead and wounded"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch' given before the figure: dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter' (a breakdown of the casualties): killed"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'so der Dienst', Konjunktiv: sent in all"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed",
          "'als Ersatz nachgerückt' (an increment, even though counted into the total)",
          add=True),
        C("einige hundert", None, "vague", "near_front", "ukraine", "mon",
          "Ukraine's General Staff spokesman 'am Montag': still fighting in border villages"),
        C("20'000 oder mehr", 20000, "at_least", "planned", "other", "pub",
          "Bern researcher 'hält es für möglich' (present tense): a planned total"),
    ),
)

M05 = Source(
    article_id="m83_05_geruestbau_blaetter_bausoldaten_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Gerüstbau-Blätter",
        "https://www.geruestbau-innung-wl.example/blaetter/2025-06/bausoldaten-aus-pjoengjang",
        "Bausoldaten aus Pjöngjang: Wer baut Kursk wieder auf?",
    ),
    features="scaffolders' guild magazine in Markdown, UTF-8 with BOM, front matter without a "
        "date (sidecar, Wednesday) and a title without a figure, „…“ quotes; Schoigu 'am 17. "
        "Juni' `6.000` with `1.000` and `5.000` (a breakdown, russia, planned); Yonhap 'am "
        "Montag unter Berufung auf den Geheimdienst NIS' (X citing Y: south_korea); HUR 'warnt "
        "… rechnet … mit' `bis zu 10.000 zusätzlichen` (increment, `pub`); a Münster professor "
        "'vermutet' (other, `pub`); 'sollen … ums Leben gekommen sein' without a source "
        "(unattributed); reconstruction costs, square metres of scaffolding, members, "
        "apprentices, conference dates, phone number",
    text="""\
---
title: "Bausoldaten aus Pjöngjang: Wer baut Kursk wieder auf?"
rubrik: Blick über den Bauzaun
autor: Jens Hagedorn
ausgabe: 6/2025
---

# Bausoldaten aus Pjöngjang: Wer baut Kursk wieder auf?

*Während unsere Betriebe auf Aufträge aus dem Wiederaufbau der Ukraine hoffen, schickt Nordkorea \
Soldaten zum Bauen auf die andere Seite der Front. Eine Einordnung für die Mitglieder.*

Die Nachricht kam aus Pjöngjang und klang nach Baubranche: Sergej Schoigu, der als Sekretär den \
russischen Sicherheitsrat führt, gab am 17. Juni nach einem Treffen mit Kim Jong Un bekannt, \
Nordkorea werde [[6.000]] Mann in die Region Kursk schicken. [[1.000]] davon sollen Minen räumen, \
[[5.000]] gehören nach Schoigus Worten zu Baueinheiten der Armee, die Brücken, Straßen und \
Wohnhäuser instand setzen sollen.

Für Gerüstbauer klingt das vertraut: Wer nach Gefechten Bahnhöfe, Schulen und Kliniken wieder \
herrichtet, braucht zuerst sichere Arbeitsplätze in der Höhe. Ein Mitgliedsbetrieb aus Hamm hat \
im Frühjahr 4.500 Quadratmeter Fassadengerüst für ein Krankenhaus in Lwiw geliefert, ein zweiter \
bildet derzeit drei ukrainische Kolonnenführer aus.

## Baukolonne oder Truppe?

Die südkoreanische Nachrichtenagentur Yonhap berichtete am Montag unter Berufung auf den \
Geheimdienst NIS, in Russland seien derzeit [[rund 11.000]] nordkoreanische Soldaten stationiert; \
die angekündigten Bautrupps kämen noch hinzu. Der ukrainische Militärgeheimdienst HUR warnt \
dagegen, zwischen Bau- und Kampfverbänden lasse sich kaum trennen. Er rechnet bis zum Herbst mit \
[[bis zu 10.000]] zusätzlichen Nordkoreanern.

Prof. Dirk Wellmann, der an der Fachhochschule Münster Baubetrieb lehrt, vermutet, dass \
[[mehrere tausend]] nordkoreanische Militärbauer schon länger in Russland arbeiten, „nur eben \
ohne dass jemand darüber spricht“. Bei den Kämpfen um Kursk sollen [[mehr als 600]] Nordkoreaner \
ums Leben gekommen sein.

## Was heißt das für uns?

Die Weltbank schätzt die Kosten des Wiederaufbaus der Ukraine auf 524 Milliarden US-Dollar. Bei \
der Wiederaufbaukonferenz am 10. und 11. Juli in Rom will sich auch der Bundesverband mit einem \
Stand zeigen. Unsere Innung zählt 212 Mitgliedsbetriebe und derzeit 38 Auszubildende; wer an \
einer gemeinsamen Reise nach Kiew im Herbst interessiert ist, meldet sich bitte in der \
Geschäftsstelle, Telefon 0251 52 08-17.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Schoigu 'gab am 17. Juni … bekannt': will send to Kursk"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, a breakdown (deminers), no increment"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, a breakdown (builders), no increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "Yonhap 'am Montag unter Berufung auf den Geheimdienst NIS' (X citing Y: the source's "
          "group, the report's day): stationed in Russia"),
        C("bis zu 10.000", 10000, "at_most", "planned", "ukraine", "pub",
          "HUR 'rechnet … mit' (present tense) 'zusätzlichen' (increment)", add=True),
        C("mehrere tausend", None, "vague", "in_russia", "other", "pub",
          "Münster professor 'vermutet' (present tense): builders working in Russia"),
        C("mehr als 600", 600, "at_least", "casualties", "unattributed", "pub",
          "'sollen … ums Leben gekommen sein' without a source: killed"),
    ),
)

M06 = Source(
    article_id="m83_06_lausitzer_hoersaal_journalistin_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=("Der Lausitzer Hörsaal", "", "Eine Journalistin aus Seoul über Kims Soldaten"),
    features="Cottbus student paper in HTML, ISO-8859-1 (quotes „…“ only as entities "
        "`&bdquo;`/`&ldquo;`, «» raw, `&euro;`, `&ndash;`), no meta date (sidecar without url, "
        "Wednesday), a consent strip with its own wording, campus navigation; `<title>` figure "
        "(optional); a Seoul journalist at a Monday evening talk (other, the event dates the "
        "paraphrase: Monday to publication) with a total and a range; the NIS 'im September' "
        "as relayed by her (X citing Y: south_korea); KCNA 'Im August' `Hunderten` "
        "(north_korea); Russia's ambassador 'Anfang Oktober' to Tass `weitere 5.000` "
        "(increment); HUR 'ging zuletzt … aus' (`pub`); 'Nach den meisten Schätzungen' "
        "(unattributed); listeners, age, students, canteen price, party anniversary, next date",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Der Lausitzer H&ouml;rsaal | Journalistin: [[15.000]] Nordkoreaner im Einsatz</title>
<link rel="stylesheet" href="/css/hoersaal.css">
</head>
<body>
<div id="keks">Dieser Blog ist von Studierenden gemacht und hat kein Werbebudget &ndash; aber ein \
Statistik-Tool. <button>Zählt mich ruhig mit</button> <button>Ich bin gar nicht hier</button></div>
<header><a href="/">Der Lausitzer Hörsaal</a> &middot; <a href="/campus">Campus</a> &middot; <a \
href="/stadt">Stadt</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/kultur">Kultur</a></header>
<article>
<h1>&bdquo;Die Särge kommen nachts&ldquo;: Eine Journalistin aus Seoul über Kims Soldaten in \
Russland</h1>
<p class="autor">Text: Paula Wendt, Wirtschaftsingenieurwesen, 5. Semester</p>
<p>Cottbus. Gut 120 Zuhörerinnen und Zuhörer drängten sich am Montagabend im Hörsaal 1 des \
Zentralen Hörsaalgebäudes, als die südkoreanische Journalistin Han Ji-yeon von ihren Recherchen \
erzählte. Die 38-Jährige schreibt für eine Wochenzeitung in Seoul und ist auf Einladung des \
Lehrstuhls für Politikwissenschaft drei Wochen in der Lausitz.</p>
<p>Han geht davon aus, dass Nordkorea seit dem Herbst 2024 [[rund 15.000]] Soldaten nach Russland \
geschickt hat. Sie stützt sich auf Gespräche mit Überläufern und mit Beamten in Seoul. Der \
südkoreanische Geheimdienst NIS habe im September von [[etwa 2.000]] Gefallenen gesprochen, sagte \
sie; sie selbst komme auf [[4.000 bis 5.000]] Tote und Verwundete.</p>
<p>Pjöngjang hat seine Verluste nie beziffert. Im August aber zeigte das Staatsfernsehen, wie Kim \
Jong Un bei einer Zeremonie mit Fahnen bedeckte Särge abschritt; die Agentur KCNA würdigte dabei \
[[Hunderte]] «Helden», die im Kampf gefallen seien. Als am 10. Oktober in Pjöngjang zum \
80-jährigen Bestehen der Partei paradiert wurde, liefen nach Hans Beobachtung auch Heimkehrer \
mit.</p>
<p>Moskau zeigt sich dankbar. Der russische Botschafter in Pjöngjang, Alexander Mazegora, sagte \
Anfang Oktober der Agentur Tass, [[weitere 5.000]] nordkoreanische Bausoldaten seien auf dem Weg \
nach Russland. Der ukrainische Militärgeheimdienst HUR ging zuletzt von [[mehr als 4.500]] \
getöteten und verwundeten Nordkoreanern aus.</p>
<p>Nach den meisten Schätzungen dienen derzeit [[mehr als 10.000]] Nordkoreaner in Russland. \
&bdquo;Für die Familien in Nordkorea sind sie einfach verschwunden&ldquo;, sagte Han. An der BTU, \
an der rund 6.500 Studierende aus mehr als 100 Ländern eingeschrieben sind, studiert derzeit \
niemand aus Nordkorea, wohl aber eine Handvoll aus dem Süden.</p>
<p>Die Reihe &bdquo;Konflikte der Gegenwart&ldquo; geht am 5. November um 18 Uhr im Raum 1.09 \
weiter. Danach gibt es in der Mensa Soljanka für 3,40 &euro;.</p>
</article>
<footer>Der Lausitzer Hörsaal &ndash; unabhängige Studierendenzeitung an der BTU \
Cottbus-Senftenberg &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/zaehler.js" async></script>
</body>
</html>
""",
    claims=(
        C("15.000", 15000, "exact", "in_russia", "other", "mon..pub",
          "<title> (metadata) restating the journalist's total", opt=True),
        C("rund 15.000", 15000, "approx", "in_russia", "other", "mon..pub",
          "Seoul journalist at Monday evening's talk 'geht davon aus' (other; the event dates "
          "the paraphrase): sent to Russia"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'im September' as relayed by her (X citing Y: south_korea): killed"),
        C("4.000 bis 5.000", None, "range", "casualties", "other", "mon..pub",
          "the journalist's own count in the same talk: dead and wounded"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "KCNA 'Im August' honouring the fallen 'Helden' (north_korea)"),
        C("weitere 5.000", 5000, "exact", "in_russia", "russia", "2025-10-01..2025-10-10",
          "Russia's ambassador in Pyongyang 'Anfang Oktober' to Tass: on the way (increment)",
          add=True),
        C("mehr als 4.500", 4500, "at_least", "casualties", "ukraine", "pub",
          "HUR 'ging zuletzt … aus' (no date): killed and wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "'Nach den meisten Schätzungen' (the paper's own summary, no source): in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Shetland, US, Estonia, Marshall Islands, Mauritania)
# ---------------------------------------------------------------------------------------------

M07 = Source(
    article_id="m83_07_tamar_valley_standard_losses_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-18"),
    dated_by="html_meta", crlf=True,
    features="Launceston daily in HTML, windows-1252 with CRLF (curly quotes, `·`, `°` raw), "
        "`article:published_time` with +11:00, a byline date 'Wednesday, 18 December 2024', a "
        "cookie banner with its own wording, a weather widget, an ACN in the footer; `<meta "
        "name=\"description\">` figure (optional); h1 'Pentagon:' `hundreds` from the body's "
        "Monday briefing (Monday to publication); a senior US official 'on Monday (local "
        "time)' „several hundred“, then 'he added' `roughly 11,000`; SSO 'claimed at the "
        "weekend' after the figure; "
        "the JCS 'on Wednesday' (publication day) „several thousand“ 'more' (vague increment); "
        "Australia's foreign minister 'on Tuesday' (other); a UTAS lecturer in Launceston "
        "(other, `pub`) `upward of 1,000`; Russian losses, Australian aid and Bushmasters, "
        "distance, temperature",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Pentagon says Kim’s soldiers have taken heavy losses in Kursk | The Tamar Valley \
Standard</title>
<meta property="article:published_time" content="2024-12-18T17:30:00+11:00">
<meta name="description" content="US officials say Pyongyang’s troops have suffered [[hundreds]] \
of casualties in Russia’s Kursk region.">
<script>window.tvsPage={section:"world",wordCount:540,adUnits:["leader","mrec"]};</script>
</head>
<body>
<div class="consent">Like a good pasty, this website is better with a few extras inside. Cookies \
help us count readers and keep you logged in. <button>Add the extras</button> <button>Plain, \
thanks</button></div>
<nav><a href="/">Home</a> | <a href="/news/launceston">Launceston</a> | <a \
href="/news/tasmania">Tasmania</a> | <a href="/news/world">World</a> | <a href="/sport">Sport</a> \
| <a href="/weather">Weather · 24°</a></nav>
<article>
<h1>Pentagon: Kim’s troops have lost [[hundreds]] in Kursk</h1>
<p class="byline">Claire Nunn · Wednesday, 18 December 2024</p>
<p>Soldiers from North Korea who went into battle for Moscow around Kursk have taken \
“[[several hundred]]” casualties in their first weeks at the front, a senior US military official \
said in Washington on Monday (local time).</p>
<p>The official, who briefed reporters on condition of anonymity, said the figure covered both \
the dead and the injured and ranged from privates to junior officers. Of the [[roughly 11,000]] \
soldiers Pyongyang has moved into Russia, a large share was now committed to assaults on \
Ukrainian positions, he added.</p>
<p>Kyiv had offered its own numbers earlier. Drone teams of Ukraine’s special operations forces \
killed or wounded [[at least 50]] North Koreans around three villages, the command claimed at the \
weekend, posting footage of the strikes. Kyiv reckons Russia’s own losses along the whole front \
at upwards of 1,500 men daily.</p>
<p>In Seoul, the Joint Chiefs of Staff said on Wednesday that Pyongyang appeared to be preparing \
a second contingent and could send “[[several thousand]]” more troops, together with drones and \
rocket launchers.</p>
<p>Foreign Minister Penny Wong said on Tuesday that the presence of “[[thousands]] of DPRK \
soldiers” on Russian soil made North Korea a direct participant in the war. Canberra has pledged \
upwards of $1.3 billion in military aid to Kyiv since 2022, among it 120 Bushmaster vehicles, \
several of them built in Bendigo.</p>
<h2>‘Surprised if it were lower’</h2>
<p>Dr Fiona Barwick, who teaches Korean politics at the University of Tasmania’s Inveresk campus, \
expects the real toll to be much higher. “I would be surprised if it were not [[upward of 1,000]] \
killed and wounded by Christmas,” she told the Standard. “These are young men with no drone \
experience walking across open fields.”</p>
<p>Seoul lies about 8,300 kilometres north of Launceston, but Dr Barwick said Tasmanians should \
care: “What Pyongyang learns in Kursk, it brings home to the Korean peninsula.”</p>
</article>
<footer>© 2024 Tamar Valley Standard Pty Ltd · ACN 009 478 112 · <a href="/contact">Contact</a> · \
<a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating the US official's figure", opt=True),
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "h1 'Pentagon:': the Monday briefing of the body (Monday to publication)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "senior US military official 'on Monday (local time)', in quotes: dead and injured"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "'he added' (same briefing): moved into Russia"),
        C("at least 50", 50, "at_least", "casualties", "ukraine", "sat..sun",
          "Ukraine's SSO, 'the command claimed at the weekend' after the figure"),
        C("several thousand", None, "vague", "planned", "south_korea", "wed",
          "JCS 'on Wednesday' (publication day): could send 'more' (vague increment)", add=True),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Australia's foreign minister 'on Tuesday' (a third government: other): in Russia"),
        C("upward of 1,000", 1000, "at_least", "casualties", "other", "pub",
          "Launceston lecturer's undated quote to the paper (other): killed and wounded"),
    ),
)

M08 = Source(
    article_id="m83_08_whalsay_windlass_back_at_front_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-03-12"),
    dated_by="front_matter",
    features="Whalsay (Shetland) community page in Markdown, UTF-16 LE with BOM, front matter "
        "with `date:` (a Wednesday) and a title without a figure; h1 'Kyiv says thousands' from "
        "Syrskyi's Sunday post (Sunday to publication); Syrskyi 'on Sunday' `about 4,000`; "
        "Zelensky 'on Monday' `hundreds` died; the JCS 'in late February' `between 1,000 and "
        "3,000` replacements (range increment); a NATO official 'last week'; the UK Ministry of "
        "Defence update 'on Saturday' (a third government: other); 'Pyongyang sent about "
        "11,000' without a source (unattributed); a skipper, the isle's population, boats, "
        "tonnes of mackerel, ferry time, per cent",
    text="""\
---
title: "Kim's soldiers back at the front, and a view from a Symbister wheelhouse"
date: 2025-03-12
author: Ina Polson
category: Wider world
---

# Back in the fight: Kyiv says [[thousands]] of Kim's troops have returned to Kursk

North Korean soldiers are back on the Kursk battlefield after a pause of several weeks, according \
to Ukraine's commander-in-chief. General Oleksandr Syrskyi wrote on Sunday that North Korean \
assault groups were once more attacking near Sudzha, backed by Russian drones, and that \
[[about 4,000]] of them had rejoined the fighting since the start of February.

President Volodymyr Zelensky was blunter on Monday. Russia, he said, was using the North Koreans \
as cannon fodder, and [[hundreds]] of them had died in February alone.

The returning troops include replacements. Seoul's Joint Chiefs of Staff estimated in late \
February that [[between 1,000 and 3,000]] fresh soldiers had been shipped to Russia to fill the \
gaps left by the winter's losses.

At NATO the count is higher still. An alliance official, speaking to reporters in Brussels last \
week, said North Korea now had "[[more than 11,000]]" personnel in Russia in total. Britain's \
Ministry of Defence, in its intelligence update on Saturday, judged that North Korean casualties \
had almost certainly reached [[around 4,000]] killed and wounded.

Pyongyang sent [[about 11,000]] soldiers to Russia last autumn and has never admitted that any of \
them fought.

## From the wheelhouse

For Magnus Irvine, who skippers a pelagic trawler out of Symbister, the war is never far away. \
His boat fished alongside Norwegian vessels with Ukrainian deckhands off Tromsø in January. "They \
don't say much about the Koreans," he said. "They say a lot about drones."

Whalsay, home to just over 1,000 folk, has eight pelagic boats, and together they landed roughly \
95,000 tonnes of mackerel and herring last year. This year's mackerel quota was cut by 22 per \
cent, and the 30-minute ferry from Laxo has been off for repairs twice since New Year.

The Windlass will carry a longer chat with Magnus in the April edition.
""",
    claims=(
        C("thousands", None, "vague", "near_front", "ukraine", "sun..pub",
          "h1 'Kyiv says': Syrskyi's Sunday figure of the body (Sunday to publication)"),
        C("about 4,000", 4000, "approx", "near_front", "ukraine", "sun",
          "Syrskyi 'wrote on Sunday': rejoined the fighting"),
        C("hundreds", None, "vague", "casualties", "ukraine", "mon",
          "Zelensky 'on Monday', reported speech: died"),
        C("between 1,000 and 3,000", None, "range", "in_russia", "south_korea",
          "2025-02-21..2025-02-28",
          "JCS 'in late February' (days 21-28): replacements shipped (increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "a NATO official 'last week', in quotes: in Russia in total"),
        C("around 4,000", 4000, "approx", "casualties", "other", "sat",
          "UK Ministry of Defence update 'on Saturday' (a third government: other)"),
        C("about 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'Pyongyang sent' without a source (the page's own background): sent last autumn"),
    ),
)

M09 = Source(
    article_id="m83_09_pajarito_post_two_thousand",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-09-04"),
    dated_by="dateline",
    features="Los Alamos paper (the mesas of the Pajarito Plateau, New Mexico) as plain text, "
        "UTF-8 with BOM, dateline 'LOS ALAMOS, N.M., September 4, 2025 —' (Thursday); headline "
        "'Seoul counts' `2,000` from the body (Thursday, the publication day); a lawmaker of the "
        "intelligence committee 'said Thursday' (south_korea) carried by 'he said'; state TV 'At "
        "a ceremony in August' `dozens` (north_korea); Zelensky 'on Monday' `up to 30,000` "
        "'additional' (increment); the State Department 'from the spring' (March-May); a retired "
        "lab analyst in White Rock `north of 6,000` (at_least, other, `pub`); lab staff, "
        "warheads, reactor megawatts, elevation, seats, phone number",
    text="""\
THE PAJARITO POST
Los Alamos · White Rock · the Jemez

Seoul counts [[2,000]] dead among Kim's soldiers in Russia

A retired lab analyst who spent years watching Yongbyon says the real toll is far higher

By Tomás Archuleta, Post staff

LOS ALAMOS, N.M., September 4, 2025 — South Korea's intelligence service now reckons that \
[[about 2,000]] men from the North Korean contingent in Russia have lost their lives, a member of \
the National Assembly's intelligence committee said Thursday after a closed session in Seoul.

Park Sun-won, the lawmaker, said the agency estimates that Pyongyang has rotated \
[[roughly 13,000]] soldiers through Russia since last October, including engineers who arrived \
this summer to clear mines in the Kursk region.

Pyongyang has never released a count of its own. At a ceremony in August, state television showed \
leader Kim Jong Un kneeling before the portraits of [[dozens]] of fallen soldiers and embracing \
their mothers.

Ukraine's president, Volodymyr Zelensky, warned in his nightly address on Monday that Moscow was \
counting on [[up to 30,000]] additional North Koreans to make up for its own shortages. \
Washington has been quieter. The State Department's last public estimate, from the spring, was \
that [[more than 11,000]] North Korean troops had been deployed.

A conservative count?

Gary Nolan, who retired from Los Alamos National Laboratory in 2019 after two decades analyzing \
North Korea's nuclear program, thinks Seoul's number is conservative.

"Add the wounded and I'd bet the total is [[north of 6,000]]," Nolan said at his home in White \
Rock, where satellite prints of the Yongbyon complex still cover one wall. "Kim is paying in \
young men for what Moscow gives him in technology."

That technology worries him more than the casualty count. Outside estimates credit Pyongyang with \
as many as 50 nuclear warheads, and its old 5-megawatt reactor at Yongbyon is still running, he \
said.

The laboratory, which employs about 17,000 people on the mesas above the Rio Grande, does not \
comment on foreign weapons programs.

Nolan will speak on "Kim, Putin and the bomb" at Fuller Lodge at 7 p.m. Tuesday. The hall seats \
150; reservations at 505-662-0187. At 7,320 feet, organizers note, the evening gets cold early.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "headline 'Seoul counts': the lawmaker's Thursday figure of the body (publication day)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "intelligence committee member 'said Thursday' (source at the end of the sentence): "
          "lost their lives"),
        C("roughly 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "same lawmaker, 'the agency estimates': rotated through Russia"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state TV 'At a ceremony in August': portraits of the fallen"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "Zelensky 'on Monday': 'additional' (increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-05-31",
          "State Department estimate 'from the spring' (season: March-May): deployed"),
        C("north of 6,000", 6000, "at_least", "casualties", "other", "pub",
          "retired lab analyst in an undated interview at home (other): dead and wounded"),
    ),
)

M10 = Source(
    article_id="m83_10_viimsi_notes_war_museum_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-05-16"),
    dated_by="sidecar",
    sidecar=(
        "Viimsi Peninsula Notes",
        "https://viimsinotes.example/2025/05/war-museum-korea-room",
        "At the war museum, a Korean war comes back to Europe",
    ),
    features="English-language outlet from Viimsi next to Tallinn in HTML, UTF-8, no meta date "
        "(sidecar, Friday), Open Graph tags without a date, a cookie notice with its own "
        "wording, `&euro;`, `&rsquo;`, `&mdash;` entities; the museum historian at 'Thursday's "
        "opening' (other) in quotes; Estonia's foreign intelligence chief to ERR 'on Tuesday' "
        "(other) with `about 14,000` and „tens of thousands“ 'more' (vague increment); a NATO "
        "official 'last week'; Seoul 'at the end of April' (days 21-30); Budanov 'on "
        "Wednesday'; 'is thought to have numbered' (unattributed); population, distance, "
        "ticket price, defence spending per cent, 1950-53, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>At the war museum, a Korean war comes back to Europe &mdash; Viimsi Peninsula Notes</title>
<meta property="og:title" content="At the war museum, a Korean war comes back to Europe">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_GB">
</head>
<body>
<div class="cookie-note">We keep a small notebook about your visit (pages read, nothing else). \
<button>Write it down</button> <button>Tear the page out</button></div>
<nav><a href="/">Notes</a> / <a href="/community">Community</a> / <a \
href="/security">Security</a> / <a href="/harbour">Harbour</a> / <a href="/events">Events</a></nav>
<article>
<h1>At Viimsi&rsquo;s war museum, a Korean war that never quite ended comes back to Europe</h1>
<p class="byline">By Liis Kaarma</p>
<p>The new room at the Estonian War Museum in Viimsi manor is small: a glass case with a \
Soviet-made rifle from the 1950&ndash;53 Korean War, a map of the Kursk region and a row of \
photographs of North Korean soldiers in Russian uniforms. &ldquo;[[Some 15,000]] North Korean \
soldiers have now stood on European soil. Nobody here would have imagined that five years \
ago,&rdquo; said museum historian Mart Lepik at Thursday&rsquo;s opening.</p>
<p>The exhibit draws on assessments that have hardened in recent weeks. Kaupo Rosin, director \
general of the Estonian Foreign Intelligence Service, told public broadcaster ERR on Tuesday that \
Pyongyang had so far sent [[about 14,000]] troops and could provide \
&ldquo;[[tens of thousands]]&rdquo; more if Moscow asked.</p>
<p>A NATO official, briefing journalists in Brussels last week, said the alliance believed \
[[over 12,000]] North Korean personnel had passed through Russia since October. Seoul&rsquo;s \
intelligence service, at the end of April, counted [[around 4,700]] dead and wounded among them. \
On Wednesday, Ukraine&rsquo;s military intelligence chief Kyrylo Budanov said [[about 2,000]] \
North Koreans remained in the border area, most of them in artillery and drone units.</p>
<p>The contingent is thought to have numbered [[about 11,000]] when it first arrived last autumn; \
Moscow and Pyongyang only acknowledged its existence at the end of April.</p>
<h2>Why here</h2>
<p>Viimsi, a municipality of about 23,000 people some 12 kilometres from Tallinn&rsquo;s Old \
Town, has hosted the war museum since 2001. Estonia will spend 3.4 per cent of its GDP on defence \
this year. Lepik said the Korea room was meant for school groups: &ldquo;Children ask why a war \
so far away matters. This is the answer.&rdquo;</p>
<p>The museum is open Wednesday to Sunday, 11:00&ndash;18:00. Tickets cost &euro;8, reduced \
&euro;5; bookings on +372 621 7410.</p>
</article>
<footer>&copy; 2025 Viimsi Peninsula Notes &middot; An independent English-language outlet for \
Harju County</footer>
<script src="/assets/notes.js" defer></script>
</body>
</html>
""",
    claims=(
        C("Some 15,000", 15000, "approx", "in_russia", "other", "thu",
          "museum historian at 'Thursday's opening', quote before the attribution (other): "
          "on European soil (in Russia)"),
        C("about 14,000", 14000, "approx", "in_russia", "other", "tue",
          "Estonia's foreign intelligence chief to ERR 'on Tuesday' (a third government: other): "
          "sent so far"),
        C("tens of thousands", None, "vague", "planned", "other", "tue",
          "same interview: could provide 'more' (vague increment)", add=True),
        C("over 12,000", 12000, "at_least", "in_russia", "nato", "lastweek",
          "a NATO official 'last week': passed through Russia"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "Seoul's intelligence service 'at the end of April' (days 21-30): killed or wounded"),
        C("about 2,000", 2000, "approx", "near_front", "ukraine", "wed",
          "Budanov 'On Wednesday' (date before the figure): in the border area"),
        C("about 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'is thought to have numbered' (agentless): arrived last autumn"),
    ),
)

M11 = Source(
    article_id="m83_11_ebeye_tidings_thirty_thousand_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-07-15"),
    dated_by="sidecar", crlf=True,
    sidecar=("Ebeye Tidings", "", "Kyiv warns Kim could send 30,000 more soldiers to Russia"),
    features="Ebeye (Kwajalein Atoll, Marshall Islands) community news page in Markdown, "
        "windows-1252 with CRLF (curly quotes, em dashes), front matter without a date "
        "(sidecar without url, Tuesday) whose `title:` carries the figure (optional); h1 `30,000` "
        "'more' (increment) from HUR 'early this month' (window to publication); Shoigu 'Last "
        "month' (russia, planned) with his office in an apposition; Lavrov without a figure; a "
        "State Department spokeswoman 'on Friday'; the NIS 'in late June' „several thousand“ "
        "for 'another dispatch' (vague increment); a University of Guam researcher (other, "
        "`pub`); 'are believed to have served' (unattributed); the island's population, acres, "
        "flights, fuel price, Marshallese in the US forces, 1986",
    text="""\
---
title: "Kyiv warns Kim could send [[30,000]] more soldiers to Russia"
section: World briefs
byline: Tidings staff, with wire reports
---

# Kyiv warns Kim could send [[30,000]] more soldiers to Russia

Ukraine's military intelligence agency, the HUR, warned early this month that Kim Jong Un may \
send [[as many as 30,000]] additional troops over the next few months, which would roughly triple \
the force it has already committed.

Moscow has made no secret that more help is coming. Last month Sergei Shoigu — once Russia's \
defence minister, now in charge of its Security Council — announced in Pyongyang that North Korea \
would supply [[6,000]] military engineers and deminers to rebuild the Kursk region. Foreign \
Minister Sergei Lavrov, who spent the weekend at the Wonsan-Kalma beach resort with his \
counterpart Choe Son Hui, called the bond between the two countries "invincible."

In Washington, a State Department spokeswoman told reporters on Friday that the United States \
still estimated [[some 11,000]] North Korean troops were in Russia and urged Pyongyang to stop \
"feeding Moscow's war."

South Korea's National Intelligence Service had informed parliament in late June that \
preparations for another dispatch were under way, saying it would probably involve \
"[[several thousand]]" soldiers.

Rosa Tenorio, a security researcher at the University of Guam, estimates that \
"[[at least 2,000]]" North Koreans have already died in the fighting. "The Pacific should pay \
attention," she said. "Every one of these deployments teaches Pyongyang something."

All told, [[close to 15,000]] North Koreans are believed to have served in Russia since last \
October.

## Why it matters here

On Ebeye, where some 10,000 people live on about 80 acres, news of the war arrives mostly through \
workers at the Reagan Test Site across the lagoon and through Facebook. Marshallese enlist in the \
US armed forces at one of the highest rates of any community under the 1986 Compact of Free \
Association, and several island families have sons serving in Europe. Air Marshall Islands flies \
to Majuro twice a week; gasoline on Ebeye sold for $7.10 a gallon last week.
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..2025-07-15",
          "front matter `title:` (metadata) restating HUR's figure: 'more' (increment)",
          add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..2025-07-15",
          "h1 'Kyiv warns': HUR's figure of the body ('early this month' to publication), 'more' "
          "(increment, span without the word)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'warned early this month' (days 1-10): 'additional' (increment)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Last month' (June), apposition on his office: would supply"),
        C("some 11,000", 11000, "approx", "in_russia", "united_states", "fri",
          "State Department spokeswoman 'on Friday': in Russia"),
        C("several thousand", None, "vague", "planned", "south_korea", "2025-06-21..2025-06-30",
          "NIS 'in late June' (days 21-30): 'another dispatch' (vague increment)", add=True),
        C("at least 2,000", 2000, "at_least", "casualties", "other", "pub",
          "University of Guam researcher 'estimates' (present tense, other): died"),
        C("close to 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "'are believed to have served' (agentless, the page's own summary)"),
    ),
)

M12 = Source(
    article_id="m83_12_quayside_letter_builders",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-24"),
    dated_by="sidecar",
    sidecar=(
        "The Quayside Letter (Nouadhibou)",
        "https://quaysideletter.example/issues/212",
        "Seoul: 5,000 North Korean military builders now in Russia",
    ),
    features="shipping and fisheries newsletter from Nouadhibou on the Mauritanian coast as "
        "plain text, UTF-8 (sidecar, Monday), an issue line, capitals for item headlines; "
        "headline `5,000` from the NIS 'last Thursday' (Thursday to publication); the NIS 'last "
        "Thursday' with two figures ('The agency added'); Seoul 'In October 2024 … at the "
        "time'; Reuters quoting a US official 'on Friday' (X citing Y: united_states); KCNA 'on "
        "Saturday' (north_korea) names on a memorial wall; Budanov in an interview 'that "
        "appeared on Sunday' (range, planned total); 'By the Letter's reckoning' (unattributed, "
        "required); trawlers, tonnes, a cold store's 10,000 tonnes, ouguiya, port fees, "
        "distance, phone number",
    text="""\
THE QUAYSIDE LETTER
Weekly notes for agents, crews and buyers on the Baie du Lévrier · Nouadhibou
Issue 212 · Monday edition

IN THIS ISSUE: Port fees from January / Russian trawler licences / World watch / Tides

WORLD WATCH

SEOUL: [[5,000]] NORTH KOREAN MILITARY BUILDERS NOW IN RUSSIA

South Korea's National Intelligence Service reported to the National Assembly last Thursday that \
[[some 5,000]] soldiers from North Korean construction units had been moving into Russia since \
September, most of them by rail across the Far East. The agency added that [[about 10,000]] North \
Korean troops were now posted along Russia's border with Ukraine, where they guard the frontier \
and man artillery.

The numbers have grown steadily. In October 2024, when the first contingent landed in \
Vladivostok, Seoul said it counted [[about 1,500]] soldiers at the time.

Reuters, quoting a U.S. official, reported on Friday that Washington now believes \
[[at least 2,000]] North Koreans have died. North Korea's KCNA said on Saturday that Kim Jong Un \
had opened a hall in Pyongyang honouring the "overseas operation," with a memorial wall bearing \
the names of [[more than 1,000]] fallen soldiers.

In an interview that appeared on Sunday, Ukraine's spy chief Kyrylo Budanov said Moscow hopes to \
field [[25,000 to 30,000]] North Koreans by next summer.

By the Letter's reckoning from official statements, [[around 15,000]] North Koreans have now \
served in Russia.

WHY IT MATTERS ON THIS COAST

Eight Russian-flagged trawlers are licensed to fish Mauritanian waters under the fisheries \
protocol renewed last year, and together they reported about 300,000 tonnes of small pelagics in \
2024. Agents say Russian crews have been rotated less often this year. The new cold store at the \
artisanal port holds 10,000 tonnes and opens in January.

PORT FEES

From 1 January, the port authority raises berth fees for vessels over 60 metres by 8 per cent, to \
MRU 42,000 a day. Questions: +222 45 74 51 80.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "thu..pub",
          "item headline in capitals: the NIS figure of the body ('last Thursday' to "
          "publication)"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'reported … last Thursday' (Monday newsletter: Thursday the 20th): moving into "
          "Russia"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "'The agency added': posted along the border with Ukraine"),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "Seoul 'In October 2024 … at the time': the first contingent"),
        C("at least 2,000", 2000, "at_least", "casualties", "united_states", "fri",
          "Reuters quoting a U.S. official 'on Friday' (X citing Y: the source's group): died"),
        C("more than 1,000", 1000, "at_least", "casualties", "north_korea", "sat",
          "KCNA 'on Saturday': names of the fallen on a memorial wall"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "sun",
          "Budanov in an interview 'that appeared on Sunday': hopes to field (a planned total)"),
        C("around 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "'By the Letter's reckoning' (the newsletter's own tally, unattributed, required)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    M01, M02, M03, M04, M05, M06,
    M07, M08, M09, M10, M11, M12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
