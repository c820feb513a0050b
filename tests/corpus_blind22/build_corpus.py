"""Build the TWENTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A twenty-fourth corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: an East Frisian local
paper, a Heilbronn daily, a Lower Austrian regional paper, an Upper Valais paper, a Chemnitz
daily's culture page and a Tübingen student newspaper; a Lahore daily, a Sheffield regional
paper, a Namibian daily, a Prague English-language outlet, a Bangkok English-language daily and
a Canadian business paper. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind22_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

Z01 = Source(
    article_id="z01_ostfriesland_leer_familie_sumy",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Ostfriesen-Kurier",
        "https://www.ostfriesen-kurier.example/leer/ukrainer-in-leer-sorgen-sich-um-angehoerige-"
        "in-sumy-41877.html",
        "Ukrainer in Leer sorgen sich: Washington zählt 10.000 Nordkoreaner bei Kursk",
    ),
    features="East Frisian local paper as plain text (sidecar, Wednesday) with a section line, a "
        "deck and a byline, place line 'Leer.'; a Ukrainian family from Sumy; headline "
        "'Washington zählt' from the Pentagon spokeswoman's Monday figure (Monday to "
        "publication); 'Diese Zahl nannte … am Montag' after the figure; 'ergänzte sie' range; "
        "Zelensky's evening video 'am Montag'; HUR 'gestern' with 'hieß es' after the figure; "
        "lawmakers briefed by the NIS 'in der vergangenen Woche' 'hinterherschicken' (vague "
        "increment); an Oldenburg political scientist (other, `pub`); refugees in the district, "
        "aid transports, tonnes, kilometres, ages, civilians killed in Sumy, phone number",
    text="""\
Leer / Politik

Ukrainer in Leer sorgen sich: Washington zählt [[10.000]] Nordkoreaner bei Kursk

Familie Kowalenko stammt aus Sumy, gut 40 Kilometer von der russischen Grenze entfernt. Seit \
Pjöngjang Soldaten schickt, klingelt abends öfter das Telefon.

Von Hauke Janssen

Leer. Wenn Olena Kowalenko abends mit ihrer Mutter in Sumy telefoniert, dauert das Gespräch \
selten länger als zehn Minuten, zu oft heulen dort die Sirenen. In den vergangenen Tagen ging es \
fast nur noch um ein Thema: die Soldaten aus Nordkorea, die jenseits der Grenze im russischen \
Gebiet Kursk zusammengezogen werden. „Meine Mutter fragt, ob sie jetzt doch zu uns nach \
Ostfriesland kommen soll“, erzählt die 41-Jährige in der kleinen Küche an der Heisfelder Straße, \
wo sie seit März 2022 mit ihren beiden Söhnen wohnt.

Die Sorge ist begründet. Nach Erkenntnissen des US-Verteidigungsministeriums befinden sich \
inzwischen [[rund 10.000]] nordkoreanische Soldaten in der Region Kursk. Diese Zahl nannte \
Pentagon-Sprecherin Sabrina Singh am Montag in Washington. Man müsse davon ausgehen, dass Moskau \
die Männer „in den kommenden Tagen“ in Gefechte schicke. Insgesamt habe Pjöngjang [[11.000 bis \
12.000]] Mann nach Russland gebracht, ergänzte sie; ein Teil davon sei noch in Lagern im Osten \
des Landes.

Kiew nennt eine noch höhere Zahl. Präsident Wolodymyr Selenskyj sprach in seiner Videobotschaft \
am Montag von [[11.000]] Nordkoreanern, die bereits in Kursk stünden. Der ukrainische \
Militärgeheimdienst HUR meldete gestern die ersten Gefechte mit kleineren nordkoreanischen \
Einheiten. Daran seien [[mehrere hundert]] Mann beteiligt gewesen, hieß es.

Seoul rechnet mit Nachschub. Abgeordnete, die der südkoreanische Geheimdienst NIS in der \
vergangenen Woche unterrichtet hatte, berichteten, Machthaber Kim Jong Un werde bis Jahresende \
wohl noch [[einige tausend]] Soldaten hinterherschicken. Ob auch diese an die Front kämen, sei \
offen.

Der Oldenburger Politikwissenschaftler Frerk Ubbens hält es für denkbar, dass am Ende [[bis zu \
20.000]] Nordkoreaner in Russland stehen. „Für Moskau ist das eine billige Reserve, für Kim eine \
Einnahmequelle“, sagt er. Nordkoreas Streitkräfte umfassen nach westlichen Schätzungen weit mehr \
als eine Million Mann.

Im Landkreis Leer leben derzeit etwa 900 Geflüchtete aus der Ukraine. Der Verein „Ostfriesland \
hilft Ukraine“ hat seit Kriegsbeginn 37 Hilfstransporte auf den Weg gebracht, der nächste Lkw mit \
14 Tonnen Winterkleidung und Stromaggregaten soll am 16. November starten. Bis Sumy sind es gut \
2.300 Kilometer.

Olena Kowalenko hat ihrer Mutter ein Zimmer angeboten. Die 68-Jährige will trotzdem bleiben. „Sie \
sagt, in ihrem Alter zieht man nicht mehr um“, sagt die Tochter. Am vergangenen Wochenende seien \
in Sumy bei einem Drohnenangriff drei Zivilisten getötet worden.

Spendenkonto und Kontakt: Ostfriesland hilft Ukraine e.V., Telefon 0491 555 2187.
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Washington zählt': the Pentagon spokeswoman's Monday figure of the body "
          "(Monday to publication): in the Kursk region"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "'Nach Erkenntnissen des US-Verteidigungsministeriums', dated by the next sentence "
          "('Diese Zahl nannte … am Montag'): in the Kursk region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same briefing, 'ergänzte sie' after the figure: brought to Russia in all"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky's video message 'am Montag': already in Kursk"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "yday",
          "HUR 'meldete gestern', Konjunktiv carried, 'hieß es' after the figure: in the first "
          "clashes"),
        C("einige tausend", None, "vague", "planned", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'in der vergangenen Woche': 'noch … hinterherschicken' "
          "(increment)", add=True),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Oldenburg political scientist, 'hält es für denkbar' (present tense, no date): the "
          "total there might be in the end"),
    ),
)

Z02 = Source(
    article_id="z02_heilbronn_gefangene_kursk_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-14"),
    dated_by="html_meta", crlf=True,
    features="Heilbronn daily's politics page in HTML, windows-1252 with CRLF (raw „“ – € ·), "
        "`article:published_time` and `article:modified_time` with +01:00, a data-layer script "
        "with a character count, a privacy layer with third parties and a weekly price, "
        "navigation with `&middot;`, a byline with '14.01.2025'; `<title>` figure (optional); "
        "headline with two figures ('Seoul zählt' 300 from the NIS Monday briefing, the number "
        "word `zwei` from Zelensky's Saturday); a lawmaker passing on the NIS figures 'am Montag' "
        "after them (`rund 300`, `2.700` wounded: not an increment) and 'demnach' carrying the "
        "total; 'Anfang Januar' and 'Ende Dezember'; a local MP on the defence committee 'sagte "
        "er unserer Zeitung' 'als Ersatz' (vague increment, other, `pub`); the Kremlin without a "
        "figure; Russian losses a day, Ukrainians in Heilbronn, tonnes, ambulances, address and "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Seoul: [[300]] Nordkoreaner in Kursk gefallen | Neckarbote</title>
<meta property="og:site_name" content="Heilbronner Neckarbote">
<meta property="article:published_time" content="2025-01-14T06:30:00+01:00">
<meta property="article:modified_time" content="2025-01-14T09:12:00+01:00">
<script>var nbLayer={ressort:"politik",artikelId:"nb-1180452",zeichen:3890,plus:false};</script>
</head>
<body>
<div id="privacy-layer">Damit wir Inhalte und Werbung passend ausspielen können, setzen wir und \
97 Drittanbieter Technologien wie Cookies ein. Ihre Auswahl können Sie unten im Menü \
„Privatsphäre“ anpassen. <button>Alles klar</button> <button>Ohne Werbetracking lesen – 2,49 € \
pro Woche</button></div>
<nav><a href="/">Start</a> &middot; <a href="/region">Region</a> &middot; <a \
href="/politik">Politik</a> &middot; <a href="/sport">Sport</a> &middot; <a \
href="/kultur">Kultur</a></nav>
<article>
<p class="dachzeile">Krieg gegen die Ukraine</p>
<h1>Seoul zählt [[300]] tote Nordkoreaner – Kiew verhört [[zwei]] Gefangene</h1>
<p class="autor">Von Miriam Schäfer · 14.01.2025, 06:30 Uhr</p>
<p><strong>Heilbronn/Seoul.</strong> Zum ersten Mal hat Südkorea eine Zahl zu den Verlusten \
genannt, die Nordkoreas Armee im Krieg gegen die Ukraine erlitten hat. Der Geheimdienst NIS \
schätzt, dass im russischen Gebiet Kursk [[rund 300]] nordkoreanische Soldaten getötet und \
[[2.700]] verwundet worden sind. So gab es der Abgeordnete Han Ji-soo am Montag nach einer nicht \
öffentlichen Sitzung des Geheimdienstausschusses in Seoul wieder. Die Soldaten hätten offenbar \
Befehl, sich keinesfalls lebend fangen zu lassen, berichtete Han weiter. Insgesamt halten sich \
demnach [[etwa 11.000]] Nordkoreaner in Russland auf.</p>
<p>Am Samstag hatte Präsident Wolodymyr Selenskyj mitgeteilt, ukrainische Truppen hätten in Kursk \
[[zwei]] nordkoreanische Soldaten lebend gefangen genommen. Die beiden Verwundeten werden in Kiew \
vom Geheimdienst SBU befragt; einer gab nach Angaben der Vernehmer an, man habe ihm eine Übung in \
Russland angekündigt, keinen Krieg.</p>
<p>Kiew selbst setzt die Verluste weit höher an. Schon Anfang Januar hatte Selenskyj die Zahl der \
getöteten und verwundeten Nordkoreaner mit [[3.800]] beziffert. Washington hatte Ende Dezember \
gemeldet, allein in einer Woche seien [[mehr als 1.000]] Nordkoreaner getötet oder verletzt \
worden.</p>
<h2>Abgeordneter rechnet mit Nachschub</h2>
<p>Der Heilbronner CDU-Bundestagsabgeordnete Tobias Reuschle, Mitglied im Verteidigungsausschuss, \
hält die Angaben aus Seoul für eher vorsichtig. Er gehe davon aus, dass Kim im Frühjahr [[mehrere \
tausend]] Mann als Ersatz nach Russland schicke, sagte er unserer Zeitung. „Nordkorea lässt sich \
jeden Soldaten von Moskau bezahlen, mit Devisen, Öl und Militärtechnik.“</p>
<p>Der Kreml wies Fragen nach nordkoreanischen Soldaten am Montag erneut zurück. Die eigenen \
Verluste beziffert das britische Verteidigungsministerium derzeit auf im Schnitt mehr als 1.500 \
Tote und Verwundete am Tag.</p>
<p>In Heilbronn leben rund 2.100 Menschen aus der Ukraine. Die Initiative „Heilbronn hilft \
Charkiw“ schickt an diesem Samstag ihren 23. Transport los, mit 18 Tonnen Hilfsgütern und zwei \
gebrauchten Krankenwagen aus dem Landkreis.</p>
</article>
<footer>© 2025 Neckarbote Medien GmbH · Allee 12, 74072 Heilbronn · Abo-Service 07131 555 \
410</footer>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the NIS figure of Monday's briefing", opt=True),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the NIS figure passed on by a lawmaker on Monday, to "
          "publication: dead"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline number word: the prisoners Zelensky announced on Saturday, to publication"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'schätzt', dated by the next sentence ('So gab es der Abgeordnete … am Montag "
          "wieder'): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the same count split by kind, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'demnach' carries the lawmaker's Monday briefing: in Russia"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "number word: captured, Zelensky 'Am Samstag'"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar' (days 1-10): killed and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "the US government 'Ende Dezember' (days 21-31): dead and wounded in one week"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Heilbronn MP to the paper, no date ('im Frühjahr' is the event): 'als Ersatz' "
          "(increment)", add=True),
    ),
)

Z03 = Source(
    article_id="z03_noe_militaerakademie_vortrag_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-26"),
    dated_by="sidecar",
    sidecar=(
        "NÖ Landbote",
        "https://www.noe-landbote.example/wiener-neustadt/oberst-kims-soldaten-kommen-wieder-"
        "2290417",
        "Oberst in Wiener Neustadt: Kims Soldaten kommen wieder",
    ),
    features="Lower Austrian regional paper in Markdown, ISO-8859-1 with straight quotes, front "
        "matter without a date (sidecar, Wednesday); 'Jänner', 'Feber', 'heuer'; a Bundesheer "
        "colonel's lecture at the military academy 'am Montagabend' (other, that Monday: a range "
        "'Nach seiner Einschätzung' and 'Heuer werde … bis zu 10.000 weitere … schätzt er': "
        "increment); the SSO spokesman 'vergangene Woche' (casualties first, then 'entsandt "
        "habe Pjöngjang insgesamt' in Konjunktiv); NIS 'im Jänner' (month); Yonhap 'unter "
        "Berufung auf Militärkreise in Seoul' without a date 'als Verstärkung' (X citing Y, "
        "increment, `pub`); Rutte 'Anfang Feber' in Warsaw (nato); listeners, founding year, "
        "budget in euros, dollars, lecture date and time",
    text="""\
---
title: "Oberst in Wiener Neustadt: Kims Soldaten kommen wieder"
ressort: Wiener Neustadt
autor: Markus Hollerer
---

# "Die Nordkoreaner kommen wieder"

**Seit Mitte Feber sind Kims Soldaten an der Kursk-Front nicht mehr gesehen worden. Ein \
Bundesheer-Oberst erklärte an der Militärakademie, warum er das nur für eine Pause hält.**

Wiener Neustadt. Der Saal in der Burg war bis auf den letzten Platz besetzt, als Oberst Wolfgang \
Prandstätter am Montagabend ans Pult trat. Rund 260 Zuhörerinnen und Zuhörer, darunter viele \
Fähnriche der Theresianischen Militärakademie, wollten wissen, was es mit den nordkoreanischen \
Soldaten in Russland auf sich hat. Die Antwort des Offiziers vom Institut für Strategie und \
Sicherheitspolitik: "Wir sehen gerade keinen Rückzug, sondern eine Umgruppierung."

Tatsächlich melden ukrainische Stellen seit gut zwei Wochen keine Gefechte mit Nordkoreanern \
mehr. Die Einheiten seien nach schweren Verlusten aus der vordersten Linie genommen worden, sagte \
ein Sprecher der ukrainischen Spezialeinsatzkräfte vergangene Woche. Er bezifferte die Zahl der \
Gefallenen und Verletzten auf [[rund 4.000]]; entsandt habe Pjöngjang insgesamt [[etwa 11.000]] \
Soldaten.

Südkoreas Geheimdienst NIS war im Jänner noch von [[etwa 3.000]] Toten und Verwundeten \
ausgegangen. Mitte Feber bestätigte der Dienst dann den Abzug von der Front, ohne neue Zahlen zu \
nennen.

## "Für Kim ist das ein Geschäft"

Prandstätter hält beide Angaben für plausibel. "Die Nordkoreaner sind in dichten Gruppen über \
verschneite Felder vorgegangen, die ukrainischen Drohnen hatten leichtes Spiel", sagte er. Nach \
seiner Einschätzung stehen derzeit noch [[6.000 bis 7.000]] nordkoreanische Soldaten in Russland, \
der Großteil davon in Lagern weit hinter der Front. Heuer werde Pjöngjang [[bis zu 10.000]] \
weitere Männer schicken, schätzt er. Das Regime verdiene an dem Einsatz nach Berechnungen \
südkoreanischer Institute mehrere hundert Millionen Dollar im Jahr.

Die südkoreanische Nachrichtenagentur Yonhap berichtete unterdessen unter Berufung auf \
Militärkreise in Seoul, in Ausbildungslagern im Fernen Osten Russlands würden bereits [[rund \
1.500]] Mann als Verstärkung gedrillt.

Auch die Nato rechnet mit einer Rückkehr. Generalsekretär Mark Rutte hatte Anfang Feber bei einem \
Besuch in Warschau von "[[mehr als 11.000]]" Nordkoreanern gesprochen, die Russland mit ihrem \
Einsatz unterstützten.

Die 1751 gegründete Militärakademie bildet derzeit rund 400 Offiziersanwärter aus. Dem \
Verteidigungsressort stehen heuer knapp 4,3 Milliarden Euro zur Verfügung. Die Vortragsreihe wird \
am 24. März um 18.30 Uhr fortgesetzt, der Eintritt ist frei.
""",
    claims=(
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "SSO spokesman 'vergangene Woche', 'Er bezifferte … auf': killed and wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "lastweek",
          "same statement, Konjunktiv 'entsandt habe Pjöngjang insgesamt': sent"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'im Jänner' (month window): dead and wounded"),
        C("6.000 bis 7.000", None, "range", "in_russia", "other", "mon",
          "Bundesheer colonel at the academy lecture 'am Montagabend' (the event dates him): "
          "still in Russia, mostly in camps behind the front"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "mon",
          "same lecture, 'Heuer werde … weitere … schätzt er' (increment; 'heuer' is the event)",
          add=True),
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "pub",
          "Yonhap 'unter Berufung auf Militärkreise in Seoul' (X citing Y: the military's group), "
          "no date: training in the Far East 'als Verstärkung' (increment)", add=True),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "2025-02-01..2025-02-10",
          "Rutte 'Anfang Feber' in Warsaw (days 1-10): supporting Russia"),
    ),
)

Z04 = Source(
    article_id="z04_oberwallis_gestaendnis_pjoengjang",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-05-02"),
    dated_by="dateline", crlf=True,
    features="Upper Valais paper's foreign page, UTF-16 LE with BOM and CRLF, Swiss conventions "
        "(`ss`, «», `15'000`, 4-digit `4700`/`3000`/`1000`/`8000`); dated by the dateline "
        "'Visp, 2. Mai 2025 –' (Friday); headline 'Seoul schätzt' from the NIS Wednesday figures "
        "(to publication); Gerasimov 'Am Samstag' «Mehrere tausend» in the next sentence "
        "'sagte er im Staatsfernsehen' (russia); KCNA without a figure; the NIS total "
        "and casualties with the date at the end of the next sentence ('teilte der Dienst am "
        "Mittwoch … mit') and 'darunter rund 600' (breakdown); HUR 'am Donnerstag'; a Geneva "
        "security expert from Naters (other, `pub`) with «über 1000» and 'nochmals 8000' "
        "(increment); Russian losses, Swiss reconstruction money in francs, refugees with "
        "status S, age, year, page number",
    text="""\
Ausland

Pjöngjang gibt Kampfeinsatz zu – Seoul schätzt [[4700]] Tote und Verletzte

Nach Moskau bestätigt nun auch Nordkorea, dass seine Soldaten im Gebiet Kursk gekämpft haben. Ein \
Sicherheitsexperte aus Naters ordnet das doppelte Eingeständnis ein.

Visp, 2. Mai 2025 – Monatelang hatten Moskau und Pjöngjang geschwiegen, nun ging alles sehr \
schnell. Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow das Gebiet Kursk \
für vollständig befreit und lobte dabei ausdrücklich die «koreanischen Kameraden». [[Mehrere \
tausend]] von ihnen hätten Schulter an Schulter mit russischen Einheiten gekämpft, sagte er im \
Staatsfernsehen. Am Montag zog Pjöngjang nach. Kims Einheiten hätten auf dessen persönliche \
Anordnung gehandelt, um «die Souveränität des Bruderlandes» zu schützen, verbreitete die \
Staatsagentur KCNA. Zahlen nannte sie keine.

Umso genauer sind die Angaben aus Seoul. Der südkoreanische Nachrichtendienst NIS geht davon aus, \
dass Nordkorea bisher [[rund 15'000]] Soldaten nach Russland geschickt hat. [[Etwa 4700]] seien \
getötet oder verwundet worden, darunter [[rund 600]] Gefallene, teilte der Dienst am Mittwoch den \
Abgeordneten der zuständigen Kommission mit.

Kiew äussert sich zurückhaltender. Der ukrainische Militärgeheimdienst HUR hielt am Donnerstag \
fest, im russischen Grenzgebiet befänden sich nach wie vor [[rund 3000]] Nordkoreaner, vor allem \
Artilleristen und Drohnenpiloten. Russland selbst verliert nach ukrainischer Zählung derzeit mehr \
als 1200 Soldaten pro Tag.

«Beide sind stolz darauf»

Für Beat Imboden ist das doppelte Eingeständnis eine Zäsur. Der 52-Jährige aus Naters forscht am \
Genfer Zentrum für Sicherheitspolitik zu Nordostasien. «Jahrelang hat man alles abgestritten, \
jetzt sagen beide Regime offen, was alle wussten – und sie sind stolz darauf», sagt er im \
Gespräch mit dieser Zeitung. Die Verlustzahlen aus Seoul hält er für zu tief: «Ich gehe von \
[[über 1000]] Gefallenen aus.» Und er erwartet, dass Kim vor dem Winter nochmals [[8000]] Mann \
schickt, «diesmal wohl für den Wiederaufbau im Grenzgebiet».

Der Bund will sich bis 2036 mit 5 Milliarden Franken am ukrainischen Wiederaufbau beteiligen. Im \
Oberwallis leben derzeit rund 450 Geflüchtete aus der Ukraine mit Schutzstatus S, viele davon in \
Visp und Brig-Glis.

Seite 7 | Oberwalliser Anzeiger
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul schätzt': the NIS figure of the body (Wednesday) to publication: dead "
          "and wounded"),
        C("Mehrere tausend", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Am Samstag', the figure in the next sentence ('sagte er im "
          "Staatsfernsehen'): fought alongside Russian units"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'geht davon aus', dated at the end of the next sentence ('teilte der Dienst am "
          "Mittwoch … mit'): sent"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same statement: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter … Gefallene' (a breakdown, not an increment): dead"),
        C("rund 3000", 3000, "approx", "near_front", "ukraine", "thu",
          "HUR 'hielt am Donnerstag fest': still in the Russian border region"),
        C("über 1000", 1000, "at_least", "casualties", "other", "pub",
          "Geneva security expert from Naters, «…» in an undated interview ('sagt er'): dead"),
        C("8000", 8000, "exact", "planned", "other", "pub",
          "same expert 'erwartet': 'nochmals … schickt' (increment; 'vor dem Winter' is the "
          "event)", add=True),
    ),
)

Z05 = Source(
    article_id="z05_chemnitz_malerin_charkiw_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-17"),
    dated_by="sidecar",
    sidecar=(
        "Chemnitzer Tageskurier",
        "https://www.chemnitzer-tageskurier.example/kultur/malerin-aus-charkiw-zeigt-kims-"
        "soldaten-88412",
        "„Ich male, was die Drohnen sehen“",
    ),
    features="Chemnitz daily's culture page in HTML, UTF-8, no meta date (sidecar, Wednesday), "
        "a data-layer script, a consent box with service providers, navigation; `og:title` "
        "figure (optional); headline without a figure; teaser 'Südkorea geht inzwischen von … "
        "aus' from the NIS figures given 'Anfang September' (to publication); the NIS dead, "
        "total and 'Dazu kommen … rund 5.000 Bausoldaten' in the border region (increment); HUR "
        "'Nach Darstellung' without a date; North Korean state TV 'Ende August' with "
        "«Dutzenden» portraits (north_korea, vague); a Duma committee chairman 'vergangene "
        "Woche' «Tausende» (russia); an exhibition (works, dates, opening hours, euros), a "
        "painter's age, drones over Kharkiv (`Dutzenden Drohnen`: not a claim), Ukrainians in "
        "Chemnitz, phone number",
    text="""\
<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Malerin aus Charkiw stellt in Chemnitz aus | Tageskurier</title>
<meta property="og:title" content="Seoul geht von [[2.000]] gefallenen Nordkoreanern aus – eine \
Malerin aus Charkiw malt den Krieg">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>dataLayer=[{rubrik:"kultur",stadt:"chemnitz",paywall:"metered",freiArtikel:3}];</script>
</head>
<body>
<div class="consent-box"><p>Wir möchten Ihnen das Lesen angenehmer machen und verwenden dafür \
Cookies, gemeinsam mit 61 Dienstleistern. Ihre Wahl lässt sich jederzeit unter „Privatsphäre“ \
ändern.</p><button>Einverstanden</button><button>Nur notwendige</button></div>
<header><a href="/">Tageskurier</a> | <a href="/chemnitz">Chemnitz</a> | <a \
href="/erzgebirge">Erzgebirge</a> | <a href="/kultur">Kultur</a> | <a \
href="/welt">Welt</a></header>
<main>
<h1>„Ich male, was die Drohnen sehen“</h1>
<p class="teaser">Die Malerin Iryna Bondar aus Charkiw zeigt im Kulturhauptstadtjahr Bilder von \
der Front. Neuerdings malt sie auch Kims Soldaten – Südkorea geht inzwischen von [[etwa 2.000]] \
gefallenen Nordkoreanern aus.</p>
<p class="byline">Von Sven Weißflog</p>
<p>Chemnitz. Die Bilder hängen dicht an dicht: zerschossene Dörfer, ein Acker voller Trichter, \
ein Soldat, der im Schnee kauert. Iryna Bondar hat sie in den vergangenen zwei Jahren gemalt, 42 \
Arbeiten sind ab Freitag in der Galerie am Brühl zu sehen. Eine Serie hat die 34-Jährige „Gäste \
aus dem Osten“ genannt. Sie zeigt junge Männer in zu großen russischen Uniformen – Nordkoreaner, \
wie Bondar sie auf Drohnenvideos aus dem Gebiet Kursk gesehen hat.</p>
<p>Wie viele von ihnen nicht heimkehren, weiß niemand genau. Der südkoreanische Geheimdienst NIS \
hatte Anfang September vor Abgeordneten in Seoul erklärt, [[rund 2.000]] der nach Russland \
entsandten Soldaten seien ums Leben gekommen. Entsandt habe Pjöngjang [[etwa 15.000]] \
Kampfsoldaten. Dazu kommen nach NIS-Angaben [[rund 5.000]] Bausoldaten, die im Grenzgebiet Kursk \
beim Wiederaufbau zerstörter Brücken und Straßen helfen.</p>
<p>Kiew nennt deutlich höhere Zahlen. Nach Darstellung des ukrainischen Militärgeheimdienstes HUR \
sind [[mindestens 6.000]] Nordkoreaner getötet oder verwundet worden. Und Machthaber Kim Jong Un \
hat die Verluste inzwischen selbst eingeräumt: Ende August empfing er in Pjöngjang Angehörige der \
Gefallenen, das Staatsfernsehen zeigte ihn vor einer Wand mit [[Dutzenden]] Porträts toter \
Soldaten. In Moskau sprach der Vorsitzende des Verteidigungsausschusses der Duma vergangene Woche \
von „[[Tausenden]] koreanischen Freunden“, die bei der Befreiung von Kursk geholfen hätten.</p>
<p>Bondar kennt solche Bilder von zu Hause. Charkiw wurde auch in diesem Monat wieder mit \
Dutzenden Drohnen angegriffen, ihre Eltern leben noch dort. „Ich male, was die Drohnen sehen, \
weil ich es nicht vergessen will“, sagt sie. Seit 2023 wohnt sie mit ihrer Tochter im Chemnitzer \
Stadtteil Kaßberg.</p>
<p>Die Ausstellung „Gäste aus dem Osten“ läuft bis 26. Oktober, Dienstag bis Sonntag 11 bis 18 \
Uhr, Eintritt 6 Euro, ermäßigt 4 Euro. In Chemnitz leben derzeit rund 3.400 Menschen aus der \
Ukraine.</p>
</main>
<footer><p>© 2025 Chemnitzer Tageskurier · Impressum · Datenschutz · Leserservice 0371 555 \
6620</p></footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "og:title (metadata) restating the NIS figure given 'Anfang September'", opt=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "teaser 'Südkorea geht inzwischen von … aus': the NIS figure of the body ('Anfang "
          "September') to publication: dead"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September vor Abgeordneten' (days 1-10): dead"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same statement, Konjunktiv: combat soldiers sent"),
        C("rund 5.000", 5000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "'Dazu kommen nach NIS-Angaben' (increment): builders in the Kursk border region",
          add=True),
        C("mindestens 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'Nach Darstellung' without a date: killed or wounded"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state TV 'Ende August': portraits of dead soldiers"),
        C("Tausenden", None, "vague", "near_front", "russia", "lastweek",
          "Duma defence committee chairman 'vergangene Woche' „…“: helped to retake Kursk"),
    ),
)

Z06 = Source(
    article_id="z06_campusblatt_koreanistik_vortrag_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-12"),
    dated_by="front_matter",
    features="Tübingen student newspaper in Markdown, UTF-8 with BOM, front matter with `date:` "
        "and a title without a figure, the author's semester in the byline; italic deck without "
        "a figure; a visiting Seoul scholar's Monday evening lecture (other, that Monday): "
        "'Zwischen 20.000 und 25.000' sentence-initial in Konjunktiv with 'sagt Seo' after it; "
        "the NIS 'Anfang November' (two figures, `knapp 2.000`); HUR 'Ende Oktober'; Kyiv "
        "'Bereits im Sommer' `bis zu 30.000 zusätzliche` (summer window, increment); NATO's "
        "press office answering the paper 'am Freitag' „mehrere tausend“; the paper's own "
        "addition ('kommt die Redaktion auf', unattributed, required); lecture hall seats, "
        "student numbers, semester fee in euros, room and time",
    text="""\
---
title: "Ein Jahr Kursk: Was Kims Soldaten in Russland über Nordkorea verraten"
date: 2025-11-12
ressort: Campus & Welt
autorin: Lea Nguyen (Politikwissenschaft, 5. Semester)
---

# Ein Jahr Kursk: Was Kims Soldaten über Nordkorea verraten

*Beim Abendvortrag der Koreanistik blieb im Kupferbau kaum ein Platz frei. Die Gastdozentin aus \
Seoul erklärte, warum der Einsatz in Russland auch Europa angeht.*

Montagabend, Hörsaal 22 im Kupferbau, 18 Uhr c.t.: Eigentlich ist der Raum für 200 Leute gedacht, \
doch einige sitzen auf den Treppenstufen. Dr. Seo Min-ji von der Ewha-Frauenuniversität in Seoul \
lehrt in diesem Wintersemester als Gastdozentin am Tübinger Institut für Koreanistik. Ihr Vortrag \
beginnt mit einer Zahl.

[[Zwischen 20.000 und 25.000]] nordkoreanische Soldaten und uniformierte Bauarbeiter seien seit \
Oktober 2024 nach Russland gegangen, sagt Seo. „Das sind mehr Kampftruppen, als manche \
europäische Armee überhaupt einsatzbereit hat.“ Sie stützt sich dabei auf Angaben aus Seoul, Kiew \
und Washington und auf Satellitenbilder von Ausbildungslagern.

Die jüngsten Zahlen kommen vom südkoreanischen Geheimdienst NIS. Der hatte Anfang November \
berichtet, dass derzeit [[rund 10.000]] Nordkoreaner im Grenzgebiet zur Ukraine stationiert \
seien, die meisten davon in Kursk. Die Zahl der Gefallenen bezifferte der Dienst auf [[knapp \
2.000]].

Die ukrainische Seite spricht von weit höheren Verlusten. Der Militärgeheimdienst HUR hatte Ende \
Oktober [[mehr als 6.000]] Tote und Verletzte gemeldet. Bereits im Sommer hatte Kiew gewarnt, \
Pjöngjang könne [[bis zu 30.000]] zusätzliche Soldaten nach Russland schicken.

## Die Nato schaut genau hin

Auf Anfrage des Campusblatts teilte die Pressestelle der Nato in Brüssel am Freitag mit, man \
beobachte weiterhin „[[mehrere tausend]] nordkoreanische Soldaten“, die an der Front auf \
russischer Seite eingesetzt würden. Zu genaueren Zahlen äußere man sich nicht.

Wir haben nachgerechnet: Addiert man alle öffentlich genannten Kontingente seit Herbst 2024, \
kommt die Redaktion auf [[17.000 bis 21.000]] Nordkoreaner, die nach Russland geschickt wurden – \
die Bautrupps mitgezählt.

Für Kim sei der Einsatz Geschäft und Manöver zugleich, sagte Seo. „Seine Offiziere lernen gerade \
den Drohnenkrieg, den keine andere Armee in Asien kennt.“ Eine Studentin aus Kiew wollte wissen, \
ob Nordkorea auch in der Ukraine selbst kämpfen werde. Seo zögerte: „Ausschließen kann das \
niemand.“

Die Koreanistik zählt derzeit rund 300 Studierende, der Semesterbeitrag liegt bei 170 Euro. Der \
nächste Gastvortrag der Reihe folgt am 26. November, Raum 037, 18 Uhr c.t.
""",
    claims=(
        C("Zwischen 20.000 und 25.000", None, "range", "in_russia", "other", "mon",
          "visiting Seoul scholar at the Monday evening lecture ('sagt Seo' after the "
          "Konjunktiv; the event dates her): soldiers and builders gone to Russia"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "NIS 'Anfang November' (days 1-10): stationed in the border region"),
        C("knapp 2.000", 2000, "approx", "casualties", "south_korea", "2025-11-01..2025-11-10",
          "same NIS report ('bezifferte der Dienst'): dead"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-10-21..2025-10-31",
          "HUR 'Ende Oktober' (days 21-31): dead and wounded"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-06-01..2025-08-31",
          "Kyiv 'Bereits im Sommer' (season: June-August): 'zusätzliche' (increment)", add=True),
        C("mehrere tausend", None, "vague", "near_front", "nato", "fri",
          "NATO's press office answering the paper 'am Freitag' „…“: deployed at the front"),
        C("17.000 bis 21.000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own addition ('kommt die Redaktion auf'): unattributed, required; sent"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Pakistan, Yorkshire, Namibia, Prague, Bangkok, Canada)
# ---------------------------------------------------------------------------------------------

Z07 = Source(
    article_id="z07_lahore_daily_shoigu_builders_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="html_meta",
    features="Lahore daily's foreign desk in HTML, UTF-8 with BOM (`article:published_time` with "
        "+05:00, a top bar 'Thursday, June 19, 2025' with an e-paper price in rupees, an ad "
        "script and a settings script with a reading time, a cookie notice, navigation, a "
        "footer with an address and phone number, `&middot;`/`&nbsp;` entities); `<title>` "
        "figure (optional); headline ', Shoigu says' 6,000 from Tuesday's announcement (to "
        "publication), the sum of the body's `1,000` and `5,000` (planned, not increments); "
        "'Mr Shoigu, the former defence minister who now runs Russia's Security Council'; the "
        "NIS 'estimated in April' (two figures); HUR 'last week' 'had passed 5,000' (at_least) "
        "and 'tens of thousands of additional troops' (vague increment); the Pentagon 'had put "
        "… at' 'in January'; a Lahore strategic-studies scholar's quote with 'he said' "
        "(other, `pub`); the State Department without a figure; square kilometres of the "
        "incursion, drones shot down",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korea to send [[6,000]] sappers and builders to Kursk | The Lahore Ledger</title>
<meta property="article:published_time" content="2025-06-19T07:40:00+05:00">
<meta property="article:section" content="World">
<meta name="author" content="Ayesha Qureshi">
<script async src="/js/ads-lite.js"></script>
<script>var LL={edition:"lahore",section:"world",readTime:"4 min"};</script>
</head>
<body>
<div class="topbar">Thursday, June 19, 2025 &nbsp;|&nbsp; E-Paper &nbsp;|&nbsp; Rs 40</div>
<div id="cookie-note">Our website keeps small files on your device to count visits and tailor \
advertising. Carry on reading if that suits you, or <a href="/settings">change your \
settings</a>.</div>
<nav><a href="/">Home</a> <a href="/pakistan">Pakistan</a> <a href="/world">World</a> <a \
href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav>
<article>
<h1>Pyongyang to send [[6,000]] sappers and builders to Kursk, Shoigu says</h1>
<p class="byline">Ayesha Qureshi &middot; Foreign Desk</p>
<p>MOSCOW/LAHORE: Pyongyang is to provide Russia with [[1,000]] sappers for demining and \
[[5,000]] uniformed construction troops for the Kursk region, Sergei Shoigu announced after talks \
with Kim Jong Un in Pyongyang on Tuesday, the latest sign that the partnership between the two \
heavily sanctioned states keeps deepening.</p>
<p>Mr Shoigu, the former defence minister who now runs Russia’s Security Council, told state \
television that the sappers would clear fields mined during last year’s Ukrainian incursion, \
while the builders would restore roads, bridges and houses wrecked in the fighting. He called the \
deployment “a gesture of brotherly help”. At the height of their advance last August, Ukrainian \
forces held some 1,300 square kilometres of the region.</p>
<p>Pyongyang already has a large contingent in Russia. South Korea’s National Intelligence \
Service estimated in April that [[around 15,000]] North Korean soldiers had been sent since last \
autumn, and that [[some 4,700]] of them had been killed or wounded.</p>
<p>Kyiv says the true toll is higher. Ukraine’s military intelligence said last week that North \
Korean casualties had passed [[5,000]], and warned that Moscow was pressing Pyongyang for [[tens \
of thousands]] of additional troops for a summer offensive. The Pentagon had put the number of \
North Koreans in Russia at [[more than 11,000]] in January.</p>
<p>In Washington, the State Department said on Wednesday it was “deeply concerned” by the \
announcement but gave no estimate of its own. Russia’s defence ministry, meanwhile, said its air \
defences had shot down 96 Ukrainian drones overnight.</p>
<p>Dr Farhan Siddiqui of the Lahore School of Strategic Studies said the pledge could be only a \
first step. “If the builders are followed by more infantry, we could see [[as many as 30,000]] \
North Koreans in Russia by the end of the year,” he said. “For Kim, every soldier abroad is hard \
currency.”</p>
<p>Pakistan, which keeps an embassy in Pyongyang, has not commented on the deployment.</p>
</article>
<footer>© 2025 The Lahore Ledger &middot; 42 Davis Road, Lahore &middot; Tel 042-555-0142</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating Shoigu's Tuesday announcement", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline ', Shoigu says': the sum of the body's 1,000 and 5,000 (Tuesday to "
          "publication), not an increment"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'announced after talks … on Tuesday': deminers to be sent"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: uniformed construction troops to be sent"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'estimated in April': sent since last autumn"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate, 'of them': killed or wounded"),
        C("5,000", 5000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'said last week' casualties 'had passed …' (at_least)"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "lastweek",
          "same statement: 'of additional troops' Moscow is pressing for (increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-31",
          "the Pentagon 'had put … at … in January' (month): in Russia"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "Lahore strategic-studies scholar, quote with 'he said' and no date: could be in Russia "
          "by year's end"),
    ),
)

Z08 = Source(
    article_id="z08_sheffield_ukrainian_club_reinforcements",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-03-28"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "South Yorkshire Clarion",
        "https://www.syclarion.example/news/sheffield/sheffield-ukrainians-fear-new-wave-of-kims-"
        "soldiers-4417203",
        "Sheffield’s Ukrainians fear new wave of Kim’s soldiers",
    ),
    features="Sheffield regional paper's news story as plain text, windows-1252 with CRLF (raw "
        "‘’ “” – £), sidecar (Friday), a 'Published: 06:00, Friday 28th March 2025' line (no "
        "date form the tests know); a Ukrainian club in Firth Park; headline 'Seoul says Kim "
        "sent 3,000 more' (increment, Thursday to publication); 'The figure was given to "
        "members of parliament in Seoul on Thursday' after the lead's figure; 'The agency's "
        "count … now stands at' (figure last); a HUR spokesman 'on Wednesday' `up to 2,000` "
        "(at_most) and 'Mr Yusov "
        "said' `some 12,000`; a senior US defence official 'briefing reporters last week' "
        "“several thousand”; a Yorkshire MP heading a parliamentary group, 'told the Clarion' "
        "“tens of thousands more” (other, `pub`, increment); North Korea's army, the club's "
        "founding year, members, money raised in pounds, vans, miles, Russian losses a day, "
        "ticket price, phone number",
    text="""\
NEWS | SHEFFIELD

Sheffield’s Ukrainians fear new wave as Seoul says Kim sent [[3,000]] more troops

Families at the Ukrainian club in Firth Park say relatives on the front line are seeing North \
Korean units again

By Daniel Whitworth
Published: 06:00, Friday 28th March 2025

Olga Marchenko keeps her phone face-up on the counter of the club kitchen in Firth Park. Her \
nephew, a drone operator, sends messages when he can from a position near the Russian border. “On \
Tuesday he wrote one word: Koreans,” she said. “They were gone for weeks. Now they are back.”

South Korea’s intelligence service believes North Korea shipped [[around 3,000]] additional \
soldiers to Russia in January and February to replace men lost in the winter fighting. The figure \
was given to members of parliament in Seoul on Thursday, who passed it on to reporters after a \
closed session. The agency's count of North Korean dead and wounded since the troops were first \
thrown into battle last autumn now stands at [[about 4,000]].

Ukrainian officials paint a similar picture. Andriy Yusov, a spokesman for Ukraine’s military \
intelligence agency, said on Wednesday that [[up to 2,000]] North Koreans were again taking part \
in assaults, now in the Belgorod region as well as in Kursk. Mr Yusov said [[some 12,000]] North \
Koreans were currently on Russian soil.

In Washington, a senior defence official briefing reporters last week described “[[several \
thousand]]” North Korean troops as back on the front lines, fighting in smaller groups and making \
better use of cover against drones.

Helen Sutcliffe, the Sheffield MP who chairs the all-party parliamentary group on Ukraine, told \
the Clarion that Pyongyang could send “[[tens of thousands]] more” if the war dragged on. “Kim \
has an army of more than a million men and nothing else to spend it on,” she said.

Russia’s own losses remain enormous: Ukraine’s general staff reported an average of about 1,300 \
Russian soldiers killed or wounded a day in March.

The Sheffield branch of the Association of Ukrainians in Great Britain was founded in 1948 and \
has about 200 member families. Since 2022 it has raised £14,500 for ambulances and sent 11 vans \
of supplies east – a 1,700-mile drive each way.

“People ask me why we still collect,” said Mrs Marchenko. “I tell them: because it is not over.”

The club holds a fundraising evening on Saturday 5 April from 7pm. Tickets cost £10 and can be \
booked on 0114 555 0192.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul says Kim sent … more' (increment): the NIS figure of the body "
          "(Thursday) to publication", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'believes', dated by the next sentence ('given to members of parliament in Seoul "
          "on Thursday'): 'additional' (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'The agency's count … now stands at' (same briefing): dead and wounded"),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "wed",
          "HUR spokesman 'said on Wednesday': taking part in assaults"),
        C("some 12,000", 12000, "approx", "in_russia", "ukraine", "wed",
          "'Mr Yusov said' (short name carrying Wednesday): on Russian soil"),
        C("several thousand", None, "vague", "near_front", "united_states", "lastweek",
          "senior US defence official 'briefing reporters last week' “…”: back on the front "
          "lines"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Sheffield MP (a third government: other) 'told the Clarion', no date: “… more” "
          "(increment, span without the word)", add=True),
    ),
)

Z09 = Source(
    article_id="z09_windhoek_lavrov_wonsan_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-07-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Namib Chronicle",
        "",
        "Lavrov in Wonsan as Kyiv warns of 30,000 more North Korean troops",
    ),
    features="Namibian daily's world page in Markdown, ISO-8859-1 with CRLF (straight quotes, "
        "hyphens for dashes), front matter without a date (sidecar without url, Wednesday), "
        "dateline 'WINDHOEK -'; heading 'Kyiv warns of 30,000 more' (increment) from HUR's "
        "warning 'on 2 July' (to publication); Lavrov 'On Saturday' 'the thousands of Korean "
        "troops who had fought there' (russia); HUR's range 'additional' (increment) 'on 2 "
        "July'; the NIS 'in late April' (two figures) and 'At the time, it said' `around 600` "
        "(breakdown, the same window); a State Department spokesperson 'on Monday' 'several "
        "thousand more' (vague increment); a University of Namibia political scientist 'no "
        "fewer than 20,000' (other, `pub`); Namibia's old Mansudae contracts (buildings, years, "
        "`several hundred North Korean workers`: not a claim), resort guests, beach length, "
        "flights",
    text="""\
---
title: "North Korea-Russia ties: Lavrov in Wonsan, and an old Namibian link"
section: World
author: Ndapewa Shikongo
---

# Lavrov in Wonsan as Kyiv warns of [[30,000]] more North Korean troops

*Russia's foreign minister tours Kim Jong Un's new beach resort, while Namibia's own history with \
Pyongyang is back in the conversation*

WINDHOEK - Russia's foreign minister Sergei Lavrov spent the weekend at North Korea's Kalma beach \
resort in Wonsan, where Kim Jong Un hosted him with a banquet and fireworks. The trip was about \
more than tourism. On Saturday, Lavrov publicly thanked Pyongyang for its help in retaking the \
Kursk region and said Moscow would "never forget" the [[thousands]] of Korean troops who had \
fought there.

The resort, which officials say can hold nearly 20,000 guests along a 4-kilometre beach, opened \
this month; the first Russian tourists arrived on a charter flight from Moscow last week.

Kyiv is watching with alarm. Ukraine's military intelligence agency, HUR, warned on 2 July that \
Pyongyang was preparing to send [[between 25,000 and 30,000]] additional soldiers to Russia, \
possibly as early as August. The new contingent would first be trained at bases in Russia's far \
east, the agency said.

South Korea's National Intelligence Service told parliament in late April that [[about 15,000]] \
North Koreans had been sent to Russia and [[roughly 4,700]] killed or wounded. At the time, it \
said [[around 600]] of those casualties were deaths.

Washington has been more cautious. A State Department spokesperson said on Monday that the United \
States had seen "no clear evidence yet" of a new deployment, but could not rule out "[[several \
thousand]] more" being sent before the end of the year.

## An old relationship

For Namibians, the story has a familiar ring. North Korea's Mansudae Overseas Projects built \
Heroes' Acre outside Windhoek, which opened in 2002, as well as State House and the Independence \
Memorial Museum. Namibia ended its contracts with the company in 2016 to comply with UN \
sanctions, a decision that also led to the departure of several hundred North Korean workers.

Dr Hilma Nangolo, a political scientist at the University of Namibia who has studied Pyongyang's \
projects in Africa, said she believed "[[no fewer than 20,000]]" North Koreans had already passed \
through Russian training camps. "For Pyongyang, soldiers are now what statues and monuments used \
to be: an export," she said.

The Ministry of International Relations and Trade said Namibia's position on the war had not \
changed and repeated its call for a negotiated settlement.
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-02..pub",
          "heading 'Kyiv warns of … more' (increment, span without the word): HUR's warning of "
          "2 July to publication", add=True),
        C("thousands", None, "vague", "near_front", "russia", "sat",
          "Lavrov 'On Saturday': Korean troops who had fought in Kursk"),
        C("between 25,000 and 30,000", None, "range", "planned", "ukraine", "2025-07-02",
          "HUR 'warned on 2 July': 'additional' soldiers to be sent (increment)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'told parliament in late April' (days 21-30): sent"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same sentence: killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'At the time, it said' (late April carried): deaths among those casualties "
          "(a breakdown)"),
        C("several thousand", None, "vague", "planned", "united_states", "mon",
          "State Department spokesperson 'said on Monday': could not rule out “… more” "
          "(increment)", add=True),
        C("no fewer than 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "University of Namibia political scientist 'said she believed', no date: passed "
          "through Russian training camps"),
    ),
)

Z10 = Source(
    article_id="z10_prague_english_lipavsky_shells_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-11-21"),
    dated_by="sidecar",
    sidecar=(
        "Vltava Daily",
        "https://www.vltavadaily.example/news/politics/lipavsky-north-korean-troops-czech-"
        "ammunition-initiative",
        "Lipavský: North Korean troops in Kursk show why Czech shells matter",
    ),
    features="Prague English-language outlet's politics page in HTML, ISO-8859-1 (curly quotes, "
        "dashes and Czech letters only as entities: `&rsquo;`, `&ldquo;`, `&mdash;`, `&#269;`, "
        "`&#345;`, `&yacute;`), no meta date (sidecar, Thursday), a `<meta name=\"description\">` "
        "without a figure, a settings script, a cookie notice, navigation with a Czech link, a "
        "footer with a Prague address and phone number; headline without a figure; perex 'Seoul "
        "now puts … at' from the NIS estimate given 'hours' before Lipavský's Wednesday remarks "
        "(Wednesday to publication); the Czech foreign minister “…” 'he told journalists' "
        "(other, Wednesday); 'According to the agency' (two figures); the Pentagon 'on Monday'; "
        "Zelensky to the European Parliament 'on Tuesday' `up to 100,000`; a NATO spokesperson "
        "'last week' 'in the range of 10,000 to 12,000' (range); the Kremlin without a figure; "
        "shells delivered and shipped, countries, refugees",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="ISO-8859-1">
<title>Lipavsk&yacute;: North Korean troops in Kursk show why Czech shells matter | Vltava \
Daily</title>
<meta name="description" content="The Czech foreign minister says Europe must answer \
Pyongyang&rsquo;s deployment with more ammunition for Ukraine.">
<script>window.vd={section:"politics",tags:["north-korea","ukraine","ammunition"],premium:0};</sc\
ript>
</head>
<body>
<div class="notice">Vltava Daily relies on cookies for statistics and advertising. Click \
&ldquo;Accept&rdquo; or pick your own settings. <button>Accept</button> \
<button>Settings</button></div>
<nav><a href="/">Vltava Daily</a> | <a href="/news">News</a> | <a \
href="/news/politics">Politics</a> | <a href="/business">Business</a> | <a \
href="/culture">Culture</a> | <a href="/cz">&#268;esky</a></nav>
<article>
<h1>Lipavsk&yacute;: North Korean troops in Kursk show why Czech shells matter</h1>
<p class="perex">Seoul now puts Pyongyang&rsquo;s contingent in Russia at [[more than 10,000]] \
soldiers, some of them already in combat. Prague says the answer is more ammunition for Kyiv.</p>
<p class="byline">By Kate&#345;ina Dvo&#345;&aacute;kov&aacute;</p>
<p>North Korea&rsquo;s decision to send troops to fight for Russia should push Europe to speed up \
arms deliveries to Ukraine, Czech Foreign Minister Jan Lipavsk&yacute; said on Wednesday. \
&ldquo;There are now [[thousands]] of North Korean soldiers fighting on European soil against a \
European country,&rdquo; he told journalists at the &#268;ern&iacute;n Palace. &ldquo;Our reply \
has to be measured in shells.&rdquo;</p>
<p>His remarks came hours after South Korea&rsquo;s National Intelligence Service briefed \
parliament in Seoul. According to the agency, [[more than 10,000]] North Korean soldiers are now \
in Russia, and [[several thousand]] of them have joined Russian airborne and marine units in \
combat in the Kursk region.</p>
<p>Washington&rsquo;s numbers are similar. The Pentagon said on Monday that [[some 11,000]] North \
Koreans were deployed in Kursk and had begun &ldquo;basic infantry operations&rdquo; alongside \
Russian forces. Ukraine&rsquo;s president, Volodymyr Zelensky, addressing the European Parliament \
by video on Tuesday, warned that Pyongyang could eventually send [[up to 100,000]] soldiers if \
the West failed to react.</p>
<p>NATO has been more guarded. A NATO spokesperson said last week that the alliance&rsquo;s own \
estimate was &ldquo;in the range of [[10,000 to 12,000]]&rdquo; North Korean troops in Russia.</p>
<p>The Czech-led initiative, financed by about 15 countries, has delivered some 500,000 \
large-calibre rounds to Ukraine this year, and Prague hopes to reach 800,000 by the end of \
December. South Korean officials estimate that North Korea has shipped Russia more than 8 million \
artillery shells and rockets since the summer of 2023.</p>
<p>In Moscow, Kremlin spokesman Dmitry Peskov repeated on Thursday that cooperation with \
Pyongyang was &ldquo;a sovereign matter&rdquo; and &ldquo;a threat to no one&rdquo;. The Czech \
Republic hosts around 380,000 refugees from Ukraine &mdash; more per head of population than any \
other EU country.</p>
</article>
<footer>&copy; 2024 Vltava Daily s.r.o. &middot; Na Po&#345;&iacute;&#269;&iacute; 14, 110 00 \
Praha 1 &middot; +420 222 555 318</footer>
</body>
</html>
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "wed..pub",
          "perex 'Seoul now puts … at': the NIS estimate given hours before Lipavský's "
          "Wednesday remarks, to publication"),
        C("thousands", None, "vague", "near_front", "other", "wed",
          "Czech foreign minister 'said on Wednesday' “…” (a third government: other): fighting "
          "on European soil"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "'According to the agency', the briefing 'hours' before the Wednesday remarks: in "
          "Russia"),
        C("several thousand", None, "vague", "near_front", "south_korea", "wed",
          "same sentence, 'of them': in combat in Kursk (a breakdown)"),
        C("some 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'said on Monday': deployed in Kursk"),
        C("up to 100,000", 100000, "at_most", "planned", "ukraine", "tue",
          "Zelensky to the European Parliament 'on Tuesday': could eventually send"),
        C("10,000 to 12,000", None, "range", "in_russia", "nato", "lastweek",
          "NATO spokesperson 'said last week', “in the range of …”: in Russia"),
    ),
)

Z11 = Source(
    article_id="z11_bangkok_daily_parade_rotation",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-14"),
    dated_by="dateline",
    features="Bangkok English-language daily's world page as plain text, UTF-16 LE with BOM, "
        "dated by the line 'Published: 14 Oct 2025 at 05:30' (Tuesday), 'WITH AGENCIES' "
        "credit; headline 'Seoul says … readying 5,000 more' (increment) from the NIS "
        "parliamentary audit 'on Monday' in the lead (to publication); 'The agency said … had "
        "also moved some 1,000 deminers … on top of the builders' (increment, in Kursk) and 'It "
        "estimated'; parade veterans shown by state media on Friday (returnees: optional); Kim's "
        "speech carried by KCNA “hundreds of heroes” who fell (north_korea); Medvedev at the "
        "parade 'told Russian reporters … on Friday' (russia); HUR 'last week' with 'fewer than "
        "half of them' (a fraction, not a claim); a Chulalongkorn scholar “fewer than 25,000” "
        "(at_most, other, `pub`); the party's anniversary, launchers, trade percentages, Thai "
        "workers in South Korea, baht",
    text="""\
WORLD

Seoul says North Korea readying [[5,000]] more troops for Russia as Kursk veterans parade

Published: 14 Oct 2025 at 05:30
Newspaper section: World
WITH AGENCIES

North Korea is preparing a fresh contingent of soldiers for Russia even as it celebrates the \
return of troops who fought in the Kursk region, South Korea's spy agency said on Monday.

The National Intelligence Service (NIS) told a parliamentary audit that [[about 5,000]] \
additional soldiers were undergoing training for rotation into Russia, with the first groups \
likely to leave before the end of the year. The agency said the North had also moved [[some \
1,000]] deminers into Kursk since the summer, on top of the builders it sent earlier. It \
estimated that [[around 2,000]] North Koreans had died in the fighting so far.

The assessment came days after a military parade in Pyongyang marking the 80th anniversary of the \
ruling Workers' Party. State media showed [[several hundred]] veterans of the "overseas \
operation" marching behind their unit flags on Friday, some of them on crutches, as Kim Jong Un \
saluted from the rostrum. The parade also featured 12 launchers for the new Hwasong-20 \
intercontinental missile.

In his parade speech, carried by the official Korean Central News Agency, Kim said the \
"[[hundreds]] of heroes" who gave their lives in Kursk would be honoured in a new museum in the \
capital.

Among the foreign guests was Dmitry Medvedev, deputy chairman of Russia's Security Council. He \
told Russian reporters in Pyongyang on Friday that Moscow would always remember the \
"[[thousands]] of brave sons of Korea" who had fought alongside Russian troops.

Kyiv offered a different tally. Ukraine's military intelligence said last week that [[about \
11,000]] North Korean troops remained in Russia, fewer than half of them near the front line.

Thailand, one of the few Southeast Asian countries with an embassy in Pyongyang, has not \
commented on the deployment. Dr Kasem Wongsakul, a Korea specialist at Chulalongkorn University, \
said he believed the total sent so far was "[[fewer than 25,000]]", construction units included, \
but that rotations could go on "for years".

"Russia has found a partner that can supply men without a public debate at home," he said.

Thailand's trade with North Korea has fallen by more than 90 per cent since 2017 under United \
Nations sanctions, to less than 5 million baht a year. About 18,000 Thai workers are currently \
registered in South Korea.
""",
    claims=(
        C("5,000", 5000, "exact", "planned", "south_korea", "mon..pub",
          "headline 'Seoul says … readying … more' (increment): the NIS figure of Monday's audit "
          "to publication", add=True),
        C("about 5,000", 5000, "approx", "planned", "south_korea", "mon",
          "NIS 'told a parliamentary audit' (the lead's 'said on Monday'): 'additional' "
          "soldiers in training for rotation (increment)", add=True),
        C("some 1,000", 1000, "approx", "near_front", "south_korea", "mon",
          "'The agency said': deminers moved into Kursk 'on top of the builders' (increment)",
          add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "'It estimated' (same audit): died"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "state media showing parade veterans on Friday (returnees: optional, labelled "
          "in_russia as before)", opt=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "fri",
          "Kim's parade speech carried by KCNA (Friday's parade) “… of heroes” who gave their "
          "lives"),
        C("thousands", None, "vague", "near_front", "russia", "fri",
          "Medvedev 'told Russian reporters in Pyongyang on Friday' “…”: fought alongside "
          "Russian troops"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "lastweek",
          "HUR 'said last week': remained in Russia"),
        C("fewer than 25,000", 25000, "at_most", "in_russia", "other", "pub",
          "Chulalongkorn scholar 'said he believed', no date: sent so far (fewer than = "
          "at_most)"),
    ),
)

Z12 = Source(
    article_id="z12_canada_business_defence_stocks_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-05"),
    dated_by="front_matter",
    features="Canadian business paper's markets story in Markdown, UTF-8, front matter with "
        "`date:` and a title without a figure, dateline 'TORONTO —', Canadian style "
        "(`$2.1-billion`, `US$`, 'said Monday' without 'on'); italic deck without a figure; "
        "Rutte 'said Monday' `more than 15,000` (nato); the NIS 'On Tuesday' `roughly 10,000` "
        "near the border and `5,000 more` builders moving in (increment, span without the "
        "word); HUR 'last week'; the Pentagon 'in September' `close to 5,000` (approx); the "
        "defence minister to a Toronto business audience 'on Tuesday' “tens of thousands” "
        "(Canada: other); the paper's own tally of public estimates (unattributed, required, "
        "range); a fund manager without a troop figure; share prices, per cent, shells shipped "
        "(`more than 12 million`: not a claim), artillery systems, howitzers, contracts, an "
        "exchange rate",
    text="""\
---
title: "Seoul's defence stocks ride a war they are not fighting"
date: 2025-11-05
section: Markets / International
author: Marc-André Leblanc
---

# Seoul's defence stocks ride a war they are not fighting

*As North Korea's presence in Russia grows, investors are piling into South Korean howitzers, \
tanks and shells. Canadian pension funds are among them.*

TORONTO — Shares of Hanwha Aerospace Co. have more than tripled this year, and the Korean defence \
index has outrun every major market. Behind the rally sits a grim arithmetic: the longer North \
Korea feeds troops into Russia's war, the more its southern neighbour's arms makers sell.

The latest figures have only sharpened that bet. NATO Secretary-General Mark Rutte said Monday \
that [[more than 15,000]] North Korean soldiers had served in Russia since the autumn of 2024. On \
Tuesday, South Korea's National Intelligence Service told a parliamentary committee that \
[[roughly 10,000]] remain stationed near the border in Kursk, while [[5,000]] more military \
construction personnel are being moved into the region.

Ukraine's defence intelligence agency said last week that [[about 6,000]] North Koreans have been \
killed or wounded, a figure Washington has put lower: the Pentagon estimated in September that \
casualties were [[close to 5,000]]. A tally of public estimates from Seoul, Kyiv, Washington and \
NATO by this newspaper suggests total North Korean casualties of [[between 6,000 and 9,000]].

Ottawa is watching closely. Defence Minister David McGuinty told a Toronto business audience on \
Tuesday that Moscow was counting on "[[tens of thousands]]" of North Korean troops to make up for \
its losses, and that Canada's $2.1-billion package of military aid for Ukraine this year would \
continue.

The same intelligence agency in Seoul estimates that North Korea has shipped Russia more than 12 \
million artillery shells and roughly 120 artillery systems since 2023, a pace South Korea's own \
factories are now racing to match for European buyers. Poland alone has ordered more than 600 K9 \
self-propelled howitzers.

"Nobody likes to say it out loud, but this is a war dividend," said Geneviève Tremblay, a \
portfolio manager at a Montreal asset manager whose fund holds Hanwha and Hyundai Rotem. Her fund \
is up 41 per cent since January.

Hanwha Aerospace closed Tuesday at 1,012,000 won in Seoul, about US$705 at an exchange rate of \
roughly 1,435 won to the dollar.
""",
    claims=(
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'said Monday' (Canadian style without 'on'): served in Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'On Tuesday … told a parliamentary committee': near the border in Kursk"),
        C("5,000", 5000, "exact", "near_front", "south_korea", "tue",
          "same sentence, '… more military construction personnel' moved into the region "
          "(increment, span without the word)", add=True),
        C("about 6,000", 6000, "approx", "casualties", "ukraine", "lastweek",
          "Ukraine's defence intelligence 'said last week': killed or wounded"),
        C("close to 5,000", 5000, "approx", "casualties", "united_states",
          "2025-09-01..2025-09-30",
          "the Pentagon 'estimated in September' (month): casualties"),
        C("between 6,000 and 9,000", None, "range", "casualties", "unattributed", "pub",
          "the paper's own tally of public estimates ('by this newspaper'): unattributed, "
          "required"),
        C("tens of thousands", None, "vague", "planned", "other", "tue",
          "Canada's defence minister 'on Tuesday' (a third government: other): Moscow counting "
          "on them"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Z01, Z02, Z03, Z04, Z05, Z06,
    Z07, Z08, Z09, Z10, Z11, Z12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
