"""Build the TWENTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A twenty-eighth corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Ruhr-area paper on a
Ukrainian congregation in Gelsenkirchen-Buer, a Saxony-Anhalt broadcaster's web text with a Halle
Koreanist, an Innviertel weekly with a Ried history teacher (Austrian conventions), a Ticino
German-language weekly on a conference at Monte Verità (Swiss conventions), a Protestant Sunday
weekly on a Korean pastor in Nuremberg and a German-language weekly in Buenos Aires; a Karachi
Sunday magazine, a Northern Irish radio station's news site, a US military families' newsletter
in Korea, a Lithuanian public broadcaster's English news, a Cebu daily and a Botswanan paper.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind26_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Argentina)
# ---------------------------------------------------------------------------------------------


I01 = Source(
    article_id="i01_ruhr_gemeinde_buer_erste_tote",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-12-24"),
    dated_by="sidecar",
    sidecar=(
        "Emscher-Kurier",
        "https://www.emscher-kurier.example/gelsenkirchen/buer/ukrainische-gemeinde-heiligabend-"
        "nordkorea-kursk-7719204.html",
        "Seoul meldet erste Tote: 100 Nordkoreaner bei Kursk gefallen",
    ),
    features="Ruhr-area paper as plain text (sidecar, Tuesday, Christmas Eve): place line "
        "'Gelsenkirchen.', a Ukrainian congregation in Buer; headline from the NIS briefing "
        "'am Donnerstag' (Thursday to publication); a lawmaker named before the figures, "
        "Konjunktiv over three sentences; 'Fast 1.000 weitere seien verwundet' (others, not an "
        "increment); Zelensky 'am Montagabend'; the Pentagon 'in der vergangenen Woche' "
        "„mehreren Hundert“; the JCS 'am Montag' 'bis zu 3.000 zusätzlichen' (increment); a "
        "Duisburg East Asia scholar 'noch einmal' (range increment, `pub`); guests, ages, "
        "Russian losses a day, euros, generators, phone number",
    text="""\
Gelsenkirchen

Seoul meldet erste Tote: [[100]] Nordkoreaner bei Kursk gefallen

In der ukrainischen Gemeinde in Buer wird Heiligabend gefeiert – und über die Nachrichten aus der \
russischen Grenzregion gesprochen.

Von Dirk Hülsmann

Gelsenkirchen. Olena Bondar hat den Tisch im Gemeindesaal an der Hagenstraße mit blau-gelben \
Servietten gedeckt, rund 60 Gäste werden am Abend erwartet. Die 58-Jährige kam im Frühjahr 2022 \
aus Kramatorsk ins Revier. Ihr Mann Wiktor hat im Donbass unter Tage gearbeitet, „so wie hier \
früher alle auf Hugo“, sagt sie und lacht kurz. Dann wird sie ernst: „Jeder schaut heimlich aufs \
Handy. Man will wissen, wer jetzt gegen unsere Jungs kämpft.“

Seit Oktober sind es auch Soldaten aus Nordkorea. Südkoreas Auslandsgeheimdienst NIS hat nun \
erstmals eigene Zahlen zu deren Verlusten vorgelegt. Nach Darstellung des Abgeordneten Lee \
Seong-kweun, den der Dienst am Donnerstag in Seoul unterrichtete, sind [[mindestens 100]] \
nordkoreanische Soldaten getötet worden. [[Fast 1.000]] weitere seien verwundet. Die Männer \
würden von russischen Kommandeuren offenbar als Sturmtruppen verheizt, hätten kaum Erfahrung mit \
Drohnen und kennten das Gelände nicht. Von den [[rund 11.000]] Soldaten, die Pjöngjang nach \
Russland geschickt habe, sei inzwischen ein großer Teil an Kämpfen beteiligt.

Kiew nennt deutlich höhere Zahlen. Präsident Wolodymyr Selenskyj sprach am Montagabend von [[mehr \
als 3.000]] getöteten und verwundeten Nordkoreanern. In Washington hatte das Pentagon in der \
vergangenen Woche lediglich von „[[mehreren Hundert]]“ Toten und Verletzten gesprochen. Südkoreas \
Generalstab wiederum warnte am Montag, der Norden bereite offenbar die Entsendung von [[bis zu \
3.000]] zusätzlichen Soldaten vor, dazu Kamikazedrohnen und Raketenwerfer.

Malte Schürmann, Politikwissenschaftler am Institut für Ostasienwissenschaften in Duisburg, \
überrascht das nicht. „Für Kim ist das ein Geschäft: Er bekommt Devisen, Öl und Technik, seine \
Armee sammelt Kampferfahrung“, sagt er. Schürmann hält es für wahrscheinlich, dass Pjöngjang im \
kommenden Jahr noch einmal [[10.000 bis 20.000]] Mann schickt. Russland verliert nach britischen \
Schätzungen derzeit im Schnitt rund 1.500 Soldaten am Tag.

Im Gemeindesaal in Buer wird inzwischen gesungen. Der Verein „Ukrainisches Haus Emscher“ hat in \
diesem Jahr 23.400 Euro gesammelt und davon 14 Stromgeneratoren nach Charkiw geschickt. Im Januar \
soll der nächste Transport folgen. Wer helfen möchte, erreicht den Verein unter 0209 / 388 417 56.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline: the NIS figure of the body (lawmaker briefed on Thursday): fallen"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker Lee, briefed by the NIS 'am Donnerstag' (named before the figure): killed"),
        C("Fast 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "Konjunktiv carries the briefing: '… weitere seien verwundet' = others (the wounded of "
          "the same count), not an increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, Konjunktiv ('geschickt habe'): sent to Russia"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am Montagabend': killed and wounded"),
        C("mehreren Hundert", None, "vague", "casualties", "united_states", "lastweek",
          "the Pentagon 'in der vergangenen Woche' „…“: dead and wounded"),
        C("bis zu 3.000", 3000, "at_most", "planned", "south_korea", "mon",
          "the JCS 'am Montag': preparing to send 'zusätzlichen' soldiers (increment)", add=True),
        C("10.000 bis 20.000", None, "range", "planned", "other", "pub",
          "a Duisburg East Asia scholar, present tense ('hält es für wahrscheinlich'), 'noch "
          "einmal' (increment)", add=True),
    ),
)

I02 = Source(
    article_id="i02_sachsen_anhalt_sender_eingestaendnis_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-29"),
    dated_by="html_meta",
    features="Saxony-Anhalt broadcaster's web text in HTML, ISO-8859-1 (quotes and dashes only "
        "as entities `&bdquo;`/`&ldquo;`/`&ndash;`), `article:published_time` +02:00, 'Stand:' "
        "line, data-protection notice, regional navigation, player script, audio length; "
        "`<title>` figure (optional); h1 'Seoul spricht von 4.700' from the NIS figure of "
        "'Anfang April' (window to publication); Gerasimov 'Am Samstag' and KCNA 'Am Montag' "
        "without figures; the JCS 'am Dienstag' (the publication day) carried by Konjunktiv; "
        "'etwa 600 von ihnen tödlich' (breakdown); HUR figures 'die am Sonntag veröffentlicht "
        "wurden' „mehrere Tausend“; the State Department 'teilte … mit' without a date; a Halle "
        "Koreanist 'noch einmal' (range increment, `pub`); square kilometres, refugees in Halle, "
        "Russian losses a day, age, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul zählt [[4.700]] nordkoreanische Verluste &ndash; Moskau bestätigt Einsatz | ESF \
Sachsen-Anhalt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:published_time" content="2025-04-29T16:40:00+02:00">
<meta property="og:site_name" content="ESF Sachsen-Anhalt">
<link rel="canonical" href="https://www.esf-sachsen-anhalt.example/nachrichten/welt/nordkorea-russ\
land-kursk-eingestaendnis-halle-100.html">
<script>var esfStats={sid:"sa-welt",cid:88213,aud:true};</script>
</head>
<body>
<div class="hinweis-datenschutz">Wir möchten wissen, welche Beiträge Sie interessieren, und \
zählen deshalb anonym die Aufrufe. Dafür brauchen wir ein Cookie &ndash; aber nur mit Ihrer \
Zustimmung. <a href="/datenschutz">Mehr dazu</a> <button>Einverstanden</button> <button>Nur das \
Nötigste</button></div>
<header><a class="logo" href="/">ESF</a> <nav><a href="/nachrichten">Nachrichten</a> <a \
href="/regional/halle">Halle</a> <a href="/regional/magdeburg">Magdeburg</a> <a \
href="/regional/dessau">Dessau-Roßlau</a> <a href="/audio">Radio</a> <a \
href="/wetter">Wetter</a></nav></header>
<main>
<p class="rubrik">Welt &middot; Krieg in der Ukraine</p>
<h1>Moskau und Pjöngjang räumen Einsatz ein &ndash; Seoul spricht von [[4.700]] Verlusten</h1>
<p class="stand">Stand: 29.04.2025, 18:12 Uhr</p>
<p class="teaser"><strong>Monatelang haben Russland und Nordkorea geschwiegen. Jetzt bestätigen \
beide, dass Soldaten aus Pjöngjang im Gebiet Kursk gekämpft haben. Eine Koreanistin aus Halle \
ordnet ein.</strong></p>
<p>Erst Moskau, dann Pjöngjang: Am Samstag sagte Russlands Generalstabschef Waleri Gerassimow im \
Staatsfernsehen, nordkoreanische Soldaten hätten bei der &bdquo;Befreiung&ldquo; des Gebiets \
Kursk &bdquo;Heldenmut&ldquo; bewiesen. Am Montag folgte eine Erklärung der Zentralen \
Militärkommission der Arbeiterpartei, verbreitet von der Staatsagentur KCNA. Machthaber Kim Jong \
Un habe den Einsatz persönlich angeordnet, hieß es darin. Zahlen nannte keine der beiden \
Seiten.</p>
<p>Die kommen aus Südkorea. Der Generalstab in Seoul teilte am Dienstag mit, Nordkorea habe seit \
dem vergangenen Herbst [[rund 15.000]] Soldaten nach Russland geschickt. Davon seien derzeit \
[[etwa 11.000]] im Raum Kursk im Einsatz, die übrigen in der Ausbildung oder bereits auf dem \
Heimweg. Der Geheimdienst NIS hatte schon Anfang April geschätzt, dass [[rund 4.700]] \
Nordkoreaner getötet oder verwundet wurden, [[etwa 600]] von ihnen tödlich.</p>
<p>Kiew widerspricht der Darstellung, die Region sei vollständig zurückerobert. Nach Angaben des \
ukrainischen Militärgeheimdienstes HUR, die am Sonntag veröffentlicht wurden, stehen noch immer \
&bdquo;[[mehrere Tausend]]&ldquo; Nordkoreaner an der Grenze zu den Gebieten Sumy und Charkiw. \
Ukrainische Truppen hielten im vergangenen Sommer zeitweise rund 1.300 Quadratkilometer \
russischen Bodens.</p>
<p>Aus Washington kam nur eine knappe Reaktion. Man habe die Erklärungen zur Kenntnis genommen, \
teilte das US-Außenministerium mit; nach eigener Schätzung seien es &bdquo;[[mehr als \
14.000]]&ldquo; gewesen, die Kim geschickt habe.</p>
<h2>&bdquo;Das Bündnis ist jetzt offizielle Politik&ldquo;</h2>
<p>Für die Koreanistin Annett Wiesner von der Martin-Luther-Universität Halle-Wittenberg ist das \
Eingeständnis ein Signal. &bdquo;Beide Regime sehen keinen Grund mehr, etwas zu verbergen&ldquo;, \
sagt sie im Gespräch mit ESF. Die 47-Jährige rechnet damit, dass Pjöngjang in diesem Jahr noch \
einmal [[5.000 bis 10.000]] Mann entsendet, vor allem als Pioniere und Bautrupps. Russland \
verliere nach westlichen Schätzungen derzeit mehr als 1.000 Soldaten am Tag und brauche jeden \
Helfer.</p>
<p>In Halle leben nach Angaben der Stadt derzeit gut 4.100 Geflüchtete aus der Ukraine.</p>
<p class="audio">Audio: Koreanistin Wiesner im Gespräch, 4:18 Min.</p>
</main>
<footer>&copy; 2025 ESF Sachsen-Anhalt &middot; <a href="/impressum">Impressum</a> &middot; \
Hörertelefon 0345 2211 480</footer>
<script src="/js/esf-player.min.js?v=3.14.2" defer></script>
</body>
</html>
""",
    claims=(
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "h1 'Seoul spricht von': the NIS estimate of 'Anfang April' (window to publication)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the JCS 'teilte am Dienstag mit' (the publication day): sent since last autumn"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "tue",
          "'Davon seien' (Konjunktiv carries the JCS): deployed in the Kursk area"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "the NIS 'schon Anfang April': killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "'von ihnen tödlich' (a breakdown of the casualties, no increment)"),
        C("mehrere Tausend", None, "vague", "near_front", "ukraine", "sun",
          "HUR figures 'die am Sonntag veröffentlicht wurden': at the border"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "pub",
          "the State Department 'teilte … mit' without a date, Konjunktiv: sent"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "pub",
          "Halle Koreanist 'rechnet damit' (interview, undated), 'noch einmal' (increment)",
          add=True),
    ),
)

I03 = Source(
    article_id="i03_innviertel_wochenspiegel_gefangene",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features="Innviertel weekly (Austrian conventions: 'Jänner' in the dateline, 'Feber', "
        "'heuer') as plain text, ISO-8859-1 with CRLF and straight quotes, dateline 'Ried im "
        "Innkreis, 16. Jänner 2025 -' (Thursday); headline number word `Zwei` from Zelensky "
        "'am Samstag' (Saturday to publication); the NIS 'am Montag' `rund 300` and `2.700`; "
        "'durch Nachschub … aufgefüllt … von einigen Hundert Mann war die Rede' (vague "
        "increment); the General Staff 'am Sonntag' with the source after the figure; Rutte "
        "'Mitte Dezember'; a Ried history teacher 'heuer noch … nachschickt' (increment, `pub`); "
        "army size, ages, books, Korean War years, lecture date, fee and phone number",
    text="""\
INNVIERTLER WOCHENSPIEGEL | Politik & Welt

Selenskyj: [[Zwei]] Nordkoreaner in ukrainischer Gefangenschaft

Ein Rieder Geschichtelehrer, der über den Koreakrieg forscht, erklärt, warum Pjöngjang trotzdem \
weiter Soldaten schicken wird.

Ried im Innkreis, 16. Jänner 2025 - Die Bilder gingen am Wochenende um die Welt: zwei junge \
Männer mit Verbänden, einer mit bandagiertem Kiefer, in einem Kellerraum des ukrainischen \
Geheimdienstes SBU. Präsident Wolodymyr Selenskyj meldete am Samstag, ukrainische Soldaten hätten \
in der russischen Region Kursk [[zwei]] verwundete Nordkoreaner gefangen genommen. Beide würden \
nun befragt. Einer der beiden, 26 Jahre alt, soll angegeben haben, man habe ihm erzählt, er fahre \
zu einer Übung.

Seoul lieferte am Montag weitere Zahlen. Nach Angaben des südkoreanischen Geheimdienstes NIS sind \
bislang [[rund 300]] Soldaten aus dem Norden gefallen und [[2.700]] verwundet worden. Die Truppe \
sei durch Nachschub aus der Heimat wieder aufgefüllt worden, hieß es; von [[einigen Hundert]] \
Mann war die Rede. Ob weitere Verbände folgen, ließ der Dienst offen.

Kiew schätzt die Verluste höher. "[[Mehr als 3.800]] Nordkoreaner sind tot oder verletzt", teilte \
der ukrainische Generalstab am Sonntag mit. Nato-Generalsekretär Mark Rutte hatte schon Mitte \
Dezember in Brüssel gesagt, [[rund 10.000]] Soldaten aus Nordkorea seien in Kampfhandlungen \
verwickelt. Nordkoreas Armee gilt mit mehr als einer Million Mann als eine der größten der Welt.

Gerald Hofinger unterrichtet Geschichte am Rieder Gymnasium und hat zwei Bücher über den \
Koreakrieg von 1950 bis 1953 geschrieben. Dass sich Pjöngjang von Verlusten abschrecken lässt, \
glaubt er nicht. "Für das Regime ist ein toter Soldat in Kursk billiger als ein hungriger Soldat \
daheim", sagt der 61-Jährige. Er hält es für gut möglich, dass Kim heuer noch [[bis zu 20.000]] \
Mann nachschickt. Die Gefangenen seien für Kiew vor allem ein Faustpfand: Selenskyj hat \
angeboten, sie gegen ukrainische Kriegsgefangene in Russland auszutauschen.

Hofinger spricht am 6. Feber um 19.30 Uhr im Bildungshaus St. Franziskus in Ried über "Korea - \
der vergessene Krieg". Der Eintritt kostet 9 Euro, Anmeldung unter 07752 827 33.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Selenskyj:': captured, Zelensky's Saturday report"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'meldete am Samstag': captured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS, 'Seoul lieferte am Montag': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the same count split by kind, not an increment)"),
        C("einigen Hundert", None, "vague", "in_russia", "south_korea", "mon",
          "'durch Nachschub … aufgefüllt … hieß es; von einigen Hundert Mann war die Rede' "
          "(reinforcements: increment)", add=True),
        C("Mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "sun",
          "quote first, then 'teilte der ukrainische Generalstab am Sonntag mit': dead or "
          "wounded"),
        C("rund 10.000", 10000, "approx", "near_front", "nato", "2024-12-11..2024-12-20",
          "Rutte 'schon Mitte Dezember': in combat"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "a Ried history teacher, present tense ('hält es für gut möglich'); 'heuer noch … "
          "nachschickt' (increment; 'heuer' is the event, not the claim date)", add=True),
    ),
)

I04 = Source(
    article_id="i04_tessin_wochenpost_monte_verita_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-07-11"),
    dated_by="front_matter", crlf=True,
    features="Ticino German-language weekly in Markdown (Swiss conventions: `ss`, «», `30'000`, "
        "`11'000`, `15'000`, 4-digit `1000`/`5000`/`4700`), windows-1252 with CRLF, front "
        "matter with `date:` (Friday) and a title figure (optional, increment); heading 'Kiew "
        "warnt vor 30'000 weiteren' from HUR's chief 'in einem Interview, das am Dienstag "
        "erschien' (date after the figure); 'sagte Budanow weiter' carries it; Shoigu 'Mitte "
        "Juni' (two planned contingents, not increments); the NIS 'im April'; a Seoul political "
        "scientist at a conference on Monte Verità 'am Mittwochabend' «deutlich über 15'000» "
        "and «Zehntausende weitere» (vague increment); listeners, shells in dollars, sanctions "
        "list, francs, years",
    text="""\
---
title: "Kiew warnt vor [[30'000]] weiteren Nordkoreanern"
date: 2025-07-11
rubrik: Ausland
autorin: Silvia Ramelli, Locarno
---

# Kiew warnt vor [[30'000]] weiteren Nordkoreanern

**Der ukrainische Militärgeheimdienst erwartet eine neue Welle aus Pjöngjang. Auf dem Monte \
Verità erklärte ein Forscher aus Seoul, warum Kim dabei kaum etwas riskiert.**

Nordkorea bereitet nach Einschätzung des ukrainischen Militärgeheimdienstes HUR eine deutlich \
grössere Entsendung von Soldaten nach Russland vor. Pjöngjang könne in den kommenden Monaten \
[[bis zu 30'000]] zusätzliche Soldaten schicken, sagte HUR-Chef Kyrylo Budanow in einem \
Interview, das am Dienstag erschien. Derzeit stünden [[rund 11'000]] Nordkoreaner in der Region \
Kursk, sagte Budanow weiter. Die neuen Kontingente würden womöglich auch in besetzten Gebieten \
der Ukraine eingesetzt.

Ganz überraschend kommt die Warnung nicht. Mitte Juni war Sergei Schoigu, inzwischen Chef des \
russischen Sicherheitsrats, zum dritten Mal binnen weniger Monate nach Pjöngjang gereist. Nach \
dem Treffen mit Kim Jong Un verkündete er, Nordkorea werde [[1000]] Minenräumer und [[5000]] \
Militärbauarbeiter nach Kursk entsenden. Der südkoreanische Geheimdienst hatte die Verluste der \
Nordkoreaner im April auf [[rund 4700]] Tote und Verwundete geschätzt.

## «Niemand zu Hause merkt es»

Wie Seoul die Lage sieht, war am Mittwochabend auf dem Monte Verità in Ascona zu hören. Der \
Politologe Park Ji-hoon von der Yonsei-Universität, derzeit Gastforscher an der Università della \
Svizzera italiana in Lugano, sprach vor rund 80 Zuhörerinnen und Zuhörern. Nach seiner Rechnung \
hat Pjöngjang seit Oktober 2024 «[[deutlich über 15'000]]» Mann nach Russland entsandt, viele \
davon in Rotation. «Kim kann [[Zehntausende]] weitere schicken, und niemand zu Hause merkt es», \
sagte Park. Das Regime verdiene an jedem Soldaten, dazu an Granaten und Raketen: Allein 2024 \
sollen die Lieferungen mehrere Milliarden Dollar wert gewesen sein.

Die Schweiz hat sich im Mai den jüngsten Sanktionen der EU gegen Russland angeschlossen. Das \
Staatssekretariat für Wirtschaft in Bern führt inzwischen über 2400 Personen und Firmen auf \
seiner Liste. Die Teilnahme an der Tagung kostete 120 Franken; die Vorträge sind ab nächster \
Woche online abrufbar.
""",
    claims=(
        C("30'000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "front-matter title (metadata) restating the heading", add=True, opt=True),
        C("30'000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "heading 'Kiew warnt vor … weiteren': HUR's Tuesday interview (increment)", add=True),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "tue",
          "HUR chief Budanov 'in einem Interview, das am Dienstag erschien' (after the figure): "
          "'zusätzliche' (increment)", add=True),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "tue",
          "'sagte Budanow weiter' carries the interview: in the Kursk region"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' in Pyongyang: deminers to be sent (a planned contingent, not an "
          "increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the NIS 'im April': dead and wounded"),
        C("deutlich über 15'000", 15000, "at_least", "in_russia", "other", "wed",
          "a Seoul political scientist at the conference 'am Mittwochabend', «…»: sent since "
          "October 2024"),
        C("Zehntausende", None, "vague", "planned", "other", "wed",
          "same talk, «… weitere schicken»: vague increment", add=True),
    ),
)

I05 = Source(
    article_id="i05_sonntagsbote_pfarrerin_seoul_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-14"),
    dated_by="sidecar",
    sidecar=(
        "Sonntagsbote – Evangelische Wochenzeitung in Bayern",
        "https://www.sonntagsbote.example/kirche-welt/beten-fuer-die-toten-die-keiner-zaehlen-darf",
        "Beten für die Toten, die keiner zählen darf",
    ),
    features="Protestant Sunday weekly in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar, Sunday) and a title without a figure; bold deck 'schätzt … inzwischen auf' "
        "from the NIS figures of 'Anfang September' (window to publication); three NIS figures "
        "in Konjunktiv whose source and date come only at the end of the paragraph ('Diese "
        "Zahlen trugen Mitglieder des Geheimdienstausschusses Anfang September … vor'); KCNA "
        "'Ende August' „mehreren Hundert“ fallen (north_korea); Ukraine's military intelligence "
        "without a date; Rutte 'im Juli'; a Seoul pastor 'am vergangenen Sonntag' in a Sunday "
        "paper (a week earlier) „Tausende weitere“ (vague increment, other); collection in "
        "euros, congregations, ages, years, a Bible chapter",
    text="""\
---
title: "Beten für die Toten, die keiner zählen darf"
ressort: Kirche & Welt
autorin: Ruth Scheuerpflug
---

# Beten für die Toten, die keiner zählen darf

**Südkoreas Geheimdienst schätzt die Zahl der in Russland gefallenen Nordkoreaner inzwischen auf \
[[rund 2.000]]. Eine Pfarrerin aus Seoul bittet in Nürnberg um Fürbitte – auch für die Soldaten.**

Nürnberg. Die Kerze, die Pfarrerin Kim Hye-won am vergangenen Sonntag in der Egidienkirche \
anzündete, galt Menschen, deren Namen niemand kennt. „Ihre Mütter dürfen nicht einmal um sie \
weinen“, sagte die 54-Jährige im Gottesdienst, zu dem die Partnerschaftsarbeit der Landeskirche \
eingeladen hatte. Kim gehört zur Presbyterianischen Kirche in der Republik Korea, mit der die \
bayerische Landeskirche seit 1978 verbunden ist.

Gemeint sind die jungen Männer, die Machthaber Kim Jong Un in den Krieg gegen die Ukraine \
geschickt hat. [[Etwa 2.000]] von ihnen seien inzwischen ums Leben gekommen. Insgesamt habe \
Pjöngjang [[rund 13.000]] Soldaten nach Russland entsandt; derzeit bereite das Regime die \
Verlegung von [[etwa 6.000]] Pionieren und Bauarbeitern vor. Diese Zahlen trugen Mitglieder des \
Geheimdienstausschusses Anfang September in Seoul vor, nachdem der Nachrichtendienst NIS sie \
unterrichtet hatte.

Das Regime selbst spricht inzwischen offen über seine Toten. Ende August zeigte das \
Staatsfernsehen den Machthaber bei einer Feier für heimgekehrte Soldaten. Auf einer neuen \
Gedenkwand in Pjöngjang seien die Namen von „[[mehreren Hundert]]“ Gefallenen eingraviert, \
meldete die Staatsagentur KCNA. Eine genaue Zahl nannte sie nicht.

Kiew hält die Angaben aus Seoul für zu niedrig. Nach Darstellung des ukrainischen \
Militärgeheimdienstes wurden [[mehr als 5.000]] Nordkoreaner getötet oder verwundet. \
Nato-Generalsekretär Mark Rutte hatte im Juli von [[bis zu 15.000]] Nordkoreanern gesprochen, die \
seit dem vergangenen Herbst in Russland gedient hätten.

Pfarrerin Kim fürchtet, dass das noch nicht das Ende ist. Der Norden könne „[[Tausende]] weitere \
junge Männer schicken, und niemand fragt ihre Familien“, sagte sie im Anschluss beim \
Kirchenkaffee. Sie bat die Gemeinden, in den Fürbitten an die Menschen auf beiden Seiten der \
koreanischen Grenze zu denken.

Die Kollekte des Gottesdienstes, 3.180 Euro, geht an die Diakonie Katastrophenhilfe für ihre \
Arbeit in der Ukraine. Die Partnerkirche in Seoul zählt nach eigenen Angaben gut 1.500 Gemeinden. \
Kims Predigttext war Micha 4, das Wort von den Schwertern, die zu Pflugscharen werden.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "bold deck 'Südkoreas Geheimdienst schätzt … inzwischen': the body's NIS figure of "
          "'Anfang September' (window to publication)"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "Konjunktiv; source and date only at the end of the paragraph ('Diese Zahlen trugen "
          "Mitglieder des Geheimdienstausschusses Anfang September … vor'): dead"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same paragraph: sent in total"),
        C("etwa 6.000", 6000, "approx", "planned", "south_korea", "2025-09-01..2025-09-10",
          "same paragraph: deployment being prepared (no increment word)"),
        C("mehreren Hundert", None, "vague", "casualties", "north_korea",
          "2025-08-21..2025-08-31",
          "KCNA, carried 'Ende August': names of the fallen on a memorial wall"),
        C("mehr als 5.000", 5000, "at_least", "casualties", "ukraine", "pub",
          "Ukraine's military intelligence 'Nach Darstellung' without a date (Saturday-Sunday)"),
        C("bis zu 15.000", 15000, "at_most", "in_russia", "nato", "2025-07-01..2025-07-31",
          "Rutte 'im Juli': served in Russia"),
        C("Tausende", None, "vague", "planned", "other", "2025-09-07",
          "the Seoul pastor after the service 'am vergangenen Sonntag' (a Sunday paper: the "
          "Sunday before), „… weitere“ (vague increment)", add=True),
    ),
)

I06 = Source(
    article_id="i06_buenos_aires_wochenblatt_flores_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-08"),
    dated_by="sidecar",
    sidecar=(
        "Rioplatenser Wochenblatt",
        "https://www.rioplatenser-wochenblatt.example/welt/nordkorea-soldaten-kursk-barrio-"
        "coreano",
        "Seoul: 10.000 Nordkoreaner an der Grenze bei Kursk",
    ),
    features="German-language weekly in Buenos Aires in HTML without a meta date (sidecar, "
        "Saturday), a bilingual cookie notice, navigation with a price in pesos, a JSON-LD "
        "block without a date, a footer with an address and founding year; h1 'Seoul:' from "
        "the NIS figures passed on by committee members 'am Dienstag' (named after the "
        "figures); 'Zusätzlich würden etwa 5.000 Militärbauarbeiter … verlegt' (increment, in "
        "the Kursk region); 'beziffert … weiterhin auf'; the Pentagon 'im Oktober'; Zelensky "
        "'Ende Oktober' „Zehntausende weitere“ (vague increment); parade veterans per KCNA "
        "(returnees: optional); a Buenos Aires political scientist's range (other, `pub`); "
        "Koreans in Flores, a UN vote, a founding year, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreas Soldaten: Was Seoul jetzt meldet – Rioplatenser Wochenblatt</title>
<meta name="description" content="Der Geheimdienst in Seoul legt neue Zahlen vor. Im Barrio \
Coreano von Flores verfolgt man das aufmerksam.">
<meta property="og:locale" content="de_AR">
<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"de","publisher":{"@type":"\
Organization","name":"Rioplatenser Wochenblatt"},"@context":"https://schema.org"}</script>
</head>
<body>
<div class="aviso-cookies">Diese Seite speichert Cookies. / Este sitio guarda cookies. Wer \
weiterliest, ist einverstanden. <a href="/privacidad">Datenschutz / Privacidad</a> \
<button>Vale</button></div>
<nav><a href="/">Inicio</a> · <a href="/argentinien">Argentinien</a> · <a href="/welt">Welt</a> · \
<a href="/gemeinschaft">Gemeinschaft</a> · <a href="/kultur">Kultur</a> · <a href="/abo">Abo ab \
4.900 Pesos im Monat</a></nav>
<article>
<h1>Seoul: [[10.000]] Nordkoreaner an der Grenze bei Kursk</h1>
<p class="autor">Von Federico Lehmann, Buenos Aires</p>
<p>Südkoreas Geheimdienst NIS geht davon aus, dass derzeit [[rund 10.000]] nordkoreanische \
Soldaten im russischen Grenzgebiet von Kursk stationiert sind. Zusätzlich würden [[etwa 5.000]] \
Militärbauarbeiter in die Region verlegt, um zerstörte Straßen und Brücken wieder aufzubauen. Die \
Zahl der Gefallenen beziffert der Dienst weiterhin auf [[etwa 2.000]]. Mitglieder des \
Geheimdienstausschusses gaben die Zahlen am Dienstag in Seoul weiter.</p>
<p>Washington hält die Angaben für plausibel. Das Pentagon hatte die Gesamtzahl der seit Herbst \
2024 entsandten Nordkoreaner im Oktober auf [[mehr als 15.000]] geschätzt. Der ukrainische \
Präsident Wolodymyr Selenskyj warnte Ende Oktober, Pjöngjang könne Moskau noch „[[Zehntausende]]“ \
weitere Soldaten zur Verfügung stellen.</p>
<p>Bei der Militärparade zum 80. Jahrestag der Arbeiterpartei am 10. Oktober in Pjöngjang \
marschierten nach Angaben der Staatsagentur KCNA auch [[mehrere Hundert]] Veteranen des \
Kursk-Einsatzes mit.</p>
<h2>Sorge im Barrio Coreano</h2>
<p>Im Koreanerviertel von Flores, wo nach Schätzung der Botschaft rund 23.000 Menschen \
koreanischer Herkunft leben, verfolgt man die Nachrichten mit gemischten Gefühlen. „Für unsere \
Eltern war der Norden immer die Bedrohung. Jetzt sterben diese Jungen für Putin“, sagt Ana Kim, \
die an der Avenida Carabobo ein Textilgeschäft führt.</p>
<p>Der Politologe Martín Kessler von der Universidad de San Andrés, Enkel Hamburger Einwanderer, \
rechnet vor, dass Nordkorea inzwischen insgesamt [[20.000 bis 25.000]] Mann in Rotation nach \
Russland geschickt habe. „Kim verkauft Soldaten wie andere Länder Soja“, sagt Kessler. \
Argentinien hat den russischen Angriff in der UN-Vollversammlung verurteilt, der Ukraine aber \
keine Waffen geliefert.</p>
</article>
<footer>© 2025 Rioplatenser Wochenblatt S.A. · Tucumán 309, C1049 Buenos Aires · Redaktion +54 11 \
4312-0877 · Gegründet 1889</footer>
<script src="/static/wb-app.js?build=4471" defer></script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "h1 'Seoul:': the NIS figure passed on on Tuesday: at the Kursk border"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'geht davon aus', dated by the paragraph's last sentence ('gaben die Zahlen am "
          "Dienstag … weiter'): stationed in the Kursk border area"),
        C("etwa 5.000", 5000, "approx", "near_front", "south_korea", "tue",
          "'Zusätzlich würden … in die Region verlegt' (increment, moved into the Kursk region)",
          add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'beziffert der Dienst weiterhin auf': fallen"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31", "the Pentagon 'im Oktober': sent since autumn 2024"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-10-21..2025-10-31",
          "Zelensky 'Ende Oktober' „…“ weitere (vague increment)", add=True),
        C("mehrere Hundert", None, "vague", "in_russia", "north_korea", "2025-10-10..pub",
          "parade veterans of the Kursk deployment per KCNA (returnees: optional)", opt=True),
        C("20.000 bis 25.000", None, "range", "in_russia", "other", "pub",
          "a Buenos Aires political scientist 'rechnet vor' (undated): sent in rotation"),
    ),
)



# ---------------------------------------------------------------------------------------------
# English articles (Pakistan, Northern Ireland, US, Lithuania, Philippines, Botswana)
# ---------------------------------------------------------------------------------------------

I07 = Source(
    article_id="i07_karachi_sunday_review_first_month_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-11-10"),
    dated_by="front_matter",
    features="Karachi Sunday magazine's long read in Markdown, front matter with `date:` "
        "(Sunday) and a title without a figure, place line 'KARACHI:'; italic standfirst with "
        "two older figures from two claimants (each from its own date to publication); the NIS "
        "'On October 18' and 'it said at the time' (planned total); 'Five days later … lawmakers "
        "in Seoul said' (a revised total, anchor to resolved day); the Pentagon 'came round on "
        "October 28' with a quoted figure and the speaker after it; Blinken 'Three days after "
        "that'; Zelensky's address 'on November 4'; an Islamabad analyst `20,000 or more` (other, "
        "`pub`); Russian losses a day, dollars per soldier, kilometres, shells, years",
    text="""\
---
title: "Kim's soldiers at Kursk"
date: 2024-11-10
magazine: The Sunday Review
section: World
author: Hira Qureshi
---

# Kim's soldiers at Kursk

*In four weeks the count went from [[1,500]] special forces in Russia's Far East to [[11,000]] \
men on the Ukrainian front. What does Pyongyang want, and what does it mean for Asia?*

KARACHI: When South Korea's National Intelligence Service first went public on October 18, the \
story sounded almost far-fetched. [[About 1,500]] North Korean special forces, the agency said, \
had been carried on Russian navy ships to Vladivostok. They were the first of [[some 12,000]] \
that Pyongyang meant to send, it said at the time. Five days later the estimate had doubled: \
[[roughly 3,000]] were already in Russia, lawmakers in Seoul said after a closed-door briefing by \
the spy agency.

Washington, which had hesitated for days, came round on October 28. "[[Around 10,000]]" North \
Korean soldiers were training at bases in Russia's east, Pentagon deputy press secretary Sabrina \
Singh told reporters, and some were already moving west. Three days after that, Secretary of \
State Antony Blinken said [[8,000]] of them had reached the Kursk region, where Ukrainian troops \
have held a slice of Russian territory since August.

The number Kyiv now uses is higher still. In his nightly video address on November 4, President \
Volodymyr Zelensky said [[11,000]] North Koreans were in Kursk, and that the first of them had \
already come under Ukrainian fire. He did not say how many had been hit.

## What Kim gets

What Pyongyang receives in return is harder to pin down. Seoul has mentioned pay of roughly \
$2,000 for each soldier every month, the bulk of which goes to the regime, as well as oil, food \
and possibly help with satellites and missiles. The rail journey from the Tumen river to Kursk \
runs to nearly 10,000 kilometres. North Korea has also shipped millions of artillery shells to \
Russia since 2023.

The Kremlin has neither confirmed nor denied anything. Asked about the satellite images in late \
October, President Vladimir Putin said what Russia did with its partner was "our business".

## The view from Islamabad

For Pakistan, which buys most of its weapons from China and has abstained on most UN votes about \
the war, the deployment raises awkward questions about where Beijing stands. Dr Sadia Rahman, who \
heads the East Asia desk at an Islamabad research institute, believes the contingent will keep \
growing. "Moscow is losing well over a thousand men a day. It will take whatever Kim offers," she \
told The Sunday Review. "I would not be surprised to see [[20,000 or more]] by the spring."
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18..pub",
          "standfirst: the NIS figure of October 18 (window to publication)"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04..pub",
          "standfirst: Zelensky's figure of November 4 (window to publication)"),
        C("About 1,500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "the NIS 'On October 18' ('the agency said' after the figure): shipped to Vladivostok"),
        C("some 12,000", 12000, "approx", "planned", "south_korea", "2024-10-18",
          "'it said at the time' carries October 18: intended total"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-18..2024-10-23",
          "'Five days later … lawmakers in Seoul said' (briefed by the NIS; a revised total, not "
          "an increment): anchor to resolved day"),
        C("Around 10,000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "the Pentagon 'came round on October 28', quote first, speaker after: training in "
          "Russia"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-28..2024-10-31",
          "Blinken 'Three days after that': reached the Kursk region"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky's nightly address 'on November 4': in Kursk"),
        C("20,000 or more", 20000, "at_least", "planned", "other", "pub",
          "an Islamabad analyst 'told The Sunday Review' (undated; Saturday-Sunday): expected by "
          "spring"),
    ),
)

I08 = Source(
    article_id="i08_causeway_radio_reinforcements_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-27"),
    dated_by="html_meta", crlf=True,
    features="Northern Irish radio station's news site in HTML, windows-1252 with CRLF (curly "
        "quotes, `·`, `–`, `£` raw), `article:published_time` +00:00, a consent strip, a player "
        "script with a bitrate, a 'Now playing' and traffic box, a footer with frequencies and a "
        "company number; `<title>` figure (optional, increment); h1 'says Seoul' `3,000 more` "
        "(increment); a lead without a date dated by the next paragraph's JCS 'on Thursday' (the "
        "publication day); 'By its estimate' and 'the overall number sent … is now' (a new "
        "total, not an increment); HUR 'last week' `at least 1,000 of the newcomers` (a "
        "breakdown, not an increment); a Queen's University Belfast lecturer on the breakfast "
        "show 'this morning' (other); Ukrainians in Northern Ireland, concert tickets, road "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>North Korea sends [[3,000]] more troops to Russia, Seoul says | Causeway Radio News</title>
<meta property="article:published_time" content="2025-03-27T09:20:00+00:00">
<meta property="og:site_name" content="Causeway Radio">
<meta name="twitter:card" content="summary_large_image">
<script>window.crPlayer={station:"causeway",stream:"https://stream.causewayradio.example/live.aac"\
,bitrate:128};</script>
</head>
<body>
<div class="consent-strip">We’d like to set a few cookies so we can see which stories you read \
and keep the live stream running smoothly. You can change your mind whenever you like. <a \
href="/cookies">Cookie settings</a> <button>Accept all</button> <button>Essential \
only</button></div>
<header><a href="/" class="brand">Causeway Radio</a> <nav><a href="/news">News</a> <a \
href="/news/local">Local</a> <a href="/sport">Sport</a> <a href="/shows/breakfast">Breakfast</a> \
<a href="/listen">Listen live</a> <a href="/competitions">Win</a></nav></header>
<main>
<h1>North Korea has sent [[3,000]] more troops to Russia, says Seoul</h1>
<p class="byline">By Niall McCausland · Causeway Radio News · Coleraine</p>
<p>North Korea has dispatched [[around 3,000]] additional soldiers to Russia this year to fill \
the gaps left by heavy losses around Kursk, according to South Korea’s military.</p>
<p>The Joint Chiefs of Staff in Seoul told reporters on Thursday that the reinforcements arrived \
in January and February. By its estimate [[about 4,000]] North Koreans have been killed or \
injured in the fighting, and the overall number sent since last autumn is now [[some 14,000]].</p>
<p>In Kyiv, military intelligence said last week that [[at least 1,000]] of the newcomers were \
already back in combat near the Russian town of Sudzha, after North Korean units had been pulled \
out of the line for several weeks in February.</p>
<p>Dr Ciarán Mulholland, who lectures on East Asian security at Queen’s University Belfast, told \
Causeway Breakfast this morning that the official figures were probably on the low side. “If you \
count the rotations properly, I’d say the real number who have passed through Russia is probably \
[[around 15,000]],” he said. “Pyongyang is treating this as a paid training exercise.”</p>
<p>More than 2,300 Ukrainians have come to Northern Ireland under the Homes for Ukraine scheme \
since 2022. A fundraising concert for the community is planned in Ballymoney on 12 April; tickets \
cost £10.</p>
<aside class="now-playing">Now playing: The Undertones – Teenage Kicks · Traffic: delays on the \
A26 near Ballymena</aside>
</main>
<footer>© Causeway Radio Ltd 2025 · Registered in Northern Ireland NI612384 · 97.6 and 102.4 FM · \
Studio line 028 7034 1976</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "<title> (metadata) restating the h1", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "h1 'says Seoul': the JCS figure of Thursday (the publication day), '… more' "
          "(increment)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "lead 'according to South Korea’s military' without a date, dated by the next "
          "paragraph's JCS 'on Thursday': "
          "'additional' (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'By its estimate' (the JCS): killed or injured"),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same sentence: 'the overall number sent … is now' (a new total, not an increment)"),
        C("at least 1,000", 1000, "at_least", "near_front", "ukraine", "lastweek",
          "Kyiv's military intelligence 'said last week': back in combat (a breakdown of the "
          "newcomers, not an increment)"),
        C("around 15,000", 15000, "approx", "in_russia", "other", "thu",
          "a Belfast lecturer on the breakfast show 'this morning' (the publication day): "
          "passed through Russia"),
    ),
)

I09 = Source(
    article_id="i09_homefront_korea_newsletter_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Homefront Korea",
        "https://www.homefront-korea.example/issues/212",
        "Moscow says 6,000 North Korean deminers and builders are headed to Russia",
    ),
    features="US military families' volunteer newsletter in Korea as plain text, UTF-16 LE with "
        "BOM (sidecar, Wednesday): masthead with an issue number, 'THIS WEEK:' line (a headline: "
        "Shoigu's sum from June 17 to publication, planned, not an increment), capitalised "
        "section heads; Shoigu 'On June 17' (two planned contingents); the NIS 'in a report to "
        "lawmakers dated June 20' `some 11,000` and 'had exceeded 5,000' (verb outside the "
        "span: at_least); a Defense Department spokesperson's e-mail 'on Monday' 'up to 6,000 "
        "additional' (increment); Ukraine's military intelligence 'in the spring' (March-May, "
        "range increment); the newsletter's own tally 'well over 15,000' (unattributed, "
        "required); US troops in Korea, an exercise, drill dates, minutes, percent, DSN and "
        "phone numbers, subscriber count",
    text="""\
HOMEFRONT KOREA
A weekly newsletter for military families on the peninsula | Issue 212 | Wednesday edition

THIS WEEK: Moscow says [[6,000]] North Korean deminers and builders are headed to Russia

Hi, Homefront families,

PCS season is in full swing at Humphreys and Osan, so first of all: welcome to everyone who just \
landed. If you arrived this month, you may be wondering why so many North Korea headlines are \
really about Russia. Here is our plain-language roundup.

WHAT HAPPENED
On June 17, Sergei Shoigu, the former Russian defense minister who now heads the Kremlin's \
Security Council, flew to Pyongyang for talks with Kim Jong Un. Afterward he announced that North \
Korea would send [[1,000]] mine-clearing troops and [[5,000]] military construction workers to \
rebuild war-damaged towns in Russia's Kursk region.

WHAT SEOUL SAYS
South Korea's National Intelligence Service, in a report to lawmakers dated June 20, estimated \
that [[some 11,000]] North Korean soldiers remain in Russia. The same report said casualties had \
exceeded [[5,000]], a figure that counts both dead and wounded.

WHAT WASHINGTON SAYS
We asked the Defense Department about the new contingent. A spokesperson replied by email on \
Monday that the department was "tracking reports of [[up to 6,000]] additional personnel" and \
consulting closely with Seoul.

WHAT KYIV SAYS
Ukraine's military intelligence agency warned in the spring that Pyongyang could eventually \
deploy [[25,000 to 30,000]] more troops, possibly even to occupied Ukrainian territory.

OUR TAKE
By Homefront's own tally of published estimates, [[well over 15,000]] North Korean troops have \
rotated through Russia since last fall. That is a lot of combat experience coming home to an army \
that sits 40 miles from Camp Humphreys' front gate.

WHAT IT MEANS FOR YOU
Nothing changes for now. U.S. Forces Korea has about 28,500 service members on the peninsula, and \
the command says its readiness posture is unchanged. Ulchi Freedom Shield, the big summer \
exercise, is still planned for August. Keep your evacuation paperwork current: the next \
noncombatant evacuation drill runs Aug. 4-8, and the family readiness office can check your \
packet in about 15 minutes.

Questions? Call the Humphreys family readiness desk at DSN 755-3391, or 0503-355-3391 from a cell \
phone. The commissary's case-lot sale runs June 27-29 with savings of up to 30 percent.

Homefront Korea is an independent volunteer newsletter, not an official Department of Defense \
publication. 4,812 subscribers. Unsubscribe | Forward to a friend
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "'THIS WEEK:' line (a headline): Shoigu's two contingents added up (planned, not an "
          "increment), from June 17 to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On June 17 … Afterward he announced … would send': deminers"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military construction workers"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "2025-06-20",
          "the NIS 'in a report to lawmakers dated June 20': remain in Russia"),
        C("5,000", 5000, "at_least", "casualties", "south_korea", "2025-06-20",
          "'The same report said casualties had exceeded' (verb outside the span)"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "mon",
          "a Defense Department spokesperson by e-mail 'on Monday', in quotes: 'additional "
          "personnel' (increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-03-01..2025-05-31",
          "Ukraine's military intelligence 'warned in the spring': '… more troops' (increment)",
          add=True),
        C("well over 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "'By Homefront's own tally of published estimates' (the outlet's own reckoning: "
          "unattributed, required): rotated through Russia"),
    ),
)

I10 = Source(
    article_id="i10_lnrt_english_kursk_pullback_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-02-12"),
    dated_by="sidecar",
    sidecar=(
        "LNRT English",
        "https://www.lnrt.example/en/world/north-korea-pulls-troops-from-kursk-front-seoul-2471",
        "North Korea pulls troops from Kursk front after 4,000 casualties – Seoul",
    ),
    features="Lithuanian public broadcaster's English news in HTML, UTF-8 with BOM, no meta "
        "date (sidecar, Wednesday) but a Lithuanian-style time line '2025.02.12 15:44', GDPR "
        "notice, an ad script with slot sizes, related links, footer with an address; `<title>` "
        "figure (optional); h1 'Seoul' from the NIS 'on Wednesday' (the publication day); 'The "
        "agency estimated … at more than 4,000'; 'the roughly 11,000 troops Pyongyang had sent'; "
        "a HUR spokesman 'on Tuesday' „several thousand“ in quotes; Lithuania's vice-minister of "
        "defence 'told LNRT English on Wednesday' and 'He estimated' (a third government: "
        "other); a senior US defence official 'last week'; Peskov without a figure; GDP "
        "percentages, euros, refugees, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korea pulls troops from Kursk front after [[4,000]] casualties – Seoul | LNRT \
English</title>
<meta name="description" content="Lithuanian vice-minister: Moscow is sending Kim's soldiers \
across open fields against drones.">
<script>var lnrtAds={slots:["top_970x250","side_300x600"],consent:false};</script>
</head>
<body>
<div id="gdpr">LNRT counts visits to improve its services and, if you agree, remembers your \
preferences. Read more in our privacy policy. <button>Allow</button> <button>Decline</button></div>
<nav><a href="/en">English</a> | <a href="/en/lithuania">Lithuania</a> | <a \
href="/en/world">World</a> | <a href="/en/security">Security</a> | <a \
href="/en/opinion">Opinion</a> | <a href="/">LT</a></nav>
<article>
<h1>North Korea pulls troops from Kursk front after [[4,000]] casualties – Seoul</h1>
<p class="time">2025.02.12 15:44</p>
<p class="lead">North Korean soldiers have not been seen fighting in Russia's Kursk region since \
mid-January, South Korea's National Intelligence Service (NIS) said on Wednesday, after they \
suffered heavy losses.</p>
<p>The agency estimated North Korean casualties at [[more than 4,000]] dead and wounded. It said \
the [[roughly 11,000]] troops Pyongyang had sent to Russia appeared to have been pulled back from \
the front line to regroup, and did not rule out their return, possibly with reinforcements.</p>
<p>Kyiv disputed that the North Koreans had gone. Andriy Yusov, a spokesman for Ukraine's \
military intelligence (HUR), told national television on Tuesday that “[[several thousand]]” of \
them were still near the border and that Pyongyang was preparing replacements.</p>
<p>In Vilnius, Vice-Minister of National Defence Tomas Godliauskas said Moscow was using the \
North Koreans as expendable infantry. “They are sent across open fields against drones. That is \
how you get such losses,” he told LNRT English on Wednesday. He estimated that [[around 1,000]] \
of them had died.</p>
<p>A senior US defence official told reporters in Washington last week that North Korea had \
[[more than 12,000]] soldiers in Russia and was “looking to send more”.</p>
<p>Moscow has not officially acknowledged that the North Koreans are there. Kremlin spokesman \
Dmitry Peskov again declined to comment on Wednesday.</p>
<p>Lithuania, which plans to spend between 5 and 6 percent of GDP on defence from next year, has \
been among Kyiv's most vocal backers. Vilnius has given Ukraine aid worth more than €1 billion \
since 2022, and around 50,000 Ukrainian refugees live in the country.</p>
</article>
<aside><h3>Related</h3><ul><li>Lithuanian volunteers in Ukraine: three years on</li><li>Seimas \
approves record defence budget of €4 billion</li></ul></aside>
<footer>© LNRT 2025 · S. Konarskio g. 49, Vilnius · news@lnrt.example</footer>
</body>
</html>
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "south_korea", "wed",
          "<title> (metadata) restating the h1", opt=True),
        C("4,000", 4000, "exact", "casualties", "south_korea", "wed",
          "h1 '– Seoul': the NIS figure of Wednesday (the publication day)"),
        C("more than 4,000", 4000, "at_least", "casualties", "south_korea", "wed",
          "'The agency estimated … at' carries the lead's NIS 'on Wednesday': dead and wounded"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'It said': the troops sent to Russia (pulled back from the front line, so not "
          "near_front)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "tue",
          "HUR spokesman Yusov 'on Tuesday', “…”: still near the border"),
        C("around 1,000", 1000, "approx", "casualties", "other", "wed",
          "Lithuania's vice-minister of defence 'on Wednesday', 'He estimated' (a third "
          "government): died"),
        C("more than 12,000", 12000, "at_least", "in_russia", "united_states", "lastweek",
          "a senior US defence official 'last week': in Russia"),
    ),
)

I11 = Source(
    article_id="i11_cebu_herald_kim_fallen_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-08-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Cebu Morning Herald",
        "",
        "Kim honors war dead as Kyiv says 6,000 North Koreans killed or hurt",
    ),
    features="Philippine provincial daily's world page as plain text, UTF-16 LE with BOM and "
        "CRLF (sidecar without url, Saturday); headline 'as Kyiv says' from Ukraine's military "
        "intelligence 'on Wednesday' (Wednesday to publication); North Korean state TV 'on "
        "Thursday' with portraits of `dozens` of the dead (north_korea); returnees welcomed home "
        "(optional); the NIS 'in April' and 'It now believes … lawmakers in Seoul were told this "
        "week' (Monday to publication); the JCS 'On Friday' 'up to 6,000 more' (increment); a "
        "University of San Carlos professor 'told the Herald' (other, `pub`); Filipino "
        "seafarers and overseas workers, a weather bulletin's kilometres, a hotline number",
    text="""\
WORLD

Kim honors war dead as Kyiv says [[6,000]] North Koreans killed or hurt

By Maria Theresa Abellana
Herald Staff

North Korean leader Kim Jong Un bowed before the coffins of soldiers killed in Russia on Thursday \
and pinned medals on comrades who came back, state television showed, in Pyongyang's most public \
acknowledgment yet of what its alliance with Moscow has cost.

Footage aired by Korean Central Television showed Kim embracing relatives of the fallen in front \
of a wall with portraits of [[dozens]] of soldiers who died in the fighting in Russia's Kursk \
region. The ceremony also welcomed home [[several hundred]] troops, who marched past the leader \
in dress uniform.

The toll is far higher than Pyongyang has let on, according to Kyiv. Ukraine's military \
intelligence said on Wednesday that [[about 6,000]] North Koreans had been killed or wounded \
since their first battles last November.

South Korea's National Intelligence Service estimated in April that [[about 600]] North Korean \
soldiers had died. It now believes [[around 15,000]] have been sent to Russia in all, counting \
rotations, lawmakers in Seoul were told this week. On Friday, the Joint Chiefs of Staff in Seoul \
said the North appeared to be readying [[up to 6,000]] more engineers and construction workers \
for deployment.

Dr. Ramon Villacastin, who teaches international politics at the University of San Carlos, said \
the official numbers probably understate the total. "With the rotations, I think [[at least \
18,000]] have gone, and Pyongyang will keep the pipeline open as long as Moscow pays," he told \
the Herald.

The Department of Migrant Workers said about 1,200 seafarers from Central Visayas work on vessels \
that call at Russian or Korean ports, and that none had reported problems. The Philippines counts \
some 2.16 million overseas Filipino workers. Families with concerns may call the DMW hotline at \
1348.

In other news, PAGASA said a low-pressure area was last spotted 640 kilometers east of Mindanao \
and could become a tropical depression by Monday.

With reports from wire agencies
""",
    claims=(
        C("6,000", 6000, "exact", "casualties", "ukraine", "wed..pub",
          "headline 'as Kyiv says': Ukraine's military intelligence 'on Wednesday' (window to "
          "publication)"),
        C("dozens", None, "vague", "casualties", "north_korea", "thu",
          "North Korean state TV's footage of Thursday's ceremony: portraits of the dead"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "thu",
          "returnees welcomed home at the ceremony (optional, as parade veterans before)",
          opt=True),
        C("about 6,000", 6000, "approx", "casualties", "ukraine", "wed",
          "Ukraine's military intelligence 'said on Wednesday' (source before, 'according to "
          "Kyiv' in the sentence before): killed or wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the NIS 'estimated in April': died"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-08-18..pub",
          "'It now believes …, lawmakers in Seoul were told this week' (Monday to publication): "
          "sent in all"),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "fri",
          "the JCS 'On Friday': readying '… more' engineers and builders (increment)", add=True),
        C("at least 18,000", 18000, "at_least", "in_russia", "other", "pub",
          "a University of San Carlos professor 'told the Herald' (undated): gone to Russia"),
    ),
)

I12 = Source(
    article_id="i12_gaborone_observer_year_on_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-07"),
    dated_by="dateline",
    features="Botswanan paper in Markdown, ISO-8859-1 with straight quotes, front matter without "
        "a date (title, section, byline) and a dateline 'GABORONE, 7 November 2025 -' (Friday); "
        "the NIS 'told parliament in Seoul on Tuesday' `about 10,000` and `5,000` builders 'on "
        "top of them' (increment, in the Kursk region); 'The agency believes' (carried "
        "Tuesday); Rutte 'last month'; Zelensky 'in an address last "
        "week' `thousands` more (vague increment); TASS quoting a defence ministry official 'in "
        "September' (X citing Y: russia, sappers in Kursk); a University of Botswana lecturer's "
        "range (other, `pub`); Botswana's army, SADC members, pula, carats, kilometres, years",
    text="""\
---
title: "A year on, Kim's soldiers are still dying for Moscow"
section: World
byline: Onalenna Sebina
---

# A year on, Kim's soldiers are still dying for Moscow

GABORONE, 7 November 2025 - More than a year after North Korea first sent troops to help Russia, \
the deployment shows no sign of ending. South Korea's spy agency told parliament in Seoul on \
Tuesday that [[about 10,000]] North Korean soldiers are still stationed in Russia's Kursk border \
region, and that [[5,000]] military construction workers are being moved there on top of them. \
The agency believes [[roughly 2,000]] North Korean soldiers have lost their lives in the war so \
far.

NATO's secretary-general, Mark Rutte, told reporters last month that [[more than 15,000]] North \
Koreans had served in Russia in rotations since the first arrivals in October 2024. In an address \
last week, Ukraine's President Volodymyr Zelensky warned that [[thousands]] more could follow \
next year.

Moscow, which for months would not confirm that the troops existed, now praises them openly. The \
state news agency TASS quoted a Russian defence ministry official in September as saying that \
"[[about 1,000]]" North Korean sappers were clearing mines in the Kursk region.

## Why Gaborone cut ties

Botswana broke off diplomatic relations with Pyongyang in 2014, after a UN commission of inquiry \
documented crimes against humanity in North Korea. It was one of the few African governments to \
do so.

Dr Kagiso Mothibi, who lectures in international relations at the University of Botswana, said \
the deployment showed the decision had been right. "A government that rents out its young men to \
fight someone else's war is telling you exactly how it values life," he said. He estimates that \
[[between 2,000 and 3,000]] North Koreans have died, somewhat more than Seoul's figure, because \
"the wounded who die later are rarely counted".

Mothibi said African states should take note. Russia has been recruiting abroad too, and although \
the war is more than 12,000 kilometres from Gaborone, its effects reach the price of bread here. \
The 16 members of SADC have taken different positions at the UN, and Botswana's own army, some \
9,000 strong, has never been asked to take sides.

Diamond sales, which make up most of Botswana's exports, fell by about a third last year as \
prices slumped, costing the treasury more than P10 billion in revenue. Debswana produced 17.9 \
million carats.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'told parliament in Seoul on Tuesday': stationed in the Kursk border region"),
        C("5,000", 5000, "exact", "near_front", "south_korea", "tue",
          "same sentence: builders moved there 'on top of them' (increment)", add=True),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The agency believes' carries Tuesday: dead"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "2025-10-01..2025-10-31",
          "Rutte 'told reporters last month': served in Russia in rotations"),
        C("thousands", None, "vague", "planned", "ukraine", "lastweek",
          "Zelensky 'In an address last week': '… more could follow' (vague increment)",
          add=True),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-09-01..2025-09-30",
          "TASS quoting a Russian defence ministry official 'in September' (X citing Y: the "
          "official's government): sappers clearing mines in Kursk"),
        C("between 2,000 and 3,000", None, "range", "casualties", "other", "pub",
          "a University of Botswana lecturer, present tense 'He estimates': died"),
    ),
)

SOURCES: tuple[Source, ...] = (
    I01, I02, I03, I04, I05, I06,
    I07, I08, I09, I10, I11, I12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
