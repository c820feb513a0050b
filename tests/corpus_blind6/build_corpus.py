"""Build the SIXTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

An eighth corpus for an honest measurement on articles the extractor has never met, written in
session 7 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a German weekly's news page,
a Swiss paper's foreign desk, an Austrian agency report, a regional broadcaster's web story, a
Sunday paper's interview summary and a TV news ticker item rewritten as prose; a UK broadsheet's
world section, a US local paper on a Korean-American congregation, a wire analysis of the year,
an Indian English-language paper, a morning briefing e-mail and a story on a UN Security Council
session. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind6_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

K01 = Source(
    article_id="k01_wochenzeitung_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-31"),
    dated_by="html_meta",
    features="German weekly's news page in HTML (`article:published_time` with +01:00, "
        "'Aktualisiert am 31. Oktober 2024', NewsArticle JSON-LD, a tracking script with a word "
        "count, a consent banner with partners and a price, navigation, a comment count); "
        "`<meta name=\"description\">` figure (optional); headline 'USA sehen' from Blinken 'am "
        "Donnerstag' (the publication day); 'nach US-Angaben' right after it without a date; "
        "Pentagon 'Noch am Montag' „einige tausend“; NIS 'geht davon aus' dated by the next "
        "sentence (Tuesday), carried by Konjunktiv to 'Mehr als 3.000' and 'darunter rund 500' "
        "officers (breakdown); HUR 'Nach Angaben' without a date; South Korea's army, US troops "
        "in Korea, square kilometres, podcast episode number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreas Truppen in Russland: Was über den Einsatz bei Kursk bekannt ist | \
ZEITPUNKT</title>
<meta name="description" content="Washington spricht von [[8000]] nordkoreanischen Soldaten \
nahe der ukrainischen Grenze. Seoul erwartet bis Dezember noch mehr.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-10-31T13:05:00+01:00">
<meta property="article:section" content="Politik">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","head\
line":"Nordkoreas Truppen in Russland: Was über den Einsatz bei Kursk bekannt \
ist","datePublished":"2024-10-31T13:05:00+01:00","isAccessibleForFree":true,"author":{"@type":"\
Organization","name":"ZEITPUNKT ONLINE"}}</script>
<script>window.zpTrack={pageId:"4471290",ressort:"politik",words:612,paywall:false};</script>
</head>
<body>
<div id="consent" class="cmp">Wir und unsere 143 Partner verwenden Cookies und ähnliche \
Technologien. Mit „Akzeptieren“ stimmen Sie der Verarbeitung zu, die Sie jederzeit widerrufen \
können. <button>Akzeptieren</button> <button>Pur-Abo für 3,99 € im Monat</button></div>
<nav class="main"><a href="/">Startseite</a> | <a href="/politik">Politik</a> | <a \
href="/wirtschaft">Wirtschaft</a> | <a href="/kultur">Kultur</a> | <a href="/wissen">Wissen</a> \
| <a href="/archiv">Archiv</a></nav>
<article>
<p class="kicker">Krieg in der Ukraine</p>
<h1>USA sehen [[8.000]] nordkoreanische Soldaten an der Grenze zur Ukraine</h1>
<p class="summary">Die Truppen aus Pjöngjang könnten schon in den kommenden Tagen in die Kämpfe \
eingreifen, warnt Washington. Südkorea denkt nun offen über Waffen für Kiew nach.</p>
<p class="meta">Aktualisiert am 31. Oktober 2024, 17:48 Uhr · Quelle: ZEITPUNKT ONLINE, AFP, \
Reuters, dpa, ces</p>
<p>Nordkorea hat nach Erkenntnissen der US-Regierung [[etwa 8.000]] seiner Soldaten in die \
russische Grenzregion Kursk gebracht. Man rechne damit, dass Russland sie „in den kommenden \
Tagen“ gegen ukrainische Truppen einsetze, sagte Außenminister Antony Blinken am Donnerstag \
nach einem Treffen mit seinem südkoreanischen Kollegen Cho Tae-yul in Washington. Hinweise \
darauf, dass die Nordkoreaner schon kämpften, gebe es bislang nicht.</p>
<p>Insgesamt befinden sich nach US-Angaben mittlerweile [[rund 10.000]] Soldaten aus dem \
abgeschotteten Land in Russland. Die meisten wurden zunächst auf Übungsplätzen im Fernen Osten \
ausgebildet und dann mit der Bahn nach Westen gebracht. Noch am Montag hatte das Pentagon die \
Zahl der Nordkoreaner im Gebiet Kursk lediglich auf „[[einige tausend]]“ beziffert.</p>
<h2>Seoul rechnet mit weiteren Verlegungen</h2>
<p>Südkoreas Geheimdienst NIS geht davon aus, dass Machthaber Kim Jong Un bis Dezember \
insgesamt [[rund 10.000]] Mann nach Russland schickt. Das berichteten Abgeordnete am Dienstag \
nach einer vertraulichen Unterrichtung durch den Dienst. [[Mehr als 3.000]] von ihnen seien \
bereits in Richtung Front verlegt worden, darunter [[rund 500]] Offiziere.</p>
<p>Präsident Yoon Suk Yeol kündigte an, Seoul werde Waffenlieferungen an die Ukraine „ohne \
Tabus“ prüfen. Südkoreas Armee zählt rund 500.000 aktive Soldaten; im Land sind zudem 28.500 \
US-Soldaten stationiert.</p>
<h2>Kiew verlangt eine Antwort des Westens</h2>
<p>Der ukrainische Präsident Wolodymyr Selenskyj warf den Verbündeten vor, tatenlos \
zuzuschauen. „Wir sehen jeden Tag, wie sie näher kommen“, sagte er in seiner abendlichen \
Videoansprache. Nach Angaben seines Militärgeheimdienstes HUR sind im Gebiet Kursk bereits \
[[mehr als 7.000]] Nordkoreaner eingetroffen, ausgerüstet mit russischen Uniformen und \
Waffen.</p>
<p>Ukrainische Einheiten halten dort seit ihrem Vorstoß im August nach eigenen Angaben noch \
rund 600 Quadratkilometer. Der Kreml hat die Entsendung nordkoreanischer Soldaten nie \
bestätigt. Sprecher Dmitri Peskow sagte am Mittwoch nur, die Zusammenarbeit mit Pjöngjang gehe \
„niemanden etwas an“.</p>
</article>
<aside class="more"><h3>Mehr zum Thema</h3><ul><li>Kim und Putin: Was im Beistandspakt \
steht</li><li>Podcast „Was jetzt?“: Folge 1.287</li></ul></aside>
<footer>© ZEITPUNKT ONLINE GmbH 2024 · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · 214 Kommentare</footer>
</body>
</html>
""",
    claims=(
        C("8000", 8000, "exact", "near_front", "united_states", "thu",
          "<meta name=description> (metadata) restating Blinken's Thursday figure", opt=True),
        C("8.000", 8000, "exact", "near_front", "united_states", "thu",
          "headline 'USA sehen': Blinken's figure of the lead (Thursday, the publication day): at "
          "the border"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "thu",
          "Blinken 'am Donnerstag' (the publication day), Konjunktiv: brought to the Kursk border "
          "region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "thu",
          "'nach US-Angaben' right after Blinken's Thursday statement, no date of its own: "
          "Thursday to publication (the same day): in Russia"),
        C("einige tausend", None, "vague", "near_front", "united_states", "mon",
          "Pentagon 'Noch am Montag' „…“: in the Kursk region"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "tue",
          "NIS 'geht davon aus' … bis Dezember insgesamt (intended total), dated by the next "
          "sentence ('berichteten Abgeordnete am Dienstag')"),
        C("Mehr als 3.000", 3000, "at_least", "near_front", "south_korea", "tue",
          "same briefing, Konjunktiv: moved toward the front"),
        C("rund 500", 500, "approx", "near_front", "south_korea", "tue",
          "'darunter' officers among those moved toward the front (a breakdown, no increment)"),
        C("mehr als 7.000", 7000, "at_least", "near_front", "ukraine", "pub",
          "HUR 'Nach Angaben' without a date: arrived in the Kursk region"),
    ),
)

K02 = Source(
    article_id="k02_ch_auslandredaktion_nachschub_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-03-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Berner Rundschau",
        "https://www.berner-rundschau.example/international/kim-schickt-nachschub-an-die-kursk-fro"
        "nt-ld.2291",
        "Kim schickt Nachschub an die Kursk-Front",
    ),
    features="Swiss paper's foreign desk in Markdown, windows-1252 with CRLF, front matter "
        "without a date (sidecar, Thursday): `ss`, «», `14'000`, `11'000`, `10'000`, 4-digit "
        "`3000`/`4000`; a correspondent's byline from Tokio; bold lead 'Seoul spricht von 3000 "
        "zusätzlichen' (increment) from the NIS 'am Donnerstag' (the publication day); 'rund "
        "3000 weitere' (increment) and 'etwa 14'000' (new total); 'heisst es in der Einschätzung' "
        "after the figure; Syrskyi 'Mitte März'; the US threat assessment 'am Dienstag "
        "veröffentlicht'; a Zurich researcher 'rechnet damit' `nochmals 10'000` (increment, "
        "`pub`); Swiss officers in Panmunjom, sanctions listings, army size, dollars",
    text="""\
---
title: "Kim schickt Nachschub an die Kursk-Front"
rubrik: International
autor: Reto Zgraggen, Tokio
---

# Kim schickt Nachschub an die Kursk-Front

**Nach wochenlanger Pause kämpfen nordkoreanische Soldaten wieder gegen die Ukraine. Seoul \
spricht von [[3000]] zusätzlichen Männern, die Pjöngjang seit Jahresbeginn nach Russland \
geschickt habe.**

*Reto Zgraggen, Tokio*

Im Februar war es still geworden um Kim Jong Uns Soldaten. Nach schweren Verlusten hatte \
Russland die nordkoreanischen Einheiten aus den Gefechten im Gebiet Kursk herausgenommen, \
ukrainische Drohnenpiloten meldeten wochenlang keine Sichtungen mehr. Nun sind sie zurück – und \
es sind mehr geworden.

Der südkoreanische Nachrichtendienst NIS teilte am Donnerstag mit, Nordkorea habe im Januar und \
im Februar [[rund 3000]] weitere Soldaten nach Russland verlegt. Damit habe das Regime seit dem \
vergangenen Herbst [[etwa 14'000]] Mann entsandt. [[Rund 4000]] von ihnen seien getötet oder \
verwundet worden, heisst es in der Einschätzung, die der Dienst dem Parlament in Seoul vorlegte.

Seit Anfang März stünden die Nordkoreaner wieder in vorderster Linie, nun in kleineren Gruppen \
und besser auf den Drohnenkrieg vorbereitet. Auch die ukrainische Armee hatte ihre Rückkehr \
gemeldet. Oberbefehlshaber Olexander Sirski sprach Mitte März von «[[mehreren tausend]]» \
Nordkoreanern, die bei Sudscha wieder angriffen.

## Washington bestätigt die Grössenordnung

Die amerikanischen Nachrichtendienste kommen in ihrer am Dienstag veröffentlichten jährlichen \
Bedrohungsanalyse zu einem ähnlichen Bild. Nordkorea habe «[[mehr als 11'000]]» Soldaten nach \
Russland geschickt, heisst es darin. Im Gegenzug erhalte Pjöngjang Technologie, Öl und Devisen. \
Wie viel Geld fliesst, ist unklar; Schätzungen reichen von einigen hundert Millionen bis zu \
mehreren Milliarden Dollar im Jahr.

Der Zürcher Sicherheitsforscher Marco Wenger sieht in der Rückkehr an die Front ein Zeichen, \
dass Moskau auf die Soldaten aus Nordkorea angewiesen ist. «Russland braucht Infanterie, und \
Kim braucht Geld und Kampferfahrung», sagt er. Wenger rechnet damit, dass Pjöngjang bis Ende \
Jahr nochmals [[10'000]] Mann schicken könnte. Die nordkoreanische Armee zähle rund 1,2 \
Millionen Soldaten, «da fallen ein paar Divisionen nicht ins Gewicht».

## Die Schweiz schaut genau hin

In Bern verfolgt man die Entwicklung auch wegen eines besonderen Mandats: Seit 1953 stellt die \
Schweiz Offiziere für die Neutrale Überwachungskommission in Panmunjom an der innerkoreanischen \
Grenze, derzeit sind es fünf. Das Staatssekretariat für Wirtschaft hat die Sanktionen der EU \
gegen Nordkorea übernommen; auf der Liste stehen inzwischen 23 weitere Personen und 12 \
Organisationen.

Moskau hat die Präsenz nordkoreanischer Kampftruppen bis heute nicht offiziell bestätigt. \
Aussenminister Sergei Lawrow sprach am Mittwoch in Moskau von «Spekulationen des Westens».
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "thu",
          "bold lead 'Seoul spricht von … zusätzlichen': the NIS figure of the body (Thursday, "
          "the publication day): sent since January (increment)", add=True),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'teilte am Donnerstag mit': 'weitere' sent in January and February (increment)",
          add=True),
        C("etwa 14'000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same statement, 'Damit … entsandt': the new total, not an increment"),
        C("Rund 4000", 4000, "approx", "casualties", "south_korea", "thu",
          "same assessment ('heisst es in der Einschätzung' after the figure): killed or wounded"),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "2025-03-11..2025-03-20",
          "Syrskyi 'Mitte März' «…»: attacking again near Sudzha"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "united_states", "tue",
          "US intelligence threat assessment 'am Dienstag veröffentlicht' (the report's day): "
          "sent"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "Zurich researcher 'rechnet damit' (present tense, no date): could send 'nochmals' "
          "(increment)", add=True),
    ),
)

K03 = Source(
    article_id="k03_at_agentur_rueckzug_kursk",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-13"),
    dated_by="dateline",
    features="Austrian agency report (APA style) in ISO-8859-1 with straight quotes, 'Utl.:' "
        "subtitle, agency line 'Kiew/Seoul/Wien (APA/dpa/AFP) -', closing '(Schluss)' and "
        "'APA0317 2025-02-13/15:02'; 'Jänner', 'Feber', 'heuer'; the Utl. figure from the SSO "
        "spokesman 'am Mittwoch' (Wednesday to publication); 'Von den rund 11.000 … seien etwa "
        "4.000' in Konjunktiv; NIS 'im Jänner' (month window, an older figure recalled); HUR "
        "'Laut' without a date 'als Verstärkung' (increment); a US defence official 'Anfang "
        "Feber' 'als Nachschub' (planned increment, date before the figure); a Viennese academy "
        "expert's range 'noch einmal' (increment, `pub`; 'heuer' is the event); army size, pay per "
        "soldier, Ukrainian attacks, euros",
    text="""\
Nordkoreas Truppen laut Kiew von Kursk-Front abgezogen
Utl.: Spezialkräfte: [[Rund 4.000]] Nordkoreaner getötet oder verwundet - Wiener Experte \
rechnet heuer mit Rückkehr =

Kiew/Seoul/Wien (APA/dpa/AFP) - Die nordkoreanischen Soldaten im russischen Gebiet Kursk sind \
nach ukrainischen Angaben vorerst von der Front abgezogen worden. Seit rund drei Wochen seien \
die Einheiten aus Pjöngjang nicht mehr in Gefechten beobachtet worden, sagte ein Sprecher der \
ukrainischen Spezialeinsatzkräfte (SSO) am Mittwoch im Fernsehen. Grund seien die hohen \
Verluste: Von den [[rund 11.000]] Mann, die Nordkorea im Herbst nach Russland geschickt habe, \
seien [[etwa 4.000]] getötet oder verwundet worden.

Der südkoreanische Geheimdienst NIS bestätigte den Rückzug am Donnerstag im Wesentlichen. Seit \
Mitte Jänner seien die Nordkoreaner nicht mehr im Einsatz gewesen, hieß es in Seoul, offenbar \
würden die Einheiten nach den Verlusten neu aufgestellt. Wie viele Soldaten sich noch in der \
Region aufhalten, sagte der Dienst nicht. Die Zahl der Toten und Verletzten hatte er im Jänner \
mit [[rund 3.000]] angegeben.

Laut dem ukrainischen Militärgeheimdienst HUR bereitet Pjöngjang indes bereits die nächste \
Runde vor. In einem Lager nahe Wladiwostok würden derzeit [[etwa 1.500]] Mann als Verstärkung \
ausgebildet.

Ein Beamter des US-Verteidigungsministeriums hatte schon Anfang Feber von einer "Pause" \
gesprochen. Nordkorea halte aber [[mehrere tausend]] Soldaten als Nachschub bereit, sagte er \
damals.

Der Militärexperte Gerald Kainz von der Landesverteidigungsakademie in Wien hält einen \
dauerhaften Rückzug für unwahrscheinlich. "Ich gehe davon aus, dass heuer noch einmal \
[[zwischen 5.000 und 8.000]] Mann nachkommen", sagte Kainz im Gespräch mit der APA. Soldaten \
habe Nordkorea genug, seine Armee zähle mehr als eine Million Mann. Für das Regime sei der \
Krieg vor allem ein Geschäft: Moskau zahle Schätzungen zufolge rund 2.000 US-Dollar pro Soldat \
und Monat.

Der Kreml äußerte sich nicht. Das russische Verteidigungsministerium meldete am Donnerstag, im \
Gebiet Kursk seien binnen 24 Stunden 15 ukrainische Angriffe abgewehrt worden.

Österreich hat sich den EU-Sanktionen gegen Nordkorea angeschlossen. Das Außenministerium in \
Wien verurteilte die "völkerrechtswidrige Beteiligung" Pjöngjangs am Krieg. Heuer hat \
Österreich der Ukraine nach Angaben des Ministeriums bisher 10 Millionen Euro an humanitärer \
Hilfe zugesagt.

(Schluss) kai/gru

APA0317 2025-02-13/15:02
""",
    claims=(
        C("Rund 4.000", 4000, "approx", "casualties", "ukraine", "wed..pub",
          "Utl. (subtitle) 'Spezialkräfte:': the SSO figure of the lead (Wednesday to "
          "publication): killed or wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "wed",
          "SSO spokesman 'am Mittwoch', Konjunktiv: sent in autumn"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "wed",
          "same sentence: killed or wounded"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS, an older figure 'im Jänner' (month window): dead and wounded"),
        C("etwa 1.500", 1500, "approx", "in_russia", "ukraine", "pub",
          "HUR 'Laut' without a date: training near Vladivostok 'als Verstärkung' (increment)",
          add=True),
        C("mehrere tausend", None, "vague", "planned", "united_states", "2025-02-01..2025-02-10",
          "US defence official 'Anfang Feber' ('sagte er damals'): held ready 'als Nachschub' "
          "(increment)", add=True),
        C("zwischen 5.000 und 8.000", None, "range", "planned", "other", "pub",
          "Viennese defence academy expert to the APA, no date ('heuer' is the event): 'noch "
          "einmal … nachkommen' (increment)", add=True),
    ),
)

K04 = Source(
    article_id="k04_regionalsender_gedenken_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-14"),
    dated_by="sidecar",
    sidecar=(
        "SWW Südwestwelle",
        "https://www.suedwestwelle.example/nachrichten/ausland/nordkorea-russland-gedenken-102.html",
        "Nach Kims Eingeständnis: Wie viele Nordkoreaner starben in Kursk?",
    ),
    features="regional broadcaster's web story in HTML, ISO-8859-1 (quotes only as entities "
        "`&bdquo;`/`&ldquo;`, `&middot;`, `&copy;`), no meta date (sidecar, Wednesday), 'Stand:' "
        "and 'Sendung:' lines, region navigation, an audio length; `<title>` figure (optional); "
        "question headline without a figure; teaser 'Seoul schätzt' from the body's NIS figures "
        "made public 'Ende April' (window to publication); 'etwa 600 von ihnen tödlich' "
        "(breakdown); JCS 'am Dienstag' „einiger tausend zusätzlicher“ (vague increment); Russia's "
        "ambassador in Pyongyang 'am Montag' to Tass (russia); HUR 'vergangene Woche'; a Freiburg "
        "Korea researcher's range (other, `pub`); KCNA without a figure; residents with South "
        "Korean passports, society members, lecture time and fee, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul: [[4.700]] Nordkoreaner getötet oder verletzt - SWW Nachrichten</title>
<meta name="robots" content="index,follow">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.suedwestwelle.example/nachrichten/ausland/nordkorea-rus\
sland-gedenken-102.html">
<script>var sww_ivw="/nachrichten/ausland";var sww_id=102;</script>
</head>
<body>
<header><a href="/">SWW</a> <a href="/nachrichten/baden-wuerttemberg">BW</a> <a \
href="/nachrichten/rheinland-pfalz">RP</a> <a href="/nachrichten/ausland">Welt</a> <a \
href="/radio">Radio</a> <a href="/wetter">Wetter</a></header>
<main>
<h1>Nach Kims Eingeständnis: Wie viele Nordkoreaner starben in Kursk?</h1>
<p class="teaser">Pjöngjang ehrt seine &bdquo;Helden&ldquo; aus dem Krieg gegen die Ukraine. \
Seoul schätzt, dass [[rund 4.700]] von ihnen getötet oder verwundet wurden. Ein Freiburger \
Forscher ordnet die Zahlen ein.</p>
<p class="stand">Stand: 14.5.2025, 11:20 Uhr &middot; Sendung: SWW4 Nachrichten, 11:00 Uhr</p>
<p>Lange hat Nordkorea geschwiegen, nun feiert das Regime seine Soldaten offen. Staatschef Kim \
Jong Un ließ nach Angaben der Staatsagentur KCNA am Wochenende in Pjöngjang den Grundstein für \
ein Denkmal für die im Gebiet Kursk gefallenen Kämpfer legen. Wie viele Nordkoreaner in \
Russland ums Leben kamen, verriet die Agentur nicht.</p>
<p>Nach Erkenntnissen des südkoreanischen Geheimdienstes NIS, die Abgeordnete Ende April \
öffentlich gemacht hatten, sind [[rund 4.700]] nordkoreanische Soldaten getötet oder verwundet \
worden, [[etwa 600]] von ihnen tödlich. Südkoreas Generalstab teilte am Dienstag zudem mit, \
Nordkorea bereite offenbar die Entsendung [[einiger tausend]] zusätzlicher Soldaten vor, die \
beim Wiederaufbau in Kursk helfen könnten.</p>
<p>Aus Moskau kommen dagegen Lobeshymnen. Der russische Botschafter in Pjöngjang sagte am \
Montag der Staatsagentur Tass, &bdquo;[[Tausende]] koreanische Kämpfer&ldquo; hätten Seite an \
Seite mit russischen Soldaten das Gebiet Kursk befreit. Der ukrainische Militärgeheimdienst HUR \
erklärte dagegen vergangene Woche, in der Region seien noch [[etwa 2.000]] Nordkoreaner \
stationiert, vor allem Artilleristen und Drohnenpiloten.</p>
<h2>&bdquo;Kampferfahrung ist für Kim unbezahlbar&ldquo;</h2>
<p>Der Freiburger Korea-Forscher Jonas Reinhold hält die Angaben aus Seoul für plausibel. \
Insgesamt seien seit dem vergangenen Herbst wohl [[15.000 bis 16.000]] nordkoreanische Soldaten \
nach Russland gebracht worden, sagt er im Gespräch mit SWW. &bdquo;Für Kim ist die \
Kampferfahrung unbezahlbar. Keine andere Armee in Asien hat in den vergangenen 70 Jahren so \
viel über den Drohnenkrieg gelernt.&ldquo;</p>
<p>Auch in Freiburg wird der Krieg aufmerksam verfolgt. Nach Angaben der Stadt leben dort rund \
400 Menschen mit südkoreanischem Pass, die Deutsch-Koreanische Gesellschaft Südbaden zählt 130 \
Mitglieder. Sie lädt für Freitag, 19 Uhr, zu einem Vortrag von Reinhold in die \
Universitätsbibliothek ein; der Eintritt kostet 5 Euro.</p>
<figure><img src="/bilder/kim-denkmal-pjoengjang-1280x720.jpg" alt="Kim Jong Un bei einer \
Zeremonie"><figcaption>Kim Jong Un bei der Zeremonie in Pjöngjang. Bild: \
KCNA/dpa</figcaption></figure>
<p class="audio">Audio: Gespräch mit Jonas Reinhold, 4:12 Min.</p>
</main>
<footer><p>&copy; SWW 2025 &middot; Impressum &middot; Datenschutz &middot; Hörerservice 0761 \
555 0100</p></footer>
</body>
</html>
""",
    claims=(
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-21..pub",
          "<title> (metadata) restating the NIS figure made public 'Ende April'", opt=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..pub",
          "teaser 'Seoul schätzt': the NIS figure of the body ('Ende April') to publication"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS findings made public by lawmakers 'Ende April' (days 21-30): killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same sentence, 'von ihnen tödlich' (a breakdown): dead"),
        C("einiger tausend", None, "vague", "planned", "south_korea", "tue",
          "JCS 'am Dienstag': preparing to send 'zusätzlicher' (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "russia", "mon",
          "Russia's ambassador in Pyongyang 'am Montag' to Tass (a Russian state official): fought "
          "in Kursk"),
        C("etwa 2.000", 2000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'vergangene Woche': still stationed in the region"),
        C("15.000 bis 16.000", None, "range", "in_russia", "other", "pub",
          "Freiburg Korea researcher 'sagt er im Gespräch mit SWW' (present tense, no date): "
          "brought to Russia in all"),
    ),
)

K05 = Source(
    article_id="k05_sonntagszeitung_botschafter_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-01-19"),
    dated_by="front_matter",
    features="German Sunday paper's interview summary (reported speech, not a Q&A) in Markdown, "
        "UTF-8 with BOM, front matter with `date:` and a title without a figure; bold deck with "
        "the ambassador's figure; Ukraine's ambassador in Berlin (ukraine) undated (`pub`, "
        "Saturday-Sunday): `an die 4.000` (approx), `Weit über 1.000` (at_least), `10.000 bis "
        "15.000 weitere` (range increment); Zelensky 'am 6. Januar' `3.800`; the number word "
        "`zwei` captured, announced 'am 11. Januar'; NIS 'am Montag' `rund 300` killed and "
        "`2.700` wounded (not an increment); group sizes 'zehn, zwölf Mann', age, phones, "
        "military aid in euros, refugees",
    text="""\
---
title: "Ukraines Botschafter: Nordkoreas Verluste sind höher als bekannt"
date: 2025-01-19
ressort: Politik
autorin: Friederike Albers
---

# „Kim schickt seine Soldaten in den Tod“

**Ukraines Botschafter in Berlin spricht von [[fast 4.000]] getöteten und verletzten \
Nordkoreanern – und rechnet mit einer zweiten Welle im Frühjahr.**

Von Friederike Albers

Berlin. Oleksij Martschenko empfängt in seinem Büro in der Albrechtstraße, an der Wand hängt \
eine Karte der Front, auf dem Tisch liegen zwei Mobiltelefone. Seit 2022 vertritt der \
51-Jährige sein Land in Berlin, und selten hat er so deutlich über einen Gegner gesprochen, der \
offiziell gar nicht Kriegspartei ist. Nordkorea habe im Gebiet Kursk „weit höhere Verluste \
erlitten, als die Welt bislang weiß“, sagt der Botschafter im Gespräch mit der Sonntagspost.

Nach seinen Informationen sind seit Beginn der Kämpfe im Spätherbst [[an die 4.000]] \
nordkoreanische Soldaten getötet oder verwundet worden. [[Weit über 1.000]] davon seien tot. \
Martschenko beruft sich auf Zahlen des Generalstabs in Kiew, die er „eher vorsichtig“ nennt. \
Präsident Wolodymyr Selenskyj hatte die Zahl der Toten und Verletzten am 6. Januar mit \
[[3.800]] angegeben.

Der Diplomat beschreibt die Nordkoreaner als diszipliniert, aber schlecht vorbereitet. Sie \
liefen in Gruppen von zehn, zwölf Mann über offene Felder, sagt er, „und unsere Drohnen sehen \
jeden Einzelnen“. Die [[zwei]] Soldaten, deren Gefangennahme Selenskyj am 11. Januar \
bekanntgegeben hatte, würden nach den Regeln der Genfer Konventionen behandelt. Einer von ihnen \
habe inzwischen den Wunsch geäußert, nach Südkorea zu gehen.

Besonders beunruhigt ihn, was als Nächstes kommt. Martschenko rechnet damit, dass Pjöngjang im \
Frühjahr [[10.000 bis 15.000]] weitere Soldaten schickt, „diesmal besser ausgebildet und mit \
eigener Artillerie“. Von Deutschland wünscht er sich deshalb mehr Flugabwehr und \
Marschflugkörper vom Typ Taurus, deren Lieferung Bundeskanzler Olaf Scholz weiter ablehnt. \
Deutschland hat der Ukraine seit Kriegsbeginn Militärhilfe im Wert von rund 28 Milliarden Euro \
zugesagt.

Zu den Angaben des Botschafters passen Zahlen aus Seoul. Südkoreas Geheimdienst NIS hatte am \
Montag mitgeteilt, [[rund 300]] nordkoreanische Soldaten seien getötet und [[2.700]] verletzt \
worden. Die Abgeordneten, die der NIS unterrichtet hatte, berichteten zudem, bei Gefallenen \
seien Notizen gefunden worden, wonach sie sich einer Gefangennahme durch Selbsttötung entziehen \
sollten.

Rund 1,2 Millionen Menschen aus der Ukraine haben inzwischen in Deutschland Schutz gefunden. \
Martschenko, der vor seiner Zeit in Berlin Botschafter in Wien war, beendet das Gespräch mit \
einem Appell: „Wer jetzt wegschaut, wird Kims Soldaten bald an anderen Fronten sehen.“
""",
    claims=(
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "bold deck: the ambassador's figure of the body (undated interview: pub)"),
        C("an die 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "Ukraine's ambassador in the interview, no date ('seit … im Spätherbst' is the event): "
          "killed or wounded ('an die' = approx)"),
        C("Weit über 1.000", 1000, "at_least", "casualties", "ukraine", "pub",
          "same, Konjunktiv: dead ('weit über' = at_least, like 'well over')"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-06",
          "Zelensky 'am 6. Januar': dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "number word: captured, announced by Zelensky 'am 11. Januar'"),
        C("10.000 bis 15.000", None, "range", "planned", "ukraine", "pub",
          "ambassador 'rechnet damit' (no date): 'weitere' in spring (increment)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'hatte am Montag mitgeteilt': killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (no increment)"),
    ),
)

K06 = Source(
    article_id="k06_tv_ticker_zweitausend_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "NTW Nachrichten", "", "Seoul: Etwa 2000 Nordkoreaner im Krieg gegen die Ukraine gefallen",
    ),
    features="TV news channel's ticker item rewritten as prose, UTF-16 LE with BOM and CRLF "
        "(sidecar without url, Wednesday); a '+++' ticker headline with the body figure; "
        "'Mittwoch, 10:47 Uhr – aktualisiert 13:05 Uhr'; a lawmaker after the intelligence "
        "committee 'heute' (the publication day) carried by Konjunktiv to the total and 'hinzu "
        "kämen 6.000' builders (increment, in Kursk); state TV 'im August' with portraits of "
        "`101` fallen (north_korea); HUR 'Ende August'; Zelensky 'gestern Abend' „Zehntausende "
        "weitere“ (vague increment); North Korean workers, Russian losses, video length",
    text="""\
NTW Nachrichten | Ausland

+++ Seoul: [[Etwa 2000]] Nordkoreaner im Krieg gegen die Ukraine gefallen +++

Mittwoch, 10:47 Uhr – aktualisiert 13:05 Uhr

Im Krieg Russlands gegen die Ukraine sind nach Einschätzung des südkoreanischen Geheimdienstes \
bislang [[etwa 2.000]] nordkoreanische Soldaten getötet worden. Das sagte der Abgeordnete Cho \
Han-seul heute nach einer Sitzung des Geheimdienstausschusses in Seoul. Insgesamt habe \
Pjöngjang seit Oktober vergangenen Jahres [[rund 15.000]] Soldaten nach Russland geschickt, \
hinzu kämen [[6.000]] Pioniere und Bausoldaten, die seit dem Sommer nach und nach im Gebiet \
Kursk einträfen.

Die Zahl der Verwundeten nannte der Geheimdienst nicht. Nach seiner Einschätzung kämpfen \
derzeit keine nordkoreanischen Einheiten mehr an vorderster Front; sie würden vor allem zur \
Minenräumung und für Bauarbeiten eingesetzt. Nach südkoreanischen Angaben arbeiten zudem rund \
15.000 nordkoreanische Arbeiter auf russischen Baustellen, viele davon in Textilfabriken und im \
Wohnungsbau.

Nordkorea selbst hatte erst im August indirekt Verluste eingeräumt. Das Staatsfernsehen zeigte \
damals Machthaber Kim Jong Un bei einer Zeremonie in Pjöngjang vor den Porträts von [[101]] \
gefallenen Soldaten, deren Familien Orden erhielten. Kim sprach von „Helden, die ihr Leben für \
die Freundschaft mit Russland gaben“.

Die Ukraine nennt deutlich höhere Zahlen. Der Militärgeheimdienst HUR hatte Ende August von \
[[mehr als 6.000]] getöteten und verwundeten Nordkoreanern gesprochen. Präsident Wolodymyr \
Selenskyj warnte gestern Abend in seiner Videobotschaft, Moskau hoffe auf „[[Zehntausende]] \
weitere“ Soldaten aus Nordkorea.

Russland selbst hat nach britischen Schätzungen seit Beginn der Invasion mehr als eine Million \
Soldaten verloren, Tote und Verwundete zusammengerechnet. Zu den Angaben aus Seoul äußerte sich \
Moskau bis zum Mittag nicht.

Video: Kim bei der Zeremonie in Pjöngjang, 1:45 Min. | Alle Entwicklungen im NTW-Liveticker
""",
    claims=(
        C("Etwa 2000", 2000, "approx", "casualties", "south_korea", "wed",
          "ticker headline 'Seoul:': the lawmaker's figure of the body (today, the publication "
          "day): fallen"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "wed",
          "NIS via a lawmaker, dated by the next sentence ('heute'): killed"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same lawmaker, Konjunktiv: sent in total"),
        C("6.000", 6000, "exact", "near_front", "south_korea", "wed",
          "same sentence 'hinzu kämen' (increment): builders and deminers arriving in Kursk",
          add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state TV 'im August': portraits of fallen soldiers"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August': killed and wounded"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "yday",
          "Zelensky 'gestern Abend' „… weitere“ (increment, span without the word): Moscow "
          "hopes for more", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (UK, US, wire, India, UN)
# ---------------------------------------------------------------------------------------------

K07 = Source(
    article_id="k07_uk_broadsheet_first_losses_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-17"),
    dated_by="html_meta", crlf=True,
    features="UK broadsheet's world section in HTML, windows-1252 with CRLF (typographic quotes "
        "and `›` raw), `article:published_time` with +00:00, a dateline 'Tue 17 Dec 2024 18.12 "
        "GMT', cookie banner with partners, ad-slot sizes in a script, 'Most viewed' list; "
        "standfirst 'Pentagon says hundreds' from Ryder 'late on Monday' (Monday to "
        "publication); JCS 'on Tuesday' „in the hundreds“; Ryder `several hundred` and 'He said "
        "the US believed' `about 11,000`; SSO 'at the weekend'; the UK foreign secretary in the "
        "Commons (other); a photo caption with its own claimant and month (HUR 'in October'); "
        "Russian losses a day, army size, 1953, homes without power, company number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>North Korean troops suffer first heavy losses in Kursk, Seoul says | World news | The \
Meridian</title>
<meta property="og:title" content="North Korean troops suffer first heavy losses in Kursk, \
Seoul says">
<meta property="article:published_time" content="2024-12-17T18:12:00+00:00">
<meta property="article:author" content="https://www.meridian.example/profile/tom-ashdown">
<meta name="keywords" content="North Korea,Russia,Ukraine war,Kursk">
<script>window.mer_ads={slot:"mpu",sizes:"300x250,300x600",section:"world"};</script>
</head>
<body>
<div class="cookie">We use cookies and similar technologies. We and our 811 partners store and \
access information on your device. <a href="/privacy">Manage preferences</a> <button>Yes, I’m \
happy</button></div>
<nav><a href="/">News</a> | <a href="/uk">UK</a> | <a href="/world">World</a> | <a \
href="/world/ukraine">Ukraine</a> | <a href="/environment">Climate crisis</a> | <a \
href="/sport">Sport</a></nav>
<article>
<p class="section">World › Ukraine</p>
<h1>North Korean troops suffer first heavy losses in Kursk, Seoul says</h1>
<p class="standfirst">Pentagon says [[hundreds]] have been killed or wounded as Pyongyang’s \
soldiers are thrown into Russian assaults</p>
<p class="byline">Tom Ashdown in Seoul and Hannah Price in Kyiv</p>
<p class="dateline">Tue 17 Dec 2024 18.12 GMT</p>
<p>North Korean soldiers fighting for Russia have suffered their first significant losses in \
the Kursk region, South Korea’s military has said, as western officials warned that Pyongyang \
was being drawn ever deeper into Vladimir Putin’s war.</p>
<p>The joint chiefs of staff in Seoul said on Tuesday that North Korean units had taken \
casualties “in the [[hundreds]]” since they were sent into frontline assaults earlier this \
month. A spokesperson declined to say how many had been killed.</p>
<p>In Washington, the Pentagon went further. Its press secretary, Maj Gen Pat Ryder, told \
reporters late on Monday that the toll ran to “[[several hundred]]”, a figure that covered \
“everything from lightly wounded to killed in action”. He said the US believed [[about 11,000]] \
North Koreans were now in Kursk, fighting as infantry inside Russian units rather than as a \
separate force.</p>
<p>Ukraine’s special operations forces said at the weekend that they had killed or wounded [[at \
least 50]] North Korean soldiers in three days of fighting around the village of Plekhovo, and \
released drone footage they said showed the aftermath. The claim could not be independently \
verified.</p>
<p>The foreign secretary, David Lammy, told the Commons on Tuesday that North Korea had \
deployed “[[upwards of 10,000]]” troops and that Britain would work with its allies to “make \
Pyongyang pay a price”. The UK sanctioned four North Korean officials and two companies last \
month.</p>
<figure><img src="/img/2024/12/nk-training-far-east.jpg" alt=""><figcaption>North Korean \
soldiers at a training ground in Russia’s far east, in a still released by Ukraine’s military \
intelligence in October, which said [[about 3,000]] were training there at the time. \
Photograph: HUR/AFP</figcaption></figure>
<p>Russia has never formally acknowledged the presence of North Korean troops. Its own losses \
are running at record levels: Britain’s defence ministry estimates that Russia lost more than \
1,500 soldiers killed or wounded on an average day in November.</p>
<p>Analysts say North Korea, whose 1.2 million-strong army has not fought a war since 1953, \
will treat Kursk as a laboratory. “They are learning about drones at a terrible price,” said Dr \
Eleanor Hewitt of the Institute for Security Studies in London.</p>
</article>
<aside><h2>Most viewed</h2><ol><li>Storm Darragh: 86,000 homes still without \
power</li><li>Premier League: five things we learned this weekend</li></ol></aside>
<footer>© 2024 Meridian Media Group. Registered in England and Wales No. 908396.</footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "standfirst 'Pentagon says': Ryder's Monday figure of the body (Monday to "
          "publication): killed or wounded"),
        C("hundreds", None, "vague", "casualties", "south_korea", "tue",
          "JCS 'said on Tuesday' (the publication day), “in the …”: casualties"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Ryder 'told reporters late on Monday': dead and wounded"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "same briefing, 'He said the US believed': now in Kursk"),
        C("at least 50", 50, "at_least", "casualties", "ukraine", "sat..sun",
          "SSO 'said at the weekend': killed or wounded"),
        C("upwards of 10,000", 10000, "at_least", "in_russia", "other", "tue",
          "UK foreign secretary in the Commons 'on Tuesday' (a third government: other): "
          "deployed"),
        C("about 3,000", 3000, "approx", "in_russia", "ukraine", "2024-10-01..2024-10-31",
          "photo caption with its own claimant and date (HUR 'in October'): training in the far "
          "east"),
    ),
)

K08 = Source(
    article_id="k08_us_local_annandale_church_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-10-28"),
    dated_by="front_matter",
    features="US local paper on a Korean-American congregation in Markdown, front matter with "
        "`date:` and a title without a figure, dateline 'ANNANDALE, Va. —'; the lead's `some "
        "15,000` 'by Seoul's count' from the NIS figure the body dates to September; a defector "
        "speaking at Sunday's event ('He believes': other, Sunday to publication); NIS 'told "
        "lawmakers in September' (two figures); a State Department official 'last week'; state "
        "media on the parade's Kursk veterans (returnees: optional); HUR 'this month' 'another "
        "5,000' (increment); attendance, members, ages, Korean Americans in the county, dollars, "
        "meeting time",
    text="""\
---
title: "In Annandale, a church prays for North Korea's soldiers"
date: 2025-10-28
author: Grace Yoon-Mitchell
section: Community
tags: [Annandale, Korean community, North Korea, Ukraine]
---

# In Annandale, a church prays for North Korea's soldiers

*A former North Korean sergeant told a packed fellowship hall what he thinks the war is costing \
the men he once served with.*

ANNANDALE, Va. — More than a year after Kim Jong Un sent his first soldiers to fight for Russia \
— [[some 15,000]] of them by Seoul's count — the war in Ukraine can feel far away on Little \
River Turnpike. But on Sunday evening, the fellowship hall of Open Door Korean Presbyterian \
Church was full.

About 120 people, many of them in their 60s and 70s, came to hear Park Jin-ho, a 38-year-old \
former North Korean army sergeant who defected in 2014 and now drives for a delivery company in \
Centreville. The church, which has about 850 members, organized the evening with the Korean \
American Association of Northern Virginia.

"They are boys from farms and coal towns," Park told the audience in Korean, with a volunteer \
translating. "They are told they will come home heroes. Many come home in boxes, or do not come \
home at all." He believes [[at least 3,000]] of his former comrades have died in Russia, more \
than any government has published, though he said he had no way to check it.

The official figures are lower. South Korea's National Intelligence Service briefed lawmakers \
in September: by its estimate, [[roughly 15,000]] of the North's troops have gone to Russia, \
and [[about 2,000]] of them have died. A senior State Department official, briefing reporters \
in Washington last week, said [[around 10,000]] remained in Russia, most of them now clearing \
mines and rebuilding in the Kursk region.

North Korea has begun to celebrate its soldiers rather than hide them. At the Oct. 10 parade in \
Pyongyang for the 80th anniversary of the ruling Workers' Party, state media said, [[hundreds]] \
of veterans of the Kursk campaign marched in a formation of their own. And Ukraine's military \
intelligence agency said this month that Pyongyang was training another [[5,000]] soldiers for \
a new rotation.

For the people in the hall, the numbers were hard to take in. Kim Soon-ja, 81, was born in \
Hamhung and crossed to the South as a child in December 1950, during the evacuation of the port \
of Hungnam. "Those soldiers could be my family," she said. "My brother stayed behind. I never \
saw him again."

The Rev. Daniel Choi said the church would write to the Ukrainian Embassy asking that North \
Korean prisoners held by Ukraine be allowed to settle in South Korea if they wish. Ukrainian \
officials have said the men want to go.

Fairfax County is home to roughly 40,000 Korean Americans, one of the largest such communities \
on the East Coast. Choi said the congregation had raised $4,200 for Ukrainian refugees since \
2022. The next prayer meeting is set for Nov. 9 at 7 p.m.
""",
    claims=(
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..pub",
          "lead 'by Seoul's count' restating the NIS figure the body dates to September: "
          "September to publication"),
        C("at least 3,000", 3000, "at_least", "casualties", "other", "sun..pub",
          "a North Korean defector at Sunday's event ('He believes'; the talk dates it, Sunday to "
          "publication): died"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea",
          "2025-09-01..2025-09-30",
          "NIS 'briefed lawmakers in September' (month window): gone to Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "same briefing: died"),
        C("around 10,000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "State Department official 'briefing reporters … last week': remain in Russia"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10..2025-10-11",
          "state media on the Oct. 10 parade: Kursk veterans who have come home (returnees fit no "
          "status)", opt=True),
        C("5,000", 5000, "exact", "planned", "ukraine", "2025-10-01..pub",
          "HUR 'said this month': training 'another' (increment, span without the word) for a "
          "new rotation", add=True),
    ),
)

K09 = Source(
    article_id="k09_wire_analysis_year_in_kursk",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-18"), dated_by="sidecar",
    sidecar=(
        "Pacific Newswire",
        "https://www.pacificnewswire.example/world/analysis-year-after-kursk-north-korea-army-2025"
        "-11-18/",
        "ANALYSIS-A year after Kursk, North Korea's army has learned to fight a drone war",
    ),
    features="wire analysis of the year with a year-less dateline 'SEOUL/KYIV, Nov 18 (Pacific "
        "Newswire) -' (sidecar, Tuesday); older figures each with its own month: NIS 'that "
        "month' (October 2024), Rutte 'By December', Zelensky 'In January … put … at', Shoigu "
        "'in June', the NIS 'in September', Kim 'At a ceremony in August' (north_korea); the "
        "NIS 'On Monday' (two figures); HUR 'last week' `up to 20,000 more` (increment); the "
        "wire's own tally (unattributed, required, range); a Seoul researcher (other, `pub`) "
        "with `close to 20,000` next to 'roughly one in three' (fraction); dollars, shells, "
        "Russian losses, army size, credits",
    text="""\
ANALYSIS-A year after Kursk, North Korea's army has learned to fight a drone war

By Min-ji Kwon and Oleksandr Hrytsenko

SEOUL/KYIV, Nov 18 (Pacific Newswire) - When North Korean soldiers first stepped off Russian \
landing ships in Vladivostok in October last year, few military analysts gave them much chance \
on Ukraine's drone-saturated front. A year on, the picture is more complicated.

At first the numbers were small. South Korea's spy agency said that month that [[1,500]] \
special forces troops had been shipped to Russia's Far East. By December, NATO Secretary \
General Mark Rutte was telling reporters that Pyongyang had sent [[more than 10,000]] soldiers \
to the Kursk region, where Ukraine had seized a slice of Russian territory in August.

The first weeks of combat were brutal. In January Ukrainian President Volodymyr Zelenskiy put \
the North's dead and wounded at [[nearly 4,000]], many of them cut down in open fields by \
drones and artillery. Seoul's estimates were lower but moved in the same direction.

Then Pyongyang adapted. After a pause in February, North Korean units returned to the front in \
smaller groups, with their own drone operators and, according to Ukrainian officers, far better \
fieldcraft. Moscow and Pyongyang confirmed the deployment in late April, and in June Sergei \
Shoigu, the secretary of Russia's Security Council, announced that the North would send \
[[6,000]] military builders and deminers to help rebuild Kursk.

South Korea's National Intelligence Service estimated in September that [[about 2,000]] North \
Korean soldiers had been killed. On Monday it told lawmakers that [[about 5,000]] of the \
construction troops were now being moved to Russia in stages, while [[roughly 10,000]] combat \
soldiers remained stationed near the border in Kursk.

Ukraine's military intelligence agency, HUR, said last week that the North could send [[up to \
20,000]] more soldiers next year if the Kremlin asked for them.

North Korea itself acknowledged its losses only in the summer. At a ceremony in August, Kim \
Jong Un told the families of the fallen that "[[hundreds]] of our heroes" had given their lives \
in Kursk, state media reported.

A Pacific Newswire tally of public statements by Seoul, Kyiv and Washington puts North Korea's \
losses over the year at [[between 5,000 and 7,000]] killed and wounded.

LESSONS FOR PYONGYANG

Lee Min-seo, a researcher at the Seoul Institute for Peninsula Studies, puts the total number \
of North Koreans sent to Russia since last October at [[close to 20,000]] and says roughly one \
in three of them came back with direct combat experience. "No other army in Asia has that," she \
said. "For Kim, this is worth more than the money."

The money is not small. Seoul's intelligence agency estimates that Russia has paid the North \
more than $20 billion in cash, oil and technology for troops and munitions, including some 12 \
million artillery shells.

Russia's own losses dwarf those of its ally. Britain's defence ministry puts Russian casualties \
since February 2022 at more than 1.1 million killed and wounded. North Korea's army numbers \
about 1.2 million active soldiers.

(Reporting by Min-ji Kwon in Seoul and Oleksandr Hrytsenko in Kyiv; Editing by Peter Lamarck)
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "NIS 'said that month' (October last year): shipped to the Far East"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "2024-12-01..2024-12-31",
          "Rutte 'By December … was telling reporters' (month window): sent to the Kursk region"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'In January … put … at': dead and wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June … announced': would send builders and deminers"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'estimated in September': killed"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'On Monday it told lawmakers': construction troops being moved to Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "mon",
          "same briefing: stationed near the border in Kursk"),
        C("up to 20,000", 20000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'said last week': could send 'more' (increment)", add=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "Kim 'At a ceremony in August', reported by state media: fallen"),
        C("between 5,000 and 7,000", None, "range", "casualties", "unattributed", "pub",
          "the wire's own tally ('A Pacific Newswire tally of public statements'): killed and "
          "wounded"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "Seoul researcher 'puts the total … at' (present tense, no date): sent since October "
          "2024"),
    ),
)

K10 = Source(
    article_id="k10_india_paper_30000_more_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-22"),
    dated_by="html_meta",
    features="Indian English-language paper in HTML, UTF-8 with BOM (`<meta name=\"date\">` with "
        "+05:30, JSON-LD with a headline without a figure, a top bar 'Tuesday, July 22, 2025' "
        "with a rupee price, privacy notice, ad script); `<title>` figure (optional, increment); "
        "headline 'says Kyiv' `30,000 more` (increment) from HUR's assessment 'made … public on "
        "Monday' (Monday to publication); 'almost triple' (ratio); 'HUR, as the agency is known, "
        "estimated' `about 11,000`; Shoigu 'In "
        "June'; NIS 'on Thursday' (five days before); a retired Indian general heading a think "
        "tank (other, in quotes, `pub`); Indian nationals in the Russian army (recruited, "
        "killed, missing, discharged: not claims), oil barrels, per cent, company number",
    text="""\
<!DOCTYPE html>
<html lang="en-IN">
<head>
<meta charset="utf-8">
<title>North Korea may send [[30,000]] more troops to Russia, says Ukraine - The Deccan \
Ledger</title>
<meta name="date" content="2025-07-22T09:40:00+05:30">
<meta name="news_keywords" content="North Korea, Russia, Ukraine, Kim Jong Un, Indians in \
Russian army">
<meta property="og:site_name" content="The Deccan Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","head\
line":"Kyiv says Pyongyang is preparing a major new \
deployment","datePublished":"2025-07-22T09:40:00+05:30","dateModified":"2025-07-22T11:02:00+05:\
30","publisher":{"@type":"Organization","name":"The Deccan Ledger"}}</script>
<script async src="https://cdn.adserve.example/tag.js?pub=4471"></script>
</head>
<body>
<div class="topbar">Tuesday, July 22, 2025 | e-Paper | Subscribe at ₹99/month</div>
<nav>Home | India | World | Business | Cricket | Entertainment | Opinion</nav>
<div class="gdpr">We value your privacy. This site uses cookies to personalise content and ads. \
<a href="/privacy-policy">Privacy Policy</a> <button>Accept</button></div>
<main>
<h1>North Korea could send [[30,000]] more troops to Russia, says Kyiv</h1>
<p class="sub">Ukraine’s military intelligence says Pyongyang is preparing to almost triple its \
force; New Delhi silent on the report</p>
<p class="by">Aditi Raghunathan | New Delhi</p>
<p>Pyongyang is getting ready to dispatch [[up to 30,000]] additional troops to Russia over the \
next few months, according to Ukraine’s military intelligence agency, which made its assessment \
public on Monday. Such a move would sharply deepen North Korea’s involvement in the \
fighting.</p>
<p>HUR, as the agency is known, estimated that the North already had [[about 11,000]] soldiers \
in Russia, most of them in the Kursk border region, where they helped Moscow’s forces push \
Ukrainian units back across the frontier in the spring. The new contingent could be used for \
assaults inside Ukraine itself, it said.</p>
<p>Russia has spoken only of a smaller deployment. In June, Sergei Shoigu, secretary of \
Russia’s Security Council, said Pyongyang would send [[6,000]] military builders and deminers \
to Kursk. The Kremlin declined to comment on Monday’s report.</p>
<p>South Korea’s National Intelligence Service told lawmakers in Seoul on Thursday that it had \
seen [[about 1,000]] North Korean deminers arrive in Kursk since late June, but could not \
confirm a large new deployment.</p>
<p>Lt Gen (retd) Rakesh Menon, a former director general of military operations who now heads \
the Delhi Institute of Strategic Studies, said the losses suffered by the first contingent, \
“[[nearly 5,000]] killed or wounded, on any honest count”, had not deterred Kim Jong Un. \
“Pyongyang sees this as a school for its army, and Moscow pays the fees,” he told The Deccan \
Ledger.</p>
<h2>Indians in the Russian army</h2>
<p>The report revived concern in New Delhi over Indian nationals recruited by the Russian army. \
The Ministry of External Affairs said this month that 127 Indians had served with Russian \
forces, of whom 12 had been killed and 16 remained missing; 96 have been discharged and brought \
home. India has not commented on North Korea’s role.</p>
<p>India imported about 1.8 million barrels a day of Russian crude oil in June, nearly 40 per \
cent of its total oil imports.</p>
<figure><img src="/images/2025/07/kim-jong-un-parade.jpg" alt="Kim Jong Un"><figcaption>Kim \
Jong Un inspects troops in Pyongyang. File photo: KCNA via Reuters</figcaption></figure>
</main>
<footer>© 2025 The Deccan Ledger Pvt Ltd. All rights reserved. | CIN \
U22121KA1994PTC016453</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "<title> (metadata) restating HUR's Monday figure: 'more' (increment)", add=True,
          opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "headline 'says Kyiv': HUR's Monday figure of the lead (Monday to publication): 'more' "
          "(increment, span without the word)", add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR's assessment 'made … public on Monday': 'additional' (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "same assessment ('HUR, as the agency is known, estimated'): already in Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June': would send builders and deminers"),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "NIS 'on Thursday' (Tuesday article: five days before): deminers arrived in Kursk"),
        C("nearly 5,000", 5000, "approx", "casualties", "other", "pub",
          "retired Indian general heading a think tank (other), in quotes, no date: killed or "
          "wounded"),
    ),
)

K11 = Source(
    article_id="k11_morning_briefing_email_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-11-13"), dated_by="sidecar",
    sidecar=(
        "The Potomac Herald",
        "https://www.potomacherald.example/newsletters/morning-brief/2024/11/13/",
        "Morning Brief: 10,000 North Koreans in the fight; the Fed's next move",
    ),
    features="US paper's morning briefing e-mail in UTF-16 LE with BOM (sidecar, Wednesday), "
        "mail headers with a `Subject:` line carrying the item's figure (a headline: Blinken "
        "'yesterday' to publication); 'It's Wednesday'; Blinken 'yesterday in Brussels'; a U.S. "
        "official 'told us last night' „a few thousand“; lawmakers briefed by the NIS 'last week' "
        "'more … on top of those already in Russia' (increment); Zelensky 'On Nov. 4'; a 'Quote "
        "of the day' from Ukraine's foreign minister 'yesterday'; 'The number: 1.2 million' (army "
        "size), 'another quarter point' (rates, not an increment of troops), per cent, "
        "temperatures, two pandas, quarantine days, reading time, street address",
    text="""\
From: The Potomac Herald <briefing@potomacherald.example>
Subject: Morning Brief: [[10,000]] North Koreans in the fight; the Fed's next move
Date: Wed, 13 Nov 2024 06:02:00 -0500

Good morning. It's Wednesday. Today: North Korea's soldiers enter the war, a quarter point from \
the Fed, and a chilly weekend ahead. This newsletter is a 6-minute read.

1. North Korea's troops are now fighting

For weeks the question was when, not whether. Secretary of State Antony Blinken supplied the \
answer yesterday in Brussels: North Korean soldiers have begun "engaging in combat operations" \
alongside Russian forces in the Kursk region, he said, and [[more than 10,000]] of them are now \
there.

A U.S. official told us last night that the first wave to go into combat numbered "[[a few \
thousand]]" and that more would follow as their training ended. The Pentagon would not confirm \
any casualties.

South Korea's spy agency had seen this coming. Lawmakers briefed by the National Intelligence \
Service said last week that [[around 3,000]] more soldiers could be sent before the end of the \
year, on top of those already in Russia.

In Kyiv, President Volodymyr Zelensky has been sounding the alarm for days. On Nov. 4 he put \
the number of North Koreans gathered near the Ukrainian border at [[11,000]].

The Kremlin, asked about the reports again yesterday, said it had "nothing to add."

Why it matters: North Korea has not fought a war since 1953. Its troops are learning modern \
combat at Ukraine's expense, and Washington worries about what Moscow gives Pyongyang in \
return, from satellite help to submarine technology.

The number: 1.2 million. That's roughly the active-duty strength of North Korea's army, one of \
the largest in the world.

Quote of the day: "We see [[thousands]] of North Korean soldiers lined up in Kursk as cannon \
fodder for Putin." - Ukrainian Foreign Minister Andrii Sybiha, in Brussels yesterday

2. The Fed

Fed officials signaled they are likely to cut rates by another quarter point in December after \
consumer prices rose 2.6 percent over the past year. Markets now put the odds of a cut at about \
80 percent.

3. Weather

A cold front arrives Friday. Expect highs near 52 degrees and lows in the 30s through Sunday.

4. One more thing

The National Zoo's two giant pandas, Bao Li and Qing Bao, will make their public debut in \
January after a 30-day quarantine.

You are receiving this email because you signed up for the Morning Brief. Unsubscribe | Manage \
preferences | The Potomac Herald, 1150 15th St. NW, Washington, DC 20071
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "yday..pub",
          "e-mail subject (a headline): Blinken's figure of item 1 (yesterday to publication): "
          "in the fight"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "yday",
          "Blinken 'yesterday in Brussels': now in the Kursk region"),
        C("a few thousand", None, "vague", "near_front", "united_states", "yday",
          "a U.S. official 'told us last night': the first wave in combat"),
        C("around 3,000", 3000, "approx", "planned", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'last week': could be sent, 'more … on top of those "
          "already in Russia' (increment)", add=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky 'On Nov. 4' (an explicit date): gathered near the border"),
        C("thousands", None, "vague", "near_front", "ukraine", "yday",
          "quote of the day from Ukraine's foreign minister 'yesterday': lined up in Kursk"),
    ),
)

K12 = Source(
    article_id="k12_un_council_session_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-04-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Turtle Bay Report", "",
        "Security Council clashes over North Korean troops after Moscow and Pyongyang confirm "
        "deployment",
    ),
    features="story on a UN Security Council session in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, `--`), front matter without a date (sidecar without url, Tuesday), dateline "
        "'UNITED NATIONS --'; headline 'Seoul tells UN council' from the ambassador's Monday "
        "figure (Monday to publication); ambassadors belong to their governments: South Korea "
        "(`around 4,700` with `some 600` 'of them fatally'), the acting US representative, "
        "Ukraine's ambassador (`as many as 20,000` more: increment); the UK envoy (a third "
        "government: other); Russia's deputy ambassador and North Korea's envoy without a "
        "figure; the 15 members, civilians and children killed, 'two days after', Article 4, a "
        "2017 vote '15-0'",
    text="""\
---
title: "Security Council clashes over North Korean troops after Moscow and Pyongyang confirm \
deployment"
author: Helen Marsh
category: World / United Nations
---

# Seoul tells UN council [[4,700]] North Korean soldiers killed or wounded

*The first public acknowledgement of the deployment by Russia and North Korea turned a routine \
Council meeting on Ukraine into a sharp exchange.*

By Helen Marsh

UNITED NATIONS -- For months the two governments denied it, or simply refused to answer. On \
Monday their diplomats sat at the horseshoe table of the Security Council and defended it.

The 15-member Council met at the request of Ukraine and several European members after North \
Korea's state media confirmed on Monday that Kim Jong Un had ordered troops to Russia to help \
"liberate" the Kursk region, two days after Russia's chief of the general staff, Valery \
Gerasimov, praised their "heroism."

South Korea's ambassador, Park Seong-ho, told the Council that, by Seoul's intelligence \
estimate, [[around 4,700]] of the North's soldiers had been killed or wounded since their first \
battles last autumn, [[some 600]] of them fatally. "These are young men sent to die in a war \
that has nothing to do with their country," he said.

The acting U.S. representative, Linda Carrow, said Pyongyang had sent "[[well over 11,000]]" \
troops and that [[about 3,000]] of them were still in Kursk. Washington, she said, would hold \
both governments to account "for this flagrant violation" of Council resolutions that bar \
military cooperation with North Korea.

Ukraine's ambassador, Oleh Lysenko, said intelligence from Kyiv indicated that North Korea \
could send "[[as many as 20,000]]" more soldiers later this year, and asked the Council to \
"stop pretending this is a bilateral matter." Britain's envoy, Catherine Mayhew, said \
"[[thousands]] of North Koreans have now died or been maimed for a war of aggression that is \
not theirs."

Russia's deputy ambassador, Kirill Obukhov, said the cooperation was lawful under the \
partnership treaty the two countries signed in June last year and dismissed Western figures as \
"fantasies." He gave no number of his own. North Korea's envoy called the meeting "a farce" and \
said the troops had acted under Article 4 of the treaty, which provides for mutual military \
assistance.

Earlier, Assistant Secretary-General Ilse Vandermeer told the Council that at least 12,910 \
civilians had been killed in Ukraine since February 2022, including 673 children, and that \
attacks in April alone had killed 209 civilians.

The Council took no action. Any resolution would face a Russian veto; the last Council \
statement on North Korea to pass unanimously, in 2017, was adopted 15-0.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul tells UN council': the ambassador's Monday figure of the body (Monday "
          "to publication)"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "South Korea's ambassador in Monday's session (an ambassador belongs to his "
          "government): killed or wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'of them fatally' (a breakdown): dead"),
        C("well over 11,000", 11000, "at_least", "in_russia", "united_states", "mon",
          "acting US representative in the session: sent"),
        C("about 3,000", 3000, "approx", "near_front", "united_states", "mon",
          "same speaker: still in Kursk"),
        C("as many as 20,000", 20000, "at_most", "planned", "ukraine", "mon",
          "Ukraine's ambassador: could send 'more' (increment)", add=True),
        C("thousands", None, "vague", "casualties", "other", "mon",
          "UK envoy in the session (a third government: other): died or maimed"),
    ),
)

SOURCES: tuple[Source, ...] = (
    K01, K02, K03, K04, K05, K06,
    K07, K08, K09, K10, K11, K12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
