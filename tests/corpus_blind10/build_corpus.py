"""Build the TENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A twelfth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Berlin tabloid's online
story, a Rhineland regional paper with a local Bundeswehr officer, an Austrian weekly magazine, a
Swiss public broadcaster's web text, a German business daily on the money Pyongyang earns and a
Catholic news agency on soldiers' families; a Canadian public broadcaster, a South African
paper's world page, an Irish broadcaster, a US political news site on Congress and the Pentagon,
a British tabloid-style online story and a Polish English-language outlet. Same file format,
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
BASE_NAME = "_blind10_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

Y01 = Source(
    article_id="y01_berlin_boulevard_kanonenfutter_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-23"),
    dated_by="html_meta",
    features="Berlin tabloid's online story in HTML (`article:published_time` with +01:00, an ad "
        "script with slot sizes and an article id, a consent banner with 187 vendors and a price, "
        "navigation, a byline with date and time, ages in brackets, a comment count and a "
        "newsroom phone number); `<title>` figure (optional); caps kicker; headline "
        "'Selenskyj: Schon 3000' from Zelensky 'gestern Abend' (Sunday to publication, hedge "
        "dropped: exact); the bold intro's 'zu Hunderten' is the paper's framing (unattributed, "
        "optional); NIS figures dated by the next sentence (a lawmaker 'am Donnerstag'); 'fast "
        "1000 weitere wurden verletzt' (others in the same count, no increment); Ryder "
        "'vergangene Woche' carried to 'nach US-Schätzung'; the JCS 'heute früh' (the "
        "publication day) `Tausende` 'zusätzliche' (increment); a Munich expert's range 'noch "
        "einmal' (increment, `pub`); Russian losses a day, pay per soldier 'bis zu 2000 Dollar'",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: Schon [[3000]] Kim-Soldaten tot oder verletzt! | BLITZ</title>
<meta property="article:published_time" content="2024-12-23T06:41:00+01:00">
<meta property="og:site_name" content="BLITZ Berlin">
<script>window.blitzAds={slots:["top_970x250","sky_300x600","mrec_300x250"],kat:"news/ausland",\
artId:81877213};</script>
</head>
<body>
<div class="cmp">BLITZ und 187 Drittanbieter speichern Cookies auf Ihrem Gerät und werten Ihr \
Nutzungsverhalten aus. Klicken Sie auf „Alle akzeptieren“ oder lesen Sie werbefrei mit BLITZplus \
für 1,99 € pro Woche. <button>Alle akzeptieren</button></div>
<nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/berlin">Berlin</a> · <a \
href="/sport">Sport</a> · <a href="/promis">Promis</a> · <a href="/ratgeber">Ratgeber</a></nav>
<article>
<span class="kicker">KIMS KANONENFUTTER</span>
<h1>Selenskyj: Schon [[3000]] Kim-Soldaten tot oder verletzt!</h1>
<p class="intro"><strong>Sie sollten Putins Problem in Kursk lösen – jetzt sterben sie zu \
[[Hunderten]] im Schnee.</strong></p>
<p class="byline">Von Dennis Krawczyk · 23.12.2024 - 06:41 Uhr</p>
<p>Es sind Bilder, die selbst hartgesottene Frontkämpfer schockieren: Ukrainische Drohnen filmen, \
wie junge Männer in weißen Tarnanzügen über verschneite Felder rennen, ohne Deckung, in langen \
Reihen. Es sind Nordkoreaner. Diktator Kim Jong-un (40) hat sie an Wladimir Putin (72) \
ausgeliehen – und der schickt sie offenbar direkt ins Feuer.</p>
<p>Wolodymyr Selenskyj (46) nannte gestern Abend erstmals eine Zahl. „Nach vorläufigen Daten \
sind es schon [[mehr als 3000]] getötete und verwundete Soldaten aus Nordkorea“, sagte der \
ukrainische Präsident in seiner Videobotschaft. Pjöngjang opfere seine jungen Männer für einen \
fremden Krieg.</p>
<p>Auch Südkorea bestätigt schwere Verluste. Demnach sind [[mindestens 100]] Nordkoreaner \
gefallen, [[fast 1000]] weitere wurden verletzt. Das berichtete der Abgeordnete Lee Seong-kweun \
am Donnerstag nach einer vertraulichen Sitzung mit dem Geheimdienst NIS in Seoul. Die Truppe sei \
auf Drohnenangriffe kaum vorbereitet.</p>
<p>Pentagon-Sprecher Pat Ryder hatte schon vergangene Woche von „[[mehreren hundert]]“ Toten und \
Verletzten gesprochen. Insgesamt hat Kim nach US-Schätzung [[rund 11.000]] Soldaten nach Russland \
verlegt, die meisten davon in die Grenzregion Kursk.</p>
<h2>Die nächste Welle kommt</h2>
<p>Und es sollen noch mehr werden! Südkoreas Generalstab warnte heute früh, Pjöngjang bereite \
offenbar eine zweite Welle vor: [[Tausende]] zusätzliche Soldaten könnten schon im Januar \
folgen.</p>
<p>Militärexperte Carlo Wendt (61) von der Universität der Bundeswehr in München sagt zu BLITZ: \
„Für Kim ist das ein Geschäft. Ich rechne damit, dass bis zum Frühjahr noch einmal [[10.000 bis \
20.000]] Mann nachrücken.“ Pro Soldat soll Moskau bis zu 2000 Dollar im Monat nach Pjöngjang \
überweisen. Russland selbst verliert nach ukrainischen Angaben derzeit jeden Tag mehr als 1500 \
eigene Soldaten.</p>
<p>Der Kreml schweigt zu allem. Sprecher Dmitri Peskow sagte auf Nachfrage nur: „Kein \
Kommentar.“</p>
</article>
<footer>© BLITZ Berlin GmbH 2024 · <a href="/impressum">Impressum</a> · Leserkommentare (318) · \
Hinweise an die Redaktion: 030 555 4711</footer>
</body>
</html>
""",
    claims=(
        C("3000", 3000, "exact", "casualties", "ukraine", "yday..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("3000", 3000, "exact", "casualties", "ukraine", "yday..pub",
          "headline 'Selenskyj: Schon …': Zelensky's figure of the body ('gestern Abend', Sunday) "
          "to publication; the hedge is dropped in the headline: killed or wounded"),
        C("Hunderten", None, "vague", "casualties", "unattributed", "pub",
          "bold intro 'sterben sie zu Hunderten': the tabloid's own framing without a source",
          opt=True),
        C("mehr als 3000", 3000, "at_least", "casualties", "ukraine", "yday",
          "Zelensky 'gestern Abend' in his video address (Sunday, the day before the Monday "
          "article): killed and wounded"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "'Demnach' (Seoul), dated and attributed by the next sentence: a lawmaker after the NIS "
          "session 'am Donnerstag': killed"),
        C("fast 1000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: 'weitere wurden verletzt' = the others of the same count (no "
          "increment): wounded"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "lastweek",
          "Pentagon spokesman Ryder 'vergangene Woche' „…“: dead and wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'nach US-Schätzung' right after Ryder's statement of last week, no date of its own: "
          "moved to Russia"),
        C("Tausende", None, "vague", "planned", "south_korea", "mon",
          "JCS 'heute früh' (the publication day): 'zusätzliche' could follow (increment)",
          add=True),
        C("10.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Munich military expert 'sagt zu BLITZ' (present tense, no date): 'noch einmal … "
          "nachrücken' (increment)", add=True),
    ),
)

Y02 = Source(
    article_id="y02_rhein_mosel_offizier_koblenz_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-03-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Rhein-Mosel-Kurier",
        "https://www.rhein-mosel-kurier.example/region/koblenz/koblenzer-offizier-nordkoreas-soldat"
        "en-lernen-schnell_arid-4418207.html",
        "Koblenzer Offizier: Nordkoreas Soldaten lernen schnell",
    ),
    features="Rhineland regional paper's local story in Markdown, windows-1252 with CRLF, front "
        "matter without a date (sidecar, Friday), bold deck, 'Koblenz.' local dateline; a "
        "Bundeswehr officer's talk 'am Donnerstagabend' (other: his private estimate, "
        "`etwa 8.000` and `Einige tausend` in training camps carried by 'Nach seiner Rechnung' "
        "and Konjunktiv); the JCS figures with the source at the end of the sentence ('teilte … "
        "am Montag mit'), 'zusätzliche' (increment) and a new total; HUR figures published by a "
        "news portal 'am Mittwoch' (X citing Y: ukraine, the portal's day); a NATO spokesman "
        "'auf Anfrage unserer Zeitung' without a day (`pub`) with `deutlich mehr als`; the "
        "officer's forecast 'rechnet … mit' `bis zu 15.000` 'weitere' (Thursday to "
        "publication); audience, Bundeswehr staff in Koblenz, refugees, pay, age, phone number",
    text="""\
---
title: "Koblenzer Offizier: Nordkoreas Soldaten lernen schnell"
ressort: Koblenz & Region
autor: Sabine Klöckner
tags: [Bundeswehr, Ukraine, Nordkorea]
---

# „Die haben sich neu sortiert“

**Wochenlang waren Kim Jong-uns Soldaten aus den Kämpfen um Kursk verschwunden, jetzt greifen \
sie wieder an. Ein Offizier aus Koblenz erklärt, warum das niemanden überraschen sollte.**

Von Sabine Klöckner

**Koblenz.** Oberstleutnant Markus Breuer hat keine Folien mitgebracht, nur eine Landkarte und \
einen Zettel mit Zahlen. Der 52-Jährige arbeitet am Zentrum Innere Führung der Bundeswehr; am \
Donnerstagabend sprach er auf Einladung der Gesellschaft für Sicherheitspolitik vor gut 120 \
Zuhörern im Kurfürstlichen Schloss. Gleich zu Beginn stellte er klar, dass er seine persönliche \
Einschätzung vortrage, nicht die des Ministeriums.

Nach seiner Rechnung stehen derzeit [[etwa 8.000]] Nordkoreaner im Kampfgebiet bei Sudscha. \
[[Einige tausend]] Mann warteten in Ausbildungslagern im Hinterland auf ihren Einsatz. „Die haben \
sich nach den Verlusten im Januar neu sortiert, und sie lernen schnell“, sagte Breuer. Statt in \
großen Wellen griffen sie nun in kleinen Trupps an, gemeinsam mit russischen Drohnenteams.

Seine Zahlen liegen nahe an denen aus Seoul. Nordkorea habe seit Jahresbeginn [[rund 3.000]] \
zusätzliche Soldaten nach Russland gebracht, die meisten per Flugzeug, teilte der Vereinigte \
Generalstab der südkoreanischen Streitkräfte am Montag mit. Die Gesamtzahl schätzt das Militär \
dort inzwischen auf [[mehr als 13.000]].

Wie hoch der Preis ist, zeigen Angaben des ukrainischen Militärgeheimdienstes HUR, die das \
Nachrichtenportal „Dnipro Post“ am Mittwoch veröffentlichte. Demnach wurden seit Dezember \
[[rund 4.000]] Nordkoreaner getötet oder verwundet. Ein Sprecher der Nato in Brüssel sagte auf \
Anfrage unserer Zeitung, das Bündnis gehe von „[[deutlich mehr als 10.000]]“ Soldaten aus \
Nordkorea in Russland aus. Zu Einzelheiten äußere man sich nicht.

## Geld gegen Kampferfahrung

Warum Kim das Risiko eingeht? Breuers Antwort auf eine Frage aus dem Publikum fiel knapp aus: \
„Devisen und Erfahrung.“ Schätzungen zufolge zahle Moskau rund 2.000 Dollar pro Mann und Monat. \
Für den Rest des Jahres rechnet der Offizier mit Nachschub: Pjöngjang könne [[bis zu 15.000]] \
weitere Männer schicken, „solange Moskau zahlt“.

In Koblenz und Umgebung arbeiten rund 6.000 Soldatinnen, Soldaten und zivile Beschäftigte der \
Bundeswehr, die Stadt hat seit 2022 gut 2.300 Geflüchtete aus der Ukraine aufgenommen. Die \
nächste Veranstaltung der Sektion Koblenz-Mittelrhein ist für den 10. April geplant, Anmeldung \
unter 0261 555 208.
""",
    claims=(
        C("etwa 8.000", 8000, "approx", "near_front", "other", "thu",
          "Bundeswehr officer's private estimate in his talk 'am Donnerstagabend' ('Nach seiner "
          "Rechnung'): in the combat zone near Sudzha"),
        C("Einige tausend", None, "vague", "in_russia", "other", "thu",
          "same talk, Konjunktiv: waiting in training camps in Russia (not an increment)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS, named at the end of the sentence ('teilte … am Montag mit'): 'zusätzliche' sent "
          "since January (increment)", add=True),
        C("mehr als 13.000", 13000, "at_least", "in_russia", "south_korea", "mon",
          "same statement ('das Militär dort'): the new total, not an increment"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "wed",
          "HUR figures published by a news portal 'am Mittwoch' (X citing Y: the portal's day), "
          "carried by 'Demnach': killed or wounded"),
        C("deutlich mehr als 10.000", 10000, "at_least", "in_russia", "nato", "pub",
          "NATO spokesman 'auf Anfrage unserer Zeitung' without a day: in Russia"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "thu..pub",
          "the officer 'rechnet … mit' (present tense, in the report of Thursday's talk): could "
          "send 'weitere' (increment)", add=True),
    ),
)

Y03 = Source(
    article_id="y03_at_wochenmagazin_stille_helden",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-03"),
    dated_by="sidecar",
    sidecar=(
        "Augenblick",
        "https://www.augenblick-magazin.example/ausland/kims-stille-helden/402218934",
        "Kims stille Helden",
    ),
    features="Austrian weekly news magazine's analysis in ISO-8859-1 with »…« quotes and ' - ' "
        "for dashes (sidecar, Saturday): section line, headline without a figure, deck 'Seoul "
        "zählt 4.700' from the NIS figures 'am Mittwoch' (Wednesday to publication); KCNA and "
        "Gerasimov without figures; 'Die kamen am Mittwoch aus Seoul' dating the next sentence; "
        "'an die 600' (approx, a breakdown of the casualties); older NIS figures 'Im Jänner' "
        "(month window); Zelensky 'Anfang Feber'; the State Department 'in dieser Woche' "
        "(Monday to publication); a Graz researcher 'erwartet, dass heuer noch' (range, "
        "increment, `pub`; 'heuer' is the event); army size, Austrian UN soldiers, population, "
        "euros, per cent",
    text="""\
AUSLAND | NORDKOREA

Kims stille Helden

Monatelang hat Pjöngjang den Einsatz in Russland geleugnet, jetzt feiert es seine Soldaten. \
Seoul zählt [[4.700]] Tote und Verwundete. Was hinter dem späten Eingeständnis steckt.

Von Katharina Pölzl

Es war ein dürrer Satz, auf den westliche Dienste seit dem Herbst gewartet hatten. \
Nordkoreanische Einheiten hätten »an der Befreiung des Gebiets Kursk« teilgenommen, ließ Kim \
Jong-un am Montag über die Staatsagentur KCNA verbreiten. Zwei Tage davor hatte bereits \
Russlands Generalstabschef Waleri Gerassimow die »koreanischen Freunde« vor laufender Kamera \
gewürdigt. Zahlen nannten beide nicht.

Die kamen am Mittwoch aus Seoul. Nach Erkenntnissen des südkoreanischen Geheimdienstes NIS, die \
Abgeordnete nach einer Sitzung des Geheimdienstausschusses weitergaben, hat Pjöngjang seit \
Oktober [[rund 15.000]] Mann nach Russland verlegt. Bei [[etwa 4.700]] davon zähle der Dienst \
Tote oder Verwundete, [[an die 600]] hätten den Einsatz nicht überlebt. Damit hat der Dienst \
seine Schätzung deutlich nach oben korrigiert: Im Jänner war er noch von [[300]] Gefallenen und \
[[2.700]] Verwundeten ausgegangen.

In Kiew hält man auch die neuen Zahlen für geschönt. Schon Anfang Feber hatte Präsident \
Wolodymyr Selenskyj von [[knapp 4.000]] toten und verletzten Nordkoreanern gesprochen - bei damals \
deutlich kürzerer Einsatzdauer. Washington wiederum sieht die Größenordnung bestätigt. Das \
State Department sprach in dieser Woche von »[[mehr als 14.000]]« Soldaten, die Kim seinem \
Verbündeten zur Verfügung gestellt habe.

Warum also jetzt das Eingeständnis? Der Grazer Ostasienforscher Lukas Taferner hält es für \
kalkuliert. »Kim braucht eine Heldengeschichte, und die Toten lassen sich ohnehin nicht mehr \
verstecken«, sagt er. Für die Familien gebe es Wohnungen in Pjöngjang und Orden, für das Regime \
Devisen und Kampferfahrung, die keine andere Armee in Asien habe. Taferner erwartet, dass heuer \
noch [[5.000 bis 6.000]] Soldaten nachkommen, vor allem Pioniere für die Minenräumung.

Nordkoreas Armee zählt nach westlichen Schätzungen rund 1,2 Millionen Mann, bei einer \
Bevölkerung von etwa 26 Millionen. Verluste in dieser Größenordnung kann das Regime \
verkraften, meint Taferner, einen Verlust an Ansehen nicht.

Und Österreich? Das Außenministerium am Minoritenplatz verurteilte den Einsatz einmal mehr als \
»völkerrechtswidrig«. Das Bundesheer hat derzeit rund 180 Soldatinnen und Soldaten im Libanon \
stationiert, heuer hat die Regierung 20 Millionen Euro für Hilfsprojekte in der Ukraine \
budgetiert. In einer Umfrage sprachen sich zuletzt 61 Prozent der Befragten für die Neutralität \
in ihrer heutigen Form aus.
""",
    claims=(
        C("4.700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "deck 'Seoul zählt': the NIS figure of the body (Wednesday) to publication"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS findings passed on by lawmakers, dated by 'Die kamen am Mittwoch aus Seoul': sent"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, Konjunktiv ('zähle der Dienst'): dead or wounded"),
        C("an die 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence: did not survive (a breakdown of the casualties)"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "the NIS's older figure 'Im Jänner' (month window): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same older estimate: wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' (days 1-10): dead and wounded"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "mon..pub",
          "State Department 'in dieser Woche' (Monday to publication) »…«: put at Russia's "
          "disposal"),
        C("5.000 bis 6.000", None, "range", "planned", "other", "pub",
          "Graz researcher 'erwartet' (present tense; 'heuer' is the event): 'nachkommen' "
          "(increment)", add=True),
    ),
)

Y04 = Source(
    article_id="y04_ch_rundfunk_gefallene_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-04"),
    dated_by="sidecar",
    sidecar=(
        "HRF News",
        "https://www.hrf.example/news/international/nordkorea-seoul-beziffert-gefallene-in-russland"
        "-auf-2000",
        "Seoul: Rund 2000 Nordkoreaner im Ukraine-Krieg gefallen",
    ),
    features="Swiss public broadcaster's web text in HTML (no meta date: sidecar, Thursday), `ss`, "
        "«», `15'000`, `11'000`, `10'000`, 4-digit `2000`/`4000`/`8000`; `<title>` figure "
        "(optional); headline 'Seoul:' from a lawmaker after the NIS hearing 'am Mittwoch' "
        "(Wednesday to publication); Konjunktiv carrying the total and 'davon … noch in der "
        "Grenzregion' (a breakdown near the front); Shoigu 'im Juni' (month) `1000` deminers and "
        "`5000` builders (planned); 'Laut dem Geheimdienst' the first `rund 1000` in action; "
        "North Korean state TV 'Im August' with the coffins of `mehrerer Dutzend` fallen "
        "(north_korea, vague); HUR spokesman 'gegenüber HRF' without a day; a Basel researcher's "
        "range (other, `pub`); Russian losses a day (`rund 1000`), Swiss aid in francs, "
        "sanctions listings, video length, programme time, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Nordkorea: Seoul beziffert Gefallene auf [[2000]] - News - HRF</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="HRF News">
<script>var hrfPage={id:"hrf-21447803",channel:"international",videoLength:"03:12"};</script>
</head>
<body>
<div class="consent">Wir verwenden Cookies, um unser Angebot laufend zu verbessern. Mehr dazu in \
der <a href="/datenschutz">Datenschutzerklärung</a>. <button>Einverstanden</button></div>
<nav><a href="/news">News</a> | <a href="/news/schweiz">Schweiz</a> | <a \
href="/news/international">International</a> | <a href="/news/wirtschaft">Wirtschaft</a> | <a \
href="/sport">Sport</a> | <a href="/meteo">Meteo</a></nav>
<main>
<article>
<h1>Seoul: [[Rund 2000]] Nordkoreaner im Ukraine-Krieg gefallen</h1>
<p class="lead">Südkoreas Geheimdienst hat seine Schätzung der Toten mehr als verdreifacht. \
Pjöngjang selbst spricht nur von «Helden».</p>
<p>Nordkorea hat bei seinem Einsatz an der Seite Russlands nach südkoreanischen Erkenntnissen \
[[rund 2000]] Soldaten verloren. Das sagte der Abgeordnete Park Sun-won am Mittwoch nach einer \
Anhörung des Nachrichtendienstes NIS im Parlament in Seoul. Insgesamt habe Pjöngjang seit dem \
Herbst 2024 [[etwa 15'000]] Mann nach Russland geschickt, [[rund 11'000]] davon seien noch in der \
Grenzregion Kursk stationiert.</p>
<p>Hinzu kommen Pioniere. Im Juni hatte Sergei Schoigu, der Sekretär des russischen \
Sicherheitsrats, bei einem Besuch in Pjöngjang angekündigt, Pjöngjang schicke [[1000]] Minenräumer \
sowie [[5000]] Militärbauarbeiter in die Region Kursk. Laut dem Geheimdienst sind die \
ersten [[rund 1000]] inzwischen im Einsatz.</p>
<p>Pjöngjang selbst nennt keine Zahlen. Im August zeigte das Staatsfernsehen, wie Machthaber Kim \
Jong Un vor den mit Flaggen bedeckten Särgen [[mehrerer Dutzend]] Gefallener niederkniete und \
weinte.</p>
<h2>«Seoul zählt nur, was es belegen kann»</h2>
<p>In Kiew hält man die Zahl aus Seoul für zu tief. Der ukrainische Militärgeheimdienst HUR gehe \
von [[mehr als 4000]] Toten aus, sagte ein Sprecher gegenüber HRF. Russland selbst verliert nach \
ukrainischen Angaben täglich rund 1000 Soldaten.</p>
<p>Die Basler Korea-Forscherin Anna Bürgi hält die südkoreanischen Angaben für vorsichtig. \
«Seoul zählt nur, was es belegen kann», sagt sie. Zusammen mit den Verwundeten schätzt sie die \
Verluste der Nordkoreaner auf [[8000 bis 10'000]] Mann. Die Schweiz hat die Sanktionen der EU \
gegen Nordkorea übernommen und der Ukraine seit 2022 rund 5 Milliarden Franken an Hilfe \
zugesagt.</p>
<p class="sendung">Mehr dazu: Echo der Zeit, 18 Uhr</p>
</article>
</main>
<footer>© HRF 2025 · <a href="/impressum">Impressum</a> · Kundendienst 058 555 11 11</footer>
</body>
</html>
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the figure the body dates to Wednesday, to publication: fallen"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "wed",
          "NIS via lawmaker Park 'am Mittwoch' (next sentence): lost (dead)"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same hearing, Konjunktiv 'Insgesamt habe … geschickt': sent"),
        C("rund 11'000", 11000, "approx", "near_front", "south_korea", "wed",
          "same sentence, 'davon … noch in der Grenzregion Kursk stationiert' (a breakdown)"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni' in Pyongyang: will send deminers"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders"),
        C("rund 1000", 1000, "approx", "near_front", "south_korea", "wed",
          "'Laut dem Geheimdienst' (the NIS of Wednesday's hearing): the first deminers in action "
          "in Kursk"),
        C("mehrerer Dutzend", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state TV 'Im August': coffins of the fallen"),
        C("mehr als 4000", 4000, "at_least", "casualties", "ukraine", "pub",
          "HUR spokesman 'gegenüber HRF' without a day: dead"),
        C("8000 bis 10'000", None, "range", "casualties", "other", "pub",
          "Basel Korea researcher 'schätzt sie' (present tense): dead and wounded"),
    ),
)

Y05 = Source(
    article_id="y05_wirtschaftszeitung_kriegsrendite_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="front_matter",
    features="German business daily's analysis in Markdown, UTF-8 with BOM, front matter with "
        "`date:` and a title without a figure; a bold deck with money only; an economist's "
        "arithmetic 'Bei schätzungsweise 12.000 Soldaten … rechnet sie vor' (other, `pub`, the "
        "pay and revenue are not claims); the Pentagon 'Ende Juni'; the paper's own reckoning "
        "'Nach Berechnungen dieser Zeitung' (unattributed, required, range); the NIS 'Ende "
        "April'; Shoigu 'Im Juni' 'weitere 6.000' (increment, planned); HUR 'nach einem am "
        "Mittwoch veröffentlichten Bericht' (range, increment); shells, GDP, oil barrels, "
        "labourers ('Hinzu kommen … Arbeitskräfte', not claims), trade per cent, 'weitere 140 "
        "Millionen Dollar'",
    text="""\
---
title: "Kims Kriegsrendite: Was Nordkorea am Einsatz in Russland verdient"
date: 2025-07-10
author: Henrik Lassmann
section: Wirtschaft / International
---

# Das Geschäft mit den Soldaten

**Pjöngjang lässt sich seine Hilfe für Moskau teuer bezahlen – in Devisen, Öl und Technik. \
Ökonomen rechnen mit Einnahmen von bis zu zwei Milliarden Dollar im Jahr.**

Für ein Land, dessen Wirtschaftsleistung auf gerade einmal 25 Milliarden Dollar geschätzt wird, \
ist der Krieg in der Ukraine ein Konjunkturprogramm. Seit dem Herbst 2024 liefert Nordkorea \
Granaten, Raketen und Soldaten an Russland. Im Gegenzug fließen Geld, Rohöl und Rüstungstechnik \
nach Pjöngjang.

Wie viel genau, weiß niemand. Die Ökonomin Julia Brandstätter vom Bochumer Zentrum für \
Asien-Pazifik-Studien hat es für diese Zeitung überschlagen. Bei [[schätzungsweise 12.000]] \
Soldaten in Russland und einem monatlichen Sold von geschätzt 2.000 Dollar je Mann kämen \
allein aus dem Truppeneinsatz knapp 290 Millionen Dollar im Jahr zusammen, rechnet sie vor. \
„Das ist mehr, als Nordkorea in guten Jahren mit Kohle verdient hat.“

Den größeren Posten machen die Munitionslieferungen aus: Südkoreas Militär geht von mehr als 12 \
Millionen Artilleriegranaten aus, die seit 2023 geliefert worden seien. Russland wiederum hat \
laut einer Studie mehr als eine Million Barrel Öl geschickt, weit mehr, als die UN-Sanktionen \
erlauben. Hinzu kommen gut 15.000 Arbeitskräfte, die auf russischen Baustellen Devisen \
erwirtschaften.

## Wie viele Soldaten?

Wie viele Nordkoreaner tatsächlich in Russland stehen, ist umstritten. Das Pentagon bezifferte \
ihre Zahl Ende Juni auf [[rund 11.000]]. Nach Berechnungen dieser Zeitung auf Basis der Angaben \
aus Seoul, Washington und Kiew hat Kim seit Oktober 2024 insgesamt [[14.000 bis 15.000]] Mann \
geschickt, die Ablösungen eingerechnet. Der Einsatz hat einen hohen Preis: Südkoreas \
Geheimdienst NIS zählte Ende April [[etwa 4.700]] Tote und Verwundete.

Und das Geschäft wächst. Im Juni kündigte der russische Sicherheitsratschef Sergei Schoigu in \
Pjöngjang an, Nordkorea werde weitere [[6.000]] Pioniere und Militärbauarbeiter ins Gebiet Kursk \
schicken. Der ukrainische Militärgeheimdienst HUR geht nach einem am Mittwoch veröffentlichten \
Bericht sogar davon aus, dass Pjöngjang [[25.000 bis 30.000]] zusätzliche Soldaten vorbereitet.

Für jeden Bausoldaten dürfte Moskau ähnlich viel zahlen wie für die Infanteristen; das brächte \
nach Brandstätters Rechnung weitere 140 Millionen Dollar. Der Handel zwischen beiden Ländern ist \
nach russischen Zollzahlen 2024 um 28 Prozent gewachsen. „Sanktionen wirken nur, wenn sie \
jemand durchsetzt“, sagt die Ökonomin.
""",
    claims=(
        C("schätzungsweise 12.000", 12000, "approx", "in_russia", "other", "pub",
          "economist's arithmetic for the paper ('rechnet sie vor', no date): the troop count her "
          "sum rests on"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "2025-06-21..2025-06-30",
          "Pentagon 'Ende Juni' (days 21-30): in Russia"),
        C("14.000 bis 15.000", None, "range", "in_russia", "unattributed", "pub",
          "'Nach Berechnungen dieser Zeitung' (the paper's own reckoning, required): sent in all"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'Ende April': dead and wounded"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni' in Pyongyang: 'weitere' engineers and builders will be sent "
          "(increment)", add=True),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "wed",
          "HUR 'nach einem am Mittwoch veröffentlichten Bericht': 'zusätzliche' being prepared "
          "(increment)", add=True),
    ),
)

Y06 = Source(
    article_id="y06_kath_agentur_familien_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-11-12"),
    dated_by="dateline",
    features="German Catholic news agency report in UTF-16 LE with BOM and CRLF, agency line "
        "'Bonn/Seoul (KNB) –' and closing 'KNB/12.11.2025/bth/rk' (the dateline); a Seoul "
        "priest speaking in Bonn 'am Dienstag' gives no figure; the NIS figure dated by the "
        "next sentence ('Anfang September'); state media 'Ende Oktober' on medals for the "
        "families of `mehr als 100` fallen (north_korea); a Seoul NGO's documented names "
        "(other, `pub`); the NIS 'vergangene Woche' `rund 5.000` 'weitere' builders "
        "(increment); Russia's ambassador in Pyongyang 'am Montag' to Tass (russia, vague, in "
        "Kursk); Kyiv holding `zwei` prisoners without a day (casualties, `pub`); ages, "
        "refugees in the South, projects, euros, an IBAN, a phone number, an ordinal pope",
    crlf=True,
    text="""\
Kirchliche Helfer: Soldatenfamilien in Nordkorea leben in Angst

Bonn/Seoul (KNB) – Die Familien nordkoreanischer Soldaten in Russland leben nach Beobachtung \
kirchlicher Helfer in großer Ungewissheit. Viele Eltern erführen erst nach Monaten, ob ihr Sohn \
noch lebe, sagte der südkoreanische Priester Paul Kim Dae-hyun am Dienstag bei einer \
Veranstaltung des Hilfswerks „Brücke nach Korea“ in Bonn. Der Geistliche leitet in Seoul eine \
Beratungsstelle der Bischofskonferenz für Menschen, die aus dem Norden geflohen sind.

„Offiziell erfahren die Familien nichts“, sagte Kim. Nachrichten vom Tod eines Soldaten kämen \
meist über Umwege, manchmal über Nachbarn, die einen Sarg gesehen hätten. Die meisten \
Eingezogenen seien zwischen 18 und 24 Jahre alt; der Wehrdienst in Nordkorea dauert rund zehn \
Jahre.

Nach Schätzung des südkoreanischen Geheimdienstes NIS sind bislang [[etwa 2.000]] \
nordkoreanische Soldaten in Russland ums Leben gekommen. Diese Zahl hatte der Dienst Anfang \
September Abgeordneten in Seoul genannt. Das Regime selbst inszeniert die Gefallenen inzwischen \
als Helden: Ende Oktober überreichte Machthaber Kim Jong Un nach Berichten der Staatsmedien den \
Angehörigen von [[mehr als 100]] getöteten Soldaten Orden und neue Wohnungen in Pjöngjang. Eine \
Menschenrechtsorganisation in Seoul hat nach eigenen Angaben die Namen von [[rund 350]] \
Gefallenen dokumentiert, vor allem anhand von Bildern aus dem Staatsfernsehen.

Für viele Familien ist der Krieg noch lange nicht vorbei. Erst vergangene Woche meldete der NIS, \
Pjöngjang habe seit September [[rund 5.000]] weitere Militärbauarbeiter nach Russland verlegt. \
Der russische Botschafter in Pjöngjang, Alexander Mazegora, lobte deren Arbeit am Montag im \
Gespräch mit der Agentur Tass: [[Mehrere tausend]] koreanische Pioniere räumten im Gebiet Kursk \
Minen „mit bewundernswerter Hingabe“.

In ukrainischer Gefangenschaft befinden sich nach Kiewer Angaben weiterhin [[zwei]] \
Nordkoreaner. Beide hätten den Wunsch geäußert, nach Südkorea zu gehen, sagte der Priester; die \
Kirche in Seoul sei bereit, sie aufzunehmen. In Südkorea leben bereits rund 34.000 Menschen, die \
aus dem Norden geflohen sind.

Papst Leo XIV. hatte im Oktober zum Gebet für die Menschen auf der koreanischen Halbinsel \
aufgerufen. Das Hilfswerk „Brücke nach Korea“ unterstützt nach eigenen Angaben rund 40 Projekte \
in Südkorea und der Mongolei und hat im vergangenen Jahr 1,2 Millionen Euro an Spenden \
erhalten. Spendenkonto: IBAN DE45 3706 0193 0012 3456 78; Kontakt: 0228 555 3030.

KNB/12.11.2025/bth/rk
""",
    claims=(
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS estimate dated by the next sentence ('Anfang September'): died"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "state media report 'Ende Oktober': medals for the families of the killed"),
        C("rund 350", 350, "approx", "casualties", "other", "pub",
          "Seoul human-rights group 'nach eigenen Angaben', no date: names of the fallen "
          "documented"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'vergangene Woche': 'weitere' military builders moved to Russia (increment)",
          add=True),
        C("Mehrere tausend", None, "vague", "near_front", "russia", "mon",
          "Russia's ambassador in Pyongyang 'am Montag' to Tass, Konjunktiv: clearing mines in "
          "Kursk"),
        C("zwei", 2, "exact", "casualties", "ukraine", "pub",
          "'nach Kiewer Angaben' without a day: prisoners of war held by Ukraine"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Canada, South Africa, Ireland, US, UK, Poland)
# ---------------------------------------------------------------------------------------------

Y07 = Source(
    article_id="y07_ca_public_broadcaster_joly_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "CPB News",
        "https://www.cpbnews.example/news/world/north-korea-troops-russia-pentagon-1.7361520",
        "North Korean troops in Russia now number 10,000, Pentagon says",
    ),
    features="Canadian public broadcaster's web story in HTML, windows-1252 (curly quotes, `é`, "
        "`·` raw), no meta date (sidecar, Wednesday), a 'Posted: Oct 30, 2024' byline, cookie "
        "notice, navigation, a data layer with a word count; `og:title` figure (optional); "
        "headline 'Pentagon says' from the Pentagon 'Monday' (Monday to publication); the NIS "
        "'on Tuesday' via lawmakers; 'first raised the alarm on Oct. 18. At the time' (a date "
        "carried into the next sentence); HUR 'said on Sunday' `as many as 12,000` expected "
        "(planned); Canada's foreign minister 'on Tuesday' (other, vague); a Vancouver "
        "academic 'tens of thousands' (other, `pub`); Canadian aid in dollars, Canadians of "
        "Ukrainian descent, Canadian troops in Latvia, a toll-free number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="windows-1252">
<title>Pentagon: North Korean troops moving closer to Ukraine | CPB News</title>
<meta property="og:title" content="North Korean troops in Russia now number [[10,000]], Pentagon \
says">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.cpbnews.example/news/world/north-korea-troops-russia-pent\
agon-1.7361520">
<script>dataLayer=[{"contentId":"1.7361520","section":"world","wordCount":655}];</script>
</head>
<body>
<div id="cookie-notice">CPB uses cookies to give you a better experience and to understand how \
our sites are used. Read our <a href="/privacy">privacy policy</a>. <button>Got it</button></div>
<header><a href="/news">News</a> <a href="/news/canada">Canada</a> <a href="/news/world">World</a> \
<a href="/news/politics">Politics</a> <a href="/listen">Listen Live</a></header>
<article>
<h1>North Korean troops in Russia now number [[10,000]], Pentagon says</h1>
<p class="deck">Joly calls deployment a ‘dangerous escalation’ as Ottawa weighs new sanctions</p>
<p class="byline">Émilie Tremblay · CPB News · Posted: Oct 30, 2024 5:00 AM ET</p>
<p>The Pentagon said Monday that [[about 10,000]] North Korean soldiers have been sent to eastern \
Russia for training and that some of them have already moved closer to Ukraine, a sharp rise from \
Washington’s earlier estimates.</p>
<p>“We are increasingly concerned that Russia intends to use these soldiers in combat,” deputy \
press secretary Sabrina Singh told reporters, adding that the troops could reach the front \
“within the next several weeks.”</p>
<p>South Korea’s National Intelligence Service went further on Tuesday, telling a closed session \
of a parliamentary committee in Seoul that [[about 3,000]] of the soldiers had been moved toward \
the fighting in Russia’s Kursk region, according to lawmakers who attended.</p>
<p>The agency first raised the alarm on Oct. 18. At the time, it said North Korea had shipped \
[[1,500]] special forces soldiers to the Russian port of Vladivostok.</p>
<p>Ukraine’s military intelligence agency, known as HUR, said on Sunday it expected [[as many as \
12,000]] North Koreans to be in position near the border by November.</p>
<p>In Ottawa, Foreign Affairs Minister Mélanie Joly said Canada was “looking at every tool,” \
including new sanctions. “When [[thousands]] of soldiers from a nuclear-armed dictatorship show \
up in Europe, that is a dangerous escalation,” she told reporters on Parliament Hill on \
Tuesday.</p>
<p>Canada has committed more than $19.5 billion in aid to Ukraine since 2022, and about 2,200 \
Canadian Armed Forces members are deployed with the NATO brigade in Latvia. Roughly 1.3 million \
Canadians claim Ukrainian descent.</p>
<p>Lee Chan-woo, who teaches Korean politics at the University of British Columbia, said \
Pyongyang could rotate [[tens of thousands]] of soldiers through Russia over the coming year if \
Moscow keeps paying. “For Kim, this is a revenue stream and a training ground at the same \
time,” he said in an interview.</p>
</article>
<footer>© 2024 Canadian Public Broadcaster · <a href="/corrections">Corrections</a> · Audience \
relations: 1-800-555-0199</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "og:title (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon says': the lead's Monday figure, to publication"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'said Monday': sent to eastern Russia for training"),
        C("about 3,000", 3000, "approx", "near_front", "south_korea", "tue",
          "NIS 'on Tuesday', via lawmakers: moved toward the fighting in Kursk"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "'first raised the alarm on Oct. 18. At the time, it said' (date carried): shipped to "
          "Vladivostok"),
        C("as many as 12,000", 12000, "at_most", "planned", "ukraine", "sun",
          "HUR 'said on Sunday it expected': in position near the border by November"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Canada's foreign minister 'on Tuesday' (a third government: other): show up in Europe"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Vancouver academic 'said in an interview', no date: could rotate through Russia"),
    ),
)

Y08 = Source(
    article_id="y08_za_world_page_prisoners",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "The Highveld Mercury",
        "https://www.highveldmercury.example/world/2025-01-14-kyiv-parades-captured-north-korean-sol"
        "diers/",
        "Kyiv parades two captured North Korean soldiers",
    ),
    features="South African paper's world page as plain text (sidecar, Tuesday) with a section "
        "line and a deck; the number word `two` in the headline and the lead (Zelensky "
        "'announced the capture on Saturday': Saturday to publication, the offer repeated on "
        "Sunday); the deck's `about 3,000` from the NIS figures the body dates to 'Monday' "
        "(Monday to publication); `about 300` killed and `2,700` wounded (not an increment); "
        "HUR 'puts … at' without a date (`pub`, a total and a casualty count incl. captured); "
        "Kirby 'last week' `well over 1,000` in a single week; a Johannesburg researcher's "
        "'fresh troops' to replace losses (increment, vague, `pub`); South African men "
        "recruited by Russia, Ukrainians in captivity, birth years, army size, G20",
    text="""\
WORLD | UKRAINE WAR

Kyiv parades [[two]] captured North Korean soldiers

Seoul's spy agency says [[about 3,000]] of Kim Jong Un's troops have been killed or wounded in \
Russia, while Pretoria keeps its counsel

By Sipho Dlamini

Ukraine says its forces have taken [[two]] North Korean soldiers prisoner in the Kursk region of \
Russia, the first prisoners taken from a force that Western and South Korean officials say \
Moscow has thrown into some of the war's fiercest fighting.

President Volodymyr Zelensky announced the capture on Saturday and posted photographs of the \
wounded prisoners, one with bandaged hands and the other with a bandaged jaw, lying on bunks in \
a Kyiv detention facility. On Sunday he said Ukraine was prepared to hand them over to Kim Jong \
Un if Pyongyang could arrange their exchange for Ukrainians held in Russia. More than 8,000 \
Ukrainians are in Russian captivity, according to Kyiv.

Ukraine's SBU security service said the soldiers were born in 2005 and 1999 and had been told \
they were going to Russia for training, not to war.

South Korea's National Intelligence Service said on Monday that [[about 300]] of Kim's \
soldiers had died and [[2,700]] had been wounded since the troops entered combat in December. \
Lawmakers briefed by the agency said the North Koreans had been ordered to blow themselves up \
rather than be taken prisoner.

Ukraine's military intelligence agency, HUR, puts the size of the North Korean contingent at \
[[roughly 11,000]] and says [[nearly 4,000]] of them have been killed, wounded or captured. In \
Washington, the White House national security spokesman, John Kirby, told reporters last week \
that the North Koreans had suffered "[[well over 1,000]]" casualties in a single week of fighting.

Moscow has never formally acknowledged the deployment.

In Pretoria, the Department of International Relations and Cooperation declined to comment on \
the capture. South Africa, which holds the G20 presidency this year, has repeatedly called for a \
negotiated end to the war and has avoided criticising Russia directly. The department said last \
year that it was helping 17 South African men who had been lured into fighting for Russia in \
eastern Ukraine to come home.

Thandiwe Mokoena, a researcher at the Centre for African Security Futures in Johannesburg, said \
the capture would embarrass Pyongyang more than Moscow. She expects Kim to replace his losses \
within weeks, possibly with [[several thousand]] fresh troops. "He has an army of more than a \
million men and very little else to sell," she said.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: Zelensky's announcement of Saturday (and Sunday's offer), to publication: "
          "captured"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "mon..pub",
          "deck 'Seoul's spy agency says': the sum of the NIS figures the body dates to Monday, to "
          "publication: killed or wounded"),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "lead 'Ukraine says' (present tense), dated in the next paragraph ('announced the "
          "capture on Saturday', repeated on Sunday): captured"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'said on Monday': died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same statement: wounded (not an increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'puts … at' (present tense, no date): the contingent in Russia"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "same: killed, wounded or captured"),
        C("well over 1,000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "White House spokesman Kirby 'told reporters last week': casualties in one week (the "
          "week is the event)"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "Johannesburg researcher 'expects', no date: fresh troops to replace losses "
          "(increment)", add=True),
    ),
)

Y09 = Source(
    article_id="y09_ie_broadcaster_admission_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-04-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "EBC News",
        "https://www.ebcnews.example/en/news/world/2025/0429/1510228-north-korea-russia-kursk/",
        "Pyongyang and Moscow admit North Korean troops fought in Kursk",
    ),
    features="Irish broadcaster's web story in Markdown, ISO-8859-1 with CRLF (straight quotes, "
        "`á`, `Ó`, `Í`), front matter without a date (sidecar, Tuesday); KCNA 'on Monday' and "
        "Gerasimov 'on Saturday' without figures; the JCS 'In a statement issued this morning' "
        "(the publication day) 'By Seoul's count' with a breakdown `some 4,000` of them "
        "casualties; HUR 'says' without a date (`pub`) `roughly 3,000` in Kursk and `several "
        "hundred` moved to Belgorod; Rutte 'earlier this month' (1st to publication); the "
        "Tánaiste 'told EBC's Morning Report programme today' (other, the publication day); a "
        "Maynooth lecturer's 'between … and …' 'more' (increment, `pub`); Irish troops in "
        "Lebanon, aid in euro, Ukrainians in Ireland, age, treaty article",
    text="""\
---
title: "Pyongyang and Moscow admit North Korean troops fought in Kursk"
category: World
byline: "Ciarán Ó Murchú, Foreign Affairs Correspondent"
---

# Pyongyang and Moscow admit North Korean troops fought in Kursk

North Korea has confirmed for the first time that its soldiers fought alongside Russian forces \
against Ukraine, ending months of official silence about a deployment that Western governments \
had tracked since October.

In a statement carried by the state news agency KCNA on Monday, the ruling Workers' Party said \
units had been sent "on the order of the head of state" under Article 4 of the mutual defence \
treaty the two countries signed last June. It gave no figures. Russia's chief of the general \
staff, Valery Gerasimov, had already praised the "heroism" of the Korean soldiers on Saturday.

In a statement issued this morning, South Korea's Joint Chiefs of Staff insisted that the \
admission did not change its assessment. By Seoul's count, [[about 14,000]] North Korean troops \
have been sent to Russia since last autumn, and [[some 4,000]] of them have been killed or wounded.

Ukraine's military intelligence agency says [[roughly 3,000]] North Koreans remain in the Kursk \
region, while [[several hundred]] have been moved across the border into Russia's Belgorod \
region. Nato Secretary General Mark Rutte said earlier this month that Pyongyang had sent "[[well \
over 10,000]]" soldiers to fight for Moscow.

The Tánaiste and Minister for Foreign Affairs, Simon Harris, said the confirmation was deeply \
troubling. "When [[thousands]] of young North Koreans are shipped across the world to a European \
war, nobody can pretend it is none of our business," he told EBC's Morning Report programme \
today.

Ireland has provided 380 million euro in non-lethal support to Ukraine since 2022, and more \
than 100,000 people from Ukraine have found refuge here. Some 340 members of the Defence Forces \
are currently serving with the UN mission in south Lebanon.

Dr Aoife Ní Bhriain, who lectures on East Asian security at Maynooth University, said the \
admission suggested that both leaders expected the arrangement to last. "Kim, who is 41, wants \
his army to have combat experience that no other force in Asia has," she said. She believes \
Pyongyang could send [[between 20,000 and 30,000]] more soldiers over the next year.

Kremlin spokesman Dmitry Peskov said on Monday he had "no figures to share".
""",
    claims=(
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "tue",
          "JCS 'In a statement issued this morning' (the publication day), 'By Seoul's count': "
          "sent"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "same statement, 'of them' (a breakdown): killed or wounded"),
        C("roughly 3,000", 3000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says' (present tense, no date): remain in the Kursk region"),
        C("several hundred", None, "vague", "near_front", "ukraine", "pub",
          "same sentence: moved into the Belgorod border region (not an increment)"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "2025-04-01..pub",
          "Rutte 'earlier this month' (1st to publication): sent"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "the Tánaiste (Ireland: a third government, other) 'told … programme today' (the "
          "publication day): shipped to a European war"),
        C("between 20,000 and 30,000", None, "range", "planned", "other", "pub",
          "Maynooth lecturer 'believes' (present tense): could send 'more' (increment)",
          add=True),
    ),
)

Y10 = Source(
    article_id="y10_us_capitol_brief_pentagon_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-20"),
    dated_by="html_meta", crlf=True,
    features="US political news site's story on Congress and the Pentagon in HTML, UTF-8 with BOM "
        "and CRLF (`article:published_time` with -05:00, NewsArticle JSON-LD with a headline "
        "without a figure, an ad script with slot sizes, a cookie notice, entities `&rsquo;`, "
        "`&ldquo;`, `&middot;`, `&times;`); `<title>` figure (optional); headline 'Pentagon "
        "tells Congress' from the Tuesday briefing relayed by congressional aides (Tuesday to "
        "publication); 'up from the 8,000 the Pentagon cited in late October' (an older figure "
        "with its own window); a breakdown `several hundred` special forces; a senator relaying "
        "officials' warning of `thousands` more (united_states, increment); Ukraine's defence "
        "minister 'on Monday' to House members (`up to 15,000`, planned); the NIS 'last week'; "
        "Senate vote, aid and budget in dollars, a missile range in miles, US troops in Korea, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pentagon tells Congress [[11,000]] North Korean troops now in Kursk - Capitol Brief</title>
<meta property="article:published_time" content="2024-11-20T16:52:00-05:00">
<meta property="article:section" content="Defense">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headl\
ine":"What the Pentagon told Congress about North Korea's troops","datePublished":"2024-11-20T16\
:52:00-05:00","author":[{"@type":"Person","name":"Megan Ostrowski"}]}</script>
<script async src="https://ads.capbrief.example/prebid.js" data-slots="728x90,300x250"></script>
</head>
<body>
<div class="gdpr">This site uses cookies; if you keep reading, we assume you accept <a \
href="/cookies">our cookie policy</a>. <a href="#" class="close">&times;</a></div>
<nav>Congress &middot; White House &middot; Defense &middot; Campaigns &middot; Newsletters</nav>
<article>
<p class="kicker">NATIONAL SECURITY</p>
<h1>Pentagon tells Congress [[11,000]] North Korean troops are now in Kursk</h1>
<p class="dek">Lawmakers in both parties press the outgoing administration to do more before \
Jan. 20 as Pyongyang&rsquo;s soldiers join the fight.</p>
<p class="byline">By Megan Ostrowski &middot; 11/20/2024 04:52 PM EST</p>
<p>Defense officials told lawmakers in a closed-door briefing Tuesday that [[roughly 11,000]] \
North Korean soldiers are now in Russia&rsquo;s Kursk region and that many of them have begun \
fighting alongside Russian units, according to two congressional aides familiar with the \
session.</p>
<p>The number is up from the [[8,000]] the Pentagon cited in late October, when officials first \
said North Korean troops had reached the border area. Of those now in Kursk, [[several \
hundred]] belong to special operations units, the aides said.</p>
<p>Sen. Jeanne Shaheen (D-N.H.), a senior member of the Armed Services Committee, said officials \
had warned senators to expect &ldquo;[[thousands]] more&rdquo; in the coming weeks. \
&ldquo;We&rsquo;re not talking about a token presence anymore,&rdquo; she told reporters \
outside the hearing room.</p>
<p>Sen. Roger Wicker (R-Miss.), in line to chair the committee in January, called the \
administration&rsquo;s response &ldquo;too little, too late&rdquo; and urged it to let Kyiv fire \
ATACMS missiles, which have a range of about 190 miles, deeper into Russia. The Senate this week \
rejected a bid to block arms sales to Israel by a vote of 79-18, and Congress has yet to finish \
the $895 billion defense policy bill.</p>
<p>Ukraine&rsquo;s defense minister, Rustem Umerov, met members of the House Foreign Affairs \
Committee on Monday and told them Kyiv expects [[up to 15,000]] North Korean troops to be in the \
fight by January, according to a committee aide. South Korea&rsquo;s intelligence service told \
lawmakers in Seoul last week that [[more than 10,000]] North Koreans had been deployed to \
Russia.</p>
<p>At the Pentagon on Wednesday, press secretary Maj. Gen. Pat Ryder declined to give casualty \
figures. The United States keeps 28,500 troops in South Korea, and the administration has sent \
Ukraine more than $60 billion in military aid since 2022.</p>
</article>
<footer>&copy; 2024 Capitol Brief LLC &middot; Tips: 1-202-555-0143</footer>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "united_states", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("11,000", 11000, "exact", "near_front", "united_states", "tue..pub",
          "headline 'Pentagon tells Congress': the figure of Tuesday's briefing, to publication"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "tue",
          "defense officials' closed-door briefing 'Tuesday', relayed by congressional aides (X "
          "citing Y): in Kursk"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-21..2024-10-31",
          "'up from the 8,000 the Pentagon cited in late October' (an older figure, days 21-31): "
          "at the border area"),
        C("several hundred", None, "vague", "near_front", "united_states", "tue",
          "same briefing, 'the aides said': special operations troops among those in Kursk (a "
          "breakdown)"),
        C("thousands", None, "vague", "planned", "united_states", "tue",
          "a senator relaying what officials told senators at Tuesday's briefing: 'more' in the "
          "coming weeks (increment)", add=True),
        C("up to 15,000", 15000, "at_most", "planned", "ukraine", "mon",
          "Ukraine's defense minister to House members 'on Monday': expected in the fight by "
          "January"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "NIS 'told lawmakers in Seoul last week': deployed to Russia"),
    ),
)

Y11 = Source(
    article_id="y11_uk_tabloid_parade_utf16_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-13"),
    dated_by="front_matter",
    features="British tabloid-style online story in Markdown, UTF-16 LE with BOM, front matter "
        "with a `date:` timestamp and a caps title without a figure; caps headline 'spies warn "
        "6,000 MORE' (span without the word, increment) and a caps lead 'thousands more' from "
        "the NIS figure the body dates to Friday (Friday to publication); Kursk veterans "
        "marching at Friday's parade (returnees: optional); Medvedev's speech 'on Thursday "
        "night' (russia); 'told MPs in Seoul on Friday' `another 6,000` and `around 10,000` "
        "still there; HUR 'last week' dead and wounded; the paper's own analysis (unattributed, "
        "required); US officials 'in the summer' (1 June - 31 August); a former officer's "
        "`10,000 more` (other, `pub`); tanks and launchers, missile range, ages, the 80th "
        "anniversary, comment count",
    text="""\
---
title: "KIM'S KURSK HEROES: Tyrant parades war veterans as spies warn more troops are on the way"
date: 2025-10-13T21:30:00+01:00
author: Jake Pemberton
section: World News
---

# KIM'S WAR PARADE: Tyrant shows off Kursk 'heroes' as spies warn [[6,000]] MORE are on the way

*Beaming despot salutes troops who fought for Putin while Seoul says a fresh wave is being \
readied*

By **Jake Pemberton**, Foreign News Reporter

TYRANT Kim Jong Un has paraded the soldiers he sent to fight for Vladimir Putin through the \
streets of Pyongyang - as spies warned [[thousands]] more are about to follow them.

The chubby-cheeked despot, 41, beamed from a podium on Friday as [[hundreds]] of veterans of \
the Kursk campaign goose-stepped past during the 80th anniversary parade of his Workers' Party.

More than 200 tanks, rocket launchers and missile trucks rolled through Kim Il Sung Square, \
including the new Hwasong-20 missile, which experts say could strike targets 9,300 miles away.

Russia's former president Dmitry Medvedev, 60, flew in for the celebrations. In a speech on \
Thursday night he thanked the '[[thousands]] of Korean brothers who fought shoulder to shoulder \
with us' to drive Ukrainian troops out of the Kursk region.

But behind the pomp, South Korea's spy agency told MPs in Seoul on Friday that Kim is getting \
ready to send another [[6,000]] troops to Russia, mostly combat engineers and builders. It said \
[[around 10,000]] North Koreans are still in the country.

**'KIM'S TRAINING GROUND'**

The cost has been brutal. Ukraine's military intelligence said last week that [[more than \
2,000]] of Kim's men have been killed since they entered the war last autumn, and [[about \
4,500]] wounded.

A Thunder analysis of figures released by Seoul, Washington and Kyiv suggests that [[at least \
15,000]] North Koreans have now been shipped to Russia. US officials estimated in the summer \
that [[around 11,000]] were still there.

Former British Army intelligence officer Major Tom Harding told the Thunder: 'Kursk has become \
Kim's training ground. He'll send [[10,000]] more without blinking if Putin keeps paying.'

*Have your say: 1,204 comments*
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "south_korea", "fri..pub",
          "headline 'spies warn … MORE': the NIS figure the body dates to Friday, to publication "
          "(increment, span without the word)", add=True),
        C("thousands", None, "vague", "planned", "south_korea", "fri..pub",
          "lead 'as spies warned … more': the NIS warning of Friday, to publication (increment)",
          add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "Kursk veterans marching at Friday's parade (returnees fit no status)", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "thu",
          "Medvedev (Russia's Security Council) 'In a speech on Thursday night': fought in "
          "Kursk"),
        C("6,000", 6000, "exact", "planned", "south_korea", "fri",
          "NIS 'told MPs in Seoul on Friday': 'another' (increment, span without the word)",
          add=True),
        C("around 10,000", 10000, "approx", "in_russia", "south_korea", "fri",
          "same briefing, 'It said': still in Russia"),
        C("more than 2,000", 2000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'said last week': killed"),
        C("about 4,500", 4500, "approx", "casualties", "ukraine", "lastweek",
          "same statement: wounded"),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "'A Thunder analysis of figures' (the paper's own reckoning, required): shipped to "
          "Russia"),
        C("around 11,000", 11000, "approx", "in_russia", "united_states", "2025-06-01..2025-08-31",
          "US officials 'in the summer' (1 June - 31 August): still in Russia"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "former British Army officer 'told the Thunder', no date: could send 'more' "
          "(increment)", add=True),
    ),
)

Y12 = Source(
    article_id="y12_pl_english_kursk_pause",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-02-18"),
    dated_by="dateline",
    features="Polish English-language outlet's story as plain text with a top line 'The Vistula "
        "Post | World | Published 18 February 2025, 09:14' (the dateline), a deck and 'WARSAW "
        "—'; Polish names (`ł`, `ó`, `ś`); deck `more than 3,000` from the NIS briefing the "
        "body dates to Monday (Monday to publication); NIS figures 'lawmakers who attended the "
        "briefing said' after the figures; Syrskyi 'Speaking on Saturday'; a senior NATO "
        "official briefing 'last week' ‘thousands more’ (increment); Poland's defence minister "
        "'on Monday in Rzeszów' (other) quoting a total; a Warsaw analyst's range 'more' "
        "(increment, `pub`); Poland's army target, defence spending per cent, distance, "
        "refugees, square kilometres, zloty",
    text="""\
The Vistula Post | World | Published 18 February 2025, 09:14

North Korea pulls troops back from Kursk front, Seoul says

South Korean intelligence estimates [[more than 3,000]] casualties among Kim's soldiers; analysts \
in Warsaw warn they could return 'better trained and more dangerous'

By Tomasz Wróblewski

WARSAW — North Korean troops have not been seen on the front line in Russia's Kursk region since \
mid-January, lawmakers in Seoul were told on Monday by South Korea's National Intelligence \
Service, in what analysts described as a pause rather than a retreat.

The agency estimated that [[around 11,000]] North Korean soldiers remain in Russia and that the \
force has suffered [[more than 3,000]] casualties, lawmakers who attended the closed briefing \
said. The units had probably been pulled back to regroup after heavy losses to Ukrainian drones, \
the agency believes.

Ukraine's commander-in-chief, Oleksandr Syrskyi, puts the losses higher. Speaking on Saturday, \
he said [[about 4,000]] of Kim's soldiers had been killed or wounded in roughly two months of \
fighting. Ukrainian forces still hold about 500 square kilometres of the Kursk region.

At NATO headquarters in Brussels last week, a senior alliance official who briefed journalists \
on condition of anonymity said Pyongyang was expected to send ‘[[thousands]] more’ once the \
battered units had been rebuilt.

In Poland, which borders both Ukraine and Russia's Kaliningrad exclave, the news was met with \
little relief. Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said on \
Monday in Rzeszów that "every one of the [[11,000]] North Korean soldiers Putin has brought to \
Europe is a threat to NATO's eastern flank."

The Rzeszów-Jasionka airport, about 90 km from the Ukrainian border, is the main hub for \
Western military aid to Kyiv. Poland plans to expand its armed forces to 300,000 soldiers and \
will spend 4.7% of GDP on defence this year, the highest share in NATO. Nearly a million \
Ukrainian refugees live in the country.

Marta Zielińska, an Asia analyst at the Warsaw-based Centre for Eastern Security Studies, \
expects North Korea to send [[5,000 to 8,000]] more troops in the spring. "They are learning \
fast. The next rotation will come back better trained and more dangerous," she said. Moscow, she \
added, pays Pyongyang far more than the 2 billion zloty its soldiers' wages alone would cost.
""",
    claims=(
        C("more than 3,000", 3000, "at_least", "casualties", "south_korea", "mon..pub",
          "deck 'South Korean intelligence estimates': the NIS figure the body dates to Monday, "
          "to publication"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "NIS briefing to lawmakers 'on Monday' (previous paragraph), 'lawmakers … said' after "
          "the figures: remain in Russia"),
        C("more than 3,000", 3000, "at_least", "casualties", "south_korea", "mon",
          "same briefing: casualties"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "sat",
          "Syrskyi 'Speaking on Saturday': killed or wounded"),
        C("thousands", None, "vague", "planned", "nato", "lastweek",
          "senior NATO official briefing journalists 'last week' ‘… more’ (increment)", add=True),
        C("11,000", 11000, "exact", "in_russia", "other", "mon",
          "Poland's defence minister (a third government: other) 'on Monday in Rzeszów': brought "
          "to Europe"),
        C("5,000 to 8,000", None, "range", "planned", "other", "pub",
          "Warsaw analyst 'expects' (present tense; 'in the spring' is the event): 'more' "
          "(increment)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    Y01, Y02, Y03, Y04, Y05, Y06,
    Y07, Y08, Y09, Y10, Y11, Y12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
