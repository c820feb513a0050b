"""Build the FORTY-EIGHTH BLIND corpus: articles, sidecar, gold (`python build_corpus.py`).

A fiftieth corpus for an honest measurement on articles the extractor has never met, written in
session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Schweinfurt daily on a
former GI who once stood at the Korean border, a Prignitz radio station's web text on an aid
convoy to Sumy, a Pinzgau weekly on a Ukrainian ski instructor in Kaprun (Austrian conventions),
an Entlebuch paper on a family from the Sumy region in Schüpfheim (Swiss conventions), a
pharmacists' association magazine on its relief fund and a Greifswald student paper on a panel
evening; in English: a Gold Coast daily with a Korean War veteran and the Korean community, an
Argyll news page on a veteran in Lochgilphead and the two prisoners, a New Hampshire paper on a
Ukrainian parish's bake sale, a North Macedonian English-language outlet on Ukraine's envoy in
Skopje, a Guam news site on Seoul's November count and a Mauritius daily on families of young men
lured to Russia. Same file format, marker syntax and labelling conventions as the other corpora
(see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind48_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="b48_01_schweinfurt_ex_gi_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features=(
        "Schweinfurt daily's web page in HTML (`article:published_time` with +01:00, a byline "
        "'Donnerstag, 7. November 2024', a config script with an article id, a cookie layer "
        "with two biscuit buttons, local navigation, footer with a phone number and a script); "
        "`<meta name=\"description\">` figure (optional); headline 'Pentagon:' from the "
        "spokeswoman 'am Montag' (Monday to publication); `Etwa 10.000` in Kursk and the range "
        "`11.000 bis 12.000` sent, carried by Konjunktiv and 'nach amerikanischer "
        "Einschätzung'; 'Nach Kiewer Zählung' right after Zelensky's Tuesday evening (Tuesday to "
        "publication); the NIS 'Ende Oktober' `mehr als 3.000` on the way to the front and "
        "`rund 10.000` by December ('so die Erwartung des Dienstes damals'); a Würzburg "
        "political scientist `5.000 bis 10.000` 'weitere' (other, planned increment, `pub`); a "
        "former GI (no figure of his own), Americans once living in Schweinfurt, flats, years, "
        "ages, North Korea's army size"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreas Soldaten bei Kursk: Ein Ex-GI aus Schweinfurt erinnert sich | Schweinfurter \
Anzeiger</title>
<meta name="description" content="Das Pentagon zählt [[rund 10.000]] nordkoreanische Soldaten im \
Gebiet Kursk. Ein früherer US-Soldat aus Schweinfurt kennt die Gegenseite von der Grenze in \
Korea.">
<meta property="article:published_time" content="2024-11-07T06:30:00+01:00">
<meta property="og:site_name" content="Schweinfurter Anzeiger">
<script>var saCfg={artId:88217,zone:"welt",abo:true,teaserLen:240};</script>
</head>
<body>
<div class="privacy-layer">Diese Seite knabbert an Cookies. Sie bestimmen, wie viele es sein \
dürfen: <button>Ganze Dose</button> <button>Nur die trockenen Kekse</button></div>
<nav><a href="/">Startseite</a> · <a href="/stadt">Schweinfurt Stadt</a> · <a \
href="/landkreis">Landkreis</a> · <a href="/bayern">Bayern</a> · <a href="/welt">Welt</a> · <a \
href="/sport">Sport</a> · <a href="/trauer">Traueranzeigen</a></nav>
<main>
<article>
<h1>Pentagon: [[10.000]] Nordkoreaner stehen im Raum Kursk</h1>
<p class="teaser">Washington sieht Kims Truppen kurz vor dem Einsatz gegen die Ukraine. In \
Schweinfurt verfolgt ein Mann die Nachrichten besonders genau: Dwayne Porter stand einst an der \
innerkoreanischen Grenze.</p>
<p class="byline">Von Katrin Hümmer · Donnerstag, 7. November 2024</p>
<p>Die Zahl wächst von Woche zu Woche. [[Etwa 10.000]] Soldaten aus Nordkorea hielten sich \
inzwischen im russischen Gebiet Kursk auf, sagte Pentagon-Sprecherin Sabrina Singh am Montag in \
Washington. Dort würden sie von russischen Offizieren in Artillerie, Drohnenabwehr und Grabenkampf \
unterwiesen. Insgesamt habe Pjöngjang nach amerikanischer Einschätzung [[11.000 bis 12.000]] Mann \
nach Russland geschickt.</p>
<p>Am Dienstagabend meldete der ukrainische Präsident Wolodymyr Selenskyj erste Zusammenstöße. \
&bdquo;Die ersten Gefechte mit nordkoreanischen Soldaten schlagen ein neues Kapitel der \
Unsicherheit auf&ldquo;, sagte er. Nach Kiewer Zählung stehen [[11.000]] Nordkoreaner in der \
Region.</p>
<p>Südkoreas Nachrichtendienst NIS hatte schon Ende Oktober vor Abgeordneten in Seoul von \
[[mehr als 3.000]] Nordkoreanern gesprochen, die auf dem Weg an die Front seien. Bis Dezember, so \
die Erwartung des Dienstes damals, werde Kim [[rund 10.000]] Soldaten entsandt haben.</p>
<h2>&bdquo;Wir kannten nur ihre Ferngläser&ldquo;</h2>
<p>Dwayne Porter hat die andere Seite nie aus der Nähe gesehen. 1986 stand der heute 61-Jährige \
als junger Gefreiter der 2. US-Infanteriedivision an der entmilitarisierten Zone, danach wurde er \
nach Schweinfurt versetzt &ndash; und blieb. &bdquo;Drüben auf den Wachtürmen waren sie immer da, \
Tag und Nacht&ldquo;, erzählt er in seiner Küche in der Gartenstadt. &bdquo;Wir kannten nur ihre \
Ferngläser.&ldquo;</p>
<p>Zu Spitzenzeiten lebten rund 12.000 Amerikaner in Schweinfurt, Soldaten samt Familien. 2014 zog \
die US-Armee aus den Ledward und Conn Barracks ab; auf dem früheren Kasernengelände entstehen \
heute ein Hochschulcampus und bis zu 1.000 Wohnungen. Porter arbeitete nach seiner Dienstzeit 24 \
Jahre als Schichtleiter bei einem Wälzlagerhersteller.</p>
<p>Dass Nordkoreaner nun in Russland gegen Ukrainer kämpfen sollen, überrascht ihn nicht. \
&bdquo;Diese Armee ist riesig, und sie hat nie etwas anderes gelernt als Warten.&ldquo; Die \
Volksarmee des Nordens hat nach gängiger westlicher Rechnung etwa 1,2 Millionen Mann unter \
Waffen.</p>
<h2>Experte erwartet Nachschub</h2>
<p>Der Würzburger Politikwissenschaftler Tobias Endres glaubt nicht, dass es bei den bisherigen \
Kontingenten bleibt. &bdquo;Kim verdient an jedem Mann, den er schickt&ldquo;, sagt Endres. Er \
hält [[5.000 bis 10.000]] weitere Soldaten bis zum Frühjahr für realistisch.</p>
<p>Moskau schweigt zu den Berichten. Kremlsprecher Dmitri Peskow nannte die Zusammenarbeit mit \
Pjöngjang am Mittwoch eine Sache zweier souveräner Staaten.</p>
</article>
</main>
<footer>© 2024 Schweinfurter Anzeiger · Leserservice 09721 40 38 00 · <a \
href="/impressum">Impressum</a> · <a href="/agb">AGB</a></footer>
<script src="/static/js/abo-wall.min.js?v=3.12.4" defer></script>
</body>
</html>
""",
    claims=(
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating the Pentagon's Monday figure", opt=True),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:': the spokeswoman's figure of the body (Monday to publication): "
          "in the Kursk area"),
        C("Etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokeswoman Sabrina Singh 'am Montag' (source after the figure), Konjunktiv: "
          "in the Kursk region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same statement, 'nach amerikanischer Einschätzung' (Konjunktiv): sent to Russia"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "'Nach Kiewer Zählung' (present tense) right after Zelensky's Tuesday evening "
          "statement: in the region"),
        C("mehr als 3.000", 3000, "at_least", "near_front", "south_korea",
          "2024-10-21..2024-10-31",
          "NIS before lawmakers 'Ende Oktober': on the way to the front"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "'so die Erwartung des Dienstes damals' (carries 'Ende Oktober'): sent by December"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "pub",
          "Würzburg political scientist 'hält … für realistisch' (present tense, no date): "
          "'weitere' by spring (increment)", add=True),
    ),
)

G02 = Source(
    article_id="b48_02_prignitz_konvoi_sumy",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Prignitz-Welle",
        "https://www.prignitz-welle.example/nachrichten/hilfskonvoi-sumy-kursk-101.html",
        "Hilfskonvoi aus der Prignitz erreicht Sumy",
    ),
    features=(
        "Prignitz radio station's web text, UTF-16 with CRLF, straight quotes, dated by the "
        "sidecar only (Saturday); headline 'Seoul:' from the NIS 'am Donnerstag' (Thursday to "
        "publication); an aid convoy from Perleberg to Sumy (a driver with no figure of his "
        "own); the NIS briefing with a colon before the figures: dead, wounded and the total "
        "'hieß es weiter'; Kirby 'schon am Dienstag' \"mehrere hundert\" killed or wounded; a "
        "HUR figure dated by the next sentence ('Mitteilung … vom vergangenen Sonntag'); "
        "Zelensky 'am Freitagabend', then 'Kiew rechne mit' `bis zu 12.000`; kilometres, vans, "
        "generators, euros, age, phone number, a broadcast time and a VHF frequency"
    ),
    text="""\
Seoul: [[Mindestens 100]] Nordkoreaner bei Kursk gefallen

Hilfskonvoi aus der Prignitz erreicht Sumy - die Fahrer hören nachts die Front

Perleberg/Sumy - Die Generatoren sind angekommen. Am Mittwochmorgen hat der Hilfskonvoi aus der \
Prignitz die nordostukrainische Stadt Sumy erreicht, nach gut 1.900 Kilometern und vier Tagen auf \
der Straße. 14 Transporter brachten 38 Stromerzeuger, Verbandsmaterial und Winterjacken in die \
Stadt, die nur etwa 30 Kilometer von der russischen Grenze entfernt liegt. Die Spenden aus \
Perleberg, Wittenberge und Pritzwalk hatten zuletzt 62.000 Euro erreicht.

"Nachts hört man die Einschläge drüben auf der russischen Seite", sagte Fahrer Jens Kolbe (57) aus \
Karstädt uns am Telefon. Drüben - das ist das Gebiet Kursk, in dem ukrainische Truppen seit August \
einen Landstreifen halten und wo seit einigen Wochen auch Soldaten aus Nordkorea im Einsatz sind.

Zu deren Verlusten gibt es inzwischen erste Zahlen. Südkoreas Nachrichtendienst NIS unterrichtete \
am Donnerstag den Geheimdienstausschuss in Seoul: [[Mindestens 100]] nordkoreanische Soldaten \
seien gefallen, die Zahl der Verwundeten liege bei [[etwa 1.000]]. Viele der Männer hätten keine \
Erfahrung mit Drohnen und würden auf offenem Feld aufgerieben. Insgesamt habe Pjöngjang \
[[rund 11.000]] Soldaten nach Russland gebracht, hieß es weiter.

Die US-Regierung hatte schon am Dienstag Verluste bestätigt. John Kirby, Sprecher des Nationalen \
Sicherheitsrats im Weißen Haus, sagte, es seien "[[mehrere hundert]]" Nordkoreaner getötet oder \
verwundet worden, "vom einfachen Soldaten bis hinauf zu höheren Rängen".

Kiew legt eigene Zahlen vor. Bei Kämpfen um mehrere Dörfer im Gebiet Kursk seien an einem einzigen \
Wochenende [[mindestens 30]] nordkoreanische Soldaten getötet oder verletzt worden. So stand es in \
einer Mitteilung des ukrainischen Militärgeheimdienstes HUR vom vergangenen Sonntag. Präsident \
Wolodymyr Selenskyj sagte am Freitagabend, Russland schicke die Nordkoreaner in Sturmtrupps nach \
vorn. Kiew rechne mit [[bis zu 12.000]] Mann in der Region.

Für die Prignitzer Helfer war die Lage an der Grenze kein Grund umzukehren. In Sumy übergaben sie \
die Ladung an ein Krankenhaus und an zwei Schulen, die seit dem Sommer immer wieder ohne Strom \
sind. Kolbe ist zum dritten Mal dabei. "Beim ersten Mal hatte ich Angst. Jetzt habe ich vor allem \
Respekt vor den Leuten, die dort jeden Tag weitermachen."

Der Verein "Prignitz hilft" plant die nächste Fahrt für Februar. Gesucht werden vor allem Fahrer \
mit Führerschein Klasse C und Sachspenden wie Powerbanks und Wärmflaschen. Kontakt: 03876 61 52 40.

Das Gespräch mit Jens Kolbe hören Sie am Nachmittag um 17.10 Uhr in unserem Programm auf UKW 97,4.
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure of the body (Thursday to publication): fallen"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS briefing 'am Donnerstag' with a colon before the figure: fallen"),
        C("etwa 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing, Konjunktiv: wounded (not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "same briefing 'hieß es weiter': brought to Russia"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "tue",
          "White House NSC spokesman Kirby 'schon am Dienstag' \"…\": killed or wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR statement dated by the next sentence ('vom vergangenen Sonntag'): killed or "
          "wounded in one weekend"),
        C("bis zu 12.000", 12000, "at_most", "near_front", "ukraine", "fri",
          "'Kiew rechne mit' right after Zelensky 'am Freitagabend': in the region"),
    ),
)

G03 = Source(
    article_id="b48_03_pinzgau_skilehrerin_kaprun",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-20"),
    dated_by="dateline",
    features=(
        "Pinzgau weekly, ISO-8859-1 with straight quotes and hyphens for dashes, dateline 'Zell "
        "am See, 20.02.2025' (Thursday); Austrian conventions ('Jänner', 'Feber', 'heuer'); a "
        "Ukrainian ski instructor in Kaprun (no figure of her own); an army spokesman 'am "
        "Montag' `mehrere tausend` taken out of the first line (in Russia, not at the front); "
        "the NIS 'Mitte Jänner' dead and wounded (days 11-20); Zelensky 'in einem Interview am "
        "Sonntag' `etwa 12.000` sent and `über 4.000` casualties; the Pentagon 'Anfang Feber' "
        "without a figure; the weekly's own reckoning 'Rechnet man … zusammen, dürften' `an die "
        "11.000` (unattributed, `pub`); 'Laut dem ukrainischen Militärgeheimdienst' `rund 1.500` "
        "'weitere' in eastern Russia (increment, `pub`); a Salzburg political scientist 'heuer "
        "noch einmal' `Tausende` (other, planned increment, `pub`); children, age, distance, "
        "months, Ukrainians in the Pinzgau, avalanche level, altitude, snow depth"
    ),
    text="""\
Zell am See, 20.02.2025

Skilehrerin aus Charkiw: "Jede Meldung aus Kursk lese ich zweimal"

Seit zwei Wintern unterrichtet Olena Martschenko am Kitzsteinhorn. Ihr Mann kämpft im russischen \
Grenzgebiet - dort, wo Nordkoreas Soldaten zuletzt von der Bildfläche verschwunden sind.

Von Hannes Rainer

Um halb neun steht Olena Martschenko mit acht Kindern aus Wien und Linz am Übungshang, Skischule \
Kaprun, Gruppe "Pinguine". Die 36-Jährige war in Charkiw Sportlehrerin, seit dem Winter 2023 \
unterrichtet sie im Pinzgau. Ihr Mann Andrij dient in einer Panzergrenadierbrigade, die seit Juli \
jenseits der Grenze bei Kursk kämpft. "Wenn er zwei Tage nicht schreibt, zähle ich die Stunden", \
sagt sie.

Im Jänner war Andrijs Abschnitt einer der heißesten der ganzen Front. Nordkoreanische Einheiten \
griffen dort in großen Gruppen an, oft über verschneite Felder. Seit einigen Wochen ist es ruhiger \
geworden. Ein Sprecher der ukrainischen Armee sagte am Montag im Fernsehen, die Nordkoreaner seien \
seit Ende Jänner kaum noch zu sehen. Russland habe [[mehrere tausend]] von ihnen nach den \
Verlusten aus der ersten Linie genommen, sie würden im Hinterland neu ausgebildet.

Wie hoch diese Verluste sind, darüber gehen die Angaben auseinander. Südkoreas Geheimdienst NIS \
hatte Mitte Jänner [[rund 300]] Tote und [[2.700]] Verwundete gemeldet. Präsident Wolodymyr \
Selenskyj nannte in einem Interview am Sonntag deutlich höhere Zahlen: Von [[etwa 12.000]] \
Nordkoreanern, die Kim Jong Un geschickt habe, seien [[über 4.000]] getötet oder verwundet worden. \
Das Pentagon hatte Anfang Feber erklärt, es sehe "keine Anzeichen" für einen Abzug aus Russland.

Rechnet man die bekannten Angaben zusammen, dürften bisher [[an die 11.000]] Nordkoreaner in \
Russland eingesetzt worden sein - die meisten davon in Kursk. Und es könnten mehr werden. Laut dem \
ukrainischen Militärgeheimdienst werden in Ostrussland [[rund 1.500]] weitere Soldaten auf den \
Einsatz vorbereitet.

Der Salzburger Politologe Florian Gschwandtner vom Fachbereich Politikwissenschaft hält das für \
plausibel. "Kim hat gesehen, was seine Leute dort lernen, und Moskau zahlt", sagt er. Dass \
Pjöngjang heuer noch einmal [[Tausende]] Soldaten schickt, sei so gut wie sicher.

Olena Martschenko verfolgt solche Analysen nur am Rand. Sie zählt die Tage bis zum Saisonende am \
Kitzsteinhorn, Anfang Mai. Dann will sie für drei Wochen nach Charkiw fahren, mit dem Bus über \
Wien, rund 1.700 Kilometer. Ihr Mann hat im April Heimaturlaub, zum ersten Mal seit 14 Monaten.

Im Pinzgau leben derzeit rund 180 Menschen aus der Ukraine, viele arbeiten in Hotellerie und \
Gastronomie. Die Lawinenwarnstufe lag am Mittwoch oberhalb von 2.000 Metern bei 3, am \
Kitzsteinhorn lagen 190 Zentimeter Schnee.
""",
    claims=(
        C("mehrere tausend", None, "vague", "in_russia", "ukraine", "mon",
          "Ukrainian army spokesman 'am Montag im Fernsehen', Konjunktiv: taken out of the first "
          "line and retrained in the rear (in Russia, not at the front)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (an older figure recalled): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same count: wounded (not an increment)"),
        C("etwa 12.000", 12000, "approx", "in_russia", "ukraine", "sun",
          "Zelensky 'in einem Interview am Sonntag', Konjunktiv: sent by Kim"),
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "sun",
          "same interview: killed or wounded"),
        C("an die 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the weekly's own reckoning ('Rechnet man die bekannten Angaben zusammen, dürften'): "
          "unattributed, required"),
        C("rund 1.500", 1500, "approx", "in_russia", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' without a date: 'weitere' being prepared "
          "in eastern Russia (increment)", add=True),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "Salzburg political scientist ('sagt er', present tense; 'heuer' is the event): 'noch "
          "einmal' (planned increment)", add=True),
    ),
)

G04 = Source(
    article_id="b48_04_entlebuch_familie_sumy_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-30"),
    dated_by="front_matter", crlf=True,
    features=(
        "Entlebuch paper in Markdown, windows-1252 with CRLF, front matter with `date:` and a "
        "title without a figure; Swiss conventions (`ss`, «», `15'000`, `11'000`, `20'000 bis "
        "25'000`, 4-digit `4700`/`9000`/`1550`); place line 'Schüpfheim –'; a family from the "
        "Sumy region (no figure of their own); Gerasimov 'am Samstag' and Pyongyang 'Am Montag' "
        "without figures; headline 'Seoul zählt' `4700` from the NIS 'am Mittwoch' (the "
        "publication day); the NIS figures via a lawmaker: sent, casualties and 'darunter' dead "
        "(a breakdown); HUR 'am Wochenende' `rund 9000` in Kursk (Saturday-Sunday); the State "
        "Department 'zuletzt' «über 11'000» (no date: `pub`); a Lucerne historian's range 'Bis "
        "im Herbst' (other, planned total, `pub`); refugees in the village, francs, per cent, "
        "age, distance, a date for a dinner"
    ),
    text="""\
---
title: "Kims Soldaten: Moskau bestätigt, Seoul zählt die Opfer"
date: 2025-04-30
rubrik: Region / Welt
autor: Pius Schnider
---

# Moskau bestätigt Kims Soldaten – Seoul zählt [[4700]] Tote und Verletzte

**Eine Familie aus dem Gebiet Sumy lebt seit zwei Jahren in Schüpfheim. Was jetzt über die \
Nordkoreaner in Kursk bekannt wird, erlebten ihre Nachbarn im Dorf aus nächster Nähe.**

*Von Pius Schnider*

Schüpfheim – Wenn Natalija Hrytsenko am Küchentisch in der Wohnung an der Hauptstrasse die \
Nachrichten liest, dann zuerst die aus Krasnopillja. Das Dorf liegt im Gebiet Sumy, keine zehn \
Kilometer von der russischen Grenze entfernt. Die 44-Jährige ist im Frühling 2023 mit ihren zwei \
Söhnen ins Entlebuch gekommen, mit Schutzstatus S. Ihr Vater ist geblieben. «Er sagt, er habe in \
diesem Winter fremde Sprachen im Funk gehört», erzählt sie.

Seit dieser Woche ist offiziell, was Kiew, Seoul und Washington seit Monaten sagen. Der russische \
Generalstabschef Waleri Gerassimow lobte am Samstag die «Heldentaten» nordkoreanischer Soldaten \
bei der Rückeroberung des Gebiets Kursk. Am Montag bestätigte auch Pjöngjang den Einsatz, \
Machthaber Kim Jong Un kündigte ein Denkmal für die Gefallenen an. Zahlen nannten beide Seiten \
nicht.

## Die Bilanz aus Seoul

Die lieferte am Mittwoch der südkoreanische Nachrichtendienst NIS. Nordkorea habe seit vergangenem \
Herbst [[rund 15'000]] Soldaten nach Russland geschickt, sagte ein Abgeordneter nach einer \
Anhörung. [[Etwa 4700]] seien getötet oder verwundet worden, darunter [[rund 600]] Tote. Im \
Gegenzug erhalte Pjöngjang Raketentechnik, Luftabwehr und Erdöl.

Der ukrainische Militärgeheimdienst HUR hatte am Wochenende erklärt, im Gebiet Kursk seien \
weiterhin [[rund 9000]] Nordkoreaner im Einsatz, zunehmend auch als Artilleristen. Das \
US-Aussenministerium hatte ihre Zahl in Russland zuletzt mit «[[über 11'000]]» angegeben.

Die Luzerner Osteuropa-Historikerin Verena Amrein geht davon aus, dass sich das Kontingent noch \
vergrössert. «Kim hat aus dem Winter gelernt, seine Truppen kämpfen heute anders.» Bis im Herbst \
könnten es nach ihrer Einschätzung [[20'000 bis 25'000]] Mann in Russland sein.

## «Das Schweigen war das Schlimmste»

Für Natalija Hrytsenko ändert das Eingeständnis aus Moskau wenig. «Dass sie da waren, wussten alle \
im Dorf. Aber niemand hat es zugegeben, und das Schweigen war das Schlimmste», sagt sie. Sie \
arbeitet inzwischen 60 Prozent in einer Bäckerei in Escholzmatt, ihr älterer Sohn macht eine Lehre \
als Landmaschinenmechaniker.

In der Gemeinde Schüpfheim leben derzeit 23 Menschen aus der Ukraine. Die Sozialhilfe für eine \
dreiköpfige Familie mit Status S liegt im Kanton Luzern bei rund 1550 Franken im Monat. Die \
Gemeinde organisiert am 17. Mai im Pfarreisaal einen Abend mit ukrainischem Essen, Beginn 18 Uhr.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul zählt': the NIS figure of the body (Wednesday, the publication day): "
          "dead and wounded"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' via a lawmaker after a hearing (source after the figure): sent "
          "since last autumn"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same account, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter' dead (a breakdown of the casualties, no increment)"),
        C("rund 9000", 9000, "approx", "near_front", "ukraine", "sat..sun",
          "HUR 'am Wochenende' (Saturday-Sunday): still in action in Kursk"),
        C("über 11'000", 11000, "at_least", "in_russia", "united_states", "pub",
          "US State Department 'zuletzt' «…» without a date: in Russia"),
        C("20'000 bis 25'000", None, "range", "planned", "other", "pub",
          "Lucerne historian 'nach ihrer Einschätzung' (present tense, no date): could be in "
          "Russia by autumn (a total, not an increment)"),
    ),
)

G05 = Source(
    article_id="b48_05_apotheker_hilfsfonds_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Der Landesapotheker",
        "https://www.landesapotheker.example/hilfsfonds/verbandstoffe-fuer-sumy-dritte-lieferung",
        "Verbandstoffe für Sumy: Die dritte Lieferung ist unterwegs",
    ),
    features=(
        "pharmacists' association magazine in HTML, ISO-8859-1: umlauts as entities in the "
        "head and cookie box (`&uuml;`, `&auml;`), as latin-1 bytes in the article; quotes, "
        "euro sign and dots only as entities (`&bdquo;`, `&ldquo;`, `&euro;`, `&middot;`), no "
        "meta date (sidecar, Wednesday); a cookie box in pharmacy language, "
        "navigation, an info box, footer with the issue number and a stats script; the relief "
        "fund's shipment (tourniquets, pallets, euros, member pharmacies, wounded a day in "
        "Sumy); Shoigu 'am 17. Juni' `1.000` deminers and, 'Hinzu kommen demnach', `5.000` "
        "builders (increment); the NIS 'Mitte Mai' `rund 11.000` sent and `mehrere tausend` "
        "'kämen … hinzu' (planned increment, days 11-20); Budanov 'von vergangener Woche' `mehr "
        "als 10.000` in the border region; 40 per cent of Russia's shells (not a claim); Rutte "
        "'am Dienstag beim Gipfel' &bdquo;Tausende&ldquo;; an info box 'nach südkoreanischer "
        "Zählung' without a date (`pub`)"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Hilfsfonds: Verbandstoffe und Antibiotika f&uuml;r Sumy | Der Landesapotheker</title>
<meta property="og:type" content="article">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/assets/mag.css?rev=2207">
</head>
<body>
<div id="cmp-box">Wir verwenden Cookies wie Sie Arzneimittel: nur nach Aufkl&auml;rung und in der \
richtigen Dosis. <button>Dosis best&auml;tigen</button> <button>Ohne Statistik-Cookies \
lesen</button></div>
<header><a href="/" class="logo">Der Landesapotheker</a> &middot; Mitgliedermagazin des \
Landesapothekerverbands
<nav><a href="/berufspolitik">Berufspolitik</a> | <a href="/praxis">Praxis</a> | <a \
href="/hilfsfonds">Hilfsfonds</a> | <a href="/fortbildung">Fortbildung</a> | <a \
href="/stellenmarkt">Stellenmarkt</a></nav></header>
<article>
<p class="rubrik">Hilfsfonds &middot; Ukraine</p>
<h1>Verbandstoffe für Sumy: Die dritte Lieferung ist unterwegs</h1>
<p class="lead">Die Front im Nordosten der Ukraine rückt wieder näher an die Krankenhäuser, mit \
denen unser Hilfsfonds zusammenarbeitet. Jenseits der Grenze stellt sich Russland auf einen langen \
Einsatz nordkoreanischer Truppen ein.</p>
<p>36 Paletten haben das Zentrallager am Montag verlassen: 4.200 Tourniquets, Hämostyptika, \
sterile Kompressen, Antibiotika und Infusionslösungen im Wert von rund 180.000 &euro;. Bezahlt \
wurden sie aus Spenden von mehr als 1.800 Mitgliedsapotheken. Empfänger sind zwei Kliniken in Sumy \
und ein Stabilisierungspunkt der Armee nahe der Grenze.</p>
<p>Dort hat sich die Lage seit dem Frühjahr verschärft. Nachdem Moskau das Gebiet Kursk im April \
für zurückerobert erklärt hatte, stießen russische Einheiten auf ukrainisches Gebiet vor. Ein \
Chirurg aus Sumy, mit dem wir in Kontakt stehen, schreibt von bis zu 40 Verwundeten an schlechten \
Tagen.</p>
<h2>Bautrupps und Minenräumer aus Pjöngjang</h2>
<p>Auf der anderen Seite der Grenze wird Nordkorea eine größere Rolle spielen. Bei einem Besuch in \
Pjöngjang kündigte der russische Sicherheitsratssekretär Sergej Schoigu am 17. Juni an, das Land \
werde [[1.000]] Pioniere zur Minenräumung im Gebiet Kursk bereitstellen. Hinzu kommen demnach \
[[5.000]] Militärbauarbeiter für den Wiederaufbau zerstörter Straßen und Brücken.</p>
<p>Der südkoreanische Geheimdienst NIS hatte schon Mitte Mai berichtet, zu den [[rund 11.000]] \
bereits entsandten Kampftruppen kämen bald [[mehrere tausend]] Soldaten hinzu. Der ukrainische \
Militärgeheimdienst HUR geht nach Aussage seines Chefs Kyrylo Budanow von vergangener Woche davon \
aus, dass [[mehr als 10.000]] Nordkoreaner weiterhin in der Grenzregion stehen. Nordkorea liefere \
zudem rund 40 Prozent der Artilleriemunition, die Russland an der Front verschieße.</p>
<p>Nato-Generalsekretär Mark Rutte sagte am Dienstag beim Gipfel in Den Haag, Kim Jong Un habe \
&bdquo;[[Tausende]] junge Männer&ldquo; in Putins Krieg geschickt, der Westen müsse auch darauf \
eine Antwort finden.</p>
<aside class="infobox"><h3>Kurz erklärt</h3><p>Seit Herbst 2024 hat Nordkorea nach südkoreanischer \
Zählung [[etwa 15.000]] Soldaten nach Russland geschickt. [[Rund 600]] von ihnen sollen gefallen \
sein.</p></aside>
<h2>Was Apotheken tun können</h2>
<p>Der Hilfsfonds sammelt weiter. Besonders gefragt sind Wundauflagen und Schmerzmittel zur \
parenteralen Gabe; Sachspenden bitte nur nach Rücksprache. Die vierte Lieferung ist für September \
geplant. Spendenkonto und Ansprechpartnerin: Dr. Annette Lohkamp, Telefon 0251 98 76 54-12.</p>
</article>
<footer>&copy; 2025 Landesapothekerverband e. V. &middot; <a href="/impressum">Impressum</a> \
&middot; <a href="/datenschutz">Datenschutz</a> &middot; Ausgabe 7/2025</footer>
<script>window.magStats={heft:"2025-07",seite:14,id:"la-5521"};</script>
</body>
</html>
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu in Pyongyang 'am 17. Juni': deminers to be provided for Kursk"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "'Hinzu kommen demnach' military builders (increment on the deminers)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-05-11..2025-05-20",
          "NIS 'Mitte Mai', Konjunktiv: combat troops already sent"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "2025-05-11..2025-05-20",
          "same report: 'kämen bald … hinzu' (planned increment)", add=True),
        C("mehr als 10.000", 10000, "at_least", "near_front", "ukraine", "lastweek",
          "HUR chief Budanov 'nach Aussage … von vergangener Woche': in the border region"),
        C("Tausende", None, "vague", "in_russia", "nato", "tue",
          "Rutte 'am Dienstag beim Gipfel in Den Haag' &bdquo;…&ldquo;: sent into Putin's war"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "info box 'nach südkoreanischer Zählung' without a date: sent since autumn 2024"),
        C("Rund 600", 600, "approx", "casualties", "south_korea", "pub",
          "same info box: fallen"),
    ),
)

G06 = Source(
    article_id="b48_06_greifswald_hoersaal_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-16"),
    dated_by="sidecar",
    sidecar=(
        "Boddenblatt – Studierendenzeitung Greifswald",
        "https://www.boddenblatt.example/uni/2000-tote-fuer-kim",
        "2000 Tote für Kim – ein Abend über Nordkoreas Krieg",
    ),
    features=(
        "Greifswald student paper in Markdown with BOM, front matter without a date (sidecar, "
        "Tuesday) but a `title:` with a figure (optional); headline `2000` from the NIS "
        "'Anfang September' (days 1-10 to publication); a panel evening 'Es ist "
        "Donnerstagabend' with a political scientist and an exchange student from Seoul (no "
        "figure of his own); the NIS via lawmakers `rund 2000` dead and `mehr als 13.000` sent "
        "('so der Dienst'); North Korea's state media 'im August' `101` portraits of the fallen "
        "(month); the panellist 'rechnet damit' `bis zu 30.000` 'weitere' (other, planned "
        "increment, the panel's Thursday to publication); HUR 'im Juli' `25.000 bis 30.000` "
        "'zusätzlichen' (planned increment, month); 'Nach gängigen Schätzungen' `einige "
        "tausend` near the border (unattributed, `pub`); listeners, age, months of service, "
        "minutes, a date for the next event"
    ),
    text="""\
---
title: "[[2000]] Tote für Kim – ein Abend über Nordkoreas Krieg"
ressort: Uni & Stadt
autorin: Merle Janssen
lesezeit: 5 Minuten
---

# [[2000]] Tote für Kim: Ein Abend über Nordkoreas Krieg in Russland

*Was wissen wir über die Soldaten, die Pjöngjang nach Kursk geschickt hat? Im Hörsaal an der \
Rubenowstraße suchten eine Politikwissenschaftlerin und ein Austauschstudent aus Seoul nach \
Antworten. Unsere Autorin war dabei.*

Es ist Donnerstagabend, kurz nach sieben, und der Hörsaal ist voller als bei mancher \
Pflichtvorlesung. Gut 120 Leute sind gekommen, viele aus der Politikwissenschaft, einige aus der \
Skandinavistik, ein paar ältere Gäste aus der Stadt. Auf dem Podium sitzen Dr. Kathrin Wollenberg \
vom Institut für Politik- und Kommunikationswissenschaft und Min-jun Kang, 24, der seit April als \
Austauschstudent in Greifswald Geschichte studiert.

Wollenberg beginnt mit Zahlen. Südkoreas Nachrichtendienst NIS hatte Anfang September Abgeordneten \
in Seoul berichtet, dass [[rund 2000]] nordkoreanische Soldaten im Krieg gegen die Ukraine ums \
Leben gekommen seien. Seit dem Herbst 2024 habe Pjöngjang [[mehr als 13.000]] Mann nach Russland \
verlegt, so der Dienst. Nordkorea selbst hatte im August Bilder einer Gedenkfeier veröffentlicht. \
Auf einer Wand waren nach Angaben der Staatsmedien die Porträts von [[101]] Gefallenen zu sehen, \
die als „Helden“ geehrt wurden.

„Die wirkliche Zahl kennt vermutlich nur eine Handvoll Leute in Pjöngjang“, sagt Wollenberg. Sie \
rechnet damit, dass Kim in den kommenden Monaten [[bis zu 30.000]] weitere Soldaten schicken \
könnte, wenn Moskau weiter zahlt. Der ukrainische Militärgeheimdienst HUR war im Juli von \
[[25.000 bis 30.000]] zusätzlichen Nordkoreanern ausgegangen, die nach Russland kommen könnten.

Nach gängigen Schätzungen stehen im Moment [[einige tausend]] Nordkoreaner im Grenzgebiet zur \
Ukraine, manche als Artilleristen, andere als Bautrupps. Genaueres wisse niemand, sagt Wollenberg, \
weil weder Moskau noch Pjöngjang Einblick gewähren.

## „Meine Freunde sprechen nicht darüber“

Min-jun Kang wird vorsichtig, als das Publikum nach der Stimmung in Südkorea fragt. Er hat seinen \
Wehrdienst 2021 und 2022 geleistet, 18 Monate, in einer Einheit nahe der Grenze. „Wir haben \
gelernt, dass auf der anderen Seite Menschen in unserem Alter stehen. Jetzt sterben sie in \
Russland, und meine Freunde sprechen nicht darüber.“

Eine Studentin aus Kiew, die im zweiten Semester Medizin studiert, meldet sich aus der dritten \
Reihe. Ihr Cousin sei im Winter in Kursk verwundet worden. Ob die Nordkoreaner Opfer oder Täter \
seien? Wollenberg antwortet: „Beides, und das macht es so schwer.“

Nach knapp 90 Minuten ist Schluss, im Foyer gibt es Tee. Die Veranstaltung war der Auftakt der \
Reihe „Krieg und Nachbarschaft“, die der Fachschaftsrat gemeinsam mit dem Institut organisiert. \
Nächster Termin ist der 9. Oktober, dann geht es um die Ostsee und die russische Schattenflotte. \
Eintritt frei, Anmeldung über die Webseite des Instituts.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "front matter `title:` (metadata) restating the headline", opt=True),
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline: the NIS figure of the body ('Anfang September' to publication): dead"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS to lawmakers 'Anfang September' (days 1-10), Konjunktiv: killed in the war"),
        C("mehr als 13.000", 13000, "at_least", "in_russia", "south_korea",
          "2025-09-01..2025-09-10",
          "same report, 'so der Dienst': moved to Russia since autumn 2024"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "'nach Angaben der Staatsmedien' 'im August': portraits of the fallen at a memorial"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "thu..pub",
          "Greifswald political scientist at the panel ('Es ist Donnerstagabend'), 'rechnet "
          "damit': 'weitere' (planned increment)", add=True),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'im Juli': 'zusätzlichen' who could come to Russia (planned increment)", add=True),
        C("einige tausend", None, "vague", "near_front", "unattributed", "pub",
          "'Nach gängigen Schätzungen' (no source): in the border area with Ukraine; "
          "unattributed, required"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, North Macedonia, Guam, Mauritius)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="b48_07_gold_coast_veteran_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-24"),
    dated_by="html_meta", crlf=True,
    features=(
        "Gold Coast daily's web page in HTML, windows-1252 with CRLF, curly quotes as "
        "characters, `article:published_time` with +10:00 (Thursday), a dataLayer script with a "
        "word count, a cookie strip with its own wording, navigation, related links with a "
        "gold price, footer with an ABN and a phone number; `<title>` figure (optional); "
        "headline 'Seoul says' `12,000` from the NIS 'last Friday' (Friday to publication); the "
        "NIS `12,000` planned and `1,500` special forces ('the agency said at the time'); 'By "
        "Wednesday' `about 3,000`; Kirby's quote `at least 3,000` ('followed within hours', "
        "Wednesday to publication); HUR 'posted on Wednesday' `roughly 2,600` assigned to "
        "Kursk; a Griffith University specialist `tens of thousands` (other, planned, `pub`); "
        "Penny Wong without a figure; a Korean War veteran, Australians who served and died, "
        "Korean community size, census year"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Seoul warns [[12,000]] North Korean troops bound for Putin’s war | Gold Coast \
Courier</title>
<meta property="article:published_time" content="2024-10-24T05:45:00+10:00">
<meta property="og:locale" content="en_AU">
<meta name="twitter:site" content="@gccourier">
<script>dataLayer=[{"section":"world","premium":false,"storyId":"gcc-240911","wordCount":655}];</script>
</head>
<body>
<div class="cookie-strip">We use cookies to keep the lights on and the surf report fresh. \
<button>Sounds fair</button> <button>Take me to the fine print</button></div>
<header><a class="masthead" href="/">Gold Coast Courier</a>
<ul class="nav"><li><a href="/news">News</a></li><li><a href="/coast">Coast Life</a></li><li><a \
href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a \
href="/surf">Surf</a></li></ul></header>
<article>
<h1>North Korea readying [[12,000]] troops for Putin’s war, Seoul says</h1>
<p class="standfirst">South Korea’s spies say the first soldiers are already in Russia. In \
Southport, a Korean War veteran and a community leader watch with dread.</p>
<p class="byline">Liam Costigan, World Editor</p>
<p>North Korea has begun shipping soldiers to Russia and intends to send [[12,000]] in all, South \
Korea’s National Intelligence Service said last Friday, releasing satellite images of troop \
movements near Vladivostok. An initial group of [[1,500]] special forces troops had already been \
ferried across on Russian navy vessels, the agency said at the time.</p>
<p>By Wednesday, the NIS had raised its estimate of the soldiers in Russia to [[about 3,000]]. The \
White House followed within hours. “We assess that [[at least 3,000]] North Korean soldiers moved \
into eastern Russia in early to mid-October,” National Security Council spokesman John Kirby told \
reporters in Washington.</p>
<p>Kyiv says the first units are already on their way west. Ukraine’s military intelligence \
agency, HUR, posted on Wednesday that [[roughly 2,600]] North Koreans had been assigned to the \
Kursk region, where Kyiv’s troops seized a pocket of Russian land in an August incursion.</p>
<h2>‘We remember what they are capable of’</h2>
<p>For Ron Pritchard, 93, of Southport, the news brought back the winter of 1952. He spent 11 \
months with the 3rd Battalion, Royal Australian Regiment, on the hills north of the Imjin River. \
“We remember what they are capable of,” he said on Wednesday at his unit in Labrador. Some 17,000 \
Australians fought in Korea, and 340 are buried or missing there.</p>
<p>Grace Yoon, who heads a Korean community association in Surfers Paradise, said many families \
had been on the phone to relatives in Seoul all week. Around 9,000 people of Korean ancestry live \
on the Gold Coast, according to the 2021 census.</p>
<p>Dr Owen Faulkner, a Korea specialist at Griffith University, said Pyongyang’s decision was \
about money and combat experience. If the first deployment goes well for Moscow, he said, “it \
could become [[tens of thousands]] over time.”</p>
<p>Foreign Minister Penny Wong described the deployment on Wednesday night as a “dangerous \
escalation” and said Australia was consulting Seoul and Washington. The Kremlin has called the \
reports “fake news”.</p>
</article>
<aside class="related"><h3>More World</h3><ul><li>Surf lifesavers head to Bali \
exchange</li><li>Gold price tops $4,000 an ounce in Aussie dollars</li></ul></aside>
<footer>© 2024 Gold Coast Courier Pty Ltd · ABN 12 345 678 901 · Newsroom 07 5584 2200 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/gcc-bundle.js?build=7731" async></script>
</body>
</html>
""",
    claims=(
        C("12,000", 12000, "exact", "planned", "south_korea", "fri..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("12,000", 12000, "exact", "planned", "south_korea", "fri..pub",
          "headline 'Seoul says': the NIS figure of the body ('last Friday' to publication)"),
        C("12,000", 12000, "exact", "planned", "south_korea", "fri",
          "NIS 'said last Friday' (source after the figure): intends to send in all"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "fri",
          "same release 'the agency said at the time': special forces already ferried over"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'By Wednesday, the NIS had raised its estimate': soldiers in Russia (a new total)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed..pub",
          "Kirby's quote, the White House 'followed within hours' of Wednesday: moved into "
          "eastern Russia"),
        C("roughly 2,600", 2600, "approx", "near_front", "ukraine", "wed",
          "HUR 'posted on Wednesday': assigned to the Kursk region"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Griffith University specialist 'he said' (no date): 'could become … over time'"),
    ),
)

E08 = Source(
    article_id="b48_08_argyll_korea_veteran",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-14"),
    dated_by="dateline",
    features=(
        "Argyll news page as plain text, UTF-8 with curly quotes, dateline 'Lochgilphead, 14 "
        "Jan 2025 —' (Tuesday) on the headline line; a 92-year-old Korean War veteran (no "
        "figure of his own; 'Kim has a million men' is the army, not a claim); number words "
        "`two` for the prisoners (the first mention, before any source, optional); Zelensky "
        "'announced on Saturday' (source after the sentence's subject); 'According to Kyiv' "
        "without a date after it `several hundred` in an assault (Saturday to publication); "
        "the NIS 'briefed MPs … on Monday', then 'now believes' `about 300` dead and `2,700` "
        "wounded; 'earlier this month Mr Zelensky' `3,800` (first of the month to "
        "publication); 'Late last month the White House' `over 1,000` (December 21-31); "
        "British servicemen in Korea and their dead, temperatures, years, age, a museum phone "
        "number, rainfall"
    ),
    text="""\
ARGYLL NEWS ONLINE

Lochgilphead, 14 Jan 2025 — An old soldier, two prisoners and a war he thought was over

By Fiona MacCallum

Hugh Lamont was 19 when he sailed for Korea with a draft of national servicemen in 1951. \
Seventy-three years later, sitting by the window of his sheltered flat in Lochgilphead with a view \
of Loch Gilp, he has been watching the video of [[two]] young North Korean soldiers lying wounded \
on hospital beds in Kyiv.

“They look like boys,” the 92-year-old said yesterday. “So did we.”

The pair were captured in Russia’s Kursk region, Ukraine’s President Volodymyr Zelensky announced \
on Saturday, the first North Korean troops known to have been taken alive since Pyongyang began \
sending soldiers to fight for Moscow last autumn. Mr Zelensky posted footage of the [[two]] men, \
one with bandaged hands and the other with an injured jaw, and said Kyiv was ready to hand them \
over to North Korea’s leader Kim Jong Un in exchange for Ukrainians held in Russia.

According to Kyiv, the prisoners were among [[several hundred]] North Koreans thrown into an \
assault on Ukrainian positions near the village of Makhnovka.

South Korea’s National Intelligence Service, which helped question the pair, briefed MPs in Seoul \
on Monday. The agency now believes [[about 300]] North Korean soldiers have died in the fighting \
and [[2,700]] have been wounded. Its figures are lower than Ukraine’s: earlier this month Mr \
Zelensky said North Korean losses had reached [[3,800]] killed and wounded.

Washington has also been counting. Late last month the White House said North Korean units had \
suffered [[over 1,000]] casualties in a single week around Kursk, blaming Russian commanders for \
sending them across open ground.

Mr Lamont served with the 1st Battalion, Argyll and Sutherland Highlanders, in the Commonwealth \
Division and still wears the regimental tie to the Remembrance Sunday parade in Lochgilphead. \
Britain sent around 100,000 men to the peninsula over three years of war; more than 1,000 never \
came back.

He remembers the cold most of all, minus 30 on the worst nights, and the sound of bugles at night. \
“You never saw them coming,” he said. “You heard them.” He does not think the Kursk fighting will \
end soon. “Kim has a million men. He will send more.”

The Argyll and Sutherland Highlanders Museum at Stirling Castle holds oral histories from Korean \
War veterans. Anyone with family papers from the period can contact the museum on 01786 475165.

Argyll and Bute Council flags will fly at half mast at Kilmory on Friday for a former provost. The \
A83 at the Rest and Be Thankful remains under convoy control after 40mm of rain fell overnight.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "first mention of the prisoners in the video, before any source is named", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'announced on Saturday' and 'posted footage of the two men': captured"),
        C("several hundred", None, "vague", "near_front", "ukraine", "sat..pub",
          "'According to Kyiv' (no date of its own, after Saturday's announcement): thrown "
          "into an assault"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'briefed MPs in Seoul on Monday', 'The agency now believes': died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("3,800", 3800, "exact", "casualties", "ukraine", "2025-01-01..pub",
          "'earlier this month Mr Zelensky said': killed and wounded"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'Late last month the White House said': casualties in a single week"),
    ),
)

E09 = Source(
    article_id="b48_09_new_hampshire_parish_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-10"),
    dated_by="front_matter",
    features=(
        "New Hampshire paper in Markdown, UTF-16 with BOM, front matter with `date:` and a "
        "`title:` with a figure (optional); place line '**MANCHESTER** —'; a Ukrainian parish's "
        "pierogi sale 'on Sunday' (parishioners with no figure of their own); headline `30,000` "
        "'more' from HUR's deputy head (Sunday to publication, increment); `up to 30,000` more, "
        "the source named in the next sentence ('in an interview published Sunday'); the NIS "
        "'Monday' via lawmakers `Roughly 11,000` in Russia, 'including' `around 3,000` near the "
        "border (a breakdown); a State Department spokesperson 'on Tuesday', then 'By the "
        "department's estimate' `more than 4,000`; Shoigu 'in June' `6,000` engineers and "
        "mine-clearers (russia, month); a Keene State College political scientist "
        "'“20,000 or more”' (other, planned, `pub`); years, age, families, dollars, relatives "
        "serving in Ukraine, a date and a phone number"
    ),
    text="""\
---
title: "Manchester parish hears Kyiv’s warning of [[30,000]] more North Korean troops"
date: 2025-07-10
section: Local / World
author: Dana Whitcomb
tags: [Ukraine, Manchester, churches]
---

# At a Manchester parish, Kyiv’s warning of [[30,000]] more North Korean troops lands hard

**MANCHESTER** — The pierogi sale at St. Volodymyr’s on Sunday was supposed to be about the roof. \
By noon the talk in the church hall had turned to Kursk.

Parishioners had seen the news on their phones that morning: Ukraine’s military intelligence \
believes Pyongyang could dispatch [[up to 30,000]] more soldiers over the next few months, \
tripling a force that Kyiv says has already bled heavily in the border fighting. Lt. Gen. Vadym \
Skibitskyi, deputy head of the agency, laid out the estimate in an interview published Sunday.

“My nephew fought the first North Koreans near Sudzha,” said Oksana Hryb, 58, who came to New \
Hampshire from Ternopil in 1998 and has run the sale for eleven summers. “He said they walked \
straight into the drones. Now there will be more of them.”

## What Seoul and Washington say

South Korea’s spy agency offered its own numbers Monday. [[Roughly 11,000]] North Korean soldiers \
remain in Russia, lawmakers said after a closed-door briefing, including [[around 3,000]] \
positioned close to the Ukrainian border. The agency did not give a new casualty figure.

A State Department spokesperson, asked about the reports on Tuesday, said Washington was “closely \
tracking” Pyongyang’s plans. By the department’s estimate, North Korea has lost \
[[more than 4,000]] men killed or wounded since last fall.

Moscow, for its part, has stopped pretending. When Sergei Shoigu visited Pyongyang in June, he \
announced that [[6,000]] North Korean engineers and mine-clearers would be sent to help rebuild \
the Kursk region.

Jonathan Pelletier, who teaches East Asian politics at Keene State College, thinks the Ukrainian \
estimate is plausible. North Korea could eventually have “[[20,000 or more]]” men in Russia, he \
said, “if the money keeps flowing and Kim keeps getting technology in return.”

## A roof, and a list of names

The parish counts about 160 families, many of them arrivals since 2022. Sunday’s sale raised \
$4,300 toward a roof repair estimated at $85,000. In the vestibule, a bulletin board holds \
photographs of 14 relatives of parishioners now serving in Ukraine’s armed forces.

The Rev. Andriy Kostiuk said he added Kursk to the Sunday prayers last winter. “We pray for our \
soldiers,” he said. “Lately I also pray that no more mothers in Korea get a letter.”

The next sale is planned for Aug. 24, Ukraine’s Independence Day. Orders can be placed with the \
parish office at 603-555-0147.
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "sun..pub",
          "front matter `title:` (metadata) restating the headline", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "sun..pub",
          "headline 'Kyiv's warning of … more': the HUR estimate of the body (Sunday to "
          "publication, increment)", add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sun",
          "HUR 'believes Pyongyang could dispatch … more', Skibitskyi named in the next "
          "sentence 'in an interview published Sunday' (increment)", add=True),
        C("Roughly 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'offered its own numbers Monday', via lawmakers after a closed-door briefing: "
          "remain in Russia"),
        C("around 3,000", 3000, "approx", "near_front", "south_korea", "mon",
          "same briefing, 'including': close to the Ukrainian border (a breakdown)"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "tue",
          "'By the department's estimate' after the State Department spokesperson 'on "
          "Tuesday': killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'visited Pyongyang in June, he announced': engineers and mine-clearers would "
          "be sent"),
        C("20,000 or more", 20000, "at_least", "planned", "other", "pub",
          "Keene State College political scientist 'he said' (no date): could eventually "
          "have in Russia"),
    ),
)

E10 = Source(
    article_id="b48_10_skopje_envoy_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-03-18"),
    dated_by="sidecar",
    sidecar=(
        "Vardar Post",
        "https://vardarpost.example/world/ukrainian-envoy-north-koreans-back-at-kursk-front",
        "Ukrainian envoy: Thousands of North Koreans back at the Kursk front",
    ),
    features=(
        "North Macedonian English-language outlet in HTML with BOM, no meta date (sidecar, "
        "Tuesday), an ad script with an article id, a consent box joking about denars, "
        "navigation, entities `&middot;` and `&copy;`, footer with a phone number; `<title>` "
        "figure `Thousands` (optional); headline 'Ukrainian envoy:' `Thousands` from the "
        "ambassador 'on Monday' (Monday to publication); the ambassador's quote “thousands” "
        "back in assaults; 'the Joint Chiefs of Staff in Seoul said last week' `about 3,000` "
        "'more' (increment) and 'That would bring … by Seoul's count' `some 14,000` (a total); "
        "a NATO military official in Brussels 'on Friday' “up to 12,000” in Kursk; a Skopje "
        "think-tank analyst 'by her reckoning' `at least 4,000` (other, `pub`); the country's "
        "army size, per cent of GDP, denars, sanctioned entities, NATO membership year"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ukrainian envoy in Skopje: [[Thousands]] of North Koreans back at the Kursk front – Vardar \
Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Vardar Post">
<script>var vp_ads={slot:"article-mid",section:"region",articleId:31877};</script>
</head>
<body>
<div class="consent">Cookies help us pay reporters in denars instead of promises. <button>Pay them \
in cookies</button> <button>Only what the site needs</button></div>
<nav class="top"><a href="/">Home</a> &middot; <a href="/macedonia">Macedonia</a> &middot; <a \
href="/balkans">Balkans</a> &middot; <a href="/world">World</a> &middot; <a \
href="/business">Business</a> &middot; <a href="/opinion">Opinion</a></nav>
<main>
<h1>Ukrainian envoy: [[Thousands]] of North Koreans back at the Kursk front</h1>
<p class="sub">Seoul reports fresh reinforcements from Pyongyang as Skopje weighs what more it can \
give Kyiv</p>
<p class="author">By Elena Stojanovska &middot; Skopje</p>
<p>North Korean soldiers have returned to combat in Russia’s Kursk region in large numbers after a \
lull of several weeks, Ukraine’s ambassador to North Macedonia said on Monday. Speaking to \
journalists at the embassy in Skopje, the ambassador said “[[thousands]]” of them were again \
taking part in assaults near Sudzha, now in smaller groups and with better drone training than in \
the winter.</p>
<p>South Korea has reached a similar conclusion. Pyongyang has dispatched [[about 3,000]] more \
troops to Russia since January, the Joint Chiefs of Staff in Seoul said last week, adding that the \
new arrivals appeared to be replacing losses. That would bring the North Korean contingent sent to \
Russia to [[some 14,000]] by Seoul’s count.</p>
<p>NATO sees the same picture. A NATO military official, briefing reporters in Brussels on Friday \
on condition of anonymity, said there were currently “[[up to 12,000]]” North Korean soldiers in \
the Kursk region, including the replacements.</p>
<p>Ivana Petreska, a security analyst at a Skopje think tank, said the returning units were better \
prepared. Heavy losses had forced changes, she said: by her reckoning, [[at least 4,000]] of Kim’s \
soldiers have been killed or maimed since their first battles in December.</p>
<h2>Skopje’s limits</h2>
<p>North Macedonia, a NATO member since 2020, has sent Ukraine Soviet-era tanks, aircraft and \
ammunition, but officials say its stocks are nearly exhausted. The country’s army numbers around \
8,000 active personnel. Defence spending is planned at 2.2 percent of GDP this year, about 19 \
billion denars.</p>
<p>The government said on Monday it would add three Russian entities to its sanctions list in line \
with EU decisions. Opposition lawmakers called for a parliamentary debate on further aid before \
the summer recess.</p>
</main>
<footer><p>&copy; 2025 Vardar Post DOOEL Skopje &middot; Editorial office: +389 2 3215 640 \
&middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
<script src="/assets/vp.min.js?v=20250318" defer></script>
</body>
</html>
""",
    claims=(
        C("Thousands", None, "vague", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Thousands", None, "vague", "near_front", "ukraine", "mon..pub",
          "headline 'Ukrainian envoy:': the ambassador's Monday figure of the body"),
        C("thousands", None, "vague", "near_front", "ukraine", "mon",
          "Ukraine's ambassador in Skopje 'said on Monday', quoted: back in assaults near "
          "Sudzha"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "JCS in Seoul 'said last week' (source after the figure): 'more' dispatched since "
          "January (increment)", add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "lastweek",
          "'That would bring … by Seoul's count': the new total, not an increment"),
        C("up to 12,000", 12000, "at_most", "near_front", "nato", "fri",
          "NATO military official briefing in Brussels 'on Friday', “…”: in the Kursk region"),
        C("at least 4,000", 4000, "at_least", "casualties", "other", "pub",
          "Skopje think-tank analyst 'by her reckoning' (no date): killed or wounded"),
    ),
)

E11 = Source(
    article_id="b48_11_guam_border_troops_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Marianas Beacon",
        "https://www.marianasbeacon.example/region/seoul-north-korean-troops-massed-near-"
        "ukraine-border",
        "Seoul: 10,000 North Korean troops massed near Ukraine border",
    ),
    features=(
        "Guam news site in Markdown, front matter without a date (sidecar, Thursday) and a "
        "title without a figure; place line 'HAGÅTÑA —'; headline 'Seoul:' `10,000` from the "
        "NIS 'on Tuesday' (Tuesday to publication); the NIS `about 10,000` near the border and "
        "`Roughly 5,000` 'more' builders moving into Russia (increment, 'the lawmakers who "
        "attended said afterward'); 'The agency also revised its count' `Around 2,000` dead; "
        "Hegseth in Seoul (US troops in Korea, not a claim); Russia's ambassador in Pyongyang "
        "'in October' `up to 6,000` engineers (russia, month); KCNA 'on Sunday' `several "
        "hundred` returning sappers (returnees: optional); HUR 'on Monday' `at least 11,000` "
        "in Kursk; a passive 'is believed to have rotated' `more than 15,000` (unattributed, "
        "required); a University of Guam academic “a few thousand” more (other, planned "
        "increment, `pub`); US Marines to Guam, visitor arrivals, per cent, phone number"
    ),
    text="""\
---
title: "Seoul: North Korean troops massing near Ukraine border"
category: Region
byline: Joaquin Taitano
reading_time: 4
---

# Seoul: [[10,000]] North Korean troops massed near Ukraine border

*Hegseth visit to Korea puts the spotlight on Pyongyang’s Russia deployment — and on Guam’s role \
in the region*

HAGÅTÑA — North Korea has [[about 10,000]] soldiers stationed in Russian territory close to the \
Ukrainian border, the South’s spy service informed a parliamentary panel in Seoul on Tuesday. \
[[Roughly 5,000]] more, assigned to building work, are making their way into Russia in stages, the \
lawmakers who attended said afterward.

The agency also revised its count of the dead. [[Around 2,000]] of Pyongyang’s soldiers have now \
died in Moscow’s war, it said, most of them during the winter fighting in Kursk.

The briefing came as U.S. Defense Secretary Pete Hegseth met his South Korean counterpart in Seoul \
for annual security talks. The two sides agreed to keep the 28,500 U.S. troops on the peninsula in \
place, officials said, and discussed the role of Guam-based bombers in deterring Pyongyang.

## Moscow’s account

Russia makes no secret of the arrangement anymore. Alexander Matsegora, Moscow’s ambassador in \
Pyongyang, told a Russian newspaper in October that [[up to 6,000]] North Korean engineers would \
work in Kursk by the end of the year, clearing mines and repairing roads.

North Korea’s state news agency KCNA reported on Sunday that Kim Jong Un had welcomed home \
[[several hundred]] returning sappers at a ceremony in Pyongyang, awarding them state medals.

Kyiv paints a grimmer picture. Ukraine’s military intelligence said on Monday that \
[[at least 11,000]] North Korean troops remained across the Kursk border area, many of them as \
artillery crews and drone operators.

North Korea is believed to have rotated [[more than 15,000]] soldiers through Russia since the \
fall of 2024.

## Watching from Guam

For Dr. Lourdes Cruz, who teaches international relations at the University of Guam, the numbers \
matter beyond Europe. “Every North Korean unit that learns drone warfare in Russia comes home with \
skills that change the threat picture in our part of the Pacific,” she said. She expects Pyongyang \
to send “[[a few thousand]] more” before spring.

Guam’s economy is closely tied to South Korea. Visitors from Korea made up roughly 45 percent of \
the island’s 740,000 arrivals last fiscal year, according to the Guam Visitors Bureau. The \
military buildup on the island, including the relocation of about 5,000 U.S. Marines from Okinawa, \
continues at Camp Blaz in Dededo.

*Questions or tips: newsroom@marianasbeacon.example, (671) 555-0193.*
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of the body (Tuesday to publication): near the "
          "border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'informed a parliamentary panel in Seoul on Tuesday' (source after the "
          "figure): close to the Ukrainian border"),
        C("Roughly 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'more' builders making their way into Russia, 'the lawmakers who attended said "
          "afterward' (increment)", add=True),
        C("Around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The agency also revised its count … it said' (same briefing): killed"),
        C("up to 6,000", 6000, "at_most", "planned", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang 'told a Russian newspaper in October': engineers to "
          "work in Kursk by the end of the year"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "sun",
          "KCNA 'reported on Sunday': returning sappers welcomed home (returnees)", opt=True),
        C("at least 11,000", 11000, "at_least", "near_front", "ukraine", "mon",
          "Ukraine's military intelligence 'said on Monday': still deployed in Kursk"),
        C("more than 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "'is believed to have rotated' (a passive, no source): unattributed, required"),
        C("a few thousand", None, "vague", "planned", "other", "pub",
          "University of Guam academic 'She expects' “… more” before spring (no date; "
          "increment)", add=True),
    ),
)

E12 = Source(
    article_id="b48_12_mauritius_recruits",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-08-27"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Port Louis Herald",
        "",
        "“They promised him a job in a warehouse”: Rose-Hill family waits for word from Russia",
    ),
    features=(
        "Mauritius daily as plain text, windows-1252 with CRLF and curly quotes, dated by a "
        "sidecar row without url (Wednesday); a Rose-Hill mother whose son was lured to "
        "Russia's army (no figure of her own; `At least 12` young Mauritians and their pay in "
        "rupees are not claims); a passive 'are estimated to have gone' `Around 15,000` "
        "(unattributed, required); North Korean state television 'On Friday' `101` portraits "
        "of the fallen; 'Lawmakers briefed by the National Intelligence Service in early "
        "August' `about 2,000` (days 1-10); Zelensky 'On Sunday' `at least 15,000`; Rutte "
        "'speaking in The Hague in June, had put' `about 14,000` (nato, month); a University "
        "of Mauritius lecturer “between 10,000 and 20,000” more (other, planned increment, "
        "`pub`); age, years, hotline number, wind speed and swell"
    ),
    text="""\
“They promised him a job in a warehouse”: Rose-Hill family waits for word from Russia

By Priya Ramdin

A mother in Rose-Hill has not heard from her son since April. He left Mauritius last November with \
a contract for what he was told would be warehouse work near Moscow, paid Rs 85,000 a month. His \
last voice message came from a training camp. “He said they gave him a uniform and a rifle,” she \
told us, asking that her name not be used. “He is 23. He has never held a gun.”

At least 12 young Mauritians are believed to have travelled to Russia on similar offers since \
2023, according to a support group formed by their relatives. The Ministry of Foreign Affairs says \
it is aware of “a small number of cases” and has asked Moscow for information through the embassy.

The families follow every report about foreigners in Russia’s army, and in recent months that has \
meant North Koreans above all. [[Around 15,000]] of them are estimated to have gone to Russia \
since the autumn of 2024. Unlike the recruits from Africa and South Asia, they were sent by their \
own state.

Pyongyang has stopped hiding its losses. On Friday, North Korean state television showed Kim Jong \
Un at a ceremony honouring soldiers killed in Russia’s Kursk region, weeping as he placed medals \
beside their portraits. The broadcast showed the faces of [[101]] fallen soldiers, described as \
heroes who had “defended the honour of the motherland”.

South Korean estimates are far higher. Lawmakers briefed by the National Intelligence Service in \
early August were told that [[about 2,000]] North Korean troops had been killed.

On Sunday, Ukraine’s President Volodymyr Zelensky used his Independence Day address to say that \
[[at least 15,000]] North Koreans had passed through Russia’s war. NATO’s secretary general Mark \
Rutte, speaking in The Hague in June, had put the number currently in Russia at [[about 14,000]].

Avinash Dookhun, who lectures in international relations at the University of Mauritius, expects \
the figure to grow. Kim, he says, could send “[[between 10,000 and 20,000]]” more if Moscow keeps \
paying in oil and technology. “For Pyongyang this is income. For the Mauritian boys, it is a trap.”

The support group meets on the first Saturday of each month at a community hall in Beau Bassin. \
Its hotline is 5 942 1180. Mauritius has no embassy in Moscow; consular matters are handled \
through the mission in Paris.

Separately, the Mauritius Meteorological Services forecast winds of up to 60 km/h on the southern \
coast today and swells of 3.5 metres.
""",
    claims=(
        C("Around 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "'are estimated to have gone to Russia' (a passive, no source): unattributed, "
          "required"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "North Korean state television 'On Friday': the faces of the fallen in the "
          "broadcast"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..2025-08-10",
          "lawmakers briefed by the NIS 'in early August' (days 1-10): killed"),
        C("at least 15,000", 15000, "at_least", "in_russia", "ukraine", "sun",
          "Zelensky 'On Sunday' in his Independence Day address: passed through Russia's war"),
        C("about 14,000", 14000, "approx", "in_russia", "nato", "2025-06-01..2025-06-30",
          "Rutte 'speaking in The Hague in June, had put the number currently in Russia'"),
        C("between 10,000 and 20,000", None, "range", "planned", "other", "pub",
          "University of Mauritius lecturer 'he says' (present tense, no date): could send "
          "'more' (increment)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    G01, G02, G03, G04, G05, G06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
