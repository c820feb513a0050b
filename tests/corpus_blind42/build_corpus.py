"""Build the FORTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A forty-fourth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Bamberg paper with a
wounded Ukrainian soldier in the city hospital, a Lausitz radio station's web text with a Cottbus
civil engineer, a Weinviertel weekly with a retired colonel's talk (Austrian conventions), an Uri
paper on a former NNSC officer from Erstfeld (Swiss conventions), a soldiers' association member
magazine's review of the year and a Freiburg district blog; a Northern Territory paper on the
Australian defence minister in Darwin, a St Helena news site's weekly world round-up, a South
Dakota radio station's website on a senator's town hall, a Maltese business weekly's shipping
page, a Palau news site on the president's warning and a Gambian daily's international page.
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
BASE_NAME = "_blind42_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b42_01_bamberg_klinikum_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-20"),
    dated_by="html_meta",
    features=(
        "Bamberg paper's web page in HTML (`article:published_time` with +01:00, a byline line "
        "'20.12.2024, 06:30 Uhr', a data-layer script with an article id, a consent box with two "
        "buttons, navigation, a figure caption, a 'Meistgelesen' box, footer); `<meta "
        "name=\"description\">` figure (optional); headline 'Südkorea:' from a lawmaker passing "
        "on the NIS briefing 'am Donnerstag' (Thursday to publication); `Mindestens 100` dead and "
        "`Knapp 1.000` 'weitere' wounded (others, not an increment); `rund 11.000` carried by "
        "'gab Lee … wieder' and Konjunktiv; a senior Pentagon official 'am Montag' „mehreren "
        "hundert“; HUR 'am Wochenende' `etwa 200` (Saturday-Sunday); Ukraine's general staff 'am "
        "Mittwoch' `mehr als 30`; a wounded Ukrainian soldier in the Bamberg hospital gives no "
        "figure (group sizes `20, 30 Mann`, section width); hospital patients, wounded Ukrainians "
        "in a German programme, refugees in Bamberg, donations in euros, a hotline, traffic "
        "injured"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ukrainischer Soldat in Bamberg: „Sie kamen in Wellen“ | Bamberger Tagespost</title>
<meta name="description" content="Seoul zählt [[mindestens 100]] gefallene Nordkoreaner. Im \
Klinikum erzählt ein verwundeter Ukrainer von den Gefechten bei Kursk.">
<meta property="og:site_name" content="Bamberger Tagespost">
<meta property="article:published_time" content="2024-12-20T06:30:00+01:00">
<script>window.dataLayer=[{"ressort":"region","artikelId":"9913048","paid":false}];</script>
</head>
<body>
<div class="cmp-box" role="dialog">Wir setzen Cookies und Dienste von Drittanbietern ein, um \
Reichweite zu messen und unser Angebot zu finanzieren. <a href="/datenschutz">Details</a> \
<button>Zustimmen und weiterlesen</button> <button>Ohne Werbecookies</button></div>
<nav><a href="/">Start</a> · <a href="/bamberg">Stadt Bamberg</a> · <a \
href="/landkreis">Landkreis</a> · <a href="/franken">Franken</a> · <a href="/welt">Welt</a> · <a \
href="/sport">Sport</a></nav>
<article>
<h1>Südkorea: [[Mindestens 100]] Nordkoreaner in Kursk getötet</h1>
<p class="teaser">Im Klinikum am Bruderwald liegt ein ukrainischer Soldat, der gegen Kims Truppen \
gekämpft hat. Er schildert einen Gegner, der auf Verluste keine Rücksicht nimmt.</p>
<p class="autor">Von Lena Dippold · 20.12.2024, 06:30 Uhr</p>
<p>Bamberg/Seoul &ndash; Zum ersten Mal hat Südkorea beziffert, wie viele der nordkoreanischen \
Soldaten im russischen Gebiet Kursk ums Leben gekommen sind. [[Mindestens 100]] von ihnen seien \
gefallen, berichtete der Abgeordnete Lee Seong-kweun am Donnerstag, nachdem der Nachrichtendienst \
NIS den Geheimdienstausschuss in Seoul unterrichtet hatte. [[Knapp 1.000]] weitere seien \
verwundet.</p>
<p>Die Männer kennten das offene Gelände nicht und seien den ukrainischen Drohnen beinahe \
schutzlos ausgeliefert, gab Lee die Einschätzung des Dienstes wieder. Pjöngjang habe seit Oktober \
[[rund 11.000]] Mann nach Russland verlegt; ganze Einheiten davon kämpften mittlerweile an \
vorderster Linie.</p>
<p>Aus Washington waren schon zu Wochenbeginn erste Verlustzahlen gekommen. Ein ranghoher Beamter \
des Pentagon sprach am Montag von &bdquo;[[mehreren hundert]]&ldquo; Getöteten und Verletzten, \
&bdquo;vom einfachen Soldaten bis hinauf zu höheren Dienstgraden&ldquo;. Die ukrainische \
Militäraufklärung HUR meldete am Wochenende, nahe dem Dorf Plechowo seien binnen drei Tagen \
[[etwa 200]] Nordkoreaner getötet oder verwundet worden. Der Generalstab in Kiew zählte am \
Mittwoch [[mehr als 30]] tote Nordkoreaner allein bei einem Gefecht am Vortag.</p>
<h2>„Sie kamen in Wellen“</h2>
<p>Was hinter solchen Zahlen steckt, hat Andrij K. selbst erlebt. Der 29-Jährige aus Tscherkassy \
liegt seit zehn Tagen im Klinikum am Bruderwald, ein Granatsplitter hat ihm den Oberschenkel \
zertrümmert. Nach Bamberg kam er über ein Hilfsprogramm, das bundesweit derzeit 34 verwundete \
Ukrainer versorgt. „Sie kamen in Gruppen von 20, 30 Mann über das freie Feld“, erzählt er. „Wir \
haben sie gesehen, und trotzdem kamen immer neue.“</p>
<p>Seinen Nachnamen möchte er nicht in der Zeitung lesen, Frau und Tochter leben noch in der \
Zentralukraine. Wie viele Nordkoreaner insgesamt an der Front stehen, könne er nicht sagen: Sein \
Abschnitt sei gerade einmal vier Kilometer breit gewesen.</p>
<figure><img src="/img/2024/12/klinikum-bruderwald-4411.jpg" alt="Klinikum am \
Bruderwald"><figcaption>Seit 2022 hat das Klinikum mehr als 60 Patienten aus der Ukraine \
behandelt. Foto: Ronald Rinklef</figcaption></figure>
<p>In Stadt und Landkreis Bamberg leben laut Landratsamt rund 2.900 Geflüchtete aus der Ukraine. \
Der Verein Freundeskreis Bamberg&ndash;Tscherkassy sammelt Geld für Verbandsmaterial, bislang \
sind 18.400 Euro zusammengekommen. Spendenhotline: 0951 86 20 94.</p>
</article>
<aside><h3>Meistgelesen</h3><ol><li>Weihnachtsmarkt am Maxplatz: Die \
Öffnungszeiten</li><li>Glatteis auf der A73: Drei Verletzte</li></ol></aside>
<footer>© 2024 Bamberger Tagespost · <a href="/impressum">Impressum</a> · <a href="/agb">AGB</a> \
· <a href="/kontakt">Kontakt</a></footer>
<script src="/static/bt-main.4.2.1.js" async></script>
</body>
</html>
""",
    claims=(
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "<meta name=description> (metadata) restating the NIS figure", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Südkorea:': the lawmaker's Thursday account of the NIS briefing"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker Lee passing on the NIS briefing 'am Donnerstag': dead"),
        C("Knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'weitere seien verwundet' = others wounded, not an increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'gab Lee … wieder', Konjunktiv: moved to Russia since October"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "a senior Pentagon official 'am Montag': killed and wounded"),
        C("etwa 200", 200, "approx", "casualties", "ukraine", "sat..sun",
          "HUR 'am Wochenende': killed or wounded near Plechowo"),
        C("mehr als 30", 30, "at_least", "casualties", "ukraine", "wed",
          "Ukraine's general staff 'am Mittwoch': dead in one battle"),
    ),
)

B02 = Source(
    article_id="b42_02_lausitz_radio_schoigu_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Lausitzwelle",
        "https://www.lausitzwelle.example/nachrichten/welt/kim-schickt-6000-mann-nach-kursk-2025"
        "0618.html",
        "Kim schickt 6000 Mann zum Aufräumen nach Kursk",
    ),
    features=(
        "Lausitz radio station's web text as plain text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Wednesday), a time line 'Mittwoch, 18. Juni 2025, 07:40 Uhr'; headline figure from "
        "Shoigu 'am Dienstag' (Tuesday to publication); Shoigu's `6000` split into `1000` "
        "deminers and `5000` builders (planned, russia, no increment); HUR's `rund 11.000` with "
        "the source and date after the figure ('Das hatte … Ende Mai … gesagt'); the JCS 'im "
        "März' `etwa 3000` 'als Ersatz' (increment); the NIS 'Bilanz von Ende April' `rund 4700` "
        "with `etwa 600` dead (a breakdown); a Cottbus civil engineer 'sagte der Lausitzwelle' "
        "`bis zu 10.000` (other, planned, `pub`); Shoigu's age, tonnes of munitions in "
        "Brandenburg, hectares, 1945, years, a Kyiv spokesman without a figure, frequency, phone "
        "number"
    ),
    text="""\
Kim schickt [[6000]] Mann zum Aufräumen nach Kursk

Schoigu kündigt in Pjöngjang Minenräumer und Bautruppen an – ein Cottbuser Forscher hält die Zahl \
für zu niedrig

Mittwoch, 18. Juni 2025, 07:40 Uhr | Lausitzwelle Nachrichten

Cottbus/Moskau – Nordkorea will Russland mit [[6000]] Soldaten beim Wiederaufbau der Grenzregion \
Kursk helfen. Angekündigt hat das Sergej Schoigu, Chef des russischen Sicherheitsrats, am \
Dienstag bei seinem Besuch in Pjöngjang, wo ihn Kim Jong Un empfing. Demnach schickt Kim [[1000]] \
Pioniere, die Minen und Blindgänger räumen sollen, und [[5000]] Angehörige seiner Bautruppen, die \
zerstörte Straßen, Brücken und Wohnhäuser instand setzen. Für Schoigu, 70, war es schon die \
zweite Reise nach Nordkorea binnen zwei Wochen.

Nordkoreanische Soldaten kämpfen seit dem vergangenen Herbst an der Seite Russlands. Nach \
Schätzung des ukrainischen Militärgeheimdienstes HUR stehen derzeit [[rund 11.000]] von ihnen im \
Gebiet Kursk. Das hatte Behördenchef Kyrylo Budanow Ende Mai in einem Interview gesagt. Der \
Generalstab in Seoul hatte bereits im März mitgeteilt, Pjöngjang habe seit Jahresbeginn [[etwa \
3000]] Mann als Ersatz nachgeschickt. Die Verluste sind hoch: Auf [[rund 4700]] Tote und \
Verwundete, darunter [[etwa 600]] Gefallene, kam der südkoreanische Nachrichtendienst NIS in \
seiner Bilanz von Ende April.

Der Bauingenieur Konrad Pietsch von der BTU Cottbus-Senftenberg beschäftigt sich seit Jahren mit \
dem Wiederaufbau nach Kriegen. Er hält die Ankündigung aus Pjöngjang für glaubwürdig, die Zahl \
allerdings eher für zu niedrig. „Ich würde mich nicht wundern, wenn am Ende [[bis zu 10.000]] \
Bausoldaten dort arbeiten“, sagte er der Lausitzwelle. Allein die Räumung der Felder werde Jahre \
dauern.

Wie mühsam das ist, weiß man in der Lausitz. Der Kampfmittelbeseitigungsdienst des Landes \
Brandenburg birgt jedes Jahr rund 300 Tonnen Munition, ein großer Teil davon stammt aus den \
Kämpfen im Frühjahr 1945. Rund um Cottbus gelten noch immer Tausende Hektar als belastet. „Wir \
räumen hier seit 80 Jahren und sind nicht fertig“, sagt Pietsch.

Kiew reagierte gelassen. Die Ankündigung zeige, dass Russland die Region allein nicht halten \
könne, sagte ein Sprecher des ukrainischen Außenministeriums am Dienstagabend; Zahlen nannte er \
nicht. Moskau hatte Ende April erklärt, das Gebiet Kursk sei vollständig zurückerobert, und dabei \
erstmals die Beteiligung nordkoreanischer Einheiten eingeräumt.

Lausitzwelle – auf UKW 98,7 und im Stream. Hinweise an die Redaktion: 0355 477 12 0
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: Shoigu's announcement of the body (Tuesday to publication)"),
        C("6000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang: to help rebuild Kursk"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "'Demnach': deminers, part of the 6000 (not an increment)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "'Demnach': builders, part of the 6000 (not an increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "2025-05-21..2025-05-31",
          "HUR, dated by the next sentence (Budanov 'Ende Mai'): in the Kursk region"),
        C("etwa 3000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "JCS 'im März': 'als Ersatz nachgeschickt' (increment)", add=True),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'Bilanz von Ende April' (source after the figure): dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'darunter' the dead (a breakdown)"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Cottbus engineer 'sagte der Lausitzwelle' (undated interview): expected builders"),
    ),
)

B03 = Source(
    article_id="b42_03_weinviertel_wochenblatt_rueckzug",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-19"),
    dated_by="dateline",
    features=(
        "Weinviertel weekly as plain text, ISO-8859-1 (straight quotes, hyphens as dashes), "
        "Austrian 'Jänner', 'Feber', 'heuer'; dateline line 'Mistelbach, 19.02.2025' in the "
        "masthead; an SSO spokesman 'am Montag vergangener Woche' without a figure; Zelensky "
        "'Anfang Feber' „fast 4.000“ (days 1-10); the NIS 'am Mittwoch voriger Woche' (an ISO "
        "date) `mehr als 3.000` with `rund 300` dead (breakdown), carried by 'Zugleich berichtete "
        "der Dienst' to `etwa 1.000` 'als Verstärkung' (increment) and the new total `rund "
        "12.000`; Zelensky in Munich 'am Samstag' „Zehntausende weitere“ (vague increment); a "
        "retired colonel's talk at the adult education centre 'am Freitag' `mehrere tausend` "
        "(other, planned, Friday to publication); army size, audience, refugees in the district, "
        "euros, a later date, phone number"
    ),
    text="""\
WEINVIERTLER RUNDSCHAU - Ausgabe 8/2025 - Mistelbach, 19.02.2025

Welt & Politik

Kims Soldaten sind von der Front verschwunden

Seit Wochen keine Nordkoreaner mehr im Raum Kursk - ein Oberst i.R. aus Wolkersdorf erwartet sie \
heuer zurück

Von Martina Hofbauer

Mistelbach/Kiew. Die nordkoreanischen Soldaten, die seit dem Herbst auf russischer Seite kämpfen, \
sind offenbar aus den Gefechten abgezogen worden. Ein Sprecher der ukrainischen Spezialeinheiten \
berichtete am Montag vergangener Woche, man habe an seinem Frontabschnitt seit rund drei Wochen \
keine Nordkoreaner mehr gesehen. Vermutlich habe Moskau die Einheiten wegen der schweren Verluste \
herausgenommen.

Wie schwer diese waren, darüber gehen die Angaben auseinander. Präsident Wolodymyr Selenskyj \
nannte Anfang Feber in einem Fernsehinterview "[[fast 4.000]]" Tote und Verwundete. Südkoreas \
Nachrichtendienst NIS, der am Mittwoch voriger Woche vor Abgeordneten in Seoul den Rückzug \
bestätigte, kam auf [[mehr als 3.000]], darunter [[rund 300]] Gefallene.

Zugleich berichtete der Dienst, Pjöngjang habe im Jänner [[etwa 1.000]] Mann als Verstärkung nach \
Russland geschickt. Damit stünden nun [[rund 12.000]] Nordkoreaner im Land. Die Neuankömmlinge \
würden, so hieß es, vorerst hinter der Front ausgebildet.

Selenskyj warnte am Samstag bei der Sicherheitskonferenz in München, Kim könne "[[Zehntausende]] \
weitere" Soldaten schicken, sollte der Westen die Ukraine fallen lassen. Moskau und Pjöngjang \
bestreiten den Einsatz bis heute.

"Die kommen wieder"

Oberst i.R. Herbert Nemetz aus Wolkersdorf hat fast drei Jahrzehnte an der \
Landesverteidigungsakademie in Wien unterrichtet. Bei einem Vortrag in der Volkshochschule \
Mistelbach am Freitag zeigte er sich überzeugt, dass die Nordkoreaner nur eine Pause einlegen. \
"Heuer werden wir sie im Frühjahr wieder an der Front sehen, und zwar [[mehrere tausend]]", sagte \
der 67-Jährige vor rund 60 Zuhörern. Moskau fehle es an Fußsoldaten, Pjöngjang an harten Devisen \
- und Kims Armee mit ihren rund 1,2 Millionen Mann sammle Erfahrung im modernen Krieg.

Im Bezirk Mistelbach leben derzeit rund 430 Vertriebene aus der Ukraine, viele arbeiten in \
Weinbaubetrieben. Die Stadtgemeinde fördert heuer Deutschkurse mit 25.000 Euro. Der nächste \
Vortrag der Reihe "Welt im Umbruch" findet am 14. März statt, Eintritt 8 Euro, Anmeldung unter \
02572/2735-11.
""",
    claims=(
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' in a TV interview: dead and wounded"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "south_korea", "2025-02-12",
          "NIS 'am Mittwoch voriger Woche' before lawmakers: casualties"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-02-12",
          "'darunter' the dead (a breakdown)"),
        C("etwa 1.000", 1000, "approx", "in_russia", "south_korea", "2025-02-12",
          "'Zugleich berichtete der Dienst': 'als Verstärkung' (increment)", add=True),
        C("rund 12.000", 12000, "approx", "in_russia", "south_korea", "2025-02-12",
          "'Damit stünden nun': a new total, not an increment"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "sat",
          "Zelensky in Munich 'am Samstag': could send 'weitere' (increment)", add=True),
        C("mehrere tausend", None, "vague", "planned", "other", "fri..pub",
          "retired Austrian colonel at a talk 'am Freitag': expected back at the front"),
    ),
)

B04 = Source(
    article_id="b42_04_uri_zeitung_panmunjom_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-12"),
    dated_by="front_matter", crlf=True,
    features=(
        "Uri paper in Markdown, windows-1252 with CRLF, Swiss conventions (`ss`, «», `10'000`, "
        "`13'000`, `11'000`, 4-digit `2000`/`5000`), front matter with `date:`; bold deck with "
        "the NIS figure dated in the body 'am 4. September' (that day to publication); a former "
        "NNSC officer from Erstfeld speaking 'Am Mittwochabend' in Altdorf: `10'000 bis 12'000` "
        "in Kursk (other, range) and 'mit weiteren 5000' (increment, planned), Wednesday to "
        "publication; the NIS 'am 4. September' `Rund 2000` dead, carried to `etwa 13'000` sent "
        "and `über 11'000` in Kursk; KCNA 'damals' without a figure ('nach neun Monaten' is a "
        "duration); Rutte 'im Juni' «Tausenden»; Swiss and Swedish officers in Panmunjom, 1953, "
        "age, audience, temperature, francs, phone number"
    ),
    text="""\
---
title: "Ein Urner in Panmunjom: «Für Kim sind diese Soldaten eine Ware»"
date: 2025-09-12
rubrik: Uri
autor: Beat Arnold
---

# Ein Urner in Panmunjom: «Für Kim sind diese Soldaten eine Ware»

**Der Erstfelder Walter Gisler hat zwei Jahre an der innerkoreanischen Grenze gedient. In Altdorf \
sprach er über Nordkoreas Krieg in Russland – und über die [[2000]] Toten, die Seoul inzwischen \
zählt.**

Walter Gisler kennt die Nordkoreaner aus nächster Nähe. Von 2009 bis 2011 gehörte der heute \
66-Jährige der Schweizer Delegation in der Neutralen Überwachungskommission (NNSC) in Panmunjom \
an, die seit 1953 über den Waffenstillstand wacht. Am Mittwochabend erzählte er im Theater Uri in \
Altdorf vor gut 120 Zuhörerinnen und Zuhörern von dieser Zeit – und vom Krieg, in den Kim Jong Un \
seine Soldaten mittlerweile schickt.

«Für Pjöngjang sind diese jungen Männer eine Ware, die man gegen Öl und Devisen tauscht», sagte \
Gisler. Er schätzt, dass zurzeit [[10'000 bis 12'000]] Nordkoreaner in der russischen Region \
Kursk stehen, vor allem als Grenzwachen, Artilleristen und Pioniere. Und er ist überzeugt, dass \
Kim nachlegen wird: «Ich rechne bis Ende Jahr mit weiteren [[5000]] Mann.»

## Seoul zählt erstmals die Toten

Der südkoreanische Nachrichtendienst NIS hatte am 4. September eine erste Gesamtzahl genannt. \
[[Rund 2000]] nordkoreanische Soldaten seien im Krieg gegen die Ukraine ums Leben gekommen, \
erklärte der Dienst vor dem Geheimdienstausschuss des Parlaments in Seoul. Insgesamt habe das \
Regime bisher [[etwa 13'000]] Mann nach Russland geschickt, [[über 11'000]] davon stünden derzeit \
im Raum Kursk.

Pjöngjang selbst hat Verluste erst spät eingestanden. Ende August zeigte das Staatsfernsehen, wie \
Kim vor den mit Flaggen bedeckten Särgen gefallener Soldaten niederkniete. Eine Pioniereinheit \
sei nach neun Monaten Einsatz heimgekehrt, meldete die Staatsagentur KCNA damals. Wie viele \
Männer nicht zurückkamen, verschwieg sie. Nato-Generalsekretär Mark Rutte hatte schon im Juni von \
«[[Tausenden]]» getöteten Nordkoreanern gesprochen.

## Fünf Schweizer an der Grenze

In Panmunjom tun heute noch fünf Schweizer Offiziere Dienst, zusammen mit fünf Schweden. Gisler \
erinnert sich an Wintertage mit minus 25 Grad und an nordkoreanische Wachsoldaten, die ihn jeden \
Morgen durch den Feldstecher beobachteten. «Man spürte, dass die auf jeden Befehl hin \
losmarschieren würden», sagt er.

Der Anlass gehörte zur Reihe «Uri und die Welt» der Kantonsbibliothek. Die nächste Veranstaltung \
findet am 8. Oktober statt, Eintritt 15 Franken, Anmeldung unter 041 875 22 21.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "bold deck: the NIS count the body dates 'am 4. September'"),
        C("10'000 bis 12'000", None, "range", "near_front", "other", "wed..pub",
          "former NNSC officer at the Wednesday evening talk: in the Kursk region"),
        C("5000", 5000, "exact", "planned", "other", "wed..pub",
          "same speaker: 'mit weiteren 5000 Mann' by year-end (increment)", add=True),
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS 'am 4. September' before the intelligence committee: dead"),
        C("etwa 13'000", 13000, "approx", "in_russia", "south_korea", "2025-09-04",
          "same statement, Konjunktiv: sent in total"),
        C("über 11'000", 11000, "at_least", "near_front", "south_korea", "2025-09-04",
          "same statement: 'davon' currently in the Kursk area"),
        C("Tausenden", None, "vague", "casualties", "nato", "2025-06-01..2025-06-30",
          "Rutte 'im Juni': killed"),
    ),
)

B05 = Source(
    article_id="b42_05_soldatenbund_magazin_bilanz_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-17"),
    dated_by="sidecar",
    sidecar=(
        "Kameradschaft aktuell",
        "https://www.soldatenbund.example/magazin/2025-11/ein-jahr-nordkoreaner-an-der-front",
        "Ein Jahr Nordkoreaner an der Front",
    ),
    features=(
        "soldiers' association member magazine in Markdown, UTF-8 with BOM, front matter without "
        "a date (an issue number '11/2025'; sidecar, Monday); a year's review with months and a "
        "season: the NIS 'Im Herbst 2024 … damals' `1500` (October 1 to November 30, clipped to "
        "the topic period), the Pentagon 'Im Dezember' `rund 11.000`, HUR 'Im Juli' `25.000 bis "
        "30.000` 'zusätzliche' (range increment), a senior NATO official 'im September' (source "
        "after the figure) `mehr als 6.000`, Russia's ambassador in Pyongyang 'im Oktober' "
        "`mehreren Tausend` builders working in Kursk (near_front); the NIS 'Anfang November' "
        "`rund 10.000` at the border and 'Dazu kämen' `etwa 5.000` builders (increment); drones a "
        "year, the Bundeswehr's size, members, a seminar fee"
    ),
    text="""\
---
title: "Ein Jahr Nordkoreaner an der Front"
rubrik: Sicherheitspolitik
ausgabe: 11/2025
autor: Oberstleutnant a.D. Jürgen Malchow
---

# Ein Jahr Nordkoreaner an der Front

*Was als Gerücht begann, ist heute eine feste Größe im Ukrainekrieg. Eine Bilanz für unsere \
Mitglieder – und was die Bundeswehr daraus lernen sollte.*

Als im Herbst 2024 die ersten Meldungen über nordkoreanische Soldaten in Russland auftauchten, \
hielten viele Kameraden sie für Propaganda aus Kiew. Doch die Belege häuften sich. Südkoreas \
Nachrichtendienst sprach damals von [[1500]] Mann Spezialkräften, die mit russischen \
Landungsschiffen nach Wladiwostok gebracht worden seien.

Im Dezember bezifferte das Pentagon das Kontingent bereits auf [[rund 11.000]] Mann. Die erste \
Bewährung im Gebiet Kursk verlief verheerend: Die Nordkoreaner griffen in dichten Reihen über \
offenes Gelände an und wurden von Drohnen regelrecht dezimiert.

## Die Lernkurve

Bemerkenswert ist, wie schnell die Truppe dazulernte. Nach einer Pause im Februar kehrten die \
Verbände in kleineren Gruppen zurück, mit eigenen Drohnenteams und besserer Tarnung. Der Preis \
blieb hoch. [[Mehr als 6.000]] Nordkoreaner seien bis dahin getötet oder verwundet worden – diese \
Einschätzung trug ein hoher Nato-Vertreter im September in Brüssel vor. Im Juli hatte der \
ukrainische Militärgeheimdienst sogar gewarnt, Pjöngjang könne [[25.000 bis 30.000]] zusätzliche \
Soldaten bereitstellen.

Auch Moskau spricht inzwischen offen über die Hilfe. Russlands Botschafter in Pjöngjang, \
Alexander Mazegora, lobte im Oktober die „[[mehreren Tausend]]“ nordkoreanischen \
Militärbauarbeiter, die in Kursk Straßen und Brücken wiederaufbauten.

Anfang November meldete dann der südkoreanische NIS, [[rund 10.000]] Nordkoreaner seien entlang \
der Grenze im Raum Kursk stationiert. Dazu kämen [[etwa 5.000]] Bausoldaten, die nach und nach \
nach Russland verlegt würden.

## Drei Lehren für die Bundeswehr

1. **Masse allein gewinnt keine Gefechte mehr.** Die Ukraine stellt nach eigenen Angaben \
inzwischen mehr als vier Millionen Drohnen im Jahr her.
2. **Ausbildung entscheidet.** Die Bundeswehr mit ihren rund 182.000 Soldatinnen und Soldaten \
muss den Drohnenkampf in jede Grundausbildung holen.
3. **Kampferfahrung ist ein Machtfaktor.** Eine Armee, die ein Jahr lang Krieg geführt hat, ist \
eine andere als vorher – das gilt auch für Kims.

*Unser Verband zählt 31.400 Mitglieder. Das nächste sicherheitspolitische Seminar findet am 6. \
Dezember in Koblenz statt, Teilnahmegebühr 45 Euro.*
""",
    claims=(
        C("1500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-11-30",
          "NIS 'im Herbst 2024 … damals' (a season, clipped to the topic period)"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states",
          "2024-12-01..2024-12-31", "Pentagon 'Im Dezember': the contingent"),
        C("Mehr als 6.000", 6000, "at_least", "casualties", "nato", "2025-09-01..2025-09-30",
          "senior NATO official 'im September' (source after the figure): killed or wounded"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'Im Juli': 'zusätzliche' soldiers could be provided (increment)", add=True),
        C("mehreren Tausend", None, "vague", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang 'im Oktober': builders working in Kursk"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea",
          "2025-11-01..2025-11-10", "NIS 'Anfang November': along the border in Kursk"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "'Dazu kämen' builders moved to Russia (increment)", add=True),
    ),
)

B06 = Source(
    article_id="b42_06_freiburg_wiehre_blog_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Wiehre-Blog",
        "",
        "Über den Tellerrand: Jetzt ist es amtlich - Kims Soldaten kämpfen für Putin",
    ),
    features=(
        "Freiburg district blog in HTML, ISO-8859-1 (quotes and dashes only as entities), a "
        "WordPress page without a meta date (sidecar without url, Wednesday), a one-cookie "
        "notice, navigation, a comment with a date, footer, scripts; `<title>` figure (optional); "
        "Gerasimov 'Am Samstag' and KCNA 'Am Montag' without a figure; lawmakers passing on the "
        "NIS 'heute Morgen' (the publication day): `rund 4.700` with `etwa 600` dead (breakdown), "
        "`rund 11.000` and 'noch einmal' `etwa 3.000` (increment); Zelensky 'am Sonntag' "
        "`Tausende` in the border area; HUR 'spricht' without a date `rund 15.000` (`pub`); the "
        "blogger's own count `mindestens 14.000` (unattributed, required, `pub`); students' age, "
        "residents of the district, donations, phone number, comment count"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul: [[4700]] Verluste &ndash; Nordkoreas Krieg in Kursk | Wiehre-Blog</title>
<meta name="generator" content="WordPress 6.7.2">
<link rel="stylesheet" href="/wp-content/themes/wiehre/style.css?ver=3.1">
<script>var wbStats={post:2213,cat:"ueber-den-tellerrand"};</script>
</head>
<body class="single">
<div id="cookie-hinweis">Dieser Blog setzt nur ein einziges Cookie für die Besucherstatistik. <a \
href="/datenschutz/">Datenschutz</a> <button>Verstanden</button></div>
<header><a href="/" class="logo">Wiehre-Blog</a><p>Nachrichten und Geschichten aus dem Freiburger \
Süden</p></header>
<nav><a href="/">Start</a> | <a href="/kategorie/quartier/">Quartier</a> | <a \
href="/kategorie/termine/">Termine</a> | <a href="/kategorie/tellerrand/">Über den Tellerrand</a> \
| <a href="/impressum/">Impressum</a></nav>
<main>
<article>
<h1>Über den Tellerrand: Jetzt ist es amtlich &ndash; Kims Soldaten kämpfen für Putin</h1>
<p class="meta">Gepostet von Ulrike Sennhauser in Über den Tellerrand &middot; 7 Kommentare</p>
<p>Liebe Nachbarinnen und Nachbarn, in dieser Rubrik schaue ich einmal im Monat über die Wiehre \
hinaus. Diesmal geht es um ein Thema, das mich seit dem Herbst nicht loslässt: die Soldaten aus \
Nordkorea, die für Russland in den Krieg ziehen.</p>
<p>Lange haben Moskau und Pjöngjang alles abgestritten. Am Samstag hat dann Russlands \
Generalstabschef Waleri Gerassimow das Gebiet Kursk für &bdquo;befreit&ldquo; erklärt und dabei \
ausdrücklich die nordkoreanischen Einheiten gelobt. Am Montag bestätigte auch Pjöngjang über \
seine Staatsagentur KCNA den Einsatz, Kim Jong Un persönlich habe ihn angeordnet. Wie viele \
Soldaten es sind, verrieten beide nicht.</p>
<p>Dafür kam heute Morgen eine neue Zahl aus Seoul. Der südkoreanische Nachrichtendienst NIS \
schätzt die Verluste der Nordkoreaner inzwischen auf [[rund 4.700]] Tote und Verwundete, [[etwa \
600]] Soldaten seien gefallen. Das berichteten Abgeordnete nach einer Sitzung des \
Geheimdienstausschusses. Zu den [[rund 11.000]] Mann, die im Herbst gekommen seien, habe Kim \
Anfang des Jahres noch einmal [[etwa 3.000]] nachgeschickt, gaben sie die Erkenntnisse des \
Dienstes wieder.</p>
<p>Kiew widerspricht der Darstellung aus Moskau. Die Kämpfe im Grenzgebiet gingen weiter, und \
dort stünden nach wie vor [[Tausende]] Nordkoreaner, sagte Präsident Selenskyj am Sonntag in \
seiner abendlichen Ansprache. Sein Militärgeheimdienst HUR spricht sogar von [[rund 15.000]] \
Nordkoreanern, die insgesamt nach Russland gebracht worden seien.</p>
<p>Ich habe mir einmal alle Meldungen seit Oktober herausgesucht und zusammengezählt. Wer das \
tut, kommt auf [[mindestens 14.000]] Soldaten, die Kim nach Russland geschickt hat. Zum \
Vergleich: In der Mittel- und der Unterwiehre zusammen wohnen laut Statistikamt rund 17.000 \
Menschen.</p>
<p>Was mich am meisten umtreibt: Die meisten dieser Soldaten sind so alt wie die Studierenden in \
den WGs an der Günterstalstraße, Anfang zwanzig. Im Stadtteiltreff in der Lorettostraße sammeln \
wir weiter für die ukrainischen Familien im Quartier, bisher sind 2.350 Euro zusammengekommen. \
Wer helfen mag: Kontoverbindung im Impressum oder Telefon 0761 70 43 18.</p>
</article>
<section class="comments"><h3>7 Kommentare</h3><p><b>Hans-Peter</b> schrieb am 30. April 2025 um \
11:52 Uhr: Danke für die Zusammenfassung, so versteht man es endlich.</p></section>
</main>
<footer>&copy; 2025 Wiehre-Blog &middot; ehrenamtlich betrieben &middot; <a \
href="/feed/">RSS</a></footer>
<script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.7.2"></script>
</body>
</html>
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "<title> (metadata) restating the NIS figure of the day", opt=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS passed on by lawmakers 'heute Morgen' (the publication day): dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence: the dead (a breakdown)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'gaben sie die Erkenntnisse des Dienstes wieder': came in the autumn"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'noch einmal … nachgeschickt' (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'am Sonntag': still in the border area"),
        C("rund 15.000", 15000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'spricht' (undated present tense): brought to Russia in total"),
        C("mindestens 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the blogger's own count of the reports (unattributed, required)"),
    ),
)
# ---------------------------------------------------------------------------------------------
# English articles (Australia, St Helena, US, Malta, Palau, the Gambia)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b42_07_top_end_darwin_marles_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-06"),
    dated_by="html_meta", crlf=True,
    features=(
        "Northern Territory paper in HTML, windows-1252 with CRLF (curly quotes raw, `&middot;` "
        "as an entity), `article:published_time` with +09:30, a byline line 'Wednesday, 6 "
        "November 2024', a privacy strip, a metered-paywall script, navigation, footer with ABN "
        "and phone; `<title>` figure (optional); headline 'Marles:' ‘Thousands’ from the "
        "Australian defence minister in Darwin 'on Tuesday' (a third government: other, Tuesday "
        "to publication); the State Department spokesman 'on Monday' `roughly 8,000` near the "
        "border; Pentagon officials 'last week' `about 10,000`; Zelensky 'on Tuesday' `11,000` in "
        "Kursk; South Korea's spy agency 'on October 30' `more than 3,000` toward the front, "
        "carried by 'The agency also said' to `up to 10,000` by December (planned); US Marines in "
        "Darwin, distances, aid in dollars, Bushmasters, temperature, the rotation's year, age"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Marles: ‘[[Thousands]]’ of North Korean troops in Russia | Top End Courier</title>
<meta property="og:title" content="Marles warns of North Korea’s troops in Russia">
<meta property="article:published_time" content="2024-11-06T17:20:00+09:30">
<script>var tec={section:"national",paywall:"metered",freeLeft:3};</script>
</head>
<body>
<div class="privacy-strip">We use cookies to keep the Courier free for readers across the Top \
End. <a href="/privacy">Read our privacy policy</a> <button>OK, got it</button> <button>Manage \
settings</button></div>
<nav><a href="/">Home</a> | <a href="/news/darwin">Darwin</a> | <a \
href="/news/katherine">Katherine</a> | <a href="/news/national">National</a> | <a \
href="/news/world">World</a> | <a href="/sport/afl">AFL</a></nav>
<main><article>
<h1>Marles: ‘[[Thousands]]’ of North Korean troops in Russia</h1>
<p class="standfirst">Defence Minister uses Marines farewell in Darwin to warn about Pyongyang’s \
deployment</p>
<p class="byline">Kieran Walsh &middot; Wednesday, 6 November 2024</p>
<p>Defence Minister Richard Marles has warned that North Korea’s decision to send soldiers to \
fight for Russia is a danger “not only for Europe, but for our region”.</p>
<p>Speaking at Robertson Barracks on Tuesday, where he farewelled this year’s rotation of about \
2,200 US Marines, Mr Marles said there were “[[thousands]] of North Korean soldiers in Russia \
right now, in Russian uniforms”. He said Canberra would look at further sanctions on Pyongyang.</p>
<p>The minister’s warning came as Washington and Kyiv released new figures. US State Department \
spokesman Matthew Miller said on Monday that [[roughly 8,000]] North Koreans were in Russia’s \
Kursk region, close to the Ukrainian border, and that the US expected them to join the fighting \
“in the coming days”. Pentagon officials had told reporters last week that the overall deployment \
stood at [[about 10,000]].</p>
<p>In his nightly video address on Tuesday, Ukraine’s President Volodymyr Zelensky said \
[[11,000]] North Korean troops were now in Kursk and that Ukrainian units had exchanged fire with \
some of them for the first time.</p>
<p>South Korea’s spy agency had warned on October 30 that [[more than 3,000]] of the soldiers had \
already moved toward the front line. The agency also said Pyongyang could have [[up to 10,000]] \
men in Russia by December.</p>
<p>Mr Marles, 57, said Australia had committed more than $1.3 billion in support to Ukraine since \
2022, including 120 Bushmaster vehicles. The Marines’ rotation, now in its 13th year, will return \
in April; the NT Government estimates it brings $30 million a year into the local economy. Darwin \
lies about 5,900km from Pyongyang. The city recorded 36.1 degrees on Tuesday.</p>
</article></main>
<footer>© 2024 Top End Courier Pty Ltd &middot; ABN 41 087 552 903 &middot; Newsroom (08) 8941 \
7700</footer>
<script src="https://cdn.topendcourier.example/js/paywall.min.js"></script>
</body>
</html>
""",
    claims=(
        C("Thousands", None, "vague", "in_russia", "other", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Thousands", None, "vague", "in_russia", "other", "tue..pub",
          "headline 'Marles:': the Australian minister's Tuesday remark"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Australian defence minister 'on Tuesday' in Darwin (third government: other)"),
        C("roughly 8,000", 8000, "approx", "near_front", "united_states", "mon",
          "State Department spokesman 'on Monday': in Kursk near the border"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "Pentagon officials 'last week': the overall deployment"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky's nightly address 'on Tuesday': in Kursk"),
        C("more than 3,000", 3000, "at_least", "near_front", "south_korea", "2024-10-30",
          "South Korea's spy agency 'on October 30': moved toward the front"),
        C("up to 10,000", 10000, "at_most", "planned", "south_korea", "2024-10-30",
          "'The agency also said' (date carried): could have by December"),
    ),
)

B08 = Source(
    article_id="b42_08_st_helena_world_week_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-16"),
    dated_by="front_matter",
    features=(
        "St Helena news site's weekly world round-up in Markdown, front matter with `date:` and a "
        "title without a figure; place line '**Jamestown** –'; headline and lead `two` "
        "(Zelensky's Saturday announcement: Saturday to publication); the NIS 'on Monday' `around "
        "300` dead and `2,700` wounded (not an increment) with the source at the start and the "
        "reporters' channel after; Zelensky 'Yesterday' `almost 4,000`; the UK defence secretary "
        "'on Tuesday' `upwards of 11,000` (other); the Pentagon 'in mid-December' „several "
        "hundred“ (days 11-20); the island's population, flights, steps, tuna, radio frequency, "
        "civilians killed in Zaporizhzhia, pounds"
    ),
    text="""\
---
title: "World this week: North Korean prisoners in Kyiv"
date: 2025-01-16
author: Newsdesk
category: World
---

# World this week: Kyiv holds [[two]] North Korean prisoners

*Our weekly round-up of international news, also read on Saint FM Community Radio (93.1) on \
Thursday evenings at 6.30pm.*

**Jamestown** – Ukraine says it is holding [[two]] North Korean soldiers captured in Russia’s \
Kursk region, the first to be taken alive since Pyongyang sent troops to help Moscow last autumn.

President Volodymyr Zelensky announced the captures on Saturday and later released a video of one \
of the men, his jaw bandaged, answering questions through an interpreter. Kyiv, he said, was \
prepared to hand the pair over to Kim Jong Un if the North could arrange for Ukrainian prisoners \
held in Russia to be freed in return.

South Korea’s National Intelligence Service, which helped to question the men, said on Monday \
that [[around 300]] of the North Koreans were dead and [[2,700]] wounded. The figures were given \
to reporters by members of the South Korean parliament’s intelligence committee. Yesterday \
Zelensky put the losses higher, at [[almost 4,000]] dead and wounded.

Britain’s Defence Secretary, John Healey, told MPs on Tuesday that Pyongyang had dispatched \
[[upwards of 11,000]] troops to Russia. The Pentagon had said in mid-December that “[[several \
hundred]]” of them had been killed or wounded.

## Elsewhere

- A Russian drone attack on Zaporizhzhia killed 13 civilians, Ukrainian officials said.
- Airlink’s Saturday flight from Johannesburg was delayed by 24 hours because of wind shear at \
the airport.

## On the island

The Castle confirmed that the island’s population now stands at about 4,400. Volunteers repainted \
the handrails on Jacob’s Ladder, all 699 steps of it, over the weekend. The fishing vessel \
*Extractor* landed 12 tonnes of yellowfin tuna at Rupert’s on Tuesday, and the Council approved \
£85,000 for repairs to the Jamestown wharf.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: captured; Zelensky's Saturday announcement"),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "lead 'Ukraine says' (present tense, dated in the next paragraph): captured"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'on Monday': died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("almost 4,000", 4000, "approx", "casualties", "ukraine", "yday",
          "Zelensky 'Yesterday': dead and wounded"),
        C("upwards of 11,000", 11000, "at_least", "in_russia", "other", "tue",
          "UK defence secretary to MPs 'on Tuesday' (third government: other): sent"),
        C("several hundred", None, "vague", "casualties", "united_states",
          "2024-12-11..2024-12-20", "Pentagon 'in mid-December': killed or wounded"),
    ),
)

B09 = Source(
    article_id="b42_09_south_dakota_radio_rounds",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "KBHR Black Hills Newsradio",
        "https://www.kbhrnews.example/2025/07/24/rounds-north-korean-soldiers-russia/",
        "Rounds: 14,000 North Korean soldiers sent to fight for Russia",
    ),
    features=(
        "South Dakota radio station's website as plain text (sidecar, Thursday), dateline 'RAPID "
        "CITY —'; headline 'Rounds:' from the senator's Wednesday town hall (Wednesday to "
        "publication); the senator passing on Pentagon briefings (X citing Y: united_states): "
        "`roughly 14,000` sent, „4,000 or 5,000“ (range) killed and wounded, „several thousand“ "
        "in Kursk; HUR's chief 'earlier this month' `as many as 30,000` more (at_most increment); "
        "Shoigu 'in June' `6,000` (russia, planned); South Korean officials 'Monday' `about "
        "1,000` 'on top of those already there' (increment); town hall attendance, airmen at "
        "Ellsworth, bombers, dollars, bushels, National Guard soldiers in Kosovo, temperature, "
        "phone number"
    ),
    text="""\
Rounds: [[14,000]] North Korean soldiers sent to fight for Russia

By Tanner Lindquist, KBHR News | Thursday, July 24, 2025

RAPID CITY — Sen. Mike Rounds says Pentagon briefings have convinced him that North Korea’s part \
in Russia’s war is growing, not shrinking.

Speaking to about 200 people at a town hall at the Central States Fairgrounds on Wednesday night, \
the South Dakota Republican said the military had told senators that [[roughly 14,000]] North \
Korean soldiers had been sent to Russia since last fall.

“They took a beating,” said Rounds, who sits on the Senate Armed Services Committee. The \
briefers, he said, counted North Korean losses at “[[4,000 or 5,000]], killed and wounded,” while \
“[[several thousand]]” were still in Russia’s Kursk region.

More may be on the way. Ukraine’s military intelligence chief, Kyrylo Budanov, said earlier this \
month that Pyongyang could send [[as many as 30,000]] more troops. In June, Sergei Shoigu, the \
Kremlin’s top security official, announced that the North would dispatch [[6,000]] mine-clearing \
engineers and military construction workers to rebuild the Kursk region. South Korean officials \
said Monday that [[about 1,000]] fresh troops had crossed into Russia since May, on top of those \
already there.

Rounds said he expected the issue to come up when senators return from the August recess. “Kim is \
getting paid in oil, cash and know-how, and we should be worried about all three,” he said.

Much of Wednesday’s town hall dealt with issues closer to home. Rounds said the first B-21 Raider \
bombers should arrive at Ellsworth Air Force Base, home to about 3,800 airmen, in 2026, and that \
the base’s $1.7 billion construction program was on schedule. Asked about trade, he said corn \
near $4 a bushel was squeezing growers across the state.

About 130 South Dakota National Guard soldiers returned this month from a nine-month deployment \
to Kosovo. Temperatures in Rapid City reached 97 degrees on Wednesday.

Have a news tip? Call the KBHR newsroom at 605-555-0148.
""",
    claims=(
        C("14,000", 14000, "exact", "in_russia", "united_states", "wed..pub",
          "headline 'Rounds:': the senator's Wednesday town hall (citing the Pentagon)"),
        C("roughly 14,000", 14000, "approx", "in_russia", "united_states", "wed",
          "senator passing on Pentagon briefings 'on Wednesday night': sent"),
        C("4,000 or 5,000", None, "range", "casualties", "united_states", "wed",
          "same: 'The briefers, he said, counted': killed and wounded"),
        C("several thousand", None, "vague", "near_front", "united_states", "wed",
          "same sentence: still in Kursk"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine",
          "2025-07-01..2025-07-24", "HUR chief 'earlier this month': could send more "
          "(increment)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June': would dispatch"),
        C("about 1,000", 1000, "approx", "in_russia", "south_korea", "mon",
          "South Korean officials 'Monday': 'on top of those already there' (increment)",
          add=True),
    ),
)

B10 = Source(
    article_id="b42_10_malta_business_shipping_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-10-25"),
    dated_by="sidecar",
    sidecar=(
        "Malta Business Observer",
        "https://www.maltabusinessobserver.example/shipping/troopships-from-chongjin-north-korea"
        "-deployment",
        "Troopships from Chongjin",
    ),
    features=(
        "Maltese business weekly's shipping page in HTML, UTF-8 with BOM (sidecar, Friday, and an "
        "`article:published_time` with +02:00; NewsArticle JSON-LD; a consent banner with "
        "partners; a section menu; footer with company registration and phone; an ad script); "
        "`<meta name=\"description\">` figure (optional); the NIS satellite images 'on 18 "
        "October' `1,500` (source at the end of the paragraph: 'the agency said'); lawmakers "
        "briefed by the NIS 'By Wednesday' `some 3,000` and `10,000` by December (planned); White "
        "House spokesman 'Hours later' `at least 3,000`; HUR 'this month' `around 12,000` with "
        "`500` officers (breakdown); ranges, ships and tonnes in Malta's registry, premiums in "
        "per cent, compliance requests, oil price, sanctions package"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-MT">
<head>
<meta charset="utf-8">
<title>Troopships from Chongjin: North Korea’s deployment and the shipping trade | Malta Business \
Observer</title>
<meta name="description" content="Seoul now counts [[some 3,000]] North Korean soldiers in \
Russia. What that means for shipowners, insurers and compliance teams.">
<meta property="article:published_time" content="2024-10-25T08:00:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"Troopships from Chongjin","datePublished":"2024-10-25T08:00:00+02:00"}</script>
</head>
<body>
<div class="gdpr-banner">We and our 96 advertising partners store and access information on your \
device. <button>I agree</button> <button>Reject non-essential</button></div>
<nav><a href="/markets">Markets</a> · <a href="/shipping">Shipping &amp; Maritime</a> · <a \
href="/igaming">iGaming</a> · <a href="/property">Property</a> · <a href="/tax">Tax</a> · <a \
href="/opinion">Opinion</a></nav>
<article>
<p class="section">Shipping &amp; Maritime</p>
<h1>Troopships from Chongjin</h1>
<p class="dek">North Korea’s soldiers are travelling to Russia by sea. For Malta’s flag and its \
insurers, that adds another layer of compliance work.</p>
<p class="byline">By Daniel Zammit · Friday, 25 October 2024</p>
<p>When South Korea’s National Intelligence Service released satellite images on 18 October, \
shipping analysts recognised the scene at once: Russian navy landing ships moored in the North \
Korean port of Chongjin. Over the previous week the vessels had carried [[1,500]] North Korean \
special forces troops to Vladivostok, the agency said.</p>
<p>By Wednesday the estimate had doubled. Members of the National Assembly’s intelligence \
committee, fresh from a session with the NIS, said [[some 3,000]] were now in Russia and that \
Pyongyang meant to have [[10,000]] there by December. Hours later, the White House’s John Kirby \
spoke of evidence for [[at least 3,000]] soldiers moved to eastern Russia in early to \
mid-October.</p>
<p>Kyiv’s military intelligence agency, HUR, has circulated a higher figure this month: [[around \
12,000]] troops, among them [[500]] officers, training at five ranges in Russia’s Far East.</p>
<p>Why should a shipowner in Valletta care? Because every call at Vostochny or Nakhodka is now \
under a second layer of scrutiny. Malta’s registry, Europe’s largest with more than 9,000 ships \
and over 90 million gross tonnes, has already removed several tankers linked to Russian trades, \
and war-risk premiums for Black Sea calls hover around 1% of hull value.</p>
<p>“Compliance teams now screen crew lists and port calls against the North Korea sanctions \
regime as well as the Russian one,” said Claire Borg, a partner at a Valletta law firm whose \
office has handled 14 such requests since September. Brent crude traded at $74 a barrel on \
Thursday as the EU prepared its 15th sanctions package.</p>
</article>
<footer>© 2024 Observer Media Ltd · Company reg. C 40982 · Tel: +356 2133 4455</footer>
<script async src="/js/ads-mt.js"></script>
</body>
</html>
""",
    claims=(
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "wed..pub",
          "<meta name=description> (metadata) restating Wednesday's figure", opt=True),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "NIS 'on 18 October', source at the end ('the agency said'): carried to Vladivostok"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'By Wednesday': in Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same: meant to have there by December"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'Hours later' (Wednesday): moved to eastern Russia"),
        C("around 12,000", 12000, "approx", "in_russia", "ukraine", "2024-10-01..2024-10-25",
          "HUR 'this month': training in the Far East"),
        C("500", 500, "exact", "in_russia", "ukraine", "2024-10-01..2024-10-25",
          "'among them' officers (a breakdown)"),
    ),
)

B11 = Source(
    article_id="b42_11_palau_news_whipps_utf16",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Koror Chronicle",
        "https://www.kororchronicle.example/region/whipps-north-korea-soldiers-warning",
        "Whipps: Pyongyang sent 15,000 men to die in Russia’s war",
    ),
    features=(
        "Palau news site in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, "
        "Tuesday), dateline 'KOROR —'; headline 'Whipps:' from the president's Monday remarks (a "
        "third government: other, Monday to publication); the parade 'on Friday' with „several "
        "hundred“ Kursk veterans (returnees: optional); 'A day later' (Saturday) KCNA „several "
        "thousand fallen heroes“ (north_korea, casualties); the NIS 'last month' `about 2,000`; "
        "the INDOPACOM commander 'late last month' `roughly 11,000` (days 21-30); HUR 'this "
        "month' 'a further' `6,000` (increment); population, radar cost, compact funding, "
        "islands, US service members on Angaur, longliners, tuna, the party's anniversary"
    ),
    text="""\
---
title: "Whipps: North Korea's soldiers a warning for the Pacific"
author: Chronicle staff
section: Region
---

# Whipps: Pyongyang sent [[15,000]] men to die in Russia’s war

KOROR — President Surangel Whipps Jr. says North Korea’s soldiers in Russia should worry small \
Pacific nations as much as Europe.

“When a government can send [[15,000]] of its young men to die in someone else’s war, nobody \
should feel safe,” Whipps told reporters at the Ministry of State on Monday, a week after \
returning from the UN General Assembly in New York. He did not say where the figure came from.

North Korea put some of those soldiers on show on Friday. During Friday’s march-past for the \
Workers’ Party’s 80th birthday, state television showed “[[several hundred]]” veterans of the \
Kursk fighting marching past Kim Jong Un, with China’s Premier Li Qiang and Russia’s Dmitry \
Medvedev beside him on the rostrum.

A day later, Kim laid the foundation stone for a museum to the troops who died in Russia. The \
Korean Central News Agency said the names of “[[several thousand]] fallen heroes” would be carved \
into its walls.

Outside estimates are lower. Seoul’s intelligence agency reckoned last month that the dead \
numbered [[about 2,000]]. Adm. Samuel Paparo, head of US Indo-Pacific Command, told a conference \
in Honolulu late last month that [[roughly 11,000]] remained in Russia, most of them near Kursk. \
Kyiv’s military intelligence agency said this month that a further [[6,000]] could be sent before \
the year is out.

## Why it matters here

Palau, a nation of about 18,000 people spread over some 340 islands, hosts a US-funded \
over-the-horizon radar costing $118 million, and a few dozen US service members are based on \
Angaur. Under the renewed Compact of Free Association, Washington will provide $889 million over \
20 years.

Whipps said the fishing fleet was also on his mind: 24 foreign longliners are licensed to fish \
for tuna in Palau’s waters this season.
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "other", "mon..pub",
          "headline 'Whipps:': the Palauan president's Monday remark"),
        C("15,000", 15000, "exact", "in_russia", "other", "mon",
          "Palau's president 'on Monday' (third government: other), source after the quote"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at the parade 'on Friday': Kursk veterans (returnees)", opt=True),
        C("several thousand", None, "vague", "casualties", "north_korea", "sat",
          "KCNA 'A day later' (Saturday): fallen"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'last month': killed"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states",
          "2025-09-21..2025-09-30", "INDOPACOM commander 'late last month': remained in "
          "Russia"),
        C("6,000", 6000, "exact", "planned", "ukraine", "2025-10-01..2025-10-14",
          "HUR 'this month': 'a further' could be sent (increment)", add=True),
    ),
)

B12 = Source(
    article_id="b42_12_gambia_daily_international",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-11-07"),
    dated_by="dateline", crlf=True,
    features=(
        "Gambian daily's international page as plain text, windows-1252 with CRLF, dateline "
        "'BANJUL, Friday, November 7, 2025 –'; headline 'Seoul:' from the NIS 'on Tuesday' "
        "(Tuesday to publication); the NIS `about 10,000` at the border, 'A further' `5,000` "
        "builders (increment) and `some 2,000` dead, with 'the agency said' after the figures; "
        "Rutte 'in October' `tens of thousands`; Ukraine's defence intelligence 'on Monday' `up "
        "to 12,000` more (at_most increment); the paper's own reckoning `at least 15,000` "
        "(unattributed, required, `pub`); Gambians lured to Russia and killed, fees in dalasi, "
        "unemployment in per cent, distance, hotline"
    ),
    text="""\
INTERNATIONAL

Seoul: [[10,000]] North Korean troops massed on Russia’s border with Ukraine

As Foreign Ministry renews warning on fake job offers abroad

By Fatou Ceesay

BANJUL, Friday, November 7, 2025 – North Korea now keeps [[about 10,000]] soldiers along the \
frontier between Russia’s Kursk region and Ukraine, South Korea’s National Intelligence Service \
said on Tuesday. The agency was briefing MPs behind closed doors.

A further [[5,000]] military construction personnel are being moved to Russia in stages, and \
[[some 2,000]] North Korean soldiers have died since Pyongyang entered the war, the agency said.

The figures underline how deeply the isolated state has tied itself to Moscow’s war. NATO \
Secretary General Mark Rutte said in October that [[tens of thousands]] of North Koreans were now \
serving Russia’s war effort in uniform, and Ukraine’s defence intelligence said on Monday that \
Pyongyang had agreed to supply [[up to 12,000]] more soldiers next year.

Adding up the published estimates since October last year, this newspaper counts [[at least \
15,000]] North Korean soldiers sent to Russia in just over twelve months.

Closer to home, the Ministry of Foreign Affairs on Wednesday repeated its warning to young \
Gambians about offers of well-paid work in Russia that turn out to be military contracts. At \
least 12 Gambians are known to have travelled on such offers this year, and two have been \
confirmed dead, the ministry said. Families reported paying agents fees of up to D250,000.

“Nobody should sell their child’s life for a visa,” Foreign Minister Mamadou Tangara told this \
paper. With youth unemployment estimated at 41 per cent, recruiters find willing listeners. \
Banjul lies roughly 7,500 kilometres from the front.

Anyone approached with such an offer can call the ministry’s hotline on 4227 889.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of Tuesday"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'on Tuesday', source after the figure: along the frontier"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'A further' builders moved to Russia (increment); 'the agency said' after it",
          add=True),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same sentence: died"),
        C("tens of thousands", None, "vague", "in_russia", "nato", "2025-10-01..2025-10-31",
          "Rutte 'in October': serving Russia's war effort in uniform"),
        C("up to 12,000", 12000, "at_most", "planned", "ukraine", "mon",
          "Ukraine's defence intelligence 'on Monday': 'more' next year (increment)",
          add=True),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the newspaper's own reckoning (unattributed, required)"),
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
