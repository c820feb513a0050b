"""Build the HUNDRED-AND-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-sixth corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a fruit growers'
news page from Jork in the Altes Land with a Ukrainian picking foreman from Chernihiv, a Black
Forest raftsmen's association newsletter from Wolfach with a member who came from Seoul as a nurse
in 1971, a Weissensee (Carinthia) lake portal (Austrian conventions) with a Ukrainian ice master's
helper during the Dutch skating weeks, a Brienz woodcarving school's letter to its patrons (Swiss
conventions) with a carver from Kosiv, an Aischgrund carp farmers' newsletter from Höchstadt with a
pond hand from Mukachevo, an amber museum friends' newsletter from Ribnitz-Damgarten reporting a
geologist's lecture; a Ukrainian festival volunteers' newsletter from Dauphin (Manitoba), a Lundy
island bulletin with a new manager who served at Panmunjom, an opal miners' news site from Coober
Pedy with a Seoul opal buyer, a Rupununi radio station's world desk from Lethem (Guyana) with a
clinic doctor from Daegu, a model boat builders' newsletter from Paget Farm on Bequia with a
retired captain, and a resort staff newsletter from Gan (Addu City, Maldives) with a dive
instructor from Odesa. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding,
checks, CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind104_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p104_01_obsthof_nachrichten_jork_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-25"),
    dated_by="html_meta",
    features="a fruit growers' news page from Jork (Altes Land) in HTML, UTF-8 "
        "(`article:published_time` +02:00, Friday), a cookie note about the harvest calendar, a "
        "site script, navigation, a footer with a phone number; `<title>` without a figure, "
        "headline `12.000` from Zelensky's Tuesday evening figure (Tuesday to publication); "
        "Zelensky 'am Dienstagabend', Konjunktiv, `12.000` trained in the Far East; the NIS 'Am "
        "Mittwoch' `etwa 3.000` moved and 'könne … wachsen' `10.000` by December (planned); the "
        "White House's Kirby 'am Donnerstag', named after the figure, sentence-initial `Mindestens "
        "3.000`; HUR 'am selben Tag' (Thursday carried), 'hieß es in der Mitteilung' `bis zu "
        "5.000` expected (planned); a Ukrainian picking foreman relaying his nephew `ein paar "
        "tausend` across the border (other, `pub`); seasonal workers, tonnes of apples, the "
        "minimum wage in euros, hectares of orchards, kilometres, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Obsthof-Nachrichten Altes Land | Pflücker aus Tschernihiw</title>
<meta property="article:published_time" content="2024-10-25T16:40:00+02:00">
<meta property="og:site_name" content="Obsthof-Nachrichten Altes Land">
<script>window.ohn={rubrik:"hofleben",sorte:"elstar",ort:"jork-borstel"};</script>
</head>
<body>
<div id="cookie-hinweis">Wir speichern nur, ob Sie unseren Erntekalender schon einmal geöffnet \
haben. <button>Geht klar</button> <button>Lieber ohne</button></div>
<nav><a href="/">Start</a> | <a href="/ernte">Ernte 2024</a> | <a href="/hoflaeden">Hofläden</a> | \
<a href="/jork">Jork &amp; Borstel</a> | <a href="/welt">Hinterm Deich</a></nav>
<main>
<p class="ort">Jork-Borstel &middot; Freitag</p>
<h1>Pflücker aus Tschernihiw hören von [[12.000]] Nordkoreanern</h1>
<p>Zwischen den Reihen mit Elstar und Boskoop steht an diesem Vormittag kaum jemand still. Auf dem \
Hof von Claas Quast in Borstel holen 38 Saisonkräfte die letzten Äpfel von den Bäumen, 14 von \
ihnen stammen aus der Ukraine. In den Pausen geht es seit Dienstag immer um dieselbe Nachricht.</p>
<p>Wolodymyr Selenskyj hatte sie am Dienstagabend verbreitet: Nach Erkenntnissen seiner \
Geheimdienste bilde Russland [[12.000]] Soldaten aus Nordkorea auf Übungsplätzen im Fernen Osten \
aus. Seoul rechnete kleiner. Am Mittwoch unterrichtete der Nachrichtendienst NIS den \
Geheimdienstausschuss des Parlaments, [[etwa 3.000]] Mann seien schon verlegt worden; bis Dezember \
könne ihre Zahl auf [[10.000]] wachsen.</p>
<p>Aus Washington kam am Donnerstag die erste eigene Schätzung. [[Mindestens 3.000]] Nordkoreaner \
seien zwischen Anfang und Mitte Oktober in den Osten Russlands gebracht worden, erklärte John \
Kirby, der Sprecher des Nationalen Sicherheitsrats im Weißen Haus. Wofür genau, lasse sich noch \
nicht sagen.</p>
<p>Der ukrainische Militärgeheimdienst HUR meldete am selben Tag, erste Einheiten seien bereits am \
Mittwoch in der Region Kursk angekommen. Bis zum Wochenende würden dort [[bis zu 5.000]] Mann \
erwartet, hieß es in der Mitteilung.</p>
<h2>&bdquo;Mein Neffe schreibt jeden Abend&ldquo;</h2>
<p>Mykola Lytwynenko, 57, führt die Pflückkolonne, seit er 2016 zum ersten Mal nach Jork kam. Zu \
Hause hat er selbst einen Kirschgarten. Sein Neffe fährt einen Versorgungslaster im Gebiet Sumy. \
&bdquo;Er schreibt, auf der russischen Seite der Grenze warten schon [[ein paar tausend]] \
Koreaner. Nachts sieht man ihre Lastwagen auf der Wärmebildkamera&ldquo;, erzählt Lytwynenko.</p>
<p>Claas Quast hört zu und schüttelt den Kopf. Er hat gerade ausgerechnet, dass seine Leute in \
dieser Saison rund 310 Tonnen Äpfel gepflückt haben, beim Mindestlohn von 12,41 Euro in der \
Stunde. &bdquo;Ohne die Kolonne aus Tschernihiw hinge das Obst noch am Baum&ldquo;, sagt er.</p>
<p>Das Alte Land ist mit gut 10.000 Hektar Obstfläche das größte geschlossene Anbaugebiet im \
Norden Europas. Von Tschernihiw bis an den Elbdeich sind es etwa 1.700 Kilometer.</p>
</main>
<footer>Obsthof-Nachrichten Altes Land &middot; Westerjork 12 &middot; 21635 Jork &middot; Telefon \
04162 913 770</footer>
<script src="/assets/erntekalender.js?v=2024.10"></script>
</body>
</html>
""",
    claims=(
        C("12.000", 12000, "exact", "in_russia", "ukraine", "tue..pub",
          "headline: the figure of Zelensky's Tuesday evening statement in the body (Tuesday to "
          "publication): trained in Russia"),
        C("12.000", 12000, "exact", "in_russia", "ukraine", "tue",
          "Zelensky 'am Dienstagabend' (Friday article), Konjunktiv 'bilde Russland … aus': "
          "trained on ranges in the Far East"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'Am Mittwoch unterrichtete … den Geheimdienstausschuss', Konjunktiv: already "
          "moved"),
        C("10.000", 10000, "exact", "planned", "south_korea", "wed",
          "same briefing: 'bis Dezember könne ihre Zahl auf … wachsen' (a forecast: planned)"),
        C("Mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "thu",
          "the White House's Kirby, named after the figure, 'am Donnerstag' in the sentence "
          "before: brought to eastern Russia (sentence-initial hedge)"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "thu",
          "HUR 'am selben Tag' (Thursday carried), 'hieß es in der Mitteilung' after the figure: "
          "expected in Kursk by the weekend (planned)"),
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a Ukrainian picking foreman relaying his nephew ('Er schreibt', the speaker quoted: "
          "other), undated: waiting on the Russian side of the border"),
    ),
)

P02 = Source(
    article_id="p104_02_floesserpost_wolfach_md",
    language="de", fmt="md", encoding="latin-1", published=day("2024-12-12"),
    dated_by="front_matter",
    features="a Black Forest raftsmen's association newsletter from Wolfach in Markdown, "
        "ISO-8859-1 with »« quotes, front matter with `date:` (Thursday), an issue key and a title "
        "without a figure; HUR 'berichtete am Samstag' `rund 200` killed or wounded and "
        "`mindestens 40` of them dead (a breakdown), then 'Nach Darstellung des Dienstes' `etwa "
        "11.000` in the region (carried); Zelensky 'am Montag' »Tausenden« advancing; a State "
        "Department spokesman 'schätzte am Dienstag' `einige hundert` casualties; the JCS via "
        "Yonhap 'vom Mittwoch' `2.000 bis 3.000` 'zusätzliche' (range, increment, planned); the "
        "newsletter's own 'Nach allem, was bislang an Zahlen vorliegt' `mehr als 11.000` "
        "(unattributed, required); a member who came from Seoul as a nurse relaying her niece "
        "`hunderttausend` (number word, other, planned, `pub`); Korean nurses in the 1970s, years, "
        "her age, logs, metres, a river gauge, members, a meeting date, a phone number",
    text="""\
---
title: "Flößerpost: Eine Krankenschwester aus Seoul schaut auf den Krieg"
date: 2024-12-12
verein: Flößerverein Wolfach e.V.
ausgabe: "Flößerpost Winter 2024"
---

# Eine Krankenschwester aus Seoul schaut auf den Krieg

*Sun-hee Kimmig steht beim Flößerfest seit vielen Jahren am Kuchenstand. Für die Winterausgabe \
haben wir mit ihr über ihre alte Heimat gesprochen und über das, was derzeit aus Russland zu hören \
ist.*

Sun-hee Kimmig kam im Frühjahr 1971 aus Seoul in den Schwarzwald, eine von damals rund 10.000 \
koreanischen Krankenschwestern in der Bundesrepublik. 34 Jahre lang arbeitete sie im Krankenhaus \
in Wolfach, sie heiratete den Flößer Albert Kimmig, und 1989 trat sie in unseren Verein ein. Heute \
ist sie 75 und hat vier Enkel.

Die Meldungen aus dem Gebiet Kursk verfolgt sie jeden Abend. Am Samstag berichtete der ukrainische \
Militärgeheimdienst HUR zum ersten Mal von schweren Verlusten der Nordkoreaner: Bei Angriffen auf \
ukrainische Stellungen seien [[rund 200]] von ihnen getötet oder verwundet worden, [[mindestens \
40]] davon tödlich. Nach Darstellung des Dienstes stünden in der Region inzwischen [[etwa 11.000]] \
Soldaten aus dem Norden.

Präsident Wolodymyr Selenskyj sprach am Montag in seiner Abendansprache von »[[Tausenden]]« \
Nordkoreanern, die zusammen mit russischen Fallschirmjägern vorrückten. In Washington schätzte ein \
Sprecher des Außenministeriums am Dienstag, [[einige hundert]] seien bereits gefallen oder \
verletzt. Und der Generalstab in Seoul rechnet nach einem Bericht der Agentur Yonhap vom Mittwoch \
damit, dass Pjöngjang im Winter [[2.000 bis 3.000]] zusätzliche Soldaten nachschickt.

Nach allem, was bislang an Zahlen vorliegt, hat Russland seit Oktober [[mehr als 11.000]] \
Nordkoreaner ins Land geholt.

## »Das sind doch Kinder«

»Meine Nichte in Seoul schreibt mir, im Fernsehen heißt es, Kim könnte bis zum Frühjahr \
[[hunderttausend]] Mann schicken«, erzählt Kimmig. Ob das stimme, wisse niemand. »Aber die Jungen, \
die da jetzt sterben, sind doch Kinder. Sie sprechen dieselbe Sprache wie meine Enkel.«

Sie hat in ihrem Berufsleben viele junge Männer gepflegt, nach Unfällen im Sägewerk oder auf der \
Straße. »Wenn ich die Bilder aus Kursk sehe, denke ich an ihre Mütter«, sagt sie.

## Aus dem Verein

- Für das Flößerfest 2025 binden wir ein Floß aus 60 Tannenstämmen, rund 40 Meter lang.
- Die Kinzig stand Ende November bei 1,80 Metern; unser Holzlager am Ufer blieb trocken.
- Wir zählen jetzt 214 Mitglieder, darunter 19 Jugendliche.
- Jahreshauptversammlung: 17. Januar 2025, 19.30 Uhr, Gasthaus zur Kinzigbrücke.
- Geschäftsstelle: 07834 866 291
""",
    claims=(
        C("rund 200", 200, "approx", "casualties", "ukraine", "sat",
          "HUR 'berichtete am Samstag' (Thursday newsletter), Konjunktiv: killed or wounded"),
        C("mindestens 40", 40, "at_least", "casualties", "ukraine", "sat",
          "same report: '… davon tödlich' (a breakdown of the casualties, never additional)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "sat",
          "'Nach Darstellung des Dienstes stünden' (HUR's Saturday report carried): in the Kursk "
          "region"),
        C("Tausenden", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'am Montag in seiner Abendansprache', »…«: advancing with Russian "
          "paratroopers"),
        C("einige hundert", None, "vague", "casualties", "united_states", "tue",
          "a State Department spokesman 'schätzte am Dienstag': fallen or wounded"),
        C("2.000 bis 3.000", None, "range", "planned", "south_korea", "wed",
          "the JCS 'rechnet nach einem Bericht der Agentur Yonhap vom Mittwoch damit': "
          "'zusätzliche' (increment, span without the word) to follow in winter", add=True),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Nach allem, was bislang an Zahlen vorliegt' (no source: "
          "unattributed, required): brought into Russia since October"),
        C("hunderttausend", 100000, "exact", "planned", "other", "pub",
          "a member relaying her niece and Korean TV ('schreibt mir', the speaker quoted: other), "
          "undated, number word: Kim could send"),
    ),
)

P03 = Source(
    article_id="p104_03_seeportal_weissensee_eismeister_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-02-04"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Seeportal Weißensee",
        "https://www.seeportal-weissensee.example/menschen/2025/02/eismeister-gehilfe-aus-sumy",
        "Der Eismeister-Gehilfe aus Sumy",
    ),
    features="a Carinthian lake portal from Techendorf on the Weissensee in HTML, windows-1252 "
        "with CRLF (`„“`, `–` raw), no meta date (sidecar, Tuesday), Austrian conventions "
        "(`heuer`, `Jänner`, `Feber`), a cookie note about the ice report, a portal script, "
        "navigation by villages, a footer with an 'Eistelefon'; `<title>` and headline without a "
        "figure; a spokesman of Ukraine's special forces 'Am Donnerstag', Konjunktiv, `rund "
        "11.000` sent and `höchstens 8.000` still ready around Kursk; HUR 'am Wochenende' "
        "(Saturday-Sunday) `mehr als 1.000` fallen; the NIS 'Mitte Jänner' (days 11-20) `etwa "
        "3.000`; Zelensky 'Ende Jänner' (days 21-31) `knapp 4.000`; the JCS 'erklärte am Montag', "
        "'Nach Einschätzung', Nachschub of `einigen tausend` (vague increment, planned); an ice "
        "master's helper from Shostka relaying his brother `ein paar hundert` (other, `pub`); ice "
        "thickness, kilometres of track, skaters, team members, his age, a hotel price in euros, "
        "altitude, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Seeportal Weißensee – Der Eismeister-Gehilfe aus Sumy</title>
<script>var seeportal={rubrik:"menschen",eis:"freigegeben",saison:2025};</script>
</head>
<body>
<div class="cookie-leiste">Ein Cookie merkt sich, ob Sie den täglichen Eisbericht abonniert haben. \
<button>Eis frei</button> <button>Bleibt zu</button></div>
<nav>Techendorf | Neusach | Naggl | Eisbericht | Loipen | Menschen am See</nav>
<article>
<h1>„Das Eis hält, aber daheim bricht alles weg“</h1>
<p class="vorspann">Oleksandr Melnyk bohrt jeden Morgen Löcher ins Eis, damit die Holländer sicher \
laufen können. Mit den Gedanken ist er oft bei Kursk, wo sein Bruder kämpft.</p>
<p>Heuer war das Eis auf dem Weißensee schon Anfang Jänner 24 Zentimeter dick. Für die \
Marathonwochen der Niederländer hat das Team von Eismeister Norbert Jank die 12,5 Kilometer lange \
Bahn Tag und Nacht gepflegt; rund 6.000 Läuferinnen und Läufer waren auf dem See unterwegs. Einer \
der neun Männer im Team kommt aus der Ukraine.</p>
<p>Melnyk, 41, ist in Schostka aufgewachsen, einer Industriestadt im Norden der Ukraine, von der \
aus man mit dem Auto in einer knappen Stunde an der russischen Grenze ist. Sein jüngerer Bruder \
dient in einer Artilleriebrigade, die seit dem Sommer auf russischem Boden steht. Was der Bruder \
am Telefon erzählt, deckt sich mit den Meldungen der letzten Tage.</p>
<p>Am Donnerstag sagte ein Sprecher der ukrainischen Spezialeinsatzkräfte, die Nordkoreaner seien \
seit gut zwei Wochen von der vordersten Linie verschwunden. Von den [[rund 11.000]] Soldaten, die \
Pjöngjang geschickt habe, seien [[höchstens 8.000]] noch im Raum Kursk einsatzbereit. Der \
Militärgeheimdienst HUR meldete am Wochenende, seit Dezember seien [[mehr als 1.000]] Nordkoreaner \
gefallen.</p>
<p>Auch in Seoul wird gezählt. Der Geheimdienst NIS bezifferte die Verluste Mitte Jänner auf \
[[etwa 3.000]] Tote und Verwundete, Präsident Selenskyj sprach Ende Jänner von [[knapp 4.000]]. \
Nach Einschätzung des Generalstabs in Seoul bereitet Kim bereits Nachschub von [[einigen tausend]] \
Mann vor, der noch im Feber verlegt werden könnte, erklärte ein Sprecher am Montag.</p>
<h2>„Jetzt ist es ruhig drüben“</h2>
<p>„Mein Bruder sagt, vor seinem Abschnitt sind nur noch [[ein paar hundert]] Koreaner, die \
anderen hat man abgezogen. Keiner weiß, ob sie wiederkommen“, erzählt Melnyk beim Kaffee in der \
Eismeisterhütte. Seit drei Wintern arbeitet er am See, im Sommer hilft er im Strandbad in \
Techendorf aus.</p>
<p>Am 7. Feber kommen die Niederländer heuer ein letztes Mal zum 100-Kilometer-Lauf. Ein \
Doppelzimmer kostet in Techendorf derzeit ab 140 Euro pro Nacht, der See liegt auf 930 Metern \
Seehöhe.</p>
</article>
<footer>Seeportal Weißensee · Techendorf · Eistelefon +43 4713 2220 15</footer>
</body>
</html>
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "thu",
          "a spokesman of Ukraine's special forces 'Am Donnerstag' (Tuesday article), Konjunktiv: "
          "sent by Pyongyang"),
        C("höchstens 8.000", 8000, "at_most", "near_front", "ukraine", "thu",
          "same statement: still ready for action around Kursk (a part of the total, not an "
          "increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'meldete am Wochenende' (Saturday-Sunday): fallen since December"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'bezifferte die Verluste Mitte Jänner' (days 11-20): dead and wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Zelensky 'Ende Jänner' (days 21-31): the losses of the sentence before carried"),
        C("einigen tausend", None, "vague", "planned", "south_korea", "mon",
          "the JCS, 'Nach Einschätzung des Generalstabs … erklärte ein Sprecher am Montag' after "
          "the figure: Nachschub (reinforcements: increment) being prepared", add=True),
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "an ice master's helper relaying his brother ('Mein Bruder sagt', the speaker quoted: "
          "other), undated: in front of his sector"),
    ),
)

P04 = Source(
    article_id="p104_04_holzbildhauerei_brienz_goennerbrief",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-05-14"),
    dated_by="dateline",
    features="a Brienz woodcarving school's letter to its patrons as plain text, UTF-8 with BOM "
        "(Swiss conventions: `ss`, «», `15'000`, `4'000`, `6'000`, `12'000`, 4-digit `8000 oder "
        "9000`), dated by the place line 'Brienz, 14. Mai 2025' (Wednesday); the school's own "
        "figures first; Gerasimov 'Am 26. April' «Tausende» who helped to 'liberate' Kursk "
        "(russia, near the front); Pyongyang 'Zwei Tage darauf' without a figure; the NIS 'Ende "
        "April' (days 21-30) `etwa 15'000` sent and `mehr als 4'000` casualties; Kyiv 'Anfang Mai' "
        "(days 1-10) `6'000`; Rutte 'am Montag' `über 12'000`; a State Department spokeswoman 'am "
        "Dienstag' «mehrere tausend» 'zusätzliche' (vague increment, planned, the word after the "
        "quote); a carver from Kosiv relaying her husband `8000 oder 9000` (two numbers joined by "
        "'oder': range, other, `pub`); students, francs, years, her age, a population, a lake's "
        "length, exhibition dates, a phone number",
    text="""\
Schule für Holzbildhauerei Brienz
Brief an die Gönnerinnen und Gönner, Frühling 2025

Brienz, 14. Mai 2025

Liebe Gönnerinnen und Gönner

Die Werkstätten sind voll: 38 Lernende arbeiten in diesem Schuljahr an ihren Stücken, so viele wie \
seit 1990 nicht mehr. Für die Abschlussausstellung im Juni fehlen uns noch rund 2'400 Franken für \
Lindenholz und Ahorn. Jeder Beitrag hilft.

Eine Lernende aus den Karpaten

Iryna Hutsuljak ist 34 und im dritten Lehrjahr. Sie stammt aus Kossiw in den ukrainischen \
Karpaten, wo seit Generationen Holz geschnitzt wird, und lebt seit 2022 mit ihrer Tochter in \
Brienz. Ihr Mann Taras dient als Aufklärer in der Region Sumy. Wenn in der Pause Nachrichten \
kommen, wird es in der Werkstatt still.

Die letzten Wochen brachten viele Zahlen. Am 26. April erklärte der russische Generalstabschef \
Waleri Gerassimow, «[[Tausende]]» nordkoreanische Kämpfer hätten geholfen, das Gebiet Kursk zu \
«befreien». Zwei Tage darauf bestätigte auch Pjöngjang den Einsatz zum ersten Mal, ohne eine Zahl \
zu nennen. Ende April zog der südkoreanische Nachrichtendienst NIS Bilanz: Von [[etwa 15'000]] \
Soldaten, die der Norden seit dem Herbst geschickt habe, seien [[mehr als 4'000]] getötet oder \
verwundet worden.

Kiew hält das für zu tief gegriffen. Anfang Mai sprach die ukrainische Regierung von [[6'000]] \
Toten und Verletzten. Nato-Generalsekretär Mark Rutte sagte am Montag in Brüssel, Russland könne \
weiterhin auf [[über 12'000]] Mann aus Nordkorea zählen. Und eine Sprecherin des \
US-Aussenministeriums hielt es am Dienstag für möglich, dass «[[mehrere tausend]]» zusätzliche \
Soldaten folgen.

«Vor seinem Abschnitt lagen im Winter [[8000 oder 9000]] Koreaner, sagt mein Mann», erzählt Iryna \
Hutsuljak, während sie an einem Adler aus Nussbaum arbeitet. «Jetzt sind es weniger, aber sie \
schiessen besser.» In Kossiw hat sie Truhen verziert und Ostereier bemalt; in Brienz lernt sie, \
einer Figur ein Gesicht zu geben.

Aus der Schule

- Die Abschlussausstellung ist vom 20. bis 29. Juni in der Aula geöffnet.
- Brienz zählt rund 3'000 Einwohnerinnen und Einwohner, der Brienzersee ist 14 Kilometer lang.
- Gegründet wurde die Schule 1884; seither haben hier über 1'100 Lernende abgeschlossen.
- Sekretariat: 033 952 17 51

Mit herzlichen Grüssen
Die Schulleitung
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "russia", "2025-04-26",
          "Gerasimov 'Am 26. April erklärte', «…», Konjunktiv: fighters who helped to 'liberate' "
          "the Kursk region (near the front)"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'Ende April' (days 21-30), Konjunktiv: sent since autumn"),
        C("mehr als 4'000", 4000, "at_least", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same assessment: killed or wounded"),
        C("6'000", 6000, "exact", "casualties", "ukraine", "2025-05-01..2025-05-10",
          "the Ukrainian government 'Anfang Mai' (days 1-10): dead and wounded"),
        C("über 12'000", 12000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'sagte am Montag in Brüssel' (Wednesday letter): Russia can count on them"),
        C("mehrere tausend", None, "vague", "planned", "united_states", "tue",
          "a State Department spokeswoman 'hielt es am Dienstag für möglich', «…» 'zusätzliche' "
          "after the quote (increment): could follow", add=True),
        C("8000 oder 9000", None, "range", "near_front", "other", "pub",
          "a carver relaying her husband ('sagt mein Mann', the speaker quoted: other), undated; "
          "two numbers joined by 'oder' (range, like 'five or six thousand'): in front of his "
          "sector last winter"),
    ),
)

P05 = Source(
    article_id="p104_05_karpfenbrief_aischgrund_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-09-03"),
    dated_by="sidecar",
    sidecar=(
        "Teichgenossenschaft Aischgrund – Karpfenbrief",
        "https://www.karpfen-aischgrund.example/karpfenbrief/2025-3-saisonstart",
        "Karpfenbrief zum Saisonstart",
    ),
    features="an Aischgrund carp farmers' newsletter from Höchstadt in Markdown, UTF-16 LE with "
        "BOM, front matter without a date (sidecar, Wednesday), `„“`; pond figures first; North "
        "Korean state TV 'Ende August' (days 21-31) coffins of `Dutzenden` fallen (north_korea, "
        "casualties); the NIS 'Vergangene Woche' `rund 2.000` dead; the JCS via Yonhap 'am "
        "Montag', the agency named at the end, `etwa 3.000` 'weitere' for a new rotation "
        "(increment, planned); Shoigu 'im Juni' (month) `1.000` deminers and `5.000` builders "
        "(planned, russia); 'Dem … Militärgeheimdienst zufolge' `rund 1.500` of them arrived (a "
        "breakdown, in Russia, `pub`); the newsletter's own 'Alles in allem' `weit über 15.000` "
        "(unattributed, required); a pond hand from Mukachevo relaying his cousin `zwei- bis "
        "dreitausend` (range of number words, other, `pub`); carp weights, ponds, a price per "
        "kilo, hundredweights lost to cormorants, years, a fair's dates, opening hours, a phone "
        "number",
    text="""\
---
title: "Karpfenbrief zum Saisonstart"
herausgeber: Teichgenossenschaft Aischgrund
ausgabe: 3/2025
---

# Karpfenbrief zum Saisonstart

*Am 1. September haben wir die ersten Weiher abgefischt. Neben Preisen und Terminen geht es in \
diesem Brief um Wassyl Popowytsch, der seit drei Jahren bei uns mitarbeitet, und um den Krieg, der \
ihn jeden Tag begleitet.*

## Aus den Weihern

Der Sommer war trocken, die Karpfen sind trotzdem gut gewachsen: Die meisten wiegen zwischen 1,2 \
und 1,8 Kilo. Im Aischgrund gibt es rund 7.000 Weiher, viele davon werden seit dem Mittelalter \
bewirtschaftet. Der Kilopreis für küchenfertige Karpfen liegt in dieser Saison bei 11,50 Euro. Die \
Kormorane haben uns wieder etwa 40 Zentner Fisch gekostet.

## Ein Helfer aus Transkarpatien

Wassyl Popowytsch, 46, kommt aus Mukatschewo und hilft seit 2022 beim Abfischen in Höchstadt. Sein \
Cousin steuert Aufklärungsdrohnen an der Grenze zum russischen Gebiet Kursk. Was auf der anderen \
Seite geschieht, erfährt Wassyl oft früher als wir aus der Zeitung.

Ende August zeigte das nordkoreanische Staatsfernsehen, wie Kim Jong Un in Pjöngjang die Särge von \
[[Dutzenden]] in Russland gefallenen Soldaten mit Fahnen bedeckte. Vergangene Woche teilte der \
südkoreanische Nachrichtendienst NIS Abgeordneten mit, inzwischen seien [[rund 2.000]] \
Nordkoreaner im Krieg gestorben. Zudem würden nach Erkenntnissen des Generalstabs in Seoul [[etwa \
3.000]] weitere Soldaten für eine neue Rotation ausgebildet, wie die Agentur Yonhap am Montag \
berichtete.

Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, hatte im Juni in Pjöngjang \
angekündigt, Nordkorea schicke [[1.000]] Minenräumer sowie [[5.000]] Militärbauarbeiter für den \
Wiederaufbau im Gebiet Kursk. Dem ukrainischen Militärgeheimdienst zufolge sind davon bislang \
[[rund 1.500]] in Russland eingetroffen. Alles in allem hat Nordkorea damit seit dem Herbst 2024 \
[[weit über 15.000]] Mann nach Russland geschickt.

„Mein Cousin sagt, die Koreaner lernen schnell. Inzwischen fliegen sie selbst Drohnen, und an \
seinem Frontabschnitt stehen [[zwei- bis dreitausend]] Mann“, erzählt Wassyl beim Sortieren der \
Fische. Dann muss er wieder ins Wasser, die Wathose bis unter die Achseln.

## Termine

- Karpfenkirchweih in Höchstadt: 13. und 14. September.
- Verkauf ab Weiher jeden Freitag von 14 bis 18 Uhr.
- Geschäftsstelle: 09193 508 114
""",
    claims=(
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state TV 'Ende August' (days 21-31): coffins of soldiers fallen in Russia "
          "(north_korea)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'Vergangene Woche teilte … Abgeordneten mit', Konjunktiv: died in the war"),
        C("etwa 3.000", 3000, "approx", "planned", "south_korea", "mon",
          "the JCS 'nach Erkenntnissen des Generalstabs', 'wie die Agentur Yonhap am Montag "
          "berichtete' at the end: 'weitere' (increment, span without the word) trained for a new "
          "rotation", add=True),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'hatte im Juni … angekündigt' (month): deminers to be sent"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders (another group in the same sentence, not an "
          "increment)"),
        C("rund 1.500", 1500, "approx", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): 'davon … eingetroffen' (a "
          "breakdown of the announced groups, never additional), arrived in Russia"),
        C("weit über 15.000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Alles in allem hat Nordkorea damit' (no source: unattributed, "
          "required): sent to Russia since autumn 2024"),
        C("zwei- bis dreitausend", None, "range", "near_front", "other", "pub",
          "a pond hand relaying his cousin ('Mein Cousin sagt', the speaker quoted: other), "
          "undated; a range of number words: at his front section"),
    ),
)

P06 = Source(
    article_id="p104_06_bernsteinfreunde_ribnitz_mitteilungen",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-11-06"),
    dated_by="dateline",
    features="an amber museum friends' newsletter from Ribnitz-Damgarten as plain text, "
        "windows-1252, dated by the place line 'Ribnitz-Damgarten, 6. November 2025' (Thursday), "
        "`„“` and `–`; a report of a lecture evening 'am 30. Oktober' where a geologist gives, "
        "'Nach seiner Schätzung', `an die 20.000` who served and `etwa 6.000` of them killed or "
        "wounded (a breakdown; other, the evening's date); the NIS 'am Dienstag' `Rund 10.000` "
        "stationed in the border area and 'Hinzu kämen' `etwa 5.000` builders (another group, not "
        "an increment); Rutte 'Tags zuvor' (the Monday before the Tuesday) `mehr als 15.000`; the "
        "Kursk governor 'vergangene Woche' „Hunderte“ deminers at work (russia, near the front); "
        "HUR 'geht davon aus' `bis zu 6.000` 'zusätzliche' (increment, planned, `pub`); listeners, "
        "per cent of the world's amber, years, a museum fee in euros, members, the age of amber, a "
        "lecture date, a phone number",
    text="""\
FREUNDESKREIS BERNSTEINMUSEUM RIBNITZ-DAMGARTEN E.V.
Mitteilungen an die Mitglieder, Nr. 4/2025

Ribnitz-Damgarten, 6. November 2025

Vom Gold der Ostsee zum Krieg im Osten
Bericht vom Vortragsabend am 30. Oktober

Gut 70 Zuhörerinnen und Zuhörer füllten am vergangenen Donnerstag den Saal im Kloster, als Dr. \
Hartmut Behrendt über den Bernstein von Jantarny sprach. Der Geologe aus Rostock hat zwischen 1994 \
und 2008 immer wieder im Tagebau an der samländischen Küste gearbeitet, aus dem nach seinen Worten \
rund 90 Prozent des weltweit gehandelten Bernsteins stammen.

Zum Schluss kam Behrendt auf die Gegenwart. Das Gebiet Kaliningrad sei heute eine Festung, und \
Russland führe seinen Krieg längst mit fremder Hilfe. Nach seiner Schätzung haben seit dem Herbst \
2024 [[an die 20.000]] Nordkoreaner in Russland gedient, [[etwa 6.000]] von ihnen seien getötet \
oder verwundet worden. Belegen könne er das nicht, räumte er ein; er stütze sich auf \
Satellitenbilder und auf Gespräche mit früheren Kollegen.

Die jüngsten Zahlen der Regierungen

Seit dem Abend sind neue Angaben hinzugekommen. Der südkoreanische Nachrichtendienst NIS \
unterrichtete am Dienstag den Geheimdienstausschuss in Seoul: [[Rund 10.000]] nordkoreanische \
Soldaten seien weiterhin im russischen Grenzgebiet zur Ukraine stationiert. Hinzu kämen [[etwa \
5.000]] Bauarbeiter, die seit September schrittweise nach Russland verlegt würden.

Tags zuvor hatte Nato-Generalsekretär Mark Rutte in Den Haag gesagt, Moskau habe bislang [[mehr \
als 15.000]] Soldaten aus Nordkorea eingesetzt. Der Gouverneur des russischen Gebiets Kursk lobte \
vergangene Woche im Staatsfernsehen die „[[Hunderte]]“ nordkoreanischen Pioniere, die in den \
Grenzdörfern Minen räumten. Der ukrainische Militärgeheimdienst geht davon aus, dass Pjöngjang bis \
zum Jahresende [[bis zu 6.000]] zusätzliche Kräfte bereitstellt.

Aus dem Verein

– Die Sonderausstellung „Inklusen – Leben im Harz“ läuft bis zum 31. Januar; Eintritt 9 Euro, für \
Mitglieder frei.
– Unser Verein hat jetzt 318 Mitglieder.
– Was die Herbststürme bei Wustrow an den Strand gespült haben, ist bis zu 40 Millionen Jahre alt.
– Nächster Vortrag: 4. Dezember, 19 Uhr, im Kloster.
– Geschäftsstelle: 03821 2931 44
""",
    claims=(
        C("an die 20.000", 20000, "approx", "in_russia", "other", "2025-10-30",
          "a geologist at the reported lecture evening ('Nach seiner Schätzung', the evening of 30 "
          "October): served in Russia"),
        C("etwa 6.000", 6000, "approx", "casualties", "other", "2025-10-30",
          "same lecture, Konjunktiv: '… von ihnen' killed or wounded (a breakdown, never "
          "additional)"),
        C("Rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'unterrichtete am Dienstag den Geheimdienstausschuss' (Thursday newsletter), "
          "Konjunktiv: stationed in the border area"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing: 'Hinzu kämen' builders (another group at the same time, not an "
          "increment) moved to Russia"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'Tags zuvor' (the day before the NIS's Tuesday: Monday): deployed by Moscow"),
        C("Hunderte", None, "vague", "near_front", "russia", "lastweek",
          "the Kursk governor 'lobte vergangene Woche', „…“: deminers clearing the border villages "
          "(at work in Kursk: near the front)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): 'zusätzliche' (increment, span without the word) by the "
          "end of the year", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p104_07_selo_signals_dauphin_volunteers",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Selo Signals",
        "https://www.selo-signals.example/2025/07/24/a-family-from-sumy-at-the-bake-tent",
        "A family from Sumy at the bake tent",
    ),
    features="a Ukrainian festival volunteers' newsletter from Dauphin (Manitoba) as plain text, "
        "windows-1252 with CRLF, curly quotes (sidecar, Thursday), Canadian spelling; festival "
        "figures first; HUR 'said on Monday' `25,000 to 30,000` more, 'in addition to those "
        "already there' (range, increment, planned), the spy chief in the next sentence; the NIS "
        "'told lawmakers last week' `around 11,000` posted along the Kursk border; Zelensky 'on "
        "Saturday' “thousands” opposite Sumy; a State Department spokeswoman 'in a briefing on "
        "Tuesday' `roughly 14,000` served and casualties that 'had passed' `5,000` (at_least, the "
        "verb outside the span); the newsletter's own 'Put those numbers together … would come to' "
        "`something like 40,000` (approx, unattributed, planned, required); a volunteer from Sumy "
        "relaying his brother `a few hundred` (other, `pub`); pyrohy, volunteers, years, children, "
        "kilometres, minutes, dollars, a population, a phone number",
    text="""\
SELO SIGNALS
Volunteer newsletter of Canada’s National Ukrainian Festival · Dauphin, Manitoba

Eight days to go

The grandstand has a fresh coat of paint, the bake tent has ordered flour for 12,000 pyrohy, and \
410 volunteers have signed up for this year’s festival, 35 more than last summer. Thank you, every \
one of you.

A family from Sumy at the bake tent

Among the new faces are Andrii and Olha Kravets, who came to Dauphin from Sumy in 2023 on Canada’s \
emergency visa with their two boys. Andrii works at the farm equipment dealership on Main Street. \
Olha will be pinching dough with the baba brigade every morning of the festival.

Andrii’s brother Serhii stayed in Sumy. He commands a mortar crew on the border with Russia’s \
Kursk region, and the news from his sector has been bad all month.

Ukraine’s military intelligence said on Monday that Pyongyang was readying [[25,000 to 30,000]] \
more soldiers for Russia, in addition to those already there. Kyiv’s spy chief did not say when \
they would leave. Seoul’s intelligence service told lawmakers last week that [[around 11,000]] \
North Koreans remained posted along the Kursk border, and on Saturday President Volodymyr Zelensky \
said “[[thousands]]” of them were helping Russia mass troops opposite Sumy.

In Washington, a State Department spokeswoman said in a briefing on Tuesday that [[roughly \
14,000]] North Koreans had served with Russian forces since last autumn and that their casualties \
had passed [[5,000]].

Put those numbers together and Pyongyang’s commitment to Moscow would come to [[something like \
40,000]] men by next year. That is more than four times the population of Dauphin.

“My brother says the Koreans in front of him are [[a few hundred]], but every week there are new \
faces,” Andrii says. “He counts the drones, not the men. The drones are what kill you.”

Festival notes

- Gates open Friday, August 1, at 10 a.m. Weekend passes are $65.
- Selo Ukraina is 12 km south of town; shuttle buses leave the Co-op every 30 minutes.
- The Kravets family is collecting for a field ambulance and has raised $8,300 so far.
- Volunteer office: 204-622-7931
""",
    claims=(
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon",
          "HUR 'said on Monday' (Thursday newsletter): 'more …, in addition to those already "
          "there' (increment, span without the word) being readied; the spy chief referred to in "
          "the next sentence", add=True),
        C("around 11,000", 11000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week': posted along the Kursk border"),
        C("thousands", None, "vague", "near_front", "ukraine", "sat",
          "Zelensky 'on Saturday', “…”: massing opposite Sumy"),
        C("roughly 14,000", 14000, "approx", "in_russia", "united_states", "tue",
          "a State Department spokeswoman 'in a briefing on Tuesday': served with Russian forces"),
        C("5,000", 5000, "at_least", "casualties", "united_states", "tue",
          "same briefing: casualties 'had passed' (at_least, the verb outside the span)"),
        C("something like 40,000", 40000, "approx", "planned", "unattributed", "pub",
          "the newsletter's own 'Put those numbers together … would come to' (no source: "
          "unattributed, required; 'something like' as approx): by next year"),
        C("a few hundred", None, "vague", "near_front", "other", "pub",
          "a volunteer from Sumy relaying his brother ('My brother says', the speaker quoted: "
          "other), undated: in front of his mortar crew"),
    ),
)

P08 = Source(
    article_id="p104_08_lundy_landing_bulletin_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-26"),
    dated_by="front_matter",
    features="a Lundy island bulletin in Markdown, UTF-8, front matter with `date:` (Wednesday), a "
        "publication key and a title without a figure, British spelling, curly quotes; the JCS "
        "'This month' (1st to publication) `1,000 to 3,000` 'further' troops (range, increment, "
        "span without the word), 'bringing the total sent … to' `about 14,000` (a new total, not "
        "an increment) and 'put … at' `close on 4,000` casualties ('close on' as approx); a NATO "
        "spokeswoman 'last week' `around 11,000` still in Russia; Ukraine's General Staff 'on "
        "Friday' `as many as 2,000` around Sudzha (at_most); a US defence official 'yesterday' "
        "`fewer than 8,000` ('fewer than' as at_most); the new island manager who 'figures' Kim "
        "could send 'another' `20,000` (other, increment, planned, `pub`) and an echo `4,000` in "
        "her quote (optional); years in the navy, metres, puffin burrows, passengers, hours, "
        "miles, residents, a phone number",
    text="""\
---
title: "Island news: a new manager who knows Korea"
date: 2025-03-26
publication: The Lundy Landing Bulletin
issue: Spring 2025
---

# A new manager who knows Korea

*The Oldenburg made her first sailing of the season on Saturday, and on board was the island’s new \
general manager. She has spent more of her life watching North Korea than most of us have spent \
watching puffins.*

Fiona Pengelly, 56, took over from Rob last week. Before this job she served 27 years in the Royal \
Navy, two of them on loan to the UN Command in the truce village of Panmunjom, where she once \
stood a few metres from North Korean guards. For now she is living in the flat above the Tavern.

## The news she follows

This month South Korea’s Joint Chiefs of Staff told parliament in Seoul that in January and \
February [[1,000 to 3,000]] further North Korean troops had arrived in Russia, bringing the total \
sent since October to [[about 14,000]]. The JCS put the North’s casualties at [[close on 4,000]] \
dead and wounded.

A NATO spokeswoman said last week that the alliance counted [[around 11,000]] North Koreans still \
in Russia. Ukraine’s General Staff said on Friday that [[as many as 2,000]] were fighting around \
Sudzha, the town Ukrainian troops gave up earlier in March. And yesterday a US defence official \
told reporters at the Pentagon that [[fewer than 8,000]] were left in the Kursk area after the \
winter’s losses.

Pengelly has her own reading of it. “They learned fast in Kursk, and Pyongyang will want that \
experience back home,” she says. She figures Kim could send another [[20,000]] “without anyone at \
home noticing the gap”. “But [[4,000]] dead and wounded is a terrible price for a country that \
size.”

## Island notes

- The puffins are back on the west side: the warden counted 147 burrows in use on Sunday.
- The Oldenburg carries up to 267 passengers and takes about two hours from Bideford.
- The island is three miles long and half a mile wide; 28 people live here through the winter.
- Tavern bookings: 01237 431 831
""",
    claims=(
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "2025-03-01..pub",
          "the JCS 'This month … told parliament' (1st to publication): 'further' troops arrived "
          "in January and February (increment, span without the word)", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "2025-03-01..pub",
          "same briefing: 'bringing the total sent since October to' (a new total, not an "
          "increment)"),
        C("close on 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-01..pub",
          "'The JCS put … at' (same briefing carried; 'close on' as approx): dead and wounded"),
        C("around 11,000", 11000, "approx", "in_russia", "nato", "lastweek",
          "a NATO spokeswoman 'said last week': still in Russia"),
        C("as many as 2,000", 2000, "at_most", "near_front", "ukraine", "fri",
          "Ukraine's General Staff 'said on Friday' (Wednesday bulletin): fighting around Sudzha"),
        C("fewer than 8,000", 8000, "at_most", "near_front", "united_states", "yday",
          "a US defence official 'yesterday' ('fewer than' as at_most): left in the Kursk area"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "the new island manager who 'figures' (undated, 'she says'): 'another' (increment, span "
          "without the word) Kim could send", add=True),
        C("4,000", 4000, "exact", "casualties", "other", "pub",
          "an echo of the JCS figure inside her quote ('But 4,000 dead and wounded is a terrible "
          "price'): optional, as anaphoric echoes in earlier sets", opt=True),
    ),
)

P09 = Source(
    article_id="p104_09_opal_fields_news_coober_pedy_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-11-21"),
    dated_by="html_meta",
    features="an opal miners' association news site from Coober Pedy (South Australia) in HTML, "
        "ISO-8859-1 (quotes and apostrophes only as entities), `<meta name=\"date\">` (Thursday), "
        "a cookie note about the dust-storm alert, a site script, navigation, a footer with a "
        "phone number; `<title>` figure (optional) and headline 'Washington:' from the State "
        "Department's Monday figure (Monday to publication); a State Department spokesman 'on "
        "Monday', named after the figure, `about 10,000` in combat in Kursk; Zelensky 'in early "
        "November' (days 1-10) `11,000`; NATO officials 'last week' `over 10,000` sent; South "
        "Korea's defence minister 'on Wednesday' `roughly 11,000` deployed to the Kursk area; HUR "
        "'reckons' `up to 15,000` by the new year (planned, `pub`); a Seoul opal buyer who "
        "'believes' `closer to 15,000` ('closer to' as approx, other, `pub`); North Korea's army, "
        "carats and dollars, years, months of service, a population, temperatures, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="iso-8859-1">
<title>Washington: [[10,000]] North Korean troops now in Kursk | Opal Fields News</title>
<meta name="date" content="2024-11-21">
<meta name="description" content="News for members of the Coober Pedy Opal Miners&rsquo; \
Association">
<script>var ofn={page:"news",field:"seventeen-mile",heat:41};</script>
</head>
<body>
<div class="cookie-bar">We keep one cookie so the dust-storm alert does not pop up twice. \
<button>Fair enough</button> <button>No thanks</button></div>
<nav><a href="/">Home</a> | <a href="/fields">Fields &amp; claims</a> | <a \
href="/buyers">Buyers</a> | <a href="/town">Underground town</a> | <a href="/world">World</a></nav>
<main>
<h1>Washington: [[10,000]] North Korean troops now in Kursk</h1>
<p class="standfirst">A Seoul-born opal buyer who has come to the fields every spring since 1996 \
on the war news from home.</p>
<p>The United States believes [[about 10,000]] North Korean soldiers are in Russia&rsquo;s Kursk \
region and taking part in combat, a State Department spokesman told reporters on Monday. Kyiv has \
been saying much the same for weeks: President Volodymyr Zelensky put the number there at \
[[11,000]] in early November. NATO officials in Brussels said last week that [[over 10,000]] had \
been sent to Russia in all.</p>
<p>In Seoul on Wednesday, South Korea&rsquo;s defence minister told a parliamentary committee that \
some of the [[roughly 11,000]] troops deployed to the Kursk area had already been killed or \
wounded in the first clashes. He would not give a casualty figure. Ukraine&rsquo;s military \
intelligence reckons Moscow will have [[up to 15,000]] of Kim&rsquo;s soldiers by the new year.</p>
<h2>&ldquo;My son did his service near the DMZ&rdquo;</h2>
<p>Lee Jae-sung, 61, flies in from Seoul each October with a loupe and a set of scales, and spends \
six weeks buying from the fields at Olympic and Seventeen Mile. His son served 18 months with a \
frontline division near Cheorwon.</p>
<p>&ldquo;The governments are careful with their numbers,&rdquo; Lee says. He believes the true \
count in Russia is &ldquo;[[closer to 15,000]], and more are on the trains&rdquo;. &ldquo;The \
North has more than a million men in uniform. Kim can spare these boys and nobody in Pyongyang \
will dare to ask where they went.&rdquo;</p>
<p>This season Lee paid up to A$4,000 a carat for the best black crystal. About 1,700 people live \
in Coober Pedy, many of them in dugouts cut into the hills, where it stays near 24 degrees while \
the surface climbs past 45.</p>
</main>
<footer>Opal Fields News &middot; Coober Pedy Opal Miners&rsquo; Association &middot; Hutchison \
Street &middot; (08) 8672 5190</footer>
<script src="/js/dust-alert.js?v=11"></script>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Washington:': the State Department figure of the lead (Monday to "
          "publication), the hedge dropped: in Kursk"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "a State Department spokesman 'told reporters on Monday' (Thursday page), named after "
          "the figure: in Kursk and in combat"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-01..2024-11-10",
          "Zelensky 'put the number there at … in early November' (days 1-10): in the Kursk "
          "region"),
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "NATO officials 'said last week': sent to Russia in all"),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "wed",
          "South Korea's defence minister 'on Wednesday' to a parliamentary committee: deployed to "
          "the Kursk area"),
        C("up to 15,000", 15000, "at_most", "planned", "ukraine", "pub",
          "HUR 'reckons', present tense, undated: Moscow will have by the new year (a forecast: "
          "planned)"),
        C("closer to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a Seoul opal buyer who 'believes' (undated, 'Lee says'), &ldquo;…&rdquo;; 'closer to' "
          "as approx (like 'eher'): the true count in Russia"),
    ),
)

P10 = Source(
    article_id="p104_10_radio_kanuku_lethem_world_desk_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-04-22"),
    dated_by="sidecar",
    sidecar=(
        "Radio Kanuku 96.1 FM",
        "https://www.radiokanuku.example/world-desk/2025/04/rodeo-grounds-to-kursk-front",
        "From the rodeo grounds to the Kursk front",
    ),
    features="a Rupununi radio station's world desk from Lethem (Guyana) in HTML, UTF-16 LE with "
        "BOM, no meta date (sidecar, Tuesday), a cookie note about the live stream, a station "
        "script, navigation, a footer with a studio line; `<title>` and headline without a figure; "
        "rodeo figures first; South Korea's military 'In a report sent to lawmakers on Thursday' "
        "'put the number … at' `about 15,000` and the dead at `roughly 600`; Zelensky 'On Easter "
        "Sunday' (an explicit day) `several thousand` along the Sumy border; a US defense official "
        "'on Friday' `just over 10,000` ('just over' as at_least); Rutte 'Earlier this month' (1st "
        "to publication) `some 12,000`; the station's own 'On any of these counts' `at least "
        "10,000` (unattributed, required); a clinic doctor from Daegu relaying her cousin `twenty "
        "thousand` (number words, other, `pub`); spectators, riders, patients, years, a region's "
        "population, kilometres, metres, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Radio Kanuku 96.1 FM – World Desk: a doctor from Daegu</title>
<script>var rk={stream:"live",desk:"world",rodeo:true};</script>
</head>
<body>
<div class="notice">A cookie tells us whether you are listening on the live stream. \
<button>OK</button> <button>Decline</button></div>
<nav>Home · Rupununi News · Rodeo 2025 · Listen Live · World Desk</nav>
<article>
<h1>From the rodeo grounds to the Kursk front</h1>
<p>The Easter Rodeo is over for another year. Around 5,000 people watched 120 vaqueros ride at the \
Lethem grounds on Sunday and Monday, and the first-aid tent treated 37 of them for cuts and \
sprains. Working in that tent was Dr Han Min-ji, who has run the mission clinic in Lethem since \
2019.</p>
<p>Dr Han comes from Daegu. Like many Koreans abroad, she follows every report about the soldiers \
from the North whom Kim Jong Un has sent to fight for Russia.</p>
<p>Those reports did not stop for Easter. In a report sent to lawmakers on Thursday, South Korea’s \
military put the number of North Koreans dispatched since October at [[about 15,000]] and the dead \
among them at [[roughly 600]]. On Easter Sunday, Ukraine’s President Volodymyr Zelensky said \
[[several thousand]] were now deployed along the border with his country’s Sumy region. A US \
defense official said on Friday that [[just over 10,000]] were still in Russia. Earlier this month \
NATO’s Mark Rutte spoke of [[some 12,000]] serving Moscow.</p>
<p>On any of these counts, [[at least 10,000]] North Korean soldiers are on Russian soil today, \
close to half as many people as live in the whole of Region Nine.</p>
<h2>“My cousin hears other numbers”</h2>
<p>“My cousin works in Seoul and talks to people at the ministry. She says [[twenty thousand]] \
have gone, more than they announce,” Dr Han said. “Families in the North are not told where their \
sons are. I think about the mothers.”</p>
<p>The clinic needs a second nebuliser before the rains. The road to Georgetown is 450 km and \
takes most of a day in the dry season, and the Takutu bridge to Bonfim in Brazil is 230 metres \
long.</p>
</article>
<footer>Radio Kanuku 96.1 FM · Lethem, Region Nine · Studio line +592 772 2204</footer>
</body>
</html>
""",
    claims=(
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "South Korea's military 'In a report sent to lawmakers on Thursday' (Tuesday page) 'put "
          "the number … at': dispatched since October"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "thu",
          "same report: 'the dead among them at' (a part of the total, not an increment)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-04-20",
          "Zelensky 'On Easter Sunday' (20 April): deployed along the Sumy border"),
        C("just over 10,000", 10000, "at_least", "in_russia", "united_states", "fri",
          "a US defense official 'said on Friday' ('just over' as at_least): still in Russia"),
        C("some 12,000", 12000, "approx", "in_russia", "nato", "2025-04-01..pub",
          "Rutte 'Earlier this month' (1st to publication): serving Moscow"),
        C("at least 10,000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "the station's own 'On any of these counts' (no source: unattributed, required): on "
          "Russian soil today"),
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "a clinic doctor relaying her cousin ('She says', the speaker quoted: other), undated "
          "('Dr Han said'), number words: gone"),
    ),
)

P11 = Source(
    article_id="p104_11_bequia_model_boat_newsletter",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="dateline", crlf=True,
    features="a model boat builders' newsletter from Paget Farm (Bequia, St Vincent and the "
        "Grenadines) as plain text, UTF-8 with BOM and CRLF, dateline 'PAGET FARM, Bequia, June "
        "19, 2025 —' (Thursday), curly quotes; workshop figures first; Shoigu 'on Tuesday' `1,000` "
        "sappers and `5,000` builders (planned, russia); 'According to KCNA on Wednesday' “tens of "
        "thousands” volunteered (north_korea, vague, planned); 'The new contingents come on top of "
        "the combat troops' (no figure); the NIS 'in late May' (days 21-31) `around 2,000` killed; "
        "Budanov 'last week' `11,000` in the Kursk region; the newsletter's own arithmetic 'would "
        "take … past' `20,000` (at_least, planned, unattributed, required); a retired captain who "
        "called 'on Saturday', 'By his count', “maybe 30,000” ('maybe' as approx, other, planned, "
        "dated to his visit); model schooners, inches, a whaling quota, ferry times, fares in EC "
        "dollars, square miles, a population, a phone number",
    text="""\
THE PAGET FARM MODEL BOAT BUILDERS’ NEWSLETTER
Bequia · St Vincent and the Grenadines

A captain’s view of Kim’s soldiers

PAGET FARM, Bequia, June 19, 2025 — The workshop has hardly been quiet since the regatta: 23 model \
schooners went out in May, most of them to charter yachts, and the waiting list for a 36-inch \
whaleboat now runs into September.

One of our oldest customers dropped by on Saturday. Captain Elwin Hazell, 71, spent 24 years at \
sea on Korean-owned bulk carriers out of Busan before he came home to Bequia. He still reads the \
Korean papers on his phone, and this week they have been full of one story.

Russia’s Security Council secretary, Sergei Shoigu, flew to Pyongyang on Tuesday and announced \
there that North Korea would send [[1,000]] sappers to clear mines in the Kursk region, along with \
[[5,000]] military builders to repair what the fighting destroyed. According to KCNA on Wednesday, \
Kim Jong Un told his guest that “[[tens of thousands]]” of young soldiers had volunteered to go.

The new contingents come on top of the combat troops. Seoul’s spy agency estimated in late May \
that [[around 2,000]] of those had been killed. Ukraine’s intelligence chief, Kyrylo Budanov, told \
a newspaper last week that [[11,000]] were still deployed in the Kursk region, with more in \
training at home.

If the builders and sappers do go, that would take the number of Kim’s men sent to Russia past \
[[20,000]], by this newsletter’s arithmetic.

Captain Hazell thinks even that is low. By his count, “[[maybe 30,000]]” will have gone by \
Christmas, he said, turning a half-finished whaleboat in his hands. “I sailed with North Korean \
cooks once, on a Panama-flagged ship. Good men. They sent every dollar home and never talked about \
it.”

Island notes

- Bequia’s whalers may take up to four humpbacks a year under the island’s quota; none was landed \
this season.
- The ferry from Kingstown takes about an hour, and a return ticket is EC$50.
- Bequia covers seven square miles and has about 5,000 people.
- Workshop: 784-458-3391
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'flew to Pyongyang on Tuesday and announced there' (Thursday newsletter): "
          "sappers North Korea would send"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders ('along with': another group, not an increment)"),
        C("tens of thousands", None, "vague", "planned", "north_korea", "wed",
          "'According to KCNA on Wednesday', Kim to his guest, “…”: young soldiers who volunteered "
          "to go (planned, no increment word)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-05-21..2025-05-31",
          "the NIS 'estimated in late May' (days 21-31): killed among the combat troops"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "Budanov 'told a newspaper last week': deployed in the Kursk region"),
        C("20,000", 20000, "at_least", "planned", "unattributed", "pub",
          "the newsletter's own 'would take … past …, by this newsletter's arithmetic' (no source: "
          "unattributed, required; 'past' as at_least, the word outside the span): a forecast "
          "total"),
        C("maybe 30,000", 30000, "approx", "planned", "other", "sat",
          "a retired captain who 'dropped by on Saturday', 'By his count', “…” ('maybe' as "
          "approx): gone by Christmas (his words dated to his visit)"),
    ),
)

P12 = Source(
    article_id="p104_12_gan_island_staff_news_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Gan Island Resort Staff News", "",
        "Staff News: a dive instructor from Odesa",
    ),
    features="a resort staff newsletter from Gan (Addu City, Maldives) in Markdown, ISO-8859-1 "
        "with straight quotes, front matter without a date (sidecar without url, Wednesday) and a "
        "title without a figure; dive figures first; North Korean state TV 'on Friday' `hundreds` "
        "of soldiers back from Kursk at the party parade (returnees: optional); Medvedev 'a guest "
        "on the stand' (Friday carried) \"thousands\" who fought in Kursk (russia, near the "
        "front); the NIS 'In September' (month) `about 2,000` dead; HUR 'told reporters on Monday' "
        "`some 6,000` builders and deminers in Russia; Rutte 'Earlier this month' (1st to "
        "publication) `well over 14,000`; a US State Department official 'last week', Washington "
        "'expects', `up to 10,000` more (increment, planned); a dive instructor relaying her "
        "father \"not even a thousand\" (new: 'not even' as at_most, other, `pub`); metres of "
        "visibility, a wreck's year, dives, staff, beds, years, a match time, a phone number",
    text="""\
---
title: "Staff News: a dive instructor from Odesa"
resort: Gan Island Resort, Addu City
issue: October 2025
---

# Staff News

*Welcome to the October issue. Inside: the end of the monsoon, the new dive season, and a \
conversation with one of our instructors about the war at home.*

## From the dive centre

Visibility on the Maa Kandu wall is back above 25 metres, and the British Loyalty wreck, sunk in \
1944, is open for guided dives again. The centre logged 1,140 dives in September, a record for the \
off season.

## Mariia's war

Mariia Bondar, 31, has taught diving at Gan since 2023. She grew up in Odesa. Her father, a \
retired artillery officer, went back into uniform in 2022 and now serves near the Sumy border. \
Every evening after the last boat she calls home.

The North Korean soldiers come up in every call. On Friday North Korean state TV showed \
[[hundreds]] of troops back from Kursk marching through Pyongyang in the parade for the ruling \
party's 80th anniversary. Former Russian president Dmitry Medvedev, a guest on the stand, thanked \
the "[[thousands]]" of Korean soldiers who had fought beside Russians in Kursk.

In September, South Korea's intelligence service put the North's dead at [[about 2,000]]. \
Ukrainian military intelligence told reporters on Monday that [[some 6,000]] North Korean builders \
and deminers were now in Russia, most of them repairing roads and bridges. Earlier this month \
NATO's Mark Rutte said [[well over 14,000]] had served with Russia's forces. And a US State \
Department official said last week that Washington expects [[up to 10,000]] more of Kim's soldiers \
to be on their way before the winter.

"My father says the Koreans in front of his guns are [[not even a thousand]] now. The rest are \
building roads," Mariia says. "He worries more about their shells than about them."

## Notices

- The RAF Gan memorial garden has reopened after repairs; the station closed in 1976.
- Staff football: Gan plays Hithadhoo on Friday at 5pm.
- 412 staff now live on the island, and the new dormitory adds 60 beds.
- HR office: +960 689 8120
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV 'On Friday' (Wednesday newsletter): soldiers back from Kursk in the parade "
          "(returnees: optional, as in earlier sets)", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "fri",
          "Medvedev, 'a guest on the stand' (the Friday parade carried), \"…\": soldiers who "
          "fought beside Russians in Kursk (near the front)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'In September … put the North's dead at' (month)"),
        C("some 6,000", 6000, "approx", "in_russia", "ukraine", "mon",
          "HUR 'told reporters on Monday': builders and deminers now in Russia, most of them "
          "repairing roads"),
        C("well over 14,000", 14000, "at_least", "in_russia", "nato", "2025-10-01..pub",
          "Rutte 'Earlier this month' (1st to publication): served with Russia's forces"),
        C("up to 10,000", 10000, "at_most", "planned", "united_states", "lastweek",
          "a US State Department official 'said last week that Washington expects': 'more' "
          "(increment, span without the word) before the winter", add=True),
        C("not even a thousand", 1000, "at_most", "near_front", "other", "pub",
          "a dive instructor relaying her father ('My father says', the speaker quoted: other), "
          "undated; 'not even a thousand' (new here: 'not even' as at_most, number word): in front "
          "of his guns"),
    ),
)

SOURCES: tuple[Source, ...] = (
    P01, P02, P03, P04, P05, P06,
    P07, P08, P09, P10, P11, P12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
