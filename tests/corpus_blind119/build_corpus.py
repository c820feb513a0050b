"""Build the HUNDRED-AND-NINETEENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-first corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
gondoliers' newsletter from the Wörlitz park in Saxony-Anhalt with a gondolier from Chernihiv, the
Havelberg horse market association's letter with a farrier from the Poltava region, a Skat club's
paper from Altenburg in Thuringia with a question-and-answer interview of a player from
Zaporizhzhia, a doll hospital's consultation-hour page from Sonneberg with a conservator intern
from Daegu, a spectacled-sheep breeders' circular from Villnöß in South Tyrol (Austrian
conventions) with a Hutsul shepherd, a biosphere reserve rangers' newsletter from Tschierv in the
Val Müstair on the South Tyrol border (Swiss conventions) with an ornithologist from Cheorwon; a
Foam Lake (Saskatchewan) curling club's newsletter with a pharmacist from Incheon, a volunteer
dinosaur dig crew's field notes from the Red Deer River badlands near Drumheller (Alberta) with a
palaeontology student from Hwaseong, a Seward (Alaska) news site's race-day live blog with
timestamped entries, a Bristol Bay set-netters' newsletter from Dillingham (Alaska) with a fish
picker from Lviv, an archaeology dig's notes from Ferryland (Newfoundland) with a ceramics
specialist from Chernihiv, and a root cellar society's newsletter from Elliston (Newfoundland) with
a farming family from Kherson. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind119_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Saxony-Anhalt, Thuringia, South Tyrol, the Val Müstair)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w119_01_gondelbrief_woerlitz_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-08"),
    dated_by="html_meta",
    features="a gondoliers' newsletter from the Wörlitz park (Dessau-Wörlitz Garden Realm, "
        "Saxony-Anhalt) in HTML, UTF-8 (`article:published_time` +01:00, Friday), a cookie strip "
        "about the favourite tour, a page script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; a gondolier from Chernihiv relaying his cousin, "
        "a radio operator at the Sumy border, Konjunktiv ('so schreibe der Cousin'), `ein paar "
        "tausend` dug in opposite (other, `pub`); the Pentagon 'teilte am Montag mit' `rund "
        "10.000` in Kursk; Zelensky 'am Dienstagabend' `11.000`; HUR 'Bereits am Sonntag' `7.000` "
        "moved into the border area; the NIS 'am Mittwoch', 'Nach seiner Einschätzung' (pronoun) "
        "`mehr als 10.000` in the country and 'davon' `einige hundert` at the front (a breakdown), "
        "'Der Dienst hält es außerdem für möglich' `Tausende` 'weitere' (carried, increment, "
        "planned); the Kremlin without a figure; the gondolier 'geht davon aus' `20.000` by spring "
        "(planned, other, `pub`); passengers, boats, minutes, euros, years, ages, group sizes, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gondelbrief Wörlitz · Die letzte Runde um die Insel Stein</title>
<meta property="article:published_time" content="2024-11-08T09:40:00+01:00">
<meta property="og:site_name" content="Gondelfahrt im Wörlitzer Park">
<script>window.gondel={ausgabe:"herbst-2024",anleger:"wolfsbruecke",boote:17};</script>
</head>
<body>
<div class="einwilligung">Ein kleines Cookie merkt sich, welche Rundfahrt Sie zuletzt angesehen \
haben. <button>Passt so</button> <button>Lieber nicht</button></div>
<nav><a href="/">Start</a> · <a href="/fahrten">Fahrten &amp; Preise</a> · <a \
href="/gruppen">Gruppen</a> · <a href="/gondelbrief">Gondelbrief</a> · <a \
href="/anleger">Anleger</a></nav>
<main>
<p class="rubrik">Gondelbrief · Herbstausgabe · Freitag</p>
<h1>Die letzte Runde um die Insel Stein</h1>
<p class="vorspann">Seit dem 31. Oktober liegen unsere Gondeln im Winterschuppen. Einer der \
Bootsleute war in den letzten Wochen mit den Gedanken oft weit weg von den Kanälen.</p>
<p>Es war eine gute Saison: Knapp 41.000 Fahrgäste haben sich mit unseren 17 Booten über den \
Wörlitzer See und durch die Kanäle staken lassen. Die große Runde dauert 45 Minuten und kostet für \
Erwachsene 12 Euro. Fürst Franz ließ den Park ab 1769 anlegen, seit dem Jahr 2000 zählt das \
Gartenreich zum Welterbe der Unesco.</p>
<h2>Andrij und die Stimmen im Funk</h2>
<p>Seit drei Sommern steht Andrij Melnyk, 24, bei uns mit der Stange im Heck. Er studiert in \
Bernburg Landschaftsarchitektur und stammt aus Tschernihiw. Sein Cousin ist Funker in einer \
Brigade im Gebiet Sumy, direkt an der russischen Grenze. Gegenüber, so schreibe der Cousin, hätten \
sich in den letzten Tagen [[ein paar tausend]] Nordkoreaner eingegraben. Man erkenne sie an der \
fremden Sprache im Funk.</p>
<p>Die Angaben der Regierungen klingen kaum anders. Das Pentagon teilte am Montag mit, im \
russischen Gebiet Kursk stünden inzwischen [[rund 10.000]] nordkoreanische Soldaten. Präsident \
Wolodymyr Selenskyj nannte am Dienstagabend in seiner Videobotschaft sogar [[11.000]]. Bereits am \
Sonntag hatte der ukrainische Militärgeheimdienst HUR gemeldet, [[7.000]] von ihnen seien in das \
Grenzgebiet verlegt worden.</p>
<p>Der südkoreanische Geheimdienst NIS unterrichtete am Mittwoch die Abgeordneten in Seoul. Nach \
seiner Einschätzung sind [[mehr als 10.000]] Nordkoreaner im Land, [[einige hundert]] davon \
bereits an der Front. Der Dienst hält es außerdem für möglich, dass Kim Jong Un [[Tausende]] \
weitere schickt. Aus dem Kreml hieß es am Donnerstag nur, man kommentiere keine Spekulationen.</p>
<p>Andrij glaubt nicht, dass es dabei bleibt. Er geht davon aus, dass im Frühjahr [[20.000]] \
Nordkoreaner auf der anderen Seite stehen. „Mein Cousin ist 19“, sagt er. „Im Funk klingen die von \
drüben genauso jung.“</p>
<h2>Im Winter</h2>
<p>Von Dezember bis März gibt es jeden Samstag um 14 Uhr eine Führung zu Fuß, 90 Minuten für 8 \
Euro. Gruppen ab 20 Personen melden sich bitte vorher beim Anleger an.</p>
</main>
<footer>Gondelfahrt im Wörlitzer Park · Anleger Wolfsbrücke · Telefon 034905 2 10 77</footer>
<script src="/js/fahrplan.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a gondolier relaying his cousin, a radio operator at the Sumy border ('so schreibe "
          "der Cousin', Konjunktiv; the speaker quoted: other), undated: dug in opposite"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'teilte am Montag mit' (Friday newsletter): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstagabend' in his video address: 'sogar' the Kursk figure"),
        C("7.000", 7000, "exact", "near_front", "ukraine", "sun",
          "HUR 'Bereits am Sonntag hatte … gemeldet': moved into the border area ('von ihnen' "
          "points at the North Koreans, not an increment)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "the NIS briefed lawmakers 'am Mittwoch'; 'Nach seiner Einschätzung' (pronoun): in the "
          "country"),
        C("einige hundert", None, "vague", "near_front", "south_korea", "wed",
          "same briefing, 'davon bereits an der Front' (a breakdown, never additional)"),
        C("Tausende", None, "vague", "planned", "south_korea", "wed",
          "'Der Dienst hält es außerdem für möglich' (carried NIS Wednesday): "
          "'weitere' Kim could send (increment, span without the word; planned)", add=True),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "the gondolier 'geht davon aus' (undated): on the other side by spring (a forecast: "
          "planned)"),
    ),
)


W02 = Source(
    article_id="w119_02_marktbrief_havelberg",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-09-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Pferdemarktverein Havelberg – Marktbrief",
        "https://www.pferdemarkt-havelberg.example/marktbrief/2025-09",
        "Marktbrief: Hufeisen, Kaltblüter und ein Bruder an der Grenze",
    ),
    features="a horse market association's letter from Havelberg (Saxony-Anhalt) after the "
        "September market as plain text, windows-1252 with CRLF (`„“`, `–`), no date in the file "
        "(sidecar, Thursday); the market first; a farrier from the Poltava region relaying his "
        "brother, a sapper, `vielleicht dreihundert` laying mines opposite ('vielleicht' as "
        "approx, number word, other, `pub`); the NIS 'Anfang September' (days 1-10) `etwa 2.000` "
        "fallen, `rund 3.000` 'weitere' wounded (the others of the same count, not an increment) "
        "and, carried by 'Zugleich rechne der Dienst damit', `rund 6.000` sappers and builders "
        "expected by the year's end (planned); the Moscow-installed Kursk governor 'am Montag' "
        "`Hunderten` deminers clearing fields at the border (russia, near the front); North Korean "
        "state TV 'am 22. August' with the coffins of `mehreren Dutzend` (north_korea); a NATO "
        "diplomat 'vergangene Woche' `rund 15.000` served; 'Dem … Militärgeheimdienst zufolge' "
        "`höchstens 11.000` in the border area (undated); Russia's own losses (not a claim); the "
        "letter's own 'Rechnet man … hinzu, kommt man … auf' `über 20.000` (unattributed, "
        "required, planned); visitors, horses, traders, kilos, horseshoes, years, euros, stewards, "
        "an ordinal, a phone number",
    text="""\
PFERDEMARKTVEREIN HAVELBERG
Marktbrief nach dem 275. Pferdemarkt

Liebe Mitglieder, liebe Händler und Helfer,

fünf Tage lang war die Stadtinsel wieder voll. Nach Zählung der Polizei kamen rund 190.000 \
Besucher, auf den Koppeln am Havelufer standen 612 Pferde und Ponys, und auf dem Krammarkt hatten \
740 Händler ihre Stände aufgebaut. Der schwerste Kaltblüter des Jahrgangs, ein Wallach aus der \
Prignitz, brachte 1.040 Kilo auf die Waage.

Oleksandr beschlägt, sein Bruder räumt Minen

Wie jedes Jahr stand Oleksandr Tkatsch, 46, mit seiner fahrbaren Schmiede am Eingang zur \
Pferdekoppel. Der Hufschmied aus der Gegend von Poltawa lebt seit 2015 in Sandau und hat an den \
fünf Markttagen über 130 Eisen aufgeschlagen. Sein jüngerer Bruder räumt als Pionier Minen an \
der Grenze zum russischen Gebiet Kursk.

„Mein Bruder sagt, gegenüber legen jetzt Koreaner die Minen, [[vielleicht dreihundert]] Mann in \
seinem Abschnitt“, erzählt Oleksandr, während er einem Haflinger den Huf auskratzt. Bis zum \
Frühjahr hätten dort russische Marineinfanteristen gelegen.

Was die Regierungen sagen

Anfang September teilte der südkoreanische Nachrichtendienst NIS den Abgeordneten in Seoul mit, in \
Russland seien [[etwa 2.000]] Nordkoreaner gefallen und [[rund 3.000]] weitere verwundet worden. \
Zugleich rechne der Dienst damit, dass bis zum Jahresende [[rund 6.000]] Pioniere und Bausoldaten \
im Gebiet Kursk eintreffen. Der von Moskau eingesetzte Gouverneur des Gebiets, Alexander \
Chinschtein, sprach am Montag von [[Hunderten]] nordkoreanischen Minenräumern, die Felder an der \
Grenze säuberten. Das nordkoreanische Staatsfernsehen hatte am 22. August gezeigt, wie Kim Jong Un \
die Särge von [[mehreren Dutzend]] Soldaten in Empfang nahm.

Vergangene Woche sagte ein Nato-Diplomat in Brüssel, seit dem Herbst 2024 hätten [[rund 15.000]] \
Nordkoreaner in Russland gedient. Dem ukrainischen Militärgeheimdienst zufolge stehen derzeit \
[[höchstens 11.000]] von ihnen im Grenzgebiet. Die Verluste der eigenen russischen Truppen gibt \
Kiew inzwischen mit über einer Million Mann an.

Rechnet man die angekündigten Bausoldaten zu denen hinzu, die schon in Russland gedient haben, \
kommt man bis zum Jahresende auf [[über 20.000]] Nordkoreaner.

Aus dem Verein

– Die Jahreshauptversammlung ist am Freitag, 7. November, um 19 Uhr im Ratskeller.
– Der Mitgliedsbeitrag bleibt bei 36 Euro im Jahr.
– Für den 276. Markt suchen wir noch 25 Ordnerinnen und Ordner.
– Geschäftsstelle: 039387 8 14 52

Mit Gruß vom Domberg
Ihr Vorstand
""",
    claims=(
        C("vielleicht dreihundert", 300, "approx", "near_front", "other", "pub",
          "a farrier relaying his brother, a sapper ('Mein Bruder sagt', the speaker quoted: "
          "other), 'erzählt Oleksandr' undated: laying mines opposite ('vielleicht' as approx, "
          "like 'maybe a thousand'; number word)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang September' (days 1-10) told lawmakers: fallen in Russia"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "same report: 'weitere verwundet' are the other people of the same count (wounded "
          "besides the dead), not an increment"),
        C("rund 6.000", 6000, "approx", "planned", "south_korea", "2025-09-01..2025-09-10",
          "'Zugleich rechne der Dienst damit' (carried, Konjunktiv): sappers and builders "
          "expected in Kursk by the end of the year (planned)"),
        C("Hunderten", None, "vague", "near_front", "russia", "mon",
          "the Moscow-installed Kursk governor 'sprach am Montag von' (Thursday letter): "
          "deminers clearing fields at the border"),
        C("mehreren Dutzend", None, "vague", "casualties", "north_korea", "2025-08-22",
          "North Korean state TV 'hatte am 22. August gezeigt': coffins of soldiers"),
        C("rund 15.000", 15000, "approx", "in_russia", "nato", "lastweek",
          "a NATO diplomat 'sagte vergangene Woche in Brüssel', Konjunktiv: served in Russia "
          "since autumn 2024"),
        C("höchstens 11.000", 11000, "at_most", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): in the border area now"),
        C("über 20.000", 20000, "at_least", "planned", "unattributed", "pub",
          "the letter's own 'Rechnet man … hinzu, … kommt man bis zum Jahresende auf' (no "
          "source: unattributed, required; a sum counting announced builders: planned)"),
    ),
)


W03 = Source(
    article_id="w119_03_kreuzbube_altenburg_interview_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-01-23"),
    dated_by="front_matter",
    features="a Skat club's paper from Altenburg (Thuringia) in Markdown, UTF-8 with BOM, front "
        "matter with `date:` (Thursday), a club key and a title without a figure; a "
        "question-and-answer interview ('**Kreuz-Bube:**' / '**Bondar:**') with a retired engineer "
        "from Zaporizhzhia whose son fights in Kursk, the interview dated 'am Montag' in the intro "
        "(Monday to publication for his answers); the interviewer's questions cite the NIS 'am 13. "
        "Januar' (`rund 300` dead and `2.700` wounded), Zelensky 'Am 11. Januar' (`zwei` captured, "
        "number word), the White House 'Ende Dezember' (`über 1.000` in one week) and Budanov "
        "'vergangene Woche' (`bis zu 8.000` trained 'als Ersatz': increment, planned); the player "
        "relaying his son `Hunderte` lost, his own 'Ich schätze' `knapp 8.000` still in Kursk and "
        "'noch einmal' `zehntausend` in spring (number word, increment, planned, other); years, "
        "ages, evenings, cards, games, players, members, euros, times",
    text="""\
---
title: "Kreuz-Bube: Im Gespräch mit Serhij Bondar"
date: 2025-01-23
verein: Skatfreunde Altenburger Land e. V.
ausgabe: 1/2025
---

# „Die Jungen von drüben reizen nicht“

*In Altenburg ist vor gut 200 Jahren das Skatspiel entstanden, und bei uns sitzt seit zwei Wintern \
ein Mann aus Saporischschja am Tisch. Serhij Bondar, 58, Ingenieur im Ruhestand, hat im Herbst die \
Vereinsmeisterschaft gewonnen. Sein Sohn dient in einer Sturmbrigade im russischen Gebiet Kursk. \
Das Gespräch haben wir am Montag in seiner Küche geführt.*

**Kreuz-Bube:** Herr Bondar, wie sind Sie zum Skat gekommen?

**Bondar:** Über die Nachbarn im Haus. In der Ukraine spielt man Preferans, das ist ein entfernter \
Verwandter. Nach drei Abenden konnte ich reizen, nach drei Monaten habe ich meinen ersten Grand \
mit Vieren gewonnen.

**Kreuz-Bube:** Ihr Sohn kämpft dort, wo jetzt Nordkoreaner stehen. Der südkoreanische \
Geheimdienst sprach am 13. Januar von [[rund 300]] getöteten und [[2.700]] verwundeten \
Nordkoreanern. Halten Sie das für plausibel?

**Bondar:** Eher für zu niedrig. Mein Sohn sagt, allein vor seiner Stellung hätten sie im Dezember \
[[Hunderte]] verloren. Sie kamen in langen Reihen über die verschneiten Felder, ohne jede Deckung.

**Kreuz-Bube:** Am 11. Januar meldete Präsident Selenskyj die Gefangennahme von [[zwei]] \
nordkoreanischen Soldaten.

**Bondar:** Das war an der Front eine Sensation. Die meisten lassen sich lieber töten, als in \
Gefangenschaft zu gehen.

**Kreuz-Bube:** Das Weiße Haus hatte Ende Dezember erklärt, in einer einzigen Woche seien \
[[über 1.000]] Nordkoreaner getötet oder verletzt worden. Wie viele sind überhaupt noch im Einsatz?

**Bondar:** Ich schätze, [[knapp 8.000]] stehen noch im Gebiet Kursk. Der Rest ist tot, verwundet \
oder weiter hinten in Reserve.

**Kreuz-Bube:** Kiews Geheimdienstchef Kyrylo Budanow sagte vergangene Woche, in Nordkorea würden \
[[bis zu 8.000]] Mann als Ersatz ausgebildet.

**Bondar:** Das glaube ich sofort. Kim wird im Frühjahr noch einmal [[zehntausend]] schicken, \
davon gehe ich aus. Für ihn ist das ein Geschäft, er bekommt Öl und Technik dafür.

**Kreuz-Bube:** Und was hilft Ihnen hier in Altenburg?

**Bondar:** Der Dienstagabend. Zweiunddreißig Karten, drei Leute am Tisch, und keiner redet über \
den Krieg. Das ist mehr wert, als man denkt.

---

**Termine:** Preisskat am Samstag, 8. Februar, ab 14 Uhr, Startgeld 10 Euro, 48 Spiele in zwei \
Serien. Der Verein hat derzeit 61 Mitglieder; Gäste sind dienstags ab 18.30 Uhr im Vereinslokal \
willkommen.
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the interviewer's question citing the NIS 'am 13. Januar' (a required claim of that "
          "source): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same question, same report: wounded (not 'weitere', no increment)"),
        C("Hunderte", None, "vague", "casualties", "other", "mon..pub",
          "the interviewee relaying his son ('Mein Sohn sagt', the speaker quoted: other); the "
          "interview held 'am Montag' (intro) dates his answers: Monday to publication"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "the interviewer's question: Zelensky 'Am 11. Januar' announced the capture (number "
          "word)"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-21..2024-12-31",
          "the interviewer's question: the White House 'Ende Dezember' (days 21 to the end), "
          "killed or wounded in a single week"),
        C("knapp 8.000", 8000, "approx", "near_front", "other", "mon..pub",
          "the interviewee's own 'Ich schätze' (other), interview Monday: still in the Kursk "
          "region"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "lastweek",
          "the interviewer's question: Budanov 'sagte vergangene Woche': trained in "
          "North Korea 'als Ersatz' (replacements: increment; planned)", add=True),
        C("zehntausend", 10000, "exact", "planned", "other", "mon..pub",
          "the interviewee 'davon gehe ich aus' (interview Monday): 'noch einmal' Kim "
          "will send in spring (number word; increment, span without the words; "
          "planned)", add=True),
    ),
)


W04 = Source(
    article_id="w119_04_puppenklinik_sonneberg_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "Puppenklinik am Markt Sonneberg – Sprechstunde",
        "https://www.puppenklinik-sonneberg.example/sprechstunde/2024-12",
        "Teddys, Tränen und 12.000 Soldaten",
    ),
    features="a doll hospital's consultation-hour page from Sonneberg (Thuringia) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), no "
        "meta date (sidecar, Thursday), a one-button cookie note about the repair form, a script, "
        "navigation, a footer with a postcode and phone number; `<title>` repeating the headline "
        "figure (optional) and the headline `12.000` taking HUR's undated figure below (`pub`, "
        "hedge dropped); a conservator intern from Daegu relaying her brother's barracks on the "
        "DMZ `dreißigtausend` by summer (number word, planned, other, `pub`); 'Laut dem … HUR' "
        "`etwa 12.000` in Kursk ('seit Anfang Dezember' is the event, not the claim date); 'Aus "
        "dem Pentagon verlautete am Montag' `Hunderte` dead and wounded; Rutte 'am Dienstag' `mehr "
        "als 11.000`; the JCS 'vorgestern' (an ISO date) `einige tausend` 'weitere' trained "
        "(increment, planned); Zelensky 'am Sonntag' `mehreren hundert` in assaults; dolls "
        "waiting, the town's toy history, years, ages, dates, euros, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Puppenklinik am Markt &ndash; Sprechstunde &ndash; Teddys, Tränen und [[12.000]] \
Soldaten</title>
<script>var klinik={seite:"sprechstunde",monat:"dezember",wartezeit:"drei wochen"};</script>
</head>
<body>
<div class="hinweis">Diese Seite setzt ein Cookie, damit Ihr Reparaturauftrag im Formular nicht \
verloren geht. <button>Verstanden</button></div>
<nav>Start &middot; Reparaturen &middot; Ersatzteile &middot; Sprechstunde &middot; Anfahrt</nav>
<article>
<h1>Teddys, Tränen und [[12.000]] Soldaten</h1>
<p class="unterzeile">Unsere Praktikantin aus Daegu liest jeden Morgen die Nachrichten aus ihrer \
Heimat. In dieser Woche waren sie besonders bedrückend.</p>
<p>Vor Weihnachten herrscht in der Puppenklinik Hochbetrieb: 214 Patienten warten gerade auf ihre \
Behandlung, vom Schildkröt-Baby aus den Fünfzigern bis zum Teddy, dem der Familienhund ein Ohr \
abgebissen hat. Sonneberg war einmal die Spielzeugstadt der Welt; um 1910 kam jedes fünfte \
Spielzeug auf dem Weltmarkt von hier.</p>
<p>Seit Oktober hilft uns Park Min-seo, 27, Restauratorin aus Daegu, beim Nähen, Kleben und \
Perückenknüpfen. Ihr Bruder leistet seinen Wehrdienst an der innerkoreanischen Grenze. &bdquo;In \
seiner Kaserne rechnen sie damit, dass der Norden bis zum Sommer [[dreißigtausend]] Mann nach \
Russland bringt&ldquo;, erzählt sie. Sie selbst halte das für gut möglich.</p>
<p>Die Zahlen der Regierungen steigen von Woche zu Woche. Laut dem ukrainischen \
Militärgeheimdienst HUR stehen seit Anfang Dezember [[etwa 12.000]] Nordkoreaner im Gebiet Kursk. \
Aus dem Pentagon verlautete am Montag, bei den ersten Gefechten habe es auf nordkoreanischer Seite \
[[Hunderte]] Tote und Verletzte gegeben. Nato-Generalsekretär Mark Rutte sagte am Dienstag in \
Brüssel, man wisse von [[mehr als 11.000]] Soldaten aus dem Norden in Russland.</p>
<p>Der Generalstab in Seoul erklärte vorgestern, im Norden würden [[einige tausend]] weitere \
Soldaten für den Einsatz in Russland ausgebildet. Präsident Selenskyj hatte am Sonntag von \
[[mehreren hundert]] Nordkoreanern gesprochen, die sich an Sturmangriffen auf ukrainische \
Stellungen beteiligten. Moskau schweigt zu alldem weiter.</p>
<p>Min-seo fliegt am 20. Dezember nach Hause. Aufträge, die bis zum 16. Dezember bei uns eingehen, \
sind bis zum Fest fertig. Ein neues Teddyohr kostet 18 Euro, eine Puppenperücke ab 35 Euro.</p>
</article>
<footer>Puppenklinik am Markt &middot; 96515 Sonneberg &middot; Tel. 03675 40 22 81</footer>
</body>
</html>
""",
    claims=(
        C("12.000", 12000, "exact", "near_front", "ukraine", "pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("12.000", 12000, "exact", "near_front", "ukraine", "pub",
          "headline: HUR's undated figure below ('Laut dem …', `pub`), the hedge 'etwa' dropped"),
        C("dreißigtausend", 30000, "exact", "planned", "other", "pub",
          "an intern relaying the talk in her brother's barracks ('In seiner Kaserne rechnen sie "
          "damit', the speaker quoted: other), 'erzählt sie' undated: by summer (number word; "
          "planned)"),
        C("etwa 12.000", 12000, "approx", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst HUR' (undated): in the Kursk region; 'seit "
          "Anfang Dezember' is the event, not the claim date"),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon",
          "'Aus dem Pentagon verlautete am Montag' (Thursday page): dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'sagte am Dienstag in Brüssel': soldiers from the North in Russia"),
        C("einige tausend", None, "vague", "planned", "south_korea", "2024-12-10",
          "the JCS ('Der Generalstab in Seoul') 'erklärte vorgestern' (two days before "
          "publication): 'weitere' trained for Russia (increment, span without the "
          "word; planned)", add=True),
        C("mehreren hundert", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'hatte am Sonntag … gesprochen': taking part in assaults on Ukrainian "
          "positions"),
    ),
)


W05 = Source(
    article_id="w119_05_brillenschaf_villnoess_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Zuchtverband Villnösser Brillenschaf – Rundbrief",
        "https://www.brillenschaf-villnoess.example/rundbrief/sommer-2025",
        "Auftrieb mit Wasyl",
    ),
    features="a spectacled-sheep breeders' association circular from Villnöß (South Tyrol) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and a title "
        "without a figure, Austrian conventions (`Heuer`, `heuer`, `Jänner`, `Feber`, `vorige "
        "Woche`); the drive to the alpine pasture first; a Hutsul shepherd from Rakhiv relaying "
        "his brother, a sapper, `an die zweihundert` digging opposite ('an die' as approx, number "
        "word, other, `pub`); Shoigu 'Am Dienstag' in Pyongyang `tausend` deminers and "
        "`fünftausend` builders (number words, planned, russia); the JCS 'schon im Feber' `rund "
        "4.000` dead and wounded and, 'hieß es im März', `3.000` 'zusätzliche' since January "
        "(increment); Zelensky 'vorige Woche' 'noch' `Zehntausende` 'nachschicken' (increment, "
        "planned); HUR 'schätzt' `bis zu 25.000` this year (undated, planned); sheep, farmers, "
        "member farms, herd-book animals, ages, dates, euros",
    text="""\
---
title: "Rundbrief der Brillenschafzüchter"
verband: Zuchtverband Villnösser Brillenschaf
ausgabe: Sommer 2025
---

# Auftrieb mit Wasyl

Am Samstag sind 412 Brillenschafe von den Höfen in St. Magdalena hinauf auf die Gampenalm gezogen, \
begleitet von 30 Bäuerinnen und Bauern. Heuer hütet Wasyl Huzul, 52, aus Rachiw in den \
ukrainischen Karpaten die Herde bis Mitte September, zusammen mit seinem Hund Bars.

Schafe kennt Wasyl von daheim, die Nachrichten von der Front kennt er vom Telefon. Sein jüngerer \
Bruder ist Pionier an der Grenze zum russischen Gebiet Kursk. „Er hat drüben \
[[an die zweihundert]] Koreaner beim Schanzen gesehen“, sagt Wasyl und schaut hinüber zu den \
Geislerspitzen.

Am Dienstag kündigte Moskaus Sicherheitsratschef Sergei Schoigu in Pjöngjang an, der Norden \
schicke [[tausend]] Minenräumer und [[fünftausend]] Bausoldaten nach Kursk. Der Generalstab in \
Seoul hatte die Verluste der Nordkoreaner schon im Feber auf [[rund 4.000]] Tote und Verwundete \
beziffert; seit Jänner seien [[3.000]] zusätzliche Soldaten nach Russland gebracht worden, hieß es \
im März. Präsident Selenskyj warnte vorige Woche, Kim könne noch [[Zehntausende]] nachschicken. \
Der ukrainische Militärgeheimdienst schätzt, dass heuer [[bis zu 25.000]] Nordkoreaner in Russland \
sein werden.

Im Tal hofft man, dass Wasyl auch im nächsten Sommer wiederkommt; die Bauern haben ihm für den \
Winter schon ein Zimmer in Teis angeboten.

Der Verband zählt 58 Mitgliedsbetriebe und rund 2.300 Herdbuchtiere, die Rasse ist seit 1985 im \
Herdbuch. Die Lämmerschau ist am 27. September beim Gasthof in Ranui, die Standgebühr beträgt 15 \
Euro.
""",
    claims=(
        C("an die zweihundert", 200, "approx", "near_front", "other", "pub",
          "a shepherd relaying his brother, a sapper ('Er hat drüben … gesehen', the speaker "
          "quoted: other), 'sagt Wasyl' undated: digging in opposite ('an die' as approx; number "
          "word)"),
        C("tausend", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'Am Dienstag … in Pjöngjang an' (Thursday circular): deminers to be sent to "
          "Kursk (number word; an announcement, no increment)"),
        C("fünftausend", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders (number word)"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-01..2025-02-28",
          "the JCS 'schon im Feber' (Austrian February, month): dead and wounded"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "'hieß es im März' after the JCS sentence (carried claimant, month), "
          "Konjunktiv: 'zusätzliche' brought to Russia since January (increment, span "
          "without the word)", add=True),
        C("Zehntausende", None, "vague", "planned", "ukraine", "lastweek",
          "Zelensky 'warnte vorige Woche' (Austrian 'vorige Woche' as last week): "
          "'noch … nachschicken' (increment; planned)", add=True),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "pub",
          "HUR 'schätzt' (undated): in Russia this year ('heuer'; a forecast: planned)"),
    ),
)


W06 = Source(
    article_id="w119_06_rangerpost_val_muestair",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-10-24"),
    dated_by="dateline",
    features="a biosphere reserve rangers' newsletter from Tschierv in the Val Müstair "
        "(Graubünden, on the border with South Tyrol) as plain text, ISO-8859-1 (Swiss "
        "conventions: `ss`, «», `1'286`, `10'000`, `15'000`, `20'000`, 4-digit `5000`/`2000`), "
        "dated by the place line 'Tschierv, 24. Oktober 2025' (Friday); the season first; an "
        "ornithologist from Cheorwon near the DMZ; the NIS 'Am Dienstag' `rund 10'000` stationed "
        "at the border and, Konjunktiv, `5000` builders moved since September; Kursk veterans "
        "marching past Kim 'am 10. Oktober' (`Hunderte`, returnees: optional); Rutte 'schätzte "
        "vergangene Woche' `über 15'000` fought or built; 'Nach Angaben des … "
        "Militärgeheimdienstes' `knapp 2000` fallen (undated); Russia's ambassador 'Anfang "
        "Oktober' `Tausende` builders next year (planned); the ornithologist relaying her father, "
        "a retired border officer, `20'000 bis 25'000` (range, other, `pub`); guests and a "
        "percentage, vultures, metres of wall, square kilometres, kilometres, years, an ordinal "
        "anniversary, francs, a phone number",
    text="""\
BIOSFERA VAL MÜSTAIR
Ranger-Post Nr. 4/2025

Tschierv, 24. Oktober 2025

Liebe Freundinnen und Freunde der Biosfera

Der Herbst im Tal war golden und trocken. Unsere Rangerinnen und Ranger haben seit Juni 1'286 \
Gäste auf geführten Touren begleitet, gut 40 Prozent davon aus dem Unterland, am Ofenpass drei \
Bartgeier beobachtet und im Lärchenwald oberhalb von Lü 46 Meter Trockenmauer neu aufgeschichtet. \
Die Biosfera umfasst 199 Quadratkilometer und reicht vom Ofenpass bis an die Grenze zum Südtiroler \
Vinschgau.

Ji-woo zählt Vögel und liest von Soldaten

Seit August hilft uns Han Ji-woo, 31, Ornithologin aus Cheorwon, bei der Zählung der Zugvögel. In \
ihrer Heimatstadt überwintern die Mandschurenkraniche, keine zehn Kilometer von der \
Demarkationslinie zu Nordkorea entfernt. «Im Winter hört man bei uns die Lautsprecher von drüben», \
erzählt sie. Ihr Vater war dreissig Jahre lang Grenzoffizier und verfolgt jeden Bericht über die \
Soldaten aus dem Norden.

Die jüngsten Zahlen: Am Dienstag berichtete der südkoreanische Nachrichtendienst NIS dem Parlament \
in Seoul, [[rund 10'000]] Nordkoreaner seien an der russischen Grenze zur Ukraine stationiert. \
Seit September seien zudem [[5000]] Militärbauarbeiter nach Russland verlegt worden. Beim \
Aufmarsch zum 80. Jahrestag der Arbeiterpartei am 10. Oktober liess Kim Jong Un [[Hunderte]] \
Veteranen aus Kursk an der Tribüne vorbeimarschieren. Nato-Generalsekretär Mark Rutte schätzte \
vergangene Woche, insgesamt hätten [[über 15'000]] Nordkoreaner für Russland gekämpft oder gebaut. \
Nach Angaben des ukrainischen Militärgeheimdienstes sind [[knapp 2000]] von ihnen gefallen. \
Russlands Botschafter in Pjöngjang stellte Anfang Oktober in Aussicht, im kommenden Jahr würden \
[[Tausende]] Bausoldaten aus dem Norden beim Wiederaufbau von Kursk helfen.

«Mein Vater meint, es seien in Wahrheit längst [[20'000 bis 25'000]]», sagt Ji-woo. «Er hat sein \
halbes Leben lang auf die andere Seite geschaut.»

Veranstaltungen
- Vortrag «Kraniche an der Grenze» mit Han Ji-woo: Freitag, 7. November, 20 Uhr, in Valchava
- Schneeschuhtouren ab 27. Dezember, Fr. 35.- pro Person
- Ranger-Büro: 081 858 51 36

Freundliche Grüsse
Das Ranger-Team der Biosfera
""",
    claims=(
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'Am Dienstag berichtete … dem Parlament' (Friday newsletter), Konjunktiv: "
          "stationed at the Russian border with Ukraine"),
        C("5000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same report carried by Konjunktiv ('seien zudem … verlegt worden'): builders moved to "
          "Russia since September ('zudem' adds a group, not an increment)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "Kursk veterans marching past Kim at the 10 October parade (returnees: "
          "optional)", opt=True),
        C("über 15'000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'schätzte vergangene Woche', Konjunktiv: fought or built for Russia in all "
          "('insgesamt' is not an increment)"),
        C("knapp 2000", 2000, "approx", "casualties", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): fallen"),
        C("Tausende", None, "vague", "planned", "russia", "2025-10-01..2025-10-10",
          "Russia's ambassador in Pyongyang 'stellte Anfang Oktober in Aussicht' (days 1-10): "
          "builders to help rebuild Kursk next year (planned)"),
        C("20'000 bis 25'000", None, "range", "in_russia", "other", "pub",
          "an ornithologist relaying her father, a retired border officer ('Mein Vater meint', "
          "the speaker quoted: other), 'sagt Ji-woo' undated: the real total"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Saskatchewan, Alberta, Alaska, Newfoundland)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w119_07_the_hack_foam_lake",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-02-06"),
    dated_by="dateline",
    features="a curling club's newsletter from Foam Lake (Saskatchewan) as plain text, UTF-8, "
        "dateline 'FOAM LAKE, Sask., February 6, 2025 —' (Thursday), straight quotes; the rink "
        "first; a Korean-Canadian pharmacist from Incheon; the NIS 'briefed lawmakers on Tuesday "
        "and put … at' `around 3,000` casualties 'out of the' `roughly 11,000` sent; Zelensky 'In "
        "a television interview on Sunday', 'put … higher, at' `nearly 4,000`; 'According to a US "
        "official who briefed reporters last week' `several thousand` still in Kursk; Russian "
        "casualties a day (not a claim); HUR 'expects' `up to 5,000` more (undated, increment, "
        "planned); the pharmacist relaying his uncle, a retired colonel, 'believes' `two or three "
        "thousand` dead (range of number words) and `20,000` more by summer (increment, planned, "
        "other, `pub`); the cold, curlers, rinks, ends, a purse and fees in dollars, kids, years, "
        "a phone number",
    text="""\
THE HACK
Newsletter of the Foam Lake Curling Club

FOAM LAKE, Sask., February 6, 2025 — The ice plant held through the cold snap, which is more than \
the town's water main can say. For nine days running the thermometer by the rink door read minus \
35 or colder, and 64 curlers still turned out for Tuesday men's night. The Harvest Bonspiel draw \
is posted: 24 rinks, eight-end games and a $2,400 purse for the A event.

New skip on sheet three

Jae-won Lim, 44, came to Foam Lake two years ago to run the pharmacy on Main Street, and this \
winter he threw his first stones. He grew up in Incheon, did his military service on the islands \
off the west coast, and still reads the Korean papers every morning before he opens the store. The \
talk at the Legion after the draw last Thursday turned, as it often does lately, to the North \
Korean soldiers fighting for Russia.

"Everybody asks me how many there really are," Jae-won said. "I tell them what Seoul says, and \
then I tell them what my uncle says."

What Seoul says: South Korea's spy agency briefed lawmakers on Tuesday and put North Korean \
casualties at [[around 3,000]] out of the [[roughly 11,000]] sent to Russia last fall. The agency \
said the units had not been seen at the front since the middle of January. In a television \
interview on Sunday, Ukraine's president, Volodymyr Zelensky, put the North's dead and wounded \
higher, at [[nearly 4,000]]. According to a US official who briefed reporters last week, \
[[several thousand]] were still in the Kursk region, pulled back to rest and regroup. Kyiv's \
general staff, for comparison, logs more than 1,200 Russian casualties on a bad day. Ukraine's \
military intelligence expects [[up to 5,000]] more to arrive before spring.

What his uncle says is bleaker. The uncle, a retired army colonel in Seoul, believes \
[[two or three thousand]] of them are already dead. "And he believes Kim will send [[20,000]] more \
by the summer, because Moscow pays him in oil and rocket parts," Jae-won said, sweeping hard in \
front of a guard that was coming up short.

Rink notes
- Junior curling moves to Saturdays at 10 a.m.; 18 kids have signed up.
- A season membership is $180, or $90 for students.
- The rink was built in 1958 and got a new roof in 2019.
- Club phone: 306-272-3395
""",
    claims=(
        C("around 3,000", 3000, "approx", "casualties", "south_korea", "tue",
          "the NIS 'briefed lawmakers on Tuesday and put North Korean casualties at' (Thursday "
          "newsletter)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "same briefing: 'out of the … sent to Russia last fall' (the base of the casualty "
          "figure, a claim of its own)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky, named after his role, 'In a television interview on Sunday, … put the "
          "North's dead and wounded higher, at'"),
        C("several thousand", None, "vague", "near_front", "united_states", "lastweek",
          "'According to a US official who briefed reporters last week': still in the Kursk "
          "region"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "pub",
          "HUR 'expects' (undated): 'more' to arrive before spring (increment, span "
          "without the word; planned)", add=True),
        C("two or three thousand", None, "range", "casualties", "other", "pub",
          "a pharmacist relaying his uncle, a retired colonel ('The uncle … believes', the "
          "speaker quoted: other), undated: already dead (number words)"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "same relay, 'he believes Kim will send … more by the summer', 'Jae-won "
          "said' undated (increment, span without the word; planned)", add=True),
    ),
)


W08 = Source(
    article_id="w119_08_badlands_field_notes_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-08-14"),
    dated_by="front_matter",
    features="a volunteer dinosaur dig crew's field notes from the Red Deer River badlands near "
        "Drumheller (Alberta) in Markdown, windows-1252 (curly quotes and `°` raw), front matter "
        "with `date:` (Thursday), a crew key and a title without a figure; a palaeontology student "
        "from Hwaseong relaying the news ('she said'): the JCS 'On Monday' `about 6,000` engineers "
        "and builders on their way to Kursk (near the front); the NIS 'Last month' (the month) "
        "`some 2,000` dead; the White House 'in a statement last week, estimated' `upwards of "
        "14,000` served; Russia's deputy defence minister 'in a television interview on Saturday' "
        "`several thousand` more builders (increment, planned); Budanov, named before his role, "
        "'believes' `between 10,000 and 12,000` (undated, range); the student relaying her "
        "brother's officers, 'another' `10,000` before winter (increment, planned, other, `pub`), "
        "'By his count'; hundreds of fossil eggs, a million men in uniform, metres, years, "
        "degrees, kilometres, volunteers, hours, fragments, a fee in dollars, an ordinal, a phone "
        "number",
    text="""\
---
title: "Badlands Field Notes: week seven"
date: 2025-08-14
crew: Red Deer River Volunteer Dig Crew
---

# Bones, hoodoos and a brother on the DMZ

*Week seven at the quarry above the Red Deer River: 38 °C on the hoodoos, a hadrosaur femur out of \
the ground, and a long lunch-break talk about a war on the other side of the world.*

## In the quarry

The crew finished plaster-jacketing the last section of the hadrosaur femur on Tuesday. It is 1.1 \
metres long and roughly 74 million years old, and next week it goes by flatbed to the prep lab in \
Drumheller, 22 kilometres down the valley. So far this season 14 volunteers have logged 2,300 \
hours and catalogued 460 fragments.

## Na-rae's brother

Our guest digger this summer is Baek Na-rae, 29, a doctoral student in paleontology from Hwaseong, \
south of Seoul, where hundreds of fossil dinosaur eggs lie in the tidal flats. Her older brother \
is a captain in an infantry division on the DMZ. Over sandwiches on the tailgate she walked us \
through the news from home.

On Monday, she said, South Korea's Joint Chiefs of Staff reported that [[about 6,000]] North \
Korean engineers and military builders were on their way to the Kursk region. Last month the spy \
agency in Seoul put the North's dead at [[some 2,000]]. The White House, in a statement last week, \
estimated that [[upwards of 14,000]] North Koreans had served in Russia since October. Russia's \
deputy defence minister said in a television interview on Saturday that [[several thousand]] more \
builders would arrive “in the coming weeks.” Kyrylo Budanov, who runs Ukraine's military \
intelligence, believes [[between 10,000 and 12,000]] are in Russia right now.

“My brother says his officers expect another [[10,000]] to go before the winter,” Na-rae said. “By \
his count, the North can spare them easily. It has more than a million men in uniform.”

## Camp notes

- The last dig day is August 29. Bring your own trowel; the $45 daily fee covers lunch and the \
shuttle.
- Thanks to the ranch family who let us cross their pasture for the 11th summer in a row.
- Field phone: 403-823-0417
""",
    claims=(
        C("about 6,000", 6000, "approx", "near_front", "south_korea", "mon",
          "the JCS 'On Monday, she said, … reported' (a student passing on an official source: "
          "that source): engineers and builders on their way to the Kursk region"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-01..2025-07-31",
          "the NIS ('the spy agency in Seoul') 'Last month … put the North's dead at' (the month)"),
        C("upwards of 14,000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "'The White House, in a statement last week, estimated': served in Russia since October"),
        C("several thousand", None, "vague", "planned", "russia", "sat",
          "Russia's deputy defence minister 'in a television interview on Saturday': "
          "'more' builders would arrive (increment, span without the word; planned)", add=True),
        C("between 10,000 and 12,000", None, "range", "in_russia", "ukraine", "pub",
          "Budanov, named before his role, 'believes' (undated): in Russia right now"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "the student relaying her brother ('My brother says his officers expect', "
          "the speaker quoted: other), 'Na-rae said' undated: 'another' to go before "
          "winter (increment, span without the word; planned)", add=True),
    ),
)


W09 = Source(
    article_id="w119_09_race_day_live_seward_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-04"),
    dated_by="html_meta", crlf=True,
    features="a Seward (Alaska) news site's race-day live blog from the Fourth of July mountain "
        "race in HTML, windows-1252 with CRLF (curly quotes and `–` raw), `<meta name=\"date\">` "
        "(Friday), a consent note about auto-refresh, a script, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; a standfirst that dates all entries "
        "(Friday, July 4) and timestamped entries ('9:02 a.m.' … '4:41 p.m.'); a key-moments "
        "bullet `about 10,000` taking its entry's claimant and day; the NIS 'told lawmakers in "
        "Seoul on Thursday' `about 10,000` on the Kursk border and 'The agency also said' `roughly "
        "2,000` dead; HUR 'on Wednesday' `25,000 to 30,000` more (range increment, planned) and "
        "the `6,000` builders and deminers Shoigu 'announced in Pyongyang last month' (russia, "
        "June); a soldier from the Anchorage base at the finish relaying his unit, 'figure there "
        "are' `15,000 or so` (other, the entry's day); KCNA 'reported today' `dozens` of dead "
        "soldiers' families; Rutte 'last week at the summit' `more than 14,000`; 'a Pentagon "
        "official, speaking on background' `a little over 11,000` ('a little over' as at_least, "
        "undated: `pub`); feet, juniors, minutes, starters, degrees, years, bib numbers, a fee in "
        "dollars, 'two more aid stations' (not troops), a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Live: the mountain race, from the Fourth Avenue start line – Resurrection Bay Current</title>
<meta name="date" content="2025-07-04">
<meta property="og:site_name" content="Resurrection Bay Current">
<script>var live={page:"race-day-2025",refresh:60,entries:9};</script>
</head>
<body>
<div class="consent">One cookie remembers whether this page should refresh itself every minute. \
<button>Keep refreshing</button> <button>Stop it</button></div>
<nav>News &middot; Harbor &middot; Fourth of July &middot; Live &middot; Obituaries</nav>
<main>
<h1>Live: up and down the mountain, from the Fourth Avenue start line</h1>
<p class="standfirst">Our reporters are on the course, at the cliffs and at the finish. Between \
heats we pass on the wire news our readers keep asking about. All times Alaska Daylight Time, \
Friday, July 4.</p>
<h2>Key moments</h2>
<ul class="key">
<li>Juniors finish without a scratch worse than skinned knees</li>
<li>Seoul: [[about 10,000]] North Korean troops now on the Kursk border</li>
</ul>
<div class="entry"><p class="time">9:02 a.m.</p><p>The juniors are off. 112 girls and boys run to \
the halfway point and back down; the fastest usually need about 25 minutes.</p></div>
<div class="entry"><p class="time">9:47 a.m.</p><p>For everybody following the war news while \
waiting for the women's race: South Korea's spy agency told lawmakers in Seoul on Thursday that \
[[about 10,000]] North Korean soldiers are now posted along the border in Russia's Kursk region. \
The agency also said the North has lost [[roughly 2,000]] dead there.</p></div>
<div class="entry"><p class="time">10:31 a.m.</p><p>The women's race is under way. There are 350 \
starters across the three races this year, and the weather is kind: 58 degrees, a light breeze off \
the bay.</p></div>
<div class="entry"><p class="time">11:15 a.m.</p><p>More from the wires. Ukraine's military \
intelligence said on Wednesday that Pyongyang may send [[25,000 to 30,000]] more troops in the \
coming months. That does not include the [[6,000]] builders and deminers Sergei Shoigu announced \
in Pyongyang last month, it said.</p></div>
<div class="entry"><p class="time">12:40 p.m.</p><p>Sgt. Daniel Cho from Joint Base \
Elmendorf-Richardson just came down the gully with a bloody knee and a big grin. His grandfather \
was born in Kaesong, north of the DMZ. “The guys in my unit figure there are [[15,000 or so]] \
North Koreans in Russia by now,” he told us between gulps of water. “Nobody over there takes the \
official numbers at face value.”</p></div>
<div class="entry"><p class="time">1:55 p.m.</p><p>North Korea's state news agency KCNA reported \
today that Kim Jong Un met the families of [[dozens]] of soldiers killed in Kursk and promised \
their children places at a boarding school in Pyongyang.</p></div>
<div class="entry"><p class="time">3:20 p.m.</p><p>One last wire item, then it's running only. \
NATO's Mark Rutte said last week at the summit in The Hague that [[more than 14,000]] North \
Koreans have fought for Russia, and a Pentagon official, speaking on background, put the number \
still inside Russia at [[a little over 11,000]].</p></div>
<div class="entry"><p class="time">4:41 p.m.</p><p>The men's winner, bib 212, crossed Fourth \
Avenue 47 seconds ahead of the field. The race has been run since 1915; entry costs $150 and the \
lottery opens in January. The organisers promise two more aid stations on the descent next \
year.</p></div>
</main>
<footer>Resurrection Bay Current &middot; Seward, Alaska &middot; newsroom 907-224-6180</footer>
<script src="/js/live-refresh.js"></script>
</body>
</html>
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "key-moments bullet 'Seoul: …': takes the 9:47 entry's claimant and day (the NIS, "
          "Thursday)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "entry 9:47: the NIS 'told lawmakers in Seoul on Thursday' (Friday blog): posted along "
          "the border in Kursk"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "same entry, 'The agency also said' (carried Thursday): dead"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "wed",
          "entry 11:15: HUR 'said on Wednesday that Pyongyang may send … more' (range "
          "increment, span without the word; planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same entry: the builders and deminers Shoigu 'announced in Pyongyang last month' "
          "(russia, the month; an announcement, not an increment)"),
        C("15,000 or so", 15000, "approx", "in_russia", "other", "2025-07-04",
          "entry 12:40: a soldier at the finish relaying his unit ('The guys in my unit figure', "
          "the speaker quoted: other), 'he told us' on the entry's day ('or so' in the span)"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-07-04",
          "entry 1:55: KCNA 'reported today' (the entry's day): families of soldiers killed in "
          "Kursk"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "entry 3:20: Rutte 'said last week at the summit in The Hague': fought for Russia"),
        C("a little over 11,000", 11000, "at_least", "in_russia", "united_states", "pub",
          "same entry: 'a Pentagon official, speaking on background, put the number … at' "
          "(undated: `pub`; 'a little over' as at_least): still inside Russia"),
    ),
)


W10 = Source(
    article_id="w119_10_running_line_nushagak_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-29"),
    dated_by="sidecar",
    sidecar=(
        "Nushagak Set-Net Association – The Running Line",
        "https://www.nushagak-setnet.example/running-line/preseason-2025",
        "The Running Line: Oksana is back, and the numbers from the war",
    ),
    features="a Bristol Bay set-netters' association newsletter from Dillingham (Alaska) in "
        "Markdown, ISO-8859-1 with straight quotes, front matter with `date:` and the sidecar (the "
        "sidecar, Thursday, is the stronger source) and a title without a figure; the run forecast "
        "first (`close to 18 million` sockeye: not a claim); a fish picker from Lviv relaying her "
        "father, a sergeant near Vovchansk, `a few hundred` dug in (other, `pub`); Russia's "
        "ambassador 'told a Moscow paper, in an interview it ran on Monday' `several thousand` "
        "builders this summer (planned); 'By the count of South Korea's spy agency' `15,000` sent "
        "by March and `roughly 1,500` more since, dated by 'it told lawmakers earlier this month' "
        "after the figures (1st to publication; increment); 'On May 15 NATO's deputy secretary "
        "general put … at' `more than 4,000` casualties; HUR 'reckons' `11,000` still near Kursk "
        "and Belgorod (undated); the newsletter's own 'By our own count … that adds up to' `about "
        "16,500` (unattributed, required); fish, permits, ages, a price per pound and a "
        "percentage, dates, a phone number",
    text="""\
---
title: "The Running Line: preseason issue"
date: 2025-05-29
association: Nushagak Set-Net Association
beaches: Ekuk, Clarks Point, Igushik
---

# The Running Line

*Preseason news for set-netters on the Nushagak and Igushik beaches.*

## Getting ready

The state's forecast calls for a Bristol Bay sockeye run of about 49 million fish, and the \
Nushagak district should see close to 18 million of them. If the openers follow last year's \
pattern, nets go in around June 10. The association has 212 permit holders this year, up from 198 \
last season.

## Oksana is back

For her third summer, Oksana Hnatiuk, 22, a biology student from Lviv, is flying in to pick fish \
at the Andrews family site at Ekuk. Her father is a sergeant in a Ukrainian brigade near \
Vovchansk, on the border with Russia's Belgorod region. "My dad says there are [[a few hundred]] \
North Koreans dug in across from his brigade now, mostly gunners," she told us by phone from \
Anchorage. "He says they shoot well and they never come closer."

## The numbers

Since the North admitted in late April that its troops were fighting for Russia, the governments \
have been talking more. Russia's ambassador in Pyongyang told a Moscow paper, in an interview it \
ran on Monday, that [[several thousand]] military builders from the North would come to Kursk this \
summer. By the count of South Korea's spy agency, [[15,000]] had been sent by the end of March and \
[[roughly 1,500]] more have gone since, it told lawmakers earlier this month. On May 15 NATO's \
deputy secretary general put the North's killed and wounded at [[more than 4,000]]. Ukraine's \
military intelligence reckons [[11,000]] are still deployed around Kursk and Belgorod.

By our own count of those public estimates, that adds up to [[about 16,500]] North Koreans sent to \
Russia since last October.

## Notices

- The Ekuk processor pays a base price of $1.25 a pound this year, 14 percent more than last summer.
- Net hanging day at the school gym: Saturday, June 7, 9 a.m.
- Dillingham harbor office: 907-842-5115
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "pub",
          "a fish picker relaying her father, a sergeant near Vovchansk ('My dad says', the "
          "speaker quoted: other), 'she told us' undated: dug in across from his brigade"),
        C("several thousand", None, "vague", "planned", "russia", "mon",
          "Russia's ambassador in Pyongyang 'told a Moscow paper, in an interview it ran on "
          "Monday' (Thursday newsletter): builders would come to Kursk this summer (planned)"),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-05-01..pub",
          "'By the count of South Korea's spy agency', dated by 'it told lawmakers earlier this "
          "month' after the figures (the 1st to publication): sent by the end of March"),
        C("roughly 1,500", 1500, "approx", "in_russia", "south_korea", "2025-05-01..pub",
          "same briefing: 'more have gone since' (increment, span without the word)", add=True),
        C("more than 4,000", 4000, "at_least", "casualties", "nato", "2025-05-15",
          "'On May 15 NATO's deputy secretary general put the North's killed and wounded at'"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "pub",
          "HUR 'reckons' (undated): still deployed around Kursk and Belgorod"),
        C("about 16,500", 16500, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own 'By our own count of those public estimates, that adds up to' "
          "(no source: unattributed, required): sent since last October"),
    ),
)


W11 = Source(
    article_id="w119_11_trowel_notes_ferryland_html",
    language="en", fmt="html", encoding="utf-16", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Avalon Dig Friends – Trowel Notes",
        "https://www.avalondigfriends.example/trowel-notes/2024-closing",
        "Closing the trenches at Ferryland",
    ),
    features="an archaeology dig friends' notes from Ferryland (Newfoundland) in HTML, UTF-16 LE "
        "with BOM, no meta date (sidecar, Wednesday), a one-button cookie note, navigation, a "
        "footer with a phone number; `<title>` and headline without a figure; the season first; "
        "the Pentagon 'On Monday' `about 10,000` sent to train; NATO 'the same day' without a "
        "figure; the NIS 'Last Wednesday' (in a Wednesday text: the week before, an ISO date) "
        "`3,000` gone and `10,000` by December (planned); HUR 'on Thursday' `a few thousand` near "
        "the border; Zelensky 'on Sunday' `up to 12,000` being prepared (planned); a ceramics "
        "specialist from Chernihiv 'expects' `twenty thousand` by spring (number words, planned, "
        "other, `pub`) and an echo 'Ten thousand is only the beginning' inside her quote "
        "(optional); weeks, students, artefacts, the colony's decade, ages, years, dollars, a "
        "date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Trowel Notes – Avalon Dig Friends</title>
</head>
<body>
<div class="cookie">One cookie keeps your place in the finds gallery. <button>Fine</button></div>
<nav>Home · The Dig · Finds · Trowel Notes · Donate</nav>
<article>
<h1>Closing the trenches at Ferryland</h1>
<p>We backfilled the last trench on Friday. In 17 weeks the field school's 26 students recovered \
just over 9,000 artefacts from the colony of the 1620s, among them a lead cloth seal and a gold \
posy ring.</p>
<p>Our ceramics specialist this year was Dr. Halyna Savchuk, 49, who left her museum in Chernihiv \
in 2022. Her son flies drones for a brigade near Sumy and calls most evenings. “He says they are \
getting ready for the Koreans,” she told us.</p>
<p>On Monday the Pentagon said [[about 10,000]] North Korean soldiers had been sent to train in \
eastern Russia; NATO confirmed the same day that some of them had reached the Kursk region. Last \
Wednesday, South Korea's spy agency said [[3,000]] had gone so far and that the total could reach \
[[10,000]] by December. Ukraine's military intelligence reported on Thursday that the first units, \
[[a few thousand]] men, had arrived near the border. President Zelensky said on Sunday that \
Pyongyang was preparing [[up to 12,000]].</p>
<p>Halyna expects far more. “By spring it will be [[twenty thousand]],” she said. \
“[[Ten thousand]] is only the beginning.”</p>
<p>Thank you to everyone who gave $25 or more for the conservation lab. The next season opens on \
June 2, 2025.</p>
</article>
<footer>Avalon Dig Friends · Ferryland, NL · 709-432-3200</footer>
</body>
</html>
""",
    claims=(
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'On Monday' (Wednesday notes): sent to train in eastern Russia"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'Last Wednesday' (in a Wednesday text: the week before, 23 October): gone so "
          "far"),
        C("10,000", 10000, "exact", "planned", "south_korea", "2024-10-23",
          "same statement: 'the total could reach … by December' (a forecast: planned)"),
        C("a few thousand", None, "vague", "near_front", "ukraine", "thu",
          "HUR 'reported on Thursday': the first units arrived near the border"),
        C("up to 12,000", 12000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'said on Sunday': Pyongyang preparing"),
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "a ceramics specialist speaking for herself ('Halyna expects', 'she said' undated: "
          "other): by spring (number words; planned)"),
        C("Ten thousand", 10000, "exact", "in_russia", "other", "pub",
          "an echo of the figures above inside her quote ('… is only the beginning'): "
          "optional", opt=True),
    ),
)


W12 = Source(
    article_id="w119_12_cellar_door_elliston",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-11-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Elliston Root Cellar Heritage Society – Cellar Door",
        "https://www.elliston-rootcellars.example/cellar-door/november-2025",
        "Root cellars, a family from Kherson and Moscow's 6,000 more",
    ),
    features="a root cellar heritage society's newsletter from Elliston (Newfoundland) as plain "
        "text, UTF-8 with BOM and CRLF (sidecar, Thursday), em dashes and curly quotes; a headline "
        "`6,000` 'more' taking the Russian deputy foreign minister's Wednesday figure below "
        "(Wednesday to publication, increment kept); the cellar count first; a farmer from Kherson "
        "relaying his brother, a gunner, `at least a thousand` opposite (number word, at_least, "
        "other, `pub`); the NIS 'on November 4' `around 2,000` dead and `10,000-plus` along the "
        "border ('-plus' as at_least); `Roughly 15,000` rotated through Russia opening its "
        "sentence, the source (the US special envoy 'in a briefing for reporters on Monday') only "
        "in the next one; KCNA 'last week' `several thousand` more builders left (north_korea, "
        "increment); Zelensky 'On Sunday' `several hundred` gunners on the Kursk side; a Russian "
        "deputy foreign minister 'on Wednesday' 'another' `6,000` in the new year (increment, "
        "planned); cellars, volunteers, pounds of vegetables, children, years, dollars, visitors, "
        "a phone number",
    text="""\
CELLAR DOOR
News from the Elliston Root Cellar Heritage Society

Root cellars, a family from Kherson and Moscow's [[6,000]] more

The last of the potatoes went into the Ryan cellar on the Sunday before the first hard frost, and \
the society's fall survey is done: 131 cellars still standing in Elliston and Maberly, 27 of them \
in everyday use, the oldest dug into the hillside around 1840. Thank you to the 19 volunteers who \
rebuilt doors and vents this year.

A family from Kherson

When Mykola and Tetiana Bondarenko came to Elliston two years ago with their three children, they \
had grown onions and melons on the Dnipro near Kherson. This fall they put away 900 pounds of \
potatoes, carrots and beets in a cellar the society lent them. Mykola's younger brother serves \
with an artillery battery on the Kursk front.

“My brother says [[at least a thousand]] North Koreans are across from his guns, maybe more,” \
Mykola said. “They dig in like moles. Like us with our cellars.”

What the governments say

South Korea's spy agency told lawmakers on November 4 that the North had lost [[around 2,000]] \
dead in Russia and that [[10,000-plus]] of its troops were still deployed along the border in \
Kursk. [[Roughly 15,000]] North Korean soldiers have now rotated through Russia. That estimate \
came from Washington's special envoy for North Korea, in a briefing for reporters on Monday. KCNA \
said last week that [[several thousand]] more military builders had left Pyongyang for Russia. On \
Sunday Ukraine's president, Volodymyr Zelensky, said [[several hundred]] North Korean gunners were \
firing on Ukrainian positions from the Kursk side of the border. And on Wednesday a Russian deputy \
foreign minister, speaking in Moscow, said another [[6,000]] would come in the new year “to help \
rebuild.”

Cellar notes
— Membership is $20 a year, $10 for students.
— Cellar tours start again in June; last season we had 2,600 visitors.
— Society phone: 709-468-2250
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "wed..pub",
          "headline: the Russian deputy foreign minister's Wednesday figure below "
          "(Wednesday to the Thursday of publication); 'more' kept as an increment", add=True),
        C("at least a thousand", 1000, "at_least", "near_front", "other", "pub",
          "a farmer relaying his brother, a gunner ('My brother says', the speaker quoted: "
          "other), 'Mykola said' undated: across from his guns (number word)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "the NIS 'told lawmakers on November 4': dead in Russia"),
        C("10,000-plus", 10000, "at_least", "near_front", "south_korea", "2025-11-04",
          "same briefing: still deployed along the border in Kursk ('-plus' after the number as "
          "at_least, in the span)"),
        C("Roughly 15,000", 15000, "approx", "in_russia", "united_states", "mon",
          "opens its sentence without a source; 'That estimate came from Washington's special "
          "envoy for North Korea, in a briefing for reporters on Monday' in the next one: "
          "rotated through Russia"),
        C("several thousand", None, "vague", "in_russia", "north_korea", "lastweek",
          "KCNA 'said last week': 'more' military builders left for Russia (increment, "
          "span without the word)", add=True),
        C("several hundred", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky, named after his role, 'On Sunday': gunners firing from the Kursk side"),
        C("6,000", 6000, "exact", "planned", "russia", "wed",
          "a Russian deputy foreign minister 'on Wednesday': 'another' would come in "
          "the new year (increment, span without the word; planned)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    W01, W02, W03, W04, W05, W06,
    W07, W08, W09, W10, W11, W12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
