"""Build the SIXTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold (run the file).

The sixty-sixth corpus, for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Gelnhausen
daily, a Westerwald radio station's web text, a weekly from the Bucklige Welt (Austrian), a
Sarganserland paper (Swiss), a marksmen's association magazine and a Weingarten student paper; a
Townsville daily, a Lewis and Harris community page, a Grand Junction (Colorado) paper, an
English-language outlet from Klaipeda, a Bougainville news page and a Mzuzu parish newsletter.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind64_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="h64_01_gelnhausen_koreanerinnen_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Gelnhausen daily's web page in HTML, UTF-8 (`article:published_time` with +01:00, a "
        "consent banner about baking cookies, a page-view script, nav of the district's towns, "
        "a footer with the reader service); `<title>` figure (optional); headline 'Selenskyj:' "
        "from the Monday evening video address (Monday to publication); the Pentagon "
        "'vergangene Woche' (two figures, sentence-initial `Bis zu`, 'hieß es damals'); Yonhap "
        "'unter Berufung auf einen Parlamentarier' on Tuesday (NIS: south_korea) carried by "
        "'demnach' to `Tausende weitere` (vague increment); a Frankfurt political scientist "
        "(other, `pub`) with a planned range; a Korean nurse's age and years, club members, the "
        "former US barracks with `bis zu 1.800 US-Soldaten`, flats, refugees, `weitere 120 "
        "Plätze`, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: [[11.000]] Nordkoreaner im Gebiet Kursk | Kinzigtal-Bote</title>
<meta property="article:published_time" content="2024-11-06T06:40:00+01:00">
<meta property="og:site_name" content="Kinzigtal-Bote">
<script>var kbPv={ressort:"welt",artikel:88213,zeichen:2950};</script>
</head>
<body>
<div class="keks-hinweis">Auf diesem Portal werden Kekse gebacken – digitale, für Statistik, \
Werbung und den Spessart-Wetterbericht. Sie haben das letzte Wort: <button>Backt ruhig \
weiter</button> <button>Ofen bleibt aus</button></div>
<nav><a href="/">Start</a> · <a href="/gelnhausen">Gelnhausen</a> · <a \
href="/gruendau">Gründau</a> · <a href="/linsengericht">Linsengericht</a> · <a \
href="/welt">Welt</a> · <a href="/sport">Sport</a></nav>
<article>
<p class="ort">Gelnhausen/Kiew</p>
<h1>Selenskyj: [[11.000]] Nordkoreaner stehen bereits im Gebiet Kursk</h1>
<p class="vorspann">Im Main-Kinzig-Kreis verfolgen Koreanerinnen die Nachrichten mit wachsender \
Sorge. Eine Frankfurter Forscherin glaubt nicht, dass es bei der ersten Welle bleibt.</p>
<p>Erstmals nennt Kiew eine genaue Zahl: Wie viele Soldaten aus Nordkorea im russischen \
Grenzgebiet Kursk stehen, hat Präsident Wolodymyr Selenskyj jetzt öffentlich gemacht. In seiner \
Videobotschaft am Montagabend sprach er von [[11.000]] Mann, die dort mittlerweile \
zusammengezogen worden seien. Einzelne Einheiten hätten schon kleinere Gefechte mit ukrainischen \
Truppen geliefert.</p>
<p>Washington hatte sich zuletzt vorsichtiger geäußert. Das Pentagon teilte vergangene Woche mit, \
Nordkorea habe [[etwa 10.000]] Soldaten zur Ausbildung in den Osten Russlands verlegt. [[Bis zu \
8.000]] davon seien bereits nach Kursk weitergereist oder auf dem Weg dorthin, hieß es damals aus \
dem Verteidigungsministerium.</p>
<p>Am Dienstag meldete die südkoreanische Agentur Yonhap unter Berufung auf einen Parlamentarier, \
der Geheimdienst NIS gehe inzwischen von [[mehr als 10.000]] Nordkoreanern in Russland aus. \
Pjöngjang bereite demnach eine zweite Entsendung vor, es könnten [[Tausende]] weitere folgen.</p>
<h2>„Da schläft man schlecht“</h2>
<p>Soon-ja Weber lebt seit 1974 in Gelnhausen. Die heute 76-Jährige kam als Krankenschwester aus \
Busan in den Kreis und arbeitete 30 Jahre lang im Krankenhaus der Barbarossastadt. „Wenn ich \
diese Bilder sehe, da schläft man schlecht“, sagt sie. Der koreanische Frauenkreis Main-Kinzig, \
den sie leitet, hat noch 23 Mitglieder; die meisten kamen wie sie in den 70er-Jahren als \
Pflegekräfte.</p>
<p>Auch an die Amerikaner erinnert man sich hier gut: Bis 2007 waren in der Coleman-Kaserne \
zeitweise bis zu 1.800 US-Soldaten stationiert, viele von ihnen hatten zuvor in Südkorea gedient. \
Heute stehen auf dem Gelände Gewerbehallen und rund 400 Wohnungen.</p>
<h2>Forscherin: „Das ist erst der Anfang“</h2>
<p>Die Politikwissenschaftlerin Ines Aumüller, die an der Frankfurter Goethe-Universität zur \
koreanischen Halbinsel forscht, hält Selenskyjs Angaben für glaubwürdig. „Ich rechne bis zum \
Frühjahr mit [[15.000 bis 20.000]] Nordkoreanern in Russland“, sagt sie. Für Kim sei der Einsatz \
ein Geschäft: Moskau liefere Öl, Lebensmittel und womöglich Raketentechnik.</p>
<p>Der Main-Kinzig-Kreis hat seit Kriegsbeginn etwa 4.300 Geflüchtete aus der Ukraine \
aufgenommen. Für den Winter hat die Kreisverwaltung weitere 120&nbsp;Plätze in Wächtersbach \
angemietet.</p>
</article>
<footer>Kinzigtal-Bote · Verlagshaus Gelnhausen · Leserservice 06051 555-210 · <a \
href="/impressum">Impressum</a> · <a href="/agb">AGB</a> · © 2024</footer>
<script>kbStats.send("welt",88213);</script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating Zelensky's Monday-evening figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj:': the video address of Monday evening, window to publication"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend', Konjunktiv: gathered in Kursk"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "Pentagon 'vergangene Woche': moved to eastern Russia for training"),
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "lastweek",
          "same statement ('hieß es damals'): on to Kursk or on the way"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "tue",
          "Yonhap 'am Dienstag' citing a lawmaker on the NIS (X citing Y: south_korea)"),
        C("Tausende", None, "vague", "planned", "south_korea", "tue",
          "'demnach' carries the NIS: 'könnten Tausende weitere folgen' (increment)", add=True),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Frankfurt political scientist 'sagt sie' (no date): expected by spring"),
    ),
)

H02 = Source(
    article_id="h64_02_westerwald_welle_vater_drohnenpilot_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "WW-Welle",
        "https://www.ww-welle.example/nachrichten/region/kursk-gefangene-nordkoreaner-montabaur-41",
        "Kursk: Kiew meldet zwei gefangene Nordkoreaner",
    ),
    features="Westerwald radio station's web text in HTML, ISO-8859-1 (quotes, dash and an umlaut "
        "only as entities in places, `&middot;`), no date in the page (sidecar, Tuesday), a "
        "stream script, a consent banner in radio-speak, traffic and speed-camera nav, an audio "
        "length, the station's frequency; headline `zwei` (number word) from Zelensky's Saturday "
        "announcement (Saturday to publication); teaser 'Seoul beziffert' from the NIS figures "
        "of Monday (the sum); a Ukrainian father in Montabaur passing on his son's word from the "
        "front `Dutzende` (other, `pub`); NIS 'am Montag' (dead and wounded, no increment); "
        "Zelensky 'Anfang Januar'; HUR undated 'Nach Einschätzung' with `knapp`; refugees in the "
        "district, drone prices, drones sent to the front, age, minutes",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Kriegsgefangene aus Nordkorea: Ein Vater aus Montabaur h&ouml;rt genau hin | \
WW-Welle</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.wwRadio={stream:"https://stream.ww-welle.example/live.mp3",bitrate:128};</script>
</head>
<body>
<div id="cmp">Hallo Westerwald! Damit Livestream und Staumeldungen ohne Rauschen laufen, legen \
wir kleine Dateien auf Ihrem Ger&auml;t ab. <button>Meinetwegen</button> <button>Lieber ohne, \
danke</button></div>
<header><a href="/">WW-Welle</a> <a href="/nachrichten">Nachrichten</a> <a \
href="/verkehr">Verkehr</a> <a href="/blitzer">Blitzer</a> <a \
href="/programm">Programm</a></header>
<main>
<h1>Kursk: Kiew meldet [[zwei]] gefangene Nordkoreaner &ndash; ein Vater aus Montabaur h&ouml;rt \
genau hin</h1>
<p class="teaser">Sein Sohn fliegt Drohnen an der Front im Gebiet Kursk. Seoul beziffert die \
nordkoreanischen Verluste inzwischen auf [[rund 3.000]] Tote und Verletzte.</p>
<p class="autor">Von Sabine H&ouml;rter &middot; Nachrichten &middot; 3 Min. Lesezeit</p>
<p>Andrij Kowalenko steht im Hof seiner Werkstatt in Montabaur und scrollt durch Telegram. Seit \
zweieinhalb Jahren lebt der 54-Jährige im Westerwald, repariert Landmaschinen und telefoniert \
jeden Abend mit seinem Sohn. Der ist 27 und steuert für die ukrainische Armee Aufklärungsdrohnen \
über dem Gebiet Kursk. &bdquo;Er sagt, in seinem Abschnitt liegen [[Dutzende]] tote Koreaner auf \
den Feldern&ldquo;, erzählt Kowalenko.</p>
<p>Am Samstag hatte Präsident Wolodymyr Selenskyj die Gefangennahme von [[zwei]] nordkoreanischen \
Soldaten bekanntgegeben. Beide seien verletzt und würden in Kiew vom Geheimdienst SBU befragt. \
Selenskyj bot an, die Männer gegen Ukrainer in russischer Gefangenschaft auszutauschen.</p>
<p>Wie hoch die Verluste der Nordkoreaner insgesamt sind, darüber gehen die Angaben auseinander. \
Südkoreas Geheimdienst NIS berichtete am Montag Abgeordneten in Seoul, [[etwa 300]] Soldaten aus \
dem Norden seien gefallen und [[rund 2.700]] verwundet worden. Selenskyj selbst hatte Anfang \
Januar von [[3.800]] Toten und Verletzten gesprochen.</p>
<p>Nach Einschätzung des ukrainischen Militärgeheimdienstes HUR kämpfen derzeit [[knapp 8.000]] \
Nordkoreaner im Raum Kursk. Sie griffen meist zu Fuß an, in dichten Reihen und ohne Rücksicht auf \
Verluste, heißt es aus Kiew.</p>
<p>Kowalenko glaubt nicht, dass die Gefangenen viel verraten werden. &bdquo;Die haben Angst um \
ihre Familien&ldquo;, sagt er. Im Westerwaldkreis leben nach Angaben der Kreisverwaltung derzeit \
rund 2.900 Menschen aus der Ukraine. Eine Drohne, wie sein Sohn sie fliegt, kostet etwa 400 Euro; \
der Verein &bdquo;Westerwald hilft&ldquo; hat seit dem Sommer 35 Stück gekauft und an die Front \
geschickt.</p>
<p class="audio">Beitrag zum Nachh&ouml;ren: 2:48 Minuten</p>
</main>
<footer>WW-Welle &middot; UKW 97,3 &middot; Studio Hachenburg &middot; Hotline 02662 555 97 \
&middot; &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kiew meldet' (number word): Zelensky's Saturday announcement: captured"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "mon..pub",
          "teaser 'Seoul beziffert': the NIS figures of Monday (300 dead + 2,700 wounded)"),
        C("Dutzende", None, "vague", "casualties", "other", "pub",
          "a refugee in Montabaur passing on his son's word from the front (other, no date)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'berichtete am Montag Abgeordneten': killed"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same sentence: wounded (the others of the same count, no increment)"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar' (days 1-10): dead and wounded"),
        C("knapp 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Einschätzung' without a date: fighting around Kursk"),
    ),
)

H03 = Source(
    article_id="h64_03_bucklige_welt_oberst_vortrag_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="weekly from the Bucklige Welt (Lower Austria) in Markdown, windows-1252 with CRLF "
        "(„“ and – raw), front matter with `date:` and a title without a figure; 'Jänner', "
        "'Feber', 'Heuer'; a retired Bundesheer colonel's talk at the fire station 'am "
        "Dienstagabend' (other): the bold deck and his own estimate (Tuesday; the deck to "
        "publication); he recalls the NIS 'im Jänner' (south_korea, month; dead and wounded); "
        "Rutte 'Ende Jänner' in Brussels (nato); the special forces 'Mitte Feber' without a "
        "figure; HUR 'vergangene Woche' training in the rear (in_russia); 'schätzte er' a range "
        "'zusätzlich' (increment); North Korea's army, the Bundesheer budget, visitors, age, "
        "years, the next talk's date",
    text="""\
---
title: "Warum Kims Soldaten aus Kursk verschwunden sind"
date: 2025-02-20
ressort: Region & Welt
ort: Krumbach
---

# „Die Verluste waren einfach zu hoch“

**Seit Anfang Feber sind Nordkoreas Soldaten von der Front im Gebiet Kursk verschwunden. Ein \
pensionierter Bundesheer-Oberst erklärte in Krumbach, warum – und weshalb er mit [[rund 4.000]] \
Toten und Verwundeten rechnet.**

Krumbach. Gut 80 Besucherinnen und Besucher waren am Dienstagabend ins Feuerwehrhaus gekommen, \
deutlich mehr, als die Leiterin des Bildungswerks erwartet hatte. Herbert Pichler, 71, bis 2014 \
Oberst des Generalstabs und zuletzt im Verteidigungsministerium in Wien tätig, sprach eineinhalb \
Stunden über einen Krieg, der weit weg scheint und doch jeden Abend in den Nachrichten ist.

Pichler hat keinen Zweifel: Die nordkoreanischen Einheiten seien nicht freiwillig aus ihren \
Stellungen bei Sudscha abgezogen. „Die sind verheizt worden“, sagte er. Nach seiner eigenen \
Schätzung seien bis Ende Jänner [[rund 4.000]] Nordkoreaner getötet oder verwundet worden. Der \
südkoreanische Geheimdienst habe im Jänner noch von [[etwa 300]] Gefallenen und [[2.700]] \
Verwundeten gesprochen, „aber seither hat es einige sehr schwere Tage gegeben“.

NATO-Generalsekretär Mark Rutte hatte Ende Jänner in Brüssel von [[mehr als 11.000]] nach \
Russland entsandten Nordkoreanern gesprochen. Pichler hält diese Zahl für „eher vorsichtig \
angesetzt“.

## Rückzug zum Auffrischen

Dass die Nordkoreaner an der Front nicht mehr auftauchen, hatte zuerst ein Sprecher der \
ukrainischen Spezialkräfte gemeldet. Seit rund drei Wochen seien sie in den Kampfgebieten nicht \
mehr gesichtet worden, sagte er Mitte Feber. Der ukrainische Militärgeheimdienst HUR teilte dann \
vergangene Woche mit, die Einheiten würden im Hinterland neu aufgestellt; [[rund 2.000]] Mann \
würden dort im Umgang mit Drohnen geschult.

Pichler rechnet fest damit, dass die Truppen zurückkehren, „und zwar mehr als vorher“. Heuer \
könne Pjöngjang noch [[3.000 bis 5.000]] Soldaten zusätzlich schicken, schätzte er. Die \
nordkoreanische Armee habe mit rund 1,2 Millionen Mann mehr als genug Reserven.

## Lehren fürs Bundesheer

Für Österreich zieht der Oberst eine klare Lehre: Drohnenabwehr gehöre in jede Kompanie. Das \
Bundesheer soll bis 2032 rund 18 Milliarden Euro zusätzlich bekommen, Pichler nennt das „ein \
ordentliches Fundament“. Mehrere Zuhörer wollten wissen, ob die Neutralität das Land noch \
schützt. Seine Antwort: „So lange, wie wir bereit sind, sie zu verteidigen.“

Der nächste Vortrag des Bildungswerks findet am 13. März statt, Thema ist die Wasserversorgung in \
der Buckligen Welt. Eintritt: freie Spende.
""",
    claims=(
        C("rund 4.000", 4000, "approx", "casualties", "other", "tue..pub",
          "bold deck: the colonel's own estimate from the Tuesday-evening talk, to publication"),
        C("rund 4.000", 4000, "approx", "casualties", "other", "tue",
          "retired colonel at the talk 'am Dienstagabend': 'Nach seiner eigenen Schätzung' "
          "('bis Ende Jänner' is the event)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "the colonel recalls the NIS 'im Jänner' (the NIS's month): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same: wounded (no increment)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "2025-01-21..2025-01-31",
          "Rutte 'Ende Jänner' in Brussels (days 21-31): sent to Russia"),
        C("rund 2.000", 2000, "approx", "in_russia", "ukraine", "lastweek",
          "HUR 'vergangene Woche': trained on drones in the rear (in Russia, off the front)"),
        C("3.000 bis 5.000", None, "range", "planned", "other", "tue",
          "the colonel 'schätzte er' at Tuesday's talk: 'zusätzlich schicken' (increment)",
          add=True),
    ),
)

H04 = Source(
    article_id="h64_04_sarganserland_bestaetigung_opfer",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-04-30"),
    dated_by="dateline",
    features="Sarganserland paper's foreign page as plain text, UTF-8, Swiss spelling (no ß, «», "
        "`15'000`, `10'000`, 4-digit `4700`, `3000`), dateline 'Sargans, 30. April 2025 –' "
        "(Wednesday); headline 'Seoul zählt' from the NIS figure of 'Heute Mittwoch'; "
        "Gerassimow 'am Samstag' «Tausenden» (russia); KCNA 'Zwei Tage später' «Tausende» "
        "(north_korea, Monday); NIS via lawmakers: `schätzungsweise 600` (breakdown), the "
        "total and 'rund 3000 weitere nachgerückt' (increment); Selenski 'am Dienstag auf X' "
        "«über 10'000»; a Bad Ragaz military historian restating Seoul's figure inside a quote "
        "(optional) and his own range (other, `pub`); recruits at Walenstadt, sanctions "
        "listings, dollars",
    text="""\
Seeztaler Nachrichten – Ausland

Moskau bestätigt den Einsatz, Seoul zählt [[4700]] Opfer

Russland und Nordkorea geben den Einsatz nordkoreanischer Soldaten erstmals offen zu. Ein Bad \
Ragazer Militärhistoriker hält die Verlustzahlen aus Südkorea für zu tief.

Sargans, 30. April 2025 – Monatelang hatten Moskau und Pjöngjang geschwiegen oder abgewiegelt. \
Nun loben sie den gemeinsamen Kampf. Generalstabschef Waleri Gerassimow sprach am Samstag bei \
einer Sitzung mit Präsident Wladimir Putin von «[[Tausenden]]» nordkoreanischen Kämpfern, die bei \
der Rückeroberung des Gebiets Kursk «Heldenmut» gezeigt hätten. Zwei Tage später zog die \
Staatsagentur KCNA nach: Kim Jong Un habe den Einsatz persönlich angeordnet, «[[Tausende]] \
unserer Kämpfer» hätten die Befreiung Kursks mit erkämpft.

Heute Mittwoch legte Südkoreas Nachrichtendienst NIS nach. Nach dessen Einschätzung, die \
Abgeordnete nach einer Sitzung des Geheimdienstausschusses in Seoul weitergaben, wurden bisher \
[[rund 4700]] Nordkoreaner getötet oder verwundet, unter ihnen [[schätzungsweise 600]] Tote. \
Insgesamt habe Pjöngjang [[etwa 15'000]] Mann nach Russland geschickt. Im Januar und Februar \
seien [[rund 3000]] weitere nachgerückt.

Der ukrainische Präsident Wolodimir Selenski schrieb am Dienstag auf X, Moskau gebe endlich zu, \
was Kiew seit Monaten sage. Die Ukraine habe im Gebiet Kursk zeitweise «[[über 10'000]]» \
Nordkoreaner gegen sich gehabt.

«Eher 5000 bis 6000»

Der Bad Ragazer Militärhistoriker Urs Kalberer, der auf dem Waffenplatz Walenstadt jahrelang \
angehende Offiziere unterrichtet hat, traut den Zahlen aus Seoul nur bedingt. «Wenn Seoul \
[[4700]] sagt, sind es in Wirklichkeit eher [[5000 bis 6000]]», sagt er. Die Nordkoreaner hätten \
in den ersten Wochen «wie im Ersten Weltkrieg» angegriffen, zu Fuss über offenes Gelände und \
gegen Drohnen, die sie nicht kannten.

Für Kim lohne sich das Geschäft trotzdem, meint Kalberer: «Er bekommt Geld, Öl und vor allem \
Erfahrung. Keine andere Armee in Asien hat heute so viel davon.» Russland soll dem Regime pro \
Jahr mehrere hundert Millionen Dollar überweisen, genaue Zahlen gibt es nicht.

Auf dem Waffenplatz Walenstadt absolvieren jedes Jahr rund 1'200 Rekrutinnen und Rekruten ihre \
Grundausbildung. Die Schweiz hat die Sanktionen der EU gegen Nordkorea übernommen, zuletzt gegen \
14 Personen und 3 Firmen.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul zählt': the NIS figure of 'Heute Mittwoch' (the publication day)"),
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'am Samstag' «…»: fought to retake Kursk"),
        C("Tausende", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'Zwei Tage später' (Monday) «…»: fought in Kursk"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS via lawmakers 'Heute Mittwoch': killed or wounded"),
        C("schätzungsweise 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence 'unter ihnen' (breakdown): dead; 'schätzungsweise' = approx"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS, Konjunktiv: sent in all (a total)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS, Konjunktiv: 'weitere nachgerückt' in January and February (increment)",
          add=True),
        C("über 10'000", 10000, "at_least", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstag auf X' «…»: faced in Kursk"),
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "Seoul's figure restated inside the historian's quote", opt=True),
        C("5000 bis 6000", None, "range", "casualties", "other", "pub",
          "Bad Ragaz military historian 'sagt er' (no date): his own range"),
    ),
)

H05 = Source(
    article_id="h64_05_schuetzengau_scharfschuetzen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "Gau-Blatt des Schützengaus Ammersee", "",
        "Kims Scharfschützen – und 6000 neue Helfer für Putin",
    ),
    features="marksmen's association magazine in Markdown, UTF-16 LE with BOM (sidecar without "
        "url, Friday), front matter without a date (column, issue month) with a title figure "
        "(optional); headline 'Kim schickt 6000 Mann' from Shoigu's Tuesday announcement "
        "(russia, Tuesday to publication); HUR 'Nach Einschätzung' without a date `bis zu "
        "12.000` at the front; the NIS 'Ende April'; Shoigu 'am Dienstag' two new contingents "
        "(planned, no increment word); a State Department spokesman 'vergangene Woche'; the "
        "column's own sum 'Zählt man … hinzu, wären es … rund 20.000' (unattributed, planned); "
        "rifle distances, North Korea's army, drone prices, members, clubs, entry fee, dates, "
        "phone number",
    text="""\
---
title: "Kims Scharfschützen – und [[6000]] neue Helfer für Putin"
rubrik: Blick über den Schießstand
ausgabe: Juni
autor: Ludwig Streitl, Gauschützenmeister a. D.
---

# Kim schickt [[6000]] Mann für Minen und Mauern

*Was Sportschützen aus dem Krieg im Gebiet Kursk lernen können – und was nicht. Eine Kolumne.*

Wer am Stand in Dießen liegt, denkt an Ringe, Zehntel und Atemtechnik, nicht an Krieg. Und doch \
schaut man dieser Tage genauer hin, wenn von Scharfschützen die Rede ist. Ukrainische Soldaten \
berichten, unter den nordkoreanischen Einheiten seien erstaunlich gute Schützen gewesen: \
geduldig, gut getarnt, mit alten Dragunow-Gewehren auf 600 Meter treffsicher.

Nach Einschätzung des ukrainischen Militärgeheimdienstes standen in den Wintermonaten zeitweise \
[[bis zu 12.000]] Nordkoreaner an der Front, darunter eigene Scharfschützenzüge. Bezahlt haben \
sie teuer: Südkoreas Geheimdienst bezifferte Ende April die Zahl der Getöteten und Verwundeten \
auf [[rund 4.700]].

Jetzt kommt Nachschub anderer Art. Russlands Sicherheitsratschef Sergej Schoigu reiste am \
Dienstag erneut nach Pjöngjang. Danach verkündete er, Kim stelle [[1000]] Kampfmittelräumer zur \
Verfügung, die im Gebiet Kursk Minen und Blindgänger beseitigen sollen, außerdem [[5000]] Mann \
aus Bautruppen, die zerstörte Dörfer wieder aufbauen.

Auch Washington schaut genau hin. Ein Sprecher des US-Außenministeriums erklärte vergangene \
Woche, nach amerikanischen Erkenntnissen habe Pjöngjang seit dem Herbst [[über 14.000]] Soldaten \
nach Russland geschickt. Zählt man die neuen Kontingente hinzu, wären es alles in allem [[rund \
20.000]] Mann – bei einer Armee, die sich selbst 1,2 Millionen Soldaten zuschreibt, immer noch \
ein überschaubarer Teil.

Was lernt der Sportschütze daraus? Vor allem, wie sehr sich das Handwerk verändert hat. Der \
Schütze von heute wird von Drohnen gejagt, die ein paar hundert Euro kosten. Unser Gau zählt \
1.340 Mitglieder in 27 Vereinen, und keiner von uns muss je so schießen. Dafür darf man dankbar \
sein.

**Termine:** Gaumeisterschaft Luftgewehr am 12. Juli in Utting, Meldeschluss 30. Juni, Startgeld \
8 Euro. Ausschreibung beim Gausportleiter, Telefon 08807 555 41.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "front-matter title (metadata) restating Shoigu's Tuesday figure", opt=True),
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Kim schickt': Shoigu's two contingents of Tuesday (1000 + 5000), to "
          "publication"),
        C("bis zu 12.000", 12000, "at_most", "near_front", "ukraine", "pub",
          "HUR 'Nach Einschätzung' without a date ('in den Wintermonaten' is the event): at the "
          "front"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'Ende April' (days 21-30): killed and wounded"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag … verkündete er': deminers to be provided (a new contingent)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same: construction troops (no increment word)"),
        C("über 14.000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "State Department spokesman 'vergangene Woche': sent since autumn"),
        C("rund 20.000", 20000, "approx", "planned", "unattributed", "pub",
          "the column's own sum 'Zählt man … hinzu, wären es' (own reckoning, required)"),
    ),
)

H06 = Source(
    article_id="h64_06_campusblatt_weingarten_busan",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-10-13"),
    dated_by="sidecar",
    sidecar=(
        "Campusblatt Weingarten",
        "https://campusblatt.example/2025/10/meine-cousins-haben-angst-vor-dem-brief",
        "„Meine Cousins haben Angst vor dem Brief“",
    ),
    features="Weingarten student paper as plain text, UTF-8 with BOM (sidecar, Monday); headline "
        "without a figure; teaser 'Seouls Geheimdienst zählt' from the NIS 'im September' "
        "(September to publication); Friday's party parade on state TV with `Hunderte` "
        "Kursk veterans (returnees: optional) next to `Tausende Soldaten` parading (not a "
        "claim); NIS 'im September' (total and dead); 'Im Frühjahr war in Seoul noch von … die "
        "Rede' (a season: March-May); Yonhap 'unter Berufung auf Regierungskreise' 'Am "
        "Wochenende' `weitere 1.000` (increment, span without 'weitere'); the Ukrainian army "
        "command undated; an exchange student from Busan (other, vague increment) and a "
        "lecturer (other, `pub`); conscription ages and months, Russian losses a day "
        "(British estimate), students, room number, time",
    text="""\
CAMPUSBLATT | Politik & Welt

„Meine Cousins haben Angst vor dem Brief“

Min-seo Park studiert seit diesem Semester in Weingarten. Während in Pjöngjang Kims Veteranen \
marschieren, sorgt sich die Austauschstudentin aus Busan um die jungen Männer zu Hause. Seouls \
Geheimdienst zählt [[rund 2.000]] gefallene Nordkoreaner.

Von Lea Hummel

Wenn Min-seo Park über Nordkorea spricht, spricht sie eigentlich über Südkorea. Die 23-Jährige \
ist eine von zwölf Austauschstudierenden, die zum Wintersemester an die Pädagogische Hochschule \
gekommen sind; zu Hause in Busan studiert sie Grundschullehramt. Ihre beiden Cousins sind 19 und \
20 und warten auf die Einberufung zum Wehrdienst, der in Südkorea 18 Monate dauert. „Seit die \
Nordkoreaner in Russland kämpfen, redet man bei uns ganz anders über den Brief vom Militär“, sagt \
sie.

Am Freitag marschierten in Pjöngjang zum 80. Gründungstag der Arbeiterpartei Tausende Soldaten \
über den Kim-Il-Sung-Platz. Das Staatsfernsehen zeigte dabei auch [[Hunderte]] Veteranen des \
Einsatzes im Gebiet Kursk, die in eigenen Blöcken mitliefen. Park hat die Bilder auf dem Handy. \
„Die werden gefeiert wie Helden. Von den Toten spricht keiner.“

Dabei sind es viele. Der südkoreanische Nachrichtendienst NIS hatte im September Abgeordneten \
berichtet, von den [[etwa 15.000]] nach Russland entsandten Nordkoreanern seien [[rund 2.000]] \
gefallen. Im Frühjahr war in Seoul noch von [[etwa 600]] Toten die Rede gewesen. Am Wochenende \
meldete die Agentur Yonhap unter Berufung auf Regierungskreise, Nordkorea habe weitere [[1.000]] \
Pioniere ins Gebiet Kursk verlegt.

Die ukrainische Armeeführung geht derzeit von [[etwa 11.000]] Nordkoreanern aus, die im Gebiet \
Kursk und entlang der Grenze stationiert seien. Russland selbst verliert nach britischen \
Schätzungen jeden Tag rund 1.000 Soldaten an Toten und Verwundeten.

„Bei uns zu Hause glauben viele, dass Kim noch [[mehrere tausend]] nachschickt, vielleicht schon \
im Winter“, erzählt Park. Tobias Brenneisen, der an der PH Politikwissenschaft lehrt, hält das \
für wahrscheinlich. „Wenn Moskau weiter so viele Männer verliert, werden bald [[mehr als 20.000]] \
Nordkoreaner in Russland im Einsatz sein“, sagt er.

Die PH hat derzeit rund 3.900 Studierende, knapp 60 davon kommen aus dem Ausland. Wer Min-seo \
Park kennenlernen will: Das International Office lädt am Mittwoch um 19 Uhr zum Länderabend Korea \
in den Schlossbau, Raum S 1.12. Der Eintritt ist frei, Kimchi gibt es gegen eine Spende.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "teaser 'Seouls Geheimdienst zählt': the NIS figure of September, to publication"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at Friday's parade: Kursk veterans marching (returnees)", opt=True),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September' to lawmakers: sent to Russia"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "same sentence: fallen"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "'Im Frühjahr war in Seoul noch … die Rede' (a season: March-May): dead"),
        C("1.000", 1000, "exact", "near_front", "south_korea", "sat..sun",
          "Yonhap citing government circles 'Am Wochenende': 'weitere' pioneers moved into "
          "Kursk (increment)", add=True),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "Ukrainian army command 'geht derzeit … aus' (no date): in Kursk and along the border"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "exchange student from Busan on what people at home believe: 'nachschickt' "
          "(increment)", add=True),
        C("mehr als 20.000", 20000, "at_least", "planned", "other", "pub",
          "Weingarten political science lecturer 'sagt er' (no date): soon in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

H07 = Source(
    article_id="h64_07_townsville_lavarack_losses_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-27"),
    dated_by="html_meta", crlf=True,
    features="Townsville daily in HTML, windows-1252 with CRLF (typographic quotes raw), "
        "`article:published_time` with +10:00, a consent banner in Australian slang, a metered "
        "paywall script, nav with Magnetic Island and the Cowboys, 'Most read', an ABN; "
        "`<title>` figure with 'top' (optional, at_least); headline 'White House: … top 1,000' "
        "(span without the verb) and the lead 'the United States says' dated by Kirby's "
        "Thursday (US time) in the next paragraph; Zelensky 'on Monday'; the NIS 'which "
        "briefed lawmakers last Thursday' (a Friday article: the Thursday of the week before) "
        "with `close to 1,000` and `11,000 or so` (hedge after the number); Australia's defence "
        "minister at Lavarack Barracks on Monday (a third government: other); soldiers at the "
        "barracks, tanks, aid in dollars, Australians who served and died in Korea, years",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>White House says North Korean losses top [[1,000]] | North Queensland Herald</title>
<meta property="article:published_time" content="2024-12-27T15:20:00+10:00">
<meta property="og:locale" content="en_AU">
<script>var nqh={section:"world",id:"nqh-774120",paywall:"metered",freeLeft:3};</script>
</head>
<body>
<div class="privacy">G’day. We keep a few cookies so the tide charts load and the ads keep our \
reporters on the road. Your call: <button>Righto, go on</button> <button>Nah, leave it</button> \
(the fine print lives in our privacy policy)</div>
<nav><a href="/">Home</a> | <a href="/townsville">Townsville</a> | <a \
href="/magnetic-island">Magnetic Island</a> | <a href="/defence">Defence</a> | <a \
href="/world">World</a> | <a href="/cowboys">Cowboys</a></nav>
<article>
<h1>White House: North Korean losses in Kursk top [[1,000]] in a week</h1>
<p class="standfirst">Canberra condemns Pyongyang’s “reckless” deployment as soldiers at Lavarack \
Barracks prepare for exercises with South Korea in the new year.</p>
<p class="byline">By Kate Delaney, Defence Reporter</p>
<p>Pyongyang's soldiers, sent to help Russia retake its Kursk region, have taken heavy losses in \
their first weeks of combat, the United States says, with [[more than 1,000]] killed or wounded \
in the past week alone.</p>
<p>John Kirby, the White House national security communications adviser, gave the estimate to \
reporters in Washington on Thursday, US time. “Russian and North Korean commanders are treating \
these men as expendable,” he said, adding that Pyongyang appeared to be readying more troops and \
equipment for Moscow. He did not say how many.</p>
<p>In Kyiv, President Volodymyr Zelensky on Monday gave a far higher toll: [[more than 3,000]] \
North Korean dead and wounded since their units joined the fighting. South Korea’s National \
Intelligence Service, which briefed lawmakers last Thursday, was more cautious: by its count \
[[about 100]] had died and [[close to 1,000]] were wounded. The agency believes most of the \
[[11,000 or so]] soldiers the North sent are now committed to combat in Kursk.</p>
<p>Defence Minister Richard Marles, visiting the 3rd Brigade at Lavarack Barracks on Monday, \
called the dispatch of “[[thousands]] of North Korean soldiers” to Russia “a reckless escalation \
that should worry every country in our region”.</p>
<p>About 5,000 soldiers are based at Lavarack, and units from the barracks will train alongside \
the South Korean army next year. Australia has so far committed more than $1.3 billion in \
military aid to Ukraine, including 49 retired Abrams tanks announced in October.</p>
<p>The Korean War still looms large in Townsville. More than 17,000 Australians served in Korea \
between 1950 and 1953 and 340 of them were killed; a service at the Strand cenotaph is held every \
July.</p>
</article>
<aside><h3>Most read</h3><ol><li>Croc sighting closes Rowes Bay beach</li><li>Cowboys sign \
19-year-old winger</li><li>Bruce Highway roadworks: what you need to know</li></ol></aside>
<footer>© North Queensland Herald 2024 · ABN 55 123 456 789 · Newsroom (07) 4700 5555</footer>
<script>nqhAds.slot("mrec",[300,250]);</script>
</body>
</html>
""",
    claims=(
        C("1,000", 1000, "at_least", "casualties", "united_states", "thu..pub",
          "<title> (metadata) 'top 1,000': Kirby's Thursday figure", opt=True),
        C("1,000", 1000, "at_least", "casualties", "united_states", "thu..pub",
          "headline 'White House: … top 1,000' (verb outside the span: at_least), Kirby's "
          "Thursday to publication"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "thu..pub",
          "lead 'the United States says', dated by the next paragraph (Kirby 'on Thursday, US "
          "time'; a day earlier than the Australian Friday): killed or wounded"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'on Monday': killed or wounded"),
        C("about 100", 100, "approx", "casualties", "south_korea", "2024-12-19",
          "NIS 'which briefed lawmakers last Thursday' (a Friday article: 19 December): died"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same count: wounded (no increment)"),
        C("11,000 or so", 11000, "approx", "in_russia", "south_korea", "2024-12-19",
          "'The agency believes' (carried): soldiers the North sent ('or so' after the number)"),
        C("thousands", None, "vague", "in_russia", "other", "mon",
          "Australia's defence minister 'on Monday' (a third government: other): the dispatch "
          "to Russia"),
    ),
)

H08 = Source(
    article_id="h64_08_stornoway_quay_reinforcements_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-13"),
    dated_by="front_matter",
    features="Lewis and Harris community news page in Markdown, UTF-8, front matter with `date:` "
        "and a title without a figure; headline 'Seoul says … 3,000 more' (increment, span "
        "without 'more') from the JCS 'on Tuesday' (Tuesday to publication); 'roughly 3,000 "
        "more'; 'The JCS put … at' carries the day; Syrskyi 'wrote at the weekend' in quotes "
        "(Saturday-Sunday); a NATO spokesperson 'on Wednesday' in quotes; 'Back in December' "
        "Rutte 'said at the time' (a month); the UK defence secretary 'last month' (other); a "
        "retired navy man from Point with 'nearer 15,000' (other, `pub`); NATO exercise "
        "personnel, the runway, objections, population, ferry time, pounds, years of service",
    text="""\
---
title: "Reinforcements from Pyongyang, and why the islands are watching"
date: 2025-03-13
author: Mairi Morrison
section: News / World
---

# Seoul says North Korea has sent [[3,000]] more troops to Russia

*As the Stornoway airport plans go back before the council, the war in Ukraine no longer feels \
like a distant story in the Western Isles.*

Kim Jong Un has quietly topped up his forces in Russia, South Korea's military says. Its Joint \
Chiefs of Staff said on Tuesday that Pyongyang had shipped [[roughly 3,000]] more soldiers to \
Russia in January and February, making good some of the heavy losses around Kursk.

The JCS put the North's casualties so far at [[around 4,000]] killed or wounded. That fits with \
what Ukraine's commanders have been reporting: after several weeks out of the line, North Korean \
assault groups are back near Sudzha. General Oleksandr Syrskyi, Ukraine's commander-in-chief, \
wrote at the weekend that "[[about 2,000]]" of them were again in action in that sector.

At NATO's headquarters in Brussels, a spokesperson said on Wednesday that the alliance's figure \
for North Koreans sent to Russia since October now stood at "[[over 11,000]]". Back in December, \
Secretary General Mark Rutte had put the number at [[more than 10,000]], and said at the time \
that it was rising by the week.

In London, Defence Secretary John Healey told MPs last month that North Korea had already lost \
"[[thousands]]" of its men in Kursk, killed or badly hurt.

## What it means for Stornoway

The war reaches the islands by way of the airport. Stornoway is one of NATO's forward operating \
bases, and the Ministry of Defence wants to enlarge the apron and add new hangars. Around 60 \
objections have been lodged, and the comhairle's planning committee will look at the application \
again on 25 March. The runway is already 2,200 metres long.

During last autumn's Joint Warrior exercise about 6,500 personnel from a dozen nations took part \
off the west coast, and some islanders worry that a bigger base would make Lewis a target.

Calum MacLeod, who spent 22 years in the Royal Navy and now lives in Point, does not share that \
fear. "We watched the Russian submarines come round the Butt every winter when I was serving. Now \
they've Korean infantry too. Whatever Seoul says, I'd guess it's [[nearer 15,000]] by now," he \
said.

The islands have about 26,000 residents, and the ferry crossing from Ullapool takes two hours and \
45 minutes. The upgrade is expected to cost tens of millions of pounds.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul says … 3,000 more' (increment, span without 'more'), the JCS's "
          "Tuesday to publication", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "tue",
          "JCS 'said on Tuesday': shipped 'more' soldiers (increment)", add=True),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "tue",
          "'The JCS put … at' (carried from Tuesday): killed or wounded"),
        C("about 2,000", 2000, "approx", "near_front", "ukraine", "sat..sun",
          "Syrskyi 'wrote at the weekend' \"…\": in action near Sudzha"),
        C("over 11,000", 11000, "at_least", "in_russia", "nato", "wed",
          "NATO spokesperson 'on Wednesday' \"…\": sent to Russia since October"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-01..2024-12-31",
          "'Back in December' Rutte 'had put the number at' ('said at the time')"),
        C("thousands", None, "vague", "casualties", "other", "2025-02-01..2025-02-28",
          "UK defence secretary 'told MPs last month' (a third government: other)"),
        C("nearer 15,000", 15000, "approx", "in_russia", "other", "pub",
          "retired navy man from Point, 'he said' without a date: 'nearer' = approx"),
    ),
)

H09 = Source(
    article_id="h64_09_western_slope_veterans_budanov",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-07-23"),
    dated_by="dateline",
    features="Grand Junction (Colorado) paper as plain text, ISO-8859-1 (straight quotes, `--`), "
        "a 'Published July 23, 2025' line and a dateline 'GRAND JUNCTION --' (Wednesday); "
        "headline 'Kyiv:' with a range increment from Budanov's interview 'published Monday' "
        "(Monday to publication); 'He said' carries the interview; Shoigu 'on a visit to "
        "Pyongyang last month' (russia, June); the NIS's 'latest public estimate' without a "
        "date; a Pentagon spokesperson 'Tuesday' with 'north of 4,000' (at_least); a Korean "
        "restaurant owner passing on her cousin's word 'maybe 50,000' (other, `pub`); a Korean "
        "War veteran's age and unit losses, chapter members, Americans who served and died in "
        "Korea, county population, temperatures, dollars, phone number",
    text="""\
WESTERN SLOPE SENTINEL
World & Nation

Kyiv: North Korea could send [[25,000 to 30,000]] more troops to Russia

Mesa County's Korean War veterans watch an old enemy march off to war again

By Dale Whitcomb, Sentinel staff writer
Published July 23, 2025

GRAND JUNCTION -- Bill Harmon was 19 when his company dug in north of the Han River in the spring \
of 1951. His unit lost 11 men in one night. "I never thought I'd live to see North Korean \
soldiers fighting in Europe," said Harmon, now 93, over coffee at the VFW post on North Avenue.

It is a scene few here expected. Kyrylo Budanov, head of Ukraine's HUR spy agency, told a Kyiv \
weekly in an interview published Monday that the North might ship [[25,000 to 30,000]] additional \
soldiers to Russia before the end of the year. He said [[about 11,000]] North Koreans were \
currently on Russian soil, most of them in the Kursk region that Ukraine briefly held.

Moscow has made no secret of wanting more. On a visit to Pyongyang last month, Sergei Shoigu, the \
Kremlin's security chief, announced that the North would send [[6,000]] troops -- mine-clearing \
specialists and military construction crews -- to rebuild Kursk.

South Korea's National Intelligence Service, in its latest public estimate, counted [[some \
15,000]] North Koreans deployed to Russia in all. At the Pentagon, a spokesperson said Tuesday \
that the department's estimate of North Korean killed and wounded stood at "[[north of 4,000]]," \
and declined to comment on Budanov's figures.

For the 40 members of the local chapter of the Korean War Veterans Association, down from about \
140 in 2000, the news is personal. Nearly 1.8 million Americans served in the Korean War and \
36,574 died there.

Grace Yoon, 58, who has run Seoul Garden, a small Korean café on Main Street, since 2006, follows \
the story through relatives in Seoul. "My cousin says people there think [[maybe 50,000]] will go \
in the end," she said. "Nobody in the South believes Kim will stop."

Mesa County has about 158,000 residents and, by the last census, fewer than 600 of Korean \
descent. Yoon's lunch special is still $12, and on Tuesday she served it to a table of veterans \
in 97-degree heat.

The chapter meets the second Thursday of each month at the VFW hall. Information: (970) 555-0142.
""",
    claims=(
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv:': Budanov's interview published Monday, to publication; 'more' "
          "(increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon",
          "Budanov 'in an interview published Monday': 'additional' (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "'He said' (carried): on Russian soil"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'On a visit to Pyongyang last month' (June): would send to Kursk"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "pub",
          "NIS 'in its latest public estimate' (no date): deployed to Russia in all"),
        C("north of 4,000", 4000, "at_least", "casualties", "united_states", "tue",
          "Pentagon spokesperson 'said Tuesday' \"…\": 'north of' = at_least"),
        C("maybe 50,000", 50000, "approx", "planned", "other", "pub",
          "restaurant owner passing on her cousin's word, 'she said' (no date): 'maybe' = "
          "approx"),
    ),
)

H10 = Source(
    article_id="h64_10_curonian_courier_kim_honours_dead_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-26"),
    dated_by="sidecar",
    sidecar=(
        "The Curonian Courier",
        "https://www.curoniancourier.example/security/kim-honours-kursk-dead-2025-08",
        "Kim honours his Kursk dead as Seoul puts the toll at about 2,000",
    ),
    features="English-language outlet from Klaipeda in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Tuesday), JSON-LD without a date, a consent banner about crumbs, nav with "
        "'Port &amp; Shipping'; `<title>` figure (optional); headline 'as Seoul puts the toll at' "
        "from the NIS briefing 'last week'; KCNA on Kim's Friday ceremony \"hundreds of "
        "martyrs\" (north_korea); lawmakers 'briefed by' the NIS 'last week' (dead, total) and "
        "'they said' `as many as 6,000` engineers into Kursk; a NATO military official in "
        "Vilnius 'on Monday' in quotes; Lithuania's deputy defence minister 'on Saturday' "
        "\"tens of thousands more\" (other, vague increment); BALTOPS ships and personnel, "
        "port tonnage, GDP share, euros, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kim honours Kursk dead as Seoul counts [[2,000]] fallen – The Curonian Courier</title>
<meta name="twitter:site" content="@curoniancourier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headli\
ne":"Kim honours his Kursk dead","inLanguage":"en","publisher":{"@type":"Organization","name":"Th\
e Curonian Courier"}}</script>
</head>
<body>
<div class="gdpr">Sveiki! This site leaves a few crumbs (cookies) behind so pages load quickly \
and we can count our readers. <button>Let the crumbs stay</button> <button>Sweep them \
up</button></div>
<nav><a href="/">Klaipėda</a> · <a href="/lithuania">Lithuania</a> · <a \
href="/baltics">Baltics</a> · <a href="/security">Security</a> · <a href="/port">Port &amp; \
Shipping</a></nav>
<main>
<h1>Kim honours his Kursk dead as Seoul puts the toll at [[about 2,000]]</h1>
<p class="lede">Pyongyang has begun to celebrate the soldiers it sent to Russia. In Klaipėda, \
where allied warships spent the summer, officials say the lesson lies closer to home than it \
looks.</p>
<p>North Korean leader Kim Jong Un presided over a ceremony in Pyongyang on Friday at which \
soldiers back from the Kursk region received state decorations, the state news agency KCNA \
reported. Kim bowed before a wall of photographs and said the &ldquo;[[hundreds]] of \
martyrs&rdquo; who fell abroad would never be forgotten, the agency said.</p>
<p>It was a rare admission of losses, and outside estimates run far higher. South Korean \
lawmakers briefed by the National Intelligence Service last week said [[about 2,000]] North \
Korean soldiers had died, out of [[around 15,000]] the North has dispatched since last October. \
The spy agency also believes Pyongyang is moving [[as many as 6,000]] military engineers into the \
Kursk region to clear mines and rebuild, they said.</p>
<p>A NATO military official, speaking in Vilnius on Monday on condition of anonymity, said the \
alliance's own count of North Koreans sent to Russia was &ldquo;[[well above 14,000]]&rdquo;.</p>
<p>Lithuania's deputy defence minister, Rokas Žemaitis, told reporters in Klaipėda on Saturday \
that the Kremlin could ask Pyongyang for &ldquo;[[tens of thousands]] more&rdquo; if its summer \
offensive stalls. &ldquo;Every North Korean who learns drone warfare in Kursk is a soldier who \
could one day stand opposite NATO,&rdquo; he said.</p>
<p>This year's BALTOPS exercise brought about 50 ships and 9,000 personnel from 17 allies to the \
Baltic; twelve of the vessels called at Klaipėda. Lithuania plans to spend more than 5 per cent \
of its GDP on defence next year. The port handled 33.6 million tonnes of cargo last year and is \
investing €140 million in new berths.</p>
</main>
<footer>The Curonian Courier · Naujoji Uosto g. 8, Klaipėda · +370 46 555 210 · © 2025</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "lastweek",
          "<title> (metadata) restating the NIS figure of last week", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "headline 'as Seoul puts the toll at': the NIS briefing 'last week' (window to "
          "publication)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "fri",
          "Kim at the ceremony 'on Friday', reported by KCNA: martyrs who fell"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "lawmakers 'briefed by' the NIS 'last week': died"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "same sentence: dispatched since October"),
        C("as many as 6,000", 6000, "at_most", "near_front", "south_korea", "lastweek",
          "'The spy agency also believes …, they said': into the Kursk region"),
        C("well above 14,000", 14000, "at_least", "in_russia", "nato", "mon",
          "NATO military official 'on Monday' in Vilnius: sent to Russia"),
        C("tens of thousands", None, "vague", "planned", "other", "sat",
          "Lithuania's deputy defence minister 'on Saturday' (a third government): 'more' "
          "(increment, span without the word)", add=True),
    ),
)

H11 = Source(
    article_id="h64_11_bougainville_bulletin_builders_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-08"),
    dated_by="sidecar",
    sidecar=(
        "Bougainville Bulletin",
        "https://bougainvillebulletin.example/world/seoul-north-korea-builders-russia",
        "Seoul: North Korea sends 5,000 more builders to Russia",
    ),
    features="Bougainville news page in Markdown, windows-1252 (curly quotes raw), front matter "
        "without a date (sidecar, Saturday); headline 'Seoul:' `5,000 more` (increment) from "
        "the NIS 'on Tuesday' (Tuesday to publication); 'roughly 5,000 additional'; 'The spy "
        "agency also said' carries Tuesday (border areas, the dead); Zelensky 'on Thursday' "
        "`up to 10,000`; Russia's ambassador in Pyongyang to TASS 'last month' (russia, "
        "October); a historian in Arawa restating Seoul's figure inside a quote (optional); "
        "Japanese troops in 1943, the Bougainville crisis's dead (a range, not a claim), "
        "population, referendum per cent, kina, kilometres",
    text="""\
---
title: "A distant war, a familiar story"
section: World
byline: Bulletin reporter, Buka
---

# Seoul: North Korea sends [[5,000]] more builders to Russia

*The numbers from Kursk keep rising. In Arawa, a historian hears echoes of Bougainville’s own war.*

Briefing a parliamentary committee in closed session on Tuesday, South Korea’s National \
Intelligence Service said North Korea had moved [[roughly 5,000]] additional military \
construction troops to Russia since September. They travel by train across Siberia and are put to \
work on roads, bridges and bunkers, one lawmaker said afterwards.

The spy agency also said [[around 10,000]] North Korean soldiers were now deployed in Russian \
border areas facing Ukraine, and that the dead among them numbered [[some 2,000]].

Ukraine’s President Volodymyr Zelensky warned on Thursday that Moscow meant to throw “[[up to \
10,000]]” North Koreans into new offensives in the coming months. Russia’s ambassador in \
Pyongyang, Alexander Matsegora, had told the TASS agency last month that “[[thousands]] of Korean \
builders” would help restore the Kursk region, calling them “true friends”.

## Echoes on the island

For historian Joseph Kobuna, a retired teacher in Arawa, the story is uncomfortably familiar. In \
1943 Japan had some 65,000 men on Bougainville, he points out, most of them young conscripts far \
from home, and many never went back.

“If Seoul is right and [[2,000]] of these boys are already dead, their families will never be \
told the truth,” he said. “We know what it means when a government hides its dead.”

The Bougainville crisis of 1988 to 1998 cost an estimated 15,000 to 20,000 lives. The region, \
home to about 300,000 people, voted 97.7 per cent for independence in 2019 and is still \
negotiating with Port Moresby.

Kobuna will speak on the Pacific War at the Arawa library on Saturday. Entry is K5; the drive \
from Buka is about 190 km.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul:' `5,000 more` (increment), the NIS of Tuesday to publication",
          add=True),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'told a parliamentary committee on Tuesday': 'additional' (increment)", add=True),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'The spy agency also said' (carried): in the border areas facing Ukraine"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same sentence: the dead"),
        C("up to 10,000", 10000, "at_most", "planned", "ukraine", "thu",
          "Zelensky 'on Thursday' \"…\": to be thrown into new offensives"),
        C("thousands", None, "vague", "planned", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang to TASS 'last month' (October): would help restore "
          "Kursk"),
        C("2,000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "Seoul's figure restated inside the historian's quote ('If Seoul is right')",
          opt=True),
    ),
)

H12 = Source(
    article_id="h64_12_luwinga_messenger_world_watch",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-09-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Luwinga Messenger (St Augustine's Parish, Mzuzu)", "",
        "North Korea's lost sons: Seoul says 2,000 have died in Russia's war",
    ),
    features="Mzuzu parish newsletter's world column as plain text, UTF-16 LE with BOM and CRLF "
        "(sidecar without url, Friday); a capitalised headline 'Seoul says' from the NIS 'on "
        "4th September' (an ordinal date; to publication); 'It added that' carries the date to "
        "'a further 6,000' (increment) sent into Kursk; an agentless 'are believed to have "
        "gone' `as many as 15,000` (unattributed, required); Zelensky 'last Wednesday' (a "
        "Friday article: window from the week before to that Wednesday); North Korean "
        "television 'in a programme aired last month' (north_korea, August); a priest who "
        "studied in Korea 'perhaps 3,000 more' (other, `pub`, increment); members, "
        "outstations, fertiliser and collection in kwacha, Mass times, kilometres, phone",
    text="""\
THE LUWINGA MESSENGER
Weekly newsletter of St Augustine's Parish, Luwinga, Mzuzu

WORLD WATCH
NORTH KOREA'S LOST SONS: SEOUL SAYS [[2,000]] HAVE DIED IN RUSSIA'S WAR

Each Friday this column looks beyond our borders for the Justice and Peace desk. This week we \
turn to a story many of you asked about after Sunday's homily: the young North Korean soldiers \
sent to fight for Russia.

South Korea's intelligence service informed its parliament on 4th September that [[around 2,000]] \
North Korean soldiers had lost their lives in the fighting in Russia's Kursk region. It added \
that Pyongyang had sent a further [[6,000]] men into Kursk, most of them engineers, to clear \
mines and rebuild roads.

Since last October, [[as many as 15,000]] North Korean soldiers are believed to have gone to \
Russia, most of them conscripts who had never before left their country. Ukraine's President \
Volodymyr Zelensky said last Wednesday that [[about 11,000]] of them were still deployed in and \
around Kursk.

North Korea itself says little. In a programme aired last month, its state television spoke of \
"[[thousands]] of heroes" who had fought in Kursk, and showed Kim Jong Un promising new flats to \
the families of the fallen. It gave no number of dead.

Father Chisomo Banda, who studied theology in Korea for three years before his ordination, \
follows the news closely. "My friends there tell me [[perhaps 3,000]] more could be sent before \
Christmas," he said. "Pray for the mothers on both sides of that border."

PARISH NOTES
- Our parish now counts 4,200 registered members in 14 outstations.
- Last Sunday's collection came to MK 612,500. Thank you.
- A 50 kg bag of fertiliser now costs about MK 95,000; the Justice and Peace desk will discuss \
prices on Wednesday.
- Mass times: 6.30 and 9.00 on Sundays. Youth choir trip to Nkhata Bay (48 km) on Saturday.
- Contact the parish office on 0999 555 123.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "capitalised headline 'SEOUL SAYS': the NIS figure of 4 September, to publication"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS 'informed its parliament on 4th September': lost their lives"),
        C("6,000", 6000, "exact", "near_front", "south_korea", "2025-09-04",
          "'It added that' (carried): 'a further 6,000' into Kursk (increment)", add=True),
        C("as many as 15,000", 15000, "at_most", "in_russia", "unattributed", "pub",
          "'as many as … are believed to have gone' (agentless: unattributed, required)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-09-10..2025-09-17",
          "Zelensky 'last Wednesday' in a Friday article (17 September, or the week before): "
          "in and around Kursk"),
        C("thousands", None, "vague", "near_front", "north_korea", "2025-08-01..2025-08-31",
          "state television 'In a programme aired last month' (August) \"…\": fought in Kursk"),
        C("perhaps 3,000", 3000, "approx", "planned", "other", "pub",
          "priest passing on his friends' word, 'he said' (no date): 'more could be sent' "
          "(increment)", add=True),
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
