"""Build the 23rd BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A twenty-fifth corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Brandenburg local
paper on an adult-education talk, a Bavarian public broadcaster's regional web text from the
Grafenwöhr training area, a Carinthian weekly, a Solothurn paper's foreign page, a railway
workers' union magazine's world page and a Bremen weekly's long read; a Philippine Sunday paper,
a Welsh-language broadcaster's English site, a US Gulf Coast paper, a Swedish public radio's
English service, a South Korean 24-hour news channel's English site and a Zambian daily. Same
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
BASE_NAME = "_blind23_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

L01 = Source(
    article_id="l01_uckermark_vhs_vortrag",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-08"),
    dated_by="sidecar",
    sidecar=(
        "Uckermark-Kurier",
        "https://www.uckermark-kurier.example/lokales/prenzlau/ex-offizier-erklaert-kims-soldaten-"
        "3318207",
        "Prenzlauer Vortrag: Ex-Offizier erklärt Kims Soldaten in Russland",
    ),
    features="Brandenburg local paper's report on an adult-education talk, plain text (sidecar, "
        "Friday); quote headline without a figure; deck 'Er schätzt ihre Zahl auf' from the "
        "talk (Thursday evening to publication); a retired officer at 'Der Abend am Donnerstag' "
        "(other, the event's day) with `knapp 11.000` and present-tense „Tausende“ ('hält … für "
        "ausgemacht'); the Pentagon second-hand through him 'zu Wochenbeginn' (Monday-Tuesday); "
        "Zelensky 'am Montagabend' second-hand; South Korea's defence minister 'in der "
        "vergangenen Woche' `einige tausend` 'nachschicken' (vague planned increment); refugees "
        "in the district, pupils, army sizes, percent, distance, age, fee, phone number",
    text="""\
Uckermark-Kurier · Lokales · Prenzlau

„Die sind nicht zum Zuschauen gekommen“

Ein früherer Nachrichtenoffizier spricht in der Volkshochschule über Kim Jong Uns Soldaten in \
Russland. Er schätzt ihre Zahl auf [[knapp 11.000]] – und der Saal hört mucksmäuschenstill zu.

Von Kerstin Raddatz

Sechzig Stühle hatte die Volkshochschule in der Friedrichstraße aufgestellt, am Ende trugen \
Hausmeister Olaf Steinke und zwei Helfer noch ein Dutzend aus dem Keller hoch. Angekündigt war \
der Abend am Donnerstag als Vortrag über „Korea und der Krieg in Europa“. Dass das Thema so viele \
Uckermärker anlocken würde, hatte im Haus niemand erwartet.

Hartmut Ziegenhagen, 67, diente bis zu seiner Pensionierung als Oberstleutnant im militärischen \
Nachrichtenwesen und wohnt heute in Gramzow. Er legte eine Karte des russischen Gebiets Kursk auf \
den Projektor und zeigte, wo er die Nordkoreaner vermutet: in einem schmalen Streifen nördlich \
von Sudscha, keine 30 Kilometer von der ukrainischen Grenze. „Nach allem, was offen zugänglich \
ist, sind inzwischen [[knapp 11.000]] Mann aus Nordkorea in Russland“, sagte Ziegenhagen. „Und \
die sind nicht zum Zuschauen gekommen.“

Seine Zahlen hat der Pensionär aus amerikanischen und ukrainischen Quellen zusammengetragen. Das \
Pentagon habe zu Wochenbeginn erklärt, [[rund 8000]] der Soldaten stünden bereits im Grenzgebiet, \
erläuterte er. Präsident Wolodymyr Selenskyj wiederum habe am Montagabend in seiner \
Videobotschaft von [[11.000]] Nordkoreanern allein im Raum Kursk gesprochen und erste Gefechte \
gemeldet. Dass [[Tausende]] von ihnen längst im Kampf stehen, hält Ziegenhagen für ausgemacht.

Aus Seoul kamen in der vergangenen Woche noch düsterere Töne. Südkoreas Verteidigungsminister \
sagte dort, Kim könne bis zum Jahresende [[einige tausend]] Mann nachschicken, sobald Moskau \
danach verlange.

In der dritten Reihe saß Olena Hrytsenko, 41, die mit ihren beiden Kindern aus Sumy nach Prenzlau \
geflohen ist. Ihr Mann dient in einer Panzerbrigade an der Nordgrenze. „Wir hören seit Wochen, \
dass die Koreaner kommen“, sagte sie nach dem Vortrag. Im Landkreis leben nach Angaben der \
Kreisverwaltung derzeit rund 1.900 Geflüchtete aus der Ukraine, etwa 300 Kinder gehen hier zur \
Schule.

Ziegenhagen erinnerte auch an die Größenordnungen: Nordkoreas Armee zähle mehr als eine Million \
Soldaten, die Bundeswehr komme auf gut 181.000. „Für Kim ist das eine Verhandlungsmasse. Für uns \
wäre es ein Zwanzigstel unserer Streitkräfte“, sagte er, und einige im Saal lachten nervös.

Der nächste Abend der Reihe am 21. November widmet sich der Energieversorgung in der Region. Der \
Eintritt kostet 5 Euro, Anmeldung unter 03984 71 22 40.
""",
    claims=(
        C("knapp 11.000", 11000, "approx", "in_russia", "other", "thu..pub",
          "deck 'Er schätzt': the retired officer's figure of the Thursday talk"),
        C("knapp 11.000", 11000, "approx", "in_russia", "other", "thu",
          "retired officer at the talk 'am Donnerstag' (the event dates him)"),
        C("rund 8000", 8000, "approx", "near_front", "united_states", "mon..tue",
          "Pentagon relayed by the officer, 'zu Wochenbeginn': in the border area"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend', relayed in Konjunktiv: in the Kursk area"),
        C("Tausende", None, "vague", "near_front", "other", "thu",
          "the officer again ('hält … für ausgemacht', the talk's day): in combat"),
        C("einige tausend", None, "vague", "planned", "south_korea", "lastweek",
          "South Korea's defence minister 'in der vergangenen Woche': 'nachschicken'", add=True),
    ),
)

L02 = Source(
    article_id="l02_funkhaus_oberpfalz_grafenwoehr_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-15"),
    dated_by="html_meta",
    features="Bavarian public broadcaster's regional web text in HTML (`article:published_time` "
        "with +01:00, a privacy layer, region navigation with `&middot;`, a video config "
        "script, `&bdquo;`/`&ldquo;` quotes, a listener hotline in the footer, a tracking push); "
        "`<title>` figure (optional); headline 'Seoul zählt' from the NIS 'am Montag' "
        "(Monday to publication); a Ukrainian sergeant training in Grafenwöhr (interviewed "
        "soldier: ukraine, present tense `pub`) „Hunderte“ in one sector; NIS `rund 300` dead "
        "and `2.700` wounded (same count split, no increment); Zelensky 'am Samstag' `zwei` "
        "prisoners (number word); HUR 'in der vergangenen Woche' at the start of a sentence "
        "before a colon; a US Army spokesman in Wiesbaden citing the Pentagon (united_states, "
        "undated); training-area size, Ukrainians trained, euros, weeks",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Grafenwöhr: Ukrainer erzählen von Nordkoreas Soldaten – Seoul zählt [[300]] Tote | \
FB24</title>
<meta property="og:site_name" content="FB24 – Funkhaus Bayern">
<meta property="article:published_time" content="2025-01-15T16:40:00+01:00">
<meta name="robots" content="index,follow">
<script>var fbConf={region:"oberpfalz",videoId:"av:6785a1f0",ivw:"/regional/opf"};</script>
</head>
<body>
<div class="privacy-layer">Damit FB24 funktioniert, speichern wir technisch notwendige Daten. Mit \
Ihrer Zustimmung laden wir außerdem Videos und Karten externer Anbieter. <a \
href="/datenschutz">Einstellungen</a> <button>Alles zulassen</button></div>
<header><a href="/">FB24</a> <nav><a href="/regional">Regional</a> &middot; <a \
href="/regional/oberfranken">Oberfranken</a> &middot; <a href="/regional/oberpfalz">Oberpfalz</a> \
&middot; <a href="/regional/niederbayern">Niederbayern</a> &middot; <a \
href="/live">Live</a></nav></header>
<main>
<article>
<p class="topline">Truppenübungsplatz Grafenwöhr</p>
<h1>Seoul zählt [[300]] tote Nordkoreaner – in der Oberpfalz hören Ukrainer davon</h1>
<p class="teaser"><strong>Auf dem Übungsplatz bei Grafenwöhr lernen ukrainische Soldaten den \
Umgang mit westlichem Gerät. Manche von ihnen haben schon gegen Nordkoreaner gekämpft.</strong></p>
<p class="byline">Von Johanna Wittmann &middot; 15.01.2025, 16:40 Uhr</p>
<p>Der Sergeant, der nur mit seinem Vornamen Taras genannt werden möchte, hat den Dezember im \
Gebiet Kursk verbracht, bevor ihn seine Brigade zur Ausbildung an Schützenpanzern in die \
Oberpfalz schickte. Von den Nordkoreanern erzählt er ohne Pathos. &bdquo;Sie kommen in Wellen, \
oft ohne jede Deckung. Allein vor unserem Abschnitt waren es an manchen Tagen \
[[Hunderte]]&ldquo;, sagt er.</p>
<p>Was Taras beschreibt, passt zu den Zahlen, die Südkoreas Geheimdienst NIS am Montag vorgelegt \
hat. Vor Abgeordneten in Seoul bezifferte der Dienst die Verluste der Nordkoreaner auf \
[[rund 300]] Tote und [[2.700]] Verwundete. Einem Ausschussmitglied zufolge hätten Offiziere aus \
Pjöngjang ihren Leuten befohlen, sich lieber selbst zu töten, als sich gefangen nehmen zu \
lassen.</p>
<p>Dass es trotzdem Gefangene gibt, hatte Präsident Wolodymyr Selenskyj am Samstag öffentlich \
gemacht. Er zeigte Fotos von [[zwei]] verwundeten Nordkoreanern, die Fallschirmjäger und \
Spezialkräfte im Gebiet Kursk festgenommen hätten; beide würden in Kiew vom Geheimdienst SBU \
befragt.</p>
<p>In der vergangenen Woche hatte der ukrainische Militärgeheimdienst HUR noch deutlich höhere \
Verluste genannt: [[Mehr als 3.000]] Nordkoreaner seien getötet oder verletzt worden. Ein \
Sprecher der US-Armee in Wiesbaden verwies auf Nachfrage auf die Einschätzung des Pentagons, \
wonach [[etwa 11.000]] nordkoreanische Soldaten im Raum Kursk eingesetzt sind.</p>
<h2>Panzer, Schnee und Heimweh</h2>
<p>Grafenwöhr ist mit rund 230 Quadratkilometern einer der größten Übungsplätze Europas. Seit \
2022 haben US-Ausbilder hier und im nahen Hohenfels nach Armeeangaben mehr als 20.000 ukrainische \
Soldaten geschult. In Eschenbach und Pressath hat man sich an die Kolonnen gewöhnt, eine Bäckerei \
am Marktplatz verkauft inzwischen Piroggen, das Stück zu 2,50 Euro.</p>
<p>Taras will in drei Wochen zurück an die Front. &bdquo;Die Koreaner lernen schnell&ldquo;, sagt \
er. &bdquo;Im Dezember sind sie noch über offenes Feld gerannt. Jetzt graben sie sich \
ein.&ldquo;</p>
</article>
</main>
<footer><p>&copy; 2025 Funkhaus Bayern &middot; <a href="/impressum">Impressum</a> &middot; \
Hörertelefon 0800 5 900 900</p></footer>
<script>fbTrack.push({event:"pageview",words:452,chapters:2});</script>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the NIS figure of the body ('am Montag') to publication"),
        C("Hunderte", None, "vague", "near_front", "ukraine", "pub",
          "interviewed Ukrainian sergeant (soldier: ukraine), present tense 'sagt er'"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS briefing 'am Montag': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the same count split, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag': captured (number word)"),
        C("Mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'In der vergangenen Woche' before the colon: killed or wounded"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "pub",
          "US Army spokesman citing the Pentagon's assessment, no date: in the Kursk area"),
    ),
)

L03 = Source(
    article_id="l03_kaernten_wochenblatt_pause_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="Carinthian weekly in Markdown, windows-1252 with CRLF, front matter with `date:` "
        "(Thursday), an issue number and a title without a figure; 'Jänner', 'Feber', 'heuer'; "
        "the Ukrainian special forces' spokesman 'Anfang Feber' `An die 4.000` (approx, "
        "sentence-initial, 'so …' after the figure); the NIS 'schon im Jänner' (month) and 'Am "
        "Mittwoch' `weniger als 5.000` (at_most) at the border; HUR 'am Dienstag' `bis zu "
        "1.000` near the border; Rutte 'Mitte Jänner' „mehrere tausend“; a Klagenfurt political "
        "scientist 'im Gespräch' `5.000 bis 8.000` 'nachkommen' (planned range increment, `pub`; "
        "'heuer' is the event); army size, displaced Ukrainians in Carinthia, euros, lecture "
        "date, time and phone number",
    text="""\
---
title: "Warum Kims Soldaten plötzlich verschwunden sind"
date: 2025-02-20
ressort: Welt & Kärnten
autor: Michael Pirker
ausgabe: 8/2025
---

# Warum Kims Soldaten plötzlich verschwunden sind

**Seit Ende Jänner haben ukrainische Drohnen keine Nordkoreaner mehr an der Front bei Kursk \
gefilmt. Eine Klagenfurter Politologin glaubt trotzdem nicht an einen endgültigen Abzug.**

Es war ein Satz, der in Kiew aufhorchen ließ. Seit etwa drei Wochen habe man im russischen Gebiet \
Kursk keine nordkoreanischen Einheiten mehr gesehen, erklärte ein Sprecher der ukrainischen \
Spezialeinsatzkräfte Anfang Feber im Fernsehen. Die Truppen hätten davor schwere Verluste \
erlitten. [[An die 4.000]] Mann seien getötet oder verwundet worden, so der Sprecher. Man \
vermute, dass Moskau die Reste zum Auffrischen ins Hinterland gebracht habe.

In Seoul sieht man das ähnlich. Der Nachrichtendienst NIS hatte schon im Jänner von \
[[rund 3.000]] Toten und Verwundeten gesprochen. Am Mittwoch legte er vor dem \
Geheimdienstausschuss des Parlaments nach: Seit Anfang Feber seien kaum noch Nordkoreaner in \
Kampfhandlungen verwickelt, im Grenzraum stünden derzeit [[weniger als 5.000]] von ihnen.

Etwas anders klingt es beim ukrainischen Militärgeheimdienst. Dessen Sprecher sagte am Dienstag, \
in Lagern nahe der Grenze würden gerade [[bis zu 1.000]] Nordkoreaner auf einen neuen Einsatz \
vorbereitet. Auch die Nato beobachtet die Lage genau. Generalsekretär Mark Rutte hatte Mitte \
Jänner in Brüssel gesagt, Pjöngjang habe bei Kursk „[[mehrere tausend]]“ Tote und Verletzte zu \
beklagen; seither nennt das Bündnis keine neuen Zahlen.

## „Kim braucht die Kampferfahrung“

Für Verena Ogris, die am Institut für Politikwissenschaft der Universität Klagenfurt zu \
Nordostasien forscht, ist die Pause kein Ende. „Russland hat die Einheiten herausgenommen, weil \
sie zu teuer geworden sind. Aber Kim braucht die Kampferfahrung, und er braucht das Geld“, sagt \
sie im Gespräch mit dem Wochenblatt. Sie hält es für wahrscheinlich, dass heuer noch \
[[5.000 bis 8.000]] Mann nachkommen, besser ausgebildet und mit eigenen Drohnenteams.

Dass Nordkorea die Leute hat, steht außer Frage: Seine Armee umfasst nach westlichen Schätzungen \
1,2 Millionen Soldaten, dazu kommen Millionen Reservisten. Knapper sei etwas anderes, sagt Ogris: \
„Offiziere, die einen modernen Krieg kennen. Genau die holt er sich gerade in Russland.“

In Kärnten leben derzeit etwa 2.400 Vertriebene aus der Ukraine. Das Land stellt heuer 1,8 \
Millionen Euro für Deutschkurse und Betreuung bereit, wie das zuständige Landesratsbüro mitteilte.

*Vortrag: Verena Ogris spricht am 6. März um 19 Uhr im Stiftungssaal in Villach über „Korea, \
Russland und wir“. Eintritt frei, Anmeldung unter 04242 205-3311.*
""",
    claims=(
        C("An die 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "special forces' spokesman 'Anfang Feber' (Konjunktiv carried, 'so der Sprecher')"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'schon im Jänner' (an older figure recalled): dead and wounded"),
        C("weniger als 5.000", 5000, "at_most", "near_front", "south_korea", "wed",
          "NIS 'Am Mittwoch' before the committee: in the border area"),
        C("bis zu 1.000", 1000, "at_most", "near_front", "ukraine", "tue",
          "HUR spokesman 'am Dienstag': in camps near the border"),
        C("mehrere tausend", None, "vague", "casualties", "nato", "2025-01-11..2025-01-20",
          "Rutte 'Mitte Jänner' „…“: dead and wounded"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "Klagenfurt political scientist, undated interview: 'noch … nachkommen'", add=True),
    ),
)

L04 = Source(
    article_id="l04_solothurn_pjoengjang_gibt_zu_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="Solothurn paper's foreign page as plain text, UTF-16 LE with BOM and CRLF, dated by "
        "the dateline 'Solothurn, 30. April 2025 –' (Wednesday): `ss`, «», `15'000`, `10'000`, "
        "`20'000`, 4-digit `4700`; headline 'Seoul spricht von' from the NIS 'am Dienstag' "
        "(Tuesday to publication); KCNA's confirmation without a figure; a Duma deputy 'am "
        "Dienstag' «einige tausend» (russia); NIS totals in Konjunktiv with the source at the "
        "end of the paragraph ('Das teilte ein Abgeordneter … mit') and `über 600 von ihnen` "
        "(breakdown, at_least); HUR 'geht davon aus' undated; the State Department 'gestern' "
        "«Tausende»; an Olten historian's range (other, `pub`); watch exports, francs, percent, "
        "Russian losses",
    text="""\
Aare-Zeitung · Ausland

Pjöngjang gibt den Kursk-Einsatz zu – Seoul spricht von [[4700]] Opfern

Nach einem halben Jahr des Schweigens räumt Nordkorea ein, dass seine Soldaten für Russland \
kämpfen. Ein Oltner Historiker rechnet mit einem noch grösseren Kontingent.

Solothurn, 30. April 2025 – Monatelang hatten Moskau und Pjöngjang dementiert, relativiert oder \
geschwiegen. Am Montag kam die Kehrtwende: Die Staatsagentur KCNA meldete, Einheiten der \
Koreanischen Volksarmee hätten auf Befehl von Kim Jong Un an der «Befreiung» des Gebiets Kursk \
teilgenommen. Eine Zahl nannte die Agentur nicht, dafür viel Pathos über «heldenhafte Söhne des \
Vaterlandes».

In Moskau hatte Generalstabschef Waleri Gerassimow schon zwei Tage zuvor die «Tapferkeit der \
koreanischen Genossen» gelobt. Deutlicher wurde am Dienstag der Duma-Abgeordnete Igor Lebedew: Es \
seien «[[einige tausend]]» nordkoreanische Soldaten gewesen, die Seite an Seite mit russischen \
Einheiten die Ukrainer aus Sudscha vertrieben hätten, sagte er in einem Radiointerview.

Der südkoreanische Nachrichtendienst NIS zog gleichentags Bilanz. Von den [[rund 15'000]] \
Soldaten, die Nordkorea seit Oktober nach Russland geschickt habe, seien [[etwa 4700]] getötet \
oder verwundet worden, [[über 600]] von ihnen hätten den Einsatz nicht überlebt. Das teilte ein \
Abgeordneter nach einer Sitzung des Geheimdienstausschusses in Seoul mit.

Kiew hält diese Zahlen für zu tief gegriffen. Der ukrainische Militärgeheimdienst geht davon aus, \
dass sich derzeit noch [[über 10'000]] Nordkoreaner in Russland aufhalten, viele davon in \
Ausbildungslagern bei Kursk. Und in Washington sagte gestern ein Sprecher des Aussenministeriums, \
Pjöngjang habe nun selbst bestätigt, was man seit Monaten wisse: dass Kim «[[Tausende]]» seiner \
Soldaten für Putins Angriffskrieg geopfert habe.

Ein Kontingent, das weiter wächst

Für den Oltner Historiker Beat Studer, der sich seit Jahren mit dem Koreakrieg beschäftigt, ist \
das Eingeständnis ein Wendepunkt. «Wer einen Einsatz offiziell macht, will ihn fortsetzen», sagt \
er. Studer geht davon aus, dass bis Ende Jahr [[zwischen 20'000 und 25'000]] Nordkoreaner den \
Einsatz in Russland durchlaufen haben werden, die Rotationen eingerechnet.

Auch in der Region wird die Entwicklung verfolgt. Die Uhrenexporte nach Südkorea sind im ersten \
Quartal um 7 Prozent auf 48 Millionen Franken gestiegen, ein Grenchner Hersteller hat eben ein \
Geschäft in Busan eröffnet. Man hoffe, dass die Lage auf der Halbinsel ruhig bleibe, heisst es \
dort.

Russland hat nach ukrainischen Angaben seit Kriegsbeginn über 940'000 Soldaten verloren. Moskau \
kommentiert solche Zahlen nicht.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul spricht von … Opfern': the NIS figure of the body (Tuesday)"),
        C("einige tausend", None, "vague", "near_front", "russia", "tue",
          "Duma deputy 'am Dienstag' in a radio interview «…»: fought at Sudzha"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'gleichentags' (Tuesday), source named at the end of the paragraph: sent"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "tue",
          "same passage, Konjunktiv: killed or wounded"),
        C("über 600", 600, "at_least", "casualties", "south_korea", "tue",
          "'von ihnen … nicht überlebt' (a breakdown of the casualties): dead"),
        C("über 10'000", 10000, "at_least", "in_russia", "ukraine", "pub",
          "HUR 'geht davon aus' (present tense, no date): in Russia"),
        C("Tausende", None, "vague", "casualties", "united_states", "yday",
          "State Department spokesman 'gestern' «…»: sacrificed"),
        C("zwischen 20'000 und 25'000", None, "range", "planned", "other", "pub",
          "Olten historian 'geht davon aus' (undated): projected total with rotations"),
    ),
)

L05 = Source(
    article_id="l05_eisenbahner_magazin_welt_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=("Gleis & Welt", "", "Über die Freundschaftsbrücke an die Front"),
    features="railway workers' union magazine's world page in Markdown, ISO-8859-1 with »« quotes "
        "and straight hyphens, front matter without a date (sidecar without url, Thursday); "
        "italic deck 'kündigt Moskau … an' from Shoigu's Tuesday figures (Tuesday to "
        "publication); the NIS 'im November' (an older figure, month); Shoigu 'am Dienstag' "
        "after the meeting with Kim `1000` deminers and `5000` builders (planned totals, not "
        "increments); a Ukrainian railway unionist visiting the union's office (other, `pub`) "
        "`mindestens 15.000` transported; HUR 'vergangene Woche' `bis zu 30.000` weitere "
        "(increment); the magazine's own sum `14.000 bis 16.000` (unattributed, required); "
        "bridge length and year, track length, containers, travel days and fare, members, pay "
        "demand, phone number",
    text="""\
---
title: "Über die Freundschaftsbrücke an die Front"
rubrik: Welt
heft: 6/2025
---

# Über die Freundschaftsbrücke an die Front

*Nordkoreas Soldaten reisen mit der Bahn in Putins Krieg. Jetzt kündigt Moskau den Einsatz von \
[[6000]] Pionieren und Bausoldaten an. Was Eisenbahnerinnen und Eisenbahner auf beiden Seiten \
darüber wissen.*

Die Strecke ist kurz, aber sie hat es in sich: Bei Chassan, ganz im Südosten Russlands, überquert \
das einzige Gleis zwischen Russland und Nordkorea den Grenzfluss Tumen. Die Brücke ist knapp 600 \
Meter lang und stammt aus dem Jahr 1959. Über sie und über den Seeweg nach Wladiwostok kamen im \
vergangenen Herbst die ersten nordkoreanischen Soldaten nach Russland. Südkoreas Geheimdienst NIS \
sprach im November von [[rund 11.000]] Mann, die zunächst in Fernost ausgebildet und dann in \
Militärzügen quer durchs Land nach Westen gefahren worden seien.

Für die zweite Welle stehen die Fahrpläne offenbar schon. Sergej Schoigu, Sekretär des russischen \
Sicherheitsrats, reiste am Dienstag zum dritten Mal binnen weniger Wochen nach Pjöngjang. Nach \
dem Treffen mit Kim Jong Un verkündete er vor Journalisten, Pjöngjang stelle [[1000]] Pioniere \
zur Minenräumung sowie [[5000]] Militärbauarbeiter für das Gebiet Kursk bereit. Sie sollen Minen \
räumen und zerstörte Infrastruktur wieder aufbauen, Gleise, Brücken und Bahnhöfe eingeschlossen.

## »Wir hören, was durchkommt«

Bei der ukrainischen Bahn wird das genau registriert. »Wir zählen die Züge nicht selbst, aber wir \
hören von Leuten entlang der Strecken, was durchkommt«, sagt Oleksij Dowhan, stellvertretender \
Vorsitzender der ukrainischen Eisenbahnergewerkschaft, bei einem Besuch in unserer Frankfurter \
Zentrale. Nach seinen Informationen seien [[mindestens 15.000]] Nordkoreaner über das russische \
Schienennetz an die Front gebracht worden. Belegen kann er das nicht.

Der ukrainische Militärgeheimdienst HUR warnte vergangene Woche, in Nordkorea stünden \
[[bis zu 30.000]] weitere Soldaten für eine Verlegung bereit. Das Transportproblem sei dafür \
längst gelöst: Seit Kurzem verkehrt zwischen Moskau und Pjöngjang wieder ein direkter Kurswagen, \
die Fahrt dauert acht Tage.

Rechnet man die bisher genannten Kontingente zusammen, kommt unsere Redaktion auf \
[[14.000 bis 16.000]] nordkoreanische Soldaten, die seit Oktober 2024 in Russland im Einsatz \
waren - die jetzt angekündigten Bautrupps noch nicht mitgezählt.

## Zum Vergleich

Die Transsibirische Eisenbahn ist 9.288 Kilometer lang. Nach Schätzungen aus Seoul hat Nordkorea \
bislang mehr als 20.000 Container mit Munition und Raketen per Bahn und Schiff geliefert. Unsere \
Gewerkschaft vertritt rund 185.000 Mitglieder; in der laufenden Tarifrunde fordern wir 7,6 \
Prozent mehr Lohn, mindestens aber 300 Euro im Monat.

Kontakt zur Redaktion: welt@gleis-und-welt.example, Telefon 069 7536-0
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "italic deck 'kündigt Moskau … an': Shoigu's announcement of the body (Tuesday)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2024-11-01..2024-11-30",
          "NIS 'im November' (an older figure recalled): taken west by train"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang: will send deminers"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders (planned total, not an increment)"),
        C("mindestens 15.000", 15000, "at_least", "near_front", "other", "pub",
          "Ukrainian railway unionist on an undated visit: brought to the front by rail"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': 'weitere' ready to be moved", add=True),
        C("14.000 bis 16.000", None, "range", "in_russia", "unattributed", "pub",
          "the magazine's own sum ('kommt unsere Redaktion auf'): required"),
    ),
)

L06 = Source(
    article_id="l06_weser_woche_lesestueck_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Weser-Woche",
        "https://www.weser-woche.example/lesestueck/kims-legion-138207",
        "Kims Legion",
    ),
    features="Bremen weekly's long read in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Tuesday), a consent box, navigation, a reading-time script, `&bdquo;`/`&ldquo;` and "
        "raw „“, `&middot;` in the footer; `<title>` figure (optional); dek 'schätzt Seoul' from "
        "the NIS figure the body dates to September; a Bremen pensioner who studied in "
        "Pyongyang (no figures); the NIS 'damals, im Oktober 2024' `1500` (at the time); 'Im "
        "September' `rund 15.000` and `etwa 2000` (breakdown, dead); a Bremen political "
        "scientist (other, `pub`) `mindestens 3000`; a Pentagon official 'im Frühjahr' (season: "
        "March-May); HUR 'Anfang Oktober'; KCNA 'im August' „mehrere hundert“ deminers in Kursk "
        "(north_korea); parade veterans 'am vergangenen Freitag' (returnees: optional); the NIS "
        "'Ende September' 'zusätzlich' `5000` builders (increment); students, ages, pay per "
        "soldier in dollars, army size, address and phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kims Legion: Ein Jahr mit [[15.000]] Soldaten an Russlands Seite | Weser-Woche</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Kims Legion">
<link rel="canonical" href="https://www.weser-woche.example/lesestueck/kims-legion-138207">
<script>window.ww={abo:"plus",lesezeit:9,rubrik:"lesestueck"};</script>
</head>
<body>
<div class="cmp-box">Wir setzen Cookies für Statistik und Werbung ein. Ihre Wahl können Sie unter \
&bdquo;Privatsphäre&ldquo; im Seitenfuß ändern. <button>Passt so</button> <button>Nur das \
Nötigste</button></div>
<nav><a href="/">Start</a> | <a href="/bremen">Bremen</a> | <a \
href="/bremerhaven">Bremerhaven</a> | <a href="/welt">Welt</a> | <a \
href="/lesestueck">Lesestücke</a></nav>
<article>
<p class="rubrik">Das Lesestück</p>
<h1>Kims Legion</h1>
<p class="dek">[[Rund 15.000]] Soldaten hat Nordkorea seit dem Herbst 2024 nach Russland \
geschickt, schätzt Seoul. Was hat ein Jahr Krieg aus ihnen gemacht? Ein Bremer, der einst in \
Pjöngjang studierte, hat eine Ahnung.</p>
<p class="autor">Text: Malte Hinrichs</p>
<p>Klaus-Dieter Ohlsen war 1986 einer von etwa 40 DDR-Studenten an der Kim-Il-Sung-Universität. \
Heute ist er 63, wohnt in Vegesack und verfolgt die Nachrichten aus Kursk mit einer Mischung aus \
Entsetzen und Wiedererkennen. „Die Disziplin, das Schweigen, diese Bereitschaft, alles zu \
ertragen: Das kenne ich“, sagt er und gießt Tee in zwei Becher mit koreanischen Schriftzeichen.</p>
<p>Als vor einem Jahr die ersten Meldungen kamen, klangen sie noch vorsichtig. Südkoreas \
Geheimdienst NIS sprach damals, im Oktober 2024, von [[1500]] Spezialkräften, die per Schiff nach \
Wladiwostok gebracht worden seien. Im September dieses Jahres bezifferte derselbe Dienst die \
Gesamtzahl auf [[rund 15.000]]; [[etwa 2000]] von ihnen seien gefallen.</p>
<p>Die Bremer Politikwissenschaftlerin Imke Harms, die über Nordkoreas Militär forscht, hält die \
Todeszahl für geschönt. „Wenn man die Drohnenvideos aus dem Winter auswertet, würde ich von \
[[mindestens 3000]] Toten ausgehen“, sagt sie. In Washington hatte ein Vertreter des \
Verteidigungsministeriums schon im Frühjahr von [[über 4.000]] Toten und Verwundeten gesprochen. \
Kiews Militärgeheimdienst wiederum meldete Anfang Oktober, noch [[etwa 11.000]] Nordkoreaner \
seien in Russland stationiert, die meisten fernab der Front.</p>
<h2>Helden auf dem Kim-Il-Sung-Platz</h2>
<p>Pjöngjang hat aus dem Einsatz längst ein Heldenepos gemacht. Im August berichtete die \
Staatsagentur KCNA über die Heimkehr eines Pionierbataillons und über &bdquo;[[mehrere hundert]] \
tapfere Minenräumer&ldquo;, die in Kursk ihr Leben riskiert hätten. Bei der Parade zum 80. \
Gründungstag der Arbeiterpartei am vergangenen Freitag marschierten laut Staatsfernsehen \
[[etwa 1000]] Kursk-Veteranen an der Tribüne vorbei.</p>
<p>Ende September meldete der NIS, dass zusätzlich [[5000]] Bausoldaten auf dem Weg nach Russland \
seien, um Straßen und Brücken im Grenzgebiet wieder aufzubauen. Ohlsen wundert das nicht. „Für \
die Familien ist ein Jahr in Russland ein Privileg. Es gibt Geld, und wer zurückkommt, bekommt \
vielleicht eine Wohnung in der Hauptstadt.“ Nach südkoreanischen Schätzungen kassiert das Regime \
pro Soldat und Monat bis zu 2.000 Dollar; Nordkoreas Streitkräfte umfassen insgesamt rund 1,3 \
Millionen Mann.</p>
</article>
<footer>Weser-Woche Verlags-GmbH &middot; Martinistraße 43 &middot; 28195 Bremen &middot; \
Abo-Service 0421 36 71-0</footer>
</body>
</html>
""",
    claims=(
        C("15.000", 15000, "exact", "in_russia", "south_korea", "2025-09-01..pub",
          "<title> (metadata) restating the dek", opt=True),
        C("Rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..pub",
          "dek 'schätzt Seoul': the NIS total the body dates to September, to publication"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "NIS 'damals, im Oktober 2024' (at the time): shipped to Vladivostok"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'Im September dieses Jahres': total sent"),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "same statement, 'von ihnen … gefallen' (a breakdown): dead"),
        C("mindestens 3000", 3000, "at_least", "casualties", "other", "pub",
          "Bremen political scientist, present tense 'sagt sie': dead"),
        C("über 4.000", 4000, "at_least", "casualties", "united_states", "2025-03-01..2025-05-31",
          "Pentagon official 'im Frühjahr' (season: March-May): dead and wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "2025-10-01..2025-10-10",
          "HUR 'Anfang Oktober': still stationed in Russia, mostly away from the front"),
        C("mehrere hundert", None, "vague", "near_front", "north_korea", "2025-08-01..2025-08-31",
          "KCNA 'Im August' „…“: deminers who risked their lives in Kursk"),
        C("etwa 1000", 1000, "approx", "in_russia", "north_korea", "fri",
          "state TV on Friday's parade: returned Kursk veterans (returnees: optional)", opt=True),
        C("5000", 5000, "exact", "in_russia", "south_korea", "2025-09-21..2025-09-30",
          "NIS 'Ende September': 'zusätzlich' builders on their way (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="e07_manila_sunday_kursk_veterans_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-08-31"),
    dated_by="sidecar",
    sidecar=(
        "The Sunday Ledger",
        "https://www.sundayledger.example/world/2025/08/31/kims-kursk-veterans-asia",
        "Kim's Kursk veterans are coming home. Asia should pay attention",
    ),
    features="Philippine Sunday paper's world section as plain text, UTF-16 LE with BOM (sidecar, "
        "Sunday); headline without a figure; North Korean state TV 'Ten days ago' (a relative "
        "date: Thursday 21 August) „dozens“ of portraits (north_korea, vague); the NIS in a "
        "closed session 'on Thursday' with the source after the figures ('shared the estimate "
        "… on Thursday'): `about 2,000` of `roughly 15,000`, `another 6,000` (planned "
        "increment); Budanov 'in an interview published last week' (two figures); Japan's "
        "white paper 'in mid-July' (a third government: other); a State Department "
        "spokesperson 'on Wednesday' “thousands”; a Quezon City think-tank head 'reckons' a "
        "range (other, `pub`); Filipino workers in Korea, pesos, army sizes",
    text="""\
THE SUNDAY LEDGER | World | Manila

Kim's Kursk veterans are coming home. Asia should pay attention

By Carmela Dizon-Reyes

Ten days ago, state television in Pyongyang showed Kim Jong Un weeping before the portraits of \
[[dozens]] of soldiers killed in Russia's war against Ukraine, then pinning medals on coffins \
draped in the red-and-blue flag. It was the clearest admission yet of what the North Korean \
leader has paid for his alliance with Vladimir Putin.

The bill, by Seoul's reckoning, is steep. South Korea's National Intelligence Service believes \
[[about 2,000]] of the [[roughly 15,000]] North Korean soldiers sent to Russia since October 2024 \
have been killed, and that another [[6,000]] engineers and military builders are being readied \
for deployment. The spy agency shared the estimate with members of the National Assembly's \
intelligence committee in a closed session on Thursday.

Kyiv's numbers are higher, as they usually are. Kyrylo Budanov, the head of Ukraine's military \
intelligence, said in an interview published last week that [[around 11,000]] North Koreans \
remained on Russian soil and that "[[several thousand]]" of them were still taking part in combat \
in the Kursk region.

Japan's Ministry of Defense, in the annual white paper it released in mid-July, said Pyongyang \
had dispatched "[[more than 10,000]]" troops and warned that their battlefield experience could \
shift the military balance in Northeast Asia. Washington has been more guarded. Asked about the \
casualty figures on Wednesday, a State Department spokesperson would say only that North Korea \
had lost "[[thousands]]" of soldiers in a war that was not its own.

What worries Manila

For Rommel Bautista, who runs the Quezon City think tank Asia-Pacific Pathways, the number that \
matters is not the dead but the survivors. He reckons that [[between 4,000 and 5,000]] North \
Koreans now have real front-line experience with drones and trench warfare, "more than any army \
in our region except perhaps China's," as he put it over coffee in Makati.

"These men will be instructors within a year," Bautista said. "Every lesson from Kursk ends up in \
a training manual in Pyongyang."

The Philippines has its own reasons to watch. Some 17,000 Filipino workers are employed in South \
Korea under the Employment Permit System, and Congress has set aside PHP 35 billion this year for \
the modernization of the armed forces, whose active strength is about 150,000. Pyongyang, by \
contrast, keeps well over a million men under arms.

A spokesperson for the Department of Foreign Affairs said on Friday that Manila "continues to \
monitor developments on the Korean Peninsula closely" and had no plans to change its travel \
advisory for Seoul.
""",
    claims=(
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21",
          "state TV 'Ten days ago' (relative date): portraits of soldiers killed"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS, source and day in the next sentence ('on Thursday'): killed"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "same sentence: sent since October 2024"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "same sentence: 'another' builders being readied (increment)", add=True),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "lastweek",
          "Budanov 'in an interview published last week': on Russian soil"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "same interview “…”: in combat in Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "2025-07-11..2025-07-20",
          "Japan's defence white paper 'in mid-July' (third government): dispatched"),
        C("thousands", None, "vague", "casualties", "united_states", "wed",
          "State Department spokesperson 'on Wednesday' “…”: lost"),
        C("between 4,000 and 5,000", None, "range", "near_front", "other", "pub",
          "Quezon City think-tank head 'reckons' (undated): front-line experience"),
    ),
)

E08 = Source(
    article_id="e08_newyddion_aberystwyth_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Newyddion Cymru",
        "https://www.newyddion-cymru.example/en/world/north-korea-troops-aberystwyth-70211458",
        "North Korea's troops in Russia 'could pass 15,000 by spring'",
    ),
    features="Welsh-language broadcaster's English site in HTML, windows-1252 with CRLF (raw ‘’ "
        "“” and –), no meta date (sidecar, Wednesday), a bilingual cookie note, navigation with "
        "'Cymraeg', a dataLayer script with a word count, a company number in the footer; "
        "`<title>` figure (optional); headline 'could pass' (at_least) from an Aberystwyth "
        "lecturer's undated interview (other, `pub`); Zelensky 'On Monday' in his nightly "
        "address; a senior US official 'on Friday'; the JCS 'on Tuesday' “several thousand” "
        "more (vague planned increment); Rutte 'in late November' “well over 10,000”; "
        "Ukrainians in Wales, a seminar's founding year and enrolment fraction, Russian "
        "losses a day",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>North Korea's troops in Russia ‘could pass [[15,000]]’ – Aberystwyth expert | Newyddion \
Cymru</title>
<meta name="description" content="An Aberystwyth academic says Pyongyang's deployment is only \
beginning, as Kyiv reports North Korean soldiers in combat in Kursk.">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"world","storyId":"7021145\
8","wordCount":596});</script>
</head>
<body>
<div id="cookie-note"><p>We use cookies to make this site work and, if you agree, to learn which \
stories you read. <a href="/cwcis">Darllen mwy / Read more</a></p><button>Iawn / OK</button> \
<button>Dim diolch / No thanks</button></div>
<header><a class="logo" href="/en">Newyddion Cymru</a><nav><a href="/en">Home</a> <a \
href="/en/wales">Wales</a> <a href="/en/world">World</a> <a href="/en/sport">Sport</a> <a \
href="/cy">Cymraeg</a></nav></header>
<main>
<h1>North Korea's troops in Russia ‘could pass [[15,000]] by spring’</h1>
<p class="byline">By Rhodri Prys, Newyddion Cymru News</p>
<p><strong>An expert at Aberystwyth University believes North Korea's deployment to Russia is \
“only beginning”, as Ukraine says Pyongyang's soldiers are now fighting and dying in the Kursk \
region.</strong></p>
<p>Dr Gwenllian Rhys, a lecturer in East Asian security at the university's Department of \
International Politics, told Newyddion Cymru that Pyongyang was treating the war as a training \
ground. “I'd be surprised if the total didn't go past [[15,000]] by the spring,” she said. “Kim \
Jong Un wants as many of his officers as possible to see a modern war up close.”</p>
<p>On Monday, Ukraine's President Volodymyr Zelensky used his nightly video address to say that \
[[some 12,000]] troops from the North were massed around Kursk and had begun joining assaults \
alongside Russian marines and paratroopers.</p>
<p>Washington's assessment is similar. A senior US official, speaking to journalists on Friday on \
condition of anonymity, said the contingent in the region numbered [[more than 11,000]] and that \
some of its men had been killed or wounded, without giving a number.</p>
<p>In Seoul, the Joint Chiefs of Staff said on Tuesday they were watching for signs of a second \
deployment. Pyongyang could dispatch “[[several thousand]] more” soldiers at any time, a JCS \
spokesman said, adding that the North was also shipping artillery and ballistic missiles to \
Russia.</p>
<p>Nato's Secretary General, Mark Rutte, told a conference in Brussels in late November that the \
alliance estimated the North Korean presence in Russia at “[[well over 10,000]]” troops.</p>
<p>Wales has taken in more than 7,700 people from Ukraine since 2022, according to Welsh \
Government figures. Dr Rhys said her department's Korea seminar, which has run since 2009, had \
seen its enrolment rise by a third this term. Ukraine's General Staff says Russia is losing more \
than 1,500 soldiers a day.</p>
</main>
<footer><p>© Newyddion Cymru Cyf 2024 – Registered in Wales, company no. 04419283 · <a \
href="/en/privacy">Privacy</a> · <a href="/en/contact">Contact us</a></p></footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "at_least", "planned", "other", "pub",
          "<title> (metadata) restating the headline's 'could pass'", opt=True),
        C("15,000", 15000, "at_least", "planned", "other", "pub",
          "headline 'could pass' (at_least): the lecturer's undated interview"),
        C("15,000", 15000, "at_least", "planned", "other", "pub",
          "Aberystwyth lecturer 'told Newyddion Cymru' (undated): 'go past'"),
        C("some 12,000", 12000, "approx", "near_front", "ukraine", "mon",
          "Zelensky 'On Monday' in his nightly address: in the Kursk region"),
        C("more than 11,000", 11000, "at_least", "near_front", "united_states", "fri",
          "senior US official 'on Friday': in the region"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "JCS spokesman, day from the sentence before ('on Tuesday'): “… more”", add=True),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "2024-11-21..2024-11-30",
          "Rutte 'in late November' “…”: in Russia"),
    ),
)

E09 = Source(
    article_id="e09_mobile_bay_register_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-19"),
    dated_by="front_matter",
    features="US Gulf Coast paper in Markdown, front matter with `date:` (Wednesday) and a title "
        "figure (optional, increment); dateline 'MOBILE, Ala. —'; headline `3,000 more` "
        "(increment, span without 'more') from the JCS 'said Monday' (US style without 'on'); "
        "`about 3,000` 'additional' (increment); the JCS 'estimated' `about 4,000` of `roughly "
        "11,000` carried from Monday; HUR 'earlier this month' “thousands”; the Pentagon 'in a "
        "written answer' to the paper (undated: `pub`); a retired Army officer teaching at the "
        "University of South Alabama 'Reached by phone on Tuesday' `no more than 2,000` "
        "(other); Korean Americans in the metro area, miles, shipyard jobs (`more than 4,000` "
        "people next to a claim of the same form), dollars, years, age",
    text="""\
---
title: "Seoul: North Korea has sent [[3,000]] more troops to Russia"
date: 2025-03-19
section: Nation & World
byline: Dwayne Thibodeaux
---

# Seoul: North Korea has sent [[3,000]] more troops to Russia

*A South Alabama professor who once tracked the North Korean army says Pyongyang's soldiers are \
learning fast.*

By Dwayne Thibodeaux | Mobile Bay Register

MOBILE, Ala. — North Korea has shipped [[about 3,000]] additional soldiers to Russia since the \
start of the year, South Korea's military said Monday, replacing troops lost in the fighting in \
Russia's Kursk region.

Seoul's Joint Chiefs also estimated that [[about 4,000]] of the [[roughly 11,000]] North Koreans \
deployed last fall had been killed or wounded, and said some of the new arrivals had already been \
sent into combat.

Ukrainian commanders have reported since early March that North Korean units are back on the \
attack near the town of Sudzha after a lull of several weeks. Kyiv's military intelligence agency \
said earlier this month that "[[thousands]]" of them had returned to the front.

In a written answer to questions from the Register, the Pentagon said it assessed that North \
Korea had suffered "[[more than 4,000]]" casualties in Kursk. It declined to comment on the new \
deployment.

## 'They learn, and they adapt'

Darnell Fountain spent 22 years as an Army intelligence officer, including two tours at Camp \
Humphreys south of Seoul, before he began teaching political science at the University of South \
Alabama. Reached by phone on Tuesday, he said the total mattered less than the mix.

"My guess is [[no more than 2,000]] of them are actual front-line infantry at any one time," said \
Fountain, 58. "The rest are in training, in logistics, or recovering. But they learn, and they \
adapt. That's what should worry people in Seoul, and frankly in Washington."

Mobile has its own ties to the Korean peninsula. Some 2,600 Korean Americans live in the metro \
area, many of them drawn by suppliers to the Hyundai plant in Montgomery, about 170 miles to the \
northeast. Austal USA's shipyard on the Mobile River employs more than 4,000 people and last year \
won a $450 million Navy contract.

Fountain, who retired in 2016, said he still gets calls from former colleagues. "Nobody I know \
expected North Korean infantry in Europe," he said. "Nobody."
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "front-matter title (metadata): 'more' (increment)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul: … sent … more': the JCS figure of the lead (Monday)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'said Monday': 'additional' soldiers shipped (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "JCS 'estimated' in the same statement: killed or wounded"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same sentence: deployed last fall"),
        C("thousands", None, "vague", "near_front", "ukraine", "2025-03-01..pub",
          "HUR 'earlier this month' \"…\": returned to the front"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "pub",
          "Pentagon's written answer to the paper (undated)"),
        C("no more than 2,000", 2000, "at_most", "near_front", "other", "tue",
          "retired Army officer 'Reached by phone on Tuesday': front-line infantry"),
    ),
)

E10 = Source(
    article_id="e10_radio_norden_30000_latin1",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-07-24"),
    dated_by="dateline",
    features="Swedish public radio's English service as plain text, ISO-8859-1 with straight "
        "quotes and `å`/`ö`, dated by the line 'Published 24 July 2025 at 08:12' (Thursday); "
        "headline `up to 30,000` more (increment) from HUR's statement 'issued on Monday'; "
        "'The agency counted' carries the day to `roughly 11,000`; a senior Nato "
        "intelligence official 'on 17 July' (British-style date) \"more than 5,000\"; the NIS "
        "'in April' (month); an FOI analyst 'told Radio Norden on Wednesday' `10,000 to "
        "15,000` more (other, planned range increment); defence budget in kronor and "
        "percent, 'a further SEK 1.5 billion' (money, not an increment of troops), a support "
        "package number, Russian losses a day, a postal address and phone number",
    text="""\
Radio Norden English | News | World

Kyiv: Pyongyang readying [[up to 30,000]] more soldiers for Russia's war

Published 24 July 2025 at 08:12 | Updated 24 July 2025 at 11:30

Ukraine's military intelligence says Pyongyang is preparing a far bigger deployment. A Swedish \
researcher is sceptical of the figure, but warns Europe not to look away.

Preparations are under way in North Korea to send [[up to 30,000]] additional soldiers over the \
coming months, according to a statement issued on Monday by HUR, Ukraine's military intelligence \
directorate. The agency counted [[roughly 11,000]] North Koreans still deployed in Russia, the \
bulk of them around Kursk, where they have been clearing mines and rebuilding roads since the \
spring.

A senior Nato intelligence official, speaking to Nordic journalists in Brussels on 17 July on \
condition of anonymity, said the alliance believed North Korea had lost "[[more than 5,000]]" \
soldiers killed or wounded since last autumn. "They are paying for their combat experience in \
blood," the official said.

South Korea's intelligence service, which has generally offered lower figures than Kyiv, \
estimated in April that North Korean casualties, dead and wounded together, stood at \
[[about 4,700]]. Its officials have not publicly updated that count since.

Karin Lindqvist, who follows Russia's armed forces at the Swedish Defence Research Agency, FOI, \
doubts that Pyongyang can spare so many men at once. "My best guess would be [[10,000 to 15,000]] \
more before the end of the year, perhaps in two rotations," she told Radio Norden on Wednesday. \
"But even that would be a serious escalation, and a sign that Moscow is short of infantry."

Lindqvist said the lessons reach as far as the Baltic. "Russia has shown it can bring in soldiers \
from the other side of the world. Planners in Stockholm and Helsinki have to assume that this can \
happen again."

Sweden, which joined Nato in March 2024, plans to raise defence spending to 2.4 percent of GDP \
this year, about SEK 171 billion. The government announced on Tuesday a further SEK 1.5 billion \
in military aid to Ukraine, its 19th support package. According to Ukraine's General Staff, \
Russia lost around 1,000 soldiers a day in the first half of the year.

Radio Norden English, Box 4012, 102 61 Stockholm. Newsdesk +46 8 784 50 00. Tips: \
nyheter@radionorden.example
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv: … readying': HUR's Monday statement to publication: 'more'", add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR statement 'issued on Monday' (after the figure): 'additional'", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "'The agency counted' carries Monday: still deployed"),
        C("more than 5,000", 5000, "at_least", "casualties", "nato", "2025-07-17",
          "senior Nato intelligence official 'on 17 July': killed or wounded"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'estimated in April' (an older figure recalled)"),
        C("10,000 to 15,000", None, "range", "planned", "other", "wed",
          "FOI analyst 'told Radio Norden on Wednesday': 'more' (increment)", add=True),
    ),
)

E11 = Source(
    article_id="e11_k24_news_nis_toll_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-26"),
    dated_by="html_meta", crlf=True,
    features="South Korean 24-hour news channel's English site in HTML with CRLF "
        "(`article:published_time` with +09:00, og:title and JSON-LD headline without a figure, "
        "a VOD script with a runtime and ad-slot sizes, a one-line cookie note, a 'Published "
        "2025.09.26 09:35 KST' line, related links with percent, trips and temperature); "
        "`<title>` figure (optional); headline 'NIS:' from the lawmaker's Thursday account "
        "(Thursday to publication); 'a lawmaker said Thursday' after the figure; 'quoted agency "
        "officials as saying' carries the day to `some 13,000`, `about 5,000` builders (no "
        "increment word) and `1,000` deminers in Kursk (near_front); Ukraine's ambassador in "
        "Seoul 'on Tuesday' on the `two` prisoners; a Hanyang University professor `3,000 or "
        "more` (other, `pub`); USFK troops, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>NIS: [[About 2,000]] N. Korean soldiers killed in Russia | K24 News English</title>
<meta property="article:published_time" content="2025-09-26T09:35:00+09:00">
<meta property="og:title" content="Spy agency updates toll of North Korea's Russia deployment">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"Spy agency updates toll of North Korea's Russia \
deployment","datePublished":"2025-09-26T09:35:00+09:00","author":{"@type":"Person","name":"Han \
Ji-soo"}}</script>
<script>var k24={vod:"V20250926-0417",runtime:"2:13",ads:["top_728x90","mid_300x250"]};</script>
</head>
<body>
<div class="cookie">K24 News uses cookies to measure traffic and keep you signed in. <button>Got \
it</button></div>
<header><a href="/en">K24 NEWS</a> <nav><a href="/en/politics">Politics</a> <a \
href="/en/nk">North Korea</a> <a href="/en/economy">Economy</a> <a href="/en/world">World</a> <a \
href="/en/live">LIVE 24</a></nav></header>
<article>
<h1>NIS: [[About 2,000]] N. Korean soldiers killed fighting for Russia</h1>
<p class="meta">Han Ji-soo | Published 2025.09.26 09:35 KST</p>
<p>South Korea's spy agency believes [[around 2,000]] of the North's soldiers have lost their \
lives fighting for Moscow, a lawmaker said Thursday after a closed-door briefing by the National \
Intelligence Service.</p>
<p>Rep. Yoon Ha-jin, a member of the National Assembly's intelligence committee, quoted agency \
officials as saying that of the [[some 13,000]] troops Pyongyang has sent since October last \
year, most combat units had been pulled back from the front line by early summer.</p>
<p>The agency also said [[about 5,000]] military construction workers had been moved to Russia \
since early September, according to Yoon, and that [[1,000]] deminers were already clearing mines \
in the Kursk region.</p>
<p>Separately, Ukraine's ambassador in Seoul said on Tuesday that the [[two]] North Korean \
soldiers captured in Kursk in January still wished to come to South Korea, and that Kyiv was \
"working with partners" on their case.</p>
<p>Some analysts believe the true toll is higher. Choi Min-seok, a professor of North Korean \
studies at Hanyang University, told K24 that the agency's figure "should be read as \
[[3,000 or more]]," pointing to drone footage and the length of last winter's heaviest \
fighting.</p>
<p>U.S. Forces Korea, which stations about 28,500 troops in the South, declined to comment.</p>
<p class="related">Related: KOSPI closes 1.2% higher on chip rally · Chuseok travel: 33 million \
trips expected · Seoul 24°C, clear skies</p>
</article>
<footer>© K24 News. All rights reserved. Newsroom +82 2 398 1124</footer>
</body>
</html>
""",
    claims=(
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'NIS:': the figure of the lead (Thursday) to publication"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS via a lawmaker who 'said Thursday' (after the figure): died"),
        C("some 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "'quoted agency officials as saying' (same briefing): sent"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "same briefing: builders moved to Russia (no increment word)"),
        C("1,000", 1000, "exact", "near_front", "south_korea", "thu",
          "same sentence: deminers clearing mines in Kursk"),
        C("two", 2, "exact", "casualties", "ukraine", "tue",
          "Ukraine's ambassador in Seoul 'on Tuesday': captured (number word)"),
        C("3,000 or more", 3000, "at_least", "casualties", "other", "pub",
          "Hanyang professor 'told K24' (undated): dead"),
    ),
)

E12 = Source(
    article_id="e12_lusaka_courier_foreign_legions_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-11-21"),
    dated_by="sidecar",
    sidecar=(
        "The Lusaka Courier",
        "https://www.lusakacourier.example/world/russias-foreign-legions-20251121",
        "Russia's foreign legions: from Lusaka classrooms to Kim's battalions",
    ),
    features="Zambian daily in Markdown, UTF-8 with BOM, front matter without a date (sidecar, "
        "Friday), British spelling; a Zambian student captured in Ukraine and African recruits "
        "(not claims); the NIS 'which updated its estimate in early November' (days 1-10) "
        "`about 15,000`; 'in October last year' `12,000` intended in total (planned, month); "
        "HUR 'last week'; Rutte 'on 10 November' `as many as 20,000` (nato); the US at the "
        "Security Council 'in October' `upwards of 11,000` (at_least); Russia's ambassador in "
        "Lusaka 'in an interview with the Courier on Tuesday' “a few thousand” engineers and "
        "deminers (russia); a University of Zambia analyst `close to 20,000` (other, `pub`); "
        "the paper's own sum `13,000 to 16,000` (unattributed, required); Africans in Russia's "
        "army, cases, countries, kwacha, kilometres, ages, hotline",
    text="""\
---
title: "Russia's foreign legions: from Lusaka classrooms to Kim's battalions"
section: World
author: Mutale Banda
---

# Russia's foreign legions: from Lusaka classrooms to Kim's battalions

**As families in Zambia ask how their sons ended up at the front, North Korea's far larger \
deployment shows how Moscow fills its ranks.**

When Esther Mwale last heard from her son in March, he told her he had found work at a factory \
near Moscow. The 24-year-old had gone to Russia on a student visa in 2023 to study engineering. \
In September the family learned from the Ministry of Foreign Affairs that he had been captured by \
Ukrainian forces near Kupiansk.

His case is one of at least 30 that the ministry is handling, officials told the Courier this \
week. Kyiv's foreign ministry says more than 1,400 citizens of 36 African countries are fighting \
for Russia, many of them lured with promises of jobs and bonuses of up to K25,000.

Yet the largest foreign contingent on Russia's side does not come from Africa at all. North Korea \
has sent [[about 15,000]] soldiers since October 2024, according to South Korea's National \
Intelligence Service, which updated its estimate in early November. When the first reports \
emerged in October last year, the same agency said Pyongyang had decided to send a total of \
[[12,000]] troops, a figure Moscow then dismissed as "Western fantasy".

Ukraine's defence intelligence agency said last week that [[at least 6,000]] North Koreans had \
been killed or wounded, most of them during the winter battles for Kursk. Nato Secretary General \
Mark Rutte went further on 10 November, telling a security forum in Bratislava that \
[[as many as 20,000]] North Koreans could eventually rotate through Russia. The United States \
told the UN Security Council in October that "[[upwards of 11,000]]" North Korean troops had been \
sent to fight "in violation of multiple resolutions".

## 'As allies do'

Russia's ambassador in Lusaka, in an interview with the Courier on Tuesday, rejected any \
comparison with the African recruits. Pyongyang, he said, had sent "[[a few thousand]]" engineers \
and deminers at Moscow's request to rebuild the Kursk region, "as allies do".

Mwila Chanda, a defence analyst at the University of Zambia, believes that [[close to 20,000]] \
North Koreans will have passed through Russia by the end of the year. "For Pyongyang it is a \
contract between two states. For our boys it is a trap," he said.

Adding up the estimates published by Seoul, Kyiv and Washington since last October, the Courier \
arrives at [[13,000 to 16,000]] North Koreans who have served in Russia so far, against a few \
hundred Africans, most of whom signed individual contracts.

Lusaka is more than 9,000 km from Kursk. Families who suspect a relative has been recruited can \
call the ministry's hotline on 0211 252 640.
""",
    claims=(
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "NIS 'which updated its estimate in early November' (after the figure): sent"),
        C("12,000", 12000, "exact", "planned", "south_korea", "2024-10-01..2024-10-31",
          "'in October last year, the same agency said' … 'decided to send a total of'"),
        C("at least 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'said last week': killed or wounded"),
        C("as many as 20,000", 20000, "at_most", "planned", "nato", "2025-11-10",
          "Rutte 'on 10 November' in Bratislava: could rotate through Russia"),
        C("upwards of 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31", "US at the Security Council 'in October' “…”: sent"),
        C("a few thousand", None, "vague", "in_russia", "russia", "tue",
          "Russia's ambassador in Lusaka, interview 'on Tuesday' “…”: sent"),
        C("close to 20,000", 20000, "approx", "planned", "other", "pub",
          "University of Zambia analyst 'believes' (undated): projected total"),
        C("13,000 to 16,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own sum ('the Courier arrives at'): required"),
    ),
)

SOURCES: tuple[Source, ...] = (
    L01, L02, L03, L04, L05, L06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
