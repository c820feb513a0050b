"""Build the 69th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The seventy-first corpus, for an honest measurement on articles the extractor has never met,
written blind in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
Büdingen daily with a former GI of the Armstrong Barracks, a Bergstraße radio station's web text
on an aid convoy, a Murau weekly on a couple back from Seoul (Austrian), an Einsiedeln paper on a
Korean Benedictine guest (Swiss), an anglers' association magazine and a Würzburg student radio;
a Gladstone (Queensland) daily, a Gigha community page, a Salisbury (Maryland) paper with a
Chosin veteran, a Varna English-language outlet, a Rotuma news page and a Kono District mining
association's newsletter (Sierra Leone). Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind69_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="h69_01_buedingen_ex_gi_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-08"),
    dated_by="html_meta",
    features="Büdingen daily's web page in HTML, UTF-8 (`article:published_time` with +01:00, a "
    "byline '08.11.2024, 05:45 Uhr', an ad script with slot sizes, a stats script, a cookie box "
    "'Ein Blech, bitte' / 'Nur Krümel', navigation, `&middot;`); `<meta name=\"description\">` "
    "figure (optional); a former GI of the Armstrong Barracks; 'Nach Darstellung des "
    "US-Verteidigungsministeriums' dated by the next sentence (Singh 'am Montag'); `Etwa 8000` "
    "'davon' in Kursk; the NIS 'Ende Oktober' with 'so die Einschätzung damals' (range, planned); "
    "Zelensky 'am Mittwochabend'; 'hieß es zudem aus dem Militärgeheimdienst' without a date; the "
    "veteran 'rechnet damit' `Zehntausende` (other, `pub`); US troops in Korea, soldiers once in "
    "Büdingen, ages, years, thirteen months, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ex-GI aus Orleshausen über Kims Soldaten in Kursk | Büdinger Tageblatt</title>
<meta name="description" content="[[Rund 10.000]] Nordkoreaner sollen inzwischen in Russland sein. \
Darnell Whitfield stand ihnen einst am 38. Breitengrad gegenüber.">
<meta property="og:title" content="„Die geben nicht auf“: Ein Ex-GI über Kims Soldaten">
<meta property="article:published_time" content="2024-11-08T05:45:00+01:00">
<link rel="canonical" href="https://www.buedinger-tageblatt.example/lokales/orleshausen-ex-gi-nordk\
orea-kursk-90412.html">
<script>var btAds={slot:"lokales_top",sizes:"728x90,300x250",kw:"nordkorea,ukraine"};</script>
</head>
<body>
<div class="cmp-box">Bei uns gibt es Cookies wie beim Bäcker: frisch, aber nicht ohne Ihre \
Zustimmung. <button>Ein Blech, bitte</button> <button>Nur Krümel</button></div>
<header><a href="/">Büdinger Tageblatt</a> <nav><a href="/lokales">Lokales</a> &middot; <a \
href="/wetterau">Wetterau</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/trauer">Traueranzeigen</a></nav></header>
<main><article>
<p class="dachzeile">Büdingen &middot; Orleshausen</p>
<h1>„Die geben nicht auf“: Ein Ex-GI über Kims Soldaten in Kursk</h1>
<p class="teaser">Darnell Whitfield hat am 38. Breitengrad Wache geschoben und später zwölf Jahre \
in den Armstrong Barracks gedient. Jetzt sieht er Nordkoreaner im Krieg gegen die Ukraine.</p>
<p class="byline">Von Katrin Vogelsang &middot; 08.11.2024, 05:45 Uhr</p>
<p>Orleshausen. Den Fernseher lässt Darnell Whitfield abends inzwischen länger laufen als früher. \
Der 71-Jährige, geboren in Macon im US-Bundesstaat Georgia und seit 1989 mit einer Büdingerin \
verheiratet, verfolgt jede Meldung über die nordkoreanischen Soldaten in Russland. „Ich habe diese \
Jungs 1976 durchs Fernglas gesehen, dreizehn Monate lang“, sagt er am Küchentisch. „Die geben \
nicht auf. Das hat ihnen nie jemand beigebracht.“</p>
<p>Was über den Einsatz bekannt ist, stammt vor allem aus Washington, Seoul und Kiew. Nach \
Darstellung des US-Verteidigungsministeriums halten sich [[rund 10.000]] nordkoreanische Soldaten \
in Russland auf. [[Etwa 8000]] davon seien inzwischen in die Grenzregion Kursk verlegt worden, \
teilte Pentagon-Sprecherin Sabrina Singh am Montag mit. Moskau wolle sie dort gegen die \
ukrainischen Einheiten einsetzen, die seit August einen Teil des Gebiets halten.</p>
<p>In Seoul hält man diese Größenordnung für plausibel. Der Auslandsgeheimdienst NIS hatte Ende \
Oktober vor dem zuständigen Parlamentsausschuss erklärt, [[mehr als 3000]] Mann seien bereits auf \
dem Weg an die Front. Bis zum Jahresende, so die Einschätzung damals, könnten es insgesamt \
[[10.000 bis 12.000]] werden.</p>
<p>Kiew nennt höhere Zahlen. Präsident Wolodymyr Selenskyj sagte in seiner Videobotschaft am \
Mittwochabend, [[11.000]] Nordkoreaner stünden mittlerweile im Gebiet Kursk. Unter den Entsandten \
seien [[etwa 500]] Offiziere, darunter mehrere Generäle, hieß es zudem aus dem Militärgeheimdienst \
in Kiew.</p>
<h2>„In Büdingen waren wir 1.200 Mann“</h2>
<p>Whitfield kam 1984 mit einer Panzereinheit in die Kaserne am Stadtrand. „In Büdingen waren wir \
zeitweise 1.200 Mann, das war eine Kleinstadt für sich“, erzählt er. Nach dem Abzug der Amerikaner \
2007 blieb er – wegen seiner Frau Renate und wegen des Apfelweins, wie er lachend sagt.</p>
<p>Die offiziellen Zahlen hält er für vorsichtig. „Kim schickt seine Leute nicht zum Zuschauen“, \
sagt er. Er rechnet damit, dass am Ende [[Zehntausende]] Nordkoreaner in Russland eingesetzt \
werden. Dass Südkorea mit 28.500 US-Soldaten im Land heute sicherer sei als damals, glaubt er \
nicht.</p>
<p>Am Sonntag erzählt Whitfield beim Seniorentreff im Bürgerhaus Orleshausen von seiner Zeit in \
Korea. Beginn ist um 15 Uhr, der Eintritt ist frei.</p>
</article></main>
<footer>© Büdinger Tageblatt 2024 &middot; Redaktion 06042 987-0 &middot; <a \
href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script>window.btStats={id:90412,words:540,comments:12};</script>
</body>
</html>
""",
    claims=(
        C("Rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating the Pentagon figure", opt=True),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "'Nach Darstellung des US-Verteidigungsministeriums', dated by the next sentence "
          "(Singh 'am Montag'): in Russia"),
        C("Etwa 8000", 8000, "approx", "near_front", "united_states", "mon",
          "sentence-initial; Singh 'am Montag': 'davon … in die Grenzregion Kursk verlegt'"),
        C("mehr als 3000", 3000, "at_least", "near_front", "south_korea", "2024-10-21..2024-10-31",
          "NIS 'Ende Oktober' (days 21-31): on the way to the front"),
        C("10.000 bis 12.000", None, "range", "planned", "south_korea", "2024-10-21..2024-10-31",
          "'so die Einschätzung damals' carries 'Ende Oktober': year-end total"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "wed",
          "Zelensky 'am Mittwochabend': in the Kursk region"),
        C("etwa 500", 500, "approx", "in_russia", "ukraine", "pub",
          "'hieß es zudem aus dem Militärgeheimdienst' (no date): officers among those sent"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the former GI 'rechnet damit, dass am Ende' (a forecast, no date)"),
    ),
)

H02 = Source(
    article_id="h69_02_bergstrasse_konvoi_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Welle Bergstraße",
        "https://www.welle-bergstrasse.example/nachrichten/region/hilfskonvoi-heppenheim-zurueck-"
        "3318.html",
        "Hilfskonvoi zurück an der Bergstraße – Kiew meldet über 3.000 tote und verletzte "
        "Nordkoreaner",
    ),
    features="Bergstraße radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, Friday; "
    "a 'Stand:' line); a Heppenheim aid convoy back from Ivano-Frankivsk; headline `über 3.000` "
    "from Zelensky's Monday figure (Monday to publication); Zelensky 'am Montag' (casualties, "
    "'berief sich auf' his General Staff: still ukraine); HUR 'rechnet damit' 'noch einmal' `bis "
    "zu 8.000` (increment, `pub`); the JCS 'am Donnerstag vergangener Woche' (19 December) and "
    "'nach Einschätzung der Militärs in Seoul' (present tense: 19 December to publication); Kirby "
    "named after the figure (vague, `pub`); tonnes, kilometres, drivers, vans, Russian losses a "
    "day, euros, sleeping bags, phone number",
    text="""\
Hilfskonvoi zurück an der Bergstraße – Kiew meldet [[über 3.000]] tote und verletzte Nordkoreaner

Stand: 27.12.2024, 11:20 Uhr

Heppenheim/Kiew – Kurz vor Heiligabend sind die elf Fahrerinnen und Fahrer des Heppenheimer \
Hilfskonvois wieder an der Bergstraße angekommen. In sieben Transportern hatten sie rund 38 Tonnen \
Hilfsgüter nach Iwano-Frankiwsk gebracht: Stromerzeuger, Winterjacken, Verbandsmaterial. Hin und \
zurück waren es knapp 2.600 Kilometer.

"Die Leute dort wollten von uns wissen, ob man in Deutschland überhaupt mitbekommt, was gerade bei \
Kursk los ist", erzählt Organisatorin Sabine Lauterbach-Öztürk im Gespräch mit unserem Sender. \
Gemeint sind die Soldaten aus Nordkorea, die seit einigen Wochen an der Seite Russlands kämpfen.

Die Nachrichten von dort sind blutig. Der ukrainische Präsident Wolodymyr Selenskyj sagte am \
Montag, bei den Gefechten im russischen Gebiet Kursk seien [[mehr als 3.000]] nordkoreanische \
Soldaten getötet oder verwundet worden. Er berief sich dabei auf Zahlen seines Generalstabs. Der \
Militärgeheimdienst HUR rechnet damit, dass Machthaber Kim Jong Un im neuen Jahr noch einmal [[bis \
zu 8.000]] Mann schickt.

Seoul kommt auf niedrigere Werte. Der südkoreanische Generalstab hatte am Donnerstag vergangener \
Woche von [[mindestens 100]] toten und [[rund 1.000]] verletzten Nordkoreanern berichtet. \
Insgesamt sind nach Einschätzung der Militärs in Seoul [[rund 11.000]] Soldaten aus dem Norden im \
Raum Kursk im Einsatz.

Auch in Washington ist von schweren Verlusten die Rede. Kims Truppen hätten bereits [[mehrere \
hundert]] Mann durch Tod oder Verwundung verloren und würden von russischen Kommandeuren wie \
Verbrauchsmaterial in Angriffe geschickt, sagte John Kirby, Sprecher des Nationalen \
Sicherheitsrats im Weißen Haus. Nach Zählung Kiews büßt die russische Armee zurzeit täglich über \
1.500 Soldaten ein.

Für Lauterbach-Öztürk ändert das wenig an der Arbeit. Ihr Verein hat seit dem Frühjahr 2022 nach \
eigenen Angaben 23 Fahrten organisiert und Sachspenden im Wert von mehr als 410.000 Euro in die \
Ukraine gebracht. Die nächste Tour soll im Februar starten; gebraucht werden noch 14 \
Stromaggregate und 300 Schlafsäcke.

Wer helfen möchte, erreicht das Team unter 06252 71 04 88.
""",
    claims=(
        C("über 3.000", 3000, "at_least", "casualties", "ukraine", "mon..pub",
          "headline 'Kiew meldet': Zelensky's Monday figure (Monday to publication)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am Montag' (citing his General Staff: still ukraine): killed or wounded"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "pub",
          "HUR 'rechnet damit' (no date): 'noch einmal' (increment)", add=True),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "JCS 'am Donnerstag vergangener Woche' (19 December): dead"),
        C("rund 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same statement: wounded (the others of the same count, not an increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "2024-12-19..pub",
          "'nach Einschätzung der Militärs in Seoul' (present tense after the dated statement): "
          "in the Kursk area"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "pub",
          "Kirby named after the figure (Konjunktiv, no date): dead and wounded"),
    ),
)

H03 = Source(
    article_id="h69_03_murau_ehepaar_seoul_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-13"),
    dated_by="front_matter", crlf=True,
    features="Murau weekly in Markdown, ISO-8859-1 with CRLF and straight quotes, front matter "
    "with `date:` (Thursday) and a title without a figure; Austrian 'Jänner', 'Feber', 'heuer'; "
    "dateline 'MURAU/ST. GEORGEN.'; a couple back from six weeks with their daughter in Seoul; "
    "Zelensky 'Am 11. Jänner' with the number word `zwei` (captured); the NIS 'Mitte Jänner' "
    "(days 11-20) and Zelensky 'im selben Monat' (date carried); the NIS named at the end of the "
    "paragraph ('teilte der Dienst am Mittwoch … mit'); HUR 'Anfang Feber' `mehrere tausend` "
    "(vague increment); the son-in-law on the phone (other, `pub`); a fraction ('mehr als ein "
    "Drittel'), kilometres, ages, years, service months, fares, a slide-show date",
    text="""\
---
title: "Aus Seoul zurück: Murauer Ehepaar erlebte den Krieg am Bildschirm"
date: 2025-02-13
ressort: Bezirk Murau
autor: Gerlinde Pichler
---

# Der Krieg in der Ukraine, gesehen aus Seoul

**Sechs Wochen verbrachten Johanna und Alois Moser aus St. Georgen am Kreischberg bei ihrer \
Tochter in Südkorea. Dort sind die Nordkoreaner bei Kursk Tagesgespräch.**

MURAU/ST. GEORGEN. Eigentlich wollten die Mosers im Jänner nur die Enkelkinder sehen. Doch in \
Seoul lief auf jedem Bildschirm in der U-Bahn dasselbe Thema: die Soldaten, die der Norden nach \
Russland geschickt hat. "Wir haben gar nicht gewusst, wie sehr das die Leute dort beschäftigt", \
sagt Johanna Moser (68). Ihr Mann Alois, 71, früher Zimmerer bei einem Holzbaubetrieb in Murau, \
nickt.

Rund 8.600 Kilometer Luftlinie liegen zwischen dem Kreischberg und Seoul. Die Tochter, eine \
Physiotherapeutin, lebt seit 2016 dort und ist mit einem Ingenieur aus Daejeon verheiratet. Heuer \
war es schon die dritte Reise der Eltern.

## Gefangene im Fernsehen

Besonders verfolgt haben die Mosers die Geschichte der nordkoreanischen Kriegsgefangenen. Am 11. \
Jänner gab der ukrainische Präsident Wolodymyr Selenskyj bekannt, seine Truppen hätten [[zwei]] \
Soldaten aus Nordkorea lebend gefangen genommen. Einer von ihnen soll später gesagt haben, er \
wolle in den Süden. "Das haben sie dort jeden Abend gezeigt", erinnert sich Alois Moser.

Zahlen dazu hatte der südkoreanische Geheimdienst NIS Mitte Jänner vorgelegt: Damals war von \
[[rund 300]] getöteten und [[2.700]] verwundeten Nordkoreanern die Rede. Selenskyj sprach im \
selben Monat von [[fast 4.000]] Toten und Verletzten.

## Seit Wochen nicht mehr an der Front

Inzwischen ist es um die Nordkoreaner ruhiger geworden. Die Einheiten seien Ende Jänner aus den \
vordersten Linien bei Kursk abgezogen worden, offenbar wegen der hohen Verluste. Von den [[etwa \
11.000]] Soldaten, die Kim seit Oktober über die Grenze nach Russland beordert habe, sei mehr als \
ein Drittel tot oder verwundet, teilte der Dienst am Mittwoch Abgeordneten in Seoul mit.

Der ukrainische Militärgeheimdienst rechnet allerdings mit einer Rückkehr. Anfang Feber hieß es \
aus Kiew, Kim könne die Truppe um [[mehrere tausend]] Mann verstärken, sobald die Ausfälle ersetzt \
seien.

Der Schwiegersohn der Mosers, Park Sung-min, hält die offiziellen Zahlen für zu niedrig. "Ich \
glaube, da drüben sind schon [[mehr als 15.000]]", sagte er am Telefon. Junge Männer in Südkorea \
leisten selbst rund eineinhalb Jahre Wehrdienst; sein jüngerer Bruder ist gerade eingerückt.

Für die nächste Reise im Herbst sparen die Mosers schon, ein Flug kostet rund 1.100 Euro pro \
Person. Am 27. Feber zeigen sie im Pfarrsaal St. Georgen Bilder aus Korea, Beginn 19.30 Uhr.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "number word; Zelensky 'Am 11. Jänner': captured alive"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (days 11-20): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same statement: wounded (not an increment)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'im selben Monat' (January carried): dead and wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "Konjunktiv, the NIS named at the end ('teilte der Dienst am Mittwoch … mit'): sent"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "2025-02-01..2025-02-10",
          "HUR 'Anfang Feber' (days 1-10): 'verstärken um' (increment)", add=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "the couple's son-in-law in Daejeon, in quotes, 'sagte er am Telefon' (no date)"),
    ),
)

H04 = Source(
    article_id="h69_04_einsiedeln_moench_bausoldaten_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "Einsiedler Zeitung",
        "https://www.einsiedler-zeitung.example/region/ein-moench-aus-korea-betet-fuer-den-"
        "frieden-ld.7731",
        "Ein Mönch aus Korea betet in Einsiedeln für den Frieden",
    ),
    features="Einsiedeln paper in HTML, windows-1252 (sidecar, Friday; no meta date), Swiss "
    "conventions (`ss`, «», `15'000`, `800'000`, 4-digit `1000`/`3000`/`4700`/`5000`), a cookie "
    "notice 'Soll so sein' / 'Ohne mich', a paywall script, navigation; `<title>` figure "
    "(optional); a Korean Benedictine guest of the monastery; headline `5000` from Shoigu's "
    "Tuesday announcement (Tuesday to publication); Shoigu 'am Dienstag' in Pyongyang (russia, "
    "planned, two figures); the monk «noch Zehntausende nachkommen» (other, vague increment); the "
    "NIS 'im Frühling' with 'damals' (season: March-May); HUR 'am Mittwoch'; monks, pilgrims, "
    "francs, ages, years, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Kim schickt [[5000]] Bausoldaten nach Kursk – ein Mönch aus Korea betet in Einsiedeln | \
Einsiedler Zeitung</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Einsiedler Zeitung">
<script>window.ezCfg={ressort:"region",paywall:"metered",freeLeft:3};</script>
</head>
<body>
<div class="cookie">Wir setzen Cookies ein, damit diese Seite läuft und wir sehen, was Sie lesen. \
<button>Soll so sein</button> <button>Ohne mich</button></div>
<nav><a href="/">Startseite</a> | <a href="/region">Region</a> | <a href="/kloster">Kloster</a> | \
<a href="/sport">Sport</a> | <a href="/agenda">Agenda</a></nav>
<article>
<h1>Kim schickt [[5000]] Bausoldaten nach Kursk – ein Mönch aus Korea betet in Einsiedeln</h1>
<p class="lead">Pater Andreas Kim Jae-hoon aus der Abtei Waegwan verbringt den Sommer im Kloster \
Einsiedeln. Die Nachrichten aus Pjöngjang verfolgt er mit Sorge.</p>
<p class="autor">Von Beat Kälin</p>
<p>Einsiedeln. Wenn Pater Andreas am Morgen über den Klosterplatz geht, grüsst er die Pilger auf \
Koreanisch und auf Schwyzerdeutsch – das zweite, sagt er lachend, übe er noch. Der 54-jährige \
Benediktiner gehört zur Abtei Waegwan im Süden Koreas, einem Kloster mit rund 140 Mönchen. Bis \
Ende August lebt er als Gast bei der Einsiedler Gemeinschaft, die gut 40 Mönche zählt.</p>
<p>Die Nachricht, die ihn diese Woche umgetrieben hat, kam aus Pjöngjang. Dort kündigte Sergei \
Schoigu, der Sekretär des russischen Sicherheitsrates, am Dienstag an, Nordkorea werde [[1000]] \
Fachleute für die Minenräumung und [[5000]] Militärbauarbeiter in die Region Kursk entsenden. Sie \
sollen beim Wiederaufbau von Strassen, Brücken und Leitungen helfen, die bei den Kämpfen zerstört \
wurden.</p>
<p>«Man nennt sie Bauarbeiter, aber es sind Soldaten», sagt Pater Andreas. «Ich fürchte, es werden \
noch [[Zehntausende]] nachkommen.» Seine Familie stammt aus der Provinz Gangwon, nicht weit von \
der Grenze; ein Onkel wurde 1951 von seinen Angehörigen getrennt und nie wieder gesehen.</p>
<h2>Was Seoul und Kiew wissen</h2>
<p>Der südkoreanische Nachrichtendienst NIS schätzte im Frühling, Nordkorea habe seit dem Herbst \
[[rund 15'000]] Soldaten nach Russland geschickt; [[etwa 4700]] von ihnen seien damals bereits \
verwundet oder getötet gewesen. Die Ukraine meldete am Mittwoch, die nordkoreanischen Einheiten \
seien wieder aktiv: Nach Angaben des Militärgeheimdienstes HUR stehen derzeit [[bis zu 3000]] von \
ihnen in der Region Kursk im Einsatz, nun auch mit eigenen Drohnenteams.</p>
<p>Am Sonntag feiert Pater Andreas in der Gnadenkapelle eine Messe für den Frieden in Korea und in \
der Ukraine, um 17.30 Uhr. Die Kollekte geht an die Flüchtlingshilfe seiner Abtei; bei einer \
ähnlichen Sammlung im letzten Jahr kamen 3'400 Franken zusammen. Die Klosterkirche zählt jedes \
Jahr rund 800'000 Besucherinnen und Besucher.</p>
</article>
<footer>© Einsiedler Zeitung AG · Hauptstrasse 14, 8840 Einsiedeln · Tel. 055 418 42 00 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("5000", 5000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("5000", 5000, "exact", "planned", "russia", "tue..pub",
          "headline: Shoigu's Tuesday announcement (Tuesday to publication)"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang, Konjunktiv 'werde … entsenden': deminers"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders (a new contingent, no increment word)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the Korean monk in «…», 'noch … nachkommen' (increment, no date)", add=True),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'im Frühling' (season: March-May): sent since the autumn"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same sentence, 'damals' (spring carried): wounded or killed"),
        C("bis zu 3000", 3000, "at_most", "near_front", "ukraine", "wed",
          "HUR, reported 'am Mittwoch': in action in the Kursk region"),
    ),
)

H05 = Source(
    article_id="h69_05_anglerverband_desna_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "Weser-Ems-Angler – Verbandsheft des Anglerverbands Weser-Ems",
        "https://www.weser-ems-angler.example/heft/herbst-2025/petri-heil-fuer-tschernihiw",
        "Petri Heil für Tschernihiw",
    ),
    features="anglers' association magazine in Markdown, UTF-8, front matter without a date "
    "(sidecar, Wednesday) and a title without a figure; a partner club in Chernihiv whose lakes "
    "are mined; subheading 'Seoul: 2000 Tote' before its paragraph (Tuesday of last week to "
    "publication); lawmakers passing on the NIS assessment 'am Dienstag vergangener Woche' (16 "
    "September), carried by 'Demnach', Konjunktiv and 'hieß es in der Unterrichtung'; 'Dazu "
    "kämen' deminers (increment, in Kursk); Zelensky 'Anfang September'; HUR without a date; "
    "'Medienberichten zufolge' (unattributed, increment); lakes, clubs, euros, boats, a pike's "
    "weight, a share of land mined",
    text="""\
---
title: "Petri Heil für Tschernihiw"
rubrik: Verband & Welt
autor: Uwe Hinrichs
heft: "Herbst 2025"
---

# Petri Heil für Tschernihiw – zwischen Hecht und Minenfeld

*Unser Partnerverein in der Nordukraine darf viele seiner Seen nicht mehr befischen. Jenseits der \
Grenze sollen inzwischen Minenräumer aus Nordkorea Felder und Ufer säubern.*

Als Uwe Hinrichs im Mai zum ersten Mal am Ufer der Desna stand, hatte er eine Rute dabei und eine \
Karte voller roter Flächen. "Rot heißt: nicht betreten", erklärte ihm Serhij Bondar, Vorsitzender \
des Anglervereins "Desna-Karpfen" in Tschernihiw. Von den 27 Gewässern, die der Verein vor dem \
Krieg gepachtet hatte, gelten neun noch immer als vermint.

Der Anglerverband Weser-Ems unterstützt den Verein seit 2023. Aus den 14 Kreisvereinen kamen in \
diesem Jahr 8.450 Euro zusammen, dazu zwei Aluminiumboote und 60 Wathosen. Ein Hecht von 9,2 \
Kilogramm, den Bondar im Juni aus einem geräumten Baggersee gezogen hat, ziert inzwischen das \
Titelbild seines Vereinsblatts.

## Seoul: [[2000]] Tote bei Kursk

Auf der anderen Seite der Grenze, im russischen Gebiet Kursk, sind Soldaten aus Nordkorea im \
Einsatz. Südkoreanische Abgeordnete gaben am Dienstag vergangener Woche eine Einschätzung ihres \
Geheimdienstes NIS weiter. Demnach sind bei den Kämpfen um Kursk [[rund 2000]] Nordkoreaner ums \
Leben gekommen. Insgesamt habe das Regime seit vergangenem Herbst [[etwa 13.000]] Uniformierte \
nach Russland verlegt. Dazu kämen seit dem Sommer [[rund 1000]] Minenräumer, die in der Region \
Kursk Äcker, Wege und Flussufer säubern sollten, hieß es in der Unterrichtung.

Der ukrainische Präsident Wolodymyr Selenskyj hatte Anfang September noch höhere Verluste genannt, \
[[mehr als 2500]] Tote. Nach Informationen des ukrainischen Militärgeheimdienstes HUR arbeiten \
außerdem [[mehrere tausend]] nordkoreanische Bausoldaten im Grenzgebiet. Medienberichten zufolge \
könnten [[bis zu 6000]] weitere folgen.

## Was das für Angler bedeutet

Bondar macht sich keine Illusionen. Bis seine Seen wieder frei sind, werden Jahre vergehen. Die \
Ukraine gilt als eines der am stärksten verminten Länder der Welt; nach Regierungsangaben ist rund \
ein Viertel ihrer Fläche betroffen. "Wir angeln dort, wo die Räumer schon waren, und nirgendwo \
sonst", sagt er.

Die nächste Fahrt nach Tschernihiw ist für Oktober geplant. Spenden bitte mit dem Stichwort \
"Desna" auf das Verbandskonto; jeder Kreisverein kann außerdem bis zu drei Helfer melden.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-16..pub",
          "subheading before its paragraph: the NIS figure passed on on 16 September"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-16",
          "lawmakers passing on the NIS assessment 'am Dienstag vergangener Woche', 'Demnach': "
          "dead"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-16",
          "same briefing, Konjunktiv: sent since autumn 2024"),
        C("rund 1000", 1000, "approx", "near_front", "south_korea", "2025-09-16",
          "'Dazu kämen … hieß es in der Unterrichtung' (increment): deminers in Kursk", add=True),
        C("mehr als 2500", 2500, "at_least", "casualties", "ukraine", "2025-09-01..2025-09-10",
          "Zelensky 'Anfang September' (days 1-10): dead"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "pub",
          "HUR 'Nach Informationen' (no date): builders at work in the border area"),
        C("bis zu 6000", 6000, "at_most", "planned", "unattributed", "pub",
          "'Medienberichten zufolge' (no claimant): 'weitere folgen' (increment)", add=True),
    ),
)

H06 = Source(
    article_id="h69_06_uniwelle_wuerzburg_parade",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-10-15"),
    dated_by="dateline",
    features="Würzburg student radio's web text as plain text, UTF-8 with BOM, dateline "
    "'Würzburg, 15.10.2025 –' (Wednesday); headline `2000` from the NIS figure of September "
    "(September to publication); the party parade 'am Freitag': state TV's `Hunderte` Kursk "
    "veterans (returnees: optional) and Kim's speech via KCNA `Tausenden` who fought "
    "(north_korea); the NIS 'im September' with 'hieß es damals' (`Etwa 6000 weitere`: "
    "increment); HUR 'am Montag'; a Würzburg doctoral student in the Tuesday show (other, "
    "at_least); the station's own count (unattributed, required, range); army size, ages, years, "
    "show length, listeners, DAB channel",
    text="""\
Kim feiert seine Kursk-Veteranen – Seoul zählt [[2000]] Tote

Würzburg, 15.10.2025 – Mit Fackeln, Panzern und einer neuen Interkontinentalrakete hat Nordkorea \
am Freitag den 80. Jahrestag seiner Arbeiterpartei gefeiert. Mitten in der Parade in Pjöngjang: \
Soldaten, die in Russland gekämpft haben. Wir haben darüber in unserem Magazin "Campus um zwölf" \
mit der Politikwissenschaftlerin Hye-jin Seo gesprochen, die an der Uni Würzburg über Nordkoreas \
Außenpolitik promoviert.

Das Staatsfernsehen zeigte, wie [[Hunderte]] Veteranen des Kursk-Einsatzes an der Ehrentribüne \
vorbeimarschierten, viele mit frischen Orden an der Uniform. Machthaber Kim Jong Un würdigte in \
seiner Rede die [[Tausenden]] "Helden", die auf dem Schlachtfeld bei Kursk gekämpft hätten, wie \
die Staatsagentur KCNA meldete.

Wie viele es tatsächlich waren, ist umstritten. Der südkoreanische Geheimdienst NIS bezifferte im \
September die Zahl der Gefallenen auf [[rund 2000]]. Zugleich bereite Pjöngjang die nächste \
Verlegung vor, hieß es damals in Seoul: [[Etwa 6000]] weitere Soldaten sollten bis zum Winter nach \
Russland folgen.

Der ukrainische Militärgeheimdienst HUR teilte am Montag mit, in der Region Kursk seien derzeit \
[[rund 11.000]] Nordkoreaner stationiert, vor allem zur Sicherung der Grenze und für Bauarbeiten.

Seo hält auch das für eine Untergrenze. "Wenn man die Bautrupps und die Minenräumer mitzählt, gehe \
ich von [[mindestens 20.000]] Menschen aus, die Nordkorea seit Oktober 2024 nach Russland \
geschickt hat", sagte die 31-Jährige in der Sendung am Dienstag. Nordkoreas Armee sei mit \
schätzungsweise 1,2 Millionen Soldaten groß genug, um solche Verluste zu verkraften, politisch \
aber brauche Kim die Heimkehrer als Helden.

Wir haben für diesen Beitrag alle offiziellen Angaben aus Seoul, Washington und Kiew seit dem \
Herbst 2024 nebeneinandergelegt. Nach unserer Zählung liegen die Schätzungen für die Gesamtzahl \
der Entsandten [[zwischen 11.000 und 15.000]] Soldaten - je nachdem, wer zählt und ob die \
Bautrupps dazugehören.

Das ganze Gespräch mit Hye-jin Seo (24 Minuten) gibt es in unserer Mediathek. "Campus um zwölf" \
läuft werktags von 12 bis 13 Uhr, im Würzburger Kabelnetz und im DAB+-Kanal 10A. Seo lebt seit \
2019 in Würzburg und hat vorher in Seoul und Leiden studiert.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul zählt': the NIS figure of September (September to publication)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at Friday's parade: Kursk veterans marching (returnees)", opt=True),
        C("Tausenden", None, "vague", "near_front", "north_korea", "fri",
          "Kim's speech at Friday's parade via KCNA, Konjunktiv: fought on the battlefield"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September': the fallen"),
        C("Etwa 6000", 6000, "approx", "planned", "south_korea", "2025-09-01..2025-09-30",
          "sentence-initial; 'hieß es damals in Seoul' (September carried): 'weitere … folgen' "
          "(increment)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'am Montag': stationed in the Kursk region"),
        C("mindestens 20.000", 20000, "at_least", "in_russia", "other", "tue",
          "Würzburg doctoral student in quotes, 'in der Sendung am Dienstag': sent since October "
          "2024"),
        C("zwischen 11.000 und 15.000", None, "range", "in_russia", "unattributed", "pub",
          "the station's own count of official figures ('Nach unserer Zählung': required)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Bulgaria, Rotuma, Sierra Leone)
# ---------------------------------------------------------------------------------------------

H07 = Source(
    article_id="h69_07_gladstone_gas_buyers_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-10-30"),
    dated_by="html_meta",
    features="Gladstone (Queensland) daily in HTML, UTF-8 with BOM (`article:published_time` with "
    "+10:00, a byline 'Wednesday, October 30, 2024', a config script, an ad loader, a consent "
    "line 'Fend away' / 'Leave me adrift', navigation, `&rsquo;`, `&ldquo;`, `&middot;`, "
    "`&amp;`); `<title>` figure (optional); a Korean gas buyers' delegation on Curtis Island; "
    "headline `10,000` from Singh's Monday figure (Monday to publication); Singh 'on Monday, "
    "Washington time' and 'she said' `Several thousand` near the border; the NIS 'last week' "
    "`about 3,000 more` (increment) and `1,500` earlier; Zelensky 'has warned' (`pub`); "
    "Australia's defence minister 'on Tuesday' (a third government: other); workers, plants, "
    "cargoes, dollars, Russian losses a day, army size, kilometres, age, ABN, phone",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Pentagon says [[10,000]] North Korean troops now in Russia | The Gladstone Harbour \
Herald</title>
<meta property="article:published_time" content="2024-10-30T06:10:00+10:00">
<meta property="og:title" content="Korean gas buyers in town as Kim&rsquo;s army heads west">
<script>var ghh = {section: "world", author: "Bree Donnelly", wordcount: 590};</script>
<script async src="https://ads.gladstoneherald.example/load.js?zone=world-mrec"></script>
</head>
<body>
<div id="consent">We use cookies the way a tug uses fenders: to stop things bumping. <button>Fend \
away</button> <button>Leave me adrift</button></div>
<nav><a href="/">Home</a> &middot; <a href="/news">News</a> &middot; <a href="/port">Port &amp; \
Industry</a> &middot; <a href="/sport">Sport</a> &middot; <a href="/world">World</a></nav>
<article>
<h1>Pentagon: [[10,000]] of Kim&rsquo;s troops now in Russia</h1>
<p class="standfirst">As Korean gas buyers toured Curtis Island, word from Washington put North \
Korea&rsquo;s deployment at a new high.</p>
<p class="byline">Bree Donnelly &middot; Wednesday, October 30, 2024</p>
<p>The 14 visitors from one of South Korea&rsquo;s biggest gas importers spent Tuesday walking the \
jetties on Curtis Island, where about 1,200 workers keep three LNG plants running. Their hosts \
talked cargo schedules. The visitors kept glancing at their phones.</p>
<p>Pentagon press secretary Sabrina Singh had told reporters on Monday, Washington time, that \
[[roughly 10,000]] North Korean soldiers had been sent to eastern Russia for training. [[Several \
thousand]] of them, she said, were already moving toward the border with Ukraine.</p>
<p>&ldquo;Everyone in our company has a brother or a cousin who did military service,&rdquo; said \
engineer Yoon Ji-ho, 34, who flew in from Incheon. &ldquo;We know what those boys are like over \
there. They are very young.&rdquo;</p>
<p>South Korea&rsquo;s National Intelligence Service had briefed members of parliament last week \
that [[about 3,000]] more soldiers had left the North for Russia, joining the [[1,500]] special \
forces troops it spotted earlier in October. In Kyiv, President Volodymyr Zelensky has warned that \
[[up to 12,000]] could eventually be thrown into the fighting.</p>
<p>Defence Minister Richard Marles said on Tuesday that Pyongyang sending [[thousands]] of troops \
to fight in Europe marked &ldquo;a dangerous new phase&rdquo; and that Canberra would work on its \
response with Seoul. Russia is losing more than 1,000 soldiers a day in Ukraine, according to \
British estimates; North Korea&rsquo;s own army is thought to number around 1.2 million.</p>
<p>Gladstone shipped about 80 LNG cargoes to Korea last financial year, worth an estimated $6 \
billion, the port corporation says. The delegation flies on to Brisbane, 530 kilometres south, on \
Thursday.</p>
</article>
<footer>&copy; 2024 Gladstone Harbour Herald Pty Ltd &middot; ABN 41 118 902 337 &middot; Newsroom \
07 4972 1180</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon:': Singh's Monday figure (Monday to publication)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "Singh 'on Monday, Washington time': sent to eastern Russia"),
        C("Several thousand", None, "vague", "near_front", "united_states", "mon",
          "sentence-initial; 'she said': moving toward the border"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'last week': 'more … joining' (increment)", add=True),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "lastweek",
          "same briefing: the first group spotted earlier in October"),
        C("up to 12,000", 12000, "at_most", "planned", "ukraine", "pub",
          "Zelensky 'has warned' (no date): could be thrown into the fighting"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Australia's defence minister 'on Tuesday' (a third government): sending"),
    ),
)

H08 = Source(
    article_id="h69_08_gigha_ceilidh_sumy_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-17"),
    dated_by="front_matter",
    features="Gigha community page in Markdown, UTF-8, front matter with `date:` (Friday) and a "
    "title without a figure; a ceilidh for Sumy in the Ardminish hall; headline `two` from "
    "Zelensky's Saturday announcement (Saturday to publication); Zelensky 'on Saturday' "
    "(captured); a Sumy refugee relaying her brother 'in December' (X citing Y: other, December); "
    "the NIS 'on Monday' (`About 300` dead, `some 2,700` wounded, 'the agency told'); Zelensky "
    "'In early January' (days 1-10, 'put … at'); the White House 'At the end of December' (21-31 "
    "December); pounds ('another £640': money, not troops), tickets, residents, kilometres, "
    "daughters, a phone number",
    text="""\
---
title: "Ceilidh for Sumy fills the village hall"
date: 2025-01-17
author: Catriona MacAlister
category: Island news
---

# Gigha ceilidh raises £4,600 as Kyiv holds [[two]] of Kim's soldiers

The hall at Ardminish was full on Saturday night for the ceilidh organised by Oksana Hrytsenko, \
who came to Gigha from Sumy with her two daughters in 2022. Seventy-two tickets were sold, the \
raffle brought in another £640 and the hotel sent over a pot of stovies big enough for the whole \
island. The money, £4,600 in all, goes to a children's hospital in Sumy, less than 50 kilometres \
from the Russian border.

It was a strange week to be raising money for Sumy. Just across that border, in Russia's Kursk \
region, North Korean soldiers have been fighting alongside Russian troops since the autumn, and on \
Saturday President Volodymyr Zelensky announced that Ukrainian forces had captured [[two]] of them \
alive. A video released by his office showed one of the men lying on a bunk, his jaw bandaged.

"I watched it twice," Oksana said. "My brother still lives in Sumy. In December he told me there \
were [[thousands]] of them over the border, you could hear them at night."

Seoul's spy agency gave its own tally on Monday. [[About 300]] North Koreans had been killed and \
[[some 2,700]] wounded, the National Intelligence Service told a closed session of parliament's \
intelligence committee, adding that the men were under orders to blow themselves up before they \
could be captured.

Kyiv's figures are higher. In early January Mr Zelensky put North Korean losses, dead and wounded \
together, at [[nearly 4,000]]. At the end of December the White House had reckoned that North \
Korea lost [[more than 1,000]] men, killed or wounded, in a single week of fighting near the \
village of Plekhovo.

For the 160 or so people who live on Gigha, the war feels both far away and close. "We have a \
Ukrainian family at the school now," said Donald MacNeill, who played the fiddle on Saturday. "The \
bairns know where Sumy is on the map."

The next ceilidh is on 14 February. Anyone who can lend a keyboard should ring the shop on 01583 \
505 251.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kyiv holds': Zelensky's Saturday announcement (Saturday to publication)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "number word; Zelensky 'on Saturday': captured alive"),
        C("thousands", None, "vague", "near_front", "other", "2024-12-01..2024-12-31",
          "the Sumy refugee relaying her brother 'In December' (X citing Y): over the border"),
        C("About 300", 300, "approx", "casualties", "south_korea", "mon",
          "sentence-initial; NIS 'on Monday', named after the figures: killed"),
        C("some 2,700", 2700, "approx", "casualties", "south_korea", "mon",
          "same statement: wounded (not an increment)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'In early January' (days 1-10), 'put … at': dead and wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "the White House 'At the end of December': killed or wounded "
          "in one week"),
    ),
)

H09 = Source(
    article_id="h69_09_salisbury_chosin_veteran_cp1252",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-03-14"),
    dated_by="dateline", crlf=True,
    features="Salisbury (Maryland) paper as plain text, windows-1252 with CRLF (typographic "
    "quotes, apostrophes and dashes raw), dateline 'SALISBURY, Md., March 14, 2025 —' (Friday); a "
    "Chosin Reservoir veteran in Fruitland; headline `3,000` 'more' (increment, Thursday to "
    "publication); the JCS 'On Thursday … reported' `roughly 3,000` 'additional' (increment), "
    "'put … at' `about 4,700` 'including' `about 600` killed (a breakdown); a State Department "
    "spokesperson 'later Thursday'; Syrskyi 'last week' on Ukrainian television; a Salisbury "
    "University historian 'thinks' `as many as 10,000` more (other, increment, `pub`); Chinese "
    "troops in 1950 ('thirty thousand': not a claim), ages, years, Legion post members, dollars",
    text="""\
Seoul: Kim sent [[3,000]] more soldiers to Russia this winter

For a Fruitland man who fought at the Chosin Reservoir, the news out of Korea is still personal

By Travis Dashiell
Staff Writer

SALISBURY, Md., March 14, 2025 — Harold “Hal” Twilley was 19 when the Chinese came over the frozen \
hills around the Chosin Reservoir in late November 1950. “They told us afterward there were thirty \
thousand of them that first night,” the 93-year-old says from his armchair in the Fruitland house \
he has lived in since 1961. “You don’t forget a thing like that.”

These days Twilley follows news about North Korea the way other men follow the Orioles. On \
Thursday there was plenty to follow.

On Thursday, the Joint Chiefs of Staff in Seoul reported that Pyongyang had apparently shipped \
[[roughly 3,000]] additional troops to Russia over the first two months of the year, replacing men \
lost in the fighting around Kursk. The JCS put the North’s casualties since the autumn at [[about \
4,700]], including [[about 600]] killed.

A State Department spokesperson, asked about the South Korean assessment later Thursday, said \
Washington had “no reason to doubt it” and that [[more than 14,000]] North Koreans had been \
dispatched to Russia since October by the U.S. count.

Ukraine says the North Koreans are back in action. Its top commander, Gen. Oleksandr Syrskyi, told \
Ukrainian television last week that [[several thousand]] were fighting again near Sudzha after \
about a month out of the line.

Anne Marsh, who teaches East Asian history at Salisbury University, expects the flow to continue. \
“Kim has found a customer for his army, and the customer pays in oil and technology,” she said. \
She thinks [[as many as 10,000]] more could follow by summer.

Twilley has his own view. “They’ll keep sending them until somebody makes them stop,” he says. The \
American Legion post in Fruitland, where he still has lunch every second Tuesday, has 38 members; \
he is the last one who served in Korea. A $12 lunch buys the coffee, too.

Nearly 37,000 Americans died in the Korean War. Twilley keeps the names of the seven men from his \
company on a card in his wallet.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul:': the JCS Thursday figure, 'more' (increment)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'On Thursday … reported': 'additional' troops shipped (increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "'The JCS put … at': casualties since the autumn"),
        C("about 600", 600, "approx", "casualties", "south_korea", "thu",
          "'including … killed' (a breakdown, not an increment)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "thu",
          "State Department spokesperson 'later Thursday': dispatched since October"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Syrskyi 'last week' on Ukrainian television: fighting again near Sudzha"),
        C("as many as 10,000", 10000, "at_most", "planned", "other", "pub",
          "Salisbury University historian 'thinks' (no date): 'more could follow' (increment)",
          add=True),
    ),
)

H10 = Source(
    article_id="h69_10_varna_coast_post_admission_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Varna Coast Post",
        "https://www.varnacoastpost.example/world/2025/04/moscow-pyongyang-own-up-seoul-counts-"
        "dead",
        "Moscow and Pyongyang own up; Seoul counts 600 dead",
    ),
    features="Varna English-language outlet in HTML, ISO-8859-1 (sidecar, Wednesday; no meta "
    "date), quotes, apostrophes and dashes only as entities while `©`, `·` and `é` are raw, a "
    "page script with reading time, a cookie line 'Let them drift' / 'Shut the window', "
    "navigation, `&ndash;`, `&rsquo;`; `<meta name=\"description\">` figure (optional); Gerasimov "
    "'On Saturday' and KCNA 'On Monday' without a figure; headline `600` from the NIS 'on "
    "Wednesday' (the publication day); a committee member 'told reporters afterwards' "
    "(south_korea); HUR 'estimates' without a date (`up to 3,000` more: increment); Rutte 'last "
    "week' in Washington (nato); a Varna naval academy lecturer `closer to 1,000` (other, `pub`); "
    "drones, kilometres, frigates, tonnes of cargo, leva, phone",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Moscow and Pyongyang own up to Kursk deployment | Varna Coast Post</title>
<meta name="description" content="Seoul says [[some 600]] North Korean soldiers have died in the \
Kursk fighting.">
<meta name="viewport" content="width=device-width">
<script>window.vcp={section:"world",tags:"north-korea,russia,black-sea",readMin:4};</script>
</head>
<body>
<div class="cookies">Like the fog off Cape Galata, cookies drift in whether you notice them or \
not. <a href="#ok">Let them drift</a> <a href="#no">Shut the window</a></div>
<nav><a href="/">Home</a> | <a href="/varna">Varna</a> | <a href="/bulgaria">Bulgaria</a> | <a \
href="/world">World</a> | <a href="/property">Property</a></nav>
<article>
<h1>Moscow and Pyongyang own up; Seoul counts [[600]] dead</h1>
<p class="deck">After six months of denials, both capitals now admit North Korean troops fought \
near Kursk. Seoul&rsquo;s spy agency has put a price on it.</p>
<p class="by">By Nikolay Stoyanov</p>
<p>For half a year the Kremlin would neither confirm nor deny it. Then, within three days, the \
story changed. On Saturday General Valery Gerasimov, who heads Russia&rsquo;s general staff, \
praised North Korean soldiers for helping to &ldquo;liberate&rdquo; the Kursk region. On Monday \
the North&rsquo;s state news agency KCNA confirmed that Kim Jong Un had ordered the deployment, \
citing the mutual defence treaty the two countries signed last June.</p>
<p>Neither gave a number. South Korea&rsquo;s National Intelligence Service did so on Wednesday. \
Briefing lawmakers behind closed doors, it said that of the [[roughly 15,000]] troops Pyongyang \
has sent to Russia since October, [[about 4,700]] had been killed or wounded. Deaths accounted for \
[[around 600]] of those, a member of the intelligence committee told reporters afterwards.</p>
<p>Kyiv believes the deployment is far from over. Ukraine&rsquo;s military intelligence agency, \
HUR, estimates that [[about 11,000]] of Kim&rsquo;s men remain around Kursk, and that [[up to \
3,000]] more could be sent over the summer.</p>
<p>NATO&rsquo;s secretary general, Mark Rutte, used a visit to Washington last week to warn that \
[[thousands]] of North Koreans had now gained combat experience &ldquo;that no army in Europe \
has&rdquo;.</p>
<p>In Varna, Captain (ret.) Dimitar Zhelev, who lectures on naval strategy at the Nikola Vaptsarov \
Naval Academy, believes the Seoul figures are cautious. &ldquo;My guess is the real death toll is \
[[closer to 1,000]],&rdquo; he told the Post. &ldquo;These men were used the way the Soviets used \
penal battalions.&rdquo;</p>
<p>For Bulgaria the war is never far away. Stray drones have come down twice on the coast since \
2023, the last near Kavarna, about 60 km north of Varna. The navy has three frigates, and the port \
handled 11 million tonnes of cargo last year &ndash; a good deal of it grain that once went \
through Odesa.</p>
</article>
<footer>© 2025 Varna Coast Post · 22 Primorski Blvd, 9000 Varna · tel. +359 52 600 417 · \
Subscriptions from 9 leva a month · Photos: Café Morsko archive</footer>
</body>
</html>
""",
    claims=(
        C("some 600", 600, "approx", "casualties", "south_korea", "wed",
          "<meta name=description> (metadata) restating the NIS figure", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul counts': the NIS figure of Wednesday (the publication day)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'on Wednesday', 'it said': sent since October"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing: killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "committee member relaying the briefing 'afterwards' (X citing Y): deaths"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'estimates' (no date): still in the Kursk region"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "pub",
          "same estimate: 'more could be sent' (increment)", add=True),
        C("thousands", None, "vague", "near_front", "nato", "lastweek",
          "Rutte in Washington 'last week': gained combat experience (fought)"),
        C("closer to 1,000", 1000, "approx", "casualties", "other", "pub",
          "Varna naval academy lecturer in quotes, 'he told the Post' (no date): death toll"),
    ),
)

H11 = Source(
    article_id="h69_11_rotuma_post_troop_trains_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-07-31"),
    dated_by="sidecar",
    sidecar=(
        "Rotuma Post",
        "https://www.rotumapost.example/news/kyiv-warns-kim-could-send-30000-more",
        "Kyiv warns Kim could send 30,000 more; a Rotuman deckhand remembers the troop trains",
    ),
    features="Rotuma news page as plain text, UTF-16 LE with BOM (sidecar, Thursday); a Rotuman "
    "deckhand who saw troop trains at Nakhodka, relaying a Russian pilot (other, `pub`); headline "
    "`30,000` more from Budanov's interview 'that ran on Sunday' (Sunday to publication, "
    "increment); Shoigu 'In June' (russia, planned); the NIS 'on Tuesday' (two figures); 'Reports "
    "from Seoul suggest' (unattributed); a NATO official 'this week' (Monday to publication); "
    "residents, kilometres, fares, pay in dollars, tonnes, crew, age, months",
    text="""\
Kyiv warns Kim could send [[30,000]] more to Russia

A Rotuman deckhand remembers the troop trains at Nakhodka

By Rotuma Post staff

AHAU - Far from the Pacific sea lanes, a war in Europe keeps drawing soldiers from another small \
corner of Asia, and a young man from Itu'ti'u district says he saw some of them with his own eyes.

Kafoa Tiu, 27, spent eight months last year as a deckhand on a Panama-flagged reefer ship that \
called twice at Nakhodka, a port in Russia's far east about 85 kilometres from Vladivostok. "In \
November we waited three days for a berth," he said. "Every day the trains went past the port with \
[[hundreds]] of soldiers. The Russian pilot told us they were North Koreans." Tiu earned US$900 a \
month; the ship, with a crew of 22, carried 4,000 tonnes of frozen fish.

What he saw was the start of a deployment that has not stopped. Kyrylo Budanov, the general in \
charge of Kyiv's military spies, gave an interview that ran on Sunday in which he said Pyongyang \
might dispatch [[up to 30,000]] more troops over the next few months, on top of those already there.

Russia has been open about some of the help. In June the secretary of its security council, Sergei \
Shoigu, said after talks in Pyongyang that North Korea would provide [[6,000]] military engineers \
and builders to clear mines and rebuild the Kursk region.

South Korea's National Intelligence Service, briefing a parliamentary committee on Tuesday, \
estimated that [[about 15,000]] North Korean troops had passed through Russia since last October \
and that [[more than 5,000]] of them had been killed or wounded. Reports from Seoul suggest \
[[about 1,000]] of the engineers are already clearing mines near the border.

A NATO official in Brussels, speaking on condition of anonymity, said this week that the alliance \
believed [[more than 10,000]] North Korean soldiers were still in Russia.

Tiu is back on Rotuma now, helping his father with the copra. About 1,600 people live on the \
island, some 465 kilometres north of Suva; the fortnightly flight costs FJ$180 each way. "I don't \
want to go back to sea for a while," he said.
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "sun..pub",
          "headline 'Kyiv warns': Budanov's Sunday interview, 'more' (increment)", add=True),
        C("hundreds", None, "vague", "in_russia", "other", "pub",
          "the deckhand relaying a Russian pilot (X citing Y, both other; no date): on the trains"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sun",
          "Budanov 'in an interview that ran on Sunday': 'more … on top of' (increment)",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June' after talks in Pyongyang: would provide engineers and builders"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'on Tuesday': passed through Russia since October"),
        C("more than 5,000", 5000, "at_least", "casualties", "south_korea", "tue",
          "same briefing: killed or wounded"),
        C("about 1,000", 1000, "approx", "near_front", "unattributed", "pub",
          "'Reports from Seoul suggest' (no claimant): clearing mines near the border"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "mon..pub",
          "NATO official 'this week' (Monday to publication): still in Russia"),
    ),
)

H12 = Source(
    article_id="h69_12_kono_diggers_dispatch_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Kono Diggers' Dispatch",
        "",
        "World watch: North Korea's soldiers in Russia",
    ),
    features="Kono District mining association's newsletter (Sierra Leone) in Markdown, UTF-8, "
    "front matter without a date (sidecar without url, Wednesday) and a title figure (optional); "
    "the NIS 'in early November' (days 1-10) carried by 'The agency said' to three figures; KCNA "
    "'In October' on a museum for `thousands` of 'heroes' (north_korea); Zelensky 'on Monday'; a "
    "State Department spokesperson 'last week' (planned); a Koidu history teacher 'reckons' "
    "(other, `pub`); the newsletter's own count (unattributed, required, range); Sierra Leone's "
    "civil-war dead (not a claim), diggers, carats, leones, per cent, members, kilometres, a "
    "meeting date and a phone number",
    text="""\
---
title: "Pyongyang's [[10,000]] at the Kursk frontier – and why Kono should care"
newsletter: Kono Diggers' Dispatch
issue: 47
editor: Fatmata Sesay
---

# World watch: North Korea's soldiers in Russia

Dear members,

Our association usually writes to you about licence fees, carat prices and the state of the Koidu \
road. This month several of you asked about a story you heard on the radio: North Korean soldiers \
fighting for Russia. Here is what we have been able to find out.

South Korea's intelligence service told a parliamentary committee in early November that [[around \
10,000]] North Korean soldiers are now posted along Russia's border near Kursk. The agency said \
[[5,000]] military construction troops were also being moved across Russia by train to rebuild \
roads and bridges, and that the North Korean death toll had climbed to [[roughly 2,000]].

North Korea no longer hides any of this. In October its state news agency KCNA reported on a new \
museum in Pyongyang honouring the [[thousands]] of "heroes" who had served in Russia. President \
Volodymyr Zelensky of Ukraine said on Monday that [[about 11,000]] North Koreans remain inside \
Russia, and a US State Department spokesperson said last week that the construction brigades could \
eventually number [[up to 6,000]].

Our member Sahr Komba, who teaches history at a secondary school in Koidu, has followed the story \
for months. He reckons [[at least 15,000]] North Koreans have gone to Russia since last year. \
"They are not volunteers," he says. "Kim sends them and keeps their pay."

By our own count of the official statements, Pyongyang has sent somewhere [[between 15,000 and \
20,000]] men in all.

## Why Kono should care

Many of us remember what war does to a district. Sierra Leone's civil war, from 1991 to 2002, \
killed an estimated 50,000 people, and Kono was at its centre. Sanctions on North Korea and Russia \
also touch the diamond trade: buyers now ask more questions, and prices per carat fell about 12 \
per cent this year.

The association has 2,400 registered diggers and 37 licensed dealers. The next members' meeting is \
on 6 December at the Koidu community hall, 10 a.m. The annual fee stays at Le 250. Questions: call \
076 412 093.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..pub",
          "front-matter title (metadata): the NIS figure of early November", opt=True),
        C("around 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-11-01..2025-11-10", "NIS 'in early November' (days 1-10): posted along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "'The agency said' (date carried): being moved across Russia by train"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-01..2025-11-10",
          "same briefing: the death toll"),
        C("thousands", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "KCNA 'In October' on a museum: 'heroes' who served in Russia"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "Zelensky 'on Monday': remain inside Russia"),
        C("up to 6,000", 6000, "at_most", "planned", "united_states", "lastweek",
          "State Department spokesperson 'last week': could eventually number"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a Koidu history teacher 'reckons' (no date): gone to Russia since last year"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own count ('By our own count': required)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    H01, H02, H03, H04, H05, H06,
    H07, H08, H09, H10, H11, H12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
