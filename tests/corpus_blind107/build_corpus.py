"""Build the HUNDRED-AND-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-ninth corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: the alumni
circular of the violin-making school in Mittenwald with letters from a viola maker in Kyiv and a
cello maker in Jeonju, a wine tavern's page from the cellar quarter of Heiligenbrunn near Güssing
(Southern Burgenland, Austrian conventions) with a harvest helper from Uzhhorod, a Hornussen
club's bulletin from Wynigen (Swiss conventions) with an exchange student from Suwon, a Walser
heritage society's letter from Triesenberg (Liechtenstein) with a museum volunteer from Vinnytsia,
a cycle-path association's page from St. Vith (German-speaking Belgium) with a cycling group from
Yeosu, and a marble works' news page from Laas (Vinschgau, South Tyrol) with a sculptor from
Icheon; a husky kennel's newsletter from Longyearbyen (Svalbard) with a glaciologist from
Chuncheon, a raft captains' association page from the Rio Grande near Port Antonio (Jamaica) with
a captain's daughter who teaches in Mokpo, a heritage guides' bulletin from Soufrière (Saint
Lucia), a bonefishing guides' newsletter from North Andros (Bahamas) with a surgeon born in
Zhytomyr, a sternwheel festival committee's newsletter from Marietta (Ohio) with a Korean War
veteran, and a bird-count club's page from Philipsburg (Sint Maarten) with a crane counter from
Suncheon. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV
writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind107_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Liechtenstein, Belgium, South Tyrol)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p107_01_geigenbauschule_mittenwald_rundbrief",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-14"),
    dated_by="dateline",
    features="the alumni circular of the violin-making school in Mittenwald as plain text, "
        "UTF-8, dated by the place line 'Mittenwald, 14. November 2024' (Thursday), `„“` and "
        "`·`; Zelensky 'am Montag' `11.000` in Kursk; Blinken 'hatte schon vergangene Woche "
        "erklärt' `mehr als 10.000` moved to the border region; 'Nach Angaben des … NIS' with "
        "its own dates: 'am 18. Oktober' `1.500` shipped to Vladivostok, 'Ende Oktober' (days "
        "21-31) `etwa 3.000` in Russia and a forecast `rund 10.000` by December (planned, "
        "Konjunktiv); HUR 'legte am Dienstag nach' 'weitere' `3.000 bis 5.000` (range, "
        "increment, planned); NATO without a figure; Russian losses (`über 1.500`, not a claim); "
        "a viola maker relaying a trombonist `Hunderte` fallen and a cello maker's "
        "`Zehntausende` (other, `pub`); instruments, prices in euros, pupils, years, a date, a "
        "phone number",
    text="""\
GEIGENBAUSCHULE MITTENWALD · KREIS DER EHEMALIGEN
Rundbrief Nr. 58 · Herbst

Mittenwald, 14. November 2024

Liebe Ehemalige,

über dem Karwendel liegt der erste Schnee, in den Werkstätten riecht es nach Spirituslack und \
Fichte, und im Trockenraum hängen die Gesellenstücke dieses Jahrgangs. Wie jeden Herbst ist Post \
aus aller Welt gekommen. Zwei Briefe geben wir diesmal ausführlicher wieder, weil beide von einer \
Nachricht handeln, die seit Wochen in den Zeitungen steht.

Aus Kiew schreibt Andrij Sawtschenko (Jahrgang 2016), der dort Bratschen baut und nebenbei die \
Instrumente von Militärkapellen repariert. Aus Jeonju meldet sich Lee Ji-yeon (Jahrgang 2019), die \
in ihrer Heimatstadt eine kleine Werkstatt für Celli führt.

Was man bisher weiß

Präsident Wolodymyr Selenskyj sprach am Montag von [[11.000]] nordkoreanischen Soldaten, die \
inzwischen im russischen Gebiet Kursk stünden. US-Außenminister Antony Blinken hatte schon \
vergangene Woche erklärt, [[mehr als 10.000]] seien in die Grenzregion verlegt worden.

Nach Angaben des südkoreanischen Geheimdienstes NIS fing alles im Oktober an. Am 18. Oktober \
berichtete er von [[1.500]] Spezialkräften, die per Schiff nach Wladiwostok gebracht worden seien. \
Ende Oktober ging der Dienst bereits von [[etwa 3.000]] Mann in Russland aus; bis Dezember würden \
es [[rund 10.000]] sein.

Am Dienstag legte der ukrainische Militärgeheimdienst HUR nach: In den kommenden Wochen könnten \
weitere [[3.000 bis 5.000]] Nordkoreaner eintreffen. Die Nato hat die Verlegung bestätigt, aber \
keine eigene Zahl genannt. Der Generalstab in Kiew meldet unterdessen Tag für Tag über 1.500 \
getötete oder verwundete Russen.

„Hier redet man von nichts anderem“

Andrij schreibt, in den Werkstätten und Probenräumen Kiews gehe es kaum um etwas anderes. „Ein \
Posaunist aus einer der Kapellen, für die ich arbeite, war bis September bei Sudscha. Er ist \
überzeugt, dass dort schon [[Hunderte]] Koreaner gefallen sind, auch wenn das offiziell noch \
keiner sagt.“ Nebenbei bittet er um Saiten, denn Pakete aus Deutschland brauchen derzeit fast \
sechs Wochen.

Lee Ji-yeon sieht es von der anderen Seite. In Jeonju, schreibt sie, hätten viele Eltern Angst, \
weil ihre Söhne gerade den Wehrdienst leisten. „Bei uns glaubt niemand, dass es dabei bleibt. Am \
Ende wird Kim [[Zehntausende]] schicken, solange Moskau dafür bezahlt.“

Aus der Schule

- 23 Gesellenstücke, darunter 9 Geigen, 8 Bratschen und 6 Celli, stellen wir ab 29. November im \
Foyer aus.
- Ein Meisterinstrument aus der Schulwerkstatt ist ab 14.000 Euro zu haben.
- Die Schule wurde 1858 gegründet; derzeit lernen hier 48 Schülerinnen und Schüler.
- Saitenspenden für Kiew bitte bis 6. Dezember ans Sekretariat, Telefon 08823 9420 17.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'sprach am Montag' (Thursday circular), Konjunktiv: in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "lastweek",
          "Blinken 'hatte schon vergangene Woche erklärt': moved to the border region"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "'Nach Angaben des … NIS' carried to 'Am 18. Oktober berichtete er': special forces "
          "shipped to Vladivostok"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "'Ende Oktober ging der Dienst … aus' (days 21-31): in Russia (a new total, not an "
          "increment)"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same estimate, Konjunktiv 'bis Dezember würden es … sein': a forecast total "
          "(planned, no increment)"),
        C("3.000 bis 5.000", None, "range", "planned", "ukraine", "tue",
          "HUR 'legte am Dienstag nach': 'weitere' (increment, outside the span) could arrive "
          "in the coming weeks", add=True),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "a viola maker's letter relaying a trombonist ('Er ist überzeugt', the writer quoted: "
          "other), undated: fallen"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a cello maker's letter, „…“ (undated): Kim will send in the end (a forecast)"),
    ),
)

P02 = Source(
    article_id="p107_02_kellerstoeckl_heiligenbrunn_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-01-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kellerstöckl Wukits – Aus dem Kellerviertel",
        "https://www.kellerstoeckl-wukits.example/aktuelles/2025/01/winterpause",
        "Winterpause im Kellerstöckl – und ein Brief aus Uschhorod",
    ),
    features="a wine tavern's page from the cellar quarter of Heiligenbrunn near Güssing "
        "(Southern Burgenland) in HTML, windows-1252 with CRLF (`„“` and `–` raw), no meta date "
        "(sidecar, Friday), Austrian conventions (`Jänner`, `Feber`, `heuer`, `Kisterl`), a "
        "cookie note with two buttons, a script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; the NIS 'Am Montag vergangener Woche' (13 "
        "January) `300` fallen and `2.700` wounded; Zelensky 'bezifferte … am Sonntag' `fast "
        "4.000` (approx); NATO with the source after the figure ('das sagte ein Sprecher "
        "vergangene Woche') `rund 11.000` in Russia; HUR 'meldete am Wochenende' "
        "(Saturday-Sunday) `mehrere hundert` in assaults; a State Department spokesman 'am "
        "Mittwoch' `Tausende` at the front; the JCS 'hält es für möglich' `bis zu 5.000` sent on "
        "'noch … nachschickt' (increment, planned, `pub`); Peskov without a figure; a harvest "
        "helper relaying her husband `ein paar tausend` (other, `pub`); litres, cellars, age of "
        "a cellar, a price in euros, kilometres, a date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Kellerstöckl Wukits – Aus dem Kellerviertel – Winterpause bis Feber</title>
<script>var stoeckl={offen:false,tische:14,saison:"2025"};</script>
</head>
<body>
<div class="keks">Wir merken uns nur, ob Sie diesen Hinweis schon weggeklickt haben. <button>Eh \
klar</button> <button>Lieber nicht</button></div>
<nav>Buschenschank &middot; Uhudler &middot; Brettljause &middot; Kellerviertel &middot; Anfahrt \
&middot; Aktuelles</nav>
<article>
<h1>Winterpause im Kellerstöckl – und ein Brief aus Uschhorod</h1>
<p class="vorspann">Bis Mitte Feber bleibt unser Buschenschank im Kellerviertel Heiligenbrunn zu. \
Zeit, die Fässer zu putzen, den Uhudler vom Herbst abzufüllen – und von Olena zu erzählen, die uns \
heuer wieder bei der Lese geholfen hat.</p>
<p>Olena Hryzenko kommt seit vier Jahren jeden Herbst aus Uschhorod in Transkarpatien zur Weinlese \
ins Südburgenland. Im Jänner hat sie uns geschrieben, wie es ihrer Familie geht. Ihr Mann steht \
mit seiner Einheit seit August bei Sudscha auf russischem Boden, also genau dort, wo jetzt auch \
Kims Soldaten eingesetzt werden.</p>
<h2>Was aus Kiew, Seoul und Brüssel zu hören ist</h2>
<p>Am Montag vergangener Woche berichtete der südkoreanische Nachrichtendienst NIS den \
Abgeordneten in Seoul, [[300]] Nordkoreaner seien gefallen und [[2.700]] verwundet worden. \
Präsident Selenskyj bezifferte die Verluste der Nordkoreaner am Sonntag auf [[fast 4.000]]. Die \
Nato geht von [[rund 11.000]] Soldaten aus Pjöngjang aus, die in Russland stationiert sind; das \
sagte ein Sprecher vergangene Woche in Brüssel.</p>
<p>Der ukrainische Militärgeheimdienst meldete am Wochenende, die Nordkoreaner hätten [[mehrere \
hundert]] Mann in neue Angriffe bei Sudscha geschickt. Ein Sprecher des US-Außenministeriums sagte \
am Mittwoch, [[Tausende]] von ihnen stünden weiterhin an der Front. Der Generalstab in Seoul hält \
es für möglich, dass Kim heuer noch [[bis zu 5.000]] Mann nachschickt. Moskau schweigt; \
Kremlsprecher Dmitri Peskow nannte die Berichte am Dienstag einmal mehr „Gerüchte“.</p>
<h2>„Sie kommen in Wellen“</h2>
<p>Olena schreibt, ihr Mann erzähle am Telefon nicht viel. „Er sagt nur, dass vor seinem Abschnitt \
[[ein paar tausend]] Koreaner liegen und dass sie in Wellen angreifen, ganz ohne Deckung.“ Seit \
Weihnachten habe sie zweimal mit ihm sprechen können.</p>
<p>Im September kommt sie wieder, hat sie versprochen. Bis dahin heben wir ihr ein Kisterl Uhudler \
auf.</p>
<h2>Aus dem Kellerstöckl</h2>
<ul>
<li>Wir sperren am Freitag, 14. Feber, ab 15 Uhr wieder auf; die Brettljause kostet 12,50 Euro.</li>
<li>Heuer haben wir 6.800 Liter Uhudler und 1.200 Liter Traubensaft gekeltert.</li>
<li>Im Kellerviertel stehen über 100 Kellerstöckl, viele noch mit Strohdach; das älteste ist rund \
250 Jahre alt.</li>
<li>Nach Güssing sind es 9 Kilometer.</li>
</ul>
</article>
<footer>Kellerstöckl Wukits &middot; Kellerviertel Heiligenbrunn &middot; Tel. +43 3324 \
7718</footer>
<script src="/js/stoeckl.js"></script>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-13",
          "the NIS to lawmakers 'Am Montag vergangener Woche' (13 January, Friday page), "
          "Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing: wounded (a count of its own, not a breakdown)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'bezifferte … am Sonntag': losses ('fast' as approx)"),
        C("rund 11.000", 11000, "approx", "in_russia", "nato", "lastweek",
          "'Die Nato geht von … aus', the source and day in the next clause ('das sagte ein "
          "Sprecher vergangene Woche in Brüssel'): stationed in Russia"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "sat..sun",
          "HUR 'meldete am Wochenende' (Saturday-Sunday), Konjunktiv: sent into new assaults "
          "near Sudzha"),
        C("Tausende", None, "vague", "near_front", "united_states", "wed",
          "a State Department spokesman 'sagte am Mittwoch', Konjunktiv: at the front"),
        C("bis zu 5.000", 5000, "at_most", "planned", "south_korea", "pub",
          "the JCS 'hält es für möglich' (present tense, undated): 'noch … nachschickt' "
          "(increment)", add=True),
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a harvest helper's letter relaying her husband ('Er sagt nur', the writer quoted: "
          "other), undated: in front of his sector"),
    ),
)

P03 = Source(
    article_id="p107_03_hornusser_wynigen_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-09"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Hornussergesellschaft Wynigen - Mitteilungen",
        "https://www.hg-wynigen.example/mitteilungen/2025-05-saisonstart",
        "Saisonstart auf dem Ries und ein Gast aus Suwon",
    ),
    features="a Hornussen club's bulletin from Wynigen (Canton of Bern) as plain text, "
        "ISO-8859-1 with CRLF (sidecar, Friday), Swiss conventions (`ss`, «», `15'000`, "
        "`10'000`, `20'000`, `1'342`, 4-digit `4700`/`3000`/`1000`); the season's first home "
        "game first; KCNA 'Ende April' without a figure; the NIS 'Am 30. April' with `ungefähr "
        "15'000` sent, `rund 4700` dead or wounded and 'darunter' `etwa 600` dead (a breakdown), "
        "Konjunktiv over two sentences; HUR 'teilte am Mittwoch mit' 'weiteren' `3000` "
        "(increment, planned); 'In Washington hiess es am Dienstag' `mehr als 10'000` at the "
        "border; 'Unabhängigen Schätzungen zufolge' `über 1000` dead (no source: unattributed, "
        "required); an exchange student relaying his cousin at dinner 'am vergangenen Sonntag' "
        "«`weit über 20'000`» (at_least, other, that Sunday); points, spectators, metres, "
        "members, juniors, francs, km/h, the founding year, a date, a phone number",
    text="""\
HORNUSSERGESELLSCHAFT WYNIGEN
Mitteilungen an Mitglieder, Gönnerinnen und Helfer - Mai 2025

Saisonstart auf dem Ries

Liebe Hornusserinnen und Hornusser

Am vergangenen Sonntag haben wir die Saison mit dem ersten Heimspiel eröffnet. Gegen Koppigen \
reichte es nach zwei Umgängen knapp nicht: Mit 1'342 zu 1'388 Punkten fehlte uns am Schluss eine \
einzige gute Serie. Trotzdem war es ein schöner Tag. Gegen 180 Zuschauerinnen und Zuschauer \
standen am Ries, und die Festwirtschaft blieb bis in den Abend offen.

Besonders gefreut hat uns Jae-won Choi. Der 17-Jährige aus Suwon verbringt ein Austauschjahr bei \
Familie Lüthi und hatte im März zum ersten Mal einen Stecken in der Hand. Am Sonntag durfte er bei \
den Junioren abtun und schlug den Nouss gleich zweimal über 200 Meter weit.

Ein ernstes Gespräch am Festtisch

Beim Znacht nach dem Spiel kam die Rede auf Korea. Jae-won muss nach seiner Rückkehr ins Militär, \
wie alle jungen Männer im Süden, und er verfolgt die Berichte über nordkoreanische Soldaten in \
Russland sehr genau.

Ende April hat Pjöngjang zum ersten Mal eingeräumt, Truppen ins Gebiet Kursk geschickt zu haben; \
wie viele, verschwieg die Staatsagentur KCNA. Am 30. April legte der südkoreanische Geheimdienst \
NIS den Abgeordneten in Seoul eine Bilanz vor. Seit dem letzten Herbst habe der Norden [[ungefähr \
15'000]] Soldaten nach Russland geschickt. Davon seien [[rund 4700]] getötet oder verwundet \
worden, darunter [[etwa 600]] Tote.

Der ukrainische Militärgeheimdienst teilte am Mittwoch mit, Pjöngjang bereite die Entsendung von \
weiteren [[3000]] Mann vor. In Washington hiess es am Dienstag, nach wie vor stünden [[mehr als \
10'000]] Nordkoreaner an der Grenze zur Ukraine. Unabhängigen Schätzungen zufolge liegt die Zahl \
der Toten inzwischen bei [[über 1000]].

Jae-won traut den offiziellen Zahlen nicht. «Mein Cousin ist Unteroffizier an der Grenze zum \
Norden. Er sagt, es sind längst [[weit über 20'000]] gegangen», erzählte er uns. «Und alle fragen \
sich, was diese Männer können, wenn sie zurückkommen.»

Aus dem Vorstand

- Die Gesellschaft zählt 64 Aktive, davon 15 Junioren.
- Eine neue Schindel kostet 85 Franken; bestellt haben wir zehn Stück.
- Ein gut getroffener Nouss fliegt mit über 300 Kilometern pro Stunde.
- Nächstes Heimspiel: Sonntag, 25. Mai, 13 Uhr. Gegründet wurde die Gesellschaft 1923.
- Kassier: 034 415 22 81
""",
    claims=(
        C("ungefähr 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'Am 30. April' to lawmakers, Konjunktiv in the next sentence: sent since "
          "autumn"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same report, Konjunktiv carried to the sentence after: dead or wounded (Swiss "
          "4-digit figure)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same sentence, 'darunter … Tote' (a breakdown of the casualties)"),
        C("3000", 3000, "exact", "planned", "ukraine", "wed",
          "HUR 'teilte am Mittwoch mit' (Friday bulletin): 'weiteren' being readied "
          "(increment, outside the span)", add=True),
        C("mehr als 10'000", 10000, "at_least", "near_front", "united_states", "tue",
          "'In Washington hiess es am Dienstag', Konjunktiv: at the border with Ukraine"),
        C("über 1000", 1000, "at_least", "casualties", "unattributed", "pub",
          "'Unabhängigen Schätzungen zufolge' (no source named: unattributed, required): the "
          "dead"),
        C("weit über 20'000", 20000, "at_least", "in_russia", "other", "sun",
          "an exchange student relaying his cousin ('Er sagt', the speaker quoted: other), "
          "«…», told at dinner after the game 'Am vergangenen Sonntag' (4 May): gone"),
    ),
)

P04 = Source(
    article_id="p107_04_walserbrief_triesenberg_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-07-10"),
    dated_by="front_matter",
    features="a Walser heritage society's letter from Triesenberg (Liechtenstein) in Markdown, "
        "UTF-16 LE with BOM, front matter with `date:` (Thursday), a society key and a title "
        "without a figure, `ss` for ß and «»; Shoigu 'Am 17. Juni' `6000` sappers and builders "
        "with `1000` of them for mine clearing (planned, a breakdown); the NIS ('der "
        "Geheimdienst in Seoul') 'Anfang Juli' (1st to publication) 'zusätzlicher Truppen' `bis "
        "zu 30'000` (at_most, increment, planned); KCNA 'Am Montag' `Hunderte` sappers seen off "
        "(north_korea, sent); 'Dem … Militärgeheimdienst zufolge' (undated) `etwa 11'000` in the "
        "Kursk area; a museum volunteer from Vinnytsia who 'schätzt' `mehr als 5000` fallen "
        "(other, `pub`); objects, francs, guests, countries, altitude, inhabitants, a phone "
        "number",
    text="""\
---
title: "Walserbrief: Sommer im Museum und Post aus Winnyzja"
date: 2025-07-10
verein: Walser Heimatverein Triesenberg
---

# Walserbrief Juli

*Das Walsermuseum ist wieder täglich offen. Seit Mai hilft dort Halyna Kowal mit, die 2022 mit \
ihren zwei Töchtern aus Winnyzja zu uns kam.*

Halyna führt Gäste durch die alte Stube und erklärt, wie man früher Schindeln spaltete. Ihre \
Töchter, heute 12 und 15 Jahre alt, gehen in Vaduz zur Schule und sprechen längst den Dialekt der \
Walser vom Triesenberg, wie Halyna lachend sagt. Über den Krieg spricht sie selten. Als wir sie \
nach den Soldaten aus Nordkorea fragten, zeigte sie uns auf dem Telefon die Meldungen der letzten \
Wochen.

Am 17. Juni hatte Russlands Sicherheitsratssekretär Sergei Schoigu in Pjöngjang verkündet, der \
Norden schicke [[6000]] Pioniere und Militärbauarbeiter ins Gebiet Kursk, [[1000]] davon zum \
Minenräumen. Anfang Juli warnte der Geheimdienst in Seoul, Kim bereite die Entsendung zusätzlicher \
Truppen vor, [[bis zu 30'000]] Mann. Am Montag meldete die Staatsagentur KCNA, [[Hunderte]] \
Pioniere seien in Pjöngjang feierlich verabschiedet worden. Dem ukrainischen Militärgeheimdienst \
zufolge stehen derzeit [[etwa 11'000]] Nordkoreaner im Raum Kursk.

Halyna schätzt, dass dort schon [[mehr als 5000]] gefallen sind. «Mein Neffe dient bei Sumy. Er \
sagt, sie kommen immer wieder, Welle um Welle», erzählt sie.

## Aus dem Verein

- Das Museum zeigt 340 Gegenstände aus Walser Haushalten; Eintritt 5 Franken.
- Zum Walsertreffen im September erwarten wir rund 600 Gäste aus fünf Ländern.
- Triesenberg liegt auf 884 Metern und zählt gut 2600 Einwohner.
- Führungen auf Anmeldung: +423 262 19 26
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni' in Pyongyang, Konjunktiv: sappers and builders the North sends "
          "to Kursk (an announcement: planned)"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, '… davon zum Minenräumen' (a breakdown of the planned total)"),
        C("bis zu 30'000", 30000, "at_most", "planned", "south_korea", "2025-07-01..pub",
          "the NIS ('der Geheimdienst in Seoul') 'Anfang Juli' (the 10th is publication day): "
          "'zusätzlicher Truppen' (increment, outside the span)", add=True),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "mon",
          "KCNA 'Am Montag' (Thursday letter): sappers seen off in Pyongyang (sent)"),
        C("etwa 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (present tense, undated): in the "
          "Kursk area"),
        C("mehr als 5000", 5000, "at_least", "casualties", "other", "pub",
          "a museum volunteer, 'Halyna schätzt' (undated): fallen"),
    ),
)

P05 = Source(
    article_id="p107_05_vennbahn_freunde_st_vith_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-17"),
    dated_by="html_meta",
    features="a cycle-path association's page from St. Vith (German-speaking Belgium) in HTML, "
        "UTF-8 (`article:published_time` +02:00, Wednesday), a map cookie note with two buttons, "
        "a script, navigation, a footer with a phone number; `<title>` without a figure and a "
        "headline with a number word that is no claim (`Vierzehn Räder`); the NIS 'Anfang "
        "September' (days 1-10) `etwa 2.000` killed and `ungefähr 14.000` served in Russia "
        "(Konjunktiv); North Korean state TV 'Am 22. August' with the portraits of `101` fallen "
        "(north_korea, casualties); the Russian defence ministry 'teilte am Freitag mit' `1.000` "
        "sappers in Kursk (russia, near the front); Rutte 'vergangene Woche' `mehr als 15.000`; "
        "'Laut dem … HUR' with the day after the figure ('das erklärte der Dienst am Montag') "
        "`einige tausend` 'weitere' (increment, planned); 'Nach übereinstimmenden Berichten' "
        "`rund 5.000` builders (no source: unattributed, required); a retired South Korean "
        "colonel at a rest stop 'am Samstag' `18.000 bis 20.000` (range, other); riders, years, "
        "kilometres, a bicycle counter, euros, a date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-BE">
<head>
<meta charset="utf-8">
<title>Radler aus Korea auf der alten Bahntrasse – Vennbahn-Freunde St. Vith</title>
<meta property="article:published_time" content="2025-09-17T18:20:00+02:00">
<meta property="og:site_name" content="Vennbahn-Freunde St. Vith">
<script>window.vbf={etappe:"st-vith",karte:true};</script>
</head>
<body>
<div class="cookies">Unsere Streckenkarte merkt sich in einem Cookie, wo Sie zuletzt waren. \
<button>Einverstanden</button> <button>Ohne Karte weiter</button></div>
<nav><a href="/">Start</a> | <a href="/strecke">Strecke</a> | <a href="/bahnhoefe">Alte \
Bahnhöfe</a> | <a href="/verein">Verein</a> | <a href="/neues">Neues</a></nav>
<main>
<h1>Vierzehn Räder aus Yeosu</h1>
<p class="intro">Vergangene Woche rollte die Reisegruppe mit dem weitesten Anreiseweg dieses \
Jahres über unsere Trasse: vierzehn Radfahrerinnen und Radfahrer aus der südkoreanischen \
Hafenstadt Yeosu, unterwegs von der deutschen Grenze bis nach Luxemburg.</p>
<p>Angeführt wurde die Gruppe von Park Dong-hyun, 63, einem pensionierten Oberst des \
südkoreanischen Heeres. Am Samstag machte sie Rast am alten Bahnhof Lengeler, und weil auch in \
Belgien gerade viel über Nordkorea berichtet wird, ging es beim Kaffee bald um die Soldaten, die \
Kim nach Russland schickt.</p>
<h2>Die Lage im September</h2>
<p>Anfang September hatte der südkoreanische Geheimdienst NIS die Abgeordneten in Seoul \
unterrichtet: [[etwa 2.000]] Nordkoreaner seien im Krieg getötet worden, insgesamt hätten \
[[ungefähr 14.000]] in Russland gedient. Am 22. August hatte das Staatsfernsehen in Pjöngjang Kim \
Jong Un vor den Porträts von [[101]] Gefallenen gezeigt. Das russische Verteidigungsministerium \
teilte am Freitag mit, [[1.000]] nordkoreanische Pioniere seien im Gebiet Kursk weiter mit der \
Räumung von Minen beschäftigt.</p>
<p>Nato-Generalsekretär Mark Rutte sprach vergangene Woche von [[mehr als 15.000]] Nordkoreanern, \
die seit dem Herbst 2024 auf russischer Seite eingesetzt worden seien. Laut dem ukrainischen \
Militärgeheimdienst HUR schickt Pjöngjang bis Jahresende [[einige tausend]] weitere; das erklärte \
der Dienst am Montag. Nach übereinstimmenden Berichten arbeiten [[rund 5.000]] nordkoreanische \
Militärbauarbeiter in den russischen Grenzregionen.</p>
<h2>„Seoul zählt vorsichtig“</h2>
<p>Park hält die Zahlen aus Seoul für zu niedrig. „Wenn man die Ablösungen mitzählt, komme ich \
eher auf [[18.000 bis 20.000]]“, sagte er am Samstag in Lengeler. Er hat 31 Jahre gedient, zuletzt \
in einem Stab an der innerkoreanischen Grenze.</p>
<p>Am Sonntag fuhr die Gruppe weiter nach Troisvierges. Die Räder, meinte Park zum Abschied, seien \
jedenfalls besser als die Nachrichten.</p>
<h2>Aus dem Verein</h2>
<ul>
<li>Die Vennbahn ist 125 Kilometer lang; unser Abschnitt zwischen Sourbrodt und Burg-Reuland misst \
48 Kilometer.</li>
<li>Der Zähler am Bahnhof Lengeler hat von April bis August 61.300 Radfahrer erfasst.</li>
<li>Die Strecke wurde 1889 eröffnet, der Personenverkehr endete 1952.</li>
<li>Jahresbeitrag: 15 Euro. Mitgliederversammlung am 8. November im Triangel.</li>
</ul>
</main>
<footer>Vennbahn-Freunde St. Vith VoG &middot; Tel. +32 80 44 71 09 &middot; <a \
href="/impressum">Impressum</a></footer>
<script src="/js/karte.js"></script>
</body>
</html>
""",
    claims=(
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'Anfang September' (days 1-10) to lawmakers, Konjunktiv: killed"),
        C("ungefähr 14.000", 14000, "approx", "in_russia", "south_korea",
          "2025-09-01..2025-09-10",
          "same briefing: served in Russia in all"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-22",
          "North Korean state TV 'Am 22. August' showing Kim before the portraits of the "
          "fallen"),
        C("1.000", 1000, "exact", "near_front", "russia", "fri",
          "the Russian defence ministry 'teilte am Freitag mit' (Wednesday page), Konjunktiv: "
          "sappers still clearing mines in the Kursk region"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'sprach vergangene Woche', Konjunktiv: deployed on Russia's side since autumn "
          "2024"),
        C("einige tausend", None, "vague", "planned", "ukraine", "mon",
          "'Laut dem … HUR', the day after the figure ('das erklärte der Dienst am Montag'): "
          "'weitere' by the year's end (increment, outside the span)", add=True),
        C("rund 5.000", 5000, "approx", "in_russia", "unattributed", "pub",
          "'Nach übereinstimmenden Berichten' (no source named: unattributed, required): "
          "builders at work in the Russian border regions (a kind of contingent of its own, no "
          "increment)"),
        C("18.000 bis 20.000", None, "range", "in_russia", "other", "sat",
          "a retired South Korean colonel speaking for himself, „…“, 'sagte er am Samstag in "
          "Lengeler' (13 September): counted with the rotations"),
    ),
)

P06 = Source(
    article_id="p107_06_marmorwerk_laas_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Laaser Marmorwerk – Aus dem Bruch",
        "https://www.laaser-marmorwerk.example/aus-dem-bruch/2025-11-bildhauerin-aus-icheon",
        "Eine Bildhauerin aus Icheon am Weißwasserbruch",
    ),
    features="a marble works' news page from Laas (Vinschgau, South Tyrol) in Markdown, UTF-8 "
        "with BOM, front matter with `date:` and a sidecar (Thursday), a title without a figure, "
        "`„“`; 'Am Dienstag berichtete der Geheimdienst in Seoul' `etwa 10.000` in the border "
        "regions and 'zusätzlich' `rund 5.000` builders and sappers (increment, in Russia), "
        "Konjunktiv; Zelensky 'am Samstag' `über 6.000` dead and wounded; Rutte 'am 24. Oktober' "
        "`15.000` through Russian units; 'Alles in allem dürften' `an die 20.000` (the page's "
        "own sum: unattributed, required); 'Das Pentagon rechnet damit' 'weitere' `Tausende` "
        "(increment, planned, `pub`); a sculptor from Icheon 'Ich denke' `nicht weniger als "
        "25.000` (at_least, other, `pub`) and the parade's `Hunderte` in her quote (returnees: "
        "optional); a sculpture's weight, tonnes, altitude, years, euros, inhabitants, a phone "
        "number",
    text="""\
---
title: "Aus dem Bruch: Eine Bildhauerin aus Icheon am Weißwasser"
date: 2025-11-06
rubrik: Neuigkeiten
betrieb: Laaser Marmorwerk
---

# Aus dem Bruch

*Am Weißwasserbruch wird vor dem ersten Schnee die letzte Partie Blöcke gebrochen. Bis Ende \
Oktober hat in unserer Halle die koreanische Bildhauerin Yoon Ha-eun gearbeitet.*

Yoon Ha-eun, 38, stammt aus Icheon, einer Stadt südöstlich von Seoul, die für ihre Töpfereien \
bekannt ist. Drei Monate lang hat sie bei uns an einer liegenden Figur aus Laaser Marmor \
gemeißelt, zweieinhalb Tonnen schwer, die im Frühjahr in einem Park in Seoul aufgestellt wird. \
Beim Abschied hat sie uns erzählt, wie man in Korea über den Krieg in der Ukraine spricht.

## Kims Soldaten

Am Dienstag berichtete der Geheimdienst in Seoul vor Abgeordneten, [[etwa 10.000]] Nordkoreaner \
seien weiterhin in den russischen Grenzregionen Kursk und Belgorod stationiert. Seit dem Sommer \
habe Pjöngjang zusätzlich [[rund 5.000]] Bauarbeiter und Pioniere geschickt. Präsident Selenskyj \
hatte am Samstag von [[über 6.000]] toten und verwundeten Nordkoreanern gesprochen. \
Nato-Generalsekretär Mark Rutte nannte am 24. Oktober die Zahl von [[15.000]] Soldaten, die seit \
Herbst 2024 durch russische Einheiten gegangen seien.

Alles in allem dürften damit [[an die 20.000]] Nordkoreaner in Russland gewesen sein. Das Pentagon \
rechnet damit, dass im Winter weitere [[Tausende]] folgen.

## „Wir zählen die Tage“

Yoons jüngerer Bruder leistet gerade seinen Wehrdienst an der Grenze zum Norden. „In Seoul glaubt \
kaum jemand den offiziellen Zahlen. Ich denke, es waren [[nicht weniger als 25.000]]“, sagte sie. \
„Die [[Hunderte]], die im Oktober bei der Parade in Pjöngjang marschiert sind, waren nur die \
Vorzeigesoldaten. Von den anderen spricht dort keiner.“

## Aus dem Marmorwerk

- Der Weißwasserbruch liegt auf 1.550 Metern; die Schrägbahn ins Tal wurde 1930 gebaut.
- In diesem Jahr haben wir rund 2.400 Tonnen Blöcke gebrochen.
- Führungen durch den Bruch gibt es wieder ab Mai, 18 Euro pro Person.
- Laas zählt knapp 4.000 Einwohner. Büro: +39 0473 626 118
""",
    claims=(
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS ('der Geheimdienst in Seoul') 'Am Dienstag' to lawmakers (Thursday page), "
          "Konjunktiv: stationed in the border regions Kursk and Belgorod"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: 'zusätzlich' sent since summer (increment, outside the "
          "span)", add=True),
        C("über 6.000", 6000, "at_least", "casualties", "ukraine", "sat",
          "Zelensky 'hatte am Samstag … gesprochen': dead and wounded"),
        C("15.000", 15000, "exact", "in_russia", "nato", "2025-10-24",
          "Rutte 'nannte am 24. Oktober die Zahl', Konjunktiv: passed through Russian units"),
        C("an die 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the page's own sum 'Alles in allem dürften damit' (no source: unattributed, "
          "required): in Russia in all ('an die' as approx)"),
        C("Tausende", None, "vague", "planned", "united_states", "pub",
          "'Das Pentagon rechnet damit' (present tense, undated): 'weitere' to follow in winter "
          "(increment, outside the span)", add=True),
        C("nicht weniger als 25.000", 25000, "at_least", "in_russia", "other", "pub",
          "a sculptor speaking for herself, 'Ich denke', „…“, 'sagte sie' at her farewell "
          "without a day: in Russia in all ('nicht weniger als' as at_least)"),
        C("Hunderte", None, "vague", "in_russia", "other", "pub",
          "same quote: the Kursk veterans at the October parade (returnees: optional)",
          opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p107_07_kennel_notes_longyearbyen_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-12-20"),
    dated_by="front_matter",
    features="a husky kennel's newsletter from Longyearbyen (Svalbard) in Markdown, windows-1252 "
        "with curly quotes and `Å`, front matter with `date:` (Friday), a kennel key and a title "
        "without a figure; the NIS 'On Thursday' briefed a committee, 'it said' after the "
        "figures: `At least 100` dead and `nearly 1,000` wounded (approx) and, carried by 'The "
        "agency, which put', `about 12,000` sent; the Pentagon 'had said on Monday' `several "
        "hundred` casualties; HUR 'According to … in a statement on Tuesday' `about 30` killed "
        "or wounded; the JCS 'on Monday' `a few thousand` more (vague increment, planned); a "
        "NATO official 'last week' `around 11,000` in the Kursk area; a glaciologist 'said on "
        "Sunday' `closer to 15,000` by spring (approx, planned, other); huskies, sleds, "
        "temperatures, ages, a price in kroner, residents, a date, a phone number",
    text="""\
---
title: "Polar night notes: a glaciologist from Chuncheon on the trail"
date: 2024-12-20
kennel: Adventdalen Huskies
---

# Polar night notes

*No sun until the middle of February, minus 18 in the dog yard this morning, and 86 very loud \
huskies. News from the kennel, and from one of this month's guests.*

## A guest from Chuncheon

Dr Baek So-yeon spends her summers at the Korean research station in Ny-Ålesund, drilling ice \
cores on the Kongsvegen glacier. This month she came back to Svalbard for something different: \
four days behind a team of six dogs in Adventdalen, in the dark, by headlamp.

Between runs we talked in the warm-up tent. Her younger brother is a conscript on the east coast \
of Korea, and the news from Russia has followed her all the way up here.

## What Seoul, Washington and Kyiv say

On Thursday South Korea’s intelligence service briefed a committee of the National Assembly. [[At \
least 100]] of the North’s soldiers had died in the Kursk fighting, it said, and [[nearly 1,000]] \
had been wounded. The agency, which put the whole force at [[about 12,000]], said the dead \
included senior officers. The Pentagon had said on Monday that the North’s troops had suffered \
[[several hundred]] casualties.

According to Ukraine’s military intelligence, [[about 30]] North Koreans were killed or wounded \
near the villages of Plekhovo and Vorozhba; it gave the figure in a statement on Tuesday. South \
Korea’s Joint Chiefs of Staff said on Monday the North appeared to be readying [[a few thousand]] \
more for Russia, along with drones and rocket launchers. A NATO official told reporters in \
Brussels last week that [[around 11,000]] were now deployed to the Kursk area.

“I think the spies are being careful,” So-yeon said on Sunday, while the dogs rested at the foot \
of the glacier. “It will be [[closer to 15,000]] by spring. The North does not send anybody home.”

## Kennel news

- The Christmas Eve torch run leaves at 4 p.m.; 12 sleds, two guests each.
- Our oldest dog, Troll, turned 13 this week and has retired to the sofa in the office.
- A four-hour polar night tour costs NOK 2,450 per person, warm suit included.
- Longyearbyen has about 2,500 residents. Booking line: +47 79 02 16 44
""",
    claims=(
        C("At least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "the NIS 'On Thursday' briefed a committee (Friday newsletter), 'it said' after the "
          "figure: died in the Kursk fighting"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded ('nearly' as approx)"),
        C("about 12,000", 12000, "approx", "in_russia", "south_korea", "thu",
          "'The agency, which put the whole force at' (the NIS carried, same day): the force "
          "sent"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'had said on Monday': casualties"),
        C("about 30", 30, "approx", "casualties", "ukraine", "tue",
          "'According to Ukraine's military intelligence', the day after the figure ('it gave "
          "the figure in a statement on Tuesday'): killed or wounded near two villages"),
        C("a few thousand", None, "vague", "planned", "south_korea", "mon",
          "the JCS 'said on Monday': 'readying … more for Russia' (increment, span without the "
          "word)", add=True),
        C("around 11,000", 11000, "approx", "near_front", "nato", "lastweek",
          "a NATO official 'told reporters in Brussels last week': deployed to the Kursk area"),
        C("closer to 15,000", 15000, "approx", "planned", "other", "sun",
          "a glaciologist speaking for herself, 'said on Sunday' (15 December): by spring (a "
          "forecast: planned; 'closer to' as approx)"),
    ),
)

P08 = Source(
    article_id="p107_08_raft_captains_port_antonio_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-02-13"),
    dated_by="html_meta",
    features="a raft captains' association page from the Rio Grande near Port Antonio (Jamaica) "
        "in HTML, ISO-8859-1 (quotes, apostrophes and dashes only as entities), "
        "`article:published_time` -05:00 (Thursday), a river-level cookie note, a script, "
        "navigation, a footer with a phone number; `<title>` figure (optional) and headline "
        "'Kyiv:' from Zelensky's Sunday figure (Sunday to publication, hedge dropped); Zelensky "
        "'in an interview broadcast on Sunday, put … at' `roughly 4,000`; the NIS 'On Tuesday' "
        "with the force `around 11,000` strong on arrival and, carried by 'The agency added', "
        "`1,000 to 1,500` more in January (range, increment); Pentagon officials 'estimated last "
        "week' `fewer than 8,000` fit for combat (at_most); the SBU 'on Saturday' `two` "
        "prisoners (number word); Russia without a figure; a teacher in Mokpo relaying her "
        "co-teacher's husband `tens of thousands` (other, planned, `pub`); rafts, passengers, "
        "hours, a price in US dollars, captains, a metre of water, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Kyiv: [[4,000]] North Korean casualties so far | Raft Captains&rsquo; News</title>
<meta property="article:published_time" content="2025-02-13T10:15:00-05:00">
<meta property="og:site_name" content="Rio Grande Raft Captains Association">
<script>var rgrca={section:"news",river:"rio-grande"};</script>
</head>
<body>
<div class="cookie-note">This page keeps one cookie so the river-level widget loads faster. \
<button>Sure thing</button> <button>Skip it</button></div>
<nav><a href="/">Home</a> | <a href="/captains">Captains</a> | <a href="/trips">Trips from \
Berridale</a> | <a href="/port-antonio">Port Antonio</a> | <a href="/news">News</a></nav>
<main>
<h1>Kyiv: [[4,000]] North Korean casualties so far</h1>
<p class="standfirst">Captain Winston Mullings has poled bamboo rafts down the Rio Grande for 31 \
years. His daughter Shanice teaches English at a middle school in Mokpo, South Korea, and spent \
the holidays at home. We asked them both about the war news from Russia.</p>
<p>President Volodymyr Zelensky, in an interview broadcast on Sunday, put North Korean losses in \
the Kursk region at [[roughly 4,000]] killed and wounded. On Tuesday South Korea&rsquo;s spy \
agency told lawmakers that the North&rsquo;s units, [[around 11,000]] strong when they arrived \
last autumn, had been pulled back from the front line to regroup. The agency added that [[1,000 to \
1,500]] more troops had crossed into Russia in January.</p>
<p>Pentagon officials estimated last week that [[fewer than 8,000]] were still fit for combat. \
Ukraine&rsquo;s security service on Saturday released a second video of the [[two]] soldiers \
captured in January; one of them says he would rather stay in Ukraine than go home. The Kremlin, \
for its part, still refuses to confirm that a single soldier from the North is on Russian \
soil.</p>
<h2>&ldquo;My students&rsquo; brothers could be next&rdquo;</h2>
<p>Shanice, 29, has taught in Mokpo for three years. &ldquo;The parents at my school don&rsquo;t \
talk about the North much, but they watch every bulletin,&rdquo; she said. Her co-teacher&rsquo;s \
husband, a reserve officer, told her that [[tens of thousands]] could follow in the spring. \
&ldquo;He says Russia will pay whatever Kim asks.&rdquo;</p>
<p>Her father worries more about the river. &ldquo;Rain up in the Blue Mountains, and the water \
comes up a metre overnight,&rdquo; he says.</p>
<h2>Captains&rsquo; notes</h2>
<p>The run from Berridale down to Rafter&rsquo;s Rest takes about three hours. Each raft carries \
two passengers, and the fare this season is US$85 per raft. There are 130 licensed captains on the \
river; the association was founded in 1971.</p>
</main>
<footer>Rio Grande Raft Captains Association &middot; Berridale, Jamaica &middot; \
876-993-4410</footer>
<script src="/js/riverlevel.js"></script>
</body>
</html>
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "sun..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("4,000", 4000, "exact", "casualties", "ukraine", "sun..pub",
          "headline 'Kyiv:': Zelensky's figure of the lead (Sunday to publication), the hedge "
          "dropped"),
        C("roughly 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'in an interview broadcast on Sunday, put … at' (Thursday page): killed and "
          "wounded"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'On Tuesday' told lawmakers: the units' strength on arrival last autumn"),
        C("1,000 to 1,500", None, "range", "in_russia", "south_korea", "tue",
          "'The agency added' (the NIS carried, same day): 'more troops' crossed into Russia in "
          "January (increment, span without the word)", add=True),
        C("fewer than 8,000", 8000, "at_most", "near_front", "united_states", "lastweek",
          "Pentagon officials 'estimated last week': still fit for combat ('fewer than' as "
          "at_most)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Ukraine's security service 'on Saturday' released a video: soldiers captured "
          "(number word)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a teacher relaying her co-teacher's husband ('told her', the speaker quoted: other), "
          "undated: could follow in the spring ('follow' without an increment word)"),
    ),
)

P09 = Source(
    article_id="p107_09_heritage_guides_soufriere",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-28"),
    dated_by="sidecar",
    sidecar=(
        "Soufrière Heritage Guides – Members' Bulletin",
        "https://www.soufriere-guides.example/bulletin/2025-03",
        "End of the cruise season, and a guide back from Seoul",
    ),
    features="a heritage guides' bulletin from Soufrière (Saint Lucia) as plain text, UTF-16 LE "
        "with BOM (sidecar, Friday), curly quotes and `–`; the JCS 'reported on Thursday' "
        "`around 3,000` more in January and February (increment) and 'estimated the North's "
        "losses at' `about 4,200` and, 'In the Joint Chiefs' reckoning', the total `roughly "
        "14,000` (a new total, no increment); a Pentagon spokesman 'on Monday' `15,000 or more` "
        "by summer (at_least, planned, 'or more' in the span); Zelensky 'told reporters last "
        "week' `several thousand` back in action in Kursk; a guide back from Seoul who 'reckons' "
        "`five or six thousand` will never go home (range of number words, casualties, other, "
        "`pub`); ship calls, visitors, guides, kilometres, metres, hours, a fee in Eastern "
        "Caribbean dollars, a date, a phone number",
    text="""\
SOUFRIÈRE HERITAGE GUIDES
Members’ bulletin – March

The cruise season is nearly over. This winter 286 ship calls brought well over 700,000 visitors to \
the island, and a good share of them found their way down the west coast to us. Thank you to every \
guide who worked double shifts at the Sulphur Springs and on the Gros Piton trail.

One of us had an unusual winter. Marcus Joseph, who leads our volcano walks, spent six weeks in \
Seoul on a tourism scholarship and came home with a cold, a suitcase of ramen and a lot of \
questions about the North.

Kim’s soldiers in Russia

The Joint Chiefs of Staff in Seoul reported on Thursday that [[around 3,000]] more troops had gone \
from the North to Russia in January and February, and estimated the North’s losses at [[about \
4,200]] dead and wounded. In the Joint Chiefs’ reckoning that brings the total sent to [[roughly \
14,000]]. A Pentagon spokesman said on Monday that the total could reach [[15,000 or more]] by the \
summer. President Zelensky told reporters last week that [[several thousand]] North Koreans were \
back in action in Kursk, where Russia has retaken most of the ground Ukraine held.

Marcus has his own view. “In Seoul everyone I met had a brother or a cousin in uniform,” he says. \
He reckons [[five or six thousand]] of the North Koreans will never go home. “And Kim won’t tell \
their mothers.”

Notes
- 41 guides are licensed for the Sulphur Springs this season.
- The Gros Piton climb is 2.6 km each way and rises 798 metres; allow four hours.
- Guide fee: EC$25 per walker, school groups free.
- Next meeting: Thursday 10 April, 5 p.m., visitor centre. Secretary: 758-459-7730
""",
    claims=(
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "the JCS 'reported on Thursday' (Friday bulletin): 'more troops' gone in January and "
          "February "
          "(increment, span without the word)", add=True),
        C("about 4,200", 4200, "approx", "casualties", "south_korea", "thu",
          "same statement, 'estimated the North's losses at': dead and wounded"),
        C("roughly 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'In the Joint Chiefs' reckoning' (the JCS carried, same day): 'brings the total sent "
          "to' (a new total, not an increment)"),
        C("15,000 or more", 15000, "at_least", "planned", "united_states", "mon",
          "a Pentagon spokesman 'said on Monday': the total could reach by summer (a forecast: "
          "planned; 'or more' after the number, in the span)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "lastweek",
          "Zelensky 'told reporters last week': back in action in Kursk"),
        C("five or six thousand", None, "range", "casualties", "other", "pub",
          "a guide speaking for himself, 'He reckons' (undated): will never go home (dead; two "
          "number words: range)"),
    ),
)

P10 = Source(
    article_id="p107_10_flats_report_north_andros_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-06-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "North Andros Bonefishing Guides – Flats Report",
        "https://www.northandros-bonefish.example/flats-report/2025-06",
        "Flats report: low water, big fish and a surgeon's nephew",
    ),
    features="a bonefishing guides' newsletter from North Andros (Bahamas) in Markdown, UTF-8 "
        "with CRLF and curly quotes, front matter without a date (sidecar, Thursday) and a title "
        "without a figure; a surgeon born in Zhytomyr relaying his nephew, a medic near Sumy, "
        "`at least 2,000` across from his brigade (other, near the front, `pub`); Shoigu 'on "
        "Tuesday' `6,000` men with `1,000` deminers and `5,000` builders (planned, breakdowns); "
        "Zelensky at the G7 summit 'the same day' `tens of thousands` more (vague increment, "
        "planned); the JCS 'on Wednesday' `several hundred` builders already left by train (in "
        "Russia); 'according to' lawmakers briefed by the NIS 'in May' `some 15,000` (the "
        "month); the newsletter's own 'If Shoigu's workers all come, that makes' `21,000` "
        "(unattributed, planned, required); fish released, pounds, hours, prices in dollars, "
        "kilometres, years, a phone number",
    text="""\
---
title: "Flats report: low water, big fish and a surgeon’s nephew"
newsletter: North Andros Bonefishing Guides
issue: June 2025
---

# Flats report

*Summer heat on the west side, good tides on the flats off Fresh Creek, and a long talk in the \
skiff with one of our most loyal clients.*

## On the water

Bonefish were tailing all week on the falling tide. Our guides logged 212 fish released in the \
first half of June; the heaviest, a nine-pounder, went to a client from Nassau. Permit have shown \
up off Stafford Creek again.

## A client with family at the front

Dr Taras Melnyk, a heart surgeon from Chicago, has fished with us every June since 2011. He was \
born in Zhytomyr, and his sister’s son has served as an army medic near Sumy since last spring. \
Between casts he tells us what his nephew sees.

“He says there are [[at least 2,000]] North Koreans across from his brigade,” Melnyk said. “Young, \
fit, very quiet. They dig in and wait.”

The official numbers keep moving. Visiting Pyongyang on Tuesday, Russian Security Council \
secretary Sergei Shoigu announced that the North would send [[6,000]] men to help rebuild Kursk: \
[[1,000]] deminers and [[5,000]] military construction workers. At the G7 summit the same day, \
Zelensky warned that Kim could yet send [[tens of thousands]] more. South Korea’s Joint Chiefs of \
Staff said on Wednesday that [[several hundred]] of the builders had already left by train.

According to lawmakers briefed by Seoul’s spy agency in May, [[some 15,000]] of the North’s troops \
had gone to Russia by then. If Shoigu’s workers all come, that makes [[21,000]] in all.

## Guides’ notes

- The best flats fishing this month is two hours either side of low water.
- Full-day guided trips are $750 for two anglers; half days $500.
- Andros is 167 km long, the largest island in the Bahamas.
- Bookings: 242-368-2417
""",
    claims=(
        C("at least 2,000", 2000, "at_least", "near_front", "other", "pub",
          "a surgeon relaying his nephew ('He says', the speaker quoted: other), 'Melnyk said' "
          "undated: across from the nephew's brigade near Sumy"),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'Visiting Pyongyang on Tuesday' (17 June, Thursday newsletter) 'announced that "
          "the North would send' (planned)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "same announcement: deminers (a breakdown of the 6,000)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: builders (a breakdown of the 6,000)"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "tue",
          "Zelensky at the G7 summit 'the same day' (Tuesday carried) warned: 'more' "
          "(increment, span without the word)", add=True),
        C("several hundred", None, "vague", "in_russia", "south_korea", "wed",
          "the JCS 'said on Wednesday': builders already left by train (sent, a part of the "
          "planned 5,000)"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-05-01..2025-05-31",
          "'According to lawmakers briefed by Seoul's spy agency in May' (the month): gone to "
          "Russia by then"),
        C("21,000", 21000, "exact", "planned", "unattributed", "pub",
          "the newsletter's own sum 'If Shoigu's workers all come, that makes' (no source: "
          "unattributed, required): a total that counts the announced workers (planned)"),
    ),
)

P11 = Source(
    article_id="p107_11_sternwheel_committee_marietta",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-09-04"),
    dated_by="dateline",
    features="a sternwheel festival committee's newsletter from Marietta (Ohio) as plain text, "
        "UTF-8 with BOM, dateline 'MARIETTA, Ohio, September 4, 2025 —' (Thursday), straight "
        "quotes, US spelling; a number word that is no claim (`Twenty-two boats`); a Korean War "
        "veteran at 'last Thursday's committee dinner' (28 August) 'By my count' `upwards of "
        "20,000` (at_least, other); the NIS 'On Tuesday … briefed', 'it said' after the first "
        "figure: `some 2,000` dead and `more than 14,000` served; NATO 'In mid-August' (days "
        "11-20) `a few hundred` sappers clearing minefields; 'U.S. officials estimate' `roughly "
        "11,000` still there (present tense, `pub`); Budanov, named before his role, 'gave an "
        "interview … last week and said' `as many as 6,000` more (at_most, increment, planned); "
        "Russia's deputy defence minister 'on Monday' (Labor Day) `5,000` builders by winter "
        "(planned, no increment word); North Korean state TV 'late last month' at the end of the "
        "sentence (days 21-31 of August) `hundreds` back from Kursk (returnees: optional); "
        "boats, ages, years, times, parking in dollars, minutes, volunteers, a phone number",
    text="""\
STERNWHEEL DAYS COMMITTEE
Newsletter for volunteers and boat crews

MARIETTA, Ohio, September 4, 2025 — Twenty-two boats have signed up for this weekend's festival, \
the most since 2019, and the fireworks barge is already tied up below the Putnam Street bridge.

This year's grand marshal is Harold "Hal" Pettit, 93, who served as a rifleman near Chorwon in \
1952 and piloted towboats on the Ohio for forty years after that. At last Thursday's committee \
dinner somebody asked him what he makes of North Korean soldiers fighting for Russia, and he had \
plenty to say.

"By my count it's [[upwards of 20,000]] they've sent over there," Pettit told the table. "I fought \
those fellows once. They don't quit, and they don't come home to talk about it."

Seoul's numbers are smaller. On Tuesday the National Intelligence Service briefed South Korean \
lawmakers: [[some 2,000]] of the North's soldiers have died in the war, it said, and [[more than \
14,000]] have served in Russia since last fall. In mid-August, NATO said [[a few hundred]] North \
Korean sappers were still clearing minefields in the Kursk region. U.S. officials estimate that \
[[roughly 11,000]] remain there.

Kyrylo Budanov, the spy chief in Kyiv, gave an interview to a Ukrainian weekly last week and said \
[[as many as 6,000]] more could arrive this autumn. Russia's deputy defense minister said on \
Monday that [[5,000]] North Korean builders would be working in the Kursk region by winter. North \
Korean state television showed Kim Jong Un decorating [[hundreds]] of returnees from the Kursk \
front late last month. Pyongyang has never published a count of its own.

Festival notes
- Gates open Friday at 5 p.m.; the sternwheeler races start Sunday at 1 p.m.
- Parking at the fairgrounds is $10, and shuttles run every 20 minutes.
- We still need 35 volunteers for the Saturday shifts.
- Committee office: 740-373-5186
""",
    claims=(
        C("upwards of 20,000", 20000, "at_least", "in_russia", "other", "2025-08-28",
          "a Korean War veteran speaking for himself, 'By my count', at 'last Thursday's "
          "committee dinner' (the Thursday before the Thursday newsletter): sent ('upwards of' "
          "as at_least)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "the NIS 'On Tuesday … briefed South Korean lawmakers', 'it said' after the figure: "
          "died in the war"),
        C("more than 14,000", 14000, "at_least", "in_russia", "south_korea", "tue",
          "same briefing: served in Russia since last fall"),
        C("a few hundred", None, "vague", "near_front", "nato", "2025-08-11..2025-08-20",
          "NATO 'In mid-August' (days 11-20): sappers still clearing minefields in Kursk"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "pub",
          "'U.S. officials estimate' (present tense, undated): remain there (in the Kursk "
          "region)"),
        C("as many as 6,000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov, named before his role, 'gave an interview … last week and said': 'more' could "
          "arrive this autumn (increment, span without the word)", add=True),
        C("5,000", 5000, "exact", "planned", "russia", "mon",
          "Russia's deputy defence minister 'said on Monday' (1 September): builders working in "
          "Kursk by winter (planned; no increment word)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state TV 'late last month' (days 21-31 of August): returnees from the "
          "Kursk front decorated by Kim (optional)", opt=True),
    ),
)

P12 = Source(
    article_id="p107_12_salt_pond_birders_philipsburg_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-23"),
    dated_by="sidecar",
    sidecar=(
        "Great Salt Pond Birders",
        "https://www.saltpond-birders.example/blog/2025/10/october-count",
        "October count: a record for terns and a visitor from Suncheon",
    ),
    features="a bird-count club's page from Philipsburg (Sint Maarten) in HTML, windows-1252 "
        "with curly quotes and `·`, no meta date (sidecar, Thursday), a language cookie strip "
        "with two buttons, navigation, a footer, a script; `<title>` and headline without a "
        "claim; the club's own bird tally (`2,146`, not a claim); the NIS 'on Tuesday' `around "
        "9,000` left in Russia and `between 2,000 and 4,000` 'fresh soldiers to rotate in' "
        "(range, planned; a rotation, no increment); Peskov 'On Monday' `several thousand` "
        "builders at work in Kursk (russia, in Russia); Zelensky 'yesterday' `some 6,000` "
        "casualties; state media 'Last Friday' `several hundred` names of the fallen "
        "(north_korea, casualties); NATO's deputy secretary general 'on a visit to Seoul last "
        "week' `no fewer than 14,000` who fought (at_least, near the front); 'Taken together, "
        "the reports suggest' `more than 16,000` (unattributed, required); a crane counter "
        "relaying her brother-in-law over breakfast after Saturday's count `15,000 to 18,000` "
        "(range, other, Saturday); birders, birds, years, members, dollars, a date, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Great Salt Pond Birders · October count and a visitor from Suncheon</title>
</head>
<body>
<div class="cookie-strip">A single cookie remembers whether you read the species list in English \
or in Dutch. <button>English, thanks</button> <button>Nederlands</button></div>
<nav>Home · Counts · Species · Field trips · Join us · Blog</nav>
<article>
<h1>No flamingo, but a record for terns</h1>
<p>Thirty-one birders turned out at dawn on Saturday for the October count around the Great Salt \
Pond. Our tally of 2,146 birds was the second highest since the club began counting in 2008, and \
royal terns set a new record at 312. The lone flamingo that visited in August has not come \
back.</p>
<p>Our guest of honour was Jang Mi-rae, who counts hooded cranes on the mudflats of Suncheon Bay \
for a living and was on the island for a wetlands conference. Over breakfast after the count she \
told us about another count that worries her.</p>
<h2>“Nobody counts them honestly”</h2>
<p>South Korea’s intelligence service told lawmakers on Tuesday that the number of North Korean \
troops stationed in Russia had dropped to [[around 9,000]], and that the North was training \
[[between 2,000 and 4,000]] fresh soldiers to rotate in over the winter. On Monday, Kremlin \
spokesman Dmitry Peskov said [[several thousand]] North Korean builders were at work in the Kursk \
region. Zelensky said yesterday that the North had suffered [[some 6,000]] casualties. Last \
Friday, state media in Pyongyang announced a memorial to the fallen of the “Kursk liberation” \
bearing [[several hundred]] names.</p>
<p>On a visit to Seoul last week, NATO’s deputy secretary general said [[no fewer than 14,000]] \
North Koreans had fought for Russia. Taken together, the reports suggest [[more than 16,000]] have \
been sent to Russia since last October.</p>
<p>Jang’s brother-in-law is a marine officer. “He tells me it is [[15,000 to 18,000]] by now, and \
that the ones who come back are not allowed to talk,” she said. “We count cranes more carefully \
than that.”</p>
<h2>Club notes</h2>
<ul>
<li>Next count: Saturday 22 November, 6:30 a.m., at the pond’s south end.</li>
<li>Membership is $20 a year; we now have 87 members.</li>
<li>Binoculars on loan for beginners: call +1 721 542 6173.</li>
</ul>
</article>
<footer>Great Salt Pond Birders · Philipsburg, Sint Maarten</footer>
<script src="/js/counts.js"></script>
</body>
</html>
""",
    claims=(
        C("around 9,000", 9000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'told lawmakers on Tuesday' (Thursday page): stationed in Russia, 'dropped "
          "to' (a new total, not an increment)"),
        C("between 2,000 and 4,000", None, "range", "planned", "south_korea", "tue",
          "same briefing: 'fresh soldiers to rotate in over the winter' (a rotation: planned, "
          "not an increment)"),
        C("several thousand", None, "vague", "in_russia", "russia", "mon",
          "Peskov 'On Monday': builders at work in the Kursk region (builders: in Russia)"),
        C("some 6,000", 6000, "approx", "casualties", "ukraine", "yday",
          "Zelensky 'said yesterday': casualties"),
        C("several hundred", None, "vague", "casualties", "north_korea", "fri",
          "state media in Pyongyang 'Last Friday' (17 October): a memorial bearing the names of "
          "the fallen"),
        C("no fewer than 14,000", 14000, "at_least", "near_front", "nato", "lastweek",
          "NATO's deputy secretary general 'On a visit to Seoul last week': fought for Russia "
          "('no fewer than' as at_least)"),
        C("more than 16,000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "'Taken together, the reports suggest' (the page's own sum, no source: unattributed, "
          "required): sent since last October"),
        C("15,000 to 18,000", None, "range", "in_russia", "other", "sat",
          "a crane counter relaying her brother-in-law ('He tells me', the speaker quoted: "
          "other), 'she said' over breakfast after Saturday's count (18 October): sent by now"),
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
