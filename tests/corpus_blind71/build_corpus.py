"""Build the SEVENTY-FIRST BLIND corpus: articles, sidecar, gold (`python build_corpus.py`).

The seventy-third corpus for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Heppenheim
daily's local page on a retired colonel's talk, a Wetterau radio station's web text on a
Ukrainian ice-hockey defenceman, a Flachgau weekly (Austrian) on a former OSCE monitor, a
Rapperswil-Jona paper (Swiss) with a Korea scholar from Jona, an Alpine club section's
newsletter on its Carpathian partner club and a Giessen student radio's show notes; a Port
Hedland daily's world page with the iron-ore angle, a community news sheet from the Isle of Rum,
a Montana stockmen's paper on Korean beef buyers, a Gozo weekly with a retired seafarer, a Cocos
(Keeling) Islands page and a Berbera corridor trade newsletter. Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an
article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table
are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares
state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind71_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

R01 = Source(
    article_id="r71_01_heppenheim_oberst_vhs_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="Heppenheim daily's local page in HTML (`article:published_time` with +01:00, a "
        "byline line 'Donnerstag, 7. November 2024', a page script with a word count, a consent "
        "box 'Kekse backen lassen' / 'Lieber trockenes Brot' with 61 partners, town navigation, "
        "footer with a phone number); `<title>` figure (optional); headline 'Pentagon:' from "
        "Singh 'am Montag' (Monday to publication) with the figure before the speaker; 'Insgesamt "
        "seien' carried by Konjunktiv; Zelensky's video 'vom Dienstagabend' after a colon; a "
        "retired colonel's talk 'am Mittwochabend' citing the NIS figure 'schon im Oktober' (X "
        "citing Y: south_korea, October) and his own vague increment „Zehntausende“ (other); the "
        "JCS 'am Donnerstagmorgen' (publication day) with a breakdown; Bundeswehr strength, "
        "Russian losses a day, audience, age, years",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon: [[8000]] Nordkoreaner bei Kursk – Oberst a. D. warnt in Heppenheim | \
Kreisstadt-Kurier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Kreisstadt-Kurier">
<meta property="article:published_time" content="2024-11-07T05:50:00+01:00">
<script>var kkPage={id:"hp-55821",rubrik:"region",abo:false,woerter:547};</script>
</head>
<body>
<div class="cmp-box" role="dialog">Damit wir Ihnen Nachrichten von der Bergstraße und aus aller \
Welt kostenlos zeigen können, arbeiten wir mit 61 Werbepartnern zusammen. <button>Kekse backen \
lassen</button> <button>Lieber trockenes Brot</button></div>
<nav><a href="/">Start</a> · <a href="/heppenheim">Heppenheim</a> · <a \
href="/bensheim">Bensheim</a> · <a href="/lorsch">Lorsch</a> · <a href="/welt">Welt</a></nav>
<article>
<h1>Pentagon: [[8000]] Nordkoreaner bei Kursk – Heppenheimer Oberst a.&nbsp;D. warnt vor einer \
„neuen Qualität“</h1>
<p class="meta">Von Sabine Kettler · Donnerstag, 7. November 2024</p>
<p>Das US-Verteidigungsministerium geht inzwischen davon aus, dass [[rund 8000]] nordkoreanische \
Soldaten in der westrussischen Grenzregion Kursk stehen. Sprecherin Sabrina Singh bekräftigte \
diese Einschätzung am Montag in Washington. Insgesamt seien [[mehr als 10.000]] Soldaten aus dem \
abgeschotteten Land nach Russland verlegt worden, die meisten zunächst auf Truppenübungsplätze im \
Fernen Osten.</p>
<p>Wolodymyr Selenskyj ging in seiner Videoansprache vom Dienstagabend noch weiter: [[11.000]] \
Nordkoreaner befänden sich „bereits im Gebiet Kursk“, erste Einheiten seien in Gefechte \
verwickelt worden.</p>
<h2>Vortrag im Kurfürstensaal</h2>
<p>Wie ernst die Lage ist, erklärte am Mittwochabend Reinhard Ziegler, Oberst außer Dienst und \
lange Jahre Verbindungsoffizier im Nato-Hauptquartier, vor gut 120 Zuhörern im Kurfürstensaal. \
Der 71-Jährige, der seit 1998 in Heppenheim lebt, sprach auf Einladung der Volkshochschule. Die \
Zahl von [[etwa 12.000]] Mann, die Pjöngjang bis Jahresende nach Russland schicken wolle, habe \
Südkoreas Nachrichtendienst schon im Oktober genannt, erinnerte Ziegler. „Das ist kein Symbol \
mehr, das ist ein Kontingent.“</p>
<p>Der Offizier hält es für gut möglich, dass Kim Jong Un im Frühjahr „[[Zehntausende]]“ \
nachschiebt, wenn Moskau dafür mit Öl, Devisen und Raketentechnik bezahlt. Zum Vergleich: Die \
Bundeswehr zählt derzeit rund 181.000 Soldatinnen und Soldaten. Russland verliere an der Front \
nach britischen Schätzungen täglich mehr als 1.200 Mann an Toten und Verwundeten.</p>
<p>Aus Seoul kam am Donnerstagmorgen ein weiteres Detail: Unter den nach Kursk verlegten Truppen \
befänden sich auch [[mehrere hundert]] Offiziere, teilte der Generalstab mit. Der Kreml \
bestreitet den Einsatz bis heute. Eine Besucherin wollte von Ziegler wissen, ob die Nato nun \
selbst eingreifen müsse. Der Oberst winkte ab: Das sei „genau die Eskalation, auf die Moskau \
wartet“.</p>
</article>
<aside><h3>Auch interessant</h3><ul><li>Weinlagen an der Bergstraße: Die Lese ist \
eingebracht</li><li>B3-Baustelle: Umleitung bis 15. Dezember</li></ul></aside>
<footer>© 2024 Kreisstadt-Kurier · Lehrstraße 4, 64646 Heppenheim · Leserservice 06252 9914-0 · \
<a href="/impressum">Impressum</a></footer>
<script src="/static/kk-app.js?build=2411" defer></script>
</body>
</html>
""",
    claims=(
        C("8000", 8000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("8000", 8000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:' from Singh's Monday statement in the lead"),
        C("rund 8000", 8000, "approx", "near_front", "united_states", "mon",
          "Pentagon 'geht davon aus', Singh 'am Montag' in the next sentence: in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "'Insgesamt seien' (Konjunktiv carries Singh): moved to Russia"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky's video 'vom Dienstagabend', figure after the colon: in the Kursk region"),
        C("etwa 12.000", 12000, "approx", "planned", "south_korea", "2024-10-01..2024-10-31",
          "the colonel recalls the NIS figure 'schon im Oktober' (X citing Y): to be sent by "
          "year's end"),
        C("Zehntausende", None, "vague", "planned", "other", "wed..pub",
          "retired colonel at Wednesday evening's talk, present tense 'hält es für gut möglich' "
          "(Wednesday to publication): 'nachschiebt' (more on top)", add=True),
        C("mehrere hundert", None, "vague", "near_front", "south_korea", "thu",
          "JCS 'am Donnerstagmorgen' (publication day): officers among the troops in Kursk "
          "(breakdown)"),
    ),
)

R02 = Source(
    article_id="r71_02_wetterau_welle_eishockey_cousin",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "WetterauWelle",
        "https://www.wetterauwelle.example/nachrichten/bad-nauheim-verteidiger-cousin-kursk-4471",
        "Seoul: Rund 300 Nordkoreaner bei Kursk getötet",
    ),
    features="Wetterau radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, Friday; a "
        "'Stand:' line); a Ukrainian defenceman of the Bad Nauheim ice-hockey club whose cousin "
        "fights near Sumy; headline 'Seoul:' from the NIS 'am Montag'; figures first, the "
        "lawmaker who passed them on in the next sentence; `2.700` wounded after the dead (not "
        "an increment); 'Von den etwa 11.000' in Konjunktiv; sentence-initial number word "
        "`Zwei` captured 'am vergangenen Samstag'; Zelensky 'Schon vor Weihnachten'; HUR "
        "undated (`pub`); the White House 'am Dienstag' in ‚…‘; score, spectators, age, "
        "donations in euros, a fraction, air time, hotline",
    text="""\
Seoul: [[Rund 300]] Nordkoreaner bei Kursk getötet – Bad Nauheimer Verteidiger bangt um seinen \
Cousin

Stand: 17.01.2025, 16:20 Uhr

Bad Nauheim/Seoul – Wenn Dmytro Holowko nach dem Training in der Eishalle sein Handy einschaltet, \
sucht er zuerst nach einer Nachricht aus Sumy. Sein Cousin kämpft seit dem Sommer im Gebiet \
Kursk, seit Dezember auch gegen Soldaten aus Nordkorea. „Er schreibt nicht viel. Manchmal schickt \
er nur einen Daumen“, sagt der 27 Jahre alte Verteidiger des Zweitligisten aus der Kurstadt.

Wie hoch der Preis für Pjöngjang inzwischen ist, hat am Montag Südkoreas Auslandsgeheimdienst NIS \
dargelegt. [[Rund 300]] nordkoreanische Soldaten seien bislang gefallen, [[2.700]] weitere \
verwundet. Weitergegeben hat die Zahlen der Abgeordnete Lee Seong Kweun nach einer \
nichtöffentlichen Sitzung des Geheimdienstausschusses. Gemessen an den [[etwa 11.000]] Soldaten, \
die Kim Jong Un nach Russland geschickt habe, falle damit mehr als jeder vierte Mann aus. \
Offenbar würden die Männer angewiesen, sich eher selbst zu töten als in Gefangenschaft zu geraten.

[[Zwei]] nordkoreanische Kämpfer hat die ukrainische Armee am vergangenen Samstag dennoch lebend \
festgenommen; Präsident Wolodymyr Selenskyj ließ Videos ihrer Befragung veröffentlichen. Schon \
vor Weihnachten hatte er die Verluste der Nordkoreaner auf [[mehr als 3.000]] Tote und Verletzte \
beziffert. Nach Einschätzung des Militärgeheimdienstes HUR in Kiew sind derzeit [[knapp 11.000]] \
Nordkoreaner im Gebiet Kursk im Einsatz.

Aus Washington hieß es am Dienstag, Pjöngjang habe ‚[[mehrere hundert]]‘ Gefallene zu beklagen. \
So äußerte sich John Kirby, Sprecher des Nationalen Sicherheitsrats im Weißen Haus.

Holowko hat die Nachrichten aus Seoul am Montagabend im Mannschaftsbus gelesen, auf der Rückfahrt \
vom 4:2-Sieg in Kassel vor 3.400 Zuschauern. „Ich kenne die Gegend um Sudscha von Fotos meines \
Cousins. Dass dort jetzt Leute aus Nordkorea liegen, ist für mich immer noch unwirklich.“ Die \
Fans des Clubs haben beim letzten Heimspiel 1.850 Euro für Stromgeneratoren in Sumy gesammelt.

Das ganze Gespräch mit Dmytro Holowko hören Sie am Samstag ab 9 Uhr in „Wetterau am Wochenende“. \
Hinweise an die Redaktion: 06031 74850.
""",
    claims=(
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:' from the NIS figure of Monday in the body: killed"),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag' (previous sentence), Konjunktiv; the lawmaker who passed it on is "
          "named after the figures: killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: 'weitere verwundet' = the others of the same count (not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, Konjunktiv 'geschickt habe': sent to Russia"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat",
          "sentence-initial number word: captured by Ukraine's army 'am vergangenen Samstag' "
          "(Jan 11), shown by Zelensky"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-01..2024-12-24",
          "Zelensky 'Schon vor Weihnachten': dead and wounded"),
        C("knapp 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Einschätzung' without a date: in the Kursk region"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "tue",
          "'Aus Washington hieß es am Dienstag', the speaker (Kirby) in the next sentence: dead"),
    ),
)

R03 = Source(
    article_id="r71_03_flachgau_osze_beobachterin_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-02-26"),
    dated_by="front_matter", crlf=True,
    features="Flachgau weekly (Austrian) in Markdown, windows-1252 with CRLF, front matter with "
        "`date:` and a title figure (optional); 'Feber', 'Jänner', 'heuer'; headline from the "
        "SSO figure 'am 10. Feber' (window to publication); NIS 'am Donnerstag vergangener "
        "Woche' (Feb 20) carried by Konjunktiv to two figures; a former OSCE monitor from "
        "Seekirchen at a talk 'am Freitag' (other: `bis zu 10.000` weitere, increment) relaying "
        "Kiev's 'Im Jänner' figure (X citing Y: ukraine, January); the Pentagon 'Anfang Feber' "
        "in ‚…‘; monitoring months, distance, audience, age, Bundesheer strength, next date",
    text="""\
---
title: "Nach [[4.000]] Ausfällen: Nordkoreas Soldaten von der Kursk-Front verschwunden"
date: 2025-02-26
ressort: Welt & Flachgau
autor: Johann Pirker
---

# Nach [[4.000]] Ausfällen: Nordkoreas Soldaten von der Kursk-Front verschwunden

**Seekirchen.** Seit Mitte Feber tauchen nordkoreanische Einheiten an den Frontabschnitten rund \
um Kursk praktisch nicht mehr auf. Eine Seekirchnerin, die 14 Monate lang als Beobachterin der \
OSZE in der Ostukraine unterwegs war, hält das allerdings nur für eine Atempause.

Die ukrainischen Spezialkräfte SSO hatten am 10. Feber gemeldet, die Nordkoreaner hätten [[rund \
4.000]] Mann durch Tod oder Verwundung verloren. Südkoreas Geheimdienst NIS bestätigte am \
Donnerstag vergangener Woche den Rückzug: Seit etwa drei Wochen seien die Truppen nicht mehr in \
Gefechte verwickelt. Von den [[etwa 11.000]] entsandten Soldaten seien nach seinen Erkenntnissen \
[[mehr als 1.000]] gefallen, vor allem durch Drohnenangriffe. Auch das Pentagon hatte Anfang \
Feber von ‚[[einigen tausend]]‘ Toten und Verwundeten gesprochen.

## „Die kommen wieder“

„Heuer wird Pjöngjang noch einmal nachlegen“, sagte Brigitte Lerchner am Freitag bei einem \
Vortrag im Pfarrsaal von Seekirchen am Wallersee vor rund 60 Zuhörerinnen und Zuhörern. Die \
58-Jährige rechnet mit [[bis zu 10.000]] weiteren Soldaten bis zum Sommer. Russland brauche die \
Männer, weil es die Gegenoffensive im Gebiet Kursk bis zum Frühjahr abschließen wolle.

Im Jänner habe Kiew die Ausfälle auf [[rund 3.800]] beziffert, erinnerte Lerchner. Dass die Zahl \
seither gestiegen sei, überrasche sie nicht: „Man hat diese jungen Männer über offene \
Schneefelder laufen lassen.“

Von Seekirchen bis Kramatorsk sind es rund 1.800 Kilometer, die Lerchner mehrmals mit dem Auto \
gefahren ist. Das Bundesheer, bei dem sie vor ihrer OSZE-Zeit als Milizoffizierin diente, hat \
eine Mobilmachungsstärke von 55.000 Personen.

Der nächste Abend der Reihe „Flachgau und die Welt“ findet am 12. März im Pfarrsaal statt, der \
Eintritt ist frei.
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "2025-02-10..pub",
          "front-matter `title:` (metadata) restating the headline", opt=True),
        C("4.000", 4000, "exact", "casualties", "ukraine", "2025-02-10..pub",
          "headline from the SSO figure of Feb 10 in the body: lost (dead or wounded)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-10",
          "SSO 'am 10. Feber' (Austrian month name), Konjunktiv"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-20",
          "NIS 'am Donnerstag vergangener Woche' (Thursday of the week before a Wednesday "
          "article), Konjunktiv: sent"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "south_korea", "2025-02-20",
          "same NIS statement ('nach seinen Erkenntnissen'): killed"),
        C("einigen tausend", None, "vague", "casualties", "united_states",
          "2025-02-01..2025-02-10", "Pentagon 'Anfang Feber' in ‚…‘: dead and wounded"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "fri",
          "former OSCE monitor at Friday's talk: 'weiteren Soldaten' expected by summer",
          add=True),
        C("rund 3.800", 3800, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "the monitor recalls Kiev's 'Im Jänner' figure (X citing Y): casualties"),
    ),
)

R04 = Source(
    article_id="r71_04_obersee_koreakenner_jona",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-04-30"),
    dated_by="dateline",
    features="Rapperswil-Jona paper (Swiss) as plain text in ISO-8859-1 (no ß, «», `4700`, "
        "`14'000`, `10'000`, `12'000`, `20'000`, `27'000` inhabitants), dated by the dateline "
        "'Rapperswil-Jona, 30. April 2025 -'; "
        "headline 'Seoul:' in «» from the NIS 'am Mittwoch' (publication day) with a breakdown "
        "'darunter rund 600'; Gerasimov 'am Samstag' «Tausende» (russia); KCNA 'Zwei Tage "
        "später' without a figure; Washington 'Mitte April'; a Jona-born Korea scholar in Seoul "
        "reached 'am Dienstag' (other: a range, and 'nochmals 20'000' in a quote, increment); "
        "Zelensky 'am Montagabend'; inhabitants, time difference, francs, years, age",
    text="""\
Seoul: «[[4700]]» Nordkoreaner getötet oder verletzt

Moskau und Pjöngjang räumen den Kampfeinsatz ein - ein Koreakenner aus Jona ordnet ein

Rapperswil-Jona, 30. April 2025 - Was monatelang bestritten wurde, ist nun offiziell: Russland \
und Nordkorea haben den Einsatz nordkoreanischer Soldaten im russischen Gebiet Kursk bestätigt. \
Und Seoul legt neue Verlustzahlen vor.

Der südkoreanische Nachrichtendienst schätzte am Mittwoch, dass bisher [[etwa 4700]] \
nordkoreanische Soldaten getötet oder verletzt worden sind, darunter [[rund 600]] Gefallene. \
Russlands Generalstabschef Waleri Gerassimow hatte am Samstag vor laufender Kamera «[[Tausende]]» \
Kämpfer aus dem Bruderland gelobt, die bei der «Befreiung» des Gebiets geholfen hätten. Zwei Tage \
später meldete die Staatsagentur KCNA, Kim Jong Un habe die Entsendung persönlich angeordnet; \
Zahlen nannte sie keine. Washington hatte Mitte April von [[über 14'000]] entsandten Soldaten \
gesprochen.

Für Lukas Hardegger ist das alles keine Überraschung. Der 44-jährige Joner lehrt seit zwölf \
Jahren an einer Universität in Seoul; die Redaktion erreichte ihn am Dienstag per Telefon, sieben \
Stunden Zeitverschiebung inklusive. Hardegger schätzt, dass derzeit [[zwischen 10'000 und \
12'000]] Nordkoreaner in Russland stehen. «Pjöngjang könnte ohne Mühe nochmals [[20'000]] \
schicken, wenn Moskau genug dafür bezahlt», sagt er. Für das Regime sei der Krieg ein Geschäft: \
Devisen, Erdöl, Know-how für Raketen.

Aus Kiew hiess es, die tatsächlichen Verluste lägen noch höher. Präsident Wolodymyr Selenskyj \
sprach am Montagabend von «[[mehr als 5000]]» toten und verwundeten Nordkoreanern.

In Jona, das mit Rapperswil seit 2007 eine Stadt von gut 27'000 Einwohnern bildet, verfolgt man \
die Karriere des Auswanderers mit Stolz. Sein Vater führte bis 2019 eine Schreinerei an der \
Kreuzstrasse. Der Kanton St. Gallen hat seit Kriegsbeginn 2,5 Millionen Franken für Projekte in \
der Ukraine gesprochen, darunter Stromaggregate und Schulcontainer.

Hardegger kommt im Juli für einen Vortrag an den Obersee. Ob er dann über Korea oder über \
Russland sprechen werde, wisse er noch nicht: «Das ist im Moment leider dasselbe Thema.»
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul:' in «» from the NIS figure of Wednesday (publication day): killed or "
          "wounded"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'schätzte am Mittwoch' (publication day)"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'darunter … Gefallene' (breakdown of the casualties)"),
        C("Tausende", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'am Samstag' in «»: fighters who helped retake the region"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states",
          "2025-04-11..2025-04-20", "'Washington hatte Mitte April' (days 11-20): sent"),
        C("zwischen 10'000 und 12'000", None, "range", "in_russia", "other", "tue",
          "Jona-born scholar in Seoul reached by phone 'am Dienstag': in Russia now"),
        C("20'000", 20000, "exact", "planned", "other", "tue",
          "same scholar in «…», 'nochmals … schicken' (could send more)", add=True),
        C("mehr als 5000", 5000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'am Montagabend' in «»: dead and wounded"),
    ),
)

R05 = Source(
    article_id="r71_05_alpenverein_sektion_partnerhuette_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "Sektion Isartal – Mitteilungen",
        "https://www.sektion-isartal.example/mitteilungen/2025-3/gruesse-aus-der-tschornohora",
        "Grüße aus der Tschornohora",
    ),
    features="Alpine club section's newsletter in Markdown, UTF-8 with BOM, front matter without "
        "a date (sidecar, Thursday); its partner club in the Ukrainian Carpathians, a guide now "
        "serving as a sapper; Shoigu 'Mitte Juni' (russia: `6.000`, with `1.000` of them as "
        "deminers, planned); Zelensky 'am Dienstag'; CNN 'am Mittwoch' citing Ukrainian "
        "intelligence (X citing Y: ukraine, range increment); the NIS 'im Mai' `mehrere "
        "tausend` zusätzliche (vague increment); Rutte at the summit 'Ende Juni'; a reminder "
        "without a source (optional framing); members, donations in euros, altitude, "
        "participants, generators, phone",
    text="""\
---
rubrik: Aus der Sektion
ausgabe: 3/2025
autorin: Veronika Stadler
---

# Grüße aus der Tschornohora – und schlechte Nachrichten von der Front

Seit 2019 ist unsere Sektion mit dem Bergsteigerclub „Howerla“ in Jaremtsche verbunden. Wer die \
Sommertour 2021 mitgemacht hat, erinnert sich an Taras, der 46 Teilnehmende in drei Gruppen über \
den Hauptkamm geführt hat. Taras dient seit dem Frühjahr als Pionier bei Sumy. Er lässt alle \
grüßen und bedankt sich für die drei Stromgeneratoren, die wir im Winter über Lwiw schicken \
konnten.

Die Spendenaktion für die Partnerhütte hat bis Ende Juni 23.400 Euro erbracht. Ein herzliches \
Vergelt's Gott an alle, die gegeben haben!

## Was sich im Krieg gerade tut

Mitte Juni reiste Sergej Schoigu, Sekretär des russischen Sicherheitsrats, nach Pjöngjang. \
Anschließend verkündete er, Nordkorea werde [[6.000]] Soldaten in die Region Kursk schicken, \
[[1.000]] davon als Minenräumer, die übrigen als Bautrupps für zerstörte Straßen und Brücken. Für \
Taras, der bei Sumy selbst Minen räumt, ist das eine bittere Ironie.

Zur Erinnerung: Im Herbst 2024 waren [[rund 11.000]] Soldaten aus Nordkorea nach Russland \
gekommen. Präsident Selenskyj sagte am Dienstag, derzeit kämpften [[rund 10.000]] Nordkoreaner an \
der Seite russischer Truppen im Grenzgebiet. Am Mittwoch berichtete der US-Sender CNN unter \
Berufung auf ukrainische Geheimdienstkreise, in den kommenden Monaten könnten [[25.000 bis \
30.000]] zusätzliche Soldaten folgen.

Südkoreas Auslandsnachrichtendienst war schon im Mai davon ausgegangen, dass Pjöngjang [[mehrere \
tausend]] zusätzliche Soldaten schicken wird, vor allem Pioniere. Nato-Generalsekretär Mark Rutte \
sprach beim Gipfel in Den Haag Ende Juni von [[mehr als 10.000]] Nordkoreanern, die in Russland \
stationiert seien.

## Termine

- Jahreshauptversammlung: Donnerstag, 17. Juli, 19.30 Uhr, Gasthof zur Post
- Klettersteigkurs für Einsteiger (max. 8 Personen), Anmeldung über die Geschäftsstelle
- Die Sektion zählt aktuell 14.200 Mitglieder, so viele wie nie zuvor.

Geschäftsstelle: Mo–Do 10–13 Uhr, Telefon 08171 4488-20. Die Howerla ist mit 2.061 Metern der \
höchste Berg der Ukraine – wir kommen wieder, versprochen.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu after his trip 'Mitte Juni' (days 11-20): will send to the Kursk region"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same statement, 'davon als Minenräumer' (breakdown of the 6.000)"),
        C("rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'Zur Erinnerung' reminder without a source (reporter framing)", opt=True),
        C("rund 10.000", 10000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstag', Konjunktiv: fighting in the border area"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "wed",
          "CNN 'am Mittwoch' 'unter Berufung auf ukrainische Geheimdienstkreise' (X citing Y): "
          "'zusätzliche' could follow", add=True),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "2025-05-01..2025-05-31",
          "NIS 'schon im Mai davon ausgegangen': 'zusätzliche' to be sent", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte at the summit 'Ende Juni' (days 21-30): stationed in Russia"),
    ),
)

R06 = Source(
    article_id="r71_06_giessen_hochschulradio_weltempfaenger_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-10-09"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Welle 35 – Hochschulradio Gießen",
        "",
        "Rund 2.000 Tote: Was Nordkoreas Russland-Einsatz gekostet hat",
    ),
    features="Giessen student radio's show notes in HTML, windows-1252 with CRLF, no meta date "
        "(sidecar without url, Thursday), a cookie box 'Her mit den Krümeln' / 'Krümelfrei "
        "weiter', a player script, programme navigation; `<title>` figure (optional); headline "
        "`Rund 2.000` from the NIS 'Anfang September' (window to publication); 'so der Dienst' "
        "with 'weitere 5.000' builders (increment); the party paper 'am 22. August' "
        "`Dutzende` fallen honoured (north_korea); a JLU political scientist 'bei uns im "
        "Studio' on Tuesday evening's show (other); HUR 'nach einer Mitteilung vom Montag'; the "
        "State Department 'im September' in ‚…‘; FM frequency, team size, show length, "
        "funding, students, podcast episode, Russian losses",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>[[Rund 2.000]] Tote: Was Nordkoreas Russland-Einsatz gekostet hat – Welle 35</title>
<link rel="stylesheet" href="/css/welle35.css?v=12">
<script src="/js/livestream-player.min.js" defer></script>
</head>
<body>
<div id="kekse">Wir speichern Cookies nur für den Live-Player und eine anonyme Hörerstatistik. \
<button>Her mit den Krümeln</button> <button>Krümelfrei weiter</button></div>
<header><a href="/" class="logo">Welle 35</a> <nav><a href="/live">Live hören</a> | <a \
href="/sendungen">Sendungen</a> | <a href="/mitmachen">Mitmachen</a> | <a \
href="/podcast">Podcast</a></nav></header>
<main>
<article>
<p class="rubrik">Weltempfänger · Politik</p>
<h1>[[Rund 2.000]] Tote: Was Nordkoreas Russland-Einsatz gekostet hat</h1>
<p class="teaser">In unserer Sendung „Weltempfänger“ am Dienstagabend haben wir mit dem Gießener \
Politikwissenschaftler Dr. Jonas Albrecht über Kim Jong Uns Soldaten in Russland gesprochen. Hier \
das Wichtigste zum Nachlesen.</p>
<p>Anfang September hat Südkoreas Auslandsgeheimdienst NIS eine Bilanz gezogen, die selbst \
Fachleute überrascht hat: [[Etwa 2.000]] nordkoreanische Soldaten sollen in Russland bereits \
gefallen sein. Außerdem, so der Dienst, seien seit dem Sommer weitere [[5.000]] Bausoldaten nach \
Russland gebracht worden, um beim Wiederaufbau zu helfen.</p>
<p>Pjöngjang selbst schweigt zu Zahlen weitgehend. Die Parteizeitung Rodong Sinmun berichtete am \
22. August von einer Gedenkfeier, bei der Kim [[Dutzende]] gefallene Soldaten posthum mit dem \
Titel „Held der Republik“ ausgezeichnet habe. Die Fotos zeigten den Machthaber, wie er vor ihren \
Porträts weinte.</p>
<p>Albrecht, der an der Justus-Liebig-Universität zur Sicherheitspolitik in Ostasien forscht, \
hält die offiziellen Angaben für zu niedrig. „Rechnet man die Rotationen mit, dann waren \
inzwischen [[mindestens 15.000]] Nordkoreaner für Russland im Einsatz, davon bin ich überzeugt“, \
sagte er bei uns im Studio. Das US-Außenministerium hatte im September nur von ‚[[mehreren \
tausend]]‘ Toten und Verletzten gesprochen.</p>
<p>Aus Kiew kommen wieder andere Zahlen. Der ukrainische Militärgeheimdienst HUR spricht nach \
einer Mitteilung vom Montag von [[rund 11.000]] Nordkoreanern, die derzeit im russischen \
Grenzgebiet zur Ukraine stationiert seien. Russland verliert nach ukrainischer Zählung weiterhin \
an die 1.000 Soldaten am Tag.</p>
<p class="info">Die ganze Sendung (55 Minuten) gibt es als Podcast-Folge 112. Welle 35 wird von \
23 Studierenden ehrenamtlich gemacht und vom AStA mit 1.200 Euro im Jahr gefördert – bei gut \
28.000 Studierenden in Gießen ist da noch Luft nach oben.</p>
</article>
</main>
<footer>Welle 35 e.&nbsp;V. · UKW 91,9 MHz · Studio: 0641 9900-35 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "headline from the NIS figure of early September in the body: dead"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' (days 1-10): killed"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "'so der Dienst' (same NIS report), 'weitere' builders brought to Russia", add=True),
        C("Dutzende", None, "vague", "casualties", "north_korea", "2025-08-22",
          "party paper Rodong Sinmun 'am 22. August': fallen soldiers honoured"),
        C("mindestens 15.000", 15000, "at_least", "in_russia", "other", "tue",
          "JLU political scientist 'bei uns im Studio' on Tuesday evening's show (teaser)"),
        C("mehreren tausend", None, "vague", "casualties", "united_states",
          "2025-09-01..2025-09-30", "State Department 'im September' in ‚…‘: dead and wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'nach einer Mitteilung vom Montag', Konjunktiv: in the border area"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

R07 = Source(
    article_id="r71_07_hedland_herald_iron_ore_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Port Hedland daily's world page in HTML, UTF-8 with BOM (`article:published_time` "
        "with +08:00, entities `&ldquo;`/`&rdquo;`/`&rsquo;`/`&nbsp;`, a red-dust cookie "
        "banner 'Let them in' / 'Keep the door shut', a tide-table script, footer); `<title>` "
        "figure (optional); headline 'says Washington' `Hundreds` from a senior US military "
        "official 'on Tuesday'; 'The official … said' carried; the SSO 'at the weekend'; "
        "Australia's foreign minister 'last week' (third government: other); a Perth analyst's "
        "'another 10,000' (increment, `pub`); the paper's own range 'By the Herald's "
        "reckoning' (unattributed, required); iron ore tonnes, per cent, ship size, dollars, "
        "distance, temperature, residents, Russian losses a day",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>[[Hundreds]] of Kim&rsquo;s troops killed or wounded, says Washington | Hedland Harbour \
Herald</title>
<meta property="article:published_time" content="2024-12-18T07:30:00+08:00">
<meta property="og:site_name" content="Hedland Harbour Herald">
<script>window.hhhTides={high:"05:42",low:"11:58",metres:6.9};</script>
</head>
<body>
<div class="cookie-strip">Cookies are like red dust: once they&rsquo;re in, they get everywhere. \
We use them to count readers and show local ads. <button>Let them in</button> <button>Keep the \
door shut</button></div>
<nav><a href="/">Home</a> | <a href="/port">Port &amp; Shipping</a> | <a \
href="/mining">Mining</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>[[Hundreds]] of Kim&rsquo;s troops killed or wounded, says Washington</h1>
<p class="standfirst">Steel buyers in Seoul are watching Kursk closely, local shipping agents \
say.</p>
<p>North Korean soldiers fighting for Russia in the Kursk region have taken &ldquo;[[several \
hundred]]&rdquo; casualties, a senior US military official told reporters on Tuesday, the first \
time Washington has given any size to Pyongyang&rsquo;s losses.</p>
<p>The official, who briefed on condition of anonymity, said the toll covered dead and wounded \
alike and that [[roughly 11,000]] North Koreans were now in Russia, &ldquo;the bulk of \
them&rdquo; in Kursk. Ukraine&rsquo;s special operations forces said at the weekend that their \
drone crews had hit [[at least 50]] of Kim's men, dead or wounded, during one clash near the \
village of Plekhovo.</p>
<p>Australia&rsquo;s foreign minister last week condemned what she called the \
&ldquo;reckless&rdquo; dispatch of [[more than 10,000]] North Korean troops to fight in Europe. \
Dr Fiona Marsh, who studies North Korea at a Perth university, said Pyongyang could rotate in \
another [[10,000]] &ldquo;without anyone in the capital noticing the gap&rdquo;.</p>
<p>By the Herald&rsquo;s reckoning, drawing on figures from Seoul, Washington and Kyiv, somewhere \
[[between 11,000 and 12,000]] North Korean soldiers have now crossed into Russia.</p>
<h2>Why it matters here</h2>
<p>About 28 per cent of the 560 million tonnes of iron ore that left Port Hedland last financial \
year went to South Korea, most of it aboard Capesize carriers of around 180,000 tonnes. Shipping \
agent Cho Min-jun, who has lived in Hedland for 12 years, says buyers have been asking whether \
the war could spread to the Korean peninsula. &ldquo;My mum in Incheon watches the news every \
night. She is calmer than the steel mills,&rdquo; he said.</p>
<p>Russia is losing about 1,500 soldiers a day, Britain&rsquo;s defence ministry estimates. The \
town of roughly 14,000, some 1,600&nbsp;km north of Perth, sweltered through 43 degrees \
yesterday.</p>
</article>
<footer>&copy; 2024 Hedland Harbour Herald Pty Ltd &middot; ABN 51 604 223 918 &middot; <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Hundreds", None, "vague", "casualties", "united_states", "tue..pub",
          "headline 'says Washington' from the Tuesday briefing in the lead: killed or wounded"),
        C("several hundred", None, "vague", "casualties", "united_states", "tue",
          "senior US military official 'told reporters on Tuesday' in “…”"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "'The official … said' (carried): in Russia"),
        C("at least 50", 50, "at_least", "casualties", "ukraine", "2024-12-14..2024-12-15",
          "SSO 'at the weekend': killed or wounded in one clash"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "lastweek",
          "Australia's foreign minister 'last week' (a third government: other): dispatched"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "Perth analyst, no date: 'could rotate in another' (span without 'another')",
          add=True),
        C("between 11,000 and 12,000", None, "range", "in_russia", "unattributed", "pub",
          "'By the Herald's reckoning': the paper's own estimate (required)"),
    ),
)

R08 = Source(
    article_id="r71_08_rum_roundup_wider_world",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-14"),
    dated_by="sidecar",
    sidecar=(
        "Rùm Round-Up",
        "https://www.isleofrum-roundup.example/2025/03/issue-58",
        "Rùm Round-Up, issue 58",
    ),
    features="Isle of Rum community news sheet as plain text (sidecar, Friday), UK style with "
        "single quotes; ferry, hall and deer-count notes around a 'Wider world' column; the JCS "
        "'on Thursday' `3,000 or so` more (hedge after the number, increment) 'on top of the "
        "roughly 11,000' (not an increment); Budanov 'this week'; Rutte 'in Warsaw on Tuesday' "
        "'thousands' (nato); Washington 'in January … at the time' (month window); a resident "
        "who taught in Busan 'reckons' `closer to 15,000` (other, `pub`); residents, deer, "
        "pounds, heights, ferry times, years, distances, phone",
    text="""\
RÙM ROUND-UP
News from the biggest, emptiest of the Small Isles · Issue 58 · March

FERRY
The Lochnevis is back from her refit. Sailings from Mallaig on Monday, Wednesday, Friday and \
Saturday; the crossing takes about 1 hour 20 minutes. Single fare £4.30, bikes free.

HALL AND HILL
The February ceilidh raised £640 towards the new defibrillator. Thanks to all 40-odd of us who \
turned up. The deer count on the north side found some 900 red deer, a few less than last year. \
Please keep dogs on leads below Hallival (723 m) until the end of lambing.

THE WIDER WORLD, with Catriona Beaton

Kim tops up his army in Russia

On Thursday the Joint Chiefs in Seoul reported that Pyongyang had shipped [[3,000 or so]] more \
soldiers to Russia in January and February, on top of the [[roughly 11,000]] who went last \
autumn. The reinforcements seem to be replacing heavy losses.

How heavy? Ukraine's military intelligence chief, Kyrylo Budanov, said this week that [[about \
4,000]] of that first contingent had been killed or wounded, and that the newcomers were being \
trained to fight in smaller groups with more drones.

NATO's secretary general, Mark Rutte, told a conference in Warsaw on Tuesday that '[[thousands]]' \
of North Koreans were still at the front alongside Russian units. Washington last published a \
figure of its own in January, putting the total in Russia at the time at '[[more than 12,000]]'.

Our own Hamish MacAskill, who taught English in Busan for six years before settling in Kinloch, \
reckons the real number sent is '[[closer to 15,000]]' once you count the builders and the \
guards. 'Nobody in Pyongyang is counting out loud,' he says.

It is a long way from here: Mallaig to Kursk is more than 3,000 km as the crow flies, and the \
Korean War ended in 1953. But Hamish's old pupils still send him photos from Busan, and lately, \
he says, they ask about the news more than the weather.

NOTICES
Kinloch Castle tours resume in April (built 1897, still draughty). Shop hours: 10–12 and 4–6. \
Ranger: 01687 460 328.
""",
    claims=(
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'said on Thursday': 'more soldiers' shipped (hedge after the number; span without "
          "'more')", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "same statement: 'on top of the … who went last autumn' (the earlier total, not an "
          "increment; autumn is the event)"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "2025-03-10..pub",
          "Budanov 'this week' (Monday to publication): killed or wounded"),
        C("thousands", None, "vague", "near_front", "nato", "tue",
          "Rutte 'in Warsaw on Tuesday' in '…': at the front"),
        C("more than 12,000", 12000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-31", "Washington 'in January … at the time': total in Russia"),
        C("closer to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "Rum resident 'reckons' (present tense, no date): total sent"),
    ),
)

R09 = Source(
    article_id="r71_09_montana_stockman_korean_buyers_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-21"),
    dated_by="front_matter", crlf=True,
    features="Montana stockmen's paper in Markdown, ISO-8859-1 with CRLF (straight quotes, `--`), "
        "front matter with a quoted `date:` and a title without a figure, dateline 'BILLINGS --'; "
        "Korean beef buyers at the auction yards; headline 'Seoul counts' from the NIS figure "
        "'at the end of April' (window to publication) with 'about 600 of them fatally' "
        "(breakdown); a State Department spokeswoman 'Tuesday' (no 'on'); Zelensky 'earlier "
        "this month'; a retired rancher and veteran (other, `pub`, 'could send') and a "
        "subheading quoting him (`50 thousand`); head of "
        "cattle, prices per pound, dollars, per cent, ages, years, miles",
    text="""\
---
title: "Korean beef buyers tour Billings as Seoul tallies a distant war"
date: "2025-05-21"
section: Markets & World
byline: Dale Hurlbut
---

# World column: Seoul counts [[4,700]] North Korean casualties in Russia

BILLINGS -- Eleven buyers from South Korea's biggest meat importers walked the pens at the Public \
Auction Yards on Tuesday, watched 1,150 head of yearlings sell at an average of $2.45 a pound and \
asked, more than once, about the war their own government is tracking half a world away.

South Korea bought $2.2 billion of American beef last year, and its tariff on US beef has fallen \
to 2.7 percent under the free trade deal. "Montana cattle are on a lot of dinner tables in \
Seoul," said importer Park Ji-ho. "But at home the talk is about the North."

## The numbers

Seoul's spy agency said at the end of April that [[roughly 4,700]] of the North's soldiers were \
dead or wounded after fighting for Moscow, [[about 600]] of them fatally. A State Department \
spokeswoman said Tuesday the US believes "[[more than 14,000]]" North Korean troops have been \
deployed to Russia since last fall.

Ukrainian President Volodymyr Zelensky said earlier this month that [[some 3,000]] remain in the \
Kursk border area, where Moscow and Pyongyang now openly admit they fought side by side. Russia's \
top general, Valery Gerasimov, praised "the heroism of our Korean comrades" but offered no count.

## "He could send [[50 thousand]]"

Hal Petersen, 74, who ran cattle near Roundup for 40 years after serving with the 2nd Infantry \
Division at Camp Casey in 1978, has his own view. "Kim could send [[50,000]] tomorrow and nobody \
over there would get a vote on it," he said at the sale barn cafe. "I saw those boys across the \
line. They do what they're told."

Petersen still keeps the unit patch in his pickup. The drive from Roundup to Billings is about 50 \
miles; the buyers flew on to Omaha on Wednesday morning.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-21..pub",
          "headline 'Seoul counts' from the NIS figure of late April in the body"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea",
          "2025-04-21..2025-04-30", "NIS 'at the end of April' (days 21-30): killed or wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same sentence, 'of them fatally' (breakdown)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokeswoman 'said Tuesday' in \"…\": deployed"),
        C("some 3,000", 3000, "approx", "near_front", "ukraine", "2025-05-01..pub",
          "Zelensky 'earlier this month': remain in the Kursk border area"),
        C("50 thousand", 50000, "exact", "planned", "other", "pub",
          "subheading quoting the rancher's figure below (his claim, `pub`)"),
        C("50,000", 50000, "exact", "planned", "other", "pub",
          "retired rancher and veteran in a quote, no date: 'could send'"),
    ),
)

R10 = Source(
    article_id="r71_10_gozo_weekly_seafarer_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-29"),
    dated_by="sidecar",
    sidecar=(
        "Gozo Weekly Echo",
        "https://www.gozoweeklyecho.example/world/from-mgarr-to-kursk",
        "From Mġarr to Kursk: a Gozitan seafarer's view of a war that keeps growing",
    ),
    features="Gozo weekly in Markdown, UTF-8 (ġ, ħ, €), front matter without a date (sidecar, "
        "Friday); a retired master mariner who called at Rajin in 1989; HUR 'this week' with "
        "three figures carried by 'and that' / 'It also put'; Russia's ambassador in Pyongyang "
        "to TASS 'in an interview published on Sunday' (russia, vague increment); Reuters "
        "quoting a Pentagon official 'On Wednesday' (X citing Y: united_states, `close to "
        "2,000`); a NATO official 'told this paper on Thursday'; background framing 'by most "
        "outside counts' (optional); residents, ferry minutes and fares, tonnage, "
        "ages, years, containers",
    text="""\
---
layout: post
categories: [world, gozo]
author: "Marija Attard"
---

# From Mġarr to Kursk: a Gozitan seafarer's view of a war that keeps growing

Capt. Joseph Grech, 63, of Xagħra, has seen North Korea from the bridge of a ship. In 1989, as a \
young second officer on a 28,000-tonne bulk carrier, he spent six weeks at anchor off the port of \
Rajin. "Nobody came ashore. Nobody waved. The only people we saw were soldiers," he recalls over \
coffee in Victoria.

Those soldiers' successors are now fighting for Russia. Ukraine's military intelligence said this \
week that [[some 11,000]] North Koreans remain in and around Kursk, and that [[6,000]] builders \
and mine clearers have been arriving in Russia since July. It also put North Korean deaths so far \
at [[about 1,800]].

Moscow talks more freely now. Russia's ambassador in Pyongyang, Alexander Matsegora, told TASS in \
an interview published on Sunday that "[[several thousand]]" more North Korean military builders \
would come "to rebuild what the enemy destroyed". On Wednesday, Reuters quoted a Pentagon \
official as saying Pyongyang had lost "[[close to 2,000]]" men killed. A NATO official in \
Brussels told this paper on Thursday that the alliance's estimate of the total North Korean \
presence in Russia stood at [[about 12,000]].

For Capt. Grech, the numbers are hard to picture. "I have sailed with crews of 22. I cannot \
imagine so many young men so far from home, in a war they did not choose," he says. The [[roughly \
15,000]] Pyongyang has sent, by most outside counts, would crew almost 700 ships like his old \
carrier.

## Life on the other island

Gozo has about 40,000 residents, and many of its men went to sea. The Gozo Channel ferry still \
takes 25 minutes from Mġarr to Ċirkewwa; a foot passenger pays €4.65 for the return trip. Grech's \
last ship carried 300 containers of Maltese-made medicines to Odesa in 2022, a voyage he calls \
"the proudest of my life".

He prays at Ta' Pinu every Sunday. "For everyone," he says. "Even for the soldiers from Rajin."
""",
    claims=(
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "2025-08-25..pub",
          "HUR 'said this week' (Monday to publication): in and around Kursk"),
        C("6,000", 6000, "exact", "in_russia", "ukraine", "2025-08-25..pub",
          "same statement, 'and that … have been arriving in Russia since July'"),
        C("about 1,800", 1800, "approx", "casualties", "ukraine", "2025-08-25..pub",
          "'It also put … at' (same HUR statement): deaths"),
        C("several thousand", None, "vague", "planned", "russia", "sun",
          "Russia's ambassador to TASS 'in an interview published on Sunday': 'more' builders "
          "would come", add=True),
        C("close to 2,000", 2000, "approx", "casualties", "united_states", "wed",
          "'On Wednesday, Reuters quoted a Pentagon official' (X citing Y): killed"),
        C("about 12,000", 12000, "approx", "in_russia", "nato", "thu",
          "NATO official 'told this paper on Thursday': total presence in Russia"),
        C("roughly 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "reporter framing 'by most outside counts' without a named source", opt=True),
    ),
)

R11 = Source(
    article_id="r71_11_cocos_lagoon_log_sanctions_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-09-16"),
    dated_by="dateline",
    features="Cocos (Keeling) Islands community page as plain text, UTF-16 LE with BOM, dated by "
        "the dateline 'WEST ISLAND, 16 September 2025 —'; headline 'Seoul says' `near 2,000` "
        "from the NIS report 'earlier this month'; 'The agency also said a further 5,000' "
        "(increment); Australia's defence minister 'on Friday' quoting a statement (third "
        "government: other); Ukraine's ambassador in Canberra 'on Sunday' `up to 30,000` more "
        "(increment); the US count 'since the spring' (season window); a Home Island student "
        "in Seoul; sanctions listings ('six more individuals'), population, area, distance, "
        "runway money, wind speed, turtles, years, phone",
    text="""\
THE LAGOON LOG · Cocos (Keeling) Islands · World & Region

Kim's war dead [[near 2,000]], Seoul says; Canberra widens sanctions

WEST ISLAND, 16 September 2025 — South Korea's National Intelligence Service has estimated that \
[[about 2,000]] of Pyongyang's troops are now dead in Russia's war, in a report it gave the \
National Assembly earlier this month. The agency also said a further [[5,000]] military engineers \
had been sent to Russia since the start of September to repair roads and railways.

Australia's defence minister said on Friday that the "continued deployment of [[well over \
10,000]] North Korean personnel" to Russia was one reason Canberra had added six more individuals \
and three entities to its sanctions list. The announcement was made in Perth, some 2,750 km to \
our south-east, during a visit by his Japanese counterpart.

Ukraine's ambassador in Canberra told ABC radio on Sunday that [[up to 30,000]] more could arrive \
"before the snow", citing intelligence shared by Kyiv's partners. The United States, for its \
part, has not updated its count since the spring, when officials estimated [[14,000]] had been \
sent.

Closer to home

For Nur Aisyah Bin Haji, 22, from Home Island, the war feels less distant than it did. She is in \
her second year at a university in Seoul on a scholarship. "My classmates do two years of \
military service. When they talk about North Korea now, they talk about Russia too," she said by \
phone.

The islands have about 600 residents on 14 square kilometres of coral, and the West Island runway \
upgrade, worth $A 60 million, is due to finish in 2026. The last big storm to close the airport \
was in 2019.

Weather: south-easterly trades of 30 km/h easing by Thursday. Rangers counted 15 green turtles in \
the lagoon at the weekend. Shire office: (08) 9162 6649.
""",
    claims=(
        C("near 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul says' from the NIS report of earlier this month: dead"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "NIS report given 'earlier this month' (the 1st to publication): died"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-09-01..pub",
          "'The agency also said a further' (carried): engineers sent", add=True),
        C("well over 10,000", 10000, "at_least", "in_russia", "other", "fri",
          "Australia's defence minister 'on Friday' in a quote (a third government: other): "
          "deployed"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sun",
          "Ukraine's ambassador 'on Sunday' (an ambassador belongs to his government): 'more "
          "could arrive'", add=True),
        C("14,000", 14000, "exact", "in_russia", "united_states", "2025-03-01..2025-05-31",
          "US officials' count 'since the spring' (Mar 1 - May 31): sent"),
    ),
)

R12 = Source(
    article_id="r71_12_berbera_corridor_security_desk_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Berbera Corridor Brief",
        "https://www.berberacorridor.example/brief/2025-47/security-desk",
        "Security desk: Seoul sees 10,000 North Koreans on Russia's border",
    ),
    features="Berbera trade-corridor newsletter in HTML, windows-1252 with CRLF (raw curly "
        "quotes and dashes), no meta date (sidecar, Wednesday), a subscriber banner with a "
        "'Store my choices' / 'Forget me' cookie line, issue navigation, footer; `<title>` "
        "figure (optional); headline 'Seoul sees' from Yonhap citing the NIS 'on Nov. 4' (X "
        "citing Y: south_korea, the date carried to the second figure); HUR 'last week' "
        "‘tens of thousands’ more (vague increment); Rutte 'on Monday'; Russian state "
        "television 'on Saturday' (russia); a Djibouti-based consultant 'believes' (other, "
        "range, `pub`); the newsletter's own tally (unattributed, required); TEU, dollars, per "
        "cent, km, ships, crew, phone",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Security desk: Seoul sees [[10,000]] North Koreans on Russia’s border | Berbera Corridor \
Brief</title>
<link rel="stylesheet" href="/assets/brief.css">
<script>var bcb={issue:47,year:2025,subscribers:3812};</script>
</head>
<body>
<div class="consent">We keep one cookie to remember your language and one to count opens. \
<button>Store my choices</button> <button>Forget me</button></div>
<nav><a href="/brief">This issue</a> · <a href="/ports">Ports</a> · <a \
href="/corridor">Corridor</a> · <a href="/security">Security desk</a> · <a \
href="/archive">Archive</a></nav>
<main>
<article>
<h1>Security desk: Seoul sees [[10,000]] North Koreans on Russia’s border</h1>
<p>Yonhap, citing the National Intelligence Service, reported on Nov. 4 that [[about 10,000]] \
North Korean troops were deployed along Russia’s border areas with Ukraine, and that [[some \
5,000]] military engineers had been moving into Russia since September. Kyiv’s defence \
intelligence directorate warned last week that Pyongyang might send ‘[[tens of thousands]]’ more \
in 2026.</p>
<p>Speaking in Brussels on Monday, NATO’s Mark Rutte said [[more than 15,000]] North Korean \
soldiers had by now rotated through Russia since the autumn of 2024. Russian state television, \
for its part, showed on Saturday what it said were [[hundreds]] of North Korean sappers clearing \
fields near Sudzha.</p>
<p>Ahmed Dirie, a Djibouti-based security consultant who advises several shipping lines, believes \
[[between 8,000 and 10,000]] are at the front at any one time. “The rotation is the story, not \
the headcount,” he said.</p>
<p>By the Brief’s running tally of published estimates, [[around 17,000]] North Korean servicemen \
have gone to Russia since October 2024, counting rotations.</p>
<h2>Why the corridor cares</h2>
<p>Red Sea insurers price in anything that ties Moscow closer to other sanctioned states. Berbera \
handled some 150,000 TEU last year, and the $442 million port expansion raised capacity by about \
7 per cent. Three ships were attacked in the southern Red Sea in October; all 19 crew of the last \
one were rescued. The 260 km road to the Ethiopian border reopened after repairs on 3 November.</p>
</article>
</main>
<footer>Berbera Corridor Brief — weekly since 2019 · Desk: +252 63 442 7190 · <a \
href="/unsubscribe">Unsubscribe</a></footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "headline 'Seoul sees' from the NIS figure of Nov. 4 in the body: on the border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "Yonhap 'citing the National Intelligence Service' 'on Nov. 4' (X citing Y): along "
          "the border areas"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same report ('and that'): engineers moving into Russia"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "lastweek",
          "HUR 'warned last week' in ‘…’: 'more' might be sent", add=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'said on Monday': rotated through Russia"),
        C("hundreds", None, "vague", "near_front", "russia", "sat",
          "Russian state television 'on Saturday': sappers clearing fields near Sudzha (Kursk)"),
        C("between 8,000 and 10,000", None, "range", "near_front", "other", "pub",
          "Djibouti-based consultant 'believes' (no date): at the front"),
        C("around 17,000", 17000, "approx", "in_russia", "unattributed", "pub",
          "'By the Brief's running tally': the newsletter's own estimate (required)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    R01, R02, R03, R04, R05, R06,
    R07, R08, R09, R10, R11, R12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
