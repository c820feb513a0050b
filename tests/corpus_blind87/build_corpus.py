"""Build the EIGHTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`.

The eighty-ninth corpus for an honest measurement on articles the extractor has never met, written
in session 12 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Bad Dürkheim daily, a
Donnersberg community radio's web text, a Virgental weekly (Austrian conventions), a Rafzerfeld
paper (Swiss conventions), a clockmakers' guild magazine and a Kiel student radio; a Port Pirie
daily, a Papa Stour island page with ferry notes, a Nebraska sandhills weekly, an English-language
outlet from Rēzekne, a page from Nukufetau (Tuvalu) and a newsletter from the upper Gambia river.
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
BASE_NAME = "_blind87_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria), then English ones
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="h87_01_duerkheimer_tagblatt_gefechte_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Bad Dürkheim daily's world page in HTML (`article:published_time` with +01:00, "
        "a counter script, a cookie banner about wine-harvest biscuits, navigation with the "
        "Weinstraße, a footer with a phone number); `<title>` figure (optional); h1 "
        "'Selenskyj:' from the Monday video address of the body (Monday to publication); the "
        "defence minister 'am Dienstagabend' without a figure; the Pentagon spokesman 'am "
        "Montag' carried by Konjunktiv to a range ('fügte er hinzu'); the NIS 'in der "
        "Vorwoche' (`lastweek`); the JCS 'Am Mittwoch' (the publication day) `Tausende "
        "weitere` (vague increment); a Bad Dürkheim East Asia scholar's projection (other, "
        "`pub`); Russian losses a day, ages, a lecture date, time and fee, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew: [[11.000]] Nordkoreaner im Raum Kursk | Dürkheimer Tagblatt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Dürkheimer Tagblatt">
<meta property="article:published_time" content="2024-11-06T16:40:00+01:00">
<script>var dtb={artikel:"118204",ressort:"welt",zeichen:2874,abo:false};</script>
</head>
<body>
<div class="kekse" role="dialog">Kekse backen wir eigentlich nur zur Weinlese. Online nutzen wir \
trotzdem welche, um zu sehen, was Sie lesen. <button>Na gut, her damit</button> <button>Nur die \
trockenen</button></div>
<nav><a href="/">Start</a> · <a href="/lokales">Lokales</a> · <a \
href="/weinstrasse">Weinstraße</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a \
href="/anzeigen">Anzeigen</a></nav>
<main>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Selenskyj: [[11.000]] Nordkoreaner stehen im Raum Kursk</h1>
<p class="autor">Von Katrin Weyland · 06.11.2024, 16:40 Uhr</p>
<p><strong>Bad Dürkheim/Kiew.</strong> Zwischen ukrainischen Einheiten und Soldaten aus Nordkorea \
ist es nach Darstellung Kiews zu ersten Gefechten gekommen. Verteidigungsminister Rustem Umjerow \
sprach am Dienstagabend im Fernsehen von „kleineren Zusammenstößen“, nannte aber weder Ort noch \
Opferzahlen.</p>
<p>Sein Präsident war schon am Montag deutlicher geworden. In seiner abendlichen Videobotschaft \
erklärte Wolodymyr Selenskyj, im russischen Gebiet Kursk seien inzwischen [[11.000]] \
nordkoreanische Soldaten zusammengezogen. Sie würden dort auf den Fronteinsatz vorbereitet, und \
weitere Einheiten seien bereits unterwegs, so der Staatschef.</p>
<p>Washington äußert sich vorsichtiger. Pat Ryder, Generalmajor und Sprecher des Pentagons, \
wiederholte am Montag die Einschätzung, wonach [[etwa 8.000]] Nordkoreaner in die Grenzregion \
gebracht worden seien. Kampfhandlungen könne er „noch nicht bestätigen“. Insgesamt gehe das \
Ministerium von [[10.000 bis 12.000]] Soldaten aus, die Pjöngjang nach Russland geschickt habe, \
fügte er hinzu.</p>
<h2>Seoul rechnet mit Nachschub</h2>
<p>Südkoreas Auslandsgeheimdienst NIS hatte Abgeordneten bereits in der Vorwoche berichtet, von \
den eingetroffenen Truppen seien [[über 3.000]] in Richtung Front verlegt worden. Am Mittwoch \
legte der Vereinigte Generalstab in Seoul nach: Es gebe Hinweise, dass bald [[Tausende]] weitere \
folgen könnten, sagte ein Sprecher vor Journalisten.</p>
<p>Russland verliert nach ukrainischen Angaben derzeit täglich mehr als 1.500 Soldaten an Toten \
und Verwundeten. Der Kreml hat die Anwesenheit der Nordkoreaner bislang weder bestätigt noch \
dementiert.</p>
<h2>„Bis Weihnachten deutlich mehr“</h2>
<p>Der Ostasienwissenschaftler Bernd Hollerith, der 14 Jahre in Seoul lehrte und heute in Bad \
Dürkheim lebt, hält die Zahlen für plausibel. „Bis Weihnachten dürften es [[15.000]] sein, wenn \
die Züge aus dem Fernen Osten so weiterrollen“, sagte der 67-Jährige dem Tagblatt. Hollerith \
spricht am 14. November um 19.30 Uhr in der Kreisvolkshochschule über Nordkorea; der Eintritt \
kostet 8 Euro.</p>
</article>
</main>
<footer>© 2024 Dürkheimer Tagblatt · Redaktion: 06322 9188-0 · <a href="/impressum">Impressum</a> \
· <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/zaehlpixel.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) repeating the h1: Zelensky's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1 'Selenskyj:' from the body's Monday video address (Monday to publication): in "
          "the Kursk area"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montag' in his evening video address: massed in the Kursk region"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokesman Ryder 'am Montag', Konjunktiv: brought to the border region"),
        C("10.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same speaker carried by Konjunktiv ('fügte er hinzu'): sent to Russia in all"),
        C("über 3.000", 3000, "at_least", "near_front", "south_korea", "lastweek",
          "NIS to lawmakers 'in der Vorwoche' (lastweek): moved toward the front"),
        C("Tausende", None, "vague", "planned", "south_korea", "wed",
          "JCS spokesman 'Am Mittwoch' (the publication day): 'bald Tausende weitere folgen "
          "könnten' (vague increment)", add=True),
        C("15.000", 15000, "exact", "planned", "other", "pub",
          "a Bad Dürkheim East Asia scholar to the paper, undated: 'Bis Weihnachten dürften "
          "es … sein' (projected total)"),
    ),
)

H02 = Source(
    article_id="h87_02_donnersberg_radio_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Donnersberg",
        "https://www.radio-donnersberg.example/nachrichten/seoul-nennt-verluste-nordkoreas",
        "Seoul: 300 Nordkoreaner in Kursk gefallen",
    ),
    features="Donnersberg community radio's web text as plain text, UTF-16 LE with BOM and "
        "CRLF (sidecar, Tuesday), a 'Stand:' line; headline 'Seoul:' from the Monday figure "
        "of the lead; a deck 'Kiew verhört zwei gefangene Soldaten' (Saturday to "
        "publication); the lead's figures with the lawmaker named only at the end of the "
        "paragraph ('Das gab … am Montag … weiter'), `2.700 weitere verletzt` (same event, "
        "no increment); 'Nach Lees Worten' carrying the date to `mehreren tausend` (vague "
        "planned increment); Zelensky 'Am Samstag' `zwei` (number word); 'Anfang Januar' "
        "(days 1-10); Kirby 'am Montag' with the name after the quote; a Kaiserslautern "
        "political scientist (other, `pub`); refugees in the district, broadcast time, FM "
        "frequency, listener phone",
    text="""\
Radio Donnersberg · Nachrichten
Stand: 14.01.2025, 12:10 Uhr

Seoul: [[300]] Nordkoreaner in Kursk gefallen

Südkoreas Geheimdienst nennt erstmals Verlustzahlen – Kiew verhört [[zwei]] gefangene Soldaten

Kirchheimbolanden/Seoul (rdb) – Südkoreas Geheimdienst hat erstmals beziffert, welchen Preis \
Nordkoreas Armee für den Einsatz an der Seite Russlands zahlt. Bislang seien im Raum Kursk [[rund \
300]] nordkoreanische Kämpfer gestorben und [[etwa 2.700]] weitere verletzt worden. Das gab Lee \
Seong-kweun, Mitglied des Geheimdienstausschusses im Parlament, am Montag an Reporter weiter.

Nach Lees Worten rechnet der Dienst zudem damit, dass Machthaber Kim Jong Un bald einen weiteren \
Verband in Marsch setzt. Die Rede sei von [[mehreren tausend]] Mann. Russische Offiziere \
behandelten die Nordkoreaner offenbar wie „Verbrauchsmaterial“, sagte Lee. Einer der Gefallenen \
habe Notizen bei sich getragen, wonach er sich lieber selbst töten wolle, als in Gefangenschaft \
zu geraten.

Gefangene in Kiew

Am Samstag hatte Präsident Wolodymyr Selenskyj mitgeteilt, ukrainische Einheiten hätten im Gebiet \
Kursk [[zwei]] Nordkoreaner lebend gefangen genommen. Beide seien verletzt und würden in Kiew vom \
Inlandsgeheimdienst SBU befragt. Selenskyj bot an, sie an Pjöngjang zu übergeben, falls Kim im \
Gegenzug ukrainische Kriegsgefangene aus Russland freibekomme.

Anfang Januar hatte der Staatschef die Zahl der getöteten und verwundeten Nordkoreaner noch mit \
[[3.800]] angegeben. Aus Washington hieß es am Montag, die Truppen aus dem Norden hätten \
„[[Hunderte]] Gefallene“ zu beklagen; so formulierte es John Kirby, Sprecher des Nationalen \
Sicherheitsrats.

Experte aus Kaiserslautern

Der Politikwissenschaftler Jonas Kettering von der Hochschule Kaiserslautern hält die Angaben aus \
Seoul für eher vorsichtig. „Wer die Drohnenvideos gesehen hat, geht von [[deutlich mehr als 300]] \
Toten aus“, sagte er unserem Sender.

Im Donnersbergkreis leben derzeit etwa 1.400 Geflüchtete aus der Ukraine. Mehr dazu am Donnerstag \
um 18 Uhr im „Länderspiegel“ auf UKW 105,7. Hörertelefon: 06352 7430-22.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:' from the lead's Monday figure (Monday to publication): fallen"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "deck 'Kiew verhört zwei gefangene Soldaten' from Zelensky's Saturday statement "
          "(Saturday to publication): captured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "lead in Konjunktiv, the lawmaker briefed by the NIS named at the end of the "
          "paragraph ('Das gab … am Montag … weiter'): killed"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same sentence: '2.700 weitere verletzt' (the others of the same count, no increment)"),
        C("mehreren tausend", None, "vague", "planned", "south_korea", "mon",
          "'Nach Lees Worten' carrying Monday: 'einen weiteren Verband … mehreren tausend "
          "Mann' (vague planned increment)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag' (number word): taken prisoner"),
        C("3.800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "'Anfang Januar hatte der Staatschef' (days 1-10): killed and wounded"),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon",
          "'Aus Washington hieß es am Montag' „Hunderte Gefallene“, Kirby named after the quote"),
        C("deutlich mehr als 300", 300, "at_least", "casualties", "other", "pub",
          "a Kaiserslautern political scientist to the station, undated: dead"),
    ),
)

H03 = Source(
    article_id="h87_03_virgentaler_bote_atempause_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-19"),
    dated_by="front_matter",
    features="Virgental weekly (Austrian conventions) in Markdown, ISO-8859-1 with »« quotes "
        "and plain hyphens, front matter with `date:` (Wednesday) and a title without a "
        "figure; 'Jänner', 'Feber', 'heuer'; h1 'Seoul zählt über 4.000' from the NIS "
        "Tuesday figure (Tuesday to publication); 'Die ursprüngliche Truppe habe rund 11.000 "
        "Mann gezählt' and 'mehr als 4.000 davon' in Konjunktiv; the NIS 'Noch im Jänner' "
        "(month window, an older figure); HUR 'Am 4. Feber' (an explicit date); a State "
        "Department official 'vergangene Woche' `etlichen tausend` 'als Ersatz' (vague "
        "planned increment); a Viennese Korea scholar from Prägraten 'heuer noch im "
        "Frühjahr' `5.000 bis 8.000 zusätzliche` (range increment, `pub`); Austrian aid in "
        "euros, displaced people in the district, avalanche danger level",
    text="""\
---
title: "Ruhe bei Kursk: Wo stecken die Soldaten aus Pjöngjang?"
date: 2025-02-19
rubrik: Welt & Chronik
autor: Lukas Obwexer
---

# Seoul zählt [[über 4.000]] tote und verwundete Nordkoreaner

**Virgen/Seoul** - Seit Wochen ist es um die nordkoreanischen Truppen im russischen Gebiet Kursk \
auffallend ruhig. Wie der südkoreanische Geheimdienst NIS am Dienstag vor dem Parlament in Seoul \
ausführte, waren die Einheiten seit Mitte Jänner kaum mehr an Kämpfen beteiligt.

Als Grund nennt der Dienst die hohen Verluste. Die ursprüngliche Truppe habe [[rund 11.000]] Mann \
gezählt; [[mehr als 4.000]] davon seien inzwischen tot oder verwundet. Noch im Jänner hatte der \
NIS lediglich von [[300]] Gefallenen gesprochen.

Kiew bestätigt das Bild. Die Nordkoreaner hätten sich »nach schweren Verlusten« aus der ersten \
Linie zurückgezogen, erklärte ein Sprecher der ukrainischen Spezialkräfte Ende Jänner. Am 4. \
Feber legte der Militärgeheimdienst HUR eine eigene Zahl vor: [[rund 1.000]] Gefallene.

## Washington erwartet Ersatz

In Washington wird der Rückzug als Atempause gedeutet. Ein Vertreter des US-Außenministeriums \
sagte vergangene Woche, Pjöngjang bereite die Entsendung von [[etlichen tausend]] Mann als Ersatz \
vor. Wann sie eintreffen, sei offen.

Die Koreanistin Maria Egger aus Prägraten, die an der Universität Wien lehrt, rechnet mit einer \
raschen Rückkehr. »Ich gehe davon aus, dass heuer noch im Frühjahr [[5.000 bis 8.000]] \
zusätzliche Soldaten nach Russland gebracht werden«, sagt sie dem Virgentaler Boten. »Kim braucht \
Kampferfahrung für seine Armee, und Moskau zahlt dafür.«

## Weit weg und doch nah

Für Österreich ist der Krieg fern und doch präsent: Heuer wurden der Ukraine bereits 20 Millionen \
Euro an humanitärer Hilfe zugesagt, im Bezirk Lienz leben rund 240 Vertriebene. Die \
Lawinenwarnstufe im Virgental liegt nach den Schneefällen vom Wochenende bei 3, die \
Felbertauernstraße ist wieder frei.
""",
    claims=(
        C("über 4.000", 4000, "at_least", "casualties", "south_korea", "tue..pub",
          "h1 'Seoul zählt' from the NIS Tuesday figure of the body (Tuesday to publication)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'am Dienstag vor dem Parlament', Konjunktiv: the original force sent"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "south_korea", "tue",
          "same passage, 'davon … tot oder verwundet' (a breakdown, no increment)"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'Noch im Jänner hatte der NIS' (an older figure, month window): fallen"),
        C("rund 1.000", 1000, "approx", "casualties", "ukraine", "2025-02-04",
          "HUR 'Am 4. Feber' (explicit date): fallen"),
        C("etlichen tausend", None, "vague", "planned", "united_states", "lastweek",
          "a State Department official 'vergangene Woche', 'als Ersatz' (vague planned increment)",
          add=True),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "a Viennese Korea scholar to the weekly, present tense 'sagt': 'heuer noch im "
          "Frühjahr … zusätzliche' (range increment; 'heuer' is the event, not the claim)",
          add=True),
    ),
)

H04 = Source(
    article_id="h87_04_rafzerfelder_anzeiger_bestaetigung",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="Rafzerfeld paper (Swiss conventions) as plain text, windows-1252 with CRLF, "
        "dated by the line 'Rafz, 30. April 2025 –' (Wednesday): `ss`, «», `15'000`, "
        "`10'000`, `20'000 bis 25'000`, `5'000` inhabitants, 4-digit `4700`/`2000`/`1000`; "
        "headline 'Seoul zählt 4700 Opfer' from the JCS figure 'heute' (the publication "
        "day); KCNA 'am Montag' and Gerasimov 'schon am Samstag' without figures; 'etwa 600 "
        "davon tödlich' (breakdown); HUR chief 'in einem am Montag veröffentlichten "
        "Interview'; the US State Department named at the end of the sentence ('hiess es am "
        "Dienstag aus …'); 'sollen' without a source (unattributed); an ETH researcher from "
        "Wil ZH 'auf 20'000 bis 25'000 … anwachsen' (a new total, not an increment, `pub`); "
        "Swiss aid in francs, village population, refugees, train interval",
    text="""\
RAFZERFELDER ANZEIGER · Ausland

Pjöngjang gibt Kampfeinsatz zu – Seoul zählt [[4700]] Opfer

Von Reto Meili

Rafz, 30. April 2025 – Monatelang hat Nordkorea geschwiegen, nun ist es amtlich: Am Montag \
verbreitete die Staatsagentur KCNA eine Erklärung der Militärkommission der Arbeiterpartei: Man \
habe Einheiten «gemäss dem Beistandsvertrag» zur Rückeroberung von Kursk entsandt. Eine Zahl \
fehlte. Russlands Generalstabschef Waleri Gerassimow hatte die Hilfe aus Pjöngjang schon am \
Samstag vor laufender Kamera gelobt.

Wie hoch der Preis war, legte heute Südkoreas Generalstab offen. [[Rund 4700]] Nordkoreaner seien \
seit dem Herbst getötet oder verwundet worden, [[etwa 600]] davon tödlich, heisst es in einer \
Mitteilung aus Seoul. Insgesamt habe das Regime [[etwa 15'000]] Mann nach Russland verlegt.

Kiew nennt höhere Zahlen

Der ukrainische Militärgeheimdienst HUR geht von «[[über 2000]]» gefallenen Nordkoreanern aus, \
wie sein Chef Kyrylo Budanow in einem am Montag veröffentlichten Interview sagte. Die \
Nordkoreaner hätten schnell gelernt, mit Drohnen umzugehen, räumte er ein.

Die USA halten sich mit eigenen Schätzungen zurück. Washington gehe weiterhin von [[mehr als \
10'000]] in Russland stationierten Nordkoreanern aus, hiess es am Dienstag aus dem \
US-Aussenministerium.

Unklar ist, wie viele noch an der Front stehen. [[Rund 1000]] Nordkoreaner sollen sich weiterhin \
im Grenzgebiet bei Kursk aufhalten.

«Für Kim ist der Krieg ein Geschäft»

Der Sicherheitsforscher Adrian Bührer, der in Wil ZH aufgewachsen ist und heute an der ETH Zürich \
arbeitet, rechnet mit einer Aufstockung. «Ich halte es für wahrscheinlich, dass Pjöngjang die \
Truppe bis im Sommer auf [[20'000 bis 25'000]] Mann anwachsen lässt», sagt er. «Kim erhält dafür \
Öl, Devisen und Militärtechnik. Das ist für ihn ein Geschäft.»

Die Schweiz hat der Ukraine für die kommenden zwölf Jahre 5 Milliarden Franken für den \
Wiederaufbau zugesagt. In Rafz, das gut 5'000 Einwohner zählt, leben seit 2022 ukrainische \
Familien; von den anfänglich 31 Geflüchteten sind heute noch 18 im Dorf. Die S9 verkehrt \
weiterhin im Halbstundentakt nach Zürich.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul zählt … Opfer' from the JCS figure the body gives 'heute' (the "
          "publication day)"),
        C("Rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "JCS 'heute' (the publication day), Konjunktiv, 'heisst es in einer Mitteilung aus "
          "Seoul' after the figures: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'davon tödlich' (a breakdown): dead"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "same statement carried by Konjunktiv ('Insgesamt habe das Regime'): sent to Russia"),
        C("über 2000", 2000, "at_least", "casualties", "ukraine", "mon",
          "HUR chief Budanov «…» 'in einem am Montag veröffentlichten Interview': fallen"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "united_states", "tue",
          "'hiess es am Dienstag aus dem US-Aussenministerium' after the figure: stationed "
          "in Russia"),
        C("Rund 1000", 1000, "approx", "near_front", "unattributed", "pub",
          "'sollen' without a source (the paper's own hedge, required): still in the border "
          "area at Kursk"),
        C("20'000 bis 25'000", None, "range", "planned", "other", "pub",
          "an ETH researcher, present tense 'sagt': the force could grow to (a new total, "
          "not an increment)"),
    ),
)

H05 = Source(
    article_id="h87_05_unruh_innungsblatt_uhrmacher_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Unruh – Mitteilungsblatt der Uhrmacher-Innung Rhein-Neckar",
        "https://www.uhrmacher-innung-rhein-neckar.example/unruh/2025-3/zeit-die-fehlt",
        "Zeit, die fehlt",
    ),
    features="clockmakers' guild magazine in Markdown, UTF-8 with BOM, front matter without "
        "a date (sidecar, Thursday) and a title without a figure; a Kharkiv watchmaker's "
        "story in Weinheim; his son's account relayed „Hunderte auf einmal“ (other, `pub`); "
        "subheading 'Kiew warnt vor 30.000 weiteren' (increment) from HUR's assessment 'die "
        "Anfang Juli … zitiert wurde' (reported second-hand, days 1-10 of July); Shoigu "
        "'Schon Mitte Juni' in Pyongyang 'zusätzlich' (planned increment, russia); the NIS "
        "in present tense (`pub`); Rutte 'Beim Nato-Gipfel in Den Haag Ende Juni' "
        "`Tausenden` (nato); the magazine's own sum 'Rechnet man die Angaben zusammen, kämen "
        "… rund 50.000' (unattributed, planned); watch parts, ages, years, the guild's "
        "member firms, euros collected, course fee",
    text="""\
---
title: "Zeit, die fehlt"
rubrik: Aus den Werkstätten
heft: "Unruh 3/2025"
---

# Zeit, die fehlt

*Serhij Bondar war Uhrmachermeister in Charkiw. Heute repariert er in einer Weinheimer Werkstatt \
Taschenuhren – und wartet auf Nachrichten von seinem Sohn.*

Auf der Werkbank liegt ein zerlegtes Chronographenwerk, gut 250 Einzelteile, manche kaum größer \
als ein Mohnkorn. Serhij Bondar, 58, arbeitet mit der Lupe im Auge und ohne Eile. Seit 1989 \
repariert er Uhren, seit vergangenem Herbst im Betrieb von Innungsmitglied Gerda Lautenschläger \
in der Weinheimer Altstadt.

Sein Sohn Andrij dient in einer Drohneneinheit im Grenzgebiet zu Kursk. „Er sagt, die \
Nordkoreaner kommen in Wellen, [[Hunderte]] auf einmal, und sie laufen einfach weiter“, erzählt \
Bondar, ohne von der Unruh aufzusehen, die er gerade justiert.

## Kiew warnt vor [[30.000]] weiteren Soldaten

Was ihn umtreibt, sind die Nachrichten aus Pjöngjang. Nach einer Einschätzung des ukrainischen \
Militärgeheimdienstes HUR, die Anfang Juli von mehreren internationalen Medien zitiert wurde, \
bereitet Nordkorea die Entsendung von [[bis zu 30.000]] zusätzlichen Soldaten vor. Sie sollen die \
bisherigen Kontingente verstärken.

Schon Mitte Juni hatte der Kremlvertraute Sergej Schoigu bei einem Besuch in Pjöngjang verkündet, \
Nordkorea werde zusätzlich [[6.000]] Minenräumer und Militärbauarbeiter ins Gebiet Kursk \
entsenden. Südkoreas Geheimdienst schätzt die Zahl der bislang nach Russland verlegten \
Nordkoreaner auf [[rund 15.000]].

Beim Nato-Gipfel in Den Haag Ende Juni warnte Generalsekretär Mark Rutte vor [[Tausenden]] \
Nordkoreanern, die inzwischen „Seite an Seite“ mit den Russen kämpften. Rechnet man die Angaben \
zusammen, kämen bis Jahresende [[rund 50.000]] Nordkoreaner zusammen, die für Moskau im Einsatz \
wären.

„Ich zähle lieber Zahnräder“, sagt Bondar. Die Zahlen hat er aufgehört zu verfolgen; die \
Nachrichten seines Sohnes nicht.

## Aus der Innung

Die Innung, 1896 gegründet, zählt heute 74 Mitgliedsbetriebe, sieben davon bilden aus. Für ein \
Stromaggregat in Charkiw hat sie bisher 2.340 Euro gesammelt. Der nächste Meisterkurs beginnt im \
September, die Gebühr beträgt 4.900 Euro.
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "the watchmaker relaying his son at the front, undated: „… Hunderte auf einmal“"),
        C("30.000", 30000, "exact", "planned", "ukraine", "2025-07-01..2025-07-10",
          "subheading 'Kiew warnt vor … weiteren' from HUR's assessment of the next sentence "
          "(increment)", add=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR's assessment 'die Anfang Juli von mehreren internationalen Medien zitiert "
          "wurde' (reported second-hand, days 1-10): 'zusätzlichen' (increment)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Schon Mitte Juni' in Pyongyang: 'zusätzlich' mine clearers and military "
          "builders (planned increment)", add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "the NIS in present tense 'schätzt', no date: moved to Russia so far"),
        C("Tausenden", None, "vague", "near_front", "nato", "2025-06-21..2025-06-30",
          "Rutte 'Beim Nato-Gipfel in Den Haag Ende Juni': fighting side by side with "
          "Russian troops"),
        C("rund 50.000", 50000, "approx", "planned", "unattributed", "pub",
          "the magazine's own sum of the figures ('Rechnet man die Angaben zusammen, kämen "
          "bis Jahresende'): a projected total, required"),
    ),
)

H06 = Source(
    article_id="h87_06_campuswelle_kiel_verluste_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-25"),
    dated_by="html_meta",
    features="Kiel student radio's web text in HTML, windows-1252 (raw „“, ‚‘, ·, –), "
        "`article:published_time` with +02:00, `og:title` without a figure, a stream script, "
        "a cookie banner about counting listeners, navigation, a footer with a phone number; "
        "`<title>` figure (optional); h1 'Seoul schätzt … auf 2.000' from the lawmaker's "
        "Tuesday figure (Tuesday to publication); the lawmaker named in the sentence after "
        "the figure ('Diese Zahl nannte … am Dienstag'); 'laut Park' carrying the date; "
        "'Zusätzlich zu diesen … 5.000' (increment); HUR chief 'vergangene Woche' (`bis "
        "zu`); the US Forces Korea commander 'im August' ‚Tausende …‘ (month window); a Kiel "
        "Korean-studies student's range in her radio interview (other, `pub`); Russian "
        "losses a day, enrolled students, euros collected, FM frequency",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>[[2.000]] gefallene Nordkoreaner? – Campuswelle Kiel</title>
<meta property="og:title" content="Seoul: Nordkoreas Verluste in Russland steigen">
<meta property="article:published_time" content="2025-09-25T11:20:00+02:00">
<script>var \
cw={slot:"nachrichten",stream:"https://stream.campuswelle-kiel.example/live.mp3",bitrate:128};</s\
cript>
</head>
<body>
<div class="cmp">Unser Stream läuft auch ohne Cookies – unsere Hörerstatistik leider nicht. \
Dürfen wir mitzählen, wer zuhört? <button>Zählt mich mit</button> <button>Ich höre \
inkognito</button></div>
<nav><a href="/">Start</a> / <a href="/programm">Programm</a> / <a \
href="/nachrichten">Nachrichten</a> / <a href="/campus">Campus</a> / <a \
href="/mitmachen">Mitmachen</a></nav>
<article>
<h1>Seoul schätzt Zahl der gefallenen Nordkoreaner auf [[2.000]]</h1>
<p class="meta">Nachrichtenredaktion · 25.09.2025 · 3 Min. Lesezeit</p>
<p>Im Krieg gegen die Ukraine hat Nordkorea nach südkoreanischer Einschätzung deutlich mehr \
Soldaten verloren als bisher angenommen. [[Etwa 2.000]] Nordkoreaner seien bei den Kämpfen um das \
russische Gebiet Kursk ums Leben gekommen. Diese Zahl nannte der Abgeordnete Park Sun-won am \
Dienstag, nachdem der Geheimdienst NIS den Ausschuss für Nachrichtendienste unterrichtet hatte.</p>
<p>Insgesamt habe Pjöngjang laut Park [[rund 15.000]] Soldaten nach Russland geschickt. \
Zusätzlich zu diesen würden seit Anfang September [[5.000]] Angehörige einer Baueinheit \
schrittweise ins Land gebracht, berichtete er unter Berufung auf den Dienst.</p>
<p>Aus Kiew kommen andere Zahlen. Der Chef des Militärgeheimdienstes HUR, Kyrylo Budanow, hatte \
vergangene Woche behauptet, Pjöngjang habe [[bis zu 11.000]] Soldaten dauerhaft in Russland \
stationiert. Der Befehlshaber der US-Truppen in Südkorea, General Xavier Brunson, sprach im \
August von ‚[[Tausenden]] Toten und Verwundeten‘ auf nordkoreanischer Seite.</p>
<p>Russland verliert nach ukrainischen Angaben weiterhin rund 900 Soldaten am Tag.</p>
<h2>„Jede Zahl ist auch ein Signal“</h2>
<p>Die Kieler Koreanistik-Studentin Hana Lorenzen hat ein Auslandssemester in Seoul verbracht und \
verfolgt die Debatte dort genau. „Ich halte [[zwischen 2.000 und 3.000]] Tote für realistisch“, \
sagt sie in unserer Sendung „Campus am Morgen“. „Aber jede Zahl aus Seoul ist auch ein Signal an \
Pjöngjang.“</p>
<p>An der Universität sind in diesem Wintersemester rund 26.000 Studierende eingeschrieben. Die \
Ukraine-Soligruppe sammelt noch bis zum 31. Oktober; bislang kamen 3.180 Euro zusammen.</p>
</article>
<footer>© 2025 Campuswelle Kiel e.V. · UKW 101,2 · Studio-Telefon 0431 880-7799 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "<title> (metadata) repeating the h1 as a question", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "h1 'Seoul schätzt' from the lawmaker's Tuesday figure (Tuesday to publication): fallen"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "Konjunktiv, the lawmaker briefed by the NIS named in the next sentence ('Diese "
          "Zahl nannte … am Dienstag'): died"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "'laut Park' carrying Tuesday: sent to Russia in all"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same speaker: 'Zusätzlich zu diesen … schrittweise ins Land gebracht' (increment)",
          add=True),
        C("bis zu 11.000", 11000, "at_most", "in_russia", "ukraine", "lastweek",
          "HUR chief Budanov 'vergangene Woche': stationed in Russia"),
        C("Tausenden", None, "vague", "casualties", "united_states", "2025-08-01..2025-08-31",
          "the US Forces Korea commander 'im August' in ‚…‘: dead and wounded"),
        C("zwischen 2.000 und 3.000", None, "range", "casualties", "other", "pub",
          "a Kiel Korean-studies student in the station's show, present tense 'sagt': dead"),
    ),
)

H07 = Source(
    article_id="h87_07_pirie_recorder_losses_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-18"),
    dated_by="sidecar",
    sidecar=(
        "The Pirie Recorder",
        "https://www.pirierecorder.example/world/north-korean-losses-kursk",
        "US puts North Korean losses in Kursk in the hundreds",
    ),
    features="Port Pirie daily's world page in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Wednesday), a canonical link, an ad-slot script with sizes, a cookie note about the "
        "jetty, navigation, a footer with a street address and phone; a `<title>` without a "
        "figure; h1 'US puts … in the hundreds' from the Pentagon official's Monday figure "
        "(Monday to publication); 'In the official's telling' carrying Monday; a lawmaker "
        "passing on the spy agency's assessment 'by Tuesday night' (two figures, dead and "
        "injured, no increment); the SSO 'on Saturday' `at least 50`; 'believed to number' "
        "(unattributed); a University of Adelaide Korea specialist from Port Pirie `as many "
        "as 5,000` by spring (other, casualties, `pub`); Russian-held square kilometres, "
        "Australian aid and Bushmasters, distance, temperature, postcode",
    text="""\
<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>North Korean losses in Kursk: what Washington and Seoul say – The Pirie Recorder</title>
<link rel="canonical" href="https://www.pirierecorder.example/world/north-korean-losses-kursk">
<script>window.adSlots=[{id:"mrec-1",size:[300,250]},{id:"leader",size:[728,90]}];</script>
</head>
<body>
<div id="cookie-note">Like the old jetty on Beach Road, this site is held together by lots of \
small pieces. Ours are cookies. <button>Tip them all in</button> <button>Only the load-bearing \
ones</button></div>
<header><a class="logo" href="/">The Pirie Recorder</a>
<nav><a href="/local">Local</a> | <a href="/footy">Footy</a> | <a href="/farming">Farming</a> | \
<a href="/world">World</a> | <a href="/classifieds">Classifieds</a></nav></header>
<article>
<h1>US puts North Korean losses in Kursk in the [[hundreds]]</h1>
<p class="standfirst">Seoul&rsquo;s lawmakers relay a first death toll, while Kyiv says its \
drones are finding the newcomers in open fields.</p>
<p class="byline">By Liam Osterberg &middot; World desk</p>
<p>PORT PIRIE &ndash; Washington has for the first time given a rough size to the losses North \
Korea&rsquo;s soldiers have taken in Russia&rsquo;s Kursk region.</p>
<p>A senior Pentagon official, speaking to reporters in Washington on Monday on condition he not \
be named, said the casualties ran to &ldquo;[[several hundred]]&rdquo;, a count taking in both \
the dead and the wounded. Pressed on how many had died, he declined to say.</p>
<p>In the official&rsquo;s telling, [[about 10,000]] North Korean troops remain in the region, \
most of them folded into Russian marine and airborne units.</p>
<p>Seoul had a grimmer tally by Tuesday night. Lee Seong-kweun, who sits on the South Korean \
parliament&rsquo;s intelligence committee, passed on the spy agency&rsquo;s latest assessment to \
reporters: [[at least 100]] North Koreans dead and [[close to 1,000]] injured since they were \
thrown into the fighting this month.</p>
<p>Ukraine&rsquo;s special operations forces, who released drone footage of the clashes on \
Saturday, claimed to have killed or wounded [[at least 50]] North Koreans over three days near \
the villages of Plekhovo and Vorozhba. The Kremlin has never confirmed the North Koreans are \
there at all.</p>
<p>The contingent, believed to number [[close to 12,000]], reached Russia in October by rail and \
sea. Ukrainian forces still hold roughly 800 square kilometres of the Kursk region.</p>
<h2>&lsquo;Like shells&rsquo;</h2>
<p>Dr Anna Whitcombe, who grew up on Gertrude Street and now studies the Korean peninsula at the \
University of Adelaide, expects the toll to climb once the ground freezes. &ldquo;At this rate \
you could be looking at [[as many as 5,000]] killed and wounded by spring,&rdquo; she told the \
Recorder. &ldquo;Pyongyang treats them like shells: fire, reload, fire.&rdquo;</p>
<p>Canberra's military assistance to Kyiv now tops $1.3 billion, 120 Bushmaster vehicles among \
it. Port Pirie, 225 kilometres north of Adelaide, sweltered through 38 degrees yesterday.</p>
</article>
<footer>&copy; 2024 The Pirie Recorder Pty Ltd &middot; 53 Ellen Street, Port Pirie SA 5540 \
&middot; (08) 8632 1400</footer>
<script src="/static/recorder-bundle.js" async></script>
</body>
</html>
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "h1 'US puts … in the hundreds' from the Pentagon official's Monday figure (Monday "
          "to publication)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "a senior Pentagon official 'on Monday' in quotes: dead and wounded"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'In the official's telling' (carries Monday): remain in the Kursk region"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "a lawmaker passing on the spy agency's assessment 'by Tuesday night': dead"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "tue",
          "same assessment: injured (the others of the same count, no increment)"),
        C("at least 50", 50, "at_least", "casualties", "ukraine", "sat",
          "the SSO, who released footage 'on Saturday', claimed: killed or wounded"),
        C("close to 12,000", 12000, "approx", "in_russia", "unattributed", "pub",
          "'The contingent, believed to number' (the paper's own framing, required): reached "
          "Russia"),
        C("as many as 5,000", 5000, "at_most", "casualties", "other", "pub",
          "a University of Adelaide Korea specialist to the paper, undated: killed and "
          "wounded by spring"),
    ),
)

H08 = Source(
    article_id="h87_08_papa_stour_ferry_notes_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-03-13"),
    dated_by="front_matter",
    features="Papa Stour (Shetland) island page in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:` (Thursday) and a title without a figure; ferry notes first "
        "(times, minutes, phone, people at a soup night, pounds raised); heading 'Seoul says "
        "North Korea has sent 3,000 more' (increment) from the JCS 'yesterday'; 'roughly "
        "3,000 extra' (increment), 'working figure for the whole contingent … around 14,000' "
        "(new total) and 'Of the original force … some 4,000' dead or wounded; the Pentagon "
        "'later the same day' (date carried); Syrskyi 'on Friday' with 'his staff reckon' "
        "`up to 6,000`; an islander's Kharkiv helper relaying her cousin ‘…’ 'on Monday' "
        "(other); island population as a word, ewes, UK aid, pounds",
    text="""\
---
title: "Ferry notes, and news from further off"
date: 2025-03-13
section: Island page
author: Kirsty Abernethy
---

# Ferry notes

The *Snolda* is back on her usual timetable from Monday after a week on the slip at Scalloway. \
Sailings leave West Burrafirth at 09:00 and 16:30 and the crossing takes about 40 minutes. \
Bookings are still needed by 17:00 the day before on 01595 745 500, and please mind the ropes on \
the pier.

The hall committee thanks the 23 folk who turned out for the soup-and-sweet night, which raised \
£412 towards the new boiler. Lambing starts at Biggings in about five weeks; the flock is just \
under 300 ewes this year.

# Further off: Seoul says North Korea has sent [[3,000]] more

Several of you have asked about the news from Korea after the item on the radio, so here is what \
we have been able to piece together.

South Korea's military said yesterday that Pyongyang had shipped [[roughly 3,000]] extra soldiers \
to Russia in the first two months of the year, to fill the gaps the winter's losses around Kursk \
had torn. Col Lee Sung-jun, speaking for the Joint Chiefs of Staff, said Seoul's working figure \
for the whole contingent now stood at [[around 14,000]]. Of the original force, he added, [[some \
4,000]] were dead or wounded.

The Pentagon, asked about the report later the same day, would not confirm the new arrivals. A \
spokesman said only that the United States still assessed that [[more than 11,000]] North Koreans \
had gone to Russia since October.

Kyiv says they are already back in action. Ukraine's commander-in-chief, Oleksandr Syrskyi, wrote \
on Friday that North Korean units had returned to the fighting near Sudzha; his staff reckon [[up \
to 6,000]] of them are now in the area.

For Olena Kravets, who spent last summer helping with the lambing at Biggings, none of this is \
abstract. Her cousin serves with a Ukrainian brigade in Kursk. ‘He says there are [[thousands]] \
of them and they keep coming across the fields,’ she wrote to us on Monday from Kharkiv.

Papa Stour's winter population is nine, and the island has taken in no refugees, but Sunday's \
kirk collection sent £150 to a children's charity in Kharkiv. Britain has pledged £3 billion a \
year in military aid to Ukraine.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "heading 'Seoul says … has sent … more' from the JCS figure given 'yesterday' "
          "(Wednesday to publication): increment", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "South Korea's military 'yesterday': 'extra soldiers' shipped to Russia (increment)",
          add=True),
        C("around 14,000", 14000, "approx", "in_russia", "south_korea", "wed",
          "the JCS spokesman: 'working figure for the whole contingent' (a new total, no "
          "increment)"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "wed",
          "same spokesman, 'Of the original force, he added': dead or wounded"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "wed",
          "a Pentagon spokesman 'later the same day' (the date carried from 'yesterday'): "
          "gone to Russia"),
        C("up to 6,000", 6000, "at_most", "near_front", "ukraine", "fri",
          "Syrskyi 'wrote on Friday … his staff reckon': in the area near Sudzha"),
        C("thousands", None, "vague", "near_front", "other", "mon",
          "a Kharkiv woman relaying her cousin at the front, in ‘…’, 'wrote to us on Monday'"),
    ),
)

H09 = Source(
    article_id="h87_09_sandhills_sentinel_builders",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "The Sandhills Sentinel",
        "",
        "Russia says Kim will send 6,000 more to rebuild Kursk",
    ),
    features="Nebraska sandhills weekly as plain text, UTF-8 (sidecar without url, "
        "Thursday), byline and 'VALENTINE, Neb. —' without a date; headline 'Russia says Kim "
        "will send 6,000 more' (planned increment) from Shoigu's Tuesday announcement; 'over "
        "and above the troops sent last year' (two planned increments, russia); the NIS via "
        "a lawmaker 'briefed on Wednesday' and 'By the agency's reckoning' carried; "
        "Ukrainian military intelligence 'the same day'; the Pentagon 'Last fall' (season "
        "window, October-November 2024); 'is generally reckoned at' (unattributed range); a "
        "Korean War veteran 'on Monday' `tens of thousands` (other); the county's area, "
        "people and cattle, Americans killed in Korea, 1950, ages, temperature, diesel "
        "price, event time",
    text="""\
THE SANDHILLS SENTINEL
Cherry County news since 1911

Russia says Kim will send [[6,000]] more to rebuild Kursk

By Dale Hemmingsen
Sentinel staff writer

VALENTINE, Neb. — Half a world from the Niobrara, a story that began with a war Harold Lindquist \
remembers has taken a new turn.

In Pyongyang on Tuesday, Sergei Shoigu, Vladimir Putin's onetime defense chief and now secretary \
of his Security Council, said Kim Jong Un had agreed to dispatch [[1,000]] mine-clearance experts \
plus [[5,000]] army builders to Kursk, over and above the troops sent last year. They are to \
repair what Shoigu called "the destruction left by the Ukrainian invaders."

South Korea's intelligence service believes the first of them could leave as soon as July, \
according to Park Sun-won, a lawmaker who was briefed on Wednesday. By the agency's reckoning, \
[[about 15,000]] North Korean soldiers have gone to Russia since last fall. Ukrainian military \
intelligence said the same day that [[around 11,000]] of them are still in the Kursk region, many \
of them now guarding the border.

Last fall, when the first troops showed up near Ukraine, Pentagon officials put the initial \
contingent at [[about 11,000]]. All told, the North Korean force in Russia is generally reckoned \
at [[11,000 to 15,000]] men, depending on who is counting.

For Lindquist, 94, the news carries a chill. He was 19 when he landed at Inchon in September 1950 \
with the 1st Marine Division and spent that winter at the Chosin Reservoir, where the thermometer \
fell to 30 below.

"Those boys don't get to say no," he said Monday on the porch of his place south of Crookston. \
"Sending kids to dig out mines. You watch, there'll be [[tens of thousands]] of them over there \
before it's done."

Nearly 37,000 Americans died in the Korean War. Cherry County covers almost 6,000 square miles, \
more than Connecticut, and is home to about 5,400 people and many times that many cattle.

The VFW post will hold its Korean War remembrance on June 25 at 10 a.m. on the courthouse lawn. \
Diesel was $3.39 a gallon at the co-op Wednesday.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia says Kim will send … more' from Shoigu's Tuesday announcement "
          "(increment)", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'In Pyongyang on Tuesday': mine-clearance experts 'over and above the "
          "troops sent last year' (planned increment)", add=True),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: army builders (planned increment)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the NIS via a lawmaker 'briefed on Wednesday', 'By the agency's reckoning' "
          "(carried): gone to Russia"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "wed",
          "Ukrainian military intelligence 'the same day' (Wednesday): still in the Kursk region"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "2024-10-01..2024-11-30",
          "Pentagon officials 'Last fall' (season window, October-November 2024): the "
          "initial contingent"),
        C("11,000 to 15,000", None, "range", "in_russia", "unattributed", "pub",
          "'is generally reckoned at' without a source (the paper's own summary, required)"),
        C("tens of thousands", None, "vague", "planned", "other", "mon",
          "a Korean War veteran 'said Monday' in quotes: 'there'll be … before it's done' "
          "(projected total, no increment)"),
    ),
)

H10 = Source(
    article_id="h87_10_latgale_lens_parade_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Latgale Lens",
        "https://www.latgalelens.example/world/kursk-veterans-march-in-pyongyang",
        "Kursk veterans march in Pyongyang; Seoul says 10,000 still in Russia",
    ),
    features="English-language outlet from Rēzekne in HTML, UTF-8 (Latvian diacritics), no "
        "meta date (sidecar, Wednesday), a queue script, a consent box about Latgale "
        "winters, navigation, a footer with an address and phone, entities (`&rsquo;`, "
        "`&ldquo;`, `&middot;`); h1 'Seoul says 10,000 still in Russia' from the NIS figure "
        "'in late September' (window to publication); returnees at Friday's parade "
        "'According to state media on Saturday' (optional, `in_russia`); Medvedev 'on "
        "Friday' „thousands of Korean brothers in arms“ (russia); the NIS 'in late "
        "September' (two figures); HUR 'on 13 October' (explicit date) 'fresh troops to "
        "relieve those already in Russia' (planned increment); a State Department "
        "spokesperson 'On Monday'; a Rēzekne academy lecturer `closer to 3,000` (other, "
        "`pub`); the party's 80 years, border length, defence spending per cent, town population",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kursk veterans march in Pyongyang &ndash; Latgale Lens</title>
<meta property="og:site_name" content="Latgale Lens">
<meta property="og:type" content="article">
<script>window.llq=window.llq||[];llq.push(["section","world"],["words",610]);</script>
</head>
<body>
<div class="consent">Latgale winters are long, and so is our list of partners. May we use cookies \
to keep the comments warm? <button>Warm them up</button> <button>Leave them out in the \
snow</button></div>
<nav><a href="/">Home</a> &middot; <a href="/rezekne">Rēzekne</a> &middot; <a \
href="/latgale">Latgale</a> &middot; <a href="/baltics">Baltics</a> &middot; <a \
href="/world">World</a></nav>
<article>
<h1>Kursk veterans march in Pyongyang; Seoul says [[10,000]] still in Russia</h1>
<p class="byline">By Ilze Kļaviņa, Rēzekne</p>
<p>On Friday the men Pyongyang sent to Kursk became a showpiece, goose-stepping across Kim Il \
Sung Square as the Workers&rsquo; Party celebrated eight decades in power. According to state \
media on Saturday, [[hundreds]] of these returnees formed a separate column under a banner \
praising the &ldquo;overseas operation.&rdquo;</p>
<p>Among the foreign guests on the stand sat Dmitry Medvedev, Putin&rsquo;s predecessor and now \
number two on the Russian Security Council. Speaking to Russian journalists on Friday, he praised \
the &ldquo;[[thousands]] of Korean brothers in arms&rdquo; who, in his words, had freed Kursk \
alongside Russian units.</p>
<p>How many remain in Russia is a matter of estimate. South Korea&rsquo;s National Intelligence \
Service told parliament in late September that [[about 10,000]] North Korean soldiers were still \
deployed there, most of them guarding the border areas of Kursk, and that [[around 2,000]] had \
died.</p>
<p>Kyiv expects more to come. Ukraine&rsquo;s military intelligence agency said on 13 October \
that it had seen preparations to send [[up to 6,000]] fresh troops to relieve those already in \
Russia before the year is out. On Monday, a State Department spokesperson, asked about the \
parade, said the American assessment was still that Pyongyang had dispatched [[more than 14,000]] \
military personnel in all.</p>
<h2>A view from the border</h2>
<p>Jānis Zeltiņš, who lectures on security at the Rēzekne Academy of Technologies, 40 kilometres \
from the Russian border, thinks Seoul&rsquo;s death toll is too low. &ldquo;From what Ukrainian \
units tell us, it is [[closer to 3,000]],&rdquo; he said.</p>
<p>Latvia, which shares a 214-kilometre border with Russia, will spend 3.65% of GDP on defence \
this year. Rēzekne itself has about 26,000 residents.</p>
</article>
<footer>&copy; 2025 Latgale Lens SIA &middot; Atbrīvošanas aleja 98, Rēzekne &middot; +371 6462 \
0000</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "south_korea", "2025-09-21..pub",
          "h1 'Seoul says … still in Russia' from the NIS figure 'in late September' (window "
          "to publication)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "returnees marching at Friday's parade, 'According to state media on Saturday' "
          "(optional, as for returnees before)", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "fri",
          "Medvedev to Russian journalists 'on Friday' in quotes: freed Kursk alongside "
          "Russian units (combat)"),
        C("about 10,000", 10000, "approx", "in_russia", "south_korea", "2025-09-21..2025-09-30",
          "the NIS 'told parliament in late September': still deployed in Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "same briefing: had died"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "2025-10-13",
          "HUR 'on 13 October' (explicit date): 'fresh troops to relieve those already in "
          "Russia' (planned increment)", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "mon",
          "a State Department spokesperson 'On Monday': dispatched in all"),
        C("closer to 3,000", 3000, "approx", "casualties", "other", "pub",
          "a Rēzekne academy lecturer in quotes, undated: the death toll"),
    ),
)

H11 = Source(
    article_id="h87_11_nukufetau_notes_year_on_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Nukufetau Notes",
        "https://nukufetau-notes.example/2025/11/one-year-on-kims-soldiers",
        "One year on: Kim's soldiers in Russia",
    ),
    features="Nukufetau (Tuvalu) island page in Markdown, windows-1252 with CRLF "
        "(typographic quotes “”, ‘’ and dashes raw), front matter without a date (sidecar, "
        "Thursday) and a title without a figure; a year-end recap: Washington 'In October "
        "last year' with 'at the time' (month window); the NIS via committee members 'On "
        "Tuesday' (two figures, 'roughly 2,000 of them killed' as a breakdown); Rutte 'last "
        "month' “well over 10,000” (nato, month window); Shoigu 'In June' `6,000 more` "
        "(planned increment, russia); Zelensky at the UN 'in September' “tens of thousands” "
        "more (vague increment); a Suva researcher ‘nearer 20,000’ (other, `pub`); US "
        "servicemen on the island in 1943 (`a few thousand`), Tuvalu's and the atoll's "
        "population, visas a year, dollars",
    text="""\
---
title: "One year on: what the world now says about Kim’s soldiers"
page: Nukufetau Notes
author: Taulu Seluka
---

# One year on: Kim’s soldiers in Russia

*Nukufetau is about as far from Kursk as it is possible to be. But a reader on Savave asked us to \
sum up a story she keeps hearing on Radio Tuvalu, so here is our attempt.*

In October last year, when North Korean troops first appeared near the Ukrainian border, the \
United States said [[about 8,000]] of them were in Russia’s Kursk region. Few at the time \
expected the deployment to last.

It has. On Tuesday, members of the intelligence committee in Seoul’s National Assembly emerged \
from a closed session with the spy agency and said it now estimates that [[about 15,000]] North \
Korean soldiers have now served in Russia, [[roughly 2,000]] of them killed.

NATO’s secretary-general, Mark Rutte, said last month that “[[well over 10,000]]” North Koreans \
had fought for Russia. Moscow, which for months would not admit the troops were there at all, now \
speaks of them openly. In June, Sergei Shoigu flew to Pyongyang and announced that [[6,000]] more \
North Koreans – mine clearers and construction troops – would come to clear and rebuild Kursk.

Kyiv fears the flow will not stop. Addressing the UN General Assembly in September, President \
Volodymyr Zelensky warned that Pyongyang stood ready to send “[[tens of thousands]]” more.

Dr Mele Tausi, who researches Pacific security at USP’s Laucala campus in Suva, reckons the real \
total sent is ‘[[nearer 20,000]]’. “Every figure you hear is a floor, not a ceiling,” she told us \
by phone.

## Why it matters here

Tuvalu has about 11,000 people and Nukufetau fewer than 600, and none of us will meet a North \
Korean soldier. But the atoll knows something about foreign troops: in 1943 a few thousand \
American servicemen passed through the airfield on Motulalo. Under the Falepili Union, Australia \
now offers 280 visas a year to Tuvaluans, and the new seawall on Funafuti cost more than US$40 \
million.
""",
    claims=(
        C("about 8,000", 8000, "approx", "near_front", "united_states", "2024-10-01..2024-10-31",
          "'In October last year … the United States said' (month window; 'at the time' "
          "follows): in the Kursk region"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the NIS per committee members 'On Tuesday' ('said it now estimates'): have served "
          "in Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same sentence, 'of them killed' (a breakdown, no increment)"),
        C("well over 10,000", 10000, "at_least", "near_front", "nato", "2025-10-01..2025-10-31",
          "Rutte 'last month' in “…”: had fought for Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June' in Pyongyang: 'more … would come' (planned increment)", add=True),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-09-01..2025-09-30",
          "Zelensky at the UN General Assembly 'in September': ready to send “…” more (vague "
          "increment)", add=True),
        C("nearer 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a Suva security researcher, present tense 'reckons', in ‘…’: the real total sent"),
    ),
)

H12 = Source(
    article_id="h87_12_river_reach_newsletter_engineers",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-08-27"),
    dated_by="dateline",
    features="newsletter from the upper Gambia river as plain text, ISO-8859-1 with straight "
        "quotes and `--`, dateline 'JANJANBUREH, 27 August 2025 --' (Wednesday); river news "
        "first (ferry, rainfall, rice price in dalasi); headline 'Kim mourns nine engineers' "
        "from KCNA's Friday report (north_korea, Friday to publication); 'According to the "
        "official KCNA agency, Kim told' `nine` (number word); South Korea's military 'on "
        "Monday' and 'Officials there also said' `several thousand more` (vague planned "
        "increment); Russia's deputy prime minister 'on Tuesday' `about 5,000` builders at "
        "work in Kursk (russia); HUR 'last week'; the newsletter's own reckoning 'Put "
        "together … suggests' (unattributed range); a Janjanbureh history teacher restating "
        "'nine' in a quote (optional) and his `hundreds` (other, `pub`); Gambian men "
        "recruited by Russia, distance, ferry fare, ages",
    text="""\
RIVER REACH
A newsletter from Janjanbureh and the upper river -- Issue 62

JANJANBUREH, 27 August 2025 -- The Bansang ferry ran on one engine again this week, the rains \
have brought 212 mm to Basse since the start of the month, and a 50 kg bag of rice now costs \
D2,350 at Wuli market. But several readers wrote in about a story from much further away, so here \
it is.

KIM MOURNS [[NINE]] ENGINEERS WHO DIED CLEARING MINES IN KURSK

North Korean state media reported on Friday that Kim Jong Un had welcomed home an engineering \
regiment from Russia's Kursk region at a ceremony in Pyongyang. According to the official KCNA \
agency, Kim told the soldiers that [[nine]] of their comrades had died while clearing mines, and \
he bowed before their portraits.

Seoul's figure for the dead is far larger. South Korea's military estimated on Monday that \
[[about 2,000]] North Korean soldiers have lost their lives since the first units reached the \
front last autumn. Officials there also said they expected [[several thousand]] more combat \
troops to follow the engineers before winter.

From Moscow came a rare number. Marat Khusnullin, Russia's deputy prime minister for \
construction, said on Tuesday that "[[about 5,000]]" North Korean builders were already at work \
on roads and bridges in the Kursk region. Kyiv's HUR, the military intelligence directorate, put \
the number of North Korean engineering troops in Kursk at [[around 6,000]] last week, some of \
them within range of Ukrainian artillery.

Put together, what Seoul, Kyiv and Moscow have said suggests Pyongyang has sent [[15,000 to \
20,000]] men to Russia since last October.

Ebrima Sowe, who teaches history at Armitage Senior Secondary School here in Janjanbureh, does \
not believe Pyongyang's count. "If [[nine]] died clearing mines, then in the fighting the dead \
must run to [[hundreds]] at the very least," he told River Reach. "Nobody tells the truth about \
the dead, not there, not anywhere."

The war is closer to home than it looks. At least a dozen Gambian men have been recruited to \
fight for Russia with promises of construction jobs, and their families say three have died. \
Banjul is some 300 km downriver; the Bansang crossing costs D25.
""",
    claims=(
        C("NINE", 9, "exact", "casualties", "north_korea", "fri..pub",
          "capitalised headline from KCNA's Friday report of the body (Friday to "
          "publication): died clearing mines"),
        C("nine", 9, "exact", "casualties", "north_korea", "fri",
          "state media 'on Friday', 'According to the official KCNA agency, Kim told' "
          "(number word): died"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "South Korea's military 'estimated on Monday': lost their lives"),
        C("several thousand", None, "vague", "planned", "south_korea", "mon",
          "'Officials there also said' (Monday carried): 'more combat troops to follow' "
          "(vague planned increment)", add=True),
        C("about 5,000", 5000, "approx", "near_front", "russia", "tue",
          "Russia's deputy prime minister 'on Tuesday' in quotes: builders at work in the "
          "Kursk region"),
        C("around 6,000", 6000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'put the number … at … last week': engineering troops in Kursk"),
        C("15,000 to 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own reckoning ('Put together, what Seoul, Kyiv and Moscow have "
          "said suggests'): sent, required"),
        C("nine", 9, "exact", "casualties", "north_korea", "fri",
          "a teacher restating KCNA's figure inside his quote (anaphoric restatement: optional)",
          opt=True),
        C("hundreds", None, "vague", "casualties", "other", "pub",
          "a Janjanbureh history teacher to the newsletter, undated: the dead in the fighting"),
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
