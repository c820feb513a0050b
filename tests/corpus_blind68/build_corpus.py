"""Build the 68th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The seventieth corpus for an honest measurement on articles the extractor has never met, written
in session 11 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Hanau daily's local
page, a Taunus radio station's web text, an Erlauftal weekly (Austrian), an Engelberg paper
(Swiss), a rowing club's magazine and an Erlangen student paper; a Gladstone (Queensland) daily,
a Vatersay community page, a Chattanooga paper, a Bulgarian English-language outlet, a Lord Howe
Island page and a Zanzibar business newsletter. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind68_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

R01 = Source(
    article_id="r68_01_hanau_mahnwache_grimm_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Hanau daily's local page in HTML (`article:published_time` with +01:00, a "
        "reader-count script, a cookie notice about 'Kekse' with 96 service providers, local "
        "navigation, a comment count in the footer); `<title>` figure (optional); headline 'Angst "
        "vor 11.000' from Zelensky's Sunday-evening address (Sunday to publication); the Pentagon "
        "spokeswoman 'am Montag' `etwa 10.000` in Kursk and 'Weitere 2.000' still at training "
        "grounds (the others of the same count, not an increment); South Korea's defence minister "
        "'am Montag im Parlament' a range; the community's appeal citing HUR (X citing Y, "
        "undated: `pub`) `bis zu 15.000` by year end (a forecast: planned); NATO without a "
        "figure; vigil attendance, Ukrainians in Hanau, children, euros, kilometres, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Mahnwache in Hanau: Angst vor [[11.000]] Soldaten aus Nordkorea | Hanauer Tagesbote</title>
<meta property="article:published_time" content="2024-11-05T06:40:00+01:00">
<meta property="og:site_name" content="Hanauer Tagesbote">
<meta name="author" content="Miriam Kessler">
<script>var htb={ressort:"hanau-stadt",artikel:88213,leser:0};</script>
</head>
<body>
<div class="kekshinweis">Ohne Kekse läuft hier wenig: Wir und 96 Dienstleister speichern Daten \
für Statistik und Werbung. <button>Kekse her damit</button> <button>Heute keine \
Kekse</button></div>
<nav><a href="/">Titelseite</a> · <a href="/hanau">Hanau</a> · <a \
href="/main-kinzig">Main-Kinzig</a> · <a href="/maintal">Maintal</a> · <a \
href="/bruchkoebel">Bruchköbel</a> · <a href="/welt">Welt</a> · <a href="/trauer">Trauer</a></nav>
<article>
<p class="dachzeile">Hanau / Ukraine</p>
<h1>Angst vor [[11.000]] Soldaten aus Nordkorea</h1>
<p class="vorspann">Am Brüder-Grimm-Denkmal gedenken Ukrainerinnen und Ukrainer der Toten des \
Krieges &ndash; und sprechen über die neue Gefahr an der Grenze bei Kursk.</p>
<p class="autor">Von Miriam Kessler</p>
<p>Hanau &ndash; Es ist kalt auf dem Marktplatz, als am Montagabend die Kerzen angezündet werden. \
Rund 80 Menschen sind gekommen, viele mit blau-gelben Fahnen, einige mit Fotos von Angehörigen. \
Die Ukrainische Gemeinde Main-Kinzig lädt seit dem Frühjahr 2022 an jedem ersten Montag im Monat \
zur Mahnwache ein. Diesmal, sagt die Vorsitzende Olena Hrytsenko, gehe es um &bdquo;etwas, das \
vor einem Monat noch keiner für möglich gehalten hätte&ldquo;.</p>
<p>Gemeint sind die Soldaten aus Nordkorea. Präsident Wolodymyr Selenskyj hatte in seiner \
Videoansprache am Sonntagabend erklärt, inzwischen stünden [[11.000]] von ihnen im russischen \
Gebiet Kursk, direkt an der Grenze zur Ukraine. Die Zahl kursierte am Montag auch in den \
Chatgruppen der Hanauer Ukrainer.</p>
<p>Aus Washington kamen ähnliche Töne. Sabrina Singh, Sprecherin des \
US-Verteidigungsministeriums, sagte am Montag vor Journalisten, [[etwa 10.000]] nordkoreanische \
Soldaten seien in die Region Kursk verlegt worden. Weitere [[2.000]] hielten sich demnach noch \
auf Truppenübungsplätzen im Osten Russlands auf. Ob die Nordkoreaner schon an Gefechten beteiligt \
seien, könne sie nicht bestätigen.</p>
<p>Auch in Seoul rechnet man mit großen Zahlen. Verteidigungsminister Kim Yong-hyun sagte am \
Montag im Parlament, er gehe davon aus, dass insgesamt [[10.000 bis 12.000]] Nordkoreaner nach \
Russland gebracht worden seien. Die Nato hatte die Verlegung nach Kursk schon vergangene Woche \
bestätigt; Generalsekretär Mark Rutte nannte sie in Brüssel eine &bdquo;gefährliche \
Ausweitung&ldquo; des Krieges.</p>
<h2>&bdquo;Für uns ist das keine ferne Nachricht&ldquo;</h2>
<p>Für Hrytsenko, die 2014 aus Charkiw nach Hessen kam und als Pflegerin im Klinikum arbeitet, \
sind das mehr als Statistiken. Ihr Neffe dient in einer Brigade im Gebiet Sumy, keine 30 \
Kilometer von der russischen Grenze entfernt. &bdquo;Wenn dort jetzt auch noch die Nordkoreaner \
auftauchen, weiß jede Mutter hier, was das heißt&ldquo;, sagt sie.</p>
<p>Im Aufruf zur Mahnwache zitiert die Gemeinde den ukrainischen Militärgeheimdienst: Bis zum \
Jahresende sollen demnach [[bis zu 15.000]] Nordkoreaner an der Front stehen. Die Rednerinnen und \
Redner forderten die Bundesregierung auf, mehr Flugabwehr zu liefern.</p>
<p>In Hanau leben nach Angaben der Stadt derzeit etwa 1.400 Menschen aus der Ukraine, rund 300 \
von ihnen sind Kinder und Jugendliche. Die Gemeinde sammelte am Montag Spenden für \
Stromgeneratoren; im vergangenen Winter kamen so 6.200 Euro zusammen. Die nächste Mahnwache ist \
für Montag, 2. Dezember, um 18 Uhr geplant. Kontakt: 06181 555 3120.</p>
</article>
<footer>© Hanauer Tagesbote 2024 · Impressum · Datenschutz · Digital-Abo ab 29,90 € im Monat · 17 \
Leserkommentare</footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun..pub",
          "headline 'Angst vor': Zelensky's figure of the body (Sunday evening to publication)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "sun",
          "Zelensky's video address 'am Sonntagabend', Konjunktiv: in the Kursk region at the "
          "border"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokeswoman Singh 'am Montag': moved to the Kursk region"),
        C("2.000", 2000, "exact", "in_russia", "united_states", "mon",
          "'Weitere 2.000 … demnach' = the others of the same count, still at training grounds in "
          "Russia (not an increment)"),
        C("10.000 bis 12.000", None, "range", "in_russia", "south_korea", "mon",
          "South Korea's defence minister 'am Montag im Parlament': brought to Russia in total"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "pub",
          "the community's appeal citing Ukraine's military intelligence (X citing Y, no date): "
          "at the front by year end (a forecast)"),
    ),
)

R02 = Source(
    article_id="r68_02_taunusquelle_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Taunusquelle",
        "https://www.taunusquelle.example/nachrichten/welt/seoul-300-nordkoreaner-gefallen-48113",
        "Seoul: 300 Nordkoreaner im Kampf um Kursk gefallen",
    ),
    features="Taunus radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, Tuesday); "
        "headline 'Seoul:' from the NIS figures dated by the next sentence ('am Montag', Monday "
        "to publication); a deck with the number word 'Zwei' for the captured (Zelensky's "
        "Saturday figure to publication); NIS `rund 300` killed and `2.700` wounded (not an "
        "increment); HUR 'spricht von' (present, `pub`); Zelensky 'am Samstag' `zwei`; the White "
        "House 'Ende Dezember'; a military historian from Oberursel in the studio 'am "
        "Dienstagmorgen' (other): her total and 'weitere 5.000 bis 8.000' (range increment); "
        "Russian losses a day, square kilometres, age, audio length, FM frequencies, phone number",
    text="""\
Radio Taunusquelle – Nachrichten | Welt

Seoul: [[300]] Nordkoreaner im Kampf um Kursk gefallen

[[Zwei]] Gefangene, hohe Verluste: Eine Historikerin aus Oberursel erklärt bei uns im Studio, was \
die Zahlen über Kims Armee verraten.

Nordkoreas Soldaten in Russland zahlen offenbar einen hohen Preis. Der südkoreanische \
Auslandsgeheimdienst NIS geht davon aus, dass im Gebiet Kursk bislang [[rund 300]] von ihnen \
getötet und [[2.700]] verwundet worden sind. Diese Einschätzung trug der Dienst am Montag in \
einer nicht öffentlichen Sitzung des Geheimdienstausschusses vor, wie Abgeordnete anschließend in \
Seoul berichteten.

Aus Kiew kommen weit größere Zahlen. Der Militärgeheimdienst HUR spricht von [[mehr als 3.000]] \
Nordkoreanern, die getötet oder verletzt worden seien. Präsident Wolodymyr Selenskyj hatte am \
Samstag mitgeteilt, Fallschirmjäger und Spezialkräfte hätten [[zwei]] nordkoreanische Soldaten \
lebend gefangen genommen. Beide würden in Kiew befragt, einer von ihnen sei nach eigenen Angaben \
erst 20 Jahre alt. Der Präsident schlug vor, beide gegen Ukrainer auszutauschen, die in Russland \
festgehalten werden.

Das Weiße Haus hatte schon Ende Dezember von [[mehr als 1.000]] getöteten oder verwundeten \
Nordkoreanern gesprochen. Moskau schweigt bis heute zu der Frage, ob überhaupt Soldaten aus \
Pjöngjang auf russischem Boden kämpfen.

„Für Kim sind diese Verluste verkraftbar“

Im Gespräch mit Radio Taunusquelle sagte die Oberurseler Militärhistorikerin Ulrike Brandner am \
Dienstagmorgen, Pjöngjang nehme die Toten offenbar in Kauf. Kim habe nach allem, was man wisse, \
[[rund 11.000]] Soldaten nach Russland geschickt. Sie rechne damit, dass bis zum Frühjahr weitere \
[[5.000 bis 8.000]] folgen. „Nordkorea zahlt mit Menschen und bekommt dafür Technik, Öl und \
Kampferfahrung, die keine andere Armee in Asien hat.“

Zum Vergleich: Russland selbst verliert nach Angaben des ukrainischen Generalstabs derzeit Tag \
für Tag mehr als 1.500 Soldaten. Die ukrainische Armee kontrolliert im Gebiet Kursk noch etwa 500 \
Quadratkilometer.

Das ganze Gespräch mit Ulrike Brandner hören Sie in unserer Mediathek (7:40 Min.). Radio \
Taunusquelle empfangen Sie im Hochtaunus auf UKW 98,4 und im Main-Taunus-Kreis auf 104,1. \
Studio-Telefon: 06172 555 984.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the NIS figure of the body (Monday to publication): fallen"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "deck, number word: the captured of Zelensky's Saturday statement (Saturday to "
          "publication)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'geht davon aus', dated by the next sentence ('am Montag'): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'spricht von' (present, no date): killed or wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag', number word: captured alive"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "the White House 'Ende Dezember' (days 21-31): killed or wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "other", "tue",
          "Oberursel military historian in the studio 'am Dienstagmorgen' (the publication day), "
          "Konjunktiv: sent"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "tue",
          "same historian 'rechne damit … weitere' (increment, span without 'weitere'): to follow "
          "by spring", add=True),
    ),
)

R03 = Source(
    article_id="r68_03_erlauftal_oberst_vortrag_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-06"),
    dated_by="front_matter",
    features="Erlauftal weekly (Austrian: 'Jänner', 'Feber', 'heuer') in Markdown, ISO-8859-1 "
        "with straight quotes and hyphens, front matter with `date:` (Thursday) and a title "
        "without a figure; a retired Bundesheer colonel's talk 'am Freitagabend' (other, the "
        "Friday before): his total `rund 11.000` and 'heuer noch einmal bis zu 20.000' "
        "(increment, planned); the SSO spokesman 'am Montag' without a figure followed by "
        "'schätzt der Generalstab in Kiew' named at the end of the sentence (Monday to "
        "publication); the NIS 'Mitte Jänner' (days 11-20, two figures); Rutte 'Ende Jänner' in a "
        "guest article (nato); 'ein Drittel' (fraction), Austrian soldiers in Lebanon, years of "
        "service, age, visitors, euros, the next talk on '20. Feber'",
    text="""\
---
title: "Warum Kims Soldaten von der Front verschwunden sind"
date: 2025-02-06
ressort: Region & Welt
autor: Josef Haselsteiner
---

# Warum Kims Soldaten von der Front verschwunden sind

**Ein pensionierter Oberst aus Purgstall hat im Wirtshaus erklärt, was hinter den Meldungen aus \
Kursk steckt. Die Zuhörer hatten viele Fragen.**

PURGSTALL. Mehr als 50 Besucher drängten sich am Freitagabend im Saal des Gasthofs Schachner, als \
Oberst i. R. Herbert Pfeffer über den "fernsten Gegner der Ukraine" sprach. Der 67-Jährige hat 38 \
Jahre im Bundesheer gedient, zuletzt im Verteidigungsministerium in Wien, und verfolgt die Kriege \
der Welt seither von seinem Haus an der Erlauf aus.

Sein Befund: Nordkorea habe seit Oktober [[rund 11.000]] Soldaten nach Russland geschickt, und \
wohl ein Drittel davon sei inzwischen nicht mehr einsatzfähig. Pfeffer hält es für \
wahrscheinlich, dass Pjöngjang heuer noch einmal [[bis zu 20.000]] Mann in Marsch setzt. "Kim \
braucht Devisen, Putin braucht Infanterie. Keiner der beiden hat Hemmungen, junge Menschen dafür \
zu opfern."

## Seit Mitte Jänner kaum noch Sichtungen

Tatsächlich melden ukrainische Einheiten seit Mitte Jänner kaum noch Gefechte mit Nordkoreanern. \
Ein Sprecher der ukrainischen Spezialeinsatzkräfte sagte am Montag, die Einheiten aus Pjöngjang \
seien seit etwa drei Wochen nicht mehr an vorderster Linie gesehen worden. Die Verluste seien zu \
hoch gewesen: [[Rund 4.000]] Nordkoreaner seien getötet oder verwundet worden, schätzt der \
Generalstab in Kiew.

In Seoul hatte der Geheimdienst NIS bereits Mitte Jänner eigene, deutlich niedrigere Zahlen \
vorgelegt: [[etwa 300]] Gefallene und [[2.700]] Verwundete. Das Verteidigungsministerium in \
Moskau äußert sich zu den Nordkoreanern bis heute nicht, auch die Staatsmedien in Pjöngjang \
schweigen.

Die Nato sieht die Lage ähnlich wie Kiew und Seoul. Generalsekretär Mark Rutte schrieb Ende \
Jänner in einem Gastbeitrag für eine britische Zeitung, Nordkorea habe [[über 11.000]] Soldaten \
in Putins Krieg geschickt, und nannte das einen "Weckruf für Europa und für Asien".

## "Österreich ist nicht das Ziel"

Ob auch Österreich etwas zu befürchten habe, wollte ein Landwirt aus Oberndorf wissen. Pfeffer \
verneinte. Das Bundesheer habe derzeit rund 160 Soldatinnen und Soldaten bei der UNO-Mission im \
Libanon, "dort ist die Gefahr für unsere Leute realer als irgendwo in Russland".

Der Eintritt war frei, die Spenden von 740 Euro gehen an die Feuerwehr Purgstall. Der nächste \
Abend der Reihe "Welt im Wirtshaus" findet am 20. Feber statt, dann geht es um den Nahen Osten.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "other", "fri",
          "retired Bundesheer colonel at a talk 'am Freitagabend' (the Friday before), "
          "Konjunktiv: sent since October"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "fri",
          "same speaker 'hält es für wahrscheinlich … heuer noch einmal' (increment, like "
          "'nochmals')", add=True),
        C("Rund 4.000", 4000, "approx", "casualties", "ukraine", "mon..pub",
          "'schätzt der Generalstab in Kiew' named at the end of the sentence, after the SSO "
          "spokesman's Monday statement (Monday to publication): killed or wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (days 11-20): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same: wounded (not an increment)"),
        C("über 11.000", 11000, "at_least", "in_russia", "nato", "2025-01-21..2025-01-31",
          "Rutte's guest article 'Ende Jänner' (days 21-31): sent into the war"),
    ),
)

R04 = Source(
    article_id="r68_04_engelberg_titlis_bautrupps_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-06-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Engelberger Talpost",
        "https://www.talpost-engelberg.example/welt/schoigu-holt-6000-nordkoreaner-nach-kursk-3318",
        "Schoigu holt 6000 Nordkoreaner nach Kursk",
    ),
    features="Engelberg paper (Swiss conventions: `ss`, «», `15'000`, `11'000`, `9'500`, 4-digit "
        "`1000`/`5000`/`4700`, 'innert') in Markdown, windows-1252 with CRLF, front matter "
        "without a date (sidecar, Thursday); headline `6000` adding up Shoigu's two figures "
        "(russia, Tuesday to publication); Shoigu 'Am Dienstag verkündete … dort' `1000` deminers "
        "and `5000` construction battalion members (planned, a new contingent, no increment); a "
        "Seoul ministry spokesman 'am Mittwoch' without a figure followed by 'Nach "
        "südkoreanischen Schätzungen' (`pub`) `gegen 15'000` (approx); NIS 'wie … Ende April "
        "mitgeteilt hatte' named at the end (`Rund 4700`, 'darunter 600 Tote': a breakdown); "
        "Zelensky 'am Mittwochabend' «Tausende zusätzliche Kämpfer» (vague increment); an ETH "
        "researcher's quote restating the figure as the number word 'Sechstausend' (optional) and "
        "his own `rund 11'000` (other, `pub`); Korean overnight stays, altitude, snow, francs",
    text="""\
---
rubrik: Welt
autorin: Seraina Odermatt
---

# [[6000]] Nordkoreaner sollen das Gebiet Kursk räumen und aufbauen

**Russland holt sich weitere Hilfe aus Pjöngjang. Am Titlis, wo koreanische Reisegruppen zum \
Alltag gehören, verfolgt man die Nachrichten mit gemischten Gefühlen.**

Sergei Schoigu ist wieder einmal nach Pjöngjang gereist, zum zweiten Mal innert zwei Wochen. Am \
Dienstag verkündete der Sekretär des russischen Sicherheitsrats dort, Nordkorea werde [[1000]] \
Fachleute für Minenräumung sowie [[5000]] Angehörige von Baubataillonen in die Region Kursk \
entsenden. Sie sollen zerstörte Strassen, Brücken und Bahnlinien wiederherstellen. Kim Jong Un \
habe dem bei einem langen Treffen zugestimmt, liess Schoigu verlauten.

Ein Sprecher des Verteidigungsministeriums in Seoul sagte am Mittwoch, man habe Hinweise, dass \
die ersten Trupps bereits im Juli eintreffen könnten. Nach südkoreanischen Schätzungen hat \
Pjöngjang seit vergangenem Herbst [[gegen 15'000]] Soldaten nach Russland geschickt. [[Rund \
4700]] von ihnen wurden getötet oder verwundet, darunter [[600]] Tote, wie der Geheimdienst NIS \
Ende April mitgeteilt hatte.

In Kiew stösst der Plan auf Misstrauen. Präsident Wolodymyr Selenskyj sprach am Mittwochabend von \
einem «Vorwand»: Unter dem Etikett des Wiederaufbaus könnten «[[Tausende]] zusätzliche Kämpfer» \
nach Kursk gelangen.

## «Für Kim eine Kleinigkeit»

Für Lukas Gisler vom Center for Security Studies der ETH Zürich ist der Schritt folgerichtig. \
«Russland fehlen Arbeitskräfte, und Nordkorea hat davon mehr als genug», sagt er. \
«[[Sechstausend]] Leute für den Wiederaufbau abzustellen, ist für Kim eine Kleinigkeit.» Nach \
Gislers Einschätzung halten sich derzeit noch [[rund 11'000]] Soldaten aus dem Norden Koreas in \
Russland auf, überwiegend im Grenzgebiet.

## Koreanische Gäste bleiben treu

In Engelberg ist Korea kein fernes Land. Rund 9'500 Logiernächte zählte die Tourismusorganisation \
im vergangenen Jahr von Gästen aus Südkorea, fast doppelt so viele wie 2019. «Die Gruppen fragen \
uns nicht nach Politik, sondern nach Schnee im Juni», sagt Tourismusdirektorin Andrea Kathriner. \
Auf dem Titlis liegt auf 3020 Metern über Meer derzeit noch gut ein Meter Schnee. Eine Berg- und \
Talfahrt kostet für Erwachsene 96 Franken.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline adding up Shoigu's two figures of the lead (Tuesday to publication): to be "
          "sent to Kursk"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'Am Dienstag verkündete … dort': will send deminers (a new contingent, no "
          "increment)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: construction battalion members"),
        C("gegen 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Nach südkoreanischen Schätzungen' after a ministry spokesman's Wednesday statement, "
          "no date of its own ('gegen' = approx): sent"),
        C("Rund 4700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS named at the end of the sentence, 'Ende April' (days 21-30): killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same sentence, 'darunter … Tote' (a breakdown): dead"),
        C("Tausende", None, "vague", "planned", "ukraine", "wed",
          "Zelensky 'am Mittwochabend' in «…» 'zusätzliche Kämpfer' (increment): could reach Kursk",
          add=True),
        C("Sechstausend", 6000, "exact", "planned", "russia", "tue..pub",
          "ETH researcher's quote restating Shoigu's total as a number word (anaphoric "
          "restatement)", opt=True),
        C("rund 11'000", 11000, "approx", "in_russia", "other", "pub",
          "ETH researcher, 'Nach Gislers Einschätzung' (no date): in Russia"),
    ),
)

R05 = Source(
    article_id="r68_05_ruderclub_backbord_foerde",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-05-14"),
    dated_by="dateline",
    features="rowing club magazine as plain text, UTF-8 with BOM, dated by the line 'Kiel, 14. "
        "Mai 2025' under the masthead (Wednesday); guest rowers from Kharkiv and their coach; "
        "KCNA's and Gerasimov's admissions without a figure; the NIS figures 'Am 30. April hieß "
        "es dort' (a date given once) with 'zusammen' (dead `etwa 600`, total `rund 4.700`) and "
        "`3.000` 'zusätzliche … als Ersatz' (increment, planned); the State Department 'am selben "
        "Tag' (the carried date); the coach citing Ukraine's military intelligence (X citing Y, "
        "`pub`); Zelensky 'am Wochenende' „Tausende“; the magazine's own framing 'Fast 15.000 "
        "junge Männer' (optional, unattributed); boat classes (Achter, Vierer), members, "
        "distances, ages, euros, Kieler Woche dates, phone number",
    text="""\
BACKBORD
Mitteilungsblatt des Kieler Ruder-Clubs von 1862 e. V. · Heft 2/2025
Kiel, 14. Mai 2025

Training an der Förde, Gedanken an Kursk

Seit drei Wochen sind acht Ruderinnen und Ruderer aus Charkiw unsere Gäste. Ihr Trainer Mykola \
Sirenko erzählt, warum im Bootshaus so oft über Nordkorea gesprochen wird.

Von Hauke Brodersen

Wer morgens um sechs am Steg steht, hört seit Ende April auch Ukrainisch. Die Gäste aus Charkiw, \
zwischen 19 und 27 Jahre alt, rudern bei uns im Achter und in zwei Vierern, meist die 4,5 \
Kilometer bis zur Schwentinemündung und zurück. Zu Hause ist an Training auf dem Fluss kaum zu \
denken, der Bootshafen ihres Vereins wurde im Herbst von einer Gleitbombe getroffen.

Beim Frühstück nach dem Training laufen auf den Handys die Nachrichten. Ende April hat Nordkorea \
zum ersten Mal zugegeben, Soldaten nach Russland geschickt zu haben, wenige Tage nachdem \
Russlands Generalstabschef Waleri Gerassimow ihnen öffentlich gedankt hatte. Zahlen nannten weder \
Moskau noch Pjöngjang.

Die kamen aus Seoul. Nach einer Unterrichtung durch den südkoreanischen Geheimdienst berichteten \
Abgeordnete von hohen Verlusten. Am 30. April hieß es dort, [[etwa 600]] nordkoreanische Soldaten \
seien gefallen, Tote und Verwundete zusammen seien es [[rund 4.700]]. Der Dienst halte es zudem \
für möglich, dass Pjöngjang [[3.000]] zusätzliche Soldaten als Ersatz schickt. Das \
US-Außenministerium bezifferte am selben Tag die Zahl der bisher entsandten Nordkoreaner auf \
[[mehr als 14.000]].

Sirenko, 44, hat diese Zahlen im Kopf. Er verweist auf den ukrainischen Militärgeheimdienst, nach \
dessen Zählung [[mehr als 2.000]] Nordkoreaner getötet worden seien. "Mein Cousin war im Winter \
bei Sudscha. Er sagt, sie kamen in Wellen, ohne Deckung, und wurden nicht weniger." Präsident \
Selenskyj hatte am Wochenende erklärt, im Grenzgebiet stünden weiterhin „[[Tausende]]“ \
nordkoreanische Soldaten.

[[Fast 15.000]] junge Männer hat Kim inzwischen an Putin ausgeliehen, viele nicht älter als \
unsere Junioren. Für Sirenko ist das kein Grund zur Angst, eher zum Trotz: "Wir rudern weiter. \
Das können sie uns nicht nehmen."

Unsere Gäste bleiben bis nach der Kieler Woche (20. bis 28. Juni). Die Spendenaktion des \
Vorstands hat bislang 2.350 Euro für Unterkunft und Verpflegung erbracht; der Club mit seinen 312 \
Mitgliedern dankt allen, die gegeben haben. Wer Zimmer oder Fahrräder anbieten kann, meldet sich \
bitte im Bootshaus: 0431 555 1862.
""",
    claims=(
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "lawmakers briefed by the NIS, 'Am 30. April hieß es dort', Konjunktiv: fallen"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same sentence: dead and wounded together"),
        C("3.000", 3000, "exact", "planned", "south_korea", "2025-04-30",
          "the service 'halte es für möglich' (the date carried): 'zusätzliche … als Ersatz' "
          "(increment)", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "2025-04-30",
          "State Department 'am selben Tag' (30 April): sent so far"),
        C("mehr als 2.000", 2000, "at_least", "casualties", "ukraine", "pub",
          "the coach citing Ukraine's military intelligence (X citing Y, no date): killed"),
        C("Tausende", None, "vague", "near_front", "ukraine", "sat..sun",
          "Zelensky 'am Wochenende' in „…“: still in the border region"),
        C("Fast 15.000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the magazine's own framing without a source (reporter framing: optional)", opt=True),
    ),
)

R06 = Source(
    article_id="r68_06_erlangen_campus_ringvorlesung_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "campus ER – Studierendenzeitung Erlangen",
        "https://www.campus-er.example/welt/kursk-im-hoersaal",
        "Kursk im Hörsaal: Was koreanische Studierende über Kims Krieg denken",
    ),
    features="Erlangen student paper in HTML, UTF-8 with BOM, no meta date (sidecar, Wednesday), "
        "a counting-pixel script, a cookie question in student slang, a 'Mensaplan' link; "
        "`<title>` without a figure; headline '2000 Tote' from the NIS figure the body dates "
        "'Mitte September' (days 11-20 to publication); NIS carried by Konjunktiv to the total "
        "and 'zusätzlich … bis zu 6000 Pioniere' (planned increment); a Korean studies lecturer "
        "'wie sie am Montagabend sagte' at the end of the sentence (other, a range); state TV 'im "
        "August' `mehr als 100` fallen (north_korea); the October parade's Kursk veterans "
        "(returnees: optional); the paper's own sum 'kommt unsere Redaktion auf knapp 16.000' "
        "(unattributed, required); exchange students, military service months, lecture hall, "
        "ages, semester fee, room number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kursk im Hörsaal: Was koreanische Studierende über Kims Krieg denken – campus ER</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/ce-2025.css?v=41">
<script src="/assets/zaehlpixel.js" data-site="campus-er" data-id="2519"></script>
</head>
<body>
<div id="keks">Auch eine Studizeitung zählt gern mit: Dürfen wir schauen, wie oft ihr diesen Text \
aufruft? <button>Zählt ruhig</button> <button>Lasst das mal</button></div>
<header><a href="/">campus ER</a> <a href="/hopo">HoPo</a> <a href="/stadt">Stadt</a> <a \
href="/welt">Welt</a> <a href="/mensa">Mensaplan</a> <a href="/mitmachen">Schreib \
mit!</a></header>
<main>
<h1>[[2000]] Tote, und Kim schickt weiter</h1>
<p class="teaser">In der Ringvorlesung &bdquo;Korea heute&ldquo; ging es um Nordkoreas Soldaten \
in Russland. Zwei Austauschstudierende aus Seoul erzählen, wie sie den Krieg aus der Ferne \
verfolgen.</p>
<p class="autor">Text: Lea Hofmann &middot; Foto: Jonas Ertl</p>
<p>Der Hörsaal H11 im Südgelände ist an diesem Abend voller als sonst. Unter den gut 120 \
Zuhörenden sitzen auch Min-seo Park, 23, und Do-yun Lee, 24, die seit dem Sommersemester an der \
FAU Maschinenbau studieren. &bdquo;Bei uns zu Hause redet man über Nordkorea wie über das \
Wetter&ldquo;, sagt Park. &bdquo;Aber dass Nordkoreaner in Europa sterben, hat selbst meine \
Eltern erschreckt.&ldquo;</p>
<p>Ausgangspunkt der Vorlesung waren Zahlen aus Seoul. Der südkoreanische Geheimdienst NIS hatte \
Mitte September vor Abgeordneten erklärt, [[rund 2000]] Männer aus Nordkorea hätten ihren Einsatz \
für Russland mit dem Leben bezahlt. Insgesamt habe Pjöngjang [[etwa 15.000]] Mann nach Russland \
geschickt; zusätzlich plane das Regime, [[bis zu 6000]] Pioniere in die Region Kursk zu \
verlegen.</p>
<p>Die Referentin, die Koreanistin Hye-jin Seo, hält diese Angaben für eher vorsichtig. Nach \
ihrer Einschätzung sind derzeit noch [[8.000 bis 10.000]] Nordkoreaner in Russland stationiert, \
&bdquo;die meisten weit weg von der Front, beim Bau und bei der Minenräumung&ldquo;, wie sie am \
Montagabend sagte.</p>
<h2>Geehrt, aber nicht gezählt</h2>
<p>Nordkorea selbst hat seine Verluste nie beziffert. Im Staatsfernsehen waren im August \
allerdings Fotos von [[mehr als 100]] gefallenen Soldaten zu sehen, deren Familien Kim Jong Un \
persönlich empfing. Bei der großen Militärparade am 10. Oktober marschierten in Pjöngjang auch \
[[Hunderte]] Veteranen der Kämpfe um Kursk mit, wie Bilder des Staatsfernsehens zeigten.</p>
<p>Rechnet man die Kampftruppen und die inzwischen eingetroffenen Pioniere zusammen, kommt unsere \
Redaktion auf [[knapp 16.000]] Nordkoreaner in Uniform, die seit Herbst 2024 nach Russland \
gebracht wurden.</p>
<p>Lee hat in Südkorea schon seinen Wehrdienst geleistet, 18 Monate bei der Armee an der Grenze. \
&bdquo;Wir haben immer geübt, gegen den Norden zu kämpfen. Jetzt lernt der Norden das Kämpfen in \
Russland. Das macht mir mehr Sorgen als alles andere.&ldquo;</p>
<p class="info">Die Ringvorlesung &bdquo;Korea heute&ldquo; läuft bis Februar jeden Montag um \
18.15 Uhr in H11. Der Eintritt ist frei, Gasthörende zahlen keinen Semesterbeitrag.</p>
</main>
<footer>campus ER &middot; Redaktion im Raum 0.031, Kochstraße &middot; erscheint seit 1998 \
&middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-11..pub",
          "headline: the NIS figure of the body ('Mitte September' to publication): dead"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-11..2025-09-20",
          "NIS 'Mitte September' (days 11-20) before lawmakers: killed"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-11..2025-09-20",
          "same, Konjunktiv 'Insgesamt habe … geschickt': sent in total"),
        C("bis zu 6000", 6000, "at_most", "planned", "south_korea", "2025-09-11..2025-09-20",
          "same, 'zusätzlich plane' (increment): engineers to be moved to Kursk", add=True),
        C("8.000 bis 10.000", None, "range", "in_russia", "other", "mon",
          "Korean studies lecturer, 'wie sie am Montagabend sagte' at the end of the sentence: "
          "stationed in Russia"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state TV 'im August': photos of fallen soldiers"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "returnees marching at the parade 'am 10. Oktober' shown by state TV", opt=True),
        C("knapp 16.000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the paper's own sum 'kommt unsere Redaktion auf' (an outlet's own reckoning: required)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Bulgaria, Lord Howe Island, Zanzibar)
# ---------------------------------------------------------------------------------------------

R07 = Source(
    article_id="r68_07_gladstone_harbour_first_dead",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-20"),
    dated_by="dateline", crlf=True,
    features="Gladstone (Queensland) daily as plain text, windows-1252 with CRLF (typographic "
        "quotes and dashes raw), dated by the dateline 'GLADSTONE, Friday 20 December 2024 –'; "
        "headline 'Seoul says at least 100' from the lawmakers' Thursday figure (Thursday to "
        "publication); 'close to 1,000 more have been wounded' beside the dead (the others of the "
        "same count, not an increment); an anonymous senior US military official 'on Monday' „the "
        "low hundreds“; HUR 'said on Wednesday' over the weekend; Rutte 'last week'; Australia's "
        "defence minister on ABC radio (a third government: other) `something like 11,000`; LNG "
        "cargoes, jobs, tonnes, Russian losses in a day, ages, years, dollars",
    text="""\
THE GLADSTONE HARBOUR TIMES
World | Friday 20 December 2024

Seoul says [[at least 100]] North Korean soldiers have died in Kursk

Curtis Island's biggest customers are watching as Pyongyang's troops suffer their first losses in \
Russia's war

By Callum Reddy

GLADSTONE, Friday 20 December 2024 – North Korea has lost [[at least 100]] soldiers in the \
fighting in Russia's Kursk region, and [[close to 1,000]] more have been wounded, members of \
South Korea's parliament reported on Thursday, after being briefed behind closed doors by their \
country's National Intelligence Service.

Lee Seong-kweun, one of the legislators on the intelligence panel, said the agency blamed the \
heavy toll on open terrain the North Koreans did not know and on their lack of experience with \
drones. The soldiers were being used, he said, "as little more than assault infantry".

The first official word of deaths had come from Washington. A senior US military official, \
speaking on condition of anonymity on Monday, said North Korean casualties were "in the low \
[[hundreds]]" after the troops joined Russian assaults for the first time.

Ukraine's military intelligence said on Wednesday that [[about 200]] North Koreans had been \
killed or wounded over the weekend alone, in attacks on Ukrainian positions near the village of \
Kurilovka. The claim could not be checked.

NATO's secretary-general, Mark Rutte, told a news conference in Brussels last week that \
Pyongyang's contingent in Russia now numbered [[more than 10,000]] and that "a significant \
number" of them had gone into battle.

Australia's Deputy Prime Minister and Defence Minister, Richard Marles, told ABC radio on \
Wednesday there were "[[something like 11,000]]" North Korean soldiers in Kursk, calling their \
deployment "a deeply worrying step for our region".

WHY IT MATTERS HERE

South Korea is one of the largest buyers of the liquefied natural gas that leaves Gladstone. The \
port loaded 262 LNG cargoes in the last financial year, about a fifth of them bound for Korean \
terminals.

"Anything that rattles the Korean peninsula rattles Curtis Island," said Denise Armitage, \
president of the Harbour City Chamber of Commerce. She estimated that some 1,900 local jobs \
depend on the three export plants.

Ji-woo Han, 41, a process engineer from Busan who has lived in Tannum Sands since 2016, said \
friends at home were more worried about the North's new battlefield experience than about any gas \
contracts. "They learn in Russia, and then they come home," he said.

Russia's own losses are far larger. Ukraine's general staff said Russian forces lost 1,870 \
soldiers on Wednesday alone, one of the highest daily figures of the war.
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul says': the lawmakers' Thursday figure of the lead (Thursday to "
          "publication): died"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmakers briefed by the NIS 'reported on Thursday' (at the end of the sentence): lost"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'more have been wounded' beside the dead (the others of the same count, "
          "not an increment)"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "anonymous senior US military official 'on Monday', in quotes 'the low …': casualties"),
        C("about 200", 200, "approx", "casualties", "ukraine", "wed",
          "HUR 'said on Wednesday': killed or wounded over the weekend (the event)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'last week' in Brussels: the contingent in Russia"),
        C("something like 11,000", 11000, "approx", "near_front", "other", "wed",
          "Australia's defence minister on ABC radio 'on Wednesday' (a third government: other): "
          "in Kursk"),
    ),
)

R08 = Source(
    article_id="r68_08_vatersay_causeway_admission_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-04-30"),
    dated_by="front_matter",
    features="Vatersay community page in Markdown, UTF-8, front matter with `date:` (Wednesday) "
        "and a title without a figure; KCNA 'on Monday' and Gerasimov 'On Saturday' without a "
        "figure; a bold deck 'Lawmakers in Seoul say 4,700' (the publication day); lawmakers "
        "after a session with the spy service 'on Wednesday' (the publication day) `around "
        "4,700`, `roughly 600` 'of them dead' (a breakdown) and `some 15,000` carried by 'The "
        "briefing put'; the UK defence ministry 'reckoned on Tuesday' (other) `up to 12,000`; "
        "Kyiv's general staff 'in March' `4,000 or more`; a retired sailor restating the total as "
        "'Fifteen thousand' (optional); the 1853 shipwreck and its dead, population, causeway "
        "year, ferry times, pounds",
    text="""\
---
title: "From the edge of the Atlantic: Pyongyang owns up to its war in Kursk"
date: 2025-04-30
author: Morag MacNeil
category: World
---

# Pyongyang owns up to its war in Kursk

**Lawmakers in Seoul say [[4,700]] of its soldiers have been killed or wounded. A Vatersay man \
who once served off the Korean coast has been following the story closely.**

For months the official line in Pyongyang was silence. That changed on Monday, when the KCNA news \
agency published a statement from the party's military commission: troops had been dispatched at \
Kim Jong Un's command and had helped "liberate" Kursk. Not a single figure was included.

Moscow had gone first. On Saturday the head of Russia's general staff, Valery Gerasimov, publicly \
praised the North Koreans, the Kremlin's first acknowledgement that they existed. He offered no \
count either.

The numbers came from Seoul instead. Members of the national assembly's intelligence committee \
said after a session with the spy service on Wednesday that [[around 4,700]] North Korean \
soldiers had been killed or wounded, [[roughly 600]] of them dead. The briefing put the number \
sent since last October at [[some 15,000]], and said Pyongyang was also shipping shells and \
missiles.

The UK's defence ministry reckoned on Tuesday, in one of its regular intelligence notes, that \
[[up to 12,000]] North Koreans were probably still deployed in and around Kursk. Kyiv, which \
disputes Moscow's claim to have retaken the whole region, had put North Korean losses at [[4,000 \
or more]] in March.

## "The whole of the Western Isles over again"

John Alick MacLean, 71, spent nine years in the Royal Navy and sailed the Yellow Sea in the \
1970s. He reads the news on a tablet in his kitchen above Vatersay Bay. "[[Fifteen thousand]] \
lads," he said. "That's more than half the people in the Western Isles, sent off to die in \
somebody else's fight."

He knows what loss looks like on a small island. In 1853 the emigrant ship Annie Jane broke up on \
the west beach, and more than 350 people drowned; a granite memorial still stands above the \
machair. Vatersay itself has about 90 residents and has been joined to Barra by the causeway \
since 1991.

The CalMac sailing from Oban to Castlebay runs daily through the summer timetable, taking just \
under five hours. Return fares for a car and driver start at £96.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "bold deck 'Lawmakers in Seoul say': the figure of the body (Wednesday, the publication "
          "day)"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "intelligence committee members after a session with the spy service 'on Wednesday' "
          "(the publication day): killed or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'of them dead' (a breakdown)"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'The briefing put the number sent … at' (the same session)"),
        C("up to 12,000", 12000, "at_most", "near_front", "other", "tue",
          "UK defence ministry 'reckoned on Tuesday' (a third government: other): still deployed "
          "around Kursk"),
        C("4,000 or more", 4000, "at_least", "casualties", "ukraine", "2025-03-01..2025-03-31",
          "Kyiv 'had put … at … in March' (the month): losses"),
        C("Fifteen thousand", 15000, "exact", "in_russia", "south_korea", "wed",
          "a retired sailor restating the briefing's total in a quote (anaphoric restatement)",
          opt=True),
    ),
)

R09 = Source(
    article_id="r68_09_chattanooga_korean_suppliers_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-12"),
    dated_by="html_meta",
    features="Chattanooga paper in HTML (`article:published_time` with -04:00, a metered-paywall "
        "script, a cookie bar offering 'All the cookies' or 'Just the crumbs', a UTC sports link, "
        "an e-edition link); `<title>` without a figure; headline 'Seoul:' `2,000` from the "
        "lawmaker's Wednesday figure (Wednesday to publication); 'a lawmaker … said Wednesday' at "
        "the end of the lead; 'according to lawmaker …' at the end of the next sentence: `roughly "
        "6,000` engineers 'on top of the 11,000' (increment and the earlier count); state "
        "television 'last month' `dozens` of coffins (north_korea); a State Department "
        "spokesperson 'said Thursday' in quotes; HUR 'in August' `up to 30,000 more` (increment); "
        "a UTC political scientist (other, `pub`) `between 3,000 and 4,000`; residents of Korean "
        "descent, plant workers, church members, dollars, interstate exit, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Far from Kursk, Chattanooga's Korean families count the cost | Riverbend Courier</title>
<meta property="article:published_time" content="2025-09-12T05:30:00-04:00">
<meta property="og:type" content="article">
<meta name="parsely-section" content="local-news">
<script>window.rbcMeter={free:5,used:2,zip:"37402"};</script>
</head>
<body>
<div class="consent-bar">Cookies keep the lights on around here. Pick your portion: <button>All \
the cookies</button> <button>Just the crumbs</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/business">Business</a> | <a \
href="/mocs">UTC Mocs</a> | <a href="/outdoors">Outdoors</a> | <a href="/obits">Obituaries</a> | \
<a href="/eedition">E-Edition</a></nav>
<article>
<h1>Seoul: Kim has lost [[2,000]] soldiers in Russia&#8217;s war</h1>
<p class="dek">In Chattanooga, where Korean parts makers have brought hundreds of families to the \
Tennessee Valley, the news from a distant war lands close to home.</p>
<p class="byline">By Dana Whitfield | Staff Writer</p>
<p>Pyongyang has now lost [[about 2,000]] soldiers in Russia&#8217;s war on Ukraine, in the \
estimate of South Korea&#8217;s spy agency, a lawmaker on Seoul&#8217;s intelligence committee \
said Wednesday after a closed-door session.</p>
<p>The National Intelligence Service also thinks Pyongyang has moved [[roughly 6,000]] military \
engineers and construction troops into Russia&#8217;s Kursk region since June, on top of the \
[[11,000]] combat troops it dispatched last fall, according to lawmaker Park Sun-won, who spoke \
to reporters after the session.</p>
<p>North Korea has never published a casualty count. But at a ceremony in Pyongyang last month, \
state television showed Kim Jong Un laying flags over the coffins of [[dozens]] of soldiers who \
had died in Russia.</p>
<p>A State Department spokesperson, asked about the South Korean figures, said Thursday that the \
U.S. assessed that &#8220;[[more than 10,000]] North Korean troops remain in Russia&#8221; and \
that Washington was &#8220;deeply concerned&#8221; about what Pyongyang was getting in return. \
Ukraine&#8217;s military intelligence agency warned in August that the North could send [[up to \
30,000]] more.</p>
<h2>&#8216;We pray for both sides&#8217;</h2>
<p>About 2,300 Hamilton County residents are of Korean descent, according to census estimates, \
many of them tied to the parts plants that supply the automakers along Interstate 75. One \
seat-frame maker in Ooltewah employs 640 people after a $210 million expansion.</p>
<p>At Chattanooga Korean United Methodist Church, which has about 180 members, the Rev. Daniel \
Shin said the congregation prays on Sundays &#8220;for the young men on both sides of that \
border.&#8221; Many of his parishioners did their military service in the South, he said. \
&#8220;They know what it is to be twenty and to be told where to stand.&#8221;</p>
<p>Michael Torres, who teaches East Asian politics at the University of Tennessee at Chattanooga, \
thinks the real death toll is probably &#8220;[[between 3,000 and 4,000]],&#8221; because Seoul \
counts only what it can confirm. &#8220;Pyongyang will never tell us, and Moscow has no reason \
to,&#8221; he said.</p>
</article>
<footer>&copy; 2025 Riverbend Courier &middot; 400 E. 11th St., Chattanooga, TN &middot; \
Newsroom: 423-555-0142 &middot; <a href="/terms">Terms</a></footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the lawmaker's Wednesday figure of the lead (Wednesday to "
          "publication): died"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "wed",
          "NIS via a lawmaker who 'said Wednesday' at the end of the sentence (X citing Y): died"),
        C("roughly 6,000", 6000, "approx", "near_front", "south_korea", "wed",
          "'according to lawmaker …' at the end: moved into the Kursk region 'on top of' the "
          "earlier troops (increment)", add=True),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "wed",
          "same sentence: the combat troops dispatched last fall (the earlier count, not an "
          "increment)"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state TV 'last month' (August): coffins of soldiers who died in Russia"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "thu",
          "State Department spokesperson 'said Thursday', in quotes: remain in Russia"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'warned in August' could send … 'more' (increment, span without the word)",
          add=True),
        C("between 3,000 and 4,000", None, "range", "casualties", "other", "pub",
          "UTC political scientist 'thinks' (no date): the real death toll"),
    ),
)

R10 = Source(
    article_id="r68_10_sofia_ledger_nato_briefing_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-10-30"),
    dated_by="sidecar",
    sidecar=(
        "The Sofia Ledger",
        "https://www.sofialedger.example/world/nato-north-korea-15000-troops-russia-20251030",
        "NATO says North Korea has now sent 15,000 troops to Russia",
    ),
    features="Bulgarian English-language outlet in HTML, ISO-8859-1 with quotes and dashes only "
        "as entities, no meta date (sidecar, Thursday), a privacy notice asking 'how much you "
        "mind', a euro-switch section link; headline 'NATO says' `15,000` from the officials' "
        "Tuesday briefing (Tuesday to publication); 'NATO officials said on Tuesday' at the end "
        "of the lead (`around 15,000`, `about 10,000 of them` still deployed: a breakdown); Rutte "
        "'In June' „tens of thousands“ more (vague increment); the JCS 'on Monday' `several "
        "thousand` fresh soldiers to rotate in (replacements: increment, planned); Russia's "
        "ambassador in Pyongyang to Izvestia 'on Wednesday' (russia, planned); Bulgaria's defence "
        "minister on television 'on Sunday' (a third government: other) „up to 20,000“; HUR "
        "'says' (present, `pub`) `more than 2,500` dead; the battlegroup at Novo Selo, shell "
        "production, per cent of GDP, the euro date, alliance members",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>NATO briefing: North Korea&rsquo;s part in Russia&rsquo;s war keeps growing &ndash; The \
Sofia Ledger</title>
<meta name="description" content="Alliance officials see no sign that Pyongyang is scaling back.">
<meta property="og:site_name" content="The Sofia Ledger">
<script>var sl_ads={zone:"world",slots:["leader","mpu"],lang:"en"};</script>
</head>
<body>
<div class="gdpr">Like nearly every site, we keep small files on your device. Tell us how much \
you mind: <button>Not at all</button> <button>Quite a lot</button></div>
<nav><a href="/">Front page</a> / <a href="/bulgaria">Bulgaria</a> / <a \
href="/balkans">Balkans</a> / <a href="/black-sea">Black Sea</a> / <a href="/euro-switch">Euro \
switch</a> / <a href="/property">Property</a></nav>
<article>
<h1>NATO says North Korea has now sent [[15,000]] troops to Russia</h1>
<p class="lead">Alliance officials see no sign that Pyongyang is scaling back &ndash; and \
Bulgaria&rsquo;s defence minister warns that the true figure may be higher.</p>
<p>North Korea has sent [[around 15,000]] soldiers to Russia since the autumn of 2024, and \
[[about 10,000]] of them are still deployed in the Kursk and Belgorod border regions, NATO \
officials said on Tuesday at a background briefing in Brussels attended by The Sofia Ledger.</p>
<p>The officials, who asked not to be named, said the alliance had seen no evidence of North \
Korean units fighting on Ukrainian soil. In June, Secretary-General Mark Rutte had warned that \
Kim Jong Un stood ready to give Russia &ldquo;[[tens of thousands]]&rdquo; more men if the \
Kremlin asked for them.</p>
<p>In Seoul, the Joint Chiefs of Staff said on Monday that the North appeared to be preparing to \
rotate [[several thousand]] fresh soldiers into Russia to replace men who had served there for a \
year. Moscow, for its part, is counting on labour as well as firepower: Russia&rsquo;s ambassador \
in Pyongyang, Alexander Matsegora, told the newspaper Izvestia on Wednesday that [[about 5,000]] \
construction workers from the North would arrive in Kursk &ldquo;before the first snow&rdquo;.</p>
<p>Ukraine&rsquo;s military intelligence agency says [[more than 2,500]] North Koreans have died \
in the war, a figure Pyongyang has never addressed.</p>
<h2>&ldquo;We should not be naive&rdquo;</h2>
<p>Bulgaria&rsquo;s Defence Minister Atanas Zapryanov told bTV on Sunday that Sofia&rsquo;s \
partners had reports of &ldquo;[[up to 20,000]]&rdquo; North Koreans passing through Russian \
training grounds. &ldquo;We should not be naive about what Pyongyang learns there,&rdquo; he \
said.</p>
<p>Bulgaria hosts a NATO multinational battlegroup of roughly 1,000 troops at Novo Selo and has \
become one of Europe&rsquo;s busiest producers of 155mm artillery shells. The government has \
pledged to raise defence spending above 2% of GDP next year, when the country also adopts the \
euro on 1 January. The alliance has 32 members.</p>
</article>
<footer>&copy; 2025 The Sofia Ledger &middot; Sofia 1000 &middot; <a href="/contact">Contact the \
newsroom</a></footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "nato", "tue..pub",
          "headline 'NATO says': the officials' Tuesday figure of the lead (Tuesday to "
          "publication): sent"),
        C("around 15,000", 15000, "approx", "in_russia", "nato", "tue",
          "'NATO officials said on Tuesday' at the end of the sentence: sent since autumn 2024"),
        C("about 10,000", 10000, "approx", "near_front", "nato", "tue",
          "same sentence, 'of them' (a breakdown): still deployed in the border regions"),
        C("tens of thousands", None, "vague", "planned", "nato", "2025-06-01..2025-06-30",
          "Rutte 'In June … had warned', in quotes, '… more men' (increment)", add=True),
        C("several thousand", None, "vague", "planned", "south_korea", "mon",
          "JCS 'said on Monday': fresh soldiers to rotate in as replacements (increment)",
          add=True),
        C("about 5,000", 5000, "approx", "planned", "russia", "wed",
          "Russia's ambassador in Pyongyang to Izvestia 'on Wednesday' (a Russian state "
          "official): construction workers to arrive in Kursk"),
        C("more than 2,500", 2500, "at_least", "casualties", "ukraine", "pub",
          "HUR 'says' (present, no date): died"),
        C("up to 20,000", 20000, "at_most", "in_russia", "other", "sun",
          "Bulgaria's defence minister on bTV 'on Sunday' (a third government: other), in quotes: "
          "passing through Russian training grounds"),
    ),
)

R11 = Source(
    article_id="r68_11_lord_howe_signal_winter_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=("The Signal (Lord Howe Island)", "", "Kim's long winter in Kursk"),
    features="Lord Howe Island community page in Markdown, UTF-16 LE with BOM, front matter "
        "without a date (sidecar without url, Thursday), a title without a figure; the lead's "
        "`about 10,000` with the claimant in the next sentence ('That is the estimate of … which "
        "briefed parliamentarians … in early November': days 1-10); 'The agency also thinks' "
        "`5,000` (the carried claimant and date); the US deputy envoy at a Security Council "
        "meeting 'in October'; HUR 'on Monday' 'had passed 2,300' (verb outside the span: "
        "at_least); the page's own sum 'Add up every batch … and you arrive at' (unattributed, "
        "required); a retired army major 'told The Signal' (other, `pub`) „at most 3,000“; "
        "population, tourist beds, flight time, altitude, woodhens, dollars",
    text="""\
---
title: "Notes from the Island: Kim's long winter in Kursk"
section: The wider world
author: Geoff Thompson
---

# Kim's long winter in Kursk

*Our monthly look past the reef. This time: the North Korean soldiers who are still in Russia, \
more than a year after the first trains rolled west.*

Winter comes early to western Russia, and [[about 10,000]] North Korean soldiers will spend \
another one there. That is the estimate of South Korea's National Intelligence Service, which \
briefed parliamentarians in Seoul in early November; they came out saying most of those troops \
were posted along Russia's border with Ukraine.

The agency also thinks [[5,000]] construction troops have been spread across Russia since the \
summer, mending railways and bridges, and that Pyongyang is training replacements for them at \
home.

Washington's count of the men sent is higher. At a Security Council meeting in October, the \
deputy US ambassador to the United Nations, Dorothy Shea, said [[more than 14,000]] had been \
dispatched since the autumn of 2024.

The dead are harder to count. Ukraine's military intelligence service said on Monday that the \
number of North Koreans killed in the war had passed [[2,300]]. Pyongyang has held funerals and \
built a memorial, but has never published a figure.

Add up every batch Seoul has reported since the first landings at Vladivostok and you arrive at \
[[roughly 16,000]] men, a number that would fill this island forty times over.

Ian Wilson, a retired army major who ran the island museum for a decade, doubts that many of them \
are still fighting. "I'd say [[at most 3,000]] are anywhere near a trench," he told The Signal. \
"The rest are shovelling, or guarding, or waiting to go home."

## Meanwhile, on the island

Our permanent population is about 380, and tourist beds remain capped at 400. The flight from \
Sydney takes just under two hours; from Port Macquarie it is a little over ninety minutes. Mount \
Gower rises 875 metres straight out of the lagoon, and rangers counted more than 250 woodhens in \
the spring survey. The Board's new waste levy adds $12 to each visitor's stay from 1 December.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS estimate named in the next sentence ('which briefed parliamentarians … in "
          "early November': days 1-10): along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "'The agency also thinks' (claimant and date carried): construction troops spread "
          "across Russia"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "the deputy US ambassador at the Security Council 'in October': dispatched"),
        C("2,300", 2300, "at_least", "casualties", "ukraine", "mon",
          "HUR 'said on Monday' … 'had passed 2,300' (verb outside the span: at_least): killed"),
        C("roughly 16,000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the page's own sum 'Add up every batch … and you arrive at' (an outlet's own "
          "reckoning: required)"),
        C("at most 3,000", 3000, "at_most", "near_front", "other", "pub",
          "retired army major 'he told The Signal' (no date), in quotes: anywhere near a trench"),
    ),
)

R12 = Source(
    article_id="r68_12_zanzibar_stone_town_brief",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-13"),
    dated_by="sidecar",
    sidecar=(
        "Stone Town Business Brief",
        "https://www.stonetownbrief.example/issues/211",
        "Stone Town Business Brief, issue 211: cloves, ferries and the wider world",
    ),
    features="Zanzibar business newsletter as plain text, UTF-8 (sidecar, Thursday), with clove, "
        "ferry and tourism items around a world item; the item's headline 'Kim sends 3,000 more' "
        "(increment) from the JCS's Tuesday statement (Tuesday to publication); 'another 3,000 or "
        "so' (hedge after the number, increment) from the JCS 'said on Tuesday' at the end of the "
        "sentence; 'The JCS put … at roughly 4,000'; Syrskyi 'last week' „several thousand“; "
        "Washington 'which counted … in January' (the month); a Zanzibar lecturer 'said' (other, "
        "`pub`) „between 10,000 and 20,000 more“ (range increment); clove prices in shillings, "
        "tonnes, tourist arrivals, per cent, ferry times, phone number",
    text="""\
STONE TOWN BUSINESS BRIEF
Weekly notes for traders, shippers and hoteliers | Issue 211

In this issue: clove auction results, ferry timetable changes, and the wider world

CLOVES
The Zanzibar State Trading Corporation paid growers TSh 18,000 a kilogram for grade one cloves at \
this week's auction in Pemba, unchanged from February. The corporation says it has bought 4,200 \
tonnes so far this season.

FERRIES
From Monday the early fast ferry to Dar es Salaam leaves at 06:30 instead of 07:00. The crossing \
still takes about two hours.

TOURISM
Arrivals for 2024 rose 9 per cent to 736,755, the statistics office reported. Italy, Germany and \
Poland remained the biggest markets.

THE WIDER WORLD
Kim sends [[3,000]] more soldiers to Russia, Seoul says

Since January Pyongyang has quietly shipped another [[3,000 or so]] soldiers to Russia, South \
Korea's Joint Chiefs of Staff said on Tuesday, and its troops are back at the front in Kursk \
after weeks away from the fighting. The JCS put North Korean casualties so far at [[roughly \
4,000]], dead and wounded together.

Ukraine's army chief, Oleksandr Syrskyi, said last week that North Korean units were back in \
assaults around the town of Sudzha and estimated their strength there at "[[several thousand]]". \
Washington, which counted [[over 11,000]] North Korean soldiers in Russia in January, has not \
published a newer estimate.

Why should Zanzibar care? Dr Salma Mzee, who lectures on international relations at the State \
University of Zanzibar, said Pyongyang could supply "[[between 10,000 and 20,000]] more, as long \
as Moscow keeps paying", and that the money ends up funding missiles that raise insurance costs \
on shipping routes far from Korea. "Every war premium lands on our import bills in the end," she \
said.

Questions or news for the Brief: +255 24 555 0199.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "tue..pub",
          "item headline 'Seoul says' … 'more soldiers' (increment): the JCS's Tuesday figure to "
          "publication", add=True),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "tue",
          "JCS 'said on Tuesday' at the end of the sentence: 'another … or so' (increment; hedge "
          "after the number)", add=True),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "'The JCS put … at' (the same statement): dead and wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Syrskyi 'said last week', in quotes: in assaults around Sudzha"),
        C("over 11,000", 11000, "at_least", "in_russia", "united_states", "2025-01-01..2025-01-31",
          "Washington 'which counted … in January' (the month): in Russia"),
        C("between 10,000 and 20,000", None, "range", "planned", "other", "pub",
          "Zanzibar lecturer 'said' (no date), in quotes: could supply '… more' (increment)",
          add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    R01, R02, R03, R04, R05, R06,
    R07, R08, R09, R10, R11, R12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
