"""Build the HUNDRED-AND-NINETY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-seventh corpus, for an honest measurement on articles the extractor has
never met, written in session 20 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news, this time mostly straight news about the deployment itself
as small regional outlets print it, with many official claimants: a regional weekly's news digest
with a Namlos page in Tyrol (Austrian conventions), a free community radio's seven o'clock news
script from Berwang (Austrian words), a regional news site's short explainer in questions and
answers from Filisur in Graubünden (Swiss conventions), an orthopaedic shoemaker's customer letter
from Lantsch/Lenz (Swiss conventions) with a shoemaker from Poltava and an intern from Jeju, a
village paper's rewritten wire report from Hinterhermsdorf, and a village podcast's interview
transcript from Kurort Gohrisch; a county news site's world-desk live blog from Marfa (Texas), a
Marfa weekly's feature on a night class about Korea, a Lutsen (Minnesota) weekly's news digest, a
Lutsen cabin rental agency's letter to its owners with a cleaner from Chernihiv and a cardiologist
from Busan, an Astoria (Oregon) daily's world page and an Astoria paper's Sunday explainer. Same
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
BASE_NAME = "_blind195_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day

# ---------------------------------------------------------------------------------------------
# German articles (Namlos and Berwang in Tyrol, Filisur and Lantsch/Lenz in Graubünden,
# Hinterhermsdorf and Gohrisch in Saxony)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v195_01_woche_in_kuerze_thaneller_bote_namlos",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-17"),
    dated_by="dateline", crlf=True,
    features="a regional weekly's news digest ('Die Woche in Kürze') with a Namlos page, as plain "
        "text, windows-1252 with CRLF, `„“` and `–` (no sidecar), dated by the issue line "
        "'Ausgabe vom 17. Jänner 2025' (Friday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`); village items first (hours a road was closed, snow-clearing hours, a "
        "chapel roof in euros, race entrants and a fee, metres of ice), then short world "
        "items under place headings; the digest's own 'Insgesamt sollen' `rund 12.000` "
        "brought to Russia (unattributed, required); Zelensky 'am Samstag' `zwei` captured "
        "(number word); the item heading 'Seoul: 300 Gefallene' taking the NIS's Monday "
        "figure below (Monday to publication, hedge dropped); the NIS that 'hat am Montag "
        "den Parlamentsausschuss … informiert. Demnach' `etwa 300` dead and `rund 2.700` "
        "wounded (the claimant in the sentence before); a State Department spokesman 'am "
        "Mittwoch' `mehreren tausend` dead and wounded (vague); NATO that 'hatte schon Mitte "
        "Dezember … gesprochen' of `über 11.000` in Kursk (the 11th to the 20th); 'so der "
        "ukrainische Militärgeheimdienst' mid-sentence with `bis zu 8.000` 'zusätzliche' by "
        "spring (at_most, increment, planned, `pub`); Russia's losses a day (not a claim), "
        "hours, euros, entrants, metres, years, a date, a phone number",
    text="""\
THANELLER-BOTE
Wochenblatt für Berwang, Bichlbach, Heiterwang und Namlos

Die Woche in Kürze
Ausgabe vom 17. Jänner 2025

AUS DEN GEMEINDEN

Namlos: Die Straße ins Tal war am Dienstag nach einem Schneebrett knapp vier Stunden gesperrt, \
verletzt wurde niemand. Der Winterdienst hat seit Neujahr 58 Einsatzstunden geschrieben. So früh \
und so viel Schnee wie heuer hatten wir seit 2019 nicht mehr.

Kelmen: Die Kapelle bekommt im Frühjahr ein neues Schindeldach. Die Gemeinde rechnet mit 46.000 \
Euro, ein Drittel zahlt das Land.

Berwang: Zum Dorfrennen am 1. Feber haben sich bisher 87 Läuferinnen und Läufer angemeldet. Das \
Nenngeld beträgt 12 Euro, gestartet wird um 10 Uhr am Dorflift.

Heiterwang: Das Eis am See ist freigegeben, allerdings nur bis zu den roten Stangen, etwa 40 Meter \
vom Ufer entfernt.

AUS DER WELT

Seit dem Herbst kämpfen Soldaten aus Nordkorea auf russischer Seite. Insgesamt sollen [[rund \
12.000]] Mann aus dem Norden nach Russland gebracht worden sein, die meisten per Schiff und Bahn \
über Wladiwostok.

Gefangene aus Nordkorea
Präsident Wolodymyr Selenskyj hat am Samstag Videos von [[zwei]] nordkoreanischen Soldaten \
veröffentlicht, die ukrainische Fallschirmjäger im Gebiet Kursk gefangen genommen haben. Einer ist \
am Kiefer verletzt, der andere an beiden Händen. Kiew bietet an, die beiden gegen Ukrainer in \
russischer Gefangenschaft auszutauschen.

Seoul: [[300]] Gefallene
Der südkoreanische Auslandsgeheimdienst NIS hat am Montag den Parlamentsausschuss in Seoul \
informiert. Demnach sind seit Dezember [[etwa 300]] Soldaten aus dem Norden gefallen und [[rund \
2.700]] verwundet worden. Die Männer seien auf Drohnenangriffe kaum vorbereitet gewesen, hieß es.

Washington: schwere Verluste
Ein Sprecher des US-Außenministeriums sprach am Mittwoch von [[mehreren tausend]] Toten und \
Verwundeten auf nordkoreanischer Seite. Er forderte China auf, seinen Einfluss in Pjöngjang zu \
nutzen.

Brüssel: Warnung vor Eskalation
Die NATO hatte schon Mitte Dezember von [[über 11.000]] Nordkoreanern im Gebiet Kursk gesprochen \
und vor einer Ausweitung des Krieges gewarnt.

Kiew erwartet Nachschub
Bis zum Frühjahr könnten, so der ukrainische Militärgeheimdienst, [[bis zu 8.000]] zusätzliche \
Soldaten aus dem Norden eintreffen, um die Lücken zu füllen.

Moskau schweigt
Offiziell räumt der Kreml den Einsatz der Nordkoreaner bis heute nicht ein. Russland selbst \
verliert nach britischen Schätzungen derzeit gut 1.500 Mann am Tag.

Redaktionsschluss für die nächste Ausgabe: Dienstag, 21. Jänner, 12 Uhr. Anzeigen und \
Kleinanzeigen unter 05674 8120 33.
""",
    claims=(
        C("rund 12.000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the digest's own framing without a source ('Insgesamt sollen … nach Russland gebracht "
          "worden sein'; the reported-speech 'sollen' names no one): unattributed, required"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "'Präsident Wolodymyr Selenskyj hat am Samstag Videos … veröffentlicht' (11 January in "
          "a Friday issue): captured in the Kursk region (number word)"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "item heading 'Seoul: 300 Gefallene': takes the NIS's figure from the item below "
          "(Monday, 13 January, to publication; the hedge of the body dropped)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Der südkoreanische Auslandsgeheimdienst NIS hat am Montag den Parlamentsausschuss in "
          "Seoul informiert. Demnach' (the claimant and day in the sentence before): fallen since "
          "December (the period, not the claim date)"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'und': wounded"),
        C("mehreren tausend", None, "vague", "casualties", "united_states", "wed",
          "'Ein Sprecher des US-Außenministeriums sprach am Mittwoch von' (15 January): dead and "
          "wounded on the North Korean side"),
        C("über 11.000", 11000, "at_least", "near_front", "nato", "2024-12-11..2024-12-20",
          "'Die NATO hatte schon Mitte Dezember von … gesprochen' (the 11th to the 20th): in the "
          "Kursk region"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "pub",
          "'so der ukrainische Militärgeheimdienst' mid-sentence (undated): 'zusätzliche' "
          "soldiers could arrive by spring (increment, planned; span without the word)", add=True),
    ),
)


S02 = Source(
    article_id="v195_02_fruehnachrichten_radio_hochplateau_berwang_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-18"),
    dated_by="front_matter",
    features="a free community radio's seven o'clock news script from Berwang in Markdown, UTF-8, "
        "front matter with `date:` (Tuesday) and a title without a figure, `„“` and `·`; "
        "Austrian words (`Jänner`, `Feber`, `heuer`, `in der Früh`); a topics line 'Seoul: "
        "3.000 weitere Nordkoreaner für Russland' taking the Joint Chiefs' figure from "
        "yesterday below (yesterday to publication, increment), next to an avalanche danger "
        "level and metres; the Joint Chiefs in Seoul that 'sagte gestern' `rund 3.000` "
        "'dazugekommen' in January and February (increment) and `etwa 14.000` sent since the "
        "autumn (a total, not an increment); Syrskyi 'am Sonntag' `mehrere tausend` "
        "attacking again near Sudzha (vague, near the front); the US special envoy 'am "
        "Donnerstag' `mehr als 4.000` killed or wounded; an Innsbruck conflict researcher in "
        "a sound bite ('O-Ton') who 'rechnet damit' 'noch einmal' `5.000 bis 10.000` by "
        "summer (range, increment, planned, other, `pub`); Moscow's denial without a figure; "
        "metres, dates, per cent, euros, degrees, hours",
    text="""\
---
titel: "Frühnachrichten, 7 Uhr"
date: 2025-03-18
sender: Radio Hochplateau, Berwang
sprecherin: Verena Gapp
---

# Frühnachrichten um 7 Uhr

*Sendemanuskript. Es gilt das gesprochene Wort.*

**Die Themen:** Seoul: [[3.000]] weitere Nordkoreaner für Russland · Lawinenwarnstufe 3 oberhalb \
von 2.000 Metern · Letzter Skitag am Dorflift schon am 30. März

## Nordkorea

Nordkorea hat nach Angaben aus Seoul Nachschub nach Russland geschickt. Der südkoreanische \
Generalstab sagte gestern, im Jänner und Feber seien [[rund 3.000]] Soldaten dazugekommen. Damit \
habe Pjöngjang seit dem Herbst [[etwa 14.000]] Mann entsandt.

An der Front im Gebiet Kursk sind die Nordkoreaner nach einer mehrwöchigen Pause offenbar zurück. \
Der ukrainische Oberbefehlshaber Olexander Syrskyj sagte am Sonntag, [[mehrere tausend]] von ihnen \
griffen wieder bei Sudscha an.

Die Verluste bleiben hoch. Der US-Sondergesandte für die Ukraine sprach am Donnerstag von [[mehr \
als 4.000]] getöteten oder verwundeten Nordkoreanern. Moskau bestreitet weiterhin, dass \
ausländische Soldaten für Russland kämpfen.

Die Innsbrucker Konfliktforscherin Andrea Kathrein glaubt nicht, dass es dabei bleibt.

O-Ton Kathrein: „Pjöngjang verdient an jedem Soldaten, den es schickt. Ich rechne damit, dass bis \
zum Sommer noch einmal [[5.000 bis 10.000]] kommen.“

## Aus der Region

Der Lawinenwarndienst meldet für heute oberhalb von 2.000 Metern Stufe 3, darunter Stufe 2. \
Gefährlich ist vor allem frischer Triebschnee in den Nordhängen.

Berwang: Der Dorflift schließt heuer schon am 30. März, zwei Wochen früher als geplant. Schuld sei \
der warme Feber, sagt Betriebsleiter Markus Singer. Die Schneekanonen hätten 40 Prozent mehr Strom \
gebraucht als im Vorjahr.

Namlos: Der Gemeinderat hat gestern Abend 180.000 Euro für die Sanierung der Wasserleitung \
freigegeben.

## Wetter

In der Früh bis minus 6 Grad, tagsüber sonnig, am Nachmittag ein paar Wolkenfelder. Höchstwerte 4 \
bis 8 Grad. Morgen kommt Föhn auf.

Die nächsten Nachrichten hören Sie um 8 Uhr.
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "yday..pub",
          "topics line 'Seoul: 3.000 weitere Nordkoreaner für Russland': the Joint Chiefs' figure "
          "from the item below (yesterday, Monday 17 March, to publication; 'weitere': increment; "
          "the hedge of the body dropped)", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "yday",
          "'Der südkoreanische Generalstab sagte gestern' (Monday, Konjunktiv): 'dazugekommen' in "
          "January and February (increment; the months are the period)", add=True),
        C("etwa 14.000", 14000, "approx", "in_russia", "south_korea", "yday",
          "same statement, Konjunktiv carried ('Damit habe Pjöngjang seit dem Herbst … "
          "entsandt'): the total sent (not an increment)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "sun",
          "'Der ukrainische Oberbefehlshaber Olexander Syrskyj sagte am Sonntag' (16 March): "
          "attacking again near Sudzha"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states", "thu",
          "'Der US-Sondergesandte für die Ukraine sprach am Donnerstag von' (13 March): killed or "
          "wounded"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "pub",
          "an Innsbruck conflict researcher in the sound bite ('O-Ton Kathrein', 'Ich rechne "
          "damit', undated; a researcher: other): 'noch einmal' by summer (increment, planned)",
          add=True),
    ),
)


S03 = Source(
    article_id="v195_03_fragen_und_antworten_landwasser_post_filisur_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-02"),
    dated_by="html_meta",
    features="a regional news site's short explainer in questions and answers from Filisur "
        "(Graubünden) in HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +02:00 (Friday), a cookie note, a script, "
        "navigation, a regional box and a footer with a postcode; Swiss conventions (`ss`, "
        "«», `11'000`, `15'000`, `4'700`); `<title>` and headline without a figure; KCNA's "
        "admission and Gerasimov's praise without a figure; the explainer's own 'die "
        "Schätzungen reichen von' `11'000 bis 15'000` (unattributed, range, required); the "
        "NIS that 'geht davon aus' `rund 15'000` sent and `etwa 3'000` of them 'als Ersatz' "
        "(increment; both `pub`); NATO 'Mitte April' `mehr als 14'000`; the NIS 'am Mittwoch "
        "vor Abgeordneten' `4'700` dead and wounded with `rund 600` killed ('darunter'); "
        "Zelensky 'Ende März' `über 5'000` (at_least, casualties); Kyiv's military "
        "intelligence 'Nach Einschätzung' `etwa 11'000` still in Kursk (`pub`); `Tausende` "
        "'weitere' in a quote with the State Department spokeswoman named after it (Tuesday; "
        "vague, increment, planned); a London research institute's analysts with `bis zu "
        "20'000` by the end of the year (other, planned, `pub`); state TV's `Dutzende` "
        "returnees decorated (optional); North Korea's army size and Russia's daily losses "
        "(not claims), metres, a date, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-05-02T06:00:00+02:00">
<meta property="og:site_name" content="Landwasser-Post">
<title>Nordkoreas Soldaten in Russland: die wichtigsten Fragen &ndash; Landwasser-Post</title>
<script>var lp = {ressort: "welt", lesezeit: 4, region: "Filisur"};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich nur, dass Sie diesen Hinweis geschlossen haben. <a \
href="#">Schliessen</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/region">Region</a> &middot; <a \
href="/welt">Welt</a> &middot; <a href="/agenda">Agenda</a></nav>
<main>
<article>
<h1>Nordkoreas Soldaten in Russland: die wichtigsten Fragen</h1>
<p class="lead">Diese Woche hat Pjöngjang erstmals zugegeben, dass seine Truppen für Russland \
kämpfen. Was man darüber weiss &ndash; und was nicht.</p>
<h2>Was hat Nordkorea zugegeben?</h2>
<p>Am Montag meldete die Staatsagentur KCNA, Einheiten der Volksarmee hätten auf Befehl von Kim \
Jong Un bei der «Befreiung» des Gebiets Kursk mitgekämpft. Eine Zahl nannte sie nicht. Moskau war \
zwei Tage früher vorangegangen: Generalstabschef Waleri Gerassimow lobte am Samstag die \
«Tapferkeit» der koreanischen Kameraden.</p>
<h2>Wie viele sind es?</h2>
<p>Genau weiss das niemand; die Schätzungen reichen von [[11'000 bis 15'000]] Mann. Der \
südkoreanische Geheimdienst geht davon aus, dass Pjöngjang seit Oktober [[rund 15'000]] Soldaten \
geschickt hat, [[etwa 3'000]] davon im Januar und Februar als Ersatz für Gefallene und Verwundete. \
Die Nato nannte Mitte April eine Zahl von [[mehr als 14'000]].</p>
<h2>Wie hoch sind die Verluste?</h2>
<p>Der Geheimdienst in Seoul bezifferte sie am Mittwoch vor Abgeordneten auf [[4'700]] Tote und \
Verwundete, darunter [[rund 600]] Gefallene. Kiew nennt höhere Zahlen: Präsident Wolodymyr \
Selenskyj sprach Ende März von [[über 5'000]] Nordkoreanern, die getötet oder verwundet worden \
seien.</p>
<h2>Wo sind sie jetzt?</h2>
<p>Nach Einschätzung des ukrainischen Militärgeheimdienstes stehen noch [[etwa 11'000]] im Gebiet \
Kursk, die meisten entlang der Grenze. Einzelne Einheiten sollen auch im Nachbargebiet Belgorod \
aufgetaucht sein.</p>
<h2>Kommen weitere?</h2>
<p>Wahrscheinlich. «Wir halten es für möglich, dass Nordkorea noch [[Tausende]] weitere Soldaten \
schickt», sagte eine Sprecherin des US-Aussenministeriums am Dienstag. Analysten eines Londoner \
Forschungsinstituts rechnen mit [[bis zu 20'000]] Mann bis Ende Jahr.</p>
<h2>Was bekommt Pjöngjang dafür?</h2>
<p>Geld, Öl, Lebensmittel und wohl auch Militärtechnik. Für Kim geht die Rechnung auf, seine Armee \
zählt rund 1,2 Millionen aktive Soldaten. Russland verliert nach ukrainischer Zählung derzeit \
jeden Tag über 1'000 Mann. Am Mittwoch zeigte das Staatsfernsehen in Pjöngjang, wie Kim \
[[Dutzende]] heimgekehrte Offiziere mit Orden auszeichnete.</p>
</article>
<aside><h2>Aus der Region</h2><p>Landwasserviadukt: Ab dem 12. Mai wird das Geländer auf der \
ganzen Länge von 136 Metern ersetzt. Der Wanderweg unter dem Viadukt bleibt offen.</p></aside>
</main>
<footer>Landwasser-Post &middot; Bahnhofstrasse 3 &middot; 7477 Filisur &middot; \
redaktion@landwasser-post.example</footer>
</body>
</html>
""",
    claims=(
        C("11'000 bis 15'000", None, "range", "in_russia", "unattributed", "pub",
          "the explainer's own framing without a source ('Genau weiss das niemand; die "
          "Schätzungen reichen von'): unattributed, required"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Der südkoreanische Geheimdienst geht davon aus' (present tense, undated): sent since "
          "October (a total)"),
        C("etwa 3'000", 3000, "approx", "in_russia", "south_korea", "pub",
          "same sentence, 'davon im Januar und Februar als Ersatz' (replacements: increment, as "
          "'als Ersatz' in earlier sets)", add=True),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "nato", "2025-04-11..2025-04-20",
          "'Die Nato nannte Mitte April eine Zahl von' (the 11th to the 20th)"),
        C("4'700", 4700, "exact", "casualties", "south_korea", "wed",
          "'Der Geheimdienst in Seoul bezifferte sie am Mittwoch vor Abgeordneten auf' (30 "
          "April): dead and wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'darunter': the dead among them"),
        C("über 5'000", 5000, "at_least", "casualties", "ukraine", "2025-03-21..2025-03-31",
          "'Präsident Wolodymyr Selenskyj sprach Ende März von' (the 21st to the 31st, "
          "Konjunktiv): killed or wounded"),
        C("etwa 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): still in the "
          "Kursk region, most along the border"),
        C("Tausende", None, "vague", "planned", "united_states", "tue",
          "a quote with the claimant after it ('sagte eine Sprecherin des US-Aussenministeriums "
          "am Dienstag', 29 April): 'Tausende weitere' could still be sent (increment, planned)",
          add=True),
        C("bis zu 20'000", 20000, "at_most", "planned", "other", "pub",
          "'Analysten eines Londoner Forschungsinstituts rechnen mit' (a think tank: other; "
          "undated): by the end of the year (a forecast total, not an increment)"),
        C("Dutzende", None, "vague", "in_russia", "north_korea", "wed",
          "'Am Mittwoch zeigte das Staatsfernsehen in Pjöngjang': returning officers decorated by "
          "Kim (returnees, as in earlier sets: optional)", opt=True),
    ),
)


S04 = Source(
    article_id="v195_04_kundenbrief_orthopaedie_schuhtechnik_lantsch",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-10"),
    dated_by="sidecar",
    sidecar=(
        "Orthopädie-Schuhtechnik Candrian, Lantsch/Lenz – Kundenbrief",
        "https://www.schuhtechnik-candrian.example/kundenbrief/september-2025",
        "Kundenbrief September: Sohlen, Einlagen und eine Nachricht von der Grenze",
    ),
    features="an orthopaedic shoemaker's customer letter from Lantsch/Lenz (Graubünden) as plain "
        "text, UTF-16 LE with BOM (sidecar, Wednesday; the sidecar title without a figure); "
        "Swiss conventions (`ss`, «», `30'000`, `2'000`, `11'000`, `5'000`); pairs resoled, "
        "made-to-measure shoes, insoles, francs and a closing day first; a shoemaker from "
        "Poltava relaying his brother-in-law, a medic at the Kursk border ('Am Montag hat "
        "der Schwager ihm eine lange Nachricht geschrieben, erzählt Serhij.', Konjunktiv "
        "carried) `an die 800` digging new trenches (approx, near the front) and "
        "sentence-initial `Vier` killed the week before (number word, casualties; both "
        "other, from Monday to publication); an intern from Jeju who 'glaubt' `gegen 30'000` "
        "by the end of the year (approx, planned, other, `pub`); the NIS 'am 4. September' "
        "`rund 2'000` fallen; North Korean state TV 'zeigte am Sonntag' Kim receiving the "
        "families of `101` fallen (north_korea, exact); a Pentagon spokesman 'vergangene "
        "Woche' `ungefähr 11'000` still stationed in Russia; Moscow's ambassador in "
        "Pyongyang 'Ende August' `5'000` builders to arrive in the autumn (russia, planned, "
        "not an increment); pairs, francs, ages, years, a date, an address, a phone number",
    text="""\
Orthopädie-Schuhtechnik Candrian
Lantsch/Lenz

Kundenbrief September

Liebe Kundinnen und Kunden

Der Sommer war lang und trocken, und die Wanderschuhe haben gelitten: Seit Juni haben wir 312 Paar \
neu besohlt, 48 Paar Massschuhe ausgeliefert und für die Oberstufe 26 Paar Einlagen angepasst. \
Eine Neubesohlung mit Profilsohle kostet weiterhin 89 Franken, bei Kinderschuhen 55 Franken. Am \
27. September bleibt die Werkstatt wegen des Alpabzugs geschlossen.

Neu an der Werkbank

Seit Mai arbeitet Serhij Martschenko, 46, aus Poltawa bei uns. In der Ukraine hat er zwanzig Jahre \
lang Militärstiefel geflickt, jetzt sind es Bergschuhe. Sein Schwager versorgt als Sanitäter die \
Verwundeten einer Panzerbrigade nahe der Grenze bei Kursk. Am Montag hat der Schwager ihm eine \
lange Nachricht geschrieben, erzählt Serhij. Drüben auf der russischen Seite hätten [[an die 800]] \
Nordkoreaner neue Gräben ausgehoben. [[Vier]] von ihnen seien in der Woche davor bei einem \
Artillerieangriff ums Leben gekommen, das habe man am Funk mitgehört. «Er schreibt, sie sind \
vorsichtiger geworden als im Winter», sagt Serhij.

Eine Praktikantin aus Jeju

Für drei Monate lernt Ko Eun-ji, 24, aus Jeju bei uns mit, sie studiert in Seoul \
Orthopädietechnik. Sie glaubt, dass Nordkorea bis Ende Jahr [[gegen 30'000]] Mann nach Russland \
geschickt haben wird. «Bei uns zu Hause redet man am Küchentisch mehr darüber als in der Zeitung», \
sagt sie.

Was man liest

Der südkoreanische Geheimdienst meldete am 4. September, bisher seien [[rund 2'000]] \
nordkoreanische Soldaten in Russland gefallen. Das nordkoreanische Staatsfernsehen zeigte am \
Sonntag Kim Jong Un, der die Familien von [[101]] Gefallenen empfing und ihnen Orden überreichte. \
Ein Pentagon-Sprecher sprach vergangene Woche von [[ungefähr 11'000]] Nordkoreanern, die noch in \
Russland stationiert seien. Und Moskaus Botschafter in Pjöngjang kündigte Ende August an, im \
Herbst würden [[5'000]] Bausoldaten aus dem Norden im Gebiet Kursk eintreffen.

Termine nach Vereinbarung unter 081 681 14 72 oder direkt in der Werkstatt an der Voa Principala 12.

Freundliche Grüsse
Mirta und Gion Candrian
""",
    claims=(
        C("an die 800", 800, "approx", "near_front", "other", "mon..pub",
          "a shoemaker from Poltava relaying his brother-in-law, a medic at the Kursk border ('Am "
          "Montag hat der Schwager ihm eine lange Nachricht geschrieben, erzählt Serhij.', "
          "Konjunktiv; the speaker quoted: other): digging new trenches on the Russian side ('an "
          "die' as approx; from Monday, 8 September, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed by artillery "
          "'in der Woche davor' (the period, not the claim date)"),
        C("gegen 30'000", 30000, "approx", "planned", "other", "pub",
          "an intern from Jeju, 'Sie glaubt' (undated): sent to Russia by the end of the year (a "
          "forecast total: planned; 'gegen' as approx)"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "'Der südkoreanische Geheimdienst meldete am 4. September' (Konjunktiv): fallen in "
          "Russia so far"),
        C("101", 101, "exact", "casualties", "north_korea", "sun",
          "'Das nordkoreanische Staatsfernsehen zeigte am Sonntag' (7 September): the families of "
          "the fallen received and decorated by Kim (state TV: north_korea)"),
        C("ungefähr 11'000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'Ein Pentagon-Sprecher sprach vergangene Woche von': still stationed in Russia (not an "
          "increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "2025-08-21..2025-08-31",
          "'Moskaus Botschafter in Pjöngjang kündigte Ende August an' (the 21st to the 31st): "
          "builders to arrive in the Kursk region in the autumn (planned; no increment word)"),
    ),
)


S05 = Source(
    article_id="v195_05_weltnachrichten_grenzstein_hinterhermsdorf_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Der Grenzstein – Hinterhermsdorf und oberes Kirnitzschtal",
        "https://www.grenzstein-hinterhermsdorf.example/welt/2025-25-schoigu-pjoengjang",
        "Welt: Schoigu in Pjöngjang",
    ),
    features="a village paper's rewritten wire report on its world page from Hinterhermsdorf in "
        "Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, Thursday) but "
        "with a `title:` repeating the headline figure (metadata: optional), `„“`; the headline "
        "'Moskau holt 6.000 Helfer aus Pjöngjang' taking Shoigu's Tuesday figure below (Tuesday to "
        "publication, required); a dateline-style place lead ('Pjöngjang/Moskau.'); Shoigu 'sagte "
        "am Dienstag' `6.000` builders and sappers with `1.000` deminers and `5.000` rebuilders "
        "(russia, planned; an announcement, not an increment); KCNA on Wednesday without a figure; "
        "the NIS's estimate 'die er Ende April den Abgeordneten in Seoul vortrug' `etwa 15.000` "
        "sent and, after a semicolon, `rund 4.700` killed or wounded (the 21st to the 30th); "
        "Budanov 'vergangene Woche' `25.000 bis 30.000` 'zusätzliche' (range, increment, planned); "
        "a State Department spokesman 'am Mittwoch' `mehr als 2.000` dead; a Leipzig military "
        "historian who 'hält es für wahrscheinlich' that `mehr als 10.000` builders come in the "
        "end (other, planned, `pub`); square kilometres of mined land, Russia's losses since "
        "January (not claims), weeks, a page number",
    text="""\
---
title: "Moskau holt [[6.000]] Helfer aus Pjöngjang"
rubrik: Welt
ausgabe: 25/2025
blatt: Der Grenzstein
---

# Moskau holt [[6.000]] Helfer aus Pjöngjang

*Schoigu kündigt in Nordkorea Minenräumer und Bausoldaten für das Gebiet Kursk an. Kiew \
befürchtet, dass bald auch neue Kampftruppen folgen.*

**Pjöngjang/Moskau.** Nordkorea hilft Russland nun auch beim Wiederaufbau. Der Sekretär des \
russischen Sicherheitsrats, Sergej Schoigu, sagte am Dienstag in Pjöngjang, wo er mit Kim Jong Un \
zusammengetroffen war, der Norden stelle [[6.000]] Militärbauarbeiter und Pioniere für das Gebiet \
Kursk bereit. [[1.000]] von ihnen sollen Minen räumen, [[5.000]] beim Wiederaufbau zerstörter \
Dörfer, Brücken und Straßen helfen.

Für Schoigu war es schon die zweite Reise nach Pjöngjang innerhalb von zwei Wochen. Die \
Staatsagentur KCNA berichtete am Mittwoch ausführlich über das Treffen, nannte aber keine Zahlen. \
Kim habe zugesagt, Russland „bedingungslos“ beizustehen.

Bisher hatte der Norden vor allem Kampftruppen geschickt. Nach Schätzung des südkoreanischen \
Geheimdienstes, die er Ende April den Abgeordneten in Seoul vortrug, waren es seit dem vergangenen \
Herbst [[etwa 15.000]] Mann; [[rund 4.700]] von ihnen seien getötet oder verwundet worden.

Kiew erwartet, dass es nicht bei den Bautrupps bleibt. Der Chef des ukrainischen \
Militärgeheimdienstes, Kyrylo Budanow, sagte vergangene Woche, Pjöngjang könne bis zum Jahresende \
[[25.000 bis 30.000]] zusätzliche Soldaten schicken. In Washington sprach ein Sprecher des \
Außenministeriums am Mittwoch von [[mehr als 2.000]] nordkoreanischen Toten; trotzdem schicke der \
Norden immer neue Männer.

Der Leipziger Militärhistoriker Jens Wolfram hält es für wahrscheinlich, dass am Ende [[mehr als \
10.000]] Bausoldaten kommen. „Das Gebiet Kursk ist auf Jahre hinaus vermint, und Russland fehlen \
die Hände“, sagt er. Nach russischen Angaben sind dort noch rund 600 Quadratkilometer nicht \
geräumt. Russland selbst hat nach ukrainischer Zählung seit Jahresbeginn mehr als 180.000 Soldaten \
verloren.

*Lokales: Die Kirnitzschtalstraße ist zwischen der Neumannmühle und dem Ortseingang ab Montag für \
vier Wochen voll gesperrt. Mehr dazu auf Seite 3.*
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "front-matter `title:` repeating the headline (metadata, as front-matter titles in "
          "earlier sets: optional)", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moskau holt 6.000 Helfer aus Pjöngjang': takes Shoigu's figure from the lead "
          "(Tuesday, 17 June, to publication)"),
        C("6.000", 6000, "exact", "planned", "russia", "tue",
          "'Sergej Schoigu, sagte am Dienstag in Pjöngjang' (Konjunktiv): builders and sappers "
          "the North provides for the Kursk region (an announcement, not an increment)"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "same announcement, sentence-initial: to clear mines (a breakdown)"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: to help rebuild villages, bridges and roads"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "'Nach Schätzung des südkoreanischen Geheimdienstes, die er Ende April den Abgeordneten "
          "in Seoul vortrug' (the 21st to the 30th): sent since last autumn"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same estimate after a semicolon (Konjunktiv carried): killed or wounded"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "lastweek",
          "'Kyrylo Budanow, sagte vergangene Woche' (Konjunktiv): 'zusätzliche' soldiers by the "
          "end of the year (increment, planned; span without the word)", add=True),
        C("mehr als 2.000", 2000, "at_least", "casualties", "united_states", "wed",
          "'In Washington sprach ein Sprecher des Außenministeriums am Mittwoch von' (18 June): "
          "North Korean dead"),
        C("mehr als 10.000", 10000, "at_least", "planned", "other", "pub",
          "a Leipzig military historian who 'hält es für wahrscheinlich' (undated; an expert: "
          "other): builders to come in the end (a forecast total, not an increment)"),
    ),
)


S06 = Source(
    article_id="v195_06_podcast_transkript_gohrisch_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-15"),
    dated_by="sidecar",
    sidecar=(
        "Gohrischer Gespräche – Podcast aus dem Kurort Gohrisch",
        "https://www.gohrischer-gespraeche.example/folgen/48-transkript",
        "Folge 48: Die Zahlen sind immer politisch (Transkript)",
    ),
    features="a village podcast's episode transcript from Kurort Gohrisch in HTML, UTF-8, no meta "
        "date (sidecar, Saturday; the sidecar title without a figure), a cookie note about "
        "the player, a script with episode data, navigation, entities (`&ndash;`, "
        "`&middot;`, `&bdquo;`, `&ldquo;`), a footer with a postcode; `<title>` and headline "
        "without a figure; the intro's own `Tausende` in Russia (unattributed, vague, "
        "required); an interview with a retired Bundeswehr analyst recorded 'am Montag': the "
        "NIS that 'hat Anfang November den Abgeordneten berichtet' `ungefähr 10.000` along "
        "the border (days 1-10) and 'Dazu kommen' `etwa 5.000` builders (increment); his own "
        "'Ich komme auf' `deutlich mehr als 20.000` counting rotations (at_least, other, the "
        "recording Monday); 'Kiew sagt' `mehr als 6.000` killed or wounded, dated by 'Der "
        "ukrainische Generalstab hat das vor zwei Wochen veröffentlicht' in the next "
        "sentence (the week before last); Kim 'Ende Oktober' with the names of `mehreren "
        "hundert` fallen (north_korea, vague); the BND that 'soll intern mit' `bis zu "
        "30.000` 'weiteren' rechnen, as a paper reported 'im Juli' (the source's group: "
        "other; increment, planned); Russia's defence ministry 'vergangene Woche' with a "
        "video of `Dutzende` sappers (russia, vague, near the front); episode number, "
        "minutes, downloads, ages, years, a date, a phone number, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gohrischer Gespräche, Folge 48 &ndash; Transkript</title>
<script>var folge = {nr: 48, dauer: "41:12", downloads: 1260};</script>
</head>
<body>
<div class="cookie">Unser Player merkt sich nur, an welcher Stelle Sie aufgehört haben. <button>In \
Ordnung</button></div>
<nav><a href="/">Start</a> &middot; <a href="/folgen">Alle Folgen</a> &middot; <a \
href="/ueber-uns">Über uns</a></nav>
<main>
<h1>Folge 48: &bdquo;Die Zahlen sind immer politisch&ldquo;</h1>
<p class="intro">Seit gut einem Jahr sind [[Tausende]] nordkoreanische Soldaten in Russland. Was \
weiß man über sie? Frank Hiebsch, 63, war 34 Jahre lang Offizier der Bundeswehr, zuletzt als \
Analyst für Osteuropa, und lebt seit 2019 im Kurort Gohrisch. Aufgenommen haben wir am Montag an \
seinem Küchentisch, mit Blick auf den Papststein. Das Transkript ist leicht gekürzt.</p>
<p><b>Anke Rülke:</b> Herr Hiebsch, wie viele Nordkoreaner sind jetzt, im November, in Russland?</p>
<p><b>Frank Hiebsch:</b> Die beste öffentliche Zahl kommt aus Seoul. Der südkoreanische \
Geheimdienst hat Anfang November den Abgeordneten berichtet, dass [[ungefähr 10.000]] entlang der \
Grenze zur Ukraine stehen, vor allem im Gebiet Kursk. Dazu kommen [[etwa 5.000]] Bausoldaten, die \
seit dem Sommer nach und nach eintreffen.</p>
<p><b>Rülke:</b> Und insgesamt, seit Herbst 2024?</p>
<p><b>Hiebsch:</b> Da muss man selbst rechnen. Ich komme auf [[deutlich mehr als 20.000]], wenn \
man die Rotationen mitzählt. Viele waren ja nur ein paar Monate dort.</p>
<p><b>Rülke:</b> Wie viele sind gefallen?</p>
<p><b>Hiebsch:</b> Kiew sagt, bis Ende Oktober seien [[mehr als 6.000]] getötet oder verwundet \
worden. Der ukrainische Generalstab hat das vor zwei Wochen veröffentlicht. Pjöngjang zeigt im \
Fernsehen lieber Gedenkfeiern: Ende Oktober ließ Kim bei der Eröffnung eines Museums die Namen von \
[[mehreren hundert]] Gefallenen verlesen. Ich halte beide Zahlen für zu niedrig.</p>
<p><b>Rülke:</b> Kommen noch mehr?</p>
<p><b>Hiebsch:</b> Davon gehe ich aus. Der BND soll intern mit [[bis zu 30.000]] weiteren rechnen, \
das hat eine Zeitung im Juli berichtet. Ob es so kommt, hängt davon ab, was Putin zahlt.</p>
<p><b>Rülke:</b> Und was sagt Moskau?</p>
<p><b>Hiebsch:</b> Moskau zeigt lieber Bilder. Das Verteidigungsministerium hat vergangene Woche \
ein Video veröffentlicht, auf dem [[Dutzende]] nordkoreanische Pioniere Minen räumen. Offizielle \
Gesamtzahlen nennt der Kreml nie.</p>
<p><b>Rülke:</b> Herr Hiebsch, danke für das Gespräch.</p>
<p class="hinweis">Die nächste Folge erscheint am 29. November. Kritik und Themenwünsche an die \
Redaktion, Telefon 035021 6 83 47.</p>
</main>
<footer>Gohrischer Gespräche &middot; ein Podcast aus dem Kurort Gohrisch &middot; 01824 \
Gohrisch</footer>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the podcast's own intro without a source ('Seit gut einem Jahr sind Tausende "
          "nordkoreanische Soldaten in Russland'): unattributed, required"),
        C("ungefähr 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the guest citing the NIS ('Der südkoreanische Geheimdienst hat Anfang November den "
          "Abgeordneten berichtet'; X citing Y: the source's group; days 1-10): along the border, "
          "mostly in the Kursk region"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same report carried ('Dazu kommen'): builders arriving since the summer (on top of the "
          "figure before: increment)", add=True),
        C("deutlich mehr als 20.000", 20000, "at_least", "in_russia", "other", "mon",
          "the guest speaking for himself ('Ich komme auf', a retired officer: other) in the "
          "interview recorded 'am Montag' (10 November): in Russia since autumn 2024, rotations "
          "counted ('deutlich mehr als' as at_least)"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-10-27..2025-11-02",
          "'Kiew sagt', dated in the next sentence ('Der ukrainische Generalstab hat das vor zwei "
          "Wochen veröffentlicht': Monday to Sunday of the week before last): killed or wounded "
          "by the end of October"),
        C("mehreren hundert", None, "vague", "casualties", "north_korea", "2025-10-21..2025-10-31",
          "'Ende Oktober ließ Kim … die Namen von … Gefallenen verlesen' (the 21st to the 31st): "
          "the fallen named at a museum opening"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "2025-07-01..2025-07-31",
          "'Der BND soll intern mit … weiteren rechnen, das hat eine Zeitung im Juli berichtet' "
          "(X citing Y: the German service, a third government: other; the month of the report): "
          "increment, planned", add=True),
        C("Dutzende", None, "vague", "near_front", "russia", "lastweek",
          "'Das Verteidigungsministerium hat vergangene Woche ein Video veröffentlicht' (Moscow's "
          "ministry: russia): sappers clearing mines"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Marfa in Texas, Lutsen in Minnesota, Astoria in Oregon)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v195_07_live_world_desk_marfa_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-04-28"),
    dated_by="html_meta",
    features="a Marfa (Texas) county news site's world-desk live blog in HTML, windows-1252 with "
        "`–` and `·` raw and straight quotes, `<meta name=\"date\">` (Monday), a consent "
        "note about auto-refresh, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; a standfirst with the site's own "
        "`thousands` kept in Russia (unattributed, required) that dates all entries (Monday, "
        "April 28); a key-moments bullet 'Seoul: about 15,000 sent since October' taking the "
        "8:20 entry's claimant and day; KCNA 'this morning' and Gerasimov 'On Saturday' "
        "without a figure; Russian state television 'followed on Sunday' with `thousands` "
        "fighting (russia, vague, near the front); the Joint Chiefs 'said today' `about "
        "15,000` sent and 'among them' `some 3,000` replacements (increment); a reader's "
        "question answered with the NIS's `about 4,000` from 'late March' (the 21st to the "
        "31st); `a few hundred` gunners 'by the count of Ukraine's military intelligence "
        "over the weekend' (the claimant mid-sentence, Saturday to Sunday); a State "
        "Department spokeswoman 'At the … morning briefing' `roughly 11,000` still inside "
        "Russia; a NATO official 'told reporters today' `up to 5,000` 'additional' by summer "
        "(at_most, increment, planned); a think tank's report 'released Sunday' with `9,000 "
        "or more` in combat (at_least with the hedge after the number, other); times, "
        "parking spaces, ramps, questions, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<meta name="date" content="2025-04-28">
<title>Live: North Korea admits its troops fought in Kursk – Presidio County Sentinel</title>
<script>var live = {slug: "nk-kursk-live", refresh: 90, entries: 9};</script>
</head>
<body>
<div class="consent">We use one cookie to remember whether this page may refresh itself. \
<button>Allow</button> <button>No thanks</button></div>
<nav>Home · Marfa · Presidio · Ranch &amp; Range · World · Live</nav>
<main>
<h1>Live: North Korea admits its troops fought for Russia in Kursk</h1>
<p class="standfirst">For half a year North Korea has kept [[thousands]] of soldiers in Russia \
without saying a word about them. This morning Pyongyang broke its silence. Our world desk follows \
the reaction. All times Central, Monday, April 28.</p>
<h2>Key moments</h2>
<ul>
<li>Pyongyang confirms its troops fought in Kursk but gives no number</li>
<li>Seoul: [[about 15,000]] sent since October</li>
<li>NATO expects more by summer</li>
</ul>
<div class="entry"><p class="time">6:52 a.m.</p><p>North Korea's official news agency KCNA said \
this morning that units of the Korean People's Army took part in "liberating" the Kursk region on \
Kim Jong Un's orders. The statement gave no figures and did not mention losses.</p></div>
<div class="entry"><p class="time">7:35 a.m.</p><p>Moscow went first. Valery Gerasimov, who heads \
Russia's general staff, had thanked the Korean "comrades" for their "heroism" on Saturday. Russian \
state television followed on Sunday, saying [[thousands]] of North Korean troops had fought \
"shoulder to shoulder" with Russian units around Sudzha.</p></div>
<div class="entry"><p class="time">8:20 a.m.</p><p>South Korea's Joint Chiefs of Staff said today \
that the North has sent [[about 15,000]] troops to Russia since October, among them [[some 3,000]] \
who arrived in January and February to replace the dead and wounded.</p></div>
<div class="entry"><p class="time">9:45 a.m.</p><p>A reader in Fort Davis asks how many of the \
North Koreans have been killed. The latest estimate we have comes from Seoul's spy agency, which \
told lawmakers in late March that [[about 4,000]] had been killed or wounded. We will update this \
if Seoul gives a new number.</p></div>
<div class="entry"><p class="time">10:30 a.m.</p><p>Kyiv says the admission changes nothing on the \
ground. North Korean gunners, [[a few hundred]] of them by the count of Ukraine's military \
intelligence over the weekend, are still shelling villages across the border in the Sumy \
region.</p></div>
<div class="entry"><p class="time">11:15 a.m.</p><p>At the State Department's morning briefing, a \
spokeswoman said the United States believes [[roughly 11,000]] North Korean soldiers are still \
inside Russia, most of them in the Kursk region.</p></div>
<div class="entry"><p class="time">12:40 p.m.</p><p>From Brussels, a NATO official told reporters \
today that the alliance expects [[up to 5,000]] additional North Korean troops to reach Russia by \
the summer. He would not say where the estimate came from.</p></div>
<div class="entry"><p class="time">1:50 p.m.</p><p>A Washington think tank, the Pacific Security \
Forum, said in a report released Sunday that [[9,000 or more]] of the North Koreans have seen \
combat since December.</p></div>
<div class="entry"><p class="time">2:30 p.m.</p><p>Closer to home: the Marfa Lights viewing area \
on U.S. 90 east of town reopens Thursday after repaving. The county says the new lot has 48 \
parking spaces and two wheelchair ramps.</p></div>
<div class="entry"><p class="time">3:45 p.m.</p><p>That's all from the world desk today. Thanks \
for reading, and for the 27 questions you sent in.</p></div>
</main>
<footer>Presidio County Sentinel · Marfa, Texas · newsroom (432) 729-5180</footer>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the standfirst's own framing without a source ('For half a year North Korea has kept "
          "thousands of soldiers in Russia'): unattributed, required"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-28",
          "key-moments bullet 'Seoul: …': takes the 8:20 entry's claimant and day (the Joint "
          "Chiefs, today)"),
        C("thousands", None, "vague", "near_front", "russia", "sun",
          "'Russian state television followed on Sunday, saying' (27 April; Russian state media: "
          "russia): fought around Sudzha"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-28",
          "entry 8:20: 'South Korea's Joint Chiefs of Staff said today' (the blog's day): sent "
          "since October (a total)"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "2025-04-28",
          "same statement, 'among them … who arrived in January and February to replace the dead "
          "and wounded' (replacements: increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "entry 9:45, a reader's question answered: 'Seoul's spy agency, which told lawmakers in "
          "late March' (the 21st to the 31st): killed or wounded"),
        C("a few hundred", None, "vague", "near_front", "ukraine", "sat..sun",
          "entry 10:30: 'by the count of Ukraine's military intelligence over the weekend' after "
          "the figure, mid-sentence (Saturday to Sunday, 26-27 April): gunners shelling across "
          "the border"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "2025-04-28",
          "entry 11:15: 'At the State Department's morning briefing, a spokeswoman said' (the "
          "blog's day): still inside Russia (not an increment)"),
        C("up to 5,000", 5000, "at_most", "planned", "nato", "2025-04-28",
          "entry 12:40: 'a NATO official told reporters today': 'additional' troops by summer "
          "(increment, planned; span without the word)", add=True),
        C("9,000 or more", 9000, "at_least", "near_front", "other", "sun",
          "entry 1:50: 'A Washington think tank … said in a report released Sunday' (a think "
          "tank: other): have seen combat ('or more' after the number, inside the span)"),
    ),
)


S08 = Source(
    article_id="v195_08_neighbors_korea_class_marfa",
    language="en", fmt="txt", encoding="latin-1", published=day("2024-11-07"),
    dated_by="sidecar",
    sidecar=(
        "Highland Avenue Weekly, Marfa",
        "https://www.highlandavenueweekly.example/neighbors/2024-11-07-korea-class",
        "Neighbors: A Tuesday night class on the two Koreas",
    ),
    features="a Marfa (Texas) weekly's 'Neighbors' feature on a free evening class about Korea as "
        "plain text, ISO-8859-1 with straight quotes only and Spanish names with accents "
        "(sidecar, Thursday; the sidecar title without a figure); a room of eleven people, "
        "an age, years of service and a move first; a retired Army linguist walking the "
        "class through the figures: the NIS 'In late October' `about 3,000` in Russia and "
        "`10,000` 'expected there before the year was out' (planned; the 21st to the 31st); "
        "the Pentagon 'On Monday' `some 10,000` in the Kursk region (near the front); "
        "Ukraine's defence minister 'on Tuesday' `as many as 100,000` eventually ('as many "
        "as' as at_most, planned); the linguist's own 'he puts the number at' `12,000 or so` "
        "by the end of the year (approx with the hedge after the number, planned, other, "
        "`pub`); a potter born in Daegu who 'figures' `tens of thousands` if Moscow pays "
        "(vague, planned, other, `pub`); the writer's own `thousands` 'more' Kim may order "
        "to follow (unattributed, vague, increment, required); North Korea's army size and "
        "the armistice year (not claims), a time, a date, a phone number",
    text="""\
NEIGHBORS

A Tuesday night class on the two Koreas

By Guadalupe Ramírez

Eleven people, a coffee urn and a pull-down map of East Asia: that was the back room of the public \
library on Tuesday night, when Harold Kwon, 68, opened the second session of his free evening \
course on the Korean peninsula.

Kwon grew up in Los Angeles, the son of a couple from Incheon, and spent 24 years in the Army as a \
Korean linguist, the last six of them in Seoul. He and his wife, Maribel, moved to Marfa in 2017 \
for the quiet and the night sky. "I never thought I'd be teaching current events again," he said. \
"But people out here follow the news, and they have questions."

This week most of the questions were about the North Korean soldiers in Russia.

Kwon walked the class through what governments have said so far. In late October, South Korea's \
spy agency reported that [[about 3,000]] North Korean troops were already in Russia, with \
[[10,000]] expected there before the year was out. On Monday the Pentagon said [[some 10,000]] \
were now in Russia's Kursk region, near the Ukrainian border. And on Tuesday Ukraine's defense \
minister told a Korean broadcaster that Pyongyang could eventually send [[as many as 100,000]].

Kwon's own estimate is more modest: he puts the number at [[12,000 or so]] by the end of the year. \
"The North has to keep enough men at home to watch the DMZ, and Kim knows it," he said. North \
Korea's army has about 1.2 million soldiers, he reminded the class, and the Korean War ended in \
1953 with an armistice, not a peace treaty.

One of his students, Jin-hee Holguín, was born in Daegu and runs a pottery studio on the east side \
of town. She figures Kim will send [[tens of thousands]] if Moscow keeps paying. "For him it's a \
business," she said.

By the time the class meets again next Tuesday, Kim may well have ordered [[thousands]] more to \
follow.

The course runs every Tuesday at 6:30 p.m. through Dec. 10 and is free. The library asks that you \
sign up by phone, 432-729-4662, so there are enough chairs.
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "the linguist walking the class through official figures: 'In late October, South "
          "Korea's spy agency reported that' (X citing Y: the source's group; the 21st to the "
          "31st): already in Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same report: 'with … expected there before the year was out' (a forecast total: "
          "planned)"),
        C("some 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'On Monday the Pentagon said' (4 November in a Thursday paper): in Russia's Kursk "
          "region near the Ukrainian border"),
        C("as many as 100,000", 100000, "at_most", "planned", "ukraine", "tue",
          "'on Tuesday Ukraine's defense minister told a Korean broadcaster' (5 November): "
          "Pyongyang could eventually send ('as many as' as at_most)"),
        C("12,000 or so", 12000, "approx", "planned", "other", "pub",
          "the linguist speaking for himself ('he puts the number at', present tense, undated): "
          "by the end of the year (a forecast: planned; 'or so' after the number, in the span)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a potter born in Daegu, 'She figures' (undated): Kim will send if Moscow keeps paying"),
        C("thousands", None, "vague", "planned", "unattributed", "pub",
          "the writer's own closing line without a source ('By the time the class meets again "
          "next Tuesday, Kim may well have ordered thousands more to follow'): 'more' (increment, "
          "span without the word), planned; unattributed, required", add=True),
    ),
)


S09 = Source(
    article_id="v195_09_week_in_brief_sawbill_weekly_lutsen_md",
    language="en", fmt="md", encoding="utf-16", published=day("2024-12-18"),
    dated_by="front_matter",
    features="a Lutsen (Minnesota) weekly's news digest ('The Week in Brief') in Markdown, UTF-16 "
        "LE with BOM, front matter with `date:` (Wednesday) and a title without a figure, "
        "straight quotes, bold run-in item heads; local items first (runs, inches of snow, "
        "ticket prices, a speed limit, a plow-truck lease and a vote, birders and birds); "
        "the item head 'Seoul: 100 North Koreans killed.' taking the NIS's figure from "
        "yesterday (to publication); the NIS that 'In a closed briefing yesterday … gave "
        "lawmakers its first casualty count:' `at least 100` dead and `close to 1,000` "
        "wounded ('close to' as approx); a US official 'said Monday' `hundreds` of "
        "casualties; Zelensky on Saturday without a figure and Kyiv's military intelligence "
        "'the same day' `about 12,000` in Kursk (the day carried); Rutte 'Last week … said' "
        "`more than 10,000` in Russia and `thousands` 'more' that could follow (vague, "
        "increment, planned); KCNA without a figure; the digest's own 'By most counts' "
        "`roughly 11,000` in Russia (unattributed, required); runs, inches, dollars, miles "
        "per hour, a vote, birds, species, dates, a phone number",
    text="""\
---
title: "The Week in Brief"
date: 2024-12-18
paper: The Sawbill Weekly
edition: Lutsen, Tofte and Schroeder
---

# The Week in Brief

## Around here

**Lutsen.** The ski hill opened 41 runs over the weekend after 14 inches of new snow. Day tickets \
are $99 through Christmas, $79 for seniors.

**Highway 61.** The state says culvert work by the Poplar River bridge is done for the season, and \
the 35 mph work zone has been lifted.

**Schroeder.** The town board approved a $38,500 lease for a second plow truck at its Dec. 10 \
meeting. The vote was 4-1.

**Tofte.** The Christmas bird count is Saturday. Last year 23 volunteers tallied 2,212 birds of 31 \
species.

## The world this week

**Seoul: [[100]] North Koreans killed.** In a closed briefing yesterday, South Korea's spy agency \
gave lawmakers its first casualty count: [[at least 100]] soldiers from the North dead in this \
month's fighting in Kursk, and [[close to 1,000]] wounded. The troops are being used as expendable \
assault infantry, the agency said.

**Washington counts losses.** A U.S. official, speaking on condition of anonymity, said Monday \
that the North Koreans had suffered [[hundreds]] of casualties, from privates up to the rank of \
colonel.

**Kyiv: assaults in Kursk.** President Zelensky said Saturday that Russia had begun throwing North \
Korean units into assaults. Ukraine's military intelligence said the same day that [[about \
12,000]] of them were now deployed in the Kursk region.

**NATO: more may come.** Last week NATO's secretary general, Mark Rutte, said Pyongyang's \
contingent in Russia was [[more than 10,000]] strong and warned that [[thousands]] more could \
follow, paid for with Russian missile know-how.

**Pyongyang: silence.** North Korea's state media still have not mentioned the deployment. KCNA \
reported Monday that Kim Jong Un had inspected a drone factory and ordered mass production.

By most counts, [[roughly 11,000]] North Koreans are now in Russia. The Kremlin has neither \
confirmed nor denied it.

## Notices

Our office is closed Dec. 24 through Jan. 1. Classified ads for the Jan. 8 edition are due Jan. 3; \
call 218-663-7040.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "yday..pub",
          "item head 'Seoul: 100 North Koreans killed.': takes the NIS's figure from the item "
          "(yesterday, Tuesday 17 December, to publication; the hedge of the body dropped)"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "yday",
          "'In a closed briefing yesterday, South Korea's spy agency gave lawmakers its first "
          "casualty count:' (17 December): dead in this month's fighting (the period)"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "yday",
          "same sentence, 'and': wounded ('close to' as approx, as in earlier sets)"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "'A U.S. official, speaking on condition of anonymity, said Monday' (16 December): "
          "casualties"),
        C("about 12,000", 12000, "approx", "near_front", "ukraine", "sat",
          "'Ukraine's military intelligence said the same day' (the day carried from Zelensky's "
          "Saturday, 14 December): deployed in the Kursk region"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "'Last week NATO's secretary general, Mark Rutte, said': the contingent in Russia"),
        C("thousands", None, "vague", "planned", "nato", "lastweek",
          "same statement, 'and warned that … more could follow' (increment, span without the "
          "word; planned)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the digest's own 'By most counts' (no source named): unattributed, required; now in "
          "Russia"),
    ),
)


S10 = Source(
    article_id="v195_10_owner_letter_cabin_rentals_lutsen",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-02-11"),
    dated_by="dateline",
    features="a cabin rental agency's letter to its cabin owners from Lutsen (Minnesota) as plain "
        "text, UTF-8 with straight quotes, a letterhead, dated by the line 'Lutsen, Minn., "
        "February 11, 2025' (Tuesday), upper-case section heads; guest stays, cabins, "
        "nights, frozen pipes, a lodging tax in per cent, dates and a cleaning rate first; a "
        "cleaning crew lead from Chernihiv relaying her brother, a tank mechanic near Sudzha "
        "('He reached her on Sunday after nine days without a signal, she said. According to "
        "him,') `about 150` back in a village (approx, near the front) and `fourteen` killed "
        "by drones (number word, casualties; both other, from Sunday to publication); a "
        "cardiologist from Busan who 'thinks' `close to 20,000` by summer ('told us', "
        "undated; approx, planned, other, `pub`); South Korea's military that 'Last month … "
        "put the North's losses … at' `about 3,000` killed or wounded (the whole of "
        "January); a Pentagon spokeswoman 'said on Thursday' mid-sentence with `roughly "
        "11,000` still in Russia; Kyiv's military intelligence 'over the weekend' with `up "
        "to 4,000` 'more' newly trained soldiers (at_most, increment, planned, Saturday to "
        "Sunday); Kim on state media 'on Saturday' without a number; stays, cabins, nights, "
        "pipes, per cent, dollars, ages, years, a phone number",
    text="""\
CASCADE COVE CABIN RENTALS
Letter to our cabin owners

Lutsen, Minn., February 11, 2025

Dear owners,

January was our best winter month since we opened in 2016: 212 guest stays in the 37 cabins we \
manage, 3.4 nights on average, and only two frozen pipes, both fixed the same day. A reminder that \
the new 3 percent lodging tax starts April 1; we will add it to the booking page for you. Plowing \
contracts run through April 15, and the March cleaning rate rises to $95 per turnover.

OUR CLEANING CREW

Olha Savchenko, 41, from Chernihiv, has run our cleaning crew since last spring and knows every \
woodstove between here and Tofte by its quirks. Her brother, a tank mechanic, is with a brigade \
near Sudzha in the Kursk region. He reached her on Sunday after nine days without a signal, she \
said. According to him, [[about 150]] North Koreans had moved back into a village his brigade lost \
in December, and [[fourteen]] of them were killed by drones the night before he called. "He says \
they don't run from the drones anymore. They hide, like our boys," Olha said.

A GUEST FROM BUSAN

Many of you have met Dr. Choi Yoon-seo, 38, a cardiologist from Busan on a research fellowship in \
the Twin Cities, who has rented the Moose Ridge cabin for three winters running. She thinks Kim \
will have sent [[close to 20,000]] men by summer. "Nobody at home believes he will stop while \
Putin pays," she told us.

WHAT THE GOVERNMENTS SAY

Last month South Korea's military put the North's losses in the Kursk fighting at [[about 3,000]] \
killed or wounded. The North Koreans still in Russia, a Pentagon spokeswoman said on Thursday, \
number [[roughly 11,000]], though most have been pulled back from the front lines. Ukraine's \
military intelligence said over the weekend that they would return "within weeks," reinforced by \
[[up to 4,000]] more newly trained soldiers. Kim Jong Un, in a speech carried by state media on \
Saturday, promised to stand by Russia "to the end" but gave no number.

Questions about your owner statements? Call Karen at (218) 663-7125.

With thanks,
Karen and Dave Lindqvist
""",
    claims=(
        C("about 150", 150, "approx", "near_front", "other", "sun..pub",
          "a cleaning crew lead from Chernihiv relaying her brother, a tank mechanic near Sudzha "
          "('He reached her on Sunday …, she said. According to him,'; the speaker quoted: "
          "other): moved back into a village (from Sunday, 9 February, to publication)"),
        C("fourteen", 14, "exact", "casualties", "other", "sun..pub",
          "same call, 'and', number word: killed by drones the night before he called"),
        C("close to 20,000", 20000, "approx", "planned", "other", "pub",
          "a cardiologist from Busan, 'She thinks' ('she told us', undated): sent by summer (a "
          "forecast total: planned; 'close to' as approx)"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'Last month South Korea's military put the North's losses … at' (the whole of "
          "January): killed or wounded"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "thu",
          "'a Pentagon spokeswoman said on Thursday' mid-sentence (6 February): still in Russia, "
          "most pulled back from the front lines (in Russia, not near the front)"),
        C("up to 4,000", 4000, "at_most", "planned", "ukraine", "sat..sun",
          "'Ukraine's military intelligence said over the weekend' (8-9 February): 'more' newly "
          "trained soldiers to come with the returning troops (increment, planned; span without "
          "the word)", add=True),
    ),
)


S11 = Source(
    article_id="v195_11_world_and_nation_register_astoria_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-23"),
    dated_by="sidecar",
    sidecar=(
        "The Lower Columbia Register, Astoria",
        "https://www.lowercolumbiaregister.example/world/2025-08-23",
        "World & Nation: Kim welcomes soldiers home from Russia's war",
    ),
    features="an Astoria (Oregon) daily's 'World & Nation' page in HTML, UTF-8 with BOM, no meta "
        "date (sidecar, Saturday; the sidecar title without a figure), a cookie note about "
        "free articles, a script, navigation, entities (`&amp;`), raw `—` and `·`, a footer "
        "with a phone number; a lead story 'From wire reports' with a Seoul dateline and a "
        "headline without a figure; KCNA via 'state media reported Friday' with `more than "
        "100` posthumously honoured (north_korea, at_least, casualties) and `several "
        "hundred` returnees decorated (optional); the NIS `about 2,000` dead out of `some "
        "15,000` deployed, dated only after both figures ('figures it gave lawmakers earlier "
        "this month': the 1st to publication); Russia's defence ministry 'on Wednesday' "
        "`about 1,000` sappers and `5,000` builders due before winter (planned, no increment "
        "word); a State Department spokesman 'Thursday' `roughly 10,000` still in Russia; "
        "Kyiv's military intelligence 'this week' `20,000` 'more' in training (increment, "
        "planned; Monday to publication); a Seoul newspaper 'without naming its sources' 'on "
        "Tuesday' `up to 6,000` 'more' (other, at_most, increment, planned); briefs with "
        "rain in millimetres, deaths and homes in a typhoon, hectares burned and prisoners "
        "swapped (not claims), a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>World &amp; Nation – The Lower Columbia Register</title>
<script>var page = {section: "world", briefs: 3, paywall: 10};</script>
</head>
<body>
<div class="cookie">We use a cookie to count how many free articles you have read this month. <a \
href="#">OK</a></div>
<nav>Local · Fishing · Port · Sports · World &amp; Nation · Obituaries</nav>
<main>
<h1>World &amp; Nation</h1>
<article class="lead">
<h2>Kim welcomes soldiers home from Russia's war</h2>
<p class="byline">From wire reports</p>
<p>SEOUL, South Korea — North Korean leader Kim Jong Un hugged returning soldiers and bowed before \
the portraits of fallen ones at a ceremony in Pyongyang, state media reported Friday, in the most \
public acknowledgment yet of what his country's deployment to Russia has cost.</p>
<p>The Korean Central News Agency said Kim posthumously awarded the country's highest honor to \
[[more than 100]] soldiers killed in the Kursk region and pinned medals on [[several hundred]] who \
had come home.</p>
<p>Pyongyang has never said how many troops it sent. South Korea's spy agency believes [[about \
2,000]] have died out of [[some 15,000]] deployed since last fall, figures it gave lawmakers \
earlier this month.</p>
<p>Russia's defense ministry said on Wednesday that [[about 1,000]] sappers from the North were \
lifting mines around Kursk and that [[5,000]] military builders were due to arrive before \
winter.</p>
<p>In Washington, a State Department spokesman said Thursday that the United States believes \
[[roughly 10,000]] of the North's troops remain in Russia. Kyiv's military intelligence agency \
said this week that [[20,000]] more were in training for deployment, a figure Seoul has not \
confirmed.</p>
<p>A Seoul newspaper reported on Tuesday, without naming its sources, that [[up to 6,000]] more \
could leave for Russia as early as September.</p>
</article>
<section class="briefs">
<h2>In brief</h2>
<p><b>Japan.</b> A typhoon dropped 300 millimeters of rain on Okinawa, killed three people and \
left 40,000 homes without power.</p>
<p><b>Spain.</b> Wildfires have burned more than 380,000 hectares this month, the most in two \
decades, officials said.</p>
<p><b>Ukraine.</b> Russia and Ukraine exchanged 146 prisoners of war each on Sunday, the latest \
swap arranged with help from the United Arab Emirates.</p>
</section>
</main>
<footer>The Lower Columbia Register · Astoria, Oregon · newsroom (503) 325-4410</footer>
</body>
</html>
""",
    claims=(
        C("more than 100", 100, "at_least", "casualties", "north_korea", "fri",
          "'The Korean Central News Agency said', the day from the lead ('state media reported "
          "Friday', 22 August): soldiers killed in Kursk honoured posthumously"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "same report, 'and pinned medals on … who had come home' (returnees, as in earlier "
          "sets: optional)", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..pub",
          "'South Korea's spy agency believes', dated after both figures ('figures it gave "
          "lawmakers earlier this month': the 1st to publication): died"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-08-01..pub",
          "same sentence, 'out of … deployed since last fall' (a total)"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "wed",
          "'Russia's defense ministry said on Wednesday' (20 August): sappers clearing mines in "
          "the Kursk region"),
        C("5,000", 5000, "exact", "planned", "russia", "wed",
          "same statement, 'and that': builders 'due to arrive before winter' (planned; no "
          "increment word)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "thu",
          "'a State Department spokesman said Thursday' (21 August): 'remain in Russia' (not an "
          "increment)"),
        C("20,000", 20000, "exact", "planned", "ukraine", "2025-08-18..pub",
          "'Kyiv's military intelligence agency said this week' (Monday to publication): 'more' "
          "in training for deployment (increment, planned; span without the word)", add=True),
        C("up to 6,000", 6000, "at_most", "planned", "other", "tue",
          "'A Seoul newspaper reported on Tuesday, without naming its sources' (19 August; a "
          "paper with no named source: other): 'more' could leave in September (increment, "
          "planned)", add=True),
    ),
)


S12 = Source(
    article_id="v195_12_explainer_one_year_on_astoria_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-26"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Astoria Signal",
        "https://www.astoriasignal.example/world/explainer-north-korea-russia-one-year",
        "Explainer: North Korea's soldiers in Russia, one year on",
    ),
    features="an Astoria (Oregon) paper's Sunday explainer in Markdown, windows-1252 with CRLF, "
        "curly `’`, front matter without a date (sidecar, Sunday) and titles without a "
        "figure, section heads in time order; the NIS 'On Oct. 18 last year' `1,500` shipped "
        "to Vladivostok (an explicit date a year back); the Pentagon 'By the end of that "
        "month' `about 10,000` (the 21st to the 31st of October 2024); Zelensky 'On Jan. 11' "
        "`two` captured (number word); the NIS 'Two days later' `about 300` killed (13 "
        "January, counted from the explicit date); North Korea's admission 'April 28' "
        "without a number and the NIS 'Two days after that' `4,700` (30 April); Moscow 'In "
        "June' `6,000` builders and deminers (the month, planned); the NIS 'in early "
        "September' `about 2,000` dead (days 1-10); Kyiv's military intelligence 'believes' "
        "`around 10,000` on the border (`pub`); NATO 'in an assessment shared with reporters "
        "earlier this month' `fewer than 12,000` at any one time ('fewer than' as at_most; "
        "the 1st to publication); the explainer's own 'are thought to have done a tour in "
        "Russia' `at least 15,000` (unattributed, required); Zelensky 'on Thursday' "
        "'another' `10,000 to 15,000` (range, increment, planned); Russia's losses and North "
        "Korea's army (not claims), an e-mail address, a phone number",
    text="""\
---
title: "North Korea’s soldiers in Russia, one year on"
section: World
series: Explainer
---

# Explainer: North Korea’s soldiers in Russia, one year on

*What governments have said, when they said it, and what nobody knows yet.*

It has been a year since the first reports that North Korea was sending soldiers to fight for \
Russia. Here is how the numbers have changed.

## How it started

On Oct. 18 last year, South Korea’s National Intelligence Service said [[1,500]] special forces \
troops had been shipped to Vladivostok on Russian navy transports. By the end of that month, the \
Pentagon put the number in Russia at [[about 10,000]].

## The first winter

In November the North Koreans moved to the Kursk region, where Ukrainian troops held a slice of \
Russian territory. On Jan. 11, Ukraine's president, Volodymyr Zelensky, said his forces had taken \
[[two]] of them prisoner. Two days later, South Korea’s spy agency told lawmakers that [[about \
300]] had been killed.

## Spring: Pyongyang speaks

North Korea stayed silent until April 28, when its state media admitted for the first time that \
North Korean units had been in combat in Kursk. No number was given. Two days after that, Seoul’s \
spy agency put the North’s killed and wounded at [[4,700]].

## Summer: builders and deminers

In June, Moscow said Pyongyang had agreed to provide [[6,000]] deminers and construction troops \
for the rebuilding of the Kursk region.

## Where things stand

South Korea’s spy agency said in early September that [[about 2,000]] North Korean soldiers had \
died. Ukraine’s military intelligence believes [[around 10,000]] are still deployed along the \
border. NATO, in an assessment shared with reporters earlier this month, said there are [[fewer \
than 12,000]] on Russian soil at any one time.

No government has given a full count. Counting those who have rotated home, [[at least 15,000]] \
North Korean soldiers are thought to have done a tour in Russia over the past year.

## What comes next

Kyiv expects more. President Zelensky said on Thursday that Pyongyang was preparing another \
[[10,000 to 15,000]] troops for Russia. Russia’s own losses, by Ukraine’s count, passed 1.1 \
million killed and wounded this month, and North Korea still has an army of roughly 1.2 million at \
home.

*This explainer is part of our Sunday world section. Questions: world@astoriasignal.example or \
503-861-2270.*
""",
    claims=(
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "'On Oct. 18 last year, South Korea’s National Intelligence Service said': special "
          "forces shipped to Vladivostok"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "'By the end of that month, the Pentagon put the number in Russia at' (the 21st to the "
          "31st of October 2024)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "'On Jan. 11, Ukraine's president, Volodymyr Zelensky, said': taken prisoner (number "
          "word)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Two days later, South Korea’s spy agency told lawmakers' (counted from 11 January: 13 "
          "January): killed"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "'Two days after that, Seoul’s spy agency put the North’s killed and wounded at' "
          "(counted from 28 April: 30 April)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'In June, Moscow said Pyongyang had agreed to provide' (the month): deminers and "
          "construction troops for the rebuilding of Kursk (planned; not an increment)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'South Korea’s spy agency said in early September' (days 1-10): died"),
        C("around 10,000", 10000, "approx", "near_front", "ukraine", "pub",
          "'Ukraine’s military intelligence believes' (present tense, undated): still deployed "
          "along the border"),
        C("fewer than 12,000", 12000, "at_most", "in_russia", "nato", "2025-10-01..pub",
          "'NATO, in an assessment shared with reporters earlier this month, said' (the 1st to "
          "publication): on Russian soil at any one time ('fewer than' as at_most)"),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the explainer's own count without a source ('No government has given a full count. … "
          "are thought to have done a tour in Russia'): unattributed, required"),
        C("10,000 to 15,000", None, "range", "planned", "ukraine", "thu",
          "'President Zelensky said on Thursday' (23 October): 'another' being prepared "
          "(increment, planned; span without the word)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    S01, S02, S03, S04, S05, S06,
    S07, S08, S09, S10, S11, S12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
