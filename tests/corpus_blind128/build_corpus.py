"""Build the HUNDRED-AND-TWENTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirtieth corpus, for an honest measurement on articles the extractor has never
met, written in session 15 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a fish
smokehouse's customer letter from Vitte on Hiddensee with a Ukrainian stoker whose brother is a
marine in Kursk, the Königssee boatmen's staff letter from Schönau with a Korean tour guide and a
Ukrainian ticket seller, a charcoal burners' association page from the Dübener Heide with a
forester from Polissia and a Korean charcoal-kiln keeper, the friends' newsletter of a greylag
goose research station in Grünau im Almtal (Austrian conventions) with a crane researcher from
Seoul and an ornithologist from the Danube delta, the bulletin of the friends of the painted church
ceiling of Zillis in the Schams (Swiss conventions) with a conservator from Andong and an icon
restorer from Lviv, a costume tailor's customer letter from Prien am Chiemsee with a hanbok
seamstress from Jeonju; an agency-style wire report from Nuuk on an Arctic security seminar, a
halibut plant's staff bulletin from Ilulissat, a windsurf centre's notes from Lac Bay on Bonaire,
an aloe works' customer letter from Hato on Aruba, a readers' letters page from a Dili weekly with
letters quoting relatives who work in Korea, and a doll makers' cooperative newsletter from Atauro.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in order,
by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV
writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind128_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Hiddensee, Berchtesgaden, Dübener Heide, Almtal, Schams, Chiemgau)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s128_01_raeucherbrief_hiddensee",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-08"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Räucherei Ruge, Vitte – Kundenbrief",
        "https://www.raeucherei-ruge-hiddensee.example/kundenbrief/november-2024",
        "Sturm, Aal und ein Anruf aus Kursk",
    ),
    features="a fish smokehouse's customer letter from Vitte on Hiddensee as plain text, "
        "windows-1252 with CRLF (`„“`, `–`, `·`), no date in the file (sidecar, Friday); the "
        "storm, the ferry and the ovens first; a Ukrainian stoker from Mykolaiv relaying his "
        "brother, a marine in Kursk, who rang 'Am Sonntagabend' (Konjunktiv, `ein paar tausend` "
        "moved in opposite: other, from the call to publication); Zelensky 'am Montag' "
        "`11.000`; the State Department 'am 31. Oktober' `etwa 8.000` moved to the border "
        "region; the NIS 'Ende Oktober' `rund 3.000` in Russia and, carried by 'so der Dienst', "
        "`10.000` by December (planned); 'Dem … Militärgeheimdienst zufolge' `bis zu 5.000` "
        "'weitere' (increment, planned, `pub`); Rutte and Peskov without a figure; the stoker "
        "'rechnet damit' `zwanzigtausend` (number word, planned, other); the island's winter "
        "population, kilos, Russian daily losses, prices in euros, a phone number",
    text="""\
Räucherei Ruge · Vitte auf Hiddensee
Kundenbrief im November

Sturm, Aal und ein Anruf aus Kursk

Liebe Freundinnen und Freunde unserer Räucherei,

der erste Herbststurm hat die Fähre aus Schaprode zwei Tage lang im Hafen gehalten, und die Insel \
war so still wie sonst nur im Januar. Von den gut 1.000 Menschen, die hier im Winter wohnen, hat \
sich darüber keiner beschwert. Wir haben die Ruhe genutzt: Beide Öfen sind neu ausgemauert, und in \
der letzten Oktoberwoche gingen 740 Kilo Flunder, Aal und Hering durch den Buchenrauch.

Serhij bleibt über den Winter

Viele von Ihnen kennen Serhij Tkatschenko, 31, aus Mykolajiw, der seit dem Frühjahr 2023 bei uns \
die Öfen heizt und das Holz spaltet. Sein älterer Bruder Wassyl dient bei der Marineinfanterie und \
liegt seit dem Sommer im russischen Gebiet Kursk. Am Sonntagabend hat Wassyl angerufen, zum ersten \
Mal seit drei Wochen. Gegenüber seiner Stellung, habe er erzählt, seien in den letzten Tagen [[ein \
paar tausend]] Nordkoreaner eingerückt; nachts höre man sie rufen, in einer Sprache, die bei ihnen \
keiner verstehe.

Was Serhij am Telefon hört, passt zu den Meldungen dieser Woche. Präsident Selenskyj sprach am \
Montag in seiner Abendansprache von [[11.000]] nordkoreanischen Soldaten im Gebiet Kursk. Das \
US-Außenministerium hatte schon am 31. Oktober [[etwa 8.000]] genannt, die in die Grenzregion \
verlegt worden seien. Der südkoreanische Geheimdienst NIS ging Ende Oktober noch von [[rund \
3.000]] Soldaten in Russland aus; bis Dezember, so der Dienst, würden es [[10.000]] sein. Dem \
ukrainischen Militärgeheimdienst zufolge könnten im Winter [[bis zu 5.000]] weitere folgen.

Nato-Generalsekretär Mark Rutte hatte am 28. Oktober bestätigt, dass Einheiten aus Pjöngjang in \
Kursk stehen; eine Zahl nannte er nicht. Kremlsprecher Dmitri Peskow nennt das alles „eine \
Angelegenheit zweier souveräner Staaten“. Die russischen Verluste gibt der ukrainische Generalstab \
derzeit mit mehr als 1.400 Mann am Tag an.

Serhij rechnet damit, dass Kim bis zum Frühjahr [[zwanzigtausend]] Mann schickt. „Für die \
Regierungen sind das Zahlen, für meinen Bruder sind es Schatten im Nebel“, sagt er und legt \
Buchenscheite nach.

Aus der Räucherei
– Ab 15. November öffnen wir nur noch freitags und samstags, 10 bis 16 Uhr.
– Räucheraal kostet diesen Winter 39 Euro das Kilo, Bückling 14 Euro.
– Unser Weihnachtspaket mit Aal, Lachs und Sprotten gibt es für 48 Euro.
– Versand aufs Festland in der Kühlbox ab 3 Kilo: 038300 61 47 22
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "sun..pub",
          "a stoker relaying his brother, a marine in Kursk, who rang 'Am Sonntagabend' "
          "(Konjunktiv 'habe er erzählt'; the speaker quoted: other; from the call to "
          "publication): moved in opposite his position"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sprach am Montag in seiner Abendansprache' (4 November): in the Kursk "
          "region"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "the State Department 'hatte schon am 31. Oktober … genannt': moved to the border "
          "region"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "the NIS 'ging Ende Oktober … aus' (day 21 to the month's end): in Russia"),
        C("10.000", 10000, "exact", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same estimate, carried by 'so der Dienst' and Konjunktiv: by December (planned)"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'weitere' could follow "
          "in winter (increment after the figure, planned)", add=True),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "the stoker 'rechnet damit' (undated): sent by spring (number word, a forecast)"),
    ),
)

S02 = Source(
    article_id="s128_02_schifferbrief_koenigssee_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-21"),
    dated_by="front_matter",
    features="the Königssee boatmen's staff letter from Schönau (Berchtesgadener Land) in "
        "Markdown, UTF-8, front matter with `date:` (Friday) and a title without a figure; ice "
        "at the Malerwinkel, boats and passengers first; a Korean tour guide, once a marine on "
        "Yeonpyeong, and a Ukrainian ticket seller; the NIS 'am 12. Februar', Konjunktiv, 'Von "
        "den `rund 11.000` Entsandten seien `etwa 3.000` tot oder verwundet' (base and "
        "breakdown); the JCS `1.000 bis 1.500` 'zusätzlich' (range increment) dated by the next "
        "sentence 'Das erklärte ein Sprecher am Montag'; Zelensky 'in einem Interview, das am "
        "Sonntag ausgestrahlt wurde' `fast 4.000`; 'Nach Einschätzung eines Pentagon-Beamten' "
        "`mindestens 8.000` waiting in camps in Kursk (`pub`); the guide's 'über eine Million "
        "Männer in Uniform' (the whole army: not a claim) and `zehntausend` back at the front "
        "by summer (number word, planned, other); the ticket seller relaying his cousin "
        "`Dutzende` crossing a field (other, `pub`); degrees, boats, passengers, echoes, trainees, "
        "euros, a phone number",
    text="""\
---
title: "Schifferbrief Februar 2025"
date: 2025-02-21
herausgeber: Bootsleute am Königssee, Schönau
---

# Eis am Malerwinkel, Post aus Korea

Der Februar war kalt. Zweimal mussten wir die Fahrten nach St. Bartholomä für einen Tag \
einstellen, weil sich vor dem Malerwinkel eine dünne Eisschicht gebildet hatte, und das Wasser an \
der Seelände hat gerade noch 3 Grad. Trotzdem waren seit Neujahr an manchen Tagen sechs unserer 18 \
Elektroboote unterwegs. Im ganzen Jahr 2024 haben wir rund 780.000 Fahrgäste über den See gebracht.

## Jae-won und seine Gruppen

Fast jede Woche steht Lee Jae-won mit einer Reisegruppe aus Korea an der Seelände. Der 44-Jährige \
lebt seit zwölf Jahren in München und war vor seinem Studium zwei Jahre bei der Marineinfanterie \
auf der Insel Yeonpyeong, in Sichtweite des Nordens. Wenn Kollege Franz an der Echowand das \
Flügelhorn ansetzt, übersetzt Jae-won jedes Mal, dass das Echo siebenmal zurückkommt.

Auf der Rückfahrt ging es diesmal um den Krieg. Der Geheimdienst in Seoul hatte am 12. Februar \
gemeldet, seit Mitte Januar habe man die Nordkoreaner nirgends mehr im Kampf beobachtet, \
vermutlich wegen schwerer Verluste. Von den [[rund 11.000]] Entsandten seien [[etwa 3.000]] tot \
oder verwundet. Ein paar Tage später folgte der Generalstab: Pjöngjang habe seit Jahresbeginn \
zusätzlich [[1.000 bis 1.500]] Soldaten nach Russland gebracht. Das erklärte ein Sprecher am \
Montag in Seoul.

Präsident Selenskyj bezifferte die Verluste der Nordkoreaner in einem Interview, das am Sonntag \
ausgestrahlt wurde, auf [[fast 4.000]] Tote und Verwundete. Nach Einschätzung eines \
Pentagon-Beamten, der nicht genannt werden wollte, warten [[mindestens 8.000]] in Lagern im Gebiet \
Kursk auf den nächsten Einsatz.

Jae-won glaubt nicht an eine Pause. „Kim hat über eine Million Männer in Uniform. Die Lücken füllt \
er schnell“, sagt er. Bis zum Sommer, meint er, stünden wieder [[zehntausend]] an der Front.

## Mykola an der Kasse

Auch an unserer Kasse wird mitgezählt. Mykola Hryzenko, 38, aus Tscherkassy verkauft seit 2023 bei \
uns die Fahrkarten. Sein Cousin steuert Aufklärungsdrohnen bei Sudscha. Im Januar, erzählte Mykola \
in der Kantine, habe der Cousin an einem einzigen Vormittag [[Dutzende]] Nordkoreaner über ein \
verschneites Feld laufen sehen, „ohne Deckung, in Reihen“.

## Aus dem Betrieb

- Ab 1. April fahren wieder alle Boote im 15-Minuten-Takt.
- Die Fahrt nach St. Bartholomä und Salet kostet in der Saison 25 Euro.
- Die Schulung für neue Schiffsführer beginnt am 10. März; angemeldet sind 7.
- Fragen zum Dienstplan an die Betriebsleitung: 08652 96 36 0
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-12",
          "the NIS 'hatte am 12. Februar gemeldet', Konjunktiv: all sent (the base of the "
          "breakdown after it)"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-02-12",
          "same report, 'Von den … Entsandten seien': dead or wounded (a breakdown)"),
        C("1.000 bis 1.500", None, "range", "in_russia", "south_korea", "mon",
          "the JCS ('der Generalstab'), dated by the next sentence 'Das erklärte ein Sprecher "
          "am Montag' (17 February): 'zusätzlich' brought to Russia (range increment)",
          add=True),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'in einem Interview, das am Sonntag ausgestrahlt wurde' (16 February): dead "
          "and wounded ('fast' as approx)"),
        C("mindestens 8.000", 8000, "at_least", "near_front", "united_states", "pub",
          "'Nach Einschätzung eines Pentagon-Beamten' (undated): waiting in camps in the Kursk "
          "region"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "the Korean guide, 'meint er' (undated): back at the front by summer (number word, "
          "a forecast: planned)"),
        C("Dutzende", None, "vague", "near_front", "other", "pub",
          "a ticket seller relaying his cousin, a drone pilot ('erzählte Mykola in der "
          "Kantine', no day; the speaker quoted: other): crossing a snowy field in January"),
    ),
)

S03 = Source(
    article_id="s128_03_meilerpost_duebener_heide_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-06-25"),
    dated_by="html_meta",
    features="a charcoal burners' association page from Bad Düben (Dübener Heide, Saxony) in "
        "HTML, UTF-16 LE with BOM, `<meta name=\"date\">` (Wednesday), a cookie note about the "
        "smoke warning, a script, navigation, entities (`&ndash;`, `&bdquo;`, `&middot;`), a "
        "footer with a phone number; `<title>` and headline without a figure; the charcoal pile "
        "first; a forester from Polissia whose cousin's message came 'Vorgestern' (`mehrere "
        "hundert` clearing mines across the border: other, an ISO date); a Korean charcoal-kiln "
        "keeper who 'schätzt' `gut 2.000` fallen ('gut' as at_least, other, `pub`) and kilns "
        "'zu Hunderten' (not a claim); Shoigu 'am 17. Juni in Pjöngjang' `6.000` builders and "
        "sappers with '`1.000` davon' deminers (planned, a breakdown); KCNA 'am Freitag' a roll "
        "of honour of `101` fallen; 'Kiews Militärgeheimdienst zählt … `rund 11.000`, sagte "
        "dessen Chef … vergangene Woche' (claimant's chief and day after the figure); the NIS "
        "'gestern' `etwa 15.000` sent and `Tausende` 'weitere' as early as July (increment, "
        "planned); cubic metres, tonnes, visitors, degrees, sacks, members ('sechs mehr': not a "
        "claim), euros, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Meilerpost &ndash; Köhlerverein Dübener Heide e.V.</title>
<meta name="date" content="2025-06-25">
<script>var kv={seite:"meilerpost",meiler:3,brand:true};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit die Rauchwarnung oben nur einmal erscheint. <a \
href="#" class="zu">Verstanden</a></div>
<nav><a href="/">Start</a> | <a href="/meiler">Unsere Meiler</a> | <a \
href="/meilerpost">Meilerpost</a> | <a href="/koehlerfest">Köhlerfest</a> | <a \
href="/kontakt">Kontakt</a></nav>
<main>
<h1>Rauch über der Heide, Gäste aus Polesien und Hoengseong</h1>
<p>Seit Pfingsten raucht unser großer Meiler am Waldrand bei Tornau. 32 Raummeter Buche und Kiefer \
haben wir aufgeschichtet, mit Reisig und Erde abgedeckt, und nun wacht Tag und Nacht jemand vom \
Verein darüber, dass nirgends eine Flamme durchbricht. Wenn alles gut geht, holen wir Anfang Juli \
knapp 5 Tonnen Holzkohle heraus. Zum Anzünden kamen 2.300 Besucher, mehr als je zuvor.</p>
<h2>Zwei Köhler, zwei Kriege</h2>
<p>Unter den Meilerwachen sind in diesem Sommer zwei Gäste. Ostap Kowal, 46, Förster aus Owrutsch \
in Polesien, kennt das Handwerk von seinem Großvater; seit dem Frühjahr arbeitet er im \
Forstbetrieb in Bad Düben. Sein Cousin räumt Minen im Gebiet Sumy. Vorgestern kam eine Nachricht \
von ihm: Auf der russischen Seite der Grenze seien jetzt [[mehrere hundert]] Nordkoreaner mit \
Minenräumen beschäftigt, schreibt er, man sehe sie mit Sonden über die Felder gehen.</p>
<p>Der zweite Gast ist Shin Dong-hyuk, 58, der in Hoengseong in der Provinz Gangwon einen \
Köhlerofen mit Schwitzstube betreibt, wie es sie in Korea zu Hunderten gibt. Seine Öfen glühen bei \
1.200 Grad, er war neugierig auf unsere langsame Art. Shin hat als junger Mann an der \
Demarkationslinie gedient. Er schätzt, dass bisher [[gut 2.000]] Nordkoreaner in Russland gefallen \
sind.</p>
<h2>Was die Regierungen sagen</h2>
<p>Der russische Sicherheitsratssekretär Sergej Schoigu hatte am 17. Juni in Pjöngjang \
angekündigt, der Norden schicke [[6.000]] Militärbauarbeiter und Pioniere in das Gebiet Kursk; \
[[1.000]] davon sollen Minen räumen. Die Staatsagentur KCNA veröffentlichte am Freitag eine \
Ehrenliste mit den Namen von [[101]] Gefallenen. Kiews Militärgeheimdienst zählt im Gebiet Kursk \
noch immer [[rund 11.000]] nordkoreanische Soldaten, sagte dessen Chef Kyrylo Budanow vergangene \
Woche. Der südkoreanische Geheimdienst teilte gestern mit, seit dem Herbst seien [[etwa 15.000]] \
Soldaten aus dem Norden nach Russland gegangen; schon im Juli könne Pjöngjang [[Tausende]] weitere \
schicken.</p>
<p>Shin zuckt bei solchen Zahlen mit den Schultern. &bdquo;Am Meiler lernt man Geduld. Auch Kriege \
brennen langsam aus&ldquo;, sagt er.</p>
<h2>Termine</h2>
<p>Das Köhlerfest mit Meileröffnung ist am 5. und 6. Juli. Ein Sack Holzkohle (3 Kilo) kostet 12 \
Euro, wer mithilft, bekommt zwei. Mitglieder zahlen 30 Euro im Jahr; wir sind jetzt 64, sechs mehr \
als im Vorjahr.</p>
</main>
<footer>Köhlerverein Dübener Heide e.V. &middot; 04849 Bad Düben &middot; Telefon 034243 27 19 08 \
&middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/rauchwarnung.js"></script>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "2025-06-23",
          "a forester relaying his cousin, a deminer near Sumy, in a message that came "
          "'Vorgestern' (Monday 23 June), 'schreibt er', Konjunktiv: clearing mines on the "
          "Russian side of the border"),
        C("gut 2.000", 2000, "at_least", "casualties", "other", "pub",
          "a Korean charcoal-kiln keeper 'schätzt' (undated): fallen ('gut' as at_least)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'hatte am 17. Juni in Pjöngjang angekündigt', Konjunktiv: builders and sappers "
          "to be sent to the Kursk region (planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, '1.000 davon': deminers (a breakdown, not an increment)"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "KCNA 'veröffentlichte am Freitag' (20 June): a roll of honour of the fallen"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "'Kiews Militärgeheimdienst zählt …', dated after the figure by 'sagte dessen Chef "
          "Kyrylo Budanow vergangene Woche': still in the Kursk region"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "yday",
          "the NIS 'teilte gestern mit' (24 June): gone to Russia since the autumn"),
        C("Tausende", None, "vague", "planned", "south_korea", "yday",
          "same statement, Konjunktiv: 'weitere' as early as July (increment after the figure, "
          "planned)", add=True),
    ),
)

S04 = Source(
    article_id="s128_04_gaenserundbrief_gruenau",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-24"),
    dated_by="dateline",
    features="the friends' newsletter of a greylag goose research station in Grünau im Almtal "
        "(Upper Austria) as plain text, ISO-8859-1 with »« and straight hyphens, Austrian "
        "conventions (`heuer`, `Jänner`, `Feber`, `vorige Woche`, `Dreikönigstag`), dated by "
        "the place line 'Grünau im Almtal, 24. Jänner 2025' (Friday); the geese first; a crane "
        "researcher from Seoul and a Ukrainian ornithologist from the Danube delta whose son, a "
        "medic in Kursk, 'hatte … am Dreikönigstag geschrieben' `an die 200` lost in one assault "
        "(approx, other, from 6 January to publication); cranes at Cheorwon (not a claim); the "
        "NIS 'Am Montag vergangener Woche' (an ISO date) `rund 300` fallen and `2.700` 'weitere' "
        "wounded (the others of the same count, not an increment); 'Zwei Tage zuvor' Zelensky's "
        "`zwei` captured; a Pentagon spokesman 'am Mittwoch' `knapp 12.000`; HUR 'teilte vorige "
        "Woche mit' `einige tausend` 'zusätzliche' (increment, planned); the researcher's "
        "`fünfzehn- oder zwanzigtausend` by spring (number words joined by 'oder': range, "
        "planned, other); geese, transmitters, ages, euros, a meeting date, a phone number",
    text="""\
FREUNDESKREIS DER GÄNSESTATION IM ALMTAL
Rundbrief Nr. 61

Grünau im Almtal, 24. Jänner 2025

Liebe Freundinnen und Freunde der Graugänse,

der Winter meint es heuer ernst: Der Almsee ist seit Weihnachten zugefroren, und unsere Gänse \
stehen jeden Morgen auf dem Eis und warten, bis die Futterrunde kommt. Bei der Zählung am 12. \
Jänner waren es 163 Vögel, 41 davon tragen einen Sender. Der älteste Ganter, Ferdinand, ist 19 und \
hat im Schwarm noch immer das letzte Wort.

Zwei Forscherinnen, zwei Grenzen

Seit Dezember arbeitet Kim Su-bin, 28, Doktorandin aus Seoul, in der Station mit. Daheim \
beobachtet sie die Kraniche bei Cheorwon, direkt an der Demilitarisierten Zone, wo jeden Winter \
mehr als 4.000 Kraniche rasten. Mitte Jänner kam Dr. Halyna Moros aus Wylkowe im Donaudelta für \
zwei Wochen dazu. Ihr Sohn Taras ist Sanitäter im russischen Gebiet Kursk.

Abends am Ofen gab es kaum ein anderes Thema. Taras hatte seiner Mutter am Dreikönigstag \
geschrieben, die Nordkoreaner gegenüber hätten bei einem einzigen Sturmangriff [[an die 200]] Mann \
verloren. »Er schreibt das ohne jedes Gefühl, wie einen Wetterbericht«, sagte Halyna.

Am Montag vergangener Woche legte der südkoreanische Nachrichtendienst dem Parlament in Seoul \
seinen Bericht vor. Demnach sind [[rund 300]] Nordkoreaner gefallen, [[2.700]] weitere wurden \
verwundet. Zwei Tage zuvor hatte Präsident Selenskyj gemeldet, seine Truppen hätten [[zwei]] \
Soldaten aus dem Norden gefangen genommen. Ein Pentagon-Sprecher bezifferte die Zahl der \
Nordkoreaner in Russland am Mittwoch auf [[knapp 12.000]]. Und der ukrainische Militärgeheimdienst \
teilte vorige Woche mit, Pjöngjang bereite [[einige tausend]] zusätzliche Soldaten für die Front \
vor.

Su-bin glaubt nicht, dass es dabei bleibt. »Im Frühjahr werden es [[fünfzehn- oder \
zwanzigtausend]] sein, und die Kraniche in Cheorwon werden nichts davon merken«, sagt sie.

Aus dem Verein
- Die Jahreshauptversammlung ist am 21. Feber um 19 Uhr im Gasthof an der Alm.
- Ein neuer Sender kostet 1.800 Euro; heuer wollen wir sechs davon kaufen.
- Mitgliedsbeitrag: 25 Euro, Familien 40 Euro.
- Führungen an der Station nach Anmeldung: 07616 82 19
""",
    claims=(
        C("an die 200", 200, "approx", "casualties", "other", "2025-01-06..pub",
          "an ornithologist relaying her son, a medic in Kursk, who 'hatte seiner Mutter am "
          "Dreikönigstag geschrieben' (6 January; told at the station later: from that day to "
          "publication), Konjunktiv: lost in one assault ('an die' as approx)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS report 'Am Montag vergangener Woche' (the Monday of the week before: 13 "
          "January), carried by 'Demnach': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same report: '2.700 weitere wurden verwundet' (the others of the same count, not an "
          "increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Zwei Tage zuvor' (two days before 13 January: 11 January): captured "
          "(number word)"),
        C("knapp 12.000", 12000, "approx", "in_russia", "united_states", "wed",
          "a Pentagon spokesman 'bezifferte … am Mittwoch' (22 January): in Russia ('knapp' as "
          "approx)"),
        C("einige tausend", None, "vague", "planned", "ukraine", "lastweek",
          "HUR 'teilte vorige Woche mit', Konjunktiv: 'zusätzliche' being prepared for the front "
          "(increment, planned)", add=True),
        C("fünfzehn- oder zwanzigtausend", None, "range", "planned", "other", "pub",
          "the crane researcher, 'sagt sie' (undated): in spring (two number words joined by "
          "'oder', the first cut short: range; a forecast: planned)"),
    ),
)

S05 = Source(
    article_id="s128_05_deckenbrief_zillis_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "Freunde der Kirche St. Martin Zillis – Deckenbrief",
        "https://www.kirchendecke-zillis.example/deckenbrief/herbst-2025",
        "Ein Gast aus Andong unter der Bilderdecke",
    ),
    features="the bulletin of the friends of the painted church ceiling of Zillis in the Schams "
        "(Grisons) in Markdown, UTF-8 with BOM, front matter without a date (sidecar, Friday) "
        "and a title without a figure, Swiss conventions (`ss`, «», `18'500`, `30'000`, "
        "`62'000`, 4-digit `2000`/`6000`/`1000`/`5000`); visitors and panels first; a conservator "
        "from Andong who 'geht davon aus' «`gegen 30'000`» will have served by the year's end "
        "('gegen' as approx, planned, other); an icon restorer from Lviv relaying her son's "
        "'Nachricht vom Sonntag' «`zehn-, zwölftausend`» across the border (two number words "
        "with a comma: range, other); the NIS 'Anfang September' `rund 2000` fallen and `etwa "
        "6000` 'nachgeschickt' (increment); Russia's deputy defence minister 'vergangene Woche' "
        "`1000` deminers in Kursk; a NATO diplomat 'am Dienstag' `höchstens 5000` 'weiteren' "
        "(at_most, increment, planned); North Korean TV 'Ende August' `einige hundert` "
        "returnees (optional); panels, years, francs, a meeting date, a phone number",
    text="""\
---
title: "Ein Gast aus Andong unter der Bilderdecke"
rubrik: Deckenbrief
ausgabe: Herbst 2025
---

# Ein Gast aus Andong unter der Bilderdecke

Der Sommer war gut für unsere Kirche. Zwischen Mai und August kamen 18'500 Besucherinnen und \
Besucher nach Zillis, um die 153 bemalten Holztafeln der romanischen Decke zu sehen, so viele wie \
nie. Im Juli haben die Restauratoren die Tafeln der Randzone mit den Meerwesen geprüft; bei 9 \
Tafeln löst sich die Farbe, sie werden im Winter gesichert.

## Drei Wochen Holz und Pigment

Ein besonderer Gast war im August Kwon Tae-ho, 61, Restaurator aus Andong. Er pflegt in Korea die \
bemalten Balken alter Konfuzianerakademien und wollte sehen, wie man in Graubünden mit 900 Jahre \
alter Temperamalerei umgeht. Tae-ho hat seinen Militärdienst in einer Artillerieeinheit bei \
Cheorwon geleistet und verfolgt genau, was aus dem Norden kommt.

Er geht davon aus, dass bis Ende Jahr «[[gegen 30'000]]» Nordkoreaner in Russland gedient haben \
werden. «Pjöngjang verkauft seine jungen Männer wie Kohle», sagte er oben auf der Empore.

Mit ihm arbeitete Iryna Melnyk aus Lwiw, Ikonenrestauratorin und seit dem Frühjahr Volontärin in \
unserem Atelier in Thusis. Ihr Sohn ist Artillerist bei Sumy. In seiner Nachricht vom Sonntag habe \
er geschrieben, jenseits der Grenze stünden inzwischen «[[zehn-, zwölftausend]]» Nordkoreaner. \
Iryna hat die Nachricht niemandem vorgelesen, nur uns.

## Die Zahlen aus Seoul, Moskau und Brüssel

Die offiziellen Schätzungen liegen tiefer. Der südkoreanische Nachrichtendienst NIS meldete Anfang \
September, [[rund 2000]] Nordkoreaner seien gefallen; seit Juni habe Pjöngjang [[etwa 6000]] \
Bauarbeiter und Pioniere nachgeschickt. Der russische Vizeverteidigungsminister erklärte \
vergangene Woche im Staatsfernsehen, [[1000]] nordkoreanische Minenräumer stünden im Gebiet Kursk \
im Einsatz. Ein Nato-Diplomat sagte am Dienstag in Brüssel, man rechne bis zum Frühling mit \
[[höchstens 5000]] weiteren. Das nordkoreanische Fernsehen zeigte Ende August, wie Kim Jong Un \
[[einige hundert]] Heimkehrer empfing.

Tae-ho ist zurück in Andong. Er schreibt, er wolle wiederkommen, wenn die Randtafeln gesichert sind.

## Aus dem Verein

- Die Kirche ist im Winter täglich von 9 bis 17 Uhr offen; der Eintritt bleibt frei.
- Die Sicherung der 9 Randtafeln kostet rund 62'000 Franken; der Kanton trägt die Hälfte.
- Mitgliederversammlung: Samstag, 25. Oktober, 14 Uhr, im Gasthaus Post
- Führungen für Gruppen: 081 661 21 47
""",
    claims=(
        C("gegen 30'000", 30000, "approx", "planned", "other", "pub",
          "a Korean conservator 'geht davon aus' (undated), in «»: 'gedient haben werden' by "
          "the year's end (a forecast: planned; 'gegen' as approx)"),
        C("zehn-, zwölftausend", None, "range", "near_front", "other", "sun",
          "an icon restorer relaying her son, a gunner near Sumy, 'In seiner Nachricht vom "
          "Sonntag' (7 September), Konjunktiv, in «»: across the border (two number words with "
          "a comma, the first cut short: range)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'meldete Anfang September' (days 1-10), Konjunktiv: fallen"),
        C("etwa 6000", 6000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same report: builders and sappers 'nachgeschickt' since June (sent after: increment)",
          add=True),
        C("1000", 1000, "exact", "near_front", "russia", "lastweek",
          "Russia's deputy defence minister 'erklärte vergangene Woche im Staatsfernsehen': "
          "deminers at work in the Kursk region"),
        C("höchstens 5000", 5000, "at_most", "planned", "nato", "tue",
          "a NATO diplomat 'sagte am Dienstag in Brüssel': 'weiteren' expected by spring "
          "(increment after the figure, planned; 'höchstens' as at_most)", add=True),
        C("einige hundert", None, "vague", "in_russia", "north_korea", "2025-08-21..2025-08-31",
          "North Korean TV 'zeigte Ende August' (day 21 to the month's end): returnees welcomed "
          "by Kim (returnees: optional)", opt=True),
    ),
)

S06 = Source(
    article_id="s128_06_trachtenbrief_prien_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-04-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Trachtenschneiderei Anzinger, Prien am Chiemsee",
        "https://www.trachten-anzinger-prien.example/kundenbrief/fruehjahr-2025",
        "Dirndl, Hanbok und eine Frage aus Sumy",
    ),
    features="a costume tailor's customer letter from Prien am Chiemsee (Chiemgau) in HTML, "
        "windows-1252 with CRLF (`„“`, `·`, `ß` raw), no meta date (sidecar, Friday), a cookie "
        "note about the fitting size, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; dirndls and hours of work first; a hanbok "
        "seamstress from Jeonju whose brother, a conscript at Yeoncheon, 'schrieb ihr am "
        "Sonntag' what his unit assumes, `fünfzehntausend` held ready (number word, planned, "
        "other); an embroiderer from Sumy who 'glaubt' `Tausende` at her region's border (other, "
        "`pub`); the JCS 'Ende März' `rund 3.000` 'zusätzliche' (increment) and, carried by "
        "'bezifferte er auf', `etwa 4.700` dead and wounded; Zelensky 'am Montag' `bis zu 3.000` "
        "moved to the border at Belgorod; a DIA assessment 'die am Mittwoch bekannt wurde' "
        "`zwischen 11.000 und 13.000` (range); the letter's own 'Nach unserer eigenen Rechnung' "
        "`gut 14.000` (unattributed, required); dirndls, hours, metres of cloth, prices in "
        "euros, an old pair of leather trousers, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Kundenbrief – Trachtenschneiderei Anzinger, Prien am Chiemsee</title>
<script>var ta={seite:"kundenbrief",anprobe:true};</script>
</head>
<body>
<div id="cookies">Wir merken uns mit einem Cookie nur Ihre Wunschgröße für die Anprobe. \
<button>Passt scho</button></div>
<nav><a href="/">Start</a> · <a href="/dirndl">Dirndl</a> · <a href="/janker">Janker &amp; \
Lederhosen</a> · <a href="/kundenbrief">Kundenbrief</a> · <a href="/termine">Anprobe</a></nav>
<main>
<h1>Dirndl, Hanbok und eine Frage aus Sumy</h1>
<p>Liebe Kundschaft, die Maidult und die ersten Trachtenfeste stehen vor der Tür, und in der \
Werkstatt an der Seestraße rattern die Maschinen bis in den Abend. Seit Januar haben wir 46 Dirndl \
genäht; für jedes braucht es gut 14 Stunden Handarbeit und drei Meter Stoff. Wer zum Gaufest im \
Juli noch eines möchte, sollte bis Ende April zur Anprobe kommen.</p>
<h2>Ha-eun an der Nähmaschine</h2>
<p>Seit dem Herbst lernt bei uns Yoon Ha-eun, 24, aus Jeonju. Daheim hat sie bei ihrer Großmutter \
gelernt, Hanbok zu nähen, die koreanische Festtracht, und nun staunt sie, wie ähnlich sich Mieder \
und Jeogori sind. Ihr jüngerer Bruder leistet gerade seinen Wehrdienst bei Yeoncheon, nicht weit \
von der Grenze zum Norden. Am Sonntag schrieb er ihr, in seiner Einheit gehe man davon aus, dass \
Pjöngjang [[fünfzehntausend]] Mann für Russland bereithalte.</p>
<p>Neben ihr sitzt oft Iryna Bondar, 52, aus Sumy, die bei uns die Stickereien übernimmt. Iryna \
glaubt, dass schon jetzt [[Tausende]] Nordkoreaner an der Grenze zu ihrem Gebiet stehen. „Jeden \
Abend schaue ich auf die Karte, und jeden Abend ist die Linie ein Stück näher“, sagt sie.</p>
<h2>Was aus Seoul, Kiew und Washington kommt</h2>
<p>Der Generalstab in Seoul hatte Ende März mitgeteilt, der Norden habe im ersten Quartal [[rund \
3.000]] zusätzliche Männer nach Russland verlegt; Tote und Verwundete bezifferte er auf [[etwa \
4.700]]. Präsident Selenskyj sagte am Montag, Einheiten mit [[bis zu 3.000]] Mann seien an die \
Grenze bei Belgorod verlegt worden. Laut einer Einschätzung des US-Militärgeheimdienstes DIA, die \
am Mittwoch bekannt wurde, halten sich [[zwischen 11.000 und 13.000]] Nordkoreaner in Russland \
auf. Nach unserer eigenen Rechnung aus den Angaben aus Seoul wären seit dem Herbst [[gut 14.000]] \
Soldaten aus dem Norden nach Russland gegangen.</p>
<p>Ha-eun näht derweil an ihrem ersten eigenen Dirndl, blau und weiß, mit einer Schleife aus \
Seide, die ihre Großmutter aus Jeonju geschickt hat.</p>
<h2>Termine</h2>
<p>Anproben dienstags bis freitags von 9 bis 18 Uhr. Ein Dirndl nach Maß beginnt bei 690 Euro, ein \
Janker bei 420 Euro. Änderungen an alten Trachten machen wir weiterhin, auch wenn die Lederhose \
schon 60 Jahre alt ist.</p>
</main>
<footer>Trachtenschneiderei Anzinger · Seestraße 14 · 83209 Prien am Chiemsee · Tel. 08051 96 44 \
20 · <a href="/impressum">Impressum</a></footer>
<script src="/js/anprobe.js"></script>
</body>
</html>
""",
    claims=(
        C("fünfzehntausend", 15000, "exact", "planned", "other", "sun",
          "a seamstress relaying her brother, a conscript, who 'schrieb ihr am Sonntag' (6 "
          "April) what his unit assumes ('gehe man davon aus'; the speaker quoted: other): held "
          "ready for Russia (number word, planned)"),
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "an embroiderer from Sumy 'glaubt' (undated): at the border of her region"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "the JCS 'hatte Ende März mitgeteilt' (day 21 to the month's end): 'zusätzliche' moved "
          "to Russia in the first quarter (increment, span without the word)", add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "same statement, carried by 'Tote und Verwundete bezifferte er auf': dead and wounded"),
        C("bis zu 3.000", 3000, "at_most", "near_front", "ukraine", "mon",
          "Zelensky 'sagte am Montag' (7 April), Konjunktiv: units moved to the border at "
          "Belgorod"),
        C("zwischen 11.000 und 13.000", None, "range", "in_russia", "united_states", "wed",
          "'Laut einer Einschätzung des US-Militärgeheimdienstes DIA, die am Mittwoch bekannt "
          "wurde' (9 April): in Russia"),
        C("gut 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own 'Nach unserer eigenen Rechnung aus den Angaben aus Seoul wären' (no "
          "source: unattributed, required; 'gut' as at_least)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Greenland, Bonaire, Aruba, Timor-Leste)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s128_07_polar_wire_nuuk",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-06"),
    dated_by="dateline",
    features="an agency-style wire report from Nuuk (Greenland) as plain text, UTF-8, slug "
        "line and dateline 'NUUK, Greenland, March 6, 2025 (Polar Desk) –' (Thursday), curly "
        "quotes; the headline's `12,000` from the NATO official of Wednesday (Wednesday to "
        "publication); the lead 'North Korea has `about 12,000` … and `several thousand` of "
        "them are back in combat …, a senior NATO official told … on Wednesday' (claimant and "
        "day after the figures; a breakdown); delegates, countries and Greenland's population "
        "(not claims); the NIS 'late last month' `roughly 1,500` 'fresh troops' to the Kursk "
        "front (increment, near the front, 21-28 February); HUR 'in a statement on Monday' "
        "'put … at' `more than 4,000`; 'The Pentagon, which put the North's dead at `over "
        "1,000` in January' (the month); Moscow without a figure; a Danish researcher who "
        "'expects' `as many as 10,000` 'more' (third-country expert: other, increment, "
        "planned); a Ukrainian-born nurse relaying her brother `dozens` of dead (other, `pub`); "
        "kroner, base personnel, kilometres, degrees, a wire trailer with a phone number",
    text="""\
ARCTIC-SECURITY/NKOREA (POLAR DESK)

NATO official puts North Korean force in Russia at [[12,000]] as Nuuk hosts Arctic security seminar

NUUK, Greenland, March 6, 2025 (Polar Desk) – North Korea has [[about 12,000]] soldiers in Russia \
and [[several thousand]] of them are back in combat in the Kursk region, a senior NATO official \
told an Arctic security seminar in Greenland’s capital on Wednesday.

The official, who asked not to be named, told some 180 delegates from 14 countries that the North \
Korean units had been “rested and retrained” after heavy losses in December and January. \
Greenland, with about 56,000 inhabitants, is hosting the two-day seminar for the first time.

South Korea’s spy agency told lawmakers in Seoul late last month that the North had sent [[roughly \
1,500]] fresh troops to the Kursk front since January. Ukraine’s military intelligence, in a \
statement on Monday, put North Korean losses at [[more than 4,000]] killed and wounded. The \
Pentagon, which put the North’s dead at [[over 1,000]] in January, has not updated that figure.

Moscow has never acknowledged the deployment. Russia’s embassy in Copenhagen did not answer \
questions sent by Polar Desk.

Mette Kristiansen, a defence researcher at the Nordic Institute for Security Studies who spoke at \
the seminar, said she expects Pyongyang to send [[as many as 10,000]] more before the summer. \
“Every month Moscow pays for what Pyongyang delivers, and the bill keeps growing,” she said.

The war is not far from Nuuk’s hospital wards. Olena Dmytruk, 39, a Ukrainian-born nurse who has \
worked in the town since 2019, said her brother, a paratrooper near Sudzha, had counted [[dozens]] \
of North Korean dead after a single assault in February. “He wrote that they walked straight into \
the drones,” she told Polar Desk outside the seminar hall.

Denmark announced in January a 14.6 billion kroner package for Arctic defence, including new \
patrol ships and long-range drones. About 150 US personnel serve at Pituffik Space Base, some \
1,500 kilometres north of the capital. On Wednesday the temperature in Nuuk fell to minus 17 \
degrees.

(Reporting by Aviaaja Lynge in Nuuk; editing by Jens Holm)
((polardesk@polarwire.example; +299 32 18 40))
-- ends --
""",
    claims=(
        C("12,000", 12000, "exact", "in_russia", "nato", "wed..pub",
          "headline 'NATO official puts … at': the official of Wednesday below, hedge dropped "
          "(Wednesday to the Thursday of publication)"),
        C("about 12,000", 12000, "approx", "in_russia", "nato", "wed",
          "a senior NATO official, named after the figures, 'told an Arctic security seminar … "
          "on Wednesday' (5 March): in Russia"),
        C("several thousand", None, "vague", "near_front", "nato", "wed",
          "same statement, 'of them' (a breakdown): back in combat in the Kursk region"),
        C("roughly 1,500", 1500, "approx", "near_front", "south_korea", "2025-02-21..2025-02-28",
          "the NIS 'told lawmakers in Seoul late last month' (21-28 February): 'fresh troops' "
          "sent to the Kursk front since January (increment)", add=True),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "mon",
          "HUR 'in a statement on Monday, put … at' (3 March): killed and wounded"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states",
          "2025-01-01..2025-01-31",
          "'The Pentagon, which put the North's dead at … in January' (the month; not updated "
          "since)"),
        C("as many as 10,000", 10000, "at_most", "planned", "other", "pub",
          "a Danish defence researcher (a third country's expert: other), 'said she expects' "
          "(undated): 'more' before the summer (increment, planned)", add=True),
        C("dozens", None, "vague", "casualties", "other", "pub",
          "a Ukrainian-born nurse relaying her brother, a paratrooper ('had counted', 'He "
          "wrote'; the speaker quoted: other), 'she told Polar Desk' without a day: dead after "
          "one assault"),
    ),
)

S08 = Source(
    article_id="s128_08_plant_bulletin_ilulissat_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-03"),
    dated_by="front_matter", crlf=True,
    features="a halibut plant's staff bulletin from Ilulissat (Greenland) in Markdown, "
        "windows-1252 with CRLF (curly quotes and `–` raw), front matter with `date:` (Friday) "
        "and a title without a figure; tonnes, shifts and degrees first; a Korean refrigeration "
        "technician from Tongyeong who 'reckons' `thirty thousand` will have gone by spring "
        "(number words, planned, other); a Ukrainian filleter relaying her husband `a couple of "
        "thousand` dug in across the Sumy border, dated by 'she said during Thursday's night "
        "shift' (other); the NIS 'on Tuesday' `some 6,000` engineers and builders and `around "
        "2,000` killed; KCNA 'last weekend' a wall of names of `several hundred` dead (the "
        "Saturday and Sunday before); Russia's deputy defence minister 'on Monday' `about "
        "1,000` builders arrived in Kursk; HUR 'expects' `up to 6,000` 'more', dated after the "
        "figure by 'it said in mid-September' (increment, planned); 'A US assessment cited by "
        "news agencies this week' `fewer than 11,000` (Monday to publication); tonnes, degrees, "
        "kroner, an extension, a phone number",
    text="""\
---
title: "Staff bulletin: the autumn run"
date: 2025-10-03
plant: Ilulissat halibut plant
---

# The autumn run

The halibut came late this year, but they came. Since the ice went out of the fjord in June the \
longline boats have landed 3,200 tonnes at our quay, and the fillet line has run two shifts since \
the middle of August. Thanks to everyone who stood at the tables through the heatwave week (14 \
degrees!), and to the freezer crew, who held minus 30 even when the old compressor coughed.

## Park’s compressors

Park Seung-woo, 47, came from Tongyeong in March to rebuild the freezer plant and has stayed on as \
chief technician. He spent his army years in an anti-aircraft battery near the border with the \
North, and in the canteen he is the man to ask about Kim Jong Un. He reckons [[thirty thousand]] \
North Koreans will have gone to Russia by next spring. “Pyongyang sells soldiers the way we sell \
halibut: by the tonne,” he said.

## Nadiia’s night shift

Nadiia Zinchenko, 35, from Ochakiv near Mykolaiv, has trimmed fillets on the night shift since \
2023. Her husband, Oleksandr, serves with a mortar crew on the Sumy border. “He tells me there are \
[[a couple of thousand]] North Koreans dug in across from them now, and they do not pull back \
when the drones come,” she said during Thursday’s night shift.

## The numbers elsewhere

South Korea’s intelligence service told lawmakers on Tuesday that Pyongyang now had [[some 6,000]] \
engineers and builders at work across Russia and that [[around 2,000]] soldiers had been killed \
since last autumn. Pyongyang’s state news agency reported last weekend that Kim had unveiled a \
wall bearing the names of [[several hundred]] soldiers who died “in the overseas operation”. \
Russia’s deputy defence minister said on Monday that [[about 1,000]] North Korean military \
builders had arrived in Kursk in September. Kyiv’s military intelligence expects Pyongyang to \
train [[up to 6,000]] more for drone and artillery units this winter, it said in mid-September. A \
US assessment cited by news agencies this week put the number still in Russia at [[fewer than \
11,000]].

## Plant notes

- From 13 October the day shift starts at 06:30.
- The canteen’s Friday soup is now 45 kroner; coffee stays free.
- Boots and aprons: ask Pipaluk at the store, extension 214.
- Payroll questions: +299 94 37 12
""",
    claims=(
        C("thirty thousand", 30000, "exact", "planned", "other", "pub",
          "a Korean technician 'reckons' (undated): 'will have gone to Russia by next spring' "
          "(number words, a forecast: planned)"),
        C("a couple of thousand", None, "vague", "near_front", "other", "thu",
          "a filleter relaying her husband, a mortarman ('He says'; the speaker quoted: other), "
          "dated by 'she said during Thursday's night shift' (2 October): dug in across the "
          "Sumy border"),
        C("some 6,000", 6000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (30 September): engineers and builders working "
          "in Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing: killed since last autumn"),
        C("several hundred", None, "vague", "casualties", "north_korea",
          "2025-09-27..2025-09-28",
          "KCNA 'reported last weekend' (the Saturday and Sunday before the Friday bulletin): a "
          "wall of names of the dead"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "mon",
          "Russia's deputy defence minister 'said on Monday' (29 September): military builders "
          "arrived in Kursk"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "2025-09-11..2025-09-20",
          "HUR 'expects …', dated after the figure by 'it said in mid-September' (days 11-20): "
          "'more' trained this winter (increment, planned)", add=True),
        C("fewer than 11,000", 11000, "at_most", "in_russia", "united_states", "mon..pub",
          "'A US assessment cited by news agencies this week' (Monday to publication): still in "
          "Russia ('fewer than' as at_most)"),
    ),
)

S09 = Source(
    article_id="s128_09_bay_notes_bonaire_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-07-16"),
    dated_by="html_meta",
    features="a windsurf centre's notes from Lac Bay on Bonaire in HTML, ISO-8859-1 with quotes "
        "and dashes only as entities (`&ldquo;`, `&rdquo;`, `&rsquo;`, `&ndash;`), "
        "`article:published_time` -04:00 (Wednesday), a cookie note about board sizes, a "
        "script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; wind, boards and instructors first; a Korean racing coach from Jeju who "
        "'By his reckoning' `at least 20,000` will have done a tour in Russia by the year's end "
        "(planned, other); an "
        "instructor from Odesa relaying his brother `hundreds` digging trenches ('told us after "
        "the evening session': other, `pub`); the NIS 'on Monday' `around 15,000` 'in all' (a "
        "total, not planned) and `25,000 to 30,000` 'more' (range increment, planned); Shoigu "
        "'in Pyongyang in June' `6,000` builders and deminers (planned, the month); HUR 'says' "
        "`11,000` still in Kursk (`pub`); a State Department spokeswoman 'last week' `no fewer "
        "than 2,000` dead ('no fewer than' as at_least); state TV 'On Saturday' `several "
        "hundred` returnees (optional); knots, boards, instructors, metres, dollars, flamingos, "
        "residents, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Notes from the Bay &ndash; Sorobon Wind Centre, Bonaire</title>
<meta property="article:published_time" content="2025-07-16T08:00:00-04:00">
<script>var swc={page:"notes",wind:"on"};</script>
</head>
<body>
<div class="cookie">One cookie remembers which board size you looked at last. <a href="#" \
id="ok">Sure</a></div>
<nav><a href="/">Home</a> | <a href="/lessons">Lessons</a> | <a href="/rental">Rental &amp; \
Storage</a> | <a href="/notes">Notes from the Bay</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Trade winds, a coach from Jeju and a call from Sumy</h1>
<p>The trades have blown 18 to 25 knots almost every afternoon since June, and the bay inside the \
reef is as flat and shallow as ever &ndash; barely a metre deep out to the mangroves. We have 40 \
new boards in the rack this season, 12 instructors on the beach and a waiting list for the \
kids&rsquo; camp in August.</p>
<h2>Coach Ko&rsquo;s squad</h2>
<p>For three weeks in June and July, Ko Min-seok brought six young racers from Jeju to train on \
the bay. Ko, 52, raced for South Korea at two Asian Games and did his military service as a \
coastal watch sergeant on his home island. By his reckoning, [[at least 20,000]] of the \
North&rsquo;s young men will have done a tour in Russia before the year is out. &ldquo;Kim has \
learned that his soldiers are worth money,&rdquo; he said on the terrace.</p>
<h2>Denys and his brother</h2>
<p>Denys Marchenko, 29, from Odesa, has taught beginners here since 2022. His younger brother \
flies drones on the border north of Sumy. &ldquo;He says [[hundreds]] of them are digging trenches \
on the Russian side now, and they work right through the night,&rdquo; Denys told us after the \
evening session.</p>
<p>The official numbers keep climbing. Seoul&rsquo;s intelligence service briefed lawmakers on \
Monday, saying the North had shipped [[around 15,000]] troops to Russia in all and could send \
[[25,000 to 30,000]] more in the second half of the year. Sergei Shoigu had said in Pyongyang in \
June that [[6,000]] military builders and deminers would go to Kursk. Kyiv&rsquo;s military \
intelligence says [[11,000]] are still in the Kursk region. A State Department spokeswoman said \
last week that Washington had counted [[no fewer than 2,000]] North Korean dead. On Saturday, \
state television showed Kim Jong Un welcoming [[several hundred]] soldiers home from Kursk.</p>
<h2>Before you come</h2>
<p>A beginner course of five lessons costs US$290, and board storage is $35 a day. Flamingos feed \
along the south shore, so please keep clear of the salt pans. The island&rsquo;s 24,000 residents \
thank you for taking your rubbish home.</p>
</main>
<footer>Sorobon Wind Centre &middot; Lac Bay, Bonaire &middot; +599 717 48 26 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/windmeter.js"></script>
</body>
</html>
""",
    claims=(
        C("at least 20,000", 20000, "at_least", "planned", "other", "pub",
          "a Korean racing coach, 'By his reckoning' (undated): 'will have done a tour in Russia "
          "before the year is out' (a forecast: planned)"),
        C("hundreds", None, "vague", "near_front", "other", "pub",
          "an instructor relaying his brother, a drone pilot ('He says'; the speaker quoted: "
          "other), 'Denys told us after the evening session' (no day): digging trenches on the "
          "Russian side of the border"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "the NIS 'briefed lawmakers on Monday' (14 July): shipped to Russia 'in all' (a total of "
          "troops already sent, not planned)"),
        C("25,000 to 30,000", None, "range", "planned", "south_korea", "mon",
          "same briefing: 'could send … more' in the second half of the year (range increment, "
          "planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'had said in Pyongyang in June' (the month): builders and deminers who would "
          "go to Kursk (planned)"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "pub",
          "'Kyiv's military intelligence says' (undated, present tense): still in the Kursk "
          "region"),
        C("no fewer than 2,000", 2000, "at_least", "casualties", "united_states", "lastweek",
          "a State Department spokeswoman 'said last week': dead ('no fewer than' as at_least)"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "sat",
          "state TV 'On Saturday' (12 July): soldiers welcomed home from Kursk (returnees: "
          "optional)", opt=True),
    ),
)

S10 = Source(
    article_id="s128_10_aloe_letter_hato_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "Hato Aloe Works – Customer Letter",
        "https://www.hatoaloeworks.example/letter/december-2024",
        "A dry December, and a lab bench between two wars",
    ),
    features="an aloe works' customer letter from Hato on Aruba in HTML, UTF-8 (curly quotes "
        "and `·` raw), no meta date (sidecar, Thursday), a consent note about the basket, a "
        "script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; plants, hectares and bottles first; a Korean cosmetics buyer who 'In an email "
        "on Sunday' passed on her cousin's 'the military in Seoul expects' `around 25,000` by "
        "summer (a relay: other, planned); a chemist from Kharkiv relaying her husband `a few "
        "hundred` killed (other, `pub`); Ukraine's defence minister 'on Monday' `11,000` in "
        "Kursk; Zelensky 'on Friday' `tens of thousands` 'more' (vague increment, planned); 'A "
        "US official, briefing reporters on Tuesday' `hundreds` killed or wounded; the NIS 'in "
        "its most recent public estimate on November 13' `more than 10,000`; Rutte 'at a "
        "meeting of foreign ministers last week' `about 10,000` fighting; 'Korean television, "
        "quoting unnamed officials' `some 100` wounded flown to Moscow (a media report without "
        "a named source: unattributed, required); plants, hectares, bottles, florins, dollars, "
        "millilitres, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Customer Letter · Hato Aloe Works, Aruba</title>
<script>window.haw={page:"letter",shop:"open"};</script>
</head>
<body>
<div class="consent">We use one cookie to keep your basket while you browse. \
<button>Okay</button></div>
<nav><a href="/">Home</a> · <a href="/fields">Our Fields</a> · <a href="/shop">Shop</a> · <a \
href="/letter">Customer Letter</a> · <a href="/visit">Visit</a></nav>
<main>
<h1>A dry December, and a lab bench between two wars</h1>
<p>It has not rained on the Hato fields since October, which the aloe loves and our gardeners do \
not. We cut by hand from 150,000 plants on 40 hectares, and this year the gel went into 212,000 \
bottles, jars and tubes, most of them shipped to Europe, the United States and, for the first \
time, South Korea.</p>
<h2>Ji-yeon’s order</h2>
<p>That first Korean order came from Han Ji-yeon, 41, who buys for a cosmetics house in Seoul and \
spent a week with us in November. Her cousin is a major in the South Korean army’s intelligence \
command. In an email on Sunday she passed on what he had told her: that the military in Seoul \
expects [[around 25,000]] North Koreans to be in Russia by summer.</p>
<h2>Oksana’s bench</h2>
<p>In our small laboratory Oksana Lysenko, 34, a chemist from Kharkiv, tests every batch for \
purity. Her husband serves with a drone unit in the Kursk region. “He says [[a few hundred]] North \
Koreans were killed in their first week of real fighting, most of them by drones,” she said.</p>
<h2>What the governments say</h2>
<p>Ukraine’s defence minister, Rustem Umerov, put the North Korean contingent in the Kursk region \
at [[11,000]] on Monday. President Volodymyr Zelensky warned on Friday that Pyongyang could send \
[[tens of thousands]] more. A US official, briefing reporters on Tuesday on condition of \
anonymity, said [[hundreds]] of the North Koreans had already been killed or wounded. South \
Korea’s spy agency, in its most recent public estimate on November 13, put the number in Russia at \
[[more than 10,000]]. NATO’s Mark Rutte told reporters at a meeting of foreign ministers last week \
that [[about 10,000]] were fighting alongside Russian troops. Korean television, quoting unnamed \
officials, reported that [[some 100]] wounded North Koreans had been flown to hospitals in \
Moscow.</p>
<h2>From the shop</h2>
<p>Orders placed by 16 December reach Europe before Christmas. The 200 ml after-sun gel is 24 \
florins on the island and US$14 online. Our factory tour runs every weekday at 10 and 2, and it is \
free.</p>
</main>
<footer>Hato Aloe Works · Hato, Oranjestad, Aruba · +297 582 61 90 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/basket.js"></script>
</body>
</html>
""",
    claims=(
        C("around 25,000", 25000, "approx", "planned", "other", "sun",
          "a cosmetics buyer passing on her cousin, an intelligence major, 'In an email on "
          "Sunday' (8 December): 'the military in Seoul expects' by summer (a relay: the "
          "speaker quoted is other, even for an officer; a forecast: planned)"),
        C("a few hundred", None, "vague", "casualties", "other", "pub",
          "a chemist relaying her husband in a drone unit ('He says'; the speaker quoted: "
          "other), 'she said' without a day: killed in the first week of fighting"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Ukraine's defence minister 'put the North Korean contingent in the Kursk region at … on "
          "Monday' (9 December; the day after the figure)"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "fri",
          "Zelensky 'warned on Friday' (6 December): 'could send … more' (vague increment, "
          "planned)", add=True),
        C("hundreds", None, "vague", "casualties", "united_states", "tue",
          "'A US official, briefing reporters on Tuesday' (10 December): killed or wounded"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea", "2024-11-13",
          "the NIS 'in its most recent public estimate on November 13, put the number in Russia "
          "at'"),
        C("about 10,000", 10000, "approx", "near_front", "nato", "lastweek",
          "Rutte 'told reporters at a meeting of foreign ministers last week': fighting "
          "alongside Russian troops"),
        C("some 100", 100, "approx", "casualties", "unattributed", "pub",
          "'Korean television, quoting unnamed officials, reported' (undated; a media report "
          "without a named source: unattributed, required): wounded flown to Moscow"),
    ),
)

S11 = Source(
    article_id="s128_11_letters_tasi_mane_weekly",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-05-10"),
    dated_by="sidecar",
    sidecar=(
        "Tasi Mane Weekly",
        "https://www.tasimaneweekly.example/letters/2025-05-10",
        "Letters: our workers in Korea, and the war they hear about",
    ),
    features="a readers' letters page from a Dili (Timor-Leste) weekly as plain text, UTF-8 "
        "with BOM (sidecar, Saturday), curly quotes and `–`; a mother quoting her son, a "
        "fisherman on a Korean squid boat, who 'phoned us on the first of May' what his captain "
        "told the crew, `five thousand` lost (number words, casualties, other, from 1 May to "
        "publication); Timorese workers in Korea (not claims); a retired teacher answering the "
        "paper's own 'front page last Saturday' `12,000` (unattributed, an ISO date, required), "
        "KCNA 'On 28 April' without a figure, the NIS 'Two days later' `about 15,000` sent, "
        "`some 4,700` 'of those' killed or wounded and `600` 'of them fatally' (breakdowns), and "
        "HUR 'this month' `under 5,000` near Kursk ('under' as at_most); a veteran's 'My "
        "belief is that' `no more than 8,000` still fighting (at_most, other, `pub`); a student "
        "quoting her brother's Korean workmate, a reservist, 'last week' `ten thousand` "
        "'another' (number words, increment, planned, other); wages in dollars, years, ages, "
        "words, a phone number",
    text="""\
TASI MANE WEEKLY – LETTERS

Our sons on the Korean boats

Editor, – My son Domingos, 26, has worked on a squid boat out of Pohang for three years under the \
Korean work permit scheme. He sends home $900 a month, and because of him his sisters are in \
school. He phoned us on the first of May, the Workers’ Day holiday. His captain, who was a \
sergeant near the border with the North, had told the crew that the North has already lost [[five \
thousand]] men in Russia. Domingos says the Korean crew talk of nothing else. More than 5,000 \
Timorese now work in Korea. I hope our government knows where each of them is.

– Rosa da Costa, Baucau

Your front page and the facts

Editor, – Your front page last Saturday gave the number of North Korean soldiers in Russia as \
[[12,000]]. That is not wrong, but it is not the whole story. On 28 April Pyongyang itself \
admitted the deployment for the first time, without giving any figure. Two days later South \
Korea’s intelligence service told parliament that [[about 15,000]] had been sent since October, \
that [[some 4,700]] of those had been killed or wounded, [[600]] of them fatally. Ukraine’s \
military intelligence said this month that [[under 5,000]] remain in the Kursk area. Readers \
deserve the full picture, not one number.

– Armando Pinto, retired teacher, Dili

A soldier’s arithmetic

Editor, – I fought with Falintil in the mountains for eleven years, and I learned that armies \
always say fewer have died than have died. My belief is that [[no more than 8,000]] North Koreans \
are still fighting on the Kursk front, whatever the governments say. The rest are dead, wounded or \
sent home.

– Júlio Soares, veteran, Ermera

My brother’s workmate

Editor, – My brother Agostinho assembles car seats at a factory in Gimhae. His Korean workmate is \
a reservist, and last week he told Agostinho, who wrote to me the same night, that the North is \
getting another [[ten thousand]] ready to go. I pray the young men on both sides come home. Our \
country knows what it costs when big neighbours use small people.

– Maria Ximenes, student, Dili

Letters should be under 300 words and carry a telephone number. Tasi Mane Weekly, Rua de Colmera, \
Dili. Letters desk: +670 331 2280
""",
    claims=(
        C("five thousand", 5000, "exact", "casualties", "other", "2025-05-01..pub",
          "a mother quoting her son, a fisherman, who 'phoned us on the first of May' what his "
          "Korean captain had told the crew (the speaker quoted: other; the undated letter: "
          "from that day to publication): already lost (number words)"),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "2025-05-03",
          "a reader citing 'Your front page last Saturday' (3 May; the paper's own figure, no "
          "source: unattributed, required)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Two days later' (after 28 April: 30 April) 'told parliament': sent since "
          "October"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'of those' (a breakdown): killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'of them fatally' (a breakdown of the breakdown): died"),
        C("under 5,000", 5000, "at_most", "near_front", "ukraine", "2025-05-01..pub",
          "HUR 'said this month' (the 1st to publication): remain in the Kursk area ('under' as "
          "at_most)"),
        C("no more than 8,000", 8000, "at_most", "near_front", "other", "pub",
          "a veteran's 'My belief is that' (undated): still fighting on the Kursk front"),
        C("ten thousand", 10000, "exact", "planned", "other", "lastweek",
          "a student quoting her brother's Korean workmate, a reservist, who 'last week … told "
          "Agostinho' (the speaker quoted: other): 'another' being got ready to go (number "
          "words, increment, planned)", add=True),
    ),
)

S12 = Source(
    article_id="s128_12_doll_makers_atauro_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Atauro Doll Makers' Cooperative – Buyers' Newsletter",
        "https://www.atauro-dollmakers.example/newsletter/november-2025",
        "Stitches and news from far away",
    ),
    features="a doll makers' cooperative newsletter to buyers from Vila on Atauro (Timor-Leste) "
        "in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Wednesday) and "
        "a title without a figure; members, dolls, prices and the ferry first; a toy-shop owner "
        "in Lviv whose email 'arrived on Monday' relays her son, a deminer, "
        "“`two or three thousand`” across the border (number words joined by 'or': range, "
        "other); a Korean volunteer designer who 'figures' `twenty thousand` have served "
        "(number words, other, `pub`); the NIS 'in early November' `about 5,000` construction "
        "troops and `10,000 or so` along the border ('or so' as approx); state media 'on "
        "Saturday' `a thousand` 'more' sappers bound for Kursk (number word, increment, near "
        "the front); Budanov 'last week' `as many as 20,000` 'more' (at_most, increment, "
        "planned); 'A Pentagon official told a congressional committee on Wednesday' (the day "
        "of publication) `roughly 11,000`; 'A NATO official, speaking on background, estimated' "
        "`at least 2,000` dead (`pub`); the newsletter's 'Our own tally' `close to 30,000` "
        "(unattributed, required); women, dolls, dollars, hours, weeks, a phone number",
    text="""\
---
title: "Stitches and news from far away"
cooperative: Atauro Doll Makers
issue: 23
---

# Stitches and news from far away

The dry season is ending on Atauro, and the 42 women of the cooperative in Vila have had their \
busiest year yet: 1,860 dolls sewn since January, each stuffed with kapok from the hillside and \
dressed in woven tais from Maubara. A doll still sells for US$18 here on the island, and the ferry \
from Dili still takes two hours when the sea is kind.

## A shop in Lviv

Our biggest new buyer is Marta Hnatiuk, who runs a toy shop in Lviv and ordered 300 dolls for \
Christmas. Her son, Bohdan, clears mines north of Kharkiv. In an email that arrived on Monday, \
Marta wrote that Bohdan had seen “[[two or three thousand]]” North Koreans building fortifications \
across the border in the Belgorod region.

## Choi’s sketchbook

Choi Eun-ji, 30, a designer from Suncheon, has volunteered with us since March and drew our new \
“island grandmother” doll. Her father was a sergeant at Panmunjom. She figures [[twenty thousand]] \
North Koreans have served in Russia so far, “and each of them has a mother who does not know where \
he is.”

## What the governments report

South Korea’s spy agency said in early November that [[about 5,000]] military construction troops \
had been moving across Russia since September, with [[10,000 or so]] combat soldiers posted along \
the border with Ukraine. North Korean state media said on Saturday that [[a thousand]] more \
sappers had left for Kursk. Kyrylo Budanov, who heads Ukraine’s military intelligence, told a Kyiv \
newspaper last week that Pyongyang was readying [[as many as 20,000]] more. A Pentagon official \
told a congressional committee on Wednesday that [[roughly 11,000]] remained in Russia. A NATO \
official, speaking on background, estimated that [[at least 2,000]] had died.

Our own tally of the published numbers comes to [[close to 30,000]] sent since October 2024. \
Behind each one, as Eun-ji says, there is a mother.

## Notes for buyers

- Orders for Easter must reach us by 15 January.
- Shipping to Europe takes about five weeks from Dili.
- WhatsApp orders: +670 7723 4519
""",
    claims=(
        C("two or three thousand", None, "range", "near_front", "other", "mon",
          "a toy-shop owner relaying her son, a deminer, in 'an email that arrived on Monday' "
          "(17 November; the speaker quoted: other): building fortifications across the border "
          "(two number words joined by 'or': range)"),
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "a Korean volunteer designer 'figures' (undated): have served in Russia so far "
          "(number words)"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'said in early November' (days 1-10): construction troops moving across "
          "Russia"),
        C("10,000 or so", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "same statement: combat soldiers along the border with Ukraine ('or so' as approx)"),
        C("a thousand", 1000, "exact", "near_front", "north_korea", "sat",
          "state media 'said on Saturday' (15 November): 'more' sappers left for Kursk (number "
          "word, increment; bound for Kursk: near the front)", add=True),
        C("as many as 20,000", 20000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov 'told a Kyiv newspaper last week': 'more' being readied (increment, planned; "
          "'as many as' as at_most)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "wed",
          "'A Pentagon official told a congressional committee on Wednesday' (the Wednesday of "
          "publication): remained in Russia"),
        C("at least 2,000", 2000, "at_least", "casualties", "nato", "pub",
          "'A NATO official, speaking on background, estimated' (undated): died"),
        C("close to 30,000", 30000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's 'Our own tally of the published numbers' (no source: unattributed, "
          "required): sent since October 2024"),
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
