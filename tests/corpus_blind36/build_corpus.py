"""Build the THIRTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`. A thirty-eighth corpus for an honest measurement on articles the
extractor has never met, written in session 10 without opening the extractor, its lexicons or
the topic file, and without running it. Ordinary news from outlets and angles the other corpora
do not have: an Emsland daily, a Thuringian radio station's web text, a Waldviertel regional
paper, a Toggenburg paper, a reservists' association magazine and a Heidelberg city portal; a
Bhutanese English-language paper, a Gibraltar daily, an Oregon public radio site, a Baku
English-language outlet, a Papua New Guinea daily and a Lesotho weekly. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table
are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares
state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind36_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

M01 = Source(
    article_id="m01_emsland_echo_erste_gefechte",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"), dated_by="sidecar",
    sidecar=(
        "Emsland-Echo", "https://www.emsland-echo.example/welt/erste-gefechte-nordkorea-kursk",
        "Erste Gefechte mit Nordkoreanern: Kiew zählt 11.000 Soldaten bei Kursk",
    ),
    features="Emsland daily's world page as plain text (sidecar, Wednesday); headline 'Kiew zählt' "
        "from Zelensky's Monday figure (Monday to publication); Zelensky 'am Montagabend'; HUR "
        "'Ende Oktober' ('hatte … im Grenzgebiet erst … gezählt'); the Pentagon 'geht von … aus' "
        "and a breakdown 'davon' dated by the spokeswoman 'in der vergangenen Woche' at the end of "
        "the sentence; the NIS 'verlautete aus Seoul' (no date, `bis zu`); Yonhap citing a "
        "military official (X citing Y: south_korea, `mindestens 500` officers among those sent); "
        "a Vechta political scientist 'ist … überzeugt' (vague increment, other, `pub`); army "
        "size, reservists, refugees in the county, a test range's area and staff, age",
    text="""\
Krieg in der Ukraine

Erste Gefechte mit Nordkoreanern: Kiew zählt [[11.000]] Soldaten bei Kursk

Die Ukraine meldet den ersten Schusswechsel mit Truppen aus Pjöngjang. Ein Politikwissenschaftler \
aus Vechta hält es für wahrscheinlich, dass Kim Jong Un bald nachlegt.

Von Hendrik Ahlers

Meppen/Kiew. Lange war es nur eine Warnung, nun ist es nach ukrainischer Darstellung Wirklichkeit \
geworden: Einheiten der ukrainischen Armee haben sich im russischen Grenzgebiet Kursk erstmals \
Gefechte mit nordkoreanischen Soldaten geliefert. Verteidigungsminister Rustem Umerow sprach im \
südkoreanischen Fernsehen von einem „kleinen“ ersten Zusammenstoß. Einzelheiten nannte er nicht.

Wie viele Männer Machthaber Kim Jong Un inzwischen an die Front geschickt hat, darüber gehen die \
Angaben auseinander. Präsident Wolodymyr Selenskyj sprach am Montagabend in seiner Videobotschaft \
von [[11.000]] Nordkoreanern, die im Raum Kursk stünden. Ende Oktober hatte der \
Militärgeheimdienst HUR im Grenzgebiet erst [[rund 7.000]] gezählt.

Washington liegt in derselben Größenordnung. Das Pentagon geht von [[etwa 10.000]] \
nordkoreanischen Soldaten in Russland aus; [[rund 8.000]] davon seien bereits in die Region Kursk \
gebracht worden, erklärte Sprecherin Sabrina Singh in der vergangenen Woche. Dass sie dort auch \
kämpfen würden, sei nur eine Frage von Tagen, hatte sie damals hinzugefügt.

Der südkoreanische Nachrichtendienst NIS rechnet nicht damit, dass es dabei bleibt. Bis zum \
Jahresende könne das Kontingent auf [[bis zu 12.000]] Mann anwachsen, verlautete aus Seoul. Die \
Nachrichtenagentur Yonhap meldete unter Berufung auf einen hochrangigen Militärvertreter zudem, \
unter den Entsandten seien [[mindestens 500]] Offiziere und drei Generäle.

„Pjöngjang will wissen, was seine Leute taugen“

Jan-Hendrik Wessels beobachtet die Entwicklung mit wachsender Sorge. „Pjöngjang will wissen, was \
seine Leute im modernen Krieg taugen, und Moskau liefert dafür das Übungsgelände“, sagt der \
Politikwissenschaftler von der Universität Vechta. Laufen die ersten Einsätze aus Sicht des \
Regimes gut, werde Kim [[einige tausend]] weitere Soldaten nachschicken, ist Wessels überzeugt. \
Die nordkoreanische Armee zählt nach westlichen Schätzungen rund 1,2 Millionen aktive Soldaten, \
dazu kommen Millionen Reservisten.

Auch im Emsland wird der Krieg aufmerksam verfolgt. Im Landkreis leben derzeit gut 4.300 \
Geflüchtete aus der Ukraine, teilte die Kreisverwaltung auf Anfrage mit. Olena Kowalenko, 38, die \
mit ihren beiden Kindern in Haselünne wohnt, hat einen Bruder an der Front bei Sumy. „Jeden Morgen \
schaue ich zuerst aufs Handy“, sagt sie.

Auf dem Gelände der Wehrtechnischen Dienststelle 91 in Meppen, mit knapp 200 Quadratkilometern \
einer der größten Schießplätze Europas, arbeiten rund 1.000 Beschäftigte. Ob dort auch Waffen für \
die Ukraine erprobt werden, dazu äußert sich die Bundeswehr nicht.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kiew zählt': Zelensky's figure of the body ('am Montagabend'), Monday to "
          "publication: in the Kursk area"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' in his video address: 'die im Raum Kursk stünden'"),
        C("rund 7.000", 7000, "approx", "near_front", "ukraine", "2024-10-21..2024-10-31",
          "HUR 'Ende Oktober' (days 21-31): counted in the border area (Kursk)"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "the Pentagon 'geht von … aus', dated by the spokeswoman 'in der vergangenen Woche' "
          "at the end of the sentence: in Russia"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "lastweek",
          "same sentence, 'davon' (a breakdown, no increment): brought to the Kursk region"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "pub",
          "the NIS 'verlautete aus Seoul', no date: the contingent could grow to (intended total)"),
        C("mindestens 500", 500, "at_least", "in_russia", "south_korea", "pub",
          "Yonhap citing a senior military official (X citing Y: the cited side, south_korea), "
          "no date: officers among those sent"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "Vechta political scientist (other), 'ist Wessels überzeugt', no date: 'weitere … "
          "nachschicken' (increment)", add=True),
    ),
)

M02 = Source(
    article_id="m02_radio_saaletal_gefangene_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-01-13"),
    dated_by="html_meta",
    features="Thuringian private radio station's web text in HTML, UTF-8 with BOM "
        "(`article:published_time` with +01:00, 'Stand: 13.01.2025', an ad script with a slot "
        "size, a cookie banner, navigation with a speed-camera page, a footer with a phone number, "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`, `&copy;`); `<title>` figure "
        "(optional); headline number word `zwei` from Zelensky's Saturday statement (Saturday to "
        "publication); the NIS 'am Montag' (the publication day) with two figures ('Nach seiner "
        "Einschätzung'); Zelensky 'Anfang Januar'; a Pentagon spokesman 'Mitte Dezember' „…“; "
        "background 'soll … geschickt haben' without a source (optional); a TU Ilmenau drone "
        "researcher's range (other, `pub`); wounded Ukrainians in a clinic, age, drones lost per "
        "month",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ukraine nimmt [[zwei]] Nordkoreaner gefangen | Radio Saaletal</title>
<meta property="article:published_time" content="2025-01-13T16:20:00+01:00">
<meta property="og:title" content="Erstmals Nordkoreaner in ukrainischer Gefangenschaft">
<script>var rsTrack={station:"saaletal",rubrik:"nachrichten",artikel:88412};</script>
<script async src="https://ads.radio-saaletal.example/load.js?slot=728x90"></script>
</head>
<body>
<div class="cookie">Wir verwenden Cookies für Statistik und Werbung. <a href="/datenschutz">\
Details</a> <button>Alle zulassen</button> <button>Nur technisch nötige</button></div>
<nav>Start | Nachrichten | Thüringen | Sport | Blitzer | Programm | Webradio</nav>
<main>
<h1>Selenskyj: Ukraine nimmt [[zwei]] nordkoreanische Soldaten gefangen</h1>
<p class="teaser">Kiew will die Männer gegen Ukrainer in russischer Hand tauschen. In Bad Berka \
werden verletzte ukrainische Soldaten behandelt &ndash; einer von ihnen kämpfte bei Kursk.</p>
<p class="stand">Stand: 13.01.2025, 16:20 Uhr</p>
<p>Die ukrainische Armee hat im russischen Gebiet Kursk erstmals Soldaten aus Nordkorea lebend \
gefangen genommen. Präsident Wolodymyr Selenskyj teilte am Samstag mit, die [[zwei]] Männer \
seien verwundet und würden in Kiew vom Geheimdienst SBU befragt. Er bot an, sie nach Nordkorea \
zurückzuschicken, sollte Pjöngjang dafür ukrainische Kriegsgefangene aus Russland freibekommen.</p>
<p>Südkoreas Geheimdienst NIS bestätigte die Gefangennahme am Montag. Nach seiner Einschätzung \
sind seit Beginn der Kämpfe [[rund 300]] Nordkoreaner gefallen und [[etwa 2.700]] verwundet \
worden. Die Soldaten würden offenbar angehalten, sich lieber selbst zu töten, als in \
Gefangenschaft zu geraten, hieß es in Seoul.</p>
<p>Kiew nennt deutlich höhere Zahlen. Anfang Januar hatte Selenskyj von [[rund 3.800]] toten \
und verwundeten Nordkoreanern gesprochen. Ein Pentagon-Sprecher hatte die Verluste Mitte \
Dezember dagegen noch mit &bdquo;[[mehreren hundert]]&ldquo; angegeben. Insgesamt soll Kim Jong \
Un [[mehr als 11.000]] Soldaten nach Russland geschickt haben. Der Kreml schweigt zu alldem.</p>
<h2>&bdquo;Sie kamen in Wellen&ldquo;</h2>
<p>In der Zentralklinik Bad Berka bei Weimar werden seit dem Herbst verletzte Soldaten aus der \
Ukraine behandelt, derzeit sind es elf. Einer von ihnen, ein 34 Jahre alter Unteroffizier aus \
Sumy, war bis kurz vor Weihnachten im Gebiet Kursk eingesetzt. Die Nordkoreaner seien in Wellen \
über offenes Feld gelaufen, ohne Deckung, erzählt er. Seinen Namen möchte er nicht nennen.</p>
<p>Der Drohnenforscher Martin Kühnel von der TU Ilmenau wertet Videos und Berichte von der \
Front aus. Er schätzt, dass derzeit [[zwischen 8.000 und 9.000]] Nordkoreaner unmittelbar an \
der Front im Einsatz sind. &bdquo;Die lernen schnell, gerade im Umgang mit Drohnen&ldquo;, sagt \
Kühnel. Die Ukraine verliere jeden Monat mehrere tausend Drohnen allein durch Störsender.</p>
</main>
<footer>&copy; 2025 Radio Saaletal GmbH &middot; Studio Rudolstadt &middot; Hörertelefon \
03672 4890-0 &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "<title> (metadata) restating Zelensky's Saturday figure: captured", opt=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Selenskyj:': his Saturday statement (Saturday to publication), number word: "
          "captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'teilte am Samstag mit': captured and wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'am Montag' (the publication day), 'Nach seiner Einschätzung': dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same assessment: wounded"),
        C("rund 3.800", 3800, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar' (days 1-10): dead and wounded"),
        C("mehreren hundert", None, "vague", "casualties", "united_states",
          "2024-12-11..2024-12-20",
          "a Pentagon spokesman 'Mitte Dezember' (days 11-20) in „…“: losses"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "unattributed", "pub",
          "background 'soll … geschickt haben' without a source (reporter framing): optional",
          opt=True),
        C("zwischen 8.000 und 9.000", None, "range", "near_front", "other", "pub",
          "TU Ilmenau drone researcher (other) 'Er schätzt', no date: at the front"),
    ),
)

M03 = Source(
    article_id="m03_waldviertler_rundschau_rueckzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-19"),
    dated_by="front_matter", crlf=True,
    features="Waldviertel regional paper in Markdown, ISO-8859-1 with CRLF (straight quotes only), "
        "front matter with `date:` (Wednesday), Austrian conventions ('Jänner', 'Feber', 'heuer'); "
        "the SSO spokesman 'am Montag' with two figures in Konjunktiv ('ursprünglich' sent; "
        "casualties); Zelensky 'am Samstag' in Munich (`bis zu`, planned); the NIS 'als Ersatz' "
        "(increment) dated 'vergangene Woche' at the end of the sentence; the NIS 'Mitte Jänner'; "
        "the Pentagon 'am Freitag' in \"…\"; an Allentsteig colonel's 'deutlich mehr als' 'heuer' "
        "(other, `pub`); the training area's size, soldiers trained a year, refugees in the "
        "district, euros, age",
    text="""\
---
title: "Nordkoreaner von der Front abgezogen: Was steckt dahinter?"
date: 2025-02-19
ressort: Welt
autorin: Theresa Hollerer
---

# Nordkoreas Soldaten ziehen sich aus Kursk zurück

**Seit Anfang Feber sind die Truppen aus Pjöngjang an der Front kaum mehr zu sehen. Ein Offizier \
vom Truppenübungsplatz Allentsteig erklärt, warum das keine Entwarnung ist.**

Zwettl/Kiew. Über Wochen griffen sie in dichten Gruppen an, jetzt sind sie verschwunden: \
Nordkoreas Soldaten sind nach ukrainischen Angaben seit rund drei Wochen nicht mehr an der Front \
im russischen Gebiet Kursk zu sehen. Das bestätigte am Montag Oberst Olexandr Kindratenko, \
Sprecher der ukrainischen Spezialkräfte. Der Grund seien die schweren Verluste. Von ursprünglich \
[[rund 11.000]] Mann seien [[mehr als 4.000]] getötet oder verwundet worden, sagte er.

Präsident Wolodymyr Selenskyj hatte am Samstag auf der Münchner Sicherheitskonferenz gewarnt, \
Pjöngjang könne Moskau auf Dauer [[bis zu 150.000]] Mann zur Verfügung stellen. Europa müsse sich \
darauf einstellen.

## Seoul: Ersatz ist schon unterwegs

Der südkoreanische Nachrichtendienst NIS hält den Abzug für vorübergehend. Nordkorea habe seit \
Jahresbeginn [[rund 1.500]] Soldaten als Ersatz nach Russland verlegt, hieß es nach einer Sitzung \
des Geheimdienstausschusses in Seoul vergangene Woche. Noch Mitte Jänner hatte der NIS die Zahl \
der gefallenen Nordkoreaner mit [[rund 300]] angegeben, inzwischen dürfte sie deutlich höher \
liegen.

Washington äußert sich vorsichtiger. Ein Pentagon-Sprecher sagte am Freitag, man könne einen \
vollständigen Rückzug nicht bestätigen. Nach US-Erkenntnissen hielten sich weiterhin "[[einige \
tausend]]" Nordkoreaner in der Region Kursk auf.

## "Die kommen wieder"

Oberst Reinhard Gschwandtner kennt das Gelände, auf dem Österreichs Soldaten den Ernstfall üben. \
Der Truppenübungsplatz Allentsteig ist mit 157 Quadratkilometern der größte des Landes, jedes Jahr \
trainieren dort rund 30.000 Soldatinnen und Soldaten. "Eine Truppe, die so viele Verluste hat, \
muss sich neu aufstellen. Das heißt nicht, dass sie weg ist", sagt der 56-Jährige.

Gschwandtner geht davon aus, dass Nordkorea heuer wieder Truppen in die Kämpfe schickt, und zwar \
mit [[deutlich mehr als 10.000]] Mann. Die Erfahrung, die Pjöngjangs Armee gerade sammle, sei für \
das Regime mehr wert als jede Summe Geld.

Im Bezirk Zwettl sind derzeit 212 Vertriebene aus der Ukraine gemeldet. Die Gemeinden bekommen pro \
Person und Tag 25 Euro vom Land.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "mon",
          "SSO spokesman 'am Montag', Konjunktiv carried to 'sagte er': 'ursprünglich' sent"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "mon",
          "same sentence: killed or wounded"),
        C("bis zu 150.000", 150000, "at_most", "planned", "ukraine", "sat",
          "Zelensky 'am Samstag' at the Munich conference: could provide (planned)"),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS, 'als Ersatz' (increment), dated by 'vergangene Woche' at the end of the "
          "sentence: moved to Russia", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "'Noch Mitte Jänner' (days 11-20) the NIS: dead"),
        C("einige tausend", None, "vague", "near_front", "united_states", "fri",
          "Pentagon spokesman 'am Freitag', next sentence 'Nach US-Erkenntnissen' in \"…\": "
          "still in the Kursk region"),
        C("deutlich mehr als 10.000", 10000, "at_least", "planned", "other", "pub",
          "Allentsteig colonel (Bundesheer: other) 'geht davon aus … heuer', no date: will send"),
    ),
)

M04 = Source(
    article_id="m04_toggenburger_bote_eingestaendnis",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "Toggenburger Bote", "https://www.toggenburger-bote.example/ausland/kursk-eingestaendnis",
        "Moskau und Pjöngjang geben den Einsatz in Kursk erstmals zu",
    ),
    features="Toggenburg paper's foreign page as plain text, windows-1252 with CRLF (sidecar, "
        "Tuesday), Swiss conventions (`15'000`, `10'000`, `20'000 bis 25'000`, «…» and ‹…›, no ß); "
        "Gerasimov 'Am Samstag' and KCNA 'Am Montag' without figures; the NIS with three figures "
        "(sent, casualties, 'die Zahl der Toten' as a breakdown), the source named only at the end "
        "of the paragraph ('So sieht es … der Anfang April … unterrichtete'); Zelensky 'am "
        "Montagabend'; a State Department spokesman 'am Montag' `bis zu 3000 weitere` (increment); "
        "Rutte 'im März … damals' (nato); a Wattwil former NNSC officer's range (other, `pub`); "
        "Swiss officers in Panmunjom, his age and years of service, francs, the Korean War's end",
    text="""\
Ausland

Moskau und Pjöngjang geben den Einsatz in Kursk erstmals zu

Monatelang haben beide Regierungen geschwiegen, nun feiern sie die «Befreiung» von Kursk \
gemeinsam. Ein Wattwiler, der einst an der innerkoreanischen Grenze Dienst tat, ordnet ein.

Reto Bösch

Ein halbes Jahr nach den ersten Berichten über nordkoreanische Soldaten in Russland haben Moskau \
und Pjöngjang deren Einsatz offiziell bestätigt. Am Samstag lobte der russische Generalstabschef \
Waleri Gerassimow vor laufender Kamera den «Heldenmut» der Verbündeten, die bei der Rückeroberung \
des Gebiets Kursk geholfen hätten. Pjöngjang folgte am Montag: Kim Jong Un persönlich habe den \
Marschbefehl gegeben, verbreitete die staatliche Nachrichtenagentur KCNA. Zahlen nannten beide \
nicht.

Umso genauer verfolgen andere Regierungen das Geschehen. Bisher soll Pjöngjang [[rund 15'000]] \
Soldaten nach Russland geschickt haben. [[Etwa 4700]] der Männer seien seither gefallen oder \
verletzt worden, die Zahl der Toten liege bei [[rund 600]]. So sieht es der südkoreanische \
Nachrichtendienst NIS, der Anfang April Parlamentarier in Seoul unterrichtete.

Der ukrainische Präsident Wolodymyr Selenskyj sprach am Montagabend von «Kanonenfutter», das \
Russland verheize. Im Raum Kursk stünden weiterhin [[mehrere tausend]] Nordkoreaner, sagte er in \
seiner Videobotschaft. Auch in der angrenzenden ukrainischen Region Sumy seien sie inzwischen \
aufgetaucht.

In Washington sprach ein Sprecher des Aussenministeriums am Montag von einer «gefährlichen \
Ausweitung» des Krieges. Pjöngjang bereite nach amerikanischen Erkenntnissen die Verlegung von \
[[bis zu 3000]] weiteren Soldaten vor. Die Nato hatte sich schon früher festgelegt: \
Generalsekretär Mark Rutte sagte im März, auf russischer Seite kämpften [[mehr als 10'000]] \
Nordkoreaner, so die Einschätzung des Bündnisses damals.

«Sie haben nichts zu verlieren»

Hansruedi Looser aus Wattwil kennt die nordkoreanische Armee aus nächster Nähe. Der heute \
71-Jährige war in den Neunzigerjahren zwei Jahre lang als Offizier der Neutralen \
Überwachungskommission in Panmunjom stationiert, wo bis heute fünf Schweizer Offiziere den \
Waffenstillstand von 1953 überwachen. «Die Soldaten dort sind hart gedrillt, aber sie haben nie \
einen echten Krieg erlebt», sagt er. «In Kursk holen sie das nach, zu einem furchtbaren Preis. Die \
Propaganda nennt das dann ‹Heldentum›.»

Looser glaubt nicht, dass Pjöngjang nach dem Eingeständnis bremst. «Ich wäre nicht überrascht, \
wenn Pjöngjang bis zum Jahreswechsel [[20'000 bis 25'000]] Mann nach Russland verlegt hätte», sagt \
er. Das Regime erhalte dafür Geld, Öl und Technik, nach Schätzungen aus Seoul mehrere hundert \
Millionen Franken im Jahr.

Der Bund finanziert die Schweizer Delegation in Panmunjom mit rund 1,7 Millionen Franken jährlich. \
Ein Abzug stehe nicht zur Debatte, heisst es beim Departement für Verteidigung in Bern.
""",
    claims=(
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "'soll … geschickt haben', the source named only at the end of the paragraph ('So "
          "sieht es … NIS, der Anfang April … unterrichtete', days 1-10): sent"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "same NIS briefing, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "'die Zahl der Toten liege bei' (a breakdown of the casualties, no increment)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' in his video address: still in the Kursk area"),
        C("bis zu 3000", 3000, "at_most", "planned", "united_states", "mon",
          "State Department spokesman 'am Montag', next sentence 'nach amerikanischen "
          "Erkenntnissen': 'weiteren' (increment), preparing to move", add=True),
        C("mehr als 10'000", 10000, "at_least", "near_front", "nato", "2025-03-01..2025-03-31",
          "Rutte 'im März' ('so die Einschätzung des Bündnisses damals'): fighting on Russia's "
          "side"),
        C("20'000 bis 25'000", None, "range", "planned", "other", "pub",
          "Wattwil former NNSC officer (other) in «…», no date: expected to be moved to Russia "
          "by the turn of the year"),
    ),
)

M05 = Source(
    article_id="m05_reservemagazin_lehren_kursk_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-07-08"), dated_by="sidecar",
    sidecar=(
        "Reserve & Gesellschaft. Magazin des Reservistenbundes", "",
        "Was die Bundeswehr von Kims Soldaten lernen kann",
    ),
    features="German reservists' association magazine in Markdown (front matter without a date, "
        "sidecar without url, Tuesday), an analysis piece with sub-headings and a fact box; Shoigu "
        "'Am 17. Juni' (an explicit date) with a total and two parts ('davon', 'die übrigen'), all "
        "planned; the NIS 'im Juni' ('Nach einer Einschätzung, die … vorlegte'); HUR chief Budanov "
        "'vergangene Woche' range 'zusätzliche' (increment); a senior NATO officer 'Ende Juni' at "
        "a Brussels meeting (nato, vague casualties); a reserve officer's 'gut 2.000' (approx, "
        "other, `pub`); reserve strength targets, members, training days, drones, kilometres, "
        "euros",
    text="""\
---
title: "Was die Bundeswehr von Kims Soldaten lernen kann"
rubrik: Sicherheitspolitik
autor: Oberstleutnant d.R. Dr. Frank Mertens
ausgabe: 4/2025
---

# Lehrgeld in Kursk

*Nordkoreas Armee hat im Krieg gegen die Ukraine einen hohen Preis bezahlt und dabei schneller \
gelernt, als viele erwartet hatten. Eine Analyse aus unserer Arbeitsgemeinschaft \
Sicherheitspolitik.*

Als im Herbst die ersten Berichte über nordkoreanische Soldaten in Russland auftauchten, war der \
Spott im Westen groß: schlecht ausgerüstet, ohne Kampferfahrung, in Reihe über offene Felder \
laufend. Ein Dreivierteljahr später sieht das Bild anders aus. Die Truppe aus Pjöngjang hat sich \
an Drohnen angepasst, kämpft in kleineren Gruppen und hat Moskau geholfen, das Gebiet Kursk \
zurückzuerobern.

## Der Preis

Für diese Lernkurve haben Kims Soldaten mit ihrem Leben bezahlt. Nach einer Einschätzung, die der \
südkoreanische Nachrichtendienst NIS im Juni den Abgeordneten in Seoul vorlegte, stehen derzeit \
[[etwa 11.000]] nordkoreanische Soldaten in Russland. Ein hochrangiger Nato-Offizier sprach Ende \
Juni am Rande einer Tagung in Brüssel von „[[mehreren tausend]]“ Toten und Verwundeten; genauer \
wollte er nicht werden.

Der Autor dieser Analyse hält nach Auswertung offener Quellen [[gut 2.000]] Gefallene für \
realistisch. Das wäre, gemessen an der Größe des Kontingents, eine Verlustrate, wie sie westliche \
Armeen seit Jahrzehnten nicht mehr erlebt haben.

## Die nächste Welle

Pjöngjang schickt trotzdem weiter Personal. Am 17. Juni kündigte Sergej Schoigu, der Sekretär des \
russischen Sicherheitsrats, nach einem Besuch bei Kim an, Nordkorea werde [[6000]] Soldaten für \
den Wiederaufbau des Gebiets Kursk bereitstellen. Davon sollen [[1000]] Pioniere Minen räumen, die \
übrigen [[5000]] zerstörte Straßen, Brücken und Häuser wieder aufbauen.

Kiew erwartet mehr. Der Chef des ukrainischen Militärgeheimdienstes HUR, Kyrylo Budanow, sagte \
vergangene Woche, Nordkorea könne in den kommenden Monaten [[25.000 bis 30.000]] zusätzliche \
Soldaten nach Russland schicken. Moskau werde sie dann womöglich auch in der Ukraine selbst \
einsetzen.

## Was folgt daraus?

Drei Lehren drängen sich auf. Erstens: Eine Armee, die Verluste hinnimmt, kann in wenigen Monaten \
sehr viel lernen. Zweitens: Ohne eigene Drohnenabwehr auf Zugebene ist jede Infanterie verloren; \
die Ukraine setzt inzwischen nach eigenen Angaben mehr als 200.000 Drohnen im Monat ein. Drittens: \
Reserve ist kein Nebenthema.

> **Zum Vergleich:** Die Bundeswehr soll bis 2029 auf 260.000 aktive Soldaten und 200.000 \
Reservisten anwachsen. Der Reservistenbund zählt rund 110.000 Mitglieder; 2024 leisteten sie \
zusammen mehr als 600.000 Reservistendiensttage.

Wer mitdiskutieren will: Die AG Sicherheitspolitik trifft sich am 20. September in Bonn, Teilnahme \
für Mitglieder kostenlos, Reisekosten bis 150 Euro werden erstattet.
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-30",
          "the NIS 'im Juni' ('Nach einer Einschätzung, die … vorlegte'): in Russia"),
        C("mehreren tausend", None, "vague", "casualties", "nato", "2025-06-21..2025-06-30",
          "a senior NATO officer 'Ende Juni' (days 21-30) in „…“: dead and wounded"),
        C("gut 2.000", 2000, "approx", "casualties", "other", "pub",
          "the author, a reserve officer and analyst (other), no date: dead"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni' (an explicit date): will provide for reconstruction"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'Davon sollen' (a breakdown, no increment): sappers"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'die übrigen' (a breakdown, no increment): builders"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "lastweek",
          "HUR chief Budanov 'vergangene Woche': 'zusätzliche' (increment), could send",
          add=True),
    ),
)

M06 = Source(
    article_id="m06_stadtportal_heidelberg_vortrag_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-17"),
    dated_by="html_meta",
    features="Heidelberg city portal's event preview in HTML, windows-1252 (`<meta "
        "charset=windows-1252>`, `article:published_time` with +02:00, a dataLayer script, a "
        "cookie notice, header, navigation, an event box with time, room, fee, phone and course "
        "number, a footer; raw „…“, `€` and entities `&ndash;`, `&amp;`); `<meta "
        "name=\"description\">` figure (optional); headline 'Seoul:' from lawmakers' briefing 'am "
        "vergangenen Donnerstag' (Thursday to publication); the NIS 'schätzt' dated by the next "
        "sentence, Konjunktiv carrying it to the total and 'hinzu kämen' builders (increment); "
        "Kyiv's General Staff 'im Sommer' (a season: June-August); Washington 'im Frühjahr' „…“ "
        "(March-May); a Heidelberg political scientist 'rechnet damit' `weitere 6000` (increment, "
        "other, `pub`); Korean students, former US garrison, 1953, fees, street number, room, "
        "phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Vortrag: Nordkoreas Soldaten im Ukraine-Krieg | Heidelberg erleben</title>
<meta name="description" content="Seoul schätzt, dass [[rund 2000]] nordkoreanische Soldaten \
gefallen sind. Die Politologin Hye-jin Kang spricht darüber in der VHS.">
<meta property="article:published_time" content="2025-09-17T09:30:00+02:00">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({bereich:"stadtleben",id:"va-20931"});</script>
<script src="/js/termine.min.js" defer></script>
</head>
<body>
<div id="cookiehinweis">Dieses Portal nutzt notwendige Cookies und – mit Ihrer Zustimmung – eine \
anonyme Reichweitenmessung. <button>Einverstanden</button> <button>Auswahl anpassen</button></div>
<header><a href="/">Heidelberg erleben</a> · Das Stadtportal</header>
<nav>Aktuelles | Veranstaltungen | Rathaus &amp; Service | Kultur | Wissenschaft | Stadtteile</nav>
<main><article>
<p class="rubrik">Wissenschaft &amp; Gesellschaft</p>
<h1>Seoul: [[2000]] Nordkoreaner in Russland gefallen &ndash; Heidelberger Expertin ordnet ein</h1>
<p class="lead">Was treibt Kim Jong Un an der Seite Putins an? Die Politologin Hye-jin Kang \
spricht kommende Woche an der Volkshochschule über Nordkoreas Soldaten im Krieg gegen die \
Ukraine.</p>
<p>Der Krieg gegen die Ukraine fordert auch von Nordkorea einen hohen Blutzoll. Der südkoreanische \
Geheimdienst NIS schätzt, dass bei den Kämpfen [[rund 2000]] nordkoreanische Soldaten ums Leben \
gekommen sind. Das berichteten Abgeordnete in Seoul am vergangenen Donnerstag nach einer \
nichtöffentlichen Sitzung. Insgesamt habe Pjöngjang [[etwa 13.000]] Soldaten entsandt; hinzu kämen \
[[rund 5000]] Militärbauarbeiter, die seit dem Sommer in Russland eingetroffen seien.</p>
<p>Kiew hält diese Zahlen für zu niedrig. Der ukrainische Generalstab bezifferte die Verluste der \
Nordkoreaner im Sommer auf [[mehr als 6000]] Tote und Verwundete. Washington hatte die Zahl der \
Gefallenen im Frühjahr noch auf „[[etwa 1000]]“ geschätzt.</p>
<h2>„Ein Lehrstück für Pjöngjang“</h2>
<p>Hye-jin Kang forscht am Institut für Politische Wissenschaft der Universität Heidelberg zu den \
Beziehungen zwischen Nordkorea und Russland. Im Gespräch mit dem Stadtportal nannte sie den \
Einsatz „ein Lehrstück“ für das Regime: Dessen Armee sammle Kampferfahrung, die ihr seit 1953 \
fehlte. Kang rechnet damit, dass Kim bis zum Jahresende [[weitere 6000]] Mann schickt, „vor allem \
Pioniere und Drohnenspezialisten“.</p>
<p>An der Universität Heidelberg sind derzeit rund 120 Studierende aus Südkorea eingeschrieben. \
Bis 2013 war die Stadt zudem Standort der US-Armee, zeitweise lebten mehr als 16.000 \
Amerikanerinnen und Amerikaner hier.</p>
<div class="termin"><strong>Termin:</strong> Donnerstag, 25. September 2025, 19.30 Uhr, VHS \
Heidelberg, Raum 203. Eintritt 8 €, ermäßigt 5 €. Anmeldung unter Telefon 06221 4471-20, \
Kursnummer 252-1104.</div>
</article></main>
<footer>© 2025 Heidelberg erleben · Impressum · Datenschutz · Barrierefreiheit</footer>
</body>
</html>
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "<meta name=description> (metadata) restating the NIS figure of Thursday's briefing",
          opt=True),
        C("2000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure from lawmakers' briefing 'am vergangenen "
          "Donnerstag' (six days before, to publication): dead"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'schätzt', dated by the next sentence ('am vergangenen Donnerstag' in a "
          "Wednesday article): dead"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, Konjunktiv 'habe … entsandt': sent in all"),
        C("rund 5000", 5000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, 'hinzu kämen' builders arrived in Russia (increment)", add=True),
        C("mehr als 6000", 6000, "at_least", "casualties", "ukraine", "2025-06-01..2025-08-31",
          "Ukraine's General Staff 'im Sommer' (a season: June-August): dead and wounded"),
        C("etwa 1000", 1000, "approx", "casualties", "united_states", "2025-03-01..2025-05-31",
          "'Washington' 'im Frühjahr' (a season: March-May) in „…“: dead"),
        C("weitere 6000", 6000, "exact", "planned", "other", "pub",
          "Heidelberg political scientist (other) 'rechnet damit' in a talk with the portal, "
          "undated: 'weitere' (increment), will send", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bhutan, Gibraltar, US, Azerbaijan, Papua New Guinea, Lesotho)
# ---------------------------------------------------------------------------------------------

M07 = Source(
    article_id="m07_druk_chronicle_first_dead_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Bhutanese English-language paper in HTML (`article:published_time` with +06:00, a "
        "top bar with the date and a raw `°C`, a consent strip, navigation, an ad script, a footer "
        "with a PO box and phone; entities `&rsquo;`, `&ldquo;`, `&rdquo;`, `&mdash;`); `<title>` "
        "figure (optional); headline 'Seoul says' from the NIS figure relayed by a lawmaker 'on "
        "Tuesday' (Tuesday to publication); the lawmaker 'relayed … assessment' with three "
        "figures, 'He said' carrying it; a senior US military official 'A day earlier' (Monday); "
        "HUR 'on Sunday' `at least 30`; a former Royal Bhutan Army officer's `thousands` (other, "
        "`pub`); Bhutanese workers in Korea, ngultrum, army size, altitude, age",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul says [[at least 100]] North Korean soldiers killed in Russia | The Druk \
Chronicle</title>
<meta property="article:published_time" content="2024-12-18T10:15:00+06:00">
<meta property="og:site_name" content="The Druk Chronicle">
<script async src="https://ads.drukchronicle.example/serve.js?zone=world-top"></script>
</head>
<body>
<div class="topbar">Wednesday, 18 December 2024 &middot; Thimphu 4°C &middot; E-paper</div>
<div class="consent">We use cookies to understand how our readers use this site. <a \
href="/privacy">Read more</a> <button>OK</button></div>
<nav>Home | Nation | Business | Dzongkhags | World | Sports | Opinion</nav>
<main>
<h1>Seoul says [[at least 100]] North Korean soldiers killed in first battles for Russia</h1>
<p class="byline">Tshering Yangzom | Thimphu</p>
<p>North Korea&rsquo;s army has lost its first soldiers in the fighting for Moscow, Seoul&rsquo;s \
intelligence service believes &mdash; barely two months after Pyongyang began shipping troops to \
its ally.</p>
<p>Lawmaker Lee Seong-kweun, who sits on parliament&rsquo;s intelligence committee, relayed the \
National Intelligence Service&rsquo;s assessment to reporters on Tuesday: [[at least 100]] North \
Korean soldiers had been killed and [[close to 1,000]] wounded in fighting in Russia&rsquo;s Kursk \
region. He said the agency believed the North had sent [[about 11,000]] troops in all, some of \
whom had been thrown into frontline assaults with little cover.</p>
<p>A day earlier, a senior US military official in Washington said the North Koreans had already \
taken &ldquo;[[several hundred]]&rdquo; casualties, dead and wounded combined. Kyiv&rsquo;s \
military intelligence agency, HUR, said on Sunday that clashes near three villages over the \
weekend had left [[at least 30]] North Korean soldiers dead or injured.</p>
<p>Moscow has never acknowledged their presence, and Pyongyang&rsquo;s state media have been \
silent.</p>
<h2>&lsquo;A very young army at war&rsquo;</h2>
<p>Karma Wangchuk, a former Royal Bhutan Army major who now lectures on international affairs at a \
college in Thimphu, said the losses were no surprise. &ldquo;These are conscripts with no \
experience of drones or modern artillery. I expect their casualties to run into the [[thousands]] \
by spring,&rdquo; he told The Druk Chronicle.</p>
<p>The news is followed closely here. About 2,300 Bhutanese are currently employed in South Korea \
under a government labour scheme, most of them in factories and on farms, and their remittances \
brought home more than Nu 1.1 billion last year, according to the labour ministry.</p>
<p>North Korea&rsquo;s armed forces are estimated at about 1.2 million active personnel, making \
them one of the largest militaries in the world.</p>
</main>
<footer>&copy; 2024 The Druk Chronicle &middot; Post Box 1147, Thimphu &middot; Tel. +975 2 33 40 \
88</footer>
</body>
</html>
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue..pub",
          "<title> (metadata) restating the NIS figure relayed on Tuesday", opt=True),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS figure relayed by a lawmaker 'on Tuesday' (Tuesday to "
          "publication): killed"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "lawmaker relaying the NIS assessment 'on Tuesday' (south_korea): killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "tue",
          "same sentence: wounded ('close to' like 'nearly': approx)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "'He said the agency believed' (carried): sent in all"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "a senior US military official 'A day earlier' (than Tuesday: Monday) in “…”"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'said on Sunday': killed or injured over the weekend"),
        C("thousands", None, "vague", "casualties", "other", "pub",
          "former Royal Bhutan Army major (other) in “…”, no date: casualties by spring"),
    ),
)

M08 = Source(
    article_id="m08_rock_herald_return_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-12"), dated_by="sidecar",
    sidecar=(
        "The Rock Herald", "https://www.rockherald.example/world/2025/03/12/kim-sends-more-troops",
        "Kim sends 3,000 more troops to Russia, says Seoul",
    ),
    features="Gibraltar daily's world page as plain text in UTF-16 LE with BOM (sidecar, "
        "Wednesday), British spelling and single quotes ‘…’; headline 'says Seoul' `3,000 more` "
        "(increment, span without the word) from the JCS 'on Thursday' (Thursday to publication); "
        "the JCS 'additional' (increment) and its losses 'By the JCS's reckoning'; HUR 'On Friday' "
        "with the source after the figure ('it said'); the Associated Press citing a US defence "
        "official 'last week' (X citing Y: united_states); the UK defence secretary 'on Monday' (a "
        "third government: other); tankers shadowed, a regiment's strength, population, pounds, "
        "nautical miles",
    text="""\
WORLD

Kim sends [[3,000]] more troops to Russia, says Seoul

North Korean units back in action in Kursk after a month-long lull, Ukraine reports

By Daniel Ferrary

Over the first two months of the year Pyongyang moved [[around 3,000]] additional soldiers into \
Russia, the Joint Chiefs of Staff in Seoul said on Thursday, replacing men killed or wounded in \
the battle for the Kursk region. By the JCS's reckoning, the North's losses so far amount to \
[[roughly 4,000]] dead and injured.

The North Korean units had been pulled back from the front line in early February after weeks of \
costly assaults across open ground. On Friday, Ukraine's military intelligence agency said they \
were back. [[Some 8,000]] North Korean soldiers were again taking part in the fighting in Kursk, \
now moving in smaller groups and relying more on drones, it said.

Washington has been more cautious. A US defence official, speaking to the Associated Press last \
week on condition of anonymity, said ‘[[a few thousand]]’ had returned to combat but that the \
Pentagon could not say how many were still fit to fight.

In London, the Defence Secretary, John Healey, told the House of Commons on Monday that North \
Korea had by now lost ‘[[well over 4,000]]’ men in a war ‘that has nothing to do with them’. He \
announced a further £1.6 billion contract for air-defence missiles for Ukraine, to be built in \
Belfast.

Shadow fleet in the Strait

The war has been felt closer to home. Since January the Royal Navy's Gibraltar Squadron has \
shadowed 31 tankers linked to Russia's so-called shadow fleet as they passed through the Strait, \
the Ministry of Defence said last week. Several sailed within three nautical miles of Europa \
Point.

Bunkering firms in Gibraltar are barred from serving vessels under sanctions, and the Government \
said no such ship had refuelled in British Gibraltar Territorial Waters this year. Around 34,000 \
people live on the Rock.

The Royal Gibraltar Regiment, with some 350 regular soldiers and reservists, helped train \
Ukrainian recruits in England last summer, a spokesman confirmed. Two of its instructors are due \
to return to the programme in April.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'says Seoul': the JCS figure of the lead ('on Thursday', to publication): "
          "'more' (increment, span without the word)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the JCS 'said on Thursday' after the figure: 'additional' moved into Russia "
          "(increment)",
          add=True),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'By the JCS's reckoning' (carried from Thursday): dead and injured"),
        C("Some 8,000", 8000, "approx", "near_front", "ukraine", "fri",
          "HUR 'On Friday', the source repeated after the figure ('it said'): fighting in Kursk"),
        C("a few thousand", None, "vague", "near_front", "united_states", "lastweek",
          "the Associated Press citing a US defence official 'last week' (X citing Y: "
          "united_states) in ‘…’: returned to combat"),
        C("well over 4,000", 4000, "at_least", "casualties", "other", "mon",
          "UK Defence Secretary 'on Monday' (a third government: other) in ‘…’: lost"),
    ),
)

M09 = Source(
    article_id="m09_willamette_public_radio_veterans_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-05-21"),
    dated_by="front_matter",
    features="Oregon public radio station's website in Markdown, UTF-8 with BOM, front matter with "
        "`date:` (Wednesday), dateline 'SALEM —'; Korean War veterans' voices; the reporter's "
        "framing 'admitted … it had sent thousands' without a source (optional); the NIS 'At the "
        "end of April' with a breakdown 'of them deaths'; HUR 'in early May'; Rubio 'On Tuesday' "
        "in \"…\"; Rutte 'last week' (nato, vague); a Portland State historian's range (other, "
        "`pub`); US Korean War dead, ages, years, beds, Korean Americans in Oregon, dollars, miles",
    text="""\
---
title: "'They sent them to die': Oregon Korean War veterans watch North Korea fight for Russia"
date: 2025-05-21
station: Willamette Public Radio
program: Morning Edition
tags: [veterans, north korea, ukraine, salem]
---

# 'They sent them to die': Oregon Korean War veterans watch North Korea fight for Russia

By Marisa Delgado-Kim

SALEM — Harold Lindqvist was 19 when his ship reached Incheon in 1950. Now 94, he follows the news \
from a recliner at the Oregon Veterans' Home in Lebanon, and lately the news has brought back the \
enemy of his youth.

"I never thought I'd see their army go to war again," Lindqvist said. "And for the Russians, of \
all people."

North Korea admitted only last month that it had sent [[thousands]] of troops to help Russia drive \
Ukrainian forces out of the Kursk region. How many of them have been killed is disputed. At the \
end of April, South Korea's intelligence service counted [[roughly 4,700]] casualties, [[about \
600]] of them deaths. Ukraine's defense intelligence agency said in early May that the toll was \
considerably higher, with [[more than 5,000]] North Koreans killed or wounded.

On Tuesday, Secretary of State Marco Rubio told a Senate committee that North Korea had "[[at \
least 11,000]]" soldiers in Russia and was being paid with oil, cash and military technology. NATO \
Secretary General Mark Rutte said last week that [[thousands]] of North Koreans were still \
fighting alongside Russian troops.

## "Boys, really"

Eun-ha Baek, who teaches Korean history at Portland State University, thinks the published numbers \
understate the losses. "My guess is [[between 6,000 and 7,000]] killed or wounded by now," she \
said in an interview. "These are boys, really, who have spent ten years in uniform without ever \
seeing a drone."

Nearly 37,000 Americans died in the Korean War, among them more than 280 Oregonians. The state's \
Korean War veterans are now in their 90s; the veterans' home in Lebanon has 154 beds, and only a \
handful of its residents served in Korea.

Don Akiyama, 92, of Keizer, drives 20 miles each month to the Korean War memorial in Wilsonville, \
where the names of the Oregon dead are engraved. "We held a line so the South could grow up free," \
he said. "Those kids in Kursk are holding a line for nobody."

About 30,000 Korean Americans live in Oregon, according to census estimates. A Korean church in \
Beaverton collected $12,000 this spring for Ukrainian refugees.
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "reporter's framing of North Korea's admission ('had sent thousands'), no source for "
          "the figure: optional", opt=True),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'At the end of April' (days 21-30): casualties"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same count, 'of them deaths' (a breakdown, no increment)"),
        C("more than 5,000", 5000, "at_least", "casualties", "ukraine", "2025-05-01..2025-05-10",
          "HUR 'in early May' (days 1-10): killed or wounded"),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "Rubio 'On Tuesday' before a Senate committee, in \"…\": in Russia"),
        C("thousands", None, "vague", "near_front", "nato", "lastweek",
          "Rutte 'said last week': still fighting"),
        C("between 6,000 and 7,000", None, "range", "casualties", "other", "pub",
          "Portland State historian (other) 'she said in an interview', undated: killed or "
          "wounded"),
    ),
)

M10 = Source(
    article_id="m10_caspian_observer_shoigu_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-06-25"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Caspian Observer", "https://caspianobserver.example/region/2025/06/25/dprk-sappers-kursk",
        "Russia to bring 6,000 North Korean sappers and builders to Kursk",
    ),
    features="Baku English-language outlet in HTML, ISO-8859-1 with CRLF (`<meta "
        "charset=iso-8859-1>`, no meta date: sidecar, Wednesday; an ad-config script, a cookie "
        "bar, navigation, a dek, a footer with `©`; entities `&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&mdash;`); `<title>` figure (optional); headline from Shoigu's 'on June 17' figure (June "
        "17 to publication); Shoigu with a breakdown 'of them'; the NIS 'last week' carried by 'By "
        "the agency's estimate' (two figures); Budanov 'In an interview that appeared on Monday' "
        "('estimated … at'); a Baku analyst's `20,000 or more` (at_least, other, `pub`); an "
        "airliner crash's dead, trade in dollars, peacekeepers withdrawn, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Russia to bring [[6,000]] North Korean sappers and builders to Kursk | Caspian \
Observer</title>
<meta property="og:type" content="article">
<script>var coAds={section:"region",tags:["russia","dprk","kursk"],slots:["top","mpu"]};</script>
</head>
<body>
<div class="cookie-bar">This website stores cookies on your device. <a href="/cookies">Cookie \
policy</a> <button>Got it</button></div>
<nav>Azerbaijan | Region | Energy | Economy | World | Opinion | Video</nav>
<main>
<h1>Russia to bring [[6,000]] North Korean sappers and builders to Kursk</h1>
<p class="dek">Moscow&rsquo;s growing reliance on Pyongyang comes as ties between Baku and Moscow \
sink to a low</p>
<p class="author">By Leyla Hasanova</p>
<p>North Korea will send [[6,000]] military personnel to Russia&rsquo;s Kursk region to clear \
mines and rebuild what the fighting destroyed, Sergei Shoigu announced after meeting Kim Jong Un \
in Pyongyang on June 17. Of them, [[1,000]] would be sappers, said Shoigu, who heads \
Russia&rsquo;s Security Council.</p>
<p>It was the first time Moscow had put a figure on any North Korean deployment. Seoul&rsquo;s \
National Intelligence Service said last week that the first of the new contingent could leave as \
early as July. By the agency&rsquo;s estimate, [[roughly 11,000]] North Korean soldiers remain in \
Russia, with [[several thousand]] of them still deployed in Kursk.</p>
<p>In an interview that appeared on Monday, Ukraine&rsquo;s spy chief Kyrylo Budanov estimated the \
North&rsquo;s losses so far at [[about 5,000]] killed or wounded. Pyongyang, he added, was \
learning &ldquo;faster than anyone expected.&rdquo;</p>
<h2>Baku watches closely</h2>
<p>The news reached Baku at an awkward moment. Relations with Moscow have been strained since \
December, when an Azerbaijan Airlines jet crashed near Aktau after being hit over Russia; 38 of \
the 67 people on board died, and President Ilham Aliyev has yet to receive the apology he \
demanded. Trade between the two countries was worth about $4.8 billion last year.</p>
<p>Elnur Mammadli, a Baku-based analyst who follows Russia&rsquo;s armed forces, said \
Moscow&rsquo;s need for Pyongyang&rsquo;s help showed how stretched its army had become. \
&ldquo;Don&rsquo;t be surprised if there are [[20,000 or more]] North Koreans in Russia by New \
Year, builders and soldiers together,&rdquo; he said.</p>
<p>Russia pulled its roughly 2,000 peacekeepers out of Karabakh last year, ahead of schedule.</p>
</main>
<footer>© 2025 Caspian Observer &mdash; Baku &middot; <a href="/about">About</a> &middot; <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "<title> (metadata) restating Shoigu's figure", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: Shoigu's figure of the lead (June 17 to publication): to be brought"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'announced … on June 17' (an explicit date, source after the figure): will "
          "send"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'Of them' (a breakdown, no increment): sappers"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'said last week', carried by 'By the agency's estimate': remain in Russia"),
        C("several thousand", None, "vague", "near_front", "south_korea", "lastweek",
          "same estimate: deployed in Kursk"),
        C("about 5,000", 5000, "approx", "casualties", "ukraine", "mon",
          "Budanov 'In an interview that appeared on Monday', 'estimated … at': killed or "
          "wounded"),
        C("20,000 or more", 20000, "at_least", "planned", "other", "pub",
          "Baku analyst (other) in “…”, no date: expected in Russia by year's end ('or more': "
          "at_least)"),
    ),
)

M11 = Source(
    article_id="m11_moresby_times_parade_veterans",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-10-15"),
    dated_by="dateline",
    features="Papua New Guinea daily's world page as plain text, ISO-8859-1 with straight quotes "
        "and a closing `©` line (no sidecar, no metadata), dated by the dateline 'PORT MORESBY, 15 "
        "October 2025' (Wednesday); headline 'Seoul puts … at' from a lawmaker's Monday figure "
        "(Monday to publication); state television showing parading veterans 'on Friday' "
        "(returnees: optional); Kim 'the evening before' the Friday parade (Thursday) via KCNA in "
        "'…' (north_korea, in combat); a lawmaker relaying the NIS 'on Monday', 'According to the "
        "agency' carrying builders 'on top of' (increment) and the earlier combat troops; HUR 'in "
        "September'; a UPNG political scientist's 'closer to 6,000' (approx, other, `pub`); a "
        "defence treaty's ceiling, PNG Defence Force size, kina, years, an anniversary",
    text="""\
WORLD NEWS

Kim parades Kursk veterans as Seoul puts North's dead at [[2,000]]

PORT MORESBY, 15 October 2025 - North Korea made the troops it lent to Russia the stars of its \
largest military parade in years, while South Korea's intelligence service raised its count of \
those who never came home.

State television showed [[several hundred]] veterans of what Pyongyang calls the "Kursk liberation \
operation" marching through Kim Il Sung Square on Friday, at a parade for the 80th anniversary of \
the ruling Workers' Party. Chinese Premier Li Qiang and Russia's former president Dmitry Medvedev \
watched from the tribune.

Speaking the evening before, leader Kim Jong Un praised the '[[thousands]] of heroic fighters' who \
had battled 'on foreign soil for justice', according to the official Korean Central News Agency. \
He promised a museum and a memorial in the capital for those who fell.

In Seoul, opposition lawmaker Park Sun-won said on Monday, after a closed-door briefing, that the \
National Intelligence Service now believed [[about 2,000]] North Korean soldiers had died in the \
fighting. According to the agency, Pyongyang has also dispatched [[some 5,000]] military engineers \
and construction troops since the summer, on top of the [[roughly 13,000]] combat soldiers it sent \
earlier.

Ukraine's defence intelligence agency said in September that [[about 11,000]] North Korean \
soldiers were still stationed in the Kursk region, mostly in defensive positions and on \
mine-clearing duty.

Dr Jacob Wari, a political scientist at the University of Papua New Guinea, said the official \
figures were likely to be an undercount. "If you add the wounded, the toll is probably [[closer to \
6,000]]. And Pyongyang is sending men in return for technology it cannot get anywhere else," he \
said.

The parade came days after Prime Minister James Marape and Australia's Anthony Albanese signed the \
Pukpuk mutual defence treaty in Canberra. Under the treaty, up to 10,000 Papua New Guineans could \
eventually be recruited into the Australian Defence Force. The PNG Defence Force has about 4,000 \
personnel.

Government officials in Waigani said the treaty would also bring K300 million in new barracks and \
training facilities over the next ten years. PNG celebrated 50 years of independence on 16 \
September.

© 2025 The Moresby Times. All rights reserved.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul puts … at': the NIS figure relayed on Monday (Monday to "
          "publication): dead"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "state television showing veterans marching 'on Friday' (returnees at a parade: "
          "optional, labelled in_russia as before)", opt=True),
        C("thousands", None, "vague", "near_front", "north_korea", "thu",
          "Kim 'the evening before' the Friday parade (Thursday), via KCNA in '…': fighters who "
          "battled on foreign soil"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "lawmaker relaying the NIS 'on Monday' after a closed-door briefing: died"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "mon",
          "'According to the agency' (carried): dispatched 'on top of' (increment)", add=True),
        C("roughly 13,000", 13000, "approx", "in_russia", "south_korea", "mon",
          "same sentence: the combat soldiers sent earlier (the base, no increment)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-09-01..2025-09-30",
          "HUR 'said in September': stationed in the Kursk region"),
        C("closer to 6,000", 6000, "approx", "casualties", "other", "pub",
          "UPNG political scientist (other) in \"…\", no date: dead and wounded"),
    ),
)

M12 = Source(
    article_id="m12_mountain_mirror_year_on_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-20"), dated_by="sidecar",
    crlf=True,
    sidecar=(
        "The Mountain Mirror", "https://www.mountainmirror.example/world/a-year-on-kims-soldiers",
        "A year on, Kim's soldiers are still in Russia",
    ),
    features="Lesotho weekly in Markdown, windows-1252 with CRLF (typographic quotes, `–`), front "
        "matter without a date (sidecar, Thursday); a look back recalling older figures with their "
        "months ('in October last year', 'By December … was saying', 'In September'); the weekly's "
        "own sum 'the Mirror arrives at' (unattributed, required, range); HUR 'This month' fresh "
        "soldiers 'to replace' (increment); Rutte 'on Monday' (nato); state media 'last week' "
        "'more' engineers (north_korea, vague increment); a National University of Lesotho "
        "lecturer's 'at most' (other, `pub`); Lesotho's army, tariffs in per cent, textile jobs, "
        "maloti, years",
    text="""\
---
title: "A year on, Kim’s soldiers are still in Russia"
section: World
author: Teboho Mofokeng
---

# A year on, Kim’s soldiers are still in Russia

*North Korea is rotating troops through the Kursk region and sending more engineers. We look back \
at how the numbers grew – and what they mean for a small country far away.*

When South Korea’s spy agency first reported in October last year that [[1,500]] North Korean \
special forces had been shipped to Russia’s Far East, many in the West doubted that Pyongyang \
would ever let its soldiers fight.

They did. By December, Ukraine’s President Volodymyr Zelensky was saying that [[3,000]] North \
Koreans had been killed or wounded in the Kursk region, a figure Seoul considered too high at the \
time. In September, the South Korean intelligence service itself said [[about 2,000]] had died.

Adding up the figures Seoul has published over the past year, the Mirror arrives at [[between \
15,000 and 18,000]] North Koreans, soldiers and workers together, sent to Russia since October \
2024.

## A new rotation

The deployment is not winding down. This month, Ukraine’s military intelligence agency reported \
that Pyongyang had begun rotating its troops, sending [[about 6,000]] fresh soldiers to replace \
men who had gone home. NATO Secretary General Mark Rutte said on Monday that [[more than 10,000]] \
North Koreans remained on Russian soil.

Pyongyang no longer hides any of this. Its state media said last week that Kim Jong Un had sent \
[[several thousand]] more engineers to Kursk “at the request of our Russian comrades”.

## Why it matters here

Dr Palesa Mokoena, who lectures on international relations at the National University of Lesotho \
in Roma, expects the rotation to keep “[[at most 10,000]]” North Koreans in Russia at any one time \
from now on. “Small states should watch closely,” she said. “When big powers trade soldiers for \
technology, the rules that protect countries like ours get weaker.”

Lesotho has its own worries. The Lesotho Defence Force, with about 2,000 soldiers, is one of the \
smallest armies in the region, and the 50 percent tariff Washington threatened in April has \
already cost the textile industry an estimated 12,000 jobs. Exports of garments fell by M1.2 \
billion in the first nine months of the year.

Lesotho has had diplomatic relations with both Koreas since the 1990s.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "the NIS 'in October last year': shipped to the Far East"),
        C("3,000", 3000, "exact", "casualties", "ukraine", "2024-12-01..2024-12-31",
          "Zelensky 'By December … was saying' (the month): killed or wounded"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'In September': died"),
        C("between 15,000 and 18,000", None, "range", "in_russia", "unattributed", "pub",
          "the weekly's own sum of Seoul's figures ('the Mirror arrives at'): unattributed, "
          "required; sent"),
        C("about 6,000", 6000, "approx", "in_russia", "ukraine", "2025-11-01..pub",
          "HUR 'This month' (the 1st to publication): 'to replace' (increment), sent",
          add=True),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'said on Monday': remained on Russian soil"),
        C("several thousand", None, "vague", "in_russia", "north_korea", "lastweek",
          "state media 'said last week': 'more' engineers sent to Kursk (increment)", add=True),
        C("at most 10,000", 10000, "at_most", "planned", "other", "pub",
          "National University of Lesotho lecturer (other) in “…”, no date: expected to be kept "
          "in Russia"),
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
