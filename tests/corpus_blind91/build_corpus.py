"""Build the NINETY-THIRD hand-labelled corpus (the ninety-first blind set): articles, gold.

A corpus for an honest measurement on articles the extractor has never met, written blind in
session 12 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Neuwied daily on the town's
Ukraine aid convoys, a Hohenlohe radio station's web text with a former military attaché, a
Großarltal weekly on Ukrainian ski instructors (Austrian conventions), a Lungern lake paper on a
local deminer (Swiss conventions; the Sarnen/Obwalden paper was taken), a chimney builders' guild
magazine on stoves for field hospitals and a Kulmbach campus student paper (the Bayreuth student
blog was taken); a Port Macquarie daily, a Rousay ferry users' page (the Stronsay page was taken),
a Missouri Breaks paper from Jordan (Montana), a Jūrmala English-language outlet, a Mangaia island
page and a Tema harbour freight newsletter (the Lomé/Togo newsletter was taken). Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind91_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

Q01 = Source(
    article_id="b91_01_neuwied_deichpost_hilfskonvoi",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-01-16"),
    dated_by="sidecar",
    sidecar=(
        "Neuwieder Deichpost",
        "https://www.deichpost-neuwied.example/region/neuwied/ukraine-hilfe-gefangene-aus-kursk-"
        "31877",
        "Gefangene aus Kursk: Seoul zählt 300 tote Nordkoreaner",
    ),
    features="Neuwied daily on the town's Ukraine aid convoys, plain text (sidecar, Thursday); "
        "headline 'Seoul zählt 300' from the NIS briefing 'am Montag' (Monday to publication); "
        "Zelensky 'am Samstag' `zwei` captured; the association's chair 'sagt' `Tausende` "
        "(other, `pub`); NIS 'am Montag' carried to the lawmaker's 'im Anschluss' (Konjunktiv): "
        "dead, wounded and the force in Kursk; 'kurz vor Weihnachten' (a window before "
        "Christmas); Zelensky 'am Sonntagabend' „fast 4.000“; Kirby 'Ende Dezember' `mehr als "
        "1.000` in one week; convoy number, tonnes, a year of birth, refugees in the district, "
        "euros, office hours and a phone number",
    text="""\
Gefangene aus Kursk: Seoul zählt [[300]] tote Nordkoreaner

Neuwieder Ukraine-Helfer verfolgen die Nachrichten von der Front – und packen weiter

Von Sabine Reifferscheid

Neuwied. Die Nachricht kam, als die Paletten schon auf dem Lastwagen standen. Seit dem Frühjahr \
2022 sammelt der Verein „Brücke Neuwied–Winnyzja“ in einer Lagerhalle im Distelfeld Verbandszeug, \
Stromerzeuger und warme Kleidung; am Mittwochmorgen rollte der 41. Transport in Richtung \
Westukraine los, 18 Tonnen schwer. Dass ukrainische Soldaten im russischen Gebiet Kursk erstmals \
Nordkoreaner lebend gefangen genommen haben, war unter den Helfern da längst Gesprächsthema.

Präsident Wolodymyr Selenskyj hatte die Festnahme der [[zwei]] Männer am Samstag auf seinem \
Telegram-Kanal öffentlich gemacht. Beide seien verwundet, einer am Kiefer, der andere an den \
Beinen. Sie sprächen weder Russisch noch Ukrainisch und würden deshalb mit Hilfe von Dolmetschern \
aus Südkorea befragt, teilte der Inlandsgeheimdienst SBU mit. Einer der beiden soll 1999 geboren \
sein.

„Wir haben im Verein lange darüber geredet“, sagt die Vorsitzende Olena Martschenko, 52, die seit \
elf Jahren in Heddesdorf wohnt. Ihr Neffe dient in einer Drohneneinheit nahe Sumy. „Ich bin mir \
sicher, dass da drüben längst [[Tausende]] gefallen oder verletzt sind“, sagt sie. „Kim schickt \
sie einfach über die Felder.“

Seoul legt Zahlen vor

Genauere Angaben kommen aus Südkorea. Der Nachrichtendienst NIS unterrichtete am Montag den \
Geheimdienstausschuss des Parlaments. Demnach sind bislang [[etwa 300]] Soldaten aus dem Norden \
gefallen, [[2.700]] wurden verwundet. Die Truppe in Kursk, alles in allem [[rund 11.000]] Mann, \
sei auf Angriffe mit Drohnen kaum vorbereitet, berichtete der Abgeordnete Park Sun-won im \
Anschluss an die Sitzung. Als der Dienst kurz vor Weihnachten zum ersten Mal Verluste bestätigte, \
war noch von [[rund 100]] Toten die Rede gewesen.

Selenskyj selbst nennt deutlich höhere Werte. In seiner Videoansprache am Sonntagabend sprach er \
von „[[fast 4.000]]“ getöteten und verletzten Nordkoreanern. Aus Washington hatte John Kirby, \
Sprecher des Nationalen Sicherheitsrats, Ende Dezember erklärt, allein in den sieben Tagen davor \
hätten die Nordkoreaner [[mehr als 1.000]] Mann an Toten und Verletzten verloren.

Warten auf den nächsten Konvoi

Im Kreis Neuwied leben derzeit rund 2.400 Geflüchtete aus der Ukraine, viele von ihnen packen in \
der Halle mit an. Für den 42. Transport Anfang Februar fehlen dem Verein noch etwa 3.200 Euro für \
Diesel und Maut. Wer Geld oder Sachspenden geben möchte, erreicht die Helfer dienstags und \
donnerstags von 16 bis 19 Uhr unter Telefon 02631 9471-22.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the NIS briefing of the body (Monday to publication), the "
          "hedge dropped: dead"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' on Telegram: captured"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "the Neuwied association's chair 'sagt' (present tense, no date): dead or wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS briefing 'am Montag' ('Demnach'): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded (a second count, no increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "the lawmaker briefed by the NIS 'im Anschluss an die Sitzung' (Monday), Konjunktiv: "
          "the force in Kursk"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "2024-12-16..2024-12-24",
          "the NIS's first figure 'kurz vor Weihnachten': dead"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'am Sonntagabend' „…“: killed and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-20..2024-12-31",
          "Kirby (National Security Council) 'Ende Dezember': killed or wounded in one week"),
    ),
)

Q02 = Source(
    article_id="b91_02_hohenlohe_welle_attache_html",
    language="de", fmt="html", encoding="cp1252", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Hohenlohe radio station's web text in HTML, windows-1252 (`article:published_time` "
        "with +01:00, 'Mittwoch, 06.11.2024' meta line, a player script with the frequency, a "
        "consent box about biscuits, navigation with traffic and live radio, a footer with a "
        "phone number); `<title>` figure (optional); headline 'Pentagon:' from Ryder 'am "
        "Montag' (Monday to publication); 'so Ryder' after a range; the NIS via Yonhap 'am "
        "Dienstag' (south_korea); NATO's spokeswoman 'vergangene Woche … damals' „mehreren "
        "tausend“; HUR 'rechnet sogar damit' `bis zu 15.000` (`pub`); a former military "
        "attaché from Künzelsau 'hält es für wahrscheinlich' (range, other, `pub`); Russian "
        "losses a day, an army of over a million, people of Korean origin in the district, "
        "years of service, age",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Pentagon: [[10.000]] Nordkoreaner im Raum Kursk | HOHENLOHE WELLE</title>
<meta property="article:published_time" content="2024-11-06T07:40:00+01:00">
<meta property="og:site_name" content="HOHENLOHE WELLE">
<script src="/player/stream.js?v=3.2.1" async></script>
<script>var hw={studio:"Künzelsau",ukw:"89,4",werbung:false};</script>
</head>
<body>
<div class="consent">Auch ein Radiosender backt Kekse: Wir speichern Cookies für Webradio und \
Reichweitenmessung. <button>Kekse mit auf den Weg</button> <button>Ohne Krümel \
weiterlesen</button></div>
<nav><a href="/">Start</a> &middot; <a href="/nachrichten">Nachrichten</a> &middot; <a \
href="/region">Hohenlohe</a> &middot; <a href="/verkehr">Blitzer &amp; Verkehr</a> &middot; <a \
href="/live">Live hören</a></nav>
<main>
<article>
<h1>Pentagon: [[10.000]] Nordkoreaner im Raum Kursk</h1>
<p class="teaser">Die USA sehen Kims Soldaten kurz vor dem Einsatz. Ein früherer Militärattaché \
aus Künzelsau erklärt bei uns, warum ihn das nicht überrascht.</p>
<p class="meta">Mittwoch, 06.11.2024, 07:40 Uhr · Redaktion: Jonas Ebert</p>
<p>Die USA gehen davon aus, dass inzwischen [[rund 10.000]] nordkoreanische Soldaten in der \
russischen Grenzregion Kursk stehen. Pentagon-Sprecher Pat Ryder sagte am Montag in Washington, \
die Männer würden dort gemeinsam mit russischen Einheiten auf Kampfeinsätze vorbereitet. \
Landesweit zähle Washington [[11.000 bis 12.000]] Soldaten aus dem Norden Koreas, so Ryder.</p>
<p>In Seoul fällt die Einschätzung ähnlich aus. Der südkoreanische Geheimdienst NIS spricht von \
[[über 10.000]] Mann, die seit Oktober nach Russland gebracht worden seien; das meldete die \
Nachrichtenagentur Yonhap am Dienstag. Ein Teil von ihnen sei womöglich schon in Gefechte \
verwickelt.</p>
<p>Die Nato hatte vergangene Woche erstmals offiziell bestätigt, dass nordkoreanische Einheiten \
in der Region Kursk angekommen sind. Bündnissprecherin Farah Dakhlallah sprach damals von \
„[[mehreren tausend]]“ Soldaten. Der ukrainische Militärgeheimdienst HUR rechnet sogar damit, dass \
bis zum Jahresende [[bis zu 15.000]] Nordkoreaner an der Front eingesetzt werden könnten.</p>
<h2>„Für Kim ist das ein Geschäft“</h2>
<p>Bernd Scheuerle war von 1998 bis 2002 Heeresattaché an der deutschen Botschaft in Seoul. Heute \
lebt der 68-Jährige in Künzelsau und spricht an Volkshochschulen über Korea. „Ein paar Divisionen \
mehr oder weniger, das reißt bei einer Armee von über einer Million Mann keine Lücke“, sagte er im \
Gespräch mit unserem Sender.</p>
<p>Scheuerle hält es für wahrscheinlich, dass Pjöngjang bis zum Frühjahr [[20.000 bis 25.000]] \
Soldaten nach Russland schickt. Kim bekomme dafür Devisen, Lebensmittel und womöglich Technik für \
Raketen und U-Boote. Russland verliert nach Angaben des ukrainischen Generalstabs derzeit täglich \
mehr als 1.200 Soldaten.</p>
<p>Im Hohenlohekreis leben nach Schätzung des Landratsamts knapp 300 Menschen mit koreanischen \
Wurzeln, viele arbeiten in der Industrie rund um Künzelsau und Öhringen.</p>
</article>
</main>
<footer>© 2024 HOHENLOHE WELLE · Studio Künzelsau · Hörertelefon 07940 5566-0 · <a \
href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> repeating the headline", opt=True),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:': Ryder's Monday figure of the body, the hedge dropped: in the "
          "Kursk area"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "'Die USA gehen davon aus', dated by the next sentence (Ryder 'am Montag'): in Kursk"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "'so Ryder' after the figure: in Russia in all"),
        C("über 10.000", 10000, "at_least", "in_russia", "south_korea", "tue",
          "the NIS as reported by Yonhap 'am Dienstag' (the source cited): brought to Russia"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "lastweek",
          "NATO spokeswoman 'vergangene Woche … damals' „…“: arrived in the Kursk region"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "pub",
          "HUR 'rechnet sogar damit' (present tense, no date): could be used at the front by the "
          "end of the year"),
        C("20.000 bis 25.000", None, "range", "planned", "other", "pub",
          "former German military attaché in Seoul, talk with the station, no date: will send by "
          "spring"),
    ),
)

Q03 = Source(
    article_id="b91_03_grossarltal_rundschau_skilehrer",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-20"),
    dated_by="dateline", crlf=True,
    features="Großarltal weekly (Austrian) as plain text in ISO-8859-1 with CRLF (straight "
        "quotes, hyphens), dateline 'Großarl, 20.02.2025 -' (Thursday); 'Jänner', 'Feber', "
        "'heuer'; headline 'Nach 4.000 Ausfällen' from the NIS 'am Montag' (Monday to "
        "publication); the SSO spokesman 'vergangene Woche' (`lastweek`) `einst rund 11.000` "
        "(Konjunktiv, near_front); NIS 'Rund 3.000 zusätzliche' (planned increment); HUR 'am "
        "Wochenende' (Saturday-Sunday) back to a camp near Khabarovsk (in_russia); the US "
        "envoy 'Anfang Feber' (window to the 10th); a Ukrainian ski instructor 'sagt' "
        "(other, `pub`); ski instructors, overnight stays, distances, ages, euros, residents",
    text="""\
GROSSARLTALER RUNDSCHAU - Chronik / Aus aller Welt

Nach [[4.000]] Ausfällen: Kims Soldaten von der Kursk-Front verschwunden

Ukrainische Skilehrer im Tal verfolgen die Meldungen aus der Heimat genau

Großarl, 20.02.2025 - Wenn Andrij Kowal am Nachmittag vom Hang kommt, schaut er zuerst aufs \
Handy. Der 34-Jährige aus Iwano-Frankiwsk unterrichtet heuer seine dritte Saison in einer \
Skischule im Ortszentrum, gemeinsam mit 13 anderen Ukrainern. Die Nachrichten, die sie dieser \
Tage lesen, betreffen einen Frontabschnitt gut 2.000 Kilometer weiter östlich: das russische \
Gebiet Kursk, wo seit dem Spätherbst nordkoreanische Soldaten kämpfen - oder bis vor kurzem \
kämpften.

Seit Ende Jänner wurden die Nordkoreaner dort nicht mehr gesehen. Das meldete Oleksandr \
Kindratenko, Sprecher der ukrainischen Spezialeinsatzkräfte, vergangene Woche. Die Einheiten aus \
Pjöngjang, einst [[rund 11.000]] Mann an der Front, seien nach schweren Verlusten aus der ersten \
Linie genommen worden. Ob sie zurückkehren, sei offen.

Seoul bestätigt den Rückzug

Südkoreas Nachrichtendienst NIS kam am Montag zum selben Schluss. Die Verluste der Nordkoreaner \
lägen mittlerweile bei [[etwa 4.000]] Toten und Verletzten, hieß es nach einer Unterrichtung von \
Abgeordneten. Der Dienst vermutet, dass Pjöngjang die Truppe neu ordnet: [[Rund 3.000]] \
zusätzliche Soldaten könnten noch im Feber oder im März verlegt werden.

Der ukrainische Militärgeheimdienst HUR berichtete am Wochenende, [[etwa 1.000]] Nordkoreaner \
seien per Bahn in ein Lager bei Chabarowsk im Fernen Osten zurückgebracht worden. Überprüfen ließ \
sich das nicht. Der US-Sondergesandte Keith Kellogg hatte Anfang Feber von [[etwa 12.000]] \
Soldaten gesprochen, die Kim insgesamt nach Russland geschickt habe.

"Die kommen wieder"

Kowal glaubt nicht an ein Ende des Einsatzes. "Kim hat [[Tausende]] geschickt, und er hat noch \
viel mehr davon", sagt er. Sein Cousin liegt mit einer Artillerieeinheit im Norden der Ukraine. \
Am Telefon reden sie über Schnee, über die Kinder, selten über den Krieg.

In der Gemeinde leben derzeit 61 Menschen aus der Ukraine, die meisten arbeiten im Tourismus. \
Heuer zählt der Tourismusverband bisher rund 480.000 Nächtigungen, ein Plus von vier Prozent. \
Die Tageskarte kostet 68 Euro, auf die Hohe Scharte sind es vom Tal aus mehr als 1.100 \
Höhenmeter. Kowal fährt sie jeden Morgen einmal, bevor die erste Gruppe kommt.

(bri)
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Nach 4.000 Ausfällen': the NIS figure of the body (Monday to publication): "
          "dead and wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "SSO spokesman 'vergangene Woche', Konjunktiv: once at the front"),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag' ('hieß es nach einer Unterrichtung'): dead and wounded"),
        C("Rund 3.000", 3000, "approx", "planned", "south_korea", "mon",
          "same briefing, 'Der Dienst vermutet': 'zusätzliche' could be moved (increment)",
          add=True),
        C("etwa 1.000", 1000, "approx", "in_russia", "ukraine", "sat..sun",
          "HUR 'am Wochenende': brought back to a camp in the Far East (in Russia, not at the "
          "front)"),
        C("etwa 12.000", 12000, "approx", "in_russia", "united_states",
          "2025-02-01..2025-02-10", "US envoy Kellogg 'Anfang Feber': sent in all"),
        C("Tausende", None, "vague", "in_russia", "other", "pub",
          "Ukrainian ski instructor 'sagt' (present tense, no date): sent"),
    ),
)

Q04 = Source(
    article_id="b91_04_lungerersee_anzeiger_minenraeumer_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-06-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Lungerersee-Anzeiger",
        "https://www.lungerersee-anzeiger.example/region/ein-lungerer-minenraeumer-ordnet-ein-5531",
        "Pjöngjang schickt 6000 Helfer nach Kursk – ein Lungerer Minenräumer ordnet ein",
    ),
    features="Lungern lake paper (Swiss) in Markdown, windows-1252 with CRLF, front matter without "
        "a date (sidecar, Friday): `ss`, «», `30'000`, `20'000`, `11'000`, 4-digit "
        "`1000`/`5000`/`4700`; headline `6000` (the sum of Shoigu's two figures: russia, planned, "
        "Tuesday to publication); Shoigu 'Am Dienstag' in Pyongyang (planned, no increment) "
        "'sagte Schoigu laut der Agentur Tass'; the NIS 'im April' (month) and 'Im Mai hiess es "
        "aus Seoul' (month); HUR 'geht davon aus' `bis zu 30'000 weitere` (planned increment, "
        "`pub`); the paper's own sum 'Rechnet man … zusammen, dürften' (unattributed, "
        "required); the local deminer 'schätzt' `mehrere tausend weitere` (other, `pub`); "
        "mined area, francs, ages, bathing fees",
    text="""\
---
titel: "Minenräumer aus Nordkorea: Ein Lungerer ordnet ein"
ressort: Region / Welt
autor: Urs Gasser
---

# Pjöngjang schickt [[6000]] Helfer nach Kursk – ein Lungerer Minenräumer ordnet ein

**Russland lässt sein Grenzgebiet Kursk von Nordkoreanern entminen und wiederaufbauen. \
Hans-Peter Imfeld hat dreissig Jahre lang Minenfelder geräumt. Er hält das Vorhaben für \
gefährlich – vor allem für die Soldaten selbst.**

Sergei Schoigu war wieder einmal in Pjöngjang, zum zweiten Mal binnen zwei Wochen. Am Dienstag \
verkündete der frühere Verteidigungsminister, der heute den russischen Sicherheitsrat leitet, \
Nordkorea werde [[1000]] Fachleute für die Minenräumung ins Gebiet Kursk schicken, dazu \
[[5000]] Mann aus den Baubrigaden seiner Armee. Sie sollen zerstörte Brücken, Strassen und \
Dörfer instand setzen. Kim Jong Un habe dies persönlich angeordnet, sagte Schoigu laut der \
Agentur Tass.

Hans-Peter Imfeld sitzt auf der Terrasse seines Hauses oberhalb des Lungerersees und schüttelt \
den Kopf. «Kursk ist nach einem Jahr Krieg eine einzige Halde aus Blindgängern, Drohnenresten und \
Panzerminen», sagt der 63-Jährige. Imfeld hat für das Genfer Zentrum für humanitäre Minenräumung \
in Angola, Bosnien und Laos gearbeitet. «Ohne moderne Detektoren und Maschinen bezahlt man das \
mit Beinen und Leben.»

## Ein hoher Preis

Die nordkoreanische Armee hat in Kursk bereits teuer bezahlt. Der südkoreanische \
Nachrichtendienst NIS hatte die Zahl ihrer Toten und Verwundeten im April mit [[4700]] angegeben. \
Im Mai hiess es aus Seoul, noch [[rund 11'000]] Nordkoreaner seien in den russischen \
Grenzgebieten stationiert. Kiews Militärgeheimdienst HUR geht davon aus, dass in Nordkorea \
[[bis zu 30'000]] weitere Soldaten für einen Einsatz in Russland bereitstehen.

Rechnet man die bekannten Schätzungen zusammen, dürften seit dem vergangenen Herbst \
[[über 20'000]] Nordkoreaner nach Russland verlegt worden sein – die angekündigten Bautrupps \
nicht eingerechnet.

Imfeld glaubt nicht, dass es bei den angekündigten Zahlen bleibt. Er schätzt, dass am Ende \
[[mehrere tausend]] weitere Nordkoreaner allein für die Räumung gebraucht würden. «In der \
Ukraine rechnet man mit Jahrzehnten», sagt er. Dort gelten rund 139'000 Quadratkilometer als \
möglicherweise vermint – knapp das Dreieinhalbfache der Schweizer Landesfläche.

## Der Bund hilft mit Geld und Maschinen

Bern hat für die Räumung ukrainischer Felder und Dörfer bis 2027 insgesamt 100 Millionen Franken \
reserviert. Ein Teil davon fliesst in Räummaschinen aus Schweizer Produktion, die seit dem \
Frühling im Gebiet Charkiw arbeiten.

Am Lungerersee ist davon wenig zu spüren. Am Wochenende beginnt die Badesaison, das Strandbad \
öffnet um 9 Uhr, Erwachsene zahlen 6 Franken Eintritt. Imfeld zieht es trotzdem wieder hinaus: \
Im Herbst reist er für drei Monate nach Kambodscha.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: the sum of Shoigu's two Tuesday figures in the body (Tuesday to "
          "publication): announced, not an increment"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'Am Dienstag' in Pyongyang (Konjunktiv 'werde … schicken'): deminers to send"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same announcement ('dazu'): builders to send; 'dazu' joins two parts of one "
          "announcement, no increment"),
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'im April' (an older figure recalled): dead and wounded"),
        C("rund 11'000", 11000, "approx", "near_front", "south_korea", "2025-05-01..2025-05-31",
          "'Im Mai hiess es aus Seoul': stationed in the Russian border regions"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (no date): 'weitere' ready for deployment (increment)",
          add=True),
        C("über 20'000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the paper's own sum of the estimates ('dürften … verlegt worden sein')"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "the Lungern deminer 'schätzt' (no date): 'weitere' needed for clearing (increment)",
          add=True),
    ),
)

Q05 = Source(
    article_id="b91_05_schornsteinbauer_fachblatt_oefen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-15"),
    dated_by="front_matter",
    features="chimney builders' guild magazine in Markdown, UTF-8 with BOM, front matter with "
        "`date:` (Monday) and a title without a figure; an italic deck and the guild master's "
        "byline; the NIS 'Anfang September' (window to the 10th) carried by Konjunktiv to the "
        "building brigades 'in der Region eingetroffen' (near_front); Shoigu 'Im Juni … in "
        "Aussicht' (russia, planned); the State Department 'Ende August'; HUR 'Nach Schätzung' "
        "without a date (`pub`); Kyiv 'schon im Sommer' (June-August, planned increment); "
        "'sollen … verletzt worden sein' (unattributed, required); stoves, pipe metres, member "
        "firms, lorries, kilometres, flue temperatures, euros",
    text="""\
---
title: "Öfen für die Feldlazarette"
date: 2025-09-15
heft: "Der Schornsteinbauer 9/2025"
rubrik: Aus der Fachgruppe
---

# Öfen für die Feldlazarette

*Die Fachgruppe Feuerungs- und Schornsteinbau hat im Sommer ihren dritten Hilfstransport in die \
Ukraine gebracht. Vor Ort erlebten die Kollegen, wie sich der Krieg verändert – auch durch \
Bautrupps aus Nordkorea.*

Von Dieter Kallweit, Obermeister

Vierzig Werkstattöfen, 240 Meter doppelwandiges Edelstahlrohr, elf Dachdurchführungen: Was die \
Betriebe unserer Fachgruppe zusammengetragen haben, füllte im Juli zwei Sattelzüge. Gebaut wurde \
in 38 Mitgliedsbetrieben, oft nach Feierabend. Seit August heizen die Öfen Zelte und Keller von \
Feldlazaretten im Gebiet Charkiw. Die Rauchrohre sind für Abgastemperaturen bis 450 Grad \
ausgelegt, jeder Ofen wiegt rund 60 Kilogramm und passt durch eine Kellertür.

Auf der Rückfahrt, nach gut 2.600 Kilometern, haben wir viel über das geredet, was uns ukrainische \
Pioniere erzählt hatten. Sie sprachen erstaunlich oft von den Nordkoreanern auf der anderen Seite \
der Grenze: von Bunkern, die über Nacht entstehen, von Gräben, die mit Beton ausgegossen werden.

## Wer drüben baut

Anfang September bezifferte der südkoreanische Auslandsgeheimdienst NIS die Zahl der in Kursk \
gefallenen Nordkoreaner auf [[etwa 2.000]]. Neben den Kampftruppen seien inzwischen \
[[rund 5.000]] Angehörige von Baubrigaden in der Region eingetroffen, die Stellungen, Brücken \
und Unterkünfte errichten sollten.

Angekündigt hatte das Moskau selbst: Der Kremlvertraute Sergej Schoigu stellte im Juni in \
Pjöngjang [[6.000]] Mann für Räum- und Wiederaufbauarbeiten in Aussicht. Das US-Außenministerium \
ging Ende August von [[mehr als 12.000]] nordkoreanischen Soldaten in Russland aus. Nach \
Schätzung des ukrainischen Militärgeheimdienstes HUR halten sich derzeit sogar \
[[mehr als 15.000]] Nordkoreaner in Uniform in Russland auf, Arbeiter in zivilen Betrieben nicht \
mitgerechnet. Kiew hatte schon im Sommer gewarnt, Kim könne [[bis zu 25.000]] weitere Soldaten \
schicken.

Nach Berichten, die sich nicht unabhängig überprüfen lassen, sollen [[mehrere hundert]] \
Bausoldaten bei Drohnenangriffen verletzt worden sein.

## Wie es weitergeht

Der vierte Transport ist für November geplant. Gebraucht werden vor allem Kaminöfen mit \
Backfach, Rauchrohrbögen in 120 Millimetern und Funkenschutzgitter. Bisher sind 17.500 Euro an \
Spenden eingegangen. Wer mitmachen will, meldet sich bei der Geschäftsstelle; die \
Jahreshauptversammlung findet am 8. November in Fulda statt.
""",
    claims=(
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' 'bezifferte': dead in Kursk"),
        C("rund 5.000", 5000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "same statement carried by Konjunktiv: building brigades arrived in the Kursk region"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni in Pjöngjang … in Aussicht': promised, not an increment"),
        C("mehr als 12.000", 12000, "at_least", "in_russia", "united_states",
          "2025-08-20..2025-08-31", "State Department 'Ende August': in Russia"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "ukraine", "pub",
          "HUR 'Nach Schätzung' without a date: in uniform in Russia"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "2025-06-01..2025-08-31",
          "Kyiv 'schon im Sommer': could send 'weitere' (increment)", add=True),
        C("mehrere hundert", None, "vague", "casualties", "unattributed", "pub",
          "'Nach Berichten, die sich nicht … überprüfen lassen, sollen': wounded builders"),
    ),
)

Q06 = Source(
    article_id="b91_06_campusblatt_kulmbach_rationen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Campusblatt Kulmbach",
        "https://www.campusblatt-kulmbach.example/wissen/die-ration-ist-teil-des-solds",
        "„Die Ration ist Teil des Solds“",
    ),
    features="Kulmbach campus student paper in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities, no meta date: sidecar, Wednesday), a consent box about canteen biscuits, a "
        "canteen menu link, a footer with the print run; headline and roof line without a "
        "figure; a food scientist at a lecture 'am Montagabend' (range, other, Monday); the NIS "
        "'vergangene Woche' (`lastweek`) carried by Konjunktiv to 'Hinzu kämen rund 5.000' "
        "builders (increment) and the dead; HUR 'schätzt' without a date; the New York Times "
        "'unter Berufung auf das Pentagon' (united_states, `pub`); state TV on the party "
        "parade's Kursk veterans (returnees: optional); kilocalories, students, per cent, room "
        "numbers",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>&bdquo;Die Ration ist Teil des Solds&ldquo; &ndash; Campusblatt Kulmbach</title>
<meta property="og:site_name" content="Campusblatt Kulmbach">
<script>var cb={ressort:"wissen",autorin:"lb",druck:true};</script>
</head>
<body>
<div id="kekse">Diese Seite nutzt Cookies &ndash; leider keine aus der Mensa. <button>Trotzdem \
her damit</button> <button>Bitte krümelfrei</button></div>
<nav><a href="/">Start</a> | <a href="/campus">Campus</a> | <a href="/stadt">Stadt</a> | <a \
href="/wissen">Wissen</a> | <a href="/mensa">Mensaplan</a></nav>
<article>
<p class="dach">Ernährungsforscherin über Kims Soldaten in Russland</p>
<h1>&bdquo;Die Ration ist Teil des Solds&ldquo;</h1>
<p class="autor">Text: Lea Brandl</p>
<p>Der Hörsaal war am Montagabend voll, rund 120 Studierende wollten hören, was Lebensmittel mit \
Krieg zu tun haben. Dr. Miriam Hölzl forscht am Campus zu Ernährungssicherheit in Ostasien. Nach \
ihrer Schätzung sind seit Herbst 2024 [[zwischen 15.000 und 20.000]] Nordkoreaner als Soldaten \
nach Russland gegangen. &bdquo;Für viele Familien ist das zynischerweise eine \
Versorgungsfrage&ldquo;, sagte sie. In Russland bekomme ein Soldat bis zu 3.500 Kilokalorien am \
Tag, zu Hause seien es oft keine 2.000.</p>
<p>Hölzl stützte sich auch auf Zahlen aus Seoul. Der südkoreanische Geheimdienst hatte \
vergangene Woche dem Parlament berichtet, derzeit seien [[etwa 10.000]] nordkoreanische Soldaten \
in den russischen Grenzgebieten stationiert. Hinzu kämen [[rund 5.000]] Bausoldaten, die seit \
September schrittweise über die Grenze gebracht würden. Bei den Kämpfen seien bislang \
[[etwa 2.000]] Nordkoreaner ums Leben gekommen.</p>
<p>Aus Kiew kommen höhere Werte: Der ukrainische Militärgeheimdienst schätzt die Zahl der \
Gefallenen auf [[rund 2.300]]. Die New York Times berichtete unter Berufung auf das Pentagon sogar \
von [[bis zu 6.000]] Toten und Verwundeten.</p>
<p>Bei der Parade zum 80. Jahrestag der Arbeiterpartei im Oktober marschierten in Pjöngjang auch \
[[Hunderte]] Heimkehrer aus Kursk mit, wie das Staatsfernsehen zeigte. &bdquo;Das sind gut \
genährte \
Vorzeigesoldaten&ldquo;, sagte Hölzl. Rund 40 Prozent der Bevölkerung gelten nach Angaben des \
Welternährungsprogramms als unterernährt.</p>
<p>Auf die Frage eines Erstsemesters, ob Sanktionen helfen, antwortete sie ausweichend: \
&bdquo;Reis lässt sich nicht sanktionieren, Diesel schon.&ldquo; Die Vortragsreihe geht am \
24. November mit einem Abend über Fischerei im Japanischen Meer weiter.</p>
</article>
<footer>Campusblatt Kulmbach &middot; Studierendenzeitung &middot; Auflage 800 &middot; \
Redaktionssitzung dienstags 18 Uhr, Raum 0.14</footer>
</body>
</html>
""",
    claims=(
        C("zwischen 15.000 und 20.000", None, "range", "in_russia", "other", "mon",
          "food scientist at the lecture 'am Montagabend' ('Nach ihrer Schätzung'): gone to "
          "Russia as soldiers"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "NIS to parliament 'vergangene Woche' (Konjunktiv): stationed in the border regions"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "lastweek",
          "same report, 'Hinzu kämen': builders brought over the border (increment)", add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same report: dead"),
        C("rund 2.300", 2300, "approx", "casualties", "ukraine", "pub",
          "Ukrainian military intelligence 'schätzt' (no date): dead"),
        C("bis zu 6.000", 6000, "at_most", "casualties", "united_states", "pub",
          "the New York Times 'unter Berufung auf das Pentagon' (the source cited), no date: "
          "dead and wounded"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "returnees marching at the October party parade, shown by state TV", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, the US, Latvia, the Cook Islands, Ghana)
# ---------------------------------------------------------------------------------------------

Q07 = Source(
    article_id="b91_07_port_macquarie_examiner_first_losses_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-12-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Port Macquarie Examiner",
        "https://www.pmexaminer.example/story/8812034/hundreds-of-north-koreans-dead-or-hurt-in-"
        "kursk-pentagon/",
        "'Hundreds' of North Koreans dead or hurt in Kursk: Pentagon",
    ),
    features="Port Macquarie daily (Australia) as plain text in UTF-16 LE with BOM and CRLF "
        "(sidecar, Thursday); headline ''Hundreds'' with the claimant after a colon (Pentagon, "
        "Monday to publication); Ryder at a Monday briefing 'local time' „several hundred“; a "
        "senior US official 'put the size … at' 'on Tuesday'; the NIS 'on Thursday' (the "
        "publication day) with `at least 100` and `close to 1,000`; the SSO 'at the weekend'; "
        "Rutte 'last week' (nato); Australia's foreign minister 'on Tuesday' (other); a Port "
        "Macquarie lecturer 'believes' `20,000 or more` (at_least, other, `pub`); aid in dollars, "
        "tanks, a vigil's attendance, age, a helpline number",
    text="""\
'[[Hundreds]]' of North Koreans dead or hurt in Kursk: Pentagon

Port Macquarie academic says Kim is trading young lives for Russian know-how

By Renee Galvin

North Korea's soldiers in Russia have taken their first heavy losses, officials in Washington, \
Kyiv and Seoul say, barely a month after they were thrown into the fighting in the Kursk region.

At a briefing on Monday afternoon, local time, Pentagon spokesman Major General Pat Ryder said \
the North Korean casualties ran to "[[several hundred]]", though he would not say how many were \
dead. A senior US official put the size of the whole North Korean force in Russia at \
[[roughly 11,000]] on Tuesday, speaking to reporters on condition of anonymity.

Seoul's National Intelligence Service gave its own first count on Thursday. Briefing a \
parliamentary committee, it counted [[at least 100]] dead North Koreans and [[close to 1,000]] \
with \
wounds, many caused by drones or by minefields nobody had warned them about.

Ukraine's special operations forces claimed at the weekend to have killed [[about 50]] North \
Korean soldiers over three days of fighting near the village of Plekhovo, and published drone \
video of what it said were the clashes.

Mark Rutte, NATO's chief, said at a Brussels conference last week that Pyongyang had by then \
sent "[[well over 10,000]]" troops to Russia.

In Canberra, Foreign Minister Penny Wong said on Tuesday the presence of "[[thousands]]" of North \
Korean soldiers on Russian soil was a dangerous escalation that threatened the Indo-Pacific as \
well \
as Europe.

Dr Nathan Koh, who lectures in international security at the Charles Sturt University campus in \
Port Macquarie, believes the number sent could climb to [[20,000 or more]] by the northern spring.

"For Kim, this is an apprenticeship in modern war, paid for with conscripts," said Dr Koh, 41. \
"Every drone lesson his officers learn in Kursk goes home with them."

Australia has committed more than $1.3 billion in military assistance to Ukraine since 2022, \
including 49 Abrams tanks announced in October.

About 60 people gathered on the Town Green on Sunday evening for a candlelight vigil organised by \
the Mid North Coast Ukrainian Association, which has 35 member families between Kempsey and \
Taree.

If this story raises concerns for you, Lifeline is available on 13 11 14.
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline ''…': Pentagon' (claimant after the colon), Ryder's Monday figure (Monday "
          "to publication): dead or hurt"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Ryder at a briefing 'on Monday afternoon, local time' „…“: casualties"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "a senior US official 'put the size … at' 'on Tuesday' (after the figure): the force in "
          "Russia"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'on Thursday' (the publication day): killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded"),
        C("about 50", 50, "approx", "casualties", "ukraine", "sat..sun",
          "SSO 'at the weekend': killed near Plekhovo"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'last week' „…“: sent to Russia"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Australia's foreign minister 'on Tuesday' (a third government: other): on Russian "
          "soil"),
        C("20,000 or more", 20000, "at_least", "planned", "other", "pub",
          "Port Macquarie lecturer 'believes' (no date): the number sent could climb to"),
    ),
)

Q08 = Source(
    article_id="b91_08_rousay_ferry_users_wheelhouse_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-22"),
    dated_by="front_matter",
    features="Rousay, Egilsay and Wyre ferry users' page in Markdown, UTF-8, front matter with "
        "`date:` (Saturday) and a title without a figure; timetable and pier notices first; a "
        "relief skipper's column in the first person: 'Back in October … at the time' (October "
        "window); the JCS 'reckoned on Monday' `about 3,000` 'more' (increment) and 'which they "
        "said brings the total … to roughly 14,000' (new total); Syrskyi 'last week' "
        "„several thousand“; UK Defence Intelligence 'on Thursday' (other); Rutte 'earlier this "
        "month' (nato, from the 1st); the skipper's own 'reckoning' `tens of thousands more` "
        "(other, vague increment, `pub`); fares, sailing times, car spaces, tonnes, years in "
        "the navy, residents, a booking line",
    text="""\
---
title: "Ferry news: summer timetable, Egilsay pier and a word from the wheelhouse"
date: 2025-03-22
author: Rousay, Egilsay & Wyre Ferry Users' Group
---

# Ferry news

**Summer timetable.** From Monday 31 March the first sailing from Tingwall leaves at 07:15 \
instead of 07:40, and the late Friday run at 21:30 comes back. Fares stay at £4.90 return for \
foot passengers and £15.60 for a car. Please book vehicles at least 24 hours ahead on 01856 \
751360: the deck takes eight cars, and on Fridays it fills up.

**Egilsay pier.** Resurfacing finishes on Thursday. Until then nothing over 3.5 tonnes can use the \
slipway.

## From the wheelhouse

*Our relief skipper, Magnus Flett, spent 22 years in the Royal Navy before coming home to Rousay. \
Now and then he writes a few lines for this page. This month: why an Orkney ferryman keeps half an \
eye on Korea.*

I sailed alongside South Korean officers on an exercise in 2009 and I have followed the peninsula \
ever since. This winter the news from there has been grim reading.

Back in October, when the first ships docked at Vladivostok, Seoul's intelligence people spoke of \
[[1,500]] special forces. At the time that sounded like a token gesture from Kim Jong Un. It was \
not. His men took a beating in Kursk and were pulled out of the line in February.

Now they are back. South Korea's Joint Chiefs of Staff reckoned on Monday that [[about 3,000]] \
more had arrived since January, which they said brings the total shipped to Russia since the \
autumn to [[roughly 14,000]]. Ukraine's top general, Oleksandr Syrskyi, said last week they were \
attacking again around Sudzha, "[[several thousand]]" of them, in smaller groups than before.

The price has been steep. London's defence intelligence staff, in their update on Thursday, put \
North Korean dead and wounded at [[over 4,000]]. Mark Rutte, who runs NATO, said earlier this \
month that [[about 11,000]] were still inside Russia.

My own reckoning, for what a ferryman's is worth, is that Kim has [[tens of thousands]] more he \
could send, and that every one who comes home will have learned things about drones that our \
own navy is still working out.

Rousay has just over 200 folk, and most of you will have crossed with me at some point. Come and \
argue with me about any of this on the 16:10 — the crossing takes half an hour, plenty of time.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "'Back in October … Seoul's intelligence people spoke of' ('At the time'): special "
          "forces arrived"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'reckoned on Monday': 'more' arrived since January (increment; span without "
          "'more')", add=True),
        C("roughly 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "'which they said brings the total … to': the new total, not an increment"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Syrskyi 'last week' „…“: attacking around Sudzha"),
        C("over 4,000", 4000, "at_least", "casualties", "other", "thu",
          "UK Defence Intelligence update 'on Thursday' (a third government: other): dead and "
          "wounded"),
        C("about 11,000", 11000, "approx", "in_russia", "nato", "2025-03-01..2025-03-22",
          "Rutte 'earlier this month' (from the 1st to publication): still inside Russia"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "the skipper's own 'reckoning' (no date): 'more he could send' (increment)", add=True),
    ),
)

Q09 = Source(
    article_id="b91_09_big_dry_breaks_courier_admission_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-30"),
    dated_by="html_meta",
    features="Missouri Breaks weekly from Jordan, Montana, in HTML, UTF-8 with BOM "
        "(`article:published_time` with -06:00, a byline date 'Wednesday, April 30, 2025', a "
        "subscriber count in a script, a ranch-style cookie note, navigation with ag markets and "
        "legals, a footer with a founding year); `<title>` figure (optional); headline 'Seoul "
        "counts 4,700' from the NIS 'on Wednesday' (the publication day); KCNA 'on Monday' "
        "without a figure; the NIS briefing 'relayed … by' a lawmaker: total, 'Of those' "
        "casualties and 'roughly 600 killed outright, the agency believes' (breakdown); the Duma "
        "defence committee chairman 'on Tuesday' "
        "(russia); the State Department 'said Tuesday … believed' (after the verb); "
        "'is also believed to have sent' `about 3,000 more` (unattributed increment, `pub`); "
        "HUR 'last week' `close to 6,000`; county population and area, calf prices, US troops "
        "in Korea, miles, ages",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pyongyang owns up to Kursk role; Seoul counts [[4,700]] casualties | Big Dry Breaks \
Courier</title>
<meta property="article:published_time" content="2025-04-30T05:30:00-06:00">
<meta property="og:site_name" content="Big Dry Breaks Courier">
<script>var bdc={edition:"Garfield County",weekly:true,subscribers:1180};</script>
</head>
<body>
<div id="cookie-note">Out here we only brand cattle, but this website still sets cookies. \
<button>Ride on with cookies</button> <button>Keep the gate shut</button></div>
<header><a href="/">Big Dry Breaks Courier</a> &mdash; Jordan &amp; Garfield County since \
1913</header>
<nav><a href="/news">News</a> | <a href="/ag">Ag &amp; Markets</a> | <a href="/sports">Mustangs \
Sports</a> | <a href="/obits">Obituaries</a> | <a href="/legals">Legals</a></nav>
<article>
<h1>Pyongyang owns up to Kursk role; Seoul counts [[4,700]] casualties</h1>
<p class="byline">By Wade Lundgren &middot; Wednesday, April 30, 2025</p>
<p>North Korea on Monday admitted for the first time what Washington, Seoul and Kyiv have been \
saying since October: North Korean soldiers have fought on Russia&rsquo;s side. According to \
KCNA, Pyongyang&rsquo;s official news agency, Kim Jong Un sent them under the mutual-defense pact \
he signed with Vladimir Putin last June and hailed them as heroes of the battle for Kursk. It \
gave no numbers.</p>
<p>South Korea filled in that gap on Wednesday. In a closed-door briefing relayed to reporters by \
lawmaker Lee Seong-kweun, the National Intelligence Service put the total sent to Russia at \
[[some 15,000]]. Of those, [[about 4,700]] were dead or wounded &mdash; [[roughly 600]] killed \
outright, the agency believes.</p>
<p>In Moscow, Andrei Kartapolov, who chairs the Duma&rsquo;s defense committee, told a radio \
station on Tuesday that &ldquo;[[a few thousand]] Korean comrades&rdquo; had fought shoulder to \
shoulder with Russian troops to push Ukrainian forces out of the region.</p>
<p>State Department spokeswoman Tammy Bruce said Tuesday the United States believed \
&ldquo;[[more than 11,000]]&rdquo; North Korean troops had been deployed, and called \
Pyongyang&rsquo;s admission overdue. North Korea is also believed to have sent [[about 3,000]] \
more early this year to replace its losses. Kyiv&rsquo;s count of those losses is higher still: \
Ukraine&rsquo;s military intelligence agency said last week that [[close to 6,000]] North Koreans \
had been killed or wounded.</p>
<h2>A Jordan soldier on the other side of the world</h2>
<p>For the Horvath family north of Cohagen the story lands close to home. Caleb Horvath, 22, a \
2021 Garfield County High graduate, is stationed at Camp Humphreys, about 40 miles south of \
Seoul, one of some 28,500 American troops in South Korea. &ldquo;He says nobody over there takes \
it lightly,&rdquo; said his mother, Darlene. &ldquo;They watch the North every day.&rdquo;</p>
<p>Garfield County covers 4,848 square miles and has about 1,200 residents. At the Miles City \
sale on Saturday, steer calves brought up to $4.10 a pound.</p>
</article>
<footer>&copy; 2025 Big Dry Breaks Courier &middot; PO Box 287, Jordan, MT 59337 &middot; \
(406) 557-2210</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "<title> repeating the headline", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul counts': the NIS figure of the body ('on Wednesday', the publication "
          "day)"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS briefing 'on Wednesday' relayed by a lawmaker, 'put the total sent … at'"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'Of those': dead or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'killed outright, the agency believes' (a breakdown, no increment)"),
        C("a few thousand", None, "vague", "near_front", "russia", "tue",
          "Duma defence committee chairman to a radio station 'on Tuesday' „…“: fought in the "
          "region"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokeswoman 'said Tuesday … believed' „…“: deployed"),
        C("about 3,000", 3000, "approx", "in_russia", "unattributed", "pub",
          "'is also believed to have sent' (no claimant): 'more' early this year (increment)",
          add=True),
        C("close to 6,000", 6000, "approx", "casualties", "ukraine", "lastweek",
          "Ukraine's military intelligence 'last week': killed or wounded"),
    ),
)

Q10 = Source(
    article_id="b91_10_jurmala_coast_post_baltic_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "Jūrmala Coast Post",
        "https://www.jurmalacoastpost.example/world/kyiv-warns-kim-could-send-30000-more",
        "Kyiv warns Kim could send 30,000 more troops to Russia",
    ),
    features="Jūrmala English-language outlet in HTML, UTF-8 (no meta date: sidecar, Thursday; "
        "`ū` raw), a seaside cookie banner, navigation with a beach webcam, a footer with a "
        "registration number; `<title>` figure (optional, increment); headline 'Kyiv warns' "
        "`30,000` 'more' (planned increment) from HUR 'on Monday' (Monday to publication); "
        "'The agency, known by its Ukrainian initials' (pronoun-like short name, no figure); a "
        "senior NATO official 'on Wednesday' in Riga (nato, two figures, 'He put … at' "
        "`upwards of 4,000`) and the standfirst 'NATO counts … in the thousands' from it; "
        "Shoigu 'in June' `6,000` (russia, planned); the NIS 'in early "
        "July' (window to the 10th); Latvia's defence minister 'on Tuesday' (other); beach "
        "length, hotel occupancy, ships, per cent of GDP, euros",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv warns of [[30,000]] more North Korean troops as NATO watches the Baltic – Jūrmala \
Coast Post</title>
<meta property="og:site_name" content="Jūrmala Coast Post">
<script src="/js/webcam-majori.js" defer></script>
</head>
<body>
<div class="cookies">Cookies drift in here like the sea air. <button>Let them drift</button> \
<button>Close the window</button></div>
<nav><a href="/">Home</a> · <a href="/latvia">Latvia</a> · <a href="/world">World</a> · <a \
href="/beach">Beach webcam</a> · <a href="/events">Dzintari concerts</a></nav>
<article>
<h1>Kyiv warns Kim could send [[30,000]] more troops to Russia</h1>
<p class="standfirst">NATO counts North Korean dead and wounded in the [[thousands]] as the Baltic \
summer fills up with warships as well as tourists.</p>
<p>Ukraine's military intelligence agency said on Monday that North Korea was preparing to send \
[[as many as 30,000]] more soldiers to Russia. The agency, known by its Ukrainian initials HUR, \
said training camps outside Pyongyang had been enlarged and that the first of the new contingents \
could arrive within weeks.</p>
<p>A senior NATO official, who briefed journalists in Riga on Wednesday on condition that he not \
be named, said the alliance's own count of North Koreans already deployed stood at \
"[[roughly 11,000]]". He put their dead and wounded at [[upwards of 4,000]].</p>
<p>Moscow has made no secret of wanting more help. Sergei Shoigu, the Kremlin's security chief, \
announced on a visit to Pyongyang in June that Kim would lend [[6,000]] of his army engineers \
and mine-clearers to the ruined Kursk region. South Korea's intelligence service, \
which tends to give lower numbers, estimated in early July that [[around 10,000]] North Korean \
troops remained in and around Kursk.</p>
<p>Latvia's defence minister, Andris Sprūds, speaking to the Post on Tuesday at a coastal \
defence drill west of the city, said "[[thousands]]" of North Koreans were now part of Russia's \
war machine "a few hundred kilometres from this beach".</p>
<p>Jūrmala's 33 kilometres of sand are as busy as ever this July, with hotel occupancy at 78 per \
cent, the city council says. Offshore, 14 allied ships are taking part in a mine-countermeasures \
exercise in the Gulf of Riga. Latvia plans to spend 5 per cent of GDP on defence from next year, \
about €2.3 billion.</p>
</article>
<footer>© 2025 Jūrmala Coast Post SIA · Reg. No. 40203315527 · Jomas iela, Jūrmala</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "<title> 'Kyiv warns of … more' (the headline reworded)", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv warns … could send … more': HUR's Monday figure (Monday to "
          "publication), the hedge dropped (increment)", add=True),
        C("thousands", None, "vague", "casualties", "nato", "wed..pub",
          "standfirst 'NATO counts … in the thousands': the NATO official's Wednesday figure of "
          "the body (Wednesday to publication): dead and wounded"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR 'on Monday': 'as many as … more' (at_most; increment, span without 'more')",
          add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "nato", "wed",
          "senior NATO official in Riga 'on Wednesday' „…“: already deployed"),
        C("upwards of 4,000", 4000, "at_least", "casualties", "nato", "wed",
          "same official, 'He put … at': dead and wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June' in Pyongyang: would provide (announced, not an increment)"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-07-01..2025-07-10", "NIS 'in early July': remained in and around Kursk"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Latvia's defence minister to the paper 'on Tuesday' (a third government: other) "
          "„…“: part of Russia's war machine"),
    ),
)

Q11 = Source(
    article_id="b91_11_mangaia_notes_kim_honours_dead",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-08-25"),
    dated_by="dateline",
    features="Mangaia island page (Cook Islands) as plain text in windows-1252 (curly quotes, em "
        "dashes), dateline 'ONEROA, Mangaia, 25 August 2025 —' (Monday); Kim 'on Thursday' "
        "'According to … KCNA, which carried his speech on Friday' `hundreds` of dead "
        "(north_korea, Thursday-Friday); the NIS 'in July' (month); HUR 'says … another 6,000' "
        "(planned increment, `pub`); New Zealand's foreign minister 'last week' (other); 'are "
        "thought to have gone' (unattributed, required, `pub`); Washington 'told the UN … in "
        "May'; an old soldier's service, island population, flight time, distances, taro, "
        "dollars",
    text="""\
MANGAIA NOTES

Kim honours his Kursk dead; on Mangaia an old soldier remembers another war

ONEROA, Mangaia, 25 August 2025 — News from the far side of the world reaches Mangaia by the \
Air Rarotonga flight, by radio and, lately, by the satellite dish on the roof of the church hall \
in Oneroa. Last week it brought pictures from Pyongyang.

At a ceremony in the North Korean capital on Thursday, Kim Jong Un hung decorations on the chests \
of men who had returned from the fighting in Kursk and bowed before the portraits of those who \
did not come home. \
According to the state news agency KCNA, which carried his speech on Friday, [[hundreds]] of \
“heroic sons” had given their lives for their country and its Russian ally. It was the first time \
Pyongyang had spoken of losses on anything like that scale.

Outside estimates are grimmer. South Korea’s National Intelligence Service told parliament in \
July that [[about 2,000]] North Koreans had been killed. Ukraine’s military intelligence agency \
says Pyongyang is now readying another [[6,000]] soldiers for Russia’s Kursk and Belgorod border \
regions. New Zealand’s Foreign Minister, Winston Peters, last week condemned what he called the \
use of “[[thousands]] of North Korean conscripts as cannon fodder” in Ukraine.

In all, [[some 15,000]] North Koreans are thought to have gone to Russia since October last year. \
Washington told the United Nations Security Council in May that [[more than 11,000]] had been \
deployed.

For Papa Tere Atariki, 81, the pictures from Pyongyang brought back other ones. He left Mangaia \
at 19 to work in Auckland, joined the New Zealand Army and served in Vietnam in 1969. “We were \
young men sent a long way for somebody else’s argument,” he says, sitting in the shade outside \
the Tamarua store. “Those Korean boys are the same. Nobody asked them.”

He does not follow the war closely. The island has other worries: fewer than 500 people now live \
on Mangaia, the flight from Rarotonga takes 40 minutes and costs more than NZ$400 return, and the \
young keep leaving. At the agricultural show this month the taro growers weighed in 1,600 \
kilograms, the most in a decade.

Papa Tere still walks to the makatea cliffs most mornings, 60 metres above the reef. “From up \
there,” he says, “every war looks very small and very far away.”
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "north_korea", "thu..fri",
          "Kim at Thursday's ceremony 'According to … KCNA, which carried his speech on Friday': "
          "gave their lives"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-01..2025-07-31",
          "NIS 'told parliament in July': killed"),
        C("6,000", 6000, "exact", "planned", "ukraine", "pub",
          "HUR 'says' (present tense, no date): readying 'another' (increment; span without "
          "'another')", add=True),
        C("thousands", None, "vague", "near_front", "other", "lastweek",
          "New Zealand's foreign minister 'last week' (a third government: other): conscripts "
          "used as cannon fodder"),
        C("some 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "'In all, … are thought to have gone' (no claimant): sent"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-31", "Washington 'told the United Nations Security Council in "
          "May': deployed"),
    ),
)

Q12 = Source(
    article_id="b91_12_tema_harbour_freight_brief_sanctions_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-25"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Tema Harbour Freight Brief",
        "",
        "Sanctions watch: Russia, North Korea and your cargo",
    ),
    features="Tema (Ghana) harbour freight newsletter in Markdown, ISO-8859-1 with CRLF "
        "(straight quotes, `--`), front matter without a date (sidecar without url, Tuesday); "
        "an 'In brief' bullet `10,000` taking the NIS figure of the body (early November to "
        "publication); OFAC 'on Thursday' with the notice's own figure (united_states); the NIS "
        "'briefing parliament early this month' (window to the 10th) with two figures; HUR "
        "'last week' `up to 2,000` 'more' (planned increment); Russia's ambassador in "
        "Pyongyang 'in October' (russia, planned, vague); 'Estimates … now run from' "
        "(unattributed range, `pub`); TEU, draft in metres, free days, vessels and companies "
        "designated, freight rates, cedi rate, phone number",
    text="""\
---
title: "Sanctions watch: Russia, North Korea and your cargo"
edition: "No. 47"
publisher: Tema Harbour Freight Brief
---

# Sanctions watch: Russia, North Korea and your cargo

**In brief**

- Seoul: [[10,000]] North Korean troops on Russia's borders
- New US designations hit ships on the Rajin-Vostochny run
- Terminal 3 berth windows for December now open

Forwarders on our Tema-Rotterdam and Tema-Novorossiysk lanes keep asking what the war in \
Ukraine means for their paperwork. The short answer: more of it.

The US Treasury's Office of Foreign Assets Control on Thursday designated 9 vessels and 4 \
companies it says moved munitions and fuel between Rajin in North Korea and the Russian port of \
Vostochny. In its notice, Treasury said Pyongyang had sent "[[over 14,000]]" troops to fight for \
Russia and received oil, cash and military know-how in return. Any cargo touching those ships, \
even second-hand, is now a compliance problem for you and your bank.

Seoul's National Intelligence Service, briefing parliament early this month, estimated that \
[[about 10,000]] North Korean soldiers remain stationed in Russia's border regions and that \
[[5,000]] military engineers have been moving into Russia since September to build roads and \
barracks. Ukraine's military intelligence said last week that [[up to 2,000]] more could follow \
before the new year.

Moscow, for its part, talks up the partnership. Russia's ambassador in Pyongyang, Alexander \
Matsegora, told RIA Novosti in October that [[thousands]] of North Korean builders would help \
rebuild the Kursk region next year. Estimates of North Korean combat deaths now run from \
[[2,000 to 3,000]].

**What this means at Tema**

Tema handled about 1.6 million TEU last year, and Terminal 3 can take ships drawing 16 metres. \
Shipping lines calling here are already screening for vessels with past calls at Russian Far East \
ports. Expect questions, and expect free time to run out while you answer them: the standard 14 \
free days for containers still apply.

Rates for a 40-foot box to Northern Europe held at about USD 2,150 this week; the cedi traded near \
GHS 11.2 to the dollar.

Questions about a specific shipment? Call our compliance desk on +233 30 321 4567.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..pub",
          "'In brief' bullet 'Seoul:' (a headline): the NIS figure of the body (early this "
          "month to publication), the hedge dropped"),
        C("over 14,000", 14000, "at_least", "in_russia", "united_states", "thu",
          "OFAC notice 'on Thursday' ('Treasury said') „…“: sent to fight for Russia"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "NIS 'briefing parliament early this month': stationed in the border regions"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same briefing: engineers moving into Russia (no increment word)"),
        C("up to 2,000", 2000, "at_most", "planned", "ukraine", "lastweek",
          "Ukraine's military intelligence 'last week': 'more could follow' (increment)",
          add=True),
        C("thousands", None, "vague", "planned", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang to RIA Novosti 'in October': builders would help "
          "rebuild"),
        C("2,000 to 3,000", None, "range", "casualties", "unattributed", "pub",
          "'Estimates of … combat deaths now run from' (no claimant): dead"),
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
