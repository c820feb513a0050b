"""Build the NINETY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The ninety-sixth corpus for an honest measurement on articles the extractor has never met,
written in session 12 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Mayen daily's
web page with a local aid convoy, a citizens' radio from Hitzacker on the Elbe, a weekly for the
Imst district (Austrian conventions), a Burgdorf paper (Swiss conventions) with a drone lecturer,
a furriers' guild magazine column on the fur trade, a Güstrow student paper on a campus talk; an
Australian daily from Warrnambool with the local RSL, a Rousay (Orkney) community page, a Uinta
Basin paper from Vernal, Utah, an English-language outlet in Valmiera, Latvia, a page from Manono
island in Samoa and a newsletter for the Banjul-Barra ferry's commuters. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the
README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind94_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p94_01_mayener_landbote_konvoi_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Mayen daily's web page in HTML, UTF-8 (`article:published_time` +02:00, Thursday), "
        "a cookie layer about biscuits, an ad-slot script, navigation by Eifel districts, a "
        "footer with an address; `<title>` figure (optional); headline 'Pentagon zählt' from the "
        "spokeswoman's Wednesday figure (Wednesday to publication); the NIS 'am selben Tag' "
        "(Wednesday) with a year-end total (planned) and 'so die Einschätzung des Dienstes' "
        "after the figure; HUR 'am Donnerstagmorgen' (the publication day) `Bis zu 12.000` with "
        "'darunter 500' officers (breakdown); a Mayen political scientist 'sagte unserer "
        "Zeitung' `mehrere zehntausend` (other, planned, undated); Putin without a figure; the "
        "North's army, a storm corps' size, a local aid convoy (vans, generators, sleeping "
        "bags, euros, kilometres, phone number)",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon zählt [[3000]] Nordkoreaner in Russland | Mayener Landbote</title>
<meta property="article:published_time" content="2024-10-24T16:20:00+02:00">
<meta property="og:site_name" content="Mayener Landbote">
<script>var mlbAds={slot:"welt_oben",size:[728,90],kw:["nordkorea","russland"]};</script>
</head>
<body>
<div class="cookie-layer">Bei uns gibt es Kekse, leider nur digitale. Wir und 61 \
Dienstleister legen sie auf Ihrem Gerät ab. <button>Keksdose öffnen</button> \
<button>Ohne Kekse weiterlesen</button></div>
<header><a href="/">Mayener Landbote</a> &middot; <a href="/mayen">Mayen</a> &middot; \
<a href="/vordereifel">Vordereifel</a> &middot; <a href="/pellenz">Pellenz</a> &middot; \
<a href="/welt">Welt</a></header>
<main>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Pentagon zählt [[3000]] Nordkoreaner in Russland</h1>
<p class="teaser">Washington bestätigt, was Seoul seit Tagen behauptet. Kiew spricht von noch \
viel mehr Soldaten &ndash; und in Mayen belädt ein Verein die nächsten Transporter.</p>
<p>Erstmals nennen die Vereinigten Staaten eine Größenordnung: [[Mindestens 3000]] \
nordkoreanische Soldaten seien in den Osten Russlands gebracht worden, erklärte \
Pentagon-Sprecherin Sabrina Singh am Mittwoch in Washington. Sie würden dort auf drei \
Übungsplätzen ausgebildet. Wozu genau, wisse man noch nicht; &bdquo;sehr beunruhigend&ldquo; \
sei der Vorgang in jedem Fall.</p>
<p>Ganz ähnlich hatte sich am selben Tag der südkoreanische Auslandsgeheimdienst NIS geäußert. \
Abgeordnete, die nach einer nichtöffentlichen Sitzung in Seoul vor die Presse traten, gaben \
dessen Erkenntnisse weiter: Bisher seien [[etwa 3000]] Mann in zwei Schüben per Schiff nach \
Wladiwostok gelangt. Bis Jahresende könnten es [[rund 10.000]] werden, so die Einschätzung des \
Dienstes.</p>
<p>Kiew geht deutlich weiter. Der ukrainische Militärgeheimdienst HUR teilte am \
Donnerstagmorgen mit, erste nordkoreanische Einheiten seien schon am Vortag im Gebiet Kursk \
eingetroffen, unweit der Grenze. Insgesamt bilde Russland [[bis zu 12.000]] Soldaten aus dem \
Land aus, darunter [[500]] Offiziere. Man kenne ihre Ausrüstung und ihre Standorte, hieß es in \
der Mitteilung.</p>
<p>Moskau dementiert nicht mehr ausdrücklich. Präsident Wladimir Putin sagte beim Brics-Gipfel \
in Kasan lediglich, was Russland mit Pjöngjang vereinbare, sei &bdquo;unsere Sache&ldquo;. \
Nordkoreas Armee zählt rund 1,2 Millionen Soldaten; allein das gefürchtete Sturmkorps soll \
etwa 40.000 Mann umfassen.</p>
<p>Der Mayener Politikwissenschaftler Jochen Ferber, der lange in Koblenz über Ostasien gelehrt \
hat, hält die bisherigen Zahlen für einen Anfang. &bdquo;Wenn der Kreml zahlt, stehen in einem \
halben Jahr [[mehrere zehntausend]] Nordkoreaner an der Front&ldquo;, sagte er unserer \
Zeitung.</p>
<h2>Mayen hilft: Zwölfter Konvoi ist unterwegs</h2>
<p>Der Verein Mayen hilft der Ukraine hat am Mittwoch seinen zwölften Hilfstransport \
losgeschickt. Sechs Transporter mit 38 Stromerzeugern, 400 Schlafsäcken und Medikamenten für \
rund 22.000 Euro fahren die knapp 1.900 Kilometer bis Lwiw. Vorsitzende Marlies Hürter bittet \
um Spenden, Telefon 02651 487390.</p>
</main>
<footer>&copy; 2024 Mayener Landbote Verlags-GmbH &middot; Marktplatz 7, 56727 Mayen &middot; \
<a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/mlb-consent.min.js?v=3.4.1"></script>
</body>
</html>
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("3000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "headline 'Pentagon zählt': the spokeswoman's Wednesday figure of the lead (Wednesday "
          "to publication): brought to Russia"),
        C("Mindestens 3000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Pentagon spokeswoman 'am Mittwoch' (Thursday article), Konjunktiv: brought to eastern "
          "Russia"),
        C("etwa 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am selben Tag' (Wednesday), relayed by lawmakers: reached Vladivostok"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "same NIS assessment ('so die Einschätzung des Dienstes' after the figure): could be "
          "by year-end"),
        C("bis zu 12.000", 12000, "at_most", "in_russia", "ukraine", "thu",
          "HUR 'am Donnerstagmorgen' (the publication day), Konjunktiv: being trained in Russia"),
        C("500", 500, "exact", "in_russia", "ukraine", "thu",
          "'darunter' officers among those trained (a breakdown, not an increment)"),
        C("mehrere zehntausend", None, "vague", "planned", "other", "pub",
          "Mayen political scientist 'sagte unserer Zeitung', undated: would be at the front in "
          "half a year (a forecast: planned)"),
    ),
)

P02 = Source(
    article_id="p94_02_radio_elbufer_hitzacker_verluste",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Elbufer",
        "https://www.radio-elbufer.example/nachrichten/2024/12/21/nordkorea-verluste-kursk",
        "Seoul meldet erste Tote unter Nordkoreas Soldaten",
    ),
    features="citizens' radio web text from Hitzacker (Elbe) as plain text, UTF-16 LE with BOM "
        "and CRLF (sidecar, Saturday); headline 'Seoul meldet' from the NIS figure of Thursday "
        "(Thursday to publication); an MP relays the NIS 'am Donnerstag' with `knapp 1.000 "
        "weitere` wounded (the others of the same event: not an increment); Konjunktiv carries "
        "the claimant ('hieß es weiter', 'gehe der Dienst … aus'); the General Staff 'Tags "
        "darauf' after Zelensky's Monday address (Monday–Tuesday); an anonymous White House "
        "official 'Am Mittwoch'; a Lüneburg political scientist 'Im Gespräch mit Radio Elbufer' "
        "`noch einmal 5.000 bis 6.000` (other, range, increment, undated); the North's army, "
        "the Elbe's water level, market stalls, a phone number and a frequency",
    text="""\
Radio Elbufer - Bürgerradio für Hitzacker, Dannenberg und die Elbtalaue

NACHRICHTEN | WELT

Seoul meldet [[100]] tote Nordkoreaner

Erstmals gibt es eine Zahl: Südkoreas Geheimdienst hat die Verluste unter den \
nordkoreanischen Soldaten in Russland beziffert. Was bekannt ist, im Überblick.

Von Henrike Lassen

Bei den Kämpfen im westrussischen Gebiet Kursk sind nach Einschätzung des südkoreanischen \
Nachrichtendienstes NIS [[rund 100]] Soldaten aus Nordkorea ums Leben gekommen. Verwundet \
wurden demnach [[knapp 1.000]] weitere. Das berichtete der Abgeordnete Lee Seong-kweun am \
Donnerstag, nachdem der Dienst den Geheimdienstausschuss des Parlaments in Seoul unterrichtet \
hatte.

Die Nordkoreaner würden offenbar als Sturmtruppen verheizt, mit dem flachen, offenen Gelände \
und den ständigen Drohnenangriffen seien sie überfordert. An vorderster Linie kämpften \
inzwischen [[mehrere tausend]] von ihnen, hieß es weiter. Insgesamt gehe der Dienst nach wie \
vor von [[etwa 11.000]] Soldaten aus, die Pjöngjang seit Oktober nach Russland geschickt habe.

Aus Kiew kommen höhere Zahlen. Präsident Wolodymyr Selenskyj hatte am Montagabend in seiner \
Videoansprache von "spürbaren Verlusten" der Nordkoreaner gesprochen. Tags darauf legte der \
ukrainische Generalstab nach: [[Mehrere hundert]] von ihnen seien bei Sturmangriffen auf \
ukrainische Stellungen getötet oder verwundet worden.

Das Pentagon hatte schon zu Wochenbeginn eingeräumt, dass es Tote gibt, aber keine Zahl \
genannt. Am Mittwoch wurde ein ranghoher Beamter des Weißen Hauses deutlicher. Es handle sich \
um "[[Hunderte]]" Gefallene und Verwundete, sagte er in Washington vor Journalisten, die seinen \
Namen nicht nennen durften. Der Kreml äußert sich zu alledem nicht.

Die Lüneburger Politikwissenschaftlerin Anja Brettschneider, die an der Leuphana zu Ostasien \
forscht, hält die Angaben aus Seoul für eher vorsichtig. Im Gespräch mit Radio Elbufer sagte \
sie, Kim Jong Un werde die Lücken auffüllen: "Ich rechne damit, dass im Frühjahr noch einmal \
[[5.000 bis 6.000]] Mann kommen." Mit geschätzt 1,2 Millionen aktiven Soldaten könne sich \
Nordkorea das leisten.

Und sonst in der Elbtalaue: Der Pegel der Elbe in Hitzacker lag am Freitagmittag bei 2,31 \
Metern. Der Weihnachtsmarkt auf der Stadtinsel ist am Sonntag ab 11 Uhr geöffnet, 42 Stände \
haben sich angemeldet.

Sie haben ein Thema für uns? Redaktion: 05862 983140 | UKW 88,0 und im Livestream
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul meldet': the NIS figure of the lead, relayed on Thursday (Thursday to "
          "publication): dead"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "NIS 'nach Einschätzung', dated by the MP's report 'am Donnerstag' two sentences on: "
          "killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'knapp 1.000 weitere' wounded: the other victims of the same fighting (not an "
          "increment)"),
        C("mehrere tausend", None, "vague", "near_front", "south_korea", "thu",
          "Konjunktiv 'hieß es weiter' (same briefing): fighting in the front line"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'gehe der Dienst … aus' (same briefing): sent to Russia since October"),
        C("Mehrere hundert", None, "vague", "casualties", "ukraine", "2024-12-16..2024-12-17",
          "General Staff 'Tags darauf' after Zelensky's Monday address (anchor to resolved "
          "day): killed or wounded"),
        C("Hunderte", None, "vague", "casualties", "united_states", "wed",
          "anonymous senior White House official 'Am Mittwoch' (previous sentence), quoted: "
          "dead and wounded"),
        C("5.000 bis 6.000", None, "range", "planned", "other", "pub",
          "Lüneburg political scientist 'Im Gespräch mit Radio Elbufer' (undated): 'noch "
          "einmal' (increment) expected in spring", add=True),
    ),
)

P03 = Source(
    article_id="p94_03_oberlaender_rundschau_imst_feber",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-06"),
    dated_by="dateline",
    features="weekly for the Imst district (Austria) as plain text, ISO-8859-1 with straight "
        "quotes, dateline 'Imst, 06.02.2025' (Thursday); `Jänner`, `Feber`, `heuer`; the SSO "
        "spokesman 'am Montag' to AP with `an die 4.000` (approx) dead and wounded and a "
        "contingent `von insgesamt rund 11.000` (in Russia), Konjunktiv; the NIS 'Mitte Jänner' "
        "(days 11-20); Zelensky 'am 11. Jänner' `zwei` captured (number word); a State "
        "Department spokesman 'am Dienstag' with 'Nach amerikanischer Einschätzung' in the next "
        "sentence; a retired Bundesheer colonel 'sagt' `zusätzlich ein paar tausend` (other, "
        "increment, present tense); his age, UN mission years, overnight stays, per cent, a "
        "glacier railway's skier count",
    text="""\
OBERLÄNDER RUNDSCHAU - Wochenzeitung für den Bezirk Imst
Welt & Tirol

Kursk: Nordkoreaner verschwinden von der Front

Nach schweren Verlusten im Jänner hat Russland die Soldaten Kim Jong Uns offenbar aus den \
Kämpfen genommen. Ein pensionierter Offizier aus Imst hält das für eine Atempause.

Imst, 06.02.2025 - Schon seit rund zwei Wochen sind den Ukrainern im Raum Kursk keine \
nordkoreanischen Soldaten mehr begegnet. Das sagte Oleksandr Kindratenko, Sprecher der \
ukrainischen \
Spezialeinsatzkräfte, am Montag der Nachrichtenagentur AP. Die Truppen aus Pjöngjang hätten \
zuvor "gewaltige Verluste" erlitten: nach seiner Rechnung [[an die 4.000]] Tote und Verletzte, \
bei einem Kontingent von insgesamt [[rund 11.000]] Mann, das Nordkorea im Herbst nach Russland \
verlegt habe.

Südkoreas Nachrichtendienst NIS war Mitte Jänner auf niedrigere Zahlen gekommen. Demnach waren \
bis dahin [[etwa 300]] Nordkoreaner gefallen und [[2.700]] verwundet worden. Die Abgeordneten, \
die der Dienst damals unterrichtete, berichteten auch von Soldaten, die sich lieber selbst \
töteten, als sich gefangen nehmen zu lassen.

Präsident Wolodymyr Selenskyj hatte am 11. Jänner bekanntgegeben, dass ukrainische Truppen \
[[zwei]] nordkoreanische Soldaten lebend gefasst hätten; Videos ihrer Vernehmung gingen um die \
Welt.

Auch Washington registriert den Rückzug. Ein Sprecher des US-Außenministeriums bestätigte ihn \
am Dienstag bei seinem täglichen Briefing. Nach amerikanischer Einschätzung seien seit Dezember \
[[mehr als 1.000]] Nordkoreaner in Kursk gefallen.

Oberst a. D. Walter Gstrein aus Imst, von 1994 bis 1996 mit dem Bundesheer auf den Golanhöhen, \
glaubt nicht an ein Ende des Einsatzes. "Die Russen brauchen Infanterie, und Kim braucht \
Devisen", sagt der 71-Jährige. Er wäre nicht überrascht, wenn heuer im Frühjahr zusätzlich \
[[ein paar tausend]] frisch ausgebildete Nordkoreaner an die Front kämen. "Die haben aus dem \
Winter gelernt, vor allem, was die Drohnen betrifft."

Gstrein hält am 20. Feber um 19.30 Uhr im Stadtsaal einen Vortrag über den Krieg; der Eintritt \
ist frei.

Kurz notiert: Der Tourismusverband Imst meldet für den Jänner ein Nächtigungsplus von 4,2 \
Prozent. Die Gletscherbahn im hinteren Pitztal zählte im selben Monat gut 48.000 Skifahrer.
""",
    claims=(
        C("an die 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "SSO spokesman 'am Montag' to AP, Konjunktiv ('nach seiner Rechnung'): dead and "
          "wounded ('an die' as approx)"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "same statement: the whole contingent 'nach Russland verlegt'"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (days 11-20), 'Demnach': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same estimate: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'am 11. Jänner': captured alive (number word)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "tue",
          "State Department spokesman 'am Dienstag' (previous sentence), 'Nach amerikanischer "
          "Einschätzung', Konjunktiv: fallen"),
        C("ein paar tausend", None, "vague", "planned", "other", "pub",
          "retired Bundesheer colonel, present tense 'sagt', 'wäre nicht überrascht': "
          "'zusätzlich' (increment) at the front in spring", add=True),
    ),
)

P04 = Source(
    article_id="p94_04_burgdorfer_tagblatt_eingestaendnis_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-29"),
    dated_by="front_matter", crlf=True,
    features="Burgdorf paper (Swiss conventions) in Markdown, windows-1252 with CRLF, front "
        "matter with `date:` (Tuesday) and a title without a figure; `ss` (no sharp s), «», "
        "`15'000`, `11'000`, 4-digit `4700`/`3000`; Gerasimov 'Am Samstag' and KCNA 'Am Montag' "
        "without a figure; the NIS spokesman 'am Montag' with a total, a casualty count and "
        "'darunter 600 Tote' (breakdown); Rubio 'nach seinen Worten' undated `Tausende` (fought: "
        "near the front); HUR 'Nach Angaben' after Zelensky's Monday evening post (undated: "
        "`pub`); Rutte 'im Februar' (month); a Burgdorf drone lecturer 'schätzt' `erneut 6000 "
        "bis 8000` (other, range, increment, present tense); students, francs, Russian losses",
    text="""\
---
title: "Moskau und Pjöngjang geben den Einsatz in Kursk zu"
date: 2025-04-29
ressort: Ausland
autorin: Beatrice Lüthi
---

# Moskau und Pjöngjang geben den Einsatz in Kursk zu

**Monatelang schwiegen beide Regierungen. Nun loben sie die «Heldentaten» der \
nordkoreanischen Soldaten – und Seoul legt neue Verlustzahlen vor.**

Zuerst der Generalstabschef in Moskau, dann die Staatsmedien in Pjöngjang: Innert dreier Tage \
haben Russland und Nordkorea bestätigt, was Nachrichtendienste seit dem Herbst berichten. Am \
Samstag dankte Waleri Gerassimow in einer Videoschaltung mit Präsident Wladimir Putin den \
«koreanischen Genossen», die bei der Rückeroberung des Gebiets Kursk geholfen hätten. Eine Zahl \
nannte er nicht. Am Montag zog die Nachrichtenagentur KCNA nach: Kim Jong Un habe die Entsendung \
gestützt auf den Beistandspakt mit Moskau angeordnet.

Seoul nutzte die Gelegenheit für eine neue Bilanz. Pjöngjang habe seit dem Herbst [[rund \
15'000]] Mann nach Russland verlegt, erklärte ein Sprecher des Nachrichtendienstes NIS am Montag. \
[[Etwa 4700]] davon seien inzwischen tot oder verwundet, darunter [[600]] Gefallene.

In Washington sprach Aussenminister Marco Rubio von einer «bemerkenswerten Offenheit». Die USA \
gehen nach seinen Worten davon aus, dass [[Tausende]] Nordkoreaner in Kursk an der Front \
gestanden haben.

Kiew reagierte gereizt. Das Eingeständnis beweise, dass Russland diesen Krieg nicht mehr allein \
führen könne, schrieb Präsident Wolodymyr Selenskyj am Montagabend. Nach Angaben seines \
Militärgeheimdienstes stehen weiterhin [[bis zu 3000]] Nordkoreaner im Grenzgebiet zur \
ukrainischen Region Sumy.

Die Nato hatte ihre Schätzung schon früher öffentlich gemacht. Generalsekretär Mark Rutte \
sprach im Februar in Brüssel von «[[mehr als 11'000]]» Soldaten, die Pjöngjang geschickt habe.

## Drohnen als Lehrmeister

Lukas Wälti unterrichtet an der Berner Fachhochschule in Burgdorf, wo rund 1700 Studierende \
eingeschrieben sind, zu unbemannten Systemen. Er sieht die Nordkoreaner als gelehrige Schüler \
im Drohnenkrieg. «Die ersten Wochen waren ein Desaster für sie, danach haben sie sich \
angepasst», sagt er. Eine Aufklärungsdrohne von der Stange koste keine 400 Franken, das habe \
man in Pjöngjang begriffen. Wälti schätzt, dass Kim im Sommer erneut [[6000 bis 8000]] Mann \
nach Russland schicken wird, «um die Erfahrung in der Armee breiter zu verteilen».

Kiew wiederum beziffert die russischen Ausfälle auf über 1000 Mann pro Tag; unabhängig \
bestätigen lässt sich das nicht.
""",
    claims=(
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "NIS spokesman 'am Montag' after the figure, Konjunktiv: moved to Russia since autumn"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "next sentence, Konjunktiv 'davon seien' (same spokesman): dead or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "mon",
          "'darunter 600 Gefallene' (a breakdown of the casualties, not an increment)"),
        C("Tausende", None, "vague", "near_front", "united_states", "pub",
          "Rubio 'nach seinen Worten' (present 'gehen davon aus', no date): stood at the front "
          "in Kursk"),
        C("bis zu 3000", 3000, "at_most", "near_front", "ukraine", "pub",
          "'Nach Angaben seines Militärgeheimdienstes' (HUR, present tense, no date of its own): "
          "in the border area with Sumy"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "nato", "2025-02-01..2025-02-28",
          "Rutte 'im Februar in Brüssel' «…»: sent"),
        C("6000 bis 8000", None, "range", "planned", "other", "pub",
          "Burgdorf drone lecturer 'schätzt' (present, undated): 'erneut' another contingent "
          "(increment) in summer", add=True),
    ),
)

P05 = Source(
    article_id="p94_05_kuerschner_journal_rauchwaren_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-08"),
    dated_by="sidecar",
    sidecar=(
        "Kürschner-Journal",
        "https://www.kuerschner-journal.example/zeitgeschehen/2025-07-rauchwaren-und-krieg",
        "Blick über den Werktisch: Rauchwaren, Sanktionen und ein Krieg ohne Ende",
    ),
    features="furriers' guild magazine column in Markdown, UTF-8 with BOM, front matter without "
        "a date (sidecar, Tuesday); Shoigu 'Im Juni' (month) with a total and 'Darunter seien "
        "1.000' deminers (breakdown, planned); HUR 'Anfang Juli' `bis zu 30.000 zusätzlichen` "
        "(increment; days 1-8); the JCS via Yonhap 'am Donnerstag'; Rutte 'Ende Juni' at the "
        "summit in The Hague „weit mehr als 14.000“ (at_least); the columnist's own recollection "
        "of the winter `Tausende` (unattributed, required); a Leipzig fur trader's remark "
        "without a figure; sable pelts, auction lots, euros, per cent, degrees, guild members",
    text="""\
---
title: "Blick über den Werktisch: Rauchwaren, Sanktionen und ein Krieg ohne Ende"
rubrik: Zeitgeschehen
heft: "7/2025"
---

# Blick über den Werktisch

*Unsere Kolumne zu Themen jenseits von Nerz und Nadel. Diesmal: was der Krieg im Osten mit \
dem Rauchwarenhandel macht – und was nicht.*

Wer in diesen Wochen mit Kollegen aus der Leipziger Brühl-Tradition telefoniert, hört vor allem \
eines: Russische Zobel sind für uns praktisch verschwunden. Auf der Frühjahrsauktion in Sankt \
Petersburg wurden nach Branchenberichten gut 38.000 Zobelfelle angeboten, im Schnitt zu 92 Euro \
das Stück – gekauft haben fast nur Händler aus China, der Türkei und, so wird erzählt, zwei \
Einkäufer aus Pjöngjang.

Dass Nordkorea inzwischen mehr ist als ein Kunde Moskaus, hat sich auch bis in unsere \
Werkstätten herumgesprochen. Den ganzen letzten Winter über lagen [[Tausende]] nordkoreanische \
Soldaten im Gebiet Kursk in Stellungen, in Tarnjacken, die für minus 20 Grad nicht gemacht \
waren. Pelzmützen hat ihnen, soweit wir wissen, niemand genäht.

Im Juni reiste Sergej Schoigu, inzwischen Chef des russischen Sicherheitsrats, erneut nach \
Pjöngjang. Mitgebracht hat er eine Zusage, die er selbst vor Kameras verkündete: Nordkorea \
werde [[6.000]] Pioniere und Bausoldaten schicken, die im Gebiet Kursk Minen räumen und \
zerstörte Brücken und Häuser wieder aufbauen sollen. Darunter seien [[1.000]] Minenräumer.

Nach Ansicht des ukrainischen Militärgeheimdienstes HUR bleibt es nicht dabei. Pjöngjang \
bereite die Entsendung von [[bis zu 30.000]] zusätzlichen Soldaten vor, teilte der Dienst \
Anfang Juli mit; die ersten könnten schon im Spätsommer eintreffen. Schon jetzt stünden \
[[knapp 12.000]] Nordkoreaner in Russland, hieß es.

Seoul klingt vorsichtiger. Nach Einschätzung des südkoreanischen Generalstabs halten sich \
derzeit [[rund 11.000]] nordkoreanische Soldaten in der Region Kursk auf, meldete die \
Nachrichtenagentur Yonhap am Donnerstag. Hinweise auf eine große neue Welle gebe es bisher \
keine. Die Nato wiederum sprach Ende Juni auf ihrem Gipfel in Den Haag von „[[weit mehr als \
14.000]]“ Nordkoreanern, die Russland bisher geschickt worden seien; so formulierte es \
Generalsekretär Mark Rutte.

Was heißt das für uns? Wenig, sagt ein Leipziger Rauchwarenhändler, der seit 1991 im Geschäft \
ist: „Russland war für uns schon vor dem Krieg nur noch ein Randmarkt.“ Die Sanktionen der EU \
gegen russische Pelzexporte gelten unverändert, der Import ist seit 2022 untersagt.

Unsere Innung zählt derzeit 214 Mitglieder, acht weniger als vor einem Jahr. Der Umsatz der \
Betriebe lag 2024 nach unserer Umfrage um 6 Prozent unter dem Vorjahr.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the columnist's own recollection of last winter, no source (required, as an outlet's "
          "own framing before): in positions in the Kursk region"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni' in Pyongyang, announced himself, Konjunktiv 'werde … schicken': "
          "engineers and construction soldiers"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Darunter seien 1.000 Minenräumer' (a breakdown of the 6.000)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-08",
          "HUR 'Anfang Juli' (days 1-10, up to publication): 'zusätzlichen' (increment)",
          add=True),
        C("knapp 12.000", 12000, "approx", "in_russia", "ukraine", "2025-07-01..2025-07-08",
          "same HUR statement, 'hieß es' after the figure: already in Russia"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "the JCS ('Generalstab') as reported by Yonhap 'am Donnerstag': in the Kursk region"),
        C("weit mehr als 14.000", 14000, "at_least", "in_russia", "nato",
          "2025-06-21..2025-06-30",
          "Rutte 'Ende Juni' at the summit in The Hague „…“ (named after the quote): sent"),
    ),
)

P06 = Source(
    article_id="p94_06_campusbote_guestrow_denkmal_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-14"),
    dated_by="sidecar",
    sidecar=(
        "Campusbote Güstrow", "",
        "Nach dem Eingeständnis: Wie viele Nordkoreaner kämpfen noch?",
    ),
    features="Güstrow student paper in HTML, ISO-8859-1 (umlauts raw, quotes and dashes as "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`), no meta date (sidecar without url, "
        "Wednesday), a consent note, navigation, a footer with a room number; KCNA 'Ende April' "
        "without a figure; the NIS 'Ende April' (days 21-30) via Yonhap with a total and "
        "casualties; the Pentagon 'Anfang Mai' „einige tausend“ (days 1-10); Zelensky 'am "
        "Freitag' `weitere` (increment); a Rostock political scientist 'am Dienstagabend' in a "
        "lecture hall `zwischen 3.000 und 5.000` (other, range); attendance, canteen prices, "
        "seminar credits, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Campusbote G&uuml;strow &ndash; Wie viele Nordkoreaner k&auml;mpfen noch?</title>
<link rel="stylesheet" href="/assets/campusbote.css">
</head>
<body>
<div id="consent">Wir speichern nur, was wir für die Statistik brauchen &ndash; versprochen. \
<button>Na gut</button> <button>Nein danke, ich lese analog</button></div>
<nav><a href="/">Start</a> | <a href="/campus">Campus</a> | <a href="/stadt">Stadt</a> | \
<a href="/welt">Welt</a> | <a href="/mitmachen">Mitmachen</a></nav>
<article>
<h1>Nach dem Eingeständnis: Wie viele Nordkoreaner kämpfen noch?</h1>
<p class="lead">Moskau und Pjöngjang haben den Einsatz zugegeben, Kim lässt ein Denkmal bauen. \
Bei einem Vortrag im Hörsaal 3 ging es am Dienstagabend um die Frage, was die Zahlen taugen.</p>
<p>Ende April meldete die Nachrichtenagentur KCNA, Kim Jong Un wolle in Pjöngjang ein Denkmal \
für die &bdquo;Helden von Kursk&ldquo; errichten lassen. Wie viele Soldaten gefallen sind, \
stand in der Meldung nicht.</p>
<p>Südkoreas Auslandsgeheimdienst NIS ist da weniger zurückhaltend. Wie die Agentur Yonhap Ende \
April berichtete, schätzt der Dienst, dass Nordkorea bislang [[etwa 15.000]] Soldaten nach \
Russland entsandt hat. Davon seien [[rund 4.700]] getötet oder verwundet worden, [[etwa \
600]] von ihnen tödlich.</p>
<p>Aus dem Pentagon hieß es Anfang Mai, im Raum Kursk hielten sich noch &bdquo;[[einige \
tausend]]&ldquo; Nordkoreaner auf. Der ukrainische Präsident Wolodymyr Selenskyj warnte am \
Freitag, in Nordkorea stünden [[bis zu 6.000]] weitere Mann zum Abmarsch bereit; sie könnten \
auch auf ukrainischem Boden eingesetzt werden.</p>
<p>Dr. Katrin Olschewski, Politikwissenschaftlerin aus Rostock, hält vor allem die \
Verlustzahlen für zu niedrig. Vor etwa 60 Zuhörerinnen und Zuhörern sagte sie am \
Dienstagabend, nach ihrer Auswertung ukrainischer Drohnenvideos und russischer Todesanzeigen \
seien [[zwischen 3.000 und 5.000]] Nordkoreaner ums Leben gekommen. &bdquo;Seoul zählt nur, \
was es sicher belegen kann&ldquo;, sagte sie.</p>
<p>Olschewski, die von 2016 bis 2019 in Seoul studiert hat, warnte zugleich davor, jede Zahl \
zu glauben. Manche Kanäle behaupteten, es seien [[100.000]] Nordkoreaner im Land; das sei \
Unsinn.</p>
<p>Der Vortrag war Teil der Ringvorlesung &bdquo;Krieg und Öffentlichkeit&ldquo;, für die \
Studierende zwei Leistungspunkte erhalten. Nächster Termin: 27. Mai, 18 Uhr. Die Mensa hat bis \
19 Uhr geöffnet, das Abendessen kostet 3,40 Euro.</p>
</article>
<footer>Campusbote Güstrow &middot; Redaktion Haus 4, Raum 112 &middot; &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'schätzt' as reported by Yonhap 'Ende April' (days 21-30): sent"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same estimate, Konjunktiv 'Davon seien': killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'von ihnen tödlich' (a breakdown of the casualties): dead"),
        C("einige tausend", None, "vague", "near_front", "united_states",
          "2025-05-01..2025-05-10",
          "'Aus dem Pentagon hieß es Anfang Mai' (days 1-10) „…“: in the Kursk area"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "fri",
          "Zelensky 'am Freitag' (Wednesday article): 'weitere' (increment) ready to leave",
          add=True),
        C("zwischen 3.000 und 5.000", None, "range", "casualties", "other", "tue",
          "Rostock political scientist at the lecture 'am Dienstagabend': died"),
        C("100.000", 100000, "exact", "in_russia", "other", "pub",
          "'Manche Kanäle behaupteten' (unnamed channels, dismissed as nonsense by the "
          "speaker): a rumour, optional", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p94_07_south_west_sentinel_rsl",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-15"),
    dated_by="dateline",
    features="Warrnambool (Victoria) daily as plain text, windows-1252 with curly quotes and "
        "em dashes, dateline 'WARRNAMBOOL, 15 November 2024' (Friday), Australian spelling; "
        "deck from the State Department's Wednesday figure (Wednesday to publication); an MP "
        "briefed by the NIS 'on Wednesday' with 'according to' after the figure; Budanov 'on "
        "Monday' with groups of 40 to 50 (unit size, no claim); Penny Wong 'on Tuesday' "
        "„thousands“ (a third government: other); a Deakin lecturer `another 5,000 or more` "
        "(span without 'another', hedge after the number; other, increment, undated); a "
        "94-year-old veteran, Australians in the Korean War, years, students, a phone number",
    text="""\
THE SOUTH-WEST SENTINEL
World

North Korean troops enter the fight in Kursk
US counts [[10,000]] of Kim’s soldiers in Russia as district veterans remember Korea

WARRNAMBOOL, 15 November 2024 — North Korean soldiers have gone into battle against Ukrainian \
forces inside Russia, Washington said this week, news that has stirred old memories among the \
few Korean War veterans still living in the south-west.

State Department spokesman Matthew Miller told reporters on Wednesday that [[more than 10,000]] \
North Korean troops had been shipped to Russia’s east, and that most of them had since moved \
west to the Kursk region. Some, he said, had “begun engaging in combat”.

Seoul has drawn the same conclusion. In a closed session on Wednesday, South Korea’s National \
Intelligence Service told members of parliament that [[some 11,000]] soldiers had arrived from \
the North since October, according to Park Sun-won, who sits on the intelligence committee. He \
said the agency believed some of them were already fighting.

Ukraine’s military intelligence chief, Kyrylo Budanov, went further on Monday. By his count the \
Kursk \
region now held [[roughly 11,000]] of the North’s soldiers, folded into Russian marine and \
airborne units in groups of 40 to 50. The Pentagon had said on 4 November that [[about \
8,000]] of them were in Kursk.

Foreign Minister Penny Wong said on Tuesday that sending “[[thousands]] of North Korean \
soldiers” to fight in Europe was a “dangerous escalation” that Australia would raise with \
partners in the region.

Dr Helen Marr, who teaches Korean politics at Deakin University’s Warrnambool campus, expects \
Pyongyang to follow up quickly. “Kim has made his bet. I’d be surprised if we didn’t see \
another [[5,000 or more]] go before the northern winter is out,” she said. The campus has about \
1,100 students.

At the Warrnambool RSL on Monday, 94-year-old Ron Pickering laid a wreath for Remembrance Day, \
one of three Korean War veterans left in the district. He went to Korea in 1951 with the 3rd \
Battalion, Royal Australian Regiment.

“We were fighting the Chinese and the North Koreans in the snow, and now their grandsons are \
freezing in Russia,” he said. “Nobody learns anything.”

About 17,000 Australians served in the Korean War; 340 of them were killed.

The RSL’s Christmas appeal runs until 20 December. Donations: (03) 5562 0418.
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "wed..pub",
          "deck 'US counts': the State Department's Wednesday figure of the body (Wednesday to "
          "publication): in Russia"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "wed",
          "State Department spokesman 'on Wednesday': shipped to Russia's east"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS in a closed session 'on Wednesday', 'according to' the MP after the figure: "
          "arrived"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "Budanov 'on Monday' (preceding sentence), 'By his count': in the Kursk region"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "2024-11-04",
          "Pentagon 'on 4 November' (an explicit date, pluperfect): in Kursk"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Australia's foreign minister 'on Tuesday' (a third government: other): sending … to "
          "fight"),
        C("5,000 or more", 5000, "at_least", "planned", "other", "pub",
          "Deakin lecturer 'expects', quoted, undated: 'another' (increment; span without the "
          "word, hedge after the number)", add=True),
    ),
)

P08 = Source(
    article_id="p94_08_rousay_roundabout_prisoners_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-15"),
    dated_by="front_matter", crlf=True,
    features="Rousay (Orkney) community page in Markdown, ISO-8859-1 with CRLF, straight quotes, "
        "`--` and `£`, front matter with `date:` (Wednesday); Zelensky 'On Saturday' `two` "
        "captured (number word) and 'A day later' without a figure; lawmakers 'on Monday' "
        "after a briefing, 'reckons' (NIS); Zelensky 'last week' `nearly 4,000`; Kirby 'in the "
        "last days of December' `more than 1,000` (days 21-31); agentless 'is thought to have "
        "sent' (unattributed, required); ferry sailings, fares, population, the broch's age, "
        "school roll, phone number",
    text="""\
---
title: "Beyond Eynhallow Sound: two prisoners and a grim tally"
date: 2025-01-15
section: Wider world
author: Morag Linklater
---

# Beyond Eynhallow Sound

*Our look past the pier at Brinyan at the news the rest of the world is talking about.*

Most of us on Rousay will have heard it on the radio between ferries: Ukraine has taken North \
Korean soldiers prisoner. On Saturday President Volodymyr Zelensky announced that his troops had \
captured [[two]] of them in Russia's Kursk region, one with a broken jaw, the other with wounds \
to both legs. A day later he offered to send them home to Kim Jong Un in return for Ukrainians \
held in Russia.

The North is believed to have shipped [[about 11,000]] men to Russia last autumn. How many are \
left is another question. South Korea's intelligence service reckons [[around 300]] have died and \
[[2,700]] have been wounded -- figures that lawmakers in Seoul passed on to reporters on Monday \
after the agency briefed them behind closed doors. NATO's Mark Rutte, speaking in Brussels \
the same day, put the North's contingent at [[11,000 to 12,000]] men.

Mr Zelensky puts the losses far higher. Writing on social media last week, he claimed the Kursk \
fighting had cost the North [[nearly 4,000]] dead and wounded.

The Americans have been counting too. In the last days of December the White House spokesman \
John Kirby told reporters that [[more than 1,000]] had been killed or wounded in a single week, \
sent forward in waves across open fields "with no cover at all".

Why should a small island in Orkney care? Partly because the war pushes up what we pay for \
diesel and feed. And partly because Orkney men fought in Korea too: a plaque in the kirk \
remembers two of them.

**Around the isle**

- The ferry runs six sailings a day in winter; a car return to Tingwall is £17.40.
- Our population, last counted at 216, has grown by a family of four since New Year.
- Midhowe broch, some 2,000 years old, is closed to visitors until March for repairs.
- The school roll stands at nine. Parents' evening is on the 23rd.

Letters and notices to the page: 01856 821 300.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'On Saturday' (Wednesday article): captured (number word)"),
        C("about 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "agentless 'is believed to have shipped', no source (required, as an outlet's own "
          "framing before): sent last autumn"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'reckons', relayed by lawmakers 'on Monday' (same sentence, after the figures): "
          "died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon", "same sentence: wounded"),
        C("11,000 to 12,000", None, "range", "in_russia", "nato", "mon",
          "Rutte in Brussels 'the same day' (Monday carried): the contingent sent"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'last week' on social media: killed or wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "Kirby 'In the last days of December' (days 21-31): killed or wounded in one week"),
    ),
)

P09 = Source(
    article_id="p94_09_uinta_basin_courier_vernal_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-13"),
    dated_by="html_meta",
    features="Uinta Basin paper from Vernal, Utah, in HTML, windows-1252 (curly quotes raw, "
        "`&amp;` and `&copy;`), `<meta name=\"date\">` (Thursday), a cookie banner about fence "
        "posts, a weather widget script, navigation, a footer; `<title>` figure (optional); "
        "headline 'Seoul reports' from the JCS's Wednesday report with `3,000 more` (span without "
        "'more', increment); 'additional' in the body (increment); the same report's earlier "
        "contingent and its casualties; Ukraine's General Staff 'on Tuesday' range; a Vernal "
        "Army veteran 'figures' `tens of thousands` (other, vague, planned); rigs, barrel "
        "prices, US troops in Korea, visitors, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Kim reinforces Russia with [[3,000]] more soldiers, Seoul reports | Uinta Basin Courier\
</title>
<meta name="date" content="2025-03-13">
<meta property="og:site_name" content="Uinta Basin Courier">
<script>window.ubcWeather={station:"KVEL",unit:"F"};</script>
</head>
<body>
<div class="cookies">Like a good rancher with fence posts, we use cookies sparingly. \
<button>Let ’em in</button> <button>Ride on without</button></div>
<nav><a href="/">Home</a> &middot; <a href="/local">Local</a> &middot; <a \
href="/energy">Energy</a> \
&middot; <a href="/sports">Sports</a> &middot; <a href="/nation-world">Nation &amp; World</a></nav>
<main>
<h1>Kim reinforces Russia with [[3,000]] more soldiers, Seoul reports</h1>
<p class="byline">By Dale Hatch, Courier staff</p>
<p>Between New Year and the end of February, [[around 3,000]] additional North Korean troops \
went to Russia, according to a report that South Korea’s Joint Chiefs of Staff submitted to the \
National \
Assembly on Wednesday. The North may also have shipped more missiles and artillery.</p>
<p>The new troops replace heavy losses. Of the [[roughly 11,000]] the North sent last fall, \
[[about 4,000]] have been killed or wounded, the report said, most of them during assaults \
across open ground in Russia’s Kursk region in December and January.</p>
<p>After a quiet February, Kim’s soldiers seem to have rejoined the fighting. On Tuesday, \
Ukraine’s General Staff estimated that [[2,500 to 3,000]] of them were back at the front near \
the town of Sudzha, now moving in smaller groups and better prepared for drones.</p>
<p>Moscow has never confirmed the deployment, and Pyongyang’s state media has ignored it.</p>
<h2>‘They’ll keep coming’</h2>
<p>For Vernal resident Gary Merkley, 67, the news is personal. He spent two tours with the 2nd \
Infantry Division near the Demilitarized Zone in the 1980s, when some 40,000 U.S. troops were \
stationed in South Korea; today it is about 28,500.</p>
<p>“Kim doesn’t care what it costs him,” Merkley said at the VFW post on Main Street. He figures \
“[[tens of thousands]]” more could be sent before the war is over. “Russia pays in cash and \
oil, and that’s what he needs.”</p>
<p>Closer to home, the Uinta Basin had 14 drilling rigs working last week, and West Texas \
crude traded near $66 a barrel. Dinosaur National Monument expects about 300,000 visitors this \
year.</p>
</main>
<footer>&copy; 2025 Uinta Basin Courier, Vernal, Utah &middot; News tips: (435) 789-3511</footer>
<script src="/static/js/ubc.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline: 'more' (increment)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul reports': the JCS's Wednesday figure of the lead (Wednesday to "
          "publication), 'more' (increment, span without the word)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "JCS report 'submitted … on Wednesday', 'according to' before it: sent, 'additional' "
          "(increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'the report said' (same JCS report): sent last fall"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "wed",
          "same report: killed or wounded"),
        C("2,500 to 3,000", None, "range", "near_front", "ukraine", "tue",
          "Ukraine's General Staff 'On Tuesday … estimated': back at the front"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Vernal Army veteran 'figures', present tense, undated: 'more' (increment) could be "
          "sent", add=True),
    ),
)

P10 = Source(
    article_id="p94_10_vidzeme_weekly_zapad_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Vidzeme Weekly",
        "https://www.vidzemeweekly.example/world/seoul-north-korean-dead-2000",
        "Seoul: about 2,000 North Koreans have died fighting for Russia",
    ),
    features="English-language outlet in Valmiera (Latvia) in HTML, UTF-16 LE with BOM, no meta "
        "date (sidecar, Friday), a consent dialog about pīrāgi, navigation, a footer with an "
        "address; headline from the NIS's Thursday figure (Thursday to publication); an MP "
        "'said on Thursday' after a briefing, 'The agency also believes' carried; a NATO "
        "official in Riga 'on Wednesday' („We assume …“); Latvia's defence minister 'on "
        "Tuesday' (a third government: other); the Zapad exercise's troop numbers, a town's "
        "population, distances, euros for shelters, Latvian soldiers",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Seoul: North Korean dead now number about 2,000 – Vidzeme Weekly</title>
<link rel="canonical" href="https://www.vidzemeweekly.example/world/seoul-north-korean-dead-2000">
</head>
<body>
<div role="dialog" class="consent">Cookies are like pīrāgi: we only take the ones we need. \
<button>Take one</button> <button>Leave the plate</button></div>
<nav>Valmiera · Vidzeme · Latvia · <strong>World</strong> · Culture · Sport</nav>
<article>
<h1>Seoul: [[about 2,000]] North Koreans have died fighting for Russia</h1>
<p>South Korea’s intelligence service believes [[around 2,000]] North Korean soldiers have lost \
their lives in Russia’s war against Ukraine, Lee Seong-kweun, a member of the parliamentary \
intelligence committee, said on Thursday after a closed-door briefing in Seoul.</p>
<p>The agency also believes Pyongyang is preparing to rotate [[about 6,000]] fresh troops into \
the Kursk border area in the autumn. [[Several thousand]] military engineers have already \
arrived there since July to clear mines and rebuild roads, according to the briefing. Ukraine’s \
military intelligence gives a \
higher toll: last week it said [[more than 4,000]] North Koreans had been killed or wounded.</p>
<p>The figures reach Latvia days before Zapad-2025, the joint Russian and Belarusian exercise \
that Western officials expect to involve up to 13,000 troops. In Riga, a NATO official said on \
Wednesday that the alliance was watching for North Korean observers. “We assume [[more than \
15,000]] North Koreans have rotated through Russia by now,” the official said, asking not to be \
named.</p>
<p>Latvia’s defence minister, Andris Sprūds, said on Tuesday during a visit to the 2nd \
Infantry Brigade that the North Korean deployment showed how Moscow makes up for its losses. \
“Kim has already sent [[well over 10,000]] men to Russia. That is the lesson for us,” he \
said.</p>
<p>In Valmiera, a town of about 23,000 people some 50 kilometres from the Estonian border, the \
council has set aside €1.2 million this year to refit basements as shelters. About 600 local \
reservists are due to train during the exercise period.</p>
</article>
<footer>© 2025 Vidzeme Weekly, Rīgas iela 4, Valmiera, LV-4201 · Tips: news@vidzemeweekly.example\
</footer>
</body>
</html>
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure of the lead (Thursday to publication): died"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'believes', relayed by an MP who 'said on Thursday': lost their lives"),
        C("about 6,000", 6000, "approx", "planned", "south_korea", "thu",
          "'The agency also believes … preparing to rotate' (same briefing): planned"),
        C("Several thousand", None, "vague", "near_front", "south_korea", "thu",
          "'according to the briefing' after the figure: engineers arrived in the Kursk border "
          "area"),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'last week': killed or wounded"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "wed",
          "NATO official in Riga 'on Wednesday', anonymous, quoted: rotated through Russia"),
        C("well over 10,000", 10000, "at_least", "in_russia", "other", "tue",
          "Latvia's defence minister 'on Tuesday' (a third government: other): sent"),
    ),
)

P11 = Source(
    article_id="p94_11_manono_island_notes_fallen_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-26"),
    dated_by="front_matter",
    features="page from Manono island (Samoa) in Markdown, UTF-8, front matter with `date:` "
        "(Tuesday); state TV 'On Thursday, 21 August' (an explicit date carried by 'The same "
        "broadcast') with `dozens` of coffins and `more than 100` portraits (north_korea, "
        "casualties) and returnees `hundreds` (optional); Seoul's figure 'in late April' (days "
        "21-30); Russia's ambassador 'this month' `6,000 more` (span without 'more', "
        "increment); HUR present tense undated; a US defense official 'on Friday'; village "
        "population, canoe crossing, fale, a church's anniversary, tala, phone number",
    text="""\
---
title: "From the sea wall: Kim honours his dead"
date: 2025-08-26
page: Manono Notes
---

# From the sea wall: Kim honours his dead

*News from Manono and further afield, written on the island and sent across by boat.*

Very few of us on Manono have ever given much thought to North Korea. But the pictures that went \
round the world last week were hard to ignore. On Thursday, 21 August, North Korean state \
television showed Kim Jong Un in Pyongyang, weeping and kneeling beside the flag-draped coffins \
of [[dozens]] of soldiers killed in Russia's Kursk region. The same broadcast showed a memorial \
wall with the portraits of [[more than 100]] men who died there, and [[hundreds]] of soldiers \
back from the front standing in rows to receive medals.

For a long time Pyongyang said nothing at all about the war. Now it makes heroes of the dead. \
South Korea's spy agency last gave a number in late April: [[around 4,700]] killed or wounded, \
out of [[roughly fifteen thousand]] sent.

More are on the way. Alexander Matsegora, Moscow's man in Pyongyang, said in an \
interview with the TASS agency this month that [[6,000]] more North Koreans, mostly engineers \
and deminers, would arrive \
"in the coming weeks". Ukraine's military intelligence says [[about 11,000]] North Korean troops \
remain in and around Kursk.

A U.S. defense official, speaking to reporters at the Pentagon on Friday, said the North had \
lost "[[thousands]]" of men and was "turning grief into propaganda".

**Island news**

- The Salamumu and Apai villages have a combined population of about 900; no new census yet.
- The crossing from Manono-tai takes 20 minutes in good weather; fares stay at 5 tala.
- The church in Lepuia marks its 150th anniversary on 14 September.
- Two new fale have gone up near the landing.

To send news for this page, call 7 214 880.
""",
    claims=(
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21",
          "state TV 'On Thursday, 21 August': coffins of soldiers killed in Kursk"),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "2025-08-21",
          "'The same broadcast' (date carried): portraits of the dead"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-08-21",
          "same broadcast: returnees receiving medals (optional, as returnees before)", opt=True),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'last gave a number in late April' (days 21-30): killed or wounded"),
        C("roughly fifteen thousand", 15000, "approx", "in_russia", "south_korea",
          "2025-04-21..2025-04-30", "same figure's base 'out of … sent' (number words): sent"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-08-01..2025-08-26",
          "Russia's ambassador in Pyongyang 'this month' (1st to publication): 'more' "
          "(increment, span without the word), would arrive", add=True),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says', present tense, undated: remain in and around Kursk"),
        C("thousands", None, "vague", "casualties", "united_states", "fri",
          "US defense official 'on Friday' (Tuesday article), quoted: lost"),
    ),
)

P12 = Source(
    article_id="p94_12_barra_crossing_bulletin_year",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-24"),
    dated_by="sidecar",
    sidecar=(
        "The Crossing Bulletin", "https://www.crossingbulletin.example/2025/11/24/",
        "The Crossing Bulletin: a year of Kim's soldiers; fog delays; fares",
    ),
    features="newsletter for commuters on the Banjul-Barra ferry as plain text, UTF-8 (sidecar, "
        "Monday), with ferry, fare and fog items around a world item; the NIS 'On Nov. 4' (an "
        "explicit date) with a deployment and `5,000` builders; Russia's defence ministry 'in "
        "October' (month); HUR 'on Friday' `passed 6,000` (verb as at_least, span the number); "
        "Japan's white paper 'in July' (a third government: other); the bulletin's own "
        "reckoning `close to 20,000` (unattributed, required); crossings, trucks, dalasi, the "
        "bridge's length, minutes, a phone number",
    text="""\
THE CROSSING BULLETIN
For everyone who rides the Banjul-Barra ferry | Monday edition

IN THIS ISSUE: Fog delays | New fares | The wider world: a year of Kim's soldiers

FOG DELAYS
Morning fog on the river mouth held up the first two crossings on Saturday by more than 40 \
minutes. The Kunta Kinteh made 14 crossings in all that day; at one point about 200 trucks \
were waiting at Barra.

NEW FARES
From 1 December a foot passenger pays D50 each way. Vehicle rates are unchanged.

THE WIDER WORLD: A YEAR OF KIM'S SOLDIERS
A reader in Essau asked us to explain why North Korea, a country most of us know only from \
football, keeps turning up in the news about Ukraine. Here is the short version.

It is just over a year since Pyongyang began sending troops to help Russia. By our own reckoning \
- adding up the rotations reported from Seoul - [[close to 20,000]] North Koreans have passed \
through Russia since October 2024.

The latest official picture came from South Korea's National Intelligence Service. On Nov. 4 \
it told parliament's intelligence committee that the North still kept [[about 10,000]] soldiers \
on Russian soil next to the Ukrainian frontier, while [[5,000]] military builders had been sent \
to Russia to repair its roads and railways.

Moscow, which denied the deployment for months, now praises it. Russia's defence ministry said \
in October that [[about 1,000]] North Korean deminers were clearing fields and villages in \
Kursk, and published photos of them at work. Pyongyang, too, has stopped hiding the cost: at \
the end of October its state television showed Kim opening a memorial hall bearing the names of \
[[hundreds]] of soldiers killed in Kursk.

Ukraine's military intelligence said on Friday that North Korean losses had passed [[6,000]] \
killed and wounded. Japan, which watches Pyongyang closely, counted [[more than 10,000]] \
North Korean soldiers sent to Russia in its annual defence white paper, published in July.

What does Kim get? Money, oil, and probably help with missiles and satellites, analysts say.

Why should a ferry rider in Banjul care? Because a war far away sets the price of the fuel that \
runs our boats, and because the Senegambia Bridge at Farafenni, 942 metres long, is still the \
only other way across.

CONTACT
Complaints about the service: 4227 310. Letters to the Bulletin: Box 614, Banjul.
""",
    claims=(
        C("close to 20,000", 20000, "approx", "in_russia", "unattributed", "pub",
          "'By our own reckoning' (the newsletter's own sum, unattributed, required): passed "
          "through Russia"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'On Nov. 4' (an explicit date): kept next to the Ukrainian frontier"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same briefing: builders 'had been sent to Russia'"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's defence ministry 'in October': clearing mines in Kursk"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "state TV 'at the end of October' (days 21-31): names of the fallen"),
        C("6,000", 6000, "at_least", "casualties", "ukraine", "fri",
          "HUR 'on Friday' (Monday article): losses 'had passed' (verb as at_least, span the "
          "number)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "2025-07-01..2025-07-31",
          "Japan's defence white paper 'published in July' (a third government: other): sent"),
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
