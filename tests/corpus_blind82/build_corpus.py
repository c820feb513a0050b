"""Build the EIGHTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`.

The eighty-fourth corpus for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Zweibrücken
daily, an Erzgebirge radio station's web text, a Gesäuse weekly (Austrian), a Saanenland paper
(Swiss), a coopers' guild magazine and a Wismar student radio; a Devonport (Tasmania) daily, a
community page from Yell in Shetland, a Utah canyon-country paper, a Kaunas English-language
outlet, a Pohnpei news page and a newsletter from Liberia's south-east coast. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the
README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind82_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

Z01 = Source(
    article_id="z82_01_zweibruecken_tagblatt_pentagon_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Zweibrücken daily's world page in HTML (`article:published_time` with +01:00, an "
        "ad-slot script, a consent banner in its own words, navigation, a footer with a phone "
        "number); `<title>` figure (optional); h1 'Pentagon zählt' from the body's Monday "
        "figure; Pentagon spokeswoman named after the figure ('Das erklärte … am Montag'); "
        "Konjunktiv 'Bis zu 8.000 … fügte sie hinzu'; HUR 'am Sonntag'; Seoul's defence "
        "minister 'vergangene Woche' „noch Tausende“ (vague increment); a Zweibrücken "
        "lecturer's range (other, `pub`); Russian losses a day, US citizens in the region, euros",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon: [[Rund 10.000]] Nordkoreaner in Russland | Westpfälzer Tagblatt</title>
<meta property="og:site_name" content="Westpfälzer Tagblatt">
<meta property="article:published_time" content="2024-11-05T16:20:00+01:00">
<meta property="article:section" content="Welt">
<script>window.wtbAds={slots:["300x250","728x90","160x600"],ressort:"welt",artId:88213};</script>
</head>
<body>
<div class="cookie-hinweis">Bei uns gibt es keine Kekse zum Kaffee, aber unser Server legt ein \
paar Dateien auf Ihrem Gerät ab. <button>Na gut, weiterlesen</button> <button>Lieber werbefrei \
für 6,90&nbsp;&euro; im Monat</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/zweibruecken">Zweibrücken</a> &middot; <a \
href="/suedwestpfalz">Südwestpfalz</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a></nav>
<article>
<h1>Pentagon zählt [[10.000]] Nordkoreaner in Russland</h1>
<p class="teaser">Washington erwartet, dass die Soldaten aus Pjöngjang bald gegen die Ukraine \
kämpfen. Ein Experte aus Zweibrücken glaubt, dass es dabei nicht bleibt.</p>
<p>Washington veranschlagt das Kontingent, das Nordkorea nach Russland verlegt hat, mittlerweile \
auf [[rund 10.000]] Soldaten. Das erklärte Sabrina Singh, stellvertretende Sprecherin des \
Verteidigungsministeriums, am Montag vor Journalisten in Washington. [[Bis zu 8.000]] von ihnen \
hätten die Russen bereits in die Grenzregion Kursk gebracht, fügte sie hinzu. Mit ersten \
Gefechten rechne man &bdquo;in den nächsten Tagen&ldquo;.</p>
<p>In Kiew klingen die Angaben noch dramatischer. Der ukrainische Militärgeheimdienst HUR \
meldete am Sonntag, [[etwa 11.000]] Nordkoreaner seien im Gebiet Kursk eingetroffen; erste \
Einheiten seien schon unter Artilleriebeschuss geraten. Die Russen selbst büßen nach Londoner \
Schätzungen täglich weit über 1.200 Mann ein.</p>
<p>Seoul hält sich mit neuen Zahlen zurück. Südkoreas Verteidigungsminister Kim Yong-hyun hatte \
vergangene Woche im Parlament gewarnt, es könnten &bdquo;noch [[Tausende]] nachkommen&ldquo;, \
sollte Moskau weiter Bedarf anmelden.</p>
<h2>&bdquo;Das ist erst der Anfang&ldquo;</h2>
<p>Für Michael Grewe, der am Campus Zweibrücken der Hochschule Kaiserslautern über \
Sicherheitspolitik in Ostasien lehrt, ist die Entwicklung keine Überraschung. &bdquo;Ich halte \
[[15.000 bis 20.000]] Mann bis zum Frühjahr für realistisch&ldquo;, sagt der 52-Jährige. Kim \
Jong Un bekomme dafür Öl, Devisen und Kampferfahrung für seine Armee.</p>
<p>In der Westpfalz verfolgt man den Krieg auch wegen der Amerikaner genau: Rund um die Air Base \
Ramstein leben etwa 50.000 US-Bürger, Soldaten und Angehörige mitgerechnet. Der Kreml äußerte \
sich am Dienstag nicht zu den Zahlen.</p>
</article>
<footer><p>&copy; 2024 Westpfälzer Tagblatt GmbH &middot; Hauptstraße 12, 66482 Zweibrücken \
&middot; Leserservice 06332 7120-0 &middot; <a href="/impressum">Impressum</a></p></footer>
<script src="/static/js/wtb-main.4f2a.js" defer></script>
</body>
</html>
""",
    claims=(
        C("Rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "<title> (metadata) restating the Pentagon's Monday figure", opt=True),
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "h1 'Pentagon zählt': the body's Monday figure (Monday to publication)"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "claimant named in the next sentence ('Das erklärte … am Montag')"),
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon",
          "Konjunktiv carried by 'fügte sie hinzu': brought to the Kursk border region"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "sun",
          "HUR 'meldete am Sonntag': arrived in the Kursk region"),
        C("Tausende", None, "vague", "planned", "south_korea", "lastweek",
          "defence minister 'vergangene Woche' „noch Tausende nachkommen“: vague increment",
          add=True),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Zweibrücken lecturer, present tense, no date"),
    ),
)

Z02 = Source(
    article_id="z82_02_erzgebirge_radio_verluste_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Erzwelle",
        "https://www.erzwelle.example/nachrichten/welt/nordkorea-verluste-kursk-104",
        "Kiew: Mehr als 4.000 Nordkoreaner tot oder verwundet",
    ),
    features="Erzgebirge radio station's web text as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar, Friday), 'Stand:' line; headline 'Kiew:' from Zelensky's Tuesday figure; "
        "Zelensky 'am Dienstag in Davos' and 'Noch zu Jahresbeginn' (an older figure); 'Seit "
        "dem 11. Januar' two prisoners (number word); NIS 'am 13. Januar' with lawmakers named "
        "after the figures; 'sollen' without a source (unattributed); an Annaberg historian "
        "'weitere 20.000 bis 30.000' (range increment, `pub`); GDR-era students, Russian "
        "losses, listener phone number",
    text="""\
Kiew: [[Mehr als 4.000]] Nordkoreaner tot oder verwundet

Stand: 24.01.2025, 11:40 Uhr | Von Katrin Ullmann

Die Verluste der nordkoreanischen Truppen im russischen Gebiet Kursk wachsen offenbar schnell. \
Präsident Wolodymyr Selenskyj sprach am Dienstag in Davos von [[mehr als 4.000]] Soldaten aus \
Nordkorea, die bei den Kämpfen getötet oder verwundet worden seien. Noch zu Jahresbeginn hatte \
er den Ausfall auf [[rund 3.000]] Mann beziffert.

Seit dem 11. Januar befinden sich außerdem [[zwei]] nordkoreanische Soldaten in ukrainischer \
Gefangenschaft. Der Geheimdienst SBU veröffentlichte Videos ihrer Vernehmung; einer der Männer \
ist 20, der andere 26 Jahre alt. Beide wurden verletzt aufgegriffen.

Auch Südkorea hat seine Schätzung nach oben korrigiert. Der Nachrichtendienst NIS ging am 13. \
Januar von [[etwa 300]] Gefallenen und [[2.700]] Verwundeten aus, wie Abgeordnete nach einer \
Sitzung des Geheimdienstausschusses in Seoul berichteten. Die Nordkoreaner seien für moderne \
Drohnenangriffe schlecht ausgebildet und würden von russischen Kommandeuren als Stoßtrupps \
eingesetzt.

Insgesamt sollen [[etwa 11.000]] Soldaten aus Nordkorea in der Region Kursk im Einsatz sein. \
Moskau und Pjöngjang bestreiten das bis heute. Russland selbst hat nach ukrainischen Zahlen seit \
Februar 2022 mehr als 820.000 Soldaten verloren.

Was bedeutet das für die Menschen hier? Der Annaberger Historiker Frank Reichelt hat lange über \
die Kontakte der DDR nach Pjöngjang geforscht. In den Achtzigern seien mehrere hundert \
nordkoreanische Studenten in Karl-Marx-Stadt und Freiberg ausgebildet worden, erzählt er. Den \
Einsatz in Kursk hält er für keinen kurzen Ausflug: Nordkorea könne „ohne große Mühe“ weitere \
[[20.000 bis 30.000]] Mann schicken, sagte Reichelt im Gespräch mit unserem Sender.

Sie haben Fragen oder Hinweise zu diesem Thema? Unser Hörertelefon ist werktags von 8 bis 18 Uhr \
unter 03733 55 44 0 erreichbar.
""",
    claims=(
        C("Mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "tue..pub",
          "headline 'Kiew:': Zelensky's Tuesday figure of the body (Tuesday to publication)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "tue",
          "Zelensky 'am Dienstag in Davos', Konjunktiv: killed or wounded"),
        C("rund 3.000", 3000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "'Noch zu Jahresbeginn' (an older figure of the same speaker): early January"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "number word: prisoners since 11 January, the SBU named in the next sentence"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "NIS 'am 13. Januar', lawmakers named after the figures: killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same sentence: wounded (not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "unattributed", "pub",
          "'sollen' without a source: the station's own framing (unattributed)"),
        C("20.000 bis 30.000", None, "range", "planned", "other", "pub",
          "Annaberg historian 'weitere … schicken' (range increment), interview undated",
          add=True),
    ),
)

Z03 = Source(
    article_id="z82_03_gesaeuse_wochenblatt_rueckzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Gesäuse weekly (Austrian conventions) in Markdown, ISO-8859-1 with »« quotes, "
        "front matter with `date:`; 'Jänner', 'Feber', 'heuer'; NIS 'am Dienstag' vor "
        "Abgeordneten with 'Von den rund 11.000 … seien etwa 4.000' (Konjunktiv, 'nach "
        "Einschätzung des Dienstes'); SSO 'Ende Jänner' »Tausende«; Rutte 'im Jänner' (nato, "
        "month window); the State Department 'Anfang Feber' 'ein paar tausend … als Nachschub' "
        "(vague increment); a retired Admont colonel 'heuer noch einmal 3.000 bis 5.000' "
        "(range increment, `pub`); national park area, abbey founded 1074, Bundesheer, euros",
    text="""\
---
title: "Nordkoreas Soldaten ziehen sich von der Kursk-Front zurück"
date: 2025-02-20
author: Gerlinde Pichler
ressort: Welt & Region
---

# Nordkoreas Soldaten ziehen sich von der Kursk-Front zurück

**Admont/Kiew/Seoul.** Seit Wochen ist es um die Nordkoreaner an der Front im russischen Gebiet \
Kursk still geworden. Nun gibt es eine Erklärung dafür.

Südkoreas Nachrichtendienst NIS bestätigte am Dienstag vor Abgeordneten in Seoul, dass die \
Truppen aus Pjöngjang seit Mitte Jänner nicht mehr an Kampfhandlungen beteiligt seien. Von den \
[[rund 11.000]] entsandten Soldaten seien nach Einschätzung des Dienstes [[etwa 4.000]] gefallen \
oder verwundet worden. Als Grund für den Rückzug nannte der NIS die hohen Verluste durch \
ukrainische Drohnen.

Die ukrainischen Spezialeinsatzkräfte hatten schon Ende Jänner berichtet, die Nordkoreaner \
hätten »[[Tausende]] Mann« verloren und seien aus mehreren Dörfern abgezogen worden. \
Nato-Generalsekretär Mark Rutte hatte im Jänner vor dem Europaparlament von [[mehr als 10.000]] \
nordkoreanischen Soldaten in Russland gesprochen.

Dass das Kapitel damit abgeschlossen ist, glaubt in Washington niemand. Ein Sprecher des \
US-Außenministeriums sagte Anfang Feber, Pjöngjang halte [[ein paar tausend]] Mann als Nachschub \
bereit. Moskau habe dafür Lebensmittel, Treibstoff und Raketentechnik versprochen. Der \
ukrainische Präsident Wolodymyr Selenskyj hatte in derselben Woche von [[fast 4.000]] getöteten \
oder verwundeten Nordkoreanern gesprochen.

## »Die kommen wieder«

Auch Oberst a. D. Johann Stangl aus Admont, der beim Bundesheer jahrzehntelang Lagebilder \
erstellt hat, hält den Rückzug für eine Atempause. »Mich würde es nicht wundern, wenn heuer noch \
einmal [[3.000 bis 5.000]] Mann geschickt werden«, meint der 68-Jährige. Nordkorea habe eine \
riesige Armee und kaum andere Möglichkeiten, an Devisen zu kommen.

Stangl hält am 6. März um 19 Uhr im Gasthof Kamper einen Vortrag über den Krieg in der Ukraine, \
der Eintritt kostet 8 Euro. Im Nationalpark Gesäuse, der rund 120 Quadratkilometer umfasst, \
beginnt unterdessen die Vorbereitung auf die Saison; das Stift Admont, gegründet 1074, öffnet \
seine Bibliothek wieder ab April.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'am Dienstag' vor Abgeordneten, Konjunktiv: sent"),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "tue",
          "same sentence 'nach Einschätzung des Dienstes': killed or wounded"),
        C("Tausende", None, "vague", "casualties", "ukraine", "2025-01-25..2025-01-31",
          "special forces 'Ende Jänner' »…« (quoted in Konjunktiv)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato",
          "2025-01-01..2025-01-31", "Rutte 'im Jänner' before the European Parliament"),
        C("ein paar tausend", None, "vague", "planned", "united_states",
          "2025-02-01..2025-02-10", "State Department spokesman 'Anfang Feber': ready 'als "
          "Nachschub' (increment)", add=True),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'in derselben Woche' (the week of 'Anfang Feber'): 'fast' as approx"),
        C("3.000 bis 5.000", None, "range", "planned", "other", "pub",
          "retired colonel 'heuer noch einmal' (range increment), present tense 'sagt'",
          add=True),
    ),
)

Z04 = Source(
    article_id="z82_04_saanenland_anzeiger_bestaetigung_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-04-29"),
    dated_by="sidecar",
    sidecar=(
        "Saanenländer Anzeiger",
        "https://www.saanen-anzeiger.example/ausland/moskau-und-pjoengjang-raeumen-einsatz-ein",
        "Kreml und Kim bestätigen den Kursk-Einsatz",
    ),
    features="Saanenland paper (Swiss conventions) in HTML, windows-1252 (raw «», `ss`, "
        "`4'700`, `14'000`, 4-digit `4700`/`3000`/`1000`), no meta date (sidecar, Tuesday), a "
        "cookie notice in its own words, navigation, a footer with a postal account; h1 'Seoul "
        "zählt 4700 Opfer' from the JCS Monday figure; the JCS spokesman named in the next "
        "sentence; 'darunter etwa 600' (breakdown); a Duma committee chairman on state TV 'am "
        "Sonntag' «einigen tausend» (russia); the US State Department 'vergangene Woche'; HUR "
        "'Mitte April' 'weitere 3000' (increment); a Gstaad veteran of the NNSC (other, "
        "`pub`); Swiss officers in Panmunjom, hotel beds, francs",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Kreml und Kim bestätigen den Kursk-Einsatz &ndash; Saanenländer Anzeiger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var sa_cfg={rubrik:"ausland",abo:false,ivw:"sa_ausland_art"};</script>
</head>
<body>
<div id="cookie">Diese Seite merkt sich ein paar Dinge über Ihren Besuch, wie ein aufmerksamer \
Wirt. <button>Von mir aus</button> <button>Lieber anonym bleiben</button></div>
<nav><a href="/">Start</a> | <a href="/region">Saanenland</a> | <a href="/gstaad">Gstaad</a> | \
<a href="/schweiz">Schweiz</a> | <a href="/ausland">Ausland</a> | <a \
href="/agenda">Agenda</a></nav>
<main>
<h1>Kreml und Kim bestätigen den Kursk-Einsatz &ndash; Seoul zählt [[4700]] Opfer</h1>
<p class="lead">Erstmals haben Russland und Nordkorea offiziell bestätigt, dass nordkoreanische \
Soldaten im Gebiet Kursk gekämpft haben. Generalstabschef Waleri Gerassimow dankte am Samstag \
den «Helden» aus Pjöngjang, die Staatsagentur KCNA zog am Montag nach.</p>
<p>Wie viele Nordkoreaner im Einsatz standen, sagte Gerassimow nicht. Andrei Kartapolow, \
Vorsitzender des Verteidigungsausschusses der Duma, sprach am Sonntag im Staatsfernsehen \
lediglich von «[[einigen tausend]] Kameraden», die an der Rückeroberung des Gebiets beteiligt \
gewesen seien.</p>
<p>Deutlicher wird Seoul. Südkoreas Generalstab geht von [[rund 4'700]] nordkoreanischen \
Soldaten aus, die getötet oder verletzt wurden, darunter [[etwa 600]] Gefallene. Das teilte ein \
Sprecher am \
Montag in Seoul mit. Das US-Aussenministerium hatte vergangene Woche von [[über 14'000]] nach \
Russland entsandten Soldaten gesprochen.</p>
<p>Der ukrainische Militärgeheimdienst HUR meldete Mitte April zudem, seit Februar seien \
[[weitere 3000]] Mann aus Nordkorea nachgerückt, vor allem Artilleristen und Spezialisten für \
Raketenwerfer.</p>
<h2>Ein Gstaader kennt die Grenze</h2>
<p>Für Beat Matti aus Gstaad sind die Zahlen plausibel. Er diente bis 2019 als Offizier in der \
Schweizer Delegation der Neutralen Überwachungskommission in Panmunjom, die heute noch aus fünf \
Schweizer Offizieren besteht. «Ich gehe von [[mindestens 1000]] Toten aus», sagt er. «Pjöngjang \
schickt junge Männer, die nie eine Drohne gesehen haben.»</p>
<p>Matti erzählt am Freitag im Kirchgemeindehaus Saanen von seinen Jahren an der Grenze. Der \
Eintritt ist frei, die Kollekte geht an ein Kinderspital in Lemberg. Gstaad zählt in der \
Hochsaison gut 2500 Gästebetten, viele davon sind auch im Frühling belegt.</p>
</main>
<footer>&copy; Saanenländer Anzeiger AG, Kirchstrasse 4, 3792 Saanen &middot; Postkonto \
30-1882-7 &middot; <a href="/kontakt">Kontakt</a></footer>
</body>
</html>
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "h1 'Seoul zählt': the JCS Monday figure of the body (Monday to publication)"),
        C("einigen tausend", None, "vague", "near_front", "russia", "sun",
          "Duma defence committee chairman on state TV 'am Sonntag' «…»: took part in the "
          "fighting"),
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "mon",
          "JCS, spokesman and day in the next sentence ('Das teilte ein Sprecher am Montag … "
          "mit'): killed and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "'darunter' (a breakdown of the casualties): dead"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "State Department 'vergangene Woche': sent to Russia"),
        C("weitere 3000", 3000, "exact", "in_russia", "ukraine", "2025-04-10..2025-04-20",
          "HUR 'Mitte April', Konjunktiv: 'weitere … nachgerückt' (increment)", add=True),
        C("mindestens 1000", 1000, "at_least", "casualties", "other", "pub",
          "Gstaad veteran of the NNSC, present tense 'sagt'"),
    ),
)

Z05 = Source(
    article_id="z82_05_kueferzunft_magazin_schoigu_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-08"),
    dated_by="sidecar",
    sidecar=(
        "Der Küfer – Magazin der Böttcher- und Küferzunft",
        "https://www.kuefer-magazin.example/zunftleben/fass-statt-front",
        "Fass statt Front",
    ),
    features="coopers' guild magazine in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar, Tuesday) and a title without a figure; a Ukrainian journeyman's story; "
        "Shoigu 'am 17. Juni' in Pyongyang 'zusätzlich' two figures (planned increments, "
        "russia); HUR 'Anfang Juli' 'die ersten rund 1.000' (near front); the JCS 'Ende Juni' "
        "with the claimant after the figure; a journeyman's brother „Dutzende“ (other, `pub`); "
        "the magazine's own sum 'dürften … bald' (unattributed, planned); barrels in litres, "
        "oak ages, guild founded 1497, workshops, euros, the journeyman's age",
    text="""\
---
title: "Fass statt Front"
rubrik: Zunftleben
heft: "3/2025"
autor: Harald Wenzel
---

# Fass statt Front

*Seit zwei Jahren lernt Mykola Hrytsenko in einer fränkischen Küferei, wie man Eichenfässer \
baut. Die Nachrichten aus seiner Heimat verfolgt er jeden Abend – zuletzt mit wachsender Sorge.*

Mykola ist 24 Jahre alt und stammt aus einem Dorf bei Sumy, kaum 30 Kilometer von der russischen \
Grenze entfernt. In der Werkstatt von Küfermeister Georg Amann in Iphofen biegt er Dauben über \
dem Feuer, bis sie sich zu einem Barrique von 225 Litern fügen. Die Eichen dafür sind oft 150 \
Jahre alt.

Was ihn umtreibt, steht nicht im Lehrplan. Am 17. Juni war Sergej Schoigu, der Sekretär des \
russischen Sicherheitsrats, in Pjöngjang zu Gast. Dort kündigte er an, Nordkorea werde \
zusätzlich [[1.000]] \
Fachleute für die Minenräumung sowie [[5.000]] Soldaten für den Wiederaufbau in die Region Kursk \
schicken. Der ukrainische Militärgeheimdienst meldete Anfang Juli, die ersten [[rund 1.000]] \
dieser Pioniere seien bereits nahe der Grenze eingetroffen.

„Mein Bruder wohnt noch dort“, sagt Mykola. „Er sagt, auf der anderen Seite sieht man mit dem \
Fernglas [[Dutzende]] von ihnen, jeden Tag.“

Dazu kommen jene, die längst im Land sind. [[Rund 11.000]] nordkoreanische Soldaten seien \
weiterhin in Russland stationiert, erklärte Südkoreas Generalstab Ende Juni. Insgesamt dürften \
damit bald [[mehr als 15.000]] Nordkoreaner für Moskau im Einsatz sein – Bauleute und \
Minenräumer eingerechnet.

## Ein altes Handwerk, neue Gesellen

Die Zunft, deren älteste Ordnung aus dem Jahr 1497 stammt, zählt bundesweit noch rund 40 \
Betriebe. Gesellen aus der Ukraine sind in vielen davon längst unverzichtbar. Meister Amann \
zahlt Mykola nach der Prüfung den Tariflohn; ein Barrique aus seiner Werkstatt kostet ab 890 Euro.

Im Herbst will Mykola seine Gesellenprüfung ablegen. Ob er danach zurückgeht, weiß er nicht. \
„Erst mal muss dort jemand die Minen wegräumen“, sagt er. „Und ich hoffe, es sind nicht die \
Falschen.“
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang: 'zusätzlich' deminers (planned increment)",
          add=True),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: reconstruction troops (planned increment)", add=True),
        C("rund 1.000", 1000, "approx", "near_front", "ukraine", "2025-07-01..2025-07-08",
          "HUR 'Anfang Juli': the first of them arrived near the border"),
        C("Dutzende", None, "vague", "near_front", "other", "pub",
          "the journeyman's brother, quoted, present tense: seen across the border"),
        C("Rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-06-20..2025-06-30",
          "claimant and date after the figure ('erklärte Südkoreas Generalstab Ende Juni')"),
        C("mehr als 15.000", 15000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own sum 'dürften … bald' (unattributed)"),
    ),
)

Z06 = Source(
    article_id="z82_06_wismar_studentenradio_zweitausend",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-09-24"),
    dated_by="dateline", crlf=True,
    features="Wismar student radio's web text as plain text, windows-1252 with CRLF, dateline "
        "'Wismar, 24.09.2025 –' (Wednesday); headline 'Seoul:' from a lawmaker's Tuesday "
        "figure; 'Das berichtete … am Dienstag' after the figure, 'hieß es weiter' carrying "
        "it; HUR 'vergangene Woche' '6.000 zusätzlichen' (increment); INDOPACOM commander 'im "
        "Frühjahr' (season window); a Wismar political scientist „bis zu 30.000 weitere“ "
        "(other, increment, `pub`); students and exchange students, FM frequency, airtime",
    text="""\
Seoul: [[Rund 2.000]] Nordkoreaner in Kursk gefallen

Wismar, 24.09.2025 – Nordkorea hat im Krieg gegen die Ukraine nach südkoreanischer Einschätzung \
bislang [[etwa 2.000]] Soldaten verloren. Das berichtete der Abgeordnete Lee Seong-kweun am \
Dienstag nach einer nichtöffentlichen Sitzung des Geheimdienstausschusses in Seoul. Insgesamt \
habe Pjöngjang [[rund 13.000]] Mann nach Russland geschickt, hieß es weiter.

Die Zahl der Toten hat sich damit seit dem Frühjahr mehr als verdreifacht. Kiews \
Militärgeheimdienst sprach vergangene Woche außerdem von [[6.000]] zusätzlichen Kräften, die vor \
allem Minen räumen und zerstörte Straßen und Brücken in Kursk wieder aufbauen sollen.

Zum Vergleich: Admiral Samuel Paparo, Oberbefehlshaber der US-Streitkräfte im Indopazifik, hatte \
im Frühjahr vor dem Kongress [[etwa 15.000]] nordkoreanische Soldaten in Russland genannt – \
damals eine der höchsten Schätzungen. Nato-Generalsekretär Mark Rutte hatte Anfang September in \
Brüssel von [[mehr als 12.000]] gesprochen.

Wir haben bei Dr. Anja Brückner nachgefragt. Die Politikwissenschaftlerin lehrt an der \
Hochschule Wismar und beschäftigt sich seit Jahren mit Nordkorea. „Kim verkauft seine Soldaten \
wie eine Ware, gegen Devisen, Erdöl und Raketenwissen“, sagt sie. „Wenn Moskau ruft, kann er \
[[bis zu 30.000]] weitere \
schicken, ohne dass es zu Hause jemand merkt.“

Auch auf dem Campus ist das Thema angekommen. Von den gut 8.000 Studierenden der Hochschule \
kommen rund 60 aus Südkorea, viele davon im Studiengang Architektur. Minji, 23, aus Busan \
erzählt, ihr jüngerer Bruder leiste gerade seinen Wehrdienst: „Wir reden zu Hause nicht gern \
darüber.“

Das ganze Gespräch mit Dr. Brückner hört ihr am Mittwoch ab 18 Uhr in unserer Sendung „Campus am \
Abend“ auf UKW 98,0 und im Livestream.
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul:': the lawmaker's Tuesday figure (Tuesday to publication)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'nach südkoreanischer Einschätzung', lawmaker and day in the next sentence: lost"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "tue",
          "Konjunktiv carried by 'hieß es weiter': sent"),
        C("6.000", 6000, "exact", "in_russia", "ukraine", "lastweek",
          "HUR 'vergangene Woche' '6.000 zusätzlichen Kräften' (increment)", add=True),
        C("etwa 15.000", 15000, "approx", "in_russia", "united_states",
          "2025-03-01..2025-05-31", "INDOPACOM commander 'im Frühjahr' before Congress"),
        C("mehr als 12.000", 12000, "at_least", "in_russia", "nato", "2025-09-01..2025-09-10",
          "Rutte 'Anfang September' in Brussels: in Russia"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "pub",
          "Wismar political scientist, quoted, 'weitere' (increment), present tense",
          add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Tasmania, Shetland, Utah, Lithuania, Micronesia, Liberia)
# ---------------------------------------------------------------------------------------------

Z07 = Source(
    article_id="z82_07_devonport_courier_hundreds_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Devonport (Tasmania) daily in HTML, ISO-8859-1 (quotes only as entities "
        "`&lsquo;`/`&rsquo;`, `&mdash;`, `&copy;`), `article:published_time` with +11:00, an "
        "analytics script, a cookie notice in its own words, navigation, a footer with an ABN; "
        "`<title>` figure (optional); h1 'Washington says hundreds' from the State Department's "
        "Tuesday figure; the spokesman named after the figure; JCS 'on Monday' (two figures, "
        "`close to`); HUR 'on Sunday'; 'are believed to be' (unattributed); a Latrobe RSL "
        "president 'thousands more' (vague increment, other, `pub`); ferry passengers, "
        "Australian aid and tanks, distance, ages",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="iso-8859-1">
<title>Washington says [[hundreds]] of North Korean troops hit in Kursk | The North-West \
Courier</title>
<meta property="og:site_name" content="The North-West Courier">
<meta property="article:published_time" content="2024-12-18T06:30:00+11:00">
<script>window.nwcStats={section:"world",story:"nk-kursk-losses",words:540};</script>
</head>
<body>
<div class="cookie-bar">We use cookies the way the Bass Strait uses wind: constantly, but we'll \
tell you about it. <button>Sail on</button> <button>Batten down</button></div>
<nav><a href="/">Home</a> | <a href="/news/devonport">Devonport</a> | <a \
href="/news/latrobe">Latrobe</a> | <a href="/news/world">World</a> | <a href="/sport">Sport</a> \
| <a href="/notices">Notices</a></nav>
<article>
<h1>Washington says [[hundreds]] of North Korean troops killed or wounded in Kursk fighting</h1>
<p class="byline">By Tessa Marriott &middot; World desk</p>
<p>North Korean soldiers deployed so Moscow can drive Ukraine's troops from Kursk have \
suffered [[several hundred]] casualties in their first weeks of combat, the US State Department \
says. Spokesman Matthew Miller gave the estimate on Tuesday in Washington, adding that the dead \
and wounded ranged from junior soldiers to &lsquo;fairly senior&rsquo; officers.</p>
<p>South Korea&rsquo;s Joint Chiefs of Staff went further on Monday, saying [[at least 100]] \
North Koreans had been killed and [[close to 1,000]] wounded, many of them by drones and \
artillery in unfamiliar open terrain.</p>
<p>Kyiv&rsquo;s military intelligence agency, known as HUR, reported on Sunday that [[at least \
30]] of the newcomers were dead or hurt after clashes around three border villages. [[Roughly \
11,000]] \
North Korean troops are believed to be in the Kursk region, fighting under Russian command.</p>
<h2>&lsquo;They&rsquo;re just boys&rsquo;</h2>
<p>At the Latrobe RSL sub-branch, president Graham Pitt, 71, has been following the reports \
closely. His father served in Korea with the Royal Australian Regiment in 1951. &lsquo;Kim will \
keep sending them &mdash; he&rsquo;s got [[thousands]] more he can throw at it, and nobody over \
there can say no,&rsquo; Mr Pitt said.</p>
<p>Canberra's help for Kyiv since 2022 is now valued above $1.3 billion, 49 decommissioned \
Abrams tanks among it. Kursk is about 14,000 kilometres from Devonport, where the Spirit of \
Tasmania ferries carry up to 1,400 passengers a night across the strait.</p>
</article>
<footer><p>&copy; 2024 North-West Courier Pty Ltd &middot; ABN 48 112 906 371 &middot; 37 Rooke \
Street, Devonport TAS 7310</p></footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "tue..pub",
          "<title> (metadata) restating the State Department's Tuesday figure", opt=True),
        C("hundreds", None, "vague", "casualties", "united_states", "tue..pub",
          "h1 'Washington says': the body's Tuesday figure (Tuesday to publication)"),
        C("several hundred", None, "vague", "casualties", "united_states", "tue",
          "State Department 'says', spokesman and day in the next sentence"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "mon",
          "JCS 'on Monday': killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "mon",
          "same sentence: wounded ('close to' as approx, not an increment)"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'on Sunday': killed or wounded"),
        C("Roughly 11,000", 11000, "approx", "near_front", "unattributed", "pub",
          "'are believed to be' without a source: in the Kursk region"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "Latrobe RSL president, quoted: 'thousands more' (vague increment)", add=True),
    ),
)

Z08 = Source(
    article_id="z82_08_yell_community_page_prisoners_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-01-16"),
    dated_by="front_matter",
    features="community page from Yell (Shetland) in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:`; a Ukrainian salmon-farm worker's story; Zelensky 'on Saturday' "
        "`two` prisoners (number word); the NIS 'on Monday' with two casualty figures and 'The "
        "agency … believes' carried; Zelensky 'Earlier this month' (window from the 1st); the "
        "UK Ministry of Defence 'on Wednesday' (other); island population, ferry minutes, "
        "salmon tonnes, pounds, ages",
    text="""\
---
title: "Far from Kursk, a Mid Yell kitchen follows the war"
date: 2025-01-16
author: Ruth Anderson
section: Isles news
---

# Far from Kursk, a Mid Yell kitchen follows the war

Oksana Melnyk, 34, has packed salmon at the Basta Voe farm for nearly two years. On Saturday \
evening she sat in her kitchen in Mid Yell and watched, on a phone propped against the teapot, \
the news that Ukraine's President Volodymyr Zelensky had announced: his forces had taken [[two]] \
North Korean soldiers alive in the Kursk region.

"I thought, now the whole world will see that they are really there," she says.

Seoul's National Intelligence Service confirmed the capture on Monday and offered its own tally \
of the losses North Korea has taken so far: [[about 300]] soldiers killed and [[some 2,700]] \
injured. The agency also believes Pyongyang has [[roughly 11,000]] troops in Russia, most of \
them from an elite special operations corps, and says they were ordered to kill themselves \
rather than be taken prisoner.

Mr Zelensky had been less cautious. Earlier this month he claimed North Korea lost "[[3,000]]" \
men, dead and hurt, in seven days of battles around Makhnovka and Vorozhba.

Britain's Ministry of Defence, in its intelligence update on Wednesday, said it was "highly \
likely" that North Korea's dead and injured already numbered [[more than 1,000]], blaming poor \
training. Kyiv's military intelligence has said \
[[around 4,000]] more are being trained in Russia's far east to replace them.

## Two hours from Lerwick

Yell has 966 residents, by the last count, and the Toft-Ulsta ferry takes about 20 minutes. The \
island's farms produce more than 2,000 tonnes of salmon a year. Oksana's husband, Taras, works \
on the boats; her parents are still in Kharkiv, 40 kilometres from the Russian border.

A collection for Ukrainian hospitals at the Mid Yell hall on Sunday raised £1,240. "People here \
don't know much about Korea," Oksana says. "But they know what it is to be far from home."
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "number word: Zelensky announced 'On Saturday' the capture"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'on Monday': killed"),
        C("some 2,700", 2700, "approx", "casualties", "south_korea", "mon",
          "same tally: injured (not an increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'The agency also believes' (the NIS, referred back) carried from Monday"),
        C("3,000", 3000, "exact", "casualties", "ukraine", "2025-01-01..2025-01-16",
          "Zelensky 'Earlier this month', in quotes: killed or wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "other", "wed",
          "UK Ministry of Defence 'on Wednesday' (a third government: other)"),
        C("around 4,000", 4000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'has said', no date: 'more' in training in Russia's far east (increment)",
          add=True),
    ),
)

Z09 = Source(
    article_id="z82_09_canyon_country_ledger_return",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-13"),
    dated_by="sidecar",
    sidecar=(
        "Canyon Country Ledger",
        "https://www.canyonledger.example/news/world/north-korea-sends-more-troops-to-russia",
        "Seoul: North Korea sends another 3,000 troops to Russia",
    ),
    features="Utah canyon-country paper as plain text, UTF-8 (sidecar, Thursday), byline and "
        "'MOAB —' without a date; headline 'another 3,000' (increment) from the JCS "
        "'Wednesday' (no 'on'); 'an estimated 3,000 additional' (approx increment); 'Counting "
        "the new arrivals … about 14,000' (a new total, not an increment); 'roughly 4,000 of "
        "the original contingent'; Ukrainian commanders 'last week' 'as many as 7,000'; the "
        "Pentagon 'At the time' of the first deployment 'last fall' (season window); a Moab "
        "veteran 'at least 10,000 more' (other, increment, `pub`); park visitors, elevation "
        "4,000 feet, county population, dollars, 1968, ages",
    text="""\
Seoul: North Korea sends another [[3,000]] troops to Russia

By Wade Halvorsen
Canyon Country Ledger

MOAB — North Korea has quietly topped up its force in Russia after its soldiers took a beating \
in the Kursk region this winter, South Korea's military said Wednesday.

The Joint Chiefs of Staff in Seoul said Pyongyang dispatched [[an estimated 3,000]] additional \
soldiers between January and February, along with more short-range missiles and artillery. \
Counting the new arrivals, Seoul now figures [[about 14,000]] North Koreans have been sent to \
fight for Moscow. The Joint Chiefs also said [[roughly 4,000]] of the original contingent had \
been killed or wounded.

Ukrainian commanders said last week that the North Koreans, largely pulled off the line in \
February, were back, with [[as many as 7,000]] involved in assaults near the town of Sudzha.

The numbers have climbed steadily. At the time of the first deployment last fall, the Pentagon \
estimated [[about 10,000]] North Korean troops were in Russia.

For Dale Kimball, 78, who patrolled the Korean Demilitarized Zone with the 2nd Infantry Division \
in 1968, the news brings back the cold nights along the fence. Kimball retired to Moab in 2004 \
after a career with the Bureau of Land Management.

"Kim doesn't care what it costs him. Those boys are expendable to him," Kimball said over coffee \
on Main Street. He expects Pyongyang to send [[at least 10,000]] more before the year is out. \
"He's getting paid for every one of them."

Kimball will speak about his time on the DMZ at the Grand County Library on March 20 at 7 p.m. \
Admission is free; the Friends of the Library are asking for $5 donations toward the large-print \
collection.

Meanwhile, Arches National Park, which drew more than 1.4 million visitors last year, opens its \
timed-entry reservation system again on April 1. The park's visitor center sits at about 4,000 \
feet. Grand County's population is just over 9,600.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': 'another 3,000' (span without the word, increment), the JCS "
          "Wednesday figure of the body (Wednesday to publication)", add=True),
        C("an estimated 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "JCS (said Wednesday, in the lead): 'additional soldiers' dispatched (increment)",
          add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "wed",
          "'Counting the new arrivals … now figures': a new total, not an increment"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "wed",
          "'The Joint Chiefs also said': killed or wounded"),
        C("as many as 7,000", 7000, "at_most", "near_front", "ukraine", "lastweek",
          "Ukrainian commanders 'last week': in assaults near Sudzha"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states",
          "2024-10-01..2024-11-30", "Pentagon 'At the time of the first deployment last "
          "fall' (season window)"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "Moab veteran 'expects … more' (increment), the talk over coffee undated",
          add=True),
    ),
)

Z10 = Source(
    article_id="z82_10_kaunas_english_shoigu_engineers_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "Kaunas Lens",
        "https://www.kauneslens.example/world/shoigu-north-korea-engineers-kursk",
        "Shoigu: North Korea to send 6,000 more to Kursk",
    ),
    features="Kaunas English-language outlet in HTML, UTF-8 with BOM (no meta date: sidecar, "
        "Wednesday), Lithuanian diacritics, a cookie notice in its own words, navigation, a "
        "newsletter box, a footer; h1 'Shoigu:' `6,000 more` (increment) from his Tuesday "
        "announcement; 'who heads Russia's Security Council' apposition after the name; 'a "
        "further 5,000' (increment); a NATO official in Vilnius 'last week' (nato); HUR 'in "
        "May'; Seoul 'puts … at' present tense (`pub`); Lithuania's defence minister „tens of "
        "thousands“ (other); the German brigade's 5,000 soldiers, defence spending per cent, "
        "euros, city population",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Shoigu: North Korea to send engineers to Kursk &ndash; Kaunas Lens</title>
<meta name="viewport" content="width=device-width">
<meta property="og:site_name" content="Kaunas Lens">
<script async src="/js/lens-metrics.min.js" data-section="world"></script>
</head>
<body>
<div class="consent">Like every good café on Laisvės alėja, we remember regulars. A cookie \
helps. <button>Remember me</button> <button>Treat me as a stranger</button></div>
<header><nav><a href="/">Kaunas Lens</a> · <a href="/city">City</a> · <a \
href="/lithuania">Lithuania</a> · <a href="/world">World</a> · <a \
href="/culture">Culture</a></nav></header>
<article>
<h1>Shoigu: North Korea to send [[6,000]] more to Kursk</h1>
<p class="standfirst">Moscow says the troops will clear mines and rebuild. In Vilnius, officials \
see a longer-term partnership taking shape.</p>
<p>Sergei Shoigu, who heads Russia&rsquo;s Security Council, said in Pyongyang on Tuesday that \
Kim Jong Un had agreed to dispatch [[1,000]] mine-clearing specialists to the Kursk region, and \
a further [[5,000]] troops who would repair the bridges, roads and houses wrecked when Ukraine's \
forces held the area. Shoigu, on his second visit to North Korea in two weeks, called it \
&ldquo;fraternal \
assistance.&rdquo;</p>
<p>The new contingent would come on top of the combat troops already there. A NATO intelligence \
official who briefed reporters in Vilnius last week said the alliance counted [[over 11,000]] \
North Korean soldiers still in Russia. Ukraine&rsquo;s military intelligence estimated in May \
that [[some 2,000]] of them remained in the Kursk border area itself.</p>
<p>Seoul, which puts North Korean dead at [[around 600]], has warned that Pyongyang is gaining \
combat experience with drones that it could one day use on the Korean Peninsula.</p>
<p>Lithuania&rsquo;s defence minister, Dovilė Šakalienė, told Kaunas Lens that the engineers \
were &ldquo;only the beginning.&rdquo; Pyongyang could eventually supply &ldquo;[[tens of \
thousands]]&rdquo; of workers and soldiers, she said, &ldquo;and Europe should plan for \
that.&rdquo;</p>
<p>Vilnius has promised defence budgets worth 5 to 6 percent of economic output from 2026. \
Germany&rsquo;s 45th Panzer Brigade, which is due to reach about 5,000 soldiers in Lithuania by \
2027, held a ceremony in Rūdninkai last month. Kaunas has around 300,000 residents.</p>
</article>
<aside class="newsletter">Get the Lens in your inbox every Friday. It&rsquo;s free, and we never \
sell your address.</aside>
<footer>© 2025 Kaunas Lens UAB · Vilniaus g. 22, LT-44281 Kaunas · <a \
href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "h1 'Shoigu:' '6,000 more' (span without the word, increment): his Tuesday "
          "announcement (Tuesday to publication)", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said in Pyongyang on Tuesday' (apposition after the name): deminers to be "
          "dispatched (planned increment)", add=True),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence 'a further 5,000' (increment)", add=True),
        C("over 11,000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "NATO intelligence official in Vilnius 'last week': still in Russia"),
        C("some 2,000", 2000, "approx", "near_front", "ukraine", "2025-05-01..2025-05-31",
          "HUR 'estimated in May': in the Kursk border area"),
        C("around 600", 600, "approx", "casualties", "south_korea", "pub",
          "'Seoul, which puts … at' present tense, no date"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Lithuania's defence minister to the outlet, quoted, no date"),
    ),
)

Z11 = Source(
    article_id="z82_11_pohnpei_page_parade_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kolonia Current",
        "https://www.koloniacurrent.example/world/pyongyang-parades-kursk-veterans",
        "Pyongyang parades its Kursk veterans",
    ),
    features="Pohnpei news page in Markdown, windows-1252 with CRLF (typographic quotes and "
        "dashes raw), front matter without a date (sidecar, Tuesday) and a title without a "
        "figure; KCNA 'on Saturday' 'more than 2,000' dead (north_korea); returnees marching "
        "at 'Friday's parade' (optional); the NIS at a closed-door session 'in September' "
        "with 'of whom about 2,000' (breakdown); the US 'last November' with 'at the time'; "
        "HUR 'last week' 'up to 30,000 more' (increment); a retired US Army sergeant from "
        "Kitti (other, `pub`); Micronesians in the US forces, island population, Compact "
        "money, typhoon, ages",
    text="""\
---
title: "Pyongyang parades its Kursk veterans"
section: World
byline: Kolonia Current staff
---

# Pyongyang parades its Kursk veterans

Kim Jong Un has paid tribute to "[[more than 2,000]]" soldiers who died "for the liberation of \
Kursk," KCNA reported on Saturday. It is the first time Pyongyang has put any number on its \
losses in Russia's war.

[[Several hundred]] veterans of the Kursk deployment marched through Kim Il Sung Square at \
Friday's parade marking the 80th anniversary of the ruling Workers' Party, according to state \
television. Russia's Dmitry Medvedev watched from the tribune.

## How many went?

The figures from outside are larger. At a closed-door session of the National Assembly's \
intelligence committee in September, Seoul's spy service, the NIS, reckoned that [[roughly \
15,000]] North Koreans had been rotated through Russia since October 2024, of whom \
[[about 2,000]] had been killed.

When the first units reached Kursk last November, Washington put the contingent in Russia at \
[[about 11,000]] — by far the highest Western estimate at the time.

Last week Kyiv's HUR intelligence directorate cautioned that Pyongyang had begun preparing [[up \
to \
30,000]] more soldiers for deployment, possibly by the end of the winter.

## A view from Kitti

For Ioanis Edward, 58, a retired U.S. Army staff sergeant who grew up in Kitti, the parade \
footage was hard to watch. "They lost [[thousands]] of young men out there, and now they make a \
show of it," he said at his family's store near the Nanpil River.

Citizens of the Federated States of Micronesia can serve in the U.S. military under the Compact \
of Free Association, and about 1,000 currently do. Pohnpei, home to roughly 36,000 people, \
receives part of the $7.1 billion in Compact funding agreed for the next 20 years. Typhoon \
Ragasa passed well north of the island last month without damage.
""",
    claims=(
        C("more than 2,000", 2000, "at_least", "casualties", "north_korea", "sat",
          "KCNA 'on Saturday', Kim quoted: died"),
        C("Several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "returnees marching at 'Friday's parade', 'according to state television' at the "
          "end of the sentence (returnees: optional, labelled in_russia)", opt=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea",
          "2025-09-01..2025-09-30", "NIS at a closed-door committee session 'in September': "
          "rotated through Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea",
          "2025-09-01..2025-09-30", "same sentence 'of whom' (a breakdown): killed"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states",
          "2024-11-01..2024-11-30", "Washington 'last November' … 'at the time'"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'Last week … cautioned': 'more soldiers' prepared (increment)", add=True),
        C("thousands", None, "vague", "casualties", "other", "pub",
          "retired US Army sergeant from Kitti, quoted, no date"),
    ),
)

Z12 = Source(
    article_id="z82_12_cape_palmas_coastline_year",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-20"),
    dated_by="dateline",
    features="newsletter from Liberia's south-east coast as plain text, ISO-8859-1 with straight "
        "quotes and `--`, dateline 'HARPER, Maryland County, November 20, 2025 --' (Thursday); "
        "South Korean intelligence officials 'on Tuesday' (two figures, 'a further 5,000' "
        "increment); Shoigu 'In June' (russia, planned increment); Rutte 'in October' (nato); "
        "Zelensky at the General Assembly 'in September'; the newsletter's own tally "
        "(unattributed range, required); a retired AFL colonel (other, `pub`); Liberia's "
        "Security Council seat, UNMIL peacekeepers, the AFL's size, canoes, dollars",
    text="""\
CAPE PALMAS COASTLINE
A weekly newsletter for Maryland County and the south-east

A YEAR OF KIM'S SOLDIERS IN RUSSIA -- AND WHY MONROVIA SHOULD CARE

HARPER, Maryland County, November 20, 2025 -- When Liberia takes its seat on the UN Security \
Council in January, one file waiting on the table will be North Korea's part in Russia's war \
against Ukraine. Here is what is known after a year.

South Korean intelligence officials said on Tuesday that [[around 10,000]] North Korean soldiers \
were still deployed near the front in Kursk, and that a further [[5,000]] military builders had \
arrived since the summer. The officials spoke to reporters in Seoul after briefing members of \
parliament.

Moscow has never given a full count of its own. In June, Sergei Shoigu, the Kremlin's security \
chief, announced that [[6,000]] more North Koreans -- engineers and deminers -- would follow the \
combat troops.

NATO Secretary General Mark Rutte told a conference in Brussels in October that "[[more than \
14,000]]" North Koreans had served in Russia. President Volodymyr Zelensky, addressing the UN \
General Assembly in September, said Pyongyang had lost [[roughly 6,000]] men killed or wounded.

All told, [[between 15,000 and 20,000]] North Koreans have passed through Russia's war since \
October 2024, by this newsletter's tally of published estimates.

"Every one of those numbers is a family," said retired Col. Augustine Toe, who commanded an \
Armed Forces of Liberia company in Harper after the war. "I would not be surprised if [[at least \
2,000]] of them never go home." The AFL today numbers about 2,000 soldiers; at its peak in 2004 \
the UNMIL mission had some 15,000 peacekeepers in the country.

Closer to home, the Harper fishing cooperative reports that about 300 canoes went out last week, \
the most since the rains began. Fuel at the Pleasant Hill depot sold for US$5.10 a gallon.

Letters and tips: coastline.harper@example.org or +231 77 055 0190.
""",
    claims=(
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "South Korean intelligence officials 'on Tuesday': deployed near the front in Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same sentence 'a further 5,000' (span without the word, increment): arrived",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June': 'more … would follow' (planned increment)", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato",
          "2025-10-01..2025-10-31", "Rutte 'in October', in quotes: served in Russia"),
        C("roughly 6,000", 6000, "approx", "casualties", "ukraine",
          "2025-09-01..2025-09-30", "Zelensky at the General Assembly 'in September'"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own tally of published estimates (unattributed, required)"),
        C("at least 2,000", 2000, "at_least", "casualties", "other", "pub",
          "retired AFL colonel, quoted, no date: will never go home (dead)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Z01, Z02, Z03, Z04, Z05, Z06,
    Z07, Z08, Z09, Z10, Z11, Z12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
