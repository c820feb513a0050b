"""Build the 70th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The seventy-second corpus, for an honest measurement on articles the extractor has never met,
written blind in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
Weilburg daily, a Hochtaunus radio station's web text, a Kremstal weekly (Austrian), a Grenchen
paper from the Jura foot (Swiss), a brass band association's magazine and a Ludwigsburg student
paper; a Mildura daily, a Gigha community page, a Yarmouth (Nova Scotia) paper, an Iasi
English-language outlet, a Chatham Islands page and a Liberian foreign-affairs newsletter. Same
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
BASE_NAME = "_blind70_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w70_01_weilburg_selenskyj_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="Weilburg daily's web page in HTML (`article:published_time` with +01:00, "
        "'Veröffentlicht: 07.11.2024', a metering script, a consent layer 'Soll so sein' / "
        "'Lieber ohne Tracking', navigation, footer with a phone number); `<title>` figure "
        "(optional); headline 'Selenskyj:' from his video 'vom Montagabend'; Pentagon's Singh "
        "'am Dienstag' with the figure before the speaker (`rund 10.000` sent, `mindestens "
        "8.000` moved on to Kursk); Rutte 'in der Vorwoche' (nato); lawmaker Park relaying the "
        "NIS 'am Mittwoch' `bis zu 12.000` by December; a Weilburg ex-liaison officer's range "
        "'hält es für wahrscheinlich' (other, `pub`); army of 'mehr als eine Million', club "
        "members, Russian losses a day, age",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: [[11.000]] Nordkoreaner im Raum Kursk | Oberlahn-Kurier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Oberlahn-Kurier">
<meta property="article:published_time" content="2024-11-07T06:40:00+01:00">
<script>window.olk={artikel:"88214",ressort:"welt",zaehler:"meter-3"};</script>
</head>
<body>
<div class="cc-layer" role="dialog">Diese Seite merkt sich mit Cookies, was Sie lesen, und \
teilt das mit 37 Werbepartnern. <button>Soll so sein</button> <button>Lieber ohne \
Tracking</button></div>
<nav><a href="/">Start</a> &middot; <a href="/weilburg">Weilburg</a> &middot; <a \
href="/oberlahn">Oberlahn</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a></nav>
<article>
<h1>Selenskyj: [[11.000]] Nordkoreaner im Raum Kursk</h1>
<p class="teaser">Kiew und Washington legen neue Zahlen vor. Ein Weilburger, der als \
Verbindungsoffizier in Seoul war, hält sie eher für zu niedrig.</p>
<p class="meta">Veröffentlicht: 07.11.2024, 06:40 Uhr &middot; Von Katrin Schäfer-Lotz</p>
<p>Kiew/Washington. Die Zahl der nordkoreanischen Soldaten an der ukrainischen Grenze wächst \
nach Darstellung Kiews rasch. In seiner Videobotschaft vom Montagabend sprach Präsident \
Wolodymyr Selenskyj von [[11.000]] Soldaten aus Nordkorea, die inzwischen im russischen Gebiet \
Kursk stünden. Bei ersten Gefechten mit ukrainischen Einheiten habe es „bereits Verluste“ \
gegeben, fügte er hinzu, ohne das zu beziffern.</p>
<p>Das Pentagon kommt auf eine ähnliche Größenordnung. Von den [[rund 10.000]] Nordkoreanern, \
die Moskau zunächst in den Fernen Osten habe bringen lassen, seien [[mindestens 8.000]] in die \
Kursker Region weitergezogen, erklärte Sprecherin Sabrina Singh am Dienstag in Washington. \
Eingesetzt würden sie dort voraussichtlich als Infanterie und an der Artillerie.</p>
<p>Auch im Brüsseler Hauptquartier der Nato gilt die Verlegung als gesichert. Generalsekretär \
Mark Rutte hatte schon in der Vorwoche nach einem Gespräch mit Gesandten aus Seoul erklärt, \
[[mehrere tausend]] Nordkoreaner seien in der Grenzregion angekommen.</p>
<h2>Seoul rechnet mit Nachschub bis Jahresende</h2>
<p>In Südkorea geht man davon aus, dass es nicht dabei bleibt. Der Auslandsgeheimdienst NIS \
habe den zuständigen Ausschuss darüber unterrichtet, dass bis Dezember [[bis zu 12.000]] Mann \
entsandt sein könnten, sagte der Abgeordnete Park Sun-won am Mittwoch vor Reportern.</p>
<h2>Nachgefragt in Weilburg</h2>
<p>Gerd Kaltwasser (63) war bis 2019 Verbindungsoffizier der Bundeswehr in Seoul und leitet \
heute in der Schlossstadt einen Schützenverein mit 140 Mitgliedern. „Nordkorea hat mehr als \
eine Million Mann unter Waffen, da tut Kim ein Kontingent dieser Größe nicht weh“, sagt er. \
Kaltwasser hält es für wahrscheinlich, dass Pjöngjang bis zum Frühjahr [[zwischen 15.000 und \
20.000]] Soldaten schickt. Britische Analysten beziffern die russischen Ausfälle derzeit auf \
über 1.500 Mann am Tag.</p>
</article>
<footer>&copy; 2024 Oberlahn-Kurier Verlags-GmbH &middot; Limburger Straße 9, 35781 Weilburg \
&middot; Leserservice 06471 9350-0 &middot; <a href="/impressum">Impressum</a> &middot; <a \
href="/datenschutz">Datenschutz</a></footer>
<script src="/assets/olk.bundle.js?v=2411" defer></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj:' from the Monday-evening video in the body"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'Videobotschaft vom Montagabend', Konjunktiv: in the Kursk region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "tue",
          "Pentagon's Singh 'am Dienstag' (speaker after the figures): brought to the Far East"),
        C("mindestens 8.000", 8000, "at_least", "near_front", "united_states", "tue",
          "same statement: moved on to the Kursk region"),
        C("mehrere tausend", None, "vague", "near_front", "nato", "lastweek",
          "Rutte 'in der Vorwoche': arrived in the border region"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "wed",
          "lawmaker Park relaying the NIS 'am Mittwoch': could be sent by December"),
        C("zwischen 15.000 und 20.000", None, "range", "planned", "other", "pub",
          "Weilburg ex-liaison officer 'hält es für wahrscheinlich' (undated): by spring"),
    ),
)

W02 = Source(
    article_id="w70_02_hochtaunus_radio_verluste",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Hochtaunus",
        "https://www.radio-hochtaunus.example/nachrichten/welt/nordkorea-verluste-kursk-1187",
        "Seoul: 300 Nordkoreaner im Kursk-Einsatz gefallen",
    ),
    features="Hochtaunus radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Wednesday); headline 'Seoul:' from lawmaker Lee relaying the NIS 'am Montag' (`rund "
        "300` dead, `2.700` wounded: not an increment); sentence-initial number word `Zwei` "
        "captured, the speaker (Zelensky, 'am Samstag') in the next sentence; Zelensky 'kurz "
        "vor Weihnachten'; Kirby 'vergangene Woche' „weit über 1.000“ (at_least); a Frankfurt "
        "Korea scholar from Usingen on the morning show 'am Dienstag' (other: `bis zu 1.000` in "
        "a quote, `etwa 11.000` in Konjunktiv); ages, a third, interview length, air times, FM "
        "frequency, listener phone",
    text="""\
Radio Hochtaunus | Nachrichten | Welt

Seoul: [[300]] Nordkoreaner im Kursk-Einsatz gefallen

Gefangene in Kiew, hohe Verluste an der Front: Was über Kims Soldaten bekannt ist – und was \
eine Koreanistin aus Usingen davon hält.

Der Einsatz in Russland kommt Nordkorea teuer zu stehen. Nach einer Unterrichtung durch den \
Geheimdienst NIS sagte der südkoreanische Abgeordnete Lee Seong-kweun am Montag, bis jetzt habe \
der Norden [[rund 300]] Gefallene zu beklagen, [[2.700]] Männer seien mit Verletzungen in \
russischen Lazaretten gelandet. Kims Truppen \
würden offenbar ohne Rücksicht auf Verluste in Angriffe geschickt, zitierte ihn die Agentur \
Yonhap. Auch Fälle, in denen sich Soldaten selbst töteten, um nicht in Gefangenschaft zu \
geraten, seien dokumentiert.

[[Zwei]] verwundete Nordkoreaner befinden sich dagegen seit dem Wochenende in ukrainischer Hand. \
Präsident Wolodymyr Selenskyj veröffentlichte am Samstag Bilder der beiden Männer, die in Kiew \
vom Geheimdienst SBU vernommen werden. Einer ist nach ukrainischen Angaben 20 Jahre alt, der \
andere 26. Selenskyj bot an, sie gegen Ukrainer in russischer Gefangenschaft auszutauschen.

Kiew nennt deutlich höhere Zahlen. Schon kurz vor Weihnachten hatte Selenskyj die Ausfälle der \
Nordkoreaner – Tote und Verwundete zusammen – auf [[mehr als 3.000]] beziffert. Ähnlich sieht \
man es in Washington: Der Sprecher des Nationalen Sicherheitsrats, John Kirby, sprach \
vergangene Woche von „[[weit über 1.000]]“ Toten und Verletzten binnen einer einzigen Woche.

Im Gespräch mit unserer Morgensendung „Hochtaunus wach“ ordnete die Frankfurter Koreanistin \
Dr. Miriam Seo am Dienstag die Zahlen ein. Die Wissenschaftlerin, die mit ihrer Familie in \
Usingen lebt, hält die Angaben aus Seoul für vorsichtig. „Ich würde eher von [[bis zu 1.000]] \
Toten ausgehen“, sagte sie. Von den [[etwa 11.000]] Soldaten, die Kim seit Oktober geschickt \
habe, sei womöglich schon ein Drittel nicht mehr einsatzfähig.

Russland habe den Männern aus dem Norden wenig Zeit zur Vorbereitung gegeben, so Seo weiter. \
Gegen Drohnen seien sie kaum gewappnet. Das ganze Interview gibt es in unserer Mediathek \
(Länge: 8:42 Minuten).

Die Sendung „Hochtaunus wach“ läuft montags bis freitags von 5 bis 10 Uhr auf UKW 94,6. \
Hörertelefon: 06081 44 55 0.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:' from the NIS figure relayed on Monday"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker Lee after an NIS briefing 'am Montag': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same: wounded (the others of the count, not an increment)"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat",
          "number word opening the sentence; Zelensky 'am Samstag' in the next sentence: "
          "captured"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-16..2024-12-24",
          "Zelensky 'kurz vor Weihnachten': dead and wounded"),
        C("weit über 1.000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "Kirby 'vergangene Woche' „…“: dead and wounded within one week"),
        C("bis zu 1.000", 1000, "at_most", "casualties", "other", "tue",
          "Frankfurt Korea scholar on the morning show 'am Dienstag', in quotes: dead"),
        C("etwa 11.000", 11000, "approx", "in_russia", "other", "tue",
          "same interview, Konjunktiv: sent since October"),
    ),
)

W03 = Source(
    article_id="w70_03_kremstal_wochenblatt_pause",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-20"),
    dated_by="dateline", crlf=True,
    features="Kremstal weekly as plain text, windows-1252 with CRLF (Austrian: 'Jänner', "
        "'Feber', 'heuer'), dateline 'Kirchdorf an der Krems, 20.02.2025 –'; a second "
        "headline 'Ukraine: 1.500 neue Kräfte' from the SSO spokesman 'am Dienstag' "
        "(increment: 'zudem … frische Kräfte'); the NIS 'am Montag' with 'hieß es' at the end; "
        "a US defence official 'Anfang Feber' „Tausenden“; a Steyr colonel (ret.) 'sagt' "
        "`3.000 bis 5.000 Mann Nachschub` (range increment, `pub`); the paper's own reckoning "
        "'dürften … heuer' (unattributed, required); Red Cross convoy (volunteers, tonnes, "
        "kilometres), district population, ball date and ticket price, phone",
    text="""\
KREMSTALER WOCHENBLATT
Unabhängige Wochenzeitung für den Bezirk Kirchdorf · Nr. 8/2025

Welt

Kims Soldaten verschwinden von der Kursk-Front

Ukraine: [[1.500]] neue Kräfte eingetroffen – Experte aus Steyr rechnet mit Rückkehr

Kirchdorf an der Krems, 20.02.2025 – Seit Mitte Jänner sind an der Front im russischen Gebiet \
Kursk kaum noch nordkoreanische Soldaten zu sehen. Das berichtete Südkoreas Nachrichtendienst \
NIS am Montag in Seoul. Die Einheiten seien nach schweren Verlusten aus den vordersten \
Stellungen abgezogen worden. Insgesamt habe der Norden seit Oktober [[rund 11.000]] Soldaten an \
Moskau abgegeben; [[etwa 3.300]] davon seien inzwischen tot oder verwundet, hieß es.

Die ukrainischen Spezialeinsatzkräfte sehen das nur zum Teil so. Die Nordkoreaner hätten sich \
lediglich zur Auffrischung zurückgezogen, teilte ein Sprecher am Dienstag mit. Seit Anfang \
Feber seien zudem [[mehr als 1.500]] frische Kräfte aus Nordkorea im Raum Kursk eingetroffen, \
die nun im Umgang mit Drohnen geschult würden.

Auch in Washington rechnet man nicht mit einem endgültigen Abzug. Ein Beamter des \
US-Verteidigungsministeriums hatte Anfang Feber von „[[Tausenden]]“ nordkoreanischen Toten und \
Verwundeten gesprochen; Moskau verheize die Männer „wie Kanonenfutter“.

„Die kommen wieder“

Oberst i. R. Hubert Lindinger aus Steyr, der bis 2021 an der Landesverteidigungsakademie in \
Wien unterrichtet hat, hält die Pause für eine taktische. „Die Nordkoreaner lernen schnell. Die \
kommen wieder, und zwar mit [[3.000 bis 5.000]] Mann Nachschub“, sagt der 66-Jährige. Kim \
brauche das Geld aus Moskau, Russland die Infanterie.

Rechnet man die Angaben aus Seoul und Kiew zusammen, dürften allein heuer schon [[mehrere \
hundert]] Nordkoreaner gefallen sein.

Hilfskonvoi nach Czernowitz

Ganz praktisch hilft man im Bezirk: 23 Freiwillige des Roten Kreuzes Kirchdorf brachten im \
Jänner 14 Tonnen Hilfsgüter in die westukrainische Stadt Czernowitz, gut 1.100 Kilometer \
entfernt. Die nächste Fahrt ist für März geplant; Spenden nimmt die Bezirksstelle unter \
07582 63 5 81 entgegen. Der Bezirk Kirchdorf zählt rund 56.000 Einwohner.

Der Rotkreuzball findet heuer am 8. März im Kulturhaus statt, Karten kosten 25 Euro.
""",
    claims=(
        C("1.500", 1500, "exact", "near_front", "ukraine", "tue..pub",
          "second headline 'Ukraine:' from the SSO spokesman's Tuesday figure (increment)",
          add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'am Montag', Konjunktiv closed by 'hieß es': sent since autumn"),
        C("etwa 3.300", 3300, "approx", "casualties", "south_korea", "mon",
          "same: killed or wounded"),
        C("mehr als 1.500", 1500, "at_least", "near_front", "ukraine", "tue",
          "SSO spokesman 'am Dienstag': 'zudem … frische Kräfte' arrived in the Kursk area "
          "(increment; 'Seit Anfang Feber' is the event)", add=True),
        C("Tausenden", None, "vague", "casualties", "united_states", "2025-02-01..2025-02-10",
          "US defence official 'Anfang Feber' „…“: dead and wounded"),
        C("3.000 bis 5.000", None, "range", "planned", "other", "pub",
          "Steyr colonel (ret.) 'sagt' (undated): will return with reinforcements 'Nachschub' "
          "(increment)", add=True),
        C("mehrere hundert", None, "vague", "casualties", "unattributed", "pub",
          "the paper's own reckoning 'Rechnet man … zusammen, dürften' (no claimant)"),
    ),
)

W04 = Source(
    article_id="w70_04_grenchen_jurabote_eingestaendnis_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-04-29"),
    dated_by="sidecar",
    sidecar=(
        "Grenchner Jurabote",
        "https://www.jurabote.example/ausland/moskau-pjoengjang-kampfeinsatz-ld.40917",
        "Moskau und Pjöngjang geben den Kampfeinsatz zu",
    ),
    features="Grenchen paper from the Jura foot in Markdown, ISO-8859-1 (Swiss: `ss`, «», "
        "`15'000`, `10'000`, 4-digit `4700`/`6000`), front matter without a date (sidecar, "
        "Tuesday); bold deck 'Seoul beziffert … auf 4700' from the NIS 'am Montag'; "
        "Gerasimov (Saturday) and KCNA (Monday) confirm without a figure; 'Demnach' carries "
        "the NIS to `etwa 15'000`, `Rund 4700` and the breakdown 'für rund 600 von ihnen … "
        "tödlich'; "
        "a Duma committee chairman 'am Sonntagabend' «einigen tausend» (russia); a State "
        "Department spokesman 'am Montag'; HUR 'Laut' without a date `bis zu 6000 "
        "zusätzlichen` (increment); a Grenchen historian's «Zehntausende» (other, `pub`); "
        "refugees, watch exports in per cent, lecture time and price in francs, age",
    text="""\
---
titel: "Moskau und Pjöngjang geben den Kampfeinsatz zu"
ressort: Ausland
autorin: Corinne Wyss
---

# Moskau und Pjöngjang geben den Kampfeinsatz zu

**Monatelang haben beide Regierungen geschwiegen. Nun bestätigen sie, dass Soldaten Kim Jong \
Uns im Gebiet Kursk gekämpft haben. Seoul beziffert die Ausfälle auf [[4700]] Mann.**

Es war ein Eingeständnis mit Ansage. Am Samstag trat Waleri Gerassimow, Chef des russischen \
Generalstabs, per Video vor den Kremlchef und lobte die Einheiten aus Nordkorea: Sie hätten bei \
der Rückeroberung des Gebiets Kursk «Heldenmut» bewiesen. Zahlen nannte er \
nicht. Am Montag zog Pjöngjang nach: Die Staatsagentur KCNA meldete, Kim habe den Einsatz auf \
Grundlage des Beistandsvertrags mit Moskau angeordnet.

Der südkoreanische Nachrichtendienst NIS legte am Montag seine eigene Bilanz vor. Demnach hat \
Nordkorea seit dem vergangenen Herbst [[etwa 15'000]] Soldaten nach Russland verlegt. \
[[Rund 4700]] Nordkoreaner seien gefallen oder verletzt; für [[rund 600]] von ihnen sei der \
Einsatz tödlich geendet.

## Moskau bleibt vage

Wie viele es genau waren, lässt man in Moskau offen. Andrei Kartapolow, Vorsitzender des \
Verteidigungsausschusses der Staatsduma, sprach am Sonntagabend im Staatsfernsehen von \
«[[einigen tausend]] Kämpfern aus dem Bruderland», die Seite an Seite mit russischen Einheiten \
gestanden hätten.

Washington sieht die Zahlen aus Seoul bestätigt. Ein Sprecher des US-Aussenministeriums sagte \
am Montag, nach amerikanischer Einschätzung stünden weiterhin [[mehr als 10'000]] \
Nordkoreaner in Russland. Laut dem ukrainischen Militärgeheimdienst HUR bereitet Pjöngjang \
zudem die Entsendung von [[bis zu 6000]] zusätzlichen Soldaten vor.

## «Das ist erst der Anfang»

Für den Grenchner Historiker Urs Flückiger, der zwei Jahrzehnte lang für eine Uhrenfirma in \
Seoul gearbeitet hat, ist das Eingeständnis ein Wendepunkt. «Jetzt, wo es offiziell ist, muss \
Kim nichts mehr verstecken», sagt der 71-Jährige. «Ich wäre nicht überrascht, wenn es bis Ende \
Jahr [[Zehntausende]] wären.»

Die Stadt Grenchen beherbergt derzeit 212 Geflüchtete aus der Ukraine. Die Uhrenexporte nach \
Russland sind seit 2022 um rund 60 Prozent eingebrochen, wie der Branchenverband mitteilt. \
Flückiger spricht am 15. Mai um 19.30 Uhr im Parktheater über «Korea zwischen den Fronten»; \
der Eintritt kostet 15 Franken.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "bold deck 'Seoul beziffert die Ausfälle auf': the NIS figure of Monday"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'legte am Montag … vor', 'Demnach': moved to Russia since autumn"),
        C("Rund 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "mon",
          "'für rund 600 von ihnen … tödlich': breakdown of the casualties, no increment"),
        C("einigen tausend", None, "vague", "near_front", "russia", "sun",
          "Duma defence committee chairman 'am Sonntagabend' «…»: fought alongside Russian units"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesman 'am Montag': still in Russia"),
        C("bis zu 6000", 6000, "at_most", "planned", "ukraine", "pub",
          "'Laut' HUR without a date: 'zusätzlichen' soldiers being prepared (increment)",
          add=True),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "Grenchen historian «…» (undated 'sagt'): could be by year end"),
    ),
)

W05 = Source(
    article_id="w70_05_blasmusik_verbandsheft_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="front_matter",
    features="brass band association's magazine in Markdown, UTF-8 with BOM, front matter with "
        "`date:` and a title figure (optional); heading „Zehntausenden weiteren“ (vague "
        "increment) from Budanov's figure 'Anfang Juli'; the partner band from Lviv that could "
        "not travel; Shoigu 'Mitte Juni' number word `tausend` and `5000` (a new contingent, "
        "no increment); Budanov `bis zu 30.000 weitere` (increment); 'NIS zufolge' without a "
        "date (`rund 15.000` served, `etwa 600` of them fell); the magazine's own sum `mehr "
        "als 40.000` by year end (unattributed, required); musicians, festival date, euros, "
        "member clubs, page number",
    text="""\
---
title: "Pjöngjang schickt Pioniere – Kiew warnt vor [[Zehntausenden]] weiteren"
date: 2025-07-10
heft: "Takt & Ton 3/2025"
rubrik: Blick über den Notenrand
---

# Pjöngjang schickt Pioniere – Kiew warnt vor [[Zehntausenden]] weiteren

*Unsere Partnerkapelle aus Lwiw musste ihren Besuch beim Kreismusikfest absagen. Ein Blick \
darauf, wie sich der Krieg in diesem Sommer verändert – und welche Rolle Nordkorea dabei \
spielt.*

Von Bernd Wackerle, Pressereferent des Kreisverbands Hohenlohe

Eigentlich hätten die 48 Musikerinnen und Musiker des Blasorchesters „Halytschyna“ am 21. Juni \
beim Kreismusikfest in Öhringen aufspielen sollen. Doch die Ausreise wehrpflichtiger Männer ist \
in der Ukraine weiterhin streng geregelt, und so blieb die Bühne am Samstagabend ohne unsere \
Gäste. Die 3.200 Euro, die unsere 27 Mitgliedsvereine gesammelt haben, gehen nun direkt nach \
Lwiw.

Der Krieg, der unsere Freunde festhält, hat längst eine weitere Front bekommen. Mitte Juni \
kündigte Russlands Sicherheitsratschef Sergej Schoigu nach einem Besuch bei Kim Jong Un in \
Pjöngjang an, Nordkorea werde [[tausend]] Minenräumer und [[5000]] Militärbauarbeiter in das \
Gebiet Kursk schicken. Sie sollen dort Sprengfallen beseitigen und zerstörte Brücken, Straßen \
und Häuser wieder aufbauen.

Der ukrainische Militärgeheimdienst HUR geht inzwischen von deutlich mehr aus. Anfang Juli \
erklärte HUR-Chef Kyrylo Budanow in einem Interview, Pjöngjang könne Moskau in den kommenden \
Monaten [[bis zu 30.000]] weitere Soldaten zur Verfügung stellen. Sie würden nach seiner \
Einschätzung vor allem als Infanterie eingesetzt.

Südkoreas Auslandsgeheimdienst NIS zufolge haben seit dem Herbst [[rund 15.000]] Nordkoreaner \
in Russland gedient; [[etwa 600]] von ihnen sind gefallen.

Kämen alle angekündigten Kontingente tatsächlich, stünden bis zum Jahresende [[mehr als \
40.000]] Nordkoreaner im Dienst Moskaus – eine Zahl, die in keiner offiziellen Verlautbarung \
auftaucht, sich aber aus den bekannten Angaben ergibt.

Unser Verband bleibt mit Lwiw verbunden: Für das Herbstkonzert am 18. Oktober in der Stadthalle \
ist eine gemeinsame Probe per Videoschalte geplant. Wer die Partnerschaft unterstützen möchte, \
findet die Bankverbindung auf Seite 31 dieses Heftes.
""",
    claims=(
        C("Zehntausenden", None, "vague", "planned", "ukraine", "2025-07-01..pub",
          "front-matter title (metadata duplicate of the heading)", add=True, opt=True),
        C("Zehntausenden", None, "vague", "planned", "ukraine", "2025-07-01..pub",
          "heading 'Kiew warnt vor … weiteren': Budanov's figure of early July (increment)",
          add=True),
        C("tausend", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni', number word: deminers to be sent (new contingent)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same: military builders to be sent"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "Budanov 'Anfang Juli': 'weitere' soldiers could be provided (increment)", add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'NIS zufolge' without a date: served in Russia since autumn"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "pub",
          "same sentence: 'von ihnen … gefallen' (breakdown)"),
        C("mehr als 40.000", 40000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own sum of announced contingents by year end (no claimant)"),
    ),
)

W06 = Source(
    article_id="w70_06_ludwigsburg_campusecho_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Campusecho Ludwigsburg",
        "https://www.campusecho.example/politik/gastvortrag-nordkorea-russland/",
        "„Sie kämpfen für ein Land, das nicht ihres ist“",
    ),
    features="Ludwigsburg student paper in HTML (WordPress page without a meta date: sidecar, "
        "Thursday; cookie notice 'Krümel erlaubt' / 'Krümelfrei surfen', emoji script, "
        "navigation); quote headline without a figure; a Seoul guest lecturer 'am "
        "Dienstagabend' citing the NIS 'im September' (X citing Y: south_korea, month window; "
        "'hinzugekommen' vague increment) and giving her own range in Konjunktiv (other, "
        "Tuesday); Kim at the party parade 'am vergangenen Freitag' per KCNA „Tausenden Helden“ "
        "(north_korea); HUR 'Ende September'; the paper's own sum 'landet man bei' (unattributed, "
        "required); a student from Kharkiv without a figure; room number, audience, "
        "kilometres, student numbers, time, canteen price",
    text="""\
<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>„Sie kämpfen für ein Land, das nicht ihres ist“ – Campusecho Ludwigsburg</title>
<meta name="generator" content="WordPress 6.8.3">
<script>var ce_vars={"ajaxurl":"/wp-admin/admin-ajax.php","post":"4471"};</script>
</head>
<body class="single">
<div class="cookie-hinweis">Auch wir backen Kekse – digitale. Die Mensa leider nicht. \
<button>Krümel erlaubt</button> <button>Krümelfrei surfen</button></div>
<nav><a href="/">Campusecho</a> | <a href="/campus">Campus</a> | <a href="/politik">Politik</a> \
| <a href="/kultur">Kultur</a> | <a href="/mensa">Mensa-Check</a></nav>
<article>
<h1>„Sie kämpfen für ein Land, das nicht ihres ist“</h1>
<p class="unterzeile">Eine Gastdozentin aus Seoul spricht in Ludwigsburg über Nordkoreas \
Soldaten in Russland. Eine Studentin aus Charkiw hört zu.</p>
<p class="autor">Von Lea Brandstetter und Jonas Ilg</p>
<p>Hörsaal 1.107 ist am Dienstagabend gut gefüllt, als Prof. Han Seo-yeon ans Pult tritt. Die \
Politikwissenschaftlerin von der Yonsei-Universität ist in diesem Semester Gastdozentin an der \
Pädagogischen Hochschule und hat sich ein schweres Thema vorgenommen: die Soldaten, die \
Nordkorea seit einem Jahr nach Russland schickt.</p>
<p>Han stützt sich zunächst auf Zahlen aus ihrer Heimat. Der südkoreanische Geheimdienst NIS \
hatte im September berichtet, [[rund 2.000]] nordkoreanische Soldaten seien gefallen. Seit dem \
Sommer seien außerdem [[mehrere tausend]] Bausoldaten und Minenräumer hinzugekommen.</p>
<p>Sie selbst geht weiter. Rechne man Rotationen und Nachschub mit, hätten inzwischen \
[[zwischen 18.000 und 20.000]] Nordkoreaner in Russland gedient, sagte Han vor den etwa 80 \
Zuhörerinnen und Zuhörern. „Für eine Armee dieser Größe ist das wenig, für die Familien aber \
ist es alles.“</p>
<p>Dass Pjöngjang den Einsatz inzwischen feiert, zeigte sich am vergangenen Freitag bei der \
großen Militärparade, mit der das Regime 80 Jahre Arbeiterpartei beging. Machthaber Kim Jong \
Un würdigte dort laut der \
Staatsagentur KCNA die „[[Tausenden]] Helden“, die im Gebiet Kursk gekämpft hätten.</p>
<p>Auch Kiew beobachtet die Entwicklung genau. Der ukrainische Militärgeheimdienst HUR schätzte \
Ende September, dass sich [[fast 11.000]] Nordkoreaner im Gebiet Kursk aufhalten.</p>
<h2>„Ich sehe sie in den Nachrichten“</h2>
<p>Olha, 23, studiert seit zwei Semestern Grundschullehramt in Ludwigsburg. Ihr Vater dient bei \
Saporischschja, 40 Kilometer hinter der Front. „Ich sehe diese Soldaten in den Nachrichten und \
denke: Sie kämpfen für ein Land, das nicht ihres ist“, sagt sie.</p>
<h2>Unsere Rechnung</h2>
<p>Addiert man alle Kontingente, die Seoul, Kiew und Moskau seit Oktober 2024 öffentlich \
genannt haben, landet man bei [[knapp 20.000]] Nordkoreanern, die in Russland waren oder noch \
sind. Eine offizielle Gesamtzahl gibt es nicht.</p>
<p>Die PH Ludwigsburg hat rund 6.000 Studierende; der Vortrag gehörte zur Reihe „Krieg und \
Bildung“. Nächster Termin: 4. November, 18.15 Uhr. Das Mensa-Essen danach kostete 3,90 \
Euro.</p>
</article>
<footer>Campusecho – Studentische Zeitung der PH Ludwigsburg · Reuteallee 46 · <a \
href="/impressum">Impressum</a></footer>
<script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.8.3"></script>
</body>
</html>
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "guest lecturer citing the NIS report 'im September' (X citing Y): dead"),
        C("mehrere tausend", None, "vague", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same report, Konjunktiv: builders and deminers 'hinzugekommen' (increment)",
          add=True),
        C("zwischen 18.000 und 20.000", None, "range", "in_russia", "other", "tue",
          "the lecturer's own estimate, 'sagte Han' at the Tuesday-evening lecture: served in "
          "Russia"),
        C("Tausenden", None, "vague", "near_front", "north_korea", "fri",
          "Kim at the parade 'am vergangenen Freitag' per KCNA: fought in the Kursk region"),
        C("fast 11.000", 11000, "approx", "near_front", "ukraine", "2025-09-21..2025-09-30",
          "HUR 'Ende September': in the Kursk region"),
        C("knapp 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the paper's own sum 'Addiert man … landet man bei' (no claimant)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w70_07_mildura_courier_losses_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Mildura daily in HTML, windows-1252 (typographic quotes raw, `&middot;`), "
        "`article:published_time` with +11:00, a byline date '18 Dec 2024', dataLayer "
        "script, cookie note 'Sweet as' / 'Not today, thanks'; `<title>` figure (optional); "
        "headline 'US:' `several hundred` from Ryder's 'Monday briefing'; 'Ryder said Washington "
        "believed' `about 11,000`; JCS 'on Tuesday' “no fewer than 100” (at_least); HUR 'Over the "
        "weekend … counted'; Australia's foreign minister 'last week' (other); Ukrainian "
        "families in "
        "Sunraysia, age, seasonal workers, dollars, phone, temperature",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>US: [[several hundred]] North Korean troops killed or wounded | Sunraysia Courier</title>
<meta name="description" content="Mildura’s Ukrainian families watch as Pyongyang’s soldiers \
take their first losses.">
<meta property="article:published_time" content="2024-12-18T05:30:00+11:00">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:"world",\
storyId:"SC-771043",words:640});</script>
</head>
<body>
<div id="cookie-note">Like a good dried apricot, this site keeps a few cookies. <button>Sweet \
as</button> <button>Not today, thanks</button></div>
<header><a href="/" class="logo">Sunraysia Courier</a> <nav><a href="/news">News</a> | <a \
href="/region">Region</a> | <a href="/world">World</a> | <a href="/rural">Rural</a></nav>\
</header>
<main><article>
<h1>US: [[several hundred]] North Korean troops killed or wounded</h1>
<p class="standfirst">Mildura’s Ukrainian community says the news brings little comfort as Kim \
Jong Un’s soldiers take their first heavy losses in Russia’s Kursk region.</p>
<p class="byline">By Tom Calleja &middot; 18 Dec 2024</p>
<p>North Korean troops sent to fight for Russia have suffered their first significant \
casualties, according to the Pentagon. Major General Pat Ryder told a Monday briefing that Kim \
Jong Un’s contingent had lost “[[several hundred]]” men, dead and injured combined, in fighting \
around Kursk, the Russian province Kyiv’s troops pushed into in August.</p>
<p>Ryder said Washington believed [[about 11,000]] North Korean troops were now in the area, \
many of them thrown into infantry assaults alongside Russian units.</p>
<p>South Korea’s Joint Chiefs of Staff went further on Tuesday, saying North Korean units had \
suffered “[[no fewer than 100]]” casualties in recent clashes. Over the weekend Ukraine’s HUR spy \
service counted [[at least 30]] North Korean dead and injured after a single assault near the \
villages of Plekhovo and Vorobzha.</p>
<p>Foreign Minister Penny Wong condemned the deployment in Adelaide last week, saying Canberra \
understood that “[[more than 10,000]]” North Korean personnel had been sent to Russia in breach \
of UN sanctions.</p>
<h2>‘We know what it means’</h2>
<p>For Olena Kovalchuk, 52, who left Zaporizhzhia for Mildura in 2014 and now runs a packing \
shed at Irymple with 30 seasonal workers, the figures are not abstract. “Each soldier Kim sends \
is another rifle pointed at my nephew,” she said.</p>
<p>About 40 Ukrainian families live across the Sunraysia district. Their Christmas appeal, run \
from the Seventh Street hall, has raised $18,500 for generators since October; each one costs \
about $1,400 delivered to Kharkiv. Donations can be made on 03 5021 7730.</p>
<p>Temperatures in Mildura are forecast to reach 41 degrees on Christmas Eve.</p>
</article></main>
<footer>© 2024 Sunraysia Courier Pty Ltd &middot; 110 Eighth St, Mildura VIC 3500 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/sc-main.js" async></script>
</body>
</html>
""",
    claims=(
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'US:' from Ryder's Monday figure"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Ryder 'told a Monday briefing' “…”: dead and injured combined"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "'Ryder said Washington believed': in the Kursk area"),
        C("no fewer than 100", 100, "at_least", "casualties", "south_korea", "tue",
          "JCS 'on Tuesday' “…”: casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'Over the weekend … counted': dead and injured"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "lastweek",
          "Australia's foreign minister 'last week' (a third government): sent to Russia"),
    ),
)

W08 = Source(
    article_id="w70_08_gigha_grapevine_beyond_the_sound",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-14"),
    dated_by="dateline",
    features="Gigha community page as plain text, dateline 'ISLE OF GIGHA, 14 March 2025 --' "
        "(Friday); section headline 'North Korea sends 3,000 more … Seoul says' (increment, "
        "span without 'more') from the JCS 'on Thursday'; `roughly 3,000` additional (span "
        "without the word), 'bringing the total … to about 14,000' (a new total), `Around "
        "4,000` 'the Joint Chiefs of Staff reckoned' after the figure; Budanov 'last week' in "
        "quotes; an islander who taught in Busan echoing `14,000` (optional restatement) and "
        "'closer to 20,000' (other, `pub`); island residents, pounds, turbines, ferry minutes, "
        "Ukraine's population loss, meeting date",
    text="""\
GIGHA GRAPEVINE
News from the island and beyond | Issue 311

BEYOND THE SOUND: North Korea sends [[3,000]] more to Russia, Seoul says

ISLE OF GIGHA, 14 March 2025 -- A quiet week on the island, a busy one in the world. Our \
monthly look beyond the Sound of Gigha turns this time to the far end of Europe, where North \
Korean soldiers are back at the front in Russia's Kursk region after a lull of several weeks.

South Korea's military said on Thursday that Pyongyang had shipped [[roughly 3,000]] \
additional soldiers over the first two months of the year, bringing the total it has sent \
since last \
autumn to [[about 14,000]]. [[Around 4,000]] of those had been killed or wounded, the Joint \
Chiefs of Staff reckoned, a toll that appears to have forced a pause in February.

The Ukrainians tell a similar story. Lieutenant General Kyrylo Budanov, who heads Ukraine's \
military intelligence, said in a television interview last week that "[[more than 7,000]]" \
North Koreans were once again fighting in the Kursk region, now in smaller groups and better \
prepared for drone warfare.

Fiona MacAlister knows that part of the world better than most of us. She spent six years \
teaching English in Busan before coming home to Ardminish in 2021, and she still follows the \
Korean papers every morning. "If Seoul admits to [[14,000]], I'd guess the real number is \
[[closer to 20,000]]," she said over a cup of tea at the Boathouse. "They never tell the whole \
story the first time round."

ISLAND NOTES

The Gigha Heritage Trust, which bought the island on behalf of its 160 or so residents in 2002 \
for GBP 4 million, says its three wind turbines earned 112,000 pounds last year. The ferry \
from Tayinloan still takes 20 minutes, weather permitting. Ukraine's own population, for \
comparison, has fallen by some eight million since 2022, according to UN estimates.

Next issue: the community hall AGM on 2 April at 7.30pm. Contributions to the Grapevine, as \
ever, by the 25th.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "section headline 'Seoul says' from the JCS Thursday figure ('more': increment)",
          add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'on Thursday': 'additional troops' dispatched (increment)", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same: 'bringing the total … to' (a new total, not an increment)"),
        C("Around 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'the Joint Chiefs of Staff reckoned' after the figure: killed or wounded"),
        C("more than 7,000", 7000, "at_least", "near_front", "ukraine", "lastweek",
          "Budanov 'last week' in quotes: fighting in the Kursk region"),
        C("14,000", 14000, "exact", "in_russia", "south_korea", "thu",
          "an islander echoing Seoul's total in her quote (restatement)", opt=True),
        C("closer to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "the islander's own guess, undated 'she said': the real number sent"),
    ),
)

W09 = Source(
    article_id="w70_09_yarmouth_legion_kursk_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-09-05"),
    dated_by="front_matter",
    features="Yarmouth (Nova Scotia) paper in Markdown, ISO-8859-1 with straight quotes and "
        "`--`, front matter with `date:` and a title without a figure, dateline 'YARMOUTH, N.S. "
        "--'; the NIS 'briefed a parliamentary committee on Thursday and put … at' (`about "
        "2,000` dead, `5,000` "
        "construction troops: a new contingent); North Korean state media 'in August' (more "
        "than 100 names: north_korea); HUR 'put … past 4,000 in mid-August' (at_least); a "
        "Global Affairs Canada statement 'last week' `upwards of 14,000` (other); a Korean War "
        "veteran echoing `2,000` (optional) and 'another 6,000 wounded' (the others of the "
        "count, not an increment; other, `pub`); Canadians who served and died in Korea, "
        "branch roll, ferry passengers, lobster prices, dollars, times",
    text="""\
---
title: "Half a world from Kursk, a Yarmouth legion keeps count"
date: 2025-09-05
section: Community
byline: Marie-Claire LeBlanc
---

# Half a world from Kursk, a Yarmouth legion keeps count

YARMOUTH, N.S. -- For the old soldiers who gather on Thursday mornings at the Legion on Main \
Street, North Korea is not an abstraction. Three of the branch's members fought on the \
peninsula more than seventy years ago. So when the latest casualty estimate came out of Seoul \
this week, the coffee went cold.

Seoul's spy service briefed a parliamentary committee on Thursday and put the number of \
Northerners who have died in Moscow's war since last autumn at [[about 2,000]]. The \
agency also said [[5,000]] military construction troops had begun moving into Russia since \
early summer.

Pyongyang itself has started to acknowledge the cost. North Korean state media reported in \
August that the names of [[more than 100]] soldiers who fell in the "Kursk liberation \
operation" would be carved into a new memorial wall in the capital, and showed Kim Jong Un \
comforting their families.

Ukraine's military intelligence put North Korean losses, killed and wounded together, \
[[past 4,000]] in mid-August. Ottawa's figure for the overall deployment is higher than \
Seoul's: a Global Affairs Canada statement last week spoke of "[[upwards of 14,000]]" North \
Korean troops sent to Russia and called the deployment "a flagrant violation" of UN sanctions.

## "Kim doesn't send them home"

Harold d'Entremont, 94, served with the Royal Canadian Regiment near the Imjin River in 1952. \
He has read every report since. "If Seoul says [[2,000]] dead, you can count on another \
[[6,000]] wounded that nobody will ever name," he said, tapping the paper on the table. "And Kim \
doesn't send them home."

Some 26,791 Canadians served in the Korean War and 516 of them died, according to Veterans \
Affairs Canada. The branch's own roll lists 11 men from the county. The Remembrance Day service \
on Nov. 11 begins at 10:45 a.m. at the cenotaph; the choir of the Eglise Sainte-Anne will sing. \
Last year's poppy campaign raised $8,430 in Yarmouth County.

Elsewhere on the waterfront: the ferry to Bar Harbor carried 51,000 passengers this season, \
and lobster held near $9 a pound at the wharf. Café owners on Water Street report a good \
summer.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'briefed a parliamentary committee on Thursday and put … at': died"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "thu",
          "'The agency also said': construction troops moving into Russia (new contingent, no "
          "increment word)"),
        C("more than 100", 100, "at_least", "casualties", "north_korea",
          "2025-08-01..2025-08-31", "North Korean state media 'in August': names of the fallen"),
        C("past 4,000", 4000, "at_least", "casualties", "ukraine", "2025-08-11..2025-08-20",
          "HUR 'put … past 4,000 in mid-August': killed and wounded"),
        C("upwards of 14,000", 14000, "at_least", "in_russia", "other", "lastweek",
          "Global Affairs Canada statement 'last week' (a third government): sent"),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "a veteran echoing Seoul's figure in his quote (restatement)", opt=True),
        C("6,000", 6000, "exact", "casualties", "other", "pub",
          "the veteran's own estimate (undated 'he said'): 'another … wounded' = the others of "
          "the count, not an increment"),
    ),
)

W10 = Source(
    article_id="w70_10_iasi_observer_eastern_flank_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Iasi Observer",
        "https://www.iasi-observer.example/security/kim-helpers-eastern-flank-2291",
        "Pyongyang's 6,000 for Kursk: why NATO's eastern flank is watching",
    ),
    features="Iași English-language outlet in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Thursday), stats script, consent box 'Let the cookies in' / 'Lock the cookie jar', "
        "breadcrumb with `&rsaquo;`; headline `6,000` adding up Shoigu's two figures (russia, "
        "window from June 17); Shoigu 'on June 17 … he told Russian state television that "
        "evening'; Rutte at the summit 'on Wednesday' “well over 10,000” (nato); a lawmaker "
        "after an NIS briefing 'on Tuesday' (dead; 'fresh troops could follow': vague "
        "increment); HUR 'on Monday' 'a further 25,000 to 30,000' (range increment) and 'more "
        "than double' (ratio); a Romanian state secretary 'told the Observer … on Tuesday' "
        "(other); US troops in Romania, GDP per cent, lei, kilometres, drone debris count",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pyongyang’s new helpers for Moscow: why NATO’s eastern flank is watching | Iasi \
Observer</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Iasi Observer">
<script async src="/js/observer-stats.js" data-site="iasi-observer" \
data-section="security"></script>
</head>
<body>
<div class="consent">Our pages leave small files on your device, and so do 12 of our \
partners. <button>Let the cookies in</button> <button>Lock the cookie jar</button></div>
<nav><a href="/">Home</a> &rsaquo; <a href="/region">Region</a> &rsaquo; <a \
href="/security">Security</a></nav>
<article>
<h1>Pyongyang’s [[6,000]] for Kursk: why NATO’s eastern flank is watching</h1>
<p class="dek">After Shoigu’s trip to North Korea and the alliance summit in The Hague, we look \
at what Kim’s soldiers mean for Romania.</p>
<p class="byline">By Andrei Munteanu &middot; Security</p>
<p>Russia’s Security Council chief, Sergei Shoigu, came back from Pyongyang on June 17 with a \
pledge: North Korea would supply [[1,000]] mine clearers plus [[5,000]] army construction hands \
to rebuild what the fighting in Kursk destroyed, he told Russian state television that \
evening.</p>
<p>At the alliance’s summit in The Hague on Wednesday, NATO Secretary General Mark Rutte said \
North Korea had by now sent “[[well over 10,000]]” soldiers to fight for Moscow, calling it \
proof that “the threat to our east is not only Russian”.</p>
<p>Seoul’s figures are grimmer. Lee Seong-kweun, a lawmaker on the intelligence committee, said \
after a closed-door briefing by the spy agency on Tuesday that [[roughly 600]] North Koreans had \
died in Russia so far, and that [[several thousand]] fresh troops could follow as early as July \
or August.</p>
<p>Kyiv expects more. Ukraine’s defence intelligence agency, HUR, said on Monday that Moscow and \
Pyongyang were discussing a further [[25,000 to 30,000]] troops, a figure that would more than \
double the North Korean presence.</p>
<h2>‘This is our neighbourhood’</h2>
<p>In Iași, 20 kilometres from the Moldovan border, the numbers land differently. Sorin \
Dărăban, a state secretary at the defence ministry, told the Observer on a visit to the city’s \
garrison on Tuesday that Bucharest’s own estimate was “[[over 12,000]]” North Koreans deployed \
inside Russia. “Every one of them is gaining experience that could be used anywhere,” he \
said.</p>
<p>Romania hosts about 3,500 US troops, most of them at the Mihail Kogălniceanu base near \
Constanța, and the summit agreed to lift defence spending to 5% of GDP by 2035. Bucharest spent \
2.25% last year, roughly 40 billion lei. Drone debris has fallen on Romanian soil 14 times \
since 2022.</p>
</article>
<footer>&copy; 2025 Iasi Observer SRL &middot; Str. Lăpușneanu 18, Iași &middot; <a \
href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline adding up Shoigu's two figures of June 17"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'on June 17 … that evening': mine-clearing specialists to be provided"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same: military builders (a new contingent, no increment word)"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "wed",
          "Rutte at the summit 'on Wednesday' “…”: sent"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "tue",
          "lawmaker after the spy agency's briefing 'on Tuesday': died"),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "same: 'fresh troops could follow' (increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon",
          "HUR 'on Monday': 'a further' troops discussed (increment)", add=True),
        C("over 12,000", 12000, "at_least", "in_russia", "other", "tue",
          "Romanian state secretary 'told the Observer … on Tuesday' “…” (a third "
          "government): deployed inside Russia"),
    ),
)

W11 = Source(
    article_id="w70_11_liberia_mamba_point_brief_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Mamba Point Brief",
        "https://www.mambapoint.example/brief/42-council-watch-north-korea",
        "Council Watch: Kim's 15,000 and the seat Liberia takes in January",
    ),
    features="Liberian foreign-affairs newsletter in Markdown, windows-1252 with CRLF, front "
        "matter without a date (sidecar, Wednesday); headline `Kim's 15,000` from the US deputy "
        "representative 'last Thursday' (window to publication); the council meeting date "
        "carried to South Korea's ambassador 'speaking after her' (dead; `some 10,000` still "
        "in Kursk) and Ukraine's envoy `up to 10,000 more` (increment, 'he said' after the "
        "figure); Russia's deputy without a figure; Rutte 'On Monday' “thousands” (nato); a "
        "University of Liberia lecturer's “tens of thousands” (other, `pub`); UNMIL's "
        "peacekeepers, Liberia's army, GA votes, council members, subscribers, phone",
    text="""\
---
newsletter: The Mamba Point Brief
issue: 42
section: Council Watch
---

# Council Watch: Kim's [[15,000]] and the seat Liberia takes in January

*A weekly briefing on foreign affairs for Liberian readers, written in Monrovia.*

Good morning from Mamba Point. In June, Liberia won a seat on the UN Security Council with 181 \
votes in the General Assembly, and on January 1 our diplomats join the 15 members at the \
horseshoe table for two years. Between now and then, this Brief will look each week at one \
file waiting for them. This week: North Korea's soldiers in Russia.

**What was said.** At a council meeting on Ukraine last Thursday, the United States' deputy \
representative told members that North Korea had sent “[[more than 15,000]]” troops to Russia \
since October 2024 and was being paid in oil, cash and military know-how. South Korea's \
ambassador, speaking after her, put North Korean deaths at [[around 2,000]] by Seoul's count \
and said [[some 10,000]] of Kim's men remain posted in the Kursk borderlands.

Ukraine's envoy went further. Kyiv expects Pyongyang to send [[up to 10,000]] more before the \
end of the year, he said, “to replace the men Moscow has burned through.” Russia's deputy \
ambassador called the figures “fantasies” and offered none of his own.

On Monday, NATO Secretary General Mark Rutte added his voice, telling a press conference in \
Brussels that Moscow was paying for “[[thousands]] of North Korean soldiers” with technology it \
once guarded jealously.

**Why it matters to us.** Dr. Musu Kollie, who teaches international relations at the \
University of Liberia, says the file will test how Monrovia votes on sanctions. “People here \
remember what it means to have foreign fighters in a war,” she says. “When [[tens of \
thousands]] of young men are moved across a continent on the word of one man, the Council \
cannot look away.”

**For context.** The UN peacekeeping mission in Liberia, UNMIL, once counted about 15,000 \
uniformed personnel; it closed in 2018. Liberia's own armed forces number roughly 2,000.

*The Mamba Point Brief reaches 3,400 subscribers. Write to brief@mambapoint.example or call \
+231 77 555 0142.*
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "united_states", "thu..pub",
          "headline 'Kim's 15,000' from the US deputy representative's figure of last Thursday"),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states", "thu",
          "US deputy representative at the council meeting 'last Thursday' “…”: sent"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "South Korea's ambassador 'speaking after her' (same meeting), 'by Seoul's count': "
          "deaths"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "same: still stationed in the Kursk region near the border"),
        C("up to 10,000", 10000, "at_most", "planned", "ukraine", "thu",
          "Ukraine's envoy at the same meeting, 'he said' after the figure: 'more' to be sent "
          "(increment)", add=True),
        C("thousands", None, "vague", "in_russia", "nato", "mon",
          "Rutte 'On Monday' “…”: paid for (in Russia's service)"),
        C("tens of thousands", None, "vague", "in_russia", "other", "pub",
          "University of Liberia lecturer, present-tense 'she says': moved across a continent"),
    ),
)

W12 = Source(
    article_id="w70_12_chatham_rekohu_year_added_up",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Rēkohu Round-up",
        "",
        "The view from the edge of the dateline: a year of Kim's soldiers, added up",
    ),
    features="Chatham Islands community page as plain text, UTF-16 LE with BOM (sidecar without "
        "url, Thursday), a year-in-review column with older figures each dated by its month: "
        "Seoul 'Last October' (October 2024), Kyiv 'By January', a US admiral 'In April', "
        "Shoigu 'In June', New Zealand's foreign ministry 'in a statement in March' "
        "“thousands” (other); 'The latest word came last week' carried to the NIS `about "
        "10,000` and `5,000 more` (increment); the column's own sum 'between 20,000 and "
        "25,000' (unattributed, required); minutes ahead of the mainland, kilometres, "
        "population, crayfish tonnes, flight hours, meeting date",
    text="""\
RĒKOHU ROUND-UP
Chatham Islands community news | World page

THE VIEW FROM THE EDGE OF THE DATELINE
A year of Kim's soldiers in Russia, added up

We are among the first people on Earth to see each new day, 45 minutes ahead of the mainland \
and some 800 kilometres east of Christchurch. News from Korea and Russia reaches us late and \
second-hand. So once a year this page stops, looks back and adds things up. This November: the \
North Korean soldiers sent to fight for Vladimir Putin.

It began quietly. Last October, Seoul put the first contingent shipped to Russia's Far East at \
[[1,500]] special forces troops. By January, Kyiv was speaking of [[3,800]] North Korean \
soldiers killed or wounded in the Kursk region. In April, the top US commander in the \
Indo-Pacific told Congress that [[about 4,000]] had been killed or wounded, which is much the \
same picture.

In June, Russia's Sergei Shoigu announced that Pyongyang would send [[6,000]] engineers and \
deminers to clear and rebuild Kursk. Our own government was not silent either: in a statement \
in March, New Zealand's foreign ministry condemned the presence of "[[thousands]] of DPRK \
troops" on Russian soil.

The latest word came last week. South Korea's intelligence service reckoned that [[about \
10,000]] North Korean soldiers now serve in Russia's border regions, and that [[5,000]] \
more engineers have arrived since September to help with rebuilding.

Add it all up, with rotations and replacements, and our rough sum of North Koreans who have \
served in Russia over the past year comes to somewhere [[between 20,000 and 25,000]]. Nobody \
official has published such a total, and we would be glad to be corrected.

Closer to home: the islands' population sits at about 600, the crayfish season closed with \
240 tonnes landed, and the flight to Wellington still takes two hours when the fog allows. \
The community meeting at Kopinga Marae is on 6 December at 7pm.
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "Seoul 'Last October' (October 2024): first contingent shipped to the Far East"),
        C("3,800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Kyiv 'By January': killed or wounded"),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "2025-04-01..2025-04-30",
          "top US commander in the Indo-Pacific to Congress 'In April'"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June': engineers and deminers to be sent"),
        C("thousands", None, "vague", "in_russia", "other", "2025-03-01..2025-03-31",
          "New Zealand's foreign ministry 'in a statement in March' “…” (a third government)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "'The latest word came last week' carried to the NIS: posted along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "lastweek",
          "same: 'more engineers have arrived' (increment)", add=True),
        C("between 20,000 and 25,000", None, "range", "in_russia", "unattributed", "pub",
          "the column's own sum 'our rough sum … comes to' (no claimant)"),
    ),
)

SOURCES: tuple[Source, ...] = (W01, W02, W03, W04, W05, W06, W07, W08, W09, W10, W11, W12)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
