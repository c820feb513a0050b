"""Build the THIRD BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A fifth corpus for an honest measurement on articles the extractor has never met, written in
session 7 without opening the extractor, its lexicons or the topic file, and without running it.
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
BASE_NAME = "_blind3_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

T01 = Source(
    article_id="t01_chronologie_schaetzungen",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-02-21"), dated_by="sidecar",
    sidecar=(
        "Saale-Kurier",
        "https://www.saale-kurier.example/politik/chronologie-nordkorea-soldaten-4417.html",
        "Chronologie: Wie die Schätzungen zu Nordkoreas Soldaten gewachsen sind",
    ),
    features="German chronology whose paragraphs each open with a date ('28.10.2024:', "
    "'Anfang Dezember:', 'Mitte Januar:', 'Ende Januar/Anfang Februar:', 'Gestern:'); the "
    "date is the claim date, the year carried from the previous full date; a bullet whose "
    "event day ('06.02.2025:') differs from the report day inside it ('Erst am 10.02.'); "
    "`an die 10.000`, `11\u2009000` with a thin space, `gut 200`, `rd. 100`, genitive number "
    "word `zweier`, range `1.000 bis 1.500` 'als Ersatz nachgeschickt' (increment); a bullet "
    "without a figure; Russian losses a day, army and reservists `1,2 Mio.`, `gut 7 Mio.`, "
    "shells, North Korean workers, square kilometres, article id",
    text="""\
Chronologie

Wie die Schätzungen zu Nordkoreas Soldaten gewachsen sind

Wer wann welche Zahl genannt hat – und warum die Angaben so weit auseinanderliegen. Ein Überblick.

Von Sabine Kortüm

Berlin. Vier Monate ist es her, dass Südkoreas Geheimdienst die ersten Satellitenbilder \
nordkoreanischer Truppentransporte veröffentlichte. Seither haben Seoul, Kiew, Washington und die \
Nato immer neue Zahlen genannt, oft widersprüchlich und selten überprüfbar. Unsere Chronologie \
ordnet jede Angabe dem Tag zu, an dem sie öffentlich wurde – nicht dem Tag der Truppenbewegung, \
von der sie handelt.

28.10.2024: Das Pentagon legt erstmals eine eigene Schätzung vor. Demnach werden [[an die 10.000]] \
nordkoreanische Soldaten im Osten Russlands ausgebildet.

04.11.2024: Präsident Selenskyj spricht in seiner Abendansprache von [[11\u2009000]] \
Nordkoreanern, die im Gebiet Kursk stünden.

Mitte November: Die Nato bestätigt Kampfeinsätze der Nordkoreaner, nennt aber keine Zahl.

Anfang Dezember: Der ukrainische Militärgeheimdienst HUR meldet die ersten Gefallenen – [[gut \
200]] Nordkoreaner seien bei Gefechten ums Leben gekommen.

19.12.2024: Der NIS in Seoul beziffert die Verluste: [[rd. 100]] Tote und [[knapp 1.000]] \
Verwundete.

11.01.2025: Kiew meldet die Gefangennahme [[zweier]] Nordkoreaner; beide sind verletzt und werden \
in die Hauptstadt gebracht.

Mitte Januar: Die nordkoreanischen Einheiten verschwinden weitgehend von der Front. Selenskyj \
schätzt ihre Verluste inzwischen auf [[fast 4.000]] Tote und Verwundete.

Ende Januar/Anfang Februar: Südkoreas Generalstab JCS meldet, Pjöngjang habe [[1.000 bis 1.500]] \
Mann als Ersatz nachgeschickt.

06.02.2025: Gefechte bei Sudscha. Erst am 10.02. teilt der ukrainische Generalstab mit, dabei \
seien [[rund 40]] Nordkoreaner getötet worden.

Gestern: Nato-Generalsekretär Mark Rutte sagt in Brüssel, Kim habe „[[mehr als 11.000]] Mann“ \
geschickt, „und er wird weitere schicken“.

Was die Zahlen nicht zeigen

Keine dieser Angaben lässt sich unabhängig prüfen. Zum Vergleich: Russland verliert nach \
britischen Schätzungen im Schnitt rund 1.500 Soldaten am Tag, Nordkoreas Armee zählt 1,2 Mio. \
aktive Soldaten und gut 7 Mio. Reservisten. Pjöngjang hat Moskau seit Sommer 2023 zudem geschätzt \
9 Mio. Artilleriegranaten geliefert. Rund 13.000 nordkoreanische Arbeiter sind nach Angaben aus \
Seoul allein 2024 nach Russland eingereist; sie tragen keine Uniform und tauchen in keiner der \
Zählungen oben auf.

Auch am Boden hat sich viel verschoben: Die Ukraine hielt im Gebiet Kursk zeitweise rund 1.300 \
Quadratkilometer, inzwischen ist es weniger als die Hälfte.

Stand der Chronologie: 21.02.2025, 9 Uhr · Lesezeit 4 Min. · Artikel-ID 88-4417
""",
    claims=(
        C("an die 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "chronology '28.10.2024:': Pentagon, being trained in eastern Russia"),
        C("11\u2009000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "chronology '04.11.2024:': Zelensky, in Kursk (thin space as separator)"),
        C("gut 200", 200, "approx", "casualties", "ukraine", "2024-12-01..2024-12-10",
          "chronology 'Anfang Dezember:' (days 1-10): HUR, fallen; 'gut' approx"),
        C("rd. 100", 100, "approx", "casualties", "south_korea", "2024-12-19",
          "chronology '19.12.2024:': NIS, dead"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same line: wounded"),
        C("zweier", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "chronology '11.01.2025:': Kyiv, captured (genitive number word)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "chronology 'Mitte Januar:' (year carried from the line before): Zelensky"),
        C("1.000 bis 1.500", None, "range", "in_russia", "south_korea", "2025-01-21..2025-02-10",
          "'Ende Januar/Anfang Februar:' = 21 Jan - 10 Feb: JCS, 'als Ersatz nachgeschickt' "
          "(increment)", add=True),
        C("rund 40", 40, "approx", "casualties", "ukraine", "2025-02-10",
          "line '06.02.2025:' is the fighting; the General Staff reported it 'am 10.02.'"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "yday",
          "chronology 'Gestern:' (20 Feb): Rutte in „“, sent"),
    ),
)

T02 = Source(
    article_id="t02_faktencheck_ch_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-17"),
    dated_by="html_meta",
    features="Swiss fact-check in HTML ('Stimmt es, dass …?'): `ss`, «», `30'000`, `11'000 bis "
    "12'000`, 4-digit `3000`/`2700`; the viral figure in `<title>` and in the question "
    "headline (optional rows); a share picture that falsely attributes `30'000` dead to "
    "Zelensky (the post's claim: other, 'Seit dem Wochenende'); the verdict box restating "
    "Zelensky's real figure (ukraine, required); a Russian war blogger 'im Dezember' `bis zu "
    "30'000` zusätzliche (other, increment); NIS 'am Montag' with a range carried by 'Der "
    "Dienst schätzt zudem'; Pentagon «einigen tausend» 'am Dienstag'; ClaimReview JSON-LD with "
    "rating numbers, Russian losses `38'000`, shares, subscribers, fact-check number, phone",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Faktencheck: Hat Selenski von [[30'000]] toten Nordkoreanern gesprochen? – Limmattaler \
Zeitung</title>
<meta property="article:published_time" content="2025-01-17T05:45:00Z">
<meta property="og:site_name" content="Limmattaler Zeitung">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ClaimReview", \
"datePublished": "2025-01-17", "claimReviewed": "Angebliches Selenski-Zitat über getötete \
Nordkoreaner", "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, \
"alternateName": "Falsch"}}</script>
</head>
<body>
<div id="consent">Wir und unsere 63 Partner verwenden Cookies, um Inhalte zu personalisieren. \
<button>Einverstanden</button></div>
<nav>Startseite › International › Faktencheck</nav>
<main>
<p class="kicker">Faktencheck</p>
<h1>Stimmt es, dass Selenski von [[30'000]] toten Nordkoreanern gesprochen hat?</h1>
<p class="byline">Von Reto Gubler · 17.01.2025 · Lesezeit 3 Min.</p>
<div class="verdict"><p><strong>Kurz und bündig:</strong> Nein. Das Zitat ist erfunden. Selenski \
hat von «[[rund 3000]]» getöteten und verwundeten Nordkoreanern gesprochen, also von einem \
Zehntel.</p></div>
<h2>Was behauptet wird</h2>
<p>Seit dem Wochenende verbreitet sich auf X, Telegram und Facebook ein Sharepic mit einem Porträt \
des ukrainischen Präsidenten und dem Satz «Selenski: [[30'000]] Nordkoreaner in Kursk getötet». \
Allein auf X wurde das Bild über 9000-mal geteilt; ein deutschsprachiger Kanal mit 48'000 \
Abonnenten hat es am Sonntag ebenfalls verbreitet.</p>
<h2>Was Selenski tatsächlich gesagt hat</h2>
<p>In seiner abendlichen Videobotschaft vom Montag sprach Selenski von schweren Verlusten der \
russischen Armee und ihrer «Hilfstruppen aus Pjöngjang». Unter den Nordkoreanern gebe es «[[rund \
3000]] Tote und Verwundete», sagte er. Bereits am 11. Januar hatte er mitgeteilt, ukrainische \
Soldaten hätten [[zwei]] Nordkoreaner gefangen genommen.</p>
<h2>Woher die Zahl stammen könnte</h2>
<p>Möglich ist eine Verwechslung. Die Ukraine beziffert die russischen Verluste im Gebiet Kursk \
seit August auf rund 38'000 Tote und Verwundete. Zudem kursiert seit Wochen eine Prognose aus \
Russland: Ein bekannter Militärblogger hatte im Dezember behauptet, Pjöngjang werde im Frühling \
«[[bis zu 30'000]]» zusätzliche Soldaten schicken. Belege nannte er keine.</p>
<h2>Was andere Quellen sagen</h2>
<p>Südkoreas Nachrichtendienst NIS sprach am Montag vor dem Parlament in Seoul von [[etwa 300]] \
getöteten und [[2700]] verwundeten Nordkoreanern. Der Dienst schätzt zudem, dass seit Oktober \
insgesamt [[11'000 bis 12'000]] Soldaten aus dem Norden nach Russland verlegt worden sind. Das \
Pentagon sprach am Dienstag von «[[einigen tausend]]» Toten und Verwundeten, ohne genauer zu \
werden.</p>
<h2>Fazit</h2>
<p>Das angebliche Zitat ist falsch. Eine solche Zahl hat Selenski nie genannt; das Sharepic \
vermischt offenbar verschiedene Angaben.</p>
</main>
<footer>Faktencheck Nr. 212 · Hinweise an faktencheck@limmattaler.example · Tel. 044 555 12 12 · © \
Limmattaler Zeitung AG</footer>
</body>
</html>
""",
    claims=(
        C("30'000", 30000, "exact", "casualties", "other", "sat..pub",
          "<title>: the viral figure in the fact-check question (metadata)", opt=True),
        C("30'000", 30000, "exact", "casualties", "other", "sat..pub",
          "question headline 'Stimmt es, dass …?' repeating the viral figure", opt=True),
        C("rund 3000", 3000, "approx", "casualties", "ukraine", "mon..pub",
          "verdict box restating Zelensky's real figure (Monday, from the body)"),
        C("30'000", 30000, "exact", "casualties", "other", "sat..pub",
          "share picture circulating 'Seit dem Wochenende'; falsely attributed to Zelensky, so "
          "the claim is the post's"),
        C("rund 3000", 3000, "approx", "casualties", "ukraine", "mon",
          "Zelensky's video address 'vom Montag': dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'am 11. Januar': captured"),
        C("bis zu 30'000", 30000, "at_most", "planned", "other", "2024-12-01..2024-12-31",
          "Russian war blogger 'im Dezember': 'zusätzliche' could be sent (increment)", add=True),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag': killed"),
        C("2700", 2700, "exact", "casualties", "south_korea", "mon", "same sentence: wounded"),
        C("11'000 bis 12'000", None, "range", "in_russia", "south_korea", "mon",
          "'Der Dienst schätzt zudem' carried from Monday: moved to Russia in total"),
        C("einigen tausend", None, "vague", "casualties", "united_states", "tue",
          "Pentagon 'am Dienstag' in «»: dead and wounded"),
    ),
)

T03 = Source(
    article_id="t03_nationalrat_protokoll_at",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-22"),
    dated_by="dateline", crlf=True,
    features="Austrian parliamentary protocol (Nationalrat, 'Aktuelle Stunde') in windows-1252 "
    "with CRLF, dated by its header 'Mittwoch, 22. Jänner 2025'; speeches with time marks, "
    "'(Beifall bei …)', heckles; 'Jänner', 'Feber', 'heuer'; an MP quoting Seoul 'vorige "
    "Woche' and Zelensky (undated); a heckle restating a figure (optional); the Russian "
    "ambassador 'heuer' „einigen Hundert“ military instructors (russia, window 1 Jan - "
    "publication); NATO (Rutte) 'am Montag' 'weitere 5.000 bis 8.000' (increment); an "
    "Austrian institute 'vergangenen Freitag' (other); the foreign minister's number word "
    "`an die zehntausend` (Austrian government: other, session day); Austrian soldiers "
    "abroad, 1955, euros, speaking time, session number",
    text="""\
Stenographisches Protokoll

14. Sitzung des Nationalrates der Republik Österreich

XXVIII. Gesetzgebungsperiode

Mittwoch, 22. Jänner 2025

(Auszug: Aktuelle Stunde)

Aktuelle Stunde zum Thema „Nordkoreanische Truppen in Europa – was bedeutet das für Österreichs \
Sicherheit?“

Präsidentin Mag. Doris Hallwirth: Wir gelangen nun zur Aktuellen Stunde. Als Erste zu Wort \
gemeldet ist Frau Abgeordnete Mag. Elisabeth Strobl. Ich erteile es ihr; die Redezeit beträgt 10 \
Minuten.

10.04

Abgeordnete Mag. Elisabeth Strobl (ÖVP): Frau Präsidentin! Herr Bundesminister! Hohes Haus! Seit \
dem Herbst stehen nordkoreanische Soldaten auf russischem Boden, und seit Dezember kämpfen sie in \
Europa. Der südkoreanische Nachrichtendienst hat vorige Woche dem Parlament in Seoul berichtet, \
dass [[rund 300]] von ihnen gefallen und [[2.700]] verwundet worden sind. Insgesamt hat Pjöngjang \
nach den Angaben aus Seoul [[über 11.000]] Soldaten nach Russland geschickt. Präsident Selenskyj \
spricht sogar von [[knapp 4.000]] Toten und Verwundeten. (Beifall bei der ÖVP sowie bei \
Abgeordneten der NEOS.)

Das ist keine ferne Angelegenheit, meine Damen und Herren, das ist ein Krieg auf unserem \
Kontinent. (Abg. Hafenscher: Wir sind neutral!) – Ja, wir sind neutral, aber wir sind nicht \
gleichgültig. (Beifall bei der ÖVP.)

10.11

Präsidentin Mag. Doris Hallwirth: Als Nächster gelangt Herr Abgeordneter Ing. Gerold Hafenscher zu \
Wort. – Bitte.

Abgeordneter Ing. Gerold Hafenscher (FPÖ): Frau Präsidentin! Hohes Haus! Wir hören hier Zahlen \
über Zahlen, und niemand in diesem Saal kann sie überprüfen. Sogar der russische Botschafter hat \
heuer bei einem Empfang in Wien nur von „[[einigen Hundert]]“ koreanischen Militärausbildern in \
Russland gesprochen. (Abg. Strobl: Es sind [[über 11.000]] Soldaten, nicht ein paar Ausbilder!) \
Frau Kollegin, woher wissen Sie das? Aus Seoul! Wir haben 1955 die immerwährende Neutralität \
beschlossen, und dabei bleibt es. (Beifall bei der FPÖ.)

10.17

Abgeordneter Dr. Markus Tiefenbacher (SPÖ): Frau Präsidentin! Herr Minister! Die NATO – Herr \
Kollege Hafenscher, auch wenn Sie es nicht hören wollen – rechnet damit, dass bis zum Sommer \
weitere [[5.000 bis 8.000]] Nordkoreaner kommen könnten; das hat Generalsekretär Rutte am Montag \
in Brüssel gesagt. (Zwischenruf bei der FPÖ.) Das Bundesheer hat derzeit rund 800 Soldatinnen und \
Soldaten im Kosovo und im Libanon im Einsatz. Das ist unser Beitrag zur Sicherheit, nicht das \
Wegschauen. (Beifall bei der SPÖ.)

10.23

Abgeordnete Dr. Sophie Wallner-Kainz (NEOS): Frau Präsidentin! Das Österreichische Institut für \
Sicherheitspolitik hat vergangenen Freitag eine Analyse veröffentlicht. Demnach stehen derzeit \
[[zwischen 5.000 und 7.000]] Nordkoreaner an der Front in Kursk, der Rest wird im Hinterland \
ausgebildet. Wer da von „ein paar Ausbildern“ redet, hat die Lage nicht verstanden. (Beifall bei \
den NEOS.)

10.29

Bundesminister für europäische und internationale Angelegenheiten Mag. Dr. Clemens Aichhorn: Frau \
Präsidentin! Hohes Haus! Nach den Informationen, die uns von Partnerdiensten vorliegen, befinden \
sich derzeit [[an die zehntausend]] nordkoreanische Soldaten im Raum Kursk. Die Bundesregierung \
verurteilt diese Eskalation. Österreich hat heuer bereits 7,5 Millionen Euro an humanitärer Hilfe \
zugesagt, seit Feber 2022 sind es insgesamt mehr als 250 Millionen Euro. (Beifall bei ÖVP, SPÖ und \
NEOS.)

Präsidentin Mag. Doris Hallwirth: Die Aktuelle Stunde ist beendet. Die Sitzung wird um 11.05 Uhr \
fortgesetzt.
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "lastweek",
          "MP quoting the NIS 'vorige Woche': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "lastweek",
          "same sentence: wounded"),
        C("über 11.000", 11000, "at_least", "in_russia", "south_korea", "lastweek",
          "'nach den Angaben aus Seoul': sent in total"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "MP: 'Selenskyj spricht sogar von' (no date)"),
        C("einigen Hundert", None, "vague", "in_russia", "russia", "2025-01-01..pub",
          "Russian ambassador 'heuer' (1 Jan up to the session): military instructors in Russia"),
        C("über 11.000", 11000, "at_least", "in_russia", "south_korea", "lastweek",
          "heckle in parentheses restating the Seoul figure", opt=True),
        C("5.000 bis 8.000", None, "range", "planned", "nato", "mon",
          "MP quoting Rutte, date in the next clause ('am Montag'): 'weitere … kommen könnten' "
          "(increment)", add=True),
        C("zwischen 5.000 und 7.000", None, "range", "near_front", "other", "fri",
          "Austrian institute's analysis published 'vergangenen Freitag' (17 Jan), "
          "carried by 'Demnach'"),
        C("an die zehntausend", 10000, "approx", "near_front", "other", "wed",
          "Austrian foreign minister in the session (22 Jan), number word: in the Kursk area"),
    ),
)

T04 = Source(
    article_id="t04_radio_nachrichten_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-18"),
    dated_by="front_matter", crlf=True,
    features="German radio news script in Markdown with CRLF (front matter `date:`): speaker "
    "labels (Sprecherin, Korrespondent, O-Ton), the opening 'Die Themen:' teaser and the "
    "closing recap take claimant and date from the item; 'heute Morgen' = the broadcast day; "
    "number words `mehr als hundert`, `gut hundert`, `an die tausend`; `rund 11 000` with a "
    "space; a translated sound bite from a lawmaker briefed by the NIS ('zweite Welle', "
    "increment); Zelensky 'gestern Abend' with 'am Wochenende' as the event; White House 'in "
    "der Nacht zum Mittwoch' (Tue-Wed window); drones, missiles, euros, temperatures, times, "
    "broadcast length",
    text="""\
---
title: "Nachrichten 12 Uhr"
date: 2024-12-18
sender: Radio Mittelrhein Info
sprecherin: Annika Dressler
dauer: "00:05:30"
---

# Nachrichten um 12 Uhr – Sendemanuskript

**Sprecherin:** Radio Mittelrhein Info, es ist zwölf Uhr. Die Nachrichten, am Mikrofon Annika \
Dressler. Die Themen: Seoul meldet erstmals [[mehr als hundert]] gefallene Nordkoreaner in \
Russland, der Bundestag streitet über den Haushalt, und zum Wochenende wird es mild.

**Sprecherin:** Nordkorea hat bei den Kämpfen im russischen Gebiet Kursk nach Angaben aus Südkorea \
erstmals Verluste erlitten. Aus Seoul berichtet Jonas Weibel.

**Korrespondent (Seoul):** Der Geheimdienst NIS hat die Abgeordneten heute Morgen hinter \
verschlossenen Türen unterrichtet. Danach sind [[gut hundert]] nordkoreanische Soldaten gefallen \
und [[an die tausend]] verwundet worden. Von den [[rund 11 000]] Soldaten, die Pjöngjang seit \
Oktober nach Russland geschickt hat, kämpfen demnach inzwischen [[mehrere Tausend]] direkt an der \
Front. Einer der Abgeordneten, Park Sun-won, sagte nach der Sitzung:

**O-Ton Park (Übersetzung):** „Pjöngjang bereitet nach unseren Informationen eine zweite Welle von \
[[bis zu 5.000]] Mann vor.“

**Korrespondent:** Die Soldaten seien schlecht auf Drohnenangriffe vorbereitet, heißt es in Seoul. \
Südkoreas Regierung fürchtet vor allem, dass der Norden im Gegenzug moderne Raketentechnik aus \
Russland bekommt.

**Sprecherin:** Der ukrainische Präsident Selenskyj sagte gestern Abend, bei Angriffen im Gebiet \
Kursk seien am Wochenende [[Dutzende]] Nordkoreaner getötet oder verwundet worden. Russland setze \
sie inzwischen in Sturmangriffen ein. Das Weiße Haus sprach in der Nacht zum Mittwoch von \
„[[mehreren Hundert]]“ Opfern unter den Nordkoreanern. Der Kreml äußerte sich nicht.

**Sprecherin:** Russland hat die Ukraine in der Nacht mit 59 Drohnen und drei Raketen angegriffen. \
In Kiew fiel nach Angaben der Stadtverwaltung für mehrere Stunden der Strom aus.

**Sprecherin:** Im Bundestag haben Koalition und Opposition erneut über den Haushalt für das \
kommende Jahr gestritten. Umstritten ist vor allem, ob die Ukraine 2025 Militärhilfe von 4 \
Milliarden Euro oder mehr erhalten soll.

**Sprecherin:** Das Wetter: Heute Nachmittag Regen, Höchstwerte 6 bis 9 Grad. Zum Wochenende bis \
zu 11 Grad.

**Sprecherin:** Noch einmal die wichtigste Meldung: Nach Angaben aus Seoul sind in Russland [[gut \
hundert]] nordkoreanische Soldaten gefallen. Die nächsten Nachrichten gibt es um 13 Uhr.

*Manuskript der Nachrichtenredaktion, 12:00 Uhr. Es gilt das gesprochene Wort.*
""",
    claims=(
        C("mehr als hundert", 100, "at_least", "casualties", "south_korea", "2024-12-18",
          "'Die Themen:' teaser, attributed from the Seoul item (NIS this morning)"),
        C("gut hundert", 100, "approx", "casualties", "south_korea", "2024-12-18",
          "correspondent: NIS briefing 'heute Morgen', fallen (number word)"),
        C("an die tausend", 1000, "approx", "casualties", "south_korea", "2024-12-18",
          "same sentence: wounded ('an die' = approx)"),
        C("rund 11 000", 11000, "approx", "in_russia", "south_korea", "2024-12-18",
          "'demnach' carried from the NIS briefing: sent since October"),
        C("mehrere Tausend", None, "vague", "near_front", "south_korea", "2024-12-18",
          "same sentence: at the front"),
        C("bis zu 5.000", 5000, "at_most", "planned", "south_korea", "2024-12-18",
          "sound bite of the lawmaker briefed by the NIS: 'zweite Welle' (increment)", add=True),
        C("Dutzende", None, "vague", "casualties", "ukraine", "yday",
          "Zelensky 'gestern Abend'; 'am Wochenende' is the fighting"),
        C("mehreren Hundert", None, "vague", "casualties", "united_states",
          "2024-12-17..2024-12-18", "White House 'in der Nacht zum Mittwoch' in „“"),
        C("gut hundert", 100, "approx", "casualties", "south_korea", "2024-12-18",
          "closing recap repeating the Seoul item"),
    ),
)

T05 = Source(
    article_id="t05_wochenlage_tabelle_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-09"),
    dated_by="sidecar",
    sidecar=(
        "Nordwest-Rundschau", "",
        "Wochenlage: Was über Nordkoreas Soldaten jetzt feststeht",
    ),
    features="Markdown in UTF-8 with BOM, title-only front matter (dated by the sidecar); a "
    "table 'Die Zahlen im Überblick' (Quelle | Stand | Zahl | Worum es geht) whose 'Stand' "
    "cells give the claim dates ('30.04.', '26.04.', 'Anfang der Woche', 'vorige Woche', "
    "'vorgestern', 'heute'); `ca. 15.000`, `rd. 600` in the same cell as `4.700`, `11 Tsd.`, "
    "`über 14 Tsd.`, „Tausende“ (Gerasimov), HUR `bis zu 3.000` 'als Verstärkung' (planned "
    "increment), 'eigene Schätzung' `10.000–11.000` with an en dash (unattributed); a KCNA row "
    "without a figure; KCNA „Hunderte“ 'am Mittwoch'; a parade of 11.500 soldiers 'darunter "
    "… aus Nordkorea' (mixed total), Russian losses `960 Tsd.`, army size, week number, read "
    "time",
    text="""\
---
title: "Wochenlage: Was über Nordkoreas Soldaten jetzt feststeht"
---

# Wochenlage KW 19: Nordkoreas Soldaten nach dem Eingeständnis

Zwei Wochen ist es her, dass erst Moskau und dann Pjöngjang den Einsatz nordkoreanischer Soldaten \
im Gebiet Kursk eingeräumt haben. Seither sprudeln die Zahlen – aus Seoul, Kiew und Washington, \
und nun auch aus Russland selbst. Wir haben sie gesammelt und mit dem Tag versehen, an dem sie \
genannt wurden.

Lesedauer: 3 Min.

## Die Zahlen im Überblick

| Quelle | Stand | Zahl | Worum es geht |
| --- | --- | --- | --- |
| Geheimdienst NIS, Seoul | 30.04. | [[ca. 15.000]] | seit Oktober 2024 insgesamt nach Russland \
entsandt |
| Geheimdienst NIS, Seoul | 30.04. | [[4.700]] | Tote und Verwundete, davon [[rd. 600]] Tote |
| Generalstabschef Gerassimow, Moskau | 26.04. | „[[Tausende]]“ | an der „Befreiung“ des Gebiets \
Kursk beteiligt |
| Nachrichtenagentur KCNA, Pjöngjang | 28.04. | – | Einsatz bestätigt, keine Zahl genannt |
| Präsident Selenskyj | Anfang der Woche | [[11 Tsd.]] | insgesamt im Gebiet Kursk eingesetzt |
| US-Außenministerium | vorige Woche | [[über 14 Tsd.]] | seit dem Herbst nach Russland verlegt |
| Militärgeheimdienst HUR, Kiew | vorgestern | [[bis zu 3.000]] | werden in Nordkorea als \
Verstärkung ausgebildet |
| eigene Schätzung | heute | [[10.000–11.000]] | derzeit noch in Russland |

Unsere eigene Schätzung ergibt sich, wenn man Entsendungen, Verluste und Heimkehrer gegeneinander \
aufrechnet; sie ist mit großer Unsicherheit behaftet.

## Pjöngjang spricht über seine Toten

Neu ist vor allem der Ton in Nordkorea. Bei einer Gedenkfeier am Mittwoch ehrte Machthaber Kim \
Jong-un nach Angaben von KCNA „[[Hunderte]] heldenhafte Gefallene“ und kündigte ein Museum für die \
„Befreier von Kursk“ an. Es ist das erste Mal, dass das Regime Tote überhaupt erwähnt.

In Moskau feiert Russland heute den 80. Jahrestag des Kriegsendes. An der Parade auf dem Roten \
Platz nehmen nach Angaben des Verteidigungsministeriums 11.500 Soldaten teil, darunter erstmals \
eine Abordnung aus Nordkorea; wie groß sie ist, wurde nicht mitgeteilt.

Zur Einordnung: Nordkoreas Armee zählt rund 1,3 Mio. aktive Soldaten. Russland hat nach \
ukrainischen Angaben seit Februar 2022 mehr als 960 Tsd. Soldaten verloren, getötet oder verwundet.

Foto oben: KCNA/AFP
""",
    claims=(
        C("ca. 15.000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "table row NIS, 'Stand' 30.04.: sent in total since October 2024"),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "table row NIS, 30.04.: dead and wounded"),
        C("rd. 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same cell: dead"),
        C("Tausende", None, "vague", "near_front", "russia", "2025-04-26",
          "table row Gerasimov, 26.04., in „“: took part in the fighting in Kursk"),
        C("11 Tsd.", 11000, "exact", "near_front", "ukraine", "2025-05-05..2025-05-07",
          "table row Zelensky, 'Anfang der Woche' = Monday to Wednesday: deployed in Kursk"),
        C("über 14 Tsd.", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "table row State Department, 'vorige Woche': moved to Russia"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "2025-05-07",
          "table row HUR, 'vorgestern': trained in North Korea 'als Verstärkung' (increment)",
          add=True),
        C("10.000–11.000", None, "range", "in_russia", "unattributed", "pub",
          "table row 'eigene Schätzung', 'heute': the outlet's own estimate (en dash range)"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "wed",
          "KCNA on Kim's ceremony 'am Mittwoch', in „“: fallen"),
    ),
)

T06 = Source(
    article_id="t06_telegram_blogger_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bodensee-Kurier",
        "https://www.bodensee-kurier.example/ausland/z-blogger-nordkorea-sudscha-20250314.html",
        "",
    ),
    features="German HTML in ISO-8859-1 with CRLF, no meta date (sidecar only), typographic "
    "quotes only as entities (&bdquo;/&ldquo;, &ndash;); evaluation of Telegram channels: "
    "headline 'Z-Blogger: 3.000 …' attributed from the lead; a Russian war-blogger channel "
    "'am Mittwoch' and a blogger 'am Dienstag' (both other); SSO post 'am Donnerstag' `27` "
    "killed; HUR 'am Montag' `bis zu 1.500` neue (increment; 'seit Februar' is the event); "
    "JCS 'Anfang März' range with 'zusätzlichen'; a Ukrainian OSINT project's count "
    "(other, present tense); Russian soldiers in a pipeline `gut 800 Mann`, subscribers, "
    "views, video seconds, kilometres, square kilometres, Russian losses, consent partners, "
    "tracking script, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Was russische Militärblogger über Nordkoreas Soldaten schreiben | Bodensee-Kurier</title>
<meta name="robots" content="index,follow">
<script>var _paq = _paq || []; _paq.push(["setCustomDimension", 3, "ausland"]); \
_paq.push(["trackPageView"]);</script>
</head>
<body>
<div class="consent-layer">Wir nutzen Cookies und ähnliche Technologien gemeinsam mit 74 Partnern. \
<a href="/datenschutz">Datenschutz</a> <button>Zustimmen</button></div>
<nav>Bodensee-Kurier &raquo; Politik &raquo; Ausland</nav>
<article>
<h1>Z-Blogger: [[3.000]] Nordkoreaner beim Sturm auf Sudscha</h1>
<p class="lead">Russische Kriegskanäle auf Telegram feiern die Rückeroberung der Kleinstadt \
&ndash; und mit ihr die &bdquo;koreanischen Brüder&ldquo;. Kiew hält mit eigenen Videos dagegen. \
Eine Auswertung.</p>
<p class="autor">Von Lukas Brandhuber</p>
<p>Offiziell schweigt Moskau weiter über den Einsatz nordkoreanischer Soldaten. Umso lauter äußern \
sich die sogenannten Z-Blogger. Der Kanal &bdquo;Frontowaja Swodka&ldquo;, dem nach eigenen \
Angaben 1,2 Millionen Menschen folgen, schrieb am Mittwoch, an der Rückeroberung von Sudscha seien \
[[etwa 3.000]] Koreaner beteiligt gewesen. Sie hätten &bdquo;wie Löwen&ldquo; gekämpft.</p>
<p>Der Militärblogger Artjom Sorokin (480.000 Abonnenten) ging am Dienstag noch weiter: Ohne die \
[[rund 2.000]] Nordkoreaner in den Sturmtrupps wäre die Stadt &bdquo;nicht in einer Woche \
gefallen&ldquo;. Belege lieferte keiner der Kanäle. Ein Video, das Sorokin dazu teilte, ist 47 \
Sekunden lang und zeigt Männer in russischen Uniformen ohne erkennbare Abzeichen.</p>
<p>Russische Soldaten sollen sich bei der Operation zuvor durch eine etwa 15 Kilometer lange \
Gasleitung an die ukrainischen Stellungen herangearbeitet haben; die Blogger sprechen von \
&bdquo;gut 800 Mann&ldquo;.</p>
<h2>Kiews Antwort: Drohnenvideos</h2>
<p>Die ukrainischen Spezialkräfte SSO hielten am Donnerstag mit einem eigenen Telegram-Beitrag \
dagegen. Auf dem dazugehörigen Video seien Angriffe auf nordkoreanische Stellungen bei Sudscha zu \
sehen, bei denen binnen zwei Tagen [[27]] Soldaten getötet worden seien. Der Beitrag wurde mehr \
als 2,3 Millionen Mal angesehen.</p>
<p>Der Militärgeheimdienst HUR erklärte am Montag im Fernsehen, seit Februar seien [[bis zu \
1.500]] neue Nordkoreaner an die Front gekommen. Südkoreas Generalstab JCS hatte Anfang März von \
[[zwischen 1.000 und 3.000]] zusätzlichen Soldaten gesprochen, die Pjöngjang seit Jahresbeginn \
geschickt habe.</p>
<p>Das ukrainische Rechercheprojekt &bdquo;Karta Wijny&ldquo;, das Kampfvideos geolokalisiert, \
zählt auf Aufnahmen seit Dezember [[mindestens 160]] getötete Nordkoreaner. Die tatsächliche Zahl \
liege &bdquo;um ein Vielfaches höher&ldquo;, schreibt das Team.</p>
<h2>Warum die Blogger die Koreaner loben</h2>
<p>Für die Kanäle sind die Nordkoreaner ein willkommenes Argument gegen die eigene Führung: Wer \
die Verbündeten lobt, kann die russischen Generäle umso härter kritisieren. Russland hat nach \
britischen Schätzungen seit Februar 2022 mehr als 850.000 Soldaten verloren. Die Ukraine hatte im \
August 2024 rund 1.300 Quadratkilometer im Gebiet Kursk erobert; davon hält sie nach eigenen \
Angaben nur noch knapp 200.</p>
</article>
<footer>© Bodensee-Kurier 2025 · Leserservice 07531 555-200 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "near_front", "other", "wed..pub",
          "headline 'Z-Blogger:', attributed from the channel's Wednesday post"),
        C("etwa 3.000", 3000, "approx", "near_front", "other", "wed",
          "Russian war-blogger channel 'am Mittwoch' (a blogger is other, not russia)"),
        C("rund 2.000", 2000, "approx", "near_front", "other", "tue",
          "military blogger 'am Dienstag': in the assault troops"),
        C("27", 27, "exact", "casualties", "ukraine", "thu",
          "SSO Telegram post 'am Donnerstag': killed"),
        C("bis zu 1.500", 1500, "at_most", "near_front", "ukraine", "mon",
          "HUR 'am Montag': 'neue' arrived at the front (increment; 'seit Februar' is the "
          "event)", add=True),
        C("zwischen 1.000 und 3.000", None, "range", "in_russia", "south_korea",
          "2025-03-01..2025-03-10", "JCS 'Anfang März': 'zusätzlichen' sent (increment)",
          add=True),
        C("mindestens 160", 160, "at_least", "casualties", "other", "pub",
          "Ukrainian OSINT project, present tense 'zählt' (no date): killed"),
    ),
)

T07 = Source(
    article_id="t07_newsletter_lage_ost_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-11-13"),
    dated_by="sidecar",
    features="German e-mail newsletter as plain text in UTF-16 LE with BOM: items under day "
    "labels ('Mi., 13.11.2024', 'Di., 12.11.2024', 'Mo., 11.11.2024'), each with an "
    "all-caps headline with colon attribution (`TAUSENDE`, `ÜBER 10.000`, `10.000 BIS "
    "12.000`); 'heute Morgen'; HUR's figure named 'vergangenen Freitag' and repeated 'am "
    "Montag' (window Friday-Monday); undated 'Kurz notiert' bullets: Rutte 'Anfang der "
    "Woche' `Zehntausend` (number word, Monday to publication), the South Korean defence "
    "minister 'vorgestern' „jederzeit Zehntausende“ nachschieben (increment); Russian POWs "
    "and losses, '1.000 Tage', reading times, phone number",
    sidecar=("Lage Ost (Newsletter)", "", "Lage Ost – Ausgabe 46/2024"),
    text="""\
Betreff: Lage Ost – Ihr Newsletter zur Wochenmitte

LAGE OST
Der sicherheitspolitische Newsletter · Ausgabe 46/2024

Liebe Leserinnen und Leser,

diese Woche stand im Zeichen der ersten Gefechte zwischen ukrainischen und nordkoreanischen \
Soldaten. Hier das Wichtigste in Kürze, wie immer mit Datum und Quelle.

Ihre Katrin Vollmer, Redaktion Außenpolitik

------------------------------------------------------------

Mi., 13.11.2024
SEOUL: [[TAUSENDE]] NORDKOREANER BEREITS IM KAMPF

Südkoreas Nachrichtendienst NIS hat heute Morgen die Abgeordneten des Geheimdienstausschusses \
unterrichtet. Demnach sind von den [[rund 11 000]] nach Russland verlegten Nordkoreanern \
inzwischen [[mehrere Tausend]] an Gefechten im Gebiet Kursk beteiligt. Einige seien bereits \
verwundet worden; Zahlen nannte der Dienst nicht.

Di., 12.11.2024
BLINKEN: [[ÜBER 10.000]] NORDKOREANER IN RUSSLAND

US-Außenminister Antony Blinken sagte am Dienstagabend in Brüssel, [[mehr als 10.000]] \
nordkoreanische Soldaten seien in den Osten Russlands gebracht worden. Ein Großteil sei inzwischen \
an die Grenze zur Ukraine verlegt worden und beteilige sich an Kämpfen.

Mo., 11.11.2024
KIEW: [[10.000 BIS 12.000]] WEITERE KÖNNTEN FOLGEN

Der ukrainische Militärgeheimdienst HUR erwartet, dass Pjöngjang bis Jahresende [[zwischen 10.000 \
und 12.000]] weitere Soldaten schickt. Ein Sprecher hatte die Zahl vergangenen Freitag im \
Fernsehen genannt, am Montag bekräftigte sie Geheimdienstchef Budanow in einem Interview.

------------------------------------------------------------

KURZ NOTIERT

• Nato-Generalsekretär Mark Rutte sagte Anfang der Woche in Paris: „[[Zehntausend]] \
nordkoreanische Soldaten in Europa sind kein Randthema.“
• Südkoreas Verteidigungsminister Kim Yong-hyun warnte vorgestern im Parlament, der Norden könne \
„jederzeit [[Zehntausende]]“ nachschieben.
• Die Ukraine hat seit Beginn ihrer Kursk-Offensive im August nach eigenen Angaben mehr als 700 \
russische Soldaten gefangen genommen.
• Russland verlor laut ukrainischem Generalstab am Dienstag 1.770 Soldaten, so viele wie nie zuvor \
an einem Tag.
• Am 19.11. dauert der Krieg 1.000 Tage.

ZUM WEITERLESEN

Analyse: Was Kim für seine Soldaten bekommt (6 Min.)
Interview: „Die Nordkoreaner lernen schnell“ (9 Min.)

------------------------------------------------------------
Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden | Impressum | Leserservice \
030 2887 4410
""",
    claims=(
        C("TAUSENDE", None, "vague", "near_front", "south_korea", "2024-11-13",
          "all-caps item headline 'SEOUL:', attributed from its item (Wed 13 Nov)"),
        C("rund 11 000", 11000, "approx", "in_russia", "south_korea", "2024-11-13",
          "NIS 'heute Morgen', carried by 'Demnach': moved to Russia"),
        C("mehrere Tausend", None, "vague", "near_front", "south_korea", "2024-11-13",
          "same sentence: in the fighting in Kursk"),
        C("ÜBER 10.000", 10000, "at_least", "in_russia", "united_states", "2024-11-12",
          "all-caps item headline 'BLINKEN:', item dated Tue 12 Nov"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "2024-11-12",
          "Blinken 'am Dienstagabend': brought to eastern Russia"),
        C("10.000 BIS 12.000", None, "range", "planned", "ukraine", "fri..2024-11-11",
          "all-caps item headline 'KIEW: … WEITERE' (increment), dated like its item",
          add=True),
        C("zwischen 10.000 und 12.000", None, "range", "planned", "ukraine", "fri..2024-11-11",
          "HUR: first named 'vergangenen Freitag' (8 Nov), repeated 'am Montag' (11 Nov): "
          "'weitere' (increment)", add=True),
        C("Zehntausend", 10000, "exact", "in_russia", "nato", "2024-11-11..2024-11-13",
          "undated bullet: Rutte 'Anfang der Woche' (Monday to Wednesday), number word"),
        C("Zehntausende", None, "vague", "planned", "south_korea", "2024-11-11",
          "defence minister 'vorgestern': could 'nachschieben' (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (wire, Korean, US and UK)
# ---------------------------------------------------------------------------------------------

T08 = Source(
    article_id="t08_wire_update3_kremlin",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-09-04"), dated_by="sidecar",
    sidecar=(
        "Meridian News Agency",
        "https://www.meridian-news.example/world/asia-pacific/nkorea-russia-update-3",
        "UPDATE 3-Seoul puts North Korean war dead at 2,000; Kremlin praises Kim's \"heroes\"",
    ),
    features="wire story 'UPDATE 3-' with an update note '(Adds Kremlin comment in paragraph "
    "6, KCNA report in paragraphs 9-10)', year-less dateline 'SEOUL/MOSCOW, Sept 4 "
    "(Meridian) -' (sidecar date), reporting and editing credits; headline figure attributed "
    "from the lead; NIS via a lawmaker 'on Thursday' (the publication day): killed, sent, "
    "'6,000 more' (increment), sappers in Kursk; Kremlin (Peskov) \"several thousand\"; HUR "
    "'in late August' `11,000-plus`; NATO (Rutte) 'on the weekend' `upward of 14,000`; "
    "North Korea's party newspaper 'last month' `more than 100` fallen; shells, '80 years', "
    "'six years', treaty article, age, e-mail and phone",
    text="""\
UPDATE 3-Seoul puts North Korean war dead at [[2,000]]; Kremlin praises Kim's "heroes"

(Adds Kremlin comment in paragraph 6, KCNA report in paragraphs 9-10)

By Hyemin Cho and Pavel Ostrov

SEOUL/MOSCOW, Sept 4 (Meridian) - [[About 2,000]] North Korean soldiers have been killed fighting \
for Russia against Ukraine, South Korea's National Intelligence Service (NIS) told lawmakers on \
Thursday, roughly tripling the estimate it gave in the spring.

The NIS said Pyongyang had sent [[roughly 15,000]] troops to Russia since October 2024 and was \
preparing to dispatch [[6,000]] more, including military engineers and construction troops, \
according to lawmaker Lee Seong-kweun, who briefed reporters after the closed-door session.

Of those already deployed, [[around 1,000]] sappers were clearing mines in Russia's Kursk region, \
Lee said. The agency believes North Korea has also shipped more than 12 million artillery shells \
to Russia since 2023.

The estimates could not be independently verified.

Kim Jong Un met Russian President Vladimir Putin in Beijing on Wednesday on the sidelines of a \
military parade marking 80 years since the end of World War Two. It was Kim's first visit to China \
in six years.

Kremlin spokesman Dmitry Peskov told reporters on Thursday that Putin had personally thanked Kim \
for the "heroism" of the Korean soldiers. Asked about Seoul's casualty estimate, Peskov said he \
would not comment on "figures from hostile services", but added that "[[several thousand]] Korean \
comrades" had fought to free the Kursk region.

Ukraine's military intelligence agency said in late August it had counted [[11,000-plus]] North \
Korean soldiers still inside Russia, many of them now training Russian drone crews. NATO \
Secretary-General Mark Rutte said on the weekend the alliance put the total sent so far at \
"[[upward of 14,000]]".

Washington has not updated its public figures since the spring.

KCNA reported on Thursday that Kim had vowed to build a museum honouring soldiers "who fell in the \
overseas military operation". It gave no number, but the ruling party's newspaper Rodong Sinmun \
last month published the portraits of [[more than 100]] fallen soldiers awarded the title of hero.

State television showed Kim, 41, greeting Putin with a long handshake. The two countries signed a \
mutual defence treaty in June 2024; its Article 4 obliges each side to help the other if attacked.

(Reporting by Hyemin Cho in Seoul and Pavel Ostrov in Moscow; additional reporting by Olena \
Marchuk in Kyiv; Editing by Simon Carrow and Gareth Hewes)

((hyemin.cho@meridian-news.example; +82 2 555 0136))
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "'UPDATE 3-' headline 'Seoul puts …', attributed from the lead (NIS, Thursday)"),
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS to lawmakers 'on Thursday' (the publication day): killed"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "same briefing via lawmaker Lee: sent since October 2024"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "same briefing: 'preparing to dispatch 6,000 more' (increment)", add=True),
        C("around 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "'Lee said': sappers clearing mines in Kursk"),
        C("several thousand", None, "vague", "near_front", "russia", "thu",
          "Kremlin (Peskov) 'on Thursday', in \"\": fought to free Kursk"),
        C("11,000-plus", 11000, "at_least", "in_russia", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'in late August' (days 21-31): still inside Russia; '-plus' = at_least"),
        C("upward of 14,000", 14000, "at_least", "in_russia", "nato", "sat..sun",
          "Rutte 'on the weekend' (30-31 Aug): sent so far"),
        C("more than 100", 100, "at_least", "casualties", "north_korea",
          "2025-08-01..2025-08-31", "party newspaper Rodong Sinmun 'last month': fallen"),
    ),
)

T09 = Source(
    article_id="t09_korea_paper_nis_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-10-14"),
    dated_by="html_meta",
    features="Korean English-language daily in HTML, UTF-8 with BOM: `<meta name=\"date\">` "
    "with a +09:00 time, JSON-LD, consent bar; headline with the source after a colon ('…: "
    "NIS') and its og:title duplicate (optional); 'N. Korea', 'the North', 'said Tuesday' "
    "(AP style, the publication day); NIS via a lawmaker: 'additional' rotation, total "
    "`some 16,000`, `roughly 5,000` military construction troops; a quote `Close to 2,000` "
    "repeated as a pull quote (both required); Russia's ambassador 'published Saturday' "
    "`6,000` builders and deminers in Kursk; Kyiv `the high thousands`; Japan's white paper "
    "'in July' (other); North Korean laborers, missiles, border length, South Korea's army, "
    "age, won, registration number, phone",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>N. Korea rotates more troops to Russia: NIS - The Han River Times</title>
<meta name="date" content="2025-10-14T17:42:00+09:00">
<meta property="og:title" content="N. Korea sends [[1,000]] more troops to Russia: NIS">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": \
"2025-10-14T17:42:00+09:00", "wordCount": 642, "articleSection": "North Korea"}</script>
</head>
<body>
<div class="gdpr">We use cookies to improve your experience on our site. <a \
href="/privacy">Privacy policy</a> <button>Agree</button></div>
<nav><a href="/">Home</a> | <a href="/nk">North Korea</a> | <a href="/defense">Defense</a> | <a \
href="/national">National</a></nav>
<main>
<div class="section">North Korea</div>
<h1>N. Korea sends [[1,000]] more troops to Russia: NIS</h1>
<h2 class="subhead">Lawmakers say latest rotation made up of drone operators, artillery crews</h2>
<p class="byline">By Yoon Ji-hye &middot; Published : Oct. 14, 2025 - 17:42</p>
<p>North Korea sent [[about 1,000]] additional troops to Russia in September, bringing the number \
of its soldiers dispatched since October last year to [[some 16,000]], South Korea's spy agency \
said Tuesday.</p>
<p>The figures were disclosed by Rep. Park Sun-won of the ruling Democratic Party, a member of the \
National Assembly's Intelligence Committee, after a closed-door parliamentary audit of the \
National Intelligence Service. The latest group is believed to consist largely of drone operators \
and artillery crews, Park told reporters.</p>
<p>Of the total, [[roughly 5,000]] are military construction troops sent to rebuild roads and \
bridges after Russian Security Council Secretary Sergei Shoigu visited Pyongyang in June, he \
said.</p>
<p>"[[Close to 2,000]] young men have died for Putin's war, and the North keeps sending more," \
Park said, citing the NIS.</p>
<blockquote class="pullquote">"[[Close to 2,000]] young men have died for Putin's war"</blockquote>
<p>Russia's ambassador to Pyongyang told the Russian news agency RIA in an interview published \
Saturday that [[6,000]] North Korean builders and deminers were "restoring the Kursk region." Kyiv \
has said the North's casualties run into [[the high thousands]], without giving a precise \
figure.</p>
<p>Japan's Defense Ministry, in its annual white paper released in July, estimated that [[at least \
14,000]] North Korean troops had been sent to Russia.</p>
<p>Separately, the NIS said about 13,000 North Korean laborers had entered Russia this year, many \
of them working on construction sites in Moscow and Vladivostok. The agency's annual budget is \
about 1.3 trillion won.</p>
<p>At a military parade on Friday marking the 80th founding anniversary of the Workers' Party, \
leader Kim Jong-un, 41, showed off more than a dozen intercontinental ballistic missiles. South \
Korea's armed forces, which number about 450,000 troops, remain on heightened alert along the \
248-kilometer inter-Korean border.</p>
</main>
<footer>The Han River Times &middot; Registration No. Seoul A 00321 &middot; Tel. +82-2-555-0147 \
&middot; &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("1,000", 1000, "exact", "in_russia", "south_korea", "tue",
          "og:title duplicate of the headline (metadata)", add=True, opt=True),
        C("1,000", 1000, "exact", "in_russia", "south_korea", "tue",
          "headline '…: NIS' (source after the colon): 'more troops' (increment)", add=True),
        C("about 1,000", 1000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'said Tuesday' (publication day): 'additional' sent in September", add=True),
        C("some 16,000", 16000, "approx", "in_russia", "south_korea", "tue",
          "same sentence: dispatched since October last year"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'he said' (lawmaker briefed by the NIS): military construction troops"),
        C("Close to 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "lawmaker's quote 'citing the NIS': died; 'close to' = approx"),
        C("Close to 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "pull quote repeating the body quote"),
        C("6,000", 6000, "exact", "near_front", "russia", "sat",
          "Russian ambassador, interview 'published Saturday': restoring Kursk"),
        C("the high thousands", None, "vague", "casualties", "ukraine", "pub",
          "Kyiv, no date: casualties"),
        C("at least 14,000", 14000, "at_least", "in_russia", "other", "2025-07-01..2025-07-31",
          "Japan's defence white paper 'in July' (third government: other)"),
    ),
)

T10 = Source(
    article_id="t10_factcheck_30000_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-07-10"),
    dated_by="front_matter",
    features="US fact-check in Markdown ('Claim:' / 'Verdict:'), front matter with a quoted "
    "timestamp and a title without a figure; the unattributed 'Claim:' box (optional); the "
    "verdict restating HUR's forecast (required, window from HUR's date); the viral post "
    "'since Sunday' (other) turning a forecast into an arrival; HUR 'on July 2' `up to "
    "30,000` additional; NIS 'on June 26' with `a little over 6,000` additional (at_least); "
    "Shoigu 'on June 17'; an anonymous NATO official 'on Wednesday' `between 10,000 and "
    "12,000`; followers, views, clip seconds, drones, e-mail and phone",
    text="""\
---
title: "Fact check: Did North Korea just send a new army to Russia?"
date: "2025-07-10T08:00:00-04:00"
rating: Missing context
author: Dana Mercer
---

# Did North Korea just send a new army to Russia?

**Claim:** "[[30,000]] North Korean soldiers have landed in Russia this week to join the summer \
offensive."

**Verdict: Missing context.** Ukraine's military intelligence has said Pyongyang could send [[up \
to 30,000]] more troops. No government has said they have arrived.

A post shared widely on X and Facebook since Sunday says that "[[30,000]] North Korean soldiers \
have landed in Russia this week." One version, posted by an account with 212,000 followers, had \
been viewed about 3.1 million times by Wednesday evening. It shows a 12-second clip of soldiers \
boarding a train.

## Where the number comes from

The figure matches a forecast by Ukraine's military intelligence agency, HUR. In an interview \
published on July 2, HUR chief Kyrylo Budanov said Pyongyang could send "[[up to 30,000]]" \
additional troops to Russia in the coming months to replace its losses. He did not say any had \
arrived.

The clip itself is not new. A reverse image search shows it was posted on a Russian regional news \
site in November 2024, and that it shows Russian conscripts in Khabarovsk.

## What other sources say

South Korea's National Intelligence Service told lawmakers on June 26 that [[roughly 11,000]] \
North Korean troops were in Russia and that Pyongyang was preparing to send [[a little over \
6,000]] additional military engineers and builders. That matches Moscow's own announcement: \
Security Council secretary Sergei Shoigu said on June 17 that the North would send [[6,000]] \
deminers and military construction workers to Kursk.

A NATO official, speaking on condition of anonymity, told us on Wednesday that the alliance \
estimates [[between 10,000 and 12,000]] North Korean soldiers are currently in Russia and has seen \
"no sign of a mass arrival." The Pentagon referred questions to the State Department, which did \
not respond by publication time.

Russia launched a record 728 drones at Ukraine overnight into Wednesday, Ukraine's air force said, \
but there is no evidence that North Korean soldiers are involved in the new offensive.

## Our ruling

Missing context. The number in the post is a forecast of what Pyongyang could send, not a count of \
soldiers who have arrived, and the video is from last year.

*Contact the fact-check desk: factcheck@bayline.example or (415) 555-0182.*
""",
    claims=(
        C("30,000", 30000, "exact", "in_russia", "other", "sun..pub",
          "'Claim:' box without a named source", opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-02..pub",
          "verdict box restating HUR's forecast from the body (increment: 'more')", add=True),
        C("30,000", 30000, "exact", "in_russia", "other", "sun..pub",
          "viral post circulating 'since Sunday': 'have landed in Russia'"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-02",
          "HUR chief 'on July 2': could send 'additional' (increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "2025-06-26",
          "NIS to lawmakers 'on June 26': in Russia"),
        C("a little over 6,000", 6000, "at_least", "planned", "south_korea", "2025-06-26",
          "same briefing: 'a little over' read like 'over' (at_least); 'additional' "
          "(increment)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'on June 17': would send deminers and builders"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "nato", "wed",
          "anonymous NATO official 'on Wednesday': currently in Russia"),
    ),
)

T11 = Source(
    article_id="t11_thinktank_footnotes_uk",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-02-12"),
    dated_by="dateline", crlf=True,
    features="UK think-tank policy brief in windows-1252 with CRLF, 'Published 12 February "
    "2025' line; numbered key judgements and footnote markers '[1]'…'[6]'; a figure whose "
    "only source is its footnote (NIS briefing, 13 January 2025); the institute's own "
    "estimates ('By our estimate', 'a further 1,500 to 3,000': other, publication date); "
    "Zelensky 'on 11 January' and the General Staff 'on 3 February' with their footnotes; "
    "'According to the ISW's assessment of 28 January' `several hundred`; Pentagon 'on 21 "
    "January'; a footnote quoting NATO's `11,000 or more` (required); Russia without a "
    "figure; '11th Corps', 'one in three', calibres, missiles, Russian losses a day, dollars, "
    "brief number, reading time, charity number",
    text="""\
EASTERN FLANK ANALYSIS UNIT
Policy Brief No. 27/2025

Kursk as a classroom: what North Korea's losses tell us

Published 12 February 2025 | Reading time: 9 minutes
Dr Hannah Greaves and Tomasz Wieczorek

KEY JUDGEMENTS

1. North Korea has committed [[about 12,000]] troops to Russia's war since October 2024, most of \
them drawn from the elite 11th Corps.[1]

2. By our estimate, the force has suffered [[at least 4,000]] casualties – roughly one in three of \
those deployed – in under three months of combat.

3. Pyongyang is likely to rotate in a further [[1,500 to 3,000]] troops by the spring, chiefly to \
replace losses rather than to expand the force.

4. The main beneficiary is not Moscow but Pyongyang, which is gaining combat experience that no \
other Asian army has.

CONTEXT

Kyiv's figures run higher than ours. President Zelensky put North Korean losses at [[nearly \
4,000]] killed and wounded on 11 January,[2] and the General Staff claimed [[more than 5,000]] on \
3 February.[3] According to the ISW's assessment of 28 January, [[several hundred]] North Korean \
soldiers at most remained in front-line positions near Sudzha by that point.[4]

The Pentagon, by contrast, told reporters on 21 January that the North Koreans had been pulled \
back but were still in the Kursk region, numbering [[around 8,000]].[5] NATO's count of those \
deployed is close to Seoul's.[6]

Russia has not acknowledged the deployment. Its deputy foreign minister called the reports "a \
provocation" on 30 January.

IMPLICATIONS

The North Koreans arrived with little but small arms; they are learning to fight with drones, and \
their artillery – 170mm Koksan guns and 240mm multiple rocket launchers – is already in Russian \
service. Pyongyang has also supplied some 100 KN-23 ballistic missiles. Russia's own losses \
averaged more than 1,500 men a day in January, which explains Moscow's appetite for foreign \
manpower. In return, North Korea may earn as much as US$20bn a year.

NOTES

[1] NIS briefing to the National Assembly Intelligence Committee, Seoul, 13 January 2025.
[2] Office of the President of Ukraine, evening address, 11 January 2025.
[3] General Staff of the Armed Forces of Ukraine, Telegram post, 3 February 2025.
[4] Institute for the Study of War, Russian Offensive Campaign Assessment, 28 January 2025.
[5] US Department of Defense, press briefing, 21 January 2025.
[6] NATO, background briefing to journalists, Brussels, 5 February 2025: "[[11,000 or more]] \
deployed in total".

The Eastern Flank Analysis Unit is an independent research institute. Registered charity no. \
1164207. © EFAU 2025
""",
    claims=(
        C("about 12,000", 12000, "approx", "in_russia", "south_korea", "2025-01-13",
          "key judgement sourced only by footnote [1]: NIS briefing, 13 January 2025"),
        C("at least 4,000", 4000, "at_least", "casualties", "other", "pub",
          "'By our estimate': the institute's own figure (a named non-media publisher: other)"),
        C("1,500 to 3,000", None, "range", "planned", "other", "pub",
          "the institute's forecast: 'a further' (increment)", add=True),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'on 11 January' (footnote [2] agrees)"),
        C("more than 5,000", 5000, "at_least", "casualties", "ukraine", "2025-02-03",
          "General Staff 'on 3 February' (footnote [3])"),
        C("several hundred", None, "vague", "near_front", "other", "2025-01-28",
          "'According to the ISW's assessment of 28 January': in front-line positions"),
        C("around 8,000", 8000, "approx", "near_front", "united_states", "2025-01-21",
          "Pentagon 'on 21 January': still in the Kursk region"),
        C("11,000 or more", 11000, "at_least", "in_russia", "nato", "2025-02-05",
          "footnote [6]: NATO briefing of 5 February 2025, hedge after the number"),
    ),
)

T12 = Source(
    article_id="t12_newsletter_uk_latin1_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-11-15"),
    dated_by="sidecar",
    sidecar=("The Week in Defence", "", ""),
    features="UK e-mail newsletter in XHTML, ISO-8859-1 (quotes only as entities), layout "
    "table, hidden preheader, `<style>` with pixel sizes; no meta date and an empty sidecar "
    "title; items under UK day labels 'Monday 11/11/2024' … 'Friday 15/11/2024', each dated by "
    "its label; an item heading `11k` (ukraine, from its item); NIS `some 11,000`; Pentagon "
    "`over 10,000`; UK Defence Intelligence 'update of 14th November' &lsquo;in the "
    "hundreds&rsquo; (other); NATO spokesperson 'this morning' &lsquo;thousands more&rsquo; "
    "(increment); 'Earlier this month' `7,000-odd` (approx); Russian losses, recruits trained "
    "and a raw `£` in the text, '1,000th day', issue number, subscriber count, company number",
    text="""\
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />
<title>The Week in Defence</title>
<style type="text/css">body{margin:0;padding:0} .item{padding:12px 0;border-bottom:1px solid #ddd} \
@media only screen and (max-width:600px){.wrap{width:100% !important}}</style>
</head>
<body>
<span class="preheader" style="display:none">North Korea's troops go into battle &ndash; plus four \
things to read this weekend</span>
<table class="wrap" width="600" cellpadding="0" cellspacing="0" role="presentation"><tr><td>
<p class="masthead">THE WEEK IN DEFENCE &middot; Issue 212</p>
<p>Good morning. It was the week the first North Korean soldiers went into battle against Ukraine \
&ndash; and the week the numbers started to diverge. Here is what each capital said, day by day.</p>

<div class="item"><p class="day">Monday 11/11/2024</p>
<h2>Seoul: Kim's troops &lsquo;now in combat&rsquo;</h2>
<p>South Korea's National Intelligence Service told MPs in Seoul that [[some 11,000]] North Korean \
soldiers were in Russia and that a &lsquo;considerable number&rsquo; had joined the fighting in \
Kursk.</p></div>

<div class="item"><p class="day">Tuesday 12/11/2024</p>
<h2>Pentagon confirms Kursk deployment</h2>
<p>A Pentagon spokeswoman said [[over 10,000]] North Korean troops had moved into the Kursk \
region, where they had &lsquo;begun engaging in combat operations&rsquo; alongside Russian \
units.</p></div>

<div class="item"><p class="day">Wednesday 13/11/2024</p>
<h2>Zelensky: [[11k]] North Koreans in Kursk</h2>
<p>Volodymyr Zelensky said Ukrainian forces had clashed with North Korean units for the first \
time, and that [[11,000]] of them were now deployed in the Kursk region.</p></div>

<div class="item"><p class="day">Thursday 14/11/2024</p>
<h2>Defence Intelligence counts the first losses</h2>
<p>In its update of 14th November, UK Defence Intelligence said North Korean casualties were \
likely to be &lsquo;in the [[hundreds]]&rsquo; already, mostly from drone strikes.</p></div>

<div class="item"><p class="day">Friday 15/11/2024</p>
<h2>NATO braced for more</h2>
<p>A NATO spokesperson said this morning that the alliance &lsquo;would not be surprised&rsquo; if \
Pyongyang sent &lsquo;[[thousands]] more&rsquo; over the winter.</p></div>

<h3>Also this week</h3>
<ul>
<li>Earlier this month Ukraine's military intelligence agency put the number of North Koreans \
moved to the Kursk border at [[7,000-odd]]; its latest update gives no figure.</li>
<li>Russia lost a record 1,950 soldiers on Tuesday, according to Kyiv.</li>
<li>The UK has now trained more than 50,000 Ukrainian recruits under Operation Interflex, at a \
cost of about £2.3bn.</li>
<li>Ukraine's 1,000th day of war falls on Tuesday 19/11/2024.</li>
</ul>
<p class="footer">You are receiving this email because you subscribed to The Week in Defence, read \
by 48,210 people every Friday. <a href="#">Unsubscribe</a> | <a href="#">View in browser</a><br \
/>Marlow &amp; Hythe Media Ltd, registered in England and Wales no. 09871234</p>
</td></tr></table>
</body>
</html>
""",
    claims=(
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "2024-11-11",
          "item 'Monday 11/11/2024': NIS to MPs, in Russia"),
        C("over 10,000", 10000, "at_least", "near_front", "united_states", "2024-11-12",
          "item 'Tuesday 12/11/2024': Pentagon, moved into Kursk"),
        C("11k", 11000, "exact", "near_front", "ukraine", "2024-11-13",
          "item heading 'Zelensky: 11k …', attributed from its item (13/11/2024)"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-13",
          "item 'Wednesday 13/11/2024': Zelensky, in Kursk"),
        C("hundreds", None, "vague", "casualties", "other", "2024-11-14",
          "UK Defence Intelligence 'update of 14th November' in &lsquo;&rsquo;"),
        C("thousands", None, "vague", "planned", "nato", "2024-11-15",
          "NATO spokesperson 'this morning' (Friday item): 'thousands more' (increment)",
          add=True),
        C("7,000-odd", 7000, "approx", "near_front", "ukraine", "2024-11-01..2024-11-15",
          "HUR 'Earlier this month': moved to the Kursk border; '-odd' = approx"),
    ),
)

T13 = Source(
    article_id="t13_timeline_estimates_utf16_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-08-28"),
    dated_by="html_meta", crlf=True,
    features="US timeline page in HTML, UTF-16 LE with BOM and CRLF ('Timeline: How estimates "
    "… grew'): a `<ul>` whose items open with a bold date and &mdash; ('Oct. 23, 2024 "
    "&mdash;', 'Nov. 13 &mdash;', 'Late March &mdash;'), the date being the claim date; lead "
    "figure from HUR 'on Monday'; NATO &ldquo;well above 10,000&rdquo; (at_least); Pentagon "
    "&ldquo;low hundreds&rdquo; (vague); 'Late March' reinforcements (increment); an item "
    "without a figure; the paper's own tally `15,000 to 16,000` (unattributed); laborers, "
    "'28,000 or so' containers, Russian losses, JSON-LD, ad-slot sizes, consent partners, "
    "related link '6 takeaways', street address, phone",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-16">
<title>Timeline: How estimates of North Korea's troops in Russia grew | The Lakeshore \
Tribune</title>
<meta property="article:published_time" content="2025-08-28T06:00:00-05:00">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", \
"wordCount": 812, "datePublished": "2025-08-28"}</script>
<script>window.adSlots = ["top-728x90", "mid-300x250"];</script>
</head>
<body>
<div class="consent-banner">We value your privacy. We and our 429 partners use cookies. \
<button>Accept all</button> <button>Reject all</button></div>
<header><a href="/">The Lakeshore Tribune</a> <nav><a href="/world">World</a> <a \
href="/nation">Nation</a> <a href="/opinion">Opinion</a></nav></header>
<article>
<h1>Timeline: How estimates of North Korea&#8217;s troops in Russia grew</h1>
<p class="byline">By Marcus Feld | Aug. 28, 2025, 6:00 a.m. CDT</p>
<p>The latest estimate came on Monday, when Ukraine&#8217;s military intelligence agency said \
[[about 11,000]] North Korean soldiers were still in Russia, most of them in the Kursk and \
Belgorod border regions. That is close to where the count stood last fall. What changed was \
everything in between: waves of reinforcements, heavy casualties and, in April, an admission from \
Moscow and Pyongyang.</p>
<p>Here is how the numbers grew, and who gave them.</p>
<ul class="timeline">
<li><b>Oct. 23, 2024 &mdash;</b> Lawmakers briefed by South Korea&#8217;s spy agency say [[around \
3,000]] North Korean soldiers are already in Russia&#8217;s Far East.</li>
<li><b>Nov. 13 &mdash;</b> NATO Secretary-General Mark Rutte says the North Koreans in Kursk \
number &ldquo;[[well above 10,000]].&rdquo;</li>
<li><b>Dec. 16 &mdash;</b> The Pentagon reports the first North Korean casualties, in the \
&ldquo;[[low hundreds]].&rdquo;</li>
<li><b>Feb. 6, 2025 &mdash;</b> President Volodymyr Zelensky says [[close to 4,000]] North Koreans \
have been killed or wounded.</li>
<li><b>Late March &mdash;</b> South Korea&#8217;s military says [[3,000]] reinforcements have \
arrived since January.</li>
<li><b>April 26-28 &mdash;</b> Russia, then North Korea, confirm the deployment for the first \
time. Neither gives a number.</li>
<li><b>June 17 &mdash;</b> After a visit to Pyongyang, Russia&#8217;s Sergei Shoigu says the North \
will send [[6,000]] military engineers and builders.</li>
<li><b>Aug. 21 &mdash;</b> North Korean state television shows Kim Jong Un at a ceremony for \
soldiers killed in Kursk; it does not say how many died.</li>
</ul>
<p>By this newspaper&#8217;s tally of official figures, [[15,000 to 16,000]] North Koreans have \
been sent to Russia in all.</p>
<p>Not counted above: an estimated 15,000 North Korean laborers on Russian building sites, and the \
28,000 or so shipping containers of munitions that Seoul says the North has sent since 2023. \
Russia, for its part, has lost more than a million soldiers killed or wounded, according to \
British estimates.</p>
</article>
<aside class="related"><h3>Related</h3><a href="/world/2025/06/17/shoigu-pyongyang">Shoigu in \
Pyongyang: 6 takeaways</a></aside>
<footer>&copy; 2025 The Lakeshore Tribune &middot; 333 W. Wacker Dr., Chicago, IL 60606 &middot; \
312-555-0110</footer>
</body>
</html>
""",
    claims=(
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "lead: HUR 'on Monday' (25 Aug): still in Russia"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "timeline item 'Oct. 23, 2024 —': lawmakers briefed by the NIS"),
        C("well above 10,000", 10000, "at_least", "near_front", "nato", "2024-11-13",
          "item 'Nov. 13 —': Rutte, in Kursk; 'well above' = at_least"),
        C("low hundreds", None, "vague", "casualties", "united_states", "2024-12-16",
          "item 'Dec. 16 —': Pentagon in &ldquo;&rdquo;"),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "2025-02-06",
          "item 'Feb. 6, 2025 —': Zelensky, killed or wounded"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "item 'Late March —' (days 21-31): reinforcements (increment); 'since January' is "
          "the event", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "item 'June 17 —': Shoigu, will send"),
        C("15,000 to 16,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own tally ('By this newspaper's tally')"),
    ),
)

T14 = Source(
    article_id="t14_telegram_watch_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-20"), dated_by="sidecar",
    sidecar=(
        "The Coastal Standard",
        "https://www.coastal-standard.example/world/telegram-watch-north-korea-war-bloggers",
        "",
    ),
    features="US weekly Telegram round-up in Markdown whose front matter has no date "
    "(sidecar only); bold entry labels naming channel and day ('…, Tuesday, 21:14:'); "
    "Russian war bloggers, an anonymous channel 'close to' military intelligence and a "
    "state-TV war correspondent (all other); `about 12k`, `1.5k` (k abbreviations); SSO "
    "'Wednesday night' `21` killed and `40` others wounded (not additional); HUR's channel "
    "'Thursday' `a couple of hundred`; NIS 'on Thursday' `at least 100`; the Russian defence "
    "ministry's channel and the Kremlin without a figure; subscribers, views, clip seconds, "
    "Russia's claim of Ukrainian losses",
    text="""\
---
title: "Telegram Watch: Russian war bloggers and the 'Korean comrades'"
section: World
series: Telegram Watch
---

# Telegram Watch: What the war bloggers say about the North Koreans

*Every Friday we read the week's most-followed Russian and Ukrainian military channels so you \
don't have to. None of the figures below has been independently verified, and several contradict \
one another.*

## The Russian side

**"Frontline Ledger" (1.3M subscribers), Tuesday, 21:14:** The biggest pro-war channel claimed \
that "[[about 12k]] Korean comrades" were now "on the Kursk axis" and "learning fast". The post \
was viewed 640,000 times.

**Yegor Pashkin (412k subscribers), Wednesday:** The blogger, who often attacks the Russian \
command, wrote that North Korean units had lost "[[at least 200]]" men in a single failed assault \
near Plekhovo because "nobody told them about drones". He deleted the post a few hours later.

**An anonymous channel that says it is close to Russian military intelligence, Monday:** Insisted \
that "only [[1.5k]]" of the Koreans were front-line infantry, with the rest serving in artillery \
and logistics units.

**Vadim Koltsov, war correspondent for state television, Friday morning:** Wrote that \
"[[thousands]] of our Korean brothers are fighting shoulder to shoulder with us" and posted a \
40-second clip of soldiers he said were North Korean.

The Russian defence ministry's own channel, which posts daily claims of Ukrainian losses (1,400 on \
Thursday alone, it said), has not mentioned the Koreans once. Asked about the posts on Thursday, \
Kremlin spokesman Dmitry Peskov said he had "nothing to add".

## The Ukrainian side

**Special Operations Forces (SSO), Wednesday night:** Posted drone footage it said showed strikes \
on North Korean positions in the Kursk region over three days, with [[21]] soldiers killed and \
[[40]] others wounded.

**HUR, Ukraine's military intelligence, Thursday:** Said in a post that North Korean losses had \
grown to "[[a couple of hundred]] dead" and that Russia was throwing them into "meat assaults".

## And the officials

The only official count this week came from Seoul. South Korea's National Intelligence Service \
told lawmakers on Thursday that [[at least 100]] North Koreans had been killed, the first casualty \
figure from any government.
""",
    claims=(
        C("about 12k", 12000, "approx", "near_front", "other", "tue",
          "pro-war channel, entry 'Tuesday, 21:14': on the Kursk axis ('12k' = 12,000)"),
        C("at least 200", 200, "at_least", "casualties", "other", "wed",
          "Russian war blogger, entry 'Wednesday': lost in one assault"),
        C("1.5k", 1500, "exact", "near_front", "other", "mon",
          "anonymous channel 'close to' Russian military intelligence (other), 'Monday': "
          "front-line infantry"),
        C("thousands", None, "vague", "near_front", "other", "fri",
          "state-TV war correspondent's own post, 'Friday morning' (not a government voice: "
          "other)"),
        C("21", 21, "exact", "casualties", "ukraine", "wed",
          "SSO post 'Wednesday night': killed"),
        C("40", 40, "exact", "casualties", "ukraine", "wed",
          "same post: '40 others wounded' = the others (not additional)"),
        C("a couple of hundred", None, "vague", "casualties", "ukraine", "thu",
          "HUR channel, 'Thursday': dead"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS to lawmakers 'on Thursday': killed"),
    ),
)

SOURCES: tuple[Source, ...] = (
    T01, T02, T03, T04, T05, T06, T07,
    T08, T09, T10, T11, T12, T13, T14,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
