"""Build the HUNDRED-AND-NINETIETH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-second corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a landslide
monitoring group's letter to the residents of the slope at Sibratsgfäll in Vorarlberg (Austrian
conventions) with a surveyor from Ternopil and a doctoral student from Sejong, a cable-crane timber
haulage firm's customer post from Bucheben in the Hüttwinkl valley, Salzburg (Austrian words) with a
choker setter from Uzhhorod and a ski instructor from Gangneung, a fiduciary office's client letter
from Ried-Brig in the Valais (Swiss conventions) with a bookkeeper from Zhytomyr and a hotel intern
from Busan, a fibre-optic co-operative's members' letter from Tschappina on the Heinzenberg,
Graubünden (Swiss conventions) with a cable layer from Rivne and a hotline agent from Incheon, a
heat-pump installer's customer letter from Neureichenau below the Dreisessel with a heating planner
from Kremenchuk and an engineer from Ulsan, and a scrap-metal dealer's news page from Hauzenberg
with a weighbridge clerk from Melitopol and a bookkeeper from Mokpo; a tax preparer's client letter
from Tuckerton with a bookkeeper from Mykolaiv and a retired dentist from Cheongju, a one-woman
email newsletter's Friday roundup from Greenport with a grill cook from Kharkiv and a violin teacher
from Seoul, the beach-badge office's notes from Stone Harbor with a portrait of a badge-selling
family from Chernihiv whose son is at the front, a carousel's notes from Greenport with an operator
from Sumy and a ticket seller from Gumi, an estate-sale company's notes from Castine with a pricer
from Lviv and a buyer from Daejeon, and a self-storage facility's tenant news from Tuckerton with an
office manager from Poltava and a nursing student from Gimhae. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind190_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Sibratsgfäll and Bucheben, Ried-Brig and Tschappina, Neureichenau and
# Hauzenberg)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v190_01_anrainerbrief_hangmessung_sibratsgfaell",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-15"),
    dated_by="dateline", crlf=True,
    features="a landslide monitoring group's letter to the residents of the slope at "
        "Sibratsgfäll (Vorarlberg) as plain text, windows-1252 with CRLF and `„“`, `–` (no "
        "sidecar), dated by the letter line 'Sibratsgfäll, 15. Jänner 2025' (Wednesday); Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`, `Güterweg`); measuring points, centimetres and "
        "millimetres of movement ('um höchstens 3 Zentimeter', not a claim), the slide of 1999, "
        "inclinometers and metres of drainage first; a surveyor from Ternopil relaying her "
        "brother-in-law, a mortar gunner in the Kursk region ('Am Sonntag habe er aus einem Keller "
        "angerufen, erzählt Oksana.', Konjunktiv carried) `gut zweihundert` in the trenches "
        "opposite (at_least with a number word, near the front) and sentence-initial `Ein Dutzend` "
        "fallen (12, exact, casualties; both other, from Sunday to publication); a doctoral "
        "student from Sejong who 'hält es für möglich' `bis zu 25.000` in Russia by the summer "
        "(at_most, planned, other, `pub`); Zelensky who 'erklärte am Montag' `rund 3.800` dead or "
        "wounded; the NIS that 'bezifferte … am selben Tag' the fallen at `300` and `2.700` "
        "'weitere' wounded (a false friend: the wounded beside the dead, not an increment); 'Nach "
        "Angaben des Pentagons vom vergangenen Donnerstag' `mehr als 11.000` fighting in Kursk; "
        "the letter's own `Tausende` in the snow near Kursk (unattributed, vague, required); "
        "Russia's losses a day, centimetres, millimetres, metres, ages, years, a date, a phone "
        "number",
    text="""\
Messgruppe Hangbewegung Sibratsgfäll – Brief an die Anrainer

Sibratsgfäll, 15. Jänner 2025

Liebe Anrainerinnen und Anrainer am Rutschhang,

die Messung vom 8. Jänner ist ausgewertet. An den 14 Messpunkten zwischen der Kapelle und dem \
Bachtobel hat sich der Hang seit Oktober um höchstens 3 Zentimeter bewegt, am oberen Waldrand um \
11 Millimeter. Das ist weniger als im vorigen Winter und weit entfernt von den Metern, die der \
Berg im Frühling 1999 auf einmal abgeglitten ist. Die zwei Inklinometer beim Feuerwehrhaus lesen \
wir heuer wieder jeden Monat aus, und die Drainage am Güterweg wird im Feber auf 400 Metern gespült.

Oksana an der Prismenstange

Seit dem Sommer trägt Oksana Melnyk, 41, für uns die Prismenstange über die nassen Wiesen. In \
Ternopil hat sie zwölf Jahre lang für das Katasteramt vermessen. Ihr Schwager ist Mörserschütze \
in einer Brigade, die im Gebiet Kursk eingesetzt ist. Am Sonntag habe er aus einem Keller \
angerufen, erzählt Oksana. In den Gräben gegenüber seiner Stellung lägen seit Neujahr [[gut \
zweihundert]] Nordkoreaner. [[Ein Dutzend]] von ihnen sei bei einem nächtlichen Sturmversuch \
gefallen, die anderen hätten sich wieder eingegraben. „Er sagt, die frieren genauso wie wir, nur \
reden sie nie“, erzählt sie.

Eine Doktorandin aus Sejong

Han Ji-woo, 30, aus Sejong schreibt eine Doktorarbeit über rutschende Hänge und wertet seit \
November unsere Daten mit aus. Sie hält es für möglich, dass bis zum Sommer [[bis zu 25.000]] \
Nordkoreaner in Russland stehen. „Für Kim ist das ein Geschäft, für die Familien ein Schweigen“, \
sagt sie.

Aus den Nachrichten

Der ukrainische Präsident Wolodymyr Selenskyj erklärte am Montag, [[rund 3.800]] Nordkoreaner \
seien getötet oder verwundet worden. Der südkoreanische Geheimdienst bezifferte die Zahl der \
Gefallenen am selben Tag vor Abgeordneten in Seoul auf [[300]]; [[2.700]] weitere seien \
verwundet. Nach Angaben des Pentagons vom vergangenen Donnerstag kämpfen [[mehr als 11.000]] \
Soldaten aus dem Norden im Gebiet Kursk. Russland selbst verliert nach britischer Schätzung \
derzeit weit über 1.500 Mann am Tag. Während [[Tausende]] junge Nordkoreaner im Schnee bei Kursk \
ausharren müssen, dürfen wir uns über einen ruhigen Hang freuen.

Die nächste Anrainerversammlung ist am 6. Feber um 19.30 Uhr im Gemeindesaal. Fragen beantwortet \
Markus Bilgeri unter 05513 2207 18.

Mit freundlichen Grüßen
Ihre Messgruppe Hangbewegung
""",
    claims=(
        C("gut zweihundert", 200, "at_least", "near_front", "other", "sun..pub",
          "a surveyor from Ternopil relaying her brother-in-law, a mortar gunner in the Kursk "
          "region ('Am Sonntag habe er aus einem Keller angerufen, erzählt Oksana.', Konjunktiv; "
          "the speaker quoted: other): lying in the trenches opposite his position since New Year "
          "('gut' with a number word as at_least; from Sunday, 12 January, to publication)"),
        C("Ein Dutzend", 12, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial number words (12): fallen in a night "
          "assault"),
        C("bis zu 25.000", 25000, "at_most", "planned", "other", "pub",
          "a doctoral student from Sejong, 'Sie hält es für möglich' (undated): in Russia by the "
          "summer (a forecast of a total: planned)"),
        C("rund 3.800", 3800, "approx", "casualties", "ukraine", "mon",
          "'Der ukrainische Präsident Wolodymyr Selenskyj erklärte am Montag' (13 January): killed "
          "or wounded"),
        C("300", 300, "exact", "casualties", "south_korea", "mon",
          "'Der südkoreanische Geheimdienst bezifferte … am selben Tag' (the Monday of the "
          "sentence before, 13 January): the fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same statement, Konjunktiv: '2.700 weitere seien verwundet' (the wounded beside the "
          "dead, not an increment on an earlier count of the wounded)"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "united_states", "thu",
          "'Nach Angaben des Pentagons vom vergangenen Donnerstag' (9 January): fighting in the "
          "Kursk region"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing without a source ('Während Tausende junge Nordkoreaner im "
          "Schnee bei Kursk ausharren müssen'): unattributed, required"),
    ),
)


S02 = Source(
    article_id="v190_02_kundenpost_seilkranbringung_bucheben_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-19"),
    dated_by="front_matter",
    features="a cable-crane timber haulage firm's customer post from Bucheben in the Hüttwinkl "
        "valley (Pinzgau, Salzburg) in Markdown, UTF-8, front matter with `date:` (Wednesday) and "
        "a title without a figure, `„“`; Austrian words (`heuer`, `Jänner`, `Feber`); solid cubic "
        "metres of storm-damaged timber, metres of carrying rope, the price of a carriage in euros "
        "and a range of euros a cubic metre first ('28 bis 41 Euro', not a claim); a choker setter "
        "from Uzhhorod relaying his cousin, a scout near Sudzha ('Vergangenen Donnerstag hat sich "
        "der Cousin … gemeldet, erzählt Taras. Nach dessen Worten') `Dutzende` running across an "
        "icy field (vague, near the front) and `zwei` wounded taken prisoner (number word, "
        "casualties; both other, from Thursday to publication); a ski instructor from Gangneung "
        "who 'rechnet fest damit' that Kim sends 'weitere' `5.000` before the summer (increment, "
        "planned, other, `pub`); the Joint Chiefs in Seoul that 'Am Montag teilte … mit' "
        "'zusätzliche' `1.000 bis 1.500` moved to Russia in January and February (range, "
        "increment); 'Laut dem ukrainischen Militärgeheimdienst' `mindestens 4.000` killed or "
        "wounded (`pub`); NATO that 'schätzte vergangene Woche' `etwa 8.000` 'noch' in Kursk (not "
        "an increment); a senior US official who 'sprach am Freitag von' `über 1.000` dead; cubic "
        "metres, metres, euros, ages, a phone number",
    text="""\
---
title: "Kundenpost Feber"
date: 2025-02-19
absender: Seilkranbringung Gruber, Bucheben
---

# Schneebruch, ein neuer Laufwagen und eine Nachricht aus Sudscha

Liebe Waldbesitzerinnen und Waldbesitzer,

der nasse Schnee im Jänner hat in den Schutzwäldern an den Talflanken ordentlich zugeschlagen. \
Heuer haben wir schon 2.900 Festmeter Schadholz aus den Steillagen geholt, mehr als im ganzen \
Vorjahr. Unser zweiter Mastseilkran mit 700 Metern Tragseil ist seit Anfang Feber im Einsatz, der \
neue Laufwagen hat 38.000 Euro gekostet. Die Bringung kostet je nach Gelände 28 bis 41 Euro pro \
Festmeter; wer sich bis Ostern anmeldet, zahlt noch den alten Preis.

## Taras am Tragseil

Taras Hrynjuk, 27, aus Uschhorod hängt bei uns seit zwei Sommern die Stämme an und fährt im \
Winter den Forstschlepper. Sein Cousin ist Späher in einer Aufklärungseinheit bei Sudscha. \
Vergangenen Donnerstag hat sich der Cousin nach zehn Tagen Funkstille gemeldet, erzählt Taras. \
Nach dessen Worten sind [[Dutzende]] Nordkoreaner über ein vereistes Feld auf die ukrainischen \
Gräben zugelaufen. Seine Gruppe habe [[zwei]] Verwundete von ihnen gefangen genommen und ins \
Hinterland gebracht. „Die haben nicht einmal gewusst, dass sie in Russland sind“, erzählt Taras.

## Eine Skilehrerin aus Gangneung

Jeon Da-eun, 26, aus Gangneung unterrichtet heuer an der Skischule im Tal und hat sich im Jänner \
bei uns nach den Holzarbeiten über der Piste erkundigt. Sie rechnet fest damit, dass Kim noch vor \
dem Sommer weitere [[5.000]] Mann schickt. „Er braucht die Devisen, und Putin braucht Leute“, \
sagt sie.

## Was gemeldet wird

Am Montag teilte der Generalstab in Seoul mit, Pjöngjang habe im Jänner und Feber zusätzliche \
[[1.000 bis 1.500]] Soldaten nach Russland verlegt. Laut dem ukrainischen Militärgeheimdienst \
sind seit Dezember [[mindestens 4.000]] Nordkoreaner getötet oder verwundet worden. Die Nato \
schätzte vergangene Woche, dass noch [[etwa 8.000]] von ihnen im Gebiet Kursk stehen. Ein hoher \
US-Beamter sprach am Freitag von [[über 1.000]] Toten. Auch die ukrainische Armee beklagt an der \
ganzen Front schwere Verluste, Zahlen nennt sie keine.

Anmeldungen für die Frühjahrsbringung unter 06544 6612 oder per Mail.

Mit forstlichem Gruß
Sepp und Leni Gruber
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "thu..pub",
          "a choker setter from Uzhhorod relaying his cousin, a scout near Sudzha ('Vergangenen "
          "Donnerstag hat sich der Cousin … gemeldet, erzählt Taras. Nach dessen Worten'; the "
          "speaker quoted: other): ran across an icy field at the Ukrainian trenches (from "
          "Thursday, 13 February, to publication)"),
        C("zwei", 2, "exact", "casualties", "other", "thu..pub",
          "same message, Konjunktiv carried, number word: wounded men taken prisoner"),
        C("5.000", 5000, "exact", "planned", "other", "pub",
          "a ski instructor from Gangneung, 'Sie rechnet fest damit' (undated): 'weitere' to be "
          "sent before the summer (increment, planned; span without the word)", add=True),
        C("1.000 bis 1.500", None, "range", "in_russia", "south_korea", "mon",
          "'Am Montag teilte der Generalstab in Seoul mit' (17 February, Konjunktiv): "
          "'zusätzliche' moved to Russia in January and February (increment; the months are the "
          "period)", add=True),
        C("mindestens 4.000", 4000, "at_least", "casualties", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): killed or wounded since "
          "December"),
        C("etwa 8.000", 8000, "approx", "near_front", "nato", "lastweek",
          "'Die Nato schätzte vergangene Woche': 'noch' in the Kursk region (still, not an "
          "increment)"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states", "fri",
          "'Ein hoher US-Beamter sprach am Freitag von' (14 February): dead"),
    ),
)


S03 = Source(
    article_id="v190_03_klientenbrief_treuhand_ried_brig_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-11-27"),
    dated_by="html_meta",
    features="a fiduciary office's client letter from Ried-Brig (Valais, German-speaking) in "
        "HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, `&middot;`), "
        "`article:published_time` +01:00 (Wednesday), a cookie note about the client portal, a "
        "script with filing deadlines and the pillar 3a maximum, navigation, a footer with a "
        "postcode; Swiss conventions (`ss`, «», `7'056`, `35'280`, `15'000`, `11'000`, `8'000`, "
        "`10'000`); `<title>` and headline without a figure; the pillar 3a maximum ('bis zu 7'056 "
        "Franken', not a claim), francs, VAT in per cent, households and firms first; a bookkeeper "
        "from Zhytomyr relaying her nephew, a drone pilot at the Sumy border ('Am Wochenende habe "
        "er ihr eine lange Sprachnachricht geschickt, erzählt Iryna.', Konjunktiv carried) "
        "`mehrere tausend` arrived across the border (vague, near the front) and `mehr als "
        "zwanzig` killed (at_least with a number word, casualties; both other, from Saturday to "
        "publication); a hotel intern from Busan who 'schätzt' `15'000` in Russia by the end of "
        "the year (planned, other, `pub`); South Korea's defence minister 'am Sonntag … Er sagte' "
        "`über 11'000` 'inzwischen' in Russia (a pronoun for the claimant; not an increment); "
        "Blinken 'Am 31. Oktober' `8'000` in the Kursk region (an explicit date, near the front); "
        "'Nach Angaben des ukrainischen Militärgeheimdiensts von Mitte November' `rund 11'000` in "
        "Kursk (the 11th to the 20th); 'Die Nato geht von … aus' `mehr als 10'000` (`pub`); the "
        "office's own `Tausende` stationed in Russia (unattributed, vague, required); francs, per "
        "cent, households, ages, years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Klientenbrief &ndash; Treuhand Imboden, Ried-Brig</title>
<meta property="article:published_time" content="2024-11-27T08:00:00+01:00">
<script>var fristen = {steuererklaerung: "31.03.", saeule3a: 7056, mwst: 8.1};</script>
</head>
<body>
<div class="cookie">Ein technisches Cookie hält Sie in unserem Klientenportal angemeldet. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/dienstleistungen">Dienstleistungen</a> \
&middot; <a href="/klientenbrief">Klientenbrief</a></nav>
<main>
<h1>Vor dem Jahreswechsel an die Säule 3a denken</h1>
<p>Wer angestellt ist, kann dieses Jahr bis zu 7'056 Franken in die Säule 3a einzahlen und vom \
Einkommen abziehen; das Geld muss bis zum 31. Dezember auf dem Konto sein. Für Selbständige ohne \
Pensionskasse liegt die Grenze bei 35'280 Franken. Die Mehrwertsteuer bleibt bei 8,1 Prozent. \
Unser Büro betreut inzwischen 240 Haushalte und 58 Betriebe zwischen dem Dorf und der Rosswald.</p>
<h2>Iryna an der Buchhaltung</h2>
<p>Iryna Schewtschuk, 38, hat in Schytomyr Buchhaltung studiert und bucht bei uns seit dem \
Frühling die Belege der Bergbahn und der Hotels. Ihr Neffe dient als Drohnenpilot an der Grenze \
bei Sumy. Am Wochenende habe er ihr eine lange Sprachnachricht geschickt, erzählt Iryna. Auf der \
russischen Seite seien [[mehrere tausend]] Nordkoreaner eingetroffen, in neuen Uniformen und mit \
russischen Gewehren. Bei einem ersten Gefecht seien [[mehr als zwanzig]] von ihnen getötet \
worden. «Er meint, das sei erst der Anfang», sagt Iryna.</p>
<h2>Eine Praktikantin aus Busan</h2>
<p>Lee Soo-bin, 23, aus Busan macht ein Praktikum an der Rezeption eines Hotels auf der Rosswald \
und lässt bei uns ihre Quellensteuer nachrechnen. Sie schätzt, dass bis Ende Jahr [[15'000]] \
nordkoreanische Soldaten in Russland sein werden. «In Pjöngjang fragt niemand die Mütter», sagt \
sie.</p>
<h2>Was gemeldet wird</h2>
<p>Der südkoreanische Verteidigungsminister äusserte sich am Sonntag im Fernsehen. Er sagte, es \
hielten sich inzwischen [[über 11'000]] nordkoreanische Soldaten in Russland auf. Am 31. Oktober \
hatte US-Aussenminister Antony Blinken von [[8'000]] Nordkoreanern in der Region Kursk \
gesprochen. Nach Angaben des ukrainischen Militärgeheimdiensts von Mitte November stehen [[rund \
11'000]] im Gebiet Kursk. Die Nato geht von [[mehr als 10'000]] Nordkoreanern in Russland aus. \
Dass nun [[Tausende]] junge Männer aus Nordkorea in Russland stationiert sind, beschäftigt auch \
manche Klienten bei uns im Büro.</p>
<p>Unterlagen für die Steuererklärung 2024 nehmen wir ab dem 6. Januar entgegen. Termine unter \
027 923 41 70.</p>
</main>
<footer>Treuhand Imboden &middot; Dorfstrasse 12 &middot; 3911 Ried-Brig &middot; \
info@treuhand-imboden.example</footer>
</body>
</html>
""",
    claims=(
        C("mehrere tausend", None, "vague", "near_front", "other", "sat..pub",
          "a bookkeeper from Zhytomyr relaying her nephew, a drone pilot at the Sumy border ('Am "
          "Wochenende habe er ihr eine lange Sprachnachricht geschickt, erzählt Iryna.', "
          "Konjunktiv; the speaker quoted: other): arrived on the Russian side of the border (from "
          "Saturday, 23 November, to publication)"),
        C("mehr als zwanzig", 20, "at_least", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: killed in a first fight ('mehr als' with a number "
          "word)"),
        C("15'000", 15000, "exact", "planned", "other", "pub",
          "a hotel intern from Busan, 'Sie schätzt' (undated): in Russia by the end of the year (a "
          "forecast of a total: planned)"),
        C("über 11'000", 11000, "at_least", "in_russia", "south_korea", "sun",
          "South Korea's defence minister 'äusserte sich am Sonntag im Fernsehen. Er sagte' (24 "
          "November; the pronoun carries the claimant): 'inzwischen' in Russia (by now, not an "
          "increment)"),
        C("8'000", 8000, "exact", "near_front", "united_states", "2024-10-31",
          "'Am 31. Oktober hatte US-Aussenminister Antony Blinken … gesprochen' (an explicit "
          "date): in the Kursk region"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "2024-11-11..2024-11-20",
          "'Nach Angaben des ukrainischen Militärgeheimdiensts von Mitte November' (the middle of "
          "the month: the 11th to the 20th): in the Kursk region"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "nato", "pub",
          "'Die Nato geht von … aus' (undated): in Russia"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the office's own framing without a source ('Dass nun Tausende junge Männer aus "
          "Nordkorea in Russland stationiert sind'): unattributed, required"),
    ),
)


S04 = Source(
    article_id="v190_04_mitgliederbrief_glasfaser_tschappina",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Glasfasergenossenschaft Heinzenberg-Tschappina – Mitgliederbrief",
        "https://www.glasfaser-tschappina.example/mitglieder/juni-2025",
        "Mitgliederbrief: alle Anschlüsse in Betrieb und ein Anruf von der Grenze",
    ),
    features="a fibre-optic co-operative's members' letter from Tschappina on the Heinzenberg "
        "(Graubünden) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title "
        "without a figure); Swiss conventions (`ss`, «», `1'600`, `15'000`, `1'000`, `5'000`); "
        "connections, kilometres of duct, altitude, the share in francs, the monthly fee and "
        "gigabits first; a cable layer from Rivne relaying his son, a sapper at the Sumy border "
        "('Am Montag hat Roman lange mit ihm telefoniert. Drüben …, so habe der Sohn erzählt', "
        "Konjunktiv carried) `einige hundert` clearing fields (vague, near the front) and `Drei` "
        "killed 'vergangene Woche' (number word, casualties; both other, from Monday to "
        "publication; the week is the period of the deaths); a hotline agent from Incheon who "
        "'vermutet' `gegen 15'000` have been in Russia (approx, in Russia, other, `pub`); Shoigu "
        "who 'kündigte vergangene Woche in Pjöngjang an' `1'000` deminers and `5'000` military "
        "builders for Kursk (russia, planned, two rows, `lastweek`); 'Dem Geheimdienst in Seoul "
        "zufolge' `rund 600` fallen (`pub`); Ukraine's own `Dutzende` wounded a day (not a claim); "
        "connections, kilometres, metres, francs, ages, a date, a phone number",
    text="""\
Glasfasergenossenschaft Heinzenberg-Tschappina
Mitgliederbrief Juni

Liebe Genossenschafterinnen und Genossenschafter

Der Bagger hat die letzte Lücke geschlossen: Seit dem 16. Juni sind alle 87 Anschlüsse zwischen \
Unter- und Obertschappina in Betrieb. Verlegt haben wir 14 Kilometer Rohr, teils auf über 1'600 \
Metern. Der Anteilschein kostet weiterhin 500 Franken, das Abo mit einem Gigabit 59 Franken im \
Monat. An der Generalversammlung vom 4. Juli im Schulhaus stimmen wir über den Anschluss der \
Maiensässe ab.

Roman im Graben

Roman Kowaltschuk, 56, aus Riwne hat für die Baufirma die Kabel eingezogen und bleibt für den \
Unterhalt bei uns. Sein Sohn räumt als Pionier Minen an der Grenze bei Sumy. Am Montag hat Roman \
lange mit ihm telefoniert. Drüben auf der russischen Seite, so habe der Sohn erzählt, räumten \
[[einige hundert]] Nordkoreaner die Felder. [[Drei]] von ihnen seien dabei vergangene Woche ums \
Leben gekommen. «Er sagt, sie arbeiten Tag und Nacht, ohne Pause», sagt Roman.

Eine Mitarbeiterin aus Incheon

Park Yeon-ju, 45, aus Incheon betreut bei einem Bündner Anbieter die Hotline und hat uns beim \
Aufschalten der Anschlüsse geholfen. Sie vermutet, dass inzwischen [[gegen 15'000]] Nordkoreaner \
in Russland gewesen sind. «Zurück kommen nicht alle», sagt sie.

Aus der Zeitung

Sergei Schoigu, Sekretär des russischen Sicherheitsrats, kündigte vergangene Woche in Pjöngjang \
an, Nordkorea schicke [[1'000]] Minenräumer und [[5'000]] Militärbauarbeiter ins Gebiet Kursk. \
Dem Geheimdienst in Seoul zufolge sind bisher [[rund 600]] Nordkoreaner gefallen. Die Ukraine \
meldet für denselben Frontabschnitt jeden Tag Dutzende eigene Verletzte.

Störungen melden Sie unter 081 630 44 90.

Freundliche Grüsse
Der Vorstand
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "mon..pub",
          "a cable layer from Rivne relaying his son, a sapper at the Sumy border ('Am Montag hat "
          "Roman lange mit ihm telefoniert. Drüben auf der russischen Seite, so habe der Sohn "
          "erzählt'; the speaker quoted: other): clearing the fields on the Russian side (from "
          "Monday, 23 June, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed while clearing "
          "mines 'vergangene Woche' (the period of the deaths, not the claim date)"),
        C("gegen 15'000", 15000, "approx", "in_russia", "other", "pub",
          "a hotline agent from Incheon, 'Sie vermutet' (undated): have been in Russia by now "
          "('gegen' as approx)"),
        C("1'000", 1000, "exact", "planned", "russia", "lastweek",
          "'Sergei Schoigu, Sekretär des russischen Sicherheitsrats, kündigte vergangene Woche in "
          "Pjöngjang an' (Konjunktiv): deminers to be sent to the Kursk region (a first "
          "announcement, not an increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "lastweek",
          "same announcement: military builders for the Kursk region"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "pub",
          "'Dem Geheimdienst in Seoul zufolge' (undated): fallen so far"),
    ),
)


S05 = Source(
    article_id="v190_05_kundenbrief_waermepumpen_neureichenau_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Wärmepumpen Kerschbaum, Neureichenau – Kundenbrief",
        "https://www.waermepumpen-kerschbaum.example/kundenbrief/sommer-2025",
        "Kundenbrief Sommer: Förderung, Wartung und ein Anruf von der Grenze bei Sumy",
    ),
    features="a heat-pump installer's customer letter from Neureichenau below the Dreisessel "
        "(Lower Bavaria) in Markdown, UTF-8 with BOM and CRLF, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure, `„“`; heat pumps installed, a subsidy "
        "'bis zu 70 Prozent' and a cap in euros (not claims), 'etwa 28.000 Euro' for an "
        "installation (not a claim), the service fee first; a heating planner from Kremenchuk "
        "relaying her brother, a medic at the Sumy border ('Gestern habe er wieder angerufen, "
        "erzählt Olha.', Konjunktiv carried) `rund zweitausend` building positions (approx with a "
        "number word, near the front) and sentence-initial `Fünfzehn` wounded (number word, "
        "casualties; both other, from yesterday to publication); an engineer from Ulsan who 'geht "
        "davon aus' Pyongyang raises its troops in Russia 'auf' `30.000` (a total, planned, other, "
        "`pub`); the state media in Pyongyang that 'meldeten am Freitag' Kim receiving the "
        "families of `Dutzenden` fallen (north_korea, vague, casualties); 'Nach Angaben aus Moskau "
        "vom Montag' `etwa 1.000` sappers clearing mines in Kursk (russia, near the front); `Rund "
        "14.000` brought to Russia, 'so der Generalstab in Seoul' (the claimant named after the "
        "figure, `pub`); the letter's own `Tausenden` at the front (unattributed, vague, "
        "required); heat pumps, per cent, euros, ages, a phone number",
    text="""\
---
title: "Kundenbrief Sommer"
absender: Wärmepumpen Kerschbaum, Neureichenau
---

# Förderung, Wartung und ein Anruf von der Grenze bei Sumy

Liebe Kundinnen und Kunden,

in diesem Jahr haben wir rund um den Dreisessel schon 46 Wärmepumpen eingebaut, die meisten in \
Häusern aus den Siebzigern. Der Bund fördert den Tausch einer alten Ölheizung mit bis zu 70 \
Prozent, höchstens aber mit 21.000 Euro je Wohnung. Eine Luft-Wasser-Wärmepumpe für ein \
Einfamilienhaus kostet bei uns mit Einbau etwa 28.000 Euro. Die jährliche Wartung bieten wir \
weiterhin für 189 Euro an. Und bitte denken Sie im Winter daran: Der Ventilator im Garten darf \
nie zugeschneit sein.

## Olha im Büro

Olha Krawez, 33, aus Krementschuk hat dort als Heizungsplanerin gearbeitet und rechnet bei uns \
seit dem Herbst die Heizlast der Häuser aus. Ihr jüngerer Bruder versorgt als Sanitäter die \
Verwundeten an der Grenze bei Sumy. Gestern habe er wieder angerufen, erzählt Olha. Auf der \
russischen Seite stünden [[rund zweitausend]] Nordkoreaner, viele davon beim Bau neuer \
Stellungen. [[Fünfzehn]] seien in der Nacht zuvor bei einem Drohnenangriff verwundet worden. „Er \
sagt, in den Unterständen friert man schon im August“, erzählt Olha.

## Ein Ingenieur aus Ulsan

Choi Min-ho, 39, aus Ulsan arbeitet als Ingenieur bei einem Zulieferer im Nachbarlandkreis; im \
Frühjahr haben wir in sein Mietshaus eine Wärmepumpe eingebaut. Er geht davon aus, dass Pjöngjang \
seine Truppen in Russland bis zum Jahresende auf [[30.000]] aufstockt. „Kim bekommt dafür \
Technik, die er sonst nie bekäme“, sagt er.

## Was berichtet wird

Die Staatsmedien in Pjöngjang meldeten am Freitag, Kim Jong Un habe die Familien von \
[[Dutzenden]] gefallenen Soldaten empfangen. Nach Angaben aus Moskau vom Montag helfen [[etwa \
1.000]] nordkoreanische Pioniere bei der Minenräumung im Gebiet Kursk. [[Rund 14.000]] \
Nordkoreaner sind seit dem vergangenen Herbst nach Russland gebracht worden, so der Generalstab \
in Seoul. Von den [[Tausenden]] an der Front wird im kommenden Winter kaum einer im Warmen sitzen.

Beratungstermine unter 08583 9120, Montag bis Freitag von 7.30 bis 16 Uhr.

Es grüßt Sie herzlich
Ihr Team von Wärmepumpen Kerschbaum
""",
    claims=(
        C("rund zweitausend", 2000, "approx", "near_front", "other", "yday..pub",
          "a heating planner from Kremenchuk relaying her brother, a medic at the Sumy border "
          "('Gestern habe er wieder angerufen, erzählt Olha.', Konjunktiv; the speaker quoted: "
          "other): on the Russian side, many building new positions (approx with a number word; "
          "from yesterday, 12 August, to publication)"),
        C("Fünfzehn", 15, "exact", "casualties", "other", "yday..pub",
          "same call, Konjunktiv carried, sentence-initial number word: wounded in a drone attack "
          "'in der Nacht zuvor' (the period, not the claim date)"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "an engineer from Ulsan, 'Er geht davon aus' (undated): Pyongyang raising its troops in "
          "Russia 'auf' this total by the end of the year (a forecast total: planned, not an "
          "increment)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "fri",
          "'Die Staatsmedien in Pjöngjang meldeten am Freitag' (8 August): Kim received the "
          "families of fallen soldiers"),
        C("etwa 1.000", 1000, "approx", "near_front", "russia", "mon",
          "'Nach Angaben aus Moskau vom Montag' (11 August): sappers clearing mines in the Kursk "
          "region"),
        C("Rund 14.000", 14000, "approx", "in_russia", "south_korea", "pub",
          "sentence-initial figure, the claimant named after it ('so der Generalstab in Seoul', "
          "undated): brought to Russia since last autumn (a total over a period)"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing without a source ('Von den Tausenden an der Front'): "
          "unattributed, required"),
    ),
)


S06 = Source(
    article_id="v190_06_aktuelles_schrotthandel_hauzenberg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "Schrott- und Metallhandel Moosbauer, Hauzenberg – Aktuelles",
        "https://www.metall-moosbauer.example/aktuelles/oktober-2025",
        "Aktuelles: Kupfer zieht an, Container im Herbst und Minensucher bei Kursk",
    ),
    features="a scrap-metal dealer's news page from Hauzenberg (Lower Bavaria, granite country) "
        "in HTML, UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a figure), a "
        "cookie note about the container order, a script with metal prices, navigation, entities "
        "(`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`), a footer with a postcode; `<title>` and "
        "headline without a figure; prices a kilo in euros and cents, skips in cubic metres, a "
        "delivery radius and scrapped cars first; a weighbridge clerk from Melitopol relaying her "
        "son-in-law, an armoured infantryman on the Kursk border ('Am Samstag hat er sich "
        "gemeldet, erzählt Natalija.', Konjunktiv carried) `an die hundert` searching for mines "
        "(approx with a number word, near the front) and sentence-initial `Vier` killed on a mine "
        "(number word, casualties; both other, from Saturday to publication); a bookkeeper from "
        "Mokpo by whom 'Weitere' `Zehntausende` could follow (vague, increment, planned, other, "
        "`pub`); the NIS that 'berichtete Ende September' `etwa 10.000` 'weiter' along the border "
        "(the 21st to the 30th; not an increment); 'Nach Einschätzung des ukrainischen "
        "Militärgeheimdiensts' `bis zu 6.000` builders by the end of the year (at_most, planned, "
        "`pub`); 'Aus Nato-Kreisen hieß es am Freitag' 'zusätzlich' `etwa 3.000` in the summer "
        "(increment, in Russia); state media's `mehrere hundert` returnees at the parade of 10 "
        "October (optional); Russia's losses a day, euros, cents, cubic metres, kilometres, cars, "
        "ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Aktuelles &ndash; Schrott- und Metallhandel Moosbauer, Hauzenberg</title>
<script>var preise = {kupfer: 7.20, messing: 4.60, mischschrott: 0.18, containerM3: 7};</script>
</head>
<body>
<div class="cookie-hinweis">Ein Cookie merkt sich Ihre Containerbestellung, bis Sie sie \
abschicken. <a href="#">Alles klar</a></div>
<nav><a href="/">Start</a> &middot; <a href="/ankauf">Ankaufpreise</a> &middot; <a \
href="/container">Container</a> &middot; <a href="/aktuelles">Aktuelles</a></nav>
<main>
<h1>Kupfer zieht wieder an</h1>
<p>Für sauberes Kupfer zahlen wir in dieser Woche 7,20 Euro das Kilo, für Messing 4,60 Euro, für \
Mischschrott 18 Cent. Unsere Absetzcontainer mit 7 Kubikmetern stellen wir im Umkreis von 30 \
Kilometern für 95 Euro auf. Altautos nehmen wir mit Verwertungsnachweis kostenlos an; seit \
Jahresbeginn waren es 212 Stück. Bitte liefern Sie keine Granitplatten mit an, die gehören zum \
Bauschutt.</p>
<h2>Natalija an der Waage</h2>
<p>Natalija Bondarenko, 47, aus Melitopol sitzt seit zwei Jahren an unserer Fahrzeugwaage und \
schreibt die Wiegescheine. Ihr Schwiegersohn ist Panzergrenadier und liegt mit seiner Einheit an \
der Grenze zum Gebiet Kursk. Am Samstag hat er sich gemeldet, erzählt Natalija. Auf der \
russischen Seite suchten [[an die hundert]] Nordkoreaner mit Sonden und Hunden nach Minen. \
[[Vier]] von ihnen seien in der Woche davor auf eine Mine getreten und gestorben. &bdquo;Er sagt, \
sie gehen in einer Reihe über das Feld wie bei der Kartoffelernte&ldquo;, erzählt Natalija.</p>
<h2>Eine Buchhalterin aus Mokpo</h2>
<p>Yang Seo-yeon, 34, aus Mokpo ist mit ihrem Mann nach Hauzenberg gezogen und macht bei uns seit \
dem Frühjahr die Buchhaltung. Sie glaubt nicht, dass es bei den bisherigen Zahlen bleibt. Weitere \
[[Zehntausende]] könnten nach ihrer Meinung folgen, als Soldaten oder in Baubataillonen. \
&bdquo;Bei uns sagt man: Wer einmal zahlt, zahlt immer wieder&ldquo;, sagt sie.</p>
<h2>Was gemeldet wird</h2>
<p>Der südkoreanische Geheimdienst berichtete Ende September, [[etwa 10.000]] Nordkoreaner seien \
weiter entlang der russisch-ukrainischen Grenze stationiert. Nach Einschätzung des ukrainischen \
Militärgeheimdiensts sollen bis zum Jahresende [[bis zu 6.000]] nordkoreanische Bausoldaten nach \
Russland kommen. Aus Nato-Kreisen hieß es am Freitag, Pjöngjang habe im Sommer zusätzlich [[etwa \
3.000]] Mann geschickt. Bei der Parade am 10. Oktober in Pjöngjang marschierten nach Darstellung \
der Staatsmedien [[mehrere hundert]] Heimkehrer aus Kursk mit. Der ukrainische Generalstab zählt \
jeden Tag rund 900 russische Verluste.</p>
<p>Containerbestellungen bis Donnerstagmittag für die Folgewoche, telefonisch unter 08586 2471.</p>
</main>
<footer>Schrott- und Metallhandel Moosbauer &middot; Industriestraße 9 &middot; 94051 Hauzenberg \
&middot; info@metall-moosbauer.example</footer>
</body>
</html>
""",
    claims=(
        C("an die hundert", 100, "approx", "near_front", "other", "sat..pub",
          "a weighbridge clerk from Melitopol relaying her son-in-law, an armoured infantryman on "
          "the Kursk border ('Am Samstag hat er sich gemeldet, erzählt Natalija.', Konjunktiv; the "
          "speaker quoted: other): searching for mines on the Russian side ('an die' with a number "
          "word as approx; from Saturday, 18 October, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, sentence-initial number word: stepped on a mine and "
          "died 'in der Woche davor' (the period, not the claim date)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a bookkeeper from Mokpo, 'nach ihrer Meinung' (undated): 'Weitere' could follow as "
          "soldiers or in construction battalions (increment, planned; span without the word)",
          add=True),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-09-21..2025-09-30",
          "'Der südkoreanische Geheimdienst berichtete Ende September' (the 21st to the month's "
          "end, Konjunktiv): 'weiter' stationed along the Russian-Ukrainian border (still, not an "
          "increment)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdiensts' (undated): military builders "
          "to come to Russia by the end of the year"),
        C("etwa 3.000", 3000, "approx", "in_russia", "nato", "fri",
          "'Aus Nato-Kreisen hieß es am Freitag' (17 October, Konjunktiv): 'zusätzlich' sent in "
          "the summer (increment; the summer is the period)", add=True),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "'nach Darstellung der Staatsmedien' at the parade 'am 10. Oktober': returnees from "
          "Kursk marching (returnees, as in earlier sets: optional)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Tuckerton and Stone Harbor in New Jersey, Greenport, Castine)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v190_07_client_letter_tax_preparer_tuckerton",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-07"),
    dated_by="dateline",
    features="a tax preparer's client letter from Tuckerton (New Jersey) as plain text, UTF-8, "
        "a letterhead, dated by the letter line 'Tuckerton, N.J., March 7, 2025' (Friday), "
        "straight quotes; returns filed, the standard deduction and a rebate 'up to $1,500' (not a "
        "claim), minutes and dollars first; a bookkeeper from Mykolaiv relaying her cousin, a "
        "field-cable layer in the Kursk region ('On Wednesday he sent her a voice note, she said, "
        "and in it he told her that … and that') `roughly 150` moved into a village (approx, near "
        "the front) and `eleven` killed (number word, casualties; both other, from Wednesday to "
        "publication); a retired dentist from Cheongju who 'reckons' `close to 14,000` sent "
        "(approx, in Russia, other, `pub`); Ukraine's military intelligence that 'said late last "
        "month' `1,500` 'more' sent (increment, in Russia, 21-28 February); a Pentagon spokesman "
        "'Asked on Tuesday at a Pentagon briefing' `about 11,000` 'still' around Kursk (near the "
        "front, not an increment); the Joint Chiefs in Seoul that 'estimated on Monday' `around "
        "4,000` casualties; Zelensky who 'said this month' Kim could send `as many as 30,000` 'in "
        "all' (at_most, planned, the 1st to publication; not an increment); Russia's losses a day, "
        "returns, dollars, minutes, ages, years, a phone number",
    text="""\
BAYMEN'S ROW TAX & BOOKKEEPING
Client Letter, Spring Filing Season

Tuckerton, N.J., March 7, 2025

Dear clients,

We are five weeks from the April 15 deadline and have already filed 412 returns, about a third \
more than at this point last year. If you are still waiting on a corrected 1099, tell us; an \
extension takes us ten minutes to file. The standard deduction for a single filer is $14,600 on \
2024 returns, and the ANCHOR rebate for homeowners runs up to $1,500. If you are new to us, \
please bring last year's return.

Yuliia at the front desk

Yuliia Marchuk, 44, kept the books for a grain exporter in Mykolaiv before she came to the shore \
two years ago, and this season she sorts your W-2s and answers our phone. Her cousin lays field \
cable for a signals company in the Kursk region. On Wednesday he sent her a voice note, she said, \
and in it he told her that [[roughly 150]] North Koreans had moved into a village across the \
field from his unit and that [[eleven]] of them had been killed by cluster munitions the night \
before. "He says they never wait for orders to pull back, they just keep coming," she said.

A client from Cheongju

Song Jae-hyun, 67, a retired dentist from Cheongju who winters on Great Bay Boulevard, has had us \
do his taxes since 2019. He reckons [[close to 14,000]] soldiers have been sent to Russia so far, \
"and most of their parents have no idea where they are."

What the officials said

Ukraine's military intelligence said late last month that Pyongyang had sent [[1,500]] more \
troops to Russia in January and February. Asked on Tuesday at a Pentagon briefing, a spokesman \
said [[about 11,000]] were still in the fight around Kursk. The Joint Chiefs of Staff in Seoul \
estimated on Monday that the North had suffered [[around 4,000]] casualties. President Zelensky \
said this month that Kim could send [[as many as 30,000]] in all. Russia, for its part, loses \
well over 1,000 men a day, by Britain's estimate.

Office hours through April 15: Monday to Saturday, 9 to 6. Call (609) 296-4418 or stop by.

Warm regards,
Denise Cranmer, EA
""",
    claims=(
        C("roughly 150", 150, "approx", "near_front", "other", "wed..pub",
          "a bookkeeper from Mykolaiv relaying her cousin, a field-cable layer in the Kursk region "
          "('On Wednesday he sent her a voice note, she said, and in it he told her that'; the "
          "speaker quoted: other): moved into a village across the field from his unit (from "
          "Wednesday, 5 March, to publication)"),
        C("eleven", 11, "exact", "casualties", "other", "wed..pub",
          "same voice note, 'and that', number word: killed by cluster munitions 'the night "
          "before' (the period, not the claim date)"),
        C("close to 14,000", 14000, "approx", "in_russia", "other", "pub",
          "a retired dentist from Cheongju, 'He reckons' (undated): sent to Russia so far ('close "
          "to' as approx)"),
        C("1,500", 1500, "exact", "in_russia", "ukraine", "2025-02-21..2025-02-28",
          "'Ukraine's military intelligence said late last month' (the 21st to the end of "
          "February): 'more' troops sent in January and February (increment)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "tue",
          "'Asked on Tuesday at a Pentagon briefing, a spokesman said' (4 March): 'still' in the "
          "fight around Kursk (not an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "'The Joint Chiefs of Staff in Seoul estimated on Monday' (3 March): casualties"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-03-01..pub",
          "'President Zelensky said this month' (the 1st to publication): Kim could send 'in all' "
          "(a ceiling on a total: planned, not an increment)"),
    ),
)


S08 = Source(
    article_id="v190_08_friday_roundup_email_greenport",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-13"),
    dated_by="sidecar",
    sidecar=(
        "The Front Street Weekly, Greenport",
        "https://www.frontstreetweekly.example/2024/12/13",
        "Friday roundup: meters at the station, the rink and a brother on the Sumy border",
    ),
    features="a one-woman email newsletter's Friday roundup from Greenport (North Fork, New "
        "York) as plain text, windows-1252 (sidecar, Friday), `’`, `—` and straight quotes, "
        "upper-case section heads; the village board's vote, metered spaces, dollars an hour, "
        "skate rental and bushels of oysters first; a grill cook from Kharkiv relaying his "
        "brother, an artillery spotter in the Sumy region ('His brother … got through on Sunday. "
        "He told Dmytro that … and that') `several hundred` thrown at a position across the border "
        "(vague, near the front) and `about thirty` dead in one morning (approx with a number "
        "word, casualties; both other, from Sunday to publication); a violin teacher from Seoul "
        "who 'figures' `12,000 or so` sent (approx, in Russia, other, `pub`); a section head 'SPY "
        "AGENCY COUNTS 100 DEAD' whose `100` takes the claimant and day of the passage below it "
        "(south_korea, from Wednesday to publication, exact); South Korea's spy agency that 'told "
        "lawmakers on Wednesday' `about 100` dead and `close to 1,000` hurt; a State Department "
        "spokesman who 'told reporters on Tuesday' `more than 10,000` moved into Kursk (near the "
        "front); Russia's ambassador without a figure; the newsletter's own `thousands` digging in "
        "near a Russian town (unattributed, vague, required); votes, spaces, dollars, bushels, "
        "dates, ages, years, a phone number",
    text="""\
THE FRONT STREET WEEKLY
Your Friday roundup from Greenport, by email

Good morning, neighbors. Here’s what happened this week.

VILLAGE BOARD
Trustees voted 4-1 on Monday to add 22 metered spaces near the train station, at $2 an hour from \
May through October. The rink in the park opens Saturday if the ice holds; skates rent for $5.

HARBOR
The oyster boats landed 60 bushels on Wednesday, and the fuel dock closes for the season on Dec. 20.

FROM A FRONT STREET KITCHEN
Dmytro Levchenko, 31, came from Kharkiv in 2022 and now runs the grill at a diner on Front \
Street. His brother, an artillery spotter in the Sumy region, got through on Sunday. He told \
Dmytro that [[several hundred]] North Koreans had been thrown at a Ukrainian position across the \
border, over open fields, and that [[about thirty]] of them had died in a single morning. "They \
walk straight into the drones," his brother said, according to Dmytro.

A NEIGHBOR FROM SEOUL
Lim Hae-won, 52, teaches violin at the school and moved here from Seoul in 2010. She figures \
[[12,000 or so]] have been sent. "It’s a rental army," she said.

SPY AGENCY COUNTS [[100]] DEAD
South Korea’s spy agency told lawmakers on Wednesday that [[about 100]] of the North’s soldiers \
were dead and [[close to 1,000]] hurt after their first weeks of fighting. A State Department \
spokesman told reporters on Tuesday that [[more than 10,000]] had been moved into the Kursk \
region. Russia’s ambassador in Washington declined to give any figure. It is hard to picture \
[[thousands]] of young conscripts from the other side of the world digging in near a Russian town \
most of us had never heard of.

THAT’S IT
Corrections and tips: 631-477-0193. Have a good weekend — Marge
""",
    claims=(
        C("several hundred", None, "vague", "near_front", "other", "sun..pub",
          "a grill cook from Kharkiv relaying his brother, an artillery spotter in the Sumy region "
          "('His brother … got through on Sunday. He told Dmytro that'; the speaker quoted: "
          "other): thrown at a Ukrainian position across the border (from Sunday, 8 December, to "
          "publication)"),
        C("about thirty", 30, "approx", "casualties", "other", "sun..pub",
          "same call, 'and that': died in a single morning ('about' with a number word)"),
        C("12,000 or so", 12000, "approx", "in_russia", "other", "pub",
          "a violin teacher from Seoul, 'She figures' (undated): sent ('or so' after the figure as "
          "approx, inside the span)"),
        C("100", 100, "exact", "casualties", "south_korea", "wed..pub",
          "the section head 'SPY AGENCY COUNTS 100 DEAD': takes the claimant of the passage below "
          "it (South Korea's spy agency on Wednesday, 11 December) and the window from that day to "
          "publication; no hedge in the head"),
        C("about 100", 100, "approx", "casualties", "south_korea", "wed",
          "'South Korea's spy agency told lawmakers on Wednesday' (11 December): dead"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'and': hurt, i.e. wounded ('close to' as approx)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "'A State Department spokesman told reporters on Tuesday' (10 December): moved into the "
          "Kursk region"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own framing without a source ('It is hard to picture thousands of "
          "young conscripts … digging in near a Russian town'): unattributed, required"),
    ),
)


S09 = Source(
    article_id="v190_09_badge_notes_beach_badge_office_stone_harbor_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-10"),
    dated_by="front_matter",
    features="the beach-badge office's notes from Stone Harbor (Seven Mile Island, New Jersey) "
        "in Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday) and a title without "
        "a figure, straight quotes; a portrait of a badge-selling family from Chernihiv whose son "
        "and brother is a machine gunner on the Kursk front; badge prices in dollars, badges sold "
        "('about 14,000', not a claim), checkers, hours and numbered streets first; the son "
        "relayed by his mother ('Andrii called on Sunday, his mother said, and told her that … and "
        "that') `dozens` dug into a tree line (vague, near the front) and `two` taken prisoner "
        "(number word, casualties; both other, from Sunday to publication); the daughter who "
        "'believes' `about 15,000` have gone to Russia (approx, in Russia, other, `pub`); KCNA "
        "that 'said on Monday' Kim bowed before the coffins of `101` soldiers (north_korea, "
        "casualties); Shoigu who said 'In June' `6,000` builders and deminers would go to Kursk "
        "(russia, planned, the whole month); 'An NIS briefing on Thursday put the dead at' `around "
        "600` (the publication day); a State Department official who 'said last week' `roughly "
        "11,000` 'remained' in Kursk (near the front, not an increment); dollars, an hourly wage, "
        "badges, checkers, streets, ages, years, a phone number",
    text="""\
---
title: "Badge Notes: the Tkachuk family"
date: 2025-07-10
office: Stone Harbor Beach Badge Office
---

# Badge Notes

Seasonal badges are $35 until Labor Day, weekly badges $20 and daily badges $10; children under \
12 need none. So far we've sold about 14,000 seasonal badges, and our 40 checkers are on the \
beach from 9 to 5. Checkers start at $15.50 an hour, and we still need six more for August, so \
send your teenagers our way.

## A family on the beach, and one son in Kursk

If you have bought a badge at the 96th Street window, you have probably met Svitlana Tkachuk, 49. \
Her daughter Daryna, 17, checks badges at 104th Street, and her husband Petro, 52, drives the \
beach rake at dawn. The family came from Chernihiv in 2023. Their son and brother, Andrii, 24, \
stayed behind; he is a machine gunner with a brigade on the Kursk front.

Andrii called on Sunday, his mother said, and told her that [[dozens]] of North Koreans were dug \
into a tree line opposite his position and that his platoon had taken [[two]] of them prisoner. \
"He sounded tired, but he laughed," Svitlana said.

Daryna follows the war on her phone between shifts. She believes [[about 15,000]] North Koreans \
have gone to Russia by now. "My brother says they're brave, just very young," she said.

## What officials say

North Korea's KCNA said on Monday that Kim Jong Un had bowed before the coffins of [[101]] \
soldiers killed in Russia. In June, Russia's Sergei Shoigu said [[6,000]] North Korean builders \
and deminers would go to Kursk. An NIS briefing on Thursday put the dead at [[around 600]]. A \
State Department official said last week that [[roughly 11,000]] remained in the Kursk region, a \
figure Svitlana hears with a shrug: "Andrii sees them every day."

Lost a badge? Call (609) 368-5102.
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "sun..pub",
          "a badge seller from Chernihiv relaying her son, a machine gunner on the Kursk front "
          "('Andrii called on Sunday, his mother said, and told her that'; the speaker quoted: "
          "other): dug into a tree line opposite his position (from Sunday, 6 July, to "
          "publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that', number word: taken prisoner by his platoon"),
        C("about 15,000", 15000, "approx", "in_russia", "other", "pub",
          "the daughter, 'She believes' (undated): have gone to Russia by now"),
        C("101", 101, "exact", "casualties", "north_korea", "mon",
          "'North Korea's KCNA said on Monday' (7 July): the coffins of soldiers killed in Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'In June, Russia's Sergei Shoigu said' (the month): builders and deminers would go to "
          "Kursk (a first announcement, not an increment)"),
        C("around 600", 600, "approx", "casualties", "south_korea", "thu",
          "'An NIS briefing on Thursday put the dead at' (10 July, the publication day)"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "lastweek",
          "'A State Department official said last week': 'remained' in the Kursk region (not an "
          "increment)"),
    ),
)


S10 = Source(
    article_id="v190_10_carousel_notes_greenport_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-22"),
    dated_by="html_meta",
    features="a carousel's notes from Greenport (North Fork, New York) in HTML, UTF-8 with BOM, "
        "`<meta name=\"date\">` (Thursday) and an `og:title` without a figure, a cookie bar about "
        "the ticket bundle, a script with horses and the ticket price, navigation, entities "
        "(`&ndash;`, `&ldquo;`, `&rdquo;`, `&middot;`), a footer with a phone number; `<title>` "
        "and headline without a figure; the opening day, hours, ride prices, restored horses, the "
        "year 1920 and a party size ('up to 20 children', not a claim) first; an operator from "
        "Sumy relaying his nephew, a drone operator on the border ('The nephew texted on Friday, "
        "Oleksandr said, and again on Saturday:') `close to a hundred` brought up to a village "
        "(approx with a number word, near the front) and `a dozen` killed (12, exact, casualties; "
        "both other, from Friday to publication); a ticket seller from Gumi who 'expects' "
        "`thousands` 'more' by winter (vague, increment, planned, other, `pub`); Moscow's "
        "ambassador in Pyongyang who 'told Russian state television on Monday' `several thousand` "
        "stood 'shoulder to shoulder' with the Russian army (russia, vague, near the front); "
        "'According to South Korea's intelligence service, which gave parliament the figure on "
        "April 30,' `about 600` killed (south_korea, an explicit date in a relative clause); `More "
        "than 14,000` sent, the claimant in the next sentence ('That was the State Department's "
        "estimate on Wednesday'); 'By NATO's estimate' `roughly 11,000` 'still' in Russia (`pub`, "
        "not an increment); state media's `hundreds` returnees decorated 'This month' (optional); "
        "horses, dollars, children, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-05-22">
<meta property="og:title" content="Carousel Notes: the horses are back">
<title>Carousel Notes &ndash; Harbor Park Carousel, Greenport</title>
<script>window.rides = {horses: 36, ticket: 2, brassRing: true};</script>
</head>
<body>
<div class="cookie-bar">We keep one cookie so your ticket bundle survives a reload. <a \
href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/hours">Hours</a> &middot; <a \
href="/parties">Birthday parties</a> &middot; <a href="/notes">Notes</a></nav>
<main>
<h1>The horses are back</h1>
<p>Our carousel opens for the season on Saturday, May 24, and runs daily from 11 a.m. to 9 p.m. \
through Labor Day. Rides are still $2, or $15 for ten. Over the winter our volunteers restored \
four of the 36 hand-carved horses, the oldest of them from 1920, and rebuilt the arm that feeds \
the brass rings. Birthday parties of up to 20 children can book the pavilion for $150.</p>
<h2>Oleksandr at the lever</h2>
<p>Oleksandr Hnatenko, 63, ran a bakery in Sumy until 2022 and has worked the carousel lever for \
three summers. His nephew flies drones for a unit on the border north of his hometown. The nephew \
texted on Friday, Oleksandr said, and again on Saturday: [[close to a hundred]] North Koreans had \
been brought up to a village opposite his unit, and [[a dozen]] of them had been killed by drones \
in the first two days. &ldquo;He writes that they come in threes and never turn back,&rdquo; \
Oleksandr said.</p>
<h2>A student from Gumi</h2>
<p>Jang Min-seo, 25, a graduate student from Gumi, sells tickets on weekends. She expects \
Pyongyang to keep sending men, [[thousands]] more by winter. &ldquo;For Kim, every soldier is a \
payment,&rdquo; she said.</p>
<h2>From the news</h2>
<p>Moscow's ambassador in Pyongyang told Russian state television on Monday that [[several \
thousand]] North Koreans had stood &ldquo;shoulder to shoulder&rdquo; with the Russian army \
around Kursk. According to South Korea's intelligence service, which gave parliament the figure \
on April 30, [[about 600]] had died. [[More than 14,000]] men from the North have left for Russia \
since last October. That was the State Department's estimate on Wednesday. By NATO's estimate, \
[[roughly 11,000]] are still in Russia. This month Kim Jong Un pinned medals on [[hundreds]] of \
fighters back from Kursk, state media showed.</p>
</main>
<footer>Harbor Park Carousel &middot; Greenport, NY &middot; (631) 477-2260</footer>
</body>
</html>
""",
    claims=(
        C("close to a hundred", 100, "approx", "near_front", "other", "fri..pub",
          "an operator from Sumy relaying his nephew, a drone operator on the border ('The nephew "
          "texted on Friday, Oleksandr said, and again on Saturday:'; the speaker quoted: other): "
          "brought up to a village opposite his unit ('close to' with a number word; from Friday, "
          "16 May, to publication)"),
        C("a dozen", 12, "exact", "casualties", "other", "fri..pub",
          "same messages, 'and': killed by drones 'in the first two days' (the period; 'a dozen' "
          "as 12, exact)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a ticket seller from Gumi, 'She expects' (undated): 'more' to be sent by winter "
          "(increment, planned)", add=True),
        C("several thousand", None, "vague", "near_front", "russia", "mon",
          "'Moscow's ambassador in Pyongyang told Russian state television on Monday' (19 May): "
          "stood 'shoulder to shoulder' with the Russian army around Kursk (fought: near the "
          "front)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'According to South Korea's intelligence service, which gave parliament the figure on "
          "April 30,' (an explicit date in a relative clause): killed"),
        C("More than 14,000", 14000, "at_least", "in_russia", "united_states", "wed",
          "sentence-initial figure, the claimant in the next sentence ('That was the State "
          "Department's estimate on Wednesday', 21 May): left for Russia since last October (a "
          "total over a period)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "nato", "pub",
          "'By NATO's estimate' (undated): 'still' in Russia (not an increment)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-05-01..pub",
          "'This month Kim Jong Un pinned medals on … state media showed' (the 1st to "
          "publication): fighters back from Kursk (returnees, as in earlier sets: optional)",
          opt=True),
    ),
)


S11 = Source(
    article_id="v190_11_sale_notes_estate_sales_castine_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-09-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Perkins Street Estate Sales, Castine – Sale Notes",
        "https://www.perkinsstreetestatesales.example/notes/2025-09",
        "Sale Notes: a sea captain's house, ledgers from 1814 and a fiancé on the Kursk border",
    ),
    features="an estate-sale company's notes from Castine (Maine) in Markdown, ISO-8859-1 with "
        "CRLF and straight quotes only, front matter with `date:` as well as the sidecar "
        "(Thursday) and titles without a claim figure; items sold, a highboy's dollars, the "
        "ledgers of 1814, 'About 600 people' through the door (not a claim), sales and a "
        "commission in per cent first; a pricer from Lviv relaying her fiancé, a drone pilot on "
        "the Kursk border ('He wrote to her on Tuesday night. By his count,') `hundreds` digging "
        "trenches and laying mines (vague, near the front) and `three` blown up by their own mines "
        "'over the weekend' (number word, casualties; both other, from Tuesday to publication); a "
        "buyer from Daejeon who 'puts the number sent to Russia at' `15,000 to 20,000` (range, in "
        "Russia, other, `pub`); South Korea's spy agency that 'Last week … briefed lawmakers' "
        "`around 2,000` dead; 'By Ukrainian count' `about 11,000` 'remain' in Kursk (near the "
        "front, `pub`, not an increment); North Korea's news agency that 'said on Sunday' the "
        "mines were cleared 'at the cost of' `nine` lives (north_korea, number word, casualties); "
        "the company's own `thousands` of conscripts in Kursk (unattributed, vague, required); "
        "items, dollars, people, per cent, ages, years, a phone number",
    text="""\
---
title: "Sale Notes, September"
date: 2025-09-18
company: Perkins Street Estate Sales
---

# Sale Notes

Our last sale of the summer filled a sea captain's house on Main Street from cellar to attic: \
1,140 items, a Federal highboy that went for $6,800 and a box of ledgers from 1814 that the \
family gave to the historical society. About 600 people came through the door over two days. We \
have three more sales on the fall calendar before the roads freeze, and our commission stays at \
30 percent of what we sell.

## Kateryna at the cash table

Kateryna Voloshyn, 29, studied art history in Lviv and has priced our china and silver since \
June. Her fiancé is a drone pilot on the Kursk border. He wrote to her on Tuesday night. By his \
count, [[hundreds]] of North Koreans were digging trenches and laying new minefields on the \
Russian side, and [[three]] of them had been blown up by their own mines over the weekend. "He \
says they dig like machines," Kateryna said.

## A buyer from Daejeon

Oh Eun-ha, 61, a retired teacher from Daejeon who spends her summers on the peninsula, bought a \
set of blue willow plates from us on Saturday. She puts the number sent to Russia at [[15,000 to \
20,000]]. "We never hear their names," she said.

## Beyond the yard-sale signs

Last week South Korea's spy agency briefed lawmakers in Seoul: the dead now number [[around \
2,000]]. By Ukrainian count, [[about 11,000]] remain in the Kursk region. North Korea's official \
news agency said on Sunday that its engineers had cleared the Kursk minefields "at the cost of \
[[nine]] lives." We don't usually write about the war here, but Kateryna's letters from the \
border and the [[thousands]] of North Korean conscripts in Kursk are on the minds of many who \
come to our sales.

Consignments and appraisals: (207) 326-9181.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "tue..pub",
          "a pricer from Lviv relaying her fiancé, a drone pilot on the Kursk border ('He wrote to "
          "her on Tuesday night. By his count,'; the speaker quoted: other): digging trenches and "
          "laying mines on the Russian side (from Tuesday, 16 September, to publication)"),
        C("three", 3, "exact", "casualties", "other", "tue..pub",
          "same letter, 'and', number word: blown up by their own mines 'over the weekend' (the "
          "period, not the claim date)"),
        C("15,000 to 20,000", None, "range", "in_russia", "other", "pub",
          "a buyer from Daejeon, 'She puts the number sent to Russia at' (undated)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "'Last week South Korea's spy agency briefed lawmakers in Seoul: the dead now number'"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "'By Ukrainian count' (undated): 'remain' in the Kursk region (not an increment)"),
        C("nine", 9, "exact", "casualties", "north_korea", "sun",
          "'North Korea's official news agency said on Sunday' (14 September): mines cleared 'at "
          "the cost of nine lives' (number word inside a quotation)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the company's own framing without a source ('the thousands of North Korean conscripts "
          "in Kursk'): unattributed, required"),
    ),
)


S12 = Source(
    article_id="v190_12_tenant_news_self_storage_tuckerton_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Bayside Self Storage, Tuckerton – Tenant News",
        "https://www.baysideselfstorage.example/news/2025-11",
        "Tenant News: boat season, gate hours and word from the Sumy border",
    ),
    features="a self-storage facility's tenant news page from Tuckerton (New Jersey) in HTML, "
        "windows-1252 with raw `“”`, `’` and `·`, no meta date (sidecar, Thursday; the sidecar "
        "title without a figure), a cookie note about online payment, a script with units and gate "
        "hours, navigation, a footer with a postcode; `<title>` and headline without a figure; "
        "outdoor spaces, climate-controlled units, unit sizes and monthly rents in dollars, gate "
        "hours, a fine and a unit number first; an office manager from Poltava relaying his "
        "son-in-law, a tank crewman near Sumy ('He got through on Monday, Vitalii said, and told "
        "him that … and that') `between 200 and 300` digging in (range, near the front) and `five` "
        "captured (number word, casualties; both other, from Monday to publication); a nursing "
        "student from Gimhae who 'estimated' `upwards of 15,000` have served in Russia (at_least, "
        "other, `pub`); Seoul's spy agency that 'said on Tuesday' `around 5,000` 'more' builders "
        "being moved (increment, in Russia); `Roughly 10,000` 'remain' along the border, 'a "
        "Pentagon official said Monday' (the claimant after the figure; near the front, not an "
        "increment); Russia's defence ministry that 'said on Friday' `hundreds` of sappers 'still' "
        "clearing mines in Kursk (russia, vague, near the front); a NATO spokeswoman who 'in a "
        "briefing last week, estimated' `at least 12,000` in Russia; state television's `dozens` "
        "returnees on Sunday (optional); Russia's losses 'more than a million' (not a claim), "
        "spaces, units, dollars, hours, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Tenant News – Bayside Self Storage, Tuckerton</title>
<script>var units = {total: 420, climate: 60, gateOpens: "06:00", gateCloses: "21:00"};</script>
</head>
<body>
<div class="cookies">We store one cookie while you pay your rent online. <a href="#">Got \
it</a></div>
<nav><a href="/">Home</a> · <a href="/sizes">Unit sizes</a> · <a href="/pay">Pay online</a> · <a \
href="/news">Tenant news</a></nav>
<main>
<h1>Getting ready for winter</h1>
<p>Boat and trailer season is here: our 48 outdoor spaces are nearly full, and the waitlist for \
the 60 climate-controlled units runs into December. A 10-by-10 unit costs $95 a month, a 10-by-20 \
$165. The gate opens at 6 a.m. and closes at 9 p.m., and the office is closed on Thanksgiving. \
Please don’t keep gasoline cans or propane tanks in your unit; our insurer fined us $500 last \
year over one.</p>
<h2>Vitalii at the office</h2>
<p>Vitalii Hordiienko, 52, ran a hardware store in Poltava and now runs our office and keeps the \
golf cart going. His son-in-law is a tank crewman near Sumy. He got through on Monday, Vitalii \
said, and told him that [[between 200 and 300]] North Koreans had dug in just over the border on \
the Russian side and that [[five]] had been captured by a neighboring battalion. “He says nobody \
over there knows what to do with them,” Vitalii said.</p>
<h2>A nursing student from Gimhae</h2>
<p>Seo Ha-neul, 22, studies nursing in Pomona and keeps her late grandmother’s furniture in unit \
114. She estimated that [[upwards of 15,000]] North Koreans have served in Russia. “They will \
come home as heroes or not at all,” she said.</p>
<h2>The wider news</h2>
<p>Seoul’s spy agency said on Tuesday that [[around 5,000]] more military builders were being \
moved to Russia. [[Roughly 10,000]] remain posted along the border, a Pentagon official said \
Monday. Russia’s defense ministry said on Friday that [[hundreds]] of Pyongyang’s sappers were \
still clearing mines in the Kursk region. A NATO spokeswoman, in a briefing last week, estimated \
that [[at least 12,000]] were in Russia. State television showed Kim Jong Un welcoming [[dozens]] \
of returning soldiers at Pyongyang’s airport on Sunday. Kyiv says Russia has lost more than a \
million men since 2022.</p>
<p>Questions about your unit? Call (609) 294-7720.</p>
</main>
<footer>Bayside Self Storage · Route 9 · Tuckerton, NJ 08087</footer>
</body>
</html>
""",
    claims=(
        C("between 200 and 300", None, "range", "near_front", "other", "mon..pub",
          "an office manager from Poltava relaying his son-in-law, a tank crewman near Sumy ('He "
          "got through on Monday, Vitalii said, and told him that'; the speaker quoted: other): "
          "dug in just over the border on the Russian side ('between … and' inside the span; from "
          "Monday, 3 November, to publication)"),
        C("five", 5, "exact", "casualties", "other", "mon..pub",
          "same call, 'and that', number word: captured by a neighbouring battalion"),
        C("upwards of 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a nursing student from Gimhae, 'She estimated' (undated): have served in Russia "
          "('upwards of' as at_least)"),
        C("around 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'Seoul's spy agency said on Tuesday' (4 November): 'more' military builders being "
          "moved to Russia (increment)", add=True),
        C("Roughly 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "sentence-initial figure, the claimant after it ('a Pentagon official said Monday', 3 "
          "November): 'remain' posted along the border (not an increment)"),
        C("hundreds", None, "vague", "near_front", "russia", "fri",
          "'Russia's defense ministry said on Friday' (31 October): sappers 'still' clearing mines "
          "in the Kursk region (not an increment)"),
        C("at least 12,000", 12000, "at_least", "in_russia", "nato", "lastweek",
          "'A NATO spokeswoman, in a briefing last week, estimated': in Russia"),
        C("dozens", None, "vague", "in_russia", "north_korea", "sun",
          "'State television showed … on Sunday' (2 November): returning soldiers welcomed by "
          "Kim (returnees, as in earlier sets: optional)", opt=True),
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
