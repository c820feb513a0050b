"""Build the THIRTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirty-ninth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Lüneburg Heath paper in
Munster with the army's training area, a foreign-policy journal's monthly news digest, a
Salzkammergut weekly with an interpreter from Seoul (Austrian conventions), a Saarland TV
broadcaster's web text with a retired Korean nurse, a Münster student magazine on the party
parade and an Engadin weekly with a former Panmunjom officer (Swiss conventions); a northern
Ugandan weekly in Gulu, a Maltese daily at the OSCE ministerial, an Orkney news site with a
Kirkwall doctor, a New Mexico daily with a UNM scholar, an Uzbek English-language outlet on
Shoigu's sappers and builders, and a Tongan news site a year on. Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an
article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table are
the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module
instance whose `SOURCES` are set to ours (under its own module name, so it never shares state
with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind37_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b37_01_heide_munster_panzerschule",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-07"),
    dated_by="sidecar",
    sidecar=(
        "Heide-Kurier",
        "https://www.heide-kurier.example/lokales/munster/erste-gefechte-nordkoreaner-munster-hoe"
            "rt-hin-41877",
        "Erste Gefechte mit Nordkoreanern: In Munster hört man genau hin",
    ),
    features="Lüneburg Heath local paper as plain text (sidecar, Thursday), place line "
        "'Munster.' (the army's training area where Ukrainian tank crews trained; the Lüneburg "
        "paper of the thirty-first set stands beside it); a deck 'nach Kiewer Angaben' from "
        "Zelensky's 'Montagabend' figure (Monday to publication); HUR 'am Mittwoch' über "
        "Telegram „mehrere hundert“ in the first fights; the State Department 'vergangene Woche' "
        "carried by Konjunktiv to the total; the NIS 'schon Ende Oktober' (days 21-31, planned); "
        "a retired sergeant 'rechnet damit' `noch einmal einige tausend` (vague increment, "
        "other, `pub`); Ukrainians trained on the range (`mehrere hundert`), inhabitants, "
        "garrison staff, years, ages, concert time",
    text="""\
HEIDE-KURIER | Lokales | Munster

Erste Gefechte mit Nordkoreanern: In Munster hört man genau hin

Auf dem Truppenübungsplatz haben Ukrainer den Leopard kennengelernt. Nun stehen ihre Kameraden \
bei Kursk nach Kiewer Angaben [[11.000]] Soldaten aus Pjöngjang gegenüber.

Von Jördis Behrens

Munster. Wenn vormittags das Grollen der Panzerkanonen über die Heide zieht, denkt Rainer Stöver \
an die jungen Ukrainer, die er hier an der Ausbildungsbahn erlebt hat. „Viele waren keine 25 \
Jahre alt“, erzählt der frühere Hauptfeldwebel am Gartentor seines Hauses in Breloh. Manche von \
ihnen, fürchtet der 61-Jährige, liegen inzwischen bei Kursk im Graben – gegenüber einem Gegner, \
mit dem bis vor Kurzem niemand gerechnet hätte.

Dort haben nach Darstellung Kiews die ersten Kämpfe mit nordkoreanischen Einheiten begonnen. \
Verteidigungsminister Rustem Umerow bestätigte am Dienstag in einem Interview mit dem \
südkoreanischen Sender KBS „kleinere Zusammenstöße“, Einzelheiten nannte er nicht. Schon am \
Montagabend hatte Präsident Wolodymyr Selenskyj in seiner Videobotschaft erklärt, inzwischen \
hielten sich [[11.000]] Nordkoreaner im Gebiet Kursk auf.

Auch der ukrainische Militärgeheimdienst HUR meldete sich am Mittwoch zu Wort. An den ersten \
Gefechten seien „[[mehrere hundert]]“ Soldaten aus Nordkorea beteiligt gewesen, teilte die \
Behörde über Telegram mit. Unabhängig überprüfen lässt sich das nicht.

Washington nennt ähnliche Größenordnungen. Das US-Außenministerium hatte vergangene Woche \
mitgeteilt, [[ungefähr 8.000]] der Nordkoreaner seien in die Grenzregion zur Ukraine gebracht \
worden. Insgesamt habe Pjöngjang nach amerikanischer Einschätzung [[rund 10.000]] Soldaten nach \
Russland entsandt, die meisten zunächst auf Übungsplätze im Fernen Osten.

Seoul rechnet damit, dass es nicht dabei bleibt. Südkoreas Nachrichtendienst NIS hatte \
Parlamentariern schon Ende Oktober berichtet, bis zum Jahreswechsel könnten [[mehr als 12.000]] \
Mann in Russland sein. Verteidigungsminister Kim Yong-hyun sagte im Parlament, unter den \
Nordkoreanern habe es „sehr wahrscheinlich“ bereits Tote gegeben – eine Zahl nannte er nicht.

In Munster, seit mehr als 130 Jahren Garnisonsstadt, verfolgt man die Nachrichten mit besonderer \
Aufmerksamkeit. Nach Angaben der Bundeswehr wurden auf dem Übungsplatz seit dem Frühjahr 2023 \
mehrere hundert ukrainische Soldaten an Leopard- und Gepard-Systemen ausgebildet; genauer wird \
die Truppe aus Sicherheitsgründen nicht. Die Stadt zählt gut 15.000 Einwohner, in den Kasernen \
arbeiten rund 5.000 Soldaten und Zivilbeschäftigte.

Stöver hält die Nordkoreaner für ernst zu nehmende Gegner. „Körperlich fit, gehorsam bis zum \
Letzten. Was ihnen fehlt, ist Erfahrung mit Drohnen“, sagt er. Er rechnet damit, dass Kim Jong Un \
im Frühjahr noch einmal [[einige tausend]] Mann nachschickt, „wenn der Kreml dafür zahlt“.

Der Kreml hat die Entsendung bislang weder bestätigt noch klar dementiert. Sprecher Dmitri Peskow \
nannte die Zusammenarbeit mit Pjöngjang am Montag eine Angelegenheit „zweier souveräner Staaten“.

Am Sonnabend lädt der Freundeskreis Munster–Ukraine um 15 Uhr zu einem Benefizkonzert in die \
Kirche St. Stephanus ein. Der Eintritt ist frei, um Spenden wird gebeten.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "deck 'nach Kiewer Angaben': Zelensky's figure of the body ('Montagabend') to "
              "publication"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'Schon am Montagabend' in his video address, Konjunktiv: in the Kursk region"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "wed",
          "HUR 'meldete sich am Mittwoch', source named after the quote ('teilte die Behörde … "
              "mit'): in the first fights"),
        C("ungefähr 8.000", 8000, "approx", "near_front", "united_states", "lastweek",
          "State Department 'vergangene Woche': brought to the border region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "same statement carried by Konjunktiv ('nach amerikanischer Einschätzung'): sent to "
              "Russia in all"),
        C("mehr als 12.000", 12000, "at_least", "planned", "south_korea", "2024-10-21..2024-10-31",
          "NIS to lawmakers 'schon Ende Oktober' (days 21-31): could be in Russia by the turn "
              "of the year"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "retired sergeant 'rechnet damit' (undated): 'noch einmal … nachschickt' "
              "(increment; 'im Frühjahr' is the event)", add=True),
    ),
)

B02 = Source(
    article_id="b37_02_weltlage_chronik_oktober_html",
    language="de", fmt="html", encoding="utf-16", published=day("2024-11-05"),
    dated_by="html_meta",
    features="German foreign-policy journal's monthly news digest ('Chronik') in HTML, UTF-16 LE "
        "with BOM, `article:published_time` +01:00 (Tuesday), a consent layer, journal "
        "navigation, a config script with the issue number; entries under `<dt>` dates each "
        "carry their claims: Ukrainian media 'unter Berufung auf Quellen im ukrainischen "
        "Militär' (X citing Y: ukraine) with the number word `sechs` (4 October; 'am Vortag' is "
        "the event); the NIS on 18 October (two figures, planned total); 23 October 'Eine zweite "
        "Gruppe von 1.500' (increment) and the new total; the White House 'Am selben Tag' "
        "„mindestens 3.000“; HUR on 25 October; Rutte on 28 October without a figure and the "
        "Pentagon the same day; Blinken on 31 October; the journal's own reckoning 'Rechnet man "
        "… zusammen' (range, unattributed, required, `pub`); Russian losses a day, EU loan in "
        "euros, treaty article, army size, consent days, ISSN",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Chronik Oktober 2024: Nordkoreas Truppen für Russland | WELTLAGE</title>
<meta name="author" content="Redaktion WELTLAGE">
<meta property="article:published_time" content="2024-11-05T08:00:00+01:00">
<meta property="og:site_name" content="WELTLAGE – Zeitschrift für internationale Politik">
<script>var wlConfig={issue:"6/2024",freeArticles:3,abo:"digital"};</script>
</head>
<body>
<div class="consent-layer" role="dialog"><p>Wir zählen mit einem datensparsamen Pixel, wie oft \
unsere Beiträge gelesen werden. Ihre Entscheidung gilt für 180 \
Tage.</p><button>Einwilligen</button> <button>Ablehnen</button></div>
<header><a href="/" class="logo">WELTLAGE</a> <nav><a href="/heft">Aktuelles Heft</a> · <a \
href="/dossiers">Dossiers</a> · <a href="/chronik">Chronik</a> · <a href="/autoren">Autorinnen \
&amp; Autoren</a> · <a href="/abo">Abo</a></nav></header>
<main>
<p class="rubrik">Chronik · Nachrichtenüberblick der Redaktion</p>
<h1>Der Oktober, in dem Kims Soldaten nach Westen fuhren</h1>
<p class="intro">Was im Oktober über die nordkoreanischen Truppen in Russland bekannt wurde – die \
wichtigsten Meldungen in zeitlicher Folge, zusammengestellt aus Agenturberichten und amtlichen \
Erklärungen.</p>
<dl class="chronik">
<dt>4. Oktober</dt>
<dd>Ukrainische Medien berichten unter Berufung auf Quellen im ukrainischen Militär, bei einem \
Raketenschlag nahe Donezk seien am Vortag [[sechs]] nordkoreanische Offiziere getötet worden. \
Eine offizielle Bestätigung bleibt aus.</dd>
<dt>18. Oktober</dt>
<dd>Südkoreas Nachrichtendienst NIS gibt bekannt, Nordkorea habe mit der Verlegung von Truppen \
begonnen. Russische Marineschiffe hätten [[rund 1.500]] Angehörige von Spezialeinheiten nach \
Wladiwostok gebracht; insgesamt wolle Pjöngjang [[12.000]] Soldaten schicken. Präsident Yoon Suk \
Yeol beruft eine Krisensitzung ein.</dd>
<dt>23. Oktober</dt>
<dd>Vor dem Geheimdienstausschuss in Seoul legt der NIS nach: Eine zweite Gruppe von [[1.500]] \
Mann sei eingetroffen, damit befänden sich [[etwa 3.000]] Nordkoreaner in Russland. Am selben Tag \
spricht das Weiße Haus von „[[mindestens 3.000]]“ Soldaten, die in den Osten Russlands verschifft \
worden seien.</dd>
<dt>25. Oktober</dt>
<dd>Der ukrainische Militärgeheimdienst HUR meldet, die ersten Nordkoreaner seien im Gebiet Kursk \
angekommen. Es handle sich um eine Vorhut von [[mehr als 2.000]] Mann, die in russischen \
Uniformen auftrete.</dd>
<dt>28. Oktober</dt>
<dd>Nato-Generalsekretär Mark Rutte bestätigt in Brüssel nach Gesprächen mit einer Delegation aus \
Seoul, dass nordkoreanische Einheiten ins Gebiet Kursk verlegt wurden; eine Zahl nennt er nicht. \
Das Pentagon geht am selben Tag von [[ungefähr 10.000]] nach Russland geschickten Nordkoreanern \
aus. Ein Teil davon sei bereits „näher an die Ukraine“ gerückt, sagt Sprecherin Sabrina \
Singh.</dd>
<dt>31. Oktober</dt>
<dd>US-Außenminister Antony Blinken spricht nach Beratungen mit seinen südkoreanischen \
Amtskollegen in Washington von [[etwa 8.000]] Nordkoreanern im Gebiet Kursk. Ihr Einsatz gegen \
ukrainische Truppen sei „in den kommenden Tagen“ zu erwarten.</dd>
</dl>
<h2>Einordnung</h2>
<p>Rechnet man die Meldungen aus Seoul und Washington zusammen, waren bis Monatsende [[10.000 bis \
12.000]] nordkoreanische Soldaten in Russland oder auf dem Weg dorthin. Grundlage ist der im Juni \
unterzeichnete Beistandsvertrag, dessen Artikel 4 gegenseitige Hilfe im Angriffsfall vorsieht. \
Nordkoreas Armee gilt mit weit über einer Million Mann als eine der größten der Welt.</p>
<p>Zum Vergleich: Russland verliert nach ukrainischen Angaben derzeit im Schnitt mehr als 1.200 \
Soldaten pro Tag an Toten und Verwundeten. Die EU gab im Oktober zudem einen Kredit von bis zu 35 \
Milliarden Euro für Kiew frei.</p>
</main>
<footer>© 2024 WELTLAGE Verlagsgesellschaft mbH · ISSN 0943-2213 · <a \
href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("sechs", 6, "exact", "casualties", "ukraine", "2024-10-04",
          "number word; entry of 4 October: Ukrainian media citing sources in the Ukrainian "
              "military (X citing Y), 'am Vortag' is the event: killed"),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "entry of 18 October, NIS in Konjunktiv: special forces shipped to Vladivostok"),
        C("12.000", 12000, "exact", "planned", "south_korea", "2024-10-18",
          "same entry: 'insgesamt wolle Pjöngjang … schicken' (intended total)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-23",
          "entry of 23 October: 'Eine zweite Gruppe von' (increment on the first "
              "group)", add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "same sentence 'damit befänden sich' (the new total, not an increment)"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "2024-10-23",
          "White House 'Am selben Tag' (23 October carried) in „…“: shipped to eastern Russia"),
        C("mehr als 2.000", 2000, "at_least", "near_front", "ukraine", "2024-10-25",
          "entry of 25 October, HUR in Konjunktiv: vanguard arrived in the Kursk region"),
        C("ungefähr 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "entry of 28 October: the Pentagon 'am selben Tag' (Rutte before it names no figure): "
              "sent to Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "entry of 31 October: Blinken: in the Kursk region"),
        C("10.000 bis 12.000", None, "range", "in_russia", "unattributed", "pub",
          "the journal's own reckoning 'Rechnet man … zusammen' (unattributed, required): in "
              "Russia or on the way"),
    ),
)

B03 = Source(
    article_id="b37_03_salzkammergut_dolmetscher_pause",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-20"),
    dated_by="dateline", crlf=True,
    features="Salzkammergut weekly as plain text, windows-1252 with CRLF (Austrian conventions: "
        "'Jänner', 'Feber', 'heuer'), dated only by the masthead line 'Gmunden, 20.02.2025' "
        "(Thursday); an interpreter from Altmünster who lives in Seoul, home on holiday (the "
        "Carinthian weeklies of other sets stand beside it); the special forces' spokesman 'am "
        "Montag' with `mehrere hundert` named after the figure ('so der Sprecher'); the NIS "
        "figures with their date at the end of the sentence ('so der Stand, den der Dienst Mitte "
        "Jänner … vortrug': days 11-20); Zelensky 'Anfang Feber' „fast 4.000“; the Pentagon "
        "'vergangene Woche'; the JCS 'am Dienstag' 'als Ersatz' (vague increment); the "
        "interpreter's „bis zu 10.000 zusätzliche“ (at_most increment, other, `pub`); South "
        "Korea's population, Gmunden's inhabitants, Hallstatt visitors, years, ages, talk time",
    text="""\
TRAUNSEE-BOTE · Wochenzeitung für das Salzkammergut · Nr. 8 · Gmunden, 20.02.2025

Welt & Region

Kims Soldaten ziehen sich zurück – ein Altmünsterer in Seoul erklärt, warum

Seit Wochen meldet die Ukraine keine Gefechte mehr mit Nordkoreanern. Der Dolmetscher Markus \
Fellner, der seit 15 Jahren in Südkorea lebt, verbringt gerade ein paar Tage daheim am Traunsee.

Von Theresa Pichler

Es ist still geworden um die nordkoreanischen Soldaten im russischen Gebiet Kursk. Seit Ende \
Jänner seien sie an der Front nicht mehr gesichtet worden, sagte ein Sprecher der ukrainischen \
Spezialkräfte am Montag im Fernsehen. Allein in ihrem Abschnitt hätten die Spezialkräfte seit \
Dezember [[mehrere hundert]] Nordkoreaner außer Gefecht gesetzt, so der Sprecher. Die Einheiten \
seien nach schweren Verlusten abgezogen worden.

Wie schwer diese Verluste waren, darüber gehen die Angaben auseinander. Südkoreas \
Nachrichtendienst NIS geht davon aus, dass von den [[rund 11.000]] entsandten Soldaten [[etwa \
3.000]] getötet oder verwundet wurden – so der Stand, den der Dienst Mitte Jänner den \
Abgeordneten in Seoul vortrug. Eine neuere Zahl gibt es aus Seoul nicht. Kiew nennt höhere Werte: \
Präsident Wolodymyr Selenskyj sprach Anfang Feber von „[[fast 4.000]]“ getöteten oder verwundeten \
Nordkoreanern.

Von einem Abzug aus Russland kann dennoch keine Rede sein. Dort dürften sich weiterhin [[mehr als \
10.000]] Nordkoreaner aufhalten, hieß es vergangene Woche aus dem Pentagon. Ein hoher Beamter, \
der anonym bleiben wollte, sprach von einer „operativen Pause“. Südkoreas Generalstab meinte am \
Dienstag, Pjöngjang halte bereits [[einige tausend]] Mann als Ersatz bereit.

Markus Fellner kennt solche Pausen. „Pjöngjang zieht Einheiten heraus, lässt sie ausrasten und \
schickt sie neu aufgestellt wieder hin. So steht es in jedem Lehrbuch der Volksarmee“, sagt der \
44-Jährige im Café am Gmundner Rathausplatz. Seit 2010 arbeitet der gebürtige Altmünsterer in \
Seoul als Dolmetscher, unter anderem für österreichische Firmen und für südkoreanische \
Ministerien.

Dass der Krieg für Nordkorea heuer zu Ende ist, glaubt er nicht. „Ich würde mich nicht wundern, \
wenn [[bis zu 10.000]] zusätzliche kommen“, sagt Fellner. In Seoul werde das offen diskutiert, \
die Zeitungen seien voll davon, und viele junge Südkoreaner fragten sich, ob ihr eigener \
Wehrdienst von 18 Monaten bald nicht mehr reiche.

Daheim erzählt er gern von den Unterschieden zwischen den Welten. Südkorea hat rund 51 Millionen \
Einwohner, Gmunden knapp 13.000. Umso mehr staunen seine Kollegen in Seoul, dass ausgerechnet das \
Salzkammergut in Korea berühmt ist: Hallstatt, bekannt aus einer Fernsehserie, zählte im Vorjahr \
rund eine Million Tagesgäste, viele davon aus Ostasien.

Am Freitag um 19.30 Uhr spricht Fellner im Pfarrsaal Altmünster über „Alltag in Seoul“. Der \
Eintritt ist frei, um eine Spende für die Ukrainehilfe der Pfarre wird gebeten.
""",
    claims=(
        C("mehrere hundert", None, "vague", "casualties", "ukraine", "mon",
          "special forces' spokesman 'am Montag', named again after the figure ('so der "
              "Sprecher'): put out of action"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-11..2025-01-20",
          "NIS, date at the end of the sentence ('Mitte Jänner … vortrug', days 11-20): sent"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same sentence: killed or wounded ('geht davon aus' is pinned by 'so der Stand … "
              "Mitte Jänner')"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' (days 1-10) in „…“: killed or wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "lastweek",
          "'hieß es vergangene Woche aus dem Pentagon' after the figure: still in Russia"),
        C("einige tausend", None, "vague", "planned", "south_korea", "tue",
          "JCS 'am Dienstag': held ready 'als Ersatz' (increment)", add=True),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "the interpreter in a quote (undated, 'heuer' is the event): 'zusätzliche' "
              "(increment)", add=True),
    ),
)

B04 = Source(
    article_id="b37_04_saar3_pflegerin_zweitausend_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-11"),
    dated_by="sidecar",
    sidecar=(
        "SAAR3 aktuell",
        "https://www.saar3.example/aktuell/welt/nordkorea-verluste-pflegerin-100.html",
        "Zweitausend Tote – und eine Saarbrückerin denkt an Korea",
    ),
    features="Saarland TV broadcaster's web text in HTML, ISO-8859-1 (umlauts raw, quotes and "
        "dashes only as entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&middot;`), no meta date "
        "(sidecar, Thursday), a cookie notice, navigation, a stats script with a video length, a "
        "'Stand:' line; a retired Korean nurse in Saarbrücken (the Saarland radio website of the "
        "thirty-first set stands beside it); `<title>` figure (optional); h1 number word "
        "`Zweitausend` and a teaser figure, both from the NIS figures a committee member made "
        "public 'am Mittwoch' (Wednesday to publication); the source and day named only at the "
        "end of the paragraph, Konjunktiv carrying the total; state TV 'Ende August' `Dutzender` "
        "fallen (north_korea); Ukraine's General Staff 'im Juli'; the UK defence ministry's "
        "assessment 'von Anfang September' (other, days 1-10, at_most, near_front); the nurses "
        "recruited from South Korea in 1966-1976 (`rund 10.000`), ages, years, South Koreans in "
        "the Saarland, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul: Rund [[2000]] Nordkoreaner in Russland gefallen | SAAR3 aktuell</title>
<meta name="robots" content="index,follow,max-image-preview:large">
<link rel="canonical" \
href="https://www.saar3.example/aktuell/welt/nordkorea-verluste-pflegerin-100.html">
<script>var saar3Stats={page:"welt/nordkorea-verluste",video:"02:54",ref:"web"};</script>
</head>
<body>
<div class="cmp-hinweis">Wir setzen Cookies für den Betrieb der Seite und &ndash; wenn Sie \
zustimmen &ndash; für eine anonyme Statistik ein. <button>Alles klar</button> <button>Lieber \
nicht</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/aktuell/saarland">Saarland</a> &middot; <a \
href="/aktuell/welt">Welt</a> &middot; <a href="/sport">Sport</a> &middot; <a \
href="/mediathek">Mediathek</a> &middot; <a href="/verkehr">Verkehr</a></nav>
<main>
<h1>[[Zweitausend]] Tote &ndash; und eine Saarbrückerin denkt an Korea</h1>
<p class="teaser">Südkoreas Geheimdienst schätzt, dass im Krieg gegen die Ukraine [[rund 2.000]] \
Nordkoreaner gefallen sind. Für Kim Soon-ja aus Saarbrücken sind das keine fernen Zahlen.</p>
<p class="stand">Stand: 11.09.2025, 16:40 Uhr</p>
<p>Seit dem vergangenen Herbst sind nach Einschätzung des südkoreanischen Nachrichtendienstes NIS \
[[rund 2.000]] nordkoreanische Soldaten in Russland ums Leben gekommen. Insgesamt habe Nordkorea \
[[etwa 13.000]] Mann entsandt; die meisten seien inzwischen nicht mehr an der Front, sondern als \
Pioniere und Wachtruppen im Grenzgebiet eingesetzt. Öffentlich gemacht hat diese Zahlen am \
Mittwoch ein Mitglied des Geheimdienstausschusses in Seoul.</p>
<p>Nordkorea selbst spricht inzwischen offen von Opfern. Ende August ließ Machthaber Kim Jong Un \
bei einer Feier in Pjöngjang die Fotos [[Dutzender]] Gefallener auf eine Leinwand projizieren, \
wie das Staatsfernsehen zeigte. Vor den Angehörigen verneigte er sich tief.</p>
<p>Kiew hält die Angaben aus Seoul für zu niedrig. Der ukrainische Generalstab hatte im Juli \
erklärt, [[mehr als 6.000]] Nordkoreaner seien getötet oder verwundet worden. Einer \
Lageeinschätzung des britischen Verteidigungsministeriums von Anfang September zufolge räumen \
derzeit [[bis zu 3.000]] Nordkoreaner Minen im Gebiet Kursk.</p>
<h2>&bdquo;Das könnten meine Enkel sein&ldquo;</h2>
<p>Kim Soon-ja war 22, als sie 1971 als Krankenschwester aus Seoul nach Deutschland kam &ndash; \
eine von rund 10.000 Südkoreanerinnen, die zwischen 1966 und 1976 in westdeutschen Kliniken \
anfingen. Mehr als 40 Jahre hat sie auf dem Winterberg gearbeitet, zuletzt als Stationsleiterin. \
Ihr Vater stammte aus Pjöngjang und floh 1950 in den Süden.</p>
<p>&bdquo;Die Jungen, die da sterben, könnten meine Enkel sein&ldquo;, sagt die 76-Jährige in \
ihrer Wohnung in Alt-Saarbrücken. Jeden Abend schaue sie koreanische Nachrichten. &bdquo;Man \
schickt sie in einen fremden Krieg, und zu Hause erfahren die Mütter nichts.&ldquo;</p>
<p>Im Saarland leben nach Angaben des Statistischen Landesamts knapp 600 Menschen mit \
südkoreanischem Pass. Die Deutsch-Koreanische Gesellschaft Saar trifft sich jeden ersten Sonntag \
im Monat.</p>
</main>
<footer>&copy; SAAR3 2025 &middot; Impressum &middot; Datenschutz &middot; Zuschauertelefon 0681 \
555 3030</footer>
</body>
</html>
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "wed..pub",
          "<title> (metadata) restating the NIS figure made public on Wednesday", opt=True),
        C("Zweitausend", 2000, "exact", "casualties", "south_korea", "wed..pub",
          "h1 number word: the NIS figure of the body (Wednesday) to publication: dead"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "wed..pub",
          "teaser 'Südkoreas Geheimdienst schätzt': the body's Wednesday figure to publication"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "wed",
          "NIS, source and day named at the end of the paragraph ('Öffentlich gemacht hat diese "
              "Zahlen am Mittwoch …'): dead"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "wed",
          "same paragraph, Konjunktiv: sent in all"),
        C("Dutzender", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "Kim's ceremony shown by state TV 'Ende August' (days 21-31): photos of the fallen"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-07-01..2025-07-31",
          "Ukraine's General Staff 'im Juli': killed or wounded"),
        C("bis zu 3.000", 3000, "at_most", "near_front", "other", "2025-09-01..2025-09-10",
          "UK defence ministry's assessment 'von Anfang September' (a third government: other): "
              "clearing mines in Kursk"),
    ),
)

B05 = Source(
    article_id="b37_05_muenster_studimagazin_parade_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Semesterblick – Studierendenmagazin Münster",
        "",
        "Parade in Pjöngjang, Seminar in Münster",
    ),
    features="Münster student magazine in Markdown (the city magazine of another set stands "
        "beside it), front matter without a date (sidecar without url, Thursday) with a reading "
        "time; italic deck; an exchange student from Busan and a Münster Koreanist; state TV on "
        "`Hunderte` Kursk veterans at the parade 'am 10. Oktober' (returnees: optional); "
        "Medvedev's speech at the parade „Tausende eurer Söhne“ (russia, near_front, carried "
        "date); the JCS 'am Montag' with a total near the border and `einige tausend` builders "
        "'hinzugekommen' (vague increment); the NIS 'im September'; HUR 'Ende September'; the "
        "lecturer 'schätzt' a range (other, `pub`); parade soldiers (`Zehntausende`: not a "
        "claim), students, seminar places, ages, lecture time",
    text="""\
---
title: "Parade in Pjöngjang, Seminar in Münster"
ressort: Campus & Welt
autor: Jonas Terhechte
lesezeit: 4 Minuten
---

# Parade in Pjöngjang, Seminar in Münster

*In Nordkorea marschierten vergangene Woche auch Soldaten, die in Russland gekämpft haben. Eine \
Austauschstudentin aus Busan und ein Münsteraner Koreanist über einen Krieg, der näher ist, als \
man denkt.*

Seo-yeon Park hat die Parade auf ihrem Laptop verfolgt, im Lesesaal am Schlossplatz, mit \
Kopfhörern. „Meine Oma hat am Telefon geweint“, erzählt die 23-Jährige, die seit April \
Politikwissenschaft an der Uni Münster studiert. „Sie hat gesagt: Das sind doch auch Koreaner.“

Zum 80. Jahrestag der Arbeiterpartei ließ Kim Jong Un am 10. Oktober Zehntausende Soldaten über \
den Kim-Il-Sung-Platz marschieren. Nach Darstellung des nordkoreanischen Staatsfernsehens waren \
darunter [[Hunderte]] Veteranen des Einsatzes im russischen Gebiet Kursk. Auf der Tribüne stand \
Russlands Ex-Präsident Dmitri Medwedew, der die Gastgeber in seiner Rede lobte: „[[Tausende]] \
eurer Söhne haben Schulter an Schulter mit unseren Soldaten gekämpft.“

Wie viele Nordkoreaner derzeit in Russland sind, ist umstritten. Südkoreas Generalstab erklärte \
am Montag, [[rund 10.000]] nordkoreanische Soldaten seien weiterhin im Grenzgebiet zur Ukraine \
stationiert. Seit dem Sommer seien [[einige tausend]] Pioniere und Bausoldaten hinzugekommen. Der \
Geheimdienst NIS hatte im September geschätzt, dass [[etwa 2.000]] Nordkoreaner gefallen sind.

Kiew kommt auf andere Werte. Der Militärgeheimdienst HUR ging Ende September von [[etwa 11.000]] \
Nordkoreanern auf russischem Boden aus, Präsident Wolodymyr Selenskyj warnte vor einer „zweiten \
Welle“.

Dr. Hendrik Lammers, der am Institut für Ostasienstudien Koreanistik lehrt, hält alle diese \
Angaben für Momentaufnahmen. „Es wird rotiert. Manche fahren heim, andere kommen neu, und keiner \
zählt öffentlich mit“, sagt er in seinem Büro mit Blick auf die Aa. Seit Herbst 2024 dürften \
[[zwischen 14.000 und 17.000]] Nordkoreaner in Russland gewesen sein, schätzt Lammers.

Für Seo-yeon ist das keine abstrakte Rechnung. Ihr Cousin leistet gerade seinen Wehrdienst an der \
innerkoreanischen Grenze. „Wir haben in der Schule gelernt, dass die im Norden unsere Brüder \
sind. Jetzt sterben sie für Putin.“

Lammers' Seminar „Korea und der Krieg in Europa“ ist in diesem Semester mit 35 Plätzen \
ausgebucht, auf der Warteliste stehen 60 Namen. An der Uni Münster sind derzeit 48 Studierende \
aus Südkorea eingeschrieben. Am Donnerstag, 23. Oktober, spricht Lammers um 18 Uhr c.t. im \
Hörsaal F2 über die Parade und ihre Botschaften.
""",
    claims=(
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV on Kursk veterans marching 'am 10. Oktober' (returnees: optional, "
              "as in earlier sets)", opt=True),
        C("Tausende", None, "vague", "near_front", "russia", "2025-10-10",
          "Medvedev's speech at the parade (the day carried from the sentence before), in „…“: "
              "fought shoulder to shoulder"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "mon",
          "JCS 'am Montag': stationed in the border area"),
        C("einige tausend", None, "vague", "in_russia", "south_korea", "mon",
          "same statement, Konjunktiv: builders 'hinzugekommen' since the summer "
              "(increment)", add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'hatte im September geschätzt': fallen"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "2025-09-21..2025-09-30",
          "HUR 'ging Ende September … aus' (days 21-30): on Russian soil"),
        C("zwischen 14.000 und 17.000", None, "range", "in_russia", "other", "pub",
          "Münster Koreanist 'schätzt Lammers' after the figure (undated): in Russia since "
              "autumn 2024"),
    ),
)

B06 = Source(
    article_id="b37_06_engadin_panmunjom_grenze_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-06"),
    dated_by="front_matter",
    features="Engadin weekly's world page in Markdown, UTF-8 with BOM (Swiss conventions: `ss`, "
        "«», `10'000`, `14'000`, 4-digit `5000`/`2000`), front matter with `date:` (Thursday) "
        "and a title without a figure; a Scuol mountain guide who served in the Neutral Nations "
        "Supervisory Commission (the Graubünden papers of other sets stand beside it); h1 "
        "'Seoul:' from the NIS briefing 'Am Dienstag' (Tuesday to publication); 'hiess es nach "
        "der Sitzung' carrying Konjunktiv; 'Zusätzlich zu diesen Truppen' builders (increment); "
        "the NIS figure of a year before ('Vor einem Jahr', a wide window); a State Department "
        "spokesman 'im Oktober' «mehr als 14'000»; Zelensky 'Ende Oktober' «Zehntausende» "
        "weitere (vague increment); the guide 'rechnet damit' «5000 bis 8000» nochmals (range "
        "increment, other, `pub`); Swiss officers in Panmunjom, inhabitants, altitude, francs, "
        "years, age",
    text="""\
---
title: "Ein Engadiner in Panmunjom: «Kim braucht Devisen, Moskau braucht Männer»"
date: 2025-11-06
rubrik: Welt
autor: Curdin Bezzola
ausgabe: 45/2025
---

# Seoul: [[10'000]] Nordkoreaner stehen an Russlands Grenze

**Südkoreas Nachrichtendienst sieht die Truppen aus Pjöngjang nun vor allem als Grenzwache und \
Bautrupp. Ein Scuoler, der zwei Jahre an der innerkoreanischen Grenze diente, hält das für eine \
langfristige Strategie.**

Am Dienstag hat der südkoreanische Nachrichtendienst NIS die Abgeordneten in Seoul über die Lage \
unterrichtet, und das Bild ist ein anderes als vor einem Jahr. Nordkorea habe [[rund 10'000]] \
Soldaten entlang der russischen Grenze zur Ukraine stationiert, hiess es nach der Sitzung. Sie \
bewachten dort Stellungen und sicherten das Hinterland; an Angriffen seien sie derzeit nicht \
beteiligt.

Zusätzlich zu diesen Truppen seien seit September [[etwa 5000]] Militärbauarbeiter auf dem Weg \
nach Russland oder bereits dort. Die Zahl der Gefallenen gab der Dienst unverändert mit [[rund \
2000]] an. Vor einem Jahr hatte der NIS noch von [[mehr als 10'000]] Kampftruppen gesprochen, die \
ins Gebiet Kursk verlegt würden.

Washington kommt zu einem ähnlichen Befund. Ein Sprecher des US-Aussenministeriums sagte im \
Oktober, Pjöngjang habe seit Herbst 2024 «[[mehr als 14'000]]» Soldaten nach Russland geschickt. \
In Kiew klingt es dramatischer: Präsident Wolodymyr Selenskyj warnte Ende Oktober, Kim könne \
Russland noch «[[Zehntausende]]» weitere Männer zur Verfügung stellen.

## Der Blick von der anderen Seite

Gian Andri Tschander kennt die Soldaten aus dem Norden aus nächster Nähe. Von 2016 bis 2018 \
diente der heutige Bergführer als Major in der Schweizer Delegation der Neutralen \
Überwachungskommission in Panmunjom. «Die Nordkoreaner, die ich dort gesehen habe, waren stolz \
und hungrig zugleich», erzählt der 58-Jährige in seiner Stube in Scuol. «Für Kim ist Russland \
eine Geldquelle, für Moskau ist er ein Reservoir an Männern.»

An einen baldigen Abzug glaubt Tschander nicht. Er rechnet damit, dass Pjöngjang im kommenden \
Jahr nochmals «[[5000 bis 8000]]» Mann schickt, vor allem Bautruppen für die zerstörten Dörfer um \
Sudscha. «Das ist Arbeit, die Russland selber nicht mehr leisten kann.»

Die Schweiz ist seit 1953 in Panmunjom vertreten, heute noch mit fünf Offizieren. Tschander war \
einer von wenigen Romanischsprachigen, die je dort Dienst taten. Zurück im Unterengadin, auf 1290 \
Metern über Meer, führt er heute Gäste auf den Piz Pisoc. Die Gemeinde Scuol mit ihren rund 4'600 \
Einwohnern hat im vergangenen Jahr 20'000 Franken für die Ukrainehilfe gesprochen.
""",
    claims=(
        C("10'000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "h1 'Seoul:': the NIS briefing of the body ('Am Dienstag') to publication: at the "
              "border"),
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'Am Dienstag', 'hiess es nach der Sitzung': stationed along the border"),
        C("etwa 5000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing in Konjunktiv: builders 'Zusätzlich zu diesen Truppen' "
              "(increment) on the way or there", add=True),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing 'gab der Dienst … an': fallen"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "south_korea",
          "2024-10-15..2024-11-30",
          "NIS 'Vor einem Jahr' (an undated earlier estimate: a wide window around November "
              "2024): moved to Kursk"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "State Department spokesman 'im Oktober' in «…»: sent since autumn 2024"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-10-21..2025-10-31",
          "Zelensky 'Ende Oktober' «…» 'weitere' (increment, span without the word): "
              "could provide", add=True),
        C("5000 bis 8000", None, "range", "planned", "other", "pub",
          "Scuol mountain guide, former NNSC officer, 'rechnet damit' (undated): "
              "'nochmals' (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Uganda, Malta, Orkney, New Mexico, Uzbekistan, Tonga)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b37_07_gulu_northern_lens_combat",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-13"),
    dated_by="dateline", crlf=True,
    features="northern Ugandan regional weekly in Gulu as plain text, UTF-8 with CRLF, dated "
        "only by the dateline 'GULU, November 13, 2024 -' (Wednesday; the Kampala daily and the "
        "radio website of other sets stand beside it); headline 'Washington:' `10,000-plus` "
        "(at_least) from the State Department 'on Tuesday' (Tuesday to publication); lawmakers "
        "briefed by the NIS 'on Wednesday' (the publication day) with 'the lawmakers quoted the "
        "agency as saying' after the figure; Ukraine's military intelligence 'believes' "
        "(present, `pub`, at_most, planned); a Gulu University lecturer in a lecture 'on Tuesday "
        "afternoon' (other, Tuesday to publication); Russia's UN ambassador without a figure; "
        "the war in the north (displaced people), distance, students, shillings, years",
    text="""\
THE NORTHERN LENS
Gulu's independent weekly | World

Washington: [[10,000-plus]] North Korean soldiers now in Russia, and they are fighting

By Akello Grace Lamunu

GULU, November 13, 2024 - The United States says North Korean troops sent to help Russia have \
gone into battle for the first time, a development that lecturers at Gulu University say should \
worry anyone who remembers how wars in this region drew in outsiders.

Speaking in Washington on Tuesday, State Department spokesperson Vedant Patel told reporters that \
[[more than 10,000]] North Korean soldiers had been moved to eastern Russia and that most of them \
had since travelled west to the Kursk region. "They have begun engaging in combat operations \
alongside Russian forces," he said.

Seoul offers a similar picture. South Korean lawmakers who sat through a closed-door session with \
the National Intelligence Service on Wednesday said some of the [[roughly 10,000]] soldiers had \
been placed inside Russian marine and airborne units. [[Thousands]] of them were already at \
frontline positions, the lawmakers quoted the agency as saying.

Kyiv has been warning for weeks. Ukraine's military intelligence agency believes [[up to 12,000]] \
North Koreans will be in the Kursk area before the year is out, and President Volodymyr Zelensky \
has urged Western partners to let Ukraine strike their assembly points before they reach the \
front.

Moscow has neither confirmed nor denied the deployment. Russia's ambassador to the United \
Nations, Vassily Nebenzia, last month dismissed the reports as "a blatant lie", and the Kremlin \
has repeated that its dealings with Pyongyang concern nobody else.

In a lecture hall at Gulu University on Tuesday afternoon, Dr Okello Ojok, who teaches peace and \
conflict studies, told about 140 students that the official figures were probably too low. "If \
you add engineers, drivers and the people who cook for them, you are closer to [[15,000]]," he \
said. "Nobody sends an army without a tail."

Dr Ojok said northern Uganda knew better than most what happens when a conflict becomes a market \
for fighters. At the height of the insurgency in the north, nearly two million people lived in \
camps, and the war dragged on for two decades. "Once the money flows, nobody wants the war to \
end," he said.

Students asked whether Ugandans could be drawn in. The Ministry of Foreign Affairs in Kampala, \
some 340 kilometres to the south, told The Northern Lens it had no information about Ugandans \
serving in Russia's forces, but warned young people against online job offers promising salaries \
of "up to 8 million shillings a month" in Russia.

For now, the war in Kursk feels far away on Gulu's Churchill Drive. But in Dr Ojok's class, at \
least, nobody was looking at their phones.
""",
    claims=(
        C("10,000-plus", 10000, "at_least", "in_russia", "united_states", "tue..pub",
          "headline 'Washington:': the State Department figure of the body (Tuesday) to "
              "publication ('-plus' = at_least)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokesperson 'on Tuesday': moved to eastern Russia"),
        C("roughly 10,000", 10000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'on Wednesday' (the publication day): placed in Russian "
              "units"),
        C("Thousands", None, "vague", "near_front", "south_korea", "wed",
          "same briefing, source after the figure ('the lawmakers quoted the agency as "
              "saying'): at frontline positions"),
        C("up to 12,000", 12000, "at_most", "planned", "ukraine", "pub",
          "Ukraine's military intelligence 'believes' (present, no date): will be in the Kursk "
              "area"),
        C("15,000", 15000, "approx", "in_russia", "other", "tue..pub",
          "Gulu University lecturer in a lecture 'on Tuesday afternoon' (the event dates him, "
              "to publication): 'closer to' = approx"),
    ),
)

B08 = Source(
    article_id="b37_08_malta_courier_osce_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-06"),
    dated_by="html_meta", crlf=True,
    features="Maltese daily's world page in HTML, windows-1252 with CRLF (curly quotes and "
        "apostrophes raw, `·`, `€`), `article:published_time` +01:00 (Friday), a byline with the "
        "date, a cookie notice, navigation, an ad script with slot sizes, a footer with a "
        "company number and a phone; the OSCE ministerial in Ta’ Qali; `<title>` figure "
        "(optional); h1 'Blinken tells OSCE' from his speech 'on Thursday' (Thursday to "
        "publication); Ukraine's foreign minister 'later the same day' (Thursday carried) with "
        "„tens of thousands“ more (vague increment); Rutte 'Two days earlier in Brussels … on "
        "Tuesday' (nato); South Korea's vice-minister in a statement 'on Friday morning' (the "
        "publication day) and containers of munitions (not a claim); Malta's foreign minister as "
        "OSCE chair at the closing press conference (a third government: other); Lavrov without "
        "a figure; delegates, states, police, euros, 1975",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>Blinken tells OSCE in Malta [[11,000]] North Korean troops are fighting for Russia – The \
Malta Courier</title>
<meta property="article:published_time" content="2024-12-06T19:30:00+01:00">
<meta property="og:locale" content="en_GB">
<meta name="news_keywords" content="OSCE, Ta’ Qali, North Korea, Russia, Ukraine">
<script>var mcAds={unit:"/2291/courier/world",sizes:"728x90,970x250"};</script>
</head>
<body>
<div id="cookie-note">This website uses cookies to remember your settings and to count visitors. \
<a href="/cookie-policy">Read our policy</a> <button>Fine by me</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/world">World</a> | <a \
href="/business">Business</a> | <a href="/sport">Sport</a> | <a href="/comment">Comment</a> | <a \
href="/obituaries">Obituaries</a></nav>
<article>
<h1>Blinken tells OSCE in Malta [[11,000]] North Korean troops are fighting for Russia</h1>
<p class="byline">Daniel Camilleri · Friday, 6 December 2024, 19:30</p>
<p class="lead">The US Secretary of State used the OSCE’s ministerial meeting in Ta’ Qali to \
accuse Moscow of importing soldiers from the other side of the world, with Sergei Lavrov a few \
seats away.</p>
<p>Speaking in the main hall of the Malta Fairs and Conventions Centre on Thursday, Antony \
Blinken said [[some 11,000]] soldiers from North Korea were in Russia’s Kursk region and that \
“many of them are now in combat” against Ukrainian forces. Pyongyang had also shipped artillery \
shells and ballistic missiles, he said.</p>
<p>Ukraine’s foreign minister, Andrii Sybiha, went further when he spoke to reporters outside the \
hall later the same day. Kyiv’s information was that “[[at least 11,000]]” North Koreans were \
deployed near the border, he said, and that Pyongyang “could send [[tens of thousands]] more if \
Moscow keeps paying”.</p>
<p>Mr Lavrov, at his first ministerial meeting in an EU member state since the full-scale \
invasion, did not address the claims. In his own speech he accused Western governments of \
“dragging the OSCE into the abyss” and left before the final session.</p>
<p>Two days earlier in Brussels, NATO Secretary General Mark Rutte had warned allied foreign \
ministers that Pyongyang had by now shipped [[more than 10,000]] of its troops to Russia. “This \
is no longer a regional matter,” Mr Rutte said on Tuesday.</p>
<p>South Korea, one of the OSCE’s Asian partners for co-operation, sent a vice-minister. In a \
statement circulated to delegations on Friday morning, he put Seoul’s estimate at “[[about \
11,000]]” troops in Russia and said the North had shipped more than 13,000 containers of \
munitions since last year.</p>
<p>Malta’s foreign minister, who chaired the two-day meeting as this year’s OSCE chairman, was \
more cautious. Asked at the closing press conference whether the organisation had verified any of \
the figures, he said it had no monitors in Russia, but that “[[thousands]] of soldiers from \
outside our region fighting in Europe is something none of us can ignore”.</p>
<p>Some 1,300 delegates from the 57 participating states attended the meeting, guarded by about \
600 police officers and soldiers of the Armed Forces of Malta. Roads around Ta’ Qali were closed \
for both days. The OSCE still has no approved budget for 2024 and is running on monthly \
allocations of about €11 million.</p>
<p>The organisation grew out of the Helsinki Final Act of 1975. Finland takes over the \
chairmanship from Malta in January.</p>
</article>
<footer>© 2024 Courier Media Ltd, Mosta · Company reg. C 18822 · Newsroom +356 2138 0000</footer>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "united_states", "thu..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("11,000", 11000, "exact", "near_front", "united_states", "thu..pub",
          "h1 'Blinken tells OSCE': his Thursday figure of the body to publication: fighting"),
        C("some 11,000", 11000, "approx", "near_front", "united_states", "thu",
          "Blinken in the main hall 'on Thursday': in the Kursk region, many in combat"),
        C("at least 11,000", 11000, "at_least", "near_front", "ukraine", "thu",
          "Ukraine's foreign minister 'later the same day' (Thursday carried) in “…”: deployed "
              "near the border"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "thu",
          "same, “could send … more” (increment, span without the word)", add=True),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'Two days earlier in Brussels' … 'said on Tuesday': sent to Russia"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "fri",
          "South Korea's vice-minister, statement 'on Friday morning' (the publication day), "
              "'put Seoul's estimate at'"),
        C("thousands", None, "vague", "near_front", "other", "thu..pub",
          "Malta's foreign minister as OSCE chair at the closing press conference of the "
              "two-day meeting (its day not named: Thursday to publication; a third government: "
              "other): fighting in Europe"),
    ),
)

B09 = Source(
    article_id="b37_09_orkney_bulletin_kirkwall_doctor_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-01-15"),
    dated_by="sidecar",
    sidecar=(
        "The Orkney Bulletin",
        "https://www.orkneybulletin.example/news/2025/01/seoul-300-north-korean-soldiers-killed-k"
            "irkwall-doctor",
        "Seoul: 300 North Korean soldiers killed in Kursk",
    ),
    features="Orkney news site as plain text, UTF-16 LE with BOM (sidecar, Wednesday; the "
        "Shetland weekly of the thirty-first set stands beside it), British spelling; headline "
        "'Seoul:' from lawmakers briefed 'on Monday' (Monday to publication); 'Seoul's spies now "
        "think' 'about 300' died and `2,700` 'more have been hurt' (the others of the same "
        "event, not an increment) and 'by its count' a total, carried; Zelensky 'on Saturday' "
        "with the number word `two` captured; 'On Sunday … put North Korean losses … at' `nearly "
        "4,000`; the White House 'in late December' “over 1,000” in a single week (days 21-31); "
        "a Ukrainian doctor in Kirkwall relaying her brother's voice message 'last week' "
        "“dozens” (a private person: other); Ukrainians in Orkney, money raised in pounds, "
        "population, age, days",
    text="""\
THE ORKNEY BULLETIN | News | World

Seoul: [[300]] North Korean soldiers killed in Kursk

A Kirkwall doctor hears from her brother at the front what the figures mean

By Magnus Flett

Seoul's spies now think [[about 300]] of Kim Jong Un's soldiers have died in the war against \
Ukraine and [[2,700]] more have been hurt, according to lawmakers who were briefed on Monday. By \
its count, [[around 11,000]] had been deployed to Russia since October.

The briefing came two days after Ukraine's president, Volodymyr Zelensky, announced on Saturday \
that his forces had captured [[two]] North Korean soldiers in the Kursk region. Video released by \
Kyiv showed the men lying in bunks, one with bandaged hands, the other with a wound to his jaw.

On Sunday Mr Zelensky said he would send the pair home in return for Ukrainian prisoners, if \
Pyongyang could persuade Moscow to agree. In the same post he put North Korean losses in Kursk at \
[[nearly 4,000]] killed and wounded.

Washington's numbers have been more cautious. John Kirby, the White House national security \
spokesman, said in late December that North Korean units had suffered "[[over 1,000]]" killed and \
wounded in a single week of fighting.

For Dr Olena Rudenko, a junior doctor at the Balfour in Kirkwall since 2023, the numbers have \
faces. Her younger brother serves with an assault brigade in the Kursk region. In a voice message \
last week he told her that after one night attack his unit had counted "[[dozens]]" of North \
Korean bodies along a single treeline.

"He says they come across the snow in rows, like in an old film," said Dr Rudenko, 31, who came \
to Orkney from Zaporizhzhia. "He is not proud of it. He says they are boys, the same as him."

She has not been able to reach him since Sunday. "The signal is bad there. When he is quiet for \
three days, I do not sleep."

Around 40 Ukrainians have settled in Orkney since 2022, according to Orkney Islands Council, most \
of them in Kirkwall and Stromness. A ceilidh at the Pickaquoy Centre last month raised £4,870 for \
a field hospital near Kharkiv, and a second one is planned for March. Orkney has a population of \
roughly 22,000.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the NIS figure of the lead (lawmakers briefed on Monday) to "
              "publication: killed"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Seoul's spies now think' (the NIS) via lawmakers 'briefed on Monday', the date "
              "after the figure: died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: '2,700 more have been hurt' (the others of the same event, not an "
              "increment)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'By its count' (the agency, same briefing): deployed to Russia"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "number word: Zelensky 'announced on Saturday': captured"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'On Sunday … In the same post he put … at': killed and wounded"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states", "2024-12-21..2024-12-31",
          "White House spokesman 'in late December' (days 21-31) in quotes: killed and wounded "
              "in a week"),
        C("dozens", None, "vague", "casualties", "other", "lastweek",
          "a soldier's voice message to his sister 'last week' (a private person: other): "
              "bodies counted"),
    ),
)

B10 = Source(
    article_id="b37_10_rio_grande_ledger_unm_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-13"),
    dated_by="sidecar",
    sidecar=(
        "Rio Grande Ledger",
        "https://www.riograndeledger.example/nation-world/2025/03/13/seoul-north-korea-more-troop"
            "s-russia-unm",
        "Seoul says North Korea sent more troops to Russia; UNM expert sees a long haul",
    ),
    features="New Mexico daily in Markdown, UTF-8 (em dashes, curly quotes), front matter "
        "without a date (sidecar, Thursday) and a title without a figure, dateline 'ALBUQUERQUE "
        "—'; h1 'Seoul:' `3,000` 'more' (increment) from the JCS 'said Tuesday' (Tuesday to "
        "publication); `an estimated 3,000` 'additional' (increment); 'By the JCS's arithmetic' "
        "the new total and 'of whom' a breakdown of casualties; Syrskyi 'said Friday' a range in "
        "“…”; a senior Defense Department official 'last week' “a few thousand”; a UNM political "
        "scientist 'in an interview' (other, `pub`, at_least, planned); New Mexicans killed in "
        "Korea, base staff, Korean Americans in the metro area, seminar students, Russian losses",
    text="""\
---
title: "Seoul says North Korea sent more troops to Russia; UNM expert sees a long haul"
section: Nation & World
byline: Luis Archuleta
tags: [North Korea, Russia, Ukraine, UNM]
---

# Seoul: Pyongyang tops up its Kursk force with [[3,000]] more troops

*South Korea's military says Pyongyang is topping up its forces in Kursk after heavy losses. A \
University of New Mexico scholar says the deployment is built to last.*

ALBUQUERQUE — Since New Year's, [[an estimated 3,000]] additional North Korean soldiers have \
quietly made their way to Russia, South Korea's Joint Chiefs of Staff said Tuesday, replacing \
troops killed or wounded in the fighting around Kursk.

The reinforcements arrived in January and February, the JCS told reporters in Seoul. By the JCS's \
arithmetic, [[some 14,000]] North Koreans have now been sent to Russia since last fall, of whom \
[[about 4,000]] are believed to have been killed or wounded.

Ukraine says the newcomers are already fighting. Gen. Oleksandr Syrskyi, the commander of \
Ukraine's armed forces, said Friday that North Korean units had rejoined assaults near Sudzha \
after a pause of several weeks, with “[[2,000 to 3,000]]” of them in the first wave.

U.S. officials have been more guarded. A senior Defense Department official told reporters at the \
Pentagon last week that the returning units numbered “[[a few thousand]]” and that Washington saw \
“no sign” Pyongyang was pulling out.

At the University of New Mexico, political scientist Hana Whitfield-Cho has followed the \
deployment since October. She expects the numbers to keep climbing.

“North Korea can keep [[15,000 or more]] soldiers in Russia for years if Moscow pays the bills,” \
she said in an interview in her office in Mesa Vista Hall. “This is not a one-time favor. It's a \
revenue stream, and the soldiers come home with combat experience no other army in Asia has.”

Whitfield-Cho said 38 students signed up for her seminar on the Korean Peninsula this semester, \
up from 12 two years ago. Many, she said, are the grandchildren of men who served in Korea; New \
Mexico lost more than 200 service members in that war.

The Korean American community in the Albuquerque metro area numbers about 4,000, according to \
census estimates. At Kirtland Air Force Base, where some 23,000 military and civilian employees \
work, the news from Kursk is followed closely, a base spokesperson said, though she declined to \
comment further.

Russia's own losses dwarf North Korea's. By the reckoning of Britain's Ministry of Defence, \
Moscow has lost more than 800,000 men, dead or injured, in three years of war.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "tue..pub",
          "h1 'Seoul:': the JCS figure of the lead (Tuesday) to publication, 'more' "
              "(increment, span without the word)", add=True),
        C("an estimated 3,000", 3000, "approx", "in_russia", "south_korea", "tue",
          "JCS 'said Tuesday' after the figure: 'additional' soldiers sent (increment)", add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "tue",
          "'By the JCS's arithmetic' (same briefing): the new total sent, not an increment"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "same sentence 'of whom … killed or wounded' (a breakdown)"),
        C("2,000 to 3,000", None, "range", "near_front", "ukraine", "fri",
          "Syrskyi 'said Friday' in “…”: in the first wave of assaults near Sudzha"),
        C("a few thousand", None, "vague", "near_front", "united_states", "lastweek",
          "senior Defense Department official 'last week' in “…”: returning units"),
        C("15,000 or more", 15000, "at_least", "planned", "other", "pub",
          "UNM political scientist 'in an interview' (undated, present): can keep in Russia for "
              "years"),
    ),
)

B11 = Source(
    article_id="b37_11_registan_review_shoigu_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "Registan Review",
        "https://www.registan-review.example/en/world/moscow-north-korean-sappers-builders-kursk-"
            "7741",
        "Moscow to bring in 6,000 North Korean sappers and builders for Kursk",
    ),
    features="Uzbek English-language outlet in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Friday; the Kazakh outlet of the twenty-ninth set stands beside it), language links "
        "(UZ/RU/EN), exchange rates in so‘m, a privacy note, a metrics script with a version "
        "number, a read time; `<title>` figure (optional); h1 'Moscow to bring' `6,000` "
        "(Shoigu's sum: planned) from 'on Tuesday' (Tuesday to publication); Shoigu 'announced "
        "on Tuesday' `1,000` sappers and `5,000` builders (planned); the NIS 'had told "
        "parliament in April' with a breakdown 'of them'; Budanov 'claimed last week' “up to "
        "25,000” more (at_most increment); a Tashkent labour-migration researcher 'reckons' "
        "“well over 10,000” (other, `pub`); Uzbek migrants, remittances, convicted mercenaries, "
        "exchange rates",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moscow to bring in [[6,000]] North Korean sappers and builders for Kursk | Registan \
Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Registan Review">
<script async src="/js/rr-metrics.js?v=4.2.17"></script>
</head>
<body>
<div class="top"><a href="/uz/">O‘zbekcha</a> <a href="/ru/">Русский</a> <a \
href="/en/">English</a> · USD 12 640 so‘m · EUR 14 520 so‘m · RUB 161 so‘m</div>
<div class="privacy">We keep a few cookies so the site works and we can count readers. <a \
href="/en/privacy">Details</a> <button>Understood</button></div>
<nav><a href="/en/uzbekistan">Uzbekistan</a> <a href="/en/central-asia">Central Asia</a> <a \
href="/en/world">World</a> <a href="/en/economy">Economy</a> <a \
href="/en/migration">Migration</a></nav>
<article>
<h1>Moscow to bring in [[6,000]] North Korean sappers and builders for Kursk</h1>
<p class="meta">World · 4 min read</p>
<p>Russia will bring in [[1,000]] North Korean sappers for Kursk's minefields, along with \
[[5,000]] military builders to restore what the fighting destroyed, Sergei Shoigu announced on \
Tuesday after talks with Kim Jong Un in Pyongyang.</p>
<p>It was the second visit in a fortnight to the North Korean capital by Mr Shoigu, who heads \
Russia’s Security Council. Russian state television showed him embracing Mr Kim at the Workers’ \
Party headquarters. The builders and deminers would work under Russian command, Mr Shoigu said, \
thanking “our Korean friends for their sacrifice in Kursk”.</p>
<p>Seoul’s National Intelligence Service had told parliament in April that [[about 15,000]] North \
Korean troops had gone to Russia since last autumn, with [[around 4,700]] of them dead or wounded \
by then.</p>
<p>Kyiv expects far more. Kyrylo Budanov, who runs Ukraine’s military intelligence, claimed last \
week that Moscow hoped to bring in “[[up to 25,000]]” more North Koreans, citing what he called \
intercepted Russian planning papers.</p>
<p>The announcement has been followed closely in Uzbekistan, whose citizens make up a large share \
of the building workforce in Russia. About 1.2 million Uzbeks worked there last year, according \
to the Agency for External Labour Migration, and remittances from Russia reached roughly $14.8 \
billion.</p>
<p>“If the Kremlin gets Korean soldiers who build for nothing, our people lose the best-paid jobs \
first,” said Dilshod Karimov, a labour-migration researcher in Tashkent. He reckons that \
rebuilding Kursk will eventually draw “[[well over 10,000]]” North Korean soldier-builders if \
Moscow sticks to its timetable.</p>
<p>Uzbek courts have convicted at least 20 citizens since 2022 for fighting as mercenaries in \
Ukraine. The foreign ministry in Tashkent again urged migrants not to sign contracts with \
Russia’s defence ministry.</p>
</article>
<footer>© 2025 Registan Review · Mass media registration No. 1487 · <a \
href="/en/contacts">Contacts</a></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "h1 'Moscow to bring': Shoigu's sum of the body (1,000 + 5,000, Tuesday) to "
              "publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'announced on Tuesday', named after the figures: sappers to be brought in"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders (a planned contingent, not an increment)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'had told parliament in April': gone to Russia"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same sentence, 'of them' (a breakdown): killed or wounded"),
        C("up to 25,000", 25000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov 'claimed last week' in “…” 'more' (increment, span without the "
              "word)", add=True),
        C("well over 10,000", 10000, "at_least", "planned", "other", "pub",
          "Tashkent labour-migration researcher 'reckons' (undated, present): will eventually "
              "be drawn"),
    ),
)

B12 = Source(
    article_id="b37_12_nukualofa_observer_year_on_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-24"),
    dated_by="front_matter", crlf=True,
    features="Tongan news site's world page in Markdown, ISO-8859-1 with CRLF, straight quotes "
        "and ' - ' dashes, front matter with `date:` (Monday) and a title without a figure; h1 "
        "'Seoul counts' from the NIS 'earlier this month' (the 1st to publication); italic deck "
        "opening 'NUKU'ALOFA -'; 'The agency said … of them' (breakdown, carried); Rutte 'in "
        "Brussels last week' (nato); KCNA 'On Friday' “hundreds” decorated for Kursk "
        "(north_korea, near_front); HUR 'in October' (month); the site's own tally 'Adding up … "
        "the Observer arrives at between …' (range span with 'between', unattributed, required, "
        "`pub`); a USP lecturer 'another 10,000 or so' (approx increment, other, `pub`); Tonga's "
        "armed forces, population, islands, aid in US dollars, 2022, months",
    text="""\
---
title: "One year later, Kim's soldiers remain in Russia"
date: 2025-11-24
category: World
author: Sione Fifita
---

# Twelve months later, Kim's troops remain in Russia - Seoul counts [[about 15,000]]

*NUKU'ALOFA - More than a year after the first North Korean troops reached Russia's Kursk region, \
they have become a fixture of Moscow's war. Across the Pacific, small states are watching the \
partnership closely.*

Members of the intelligence committee in Seoul heard from the National Intelligence Service \
earlier this month that the North had shipped [[about 15,000]] of its soldiers to Russia in all \
since October 2024. The agency said [[roughly 2,000]] of them had died, most of them during \
the winter fighting around Kursk.

NATO's secretary general, Mark Rutte, said in Brussels last week that the alliance believed \
"[[well over 10,000]]" North Koreans were still on Russian soil, and that Moscow was paying \
Pyongyang with oil, cash and military technology.

Pyongyang no longer hides the deployment. On Friday the official Korean Central News Agency \
reported that Kim Jong Un had presented state decorations to "[[hundreds]]" of soldiers who, it \
said, had helped to liberate Kursk. Ukraine's military intelligence agency said in October that \
[[at least 5,000]] North Korean military builders had arrived in Russia since the summer.

Adding up the official figures released in Seoul, Washington and Kyiv over the past 13 months, \
the Observer arrives at [[between 14,000 and 17,000]] North Korean troops sent to Russia.

Dr 'Ana Taufa, who lectures in politics at the University of the South Pacific's Tonga campus, \
said the numbers mattered less than the precedent. "Kim has learned that his army can be rented \
out, and Moscow has learned that it can rent it," she told the Observer. "I would not be \
surprised to see another [[10,000 or so]] go next year."

She said Pacific governments should take note. "Russia is recruiting wherever it can. We have \
seen men from Nepal, from Africa, from Cuba. Our young people see these job offers on Facebook \
too."

Tonga has no embassy in Pyongyang and only limited contact with North Korea. His Majesty's Armed \
Forces, about 600 strong, have served with coalition forces in Iraq and with the regional mission \
in the Solomon Islands. The kingdom of some 100,000 people, spread over 170 islands, is still \
rebuilding after the 2022 eruption and tsunami, with help that includes more than US$3 million in \
grants from South Korea.

The government in Nuku'alofa has backed UN General Assembly resolutions calling on Russia to \
withdraw from Ukraine. A spokesman for the Ministry of Foreign Affairs said Tonga "stands with \
the principle of sovereignty, wherever it is tested".
""",
    claims=(
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "h1 'Seoul counts': the NIS figure of the body ('earlier this month') to publication"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "the NIS to members of the intelligence committee 'earlier this month' (the 1st to "
              "publication): sent in all"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-01..pub",
          "'The agency said … of them' (same briefing, a breakdown): died"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'in Brussels last week' in quotes: still on Russian soil"),
        C("hundreds", None, "vague", "near_front", "north_korea", "fri",
          "KCNA 'On Friday': decorated soldiers who helped to liberate Kursk (fought there)"),
        C("at least 5,000", 5000, "at_least", "in_russia", "ukraine", "2025-10-01..2025-10-31",
          "HUR 'said in October': builders arrived since the summer"),
        C("between 14,000 and 17,000", None, "range", "in_russia", "unattributed", "pub",
          "the site's own tally 'Adding up … the Observer arrives at' (unattributed, required): "
              "sent"),
        C("10,000 or so", 10000, "approx", "planned", "other", "pub",
          "USP lecturer to the Observer (undated): 'another' (increment, span without "
              "the word) next year", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
