"""Build the HUNDRED-AND-TWENTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-third corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a cider
brotherhood's circular from Merzig (Saarland) with a makgeolli brewer from Sunchang, a heritage
railway society's paper from Losheim am See with a stoker from Korosten who keeps a chronology of
the figures, a historic mustard mill's customer letter from Cochem on the Moselle with a
Korean-German tour guide, a castle friends' circle letter from Annweiler am Trifels with a guide
from Sumy, a Guggenmusik club's bulletin from Balzers (Liechtenstein, Swiss conventions) with a
young sousaphone player whose uncle is a colonel in Seoul, and a medieval castle-building site's
letter from Friesach (Carinthia, Austrian conventions) with a stonemason from Drohobych; a
matchmaking festival committee's newsletter from Lisdoonvarna (Co. Clare) with a pharmacist from
Kharkiv, a copper mine museum's friends' newsletter from Allihies on the Beara with a retired
mining engineer from Taebaek, a shinty supporters' bulletin from Kingussie with the club physio
from Daegu, a reindeer keepers' herd diary from Glenmore in the Cairngorms with a retired US Army
sergeant, a bog snorkelling committee's newsletter from Llanwrtyd Wells with a swimming coach from
Fastiv, and a red kite hide's notes from Rhayader with a photographer from Incheon and a correction
notice. Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in order,
by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing
and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind121_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Saarland, Rhineland-Palatinate, Liechtenstein, Carinthia)
# ---------------------------------------------------------------------------------------------

K01 = Source(
    article_id="k121_01_viezbrief_merzig",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Merziger Viezbruderschaft – Rundbrief",
        "https://www.viezbruderschaft-merzig.example/rundbrief/2024-11",
        "Nach dem Viezfest: ein Braumeister aus Sunchang und die Nachrichten aus Korea",
    ),
    features="a cider brotherhood's circular from Merzig (Saarland) as plain text, windows-1252 "
        "with CRLF (`„“`, `–`), no date in the file (sidecar, Thursday); the cider festival first; "
        "a makgeolli brewer from Sunchang relaying his nephew, a conscript, Konjunktiv over two "
        "sentences ('schreibe ihm der Junge', 'sprächen'), `zehntausend` 'noch … weitere' by the "
        "end of the year (number word, increment, planned, other, `pub`); Zelensky 'am "
        "Montagabend' `11.000` in Kursk; 'Nach Angaben des US-Außenministeriums' 'Ende Oktober' "
        "(days 21-31) `etwa 8.000` at the border; the Pentagon 'am 28. Oktober' `rund 10.000` in "
        "training camps; the NIS 'geht davon aus' `mehr als 10.000` 'insgesamt' (undated, not "
        "planned); 'Unbestätigten Berichten zufolge' `Dutzende` fallen (unattributed, `pub`); the "
        "brewer 'schätzt' `an die 20.000` by spring (approx, planned, other); Russian soldiers at "
        "Kursk, festival guests, litres, per cent, tonnes of apples, members, euros, dates, a "
        "phone number",
    text="""\
Merziger Viezbruderschaft
Rundbrief an die Brüder und Schwestern – November 2024

Liebe Viezfreundinnen und Viezfreunde,

das Viezfest am ersten Oktoberwochenende hat alle Rekorde gebrochen. Rund 24.000 Gäste zogen durch \
die Innenstadt, an unserem Stand gingen 3.150 Liter Viez über die Theke, und der neue Jahrgang von \
den Streuobstwiesen am Kreuzberg hat genau die Säure, die man in Merzig erwartet: herb, klar, \
knapp 5 Prozent. Unsere 86 Mitglieder haben an sechs Presstagen gut 41 Tonnen Äpfel gemahlen und \
gekeltert.

Ein Braumeister aus Sunchang

Zu Gast war diesmal Choi Dong-hyun, 58, der in Sunchang Makgeolli braut, den milchigen Reiswein \
Koreas. Er wollte sehen, wie man an der Saar Äpfel vergären lässt, und hat drei Tage lang jede \
Presse fotografiert. Am letzten Abend im Gewölbekeller, zwischen Lyoner und dem dritten Schoppen, \
kam das Gespräch auf den Norden.

Chois Neffe leistet gerade seinen Wehrdienst in einer Einheit nahe der innerkoreanischen Grenze. \
In der Kaserne, schreibe ihm der Junge, rechne man fest damit, dass Pjöngjang bis Jahresende noch \
[[zehntausend]] weitere Soldaten nach Russland schicke. Die Offiziere sprächen kaum von etwas \
anderem, und Heimaturlaub gebe es vorerst keinen.

Was seither bekannt wurde, gibt dem Neffen recht. Präsident Wolodymyr Selenskyj sagte am \
Montagabend in seiner Videoansprache, inzwischen stünden [[11.000]] Nordkoreaner im russischen \
Gebiet Kursk. Nach Angaben des US-Außenministeriums hatten Ende Oktober [[etwa 8.000]] von ihnen \
die Grenzregion erreicht. Das Pentagon hatte am 28. Oktober von [[rund 10.000]] Mann gesprochen, \
die in Lagern im Osten Russlands ausgebildet würden. Der südkoreanische Geheimdienst NIS geht \
davon aus, dass insgesamt [[mehr als 10.000]] in Russland sind. Unbestätigten Berichten zufolge \
sollen bei ersten Gefechten schon [[Dutzende]] von ihnen gefallen sein. Um Kursk kämpfen nach \
ukrainischen Angaben außerdem rund 50.000 russische Soldaten.

Choi selbst schätzt, dass es bis zum Frühjahr [[an die 20.000]] sein werden. „Kim verkauft seine \
Soldaten, wie wir unseren Reiswein verkaufen“, sagte er zum Abschied, „fassweise.“

Aus der Bruderschaft
- Wahl der Viezkönigin 2025: Bewerbungen bis 31. Januar an die Geschäftsstelle
- Baumschnittkurs auf der Streuobstwiese: Samstag, 22. Februar, 9 Uhr
- Jahresbeitrag 35 Euro, Jugendliche 10 Euro
- Geschäftsstelle: 06861 7930 24

Mit herbem Gruß
Der Vorstand
""",
    claims=(
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a brewer relaying his nephew, a conscript ('schreibe ihm der Junge', Konjunktiv over "
          "two sentences; the speaker quoted: other), undated: 'noch … weitere' by the end of the "
          "year (number word, increment, span without the word)", add=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sagte am Montagabend in seiner Videoansprache' (Thursday circular): in the "
          "Kursk region"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-21..2024-10-31",
          "'Nach Angaben des US-Außenministeriums' 'Ende Oktober' (days 21-31): had reached the "
          "border region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "the Pentagon 'am 28. Oktober' (an explicit date), Konjunktiv: trained in camps in "
          "eastern Russia"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "pub",
          "the NIS 'geht davon aus' (present tense, undated): in Russia ('insgesamt' describes "
          "troops already sent: not planned)"),
        C("Dutzende", None, "vague", "casualties", "unattributed", "pub",
          "'Unbestätigten Berichten zufolge' (no named source: unattributed, as 'Medienberichten "
          "zufolge' in earlier sets), undated: fallen in first fighting"),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "the brewer 'schätzt' for himself (undated): by spring (a forecast: planned; 'an die' as "
          "approx)"),
    ),
)


K02 = Source(
    article_id="k121_02_dampfpost_losheim_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-01-16"),
    dated_by="front_matter",
    features="a heritage railway society's members' paper from Losheim am See (Saarland) in "
        "Markdown, UTF-8, front matter with `date:` (Thursday), a society key, an issue number and "
        "a title without a figure; the season first; a CHRONOLOGY: a retired engine driver from "
        "Korosten, now the stoker, keeps a list whose items open with a bold date ('**18. Oktober "
        "2024:**', '**28. Oktober:**', '**Mitte Dezember:**', '**11. Januar 2025:**', '**13. "
        "Januar:**', the year carried), each line's date and actor giving the claim date and "
        "claimant: the NIS `1.500`; 'Laut Pentagon' `etwa 10.000` and 'davon' `einige Tausend` on "
        "the way to Kursk (a breakdown); lawmakers briefed by the NIS `mehr als 10.000` in the "
        "combat zone; 'Aus dem Pentagon heißt es' `mehrere Hundert` casualties (days 11-20); "
        "Zelensky `über 3.000`; `Zwei` captured, sentence-initial, with 'teilt Selenskyj mit' "
        "after the figure; the NIS `rund 300` dead and `2.700` 'weitere' wounded (others, not an "
        "increment); the stoker 'schätzt' `20.000 bis 25.000` by summer (range, planned, other, "
        "`pub`); passengers, operating days, volunteer hours, boiler costs in euros, dates, a "
        "phone number",
    text="""\
---
title: "Dampfpost: Saisonbilanz und ein Heizer aus Korosten"
date: 2025-01-16
verein: Museumseisenbahn-Freunde Losheim am See
heft: 1/2025
---

# Saisonbilanz und ein Heizer aus Korosten

Die Dampflok steht im Schuppen, ihr Kessel wartet auf die Hauptuntersuchung, und der Vorstand \
zieht Bilanz: 11.600 Fahrgäste sind 2024 mit uns zwischen Losheim und Merzig gefahren, an 31 \
Fahrtagen und ohne einen einzigen Ausfall. Unsere Ehrenamtlichen haben dafür mehr als 9.000 \
Stunden geleistet, die Nikolauszüge waren nach vier Tagen ausverkauft.

## Serhij am Feuer

Seit dem Frühjahr schaufelt Serhij Bondar, 61, bei uns die Kohle. 35 Jahre lang fuhr er Güterzüge \
durch den Bahnknoten Korosten nördlich von Schytomyr, bevor er mit seiner Frau ins Saarland kam. \
Sein Schwiegersohn ist Funker in einer Brigade im Gebiet Sumy. Jeden Morgen, noch ehe das Feuer \
brennt, liest Serhij auf dem Telefon, was aus Kursk gemeldet wird, und trägt es in ein Heft ein \
wie früher die Zugnummern. Mit seiner Erlaubnis drucken wir die Liste ab.

## Serhijs Fahrplan der Zahlen

- **18. Oktober 2024:** Der südkoreanische Geheimdienst NIS meldet, [[1.500]] Mann \
nordkoreanischer Spezialkräfte seien auf russischen Schiffen nach Wladiwostok gebracht worden.
- **28. Oktober:** Laut Pentagon werden [[etwa 10.000]] Nordkoreaner in Ostrussland ausgebildet; \
[[einige Tausend]] davon seien schon auf dem Weg Richtung Kursk.
- **13. November:** Abgeordnete in Seoul berichten nach einer Unterrichtung durch den NIS, [[mehr \
als 10.000]] stünden inzwischen im Kampfgebiet.
- **Mitte Dezember:** Erstmals ist von Verlusten die Rede. Aus dem Pentagon heißt es, [[mehrere \
Hundert]] seien getötet oder verwundet worden.
- **23. Dezember:** Präsident Selenskyj beziffert die toten und verwundeten Nordkoreaner auf \
[[über 3.000]].
- **11. Januar 2025:** [[Zwei]] verwundete Nordkoreaner geraten in ukrainische Gefangenschaft, \
teilt Selenskyj mit.
- **13. Januar:** Der NIS spricht von [[rund 300]] Gefallenen; [[2.700]] weitere seien verletzt.

## Was Serhij erwartet

„Die Liste wird länger, nicht kürzer“, sagt Serhij und klopft auf das Heft. Er schätzt, dass Kim \
bis zum Sommer [[20.000 bis 25.000]] Soldaten nach Russland geschickt haben wird. Sein \
Schwiegersohn habe ihm zu Weihnachten geschrieben, die Koreaner drüben seien ‚jung, gehorsam und \
erschreckend zäh‘.

## Termine

- Jahreshauptversammlung: Samstag, 8. März, 15 Uhr, im Bahnhof Losheim
- Die Lok braucht neue Siederohre; Kostenvoranschlag rund 38.000 Euro, Spenden bitte auf das \
Vereinskonto
- Saisonstart mit der ersten Dampffahrt: Ostersonntag, 20. April
- Wir suchen Schaffnerinnen und Schaffner! Auskunft unter 06872 9022 61
""",
    claims=(
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "chronology line '18. Oktober 2024:' (the line's date), the NIS 'meldet', Konjunktiv: "
          "shipped to Vladivostok"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "chronology line '28. Oktober:' (year carried), 'Laut Pentagon': trained in eastern "
          "Russia"),
        C("einige Tausend", None, "vague", "near_front", "united_states", "2024-10-28",
          "same line, 'davon': on the way towards Kursk (a breakdown, not an increment)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "south_korea", "2024-11-13",
          "chronology line '13. November:', lawmakers briefed by the NIS: in the combat zone"),
        C("mehrere Hundert", None, "vague", "casualties", "united_states", "2024-12-11..2024-12-20",
          "chronology line 'Mitte Dezember:' (days 11-20), 'Aus dem Pentagon heißt es': killed or "
          "wounded"),
        C("über 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "chronology line '23. Dezember:', Zelensky 'beziffert': dead and wounded"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "chronology line '11. Januar 2025:', sentence-initial number word, claimant after the "
          "figure ('teilt Selenskyj mit'): captured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "chronology line '13. Januar:' (year carried from the line before), the NIS: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same line: '2.700 weitere seien verletzt' (the others wounded, not an increment)"),
        C("20.000 bis 25.000", None, "range", "planned", "other", "pub",
          "the stoker 'Er schätzt' (speaking for himself, undated): sent by summer (a forecast: "
          "planned)"),
    ),
)


K03 = Source(
    article_id="k121_03_muehlenpost_cochem_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-07-10"),
    dated_by="html_meta",
    features="a historic mustard mill's customer letter from Cochem on the Moselle "
        "(Rhineland-Palatinate) in HTML, UTF-16 LE with BOM, `article:published_time` +02:00 "
        "(Thursday), a one-line cookie note about the basket, a page script, navigation, a footer "
        "with a phone number; `<title>` repeating the headline (optional) and a headline `6.000` "
        "taking Shoigu's announcement below (russia, planned, mid-June to publication); Shoigu "
        "'Mitte Juni' (days 11-20) `6.000` with the breakdown `1.000` deminers and `5.000` "
        "builders; 'Laut dem ukrainischen Militärgeheimdienst' 'vergangene Woche' `einige Hundert` "
        "sappers near Sudzha; the NIS named in the NEXT sentence ('Das erklärte am Dienstag der "
        "Geheimdienst in Seoul') for `etwa 11.000` in Russia and 'zusätzlich' `bis zu 3.000` "
        "(increment, planned); a Korean-German tour guide relaying her guests `mehr als 15.000` "
        "and 'geht davon aus' `Zehntausende` (other, `pub`); the Korean nurses of the 1970s (`rund "
        "10.000`, not troops), tonnes of seed, years, grams, euros, tour times, group sizes, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Mühlenpost Juli: Senfsaat, Schoigu und [[6.000]] Mann für Kursk</title>
<meta property="article:published_time" content="2025-07-10T07:42:00+02:00">
<script>window.muehle={post:"2025-07",sorten:24,mahlgang:"kalt"};</script>
</head>
<body>
<div class="hinweis">Ein Cookie merkt sich Ihren Warenkorb. <button>Einverstanden</button> \
<button>Merci, aber nein</button></div>
<nav><a href="/">Mühle</a> · <a href="/senfe">Unsere Senfe</a> · <a href="/fuehrungen">Führungen \
&amp; Verkostung</a> · <a href="/post">Mühlenpost</a></nav>
<main>
<h1>Senfsaat, Schoigu und [[6.000]] Mann für Kursk</h1>
<p>Die Saat für den Herbst ist bestellt: 14 Tonnen gelbe und braune Körner, die bis Oktober auf \
unseren Basaltsteinen kalt gemahlen werden, so wie seit 1811.</p>
<p>Jeden Dienstag bringt Eun-ji Park, 49, eine Reisegruppe aus Korea zur Verkostung. Ihre Mutter \
kam 1971 als Krankenschwester nach Koblenz, eine von rund 10.000 Koreanerinnen, die damals in \
westdeutschen Kliniken anfingen. Seit dem Frühjahr fragen die Gäste auffallend oft nach dem \
Krieg.</p>
<p>Der Grund liegt in Pjöngjang. Mitte Juni reiste Sergej Schoigu, Sekretär des russischen \
Sicherheitsrats, zu Kim Jong Un und verkündete danach, der Norden werde [[6.000]] Soldaten in das \
Gebiet Kursk schicken, [[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter. Laut dem \
ukrainischen Militärgeheimdienst räumten vergangene Woche schon [[einige Hundert]] nordkoreanische \
Pioniere die Felder um Sudscha. Weiterhin seien [[etwa 11.000]] Soldaten des Nordens in Russland \
stationiert, im Juli und August könnten zusätzlich [[bis zu 3.000]] eintreffen. Das erklärte am \
Dienstag der Geheimdienst in Seoul.</p>
<p>Frau Park hält das für zu wenig. „Meine Gäste aus Seoul sagen, es seien längst [[mehr als \
15.000]] gewesen“, erzählt sie beim Abfüllen. Sie selbst geht davon aus, dass es am Ende \
[[Zehntausende]] sein werden.</p>
<p>Neu im Laden: Weinbergpfirsich-Senf, 140 Gramm für 4,90 Euro. Führungen täglich um 11 und 15 \
Uhr, Gruppen ab 20 Personen bitte anmelden.</p>
</main>
<footer>Historische Senfmühle Cochem · Telefon 02671 6074 38</footer>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..pub",
          "headline 'Schoigu und … Mann für Kursk': Shoigu's announcement below (mid-June to the "
          "Thursday of publication)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' (days 11-20) 'verkündete … werde … schicken': the total"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: deminers (a breakdown of the 6.000)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders (a breakdown of the 6.000)"),
        C("einige Hundert", None, "vague", "near_front", "ukraine", "lastweek",
          "'Laut dem ukrainischen Militärgeheimdienst' 'vergangene Woche': clearing the fields "
          "around Sudzha"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "tue",
          "Konjunktiv, the claimant and day in the NEXT sentence ('Das erklärte am Dienstag der "
          "Geheimdienst in Seoul'): stationed in Russia"),
        C("bis zu 3.000", 3000, "at_most", "planned", "south_korea", "tue",
          "same statement: 'zusätzlich' could arrive in July and August (increment, span without "
          "the word)", add=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a tour guide relaying her guests from Seoul ('Meine Gäste … sagen', the speaker quoted: "
          "other), undated: have been in Russia"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the guide 'geht davon aus' (undated): in the end (a forecast: planned)"),
    ),
)


K04 = Source(
    article_id="k121_04_burgbrief_trifels_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-09-18"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Burg Trifels – Burgbrief",
        "https://www.freundeskreis-trifels.example/burgbrief/herbst-2025",
        "Eine neue Burgführerin aus Sumy",
    ),
    features="a castle friends' circle letter from Annweiler am Trifels (Palatinate) in Markdown, "
        "ISO-8859-1 with straight quotes, front matter without a date (sidecar, Thursday) and a "
        "title without a figure; visitors first ('knapp 3.000 mehr als im Vorjahr': visitors, not "
        "an increment of troops); a historian from Sumy relaying her brother, a border guard, "
        "Konjunktiv ('lägen … sagt er'), `ein paar Tausend` across the border (other, `pub`); the "
        "NIS 'Anfang September' (days 1-10) `rund 2.000` fallen and 'In demselben Bericht warnte "
        "der Dienst' `3.000` 'weitere' (increment, planned); 'Dem Generalstab in Seoul zufolge' "
        "`etwa 5.000` builders (undated: `pub`); North Korean state TV 'Ende August' (days 21-31) "
        "the coffins of `101`; 'Nach Einschätzung des ukrainischen Militärgeheimdienstes' `11.000 "
        "bis 12.000` at the border (undated, range); Russia's ambassador 'am Montag' `Tausenden` "
        "builders to come (russia, planned); visitors, years, metres, minutes, euros, a phone "
        "number",
    text="""\
---
title: "Burgbrief Herbst: Eine neue Burgführerin aus Sumy"
herausgeber: Freundeskreis Burg Trifels e.V.
ausgabe: Herbst 2025
---

# Eine neue Burgführerin aus Sumy

Der Sommer auf dem Sonnenberg war gut besucht: 58.400 Gäste sind bis Ende August zur Burg \
hinaufgestiegen, knapp 3.000 mehr als im Vorjahr. Die Nachbildungen der Reichskleinodien bleiben \
das Ziel Nummer eins, dicht gefolgt von der Geschichte des englischen Königs Richard Löwenherz, \
der hier 1193 gefangen saß.

## Olha erzählt von Richard und vom Krieg

Seit April führt Olha Tkatschenko, 34, Besuchergruppen durch den Palas, auf Deutsch, Englisch und \
Ukrainisch. Die Historikerin hat an der Universität in Sumy gelehrt, bis die Einschläge zu nahe \
kamen. Ihr Bruder dient bei der Grenzwache, wenige Kilometer vor der russischen Grenze. Was er von \
drüben sieht, erzählt sie nur, wenn man fragt: Auf der anderen Seite lägen [[ein paar Tausend]] \
Nordkoreaner, sagt er, vor allem Artilleristen. Sie schössen jede Nacht, und morgens höre man ihre \
Lastwagen.

Was offiziell bekannt ist, beruhigt kaum. Anfang September meldete der südkoreanische Geheimdienst \
NIS, in Russland seien bislang [[rund 2.000]] Soldaten aus dem Norden gefallen. In demselben \
Bericht warnte der Dienst, bis Jahresende könnten noch [[3.000]] weitere folgen. Dem Generalstab \
in Seoul zufolge sind seit Juli zudem [[etwa 5.000]] Militärbauarbeiter in Russland eingetroffen, \
die Straßen und Unterkünfte errichten. Das nordkoreanische Staatsfernsehen hatte Ende August \
gezeigt, wie Kim Jong Un vor den Särgen von [[101]] Gefallenen salutierte. Nach Einschätzung des \
ukrainischen Militärgeheimdienstes stehen weiterhin [[11.000 bis 12.000]] Nordkoreaner im \
Grenzgebiet bei Kursk und Belgorod. Moskau nennt keine eigenen Zahlen; der russische Botschafter \
in Pjöngjang sprach am Montag lediglich von [[Tausenden]] Bauleuten, die im Herbst in das Gebiet \
Kursk kommen sollen.

Olha bleibt mindestens bis zum Frühjahr. Wer eine ihrer Führungen erleben will: samstags um 14 \
Uhr, Treffpunkt an der Kasse.

## Aus dem Freundeskreis

- Burgfest mit Ritterlager am 4. und 5. Oktober; Eintritt 7 Euro, Kinder bis 14 Jahre frei
- Die Burg liegt auf 494 Metern; vom Parkplatz sind es rund 20 Minuten zu Fuß
- Jahresbeitrag 30 Euro, Familien 45 Euro
- Geschäftsstelle in Annweiler: 06346 3091 77
""",
    claims=(
        C("ein paar Tausend", None, "vague", "near_front", "other", "pub",
          "a castle guide relaying her brother, a border guard ('lägen … sagt er', the speaker "
          "quoted: other), undated: on the other side of the border"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang September' (days 1-10) 'meldete', Konjunktiv: fallen in Russia"),
        C("3.000", 3000, "exact", "planned", "south_korea", "2025-09-01..2025-09-10",
          "'In demselben Bericht warnte der Dienst' (the same report, its window): 'noch … "
          "weitere' could follow by the end of the year (increment, span without the "
          "word)", add=True),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "pub",
          "'Dem Generalstab in Seoul zufolge' (the JCS, undated): builders arrived in Russia since "
          "July"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state TV 'hatte Ende August gezeigt' (days 21-31): the coffins of the "
          "fallen"),
        C("11.000 bis 12.000", None, "range", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): in the border "
          "area near Kursk and Belgorod"),
        C("Tausenden", None, "vague", "planned", "russia", "mon",
          "Russia's ambassador in Pyongyang 'sprach am Montag … von' (Thursday letter): builders "
          "who are to come to Kursk in autumn (planned; no increment word)"),
    ),
)


K05 = Source(
    article_id="k121_05_vereinsblatt_balzers",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-03-13"),
    dated_by="dateline", crlf=True,
    features="a Guggenmusik club's bulletin from Balzers (Liechtenstein) as plain text, UTF-8 with "
        "BOM and CRLF, Swiss conventions (`ss`, «», `4'500`, `3'000`, `11'000`, `Fr. 2'350.-`), "
        "dated by the place line 'Balzers, 13. März 2025' (Thursday); the carnival first; a young "
        "sousaphone player relaying his uncle in Seoul «`zwanzigtausend`» by summer (number word, "
        "planned, other, `pub`); the JCS 'teilte am Dienstag mit' `rund 3'000` 'zusätzliche' "
        "(increment) and, by 'Seine Schätzung', `etwa 4'000` casualties; Zelensky 'am Freitag' "
        "`mehrere Tausend` back at the front; 'Laut einem Nato-Sprecher, der sich vorgestern … "
        "äusserte' (the date in a relative clause: an ISO date) `über 11'000` 'insgesamt'; the "
        "Pentagon 'Ende Februar' `gegen 4'000` ('gegen' as approx); 'Nach Angaben des … "
        "Militärgeheimdienstes' `bis zu 5'000` 'weitere' (undated, increment, planned); Moscow "
        "without a figure; spectators, bands, musicians, francs, a meeting date, a phone number",
    text="""\
GUGGAMUSIK RHYSCHRÄNZER BALZERS
Vereinsblatt Nr. 2 – nach der Fasnacht

Balzers, 13. März 2025

Liebe Schränzerinnen und Schränzer, liebe Passivmitglieder

Die Fasnacht ist vorbei, die Grinde hängen wieder im Probelokal, und die Ohren klingeln noch. Am \
grossen Umzug in Balzers spielten wir vor gut 4'500 Zuschauern, am Monsterkonzert in Schaan traten \
14 Guggen auf, und mit sechs Auftritten haben unsere 38 Musikantinnen und Musikanten Fr. 2'350.- \
für das Jugendlager erspielt.

Min-jun am Sousafon

Unser jüngster Basser ist Min-jun Frick, 17, Sohn einer Koreanerin aus Busan und eines Balzners. \
Sein Onkel in Seoul ist Oberst im Verteidigungsministerium, und am Familientisch wird oft über den \
Norden gesprochen. «Mein Onkel sagt, im Sommer könnten es [[zwanzigtausend]] sein», erzählte \
Min-jun nach der Probe. «Er sagt das ganz ruhig. Aber er schläft schlecht.»

Die Meldungen aus Seoul und Kiew sind tatsächlich nicht beruhigend. Am Dienstag teilte der \
Generalstab in Seoul mit, Pjöngjang habe seit Neujahr [[rund 3'000]] zusätzliche Soldaten über die \
Grenze nach Russland gebracht. Seine Schätzung der Verluste: [[etwa 4'000]] Tote und Verletzte. \
Präsident Selenskyj hatte am Freitag erklärt, nach einer Pause von einigen Wochen stünden wieder \
[[mehrere Tausend]] Nordkoreaner an der Front bei Kursk. Laut einem Nato-Sprecher, der sich \
vorgestern in Brüssel äusserte, sind insgesamt [[über 11'000]] in Russland. Das Pentagon hatte \
Ende Februar von [[gegen 4'000]] Toten und Verwundeten gesprochen. Nach Angaben des ukrainischen \
Militärgeheimdienstes bereitet Pjöngjang [[bis zu 5'000]] weitere auf den Einsatz vor. Aus Moskau \
hiess es nur, man kommentiere «Gerüchte» nicht.

Aus dem Vorstand
- Generalversammlung: Freitag, 4. April, 19.30 Uhr, im Gemeindesaal
- Neue Gwändli für 2026: Budget Fr. 9'800.-, Entwürfe bis Ende Mai an die Sujetkommission
- Probe: dienstags ab 20 Uhr in der alten Turnhalle
- Kassierin Renate Vogt, Telefon +423 384 21 06

Mit schränzigem Gruss
Der Vorstand
""",
    claims=(
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a sousaphone player relaying his uncle, a colonel in Seoul («Mein Onkel sagt», the "
          "speaker quoted: other), 'erzählte' undated: by summer (number word, a forecast)"),
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "tue",
          "the JCS 'teilte am Dienstag mit' (Thursday bulletin): 'zusätzliche' moved to Russia "
          "since January (increment, span without the word)", add=True),
        C("etwa 4'000", 4000, "approx", "casualties", "south_korea", "tue",
          "'Seine Schätzung der Verluste' (the JCS referred back to by a pronoun): dead and "
          "wounded"),
        C("mehrere Tausend", None, "vague", "near_front", "ukraine", "fri",
          "Zelensky 'hatte am Freitag erklärt' (7 March): back at the front near Kursk"),
        C("über 11'000", 11000, "at_least", "in_russia", "nato", "2025-03-11",
          "'Laut einem Nato-Sprecher, der sich vorgestern … äusserte' (two days before "
          "publication: an ISO date): 'insgesamt' in Russia (not planned)"),
        C("gegen 4'000", 4000, "approx", "casualties", "united_states", "2025-02-21..2025-02-28",
          "the Pentagon 'Ende Februar' (days 21-28): dead and wounded ('gegen' as approx)"),
        C("bis zu 5'000", 5000, "at_most", "planned", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): 'weitere' being "
          "readied (increment, span without the word)", add=True),
    ),
)


K06 = Source(
    article_id="k121_06_baustellenbrief_friesach_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-06"),
    dated_by="sidecar",
    sidecar=(
        "Burgbaustelle Friesach – Baustellenbrief",
        "https://www.burgbaustelle-friesach.example/baustellenbrief/2025-02",
        "Winterpause, aber kein Stillstand",
    ),
    features="a medieval castle-building site's letter from Friesach (Carinthia) in HTML, "
        "ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, `&ndash;`), no "
        "meta date (sidecar, Thursday), Austrian conventions (`Heuer`, `Jänner`, `Feber`, `vorige "
        "Woche`, `Passt`), a cookie note, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; a stonemason from Drohobych relaying his son, a "
        "drone pilot, `Hunderte` dead in December (other, `pub`); Zelensky 'am Sonntag' `rund "
        "4.000` killed or wounded; 'Aus Washington hieß es vorige Woche' `mindestens 1.000` fallen "
        "in January; HUR 'meldete am Montag' `etwa 2.000` pulled back to camps further inside "
        "Russia (in_russia, not near the front) and 'hieß es in der Mitteilung' `Tausende` "
        "'weitere' (increment, planned); the NIS 'Ende Jänner' (days 21-31) `rund 11.000` still in "
        "Russia; visitors, craftsmen, metres, centuries, euros, course places, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Burgbaustelle Friesach &ndash; Baustellenbrief im Winter</title>
<script>var baustelle={brief:"2025-02",saison:"winter",offen:false};</script>
</head>
<body>
<div class="cookie">Wir setzen ein einziges Cookie, damit Sie diesen Hinweis nicht zweimal sehen. \
<button>Passt</button> <button>Na, lieber nicht</button></div>
<nav>Baustelle &middot; Handwerk &middot; Besuch &middot; Baustellenbrief &middot; Kontakt</nav>
<article>
<h1>Winterpause, aber kein Stillstand</h1>
<p>Seit Mitte Dezember ruht die Arbeit an der Ringmauer, denn bei Frost bindet der Kalkmörtel \
nicht ab. Heuer soll der Bergfried um zwei Meter wachsen. Im Vorjahr kamen 41.000 Besucherinnen \
und Besucher, um unseren 26 Handwerkerinnen und Handwerkern zuzusehen, die hier mit Werkzeug und \
Wissen des 13. Jahrhunderts bauen.</p>
<p>Einer von ihnen ist Wolodymyr Hnatiuk, 44, Steinmetz aus Drohobytsch, der den Winter in der \
Bauhütte verbringt und Quader für das Tor behaut. Sein Sohn fliegt Aufklärungsdrohnen in einer \
Brigade im Gebiet Sumy. &bdquo;Er sagt, im Dezember seien vor seinem Abschnitt [[Hunderte]] \
Koreaner gestorben&ldquo;, erzählt der Vater. &bdquo;Sie liefen in Reihen über das offene \
Feld.&ldquo;</p>
<p>Die offiziellen Angaben sind kaum weniger bitter. Präsident Selenskyj sagte am Sonntag, bisher \
seien [[rund 4.000]] Nordkoreaner getötet oder verwundet worden. Aus Washington hieß es vorige \
Woche, allein im Jänner seien [[mindestens 1.000]] gefallen. Der ukrainische Militärgeheimdienst \
meldete am Montag, ein Teil der Truppe, [[etwa 2.000]] Mann, sei aus den Stellungen in Lager \
weiter hinten in Russland gebracht worden; im Frühjahr könnten [[Tausende]] weitere nachkommen, \
hieß es in der Mitteilung. Nach Angaben des südkoreanischen Geheimdienstes NIS, die Ende Jänner \
bekannt wurden, sind [[rund 11.000]] in Russland verblieben.</p>
<p>Ab 29. März ist die Baustelle wieder täglich von 10 bis 17 Uhr geöffnet; Erwachsene zahlen 14 \
Euro, Kinder ab sechs Jahren 9 Euro. Im Feber bieten wir zwei Schmiedekurse für je acht Teilnehmer \
an, Kursbeitrag 180 Euro.</p>
</article>
<footer>Burgbaustelle Friesach &middot; 9360 Friesach &middot; Tel. +43 4268 2217 40</footer>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "a stonemason relaying his son, a drone pilot ('Er sagt', the speaker quoted: other), "
          "'erzählt der Vater' undated: died in front of his sector in December"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag' (Thursday letter), Konjunktiv: killed or wounded"),
        C("mindestens 1.000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "'Aus Washington hieß es vorige Woche' (Austrian 'vorige Woche' as last week): fallen in "
          "January alone"),
        C("etwa 2.000", 2000, "approx", "in_russia", "ukraine", "mon",
          "HUR 'meldete am Montag': part of the force pulled back from the positions to camps "
          "further inside Russia (in_russia, no longer near the front; a breakdown)"),
        C("Tausende", None, "vague", "planned", "ukraine", "mon",
          "same statement ('hieß es in der Mitteilung' after the figure): 'weitere' could follow "
          "in spring (increment, planned)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-21..2025-01-31",
          "'Nach Angaben des … NIS, die Ende Jänner bekannt wurden' (days 21-31): remaining in "
          "Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (rural Ireland, the Scottish Highlands, Wales)
# ---------------------------------------------------------------------------------------------

K07 = Source(
    article_id="k121_07_matchmakers_post_lisdoonvarna",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-10-25"),
    dated_by="dateline",
    features="a matchmaking festival committee's newsletter from Lisdoonvarna (Co. Clare) as plain "
        "text, UTF-8, dateline 'LISDOONVARNA, Co. Clare, 25 October 2024 —' (Friday), straight "
        "quotes; the festival first ('at least 27 couples': not troops); a pharmacist from Kharkiv "
        "relaying her brother 'By his count' `a few hundred` over the border (other, `pub`); the "
        "NIS 'On Wednesday' told lawmakers `about 3,000` sent and `10,000` expected by December "
        "(planned); the White House 'the same day' `at least 3,000` shipped to Russia's far east; "
        "a Washington think tank 'estimated on Tuesday' `up to 12,000` (other, planned); HUR "
        "'believes' `around 12,000` training (present tense, `pub`); Zelensky 'yesterday' `5,000` "
        "in a first wave (planned); Moscow without a figure; Russia's losses a day 'according to "
        "British defence intelligence' (not a claim); visitors, couples, ages, volunteers, "
        "festival dates, a phone number",
    text="""\
THE MATCHMAKER'S POST
Newsletter of the Lisdoonvarna Matchmaking Festival committee

LISDOONVARNA, Co. Clare, 25 October 2024 — The bands have packed up, the spa wells are quiet and \
the matchmaker has closed his ledger for another year. Over five weekends some 38,000 people came \
through the town, and at least 27 couples have told the committee they are still walking out \
together. Two of them have already named a date.

A wedding for Kateryna

One of those two couples met here last September. Kateryna Melnyk, 36, a pharmacist from Kharkiv \
who now works in Ennistymon, was introduced to a dairy farmer from Kilfenora on the last Saturday \
of the festival, and they marry at Easter. Her younger brother serves with an artillery battery \
near the Russian border, and between sets this year she was never far from her phone.

"By his count there are [[a few hundred]] of them over the border already," she said of the North \
Korean soldiers his battery has been told to watch for. "He says they look like schoolboys in \
borrowed uniforms."

What the governments say

The numbers have moved fast this week. On Wednesday South Korea's intelligence service told \
lawmakers in \
Seoul that [[about 3,000]] North Korean soldiers had already been sent to Russia, and that the \
North was expected to send [[10,000]] by December. The White House said the same day that [[at \
least 3,000]] had been shipped to Russia's far east in the first half of October. A Washington \
think tank estimated on Tuesday that [[up to 12,000]] could eventually be sent. Kyiv puts the \
number higher still: Ukraine's military intelligence believes [[around 12,000]] are already \
training at five bases in the Russian far east. President Volodymyr Zelensky said yesterday that \
the first of them could reach the combat zone by Sunday, [[5,000]] in a first wave.

Moscow has called the reports fake and offered no figure of its own. Russia itself is losing about \
1,200 men a day in the war, according to British defence intelligence.

Festival notes
- Next year's festival runs from 5 September to 5 October 2025.
- The matchmaker keeps his chair at the hotel bar on the first Saturday of each month.
- Thanks to our 112 volunteers and to the Burren bus drivers.
- Committee secretary: 065 707 4402
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "pub",
          "a pharmacist relaying her brother, a gunner ('By his count', the speaker quoted: "
          "other), 'she said' undated: over the border already"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'On Wednesday … told lawmakers' (Friday newsletter): already sent to Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same briefing: 'expected to send … by December' (planned)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "the White House 'the same day' (Wednesday): shipped to Russia's far east"),
        C("up to 12,000", 12000, "at_most", "planned", "other", "tue",
          "'A Washington think tank estimated on Tuesday' (a think tank: other): could eventually "
          "be sent"),
        C("around 12,000", 12000, "approx", "in_russia", "ukraine", "pub",
          "'Ukraine's military intelligence believes' (present tense, undated): training at bases "
          "in the far east"),
        C("5,000", 5000, "exact", "planned", "ukraine", "yday",
          "Zelensky 'said yesterday': could reach the combat zone by Sunday in a first wave "
          "(planned)"),
    ),
)


K08 = Source(
    article_id="k121_08_friends_newsletter_allihies_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-23"),
    dated_by="sidecar",
    sidecar=(
        "Friends of the Allihies Copper Mine Museum – Newsletter",
        "https://www.allihies-coppermuseum.example/friends/autumn-2025",
        "A mining engineer from Taebaek",
    ),
    features="a copper mine museum's friends' newsletter from Allihies on the Beara peninsula (Co. "
        "Cork) in Markdown, windows-1252 with curly quotes, front matter with `date:` and a "
        "sidecar (the sidecar wins; Thursday), a title without a figure; the season and the mines' "
        "history first; a retired mining engineer from Taebaek who 'reckons' `15,000 to 16,000` "
        "passed through Russia in rotation (range, other, `pub`); the NIS 'last week' `about "
        "10,000` posted along the border and `roughly 5,000` builders, and 'By the agency's "
        "estimate' `2,000 or so` dead (approx, carried claimant); Russia's defence ministry 'On "
        "Monday … put the number … at' `over 1,000` engineers rebuilding the Kursk region (russia, "
        "near the front); KCNA 'on Sunday' `several thousand` 'more' (north_korea, increment, "
        "planned); Kursk veterans at the 10 October parade, `hundreds` (returnees: optional); "
        "visitors, per cent, years, miners, euros, kilometres, a phone number",
    text="""\
---
title: "Friends of the Copper Mine Museum: autumn newsletter"
date: 2025-10-23
museum: Allihies Copper Mine Museum
---

# A mining engineer from Taebaek

*The season closed on Sunday with 9,460 visitors through the door, a rise of 12 per cent and our \
best year since the museum opened in 2007.*

Copper was dug from these hills between 1812 and 1884, and at the height of the boom the mines on \
the Beara employed some 1,300 men, women and children. Many of their descendants live in Montana, \
where the Allihies surnames still fill a page of the phone book.

## A visitor from coal country

In September we welcomed Kim Sung-ho, 66, a retired mining engineer from Taebaek, the old coal \
town in South Korea’s Gangwon province. He spent two days in the engine houses with a tape measure \
and left us a bottle of soju and a long talk about the North. His son is a major in the South \
Korean army, and Mr Kim reads every report from Russia.

He reckons [[15,000 to 16,000]] of Kim’s soldiers have passed through Russia in rotation since the \
first ships sailed last year. “Pyongyang counts its soldiers the way we counted coal wagons,” he \
said. “Full ones go out, empty ones come back.”

## The latest figures

South Korea’s intelligence agency told lawmakers last week that [[about 10,000]] North Korean \
troops were \
posted along the border in the Kursk region and that [[roughly 5,000]] military builders had gone \
to Russia since the summer. By the agency’s estimate, [[2,000 or so]] have died. On Monday \
Russia’s defence ministry put the number of North Korean engineers rebuilding roads and bridges in \
the Kursk region at [[over 1,000]]. KCNA said on Sunday that [[several thousand]] more would leave \
for Kursk before winter. At the parade for the ruling party’s 80th anniversary on 10 October, \
[[hundreds]] of Kursk veterans marched past Kim Jong Un, state television showed.

## Friends’ notes

- The museum reopens on 17 March 2026; Friends go free, everyone else pays €8.
- The Mountain Mine walk is 5 km and takes about two hours.
- Membership is €25 a year; renewals to the museum office, 027 73 218.
""",
    claims=(
        C("15,000 to 16,000", None, "range", "in_russia", "other", "pub",
          "a retired mining engineer who 'reckons' (speaking for himself, undated): passed through "
          "Russia in rotation since last year"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week': posted along the border in the Kursk region"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "lastweek",
          "same briefing: military builders gone to Russia since the summer"),
        C("2,000 or so", 2000, "approx", "casualties", "south_korea", "lastweek",
          "'By the agency's estimate' (the NIS referred back to by a role; its briefing last "
          "week): died ('or so' in the span)"),
        C("over 1,000", 1000, "at_least", "near_front", "russia", "mon",
          "Russia's defence ministry 'On Monday … put the number … at': engineers rebuilding roads "
          "and bridges in the Kursk region"),
        C("several thousand", None, "vague", "planned", "north_korea", "sun",
          "KCNA 'said on Sunday': 'more' would leave for Kursk before winter "
          "(increment)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV showed Kursk veterans at the 10 October parade (returnees: optional, as in "
          "earlier sets)", opt=True),
    ),
)


K09 = Source(
    article_id="k121_09_dell_bulletin_kingussie_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-05-02"),
    dated_by="html_meta", crlf=True,
    features="a shinty supporters' bulletin from Kingussie (Badenoch, Scottish Highlands) in HTML, "
        "windows-1252 with CRLF (curly quotes, `–` and `·` raw), `<meta name=\"date\">` (Friday), "
        "a cookie bar, a script, navigation, a footer with a phone number; `<title>` repeating the "
        "headline (optional) and a headline `Seoul’s 15,000` (the source in the headline: the "
        "NIS's Wednesday to publication, hedge dropped); the club physio relaying her brother, a "
        "lieutenant colonel, 'reckons … another' `2,000 to 3,000`, dated by 'she told us after "
        "training on Tuesday' (range, increment, planned, other); Pyongyang's admission on Monday "
        "without a figure; the NIS 'On Wednesday' `some 15,000` sent, 'the agency put casualties "
        "at' `about 4,700`, `around 600` of them dead (a breakdown); 'In a briefing this week' "
        "(Monday to publication) a State Department spokeswoman `more than 14,000`; a NATO "
        "official 'speaking on condition of anonymity yesterday, estimated' `up to 3,000` in "
        "Kursk; spectators, players, a match date and time, pounds, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>The Dell Bulletin – Camans, a new physio and Seoul’s [[15,000]]</title>
<meta name="date" content="2025-05-02">
<script>var bulletin={club:"kingussie",issue:"2025-05",fixtures:9};</script>
</head>
<body>
<div class="cookie-bar">One cookie keeps the fixtures list on your team. <button>Aye, \
fine</button> <button>No thanks</button></div>
<nav>Home · Fixtures · Results · Youth · Bulletin · Shop</nav>
<article>
<h1>Camans, a new physio and Seoul’s [[15,000]]</h1>
<p>The season is three weekends old, the first team has won both league games, and some 640 people \
stood round the Dell for the derby with Newtonmore on Saturday. The youth section now has 52 \
players under 14, and the new camans from the workshop in Glen Urquhart arrived just in time.</p>
<h2>Dr Han joins the bench</h2>
<p>Our new physiotherapist is Dr Han Seo-yeon, 39, who grew up in Daegu, trained in Edinburgh and \
married into a Kingussie family. Her brother is a lieutenant colonel in South Korea’s army, and \
she follows the news from Russia more closely than the league table. Her brother reckons Pyongyang \
is getting another [[2,000 to 3,000]] ready to go, she told us after training on Tuesday.</p>
<p>The official numbers shifted again this week. North Korea admitted on Monday, for the first \
time, that its soldiers had fought in the Kursk region, without saying how many. On Wednesday \
South Korea’s spy agency told lawmakers that [[some 15,000]] had been sent to Russia since last \
October; the agency put casualties at [[about 4,700]], [[around 600]] of them dead. In a briefing \
this week, a State Department spokeswoman said [[more than 14,000]] had served with Russian \
forces. A NATO official in Brussels, speaking on condition of anonymity yesterday, estimated that \
[[up to 3,000]] were still in the Kursk region.</p>
<p>Dr Han thinks the real number will be higher by the time of the cup final in September. \
“Koreans count quietly,” she said.</p>
<p>Next home game: Saturday 10 May against Lovat, throw-up at 2.30 p.m. Season tickets £60, \
under-16s free.</p>
</article>
<footer>Kingussie shinty supporters · The Dell, Kingussie · Bulletin editor 01540 661 283</footer>
<script src="/js/fixtures.js"></script>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul’s …' (the source in the headline): the NIS's Wednesday figure below "
          "(Wednesday to the Friday of publication, hedge 'some' dropped)"),
        C("2,000 to 3,000", None, "range", "planned", "other", "tue",
          "the club physio relaying her brother ('Her brother reckons', the speaker quoted: "
          "other), dated by 'she told us after training on Tuesday': 'another' getting ready "
          "(increment, span without the word)", add=True),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'On Wednesday … told lawmakers': sent since last October"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'the agency put casualties at'"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "same briefing: 'of them dead' (a breakdown of the casualties)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "mon..pub",
          "'In a briefing this week' (Monday of the week to publication), a State Department "
          "spokeswoman: served with Russian forces"),
        C("up to 3,000", 3000, "at_most", "near_front", "nato", "yday",
          "a NATO official 'speaking on condition of anonymity yesterday, estimated': still in the "
          "Kursk region"),
    ),
)


K10 = Source(
    article_id="k121_10_herd_diary_glenmore_md",
    language="en", fmt="md", encoding="utf-16", published=day("2024-12-12"),
    dated_by="front_matter",
    features="a reindeer keepers' herd diary from Glenmore in the Cairngorms (Scottish Highlands) "
        "in Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday) and a title without "
        "a figure; the herd first; a retired US Army sergeant from Nethy Bridge who 'figures' "
        "`twenty thousand` by spring (number words, planned, other, `pub`); 'According to Seoul's "
        "National Intelligence Service, whose briefing to parliament came late last month' (days "
        "21-30 November) `about 11,000` in Kursk; a senior US official 'On Tuesday' `roughly "
        "10,000` fighting; Rutte 'last week' 'put the number … at' `well over 10,000` ('well over' "
        "as at_least); HUR 'on Sunday' `at least 200` killed or wounded; 'Kyrylo Budanov, its "
        "chief' (a role referring back), 'in an interview published on Wednesday', 'expects' `up "
        "to 15,000` 'more' (increment, planned); reindeer, calves, fairs, pounds, minutes, a phone "
        "number",
    text="""\
---
title: "Herd diary: calves, sleigh bells and a sergeant from Nethy Bridge"
date: 2024-12-12
herd: Glenmore reindeer keepers
---

# Calves, sleigh bells and a sergeant from Nethy Bridge

December is our busiest month. The herd on the Cairngorm slopes numbers 148 this winter, 31 of \
them born in May, and twelve of the steadiest are touring Christmas fairs from Inverness to Perth.

## Walt's war

Most mornings a familiar figure joins the hill walk: Walt Brenner, 71, who served two winters with \
the US Army on the Korean demilitarised zone in the 1970s and retired to Nethy Bridge with his \
Scottish wife. He brings a flask and firm opinions, and this month they have been about Kursk. \
Walt figures Kim will have [[twenty thousand]] men in Russia by the spring, "and he'll be paid for \
every one of them".

## What the officials say

According to Seoul's National Intelligence Service, whose briefing to parliament came late last \
month, [[about 11,000]] North Korean troops were by then in the Kursk region. On Tuesday a senior \
US official told reporters that [[roughly 10,000]] were fighting alongside Russian units. At \
NATO's foreign ministers' meeting in Brussels last week, Mark Rutte put the number already in \
Russia at [[well over 10,000]]. Ukraine's military intelligence said on Sunday that [[at least \
200]] had been killed or wounded near two villages. Kyrylo Budanov, its chief, said in an \
interview published on Wednesday that he expects [[up to 15,000]] more by the new year.

## Herd notes

- Hill visits: £25 for adults, £18 for children; the climb to the paddock takes 20 minutes.
- Adopt a reindeer for £40 a year.
- Bookings: 01479 861 228
""",
    claims=(
        C("twenty thousand", 20000, "exact", "planned", "other", "pub",
          "a retired US Army sergeant who 'figures' (speaking for himself, undated): in Russia by "
          "the spring (number words, a forecast)"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "2024-11-21..2024-11-30",
          "'According to Seoul's National Intelligence Service, whose briefing to parliament came "
          "late last month' (days 21-30 of November): in the Kursk region"),
        C("roughly 10,000", 10000, "approx", "near_front", "united_states", "tue",
          "a senior US official 'On Tuesday … told reporters': fighting alongside Russian units"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte at NATO's foreign ministers' meeting 'last week', 'put the number already in "
          "Russia at' ('well over' as at_least)"),
        C("at least 200", 200, "at_least", "casualties", "ukraine", "sun",
          "HUR 'said on Sunday': killed or wounded near two villages"),
        C("up to 15,000", 15000, "at_most", "planned", "ukraine", "wed",
          "'Kyrylo Budanov, its chief' (HUR's chief), 'in an interview published on Wednesday', "
          "'expects … more by the new year' (increment, span without the word)", add=True),
    ),
)


K11 = Source(
    article_id="k121_11_bog_line_llanwrtyd",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-08-29"),
    dated_by="sidecar",
    sidecar=(
        "The Bog Line – Bog Snorkelling Championship Committee, Llanwrtyd Wells",
        "https://www.bogline-llanwrtyd.example/news/2025-08",
        "A record trench, and news from the Sumy border",
    ),
    features="a bog snorkelling championship committee's newsletter from Llanwrtyd Wells (Powys, "
        "Wales) as plain text, ISO-8859-1 with straight quotes and `£` (sidecar, Friday); the "
        "championship first (snorkellers, metres, minutes); a swimming coach from Fastiv relaying "
        "her husband, a border guard, `maybe 3,000` opposite his post (approx, other, `pub`); HUR "
        "'On the same bank holiday Monday' (25 August) `around 11,000` in Kursk; sentence-initial "
        "`Some 2,000` dead with the source AFTER the figure ('South Korea's spy agency told "
        "lawmakers last week'); Pyongyang's state media 'yesterday' `6,000` builders and deminers "
        "to 'go forward' (north_korea, planned); the Kursk governor 'this month' (the 1st to "
        "publication) `about 1,000` deminers near Sudzha (russia, near the front); the "
        "newsletter's own 'By this newsletter's arithmetic' `13,000-plus` (unattributed, required, "
        "at_least); marshals, fees and money raised in pounds, population, a phone number",
    text="""\
THE BOG LINE
Newsletter of the bog snorkelling championship committee, Llanwrtyd Wells

What a Monday. A record 164 snorkellers took on the 55-metre trench at Waen Rhydd on bank holiday \
Monday, the fastest in 1 minute 16 seconds, and the rain held off until the prize-giving. Thanks \
to the 40 marshals, the first-aiders and whoever kept the tea urn going all afternoon.

Second in the women's race

Second place in the women's race went to Iryna Savchuk, 33, a swimming coach from Fastiv who has \
lived in Builth Wells since 2022. Her husband is a border guard in the Sumy region. "My husband \
says there are [[maybe 3,000]] of them opposite his post now," she said, one flipper still on. \
"Koreans. They dig all night and they never talk."

The news from that border has not been good. On the same bank holiday Monday, Ukraine's military \
intelligence said [[around 11,000]] North Koreans were still in the Kursk region. [[Some 2,000]] \
have died since they were first sent, South Korea's spy agency told lawmakers last week. \
Pyongyang's state media reported yesterday that [[6,000]] military builders and deminers would "go \
forward" to Kursk before the autumn. Alexander Khinshtein, the Kursk governor, told a Russian \
newspaper this month that [[about 1,000]] North Korean deminers had cleared farmland near Sudzha.

By this newsletter's arithmetic, adding the dead to the living, that makes [[13,000-plus]] North \
Koreans sent to Russia so far.

Iryna will be back next year. "Next time I win," she said, "and my husband comes to watch."

Committee notes
- Next year's championship: Monday 31 August 2026; entry stays at £25.
- Llanwrtyd Wells, population about 850, still calls itself the smallest town in Britain.
- We raised £4,120 for the air ambulance.
- Secretary: 01591 610 478
""",
    claims=(
        C("maybe 3,000", 3000, "approx", "near_front", "other", "pub",
          "a swimming coach relaying her husband, a border guard ('My husband says', the speaker "
          "quoted: other), 'she said' undated: opposite his post ('maybe' as approx)"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'On the same bank holiday Monday' (25 August, the championship day): still in the "
          "Kursk region"),
        C("Some 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "sentence-initial figure, the source after it ('South Korea's spy agency told lawmakers "
          "last week'): died"),
        C("6,000", 6000, "exact", "planned", "north_korea", "yday",
          "Pyongyang's state media 'reported yesterday': builders and deminers would 'go forward' "
          "to Kursk (planned; no increment word)"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "2025-08-01..pub",
          "the Kursk governor 'told a Russian newspaper this month' (the 1st to publication): "
          "deminers who cleared farmland near Sudzha"),
        C("13,000-plus", 13000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own 'By this newsletter's arithmetic' (no source: unattributed, "
          "required): sent so far ('-plus' as at_least)"),
    ),
)


K12 = Source(
    article_id="k121_12_hide_notes_rhayader_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Rhayader Kite Hide – Notes from the Hide",
        "https://www.rhayader-kitehide.example/notes/2025/11/brother-on-the-dmz",
        "Five hundred kites and a brother on the DMZ",
    ),
    features="a red kite feeding station's hide notes from Rhayader (mid Wales) in HTML, UTF-8 "
        "with BOM, no meta date (sidecar, Thursday), a consent note, a script, navigation, "
        "entities (`&rsquo;`, `&ldquo;`, `&pound;`), a footer with a phone number; `<title>` "
        "without a figure and a headline 'Five hundred kites' (birds, not a claim; `up to 500` "
        "kites neither); a photographer from Incheon relaying her brother on the DMZ `tens of "
        "thousands` 'more' (vague, increment, planned, other, `pub`); the NIS 'on Tuesday' `5,000` "
        "engineers moving into Kursk and `around 2,000` killed; the State Department 'in a "
        "statement last week' `more than 15,000`; Zelensky 'On Sunday' `several hundred` gunners "
        "shelling Sumy from across the border; a CORRECTION note with the wrong figure `20,000` "
        "(optional) and the right one `5,000` (required, the body claim's labels); birds, years, "
        "ages, pounds, hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Notes from the kite hide, Rhayader</title>
<script>var hide={feed:"15:00",season:"winter",seats:40};</script>
</head>
<body>
<div id="consent">This page sets one cookie to remember your booking slot. <button>Happy with \
that</button> <button>Not for me</button></div>
<nav><a href="/">Home</a> | <a href="/feeding">Feeding times</a> | <a href="/hides">Hides &amp; \
prices</a> | <a href="/notes">Notes</a></nav>
<article>
<h1>Five hundred kites and a brother on the DMZ</h1>
<p>Feeding is at 3 p.m. sharp, and on Sunday we counted up to 500 red kites over the field at \
once, the most since the feeding station opened in 1994. Buzzards, ravens and one very bold heron \
joined in.</p>
<p>Among the photographers in the front hide last week was Yoon Ji-woo, 31, from Incheon, who is \
spending a month in Wales with two long lenses and a sleeping bag. Her younger brother is doing \
his military service in a unit on the demilitarised zone. &ldquo;He says the talk in his unit is \
of [[tens of thousands]] more going before the spring,&rdquo; she said between shots.</p>
<p>The official figures have grown all autumn. South Korea&rsquo;s spy agency said on Tuesday that \
[[5,000]] North Korean military engineers were moving into the Kursk region, and that [[around \
2,000]] of the North&rsquo;s soldiers had been killed since last year. The State Department, in a \
statement last week, said [[more than 15,000]] had served in Russia. On Sunday President Zelensky \
said North Korean gun crews, [[several hundred]] of them, were shelling Sumy region from across \
the border.</p>
<p>Ji-woo flies home in December. Hide seats cost &pound;12 for adults and &pound;5 for children; \
the drive from Cardiff takes about two hours.</p>
<p class="correction"><strong>Correction:</strong> An earlier version of these notes said South \
Korea&rsquo;s spy agency had counted [[20,000]] engineers heading for Kursk. The agency&rsquo;s \
figure was [[5,000]].</p>
</article>
<footer>Rhayader kite hide &middot; near Rhayader, Powys &middot; 01597 810 376</footer>
</body>
</html>
""",
    claims=(
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a photographer relaying her brother, a conscript on the DMZ ('He says the talk in his "
          "unit is of', the speaker quoted: other), 'she said' undated: 'more' going before the "
          "spring (increment)", add=True),
        C("5,000", 5000, "exact", "near_front", "south_korea", "tue",
          "the NIS 'said on Tuesday' (Thursday notes): engineers moving into the Kursk region"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same statement: killed since last year"),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states", "lastweek",
          "the State Department 'in a statement last week': served in Russia"),
        C("several hundred", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'On Sunday': gun crews shelling Sumy region from across the border"),
        C("20,000", 20000, "exact", "near_front", "south_korea", "tue",
          "correction note: the figure the earlier version got wrong: optional", opt=True),
        C("5,000", 5000, "exact", "near_front", "south_korea", "tue",
          "correction note restating the NIS's Tuesday figure (required, the body claim's labels)"),
    ),
)


SOURCES: tuple[Source, ...] = (
    K01, K02, K03, K04, K05, K06,
    K07, K08, K09, K10, K11, K12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
