"""Build the HUNDRED-AND-FIRST BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-third corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a North Frisian
dyke paper from Husum with a Ukrainian shepherd on the Nordstrand dyke, the Eichsfeld butchers'
guild letter with a master butcher from Poltava, a Mariazell web paper (Austrian conventions) with
Korean pilgrims at the basilica, a Kandersteg weekly (Swiss conventions) with a Korean volunteer at
the international scout centre, a Usedom island radio's morning interview with a Peenemünde museum
historian, an astronomy club's newsletter from the Ries with a satellite-image analyst; a Rathlin
Island community newsletter with the seabird warden, an Unalaska news site with an Unangan elder
whose relatives live on Russia's Commander Islands, a Thursday Island (Torres Strait) weekly with a
hospital doctor, a Walvis Bay (Namibia) coast paper with a ship agent for Russian trawlers, a Cape
Breton paper with a Ukrainian crab-plant worker in Glace Bay and a Montserrat weekly's world
column with a defence force major. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind101_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="r101_01_deichbote_husum_schaefer",
    language="de", fmt="txt", encoding="latin-1", published=day("2024-10-25"),
    dated_by="dateline", crlf=True,
    features="North Frisian dyke paper from Husum as plain text, ISO-8859-1 with CRLF and "
        "straight quotes, dateline 'Husum, 25.10.2024 -' (Friday); headline 'Seoul:' from the "
        "NIS Wednesday figure (Wednesday to publication); the NIS 'teilte am Mittwoch … mit' in "
        "Konjunktiv over several sentences: the first `1.500`, 'noch einmal' `1.500` "
        "(increment), 'Damit hielten sich' `rund 3.000` (a new total), 'so die Einschätzung "
        "des Dienstes' `an die 10.000` by year's end (planned); 'Nach Angaben des … HUR vom "
        "Dienstag' `12.000` ready by 1 November (planned); a Ukrainian shepherd 'ist überzeugt' "
        "`zehntausend` (number word, other, `pub`) and relaying his nephew at the front "
        "`einige hundert` (other, `pub`); Russian losses as a number word, the North's army, "
        "sheep, dyke kilometres, his age, market stalls, lamb prices, a ferry, a phone number",
    text="""\
NORDFRIESISCHER DEICHBOTE
Husum - Nordstrand - Eiderstedt - Halligen

Weltgeschehen | Freitag

Seoul: Schon [[3.000]] Nordkoreaner in Russland

Südkoreas Geheimdienst verdoppelt binnen einer Woche seine Schätzung. Auf dem Deich bei \
Nordstrand hört ein Schäfer aus der Ukraine die Nachrichten im Autoradio mit.

Husum, 25.10.2024 - Die Zahl hat sich in wenigen Tagen verdoppelt. Der Nationale \
Nachrichtendienst NIS in Seoul teilte am Mittwoch den Abgeordneten des Geheimdienstausschusses \
mit, zu den [[1.500]] Spezialkräften, die Mitte Oktober auf russischen Landungsschiffen nach \
Wladiwostok gebracht worden seien, seien inzwischen noch einmal [[1.500]] Mann hinzugekommen. \
Damit hielten sich [[rund 3.000]] nordkoreanische Soldaten in Russland auf. Bis zum \
Jahresende, so die Einschätzung des Dienstes, könnten es [[an die 10.000]] werden.

Kiew hatte schon früher gewarnt. Nach Angaben des ukrainischen Militärgeheimdienstes HUR vom \
Dienstag sollen bis zum 1. November [[12.000]] Nordkoreaner in der Grenzregion Kursk \
bereitstehen, darunter Artilleristen und Scharfschützen. Moskau bestreitet jede Beteiligung; \
der Kreml sprach von "Märchen aus Seoul". Nordkoreas Streitkräfte zählen nach westlichen \
Schätzungen gut 1,2 Millionen Mann unter Waffen.

Der Schäfer vom Landesschutzdeich

Oleh Krawez hört das alles im Führerhaus seines alten Geländewagens, während unten am \
Deichfuß 640 Mutterschafe grasen. Der 52-Jährige stammt aus einem Dorf bei Tschernihiw und \
hütet seit dem Frühjahr 2023 die Herde eines Nordstrander Familienbetriebs, auf einem \
Abschnitt von 13 Kilometern. "Die Russen verlieren jeden Tag mehr als tausend Mann, also \
kaufen sie sich jetzt Soldaten", sagt er. Krawez ist überzeugt, dass Kim am Ende \
[[zehntausend]] schickt, "und wenn Putin gut zahlt, auch mehr".

Sein Neffe dient in einer Panzerbrigade im Gebiet Sumy. Am Telefon habe der Junge erzählt, \
auf der russischen Seite der Grenze seien schon [[einige hundert]] Koreaner gesichtet worden, \
"mit nagelneuen Uniformen und ohne jede Ahnung". Überprüfen lasse sich das nicht, räumt \
Krawez ein.

Kurz notiert: Der Husumer Wochenmarkt zieht im November auf den Platz vor der Marienkirche, \
34 Stände haben zugesagt. Deichlamm kostet im Hofladen derzeit 11,50 Euro das Kilo. Die Fähre \
zur Hallig Hooge fährt ab Montag nur noch zweimal täglich.

Hinweise an die Redaktion: 04841 772 310
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS Wednesday total of the lead (Wednesday to publication), "
          "the hedge dropped: in Russia"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "NIS 'teilte am Mittwoch … mit', Konjunktiv: the first contingent shipped to "
          "Vladivostok (not an increment)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "same briefing: 'noch einmal … hinzugekommen' (increment)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, 'Damit hielten sich': a new total, not an increment"),
        C("an die 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'so die Einschätzung des Dienstes' (carried): could be there by year's end "
          "('an die' as approx)"),
        C("12.000", 12000, "exact", "planned", "ukraine", "tue",
          "'Nach Angaben des … HUR vom Dienstag' (Friday article): to stand ready by 1 November "
          "(a forecast: planned)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "Ukrainian shepherd 'ist überzeugt' (undated): will send in the end (number word)"),
        C("einige hundert", None, "vague", "near_front", "other", "pub",
          "the shepherd relaying his nephew at the front (the speaker quoted: other), "
          "Konjunktiv, undated: sighted across the border"),
    ),
)

P02 = Source(
    article_id="r101_02_wurst_handwerk_eichsfeld_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-04"),
    dated_by="front_matter",
    features="the Eichsfeld butchers' guild letter in Markdown, UTF-8, front matter with `date:` "
        "(Wednesday), an issue key and a title without a figure; a master butcher from Poltava "
        "in Heiligenstadt; Blinken 'Ende Oktober' `8.000` (days 21-31); the NIS 'Mitte "
        "November' (days 11-20) in Konjunktiv over several sentences: `mehr als 11.000` in "
        "Russia and 'nach Darstellung des Dienstes' `rund 3.000` in combat (a breakdown: near "
        "the front); 'teilte … HUR am Montag mit' `Dutzende` dead or wounded; Zelensky 'am "
        "Sonntag' `bis zu 15.000` by year's end (planned); 'Washington geht davon aus' "
        "`mehrere tausend` more (increment, `pub`); the butcher 'schätzt' `einige tausend` "
        "(other, `pub`); Russian penal battalions, donations in euros, per cent, apprentices, "
        "member firms, years, an anniversary, his age",
    text="""\
---
title: "Über den Tellerrand: Ein Fleischermeister aus Poltawa und Kims Soldaten"
date: 2024-12-04
herausgeber: Fleischer-Innung Eichsfeld
heft: "Wurst & Handwerk 12/2024"
---

# Über den Tellerrand

*In dieser Reihe stellen wir Kolleginnen und Kollegen vor, die aus dem Ausland zu uns ins \
Eichsfeld gekommen sind. Diesmal: Wassyl Horbenko aus Heilbad Heiligenstadt.*

Um halb fünf steht Wassyl Horbenko in der Wurstküche. Der 44-Jährige hat in Poltawa 19 Jahre \
lang eine eigene Metzgerei geführt; seit dem Sommer 2023 arbeitet er in einem Familienbetrieb \
in der Altstadt von Heiligenstadt. Seine Feldgieker sind inzwischen so gut, dass der Chef sie \
auf dem Weihnachtsmarkt unter eigenem Schild verkauft.

Die Nachrichten aus der Heimat hört er nebenbei, über Kopfhörer. Seit Wochen geht es darin oft \
um Nordkorea. US-Außenminister Antony Blinken hatte Ende Oktober erklärt, [[8.000]] Soldaten \
aus Pjöngjang seien in der russischen Region Kursk eingetroffen.

Mitte November legte der südkoreanische Geheimdienst NIS nach. Die Nordkoreaner seien \
inzwischen in Kampfhandlungen verwickelt; insgesamt hielten sich [[mehr als 11.000]] von ihnen \
in Russland auf. Die meisten seien Einheiten der Marineinfanterie und der Luftlandetruppen \
zugeteilt worden. An der Front stünden nach Darstellung des Dienstes [[rund 3.000]].

Das ukrainische Militär meldet seither fast täglich Gefechte. Bei Angriffen auf Stellungen im \
Gebiet Kursk seien [[Dutzende]] Nordkoreaner getötet oder verwundet worden, teilte der \
Militärgeheimdienst HUR am Montag mit. Präsident Wolodymyr Selenskyj warnte am Sonntag, bis \
zum Jahresende könnten [[bis zu 15.000]] von ihnen an der Front stehen. Auch Washington geht \
davon aus, dass Pjöngjang im Winter noch [[mehrere tausend]] Mann nachschiebt.

Horbenko selbst schätzt, dass im Kursker Gebiet inzwischen "[[einige tausend]]" Nordkoreaner \
kämpfen. Er stützt sich auf das, was sein Schwager erzählt, der als Koch bei einer \
Artillerieeinheit dient. "Die Russen schicken sie zuerst los, so wie früher ihre \
Strafbataillone", sagt er und schneidet weiter Zwiebeln.

## Aus der Innung

- Unsere 38 Mitgliedsbetriebe haben für ein Lazarett in Poltawa 4.260 Euro gesammelt.
- Schweinehälften sind im November um 6 Prozent teurer geworden.
- Die Freisprechung unserer 11 Gesellinnen und Gesellen ist am 17. Januar um 18 Uhr im \
Kolpinghaus.
- Die Innung wurde 1895 gegründet; im kommenden Jahr feiern wir 130 Jahre.
""",
    claims=(
        C("8.000", 8000, "exact", "near_front", "united_states", "2024-10-21..2024-10-31",
          "Blinken 'Ende Oktober' (days 21-31), Konjunktiv: arrived in the Kursk region"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "south_korea",
          "2024-11-11..2024-11-20",
          "NIS 'Mitte November' (days 11-20), Konjunktiv over several sentences: in Russia"),
        C("rund 3.000", 3000, "approx", "near_front", "south_korea", "2024-11-11..2024-11-20",
          "'nach Darstellung des Dienstes' (carried): at the front (a breakdown of the total, "
          "not an increment)"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "mon",
          "HUR 'teilte … am Montag mit', named after the figure (Wednesday article): killed or "
          "wounded"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'warnte am Sonntag': could be at the front by year's end (a forecast)"),
        C("mehrere tausend", None, "vague", "planned", "united_states", "pub",
          "'Washington geht davon aus' (undated): 'nachschiebt' (increment, no increment word "
          "in the span)", add=True),
        C("einige tausend", None, "vague", "near_front", "other", "pub",
          "the butcher 'schätzt' (present, undated), relying on his brother-in-law: fighting "
          "in the Kursk region"),
    ),
)

P03 = Source(
    article_id="r101_03_mariazeller_landbote_pilger_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-23"),
    dated_by="html_meta",
    features="Mariazell web paper in HTML, windows-1252 (raw „“, `&middot;`), "
        "`article:published_time` +01:00 (Thursday), Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`), a gingerbread cookie note, a script, navigation by villages, a footer with a "
        "phone; `<title>` number word `zwei` (optional) and headline `zwei` from Zelensky's 11 "
        "January (to publication); the NIS 'Am 13. Jänner' with `rund 300` dead, `2.700` "
        "wounded and 'Von den etwa 11.000' sent; Kyiv's presidential office 'hieß es am "
        "Dienstag' `knapp 3.800`; the White House 'Ende Dezember' `mehr als 1.000`; a Korean "
        "priest's anaphoric `zwei Burschen` (optional) and 'In Korea rechnet man damit' "
        "`Tausende` (other, `pub`); pilgrims a year, the group's size, the basilica's age, "
        "gingerbread prices, temperatures, bus seats, days",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Pilger aus Seoul beten in Mariazell für [[zwei]] Gefangene | Mariazeller Landbote</title>
<meta property="article:published_time" content="2025-01-23T07:15:00+01:00">
<meta property="og:site_name" content="Mariazeller Landbote">
<script>var landbote={ressort:"chronik",ort:"Mariazell",wetter:true};</script>
</head>
<body>
<div class="cookies">Cookies verwenden wir wie der Lebzelter den Honig: sparsam, aber ganz \
ohne geht es nicht. <button>Passt schon</button> <button>Nur notwendige</button></div>
<nav>Mariazell &middot; Gußwerk &middot; Halltal &middot; St. Sebastian &middot; Welt</nav>
<article>
<h1>Pilger aus Seoul beten in Mariazell für [[zwei]] Gefangene</h1>
<p class="lead">Eine Gruppe koreanischer Katholiken ist mitten im Jänner zur Basilika \
gekommen. In ihren Gebeten waren auch die jungen Männer aus dem Norden, die Kim Jong Un nach \
Russland geschickt hat.</p>
<p>Am 11. Jänner hatte der ukrainische Präsident Wolodymyr Selenskyj bekanntgegeben, dass \
seine Truppen im Gebiet Kursk [[zwei]] nordkoreanische Soldaten lebend gefangen genommen \
hätten. Beide waren verwundet und werden seither in Kiew verhört.</p>
<p>Am 13. Jänner legte dann der südkoreanische Geheimdienst NIS dem Parlament in Seoul seine \
Bilanz vor. Demnach sind seit Dezember [[rund 300]] Nordkoreaner gefallen und [[2.700]] \
verwundet worden. Von den [[etwa 11.000]] Soldaten, die Pjöngjang nach Russland geschickt hat, \
sei damit fast jeder vierte ausgefallen.</p>
<p>Aus Kiew kommen höhere Zahlen. Die Verluste der Nordkoreaner lägen inzwischen bei \
[[knapp 3.800]] Toten und Verwundeten, hieß es am Dienstag aus dem Präsidialamt. Das Weiße \
Haus in Washington hatte schon Ende Dezember von [[mehr als 1.000]] Opfern gesprochen.</p>
<h2>„Sie sind so alt wie unsere Studenten“</h2>
<p>Pater Andreas Choi, 61, begleitet die 46-köpfige Gruppe aus einer Pfarre im Süden Seouls. \
Bei minus zwölf Grad zogen die Pilger am Sonntag von der Bushaltestelle zum Gnadenaltar. \
„Wir haben auch für die [[zwei]] Burschen in Kiew gebetet und für ihre Mütter, die vielleicht \
nicht einmal wissen, wo sie sind“, sagt Choi. In Korea rechne man damit, dass [[Tausende]] \
aus diesem Krieg nicht heimkommen, fügt er hinzu.</p>
<p>Heuer erwartet die Basilika, deren Gründung auf das Jahr 1157 zurückgeht, wieder rund eine \
Million Besucherinnen und Besucher. Die nächste koreanische Gruppe hat sich für Ende Feber \
angesagt; für sie hat ein Lebzelter am Hauptplatz schon Herzen mit Hangul-Schrift gebacken, \
das Stück um 4,90 Euro.</p>
</article>
<footer>Mariazeller Landbote &middot; Wiener Straße 7, 8630 Mariazell &middot; Redaktion: \
03882 214 60</footer>
<script src="/js/landbote.min.js?v=3.2"></script>
</body>
</html>
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "headline: Zelensky's 11 January figure of the lead (to publication): captured "
          "(number word)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner … bekanntgegeben', Konjunktiv: captured alive"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "NIS 'Am 13. Jänner', 'Demnach': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same toll: wounded (the other casualties of the same toll, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-13",
          "same report: sent to Russia"),
        C("knapp 3.800", 3800, "approx", "casualties", "ukraine", "tue",
          "'hieß es am Dienstag aus dem Präsidialamt' after the figure (Thursday article): dead "
          "and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "the White House 'Ende Dezember' (days 21-31): victims"),
        C("zwei", 2, "exact", "casualties", "other", "pub",
          "the priest's anaphoric 'die zwei Burschen in Kiew' in his quote (anaphoric "
          "restatement): optional", opt=True),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "the priest relaying 'In Korea rechne man damit' (the speaker quoted: other), "
          "undated: will not come home"),
    ),
)

P04 = Source(
    article_id="r101_04_kandertaler_post_pfadfinder_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-05-08"),
    dated_by="sidecar",
    sidecar=(
        "Kandertaler Post",
        "https://www.kandertaler-post.example/welt/2025-05-08-seoul-600-gefallene",
        "Seoul: 600 Nordkoreaner in Kursk gefallen",
    ),
    features="Kandersteg weekly (Swiss conventions) in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:` and the sidecar (Thursday), a title without a figure; `ss` (no "
        "sharp s), «», `15'000`, `11'000`, `12'000`, `20'000`, 4-digit `4700`, `2000 bis 3000`; "
        "headline 'Seoul:' `600` from the NIS briefing 'Am 30. April' (to publication); "
        "'Von den rund 15'000 …' with `4700` casualties and `etwa 600` dead (a breakdown), "
        "'rechne der Dienst damit' `2000 bis 3000` 'zusätzliche' (range, increment); Moscow's "
        "and Pyongyang's admissions without figures; the US State Department 'am Freitag' "
        "«mehrere tausend» took part in the fighting; a HUR spokesman 'erklärte am Dienstag' "
        "`gegen 11'000` ('gegen' as approx); a Korean scout volunteer 'rechnet damit' «20'000 "
        "oder mehr» (at_least, other, `pub`); scouts and countries, volunteers, altitude, a "
        "tunnel, francs, years, his age",
    text="""\
---
title: "Ein Pfadfinderführer aus Seoul und die Zahlen aus Kursk"
date: 2025-05-08
rubrik: Welt und Tal
ausgabe: "Nr. 19"
---

# Seoul: [[600]] Nordkoreaner in Kursk gefallen

**Erst bestätigte Moskau den Einsatz, dann Pjöngjang. Nun legt Südkorea eine Bilanz vor. Im \
internationalen Pfadfinderzentrum in Kandersteg liest ein junger Koreaner jede Meldung \
darüber.**

Vorausgegangen waren zwei Eingeständnisse. Am 26. April lobte der russische Generalstabschef \
Waleri Gerassimow den «Heldenmut» der koreanischen Kameraden bei der Rückeroberung des Gebiets \
Kursk, zwei Tage darauf zog die Staatsagentur KCNA in Pjöngjang nach. Zahlen nannte keiner \
der beiden.

Die lieferte Seoul. Am 30. April unterrichtete der Nachrichtendienst NIS das Parlament: Von \
den [[rund 15'000]] Soldaten, die Pjöngjang seit dem Herbst nach Russland verlegt habe, seien \
[[4700]] getötet oder verwundet worden, [[etwa 600]] davon tödlich. Zudem rechne der Dienst \
damit, dass Kim im Sommer [[2000 bis 3000]] zusätzliche Soldaten schickt.

Washington hält sich zurück. Das US-Aussenministerium liess am Freitag lediglich verlauten, \
«[[mehrere tausend]]» Soldaten aus dem Norden hätten an den Kämpfen teilgenommen. Kiew \
wiederum hält die Angaben aus Seoul für zu tief. Noch immer stünden [[gegen 11'000]] \
Nordkoreaner im Grenzgebiet, vor allem um Gluschkowo, erklärte ein Sprecher des ukrainischen \
Militärgeheimdienstes am Dienstag.

## «Bei uns glaubt niemand den Zahlen aus Pjöngjang»

Jung Min-seok, 29, ist seit Februar als Freiwilliger im Kandersteg International Scout \
Centre. Mit 14 Kolleginnen und Kollegen bereitet er die Sommersaison vor, in der das Zentrum \
rund 12'000 Pfadfinderinnen und Pfadfinder aus über 40 Ländern erwartet. Seinen Militärdienst \
hat er in einer Artillerieeinheit bei Yeoncheon geleistet, wenige Kilometer von der \
Demarkationslinie entfernt.

«Jeder Soldat in Russland bringt dem Regime Geld», sagt Jung beim Kaffee auf der Terrasse, \
1176 Meter über Meer. Er rechnet damit, dass Kim am Ende «[[20'000 oder mehr]]» schickt. Der \
Gedanke, dass junge Männer in seinem Alter für einen fremden Krieg sterben, lasse ihn nicht \
los.

Das Zentrum wurde 1923 gegründet. Wer im Sommer aus dem Wallis anreist, nimmt den Autoverlad \
durch den Lötschberg; die einfache Fahrt kostet 29.50 Franken.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "headline 'Seoul:': the NIS 30 April toll of the body (to publication), the hedge "
          "dropped: fallen"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "NIS 'Am 30. April unterrichtete …', Konjunktiv: moved to Russia since autumn"),
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'davon tödlich' (a breakdown of the casualties, not an increment)"),
        C("2000 bis 3000", None, "range", "planned", "south_korea", "2025-04-30",
          "'rechne der Dienst damit' (carried): 'zusätzliche' (increment) in summer", add=True),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "fri",
          "US State Department 'liess am Freitag … verlauten' «…»: took part in the fighting"),
        C("gegen 11'000", 11000, "approx", "near_front", "ukraine", "tue",
          "HUR spokesman named after the figure, 'erklärte … am Dienstag' ('gegen' as approx): "
          "in the border area"),
        C("20'000 oder mehr", 20000, "at_least", "planned", "other", "pub",
          "Korean scout volunteer 'rechnet damit' «…» (undated; 'oder mehr' in the span): will "
          "send in the end"),
    ),
)

P05 = Source(
    article_id="r101_05_inselwelle_usedom_peenemuende_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-07-09"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Inselwelle Usedom",
        "https://www.inselwelle.example/nachgefragt/2025-07-09-peenemuende-pjoengjang",
        "Was Pjöngjangs Raketen mit Peenemünde zu tun haben",
    ),
    features="Usedom island radio's web page in HTML, UTF-8 with BOM and CRLF, no meta date "
        "(sidecar, Wednesday), a cookie note about sea wind, a stream script, navigation, a "
        "footer with a frequency and a phone; `<title>` and headline without a figure; Shoigu "
        "'versprach … am 17. Juni' `1.000` deminers and `5.000` builders (planned); "
        "'Vergangene Woche hieß es … aus Kiew' `25.000 bis 30.000` weitere (range, increment), "
        "'so schätzt es' HUR; "
        "Rutte 'Ende Juni' „über 14.000“ (days 21-30); the JCS 'ging am Montag von … aus' "
        "`rund 11.000` in Kursk; a museum historian 'geht … davon aus' `mehrere tausend` "
        "clearing mines (other, `pub`); the station's own count 'so die Zählung unserer "
        "Redaktion' `mehr als 15.000` (unattributed, required); missiles, a rocket's range, "
        "years, visitors, inhabitants, euros, dates",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Inselwelle Usedom – Was Pjöngjangs Raketen mit Peenemünde zu tun haben</title>
<meta property="og:site_name" content="Inselwelle Usedom">
<script>window.inselwelle={stream:"https://stream.inselwelle.example/live",rubrik:"nachgefragt"};</script>
</head>
<body>
<div class="cookie">Wir setzen Cookies, damit der Livestream auch bei Windstärke acht nicht \
abreißt. <button>Geht klar</button> <button>Bitte ohne</button></div>
<nav><a href="/">Start</a> · <a href="/programm">Programm</a> · <a href="/insel">Insel</a> · \
<a href="/nachgefragt">Nachgefragt</a> · <a href="/welt">Welt</a></nav>
<main>
<p class="rubrik">Nachgefragt – das Gespräch am Mittwochmorgen</p>
<h1>Was Pjöngjangs Raketen mit Peenemünde zu tun haben</h1>
<p class="teaser">Die Historikerin Jana Peschel führt seit sechs Jahren durch das Museum in \
der alten Heeresversuchsanstalt. Im Studio sprach sie über Nordkoreas Waffen und Soldaten in \
Russlands Krieg.</p>
<p>Anlass des Gesprächs war ein Besuch in Pjöngjang: Dort versprach Sergej Schoigu, \
Sekretär des russischen Sicherheitsrats, am 17. Juni, Kim schicke für das Kursker Gebiet \
[[1.000]] Männer zum Minenräumen sowie [[5.000]] Bausoldaten. Vergangene Woche hieß es \
dann aus Kiew, Kim könne über den Sommer sogar [[25.000 bis 30.000]] weitere Soldaten \
schicken; so schätzt es der ukrainische Militärgeheimdienst HUR.</p>
<p>Beim Treffen der Bündnisstaaten in Den Haag sagte Nato-Chef Mark Rutte Ende Juni, \
Pjöngjang habe Russland bislang &bdquo;[[über 14.000]]&ldquo; Soldaten überlassen. Südkoreas \
Generalstab wiederum ging am Montag von [[rund 11.000]] Nordkoreanern aus, die weiterhin im \
Raum Kursk stationiert seien.</p>
<p>Peschel kennt sich vor allem mit Raketen aus. &bdquo;Die KN-23, die Russland auf \
ukrainische Städte abfeuert, ist technisch ein Enkel der Scud, und die Scud ein Urenkel \
dessen, was hier 1942 zum ersten Mal abhob&ldquo;, sagte sie. Die V2 flog damals rund 190 \
Kilometer weit. Nach ukrainischen Angaben sind bislang mehr als 60 Raketen aus nordkoreanischer \
Produktion eingeschlagen.</p>
<p>Bei den Soldaten ist die Historikerin vorsichtiger. Sie geht aber davon aus, dass schon \
jetzt [[mehrere tausend]] Nordkoreaner im Gebiet Kursk Minen räumen und Stellungen ausbauen. \
&bdquo;Das ist Arbeit, für die Russland selbst keine Leute mehr übrig hat.&ldquo;</p>
<p>Rechnet man Kampftruppen, Pioniere und Bausoldaten zusammen, dürften seit dem vergangenen \
Herbst [[mehr als 15.000]] Nordkoreaner in Russland gewesen sein &ndash; so jedenfalls die \
Zählung unserer Redaktion.</p>
<p>Das Museum zählt im Jahr rund 170.000 Besucherinnen und Besucher; in Peenemünde selbst \
leben gut 300 Menschen. Die Sonderausstellung &bdquo;Vom Wettlauf ins All&ldquo; öffnet am \
1. August, der Eintritt kostet 12 Euro.</p>
</main>
<footer>Inselwelle Usedom &middot; UKW 96,4 &middot; Studio Heringsdorf &middot; Hörertelefon \
038378 290 44</footer>
</body>
</html>
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'versprach … am 17. Juni' in Pyongyang, Konjunktiv 'Kim schicke': men to "
          "clear mines"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same promise: 'Bausoldaten', military builders (planned, no increment word)"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "lastweek",
          "'Vergangene Woche hieß es … aus Kiew', HUR named after the figure ('so schätzt es'): "
          "'weitere' (increment)", add=True),
        C("über 14.000", 14000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte 'Ende Juni' (days 21-30) „…“: handed over to Russia so far"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "the JCS 'ging am Montag von … aus' (Wednesday article): stationed in the Kursk area"),
        C("mehrere tausend", None, "vague", "near_front", "other", "pub",
          "museum historian 'geht … davon aus' (undated): clearing mines in the Kursk region "
          "(deminers at work: near the front)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the station's own 'Rechnet man … zusammen … so die Zählung unserer Redaktion' "
          "(unattributed, required): in Russia since autumn"),
    ),
)

P06 = Source(
    article_id="r101_06_sternfreunde_ries_okular",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-09-26"),
    dated_by="sidecar",
    sidecar=(
        "Okular – Rundbrief der Sternfreunde Ries",
        "https://www.sternfreunde-ries.example/okular/2025-herbst",
        "Vom Nachthimmel nach Kursk: Was Satellitenbilder zeigen",
    ),
    features="an astronomy club's newsletter from the Ries as plain text, UTF-8 (sidecar, "
        "Friday), „“ quotes; a report of the club evening 'am 19. September': the NIS 'Anfang "
        "September' (days 1-10) `rund 2.000` dead, then 'So stand es in einer Unterrichtung' in "
        "the next sentence for `etwa 15.000` sent and 'schätze der Dienst' `knapp 10.000` in "
        "Kursk; state TV 'am 15. August' `Dutzenden` coffins (north_korea); the member's own "
        "camp count 'Nach seiner Rechnung' `zwischen 1.500 und 2.000` (range, other, dated by "
        "the club evening: 19 September); an editor's postscript: the US State Department "
        "'gestern' `über 5.000` and 'Kiew geht … davon aus' `6.000` 'zusätzlich' (increment, "
        "`pub`); tents, field kitchens, resolution, altitude, listeners, members, fees, moons, "
        "telescope size, dates",
    text="""\
OKULAR
Rundbrief der Sternfreunde Ries e.V. | Herbst 2025

Vom Nachthimmel nach Kursk: Was Satellitenbilder zeigen

Bericht vom Vereinsabend am 19. September

Meistens schauen wir bei unseren Vereinsabenden nach oben. Diesmal ging der Blick hinunter \
auf die Erde. Unser Mitglied Lukas Brenneis arbeitet hauptberuflich als \
Fernerkundungsanalyst bei einer Firma in Augsburg, die Satellitenbilder für Versicherer und \
Behörden auswertet. Vor 31 Zuhörerinnen und Zuhörern erklärte er im Nebenraum der \
Sternwarte, was man aus gut 500 Kilometern Höhe über den Krieg in der Region Kursk erkennen \
kann - und was nicht.

Zur Einordnung begann er mit den offiziellen Zahlen. Anfang September sprach der \
südkoreanische Geheimdienst NIS von [[rund 2.000]] Nordkoreanern, die in Russland gefallen \
seien. So stand es in einer Unterrichtung des Parlaments in Seoul, die Brenneis an die Wand \
warf. Von [[etwa 15.000]] Entsandten ist darin die Rede; die Zahl der derzeit im Gebiet Kursk \
eingesetzten Soldaten aus dem Norden schätze der Dienst auf [[knapp 10.000]]. Pjöngjang selbst \
hatte am 15. August erstmals Bilder einer Trauerfeier gezeigt: Im Staatsfernsehen stand Kim \
Jong Un vor den Särgen von [[Dutzenden]] Gefallenen.

Dann kamen die eigenen Bilder. Auf Aufnahmen eines Lagers nördlich von Rylsk, die im Juli \
entstanden sind, zählte Brenneis 46 neue Mannschaftszelte und zwei Feldküchen. Nach seiner \
Rechnung sind dort [[zwischen 1.500 und 2.000]] Mann untergebracht, nach Fahrzeugen und \
Markierungen zu urteilen überwiegend Nordkoreaner. „Ob das Soldaten sind oder Bauarbeiter, \
verrät uns das Bild natürlich nicht“, schränkte er ein. Die Auflösung liegt bei 30 \
Zentimetern pro Pixel, gerade genug, um einen Lastwagen von einem Panzer zu unterscheiden.

Die Diskussion dauerte bis kurz vor Mitternacht. Danach zeigte sich über dem Kraterrand noch \
Saturn, dessen bislang 274 bekannte Monde unser 40-Zentimeter-Spiegel natürlich nicht alle \
auflöst.

Nachtrag der Redaktion: Seit dem Vereinsabend sind neue Zahlen hinzugekommen. Ein Sprecher \
des US-Außenministeriums bezifferte die nordkoreanischen Verluste gestern auf [[über 5.000]] \
Tote und Verwundete. Kiew geht inzwischen davon aus, dass Pjöngjang noch vor dem Winter \
[[6.000]] Mann zusätzlich schickt.

Termine: Öffentlicher Beobachtungsabend am 11. Oktober ab 20 Uhr. Der Verein hat derzeit 87 \
Mitglieder, der Jahresbeitrag beträgt 36 Euro.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' (days 1-10), Konjunktiv: fallen"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "the same briefing, named in the sentence before ('So stand es in einer "
          "Unterrichtung'): sent"),
        C("knapp 10.000", 10000, "approx", "near_front", "south_korea",
          "2025-09-01..2025-09-10",
          "same briefing, 'schätze der Dienst': deployed in the Kursk region"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-15",
          "state TV 'am 15. August' (an explicit date): coffins of the fallen"),
        C("zwischen 1.500 und 2.000", None, "range", "near_front", "other", "2025-09-19",
          "the member's own camp count 'Nach seiner Rechnung' at the club evening of 19 "
          "September (the report's event date): housed in a camp in the Kursk region"),
        C("über 5.000", 5000, "at_least", "casualties", "united_states", "yday",
          "editor's postscript: a State Department spokesman 'gestern' (Friday newsletter: "
          "Thursday): dead and wounded"),
        C("6.000", 6000, "exact", "planned", "ukraine", "pub",
          "'Kiew geht inzwischen davon aus' (undated): 'zusätzlich' after the figure "
          "(increment) before winter", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="r101_07_rathlin_rambler_cranes_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-11-14"),
    dated_by="front_matter",
    features="Rathlin Island community newsletter in Markdown, ISO-8859-1 with straight quotes "
        "and ` - ` dashes, front matter with `date:` (Thursday) and a title without a figure, "
        "British spelling; headline `11,000` from Zelensky's 4 November (to publication); "
        "Washington 'had put the number there at' `8,000` 'at the end of October' (days "
        "21-31); the NIS 'on Wednesday' `more than 10,000`; a Pentagon spokeswoman 'told "
        "reporters yesterday' `up to 3,000` more (at_most, increment); a NATO spokeswoman "
        "'last week' 'several thousand' in quotes; the seabird warden 'reckons' `fifty "
        "thousand` more (number words, other, increment, `pub`); the North's army, "
        "guillemots, puffins, cranes, ferry times, population, pounds, years, his age",
    text="""\
---
title: "From cranes to Kursk"
date: 2024-11-14
newsletter: "Rathlin Rambler, November 2024"
editor: Siobhan McQuilkin
---

# From cranes to Kursk: [[11,000]] soldiers and a warden's memories

*Our seabird warden spent two winters counting birds on the edge of the Korean demilitarised \
zone. He has been following the news from Russia more closely than most of us.*

The figure that stopped Declan Mulholland in his tracks came from Kyiv. On 4 November \
Ukraine's president, Volodymyr Zelensky, said there were now [[11,000]] of Pyongyang's soldiers \
inside the Kursk region. Washington had put the number there at [[8,000]] at the end of \
October.

South Korea's spy agency went a step further on Wednesday, telling lawmakers in Seoul that \
[[more than 10,000]] were on Russian soil, some of them already in combat next to Russian \
marines. In Washington, a Pentagon spokeswoman told reporters yesterday that \
[[up to 3,000]] more could follow before the year is out. A NATO spokeswoman in Brussels said \
last week that the alliance could confirm "[[several thousand]]" of them close to the front.

Declan, 47, spent the winters of 2009 and 2010 counting red-crowned cranes in the frozen rice \
fields near Paju, a few kilometres from the border fence. "Through the telescope you'd see \
the North Korean guard posts and wonder about the lads inside," he says. "Most of them were \
boys of nineteen." He reckons Kim "could find [[fifty thousand]] more and nobody in Pyongyang \
would miss them" - the North keeps well over a million men in uniform.

The cranes, he adds, came in their hundreds every November and paid no attention to the \
fence at all.

## Island notes

- The autumn seabird count is in: the West Light colony held about 6,200 guillemots and 420 \
pairs of puffins at the peak of the season.
- From Monday the last ferry of the day leaves Church Bay at 4.30pm; the crossing to \
Ballycastle takes 25 minutes.
- The October quiz raised £1,380 for the community hall roof. Around 150 of us live here \
through the winter, so thank you all.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04..pub",
          "headline: Zelensky's 4 November figure of the lead (to publication): in the Kursk "
          "region"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky 'On 4 November … said there were now': inside the Kursk region"),
        C("8,000", 8000, "exact", "near_front", "united_states", "2024-10-21..2024-10-31",
          "'Washington had put the number there at' 'at the end of October' (days 21-31): in "
          "Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "the NIS ('spy agency') 'on Wednesday, telling lawmakers': on Russian soil"),
        C("up to 3,000", 3000, "at_most", "planned", "united_states", "yday",
          "Pentagon spokeswoman 'told reporters yesterday' (Thursday newsletter: Wednesday): "
          "'more' (increment, span without the word) could follow", add=True),
        C("several thousand", None, "vague", "near_front", "nato", "lastweek",
          "a NATO spokeswoman 'said last week' \"…\": close to the front"),
        C("fifty thousand", 50000, "exact", "planned", "other", "pub",
          "the seabird warden 'reckons' (undated), number words: 'more' (increment, span "
          "without the word) could be found", add=True),
    ),
)

P08 = Source(
    article_id="r101_08_aleutian_tide_commander_islands_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-02-20"),
    dated_by="html_meta",
    features="Unalaska news site in HTML, UTF-8 (curly quotes raw, `&middot;`), "
        "`article:published_time` -09:00 (Thursday), a cookie banner about lettuce, a harbour "
        "script, navigation, a footer with a phone; `<title>` `near 4,000` (optional) and "
        "headline `near 4,000` (hedge kept) from the NIS 'on Feb. 12' (to publication); the "
        "agency 'put … at' `roughly 4,000` with `more than 1,000` killed (a breakdown); the JCS "
        "'yesterday' another `1,000 to 2,000` (range, increment); Zelensky 'in an interview "
        "that aired on Sunday' “thousands more” (increment); an anonymous US defense official "
        "'on Tuesday' `north of 10,000` (at_least); an Unangan elder with relatives on the "
        "Commander Islands who 'reckons' `a couple of thousand` (other, `pub`); crab quota, "
        "seasonal workers, a cutter's crew, miles, a village's population, years, her age",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul puts Kim’s losses [[near 4,000]] as his units pull back | Aleutian Tide</title>
<meta property="article:published_time" content="2025-02-20T06:05:00-09:00">
<meta property="og:site_name" content="Aleutian Tide">
<script>var tideApp={harbor:"Dutch Harbor",feed:"marine-weather",poll:300};</script>
</head>
<body>
<div class="cookie-banner">We use cookies, which out here is more than we can say for fresh \
lettuce. <button>OK</button> <button>Manage</button></div>
<nav><a href="/">Home</a> | <a href="/harbor">Harbor</a> | <a href="/fisheries">Fisheries</a> \
| <a href="/community">Community</a> | <a href="/world">World</a></nav>
<main>
<h1>Seoul puts Kim’s losses [[near 4,000]] as his units pull back</h1>
<p class="byline">By Marisa Quenga &middot; Aleutian Tide</p>
<p>North Korean troops have not been seen on the Kursk front since the middle of January, \
South Korea’s National Intelligence Service told lawmakers on Feb. 12. The agency put the \
North’s dead and wounded at [[roughly 4,000]], [[more than 1,000]] of them killed, and said \
drones and artillery had taken a heavy toll on units that advanced over open ground.</p>
<p>The pause may not last. Seoul’s Joint Chiefs of Staff said yesterday the North appeared \
to be readying another [[1,000 to 2,000]] soldiers for Russia, and in an interview that aired \
on Sunday, Ukrainian President Volodymyr Zelensky said he expected Pyongyang to send \
“[[thousands]] more” once the ground firms up in spring.</p>
<p>A U.S. defense official, who briefed reporters on Tuesday on condition of anonymity, said \
the North still had [[north of 10,000]] soldiers in Russia, most of them now resting and \
retraining well behind the lines.</p>
<h2>‘Our cousins are over there’</h2>
<p>For Agnes Lekanoff the war is closer than it looks on a map. The Unangan elder, 74, has \
relatives in Nikolskoye, the one village on Russia’s Commander Islands, some 500 miles west \
across the Bering Sea, where about 600 people live. She has not been able to visit since \
2019, but she watches Russian television on a dish her grandson put on the roof.</p>
<p>“On their news the Koreans don’t exist,” she said. She reckons [[a couple of thousand]] of \
Kim’s young men will never go home. “Somebody is a mother to every one of them.”</p>
<p>In the harbor, the snow crab fleet is working a quota of about 4.7 million pounds this \
winter, and the plants have taken on some 1,800 seasonal workers. The cutter that called \
last week carries a crew of 113.</p>
</main>
<footer>© 2025 Aleutian Tide, Unalaska, Alaska · Newsroom (907) 581 4420</footer>
</body>
</html>
""",
    claims=(
        C("near 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-12..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("near 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-12..pub",
          "headline 'Seoul puts … losses near': the NIS 12 February toll of the lead (to "
          "publication); the headline keeps its hedge ('near' as approx)"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-12",
          "NIS 'told lawmakers on Feb. 12', 'The agency put … at': dead and wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "south_korea", "2025-02-12",
          "same toll, 'of them killed' (a breakdown, not an increment)"),
        C("1,000 to 2,000", None, "range", "planned", "south_korea", "yday",
          "the JCS 'said yesterday' (Thursday article: Wednesday): 'another' (increment, span "
          "without the word) being readied", add=True),
        C("thousands", None, "vague", "planned", "ukraine", "sun",
          "Zelensky 'in an interview that aired on Sunday' “… more” (increment)", add=True),
        C("north of 10,000", 10000, "at_least", "in_russia", "united_states", "tue",
          "anonymous US defense official 'briefed reporters on Tuesday' ('north of' as "
          "at_least): still in Russia, resting behind the lines"),
        C("a couple of thousand", None, "vague", "casualties", "other", "pub",
          "Unangan elder 'reckons' (undated): will never go home"),
    ),
)

P09 = Source(
    article_id="r101_09_waiben_weekly_hospital_doctor",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-03-27"),
    dated_by="sidecar",
    sidecar=(
        "Waiben Weekly",
        "https://www.waibenweekly.example/world/2025/03/27/north-koreans-back-in-the-fight",
        "Kyiv: North Koreans back in the fight near Sudzha",
    ),
    features="Thursday Island (Torres Strait) weekly as plain text, windows-1252 with curly "
        "quotes and apostrophes (sidecar, Thursday); headline and deck without a figure; HUR "
        "'said on Monday', 'Its spokesman put their number at' `about 8,000` in assaults; the "
        "JCS 'Earlier this month' (1st to publication) `3,000` reinforcements (increment), the "
        "first `11,000` ('on top of': not an increment) and 'by the JCS estimate' `around "
        "4,000` casualties; a State Department spokeswoman 'on Friday' “thousands”; a hospital "
        "doctor's own guess “maybe 2,000” dead ('maybe' as approx, other, `pub`); beds, "
        "people served, crayfish prices, divers, kilometres, ferry minutes, years, her age, a "
        "phone number",
    text="""\
WAIBEN WEEKLY
News for Thursday Island, Horn Island and the inner islands of the Torres Strait

WORLD
Kyiv: North Koreans back in the fight near Sudzha

A doctor at TI Hospital, whose grandfather fled the North in 1950, on why every number matters

By Luke Nona

North Korean soldiers are again taking part in assaults in Russia’s Kursk region, Ukraine’s \
military intelligence agency said on Monday. Its spokesman put their number at [[about \
8,000]] and said they now attack in smaller groups than in winter, with Russian drones \
overhead.

Seoul counts more cautiously. Earlier this month South Korea’s Joint Chiefs of Staff \
estimated that [[3,000]] reinforcements reached Russia in January and February, on top of \
the [[11,000]] troops sent last autumn. Of the North Koreans deployed so far, [[around \
4,000]] have been killed or wounded, by the JCS estimate.

Washington has stopped short of a figure of its own. Asked about the losses, a State \
Department spokeswoman said on Friday only that they ran into the “[[thousands]]”.

On the island, Dr Han Ji-woo follows every update. She came to Thursday Island from \
Brisbane two years ago and runs the hospital’s emergency department, with 8 beds for some \
3,000 people across the inner islands. Her grandfather walked south from Hamhung in the \
winter of 1950, carrying his younger sister.

“Every figure you hear is somebody’s son, on both sides of that border,” she said. Her own \
guess is that “[[maybe 2,000]]” of the young men are already dead. “Nobody up there will \
ever publish a list of names.”

Dr Han, 36, says patients sometimes ask her which Korea she is from. “I tell them the one \
with the K-pop,” she laughs.

Around the islands: The crayfish season opened with 41 licensed divers working the reefs \
off Badu and Mabuiag, and buyers are paying about $38 a kilo. The Horn Island ferry takes 15 \
minutes; Cairns is some 800 kilometres to the south. Letters to the editor: 07 4069 1270.
""",
    claims=(
        C("about 8,000", 8000, "approx", "near_front", "ukraine", "mon",
          "HUR 'said on Monday', 'Its spokesman put their number at' (Thursday article): "
          "taking part in assaults in the Kursk region"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-03-01..pub",
          "the JCS 'Earlier this month … estimated' (1st to publication): 'reinforcements' "
          "(increment) reached Russia", add=True),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "2025-03-01..pub",
          "same estimate: the first contingent 'on top of' which the reinforcements came (not "
          "an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-01..pub",
          "'by the JCS estimate' after the figure: killed or wounded"),
        C("thousands", None, "vague", "casualties", "united_states", "fri",
          "State Department spokeswoman 'said on Friday' “…”: losses"),
        C("maybe 2,000", 2000, "approx", "casualties", "other", "pub",
          "hospital doctor's 'own guess' “…” (undated; 'maybe' as approx, in the span): dead"),
    ),
)

P10 = Source(
    article_id="r101_10_erongo_coast_mail_trawlers",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-05"),
    dated_by="dateline", crlf=True,
    features="Walvis Bay (Namibia) coast paper as plain text, UTF-16 LE with BOM and CRLF, "
        "dateline 'WALVIS BAY, 5 June 2025 –' (Thursday); headline `20,000` more from "
        "Budanov's Saturday figure (to publication; increment); Shoigu in Pyongyang 'on "
        "Wednesday' without a figure; Budanov, named after 'Ukraine's military intelligence "
        "chief', 'on Saturday' `20,000` more (increment); the NIS 'late last month' (days "
        "21-31 of May) `about 15,000` sent and `several thousand` further builders (vague, "
        "increment); the State Department “well over 14,000” 'in a briefing on Monday'; "
        "Russia's embassy in Windhoek 'in a written reply on Tuesday' “a few thousand” (russia, "
        "near the front); a ship agent relaying trawler crews “thirty thousand” (number words, "
        "other, `pub`); trawlers, quota tonnes, port tonnes, Namibian dollars, years, his age, "
        "a phone number",
    text="""\
ERONGO COAST MAIL
Walvis Bay · Swakopmund · Henties Bay · Arandis

Shoigu back in Pyongyang as Kyiv warns of [[20,000]] more

A ship agent who has looked after Russian trawlers for two decades says their crews talk \
about little else

WALVIS BAY, 5 June 2025 – Sergei Shoigu, the secretary of Russia’s Security Council, was in \
Pyongyang again on Wednesday, his second trip there in less than three months. The Kremlin \
said he carried a personal message from Vladimir Putin to Kim Jong Un; neither side said \
what was in it.

The visit came days after Ukraine’s military intelligence chief told a security forum in \
Kyiv on Saturday that North Korea could send [[20,000]] more soldiers to Russia by autumn, \
mostly to replace units worn down in Kursk. Kyrylo Budanov gave no source for the figure.

Late last month Seoul’s National Intelligence Service reckoned that Pyongyang had so far \
sent [[about 15,000]] troops, and that it was preparing [[several thousand]] further \
construction workers and deminers for the Kursk region. In Washington, the State Department \
put the total at “[[well over 14,000]]” in a briefing on Monday.

Russia’s embassy in Windhoek, asked by the Mail about the North Koreans, said in a written \
reply on Tuesday that “[[a few thousand]] Korean comrades” had helped to free Kursk, and that \
the friendship between the two countries was “not the business of third parties”.

Johannes Nangolo, 58, has worked as a ship agent in Walvis Bay since 2004 and looks after \
most of the Russian trawlers that call here for fuel and crew changes, a dozen or so a year. \
“The Russian boys on the boats tell me it is [[thirty thousand]] Koreans by now,” he said. \
“Who knows. They also told me the war would be over in a month.”

The port handled 8.2 million tonnes of cargo last year. Namibia’s horse mackerel quota for \
this season has been set at 297,000 tonnes, and a berth for a trawler costs about N$1,250 a \
day.

Tips and letters: 064 203 118
""",
    claims=(
        C("20,000", 20000, "exact", "planned", "ukraine", "sat..pub",
          "headline 'Kyiv warns of': Budanov's Saturday figure (to publication), 'more' "
          "(increment, span without the word)", add=True),
        C("20,000", 20000, "exact", "planned", "ukraine", "sat",
          "'Ukraine's military intelligence chief … on Saturday', named in the next sentence "
          "(Kyrylo Budanov): 'more' (increment) could be sent by autumn", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-05-21..2025-05-31",
          "NIS 'Late last month … reckoned' (days 21-31 of May): sent so far"),
        C("several thousand", None, "vague", "planned", "south_korea",
          "2025-05-21..2025-05-31",
          "same statement: 'further' construction workers and deminers being prepared "
          "(increment)", add=True),
        C("well over 14,000", 14000, "at_least", "in_russia", "united_states", "mon",
          "the State Department 'put the total at' “…” 'in a briefing on Monday' ('well over' "
          "as at_least): sent"),
        C("a few thousand", None, "vague", "near_front", "russia", "tue",
          "Russia's embassy in Windhoek 'in a written reply on Tuesday' “…”: helped to free "
          "Kursk (fought: near the front)"),
        C("thirty thousand", 30000, "exact", "in_russia", "other", "pub",
          "ship agent relaying trawler crews 'tell me' (the speaker quoted: other), undated, "
          "number words: Koreans in Russia by now"),
    ),
)

P11 = Source(
    article_id="r101_11_cabot_strait_courier_glace_bay_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-08-27"),
    dated_by="sidecar",
    sidecar=(
        "Cabot Strait Courier",
        "https://www.cabotstraitcourier.example/world/2025/08/27/kim-honours-nine-sappers",
        "Kim honours nine sappers killed in Kursk",
    ),
    features="Cape Breton paper in HTML, ISO-8859-1 (quotes, apostrophes and dashes as "
        "entities `&ldquo;`, `&rsquo;`, `&lsquo;`, `&ndash;`), no meta date (sidecar, "
        "Wednesday), a cookie note about ferry crossings, navigation, a footer with a phone; "
        "headline number word `nine` from KCNA's Thursday report (Thursday to publication); "
        "KCNA 'reported on Thursday' `nine` engineers killed (north_korea); 'According to … the "
        "National Intelligence Service, which briefed lawmakers on Aug. 4' `roughly 1,000` "
        "deminers at work in Kursk (near the front) and `5,000` builders moved in stages (in "
        "Russia); a US official 'last week' `about 2,000` dead; HUR 'says' `at least 11,000` "
        "(`pub`); a Ukrainian crab-plant worker relaying her husband 'she said on Monday' `a "
        "couple of hundred` (other, Monday); emergency visas, a town's population, crab "
        "prices, plant workers, ferry hours, years, her age",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Cabot Strait Courier &ndash; Kim honours sappers as a Glace Bay family waits</title>
</head>
<body>
<div class="cookie-note">We use cookies to remember you between ferry crossings. \
<button>Accept</button> <button>No thanks</button></div>
<nav><a href="/">Home</a> &middot; <a href="/sydney">Sydney</a> &middot; <a \
href="/glace-bay">Glace Bay</a> &middot; <a href="/fisheries">Fisheries</a> &middot; <a \
href="/world">World</a></nav>
<article>
<h1>Kim honours [[nine]] sappers killed in Kursk</h1>
<p class="dek">In Glace Bay, a Ukrainian mother of two follows the news from the other side \
of the line.</p>
<p>North Korea&rsquo;s state news agency KCNA reported on Thursday that Kim Jong Un had \
posthumously decorated [[nine]] army engineers who died clearing mines in Russia&rsquo;s Kursk \
region. Photographs showed Kim beside their coffins, each draped in the national flag, at a \
ceremony in Pyongyang.</p>
<p>The engineers are part of a much larger effort. According to South Korea&rsquo;s National \
Intelligence Service, which briefed lawmakers on Aug. 4, [[roughly 1,000]] North Korean \
deminers are now at work in Kursk, while [[5,000]] military builders are being moved to Russia \
in stages.</p>
<p>A U.S. official told reporters last week that [[about 2,000]] of the North&rsquo;s soldiers \
had died since the first units arrived last autumn. Ukraine&rsquo;s military intelligence \
agency says [[at least 11,000]] North Koreans remain in the Kursk region, although few of them \
are now in direct combat.</p>
<h2>&lsquo;He says they are very young&rsquo;</h2>
<p>Natalia Shevchuk, 39, came to Cape Breton from Sumy in 2023 under Canada&rsquo;s emergency \
visa for Ukrainians, one of roughly 300,000 who arrived that way. She works nights at a snow \
crab plant outside Glace Bay, a town of about 18,000. Her husband, Ihor, flies \
reconnaissance drones on the Sumy border.</p>
<p>&ldquo;Across from his unit there are [[a couple of hundred]] Koreans, he says. They dig, \
they build, and sometimes they shoot,&rdquo; she said on Monday, between shifts. &ldquo;He says \
they are very young.&rdquo;</p>
<p>The plant employs 220 people in the season, and crab fetched $7.40 a pound at the wharf \
this summer. The ferry to Newfoundland leaves North Sydney twice a day and takes about seven \
hours.</p>
</article>
<footer>&copy; 2025 Cabot Strait Courier &middot; Sydney, Nova Scotia &middot; Newsroom \
902-539-4471</footer>
</body>
</html>
""",
    claims=(
        C("nine", 9, "exact", "casualties", "north_korea", "thu..pub",
          "headline: KCNA's Thursday figure of the lead (Thursday to publication): killed "
          "(number word)"),
        C("nine", 9, "exact", "casualties", "north_korea", "thu",
          "KCNA 'reported on Thursday' (Wednesday article: the previous week's Thursday): "
          "engineers who died clearing mines"),
        C("roughly 1,000", 1000, "approx", "near_front", "south_korea", "2025-08-04",
          "'According to … the National Intelligence Service, which briefed lawmakers on "
          "Aug. 4': deminers at work in Kursk (near the front, as before)"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-08-04",
          "same briefing: military builders moved to Russia in stages (builders: in_russia, "
          "no increment word)"),
        C("about 2,000", 2000, "approx", "casualties", "united_states", "lastweek",
          "a US official 'told reporters last week': died"),
        C("at least 11,000", 11000, "at_least", "near_front", "ukraine", "pub",
          "HUR 'says', present tense, undated: remain in the Kursk region"),
        C("a couple of hundred", None, "vague", "near_front", "other", "mon",
          "a Ukrainian crab-plant worker relaying her husband at the front (the speaker "
          "quoted: other), 'she said on Monday': across from his unit on the Sumy border"),
    ),
)

P12 = Source(
    article_id="r101_12_soufriere_signal_world_column_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Soufrière Signal", "",
        "A year on, the numbers keep growing",
    ),
    features="Montserrat weekly's world column in Markdown, windows-1252 with curly quotes, "
        "front matter without a date (sidecar without url, Thursday) and a title without a "
        "figure; the NIS 'On 4 November' (an explicit date) `around 10,000` along the border, "
        "`roughly 2,000` killed and `5,000` construction workers; HUR 'on Monday' `up to "
        "30,000` more for a new rotation (at_most, increment); a Russian deputy defence "
        "minister 'last week' `several hundred` sappers at work in Kursk (russia, near the "
        "front) and their 1.5 million mines; the 10 October parade's `hundreds` of Kursk "
        "veterans (returnees: optional); the column's own 'However you add it up' `well over "
        "15,000` (unattributed, required); a defence force major 'By his count' `five or six "
        "thousand` (range in words, other, `pub`); volunteers, population, a volcano's year, "
        "EC dollars, ferry, a phone number",
    text="""\
---
title: "A year on, the numbers keep growing"
column: "The World This Week"
author: Desmond Ryan-Farrell
---

# A year on, the numbers keep growing

*Our weekly look beyond Montserrat’s shores.*

It is a little over a year since the first North Korean soldiers reached the Kursk front, and \
the counting has not stopped. On 4 November South Korea’s National Intelligence Service told \
lawmakers that [[around 10,000]] of Kim Jong Un’s troops are still posted along Russia’s \
border with Ukraine, and that [[roughly 2,000]] have been killed since last autumn. It added \
that [[5,000]] military construction workers have gone to Russia this year.

Kyiv expects more. Ukraine’s military intelligence said on Monday that Pyongyang is training \
[[up to 30,000]] more men for a new rotation, to begin once the winter sets in.

Moscow, which denied everything for half a year, now says thank you in public. At a ceremony \
in Kursk last week, a Russian deputy defence minister praised the [[several hundred]] North \
Korean sappers still at work in the region, who by his account have cleared more than 1.5 \
million mines and shells. In Pyongyang, the party anniversary parade on 10 October included a \
column of [[hundreds]] of Kursk veterans, each wearing the new medal for the “overseas \
operation”.

However you add it up, [[well over 15,000]] North Koreans have passed through Russia’s war \
since last October.

Here at home, Major Alwyn Greenaway of the Royal Montserrat Defence Force, which has about 40 \
volunteers, tried to put that in terms the island can picture. By his count, [[five or six \
thousand]] North Koreans are dead or wounded by now. “That is more than everybody living on \
Montserrat today,” he said. The island has about 4,400 residents, down from some 11,000 \
before the volcano woke in 1995.

## Island briefs

- The ferry from Antigua now sails four days a week; a return ticket is EC$240.
- The defence force’s hurricane exercise is on Saturday from 8am at Little Bay.
- Notices and letters: 664 491 2357.
""",
    claims=(
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'On 4 November … told lawmakers' (an explicit date): posted along the border "
          "with Ukraine"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "same briefing: killed since last autumn"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same briefing, 'It added' (carried): construction workers gone to Russia"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR 'said on Monday' (Thursday article): 'more' (increment, span without the word) "
          "being trained for a new rotation", add=True),
        C("several hundred", None, "vague", "near_front", "russia", "lastweek",
          "a Russian deputy defence minister at a ceremony in Kursk 'last week': sappers still "
          "at work in the region (deminers at work: near the front)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "the party parade 'on 10 October': Kursk veterans marching (returnees: optional, as "
          "before)", opt=True),
        C("well over 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the column's own 'However you add it up' (no source: unattributed, required): "
          "passed through Russia's war"),
        C("five or six thousand", None, "range", "casualties", "other", "pub",
          "defence force major 'By his count' (undated; two number words: range): dead or "
          "wounded"),
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
