"""Build the HUNDRED-AND-SIXTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-eighteenth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have, most of
them German-speaking or English-speaking communities far from home: the walnut market committee's
letter from Vianden in Luxembourg with a small table of what each government estimates, the
friends' newsletter of the Frutillar music weeks in southern Chile with a pianist from Gwangju, the
letters page of a German-language weekly in Pomerode (Brazil) with readers quoting a grandson in
the International Legion and an in-law in Korea, the cellar village friends' letter from Hajós in
Hungary with a harvest helper from Berehove, the Swiss society's National Day bulletin from Nueva
Helvecia in Uruguay (Swiss conventions) with a cheesemaker from Chernivtsi, and an Austrian
volunteer's circular letter home from the Tyrolean colony of Pozuzo in Peru (Austrian conventions)
with a Korean nun; the letters page of an expatriates' weekly in Cuenca (Ecuador) with readers
quoting a nephew at Osan and a son-in-law near Sumy, a Boquete (Panama) coffee estate's harvest
letter with a roaster from Suwon, a Kampot (Cambodia) pepper farm's newsletter with a soil
scientist from Cheongju, a Chiang Mai (Thailand) Muay Thai camp's newsletter with a fighter from
Lutsk, a Roseau (Dominica) whale-watch log with a bioacoustician from Odesa, and the volunteer notes
of a Tortuguero (Costa Rica) turtle station with a student whose father was an attaché in Moscow.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in order,
by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing
and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind116_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Luxembourg, Chile, Brazil, Hungary, Uruguay, Peru)
# ---------------------------------------------------------------------------------------------

V01 = Source(
    article_id="v116_01_nussmaart_brief_vianden_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-10-24"),
    dated_by="front_matter",
    features="the walnut market committee's letter from Vianden (Luxembourg) in Markdown, UTF-8, "
        "front matter with `date:` (Thursday), a committee key and a title without a figure, "
        "`„“`; a refugee baker from Cherkasy relaying her husband's voice message 'Am Vorabend "
        "des Marktes' (the eve of the 13 October market: 12 October) `ein paar tausend` expected "
        "in the trenches (other, planned); the NIS 'Am Mittwoch' in Konjunktiv: `1.500` shipped "
        "in mid-October (an event date inside a relative clause) and `1.500` 'weitere gestoßen' "
        "(increment), 'so der Dienst' `etwa 10.000` by year's end (planned); a Pentagon "
        "spokeswoman 'noch am selben Abend' `mindestens 3.000`; HUR 'Nach Einschätzung …, die "
        "Präsident Selenskyj vergangene Woche öffentlich machte' `rund 12.000` in training and "
        "'darunter' `500` officers (a breakdown); Rutte without a figure; a small table of "
        "government estimates ('Regierung | Schätzung | Stand') whose 'Stand' cells date four "
        "more rows (`3.000`, `10.000`, `mindestens 3.000`, `12.000`) and two rows without a "
        "figure; Russia's daily losses, visitors, stalls, rolls, a price per kilo, donations, "
        "ages, years, a phone number",
    text="""\
---
title: "Nussmaart-Brief: Merci an alle Helfer – und ein Kuchen aus Tscherkassy"
date: 2024-10-24
komitee: Nussmaart-Comité Veianen
ausgabe: Herbst 2024
---

# Merci an alle Helfer – und ein Kuchen aus Tscherkassy

Liebe Freundinnen und Freunde des Nussmaart,

der 13. Oktober war ein Sonntag wie aus dem Bilderbuch. Etwa 28.000 Besucherinnen und Besucher \
schoben sich zwischen der Ourbrücke und dem Burgaufgang durch die Grand-Rue, an 140 Ständen gingen \
Nussschnaps, Nussbrot und Nusskuchen über die Theke. Allein die Pfadfinder haben 3.200 \
Nussbrötchen gebacken; das Kilo frischer Walnüsse kostete 9 Euro.

## Oksanas Tisch

Zum ersten Mal hatte auch Oksana Melnyk einen eigenen Tisch. Die 36-Jährige kam im Frühjahr 2022 \
mit ihren beiden Töchtern aus Tscherkassy nach Vianden, und ihr Walnusskuchen nach dem Rezept der \
Großmutter war um halb drei ausverkauft. Zwischen zwei Blechen erzählte sie von ihrem Mann Andrij, \
der in einer Haubitzenbatterie an der Grenze zum russischen Gebiet Kursk dient.

Am Vorabend des Marktes hatte er ihr eine Sprachnachricht geschickt. In seiner Batterie rechne man \
damit, dass drüben bald [[ein paar tausend]] Nordkoreaner in den Gräben lägen, sagte er darin. „Er \
klang müde“, sagt Oksana. „Nicht ängstlich, nur müde.“

## Wer zählt was?

Seit dem Markt überschlagen sich die Meldungen. Am Mittwoch unterrichtete der südkoreanische \
Geheimdienst NIS die Abgeordneten in Seoul: Zu den [[1.500]] Spezialkräften, die Mitte Oktober auf \
russischen Schiffen nach Wladiwostok gebracht worden seien, seien inzwischen [[1.500]] weitere \
gestoßen. Bis zum Jahresende, so der Dienst, könne Pjöngjang [[etwa 10.000]] Mann entsenden.

Kurz darauf meldete sich auch Washington. Eine Sprecherin des Pentagons bezifferte die Zahl der \
nordkoreanischen Soldaten im Osten Russlands noch am selben Abend auf [[mindestens 3.000]]; \
Verteidigungsminister Lloyd Austin sprach in Rom von „Belegen“.

Kiew nennt deutlich höhere Zahlen. Nach Einschätzung des ukrainischen Militärgeheimdienstes HUR, \
die Präsident Wolodymyr Selenskyj vergangene Woche öffentlich machte, werden [[rund 12.000]] \
Nordkoreaner auf Truppenübungsplätzen im Osten Russlands ausgebildet, darunter [[500]] Offiziere. \
Die Nato hat noch keine eigene Zahl genannt; Generalsekretär Mark Rutte will zuerst die \
Unterrichtung durch eine Delegation aus Seoul abwarten. Die russische Armee büßt nach einer \
Schätzung aus London derzeit jeden Tag über 1.200 Soldaten ein.

Unsere kleine Übersicht, Stand Donnerstagmorgen:

| Regierung | Schätzung | Stand |
| --- | --- | --- |
| Südkorea (Geheimdienst NIS) | [[3.000]] Soldaten in Russland | 23. Oktober |
| Südkorea (Geheimdienst NIS) | [[10.000]] bis zum Jahresende | 23. Oktober |
| USA (Pentagon) | [[mindestens 3.000]] im Osten Russlands | 23. Oktober |
| Ukraine (HUR, Selenskyj) | [[12.000]] in Ausbildung | 17. Oktober |
| Russland (Kreml) | „Falschmeldungen“, keine Zahl | 21. Oktober |
| Nordkorea | kein Kommentar | – |

## Termine

- Nussbaum-Pflanzaktion mit der Grundschule: Samstag, 16. November, 10 Uhr, an der Ourpromenade
- Für die Ukraine-Hilfe kamen am Stand des Komitees 1.870 Euro zusammen
- Das Komitee trifft sich am ersten Dienstag im Monat im Café an der Brücke
- Sekretariat: +352 83 41 57

Mit herzlichen Grüßen
Ihr Nussmaart-Comité
""",
    claims=(
        C("ein paar tausend", None, "vague", "planned", "other", "2024-10-12",
          "a refugee baker relaying her husband's voice message 'Am Vorabend des Marktes' (the eve "
          "of the market on Sunday 13 October: 12 October), 'sagte er darin', Konjunktiv (the "
          "speaker quoted: other): expected in the trenches across the line soon (planned)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "the NIS 'Am Mittwoch' briefing lawmakers (Thursday letter), Konjunktiv: special forces "
          "shipped to Vladivostok 'Mitte Oktober' (an event inside a relative clause, not the "
          "claim date)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "wed",
          "same briefing: 'weitere gestoßen' (joined since: increment, span without the word)",
          add=True),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "same briefing, 'so der Dienst' (a role): could be sent by the end of the year "
          "(planned)"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "a Pentagon spokeswoman 'noch am selben Abend' (the Wednesday evening): in Russia's "
          "east"),
        C("rund 12.000", 12000, "approx", "in_russia", "ukraine", "lastweek",
          "'Nach Einschätzung des … HUR, die Präsident … Selenskyj vergangene Woche öffentlich "
          "machte': training in Russia's east"),
        C("500", 500, "exact", "in_russia", "ukraine", "lastweek",
          "same estimate, 'darunter … Offiziere' (a breakdown, never additional)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "table row 'Südkorea (Geheimdienst NIS)', 'Stand' '23. Oktober': soldiers in Russia (the "
          "two groups of 1.500 added up)"),
        C("10.000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "table row, '23. Oktober': by the end of the year (planned; the body's 'etwa' not "
          "repeated in the cell)"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "2024-10-23",
          "table row 'USA (Pentagon)', '23. Oktober': in Russia's east"),
        C("12.000", 12000, "exact", "in_russia", "ukraine", "2024-10-17",
          "table row 'Ukraine (HUR, Selenskyj)', '17. Oktober': in training"),
    ),
)

V02 = Source(
    article_id="v116_02_musikwochen_frutillar_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-02-07"),
    dated_by="html_meta",
    features="the friends' newsletter of the music weeks in Frutillar (Lake Llanquihue, Chile) in "
        "HTML, windows-1252 (`„“`, `–` and `·` raw), `article:published_time` -03:00 (Friday), a "
        "cookie note about the programme view, a script, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; a pianist from Gwangju relaying talk in "
        "her brother's company at the DMZ, told in the foyer 'Am vergangenen Sonntag': `über "
        "20.000` sent and, Konjunktiv, `Tausende` 'weitere' (increment, planned), both other and "
        "dated Sunday; the NIS 'teilte am Montag mit' in Konjunktiv over three sentences `etwa "
        "11.000` sent and `rund 3.000` of them killed or wounded (a breakdown); 'Laut dem … "
        "Oberbefehlshaber Olexandr Syrskyj, der sich am Mittwoch äußerte' `einige hundert` in the "
        "front line; a US defence official 'Ende Januar' `rund 1.000` fallen; 'Medienberichten "
        "aus Seoul zufolge' `bis zu 1.500` wounded flown home (unattributed, `pub`); Chile's "
        "foreign ministry without a figure; Russia's daily losses, concerts, seats, young "
        "musicians, kilometres, members, pesos, ages, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Freundeskreis der Musikwochen Frutillar – Rundbrief – Ein Abend mit So-yeon Han</title>
<meta property="article:published_time" content="2025-02-07T10:30:00-03:00">
<meta property="og:site_name" content="Freundeskreis der Musikwochen Frutillar">
<script>var rundbrief={nummer:"2/2025",saison:57,sprache:"de"};</script>
</head>
<body>
<div class="cookies">Ein Cookie merkt sich, ob Sie den Spielplan als Liste oder als Kalender \
sehen. <button>Gern</button> <button>Nein, danke</button></div>
<nav><a href="/">Start</a> · <a href="/programm">Programm</a> · <a href="/karten">Karten</a> · <a \
href="/freundeskreis">Freundeskreis</a> · <a href="/rundbrief">Rundbrief</a></nav>
<main>
<p class="rubrik">Rundbrief · Februar</p>
<h1>Ein Abend mit So-yeon Han</h1>
<p class="vorspann">Am Sonntag gehen die Musikwochen zu Ende. Für viele Mitglieder war der \
Höhepunkt das Klavierkonzert einer jungen Koreanerin, die danach noch lange im Foyer stand.</p>
<p>Seit dem 24. Januar hat das Theater am See 21 Konzerte erlebt, fast alle ausverkauft. Gut 1.100 \
Menschen fasst der große Saal, und an manchen Abenden saßen noch Zuhörer auf den Stufen. Zum \
ersten Mal spielte das Jugendorchester aus Puerto Montt mit, 64 Musikerinnen und Musiker zwischen \
13 und 22 Jahren.</p>
<p>Am vergangenen Sonntag gehörte die Bühne So-yeon Han, 29, aus Gwangju. Sie spielte Rachmaninows \
zweites Klavierkonzert, und hinter der Glaswand färbte sich der Osorno rosa, als der letzte Akkord \
verklang. Danach erzählte sie im Foyer von ihrem jüngeren Bruder, der seinen Wehrdienst in einer \
Einheit direkt an der Grenze zum Norden leistet. „In seiner Kompanie heißt es, Pjöngjang habe \
schon [[über 20.000]] Mann nach Russland geschickt“, sagte sie. Ihr Bruder rechne damit, dass im \
Frühjahr [[Tausende]] weitere folgten.</p>
<h2>Was die Regierungen sagen</h2>
<p>Die amtlichen Zahlen sind kleiner. Der südkoreanische Geheimdienst teilte am Montag mit, die \
Nordkoreaner seien seit Mitte Januar kaum noch an der Front im Gebiet Kursk beobachtet worden; \
vermutlich habe Moskau sie nach schweren Verlusten zurückgenommen. Unter den [[etwa 11.000]] nach \
Russland geschickten Soldaten zähle man [[rund 3.000]] Tote und Verwundete. Laut dem ukrainischen \
Oberbefehlshaber Olexandr Syrskyj, der sich am Mittwoch äußerte, stehen derzeit nur noch [[einige \
hundert]] in vorderster Linie. Ein Beamter des US-Verteidigungsministeriums hatte Ende Januar \
gesagt, allein seit November seien [[rund 1.000]] Nordkoreaner gefallen. Medienberichten aus Seoul \
zufolge sollen zudem [[bis zu 1.500]] Verwundete zur Behandlung nach Pjöngjang ausgeflogen worden \
sein.</p>
<p>Chiles Außenministerium verurteilte den Einsatz am Dienstag erneut, ohne eine Zahl zu nennen. \
Russland verliert nach britischen Angaben an der gesamten Front weiterhin mehr als 1.500 Soldaten \
am Tag.</p>
<p>So-yeon fliegt am Montag über Santiago und Los Angeles zurück nach Seoul, fast 18.000 \
Kilometer. Im März spielt sie mit dem Sinfonieorchester ihrer Heimatstadt.</p>
<h2>Aus dem Freundeskreis</h2>
<p>Der Freundeskreis zählt jetzt 412 Mitglieder. Der Jahresbeitrag bleibt bei 45.000 Pesos; die \
Mitgliederversammlung ist am 15. März um 19 Uhr im Club Alemán.</p>
</main>
<footer>Freundeskreis der Musikwochen Frutillar · Avenida Philippi 1000 · Frutillar · Tel. +56 65 \
242 1290</footer>
<script src="/js/spielplan.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("über 20.000", 20000, "at_least", "in_russia", "other", "sun",
          "a pianist relaying the talk in her brother's company at the border ('In seiner Kompanie "
          "heißt es', the speaker quoted: other), told in the foyer 'Am vergangenen Sonntag' (2 "
          "February; a Friday newsletter): sent to Russia"),
        C("Tausende", None, "vague", "planned", "other", "sun",
          "same conversation, 'Ihr Bruder rechne damit', Konjunktiv: 'weitere' to follow in spring "
          "(increment, span without the word; planned)",
          add=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "the NIS 'teilte am Montag mit', Konjunktiv carried over three sentences: the troops "
          "sent"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "mon",
          "same statement, 'Unter den … nach Russland geschickten Soldaten zähle man': killed or "
          "wounded (a breakdown)"),
        C("einige hundert", None, "vague", "near_front", "ukraine", "wed",
          "'Laut dem ukrainischen Oberbefehlshaber Olexandr Syrskyj, der sich am Mittwoch äußerte' "
          "(the day in a relative clause): still in the front line"),
        C("rund 1.000", 1000, "approx", "casualties", "united_states", "2025-01-21..2025-01-31",
          "a US defence official 'hatte Ende Januar gesagt' (days 21-31): fallen since November"),
        C("bis zu 1.500", 1500, "at_most", "casualties", "unattributed", "pub",
          "'Medienberichten aus Seoul zufolge' (no named source: unattributed), undated: wounded "
          "flown home for treatment"),
    ),
)

V03 = Source(
    article_id="v116_03_leserbriefe_pomerode",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-01-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Pomeroder Blatt – Leserbriefe",
        "https://www.pomeroder-blatt.example/leserbriefe/2025-01-17",
        "Leserbriefe: Kims Soldaten, unser Enkel und die Brücke am Testo",
    ),
    features="the letters page of a German-language weekly in Pomerode (Santa Catarina, Brazil) as "
        "plain text, UTF-8 with BOM and CRLF (sidecar, Friday), `„“`; four readers' letters under "
        "their own headings and an editor's note; grandparents relaying their grandson in the "
        "International Legion, who called 'Zu Weihnachten' (24-26 December), `mehr als 40` dead "
        "seen and `zehntausend` still at the Kursk front ('meinte er' after the figure; other); a "
        "retired pastor relaying his son-in-law's father, a retired colonel from Wonju, who "
        "phoned 'am Neujahrstag' `15.000 bis 20.000` in Russia and `Tausende` 'nachschicken' "
        "(increment, planned); a reader quoting the paper's own `12.000` back at it (traced by "
        "the editor to an older estimate from Kyiv: optional) and correcting it with the NIS 'am "
        "Montag' `rund 11.000`, 'Davon seien' `etwa 300` fallen and `2.700` wounded, and Zelensky "
        "'Am Samstag' `zwei` captured; a letter about a closed bridge; kilometres, minutes, "
        "reais, a character limit, ages, a WhatsApp number",
    text="""\
POMERODER BLATT
Deutschsprachige Wochenzeitung für Pomerode und das Testotal

LESERBRIEFE

Zu unserem Bericht „Kims Soldaten im Schnee von Kursk“ vom 10. Januar haben uns so viele \
Zuschriften erreicht wie lange nicht. Wir drucken eine Auswahl, zum Teil gekürzt. Leserbriefe \
geben die Meinung der Einsender wieder, nicht die der Redaktion.

Unser Enkel hat sie gesehen

Unser Enkel Lucas ist vor zwei Jahren aus Testo Alto in die Ukraine gegangen und dient dort in der \
Internationalen Legion. Zu Weihnachten hat er uns per Video angerufen, zum ersten Mal seit dem \
Sommer. Nach einem Angriff im Dezember habe er [[mehr als 40]] tote Nordkoreaner im Schnee liegen \
sehen, erzählte er, viele ohne Winterjacke. An der Kursker Front stünden noch immer \
[[zehntausend]] von ihnen, meinte er. Wir beten jeden Abend für ihn und für die Mütter auf der \
anderen Seite.
Irmgard und Ewald Siewert, Testo Alto

Aus Korea klingt es anders

Mein Schwiegersohn stammt aus einer koreanischen Familie in São Paulo. Sein Vater, ein Oberst a. \
D. aus Wonju, hat am Neujahrstag mit uns telefoniert. Er hält die Zahlen der Regierung in Seoul \
für zu vorsichtig: In Wahrheit seien [[15.000 bis 20.000]] Nordkoreaner in Russland, und im \
Frühjahr werde Kim [[Tausende]] nachschicken. Ich gebe das so weiter, wie er es gesagt hat.
Pastor i. R. Helmut Kienen, Rio dos Cedros

Bitte genauer zählen

In Ihrem Bericht stand, es seien [[12.000]] Nordkoreaner in Russland. Der südkoreanische \
Geheimdienst hat am Montag aber von [[rund 11.000]] gesprochen. Davon seien [[etwa 300]] gefallen \
und [[2.700]] verwundet worden. Am Samstag hatte Präsident Selenskyj außerdem mitgeteilt, \
ukrainische Soldaten hätten [[zwei]] Nordkoreaner gefangen genommen. Gerade bei solchen Zahlen \
muss eine Zeitung genau sein.
Norbert Krüger, Pomerode-Centro

Anmerkung der Redaktion: Herr Krüger hat recht. Unsere Zahl stammte aus einer älteren Schätzung \
aus Kiew; wir bitten um Entschuldigung.

Die Brücke muss fertig werden

Seit acht Monaten ist die Brücke über den Rio do Testo gesperrt. Für die vier Kilometer zur Schule \
brauchen unsere Kinder jetzt 35 Minuten mit dem Bus. Angeblich sind 1,2 Millionen Reais bewilligt. \
Wo bleiben die Arbeiter?
Ilse Ramthun, Wunderwald

Leserbriefe bitte mit vollständiger Adresse an leserbriefe@pomeroder-blatt.example oder per \
WhatsApp an (47) 3387-2214, höchstens 1.500 Zeichen.
""",
    claims=(
        C("mehr als 40", 40, "at_least", "casualties", "other", "2024-12-24..2024-12-26",
          "readers relaying their grandson in the International Legion ('erzählte er', Konjunktiv; "
          "the speaker quoted: other), who called 'Zu Weihnachten' (24-26 December): dead seen "
          "after an attack"),
        C("zehntausend", 10000, "exact", "near_front", "other", "2024-12-24..2024-12-26",
          "same call, Konjunktiv with 'meinte er' after the figure: still at the Kursk front "
          "(number word)"),
        C("15.000 bis 20.000", None, "range", "in_russia", "other", "2025-01-01",
          "a reader relaying his son-in-law's father, a retired colonel, who phoned 'am "
          "Neujahrstag' (1 January), Konjunktiv (the speaker quoted: other): in Russia"),
        C("Tausende", None, "vague", "planned", "other", "2025-01-01",
          "same call: Kim will 'nachschicken' in spring (send on after: increment, planned)",
          add=True),
        C("12.000", 12000, "exact", "in_russia", "ukraine", "2024-10-01..2025-01-10",
          "a reader quoting the paper's own report of 10 January back at it, which the editor's "
          "note traces to an older estimate from Kyiv (an echo: optional)",
          opt=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same reader citing the NIS 'hat am Montag … gesprochen' (Friday paper): in Russia"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "next sentence, 'Davon seien' (Konjunktiv carries the NIS and Monday): fallen (a "
          "breakdown)"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag hatte … mitgeteilt': captured (number word)"),
    ),
)

V04 = Source(
    article_id="v116_04_kellerbrief_hajos_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-09-25"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Hajoscher Kellerdorf – Kellerbrief",
        "https://www.kellerdorf-hajos.example/kellerbrief/2025-3",
        "Lese, Kadarka und ein Gast aus Beregszász",
    ),
    features="the cellar village friends' letter from Hajós (Hajosch, Bács-Kiskun, Hungary) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and a "
        "title without a figure, `„“`; a harvest helper from Berehove (Beregszász) in "
        "Transcarpathia reading out his son's messages from Sumy in Konjunktiv, `gut tausend` "
        "sappers across the line ('gut' with a number word: at_least, other, `pub`); 'Nach "
        "Angaben des … NIS vom 4. September' `etwa 2.000` fallen and, 'hieß es weiter' after the "
        "figure, `6.000` builders and sappers readied (planned); Russia's ambassador in Pyongyang "
        "'Mitte September' `Tausenden` builders to come; Zelensky 'Am Mittwoch … vor der "
        "UN-Vollversammlung' `mehr als 10.000` fighting; a NATO diplomat 'schätzte vergangene "
        "Woche' `an die 15.000` (approx); Hungary's foreign minister 'vorgestern' without a "
        "figure; press houses, hectares, tonnes, degrees of sugar, forints, group sizes, dates, a "
        "phone number",
    text="""\
---
title: "Kellerbrief: Lese, Kadarka und ein Gast aus Beregszász"
herausgeber: Freundeskreis Hajoscher Kellerdorf
nummer: 3/2025
---

# Lese, Kadarka und ein Gast aus Beregszász

*Liebe Kellerfreunde, die Trauben sind fast alle im Presshaus. Ein Bericht aus dem Kellerdorf – \
und von einem Helfer, der jeden Abend auf sein Telefon schaut.*

## Die Lese

In den gut 1.200 Presshäusern am Rand von Hajosch wird wieder gekeltert. Auf den 40 Hektar unserer \
Mitglieder haben wir bis Mittwoch knapp 190 Tonnen Trauben gelesen, der Kadarka bringt 21 Grad \
Zucker auf die Waage. Der Liter Most kostet ab Keller 350 Forint.

## Gábor aus Beregszász

Unter den Helfern ist auch dieses Jahr Gábor Fekete, 47, aus Beregszász, ukrainisch Berehowe, \
einer ungarisch geprägten Stadt in Transkarpatien. Sein Sohn Dániel wurde im Frühjahr eingezogen \
und steht mit einer Brigade bei Sumy. Was der Sohn schreibt, liest Gábor abends den anderen im \
Presshaus vor. Drüben auf der russischen Seite hätten die Nordkoreaner [[gut tausend]] Pioniere im \
Einsatz, die Minen legten und Unterstände bauten. „Er sagt, man hört sie nachts graben“, erzählt \
der Vater.

## Die Zahlen der Regierungen

Was die Regierungen melden, passt dazu. Nach Angaben des südkoreanischen Geheimdienstes NIS vom 4. \
September sind im Kampf um Kursk bislang [[etwa 2.000]] Nordkoreaner gefallen. Pjöngjang bereite \
zudem die Entsendung von [[6.000]] Bauarbeitern und Pionieren vor, hieß es weiter. Der russische \
Botschafter in Pjöngjang sprach Mitte September von [[Tausenden]] Bauleuten, die „noch vor dem \
Winter“ eintreffen sollen.

Am Mittwoch sagte der ukrainische Präsident Selenskyj vor der UN-Vollversammlung in New York, \
[[mehr als 10.000]] nordkoreanische Soldaten kämpften inzwischen an der Seite Russlands. Ein \
Nato-Diplomat schätzte vergangene Woche in Brüssel, dass seit dem Herbst 2024 [[an die 15.000]] \
Nordkoreaner in Russland gedient haben. Budapest hält sich zurück: Außenminister Péter Szijjártó \
sagte vorgestern, der ungarischen Regierung lägen „keine eigenen Erkenntnisse“ vor.

Gábor fährt Anfang Oktober heim. Den Kadarka, den er mitgelesen hat, schicken wir ihm zu Ostern \
nach.

## Aus dem Verein

- Kellerfest mit der Blaskapelle: Samstag, 11. Oktober, ab 15 Uhr
- Mitgliedsbeitrag: 8.000 Forint im Jahr
- Führungen durch das Kellerdorf für Gruppen bis 25 Personen
- Auskunft: +36 78 404 219
""",
    claims=(
        C("gut tausend", 1000, "at_least", "near_front", "other", "pub",
          "a harvest helper reading out his son's messages from Sumy ('Was der Sohn schreibt', "
          "Konjunktiv; the speaker quoted: other), undated: sappers across the line ('gut' with "
          "a number word: at_least)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "'Nach Angaben des … NIS vom 4. September': fallen"),
        C("6.000", 6000, "exact", "planned", "south_korea", "2025-09-04",
          "same statement, carried by 'hieß es weiter' after the figure: builders and sappers "
          "being readied (planned, no increment word)"),
        C("Tausenden", None, "vague", "planned", "russia", "2025-09-11..2025-09-20",
          "Russia's ambassador in Pyongyang 'Mitte September' (days 11-20): builders to arrive "
          "before winter (planned)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "ukraine", "wed",
          "Zelensky 'Am Mittwoch … vor der UN-Vollversammlung' (Thursday letter): fighting "
          "alongside Russia"),
        C("an die 15.000", 15000, "approx", "in_russia", "nato", "lastweek",
          "a NATO diplomat 'schätzte vergangene Woche': served in Russia since autumn 2024 ('an "
          "die' as approx)"),
    ),
)

V05 = Source(
    article_id="v116_05_schweizerverein_nueva_helvecia",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-08-01"),
    dated_by="dateline",
    features="the Swiss society's National Day bulletin from Nueva Helvecia (Colonia Suiza, "
        "Uruguay) as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `10'000`, `1'340`, "
        "`2'500`, `30'000`, 4-digit `4000`), dated by the place line 'Nueva Helvecia, 1. August "
        "2025' (Friday); the bonfire first; a cheesemaker from Chernivtsi relaying his cousin, a "
        "drone pilot, «`drei-, viertausend`» in his sector (range of number words, other, `pub`); "
        "HUR 'laut einem Interview seines Chefs … vom 16. Juli' `bis zu 30'000` 'zusätzliche' "
        "(increment, planned); the State Department 'am 22. Juli' `über 14'000` served; the NIS "
        "'schätzte am Dienstag' `etwa 11'000` in Russia, 'davon' `rund 4000` at the border (a "
        "breakdown) and, Konjunktiv in the next sentence, `an die 2'000` fallen; the Swiss "
        "Federal Council's answer to an interpellation 'die am 9. Juli veröffentlicht wurde' "
        "«`mindestens 11'000`» (a third government: other); Moscow and Pyongyang without figures; "
        "inhabitants, members, guests, cheese wheels, pesos, times, years, a phone number",
    text="""\
SCHWEIZERVEREIN NUEVA HELVECIA
Mitteilungen zur Bundesfeier

Nueva Helvecia, 1. August 2025

Liebe Landsleute, liebe Freunde der Colonia Suiza

Heute Abend brennt auf der Plaza de los Fundadores wieder das Augustfeuer, und die \
Musikgesellschaft spielt den Schweizerpsalm. Seit 1862 leben Schweizer Familien in unserem \
Städtchen im Departement Colonia; heute zählt es rund 10'000 Einwohnerinnen und Einwohner, und \
unser Verein hat 1'340 Mitglieder. Zum Fest erwarten wir gegen 2'500 Gäste aus dem ganzen Land.

Wassyl in der Käserei

Seit dem Frühling arbeitet Wassyl Boiko, 44, aus Tschernowitz in der genossenschaftlichen Käserei \
an der Ruta 1. Er stellt dort Hartkäse nach Emmentaler Art her, rund 600 Laibe im Monat. Sein \
Cousin Petro fliegt Aufklärungsdrohnen an der Grenze zum russischen Gebiet Kursk.

«Petro sagt, drüben seien jetzt mehr Koreaner als im Winter, [[drei-, viertausend]] allein in \
seinem Abschnitt», erzählt Wassyl. «Sie bauen Stellungen, und sie lernen schnell.»

Was die Regierungen melden

Der ukrainische Militärgeheimdienst rechnet laut einem Interview seines Chefs Kyrylo Budanow vom \
16. Juli damit, dass Pjöngjang in den kommenden Monaten [[bis zu 30'000]] zusätzliche Soldaten \
schickt. Das amerikanische Aussenministerium teilte am 22. Juli mit, bisher hätten [[über 14'000]] \
Nordkoreaner in Russland gedient. Der südkoreanische Geheimdienst NIS schätzte am Dienstag, \
derzeit stünden [[etwa 11'000]] von ihnen in Russland, [[rund 4000]] davon unmittelbar an der \
Grenze zur Ukraine. Die Verluste seien hoch: Gefallen seien bislang [[an die 2'000]].

Auch der Bundesrat geht in seiner Antwort auf eine Interpellation aus dem Nationalrat, die am 9. \
Juli veröffentlicht wurde, von «[[mindestens 11'000]]» nordkoreanischen Soldaten in Russland aus. \
Moskau und Pjöngjang sprechen von «Waffenbrüderschaft» und nennen keine Zahlen.

Wassyl feiert heute Abend mit uns. Er hat versprochen, einen Käse aus seiner ersten Charge \
mitzubringen.

Programm

- 18.30 Uhr Umzug ab der Kirche, 20 Uhr Ansprache des Präsidenten, 21 Uhr Augustfeuer
- Eintritt frei; Bratwurst und Käseschnitte für 350 Pesos
- Sekretariat: +598 4554 4120

Mit herzlichen Grüssen
Der Vorstand
""",
    claims=(
        C("drei-, viertausend", None, "range", "near_front", "other", "pub",
          "a cheesemaker relaying his cousin, a drone pilot ('Petro sagt', «…»; the speaker "
          "quoted: other), 'erzählt Wassyl' undated: in his sector (two number words, the first "
          "cut short: range)"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "2025-07-16",
          "HUR 'rechnet laut einem Interview seines Chefs … vom 16. Juli damit': 'zusätzliche' in "
          "the coming months (increment, span without the word; planned)",
          add=True),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "2025-07-22",
          "the State Department 'teilte am 22. Juli mit', Konjunktiv: served in Russia so far"),
        C("etwa 11'000", 11000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'schätzte am Dienstag' (a Friday bulletin): in Russia now"),
        C("rund 4000", 4000, "approx", "near_front", "south_korea", "tue",
          "same sentence, 'davon': right at the border with Ukraine (a breakdown; four digits "
          "without an apostrophe)"),
        C("an die 2'000", 2000, "approx", "casualties", "south_korea", "tue",
          "next sentence, Konjunktiv carries the NIS and Tuesday: fallen ('an die' as approx)"),
        C("mindestens 11'000", 11000, "at_least", "in_russia", "other", "2025-07-09",
          "the Swiss Federal Council's answer to an interpellation 'die am 9. Juli veröffentlicht "
          "wurde' (a third government: other), inside «…»: in Russia"),
    ),
)

V06 = Source(
    article_id="v116_06_rundbrief_pozuzo_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "Briefe aus Pozuzo – Rundbriefe eines Auslandsdieners",
        "https://www.briefe-aus-pozuzo.example/rundbrief-4",
        "Regenzeit, Schulbeginn und eine Schwester aus Wonju",
    ),
    features="an Austrian volunteer's circular letter home from the Tyrolean colony of Pozuzo "
        "(Pasco, Peru) in HTML, UTF-8, no meta date (sidecar, Thursday), Austrian conventions "
        "(`Jänner`, `Feber`, `Heuer`, `heuer`, `Passt`, `Pfiat enk`), a cookie note, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; a "
        "Korean nun relaying her brother, a retired colonel: 'Nach seiner Einschätzung' `zehn- "
        "bis fünfzehntausend` 'heuer noch einmal' (range of number words, increment, planned), "
        "dated in the next sentence by 'Das hat sie mir vergangenen Sonntag erzählt'; the JCS "
        "'gab vergangene Woche bekannt' `etwa 3.000` 'Mann Nachschub' (increment) and, "
        "Konjunktiv, `knapp 4.700` killed or wounded; Zelensky 'hatte Anfang Feber erklärt' "
        "`mehrere hundert` in one week; the State Department 'im Jänner' `gut 11.000` in Kursk; "
        "HUR 'meint' `bis zu 6.000` 'weitere' (increment, planned, `pub`); Russia without a "
        "figure; settlers, pupils ('38 davon'), anniversaries, euros, hours, days, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>Briefe aus Pozuzo – Rundbrief Nr. 4</title>
<script>var rundbrief={autor:"lukas",ort:"pozuzo",nummer:4};</script>
</head>
<body>
<div class="hinweis">Diese Seite merkt sich per Cookie nur, welche Briefe Sie schon gelesen haben. \
<button>Passt</button> <button>Lieber ohne Cookies</button></div>
<nav><a href="/">Startseite</a> · <a href="/briefe">Alle Briefe</a> · <a href="/fotos">Fotos</a> · \
<a href="/unterstuetzen">Unterstützen</a></nav>
<article>
<h1>Regenzeit, Schulbeginn und eine Schwester aus Wonju</h1>
<p>Liebe Familie, liebe Freunde in Silz und im ganzen Oberland,</p>
<p>seit meinem letzten Brief im Jänner hat es in Pozuzo fast jeden Tag geregnet. Im Feber stand \
der Fluss zweimal bis an die Hängebrücke beim Museum, und die Straße nach Oxapampa war neun Tage \
lang gesperrt. Heuer hat unsere Schule 212 Kinder, 38 davon lernen in meiner Klasse Deutsch. Im \
Juli feiern wir den 166. Jahrestag der Ankunft der ersten Siedler aus Tirol und dem Rheinland; \
damals kamen an die 300 Menschen über die Anden.</p>
<h2>Schwester Eun-ju</h2>
<p>Im Gesundheitsposten arbeitet seit drei Jahren Schwester Eun-ju Lee, 58, eine koreanische \
Ordensfrau aus Wonju. Wenn wir am Sonntag nach der Messe beim Kaffee sitzen, reden wir oft über \
den Krieg in der Ukraine. Ihr Bruder ist Oberst im Ruhestand und verfolgt genau, was der Norden in \
Russland tut.</p>
<p>Nach seiner Einschätzung wird Kim Jong Un heuer noch einmal [[zehn- bis fünfzehntausend]] \
Soldaten schicken. Das hat sie mir vergangenen Sonntag erzählt, gleich nachdem er sie angerufen \
hatte. „Mein Bruder sagt, die Zahlen aus Seoul sind immer zu vorsichtig“, meinte sie.</p>
<h2>Was man sonst hört</h2>
<p>Die Nachrichten lesen wir am Handy, wenn das Netz gerade geht. Der Generalstab in Seoul gab \
vergangene Woche bekannt, Nordkorea habe seit Jahresbeginn [[etwa 3.000]] Mann Nachschub nach \
Russland gebracht. Seit dem Herbst seien [[knapp 4.700]] Nordkoreaner getötet oder verwundet \
worden. Präsident Selenskyj hatte Anfang Feber erklärt, die Einheiten aus dem Norden seien nach \
einer Pause an die Front bei Kursk zurückgekehrt; seine Truppen hätten in einer einzigen Woche \
[[mehrere hundert]] von ihnen getötet oder verwundet. Das US-Außenministerium sprach im Jänner von \
[[gut 11.000]] Nordkoreanern im Gebiet Kursk. Und der ukrainische Militärgeheimdienst meint, \
Pjöngjang könnte [[bis zu 6.000]] weitere schicken, sobald der Boden trocken ist.</p>
<p>Russland hat die Anwesenheit der Nordkoreaner bis heute nicht offiziell bestätigt. Schwester \
Eun-ju betet für alle, die dort sterben, „auf beiden Seiten“, wie sie sagt.</p>
<h2>Was ich brauche</h2>
<p>Für die Schulbibliothek suchen wir Kinderbücher auf Deutsch. Ein Paket nach Lima kostet mit der \
Post etwa 45 Euro, von dort bringt es der Bus in 14 Stunden herauf. Mein Einsatz dauert noch bis \
August.</p>
<p>Pfiat enk, euer Lukas</p>
</article>
<footer>Briefe aus Pozuzo · Auslandsdienst in Peru · Kontakt über den Trägerverein, Tel. +43 5263 \
6120</footer>
</body>
</html>
""",
    claims=(
        C("zehn- bis fünfzehntausend", None, "range", "planned", "other", "sun",
          "a Korean nun relaying her brother, a retired colonel ('Nach seiner Einschätzung'; the "
          "speaker quoted: other), dated in the next sentence by 'Das hat sie mir vergangenen "
          "Sonntag erzählt' (16 March): 'heuer noch einmal' (this year once more: increment, "
          "planned; a range of number words)",
          add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "the JCS ('Der Generalstab in Seoul') 'gab vergangene Woche bekannt': 'Mann Nachschub' "
          "since the start of the year (reinforcements: increment, the word outside the span)",
          add=True),
        C("knapp 4.700", 4700, "approx", "casualties", "south_korea", "lastweek",
          "next sentence, Konjunktiv carries the JCS and last week: killed or wounded since autumn "
          "('knapp' as approx)"),
        C("mehrere hundert", None, "vague", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'hatte Anfang Feber erklärt' (Austrian February, days 1-10), Konjunktiv: "
          "killed or wounded in a single week"),
        C("gut 11.000", 11000, "at_least", "near_front", "united_states", "2025-01-01..2025-01-31",
          "the State Department 'sprach im Jänner' (Austrian January, month): in the Kursk region "
          "('gut' as at_least)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "HUR 'meint' (present tense, undated): 'weitere' once the ground is dry (increment, "
          "planned)",
          add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Ecuador, Panama, Cambodia, Thailand, Dominica, Costa Rica)
# ---------------------------------------------------------------------------------------------

V07 = Source(
    article_id="v116_07_courier_letters_cuenca",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-04-11"),
    dated_by="dateline", crlf=True,
    features="the letters page of an English-language weekly for foreign residents of Cuenca "
        "(Ecuador) as plain text, windows-1252 with CRLF, curly quotes and `—`, dated by the line "
        "'LETTERS TO THE EDITOR — Friday, April 11, 2025'; 'an estimated 10,000 foreign retirees' "
        "(not a claim); a reader relaying her nephew, a US Air Force intelligence officer at "
        "Osan, on 'a video call last Sunday': `close to 15,000` sent and 'another' `5,000` "
        "expected (increment, planned), both other; readers relaying their son-in-law near Sumy "
        "'When he phoned on Wednesday' “`in the low thousands`” back at the front and 'He "
        "believes' `many thousands` more training (vague increment); a retired editor citing the "
        "NIS 'last month' `some 4,700` casualties and 'Kyiv's own figure in early January' "
        "`around 4,000`; the editor's note on the Pentagon's December `11,000`; a letter about "
        "water rates with 'another 30 percent' (not a claim); altitude, dollars, an address, a "
        "phone number",
    text="""\
THE CUENCA COURIER
An English-language weekly for the foreign residents of Cuenca, Ecuador

LETTERS TO THE EDITOR — Friday, April 11, 2025

Our March 28 story on North Korea’s soldiers in Russia brought in more mail than anything we have \
printed since the water-rate increase. Cuenca sits at 2,560 metres and is home to an estimated \
10,000 foreign retirees, and it seems half of them have family in uniform somewhere. A selection \
follows, trimmed for length.

My nephew at Osan

My sister’s boy, Captain Derek Tillman, is an Air Force intelligence officer at Osan Air Base, an \
hour south of Seoul. We talked on a video call last Sunday, and I asked him about your story. \
Derek said the North has now sent [[close to 15,000]] men to Russia, far more than most people \
here realize. He also expects another [[5,000]] to go before the summer is out, mostly engineers \
and drivers.
— Marjorie Tillman, El Vergel

Our son-in-law near Sumy

Our daughter’s husband, Mykhailo, commands a mortar crew a few kilometres from the Russian border. \
When he phoned on Wednesday, he told us the Koreans were back on the Kursk front after a quiet \
spell in February, “[[in the low thousands]],” as he put it. He believes [[many thousands]] more \
are training behind the lines and will be sent in once the mud dries.
— Halyna and Peter Bondar, Turi

The numbers, please

Your story mixed up the number sent with the number hit. South Korea’s intelligence service said \
last month that [[some 4,700]] of Kim’s men had been killed or hurt, and Kyiv’s own figure in \
early January was [[around 4,000]]. Those numbers are grim enough without inflating them.
— Robert Fenn, retired wire-service editor, San Sebastián

Editor’s note: Mr. Fenn is right. The figure of [[11,000]] in our story was the number of troops \
the Pentagon said in December were in Russia, not the number of casualties. We regret the error.

Fix the pipes first

Before the city raises water rates by another 30 percent, it might repair the main under Calle \
Larga, which has burst twice since January. Our bill went from $14 to $18.20 a month last year, \
and the water is still brown every Monday.
— Dennis and Carol Ocampo, Calle Larga

Letters must carry a name and neighbourhood. Email letters@cuencacourier.example or leave them at \
our office, Calle Larga 7-42. Office phone: 07 282 4419.
""",
    claims=(
        C("close to 15,000", 15000, "approx", "in_russia", "other", "sun",
          "a reader relaying her nephew, a US Air Force intelligence officer speaking privately "
          "('Derek said'; the speaker quoted: other), on 'a video call last Sunday' (6 April; a "
          "Friday paper): sent to Russia ('close to' as approx)"),
        C("5,000", 5000, "exact", "planned", "other", "sun",
          "same call, 'He also expects another … to go' (increment, span without the word; "
          "planned)",
          add=True),
        C("in the low thousands", None, "vague", "near_front", "other", "wed",
          "readers relaying their son-in-law, a mortar commander, 'When he phoned on Wednesday' "
          "(“…”, 'as he put it'; the speaker quoted: other): back on the Kursk front (vague, as "
          "in earlier sets)"),
        C("many thousands", None, "vague", "in_russia", "other", "wed",
          "same call, 'He believes … more are training behind the lines' (increment, span without "
          "'more'; training in Russia: in_russia)",
          add=True),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-03-31",
          "a reader citing the NIS 'said last month' (March): killed or wounded"),
        C("around 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "same letter: 'Kyiv's own figure in early January' (days 1-10; claimant and date in a "
          "possessive phrase): killed or wounded"),
        C("11,000", 11000, "exact", "in_russia", "united_states", "2024-12-01..2024-12-31",
          "the editor's note: 'the number of troops the Pentagon said in December were in Russia' "
          "(month)"),
    ),
)

V08 = Source(
    article_id="v116_08_harvest_letter_boquete_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-27"),
    dated_by="html_meta",
    features="a coffee estate's harvest letter from Alto Quiel near Boquete (Chiriquí, Panama) in "
        "HTML, UTF-8 with BOM, `<meta name=date>` (Wednesday), quotes and apostrophes as entities "
        "(`&rsquo;`, `&ldquo;`), a cookie bar, a script, navigation, a footer with a phone "
        "number; `<title>` without a figure and a headline 'a buyer's worry about Kim's' `11,000` "
        "from HUR's Monday figure (Monday to publication); HUR 'On Monday' `about 11,000` in "
        "Kursk; a Pentagon spokeswoman 'had put the number there at' `more than 10,000` 'earlier "
        "this month' (the date after the figure); the NIS 'on November 20' `several thousand` "
        "with Russian marine and airborne units, in the same sentence as rocket launchers and "
        "guns (not claims); Zelensky 'In an interview broadcast on Sunday' `up to 100,000`; NATO "
        "and Moscow without figures; a roaster's echo “`Eleven thousand` is only the first wave” "
        "(optional) and 'He reckons' `no fewer than 20,000` by March (other, planned, `pub`); "
        "pickers, pounds, metres, degrees, dollars per pound, tours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Finca Quebrada Linda – Harvest Letter, November 2024</title>
<meta name="date" content="2024-11-27">
<meta property="og:site_name" content="Finca Quebrada Linda">
<script>window.finca={page:"harvest-letter",lot:"washed-geisha",lang:"en"};</script>
</head>
<body>
<div class="cookie-bar">One cookie remembers whether you buy by the pound or by the kilo. \
<button>Fine by us</button> <button>No, thank you</button></div>
<nav><a href="/">Home</a> | <a href="/farm">The Farm</a> | <a href="/lots">Lots &amp; Auctions</a> \
| <a href="/letters">Harvest Letters</a> | <a href="/visit">Visit Us</a></nav>
<main>
<h1>First cherries on the terraces, and a buyer&rsquo;s worry about Kim&rsquo;s [[11,000]]</h1>
<p>The first ripe Geisha cherries came off the upper terraces on Monday, two weeks earlier than \
last year. Our 52 pickers, most of them Ngäbe families who come down from the comarca every \
season, brought in 3,400 pounds on the first day. The farm sits at 1,650 metres on the flank of \
Volcán Barú, and the nights are down to 11 degrees.</p>
<p>On the terraces with them was Park Seung-woo, 41, who roasts for a small chain of cafés in \
Suwon and has bought our washed Geisha for six years. He paid $96 a pound at last year&rsquo;s \
auction and says he would do it again.</p>
<h2>&ldquo;My phone buzzes all day&rdquo;</h2>
<p>Seung-woo did his military service with an artillery battalion near the DMZ, and between rows \
he reads the news from home. This week it was all about the North&rsquo;s soldiers in Russia. On \
Monday Ukraine&rsquo;s defence intelligence said [[about 11,000]] North Koreans were now in the \
Kursk region, some of them already trading fire with Ukrainian units. A Pentagon spokeswoman had \
put the number there at [[more than 10,000]] earlier this month. South Korea&rsquo;s spy agency \
told lawmakers on November 20 that Pyongyang had shipped 100 multiple rocket launchers and 50 \
self-propelled guns along with the men, and that [[several thousand]] of the soldiers had been \
attached to Russian marine and airborne units. In an interview broadcast on Sunday, President \
Volodymyr Zelensky warned that Kim could eventually send [[up to 100,000]]. NATO has confirmed the \
deployment but has not published a number of its own, and Moscow still calls the reports \
invented.</p>
<p>&ldquo;[[Eleven thousand]] is only the first wave,&rdquo; Seung-woo said, sorting cherries by \
colour. He reckons Pyongyang will have sent [[no fewer than 20,000]] by the time our harvest ends \
in March.</p>
<h2>Harvest notes</h2>
<p>Tours of the wet mill run Tuesday to Saturday at 9 a.m.; $35 a person includes a cupping. This \
year&rsquo;s auction lots will be listed in April.</p>
</main>
<footer>Finca Quebrada Linda &middot; Alto Quiel, Boquete, Chiriquí &middot; +507 720 1843</footer>
<script src="/js/lots.js?v=11"></script>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'a buyer's worry about Kim's …': HUR's Monday figure below (Monday to the "
          "Wednesday of publication; the hedge 'about' dropped)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "Ukraine's defence intelligence 'On Monday … said' (a Wednesday letter): in the Kursk "
          "region"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "2024-11-01..pub",
          "a Pentagon spokeswoman 'had put the number there at' … 'earlier this month' (the 1st to "
          "publication; the date after the figure): in Kursk"),
        C("several thousand", None, "vague", "near_front", "south_korea", "2024-11-20",
          "the NIS 'told lawmakers on November 20': attached to Russian marine and airborne units "
          "(the launchers and guns in the same sentence are not claims)"),
        C("up to 100,000", 100000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'In an interview broadcast on Sunday': Kim could eventually send"),
        C("Eleven thousand", 11000, "exact", "near_front", "other", "pub",
          "an echo of the figures above at the start of a roaster's quote (“… is only the first "
          "wave”): optional",
          opt=True),
        C("no fewer than 20,000", 20000, "at_least", "planned", "other", "pub",
          "a coffee roaster and former conscript who 'reckons' (undated; speaking for himself: "
          "other): sent by March ('no fewer than' as at_least; planned)"),
    ),
)

V09 = Source(
    article_id="v116_09_peppercorn_post_kampot_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-22"),
    dated_by="front_matter",
    features="a pepper farm's newsletter from Kampot (Cambodia) in Markdown, ISO-8859-1 with "
        "straight quotes, front matter with `date:` (Thursday), a farm key and a title without a "
        "figure; a soil scientist from Cheongju going through the numbers 'Over dinner on "
        "Tuesday': 'According to South Korea's intelligence service, which briefed lawmakers two "
        "weeks ago' (Monday to Sunday of the week before last) `roughly 600` dead and `around "
        "4,700` losses; Moscow's and Pyongyang's admission without a figure; the State Department "
        "'in a statement last Thursday' (a week before a Thursday issue) `between 10,000 and "
        "11,000`; Rutte 'on Monday' `at least 11,000` fought in Kursk; HUR 'believes' 'a further' "
        "`2,000 to 3,000` (range, increment, planned, `pub`); 'By his count' `15,000 or "
        "thereabouts` ('or thereabouts' in the span, other, dated by 'he said that evening'); "
        "hectares, tonnes, dollars a kilo, families, kilometres, hours, years, a phone number",
    text="""\
---
title: "The Peppercorn Post: red pepper, rain and a soil scientist from Cheongju"
date: 2025-05-22
farm: Sothea Pepper Garden, Kampot
---

# Red pepper, rain and a soil scientist from Cheongju

The last red peppercorns of the season came in on Saturday, and the drying racks behind the \
packing shed are empty at last. Our 6 hectares gave 9.4 tonnes of fresh pepper this year, a little \
over 3 tonnes once dried. In the farm shop, black Kampot pepper is $28 a kilo and red is $45.

## A guest with numbers

For three weeks we have had a guest on the farm: Jung Min-ho, 34, a soil scientist from Cheongju \
who works on an irrigation project in the province. He did his conscription in a signals unit near \
the DMZ and follows the North more closely than most of us follow the rain.

Over dinner on Tuesday he went through the figures for us. According to South Korea's intelligence \
service, which briefed lawmakers two weeks ago, [[roughly 600]] North Koreans have died in the \
Kursk fighting and total losses are [[around 4,700]]. Moscow and Pyongyang have since admitted \
that the soldiers fought for Russia, without saying how many. The State Department, in a statement \
last Thursday, put the number still inside Russia at [[between 10,000 and 11,000]]. NATO Secretary \
General Mark Rutte told reporters on Monday that [[at least 11,000]] had fought in the Kursk \
region. And Kyiv's military intelligence believes Pyongyang is readying a further [[2,000 to \
3,000]].

Min-ho thinks the totals are already higher. By his count, [[15,000 or thereabouts]] have passed \
through Russia since October. "The official numbers are not wrong," he said that evening. "They \
are just late."

## Farm notes

- The shop is open every day from 8 a.m. to 5 p.m.; the farm walk takes about 40 minutes.
- Kampot pepper has had a protected geographical indication since 2010, and about 400 families \
grow it.
- The road from Phnom Penh is 150 km, roughly three hours by minibus.
- Phone and WhatsApp: +855 12 604 318
""",
    claims=(
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-05-05..2025-05-11",
          "'According to South Korea's intelligence service, which briefed lawmakers two weeks "
          "ago' (Monday to Sunday of the week before last), relayed by a dinner guest: died in "
          "the Kursk fighting"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-05-05..2025-05-11",
          "same briefing: total losses"),
        C("between 10,000 and 11,000", None, "range", "in_russia", "united_states", "2025-05-15",
          "the State Department 'in a statement last Thursday' (a Thursday newsletter: the "
          "Thursday a week before, 15 May), 'put the number … at': still inside Russia"),
        C("at least 11,000", 11000, "at_least", "near_front", "nato", "mon",
          "Rutte 'told reporters on Monday': fought in the Kursk region"),
        C("2,000 to 3,000", None, "range", "planned", "ukraine", "pub",
          "HUR 'believes' (present tense, undated): 'a further' being readied (increment, span "
          "without the words; planned)",
          add=True),
        C("15,000 or thereabouts", 15000, "approx", "in_russia", "other", "tue",
          "a soil scientist speaking for himself, 'By his count', dated by 'he said that evening' "
          "(the dinner on Tuesday): passed through Russia since October ('or thereabouts' in the "
          "span: approx)"),
    ),
)

V10 = Source(
    article_id="v116_10_ringside_chiang_mai_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Kaew Ruen Muay Thai – Ringside",
        "https://www.kaewruen-muaythai.example/ringside/2025-07",
        "Ringside: a third straight win for Daria",
    ),
    features="a Muay Thai camp's newsletter from Chiang Mai (Thailand) in Markdown, windows-1252 "
        "with curly quotes and `—`, front matter with `date:` and a sidecar (Thursday), a title "
        "without a figure; a fighter from Lutsk relaying her father, a reservist near Sumy, 'she "
        "told us after the fight' (last Friday) `a couple of thousand` digging across the border "
        "(vague, other); Shoigu 'In June … after talks in Pyongyang' `6,000` engineers and "
        "deminers (planned, russia); the NIS 'briefing parliament at the end of June' `around "
        "2,000` dead; a sentence-initial `Up to 12,000` with the source after it ('Ukraine's "
        "president said on Monday'); KCNA 'On Sunday' `thousands` of young workers 'volunteered' "
        "(north_korea, planned); Japan's defence ministry 'in its annual white paper on Tuesday, "
        "estimated' `more than 11,000` (a third government: other); the newsletter's own sum "
        "`something like 18,000` by the end of summer (unattributed, planned, required); "
        "fighters, countries, kilograms, rounds, baht, dates, a phone number",
    text="""\
---
title: "Ringside: news from Kaew Ruen Muay Thai"
date: 2025-07-10
camp: Kaew Ruen Muay Thai, Chiang Mai
---

# Ringside — July

*Rainy season, a new ring floor and a third straight win for Daria.*

Thirty-four fighters from nine countries are living at the camp this month, at the foot of Doi \
Suthep. The new ring floor went down on the 1st, and the 6 a.m. run up the mountain road goes \
ahead, rain or no rain.

## Daria’s night at Thapae

Daria Savchuk, 27, from Lutsk, won her third fight in a row last Friday at Thapae Stadium, a \
points decision over five rounds at 57 kilograms. She came to Chiang Mai in 2023 to train for \
three months and never left; these days she also coaches the kids’ class at 4 p.m.

Her father, a reservist since 2022, drives supply trucks for a brigade near Sumy. “Dad says the \
North Koreans across the border are mostly digging now, [[a couple of thousand]] of them, and they \
dig fast,” she told us after the fight, still in her hand wraps.

## What the capitals say

In June, Sergei Shoigu, the head of Russia’s security council, said after talks in Pyongyang that \
Kim would send [[6,000]] military engineers and deminers to the Kursk region. South Korea’s spy \
agency, briefing parliament at the end of June, put the North’s dead at [[around 2,000]]. [[Up to \
12,000]] North Koreans remain in Russia, most of them ready to fight again, Ukraine’s president \
said on Monday. On Sunday the North’s state news agency KCNA reported that [[thousands]] of young \
workers had “volunteered” to help rebuild Kursk. And Japan’s defence ministry, in its annual white \
paper on Tuesday, estimated that [[more than 11,000]] North Korean soldiers had been deployed to \
Russia.

Shoigu’s engineers on top of the troops already there would make [[something like 18,000]] North \
Koreans in Russia by the end of the summer.

## Camp notes

- Monthly training: 9,500 baht; private lessons 800 baht an hour.
- Next fight night at Thapae: Friday, July 25.
- Line and WhatsApp: +66 53 210 774
""",
    claims=(
        C("a couple of thousand", None, "vague", "near_front", "other", "fri",
          "a fighter relaying her father, a reservist near Sumy ('Dad says', the speaker quoted: "
          "other), 'she told us after the fight' (last Friday, 4 July): digging across the "
          "border (vague, as in earlier sets)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June … said after talks in Pyongyang' (month): engineers and deminers Kim "
          "would send (planned)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-06-21..2025-06-30",
          "the NIS 'briefing parliament at the end of June' (days 21-30), 'put the North's dead "
          "at'"),
        C("Up to 12,000", 12000, "at_most", "in_russia", "ukraine", "mon",
          "sentence-initial figure with the source after it: 'Ukraine's president said on Monday': "
          "remain in Russia"),
        C("thousands", None, "vague", "planned", "north_korea", "sun",
          "KCNA 'On Sunday … reported': young workers who 'volunteered' to rebuild Kursk "
          "(planned)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "other", "tue",
          "Japan's defence ministry 'in its annual white paper on Tuesday, estimated' (a third "
          "government: other): deployed to Russia"),
        C("something like 18,000", 18000, "approx", "planned", "unattributed", "pub",
          "the newsletter's own sum ('Shoigu's engineers on top of the troops already there would "
          "make'; no source: unattributed, required): in Russia by the end of the summer "
          "('something like' as approx; planned)"),
    ),
)

V11 = Source(
    article_id="v116_11_whale_log_roseau",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Roseau Whale Watch – Whale Log",
        "https://www.roseau-whalewatch.example/log/2025-11",
        "Whale log: calves, clicks and a husband on the Kursk border",
    ),
    features="a whale-watch operator's log from Roseau (Dominica) as plain text, UTF-16 LE with "
        "BOM, curly quotes and `—` (sidecar, Thursday); the whales first; a bioacoustician from "
        "Odesa relaying her husband, a combat engineer, “`Three, maybe four thousand`” on his "
        "stretch, 'she said on Tuesday' (range of number words, other); the NIS 'On November 4 … "
        "told lawmakers' `some 6,000` engineers and builders in Kursk, and, by pronoun ('It "
        "put'), `a minimum of 2,000` dead and 'another' `4,000 or so` wounded (other men, not an "
        "increment); Belousov 'At the end of October' “`thousands` of Korean comrades” clearing "
        "mines (russia, near the front); 'A US defence official, in a briefing yesterday' `about "
        "11,000`; HUR 'believes' `up to 12,000` more by spring (increment, planned, `pub`); state "
        "TV 'on Sunday' with portraits of `more than a hundred` dead (north_korea, number word); "
        "trips, whales, metres, dollars, population, kilometres, a phone number",
    text="""\
WHALE LOG
Notes from the Roseau whale-watch boats — November 2025

The season has begun well. Since November 1 our two boats have made 23 trips from the Roseau \
bayfront, and we found sperm whales on all but two of them. Around 200 sperm whales live off \
Dominica’s west coast all year, and last Sunday a calf no more than a few weeks old surfaced 30 \
metres from the bow.

Listening for clicks

This month’s guest on board is Iryna Kovalenko, 33, a bioacoustician from Odesa who records whale \
clicks with a hydrophone lowered 20 metres down. Her husband, Taras, is a combat engineer in the \
Kursk border area, and she hears from him most evenings over a patchy satellite link.

“Taras says the North Koreans opposite him are building, not fighting. Roads, bunkers, minefields. \
[[Three, maybe four thousand]] of them on his stretch,” she said on Tuesday as we drifted over \
1,000 metres of water.

The official numbers she follows are no smaller. On November 4 South Korea’s intelligence service \
told lawmakers that [[some 6,000]] North Korean engineers and builders were now in the Kursk \
region. It put the North’s dead at [[a minimum of 2,000]], with another [[4,000 or so]] wounded. \
At the end of October Russia’s defence minister, Andrei Belousov, thanked the “[[thousands]] of \
Korean comrades” who had cleared mines in Kursk. A US defence official, in a briefing yesterday, \
said [[about 11,000]] North Korean troops were still in Russia. Ukraine’s military intelligence \
believes Pyongyang could rotate in [[up to 12,000]] more by spring. And on Sunday the North’s \
state television showed Kim Jong Un opening a museum for the “heroes of Kursk”, its walls lined \
with portraits of [[more than a hundred]] of the dead.

Iryna flies home to Odesa in January. Her recordings go to a sperm whale project at a university \
in Canada.

Trip notes
- Trips leave at 9 a.m. and take about three and a half hours; EC$190 for adults, EC$95 for \
children.
- About 72,000 people live on Dominica, and the island is 47 km long.
- Bookings: +1 767 448 2260
""",
    claims=(
        C("Three, maybe four thousand", None, "range", "near_front", "other", "tue",
          "a bioacoustician relaying her husband, a combat engineer ('Taras says', the speaker "
          "quoted: other), 'she said on Tuesday' (18 November): building opposite him (two "
          "number words joined by 'maybe': range)"),
        C("some 6,000", 6000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'On November 4 … told lawmakers': engineers and builders in the Kursk region"),
        C("a minimum of 2,000", 2000, "at_least", "casualties", "south_korea", "2025-11-04",
          "next sentence, 'It put … at' (a pronoun for the service): dead ('a minimum of' as "
          "at_least)"),
        C("4,000 or so", 4000, "approx", "casualties", "south_korea", "2025-11-04",
          "same sentence: 'another … wounded' are other men, not an increment ('or so' in the "
          "span: approx)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-10-21..2025-10-31",
          "Belousov 'At the end of October' (days 21-31), inside his quoted words: Korean comrades "
          "who cleared mines in Kursk"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "yday",
          "'A US defence official, in a briefing yesterday': still in Russia"),
        C("up to 12,000", 12000, "at_most", "planned", "ukraine", "pub",
          "HUR 'believes' (present tense, undated): could rotate in 'more' by spring (increment, "
          "span without the word; planned)",
          add=True),
        C("more than a hundred", 100, "at_least", "casualties", "north_korea", "sun",
          "North Korean state TV 'on Sunday' (16 November): portraits of the dead in a museum "
          "(number word)"),
    ),
)

V12 = Source(
    article_id="v116_12_volunteer_notes_tortuguero_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-10-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Tortuguero Turtle Station – Volunteer Notes",
        "https://www.tortuguero-turtles.example/notes/season-end-2025",
        "Last nests, first rains, and the 11,000 still in Russia",
    ),
    features="a turtle station's volunteer notes from Tortuguero (Limón, Costa Rica) in HTML, "
        "ISO-8859-1 with CRLF, quotes, dashes and accents only as entities (`&ldquo;`, `&ndash;`, "
        "`&eacute;`), no meta date (sidecar, Thursday), a cookie note about the nest map, a "
        "script, navigation, a footer with a phone number; `<title>` repeating the headline's "
        "`11,000` (optional) and the headline taking the NIS Tuesday figure below (Tuesday to "
        "publication, hedge dropped); a biology student relaying her father, a retired colonel "
        "and former attaché in Moscow, 'On Sunday, her last night' what he had said 'on the phone "
        "that morning': 'He puts the number … at' `close to 20,000` and 'another' `5,000` getting "
        "ready (increment, planned), both other; the NIS 'On Tuesday' `about 11,000` and `roughly "
        "2,300` killed; NATO's deputy secretary general 'in Riga on October 15' `some 15,000`; "
        "'Last week Ukraine's military intelligence estimated' `between 4,000 and 5,000` builders "
        "and sappers; state TV at 'the October 10 parade' `several hundred` Kursk veterans "
        "(returnees: optional); the station's own whiteboard sum `at least 15,000` (unattributed, "
        "required); Costa Rica's foreign ministry without a figure; kilometres of beach, nests, "
        "hatchlings, volunteers, countries, dollars, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Tortuguero Turtle Station &ndash; Volunteer Notes &ndash; Last nests and the [[11,000]] \
still in Russia</title>
<script>var station={page:"notes",season:"green-2025",beach:"north"};</script>
</head>
<body>
<div class="cookie">We keep one cookie so the nest map opens on your stretch of beach. \
<button>OK</button> <button>Rather not</button></div>
<nav>Station &middot; Volunteer &middot; Nest Map &middot; Notes &middot; Donate</nav>
<article>
<h1>Last nests, first rains, and the [[11,000]] still in Russia</h1>
<p>The green turtle season on our 29 kilometres of black-sand beach is nearly over. Night patrols \
logged 1,340 nests between July and mid-October, and the hatchery released just over 70,000 \
hatchlings. Eighteen volunteers from eleven countries walked the beach with us.</p>
<p>One of them was Seo-yeon Lim, 23, a biology student from Gangneung who spent three months on \
the night shift. Her father, a retired South Korean army colonel, served as defence attach&eacute; \
in Moscow and still talks to old colleagues. On Sunday, her last night at the station, she told us \
over rice and beans what he had said on the phone that morning: &ldquo;He puts the number who have \
gone to Russia at [[close to 20,000]], with another [[5,000]] getting ready.&rdquo;</p>
<p>The official figures she showed us on her phone were lower. On Tuesday South Korea&rsquo;s \
intelligence service reported that [[about 11,000]] of the North&rsquo;s soldiers remained in \
Russia and that [[roughly 2,300]] had been killed. NATO&rsquo;s deputy secretary general said in \
Riga on October 15 that [[some 15,000]] had served in Russia since last autumn. Last week \
Ukraine&rsquo;s military intelligence estimated that [[between 4,000 and 5,000]] North Korean \
builders and sappers were at work in the Kursk region. At the October 10 parade in Pyongyang, \
state television showed [[several hundred]] veterans of Kursk marching past Kim Jong Un.</p>
<p>Our volunteer coordinator did the sum on the kitchen whiteboard: Seoul&rsquo;s soldiers plus \
Kyiv&rsquo;s builders come to [[at least 15,000]]. Costa Rica&rsquo;s foreign ministry condemned \
the deployment last year but has never given a number.</p>
<p>The station closes to volunteers on November 15 and opens again on March 1. Volunteer fees are \
$35 a night including meals; the boat from La Pavona takes about an hour.</p>
</article>
<footer>Tortuguero Turtle Station &middot; Tortuguero, Lim&oacute;n, Costa Rica &middot; +506 2709 \
8112</footer>
<script src="/js/nestmap.js"></script>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "in_russia", "south_korea", "tue..pub",
          "`<title>` repeating the headline (metadata): optional",
          opt=True),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'the … still in Russia': the NIS figure of Tuesday below (Tuesday to the "
          "Thursday of publication; the hedge 'about' dropped)"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "sun",
          "a volunteer relaying her father, a retired colonel and former attaché ('He puts the "
          "number who have gone to Russia at', the speaker quoted: other), said 'on the phone "
          "that morning' (Sunday, her last night)"),
        C("5,000", 5000, "exact", "planned", "other", "sun",
          "same call: 'another … getting ready' (increment, span without the word; planned)",
          add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'On Tuesday … reported' (Thursday notes): still in Russia"),
        C("roughly 2,300", 2300, "approx", "casualties", "south_korea", "tue",
          "same statement: killed"),
        C("some 15,000", 15000, "approx", "in_russia", "nato", "2025-10-15",
          "NATO's deputy secretary general 'said in Riga on October 15': served in Russia since "
          "last autumn"),
        C("between 4,000 and 5,000", None, "range", "near_front", "ukraine", "lastweek",
          "'Last week Ukraine's military intelligence estimated': builders and sappers at work in "
          "the Kursk region"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV at 'the October 10 parade': Kursk veterans marching past Kim (returnees: "
          "optional, as in earlier sets)",
          opt=True),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the station's own sum on the whiteboard ('Seoul's soldiers plus Kyiv's builders come "
          "to'; no source: unattributed, required)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    V01, V02, V03, V04, V05, V06,
    V07, V08, V09, V10, V11, V12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
