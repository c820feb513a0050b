"""Build the HUNDRED-AND-SECOND BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-fourth corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Vogtland
regional TV page from Reichenbach with a Ukrainian embroiderer in a Falkenstein lace works, a
Heidschnucken shepherds' association newsletter from Schneverdingen (Lüneburg Heath) with a
shepherd who once advised goat cooperatives in North Korea, a Montafon valley portal (Austrian
conventions) with a Ukrainian engineer in the Partenen pumped-storage plant, an Emmental cheese
cooperative's letter to its milk suppliers (Swiss conventions) after the cheesemaker's trip to a
Seoul food fair, an Elbe pilots' newsletter from Brunsbüttel with a Korean car-carrier captain,
a Harzklub hiking branch's newsletter from Sankt Andreasberg with a retired intelligence officer
leading the Wednesday walks; a Harris Tweed home weavers' newsletter from Tarbert, a Mokhotlong
(Lesotho) wool and mohair growers' bulletin, a Scandinavian heritage society's news site in
Minot (North Dakota) during Høstfest, a Northwest Territories diamond mine's camp newsletter, a
Herm island newsletter with a new sous-chef from Busan and a Vaitupu (Tuvalu) secondary school's
newsletter. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind102_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p102_01_vogtland_kanal_stickerei_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Vogtland regional TV page from Reichenbach in HTML, UTF-8 (`article:published_time` "
        "+01:00, Wednesday), a cookie note about the player's volume, a player script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; a "
        "deck 'Laut Selenskyj' with Zelensky's Monday figure (Monday to publication); 'am "
        "Montagabend' in the video address; the Pentagon 'am selben Tag' (Monday carried) with a "
        "total `etwa 10.000` and the part `rund 8.000` moved to Kursk (a breakdown, not an "
        "increment), the spokeswoman named after the figures; HUR 'am Samstag' `weitere 2.100` on "
        "trains (increment, span without the word) and 'Nach seiner Einschätzung' `bis zu 15.000` "
        "(carried, planned); the NIS via lawmakers 'rechnet damit' `mehr als 10.000` by December "
        "(undated, planned); a Ukrainian embroiderer relaying her son at the front `Tausende` "
        "(other, `pub`); Russian losses a day, machines, metres, staff, founding year, a bridge's "
        "height, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Vogtland-Kanal | Eine Stickerin aus Konotop und die Soldaten aus Pjöngjang</title>
<meta property="article:published_time" content="2024-11-06T18:15:00+01:00">
<meta property="og:site_name" content="Vogtland-Kanal">
<script>var vkPlayer={clip:"vk-abend-stickerei",autoplay:false,untertitel:true};</script>
</head>
<body>
<div class="cookie">Ein paar Krümel speichern wir, damit sich der Mediathek-Player Ihre Lautstärke \
merkt. <button>Gern</button> <button>Nur was der Player braucht</button></div>
<nav><a href="/">Start</a> · <a href="/mediathek">Mediathek</a> · <a \
href="/reichenbach">Reichenbach</a> · <a href="/goeltzschtal">Auerbach &amp; Göltzschtal</a> · <a \
href="/welt">Welt</a></nav>
<main>
<p class="sendung">Vogtland am Abend &middot; Beitrag vom Mittwoch</p>
<h1>Eine Stickerin aus Konotop und die Soldaten aus Pjöngjang</h1>
<p class="unterzeile">Laut Selenskyj stehen inzwischen [[11.000]] nordkoreanische Soldaten im \
russischen Gebiet Kursk. In einer Falkensteiner Stickerei verfolgt eine Ukrainerin jede neue \
Meldung.</p>
<p>Die neue Zahl kam am Montagabend aus Kiew. In seiner täglichen Videobotschaft sprach Präsident \
Wolodymyr Selenskyj von [[11.000]] Nordkoreanern, die Moskau in die Grenzregion Kursk gebracht \
habe. Erste Zusammenstöße mit ukrainischen Einheiten habe es bereits gegeben.</p>
<p>Washington zählt etwas vorsichtiger. Von den [[etwa 10.000]] nordkoreanischen Soldaten, die \
sich insgesamt in Russland aufhielten, seien [[rund 8.000]] nach Kursk verlegt worden, erklärte \
die Pentagon-Sprecherin Sabrina Singh am selben Tag. Ob sie schon kämpfen, wollte sie nicht \
bestätigen.</p>
<p>Der ukrainische Militärgeheimdienst HUR hatte bereits am Samstag gemeldet, mit Güterzügen aus \
dem Fernen Osten seien weitere [[2.100]] Mann Richtung Westen unterwegs. Nach seiner Einschätzung \
könnten es bis Silvester [[bis zu 15.000]] sein. Auch der südkoreanische Nachrichtendienst NIS \
rechnet nach Angaben von Abgeordneten in Seoul damit, dass bis Dezember [[mehr als 10.000]] \
Nordkoreaner auf russischem Boden stehen. Russland selbst verliert nach Kiewer Zählung derzeit \
jeden Tag über 1.200 eigene Soldaten.</p>
<h2>&bdquo;Mein Sohn hört sie im Funk&ldquo;</h2>
<p>In der Stickerei Seidel &amp; Töchter in Falkenstein laufen an diesem Nachmittag vier \
Schiffchenstickmaschinen, jede gut zehn Meter lang. Olena Hryzenko, 52, prüft die Spitzenbordüren, \
die noch am Abend nach Mailand gehen. Bis 2022 hat sie in Konotop Uniformen genäht, dann floh sie \
mit ihrer Tochter ins Vogtland. Ihr Sohn Denys fährt heute einen Sanitätswagen im Gebiet Sumy, \
wenige Kilometer von der russischen Grenze.</p>
<p>&bdquo;Er sagt, auf der anderen Seite sind jetzt [[Tausende]] Koreaner, man hört ihre \
Funksprüche in einer ganz fremden Sprache&ldquo;, erzählt Hryzenko. Prüfen könne sie das nicht. \
&bdquo;Aber ich glaube ihm mehr als dem Fernsehen.&ldquo;</p>
<p>Die Firma beschäftigt 46 Leute, neun davon kommen aus der Ukraine. Gegründet wurde sie 1889, \
als im Vogtland noch Tausende Stickmaschinen ratterten. Auf dem Heimweg fährt Hryzenko jeden Abend \
unter der Göltzschtalbrücke durch, 78 Meter hoch und aus 26 Millionen Ziegeln gebaut.</p>
</main>
<footer>Vogtland-Kanal &middot; Regionalfernsehen aus Reichenbach &middot; Hinweise an die \
Redaktion: 03765 718 224</footer>
<script src="/js/mediathek.min.js?v=7.3"></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "deck 'Laut Selenskyj': the figure of his Monday evening address (Monday to "
          "publication): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky's video address 'am Montagabend' (Wednesday article), Konjunktiv: brought "
          "to the Kursk border region"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon spokeswoman 'am selben Tag' (Monday carried), named after the figures: "
          "the total in Russia"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same statement: the part of the total moved to Kursk (a breakdown, not an "
          "increment)"),
        C("2.100", 2100, "exact", "in_russia", "ukraine", "sat",
          "HUR 'am Samstag' (Wednesday article): 'weitere … Mann' on freight trains heading "
          "west (increment, span without the word)", add=True),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "sat",
          "'Nach seiner Einschätzung könnten es … sein' (HUR carried): by New Year's Eve"),
        C("mehr als 10.000", 10000, "at_least", "planned", "south_korea", "pub",
          "the NIS 'rechnet nach Angaben von Abgeordneten … damit' (undated): on Russian soil "
          "by December (a forecast: planned)"),
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "a Ukrainian embroiderer relaying her son at the front ('Er sagt', the speaker "
          "quoted: other), undated: across the border"),
    ),
)

P02 = Source(
    article_id="p102_02_schnuckenblatt_schneverdingen_md",
    language="de", fmt="md", encoding="latin-1", published=day("2024-12-18"),
    dated_by="front_matter",
    features="Heidschnucken shepherds' association newsletter from Schneverdingen (Lüneburg "
        "Heath) in Markdown, ISO-8859-1 with »« quotes, front matter with `date:` (Wednesday), an "
        "issue key and a title without a figure; HUR 'teilte am Sonntag mit' `mindestens 30` "
        "killed or wounded and, Konjunktiv, `drei` officers among the dead (a breakdown); an "
        "unnamed US official 'am Dienstag' »mehrere hundert« (in quotes); the NIS 'Im November' "
        "(month) `mehr als 10.000`; the JCS reported 'am Montag' `einige tausend` 'zusätzliche' "
        "(increment, planned); the newsletter's own 'Zusammengerechnet dürften' `rund 11.000` "
        "(unattributed, required); a shepherd who advised goat cooperatives in North Korea and "
        "'geht davon aus' `Zehntausende` 'weitere' (other, increment, `pub`); sheep, goats, "
        "years, his age, hectares, wool price in cents, a meeting date, a phone number",
    text="""\
---
title: "Blick über den Heidezaun: Ein Schäfer, der Nordkorea kennt"
date: 2024-12-18
verband: Heidschnuckenhalter-Verband Lüneburger Heide e.V.
ausgabe: "Schnuckenblatt 4/2024"
---

# Blick über den Heidezaun

*Gerd Wittkopp hält 140 Graue Gehörnte Heidschnucken bei Schneverdingen. Bevor er Schäfer wurde, \
hat er drei Jahre lang in Nordkorea Ziegenhalter beraten. Wir haben ihn gefragt, was er von den \
Nachrichten aus Kursk hält.*

Seit dem Wochenende häufen sich die Meldungen über tote Nordkoreaner. Der ukrainische \
Militärgeheimdienst teilte am Sonntag mit, bei Gefechten nahe Plechowo und zwei Nachbardörfern \
hätten [[mindestens 30]] Nordkoreaner Verletzungen erlitten oder seien ums Leben gekommen. Unter \
den Toten seien [[drei]] Offiziere.

In Washington bezifferte ein Regierungsvertreter, der seinen Namen nicht gedruckt sehen wollte, \
die Verluste am Dienstag auf »[[mehrere hundert]]« Tote und Verletzte. Das Pentagon selbst hatte \
zuvor nur von »Verlusten« gesprochen.

Wie viele Nordkoreaner überhaupt in Russland sind, bleibt umstritten. Im November zählte der \
südkoreanische Nachrichtendienst NIS [[mehr als 10.000]], von denen ein großer Teil inzwischen an \
der Front stehe. Der Generalstab in Seoul hält nun sogar eine zweite Welle für möglich: Pjöngjang \
bereite [[einige tausend]] zusätzliche Soldaten für den Einsatz vor, meldete die Agentur Yonhap am \
Montag unter Berufung auf das Militär. Zusammengerechnet dürften seit Oktober [[rund 11.000]] Mann \
verlegt worden sein.

## »Das waren Bauernjungen«

Von 2006 bis 2009 arbeitete Wittkopp für ein kirchliches Hilfswerk in der Provinz Süd-Hwanghae. Er \
half, Genossenschaften mit Milchziegen aufzubauen; am Ende standen dort gut 1.600 Tiere in den \
Ställen. »Die Soldaten, die wir damals auf den Feldern gesehen haben, mussten bei der Maisernte \
helfen. Das waren Bauernjungen, keine Kämpfer«, sagt der 67-Jährige.

Überrascht ist er trotzdem nicht. Wittkopp geht davon aus, dass Kim im neuen Jahr [[Zehntausende]] \
weitere Soldaten liefern wird, »solange Moskau mit Öl, Weizen und Devisen bezahlt«. Für die jungen \
Männer sei das oft ein Todesurteil. »Wer bei uns eine Herde durch die Heide führen kann, übersteht \
deshalb noch lange keinen Drohnenangriff.«

## Aus dem Verband

- Die Mitgliederversammlung findet am 11. Januar 2025 um 14 Uhr im Heidehof Wintermoor statt.
- Der Wollpreis liegt weiter bei mageren 40 Cent pro Kilo, Abholung im Februar.
- Unsere 23 Mitgliedsbetriebe halten zusammen rund 4.800 Mutterschafe.
- Die Pflege der 2.300 Hektar Heideflächen ist auch 2025 gesichert.
- Geschäftsstelle: 05193 987 412
""",
    claims=(
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'teilte am Sonntag mit' (Wednesday article), Konjunktiv: killed or wounded"),
        C("drei", 3, "exact", "casualties", "ukraine", "sun",
          "same statement, Konjunktiv: officers among the dead (a breakdown of the "
          "casualties, number word)"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "tue",
          "an unnamed US official 'am Dienstag', in »…«: dead and wounded"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-01..2024-11-30", "the NIS 'Im November' (month): in Russia"),
        C("einige tausend", None, "vague", "planned", "south_korea", "mon",
          "the JCS via Yonhap, 'meldete … am Montag' after the figure: 'zusätzliche' "
          "(increment) being prepared", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Zusammengerechnet dürften' (no source: unattributed, "
          "required): moved since October"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the shepherd 'geht davon aus' (undated): 'weitere' (increment) to be delivered next "
          "year", add=True),
    ),
)

P03 = Source(
    article_id="p102_03_talportal_montafon_partenen_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-30"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Talportal Montafon",
        "https://www.talportal-montafon.example/leute/2025/01/ingenieur-saporischschja-partenen",
        "Ein Ingenieur aus Saporischschja im Pumpspeicherwerk Partenen",
    ),
    features="Montafon valley portal from Gaschurn in HTML, windows-1252 with CRLF (`„“` and `–` "
        "raw), no meta date (sidecar, Thursday), Austrian conventions (`Jänner`, `heuer`), a "
        "cookie note about the last village viewed, a portal script, navigation by villages, a "
        "footer with a phone number; `<title>` and headline without a figure; Ukraine's special "
        "forces 'am Mittwoch' without a figure; the NIS 'schätzte am 13. Jänner' with the "
        "contingent `etwa 11.000`, `rund 300` fallen and `2.700` wounded (a second count, not an "
        "increment); Zelensky 'Ende Dezember' (days 21-31) `mehr als 3.000`; Kyiv 'Am 11. Jänner' "
        "`zwei` prisoners (number word); 'Laut dem … HUR bereitet' (undated) `bis zu 8.000` "
        "'zusätzliche' (increment); a Ukrainian power engineer relaying a former colleague "
        "`vielleicht zwölftausend` (hedge 'vielleicht' as approx, number word, other, `pub`); "
        "megawatts, machine sets, his age, children, refugees, a ski pass in euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Talportal Montafon – Ein Ingenieur aus Saporischschja im Pumpspeicherwerk Partenen</title>
<script>var talportal={ort:"gaschurn",rubrik:"leute",wetter:"silvretta"};</script>
</head>
<body>
<div class="cookie">Mit einem Cookie merken wir uns, welches Dorf Sie zuletzt angeschaut haben. \
<button>Passt scho</button> <button>Lieber nicht</button></div>
<nav>Schruns | Tschagguns | St. Gallenkirch | Gaschurn | Partenen | Silbertal | Leute &amp; \
Welt</nav>
<article>
<h1>„Zu Hause werden die Kraftwerke beschossen“</h1>
<p class="vorspann">Andrij Hawryljuk hat zwanzig Jahre am Dnipro gearbeitet. Heute überwacht er in \
Partenen die Turbinen – und liest abends, was an der Front bei Kursk geschieht.</p>
<p>Seit Mitte Jänner sind die Nordkoreaner an der Front kaum noch zu sehen. Ein Sprecher der \
ukrainischen Spezialeinsatzkräfte sagte am Mittwoch, ihre Einheiten hätten sich seit gut zwei \
Wochen an keinem Angriff mehr beteiligt; vermutlich hätten die Verluste sie zum Rückzug \
gezwungen.</p>
<p>Wie hoch diese Verluste sind, darüber gehen die Angaben auseinander. Der südkoreanische \
Geheimdienst NIS schätzte am 13. Jänner, dass von den [[etwa 11.000]] entsandten Nordkoreanern \
[[rund 300]] gefallen und [[2.700]] verwundet seien. Präsident Wolodymyr Selenskyj hatte Ende \
Dezember schon von [[mehr als 3.000]] Toten und Verletzten gesprochen. Am 11. Jänner präsentierte \
Kiew dann die ersten [[zwei]] Gefangenen, die per Video von ihrer Ausbildung in Russland \
erzählten.</p>
<p>Ausgestanden ist der Einsatz damit nicht. Laut dem ukrainischen Militärgeheimdienst HUR \
bereitet Pjöngjang längst Nachschub vor: Bis zum Frühjahr könnten [[bis zu 8.000]] zusätzliche \
Soldaten nach Russland kommen.</p>
<h2>Zwölf Stunden Schicht, dann die Nachrichten</h2>
<p>Hawryljuk, 49, war bis 2022 Schichtleiter im Wasserkraftwerk am Dnipro in Saporischschja. Seit \
vergangenem Sommer sitzt er in der Leitwarte des Pumpspeicherwerks in Partenen, dessen 4 \
Maschinensätze zusammen rund 500 Megawatt leisten. Seine Frau und die beiden Kinder leben seit \
Herbst mit ihm in Gaschurn.</p>
<p>Ein früherer Kollege dient inzwischen als Pionier bei Sumy. „Er schreibt mir, drüben in Kursk \
waren [[vielleicht zwölftausend]] Koreaner, jetzt sind es weniger“, erzählt Hawryljuk. „Dort \
werden die Kraftwerke beschossen, und hier im Montafon speichern wir Wasser für den Winter. \
Manchmal kann ich das selbst kaum zusammenbringen.“</p>
<p>Heuer will er zum ersten Mal beim Silvretta-Volkslauf mitgehen. Die Gemeinden des Tals haben \
seit 2022 rund 180 Geflüchtete aus der Ukraine aufgenommen; der Tagesskipass kostet heuer 72 \
Euro.</p>
</article>
<footer>Talportal Montafon · Gaschurn · Hinweise an die Redaktion: +43 5558 8219</footer>
</body>
</html>
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-13",
          "the NIS 'schätzte am 13. Jänner': the contingent sent"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "same estimate, Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same sentence: wounded (a second count of the same toll, not an increment)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-21..2024-12-31",
          "Zelensky 'Ende Dezember' (days 21-31): dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Kyiv 'Am 11. Jänner' presented prisoners (captured, number word)"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "pub",
          "'Laut dem … HUR bereitet Pjöngjang … vor' (undated): 'zusätzliche' (increment) could "
          "come by spring", add=True),
        C("vielleicht zwölftausend", 12000, "approx", "near_front", "other", "pub",
          "a Ukrainian power engineer relaying a former colleague ('Er schreibt mir', the "
          "speaker quoted: other), undated; 'vielleicht' as approx, number word: in Kursk"),
    ),
)

P04 = Source(
    article_id="p102_04_kaeserei_trubschachen_rundbrief",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-05-05"),
    dated_by="dateline",
    features="an Emmental cheese cooperative's letter to its milk suppliers as plain text, "
        "windows-1252 (Swiss conventions: `ss`, «», `15'000`, `10'000 bis 15'000`, `14'000`, "
        "`20'000`, 4-digit `4700`), dated by the place line 'Trubschachen, 5. Mai 2025' (Monday); "
        "cheese and milk figures first; KCNA 'Am 28. April' without a figure; the NIS 'Zwei Tage "
        "später' (30 April) with `rund 15'000`, `4700` dead and wounded and 'wovon' `etwa 600` "
        "fallen (a breakdown), lawmakers named at the end ('berichteten Abgeordnete'); Zelensky "
        "'am Samstag' 'noch einmal' `10'000 bis 15'000` (range, increment); Rutte 'Anfang April' "
        "«mehr als 14'000» (days 1-10); a State Department spokeswoman 'am Dienstag vergangener "
        "Woche' «Tausende» casualties (an ISO date); a Seoul importer relayed by the cheesemaker "
        "«eher 20'000» ('eher' as approx, other, `pub`); wheels, kilos, Rappen, hours, "
        "population, exhibitors, a meeting date, a phone number",
    text="""\
Käsereigenossenschaft Trubschachen
Rundbrief an die Milchlieferantinnen und Milchlieferanten, Nr. 2/2025

Trubschachen, 5. Mai 2025

Liebe Lieferantinnen und Lieferanten

Zuerst das Wichtigste aus dem Keller: Im April haben wir 318 Laibe Emmentaler hergestellt, jeder \
rund 95 Kilo schwer. Der Milchpreis bleibt im Mai bei 79 Rappen pro Kilo. Seit 2019 gehen jedes \
Jahr rund 12'000 Kilo unseres Käses nach Südkorea, und das soll so bleiben.

Zurück aus Seoul

Viele von Euch haben gefragt, wie die Reise nach Korea war. Unser Käsermeister Ueli Zaugg hat Ende \
April die Schweizer Delegation an der Lebensmittelmesse in Seoul begleitet, zusammen mit 1'600 \
Ausstellern aus gut 50 Ländern. Er ist in eine Woche geraten, in der in Korea fast nur über den \
Norden gesprochen wurde.

Am 28. April gab Pjöngjang erstmals zu, Soldaten nach Kursk geschickt zu haben; eine Zahl nannte \
die Staatsagentur KCNA nicht. Zwei Tage später legte der südkoreanische Nachrichtendienst NIS dem \
Parlament seine Schätzung vor: [[rund 15'000]] Soldaten seien seit dem Herbst nach Russland \
gegangen, die Verluste beziffere der Dienst auf [[4700]] Tote und Verletzte, wovon [[etwa 600]] \
gefallen seien, berichteten Abgeordnete nach der Sitzung.

Die Ukraine hält die Gefahr nicht für gebannt. Präsident Selenskyj warnte am Samstag, Kim könne im \
Sommer noch einmal [[10'000 bis 15'000]] Mann schicken. Nato-Generalsekretär Mark Rutte hatte \
schon Anfang April von «[[mehr als 14'000]]» Nordkoreanern gesprochen, die Russland im Krieg \
unterstützten. Und eine Sprecherin des US-Aussenministeriums verwies am Dienstag vergangener Woche \
auf «[[Tausende]]» Tote und Verletzte.

Ueli hat in Seoul auch mit Frau Han gesprochen, die unseren Käse seit sechs Jahren importiert. Sie \
traut den offiziellen Zahlen nicht. «In Wahrheit sind es [[eher 20'000]] gewesen, und viele kommen \
nicht zurück», habe sie gesagt. In der grossen Stadt mit ihren 9,4 Millionen Einwohnern merke man \
vom Krieg trotzdem wenig. Der Flug nach Hause dauerte knapp 13 Stunden.

Aus der Genossenschaft

Die Generalversammlung findet am Freitag, 13. Juni, um 20 Uhr im Gasthof Bären statt. Bitte meldet \
Euch bis Ende Mai an. Neue Milchkannen für die Alp gibt es ab 85 Franken pro Stück.

Mit freundlichen Grüssen
Der Vorstand

Käsereigenossenschaft Trubschachen, Dorfstrasse 9, 3555 Trubschachen, Telefon 034 495 12 40
""",
    claims=(
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Zwei Tage später' (after the explicit 28 April: 30 April), lawmakers "
          "named at the end of the sentence, Konjunktiv: gone to Russia since autumn"),
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'beziffere der Dienst auf': dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'wovon etwa 600 gefallen seien' (a breakdown of the casualties, not an increment)"),
        C("10'000 bis 15'000", None, "range", "planned", "ukraine", "sat",
          "Zelensky 'warnte am Samstag' (Monday letter): 'noch einmal' (increment) could be "
          "sent in summer", add=True),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "nato", "2025-04-01..2025-04-10",
          "Rutte 'Anfang April' (days 1-10) «…»: supporting Russia in the war"),
        C("Tausende", None, "vague", "casualties", "united_states", "2025-04-29",
          "a State Department spokeswoman 'am Dienstag vergangener Woche' (in a Monday "
          "letter: 29 April) «…»: dead and wounded"),
        C("eher 20'000", 20000, "approx", "in_russia", "other", "pub",
          "a Seoul importer relayed by the cheesemaker ('habe sie gesagt', the speaker quoted: "
          "other), undated; 'eher' as approx: sent in truth"),
    ),
)

P05 = Source(
    article_id="p102_05_lotsenbrief_brunsbuettel_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-07-10"),
    dated_by="front_matter",
    features="an Elbe pilots' newsletter from Brunsbüttel in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:` (Thursday), an issue key and a title without a figure; Shoigu 'Mitte "
        "Juni' (days 11-20) `6.000` builders and deminers and '1.000 davon' (a breakdown, "
        "planned); the JCS via Yonhap 'Am Montag' `etwa 11.000` in Kursk, the agency named before "
        "the source; the NIS 'Im April' (month) `4.700`; HUR 'hält … für möglich' (undated) `bis "
        "zu 30.000` 'weitere' (increment); a Korean car-carrier captain relaying 'Zu Hause sagen "
        "sie' `über 20.000` (other, `pub`); cars, hours, kilometres, pilots, ship movements, a "
        "phone number",
    text="""\
---
title: "Von See: Was ein Kapitän aus Ulsan über Kursk erzählt"
date: 2025-07-10
heft: Lotsenbrief 7/2025
---

# Von See

Nachtfahrt ab Brunsbüttel Reede: Lotse Jens Thormählen steigt auf die „Morning Crest“, einen \
Autotransporter mit 6.500 Fahrzeugen an Bord, und bringt ihn in gut fünf Stunden die 95 Kilometer \
elbaufwärts nach Hamburg. Auf der Brücke steht Kapitän Kang Dong-won aus Ulsan, und irgendwann \
kommt das Gespräch auf Nordkorea.

Der Anlass liegt auf der Hand. Mitte Juni hatte Sergej Schoigu in Pjöngjang angekündigt, Kim Jong \
Un werde [[6.000]] Pioniere und Militärbauarbeiter in das Gebiet Kursk schicken, [[1.000]] davon \
als Minenräumer. Am Montag meldete die Agentur Yonhap unter Berufung auf den Generalstab in Seoul, \
dort stünden nach wie vor [[etwa 11.000]] nordkoreanische Soldaten. Im April hatte der \
Nachrichtendienst NIS die Verluste auf [[4.700]] Tote und Verwundete beziffert. Kiews \
Militärgeheimdienst hält sogar [[bis zu 30.000]] weitere Soldaten aus dem Norden für möglich.

„Zu Hause sagen sie, Kim hat längst [[über 20.000]] Mann an Russland verkauft“, erzählt Kang. \
„Meine Mutter spendet jede Woche in der Kirche für die Familien drüben. Man weiß ja nichts von \
ihnen.“ Dann verlangt die Lotsenkarte wieder seine ganze Aufmerksamkeit.

## Aus der Brüderschaft

- Im Juni hatten wir 1.412 Lotsungen auf der Elbe, 3 Prozent mehr als im Vorjahr.
- Drei neue Kollegen beginnen im August ihre Einarbeitung auf dem Revier zwischen Brunsbüttel und \
Hamburg.
- Das Sommerfest ist am 23. August am Alten Hafen.
- Lotsenhaus Brunsbüttel: 04852 8803 0
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' (days 11-20) 'angekündigt … werde … schicken': builders and "
          "deminers"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: '1.000 davon als Minenräumer' (a breakdown, never additional)"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "the JCS via Yonhap 'Am Montag' (Thursday article), Konjunktiv: in the Kursk region"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the NIS 'Im April' (month): dead and wounded"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "pub",
          "HUR 'hält … für möglich' (undated): 'weitere' (increment)", add=True),
        C("über 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "a Korean captain relaying 'Zu Hause sagen sie' (the speaker quoted: other), "
          "undated: sold to Russia"),
    ),
)

P06 = Source(
    article_id="p102_06_harzklub_andreasberg_mittwochswanderung",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-09-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Harzklub-Zweigverein St. Andreasberg – Mitteilungen",
        "https://www.harzklub-andreasberg.example/mitteilungen/2025-herbst-mittwochswanderung",
        "Mittwochswanderung am Rehberger Graben: Über Kim, Kursk und Karten",
    ),
    features="a Harzklub hiking branch's newsletter from Sankt Andreasberg as plain text, UTF-8 "
        "with BOM and CRLF (sidecar, Wednesday), `„“` and `–`; Russia's ambassador in Pyongyang "
        "'sagte vergangene Woche der Agentur Tass' `5.000` builders (planned, russia); the NIS "
        "'Anfang September' (days 1-10) `rund 2.000` dead; a NATO diplomat 'am Freitag' in "
        "Brussels `mindestens 14.000`; North Korean state media 'Ende August' „Tausende Helden“ "
        "who fought (north_korea, near the front, days 21-31); 'Kiew behauptet' (undated) `rund "
        "10.000` at the Sumy border; the newsletter's own 'Soweit bekannt' `einige hundert` "
        "'weitere' (unattributed, increment, required); a retired intelligence officer who "
        "'schätzt' `zwischen 15.000 und 18.000` (other, range, `pub`); kilometres, metres of "
        "ascent, walkers, years, altitude, a fee, a date, a phone number",
    text="""\
HARZKLUB-ZWEIGVEREIN ST. ANDREASBERG
Mitteilungen für Mitglieder und Wandergäste – Herbst 2025

Mittwochswanderung am Rehberger Graben: Über Kim, Kursk und Karten

Zwölf Wanderinnen und Wanderer waren beim jüngsten Termin dabei, als Reinhard Kolbe die Gruppe \
über 14 Kilometer und 380 Höhenmeter vom Sonnenberg zum Oderteich führte. Kolbe, 71, leitet unsere \
Mittwochsgruppe seit acht Jahren. Bevor er in den Oberharz zog, hat er als Oberstleutnant im \
militärischen Nachrichtenwesen der Bundeswehr erst die Armeen des Warschauer Pakts und später die \
russischen Streitkräfte ausgewertet. Bei der Rast am Grabenhaus kommt das Gespräch in diesen \
Wochen fast immer auf Nordkorea.

Anlass sind die Meldungen der letzten Tage. Der russische Botschafter in Pjöngjang, Alexander \
Mazegora, sagte vergangene Woche der Agentur Tass, [[5.000]] nordkoreanische Militärbauarbeiter \
würden demnächst im Gebiet Kursk Brücken, Straßen und Schulen wiederaufbauen. Anfang September \
hatte Südkoreas Nachrichtendienst NIS die Zahl der getöteten Nordkoreaner auf [[rund 2.000]] \
geschätzt. Ein Nato-Diplomat sprach am Freitag in Brüssel von [[mindestens 14.000]] Nordkoreanern, \
die seit dem Herbst 2024 in Russland im Einsatz gewesen seien. Pjöngjangs Staatsmedien hatten Ende \
August „[[Tausende]] Helden“ gefeiert, die in Kursk gekämpft hätten. Kiew behauptet, an der Grenze \
zur Region Sumy stünden noch immer [[rund 10.000]] von ihnen. Soweit bekannt, sind im Sommer \
[[einige hundert]] weitere nach Kursk gekommen, vor allem Pioniere.

Kolbe schätzt, dass bislang [[zwischen 15.000 und 18.000]] Nordkoreaner in Russland waren. „Ich \
habe dreißig Jahre lang Truppenstärken geschätzt. Man liegt selten genau richtig, aber mit etwas \
Übung auch selten ganz daneben“, sagt er, während die Gruppe ihre Brote auspackt. Was ihn mehr \
beschäftige als jede Zahl: „Diese Männer lernen gerade den modernsten Krieg der Welt. Das nehmen \
sie mit nach Hause.“

Der Rehberger Graben wurde zwischen 1699 und 1703 angelegt und gehört zum Oberharzer Wasserregal. \
Der Oderteich liegt auf 725 Metern und war lange die größte Talsperre Deutschlands.

Termine
Nächste Mittwochswanderung: 24. September, Treffpunkt 9.30 Uhr am Kurhaus.
Der Jahresbeitrag von 28 Euro wird im Oktober eingezogen.
Wanderwart: 05582 923 671
""",
    claims=(
        C("5.000", 5000, "exact", "planned", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'sagte vergangene Woche der Agentur Tass', "
          "Konjunktiv 'würden demnächst … wiederaufbauen': military builders (planned)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang September' (days 1-10): killed"),
        C("mindestens 14.000", 14000, "at_least", "in_russia", "nato", "fri",
          "a NATO diplomat 'am Freitag' in Brussels (Wednesday newsletter): deployed in Russia "
          "since autumn 2024"),
        C("Tausende", None, "vague", "near_front", "north_korea", "2025-08-21..2025-08-31",
          "Pyongyang's state media 'Ende August' (days 21-31) „…“: heroes who fought in Kursk "
          "(near the front, as before)"),
        C("rund 10.000", 10000, "approx", "near_front", "ukraine", "pub",
          "'Kiew behauptet' (present, undated), Konjunktiv: at the border of the Sumy region"),
        C("einige hundert", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own 'Soweit bekannt' (no source: unattributed, required): "
          "'weitere' (increment) come to Kursk, mostly engineers", add=True),
        C("zwischen 15.000 und 18.000", None, "range", "in_russia", "other", "pub",
          "a retired intelligence officer who 'schätzt' (undated): in Russia so far"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p102_07_weaving_shed_tarbert_harris",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-10-31"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Weaving Shed",
        "https://www.weavingshed-harris.example/news/2024/10/31/from-the-loom-to-the-front-page",
        "From the loom to the front page",
    ),
    features="a Harris Tweed home weavers' newsletter from Tarbert (Isle of Harris) as plain "
        "text, windows-1252 with CRLF, curly quotes and apostrophes, British spelling (sidecar, "
        "Thursday); the NIS 'on 23 October' (an explicit date) `around 3,000` sent and 'expected "
        "… to reach' `10,000` by December (planned); the Pentagon's Sabrina Singh 'on Monday' "
        "`roughly 10,000` training in eastern Russia; a US defense official 'on Tuesday' `a few "
        "thousand` more (increment, span without the word, planned); HUR 'at the weekend' "
        "(Saturday-Sunday) `2,600` in Kursk; Blinken 'today' putting the number in Kursk at "
        "`8,000` (the publication day); Rutte on Monday without a figure; a weaver and former "
        "naval reservist who 'reckons' Kim could spare `fifty thousand` (number words, other, "
        "planned, `pub`); members, metres of cloth, a loom's price in pounds, years, ferry "
        "minutes, a meeting date, a phone number",
    text="""\
THE WEAVING SHED
Newsletter of the Harris Home Weavers’ Circle · Tarbert, Isle of Harris

AUTUMN NEWS

From the loom to the front page

Pyongyang’s soldiers have been in every paper for a fortnight, and at the Circle’s October meeting \
in the Tarbert community hall they pushed the price of yarn off the agenda for a good half hour.

The numbers have climbed week by week. On 23 October South Korea’s National Intelligence Service \
told lawmakers in Seoul that [[around 3,000]] North Korean troops had already been shipped to \
Russia and that it expected the total to reach [[10,000]] by December. Sabrina Singh, speaking for \
the Pentagon on Monday, said [[roughly 10,000]] were training at bases in eastern Russia, some of \
them already moving west. A US defense official added on Tuesday that [[a few thousand]] more \
could follow within weeks.

Ukraine’s military intelligence agency said at the weekend that the first [[2,600]] had reached \
the Kursk region, the patch of Russia that Ukrainian troops have held since August. And today, in \
Washington, Secretary of State Antony Blinken put the number already in Kursk at [[8,000]]. Mark \
Rutte, only weeks into the top job at NATO, agreed on Monday that units had gone to Kursk but \
offered no count.

Murdo MacAulay, 63, who weaves at Scalpay and spent 22 years in the Royal Naval Reserve, was not \
surprised. “Kim has more men in uniform than he can feed,” he says. He reckons Pyongyang could \
spare [[fifty thousand]] for Putin “without anyone at home noticing they had gone”.

Circle business

The Circle now has 47 members, 11 of them under 40. Between us we wove a little over 9,000 metres \
of cloth this season. A reconditioned double-width loom costs about £9,500, and the Circle’s loan \
fund can cover a third of it. The Uig ferry crossing still takes 1 hour 40 minutes on a calm day.

Next meeting: Thursday 14 November, 7pm, Tarbert community hall. Enquiries: 01859 502 317.
""",
    claims=(
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'On 23 October' told lawmakers (an explicit date): already shipped to Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same briefing: 'expected the total to reach' by December (a forecast: planned)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "Sabrina Singh 'speaking for the Pentagon on Monday' (Thursday newsletter): "
          "training at bases in eastern Russia"),
        C("a few thousand", None, "vague", "planned", "united_states", "tue",
          "a US defense official 'added on Tuesday': 'more could follow' (increment, span "
          "without the word, planned)", add=True),
        C("2,600", 2600, "exact", "near_front", "ukraine", "sat..sun",
          "HUR 'said at the weekend' (Saturday-Sunday): the first units reached the Kursk "
          "region"),
        C("8,000", 8000, "exact", "near_front", "united_states", "thu",
          "Blinken 'today … put the number … at' (the publication day, a Thursday): already "
          "in Kursk"),
        C("fifty thousand", 50000, "exact", "planned", "other", "pub",
          "a weaver and former naval reservist who 'reckons' (undated, 'he says'): "
          "could spare (planned, number words)"),
    ),
)

P08 = Source(
    article_id="p102_08_mokhotlong_mohair_bulletin_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-02-20"),
    dated_by="front_matter",
    features="a Mokhotlong (Lesotho) wool and mohair growers' bulletin in Markdown, UTF-8, front "
        "matter with `date:` (Thursday), an issue key and a title without a figure, British "
        "spelling; the NIS 'on Wednesday' ('briefed members of parliament') with `roughly 11,000` "
        "sent and 'the agency counts' `close to 4,000` dead and wounded; Ukraine's special forces "
        "'reported on Friday' `several thousand` back near the border; a senior US official at "
        "the Munich conference 'on Saturday' 'put the number killed at' `around 1,000`; Zelensky "
        "'in an interview last week' `up to 5,000` more (increment, span without the word); the "
        "bulletin's own 'By most counts' `more than 12,000` (unattributed, required); a former "
        "soldier who 'believes' `many thousands` more (other, vague increment, `pub`); fleece "
        "kilos, prices in maloti, farmers, goats, altitude, kilometres, per cent, a phone number",
    text="""\
---
title: "Fleece, prices and a faraway war"
date: 2025-02-20
bulletin: Mokhotlong Wool & Mohair Growers' Bulletin
issue: 1/2025
---

# Fleece, prices and a faraway war

*The shearing season is behind us. Our chairman reports on prices, and a former soldier from \
Mapholaneng explains why a war on the other side of the world matters up here.*

## From the chairman

This season our sheds handled 412,000 kg of wool and 96,000 kg of mohair from 2,300 growers. \
Buyers paid an average of M118 per kg for fine wool, 6 per cent less than last year. Most of our \
members keep between 40 and 60 goats, and many lost animals in the October snow at 3,000 metres.

Prices are set far away, and this year the war in Ukraine is part of the story. Buyers in Port \
Elizabeth tell us that freight and insurance costs have not come down since Russia's invasion, and \
now North Korea has joined that war.

## Kim's soldiers

On Wednesday Seoul's National Intelligence Service briefed members of parliament: the North \
Koreans had been pulled out of front-line positions in mid-January and were only now coming back \
in smaller groups. Of the [[roughly 11,000]] soldiers Pyongyang sent in the autumn, the agency \
counts [[close to 4,000]] dead and wounded. Ukraine's special operations forces reported on Friday \
that [[several thousand]] were back near the border villages of the Kursk region.

At the Munich Security Conference on Saturday, a senior American official put the number killed at \
[[around 1,000]]. President Volodymyr Zelensky said in an interview last week that Kim might send \
[[up to 5,000]] more before the spring. By most counts, [[more than 12,000]] North Koreans have \
now passed through Russia's army.

Lebohang Mokoena, 58, manages the shearing shed at Mapholaneng. Before that he spent 19 years in \
the Lesotho Defence Force, and he believes [[many thousands]] more will follow. "Russia pays in \
wheat and fuel, and Kim has nothing else to sell," he says. "A young man from a poor village goes \
where he is sent. I have seen that in uniform myself."

## Notices

- The road to Maseru, 270 km, is open again after the January washouts.
- Dipping at Linakeng starts on 3 March.
- Bulletin office: +266 2292 0416
""",
    claims=(
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'On Wednesday … briefed members of parliament' (Thursday bulletin): sent "
          "in the autumn"),
        C("close to 4,000", 4000, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'the agency counts': dead and wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "fri",
          "Ukraine's special forces 'reported on Friday': back near the border villages of the "
          "Kursk region"),
        C("around 1,000", 1000, "approx", "casualties", "united_states", "sat",
          "a senior American official at the Munich conference 'on Saturday … put the number "
          "killed at'"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "lastweek",
          "Zelensky 'in an interview last week': 'more' (increment, span without the word) "
          "might be sent", add=True),
        C("more than 12,000", 12000, "at_least", "in_russia", "unattributed", "pub",
          "the bulletin's own 'By most counts' (no source: unattributed, required): passed "
          "through Russia's army"),
        C("many thousands", None, "vague", "planned", "other", "pub",
          "a former soldier who 'believes' (undated): 'more will follow' (increment, span "
          "without the word)", add=True),
    ),
)

P09 = Source(
    article_id="p102_09_souris_valley_nordic_news_hostfest_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-10-02"),
    dated_by="html_meta",
    features="a Scandinavian heritage society's news site in Minot (North Dakota) in HTML, "
        "ISO-8859-1 (quotes and apostrophes only as entities `&rsquo;`, `&ldquo;`, `ø` raw and as "
        "`&oslash;`), `<meta name=\"date\">` (Thursday), a cookie note about the lefse stand, a "
        "site script, navigation, a footer with a phone number; `<title>` figure (optional) and "
        "headline 'Seoul:' from the NIS Tuesday figure (Tuesday to publication); the NIS 'on "
        "Tuesday' `about 10,000` in Kursk and on Russia's side of the frontier and 'In addition' "
        "`some 5,000` builders (another group, not an increment); KCNA 'on Sunday' `hundreds` of "
        "martyrs (north_korea, casualties); Rutte 'last week' at the UN `upwards of 14,000`; HUR "
        "'estimates' `between 2,000 and 3,000` dead (range, `pub`); a retired Norwegian commander "
        "'on Saturday' at Høstfest `twenty-five thousand` (number words, other); festival "
        "visitors, years, a city's population, kilometres of border, lefse rounds, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Seoul: [[10,000]] North Koreans dug in near Ukraine&rsquo;s border | Souris Valley Nordic \
News</title>
<meta name="date" content="2025-10-02">
<meta name="description" content="News of the Souris Valley Scandinavian Heritage Society, Minot, \
Høstfest 2025">
<script>var svnn={section:"world",edition:"hostfest-2025"};</script>
</head>
<body>
<div class="cookies">This site uses cookies. The lefse stand uses butter. <button>Accept</button> \
<button>Decline</button></div>
<nav><a href="/">Home</a> | <a href="/hostfest">H&oslash;stfest</a> | <a href="/minot">Minot</a> | \
<a href="/heritage">Heritage</a> | <a href="/world">World</a></nav>
<main>
<h1>Seoul: [[10,000]] North Koreans dug in near Ukraine&rsquo;s border</h1>
<p class="dek">A retired Norwegian commander who watched Russia&rsquo;s Northern Fleet for thirty \
years told the H&oslash;stfest crowd what he makes of Kim&rsquo;s soldiers.</p>
<p>South Korea&rsquo;s National Intelligence Service told lawmakers on Tuesday that [[about \
10,000]] North Korean troops remain stationed in the Kursk region and on Russia&rsquo;s side of \
the Ukrainian frontier. In addition, [[some 5,000]] military construction workers have arrived \
since the summer to rebuild roads and bridges, the agency said.</p>
<p>Pyongyang is making heroes of its dead. The state news agency KCNA said on Sunday that a new \
museum in the capital would honour the [[hundreds]] of &ldquo;martyrs&rdquo; who fell \
&ldquo;liberating&rdquo; Kursk. NATO Secretary General Mark Rutte told the UN General Assembly \
last week that [[upwards of 14,000]] North Koreans had served with Russian forces. Ukraine&rsquo;s \
military intelligence estimates that [[between 2,000 and 3,000]] have been killed.</p>
<h2>&ldquo;They learn, and they go home&rdquo;</h2>
<p>Commander (ret.) Ola Brekke, 68, spent three decades in the Royal Norwegian Navy, most of it in \
Kirkenes, a few kilometres from Norway&rsquo;s 198-kilometre border with Russia. He was this \
year&rsquo;s heritage speaker at H&oslash;stfest, which drew about 50,000 visitors to the Minot \
fairgrounds over four days.</p>
<p>Speaking on Saturday, Brekke said the official figures were only a floor. &ldquo;I would not be \
surprised if [[twenty-five thousand]] have gone through Russian units by now,&rdquo; he told a \
full hall. &ldquo;They learn drone warfare in Kursk, and then they go home to the Korean border. \
That should worry Seoul more than anyone.&rdquo;</p>
<p>Brekke also praised the lefse: volunteers rolled some 9,000 rounds this year, up from 7,500 in \
2024. Minot, a city of about 48,000, has hosted the festival since 1977.</p>
</main>
<footer>Souris Valley Nordic News &middot; Souris Valley Scandinavian Heritage Society &middot; \
Minot, ND &middot; (701) 852-4410</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of the lead (Tuesday to publication), the hedge "
          "dropped: in Kursk and near the frontier"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (Thursday article): stationed in the Kursk "
          "region and on Russia's side of the Ukrainian frontier"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, 'the agency said' after the figure: 'In addition' (another group at "
          "the same time, not an increment) builders arrived (in Russia, as before)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "sun",
          "KCNA 'said on Sunday': martyrs who fell (north_korea)"),
        C("upwards of 14,000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'told the UN General Assembly last week': served with Russian forces"),
        C("between 2,000 and 3,000", None, "range", "casualties", "ukraine", "pub",
          "HUR 'estimates', present tense, undated: killed"),
        C("twenty-five thousand", 25000, "exact", "in_russia", "other", "sat",
          "a retired Norwegian commander 'Speaking on Saturday' at the festival, “…” (other, "
          "number words): gone through Russian units"),
    ),
)

P10 = Source(
    article_id="p102_10_camp_notes_lac_de_gras_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-08-21"),
    dated_by="sidecar",
    sidecar=(
        "Camp Notes",
        "https://www.campnotes-nwt.example/2025/08/21/geologist-from-incheon",
        "A geologist from Incheon on Kim’s soldiers",
    ),
    features="a Northwest Territories diamond mine's camp newsletter in HTML, UTF-16 LE with BOM, "
        "no meta date (sidecar, Thursday), a one-line cookie note about rotations, navigation, a "
        "footer; `<title>` and headline without a figure; state TV 'on Monday' `hundreds` of "
        "sappers welcomed home (returnees: optional); the NIS 'Earlier this month' (1st to "
        "publication) `about 2,000` dead; Shoigu 'In June' (month) `6,000` deminers and builders "
        "(planned); HUR 'on Friday' `up to 3,000` builders at work in Kursk (in Russia, as "
        "builders before); a State Department spokeswoman 'on Tuesday' 'had passed' `15,000` "
        "(at_least, verb outside the span); a geologist who 'figures' `4,000-odd` (approx, other, "
        "`pub`); rotation weeks, years, workers, kilometres, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Camp Notes – A geologist from Incheon on Kim’s soldiers</title>
</head>
<body>
<div class="cookies">Cookies keep you signed in between rotations. <button>OK</button></div>
<nav>Home · Safety · Rotations · Community · World</nav>
<article>
<h1>A geologist from Incheon on Kim’s soldiers</h1>
<p>North Korean state television on Monday showed Kim Jong Un welcoming [[hundreds]] of sappers \
home from Russia with flowers and medals. The war they return from is far from over.</p>
<p>Earlier this month South Korea’s spy agency put the North’s dead at [[about 2,000]]. Moscow \
still wants more men: in June, Sergei Shoigu announced that Pyongyang would send [[6,000]] \
deminers and military builders. Kyiv’s military intelligence said on Friday that [[up to 3,000]] \
of the builders were already at work in Kursk, and a State Department spokeswoman said on Tuesday \
that the number sent since last autumn had passed [[15,000]].</p>
<p>Grace Oh grew up in Incheon and has worked the two-weeks-in, two-weeks-out rotation here since \
2019. Her grandfather came south in 1951. She figures the dead and wounded are “[[4,000-odd]] by \
now, whatever Pyongyang admits”. “Up here I look for kimberlite. Over there boys my nephew’s age \
clear mines,” she says.</p>
<p>Camp news: 612 workers were on site last rotation, and the winter road opens for its 400 \
kilometres in late January. Core shed tours on Fridays.</p>
</article>
<footer>Camp Notes · Lac de Gras · Editor: 867-880-4127</footer>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "mon",
          "state TV 'on Monday' (Thursday newsletter): sappers welcomed home (returnees: "
          "optional, as in earlier sets)", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..2025-08-21",
          "the NIS 'Earlier this month' (1st to publication) 'put … at': dead"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June' (month) 'announced that Pyongyang would send': deminers and "
          "builders"),
        C("up to 3,000", 3000, "at_most", "in_russia", "ukraine", "fri",
          "HUR 'said on Friday': builders already at work in Kursk (in Russia, as builders "
          "before)"),
        C("15,000", 15000, "at_least", "in_russia", "united_states", "tue",
          "a State Department spokeswoman 'said on Tuesday': sent since last autumn 'had "
          "passed' (at_least, the verb outside the span)"),
        C("4,000-odd", 4000, "approx", "casualties", "other", "pub",
          "a geologist who 'figures' (undated, “…”): dead and wounded ('-odd' as approx)"),
    ),
)

P11 = Source(
    article_id="p102_11_herm_islander_sous_chef",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-21"),
    dated_by="dateline",
    features="a Herm island newsletter as plain text, UTF-8, dateline 'HERM, 21 March 2025 —' "
        "(Friday), curly quotes, British spelling; headline 'Seoul counts' `3,000` more "
        "(increment, span without the word) from the JCS figure 'on 13 March' (to publication); "
        "the JCS 'told lawmakers on 13 March' `around 3,000` additional (increment) and 'put … "
        "at' `roughly 4,000` casualties; Zelensky 'on Tuesday' `a few thousand` still in action; "
        "a NATO military official 'yesterday' `no more than 8,000` (at_most); HUR 'estimates' "
        "`around 1,000` killed since January (`pub`); a new sous-chef from Busan relaying her "
        "father `ten thousand` more (number words, other, planned increment, `pub`) and an echo "
        "“Even three thousand” inside her quote (optional); residents, miles, ferry minutes, "
        "fares in pounds, rooms, seasonal staff, puffins, a phone number",
    text="""\
THE HERM ISLANDER
News for the island’s residents, staff and friends

Winter reinforcements: Seoul counts [[3,000]] more North Koreans
A new face in the hotel kitchen follows the news from home

HERM, 21 March 2025 — The season has not started yet, but the first of this year’s staff are on \
the island, and one of them has brought the news from Korea with her.

South Korea’s Joint Chiefs of Staff told lawmakers on 13 March that [[around 3,000]] additional \
North Korean soldiers had reached Russia in January and February, on top of the first contingent \
sent last autumn. The JCS put the North’s casualties so far at [[roughly 4,000]] killed or wounded.

President Volodymyr Zelensky said on Tuesday that [[a few thousand]] North Koreans were still in \
action in the Kursk region, where Ukrainian troops are now giving up ground. A NATO military \
official told reporters in Brussels yesterday that [[no more than 8,000]] remained in the Kursk \
area. Ukraine’s military intelligence estimates that [[around 1,000]] have been killed since \
January.

Choi Yu-na, 29, arrived on Monday’s boat from St Peter Port to start as sous-chef at the hotel. \
She grew up in Busan, where her father did his military service on the coast in the 1980s. “He \
says [[ten thousand]] more will go before the summer. Even [[three thousand]] is a lot of sons,” \
she says. In Busan, she adds, people talk about the war in Ukraine far less than the papers in \
Guernsey think.

Island notes

Herm has about 60 residents and is a mile and a half long. The ferry from Guernsey takes 20 \
minutes, and a return fare is now £16. The hotel reopens on 4 April with 28 rooms, and 18 seasonal \
staff are expected by Easter. The warden counted 41 puffins on the north cliffs last week.

Island office: 01481 750 411
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-03-13..pub",
          "headline 'Seoul counts': the JCS figure of the lead (13 March to publication): "
          "'more' (increment, span without the word)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-13",
          "the JCS 'told lawmakers on 13 March': 'additional' (increment, span without the "
          "word) reached Russia", add=True),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-13",
          "'The JCS put … at' (same briefing): killed or wounded"),
        C("a few thousand", None, "vague", "near_front", "ukraine", "tue",
          "Zelensky 'said on Tuesday' (Friday article): in action in the Kursk region"),
        C("no more than 8,000", 8000, "at_most", "near_front", "nato", "yday",
          "a NATO military official 'yesterday' (Thursday): remained in the Kursk area"),
        C("around 1,000", 1000, "approx", "casualties", "ukraine", "pub",
          "HUR 'estimates', present tense, undated: killed since January"),
        C("ten thousand", 10000, "exact", "planned", "other", "pub",
          "a sous-chef relaying her father ('He says', the speaker quoted: other), undated, "
          "number words: 'more will go' (increment, span without the word)", add=True),
        C("three thousand", 3000, "exact", "in_russia", "other", "pub",
          "an echo of the reported figure inside her quote ('Even three thousand is a lot of "
          "sons'): optional, as anaphoric echoes in earlier sets", opt=True),
    ),
)

P12 = Source(
    article_id="p102_12_motufoua_newsletter_world_corner_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Motufoua School Newsletter", "",
        "World Affairs Corner: Kim's soldiers, counted from Vaitupu",
    ),
    features="a Vaitupu (Tuvalu) secondary school's newsletter in Markdown, ISO-8859-1 with "
        "straight quotes, front matter without a date (sidecar without url, Thursday) and a title "
        "without a figure; the NIS 'last week' `more than 10,000` close to the border; KCNA "
        "'reported on Friday' `1,000` more deminers (increment, span without the word; "
        "north_korea, sent); the US ambassador to NATO 'on Tuesday' \"upward of 5,000\" "
        "casualties (in quotes); HUR 'says' `2,000 to 2,500` in combat (range, `pub`); Rutte 'in "
        "October' (month) `some 2,000` dead; a history teacher who 'believes' \"about twenty "
        "thousand\" (number words, approx, other, `pub`); the club's own 'Put together … come to' "
        "`nearly 17,000` (unattributed, required); students, islanders, boat hours, metres, "
        "centimetres, founding year, exam dates, a phone number",
    text="""\
---
title: "World Affairs Corner: Kim's soldiers, counted from Vaitupu"
school: Motufoua Secondary School, Vaitupu, Tuvalu
term: Term 3, 2025
---

# World Affairs Corner

*Every term the Year 12 World Affairs Club picks one story from far away and follows it. This \
term: the North Korean soldiers fighting for Russia. The report below was written by the club.*

## What the governments say

South Korea's intelligence service told its parliament last week that [[more than 10,000]] North \
Korean soldiers are still posted close to Ukraine's border. In Pyongyang, the state news agency \
KCNA reported on Friday that [[1,000]] more deminers had left for Russia "to help our Russian \
comrades". At NATO headquarters on Tuesday, the American ambassador said the North's losses were \
"[[upward of 5,000]]" killed and wounded. Ukraine's military intelligence says [[2,000 to 2,500]] \
of them are in combat at any one time. NATO's secretary general, Mark Rutte, said in October that \
[[some 2,000]] had died.

## What our teacher thinks

Mr Semu Taafaki has taught history at Motufoua for 14 years. He believes "[[about twenty \
thousand]]" North Koreans have served in Russia so far, more than all the people of Tuvalu put \
together. "A small country sends its young men into a big country's war. We should ask why that \
happens, because we are a small country too," he told the club.

## Our own count

Put together, the figures the club collected this term come to [[nearly 17,000]] North Koreans \
sent to Russia since October last year. We know that some numbers overlap and that governments do \
not always tell the truth.

## School notes

- Motufoua has 612 students this year, and Vaitupu about 1,600 people.
- The Nivaga III takes about 12 hours from Funafuti when the sea is kind.
- The sea wall near the boys' dormitory, 2.5 metres high, was repaired in October after a king \
tide brought the water up 40 centimetres.
- Year 12 exams begin on 24 November. The school was founded in 1905.
- School office: +688 36 011
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "near_front", "south_korea", "lastweek",
          "the NIS 'told its parliament last week': close to Ukraine's border"),
        C("1,000", 1000, "exact", "in_russia", "north_korea", "fri",
          "KCNA 'reported on Friday' (Thursday newsletter): 'more' (increment, span without "
          "the word) deminers left for Russia (sent)", add=True),
        C("upward of 5,000", 5000, "at_least", "casualties", "united_states", "tue",
          "the US ambassador to NATO 'on Tuesday' \"…\" ('upward of' as at_least): killed and "
          "wounded"),
        C("2,000 to 2,500", None, "range", "near_front", "ukraine", "pub",
          "HUR 'says', present tense, undated: in combat at any one time"),
        C("some 2,000", 2000, "approx", "casualties", "nato", "2025-10-01..2025-10-31",
          "Rutte 'said in October' (month): died"),
        C("about twenty thousand", 20000, "approx", "in_russia", "other", "pub",
          "a history teacher who 'believes' \"…\" (undated; 'told the club' without a date), "
          "number words: served in Russia"),
        C("nearly 17,000", 17000, "approx", "in_russia", "unattributed", "pub",
          "the club's own 'Put together, the figures … come to' in the school newsletter (no "
          "source: unattributed, required): sent since October last year"),
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
