"""Build the THIRTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A fifteenth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Lower Saxony regional
paper, a Berlin daily's Sunday analysis, a Tyrol regional paper, a Lucerne paper, a German public
TV website's text on a talk show and a trade-union magazine's short; a Hong Kong broadcaster, a
Nigerian paper's world page, a US public TV website, a Welsh broadcaster, a Japanese wire in
English and a Ukrainian government-funded English-language outlet. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table are
the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module
instance whose `SOURCES` are set to ours (under its own module name, so it never shares state
with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind13_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p01_niedersachsen_goettingen_gefechte",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-07"),
    dated_by="sidecar",
    sidecar=(
        "Leine-Weser-Kurier",
        "https://www.lw-kurier.example/politik/welt/kiew-meldet-erste-gefechte-mit-nordkoreane"
        "rn-id41877.html",
        "Kiew meldet erste Gefechte mit Nordkoreanern",
    ),
    features="Lower Saxony regional paper with a local researcher (sidecar, Thursday); "
        "headline and deck without a figure; Zelensky 'einen Tag zuvor' … 'am Montag'; "
        "Konjunktiv figures whose source comes at the end of the paragraph ('So hatte es "
        "US-Außenminister Antony Blinken vergangene Woche … zusammengefasst'), 'von denen etwa "
        "8.000' (breakdown); HUR 'Ende Oktober'; NIS 'am 29. Oktober' carried by Konjunktiv "
        "('bis zu 10.000', planned); a Göttingen Koreanist (other, `pub`): range `20.000 oder "
        "30.000` (could send) and `5.000 bis 10.000 weitere` (increment); army size, "
        "reservists, dollars a month, Ukrainian soldiers trained in Munster, age, ticket price, "
        "phone number",
    text="""\
Kiew meldet erste Gefechte mit Nordkoreanern

Eine Göttinger Koreanistin hält die Zahlen aus Washington und Seoul für glaubwürdig – und \
erwartet, dass Pjöngjang nachlegt

Von Henrike Bode

Göttingen/Kiew. Der Krieg in der Ukraine hat eine neue Stufe erreicht. Nach Darstellung Kiews \
sind nordkoreanische Soldaten im russischen Grenzgebiet Kursk erstmals unter Beschuss geraten. \
Verteidigungsminister Rustem Umjerow sprach am Dienstag in einem Interview mit einem \
südkoreanischen Fernsehsender von „kleinen Gefechten“, Einzelheiten nannte er nicht. Sein \
Präsident war schon einen Tag zuvor deutlicher geworden: Wolodymyr Selenskyj erklärte am Montag \
in seiner abendlichen Videobotschaft, in der Region stünden inzwischen [[11.000]] Soldaten aus \
Nordkorea.

Washington kommt auf ähnliche Größenordnungen. Pjöngjang habe [[rund 10.000]] Mann in den Osten \
Russlands geschickt, von denen [[etwa 8.000]] bis Ende Oktober an die Grenze zur Ukraine \
weitergezogen seien. So hatte es US-Außenminister Antony Blinken vergangene Woche nach einem \
Treffen mit seinen südkoreanischen Amtskollegen zusammengefasst. Die russische Armee bilde die \
Nordkoreaner im Umgang mit Drohnen und Artillerie aus, fügte er hinzu.

Der ukrainische Militärgeheimdienst HUR hatte bereits Ende Oktober gemeldet, die ersten \
Einheiten mit [[rund 2.600]] Mann seien im Gebiet Kursk eingetroffen. Auf Satellitenbildern, die \
der Dienst verbreitete, sind Zeltlager und Kolonnen von Lastwagen zu erkennen.

Zurückhaltender äußert man sich in Südkorea. Nach einer vertraulichen Sitzung des \
Geheimdienstausschusses am 29. Oktober berichtete der Abgeordnete Kim Tae-ho, ein Teil der \
Truppen befinde sich noch in Lagern im Fernen Osten. Der Auslandsgeheimdienst NIS gehe davon \
aus, dass Machthaber Kim Jong Un bis Dezember insgesamt [[bis zu 10.000]] Soldaten entsende. \
Darunter seien Angehörige des „Sturmkorps“, einer Eliteeinheit, deren Männer seit Jahren für \
Kommandoeinsätze gedrillt würden.

„Das ist erst der Anfang“

Für Friederike Albers kommt das alles nicht überraschend. Die 44-Jährige lehrt Koreanistik an \
der Universität Göttingen und beobachtet Nordkoreas Streitkräfte seit zwei Jahrzehnten. \
„Pjöngjang kann [[20.000 oder 30.000]] Soldaten abgeben, ohne dass es im eigenen Land jemand \
merkt“, sagt sie. Die Armee des Landes umfasse etwa 1,2 Millionen Mann, hinzu kämen mehrere \
Millionen Reservisten. Albers rechnet damit, dass bis zum Frühjahr [[5.000 bis 10.000]] weitere \
folgen.

Was Moskau im Gegenzug zahle, sei schwer zu beziffern. „Devisen, Öl, vielleicht Technik für \
Satelliten und U-Boote“, vermutet die Forscherin. Für jeden Soldaten überweise Russland nach \
südkoreanischen Schätzungen rund 2.000 Dollar im Monat an das Regime, bei den jungen Männern \
selbst komme davon wenig an.

In Niedersachsen ist der Krieg ohnehin näher, als manchem bewusst ist. Auf dem \
Truppenübungsplatz Munster in der Lüneburger Heide bildet die Bundeswehr seit 2022 ukrainische \
Soldaten aus, nach Angaben des Verteidigungsministeriums bislang mehr als 10.000. Ein Sprecher \
wollte sich am Mittwoch nicht dazu äußern, ob sich die Ausbildung wegen der Nordkoreaner ändere.

Albers spricht am 14. November um 19 Uhr in der Reihe „Welt im Umbruch“ im Alten Rathaus. Der \
Eintritt kostet 8 Euro, Karten gibt es unter Telefon 0551 / 48 29 17.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montag' (one day before Umerov's Tuesday interview): in the Kursk region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "Konjunktiv whose source comes at the end of the paragraph: Blinken 'vergangene "
          "Woche': sent to Russia's east"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "lastweek",
          "same sentence, 'von denen' (breakdown, no increment): moved on to the border"),
        C("rund 2.600", 2600, "approx", "near_front", "ukraine", "2024-10-21..2024-10-31",
          "HUR 'Ende Oktober': arrived in the Kursk region"),
        C("bis zu 10.000", 10000, "at_most", "planned", "south_korea", "2024-10-29",
          "NIS as reported by a lawmaker after the committee session 'am 29. Oktober', "
          "Konjunktiv: intended total by December"),
        C("20.000 oder 30.000", None, "range", "planned", "other", "pub",
          "Göttingen Koreanist in quotes, 'sagt sie' (no date): could give up"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "pub",
          "same researcher 'rechnet damit': 'weitere folgen' (increment, span without the word)",
          add=True),
    ),
)

P02 = Source(
    article_id="p02_berlin_sonntagsanalyse_abzug_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-16"),
    dated_by="front_matter",
    features="Berlin daily's Sunday analysis in Markdown, UTF-8 with BOM, front matter with "
        "`date:` and a title without a figure; NIS 'am Freitag' without a figure; older figures "
        "each with its own time: NIS 'Mitte Januar' `rund 3.000` with 'darunter etwa 300' "
        "(breakdown), Zelensky 'Anfang Januar' „fast 4.000“, a State Department spokesman 'Ende "
        "Januar' „Tausende“, Zelensky 'Am 11. Januar' `zwei` (number word, captured), the NIS "
        "'im Oktober' `1.500`; the paper's own reckoning `11.000 bis 12.000` (unattributed, "
        "required, Saturday–Sunday); HUR „einige tausend“ as reinforcement (vague increment) "
        "with 'heißt es in Kiew' at the end; a Berlin researcher 'rechnet damit' `mehr als "
        "15.000` (new total, not an increment); 'ein Drittel', Russian losses a day, a press "
        "conference's length",
    text="""\
---
title: "Kims verschwundene Soldaten"
date: 2025-02-16
author: "Jonas Erdmann"
section: "Politik / Die Sonntagsanalyse"
outlet: "Berliner Tageskurier"
---

# Kims verschwundene Soldaten

*Seit Wochen sind die Nordkoreaner von der Kursker Front verschwunden. Rückzug, Umschulung \
oder eine Atempause vor dem nächsten Einsatz? Eine Analyse.*

**Von Jonas Erdmann**

Es war eine knappe Mitteilung, die am Freitag aus Seoul kam, aber sie hatte es in sich. \
Nordkoreanische Truppen seien seit etwa Mitte Januar nicht mehr an den Kämpfen im russischen \
Gebiet Kursk beteiligt, ließ der südkoreanische Geheimdienst NIS über die Nachrichtenagentur \
Yonhap verbreiten. Vermutlich seien die Einheiten wegen ihrer hohen Verluste aus der ersten \
Linie genommen worden.

Wie hoch diese Verluste sind, darüber gehen die Angaben weit auseinander. Der NIS selbst hatte \
Mitte Januar von [[rund 3.000]] Opfern gesprochen, darunter [[etwa 300]] Tote. Das Kiewer \
Präsidialamt nennt höhere Zahlen: Wolodymyr Selenskyj bezifferte die Zahl der getöteten und \
verwundeten Nordkoreaner Anfang Januar auf „[[fast 4.000]]“. Washington hielt sich zurück. Ein \
Sprecher des US-Außenministeriums sagte Ende Januar lediglich, Pjöngjang habe „[[Tausende]]“ \
Soldaten verloren.

## Gefangene als Kronzeugen

Am 11. Januar meldete Selenskyj die Gefangennahme von [[zwei]] nordkoreanischen Soldaten, einer \
von ihnen schwer verletzt. In Verhören, deren Mitschnitte der ukrainische Geheimdienst SBU \
veröffentlichte, schilderten die jungen Männer, man habe ihnen von einer Übung erzählt. Von \
einem Krieg gegen die Ukraine sei nie die Rede gewesen.

Als im Oktober die ersten Bilder von Nordkoreanern auf russischen Übungsplätzen auftauchten, \
schätzte der NIS ihre Zahl auf [[1.500]]. Rechnet man die seither veröffentlichten Angaben \
zusammen, hat Pjöngjang inzwischen [[11.000 bis 12.000]] Mann nach Russland geschickt – und \
womöglich ein Drittel davon schon eingebüßt.

## Atempause oder Abzug?

Wo die übrigen Soldaten jetzt sind, weiß niemand genau. Der ukrainische Militärgeheimdienst HUR \
geht davon aus, dass die Einheiten in Lagern hinter der Front neu ausgebildet werden, vor allem \
für den Kampf gegen Drohnen. Sie könnten schon im März zurückkehren, womöglich verstärkt durch \
„[[einige tausend]]“ Mann aus der Heimat, heißt es in Kiew.

Der Berliner Sicherheitsforscher Malte Rehbein von der Stiftung für Ostasienpolitik hält das für \
plausibel. „Kim will diese Kampferfahrung nicht aufgeben“, sagt er. Er rechnet damit, dass \
Pjöngjang sein Kontingent bis zum Sommer auf [[mehr als 15.000]] Soldaten aufstockt. Für \
Russland, das nach britischen Schätzungen derzeit täglich gut 1.500 Mann verliert, wäre das eine \
willkommene Entlastung.

Eine Größe bleibt in allen Rechnungen unbekannt: der Kreml. Präsident Wladimir Putin hat die \
Anwesenheit nordkoreanischer Soldaten bis heute nicht bestätigt. Bei seiner \
Jahrespressekonferenz im Dezember, die mehr als vier Stunden dauerte, wich er der Frage aus.
""",
    claims=(
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Januar' (days 11-20): 'Opfern' (killed and wounded)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same statement, 'darunter … Tote' (breakdown, never additional)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar' in „…“: killed and wounded"),
        C("Tausende", None, "vague", "casualties", "united_states", "2025-01-21..2025-01-31",
          "State Department spokesman 'Ende Januar' in „…“: lost"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Januar' (number word): captured"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "NIS 'im Oktober' (the whole month): on Russian training grounds"),
        C("11.000 bis 12.000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own reckoning of published figures ('Rechnet man … zusammen'): "
          "unattributed, required; Sunday paper, no date: Saturday-Sunday"),
        C("einige tausend", None, "vague", "planned", "ukraine", "pub",
          "HUR, Konjunktiv, 'heißt es in Kiew' at the end: could come back 'verstärkt durch' "
          "(reinforcement: increment), no date", add=True),
        C("mehr als 15.000", 15000, "at_least", "planned", "other", "pub",
          "Berlin researcher 'rechnet damit' … 'auf … aufstockt' (an intended total, not an "
          "increment)"),
    ),
)

P03 = Source(
    article_id="p03_tirol_verluste_jaenner_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-23"),
    dated_by="html_meta",
    features="Tyrol regional paper's web page in HTML, ISO-8859-1 (umlauts raw and as entities, "
        "quotes only as `&bdquo;`/`&ldquo;`), `article:published_time` with +01:00, cookie "
        "hint, ad slots in a script, navigation, footer with a phone number: 'Jänner', 'heuer', "
        "'Feber', 'Politikwissenschafter'; `<title>` figure (optional); headline 'Kiew: Schon "
        "3.800' from Zelensky 'vorgestern' (Tuesday to publication); HUR 'Mitte Jänner'; NIS "
        "'seine Zahlen vergangene Woche vorlegte' `an die 300` and `2.700` (not an increment); "
        "White House 'noch im Dezember'; 'Nach Angaben aus Seoul' without a date; an Innsbruck "
        "political scientist `bis zu 20.000 weitere` (increment, `pub`); aid lorries and "
        "tonnes, donations in euros, Russian losses a day, page ids",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Kiew: [[3.800]] Nordkoreaner tot oder verwundet | Inntal Nachrichten</title>
<meta property="og:site_name" content="Inntal Nachrichten">
<meta property="article:published_time" content="2025-01-23T06:40:00+01:00">
<script>var inn_ads={slots:["sky_160x600","rect_300x250"],kw:"ukraine,nordkorea"};</script>
</head>
<body>
<div class="cookie-hint">Diese Seite verwendet Cookies f&uuml;r Statistik und Werbung. <a \
href="/datenschutz">Mehr erfahren</a> <button>Alles klar</button></div>
<nav><a href="/">Tirol</a> &middot; <a href="/innsbruck">Innsbruck</a> &middot; <a \
href="/oberland">Oberland</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/wetter">Wetter</a></nav>
<main>
<article>
<h1>Kiew: Schon [[3.800]] Nordkoreaner tot oder verwundet</h1>
<p class="lead">Die Verluste der Truppen aus Pj&ouml;ngjang steigen rasant. Ein Innsbrucker \
Experte erwartet trotzdem, dass Kim heuer Nachschub schickt.</p>
<p>Die Zahl der get&ouml;teten und verwundeten nordkoreanischen Soldaten im russischen Gebiet \
Kursk sei auf [[rund 3.800]] gestiegen. Das sagte der ukrainische Pr&auml;sident Wolodymyr \
Selenskyj vorgestern am Rande des Weltwirtschaftsforums in Davos. Die Nordkoreaner w&uuml;rden \
von ihren russischen Kommandeuren &bdquo;wie Kanonenfutter&ldquo; in die Angriffe geschickt.</p>
<p>Schon Mitte Jänner hatte der Militärgeheimdienst HUR berichtet, allein in den ersten Tagen \
des Jahres seien [[mehr als 100]] Nordkoreaner gefallen. Südkoreas Geheimdienst NIS, der seine \
Zahlen vergangene Woche vorlegte, kommt auf deutlich weniger: [[an die 300]] Tote und [[2.700]] \
Verwundete seit Beginn des Einsatzes im Herbst.</p>
<p>In Washington rechnet man ebenfalls mit hohen Verlusten. Ein Sprecher des Weißen Hauses hatte \
noch im Dezember von [[mehr als 1.000]] Toten und Verletzten binnen einer einzigen Woche \
gesprochen. Nach Angaben aus Seoul wurden seit Oktober insgesamt [[rund 11.000]] Soldaten aus \
Nordkorea nach Russland gebracht.</p>
<h2>&bdquo;Kim braucht die Devisen&ldquo;</h2>
<p>Der Innsbrucker Politikwissenschafter Matthias Gruber hält es dennoch für wahrscheinlich, \
dass Pj&ouml;ngjang nachlegt. &bdquo;Kim braucht die Devisen, und er braucht die \
Kampferfahrung&ldquo;, sagt Gruber, der an der Universität Innsbruck zur Sicherheitspolitik in \
Ostasien forscht. Er halte es für möglich, dass bis zum Sommer [[bis zu 20.000]] weitere \
Soldaten folgen.</p>
<p>In Tirol läuft unterdessen die nächste Hilfsaktion an: Zwölf Lkw mit rund 80 Tonnen \
Hilfsgütern sollen am 3. Feber von Hall aus in die Westukraine starten. Bisher kamen dafür \
146.000 Euro an Spenden zusammen, teilte das Rote Kreuz mit. Russland verliert nach \
ukrainischen Angaben derzeit rund 1.600 Mann am Tag.</p>
</article>
</main>
<footer>&copy; 2025 Inntal Nachrichten GmbH &middot; Innsbruck &middot; <a \
href="/impressum">Impressum</a> &middot; Abo-Service 0512 53 09 40</footer>
<script>window.innStats&&innStats.track({id:88213,words:541});</script>
</body>
</html>
""",
    claims=(
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-21..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-21..pub",
          "headline 'Kiew: Schon …': Zelensky's figure of the lead, 'vorgestern' (Tuesday) to "
          "publication"),
        C("rund 3.800", 3800, "approx", "casualties", "ukraine", "2025-01-21",
          "Zelensky 'vorgestern' (two days before the Thursday publication), source in the next "
          "sentence: killed and wounded"),
        C("mehr als 100", 100, "at_least", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "HUR 'Mitte Jänner': fallen"),
        C("an die 300", 300, "approx", "casualties", "south_korea", "lastweek",
          "NIS 'der seine Zahlen vergangene Woche vorlegte': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "lastweek",
          "same NIS figures: wounded (the others of the same count, not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-01..2024-12-31",
          "White House spokesman 'noch im Dezember': killed and wounded in one week"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'Nach Angaben aus Seoul' without a date: brought to Russia"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Innsbruck political scientist, Konjunktiv, no date: 'weitere … folgen' (increment)",
          add=True),
    ),
)

P04 = Source(
    article_id="p04_luzern_bestaetigung_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Luzerner Tagesbote",
        "https://www.luzerner-tagesbote.example/international/moskau-und-pjoengjang-geben-zu-ld"
        ".88412",
        "Moskau und Pjöngjang geben zu, was alle wussten",
    ),
    features="Lucerne paper's international page in Markdown, windows-1252 with CRLF, front "
        "matter without a date (sidecar, Tuesday): `ss`, «», `14'000`, `20'000 bis 25'000`, "
        "4-digit `4000`/`3000`/`2000`, 'bis Ende Jahr'; bold deck 'Seoul beziffert … rund 4000' "
        "from the JCS figure of late March (a deck: 'Ende März' to publication); KCNA 'Am "
        "Montag' and Gerasimov 'Zwei Tage zuvor' without figures; a Duma deputy 'am Sonntag' "
        "«einigen tausend» (russia, in combat); the JCS 'Ende März' carried by 'hiess es damals' "
        "to `etwa 3000` 'als Ersatz nachgeschoben' (increment) and `rund 14'000` (new total); "
        "HUR after the General Staff's Monday statement (Monday to publication); a Lucerne "
        "historian (other, range, planned); sanctions listing ('16 weitere Personen'), refugees, "
        "francs",
    text="""\
---
titel: "Moskau und Pjöngjang geben zu, was alle wussten"
rubrik: International
autor: Urs Bachmann
---

# Moskau und Pjöngjang geben zu, was alle wussten

**Erstmals bestätigen beide Regierungen den Einsatz nordkoreanischer Soldaten gegen die \
Ukraine. Seoul beziffert deren Verluste auf [[rund 4000]] Tote und Verwundete.**

*Von Urs Bachmann*

Monatelang hatten der Kreml und das Regime in Pjöngjang geschwiegen, nun ist es offiziell. Am \
Montag veröffentlichte die nordkoreanische Staatsagentur KCNA eine Erklärung der Zentralen \
Militärkommission: Die Truppen seien auf Anordnung Kim Jong Uns in das Gebiet Kursk gezogen und \
hätten bei dessen «Befreiung» «heldenhaft» gekämpft. Zahlen nannte Pjöngjang keine.

Zwei Tage zuvor hatte bereits Russlands Generalstabschef Waleri Gerassimow den Beitrag der \
«koreanischen Genossen» gewürdigt. Deutlicher wurde am Sonntag der Duma-Abgeordnete Igor \
Lanzow, Mitglied des Verteidigungsausschusses. Im Staatsfernsehen sprach er von \
«[[einigen tausend]]» Koreanern, die «Schulter an Schulter» mit russischen Soldaten gekämpft \
hätten.

## Seoul zählt die Opfer

Wie teuer der Einsatz für Nordkorea war, lässt sich nur schätzen. Der südkoreanische \
Generalstab ging Ende März von [[rund 4000]] Toten und Verwundeten aus. Im Januar und Februar \
habe Pjöngjang [[etwa 3000]] Mann als Ersatz nachgeschoben, insgesamt seien damit seit dem \
Herbst [[rund 14'000]] Soldaten nach Russland gelangt, hiess es damals in Seoul.

Kiew bestreitet, dass das Gebiet Kursk vollständig unter russischer Kontrolle ist. Die Kämpfe \
gingen weiter, teilte der ukrainische Generalstab am Montag mit. Nach Einschätzung des \
Militärgeheimdienstes HUR stehen dort noch [[etwa 2000]] nordkoreanische Soldaten, vor allem in \
Artillerie- und Drohneneinheiten.

## «Kim hat Blut geleckt»

Für den Luzerner Historiker Reto Amrein, der an der Universität Luzern zur Geschichte der \
koreanischen Halbinsel forscht, ist die Bestätigung ein Signal. «Kim hat Blut geleckt. Er zeigt \
der Welt, dass seine Armee kämpfen kann, und Russland schuldet ihm etwas», sagt er. Amrein \
rechnet damit, dass bis Ende Jahr [[20'000 bis 25'000]] Nordkoreaner in Russland stationiert \
sein werden.

Die Schweiz dürfte das nur am Rand berühren. Der Bund hat die Sanktionen der EU gegen \
Nordkorea und Russland übernommen, zuletzt wurden 16 weitere Personen auf die Liste gesetzt. Im \
Kanton Luzern leben derzeit gut 2300 Geflüchtete aus der Ukraine mit Schutzstatus S; die \
Kantonsregierung hat ihre Hilfe für die Partnerregion in der Westukraine in diesem Jahr auf 1,5 \
Millionen Franken erhöht.
""",
    claims=(
        C("rund 4000", 4000, "approx", "casualties", "south_korea", "2025-03-21..pub",
          "bold deck: the JCS figure of the body ('Ende März') to publication"),
        C("einigen tausend", None, "vague", "near_front", "russia", "sun",
          "Duma deputy on state TV 'am Sonntag' in «…»: fought side by side (in combat)"),
        C("rund 4000", 4000, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "JCS 'Ende März' (days 21-31): killed and wounded"),
        C("etwa 3000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "same JCS statement carried by Konjunktiv and 'hiess es damals': 'als Ersatz "
          "nachgeschoben' (increment)", add=True),
        C("rund 14'000", 14000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "same statement: 'insgesamt … damit' (a new total, not an increment)"),
        C("etwa 2000", 2000, "approx", "near_front", "ukraine", "mon..pub",
          "HUR 'Nach Einschätzung' right after the General Staff's Monday statement, no date of "
          "its own: Monday to publication; still in the Kursk region"),
        C("20'000 bis 25'000", None, "range", "planned", "other", "pub",
          "Lucerne historian 'rechnet damit … bis Ende Jahr' (no date)"),
    ),
)

P05 = Source(
    article_id="p05_tv_talkshow_gefallene_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-12"),
    dated_by="dateline",
    features="German public TV website's text on a talk show in HTML without any meta date: "
        "dated by 'Stand: 12.09.2025 00:15 Uhr' (Friday); consent banner, header navigation, "
        "footer hotline, a script with the show's length; `<meta name=\"description\">` figure "
        "(optional); the show 'am Donnerstagabend' dates the guests' words; the host citing NIS "
        "figures presented 'zu Beginn der Woche' (south_korea, Monday-Tuesday; 'etwa 2.000 von "
        "ihnen': breakdown); Ukraine's envoy in Berlin „mindestens 4.000 Tote“ and `bis zu "
        "30.000 zusätzliche` (increment); a CDU foreign-policy MP (other) with „Mehr als "
        "10.000“ opening a quote; a Bonn Korea expert „mehrere Tausend“ military builders; "
        "Shoigu 'im Juni' `6.000`; US troops in Korea, viewers, market share, months in the "
        "media library",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>„Nachgefragt“: Wie viele Nordkoreaner sind in Kursk gefallen? | Programm Eins</title>
<meta name="description" content="Kiew spricht von [[mindestens 4.000]] toten Nordkoreanern. \
Bei „Nachgefragt“ stritten die Gäste über Kims Soldaten.">
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="cmp-banner" role="dialog">Wir nutzen Cookies und Analysedienste, um unser Angebot zu \
verbessern. Ihre Auswahl können Sie jederzeit unter „Datenschutz-Einstellungen“ ändern. \
<button>Einverstanden</button> <button>Nur notwendige</button></div>
<header><a href="/" class="logo">Programm Eins</a> <nav><a href="/nachrichten">Nachrichten</a> \
<a href="/sendungen">Sendungen</a> <a href="/mediathek">Mediathek</a> <a \
href="/talk">Talk</a></nav></header>
<main>
<p class="dateline">Stand: 12.09.2025 00:15 Uhr</p>
<h1>Talk über Kims Soldaten: „Nordkorea lernt an der Front“</h1>
<p class="teaser">Wie viele Nordkoreaner sind in Russlands Krieg gefallen – und was bringt \
Kim der Einsatz? Bei „Nachgefragt“ gingen die Einschätzungen am Donnerstagabend weit \
auseinander.</p>
<p>Moderatorin Anja Reimers eröffnete die Runde mit Zahlen, die der südkoreanische \
Geheimdienst NIS zu Beginn der Woche vorgelegt hatte. Demnach hat Nordkorea bislang \
[[rund 15.000]] Soldaten nach Russland geschickt, [[etwa 2.000]] von ihnen sind gefallen.</p>
<p>Olena Martschuk, Gesandte der ukrainischen Botschaft in Berlin, hielt das für geschönt. Nach \
Erkenntnissen Kiews seien es „[[mindestens 4.000]] Tote“, sagte sie, die Zahl der Verwundeten \
liege um ein Vielfaches höher. Und Pjöngjang bereite bereits [[bis zu 30.000]] zusätzliche \
Soldaten auf einen Einsatz vor.</p>
<p>Der CDU-Außenpolitiker Tobias Wendland warnte davor, den Einsatz als Randnotiz abzutun. \
„[[Mehr als 10.000]] Nordkoreaner stehen an der Grenze zur Ukraine und lernen dort den modernen \
Drohnenkrieg“, sagte er. Diese Erfahrung nähmen sie mit nach Hause, an die Grenze zu Südkorea, \
wo rund 28.500 US-Soldaten stationiert sind.</p>
<p>Die Bonner Korea-Expertin Mirjam Sauter verwies auf eine weniger beachtete Gruppe: Nordkorea \
schicke inzwischen auch „[[mehrere Tausend]]“ Militärbauarbeiter und Minenräumer. Bereits im \
Juni hatte Russlands Sicherheitsratssekretär Sergej Schoigu in Pjöngjang angekündigt, das Land \
werde [[6.000]] solcher Kräfte für den Wiederaufbau im Gebiet Kursk bereitstellen.</p>
<p>Die Sendung sahen im Schnitt 2,1 Millionen Menschen, der Marktanteil lag bei 9,4 Prozent. \
In der Mediathek ist sie zwölf Monate lang abrufbar.</p>
</main>
<footer>© Programm Eins 2025 · <a href="/impressum">Impressum</a> · <a \
href="/kontakt">Zuschauerredaktion</a> · Hotline 0800 555 21 40</footer>
<script>var pe={sid:"talk-2025-147",len:"75:12",ivw:"/talk/nachgefragt"};</script>
</body>
</html>
""",
    claims=(
        C("mindestens 4.000", 4000, "at_least", "casualties", "ukraine", "thu..pub",
          "<meta name=description> (metadata) restating the envoy's Thursday figure", opt=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "mon..tue",
          "host citing NIS figures presented 'zu Beginn der Woche' (a journalist citing: the "
          "NIS's claim, Monday-Tuesday): sent"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "mon..tue",
          "same NIS figures, 'von ihnen' (breakdown): fallen"),
        C("mindestens 4.000", 4000, "at_least", "casualties", "ukraine", "thu",
          "Ukraine's envoy in Berlin in the Thursday evening show, „…“: dead"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "thu",
          "same speaker, Konjunktiv: 'zusätzliche' being prepared (increment)", add=True),
        C("Mehr als 10.000", 10000, "at_least", "near_front", "other", "thu",
          "CDU MP (a German politician: other) opening a quote in the show: at the border"),
        C("mehrere Tausend", None, "vague", "in_russia", "other", "thu",
          "Bonn Korea expert in the show, Konjunktiv: military builders and deminers being sent"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' in Pyongyang: would provide"),
    ),
)

P06 = Source(
    article_id="p06_gewerkschaftsmagazin_bautrupps_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Werkblatt – Magazin für Arbeit und Betrieb",
        "",
        "Kims Bautrupps für Putins Grenzgebiet",
    ),
    features="trade-union magazine's short in UTF-16 LE with BOM (sidecar without url, "
        "Thursday); Shoigu 'am 17. Juni' `1.000` deminers and `5.000` military builders "
        "(russia, planned); NIS as reported by lawmakers 'vergangene Woche' (`etwa 13.000`, "
        "`Weit mehr als 4.000`); HUR's chief quoted by a Japanese paper 'Anfang Juli' "
        "(`25.000 bis 30.000 weitere`: ukraine, increment range); NATO's Rutte at the summit "
        "'Ende Juni'; a labour activist „Tausende Zwangsarbeiter in Uniform“ (optional: may "
        "include civilian workers); North Korean workers („Zehntausende“), wages in dollars, "
        "'bis zu 90 Prozent', minimum wage in euros, ILO forced-labour count, shells",
    text="""\
Werkblatt | Kurz & kritisch

Kims Bautrupps für Putins Grenzgebiet

Nordkorea schickt nicht nur Soldaten nach Russland, sondern auch Pioniere und Bauarbeiter in \
Uniform. Gewerkschafter sprechen von Zwangsarbeit mit Ansage.

Der Wiederaufbau im russischen Gebiet Kursk soll zu einem guten Teil von nordkoreanischen \
Soldaten erledigt werden. Sergej Schoigu, Sekretär des russischen Sicherheitsrats, hatte bei \
einem Besuch in Pjöngjang am 17. Juni angekündigt, Nordkorea werde [[1.000]] Minenräumer und \
[[5.000]] Militärbauarbeiter \
entsenden. Sie sollen Straßen, Brücken und Stromleitungen instand setzen, die bei den Kämpfen \
zerstört wurden.

Wie viele Nordkoreaner schon im Land sind, darüber gibt es nur Schätzungen. Nach Einschätzung \
des südkoreanischen Geheimdienstes NIS, über die Abgeordnete in Seoul vergangene Woche \
berichteten, sind seit dem Herbst [[etwa 13.000]] Soldaten nach Russland gegangen. \
[[Weit mehr als 4.000]] von ihnen seien getötet oder verwundet worden.

Die Ukraine erwartet noch mehr. Der Chef des Militärgeheimdienstes HUR, Kyrylo Budanow, rechnet \
damit, dass Pjöngjang [[25.000 bis 30.000]] weitere Soldaten bereitstellt. So zitierte ihn \
Anfang Juli eine japanische Wirtschaftszeitung. Nato-Generalsekretär Mark Rutte hatte beim \
Gipfel in Den Haag Ende Juni betont, Nordkorea habe Moskau neben Millionen Artilleriegranaten \
auch [[mehr als 10.000]] Soldaten zur Verfügung gestellt.

Für Petra Haller vom Bündnis Faire Arbeit Europa ist das staatlich organisierte Zwangsarbeit. \
„Moskau holt sich [[Tausende]] Zwangsarbeiter in Uniform ins Land, und niemand fragt, was sie \
verdienen“, sagt sie. Schon heute arbeiten nach UN-Schätzungen Zehntausende nordkoreanische \
Arbeitskräfte in Russland, offiziell oft als Studenten oder Praktikanten. Von Monatslöhnen um \
800 Dollar behält das Regime nach Gewerkschaftsangaben bis zu 90 Prozent ein.

Zum Vergleich: In Deutschland liegt der gesetzliche Mindestlohn seit Januar bei 12,82 Euro pro \
Stunde. Die Internationale Arbeitsorganisation ILO zählt weltweit 27,6 Millionen Menschen in \
Zwangsarbeit.
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang: deminers North Korea would send"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (military personnel)"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS assessment reported by lawmakers 'vergangene Woche': gone to Russia"),
        C("Weit mehr als 4.000", 4000, "at_least", "casualties", "south_korea", "lastweek",
          "same assessment, Konjunktiv, 'von ihnen' (breakdown): killed or wounded"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR chief 'rechnet damit', quoted 'Anfang Juli' by a Japanese paper (a paper quoting "
          "him: his claim): 'weitere' (increment)", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte at the summit 'Ende Juni', Konjunktiv: provided to Moscow"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "labour activist in quotes: 'Zwangsarbeiter in Uniform' (the military builders, but "
          "may include civilian workers: optional)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Hong Kong, Nigeria, US, Wales, Japan, Ukraine)
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p07_hongkong_broadcaster_kirby_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "HBN News",
        "https://news.hbn.example/world/20241024/us-confirms-north-korean-troops-in-russia",
        "US confirms 3,000 North Korean troops in Russia; Beijing 'not aware'",
    ),
    features="Hong Kong broadcaster's web story in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Thursday); a data-layer script with a word count, cookie notice, navigation, "
        "a footer hotline; entities `&lsquo;`, `&rsquo;`, `&ldquo;`, `&amp;`; `<title>` figure "
        "(optional); headline from Kirby 'on Wednesday' (Wednesday to publication); NIS figures "
        "by lawmakers 'the same day' (`about 3,000`, `10,000` by December); HUR 'last week' "
        "`12,000` with '500 of them officers' (breakdown); Beijing's spokesman without a "
        "figure; a Hong Kong academic (other, `pub`) „tens of thousands“; Korean War dead, "
        "years, index per cent, exchange rate, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-HK">
<head>
<meta charset="utf-8">
<title>US confirms [[3,000]] North Korean troops in Russia; Beijing &lsquo;not aware&rsquo; - HBN \
News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:"world",\
storyId:"2024102417",wc:498});</script>
</head>
<body>
<div class="cookie-notice">This site stores cookies on your device. Carry on reading if that is \
fine with you. <a href="/privacy">Privacy policy</a> \
<button>OK</button></div>
<header><a class="logo" href="/">HBN News</a> <nav><a href="/hk">Hong Kong</a> | <a \
href="/china">Greater China</a> | <a href="/world">World</a> | <a href="/business">Business</a> \
| <a href="/live">Watch Live</a></nav></header>
<article>
<h1>US confirms [[3,000]] North Korean troops in Russia; Beijing &lsquo;not aware&rsquo;</h1>
<p class="byline">HBN News &amp; agencies</p>
<p>The United States has said for the first time that North Korean soldiers are in Russia. \
White House national security spokesman John Kirby said on Wednesday that [[at least 3,000]] of \
them had been moved by ship to Russia&rsquo;s far east between early and mid-October and were \
now at training sites there.</p>
<p>&ldquo;What they are going to do remains to be seen,&rdquo; Kirby told reporters, adding \
that Washington was consulting its allies. Defense Secretary Lloyd Austin, visiting Rome, said \
there was &ldquo;evidence&rdquo; of the deployment but would not go further.</p>
<p>Seoul&rsquo;s figures go further. Lawmakers who sat in on a briefing by the National \
Intelligence Service the same day said the spy agency believed [[about 3,000]] troops were \
already in Russia and that the total would reach [[10,000]] by December. Special forces are \
among them, they said.</p>
<p>Kyiv&rsquo;s estimate is bigger still. Ukraine&rsquo;s military intelligence agency said last \
week that [[12,000]] North Korean soldiers, [[500]] of them officers, were being trained at five \
bases in Russia&rsquo;s east.</p>
<p>In Beijing, foreign ministry spokesman Lin Jian said on Thursday he was &ldquo;not \
aware&rdquo; of the situation and called on all sides to work for de-escalation. China fought \
alongside North Korea in the 1950-53 Korean War, in which more than 180,000 Chinese soldiers \
died according to official figures.</p>
<p>Alvin Tse, who teaches international relations at a Hong Kong university, said the \
deployment put Beijing in an awkward spot. &ldquo;As long as Moscow pays, Kim could cycle \
[[tens of thousands]] of his men through Russian camps in the coming year,&rdquo; he told HBN. \
&ldquo;Beijing does not like surprises on its border.&rdquo;</p>
<p>Markets in Hong Kong shrugged off the news. The Hang Seng Index closed 0.9 per cent lower on \
Thursday, dragged down by property stocks, while the Korean won weakened past 1,380 to the \
US dollar.</p>
</article>
<footer><p>&copy; 2024 Harbourside Broadcasting Network Ltd. All rights reserved.</p> \
<p>Newsroom hotline: +852 2811 4070</p></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "headline 'US confirms': Kirby's figure of the lead, Wednesday to publication"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House spokesman Kirby 'on Wednesday': moved by ship to Russia's far east"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'the same day' (carried Wednesday): already in Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same briefing: total expected by December"),
        C("12,000", 12000, "exact", "in_russia", "ukraine", "lastweek",
          "HUR 'last week': being trained at bases in Russia's east"),
        C("500", 500, "exact", "in_russia", "ukraine", "lastweek",
          "same statement, 'of them officers' (breakdown, no increment)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Hong Kong academic in quotes, no date: could rotate through Russia"),
    ),
)

P08 = Source(
    article_id="p08_nigeria_world_page_reinforcements",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-03-28"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Daily Meridian",
        "https://dailymeridian.example/world/north-korea-sends-3000-more-troops-to-russia-says-s"
        "eoul/",
        "North Korea sends 3,000 more troops to Russia, says Seoul",
    ),
    features="Nigerian paper's world page in windows-1252 with CRLF (curly quotes and dashes "
        "raw; sidecar, Friday); headline 'North Korea sends 3,000 more …, says Seoul' "
        "(increment, span without the word) from the JCS 'on Thursday' (Thursday to "
        "publication); 'an additional 3,000' (increment); 'on top of the 11,000' and 'bringing "
        "its total deployment, by the JCS count, to about 14,000' (a new total), the JCS named "
        "at the end of the paragraph ('the JCS added in a report to lawmakers'); Syrskyi 'In "
        "mid-March'; a Lagos analyst „thousands more“ (vague increment, `pub`); missiles and "
        "artillery pieces, foreign fighters from 36 countries, Nigerians recruited, naira, "
        "'Three months later'",
    text="""\
WORLD

North Korea sends [[3,000]] more troops to Russia, says Seoul

Nigerians recruited by Moscow face the same front line, families say

By Chidinma Eze, with agency reports

An additional [[3,000]] North Korean troops were dispatched to Russia during the first two \
months of the year, South Korea’s Joint Chiefs of Staff (JCS) said on Thursday, sending fresh \
men to replace \
soldiers killed or wounded in the fighting around the Russian border region of Kursk.

The reinforcements came on top of the [[11,000]] soldiers Pyongyang sent last autumn, bringing \
its total deployment, by the JCS count, to [[about 14,000]]. Of those, [[roughly 4,000]] are \
estimated to have been killed or wounded. The North has also supplied hundreds of ballistic \
missiles and about 220 artillery pieces, the JCS added in a report to lawmakers.

Ukrainian officials say the North Koreans returned to combat in February after a pause of \
several weeks. In mid-March Ukraine’s army chief, General Oleksandr Syrskyi, estimated that \
[[some 8,000]] of them were deployed in the Kursk region, fighting in small assault groups \
alongside Russian paratroopers.

For some families in Nigeria, the news from Kursk is not distant. Ukraine’s foreign ministry \
said this month it had identified more than 1,400 citizens of 36 countries fighting for \
Russia, among them dozens of Africans. At least 50 Nigerians are believed to have been \
recruited, many lured by job offers paying the equivalent of N2.5 million a month.

“My brother went to Moscow to work in a warehouse,” said a woman in Ibadan who asked not to be \
named. “Three months later he called us from a trench.”

Dr Emeka Obi, a security analyst at the University of Lagos, said the North Korean deployment \
showed how far Moscow was prepared to go to fill its ranks. “If this war drags on, Pyongyang \
may well send [[thousands]] more – they are paid in oil, food and technology,” he told the \
Daily Meridian.

Calls by the Daily Meridian to the Russian embassy in Abuja were not returned. Washington, \
which is pressing both sides for a ceasefire, has not commented on the new figures.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline '…, says Seoul': the JCS figure of the lead (Thursday to publication); "
          "'more' (increment, span without the word)", add=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "JCS 'on Thursday': 'an additional' (increment) dispatched"),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "thu",
          "same JCS report: 'on top of the 11,000' sent last autumn (the earlier count itself, "
          "not an increment)"),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same report, 'by the JCS count': total deployment (a new total)"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same report, named at the end of the paragraph: killed or wounded"),
        C("some 8,000", 8000, "approx", "near_front", "ukraine", "2025-03-11..2025-03-20",
          "Syrskyi 'In mid-March' (days 11-20): deployed in the Kursk region"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "Lagos analyst in quotes, no date: 'may well send … more' (increment, span without "
          "the word)", add=True),
    ),
)

P09 = Source(
    article_id="p09_us_public_tv_casualties_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-30"),
    dated_by="front_matter",
    features="US public TV website's text on a broadcast segment in Markdown, front matter with "
        "`date:` (ISO timestamp with -05:00) and a title figure (optional); Kirby 'told "
        "reporters Friday' (Monday article); Zelensky 'In a post on Dec. 23'; the JCS 'the same "
        "day' (carried date); lawmakers briefed by the NIS 'Four days earlier' (relative to Dec. "
        "23: Dec. 19-23); the Pentagon 'on Dec. 17' \"several hundred\"; 'U.S. officials "
        "believe' without a date; a former CIA analyst on the program (other, `pub`) `well "
        "over 2,000`; segment length, missiles and drones, 'another $2.5 billion' (money, not "
        "an increment), age",
    text="""\
---
title: "White House: North Korean forces took [[more than 1,000]] casualties in one week"
date: 2024-12-30T18:45:00-05:00
slug: north-korea-casualties-kursk
show: "Nightly Report"
tags: [world, russia-ukraine-war, north-korea]
---

# North Korea's losses mount in Kursk as Pyongyang stays silent

*Nightly Report foreign affairs desk. Watch the full segment above (8:41).*

The White House says North Korean troops fighting for Russia have taken heavy losses in their \
first weeks of combat. National Security Council spokesman John Kirby told reporters Friday \
that North Korean units had suffered [[more than 1,000]] killed and wounded in the past week \
alone in Russia's Kursk region, where they have been thrown into assaults on dug-in Ukrainian \
positions.

"They are being treated as expendable," Kirby said. The troops, he added, had been sent across \
open fields "in mass formations," with little armor to protect them.

Kyiv's estimate is considerably higher. In a post on Dec. 23, Ukrainian President Volodymyr \
Zelensky wrote that [[more than 3,000]] North Korean soldiers had been killed or injured. South \
Korea's Joint Chiefs of Staff offered its own assessment the same day: [[about 1,100]] \
casualties.

Four days earlier, lawmakers who attended a closed-door session with the National Intelligence \
Service said [[at least 100]] North Korean soldiers had died and [[nearly 1,000]] had been \
injured. The Pentagon had said on Dec. 17 that the North Koreans had suffered "[[several \
hundred]]" casualties.

Of the [[roughly 11,000]] soldiers North Korea has sent to Russia, U.S. officials believe most \
are now in or near Kursk.

## 'The regime will simply send more'

Marcia Hollander, a former CIA North Korea analyst who is now a senior fellow at the Potomac \
Center for Security Studies, told the program that all of the public figures were likely to be \
too low. "My guess is that [[well over 2,000]] have been killed or wounded by now, and the \
regime will simply send more," said Hollander, 61.

Pyongyang has not acknowledged any losses, and Moscow has never confirmed that North Korean \
troops are on its soil. The fighting comes as Russia keeps up its air campaign: a Christmas Day \
strike on Ukraine's power grid involved 78 missiles and 106 drones, according to Ukraine's air \
force. On Monday, the Biden administration announced another $2.5 billion in weapons for Kyiv.
""",
    claims=(
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "fri..pub",
          "front-matter title (metadata) restating Kirby's Friday figure", opt=True),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "fri",
          "Kirby 'told reporters Friday': killed and wounded in a week"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "Zelensky 'In a post on Dec. 23': killed or injured"),
        C("about 1,100", 1100, "approx", "casualties", "south_korea", "2024-12-23",
          "JCS 'the same day' (Dec. 23 carried)"),
        C("at least 100", 100, "at_least", "casualties", "south_korea",
          "2024-12-19..2024-12-23",
          "lawmakers briefed by the NIS 'Four days earlier' (relative to Dec. 23: from the "
          "resolved day to the anchor): died"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-19..2024-12-23",
          "same briefing: injured (not an increment)"),
        C("several hundred", None, "vague", "casualties", "united_states", "2024-12-17",
          "Pentagon 'on Dec. 17' in \"…\""),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'U.S. officials believe' without a date: sent to Russia"),
        C("well over 2,000", 2000, "at_least", "casualties", "other", "pub",
          "former CIA analyst on the program (other), no date: killed or wounded"),
    ),
)

P10 = Source(
    article_id="p10_wales_broadcaster_builders_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-05"),
    dated_by="html_meta", crlf=True,
    features="Welsh broadcaster's web story in HTML, windows-1252 with CRLF (typographic quotes, "
        "`·`, `£` raw), `article:published_time` with +00:00, consent notice with a Welsh-"
        "language link, ad units in a script, navigation, footer with a company number; "
        "`<title>` and standfirst without a figure; headline ‘moving 5,000 military builders’ "
        "(quoted claim, NIS: Tuesday to publication); the lead's 'has said' dated by the next "
        "sentence ('briefed by the agency on Tuesday'); 'they added', 'The NIS also estimated'; "
        "Zelensky 'in late October' 'another 6,000' (increment, span without the word); a NATO "
        "official 'last week' (nato); state TV's parade of soldiers back from Kursk (returnees: "
        "optional); an Aberystwyth academic `15,000 or so` (other, `pub`); Ukrainians in Wales, "
        "pounds, anniversary",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>North Korea sending military builders to Russia, Seoul says – TCN News</title>
<meta property="article:published_time" content="2025-11-05T07:12:00+00:00">
<meta property="og:site_name" content="TCN News">
<script>var tcn={lang:"en",bilingual:true,section:"world",adUnits:["mpu_300x250",\
"lb_728x90"]};</script>
</head>
<body>
<div class="consent">TCN uses cookies. Some are essential, others help us understand how you \
use our services. <a href="/cookies">Cookie settings</a> | <a href="/cy">Cymraeg</a></div>
<nav><a href="/">Home</a> · <a href="/wales">Wales</a> · <a href="/uk">UK</a> · <a \
href="/world">World</a> · <a href="/sport">Sport</a> · <a href="/newyddion">Newyddion</a></nav>
<article>
<h1>North Korea ‘moving [[5,000]] military builders to Russia’</h1>
<p class="standfirst">South Korea’s spy agency says Pyongyang is sending construction troops to \
Russia’s border regions, as a Welsh academic warns the deployment is becoming permanent.</p>
<p>North Korea is moving [[about 5,000]] military construction troops to Russia to help rebuild \
areas wrecked by the fighting, South Korea’s National Intelligence Service (NIS) has said.</p>
<p>Lawmakers briefed by the agency on Tuesday said the builders had begun travelling in \
September. [[Some 10,000]] North Korean combat troops remained stationed near Russia’s border \
with Ukraine, they added, mainly guarding the Kursk region.</p>
<p>The NIS also estimated that [[around 2,000]] North Korean soldiers had been killed since the \
deployment began in October last year.</p>
<p>Ukraine expects still more. Pyongyang was preparing to send another [[6,000]] troops, \
President Volodymyr Zelensky said in late October, citing his intelligence services.</p>
<p>At NATO headquarters in Brussels, an official, who asked not to be named, told reporters last \
week that [[at least 15,000]] North Koreans had rotated through Russia since 2024, “including \
those who never came back”.</p>
<p>Last month North Korean state television aired footage of [[several hundred]] soldiers back \
from Kursk parading through Pyongyang for the ruling party’s 80th anniversary.</p>
<h2>‘Soldiers in everything but name’</h2>
<p>Dr Rhian Pritchard, who lectures in international politics at Aberystwyth University, said \
the construction troops were “soldiers in everything but name”.</p>
<p>“Add the builders, the deminers and the combat units together and you’re looking at \
[[15,000 or so]] North Koreans in Russia at any one time,” she told TCN. “This is no longer a \
temporary deployment.”</p>
<p>More than 7,000 Ukrainians have arrived in Wales since 2022, many through the Welsh \
Government’s ‘super sponsor’ scheme. A Welsh Government spokesperson said £4.5m would be spent \
this winter on support for host families.</p>
</article>
<footer>© TCN 2025 · Registered in Wales, company no. 04418273 · <a \
href="/contact">Contact us</a></footer>
</body>
</html>
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline in ‘…’ (a quoted claim): the NIS figure of the lead, Tuesday to publication"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'has said', dated by the next sentence ('briefed by the agency on Tuesday'): "
          "being moved to Russia"),
        C("Some 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "same briefing, 'they added' after the figure: stationed near the border"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The NIS also estimated' (same briefing): killed"),
        C("6,000", 6000, "exact", "planned", "ukraine", "2025-10-21..2025-10-31",
          "Zelensky 'in late October', named after the figure: 'another' (increment, span "
          "without the word)", add=True),
        C("at least 15,000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "anonymous NATO official at headquarters 'last week': rotated through Russia"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "state TV 'Last month': soldiers back from Kursk at a parade (returnees: optional)",
          opt=True),
        C("15,000 or so", 15000, "approx", "in_russia", "other", "pub",
          "Aberystwyth academic in quotes, 'she told TCN' (no date): in Russia at any one time"),
    ),
)

P11 = Source(
    article_id="p11_japan_wire_deminers_latin1",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-08-14"),
    dated_by="dateline",
    features="Japanese wire in English, ISO-8859-1 (straight quotes, `--`), dated by its "
        "header line 'August 14, 2025 18:42 JST' and the dateline 'SEOUL, Aug. 14 (KPS) --' "
        "(Thursday); headline digit `9` and the lead's number word `nine` (north_korea, KCNA "
        "'reported Thursday', casualties); Shoigu 'said in June' `1,000` deminers and `5,000` "
        "military builders (russia, planned); NIS 'told a parliamentary committee on Aug. 5' "
        "(`around 1,000` dispatched, `some 5,000` being trained for deployment: planned); "
        "Japan's defense white paper 'released last month' (a third government: other); HUR "
        "'in a written reply … on Wednesday'; the wire's own tally `between 14,000 and 15,000` "
        "(unattributed, required); SDF personnel, missiles and kilometres, abductees, "
        "anniversary, decades",
    text="""\
KPS English News Service -- August 14, 2025 18:42 JST

N. Korea's Kim honors deminers back from Russia; [[9]] died, state media says

SEOUL, Aug. 14 (KPS) -- North Korean leader Kim Jong Un welcomed home a military engineering \
unit that cleared mines in Russia's Kursk region and paid tribute to [[nine]] of its members who \
died during the mission, the Korean Central News Agency reported Thursday.

Kim embraced returning officers at a ceremony in Pyongyang and laid medals on the coffins of \
the dead, state television footage showed. The agency did not say how many engineers had taken \
part in the roughly three-month mission.

The unit is believed to be the first of the [[1,000]] deminers that Russian Security Council \
Secretary Sergei Shoigu said in June Pyongyang would send to Kursk, along with [[5,000]] \
military construction workers.

South Korea's National Intelligence Service told a parliamentary committee on Aug. 5 that \
[[around 1,000]] of the deminers had already been dispatched, while [[some 5,000]] construction \
troops were being trained for deployment later in the year.

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi said Thursday the government was "gravely \
concerned" about deepening military ties between Moscow and Pyongyang. Japan's annual defense \
white paper, released last month, estimates that North Korea has sent [[more than 10,000]] \
troops to Russia and warns that the North may gain combat experience and missile technology in \
return.

Ukraine's Defense Intelligence said in a written reply to KPS on Wednesday that \
[[at least 10,000]] North Korean troops remained in Russia's Kursk and Belgorod border regions, \
some of them in artillery and drone units.

By a KPS tally of figures released by governments in Seoul, Kyiv and Washington, North Korea \
has sent [[between 14,000 and 15,000]] military personnel to Russia since the autumn of 2024, \
engineers included.

Japan's Self-Defense Forces have about 247,000 personnel. North Korea fired two short-range \
ballistic missiles into the Sea of Japan in May, flying about 800 kilometers. Friday marks the \
80th anniversary of Japan's surrender in World War II; Tokyo still counts 17 of its citizens as \
abducted by North Korea in the 1970s and 1980s.
==KPS
""",
    claims=(
        C("9", 9, "exact", "casualties", "north_korea", "thu",
          "headline '…, state media says': KCNA's figure of the lead (reported Thursday, the "
          "publication day): died"),
        C("nine", 9, "exact", "casualties", "north_korea", "thu",
          "KCNA 'reported Thursday' (number word): members who died"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'said in June': deminers Pyongyang would send"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same statement: military construction workers"),
        C("around 1,000", 1000, "approx", "in_russia", "south_korea", "2025-08-05",
          "NIS 'told a parliamentary committee on Aug. 5': already dispatched"),
        C("some 5,000", 5000, "approx", "planned", "south_korea", "2025-08-05",
          "same briefing: being trained for deployment later in the year"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other",
          "2025-07-01..2025-07-31",
          "Japan's defense white paper 'released last month' (a third government: other): sent"),
        C("at least 10,000", 10000, "at_least", "near_front", "ukraine", "wed",
          "HUR 'in a written reply to KPS on Wednesday': remained in the border regions"),
        C("between 14,000 and 15,000", None, "range", "in_russia", "unattributed", "pub",
          "'By a KPS tally' (the wire's own reckoning): unattributed, required"),
    ),
)

P12 = Source(
    article_id="p12_ukraine_state_outlet_budanov_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "UkrPress International",
        "https://en.ukrpress.example/war/3981245-budanov-north-korea-is-using-kursk-as-a-traini"
        "ng-ground.html",
        "Budanov: North Korea is using Kursk as a training ground",
    ),
    features="Ukrainian government-funded English-language outlet in Markdown, UTF-16 LE with "
        "BOM and CRLF, front matter without a date (sidecar, Thursday); the lead's 'according "
        "to' Budanov dated by the next sentence ('made the remarks … on Tuesday'); 'the "
        "intelligence chief said' after the figure; 'have exceeded 6,000' (at_least, verb "
        "outside the span); the General Staff 'In the spring' (1 March – 31 May) carried by 'At "
        "the time' to 'some 3,000 reinforcements' (increment); the foreign minister 'A day "
        "earlier', citing South Korean intelligence (his claim: ukraine, Monday-Tuesday) with "
        "\"tens of thousands\" more (vague increment); the NIS 'in September'; Russian losses "
        "since 2022 and over the past day, tanks, drones, a regiment's ordinal",
    text="""\
---
title: "Budanov: North Korea is using Kursk as a training ground"
category: War
author: Oksana Levchenko
tags: [North Korea, Russia, Defence Intelligence]
---

# Budanov: North Korea is using Kursk as a training ground

KYIV -- [[Roughly 11,000]] North Korean servicemen remain in Russia's Kursk region, where \
Pyongyang is rotating units to give its army combat experience against Ukraine, according to \
Kyrylo Budanov, Chief of the Defence Intelligence of Ukraine (HUR).

Budanov made the remarks in an interview with UkrPress on Tuesday. The North Korean troops no \
longer take part in assaults, he said, but man artillery and drone units and guard the border. \
Separately, [[up to 6,000]] deminers and military builders are working in the border areas, the \
intelligence chief said.

According to Budanov, North Korea's losses since the start of the deployment have exceeded \
[[6,000]] killed and wounded. "They learn fast, and they pay for it," he said.

In the spring, Ukraine's General Staff put North Korean casualties at [[around 4,000]]. At the \
time, it said [[some 3,000]] reinforcements had arrived to replace the dead and wounded.

A day earlier, Foreign Minister Andrii Sybiha warned that Pyongyang could send "[[tens of \
thousands]]" more soldiers if the world failed to respond. Speaking to foreign diplomats in \
Kyiv, he cited assessments by South Korean intelligence.

South Korea's National Intelligence Service estimated in September that [[around 2,000]] North \
Korean soldiers had been killed in Russia.

Meanwhile, Russia's own losses in the war have reached about 1,124,000 personnel since February \
24, 2022, including 930 over the past day, according to the General Staff of the Armed Forces \
of Ukraine. Ukrainian defenders have also destroyed 11,250 tanks and more than 73,000 drones, \
the General Staff said. Soldiers of the 225th Separate Assault Regiment are among the units \
still holding positions inside the Kursk region.
""",
    claims=(
        C("Roughly 11,000", 11000, "approx", "near_front", "ukraine", "tue",
          "Budanov 'according to' at the end of the lead, dated by the next sentence ('made the "
          "remarks … on Tuesday'): remain in the Kursk region"),
        C("up to 6,000", 6000, "at_most", "near_front", "ukraine", "tue",
          "same interview, 'the intelligence chief said' after the figure: working in the border "
          "areas (others of the same account, not an increment)"),
        C("6,000", 6000, "at_least", "casualties", "ukraine", "tue",
          "'According to Budanov … have exceeded' (verb outside the span): killed and wounded"),
        C("around 4,000", 4000, "approx", "casualties", "ukraine", "2025-03-01..2025-05-31",
          "General Staff 'In the spring' (1 March - 31 May)"),
        C("some 3,000", 3000, "approx", "in_russia", "ukraine", "2025-03-01..2025-05-31",
          "'At the time, it said' (spring carried): reinforcements arrived (increment)",
          add=True),
        C("tens of thousands", None, "vague", "planned", "ukraine", "mon..tue",
          "foreign minister 'A day earlier' (than Tuesday: Monday to the anchor), citing South "
          "Korean intelligence (his claim: ukraine): could send 'more' (increment)", add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'estimated in September': killed"),
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
