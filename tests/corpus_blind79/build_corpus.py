"""Build the 79th blind hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The eighty-first corpus for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Rotenburg an
der Fulda daily on the garrison town's view, an Elbtalaue citizens' radio web text, a Drautal
weekly (Austrian conventions), a Surental paper (Swiss conventions), a plumbers' guild magazine
and a Lüneburg student radio's show notes; a Carnarvon (Western Australia) daily, a North Uist
community page, a Montana Hi-Line paper, a Liepāja English-language coast outlet, a Tuvalu
Pacific page from Funafuti and a Port-Gentil oil-services newsletter. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table
are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind79_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

D01 = Source(
    article_id="c79_01_rotenburg_tageblatt_kaserne_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Rotenburg an der Fulda daily's web page in HTML (`article:published_time` with "
        "+01:00, an ad-slot script, a cookie notice likening itself to a pub regulars' table, "
        "local navigation, footer with phone number); `<title>` figure (optional); headline "
        "'Pentagon:' from Singh 'am Montag' (Monday to publication); 'so Singh weiter' carrying "
        "Konjunktiv to a range; Zelensky 'Am Dienstagabend' in quotes; NIS briefing 'vergangene "
        "Woche' with 'Danach sind'; JCS 'am Mittwoch' (the publication day); a retired local "
        "officer 'sagt' `bis zu 15.000` (other, `pub`); Rutte without a figure; garrison size, "
        "years of service, age, square kilometres, word list",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon zählt [[10.000]] Nordkoreaner bei Kursk | Rotenburger Tageblatt</title>
<meta name="description" content="Die Zahlen aus Washington, Seoul und Kiew gehen auseinander. An \
der Alheimer-Kaserne verfolgt man die Lage genau.">
<meta property="og:site_name" content="Rotenburger Tageblatt">
<meta property="article:published_time" content="2024-11-06T06:30:00+01:00">
<script>var rtbAds={slots:["top_728x90","side_300x250"],kat:"welt"};</script>
</head>
<body>
<div class="cookie-hinweis">Diese Seite merkt sich mit Cookies, was Sie gelesen haben &ndash; so \
wie der Wirt am Stammtisch. <button>Na gut, merken</button> <button>Lieber wieder \
vergessen</button></div>
<nav><a href="/">Start</a> &middot; <a href="/rotenburg">Rotenburg</a> &middot; <a \
href="/bebra">Bebra</a> &middot; <a href="/hersfeld">Bad Hersfeld</a> &middot; <a \
href="/welt">Welt</a></nav>
<article>
<h1>Pentagon: [[10.000]] Nordkoreaner im Gebiet Kursk</h1>
<p class="unterzeile">Wie ernst ist die Lage? Ein Oberstleutnant a.&nbsp;D. aus Lispenhausen \
ordnet die Meldungen ein</p>
<p>Rotenburg/Washington. Die Vereinigten Staaten rechnen inzwischen mit [[rund 10.000]] \
nordkoreanischen Soldaten im westrussischen Gebiet Kursk. Pentagon-Sprecherin Sabrina Singh nannte \
die Zahl am Montag vor Journalisten in Washington. Insgesamt, so Singh weiter, hielten sich \
[[11.000 bis 12.000]] Soldaten aus dem Norden Koreas in Russland auf; ein Teil werde noch im \
Fernen Osten ausgebildet.</p>
<p>Noch weiter ging der ukrainische Präsident Wolodymyr Selenskyj. Am Dienstagabend sagte er in \
seiner täglichen Videobotschaft, &bdquo;[[11.000]] Nordkoreaner&ldquo; stünden bereits in der \
Region Kursk, erste Gefechte mit ukrainischen Einheiten habe es gegeben. Belege legte Kiew dafür \
nicht vor.</p>
<p>Südkoreas Auslandsnachrichtendienst NIS hatte vergangene Woche Parlamentarier in Seoul \
unterrichtet. Danach sind [[mehr als 10.000]] Mann bereits in Russland eingetroffen, viele aus \
Eliteeinheiten. Russische Ausbilder brächten ihnen militärische Kommandos bei, ein Heft mit rund \
100 Begriffen mache die Runde. Der Generalstab in Seoul schätzte am Mittwoch, dass [[mehrere \
tausend]] von ihnen schon an die Front gebracht worden seien.</p>
<h2>&bdquo;Kim wird nachlegen&ldquo;</h2>
<p>In Rotenburg verfolgt man die Nachrichten mit besonderem Interesse. An der Alheimer-Kaserne tun \
rund 1.100 Soldatinnen und Soldaten Dienst. Horst Kämmerer, Oberstleutnant a.&nbsp;D. aus \
Lispenhausen, war 34 Jahre bei der Bundeswehr. Er hält die Angaben aus Washington für glaubwürdig. \
&bdquo;Wenn Kim einmal angefangen hat, legt er nach. Bis zum Frühjahr können es [[bis zu 15.000]] \
werden&ldquo;, sagt der 68-Jährige.</p>
<p>Die Nato hatte die Verlegung nach Kursk schon Ende Oktober bestätigt. Generalsekretär Mark \
Rutte sprach von einer &bdquo;gefährlichen Ausweitung&ldquo; des Krieges, nannte aber keine Zahl. \
Die Ukraine hält im Gebiet Kursk seit ihrem Vorstoß im August nach eigener Darstellung noch etwa \
800 Quadratkilometer.</p>
</article>
<footer>&copy; 2024 Rotenburger Tageblatt &middot; Brotgasse 5 &middot; 36199 Rotenburg a. d. \
Fulda &middot; Tel. 06623 4107-0 &middot; <a href="/impressum">Impressum</a></footer>
<script>rtbTrack("welt/kursk-nordkorea",734);</script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> restating the headline (optional)", opt=True),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:' from Singh's Monday figure in the body"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokeswoman 'am Montag' (next sentence dates it): in the Kursk region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "'so Singh weiter' in Konjunktiv: in Russia"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'Am Dienstagabend' in „…“: in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "NIS briefing 'vergangene Woche', 'Danach sind': arrived in Russia"),
        C("mehrere tausend", None, "vague", "near_front", "south_korea", "wed",
          "Seoul's general staff 'am Mittwoch' (the publication day): brought to the front"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "retired local officer 'sagt' (present tense, no date): could be by spring"),
    ),
)

D02 = Source(
    article_id="c79_02_elbtalaue_buergerfunk_gefangene",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Elbtalaue Bürgerfunk",
        "https://www.elbtalaue-buergerfunk.example/elbe-echo/2025/01/kiew-gefangene-nordkoreaner",
        "Kiew meldet zwei gefangene Soldaten aus Nordkorea",
    ),
    features="citizens' radio web text from Bleckede (Elbtalaue) as plain text, UTF-16 LE with "
        "BOM and CRLF (sidecar, Tuesday); a rubric line 'Weltgeschehen | Dienstag'; headline with "
        "the number word `zwei` (captured) from Zelensky 'am Samstag' (Saturday to publication); "
        "body `zwei` on Telegram; NIS 'am Montag' before the intelligence committee (`etwa 300` "
        "dead, `rund 2.700` wounded, not an increment); Zelensky 'bereits Anfang Januar'; 'Seit "
        "Oktober sollen' (unattributed, `pub`); Sullivan 'geht … aus' without a date (`pub`); "
        "prisoners' ages, civilians killed, refugees in Bleckede, FM frequency, phone number",
    text="""\
Weltgeschehen | Dienstag

Kiew meldet [[zwei]] gefangene Soldaten aus Nordkorea

Bleckede. Zum ersten Mal seit dem Auftauchen nordkoreanischer Truppen im russischen Grenzgebiet \
Kursk hat die Ukraine Gefangene präsentiert. Präsident Wolodymyr Selenskyj teilte am Samstag auf \
Telegram mit, Fallschirmjäger und Spezialkräfte hätten [[zwei]] Nordkoreaner lebend festgenommen. \
Beide seien verletzt und würden in Kiew vom Inlandsgeheimdienst SBU vernommen.

Auf einem Video des SBU ist einer der Männer mit verbundenem Kiefer zu sehen. Den Ermittlern \
zufolge ist der eine 20, der andere 26 Jahre alt. Einer habe ausgesagt, man habe ihm eine Übung \
angekündigt, nicht einen Krieg. Selenskyj bot an, die beiden gegen ukrainische Soldaten in \
russischer Gefangenschaft auszutauschen.

Seoul bestätigte die Festnahmen. Am Montag legte Südkoreas Nachrichtendienst NIS vor dem \
Geheimdienstausschuss in Seoul eigene Zahlen vor: Bis Mitte Januar seien [[etwa 300]] \
nordkoreanische Soldaten ums Leben gekommen und [[rund 2.700]] verletzt worden. Die hohen Verluste \
erklärten die Abgeordneten nach der Sitzung mit mangelnder Erfahrung im Drohnenkrieg. Manche \
hätten Anweisung gehabt, im Fall einer drohenden Festnahme Suizid zu begehen.

Selenskyj selbst hatte bereits Anfang Januar von [[mehr als 3.800]] toten und verwundeten \
Nordkoreanern gesprochen. Auch in Washington hält man die Verluste für erheblich: \
Sicherheitsberater Jake Sullivan geht von [[mehreren hundert]] Gefallenen aus.

Der Kreml schweigt. Sprecher Dmitri Peskow wollte die Berichte am Montag nicht kommentieren. Wie \
viele Nordkoreaner insgesamt im Einsatz sind, bleibt unklar. Seit Oktober sollen [[rund 11.000]] \
Soldaten aus dem abgeschotteten Land nach Russland gebracht worden sein.

Nach Zählung der UN-Beobachtermission in der Ukraine sind seit Beginn der Invasion mehr als 12.300 \
Zivilisten getötet worden. In Bleckede und den Nachbargemeinden leben derzeit rund 140 Menschen, \
die aus der Ukraine geflohen sind; die Tafel an der Lauenburger Straße versorgt jede Woche etwa 60 \
von ihnen.

Das Elbe-Echo hören Sie werktags um 17.05 Uhr auf UKW 96,7 und im Livestream. Hinweise für die \
Redaktion: 05852 391140.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kiew meldet': Zelensky's Saturday figure (captured)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' on Telegram, Konjunktiv: captured alive"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'Am Montag' before the committee: dead"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same sentence: wounded (a second count, not an increment)"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'bereits Anfang Januar': dead and wounded"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "pub",
          "Sullivan 'geht … aus' (present tense, no date): dead"),
        C("rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'Seit Oktober sollen' without a source: brought to Russia"),
    ),
)

D03 = Source(
    article_id="c79_03_drautaler_wochenblatt_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Drautal weekly (Oberdrauburg, Carinthia) in Markdown, ISO-8859-1 with straight "
        "quotes, front matter with `date:` and a title without a figure; 'Jänner', 'Feber', "
        "'heuer', 'Politikwissenschafter'; heading 'Seoul:' from the general staff 'am Mittwoch' "
        "(Wednesday to publication) and the same figure in the body with Konjunktiv; Zelensky "
        "'Anfang Feber' `knapp 4.000` (approx); a US official 'Ende Jänner'; the SSO 'am Montag' "
        "without a figure; ISW 'heißt es in ihrer jüngsten Lagebewertung' after the figure "
        "(other, `pub`); a NATO spokesman 'am Dienstag'; a Graz political scientist 'nachschickt' "
        "(increment, `pub`); refugees in the valley, donations in euros, bridge length, seminar",
    text="""\
---
titel: "Stille an der Kursk-Front: Wo sind Kims Männer?"
date: 2025-02-20
ressort: Welt und Heimat
autorin: Theresia Gratzer
---

# Seoul: [[Rund 11.000]] Nordkoreaner weiterhin in Russland

**Seit Wochen haben ukrainische Späher keine nordkoreanischen Einheiten mehr an der Kursk-Front \
gesehen. Abgezogen hat Kim Jong Un seine Truppen aber nicht.**

Oberdrauburg/Seoul. Wo sind die Nordkoreaner geblieben? Diese Frage stellen sich seit Anfang Feber \
Militärbeobachter von Kiew bis Washington. Südkoreas Generalstab gab am Mittwoch eine Antwort: Die \
Soldaten seien nach schweren Verlusten Mitte Jänner aus den Kämpfen genommen worden. [[Rund \
11.000]] von ihnen hielten sich aber weiter in Russland auf, man rechne mit einer neuen Ausbildung \
und einem späteren Einsatz.

Ein Sprecher der ukrainischen Spezialkräfte hatte am Montag erklärt, seit drei Wochen sei kein \
Nordkoreaner mehr im Gefecht beobachtet worden. Die Verluste waren enorm: Präsident Wolodymyr \
Selenskyj sprach Anfang Feber von [[knapp 4.000]] Toten und Verwundeten. Ein Vertreter der \
US-Regierung bezifferte Ende Jänner allein die Zahl der Gefallenen auf [[etwa 1.000]].

Dass Russland auf die Nordkoreaner verzichtet, glaubt kaum jemand. [[Mehrere tausend]] würden im \
Hinterland als Reserve bereitgehalten, heißt es in der jüngsten Lagebewertung des Institute for \
the Study of War in Washington. Ein Sprecher der NATO sagte am Dienstag in Brüssel, es befänden \
sich [[über 10.000]] nordkoreanische Soldaten in Russland, an der Einschätzung des Bündnisses habe \
sich nichts geändert.

## "Heuer kommen noch mehr"

Der Grazer Politikwissenschafter Lukas Moser, der im Sommer in Irschen ein Seminar zur \
Sicherheitspolitik in Ostasien leitet, rechnet mit Nachschub. "Pjöngjang braucht das Geld und die \
Erfahrung", sagt er. Er hält es für möglich, dass Kim heuer noch [[bis zu 8.000]] Mann nachschickt.

Im Drautal ist der ferne Krieg längst angekommen. In Greifenburg, Steinfeld und Oberdrauburg leben \
heuer 46 Vertriebene aus der Ukraine, die meisten Frauen und Kinder. Der Pfarrgemeinderat hat seit \
Jänner 12.400 Euro an Spenden gesammelt, das Geld geht an ein Spital in Czernowitz. Die Draubrücke \
bei Greifenburg, 96 Meter lang, wird ab März saniert; Umleitungen sind ausgeschildert.
""",
    claims=(
        C("Rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed..pub",
          "heading 'Seoul:' from the general staff's Wednesday figure"),
        C("Rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "general staff 'am Mittwoch', Konjunktiv in the next sentence: still in Russia"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber': dead and wounded"),
        C("etwa 1.000", 1000, "approx", "casualties", "united_states", "2025-01-20..2025-01-31",
          "US government official 'Ende Jänner': dead"),
        C("Mehrere tausend", None, "vague", "in_russia", "other", "pub",
          "ISW 'heißt es in der jüngsten Lagebewertung' after the figure: held in reserve"),
        C("über 10.000", 10000, "at_least", "in_russia", "nato", "tue",
          "NATO spokesman 'am Dienstag in Brüssel': in Russia"),
        C("bis zu 8.000", 8000, "at_most", "planned", "other", "pub",
          "Graz political scientist 'hält es für möglich' … 'nachschickt' (increment, 'heuer' is "
          "the event)", add=True),
    ),
)

D04 = Source(
    article_id="c79_04_surentaler_schoigu_bausoldaten",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="dateline",
    features="Surental paper's foreign page as plain text, windows-1252 (Swiss: no `ß`, «», "
        "`15'000`, `25'000`, `140'000`, 4-digit `6000`/`1000`/`5000`/`4700`), dateline 'Sursee, "
        "19. Juni 2025 –'; headline 'Moskau holt 6000 weitere' (russia, planned increment) from "
        "Shoigu 'am Dienstag' in Pyongyang; 'Zusätzlich zu den bereits eingesetzten Truppen' "
        "(both figures increments); 'Südkorea schätzt' without a date; NIS 'Im April' with 'rund "
        "600' dead; Budanov 'vergangene Woche' «bis zu 25'000» 'zusätzlich' (increment); an ETH "
        "expert's «Zehntausende» (other, `pub`); Swiss demining money in francs, experts of a "
        "Geneva foundation, Swiss army size, a Samaritan collection",
    text="""\
SURENTALER ANZEIGER – Ausland

Moskau holt [[6000]] weitere Nordkoreaner nach Kursk

Pjöngjang schickt Pioniere und Bausoldaten ins russische Grenzgebiet. Die Ukraine warnt vor einem \
viel grösseren Kontingent.

Sursee, 19. Juni 2025 – Nordkorea schickt nochmals Soldaten nach Russland, diesmal nicht in die \
Schützengräben, sondern zum Räumen und Aufbauen. Verkündet hat das am Dienstag Sergei Schoigu, \
Chef des russischen Sicherheitsrats, nach Gesprächen mit Kim Jong Un in Pjöngjang. Zusätzlich zu \
den bereits eingesetzten Truppen würden [[1000]] Pioniere zum Entminen und [[5000]] Bausoldaten in \
die Region Kursk verlegt, zitierte ihn die Staatsagentur Tass. Sie sollen gesprengte Brücken, \
Strassen und Wohnblöcke wieder instand stellen. Wann sie eintreffen, liess Schoigu offen.

Südkorea schätzt die Zahl der seit Oktober entsandten Nordkoreaner auf [[etwa 15'000]]. Der Preis \
dafür ist hoch. Im April hatte der Nachrichtendienst NIS die Zahl der Toten und Verwundeten auf \
[[4700]] beziffert; [[rund 600]] Soldaten seien gefallen.

Kiew erwartet deutlich mehr. Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, \
sagte vergangene Woche in einem Fernsehinterview, Kim könne Russland zusätzlich «[[bis zu \
25'000]]» Mann zur Verfügung stellen. Pjöngjang erhalte dafür Erdöl, Devisen und Raketentechnik.

Der Sicherheitsexperte Beat Amrein von der ETH Zürich hält eine dauerhafte Präsenz für \
wahrscheinlich. «Am Ende könnten es [[Zehntausende]] sein, die Kim Jong Un in Russland \
stationiert», sagt er. Das Regime habe keine Mühe, so viele Männer zu entbehren; die \
nordkoreanische Armee sei eine der grössten der Welt.

Für die Schweiz ist das Thema Minenräumung nicht fern. Für humanitäre Minenräumung in der Ukraine \
stellt der Bund bis 2027 insgesamt 100 Millionen Franken bereit, die Genfer Stiftung FSD ist mit \
über 80 Fachleuten vor Ort. Die Schweizer Armee zählt rund 140'000 Angehörige, Minenräumer bildet \
sie nur in kleiner Zahl aus.

Auch im Surental wird geholfen: Der Samariterverein Triengen hat im Frühling 3200 Franken für \
Verbandsmaterial gesammelt, das im Mai mit einem Transport nach Lwiw ging. Weitere Sammeltage sind \
im Herbst geplant.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moskau holt … weitere' from Shoigu's Tuesday statement (increment)",
          add=True),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag', 'Zusätzlich zu den bereits eingesetzten Truppen': deminers to "
          "be moved (increment)", add=True),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: builders to be moved (increment)", add=True),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Südkorea schätzt' without a date: moved to Russia"),
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'Im April': dead and wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same assessment, Konjunktiv: dead (a breakdown)"),
        C("bis zu 25'000", 25000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov 'vergangene Woche' «…», 'zusätzlich' (increment)", add=True),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "ETH expert 'sagt' (no date) in «…»: could be stationed in Russia"),
    ),
)

D05 = Source(
    article_id="c79_05_shk_innungsblatt_kursk_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Innungsblatt SHK Heide-Aller",
        "https://www.shk-innung-heide-aller.example/innungsblatt/2025-4/bausoldaten-kursk",
        "Heizwerke, Leitungen, Brücken: Nordkoreas Bausoldaten in Kursk",
    ),
    features="plumbers' and heating engineers' guild magazine page in HTML, ISO-8859-1 (umlauts "
        "raw, quotes and dashes only as entities), no meta date (sidecar, Wednesday), a "
        "plumbing-joke cookie notice, guild navigation, an issue line 'Innungsblatt 4/2025'; "
        "`<title>` figure (optional); HUR 'vergangene Woche' in „…“, 'Bis zu 5.000 weitere … per "
        "Bahn unterwegs' (increment, transported) and 'schätzt der Dienst' after the figure; "
        "Moscow's June announcement without a figure; NIS 'Anfang September'; Rutte 'im "
        "September' in „…“ (fighting); KCNA 'Ende August' with the number word `neun` "
        "(north_korea); member firms, missing journeymen, a volunteer trip (colleagues, tonnes, "
        "euros), founding year, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Kursk: [[Tausende]] Bausoldaten aus Nordkorea | Innungsblatt SHK</title>
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/css/innung.css">
</head>
<body>
<div id="cookie">Auch unsere Seite braucht Dichtungen: Cookies halten sie zusammen. <a \
href="#ok">Dicht machen</a> <a href="#nein">Nur kaltes Wasser, bitte</a></div>
<nav><a href="/">Startseite</a> | <a href="/ausbildung">Ausbildung</a> | <a \
href="/meisterschule">Meisterschule</a> | <a href="/termine">Termine</a> | <a \
href="/innungsblatt">Innungsblatt</a></nav>
<main><article>
<p class="rubrik">Innungsblatt 4/2025 &middot; Blick über den Tellerrand</p>
<h1>Heizwerke, Leitungen, Brücken: Nordkoreas Bausoldaten in Kursk</h1>
<p><strong>Fernwärme, Trinkwasser, Abwasser &ndash; im zerstörten Grenzgebiet Kursk verlegen jetzt \
Soldaten aus Nordkorea die Rohre. Was darüber bekannt ist und warum ein Obermeister unserer Innung \
dazu eine klare Meinung hat.</strong></p>
<p>Wer in diesem Herbst in der Kleinstadt Sudscha einen Heizungsanschluss braucht, bekommt ihn \
womöglich von einem Nordkoreaner. Die ukrainische Militäraufklärung HUR berichtete vergangene \
Woche, im Gebiet Kursk arbeiteten inzwischen &bdquo;[[mehrere tausend]]&ldquo; nordkoreanische \
Bausoldaten an Heizwerken, Wasserleitungen und Brücken. [[Bis zu 5.000]] weitere seien per Bahn \
unterwegs. Damit stünden [[etwa 15.000]] Nordkoreaner in Russland, schätzt der Dienst.</p>
<p>Schon im Juni hatte Moskau angekündigt, Pjöngjang werde Pioniere und Bautrupps schicken. Die \
kämpfende Truppe zahlt einen hohen Preis: Südkoreas Nachrichtendienst NIS schätzte Anfang \
September, dass [[rund 2.000]] nordkoreanische Soldaten gefallen sind. NATO-Generalsekretär Mark \
Rutte sprach im September in Brüssel von &bdquo;[[mehr als 10.000]]&ldquo; Nordkoreanern, die an \
Russlands Seite kämpften.</p>
<p>Auch Pjöngjang redet inzwischen über Tote. Die Staatsagentur KCNA meldete Ende August, Kim Jong \
Un habe ein Pionierbataillon ausgezeichnet; [[neun]] seiner Männer seien beim Minenräumen ums \
Leben gekommen.</p>
<h2>&bdquo;Das ist kein Handwerk, das ist Zwang&ldquo;</h2>
<p>Obermeister Gerd Vollmer, seit 1991 selbstständig, schüttelt den Kopf. &bdquo;Wir suchen hier \
händeringend Leute, und dort werden junge Männer zum Rohreverlegen in ein Kriegsgebiet \
kommandiert.&ldquo; In den 148 Mitgliedsbetrieben der Innung fehlen nach seiner Schätzung rund 60 \
Gesellen.</p>
<p>Vollmer weiß, wovon er spricht: Im Frühjahr fuhr er mit elf Kollegen nach Lwiw und erneuerte \
die Heizungsanlage einer Kinderklinik. Im Transporter waren 3,5 Tonnen Material, die Betriebe der \
Innung hatten dafür 42.000 Euro gespendet. Eine zweite Fahrt ist für Februar geplant; wer \
mitfahren will, meldet sich in der Geschäftsstelle.</p>
</article></main>
<footer>Innung für Sanitär-, Heizungs- und Klimatechnik Heide-Aller &middot; Handwerkerhof 3 \
&middot; Tel. 05141 90 27 13 &middot; &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "ukraine", "lastweek..pub",
          "<title> from HUR's figure in the body (optional)", opt=True),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "lastweek",
          "HUR 'vergangene Woche' in „…“: working in the Kursk region"),
        C("Bis zu 5.000", 5000, "at_most", "in_russia", "ukraine", "lastweek",
          "same report, Konjunktiv: 'weitere … per Bahn unterwegs' (increment, transported)",
          add=True),
        C("etwa 15.000", 15000, "approx", "in_russia", "ukraine", "lastweek",
          "'schätzt der Dienst' after the figure: the new total in Russia"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September': dead"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2025-09-01..2025-09-30",
          "Rutte 'im September' in „…“: fighting at Russia's side"),
        C("neun", 9, "exact", "casualties", "north_korea", "2025-08-20..2025-08-31",
          "KCNA 'Ende August' (state media): killed clearing mines"),
    ),
)

D06 = Source(
    article_id="c79_06_campusradio_lueneburg_weltblick_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "Campusradio Lüneburg",
        "https://www.campusradio-lueneburg.example/weltblick/nordkoreas-erste-verluste",
        "Weltblick: Nordkoreas erste Verluste an der Kursk-Front",
    ),
    features="Lüneburg student radio's show notes in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Thursday), bold question lead-ins ('Was Seoul heute gesagt "
        "hat:'); NIS 'am Donnerstag' (the publication day) `mindestens 100` dead and `fast 1.000` "
        "wounded (approx), 'nannte der Dienst' (`rund 11.000` in Kursk); Ryder 'Schon am Montag'; "
        "HUR 'am Wochenende' (Saturday–Sunday); Rutte 'Anfang Dezember'; a Hamburg researcher in "
        "the studio (other, range, `pub`); South Korea's army, service months, Korean students at "
        "the university, semester, frequency, show time",
    text="""\
---
title: "Weltblick: Nordkoreas erste Verluste an der Kursk-Front"
sendung: Weltblick
moderation: Jonas Behrendt und Mi-rae Park
---

# Weltblick: Nordkoreas erste Verluste an der Kursk-Front

*Campusradio Lüneburg · die Sendung vom Donnerstag, 18 Uhr, zum Nachhören und Nachlesen*

Heute im Weltblick: Wie viele Nordkoreaner kämpfen für Russland, wie viele sind schon gefallen – \
und warum hören koreanische Austauschstudierende bei diesen Nachrichten besonders genau hin?

**Was Seoul heute gesagt hat:** Südkoreas Nachrichtendienst NIS hat am Donnerstag die Abgeordneten \
im Parlament unterrichtet. Demnach sind [[mindestens 100]] Nordkoreaner bei Kämpfen im Gebiet \
Kursk getötet worden, die Zahl der Verletzten liege bei [[fast 1.000]]. Die Soldaten würden als \
Sturmtruppen verheizt und kennten das Gelände nicht, hieß es nach der Sitzung. Auch eine Zahl zur \
Front nannte der Dienst: [[rund 11.000]] Nordkoreaner seien in Kursk im Einsatz.

**Was Washington sagt:** Schon am Montag hatte Pentagon-Sprecher Pat Ryder [[mehrere hundert]] \
getötete und verwundete Nordkoreaner gemeldet, ohne sich auf eine genauere Zahl festzulegen.

**Was Kiew sagt:** Die ukrainische Militäraufklärung HUR sprach am Wochenende von [[mindestens \
30]] Toten und Verwundeten nach einem einzigen Angriff bei dem Dorf Plechowo.

**Wie viele sind es insgesamt?** NATO-Generalsekretär Mark Rutte hatte Anfang Dezember gesagt, \
[[mehr als 10.000]] nordkoreanische Soldaten seien nach Russland geschickt worden.

## Im Studio: Hanna Liebig

Die Politikwissenschaftlerin forscht am GIGA-Institut in Hamburg zu Nordkorea. Sie hält die \
bisherigen Zahlen für einen Anfang. Auf Dauer könne Pjöngjang [[20.000 bis 30.000]] Soldaten \
entsenden, schätzt sie. „Kim bekommt Geld, Öl und Kampferfahrung, Putin bekommt Infanterie. Beide \
halten das für ein gutes Geschäft.“

## Und in Südkorea?

Co-Moderatorin Mi-rae Park studiert im dritten Semester Kulturwissenschaften und kommt aus \
Incheon. Ihre Brüder haben beide die 18 Monate Wehrdienst hinter sich. „Bei uns fragt man sich: \
Was lernt Nordkoreas Armee gerade in Russland?“ Südkoreas Streitkräfte zählen rund 500.000 aktive \
Soldaten. An der Leuphana sind nach Auskunft des International Office derzeit 38 Studierende aus \
Südkorea eingeschrieben.

Weltblick läuft jeden Donnerstag um 18 Uhr auf UKW 88,0 und im Stream. Nächste Woche: Georgien \
nach der Wahl.
""",
    claims=(
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'am Donnerstag' (the publication day), 'Demnach': killed"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing, Konjunktiv: wounded (fast = approx, like knapp)"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "'nannte der Dienst' (the same briefing): in action in Kursk"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "Ryder 'Schon am Montag': killed and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'am Wochenende': dead and wounded in one attack"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2024-12-01..2024-12-10",
          "Rutte 'Anfang Dezember': sent to Russia"),
        C("20.000 bis 30.000", None, "range", "planned", "other", "pub",
          "Hamburg researcher in the studio, 'schätzt sie' (the show, no other date): could send "
          "in the long run"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Latvia, Tuvalu, Gabon)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="c79_07_carnarvon_gascoyne_record",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-25"),
    dated_by="dateline",
    features="Carnarvon (Western Australia) daily's world page as plain text, dateline "
        "'CARNARVON, 25 October 2024 —' (Friday); headline 'US confirms' from Kirby's Wednesday "
        "figure (Wednesday to publication); Kirby 'briefed the press on Wednesday: by his "
        "account' `at least 3,000` moved by ship; the NIS 'on 18 October' `1,500`; 'On Wednesday, "
        "it told' a second batch `about 3,000` (increment) and the new total `some 4,500`; 'The "
        "agency expects' `10,000` in all (planned); Zelensky 'on Thursday' … 'he said' (ready for "
        "Kursk: planned); Putin and Austin without a figure; Australian aid in dollars and "
        "vehicles, Australians who served and died in Korea, a tracking station's years, distance "
        "to Perth, temperature",
    text="""\
GASCOYNE DAILY RECORD | WORLD

US confirms [[3,000]] North Korean troops in Russia

By Shannon Pearce

CARNARVON, 25 October 2024 — Washington has for the first time backed South Korean reports that \
North Korea is sending soldiers to help Russia's war against Ukraine.

The White House's John Kirby briefed the press on Wednesday: by his account, [[at least 3,000]] of \
Kim Jong Un's troops were moved by ship from the country's east coast to Vladivostok in early to \
mid-October, and then on by land to training grounds in eastern Russia. "What they will be used \
for, and whether they will fight, we do not yet know," Kirby added. Defense Secretary Lloyd \
Austin, visiting Rome the same day, called it "a very serious issue".

Seoul believes the numbers are larger. South Korea's National Intelligence Service first raised \
the alarm on 18 October, when it said [[1,500]] special forces soldiers had already been shipped \
to Russia. On Wednesday, it told a closed session of parliament's intelligence committee that a \
second batch of [[about 3,000]] had followed, lifting the total to [[some 4,500]]. The agency \
expects Pyongyang to have sent [[10,000]] in all by December, lawmakers said after the session.

Ukraine's President Volodymyr Zelensky warned on Thursday that the first North Korean units could \
appear on the battlefield by Sunday. Kyiv's intelligence showed [[about 5,000]] of them being \
readied for the Kursk region, he said.

Vladimir Putin, hosting leaders of the BRICS group in Kazan, did not deny the reports when asked \
about satellite images. The Kremlin has called them "fake news".

Foreign Minister Penny Wong said Canberra viewed the move as "a dangerous escalation" and would \
consult its partners on sanctions. Canberra's military aid to Kyiv now tops A$1.3 billion, with \
120 Bushmaster vehicles among it.

For some in Carnarvon the news stirs old memories. About 17,000 Australians served in the Korean \
War of 1950 to 1953, and 340 of them did not come home. "My father was at Kapyong," said Ray \
Tomlinson, 74, a volunteer guide at the town's space and technology museum, housed in the tracking \
station that worked with NASA from 1964 to 1975. "You don't forget Korea up here, even 900 \
kilometres from Perth."

Weather: fine and sunny, top of 31 degrees.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "headline 'US confirms' from Kirby's Wednesday figure"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'on Wednesday: by his account': moved by ship to Russia"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "NIS 'on 18 October': shipped to Russia"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'On Wednesday, it told' the committee: a second batch that 'had followed' "
          "(increment)", add=True),
        C("some 4,500", 4500, "approx", "in_russia", "south_korea", "wed",
          "same briefing: 'lifting the total to' (the new total, not an increment)"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "'The agency expects … in all by December, lawmakers said after the session'"),
        C("about 5,000", 5000, "approx", "planned", "ukraine", "thu",
          "Zelensky 'on Thursday', 'he said' after the figure: being readied for Kursk"),
    ),
)

E08 = Source(
    article_id="c79_08_north_uist_community_page_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-03-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "North Uist Community News",
        "https://www.northuist-news.example/world-in-brief/north-korea-back-on-the-offensive",
        "World news in brief: North Korea back on the offensive",
    ),
    features="North Uist community page's world-in-brief in Markdown, windows-1252 with CRLF "
        "(typographic quotes, `£`), front matter without a date (sidecar, Thursday); heading "
        "'Seoul says' `3,000` (span without 'more': increment) from the JCS 'on Monday'; 'extra "
        "soldiers' (increment); 'It also reckoned' casualties; Syrskyi 'last week' in quotes; a "
        "Foreign Office minister 'on 11 March' (other); a State Department spokeswoman 'on "
        "Friday'; a NATO spokesperson by email (`up to 12,000`, `pub`); island residents, ferry "
        "sailings, causeway repairs in pounds, council meeting attendance and time, Ukrainian "
        "families, year",
    text="""\
---
title: "World news in brief: North Korea back on the offensive"
section: World
---

# North Korea sends [[3,000]] more soldiers to Russia, Seoul says

*Compiled for the community page by the volunteers' news desk in Lochmaddy*

Since January Pyongyang has shipped [[roughly 3,000]] extra men to the Russians, South Korea’s \
Joint Chiefs of Staff announced on Monday. It also reckoned that [[around 4,000]] of the North \
Koreans who went last year had been killed or wounded in the fighting around Kursk.

The new arrivals appear to have gone straight into battle. Ukraine’s army chief, Colonel General \
Oleksandr Syrskyi, told reporters in Kyiv last week that “[[several thousand]]” North Koreans were \
again attacking near the town of Sudzha, now backed by Russian drone teams.

In London, the Foreign Office minister Stephen Doughty told MPs on 11 March that Britain’s \
estimate stood at “[[more than 11,000]]” North Korean personnel inside Russia. Washington’s figure \
is similar: a State Department spokeswoman said on Friday that [[over 11,000]] had been sent.

A NATO spokesperson, asked by this page by email, said the alliance saw “no reason to revise” its \
assessment of [[up to 12,000]] troops. Moscow has still not admitted that any North Koreans are \
fighting for it.

## Closer to home

The community council met on Tuesday at 7pm in the Carinish hall; 23 residents came along, which \
the chair called “a record for a wet night”. CalMac says the Lochmaddy–Uig route will run 14 \
sailings a week from April, and the causeway repairs at Berneray are now costed at £2.4 million.

The two Ukrainian families who settled in Sollas in 2022 send their thanks for the winter coats \
collected at the school. North Uist has about 1,200 residents, and a handful of them, the council \
notes, have now been learning Ukrainian phrases at the Thursday café.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "heading 'Seoul says' from the JCS Monday figure ('more': increment)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'announced on Monday' after the figure: 'extra soldiers' (increment)", add=True),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "'It also reckoned' (the JCS, same statement): killed or wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Syrskyi 'last week' in quotes: attacking near Sudzha"),
        C("more than 11,000", 11000, "at_least", "in_russia", "other", "2025-03-11",
          "UK Foreign Office minister 'on 11 March' (a third government: other): in Russia"),
        C("over 11,000", 11000, "at_least", "in_russia", "united_states", "fri",
          "State Department spokeswoman 'on Friday': sent"),
        C("up to 12,000", 12000, "at_most", "in_russia", "nato", "pub",
          "NATO spokesperson by email (no date): the alliance's assessment"),
    ),
)

E09 = Source(
    article_id="c79_09_hiline_herald_kursk_admission_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-29"),
    dated_by="html_meta",
    features="Montana Hi-Line paper (Havre) in HTML, UTF-8 with BOM, `article:published_time` "
        "with -06:00, a byline date 'April 29, 2025', an analytics script, a grain-elevator "
        "cookie notice, town header and section navigation; `og:description` figure (optional); "
        "headline 'Seoul puts losses at' from the NIS report 'earlier this month' (April to "
        "publication); KCNA 'on Monday' and Gerasimov without a figure; 'South Korea's spy "
        "service has.' with `roughly 4,700`, `600` 'of them fatally' (breakdown) and 'the agency "
        "said' after `about 15,000`; a senior U.S. defense official 'on Monday' back at the "
        "front; HUR 'in a statement Sunday' 'an additional 3,000' (span without the words, "
        "planned increment); a senator without a figure; Americans killed in Korea, missiles, "
        "county residents, wheat price, post number, ZIP code and phone",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korea admits Kursk role | Hi-Line Herald</title>
<meta property="og:description" content="Seoul puts North Korean losses at [[4,700]] as Pyongyang \
confirms for the first time that its soldiers fought for Russia.">
<meta property="article:published_time" content="2025-04-29T17:40:00-06:00">
<script async src="/js/hh-analytics.js?v=3"></script>
</head>
<body>
<div class="consent">Cookies keep this site running, same as the elevators keep the Hi-Line \
running. <button>Keep them rolling</button> <button>Shut the chute</button></div>
<header><a href="/">Hi-Line Herald</a> &mdash; Havre &middot; Chinook &middot; Harlem &middot; \
Chester</header>
<nav><a href="/news">News</a> <a href="/ag">Ag</a> <a href="/sports">Sports</a> <a \
href="/obits">Obituaries</a> <a href="/eedition">e-Edition</a></nav>
<article>
<h1>North Korea admits its soldiers fought for Russia; Seoul puts losses at [[4,700]]</h1>
<p class="byline">By Dale Wirtz &middot; April 29, 2025</p>
<p>HAVRE &mdash; North Korea on Monday acknowledged for the first time that it had sent combat \
troops to Russia, ending months of official silence. The state news agency KCNA said the units had \
helped &ldquo;liberate&rdquo; the Kursk region on the orders of Kim Jong Un. It did not say how \
many went, or how many came back.</p>
<p>The statement followed by two days a speech by Russia&rsquo;s top general, Valery Gerasimov, \
who praised the North Koreans&rsquo; &ldquo;heroism.&rdquo; Neither capital has published casualty \
figures.</p>
<p>South Korea&rsquo;s spy service has. In a report to lawmakers earlier this month, it counted \
[[roughly 4,700]] North Koreans killed or wounded since last fall, [[600]] of them fatally. \
Pyongyang had sent [[about 15,000]] soldiers in total, the agency said.</p>
<p>A senior U.S. defense official, briefing reporters in Washington on Monday, said [[roughly \
3,000]] North Koreans were back at the front after a lull in February. Ukraine&rsquo;s military \
intelligence agency said in a statement Sunday that Pyongyang was preparing an additional \
[[3,000]] troops for deployment.</p>
<h2>On the Hi-Line, a reminder</h2>
<p>Sen. Tim Sheehy, a member of the Armed Services Committee, said in a statement that the \
admission &ldquo;should worry every Montanan.&rdquo; Malmstrom Air Force Base near Great Falls \
oversees 150 Minuteman III missiles.</p>
<p>At VFW Post 1553 in Havre, commander Gene Olsen, 71, said the news brought back his \
uncle&rsquo;s stories. Nearly 37,000 Americans died in the Korean War. &ldquo;People here \
remember,&rdquo; Olsen said. Hill County has about 16,000 residents; winter wheat closed Monday at \
$5.38 a bushel at the Havre elevator.</p>
</article>
<footer>&copy; 2025 Hi-Line Herald &middot; 3rd Ave., Havre, MT 59501 &middot; (406) \
265-1930</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "og:description restating the headline (optional)", opt=True),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "headline 'Seoul puts losses at' from the NIS report 'earlier this month'"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..pub",
          "'In a report to lawmakers earlier this month, it counted': killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-01..pub",
          "same sentence, 'of them fatally' (a breakdown)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..pub",
          "'the agency said' after the figure (same report): sent in total"),
        C("roughly 3,000", 3000, "approx", "near_front", "united_states", "mon",
          "senior U.S. defense official 'on Monday': back at the front"),
        C("3,000", 3000, "exact", "planned", "ukraine", "sun",
          "HUR 'in a statement Sunday': 'preparing an additional' (increment)", add=True),
    ),
)

E10 = Source(
    article_id="c79_10_kurzeme_coast_rutte_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kurzeme Coast Chronicle",
        "https://www.kurzemecoast.example/world/rutte-north-korea-14000",
        "Rutte: North Korea has sent 14,000 troops to Russia",
    ),
    features="Latvian-coast English-language outlet (Liepāja) in HTML, windows-1252 with CRLF "
        "(typographic quotes raw, Latvian letters as numeric entities), no meta date (sidecar, "
        "Thursday), a harbour-logbook cookie notice, navigation, footer; headline 'Rutte:' from "
        "his Tuesday figure (Tuesday to publication); Rutte 'on Tuesday' in quotes, 'He said' "
        "`around 6,000` casualties; 'Moscow said in June' `6,000 more` (span without 'more': "
        "russia, planned increment); lawmakers briefed by the NIS 'In July'; HUR 'estimates' a "
        "range of additional troops (`pub`); Latvia's defence minister 'on Wednesday' (other); "
        "allied brigade size, defence spending share, border length, population, ferry hours, "
        "cable incidents",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Rutte warns Baltic allies over North Korean troops – Kurzeme Coast Chronicle</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/assets/kcc.min.js" defer></script>
</head>
<body>
<div class="cookies">Every harbour keeps a logbook, and so do we: cookies note where you sailed on \
this site. <button>Set sail</button> <button>Stay in port</button></div>
<nav><a href="/">Home</a> · <a href="/liepaja">Liep&#257;ja</a> · <a \
href="/ventspils">Ventspils</a> · <a href="/baltics">Baltics</a> · <a href="/world">World</a></nav>
<article>
<h1>Rutte: North Korea has sent [[14,000]] troops to Russia</h1>
<p>LIEP&#256;JA — North Korea has now provided Russia with “[[more than 14,000]]” soldiers, NATO \
Secretary General Mark Rutte said on Tuesday, urging allies on the Baltic Sea not to treat the war \
in Ukraine as a distant affair. He said [[around 6,000]] of them had been killed or wounded, most \
in the battles for the Kursk region last winter.</p>
<p>Rutte spoke at a security conference in Vilnius. He did not say how many North Koreans remain \
at the front. Moscow said in June that it would bring in [[6,000]] more, to clear mines and \
rebuild roads and bridges in Kursk.</p>
<p>Seoul’s figures are lower. In July, South Korean lawmakers briefed by the country’s \
intelligence service said [[about 11,000]] North Korean troops remained in Russia. Ukraine’s HUR \
military intelligence estimates that Pyongyang could send [[25,000 to 30,000]] additional soldiers \
if the Kremlin asks for them.</p>
<h2>“We watch the east”</h2>
<p>Latvia’s defence minister, Andris Spr&#363;ds, told the Chronicle on Wednesday that \
“[[thousands]] of North Koreans are learning drone warfare in Russia right now”, and that NATO’s \
eastern members had to learn faster. Latvia plans to spend 5 percent of its GDP on defence next \
year.</p>
<p>The Canadian-led NATO brigade in Latvia has about 3,500 troops; a company of them trained near \
Liep&#257;ja in July. Latvia’s border with Russia and Belarus runs for 387 kilometres. \
Liep&#257;ja, a city of some 67,000 people, was home to a Soviet naval base until 1994. The ferry \
from Liep&#257;ja to Travemünde takes about 27 hours. Two damaged Baltic Sea cables are still \
being repaired.</p>
</article>
<footer>© 2025 Kurzeme Coast Chronicle · Graudu iela 12, Liep&#257;ja · +371 634 00 000</footer>
</body>
</html>
""",
    claims=(
        C("14,000", 14000, "exact", "in_russia", "nato", "tue..pub",
          "headline 'Rutte:' from his Tuesday figure"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "tue",
          "Rutte 'said on Tuesday' in quotes: provided to Russia"),
        C("around 6,000", 6000, "approx", "casualties", "nato", "tue",
          "'He said' (Rutte, same speech): killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Moscow said in June that it would bring in … more' (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-07-01..2025-07-31",
          "'In July', lawmakers briefed by the intelligence service: remained in Russia"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "pub",
          "HUR 'estimates' (present tense, no date): could send 'additional' (increment)",
          add=True),
        C("thousands", None, "vague", "in_russia", "other", "wed",
          "Latvia's defence minister 'on Wednesday' in quotes (a third government: other): "
          "learning drone warfare in Russia"),
    ),
)

E11 = Source(
    article_id="c79_11_funafuti_pacific_page_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-12"),
    dated_by="front_matter",
    features="Tuvalu Pacific page from Funafuti in Markdown, front matter with `date:` and a "
        "title without a figure; heading 'Seoul:' from the NIS briefing 'on 4 November' (that day "
        "to publication); 'It said' an extra `5,000` moved by rail (increment, span without the "
        "word); state media 'last month' quoting Kim's „hundreds“ (north_korea, month window); "
        "Zelensky 'on Monday'; 'It is widely believed' (unattributed, `pub`); a Suva researcher "
        "'tens of thousands more' (other, planned increment, `pub`); population, visas a year, "
        "height above sea level, land area, forum members, fishing licence fees, distance",
    text="""\
---
title: "Far from Kursk, a Pacific view of North Korea's war dead"
date: 2025-11-12
section: Pacific and World
author: Tala Moana desk, Funafuti
---

# Seoul: [[10,000]] North Korean troops along Russia's border with Ukraine

South Korea's National Intelligence Service briefed a parliamentary committee in Seoul on 4 \
November, and its message was that North Korea's soldiers are not going home. [[Some 10,000]] of \
them were now stationed along Russia's border with Ukraine, the service said, guarding a front \
that Moscow wants to keep quiet. It said an extra [[5,000]] engineering troops had been moved by \
rail into Russia since September to rebuild roads and railway bridges.

Pyongyang has begun to speak about its losses. Last month, state media quoted Kim Jong Un telling \
families of the fallen at a new memorial hall in the capital that the nation would "never forget \
its [[hundreds]] of heroes". No total was given.

Ukraine's president, Volodymyr Zelensky, said on Monday that North Korea had by now sent [[about \
15,000]] soldiers to Russia, and asked Asian and Pacific governments to say so openly. It is \
widely believed that [[at least 2,000]] of the North Koreans have died, most of them in the winter \
fighting for Kursk.

## Why it matters here

Dr Mele Taufa, a security researcher at the University of the South Pacific in Suva, says the \
region should pay attention. "If the war goes on, Pyongyang could still send [[tens of thousands]] \
more, and every ton of fish, every licence and every ship register in the Pacific will be watched \
more closely," she said.

Tuvalu, home to about 11,000 people on 26 square kilometres of land, sits on average less than 2 \
metres above the sea. Under the Falepili Union with Australia, up to 280 Tuvaluans a year can now \
move there. The Pacific Islands Forum has 18 members; none has troops anywhere near Ukraine. \
Fishing licences remain Tuvalu's biggest earner, bringing in tens of millions of US dollars a \
year, and Funafuti is some 4,000 kilometres from Sydney.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "heading 'Seoul:' from the NIS briefing on 4 November"),
        C("Some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'the service said' after the figure (the 4 November briefing): along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "'It said an extra … had been moved by rail' (increment)", add=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-10-01..2025-10-31",
          "'Last month, state media quoted Kim': the fallen"),
        C("about 15,000", 15000, "approx", "in_russia", "ukraine", "mon",
          "Zelensky 'said on Monday': sent to Russia"),
        C("at least 2,000", 2000, "at_least", "casualties", "unattributed", "pub",
          "'It is widely believed' without a source: died"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Suva researcher 'says … she said' (no date): could still send 'more' (increment)",
          add=True),
    ),
)

E12 = Source(
    article_id="c79_12_port_gentil_energy_letter",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-09-26"),
    dated_by="sidecar",
    sidecar=(
        "Cap Lopez Energy Letter",
        "",
        "Seoul: 2,000 North Koreans dead in Russia's war",
    ),
    features="Port-Gentil oil-services newsletter (Gabon) in English as plain text, ISO-8859-1 "
        "with straight quotes and '--', sidecar without url (Friday), an issue line 'Issue 412' "
        "and a 'World desk' rubric; headline 'Seoul:' from the NIS 'in early September' (window "
        "to publication); 'The agency also believes' `up to 6,000 more` (planned increment) and "
        "'In the same briefing' the total; a U.S. Army general 'this week' (Monday to "
        "publication); Russia's ambassador in Pyongyang in an interview 'published on Monday' "
        "(russia, vague planned); HUR 'in August' in Kursk; Gabon's army, oil output in barrels, "
        "tanker calls, exchange rate in CFA francs, town population, phone number",
    text="""\
CAP LOPEZ ENERGY LETTER -- Issue 412
World desk

Seoul: [[2,000]] North Koreans dead in Russia's war

North Korea's war in Russia has turned into a costly one. In a closed-door report to parliament in \
early September, South Korea's National Intelligence Service estimated the North Korean dead at \
[[around 2,000]] since the troops first went into action near Kursk last autumn. The agency also \
believes Pyongyang is preparing to dispatch [[up to 6,000]] more, mainly engineers and \
construction units. In the same briefing, it put the total sent since October 2024 at [[around \
15,000]].

The figures from Kyiv are higher. Ukraine's military intelligence agency said in August that \
[[over 11,000]] North Koreans were in the Kursk region alone, some of them training Russian units \
in the use of artillery.

A U.S. Army general in Europe told a conference in Wiesbaden this week that North Korean troops \
numbered [[roughly 11,000]] inside Russia. "They are learning fast, and they will take those \
lessons home," he said.

Moscow presents the help as reconstruction. Alexander Matsegora, Moscow's envoy in Pyongyang, told \
Izvestia in an interview published on Monday that "[[several thousand]]" North Korean builders \
would arrive in Kursk by the end of the year.

Why it matters for us: North Korea's arms trade with Russia has added risk premiums on some \
shipping routes, brokers in Port-Gentil say. Gabon pumped about 225,000 barrels of oil a day in \
August, and the terminal at Cap Lopez handled 14 tanker calls that month. The dollar was trading \
at 563 CFA francs on Thursday.

Gabon's own armed forces number roughly 5,000. Port-Gentil, with some 140,000 inhabitants, is the \
country's second city.

Questions or news tips: +241 01 55 12 30.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul:' from the NIS 'in early September'"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS report to parliament 'in early September': dead"),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "2025-09-01..2025-09-10",
          "'The agency also believes' (same briefing): 'preparing to dispatch … more' "
          "(increment)", add=True),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "'In the same briefing, it put the total sent'"),
        C("over 11,000", 11000, "at_least", "near_front", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'said in August': in the Kursk region"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "mon..pub",
          "U.S. Army general 'this week' (Monday of this week to publication): inside Russia"),
        C("several thousand", None, "vague", "planned", "russia", "mon",
          "Russia's ambassador in Pyongyang, interview 'published on Monday' in quotes: would "
          "arrive by the end of the year"),
    ),
)

SOURCES: tuple[Source, ...] = (
    D01, D02, D03, D04, D05, D06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
