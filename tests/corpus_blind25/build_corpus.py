"""Build the TWENTY-FIFTH BLIND hand-labelled corpus (`python build_corpus.py`).

A twenty-seventh corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Lower Saxony paper
(Osnabrück) with a refugee family, a Palatinate online portal, a Viennese district paper on a
lecture evening, a Fribourg paper with an ICRC delegate from the Sense district, a German
economics daily's live-blog summary and a university town's city magazine (Münster); a Malaysian
business daily's markets story, a Yorkshire radio station's website (Catterick), a Pacific
Northwest paper (Tacoma, Joint Base Lewis-McChord), a Romanian English-language news site, a
Mongolian English-language outlet and a Rwandan news site. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind25_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b01_osnabrueck_familie_kursk_verluste",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-18"),
    dated_by="sidecar",
    sidecar=(
        "Osnabrücker Landbote",
        "https://www.os-landbote.example/region/ukrainische-familie-nordkorea-kursk-44711.html",
        "Kiew meldet erste Tote unter Nordkoreas Soldaten",
    ),
    features="Lower Saxony paper's story with a local refugee family, UTF-16 LE with BOM "
        "(sidecar, Wednesday); headline without a figure, deck 'Ukrainischer Generalstab "
        "spricht von' from the body (Tuesday to publication); the general staff 'am Dienstag' "
        "with the source after the figure ('teilte die Armeeführung in Kiew mit'), 'Etwa 300 "
        "weitere' wounded (others, not an increment), Konjunktiv 'stünden' carrying it to the "
        "Kursk total; a lawmaker after the intelligence committee 'am Montag' (two figures, "
        "'schätze der Dienst'); the Pentagon 'vergangene Woche' „…“; an Osnabrück political "
        "scientist 'rechnet damit' (range increment, `pub`); army size 'weit über einer "
        "Million', ages, refugees in the city, euros, a Christmas market date, phone number",
    text="""\
Kiew meldet erste Tote unter Nordkoreas Soldaten

Ukrainischer Generalstab spricht von [[mehr als 200]] Gefallenen bei Kursk – eine Osnabrücker \
Familie liest jede Meldung mit

Von Hendrik Ahlers

Osnabrück/Kiew. Olena Kowal schaut jeden Abend noch einmal auf ihr Handy, bevor sie das Licht \
ausmacht. Ihr Sohn Taras, 24 Jahre alt, fliegt Aufklärungsdrohnen für eine Brigade im Norden der \
Ukraine, wenige Kilometer vor der Grenze zur russischen Region Kursk. „Er schreibt jetzt oft, \
dass drüben Koreaner liegen“, erzählt die 51-Jährige, die im Frühjahr 2022 mit ihrer Tochter \
aus Tschernihiw nach Osnabrück kam.

Was ihr Sohn in knappen Nachrichten andeutet, hat der ukrainische Generalstab am Dienstag in \
Zahlen gefasst. Bei Gefechten im Gebiet Kursk seien seit dem Wochenende [[mehr als 200]] \
nordkoreanische Soldaten getötet worden, teilte die Armeeführung in Kiew mit. [[Etwa 300]] \
weitere hätten Verwundungen erlitten. Die Nordkoreaner griffen in großen Gruppen und fast ohne \
Deckung an, hieß es; viele seien Drohnen zum Opfer gefallen. Insgesamt stünden im Gebiet Kursk \
inzwischen [[rund 11.000]] Mann aus Nordkorea an der Seite der russischen Truppen.

Unabhängig überprüfen lassen sich diese Angaben nicht. Aus Seoul kamen vorsichtigere Zahlen: \
Nach einer nicht öffentlichen Sitzung des Geheimdienstausschusses berichtete der Abgeordnete \
Lee Seong-kweun am Montag, der Nachrichtendienst NIS wisse von [[mindestens 100]] gefallenen \
Nordkoreanern. Die Zahl der Verletzten schätze der Dienst auf [[knapp 1.000]]. Das Pentagon \
hatte schon vergangene Woche von „[[mehreren hundert]]“ Toten und Verwundeten gesprochen, ohne \
Einzelheiten zu nennen.

Anke Brüning, Politikwissenschaftlerin an der Universität Osnabrück, sieht in den Verlusten \
einen Hinweis darauf, wie Moskau die Männer einsetzt. „Russland schickt sie dorthin, wo es am \
teuersten ist“, sagt sie. Nordkorea habe zwar eine Armee von weit über einer Million Soldaten, \
aber keine Erfahrung mit einem Krieg, in dem Drohnen jede Bewegung sichtbar machen. Brüning \
rechnet damit, dass Machthaber Kim Jong Un bis zum Frühjahr [[20.000 bis 30.000]] weitere \
Soldaten auf den Weg bringen könnte, „wenn Moskau dafür bezahlt“.

In Osnabrück leben nach Angaben der Stadt derzeit rund 4.100 Geflüchtete aus der Ukraine. Der \
Verein „Ukrainische Brücke Osnabrück“, in dem Olena Kowal mitarbeitet, hat in diesem Jahr \
12.500 Euro für Stromgeneratoren und Schlafsäcke gesammelt. Am Samstag, 21. Dezember, verkauft \
er ab 11 Uhr auf dem Weihnachtsmarkt am Rathaus Borschtsch und Piroggen; Spenden nimmt er auch \
unter 0541 / 600 27 14 entgegen.

Wenn Taras Urlaub bekommt, will er im Februar für zehn Tage nach Osnabrück kommen. „Über den \
Krieg will er nicht reden“, sagt seine Mutter. „Er will nur schlafen und Kuchen essen.“
""",
    claims=(
        C("mehr als 200", 200, "at_least", "casualties", "ukraine", "tue..pub",
          "deck 'Ukrainischer Generalstab spricht von': the body's Tuesday figure (Tuesday to "
          "publication): killed"),
        C("mehr als 200", 200, "at_least", "casualties", "ukraine", "tue",
          "general staff 'am Dienstag' (previous sentence), source after the figure: killed"),
        C("Etwa 300", 300, "approx", "casualties", "ukraine", "tue",
          "same statement, Konjunktiv: 'weitere' wounded are others, not an increment"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "tue",
          "same statement carried by Konjunktiv ('stünden … hieß es'): in the Kursk region"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "mon",
          "lawmaker Lee after the intelligence committee 'am Montag' reporting the NIS: dead"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "mon",
          "same briefing ('schätze der Dienst'): wounded"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "lastweek",
          "the Pentagon 'schon vergangene Woche' „…“: dead and wounded"),
        C("20.000 bis 30.000", None, "range", "planned", "other", "pub",
          "Osnabrück political scientist 'rechnet damit' (present tense, no date): could send "
          "'weitere' (increment)", add=True),
    ),
)

B02 = Source(
    article_id="b02_pfalz_portal_erste_gefechte_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Palatinate online portal's world page in HTML (`article:published_time` with "
        "+01:00, a date line 'Mittwoch, 06.11.2024', ad script with slot sizes, consent layer "
        "with partners, region navigation, newsletter box, footer, entities `&bdquo;`, "
        "`&rsaquo;`, `&middot;`); `og:description` figure (optional); headline without a "
        "figure; teaser 'Nach Kiewer Zählung' from Zelensky's Monday figure; 'Einen Tag zuvor' "
        "after Umerov's Tuesday interview (→ Monday); HUR 'am Sonntag' `rund 3.000 weitere` on "
        "the way (increment); an anonymous US official 'am Montagabend (Ortszeit)' with a "
        "breakdown 'Rund 8.000 davon' in Kursk; South Korea's defence minister 'am Dienstag' "
        "`Tausende` at the front and `bis zu 15.000` by year's end; Russian losses a day, "
        "drones, refugees in the state, a fraction, newsletter time",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Erste Gefechte mit Nordkoreanern gemeldet | Pfalz Direkt</title>
<meta property="og:site_name" content="Pfalz Direkt">
<meta property="og:description" content="Kiew zählt [[11.000]] Soldaten aus Pjöngjang im \
Gebiet Kursk. Washington bestätigt den Aufmarsch.">
<meta property="article:published_time" content="2024-11-06T08:40:00+01:00">
<link rel="canonical" href="https://www.pfalz-direkt.example/welt/gefechte-nordkorea-id91822">
<script async src="https://cdn.pfalz-direkt.example/js/ads.min.js"></script>
<script>var pdCfg={slot:"welt_top",sizes:["728x90","300x250"],artId:91822};</script>
</head>
<body>
<div class="consent-layer" role="dialog"><p>Pfalz Direkt ist kostenlos, weil Werbung es \
finanziert. Dafür würden wir gern Cookies setzen und Daten mit 87 Werbepartnern teilen. Ihre \
Auswahl ändern Sie jederzeit unter &bdquo;Privatsphäre&ldquo; am Seitenende.</p>\
<button>Einverstanden</button> <button>Einstellungen</button></div>
<header><a class="logo" href="/">Pfalz Direkt</a>
<nav><a href="/region">Region</a> · <a href="/ludwigshafen">Ludwigshafen</a> · <a \
href="/kaiserslautern">Kaiserslautern</a> · <a href="/suedpfalz">Südpfalz</a> · <a \
href="/welt">Welt</a> · <a href="/sport">Sport</a></nav>
</header>
<main>
<article>
<p class="rubrik">Welt &rsaquo; Krieg in der Ukraine</p>
<h1>Erstmals Gefechte mit nordkoreanischen Truppen</h1>
<p class="teaser"><strong>Kiew/Washington.</strong> Die Ukraine meldet die ersten Kämpfe mit \
Soldaten aus Nordkorea. Nach Kiewer Zählung stehen inzwischen [[11.000]] von ihnen im Gebiet \
Kursk.</p>
<p class="datum">Mittwoch, 06.11.2024, 08:40 Uhr</p>
<p>Ukrainische Einheiten haben sich nach Darstellung aus Kiew erstmals Gefechte mit \
nordkoreanischen Soldaten geliefert. Verteidigungsminister Rustem Umerow sagte am Dienstag dem \
südkoreanischen Sender KBS, es habe &bdquo;kleine Zusammenstöße&ldquo; gegeben. Einen Tag \
zuvor hatte Präsident Wolodymyr Selenskyj in seiner Abendansprache die Zahl der Nordkoreaner in \
der Region mit [[11.000]] angegeben.</p>
<p>Der Militärgeheimdienst HUR ergänzte am Sonntag, [[rund 3.000]] weitere Soldaten seien per \
Bahn aus dem Fernen Osten auf dem Weg nach Westen. Ob sie ebenfalls nach Kursk verlegt werden, \
ließ die Behörde offen.</p>
<h2>Washington: Mehrheit schon an der Grenze</h2>
<p>In den USA sieht man die Lage ähnlich. Ein hochrangiger Regierungsvertreter, der nicht \
namentlich genannt werden wollte, sprach am Montagabend (Ortszeit) von [[mehr als 10.000]] \
nordkoreanischen Soldaten in Russland. [[Rund 8.000]] davon seien bereits in Kursk \
eingetroffen und würden dort unter anderem an Artillerie und Drohnen ausgebildet.</p>
<p>Südkoreas Verteidigungsminister Kim Yong-hyun warnte am Dienstag im Parlament in Seoul, \
[[Tausende]] Nordkoreaner stünden bereits in vorderster Linie. Bis zum Jahresende könnten es \
[[bis zu 15.000]] werden, sagte er. Zugleich schloss Kim die Entsendung südkoreanischer \
Beobachter in die Ukraine nicht mehr aus.</p>
<p>Der Kreml äußerte sich auch am Dienstag nicht zu den Zahlen. Sprecher Dmitri Peskow nannte \
die Berichte lediglich &bdquo;nicht überprüfbar&ldquo;. Russland verliert nach Schätzungen \
westlicher Dienste derzeit im Schnitt mehr als 1.200 Soldaten am Tag, getötet oder verwundet. \
In der Nacht zum Mittwoch griff Russland die Ukraine nach Kiewer Angaben mit 63 Drohnen an.</p>
<h2>Debatte im Landtag</h2>
<p>In Mainz wollen die Fraktionen am Donnerstag über die Lage in der Ukraine debattieren. \
Rheinland-Pfalz hat seit Kriegsbeginn rund 52.000 Menschen aus der Ukraine aufgenommen, knapp \
ein Drittel davon Kinder und Jugendliche.</p>
</article>
<aside class="newsletter"><h3>Der Morgen in der Pfalz</h3><p>Die wichtigsten Nachrichten \
jeden Werktag um 6.30 Uhr im Postfach &ndash; kostenlos.</p></aside>
</main>
<footer><p>&copy; 2024 Pfalz Direkt Medien GmbH, Neustadt an der Weinstraße &middot; <a \
href="/impressum">Impressum</a> &middot; <a href="/privatsphaere">Privatsphäre</a> &middot; \
<a href="/agb">AGB</a></p></footer>
<script>window.pdStats&&pdStats.push({ev:"pageview",len:3190});</script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "og:description (metadata) restating Zelensky's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "teaser 'Nach Kiewer Zählung': Zelensky's figure of the body (Monday to "
          "publication): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'Einen Tag zuvor' (the day before Umerov's Tuesday interview): in the "
          "region"),
        C("rund 3.000", 3000, "approx", "in_russia", "ukraine", "sun",
          "HUR 'am Sonntag': 'weitere' on their way west by rail (transported; increment)",
          add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "anonymous senior US official 'am Montagabend (Ortszeit)': in Russia"),
        C("Rund 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same official, 'davon' (a breakdown, not an increment): arrived in Kursk"),
        C("Tausende", None, "vague", "near_front", "south_korea", "tue",
          "South Korea's defence minister 'am Dienstag' in parliament: in the front line"),
        C("bis zu 15.000", 15000, "at_most", "planned", "south_korea", "tue",
          "same speaker ('sagte er'): could be up to 15,000 by year's end (total, not an "
          "increment)"),
    ),
)

B03 = Source(
    article_id="b03_wien_bezirkszeitung_vortrag_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-06"),
    dated_by="front_matter", crlf=True,
    features="Viennese district paper's event report in Markdown, ISO-8859-1 with CRLF "
        "(straight quotes, ' - '), front matter with `date:` and a district field; 'Mitte "
        "Jänner', 'Ende Jänner', 'heuer'; a framing sentence with `Tausende` "
        "(unattributed, optional); a former OSCE diplomat speaking 'am Dienstagabend' (other): "
        "his total in quotes, `an die 4.000` dead or wounded, 'heuer noch einmal einige "
        "tausend' (vague increment); the NIS 'Mitte Jänner' (two figures); a US State "
        "Department spokeswoman 'zu Jahresbeginn … damals'; Zelensky 'am Montag' „fast 4.000“; "
        "audience count, age, UN staff, 1956, aid in euros, dollars, a lecture date and a "
        "phone number",
    text="""\
---
title: "Donaustadt: Ein Abend über Nordkoreas Soldaten im Ukraine-Krieg"
date: 2025-02-06
bezirk: "22., Donaustadt"
autorin: Sabine Hollerer
---

# Wie viele Nordkoreaner kämpfen noch für Putin?

**Volles Haus in der Volkshochschule: Ein früherer OSZE-Diplomat sprach am Dienstagabend über \
Kim Jong Uns Soldaten in Russland - und darüber, was Wien damit zu tun hat.**

Rund 80 Besucherinnen und Besucher kamen in den Saal der VHS Donaustadt, einige mussten \
stehen. Dass seit dem Herbst [[Tausende]] Soldaten aus Nordkorea in der russischen Region Kursk \
im Einsatz sind, gilt längst als gesichert. Auf dem Podium saß Gerhard Pölzl, 67, der fast zwei \
Jahrzehnte für die OSZE und die Vereinten Nationen gearbeitet hat, zuletzt in der UNO-City, ein \
paar Stationen mit der U1 entfernt.

Pölzl begann mit einer Zahl. Nordkorea habe im vergangenen Herbst "[[rund 11.000]] Mann" nach \
Russland geschickt, sagte er. Von ihnen seien nach seiner Einschätzung [[an die 4.000]] tot \
oder verwundet, "und das in nicht einmal drei Monaten". Die Soldaten seien in Wellen gegen \
ukrainische Stellungen gelaufen, oft ohne jeden Schutz vor Drohnen.

Offizielle Stellen nennen niedrigere Werte. Südkoreas Geheimdienst hatte Mitte Jänner von \
[[300]] Gefallenen und [[2.700]] Verwundeten berichtet. Washington ging schon zu Jahresbeginn \
von [[mehr als 1.000]] Toten und Verletzten aus, wie eine Sprecherin des US-Außenministeriums \
damals sagte. Präsident Wolodymyr Selenskyj sprach am Montag in Kiew von "[[fast 4.000]]" \
getöteten oder verwundeten Nordkoreanern.

Ende Jänner, so berichten es ukrainische Offiziere, seien die Nordkoreaner dann plötzlich von \
der Front verschwunden. Pölzl hält das für eine Pause, nicht für ein Ende: "Kim wird heuer noch \
einmal [[einige tausend]] Mann nachschicken, da bin ich mir sicher." Bezahlt werde er mit \
russischer Technik, Öl und Devisen, nach Schätzungen mit bis zu mehreren hundert Millionen \
Dollar im Jahr.

## Was hat Wien damit zu tun?

Mehr als die Hälfte des Abends ging es um Österreich. In der UNO-City arbeiten rund 5.000 \
Menschen aus über 120 Ländern, die Internationale Atomenergiebehörde verfolgt Nordkoreas \
Atomprogramm seit Jahren von hier aus. "Wien ist ein Ort, an dem man miteinander redet, auch \
mit Pjöngjang", sagte Pölzl. Nordkorea unterhält in Wien eine seiner wenigen Botschaften in \
Europa.

Ein Zuhörer, der 1956 als Kind aus Ungarn nach Wien geflüchtet war, fragte nach der \
Neutralität. Österreich liefere keine Waffen, helfe der Ukraine aber humanitär, antwortete \
Pölzl; seit 2022 seien es mehr als 250 Millionen Euro gewesen.

Die nächste Veranstaltung der Reihe "Welt im Bezirk" findet am 13. März um 18.30 Uhr statt, \
Thema ist die Lage in Syrien. Der Eintritt ist frei, Anmeldung unter 01 891 74-220.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the reporter's own framing without a source ('gilt längst als gesichert'): optional",
          opt=True),
        C("rund 11.000", 11000, "approx", "in_russia", "other", "tue",
          "former OSCE diplomat at the lecture 'am Dienstagabend' (lead), in quotes: sent"),
        C("an die 4.000", 4000, "approx", "casualties", "other", "tue",
          "same speaker 'nach seiner Einschätzung': dead or wounded"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "South Korea's intelligence service 'Mitte Jänner': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same report: wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-01-01..2025-01-15",
          "'Washington ging schon zu Jahresbeginn … aus', a State Department spokeswoman "
          "'damals' (claimant at the end of the sentence): dead and wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "Zelensky 'am Montag' in quotes ('fast' = almost: approx): killed or wounded"),
        C("einige tausend", None, "vague", "planned", "other", "tue",
          "the lecturer in quotes: 'heuer noch einmal … nachschicken' (increment; 'heuer' is "
          "the event, the evening the claim)", add=True),
    ),
)

B04 = Source(
    article_id="b04_fribourg_ikrk_bestaetigung",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="dateline",
    features="Fribourg paper's foreign page as plain text in windows-1252 (Swiss: no `ss` "
        "letter, «», `15'000`, `11'000`, `10'000`, 4-digit `4700`/`3000`), a section line and "
        "the dateline 'Freiburg i. Ü., 30. April 2025 –'; headline 'Seoul zählt 4700' from the "
        "JCS 'am Dienstag' (Tuesday to publication); KCNA's admission and Gerasimov without a "
        "figure; JCS 'ging … davon aus' with 'Von diesen' casualties and 'darunter' dead "
        "(breakdown); a US State Department spokeswoman 'am Montag' «…»; Zelensky 'am "
        "Montagabend' `zwei` prisoners; HUR 'Mitte April' in Belgorod; a lecturer at the "
        "military academy 'rechnet damit' (increment, `pub`); an ICRC delegate from Düdingen, "
        "ICRC staff, `Tausende Kriegsgefangene` (not North Koreans), francs, page reference",
    text="""\
Saane-Kurier · Ausland

Nordkorea gibt Kursk-Einsatz zu – Seoul zählt [[4700]] Opfer

Nach einem halben Jahr des Leugnens bestätigen Pjöngjang und Moskau, was Geheimdienste längst \
wussten. Ein IKRK-Delegierter aus Düdingen verfolgt die Debatte um die Kriegsgefangenen \
besonders genau.

Freiburg i. Ü., 30. April 2025 – Lange hatten Moskau und Pjöngjang geschwiegen, nun sprechen \
sie von Heldentum. Am Montag bestätigte die staatliche nordkoreanische Nachrichtenagentur KCNA \
erstmals, dass Soldaten der Volksarmee in der russischen Region Kursk gekämpft haben. Kim Jong \
Un habe den Einsatz auf Grundlage des Beistandspakts mit Russland angeordnet, hiess es. \
Zahlen veröffentlichte KCNA keine. Schon zwei Tage zuvor hatte Moskaus Generalstabschef Waleri \
Gerassimow den «Mut» der nordkoreanischen Kameraden gelobt.

Wie viele es waren und wie viele nicht zurückkehren, darüber gibt es nur Schätzungen. Der \
Generalstab in Seoul ging am Dienstag davon aus, dass Nordkorea [[rund 15'000]] Soldaten nach \
Russland geschickt hat. Von diesen seien [[etwa 4700]] getötet oder verwundet worden, darunter \
[[ungefähr 600]] Tote. Washington bleibt vorsichtiger: Eine Sprecherin des US-Aussenministeriums \
sprach am Montag von «[[mehr als 11'000]]» nordkoreanischen Soldaten, die Russland ausgerüstet \
und ausgebildet habe.

In Kiew erinnerte Präsident Wolodymyr Selenskyj am Montagabend daran, dass die Ukraine \
[[zwei]] nordkoreanische Kriegsgefangene festhält. Man sei bereit, sie nach Südkorea ausreisen \
zu lassen, wenn sie das wünschten. Nach Angaben des ukrainischen Militärgeheimdiensts standen \
Mitte April zudem noch [[rund 3000]] Nordkoreaner in der benachbarten Region Belgorod.

Ein Sensler in Genf

Für Lukas Aebischer sind solche Zahlen keine Abstraktion. Der 38-jährige Düdinger arbeitet seit \
elf Jahren für das Internationale Komitee vom Roten Kreuz (IKRK), derzeit in der Abteilung für \
Kriegsgefangene in Genf. Zu einzelnen Fällen äussert er sich nicht, das verbietet die \
Vertraulichkeit. «Aber jeder Gefangene hat ein Recht darauf, dass seine Familie erfährt, dass \
er lebt», sagt er. Das IKRK beschäftigt weltweit rund 18'000 Mitarbeitende und hat seit 2022 \
nach eigenen Angaben Tausende Kriegsgefangene auf beiden Seiten der Front besucht.

Der Sicherheitspolitiker Adrian Rüegg, der an der Militärakademie in Birmensdorf doziert, \
erwartet keine Entspannung. «Jetzt, wo der Einsatz offiziell ist, hat Kim keinen Grund mehr, \
sich zurückzuhalten», sagt er. Rüegg rechnet damit, dass Nordkorea bis Ende Jahr \
[[mindestens 10'000]] weitere Männer nach Russland schickt.

Bern trägt die Nordkorea-Sanktionen der Europäischen Union mit, der Bundesrat stellte der \
Ukraine für die Jahre 2025 bis 2028 insgesamt 5 Milliarden Franken in Aussicht.

Seite 3: Was die Freiburger Industrie vom Wiederaufbau erwartet
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul zählt … Opfer': the JCS figure of the body (Tuesday to "
          "publication): killed or wounded"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the general staff in Seoul (JCS) 'ging am Dienstag davon aus': sent"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "tue",
          "same assessment, Konjunktiv 'Von diesen seien': killed or wounded"),
        C("ungefähr 600", 600, "approx", "casualties", "south_korea", "tue",
          "'darunter … Tote' (a breakdown of the casualties, not an increment): dead"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "united_states", "mon",
          "a State Department spokeswoman 'am Montag' «…»: equipped and trained by Russia"),
        C("zwei", 2, "exact", "casualties", "ukraine", "mon",
          "Zelensky 'am Montagabend' (number word): prisoners held by Ukraine"),
        C("rund 3000", 3000, "approx", "near_front", "ukraine", "2025-04-11..2025-04-20",
          "'Nach Angaben des ukrainischen Militärgeheimdiensts' 'Mitte April': in the "
          "Belgorod border region"),
        C("mindestens 10'000", 10000, "at_least", "planned", "other", "pub",
          "lecturer at the military academy 'rechnet damit' (present tense, no date): 'weitere' "
          "by year's end (increment)", add=True),
    ),
)

B05 = Source(
    article_id="b05_wirtschaftszeitung_liveblog_schoigu_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "Handelskurier",
        "https://www.handelskurier.example/politik/liveblog-ukraine-maerkte-17-juni/100128844.html",
        "Kim schickt 6.000 Pioniere und Bauarbeiter nach Kursk",
    ),
    features="German economics daily's live-blog summary in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Wednesday: the summary of Tuesday's blog); a paywall script, a consent box "
        "with a subscription price, a market ticker line (DAX, Brent, EUR/USD, gold); `<title>` "
        "figure (optional); headline `6.000` from Shoigu's announcement (Tuesday to "
        "publication); timestamped entries as `<h2>`: Shoigu in Pyongyang (entry of Tuesday, "
        "'verkündete … sagte Schoigu' after the figures); the NIS 'teilte … mit' with the "
        "JCS casualty figure recalled 'zuletzt im April'; Rutte „…“ `Mehr als 12.000` who "
        "fought; HUR 'rechnet … damit' `bis zu 30.000 zusätzliche` (increment); oil price, "
        "rouble, share prices, per cent, civilians killed in Kyiv, drones and missiles, "
        "monthly pay of foreign fighters",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Liveblog Ukraine und Märkte: Kim schickt [[6.000]] Helfer nach Kursk | Handelskurier\
</title>
<meta name="robots" content="index,follow">
<meta property="og:type" content="article">
<script>window.hk={paywall:"metered",freeArticles:3,ressort:"politik"};</script>
</head>
<body>
<div id="cmp-box"><p>Wir verarbeiten Ihre Daten, um Inhalte zu personalisieren und die \
Reichweite zu messen. Lesen Sie den Handelskurier mit Werbung oder ohne im Abo.</p><button>Mit \
Werbung lesen</button><button>Abo ab 4,99 &euro; im Monat</button></div>
<nav><a href="/">Handelskurier</a> <a href="/maerkte">Märkte</a> <a \
href="/unternehmen">Unternehmen</a> <a href="/politik">Politik</a> <a \
href="/finanzen">Finanzen</a> <a href="/meinung">Meinung</a></nav>
<div class="ticker">DAX 23.317 &minus;0,6 % · Brent 76,45 $ · EUR/USD 1,1488 · Gold 3.392 $\
</div>
<article class="liveblog-summary">
<h1>Kim schickt [[6.000]] Pioniere und Bauarbeiter nach Kursk</h1>
<p class="intro">Der Tag im Überblick: Ein Vertrauter Putins verhandelt in Pjöngjang, der \
Ölpreis steigt, Rüstungswerte legen zu. Die wichtigsten Einträge unseres Liveblogs vom \
Dienstag, zusammengefasst von der Politikredaktion.</p>
<h2>09:12 Uhr – Schoigu erneut bei Kim</h2>
<p>Sergej Schoigu, Putins langjähriger Verteidigungsminister und heute Chef des \
Sicherheitsrats, ist zum zweiten Mal binnen zwei Wochen nach Nordkorea gereist. Kim schicke \
[[1.000]] Pioniere zum Minenräumen und [[5.000]] Soldaten der Baubrigaden ins Grenzgebiet \
Kursk, verkündete er nach dem Treffen vor russischen Reportern. Sie sollen zerstörte Brücken \
und Straßen wieder aufbauen. Kim habe dem zugestimmt, sagte Schoigu.</p>
<h2>10:30 Uhr – Ölpreis zieht an</h2>
<p>Die Sorge vor einer Ausweitung des Konflikts zwischen Israel und dem Iran treibt den \
Ölpreis. Ein Barrel der Nordseesorte Brent kostete am Vormittag 76,45 Dollar, 4,1 Prozent mehr \
als am Vortag. Der Rubel gab leicht nach, ein Dollar kostete 78,6 Rubel.</p>
<h2>11:05 Uhr – Seoul hält Moskaus Angaben für glaubwürdig</h2>
<p>Südkoreas Nationaler Nachrichtendienst (NIS) rechnet damit, dass die Verlegung schon im \
Juli oder August beginnt. Derzeit seien [[etwa 11.000]] nordkoreanische Soldaten in Russland \
stationiert, der größte Teil davon im Gebiet Kursk, teilte der Dienst in Seoul mit. Die \
Verluste hatte der Generalstab dort zuletzt im April auf [[rund 4.700]] Tote und Verwundete \
beziffert.</p>
<h2>13:40 Uhr – Rüstungsaktien gefragt</h2>
<p>Rheinmetall-Aktien legten bis zum Mittag um 2,8 Prozent zu, Renk und Hensoldt gewannen \
jeweils mehr als 3 Prozent. In Seoul schloss Hanwha Aerospace 5,2 Prozent höher. Händler \
verweisen auf den Nato-Gipfel kommende Woche in Den Haag, bei dem sich die Mitglieder auf \
Verteidigungsausgaben von 5 Prozent der Wirtschaftsleistung verständigen wollen.</p>
<h2>15:20 Uhr – Rutte: Pjöngjang ist Kriegspartei</h2>
<p>Nato-Generalsekretär Mark Rutte wirft Nordkorea eine direkte Rolle im Krieg vor. \
„[[Mehr als 12.000]] nordkoreanische Soldaten haben für Russland gekämpft, dazu kommen \
Millionen Granaten“, sagte er in Brüssel.</p>
<h2>17:45 Uhr – Kiew warnt vor neuer Welle</h2>
<p>Der ukrainische Militärgeheimdienst HUR rechnet nach eigenen Angaben damit, dass Nordkorea \
bis Jahresende [[bis zu 30.000]] zusätzliche Soldaten schickt. Bei einem russischen Angriff \
mit 440 Drohnen und 32 Raketen waren in der Nacht in Kiew nach Behördenangaben 28 Menschen \
getötet worden.</p>
<h2>Unsere Einordnung</h2>
<p>Für Moskau ist das Geschäft günstig. Nach Berechnungen von Ökonomen zahlt Russland \
ausländischen Kämpfern zwischen 2.000 und 3.000 Dollar im Monat, ein Bruchteil dessen, was die \
Anwerbung eigener Freiwilliger kostet.</p>
</article>
<footer>Handelskurier GmbH · Düsseldorf · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: the total of Shoigu's announcement in the Tuesday entry (Tuesday to "
          "publication): will be sent"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu in the Tuesday entry ('verkündete er' after the figures): deminers to be sent"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders to be sent"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "tue",
          "the NIS in the 11:05 entry of Tuesday's blog ('teilte der Dienst … mit' after the "
          "figure): stationed in Russia"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the general staff in Seoul 'zuletzt im April': dead and wounded"),
        C("Mehr als 12.000", 12000, "at_least", "near_front", "nato", "tue",
          "Rutte „…“ in the 15:20 entry of Tuesday: fought for Russia"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "tue",
          "HUR 'rechnet … damit' in the 17:45 entry of Tuesday: 'zusätzliche' (increment)",
          add=True),
    ),
)

B06 = Source(
    article_id="b06_muenster_stadtmagazin_ringvorlesung_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Stadtblick Münster",
        "",
        "Kims Soldaten und der lange Krieg",
    ),
    features="University town's city magazine in Markdown, front matter without a date "
        "(sidecar without url, Thursday) but with a reading time; an evening report on a "
        "visiting professor from Seoul 'am Dienstagabend' (other) in reported speech ('so "
        "Han', Konjunktiv): her total, her range of the dead, `5.000 bis 6.000 weitere` "
        "expected next year (range increment); X citing Y: the NIS figure 'im September "
        "nannte' (south_korea, September), 'Das US-Außenministerium gehe … aus' in her words "
        "(united_states, Tuesday to publication); the NIS 'Anfang November' (two figures); "
        "state media on parade returnees (north_korea, optional); 'nach eigenen Angaben' "
        "`zwei` prisoners (ukraine, `pub`); hall size, fraction, students, members, bus lines, "
        "a lecture date",
    text="""\
---
title: "Kims Soldaten und der lange Krieg"
rubrik: Stadtleben / Uni
autor: Jonas Terhechte
lesezeit: 4 Minuten
---

# Kims Soldaten und der lange Krieg

*Eine Gastprofessorin aus Seoul zieht im Schloss Bilanz eines Jahres, in dem Nordkorea zur \
Kriegspartei in Europa wurde. Ein Abendbericht.*

Der Hörsaal S1 im Schloss fasst gut 400 Menschen, am Dienstagabend war er zu zwei Dritteln \
gefüllt. Das Institut für Politikwissenschaft hatte zur Ringvorlesung „Krieg in Europa“ \
eingeladen, und Han Ji-yeon, die in diesem Wintersemester als Gastprofessorin aus Seoul in \
Münster lehrt, kam ohne Umschweife zur Sache: „Vor einem Jahr hätte niemand geglaubt, dass \
nordkoreanische Soldaten auf russischem Boden gegen eine europäische Armee kämpfen.“

Inzwischen, so Han, hätten [[rund 15.000]] Nordkoreaner in Russland gedient, die meisten im \
Gebiet Kursk. Die Zahl von [[2.000]] Gefallenen, die Südkoreas Geheimdienst NIS im September \
nannte, hält sie für zu niedrig. Sie selbst geht von [[3.000 bis 4.000]] Toten aus, „und wenn \
man die Verwundeten dazunimmt, die nie gezählt wurden, von deutlich mehr“.

## Pioniere statt Sturmtruppen

Den Wandel des Einsatzes machte Han an Zahlen aus Seoul fest. Der NIS hatte Anfang November \
berichtet, [[rund 10.000]] nordkoreanische Soldaten seien weiterhin in der Region Kursk und in \
grenznahen Gebieten stationiert; [[5.000]] Militärbauarbeiter seien seit September unterwegs \
nach Russland, um Straßen und Brücken instand zu setzen. Für das kommende Jahr erwartet Han \
[[5.000 bis 6.000]] weitere Pioniere und Bauleute, „vielleicht auch wieder Infanterie, wenn die \
Front im Frühjahr in Bewegung gerät“.

Auch Washington rechne inzwischen mit höheren Zahlen, berichtete die Politologin. Das \
US-Außenministerium gehe von [[mehr als 14.000]] Nordkoreanern aus, die seit Herbst 2024 in \
Russland eingesetzt worden seien. Öffentlich bestätigt hat man das in Washington bislang nicht.

Dass Pjöngjang den Einsatz inzwischen selbst offensiv vermarktet, zeigte Han mit Bildern vom \
Oktober: Bei der Militärparade zum 80. Jahrestag der Arbeiterpartei marschierten nach \
Darstellung der Staatsmedien [[mehrere hundert]] Heimkehrer aus Kursk an Kim Jong Un vorbei.

## Fragen aus dem Publikum

In der Diskussion wollte eine Studentin aus Charkiw wissen, ob Südkorea die Gefangenen aufnehmen \
werde. Die Ukraine hält nach eigenen Angaben seit Januar [[zwei]] nordkoreanische Soldaten \
fest. Das sei juristisch heikel, antwortete Han, Seoul habe aber seine Bereitschaft erklärt.

Die Koreanische Studierendengemeinde Münster, die den Abend mitorganisiert hatte, zählt rund 90 \
Mitglieder; an der Universität sind insgesamt gut 42.000 Studierende eingeschrieben. Die \
Ringvorlesung wird am 2. Dezember um 18 Uhr fortgesetzt, der Eintritt ist frei. Die Buslinien \
1, 11 und 22 halten am Schlossplatz.
""",
    claims=(
        C("rund 15.000", 15000, "approx", "in_russia", "other", "tue",
          "visiting professor at the Tuesday evening lecture ('so Han', Konjunktiv): served in "
          "Russia"),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "X citing Y: the NIS figure 'im September nannte' (the claimant is the NIS, not the "
          "speaker): dead"),
        C("3.000 bis 4.000", None, "range", "casualties", "other", "tue",
          "the professor's own estimate ('Sie selbst geht … aus'): dead"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'Anfang November' (reported by the speaker): stationed in Kursk and border "
          "areas"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same NIS report: builders on their way to Russia (no increment word)"),
        C("5.000 bis 6.000", None, "range", "planned", "other", "tue",
          "the professor 'erwartet' for next year: 'weitere' (increment)", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "tue..pub",
          "X citing Y: 'Das US-Außenministerium gehe … aus' in the speaker's reported words, no "
          "date of its own (the lecture to publication): deployed in Russia"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "returnees marching at the October parade 'nach Darstellung der Staatsmedien' "
          "(returnees: optional, as before)", opt=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "pub",
          "'Die Ukraine hält nach eigenen Angaben' (a source, no date): prisoners"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Malaysia, UK, US, Romania, Mongolia, Rwanda)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b07_malaysia_business_defence_stocks_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-10-25"),
    dated_by="html_meta", crlf=True,
    features="Malaysian business daily's markets story in HTML with CRLF "
        "(`article:published_time` with +08:00, a byline date 'October 25, 2024', an ad script, "
        "a PDPA cookie notice, a quotes bar with KLCI, ringgit and palm oil, footer with a "
        "company number); `<title>` figure (optional); headline 'as Seoul says' from the NIS "
        "'on Wednesday' (Wednesday to publication); 'it said' at the end of the next sentence "
        "(planned); Kirby 'said at a briefing on Wednesday' `at least 3,000`; HUR 'has spoken of' "
        "(no date: `pub`) with 'including some 500 officers' (breakdown); a Seoul think-tank "
        "fellow 'told the Ledger' `as many as 100,000` (other, `pub`); dates 'October 27 or "
        "28', share moves, index points, exchange rate, palm oil, Brent, tanks and howitzers "
        "ordered by Poland, army size '1.2 million men under arms'",
    text="""\
<!DOCTYPE html>
<html lang="en-MY">
<head>
<meta charset="utf-8">
<title>Korean defence stocks rally as Seoul says [[3,000]] North Korean troops are in Russia \
| The Malaysian Ledger</title>
<meta name="description" content="Hanwha Aerospace and LIG Nex1 jump as Seoul weighs arms for \
Kyiv; ringgit steady, palm oil slips.">
<meta property="article:published_time" content="2024-10-25T18:05:00+08:00">
<meta property="article:section" content="Markets">
<script>window.mlAds={unit:"/2217/markets/article",kw:["korea","defence","ringgit"],\
refresh:30};</script>
</head>
<body>
<div class="pdpa-notice">We use cookies in line with the Personal Data Protection Act 2010. By \
continuing to browse, you consent to their use. <a href="/privacy">Read our \
policy</a> <button>Got it</button></div>
<header><a href="/">The Malaysian Ledger</a>
<nav><a href="/markets">Markets</a> | <a href="/corporate">Corporate</a> | <a \
href="/economy">Economy</a> | <a href="/world">World</a> | <a href="/property">Property</a> \
| <a href="/digital">Digital</a></nav></header>
<div class="quotes">FBM KLCI 1,623.84 +0.4% | USD/MYR 4.3510 | CPO (Jan) RM4,912</div>
<article>
<h1>Korean defence stocks rally as Seoul says [[3,000]] North Korean troops are in Russia</h1>
<p class="byline">By Nurul Ain Ismail &middot; October 25, 2024</p>
<p>KUALA LUMPUR: Shares in South Korean arms makers extended their rally on Friday as investors \
bet that Seoul will move closer to supplying weapons to Ukraine after North Korea sent soldiers \
to help Russia.</p>
<p>Hanwha Aerospace closed 7.9% higher in Seoul and LIG Nex1 gained 5.3%, while the benchmark \
KOSPI ended the week down 0.4% at 2,583.27. The moves followed a statement from South Korea's \
National Intelligence Service (NIS) on Wednesday that [[around 3,000]] North Korean soldiers \
had already been shipped to Russia's Far East. The agency expects that figure to reach \
[[10,000]] by December, it said.</p>
<p>Washington has offered a similar count. White House national security spokesman John Kirby \
said at a briefing on Wednesday that [[at least 3,000]] soldiers from the North travelled by \
ship to Vladivostok in the first half of October before moving on to training grounds in eastern \
Russia. Ukraine's defence intelligence directorate has spoken of [[about 12,000]] soldiers, \
including [[some 500]] officers.</p>
<p>Russian President Vladimir Putin, hosting the BRICS summit in Kazan, did not deny the reports \
on Thursday, saying it was &ldquo;our business&rdquo; how Moscow applies its treaty with \
Pyongyang. Ukrainian President Volodymyr Zelensky has said the first North Korean units could \
be in combat by October 27 or 28.</p>
<h2>Ringgit steady, palm oil eases</h2>
<p>Closer to home, the ringgit was little changed at 4.3510 against the US dollar. Crude palm \
oil futures for January delivery on Bursa Malaysia Derivatives slipped RM38 to RM4,912 a \
tonne, while Brent crude traded near US$74.30 a barrel.</p>
<p>&ldquo;The market is reading this as a longer war with a bigger cast,&rdquo; said Chua Wei \
Ling, head of regional strategy at a Kuala Lumpur brokerage. &ldquo;That means more orders for \
Korean guns and shells, for years.&rdquo; Poland alone has ordered almost 1,000 K2 tanks and \
more than 600 K9 howitzers from Korean makers since 2022.</p>
<p>Lee Ji-won, a fellow at a Seoul defence think tank, told the Ledger the deployment could \
grow well beyond the first contingents. North Korea, she said, could in time make [[as many as \
100,000]] soldiers available to Moscow if the Kremlin kept paying. &ldquo;Pyongyang has 1.2 \
million men under arms and nothing else to sell at that price,&rdquo; she said.</p>
<p>Malaysia has called for restraint. Wisma Putra said on Thursday it was &ldquo;deeply \
concerned&rdquo; by any widening of the conflict.</p>
</article>
<footer><p>&copy; 2024 Ledger Media Sdn Bhd (201901023456) &middot; Jalan Sultan Ismail, 50250 \
Kuala Lumpur &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p>\
</footer>
<script src="/js/ml-analytics.js" defer></script>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'as Seoul says': the NIS figure of Wednesday (Wednesday to publication)"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS statement 'on Wednesday': shipped to the Far East"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same statement, 'it said' at the end: expected by December (total)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'said at a briefing on Wednesday': travelled to Vladivostok"),
        C("about 12,000", 12000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'has spoken of' (no date): soldiers in Russia"),
        C("some 500", 500, "approx", "in_russia", "ukraine", "pub",
          "'including … officers' (a breakdown of HUR's figure, not an increment)"),
        C("as many as 100,000", 100000, "at_most", "planned", "other", "pub",
          "Seoul think-tank fellow 'told the Ledger' (no date): could make available (total)"),
    ),
)

B08 = Source(
    article_id="b08_yorkshire_radio_catterick_prisoners_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Ridings 104.6",
        "https://www.ridings1046.example/news/world/ukraine-north-korean-prisoners-catterick",
        "Ukraine says it has captured two North Korean soldiers",
    ),
    features="Yorkshire radio station's website in Markdown, windows-1252 with CRLF "
        "(typographic quotes), front matter without a date (sidecar, Monday) whose title "
        "carries the number word `two` (optional); headline 'Ukraine says' `two` from Zelensky "
        "'on Saturday' (Saturday to publication); the lead without a figure; Zelensky 'posted "
        "on Saturday' `two`; the NIS 'In a closed-door briefing … in December' (two figures, "
        "'the agency had said'); 'Last week he said' (Zelensky by pronoun, `about 3,800`); a "
        "State Department spokesman 'on Friday' `several hundred`; a York lecturer 'told "
        "Ridings 104.6' (other, `pub`); prisoners' ages, Ukrainian recruits trained in the "
        "UK, garrison size, drama phone number, FM frequency",
    text="""\
---
title: "Ukraine says it has captured [[two]] North Korean soldiers"
category: World
station: Ridings 104.6
tags: [Ukraine, North Korea, Catterick]
---

# Ukraine says it has captured [[two]] North Korean soldiers

*Troops trained at Catterick are among those fighting in the Kursk region, a North Yorkshire MP \
says*

Ukraine says it has taken North Korean soldiers prisoner for the first time since Pyongyang \
sent troops to help Russia.

President Volodymyr Zelensky posted on Saturday that his forces had seized [[two]] men in \
Russia’s Kursk region. Both were wounded and have been taken to Kyiv, where the SBU security \
service is questioning them. One is 20 and the other 26, according to the SBU; one told \
interrogators he had thought his unit was going to an exercise, not to a war.

South Korea’s National Intelligence Service confirmed the capture on Sunday. In a closed-door \
briefing for MPs in Seoul in December, the agency had said [[at least 100]] North Koreans had \
died in combat and [[nearly 1,000]] had been wounded.

Mr Zelensky’s own numbers are far higher. Last week he said [[about 3,800]] North Korean troops \
had been killed or injured. In Washington, a State Department spokesman said on Friday the US \
estimated that [[several hundred]] had been killed since the North Koreans entered combat in \
the autumn.

## The Catterick connection

The news is being followed closely at Catterick Garrison, where British soldiers have trained \
Ukrainian recruits under Operation Interflex. More than 50,000 Ukrainians have gone through the \
programme across the UK since 2022.

Tom Birkett, a Conservative MP from North Yorkshire who sits on the Commons defence committee, \
said some of the men who trained on the ranges near Richmond were now serving in Kursk. “They \
tell us the North Koreans come forward in big groups, often straight into drone fire,” he said.

Dr Priya Nandakumar, a lecturer in international security at the University of York, told \
Ridings 104.6 that Pyongyang had probably sent [[some 12,000]] men to Russia since October. \
“The prisoners matter more than their number suggests,” she said. “For the first time we can \
hear from North Korean soldiers directly.”

Around 13,000 soldiers and family members live at Catterick, the British Army’s largest \
garrison. You can contact our newsroom on 0113 496 0418, or listen to the full report on 104.6 \
FM at 5pm.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "front-matter title (metadata duplicate of the headline): captured", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Ukraine says': Zelensky's Saturday figure (Saturday to publication): "
          "captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'posted on Saturday' (number word): seized"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "the NIS briefing for MPs 'in December' ('the agency had said'): died in combat"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-01..2024-12-31",
          "same briefing: wounded ('nearly' = almost: approx)"),
        C("about 3,800", 3800, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky by pronoun 'Last week he said': killed or injured"),
        C("several hundred", None, "vague", "casualties", "united_states", "fri",
          "a State Department spokesman 'on Friday': killed"),
        C("some 12,000", 12000, "approx", "in_russia", "other", "pub",
          "York lecturer 'told Ridings 104.6' (no date): sent to Russia"),
    ),
)

B09 = Source(
    article_id="b09_tacoma_jblm_brigade_korea",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-14"),
    dated_by="sidecar",
    sidecar=(
        "The Puget Sound Courier",
        "https://www.pugetsoundcourier.example/military/jblm-stryker-brigade-korea-north-korea",
        "As JBLM soldiers head to Korea, Pyongyang's troops return to Russia's front",
    ),
    features="US Pacific Northwest paper's military-beat story as plain text (sidecar, Friday), "
        "with a base dateline 'JOINT BASE LEWIS-McCHORD —' and a reporter's phone at the end; "
        "deck 'says the North has sent another 3,000' (span without 'another'; increment) from "
        "the NIS 'said Thursday' (Thursday to publication); `roughly 3,000 additional` "
        "(increment), 'That raised the total … to' (new total) with 'the agency said in a "
        "briefing' at the end, and 'of those' casualties; HUR 'reported on Wednesday' `up to "
        "2,000`; the USFK commander 'told a House committee earlier this week' (Monday to "
        "Thursday) with „thousands“ in quotes; brigade size, base size, ages, city "
        "population, a fraction, Russian losses",
    text="""\
As JBLM soldiers head to Korea, Pyongyang's troops return to Russia's front

South Korea's spy agency says the North has sent another [[3,000]] soldiers to fight for Moscow

By Dana Whitcomb
Courier staff writer

JOINT BASE LEWIS-McCHORD — The soldiers of the 2nd Stryker Brigade Combat Team spent the week \
packing. About 4,200 of them are due to leave Joint Base Lewis-McChord this spring for a \
nine-month rotation in South Korea, where they will train alongside South Korean units a few \
dozen miles from the border with the North.

The North Korean army they are preparing to deter is now fighting in Europe. South Korea's \
National Intelligence Service said Thursday that Pyongyang had shipped [[roughly 3,000]] \
additional troops to Russia in January and February, after its first contingent took heavy \
losses in the Kursk region. That raised the total sent since last fall to [[some 14,000]], the \
agency said in a briefing for reporters in Seoul, and [[about 4,000]] of those had been killed \
or wounded.

The NIS added that the North Koreans had gone back into action near the Russian town of Sudzha \
this month, now in smaller units and with better drone training. Ukraine's military \
intelligence agency, HUR, reported on Wednesday that [[up to 2,000]] of them were taking part \
in assaults there.

Washington's figures are broadly similar. Gen. Xavier Brunson, commander of U.S. Forces Korea, \
told a House committee earlier this week that Pyongyang had sent [[more than 11,000]] troops \
and that "[[thousands]]" had been killed or wounded. He warned that the North was learning \
lessons from the fighting, especially about drones, that it could one day apply on the Korean \
Peninsula.

At JBLM, the news is followed with professional interest. "We watch what the North Koreans are \
doing in Russia very carefully," said Lt. Col. Marisa Dunlap, a spokeswoman for I Corps, which \
counts about 25,000 soldiers at the base. She declined to discuss the brigade's training plans.

In nearby Lakewood, home to one of the state's largest Korean American communities, the war has \
become a topic at the dinner table. "My father was born in Kaesong," said Kevin Oh, 58, who runs \
a bakery on South Tacoma Way. "Now boys from up there are dying in a place called Kursk. It \
makes no sense to me."

Lakewood has about 63,000 residents; roughly one in six is of Asian descent, according to census \
figures. Russia's own losses dwarf Pyongyang's: Britain's Defence Ministry estimates that more \
than 850,000 Russian soldiers have been killed or wounded since February 2022.

Dana Whitcomb covers the military for the Courier. Reach her at 253-555-0147.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "deck 'South Korea's spy agency says … another' (span without the word; increment): "
          "the NIS figure of Thursday (Thursday to publication)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'said Thursday': 'additional' troops shipped in January and February (increment)",
          add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'That raised the total … to', 'the agency said in a briefing' at the end of the "
          "sentence: the new total, not an increment"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'of those': killed or wounded"),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "wed",
          "HUR 'reported on Wednesday': taking part in assaults near Sudzha"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "mon..thu",
          "USFK commander 'told a House committee earlier this week' (Monday to Thursday): "
          "sent"),
        C("thousands", None, "vague", "casualties", "united_states", "mon..thu",
          "same testimony, in quotes: killed or wounded"),
    ),
)

B10 = Source(
    article_id="b10_romania_dispatch_30000_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "Bucharest Dispatch",
        "https://www.bucharestdispatch.example/world/kyiv-warns-pyongyang-30000-more-soldiers",
        "Kyiv warns Pyongyang could send 30,000 more soldiers to Russia",
    ),
    features="Romanian English-language news site in HTML, ISO-8859-1 (quotes only as entities "
        "`&ldquo;`/`&rdquo;`, `&deg;`, `&euro;`, `&middot;`), no meta date (sidecar, "
        "Thursday), a GDPR banner, a top bar with weather and the leu rate, a page id with a "
        "figure in a script; `<title>` figure (optional, increment); headline `30,000 more` "
        "(span without the word; increment) from Budanov's interview 'published on Tuesday' "
        "('according to' after the figure; Tuesday to publication); 'He told a Kyiv outlet' "
        "`about 11,000`; a JCS spokesman "
        "'Asked … on Wednesday' `several thousand`; Rutte 'At the alliance's summit in The "
        "Hague last month' in quotes (June 24–25: in_russia, 'provided'); a Bucharest analyst "
        "'may exceed' (at_least, `pub`); drone fragments, exercise troops and ships, allied "
        "troops in Romania, euros, temperature",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Kyiv: North Korea could send [[30,000]] more troops to Russia | Bucharest Dispatch\
</title>
<meta name="keywords" content="North Korea, Russia, Ukraine, Black Sea, Romania, NATO">
<script>var bd={page:"world-48213",ads:1,ab:"B"};</script>
</head>
<body>
<div id="gdpr">We and our partners store and read information on your device to show \
relevant ads and measure audiences, as EU rules allow. <a href="#">Accept</a> <a \
href="#">Reject</a> <a href="#">Customise</a></div>
<div class="topbar">Bucharest &middot; 31&deg;C &middot; EUR/RON 5.07</div>
<nav><a href="/">Home</a> <a href="/romania">Romania</a> <a href="/moldova">Moldova</a> <a \
href="/black-sea">Black Sea</a> <a href="/world">World</a> <a href="/business">Business</a>\
</nav>
<article>
<h1>Kyiv warns Pyongyang could send [[30,000]] more soldiers to Russia</h1>
<p class="lede">Ukraine's spy chief says North Korea is readying a new wave of troops, as \
Romania counts the cost of Russian drones on the Danube.</p>
<p class="by">Andreea Stoica &middot; World</p>
<p>North Korea's leadership is lining up [[as many as 30,000]] additional soldiers for \
Russia's war, according to Kyrylo Budanov, head of Ukraine's military intelligence, whose \
interview was published on Tuesday. He told a Kyiv outlet that [[about 11,000]] North Korean \
soldiers were already on Russian territory, and that the new contingent could arrive \
&ldquo;within months&rdquo;.</p>
<p>Budanov said Pyongyang had already lost &ldquo;a very large share&rdquo; of the men it sent \
last year, but he gave no figure.</p>
<p>Seoul was more cautious. Asked about Budanov's remarks on Wednesday, a spokesman for South \
Korea's Joint Chiefs of Staff said [[several thousand]] North Koreans remained in the Kursk \
border area, but that the military could not confirm plans for a further deployment.</p>
<p>NATO has long treated North Korea as a party to the war. At the alliance's summit in The \
Hague last month, Secretary General Mark Rutte said Pyongyang had provided Russia with \
&ldquo;millions of shells and [[more than 12,000]] troops&rdquo; and called the partnership a \
direct threat to European security.</p>
<h2>Drones over the Danube</h2>
<p>For Romania, the war is far closer than Kursk. Fragments of Russian drones have been found \
on Romanian soil at least 20 times since 2022, most of them in Tulcea county, across the Danube \
from Ukraine's port of Izmail. The defence ministry said on Wednesday that 1,700 troops and 25 \
ships were taking part in this month's Sea Shield exercise.</p>
<p>Romania hosts a NATO battlegroup and around 5,000 US and allied troops, many of them at the \
Mihail Kogalniceanu air base near Constanta, which is being expanded at a cost of &euro;2.5 \
billion.</p>
<p>Radu Ionescu, a security analyst at a Bucharest think tank, said the North Korean deployment \
showed that Moscow was struggling to recruit enough soldiers at home. He estimated that \
Pyongyang's dead and wounded may exceed [[5,000]]. &ldquo;Every North Korean at the front is a \
Russian who does not have to be mobilised,&rdquo; he said.</p>
</article>
<footer>&copy; 2025 Bucharest Dispatch SRL &middot; Str. Academiei 18, Sector 1, Bucharest \
&middot; <a href="/contact">Contact</a> &middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "<title> (metadata) restating the headline ('more', span without the word)",
          add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "tue..pub",
          "headline 'Kyiv warns': Budanov's figure (Tuesday to publication); 'more' (span "
          "without the word; increment)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "tue",
          "'according to' Budanov at the end of the sentence, 'whose interview was published "
          "on Tuesday': 'additional' (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "tue",
          "'He told a Kyiv outlet' (same interview): on Russian territory"),
        C("several thousand", None, "vague", "near_front", "south_korea", "wed",
          "a JCS spokesman 'Asked … on Wednesday': in the Kursk border area"),
        C("more than 12,000", 12000, "at_least", "in_russia", "nato", "2025-06-24..2025-06-25",
          "Rutte 'At the alliance's summit in The Hague last month' (June 24–25) in quotes: "
          "provided to Russia"),
        C("5,000", 5000, "at_least", "casualties", "other", "pub",
          "Bucharest analyst 'estimated' (no date): dead and wounded 'may exceed' (at_least)"),
    ),
)

B11 = Source(
    article_id="b11_mongolia_observer_war_dead_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-09-12"),
    dated_by="front_matter",
    features="Mongolian English-language outlet in Markdown, UTF-8 with BOM, front matter with "
        "`date:`; a bold lead 'Seoul's spies now reckon' from the NIS briefing the body dates to "
        "'September 4' (September 4 to publication); 'According to lawmakers who attended, "
        "the agency said'; 'the lawmakers quoted the NIS as saying' at the end of the "
        "sentence; KCNA 'reported on Aug. 30' `12` officers who fell (north_korea); HUR 'last "
        "week'; the outlet's own tally (unattributed, required); an Ulaanbaatar researcher's "
        "range (other, `pub`); population, Russian imports in per cent, `about 2,000` "
        "Mongolian students (not claims), freight tonnes",
    text="""\
---
title: "North Korea's war dead and Mongolia's delicate balance"
date: 2025-09-12
section: World
author: Enkhjin Batbold
---

# North Korea's war dead and Mongolia's delicate balance

**Seoul's spies now reckon that [[about 2,000]] of Kim Jong Un's soldiers have been killed in \
Russia's war. In Ulaanbaatar, which keeps friendly ties with Moscow, Pyongyang and Seoul, \
officials are choosing their words with care.**

ULAANBAATAR — The new estimate came from South Korea's National Intelligence Service, which \
briefed members of the National Assembly's intelligence committee on September 4. According to \
lawmakers who attended, the agency said [[around 2,000]] North Koreans had been killed in \
Russia's Kursk region and nearby areas. Pyongyang had also sent [[some 5,000]] military \
construction troops to Russia since the summer, the lawmakers quoted the NIS as saying.

North Korea has begun to honour its dead in public. The official Korean Central News Agency \
reported on Aug. 30 that Kim Jong Un had posthumously awarded the title Hero of the DPRK to \
[[12]] officers who fell in Kursk, and that a museum to the "overseas military operation" would \
be built in Pyongyang.

Ukraine's military intelligence agency said last week that [[some 6,000]] North Koreans were \
still stationed in the Kursk region, most of them engineers clearing mines.

By the Observer's own tally of statements from Seoul, Kyiv and Pyongyang, [[at least 2,300]] \
North Korean soldiers have been killed or captured since the first units reached the front last \
November.

## A neighbour to both

Mongolia, a country of 3.5 million people wedged between Russia and China, has avoided taking \
sides in the war. It abstained in UN General Assembly votes condemning Russia's invasion and in \
2024 received Vladimir Putin despite an International Criminal Court warrant. It also keeps an \
embassy in Pyongyang and holds regular talks with Seoul.

Asked about the NIS figures, a foreign ministry spokesperson in Ulaanbaatar said on Thursday \
that Mongolia "supports all efforts toward peace on the Korean Peninsula and in Europe" and \
declined further comment.

Bayarmaa Tsogt, a researcher at the Institute for Strategic Studies in Ulaanbaatar, said the \
deployment had changed how Mongolians see North Korea. She estimated that [[between 15,000 and \
18,000]] North Koreans had rotated through Russia in all. "For many here, North Korea was a \
distant, poor country. Now it is a military partner of our largest neighbour," she said.

Mongolia imports more than 90 percent of its fuel from Russia, and about 2,000 Mongolian \
students enrol at Russian universities each year. Trains on the Trans-Mongolian Railway carried \
31 million tonnes of freight last year, officials said in June.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04..2025-09-12",
          "bold lead 'Seoul's spies now reckon': the NIS briefing the body dates to September 4 "
          "(September 4 to publication): died"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS briefing 'on September 4', 'According to lawmakers who attended, the agency "
          "said': killed"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-09-04",
          "same briefing, 'the lawmakers quoted the NIS as saying' at the end: builders sent "
          "(no increment word)"),
        C("12", 12, "exact", "casualties", "north_korea", "2025-08-30",
          "KCNA 'reported on Aug. 30': officers who fell"),
        C("some 6,000", 6000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': stationed in the Kursk region"),
        C("at least 2,300", 2300, "at_least", "casualties", "unattributed", "pub",
          "the outlet's own tally ('By the Observer's own tally'): killed or captured (required)"),
        C("between 15,000 and 18,000", None, "range", "in_russia", "other", "pub",
          "Ulaanbaatar researcher 'estimated' (no date): rotated through Russia"),
    ),
)

B12 = Source(
    article_id="b12_kigali_african_recruits_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-07"),
    dated_by="dateline", crlf=True,
    features="Rwandan news site as plain text in UTF-16 LE with BOM and CRLF, dateline "
        "'KIGALI, 7 November 2025 –' (Friday); headline `15,000` from Ukraine's foreign "
        "minister 'on Thursday' (Thursday to publication); his figure of African recruits (not "
        "North Koreans) next to “around 15,000” in quotes; the NIS 'on Tuesday' with 'A further "
        "5,000' (increment, span without the words) and 'the agency said' at the end; Russia's "
        "ambassador in Pyongyang 'told the RIA news agency in October' (russia, planned); Rutte "
        "'speaking in Brussels last week'; HUR 'estimated in October' casualties; a background "
        "'Kyiv holds two' without a source (unattributed, optional); KCNA quoting Kim on 'tens "
        "of thousands of Russian comrades' (not a claim); a University of Rwanda lecturer's "
        "'tens of thousands' more (vague increment, `pub`); Kenyans, South Africans, countries",
    text="""\
Kyiv says Russia is hunting for African recruits after North Korea's [[15,000]]

Ukraine's foreign minister puts the number of Africans fighting for Moscow at more than 1,400. \
Rwanda says none of its citizens has been identified.

KIGALI, 7 November 2025 – More than a year after North Korean soldiers first appeared on \
Russia's battlefields, Ukraine says Moscow is widening its search for foreign fighters to \
Africa.

Ukraine's Foreign Minister Andrii Sybiha said on Thursday that more than 1,400 citizens of 36 \
African countries were fighting in Russia's army, many of them lured with promises of civilian \
jobs. Speaking to journalists in Kyiv, he set this beside the “[[around 15,000]]” troops that \
North Korea had sent, calling both “a sign of Russian weakness, not strength”.

Pyongyang's soldiers are still there. South Korea's National Intelligence Service said on \
Tuesday that [[about 10,000]] North Korean troops remained deployed in the Kursk region and \
along Russia's border with Ukraine. A further [[5,000]] military construction workers had been \
sent since September to rebuild roads and bridges, the agency said.

Moscow has not hidden the arrangement. Its ambassador in Pyongyang, Alexander Matsegora, told \
the RIA news agency in October that [[6,000]] North Korean sappers and builders would work in \
Kursk “for as long as they are needed”. State media in Pyongyang last month quoted Kim Jong Un \
as saying his soldiers had fought “shoulder to shoulder with tens of thousands of Russian \
comrades”.

NATO Secretary General Mark Rutte, speaking in Brussels last week, said North Korea's \
contribution of [[some 15,000]] soldiers had “changed the character of this war”. The human \
cost has been high. Ukraine's military intelligence agency estimated in October that killed and \
wounded North Koreans together numbered [[roughly 6,000]]. Kyiv holds [[two]] North Korean \
prisoners of war.

Jean-Paul Habimana, who lectures on international relations at the University of Rwanda, said \
Africa should read the North Korean example as a warning. “Russia will need [[tens of \
thousands]] more from Pyongyang next year, and it will keep looking elsewhere too,” he said. \
“Our young people must not become somebody else's reserve army.”

Rwanda's Ministry of Foreign Affairs and International Cooperation said it had no record of \
Rwandan nationals serving in the Russian army. Kenya's government said last month that about \
200 Kenyans had been recruited, and Ghana, Togo and Cameroon have reported similar cases. South \
Africa is investigating how 17 of its men came to be stranded in eastern Ukraine after answering \
job advertisements on social media.

Families who fear a relative has been recruited abroad can call the ministry's diaspora desk on \
+250 788 000 123.
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "ukraine", "thu..pub",
          "headline 'Kyiv says': the foreign minister's Thursday figure (Thursday to "
          "publication): sent"),
        C("around 15,000", 15000, "approx", "in_russia", "ukraine", "thu",
          "Sybiha 'said on Thursday', “…” in his words: sent by North Korea"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'said on Tuesday': deployed in Kursk and along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'A further … had been sent … the agency said' (span without the words; increment)",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang 'told the RIA news agency in October': would work "
          "in Kursk (intended)"),
        C("some 15,000", 15000, "approx", "in_russia", "nato", "lastweek",
          "Rutte 'speaking in Brussels last week': North Korea's contribution of soldiers"),
        C("roughly 6,000", 6000, "approx", "casualties", "ukraine",
          "2025-10-01..2025-10-31", "HUR 'estimated in October': killed and wounded"),
        C("two", 2, "exact", "casualties", "unattributed", "pub",
          "background 'Kyiv holds two … prisoners of war' without a source (reporter framing): "
          "optional, as before", opt=True),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "University of Rwanda lecturer “…” (no date): 'more' next year (increment)",
          add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
