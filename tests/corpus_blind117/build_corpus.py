"""Build the HUNDRED-AND-SEVENTEENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-nineteenth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a toy
museum friends' page from Sonneberg with a puppet restorer from Nizhyn, a wire report of an invented
Luxembourg news agency on the first prisoners, a narrow-gauge steam railway society's letter from
Stainz (Austrian conventions) with a retired railway engineer from Gimcheon, a ski school's letter
from Samnaun (Swiss conventions) with an instructor from Pyeongchang, a weekly column from Frutillar
on Lake Llanquihue in a German-Chilean weekly with a retired Chilean frigate captain, a cultural
association's circular from Pomerode in Brazil with a taekwondo teacher; a wire report of an
invented Jakarta agency on Shoigu's builders and sappers, a mine-action trust's field notes from
Siem Reap with a Cambodian deminer, a whale-watch operator's report from Roseau in Dominica with a
retired diplomat, a charter skippers' bulletin from Road Town on Tortola with a retired US colonel,
a dhow cruise operator's log from Khasab in Musandam with a tanker engineer, and an elephant
refuge's notes from Sayaboury in Laos with a wildlife vet from Gunsan. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in an
article below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing
is re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind117_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Luxembourg, Austria, Switzerland, Chile, Brazil)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w117_01_museumspost_sonneberg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-26"),
    dated_by="html_meta",
    features="a toy museum friends' page from Sonneberg (Thuringia) in HTML, UTF-8 "
        "(`article:published_time` +01:00, Tuesday), a cookie note about the showcase tour, a "
        "page script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; a puppet restorer from Nizhyn relaying her nephew, a drone pilot at the Sumy "
        "border, Konjunktiv, `ein paar Dutzend` fallen (vague, other, `pub`); a section heading "
        "'Washington:' `10.000` from the Pentagon's Monday figure (hedge dropped); the Pentagon "
        "'Am Montag teilte … mit' `mehr als 10.000` in Kursk; lawmaker Lee after an NIS briefing "
        "'vergangene Woche' `rund 11.000` sent and `einige hundert` gunners 'zusätzlich … "
        "nachgekommen' (increment); 'Nach Einschätzung des … HUR' (undated) `knapp 8.000` at the "
        "front, 'Weitere' `3.000` still training in the Far East (the rest of the total, not an "
        "increment) and 'so die Behörde' all `11.000` in action by the turn of the year "
        "(planned); Peskov without a figure; Russia's daily losses, the collection, visitors, "
        "years, members, a fee in euros, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Museumspost &middot; Freundeskreis Spielzeugmuseum Sonneberg</title>
<meta property="article:published_time" content="2024-11-26T09:40:00+01:00">
<meta name="author" content="Freundeskreis Spielzeugmuseum">
<script>var museumspost={ausgabe:"11-2024",rubrik:"werkstatt",puppenklinik:true};</script>
</head>
<body>
<div id="keks">Ein Cookie merkt sich, an welcher Vitrine Sie den Rundgang unterbrochen haben. \
<button>Gern</button> <button>Danke, nein</button></div>
<nav><a href="/">Museum</a> | <a href="/sammlung">Sammlung</a> | <a \
href="/puppenklinik">Puppenklinik</a> | <a href="/museumspost">Museumspost</a> | <a \
href="/freundeskreis">Freundeskreis</a></nav>
<main>
<article>
<p class="rubrik">Museumspost &middot; Aus der Werkstatt</p>
<h1>Die Puppendoktorin aus Nischyn</h1>
<p class="vorspann">Seit dem Frühjahr flickt Halyna Moroz in unserer Puppenklinik Porzellanköpfe \
und Gliederpuppen. Mit den Gedanken ist sie oft bei ihrem Neffen im Norden der Ukraine.</p>
<p>Wer dienstags in die Werkstatt im Untergeschoss schaut, sieht sie über eine Lupe gebeugt. \
Halyna Moroz, 58, hat in Nischyn drei Jahrzehnte lang die Figuren des städtischen Puppentheaters \
gebaut. Bei uns setzt sie Glasaugen ein, knüpft Perücken aus Mohair und frischt Wangen auf, deren \
Farbe seit 1910 verblasst. Die Sammlung des Hauses umfasst mehr als 70.000 Stücke, und nach ihrem \
Urteil bräuchte jedes fünfte eine Kur.</p>
<p>Ihr Neffe Andrij steuert Aufklärungsdrohnen an der Grenze zum russischen Gebiet Kursk. Was er \
abends schreibt, gibt sie nur zögernd weiter. Auf der anderen Seite seien in seinem Abschnitt \
[[ein paar Dutzend]] Koreaner gefallen, als sie in langen Reihen über ein Stoppelfeld gelaufen \
seien. Die meisten hätten nicht einmal versucht, sich vor den Drohnen zu verstecken. &bdquo;Er \
sagt, niemand hat ihnen erklärt, was da über ihnen summt&ldquo;, erzählt sie.</p>
<h2>Washington: [[10.000]] im Gebiet Kursk</h2>
<p>Am Montag teilte das US-Verteidigungsministerium mit, inzwischen seien [[mehr als 10.000]] \
nordkoreanische Soldaten im Gebiet Kursk und kämpften dort an der Seite russischer Verbände. Wie \
viele verwundet wurden, wollte ein Sprecher nicht sagen. Der südkoreanische Abgeordnete Lee \
Seong-kweun hatte vergangene Woche nach einer Unterrichtung durch den Geheimdienst NIS erklärt, \
Pjöngjang habe [[rund 11.000]] Mann entsandt; zusätzlich seien [[einige hundert]] Artilleristen \
mit Raketenwerfern nachgekommen.</p>
<p>Kiew zeichnet ein etwas anderes Bild. Nach Einschätzung des ukrainischen Militärgeheimdienstes \
HUR stünden [[knapp 8.000]] Nordkoreaner unmittelbar an der Frontlinie. Weitere [[3.000]] würden \
noch auf Übungsplätzen im Fernen Osten Russlands ausgebildet. Bis zum Jahreswechsel, so die \
Behörde, könnten alle [[11.000]] im Einsatz sein. Kremlsprecher Dmitri Peskow ließ Fragen nach den \
Zahlen am Montag unbeantwortet. Russland selbst verliert nach britischen Angaben derzeit im \
Schnitt mehr als 1.500 Soldaten am Tag.</p>
<h2>Aus dem Freundeskreis</h2>
<p>Die Weihnachtsschau mit Thüringer Krippen öffnet am 30. November. Bis Ende Oktober kamen in \
diesem Jahr 41.600 Gäste ins Haus. Der Freundeskreis zählt 214 Mitglieder, der Jahresbeitrag \
bleibt bei 24 Euro. Für die Puppenklinik suchen wir Stoffreste, Spitzen und Echthaar.</p>
</article>
</main>
<footer>Freundeskreis Spielzeugmuseum Sonneberg e.V. &middot; 96515 Sonneberg &middot; Telefon \
03675 4228 60</footer>
<script src="/js/rundgang.js?v=3"></script>
</body>
</html>
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "casualties", "other", "pub",
          "a puppet restorer relaying her nephew, a drone pilot (Konjunktiv over three "
          "sentences, 'erzählt sie': the speaker quoted, other), undated: fallen"),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "section heading 'Washington: … im Gebiet Kursk': the Pentagon's Monday "
          "figure below (Monday to the Tuesday of publication, hedge 'mehr als' "
          "dropped)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "mon",
          "'Am Montag teilte das US-Verteidigungsministerium mit', Konjunktiv: in "
          "Kursk, fighting alongside Russian units"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "lawmaker Lee after an NIS briefing 'vergangene Woche erklärt': sent"),
        C("einige hundert", None, "vague", "in_russia", "south_korea", "lastweek",
          "same statement: 'zusätzlich seien … nachgekommen' (increment, span without the word)",
          add=True),
        C("knapp 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des … HUR' (undated), Konjunktiv: directly at the front line"),
        C("3.000", 3000, "exact", "in_russia", "ukraine", "pub",
          "same assessment: 'Weitere 3.000 würden noch … ausgebildet' (the rest of the "
          "total, in training in Russia's Far East: not an increment)"),
        C("11.000", 11000, "exact", "planned", "ukraine", "pub",
          "'so die Behörde' (HUR by role): all could be in action by the turn of the "
          "year (a forecast: planned)"),
    ),
)

W02 = Source(
    article_id="w117_02_ldd_depesche_gefangene",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-13"),
    dated_by="dateline", crlf=True,
    features="a wire report of an invented Luxembourg news agency (ldd) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`), slug lines, dateline 'Seoul/Kiew, 13. Januar 2025 "
        "(ldd) –' (Monday), short paragraphs and a closing code line with the date; headline "
        "'Seoul:' `300` from the NIS briefing the same Monday (hedge dropped); Zelensky 'am "
        "Samstag' `zwei` captured; the NIS 'Am Montag unterrichtete er das Parlament … Danach' "
        "`rund 300` killed and `2.700` wounded; the Pentagon 'bereits am Freitag' losses 'in die "
        "`Hunderte`' (inside a quoted phrase); Rutte named after the figure ('…, sagte … Rutte "
        "vergangene Woche') `mehr als 11.000`; HUR 'Nachschub von' `bis zu 4.000` 'wie ein "
        "Sprecher … heute sagte' (increment, planned, the day of publication); 'Südkoreanischen "
        "Medienberichten zufolge' `Tausende` back at the front (unattributed); the Kremlin "
        "without a figure; ages, Luxembourg's aid in euros, Russia's daily losses, a wire code",
    text="""\
LUXEMBURGER DEPESCHENDIENST (ldd)
Ausland / Ukraine / Korea / Russland

Kiew meldet Gefangene aus Nordkorea – Seoul: [[300]] Tote

Seoul/Kiew, 13. Januar 2025 (ldd) – Die Ukraine hält nach eigenen Angaben erstmals Soldaten aus \
Nordkorea gefangen. Präsident Wolodymyr Selenskyj teilte am Samstag mit, seine Truppen hätten im \
russischen Gebiet Kursk [[zwei]] verwundete Nordkoreaner festgenommen.

Die beiden Männer seien 20 und 26 Jahre alt und würden in Kiew vom Inlandsgeheimdienst SBU \
vernommen, hieß es weiter. Einer habe einen russischen Militärausweis bei sich getragen.

Der südkoreanische Nachrichtendienst NIS bestätigte die Festnahme am Sonntag. Am Montag \
unterrichtete er das Parlament in Seoul. Danach sind bisher [[rund 300]] Nordkoreaner getötet und \
[[2.700]] verwundet worden.

Das Pentagon hatte bereits am Freitag von Verlusten „in die [[Hunderte]]“ gesprochen.

Pjöngjang habe [[mehr als 11.000]] Soldaten nach Russland verlegt, sagte Nato-Generalsekretär Mark \
Rutte vergangene Woche in Brüssel.

Der ukrainische Militärgeheimdienst HUR rechnet bis Ende Februar mit Nachschub von [[bis zu \
4.000]] Mann, wie ein Sprecher der Behörde der ldd heute sagte.

Südkoreanischen Medienberichten zufolge sind [[Tausende]] der Nordkoreaner nach einer kurzen Pause \
wieder an die Front zurückgekehrt.

Der Kreml äußerte sich nicht. Sprecher Dmitri Peskow verwies Anfragen an das \
Verteidigungsministerium.

In Luxemburg sprach das Außenministerium von einer „gefährlichen Ausweitung“ des Krieges. Das \
Großherzogtum hat der Ukraine seit 2022 militärische Hilfe im Wert von mehr als 220 Millionen Euro \
zugesagt.

Nach Angaben des ukrainischen Generalstabs verlor Russland allein am Sonntag etwa 1.340 Soldaten.

ldd kr/mw 13.01.2025 11:47 (Mitarbeit: apm, kbn)
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul: … Tote': the NIS briefing of the same Monday below (hedge "
          "'rund' dropped)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'teilte am Samstag mit' (Monday wire), Konjunktiv: captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'Am Montag unterrichtete er das Parlament … Danach sind' (the "
          "source carried into the next sentence): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded"),
        C("Hunderte", None, "vague", "casualties", "united_states", "fri",
          "the Pentagon 'bereits am Freitag': losses 'in die Hunderte' (inside a quoted phrase)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte named after the figure ('…, sagte Nato-Generalsekretär Mark Rutte "
          "vergangene Woche'): moved to Russia"),
        C("bis zu 4.000", 4000, "at_most", "planned", "ukraine", "mon",
          "HUR 'rechnet … mit Nachschub von' ('wie ein Sprecher … heute sagte': the "
          "day of publication): reinforcements by the end of February ('Nachschub' as "
          "increment, planned)",
          add=True),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "'Südkoreanischen Medienberichten zufolge' (no named source: unattributed), "
          "undated: back at the front"),
    ),
)

W03 = Source(
    article_id="w117_03_flascherlzug_stainz_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-25"),
    dated_by="sidecar",
    sidecar=(
        "Flascherlzug-Freunde Stainz – Mitgliederbrief",
        "https://www.flascherlzug-freunde.example/mitgliederbrief/2025-1",
        "Kesselprobe, Schwellen und ein Gast aus Gimcheon",
    ),
    features="a narrow-gauge steam railway society's members' letter from Stainz (West Styria) in "
        "Markdown, ISO-8859-1 with straight quotes, front matter without a date (sidecar, "
        "Tuesday) and a title without a figure, Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`); the workshop first; the NIS 'Mitte Feber' (days 11-20) with `rund 11.000` sent "
        "and `etwa 4.000` dead or wounded (Konjunktiv); Zelensky 'Ende Jänner' (day 21 to 31) "
        "`über 3.000`; 'Aus Washington hieß es am Montag' `mehrere tausend` still in Russia; "
        "'Laut einem Nato-Diplomaten' (undated) `2.000 bis 3.000` 'zusätzlich eingetroffen' "
        "(range, increment); a retired railway engineer from Gimcheon who 'schätzt' Kim "
        "'nachschickt' `zehntausend` (number word, increment, planned) and then `20.000` "
        "(planned, other, `pub`); the Bundesheer's soldiers, the locomotive's year, hours of "
        "work, sleepers, kilometres, gauge, fares in euros, 'höchstens 6' course places, a phone "
        "number",
    text="""\
---
titel: "Mitgliederbrief: Kesselprobe, Schwellen und ein Gast aus Gimcheon"
verein: Flascherlzug-Freunde Stainz
ausgabe: 1/2025
---

# Kesselprobe, Schwellen und ein Gast aus Gimcheon

*Liebe Mitglieder, im Winter wird in der Remise geschraubt, genietet und Kesselstein geklopft. Ein \
kurzer Zwischenbericht, bevor heuer die Saison beginnt.*

## Aus der Remise

Unsere Dampflok, Baujahr 1892, hat im Jänner die Kesselprüfung ohne Beanstandung bestanden. \
Vierzehn Freiwillige haben seit November 1.350 Arbeitsstunden geleistet und 38 morsche Schwellen \
auf der Strecke nach Preding getauscht. Die Strecke misst 11,3 Kilometer, die Spurweite 760 \
Millimeter.

## Herr Baek und die Nachrichten aus dem Norden

Seit dem Herbst hilft ein ungewöhnlicher Gast mit. Baek Jong-su, 67, war bis zu seiner \
Pensionierung Ingenieur bei der koreanischen Staatsbahn in Gimcheon und lebt seit zwei Jahren bei \
seiner Tochter in Graz. Mittwochs steht er in der Remise, zeigt den Jungen, wie man warm nietet, \
und redet über die Soldaten aus dem Norden, die für Russland kämpfen.

Was er aus Seoul hört, ist bitter. Mitte Feber unterrichtete der Geheimdienst die Abgeordneten, \
die nordkoreanischen Einheiten seien nach schweren Verlusten aus ihren Stellungen im Gebiet Kursk \
abgezogen worden. Von den [[rund 11.000]] Entsandten seien [[etwa 4.000]] getötet oder verwundet. \
Präsident Selenskyj hatte Ende Jänner von [[über 3.000]] Toten und Verletzten gesprochen. Aus \
Washington hieß es am Montag, [[mehrere tausend]] Nordkoreaner hielten sich weiter in Russland auf \
und würden neu ausgebildet. Laut einem Nato-Diplomaten, der nicht genannt werden will, sind im \
Jänner [[2.000 bis 3.000]] Mann zusätzlich eingetroffen.

Herr Baek hält das erst für den Anfang. Er schätzt, dass Kim bis zum Sommer [[zehntausend]] Mann \
nachschickt. "Dann stehen dort wieder [[20.000]]", sagt er, "und in Europa wird sich keiner \
wundern." Zum Vergleich: Das Bundesheer hat nach eigenen Angaben rund 14.000 Berufssoldaten.

## Fahrplan 2025

- Saisonstart am 1. Mai; Fahrten jeden Samstag und Sonntag, im Juli und August auch donnerstags
- Erwachsene 19 Euro, Kinder 9,50 Euro, Mitglieder fahren gratis
- Heizerkurs an drei Samstagen im April, höchstens 6 Teilnehmer
- Vereinstelefon: 03463 2203 15
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-11..2025-02-20",
          "the NIS ('der Geheimdienst') 'Mitte Feber' (Austrian February, days 11-20) "
          "briefing lawmakers, Konjunktiv: those sent"),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "same briefing: killed or wounded among them"),
        C("über 3.000", 3000, "at_least", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Zelensky 'Ende Jänner' (day 21 to the month's end): dead and wounded"),
        C("mehrere tausend", None, "vague", "in_russia", "united_states", "mon",
          "'Aus Washington hieß es am Montag' (Tuesday letter), Konjunktiv: still in "
          "Russia, being retrained"),
        C("2.000 bis 3.000", None, "range", "in_russia", "nato", "pub",
          "'Laut einem Nato-Diplomaten' (undated): 'zusätzlich eingetroffen' in "
          "January (increment, span without the word)",
          add=True),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a retired railway engineer who 'schätzt' (undated): Kim 'nachschickt' by "
          "summer (number word; increment and planned)",
          add=True),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "the same engineer, 'sagt er' (undated): there again by summer (a forecast: planned)"),
    ),
)

W04 = Source(
    article_id="w117_04_skischule_samnaun_brief",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-03-14"),
    dated_by="sidecar",
    sidecar=(
        "Skischule Samnaun – Post an Gäste und Lehrerteam",
        "https://www.skischule-samnaun.example/post/2025-03",
        "Ein Lehrer aus Pyeongchang und die Zahlen aus dem Norden",
    ),
    features="a ski school's letter to guests and instructors from Samnaun (Lower Engadine border) "
        "as plain text, UTF-8 with BOM (sidecar, Friday), Swiss conventions (`ss`, «», `3'000`, "
        "`4'700`, `15'000`, `11'000`, `1'500`, `5'000`, `20'000`, `200'000`); the season first; "
        "the JCS 'Gestern' (`yday`) 'um `rund 3'000` Mann verstärkt' (a new increment phrase) and "
        "by pronoun ('gab er … an') `ungefähr 4'700` casualties; 'Aus Nato-Kreisen verlautete "
        "diese Woche' (Monday to publication) `mindestens 15'000`, rotations counted; the State "
        "Department 'am 5. März' `mehr als 11'000`; Syrskyi 'Anfang März' (days 1-10) `zwischen "
        "1'500 und 2'000` fighting near Sudzha; an instructor from Pyeongchang relaying a former "
        "comrade at the intelligence service `bis zu 5'000` back at the front in spring (planned, "
        "other) and «`20'000`» by year's end (planned, other, `pub`); North Korea's special "
        "forces as a whole (`200'000`, not a claim), Russia's daily losses, children, "
        "instructors, snow depth, altitude, inhabitants, francs, a phone number",
    text="""\
SKISCHULE SAMNAUN
Post an Gäste und Lehrerteam – März 2025

Liebe Gäste, liebes Lehrerteam

Der Winter meint es gut mit uns. Auf der Alp Trida liegen 1,6 Meter Schnee, und bis Ende Februar \
haben 2'140 Kinder bei uns Skifahren oder Snowboarden gelernt. 46 Lehrerinnen und Lehrer stehen im \
Einsatz, so viele wie noch nie.

Ein Lehrer aus Pyeongchang

Seit Dezember unterrichtet Jang Ji-hoon, 31, bei uns. Er stammt aus Pyeongchang, wo 2018 die \
Olympischen Winterspiele stattfanden, und hat vorher zwei Jahre als Unteroffizier an der \
innerkoreanischen Grenze gedient. Auf dem Sessellift reden die Gäste mit ihm übers Wetter, \
manchmal auch über den Norden.

Die Meldungen dieser Tage geben ihm recht, findet er. Gestern teilte der Generalstab in Seoul mit, \
der Norden habe seine Truppen in Russland seit Januar um [[rund 3'000]] Mann verstärkt. Die Zahl \
der Getöteten und Verwundeten gab er mit [[ungefähr 4'700]] an. Aus Nato-Kreisen verlautete diese \
Woche, Pjöngjang habe Russland bisher [[mindestens 15'000]] Soldaten zur Verfügung gestellt, \
Ablösungen eingerechnet. Das US-Aussenministerium hatte am 5. März von [[mehr als 11'000]] \
Nordkoreanern in Russland gesprochen. Der ukrainische Oberbefehlshaber Olexander Syrskyj erklärte \
Anfang März, bei Sudscha kämpften wieder [[zwischen 1'500 und 2'000]] Nordkoreaner. Russland \
selbst verliert nach britischen Schätzungen jeden Tag gegen 1'300 Mann.

Jang hat an der Grenze gelernt, solchen Zahlen zu misstrauen. «Man hat uns immer erzählt, der \
Norden habe 200'000 Mann Spezialkräfte», sagt er. Ein früherer Kamerad arbeite heute beim \
Nachrichtendienst; dort rechne man mit [[bis zu 5'000]] Mann, die im Frühling an die Front \
zurückkehren könnten. Er selbst ist überzeugt: «Bis Ende Jahr schickt Kim [[20'000]]. Vielleicht \
mehr.»

Aus der Skischule
- Kinderskirennen am Samstag, 29. März, 10 Uhr; Anmeldung bis Donnerstag
- Privatlektion zwei Stunden Fr. 180.-, Gruppenkurs fünf Halbtage Fr. 265.-
- Samnaun zählt rund 780 Einwohnerinnen und Einwohner und liegt auf 1'840 Metern
- Büro: 081 861 22 70

Sportliche Grüsse
Das Team der Skischule
""",
    claims=(
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "yday",
          "the JCS 'Gestern teilte … mit' (Friday letter: Thursday), Konjunktiv: the "
          "troops in Russia 'um … verstärkt' since January (reinforced by: increment, "
          "span without the words)",
          add=True),
        C("ungefähr 4'700", 4700, "approx", "casualties", "south_korea", "yday",
          "same statement, by pronoun ('gab er mit … an'): killed and wounded"),
        C("mindestens 15'000", 15000, "at_least", "in_russia", "nato", "2025-03-10..pub",
          "'Aus Nato-Kreisen verlautete diese Woche' (Monday to publication): provided "
          "to Russia so far, rotations counted (a total)"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "united_states", "2025-03-05",
          "the State Department 'am 5. März' (an explicit date): in Russia"),
        C("zwischen 1'500 und 2'000", None, "range", "near_front", "ukraine",
          "2025-03-01..2025-03-10",
          "Syrskyi 'erklärte Anfang März' (days 1-10), Konjunktiv: fighting again near Sudzha"),
        C("bis zu 5'000", 5000, "at_most", "planned", "other", "pub",
          "an instructor relaying a former comrade at the intelligence service "
          "(Konjunktiv; the speaker quoted: other), undated: could return to the front "
          "in spring (planned)"),
        C("20'000", 20000, "exact", "planned", "other", "pub",
          "the instructor's own «Bis Ende Jahr schickt Kim …» ('ist überzeugt', "
          "undated): a forecast"),
    ),
)

W05 = Source(
    article_id="w117_05_wochenkolumne_frutillar_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-03"),
    dated_by="front_matter",
    features="a weekly column from Frutillar on Lake Llanquihue in a German-Chilean weekly (Chile) "
        "in Markdown, UTF-8, front matter with `date:` (Saturday), a column key and a title "
        "without a figure; first-person column voice; KCNA 'Am Montag' and Gerasimov 'Zwei Tage "
        "zuvor' without a figure; a Duma deputy 'am Dienstag' in state television 'bezifferte' "
        "`um die 10.000` (russia); the NIS 'Am Mittwoch legte … seine Rechnung vor' `Rund 15.000` "
        "sent, `etwa 600` fallen and, Konjunktiv, `einige tausend` 'zusätzliche' sappers in "
        "training (increment, planned); Budanov 'vergangene Woche in einem Interview' `zwischen "
        "4.000 und 5.000` casualties; Japan's defence ministry 'geht … davon aus' in its latest "
        "white paper (undated) `bis zu 25.000` kept ready 'für weitere Einsätze' (a third "
        "government: other; 'weitere' belongs to the missions, not an increment); the columnist's "
        "own note 'wären es bald' `an die 20.000` ('an die' as approx; unattributed, planned, "
        "required); her neighbour, a retired frigate captain, 'tippt auf' `30.000` (other, "
        "`pub`); Chile's defence spending in per cent, the town's population, years, ages, a bet, "
        "a phone number",
    text="""\
---
title: "Wochenblick: Don Ernesto, Kim und die Zahlen"
date: 2025-05-03
rubrik: Die Wochenkolumne
autorin: Ingrid Klenner
---

# Don Ernesto, Kim und die Zahlen

*Die Wochenkolumne vom Llanquihue-See. Diesmal über meinen Nachbarn, der die Meldungen aus Korea \
anders liest als ich.*

Don Ernesto Wetzel wohnt zwei Häuser weiter, oben am Hang mit Blick auf den Osorno. Er ist 71, war \
Fregattenkapitän der chilenischen Marine und hat in den Neunzigern ein Jahr lang ein Minenräumboot \
in der Magellanstraße kommandiert. Seit ich diese Kolumne schreibe, wetten wir jeden Samstag über \
irgendetwas. Diesmal über Korea.

Am Montag hat Pjöngjang zum ersten Mal offiziell zugegeben, dass seine Soldaten für Russland \
kämpfen. Die Staatsagentur KCNA meldete, Kim Jong Un wolle den „Helden von Kursk“ ein Denkmal \
errichten; eine Zahl nannte sie nicht. Zwei Tage zuvor hatte Russlands Generalstabschef Waleri \
Gerassimow die Koreaner gelobt, ebenfalls ohne Zahl. Deutlicher wurde am Dienstag der \
Duma-Abgeordnete Igor Saizew, der die „koreanischen Kameraden“ im Staatsfernsehen auf [[um die \
10.000]] bezifferte.

Am Mittwoch legte der südkoreanische Nachrichtendienst NIS seine Rechnung vor: [[Rund 15.000]] \
Soldaten habe der Norden geschickt, [[etwa 600]] von ihnen seien gefallen. Außerdem würden \
[[einige tausend]] zusätzliche Pioniere ausgebildet. Kiews Geheimdienstchef Kyrylo Budanow hatte \
vergangene Woche in einem Interview [[zwischen 4.000 und 5.000]] Tote und Verwundete gezählt. Und \
das japanische Verteidigungsministerium geht in seinem jüngsten Weißbuch davon aus, dass Kim [[bis \
zu 25.000]] Mann für weitere Einsätze bereithält. Chile gibt zum Vergleich gut 1,5 Prozent seiner \
Wirtschaftsleistung für die Verteidigung aus.

Ich habe mir, wie jeden Samstag, einen Zettel gemacht. Mit den Pionieren aus den Lagern wären es \
bald [[an die 20.000]] Nordkoreaner in Russland, fast so viele Männer, wie Frutillar Einwohner \
hat. Bei uns sind es knapp 21.000.

Don Ernesto hält das alles für zu niedrig. „Die zählen, was sie zählen wollen“, sagt er. Er tippt \
auf [[30.000]], bevor das Jahr vorbei ist. Ich halte dagegen, wie jede Woche. Der Einsatz: eine \
Flasche Pisco aus dem Elqui-Tal, Jahrgang egal.

Bis nächsten Samstag,
Ihre Ingrid Klenner

*Leserbriefe an kolumne@llanquihue-wochenblatt.example oder unter Telefon +56 65 242 1133.*
""",
    claims=(
        C("um die 10.000", 10000, "approx", "in_russia", "russia", "tue",
          "a Duma deputy 'am Dienstag' in state television 'bezifferte' (Saturday "
          "column): the 'Korean comrades' ('um die' as approx)"),
        C("Rund 15.000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'Am Mittwoch legte … seine Rechnung vor' (Konjunktiv after the colon): sent"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "same statement: fallen among them"),
        C("einige tausend", None, "vague", "planned", "south_korea", "wed",
          "same statement carried by Konjunktiv ('Außerdem würden'): 'zusätzliche' "
          "sappers in training (increment, span without the word; planned)",
          add=True),
        C("zwischen 4.000 und 5.000", None, "range", "casualties", "ukraine", "lastweek",
          "Budanov 'hatte vergangene Woche in einem Interview … gezählt': dead and wounded"),
        C("bis zu 25.000", 25000, "at_most", "planned", "other", "pub",
          "Japan's defence ministry 'geht in seinem jüngsten Weißbuch davon aus' (a "
          "third government: other), undated: kept ready 'für weitere Einsätze' "
          "('weitere' belongs to the missions: not an increment)"),
        C("an die 20.000", 20000, "approx", "planned", "unattributed", "pub",
          "the columnist's own note ('wären es bald', no source: unattributed, "
          "required): in Russia soon ('an die' as approx; a forecast: planned)"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "the neighbour, a retired frigate captain, 'tippt auf' (undated): before the "
          "year is out (a forecast)"),
    ),
)

W06 = Source(
    article_id="w117_06_rundbrief_pomerode_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Kulturverein Pomerode – Rundbrief",
        "https://www.kulturverein-pomerode.example/rundbrief/2025-10-taekwondo",
        "Taekwondo im Schützenhaus",
    ),
    features="a German-Brazilian cultural association's circular from Pomerode (Santa Catarina, "
        "Brazil) in HTML, UTF-16 LE with BOM, no meta date (sidecar, Tuesday), a one-button "
        "cookie note in two languages, navigation, a footer; `<title>` and headline without a "
        "figure; North Korean television 'Am Freitag' with `Hunderte` Kursk returnees at the "
        "party parade (optional); the NIS 'Tags zuvor' (Thursday) `rund 10.000` in the border "
        "area and `etwa 2.000` fallen; HUR 'vergangene Woche gemeldet' `6.000` builders and "
        "sappers working in Russia; a taekwondo teacher relaying his uncle, a retired colonel, "
        "'Nach seiner Einschätzung … berichtet Paulo' `mindestens 5.000` 'weitere' by Christmas "
        "(increment, planned, other) and his own 'schätzt' `25.000 bis 30.000` (range, other, "
        "`pub`); pupils, years, reais, the town's population, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Kulturverein Pomerode – Rundbrief Oktober</title>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich nur, ob Sie Deutsch oder Portugiesisch lesen. <button>Tá \
bom / Passt</button></div>
<nav>Verein · Trachtengruppe · Plattkurs · Rundbrief · Kontakt</nav>
<article>
<h1>Taekwondo im Schützenhaus</h1>
<p>Seit August unterrichtet Paulo Shin, 35, montags im Schützenhaus Taekwondo, inzwischen für 22 \
Kinder. Seine Eltern kamen 1971 aus Jinju nach São Paulo; sein Onkel Shin Dong-ho war Oberst im \
südkoreanischen Heer.</p>
<p>Am Freitag zeigte das nordkoreanische Fernsehen die Parade zum 80. Jahrestag der \
Arbeiterpartei, unter den Marschierenden [[Hunderte]] Rückkehrer aus Kursk. Tags zuvor hatte der \
Geheimdienst in Seoul den Abgeordneten berichtet, [[rund 10.000]] Nordkoreaner stünden weiter im \
russischen Grenzgebiet, [[etwa 2.000]] seien gefallen. Der ukrainische Militärgeheimdienst hatte \
vergangene Woche gemeldet, in Russland arbeiteten inzwischen [[6.000]] nordkoreanische Bauarbeiter \
und Pioniere.</p>
<p>Der Onkel glaubt nicht, dass es dabei bleibt. Nach seiner Einschätzung schickt Pjöngjang bis \
Weihnachten [[mindestens 5.000]] weitere Soldaten, berichtet Paulo. Er selbst schätzt, dass seit \
dem Herbst 2024 [[25.000 bis 30.000]] Nordkoreaner in Russland waren.</p>
<p>Der Kurs kostet 90 Reais im Monat. Pomerode hat gut 35.000 Einwohner, und der \
Plattdeutsch-Stammtisch trifft sich weiter jeden Donnerstag.</p>
</article>
<footer>Kulturverein Pomerode · Telefon +55 47 3387 2291</footer>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "North Korean television 'Am Freitag' (10 October): Kursk returnees marching "
          "at the party parade (returnees: optional)",
          opt=True),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "thu",
          "the NIS ('der Geheimdienst in Seoul') 'Tags zuvor' (the day before Friday: "
          "Thursday 9 October), Konjunktiv: still in the Russian border area"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "same briefing: fallen"),
        C("6.000", 6000, "exact", "in_russia", "ukraine", "lastweek",
          "HUR 'hatte vergangene Woche gemeldet', Konjunktiv: builders and sappers "
          "working in Russia"),
        C("mindestens 5.000", 5000, "at_least", "planned", "other", "pub",
          "a teacher relaying his uncle, a retired colonel ('Nach seiner Einschätzung "
          "… berichtet Paulo': the speaker quoted, other), undated: 'weitere' by "
          "Christmas (increment, planned)",
          add=True),
        C("25.000 bis 30.000", None, "range", "in_russia", "other", "pub",
          "the teacher's own 'schätzt' (undated): in Russia since autumn 2024"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Indonesia, Cambodia, Dominica, British Virgin Islands, Oman, Laos)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w117_07_nnw_wire_shoigu_builders",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-18"),
    dated_by="dateline",
    features="a wire report of an invented Jakarta news agency (Nusantara Newswire) as plain text, "
        "UTF-8, slug line, dateline 'SEOUL, June 18, 2025 (NNW) -' (Wednesday), short paragraphs, "
        "several sources in quick succession, a reporting credit and a code line; headline "
        "'Moscow says Kim sending' `6,000` 'more' from Shoigu's Tuesday figure (increment, "
        "planned, russia); Shoigu named after the figure ('told reporters in Pyongyang on "
        "Tuesday') `6,000` more (increment), and 'Of those, … Shoigu said' `1,000` sappers and "
        "`5,000` builders (a breakdown: not increments); KCNA without a figure; lawmakers after a "
        "closed NIS briefing on Tuesday: the agency 'believes' `around 11,000` remain and, 'The "
        "lawmakers quoted the agency as saying', `about 2,000` killed; a JCS spokesman without a "
        "figure; HUR's spokesman 'told NNW' and 'put the number … at' `more than 10,000` "
        "(undated); the State Department 'on Monday' `at least 14,000`, rotations counted; a "
        "Jakarta analyst who 'expects' `as many as 20,000` more (at_most, increment, planned, "
        "other); Indonesians working in Korea, Russia's daily losses, the North's army, a wire "
        "code",
    text="""\
NUSANTARA NEWSWIRE (NNW) - WORLD SERVICE
RUSSIA-NKOREA/TROOPS (UPDATE 1)

Moscow says Kim sending [[6,000]] more troops to Kursk

SEOUL, June 18, 2025 (NNW) - North Korea will send [[6,000]] more soldiers to Russia's Kursk \
region, Russian Security Council secretary Sergei Shoigu told reporters in Pyongyang on Tuesday, \
hours after he had met Kim Jong Un.

Of those, [[1,000]] would be sappers to clear mines and [[5,000]] military construction workers to \
rebuild roads and villages shattered by the fighting, Shoigu said.

North Korea's official KCNA agency carried photos of the meeting. It gave no numbers.

In Seoul, lawmakers briefed behind closed doors on Tuesday said the National Intelligence Service \
believes [[around 11,000]] North Korean troops remain in Russia. The lawmakers quoted the agency \
as saying [[about 2,000]] had been killed since last autumn.

"We are following the movements closely," a spokesman for the Joint Chiefs of Staff told reporters \
on Wednesday. He declined to give figures.

Ukraine's military intelligence spokesman, Andriy Yusov, told NNW the builders were "soldiers in \
everything but name". He put the number of North Koreans now on Russian soil at [[more than \
10,000]].

A U.S. State Department spokesperson said on Monday that [[at least 14,000]] North Koreans had \
served in Russia since October, counting rotations.

In Jakarta, the foreign ministry called for "restraint by all parties". Indonesia keeps embassies \
in both Seoul and Pyongyang, and about 40,000 Indonesians work in South Korea, mostly in factories \
and on fishing boats.

Ratna Wijaya, a Korea specialist at a Jakarta university, expects Pyongyang to add [[as many as \
20,000]] more by the end of the year. "Moscow pays in oil and technology, and Kim is short of \
both," she said.

Ukraine's General Staff says Russia has lost more than 1,000 soldiers a day on average this year. \
North Korea keeps an army of roughly 1.2 million.

(Reporting by Han Ji-woo in Seoul, Olena Kravets in Kyiv and Dimas Pratama in Jakarta; Editing by \
Sri Handayani)
NNW/SEL/JKT 180612 - © 2025 Nusantara Newswire, nnw.example
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow says Kim sending … more troops to Kursk': Shoigu's Tuesday "
          "figure below (Tuesday to the Wednesday of publication; increment, "
          "announced: planned)",
          add=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu named after the figure ('…, Russian Security Council secretary "
          "Sergei Shoigu told reporters in Pyongyang on Tuesday'): 'more' soldiers to "
          "be sent (increment, planned)",
          add=True),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "same statement, 'Of those, … Shoigu said' (claimant after the figure): "
          "sappers (a breakdown of the increment: never additional)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same statement: construction workers among them (a breakdown)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "lawmakers 'briefed behind closed doors on Tuesday' said the NIS 'believes': "
          "remain in Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The lawmakers quoted the agency as saying' (same briefing): killed"),
        C("more than 10,000", 10000, "at_least", "in_russia", "ukraine", "pub",
          "HUR's spokesman 'told NNW', 'He put the number … at' (undated): on Russian soil"),
        C("at least 14,000", 14000, "at_least", "in_russia", "united_states", "mon",
          "a State Department spokesperson 'said on Monday': served since October, "
          "rotations counted (a total)"),
        C("as many as 20,000", 20000, "at_most", "planned", "other", "pub",
          "a Jakarta analyst who 'expects' (undated): 'add … more' by the end of the "
          "year ('as many as' as at_most; increment, planned)",
          add=True),
    ),
)

W08 = Source(
    article_id="w117_08_field_notes_siem_reap_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-24"),
    dated_by="html_meta", crlf=True,
    features="a mine-action trust's field notes from Siem Reap (Cambodia) in HTML, windows-1252 "
        "with CRLF (curly quotes and `–` raw), a `date` meta tag (Thursday), a cookie note about "
        "the appeal page, a script, navigation, a footer with a phone number; `<title>` without a "
        "figure and a quoted headline without one; the clearance season first; HUR 'reported on "
        "Monday' `about 1,000` sappers clearing ground near Sudzha; the Kursk governor 'last "
        "week' `several hundred` at work in the border villages (russia, near the front); the NIS "
        "'in a briefing earlier this month' (1st to publication), 'put … at' `around 2,000` "
        "killed and 'said it expected' `up to 6,000` more (increment, planned); 'According to a "
        "Pentagon official who spoke on background' `dozens` of sappers dead or maimed (undated); "
        "a Cambodian deminer 'By his count' `maybe 1,500` sappers sent (approx, other, `pub`), an "
        "echo '“A thousand men in a minefield …”' (optional) and 'He expects' `thousands` more "
        "before the ground freezes (vague, increment, planned, other); mines and ordnance found, "
        "square metres, families, Cambodia's mine victims, ages, years, US dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Field Notes – Angkor Mine Action Trust</title>
<meta name="date" content="2025-07-24">
<meta name="description" content="News from our clearance teams in Siem Reap and Oddar Meanchey.">
<script>window.trust={page:"field-notes",issue:"2025-07",teams:6};</script>
</head>
<body>
<div class="consent">We keep one cookie to count visits to our appeal page – no tracking, no ads. \
<button>Count me in</button> <button>Please don&rsquo;t</button></div>
<nav><a href="/">Home</a> | <a href="/teams">Our teams</a> | <a href="/field-notes">Field \
Notes</a> | <a href="/donate">Donate</a></nav>
<article>
<h1>“They send sappers the way we once sent buffalo”</h1>
<p class="standfirst">Our senior team leader follows the news from Kursk with a deminer’s eye. He \
does not like what he reads.</p>
<p>In June our six teams cleared 212,000 square metres of rice land and forest edge in Oddar \
Meanchey and handed it back to 37 families. They found 148 anti-personnel mines, nine anti-tank \
mines and more than 300 other pieces of unexploded ordnance. Since 1979, mines and leftover bombs \
have killed or injured more than 64,000 Cambodians; last year the toll was 49.</p>
<p>Chea Sokha, 46, has led a clearance team since 2001 and lost two fingers to a fuze in 2006. At \
lunch under the tamarind tree he reads the news on his phone, and lately it is about Russia’s \
Kursk region, where North Korean engineers are working the fields the war left behind.</p>
<p>Ukraine’s military intelligence reported on Monday that [[about 1,000]] sappers from the North \
were now clearing ground around Sudzha, many of them without proper detectors. Kursk’s governor, \
Alexander Khinshtein, had praised “our Korean friends” last week and said [[several hundred]] of \
them were at work in the border villages. South Korea’s spy agency, in a briefing earlier this \
month, put the North’s losses since the autumn at [[around 2,000]] killed, and said it expected \
[[up to 6,000]] more builders and deminers to arrive by October. According to a Pentagon official \
who spoke on background, [[dozens]] of the sappers have been killed or maimed since June.</p>
<p>Sokha shakes his head at all of it. By his count, and he has kept one since Sergei Shoigu’s \
visit to Pyongyang, Kim has sent [[maybe 1,500]] sappers so far. “[[A thousand]] men in a \
minefield without detectors is not demining,” he said. “It is paying for land with legs.” He \
expects [[thousands]] more to follow before the ground freezes.</p>
<p>Our appeal for a seventh team runs until 31 August. US$25 buys a pair of blast-resistant \
gloves; US$1,200 trains a new deminer for six weeks.</p>
</article>
<footer>Angkor Mine Action Trust · Siem Reap, Cambodia · +855 63 965 214</footer>
<script src="/js/appeal.js"></script>
</body>
</html>
""",
    claims=(
        C("about 1,000", 1000, "approx", "near_front", "ukraine", "mon",
          "HUR 'reported on Monday' (Thursday notes): clearing ground around Sudzha"),
        C("several hundred", None, "vague", "near_front", "russia", "lastweek",
          "Kursk's governor 'had praised … last week and said': at work in the border "
          "villages (deminers in Kursk: near the front)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-01..pub",
          "the NIS 'in a briefing earlier this month' (1st to publication), 'put the "
          "North's losses … at': killed"),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "2025-07-01..pub",
          "same briefing, 'said it expected … more … to arrive by October' (increment, planned)",
          add=True),
        C("dozens", None, "vague", "casualties", "united_states", "pub",
          "'According to a Pentagon official who spoke on background' (undated): killed or maimed"),
        C("maybe 1,500", 1500, "approx", "in_russia", "other", "pub",
          "a Cambodian deminer 'By his count' (speaking for himself: other), undated: "
          "sent so far ('maybe' as approx)"),
        C("A thousand", 1000, "exact", "near_front", "other", "pub",
          "an echo of HUR's figure inside the deminer's quote ('A thousand men in a "
          "minefield …'): optional",
          opt=True),
        C("thousands", None, "vague", "planned", "other", "pub",
          "'He expects … more to follow' (undated): increment, planned", add=True),
    ),
)

W09 = Source(
    article_id="w117_09_spout_report_roseau_md",
    language="en", fmt="md", encoding="utf-16", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "Nature Isle Whale Watch – Spout Report",
        "https://www.natureisle-whalewatch.example/spout-report/december-2024",
        "Spout Report: sperm whales, a full boat and a diplomat's view",
    ),
    features="a whale-watch operator's report from Roseau (Dominica) in Markdown, UTF-16 LE with "
        "BOM, front matter with a `date:` that agrees with the sidecar (sidecar, Friday) and a "
        "title without a figure; the whales first; lawmakers 'briefed by the South's spy agency' "
        "'yesterday' (`yday`) `at least 100` killed and `nearly 1,000` wounded; the White House "
        "'Earlier in the week' (Monday to the day before the NIS: a new window) `several hundred` "
        "casualties; a NATO spokeswoman 'on Wednesday' `more than 10,000` in the Kursk region; "
        "HUR 'last week' `some 12,000` near the front; a retired South Korean diplomat who "
        "'believes' 'another' `10,000` by spring (increment, planned, other, `pub`); sightings, a "
        "nursery group, per cent of trips, ages, years, a fare in US dollars, a phone number",
    text="""\
---
title: "Spout Report: December"
date: 2024-12-20
operator: Nature Isle Whale Watch, Roseau
issue: Winter 2024
---

# Sperm whales, a full boat and a diplomat's view

The whales are back off Roseau. In November our skippers logged 29 sperm whale sightings, among \
them a nursery group of 11 with two calves, and 86 per cent of our trips found whales. The \
resident families stay within a few miles of the west coast all year, which is why a boat can \
leave the jetty after lunch and be among them within 40 minutes.

Skipper Clement Joseph, who has run our boats since 2009, says the nursery group has a new calf he \
has named Pepper. Researchers who photograph the tail flukes have now identified more than 30 \
family units off this coast, and several of the females have been seen here every winter for 15 \
years.

One of this month's regulars is Lee Hyun-woo, 71, a retired South Korean diplomat who served in \
Moscow in the 1990s and now spends his winters here. He watched the flukes go down off Scotts Head \
and talked about home, and about the country he once knew from the inside.

The news out of Seoul yesterday was grim. Lawmakers in Seoul, briefed by the South's spy agency, \
said [[at least 100]] of the North Korean soldiers sent to Russia had been killed and [[nearly \
1,000]] wounded. Earlier in the week the White House had spoken of "[[several hundred]]" dead and \
wounded. A NATO spokeswoman said on Wednesday the alliance could confirm [[more than 10,000]] in \
the Kursk region, and Ukraine's military intelligence said last week that [[some 12,000]] were now \
close to the front.

Mr Lee believes Pyongyang will have sent another [[10,000]] by the spring. "I watched Moscow buy \
what it needed for four years," he said. "It always pays, in one currency or another." Seoul \
reckons Moscow pays around US$2,000 a month for each soldier, most of which never reaches the men.

## Boat notes

- Trips leave the bayfront jetty daily at 2 p.m.; adults US$75, children half price.
- Bookings: +1 767 448 2188
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "yday",
          "lawmakers 'briefed by the South's spy agency' (the NIS) 'yesterday' (Friday "
          "report: Thursday): killed"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "yday",
          "same briefing: wounded ('nearly' as approx)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon..yday",
          "the White House 'Earlier in the week' (before yesterday's briefing: Monday "
          "to Thursday): dead and wounded, in quotation marks"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "wed",
          "a NATO spokeswoman 'said on Wednesday': in the Kursk region"),
        C("some 12,000", 12000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': close to the front"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a retired diplomat who 'believes' (undated): 'another' by spring "
          "(increment, span without the word; planned)",
          add=True),
    ),
)

W10 = Source(
    article_id="w117_10_dock_talk_road_town",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-04-08"),
    dated_by="sidecar",
    sidecar=(
        "BVI Charter Skippers' Association – Dock Talk",
        "https://www.bvi-charterskippers.example/dock-talk/2025-04",
        "Dock Talk: a colonel from Panmunjom aboard Sea Grape",
    ),
    features="a charter skippers' association bulletin from Road Town (Tortola, British Virgin "
        "Islands) as plain text, ISO-8859-1 with straight quotes, hyphens, `é` and `°` (sidecar, "
        "Tuesday); the season first; Syrskyi 'said on Monday' `up to 3,000` moved toward the "
        "Belgorod border; `About 3,000` 'more' reached Russia with the source only in the next "
        "sentence ('The figure comes from South Korea's spy agency, which briefed lawmakers … "
        "last week'; increment) and 'the total sent was now' `some 14,000` (a new total, not an "
        "increment); Rutte 'at a press conference … on Friday' `more than 4,000` casualties; "
        "'Reports out of Seoul say' `thousands` retrained at Russian bases (unattributed); a "
        "retired US colonel who 'figures' `closer to 18,000` (approx, other, `pub`) and a quote "
        "about the trade without a figure; boats, charter weeks, regatta entries, fuel and "
        "mooring prices, knots, degrees, population, a phone number",
    text="""\
BVI CHARTER SKIPPERS' ASSOCIATION
Dock Talk - April 2025

High season is winding down in Road Town. Between December and March our members' 186 boats logged \
2,430 charter weeks, and Nanny Cay hosted the spring regatta with 74 entries and a prize-giving at \
the café on the point. Diesel at the fuel dock is now US$5.40 a gallon.

A guest who knew the DMZ

Captain Marisol Penn's catamaran Sea Grape carried an unusual party in March: Daniel Cho, 68, a \
retired US Army colonel born in Busan, who spent 1991 to 1994 at the Joint Security Area in \
Panmunjom, and his two grandsons. Between snorkel stops at the Indians and the caves on Norman \
Island he talked about the North Koreans fighting for Russia.

"People here think of Korea as somebody else's problem," Cho told her. "I watched those soldiers \
through binoculars for three years. They are disciplined, and to Pyongyang they are expendable."

What the governments say

Ukraine's top commander, Oleksandr Syrskyi, said on Monday that [[up to 3,000]] North Korean \
troops had been moved toward the Belgorod border. [[About 3,000]] more reached Russia in January \
and February. The figure comes from South Korea's spy agency, which briefed lawmakers in Seoul \
last week and said the total sent was now [[some 14,000]]. NATO Secretary General Mark Rutte, at a \
press conference in Brussels on Friday, spoke of [[more than 4,000]] North Korean casualties. \
Reports out of Seoul say [[thousands]] of the survivors are being retrained as drone operators at \
Russian bases.

Cho figures the real number in Russia is [[closer to 18,000]], counting the artillery crews \
"nobody ever mentions". He expects the trade to go on: "Kim gets oil, food and satellite help. \
Moscow gets the men."

Dock notes
- The harbour master asks skippers to keep to 5 knots inside the Road Reef channel.
- Moorings in the Bight now cost US$40 a night.
- About 31,000 people live in the territory; our members employ 410 of them.
- Water temperature at the Indians last week: 26°C.
- Association office: +1 284 494 6617
""",
    claims=(
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "mon",
          "Syrskyi 'said on Monday' (Tuesday bulletin): moved toward the Belgorod border"),
        C("About 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "a figure opening its sentence with the source only in the next one ('The "
          "figure comes from South Korea's spy agency, which briefed lawmakers … last "
          "week'): 'more' reached Russia (increment, span without the word)",
          add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "lastweek",
          "same briefing: 'the total sent was now' (a new total, not an increment)"),
        C("more than 4,000", 4000, "at_least", "casualties", "nato", "fri",
          "Rutte 'at a press conference in Brussels on Friday': casualties"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "'Reports out of Seoul say' (no named source: unattributed), undated: being "
          "retrained at Russian bases"),
        C("closer to 18,000", 18000, "approx", "in_russia", "other", "pub",
          "a retired US colonel speaking for himself, 'figures' (undated): the real "
          "number in Russia ('closer to' as approx)"),
    ),
)

W11 = Source(
    article_id="w117_11_dhow_log_khasab_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-20"),
    dated_by="front_matter",
    features="a dhow cruise operator's log from Khasab (Musandam, Oman) in Markdown, windows-1252 "
        "with curly quotes, front matter with `date:` (Thursday), an operator key and a title "
        "without a figure; dolphins first; a tanker engineer from Bilhorod-Dnistrovskyi relaying "
        "his brother, a mortar man, `a couple of hundred` gunners opposite ('a couple of' as "
        "vague), told on a trip 'last Thursday' (a Thursday log: the Thursday before, which dates "
        "his figure); KCNA 'on Sunday' `more than 2,000` names on a memorial wall (north_korea, "
        "casualties); the NIS 'On 4 November' `some 5,000` builders moved into Russia's interior "
        "and `10,000-plus` along the border ('-plus' as at_least); a Russian deputy defence "
        "minister 'on Tuesday' `about 1,000` sappers still clearing Kursk (russia, near the "
        "front); the Pentagon 'this month' (1st to publication) `under 9,000` ('under' as "
        "at_most); HUR's 'weekly summary on Monday' `between 1,500 and 2,000` gunners; Russian "
        "rail kilometres, guests, trips, degrees, nautical miles, rials, ages, a phone number",
    text="""\
---
title: "Dhow Log: dolphins, a winter swell and a call from the Dniester"
date: 2025-11-20
operator: Khasab Bay Dhow Cruises
issue: 14
---

# Dolphins, a winter swell and a voice from the Dniester

*Notes from our dhows in the fjords of Musandam, for guests past and future.*

The season has started well. Since the first of October our three dhows have carried 1,870 guests \
into Khor ash Sham, and humpback dolphins turned up on 41 of our 44 trips. The water in the khors \
is still 27 degrees, and Dubai is 120 nautical miles and a world away.

## A voice from the Dniester

Many of our guests come off the tankers waiting at anchor off Khasab for a berth in the Gulf. One \
of them, second engineer Vasyl Tkachuk, 38, from Bilhorod-Dnistrovskyi, spent his shore leave with \
us last Thursday. His younger brother is a mortar man in the Kharkiv region, just across from \
Belgorod.

“My brother says the Koreans over there are gunners now, [[a couple of hundred]] in front of his \
company alone,” Vasyl told us as we rounded Telegraph Island. “He says they shoot well and they do \
not run.”

## The official numbers

North Korea’s KCNA news agency reported on Sunday that the names of [[more than 2,000]] soldiers \
who “fell in the liberation of Kursk” had been carved into a new memorial wall in Pyongyang. On 4 \
November South Korea’s spy agency told lawmakers that [[some 5,000]] military builders had been \
moved into Russia’s interior, away from the front, while [[10,000-plus]] combat troops were still \
posted along the border. Russia’s deputy defence minister, on a visit to Pyongyang on Tuesday, \
thanked the North for “[[about 1,000]] brave sappers” still clearing Kursk, and said the builders \
had laid 200 kilometres of new rail. The Pentagon estimated this month that [[under 9,000]] North \
Koreans remain in Russia in all. Kyiv’s military intelligence, in its weekly summary on Monday, \
counted [[between 1,500 and 2,000]] North Korean gunners along the Belgorod and Kursk borders.

## Trip notes

- Full-day dhow trips from OMR 25; children under six sail free.
- Snorkel gear and lunch are included.
- Bookings: +968 2673 1418
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "2025-11-13",
          "a tanker engineer relaying his brother ('My brother says', the speaker "
          "quoted: other), told on his shore leave 'last Thursday' (a Thursday log: 13 "
          "November): gunners opposite ('a couple of hundred' as vague)"),
        C("more than 2,000", 2000, "at_least", "casualties", "north_korea", "sun",
          "KCNA 'reported on Sunday': names of the fallen on a memorial wall"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'On 4 November' told lawmakers: builders moved into Russia's "
          "interior, away from the front"),
        C("10,000-plus", 10000, "at_least", "near_front", "south_korea", "2025-11-04",
          "same briefing: combat troops posted along the border ('-plus' as at_least)"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "tue",
          "Russia's deputy defence minister 'on Tuesday', a quoted phrase: sappers "
          "still clearing Kursk"),
        C("under 9,000", 9000, "at_most", "in_russia", "united_states", "2025-11-01..pub",
          "the Pentagon 'estimated this month' (1st to publication): remain in Russia "
          "('under' as at_most)"),
        C("between 1,500 and 2,000", None, "range", "near_front", "ukraine", "mon",
          "HUR 'in its weekly summary on Monday': gunners along the Belgorod and Kursk borders"),
    ),
)

W12 = Source(
    article_id="w117_12_herd_notes_sayaboury_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Nam Tien Elephant Refuge – Herd Notes",
        "https://www.namtien-elephants.example/herd-notes/2025-08",
        "A vet from Gunsan, a new calf, and a war far away",
    ),
    features="an elephant refuge's notes from Sayaboury (Laos) in HTML, UTF-8 with BOM and CRLF, "
        "no meta date (sidecar, Friday), a cookie bar about the donation form, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; the "
        "herd first; a wildlife vet from Gunsan relaying her brother, a major, on the staff in "
        "Seoul expecting 'another' `6,000` (increment, planned, other); North Korean state media "
        "'On August 22' with portraits of `101` killed (north_korea, casualties); Budanov "
        "'estimates' `at least 2,500` dead (undated); the NIS 'on Tuesday' `about 11,000` "
        "remaining and `roughly 2,000` killed; 'According to NATO' `more than 15,000` rotated "
        "through Russia (undated); an echo 'Kim showed `a hundred` faces' (optional) and the "
        "brother 'thinks' `closer to three thousand` dead (number words, approx, other, `pub`); a "
        "calf's weight, elephants, hectares, Laos's elephants, mahout students, US dollars, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Herd Notes – Nam Tien Elephant Refuge, Sayaboury</title>
<meta property="og:site_name" content="Nam Tien Elephant Refuge">
<script>var herd={page:"notes",month:"august",calves:2};</script>
</head>
<body>
<div class="cookie-bar">One cookie lets the donation form remember your currency. <button>Remember \
it</button> <button>Forget it</button></div>
<nav>The herd &middot; Visit &middot; Volunteer &middot; Herd Notes &middot; Adopt an elephant</nav>
<article>
<h1>A vet from Gunsan, a new calf, and a war far away</h1>
<p>The rains have filled the reservoir above the refuge to the brim, and on 11 August Mae Kham \
gave birth to a 92-kilogram female calf, our second this year. We now care for 31 elephants on \
1,100 hectares of forest; fewer than 800 are left in the whole of Laos.</p>
<p>Helping with the birth was Dr Yoon Se-ra, 33, a wildlife vet from Gunsan who is spending three \
months with us. Her brother is a major on the army staff in Seoul, and in the evenings on the \
veranda she passes on what he hears. &ldquo;My brother says they expect another [[6,000]] to go \
before winter, mostly engineers,&rdquo; she said.</p>
<h2>What Pyongyang admits</h2>
<p>On August 22 North Korean state media showed Kim Jong Un at a ceremony for units back from \
Kursk, standing before the portraits of [[101]] soldiers killed there. Ukraine&rsquo;s spy chief \
Kyrylo Budanov estimates that [[at least 2,500]] have died in all. South Korea&rsquo;s spy agency \
told lawmakers on Tuesday that [[about 11,000]] of the North&rsquo;s soldiers were still in \
Russia and that [[roughly 2,000]] had been killed. According to NATO, [[more than 15,000]] \
have rotated \
through Russia since October 2024.</p>
<p>Se-ra finds the portraits the hardest part. &ldquo;Kim showed [[a hundred]] faces. My brother \
thinks the real toll is [[closer to three thousand]],&rdquo; she said, and went back to the \
calf.</p>
<p>Day visits cost US$95 with lunch; volunteer weeks start at US$650. Our mahout school has 14 \
students this year.</p>
</article>
<footer>Nam Tien Elephant Refuge &middot; Sayaboury, Lao PDR &middot; +856 74 212 390</footer>
<script src="/js/donate.js"></script>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "other", "pub",
          "a vet relaying her brother, a major on the staff in Seoul ('My brother says "
          "they expect', the speaker quoted: other), 'she said' undated: 'another' "
          "before winter (increment, span without the word; planned)",
          add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-22",
          "North Korean state media 'On August 22' (an explicit date): portraits of the killed"),
        C("at least 2,500", 2500, "at_least", "casualties", "ukraine", "pub",
          "Budanov 'estimates' (present tense, undated): died"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (Friday notes): remained in Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing: killed"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "pub",
          "'According to NATO' (undated): rotated through Russia since October 2024 (a total)"),
        C("a hundred", 100, "exact", "casualties", "other", "pub",
          "an echo of the state media's 101 portraits inside the vet's quote ('Kim "
          "showed a hundred faces'): optional",
          opt=True),
        C("closer to three thousand", 3000, "approx", "casualties", "other", "pub",
          "the vet relaying her brother ('My brother thinks', the speaker quoted: "
          "other), undated: the real toll (number words; 'closer to' as approx)"),
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
