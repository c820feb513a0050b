"""Build the SECOND BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A fourth corpus for an honest measurement on articles the extractor has never met, written in
session 6 without opening the extractor, its lexicons or the topic file, and without running it.
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
BASE_NAME = "_blind2_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s01_liveticker_verluste_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-18"),
    dated_by="html_meta",
    features="German live ticker in HTML: entries under day headings ('Mittwoch, 18. Dezember', "
    "'Dienstag, 17. Dezember') with times, each entry dated by its own day; an entry heading "
    "with a figure ('Seoul: Mindestens 100 …'); UK MoD (other) `mindestens 200`; `Dutzende`; "
    "number word `etwa zwölftausend`; Selenskyj „noch Tausende nachkommen“ (vague increment); "
    "Pentagon „mehreren hundert“ spoken 'am Montagabend (Ortszeit)' in a Tuesday entry; SSO "
    "figure whose 'am Sonntag' is the event, not the claim; Russian losses per day, drones, "
    "POWs, euros, 'zwei zusätzliche IRIS-T-Systeme', video length, cookie vendors, script ids, "
    "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ukraine-Krieg im Liveticker: Seoul nennt erstmals Verluste Nordkoreas | Rhein-Neckar \
Abendblatt</title>
<meta property="article:published_time" content="2024-12-18T20:15:00+01:00">
<meta property="og:type" content="article">
<script>window.tickerConfig = {id: 7781204, refreshSeconds: 60, maxEntries: 250};</script>
</head>
<body>
<div class="cmp-banner">Wir verwenden Cookies und Daten von 162 Drittanbietern, um Inhalte und \
Werbung zu personalisieren. <button>Akzeptieren</button> <button>Einstellungen</button></div>
<nav><a href="/">Startseite</a> · <a href="/politik">Politik</a> · <a \
href="/ticker">Liveticker</a></nav>
<main>
<h1>Ukraine-Krieg im Liveticker</h1>
<p class="update">Zuletzt aktualisiert: 18.12.2024, 20:15 Uhr · Von der Nachrichtenredaktion</p>

<h2>Mittwoch, 18. Dezember</h2>

<div class="entry" id="e-4418">
<p class="time">19:40 Uhr</p>
<p>Das britische Verteidigungsministerium geht in seinem abendlichen Lagebild davon aus, dass bei \
den Kämpfen im Gebiet Kursk [[mindestens 200]] nordkoreanische Soldaten ums Leben gekommen sind. \
Russland verliere derweil im Schnitt 1.523 Mann täglich, heißt es in dem Bericht.</p>
</div>

<div class="entry" id="e-4412">
<p class="time">16:05 Uhr</p>
<p>Der ukrainische Generalstab meldet [[Dutzende]] getötete Nordkoreaner bei Gefechten nahe dem \
Dorf Plechowo. Außerdem hätten ukrainische Einheiten dort 47 russische Soldaten gefangen \
genommen.</p>
</div>

<div class="entry" id="e-4405">
<p class="time">11:30 Uhr</p>
<h3>Seoul: [[Mindestens 100]] Nordkoreaner gefallen</h3>
<p>Südkoreas Geheimdienst NIS hat erstmals Verluste unter den nordkoreanischen Truppen beziffert. \
Wie der Abgeordnete Lee Seong-kweun nach einer Unterrichtung durch den Dienst vor Journalisten in \
Seoul sagte, sind [[mindestens 100]] Nordkoreaner gefallen und [[knapp 1.000]] verwundet worden. \
Insgesamt seien derzeit [[etwa zwölftausend]] Soldaten aus dem Norden in Russland. Ein Grund für \
die hohen Verluste sei mangelnde Erfahrung mit Drohnenangriffen.</p>
</div>

<div class="entry" id="e-4398">
<p class="time">08:12 Uhr</p>
<p>Russland hat die Ukraine in der Nacht mit 65 Drohnen und drei Marschflugkörpern angegriffen. \
Die Luftwaffe in Kiew meldet 41 abgeschossene Drohnen; in Sumy wurden zwei Menschen verletzt.</p>
</div>

<h2>Dienstag, 17. Dezember</h2>

<div class="entry" id="e-4390">
<p class="time">22:50 Uhr</p>
<p>Präsident Wolodymyr Selenskyj warnt in seiner abendlichen Videobotschaft vor einer Ausweitung \
des nordkoreanischen Einsatzes: „Moskau schickt die Nordkoreaner in Angriffswellen nach vorn, und \
wir gehen davon aus, dass noch [[Tausende]] nachkommen werden.“</p>
</div>

<div class="entry" id="e-4384">
<p class="time">15:20 Uhr</p>
<p>Das Pentagon spricht von „[[mehreren hundert]]“ getöteten und verwundeten Nordkoreanern. \
Sprecher Pat Ryder hatte sich bereits am Montagabend (Ortszeit) in Washington entsprechend \
geäußert. Genauere Zahlen nannte er nicht.</p>
</div>

<div class="entry" id="e-4377">
<p class="time">09:00 Uhr</p>
<p>Die ukrainischen Spezialeinheiten SSO haben ein Video veröffentlicht, das einen Drohnenangriff \
auf nordkoreanische Stellungen am Sonntag zeigen soll. Dabei seien [[30]] Nordkoreaner getötet \
worden. Das Video ist zwei Minuten und 14 Sekunden lang; unabhängig prüfen ließ sich die Angabe \
nicht.</p>
</div>

<div class="entry" id="e-4370">
<p class="time">07:30 Uhr</p>
<p>Die Bundesregierung sagt Kiew weitere Luftverteidigung im Wert von 650 Millionen Euro zu. Bis \
Jahresende sollen zwei zusätzliche IRIS-T-Systeme geliefert werden.</p>
</div>
</main>
<footer>© 2024 Rhein-Neckar Abendblatt · Leserservice 0621 5902-118 · <a \
href="/impressum">Impressum</a></footer>
<script>dataLayer.push({"pageType": "ticker", "entries": 9, "articleId": 7781204});</script>
</body>
</html>
""",
    claims=(
        C("mindestens 200", 200, "at_least", "casualties", "other", "2024-12-18",
          "UK defence ministry (other) in the 18 Dec 19:40 entry: killed in Kursk"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "2024-12-18",
          "Ukrainian General Staff, 18 Dec 16:05 entry: killed"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "2024-12-18",
          "entry heading 'Seoul:' carried by its entry (18 Dec 11:30)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "2024-12-18",
          "lawmaker briefed by the NIS, 18 Dec entry: fallen"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-18",
          "same sentence: wounded"),
        C("etwa zwölftausend", 12000, "approx", "in_russia", "south_korea", "2024-12-18",
          "number word; 'Insgesamt seien derzeit … in Russland' carried from the lawmaker"),
        C("Tausende", None, "vague", "planned", "ukraine", "2024-12-17",
          "Zelensky in „“ in the 17 Dec 22:50 entry: 'noch Tausende nachkommen' (increment)",
          add=True),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon..2024-12-17",
          "Pentagon (Ryder) in „“: spoke 'am Montagabend (Ortszeit)', reported in the 17 Dec "
          "entry"),
        C("30", 30, "exact", "casualties", "ukraine", "2024-12-17",
          "SSO video released in the 17 Dec entry; 'am Sonntag' is the attack, not the claim"),
    ),
)

S02 = Source(
    article_id="s02_interview_forscherin_at",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-28"), dated_by="dateline",
    crlf=True,
    features="Austrian interview in Q&A form ('Frage:' / name), windows-1252 with CRLF, dateline "
    "'Wien, 28. Jänner 2025'; 'Jänner', 'heuer'; quoted headline figure from the answer; the "
    "interviewer's question cites Seoul's figure; the expert's own range and `höchstens 9.000` "
    "(other); 'Mitte Jänner' and 'etwa zur selben Zeit' (carried); 'am 11. Jänner' (captured, "
    "number word `zwei`); `Zehntausende weitere` and `einige tausend zusätzliche` (vague "
    "increments); unit sizes 'Kolonnen von 40, 50 Mann', 'Trupps von drei bis fünf Soldaten', "
    "ratio, army size, billions of euros, North Korean construction workers, age, phone number",
    text="""\
INTERVIEW

„Pjöngjang könnte noch [[Zehntausende]] schicken“

Die Sicherheitsforscherin Karin Stadlmayr über die Verluste der Nordkoreaner in Kursk, ihre \
Lernkurve und den Preis, den Moskau für die Hilfe zahlt.

Wien, 28. Jänner 2025 | Interview: Florian Mairhofer

Frage: Frau Stadlmayr, Seoul spricht von [[rund 11.000]] nordkoreanischen Soldaten in Russland. \
Stimmt diese Zahl noch?

Stadlmayr: Sie ist ein Ausgangswert, mehr nicht. Im Herbst sind nach allem, was wir wissen, \
[[zwischen 11.000 und 12.000]] Mann verlegt worden. Seither gab es schwere Verluste, und es gibt \
Hinweise auf Nachschub. Ich gehe heute von [[höchstens 9.000]] einsatzfähigen Soldaten aus.

Frage: Wie hoch sind die Verluste?

Stadlmayr: Präsident Selenskyj hat Mitte Jänner von [[rund 4.000]] Toten und Verwundeten \
gesprochen, der südkoreanische Geheimdienst kam etwa zur selben Zeit auf [[knapp 3.000]]. Ich \
halte beide Werte für plausibel. Erfahrungsgemäß kommen in diesem Krieg auf einen Gefallenen drei \
bis vier Verwundete, bei den Nordkoreanern ist das Verhältnis offenbar ungünstiger.

Frage: Heuer sind erstmals Nordkoreaner in ukrainische Gefangenschaft geraten.

Stadlmayr: Ja, Kiew hat am 11. Jänner die Gefangennahme von [[zwei]] Soldaten bekanntgegeben, der \
eine 20, der andere 26 Jahre alt. Dass es so wenige sind, hat mit der Doktrin zu tun: Wer sich \
ergibt, gilt zu Hause als Verräter, und seine Familie büßt dafür.

Frage: Was lernt Nordkoreas Armee in Kursk?

Stadlmayr: Sehr viel. Im Dezember sind die Einheiten noch in Kolonnen von 40, 50 Mann über offene \
Felder vorgerückt. Inzwischen bewegen sie sich in Trupps von drei bis fünf Soldaten und setzen \
selbst Drohnen ein. Diese Erfahrung hat keine andere Armee in Ostasien.

Frage: Wie viele könnten noch kommen?

Stadlmayr: Kim verfügt über mehr als eine Million aktive Soldaten, rein rechnerisch könnte er \
also [[Zehntausende]] weitere entsenden. Realistisch erwarte ich heuer [[einige tausend]] \
zusätzliche, vor allem Artilleristen und Drohnenpiloten.

Frage: Und was bekommt Pjöngjang dafür?

Stadlmayr: Devisen, Erdöl, vermutlich Raketentechnik. Forscher in Seoul schätzen den Gegenwert \
auf mehrere Milliarden Euro pro Jahr. Dazu kommen geschätzt 12.000 nordkoreanische Bauarbeiter, \
die inzwischen in Russland arbeiten und deren Löhne großteils an den Staat gehen.

Zur Person: Karin Stadlmayr (44) forscht seit 2016 am Wiener Institut für Sicherheitspolitik zu \
Nordostasien.

Redaktion Ausland: Tel. +43 1 5331 720
""",
    claims=(
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "headline quote from the expert's answer: 'noch … schicken' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "the interviewer's question: 'Seoul spricht von', no date"),
        C("zwischen 11.000 und 12.000", None, "range", "in_russia", "other", "pub",
          "the expert's own account: moved in the autumn"),
        C("höchstens 9.000", 9000, "at_most", "in_russia", "other", "pub",
          "the expert's estimate of soldiers still fit for service"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "Zelensky 'Mitte Jänner', quoted by the expert: dead and wounded"),
        C("knapp 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-06..2025-01-25",
          "NIS 'etwa zur selben Zeit' (mid-January, window widened by a few days)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Kyiv 'am 11. Jänner': captured (number word)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "expert: Kim 'könnte … weitere entsenden' (hypothetical capacity, increment)", add=True),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "expert expects 'zusätzliche' this year (increment)", add=True),
    ),
)

S03 = Source(
    article_id="s03_presseschau_ch_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-06"),
    dated_by="front_matter",
    features="Swiss press review in Markdown (front matter `date:`): `ss`, «» and ‹›, `8000`, "
    "`100'000`, `11'000`, `50'000`; several papers quoted in turn, each carrying a source: "
    "Washington (undated), Seoul 'Ende Oktober' with the number-word range `zehn- bis "
    "zwölftausend`, a paper's own estimate `bis zu 100'000` (other), Zelensky 'am Montag', "
    "Rutte 'vergangene Woche'; a paper's forecast of future dead (optional); army size and "
    "'nicht einmal jeder zwölfte', Russian troops in Kursk, refugees, francs, days of war",
    text="""\
---
title: "Presseschau: «Kims Soldaten sind Putins Offenbarungseid»"
date: 2024-11-06
rubrik: International
autor: sda/red
---

# Presseschau: Nordkoreas Soldaten in Kursk

Die Berichte über nordkoreanische Truppen an der ukrainischen Grenze beschäftigen die \
Kommentarspalten im In- und Ausland, auch am Tag nach der Wahl in den USA. Eine Auswahl.

**Basler Abendpost:** «Wenn die Angaben aus Washington stimmen und bereits [[8000]] Nordkoreaner \
im Gebiet Kursk stehen, dann ist das ein Offenbarungseid für Putin. Die Armee, die Kiew in drei \
Tagen einnehmen wollte, braucht nun Hilfe aus Pjöngjang.»

**Zürcher Landbote:** Das Blatt erinnert daran, dass Südkoreas Nachrichtendienst schon Ende \
Oktober von [[zehn- bis zwölftausend]] Soldaten gesprochen habe, die nach Russland verlegt worden \
seien – «und seither ist keine Woche vergangen, in der die Zahl nicht gestiegen wäre».

**Münchner Tagblatt:** Die deutsche Zeitung rechnet vor, Nordkorea könne [[bis zu 100'000]] Mann \
abstellen, ohne die eigene Verteidigung zu schwächen: Bei einer Armee von 1,2 Millionen Soldaten \
wäre das «nicht einmal jeder zwölfte».

**The Northern Chronicle (London):** Das britische Blatt zitiert den ukrainischen Präsidenten \
Wolodimir Selenski, der am Montag von «[[11'000]] nordkoreanischen Soldaten in der Region Kursk» \
gesprochen hatte, und fordert die Regierung auf, die Beschränkungen für westliche Raketen endlich \
aufzuheben.

**Gazzetta di Lugano:** Die Tessiner Zeitung nennt die Nordkoreaner ‹Kanonenfutter› und rechnet \
mit [[Tausenden]] Toten, «sobald die Offensive im Schnee beginnt». Russland habe in Kursk nach \
ukrainischen Schätzungen bereits rund 50'000 eigene Soldaten zusammengezogen.

**Aargauer Rundschau:** Das Blatt verweist auf Nato-Generalsekretär Mark Rutte, der vergangene \
Woche in Brüssel bestätigt hatte, dass [[mehrere tausend]] Nordkoreaner in die Region Kursk \
verlegt worden seien. «Die Nato muss sich fragen, was sie Pjöngjang entgegensetzen will.»

Der Kreml hat die Berichte bislang weder bestätigt noch dementiert; Sprecher Dmitri Peskow \
verwies am Dienstag lediglich auf den Beistandspakt vom Juni. In der Schweiz leben derzeit rund \
66'000 Schutzsuchende aus der Ukraine, der Bund hat seit Kriegsbeginn gut 5 Milliarden Franken an \
Hilfe gesprochen. Der Krieg dauert heute seit 987 Tagen.
""",
    claims=(
        C("8000", 8000, "exact", "near_front", "united_states", "pub",
          "paper quoting Washington's figure without a date: in Kursk"),
        C("zehn- bis zwölftausend", None, "range", "in_russia", "south_korea",
          "2024-10-21..2024-10-31", "paper recalling Seoul's service 'Ende Oktober': moved"),
        C("bis zu 100'000", 100000, "at_most", "planned", "other", "pub",
          "a German paper's own reckoning of what North Korea could send"),
        C("11'000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montag' in «»: in Kursk"),
        C("Tausenden", None, "vague", "casualties", "other", "pub",
          "a paper's forecast of future dead, not a count", opt=True),
        C("mehrere tausend", None, "vague", "near_front", "nato", "lastweek",
          "Rutte 'vergangene Woche': moved to Kursk"),
    ),
)

S04 = Source(
    article_id="s04_zahlenkasten_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Weserland-Abendblatt",
        "https://www.weserland-abendblatt.example/ausland/nordkorea-kursk-zahlen-31877.html",
        "Nordkoreas Krieg in Zahlen",
    ),
    features="Markdown in UTF-8 with BOM, title-only front matter (dated by the sidecar); "
    "'Die wichtigsten Zahlen' list whose bold figures take source and date from their "
    "parentheses ('NIS, Stand: heute', 'JCS, Anfang März', 'HUR, vergangene Woche', 'Kiew, "
    "seit Januar' = event window); `gut 15.000`; Kremlin (Peskow) „einige tausend“ 'am selben "
    "Tag' (carried Monday); KCNA without a figure; the outlet's own reckoning (unattributed); "
    "list items that are not claims (army size, containers, months), read time, photo credit",
    text="""\
---
title: Nordkoreas Krieg in Zahlen
ressort: Ausland
---

# Nordkoreas Krieg in Zahlen

Erst Moskau, dann Pjöngjang: Nach Monaten des Leugnens haben beide Regierungen den Einsatz \
nordkoreanischer Soldaten im Gebiet Kursk eingeräumt. Zahlen nennen sie kaum – andere schon. Ein \
Überblick.

Lesedauer: 3 Min.

Russlands Generalstabschef Waleri Gerassimow hatte am Samstag als Erster von der Beteiligung der \
„koreanischen Freunde“ gesprochen. Am Montag folgte Pjöngjang: Die Staatsagentur KCNA \
veröffentlichte eine Erklärung der Parteiführung, in der von „heldenhaften Einheiten“ die Rede \
ist, allerdings ohne jede Zahl. Kremlsprecher Dmitri Peskow sagte am selben Tag, es habe sich um \
„[[einige tausend]] Soldaten, nicht mehr“ gehandelt, die an den Kämpfen in Kursk beteiligt \
gewesen seien.

## Die wichtigsten Zahlen

- **[[gut 15.000]]** Soldaten hat Nordkorea seit Oktober insgesamt nach Russland geschickt (NIS, \
Stand: heute).
- **[[4.700]]** von ihnen wurden getötet oder verwundet, darunter **[[rund 600]]** Gefallene \
(NIS, heute).
- **[[bis zu 3.000]]** Mann hat Pjöngjang Anfang des Jahres als Ersatz nachgeschickt (Südkoreas \
Generalstab JCS, Anfang März).
- **[[zwei]]** Nordkoreaner befinden sich in ukrainischer Kriegsgefangenschaft (Kiew, seit Januar).
- **[[rund 5.000]]** Nordkoreaner stehen derzeit noch im Gebiet Kursk (ukrainischer \
Militärgeheimdienst HUR, vergangene Woche).
- **1,28 Millionen** aktive Soldaten zählt Nordkoreas Armee insgesamt.
- **rund 28.000** Container mit Munition und Waffen hat Nordkorea seit Sommer 2023 nach Russland \
geliefert (NIS).
- **9** Monate dauert der Einsatz bereits.

Rechnet man Verluste und Nachschub gegeneinander, bleiben nach Berechnung dieser Zeitung derzeit \
[[etwa 10.000]] Nordkoreaner in Russland – nur ein Teil davon an der Front.

Foto oben: KCNA/dpa, Bild 3 von 5
""",
    claims=(
        C("einige tausend", None, "vague", "near_front", "russia", "mon",
          "Kremlin (Peskov) 'am selben Tag' = the Monday of the previous sentence: fought in "
          "Kursk"),
        C("gut 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "list item '(NIS, Stand: heute)'; 'gut' read like 'knapp' (approx); 'insgesamt … "
          "geschickt'"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "list item '(NIS, heute)': killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same item: fallen"),
        C("bis zu 3.000", 3000, "at_most", "in_russia", "south_korea", "2025-03-01..2025-03-10",
          "list item '(… JCS, Anfang März)': sent as replacements (increment)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "pub",
          "list item '(Kiew, seit Januar)': captured; 'seit Januar' is the event"),
        C("rund 5.000", 5000, "approx", "near_front", "ukraine", "lastweek",
          "list item '(… HUR, vergangene Woche)': in Kursk"),
        C("etwa 10.000", 10000, "approx", "in_russia", "unattributed", "pub",
          "the outlet's own reckoning ('nach Berechnung dieser Zeitung')"),
    ),
)

S05 = Source(
    article_id="s05_kleine_anfrage_latin1",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-20"),
    dated_by="sidecar",
    sidecar=(
        "Oberrhein-Bote", "",
        "Berlin stützt sich auf Partner: Über 11.000 Nordkoreaner in Russland",
    ),
    features="latin-1 text (»« quotes, no typographic dashes); summary of the federal "
    "government's answer to a parliamentary question: the report date ('am Mittwoch als "
    "Bundestagsdrucksache … veröffentlicht') carries to the next sentences; the German "
    "government and the BND (other); a figure 'unter Berufung auf ukrainische Angaben' "
    "(ukraine); 'weitere 5.000 bis 10.000' (increment range); an MP quoting Seoul "
    "(south_korea, undated); Ukraine's ambassador 'am Dienstag'; headline `Über 11.000`; North "
    "Korean labourers (not troops), printed-paper number, pages, questions, Russian losses per "
    "day, euros",
    text="""\
Berlin stützt sich auf Partner: [[Über 11.000]] Nordkoreaner in Russland

Antwort auf Kleine Anfrage: Die Bundesregierung hat keine eigenen Zahlen zum nordkoreanischen \
Einsatz - und verweist auf Verbündete.

Von Tobias Ketterer

Berlin. Über den Einsatz nordkoreanischer Soldaten im Krieg gegen die Ukraine weiß die \
Bundesregierung nach eigener Darstellung wenig aus erster Hand. Das geht aus ihrer Antwort auf \
eine Kleine Anfrage der Unionsfraktion hervor, die am Mittwoch als Bundestagsdrucksache 20/14871 \
veröffentlicht wurde. Darin heißt es, Nordkorea habe »nach Erkenntnissen verbündeter Staaten« \
seit Oktober [[mehr als 11.000]] Soldaten nach Russland verlegt. Ein »erheblicher Teil« sei im \
Gebiet Kursk eingesetzt worden.

Die Verluste beziffert die Bundesregierung unter Berufung auf ukrainische Angaben auf [[etwa \
4.000]] Tote und Verwundete. Der Bundesnachrichtendienst halte es für möglich, dass Pjöngjang bis \
zum Sommer weitere [[5.000 bis 10.000]] Soldaten entsende, heißt es in dem Papier weiter.

Zugleich bestätigt die Regierung, dass sich derzeit schätzungsweise 15.000 nordkoreanische \
Arbeitskräfte in Russland aufhalten, vor allem auf Baustellen und in der Holzwirtschaft. Ob \
darunter auch Angehörige der Armee seien, sei »nicht bekannt«. Die Antwort umfasst 14 Seiten und \
geht auf 31 Einzelfragen ein.

Dem CDU-Abgeordneten Jan-Philipp Krüger sind die Angaben zu vage. »Die Bundesregierung duckt sich \
weg«, sagte er am Donnerstag dieser Zeitung. »Wenn Seoul von [[rund 3.000]] zusätzlichen Soldaten \
spricht, die seit Jahresbeginn nachgeschickt wurden, muss Berlin das zumindest einordnen.«

Kiews Botschafter in Berlin, Oleksii Makeiev, hatte am Dienstag bei einer Podiumsdiskussion \
gesagt, die nordkoreanischen Einheiten seien Anfang Februar nach schweren Verlusten aus der \
vordersten Linie abgezogen worden. [[Mehrere tausend]] stünden aber weiterhin im Gebiet Kursk \
bereit und könnten »jederzeit zurückkehren«.

Russland verliert nach Angaben des ukrainischen Generalstabs derzeit mehr als 1.200 Soldaten pro \
Tag. Der Krieg dauert inzwischen fast drei Jahre; Deutschland hat der Ukraine seit 2022 \
Militärhilfe im Umfang von rund 28 Milliarden Euro zugesagt.
""",
    claims=(
        C("Über 11.000", 11000, "at_least", "in_russia", "other", "wed..pub",
          "headline, attributed from the lead (German government citing allies)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "other", "wed",
          "government answer published 'am Mittwoch', 'nach Erkenntnissen verbündeter Staaten'"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "wed",
          "the government 'unter Berufung auf ukrainische Angaben' (original source: Ukraine); "
          "report date carried"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "wed",
          "BND via the answer: 'weitere … entsende' (increment)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "pub",
          "MP quoting Seoul, no date for Seoul's claim: 'zusätzlichen … nachgeschickt' "
          "(increment)", add=True),
        C("Mehrere tausend", None, "vague", "near_front", "ukraine", "tue",
          "Ukraine's ambassador 'am Dienstag' (reported speech carried): in Kursk"),
    ),
)

S06 = Source(
    article_id="s06_bildstrecke_pioniere_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Hanse-Echo",
        "https://www.hanse-echo.example/politik/bildstrecke-schoigu-kim-88123.html",
        "",
    ),
    features="German photo gallery in HTML, windows-1252 with CRLF (also a meta date): figures "
    "in `<figcaption>`s with credits and photo numbers; 'am Dienstag (17. Juni)'; Shoigu's "
    "deminers and builders (planned, russia); 'mehr als 4.000 weitere wurden verwundet' = "
    "others (not additional); HUR 'zusätzlich 25.000 bis 30.000' dated by the next sentence "
    "('gestern'); a correction note with the wrong figure (optional) and the right ones; "
    "'600 Quadratkilometern', roubles, North Korean workers 'mehrere zehntausend', cookie "
    "partners, gallery script, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Bildstrecke: Schoigu bei Kim – Pioniere für Kursk | Hanse-Echo</title>
<meta property="article:published_time" content="2025-06-20T06:00:00+02:00">
<script>var gallery = {id: 88123, images: 6, autoplay: false};</script>
</head>
<body>
<div id="cookie-hinweis">Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung Ihrer Daten durch \
uns und 98 Partner zu. <a href="/datenschutz">Details</a></div>
<nav>Hanse-Echo › Politik › Bildstrecken</nav>
<main>
<h1>Kim schickt Minenräumer und Bauarbeiter nach Kursk</h1>
<p class="teaser">Russlands Sicherheitsratschef Sergej Schoigu war erneut in Pjöngjang. \
Mitgebracht hat er eine Zusage für den Wiederaufbau der Region Kursk. Die Bilder.</p>

<figure><img src="/bilder/2025/06/schoigu-kim-01.jpg" alt="Schoigu und Kim">
<figcaption>Bild 1/6: Sergej Schoigu (l.) und Kim Jong-un am Dienstag (17. Juni) in Pjöngjang. \
Schoigu kündigte an, Nordkorea werde [[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter in \
die Region Kursk entsenden. Foto: KCNA/AFP, Nr. 2025-0617-0114</figcaption></figure>

<figure><img src="/bilder/2025/06/schoigu-kim-02.jpg" alt="Zeremonie">
<figcaption>Bild 2/6: Nordkoreanische Soldaten bei einer Zeremonie in Pjöngjang (Archivbild). \
Seit dem Herbst sind laut südkoreanischem Geheimdienst [[rund 15.000]] Soldaten aus dem Norden \
nach Russland verlegt worden. Foto: picture alliance/AP</figcaption></figure>

<figure><img src="/bilder/2025/06/schoigu-kim-03.jpg" alt="Gedenkfeier">
<figcaption>Bild 3/6: Gedenkfeier für gefallene Soldaten im April. Nach Schätzungen aus Seoul \
kamen in Kursk [[etwa 600]] Nordkoreaner ums Leben, [[mehr als 4.000]] weitere wurden verwundet. \
Foto: KCNA via Reuters</figcaption></figure>

<figure><img src="/bilder/2025/06/schoigu-kim-04.jpg" alt="Sudscha">
<figcaption>Bild 4/6: Zerstörte Häuser in Sudscha. Die Region ist nach russischen Angaben auf \
mehr als 600 Quadratkilometern vermint; für den Wiederaufbau hat Moskau bislang 2,5 Milliarden \
Rubel bereitgestellt. Foto: Sputnik</figcaption></figure>

<figure><img src="/bilder/2025/06/schoigu-kim-05.jpg" alt="Baustelle">
<figcaption>Bild 5/6: Nordkoreanische Arbeiter auf einer Baustelle in Wladiwostok. Schätzungen \
zufolge sind mehrere zehntausend Arbeitskräfte aus dem Norden in Russland beschäftigt, meist auf \
dem Bau. Foto: dpa</figcaption></figure>

<figure><img src="/bilder/2025/06/schoigu-kim-06.jpg" alt="Sumy">
<figcaption>Bild 6/6: Ukrainische Soldaten im Gebiet Sumy. Kiews Militärgeheimdienst rechnet \
damit, dass Pjöngjang bis Jahresende zusätzlich [[25.000 bis 30.000]] Mann schicken könnte. \
HUR-Sprecher Andrij Jussow sagte dies gestern im ukrainischen Fernsehen. Foto: Efrem \
Lukatsky/AP</figcaption></figure>

<p class="korrektur"><strong>Korrekturhinweis:</strong> In einer früheren Fassung dieser \
Bildstrecke hieß es, Nordkorea werde [[6.000]] Minenräumer schicken. Richtig ist: Schoigu \
kündigte [[1.000]] Minenräumer und [[5.000]] Bauarbeiter an. Wir bitten, den Fehler zu \
entschuldigen.</p>
</main>
<footer>© Hanse-Echo 2025 · Bildrechte siehe Einzelnachweise · Abo-Service 0800 7255 100</footer>
</body>
</html>
""",
    claims=(
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "caption: Shoigu 'am Dienstag (17. Juni)': deminers North Korea will send"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same caption: military builders"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "caption, NIS without a date: moved since the autumn"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "pub",
          "caption 'Nach Schätzungen aus Seoul', no date: killed"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "south_korea", "pub",
          "'weitere wurden verwundet' = the others (not additional)"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "yday",
          "HUR, dated by the next sentence ('gestern'): 'zusätzlich' (increment)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "tue",
          "correction note: the wrongly reported figure", opt=True),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "correction note restating Shoigu's deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "correction note restating Shoigu's builders"),
    ),
)

S07 = Source(
    article_id="s07_gastbeitrag_heldenkult",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-03"),
    dated_by="sidecar", crlf=True,
    sidecar=("Mainfranken-Kurier", "", "Kims Heldenkult verdient mehr Aufmerksamkeit"),
    features="German op-ed (Gastbeitrag) in UTF-16 LE with BOM and CRLF, crowded with figures "
    "that are not claims (the 1953 armistice, 'fast jeder siebte', 18 sanctions packages, "
    "'rund 70-mal', Russian losses of 'mehr als eine Million', age, the author's years in "
    "Seoul); KCNA ‚Hunderte‘ 'am 22. August' (north_korea); NIS 'Mitte August'; the author's "
    "own `gut 15.000` (framing, optional); JCS 'im Juni'; HUR 'vergangene Woche' (date in the "
    "clause after the figure, 'weitere 6.000'); NATO (Rutte) 'im Juli' `bis zu 30.000 "
    "zusätzliche`",
    text="""\
Gastbeitrag

Kims Heldenkult verdient mehr Aufmerksamkeit

Pjöngjang feiert seine Gefallenen aus Kursk. Europa sollte genau hinsehen, denn das Bündnis \
zwischen Moskau und Kim ist auf Dauer angelegt.

Von Hartmut Lennartz

Die Bilder aus Pjöngjang waren verstörend und zugleich aufschlussreich. Kim Jong-un kniete vor \
Porträts junger Männer, dazu Blumen, Fahnen und Tränen für die Kameras. Die Staatsagentur KCNA \
meldete am 22. August, [[Hunderte]] ‚Söhne des Vaterlandes‘ hätten im Gebiet Kursk ihr Leben \
gegeben. Es war das erste Mal, dass das Regime überhaupt Verluste eingestand.

Die tatsächliche Zahl dürfte höher liegen. Südkoreas Geheimdienst hat Mitte August den \
Abgeordneten in Seoul vorgetragen, man gehe von [[rund 2.000]] Gefallenen aus. Von den [[gut \
15.000]] Männern, die Kim seit dem Herbst 2024 nach Russland geschickt hat, wäre damit fast jeder \
siebte nicht lebend zurückgekehrt.

Man kann das als Randnotiz eines fernen Krieges abtun. Das wäre ein Fehler. Erstens lernt eine \
Armee, die seit dem Waffenstillstand von 1953 keinen Krieg mehr geführt hat, gerade im \
Zeitraffer, wie moderne Kriegführung mit Drohnen funktioniert. Zweitens erhält Pjöngjang dafür \
Gegenleistungen, über die wir wenig wissen: Öl, Devisen, womöglich Technik für Raketen und \
U-Boote. Drittens ist kein Ende in Sicht.

Der südkoreanische Generalstab hatte schon im Juni von [[rund 1.000]] Pionieren gesprochen, die \
für die Minenräumung in Kursk bereitstünden. Nach Erkenntnissen des ukrainischen \
Militärgeheimdienstes sollen bis zum Jahresende weitere [[6.000]] folgen; das teilte der Dienst \
vergangene Woche mit. Nato-Generalsekretär Mark Rutte warnte im Juli sogar, Nordkorea könne \
Russland [[bis zu 30.000]] zusätzliche Soldaten zur Verfügung stellen.

Und Europa? Die EU hat seit Februar 2022 insgesamt 18 Sanktionspakete gegen Russland beschlossen, \
gegen Nordkorea kaum neue Maßnahmen. Dabei ist Russlands Wirtschaft rund 70-mal so groß wie die \
nordkoreanische; Moskau kann sich die Hilfe aus Pjöngjang leisten. Russland selbst hat nach \
britischen Schätzungen inzwischen mehr als eine Million Soldaten verloren, tot oder verwundet, \
und ersetzt sie mit Geld, Rekruten aus Zentralasien und nun eben mit Koreanern.

Kim ist 41 Jahre alt. Er wird noch lange regieren, und er hat gelernt, dass sich Soldaten \
exportieren lassen. Europa sollte daraus seine Schlüsse ziehen, bevor in Kursk die nächste \
Rotation eintrifft.

Der Autor war von 2015 bis 2019 Gesandter an der deutschen Botschaft in Seoul.
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-22",
          "KCNA 'am 22. August' in ‚‘: gave their lives"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-08-11..2025-08-20",
          "NIS to lawmakers 'Mitte August': fallen"),
        C("gut 15.000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the columnist's background framing without a source", opt=True),
        C("rund 1.000", 1000, "approx", "planned", "south_korea", "2025-06-01..2025-06-30",
          "JCS 'im Juni': deminers ready for Kursk"),
        C("6.000", 6000, "exact", "planned", "ukraine", "lastweek",
          "HUR; date in the clause after the figure ('vergangene Woche'): 'weitere … folgen' "
          "(increment)", add=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "nato", "2025-07-01..2025-07-31",
          "Rutte 'im Juli': 'zusätzliche' could be provided (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (UK, US, wire)
# ---------------------------------------------------------------------------------------------

S08 = Source(
    article_id="s08_wire_roundup_datelines",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-31"), dated_by="dateline",
    features="wire round-up with six datelines ('WASHINGTON, Oct 30 (PAW) -', 'SEOUL, Oct 31', "
    "…) and a slug line '31 Oct 2024 | 0745 GMT'; headline figure attributed from the first "
    "item; 'late on Wednesday'; 'on Thursday' in a Thursday article; `A few thousand` opening a "
    "quote (South Korean minister); HUR `some 7,000` and 'another 2,000 to 3,000' (increment); "
    "anonymous NATO official `well over 5,000`; Kremlin without a figure; Russian drones, 'two "
    "more villages' (not troops), ICBM minutes and km, reporting credits with phone number",
    text="""\
UKRAINE-CRISIS/ROUNDUP

U.S. says [[8,000]] North Korean troops in Kursk; Kyiv expects more

Pacific Atlantic Wire | 31 Oct 2024 | 0745 GMT

Compiled by the PAW world desk

WASHINGTON, Oct 30 (PAW) - [[About 8,000]] North Korean soldiers have moved into Russia's Kursk \
region, near the border with Ukraine, and are expected to join combat "in the coming days," the \
State Department said late on Wednesday. Spokesman Matthew Miller put the total number of North \
Koreans in Russia at [[roughly 10,000]], most of them still training at bases in the far east.

SEOUL, Oct 31 (PAW) - South Korea's defence minister told parliament on Thursday that some of the \
North Korean troops had probably already been sent to the front. "[[A few thousand]] of them are \
in Kursk or on their way there," Kim Yong-hyun told the defence committee, adding that Seoul was \
considering sending a monitoring team to Ukraine.

KYIV, Oct 31 (PAW) - Ukraine's military intelligence agency HUR said late on Wednesday that \
[[some 7,000]] North Korean soldiers had been moved towards the border areas, equipped with \
Soviet-era mortars, machine guns and sniper rifles. HUR spokesman Andriy Yusov said on Thursday \
that another [[2,000 to 3,000]] were expected to arrive "within a week."

BRUSSELS, Oct 31 (PAW) - A senior NATO official, briefing reporters on condition of anonymity on \
Thursday, said the alliance believed [[well over 5,000]] North Korean troops were now "in or \
near" the Kursk region. The official declined to say whether any had crossed into Ukraine.

MOSCOW, Oct 31 (PAW) - The Kremlin again declined to comment on the reports. Russia's defence \
ministry said air defences had destroyed 83 Ukrainian drones overnight over eight regions, and \
that its forces had taken control of two more villages in the Donetsk region.

PYONGYANG, Oct 31 (PAW) - North Korea test-launched a new solid-fuel intercontinental ballistic \
missile that stayed aloft for 86 minutes and climbed higher than 7,000 km, state media said. \
It was the North's first ICBM launch in almost a year.

(Reporting by PAW bureaux in Washington, Seoul, Kyiv, Brussels and Moscow; editing by Helen \
Marsh; worlddesk@paw-wire.example; +1 202 555 0187)
""",
    claims=(
        C("8,000", 8000, "exact", "near_front", "united_states", "wed..pub",
          "headline 'U.S. says', attributed from the first item"),
        C("About 8,000", 8000, "approx", "near_front", "united_states", "wed",
          "State Department 'late on Wednesday' (claimant after the figure): in Kursk"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "wed",
          "spokesman, same briefing: total in Russia"),
        C("A few thousand", None, "vague", "near_front", "south_korea", "thu",
          "South Korean defence minister 'on Thursday' (the publication day), quote opening"),
        C("some 7,000", 7000, "approx", "near_front", "ukraine", "wed",
          "HUR 'late on Wednesday': moved towards the border areas"),
        C("2,000 to 3,000", None, "range", "planned", "ukraine", "thu",
          "HUR spokesman 'on Thursday': 'another … expected to arrive' (increment)", add=True),
        C("well over 5,000", 5000, "at_least", "near_front", "nato", "thu",
          "anonymous NATO official 'on Thursday': in or near Kursk"),
    ),
)

S09 = Source(
    article_id="s09_podcast_transcript_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-17"),
    dated_by="front_matter", crlf=True,
    features="podcast transcript in Markdown with CRLF, front matter `date:`; speaker labels "
    "with time codes; spoken number words (`about eleven thousand`, `roughly three hundred`, "
    "`twenty-seven hundred`, `well over three thousand`, `five to ten thousand`, `a couple of "
    "thousand`); 'Of those, the agency says' carried from 'on Monday'; 'on Saturday the "
    "eleventh'; SSO `dozens`; a think tank's own assessment (other) with 'more'; Pentagon "
    "'on Wednesday' increment; ages, video minutes, wounded-to-killed ratios, Russian losses a "
    "day, a sponsor read with a percentage, promo code and phone number",
    text="""\
---
title: "Frontline Dispatch, Ep. 112: The prisoners from Kursk"
date: 2025-01-17
episode: 112
duration: "00:38:20"
---

# Frontline Dispatch, Episode 112: transcript

*Automatically transcribed and lightly edited. Timestamps are approximate.*

**[00:00:05] DANA WHITFIELD (host):** Hello and welcome to Frontline Dispatch. It's Friday, and \
this week we're talking about the North Korean soldiers Ukraine captured in Kursk, and what they \
tell us about Kim's war. With me are our Seoul correspondent Jae-won Seo and Dr Imogen Pryce of \
the Chatham Policy Forum in London.

**[00:00:38] WHITFIELD:** Jae-won, let's start with the basic question. How many North Korean \
troops are in Russia right now?

**[00:00:45] SEO:** So the working number in Seoul is still [[about eleven thousand]]. That's \
what the National Intelligence Service told lawmakers on Monday, and they haven't moved off it. \
Of those, the agency says [[roughly three hundred]] have been killed and [[twenty-seven hundred]] \
wounded.

**[00:01:20] WHITFIELD:** And Kyiv's numbers are higher.

**[00:01:24] SEO:** Much higher. On Sunday President Zelensky put it at [[well over three \
thousand]] killed and wounded. And then on Tuesday the special operations forces put out drone \
footage and said they had killed [[dozens]] in a single ambush.

**[00:02:02] WHITFIELD:** Let's get to the prisoners.

**[00:02:06] SEO:** Right. The SBU, Ukraine's security service, announced on Saturday the \
eleventh that it was holding [[two]] North Korean soldiers, both captured in Kursk. One is \
twenty, the other twenty-six. One has a broken jaw, so he can barely speak; the other gave a long \
interview, about four minutes of which was released.

**[00:03:40] WHITFIELD:** Imogen, what do you make of the casualty numbers?

**[00:03:44] PRYCE:** They're striking. In most armies you'd expect about three wounded for every \
soldier killed. Here, on Seoul's figures, it's nine to one, which tells me either the wounded are \
being counted generously or the dead aren't being recovered. And remember, Russia itself is \
losing something like fifteen hundred men a day.

**[00:05:12] WHITFIELD:** Will Pyongyang send more?

**[00:05:15] PRYCE:** I think so. Our assessment at the Forum is that they could rotate in [[five \
to ten thousand]] more by the spring, probably to replace losses rather than to grow the force.

**[00:05:58] SEO:** And Washington seems to agree. The Pentagon said on Wednesday it had seen \
signs that [[a couple of thousand]] more were being readied.

**[00:06:20] WHITFIELD:** We'll take a short break. *[SPONSOR: This episode is supported by \
Northgate Language School. Get 20 percent off your first course with code DISPATCH20, or call \
0800 555 0199.]*

**[00:07:02] WHITFIELD:** And Moscow still won't confirm any of this?

**[00:07:06] SEO:** Nothing. Peskov was asked again on Monday and said he had "nothing to add." \
Pyongyang hasn't said a word either, except to call the reports groundless.
""",
    claims=(
        C("about eleven thousand", 11000, "approx", "in_russia", "south_korea", "mon",
          "spoken number word; NIS to lawmakers, date in the next sentence ('on Monday')"),
        C("roughly three hundred", 300, "approx", "casualties", "south_korea", "mon",
          "'Of those, the agency says' carried from Monday's briefing: killed"),
        C("twenty-seven hundred", 2700, "exact", "casualties", "south_korea", "mon",
          "spoken 'twenty-seven hundred' = 2,700: wounded"),
        C("well over three thousand", 3000, "at_least", "casualties", "ukraine", "sun",
          "Zelensky 'On Sunday' (before the figure)"),
        C("dozens", None, "vague", "casualties", "ukraine", "tue",
          "special operations forces 'on Tuesday': killed"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "SBU 'on Saturday the eleventh': captured"),
        C("five to ten thousand", None, "range", "planned", "other", "pub",
          "think tank's own assessment: could rotate in … more (increment)", add=True),
        C("a couple of thousand", None, "vague", "planned", "united_states", "wed",
          "Pentagon 'on Wednesday': 'more were being readied' (increment)", add=True),
    ),
)

S10 = Source(
    article_id="s10_correction_us_latin1_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-11-15"),
    dated_by="sidecar",
    sidecar=(
        "The Capitol Ledger",
        "https://www.capitol-ledger.example/world/2024/11/15/north-korea-troops-kursk-combat",
        "North Korean troops have begun fighting in Kursk, US says",
    ),
    features="US HTML in ISO-8859-1 (curly quotes only as entities, also `<meta name=\"date\">`); "
    "a figure in `<meta name=\"description\">` (optional); 'said Wednesday' (AP style, no 'on'); "
    "`in the thousands` inside &#8220;&#8221;; Zelensky 'on Monday'; a Russian force 'about "
    "50,000 troops, including North Korean units' (mixed total, not a claim); South Korea "
    "`upwards of 20,000`; a CORRECTION note with the right figure (required) and the wrong one "
    "(optional); dollars, Russian losses, consent partners, paywall script, read time, address, "
    "phone",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="iso-8859-1">
<title>North Korean troops have begun fighting in Kursk, US says | The Capitol Ledger</title>
<meta name="description" content="A large number of the [[more than 10,000]] North Korean \
soldiers sent to Russia are now in combat, the State Department said.">
<meta name="date" content="2024-11-15">
<script>window.__LEDGER__ = {section: "world", storyId: 240115882, freeArticles: 3};</script>
</head>
<body>
<div class="consent">We and our 847 partners store and access information on your device. \
<button>Accept</button> <button>Manage options</button></div>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a \
href="/politics">Politics</a></nav></header>
<article>
<h1>North Korean troops have begun fighting in Kursk, US says</h1>
<p class="byline">By Rebecca Lund &middot; Nov. 15, 2024 &middot; 5 min read</p>
<p>WASHINGTON &mdash; North Korean soldiers have begun fighting Ukrainian forces in \
Russia&#8217;s Kursk region, the State Department said Wednesday, calling it a dangerous \
escalation of the war.</p>
<p>Of the [[more than 10,000]] North Korean troops that Washington believes have been sent to \
eastern Russia, a &#8220;large number&#8221; have now moved to Kursk and begun combat operations, \
department spokesman Vedant Patel told reporters.</p>
<p>A U.S. defense official, speaking on condition of anonymity on Thursday, said the North \
Koreans taking part in the fighting numbered &#8220;in the [[thousands]],&#8221; though he would \
not be more specific.</p>
<p>Ukrainian President Volodymyr Zelensky said on Monday that [[11,000]] North Korean soldiers \
were now in the Kursk region, and that Russia had assembled a force of about 50,000 troops, \
including North Korean units, to retake the territory Ukraine seized in August.</p>
<p>South Korea&#8217;s defense minister, Kim Yong-hyun, told lawmakers in Seoul on Wednesday that \
Pyongyang was likely to send more soldiers and could eventually commit [[upwards of 20,000]], \
along with large numbers of artillery systems.</p>
<p>The Kremlin on Tuesday again refused to confirm or deny the presence of North Korean troops. \
The United States has committed more than $60 billion in military assistance to Ukraine since \
February 2022, and Russia&#8217;s losses have passed 700,000 killed and wounded, according to \
Ukrainian estimates.</p>
<p class="correction"><strong>Correction:</strong> An earlier version of this article misstated \
the number of North Korean troops the State Department believes have been sent to Russia. It is \
[[more than 10,000]], not [[12,000]].</p>
</article>
<footer>&copy; 2024 The Capitol Ledger &middot; 1100 K Street NW, Washington, DC 20005 &middot; \
202-555-0143</footer>
</body>
</html>
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "wed",
          "<meta name=\"description\"> duplicate of the body figure (metadata)", opt=True),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "wed",
          "State Department 'said Wednesday', figure in the next sentence: sent to Russia"),
        C("thousands", None, "vague", "near_front", "united_states", "thu",
          "US defense official 'on Thursday', &#8220;in the thousands&#8221;: in the fighting"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'on Monday': in Kursk; the 50,000 mixed force is not a claim"),
        C("upwards of 20,000", 20000, "at_least", "planned", "south_korea", "wed",
          "South Korean defence minister 'on Wednesday': could eventually commit"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "wed",
          "correction note restating the State Department's figure"),
        C("12,000", 12000, "exact", "in_russia", "united_states", "wed",
          "correction note: the figure the earlier version got wrong", opt=True),
    ),
)

S11 = Source(
    article_id="s11_commons_report_uk",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-03-12"), dated_by="sidecar",
    crlf=True,
    sidecar=("The Westminster Gazette", "", ""),
    features="UK summary of a parliamentary committee report, windows-1252 with CRLF, ‘’ quotes; "
    "deck figure attributed from the lead; 'In a report published on Tuesday' carries the date "
    "to the next sentence; the committee and the MoD (other); `an estimated 3,000 "
    "reinforcements` (increment); MoD 'in February'; NIS 'mid-January'; NATO 'from December' "
    "`as many as 12,000`; Key findings bullets with Ukraine 'on 4 February' `no more than "
    "1,500` and negatives (`upwards of 1,000 men a day`, `up to 200` artillery pieces, "
    "recruits, £3bn); chair's quote opening with the number word `Eleven thousand`; report "
    "pages, paragraphs, report number",
    text="""\
MPs: North Korea is using Kursk as a ‘live-fire rehearsal’

Commons Defence Committee says Pyongyang has sent [[at least 11,000]] troops and warns ministers \
are underestimating the threat

By Fiona Achterberg, Political Correspondent

In a report published on Tuesday, the Commons Defence Committee said North Korea had sent ‘[[at \
least 11,000]]’ troops to Russia since October and that [[nearly 4,000]] of them had been killed \
or wounded. The committee also found that [[an estimated 3,000]] reinforcements had arrived in \
January and February, after the first units were pulled back from the front.

The 94-page report, the committee’s first on the Korean peninsula since 2018, draws on evidence \
from ministers, officials and academics. In written evidence submitted in February, the Ministry \
of Defence told MPs that [[around 1,000]] North Koreans had been killed outright.

The committee also quotes South Korea’s National Intelligence Service, whose mid-January estimate \
of [[roughly 3,000]] killed and wounded it describes as ‘conservative’, and a NATO assessment \
from December that [[as many as 12,000]] North Korean soldiers were then in Russia.

Key findings:

- Ukraine’s General Staff told the committee on 4 February that [[no more than 1,500]] North \
Koreans remained in combat positions at that point.
- Russia is losing ‘upwards of 1,000 men a day’ in Ukraine, a rate the committee calls \
unsustainable without foreign manpower.
- North Korea has supplied Russia with millions of artillery shells and up to 200 long-range \
artillery pieces.
- The UK has trained more than 51,000 Ukrainian recruits since 2022 and pledged £3bn a year in \
military aid.

The committee’s chair, Margaret Ellery, said on Wednesday: ‘[[Eleven thousand]] young men were \
shipped across a continent to fight in somebody else’s war. If we think that has nothing to do \
with European security, we are deluding ourselves.’

The Russian embassy in London dismissed the report as ‘fantasy’. The Ministry of Defence said it \
would respond within two months, as required.

Report: HC 512, ‘The Korean dimension of Russia’s war’, paragraphs 38 to 61.
""",
    claims=(
        C("at least 11,000", 11000, "at_least", "in_russia", "other", "tue..pub",
          "deck, attributed from the lead (the committee, Tuesday)"),
        C("at least 11,000", 11000, "at_least", "in_russia", "other", "tue",
          "committee report 'published on Tuesday', in ‘’"),
        C("nearly 4,000", 4000, "approx", "casualties", "other", "tue",
          "same sentence: killed or wounded"),
        C("an estimated 3,000", 3000, "approx", "in_russia", "other", "tue",
          "report date carried to the next sentence: 'reinforcements had arrived' (increment)",
          add=True),
        C("around 1,000", 1000, "approx", "casualties", "other", "2025-02-01..2025-02-28",
          "UK MoD written evidence 'in February': killed"),
        C("roughly 3,000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'mid-January estimate', quoted by the committee"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "nato", "2024-12-01..2024-12-31",
          "NATO assessment 'from December': then in Russia"),
        C("no more than 1,500", 1500, "at_most", "near_front", "ukraine", "2025-02-04",
          "Key findings bullet: General Staff 'on 4 February': in combat positions"),
        C("Eleven thousand", 11000, "exact", "in_russia", "other", "wed",
          "committee chair 'on Wednesday' (the publication day), number word opening a quote"),
    ),
)

S12 = Source(
    article_id="s12_photo_captions_bom_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-02"),
    dated_by="html_meta",
    features="US photo gallery in HTML, UTF-8 with BOM: og:title figure (optional) and the "
    "same headline in `<h1>` attributed from the dek (NIS 'on Wednesday'); figures in "
    "`<figcaption>`s with credits and image ids; Russia (defense minister) &ldquo;several "
    "thousand&rdquo; 'on Tuesday'; '[[600]] of them fatally'; Ukraine 'yesterday'; 'In the "
    "same briefing' carries the NIS date to a later caption ('as reinforcements', increment); "
    "hard negatives: 'an estimated 12 million shells', 'Around 15,000 North Korean workers', "
    "JSON-LD counts, cookie vendors, 'Photo 1 of 7', street address",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>In pictures: North Korea's war in Kursk | Midwest Courier</title>
<meta property="og:title" content="In pictures: The [[15,000]] soldiers Kim sent to Russia">
<meta property="article:published_time" content="2025-05-02T05:00:00-05:00">
<script type="application/ld+json">{"@type": "ImageGallery", "numberOfItems": 7, "datePublished": \
"2025-05-02"}</script>
</head>
<body>
<div id="cookie-bar">This site uses cookies, including those of 312 vendors. \
<button>OK</button></div>
<nav><a href="/">Midwest Courier</a> &rsaquo; <a href="/world">World</a> &rsaquo; Photos</nav>
<main>
<h1>In pictures: The [[15,000]] soldiers Kim sent to Russia</h1>
<p class="dek">For months, Moscow and Pyongyang denied it. Then, within three days, both admitted \
it. South Korea's spy agency said on Wednesday that [[some 15,000]] North Korean troops had been \
deployed to Russia since last fall.</p>

<figure><img src="/photos/2025/05/nk-01.jpg" alt="">
<figcaption>Kim Jong Un at a ceremony in Pyongyang on Monday, when state media confirmed for the \
first time that North Korean units had fought in Kursk. KCNA did not say how many. <span \
class="credit">KCNA via AP, ID 25118004</span></figcaption></figure>

<figure><img src="/photos/2025/05/nk-02.jpg" alt="">
<figcaption>Russian Defense Minister Andrei Belousov in Moscow. He said on Tuesday that the \
Korean contingent that fought in Kursk had numbered &ldquo;[[several thousand]]&rdquo; and \
declined to be more precise. <span class="credit">Sputnik pool</span></figcaption></figure>

<figure><img src="/photos/2025/05/nk-03.jpg" alt="">
<figcaption>Mourners lay flowers in Pyongyang. South Korea's National Intelligence Service said \
on Wednesday that [[about 4,700]] of the North's troops had been killed or wounded in Kursk, \
[[600]] of them fatally. <span class="credit">Kim Won-jin/AFP via Getty Images, \
2150713492</span></figcaption></figure>

<figure><img src="/photos/2025/05/nk-04.jpg" alt="">
<figcaption>Ukrainian troops near the border in Sumy region. Ukraine's General Staff said \
yesterday that its forces had killed or wounded [[more than 6,000]] North Koreans since November. \
<span class="credit">Evgeniy Maloletka/AP</span></figcaption></figure>

<figure><img src="/photos/2025/05/nk-05.jpg" alt="">
<figcaption>Containers at a rail yard near Rajin. North Korea has shipped an estimated 12 million \
artillery shells to Russia, according to Seoul. <span class="credit">Maxar \
Technologies</span></figcaption></figure>

<figure><img src="/photos/2025/05/nk-06.jpg" alt="">
<figcaption>North Korean laborers at a construction site in Vladivostok. Around 15,000 North \
Korean workers have entered Russia since 2023, according to Seoul. <span class="credit">Anna \
Korotkova/Reuters</span></figcaption></figure>

<figure><img src="/photos/2025/05/nk-07.jpg" alt="">
<figcaption>Soldiers at a train station in Khabarovsk, in a still from a video posted on Telegram \
in October. In the same briefing, the NIS said [[about 3,000]] of the troops had been sent this \
year as reinforcements. <span class="credit">Telegram via AP</span></figcaption></figure>
</main>
<div class="gallery-nav">Photo 1 of 7 &middot; <a href="#next">Next</a></div>
<footer>&copy; 2025 Midwest Courier, 400 Lake St, Minneapolis, MN 55401</footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "og:title duplicate of the headline (metadata)", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline attributed from the dek (NIS, Wednesday)"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "dek: spy agency 'on Wednesday': deployed since last fall"),
        C("several thousand", None, "vague", "near_front", "russia", "tue",
          "caption: Russian defense minister 'on Tuesday' in &ldquo;&rdquo;: fought in Kursk"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "caption: NIS 'on Wednesday': killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "same sentence: '600 of them fatally'"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "yday",
          "caption: General Staff 'yesterday'; 'since November' is the event window"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "caption: 'In the same briefing' carries Wednesday: 'as reinforcements' (increment)",
          add=True),
    ),
)

S13 = Source(
    article_id="s13_liveblog_uk_utf16_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-08-21"),
    dated_by="html_meta",
    features="UK live blog in HTML, UTF-16 LE with BOM: entries with full date-time stamps over "
    "two days ('21 August 2025, 14:32 BST'), each dated by its own stamp; headline `thousands` "
    "more and a Key events bullet attributed from their entries; JCS `6,000 or more` "
    "(hedge after the number, 'additional'); KCNA `101` posthumous heroes; UK MoD (other) `up "
    "to 2,000` deminers and `hundreds` of artillerymen; Zelensky `between 20,000 and 30,000` "
    "more in quotes; Russian deputy defence minister 'broadcast today'; NATO spokesperson "
    "`upwards of 15,000`; Russian casualties a day, hectares, drones, age, JSON-LD counts, "
    "comment count, company number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-16">
<title>Russia-Ukraine war live: Seoul says North Korea readying new troops | Wessex Herald</title>
<meta property="article:published_time" content="2025-08-21T07:02:00+01:00">
<meta property="article:modified_time" content="2025-08-21T15:10:00+01:00">
<script type="application/ld+json">{"@type": "LiveBlogPosting", "coverageStartTime": \
"2025-08-20T07:00:00+01:00", "updates": 14}</script>
</head>
<body>
<div class="consent">We use cookies and similar technologies, shared with 205 partners. \
<button>Yes, I accept</button></div>
<nav>News | World | Europe | Ukraine</nav>
<main>
<h1>Russia-Ukraine war live: Seoul says North Korea readying [[thousands]] more troops for \
Russia</h1>
<div class="key-events"><h2>Key events</h2>
<ul>
<li>Zelensky warns of [[20,000 to 30,000]] more North Koreans this autumn</li>
<li>Russian drone strike on a car in Belgorod injures two</li>
</ul></div>

<article class="block"><p class="ts">21 August 2025, 14:32 BST</p>
<p>South Korea's Joint Chiefs of Staff said this afternoon that North Korea appeared to be \
preparing an additional [[6,000 or more]] troops for deployment to Russia, based on movements \
seen at training grounds near Wonsan. A JCS spokesperson said the new contingent could leave \
"within weeks".</p></article>

<article class="block"><p class="ts">21 August 2025, 11:05 BST</p>
<p>North Korea's state news agency KCNA reports that Kim Jong Un has posthumously awarded the \
title Hero of the DPRK to [[101]] soldiers killed in what it calls the "Kursk liberation \
operation". Kim, 41, was shown embracing relatives of the dead.</p></article>

<article class="block"><p class="ts">21 August 2025, 09:18 BST</p>
<p>In its daily intelligence update, the UK Ministry of Defence says Russian casualties averaged \
around 1,050 a day in July. It also assesses that [[up to 2,000]] North Korean soldiers are now \
clearing mines in the Kursk region, and that [[hundreds]] of North Korean artillerymen are \
operating alongside Russian units across the border in Sumy region.</p></article>

<article class="block"><p class="ts">20 August 2025, 22:47 BST</p>
<p>Volodymyr Zelensky says Kyiv has "information that [[between 20,000 and 30,000]] more" North \
Korean soldiers could be sent to Russia this autumn. "Moscow is trying to solve its manpower \
problem with foreign soldiers," he said in his nightly video address.</p></article>

<article class="block"><p class="ts">20 August 2025, 17:10 BST</p>
<p>Russia's defence ministry says it shot down 26 Ukrainian drones overnight. In Belgorod, two \
people were injured when a drone hit their car, the regional governor said.</p></article>

<article class="block"><p class="ts">20 August 2025, 13:40 BST</p>
<p>Russian deputy defence minister Yunus-Bek Yevkurov, in an interview with state television \
broadcast today, said [[about 1,000]] North Korean deminers had cleared more than 1,500 hectares \
of farmland in the Kursk region since June.</p></article>

<article class="block"><p class="ts">20 August 2025, 10:02 BST</p>
<p>NATO's spokesperson, Allison Hart, told reporters the alliance believed North Korea had so far \
sent "[[upwards of 15,000]] soldiers" to Russia, and that Pyongyang was receiving air-defence \
systems and oil in return.</p></article>
</main>
<footer>Comments (1,284) &middot; &copy; 2025 Wessex Herald Ltd, registered in England no. \
04417322</footer>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "planned", "south_korea", "2025-08-21",
          "headline 'Seoul says … thousands more', attributed from the 14:32 entry (increment)",
          add=True),
        C("20,000 to 30,000", None, "range", "planned", "ukraine", "2025-08-20",
          "Key events bullet, attributed from the 20 Aug 22:47 entry (increment)", add=True),
        C("6,000 or more", 6000, "at_least", "planned", "south_korea", "2025-08-21",
          "JCS 'this afternoon' in the 21 Aug entry: 'an additional' (hedge after the number)",
          add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21",
          "KCNA 'reports' in the 21 Aug entry: soldiers killed, honoured posthumously"),
        C("up to 2,000", 2000, "at_most", "near_front", "other", "2025-08-21",
          "UK MoD (other), 21 Aug entry: clearing mines in Kursk"),
        C("hundreds", None, "vague", "near_front", "other", "2025-08-21",
          "same update: artillerymen across the border in Sumy region"),
        C("between 20,000 and 30,000", None, "range", "planned", "ukraine", "2025-08-20",
          "Zelensky in \"\", 20 Aug entry: 'more … could be sent' (increment)", add=True),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-08-20",
          "Russian deputy defence minister, 'broadcast today' in the 20 Aug entry: deminers "
          "in Kursk"),
        C("upwards of 15,000", 15000, "at_least", "in_russia", "nato", "2025-08-20",
          "NATO spokesperson, 20 Aug entry: sent to Russia"),
    ),
)

S14 = Source(
    article_id="s14_interview_hur_officer_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "The Harbour Review",
        "https://www.harbour-review.example/world/interview-hur-north-korea",
        "",
    ),
    features="US interview in Q&A form (bold questions), Markdown in UTF-8 with BOM whose "
    "front matter has no date (sidecar only); the interview date is given in the intro "
    "('Wednesday, Sept. 10') and dates the answers; the interviewer's question cites Seoul "
    "'last week'; the officer's own count (ukraine) `between 2,300 and 2,500`, `several "
    "thousand`, `roughly 11,000`, `1,500 or so` (hedge after), `another ten thousand` "
    "(increment, number word); Shoigu 'in June'; KCNA \"thousands\" 'in August'; "
    "Pentagon 'in July' `more than 14,000`; unit sizes, km, barrels, shells, years",
    text="""\
---
title: "'They learn fast': A Ukrainian intelligence officer on North Korea's soldiers"
section: World
author: Marcus Oyelaran
---

# "They learn fast": A Ukrainian intelligence officer on North Korea's soldiers

*Colonel Oksana Hrytsenko heads the Asia desk of Ukraine's military intelligence agency, HUR. She \
spoke to us by video call on Wednesday, Sept. 10. The interview has been edited for length and \
clarity.*

**South Korea's intelligence service said last week that [[around 2,000]] North Korean soldiers \
have been killed in the war. Does that match what you see?**

It's in the right range. Our own count is a little higher: [[between 2,300 and 2,500]] killed, \
and [[several thousand]] wounded, many of whom have already been sent home.

**How many are in Russia now?**

Right now, [[roughly 11,000]] in the Kursk and Belgorod border areas. Most are not on the front \
line itself but within 20 kilometers of it. On top of that there are [[1,500 or so]] sappers who \
arrived in July to clear mines.

**Moscow says they are only there to rebuild.**

Shoigu said in June they would send [[6,000]] people for reconstruction. That was never the whole \
story. Some of the builders are combat engineers; some are simply infantry with shovels.

**Will more come?**

Yes. We expect another [[ten thousand]] by the end of the year, mainly artillery crews and drone \
operators. They learn fast. Last winter they advanced in columns of 50 or 60 men. Now it is teams \
of three or four, with their own drones.

**Pyongyang now talks openly about the deployment.**

It does, but it never gives a total. At the ceremony in August, KCNA spoke of "[[thousands]] of \
heroic fighters" who had liberated Kursk. That is all.

**And the Americans?**

Their numbers are close to ours. The Pentagon told Congress in July that [[more than 14,000]] had \
been deployed in total since last autumn.

**What does North Korea get in return?**

Oil, money, technology. We estimate Russia has delivered more than a million barrels of oil since \
March, and North Korea has sent over 12 million artillery shells since 2023. I have followed this \
army for 14 years, and it has never been this experienced.
""",
    claims=(
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the interviewer's question: NIS 'last week' (interview on Sept. 10, published Sept. "
          "12)"),
        C("between 2,300 and 2,500", None, "range", "casualties", "ukraine", "2025-09-10..pub",
          "HUR officer's own count, interview 'on Wednesday, Sept. 10': killed"),
        C("several thousand", None, "vague", "casualties", "ukraine", "2025-09-10..pub",
          "same answer: wounded"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "2025-09-10..pub",
          "in the Kursk and Belgorod border areas"),
        C("1,500 or so", 1500, "approx", "in_russia", "ukraine", "2025-09-10..pub",
          "hedge after the number: sappers who arrived in July (location not named)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'in June', quoted by the officer: would send"),
        C("ten thousand", 10000, "exact", "planned", "ukraine", "2025-09-10..pub",
          "number word: 'We expect another ten thousand' (increment)", add=True),
        C("thousands", None, "vague", "near_front", "north_korea", "2025-08-01..2025-08-31",
          "KCNA 'At the ceremony in August', in \"\": fighters who liberated Kursk"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-07-01..2025-07-31", "Pentagon to Congress 'in July': deployed in total"),
    ),
)

SOURCES: tuple[Source, ...] = (
    S01, S02, S03, S04, S05, S06, S07,
    S08, S09, S10, S11, S12, S13, S14,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
