"""Build the TWENTY-FOURTH BLIND hand-labelled corpus: articles, sidecar and gold.

The twenty-sixth corpus, for an honest measurement on articles the extractor has never met,
written in session 9 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Brandenburg
paper's local story, a Rhineland radio station's website, a Salzburg broadcaster's web text, a
Bernese Oberland paper, a German Catholic monthly's news page and a Bundeswehr-related magazine's
news column; an Indian wire service, a Cornish weekly, a US Midwest public radio site, a Latvian
public broadcaster's English news, a Japanese English-language daily and a Tanzanian daily. Same
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
BASE_NAME = "_blind24_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

D01 = Source(
    article_id="d01_oderland_eisenhuettenstadt_pjoengjang",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-07"), dated_by="sidecar",
    sidecar=(
        "Oderland-Echo",
        "https://www.oderland-echo.example/eisenhuettenstadt/er-studierte-in-pjoengjang-"
        "und-sieht-nun-kims-soldaten-bei-kursk-70311.html",
        "Pentagon zählt 10.000 Nordkoreaner bei Kursk – ein Eisenhüttenstädter erinnert sich "
        "an Pjöngjang",
    ),
    features="Brandenburg paper's local story (sidecar, Thursday): a former GDR exchange "
        "student in Pyongyang; headline 'Pentagon zählt' from the Monday figure; 'nach "
        "Erkenntnissen des US-Verteidigungsministeriums' dated by the next sentence ('Diese Zahl "
        "nannte … am Montag'), 'bezifferte sie auf' a range; Blinken 'Vergangene Woche'; "
        "Zelensky's 'Videobotschaft vom Dienstagabend'; NIS via lawmakers 'mehrere tausend "
        "weitere' dated 'vergangene Woche' in the next sentence; the local man's 'bis zu 50.000' "
        "(other, undated); army size, 1986, ages, eleven students, letters, price, phone, seats",
    text="""\
Pentagon zählt [[10.000]] Nordkoreaner bei Kursk – ein Eisenhüttenstädter erinnert sich an \
Pjöngjang

Klaus-Dieter Wendland hat in den Achtzigern an der Kim-Il-Sung-Universität studiert. Was er über \
die Armee des Nordens weiß, lässt ihn wenig Gutes erwarten.

Von Carola Wenzke

Eisenhüttenstadt. An der Wand seines Arbeitszimmers hängt noch immer der Stadtplan von Pjöngjang, \
den Klaus-Dieter Wendland 1986 in einem Buchladen am Kim-Il-Sung-Platz gekauft hat. Damals war er \
22, Stipendiat der DDR und einer von nur elf Ostdeutschen an der Universität. Heute ist Wendland \
60, pensionierter Berufsschullehrer – und er verfolgt jeden Abend die Nachrichten aus der \
russischen Grenzregion Kursk.

Dort stehen nach Erkenntnissen des US-Verteidigungsministeriums inzwischen [[rund 10.000]] \
nordkoreanische Soldaten. Diese Zahl nannte Pentagon-Sprecherin Sabrina Singh am Montag vor \
Journalisten in Washington. Die Gesamtzahl der nach Russland verlegten Nordkoreaner bezifferte \
sie auf [[11.000 bis 12.000]]; ein Teil sei noch in Ausbildungslagern im Osten des Landes. \
Vergangene Woche hatte Außenminister Antony Blinken noch von [[8.000]] Nordkoreanern im \
Grenzgebiet gesprochen.

Kiew nennt ähnliche Größenordnungen. In seiner Videobotschaft vom Dienstagabend sagte der \
ukrainische Präsident Wolodymyr Selenskyj, [[11.000]] Soldaten aus Nordkorea befänden sich \
bereits im Gebiet Kursk. Erste Gefechte mit ukrainischen Einheiten habe es gegeben.

Und es dürften mehr werden. Südkoreas Auslandsgeheimdienst NIS hält es nach Angaben von \
Parlamentariern in Seoul für möglich, dass [[mehrere tausend]] weitere Soldaten folgen, noch \
bevor der Winter einsetzt. Das hatte der Dienst vergangene Woche in einer vertraulichen Sitzung \
des Geheimdienstausschusses dargelegt.

„Die schicken, was Moskau bestellt“

Wendland überrascht das nicht. „Als ich dort war, hieß es immer: Die Armee ist das Volk, und das \
Volk ist die Armee“, erzählt er bei Tee und Streuselkuchen. Der Norden habe mehr als eine Million \
Menschen unter Waffen, dazu Millionen Reservisten, und die Wehrpflichtigen dienten oft zehn Jahre \
und länger. „Für Kim sind ein paar Divisionen in Russland kein Verlust, sondern ein Geschäft.“

Er hält es für gut möglich, dass Pjöngjang am Ende [[bis zu 50.000]] Mann schickt, „sofern Moskau \
weiter mit Öl, Getreide und Technik bezahlt“. Die jungen Rekruten, die er damals bei \
Arbeitseinsätzen auf den Reisfeldern gesehen habe, seien „dünn, diszipliniert und völlig \
abgeschottet“ gewesen. „Die wissen vermutlich nicht einmal, in welchem Land sie gerade sind.“

Ein Stadtplan, zwei Briefe

Kontakt zu seinen koreanischen Kommilitonen hat Wendland seit 1989 nicht mehr. Zwei Briefe kamen \
damals noch aus Pjöngjang, dann nichts mehr. Manchmal, sagt er, frage er sich, ob deren Söhne nun \
an der Front stehen.

Am 21. November spricht Wendland in der Volkshochschule Eisenhüttenstadt über seine Zeit in \
Nordkorea. Beginn ist um 18.30 Uhr, der Eintritt kostet 4 Euro; Anmeldung unter Telefon 03364 40 \
17 22. Der Saal fasst 80 Personen.
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon zählt … bei Kursk': the spokeswoman's Monday figure of the body "
          "(Monday to publication)"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "'nach Erkenntnissen des US-Verteidigungsministeriums', dated by the next sentence "
          "('Diese Zahl nannte Pentagon-Sprecherin … am Montag'): in the Kursk border region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same briefing, 'bezifferte sie auf': moved to Russia in all"),
        C("8.000", 8000, "exact", "near_front", "united_states", "lastweek",
          "Blinken 'Vergangene Woche': in the border area"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky's 'Videobotschaft vom Dienstagabend': already in the Kursk region"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "lastweek",
          "NIS via lawmakers, dated by the next sentence ('vergangene Woche'): 'weitere' could "
          "follow (increment, span without the word)", add=True),
        C("bis zu 50.000", 50000, "at_most", "planned", "other", "pub",
          "the former exchange student (other), present tense 'hält es für gut möglich', no "
          "date: could send in the end"),
    ),
)

D02 = Source(
    article_id="d02_siebengebirgswelle_verluste_html",
    language="de", fmt="html", encoding="cp1252", published=day("2024-12-17"),
    dated_by="html_meta",
    features="Rhineland radio station's website in windows-1252 (`article:published_time` "
        "+01:00, Tuesday; '17.12.2024' date line, a player bar with `&#9654;`, cookie note, "
        "navigation, a script with the frequency, footer with DAB+ channel); `<title>` figure "
        "(optional); headline from a US official's Monday „mehreren hundert“; HUR 'am "
        "Wochenende' `mindestens 30`; special forces 'hatten vergangene Woche gemeldet'; Yonhap "
        "citing the JCS (south_korea) undated; a Bonn Korea scholar in the Tuesday morning show "
        "(other, that day) `mehr als 11.000` and `bis zu 10.000` 'zusätzlich' (increment); "
        "Russian losses a day, bonuses in euros, minutes, phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Erste Verluste: [[Hunderte]] Nordkoreaner bei Kursk getötet oder verletzt | \
Siebengebirgswelle</title>
<meta property="article:published_time" content="2024-12-17T11:40:00+01:00">
<meta property="og:site_name" content="Siebengebirgswelle 97,3">
<link rel="stylesheet" href="/assets/css/main.css?v=2291">
<script>var sgw={station:"bonn-rhein-sieg",freq:"97.3",stream:"aac-128",slot:"vormittag"};</script>
</head>
<body>
<div class="cookie-note">Damit der Livestream läuft und wir Werbung ausspielen können, setzen wir \
Cookies ein; Hinweise dazu stehen <a href="/datenschutz">hier</a>. <button>Einverstanden</button> \
<button>Nur technisch nötige</button></div>
<header><a href="/" class="logo">Siebengebirgswelle</a> <nav><a href="/news">News</a> · <a \
href="/region">Region</a> · <a href="/verkehr">Verkehr</a> · <a href="/wetter">Wetter</a> · <a \
href="/programm">Programm</a></nav></header>
<div class="player">&#9654; Jetzt live: Der Vormittag mit Jens Hövel</div>
<main>
<article>
<h1>Erste Verluste: [[Hunderte]] Nordkoreaner bei Kursk getötet oder verletzt</h1>
<p class="teaser">Washington meldet erstmals Tote und Verwundete unter den Soldaten aus \
Pjöngjang. Eine Bonner Koreanistin erklärt in unserer Morgensendung, warum sie mit Nachschub \
rechnet.</p>
<p class="date">17.12.2024 · 11:40 Uhr</p>
<p>Die nordkoreanischen Truppen im russischen Gebiet Kursk haben offenbar zum ersten Mal größere \
Verluste erlitten. Ein hochrangiger Vertreter der US-Regierung sprach am Montag von „[[mehreren \
hundert]]“ Getöteten und Verwundeten. Vom einfachen Soldaten bis zum Offizier seien alle \
Dienstgrade betroffen, hieß es aus Washington.</p>
<p>Aus Kiew kamen schon am Wochenende ähnliche Meldungen. Der Militärgeheimdienst HUR teilte mit, \
bei Kämpfen nahe der Grenze seien [[mindestens 30]] Nordkoreaner getötet oder verwundet worden. \
Ukrainische Spezialkräfte hatten vergangene Woche gemeldet, sie hätten nahe dem Dorf Plechowo \
[[etwa 50]] nordkoreanische Soldaten außer Gefecht gesetzt. Überprüfen lässt sich das nicht.</p>
<p>Südkoreas Generalstab geht nach einem Bericht der Nachrichtenagentur Yonhap davon aus, dass \
[[rund 10.000]] Nordkoreaner im Raum Kursk eingesetzt sind – ein Teil davon inzwischen direkt an \
der Front.</p>
<h2>„Pjöngjang wird nachlegen“</h2>
<p>Die Bonner Koreanistin Dr. Miriam Esser hält die Zahlen für plausibel. Von den [[mehr als \
11.000]] Soldaten, die Nordkorea nach ihrer Schätzung nach Russland gebracht hat, stehe \
inzwischen ein großer Teil in der Kampfzone, sagte sie am Dienstagmorgen bei uns im Studio. „Das \
sind keine Elitetruppen, wie es anfangs hieß, sondern junge Männer ohne jede Erfahrung mit \
Drohnen.“</p>
<p>Esser rechnet damit, dass Kim Jong Un im Frühjahr [[bis zu 10.000]] Mann zusätzlich schickt, \
um die Lücken zu füllen. „Für Moskau sind sie billiger als jeder Freiwillige aus Russland.“ \
Russische Regionen zahlen neuen Vertragssoldaten Prämien von umgerechnet bis zu 20.000 Euro; nach \
ukrainischen Angaben verliert Russland derzeit mehr als 1.500 Soldaten pro Tag.</p>
<p>Sie haben die Sendung verpasst? Das ganze Gespräch mit Miriam Esser (9 Minuten) gibt es in \
unserer Mediathek. Fragen an die Redaktion: 0228 97 30 97.</p>
</article>
</main>
<footer><p>© 2024 Siebengebirgswelle GmbH &amp; Co. KG · UKW 97,3 · DAB+ Kanal 11D · <a \
href="/impressum">Impressum</a></p></footer>
<script src="/assets/js/player.min.js?build=8812" defer></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon..pub",
          "headline: the US official's Monday figure of the lead (Monday to publication)"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "'Ein hochrangiger Vertreter der US-Regierung sprach am Montag von': killed and "
          "wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'am Wochenende' (previous sentence): killed or wounded"),
        C("etwa 50", 50, "approx", "casualties", "ukraine", "lastweek",
          "Ukrainian special forces 'hatten vergangene Woche gemeldet': put out of action"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "pub",
          "Yonhap citing South Korea's General Staff (X citing Y → south_korea), present tense, "
          "no date: deployed in the Kursk area"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "other", "tue",
          "Bonn Korea scholar in the station's Tuesday morning show (the publication day): "
          "brought to Russia"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "tue",
          "same interview, 'rechnet damit' (present tense after the dated interview): 'Mann "
          "zusätzlich' (increment)", add=True),
    ),
)

D03 = Source(
    article_id="d03_salzachwelle_mozarteum_rueckzug_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-08"),
    dated_by="front_matter",
    features="Salzburg broadcaster's web text in Markdown, UTF-8 with BOM, front matter with "
        "`date:` (Saturday) and a title figure (optional); Austrian 'Jänner', 'Feber', 'heuer', "
        "'Burschen', 'Politikwissenschafterin'; NIS 'am Mittwoch' carried by 'so der NIS'; NIS "
        "'Bereits Mitte Jänner' (days 11–20) `rund 300` and `2.700` (same count split by kind); "
        "Zelensky 'Ende Jänner' `über 4.000`, 'Am 11. Jänner' `zwei` captured; Pentagon 'Anfang "
        "Feber' (to publication); a Salzburg political scientist 'heuer noch einige tausend … "
        "nachkommen' (other, undated, increment); Korean students, ages, 1951, concert tickets",
    text="""\
---
title: "Nordkoreas Soldaten nach [[über 4.000]] Ausfällen von der Front abgezogen"
date: 2025-02-08
ressort: Welt
sender: Salzachwelle
tags: [Nordkorea, Russland, Ukraine, Mozarteum]
---

# Nordkoreas Truppen seit Wochen nicht mehr im Gefecht

**Südkoreas Geheimdienst meldet einen Rückzug der nordkoreanischen Einheiten aus dem Raum Kursk. \
Koreanische Studierende am Mozarteum verfolgen die Nachrichten mit gemischten Gefühlen.**

Seit Mitte Jänner sind die nordkoreanischen Soldaten in der russischen Region Kursk offenbar \
nicht mehr an Kampfhandlungen beteiligt. Das berichtete der südkoreanische Nationale \
Nachrichtendienst (NIS) am Mittwoch. Als wahrscheinlichen Grund nennt der Dienst die hohen \
Verluste der vergangenen Monate.

Insgesamt habe Pjöngjang [[etwa 11.000]] Mann nach Russland entsandt, so der NIS. Bereits Mitte \
Jänner hatte der Geheimdienst die Zahl der Gefallenen mit [[rund 300]] und jene der Verwundeten \
mit [[2.700]] angegeben. Neuere Zahlen legte er am Mittwoch nicht vor.

Deutlich höher liegen die Angaben aus Kiew. Präsident Wolodymyr Selenskyj sprach Ende Jänner von \
[[über 4.000]] getöteten oder verwundeten Nordkoreanern. Am 11. Jänner hatte er die Gefangennahme \
von [[zwei]] nordkoreanischen Soldaten bekanntgegeben; die beiden werden in Kiew verhört und \
wollen laut ukrainischem Geheimdienst nach Südkorea. Das Pentagon sprach Anfang Feber von [[mehr \
als 1.000]] Nordkoreanern, die allein im Jänner gefallen seien.

Moskau schweigt zu alldem. Offiziell hat der Kreml den Einsatz nordkoreanischer Truppen bis heute \
nicht bestätigt.

## „Wir schauen jeden Tag nach“

Am Mozarteum studieren derzeit knapp 50 Südkoreanerinnen und Südkoreaner, die meisten Gesang oder \
Klavier. Die Sopranistin Han Ye-rin, 27, ist seit 2021 in Salzburg. „Wenn ich lese, dass da \
Burschen aus dem Norden sterben, die jünger sind als ich, dann ist das schwer auszuhalten“, sagt \
sie. Ihr Großvater sei 1951 aus Pjöngjang in den Süden geflohen. Am 16. Feber singt sie im \
Solitär, Karten gibt es ab 18 Euro.

Die Salzburger Politikwissenschafterin Sabine Aigner-Lee, die lange in Seoul gelebt hat, hält den \
Rückzug für vorübergehend. Sie geht davon aus, dass heuer noch [[einige tausend]] Soldaten \
nachkommen werden – „sobald die Armee gelernt hat, mit Drohnen umzugehen“. An Reserven fehle es \
Kim nicht: Die Volksarmee zählt rund 1,2 Millionen Mann.
""",
    claims=(
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "2025-01-21..pub",
          "front-matter `title:` (metadata) restating Zelensky's 'Ende Jänner' figure", opt=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (previous paragraph), carried by 'so der NIS': sent in all"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Bereits Mitte Jänner' (days 11–20): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same statement: wounded (the same count split by kind, not additional)"),
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Zelensky 'Ende Jänner' (days 21–31): killed or wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner' (explicit date): captured"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-02-01..pub", "Pentagon 'Anfang Feber' (days 1–10, cut at publication): fell in "
          "January"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "Salzburg political scientist (other), 'geht davon aus', no date: 'heuer noch … "
          "nachkommen' (increment)", add=True),
    ),
)

D04 = Source(
    article_id="d04_oberlaender_interlaken_reisegruppen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-02"),
    dated_by="dateline",
    features="Bernese Oberland paper in ISO-8859-1: Swiss `15'000`, `10'000`, «», 'ss', "
        "straight hyphens; dateline 'Interlaken, 2. Mai 2025 -' (Friday); headline 'Seoul "
        "zählt'; KCNA 'Am Montag' and Gerasimov 'Zwei Tage zuvor' without figures; NIS 'am "
        "Mittwoch' carried by Konjunktiv: `rund 3000` 'weitere … als Ersatz' (increment), "
        "'Damit seien insgesamt' `rund 15'000` (a new total), `Etwa 4700` killed or wounded and "
        "`gegen 600` of them dead (breakdown); State Department 'am Dienstag' «mehr als "
        "10'000»; a Thun military historian's range (other, undated); tourists with Swiss "
        "separators (`1'050'000`, `82'000`), altitude, francs, Panmunjom officers, 18 months",
    text="""\
Seoul zählt [[15'000]] Nordkoreaner in Russland - in Interlaken schauen koreanische Gäste genau hin

Nachdem Pjöngjang und Moskau den Einsatz erstmals zugegeben haben, liefert Südkoreas Geheimdienst \
neue Zahlen. Für die Reiseleiterin Kim Min-ji ist das mehr als eine Meldung aus der Ferne.

Von Ueli Zurbuchen

Interlaken, 2. Mai 2025 - Auf dem Höheweg drängen sich an diesem Freitagmorgen die Reisegruppen, \
viele davon aus Südkorea. Kim Min-ji kennt das Bild seit neun Jahren: Die 34-Jährige aus Seoul \
begleitet Gäste aufs Jungfraujoch, 3454 Meter über Meer. «Im Car reden sie seit Tagen über nichts \
anderes als über die Soldaten aus dem Norden», sagt sie.

Anlass ist ein Eingeständnis, auf das man lange gewartet hatte. Am Montag bestätigte die \
staatliche nordkoreanische Nachrichtenagentur KCNA, dass Machthaber Kim Jong Un Truppen nach \
Russland geschickt hat, um die Region Kursk zu «befreien». Zwei Tage zuvor hatte bereits der \
russische Generalstabschef Waleri Gerassimow ihren «Heldenmut» gelobt. Zahlen nannten beide \
Seiten nicht.

Die lieferte am Mittwoch Südkoreas Geheimdienst NIS. Er geht nach Angaben von Parlamentariern \
davon aus, dass Nordkorea Anfang Jahr [[rund 3000]] weitere Soldaten als Ersatz nach Russland \
geschickt hat. Damit seien insgesamt [[rund 15'000]] Mann entsandt worden. [[Etwa 4700]] von \
ihnen seien getötet oder verwundet worden, [[gegen 600]] davon tödlich.

Das US-Aussenministerium hatte am Dienstag von «[[mehr als 10'000]]» Nordkoreanern gesprochen, \
die an der Seite Russlands gekämpft hätten.

Der Militärhistoriker Res Gafner aus Thun, früher Instruktor auf dem Waffenplatz, hält die \
südkoreanischen Angaben für glaubwürdig. Er schätzt, dass derzeit [[zwischen 8000 und 10'000]] \
Nordkoreaner im Grenzgebiet zur Ukraine stehen. Die übrigen seien zur Ausbildung im Hinterland \
oder bereits wieder zu Hause, sagt er. «Wer zurückkommt, wird in Pjöngjang als Ausbilder \
gebraucht.»

Die Schweiz hat mit dem Konflikt auf der koreanischen Halbinsel seit 1953 zu tun: Bis heute \
überwachen fünf Schweizer Offiziere in Panmunjom den Waffenstillstand.

Für das Berner Oberland sind die koreanischen Gäste vor allem ein Wirtschaftsfaktor. Die \
Jungfraubahnen zählten im vergangenen Jahr rund 1'050'000 Besucherinnen und Besucher auf dem \
Joch, etwa 82'000 davon aus Südkorea. Das Retourbillett ab Interlaken Ost kostet in der \
Hochsaison Fr. 249.-.

Kim Min-jis Bruder hat in Südkorea seinen Wehrdienst von 18 Monaten gerade hinter sich. «Er sagt, \
die im Norden haben keine Wahl», erzählt sie. «Das ist der Unterschied.» Dann ruft sie ihre \
Gruppe zusammen; der Zug nach Grindelwald fährt in zwölf Minuten.
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul zählt … in Russland': the NIS total of Wednesday (to publication)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS via lawmakers 'am Mittwoch' (previous sentence): 'weitere … als Ersatz' "
          "(increment)", add=True),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same briefing in Konjunktiv, 'Damit seien insgesamt': a new total, not an increment"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'seien getötet oder verwundet worden'"),
        C("gegen 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'davon tödlich' (breakdown of the casualties): dead"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "united_states", "tue",
          "State Department 'am Dienstag', in «»: fought at Russia's side"),
        C("zwischen 8000 und 10'000", None, "range", "near_front", "other", "pub",
          "Thun military historian (other), 'Er schätzt, dass derzeit', no date: in the border "
          "area"),
    ),
)

D05 = Source(
    article_id="d05_pilgerbote_gebet_gefallene_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-09"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Der Pilgerbote",
        "https://www.pilgerbote.example/weltkirche/2025/09/koreas-kirche-betet-fuer-die-"
        "gefallenen-aus-dem-norden",
        "Koreas Kirche betet für die Gefallenen aus dem Norden",
    ),
    features="German Catholic monthly's news page in Markdown, windows-1252 with CRLF, front "
        "matter without a date (sidecar, Tuesday); heading 'Seoul: Rund 2.000 … gefallen' from "
        "the body's 'vergangene Woche'; NIS via lawmakers, source given in the sentence after "
        "the figure, carried by 'hieß es' and a plain 'Dazu sollen … kommen' (increment); "
        "Budanov 'im August' `bis zu 4.000`; North Korean state TV 'Ende August' `mehr als "
        "100` fallen; the Archbishop of Seoul 'am Sonntag' „Tausenden“ (other); a German "
        "Benedictine in Korea (other, undated); Catholics in millions, per cent, Christians in "
        "camps (`bis zu 70.000`), prayer day, IBAN",
    text="""\
---
title: "Koreas Kirche betet für die Gefallenen aus dem Norden"
rubrik: Weltkirche
autor: Thomas Brüggemann
bild: myeongdong-kathedrale.jpg
---

# Seoul: [[Rund 2.000]] Nordkoreaner im Krieg gegen die Ukraine gefallen

*Die Bischöfe in Südkorea rufen zum Gebet für die Toten auf – auch für jene, die für ein fremdes \
Regime gekämpft haben.*

Südkoreas Geheimdienst geht inzwischen von [[etwa 2.000]] toten nordkoreanischen Soldaten aus. \
Die Zahl nannten Abgeordnete des Geheimdienstausschusses in Seoul vergangene Woche nach einer \
nichtöffentlichen Unterrichtung durch den Nationalen Nachrichtendienst (NIS). Seit Herbst 2024 \
habe Pjöngjang [[rund 13.000]] Soldaten nach Russland geschickt, hieß es. Dazu sollen bis \
Jahresende [[etwa 6.000]] Militärbauarbeiter und Minenräumer kommen, die in der Region Kursk \
eingesetzt werden.

Die Ukraine nennt höhere Zahlen. Der Chef des Militärgeheimdienstes, Kyrylo Budanow, hatte im \
August von [[bis zu 4.000]] Gefallenen gesprochen. Nordkorea selbst hat lange geschwiegen. Ende \
August zeigte das Staatsfernsehen erstmals, wie Machthaber Kim Jong Un den Familien von [[mehr \
als 100]] Gefallenen Orden überreichte; von „Helden, die in der Fremde ihr Leben gaben“, war die \
Rede.

## Gebet in der Myeongdong-Kathedrale

Für sie alle bat der Erzbischof von Seoul, Peter Chung Soon-taick, am Sonntag in der \
Myeongdong-Kathedrale um das Gebet. Er erinnerte an die „[[Tausenden]] jungen Männer aus dem \
Norden, die in einem Krieg sterben, den sie nicht gewählt haben“, und an die Opfer in der \
Ukraine. Seit 1995 begeht die Kirche in Korea jedes Jahr am 25. Juni einen Gebetstag für die \
Versöhnung des geteilten Volkes.

Pater Martin Schreiner, ein deutscher Benediktiner aus der Abtei Waegwan, hält die Angaben aus \
Seoul für zu vorsichtig. Aus Gesprächen mit Geflüchteten aus dem Norden wisse er, wie wenig ein \
Soldatenleben dort zähle, sagte er dem Pilgerboten. Nach seiner Einschätzung sind [[mindestens \
3.000]] Nordkoreaner in Russland ums Leben gekommen.

In Südkorea leben etwa 5,9 Millionen Katholiken, gut elf Prozent der Bevölkerung. Über die \
Christen im Norden ist wenig bekannt; Hilfswerke schätzen, dass dort bis zu 70.000 Gläubige in \
Lagern festgehalten werden.

*Spenden für die Flüchtlingsarbeit der Benediktiner: IBAN DE41 3706 0193 0000 1122 33, Stichwort \
„Waegwan“.*
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "heading 'Seoul: … gefallen': the NIS figure passed on by lawmakers 'vergangene Woche' "
          "(window from that week to publication)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "'Südkoreas Geheimdienst geht … aus', source and date in the next sentence "
          "(lawmakers 'vergangene Woche'): dead"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "lastweek",
          "same briefing, 'hieß es': sent since autumn 2024"),
        C("etwa 6.000", 6000, "approx", "planned", "south_korea", "lastweek",
          "same briefing, 'Dazu sollen bis Jahresende … kommen': builders and deminers on top "
          "of the total (increment)", add=True),
        C("bis zu 4.000", 4000, "at_most", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "Budanov 'im August': dead"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state TV 'Ende August' (days 21–31): families of the fallen"),
        C("Tausenden", None, "vague", "casualties", "other", "sun",
          "the Archbishop of Seoul (other) 'am Sonntag', in a quote: dying in the war"),
        C("mindestens 3.000", 3000, "at_least", "casualties", "other", "pub",
          "German Benedictine in Korea (other), 'sagte er dem Pilgerboten' without a date: dead"),
    ),
)

D06 = Source(
    article_id="d06_wehrschau_kurz_gemeldet_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-11-24"),
    dated_by="html_meta", crlf=True,
    features="Bundeswehr-related magazine's news column ('Kurz gemeldet') in HTML, UTF-16 LE "
        "with BOM and CRLF (`article:published_time` +01:00, Monday; consent banner, dataLayer "
        "script, `&middot;` navigation, footer with issue date and phone); `<title>` figure "
        "(optional); item headings with figures (required, from their items); NIS source and "
        "'am Donnerstag' at the end of the item; Rutte 'am Samstag' in Halifax (nato); HUR "
        "spokesman 'in der vergangenen Woche'; a Duma committee chairman 'Anfang November' "
        "„einige tausend“ deminers in Kursk (russia); the magazine's own reckoning "
        "(`unattributed`, required); brigade in Lithuania, conscripts, 2027, issue number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Kurz gemeldet: Seoul – [[5.000]] nordkoreanische Bausoldaten auf dem Weg nach Russland | \
Wehrschau</title>
<meta property="article:published_time" content="2025-11-24T08:15:00+01:00">
<meta name="robots" content="index,follow">
<script>window.dataLayer=[{"rubrik":"kurz-gemeldet","ausgabe":"2025-47","abo":false}];</script>
</head>
<body>
<div class="consent">Wir verwenden Cookies, um Reichweite zu messen und unser Magazin zu \
finanzieren. Ihre Wahl können Sie jederzeit in den Einstellungen ändern. <button>Weiter mit \
Cookies</button> <button>Ohne Werbe-Cookies lesen</button></div>
<nav>Startseite &middot; Heer &middot; Luftwaffe &middot; Marine &middot; Reserve &middot; \
Rüstung &middot; Kurz gemeldet</nav>
<main>
<h1>Kurz gemeldet</h1>
<p class="ausgabe">Montag, 24. November 2025</p>
<h2>Seoul: [[5.000]] nordkoreanische Bausoldaten auf dem Weg nach Russland</h2>
<p>Nordkorea verlegt seit September [[rund 5.000]] Militärbauarbeiter nach Russland, die beim \
Wiederaufbau zerstörter Infrastruktur helfen sollen. Zudem stünden [[etwa 10.000]] \
nordkoreanische Soldaten in den russischen Grenzgebieten zur Ukraine. Diese Erkenntnisse trug der \
südkoreanische Nachrichtendienst NIS am Donnerstag dem Geheimdienstausschuss der \
Nationalversammlung vor.</p>
<h2>Rutte: Pjöngjang stellt Moskau [[mehr als 15.000]] Mann</h2>
<p>NATO-Generalsekretär Mark Rutte hat Nordkorea als „Mitkriegspartei“ bezeichnet. Beim \
Sicherheitsforum im kanadischen Halifax sagte er am Samstag, Pjöngjang habe Russland bislang \
[[mehr als 15.000]] Soldaten zur Verfügung gestellt und erhalte dafür Raketentechnik und \
Devisen.</p>
<h2>Kiew: Verluste steigen auf [[rund 6.000]]</h2>
<p>Nach Zählung des ukrainischen Militärgeheimdienstes HUR sind seit Beginn des Einsatzes [[etwa \
6.000]] Nordkoreaner getötet oder verwundet worden. Das erklärte HUR-Sprecher Andrij Jussow in \
der vergangenen Woche im ukrainischen Fernsehen. Der größte Teil der Verluste sei in den ersten \
Monaten dieses Jahres entstanden.</p>
<h2>Duma-Abgeordneter lobt Pioniere</h2>
<p>Andrej Kartapolow, Vorsitzender des Verteidigungsausschusses der Staatsduma, hat Anfang \
November „[[einige tausend]]“ nordkoreanische Pioniere gewürdigt, die im Gebiet Kursk Minen \
räumen. Ohne sie, sagte er, könnten viele Dörfer nicht wieder besiedelt werden.</p>
<h2>Unsere Rechnung</h2>
<p>Zählt man alle seit Herbst 2024 öffentlich genannten Kontingente zusammen, ergibt sich nach \
unserer Rechnung eine Gesamtzahl von [[20.000 bis 25.000]] Nordkoreanern, die bislang in Russland \
eingesetzt wurden – Bausoldaten und Minenräumer eingerechnet.</p>
<h2>Litauen-Brigade wächst</h2>
<p>Die Panzerbrigade 45 in Litauen soll bis 2027 auf rund 4.800 Soldatinnen und Soldaten \
anwachsen; derzeit sind gut 1.700 vor Ort. Für den neuen Wehrdienst rechnet das Ministerium im \
ersten Jahr mit 15.000 Freiwilligen.</p>
</main>
<footer>© 2025 Wehrschau Verlag &middot; Heft 12/2025 erscheint am 5. Dezember &middot; \
Abo-Service 0228 550 44 10</footer>
</body>
</html>
""",
    claims=(
        C("5.000", 5000, "exact", "in_russia", "south_korea", "thu..pub",
          "<title> (metadata) restating the first item's heading", opt=True),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "thu..pub",
          "item heading 'Seoul:': the NIS figure of Thursday (to publication): on the way to "
          "Russia"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "thu",
          "NIS, source and day named at the end of the item ('trug … am Donnerstag … vor'): "
          "builders being moved to Russia"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "thu",
          "same item, Konjunktiv 'stünden': in the border regions"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "sat..pub",
          "item heading 'Rutte:': his Saturday figure (to publication)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "sat",
          "Rutte in Halifax 'am Samstag': provided to Russia"),
        C("rund 6.000", 6000, "approx", "casualties", "ukraine", "lastweek",
          "item heading 'Kiew:': HUR's figure of last week (to publication)"),
        C("etwa 6.000", 6000, "approx", "casualties", "ukraine", "lastweek",
          "HUR's count, dated by the next sentence ('in der vergangenen Woche'): killed or "
          "wounded"),
        C("einige tausend", None, "vague", "near_front", "russia", "2025-11-01..2025-11-10",
          "Duma defence committee chairman 'Anfang November' (days 1–10), in „“: clearing mines "
          "in Kursk"),
        C("20.000 bis 25.000", None, "range", "in_russia", "unattributed", "pub",
          "the magazine's own reckoning ('nach unserer Rechnung'), required as an outlet's own "
          "tally"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

D07 = Source(
    article_id="d07_bws_wire_shoigu_sappers",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-18"),
    dated_by="dateline",
    features="Indian wire service story (dateline 'Moscow, June 18, 2025 (BWS):', Wednesday); "
        "headline 'Shoigu says' a planned total (`6,000`, the sum of the two contingents, not "
        "an increment); Shoigu 'in Pyongyang on Tuesday' `1,000` sappers and `5,000` builders "
        "(planned) with the source after the figures; NIS 'earlier this month'; NIS 'in April. "
        "At the time, it said'; HUR 'on Wednesday' (the publication day) with 'several "
        "thousand more' (increment); a JNU professor's 'another 10,000' (other, undated, span "
        "without the word); Indian students in Kursk, trade in dollars, treaty date, visits",
    text="""\
Shoigu says North Korea will send [[6,000]] sappers and builders to Kursk

By Ramesh Iyer

Moscow, June 18, 2025 (BWS): North Korea has agreed to send [[1,000]] military sappers to demine \
farmland and villages around Kursk, along with [[5,000]] military construction workers to rebuild \
towns wrecked in last year's fighting, Sergei Shoigu announced in Pyongyang on Tuesday after a \
meeting with Kim Jong Un.

Shoigu, a former defence minister who now runs Russia's Security Council, was quoted by Russian \
news agencies as calling the deployment "a fraternal contribution" to Kursk's recovery. It was \
his second trip to the North in a fortnight and his third this year. The two countries will on \
Thursday mark the first anniversary of the partnership treaty that Kim and Vladimir Putin signed \
on June 19, 2024.

Kremlin spokesman Dmitry Peskov said on Wednesday that the agreement concerned "engineering units \
only" and declined to say whether more combat troops would follow.

Seoul and Kyiv have their own figures. South Korea's National Intelligence Service told a \
parliamentary committee earlier this month that Pyongyang had dispatched [[about 15,000]] \
soldiers to Russia since last October. The agency first published a casualty estimate in April. \
At the time, it said [[around 4,700]] North Koreans had been killed or wounded.

Ukraine's military intelligence agency, known by its acronym HUR, said on Wednesday that \
[[roughly 11,000]] North Korean troops were still deployed in the Kursk region and that Pyongyang \
could rotate in [[several thousand]] more before the autumn.

The announcement is being followed closely in India, which had around 1,000 students enrolled at \
Kursk State Medical University before Ukrainian forces crossed the border last August. Most were \
moved to other Russian cities; about 300 have since returned to Kursk, according to an Indian \
students' association there.

Professor Anita Kulkarni of the Centre for East Asian Studies at Jawaharlal Nehru University said \
the engineers were unlikely to be the last contingent. "Once the mines are cleared, Moscow's next \
request will be for another [[10,000]] fighting men, and Pyongyang is in no position to refuse," \
she told BWS.

India's trade with Russia reached a record $68.7 billion in the last financial year, driven \
largely by crude oil purchases. New Delhi has not commented on the North Korean deployment.

(Reporting by Ramesh Iyer; editing by Sunil Bhatt)
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Shoigu says … will send': the Tuesday announcement (to publication); the "
          "sum of the two contingents, a planned total"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'announced in Pyongyang on Tuesday' (source after the figures): sappers to "
          "be sent"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military construction workers to be sent"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..pub",
          "NIS 'earlier this month' (the 1st to publication): dispatched since October"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'in April. At the time, it said' (the month carried): killed or wounded"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "wed",
          "HUR 'on Wednesday' (the publication day): still in the Kursk region"),
        C("several thousand", None, "vague", "planned", "ukraine", "wed",
          "same statement: 'could rotate in … more' (increment)", add=True),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "JNU professor (other), quote without a date: Moscow's next request, 'another' "
          "(increment, span without the word)", add=True),
    ),
)

D08 = Source(
    article_id="d08_west_kernow_helston_volunteer_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-16"),
    dated_by="front_matter",
    features="Cornish weekly in Markdown, ISO-8859-1 (straight quotes, `£`), front matter with "
        "`date:` (Thursday) and a single-quoted title without a figure; a Helston volunteer "
        "'by phone on Tuesday evening' „a good few thousand“ (other); NIS 'reported on Monday' "
        "`roughly 300` killed and `2,700` injured (same count split); 'Two days earlier' (the "
        "Saturday) Zelensky `two` captured; Zelensky 'at the weekend' `almost 4,000`; the Defence "
        "Secretary 'In the Commons on Tuesday' (a third government: other); White House 'last "
        "week' `hundreds`; group sizes, ages, pounds, miles, a naval air station's staff, "
        "Ukrainians in Cornwall, temperature",
    text="""\
---
title: 'Helston volunteer on facing Kim''s soldiers: "They just keep coming"'
date: 2025-01-16
section: News
author: Morwenna Tregear
---

# Helston man fighting for Ukraine describes first clashes with North Korean troops

**A former Royal Marine from Helston says North Korean soldiers are being thrown at Ukrainian \
lines in Kursk "in waves", as Kyiv and Seoul publish their first casualty figures.**

A Helston man serving with a Ukrainian volunteer battalion has described coming under attack from \
North Korean infantry in Russia's Kursk region.

Jago Trevail, 31, who left the Royal Marines in 2021 and went to Ukraine the following year, \
spoke to the Courier by phone on Tuesday evening from a town near the border. "They come across \
open fields in groups of twenty or thirty, no cover, no armour," he said. "The drones get most of \
them before they reach us."

Asked how many North Koreans were facing Ukrainian forces around Sudzha, he said: "Hard to say \
from where I sit. [[A good few thousand]], I'd guess, and they keep coming."

## The official figures

Seoul's spy agency, the National Intelligence Service, reported on Monday that [[roughly 300]] of \
Kim's soldiers had been killed and [[2,700]] injured. Two days earlier, President Volodymyr \
Zelensky had announced that Ukrainian troops had captured [[two]] North Koreans alive, one of \
them with a jaw injury.

Mr Zelensky has offered to hand the pair over to Pyongyang only in exchange for Ukrainians held \
in Russia. At the weekend he said [[almost 4,000]] North Koreans had been killed or wounded.

In the Commons on Tuesday, the Defence Secretary, John Healey, said the government's assessment \
was that '[[around 11,000]]' North Korean personnel had been sent to Russia. The White House had \
said last week that [[hundreds]] of them were killed in December alone.

## 'Proud and terrified'

Mr Trevail's mother, Linda, who runs a cafe in Meneage Street, has raised £4,350 for drones and \
first-aid kits since the autumn. "I'm proud and terrified in equal measure," she said. She last \
saw her son in August, when he flew the 1,900 miles home on leave.

RNAS Culdrose, the naval air station on the edge of the town, employs around 3,000 people, and \
several of Jago's old friends work there. Around 200 Ukrainians have settled in west Cornwall \
under the Homes for Ukraine scheme since 2022.

Overnight temperatures near the border have dropped to minus 12C this week, Mr Trevail said.
""",
    claims=(
        C("A good few thousand", None, "vague", "near_front", "other", "tue",
          "Helston volunteer (other) 'by phone on Tuesday evening' (two paragraphs up): facing "
          "Ukrainian forces around Sudzha"),
        C("roughly 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'reported on Monday': killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: injured (same count split by kind, not additional)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Two days earlier' than the NIS Monday (the Saturday): captured"),
        C("almost 4,000", 4000, "approx", "casualties", "ukraine", "sat..sun",
          "Zelensky 'At the weekend': killed or wounded"),
        C("around 11,000", 11000, "approx", "in_russia", "other", "tue",
          "UK Defence Secretary (a third government: other) 'In the Commons on Tuesday', in "
          "single quotes: sent to Russia"),
        C("hundreds", None, "vague", "casualties", "united_states", "lastweek",
          "White House 'last week': killed in December"),
    ),
)

D09 = Source(
    article_id="d09_platte_river_radio_offutt_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Platte River Public Radio",
        "https://www.platteriverpublicradio.example/news/2024-10-30/pentagon-10000-north-korean-"
        "troops-russia-offutt",
        "Pentagon: 10,000 North Korean troops in Russia. At Offutt, old hands say watch the "
        "skies",
    ),
    features="US Midwest public radio site in HTML without a meta date (sidecar, Wednesday): "
        "`<title>` figure (optional), cookie notice, on-air bar with frequencies, analytics "
        "script, membership appeal, footer with address and phone; headline from the Pentagon's "
        "Monday figure; NATO (Rutte) 'The same day in Brussels' „several thousand“; HUR 'last "
        "week' `12,000`; lawmakers briefed by the NIS 'In Seoul on Tuesday'; a retired Air "
        "Force analyst at Offutt `20,000 or more` (other, undated interview); hard negatives "
        "`some 10,000` base workers, army size, 1953, ages, residents of Korean descent, "
        "dollars",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pentagon: [[10,000]] North Korean troops in Russia; Offutt veterans weigh in | Platte \
River Public Radio</title>
<meta property="og:site_name" content="Platte River Public Radio">
<meta name="twitter:card" content="summary_large_image">
<script>window.prprAnalytics={station:"KPRP",program:"morning-local",tags:["world","military"]};</\
script>
</head>
<body>
<div id="cookie-consent">We use cookies to keep the live stream running and to learn which \
stories you read. <a href="/privacy">Privacy details</a> <button>Got it</button></div>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/music">Classical &amp; \
Jazz</a> | <a href="/schedule">Schedule</a> | <a href="/donate">Donate</a></nav>
<div class="onair">On air: Morning Edition &middot; 89.7 FM Omaha &middot; 91.3 FM \
Lincoln</div></header>
<main>
<article>
<h1>Pentagon: [[10,000]] North Korean troops in Russia. At Offutt, old hands say watch the \
skies</h1>
<p class="byline">By Dana Kowalczyk</p>
<p>The Pentagon said Monday it now counts [[roughly 10,000]] North Korean soldiers who were \
shipped to Russia's Far East to train, some of whom are already heading toward Ukraine. Deputy \
press secretary Sabrina Singh told reporters an unspecified number had reached the Kursk border \
region, where Ukrainian forces have held Russian territory since August.</p>
<p>The same day in Brussels, NATO Secretary General Mark Rutte confirmed that North Korean units \
had been deployed to Kursk. After a briefing from a South Korean delegation, he said allies were \
aware of &ldquo;[[several thousand]]&rdquo; North Koreans in the region and called it a \
significant escalation. Kyiv&rsquo;s military intelligence agency, HUR, had counted [[12,000]] \
North Koreans in Russia last week.</p>
<p>In Seoul on Tuesday, lawmakers who had been briefed by the National Intelligence Service said \
[[about 3,000]] of the troops had already been moved west, toward the front, and that the North \
was expected to send [[about 11,000]] in all by December.</p>
<h2>Watching from Bellevue</h2>
<p>At Offutt Air Force Base, home of U.S. Strategic Command and the RC-135 reconnaissance fleet, \
the news landed close to home. The 55th Wing&rsquo;s aircraft have flown missions along \
Russia&rsquo;s borders for decades.</p>
<p>&ldquo;This is the first time North Korea has sent ground troops into a war since 1953,&rdquo; \
said retired Lt. Col. Marcia Oberhauser, who spent 22 years as an Air Force intelligence analyst, \
11 of them at Offutt. She expects the commitment to grow. &ldquo;I wouldn&rsquo;t be surprised to \
see it end up at [[20,000 or more]] by next summer,&rdquo; she said at her home in Papillion.</p>
<p>Pyongyang&rsquo;s payoff, Oberhauser said, is &ldquo;cash, oil and know-how.&rdquo; The North \
keeps roughly 1.2 million men and women in uniform, but none of them has seen real combat.</p>
<p>Nebraska has about 5,500 residents of Korean descent, according to census estimates. Offutt \
employs some 10,000 military and civilian workers.</p>
<p class="support">Stories like this one are paid for by listeners. Become a sustaining member \
for $10 a month.</p>
</article>
</main>
<footer>&copy; 2024 Platte River Public Radio &middot; 6001 Dodge St., Omaha, NE 68182 &middot; \
(402) 555-0179</footer>
<script src="https://cdn.prpr.example/player.js?v=4.2.1"></script>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon:': the Monday figure of the lead (to publication)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'The Pentagon said Monday it now counts' (US style without 'on'): shipped to Russia's "
          "Far East"),
        C("several thousand", None, "vague", "near_front", "nato", "mon",
          "Rutte 'The same day in Brussels' (the Monday), in quotes: in the Kursk region"),
        C("12,000", 12000, "exact", "in_russia", "ukraine", "lastweek",
          "HUR 'had counted … last week': in Russia"),
        C("about 3,000", 3000, "approx", "near_front", "south_korea", "tue",
          "lawmakers briefed by the NIS 'In Seoul on Tuesday': moved toward the front"),
        C("about 11,000", 11000, "approx", "planned", "south_korea", "tue",
          "same briefing: expected to send in all by December"),
        C("20,000 or more", 20000, "at_least", "planned", "other", "pub",
          "retired Air Force analyst (other), interview without a date: could end up at"),
    ),
)

D10 = Source(
    article_id="d10_daugava_media_reinforcements_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-03-28"),
    dated_by="sidecar",
    sidecar=(
        "Daugava Public Media", "https://eng.daugava-media.example/news/world/seoul-pyongyang-"
        "sent-3000-more-troops-to-russia.a58812/",
        "South Korea: North Korea sent 3,000 more soldiers to Russia",
    ),
    features="Latvian public broadcaster's English news in Markdown, UTF-16 LE with BOM "
        "(sidecar, Friday), front matter without a date and with a title figure (optional); "
        "heading `3,000 more` (increment, span without the word) from the JCS's Thursday; JCS "
        "'on Thursday' `around 3,000 additional` and `some 4,000` casualties carried by 'also "
        "estimated'; Zelensky 'in a video address on Monday' ‘thousands’; US threat assessment "
        "'released on Tuesday'; a NATO official in Riga 'on Thursday' (a total including the "
        "reinforcements, not an increment); Latvia's defence minister 'on Friday morning' (the "
        "publication day, other); Russian troops in Ukraine, conscripts, per cent of GDP, "
        "border kilometres, euros",
    text="""\
---
title: "South Korea: North Korea sent [[3,000]] more soldiers to Russia"
category: Foreign
tags: [North Korea, Russia, Ukraine, Defence]
---

# Seoul: Pyongyang sent [[3,000]] more troops to Russia this year

**Latvia's defence minister says the reinforcements show that Moscow is preparing for a long war**

South Korea's Joint Chiefs of Staff said on Thursday that North Korea had dispatched [[around \
3,000]] additional troops over January and February, and that the troops had since returned to \
the fighting in the Kursk region. The JCS also estimated that [[some 4,000]] North Koreans had \
been killed or wounded since they first went into combat last autumn.

Kyiv has reported the same pattern. President Volodymyr Zelensky said in a video address on \
Monday that North Korean soldiers were again taking part in assaults near the border, "with \
‘[[thousands]]’ of them thrown at our positions".

An annual threat assessment released by the US intelligence community on Tuesday said Pyongyang \
had sent "[[more than 11,000]]" troops to Russia and was receiving air-defence equipment and \
expertise in return.

A NATO official in Riga, speaking on condition of anonymity on Thursday, said the alliance's \
working estimate was [[around 14,000]] North Korean troops inside Russia, reinforcements included.

## "Moscow is not winding down"

Defence Minister Ivars Bērziņš told Latvian Radio on Friday morning that he believed "[[up to \
15,000]]" North Koreans were now on Russian soil. "Anyone who thinks Moscow is winding down \
should look at these numbers," he said.

Russia has massed around 600,000 troops in occupied Ukraine, according to Ukrainian estimates.

Latvia, which shares a 214-kilometre border with Russia, plans to call up 1,500 conscripts this \
year under its State Defence Service and to spend more than 3.4% of GDP on defence. The \
government has set aside €303 million for fortifications along the eastern border over five years.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "front-matter `title:` (metadata) restating the heading: 'more' (increment)",
          add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "heading 'Seoul:': the JCS figure of Thursday (to publication), 'more' (increment, "
          "span without the word)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'on Thursday': 'additional' soldiers sent in January and February (increment)",
          add=True),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'The JCS also estimated' (Thursday carried): killed or wounded"),
        C("thousands", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'in a video address on Monday', in nested quotes: thrown at Ukrainian "
          "positions"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "US intelligence threat assessment 'released … on Tuesday' (a report's day): sent"),
        C("around 14,000", 14000, "approx", "in_russia", "nato", "thu",
          "NATO official in Riga 'on Thursday': a total inside Russia, reinforcements included "
          "(not an increment)"),
        C("up to 15,000", 15000, "at_most", "in_russia", "other", "fri",
          "Latvia's defence minister (a third government: other) 'on Friday morning' (the "
          "publication day): on Russian soil"),
    ),
)

D11 = Source(
    article_id="d11_edo_tribune_sea_crossings_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "The Edo Tribune", "https://www.edotribune.example/news/2025/07/24/national/"
        "russian-ships-north-korean-troops-sea-of-japan/",
        "Russian ships ferry North Korean troops across Sea of Japan, Tokyo says",
    ),
    features="Japanese English-language daily in HTML, UTF-8 with BOM (sidecar, Thursday; "
        "`og:` tags, a subscription banner, a cookie notice, JSON-LD without a date); a deck "
        "figure 'Kyiv says up to 30,000 more could follow' (required, from Budanov's 'last "
        "week'); Japan's Defense Ministry 'said Tuesday', a senior official carrying that day "
        "with `at least 3,000` 'fresh … on top of those flown in' (a third government: other, "
        "increment); 'at least 14 crossings' (ships, not troops); South Korea's Defense Ministry "
        "'on Wednesday'; Budanov 'last week' a range `25,000 to 30,000 more` (span without the "
        "word); a State Department official 'In June' `about 4,000` replacements (increment); a "
        "Niigata researcher `close to 18,000` (other, undated); KCNA on Sunday without a "
        "figure; kilometres, yen, abductees",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Russian ships ferry North Korean troops across Sea of Japan, Tokyo says - The Edo \
Tribune</title>
<meta property="og:title" content="Russian ships ferry North Korean troops across Sea of Japan, \
Tokyo says">
<meta property="og:type" content="article">
<script \
type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@t\
ype":"Organization","name":"The Edo Tribune"},"articleSection":"National"}</script>
</head>
<body>
<div class="paywall-bar">Subscribe to The Edo Tribune Digital from ¥1,650 a month. <a \
href="/subscribe">Start now</a></div>
<div class="cookies">By continuing to use this site you agree to our use of cookies. <a \
href="/cookie-policy">Cookie policy</a></div>
<nav>NATIONAL | BUSINESS | ASIA PACIFIC | WORLD | OPINION | SPORTS | LIFE</nav>
<article>
<h1>Russian ships ferry North Korean troops across Sea of Japan, Tokyo says</h1>
<p class="deck">Defense Ministry tracks repeated crossings from Rason; Kyiv says [[up to 30,000]] \
more could follow</p>
<p class="byline">By Aya Morimoto, Staff Writer</p>
<p>Japan's Defense Ministry said Tuesday that Russian naval transport ships had made at least 14 \
crossings between the North Korean port of Rason and Vladivostok since April, in what officials \
believe was a movement of soldiers and munitions.</p>
<p>The ministry gave no estimate of how many soldiers had been carried. But a senior official, \
speaking on condition of anonymity, said Tokyo believed [[at least 3,000]] fresh North Korean \
troops had crossed by sea since spring, on top of those flown in last year. Rason lies roughly \
130 kilometers southwest of Vladivostok.</p>
<p>South Korea's Defense Ministry, asked about the Japanese findings on Wednesday, said it \
believed [[roughly 11,000]] of the North's troops were still in Russia, the bulk of them around \
Kursk.</p>
<p>Ukraine's military intelligence chief, Kyrylo Budanov, warned last week that Pyongyang could \
send [[25,000 to 30,000]] more soldiers in the coming months. In June, a U.S. State Department \
official visiting Tokyo told reporters that [[about 4,000]] replacements had reached Russia since \
January.</p>
<p>Hiroshi Tanabe, a senior fellow at the Japan Sea Rim Institute in Niigata, estimates that \
North Korea has rotated [[close to 18,000]] people through Russia in all, counting construction \
troops. "The sea route is cheaper and harder to watch than the trains," he said.</p>
<p>North Korea's state media on Sunday showed Kim Jong Un at a Pyongyang hospital where soldiers \
"wounded in the liberation of Kursk" were being treated. The Korean Central News Agency did not \
say how many.</p>
<p>The findings come as the government prepares a record defense budget request of about ¥8.8 \
trillion for fiscal 2026. Japan still counts 17 of its citizens as abducted by the North and \
wants them returned.</p>
</article>
<footer>&copy; The Edo Tribune 2025. All rights reserved. | Privacy | Terms | Contact</footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "deck 'Kyiv says … more could follow': Budanov's range of 'last week' (to publication), "
          "increment", add=True),
        C("at least 3,000", 3000, "at_least", "in_russia", "other", "tue",
          "senior Japanese defense official (a third government: other), Tuesday carried from "
          "the ministry: 'fresh … on top of those flown in last year' (increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "South Korea's Defense Ministry 'on Wednesday': still in Russia"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "lastweek",
          "Budanov 'warned last week': could send 'more' (increment, span without the word)",
          add=True),
        C("about 4,000", 4000, "approx", "in_russia", "united_states", "2025-06-01..2025-06-30",
          "State Department official 'In June': replacements reached Russia (increment)",
          add=True),
        C("close to 18,000", 18000, "approx", "in_russia", "other", "pub",
          "Niigata researcher (other), present tense 'estimates', no date: rotated through "
          "Russia in all"),
    ),
)

D12 = Source(
    article_id="d12_coastal_mirror_parade_heroes",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-10-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Coastal Mirror", "",
        "Kim hails 'heroes of Kursk' at Pyongyang parade as Seoul counts the cost",
    ),
    features="Tanzanian daily in windows-1252 with CRLF (sidecar without url, Tuesday; "
        "dateline 'DAR ES SALAAM —' without a date); Kim's parade speech 'on Friday' carried "
        "by KCNA „thousands“ (north_korea); parade veterans shown by state TV (optional); "
        "Russia's ambassador 'in an interview broadcast on Sunday' `about 1,000` sappers in "
        "Kursk; NIS 'In September, … reckoned' `around 2,000` dead 'out of' `some 13,000` "
        "sent; Zelensky 'on Thursday'; HUR 'Over the summer' (June–August) 'as many as "
        "25,000' more (increment); a Dar es Salaam lecturer `no fewer than 15,000` (other, "
        "undated); crowd, anniversary, 1965, monuments in 14 countries, shillings, "
        "scholarships",
    text="""\
Kim hails 'heroes of Kursk' at Pyongyang parade as Seoul counts the cost

By Halima Mwinyi

DAR ES SALAAM — North Korean leader Kim Jong Un used a night-time military parade on Friday to \
pay tribute to the soldiers he sent to fight for Russia, even as outside estimates of the human \
cost of the deployment keep rising.

Speaking to tens of thousands of people packed into Kim Il Sung Square, Kim praised the \
“[[thousands]] of our sons who carried out their internationalist duty on foreign soil”, \
according to the official Korean Central News Agency. State television showed [[hundreds]] of \
veterans of the Kursk campaign marching in a column of their own, many with medals pinned to \
their chests.

The parade marked the 80th anniversary of the ruling Workers’ Party of Korea. Among the guests on \
the tribune were Dmitry Medvedev, deputy chairman of Russia’s Security Council, and China’s \
Premier Li Qiang.

Moscow has also begun to speak more openly. In an interview broadcast on Russian state television \
on Sunday, Russia’s ambassador in Pyongyang, Alexander Matsegora, said [[about 1,000]] sappers \
from the North remained at work on the minefields of the Kursk region.

Outside estimates are grimmer. In September, Seoul’s intelligence service reckoned that [[around \
2,000]] of the North’s soldiers had died out of [[some 13,000]] sent to Russia since October last \
year. Ukraine’s President Volodymyr Zelensky said on Thursday that “[[more than 10,000]]” North \
Korean troops were still positioned in Russia’s border regions. Over the summer, Ukraine’s \
military intelligence agency warned that Pyongyang was training [[as many as 25,000]] more for \
deployment.

Dr Neema Mwakyusa, a lecturer in international relations at the University of Dar es Salaam, said \
Pyongyang was using the war to harden its army and to earn hard currency. “By my reading of the \
evidence, [[no fewer than 15,000]] North Koreans have now served in Russia, counting the \
builders,” she said.

Tanzania established diplomatic relations with North Korea in 1965, and North Korean instructors \
helped train units of the Tanzanian army in the 1970s. A state-owned North Korean company has \
built monuments in at least 14 African countries, according to a UN panel of experts, which also \
listed payments of about TSh 2.5 billion routed through a local bank.

About 120 Tanzanian students currently hold Russian government scholarships, the Ministry of \
Education said last month.
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "north_korea", "fri",
          "Kim's parade speech 'on Friday', carried by KCNA ('according to'): sons on foreign "
          "soil"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "parade veterans shown by state television (returnees): optional, as in earlier sets",
          opt=True),
        C("about 1,000", 1000, "approx", "near_front", "russia", "sun",
          "Russia's ambassador in Pyongyang 'In an interview broadcast … on Sunday': at work "
          "on the minefields of Kursk"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'In September, … reckoned': died"),
        C("some 13,000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same statement, 'out of': sent since October last year"),
        C("more than 10,000", 10000, "at_least", "near_front", "ukraine", "thu",
          "Zelensky 'on Thursday', in quotes: in Russia's border regions"),
        C("as many as 25,000", 25000, "at_most", "planned", "ukraine", "2025-06-01..2025-08-31",
          "HUR 'Over the summer' (June–August): 'more' being trained for deployment (increment)",
          add=True),
        C("no fewer than 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "Dar es Salaam lecturer (other), quote without a date: have served in Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    D01, D02, D03, D04, D05, D06,
    D07, D08, D09, D10, D11, D12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
