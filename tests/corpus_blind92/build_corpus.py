"""Build the NINETY-SECOND BLIND hand-labelled corpus (`python build_corpus.py`).

The ninety-fourth corpus for an honest measurement on articles the extractor has never met,
written in session 12 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Bad Hersfeld
daily's world page with a local historian, an Oberallgäu radio station's web text, a Ybbsitz
weekly (Austrian), a Riggisberg weekly (Swiss), a wheelwrights' guild magazine and a Landshut
student radio's show notes; a Bunbury daily's world page, a Burra (Shetland) isle page, a Kansas
Flint Hills county paper, a Narva English-language outlet, a Niue village page and the English
bulletin of a Cotonou textile market. Same file format, marker syntax and labelling conventions
as the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind92_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

M01 = Source(
    article_id="m92_01_hersfeld_tageblatt_historiker_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="Bad Hersfeld daily's world page in HTML (`article:published_time` with +01:00, an "
        "ad-slot script, a cookie layer with partners, local navigation, a word-count script, a "
        "comment count); headline 'Kiew meldet' from Zelensky's figure dated by the next "
        "sentence ('am Dienstagabend'); Pentagon 'schon am Montag'; Blinken 'am vergangenen "
        "Donnerstag' in a Thursday paper (a week earlier); a Seoul committee session 'am 30. "
        "Oktober' and a lawmaker who 'ergänzte' (`bis zu 13.000`, planned); a local historian "
        "'sagte unserer Zeitung' (other, `pub`), his restatement of Kyiv's figure (optional); "
        "Russian losses a day, distances, lecture time, fee and phone number, Bundeswehr size",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkoreaner bei Kursk: Was Kiew, Washington und Seoul wissen | Hersfelder \
Tageblatt</title>
<meta property="article:published_time" content="2024-11-07T06:40:00+01:00">
<meta property="og:site_name" content="Hersfelder Tageblatt">
<meta name="description" content="Kims Soldaten an der Front: Ein Historiker aus Bad \
Hersfeld ordnet die Zahlen ein.">
<script>var htbAds={slots:["top_728x90","mrec_300x250"],zone:"weltgeschehen"};</script>
</head>
<body>
<div class="cookie-layer"><p>Diese Seite merkt sich Ihre Einstellungen mit Cookies &ndash; \
auch die unserer 61 Werbepartner.</p><button>Von mir aus, weiter</button> \
<button>Lieber erst lesen</button></div>
<nav><a href="/">Start</a> &middot; <a href="/hersfeld">Bad Hersfeld</a> &middot; \
<a href="/kreis">Kreis</a> &middot; <a href="/welt">Welt</a> &middot; \
<a href="/sport">Sport</a></nav>
<main><article>
<p class="dach">Weltgeschehen</p>
<h1>Kiew meldet [[11.000]] Nordkoreaner im Raum Kursk</h1>
<p class="autor">Von Miriam Sondergeld &middot; 07.11.2024</p>
<p>Der Krieg in der Ukraine hat eine neue Front, und sie verläuft auf russischem Boden. Nach \
Darstellung von Präsident Wolodymyr Selenskyj sind im Raum Kursk inzwischen [[11.000]] \
Soldaten aus Nordkorea zusammengezogen. In seiner Videobotschaft am Dienstagabend sprach er \
auch von ersten Gefechten mit ihnen &ndash; &bdquo;eine neue Seite der Instabilität in der \
Welt&ldquo;.</p>
<p>In Washington klingt das ähnlich. Das Pentagon war schon am Montag von [[rund 10.000]] \
Nordkoreanern ausgegangen, die in die Grenzregion verlegt worden seien. Außenminister Antony \
Blinken hatte am vergangenen Donnerstag noch von [[8.000]] Mann in der Nähe der ukrainischen \
Grenze gesprochen.</p>
<p>Seoul hat seine eigene Rechnung. In einer Sitzung des Geheimdienstausschusses der \
Nationalversammlung am 30. Oktober hieß es, Pjöngjang habe bereits [[über 10.000]] Soldaten \
nach Russland gebracht, ein großer Teil werde im Fernen Osten noch ausgebildet. Der \
Abgeordnete Park Sun-won, der danach vor die Kameras trat, ergänzte, bis Jahresende könnten \
es [[bis zu 13.000]] werden.</p>
<p>Und Moskau? Kremlsprecher Dmitri Peskow verwies auf den Beistandsvertrag mit Pjöngjang, \
Zahlen nannte er keine. Die russischen Verluste beziffert der ukrainische Generalstab derzeit \
auf mehr als 1.500 Mann am Tag.</p>
<h2>&bdquo;Das ist kein Manöver mehr&ldquo;</h2>
<p>Dr. Jens Kallhardt, Osteuropa-Historiker aus Bad Hersfeld, der seit 2019 an der \
Universität Kassel lehrt, hält die Angaben für schlüssig. Wer [[11.000]] Mann über 7.000 \
Kilometer quer durch Russland schaffe, meine es ernst, sagte er unserer Zeitung. &bdquo;Mich \
würde es nicht überraschen, stünden im Frühjahr [[20.000]] dort.&ldquo; Entscheidend sei \
aber weniger die Zahl als die Frage, was Kim Jong Un im Gegenzug bekomme: Geld, Öl oder \
Raketentechnik.</p>
<p>Kallhardt spricht am 14. November um 19.30 Uhr in der Stadthalle über &bdquo;Kims \
Krieg&ldquo;. Der Eintritt kostet 8 Euro, Schüler zahlen die Hälfte; Anmeldung unter \
06621 / 40 71 90.</p>
<aside><p>Zum Vergleich: Die Bundeswehr hat rund 181.000 aktive Soldatinnen und Soldaten, \
Nordkoreas Armee wird auf 1,2 Millionen geschätzt.</p></aside>
</article></main>
<footer>&copy; 2024 Hersfelder Tageblatt &middot; Impressum &middot; Datenschutz &middot; \
37 Kommentare</footer>
<script>window.htbStats={id:88123,words:540};</script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "headline 'Kiew meldet': Zelensky's figure of the lead (Tuesday evening) to "
          "publication: in the Kursk area"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "'Nach Darstellung von Präsident … Selenskyj', dated by the next sentence ('In seiner "
          "Videobotschaft am Dienstagabend'): massed in the Kursk area"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon 'schon am Montag', Konjunktiv: moved into the border region"),
        C("8.000", 8000, "exact", "near_front", "united_states", "2024-10-31",
          "Blinken 'am vergangenen Donnerstag' in a Thursday paper: the Thursday a week before; "
          "near the Ukrainian border"),
        C("über 10.000", 10000, "at_least", "in_russia", "south_korea", "2024-10-30",
          "Seoul's intelligence committee session 'am 30. Oktober', 'hieß es': brought to Russia"),
        C("bis zu 13.000", 13000, "at_most", "planned", "south_korea", "2024-10-30",
          "lawmaker Park 'ergänzte' after the same session: could be by year's end"),
        C("11.000", 11000, "exact", "in_russia", "other", "pub",
          "the historian restating Kyiv's figure in a conditional ('Wer 11.000 Mann … schaffe'): "
          "anaphoric restatement", opt=True),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "local historian in quotes, 'sagte unserer Zeitung' without a date: by spring"),
    ),
)

M02 = Source(
    article_id="m92_02_oberallgaeu_welle_gefallene_html",
    language="de", fmt="html", encoding="cp1252", published=day("2024-12-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Oberallgäu Welle",
        "https://www.oberallgaeu-welle.example/nachrichten/welt/nordkoreaner-gefallen-19122024",
        "Südkorea: 100 Nordkoreaner bei Kursk gefallen",
    ),
    features="Oberallgäu radio station's web text in HTML, windows-1252 with CRLF (raw „“ and "
        "–, no meta date: sidecar, Thursday), a frequency line, a cookie bar, an audio length; "
        "headline `100` from the lawmaker's Thursday briefing (the publication day); "
        "'Mindestens 100' and 'knapp 1.000 weitere' (others of the same count, not an increment) "
        "dated by the next sentence; 'so Lee' carrying `rund 11.000` (Kursk); Kirby 'am Montag' "
        "„mehreren hundert“; HUR 'bereits am Wochenende' `mindestens 30`; a Sonthofen Korea "
        "hand's „ein paar tausend“ replacements (vague increment, `pub`); Russian losses, "
        "course participants, frequency, temperatures",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Südkorea: Erste Verluste der Nordkoreaner bei Kursk – Radio Oberallgäu Welle</title>
<link rel="stylesheet" href="/css/welle.min.css?v=412">
<script>var owPlayer={stream:"https://stream.oberallgaeu-welle.example/live.mp3",bitrate:128};\
</script>
</head>
<body>
<div id="kekse">Wir backen hier Cookies – für Statistik und für Werbung, die zu Ihnen passt. \
<a href="#">Kekse zulassen und weiterhören</a> · <a href="#">Ohne Extras weiter</a></div>
<header><a href="/">Oberallgäu Welle</a> · UKW 97,4 · <a href="/nachrichten">Nachrichten</a> · \
<a href="/wetter">Wetter & Pässe</a> · <a href="/verkehr">Verkehr</a></header>
<main>
<h1>Südkorea: [[100]] Nordkoreaner bei Kursk gefallen</h1>
<p class="sub">Seoul spricht von ersten schweren Verlusten – ein Sonthofener mit langer \
Korea-Erfahrung erwartet, dass Pjöngjang einfach Nachschub schickt.</p>
<p class="audio">Beitrag zum Nachhören (2:41 Min.)</p>
<p>[[Mindestens 100]] nordkoreanische Soldaten sind bei Kämpfen im russischen Gebiet Kursk \
ums Leben gekommen, [[knapp 1.000]] weitere wurden verwundet. Das berichtete der südkoreanische \
Abgeordnete Lee Seong-kweun am Donnerstag, nachdem ihn der Geheimdienst NIS hinter \
verschlossenen Türen informiert hatte. Die Verluste gingen vor allem auf Drohnen und \
Artillerie zurück; die Soldaten seien mit dem offenen Gelände nicht vertraut.</p>
<p>Insgesamt seien [[rund 11.000]] Mann aus dem Norden in der Region Kursk im Einsatz, so Lee. \
Unter ihnen sei auch ein General gewesen, der verwundet worden sei.</p>
<p>Das Weiße Haus hält die Zahlen für eher zu niedrig. Sicherheitssprecher John Kirby sprach am \
Montag von „[[mehreren hundert]]“ Toten und Verletzten in den Reihen der Nordkoreaner. Der \
ukrainische Militärgeheimdienst HUR hatte bereits am Wochenende [[mindestens 30]] getötete \
oder verwundete Nordkoreaner gemeldet, nach Gefechten bei drei Dörfern im Kreis Korenewo. Russland \
selbst verliert nach Kiewer Zählung derzeit gut 1.500 Soldaten täglich.</p>
<h2>„Die schicken einfach neue Leute“</h2>
<p>Martin Graswander aus Sonthofen hat 14 Jahre für einen Maschinenbauer in Seoul gearbeitet \
und verfolgt die Nachrichten von der Halbinsel bis heute. Er rechnet damit, dass Pjöngjang die \
Lücken rasch füllt – mit „[[ein paar tausend]]“ frischen Soldaten. „Menschenleben zählen für \
das Regime nicht, das war schon immer so“, sagt der 63-Jährige im Gespräch mit unserem \
Sender.</p>
<p>An der Bundeswehr-Schule in Sonthofen laufen die Lehrgänge unterdessen normal weiter, rund \
900 Teilnehmer sind es im Jahr. Auf den Pässen gilt am Wochenende Kettenpflicht, in Oberstdorf \
werden bis zu minus 14 Grad erwartet.</p>
</main>
<footer>© Radio Oberallgäu Welle GmbH & Co. KG · Studio Sonthofen · Hörertelefon 08321 / 66 \
97 40</footer>
<script>owStats.push({p:"nachrichten/welt",len:2680});</script>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu",
          "headline: the lawmaker's Thursday figure (the publication day); the headline drops "
          "the 'Mindestens'"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lead, dated by the next sentence ('berichtete … am Donnerstag'): killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'weitere wurden verwundet' = others of the same event, not an increment"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "'so Lee' after the figure, carried from the Thursday briefing: in the Kursk region"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "White House spokesman Kirby 'am Montag' „…“: killed and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'bereits am Wochenende': killed or wounded"),
        C("ein paar tausend", None, "vague", "planned", "other", "pub",
          "a Sonthofen man with Korea experience 'rechnet damit' in an undated talk with the "
          "station: fresh soldiers to fill the gaps (replacements: increment)", add=True),
    ),
)

M03 = Source(
    article_id="m92_03_ybbstaler_woche_rueckzug",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-26"),
    dated_by="dateline",
    features="Ybbsitz weekly (Austrian) as plain text in ISO-8859-1 with straight quotes and "
        "hyphens, dateline 'Ybbsitz, 26.02.2025 -'; 'Jänner', 'Feber', 'heuer'; a headline "
        "without a figure; an SSO colonel's figure with the claimant and 'am Montag' after it "
        "('sagte …'); NIS 'im Jänner' (`rund 300` dead, `2.700` wounded: not an increment); a "
        "US defence official 'Mitte Feber' `ein paar hundert` still in Kursk; Zelensky 'am 11. "
        "Jänner' the number word `zwei` (captured); HUR 'Laut' without a date `1.500` 'weitere' "
        "(increment, span without the word); a retired colonel from Opponitz with a range in "
        "quotes (other, `pub`); an aid convoy's tonnes and trucks, donations in euros, "
        "inhabitants, a museum's age, phone number",
    text="""\
Ybbstaler Wochenpost
Ybbsitz, 26.02.2025 - Ausgabe 9/2025

Kims Soldaten verschwinden von der Kursker Front

Die Nordkoreaner sind aus den Schützengräben bei Kursk verschwunden - vorerst. Was das für die
Ukraine bedeutet und warum ein Offizier aus dem Ybbstal trotzdem nicht an ein Ende glaubt.

Als der Verein "Ybbstal hilft" am Samstag seinen dritten Lkw mit Hilfsgütern Richtung
Czernowitz losschickte, war der Krieg im Osten für die Helfer wieder ganz nah. 14 Tonnen
Decken, Konserven und Stromaggregate haben die Freiwilligen heuer schon verladen, 12.400 Euro
an Spenden kamen allein seit Weihnachten zusammen.

In den Nachrichten dominiert derzeit eine andere Meldung: Nordkorea hat seine Truppen nach
ukrainischer Darstellung aus dem russischen Gebiet Kursk zurückgezogen. Seit rund drei Wochen
seien dort keine Nordkoreaner mehr gesichtet worden. [[Rund 4.000]] von ihnen seien gefallen
oder verwundet worden, ehe Pjöngjang die Einheiten abgezogen habe, sagte Oberst Taras Holowko,
ein Sprecher der ukrainischen Spezialeinsatzkräfte, am Montag im ukrainischen Fernsehen.

Südkoreas Nachrichtendienst war im Jänner noch von deutlich niedrigeren Zahlen ausgegangen:
von [[rund 300]] Toten und [[2.700]] Verwundeten. Auch in Washington ist der Rückzug bekannt.
Ein Vertreter des US-Verteidigungsministeriums sprach Mitte Feber von "vielleicht
[[ein paar hundert]]" Nordkoreanern, die noch im Raum Kursk verblieben seien.

Kiew hatte am 11. Jänner mitgeteilt, dass [[zwei]] verwundete Nordkoreaner in ukrainische
Gefangenschaft geraten seien. Präsident Wolodymyr Selenskyj bot damals an, sie gegen
in Russland festgehaltene Ukrainer einzutauschen. Die beiden, 20 und 26 Jahre alt, werden
in Kiew festgehalten.

Laut dem ukrainischen Militärgeheimdienst HUR kamen allerdings noch im Jänner und im Feber
[[1.500]] weitere Soldaten aus dem Norden nach Russland - zur Ausbildung, wie es heißt.

"Die kommen wieder"

Oberst i. R. Gerhard Kupfer aus Opponitz, der 31 Jahre beim Bundesheer gedient hat, hält den
Rückzug für eine Atempause. "Die Nordkoreaner lernen schnell, gerade was Drohnen angeht", sagt
er. "Ich rechne damit, dass Pjöngjang heuer im Frühjahr wieder Einheiten an die Front schickt,
mit [[5.000 bis 6.000]] Mann, vielleicht mehr."

Im Schmiedemuseum, das seit 1991 an die 800-jährige Tradition der Ybbsitzer Schmiede erinnert,
liegt bis Ende März eine Spendenliste auf. Der nächste Transport ist für den 15. März geplant.
Auskunft unter 07443 / 862 15.
""",
    claims=(
        C("Rund 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "SSO spokesman Holowko, 'sagte … am Montag' after the figure, Konjunktiv: killed or "
          "wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'im Jänner' (an older figure recalled): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same January figures: wounded (a second count, not an increment)"),
        C("ein paar hundert", None, "vague", "near_front", "united_states",
          "2025-02-11..2025-02-20",
          "US defence official 'Mitte Feber' in quotes: still in the Kursk area"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Kyiv 'am 11. Jänner mitgeteilt': captured (number word)"),
        C("1.500", 1500, "exact", "in_russia", "ukraine", "pub",
          "'Laut' HUR without a date; 'weitere' after the figure (increment, span without the "
          "word); the months are the event", add=True),
        C("5.000 bis 6.000", None, "range", "planned", "other", "pub",
          "retired Austrian colonel, 'sagt' in the present tense: 'heuer im Frühjahr' is the "
          "event; a new deployment, no increment word"),
    ),
)

M04 = Source(
    article_id="m92_04_gantrisch_bote_bestaetigung_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-29"),
    dated_by="front_matter",
    features="Riggisberg weekly (Swiss) in Markdown, UTF-8 with BOM, front matter with `date:` "
        "and a title without a figure: `ss`, «», `15'000`, `4'700`, `14'000`, `10'000`, "
        "4-digit `3000` and `6000`; Gerasimov 'am Samstag' and KCNA 'am Montag' without a "
        "figure; a subheading 'Seoul zählt 15'000' (window to publication); the NIS "
        "figures dated by the following sentence ('Das schrieb der Dienst am "
        "Montag'); 'unter ihnen rund 600 Tote' (breakdown); the JCS 'Schon im März' "
        "'zusätzlichen' (increment, month window); the US State Department 'am Wochenende'; HUR "
        "'geht … aus' (present, `pub`); a Bern researcher's «nochmals 10'000» (increment, "
        "`pub`); Swiss officers at the Korean border, francs, inhabitants, hectares, age",
    text="""\
---
title: "Nach Monaten des Schweigens: Moskau und Pjongjang geben Kursk-Einsatz zu"
date: 2025-04-29
rubrik: Welt
autor: Ursula Zbinden
---

# Jetzt ist es offiziell: Nordkoreas Soldaten kämpfen für Russland

**Was Geheimdienste seit Oktober berichten, bestätigen nun auch Moskau und Pjongjang. Wie viele
Nordkoreaner tatsächlich im Einsatz stehen, bleibt umstritten.**

Monatelang hatte der Kreml geschwiegen. Am Samstag trat Generalstabschef Waleri Gerassimow vor
die Kameras und lobte den «Heldenmut» der Soldaten aus dem Norden, die Moskau geholfen hätten, Kursk
zurückzuholen. Zahlen? Fehlanzeige. Am Montag zog die Staatsagentur KCNA in Pjongjang nach: Kim
Jong Un persönlich habe den Einsatz angeordnet, die Truppen hätten bei der «Befreiung»
mitgekämpft, und für die Gefallenen entstehe in der Hauptstadt ein Denkmal.

## Seoul zählt [[15'000]]

Der südkoreanische Nachrichtendienst NIS kommt für die Monate seit Oktober auf
[[rund 15'000]] Soldaten, die Pjongjang nach Russland in Marsch gesetzt habe.
Das schrieb der Dienst am Montag in einer kurzen Mitteilung an die Presse. Davon seien
[[etwa 4'700]] getötet oder verwundet worden, unter ihnen [[rund 600]] Tote. Schon im März
hatte der Generalstab in Seoul von [[3000]] zusätzlichen Soldaten berichtet, die Pjongjang
über die Wintermonate nachgeschoben habe.

Washington liegt nahe bei diesen Werten. Das US-Aussenministerium sprach am Wochenende von
[[mehr als 14'000]] nordkoreanischen Soldaten, die in Russland eingesetzt worden seien.

In Kiew hält man die südkoreanischen Verlustzahlen dagegen für zu tief. Der Militärgeheimdienst
HUR geht von [[mehr als 6000]] Toten und Verwundeten aus.

## «Das öffnet die Tür»

Für den Berner Sicherheitsforscher Reto Wyssbrod ist das Eingeständnis mehr als eine
Formsache. «Solange alle so taten, als gäbe es diese Truppen nicht, war jede Verstärkung
heikel. Jetzt kommen wohl nochmals [[10'000]]», sagt der 44-Jährige, der an der Universität Bern
zu Ostasien forscht.

Die Schweiz beobachtet die Lage auf der koreanischen Halbinsel seit 1953 mit eigenen
Offizieren: Fünf Angehörige der Armee sind derzeit in Panmunjom stationiert. Der Bund hat
Kiew seit 2022 Unterstützung von gegen 5 Milliarden Franken versprochen.

In Riggisberg, wo 2'600 Menschen leben, sammelt die Kirchgemeinde am 10. Mai für das
Ukraine-Hilfswerk. Treffpunkt ist um 9 Uhr beim Gemeindehaus; der Naturpark Gantrisch lädt am
gleichen Tag zu einer Wanderung über 340 Hektaren Hochmoor ein.
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "mon..pub",
          "subheading 'Seoul zählt': the NIS figure of the paragraph below (Monday) to "
          "publication, hedge dropped"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "'Der … NIS kommt … auf', dated by the next sentence ('Das schrieb der Dienst am "
          "Montag'): sent since the autumn"),
        C("etwa 4'700", 4700, "approx", "casualties", "south_korea", "mon",
          "'Davon seien', same Monday statement: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "mon",
          "'unter ihnen' (a breakdown): dead"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "JCS 'Schon im März … berichtet': 'zusätzlichen' (increment, span without the word)",
          add=True),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "united_states", "sat..sun",
          "US State Department 'am Wochenende': deployed in Russia"),
        C("mehr als 6000", 6000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'geht … aus' in the present tense, no date: dead and wounded"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "Bern researcher in «…», 'sagt': 'nochmals' (increment)", add=True),
    ),
)

M05 = Source(
    article_id="m92_05_stellmacher_innungsblatt_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-07-31"),
    dated_by="sidecar",
    sidecar=(
        "Rad & Deichsel – Mitteilungen der Stellmacher- und Wagnerinnung",
        "https://www.rad-und-deichsel.example/ausgabe-2025-08/wagen-fuer-sumy",
        "Wagen für Sumy – und Bausoldaten für Kursk",
    ),
    features="wheelwrights' guild magazine in Markdown, windows-1252 (front matter with issue and "
        "column but no date: sidecar, Thursday); a member's cart donation to Ukrainian farmers "
        "and a news box 'Zum Hintergrund'; Shoigu 'am 17. Juni' in Pyongyang `6.000` "
        "(russia, planned, no increment word); Budanov 'Anfang Juli' 'mit 25.000 bis 30.000 "
        "weiteren' (range increment); the NIS 'Mitte Juli' the first `1.000` deminers "
        "arrived; a State Department spokesman 'vergangene Woche'; Zelensky 'schon im Juni' "
        "„Tausende“ losses; the column's own tally 'dürften … gewesen sein' `um die 20.000` "
        "(unattributed); spokes, wheel diameters, euros, member firms, mines, kilometres",
    text="""\
---
ausgabe: 8/2025
rubrik: Aus den Betrieben
autor: Wagnermeister Konrad Ebersberger
---

# Wagen für Sumy – und Bausoldaten für Kursk

Drei Leiterwagen, zwei Pritschen und ein Schneeschlitten: So viel hat unser Mitgliedsbetrieb
Holzwerkstatt Brandl aus Mühldorf in diesem Frühjahr für Bauern im ukrainischen Gebiet Sumy
gebaut. Die Räder haben 14 Speichen aus Esche und messen 1,20 Meter, die Achsen stammen aus
einem Lager in Passau. Rund 2.800 € hat das Material gekostet; den Rest haben 23 Betriebe
unserer Innung mit Arbeitsstunden beigesteuert.

Gebraucht werden die Wagen, weil in Grenznähe kaum noch ein Traktor fährt. „Jeder Motor zieht
eine Drohne an“, schrieb uns ein Landwirt aus einem Dorf 40 Kilometer vor der Grenze. Pferd und
Holzrad seien leiser und im Schlamm verlässlicher.

## Zum Hintergrund

Auf der anderen Seite der Grenze, im russischen Gebiet Kursk, wird ebenfalls gebaut – mit
Soldaten aus Nordkorea. Sergej Schoigu, als Chef des Sicherheitsrats einer der
mächtigsten Männer in Moskau, war am 17. Juni in Pjöngjang zu Gast und verkündete dort, Kim
Jong Un schicke [[6.000]] Militärangehörige für Minenräumung und Wiederaufbau nach Kursk.
Das Gebiet sei mit über 12.000 Minen verseucht, hieß es damals.

Südkoreas Geheimdienst NIS meldete Mitte Juli, die ersten [[1.000]] Minenräumer seien bereits
eingetroffen. Kiew erwartet noch deutlich mehr: Der ukrainische Militärgeheimdienst rechne mit
[[25.000 bis 30.000]] weiteren Soldaten, sagte dessen Chef Kyrylo Budanow Anfang Juli in einem
Interview.

Nach Schätzung der US-Regierung sind derzeit [[etwa 11.000]] nordkoreanische Soldaten in
Russland stationiert; das erklärte ein Sprecher des Außenministeriums vergangene Woche in
Washington. Präsident Wolodymyr Selenskyj hatte schon im Juni betont, Pjöngjang habe in Kursk
„[[Tausende]]“ Mann verloren.

Insgesamt dürften damit seit Herbst 2024 [[um die 20.000]] Nordkoreaner in Russland gewesen
sein – mehr, als unsere Innung Mitglieder hat, und zwar um ein Vielfaches.

## Termine

Die Herbstversammlung findet am 27. September in Landshut statt, Beginn 10 Uhr. Wer sich am
nächsten Transport beteiligen will, meldet sich bis 31. August in der Geschäftsstelle.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu in Pyongyang 'am 17. Juni … angekündigt': to be sent (an announced figure "
          "without an increment word)"),
        C("1.000", 1000, "exact", "in_russia", "south_korea", "2025-07-11..2025-07-20",
          "NIS 'Mitte Juli': the first deminers arrived"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR 'rechne mit … weiteren', 'sagte dessen Chef … Anfang Juli' after the figure "
          "(increment)", add=True),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'Nach Schätzung der US-Regierung', 'erklärte ein Sprecher … vergangene Woche': "
          "stationed in Russia"),
        C("Tausende", None, "vague", "casualties", "ukraine", "2025-06-01..2025-06-30",
          "Zelensky 'schon im Juni' „…“: lost in Kursk"),
        C("um die 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the column's own tally ('dürften … gewesen sein'), required"),
    ),
)

M06 = Source(
    article_id="m92_06_landshut_campusfunk_bausoldaten_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-11-12"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Campusfunk Landshut",
        "https://campusfunk-landshut.example/sendungen/weltlage-am-mittwoch-2025-11-12",
        "Bausoldaten statt Sturmtruppen",
    ),
    features="Landshut student radio's show notes as plain text in UTF-16 LE with BOM and CRLF "
        "(sidecar, Wednesday); a show line with time and frequency; headline `5.000` from the "
        "lawmakers' briefing 'am 4. November' (window to publication); 'Das erfuhren "
        "Parlamentarier … am 4. November' after the figure; 'hieß es weiter' carrying `rund "
        "10.000` near the border; the NIS 'Schon im September' `etwa 2.000` dead; HUR 'in einer "
        "Analyse vom Oktober' `bis zu 35.000` (month window); Rutte 'Mitte Oktober' „mehrere "
        "tausend“ (nato); a lecturer 'gestern im Studio' with a range (other, `yday`); "
        "students, Russian losses, minutes, ages, frequency",
    text="""\
Campusfunk Landshut – Weltlage am Mittwoch
Sendung vom Mittwoch, 18 bis 19 Uhr, auf 94,2 MHz und im Stream

Bausoldaten statt Sturmtruppen: [[5.000]] Nordkoreaner auf dem Weg nach Russland

Nordkorea verlegt [[rund 5.000]] Bausoldaten nach Russland. Das erfuhren Parlamentarier in
Seoul am 4. November vom südkoreanischen Geheimdienst NIS. Die Männer sollen Straßen, Brücken
und Bahnlinien im Gebiet Kursk wieder aufbauen. Außerdem stünden [[rund 10.000]] nordkoreanische
Soldaten in grenznahen Gebieten Russlands, hieß es weiter. Schon im September hatte der Dienst
die Zahl der Gefallenen auf [[etwa 2.000]] geschätzt.

Aus Kiew kommen deutlich höhere Zahlen. Der ukrainische Militärgeheimdienst HUR spricht in einer
Analyse vom Oktober von [[bis zu 35.000]] Nordkoreanern, die Pjöngjang bis Ende des Jahres
insgesamt entsenden könnte. Auch die NATO ist alarmiert: Bei einem Treffen der
Verteidigungsminister in Brüssel Mitte Oktober bezifferte Generalsekretär Mark Rutte die
nordkoreanischen Verluste auf „[[mehrere tausend]]“.

Wir haben mit Prof. Dr. Hanna Ostermeier gesprochen, die an der Hochschule Sicherheitspolitik
und Ostasien lehrt. Gestern war sie bei uns im Studio. Ihre Schätzung: Seit Herbst 2024 waren
„[[zwischen 20.000 und 25.000]]“ Nordkoreaner in Russland, manche davon zweimal. Die Bausoldaten
seien für Moskau besonders wertvoll, weil Russland selbst jeden Mann an der Front brauche – nach
ukrainischen Zahlen verliert die russische Armee noch immer rund 1.000 Soldaten am Tag.

Was bedeutet das für Südkorea? Ostermeier erwartet, dass Pjöngjang mit Kampferfahrung und
russischer Technik zurückkommt, „und das ist für Seoul die eigentliche Sorge“.

Außerdem in der Sendung: 5.800 Studierende und ein neuer Mensa-Preis – warum das Stammessen ab
Dezember 4,20 Euro kostet. Und unsere Reporterin Lea (22) hat die Erstis beim Kneipenquiz
begleitet: 41 Teams, 9 Runden, eine Frage zu Nordkorea.

Moderation: Jonas Wimmer und Selin Aydın · Redaktion: 8 Leute, 3 Mikrofone, 1 Kaffeemaschine
""",
    claims=(
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "headline: the NIS figure of the lead (4 November) to publication: on the way"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "lead, claimant and date in the next sentence ('Das erfuhren Parlamentarier in Seoul "
          "am 4. November vom … NIS'): moved to Russia"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'hieß es weiter' carries the 4 November briefing: in border areas"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'Schon im September hatte der Dienst … geschätzt': dead"),
        C("bis zu 35.000", 35000, "at_most", "planned", "ukraine", "2025-10-01..2025-10-31",
          "HUR 'in einer Analyse vom Oktober': could send by year's end"),
        C("mehrere tausend", None, "vague", "casualties", "nato", "2025-10-11..2025-10-20",
          "Rutte at a NATO meeting 'Mitte Oktober' „…“: losses"),
        C("zwischen 20.000 und 25.000", None, "range", "in_russia", "other", "yday",
          "a lecturer, 'Gestern war sie bei uns im Studio. Ihre Schätzung:' (other, yesterday): "
          "in Russia since autumn 2024"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Shetland, Kansas, Estonia, Niue, Benin)
# ---------------------------------------------------------------------------------------------

M07 = Source(
    article_id="m92_07_bunbury_courier_captives_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-01-16"),
    dated_by="html_meta",
    features="Bunbury daily's world page in HTML, UTF-8 with BOM (`article:published_time` with "
        "+08:00, a subscribe bar with a price, a cookie notice with its own buttons, a tide "
        "widget script, a footer with an ABN); `<title>` figure (optional); headline 'Kyiv holds "
        "two' from the lead, the capture dated by the next sentence ('announced … on Saturday'); "
        "'By Monday, the agency's count stood at' `about 300` dead and `2,700` wounded "
        "(attribution at the end: 'according to Lee …'); Zelensky 'On January 4' `some 3,800`; "
        "Kirby 'in late December' `more than 1,000` (window 21–31 Dec); Australia's defence "
        "minister 'in Perth on Tuesday' `as many as 12,000` (a third government: other); jobs, "
        "Australian dollars, temperatures, kilometres, ages, years",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Kyiv holds [[two]] North Korean soldiers as losses mount | South West Courier</title>
<meta property="article:published_time" content="2025-01-16T05:30:00+08:00">
<meta property="og:locale" content="en_AU">
<script>window.swcTides={port:"Bunbury",high:"11:42",low:"17:58",metres:0.9};</script>
</head>
<body>
<div class="subscribe">Read without limits from $2 a week &middot; <a href="/subscribe">Join \
today</a></div>
<div id="cookie-note">We use cookies to count visitors and to show ads. <button>She&rsquo;ll \
be right</button> <button>Pick and choose</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/world">World</a> | <a \
href="/footy">Footy</a> | <a href="/classifieds">Classifieds</a></nav>
<article>
<h1>Kyiv holds [[two]] North Korean soldiers as losses mount</h1>
<p class="byline">Hamish Tregonning &middot; Thursday, 16 January 2025</p>
<p>Ukrainian special forces have seized [[two]] wounded North Koreans on the Kursk \
battlefield, Kyiv says, the first of Kim&rsquo;s men to fall into its hands alive. President \
Volodymyr Zelensky announced the capture on Saturday, releasing video of the pair lying on \
cots with bandaged hands and jaws.</p>
<p>The men, aged 21 and 27, are being held in Kyiv and were questioned with the help of South \
Korean intelligence officers. One said his officers had spoken of drills, \
never of a war.</p>
<p>The toll on Kim Jong Un&rsquo;s forces is climbing. By Monday, the agency&rsquo;s count \
stood at [[about 300]] dead and [[2,700]] wounded, according to Lee Seong-kweun, a member of \
the South Korean parliament&rsquo;s intelligence committee who was briefed by the spy \
service.</p>
<p>Kyiv&rsquo;s numbers are higher. On January 4, Zelensky wrote that [[some 3,800]] North \
Koreans had been killed or injured in Kursk. The White House, in the last figure it offered, \
spoke in late December of [[more than 1,000]] North Korean casualties in a single week of \
fighting, national security spokesman John Kirby told reporters.</p>
<h2>Canberra watching</h2>
<p>Defence Minister Richard Marles, visiting HMAS Stirling near Perth on Tuesday, called the \
deployment &ldquo;a dangerous new chapter&rdquo; and said Australia&rsquo;s assessment was \
that [[as many as 12,000]] North Koreans were now in Russia.</p>
<p>In Bunbury, where about 400 people work at the Kemerton lithium plant 17 kilometres north \
of town, the news from Korea lands close to home. Grocer Kim Dong-hyun, who has run his shop \
on Victoria Street since 2014, said customers asked him about it every day. &ldquo;I tell them \
the same thing: those boys did not choose this,&rdquo; he said.</p>
<p>The Bureau of Meteorology expects 34 degrees in Bunbury on Saturday. A $4.5 million \
foreshore upgrade is due to begin in March.</p>
</article>
<footer>&copy; 2025 South West Courier Pty Ltd &middot; ABN 41 093 552 180 &middot; <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "<title> repeats the headline (metadata)", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kyiv holds': the capture of the lead (announced Saturday) to publication"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "'Kyiv says' after the figure, dated by the next sentence ('announced the capture on "
          "Saturday'): captured (number word)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "'By Monday, the agency's count stood at', 'according to Lee …' at the end: dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (a second count, not an increment)"),
        C("some 3,800", 3800, "approx", "casualties", "ukraine", "2025-01-04",
          "Zelensky 'On January 4 … wrote': killed or injured"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "White House 'in late December', 'Kirby told reporters' at the end: casualties in a "
          "week"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "other", "tue",
          "Australia's defence minister 'on Tuesday' (a third government: other): in Russia"),
    ),
)

M08 = Source(
    article_id="m92_08_burra_isle_page_reinforcements_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-20"),
    dated_by="front_matter",
    features="Burra (Shetland) isle community page in Markdown (front matter with `date:`, a "
        "title without a figure); 'World in brief' among ferry times and a knitting drive; "
        "headline `3,000 more` (increment, span without 'more') from the JCS figure the next "
        "sentence dates to Monday; 'a further 3,000' (increment); 'The JCS believes' `roughly "
        "4,700` and 'Put together, the JCS said,' `about 11,000` (new total, no increment); a "
        "Foreign Office minister 'last week' „thousands“ more (other, vague increment); "
        "Syrskyi 'in early March' `several thousand`; a local retired sailor (other, `pub`); "
        "inhabitants, bridges, hats, pounds, tonnes, ages, years",
    text="""\
---
title: "World in brief: Pyongyang tops up its Kursk force"
date: 2025-03-20
section: news
isle: Burra
---

## Ferry and road notices

The Bridge End to Papil road will be closed from 9am to 3pm on Tuesday for resurfacing. The
Hamnavoe hall bus runs as normal.

## Seoul: [[3,000]] more North Korean troops sent to Russia

North Korea has shipped a further [[3,000]] troops to Russia since the start of the year. The
Joint Chiefs of Staff in Seoul gave the figure on Monday, adding that some of the newcomers had
already been sent to the front in Kursk.

The JCS believes [[roughly 4,700]] North Koreans have been counted among the dead and injured
since they went into battle in November. Put together, the JCS said, [[about 11,000]] North
Korean soldiers are now in the Kursk region.

In the Commons last week, a Foreign Office minister told MPs that the UK expected Pyongyang
to send "[[thousands]]" more, in return for Russian oil and air-defence systems.

Ukraine's commander-in-chief, Oleksandr Syrskyi, had said in early March that North Korean
units were back on the front line with "[[several thousand]]" men after a pause of several
weeks.

Magnie Goudie, 67, who served 22 years in the Royal Navy and then came home to Burra to fish,
has been following the war closely. "They'll not stop now," he says. "I'd not be surprised if
there's [[15,000]] of them in Kursk by the summer."

## Knitting for Kharkiv

The Burra knitters have finished 240 hats and 96 pairs of gloves for families in Kharkiv since
October. A collection of the last parcels is at the hall on Saturday from 2pm. Postage came to
GBP 186, paid from the hall fund.

## Boats

The Sea Harvester landed 38 tonnes of haddock at Scalloway on Monday. The isles' two bridges,
opened in 1971, are due an inspection in May. Burra has about 770 residents.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline: the JCS figure of the paragraph (Monday) to publication; 'more' after the "
          "figure (increment, span without the word)", add=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon",
          "'a further', dated by the next sentence ('The Joint Chiefs of Staff … gave the figure "
          "on Monday'): shipped to Russia (increment)", add=True),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "'The JCS believes', same Monday statement: dead and injured"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "'Put together, the JCS said' (a new total, not an increment): in the Kursk region"),
        C("thousands", None, "vague", "planned", "other", "lastweek",
          "UK Foreign Office minister 'last week' (a third government: other): 'more' "
          "(increment)", add=True),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Syrskyi 'in early March' in quotes: back on the front line"),
        C("15,000", 15000, "exact", "planned", "other", "pub",
          "a local retired sailor, 'he says' (present tense): in Kursk by the summer"),
    ),
)

M09 = Source(
    article_id="m92_09_flint_hills_prairie_post_builders",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-24"),
    dated_by="sidecar",
    sidecar=(
        "The Flint Hills Prairie Post",
        "https://www.prairiepost.example/news/world/north-korea-builders-kursk",
        "North Korea to send 6,000 engineers and builders, Moscow says",
    ),
    features="Kansas Flint Hills county paper as plain UTF-8 text (sidecar, Tuesday) with a "
        "headline and byline before a year-less dateline 'COTTONWOOD FALLS, Kan. —'; "
        "headline from Shoigu's figure 'last "
        "Tuesday' (a week before a Tuesday paper; window to publication); 'He said' carrying "
        "the breakdown `1,000` (planned); Rutte 'at the alliance summit opening today' `well "
        "over 10,000` (nato, the publication day); a U.S. defense official 'said Monday' `about "
        "11,000`; the NIS 'in April' `roughly 600` dead (month window); a retired sergeant major "
        "'figures' `upwards of 20,000` (other, `pub`); Fort Riley soldiers, county population, "
        "head of cattle, acres burned, per cent of GDP, member states, miles",
    text="""\
North Korea to send [[6,000]] engineers and builders, Moscow says

By Carla Voth, Prairie Post staff

COTTONWOOD FALLS, Kan. — The war in Ukraine can feel a long way from the tallgrass. It felt a
little closer this week for the families of Fort Riley soldiers, as NATO leaders gathered in
the Netherlands and Moscow announced that North Korea would send more men to help it rebuild
the Kursk region.

Russia's top security official, Sergei Shoigu, said after talks with Kim Jong Un in Pyongyang
last Tuesday that North Korea would send [[6,000]] engineering troops and military construction
crews to Kursk, the Russian border region Ukrainian forces held for months. He said [[1,000]]
of them would clear mines, and the rest would rebuild roads, bridges and homes.

At the alliance summit opening today in The Hague, NATO Secretary General Mark Rutte told
reporters that North Korea had already put "[[well over 10,000]]" troops at Russia's disposal
and was being paid in missile technology and oil. The 32 member states are expected to agree
to lift defense spending toward 5 percent of GDP.

A Pentagon official, who asked not to be named, said Monday that [[about 11,000]]
North Korean troops remained inside Russia. South Korea's National Intelligence Service had
estimated in April that [[roughly 600]] of Kim's soldiers had died in the Kursk fighting.

Fort Riley, about 50 miles north of here, has some 15,000 soldiers; a brigade of the 1st
Infantry Division returned from a nine-month rotation in Poland in May.

Dale Hinshaw of Strong City, a retired command sergeant major who served two tours in South
Korea with the 2nd Infantry Division, follows the reports closely. He figures Pyongyang will
end up sending [[upwards of 20,000]].

"Kim gets combat experience he can't buy anywhere else," Hinshaw said over coffee at the
Emma Chase Cafe. "That's what should worry Seoul."

In local news, ranchers in Chase County burned about 180,000 acres of pasture this spring, and
the county's 2,500 residents will vote Aug. 5 on a half-cent sales tax for the hospital.
Buyers at the Strong City sale barn moved 3,400 head of cattle last Friday.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline '…, Moscow says': Shoigu's figure of the lead ('last Tuesday') to "
          "publication"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'last Tuesday' in a Tuesday paper (a week before): would dispatch; an "
          "announced figure without an increment word"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "'He said' (Shoigu, same day): 'of them' would clear mines (a breakdown)"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'at the alliance summit opening today' (the publication day), in quotes: put "
          "at Russia's disposal"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "a U.S. defense official 'said Monday': remained inside Russia"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'had estimated in April': died"),
        C("upwards of 20,000", 20000, "at_least", "planned", "other", "pub",
          "a retired US sergeant major (not an official: other), 'He figures' (present tense)"),
    ),
)

M10 = Source(
    article_id="m92_10_narva_bridge_two_thousand_dead_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-09-04"),
    dated_by="sidecar",
    sidecar=(
        "The Narva Bridge",
        "https://narvabridge.example/world/seoul-north-korean-dead-2000",
        "Seoul puts North Korean dead at 2,000",
    ),
    features="Narva English-language outlet in HTML, ISO-8859-1 (curly quotes only as entities, "
        "raw `õ`/`ä`, no meta date: sidecar, Thursday), a consent strip, a border-queue widget "
        "script, navigation, related links; `<title>` figure (optional); headline `2,000` from "
        "the lead's lawmaker 'on Thursday' (the publication day); 'The agency also believes …, "
        "he said' carrying `about 1,000` deminers in Kursk; state media on Kim's ceremony 'in "
        "late August' with `101` portraits (north_korea); HUR's spokesman 'told' ERR without a "
        "date `more than 4,000` (`pub`); Estonia's foreign intelligence chief 'last week' `at "
        "least 10,000` (a third government: other); the State Department 'in May' `more than "
        "14,000` (month window); inhabitants, per cent, metres, lorries, euros, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Seoul puts North Korean dead at [[2,000]] | The Narva Bridge</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var nbQueue={crossing:"Narva-1",lorries:312,wait_h:19,updated:"07:45"};</script>
</head>
<body>
<div class="consent">This site keeps a few cookies so we know which stories you read. \
<button>Yes, remember me</button> <button>Show me the list</button></div>
<nav><a href="/">Front page</a> · <a href="/narva">Narva</a> · <a href="/ida-viru">Ida-Viru</a> \
· <a href="/world">World</a> · <a href="/border">Border</a></nav>
<article>
<h1>Seoul puts North Korean dead at [[2,000]]</h1>
<p class="lede">The figure comes as Russia settles Pyongyang's sappers into the ruins of \
Kursk, 400 kilometres south of our river.</p>
<p>South Korea's intelligence service now counts [[around 2,000]] dead among the North \
Korean soldiers sent to Russia, a lawmaker said on Thursday after a closed-door session in Seoul. \
The agency also believes [[about 1,000]] North Korean deminers are already at work in the \
Kursk region, clearing fields and roads ahead of the construction crews, he said.</p>
<p>Pyongyang no longer hides its losses. In late August, according to state media, Kim \
Jong Un pinned medals beside the portraits of [[101]] soldiers who fell in \
Kursk and embraced their weeping families.</p>
<p>Ukraine's military intelligence agency, HUR, has a grimmer count. Its spokesman Andriy \
Yusov told Estonian public broadcaster ERR that [[more than 4,000]] North Koreans had died \
&ndash; &ldquo;about twice what Seoul is willing to say.&rdquo;</p>
<p>Kaupo Rosin, who heads Estonia's Foreign Intelligence Service, told journalists in \
Tallinn last week that Pyongyang would keep [[at least 10,000]] troops in Russia as long as \
the war goes on. Washington has not updated its own estimate since May, when the State \
Department spoke of [[more than 14,000]] North Koreans sent to Russia since last autumn.</p>
<h2>Across the river</h2>
<p>In Narva, home to roughly 53,000 people and most of them Russian speakers, the \
reports are read with an eye on Ivangorod's fortress across the water. The Friendship Bridge \
is 162 metres long and has been closed to cars since 2024; on Wednesday 312 lorries were \
waiting at the cargo crossing.</p>
<p>&ldquo;We don't see North Koreans here,&rdquo; said Svetlana Põder, 58, who sells \
smoked fish near the castle. &ldquo;We see Russian soldiers on the other bank, and a flag. \
That is enough.&rdquo; Her stall pays &euro;45 a month in rent.</p>
</article>
<aside><h3>Read next</h3><ul><li>Narva college opens with 1,100 students</li><li>Ida-Viru \
energy plant cuts 80 jobs</li></ul></aside>
<footer>&copy; 2025 The Narva Bridge OÜ · Reg. code 16384522 · +372 357 1140</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "<title> repeats the headline (metadata)", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "headline 'Seoul puts … at': the lawmaker's Thursday figure (the publication day), "
          "hedge dropped"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'South Korea's intelligence service believes', 'a lawmaker said on Thursday' (the "
          "publication day): died"),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "'The agency also believes …, he said' (carried): at work in the Kursk region"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "'At a ceremony in late August, state media reported': portraits of soldiers who fell"),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "pub",
          "HUR's spokesman 'told' ERR without a date: died"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "lastweek",
          "Estonia's foreign intelligence chief 'last week' (a third government: other): would "
          "keep in Russia"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-31",
          "'since May, when the State Department spoke of': sent to Russia"),
    ),
)

M11 = Source(
    article_id="m92_11_hakupu_village_page_parade_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Hakupu Village Page",
        "",
        "Kim parades his Kursk veterans; Seoul sees 10,000 near Ukraine",
    ),
    features="Niue village page in Markdown, ISO-8859-1 with CRLF (straight quotes, `--`), front "
        "matter without a date (sidecar without url, Wednesday); village notices around a 'From "
        "the wider world' item; headline `10,000` from the NIS figure dated by the next sentence "
        "(Tuesday; window to publication); state media's parade 'on Friday' with `hundreds` of "
        "Kursk veterans (returnees: optional); 'the agency thinks' `about 3,000` fresh troops "
        "(rotation: increment) and `roughly 2,000` dead, carried; Ukraine's foreign minister 'on "
        "Sunday' `Up to 30,000` more (increment); New Zealand's foreign minister 'last week' "
        "(other); Russia's ambassador in Pyongyang 'in early October' `several thousand` "
        "builders (russia); villagers, taro prices, flights, eggs, years",
    text="""\
---
page: Hakupu Village Page
section: notices
compiled_by: Village council secretary
---

# Hakupu notices, mid-October

**Church:** The harvest thanksgiving (Takai) is on Sunday after the 10am service. Each family
is asked to bring two baskets; last year we raised NZD 3,480 for the hall roof.

**Taro:** Co-op price this week is NZD 2.50 a kilo. The Air New Zealand flight on Saturday is
full; the next one with cargo space is on the 25th.

**Eggs:** The Tafolu family has 40 dozen. Ring 4177 after 5pm.

## From the wider world: Kim parades his Kursk veterans; Seoul sees [[10,000]] near Ukraine

Some of our young people watched North Korea's big military parade on their phones last
weekend, and asked what it was about. Here is a short summary.

North Korea marked the 80th anniversary of its ruling party with a night parade in Pyongyang on
Friday. State media said [[hundreds]] of veterans of the "overseas operation" in Russia's Kursk
region marched past Kim Jong Un, some with medals on their chests.

Seoul's National Intelligence Service believes [[around 10,000]] North Korean soldiers are now
stationed along Russia's border with Ukraine. A member of South Korea's parliamentary
intelligence committee passed the estimate to reporters on Tuesday. The agency thinks Pyongyang
has rotated in [[about 3,000]] fresh troops since August, and that [[roughly 2,000]] of Kim's
soldiers have died in the war so far.

Ukraine's foreign minister, Andrii Sybiha, wrote on Sunday that "[[up to 30,000]] more" could
follow by winter -- "unless the world makes Pyongyang pay a price."

New Zealand's Foreign Minister Winston Peters said last week that North Korea had sent
[[more than 11,000]] of its soldiers to fight for Moscow, and that Wellington would keep its
sanctions.

Alexander Matsegora, Moscow's envoy in Pyongyang, gave an interview to Tass in early October
and said "[[several thousand]]" North Korean builders would arrive in Kursk before the snow.

Niue has about 1,700 people, fewer than a single North Korean regiment. We are a long way from
all this -- 9,000 kilometres from Pyongyang -- but as our elders say, the sea connects us all.

*Compiled by the village council secretary. Corrections to the council office, phone 4021.*
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline of the item: the NIS figure the paragraph dates to Tuesday, to publication; "
          "hedge dropped"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state media on Friday's parade: returnees who marched (optional, as in the earlier "
          "sets)", opt=True),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'Seoul's National Intelligence Service believes', dated by the next sentence "
          "('passed the estimate to reporters on Tuesday'): along the border"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "tue",
          "'The agency thinks' (carried): 'rotated in … fresh troops' (increment)", add=True),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same carried sentence: died"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sun",
          "Ukraine's foreign minister 'wrote on Sunday' in quotes: 'more' could follow "
          "(increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "other", "lastweek",
          "New Zealand's foreign minister 'last week' (a third government: other): sent"),
        C("several thousand", None, "vague", "planned", "russia", "2025-10-01..2025-10-10",
          "Russia's ambassador in Pyongyang to Tass 'in early October' in quotes: builders "
          "would arrive"),
    ),
)

M12 = Source(
    article_id="m92_12_missebo_traders_bulletin_year_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-26"),
    dated_by="dateline",
    features="English bulletin of a Cotonou textile market as plain text in UTF-16 LE with BOM, "
        "dateline 'COTONOU, November 26, 2025 --'; prices and shipping notes around a year-end "
        "world item; an all-caps headline with the bulletin's own `UP TO 19,000` and a body "
        "range `between 16,000 and 19,000` (unattributed, required, `pub`); the NIS 'earlier "
        "this month' `around 5,000` builders; HUR 'last week' `at least 2,300` dead and "
        "`12,000` 'more' (increment); the US ambassador to NATO 'in Halifax on Saturday' `well "
        "north of 11,000` (united_states); a Cotonou lecturer 'reckons' a range per year "
        "(other, `pub`); CFA francs, naira, cedis, containers, bales, yards, per cent, phone",
    text="""\
MISSEBO TRADERS' BULLETIN -- ENGLISH EDITION
For wax-print, lace and bazin sellers at Missebo market and their customers in Lagos and Accra

COTONOU, November 26, 2025 -- Prices first, as always. A 6-yard piece of Dutch wax now sells at
CFA 18,500 in the main aisle, up 4 percent since September. Nigerian buyers are paying in naira
again after a quiet October; the rate at the Seme border this week was 2.55 naira to the CFA
franc. Two 40-foot containers of Chinese bazin cleared the port on Monday.

NORTH KOREA'S YEAR IN RUSSIA: [[UP TO 19,000]] SOLDIERS, BY OUR COUNT

Several readers have asked why the war in Ukraine keeps coming up when we talk about fabric
from Asia. The short answer: shipping. Insurance on the northern routes has risen, and some
lines now avoid Russian ports entirely. The longer answer involves North Korea.

A year ago, Pyongyang first sent soldiers to help Russia push Ukrainian troops out of the
Kursk region. Our own reading of the figures published by governments since then puts the
number of North Koreans who have served in Russia at [[between 16,000 and 19,000]].

The newest arrivals are not infantry. South Korean intelligence said earlier this month that
[[around 5,000]] construction troops were on their way to rebuild roads and railways.

Ukraine's military intelligence agency had its own update last week. In its count,
[[at least 2,300]] North Koreans have died in the fighting. It warned that [[12,000]] more
could arrive before spring.

Matthew Whitaker, the American ambassador to NATO, told a security forum in Halifax on
Saturday that the number of North Korean troops in Russia was "[[well north of 11,000]]."

Dr. Aurelien Dossou-Yovo, who teaches international relations at the university in
Abomey-Calavi, reckons Pyongyang could keep rotating "[[5,000 to 10,000]] men a year" through
Russia for as long as Moscow pays. "For Kim, it is an export business," he told the Bulletin.

WHAT IT MEANS FOR US: Expect freight from Asia to stay about 12 percent dearer into the new
year. Bales of Ghanaian kente are arriving by road in the meantime; the Accra truck comes on
Thursdays, and the cedi is steady at 54 CFA.

Notices: Stall 114 (aisle C) is for rent. Call +229 01 97 44 20 18 after 6pm.
""",
    claims=(
        C("UP TO 19,000", 19000, "at_most", "in_russia", "unattributed", "pub",
          "all-caps headline 'BY OUR COUNT': the bulletin's own tally"),
        C("between 16,000 and 19,000", None, "range", "in_russia", "unattributed", "pub",
          "'Our own reading of the figures … puts the number … at' (own tally, required): "
          "served in Russia"),
        C("around 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "'South Korean intelligence said earlier this month': on their way"),
        C("at least 2,300", 2300, "at_least", "casualties", "ukraine", "lastweek",
          "HUR's 'update last week', 'In its count' (carried): died"),
        C("12,000", 12000, "exact", "planned", "ukraine", "lastweek",
          "'It warned' (carried): 'more' after the figure could arrive (increment, span "
          "without the word)", add=True),
        C("well north of 11,000", 11000, "at_least", "in_russia", "united_states", "sat",
          "the US ambassador to NATO 'in Halifax on Saturday' (united_states), in quotes"),
        C("5,000 to 10,000", None, "range", "planned", "other", "pub",
          "a Cotonou-area lecturer 'reckons' in quotes (present tense, other): per year"),
    ),
)

SOURCES: tuple[Source, ...] = (
    M01, M02, M03, M04, M05, M06,
    M07, M08, M09, M10, M11, M12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
