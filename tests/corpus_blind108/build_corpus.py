"""Build the HUNDRED-AND-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-tenth corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: the newsletter
of a friends' society of the old Niederfinow ship lift with a volunteer guide who ran machines
at the Dnipro dam in Zaporizhzhia, a shawm band's site from Finsterwalde with a Korean doctoral
student who plays the taepyeongso, a gold-bonnet group's page from Eferding (Austrian
conventions) with an embroiderer from Tschernihiw, a village shop co-operative's letter from
Safien Platz (Swiss conventions) with a shop assistant from Rachiw, the Heligoland tender-boat
co-operative's page with a lobster researcher from Mokpo, a visitors' quarry's find report from
Solnhofen with a geology student from Jeonju; a Fogo Island berry pickers' co-operative
newsletter with a picker from Kharkiv, a beach hut owners' newsletter from Wells-next-the-Sea
with a retired defence attaché, a donkey rescue's news page from Nevis with a veterinary student
from Bila Tserkva, a golf-cart rental's owner's blog from Tangier Island with a retired staff
sergeant, a St Stephen's Day wren page from Dingle with a drummer from Poltava and a Molokai mule
stable's notes with a wrangler of Korean descent. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind108_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p108_01_trogpost_foerderverein_niederfinow",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-11-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Förderverein Altes Schiffshebewerk Niederfinow – Trogpost",
        "https://www.altes-hebewerk-niederfinow.example/trogpost/2024-11",
        "Die Saison ist vorbei, und ein Ingenieur vom Dnipro führt jetzt durchs Hebewerk",
    ),
    features="a ship-lift friends' society newsletter from Niederfinow as plain text, "
        "windows-1252 with CRLF, `„“`, `·` and `–` (sidecar, Thursday); 'Im Pentagon rechnet "
        "man mittlerweile mit' `rund 10.000` (present tense) before a spokeswoman's Monday "
        "statement with the part `Etwa 8.000` moved to Kursk (a breakdown, sentence-initial, "
        "source after the figure); HUR 'vergangene Woche' `7.000` near the border; Zelensky 'am "
        "Dienstag' `11.000` in Kursk; 'Nach Einschätzung des südkoreanischen Geheimdienstes' "
        "`einige tausend` 'noch … nachschicken' (vague increment, planned, `pub`); the Kremlin "
        "'am Mittwoch' without a figure; a volunteer guide from Zaporizhzhia relaying talk at "
        "home, `zwanzigtausend` promised (number word, other, `pub`), and his son's message 'Am "
        "Sonntag' `ein paar Dutzend` dead (other, casualties); visitors, metres, minutes, the "
        "old lift's year, a power station's staff (`ein paar hundert`, not a claim), dates, "
        "euros, members, a phone number",
    text="""\
FÖRDERVEREIN ALTES SCHIFFSHEBEWERK NIEDERFINOW
Trogpost · Mitteilungen an die Mitglieder · November 2024

Die Saison ist vorbei

Am 3. November hat das alte Hebewerk die letzten Besucher des Jahres durch den Maschinenraum \
geführt. Seit Ostern kamen 41.000 Gäste auf die Aussichtsplattform in 60 Metern Höhe, mehr als in \
jedem Jahr seit der Eröffnung des neuen Hebewerks nebenan. Der Trog von 1934 hebt weiterhin \
Fahrgastschiffe; für die 36 Meter Höhenunterschied braucht er nach wie vor rund fünf Minuten.

Ein Ingenieur vom Dnipro

Einer unserer neuen Gästeführer ist Andrij Melnyk, 58, bis 2022 Maschinenmeister im \
Wasserkraftwerk von Saporischschja. Gegengewichte, Seilscheiben und Zahnstockleitern erklärt er \
so begeistert, dass seine Führungen regelmäßig überziehen. Sein altes Kraftwerk ist seit dem \
Frühjahr von Raketen schwer beschädigt; von den einst 1.200 Kollegen arbeiten dort noch ein paar \
hundert.

In der Pause im Vereinsraum landet das Gespräch fast immer bei Korea. Im Pentagon rechnet man \
mittlerweile mit [[rund 10.000]] Soldaten aus dem Norden, die in Russland stehen. [[Etwa 8.000]] \
davon seien schon ins Grenzgebiet Kursk verlegt worden, erklärte eine Sprecherin am Montag in \
Washington. Kiews Militärgeheimdienst hatte bereits vergangene Woche gemeldet, [[7.000]] \
Nordkoreaner seien in Grenznähe eingetroffen, und am Dienstag zählte Präsident Selenskyj \
[[11.000]] von ihnen im Gebiet Kursk. Nach Einschätzung des südkoreanischen Geheimdienstes wird \
es dabei nicht bleiben: Bis zum Jahresende könne Pjöngjang noch [[einige tausend]] nachschicken.

Moskau bestreitet inzwischen nichts mehr, bestätigt aber auch nichts. Ein Kremlsprecher nannte \
die Zusammenarbeit am Mittwoch eine „souveräne Angelegenheit zweier Staaten“.

„In Saporischschja erzählt man sich, dass Kim [[zwanzigtausend]] Mann versprochen hat“, sagt \
Andrij. Sein Sohn steht mit einer Brigade bei Sumy. Am Sonntag habe er ihm geschrieben, auf der \
anderen Seite der Grenze lägen schon [[ein paar Dutzend]] tote Koreaner. Ob das stimmt? Andrij \
zuckt mit den Schultern und zeigt auf die Seilscheiben: „Das hier ist wenigstens ehrliche Technik.“

Aus dem Verein

- Arbeitseinsatz am Trog: Samstag, 23. November, ab 9 Uhr; bitte Handschuhe mitbringen.
- Vortrag „90 Jahre Hebewerk“ am 12. Dezember um 18 Uhr im Besucherzentrum.
- Der Jahresbeitrag bleibt bei 48 Euro; seit Januar sind 17 neue Mitglieder dazugekommen.
- Geschäftsstelle: 033362 71 94 08
""",
    claims=(
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon..pub",
          "'Im Pentagon rechnet man mittlerweile mit' (present tense) before its spokeswoman's "
          "statement 'am Montag' in the next sentence (Monday to the Thursday of publication): "
          "in Russia"),
        C("Etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "the spokeswoman 'erklärte … am Montag' after the figure, Konjunktiv: 'davon' moved to "
          "the Kursk border region (a breakdown, sentence-initial hedge)"),
        C("7.000", 7000, "exact", "near_front", "ukraine", "lastweek",
          "HUR ('Kiews Militärgeheimdienst') 'bereits vergangene Woche': arrived near the border"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'am Dienstag zählte': in the Kursk region"),
        C("einige tausend", None, "vague", "planned", "south_korea", "pub",
          "'Nach Einschätzung des südkoreanischen Geheimdienstes' (undated): 'noch … "
          "nachschicken' by the year's end (increment, planned)", add=True),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a volunteer guide relaying talk at home ('erzählt man sich', 'sagt Andrij': the "
          "speaker quoted, other), number word: promised"),
        C("ein paar Dutzend", None, "vague", "casualties", "other", "sun",
          "the guide's son's message 'Am Sonntag' (Thursday newsletter), Konjunktiv: dead "
          "Koreans across the border (relayed: other)"),
    ),
)

P02 = Source(
    article_id="p108_02_schalmeienkapelle_finsterwalde_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-01-22"),
    dated_by="html_meta",
    features="a shawm band's site from Finsterwalde in HTML, UTF-8 (`article:published_time` "
        "+01:00, Wednesday), a one-cookie note about the rehearsal calendar, a site script, "
        "navigation, a footer; `<title>` and headline without a figure; the NIS 'Am 13. Januar' "
        "with `Rund 300` fallen and `2.700` 'weitere' wounded (others, not an increment); "
        "'Zwei Tage zuvor' (11 January) Zelensky `zwei` prisoners (number word); 'Sein "
        "Militärgeheimdienst' 'am Sonntag' `fast 3.800` (approx); a Pentagon spokesman "
        "'vergangene Woche' `Hunderte` lost every week (casualties); 'Laut Nato-Kreisen' (undated) "
        "`etwa 11.000` still in Kursk; a Korean doctoral student 'rechnet damit' 'noch einmal' "
        "`zehntausend` (increment, planned, other, `pub`); finger holes, months of service, the "
        "founding year, members, shawms in euros, times, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Eine Schalmei aus Korea – Schalmeienkapelle Finsterwalde</title>
<meta property="article:published_time" content="2025-01-22T18:40:00+01:00">
<meta name="author" content="Vorstand der Schalmeienkapelle">
<script>var kapelle={probentag:"dienstag",saison:2025,kalender:true};</script>
</head>
<body>
<div class="keks-hinweis">Diese Seite legt genau ein Cookie ab, damit der Probenkalender weiß, \
welchen Monat Sie zuletzt aufgeschlagen hatten. <button>Schon recht</button></div>
<nav>Start &middot; Die Kapelle &middot; Auftritte &middot; Nachwuchs &middot; Neuigkeiten \
&middot; Kontakt</nav>
<article>
<h1>Eine Schalmei aus Korea</h1>
<p class="anriss">Seit November probt Seo Yu-na bei uns mit. Die Doktorandin aus Daegu forscht an \
der Universität in Cottbus über gefüllte Tagebaurestseen &ndash; und spielt die Taepyeongso, die \
koreanische Schalmei.</p>
<p>Als Seo zum ersten Mal in den Probenraum im Bürgerhaus kam, hatte sie ein Instrument dabei, \
das keiner von uns kannte: ein Holzrohr mit acht Grifflöchern und einem Schalltrichter aus \
Messing. &bdquo;Bei uns spielt man es bei Umzügen und beim Ringen&ldquo;, sagt sie und lacht. \
Inzwischen bläst sie beim Steigerlied die zweite Stimme.</p>
<h2>Nachrichten von zu Hause</h2>
<p>Nach der Probe bleibt sie oft noch sitzen und erzählt. In Südkorea, sagt sie, schaue man mit \
großer Sorge auf die Nordkoreaner in Russland. Am 13. Januar unterrichtete der Geheimdienst NIS \
die Abgeordneten in Seoul: [[Rund 300]] Soldaten aus dem Norden seien im Gebiet Kursk gefallen, \
[[2.700]] weitere verwundet. Zwei Tage zuvor hatte Präsident Selenskyj die Gefangennahme von \
[[zwei]] Nordkoreanern bekanntgegeben. Sein Militärgeheimdienst bezifferte die Verluste am \
Sonntag sogar auf [[fast 3.800]] Tote und Verletzte.</p>
<p>Ein Sprecher des Pentagons sagte vergangene Woche, der Norden verliere in Kursk jede Woche \
[[Hunderte]] Mann. Laut Nato-Kreisen stehen dort trotzdem noch [[etwa 11.000]] Nordkoreaner.</p>
<p>Seo rechnet damit, dass Kim im Frühjahr noch einmal [[zehntausend]] schickt. &bdquo;Für ihn \
sind Soldaten eine Ware, mit der er Öl und Devisen bezahlt&ldquo;, sagt sie. Ihr jüngerer Bruder \
leistet gerade seinen Wehrdienst, 18 Monate, an der Grenze zum Norden.</p>
<h2>Aus der Kapelle</h2>
<ul>
<li>Jahreshauptversammlung: Freitag, 7. Februar, 19 Uhr, im Bürgerhaus.</li>
<li>Die Kapelle wurde 1958 gegründet und zählt heute 23 aktive Mitglieder; die vier neuen \
Schalmeien haben zusammen 2.400 Euro gekostet.</li>
<li>Geprobt wird jeden Dienstag ab 18.30 Uhr. Wer ein Instrument leihen möchte, ruft an: 03531 60 \
71 84</li>
</ul>
</article>
<footer>&copy; 2025 Schalmeienkapelle Finsterwalde e.V. &middot; <a \
href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/probenkalender.js" defer></script>
</body>
</html>
""",
    claims=(
        C("Rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS briefing 'Am 13. Januar', Konjunktiv after the colon: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing: '2.700 weitere verwundet' (others wounded, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Zwei Tage zuvor' (two days before 13 January): prisoners (number word)"),
        C("fast 3.800", 3800, "approx", "casualties", "ukraine", "sun",
          "'Sein Militärgeheimdienst' (HUR, by the pronoun) 'am Sonntag' (Wednesday page): "
          "dead and wounded ('fast' as approx)"),
        C("Hunderte", None, "vague", "casualties", "united_states", "lastweek",
          "a Pentagon spokesman 'vergangene Woche', Konjunktiv: lost every week in Kursk"),
        C("etwa 11.000", 11000, "approx", "near_front", "nato", "pub",
          "'Laut Nato-Kreisen' (undated, present tense): still in Kursk"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a Korean doctoral student 'rechnet damit' (undated): 'noch einmal' sent in spring "
          "(increment, span without the words, number word)", add=True),
    ),
)

P03 = Source(
    article_id="p108_03_goldhaubengruppe_eferding_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="front_matter",
    features="a gold-bonnet group's page from Eferding in Markdown, UTF-8 with "
        "BOM, front matter with `date:` (Thursday), a group key and a title without a figure, "
        "Austrian conventions (`Feber`, `Jänner`, `heuer`, `Vorige Woche`, `Obfrau`), `„“`; "
        "'hieß es aus Seoul' 'Vorige Woche' `rund 1.500` 'als Verstärkung' (an increment without "
        "an increment word) and 'Damit seien … insgesamt' `etwa 12.500` with the NIS named after "
        "the figure (a new total, not an increment); the same service 'Anfang Feber' (days 1-10) "
        "`mindestens 300` fallen; the Pentagon 'Mitte Jänner' (days 11-20) `mehreren tausend`; "
        "Zelensky 'am Samstag' in Munich `nahezu 4.000`; HUR 'geht davon aus' `bis zu 3.000` "
        "'zusätzliche' (increment, planned, `pub`); an embroiderer from Tschernihiw 'Ich "
        "glaube' `an die 5.000` (other, casualties, `pub`); the group's anniversary, hours of "
        "work, members, euros, a date, a phone number",
    text="""\
---
title: "Goldfaden und Kreuzstich: Besuch aus Tschernihiw"
date: 2025-02-20
gruppe: Goldhaubengruppe Eferding
rubrik: Aus dem Vereinsleben
---

# Goldfaden und Kreuzstich

Heuer feiert unsere Goldhaubengruppe ihr 40-jähriges Bestehen, und zum Auftakt hatten wir im \
Feber einen besonderen Gast: Oksana Hryzenko, Stickerin aus Tschernihiw, die seit dem Frühjahr \
2022 mit ihren zwei Töchtern in Eferding lebt. An drei Nachmittagen hat sie uns im Pfarrheim \
gezeigt, wie man ein ukrainisches Festhemd bestickt, und wir haben ihr gezeigt, wie aus \
Goldfaden, Pailletten und Tüll eine Haube wird. Für eine Haube braucht es gut 400 Arbeitsstunden, \
für ein besticktes Hemd, sagt Oksana, kaum weniger.

## Sorgen um daheim

Beim Sticken wird viel geredet, auch über den Krieg. Oksanas Mann ist mit seiner Einheit seit \
August auf russischem Boden bei Kursk im Einsatz, und dort stehen ihr seit dem Herbst auch \
Soldaten aus Nordkorea gegenüber.

Vorige Woche hieß es aus Seoul, der Norden habe [[rund 1.500]] Mann als Verstärkung nach Russland \
geschickt. Damit seien seit Oktober insgesamt [[etwa 12.500]] Nordkoreaner dort gewesen, so der \
Geheimdienst NIS. Anfang Feber hatte derselbe Dienst noch berichtet, die Einheiten seien nach \
schweren Verlusten seit Mitte Jänner nicht mehr an der Front zu sehen; gefallen seien bis dahin \
[[mindestens 300]]. Das Pentagon hatte Mitte Jänner von [[mehreren tausend]] Toten und \
Verwundeten gesprochen, Präsident Selenskyj sprach am Samstag auf der Sicherheitskonferenz in \
München von [[nahezu 4.000]].

Der ukrainische Militärgeheimdienst geht davon aus, dass Pjöngjang im Frühjahr [[bis zu 3.000]] \
zusätzliche Soldaten schicken wird. Die ersten seien schon unterwegs, heißt es in Kiew.

Oksana selbst hält all diese Zahlen für geschönt. Ihr Mann erzähle am Telefon von Angriffen in \
langen Reihen, ohne jede Deckung. „Ich glaube, [[an die 5.000]] sind schon tot oder verwundet“, \
sagt sie.

## Aus der Gruppe

- Unsere 42 Mitglieder treffen sich jeden zweiten Donnerstag im Pfarrheim.
- Beim Faschingskränzchen am 1. März sammeln wir für die Kinderstation in Tschernihiw; vom \
Adventmarkt sind schon 2.350 Euro beisammen.
- Ein Meter echter Goldfaden kostet derzeit rund 30 Euro.
- Obfrau Hermine Aichinger, Tel. 07272 41 86 09
""",
    claims=(
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "lastweek",
          "'Vorige Woche hieß es aus Seoul' (Austrian for last week): sent 'als Verstärkung' "
          "(reinforcements: an increment without an increment word)", add=True),
        C("etwa 12.500", 12500, "approx", "in_russia", "south_korea", "lastweek",
          "same report, 'so der Geheimdienst NIS' after the figure: 'Damit … insgesamt' (a new "
          "total, not an increment)"),
        C("mindestens 300", 300, "at_least", "casualties", "south_korea",
          "2025-02-01..2025-02-10",
          "'derselbe Dienst' 'Anfang Feber' (days 1-10), Konjunktiv: fallen"),
        C("mehreren tausend", None, "vague", "casualties", "united_states",
          "2025-01-11..2025-01-20", "the Pentagon 'Mitte Jänner' (days 11-20): dead and wounded"),
        C("nahezu 4.000", 4000, "approx", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' at the Munich Security Conference (15 February): the noun "
          "carried from the clause before ('nahezu' as approx)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht davon aus' (undated): 'zusätzliche' to be sent in spring (increment)",
          add=True),
        C("an die 5.000", 5000, "approx", "casualties", "other", "pub",
          "an embroiderer from Tschernihiw, „Ich glaube …“, 'sagt sie' (undated; she speaks for "
          "herself: other): dead or wounded"),
    ),
)

P04 = Source(
    article_id="p108_04_ladenbrief_safien_platz",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-06-13"),
    dated_by="dateline",
    features="a village shop co-operative's letter from Safien Platz as plain text, ISO-8859-1 "
        "(Swiss conventions: `ss`, «», `1'180'000`, `11'000`, `15'000`, 4-digit "
        "`4700`/`1000`/`5000`), dated by the place line 'Safien Platz, 13. Juni 2025' (Friday); "
        "the NIS 'Ende April' (days 21-30) «`rund 4700`» and 'darunter' `etwa 600` fallen (a "
        "breakdown); Russian state media 'Danach' after Shoigu's visit 'vergangene Woche': Kim "
        "'schicke' `1000` deminers and `5000` builders (russia, planned, no increment word); "
        "Rutte 'am Mittwoch' `über 11'000` who fought; 'Der ukrainische Generalstab gibt an' "
        "`Tausende` still in the border area (undated); a cheesemaker from Rachiw, «…», 'Ich "
        "denke' `15'000` (other, `pub`); turnover and shares in francs, members, ages, "
        "opening hours, per cent, a date, a phone number",
    text="""\
LADENBRIEF
Genossenschaft Dorfladen Safien Platz

Safien Platz, 13. Juni 2025

Liebe Genossenschafterinnen und Genossenschafter

Der Sommer kommt, und mit ihm die Wanderer auf dem Weg über den Safierberg. Ab dem 21. Juni ist \
unser Laden wieder an sieben Tagen in der Woche offen. Im letzten Jahr haben wir 1'180'000 \
Franken umgesetzt, und die Zahl der Genossenschafter ist auf 214 gestiegen. Ein Anteilschein \
kostet weiterhin 500 Franken.

Neu hinter der Theke

Seit April arbeitet bei uns Maryna Tkatschuk. Sie stammt aus Rachiw in den ukrainischen \
Waldkarpaten, wo ihre Familie seit Generationen Schafkäse macht, und hat vor dem Krieg ein \
Lebensmittelgeschäft in Uschhorod geführt. Sie ist 38 und hat einen Sohn, der in Chur die \
Sekundarschule besucht. Ihren Schafkäse nach Karpatenart gibt es ab Juli bei uns im Kühlregal.

Beim Kaffee hinter dem Laden kommt die Rede oft auf den Krieg, und seit dem Frühling auch auf die \
Nordkoreaner. Ende April hatte der südkoreanische Geheimdienst die Verluste der Truppen aus \
Pjöngjang auf «[[rund 4700]]» Tote und Verletzte beziffert, darunter [[etwa 600]] Gefallene. \
Russlands Sicherheitsratschef Sergei Schoigu war vergangene Woche erneut in Pjöngjang. Danach \
meldeten russische Staatsmedien, Kim schicke [[1000]] Minenräumer in das Gebiet Kursk, zudem \
sollten [[5000]] Militärbauarbeiter beim Wiederaufbau helfen.

Nato-Generalsekretär Mark Rutte sprach am Mittwoch von [[über 11'000]] Nordkoreanern, die an der \
Seite Russlands gekämpft hätten. Der ukrainische Generalstab gibt an, dass noch immer \
[[Tausende]] von ihnen im Grenzgebiet stehen.

Maryna glaubt, dass es weit mehr sind. «Wer so schnell nachschickt, hat mehr geschickt, als man \
zugibt. Ich denke, es waren bis jetzt [[15'000]]», sagt sie. Im Dorf ihrer Eltern seien zwei \
Nachbarsbuben gefallen, beide noch keine 25.

Mitteilungen

- Öffnungszeiten ab 21. Juni: täglich 7.30 bis 12 Uhr und 15 bis 18.30 Uhr.
- Das Brot kommt neu vom Beck in Versam; Bestellungen bis am Vorabend.
- Die Generalversammlung hat den Rabatt für Genossenschafter auf 5 Prozent festgelegt.
- Ladentelefon: 081 647 12 39

Mit herzlichen Grüssen
Die Ladenkommission
""",
    claims=(
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'Ende April' (days 21-30), «…» around the figure: dead and wounded (Swiss "
          "4-digit figure)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same statement, 'darunter … Gefallene' (a breakdown of the casualties)"),
        C("1000", 1000, "exact", "planned", "russia", "lastweek",
          "'Danach meldeten russische Staatsmedien' after Shoigu's visit 'vergangene Woche' "
          "(russia), Konjunktiv 'schicke': deminers announced for Kursk (planned, no increment "
          "word)"),
        C("5000", 5000, "exact", "planned", "russia", "lastweek",
          "same report: 'sollten … helfen', builders for the reconstruction (planned)"),
        C("über 11'000", 11000, "at_least", "near_front", "nato", "wed",
          "Rutte 'am Mittwoch' (Friday letter): fought alongside Russia"),
        C("Tausende", None, "vague", "near_front", "ukraine", "pub",
          "'Der ukrainische Generalstab gibt an' (undated, present tense): still in the border "
          "area"),
        C("15'000", 15000, "exact", "in_russia", "other", "pub",
          "a cheesemaker from Rachiw, «… Ich denke, es waren bis jetzt …», 'sagt sie' "
          "(undated; other): sent so far"),
    ),
)

P05 = Source(
    article_id="p108_05_boerteboote_helgoland_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-08-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Börteboot-Genossenschaft Helgoland – Neues von der Reede",
        "https://www.boerteboote-helgoland.example/reede/2025/08/hummerforscher",
        "Der Hummerforscher an der Leine",
    ),
    features="the Heligoland tender-boat co-operative's page in HTML, windows-1252 with CRLF "
        "(`„“` and `–` raw), no meta date (sidecar, Thursday), a cookie note about the language "
        "of the timetable, a site script, navigation, a footer with a phone number; `<title>` "
        "and headline without a figure; the JCS 'Am Dienstag' `knapp 15.000` (a new total after "
        "new transfers, not an increment); Russia's ambassador 'am 14. August' `mehrere hundert` "
        "builders arrived in Kursk (russia, in Russia); Pyongyang's state media 'am Montag' "
        "`Tausende` sappers clearing mines (north_korea, near the front); state TV 'Am Freitag' "
        "`Hunderte` decorated returnees (optional); the Ukrainian general staff 'vergangene "
        "Woche', the source before the figure, `über 200` fallen in July; 'das "
        "US-Außenministerium schätzt' `mindestens 4.000` (undated); a NATO official 'am "
        "Mittwoch' `bis zu 12.000` still stationed at the border; a researcher relaying his "
        "father `20.000 oder mehr` by winter (at_least, planned, other, `pub`); lobsters "
        "released, wind force, boats, guests, euros, ages, inhabitants, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Neues von der Reede – Börteboot-Genossenschaft Helgoland</title>
<script>window.reede={fahrplan:"sommer",windrichtung:"nordwest",sprache:"de"};</script>
</head>
<body>
<div class="hinweis">Wir setzen ein Cookie, das sich nur merkt, ob Sie die Abfahrtszeiten lieber \
auf Deutsch oder auf Englisch lesen. <button>Ahoi, verstanden</button></div>
<nav>Börteboote &middot; Ausbooten &middot; Geschichte &middot; Neues von der Reede &middot; \
Kontakt</nav>
<article>
<h1>Der Hummerforscher an der Leine</h1>
<p>Wer an den Wochenenden mit der „Atlantis“ zur Reede hinausfährt, trifft neuerdings Dr. Han \
Seung-woo an der Vorleine. Unter der Woche zieht der Meeresbiologe aus Mokpo in der Hummerstation \
junge Hummer auf – in diesem Sommer wurden 5.000 von ihnen rund um die Insel ausgesetzt –, \
samstags und sonntags hilft er beim Ausbooten. „Auf dem Börteboot merke ich als Erstes am Tag, \
woher der Wind kommt“, sagt er.</p>
<h2>Von der Reede nach Kursk</h2>
<p>Han stammt aus einer Marinefamilie und liest jede Meldung über die Nordkoreaner in Russland. \
Am Dienstag teilte der Generalstab in Seoul mit, die Zahl der dort stationierten Soldaten aus dem \
Norden sei nach neuen Verlegungen auf [[knapp 15.000]] gestiegen. Russlands Botschafter in \
Pjöngjang sagte am 14. August der Agentur Tass, [[mehrere hundert]] nordkoreanische Bauarbeiter \
seien bereits in Kursk angekommen. Pjöngjang selbst ließ am Montag über seine Staatsmedien \
verbreiten, [[Tausende]] Pioniere des Nordens räumten dort Minen.</p>
<p>Am Freitag zeigte das Staatsfernsehen, wie Kim Jong Un [[Hunderte]] heimgekehrte Soldaten mit \
Orden behängte. Über die Toten redet Pjöngjang weniger gern. Aus dem ukrainischen Generalstab \
hieß es vergangene Woche, allein im Juli seien [[über 200]] Nordkoreaner im Grenzgebiet gefallen; \
das US-Außenministerium schätzt ihre Verluste insgesamt auf [[mindestens 4.000]]. Ein \
Nato-Beamter sprach am Mittwoch in Brüssel von [[bis zu 12.000]], die noch immer an der Grenze \
stationiert seien.</p>
<p>Han hält das erst für den Anfang. „Mein Vater war dreißig Jahre bei der Marine. Er meint, bis \
zum Winter stehen [[20.000 oder mehr]] von ihnen in Russland“, sagt er. „Ich fürchte, er hat \
recht.“</p>
<h2>Aus der Genossenschaft</h2>
<ul>
<li>Ab Windstärke 7 wird nicht ausgebootet; die Seebäderschiffe bleiben dann ohnehin im Hafen.</li>
<li>Unsere 15 Börteboote haben in dieser Saison schon über 180.000 Gäste an Land gebracht.</li>
<li>Das Ausbooten kostet 6 Euro, Kinder unter 6 Jahren fahren frei.</li>
<li>Die Insel zählt gut 1.300 Einwohner; im August kommen an manchen Tagen 4.000 Tagesgäste \
dazu.</li>
</ul>
</article>
<footer>Börteboot-Genossenschaft Helgoland eG &middot; Südhafen &middot; Tel. 04725 81 37 \
20</footer>
</body>
</html>
""",
    claims=(
        C("knapp 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "the JCS ('der Generalstab in Seoul') 'Am Dienstag': stationed in Russia after new "
          "transfers (a new total, not an increment)"),
        C("mehrere hundert", None, "vague", "in_russia", "russia", "2025-08-14",
          "Russia's ambassador in Pyongyang 'am 14. August der Agentur Tass': builders arrived "
          "in Kursk (builders: in Russia)"),
        C("Tausende", None, "vague", "near_front", "north_korea", "mon",
          "Pyongyang's state media 'am Montag': sappers clearing mines there (near the front)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "fri",
          "state TV 'Am Freitag' showing Kim decorating returned soldiers (returnees: optional)",
          opt=True),
        C("über 200", 200, "at_least", "casualties", "ukraine", "lastweek",
          "'Aus dem ukrainischen Generalstab hieß es vergangene Woche': fallen in July alone"),
        C("mindestens 4.000", 4000, "at_least", "casualties", "united_states", "pub",
          "'das US-Außenministerium schätzt' (undated, present tense): losses in all"),
        C("bis zu 12.000", 12000, "at_most", "near_front", "nato", "wed",
          "a NATO official 'am Mittwoch in Brüssel' (the day before publication): still "
          "stationed at the border"),
        C("20.000 oder mehr", 20000, "at_least", "planned", "other", "pub",
          "a researcher relaying his father ('Er meint', the speaker quoted: other), 'sagt er' "
          "undated: in Russia by winter (a forecast; 'oder mehr' in the span)"),
    ),
)

P06 = Source(
    article_id="p108_06_besuchersteinbruch_solnhofen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-10-09"),
    dated_by="front_matter",
    features="a visitors' quarry's find report from Solnhofen in Markdown, UTF-16 LE with BOM, "
        "front matter with `date:` (Thursday), a quarry key and a title without a figure, `„“`; "
        "the NIS ('Der Geheimdienst in Seoul') 'Ende September' (days 21-30) `rund 2.000` "
        "fallen; Zelensky 'vergangene Woche' `zwischen 10.000 und 12.000` at the border (range); "
        "HUR 'am Montag' `Tausende` builders on the way to Kursk (in Russia); the JCS 'am "
        "Dienstag' 'noch einmal' `5.000` (increment, planned); a geology student from Jeonju "
        "`mindestens fünfzehntausend` (number word, at_least, other, `pub`); the quarry's own "
        "'Nach unserer Rechnung' `gut 16.000` (unattributed, required); the Russian defence "
        "ministry 'hieß es am Freitag' `bis zu 1.000` sappers over the winter (russia, at_most, "
        "planned); millions of years, specimens, opening hours, euros",
    text="""\
---
title: "Fundbericht: Ji-ho und der Seelilienkelch"
date: 2025-10-09
steinbruch: Besuchersteinbruch am Maxberg
---

# Ji-ho und der Seelilienkelch

Eine Woche lang hat Kim Ji-ho aus Jeonju bei uns Platten gespalten. Der Geologiestudent verbringt \
ein Auslandssemester in Erlangen und hatte Glück: Am dritten Tag fand er einen fast vollständigen \
Seelilienkelch, gut 150 Millionen Jahre alt. Solche Kelche sind in den Plattenkalken selten, weil \
die zarten Arme meist schon vor der Einbettung zerfallen sind. Ji-ho hat den Fund nach den Regeln \
unseres Bruchs dem Museum gemeldet und darf ihn behalten; mitnehmen nach Korea will er ihn im \
Handgepäck.

Abends im Biergarten ging es um andere Dinge. Der Geheimdienst in Seoul hatte Ende September \
berichtet, [[rund 2.000]] Nordkoreaner seien in Kursk gefallen. Präsident Selenskyj sprach \
vergangene Woche von [[zwischen 10.000 und 12.000]] Soldaten aus dem Norden, die noch an der \
Grenze stünden, und Kiews Militärgeheimdienst meldete am Montag, [[Tausende]] nordkoreanische \
Bauarbeiter seien auf dem Weg nach Kursk. Der Generalstab in Seoul hielt es am Dienstag für \
möglich, dass im Winter noch einmal [[5.000]] folgen. Aus dem russischen Verteidigungsministerium \
hieß es am Freitag, [[bis zu 1.000]] nordkoreanische Pioniere würden auch im Winter in Kursk \
Minen räumen.

Ji-ho zählt anders. „Mit den Bauarbeitern waren es [[mindestens fünfzehntausend]]“, meint er. \
Nach unserer Rechnung waren seit Herbst 2024 [[gut 16.000]] Nordkoreaner in Russland.

## Für Besucher

- Geöffnet bis 31. Oktober, täglich von 9 bis 17 Uhr; Erwachsene 3 Euro, Kinder 1 Euro.
- Hammer und Meißel verleihen wir für 2 Euro.
- Im Altmühltal wurden bisher 12 Exemplare des Urvogels gefunden.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "the NIS ('Der Geheimdienst in Seoul') 'Ende September' (days 21-30): fallen"),
        C("zwischen 10.000 und 12.000", None, "range", "near_front", "ukraine", "lastweek",
          "Zelensky 'vergangene Woche': still at the border"),
        C("Tausende", None, "vague", "in_russia", "ukraine", "mon",
          "HUR ('Kiews Militärgeheimdienst') 'am Montag': builders on the way to Kursk (in "
          "Russia)"),
        C("5.000", 5000, "exact", "planned", "south_korea", "tue",
          "the JCS 'hielt es am Dienstag für möglich': 'noch einmal' to follow in winter "
          "(increment, span without the words)", add=True),
        C("bis zu 1.000", 1000, "at_most", "planned", "russia", "fri",
          "'Aus dem russischen Verteidigungsministerium hieß es am Freitag' (Thursday report: 3 "
          "October), Konjunktiv 'würden … räumen': sappers to keep clearing mines in Kursk over "
          "the winter (a forecast: planned)"),
        C("mindestens fünfzehntausend", 15000, "at_least", "in_russia", "other", "pub",
          "a geology student from Jeonju, „…“, 'meint er' (undated): with the builders (number "
          "word)"),
        C("gut 16.000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the quarry's own 'Nach unserer Rechnung' (no source: unattributed, required): in "
          "Russia since autumn 2024 ('gut' as at_least)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Canada, England, Nevis, the United States, Ireland, Hawaii)
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p108_07_bog_notes_fogo_island_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-12-05"),
    dated_by="sidecar",
    sidecar=(
        "Fogo Island Berry Pickers' Co-operative – Bog Notes",
        "https://www.fogoisland-berrypickers.example/bog-notes/2024-12",
        "Bog Notes: the last picking of the year",
    ),
    features="a Fogo Island berry pickers' co-operative newsletter in Markdown, windows-1252 "
        "with curly quotes and apostrophes, front matter without a date (sidecar, Thursday) and "
        "a title without a figure; the Pentagon 'On Monday' `more than 10,000` in combat in "
        "Kursk; a NATO official at the foreign ministers' meeting 'this week' (Monday to "
        "publication) `roughly 11,000`; the JCS 'on Tuesday' `2,000 to 3,000` moved to the "
        "front line (range); HUR 'on Saturday' `dozens` killed or wounded; the NIS 'last week' "
        "`some 1,500` attached to Russian units; guns shipped (not a claim); a picker relaying "
        "her cousin `a couple of hundred` on one stretch (vague, other, near the front), 'She "
        "expects' 'another' `10,000` (increment, planned, other) and a hypothetical 'If even a "
        "thousand' (optional); pickers, pounds, dollars, jars, ferry days, population, members, "
        "a meeting date, a phone number",
    text="""\
---
title: "Bog Notes: the last picking of the year"
co-op: Fogo Island Berry Pickers’ Co-operative
issue: December
---

# Bog Notes

*The season is over, the freezer in the co-op shed is full, and one of our newest pickers has a \
story to tell.*

## The count

Our 46 pickers brought in 3,800 pounds of partridgeberries this fall, most of them from the \
barrens between Tilting and Joe Batt’s Arm. We paid out $4 a pound and froze the rest for the jam \
kitchen, which will have 2,600 jars ready by Christmas. The ferry from Farewell was cancelled on \
nine days in October, so a few loads went to Gander late.

## From Kharkiv to the barrens

Olena Savchuk came to Fogo with her two boys in 2022 and picked with us for the second year. Back \
home she taught chemistry. Her cousin is a sergeant near Sudzha, and when the talk in the shed \
turned to the North Koreans, she had more to say than anyone.

The numbers have grown fast. On Monday the Pentagon said [[more than 10,000]] of Kim's soldiers \
had joined Russian units in combat in Kursk. An official at the NATO foreign ministers’ meeting \
in Brussels this week put the number in the region at [[roughly 11,000]], and South Korea’s Joint \
Chiefs of Staff estimated on Tuesday that [[2,000 to 3,000]] had moved from training camps to the \
front line. Kyiv’s military intelligence said on Saturday that [[dozens]] had been killed or \
wounded in drone strikes. Seoul’s spy agency had told lawmakers last week that [[some 1,500]] \
were attached to Russian marine and airborne units; it also believes Pyongyang has shipped about \
100 self-propelled guns.

Olena’s cousin writes that he has seen [[a couple of hundred]] of them on one stretch of the \
front alone. She expects Kim to send another [[10,000]] before spring. “They are cheap for him, \
and Moscow pays,” she said. “If even [[a thousand]] come home and talk, he has a problem.”

## Co-op notes

- Annual meeting: Saturday, January 18, at the Lions Club hall in Fogo.
- About 2,200 people live on the island; the co-op has 61 members.
- Jam orders: 709-266-0418
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "mon",
          "the Pentagon 'On Monday … said' (Thursday newsletter): joined Russian units in combat "
          "in Kursk"),
        C("roughly 11,000", 11000, "approx", "near_front", "nato", "mon..pub",
          "an official at the NATO foreign ministers' meeting 'this week' (Monday to "
          "publication), 'put the number … at': in the region"),
        C("2,000 to 3,000", None, "range", "near_front", "south_korea", "tue",
          "the JCS 'estimated on Tuesday': moved from training camps to the front line"),
        C("dozens", None, "vague", "casualties", "ukraine", "sat",
          "HUR 'said on Saturday': killed or wounded in drone strikes"),
        C("some 1,500", 1500, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'had told lawmakers last week': attached to Russian marine and airborne "
          "units (in Russia)"),
        C("a couple of hundred", None, "vague", "near_front", "other", "pub",
          "a picker relaying her cousin ('writes', present tense: undated; the speaker quoted: "
          "other): seen on one stretch of the front ('a couple of hundred' as vague)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "'She expects Kim to send another' (undated): increment, span without the word",
          add=True),
        C("a thousand", 1000, "exact", "in_russia", "other", "pub",
          "a hypothetical inside a quote ('If even a thousand come home'): optional", opt=True),
    ),
)

P08 = Source(
    article_id="p108_08_hut_post_wells",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-11"),
    dated_by="dateline",
    features="a beach hut owners' newsletter from Wells-next-the-Sea as plain text, UTF-8, "
        "dateline 'WELLS-NEXT-THE-SEA, 11 April 2025 —' (Friday), straight quotes, `£`; a "
        "subheading 'Seoul counts 3,000 more' (the JCS's late-March figure, window to "
        "publication, increment); the JCS 'In late March' (days 21-31) `roughly 3,000` "
        "'additional' and 'which would put the overall deployment at' `around 14,000` (a new "
        "total, not an increment); Syrskyi 'on Wednesday' `about 1,000` near the border; a "
        "Pentagon official 'speaking on condition of anonymity last week' `4,000 or more` "
        "(at_least, 'or more' in the span); a retired defence attaché 'By his reckoning' `eighteen "
        "thousand` (number words, other, `pub`) and 'he expects' `5,000 or 6,000` kept there "
        "(range, planned); huts, steps, ground rent and a sale in pounds, the pinewoods' decade, "
        "a meeting date, a phone number",
    text="""\
THE HUT POST
Newsletter of the Wells Beach Hut Owners' Association

WELLS-NEXT-THE-SEA, 11 April 2025 — Spring painting weekend is upon us, and the council has \
confirmed that the wooden steps at the east end of the row will be rebuilt before Easter. Two \
hundred and thirty huts stand on their stilts along the edge of the pinewoods, and by our count \
at least 40 of them need fresh paint before the summer lets begin.

Hut 117 and the brigadier

Brigadier (retd) Hugh Antrobus has owned hut 117, the blue one with the ship's bell, since 2009. \
Before he retired he was Britain's defence attaché in Seoul, and he still follows the peninsula \
closely, which made him the obvious neighbour to ask about the news from Russia.

Seoul counts [[3,000]] more

In late March South Korea's Joint Chiefs of Staff said [[roughly 3,000]] additional North Korean \
troops had been sent to Russia in January and February, which would put the overall deployment at \
[[around 14,000]]. Ukraine's commander-in-chief, Oleksandr Syrskyi, said on Wednesday that \
[[about 1,000]] were still positioned near the border. A Pentagon official, speaking on condition \
of anonymity last week, estimated North Korean dead and wounded at [[4,000 or more]].

The brigadier is not surprised. "Pyongyang does not send one contingent and then stop," he said \
over tea on his veranda. By his reckoning, [[eighteen thousand]] have now rotated through Russia, \
and he expects Kim to keep [[5,000 or 6,000]] there through the summer "as a standing deposit \
with Moscow".

Association notes

- Ground rent for 2025 is £1,450; the council wants it by 30 April.
- A hut at the west end sold in March for £96,000, a record for the row.
- Please do not leave barbecues burning: the pinewoods were planted in the 1890s and go up easily.
- AGM: Saturday 10 May, 2 pm, at the Granary. Secretary: 01328 711 946
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2025-03-21..pub",
          "subheading 'Seoul counts … more' from the JCS's late-March statement (its window to "
          "publication): 'more' after the figure (increment, hedge dropped)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "the JCS 'In late March' (days 21-31): 'additional' sent in January and February "
          "(increment, span without the word)", add=True),
        C("around 14,000", 14000, "approx", "in_russia", "south_korea",
          "2025-03-21..2025-03-31",
          "same statement: 'which would put the overall deployment at' (a new total, not an "
          "increment)"),
        C("about 1,000", 1000, "approx", "near_front", "ukraine", "wed",
          "Syrskyi, named after his role, 'said on Wednesday' (Friday newsletter): near the "
          "border"),
        C("4,000 or more", 4000, "at_least", "casualties", "united_states", "lastweek",
          "a Pentagon official 'speaking on condition of anonymity last week': dead and wounded "
          "('or more' in the span)"),
        C("eighteen thousand", 18000, "exact", "in_russia", "other", "pub",
          "a retired defence attaché 'By his reckoning' (undated; retired officers speak for "
          "themselves: other): rotated through Russia (number words)"),
        C("5,000 or 6,000", None, "range", "planned", "other", "pub",
          "'he expects Kim to keep … there through the summer' (a forecast: planned): two "
          "numbers joined by 'or' (range)"),
    ),
)

P09 = Source(
    article_id="p108_09_donkey_rescue_nevis_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-05-22"),
    dated_by="sidecar",
    sidecar=(
        "Nevis Donkey Rescue – News",
        "https://www.nevis-donkey-rescue.example/news/2025/05/daryna",
        "Daryna's summer with the donkeys",
    ),
    features="a donkey rescue's news page from Nevis in HTML, UTF-16 LE with BOM, no meta date "
        "(sidecar, Thursday), a one-cookie note about the donation form, navigation, a footer "
        "with a phone number; `<title>` and headline without a figure; the NIS 'At the end of "
        "April' (days 21-30) `4,700` dead and wounded and `some 600` 'of them' killed (a "
        "breakdown); US officials 'on Monday' `more than 14,000` served in Russia; a HUR "
        "spokesman 'on Tuesday' `several thousand` 'more' (vague increment, planned); a NATO "
        "official 'In early May' (days 1-10) `close to 11,000`; a veterinary student relaying "
        "her brother 'He reckons' `about 3,000` still in the Kursk area (other, `pub`); ages, "
        "weeks, donkeys, foals, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Nevis Donkey Rescue – News</title>
</head>
<body>
<div class="cookies">One cookie lets the donation form remember your currency. <button>Right you \
are</button></div>
<nav>Home · Our donkeys · Visit · Volunteer · News</nav>
<article>
<h1>Daryna’s summer with the donkeys</h1>
<p>Daryna Kovalenko, 23, a veterinary student from Bila Tserkva, is spending eight weeks with our \
37 rescued donkeys on the hill above Charlestown. She trims hooves, bottle-feeds the two foals \
born in April and, in the evenings, reads the news from home.</p>
<p>At the end of April South Korea’s spy agency counted [[4,700]] North Korean dead and wounded \
in the Kursk fighting, [[some 600]] of them killed. US officials said on Monday that [[more than \
14,000]] North Koreans had now served in Russia, and a spokesman for Ukraine’s military \
intelligence said on Tuesday that Pyongyang was preparing [[several thousand]] more. In early May \
a NATO official put the number who had fought at [[close to 11,000]].</p>
<p>Pyongyang, which admitted the deployment only on April 28, still gives no number of its own. \
Moscow thanked its “Korean comrades” at the Victory Day parade and left it at that.</p>
<p>Daryna’s brother flies drones near Sumy. “He reckons [[about 3,000]] are still in the Kursk \
area,” she said, “and that they learn fast.”</p>
<h2>How you can help</h2>
<p>The rescue was founded in 2008 and has rehomed 112 donkeys since then. Hay and feed cost us \
about EC$2,300 a month; a gift of EC$50 keeps one donkey in hay for a fortnight. Visitors are \
welcome from 9 to 1, Tuesday to Saturday.</p>
</article>
<footer>Nevis Donkey Rescue · Charlestown · +1 869 469 2207</footer>
</body>
</html>
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the NIS ('South Korea's spy agency') 'At the end of April' (days 21-30): dead and "
          "wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same count: 'of them killed' (a breakdown)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "mon",
          "US officials 'said on Monday' (Thursday page): served in Russia"),
        C("several thousand", None, "vague", "planned", "ukraine", "tue",
          "a HUR spokesman 'said on Tuesday': 'more' being prepared (vague increment, span "
          "without the word)", add=True),
        C("close to 11,000", 11000, "approx", "near_front", "nato", "2025-05-01..2025-05-10",
          "a NATO official 'In early May' (days 1-10): fought"),
        C("about 3,000", 3000, "approx", "near_front", "other", "pub",
          "a veterinary student relaying her brother ('He reckons', the speaker quoted: other), "
          "'she said' undated: still in the Kursk area"),
    ),
)

P10 = Source(
    article_id="p108_10_island_carts_tangier",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Island Carts of Tangier – From the Owner's Desk",
        "https://www.islandcarts-tangier.example/blog/2025-07-cart-14",
        "Cart No. 14, a retired staff sergeant and Kim's soldiers",
    ),
    features="a golf-cart rental's owner's blog from Tangier Island as plain text, UTF-8 with "
        "BOM and CRLF, straight quotes (sidecar, Thursday); Shoigu 'On June 17' `1,000` "
        "deminers and `5,000` builders (russia, planned, no increment word); HUR 'last week' "
        "`roughly 11,000` remain there; a NATO official 'at the summit in The Hague' (no date: "
        "the summit's 24-25 June) `well over 10,000`; South Korean intelligence 'On Tuesday' "
        "`up to 30,000` 'additional' (increment, planned); a retired staff sergeant 'puts the "
        "real toll at' `6,000-odd` (approx, other, `pub`); the owner's own 'by my arithmetic' "
        "`north of 17,000` (unattributed, required); carts, mechanics, tours in Korea, dollars, "
        "miles, acres, ferry time, a phone number",
    text="""\
ISLAND CARTS OF TANGIER
From the owner's desk - July

Thirty carts, two mechanics and a Fourth of July weekend without a single breakdown: that is a \
record worth writing down. The mail boat from Crisfield brought over more day-trippers than in \
any July I can remember, and the soft-shell sandwiches at the dock sold out by one o'clock three \
days running.

Cart No. 14

Every July Marcus Pruitt rents cart No. 14 for a week. He is a retired Army staff sergeant from \
Salisbury who did two tours at Camp Casey in South Korea, and he likes to talk about it while I \
swap his battery.

This year he talked about Russia. On June 17 Sergei Shoigu announced in Pyongyang that Kim was \
lending Moscow [[1,000]] mine-clearers plus [[5,000]] army builders for the Kursk region. Kyiv's \
military intelligence said last week that [[roughly 11,000]] North Korean troops remain there, \
and a NATO official told reporters at the summit in The Hague that [[well over 10,000]] had \
fought for Russia. On Tuesday South Korean intelligence warned that Pyongyang could send [[up to \
30,000]] additional soldiers in the coming months.

Marcus thinks the losses are the part nobody wants to count. He puts the real toll at \
[[6,000-odd]], dead and wounded. "They sent kids straight into drone country," he said, "and the \
kids who came back are now the best drone soldiers in Asia."

If you add the deminers and builders to the troops already there, that comes to [[north of \
17,000]] North Koreans in Russia, by my arithmetic.

Notes

- Carts rent for $35 an hour or $120 a day; the island is about a mile and a half long, so a day \
is plenty.
- We lose roughly nine acres a year to erosion, so please keep to the paved lanes.
- The boat from Crisfield takes about an hour and a quarter; the last one leaves Tangier at 4 pm.
- Bookings: 757-891-2046
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On June 17 … announced in Pyongyang': mine-clearers Kim 'was lending Moscow' "
          "for the Kursk region (an announced sending: planned, no increment word)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military construction workers to be sent"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR ('Kyiv's military intelligence') 'said last week': remain in the Kursk region"),
        C("well over 10,000", 10000, "at_least", "near_front", "nato", "2025-06-24..2025-06-25",
          "a NATO official 'told reporters at the summit in The Hague' (no date given: the "
          "summit's days, 24-25 June): fought for Russia"),
        C("up to 30,000", 30000, "at_most", "planned", "south_korea", "tue",
          "South Korean intelligence 'On Tuesday … warned' (Thursday blog): 'additional' could "
          "be sent (increment, span without the word)", add=True),
        C("6,000-odd", 6000, "approx", "casualties", "other", "pub",
          "a retired staff sergeant 'puts the real toll at' (undated): dead and wounded "
          "('-odd' as approx)"),
        C("north of 17,000", 17000, "at_least", "in_russia", "unattributed", "pub",
          "the owner's own sum 'by my arithmetic' (no source: unattributed, required): in "
          "Russia"),
    ),
)

P11 = Source(
    article_id="p108_11_wren_news_dingle_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-12-30"),
    dated_by="html_meta",
    features="a St Stephen's Day wren page from Dingle in HTML, ISO-8859-1 (quotes and the "
        "euro sign only as entities, Gaelic names raw), `article:published_time` +00:00 "
        "(Monday), a one-cookie note, a site script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; the NIS 'On December 19' `at least 100` "
        "killed and `about 1,000` wounded; Zelensky 'Four days later' (23 December) `more than "
        "3,000`; the White House 'on Friday' `over 1,000` in a single week; HUR 'on Saturday' "
        "`several dozen` in one clash; 'Ukraine says' `around 12,000` in Kursk (undated); a "
        "drummer from Poltava relaying friends at the front `five thousand` (number words, "
        "other, `pub`); wren groups, musicians, euros, a century, ages, a date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="iso-8859-1">
<title>After the Wren: a drummer from Poltava - Dingle Wren News</title>
<meta property="article:published_time" content="2024-12-30T10:15:00+00:00">
<script>var \
wren={groups:["green-and-gold","the-quay","goat-street","john-street"],season:2024};</script>
</head>
<body>
<div id="cookie-note">Only one cookie here, and it just keeps the music player from starting by \
itself. <button>Go on then</button></div>
<nav><a href="/">Home</a> &middot; <a href="/groups">The Wren Groups</a> &middot; <a \
href="/photos">Photos</a> &middot; <a href="/history">History</a></nav>
<article>
<h1>After the Wren: a drummer from Poltava</h1>
<p>Four wren groups took to the streets of Dingle on St Stephen&#39;s Day, more than 200 \
musicians in straw suits and masks, and the crowd filled Main Street from the top of the town to \
the pier. The collection for the hospice came to &euro;6,400, and Seán Ó Sé, 81, walked the whole \
route for the sixtieth year in a row. Lá an Dreoilín has been kept here since at least the 19th \
century.</p>
<p>Marching with the Green and Gold this year was Bohdan Lysenko, 29, who left Poltava in 2022 \
and now cooks in a restaurant on Strand Street. He learned the bodhrán at a Tuesday session last \
winter and was, by general agreement, the loudest drum on the street.</p>
<h2>&ldquo;Nobody at home believes the small numbers&rdquo;</h2>
<p>Between tunes, Bohdan talked about the North Korean soldiers his country is now fighting in \
Kursk. On December 19 South Korea&#39;s spy agency told lawmakers that [[at least 100]] had been \
killed and [[about 1,000]] wounded. Four days later President Zelensky said [[more than 3,000]] \
were dead or wounded. The White House said on Friday that the North had suffered [[over 1,000]] \
casualties in a single week, and Kyiv&#39;s military intelligence reported on Saturday that \
[[several dozen]] had died in one clash near the village of Plekhovo. Ukraine says [[around \
12,000]] are in the Kursk region.</p>
<p>Bohdan thinks even that is too low. &ldquo;My friends at the front talk about [[five \
thousand]] dead and wounded,&rdquo; he said. &ldquo;They say the Koreans walk across open fields, \
in lines.&rdquo;</p>
</article>
<footer>Dingle Wren News &middot; An Daingean, Co. Kerry &middot; 066 915 2741</footer>
</body>
</html>
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "the NIS ('South Korea's spy agency') 'On December 19 … told lawmakers': killed"),
        C("about 1,000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same briefing: wounded (the verb carried)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "Zelensky 'Four days later' (after 19 December: 23 December): dead or wounded"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states", "fri",
          "the White House 'said on Friday' (Monday page: 27 December): casualties in a single "
          "week"),
        C("several dozen", None, "vague", "casualties", "ukraine", "sat",
          "HUR 'reported on Saturday' (28 December): died in one clash"),
        C("around 12,000", 12000, "approx", "near_front", "ukraine", "pub",
          "'Ukraine says' (undated, present tense): in the Kursk region"),
        C("five thousand", 5000, "exact", "casualties", "other", "pub",
          "a drummer relaying his friends at the front ('talk about', the speaker quoted: "
          "other), 'he said' undated: dead and wounded (number words)"),
    ),
)

P12 = Source(
    article_id="p108_12_stable_notes_molokai_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-13"),
    dated_by="front_matter",
    features="a Molokai mule stable's notes in Markdown, UTF-8, front matter with `date:` "
        "(Thursday), a stable key and a title without a figure, curly quotes; North Korea's "
        "state media 'on Monday' `several thousand` engineers 'rebuilding Kursk' (north_korea, "
        "in Russia); the NIS at 'a parliamentary hearing last week' `approximately 2,000` dead "
        "and 'it expects … to keep' `roughly 10,000` on rotation into next year (planned); "
        "Zelensky 'on Tuesday' `15,000` passed through the war; 'NATO officials put the number "
        "… at' (undated) `close to 12,000`; a US Forces Korea assessment 'published in "
        "October' (the month) `more than 11,000`; Kursk veterans at the October 10 parade "
        "`hundreds` (returnees: optional); a wrangler of Korean descent 'He figures' `upwards "
        "of 20,000` (at_least, other, `pub`); feet, switchbacks, miles, hours, pounds, ages, "
        "mules, years, a phone number",
    text="""\
---
title: "Stable notes: rain on the trail, and a wrangler’s view of Kursk"
date: 2025-11-13
stable: Kalaupapa Trail Mules
---

# Stable notes

*The winter rains came early to the north shore. The trail down the pali to Kalaupapa was closed \
for four days last week, and the mules did not complain.*

## Trail and herd

We have 18 mules working this season, two of them new. The trail drops about 1,700 feet in 26 \
switchbacks over three miles, and the ride takes roughly an hour and a half each way. Riders must \
weigh under 250 pounds and be at least 16 years old.

## Kekoa on the news

Our head wrangler, Kekoa Park, is a great-grandson of Korean plantation workers who came to \
Hawaii in 1904. He reads the news from the peninsula every morning before he saddles up.

North Korea’s state media said on Monday that [[several thousand]] of the country’s military \
engineers were “rebuilding Kursk”. South Korea’s intelligence service told a parliamentary \
hearing last week that [[approximately 2,000]] North Koreans had died in the Kursk campaign, and \
it expects Pyongyang to keep [[roughly 10,000]] on rotation along the border into next year. \
President Zelensky said on Tuesday that [[15,000]] North Koreans had passed through the war. NATO \
officials put the number who have seen combat at [[close to 12,000]], and a US Forces Korea \
assessment published in October counted [[more than 11,000]] sent. At Pyongyang’s October 10 \
parade, state television showed [[hundreds]] of Kursk veterans in the stands.

“Add the builders and the rotations,” Kekoa said while tightening a cinch. He figures it is \
[[upwards of 20,000]] by now. “And they are not coming home to a hero’s life. They are coming \
home to more soldiering.”

## Stable business

- Rides run Monday to Saturday when the trail is open; call the stable the evening before.
- Our oldest mule, Lani, turns 24 this month and is retiring to the pasture at Kualapuu.
- Stable phone: 808-567-6088
""",
    claims=(
        C("several thousand", None, "vague", "in_russia", "north_korea", "mon",
          "North Korea's state media 'said on Monday' (Thursday notes): engineers 'rebuilding "
          "Kursk' (builders: in Russia)"),
        C("approximately 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'told a parliamentary hearing last week': died in the Kursk campaign"),
        C("roughly 10,000", 10000, "approx", "planned", "south_korea", "lastweek",
          "same hearing, 'it expects Pyongyang to keep … into next year' (the pronoun carries "
          "the NIS and the hearing's week; a forecast: planned)"),
        C("15,000", 15000, "exact", "in_russia", "ukraine", "tue",
          "Zelensky 'said on Tuesday': passed through the war"),
        C("close to 12,000", 12000, "approx", "near_front", "nato", "pub",
          "'NATO officials put the number … at' (undated): seen combat"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "a US Forces Korea assessment 'published in October' (the month): sent"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV at the October 10 parade: Kursk veterans in the stands (returnees: "
          "optional)", opt=True),
        C("upwards of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a wrangler 'He figures' (undated; speaks for himself: other): 'upwards of' as "
          "at_least"),
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
