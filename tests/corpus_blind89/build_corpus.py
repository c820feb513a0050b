"""Build the NINETY-FIRST hand-labelled corpus, the 89th blind set (`python build_corpus.py`).

A corpus for an honest measurement on articles the extractor has never met, written in
session 12 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a weekly from Dahn in
the Palatinate forest near Pirmasens, a local radio station's web text from the Harlingerland
(Wittmund), a community weekly from the Leiblachtal in Vorarlberg, a lakeside paper from Arbon
on Lake Constance (Thurgau), a tanners' guild magazine and a Mittweida student radio; a daily
from Norseman in the Western Australian goldfields, the island page of North Ronaldsay, an Iowa
farm paper, an English-language outlet in Šiauliai, a news page from Pentecost island in
Vanuatu and a newsletter from Bubaque in the Bijagós islands off Guinea-Bissau. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind89_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="n01_dahn_felsenbote_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="weekly from Dahn (Palatinate forest, near Pirmasens) in HTML "
        "(`article:published_time` with +01:00, an ad script with a slot size, a cookie banner "
        "of its own wording with a partner count, local navigation, an issue line, an imprint "
        "with phone number); `<title>` figure (optional); headline 'Pentagon:' from the deputy "
        "press secretary 'am Montag' (Monday to publication); her range `11.000 bis 12.000` "
        "(in Russia); Zelensky 'am Dienstagabend' in `&bdquo;…&ldquo;`; HUR 'schon Ende "
        "Oktober' with 'unter ihnen etwa 500' officers (breakdown); a Seoul lawmaker 'Vergangene "
        "Woche' in Konjunktiv; a retired Bundeswehr officer from Busenberg (other, `pub`) "
        "'bis zum Frühjahr Zehntausende' (planned); the Kremlin without a figure; US depot "
        "staff, inhabitants, service years, age, lecture date and time",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon: [[10.000]] Nordkoreaner bei Kursk | Felsenland-Bote Dahn</title>
<meta property="og:site_name" content="Felsenland-Bote">
<meta property="article:published_time" content="2024-11-07T06:30:00+01:00">
<meta name="author" content="Redaktion Dahn">
<script>var flb_ad={slot:"rect_300x250",zone:"dahn-welt",ausgabe:45};</script>
</head>
<body>
<div class="cookie-hinweis">Unser Wochenblatt lebt von Anzeigen und vom Vertrauen seiner Leser. \
Dürfen wir und 58 Partner dafür Cookies setzen? <button>Meinetwegen</button> <button>Lieber \
ohne</button> <button>Erst mal lesen</button></div>
<nav><a href="/">Start</a> · <a href="/dahn">Dahn</a> · <a href="/hauenstein">Hauenstein</a> · <a \
href="/busenberg">Busenberg</a> · <a href="/welt">Welt &amp; Region</a> · <a \
href="/termine">Termine</a></nav>
<article>
<h1>Pentagon: [[Rund 10.000]] Nordkoreaner im Gebiet Kursk</h1>
<p class="unterzeile">Der Krieg in der Ukraine bekommt neue Kämpfer. Ein früherer Offizier aus \
Busenberg erklärt, warum das auch die Südwestpfalz betrifft.</p>
<p class="ausgabe">Donnerstag, 7. November 2024 · Ausgabe 45/2024</p>
<p>Die Zahl der nordkoreanischen Soldaten in der russischen Grenzregion Kursk ist nach \
amerikanischer Einschätzung deutlich gestiegen. [[Etwa 10.000]] Mann seien inzwischen dort, \
erklärte Sabrina Singh, die stellvertretende Sprecherin des US-Verteidigungsministeriums, am \
Montag in Washington. Insgesamt habe Pjöngjang [[11.000 bis 12.000]] Soldaten nach Russland \
geschickt.</p>
<p>Wolodymyr Selenskyj nannte am Dienstagabend eine ähnliche Größenordnung. In seiner täglichen \
Videobotschaft sprach der ukrainische Präsident von &bdquo;[[11.000]] Soldaten aus \
Nordkorea&ldquo;, die sich bereits in der Region Kursk befänden. Erste Gefechte mit ukrainischen \
Einheiten habe es schon gegeben.</p>
<p>Kiews Militärgeheimdienst hatte schon Ende Oktober eine genaue Aufstellung vorgelegt. Demnach \
wurden in Lagern im russischen Fernen Osten [[rund 12.000]] Nordkoreaner ausgebildet, unter ihnen \
[[etwa 500]] Offiziere. Die Männer hätten russische Uniformen und Papiere aus Burjatien erhalten, \
hieß es aus Kiew.</p>
<p>In Seoul berichtete der Abgeordnete Park Sun-won nach einer Sitzung des \
Geheimdienstausschusses, ein Teil der Truppe sei womöglich schon in Kämpfe verwickelt. Vergangene \
Woche hatte er von [[mehr als 3.000]] Nordkoreanern gesprochen, die bereits in Richtung Front \
unterwegs seien. Der Kreml schweigt zu alldem; Sprecher Dmitri Peskow verwies am Mittwoch \
lediglich auf den Beistandspakt, den Moskau und Pjöngjang im Juni geschlossen haben.</p>
<h2>„Kim fehlt Geld, Putin fehlt Infanterie“</h2>
<p>Oberstleutnant a.&nbsp;D. Helmut Kessler aus Busenberg hat 31 Jahre bei der Bundeswehr gedient, \
zuletzt im Stab in Koblenz. Für ihn ist die Entsendung ein Wendepunkt des Krieges. „Putin gehen \
die Leute aus, und Kim braucht Devisen und Kampferfahrung“, sagt der 68-Jährige. Er hält es für \
wahrscheinlich, dass Moskau bis zum Frühjahr [[Zehntausende]] Nordkoreaner an die Front holt.</p>
<p>Auch vor der Haustür spüre man den Krieg, meint Kessler. Im US-Depot auf der Husterhöh in \
Pirmasens arbeiten nach Angaben der Stadt rund 700 Zivilbeschäftigte, in Ramstein werden \
Hilfslieferungen für die Ukraine umgeschlagen. Dahn selbst zählt knapp 4.600 Einwohner.</p>
<p>Kessler spricht am Freitag, 15. November, um 19.30 Uhr im Haus des Gastes über „Russlands neue \
Verbündete“. Der Eintritt ist frei, um eine Spende für die Tafel wird gebeten.</p>
</article>
<footer>© 2024 Felsenland-Bote Verlags-GmbH · Schulstraße 12 · 66994 Dahn · Telefon 06391 918 40-0 \
· <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) restating the Pentagon's Monday figure", opt=True),
        C("Rund 10.000", 10000, "approx", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:' from the lead's Monday statement to publication: in Kursk"),
        C("Etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "figure first, deputy press secretary named after it 'am Montag': in Kursk"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same speaker, Konjunktiv, 'Insgesamt … nach Russland geschickt'"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstagabend' in entity quotes: in the Kursk region"),
        C("rund 12.000", 12000, "approx", "in_russia", "ukraine", "2024-10-21..2024-10-31",
          "Kyiv's military intelligence 'schon Ende Oktober', 'Demnach': trained in camps"),
        C("etwa 500", 500, "approx", "in_russia", "ukraine", "2024-10-21..2024-10-31",
          "'unter ihnen' officers (a breakdown of those trained)"),
        C("mehr als 3.000", 3000, "at_least", "near_front", "south_korea", "lastweek",
          "Seoul lawmaker after the intelligence committee, 'Vergangene Woche': toward the front"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "retired Bundeswehr officer 'hält es für wahrscheinlich' (present tense, no date)"),
    ),
)

N02 = Source(
    article_id="n02_harlingerland_radio_gefangene",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-15"), crlf=True,
    dated_by="sidecar",
    sidecar=(
        "Radio Harlingerland",
        "https://www.radio-harlingerland.example/nachrichten/welt/nordkorea-verluste-kursk-2025",
        "Seoul: Rund 3.000 nordkoreanische Soldaten tot oder verwundet",
    ),
    features="Wittmund (Harlingerland) local radio's web text as plain text, UTF-16 LE with BOM "
        "and CRLF (sidecar, Wednesday), a section line with date and time; headline 'Seoul:' "
        "from the NIS figures of Monday's briefing (Monday to publication); 'etwa 300 … gefallen, "
        "rund 2.700 weitere wurden verwundet' (others, not an increment); 'Von den rund 11.000' "
        "in Konjunktiv; Zelensky 'Am Samstag' with the number word `zwei`; 'Anfang des Monats' "
        "`knapp 4.000`; 'Aus Washington hieß es Ende Dezember'; an Oldenburg political scientist "
        "'im Gespräch mit unserem Sender' (other, `pub`, range); German air force personnel at "
        "Wittmundhafen, fractions, age, frequency, airtimes, phone number",
    text="""\
Nachrichten | Welt | Mittwoch, 15.01.2025, 7:20 Uhr

Seoul: [[Rund 3.000]] nordkoreanische Soldaten tot oder verwundet

Gefangene, Gefallene, Verwundete: Im russischen Gebiet Kursk zahlen die Soldaten aus Nordkorea \
offenbar einen hohen Preis. Unsere Nachrichtenredaktion fasst zusammen, was bekannt ist, und warum \
man auch am Fliegerhorst Wittmundhafen genau hinschaut.

Südkoreas Geheimdienst NIS schätzt die Verluste inzwischen deutlich höher ein als noch vor einigen \
Wochen. Abgeordnete, die am Montag in Seoul hinter verschlossenen Türen unterrichtet wurden, gaben \
die Einschätzung anschließend an Journalisten weiter: Demnach sind [[etwa 300]] Nordkoreaner \
gefallen, [[rund 2.700]] weitere wurden verwundet. Von den [[rund 11.000]] Soldaten, die Pjöngjang \
seit Oktober an Russland überstellt habe, sei damit mehr als ein Viertel ausgefallen.

Die Abgeordneten berichteten außerdem, nordkoreanische Soldaten hätten sich nach Erkenntnissen des \
Dienstes lieber selbst getötet, als sich gefangen nehmen zu lassen. Moskau schicke die Männer \
offenbar ohne ausreichende Vorbereitung gegen ukrainische Drohnen ins Feuer.

Am Samstag hatte der ukrainische Präsident Wolodymyr Selenskyj die Gefangennahme von [[zwei]] \
Nordkoreanern bekanntgegeben. Beide Männer hätten Verletzungen erlitten, derzeit vernehme sie der \
Inlandsgeheimdienst SBU in Kiew. Einer von ihnen, ein 20-Jähriger, habe ausgesagt, man habe ihm \
erzählt, er fahre zu einer Übung. Selenskyj bot an, die Männer gegen ukrainische Kriegsgefangene \
auszutauschen. Anfang des Monats hatte der Präsident die Zahl der getöteten und verwundeten \
Nordkoreaner mit [[knapp 4.000]] angegeben.

Aus Washington hieß es Ende Dezember, allein innerhalb einer Woche seien [[mehr als 1.000]] \
Nordkoreaner getötet oder verwundet worden. Die US-Regierung sprach von „sinnlosen Sturmangriffen“ \
über offenes Gelände.

Der Politikwissenschaftler Jan Feddersen von der Universität Oldenburg hält die Zahlen aus Seoul \
eher für zu niedrig. „Ich gehe davon aus, dass die tatsächlichen Verluste bei [[4.000 bis 5.000]] \
liegen“, sagte er im Gespräch mit unserem Sender. Kim nehme das in Kauf, weil Russland mit Geld, \
Öl und Militärtechnik bezahle.

Am Fliegerhorst Wittmundhafen verfolgt man die Entwicklung aufmerksam. Das dort stationierte \
Taktische Luftwaffengeschwader 71 „Richthofen“ schickt regelmäßig Eurofighter zur \
Luftraumüberwachung ins Baltikum. Rund 1.600 Soldatinnen, Soldaten und Zivilbeschäftigte arbeiten \
am Standort. Ein Sprecher wollte die Lage in Kursk auf Nachfrage nicht kommentieren.

Mehr dazu in unseren Nachrichten um 12 und um 17 Uhr auf UKW 96,4 und im Livestream. Hinweise an \
die Redaktion: 04462 94 77-0.
""",
    claims=(
        C("Rund 3.000", 3000, "approx", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:' (the NIS total of dead and wounded) from Monday to publication"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS via lawmakers briefed 'am Montag', 'Demnach': fallen"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "'weitere wurden verwundet' = others of the same count, not an increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, Konjunktiv 'überstellt habe'"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured (number word)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang des Monats' (days 1-10): killed and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "'Aus Washington hieß es Ende Dezember' (days 21-31)"),
        C("4.000 bis 5.000", None, "range", "casualties", "other", "pub",
          "Oldenburg political scientist 'im Gespräch mit unserem Sender', undated"),
    ),
)

N03 = Source(
    article_id="n03_leiblachtal_wochenbote_rueckzug",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-06"),
    dated_by="dateline",
    features="Austrian community weekly from the Leiblachtal (Vorarlberg) as plain text in "
        "ISO-8859-1 with straight quotes and hyphens, a masthead with four villages and an issue "
        "number, dateline 'Hörbranz, 06.02.2025 -' (Thursday); 'Jänner', 'Feber', 'heuer'; a "
        "Ukrainian special forces spokesman 'am Mittwoch' with the figure before the attribution "
        "(`bis zu 5.000`, at_most, near the front); Zelensky 'am Wochenende' (Saturday-Sunday); "
        "NIS 'im Jänner' with three figures in one sentence (`2.700` exact); a US State "
        "Department official 'am Dienstag' 'heuer noch Tausende zusätzliche' (vague planned "
        "increment); a Bundesheer colonel at a lecture 'am vergangenen Freitag' (other, range); "
        "Russia's ambassador in Vienna without a figure; visitors, donations in euros, refugees, "
        "fractions, next issue date, phone number",
    text="""\
LEIBLACHTALER WOCHENBOTE
Hörbranz | Hohenweiler | Lochau | Möggers - Ausgabe 6/2025

Kursk: Nordkoreas Soldaten verschwinden von der Front

Hörbranz, 06.02.2025 - Seit Mitte Jänner sind die Soldaten aus Nordkorea an der Front im \
russischen Gebiet Kursk kaum mehr zu sehen. In Kiew glaubt man, dass Moskau die Einheiten nach \
schweren Verlusten abgezogen hat. Was dahintersteckt, hat ein Offizier aus Bregenz beim \
Vortragsabend im Pfarrheim erklärt.

Seit rund drei Wochen hätten ukrainische Aufklärer keine nordkoreanischen Verbände mehr in den \
Gefechtsgebieten gesichtet. Zuvor seien im Abschnitt um Sudscha zeitweise [[bis zu 5.000]] \
Nordkoreaner gleichzeitig im Einsatz gewesen, sagte ein Sprecher der ukrainischen Spezialkräfte am \
Mittwoch. Ihr Verschwinden sei vermutlich eine Folge der hohen Ausfälle, meinte er.

Über das Ausmaß dieser Verluste kursieren sehr unterschiedliche Zahlen. Präsident Wolodymyr \
Selenskyj bezifferte sie am Wochenende auf "[[mehr als 4.000]]" Tote und Verletzte. Der \
südkoreanische Geheimdienst NIS war im Jänner von [[rund 300]] Gefallenen und [[2.700]] \
Verwundeten unter den [[etwa 11.000]] entsandten Soldaten ausgegangen. Folgt man Selenskyj, wäre \
mehr als ein Drittel der Truppe nicht mehr einsatzfähig.

In Washington rechnet man nicht damit, dass Pjöngjang aufgibt. Ein ranghoher Beamter des \
US-Außenministeriums sagte am Dienstag, Nordkorea könnte heuer noch [[Tausende]] zusätzliche \
Soldaten schicken, um die Lücken zu füllen. Moskau schweigt dazu weiter. Der russische Botschafter \
in Wien hatte bei einem Pressegespräch Ende Jänner nur gemeint, über "angebliche Truppen" gebe es \
nichts zu sagen.

"Das kann man in keinem Manöver lernen"

Rund 80 Besucherinnen und Besucher kamen am vergangenen Freitag zum Vortragsabend des \
Kameradschaftsbundes ins Pfarrheim Hörbranz. Oberst Martin Feuerstein vom Militärkommando \
Vorarlberg ging davon aus, dass Russland die Nordkoreaner jetzt neu ausbildet und im Frühjahr \
wieder einsetzt, "dann vielleicht mit [[15.000 bis 20.000]] Mann", wie er sagte. Die Soldaten \
hätten gelernt, sich gegen Drohnen zu schützen: "Das kann man in keinem Manöver lernen, und genau \
das nimmt Kim mit nach Hause."

Die Spenden des Abends, 1.240 Euro, gehen an die ukrainische Partnergemeinde der Pfarre. In den \
vier Leiblachtaler Gemeinden leben derzeit 52 Menschen, die vor dem Krieg aus der Ukraine geflohen \
sind. Einige von ihnen waren beim Vortrag dabei und erzählten von ihren Angehörigen, die nahe der \
russischen Grenze ausharren.

Heuer im Feber plant der Kameradschaftsbund noch eine Fahrt zum Heeresgeschichtlichen Museum nach \
Wien, Anmeldung im Gemeindeamt.

Nächste Ausgabe: 13.02.2025 | Redaktionsschluss Montag, 12 Uhr | Tel. 05573 820 45
""",
    claims=(
        C("bis zu 5.000", 5000, "at_most", "near_front", "ukraine", "wed",
          "figure first, special forces spokesman named after it 'am Mittwoch': in action"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "2025-02-01..2025-02-02",
          "Zelensky 'am Wochenende' (the weekend before the Thursday issue): dead and injured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'im Jänner' (month window): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: 'entsandten Soldaten'"),
        C("Tausende", None, "vague", "planned", "united_states", "tue",
          "State Department official 'am Dienstag': 'könnte heuer noch … zusätzliche'",
          add=True),
        C("15.000 bis 20.000", None, "range", "planned", "other", "fri",
          "Bundesheer colonel at the lecture 'am vergangenen Freitag' (an Austrian officer: "
          "other): could be deployed again in spring"),
    ),
)

N04 = Source(
    article_id="n04_arboner_seeblatt_bestaetigung_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-29"), crlf=True,
    dated_by="sidecar",
    sidecar=(
        "Arboner Seeblatt",
        "https://www.arboner-seeblatt.example/welt/pjoengjang-bestaetigt-kampfeinsatz-ld.4417",
        "Pjöngjang bestätigt erstmals Kampfeinsatz in Russland",
    ),
    features="Thurgau lakeside paper (Arbon) in Markdown, windows-1252 with CRLF, front matter "
        "without a date (sidecar, Tuesday): `ss`, «», `15'000`, `11'000`, 4-digit `3000`/"
        "`4000`/`6000`; bold lead 'Südkorea geht von gegen 15'000 aus' (hedge `gegen`) from the "
        "JCS figure the body dates 'Ende März'; KCNA 'am Montagmorgen' and Gerasimov 'Zwei Tage "
        "zuvor' without figures; the JCS with 'rund 3000 weitere' (increment), 'Insgesamt seien "
        "es damit' (new total) and 'wovon etwa 4000' (casualties); Zelensky 'am Samstag'; the "
        "US State Department 'am Montag'; a St. Gallen political scientist 'schätzt sie' (other, "
        "`pub`, range); a Korean snack bar at the harbour: years, prices in francs, guests, age, "
        "sanctions listings, ferry timetable",
    text="""\
---
titel: "Pjöngjang bestätigt erstmals Kampfeinsatz in Russland"
ressort: Welt
autorin: Nadja Brunschwiler
---

# Pjöngjang bestätigt erstmals Kampfeinsatz in Russland

**Nach Monaten des Schweigens räumt Nordkorea ein, was Seoul, Kiew und Washington seit dem Herbst \
sagen: Kim Jong Uns Soldaten kämpfen für Russland. Wie viele es sind, verrät das Regime nicht. \
Südkorea geht von [[gegen 15'000]] aus.**

Die Meldung kam am Montagmorgen über die staatliche Nachrichtenagentur KCNA. Die Zentrale \
Militärkommission der Arbeiterpartei teilte mit, Truppen der Volksarmee seien, von Kim Jong Un \
persönlich befohlen, bei der «Befreiung» der Region Kursk dabei gewesen. Für die gefallenen \
«Helden» werde in Pjöngjang ein Denkmal errichtet. Zahlen nannte die Agentur keine.

Zwei Tage zuvor hatte Russlands Generalstabschef Waleri Gerassimow die Soldaten aus Nordkorea in \
Moskau öffentlich gelobt. Sie hätten beim Zurückdrängen der ukrainischen Truppen «Mut und \
Standhaftigkeit» bewiesen.

## Seoul zählt mit

In Seoul hatte der Generalstab bereits Ende März mitgeteilt, Nordkorea habe zu Jahresbeginn [[rund \
3000]] weitere Soldaten nach Russland gebracht. Insgesamt seien es damit [[gegen 15'000]], wovon \
[[etwa 4000]] getötet oder verwundet worden seien. Die Ukraine nennt höhere Verlustzahlen: \
Präsident Wolodimir Selenski sagte am Samstag in einer Videoansprache, im Gebiet Kursk seien \
«[[mehr als 6000]]» Nordkoreaner gefallen oder verwundet worden.

Das amerikanische Aussenministerium begrüsste am Montag, dass Moskau und Pjöngjang «endlich offen \
reden». Nordkorea habe «[[über 11'000]]» Soldaten entsandt und dafür Raketentechnik und Devisen \
erhalten, sagte ein Sprecher.

Die St. Galler Politologin Ursina Frick, die an der Universität St. Gallen zu Ostasien forscht, \
hält die Zahlen aus Seoul für glaubwürdig. Derzeit dürften noch [[3000 bis 5000]] Nordkoreaner in \
der Region Kursk stehen, schätzt sie. «Kim verkauft Soldaten, wie andere Länder Rohstoffe \
verkaufen.»

## Am Hafen wird mitdiskutiert

Am Fischmarktplatz betreibt Ji-Hye Keller seit elf Jahren einen kleinen Imbiss mit koreanischen \
Gerichten. Die gebürtige Südkoreanerin ist mit einem Arboner verheiratet und verfolgt die \
Nachrichten aus der alten Heimat genau. «Viele dieser Soldaten sind kaum zwanzig. Ihre Eltern \
wissen nicht einmal, wo sie sind», sagt die 46-Jährige. Ihr Bibimbap kostet 18 Franken 50; am \
sonnigen Samstag kamen über 200 Gäste.

Für die Thurgauer Wirtschaft ist Nordkorea bedeutungslos. Das Seco führt auf seiner Sanktionsliste \
über 100 nordkoreanische Personen und Firmen. Die Fähre nach Friedrichshafen fährt ab Mai wieder \
im Stundentakt.
""",
    claims=(
        C("gegen 15'000", 15000, "approx", "in_russia", "south_korea", "2025-03-21..pub",
          "bold lead 'Südkorea geht von … aus': the JCS total the body dates 'Ende März', to "
          "publication"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "JCS 'bereits Ende März' (days 21-31): 'weitere … nach Russland gebracht'", add=True),
        C("gegen 15'000", 15000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "same statement, 'Insgesamt seien es damit' (a new total, not an increment)"),
        C("etwa 4000", 4000, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "same sentence, 'wovon … getötet oder verwundet'"),
        C("mehr als 6000", 6000, "at_least", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' in «»: fallen or wounded"),
        C("über 11'000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department 'am Montag', spokesman named after the figure: sent"),
        C("3000 bis 5000", None, "range", "near_front", "other", "pub",
          "St. Gallen political scientist 'schätzt sie' (present, no date): in the Kursk region"),
    ),
)

N05 = Source(
    article_id="n05_gerberblatt_stiefel_sanktionen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-28"),
    dated_by="front_matter",
    features="tanners' guild magazine column in Markdown, UTF-8 with BOM, front matter with "
        "`date:`, an issue and a rubric, a title without a figure; an italic deck without a "
        "figure; Shoigu 'Mitte Juni' in Pyongyang `6000 weitere` (planned increment) with "
        "`1000` mine clearers (breakdown, not additional); Ukraine's military intelligence 'Im "
        "Juli' `25.000 bis 30.000 zusätzliche` (range increment); KCNA 'am vergangenen "
        "Freitag' `elf` fallen officers honoured (north_korea, number word); the NIS 'zuletzt "
        "im April' `rund 4700`; a US official 'Anfang August' `bis zu 2000` already in Kursk; "
        "the magazine's own sum `rund 20.000` (unattributed, required, `pub`); hide prices in "
        "per cent, boots in millions, member firms, sanctions package ordinal, meeting dates, "
        "square metres",
    text="""\
---
title: "Stiefel, Sanktionen und ein ferner Krieg"
date: 2025-08-28
magazin: "Das Gerberblatt. Mitteilungen der Gerber-Innung Süddeutschland"
heft: "8/2025"
rubrik: "Blick über den Gerbbottich"
---

# Stiefel, Sanktionen und ein ferner Krieg

*Warum sich unsere Branche mit nordkoreanischen Soldaten in Russland befassen sollte. Eine \
Einordnung der Redaktion.*

Wer in diesen Wochen Rohhäute aus Osteuropa einkauft, merkt es an der Rechnung: Seit dem Frühjahr \
sind Rindshäute um 14 Prozent teurer geworden. Einer der Gründe liegt weit im Osten. Die russische \
Armee braucht Stiefel, Koppel und Handschuhe in großen Mengen; nach Branchenschätzungen hat Moskau \
für dieses Jahr rund 1,5 Millionen Paar Kampfstiefel ausgeschrieben. Für ein Paar werden gut 0,2 \
Quadratmeter Oberleder verarbeitet.

Und es sind nicht mehr nur russische Soldaten, die ausgerüstet werden wollen. Seit Herbst 2024 \
kämpfen auch Truppen aus Nordkorea auf russischer Seite. Mitte Juni reiste Russlands \
Sicherheitsratschef Sergej Schoigu nach Pjöngjang und verkündete dort, Kim Jong Un werde [[6000]] \
weitere Militärangehörige in das Gebiet Kursk schicken. [[1000]] davon sollen Minen räumen, die \
übrigen zerstörte Dörfer, Brücken und Straßen wieder aufbauen.

Im Juli legte der ukrainische Militärgeheimdienst nach: Bis zum Winter seien aus Pjöngjang \
[[25.000 bis 30.000]] zusätzliche Soldaten zu erwarten, teilte die Behörde mit und berief sich auf \
abgehörte Gespräche.

Nordkorea selbst spricht inzwischen offen über seine Toten. Die Staatsagentur KCNA meldete am \
vergangenen Freitag, Kim habe bei einer Feier in Pjöngjang [[elf]] gefallenen Offizieren posthum \
den Titel „Held der Republik“ verliehen. Südkoreas Geheimdienst hatte zuletzt im April geschätzt, \
dass [[rund 4700]] Nordkoreaner getötet oder verwundet worden seien. Ein US-Regierungsbeamter \
sagte Anfang August, von den neuen Kräften seien [[bis zu 2000]] bereits in Kursk eingetroffen.

Zählt man die bekannten Angaben zusammen, sind seit Oktober 2024 [[rund 20.000]] Soldaten, \
Minenräumer und Bautrupps aus Nordkorea nach Russland gekommen. Ein Teil von ihnen trägt Stiefel, \
deren Leder durch Zwischenhändler in Zentralasien geht.

## Was das für unsere Betriebe heißt

Für die 38 Mitgliedsbetriebe der Innung ist Russland seit dem Sanktionspaket von 2014 kein Markt \
mehr; mit dem 18. Paket hat die EU im Juli weitere Umgehungswege geschlossen. Trotzdem wirkt der \
Krieg über die Rohwarenpreise bis nach Weinheim, Backnang und Pirmasens. „Wer heute Häute kauft, \
muss fragen, wohin die andere Hälfte der Partie geht“, sagt Obermeister Karl-Heinz Bauder.

Die Mitgliederversammlung findet am 20. September in Weinheim statt, Anmeldung bitte bis zum 12. \
September in der Geschäftsstelle.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' (days 11-20) in Pyongyang: 'weitere … schicken'", add=True),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'davon sollen Minen räumen' (a breakdown, never additional)"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "Ukraine's military intelligence 'Im Juli': 'seien … zusätzliche … zu erwarten'",
          add=True),
        C("elf", 11, "exact", "casualties", "north_korea", "fri",
          "KCNA 'am vergangenen Freitag' (the Friday before the Thursday issue): fallen "
          "officers honoured (number word)"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "South Korea's intelligence service 'zuletzt im April'"),
        C("bis zu 2000", 2000, "at_most", "near_front", "united_states",
          "2025-08-01..2025-08-10",
          "US official 'Anfang August': of the new forces, already arrived in Kursk"),
        C("rund 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the magazine's own sum of known figures ('Zählt man … zusammen'), required"),
    ),
)

N06 = Source(
    article_id="n06_campusfunk_mittweida_parade_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "Campusfunk Mittweida",
        "https://www.campusfunk-mittweida.example/weltempfaenger/kims-veteranen",
        "Weltempfänger: Kims Veteranen und die Zahlen aus Seoul",
    ),
    features="Mittweida student radio's web text in HTML, ISO-8859-1 with quotes and dashes only "
        "as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), no meta date (sidecar, Wednesday), a "
        "cookie banner of its own wording, programme navigation, a frequency and airtimes; "
        "teaser 'Seoul schätzt' from the NIS figure of the body ('Anfang September' to "
        "publication); state TV showing 'Hunderte' Kursk veterans at the 10 October parade "
        "(returnees: optional); the NIS 'vorgerechnet' with a colon before the figure and 'gut "
        "15.000' (at_least); Russia's ambassador 'am Montag' to Izvestia „Tausende“ military "
        "builders in Kursk; HUR 'in der vergangenen Woche'; a Chemnitz doctoral student in "
        "Monday evening's programme (other, Monday to publication) `20.000` and 'noch einmal "
        "5.000' (increment); workers (not claims), students, anniversary ordinal, frequency",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Weltempfänger: Kims Veteranen und die Zahlen aus Seoul | Campusfunk Mittweida</title>
<meta property="og:type" content="article">
<script>var cf={sendung:"weltempfaenger",folge:212,player:"audio-stream-128k"};</script>
</head>
<body>
<div id="kekse">Wir backen Kekse nur mit deiner Erlaubnis &ndash; für Statistik und Player. \
<button>Her mit den Keksen</button> <button>Ohne Kekse weiter</button></div>
<nav><a href="/">Campusfunk</a> | <a href="/programm">Programm</a> | <a \
href="/weltempfaenger">Weltempfänger</a> | <a href="/team">Team</a> | <a \
href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Kims Veteranen auf der Parade &ndash; und die Toten, über die Pjöngjang schweigt</h1>
<p class="teaser">Nordkorea feiert seine Kursk-Kämpfer. Seoul schätzt die Zahl der Gefallenen auf \
[[rund 2.000]]. Im Weltempfänger haben wir nachgefragt, wie belastbar solche Zahlen sind.</p>
<p>Die Bilder aus Pjöngjang waren martialisch: Als die Arbeiterpartei am 10. Oktober mit einer \
Parade ihren 80. Gründungstag feierte, marschierten auch Soldaten mit, die in Russland gekämpft \
hatten. Das Staatsfernsehen zeigte [[Hunderte]] Veteranen des &bdquo;Kursk-Einsatzes&ldquo;, Kim \
Jong Un grüßte sie von der Tribüne.</p>
<p>Wie viele ihrer Kameraden nicht zurückgekommen sind, hatte Südkoreas Geheimdienst NIS Anfang \
September vorgerechnet: [[rund 2.000]]. Nach Darstellung des Dienstes hat Nordkorea seit Herbst \
2024 [[gut 15.000]] Soldaten nach Russland geschickt, dazu mehrere Tausend Arbeiter für Baustellen \
und Fabriken.</p>
<p>Aus Moskau kommen inzwischen offene Worte. Russlands Botschafter in Pjöngjang, Alexander \
Mazegora, sagte am Montag der Zeitung Iswestija, im Gebiet Kursk arbeiteten \
&bdquo;[[Tausende]]&ldquo; nordkoreanische Militärbauer an Brücken und Bahnstrecken. Kiews \
Militärgeheimdienst HUR erklärte in der vergangenen Woche, in der Region seien weiterhin [[etwa \
11.000]] Nordkoreaner stationiert, überwiegend an Raketenwerfern und als Drohnenbediener.</p>
<h2>&bdquo;Die offiziellen Zahlen sind Untergrenzen&ldquo;</h2>
<p>Im Weltempfänger am Montagabend sprach Moderatorin Lea Sommer mit Tobias Rendler, der an der TU \
Chemnitz über Sicherheitspolitik in Ostasien promoviert. &bdquo;Wenn man Rotation und Nachschub \
mitrechnet, würde ich eher von [[20.000]] Soldaten ausgehen, die insgesamt in Russland \
waren&ldquo;, sagte er. Bis Jahresende könnten nach seiner Einschätzung noch einmal [[5.000]] \
dazukommen.</p>
<p>Die ganze Sendung gibt es in der Mediathek. Der Weltempfänger läuft jeden Montag von 18 bis 19 \
Uhr auf 99,3 MHz und im Stream &ndash; gemacht von Studierenden für die rund 6.400 Studierenden \
der Hochschule.</p>
</main>
<footer>Campusfunk Mittweida e.&nbsp;V. · Technikumplatz 17 · 09648 Mittweida · Studio 03727 \
58-1099</footer>
</body>
</html>
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "teaser 'Seoul schätzt': the NIS figure the body dates 'Anfang September', to "
          "publication"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV shows veterans of the Kursk deployment at the 10 October parade "
          "(returnees)", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September vorgerechnet:' (colon before the figure): dead"),
        C("gut 15.000", 15000, "at_least", "in_russia", "south_korea",
          "2025-09-01..2025-09-10", "'Nach Darstellung des Dienstes' (carried): sent"),
        C("Tausende", None, "vague", "near_front", "russia", "mon",
          "Russia's ambassador in Pyongyang 'am Montag' to Izvestia: military builders at work "
          "in Kursk"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'in der vergangenen Woche': stationed in the region"),
        C("20.000", 20000, "exact", "in_russia", "other", "mon..pub",
          "Chemnitz doctoral student in Monday evening's programme (the show dates the quote)"),
        C("5.000", 5000, "exact", "planned", "other", "mon..pub",
          "same guest, 'noch einmal … dazukommen' (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Lithuania, Vanuatu, Guinea-Bissau)
# ---------------------------------------------------------------------------------------------

N07 = Source(
    article_id="n07_norseman_courier_first_dead_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-19"), crlf=True,
    dated_by="html_meta",
    features="Norseman (WA goldfields) daily's world page in HTML, windows-1252 with CRLF "
        "(typographic quotes raw), `article:published_time` with +08:00, a byline with "
        "'Thursday 19 December 2024', a cookie banner of its own wording, an ad script with slot "
        "sizes, local navigation, an ABN and phone number; `<title>` figure (optional); headline "
        "'Seoul says' from the NIS briefing 'on Thursday' (the publication day); standfirst "
        "'as the Pentagon speaks of' „several hundred“ (Monday to publication); 'SEOUL’s "
        "National Intelligence Service believes' with `close to 1,000` wounded; 'Of the roughly "
        "11,000 … he said'; Ryder 'on Monday'; HUR 'at the weekend'; Rutte 'last Thursday' in a "
        "Thursday article (the week before); Australia's foreign minister 'on Tuesday' (other); "
        "town population, distance, gold price an ounce, mine jobs, Russian losses a day, age",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>[[At least 100]] of Kim’s soldiers dead, Seoul says | Norseman Goldfields Courier</title>
<meta property="article:published_time" content="2024-12-19T17:40:00+08:00">
<meta property="og:site_name" content="Norseman Goldfields Courier">
<script>window.ngc={story:88213,words:610,ads:["mrec_300x250","leader_728x90"]};</script>
</head>
<body>
<div class="cookies">We use cookies the way a prospector uses a lamp: to see where we’re going. \
<button>Light the lamp</button> <button>Stay in the dark</button></div>
<nav><a href="/">Home</a> | <a href="/norseman">Norseman</a> | <a \
href="/goldfields">Goldfields</a> | <a href="/esperance">Esperance</a> | <a \
href="/world">World</a> | <a href="/footy">Footy</a></nav>
<article>
<h1>[[At least 100]] of Kim’s soldiers dead, Seoul says</h1>
<p class="standfirst">South Korea’s spies give their first count of North Korean losses in \
Russia’s Kursk region, as the Pentagon speaks of “[[several hundred]]” killed or wounded.</p>
<p class="byline">By Kerry Madigan · Thursday 19 December 2024</p>
<p>SEOUL’s National Intelligence Service believes [[at least 100]] North Korean soldiers are dead \
and [[close to 1,000]] injured after barely two weeks of combat against Ukrainian forces, South \
Korean MPs said on Thursday after a closed-door briefing.</p>
<p>Lee Seong-kweun, who sits on the intelligence committee, said the North Koreans had been sent \
across open fields and had little idea how to deal with drones. Of the [[roughly 11,000]] men \
Pyongyang has sent to Russia, he said, some had been moved into front-line units.</p>
<p>In Washington, Pentagon spokesman Major General Pat Ryder told reporters on Monday the North \
Koreans had suffered “[[several hundred]]” casualties, from light injuries to deaths. He did not \
break the figure down.</p>
<p>Ukraine’s military intelligence agency said at the weekend its drones and infantry had put [[at \
least 30]] North Koreans out of action, dead or wounded, around three villages in the Kursk \
region. NATO’s secretary-general, Mark Rutte, used a speech in Brussels last Thursday to warn that \
North Korea now had [[more than 10,000]] soldiers in Russia and was being paid with military \
technology.</p>
<p>Australia’s foreign affairs minister said in a statement on Tuesday that the presence of \
“[[thousands]] of DPRK troops” on the battlefield was a dangerous escalation, and Canberra would \
coordinate further sanctions with its partners.</p>
<h2>A long way from Kursk</h2>
<p>Norseman, a town of about 500 people some 725 kilometres east of Perth, has its own link to the \
war: gold. With the price near A$4,000 an ounce, the reopened mine now employs 320 people, and \
several of them are Ukrainians. Taras Hnatiuk, 41, has worked underground in the Goldfields for \
nine years. “My cousin is near Sumy. Every week he tells me Russia loses 1,500 men a day and still \
keeps coming,” he said.</p>
</article>
<footer>© 2024 Norseman Goldfields Courier Pty Ltd · ABN 52 611 480 237 · Phone (08) 9039 1740 · \
<a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("At least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "<title> (metadata) restating the headline", opt=True),
        C("At least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "headline 'Seoul says': the NIS briefing of the lead, Thursday = publication day"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "standfirst 'as the Pentagon speaks of': Ryder's Monday figure to publication"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'believes', MPs 'said on Thursday' after the briefing (attribution at the end)"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "the intelligence committee member ('he said', same day): sent to Russia"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'on Monday'"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "2024-12-14..2024-12-15",
          "Ukraine's military intelligence 'at the weekend': killed or wounded"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-12",
          "Rutte 'last Thursday' in a Thursday article = the week before"),
        C("thousands", None, "vague", "near_front", "other", "tue",
          "Australia's foreign minister 'on Tuesday' (a third government): on the battlefield"),
    ),
)

N08 = Source(
    article_id="n08_north_ronaldsay_page_back_in_kursk_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-20"),
    dated_by="front_matter",
    features="North Ronaldsay (Orkney) island page in Markdown, front matter with `date:` and a "
        "title figure (optional, increment); a chatty column voice; the JCS 'last week' "
        "`roughly 3,000` more (increment) and 'By the JCS count' carrying claimant and date to "
        "a new total and casualties; Syrskyi 'at the start of the month' (days 1-10); a State "
        "Department spokeswoman 'on Monday' with the hedge `north of 11,000`; a retired Royal "
        "Navy islander 'over the counter on Tuesday' `another 10,000` (other, increment); "
        "sheep, dyke miles, lighthouse height and year, flights and fares, islanders, years of "
        "service",
    text="""\
---
title: "Back in Kursk: Kim sends [[3,000]] more"
date: 2025-03-20
page: "The North Ronaldsay Peedie Page"
section: "From the wider world"
author: "Morag Tulloch"
---

# Back in Kursk: Kim sends more men to Putin's war

*A column for the island, written at the kitchen table in Hollandstoun while the wind does its \
worst.*

Most weeks this page is about the sheep dyke, the ferry and who saw what at the bird observatory. \
This week the news from further away was hard to ignore, and several of you asked about it at the \
shop, so here is what we know.

North Korea's soldiers have returned to the Kursk fighting after going quiet for most of February, \
and there are more of them. Seoul's military chiefs, the JCS, told reporters last week that \
[[roughly 3,000]] more had been packed off to Russia during January and February, on top of the \
men it sent in the autumn. By the JCS count that takes the total to [[about 14,000]], of whom \
[[some 4,000]] are thought to have been killed or wounded. The joint chiefs added that missiles \
and shells had gone north too, and plenty of both.

Ukraine's commander-in-chief, General Oleksandr Syrskyi, said at the start of the month that \
[[several thousand]] North Koreans had rejoined the assaults near Sudzha, now moving in smaller \
groups and hiding better from drones.

In Washington a State Department spokeswoman was asked about it on Monday. There are "[[north of \
11,000]]" North Korean soldiers in Russia, she said, "and they are not there for the scenery".

Our own Billy Swanney, who spent twenty-two years in the Royal Navy and some of them listening to \
other people's radio traffic, has a view, as he generally does. "As long as Moscow pays, Kim will \
keep sending," he told me over the counter on Tuesday. He reckons another [[10,000]] could go \
before the year is out.

## Meanwhile, at home

- The punding of the sheep off the foreshore starts in April. About 2,000 of them are out there \
now, and the dyke, all twelve miles of it, needs mending in three places.
- The lighthouse, at 42 metres still the tallest land-based one in Britain, turns 171 this year if \
you count from 1854.
- Loganair is keeping both daily flights to Kirkwall through the summer; the island fare stays at \
£21 each way.
- We are now 58 islanders, counting the new baby at Nouster. Welcome, wee one.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "lastweek",
          "front-matter title (metadata), 'sends … more' (increment)", add=True, opt=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "JCS 'told reporters last week': 'more had been packed off … on top of'", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "lastweek",
          "'By the JCS count that takes the total to' (a new total, not an increment)"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "lastweek",
          "same sentence, 'of whom … killed or wounded'"),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Syrskyi 'at the start of the month' (days 1-10): rejoined the assaults"),
        C("north of 11,000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokeswoman 'on Monday', quote before 'she said'"),
        C("10,000", 10000, "exact", "planned", "other", "tue..pub",
          "retired Royal Navy islander 'over the counter on Tuesday', then 'He reckons "
          "another' (present tense: Tuesday to publication)",
          add=True),
    ),
)

N09 = Source(
    article_id="n09_prairie_furrow_kursk_farmland",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-19"),
    dated_by="dateline",
    features="Iowa farm paper's world-ag story as plain text, a masthead with sections, a "
        "byline and the dateline 'DES MOINES, Iowa (June 19, 2025) —' (Thursday); headline "
        "'Russia to get 6,000 more' (increment) from Shoigu's Tuesday announcement; Shoigu "
        "'announced Tuesday' (US style, no 'on') `6,000` more, then 'According to Shoigu' "
        "`1,000` combat engineers (breakdown, not additional); 'In April, Seoul's spy agency … "
        "reckoned' two figures; Budanov 'warned in late May' „tens of thousands“ more (vague "
        "increment); the "
        "Pentagon 'earlier this month' `some 11,000` in the Kursk region; grain tonnage, wheat "
        "price a bushel, cents, export tonnage, acres, a Korean War veteran's age and years",
    text="""\
THE PRAIRIE FURROW
Markets | Machinery | Weather | World Ag

Russia to get [[6,000]] more North Korean troops for Kursk cleanup

By Dale Henningsen, World Ag Editor

DES MOINES, Iowa (June 19, 2025) — North Korea will send [[6,000]] more military personnel to \
Russia to clear mines and rebuild in the Kursk region, Sergei Shoigu, the Kremlin's top security \
official, announced Tuesday after meeting Kim Jong Un in Pyongyang.

According to Shoigu, [[1,000]] of them will be combat engineers tasked with clearing mines and \
unexploded shells, while the rest will work on roads, bridges and farm buildings damaged since \
Ukraine's incursion into the region last August.

For grain markets the story matters less for the soldiers than for the soil. Kursk lies in \
Russia's Black Earth belt and in a normal year grows about 5 million metric tons of grain, much of \
it wheat and corn that competes with U.S. exports. Fields that have been mined or cratered will \
not come back quickly, said Ann Kowalczyk, an agricultural economist at Iowa State University. \
"You can rebuild a bridge in a season. Getting a minefield back to a yield you can bank on takes \
years," she said.

The troops will add to a force that has already paid a heavy price. In April, Seoul's spy agency, \
the National Intelligence Service, reckoned the North Korean contingent sent since last fall at \
[[about 15,000]], with [[around 4,700]] of them dead or injured. Kyrylo Budanov, who heads \
Ukraine's military intelligence directorate, warned in late May that Moscow was bargaining for \
"[[tens of thousands]]" more.

The Pentagon estimated earlier this month that [[some 11,000]] North Korean troops remain in the \
Kursk region, most of them in artillery and drone units rather than on the front line itself.

Traders shrugged off the news. CBOT July wheat settled Wednesday at $5.41 a bushel, down 6 cents, \
as Russia is forecast to export about 42 million metric tons of wheat in the coming marketing \
year. Iowa growers have 9.9 million acres in soybeans this season.

Gerald Vos, 92, of Sioux Center, who served with the Army in Korea in 1952-53, said he never \
expected to read about Korean soldiers in Europe. "We thought that war would stay where it was," \
he said.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia to get … more': Shoigu's Tuesday announcement to publication",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'announced Tuesday' (named after the figure): 'will send … more'", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "'According to Shoigu, 1,000 of them' (a breakdown, never additional)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "'In April, Seoul's spy agency … reckoned': sent since last fall"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same sentence, 'of them dead or injured'"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-05-21..2025-05-31",
          "Budanov 'warned in late May' (days 21-31): bargaining for … more", add=True),
        C("some 11,000", 11000, "approx", "near_front", "united_states",
          "2025-06-01..2025-06-19", "Pentagon 'earlier this month': remain in the Kursk region"),
    ),
)

N10 = Source(
    article_id="n10_siauliai_today_zapad_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-16"),
    dated_by="sidecar",
    sidecar=(
        "Šiauliai Today",
        "https://en.siauliai-today.example/air-base/zapad-ends-seoul-count-2025-09",
        "As Zapad ends, NATO pilots in Šiauliai eye Seoul’s count of North Korean dead",
    ),
    features="English-language outlet from Šiauliai (Lithuania) in HTML, UTF-8 with BOM, no meta "
        "date (sidecar, Tuesday), a cookie banner of its own wording, navigation with a "
        "Lithuanian-language link, `&rsquo;`/`&ldquo;` entities, a footer with a euro price; "
        "`<title>` figure (optional); headline 'eye Seoul’s count of 2,000' from the NIS figure "
        "the body dates 'earlier this month'; the NIS carried by 'the agency said' to `some "
        "15,000` sent and `about 6,000` expected engineering and construction units (planned); "
        "a NATO officer at the base 'on Monday' `fewer than 2,000` (at_most, near the front); "
        "Lithuania's deputy defence minister 'last week' (other); HUR 'in late August' `up to "
        "8,000 additional`; Zapad exercise troops (Russian and Belarusian: not claims), fighter "
        "jets, distance, population, crosses on the Hill of Crosses, a 1236 battle",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul counts [[2,000]] North Korean dead as Zapad ends | Šiauliai Today</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var st={section:"air-base",id:50917,lang:"en"};</script>
</head>
<body>
<div class="consent">Cookies? We asked the storks first, and they said yes. <button>Let them \
nest</button> <button>Shoo them away</button></div>
<nav><a href="/">News</a> · <a href="/city">City</a> · <a href="/air-base">Air Base</a> · <a \
href="/baltics">Baltics</a> · <a href="/culture">Culture</a> · <a \
href="https://siauliai-today.example/">Lietuviškai</a></nav>
<article>
<h1>As Zapad ends, NATO pilots in Šiauliai eye Seoul&rsquo;s count of [[2,000]] North Korean \
dead</h1>
<p>Russia and Belarus wrapped up their Zapad-2025 exercise on Tuesday, and from the flight line at \
Šiauliai Air Base the drills looked much as expected: some 13,000 troops on paper, many more by \
Western estimates, and no North Korean units that anyone here could spot.</p>
<p>The more sobering number this month came from much further east. South Korea&rsquo;s National \
Intelligence Service informed MPs earlier this month that it now believed [[about 2,000]] of \
Kim&rsquo;s soldiers had lost their lives in Russia&rsquo;s war. Pyongyang had sent [[some \
15,000]] combat troops to Russia since last autumn, the agency said, and engineering and \
construction units totalling [[about 6,000]] were expected to follow by the end of the year.</p>
<p>A NATO officer at the base, who asked not to be named, said on Monday that the alliance&rsquo;s \
own assessment was that [[fewer than 2,000]] North Korean infantrymen were still deployed on the \
front line, with most of the others doing artillery, drone and logistics work well behind it.</p>
<p>Lithuania&rsquo;s deputy defence minister told a security conference in Vilnius last week that \
&ldquo;[[thousands]] of North Korean soldiers are learning modern war in Russia, and they will \
take those lessons home.&rdquo; Kyiv expects the numbers to grow: Ukraine&rsquo;s military \
intelligence said in late August that Pyongyang could send [[up to 8,000]] additional troops \
before the year is out.</p>
<h2>Four jets, one city</h2>
<p>The German-led air policing detachment at the base currently flies four Eurofighters, which \
scrambled twice during the exercise to shadow Russian aircraft over the Baltic. The Belarusian \
border is roughly 200 kilometres away. Šiauliai, a city of about 100,000 people that dates its \
founding to the Battle of Saule in 1236, watched the drills with the calm of long practice; at the \
Hill of Crosses, 12 kilometres north, pilgrims have now planted well over 100,000 crosses.</p>
</article>
<footer>&copy; 2025 Šiauliai Today · Print edition €1.20 · Vilniaus g. 88, Šiauliai · +370 41 520 \
377</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul’s count': the NIS figure the body dates 'earlier this month'"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-16",
          "NIS 'informed MPs earlier this month' (the 1st to publication): died"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-16",
          "'the agency said' after the figure (carried date): sent"),
        C("about 6,000", 6000, "approx", "planned", "south_korea", "2025-09-01..2025-09-16",
          "same sentence: engineering and construction units 'expected to follow'"),
        C("fewer than 2,000", 2000, "at_most", "near_front", "nato", "mon",
          "NATO officer at the base 'on Monday': still on the front line"),
        C("thousands", None, "vague", "in_russia", "other", "lastweek",
          "Lithuania's deputy defence minister 'last week' (a third government): in Russia"),
        C("up to 8,000", 8000, "at_most", "planned", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'in late August': could send … 'additional'", add=True),
    ),
)

N11 = Source(
    article_id="n11_pentecost_nius_kim_admits",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-05-21"),
    dated_by="sidecar",
    sidecar=(
        "Pentecost Island Nius",
        "https://pentecost-nius.example/wol-nius/north-korea-admits-kursk",
        "North Korea admits Kursk deployment; Seoul counts 4,700 dead or wounded",
    ),
    features="news page from Pentecost island (Vanuatu) as plain text, UTF-16 LE with BOM "
        "(sidecar, Wednesday), a page header with a Bislama section name and a 'Posted "
        "Wednesday' line; headline 'Seoul counts 4,700' from the NIS figure the body dates 'at "
        "the end of April' (window to publication); KCNA 'on April 28' without a figure; the NIS "
        "with three figures in two sentences ('including around 600 dead': breakdown); the "
        "island population next to them (not a claim); the State Department 'on Thursday'; "
        "Russia's ambassador in Pyongyang 'last week' „several thousand“ in Kursk; Zelensky 'on "
        "Sunday' „at least 6,000“ and 'another 25,000' (increment, span without the word); "
        "land-diving towers, seasonal workers, vatu, distances, radio frequency, phone number",
    text="""\
PENTECOST ISLAND NIUS | Wol Nius (news from the world)
Posted Wednesday by the Lonorore desk

North Korea admits Kursk deployment; Seoul counts [[4,700]] dead or wounded

While the land divers of south Pentecost get ready for the last jumps of the season at Bunlap and \
Rangusuksu, a very different kind of news has been coming through on the radio from Port Vila: \
North Korea has owned up to sending soldiers to fight for Russia.

KCNA, the state news agency, confirmed on April 28 that troops had been sent to Russia's Kursk \
region on the orders of leader Kim Jong Un. It gave no numbers. Kim said a monument would be built \
in Pyongyang for those who died.

South Korea, which watches its northern neighbour closely, has given numbers. Its National \
Intelligence Service estimated at the end of April that Pyongyang had dispatched [[around 15,000]] \
troops altogether. Of those, [[about 4,700]] had been killed or wounded, including [[around 600]] \
dead. That is close to the whole population of Pentecost, which the last census put at about \
17,000 people.

In Washington, the State Department said on Thursday it believed "[[more than 14,000]]" had been \
sent and called on both governments to stop.

Russia, for its part, is now openly grateful. Its ambassador in Pyongyang said last week that \
"[[several thousand]]" Korean soldiers had fought side by side with Russian units to drive Ukraine \
out of Kursk.

Ukraine says the real cost is far higher. President Volodymyr Zelensky said in a video address on \
Sunday that Pyongyang had lost "[[at least 6,000]]" men killed and wounded, and that Moscow was \
asking for another [[25,000]].

Closer to home

- The naghol towers at Bunlap are about 30 metres high this year; the last jump is planned for \
early June.
- About 450 people from Pentecost are picking fruit in Australia and New Zealand under the \
seasonal worker schemes.
- The Lonorore to Port Vila flight, about 190 kilometres, is back to three times a week. The truck \
from Lonorore to Pangi costs 2,000 vatu.

Listen to the news in Bislama on 98.4 FM every evening. Story tips: text +678 538 1124.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-21..pub",
          "headline 'Seoul counts': the NIS figure the body dates 'at the end of April'"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea",
          "2025-04-21..2025-04-30", "NIS 'estimated at the end of April' (days 21-30): sent"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Of those' (carried claimant and date): killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'including around 600 dead' (a breakdown)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "thu",
          "State Department 'on Thursday' (the Thursday before the Wednesday page): sent"),
        C("several thousand", None, "vague", "near_front", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'last week': fought in Kursk"),
        C("at least 6,000", 6000, "at_least", "casualties", "ukraine", "sun",
          "Zelensky 'on Sunday' in a video address: killed and wounded"),
        C("25,000", 25000, "exact", "planned", "ukraine", "sun",
          "same sentence, 'Moscow was asking for another' (increment, span without the word)",
          add=True),
    ),
)

N12 = Source(
    article_id="n12_bubaque_island_letter_builders_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-19"), crlf=True,
    dated_by="sidecar",
    sidecar=(
        "Bubaque Island Letter",
        "https://bubaque-letter.example/2025/letter-47",
        "Island Letter No. 47: news from the mainland and beyond",
    ),
    features="newsletter from Bubaque (Bijagós islands, Guinea-Bissau) in Markdown, ISO-8859-1 "
        "with CRLF (straight quotes, `--`), front matter without a date (sidecar, Wednesday) "
        "with an issue number; local items first (ferry, fuel, turtle nests, CFA francs); the "
        "NIS 'on November 4' carried by 'It also said' and 'By the NIS count' to three figures; "
        "Russia's ambassador 'in October' to Izvestia (`about 5,000` builders at work in "
        "Kursk); KCNA 'on Friday' „several hundred“ names of the fallen (north_korea); HUR 'last "
        "week' 'as many as 8,000' more (increment, hedge inside the quote); the newsletter's own "
        "count `more than 20,000` (unattributed, required, `pub`); island population, hours, "
        "nests, tonnes, phone number",
    text="""\
---
title: "Island Letter No. 47 -- news from the mainland and beyond"
newsletter: "Bubaque Island Letter"
editor: "Fatumata Cá and the volunteers of the Casa da Cultura"
---

# Bubaque Island Letter

## Ferry, fuel and turtles

The ferry from Bissau ran only twice last week because of the fuel shortage, and the crossing took \
almost five hours in the swell. A return ticket is still 7,500 CFA francs. At Orango, in the south \
of the Bijagós, the rangers have counted 2,300 green turtle nests so far this season, a good year. \
The fish market in the port took in about 12 tonnes on Saturday alone.

## The wider world: Kim's soldiers in Russia

Several of you asked after the radio piece on RDN about North Korea, so here is a short summary \
from the agencies, for those of us with patchy internet.

South Korea's intelligence service, the NIS, briefed parliament in Seoul on November 4. It said \
[[about 10,000]] North Korean troops were now stationed in Russian border areas near Ukraine. It \
also said [[5,000]] army engineers assigned to rebuilding had crossed into Russia since September, \
and that Pyongyang seemed to be preparing yet another rotation. By the NIS count, [[roughly \
2,000]] North Korean soldiers have died so far.

Moscow no longer hides the builders. Russia's ambassador in Pyongyang told the newspaper Izvestia \
in October that "[[about 5,000]]" Korean military builders were already at work restoring roads \
and rail lines in the Kursk region.

North Korea talks about its dead in its own way. Its news agency KCNA said on Friday that Kim Jong \
Un had opened a museum of the "overseas military operation" in Pyongyang, where the names of \
"[[several hundred]]" fallen heroes are carved in granite.

Ukraine expects more. Its military intelligence agency said last week that Pyongyang could add \
"[[as many as 8,000]]" more troops before the new year.

By our own rough count from the agency reports, [[more than 20,000]] North Korean soldiers and \
military builders have gone to Russia since October last year. Bubaque itself has about 6,000 \
people.

## Notices

- The Casa da Cultura film night is back on Thursdays at 8 pm, generator permitting.
- Lost: a blue pirogue paddle near the Praia da Bruce. Call Armando on +245 955 402 118.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'briefed parliament … on November 4': stationed in border areas near Ukraine"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "'It also said' (carried claimant and date): army engineers crossed into Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'By the NIS count' (carried date): died"),
        C("about 5,000", 5000, "approx", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador to Izvestia 'in October': military builders at work in Kursk"),
        C("several hundred", None, "vague", "casualties", "north_korea", "fri",
          "KCNA 'said on Friday': names of the fallen carved in granite"),
        C("as many as 8,000", 8000, "at_most", "planned", "ukraine", "lastweek",
          "Ukraine's military intelligence 'said last week': could add … 'more'", add=True),
        C("more than 20,000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "'By our own rough count' (the newsletter's own tally), required"),
    ),
)

SOURCES: tuple[Source, ...] = (
    N01, N02, N03, N04, N05, N06,
    N07, N08, N09, N10, N11, N12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
