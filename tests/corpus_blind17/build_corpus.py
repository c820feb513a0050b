"""Build the SEVENTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python …`).

A nineteenth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Rhineland-Palatinate
regional paper, a Hamburg public broadcaster's web text, a Lower Austrian regional weekly, a
Schaffhausen paper, a German political magazine's column and a Bremen paper's harbour page; a Sri
Lankan English daily, a Welsh regional paper, a US cable network's morning newsletter, an
Estonian English-language outlet, a South Korean English daily's editorial page and a Caribbean
wire service. Same file format, marker syntax and labelling conventions as the other corpora (see
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
BASE_NAME = "_blind17_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

F01 = Source(
    article_id="f01_vorderpfalz_krankenschwester",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Vorderpfälzer Rundschau",
        "https://www.vorderpfaelzer-rundschau.example/neustadt/lokales/sorge-um-kims-soldaten-"
        "eine-neustadterin-erzaehlt-art-552190",
        "Sorge um Kims Soldaten: Eine Neustadterin mit Wurzeln in Busan erzählt",
    ),
    features="Rhineland-Palatinate regional paper's local story (sidecar, Thursday): a retired "
        "Korean nurse in Neustadt an der Weinstraße; deck 'Seoul:' `1.500 weitere` (increment, "
        "Wednesday to publication); MPs briefed by the NIS 'am Mittwoch' (increment, new total "
        "`rund 3.000`, `etwa 10.000` expected by December); the first group 'am vergangenen "
        "Freitag' carried by 'damals'; Kirby 'am Abend' (the same Wednesday); Zelensky 'Zu "
        "Beginn der Woche' (Monday-Tuesday) `12.000` with `500` officers (breakdown, planned); "
        "a Trier Korea researcher (other, `pub`); Korean nurses who came 1966-1976, club "
        "members, euros, age, phone number",
    text="""\
Eine Neustadterin mit Wurzeln in Busan verfolgt die Nachrichten aus Russland mit Sorge

Seoul: Kim hat [[1.500]] weitere Soldaten in Marsch gesetzt – bis Dezember sollen es noch viel \
mehr werden

Von Sabine Korn-Lehmann

Neustadt an der Weinstraße. Über dem Sofa von Kyung-ja Hoffmann hängt ein Kalender aus Busan, \
daneben ein gerahmtes Foto vom Hambacher Schloss. 1971 kam die heute 76-Jährige als \
Krankenschwester in die Pfalz, 38 Jahre lang arbeitete sie auf der Inneren im Hetzelstift. „Wenn \
ich lese, dass man junge Nordkoreaner nach Russland schickt, damit sie dort in einem fremden Krieg \
sterben, dann wird mir ganz kalt“, sagt sie und schenkt grünen Tee nach.

Was die Rentnerin umtreibt, hat Südkoreas Geheimdienst NIS in dieser Woche öffentlich gemacht. \
Abgeordnete, die der Dienst am Mittwoch hinter verschlossenen Türen unterrichtete, berichteten \
anschließend, Pjöngjang habe weitere [[1.500]] Soldaten nach Russland gebracht. Schon am \
vergangenen Freitag hatte der NIS mitgeteilt, eine erste Gruppe sei auf russischen Schiffen nach \
Wladiwostok gelangt; damals war von [[1.500]] Mann die Rede. Inzwischen seien also [[rund 3.000]] \
Nordkoreaner im Land, hieß es nun. Bis Dezember rechnet der Dienst mit [[etwa 10.000]].

Auch Washington hat seine Zurückhaltung aufgegeben. Verteidigungsminister Lloyd Austin sagte am \
Mittwoch bei einem Besuch in Rom, es gebe Belege für nordkoreanische Truppen in Russland; was sie \
dort genau täten, müsse man noch herausfinden. Konkreter wurde am Abend John Kirby, der \
Sicherheitssprecher des Weißen Hauses: [[Mindestens 3.000]] Soldaten seien zwischen Anfang und \
Mitte Oktober in den Osten Russlands verschifft worden und würden auf Truppenübungsplätzen \
ausgebildet.

Der ukrainische Präsident Wolodymyr Selenskyj geht noch weiter. Zu Beginn der Woche sprach er von \
[[12.000]] Mann, die Kim insgesamt für den Krieg bereitstelle, darunter [[500]] Offiziere.

Ob das stimmt, kann niemand überprüfen. Der Trierer Korea-Forscher Jens Albrecht hält die \
Größenordnung für plausibel. „Pjöngjang verleiht seit Jahrzehnten Arbeitskräfte ins Ausland, jetzt \
verleiht es eben Soldaten“, sagt er. Auf Dauer seien [[bis zu 15.000]] Mann denkbar, wenn Moskau \
genug dafür bezahle. Der Kreml hat die Berichte bislang als Erfindung abgetan.

Für Kyung-ja Hoffmann ist das alles weit weg und doch sehr nah. Zwischen 1966 und 1976 kamen rund \
10.000 Krankenschwestern und Pflegehelferinnen aus Südkorea in die Bundesrepublik, einige Dutzend \
davon in die Vorderpfalz. Im Koreanischen Frauenkreis Neustadt, den sie mitgegründet hat, treffen \
sich heute noch 43 Frauen. Am Samstag, 2. November, laden sie ab 15 Uhr ins Gemeindehaus der \
Stiftskirche zum Herbstbasar; der Erlös, im Vorjahr gut 2.300 Euro, geht an ein Kinderheim in \
Incheon. Anmeldung unter Telefon 06321 48 99 17.
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed..pub",
          "deck 'Seoul:' restating the NIS figure of Wednesday's briefing, 'weitere' (increment)",
          add=True),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "MPs briefed by the NIS 'am Mittwoch', Konjunktiv: 'weitere' brought to Russia",
          add=True),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "fri",
          "the NIS 'am vergangenen Freitag' (18 October), carried by 'damals': the first group"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'Inzwischen seien also … hieß es nun' (Wednesday's briefing): new total, no increment"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'Bis Dezember rechnet der Dienst mit' (same briefing): expected total"),
        C("Mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'am Abend' (of Wednesday, the day of Austin's remarks): shipped, training"),
        C("12.000", 12000, "exact", "planned", "ukraine", "mon..tue",
          "Zelensky 'Zu Beginn der Woche' (Monday-Tuesday): total Kim provides"),
        C("500", 500, "exact", "planned", "ukraine", "mon..tue",
          "'darunter … Offiziere' (breakdown of the planned total, no increment)"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "Trier Korea researcher, present-tense Konjunktiv without a date: conceivable in time"),
    ),
)

F02 = Source(
    article_id="f02_alsterfunk_erste_verluste_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="html_meta",
    features="Hamburg public broadcaster's web text in HTML, UTF-8 with BOM "
        "(`article:published_time` with +01:00, 'Stand: 19.12.2024 18:02 Uhr', a stats script, "
        "consent layer, navigation, audio teaser, footer with a listeners' phone); `<meta "
        "name=\"description\">` figure (optional); headline 'Kiew:' `Hunderte` from Zelensky 'am "
        "Dienstag' (Tuesday to publication); a senior Pentagon official 'am Montag' "
        "&bdquo;mehreren hundert&ldquo; and `rund 11.000` ('ergänzte der Beamte'); the NIS 'Am "
        "Donnerstag' (publication day) relayed by an MP, 'Demnach': `etwa 100` dead and `knapp "
        "1.000 weitere` wounded (others, no increment); a Hamburg researcher 'rechnet damit' "
        "`einige tausend weitere` (other, `pub`, increment); Russian losses a day, refugees, "
        "euros, audio length",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreas Soldaten in Kursk: Erste Verluste | ALSTERFUNK</title>
<meta name="description" content="Kiew meldet [[Hunderte]] Tote und Verletzte, Seoul nennt \
erstmals eigene Zahlen. Eine Hamburger Forscherin mahnt zur Vorsicht.">
<meta property="article:published_time" content="2024-12-19T16:20:00+01:00">
<meta property="article:modified_time" content="2024-12-19T18:02:00+01:00">
<meta property="og:site_name" content="ALSTERFUNK">
<link rel="canonical" \
href="https://www.alsterfunk.example/nachrichten/welt/nordkorea-kursk-verluste,kursk1184.html">
<script>var afStats={sid:"hh-nachrichten",cid:"kursk1184",len:3870,audio:true};</script>
</head>
<body>
<div class="cmp-layer" role="dialog"><p>Damit wir unser Angebot verbessern können, setzen wir mit \
Ihrer Einwilligung Messverfahren ein. Einzelheiten finden Sie in den \
Einstellungen.</p><button>Einverstanden</button> <button>Nur notwendige</button></div>
<header><a class="logo" href="/">ALSTERFUNK</a> <nav><a href="/nachrichten">Nachrichten</a> \
&middot; <a href="/hamburg">Hamburg</a> &middot; <a href="/radio">Radio</a> &middot; <a \
href="/fernsehen">Fernsehen</a> &middot; <a href="/wetter">Wetter</a></nav></header>
<main>
<article>
<p class="dachzeile">Krieg gegen die Ukraine</p>
<h1>Kiew: [[Hunderte]] Nordkoreaner in Kursk getötet oder verletzt</h1>
<p class="teaser"><strong>Die Soldaten aus Pjöngjang kämpfen offenbar mitten im Winter auf offenem \
Gelände. Jetzt nennen Kiew, Washington und Seoul erste Verlustzahlen.</strong></p>
<p class="stand">Stand: 19.12.2024 18:02 Uhr</p>
<p>Der ukrainische Präsident Wolodymyr Selenskyj hat am Dienstag von &bdquo;[[Hunderten]]&ldquo; \
Toten und Verwundeten aus Nordkorea berichtet. Die russische Führung verbrauche diese Männer \
&bdquo;wie Munition&ldquo;, sagte er in seiner abendlichen Videoansprache. Ukrainische \
Drohnenpiloten hätten ganze Gruppen im Schnee aufgespürt.</p>
<p>In Washington räumte am Montag ein hochrangiger Vertreter des Verteidigungsministeriums \
erstmals Verluste ein. Er sprach vor Journalisten von &bdquo;[[mehreren hundert]]&ldquo; Opfern, \
ohne zwischen Toten und Verwundeten zu unterscheiden. Im Gebiet Kursk seien [[rund 11.000]] \
Soldaten aus Nordkorea zusammengezogen, ergänzte der Beamte, der anonym bleiben wollte.</p>
<h2>Seoul nennt erstmals eigene Zahlen</h2>
<p>Am Donnerstag zog der südkoreanische Geheimdienst NIS nach. Nach einer Sitzung des \
Geheimdienstausschusses in Seoul gab der Abgeordnete Lee Seong-kweun die Einschätzung des Dienstes \
wieder. Demnach sind [[etwa 100]] Nordkoreaner gefallen, [[knapp 1.000]] weitere wurden verwundet. \
Die hohen Verluste erklärten sich unter anderem damit, dass die Einheiten kaum Erfahrung mit \
Drohnen hätten.</p>
<p>Die Hamburger Politikwissenschaftlerin Ines Wollenberg, die am Institut für Friedensforschung \
an der Elbe zu Ostasien arbeitet, hält alle Angaben für schwer überprüfbar. &bdquo;Jede Seite hat \
ein Interesse an ihren Zahlen&ldquo;, sagte sie im Gespräch mit ALSTERFUNK. Sie rechnet damit, \
dass Kim im neuen Jahr [[einige tausend]] weitere Soldaten schickt, um die Lücken zu füllen.</p>
<p>Russland hat nach britischen Schätzungen allein im November im Schnitt weit mehr als tausend \
Soldaten pro Tag verloren. In Hamburg sind nach Angaben der Innenbehörde derzeit rund 38.000 \
Menschen aus der Ukraine gemeldet; die Stadt hat seit 2022 mehr als 210 Millionen Euro für ihre \
Unterbringung ausgegeben.</p>
</article>
<aside><h3>Zum Nachhören</h3><p>Das Gespräch mit Ines Wollenberg in voller Länge (11:42 \
Min.)</p></aside>
</main>
<footer><p>&copy; ALSTERFUNK 2024 &middot; <a href="/impressum">Impressum</a> &middot; <a \
href="/datenschutz">Datenschutz</a> &middot; Hörertelefon 040 4156 2200</p></footer>
<script src="/static/js/player.min.js?v=4.12.0" defer></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "ukraine", "tue..pub",
          "<meta name=description> (metadata) restating Zelensky's Tuesday figure", opt=True),
        C("Hunderte", None, "vague", "casualties", "ukraine", "tue..pub",
          "headline 'Kiew:' from Zelensky 'am Dienstag' to publication: killed or wounded"),
        C("Hunderten", None, "vague", "casualties", "ukraine", "tue",
          "Zelensky 'am Dienstag' in his evening video address, &bdquo;…&ldquo;"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "senior Pentagon official 'am Montag' in &bdquo;…&ldquo;: casualties"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "mon",
          "'ergänzte der Beamte' (same Monday remarks): massed in the Kursk region"),
        C("etwa 100", 100, "approx", "casualties", "south_korea", "thu",
          "NIS 'Am Donnerstag' (publication day) relayed by an MP, 'Demnach': dead"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'weitere wurden verwundet' = others of the same toll, no increment"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "Hamburg researcher 'rechnet damit' (undated interview): 'weitere' (increment)",
          add=True),
    ),
)

F03 = Source(
    article_id="f03_noe_wochenblatt_gefangene_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-01-15"),
    dated_by="front_matter", crlf=True,
    features="Lower Austrian regional weekly in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, hyphens), front matter with `date:` and edition; 'Jänner', 'heuer'; deck "
        "'Kiew präsentiert zwei' (number word, captured: Saturday to publication); Zelensky 'Am "
        "Samstag' `zwei`; 'schon Anfang Jänner' `mehr als 3.800` (days 1-10); the NIS 'am "
        "Montag' `rund 3.000` with `etwa 300` dead (breakdown) and Konjunktiv 'berichteten "
        "Abgeordnete nach der Sitzung' `bis zu 2.000` 'nachschicke' (increment); the White House "
        "'Ende Dezember' `über 1.000`; a lecturer at the Theresian Military Academy (other, "
        "`pub`) next to 'gut die Hälfte' (fraction) and 'Gruppen von 20, 30 Mann' (group size); "
        "cadets, founding year, euros, kilometres, ages, phone number",
    text="""\
---
title: "Kursk-Gefangene: Was ein Offizier aus Wiener Neustadt über Kims Armee sagt"
date: 2025-01-15
ausgabe: Wiener Neustadt / Neunkirchen
rubrik: Region & Welt
autor: Markus Pichler-Wendt
---

# "Die Zahlen sind ein Puzzle, kein Bild"

**Kiew präsentiert [[zwei]] gefangene Nordkoreaner. Ein Lehroffizier der Militärakademie ordnet \
ein, was heuer über Kims Soldaten in Russland bekannt geworden ist.**

Es sind nur ein paar Minuten Video, doch sie haben den Blick auf diesen Krieg verändert. Am \
Samstag veröffentlichte der ukrainische Präsident Wolodymyr Selenskyj Aufnahmen von [[zwei]] \
nordkoreanischen Soldaten, die ukrainische Fallschirmjäger im russischen Gebiet Kursk gefangen \
genommen hatten. Einer der beiden, 26 Jahre alt, liegt mit verbundenem Kiefer auf einer Pritsche, \
der andere, 20, hat Verletzungen an beiden Händen.

Selenskyj hatte schon Anfang Jänner behauptet, die Einheiten aus Pjöngjang hätten [[mehr als \
3.800]] Mann an Toten und Verwundeten verloren. Nun bot er an, die Gefangenen gegen Ukrainer \
auszutauschen, die in Russland festgehalten werden.

Südkoreas Nachrichtendienst NIS bestätigte die Gefangennahme am Montag. Nach seiner Einschätzung \
belaufen sich die Verluste der Nordkoreaner inzwischen auf [[rund 3.000]] Mann; [[etwa 300]] \
Soldaten seien gefallen, die übrigen verwundet. Der Dienst rechne zudem damit, dass Pjöngjang \
heuer noch einmal [[bis zu 2.000]] Mann nachschicke, berichteten Abgeordnete nach der Sitzung in \
Seoul.

Washington hatte die Verluste bereits Ende Dezember hoch angesetzt: Das Weiße Haus sprach damals \
von [[über 1.000]] Toten und Verwundeten binnen einer einzigen Woche.

## "Gegen Drohnen ist das verheerend"

Oberstleutnant Gernot Haslinger unterrichtet an der Theresianischen Militärakademie in der Burg \
Taktik und verfolgt den Einsatz seit Oktober. "Die Zahlen sind ein Puzzle, kein Bild", sagt er. \
Von den [[rund 11.000]] Mann, die Kim ursprünglich nach Russland geschickt habe, sei nach seiner \
Rechnung wohl nur noch gut die Hälfte voll einsatzfähig. "Die Nordkoreaner greifen in Gruppen von \
20, 30 Mann über offenes Feld an. Gegen Drohnen ist das verheerend."

Dass die Soldaten diszipliniert seien, stehe außer Frage, meint Haslinger. "Aber Disziplin ersetzt \
keine Erfahrung. Diese Männer haben nie einen echten Krieg erlebt, ihre Offiziere auch nicht."

An der Akademie, die Maria Theresia 1751 gegründet hat, werden derzeit rund 380 Fähnriche \
ausgebildet. Viele von ihnen verfolgen den Krieg in der Ukraine genau, obwohl Österreich als \
neutrales Land keine Waffen liefert. Seit 2022 hat die Republik mehr als 190 Millionen Euro an \
humanitärer Hilfe bereitgestellt. Von Wiener Neustadt bis Kursk sind es auf der Straße rund 2.100 \
Kilometer.

**Vortrag:** Haslinger spricht am 23. Jänner um 18.30 Uhr im Stadtmuseum über "Nordkorea im \
Ukraine-Krieg". Eintritt 8 Euro, Karten unter 02622 373 950.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "deck 'Kiew präsentiert' from Zelensky's Saturday video to publication: captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': soldiers captured (number word)"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'schon Anfang Jänner' (days 1-10), Konjunktiv: dead and wounded"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag' briefing ('Nach seiner Einschätzung'): losses"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "same estimate: dead (breakdown of the losses, no increment)"),
        C("bis zu 2.000", 2000, "at_most", "planned", "south_korea", "mon",
          "'berichteten Abgeordnete nach der Sitzung' (Monday's), 'noch einmal … nachschicke' "
          "(increment)", add=True),
        C("über 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "White House 'Ende Dezember' … 'damals': dead and wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "other", "pub",
          "lecturer at the Theresian Military Academy (an Austrian officer: other), undated: "
          "originally sent"),
    ),
)

F04 = Source(
    article_id="f04_munot_bote_moskau_gibt_zu_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="Schaffhausen paper's foreign page, Swiss conventions (`15'000`, «», ss), UTF-16 LE "
        "with BOM and CRLF, dated by the dateline 'Schaffhausen, 30. April 2025 –'; deck 'Seoul "
        "beziffert die Verluste auf 4700' (NIS on the publication day); Gerasimov 'Am Samstag' "
        "thanking the «Tausenden» fighters (russia, vague, in combat); KCNA 'Zwei Tage später' "
        "without a figure; the NIS 'am Mittwoch' `rund 4700` with `etwa 600` 'tödlich' "
        "(breakdown), 'hiess es in Seoul' `ungefähr 15'000` and `rund 3000` 'als Verstärkung' "
        "(increment); HUR 'schon Mitte April' `10'000 bis 12'000` (range); a Schaffhausen "
        "member of the Council of States (other, `pub`, «bis zu 30'000»); refugees with status "
        "S, francs, Russian losses, army size",
    text="""\
Munot-Bote · Ausland

Moskau gibt zu, was alle wussten

Russland und Nordkorea bestätigen den Einsatz bei Kursk. Seoul beziffert die Verluste auf [[4700]] \
Mann.

Schaffhausen, 30. April 2025 – Monatelang hat der Kreml geschwiegen, dementiert oder von \
«westlicher Propaganda» gesprochen. Am Samstag war es ausgerechnet Waleri Gerassimow, der \
Generalstabschef der russischen Armee, der die Wende vollzog: Soldaten aus Nordkorea hätten \
geholfen, die ukrainischen Truppen aus dem Gebiet Kursk zu vertreiben. Er dankte den \
«[[Tausenden]]» Kämpfern aus dem «befreundeten Korea» ausdrücklich für ihren Mut. Eine genaue Zahl \
nannte er nicht.

Zwei Tage später zog Pjöngjang nach. Die Staatsagentur KCNA meldete, Machthaber Kim Jong Un habe \
die Entsendung auf Grundlage des Beistandspakts mit Moskau angeordnet; die Einheiten hätten «ihre \
Pflicht heldenhaft erfüllt». In der Hauptstadt solle ein Denkmal für die Gefallenen errichtet \
werden.

Wie hoch der Preis war, lässt sich nur schätzen. Südkoreas Geheimdienst NIS legte am Mittwoch eine \
neue Bilanz vor: Von den Nordkoreanern seien [[rund 4700]] getötet oder verwundet worden, [[etwa \
600]] davon tödlich. Insgesamt habe Pjöngjang seit Oktober [[ungefähr 15'000]] Soldaten nach \
Russland geschickt, hiess es in Seoul. Im Januar und Februar seien [[rund 3000]] Mann als \
Verstärkung dazugekommen.

In Kiew reagierte man gelassen auf das späte Eingeständnis. Die Militäraufklärung HUR hatte schon \
Mitte April erklärt, [[10'000 bis 12'000]] Nordkoreaner stünden wieder an der Front, inzwischen \
auch im benachbarten Gebiet Belgorod. Präsident Wolodymyr Selenskyj sprach am Dienstag von einer \
«Bestätigung dessen, was wir seit Monaten sagen».

Für Ständerat Beat Ammann, der Schaffhausen in der aussenpolitischen Kommission vertritt, ist die \
Sache damit nicht erledigt. «Wenn Kim so weitermacht, stehen am Ende vielleicht [[bis zu 30'000]] \
Nordkoreaner im Dienst Moskaus», sagte der Freisinnige unserer Zeitung. Die Schweiz müsse ihre \
Sanktionen gegen Pjöngjang konsequent durchsetzen, auch gegenüber Zwischenhändlern im \
Rohstoffgeschäft.

Im Kanton Schaffhausen leben derzeit rund 1100 Geflüchtete aus der Ukraine mit Schutzstatus S, \
etwa ein Drittel davon Kinder. Der Bund hat für den Wiederaufbau der Ukraine bis 2036 insgesamt 5 \
Milliarden Franken in Aussicht gestellt. Russland selbst verliert nach britischen Angaben täglich \
weiterhin weit über tausend Soldaten. Nordkoreas Armee wird auf 1,2 Millionen aktive Kräfte \
geschätzt.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "deck 'Seoul beziffert': the NIS figure of the body (Wednesday, the publication day)"),
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Am Samstag' (26 April) thanking the «…» fighters who helped drive Ukraine "
          "out of Kursk"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch' (publication day), Konjunktiv: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'davon tödlich' (breakdown of the casualties, no increment)"),
        C("ungefähr 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'hiess es in Seoul' (same briefing): sent since October"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same briefing: 'als Verstärkung dazugekommen' (increment)", add=True),
        C("10'000 bis 12'000", None, "range", "near_front", "ukraine", "2025-04-11..2025-04-20",
          "HUR 'schon Mitte April' (days 11-20): back at the front"),
        C("bis zu 30'000", 30000, "at_most", "planned", "other", "pub",
          "a Schaffhausen member of the Council of States to the paper, undated: could end up "
          "serving"),
    ),
)

F05 = Source(
    article_id="f05_magazin_kolumne_zahlenraetsel_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "Lagebild – Das politische Magazin",
        "https://www.lagebild-magazin.example/kolumnen/der-nuechterne-blick/kims-soldaten-und-"
        "das-raetsel-der-zahlen",
        "Kims Soldaten und das Rätsel der Zahlen",
    ),
    features="German political magazine's column in Markdown, windows-1252, front matter without "
        "a date (sidecar, Thursday), first-person voice; HUR 'ließ vergangene Woche wissen' `bis "
        "zu 30.000 weiteren` (increment, planned); Shoigu 'im Juni' `1000` deminers and `5000` "
        "builders (planned, no increment); the NIS 'im April' `mehr als 4.700`; the Pentagon "
        "'im Mai' `rund 15.000`; Rutte 'Ende Juni' „Tausenden“ (nato); the columnist's own "
        "reckoning `zwischen 14.000 und 17.000` (unattributed, required); Bundeswehr and North "
        "Korean army size, Russian losses a month (range), dollars, reading time",
    text="""\
---
title: "Kims Soldaten und das Rätsel der Zahlen"
rubrik: "Kolumne – Der nüchterne Blick"
autorin: Carolin Wetzlar
lesezeit: 5 Minuten
---

# Kims Soldaten und das Rätsel der Zahlen

*Wie viele Nordkoreaner kämpfen für Putin? Jeder Dienst zählt anders, keiner lässt sich in die \
Karten schauen. Ein Versuch, Ordnung in das Durcheinander zu bringen.*

Es gibt in diesem Krieg Zahlen, die man sich merkt, und Zahlen, die man jedes Mal nachschlagen \
muss. Die Zahl der Nordkoreaner in Russland gehört zur zweiten Sorte. Sie ändert sich ständig, je \
nachdem, wer gerade spricht – und warum.

Nehmen wir die jüngste. Kiews Militärgeheimdienst HUR ließ vergangene Woche wissen, Pjöngjang \
bereite die Entsendung von [[bis zu 30.000]] weiteren Soldaten vor. Sie sollten in den kommenden \
Monaten per Bahn und Flugzeug nach Russland gebracht werden, um erschöpfte russische Verbände \
aufzufüllen. Belege legte der Dienst nicht vor; die Meldung lief trotzdem um die Welt.

Wenige Wochen zuvor klang es aus Moskau bescheidener. Sergej Schoigu, der Sekretär des russischen \
Sicherheitsrats, verkündete im Juni nach einem Besuch bei Kim Jong Un, Nordkorea werde [[1000]] \
Minenräumer und [[5000]] Militärbauarbeiter in die Region Kursk schicken. Von Kampftruppen war bei \
ihm keine Rede, von Gefallenen schon gar nicht.

Dann die Verluste. Südkoreas Nachrichtendienst NIS bezifferte sie im April auf [[mehr als 4.700]] \
Tote und Verwundete. Das Pentagon sprach im Mai von [[rund 15.000]] Nordkoreanern, die bis dahin \
insgesamt nach Russland verlegt worden seien. Nato-Generalsekretär Mark Rutte wiederum wollte sich \
auf dem Gipfel in Den Haag Ende Juni auf keine Zahl festlegen und sprach nur von „[[Tausenden]]“, \
die Kim geschickt habe.

Ich habe mir die Mühe gemacht, alle offiziellen Angaben seit dem vergangenen Oktober \
nebeneinanderzulegen. Wer addiert, was zusammengehört, und abzieht, was doppelt gezählt wurde, \
landet nach meiner Rechnung bei [[zwischen 14.000 und 17.000]] Soldaten, die bislang in Russland \
gewesen sein dürften. Das ist keine Gewissheit, sondern eine Spanne. Aber sie ist ehrlicher als \
jede runde Zahl.

Zum Vergleich: Die Bundeswehr hat gut 180.000 aktive Soldatinnen und Soldaten, Nordkoreas Armee \
wird auf mehr als eine Million geschätzt. Russland verliert nach westlichen Schätzungen jeden \
Monat 30.000 bis 35.000 Mann an Toten und Verwundeten. Gemessen daran sind Kims Kontingente klein. \
Politisch aber wiegen sie schwer: Sie sind der Preis für Öl, Lebensmittel und Militärtechnik aus \
Moskau – nach Schätzungen südkoreanischer Ökonomen im Gegenwert von bis zu 20 Milliarden Dollar.

Was folgt daraus? Vorsicht mit jeder einzelnen Zahl, auch mit meiner. Wer die Größenordnung kennt, \
weiß genug, um zu verstehen, was auf dem Spiel steht.

*Carolin Wetzlar schreibt jeden zweiten Donnerstag über Sicherheitspolitik.*
""",
    claims=(
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'ließ vergangene Woche wissen', Konjunktiv: 'weiteren' (increment)", add=True),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni': deminers Kim 'werde … schicken' (no increment word)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders (a second kind, not an increment)"),
        C("mehr als 4.700", 4700, "at_least", "casualties", "south_korea",
          "2025-04-01..2025-04-30", "NIS 'im April': dead and wounded"),
        C("rund 15.000", 15000, "approx", "in_russia", "united_states",
          "2025-05-01..2025-05-31", "Pentagon 'im Mai', Konjunktiv: moved to Russia in total"),
        C("Tausenden", None, "vague", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte at the summit 'Ende Juni' (days 21-30) in „…“: sent by Kim"),
        C("zwischen 14.000 und 17.000", None, "range", "in_russia", "unattributed", "pub",
          "the columnist's own reckoning ('nach meiner Rechnung') of all official figures: "
          "required, as an outlet's own tally"),
    ),
)

F06 = Source(
    article_id="f06_bremer_kajenblatt_truppenroute_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bremer Kajenblatt",
        "",
        "Die Truppenroute über das Japanische Meer",
    ),
    features="Bremen paper's harbour and shipping page in HTML, windows-1252 with CRLF (raw „“ "
        "and –), no meta date (sidecar without url, Wednesday), ad script with slot sizes, cookie "
        "notice, navigation, footer with address and phone; `<title>` figure (optional); "
        "standfirst 'Seoul sagt' `mehr als 15.000` (NIS Tuesday to publication); the NIS 'am "
        "Dienstag' `mehr als 15.000` and `Etwa 2.000 von ihnen` (dead); a Bremen shipping "
        "economist 'Nach seiner Rechnung' `bis zu 6.000 zusätzliche` (other, `pub`, increment, "
        "transported); KCNA on the parade 'am vergangenen Freitag': `mehrere hundert` veterans "
        "(returnees, optional) and Kim's „Tausende“ who fought (north_korea, Friday-Saturday); "
        "HUR 'von Anfang Oktober' `rund 11.000`; ship lengths, crossings, containers, TEU, "
        "nautical miles, years in prison",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Rason–Wladiwostok: Auf dieser Route kamen [[15.000]] Soldaten | Bremer Kajenblatt</title>
<meta name="robots" content="index,follow">
<meta property="og:type" content="article">
<script>window.kbAds={slot:"hafen_artikel",sizes:["300x250","728x90"],kw:"schifffahrt"};</script>
</head>
<body>
<div id="cookiehinweis">Wir nutzen Cookies für Reichweitenmessung und Anzeigen. Ihre Auswahl \
können Sie jederzeit unter „Privatsphäre“ ändern. <a href="#">Auswahl treffen</a></div>
<nav><a href="/">Startseite</a> | <a href="/bremen">Bremen</a> | <a \
href="/bremerhaven">Bremerhaven</a> | <a href="/hafen">Hafen &amp; Schifffahrt</a> | <a \
href="/sport">Sport</a></nav>
<article>
<p class="rubrik">Hafen &amp; Schifffahrt</p>
<h1>Die Truppenroute über das Japanische Meer</h1>
<p class="vorspann">Russische Frachter pendeln zwischen Rason und Wladiwostok. Seoul sagt, auf \
diesem Weg seien [[mehr als 15.000]] nordkoreanische Soldaten nach Russland gelangt. Ein Bremer \
Schifffahrtsforscher hat die Fahrten nachgezählt.</p>
<p class="autor">Von Henning Brüggemann</p>
<p>Wer Schiffe beobachtet, kennt die Namen: „Angara“, „Maria“, „Lady Maria“, „Maia-1“. Die \
russischen Frachter, zwischen 90 und 150 Meter lang, stehen seit Langem auf den Sanktionslisten \
der EU und Großbritanniens. Auf Satellitenbildern sieht man sie im nordkoreanischen Hafen Rason \
festmachen und Tage später in Wladiwostok oder Wostotschny wieder auftauchen.</p>
<p>Lange galten sie vor allem als Munitionsfrachter. Inzwischen ist klar, dass sie auch Menschen \
befördert haben. Südkoreas Geheimdienst NIS teilte Abgeordneten am Dienstag mit, Nordkorea habe \
seit Oktober 2024 [[mehr als 15.000]] Soldaten nach Russland verlegt, den größten Teil über den \
Seeweg. [[Etwa 2.000]] von ihnen seien bei den Kämpfen um Kursk ums Leben gekommen. Eine neue \
Rotation werde vorbereitet.</p>
<p>Am Bremer Institut für maritime Wirtschaft verfolgt der Schifffahrtsökonom Jörn Hasselbach die \
Fahrten mit AIS-Signalen und Satellitendaten. Seit August 2024 hat er 64 Überfahrten gezählt. „Ein \
Schiff dieser Größe nimmt neben Containern ohne Weiteres eine ganze Kompanie an Bord“, sagt er. \
Nach seiner Rechnung könnten seit dem Sommer [[bis zu 6.000]] zusätzliche Soldaten über die Route \
gebracht worden sein, etwa die Bautrupps, die Moskau im Juni angekündigt hatte.</p>
<p>Ein Teil der Männer ist inzwischen auf demselben Weg zurückgekehrt. Bei der Militärparade zum \
80. Gründungstag der Arbeiterpartei am vergangenen Freitag marschierten nach Angaben der \
Staatsagentur KCNA [[mehrere hundert]] Veteranen des Kursk-Einsatzes über den Kim-Il-Sung-Platz. \
Kim Jong Un würdigte in seiner Rede die „[[Tausende]]“ Soldaten, die „auf fremder Erde“ für die \
Freundschaft mit Russland gekämpft hätten.</p>
<p>Die Ukraine geht nicht davon aus, dass die Verbände abgezogen werden. Nach Angaben des \
Militärgeheimdienstes HUR von Anfang Oktober stehen noch [[rund 11.000]] Nordkoreaner in den \
Grenzgebieten Kursk und Belgorod.</p>
<p>Zum Vergleich: Über die Kajen in Bremerhaven gingen im vergangenen Jahr rund 4,5 Millionen \
Standardcontainer. Die Frachter auf der Rason-Route fassen je nach Bauart 300 bis 700 Container; \
für die knapp 500 Seemeilen brauchen sie etwa zwei Tage. Bremer Reedereien unterhalten nach \
Auskunft ihres Verbands keine Verbindungen nach Rason. Sanktionsverstöße können in Deutschland mit \
bis zu fünf Jahren Haft geahndet werden.</p>
</article>
<footer>© 2025 Bremer Kajenblatt · Langenstraße 12, 28195 Bremen · Leserservice 0421 3671 \
4400</footer>
</body>
</html>
""",
    claims=(
        C("15.000", 15000, "exact", "in_russia", "south_korea", "tue..pub",
          "<title> (metadata) restating the NIS figure of Tuesday's briefing", opt=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "south_korea", "tue..pub",
          "standfirst 'Seoul sagt': the NIS figure of the body (Tuesday) to publication"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "south_korea", "tue",
          "NIS 'teilte Abgeordneten am Dienstag mit': moved to Russia since October 2024"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing, 'von ihnen … ums Leben gekommen' (breakdown: dead)"),
        C("bis zu 6.000", 6000, "at_most", "in_russia", "other", "pub",
          "Bremen shipping economist 'Nach seiner Rechnung' (undated): 'zusätzliche' brought "
          "over the route (increment)", add=True),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea",
          "2025-10-10..2025-10-11", "KCNA on the parade 'am vergangenen Freitag': returning "
          "veterans marching (returnees: optional)", opt=True),
        C("Tausende", None, "vague", "near_front", "north_korea", "2025-10-10..2025-10-11",
          "Kim's parade speech per KCNA (Friday, reported Friday-Saturday): „…“ who fought on "
          "foreign soil"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "2025-10-01..2025-10-10",
          "HUR 'Nach Angaben … von Anfang Oktober' (days 1-10): in the border regions"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Sri Lanka, Wales, US, Estonia, South Korea, Caribbean)
# ---------------------------------------------------------------------------------------------

F07 = Source(
    article_id="f07_lanka_chronicle_kursk_front_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-11-14"),
    dated_by="html_meta",
    features="Sri Lankan English daily in HTML (`article:published_time` with +05:30, a "
        "masthead 'Thursday, 14 November 2024', cookie strip, navigation, a page script, footer "
        "with a hotline); `og:description` figure (optional); headline 'Kyiv:' `11,000` from "
        "Zelensky 'on Monday' (Monday to publication); 'His military intelligence agency added' "
        "`hundreds` (Monday to publication); the State Department spokesman 'on Tuesday' `more "
        "than 10,000`; the NIS 'last week' `3,000 or so further` (hedge after the number, "
        "increment, planned); a retired Sri Lankan general 'By his estimate' `fifteen to twenty "
        "thousand` (number words, range, other, `pub`); Sri Lankans recruited by Russia "
        "(joined, killed, missing), rupees, age, hotline number",
    text="""\
<!DOCTYPE html>
<html lang="en-LK">
<head>
<meta charset="utf-8">
<title>North Korean soldiers enter the fight in Kursk as Sri Lankan families wait for news | The \
Lanka Chronicle</title>
<meta property="article:published_time" content="2024-11-14T08:30:00+05:30">
<meta property="og:description" content="Kyiv says [[about 11,000]] North Korean troops have \
reached the Kursk front, while Colombo families with relatives in Russian uniform fear the worst.">
<script>var lcPage={id:"wld-20241114-0417",desk:"world",premium:false};</script>
</head>
<body>
<div class="cookie-strip">We use cookies to understand how readers use this site. By continuing \
you agree to this. <a href="/cookies">Read more</a></div>
<div class="masthead">The Lanka Chronicle &middot; Thursday, 14 November 2024 &middot; Colombo</div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/world">World</a> | <a \
href="/business">Business</a> | <a href="/sport">Sport</a> | <a href="/features">Features</a></nav>
<article>
<h1>Kyiv: [[11,000]] North Koreans now at Kursk front</h1>
<p class="sub">Families of Sri Lankan ex-servicemen in Russia fear their men will be thrown into \
the same battles</p>
<p class="byline">By Dilrukshi Fernando</p>
<p>North Korean soldiers have begun fighting alongside Russian forces, Ukraine&rsquo;s leaders \
say, a development being watched with alarm by families in Sri Lanka whose sons and husbands are \
serving in Russian uniform.</p>
<p>Ukrainian President Volodymyr Zelensky said on Monday that [[about 11,000]] North Korean troops \
had arrived in Russia&rsquo;s Kursk region, where Kyiv has held a stretch of territory since \
August. His military intelligence agency added that [[hundreds]] of them had already joined \
Russian marines and paratroopers in assaults on Ukrainian positions.</p>
<p>Washington sees a similar picture. &ldquo;We have seen North Korean soldiers engaged in combat \
operations,&rdquo; State Department spokesman Matthew Miller said at his regular briefing on \
Tuesday. In all, [[more than 10,000]] had been sent to eastern Russia, he said, and &ldquo;the \
vast majority&rdquo; had since moved west to Kursk.</p>
<p>South Korea&rsquo;s National Intelligence Service, which first disclosed the deployment in \
October, said last week it expected Pyongyang to dispatch [[3,000 or so]] further soldiers before \
the end of the year.</p>
<p>For Sri Lankan families the news hits close to home. According to the Ministry of Foreign \
Affairs, around 550 Sri Lankans, most of them retired army and navy personnel, are believed to \
have joined the Russian army since last year, lured by monthly salaries of up to Rs. 600,000. At \
least 16 have been killed and 37 remain unaccounted for.</p>
<p>&ldquo;My husband phoned from near Kursk two weeks ago,&rdquo; said Chamari Wijesinghe, 41, \
from Kurunegala. &ldquo;He said there were Koreans in the next trench and that nobody could talk \
to them.&rdquo;</p>
<p>Retired Major General Sarath Wickramaratne, now a defence analyst in Colombo, said the numbers \
mattered less than the signal they sent. By his estimate the North Korean contingent could grow to \
[[fifteen to twenty thousand]] men by the spring. &ldquo;Kim is testing what the world will \
tolerate, and so far the answer is: a great deal,&rdquo; he said.</p>
<p>The ministry has set up a hotline for families, 011 2 338 812, open from 8.30 a.m. to 4.15 p.m. \
on weekdays.</p>
</article>
<footer>&copy; 2024 Lanka Chronicle Publications (Pvt) Ltd. &middot; 48 D. R. Wijewardena Mawatha, \
Colombo 10</footer>
</body>
</html>
""",
    claims=(
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "mon..pub",
          "og:description (metadata) restating Zelensky's Monday figure", opt=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kyiv:' from Zelensky 'on Monday' to publication: at the Kursk front"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "Zelensky 'said on Monday': arrived in the Kursk region"),
        C("hundreds", None, "vague", "near_front", "ukraine", "mon..pub",
          "'His military intelligence agency added' (no day of its own, right after Monday's "
          "statement): joined assaults"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokesman 'at his regular briefing on Tuesday', 'In all … he said'"),
        C("3,000 or so", 3000, "approx", "planned", "south_korea", "lastweek",
          "NIS 'said last week it expected': 'further' soldiers (increment; hedge after the "
          "number)", add=True),
        C("fifteen to twenty thousand", None, "range", "planned", "other", "pub",
          "retired Sri Lankan general 'By his estimate' (undated): could grow to (new total)"),
    ),
)

F08 = Source(
    article_id="f08_usk_valley_echo_reinforcements",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-03-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Usk Valley Echo",
        "https://www.uskvalleyecho.example/news/world/kim-sends-3000-more-troops-former-brecon-"
        "instructor-warns-4471",
        "Kim sends 3,000 more troops to Russia, Seoul says",
    ),
    features="Welsh regional paper, ISO-8859-1 with CRLF (straight quotes, `£`, hyphens), "
        "sidecar (Thursday); headline 'Seoul says' `3,000 more` (increment, JCS Monday to "
        "publication); the JCS 'on Monday' `around 3,000 additional`, the new total `some "
        "14,000` and 'the JCS estimates' `about 4,000` (casualties, Monday to publication); "
        "Syrskyi 'has said' `8,000 of them` (`pub`); an anonymous NATO official 'on Tuesday' "
        "\"as many as 16,000\"; the Pentagon 'since January, when' `more than 11,000` (month); "
        "a former Brecon instructor \"a few thousand\" (other, `pub`); Ukrainian recruits "
        "trained in the UK, hectares, pounds, Ukrainians in Wales, metres, charity number",
    text="""\
Kim sends [[3,000]] more troops to Russia, Seoul says

Former Brecon instructor: 'They are learning fast, and that worries me'

By Rhian Pritchard

North Korea has quietly topped up its forces in Russia after heavy losses over the winter, South \
Korea's military said this week - and a former instructor at the Infantry Battle School in Brecon \
believes the newcomers will be harder to stop than the first wave.

South Korea's Joint Chiefs of Staff said on Monday that Pyongyang had dispatched [[around 3,000]] \
additional soldiers in January and February, bringing the number it has sent since last autumn to \
[[some 14,000]]. Of those, [[about 4,000]] have been killed or wounded, the JCS estimates.

Ukraine's commander-in-chief, General Oleksandr Syrskyi, has said [[8,000]] of them are currently \
deployed in the Kursk region, where Russian forces have pushed Ukrainian units back towards the \
border in recent weeks.

A Nato official in Brussels, who asked not to be named, went further on Tuesday. Pyongyang might \
already have rotated "[[as many as 16,000]]" men through Russia, the official said, counting \
engineers and artillery crews who rarely appear in Seoul's figures. Washington has not updated its \
own estimate since January, when the Pentagon said [[more than 11,000]] had been sent.

Gareth Lloyd-Evans, 58, spent 22 years in the Royal Welsh and six as an instructor at Dering \
Lines, the home of the battle school. Since retiring to Talybont-on-Usk he has kept in touch with \
Ukrainian officers he helped to train on the Sennybridge ranges.

"From what they tell me, the Koreans came in at first like it was 1951 - lines of men walking \
across open fields," he said. "That has changed. They fly drones now, they dig in properly. I \
reckon [[a few thousand]] are in the line at any one time, and they are getting better every week."

More than 56,000 Ukrainian recruits have been trained in the UK since 2022, some of them on the \
12,000-hectare Sennybridge training area. The Welsh Government has spent more than £40 million \
supporting around 7,700 Ukrainians who came to Wales under its super sponsor scheme.

Mr Lloyd-Evans still walks up Pen y Fan, all 886 metres of it, most Sundays. "You learn humility \
on a hill," he said. "Kim Jong Un could do with a bit of that."

A public meeting on the war, with Mr Lloyd-Evans and the local MP, takes place at Brecon Guildhall \
on Friday 28 March at 7pm. Entry is free; donations to the Usk Valley Ukraine Appeal (registered \
charity no. 1187342) are welcome.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul says': the JCS figure of Monday to publication, 'more' (increment)",
          add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'said on Monday': dispatched, 'additional' (increment)", add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "same statement: 'bringing the number … to' (new total, no increment)"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "mon..pub",
          "'the JCS estimates' (present tense, after Monday's statement): killed or wounded"),
        C("8,000", 8000, "exact", "near_front", "ukraine", "pub",
          "Syrskyi 'has said' (no date): 'of them' deployed in Kursk (breakdown)"),
        C("as many as 16,000", 16000, "at_most", "in_russia", "nato", "tue",
          "anonymous NATO official in Brussels 'on Tuesday', \"…\": rotated through Russia"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-31", "'since January, when the Pentagon said': sent"),
        C("a few thousand", None, "vague", "near_front", "other", "pub",
          "former Brecon instructor in quotes (undated): in the line at any one time"),
    ),
)

F09 = Source(
    article_id="f09_cable_morning_download_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-09-16"),
    dated_by="front_matter",
    features="US cable network's morning newsletter rewritten as prose, Markdown with front "
        "matter `date:` and a title figure (optional); 'Tuesday, September 16, 2025' dek; the "
        "lead's 'now believes' `about 2,000` dated by the next sentence (the NIS briefing 'on "
        "Monday' relayed by two lawmakers), `roughly 15,000` and `an additional 5,000` builders "
        "(increment, span without the word); 'they were told' `up to 6,000 more` (increment, "
        "planned); the USFK commander 'in April' `about 4,700` (month); Zelensky 'Sunday' "
        "“thousands”; wildfire acres and evacuees, stock futures per cent, a football score, "
        "temperatures, rescue minutes, subscription seconds",
    text="""\
---
title: "The Morning Download: Seoul counts [[2,000]] North Korean dead in Russia"
date: 2025-09-16
newsletter: The Morning Download
network: Liberty Cable News
author: Dana Whitcomb
---

# The Morning Download

*Tuesday, September 16, 2025 — what you need to know before the coffee gets cold*

Good morning. Stock futures edged up about 0.3% overnight as traders bet that the Federal Reserve, \
which begins a two-day meeting today, will cut rates for the first time this year. Here is \
everything else worth your attention.

**North Korea's toll in Russia.** South Korea's intelligence service now believes [[about 2,000]] \
North Korean soldiers have died fighting for Moscow, a sharp jump from its spring estimate. The \
National Intelligence Service shared the figure with the National Assembly's intelligence \
committee on Monday, according to two lawmakers who were in the room. The agency also believes \
Pyongyang has sent [[roughly 15,000]] troops since last October, and that an additional [[5,000]] \
military construction workers went over this summer to rebuild roads and bridges in the Kursk \
region.

The lawmakers said the agency expects a fresh rotation, too: Pyongyang could send [[up to 6,000]] \
more before winter sets in, they were told.

**Why it matters.** Those numbers are far above anything Washington has said publicly. The last \
detailed U.S. estimate came in April, when Gen. Xavier Brunson, the commander of U.S. Forces \
Korea, testified before the Senate Armed Services Committee that Pyongyang had lost [[about \
4,700]] soldiers, dead and wounded combined. A Pentagon spokesperson on Monday declined to give an \
updated figure.

**Meanwhile, in Kyiv.** In his Sunday night video message, President Volodymyr Zelensky warned \
that "[[thousands]]" of North Korean soldiers remain on Russian soil and could be thrown into a \
new offensive "at any moment." He again asked allies for more air defense systems.

**Also on our radar.** A wildfire in Northern California has burned more than 12,000 acres and \
forced about 3,400 people from their homes. Crews said late Monday it was 15% contained.

**Sports.** Philadelphia held on to beat Kansas City 20-17 in a rematch that drew the biggest \
Sunday audience of the young season.

**Weather.** Highs in the low 80s in Washington and New York; storms possible in Atlanta after 4 \
p.m.

**One more thing.** Firefighters in Dayton, Ohio, spent 90 minutes coaxing a kitten named Pretzel \
out of a storm drain. Pretzel is fine.

*You're receiving this because you signed up at lcn.example. Know someone who'd like it? \
Subscribing takes about 30 seconds.*
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "front-matter title (metadata) restating the NIS figure of Monday", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "lead 'now believes', dated by the next sentence (NIS 'on Monday', lawmakers): died"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "'The agency also believes' (same briefing): sent since last October"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "mon",
          "same sentence: 'an additional … military construction workers went over' "
          "(increment; span without the word)", add=True),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "mon",
          "'The lawmakers said … they were told' (Monday's briefing): could send 'more' "
          "(increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "united_states", "2025-04-01..2025-04-30",
          "USFK commander 'in April' before the Senate committee: killed or wounded"),
        C("thousands", None, "vague", "in_russia", "ukraine", "sun",
          "Zelensky 'In his Sunday night video message', \"…\": remain on Russian soil"),
    ),
)

F10 = Source(
    article_id="f10_tallinn_herald_spy_report_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-02-12"),
    dated_by="sidecar",
    sidecar=(
        "The Tallinn Herald",
        "https://news.tallinnherald.example/security/estonian-spy-chief-north-korea-could-send-"
        "tens-of-thousands-more-troops",
        "Estonian spy chief: North Korea could send 'tens of thousands' more troops to Russia",
    ),
    features="Estonian English-language outlet in HTML without a meta date (sidecar, Wednesday), "
        "a dataLayer script, consent bar, navigation, footer with address and phone; `<title>` "
        "figure (optional); headline 'Estonian spy chief:' “tens of thousands” more (other, "
        "Tuesday to publication, increment); Estonia's foreign intelligence chief 'on Tuesday' "
        "presenting the annual report (a third government: other), 'According to the 112-page "
        "report' `roughly 12,000` and `around 4,000 of them` (breakdown); HUR 'last week' `at "
        "least 1,000` killed in January; the NIS 'in January' `some 300` dead and `2,700` "
        "wounded (the same toll split by kind); Rutte 'last month' `more than 11,000`; Russian "
        "troops and monthly recruits, GDP share, population, weeks",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Estonian intelligence: Pyongyang ready to send '[[tens of thousands]]' more | The Tallinn \
Herald</title>
<script>dataLayer=[{"section":"news","subsection":"security","articleId":"TH-118204","paywall":"no\
ne"}];</script>
</head>
<body>
<div class="consent-bar">The Tallinn Herald stores small files on your device to count visits and \
remember your settings. <button>Fine by me</button> <button>Let me choose</button></div>
<header><div class="logo">The Tallinn Herald</div><nav><a href="/estonia">Estonia</a> <a \
href="/baltics">Baltics</a> <a href="/security">Security</a> <a href="/business">Business</a> <a \
href="/culture">Culture</a></nav></header>
<article>
<h1>Estonian spy chief: North Korea could send &lsquo;[[tens of thousands]]&rsquo; more troops to \
Russia</h1>
<p class="lead">The annual threat assessment says Pyongyang&rsquo;s first contingent has been \
badly mauled in Kursk, but that Kim Jong Un has plenty more men to offer</p>
<p>North Korea is capable of sending &ldquo;[[tens of thousands]]&rdquo; more soldiers to fight \
for Russia this year, the head of Estonia&rsquo;s Foreign Intelligence Service, Kaupo Rosin, said \
on Tuesday as he presented the agency&rsquo;s annual report in Tallinn.</p>
<p>According to the 112-page report, [[roughly 12,000]] North Korean soldiers arrived in Russia \
last autumn, and [[around 4,000]] of them have since been killed, wounded or captured. Rosin \
described the troops as &ldquo;disciplined but inexperienced&rdquo; and said they had adapted to \
drone warfare faster than Moscow expected.</p>
<p>The assessment comes as Ukrainian officials report that the North Koreans have largely vanished \
from the front line. A spokesman for Ukraine&rsquo;s special operations forces said on Friday that \
they had not been seen in combat for about three weeks. Ukraine&rsquo;s military intelligence \
agency, HUR, said last week that [[at least 1,000]] of them had been killed in January alone.</p>
<p>South Korea&rsquo;s National Intelligence Service offered a more cautious tally in January: \
[[some 300]] dead and [[2,700]] wounded.</p>
<p>NATO Secretary General Mark Rutte, speaking in Brussels last month, said Pyongyang had \
dispatched [[more than 11,000]] soldiers to Russia and warned that Moscow was paying Pyongyang \
with technology that threatens allies in Asia as well as in Europe.</p>
<p>The Estonian report estimates that Russia has around 600,000 troops committed to the war \
against Ukraine and is recruiting some 30,000 new soldiers a month. Estonia, a country of 1.37 \
million people, plans to spend 3.7 percent of its GDP on defence this year.</p>
</article>
<footer>&copy; 2025 Tallinn Herald O&Uuml; &middot; Narva mnt 13, 10151 Tallinn &middot; \
news@tallinnherald.example &middot; +372 640 1190</footer>
</body>
</html>
""",
    claims=(
        C("tens of thousands", None, "vague", "planned", "other", "tue..pub",
          "<title> (metadata) restating the intelligence chief's Tuesday figure", add=True,
          opt=True),
        C("tens of thousands", None, "vague", "planned", "other", "tue..pub",
          "headline 'Estonian spy chief:' from Tuesday's report to publication: 'more' "
          "(increment)", add=True),
        C("tens of thousands", None, "vague", "planned", "other", "tue",
          "Estonia's foreign intelligence chief 'said on Tuesday' (a third government: other): "
          "'more' (increment)", add=True),
        C("roughly 12,000", 12000, "approx", "in_russia", "other", "tue",
          "'According to the 112-page report' presented on Tuesday: arrived in Russia"),
        C("around 4,000", 4000, "approx", "casualties", "other", "tue",
          "same report, 'of them' (breakdown): killed, wounded or captured"),
        C("at least 1,000", 1000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'said last week': killed in January"),
        C("some 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'in January': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same tally: wounded (the same toll split by kind, no increment)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-01-01..2025-01-31",
          "Rutte 'speaking in Brussels last month' (January): sent to Russia"),
    ),
)

F11 = Source(
    article_id="f11_korea_chronicle_editorial_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-05"),
    dated_by="sidecar",
    sidecar=(
        "The Korea Morning Chronicle",
        "https://www.koreamorningchronicle.example/opinion/editorial/20251105000312",
        "[Editorial] The soldiers Pyongyang will not count",
    ),
    features="South Korean English daily's editorial page item in UTF-16 LE with BOM (sidecar, "
        "Wednesday); the NIS 'last week' in a closed committee session: `around 16,000` sent, "
        "`about 2,000` killed and `several thousand more` wounded (others of the same toll, no "
        "increment), 'It also warned' `roughly 6,000` builders working in Kursk and `up to "
        "5,000 more` (increment, planned); KCNA 'in late August' “hundreds” (north_korea, days "
        "21-31); Russia's ambassador 'in October' “several thousand” more builders (increment, "
        "planned); HUR 'estimates' `around 11,000` (`pub`); the editorial's own restatement "
        "'at least 2,000' (framing: optional); conscription months, US troops, won, years, "
        "defectors",
    text="""\
[Editorial] The soldiers Pyongyang will not count

A year after Kim Jong-un's troops entered Russia's war, their fate remains a state secret at home

It has been a little over a year since the first North Korean units were spotted at a training \
ground near Ussuriysk. In that time Pyongyang has gone from denying the deployment to celebrating \
it, and from silence about its dead to public mourning. What it still refuses to do is tell its \
own people how many of their sons went, and how many did not come back.

The National Intelligence Service did its best to fill that gap last week. In a closed session of \
the National Assembly's intelligence committee, the spy agency said [[around 16,000]] North Korean \
soldiers had been sent to Russia since October 2024, that [[about 2,000]] had been killed and that \
[[several thousand]] more had been wounded. It also warned that [[roughly 6,000]] engineers and \
construction troops are now working in the Kursk region, and that [[up to 5,000]] more combat \
soldiers could follow before the end of the year.

Pyongyang, for its part, has only ever offered adjectives. When the Korean Central News Agency \
first acknowledged the losses in late August, it spoke of "[[hundreds]] of heroic fighters" who \
had given their lives in the "liberation" of Kursk, and showed Kim weeping before their portraits.

Moscow has been more forthcoming, for its own reasons. Alexander Matsegora, the Kremlin's envoy to \
Pyongyang, assured an interviewer in October that "[[several thousand]]" more North Korean \
builders would arrive in Kursk by the spring. Kyiv's military intelligence agency estimates that \
[[around 11,000]] North Korean troops are still deployed along Russia's border with Ukraine.

Put plainly: [[at least 2,000]] young men have died in a war that is not theirs, for a regime that \
will not even print their names. South Korean conscripts serve 18 months; many of the North \
Koreans sent to Kursk had been in uniform for close to a decade.

None of this is an abstraction for the South. The 28,500 American troops stationed here, a defense \
budget of 66.3 trillion won next year and a ceasefire line that has held since 1953 all rest on \
the assumption that Pyongyang's army is untested. That assumption no longer holds. Its soldiers \
are learning drone warfare on a real battlefield, and Moscow is paying for the lessons.

Seoul should press its partners to make the return of North Korean prisoners held in Ukraine, and \
their right to choose where they go, part of any settlement. It should also prepare for the \
defectors of tomorrow: only 38 North Koreans reached the South in the third quarter, the fewest in \
years, but the veterans of Kursk may yet change that.
""",
    claims=(
        C("around 16,000", 16000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'last week' in a closed committee session: sent since October 2024"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same session: killed"),
        C("several thousand", None, "vague", "casualties", "south_korea", "lastweek",
          "same session: 'more had been wounded' = others of the same toll, no increment"),
        C("roughly 6,000", 6000, "approx", "near_front", "south_korea", "lastweek",
          "'It also warned' (same session): working in the Kursk region"),
        C("up to 5,000", 5000, "at_most", "planned", "south_korea", "lastweek",
          "same warning: 'more combat soldiers could follow' (increment)", add=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'in late August' (days 21-31), \"…\": gave their lives"),
        C("several thousand", None, "vague", "planned", "russia", "2025-10-01..2025-10-31",
          "the Kremlin's envoy to Pyongyang 'assured an interviewer in October': 'more' "
          "builders would arrive (increment)", add=True),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'estimates' (present tense, no date): deployed along the border"),
        C("at least 2,000", 2000, "at_least", "casualties", "unattributed", "pub",
          "the editorial's own restatement ('Put plainly:') of the NIS toll: reporter framing",
          opt=True),
    ),
)

F12 = Source(
    article_id="f12_antilles_wire_shoigu_builders_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="dateline",
    features="Caribbean wire service in Markdown, UTF-8 with BOM, front matter without a date, "
        "dated by the dateline 'PORT OF SPAIN, Trinidad, 18 June 2025 (ANS) --'; headline "
        "'Russia says' `6,000` (Shoigu's two figures added up, planned, Tuesday to "
        "publication); Shoigu 'on Tuesday' `1,000` sappers and `5,000` builders (no increment); "
        "KCNA 'on Wednesday' without a figure; the NIS 'estimated in April' `about 15,000` and "
        "`at least 4,700` 'of whom' (breakdown); Budanov 'in May' `about 11,000`; a UWI "
        "lecturer \"the first of 10,000 or more\" (other, `pub`, at_least); Cubans recruited "
        "by Russia, people prosecuted, dollars, a pay ratio, wire footer codes",
    text="""\
---
slug: ans-world-russia-nkorea-shoigu
desk: World
priority: routine
---

# Russia says North Korea will send [[6,000]] deminers and builders to Kursk

*Cuban recruits also in focus as Moscow widens its search for manpower*

PORT OF SPAIN, Trinidad, 18 June 2025 (ANS) -- Russia's Security Council secretary, Sergei Shoigu, \
said on Tuesday that North Korea would send [[1,000]] sappers and [[5,000]] military construction \
workers to help rebuild Russia's Kursk region, in the clearest sign yet that Pyongyang's role in \
the war is reaching beyond the battlefield.

Shoigu made the announcement in Pyongyang after his second meeting with Kim Jong Un in a \
fortnight, according to Russian state media. The North Korean leader had agreed to the deployment \
"in a spirit of brotherhood", Shoigu was quoted as saying. North Korea's official news agency KCNA \
confirmed the talks on Wednesday but gave no figures.

South Korea's National Intelligence Service estimated in April that Pyongyang had already sent \
[[about 15,000]] combat troops to Russia since October, of whom [[at least 4,700]] had been killed \
or wounded. Kyrylo Budanov, head of Ukraine's military intelligence, said in May that [[about \
11,000]] North Korean soldiers remained in the Kursk region and that Pyongyang was "preparing the \
next wave".

The announcement comes as attention in the region turns to Cubans serving in the Russian army. \
Ukraine's military intelligence said last month that more than 1,000 Cuban citizens had signed \
contracts with Russia's defence ministry, and Havana has acknowledged prosecuting 17 people for \
human trafficking linked to the recruitment. The monthly pay offered to recruits was reported at \
about US$2,000, more than 50 times the average state salary in Cuba.

Dr. Marcia Fontaine, who lectures on international security at the University of the West Indies \
in St. Augustine, said the builders were likely to be "the first of [[10,000 or more]]" North \
Koreans working behind Russian lines within a year. "Pyongyang is exporting labour in uniform," \
she told ANS. "Small states like ours should pay attention, because the same recruiters have been \
active in this hemisphere."

Neither Russia's embassy in Port of Spain nor Cuba's embassy responded to requests for comment.

(ANS) mf/kr 1844 GMT

-- ANS --
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia says': Shoigu's Tuesday figures added up, to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said on Tuesday' North Korea 'would send': sappers"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military construction workers (a second kind, no increment)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'estimated in April': sent since October"),
        C("at least 4,700", 4700, "at_least", "casualties", "south_korea",
          "2025-04-01..2025-04-30", "same estimate, 'of whom' (breakdown): killed or wounded"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-05-01..2025-05-31",
          "Budanov 'said in May': remained in the Kursk region"),
        C("10,000 or more", 10000, "at_least", "planned", "other", "pub",
          "UWI lecturer 'she told ANS' (undated): expected within a year"),
    ),
)

SOURCES: tuple[Source, ...] = (
    F01, F02, F03, F04, F05, F06,
    F07, F08, F09, F10, F11, F12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
