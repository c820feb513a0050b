"""Build the HUNDRED-AND-NINETY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The two-hundred-and-first corpus, for an honest measurement on articles the extractor has never
met, written in session 20 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a valley
weekly's local page from Mürzsteg (Austrian conventions) with a kitchen hand from Kharkiv relaying
her brother and an engineer from Ulsan, a regional site's explainer from Neuberg an der Mürz
(Austrian words) with an organist from Incheon, a village portal's day-by-day weekly digest from
Zernez (Swiss conventions) with a retired army instructor's talk and a biologist from Busan, a
village news page from Lavin (Swiss conventions) with a bridge builder from Chernihiv and a cellist
from Daejeon, a local news page from Altenberg with a member of the Bundestag, a mining engineer
from Kryvyi Rih and a geologist from Cheongju, and a wire rewrite with a local angle from Geising
with a baker's helper from Chernihiv; a local weekly's news page from Bisbee with a retired Army
analyst and a potter from Icheon, a volunteer civic newsletter's Monday email digest from Bisbee
with an aid volunteer from Rivne and a tai chi teacher from Suwon, a weekly's wire page from
Tombstone (the Boothill Weekly) with a saddler from Lviv, an explainer from Tombstone with a
history teacher, a news page from Cooktown with a nurse from Poltava relaying her brother and a
banana picker from Gangneung, and a Friday digest from Cooktown with a defence analyst and a cook
from Mokpo. Same file format, marker syntax and labelling conventions as the other corpora (see
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
BASE_NAME = "_blind199_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Mürzsteg and Neuberg an der Mürz in Styria, Zernez and Lavin in Graubünden,
# Altenberg and Geising in Saxony)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v199_01_lokalseite_talblatt_muerzsteg",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-16"),
    dated_by="dateline", crlf=True,
    features="a valley weekly's local page from Mürzsteg as plain text, windows-1252 with CRLF, "
        "`„“`, `‚‘` and `–` (no sidecar), dated by the line 'Mürzsteg, 16. Jänner 2025' "
        "(Thursday); Austrian conventions (`Jänner`, `Feber`, `heuer`); kilometres of trail, "
        "centimetres of snow, ball tickets and euros first; a kitchen hand from Kharkiv relaying "
        "her brother, a mortar man in the Kursk region ('Am Dienstagabend hat er sie angerufen, "
        "erzählt Oksana … Nach seinen Worten', Konjunktiv carried) `rund 400` in the woods (near "
        "the front) and sentence-initial `Elf` dead (casualties; both other, from Tuesday to "
        "publication); an engineer from Ulsan who 'rechnet damit' that 'weitere' `8.000 bis "
        "10.000` follow (range, increment, planned, `pub`); the NIS 'Anfang der Woche' with `rund "
        "300` dead and `2.700` wounded (Monday to Wednesday); Washington 'Vor zwei Wochen' `mehr "
        "als 1.000` (the week before last); NATO 'im Dezember' `11.000 bis 12.000` in Russia; "
        "Russia's losses a day (not a claim), kilometres, centimetres, tickets, euros, ages, "
        "dates, a phone number",
    text="""\
Talblatt – Lokales aus dem oberen Tal

Mürzsteg, 16. Jänner 2025

Loipe gespurt, Ball ausverkauft

Seit Montag ist die Langlaufloipe vom Ortszentrum bis hinauf nach Frein auf 14 Kilometern gespurt, \
am Schlepplift liegen 85 Zentimeter Schnee. Für den Feuerwehrball am 1. Feber sind alle 320 Karten \
zu je 18 Euro vergeben, die Musik kommt heuer aus dem Nachbarbezirk. Die Gemeinde bittet, Autos \
nicht am Rand der Durchfahrt abzustellen: Der Pflug ist ab vier Uhr früh unterwegs.

Ein Anruf aus dem Wald bei Sudscha

Oksana Lytwyn, 41, aus Charkiw steht seit dem Sommer 2022 in der Küche des Gasthofs am Kirchplatz. \
Ihr Bruder bedient in einer Brigade im Gebiet Kursk einen Granatwerfer. Am Dienstagabend hat er \
sie angerufen, erzählt Oksana, während sie Erdäpfel schält. Nach seinen Worten lägen [[rund 400]] \
Nordkoreaner in den Wäldern südlich von Sudscha. [[Elf]] von ihnen seien in der Nacht davor beim \
Sturm auf seine Stellung gestorben. „Sie kommen in Reihen, als wäre es eine Parade“, habe der \
Bruder gesagt.

Kang Min-seok, 38, aus Ulsan baut im Sägewerk eine neue Trockenkammer ein und wohnt bis März in \
der Pension neben dem Gemeindeamt. Er rechnet damit, dass Pjöngjang heuer noch weitere [[8.000 bis \
10.000]] Mann an Moskau abgibt. ‚Für Kim ist das ein Geschäft mit Menschen‘, sagt er beim \
Mittagessen.

Die Lage in Zahlen

Anfang der Woche berichtete der Geheimdienst in Seoul den Abgeordneten, [[rund 300]] \
nordkoreanische Soldaten seien gefallen und [[2.700]] verwundet worden. Vor zwei Wochen hatte \
Washington die Zahl der Toten und Verwundeten noch mit [[mehr als 1.000]] angegeben. Die Nato \
schätzte im Dezember, dass [[11.000 bis 12.000]] Nordkoreaner in Russland stationiert seien. \
Russland selbst verliert nach Schätzung westlicher Militärs derzeit an die 1.600 Mann am Tag.

Das Talblatt erscheint wieder am 30. Jänner. Kleinanzeigen und Hinweise unter 03859 2214 18.
""",
    claims=(
        C("rund 400", 400, "approx", "near_front", "other", "tue..pub",
          "a kitchen hand from Kharkiv relaying her brother, a mortar man in the Kursk region "
          "('Am Dienstagabend hat er sie angerufen, erzählt Oksana … Nach seinen Worten', "
          "Konjunktiv; the speaker quoted: other): lying in the woods south of Sudzha (from "
          "Tuesday, 14 January, to publication)"),
        C("Elf", 11, "exact", "casualties", "other", "tue..pub",
          "same call, Konjunktiv carried, sentence-initial number word: died storming his "
          "position 'in der Nacht davor' (the night of the deaths, not the claim date)"),
        C("8.000 bis 10.000", None, "range", "planned", "other", "pub",
          "an engineer from Ulsan, 'Er rechnet damit' (undated): 'weitere' to be handed over to "
          "Moscow this year (increment, planned; span without the word)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon..wed",
          "'Anfang der Woche berichtete der Geheimdienst in Seoul den Abgeordneten' (Monday to "
          "Wednesday of the publication week, as in earlier sets): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon..wed",
          "same briefing, 'und': wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-30..2025-01-05",
          "'Vor zwei Wochen hatte Washington … angegeben' (Monday to Sunday of the week before "
          "last, as in earlier sets): dead and wounded"),
        C("11.000 bis 12.000", None, "range", "in_russia", "nato", "2024-12-01..2024-12-31",
          "'Die Nato schätzte im Dezember' (the whole month): stationed in Russia"),
    ),
)


S02 = Source(
    article_id="v199_02_erklaert_regionalportal_neuberg_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-20"),
    dated_by="front_matter",
    features="a regional news site's explainer from Neuberg an der Mürz in Markdown, UTF-8, front "
        "matter with `date:` (Thursday) and a title repeating the headline's figure (optional), "
        "question headings, `„“` and `–`; Austrian words (`Feber`, `Jänner`, `heuer`); the "
        "headline `11.000` takes the Joint Chiefs' figure of the body (from 12 February to "
        "publication); "
        "'Der südkoreanische Generalstab bezifferte am 12. Feber' `rund 11.000` and, the date "
        "carried ('nach denselben Angaben'), `etwa 1.500` 'weitere' (increment); Kyiv 'zu "
        "Wochenbeginn' `knapp 4.000` dead and wounded (Monday to Tuesday); the US government 'vor "
        "einem Monat' `über 1.000` dead (a week around the day a month before); Ukraine's military "
        "intelligence 'vergangenen Freitag' `einige Tausend` back at the front; a Duma deputy 'im "
        "Jänner' `ein paar hundert` volunteers (russia, vague); an organist from Incheon with "
        "`Zehntausende` (other, `pub`); Russia's monthly losses, organ pipes, a founding year, "
        "a concert date and euros are not claims",
    text="""\
---
title: "[[11.000]] Soldaten, viele offene Fragen"
date: 2025-02-20
ressort: Erklärt
ort: Neuberg an der Mürz
---

# [[11.000]] Soldaten, viele offene Fragen

*Seit dem Herbst kämpfen Nordkoreaner auf russischer Seite. Was man darüber weiß und was nicht – \
erklärt für unsere Leserinnen und Leser, mit einer Stimme aus Neuberg.*

## Wie viele sind es?

Die meistzitierte Zahl kommt aus Seoul. Der südkoreanische Generalstab bezifferte am 12. Feber die \
Zahl der nach Russland gebrachten Soldaten auf [[rund 11.000]]. Hinzu kämen nach denselben Angaben \
[[etwa 1.500]] weitere, die im Jänner nachgeschickt worden seien. Unabhängig überprüfen lässt sich \
keine dieser Angaben.

## Wie hoch sind die Verluste?

Kiew nannte zu Wochenbeginn [[knapp 4.000]] Tote und Verwundete auf nordkoreanischer Seite. Die \
US-Regierung hatte vor einem Monat von [[über 1.000]] Gefallenen gesprochen. Zum Vergleich: Die \
russische Armee verliert nach britischen Schätzungen seit dem Herbst mehr als 40.000 Mann im Monat.

## Kämpfen sie noch?

Anfang Feber hieß es aus Kiew, die Einheiten aus dem Norden seien nach schweren Verlusten von der \
Front genommen worden. Der ukrainische Militärgeheimdienst meldete vergangenen Freitag aber, dass \
wieder [[einige Tausend]] von ihnen im Gebiet Kursk angriffen.

## Was sagt Moskau?

Offiziell so gut wie nichts. Ein Abgeordneter der Staatsduma sprach im Jänner in einer Talkshow \
von [[ein paar hundert]] „Freiwilligen aus Korea“, die in Russland dienten.

## Und Pjöngjang?

Schweigt. Im Staatsfernsehen des Nordens kommt der Krieg in Russland bis heute nicht vor.

## Was sagt man bei uns?

Yu Seo-yeon, 33, aus Incheon spielt seit dem Herbst die Orgel im Münster, das 1327 gegründet wurde \
und dessen Orgel gut 1.800 Pfeifen hat. Die Zahlen aus Seoul hält sie für zu niedrig. „In Russland \
sind längst [[Zehntausende]] aus dem Norden“, sagt sie. Ihr nächstes Konzert gibt sie am 8. März \
um 19 Uhr, der Eintritt kostet heuer 12 Euro.
""",
    claims=(
        C("11.000", 11000, "exact", "in_russia", "south_korea", "2025-02-12..pub",
          "the front-matter title repeating the headline (metadata: optional, as in earlier "
          "sets)", opt=True),
        C("11.000", 11000, "exact", "in_russia", "south_korea", "2025-02-12..pub",
          "headline: takes the Joint Chiefs' figure of the body ('bezifferte am 12. Feber', "
          "the hedge dropped) and the window from that day to publication"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-12",
          "'Der südkoreanische Generalstab bezifferte am 12. Feber die Zahl der nach Russland "
          "gebrachten Soldaten auf' (an explicit date with the Austrian month)"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "2025-02-12",
          "'nach denselben Angaben' (the report and its date carried, Konjunktiv): 'weitere' "
          "sent in January (increment; the month is the period)", add=True),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "mon..tue",
          "'Kiew nannte zu Wochenbeginn' (Monday to Tuesday, as in earlier sets): dead and "
          "wounded ('knapp' as approx)"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-01-17..2025-01-23",
          "'Die US-Regierung hatte vor einem Monat … gesprochen' (new form: the week around the "
          "day a month before publication, 17-23 January): dead"),
        C("einige Tausend", None, "vague", "near_front", "ukraine", "fri",
          "'Der ukrainische Militärgeheimdienst meldete vergangenen Freitag' (14 February, in a "
          "Thursday article): attacking again in the Kursk region ('wieder' is no increment)"),
        C("ein paar hundert", None, "vague", "in_russia", "russia", "2025-01-01..2025-01-31",
          "'Ein Abgeordneter der Staatsduma sprach im Jänner in einer Talkshow von' (a Russian "
          "lawmaker: russia; the month): 'volunteers' serving in Russia"),
        C("Zehntausende", None, "vague", "in_russia", "other", "pub",
          "an organist from Incheon speaking for herself ('sagt sie', undated): in Russia by "
          "now"),
    ),
)


S03 = Source(
    article_id="v199_03_wochenrueckblick_gemeindeportal_zernez_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-14"),
    dated_by="html_meta",
    features="a village portal's day-by-day weekly digest from Zernez in HTML, ISO-8859-1 with raw "
        "«» and umlauts, entities (`&ndash;`, `&middot;`), `article:published_time` +01:00 "
        "(Friday), a script with an issue number, navigation, a footer with a postcode; Swiss "
        "conventions (`ss`, «», `3'000`, `8'000`, `12'000`, `4'000`, `1'240`); `<title>` and "
        "headline without a claim (the headline's dates are the week); each day's heading "
        "(`Montag` … `Freitag`) dates the items under it: the Joint Chiefs 'am gleichen Tag' "
        "`rund 3'000` 'zusätzliche' (Monday, increment), Zelensky 'Am Abend' `Hunderte` at the "
        "front (Tuesday), a retired army instructor's talk after the Wednesday assembly with `an "
        "die 8'000` in Kursk and `mehr als 12'000` in Russia (other), the Pentagon 'am selben Tag' "
        "`etwa 4'000` dead and wounded and KCNA's `Tausende` volunteers (Thursday; north_korea, "
        "planned); a biologist from Busan 'ist überzeugt' `weit über 12'000` (other, `pub`); the "
        "digest's 'Zahl der Woche' restating the Pentagon figure (optional); francs, runners, "
        "voters, listeners, red deer and ages are not claims",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-03-14T17:00:00+01:00">
<title>Wochenrückblick &ndash; Gemeindeportal Zernez</title>
<script>var portal = {ausgabe: 11, jahrgang: 6};</script>
</head>
<body>
<nav><a href="/">Start</a> &middot; <a href="/agenda">Agenda</a> &middot; <a \
href="/rueckblick">Wochenrückblick</a></nav>
<main>
<h1>Die Woche vom 10. bis 14. März</h1>
<p class="lead">Was im Dorf und in der Welt geschah, Tag für Tag zusammengetragen von der \
Redaktion.</p>
<h2>Montag</h2>
<p>Am Bahnhof haben die Arbeiten am neuen Perron begonnen; die Bahn rechnet mit Kosten von 2,3 \
Millionen Franken. Aus Seoul kam am gleichen Tag die Meldung des Generalstabs, Pjöngjang habe seit \
Neujahr [[rund 3'000]] zusätzliche Männer an Russland abgegeben.</p>
<h2>Dienstag</h2>
<p>Beim Volkslanglauf waren 640 Läuferinnen und Läufer auf der Loipe dem Fluss entlang unterwegs, \
so viele wie noch nie. Am Abend sagte der ukrainische Präsident Selenskyj in seiner \
Videoansprache, bei Sudscha stünden wieder [[Hunderte]] Nordkoreaner an der Front.</p>
<h2>Mittwoch</h2>
<p>An der Gemeindeversammlung stimmten 146 Stimmberechtigte dem Neubau des Feuerwehrmagazins zu. \
Danach sprach der frühere Instruktor der Armee, Men Cadonau, im Gemeindesaal vor gut 80 \
Zuhörerinnen und Zuhörern über den Krieg. Er geht davon aus, dass derzeit [[an die 8'000]] \
Nordkoreaner im Gebiet Kursk kämpfen; seit dem Herbst seien insgesamt [[mehr als 12'000]] nach \
Russland gekommen. «Kiew und Seoul liegen mit ihren Zahlen näher beieinander, als man meint», \
sagte Cadonau.</p>
<h2>Donnerstag</h2>
<p>Die Wildhut hat im Winter 1'240 Hirsche in den Einständen rund ums Dorf gezählt. Das Pentagon \
bezifferte am selben Tag die nordkoreanischen Ausfälle mit [[etwa 4'000]] Toten und Verwundeten. \
Die Nachrichtenagentur KCNA meldete, [[Tausende]] junge Leute hätten sich freiwillig für den \
Einsatz an der Seite Russlands gemeldet.</p>
<h2>Freitag</h2>
<p>Choi Eun-ji, 29, aus Busan untersucht für ein Projekt der Universität Bern die Murmeltiere am \
Hang über dem Dorf. Sie ist überzeugt, dass [[weit über 12'000]] Landsleute aus dem Norden nach \
Russland verlegt wurden. «Zu Hause redet man kaum darüber», sagt sie.</p>
<p class="zahl">Zahl der Woche: [[4'000]] &ndash; so viele tote und verwundete Nordkoreaner zählt \
das Pentagon.</p>
</main>
<footer>Gemeindeportal Zernez &middot; 7530 Zernez &middot; \
redaktion@gemeindeportal-zernez.example</footer>
</body>
</html>
""",
    claims=(
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "mon",
          "under the heading 'Montag': 'Aus Seoul kam am gleichen Tag die Meldung des "
          "Generalstabs' (10 March, the heading's day carried): 'zusätzliche' handed over to "
          "Russia since New Year (increment; span without the word)", add=True),
        C("Hunderte", None, "vague", "near_front", "ukraine", "tue",
          "under 'Dienstag': 'Am Abend sagte … Selenskyj in seiner Videoansprache' (Tuesday "
          "night, 11 March): back at the front near Sudzha ('wieder' is no increment)"),
        C("an die 8'000", 8000, "approx", "near_front", "other", "wed",
          "under 'Mittwoch': a retired army instructor's talk after the assembly ('Er geht "
          "davon aus', 12 March; a private expert: other): fighting in the Kursk region"),
        C("mehr als 12'000", 12000, "at_least", "in_russia", "other", "wed",
          "same talk, after a semicolon, Konjunktiv: 'insgesamt' come to Russia since autumn (a "
          "total, not an increment)"),
        C("etwa 4'000", 4000, "approx", "casualties", "united_states", "thu",
          "under 'Donnerstag': 'Das Pentagon bezifferte am selben Tag' (13 March): dead "
          "and wounded"),
        C("Tausende", None, "vague", "planned", "north_korea", "thu",
          "same day's heading carried: 'Die Nachrichtenagentur KCNA meldete' (north_korea): "
          "volunteered for service alongside Russia (planned)"),
        C("weit über 12'000", 12000, "at_least", "in_russia", "other", "pub",
          "a biologist from Busan, 'Sie ist überzeugt' (undated): moved to Russia ('weit über' "
          "as at_least)"),
        C("4'000", 4000, "exact", "casualties", "united_states", "thu",
          "the digest's 'Zahl der Woche' restating the Pentagon's Thursday figure (the outlet's "
          "own restatement: optional, as in earlier sets)", opt=True),
    ),
)


S04 = Source(
    article_id="v199_04_dorfnachrichten_bruecke_lavin",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-10"),
    dated_by="sidecar",
    sidecar=(
        "Lavin – Neuigkeiten aus dem Dorf",
        "https://www.lavin-dorf.example/neuigkeiten/2025-06-10-bruecke",
        "Die Brücke ist wieder offen",
    ),
    features="a village news page from Lavin as plain text, UTF-16 LE with BOM (sidecar, Tuesday; "
        "the sidecar title without a figure); Swiss conventions (`ss`, «», `3'000`, `5'000`, "
        "`4'700`, `14'000`, `11'000`); tonnes, francs, inhabitants, a festival date and a "
        "wounding year first; a bridge builder from Chernihiv, himself wounded at Bakhmut, who "
        "'schätzt' `höchstens 3'000` in the front line (at_most, other, `pub`); a cellist from "
        "Daejeon who 'glaubt' 'nochmals' `5'000` by the end of the year (increment, planned); the "
        "NIS 'Vergangenen Dienstag' in a Tuesday article (a week before) with `4'700` losses and, "
        "after a semicolon, `zwischen 550 und 650` dead (range); Gerasimov 'Ende April' thanking "
        "the `Tausenden` (russia, near the front); Ukraine's military 'zuletzt' `rund 11'000` "
        "(undated); Rutte 'am Wochenende' `etwa 14'000` (Saturday to Sunday)",
    text="""\
Lavin: Die Brücke ist wieder offen

Nach acht Monaten Bauzeit ist die Brücke über den Inn unterhalb des Dorfes seit Samstag wieder für \
Fahrzeuge bis 28 Tonnen freigegeben. Die Sanierung hat 1,8 Millionen Franken gekostet, etwas \
weniger als budgetiert. Gefeiert wird am Dorffest vom 21. Juni, zu dem die Gemeinde neben den rund \
200 Einwohnerinnen und Einwohnern auch die Gäste der Ferienwohnungen einlädt. Es gibt \
Gerstensuppe, Musik der Dorfmusik und um 16 Uhr eine Führung unter die neue Fahrbahn.

Einer, der mitgebaut hat

Andrij Bondarenko, 36, aus Tschernihiw arbeitet seit zwei Jahren für die Baufirma, die die Brücke \
saniert hat, und hat die neuen Geländer verschweisst. Im Herbst 2023 wurde er bei Bachmut \
verwundet, seither kann er den linken Arm nicht mehr ganz strecken. Er schätzt, dass [[höchstens \
3'000]] Nordkoreaner wirklich an vorderster Linie eingesetzt werden. «Die übrigen graben, tragen \
und bauen», sagt er.

Kim Ha-neul, 24, aus Daejeon übt diesen Sommer für einen Meisterkurs im Gemeindesaal Cello, jeden \
Morgen ab acht. Sie glaubt, dass der Norden bis Ende Jahr nochmals [[5'000]] Soldaten nach \
Russland schickt. «Niemand bei uns zu Hause weiss, wie viele schon tot sind», sagt sie.

Was man aus der Welt hört

Vergangenen Dienstag bezifferte der südkoreanische Geheimdienst die Verluste des Nordens auf \
[[4'700]] Tote und Verwundete; [[zwischen 550 und 650]] Soldaten seien gefallen. Der russische \
Generalstabschef Waleri Gerassimow hatte Ende April den [[Tausenden]] nordkoreanischen Soldaten \
gedankt, die bei der Rückeroberung des Gebiets Kursk mitgekämpft hätten. Das ukrainische Militär \
sprach zuletzt von [[rund 11'000]] Nordkoreanern, die noch in der Region Kursk stünden. \
Nato-Generalsekretär Mark Rutte sprach am Wochenende von [[etwa 14'000]] Nordkoreanern, die bisher \
in Russland gedient hätten.

Fragen zum Dorffest beantwortet die Gemeindekanzlei unter 081 862 24 10.
""",
    claims=(
        C("höchstens 3'000", 3000, "at_most", "near_front", "other", "pub",
          "a bridge builder from Chernihiv, wounded at Bakhmut, speaking for himself ('Er "
          "schätzt', undated): used in the front line ('höchstens' as at_most)"),
        C("5'000", 5000, "exact", "planned", "other", "pub",
          "a cellist from Daejeon, 'Sie glaubt' (undated): 'nochmals' to be sent by the end of "
          "the year (increment, planned)", add=True),
        C("4'700", 4700, "exact", "casualties", "south_korea", "2025-06-03",
          "'Vergangenen Dienstag bezifferte der südkoreanische Geheimdienst' in a Tuesday "
          "article (the Tuesday a week before, 3 June, as in earlier sets): dead and wounded"),
        C("zwischen 550 und 650", None, "range", "casualties", "south_korea", "2025-06-03",
          "same statement, after a semicolon, Konjunktiv: killed (a range with 'zwischen', "
          "inside the span)"),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-04-21..2025-04-30",
          "'Der russische Generalstabschef Waleri Gerassimow hatte Ende April … gedankt' (the "
          "21st to the month's end): fought in retaking the Kursk region"),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Das ukrainische Militär sprach zuletzt von' (no day: `pub`, as 'zuletzt' in earlier "
          "sets): still in the Kursk region"),
        C("etwa 14'000", 14000, "approx", "in_russia", "nato", "sat..sun",
          "'Nato-Generalsekretär Mark Rutte sprach am Wochenende von' (7-8 June): served in "
          "Russia so far (a total over a period)"),
    ),
)


S05 = Source(
    article_id="v199_05_lokalseite_lithium_altenberg_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-08-28"),
    dated_by="sidecar",
    sidecar=(
        "Lokalseite Altenberg",
        "https://www.lokalseite-altenberg.example/2025/08/lithium-und-weltlage",
        "Lithium unterm Berg, Nordkorea im Gespräch",
    ),
    features="a local news page from Altenberg in HTML, UTF-8, no meta date (sidecar, Thursday; "
        "the sidecar title without a figure), a script, navigation, entities (`&middot;`, "
        "`&bdquo;`, `&ldquo;`), a footer with a postcode; `<title>` and headline without a "
        "figure; bathers, per cent, snow ploughs and kilometres of road first; a member of the "
        "Bundestag visiting the lithium drilling 'Am Montag' (other) with `etwa 11.000` in Russia "
        "and, carried, `einige Tausend` in the Kursk region; a mining engineer from Kryvyi Rih who "
        "'rechnet damit' 'zusätzlich' `bis zu 6.000` builders (at_most, increment, planned, "
        "`pub`); "
        "a geologist from Cheongju who 'glaubt' `deutlich mehr als 2.000` dead (at_least); "
        "Shoigu 'am 17. Juni' with `1.000` deminers and `5.000` builders (russia, planned); "
        "Ukraine's military intelligence 'am Dienstagabend' `rund 1.000` deminers arrived in "
        "Kursk; drill metres, years and ages are not claims",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Lithium unterm Berg, Nordkorea im Gespräch &middot; Lokalseite Altenberg</title>
<script>window.seite = {rubrik: "lokales", ort: "altenberg"};</script>
</head>
<body>
<nav><a href="/">Start</a> &middot; <a href="/lokales">Lokales</a> &middot; <a \
href="/termine">Termine</a></nav>
<main>
<article>
<h1>Lithium unterm Berg, Nordkorea im Gespräch</h1>
<p>Der Galgenteich hat seine Badesaison mit 14.800 Gästen beendet, gut 10 Prozent mehr als im \
Vorjahr. Im Rathaus wurde am Dienstag der Winterdienstplan vorgestellt: Neun Räumfahrzeuge sollen \
ab November 62 Kilometer Gemeindestraßen freihalten, dazu die Zufahrt nach Zinnwald.</p>
<p>Am Montag besuchte der Bundestagsabgeordnete Frank Reichel die Erkundungsbohrungen für Lithium \
am Ortsrand, wo die Bohrer inzwischen 420 Meter tief sind. Die Fragen der Bergleute drehten sich \
bald um die Weltlage. Nach seinen Informationen aus dem Verteidigungsausschuss stünden derzeit \
[[etwa 11.000]] nordkoreanische Soldaten in Russland, [[einige Tausend]] davon im Gebiet Kursk, \
sagte Reichel.</p>
<p>Dmytro Kowaltschuk, 39, Bergbauingenieur aus Krywyj Rih, arbeitet seit dem Frühjahr auf der \
Bohrstelle. Er rechnet damit, dass Pjöngjang im Herbst zusätzlich [[bis zu 6.000]] Bausoldaten \
schickt. &bdquo;Die Russen brauchen Hände, Kim braucht Geld&ldquo;, sagt er. Sein Kollege Park \
Ji-hoon, 45, ein Geologe aus Cheongju, glaubt, dass bereits [[deutlich mehr als 2.000]] \
Nordkoreaner in Russland gefallen sind.</p>
<p>Am 17. Juni hatte Moskaus Sicherheitsratssekretär Sergej Schoigu in Pjöngjang verkündet, aus \
dem Norden kämen [[1.000]] Pioniere zur Minenräumung sowie [[5.000]] Bausoldaten für den \
Wiederaufbau im Kursker Gebiet. Der ukrainische Militärgeheimdienst meldete am Dienstagabend, \
[[rund 1.000]] dieser Minenräumer seien inzwischen im Gebiet Kursk eingetroffen.</p>
<p>Die nächste Stadtratssitzung ist am 11. September um 18 Uhr im Rathaus.</p>
</article>
</main>
<footer>Lokalseite Altenberg &middot; 01773 Altenberg &middot; \
redaktion@lokalseite-altenberg.example</footer>
</body>
</html>
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "other", "mon",
          "a member of the Bundestag visiting the drilling 'Am Montag' (25 August; a German "
          "politician: other), named after the figures ('sagte Reichel'), Konjunktiv: in Russia"),
        C("einige Tausend", None, "vague", "near_front", "other", "mon",
          "same sentence, 'davon': in the Kursk region"),
        C("bis zu 6.000", 6000, "at_most", "planned", "other", "pub",
          "a mining engineer from Kryvyi Rih, 'Er rechnet damit' (undated): 'zusätzlich' to be "
          "sent in the autumn (increment, planned)", add=True),
        C("deutlich mehr als 2.000", 2000, "at_least", "casualties", "other", "pub",
          "a geologist from Cheongju, 'glaubt' (undated): fallen in Russia ('deutlich mehr als' "
          "as at_least)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "'Am 17. Juni hatte Moskaus Sicherheitsratssekretär Sergej "
          "Schoigu … verkündet, aus dem Norden kämen' (an explicit date at the front): "
          "deminers (planned)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'sowie': military builders (planned)"),
        C("rund 1.000", 1000, "approx", "near_front", "ukraine", "tue",
          "'Der ukrainische Militärgeheimdienst meldete am Dienstagabend' (26 August): deminers "
          "arrived in the Kursk region (at work there: near the front, as in earlier sets)"),
    ),
)


S06 = Source(
    article_id="v199_06_agenturmeldung_bausoldaten_geising_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Geisinger Bote online",
        "https://www.geisinger-bote.example/welt/2025-11-12-bausoldaten",
        "Nordkorea schickt Bausoldaten nach Russland",
    ),
    features="a wire rewrite with a local angle from Geising in Markdown, UTF-8 with BOM, front "
        "matter without a date (sidecar, Wednesday; front-matter and sidecar titles without a "
        "figure), a 'Stand: 12.11.2025' line, `„“`; a headline with a date ('Seoul, 10. "
        "November:') and a figure that takes the NIS's Monday figure of the body (from that day "
        "to publication); the lead's `etwa 5.000` builders with the claimant in the next sentence "
        "('Das teilte der Dienst am Montag … mit') and, carried, `rund 10.000` at the border; "
        "Ukraine's military intelligence 'am 4.11.2025' `bis zu 3.000` 'weitere' (a numeric date; "
        "at_most, increment, planned); the Pentagon 'im Oktober' `mindestens 11.000`; state media "
        "'Ende Oktober' with `Hunderten` returnees (optional); a baker's helper from Chernihiv "
        "expecting 'noch einmal' `10.000` (increment, planned, other); the local desk's own "
        "`Tausende` (unattributed, required); families, metres and ages are not claims",
    text="""\
---
title: "Nordkorea schickt Bausoldaten nach Russland"
rubrik: Welt
quelle: Agenturen, ergänzt von der Lokalredaktion
---

# Seoul, 10. November: Geheimdienst meldet [[5.000]] Bausoldaten auf dem Weg nach Russland

*Stand: 12.11.2025, 9.40 Uhr*

SEOUL/KIEW. Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes [[etwa 5.000]] \
Militärbauarbeiter auf den Weg nach Russland gebracht. Das teilte der Dienst am Montag \
Abgeordneten in Seoul mit. Zudem stünden [[rund 10.000]] nordkoreanische Soldaten entlang der \
russischen Grenze zur Ukraine, hieß es nach der nichtöffentlichen Sitzung.

Bereits am 4.11.2025 hatte der ukrainische Militärgeheimdienst gewarnt, in den kommenden Wochen \
könnten [[bis zu 3.000]] weitere Nordkoreaner verlegt werden, vor allem Pioniere. Aus Washington \
gab es zu den neuen Zahlen zunächst keine Stellungnahme; das Pentagon war im Oktober von \
[[mindestens 11.000]] Nordkoreanern in Russland ausgegangen. Pjöngjangs Staatsmedien hatten Ende \
Oktober Bilder von [[Hunderten]] heimgekehrten Soldaten gezeigt, die Kim Jong Un mit Orden \
auszeichnete.

## Was man in Geising dazu sagt

In Geising leben seit 2022 elf ukrainische Familien. Mariia Sawtschuk, 52, aus Tschernihiw hilft \
in der Bäckerei am Markt aus und liest jeden Morgen vor Schichtbeginn die Nachrichten aus der \
Heimat auf dem Handy. Sie rechnet damit, dass im Frühjahr noch einmal [[10.000]] kommen. „Die \
Jungen dort werden nicht gefragt“, sagt sie.

Hinter den nüchternen Zahlen stehen [[Tausende]] junge Männer, die fern von zu Hause auf \
russischen Baustellen schuften. Vom Geisingberg aus, 824 Meter hoch, sieht man bei klarem Wetter \
weit nach Böhmen hinein – bis nach Kursk sind es von dort noch gut 2.000 Kilometer.
""",
    claims=(
        C("5.000", 5000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline with a date ('Seoul, 10. November: Geheimdienst meldet'): takes the NIS's "
          "Monday figure of the lead (hedge dropped) and the window from that day to "
          "publication; on the way to Russia (being moved: in Russia, as in earlier sets)"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "mon",
          "sentence-initial claimant 'nach Erkenntnissen des südkoreanischen Geheimdienstes', "
          "dated in the next sentence ('Das teilte der Dienst am Montag … mit', 10 November): "
          "builders brought on their way to Russia"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "mon",
          "same briefing carried ('Zudem stünden … hieß es nach der nichtöffentlichen "
          "Sitzung'): along Russia's border with Ukraine"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "2025-11-04",
          "'Bereits am 4.11.2025 hatte der ukrainische Militärgeheimdienst gewarnt' (a numeric "
          "date): 'weitere' could be moved in the coming weeks (increment, planned; span "
          "without the word)", add=True),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "'das Pentagon war im Oktober von … ausgegangen' (the whole month): in Russia"),
        C("Hunderten", None, "vague", "in_russia", "north_korea", "2025-10-21..2025-10-31",
          "'Pjöngjangs Staatsmedien hatten Ende Oktober Bilder von … gezeigt': returnees "
          "decorated by Kim (returnees, as in earlier sets: optional)", opt=True),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a baker's helper from Chernihiv, 'Sie rechnet damit' (undated): 'noch einmal' to "
          "come in the spring (increment, planned)", add=True),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the local desk's own framing without a source ('Hinter den nüchternen Zahlen stehen "
          "Tausende junge Männer, die … auf russischen Baustellen schuften'): unattributed, "
          "required"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bisbee and Tombstone in Arizona, Cooktown in Far North Queensland)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v199_07_local_news_bulletin_bisbee",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-23"),
    dated_by="dateline",
    features="a local weekly's news page from Bisbee as plain text, UTF-8, straight quotes (no "
        "sidecar), dated by the dateline 'BISBEE - October 23, 2025' (Thursday); a stair climb's "
        "climbers, dollars raised, staircases, feet of elevation and a parking fee first; a "
        "retired Army analyst's library talk 'on Tuesday night' with `roughly 11,000` still in "
        "Russia and `a few thousand` in the Kursk region (other, Tuesday); a potter from Icheon "
        "who 'thinks' `15,000 to 20,000` (range, other, `pub`); the spy agency 'on the 16th' "
        "`about 2,000` dead (a day without a month); Rutte 'earlier this week' `more than "
        "14,000`; Zelensky 'at the weekend' 'another' `5,000 or so` (approx, increment, planned); "
        "a Pentagon spokesman 'Monday' `thousands` of losses (vague, casualties); Russia's "
        "losses a day, years, ages and a phone number are not claims",
    text="""\
THE BISBEE BULLETIN - LOCAL NEWS

BISBEE - October 23, 2025

Stair climb sets a record; council to weigh a parking fee

The Bisbee 1000 drew 1,340 climbers on Saturday, the most in the race's history, and raised about \
$52,000 for the library and the volunteer fire crews. The course links nine staircases through the \
old town, and the top of the last one sits at roughly 5,600 feet. On Nov. 4 the City Council will \
vote on a $2 fee for the lot below the Copper Queen, which would bring in an estimated $90,000 a \
year.

A war far away, explained at the library

A retired Army intelligence analyst who spent 22 years at Fort Huachuca spoke to a full room at \
the library on Tuesday night about the war in Ukraine. Ray Delgado, 64, told the audience he \
believes [[roughly 11,000]] North Korean soldiers are still in Russia, and that [[a few thousand]] \
of them are now working as sappers and builders in the Kursk region. "Don't picture an invasion \
army," he said. "Picture a labor battalion that carries rifles."

Upstairs from a Brewery Gulch saloon, the potter Jung Hye-won, 52, who learned her trade in \
Icheon, came down to listen. She thinks [[15,000 to 20,000]] have been sent in all since last \
fall. "My mother still cries about the first war," she said afterward.

Elsewhere

South Korea's spy agency told lawmakers on the 16th that [[about 2,000]] North Koreans had died in \
the fighting. NATO Secretary General Mark Rutte said earlier this week that Pyongyang had shipped \
[[more than 14,000]] troops to Russia since last October. President Zelensky said at the weekend \
that Kim was getting another [[5,000 or so]] ready to go. Asked about the losses Monday, a \
Pentagon spokesman would only say they ran into the [[thousands]]. Ukraine says Russia itself is \
losing close to 1,000 soldiers a day.

News tips: (520) 432-7716.
""",
    claims=(
        C("roughly 11,000", 11000, "approx", "in_russia", "other", "tue",
          "a retired Army analyst's library talk 'on Tuesday night' (21 October; a private "
          "expert: other), 'told the audience he believes': still in Russia (not an increment)"),
        C("a few thousand", None, "vague", "near_front", "other", "tue",
          "same talk, 'and that … of them': sappers and builders in the Kursk region"),
        C("15,000 to 20,000", None, "range", "in_russia", "other", "pub",
          "a potter from Icheon, 'She thinks' (undated): sent in all since last fall (a total "
          "over a period)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-10-16",
          "'South Korea's spy agency told lawmakers on the 16th' (a day without a month: 16 "
          "October): died"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "mon..pub",
          "'NATO Secretary General Mark Rutte said earlier this week' (Monday of the publication "
          "week to publication, as in earlier sets): shipped to Russia since last October"),
        C("5,000 or so", 5000, "approx", "planned", "ukraine", "sat..sun",
          "'President Zelensky said at the weekend' (18-19 October): 'another' being got ready "
          "to go (increment, planned; 'or so' inside the span)", add=True),
        C("thousands", None, "vague", "casualties", "united_states", "mon",
          "'Asked about the losses Monday, a Pentagon spokesman would only say' (20 October): "
          "losses"),
    ),
)


S08 = Source(
    article_id="v199_08_monday_digest_civic_newsletter_bisbee_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-03"),
    dated_by="sidecar",
    sidecar=(
        "Mule Mountain Monday Digest",
        "https://www.mulemountaindigest.example/2025-03-03",
        "The Week in Brief, March 3",
    ),
    features="a volunteer civic newsletter's Monday email digest from Bisbee in HTML, "
        "windows-1252 with raw `’`, `“”` and `–`, no meta date (sidecar, Monday; the sidecar "
        "title without a "
        "figure), an `og:title` repeating the headline's figure (optional), a script, navigation, "
        "a footer with a ZIP code; a bond, dollars, inches of snow and boxes of supplies first; "
        "the headline's `3,000` takes Kyiv's Wednesday figure of the body (from that day to "
        "publication); Ukraine's military intelligence 'on Wednesday' `about 3,000` back at the "
        "front; the North, 'the Joint Chiefs said two weeks ago' (mid-sentence) `at least 1,000` "
        "'additional' (the week before last, increment); a US assessment 'in February' `around "
        "4,000`; a NATO official 'in late February' `11,000 or so`; an aid volunteer from Rivne "
        "`well above 1,500` dead and a tai chi teacher from Suwon `tens of thousands` 'more' "
        "(other, `pub`); Russia's losses are not a claim",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<meta property="og:title" content="Week in Brief: snowmelt, a bond vote and [[3,000]] back at the \
front">
<title>The Week in Brief – Mule Mountain Monday Digest</title>
<script>var digest = {issue: 212, subscribers: 3150};</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/archive">Archive</a> | <a \
href="/subscribe">Subscribe</a></nav>
<main>
<h1>Week in Brief: snowmelt, a bond vote and [[3,000]] back at the front</h1>
<p class="standfirst">Our volunteer-written roundup of the week that was, in your inbox every \
Monday by 6 a.m.</p>
<h2>Around town</h2>
<p>The school district’s $14.5 million bond goes to voters on May 6. The county reopened the road \
over the divide on Thursday after 3 inches of late snow, and the snowmelt has the wash behind the \
ballpark running for the first time since December. Volunteers packed 46 boxes of bandages and \
medicine for Ukraine at the Methodist hall on Saturday.</p>
<h2>Back at the front</h2>
<p>Kyiv’s military intelligence said on Wednesday that [[about 3,000]] North Korean troops \
were back in combat around Sudzha after a lull of several weeks spent regrouping behind the line. \
The North, South Korea’s Joint Chiefs of Staff said two weeks ago, had sent [[at least 1,000]] \
additional soldiers to Russia in January and February. A U.S. assessment in February counted \
[[around 4,000]] North Koreans dead or wounded, and a NATO official said in late February that \
[[11,000 or so]] were still in Russia. Russia’s own losses, by Kyiv’s count, passed 870,000 last \
week.</p>
<h2>Voices from here</h2>
<p>Nadiya Savka, 58, who grew up in Rivne and organized the packing, says the numbers out of Seoul \
are too low. She puts the North Korean dead alone at [[well above 1,500]]. “Every box we send is \
for boys who have to face them,” she said.</p>
<p>Seo Yun-ho, 61, from Suwon, teaches tai chi in the park on Tuesday and Friday mornings. He \
expects Kim to send [[tens of thousands]] more before the year is out. “The North has nothing else \
to sell,” he said.</p>
</main>
<footer>Mule Mountain Monday Digest · Bisbee, AZ 85603 · editors@mulemountaindigest.example</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "near_front", "ukraine", "wed..pub",
          "the `og:title` repeating the headline's figure (page metadata: optional, as in "
          "earlier sets)", opt=True),
        C("3,000", 3000, "exact", "near_front", "ukraine", "wed..pub",
          "headline: takes Kyiv's figure of the body ('said on Wednesday', 26 February, the "
          "hedge dropped) and the window from that day to publication"),
        C("about 3,000", 3000, "approx", "near_front", "ukraine", "wed",
          "'Kyiv's military intelligence said on Wednesday' (26 February, in a Monday digest): "
          "back in combat around Sudzha (not an increment)"),
        C("at least 1,000", 1000, "at_least", "in_russia", "south_korea",
          "2025-02-17..2025-02-23",
          "claimant mid-sentence ('The North, South Korea's Joint Chiefs of Staff said two "
          "weeks ago, had sent'; Monday to Sunday of the week before last): 'additional' sent "
          "in January and February (increment; the months are the period)", add=True),
        C("around 4,000", 4000, "approx", "casualties", "united_states",
          "2025-02-01..2025-02-28",
          "'A U.S. assessment in February counted' (the whole month): dead or wounded"),
        C("11,000 or so", 11000, "approx", "in_russia", "nato", "2025-02-21..2025-02-28",
          "'a NATO official said in late February' (the 21st to the month's end): 'still' in "
          "Russia ('or so' inside the span; not an increment)"),
        C("well above 1,500", 1500, "at_least", "casualties", "other", "pub",
          "an aid volunteer from Rivne speaking for herself ('She puts … at', undated): dead "
          "('well above' as at_least)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a tai chi teacher from Suwon, 'He expects' (undated): 'more' to be sent this year "
          "(increment, planned)", add=True),
    ),
)


S09 = Source(
    article_id="v199_09_wire_page_boothill_weekly_tombstone_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-06-20"),
    dated_by="front_matter",
    features="a weekly's wire page from Tombstone (the Boothill Weekly) in Markdown, UTF-16 LE "
        "with BOM, front matter with `date:` (Friday) and a title repeating the headline's "
        "figure (optional), straight "
        "quotes; a wire dateline with its own date ('SEOUL, South Korea, June 19 -'); the headline "
        "`6,000` adds up Shoigu's two figures (russia, planned, from Tuesday to publication); "
        "Shoigu 'said Tuesday' `1,000` deminers and `5,000` builders (planned), his 'June 17 "
        "visit' restating the day; the spy agency 'earlier this week' `some 13,000` and, 'in late "
        "April', `roughly 600` dead; Ukraine's military intelligence 'in May' `up to 30,000` "
        "'more' (increment, planned); state TV 'on Wednesday night' `dozens` of fallen "
        "(north_korea); the State Department 'on Thursday' `thousands` 'more' (vague, planned, "
        "increment); a saddler from Lviv who 'reckons' `a good 20,000` (at_least, other); "
        "rotations, visits, years and prices are not claims",
    text="""\
---
title: "Moscow: Pyongyang to dispatch [[6,000]] for Kursk rebuilding"
date: 2025-06-20
section: World, from wire reports
paper: The Boothill Weekly
---

# Moscow: Pyongyang to dispatch [[6,000]] for Kursk rebuilding

*Compiled from wire reports by the Boothill Weekly's news desk, with a local note at the end.*

SEOUL, South Korea, June 19 - Pyongyang is to supply [[1,000]] mine-clearing troops and [[5,000]] \
army builders to help put the shattered Kursk border towns back together, Sergei Shoigu, the \
secretary of Russia's Security Council, said Tuesday after talks with Kim Jong Un in Pyongyang. \
The June 17 visit was Shoigu's second trip to the North in two weeks and his third this year.

South Korea's spy agency told lawmakers earlier this week that the North had by now sent [[some \
13,000]] soldiers to Russia across two rotations. The agency had put the North's dead at [[roughly \
600]] in late April, when Pyongyang first admitted that its troops were fighting for Moscow.

Ukraine's military intelligence said in May that [[up to 30,000]] more could follow over the \
summer. On Wednesday night North Korean state television aired Kim bowing at a memorial wall that \
bears the faces of [[dozens]] of men who died around Kursk. In Washington, the State Department \
said on Thursday it was "gravely concerned" by plans to send [[thousands]] more North Koreans into \
Russia.

LOCAL NOTE

At his saddle shop on Allen Street, Vasyl Honchar, 47, a leatherworker from Lviv who settled here \
in 2015, had the wire story open on his phone between customers. By his reckoning [[a good \
20,000]] North Koreans have gone through Russia by now. "And nobody counts the ones who come home \
broken," he said. His hand-tooled holsters start at $180.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "the front-matter title repeating the headline (metadata: optional, as in earlier "
          "sets)", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow: Pyongyang to dispatch': Shoigu's 1,000 deminers and 5,000 builders "
          "added up (as in earlier sets), from his Tuesday, 17 June, to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "'Sergei Shoigu … said Tuesday' after the figures (17 June, also restated as 'The "
          "June 17 visit'): mine-clearing troops to be supplied (planned)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same statement, 'and': army builders for the rebuilding (planned)"),
        C("some 13,000", 13000, "approx", "in_russia", "south_korea", "mon..pub",
          "'South Korea's spy agency told lawmakers earlier this week' (Monday of the "
          "publication week to publication): sent to Russia by now ('some' as approx; the "
          "rotations are not a figure of troops)"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'The agency had put the North's dead at … in late April' (the 21st to the month's "
          "end)"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-05-01..2025-05-31",
          "'Ukraine's military intelligence said in May' (the whole month): 'more' could follow "
          "over the summer (increment, planned)", add=True),
        C("dozens", None, "vague", "casualties", "north_korea", "wed",
          "'On Wednesday night North Korean state television aired Kim bowing at a memorial "
          "wall' (18 June; state TV: north_korea): men who died around Kursk"),
        C("thousands", None, "vague", "planned", "united_states", "thu",
          "'the State Department said on Thursday' (19 June): 'more' to be sent (increment, "
          "planned)", add=True),
        C("a good 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a saddler from Lviv, 'By his reckoning' (undated): gone through Russia by now ('a good' "
          "as at_least, like 'gut')"),
    ),
)


S10 = Source(
    article_id="v199_10_explainer_tumbleweed_tombstone_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-12"),
    dated_by="html_meta",
    features="an explainer from Tombstone in HTML, UTF-8 with BOM, `<meta name=\"date\">` "
        "(Thursday) and a `<meta name=\"description\">` repeating the NIS figure (optional), a "
        "script, navigation, entities (`&middot;`, `&ldquo;`, `&rdquo;`, `&rsquo;`), a footer "
        "with a ZIP code; question headings, `<title>` and headline without a figure; the NIS "
        "'in mid-November' `about 11,000`; a Russian lawmaker 'recently' `no more than 500` "
        "(at_most, russia, undated); the Pentagon 'last week' `more than 10,000` in Kursk; "
        "Ukraine's military intelligence 'a month ago' `dozens` killed and wounded (the week "
        "around that day); Zelensky 'on Monday' `up to 20,000` to be added (at_most, increment, "
        "planned); Rutte 'in early December' `around 12,000`; a history teacher's `12,000 to "
        "15,000` by spring (range, planned, other); weeks, a town's population, a gunfight's "
        "year, show tickets and ages are not claims",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2024-12-12">
<meta name="description" content="[[About 11,000]] soldiers and mounting losses: what is known \
about North Korea&rsquo;s troops in Russia.">
<title>Explainer: North Korea&rsquo;s soldiers in Russia &middot; Tombstone Tumbleweed</title>
<script>var tw = {section: "explainers", readMinutes: 4};</script>
</head>
<body>
<nav><a href="/">Home</a> &middot; <a href="/local">Local</a> &middot; <a \
href="/explainers">Explainers</a></nav>
<main>
<h1>Explainer: what we know about North Korea&rsquo;s soldiers in Russia</h1>
<p class="byline">By Carla Montoya</p>
<p>Eight weeks after the first reports, here is a short guide to what has been said, by whom and \
when. Figures from all sides are hard to check.</p>
<h2>How many are there?</h2>
<p>South Korea&rsquo;s National Intelligence Service estimated in mid-November that [[about \
11,000]] had arrived in Russia since October. A Russian lawmaker told a Moscow newspaper recently \
that there were &ldquo;[[no more than 500]]&rdquo; Korean &ldquo;specialists&rdquo; in the \
country, a number nobody in Kyiv or Seoul takes seriously.</p>
<h2>Are they fighting?</h2>
<p>Yes, according to Washington. The Pentagon said last week that North Korean units had begun \
combat operations in the Kursk region, where it counts [[more than 10,000]] of them. \
Ukraine&rsquo;s military intelligence reported a month ago that the first units had come under \
fire, with [[dozens]] killed and wounded.</p>
<h2>Will more come?</h2>
<p>President Zelensky warned on Monday that Kim could add [[up to 20,000]] to the force in the \
coming months. NATO Secretary General Mark Rutte said in early December that the alliance now \
counted [[around 12,000]] North Koreans in Russia.</p>
<h2>Why does it matter here?</h2>
<p>Tombstone has about 1,300 residents and a gunfight from 1881 that tourists pay $15 to watch \
twice a day. Dana Whitfield, who teaches history at the high school, says her students ask about \
Korea more than about the Earps this fall. She expects [[12,000 to 15,000]] North Koreans to be in \
Russia by spring. &ldquo;It&rsquo;s the first time a foreign army has joined this war \
openly,&rdquo; she said.</p>
</main>
<footer>Tombstone Tumbleweed &middot; Tombstone, AZ 85638 &middot; desk@tumbleweed.example</footer>
</body>
</html>
""",
    claims=(
        C("About 11,000", 11000, "approx", "in_russia", "south_korea", "2024-11-11..pub",
          "`<meta name=\"description\">` restating the NIS figure of mid-November (page "
          "metadata: optional, as in earlier sets)", opt=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2024-11-11..2024-11-20",
          "'South Korea's National Intelligence Service estimated in mid-November' (the 11th "
          "to the 20th): arrived in Russia since October"),
        C("no more than 500", 500, "at_most", "in_russia", "russia", "pub",
          "'A Russian lawmaker told a Moscow newspaper recently' (no day: `pub`), quoted "
          "('no more than' as at_most): Korean 'specialists' in Russia"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "lastweek",
          "'The Pentagon said last week that … where it counts': in the Kursk region"),
        C("dozens", None, "vague", "casualties", "ukraine", "2024-11-09..2024-11-15",
          "'Ukraine's military intelligence reported a month ago' (new form: the week around "
          "the day a month before publication, 9-15 November): killed and wounded"),
        C("up to 20,000", 20000, "at_most", "planned", "ukraine", "mon",
          "'President Zelensky warned on Monday that Kim could add' (9 December): to the force "
          "in the coming months (an addition: increment, planned)", add=True),
        C("around 12,000", 12000, "approx", "in_russia", "nato", "2024-12-01..2024-12-10",
          "'NATO Secretary General Mark Rutte said in early December' (days 1-10): in Russia"),
        C("12,000 to 15,000", None, "range", "planned", "other", "pub",
          "a history teacher, 'She expects' (undated): to be in Russia by spring (a forecast: "
          "planned)"),
    ),
)


S11 = Source(
    article_id="v199_11_news_page_discovery_cooktown_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-14"),
    dated_by="sidecar",
    sidecar=(
        "Cooktown Independent",
        "https://www.cooktownindependent.example/news/2025-05-14-festival-and-a-nurse",
        "Festival back, and a nurse with a brother on the Sumy border",
    ),
    features="a news page from Cooktown in Markdown, ISO-8859-1 with straight quotes and hyphens, "
        "front matter without a date (sidecar, Wednesday; the title without a figure); "
        "Australian conventions ('organisers', 'defence', '30 April', 'all up'); festival days, "
        "visitors, dollars, a landing year and kilometres first; a nurse from Poltava relaying her "
        "brother, a drone operator on the Sumy border ('They spoke at the weekend, she said. By "
        "his count') `a hundred or more` dug in (at_least, number words) and `five` killed in "
        "April (both other, from the Saturday to publication); a banana picker from Gangneung "
        "who 'reckons' `about 15,000` 'all up' (other, `pub`); the spy agency 'on 30 April' "
        "`around 4,700` casualties and `about 600` dead; sentence-initial `Several hundred` "
        "engineers with 'Moscow's defence ministry said earlier this month' after it; the State "
        "Department 'two weeks ago' `around 14,000`; NATO's top officer 'on Tuesday' 'another' "
        "`10,000 or so` (increment, planned)",
    text="""\
---
title: "Festival back, and a nurse with a brother on the Sumy border"
section: Local
---

# Festival back, and a nurse with a brother on the Sumy border

Cooktown's Discovery Festival returns over the June long weekend, from 7 to 9 June, with the \
re-enactment of the 1770 landing on the riverbank below the wharf. Organisers expect about 4,000 \
visitors, weekend passes are $25, and the council has put $180,000 into new shade and lighting \
along the foreshore. The road south is sealed all the way now, but the last 30 kilometres still \
close after heavy rain.

## A nurse from Poltava

Kateryna Shevchuk, 27, from Poltava, has worked as a registered nurse at the hospital since \
February. Her brother flies drones for a brigade on the border with Russia's Kursk region. They \
spoke at the weekend, she said. By his count [[a hundred or more]] North Koreans are dug in along \
the tree lines on the Russian side opposite his unit, and his team killed [[five]] of them in \
April. "He says they are brave and very badly led," she said.

## Picking bananas, counting soldiers

Han Seung-woo, 25, from Gangneung, is in town on a working holiday visa and picks bananas on a \
farm west of town. He reckons the North has sent [[about 15,000]] soldiers all up. "At home we \
joke about it, but nobody laughs," he said.

## Further afield

On 30 April Seoul's spy agency gave parliament a toll of [[around 4,700]] North Korean dead and \
wounded, with [[about 600]] deaths among them. [[Several hundred]] North Korean engineers are now \
clearing mines in the Kursk region, Moscow's defence ministry said earlier this month. The US \
State Department said two weeks ago that [[around 14,000]] had been sent since last October. And \
at a conference in Brussels on Tuesday, NATO's top military officer warned that Pyongyang could \
send another [[10,000 or so]].

Festival volunteers can sign up at the visitor centre on Charlotte Street.
""",
    claims=(
        C("a hundred or more", 100, "at_least", "near_front", "other", "sat..pub",
          "a nurse from Poltava relaying her brother, a drone operator on the Sumy border ('They "
          "spoke at the weekend, she said. By his count'; the speaker quoted: other): dug in on "
          "the Russian side ('or more' inside the span as at_least; from the Saturday, 10 May, "
          "to publication, as relayed weekend messages in earlier sets)"),
        C("five", 5, "exact", "casualties", "other", "sat..pub",
          "same call, 'and', number word: killed by his team 'in April' (the period, not the "
          "claim date)"),
        C("about 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a banana picker from Gangneung, 'He reckons' (undated): sent 'all up' (Australian "
          "for 'in total')"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "'On 30 April Seoul's spy agency gave parliament a toll of' (an "
          "explicit date, day before month): dead and wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing, 'with … deaths among them': dead"),
        C("Several hundred", None, "vague", "near_front", "russia", "2025-05-01..pub",
          "sentence-initial figure, the claimant after it ('Moscow's defence ministry said "
          "earlier this month', the 1st to publication): clearing mines in the Kursk region"),
        C("around 14,000", 14000, "approx", "in_russia", "united_states",
          "2025-04-28..2025-05-04",
          "'The US State Department said two weeks ago' (Monday to Sunday of the week before "
          "last): sent since last October (a total over a period)"),
        C("10,000 or so", 10000, "approx", "planned", "nato", "tue",
          "'at a conference in Brussels on Tuesday, NATO's top military officer warned' (13 "
          "May): 'another' could be sent (increment, planned; span without the word)",
          add=True),
    ),
)


S12 = Source(
    article_id="v199_12_friday_digest_river_cooktown",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Week on the River",
        "https://www.weekontheriver.example/2025/11/21",
        "The Week on the River: barge, pontoon and the wet",
    ),
    features="a Friday digest from Cooktown as plain text, UTF-8 with CRLF, straight quotes "
        "(sidecar, Friday; the sidecar title without a figure); Australian conventions ('the "
        "wet', 'defence', 'millimetres', 'metre'); a barge's delay, a pontoon's dollars, "
        "millimetres of rain and a crocodile's length first; the State Department 'yesterday' "
        "`roughly 15,000` rotated through Russia; Kyiv's military intelligence 'in October' "
        "`6,000 to 8,000` 'more' (range, increment, planned); state media 'recently' with "
        "`hundreds` of returnees (optional); a university defence analyst 'on Monday night' `more "
        "than 2,000` dead (other); the spy agency 'in early November' `some 10,000` at the border; "
        "a Russian deputy defence minister 'in mid-November' `around 1,000` deminers still at "
        "work; a cook from Mokpo who 'thinks' `at most 20,000` (at_most, other); the digest's own "
        "`thousands` in dugouts (unattributed, required)",
    text="""\
THE WEEK ON THE RIVER
A Friday digest for Cooktown and the Cape

IN TOWN
- The supply barge came in two days late on Monday after a blow in the strait; the supermarket \
says bread and milk are back on the shelves.
- On Wednesday the council voted to spend $96,000 on a new pontoon at the boat ramp, to be in the \
water before Easter.
- The weather bureau expects a wet of about 1,700 millimetres, close to normal. A 3.8-metre \
crocodile has been seen again near the wharf, so keep dogs on a lead.

THE WORLD, BRIEFLY
- A US State Department official said yesterday that North Korea had rotated [[roughly 15,000]] \
soldiers through Russia since last year. Kyiv's military intelligence said in October that [[6,000 \
to 8,000]] more were being readied to go.
- Pyongyang's state media recently aired footage of Kim Jong Un handing flowers and medals to \
[[hundreds]] of soldiers home from Kursk.
- On a radio panel on Monday night, Dr Fiona Reardon, a defence analyst at a university in \
Townsville, said the North had probably lost [[more than 2,000]] dead by now. South Korea's spy \
agency said in early November that [[some 10,000]] North Korean soldiers were posted along \
Russia's border with Ukraine.
- A Russian deputy defence minister said in mid-November that [[around 1,000]] North Korean \
deminers were still working in the Kursk region.

A VOICE FROM THE PUB KITCHEN
Lim Da-eun, 30, from Mokpo, has cooked at the pub on the main street since March. She thinks [[at \
most 20,000]] have gone to Russia in all. "Fewer than the news says, but every one is too many," \
she said.

It is a long way from the Endeavour River to Kursk, where [[thousands]] of young North Koreans \
will spend the northern winter in dugouts. Have a safe weekend.
""",
    claims=(
        C("roughly 15,000", 15000, "approx", "in_russia", "united_states", "yday",
          "'A US State Department official said yesterday' (20 November): rotated through "
          "Russia since last year (a total over a period)"),
        C("6,000 to 8,000", None, "range", "planned", "ukraine", "2025-10-01..2025-10-31",
          "'Kyiv's military intelligence said in October' (the whole month): 'more' being "
          "readied to go (increment, planned)", add=True),
        C("hundreds", None, "vague", "in_russia", "north_korea", "pub",
          "'Pyongyang's state media recently aired footage of Kim Jong Un handing flowers and "
          "medals to' (no day: `pub`): soldiers home from Kursk (returnees, as in earlier "
          "sets: optional)", opt=True),
        C("more than 2,000", 2000, "at_least", "casualties", "other", "mon",
          "a university defence analyst 'On a radio panel on Monday night' (17 November; a "
          "private expert: other), named mid-sentence: dead"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "'South Korea's spy agency said in early November' (days 1-10): along Russia's border "
          "with Ukraine"),
        C("around 1,000", 1000, "approx", "near_front", "russia", "2025-11-11..2025-11-20",
          "'A Russian deputy defence minister said in mid-November' (the 11th to the 20th): "
          "deminers 'still' working in the Kursk region (not an increment)"),
        C("at most 20,000", 20000, "at_most", "in_russia", "other", "pub",
          "a cook from Mokpo, 'She thinks' (undated): gone to Russia in all ('at most' as "
          "at_most)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the digest's own framing without a source ('It is a long way from the Endeavour "
          "River to Kursk, where thousands of young North Koreans will spend the northern "
          "winter in dugouts'): unattributed, required"),
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
