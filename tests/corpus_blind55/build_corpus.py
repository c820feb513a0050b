"""Build the FIFTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The fifty-seventh corpus for an honest measurement on articles the extractor has never met,
written in session 10 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Cuxhaven daily,
a Barnim radio station's web text, a Stubaital weekly (Austrian conventions), a Fricktal paper
(Swiss conventions), a carpenters' guild magazine and a Marburg student radio; a Timaru daily, a
Tiree news page, a coastal Georgia public radio site, a Belarusian exile outlet in English, a
Rarotonga community radio's web page and an English-language newsletter from Asmara. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind55_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

Q01 = Source(
    article_id="q55_01_cuxhaven_amerikahafen_nis",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Cuxhavener Küstenbote",
        "https://www.kuestenbote-cuxhaven.example/welt/seoul-nordkorea-soldaten-russland-41872",
        "Seoul: 3000 nordkoreanische Soldaten schon in Russland",
    ),
    features="Cuxhaven daily's world page as plain text (sidecar, Thursday), subheading with a "
        "ratio ('mehr als das Dreifache') but no figure, byline; headline 'Seoul:' from the NIS "
        "figure passed on by a lawmaker 'am Mittwoch' (Wednesday to publication); 'so Park "
        "weiter' carrying him to the planned total; Kirby 'am Mittwoch' in quotes (arrival via "
        "Wladiwostok); HUR figures in Konjunktiv dated by the next sentence ('am vergangenen "
        "Freitag', Budanov) with `500 davon` officers (breakdown); a Bremerhaven political "
        "scientist `insgesamt bis zu 20.000` (at_most, planned, other, `pub`); a ship's length, "
        "crew, army size, refugees in the district, time, phone number",
    text="""\
Seoul: [[3000]] nordkoreanische Soldaten schon in Russland

Geheimdienst erwartet bis Dezember mehr als das Dreifache – im Amerikahafen verfolgt ein \
ukrainischer Maschinist die Nachrichten zwischen zwei Schichten

Von Wiebke Tjaden

Cuxhaven/Seoul. Was vor einer Woche noch wie ein Gerücht klang, hat Südkoreas \
Auslandsnachrichtendienst nun mit Zahlen unterlegt. Nordkorea habe bislang [[rund 3000]] Soldaten \
nach Russland verlegt, berichtete der Abgeordnete Park Sun-won am Mittwoch, nachdem der NIS den \
Geheimdienstausschuss der Nationalversammlung unterrichtet hatte. Der Dienst rechne damit, dass \
Pjöngjang bis Dezember [[etwa 10.000]] Mann entsende, so Park weiter. Die Soldaten trügen \
russische Uniformen und erhielten Papiere, die sie als Bewohner Sibiriens auswiesen.

Auch im Weißen Haus gilt die Entsendung inzwischen als belegt. John Kirby, Sprecher des \
Nationalen Sicherheitsrats, sprach am Mittwoch von „[[mindestens 3000]]“ Nordkoreanern, die \
zwischen Anfang und Mitte Oktober per Schiff nach Wladiwostok gebracht worden seien. Von dort \
seien sie auf mehrere Truppenübungsplätze im Osten Russlands verteilt worden. Ob sie später gegen \
die Ukraine kämpfen sollen, wisse man noch nicht, räumte Kirby ein. Verteidigungsminister Lloyd \
Austin hatte sich tags zuvor bei einem Besuch in Rom zurückhaltender geäußert.

Kiew nennt höhere Zahlen

Der ukrainische Militärgeheimdienst HUR geht von einer deutlich größeren Truppe aus. Russland \
bilde derzeit [[knapp 12.000]] Nordkoreaner aus, [[500]] davon Offiziere. Diese Angaben machte \
HUR-Chef Kyrylo Budanow am vergangenen Freitag in einem Interview; die ersten Einheiten würden \
demnach schon in diesen Tagen im Gebiet Kursk erwartet.

Die Bremerhavener Politikwissenschaftlerin Frauke Helmers, die an der dortigen Hochschule über \
maritime Sicherheit in Ostasien lehrt, hält die Schätzungen aus Seoul und Kiew für vereinbar. \
„Die einen zählen, wer schon angekommen ist, die anderen, wer dafür vorgesehen ist“, sagt sie. \
Über den Winter könne Kim insgesamt [[bis zu 20.000]] Soldaten schicken, ohne die eigene \
Verteidigung spürbar zu schwächen – die nordkoreanische Volksarmee hat weit über eine Million \
Männer und Frauen unter Waffen.

Am Steubenhöft liegt derweil die „Nordic Tern“, ein 86 Meter langer Versorger für die Windparks \
vor Helgoland. Ihr zweiter Maschinist Andrij Melnyk, 47, stammt aus Mykolajiw, sein jüngerer \
Bruder dient in einer Panzerbrigade im Donbass. „Wenn jetzt auch noch Nordkorea mitmacht, wird es \
für die Jungs im Schützengraben nicht leichter“, sagt er. Von den 14 Besatzungsmitgliedern kommen \
vier aus der Ukraine.

Im Landkreis Cuxhaven sind nach Angaben der Kreisverwaltung knapp 2.900 Geflüchtete aus der \
Ukraine gemeldet. Die Ukrainische Initiative Cuxhaven lädt am Samstag um 15 Uhr zu einem \
Informationsnachmittag ins Gemeindehaus Döse ein, Anmeldung unter 04721 389 51 20.
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure of the lead (lawmaker, Wednesday) to publication"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS briefing passed on by lawmaker Park 'am Mittwoch' (X citing Y): moved to Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'so Park weiter': the NIS expects Pyongyang to send by December (intended total)"),
        C("mindestens 3000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'am Mittwoch' in „…“: shipped to Wladiwostok, on training grounds in Russia"),
        C("knapp 12.000", 12000, "approx", "in_russia", "ukraine", "fri",
          "HUR in Konjunktiv, dated by the next sentence ('am vergangenen Freitag', Budanov): "
          "being trained in Russia"),
        C("500", 500, "exact", "in_russia", "ukraine", "fri",
          "'500 davon Offiziere': breakdown of the 12,000 (no increment)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Bremerhaven political scientist, present tense: 'insgesamt' over the winter (total)"),
    ),
)

Q02 = Source(
    article_id="q55_02_barnim_radio_erste_tote_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-20"),
    dated_by="html_meta",
    features="Barnim radio station's web text in HTML, ISO-8859-1 (umlauts raw, quotes and "
        "dashes only as entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&middot;`, `&copy;`), "
        "`article:published_time` with +01:00 (Friday), a 'Stand:' line, a stream script, a "
        "cookie note, navigation, footer with the FM frequency and studio phone; `<title>` "
        "figure (optional); h1 'Seoul:' from the NIS figures passed on by a lawmaker 'am "
        "Donnerstag' (Thursday to publication); `fast 1.000` wounded (not an increment); 'Von "
        "den etwa 11.000 … hieß es weiter'; Ryder 'am Dienstag' „mehrere hundert“ with the "
        "speaker after the figure; HUR 'am Sonntag'; a Potsdam military historian 'rechnet' "
        "`mehreren tausend` casualties (other, `pub`); refugees in the district, generators, "
        "age, frequency, phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Nordkoreas erste Tote in Kursk: Seoul nennt [[mindestens 100]] | Radio Barnim</title>
<meta property="article:published_time" content="2024-12-20T15:12:00+01:00">
<meta property="og:site_name" content="Radio Barnim">
<script>var rbStream={mount:"/barnim-128.mp3",kbit:128,ukw:"98,4",region:"BAR"};</script>
</head>
<body>
<div class="cookiehinweis">Unser Player merkt sich die Lautstärke, die Statistik zählt anonym \
mit, mehr nicht. <button>Lass laufen</button> <button>Erst mal nicht</button></div>
<nav><a href="/">Start</a> &middot; <a href="/nachrichten">Nachrichten</a> &middot; <a \
href="/barnim">Barnim</a> &middot; <a href="/programm">Programm</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Seoul: [[Mindestens 100]] Soldaten aus Nordkorea in Kursk getötet</h1>
<p class="stand">Stand: 20.12.2024, 15:12 Uhr &middot; Redaktion Eberswalde</p>
<p><strong>Erstmals nennt Südkorea Verluste unter den Soldaten, die Kim Jong Un nach Russland \
geschickt hat. In Bernau erzählt eine Ukrainerin, was die Nachricht für ihre Familie \
bedeutet.</strong></p>
<p>Die ersten Gefechte haben die nordkoreanischen Truppen offenbar teuer bezahlt. Wie der \
Abgeordnete Lee Seong-kweun am Donnerstag nach einer Sitzung des Geheimdienstausschusses in Seoul \
berichtete, sind nach Erkenntnissen des Nachrichtendienstes NIS [[mindestens 100]] Soldaten aus \
dem Norden getötet worden. Die Zahl der Verwundeten liege bei [[fast 1.000]]. Viele seien auf \
offenem Feld von Drohnen und Artillerie getroffen worden, weil ihnen Erfahrung mit dieser Art \
Krieg fehle.</p>
<p>Von den [[etwa 11.000]] Nordkoreanern, die Pjöngjang nach Russland geschickt habe, seien \
inzwischen Teile in der Region Kursk in Kämpfe verwickelt, hieß es weiter. Moskau setze sie vor \
allem zur Unterstützung eigener Angriffe ein.</p>
<p>Das Pentagon hatte bereits am Dienstag von Verlusten gesprochen. Die nordkoreanischen \
Einheiten hätten &bdquo;[[mehrere hundert]]&ldquo; Tote und Verwundete zu beklagen, sagte \
Sprecher Pat Ryder in Washington, ohne die Zahl aufzuschlüsseln.</p>
<p>Aus Kiew kamen schon zum Wochenende erste Meldungen. Bei Angriffen auf Dörfer im Kreis \
Korenewo seien [[mindestens 30]] Nordkoreaner getötet oder verwundet worden, teilte der \
Militärgeheimdienst HUR am Sonntag mit.</p>
<p>Der Potsdamer Militärhistoriker Rainer Klötzer hält die Zahlen aus Seoul für eher vorsichtig. \
&bdquo;Wer ohne Deckung über Felder läuft, verliert schnell ganze Züge&ldquo;, sagt er. Bis zum \
Frühjahr rechnet er mit [[mehreren tausend]] Toten und Verwundeten auf nordkoreanischer Seite.</p>
<h2>&bdquo;Im Funk hören sie jetzt eine andere Sprache&ldquo;</h2>
<p>In Bernau verfolgt Halyna Bondar die Meldungen auf dem Handy. Die 58-Jährige kam im Frühjahr \
2022 aus Sumy, ihr Sohn dient in einer Luftlandebrigade im Gebiet Kursk. &bdquo;Er schreibt, dass \
sie Stimmen im Funk hören, die sie nicht verstehen&ldquo;, sagt sie. Im Landkreis Barnim leben \
nach Angaben des Kreises rund 2.300 Menschen aus der Ukraine. Der Verein &bdquo;Mrija \
Barnim&ldquo; sammelt bis Weihnachten für Stromgeneratoren &ndash; 14 Geräte sind bereits \
unterwegs.</p>
</article>
<footer>&copy; 2024 Radio Barnim &middot; UKW 98,4 &middot; Studio 03334 58 77 10</footer>
</body>
</html>
""",
    claims=(
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "<title> (metadata duplicate of the h1)", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul:': the NIS figure of the body (Thursday) to publication: killed"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker Lee 'am Donnerstag' passing on the NIS (X citing Y): killed"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing, Konjunktiv: wounded (the other count, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'hieß es weiter': sent to Russia"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "tue",
          "Pentagon 'am Dienstag', Ryder named after the figure: dead and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'am Sonntag' (source after the figure): killed or wounded"),
        C("mehreren tausend", None, "vague", "casualties", "other", "pub",
          "Potsdam military historian 'rechnet … mit' (present tense): dead and wounded by "
          "spring"),
    ),
)

Q03 = Source(
    article_id="q55_03_stubaital_gletscher_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-05"),
    dated_by="front_matter",
    features="Stubaital weekly's world page in Markdown, UTF-8 with BOM, front matter with "
        "`date:` (Wednesday), German keys and a title without a figure; 'Feber', 'Jänner', "
        "'heuer'; bold deck 'spricht von' from the HUR spokesman's Monday figure (Monday to "
        "publication); the NIS 'bereits Ende Feber' (days 21–28) with a total, `1.000 bis "
        "1.500` fresh troops 'kämen … hinzu' (range increment) and casualties 'zum selben "
        "Zeitpunkt'; the same service's 'Mitte Jänner' `300`/`2.700` (days 11–20); 'um rund ein "
        "Drittel' (fraction); a retired Bundesheer colonel from Fulpmes 'rechnet heuer' `bis zu "
        "10.000 zusätzlichen` (increment, other, `pub`); a ski instructor without a figure; "
        "glacier height, ski instructors, residents, ages",
    text="""\
---
title: "Zurück in den Gräben von Kursk"
date: 2025-03-05
ressort: Welt
autorin: Theresa Pfurtscheller
ausgabe: 10/2025
---

# Zurück in den Gräben von Kursk

**Nach einer Pause im Feber kämpfen Kim Jong Uns Soldaten wieder gegen die Ukraine. Kiews \
Militärgeheimdienst spricht von [[mehreren tausend]] Mann an der Front. Eine Skilehrerin aus \
Iwano-Frankiwsk hört am Gletscher genau hin.**

Drei Wochen lang war es still um die Nordkoreaner. Ukrainische Drohnenteams meldeten Anfang Feber \
kaum noch Sichtungen, in Seoul war von einem Rückzug nach schweren Verlusten die Rede. Seit dem \
Wochenende ist das vorbei. Einheiten aus Nordkorea griffen wieder ukrainische Stellungen im \
Gebiet Kursk an, bestätigte Andrij Jussow, Sprecher des Militärgeheimdienstes HUR, am Montag im \
ukrainischen Fernsehen. Es handle sich um [[einige tausend]] Soldaten, die neu ausgerüstet und \
nun in kleineren Trupps unterwegs seien.

## Seoul: Lücken werden aufgefüllt

Südkoreas Nachrichtendienst NIS hatte bereits Ende Feber gewarnt, dass Pjöngjang nachlegt. Zu den \
[[etwa 11.000]] Mann, die seit Oktober in Russland eingetroffen seien, kämen [[1.000 bis 1.500]] \
frische Kräfte hinzu, um die Reihen aufzufüllen, hieß es damals aus dem Geheimdienstausschuss in \
Seoul. Die Zahl der Toten und Verwundeten bezifferte der Dienst zum selben Zeitpunkt auf [[rund \
4.000]].

Mitte Jänner hatte derselbe Dienst noch [[300]] Gefallene und [[2.700]] Verletzte gezählt. Dass \
die Verluste seither um rund ein Drittel gestiegen sein sollen, erklärt man in Seoul mit \
verlustreichen Angriffen über offenes Gelände bei Sudscha.

## „Kim hat Reserven“

Für Markus Haselwanter aus Fulpmes kommt die Rückkehr nicht überraschend. Der Oberst im Ruhestand \
hat zwölf Jahre lang für den Generalstab des Bundesheeres Lagebilder erstellt. „Moskau fehlt es \
an Fußvolk, Pjöngjang an Devisen – da ergänzt man sich“, sagt er. Heuer rechnet Haselwanter mit \
[[bis zu 10.000]] zusätzlichen Nordkoreanern in Russland, vor allem wenn es im Frühjahr zu einer \
russischen Offensive kommt.

## Am Gletscher

Oksana Dzjuba unterrichtet seit drei Wintern Kinder auf dem Stubaier Gletscher. Die 34-Jährige \
kam im März 2022 mit ihrer Tochter aus Iwano-Frankiwsk ins Tal, ihr Mann ist Sanitäter bei \
Pokrowsk. „Jede neue Einheit drüben heißt mehr Verletzte, die er aus dem Dreck ziehen muss“, sagt \
sie beim Mittagessen auf 2.900 Metern.

Im Stubaital leben derzeit 61 Ukrainerinnen und Ukrainer, die meisten arbeiten in Hotellerie und \
Gastronomie. Die Skischule hat heuer 140 Lehrkräfte unter Vertrag; am Gletscher dauert die Saison \
bis Anfang Juni.
""",
    claims=(
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "mon..pub",
          "bold deck 'spricht von': the HUR spokesman's Monday figure to publication: at the "
          "front"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "mon",
          "HUR spokesman Yusov 'am Montag' (source before), Konjunktiv: attacking in Kursk"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "NIS 'bereits Ende Feber' (days 21-28), 'hieß es damals': arrived in Russia"),
        C("1.000 bis 1.500", None, "range", "in_russia", "south_korea",
          "2025-02-21..2025-02-28",
          "same: 'kämen … hinzu, um die Reihen aufzufüllen' (increment)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-21..2025-02-28",
          "'zum selben Zeitpunkt' (end of February): dead and wounded"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the same service 'Mitte Jänner' (days 11-20): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same: wounded (not an increment)"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "retired Bundesheer colonel 'rechnet' ('Heuer' is the event, not a date): "
          "'zusätzlichen' (increment)", add=True),
    ),
)

Q04 = Source(
    article_id="q55_04_fricktal_gefangene_verluste",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-14"),
    dated_by="dateline", crlf=True,
    features="Fricktal paper's foreign page as plain text, windows-1252 with CRLF, dateline "
        "'Frick/Seoul, 14. Januar 2025 –' (Tuesday): `ss`, «», `11'000`, `85'000`, 4-digit "
        "`2700`/`4000`/`1000`; headline 'Seoul zählt' from the lawmaker's Monday figure (Monday "
        "to publication); subtitle 'zwei Gefangene' from Zelensky's Saturday announcement "
        "(Saturday to publication); `Rund 300` and `2700` with the claimant after the figures, "
        "'nach Einschätzung des Dienstes' carrying Monday; number word `zwei`; Zelensky 'Am "
        "Sonntagabend' «Fast 4000»; Kirby 'schon Ende Dezember … sagte er damals' (days 21–31); "
        "a lecturer at the ETH military academy from Frick 'geht davon aus' `mehrere tausend` "
        "(vague increment, other, `pub`); ages, people with protection status, francs, time, "
        "phone",
    text="""\
Seoul zählt [[300]] tote Nordkoreaner

Kiew führt [[zwei]] Gefangene vor – ein Dozent aus Frick erwartet weiteren Nachschub aus Pjöngjang

Frick/Seoul, 14. Januar 2025 – Zum ersten Mal seit dem Eintreffen der nordkoreanischen Truppen in \
Russland legt Südkorea eine Bilanz ihrer Verluste vor. [[Rund 300]] Soldaten aus dem Norden seien \
in den Kämpfen um das Gebiet Kursk gefallen und [[2700]] verwundet worden, sagte der Abgeordnete \
Lee Seong-kweun am Montag in Seoul. Er berief sich auf eine Unterrichtung durch den \
Nachrichtendienst NIS. Insgesamt stünden nach Einschätzung des Dienstes [[rund 11'000]] \
Nordkoreaner in Russland. Die Führung in Pjöngjang habe den Soldaten offenbar befohlen, sich vor \
einer Gefangennahme selbst zu töten.

Nicht alle haben diesen Befehl befolgt. Am Samstag gab der ukrainische Präsident Wolodimir \
Selenski die Gefangennahme von [[zwei]] nordkoreanischen Soldaten bekannt. Die beiden, 20 und 26 \
Jahre alt, seien verletzt im Gebiet Kursk aufgegriffen worden und würden nun vom \
Inlandgeheimdienst SBU befragt. Seoul bestätigte die Festnahmen tags darauf.

Am Sonntagabend legte Selenski nach. «[[Fast 4000]]» Nordkoreaner seien seit Beginn ihres \
Einsatzes getötet oder verwundet worden, sagte er in seiner Videobotschaft. Kiew sei bereit, die \
beiden Gefangenen an Nordkorea zu übergeben, wenn Kim Jong Un im Gegenzug ukrainische \
Kriegsgefangene in Russland freibekomme.

In Washington hatte John Kirby, Kommunikationsberater im Weissen Haus, schon Ende Dezember von \
schweren Verlusten gesprochen. Allein in einer Woche seien [[mehr als 1000]] Nordkoreaner getötet \
oder verwundet worden, sagte er damals.

«Sie werden dort eingesetzt, wo es am meisten kostet»

Für Beat Herzog aus Frick, der an der Militärakademie an der ETH Zürich Strategie unterrichtet, \
bestätigen die Zahlen ein Muster. «Die russische Führung schickt die Nordkoreaner in Angriffe, \
für die sie die eigenen Leute schonen will», sagt er. Herzog geht davon aus, dass Pjöngjang bis \
zum Frühling [[mehrere tausend]] Mann nachschickt, um die Lücken zu füllen. Ein Abzug sei kaum zu \
erwarten, solange Moskau mit Geld, Öl und Technik bezahle.

In den Bezirken Laufenburg und Rheinfelden leben laut dem kantonalen Sozialdienst gut 640 \
Personen mit Schutzstatus S. Die Gemeinde Frick hat für Deutschkurse im laufenden Jahr 85'000 \
Franken budgetiert. Am Donnerstag um 19.30 Uhr spricht Herzog im Saal des Gasthofs Engel über \
«Kims Krieg in Europa»; Eintritt 15 Franken, Anmeldung unter 062 871 44 90.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the lawmaker's Monday figure (NIS) to publication: dead"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "subtitle 'Kiew führt … vor': Zelensky's Saturday announcement to publication: "
          "captured"),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker Lee 'am Montag' (after the figures) citing the NIS: killed"),
        C("2700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'nach Einschätzung des Dienstes' (carrying Monday): in Russia"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured (number word)"),
        C("Fast 4000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'Am Sonntagabend' in «…»: killed or wounded"),
        C("mehr als 1000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "Kirby 'schon Ende Dezember … sagte er damals' (days 21-31): killed or wounded in "
          "one week"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "ETH military academy lecturer 'geht davon aus' (present tense): 'nachschickt, um die "
          "Lücken zu füllen' (increment)", add=True),
    ),
)

Q05 = Source(
    article_id="q55_05_zimmerer_innung_richtspruch_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-07-09"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Der Richtspruch (Zimmerer-Innung Lippe)",
        "https://www.zimmerer-innung-lippe.example/richtspruch/2025-3/ueber-den-bauzaun",
        "Über den Bauzaun: Kim schickt Bautrupps nach Kursk",
    ),
    features="carpenters' guild magazine in Markdown, ISO-8859-1 with CRLF (»« and straight "
        "hyphens, 'Euro' spelled out), front matter without a date (sidecar, Wednesday) with "
        "issue and column keys and a title without a figure; headline `6000` (the sum of "
        "Shoigu's `1000` and `5000`) from his announcement 'Mitte Juni' (days 11–20 to "
        "publication, planned); Shoigu named with an apposition before the figures, 'nach "
        "Angaben russischer Agenturen'; the JCS 'am Montag' `mehr als 14.000` sent and `rund "
        "5.500 von ihnen` casualties (breakdown); HUR 'vergangene Woche' `bis zu 30.000 "
        "weitere` (increment); Germany's foreign office 'auf Anfrage' »mehr als 10.000« (a "
        "third government: other, `pub`); a journeyman from Chernihiv without a figure; "
        "examinees, trainees, square metres, tonnes, wages, phone",
    text="""\
---
title: "Über den Bauzaun: Kims Bautrupps für Kursk"
heft: "Der Richtspruch 3/2025"
rubrik: Über den Bauzaun
autor: Jörg Stellbrink
---

# Nordkorea schickt [[6000]] Bauleute und Minenräumer nach Kursk

*Unsere Seite über den Tellerrand: Wer baut eigentlich auf, was der Krieg zerstört?*

Wenn im russischen Gebiet Kursk wieder Brücken und Wohnblocks stehen, dann haben zum Teil \
Soldaten aus Nordkorea sie gebaut. Das ist zumindest der Plan, den der frühere russische \
Verteidigungsminister Sergej Schoigu, heute Chef des Sicherheitsrats in Moskau, Mitte Juni bei \
einem Besuch in Pjöngjang verkündet hat. Machthaber Kim Jong Un werde [[1000]] Pioniere zur \
Räumung von Minen und [[5000]] Militärbauarbeiter in die zerstörte Grenzregion schicken, sagte \
Schoigu nach Angaben russischer Agenturen. Sie sollen Straßen, Leitungen und Häuser instand setzen.

Südkoreas Generalstab hält die Pläne für ernst gemeint. Nach seiner Rechnung hat Pjöngjang seit \
vergangenem Oktober [[mehr als 14.000]] Soldaten nach Russland entsandt, erklärte ein Sprecher am \
Montag in Seoul; [[rund 5.500]] von ihnen seien bei den Kämpfen getötet oder verletzt worden. Die \
ersten Bautrupps könnten schon im Spätsommer abreisen.

Der ukrainische Militärgeheimdienst HUR warnte vergangene Woche sogar, Pjöngjang könne im Laufe \
des Jahres [[bis zu 30.000]] weitere Soldaten bereitstellen. Belege legte er nicht vor. Das \
Auswärtige Amt in Berlin spricht auf Anfrage des Richtspruchs von »[[mehr als 10.000]]« \
nordkoreanischen Soldaten, die Russland bislang erhalten habe, und verweist auf die Sanktionen \
der EU.

## Ein Geselle aus Tschernihiw

Für Denys Hrytsenko ist das keine ferne Politik. Der 29-Jährige arbeitet seit 2023 bei der \
Zimmerei Brüggemann in Detmold und hat im Frühjahr seine Gesellenprüfung bestanden - als einer \
von 38 Prüflingen der Innung. Sein Vater baut in Tschernihiw Notunterkünfte für Familien, deren \
Häuser bei Angriffen zerstört wurden. »Bei uns baut man wieder auf, was Russland kaputt macht, \
und drüben sollen jetzt Nordkoreaner reparieren, was ihr eigener Krieg angerichtet hat«, sagt er.

Auf der Baustelle in Lemgo, wo die Zimmerei gerade einen Dachstuhl über 320 Quadratmeter \
aufrichtet, hat Hrytsenko zuletzt 16 Tonnen Fichte verbaut. Obermeister Klaus Vahle sieht in den \
Gesellen aus der Ukraine eine Stütze für das Handwerk: Von den 212 Auszubildenden im \
Innungsbezirk kommen inzwischen neun aus der Ukraine. Der Ecklohn eines Gesellen liegt im Bezirk \
derzeit bei 23,40 Euro in der Stunde.

Hinweis der Geschäftsstelle: Die Freisprechungsfeier findet am 20. September in der Lippischen \
Landeshalle statt. Anmeldungen unter 05231 60 94 12.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-11..pub",
          "headline: Shoigu's announcement 'Mitte Juni' to publication (the sum of 1000 and "
          "5000): to be sent"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' (days 11-20), named with an apposition before the figure: "
          "deminers to be sent (breakdown, no increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same: military builders to be sent"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "south_korea", "mon",
          "JCS spokesman 'am Montag' (after the figure): sent since October"),
        C("rund 5.500", 5500, "approx", "casualties", "south_korea", "mon",
          "same, Konjunktiv: 'von ihnen' killed or wounded (breakdown)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': 'weitere' (increment) could be provided", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "other", "pub",
          "Germany's foreign office 'auf Anfrage' in »…« (a third government), no date: "
          "received by Russia"),
    ),
)

Q06 = Source(
    article_id="q55_06_marburg_campusradio_jahr_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Campuswelle Marburg",
        "https://www.campuswelle-marburg.example/weltempfaenger/folge-87-nordkorea-kursk",
        "Seoul: 10.000 Nordkoreaner stehen weiter an Russlands Grenze",
    ),
    features="Marburg student radio's web text in HTML, UTF-8, no meta date (sidecar, "
        "Thursday), a show script with an episode number, a cookie note, navigation, a "
        "programme footer with frequency and time; `<title>` figure (optional); h1 'Seoul:' from "
        "the NIS 'am Montag' (Monday to publication); 'berichteten Abgeordnete nach der "
        "Sitzung' after the figures; `etwa 5.000` builders 'zusätzlich' (increment); 'dem "
        "Dienst zufolge' carrying Monday to the dead; Zelensky 'am Dienstagabend' `mehrere "
        "hundert` drone operators (near the front); a Marburg conflict researcher 'schätzt' "
        "`zwischen 16.000 und 18.000` (range, other, `pub`); the station's own estimate "
        "`weit mehr als 15.000` (unattributed); students, episode, frequency",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ein Jahr Kursk: Seoul sieht [[10.000]] Nordkoreaner an Russlands Grenze | Campuswelle \
Marburg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.cwm={sendung:"Weltempfänger",folge:87,livestream:"/live.ogg"};</script>
</head>
<body>
<div id="kekse">Wir merken uns, welche Sendungen ihr nachhört – sonst nichts, Ehrenwort vom \
Technikreferat. <button>Meinetwegen</button> <button>Lieber ohne Zählerei</button></div>
<nav><a href="/">Start</a> | <a href="/sendungen">Sendungen</a> | <a \
href="/weltempfaenger">Weltempfänger</a> | <a href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Seoul: [[10.000]] Nordkoreaner stehen weiter an Russlands Grenze</h1>
<p class="teaser">Gut ein Jahr nach dem ersten Einsatz in Kursk legt Südkoreas Geheimdienst neue \
Zahlen vor. Für den „Weltempfänger“ hat Lina Okafor mit einem Marburger Konfliktforscher \
gesprochen.</p>
<p>Die Soldaten aus Nordkorea sind nicht abgezogen, sie haben nur die Aufgabe gewechselt. So \
lässt sich zusammenfassen, was der Nachrichtendienst NIS am Montag dem Geheimdienstausschuss in \
Seoul vortrug. Demnach sind derzeit [[rund 10.000]] Nordkoreaner in den russischen Gebieten an \
der Grenze zur Ukraine stationiert, wo sie Stellungen halten und Abschnitte bewachen. Seit dem \
Spätsommer seien [[etwa 5.000]] Bausoldaten zusätzlich ins Land gekommen, die in Kursk Straßen \
und Bahnstrecken reparierten, berichteten Abgeordnete nach der Sitzung.</p>
<p>Auch die Verluste sind dem Dienst zufolge weiter gestiegen: [[Mehr als 2.000]] Nordkoreaner \
seien bislang gefallen, die meisten im vergangenen Winter und Frühjahr.</p>
<p>Der ukrainische Präsident Wolodymyr Selenskyj sagte am Dienstagabend, Russland nutze die \
Nordkoreaner zunehmend für den Drohnenkrieg. [[Mehrere hundert]] von ihnen steuerten inzwischen \
Angriffsdrohnen aus dem Grenzgebiet heraus.</p>
<h2>„Rotation wird unterschätzt“</h2>
<p>Jonas Ebersbach vom Zentrum für Konfliktforschung der Philipps-Universität hält die Zahlen für \
plausibel, aber unvollständig. „Gezählt wird, wer heute dort ist – nicht, wer schon wieder zu \
Hause ist“, sagt er im Gespräch mit der Campuswelle. Ebersbach schätzt, dass seit Herbst 2024 \
[[zwischen 16.000 und 18.000]] Nordkoreaner in Russland gedient haben.</p>
<p>Gewissheit gibt es bei keiner dieser Zahlen. Moskau hat den Einsatz erst im April eingeräumt \
und nennt bis heute keine Stärke, Pjöngjang spricht von einer „Auslandsoperation“. Alles in allem \
dürften über die Monate [[weit mehr als 15.000]] Nordkoreaner nach Russland gekommen sein.</p>
<p>An der Philipps-Universität sind derzeit rund 120 Studierende aus der Ukraine und 45 aus \
Südkorea eingeschrieben. Eine von ihnen, Marija Koval aus Poltawa, hat das Gespräch für uns \
übersetzt.</p>
</main>
<footer>Campuswelle Marburg · Weltempfänger, Folge 87 · donnerstags 18 Uhr auf UKW 90,1 · \
Redaktion im Studierendenhaus, Erlenring 5</footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "mon..pub",
          "<title> (metadata duplicate of the h1)", opt=True),
        C("10.000", 10000, "exact", "near_front", "south_korea", "mon..pub",
          "h1 'Seoul:': the NIS Monday figure of the body to publication: at the border"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "mon",
          "NIS 'am Montag' to the committee ('Demnach'): stationed in the border regions"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "mon",
          "'berichteten Abgeordnete nach der Sitzung' (after the figure): builders "
          "'zusätzlich' come into the country (increment)", add=True),
        C("Mehr als 2.000", 2000, "at_least", "casualties", "south_korea", "mon",
          "'dem Dienst zufolge' (carrying Monday), Konjunktiv: fallen"),
        C("Mehrere hundert", None, "vague", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstagabend', Konjunktiv: drone operators in the border area"),
        C("zwischen 16.000 und 18.000", None, "range", "in_russia", "other", "pub",
          "Marburg conflict researcher 'schätzt' (present tense): served in Russia"),
        C("weit mehr als 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the station's own estimate ('Alles in allem dürften'), no source: came to Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (New Zealand, Scotland, US, Belarusian exile, Cook Islands, Eritrea)
# ---------------------------------------------------------------------------------------------

Q07 = Source(
    article_id="q55_07_timaru_courier_combat_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-14"),
    dated_by="html_meta",
    features="Timaru daily in HTML, windows-1252 (curly quotes and `·` raw), "
        "`article:published_time` with +13:00 (Thursday), a byline 'Thursday, 14 November 2024', "
        "an ad script with slot sizes, a cookie note, navigation, footer with address and phone; "
        "`<title>` figure (optional); h1 'Washington:' from Blinken's Wednesday figure (Wednesday "
        "to publication), 'according to Antony Blinken … on Wednesday' after the figure; a "
        "lawmaker after an NIS briefing 'on Wednesday' (Seoul); Zelensky 'Last week' with a "
        "present figure and a planned one ('as many as'); Rutte 'Speaking in Paris on Tuesday' "
        "`upwards of 10,000`; New Zealand's foreign minister 'on Tuesday' “thousands” (a third "
        "government: other); a Ukrainian meat worker without a figure; Ukrainians in South "
        "Canterbury, dollars, ages, kilometres, carnival date",
    text="""\
<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="windows-1252">
<title>[[More than 10,000]] North Korean troops fighting in Kursk, Blinken says | The Timaru \
Courier</title>
<meta property="article:published_time" content="2024-11-14T16:05:00+13:00">
<meta property="og:site_name" content="The Timaru Courier">
<script>var tcAds={slots:["300x250","728x90"],section:"world",region:"south-canterbury"};</script>
</head>
<body>
<div class="consent">We keep a cookie so you stay signed in for the crossword, and count visits. \
<button>Carry on, then</button> <button>Essentials only, ta</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/rural">Rural</a> | <a \
href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/notices">Notices</a></nav>
<article>
<h1>Washington: [[10,000]] North Koreans now fighting for Russia</h1>
<p class="byline">By Hamish Calder · Thursday, 14 November 2024</p>
<p>North Korea now has [[more than 10,000]] soldiers inside Russia’s Kursk region, and they have \
started fighting next to Russian units, according to Antony Blinken, the US Secretary of State, \
who spoke during a stop in Brussels on Wednesday, European time. The troops had joined “combat \
operations” in recent days, he added after talks with NATO and EU officials.</p>
<p>Seoul’s spies paint much the same picture. After a closed briefing on Wednesday, a member of \
the South Korean parliament’s intelligence committee said the National Intelligence Service \
counted [[about 11,000]] North Korean troops in Russia, a “considerable number” of them already \
in combat.</p>
<p>Ukraine had raised the alarm first. Last week President Volodymyr Zelensky said [[11,000]] \
North Koreans were already in the Kursk region and warned that Pyongyang could raise that to [[as \
many as 15,000]] before the end of the year.</p>
<p>Speaking in Paris on Tuesday, NATO Secretary-General Mark Rutte said “[[upwards of 10,000]]” \
had been sent to Russia so far, and that Moscow was paying for them with military technology.</p>
<p>In Wellington, Foreign Minister Winston Peters condemned the deployment on Tuesday, saying the \
arrival of “[[thousands]] of North Korean soldiers” in Russia dangerously widened a war that New \
Zealand had hoped would stay in Europe.</p>
<h2>‘My brother sends me the drone videos’</h2>
<p>For Olha Savchuk, the news arrived between shifts at the Pareora meat plant south of Timaru, \
where she has worked since 2023. The 37-year-old came from Kharkiv on a special visa; her brother \
serves in an artillery unit near Kupiansk. “Every week there is a new enemy, and every week we \
send more money for drones,” she said.</p>
<p>About 40 Ukrainians now live in South Canterbury, according to the local resettlement network, \
which raised $6,800 at a quiz night last month. Kharkiv is more than 17,000 kilometres from \
Caroline Bay, where the summer carnival opens on December 26.</p>
</article>
<footer>© 2024 The Timaru Courier · 19 Sophia Street, Timaru 7910 · (03) 688 4102</footer>
</body>
</html>
""",
    claims=(
        C("More than 10,000", 10000, "at_least", "near_front", "united_states", "wed..pub",
          "<title> 'Blinken says' (metadata duplicate)", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "wed..pub",
          "h1 'Washington:': Blinken's Wednesday figure of the lead to publication: fighting"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "wed",
          "'according to Antony Blinken … on Wednesday, European time' (source after the "
          "figure): in Kursk, fighting"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "a lawmaker after the NIS briefing 'on Wednesday' (X citing Y): in Russia"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "Zelensky 'Last week': in the Kursk region"),
        C("as many as 15,000", 15000, "at_most", "planned", "ukraine", "lastweek",
          "same: Pyongyang could raise that by year's end (a planned total)"),
        C("upwards of 10,000", 10000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'Speaking in Paris on Tuesday' in “…”: sent to Russia"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "New Zealand's foreign minister 'on Tuesday' (a third government): arrived in Russia"),
    ),
)

Q08 = Source(
    article_id="q55_08_tiree_balevullin_admission_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-04-30"),
    dated_by="front_matter",
    features="Tiree news page in Markdown, UTF-8, front matter with `date:` (Wednesday) and a "
        "title figure (optional); headline 'Seoul puts losses at' from the JCS Monday figure "
        "(Monday to publication); KCNA 'on Monday' and Gerasimov without a figure; 'On the same "
        "day' carrying Monday to the JCS; 'Of some 15,000 …, roughly 4,700' and 'the dead "
        "number around 600' (not increments); a Duma committee chairman 'on Tuesday' “a few "
        "thousand” (russia); HUR 'last week' `up to 3,000` 'fresh rotation' (increment, near "
        "the front); a retired MoD analyst on the island 'would expect' (other, `pub`); "
        "Ukrainian families, ferry hours, hall fundraising, ages, years, wartime airfield",
    text="""\
---
title: "Seoul puts North Korean losses in Russia at [[4,700]]"
date: 2025-04-30
category: World
author: Catriona MacInnes
---

# Pyongyang owns up to its Kursk role; Seoul puts losses at [[4,700]]

After months of silence, North Korea has said out loud what everyone already knew: its soldiers \
have been fighting for Russia. The state news agency KCNA confirmed on Monday that units of the \
Korean People's Army had taken part in what it called the "liberation" of Kursk, two days after \
Russia's chief of general staff, Valery Gerasimov, thanked them in public.

On the same day, South Korea's Joint Chiefs of Staff gave its most detailed count yet of what the \
campaign has cost Pyongyang. Of [[some 15,000]] troops the North has dispatched since October, \
[[roughly 4,700]] have been killed or wounded, the JCS said in an assessment shared with \
reporters in Seoul, and the dead number [[around 600]].

Moscow's own numbers remain hazy. The Duma's defence committee chairman, Andrei Kartapolov, told \
RIA on Tuesday that "[[a few thousand]]" men from the DPRK had stood "shoulder to shoulder" with \
Russian troops around Sudzha. Asked about losses, he changed the subject.

Kyiv, for its part, says the war is far from over for the North Koreans. Ukraine's military \
intelligence agency, the HUR, reported last week that a fresh rotation of [[up to 3,000]] had \
reached the border districts of Kursk and Belgorod, where they were being used to hold ground and \
operate artillery.

## A view from Balevullin

On Tiree the news was followed closely by Alasdair MacKinnon, 71, who spent two decades as an \
analyst at the Ministry of Defence before retiring to the croft at Balevullin where he grew up. \
He believes the true figures are higher on every count.

"Pyongyang sees this as a paid apprenticeship in modern war," he said. "By the end of the year I \
would expect [[more than 20,000]] of them to have passed through Russia, and most of the lessons \
will go home with the survivors."

Mr MacKinnon's father served at RAF Tiree during the Second World War, when the airfield at The \
Reef housed well over a thousand personnel. "The island knows what it is to be a small part of \
somebody else's war," he said.

Two Ukrainian families have lived on the island since 2022. The hall committee's spring ceilidh \
raised £2,350 for a hospital in Mykolaiv, and the next sailing to Oban, four hours away, has been \
moved to Friday because of the forecast.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul puts losses at': the JCS Monday figure to publication"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'On the same day' (Monday, carried from KCNA): dispatched since October"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same assessment, 'the JCS said' after the figure: killed or wounded (breakdown)"),
        C("around 600", 600, "approx", "casualties", "south_korea", "mon",
          "same: 'the dead number' (part of the 4,700, not an increment)"),
        C("a few thousand", None, "vague", "near_front", "russia", "tue",
          "Duma defence committee chairman Kartapolov 'on Tuesday' in quotes: fought around "
          "Sudzha"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "lastweek",
          "HUR 'reported last week': 'a fresh rotation' reached the border districts "
          "(increment)", add=True),
        C("more than 20,000", 20000, "at_least", "planned", "other", "pub",
          "retired MoD analyst 'I would expect', no date: by year's end (planned total)"),
    ),
)

Q09 = Source(
    article_id="q55_09_coastal_georgia_radio_dead_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Coastal Georgia Public Radio",
        "https://www.cgpr.example/news/2025-09-10/seoul-north-korean-war-dead-savannah",
        "South Korea's spies count about 2,000 North Korean dead in Russia's war",
    ),
    features="coastal Georgia public radio site in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Wednesday), analytics and player scripts, a cookie note, navigation, footer "
        "with frequencies and phone; `<title>` without a figure; h1 'South Korea's spies count' "
        "from the NIS figure 'last Thursday' (4 September to publication); 'lawmakers relayed "
        "it' (X citing Y) and 'According to the lawmakers' carrying the date; `the about 600 it "
        "reported in April` (an older figure, whole month); `another 6,000` moved into Russia "
        "(increment, span without the word); state TV 'in late August' `about a hundred` "
        "(north_korea, days 21–31); the USFK commander 'in August' (whole month); a Georgia "
        "Southern historian's range (other, `pub`); the Hyundai-LG plant raid (workers "
        "detained, South Korean citizens: not claims), church members, time, frequencies",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Seoul's new count of North Korean war dead reaches a worried Savannah | Coastal Georgia \
Public Radio</title>
<script>window.cgprStats={station:"WCGP",story:55183,tags:["world","korea","lowcountry"]};</script>
<script async src="/assets/listen-live.2.1.0.js"></script>
</head>
<body>
<div class="cookie-banner">We store one small file so the live stream remembers your volume. \
Pledge details never leave the station. <button>Y’all go right ahead</button> <button>No file for \
me</button></div>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a \
href="/lowcountry">Lowcountry</a> | <a href="/schedule">Schedule</a> | <a \
href="/give">Give</a></nav></header>
<main><article>
<h1>South Korea's spies count [[about 2,000]] North Korean dead in Russia's war</h1>
<p class="byline">By Dwayne Holloway | Savannah</p>
<p>[[Roughly 2,000]] of the soldiers Pyongyang lent to Moscow are now dead, South Korea’s \
intelligence agency reckons, a steep rise from the [[about 600]] it reported in April. The \
National Intelligence Service shared the new estimate with a parliamentary committee in a closed \
session last Thursday, and lawmakers relayed it to reporters afterward.</p>
<p>According to the lawmakers, the agency also said Pyongyang had begun moving another [[6,000]] \
engineers and construction troops into Russia over the summer, to clear mines and rebuild roads \
and rail lines in the Kursk region.</p>
<p>The North has started to mourn its dead in public. At a ceremony in late August, state \
television showed Kim Jong Un pinning medals beside portraits of [[about a hundred]] fallen \
soldiers, the largest number the regime has acknowledged.</p>
<p>American commanders have offered their own figures. Gen. Xavier Brunson, who leads U.S. Forces \
Korea, said at a defense forum in Seoul in August that [[about 15,000]] North Koreans had rotated \
through Russia since last fall.</p>
<h2>‘We already had a hard week’</h2>
<p>For Korean Americans along the Georgia coast the news landed on top of a painful week. Federal \
agents raided the Hyundai-LG battery plant under construction near Ellabell on Sept. 4 and \
detained 475 workers, more than 300 of them South Korean citizens. Most are expected to be flown \
home this week.</p>
<p>Hyun-joo Lee, who teaches Korean history at Georgia Southern University’s Armstrong campus, \
called Seoul’s number “a floor, not a ceiling.” She thinks [[2,500 to 3,000]] North Koreans have \
died, counting those who later succumbed to their wounds. Her church in Pooler, with about 400 \
members, will hold a prayer evening for both causes on Sunday at 6 p.m.</p>
</article></main>
<footer>Coastal Georgia Public Radio · 91.1 FM Savannah · 89.9 FM Brunswick · Listener line (912) \
555-0186 · © 2025</footer>
</body>
</html>
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04..pub",
          "h1 'South Korea's spies count': the NIS figure of 'last Thursday' to publication"),
        C("Roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the agency 'reckons' after the figure; estimate shared 'last Thursday' (4 September, "
          "next sentence), relayed by lawmakers: dead"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the agency's older figure 'it reported in April' (whole month)"),
        C("6,000", 6000, "exact", "in_russia", "south_korea", "2025-09-04",
          "'According to the lawmakers' (same session): 'another' engineers and builders moved "
          "into Russia (increment, span without the word)", add=True),
        C("about a hundred", 100, "approx", "casualties", "north_korea",
          "2025-08-21..2025-08-31",
          "state television 'At a ceremony in late August' (days 21-31): fallen soldiers"),
        C("about 15,000", 15000, "approx", "in_russia", "united_states",
          "2025-08-01..2025-08-31",
          "USFK commander Brunson 'in August' (whole month): rotated through Russia"),
        C("2,500 to 3,000", None, "range", "casualties", "other", "pub",
          "Georgia Southern historian 'She thinks' (present tense): died"),
    ),
)

Q10 = Source(
    article_id="q55_10_vilnius_exile_kim_mourns",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-08-26"),
    dated_by="dateline",
    features="Belarusian exile outlet's English edition as plain text, UTF-16 LE with BOM, "
        "dateline 'VILNIUS, 26 August 2025 —' (Tuesday), headline and standfirst without a "
        "figure; state television 'At a ceremony in Pyongyang on Friday' `several dozen` "
        "(north_korea); HUR's deputy head 'on Monday' with a figure in Kursk and casualties "
        "'since last autumn'; Russia's ambassador in Pyongyang 'this month' “thousands” more "
        "builders (planned increment, the 1st to publication); Lukashenko 'on Thursday' to "
        "Belta (a third government: other); a US State Department official 'last week' "
        "`upward of 1,500`; the outlet's own count `at least 15,000` (unattributed); "
        "Belarusians fighting for Ukraine, North Korean workers wanted by Minsk, political "
        "prisoners, army size",
    text="""\
Kim mourns his Kursk dead, and Lukashenko takes notes

The North Korean leader's tears were staged for the cameras. Minsk, which shares Pyongyang's \
patron, is watching closely.

By Alesia Kavalchuk

VILNIUS, 26 August 2025 — Kim Jong Un wept in public last week, and North Korean state television \
made sure the whole country saw it. At a ceremony in Pyongyang on Friday, the leader knelt before \
rows of framed portraits of soldiers killed in Russia's Kursk region, and the broadcaster said \
the memorial honoured [[several dozen]] "heroes of the overseas operation". A museum to their \
campaign is being built in the capital.

Ukraine's military intelligence agency has a much grimmer tally. Its deputy head, Vadym \
Skibitskyi, told the Belarusian service of Radio Svaboda on Monday that the Kursk region still \
hosted [[about 11,000]] North Korean troops, and that [[more than 4,000]] of their comrades had \
been killed or wounded since last autumn.

Moscow, which for half a year denied the Koreans were there at all, now talks about them freely. \
Russia's ambassador in Pyongyang, Alexander Matsegora, told the Izvestia newspaper this month \
that "[[thousands]]" more military builders would arrive before winter to help put Kursk back \
together.

In Minsk, Alexander Lukashenko has been paying attention. Asked by the state agency Belta on \
Thursday about the Korean contingent, he said "[[a few thousand]] Korean lads" had "shown the \
Ukrainians what discipline means" and suggested his own army could learn from them. Belarus has \
some 48,000 men in uniform and has not sent any of them to fight.

Washington's estimate of the cost sits between Pyongyang's and Kyiv's. A US State Department \
official, speaking to reporters in Vilnius last week on condition of anonymity, said [[upward of \
1,500]] North Koreans had been killed in action.

By our own count, built from the published estimates, [[at least 15,000]] North Koreans have now \
served in Russia since October 2024, some of them twice.

For Belarusians the war looks different. Several hundred of our compatriots fight on Ukraine's \
side in the Kastus Kalinouski Regiment, while the regime in Minsk has asked Pyongyang for about \
1,000 construction workers for state building sites. Human rights groups count more than 1,100 \
political prisoners in Belarus.

Lukashenko last visited Pyongyang's embassy in Minsk in 2024. A visit by Kim to Belarus, floated \
by the Belarusian foreign ministry in June, has not been scheduled.
""",
    claims=(
        C("several dozen", None, "vague", "casualties", "north_korea", "fri",
          "state television 'At a ceremony in Pyongyang on Friday' (22 August): the fallen "
          "honoured"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR deputy head Skibitskyi 'on Monday' (after his name): deployed in Kursk"),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "mon",
          "same sentence ('since last autumn' is the period counted): killed or wounded"),
        C("thousands", None, "vague", "planned", "russia", "2025-08-01..pub",
          "Russia's ambassador in Pyongyang 'this month' in quotes: 'more' builders to arrive "
          "(increment)", add=True),
        C("a few thousand", None, "vague", "near_front", "other", "thu",
          "Lukashenko to Belta 'on Thursday' (a third government): fought the Ukrainians"),
        C("upward of 1,500", 1500, "at_least", "casualties", "united_states", "lastweek",
          "a US State Department official 'last week' (source before the figure): killed in "
          "action"),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the outlet's own count ('By our own count'): served in Russia"),
    ),
)

Q11 = Source(
    article_id="q55_11_rarotonga_radio_parade_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Sunrise FM Rarotonga",
        "https://www.sunrisefm-raro.example/world-in-brief/2025-10-15",
        "World in brief: Kim parades Kursk veterans; Kyiv warns thousands more are ready",
    ),
    features="Rarotonga community radio's web page in Markdown, windows-1252 with CRLF "
        "(straight quotes, `—` raw, Cook Islands Maori without macrons), front matter without "
        "a date (sidecar, Wednesday) with programme and presenter keys and a title without a "
        "figure; headline 'Kyiv warns' `thousands` more (increment) from Budanov's Monday "
        "interview (Monday to publication); KCTV on the Friday night parade `hundreds` of "
        "Kursk veterans (returnees: optional); Budanov 'said on Monday' carrying to a current "
        "figure (`nearly 10,000`, near the front) and `several thousand` fresh troops (planned "
        "increment); the NIS 'in a September briefing' (whole month); Rutte 'last week' "
        "`well over 10,000`; the page's own estimate `above 15,000` (unattributed) next to the "
        "Cook Islands' population; census, tourists, flight and phone",
    text="""\
---
title: "World in brief: a parade in Pyongyang"
programme: Sunrise World Desk
presenter: Mata Tangitamaiti
---

# Kim parades his Kursk veterans; Kyiv warns [[thousands]] more are ready

Kia orana. North Korea put its war in Russia on show on Friday night. At the military parade for \
the 80th anniversary of the ruling Workers' Party in Pyongyang, [[hundreds]] of soldiers who had \
served in the Kursk campaign marched in a column of their own, state broadcaster KCTV reported, \
and Kim Jong Un saluted them from the stand.

Ukraine says the parade was less a farewell than an advertisement. In an interview with a Kyiv \
news site, military intelligence chief Kyrylo Budanov said on Monday that [[nearly 10,000]] North \
Koreans were currently stationed in Russia's Kursk and Belgorod regions. He added that [[several \
thousand]] fresh troops were being trained in the North for the next rotation.

South Korea's spy agency, in a September briefing for lawmakers, estimated the North's dead at \
[[some 2,000]]. NATO Secretary General Mark Rutte used a speech in Slovenia last week to remind \
European allies that Russia was being propped up by "[[well over 10,000]]" North Korean soldiers, \
as well as Iranian-designed drones and Chinese components.

Counting rotations, the number of North Koreans who have spent time in Russia since autumn last \
year is likely to be [[above 15,000]] — not far off the population of the Cook Islands.

## Closer to home

The 2021 census counted 10,863 people on Rarotonga, and the Ministry of Finance expects visitor \
arrivals to pass 170,000 this year, including 312 South Korean tourists so far. The Korean couple \
who run the dive shop at Muri say bookings from Seoul are up by a third.

Air Rarotonga's Saturday flight to Aitutaki is full; the next seats are on Monday. Call the \
studio on 22 815 with your world news questions.
""",
    claims=(
        C("thousands", None, "vague", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv warns … more are ready': Budanov's Monday figure to publication "
          "(increment)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "KCTV on the Friday night parade: Kursk veterans marching (returnees)", opt=True),
        C("nearly 10,000", 10000, "approx", "near_front", "ukraine", "mon",
          "Budanov 'said on Monday' (after his name): stationed in Kursk and Belgorod"),
        C("several thousand", None, "vague", "planned", "ukraine", "mon",
          "'He added': fresh troops trained for the next rotation (increment)", add=True),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'in a September briefing' (whole month): the dead"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'last week' in quotes: propping up Russia"),
        C("above 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the page's own estimate ('Counting rotations'), no source: spent time in Russia"),
    ),
)

Q12 = Source(
    article_id="q55_12_asmara_red_sea_briefing",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-07-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Red Sea Briefing (Asmara)",
        "",
        "Kyiv fears Pyongyang could add up to 30,000 troops to its Russian contingent",
    ),
    features="English-language newsletter from Asmara as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar without url, Wednesday), issue and week lines; 'THIS WEEK:' headline 'could "
        "add' `up to 30,000` (increment) from the Ukrainian assessment of 'early this month' (the "
        "1st to publication); the assessment 'shared with a US television network' (X citing Y → "
        "ukraine, days 1–10) with the source after the figure; 'would roughly treble' (ratio); "
        "Shoigu 'in June' `6,000` (planned, whole month); the DIA threat assessment 'in May' "
        "(whole month); the JCS 'on Monday'; Lavrov in Wonsan 'on Saturday' without a figure; an "
        "Addis Ababa analyst `25,000` (planned, other, `pub`); resort guests, Eritrea's army, "
        "vote counts, exchange rate, distance, years",
    text="""\
RED SEA BRIEFING
An English-language newsletter from Asmara
Issue 112 · Week 29

THIS WEEK: Kyiv fears Pyongyang could add [[up to 30,000]] troops to its Russian contingent

WORLD

Pyongyang may be getting ready to ship [[as many as 30,000]] extra soldiers to Russia before the \
year is out, Ukraine's military intelligence believes, according to an assessment shared with a \
US television network early this month. That would roughly treble the force Pyongyang has already \
committed to Moscow's war, and would come on top of the [[6,000]] military builders and deminers \
that Sergei Shoigu, Russia's security chief, announced in June after meeting Kim Jong Un.

Washington's figure for the force already in place is more modest. The Defense Intelligence \
Agency, in its annual threat assessment in May, said [[about 11,000]] North Korean troops were \
deployed in Russia. South Korea's Joint Chiefs of Staff, asked about the Ukrainian report on \
Monday, said they had seen "no sign yet" of a new dispatch but estimated that [[around 15,000]] \
had been sent so far.

Russia's foreign minister, Sergei Lavrov, was in North Korea on Saturday, touring the new Kalma \
beach resort at Wonsan, which its builders say can hold 20,000 guests. He praised the "invincible \
brotherhood" of the two countries and said Russians would soon be holidaying there.

WHY IT MATTERS HERE

Eritrea was one of only a handful of states to vote against the UN General Assembly resolution \
condemning Russia's invasion in 2022, when 141 countries voted in favour. Russian warships have \
called at Massawa twice since then, and Moscow has offered to help modernise the port, 115 \
kilometres from Asmara.

Dawit Tesfamariam, a security analyst at a think tank in Addis Ababa who follows Russian military \
affairs in the Red Sea, thinks the Ukrainian number is high but not absurd. "If Moscow pays, \
Pyongyang delivers," he told Red Sea Briefing. He expects the total sent to Russia to reach \
[[25,000]] by December.

Eritrea's own armed forces are estimated at around 200,000 under the national service system. The \
official rate stays at 15 nakfa to the US dollar.

Replies and corrections: editor@redseabriefing.example
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "'THIS WEEK:' headline 'Kyiv fears … could add': the Ukrainian assessment of early "
          "this month to publication (increment)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine",
          "2025-07-01..2025-07-10",
          "HUR assessment 'shared with a US television network early this month' (X citing Y, "
          "days 1-10): 'extra' soldiers (increment)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'announced in June' (whole month, named after the figure): builders and "
          "deminers to be sent (not labelled an increment)"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states",
          "2025-05-01..2025-05-31",
          "the DIA's annual threat assessment 'in May' (whole month): deployed in Russia"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "the JCS 'on Monday': sent so far"),
        C("25,000", 25000, "exact", "planned", "other", "pub",
          "Addis Ababa analyst 'He expects' (no date): total to reach by December"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Q01, Q02, Q03, Q04, Q05, Q06,
    Q07, Q08, Q09, Q10, Q11, Q12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
