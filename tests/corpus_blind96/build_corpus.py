"""Build the NINETY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The ninety-eighth corpus for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Moravian
congregation's newsletter in Herrnhut, an inland-shipping trade letter from Duisburg-Ruhrort on
the Danube ports, a village page from Obertilliach in East Tyrol (Austrian conventions) with
Ukrainian junior biathletes, a Gelterkinden hunting society's bulletin (Swiss conventions) on
ammunition prices, a Pellworm island page and a Zittau daily's web page from the tri-border
area; a Newlyn (Cornwall) harbour weekly, a Tamale (Ghana) evening paper on a medical student in
Kursk, a Nome (Alaska) paper looking across the Bering Strait, a Tasmanian West Coast page on
Korean backpackers, a Kandy (Sri Lanka) weekly on families of Sri Lankans recruited by Russia and
a Bermuda parish newsletter. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind96_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p96_01_herrnhuter_gemeinbrief_fuerbitte_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-06"),
    dated_by="front_matter",
    features="Moravian congregation newsletter from Herrnhut in Markdown, UTF-8, front matter "
        "with `date:` (Wednesday) and a title without a figure; Zelensky 'am Montagabend' in his "
        "video address; the Pentagon spokeswoman 'am selben Tag' (Monday) with a Kursk figure, "
        "a total range ('fügte sie hinzu') and `mehrere tausend` in combat; the NIS 'in der "
        "vergangenen Woche' via lawmakers, 'Demnach' carrying two figures (`mehr als`, `bis zu`, "
        "planned by December); HUR 'Nach Einschätzung' with an arrival 'Ende Oktober' (the event, "
        "not the claim date: `pub`); an elder's quoted `Zehntausend` (restatement, optional); "
        "the North's army, collection euros, members, baptisms, the Losungen's languages and "
        "price, a phone number",
    text="""\
---
title: "Fürbitte in schwerer Zeit"
date: 2024-11-06
reihe: Gemeinbrief der Evangelischen Brüdergemeine Herrnhut
ausgabe: November 2024
---

# Fürbitte in schwerer Zeit

*Der Ältestenrat bittet, in den Gebetsstunden dieses Monats auch der jungen Soldaten aus \
Nordkorea zu gedenken. Br. Matthias Kießling erklärt, warum.*

Als wir am Montagabend zur Singstunde im Kirchensaal beisammensaßen, wussten die meisten von uns \
noch nichts davon. Kurz darauf sprach Präsident Wolodymyr Selenskyj in seiner abendlichen \
Videobotschaft von [[11.000]] nordkoreanischen Soldaten, die nun im russischen Gebiet Kursk \
stünden. Zu ersten Gefechten mit ukrainischen Einheiten sei es bereits gekommen.

Aus Washington kamen am selben Tag ganz ähnliche Zahlen. Sabrina Singh, Sprecherin des \
amerikanischen Verteidigungsministeriums, bezifferte die Nordkoreaner in der Grenzregion auf \
[[rund 10.000]]; [[mehrere tausend]] davon hätten bereits an Kämpfen teilgenommen. Alles in allem \
stünden [[zwischen 11.000 und 12.000]] Nordkoreaner auf russischem Boden, fügte sie hinzu.

In Seoul wusste man das schon in der vergangenen Woche. Abgeordnete gaben nach einer Sitzung des \
Geheimdienstausschusses weiter, was ihnen der Nachrichtendienst NIS vorgetragen hatte. Demnach \
sind [[mehr als 10.000]] Nordkoreaner per Schiff und Flugzeug ins Land gekommen, bis Dezember \
könnten es [[bis zu 12.000]] sein. Nach Einschätzung des ukrainischen Militärgeheimdienstes waren \
die ersten [[etwa 3.000]] schon Ende Oktober an der Grenze angelangt.

Moskau schweigt zu alledem. Kremlsprecher Dmitri Peskow nennt die Zusammenarbeit eine \
Angelegenheit zweier souveräner Staaten. Die Streitkräfte Nordkoreas umfassen nach westlichen \
Schätzungen rund 1,2 Millionen Soldaten.

Im Ältestenrat haben wir am Dienstag lange darüber gesprochen, ob diese Männer in unsere Fürbitte \
gehören. Sr. Ruth Hennig, die viele Jahre für die Mission in Ostasien gearbeitet hat, gab uns die \
Antwort: „[[Zehntausend]] junge Menschen, die niemand gefragt hat, ob sie töten wollen – für wen \
sollten wir beten, wenn nicht für sie?“

## Aus der Gemeine

- Die Kollekte am Reformationstag erbrachte 1.386 Euro für die Partnergemeinde in Odessa.
- Unsere Gemeine zählt derzeit 412 Mitglieder; im Oktober wurden zwei Kinder getauft.
- Die Losungen für 2025 liegen im Gemeinbüro aus. Sie erscheinen inzwischen in mehr als 60 \
Sprachen, die deutsche Ausgabe kostet 6,50 Euro.
- Friedensgebet: jeden Mittwoch um 19 Uhr im Kirchensaal.

Gemeinbüro am Zinzendorfplatz, Telefon 035873 487 20.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky's video address 'am Montagabend' (Wednesday paper), Konjunktiv: in Kursk"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokeswoman 'am selben Tag' (Monday): in the border region"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "same statement, Konjunktiv 'davon hätten … teilgenommen': in combat"),
        C("zwischen 11.000 und 12.000", None, "range", "in_russia", "united_states", "mon",
          "'fügte sie hinzu' after the figure (same statement): on Russian soil in all"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "NIS via lawmakers 'in der vergangenen Woche', 'Demnach' (next sentence): arrived"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "lastweek",
          "same briefing: could be by December (planned)"),
        C("etwa 3.000", 3000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Einschätzung', no date of its own ('Ende Oktober' is the arrival): at the "
          "border"),
        C("Zehntausend", 10000, "exact", "in_russia", "other", "pub",
          "an elder's quoted restatement ('Zehntausend junge Menschen'), optional", opt=True),
    ),
)

P02 = Source(
    article_id="p96_02_ruhrorter_schifferbrief_donau",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Ruhrorter Schifferbrief",
        "https://www.schifferbrief-ruhrort.example/2025/01/15/donau-drohnen-nordkorea",
        "Donau unter Beschuss: Was Nordkoreas Soldaten mit unseren Frachten zu tun haben",
    ),
    features="inland-shipping trade letter from Duisburg-Ruhrort as plain text, windows-1252 "
        "with CRLF (sidecar, Wednesday), „…“ and en dashes; gauge, freight and insurance items "
        "around a Danube feature; lawmakers after an NIS briefing 'am Montag' with dead and "
        "`rund 2.700` wounded (others of the same toll, not an increment); Zelensky 'Am Samstag' "
        "`zwei` captured (number word) and 'am 23. Dezember' (explicit date); the White House "
        "'Ende Dezember' „über 1.000“ (days 21-31); 'Dem NIS zufolge … hieß es' `Einige tausend "
        "weitere` (increment, planned); 'Der NIS geht zudem davon aus' (no day of its own: "
        "Monday to publication); the letter's own `rund 11.000` (unattributed, required); "
        "Russian losses, tonnes, centimetres, euros per tonne, per cent, a phone number",
    text="""\
RUHRORTER SCHIFFERBRIEF
Wochendienst für Partikuliere, Befrachter und Hafenbetriebe – Nr. 2/2025

PEGEL UND FRACHTEN
Kaub meldete am Dienstagmorgen 118 Zentimeter, Tendenz fallend. Wer mit 2,50 Meter Tiefgang \
unterwegs ist, muss oberhalb von Bingen mit Leichterung rechnen. Kohle ab Ruhrort nach Basel zog \
auf 19,40 Euro je Tonne an.

THEMA DER WOCHE: DONAU UNTER BESCHUSS
Über die ukrainischen Donauhäfen Ismajil und Reni liefen im vergangenen Jahr nach Branchenangaben \
gut 11 Millionen Tonnen Getreide und Erz. Mehrere Partikuliere aus unserem Leserkreis fahren dort \
in Charter für rumänische Reedereien. Drohnenalarm gehört für sie zum Alltag; die \
Kriegsrisikoprämie der Versicherer liegt inzwischen bei 1,25 Prozent des Kaskowertes je Reise.

Wie lange das so bleibt, hängt auch an einem Land, das mit der Donau nichts zu tun hat: \
Nordkorea. Seit dem Herbst kämpfen Soldaten aus Pjöngjang auf russischer Seite, und ihre Bilanz \
ist blutig. Wie Abgeordnete in Seoul am Montag nach einer Unterrichtung durch den Geheimdienst \
NIS berichteten, sind bisher [[etwa 300]] von ihnen gefallen und [[rund 2.700]] verwundet worden. \
Am Samstag hatte Präsident Wolodymyr Selenskyj bekanntgegeben, seine Truppen hätten [[zwei]] \
Nordkoreaner lebend gefangen genommen.

Kiew rechnet mit weit höheren Verlusten. Schon am 23. Dezember hatte Selenskyj von [[mehr als \
3.000]] getöteten und verletzten Nordkoreanern gesprochen. Das Weiße Haus nannte Ende Dezember \
„[[über 1.000]]“ Tote und Verwundete allein in einer Woche.

Ein Ende ist nicht in Sicht. Dem NIS zufolge bereitet Pjöngjang bereits Nachschub vor: [[Einige \
tausend]] weitere Soldaten könnten in den nächsten Wochen folgen, hieß es. Der NIS geht zudem \
davon aus, dass Russland die Nordkoreaner bislang nur im Gebiet Kursk einsetzt; dort stünden \
[[mehrere tausend]] in vorderster Linie.

Von den [[rund 11.000]] Nordkoreanern, die seit Oktober in Russland sind, ist damit gut jeder \
vierte ausgefallen. Russland selbst verliert nach britischen Schätzungen jeden Tag mehr als 1.500 \
Mann. Für die Schifffahrt heißt das: Mit einer Beruhigung an der unteren Donau sollte in diesem \
Jahr niemand planen.

TERMINE
Schifferbörse: Donnerstag, 23. Januar, 10 Uhr, Haus Rhein. Anmeldung unter 0203 806 41 77.
""",
    claims=(
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmakers after an NIS briefing 'am Montag' (Wednesday letter): fallen"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same briefing: wounded (the others of the same toll, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured alive (number word)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "Zelensky 'am 23. Dezember' (an explicit date): killed and wounded"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "White House 'Ende Dezember' „…“ (days 21-31): dead and "
          "wounded in one week"),
        C("Einige tausend", None, "vague", "planned", "south_korea", "mon",
          "'Dem NIS zufolge … hieß es' (the Monday briefing): 'weitere' could follow "
          "(increment)",
          add=True),
        C("mehrere tausend", None, "vague", "near_front", "south_korea", "mon..pub",
          "'Der NIS geht zudem davon aus' (present, no day of its own after the Monday "
          "briefing): in the front line"),
        C("rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own framing, no source (required): in Russia since October"),
    ),
)

P03 = Source(
    article_id="p96_03_obertilliach_gemeindeseite_biathlon",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-11"),
    dated_by="dateline",
    features="village page from Obertilliach (East Tyrol, Austria) as plain text, ISO-8859-1 "
        "with straight quotes, dateline 'Obertilliach, 11.03.2025' (Tuesday); `Jänner`, "
        "`Feber`, `heuer`; a Ukrainian biathlon coach relaying her brother at the front 'beim "
        "Abschiedsabend Ende Feber' `Hunderte` (other, days 21-28); the JCS 'teilte am Montag "
        "mit' `rund 3.000 weitere` (increment); the NIS 'Ende Feber' `mehrere tausend` 'erneut in "
        "Kämpfe verwickelt' (again in combat: not an increment); Syrskyi 'am Sonntag'; the NIS "
        "'im Jänner' dead and wounded (month); a militia officer 'schätzt' `noch einmal 10.000 "
        "bis 15.000` (other, range, increment); athletes and their ages, trail kilometres, "
        "targets, euros, starters, inhabitants, altitude",
    text="""\
GEMEINDESEITE OBERTILLIACH
Neues aus dem Dorf im Tiroler Gailtal

Obertilliach, 11.03.2025

Ukrainische Biathleten zu Gast: "Daheim wird jeden Tag geschossen"

Drei Wochen lang haben 14 junge Biathletinnen und Biathleten aus der Ukraine im Feber auf unseren \
Loipen trainiert. Ihre Trainerin erzählt von einem Krieg, in dem inzwischen auch Nordkoreaner \
kämpfen.

Sie kamen aus Tschernihiw und Sumy, die Jüngste ist 16, der Älteste 19 Jahre alt. Bis zum 28. \
Feber wohnte die Gruppe im Gasthof Dorfberg, trainierte auf gut 30 Kilometern Loipe und am \
Schießstand mit seinen 30 Scheiben. Die Gemeinde hat den Aufenthalt mit 2.500 Euro unterstützt.

Trainerin Oksana Melnyk stammt aus der Region Sumy, gleich an der Grenze zu Russland. Ihr Bruder \
dient dort in einer Drohneneinheit. Auf der anderen Seite seien seit Feber wieder [[Hunderte]] \
Nordkoreaner im Einsatz, habe er ihr erzählt, berichtete sie beim Abschiedsabend Ende Feber im \
Gemeindesaal. "Sie kommen in kleinen Gruppen, zu Fuß, über den Schnee."

Was die Trainerin aus ihrer Familie hört, deckt sich mit den Angaben der Nachrichtendienste. \
Südkoreas Generalstab teilte am Montag mit, Nordkorea habe seit Jänner [[rund 3.000]] weitere \
Soldaten nach Russland gebracht. Schon Ende Feber hatte Seouls Geheimdienst NIS erklärt, die \
Nordkoreaner seien nach einer Pause an die Front im Gebiet Kursk zurückgekehrt; [[mehrere \
tausend]] Mann seien dort erneut in Kämpfe verwickelt.

Die Verluste bleiben hoch. Der ukrainische Oberbefehlshaber Olexandr Syrskyj bezifferte sie am \
Sonntag auf [[rund 4.000]] Tote und Verwundete. Im Jänner war der NIS noch auf [[etwa 300]] Tote \
gekommen, dazu [[2.700]] Verletzte.

Hubert Lugger aus Kartitsch, Milizoffizier und Lehrbeauftragter für Militärgeschichte, schätzt, \
dass Kim heuer noch einmal [[10.000 bis 15.000]] Mann schickt. "Für Pjöngjang ist das eine \
Kriegsschule, die Moskau bezahlt", sagt er. Aus Washington, wo man derzeit lieber mit Moskau \
verhandelt, gibt es keine neuen Zahlen.

Kurz notiert: Zum Austria-Cup am 22. und 23. März werden rund 180 Starterinnen und Starter \
erwartet. Obertilliach zählt 680 Einwohner und liegt auf 1.450 Metern Seehöhe.
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-02-21..2025-02-28",
          "Ukrainian coach relaying her brother at the front, Konjunktiv, 'beim Abschiedsabend "
          "Ende Feber' (days 21-28): in action across the border"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'teilte am Montag mit' (Tuesday page): 'weitere' brought to Russia (increment)",
          add=True),
        C("mehrere tausend", None, "vague", "near_front", "south_korea",
          "2025-02-21..2025-02-28",
          "NIS 'Ende Feber', Konjunktiv: 'erneut in Kämpfe verwickelt' (again in combat, not "
          "an increment)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Syrskyi 'am Sonntag': dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'im Jänner' (month): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same statement: wounded"),
        C("10.000 bis 15.000", None, "range", "planned", "other", "pub",
          "militia officer 'schätzt', present tense: 'noch einmal' heuer (increment)",
          add=True),
    ),
)

P04 = Source(
    article_id="p96_04_jagdgesellschaft_gelterkinden_munition_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-02"),
    dated_by="sidecar",
    sidecar=(
        "Jagdgesellschaft Gelterkinden",
        "https://www.jg-gelterkinden.example/mitteilungen/2025-05-aus-dem-vorstand",
        "Aus dem Vorstand: Munition, Rehkitze und ein Krieg weit weg",
    ),
    features="Gelterkinden (Basel-Land) hunting society bulletin in Markdown, UTF-8 with BOM, "
        "front matter with `date:` (sidecar wins, Friday); Swiss conventions: `ss`, «», "
        "`15'000`, `11'000`, `12'000` containers, 4-digit `4700`/`3000`/`5000`; Gerasimov and "
        "KCNA without a figure; the NIS 'Am Mittwoch' with a total, casualties, 'unter ihnen "
        "rund 600 Tote' (breakdown) and 'Nach Angaben des Dienstes' `bis zu 3000 weitere` "
        "(increment, planned); a State Department spokeswoman 'am Montag' `Tausende`; 'Laut' "
        "HUR `um die 11'000` (present: `pub`); a member, a former professional NCO, 'rechnet "
        "damit' `nochmals 5000 bis 10'000` (other, range, increment); cartridges, francs, "
        "roe deer, members, a drone for fawns",
    text="""\
---
title: "Aus dem Vorstand: Munition, Rehkitze und ein Krieg weit weg"
date: 2025-05-02
verein: Jagdgesellschaft Gelterkinden
rubrik: Mitteilungen
---

# Aus dem Vorstand

**Liebe Jägerinnen und Jäger, die Preise für Kugelpatronen steigen weiter. Warum das auch mit \
Nordkorea zu tun hat, versucht euer Präsident hier zu erklären.**

Wer diesen Frühling Munition gekauft hat, hat es gemerkt: Eine Schachtel mit 20 Kugelpatronen \
kostet bei unserem Büchsenmacher inzwischen 68 Franken, vor drei Jahren waren es noch 49. Die \
europäischen Hersteller arbeiten für die Ukraine im Dreischichtbetrieb, für uns Jäger bleibt \
wenig übrig.

Russland hat dieses Problem auf seine Weise gelöst. Es bezieht Granaten aus Nordkorea, nach \
südkoreanischen Angaben bisher über 12'000 Container voll. Und es bezieht Soldaten. Das haben \
Moskau und Pjöngjang in diesen Tagen erstmals offen zugegeben: Generalstabschef Waleri Gerassimow \
lobte am Samstag die «koreanischen Freunde», die Staatsagentur KCNA feierte am Montag die \
«Befreiung» von Kursk. Zahlen nannten beide nicht.

Die liefert Seoul. Am Mittwoch legte der südkoreanische Nachrichtendienst NIS den Abgeordneten in \
Seoul eine neue Bilanz vor. Von den [[rund 15'000]] Soldaten, die Kim seit dem Herbst nach \
Russland geschickt habe, seien [[etwa 4700]] gefallen oder verwundet worden, unter ihnen [[rund \
600]] Tote. Nach Angaben des Dienstes stehen in Nordkorea zudem [[bis zu 3000]] weitere Mann für \
eine neue Welle bereit.

Im amerikanischen Aussenministerium gab man sich wenig überrascht. Man wisse seit Monaten, dass \
[[Tausende]] Nordkoreaner in Kursk kämpften, sagte eine Sprecherin am Montag in Washington. Laut \
dem ukrainischen Militärgeheimdienst HUR stehen noch immer [[um die 11'000]] von ihnen im \
Grenzgebiet.

Mein Jagdkollege Ruedi Tschudin, der lange als Berufsunteroffizier gedient hat, rechnet damit, \
dass Kim im Sommer nochmals [[5000 bis 10'000]] Mann schickt. «Wer einmal liefert, liefert \
wieder», sagt er. Ich fürchte, er hat recht – und dass die Munition so bald nicht billiger wird.

## Aus dem Revier

Im Jagdjahr 2024 wurden in unserem Revier 61 Rehe und 9 Wildschweine erlegt. Die Kitzrettung mit \
der Wärmebilddrohne beginnt am 12. Mai; wir suchen noch Helferinnen und Helfer für die frühen \
Morgenstunden. Die Jagdgesellschaft zählt 38 Mitglieder. Hegeschau: Samstag, 24. Mai, 14 Uhr, \
beim Schützenhaus.

Mit Weidmannsgruss, euer Präsident Thomas Gysin
""",
    claims=(
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'Am Mittwoch' (Friday bulletin), Konjunktiv: sent to Russia since autumn"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing: fallen or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'unter ihnen rund 600 Tote' (a breakdown of the casualties, not an increment)"),
        C("bis zu 3000", 3000, "at_most", "planned", "south_korea", "wed",
          "'Nach Angaben des Dienstes' (same briefing): 'weitere' ready for a new wave "
          "(increment)", add=True),
        C("Tausende", None, "vague", "near_front", "united_states", "mon",
          "State Department spokeswoman 'am Montag', named after the figure: fought in Kursk"),
        C("um die 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut' HUR, present tense, undated: in the border area"),
        C("5000 bis 10'000", None, "range", "planned", "other", "pub",
          "member, a former professional NCO, 'rechnet damit' (undated): 'nochmals' in summer "
          "(increment)", add=True),
    ),
)

P05 = Source(
    article_id="p96_05_pellwormer_inselbote_helfer_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-06-27"),
    dated_by="sidecar",
    sidecar=(
        "Pellwormer Inselbote",
        "https://www.inselbote-pellworm.example/welt/kim-schickt-helfer-nach-kursk",
        "Kim schickt 6.000 Helfer nach Kursk",
    ),
    features="Pellworm island page in HTML, UTF-16 LE with BOM, no meta date (sidecar, Friday), "
        "a cookie banner about black bread, an ad script, navigation, a footer with a phone "
        "number; `<title>` figure (optional); headline `6.000` summing Shoigu's two figures "
        "(russia, planned, not an increment; 17 June to publication); Shoigu 'am 17. Juni' "
        "(explicit date) with deminers and builders; a NATO diplomat at the summit 'am "
        "Mittwoch'; HUR 'rechnet … mit' `Zehntausenden zusätzlichen` (vague, increment); the "
        "page's own sum `über 20.000` (unattributed, required); ferry trips, minutes, dyke "
        "kilometres, the island's population",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Kim schickt [[6.000]] Helfer nach Kursk &ndash; Pellwormer Inselbote</title>
<script>var ib={ressort:"welt",id:2291,anz:["deich","hafen"]};</script>
</head>
<body>
<div class="cookies">Auch auf der Insel gibt es Cookies. Wir hätten lieber Schwarzbrot. \
<button>Rein damit</button> <button>Nur das Nötigste</button></div>
<nav>Insel &middot; Hafen &middot; Deich &middot; <b>Welt</b> &middot; Termine</nav>
<h1>Kim schickt [[6.000]] Helfer nach Kursk</h1>
<p>Minen räumen, Brücken bauen: Nordkorea entsendet nach den Worten von Sergej Schoigu [[1.000]] \
Pioniere und [[5.000]] Militärbauarbeiter nach Russland. Das verkündete der Sekretär des \
russischen Sicherheitsrats am 17. Juni in Pjöngjang.</p>
<p>Beim Nato-Gipfel in Den Haag war das am Mittwoch ein Thema am Rande. Ein Nato-Diplomat sprach \
dort von [[rund 15.000]] Nordkoreanern, die bisher in Russland gewesen seien. Kiews \
Militärgeheimdienst rechnet sogar mit [[Zehntausenden]] zusätzlichen Soldaten bis Jahresende.</p>
<p>Zählt man Schoigus Zusage zu den Schätzungen hinzu, wären bald [[über 20.000]] Nordkoreaner \
für Moskau im Einsatz gewesen &ndash; fast zwanzigmal so viele Menschen, wie auf Pellworm \
leben.</p>
<p>Auf der Insel: Die Fähre nach Strucklahnungshörn fährt ab Montag zwölfmal täglich, die \
Überfahrt dauert 35 Minuten. Der Deichverband erneuert in diesem Sommer 2,4 Kilometer Deckwerk am \
Süderkoog.</p>
<footer>&copy; 2025 Pellwormer Inselbote &middot; Redaktion: 04844 17 90</footer>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..2025-06-27",
          "<title> (metadata) restating the headline", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..2025-06-27",
          "headline summing Shoigu's 1.000 + 5.000 (labelled like the body passage, not an "
          "increment; 17 June to publication)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang (explicit date, next sentence): deminers to be "
          "sent"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders"),
        C("rund 15.000", 15000, "approx", "in_russia", "nato", "wed",
          "a NATO diplomat at the summit 'am Mittwoch' (Friday page), Konjunktiv: have been in "
          "Russia"),
        C("Zehntausenden", None, "vague", "planned", "ukraine", "pub",
          "HUR 'rechnet … mit', undated: 'zusätzlichen' by year-end (increment)", add=True),
        C("über 20.000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the page's own sum ('Zählt man … hinzu'), no source (required)"),
    ),
)

P06 = Source(
    article_id="p96_06_dreilaenderbote_zittau_gefallene_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-09"),
    dated_by="html_meta",
    features="Zittau daily's web page in HTML, ISO-8859-1 (umlauts raw, „“ and dashes as "
        "entities), `article:published_time` (Tuesday), a consent layer for three countries, "
        "a script, navigation by region, a footer with an address; `<title>` figure (optional); "
        "headline 'Seoul:' from the NIS figure of Thursday (Thursday to publication, hedge "
        "dropped: exact); three NIS figures before 'Diese Zahlen trug der Parlamentarier "
        "… am Donnerstag … vor'; KCNA 'Ende August' „Hunderten Helden“ (north_korea, "
        "casualties); 'Laut' HUR `mehr als 6.000` (undated); a Zittau lecturer 'geht davon "
        "aus' `20.000 bis 25.000` by the war's end (other, range, planned); the Beijing "
        "parade's 10.000 Chinese soldiers, first-year students, visitors",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul: [[2.000]] Nordkoreaner in Russland gefallen | Dreiländerbote</title>
<meta property="article:published_time" content="2025-09-09T06:45:00+02:00">
<meta name="description" content="Südkoreas Geheimdienst legt neue Verlustzahlen vor. Eine \
Zittauer Ostasien-Expertin ordnet ein.">
<script>window.dlb={seite:"welt",paywall:false,v:"5.2"};</script>
</head>
<body>
<div id="cmp">Wir verwenden Cookies, damit diese Seite in Zittau, Liberec und Bogatynia gleich \
gut läuft. <a href="#ok">Zustimmen</a> &middot; <a href="#nein">Ablehnen</a></div>
<nav><a href="/zittau">Zittau</a> | <a href="/oberland">Oberland</a> | <a \
href="/dreilaendereck">Dreiländereck</a> | <a href="/welt">Welt</a></nav>
<article>
<h1>Seoul: [[2.000]] Nordkoreaner in Russland gefallen</h1>
<p class="teaser">Kim Jong Un stand in Peking neben Putin und Xi. Fast zur gleichen Zeit legte \
Seoul neue Zahlen zu den Toten vor, die sein Einsatz für Moskau gekostet hat.</p>
<p>Nach Erkenntnissen des südkoreanischen Nachrichtendienstes NIS sind im Krieg gegen die Ukraine \
bislang [[rund 2.000]] nordkoreanische Soldaten ums Leben gekommen. Derzeit stünden noch [[etwa \
11.000]] Mann im Grenzgebiet von Kursk, zudem arbeiteten [[rund 5.000]] Militärbauarbeiter in \
Russland an Straßen und Bahnstrecken. Diese Zahlen trug der Parlamentarier Park Sun-won am \
Donnerstag in Seoul vor, nachdem der Dienst ihn und die übrigen Ausschussmitglieder unterrichtet \
hatte.</p>
<p>Am Mittwoch vergangener Woche hatte Kim bei der Militärparade in Peking auf der Ehrentribüne \
gestanden, während 10.000 chinesische Soldaten vorbeimarschierten. Seine Staatsagentur KCNA hatte \
Ende August von &bdquo;[[Hunderten]] Helden&ldquo; gesprochen, die in Kursk ihr Leben gegeben \
hätten; in Pjöngjang soll ihnen ein Museum gewidmet werden.</p>
<p>Aus Kiew kommen deutlich höhere Verlustzahlen. Laut dem ukrainischen Militärgeheimdienst HUR \
sind [[mehr als 6.000]] Nordkoreaner getötet oder verwundet worden.</p>
<p>Dr. Wiebke Hanisch lehrt an der Hochschule Zittau/Görlitz und beschäftigt sich seit Jahren mit \
Nordkorea. Sie geht davon aus, dass am Ende des Krieges [[20.000 bis 25.000]] Nordkoreaner in \
Russland gedient haben werden. &bdquo;Kim bekommt dafür Öl, Devisen und Technik &ndash; und eine \
Armee mit Kriegserfahrung&ldquo;, sagte sie dem Dreiländerboten.</p>
<p class="lokal">Aus der Region: Die Hochschule begrüßt zum Wintersemester rund 650 Erstsemester. \
Der Freizeitpark in Großschönau zählte im August 41.000 Besucher.</p>
</article>
<footer>&copy; 2025 Dreiländerbote &middot; Markt 9, 02763 Zittau &middot; <a \
href="/impressum">Impressum</a></footer>
<script src="/js/dlb-cmp.js" async></script>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure of the body, relayed on Thursday (Thursday to "
          "publication), hedge dropped"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'Nach Erkenntnissen', dated by 'Diese Zahlen trug … am Donnerstag … vor' two "
          "sentences on: died"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "same briefing, Konjunktiv: in the Kursk border area"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "thu",
          "same briefing: military builders working in Russia ('zudem' is no increment word)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August' (days 21-31) „…“: heroes who gave their lives"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "'Laut' HUR, undated: killed or wounded"),
        C("20.000 bis 25.000", None, "range", "planned", "other", "pub",
          "Zittau lecturer 'geht davon aus' (undated): will have served by the war's end "
          "(projected total: planned)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p96_07_newlyn_quay_counting",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-26"),
    dated_by="dateline",
    features="Newlyn (Cornwall) harbour weekly as plain text, UTF-8, dateline 'NEWLYN, 26 "
        "October 2024' (Saturday); headline `3,000 and counting` from the Pentagon's Wednesday "
        "figure (Wednesday to publication); the Pentagon spokeswoman 'on Wednesday' after the "
        "figure; the NIS 'on 18 October' (explicit date) with a shipment and a planned total; "
        "lawmakers 'On Wednesday' `1,500 more` (span without 'more', increment); Ukraine's "
        "defence minister 'on Thursday' `up to 3,000` near the border; Budanov 'reckons' "
        "(undated); a retired Royal Navy commander's quoted `twelve thousand` (restatement, "
        "optional) and `tens of thousands` (other, planned); British servicemen in the Korean "
        "War, tonnes of fish, pounds per kilo, boats, ages, a phone number",
    text="""\
THE NEWLYN QUAY
Fish, boats and people from Newlyn, Mousehole and Paul parish

NEWLYN, 26 October 2024

Kim's soldiers in Russia: [[3,000]] and counting

Washington has confirmed what Seoul has been saying for a week. A retired Navy man on the Strand \
explains why a fishing town should care.

The United States has put a number on it at last. [[About 3,000]] North Korean soldiers travelled \
to eastern Russia earlier this month, the Pentagon's deputy press secretary, Sabrina Singh, told \
reporters on Wednesday. What they will be used for is not yet clear, she said.

South Korea got there first. Its National Intelligence Service said on 18 October that [[about \
1,500]] special forces had been shipped from the port of Chongjin to Vladivostok, and that \
Pyongyang meant to send [[12,000]] altogether. On Wednesday, lawmakers briefed by the agency said \
[[1,500]] more had followed in the days since.

Kyiv's figures run higher. Ukraine's defence minister, Rustem Umerov, said on Thursday that [[up \
to 3,000]] of the North Koreans were already within a day's drive of the Kursk border. His \
intelligence chief, Kyrylo Budanov, reckons [[around 11,000]] are being drilled at Russian bases \
in the Far East.

Peter Trewhella, 71, spent two years on a United Nations Command staff in Seoul in the 1980s \
before retiring from the Royal Navy as a commander. Sitting on the bench by the old ice works on \
Thursday, he was not surprised. "If they've promised [[twelve thousand]], they'll deliver more. I \
wouldn't be shocked to see [[tens of thousands]] out there by the spring," he said.

He remembers the old men of Paul who served in Korea in the 1950s, when some 100,000 British \
servicemen passed through. "Two of ours never came back. You don't forget that in a place this \
size."

MARKET REPORT: 186 tonnes landed at Newlyn last week from 27 boats. Hake fetched £3.90 a kilo, \
monkfish £6.20.

The harbour commissioners meet on Tuesday at 7pm in the Seamen's Mission. News and letters: 01736 \
362 418.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "headline: the Pentagon's Wednesday figure of the lead (Wednesday to publication)"),
        C("About 3,000", 3000, "approx", "in_russia", "united_states", "wed",
          "Pentagon spokeswoman 'told reporters on Wednesday' after the figure: travelled to "
          "eastern Russia"),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "2024-10-18",
          "NIS 'on 18 October' (an explicit date): shipped to Vladivostok"),
        C("12,000", 12000, "exact", "planned", "south_korea", "2024-10-18",
          "same statement: meant to send altogether"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed",
          "lawmakers briefed by the NIS 'On Wednesday': 'more' had followed (increment, span "
          "without the word)", add=True),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "thu",
          "Ukraine's defence minister 'on Thursday': within a day's drive of the Kursk border"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "Budanov 'reckons', present tense, undated: drilled at Russian bases"),
        C("twelve thousand", 12000, "exact", "planned", "other", "thu",
          "the commander's quoted restatement of Seoul's planned figure, optional", opt=True),
        C("tens of thousands", None, "vague", "planned", "other", "thu",
          "retired Royal Navy commander, quoted 'on Thursday' (the bench conversation): out "
          "there by the spring"),
    ),
)

P08 = Source(
    article_id="p96_08_savannah_evening_post_kursk_student_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-07"),
    dated_by="html_meta",
    features="Tamale (Ghana) evening paper in HTML, windows-1252 (curly quotes, en dashes and "
        "middle dots raw), `<meta name=\"date\">` (Saturday), a cookie note about slow networks, "
        "a script, navigation, a footer; a Tamale medical student in Kursk relaying her "
        "lecturers 'told the Post by phone yesterday' `thousands` (other, Friday); a State "
        "Department spokesman 'on Tuesday' and 'he said' after `a few thousand additional` "
        "(increment, planned); Rutte 'put the number … at' `upwards of 11,000` 'on Wednesday'; "
        "the NIS 'last week'; HUR 'on Thursday'; Zelensky 'On Monday' 'raise its contingent "
        "to' `as many as 20,000` (a new total: not an increment); Ghanaian students, fees in "
        "dollars and cedis, a curfew hour, a helpline",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<meta name="date" content="2024-12-07">
<title>Tamale student in Kursk: “At night we hear the guns” – Savannah Evening Post</title>
<script>var sep={sec:"world",tags:["russia","ghana","students"]};</script>
</head>
<body>
<div class="cookie-note">We use cookies so this page loads even when the network in Lamashegu is \
slow. <button>OK</button> <button>Settings</button></div>
<nav>Home · Tamale Metro · Northern Region · Sports · <b>World</b> · Obituaries</nav>
<article>
<h1>Tamale student in Kursk: “At night we hear the guns”</h1>
<p>For three years Fatima Alhassan’s parents in Sakasaka have been proud that their daughter \
studies medicine in Russia. Since October they have been afraid. Kursk, the city where she lives, \
now lies close to a front where North Korean soldiers fight for Moscow.</p>
<p>“Our lecturers say there are [[thousands]] of Korean soldiers in the region,” the 23-year-old \
told the Post by phone yesterday. “We see army lorries every day.” Her university has told its \
foreign students to stay in their hostels after 10pm.</p>
<p>The official estimates back her lecturers. A US State Department spokesman said on Tuesday \
that Washington counted [[more than 10,000]] North Korean troops inside the Kursk region, many of \
them already in combat. Washington expects Pyongyang to send [[a few thousand]] additional troops \
over the winter, he said.</p>
<p>NATO’s secretary general, Mark Rutte, put the number sent to Russia at [[upwards of 11,000]] \
when he met foreign ministers in Brussels on Wednesday. South Korea’s intelligence service told \
lawmakers last week that [[some 11,000]] North Koreans had been attached to Russian marine and \
airborne units around Kursk.</p>
<p>Ukraine’s military intelligence said on Thursday that the North Koreans had suffered their \
first serious losses, with [[about 200]] killed or wounded in drone strikes. On Monday, President \
Volodymyr Zelensky warned that Pyongyang could raise its contingent to [[as many as 20,000]]. \
Russia’s embassy in Accra did not answer our questions.</p>
<p>Fatima is one of about 1,200 Ghanaian students in Russia, according to their association \
there. Her father, a trader at Aboabo market, pays about $6,000 a year in fees. A ticket home \
costs more than GHS 9,000. “We just want her here for Christmas,” he said.</p>
<p>Families with children in Russia can call the Ministry of Foreign Affairs on 0302 664 951.</p>
</article>
<footer>© 2024 Savannah Evening Post, Bolgatanga Road, Tamale · <a \
href="/privacy">Privacy</a></footer>
<script src="/assets/sep.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "near_front", "other", "yday",
          "medical student relaying her lecturers, 'told the Post by phone yesterday' (Friday): "
          "in the region"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "State Department spokesman 'on Tuesday' (Saturday paper): in the Kursk region"),
        C("a few thousand", None, "vague", "planned", "united_states", "tue",
          "'he said' after the figure (same spokesman): 'additional' troops expected "
          "(increment)", add=True),
        C("upwards of 11,000", 11000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'put the number … at' 'on Wednesday': sent to Russia"),
        C("some 11,000", 11000, "approx", "near_front", "south_korea", "lastweek",
          "NIS to lawmakers 'last week': attached to Russian units around Kursk"),
        C("about 200", 200, "approx", "casualties", "ukraine", "thu",
          "HUR 'on Thursday': killed or wounded"),
        C("as many as 20,000", 20000, "at_most", "planned", "ukraine", "mon",
          "Zelensky 'On Monday': 'raise its contingent to' (a new total, not an increment)"),
    ),
)

P09 = Source(
    article_id="p96_09_bering_straits_ledger_nome_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-03-24"),
    dated_by="front_matter", crlf=True,
    features="Nome (Alaska) paper in Markdown, windows-1252 with CRLF, front matter with "
        "`date:` (Monday); the JCS 'on Friday' `another 1,000 to 3,000` (range, increment, span "
        "without 'another') and 'The same estimate' carrying casualties; a senior US defense "
        "official 'in a briefing … last week'; Zelensky 'in early March' (days 1-10); 'according "
        "to' Rutte 'In mid-February' (days 11-20); the paper's own `around 14,000` ('Add the "
        "estimates up', unattributed, required); a National Guard veteran 'figures' `thousands "
        "more` (other, vague, increment); miles, mushers, NORAD intercepts, Guard soldiers, "
        "heating oil, the town's population, a phone number",
    text="""\
---
title: "Across the strait, a war that keeps drawing in new men"
date: 2025-03-24
section: World & Arctic
byline: Grace Ahkinga
---

# Across the strait, a war that keeps drawing in new men

*The Iditarod is over and the trail crews are home. On the sea ice, Nome is watching Russia again.*

From the Front Street seawall you cannot see Russia, but you can feel it. Chukotka lies about 230 \
miles to the west. NORAD intercepted Russian aircraft off Alaska four times last year, and the \
Alaska National Guard keeps about 1,900 soldiers and airmen across the state.

This winter the news from the far side has been about North Korea. South Korea’s Joint Chiefs of \
Staff said on Friday that Pyongyang had sent another [[1,000 to 3,000]] troops to Russia since \
January. The same estimate counted [[about 4,000]] North Korean dead and wounded.

A senior U.S. defense official, in a briefing for reporters in Washington last week, said \
[[roughly 11,000]] North Koreans remained in the Kursk region, even as the Trump administration \
presses Moscow and Kyiv toward a ceasefire. President Volodymyr Zelensky said in early March that \
North Korean units were back in the fighting after a pause of several weeks, with [[several \
thousand]] men in the assault groups again. In mid-February, [[more than 11,000]] had been sent \
by Kim, according to NATO’s Mark Rutte.

Add the estimates up and somewhere [[around 14,000]] of Kim's soldiers have gone to Russia since \
October – close to four times the population of Nome.

Frank Oozeva spent 22 years in the Guard and has cousins across the water in Lorino. He figures \
the flow will not stop soon. “Moscow pays, Kim delivers. I’d expect [[thousands]] more before the \
ice goes out,” he said at the Polar Cafe.

**Around town:** Heating oil is $6.40 a gallon at the tank farm this week. The last of 33 mushers \
reached the burled arch on Thursday after nearly 1,000 miles. Send news to the Ledger at (907) \
443-5512.
""",
    claims=(
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "fri",
          "JCS 'on Friday' (Monday paper): 'another' sent since January (increment, span "
          "without the word)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "fri",
          "'The same estimate' (date carried): dead and wounded"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "lastweek",
          "senior US defense official 'in a briefing … last week': in the Kursk region"),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Zelensky 'in early March' (days 1-10): back in the assault groups ('again' is no "
          "increment)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-02-11..2025-02-20",
          "'according to' Rutte after the figure, 'In mid-February' (days 11-20): sent"),
        C("around 14,000", 14000, "approx", "in_russia", "unattributed", "pub",
          "'Add the estimates up' (the paper's own sum, required): gone to Russia since October"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "National Guard veteran 'figures', quoted at a cafe (undated): 'more' expected "
          "(increment, span without the word)", add=True),
    ),
)

P10 = Source(
    article_id="p96_10_west_coast_wrap_backpackers_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-08-16"),
    dated_by="sidecar",
    sidecar=(
        "West Coast Wrap",
        "https://www.westcoastwrap.example/2025/08/16/backpackers-kim-kursk",
        "Backpackers, Kim and the long road to Kursk",
    ),
    features="Tasmanian West Coast page (Queenstown and Strahan) in Markdown, UTF-8 with BOM, "
        "front matter without a date (sidecar, Saturday); a river-cruise skipper relaying Korean "
        "backpackers `15,000 or so` (other, approx, hedge after the number); 'By the spy "
        "agency's count, as relayed by lawmakers … in late July' (days 21-31); Shoigu 'in June' "
        "and Russia's defence ministry 'in July' (months); HUR 'says' `a further 3,000` "
        "(increment, span without the words); North Korean state TV 'on Tuesday' `thousands` "
        "of heroes who fought (near the front); Australia's defence minister 'on Monday' (a "
        "third government: other); backpackers, population, mine jobs, passengers, rainfall, "
        "railway kilometres, a phone number",
    text="""\
---
title: "Backpackers, Kim and the long road to Kursk"
section: Out and About
edition: Winter
---

# Backpackers, Kim and the long road to Kursk

*The West Coast is full of young Koreans this winter. They follow the news from home more closely \
than the rest of us.*

About twenty Korean backpackers are spending the cold months in Queenstown and Strahan on \
working-holiday visas, cleaning cabins and pulling beers. Ask them about North Korea and most of \
them shrug. Ask about the soldiers Kim Jong Un has sent to Russia and they have views.

Gordon River cruise skipper Dean Halloran has eight of them on his crew roster. "They read the \
Seoul papers on their phones every morning. They reckon it's [[15,000 or so]] that Kim has sent \
over, all up," he said. "And they reckon he's not finished."

The official counts are not far off. By the spy agency's count, as relayed by lawmakers in Seoul \
in late July, [[some 2,000]] North Korean soldiers have died in the fighting.

Moscow, for its part, has stopped pretending. Russia's Security Council secretary, Sergei Shoigu, \
announced in June that Pyongyang would send [[6,000]] engineers and builders to rebuild the Kursk \
region, and the Russian defence ministry said in July that [[about 1,000]] sappers from the North \
had begun clearing mines there. Ukraine's military intelligence says the North has also sent a \
further [[3,000]] soldiers since the spring.

Pyongyang now celebrates its men openly. North Korean state television on Tuesday showed Kim \
pinning medals on commanders and praising the "[[thousands]] of heroes" who fought in Kursk.

Canberra has its own number. Defence Minister Richard Marles told Parliament on Monday that \
Australia's own assessment was [[more than 14,000]] North Korean troops deployed so far.

**Around the Coast:** Queenstown has about 1,800 residents, and the Mount Lyell mine, which once \
employed 300 people, is still in care and maintenance. The cruise boats carry up to 90 passengers \
in winter. July brought 312 millimetres of rain. The West Coast Wilderness Railway runs its 35 \
kilometres again from September. Call the Wrap on (03) 6471 2280.
""",
    claims=(
        C("15,000 or so", 15000, "approx", "in_russia", "other", "pub",
          "cruise skipper relaying Korean backpackers ('They reckon'), quoted, undated: sent "
          "('or so' after the number: approx)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "'By the spy agency's count, as relayed by lawmakers … in late July' (days 21-31): "
          "died"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'announced in June' (month): would send engineers and builders"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-07-01..2025-07-31",
          "Russia's defence ministry 'in July': sappers clearing mines in the Kursk region"),
        C("3,000", 3000, "exact", "in_russia", "ukraine", "pub",
          "HUR 'says', present tense: 'a further' sent since spring (increment, span without "
          "the words)", add=True),
        C("thousands", None, "vague", "near_front", "north_korea", "tue",
          "state TV 'on Tuesday' (Saturday page), quoted: heroes who fought in Kursk"),
        C("more than 14,000", 14000, "at_least", "in_russia", "other", "mon",
          "Australia's defence minister 'on Monday' (a third government: other): deployed"),
    ),
)

P11 = Source(
    article_id="p96_11_hill_capital_weekly_kandy_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-07"),
    dated_by="sidecar",
    sidecar=(
        "Hill Capital Weekly",
        "https://www.hillcapitalweekly.example/news/kandy-families-russia-war",
        "The men who went to Russia",
    ),
    features="Kandy (Sri Lanka) weekly in HTML, UTF-8, no meta date (sidecar, Tuesday), a "
        "consent bar, navigation, a script, a footer with an address; Sri Lankan recruits "
        "(`Dozens` in the standfirst, `at least 59` dead, `about 550`: not claims); the NIS 'in "
        "September' (month) with dead, `6,000 more` builders (planned, increment, span without "
        "'more') and a near-front count; the General Staff 'has put … at' and HUR 'reckons' "
        "(undated); a NATO spokeswoman 'on Thursday' 'estimated'; state media 'on Sunday' on "
        "`hundreds` of veterans to march (returnees, optional); a retired Sri Lankan brigadier "
        "'believes' `20,000` (other, planned); rupees, a consular desk",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The men who went to Russia | Hill Capital Weekly</title>
<link rel="canonical" href="https://www.hillcapitalweekly.example/news/kandy-families-russia-war">
<script>window.hcw = {section: "world", ads: false};</script>
</head>
<body>
<div id="consent">This site uses cookies &amp; similar tools to count readers. <button>Fine by \
me</button> <button>No, thank you</button></div>
<nav>Kandy | Central Province | Nation | <strong>World</strong> | Perahera | Letters</nav>
<article>
<h1>The men who went to Russia</h1>
<p class="standfirst">Dozens of former soldiers from the hill country signed up to fight for \
Moscow. Their families now follow another foreign army&rsquo;s war news: North Korea&rsquo;s.</p>
<p>In a small house above the Mahaweli at Katugastota, Chandrika Herath keeps her husband&rsquo;s \
army photograph beside the shrine. Nimal, a former Sri Lanka Army corporal, flew to Moscow in \
March 2024, promised a job as a security guard. He ended up in a trench in Donetsk. She last \
heard from him in July.</p>
<p>Colombo says at least 59 Sri Lankans have been killed fighting for Russia and about 550 were \
recruited, many through agents who charged 1.5 million rupees.</p>
<p>For the families, North Korea has become a yardstick. In September, lawmakers in Seoul who had \
been briefed by the South&rsquo;s spy service said [[around 2,000]] of Kim&rsquo;s soldiers had \
died, that [[about 10,000]] were still posted near the front, and that Pyongyang would send \
[[6,000]] more engineers and builders to Russia.</p>
<p>Ukraine&rsquo;s General Staff has put North Korean losses at [[over 6,000]] killed and \
wounded, while Kyiv&rsquo;s military intelligence reckons [[some 11,000]] remain deployed along \
the Kursk border. A NATO spokeswoman said in Brussels on Thursday that the alliance estimated \
[[about 14,000]] had been sent to Russia since last October.</p>
<p>Pyongyang now shows off its veterans. State media said on Sunday that [[hundreds]] of soldiers \
back from Kursk would march in Friday&rsquo;s parade for the ruling party&rsquo;s 80th \
anniversary.</p>
<p>Retired Brigadier Upali Senanayake of Peradeniya believes Russia will keep running short of \
men. &ldquo;If it still needs men from Kandy, it needs men from Pyongyang. I would not be \
surprised to see [[20,000]] North Koreans there by next year,&rdquo; he said.</p>
<p>Chandrika has written to the Russian embassy three times. &ldquo;They send a form,&rdquo; she \
says. Families can ring the Foreign Ministry&rsquo;s consular desk on 011 233 5170.</p>
</article>
<footer>&copy; 2025 Hill Capital Weekly &middot; 42 Dalada Veediya, Kandy</footer>
<script src="/js/hcw.js" defer></script>
</body>
</html>
""",
    claims=(
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS to lawmakers 'in September' (month): killed"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-09-01..2025-09-30", "same briefing: posted near the front"),
        C("6,000", 6000, "exact", "planned", "south_korea", "2025-09-01..2025-09-30",
          "same briefing: 'would send … more' (planned, increment, span without the word)",
          add=True),
        C("over 6,000", 6000, "at_least", "casualties", "ukraine", "pub",
          "General Staff 'has put … at', undated: killed and wounded"),
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'reckons', undated: along the Kursk border"),
        C("about 14,000", 14000, "approx", "in_russia", "nato", "thu",
          "NATO spokeswoman 'on Thursday' (Tuesday paper), 'estimated': sent"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "state media 'on Sunday': returnees to march in the parade (optional, as returnees "
          "before)", opt=True),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "retired Sri Lankan brigadier 'believes', quoted (undated): there by next year"),
    ),
)

P12 = Source(
    article_id="p96_12_somerset_soundings_bermuda",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Somerset Soundings",
        "https://www.somersetsoundings.example/2025/11/21/",
        "Somerset Soundings: ferry timetable, cruise season, how many North Koreans?",
    ),
    features="Bermuda parish newsletter (Sandys Parish) as plain text, UTF-16 LE with BOM and "
        "CRLF (sidecar, Friday); ferry and cruise items; the NIS 'Earlier this month' (1st to "
        "publication) with a near-front count, builders and `about 1,000 more` deminers "
        "(increment, span without 'more'); HUR 'on Tuesday' with a range ('stood between'); "
        "Moscow 'in October' `more than 1,000` sappers (month, near the front); Rutte 'last "
        "week' 'put the total … at' `well above 15,000`; the Bermuda Regiment's soldiers, ferry "
        "sailings, dollars, ship calls, a phone number",
    text="""\
SOMERSET SOUNDINGS
Notes for Sandys Parish and the West End | Friday

ON THE WATER
The Dockyard ferry goes onto the winter timetable on Monday: 11 sailings a day, $5 a token. The \
cruise season closed with 184 ship calls, the most since 2019.

THE WIDER WORLD
The question came up at the cricket club's quiz night last Saturday, and none of the 14 tables \
could agree on an answer. Readers keep asking the same thing: how many North Koreans are fighting \
for Russia? Short answer: nobody outside Pyongyang and Moscow knows for sure, but the estimates \
have grown all year.

Earlier this month South Korea's intelligence service put the number near the front at [[about \
10,000]] and said [[5,000]] military builders had been sent to repair Russian roads and railways. \
It added that Pyongyang had moved [[about 1,000]] more deminers into the Kursk region since the \
summer.

Ukraine's military intelligence said on Tuesday that North Korean losses stood [[between 6,000 \
and 7,000]] killed and wounded. Moscow said in October that [[more than 1,000]] North Korean \
sappers had cleared mines in Kursk. At a meeting of NATO defence ministers last week, Mark Rutte \
put the total sent since October 2024 at [[well above 15,000]].

For scale: the whole Royal Bermuda Regiment has about 400 soldiers. The Registry of Shipping says \
it checked 1,420 vessels against the sanctions lists this year, and none had called at a North \
Korean port.

NOTICES
The Somerset library reopens after repairs on 1 December, open 10am to 5pm. The Christmas walk \
from Ely's Harbour leaves at 9am on 14 December.

Tips and notices: soundings@somersetsoundings.example or 238-4410.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-11-01..2025-11-21", "NIS 'Earlier this month' (1st to publication), 'put the "
          "number … at': near the front"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-21",
          "same statement: builders 'had been sent'"),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-21",
          "'It added' (same statement): 'more' deminers moved into the Kursk region (increment, "
          "span without the word)", add=True),
        C("between 6,000 and 7,000", None, "range", "casualties", "ukraine", "tue",
          "HUR 'on Tuesday' (Friday newsletter): losses"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "2025-10-01..2025-10-31",
          "Moscow 'in October' (month): sappers cleared mines in Kursk"),
        C("well above 15,000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'last week', 'put the total … at': sent since October 2024"),
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
