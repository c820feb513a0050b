"""Build the HUNDRED-AND-FIFTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-first corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
table-tennis club's letter from Hainfeld in the Gölsental (Austrian conventions) with a defender
from Kharkiv and a youth coach from Daejeon, an orienteering club's spring letter from St. Veit
an der Gölsen (Austrian conventions) with a bike mechanic from Lviv and a student from Changwon,
the autumn letter of a dog training school at Riffenmatt below the Guggershorn (Swiss
conventions) with a rescue-dog trainer from Chernihiv and a translator from Jeonju, the June
notes of a shanty choir at Hooksiel in the Jeverland with a dock worker from Mariupol and a
shipbuilding engineer from Geoje, a handball club's news page from Schortens in the Jeverland
with a goalkeeper from Zaporizhzhia and a nurse from Incheon, and a karate dojo's letter from
Lemwerder in the Stedinger Land with a karate teacher from Sumy and an aircraft engineer from
Sacheon; an agency-style wire report from a beach volleyball open on South Padre Island with a
player from Kharkiv and a line judge from Incheon, the notes of a sauna society at Sointula on
Malcolm Island with a welder from Kryvyi Rih and a nurse from Pohang, the newsletter of a
spinning circle at Sointula with a textile engineer from Poltava and a retired teacher from
Andong, a readers' letters page from a Darien weekly with letters quoting a nephew and a cousin,
a parasailing outfitter's log from South Padre Island with a mate from Berdiansk and a student
from Jeju, and a Cultural Day committee's notes from Hog Hammock on Sapelo Island with a
researcher from Kharkiv and a retired shrimper from Yeosu. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind159_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Gölsental, Guggisberg area, Jeverland, Stedinger Land)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="p159_01_vereinsbrief_tischtennis_hainfeld",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-21"),
    dated_by="dateline",
    features="a table-tennis club's letter from Hainfeld in the Gölsental (Lower Austria) as "
        "plain text, ISO-8859-1 with »…« quotes and '-' (no sidecar), dated by the place line "
        "'Hainfeld, 21. Jänner 2025' (Tuesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `in der Früh`, `Obmann`); league places, a new table's euros and members "
        "first; a defender from Kharkiv relaying her brother, an artillery observer in the Kursk "
        "region ('Am Sonntag habe er ihr eine Sprachnachricht geschickt, erzählt Olena', "
        "Konjunktiv over three sentences) `mehr als hundert` coming over a snowy field (at_least "
        "with a number word) and `Dutzende` wounded carried off (casualties; both other, from "
        "Sunday to publication); a youth coach from Daejeon 'schätzt' 'noch einmal' `10.000` by "
        "spring (increment, planned, other, `pub`); new here: 'Nach Angaben des südkoreanischen "
        "Geheimdienstes vom Montag vergangener Woche' `etwa 300` fallen and, 'dazu kämen', "
        "`2.700` wounded (13 January; not an increment); sentence-initial `Knapp 11.000` with "
        "the claimant after it ('sagte am Freitag ein Sprecher des Pentagons'); 'Kiews "
        "Militärgeheimdienst zufolge' `rund 8.000` 'davon' in Kursk (`pub`); Russia's losses a "
        "day, matches, euros, members, years, children, ages, dates, a phone number",
    text="""\
UTTC Hainfeld - Sektion Tischtennis
Vereinsbrief 1/2025

Hainfeld, 21. Jänner 2025

Liebe Mitglieder, liebe Eltern unserer Nachwuchsspieler,

die Herbstrunde ist gespielt, und sie lief besser, als wir es uns im September zu hoffen \
getraut haben. Die Erste überwintert in der Gebietsliga auf Platz drei, mit 14 Siegen aus 18 \
Begegnungen, und die Damen haben das Derby gegen St. Veit mit 6:4 für sich entschieden. Im \
Turnsaal der Mittelschule steht seit Dezember ein neuer Wettkampftisch um 1.240 Euro, die \
Hälfte davon hat die Gemeinde übernommen. Heuer zählt der Verein 57 Mitglieder, so viele wie \
nie seit der Gründung 1968.

Eine Abwehrspielerin aus Charkiw

Olena Bondar, 36, spielt seit dem Sommer in unserer Damenmannschaft, und mit ihrem Noppenbelag \
treibt sie jede Angriffsspielerin zur Verzweiflung. In Charkiw war sie Buchhalterin, in \
Hainfeld kocht sie im Pflegeheim. Ihr Bruder ist Artilleriebeobachter im Gebiet Kursk. Am \
Sonntag habe er ihr eine Sprachnachricht geschickt, erzählt Olena: In der Nacht seien vor \
seinem Abschnitt [[mehr als hundert]] Nordkoreaner in Wellen über ein verschneites Feld \
gekommen. In der Früh hätten Sanitäter auf der anderen Seite [[Dutzende]] Verwundete \
weggetragen. Mehr dürfe er nicht erzählen.

Der neue Jugendtrainer

Jeden Donnerstag steht Yoon Ji-ho, 45, in der Halle und bringt zwölf Kindern den \
Rückhand-Topspin bei. Der Ingenieur aus Daejeon hat in Südkorea in der dritten Liga gespielt \
und arbeitet seit zwei Jahren für einen Maschinenbauer in St. Pölten. Er schätzt, dass \
Pjöngjang bis zum Frühjahr noch einmal [[10.000]] Soldaten nach Russland schickt. »Für Kim \
sind das keine Menschen, sondern Devisen«, sagt er.

Aus den Nachrichten

Nach Angaben des südkoreanischen Geheimdienstes vom Montag vergangener Woche sind bisher \
[[etwa 300]] Nordkoreaner gefallen, dazu kämen [[2.700]] Verwundete. [[Knapp 11.000]] \
nordkoreanische Soldaten seien weiterhin in Russland, sagte am Freitag ein Sprecher des \
Pentagons in Washington. Kiews Militärgeheimdienst zufolge kämpfen davon derzeit [[rund \
8.000]] im Gebiet Kursk. Die russischen Truppen verlieren laut einer britischen Lagebewertung \
Tag für Tag mehr als 1.500 Mann.

Termine

- Vereinsmeisterschaft am 8. Feber ab 9 Uhr, Startgeld 5 Euro
- Rückrunde ab 14. Feber, Heimspiele freitags um 19 Uhr im Turnsaal
- Obmann Gerhard Zöchling, Telefon 02764/23 87; Mitgliedsbeitrag 45 Euro, Jugend 20 Euro
""",
    claims=(
        C("mehr als hundert", 100, "at_least", "near_front", "other", "sun..pub",
          "a defender from Kharkiv relaying her brother, an artillery observer in the Kursk "
          "region ('Am Sonntag habe er ihr eine Sprachnachricht geschickt, erzählt Olena', "
          "Konjunktiv; the speaker quoted: other): came over a snowy field in front of his sector "
          "(number word, 100; from Sunday, 19 January, to publication)"),
        C("Dutzende", None, "vague", "casualties", "other", "sun..pub",
          "same voice message, Konjunktiv carried ('hätten'): wounded carried off on the other "
          "side"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a youth coach from Daejeon, 'Er schätzt' (undated): 'noch einmal' by spring "
          "(increment, span without the words; planned)", add=True),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Nach Angaben des südkoreanischen Geheimdienstes vom Montag vergangener Woche' (the "
          "Monday of the week before: 13 January): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same report, 'dazu kämen … Verwundete' (the others of the same count, not an "
          "increment): wounded"),
        C("Knapp 11.000", 11000, "approx", "in_russia", "united_states", "fri",
          "sentence-initial figure, the claimant after it ('sagte am Freitag ein Sprecher des "
          "Pentagons', 17 January; 'knapp' as approx): still in Russia"),
        C("rund 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Kiews Militärgeheimdienst zufolge' (undated): 'davon' fighting in the Kursk region "
          "(a share, not an increment)"),
    ),
)

S02 = Source(
    article_id="p159_02_fruehjahrsbrief_ol_verein_goelsental_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-04-11"),
    dated_by="html_meta",
    features="an orienteering club's spring letter from St. Veit an der Gölsen (Gölsental, Lower "
        "Austria) in HTML, UTF-8, `article:published_time` +02:00 (Friday), a cookie note about "
        "the results list, a page script, navigation, entities (`&middot;`, `&ndash;`, "
        "`&amp;`), a footer with a postcode and a phone number; Austrian conventions (`Feber`, "
        "`heuer`, `Passt`); `<title>` and headline without a figure; fallen spruces, "
        "volunteers, a map scale `1:10.000`, printing euros and a sprint map first; a bike "
        "mechanic from Lviv relaying his cousin, a drone pilot in the Sumy region ('Vergangene "
        "Woche habe der Cousin ihm geschrieben …, erzählt Andrij') `ein paar Dutzend` dug in "
        "across the border (other, `lastweek`); a student from Changwon 'rechnet damit' "
        "`15.000 bis 20.000` 'nach Russland geschickt haben wird' by autumn (range, planned, "
        "other, `pub`); the joint chiefs 'teilte Mitte März mit' `etwa 3.000` 'nachgeschickt' "
        "(increment, days 11-20); Zelensky 'sagte am Sonntag' `mehr als 4.000` killed or "
        "wounded; a NATO spokesman 'erklärte am Donnerstag' `bis zu 2.000` 'von ihnen' back at "
        "the front ('wieder' is no increment); 'Laut einem Sprecher des US-Außenministeriums, "
        "der am 3. April … vor die Presse trat' `mindestens 12.000` in Russia (a relative clause "
        "dates it); the club's own `Tausende` in Russia (unattributed, required); Russian losses "
        "since 2022, trees, volunteers, a map scale, euros, ages, dates, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<title>Frühjahrsbrief | OL-Verein Gölsental</title>
<meta property="article:published_time" content="2025-04-11T07:30:00+02:00">
<script>window.karte = {gebiet: "Kirchenberg", aequidistanz: 5, posten: 24};</script>
</head>
<body>
<div class="cookie-hinweis">Ein Cookie merkt sich, welche Bahn Sie in der Ergebnisliste \
zuletzt aufgeklappt haben. <a href="#">Passt</a></div>
<nav><a href="/">Start</a> &middot; <a href="/laeufe">Läufe</a> &middot; <a \
href="/karten">Karten</a> &middot; <a href="/brief">Frühjahrsbrief</a></nav>
<main>
<h1>Die Karte vom Kirchenberg ist neu &ndash; und zwei neue Gesichter im Kartierteam</h1>
<p>Liebe Orientierungsläuferinnen und -läufer,</p>
<p>nach dem Sturm im Feber lagen allein am Kirchenberg 40 umgestürzte Fichten kreuz und quer im \
Wald, und unsere Karte stimmte an vielen Stellen nicht mehr. 23 Freiwillige sind an zwei \
Samstagen jeden Graben und jeden Wurzelteller abgegangen; seit Mittwoch ist die neue Karte im \
Maßstab 1:10.000 fertig. Der Druck hat 2.800 Euro gekostet, die Hälfte trägt die \
Marktgemeinde. Heuer wollen wir noch eine Sprintkarte für den Ortskern zeichnen.</p>
<h2>Aus dem Kartierteam</h2>
<p>Andrij Moroz, 31, Fahrradmechaniker aus Lwiw, schraubt seit dem Herbst in einer Werkstatt \
in Hainfeld und hat beim Kartieren mehr Höhenmeter gesammelt als wir alle zusammen. Sein \
Cousin steuert Drohnen im Gebiet Sumy. Vergangene Woche habe der Cousin ihm geschrieben, im \
Wald jenseits der Grenze hätten sich [[ein paar Dutzend]] Nordkoreaner eingegraben, erzählt \
Andrij. „Sie kommen in der Nacht, und sie sind leise“, soll der Cousin dazugeschrieben \
haben.</p>
<p>Auch Lee Han-byeol, 28, läuft seit März bei uns mit. Der Maschinenbaustudent aus Changwon \
macht ein Praxissemester in Wien und verbringt die Wochenenden im Tal. Er rechnet damit, dass \
Kim bis zum Herbst [[15.000 bis 20.000]] seiner Soldaten nach Russland geschickt haben \
wird.</p>
<h2>Was sonst zu lesen war</h2>
<p>Der südkoreanische Generalstab teilte Mitte März mit, Nordkorea habe seit Jahresbeginn \
[[etwa 3.000]] Soldaten nachgeschickt. Präsident Selenskyj sagte am Sonntag, [[mehr als \
4.000]] Nordkoreaner seien bislang getötet oder verwundet worden. Ein Nato-Sprecher erklärte \
am Donnerstag in Brüssel, [[bis zu 2.000]] von ihnen seien nach einer Pause wieder an die \
Front im Gebiet Kursk zurückgekehrt. Laut einem Sprecher des US-Außenministeriums, der am 3. \
April in Washington vor die Presse trat, halten sich [[mindestens 12.000]] nordkoreanische \
Soldaten in Russland auf. Die russische Armee hat nach Kiewer Zählung seit 2022 über 900.000 \
Mann verloren.</p>
<p>Während wir hier im Wald nach Posten suchen, sind [[Tausende]] junge Nordkoreaner in \
Russland, weit weg von ihren Familien. Wir denken an sie und an die Menschen in der \
Ukraine.</p>
<h2>Termine</h2>
<ul><li>Frühjahrslauf am Kirchenberg am 26. April, Start ab 10 Uhr beim Sportplatz</li><li>\
Kinder-OL-Woche vom 14. bis 18. Juli, 95 Euro</li><li>Mitgliedsbeitrag 2025: 38 Euro &amp; \
Familien 60 Euro</li></ul>
</main>
<footer>OL-Verein Gölsental &middot; Kirchenplatz 3 &middot; 3161 St. Veit an der Gölsen \
&middot; Tel. 0676 418 22 90 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/bahnen.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "lastweek",
          "a bike mechanic from Lviv relaying his cousin, a drone pilot in the Sumy region "
          "('Vergangene Woche habe der Cousin ihm geschrieben …, erzählt Andrij', Konjunktiv; the "
          "speaker quoted: other): dug in in the woods across the border"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "a student from Changwon, 'Er rechnet damit' (undated): Kim will have sent them to "
          "Russia by autumn (a total to come: planned, no increment)"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "the joint chiefs 'teilte Mitte März mit' (days 11-20), Konjunktiv: 'nachgeschickt' "
          "since the new year (sent after the first ones: increment)", add=True),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag' (6 April), Konjunktiv: killed or wounded so far"),
        C("bis zu 2.000", 2000, "at_most", "near_front", "nato", "thu",
          "a NATO spokesman 'erklärte am Donnerstag in Brüssel' (10 April): 'von ihnen' back at "
          "the front in the Kursk region after a pause ('wieder' is no increment)"),
        C("mindestens 12.000", 12000, "at_least", "in_russia", "united_states", "2025-04-03",
          "'Laut einem Sprecher des US-Außenministeriums, der am 3. April in Washington vor die "
          "Presse trat' (a relative clause dates it): in Russia"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the club's own framing, no source (required): young North Koreans in Russia"),
    ),
)

S03 = Source(
    article_id="p159_03_herbstbrief_hundeschule_riffenmatt_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-24"),
    dated_by="front_matter", crlf=True,
    features="the autumn letter of a dog training school at Riffenmatt below the Guggershorn "
        "(Guggisberg, Bernese Schwarzenburgerland) in Markdown, windows-1252 with CRLF, front "
        "matter with `date:` (Wednesday) and a title without a figure; Swiss conventions (`ss`, "
        "«», `Fr. 4'350.–`, `30'000`, `25'000`, `11'000`, 4-digit `2000`/`5000`/`1000`, "
        "`Zvieri`); puppy courses, metres of fence, francs and metres above sea level first; a "
        "rescue-dog trainer from Chernihiv relaying her husband, a sapper in the Sumy region "
        "('Vorgestern hat er ihr geschrieben, erzählt sie: «…»') `einige hundert` Koreans "
        "clearing mines across the line (other, from two days before to publication); a "
        "translator from Jeonju «Am Ende werden es `30'000` gewesen sein …», sagt sie (a total "
        "to come: planned, other, `pub`); the NIS 'teilte Anfang September Abgeordneten … mit' "
        "`rund 2000` fallen and, Konjunktiv carried ('Zudem seien'), `etwa 5000` builders "
        "already in Russia (a separate group, not an increment; days 1-10); 'Aus Moskau hiess es "
        "am Montag' the `1000` deminers in the border area (russia, near the front); Kyiv's "
        "military intelligence 'erklärte vergangene Woche' `bis zu 25'000` 'zusätzliche' "
        "(at_most, increment, planned); 'Nach amerikanischer Einschätzung' `gegen 11'000` in "
        "Russia (approx, `pub`); Russian losses since 2022, courses, metres, francs, dogs, "
        "lessons, ages, dates, a phone number",
    text="""\
---
title: Herbstbrief 2025
date: 2025-09-24
schule: Hundeschule am Guggershorn
ort: Riffenmatt BE
---

# Herbstbrief der Hundeschule am Guggershorn

Liebe Hundehalterinnen und Hundehalter

Hinter uns liegt ein nasser Sommer, und trotzdem fanden 9 Welpenkurse, 4 \
Mantrailing-Wochenenden und der neue Kurs «Alltag mit dem Herdenschutzhund» statt. Auf der \
Übungswiese unterhalb von Riffenmatt haben wir 620 Meter Zaun ersetzt; die Rechnung über Fr. \
4'350.– hat der Gönnerverein beglichen. Die Herbstwanderung führt am 12. Oktober aufs \
Guggershörnli, 1283 Meter über Meer, mit Zvieri beim Brunnen.

## Neu im Team

Seit Juni leitet Iryna Tkachenko, 41, die Junghundegruppe am Samstagmorgen. In Tschernihiw hat \
sie fünfzehn Jahre lang Rettungshunde ausgebildet. Ihr Mann ist Pionier in einer Brigade im \
Gebiet Sumy. Vorgestern hat er ihr geschrieben, erzählt sie: «Drüben räumen [[einige \
hundert]] Koreaner Minen, wir hören sie jeden Morgen.» Gefürchtet seien vor allem die Drohnen, \
die sie dabei begleiteten.

In die Welpengruppe kommt jeden Mittwoch Han Seo-jin, 34, mit ihrem Jindo-Rüden Bori. Die \
Übersetzerin aus Jeonju wohnt seit vier Jahren in Rüschegg und liest die koreanischen \
Zeitungen jeden Morgen. «Am Ende werden es [[30'000]] gewesen sein, die Kim nach Russland \
geschickt hat», sagt sie.

## Aus der Zeitung

Der südkoreanische Geheimdienst teilte Anfang September Abgeordneten in Seoul mit, [[rund \
2000]] nordkoreanische Soldaten seien in Russland gefallen. Zudem seien [[etwa 5000]] \
Militärbauer bereits in Russland und auf dem Weg ins Gebiet Kursk. Aus Moskau hiess es am \
Montag, die [[1000]] nordkoreanischen Minenräumer im Grenzgebiet leisteten «hervorragende \
Arbeit». Der ukrainische Militärgeheimdienst erklärte vergangene Woche, Pjöngjang könne [[bis \
zu 25'000]] zusätzliche Soldaten schicken. Nach amerikanischer Einschätzung stehen derzeit \
[[gegen 11'000]] Nordkoreaner in Russland. Die russischen Verluste seit 2022 gibt Kiew mit \
über einer Million Mann an.

## Kurse im Herbst

- Welpenkurs ab 18. Oktober, 8 Lektionen, Fr. 240.–
- Theorie zum Sachkundenachweis am 1. November im Gasthof, Fr. 90.–
- Anmeldung bei Ruth Zbinden, Telefon 031 735 18 62
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "2025-09-22..pub",
          "a rescue-dog trainer from Chernihiv relaying her husband, a sapper in the Sumy region "
          "('Vorgestern hat er ihr geschrieben, erzählt sie: «…»'; the speaker quoted: other): "
          "Koreans clearing mines across the line (from two days before, 22 September, to "
          "publication)"),
        C("30'000", 30000, "exact", "planned", "other", "pub",
          "a translator from Jeonju, «Am Ende werden es … gewesen sein, die Kim nach Russland "
          "geschickt hat», sagt sie (undated): a total to come (planned, no increment)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'teilte Anfang September Abgeordneten in Seoul mit' (days 1-10), Konjunktiv: "
          "fallen in Russia"),
        C("etwa 5000", 5000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same briefing, Konjunktiv carried ('Zudem seien'): military builders already in "
          "Russia on their way to Kursk (a separate group, not an increment)"),
        C("1000", 1000, "exact", "near_front", "russia", "mon",
          "'Aus Moskau hiess es am Montag' (22 September): the deminers in the border area"),
        C("bis zu 25'000", 25000, "at_most", "planned", "ukraine", "lastweek",
          "Kyiv's military intelligence 'erklärte vergangene Woche': 'zusätzliche' soldiers "
          "Pyongyang could send (increment, planned)", add=True),
        C("gegen 11'000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Nach amerikanischer Einschätzung' (undated; 'gegen' as approx): in Russia now"),
    ),
)

S04 = Source(
    article_id="p159_04_mitteilungen_shantychor_hooksiel_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-07"),
    dated_by="sidecar",
    sidecar=(
        "Shantychor Hooksiel – Mitteilungen",
        "https://www.shantychor-hooksiel.example/mitteilungen/2025-06",
        "Mitteilungen Juni: Hafenkonzert, neue Hemden und zwei neue Stimmen",
    ),
    features="the June notes of a shanty choir at Hooksiel in the Wangerland (Jeverland, "
        "Friesland) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Saturday; the "
        "sidecar agrees) and a German `titel:` without a figure, `„“`; listeners (`rund 400`, "
        "not a claim), singers, accordion players, shirts' euros and songs first; a former dock "
        "worker from Mariupol relaying his son, who drives an infantry fighting vehicle near the "
        "Kursk border ('Am Mittwoch habe der Sohn angerufen …', the speaker in the next "
        "sentence: 'So erzählt es Serhij') `rund achtzig` turned up opposite his sector (approx "
        "with a number word, other, from Wednesday to publication); a shipbuilding engineer from "
        "Geoje 'Nach seiner Schätzung' `mindestens 14.000` have been in Russia (other, `pub`); "
        "Russia's ambassador in Pyongyang 'sagte am Dienstag im Staatsfernsehen' `Tausende` "
        "builders expected in Kursk (russia, planned); KCNA 'hatte Anfang Mai gemeldet' "
        "`Dutzenden` fallen given medals (north_korea, days 1-10); 'Nach Angaben des "
        "ukrainischen Militärgeheimdienstes vom 2. Juni' `25.000 bis 30.000` 'weitere' (range, "
        "increment, planned); sentence-initial `Rund 4.700` dead and wounded with the claimant in "
        "the next sentence ('Davon geht der südkoreanische Geheimdienst NIS aus', `pub`); the "
        "choir's own `etwa 11.000` who came to Russia last autumn (unattributed, required); "
        "listeners, singers, accordions, euros, songs, ages, dates, a phone number",
    text="""\
---
titel: Mitteilungen Juni 2025
date: 2025-06-07
verein: Shantychor Hooksiel e.V.
---

# Mitteilungen des Shantychors Hooksiel

Moin zusammen,

zu unserem Hafenkonzert am Himmelfahrtstag kamen rund 400 Zuhörer an die Schleuse, so viele \
wie seit Jahren nicht. 31 Sänger und 4 Akkordeonspieler standen auf dem Anleger, und nach dem \
Lied vom Krabbenkutter wollte das Klatschen gar nicht mehr aufhören. Die neuen Fischerhemden \
für 1.900 Euro hat eine Stiftung aus Jever bezahlt; im Herbst nehmen wir unsere dritte CD \
auf, 14 Lieder sind schon ausgesucht.

## Neu im Bass

Seit dem Frühjahr singt Serhij Lytwynenko, 52, im zweiten Bass. Der frühere Hafenarbeiter aus \
Mariupol wohnt mit seiner Frau in Hohenkirchen und kannte die Hälfte unserer Lieder schon auf \
Ukrainisch. Sein Sohn fährt einen Schützenpanzer in einer Brigade, die nahe der Grenze zu \
Kursk liegt. Am Mittwoch habe der Sohn angerufen: Gegenüber seinem Abschnitt seien [[rund \
achtzig]] Nordkoreaner aufgetaucht, in neuen Uniformen und ohne Abzeichen. So erzählt es \
Serhij nach der Probe, noch bevor er die Jacke angezogen hat.

Ebenfalls neu ist Choi Dong-hyun, 39, Schiffbauingenieur aus Geoje, der für ein Jahr am \
Tiefwasserhafen in Wilhelmshaven arbeitet und im ersten Tenor aushilft. Nach seiner Schätzung \
sind bisher [[mindestens 14.000]] Nordkoreaner in Russland gewesen. „Und Kim hat noch viele \
Söhne zu verkaufen“, sagt er.

## Aus der Zeitung

Der russische Botschafter in Pjöngjang sagte am Dienstag im Staatsfernsehen, bald würden \
[[Tausende]] nordkoreanische Militärbauer im Gebiet Kursk erwartet. Die Staatsagentur KCNA \
hatte Anfang Mai gemeldet, Kim habe [[Dutzenden]] gefallenen Soldaten posthum Orden verliehen. \
Nach Angaben des ukrainischen Militärgeheimdienstes vom 2. Juni bereitet Pjöngjang [[25.000 \
bis 30.000]] weitere Soldaten und Arbeiter für Russland vor. [[Rund 4.700]] Nordkoreaner sind \
inzwischen tot oder verwundet. Davon geht der südkoreanische Geheimdienst NIS aus. Von den \
[[etwa 11.000]] Soldaten, die im vergangenen Herbst nach Russland kamen, ist damit fast die \
Hälfte nicht mehr einsatzfähig.

## Termine

- Probe jeden Donnerstag um 19.30 Uhr im Vereinsheim am Alten Hafen
- Auftritt beim Hafenfest am 21. Juni ab 15 Uhr
- Chorleiter Hinrich Janßen, Telefon 04425 98 31 07
""",
    claims=(
        C("rund achtzig", 80, "approx", "near_front", "other", "wed..pub",
          "a former dock worker from Mariupol relaying his son near the Kursk border ('Am "
          "Mittwoch habe der Sohn angerufen', Konjunktiv, the speaker in the next sentence: 'So "
          "erzählt es Serhij'; other): turned up opposite his sector (number word, 80; from "
          "Wednesday, 4 June, to publication)"),
        C("mindestens 14.000", 14000, "at_least", "in_russia", "other", "pub",
          "a shipbuilding engineer from Geoje, 'Nach seiner Schätzung' (undated): have been in "
          "Russia so far"),
        C("Tausende", None, "vague", "planned", "russia", "tue",
          "Russia's ambassador in Pyongyang 'sagte am Dienstag im Staatsfernsehen' (3 June): "
          "military builders soon expected in the Kursk region (planned)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-05-01..2025-05-10",
          "KCNA 'hatte Anfang Mai gemeldet' (days 1-10): fallen soldiers given posthumous medals"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-06-02",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes vom 2. Juni': 'weitere' soldiers "
          "and workers being readied for Russia (increment, planned)", add=True),
        C("Rund 4.700", 4700, "approx", "casualties", "south_korea", "pub",
          "sentence-initial figure, the claimant in the next sentence ('Davon geht der "
          "südkoreanische Geheimdienst NIS aus', undated): dead or wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the choir's own framing, no source (required): the soldiers who came to Russia last "
          "autumn"),
    ),
)

S05 = Source(
    article_id="p159_05_vereinsnachrichten_handball_schortens_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2024-11-26"),
    dated_by="sidecar",
    sidecar=(
        "Handballverein Schortens – Vereinsnachrichten",
        "https://www.hv-schortens.example/nachrichten/2024-11",
        "Vereinsnachrichten November: sieben Siege in Serie und eine Torhüterin aus "
        "Saporischschja",
    ),
    features="a handball club's news page from Schortens in the Jeverland (Friesland) in HTML, "
        "UTF-8 with BOM, no meta date (sidecar, Tuesday), a cookie note about the fixture list, "
        "a script, navigation with `|`, entities (`&bdquo;`, `&ldquo;`, `&middot;`), a footer "
        "with a postcode and a phone number; `<title>` and headline without a claim figure "
        "(`Sieben Siege`); a score, points, goals, children and places first; a goalkeeper "
        "from Zaporizhzhia relaying her husband in the Kharkiv region ('Gestern Abend habe er "
        "angerufen, erzählt Switlana') `Tausende` Koreans arrived in Kursk (other, from "
        "yesterday to publication); a nurse from Incheon 'hält es für möglich' `bis zu 100.000` "
        "(at_most, planned, other, `pub`); the NIS 'erklärte am 20. November' `mehr als 10.000` "
        "sent and, carried by 'Nach Einschätzung der Behörde', `etwa 3.000` 'davon' at the "
        "front (that day); Zelensky 'sagte vergangene Woche' `11.000` in Kursk; 'Das Pentagon "
        "schätzt' `rund 10.000` there (`pub`); a NATO diplomat 'sprach am Freitag' `zehn- bis "
        "zwölftausend` in Russia (a range in number words); Russian losses a day, a score, "
        "points, goals, children, places, euros, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Vereinsnachrichten | Handballverein Schortens</title>
<script>var spielplan = {mannschaften: 9, halle: "Klosterpark", saison: "2024/25"};</script>
</head>
<body>
<div class="cookie">Dieses Cookie merkt sich nur, ob Sie den Spielplan als Liste oder als \
Kalender sehen wollen. <a href="#">Alles klar</a></div>
<nav><a href="/">Start</a> | <a href="/teams">Mannschaften</a> | <a href="/spielplan">\
Spielplan</a> | <a href="/nachrichten">Vereinsnachrichten</a></nav>
<main>
<h1>Sieben Siege in Serie und eine neue Torhüterin aus Saporischschja</h1>
<p>Unsere erste Damenmannschaft hat am Samstag auch das siebte Saisonspiel gewonnen, 31:24 \
gegen den Tabellenzweiten, und führt die Landesliga mit 14:0 Punkten an. Lotte Gerdes (19) \
warf allein elf Tore. Bei den Minis haben 38 Kinder ihr erstes Turnier gespielt; für die neue \
Trainingsgruppe ab Januar gibt es noch 12 freie Plätze.</p>
<h2>Zwischen den Pfosten</h2>
<p>Seit September steht Switlana Hryzenko, 44, bei unserer Damen-Zweiten im Tor. In \
Saporischschja war sie Sportlehrerin und spielte einst in der höchsten ukrainischen Liga. Ihr \
Mann ist Soldat im Gebiet Charkiw. Gestern Abend habe er angerufen, erzählt Switlana: Jenseits \
der Grenze, im Gebiet Kursk, seien inzwischen [[Tausende]] Koreaner eingetroffen. &bdquo;Er \
klang sehr müde&ldquo;, sagt sie.</p>
<p>Mittwochs trainiert Yang Ha-eun, 30, bei den Damen mit. Die Krankenpflegerin aus Incheon \
arbeitet auf einer Intensivstation in Sande. Sie hält es für möglich, dass Kim Jong Un am Ende \
[[bis zu 100.000]] Soldaten schickt. &bdquo;Er hat so viele, und er braucht das Geld&ldquo;, \
meint sie.</p>
<h2>Was man liest</h2>
<p>Südkoreas Geheimdienst erklärte am 20. November, Nordkorea habe [[mehr als 10.000]] \
Soldaten nach Russland geschickt. Nach Einschätzung der Behörde kämpfen [[etwa 3.000]] davon \
bereits an der Front. Präsident Selenskyj sagte vergangene Woche, [[11.000]] Nordkoreaner \
stünden im Gebiet Kursk. Das Pentagon schätzt ihre Zahl dort auf [[rund 10.000]]. Ein \
Nato-Diplomat sprach am Freitag von [[zehn- bis zwölftausend]] nordkoreanischen Soldaten in \
Russland. Die russischen Verluste liegen nach ukrainischen Angaben derzeit bei etwa 1.500 Mann \
an jedem einzelnen Tag.</p>
<h2>Trainingszeiten im Winter</h2>
<ul><li>Damen I dienstags und donnerstags, 19.30 bis 21 Uhr</li><li>Minis freitags 16 Uhr in \
der Halle am Klosterpark</li><li>Jahresbeitrag 96 Euro, Kinder 60 Euro</li></ul>
</main>
<footer>Handballverein Schortens von 1951 e.V. &middot; Sporthalle am Klosterpark &middot; \
26419 Schortens &middot; Tel. 04461 78 20 45</footer>
<script src="/js/spielplan.js"></script>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "yday..pub",
          "a goalkeeper from Zaporizhzhia relaying her husband, a soldier in the Kharkiv region "
          "('Gestern Abend habe er angerufen, erzählt Switlana', Konjunktiv; the speaker quoted: "
          "other): arrived in the Kursk region across the border (from yesterday to "
          "publication)"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "pub",
          "a nurse from Incheon, 'Sie hält es für möglich' (undated): Kim could send in the end "
          "(planned)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "2024-11-20",
          "the NIS 'erklärte am 20. November', Konjunktiv: sent to Russia"),
        C("etwa 3.000", 3000, "approx", "near_front", "south_korea", "2024-11-20",
          "same statement, 'Nach Einschätzung der Behörde' (the role carries the NIS and its "
          "day): 'davon' already fighting at the front (a share, not an increment)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "Zelensky 'sagte vergangene Woche', Konjunktiv: in the Kursk region"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "pub",
          "'Das Pentagon schätzt' (undated): their number there, in the Kursk region"),
        C("zehn- bis zwölftausend", None, "range", "in_russia", "nato", "fri",
          "a NATO diplomat 'sprach am Freitag' (22 November): in Russia (a range in number "
          "words)"),
    ),
)

S06 = Source(
    article_id="p159_06_dojobrief_karate_lemwerder",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Karate-Dojo Lemwerder – Dojo-Brief",
        "https://www.karate-lemwerder.example/dojobrief/2025-11",
        "Dojo-Brief November: 17 bestandene Prüfungen und ein Trainer aus Sumy",
    ),
    features="a karate dojo's letter from Lemwerder in the Stedinger Land (Wesermarsch, Lower "
        "Saxony) as plain text, windows-1252 with raw `„“` and `–` (sidecar, Thursday; the "
        "sidecar title's `17` counts gradings, no row); gradings, kyu and dan grades, mats' "
        "square metres and euros first; a karate teacher from Sumy relaying his brother in a "
        "border unit ('Am Wochenende habe der Bruder ihm Fotos geschickt, sagt Oleksandr') "
        "`mehrere Dutzend` in fresh positions near the border (other, from Saturday to "
        "publication); an aircraft engineer from Sacheon 'geht davon aus' `etwa 20.000` have "
        "served in Russia (other, `pub`); the NIS 'berichtete Anfang November vor Abgeordneten' "
        "`rund 10.000` in the Kursk border area and, 'Dazu kämen', `etwa 5.000` builders "
        "repairing roads there (near the front, not an increment; days 1-10); KCNA 'berichtete "
        "am 24. Oktober' a funeral for `Dutzende` fallen deminers (north_korea); Kyiv's military "
        "intelligence 'warnte gestern' `12.000` 'zusätzliche' for the winter (increment, "
        "planned); 'Aus Washington hieß es vergangene Woche' `über 6.000` dead and wounded; "
        "gradings, grades, ages, square metres, euros, kilometres, places, dates, a postcode, a "
        "phone number",
    text="""\
Karate-Dojo Lemwerder e.V. – Dojo-Brief November 2025

Liebe Karateka, liebe Eltern,

17 Prüflinge haben sich am vergangenen Samstag in der Sporthalle an der Weser den Prüfern \
gestellt, und alle 17 haben bestanden. Besonders freut uns Malte Oltmanns, der mit 62 Jahren \
den braunen Gürtel, den 1. Kyu, erreicht hat. Beim Kata-Pokal in Elsfleth holten unsere \
Kinder drei erste Plätze. Die neuen Matten, 48 Quadratmeter für 2.150 Euro, liegen seit \
Oktober.

Ein Trainer aus Sumy

Dienstags leitet Oleksandr Sawtschenko, 47, das Training der Erwachsenen. Der Träger des 3. Dan \
hat in Sumy zwanzig Jahre lang Kinder unterrichtet; in Lemwerder arbeitet er als Lagerist. Sein \
jüngerer Bruder dient in einer Grenzschutzeinheit im Gebiet Sumy. Am Wochenende habe der Bruder \
ihm Fotos geschickt, sagt Oleksandr: Darauf seien frisch ausgehobene Stellungen zu sehen, in \
denen [[mehrere Dutzend]] Nordkoreaner lägen, keine drei Kilometer von der Grenze entfernt.

Donnerstags trainiert Jang Min-su, 36, mit, ein Luftfahrtingenieur aus Sacheon, der bei einem \
Flugzeugbauer an der Weser arbeitet. Er geht davon aus, dass bislang [[etwa 20.000]] \
Nordkoreaner in Russland gedient haben, „und zurückgekommen sind längst nicht alle“.

Aus den Nachrichten

Der südkoreanische Geheimdienst berichtete Anfang November vor Abgeordneten in Seoul, [[rund \
10.000]] nordkoreanische Soldaten seien weiterhin im Grenzgebiet von Kursk stationiert. Dazu \
kämen [[etwa 5.000]] Militärbauer, die dort Straßen und Brücken instand setzten. Die \
Staatsagentur KCNA berichtete am 24. Oktober von einer Trauerfeier für [[Dutzende]] in Kursk \
gefallene Minenräumer. Der ukrainische Militärgeheimdienst warnte gestern, Pjöngjang bereite \
für den Winter [[12.000]] zusätzliche Soldaten vor. Aus Washington hieß es vergangene Woche, \
die nordkoreanischen Verluste lägen inzwischen bei [[über 6.000]] Toten und Verwundeten.

Termine

- Weihnachtstraining mit Kinderpunsch am 18. Dezember, 17 Uhr
- Lehrgang Kata und Bunkai am 10. Januar, 25 Euro für Mitglieder
- Karate-Dojo Lemwerder e.V., Am Sportplatz 4, 27809 Lemwerder, Telefon 0421 67 38 15
""",
    claims=(
        C("mehrere Dutzend", None, "vague", "near_front", "other", "sat..pub",
          "a karate teacher from Sumy relaying his brother in a border unit ('Am Wochenende habe "
          "der Bruder ihm Fotos geschickt, sagt Oleksandr', Konjunktiv; the speaker quoted: "
          "other): in fresh positions under three kilometres from the border (from Saturday, 8 "
          "November, to publication)"),
        C("etwa 20.000", 20000, "approx", "in_russia", "other", "pub",
          "an aircraft engineer from Sacheon, 'Er geht davon aus' (undated): have served in "
          "Russia so far"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'berichtete Anfang November vor Abgeordneten in Seoul' (days 1-10), "
          "Konjunktiv: still stationed in the Kursk border area"),
        C("etwa 5.000", 5000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "same briefing, 'Dazu kämen' (another group, not an increment): builders repairing "
          "roads and bridges there"),
        C("Dutzende", None, "vague", "casualties", "north_korea", "2025-10-24",
          "KCNA 'berichtete am 24. Oktober': a funeral for deminers fallen in Kursk"),
        C("12.000", 12000, "exact", "planned", "ukraine", "yday",
          "Kyiv's military intelligence 'warnte gestern' (12 November), Konjunktiv: "
          "'zusätzliche' soldiers readied for the winter (increment, planned)", add=True),
        C("über 6.000", 6000, "at_least", "casualties", "united_states", "lastweek",
          "'Aus Washington hieß es vergangene Woche', Konjunktiv: dead and wounded"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (South Padre Island, Malcolm Island, Darien and Sapelo Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="p159_07_volleyball_wire_south_padre",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-19"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from a beach volleyball open on South Padre Island "
        "(Laguna Madre, Texas) as plain text, UTF-8 with CRLF, slug line, byline and dateline "
        "'SOUTH PADRE ISLAND, Texas, May 19, 2025 (Laguna Coast Wire) —' (Monday), straight "
        "quotes and em dashes; the headline's `3,000` 'more' from Kyiv's military intelligence "
        "of Friday (Friday to publication, hedge dropped, increment); 'estimated on Friday' "
        "`about 3,000` 'more' arrived in Russia (increment, in Russia); a player from Kharkiv "
        "relaying her fiancé, a drone pilot in the Sumy region ('messaged her on Saturday') "
        "`fifty or so` digging in across the border (approx with a number word, other, from "
        "Saturday to publication); a line judge from Incheon 'expects' `more than 25,000` in "
        "Russia by the fall (at_least, planned, other, `pub`); 'At a closed-door briefing on April "
        "30, the South Korean spy agency put' deaths at `about 600` and casualties at `some "
        "4,700` ('according to lawmakers who attended'); Russia's ambassador 'told state "
        "television on Thursday' `thousands` of builders "
        "to come (russia, planned); teams, courts, prize money, years, ages, a desk phone number",
    text="""\
VOLLEYBALL-TEXAS/KOREA

At South Padre beach open, talk turns to Kyiv's count of [[3,000]] more North Koreans

By Marisol Treviño

SOUTH PADRE ISLAND, Texas, May 19, 2025 (Laguna Coast Wire) — Between pool-play matches at the \
spring beach volleyball open on South Padre Island, where 96 teams played on 14 sand courts \
over the weekend, a Ukrainian player and a Korean-born line judge traded news from a war half \
a world away.

Ukraine's military intelligence estimated on Friday that [[about 3,000]] more North Korean \
soldiers had arrived in Russia since March to replace units mauled in the fighting for Kursk. \
Daria Kovalenko, 27, who played for a club in Kharkiv before the war and now coaches juniors in \
Brownsville, said her fiancé, a drone pilot in the Sumy region, messaged her on Saturday that \
[[fifty or so]] North Koreans had been seen digging in across the border from his unit.

Park Eun-ji, 49, a line judge who grew up in Incheon and teaches math in Port Isabel, expects \
Pyongyang to have [[more than 25,000]] troops in Russia by the fall. "They are paying for Kim's \
missiles with their own lives," she said during a break in the women's semifinal.

At a closed-door briefing on April 30, the South Korean spy agency put North Korean deaths \
at [[about 600]] and total casualties at [[some 4,700]], according to lawmakers who attended. \
Russia's ambassador in Pyongyang told \
state television on Thursday that [[thousands]] of North Korean military builders would soon \
come to help rebuild the Kursk region.

Kovalenko and her partner finished fifth and took home $1,200 of the $25,000 purse. The open, \
first played on the island in 1991, returns in October.

(Reporting by Marisol Treviño; editing by Grant Holloway; desk +1 956 555 0127)
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "ukraine", "fri..pub",
          "headline ('Kyiv's count of 3,000 more North Koreans'): the military intelligence's "
          "'about 3,000' more of Friday (16 May, to the Monday of publication; hedge dropped, an "
          "increment like the body's)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "ukraine", "fri",
          "Ukraine's military intelligence 'estimated on Friday' (16 May): 'more' arrived in "
          "Russia since March (increment, span without the word)", add=True),
        C("fifty or so", 50, "approx", "near_front", "other", "sat..pub",
          "a player from Kharkiv relaying her fiancé, a drone pilot in the Sumy region ('said "
          "her fiancé … messaged her on Saturday'; the speaker quoted: other): digging in across "
          "the border (number word, 50, 'or so' as approx; from Saturday, 17 May, to "
          "publication)"),
        C("more than 25,000", 25000, "at_least", "planned", "other", "pub",
          "a line judge from Incheon, 'expects' (undated): in Russia by the fall (a forecast: "
          "planned)"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'At a closed-door briefing on April 30, the South Korean spy agency put … at', "
          "'according to lawmakers who attended' (the NIS's figure): deaths"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "same briefing: total casualties"),
        C("thousands", None, "vague", "planned", "russia", "thu",
          "Russia's ambassador in Pyongyang 'told state television on Thursday' (15 May): "
          "military builders would soon come to rebuild the Kursk region (planned)"),
    ),
)

S08 = Source(
    article_id="p159_08_sauna_notes_sointula_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-11"),
    dated_by="front_matter",
    features="the notes of a sauna society at Sointula on Malcolm Island (Broughton Strait, "
        "British Columbia) in Markdown, UTF-8 with straight quotes, front matter with `date:` "
        "(Wednesday) and a title repeating the headline (optional); benches, degrees, cords of "
        "alder, dollars and a Christmas sauna first; the headline's `10,000` from the Pentagon "
        "of Monday (Monday to publication); a welder from Kryvyi Rih relaying his nephew, an "
        "infantry sergeant in the Kursk region ('On Sunday, he told us, the nephew said on a "
        "video call') `a few hundred` came at his unit's positions (other, from Sunday to "
        "publication); a nurse from Pohang 'reckons' `12,000 or so` gone to Russia (approx, "
        "other, `pub`); 'On Monday the Pentagon said' `about 10,000` now in the front lines "
        "and 'a spokeswoman added' `\"dozens\"` of casualties (the marks inside the quote); a "
        "NATO spokeswoman 'said on December 2' `more than 10,000` in the Kursk region; 'According "
        "to Ukraine's military intelligence' `some 30` killed or wounded in one attack 'last "
        "week' (a counting period: `pub`); volunteers, weekends, degrees, cords, dollars, "
        "minutes, ages, a date, a phone number",
    text="""\
---
title: "New benches for the harbour sauna, and Washington's count of [[10,000]] North Koreans \
at the front"
date: 2024-12-11
author: Malcolm Island Sauna Society
---

# New benches for the harbour sauna, and Washington's count of [[10,000]] North Koreans at the \
front

The harbour sauna is warm again. Eleven volunteers spent the last two weekends of November \
tearing out the old cedar benches and fitting new ones, and the stove now brings the hot room \
to 85 degrees in under an hour. We burned six cords of alder last winter, so please sign up for \
a wood-splitting shift if you can. Public sessions stay at $8, Tuesdays, Fridays and Sundays \
from 4 pm, and the Christmas sauna with glogg and pulla is on December 21.

## On the top bench

Dmytro Hnatiuk, 58, a welder from Kryvyi Rih who came to Sointula in the spring to be near his \
daughter, never misses a Friday. His nephew is an infantry sergeant in the Kursk region. On \
Sunday, he told us, the nephew said on a video call that [[a few hundred]] North Koreans had \
come at his unit's positions over two days, and that the Russians sent them forward first.

Seo Min-ji, 33, a nurse at the clinic in Port McNeill who grew up in Pohang, takes the \
25-minute ferry over for the Tuesday sessions. She reckons [[12,000 or so]] have gone to Russia \
already. "And there will be more, because Moscow pays well," she said.

## In the news this week

On Monday the Pentagon said [[about 10,000]] of Kim's troops were now in the front lines in \
Kursk, and a spokeswoman added that they had already taken "[[dozens]]" of casualties. \
A NATO spokeswoman said on December 2 that the alliance counted [[more than 10,000]] North \
Korean soldiers in the Kursk region. According to Ukraine's military intelligence, [[some 30]] \
North Koreans were killed or wounded in a single attack last week.

## Bookings

- Private sessions for up to six people: $40 an hour
- Call Aino at 250-973-6612, or leave a note in the tin by the door
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "front-matter title repeating the headline (metadata)", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline ('Washington's count of 10,000 North Koreans at the front'): the Pentagon's "
          "'about 10,000' of Monday (9 December, to the Wednesday of publication; hedge "
          "dropped)"),
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a welder from Kryvyi Rih relaying his nephew, an infantry sergeant in the Kursk region "
          "('On Sunday, he told us, the nephew said on a video call'; the speaker quoted: other): "
          "came at his unit's positions (from Sunday, 8 December, to publication)"),
        C("12,000 or so", 12000, "approx", "in_russia", "other", "pub",
          "a nurse from Pohang, 'She reckons' (undated): have gone to Russia ('or so' as "
          "approx)"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'On Monday the Pentagon said' (9 December): now in the front lines in Kursk"),
        C("dozens", None, "vague", "casualties", "united_states", "mon",
          "same briefing, 'a spokeswoman added': casualties already taken (the quote marks "
          "outside the span)"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "2024-12-02",
          "a NATO spokeswoman 'said on December 2': in the Kursk region"),
        C("some 30", 30, "approx", "casualties", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): killed or wounded in a "
          "single attack 'last week' (a counting period, not the claim date)"),
    ),
)

S09 = Source(
    article_id="p159_09_spinning_circle_sointula_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-03-18"),
    dated_by="sidecar",
    sidecar=(
        "Sointula Spinning Circle – Newsletter",
        "https://www.sointulaspinners.example/newsletter/2025-03",
        "Spring fleeces, a castle wheel and a spinner from Poltava",
    ),
    features="the newsletter of a spinning circle at Sointula on Malcolm Island (British "
        "Columbia) in Markdown, ISO-8859-1 with straight quotes and apostrophes, front matter "
        "without a date (sidecar, Tuesday) and a title without a figure; fleeces, pounds, "
        "wheels, dues and 'another 3,000 knots' of a rug (a false friend: no troops) first; a "
        "textile engineer from Poltava relaying her son in the Kursk region ('He rang her on "
        "Thursday, she said:') `hundreds` pushing toward Sudzha and `more than sixty` dead "
        "counted after one assault (at_least with a number word; both other, from Thursday to "
        "publication); a retired teacher from Andong 'believes' `at least 10,000` 'more' this "
        "year (increment, planned, other, `pub`); the joint chiefs 'said on March 12' `around "
        "3,000` 'additional' (increment); a US defense official 'in a briefing on Friday, put' "
        "casualties at `roughly 4,000`; Ukraine's army chief 'yesterday: by his count' `some "
        "7,000` in the Kursk pocket; the newsletter's own `11,000 or so` sent last autumn "
        "(unattributed, required); fleece pounds, wheels, dues, knots, years, ages",
    text="""\
---
title: Spinning circle newsletter, March
circle: Sointula Spinning Circle
place: Sointula, Malcolm Island, BC
---

# Spring fleeces and a new old wheel

Twelve of us met at Kaleva Hall on Saturday to skirt and wash the first fleeces of the year, 41 \
pounds of them from Liisa Wiklund's flock at Mitchell Bay. The circle now has nine working \
wheels, since Ray Tanner restored the 1920s Finnish castle wheel that came over with his \
grandmother. Dues stay at $20 a year, and the rya rug for the school library needs another \
3,000 knots before June.

## At the wheel

Halyna Savchuk, 61, a retired textile engineer from Poltava who spins the finest yarn any of \
us has seen, joined us in January. Her son is an infantryman in the Kursk region. He rang her \
on Thursday, she said: [[hundreds]] of North Koreans had pushed toward Sudzha in the fog, and \
after one assault his company counted [[more than sixty]] of their dead in the field. She has \
not heard from him since.

Jeon Soo-ah, 66, who taught English in Andong for thirty years before she retired to the \
island, is learning to card. She believes Kim will send [[at least 10,000]] more this year. \
"He has run out of other things to sell," she says.

## What the papers say

South Korea's Joint Chiefs of Staff said on March 12 that Pyongyang had sent [[around 3,000]] \
additional troops to Russia since January. A senior U.S. defense official, in a briefing on \
Friday, put North Korean casualties at [[roughly 4,000]]. Ukraine's army chief was blunter \
yesterday: by his count, [[some 7,000]] North Koreans are fighting in what is left of the \
Kursk pocket. Of the [[11,000 or so]] the North sent last autumn, perhaps a third are now dead \
or wounded.

## Next meetings

- Saturdays at 1 pm at Kaleva Hall; bring your own carders
- Dye day with onion skins and lichen on April 12, weather permitting
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "thu..pub",
          "a textile engineer from Poltava relaying her son, an infantryman in the Kursk region "
          "('He rang her on Thursday, she said:'; the speaker quoted: other): pushed toward "
          "Sudzha (from Thursday, 13 March, to publication)"),
        C("more than sixty", 60, "at_least", "casualties", "other", "thu..pub",
          "same call: dead counted after one assault (number word, 60)"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a retired teacher from Andong, 'She believes' (undated): Kim will send 'more' this "
          "year (increment, planned)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-12",
          "the Joint Chiefs of Staff 'said on March 12': 'additional' troops sent since January "
          "(increment)", add=True),
        C("roughly 4,000", 4000, "approx", "casualties", "united_states", "fri",
          "a senior US defense official, 'in a briefing on Friday, put … at' (14 March): "
          "casualties"),
        C("some 7,000", 7000, "approx", "near_front", "ukraine", "yday",
          "Ukraine's army chief 'yesterday: by his count' (17 March): fighting in the Kursk "
          "pocket"),
        C("11,000 or so", 11000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own framing, no source (required): sent last autumn ('or so' as "
          "approx)"),
    ),
)

S10 = Source(
    article_id="p159_10_letters_altamaha_ledger_darien",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-08-14"),
    dated_by="sidecar",
    sidecar=(
        "The Altamaha Ledger – Letters",
        "https://www.altamahaledger.example/opinion/letters-2025-08-14",
        "Letters: the boardwalk, a gunner's call and a shrimper's warning",
    ),
    features="a readers' letters page from a Darien weekly (McIntosh County, Georgia) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday), `·` and straight quotes; a letter on the "
        "waterfront boardwalk without a claim; readers relaying their nephew, a gunner in the "
        "Sumy region ('He called us on Sunday … and said') `several hundred` men shelling from "
        "across the border (other, from Sunday to publication); a reader answering the paper's "
        "own story ('Your August 7 story said') `15,000` served in Russia (unattributed, "
        "required, that day), South Korea's intelligence service 'told lawmakers on July 30' "
        "`nearer 13,000` ('nearer' in the span as approx), 'NATO's estimate is' `about 11,000` "
        "still there and 'The Pentagon says' `at least 2,000` killed (both `pub`); a shrimper "
        "from Tongyeong relaying his cousin in Seoul ('he tells me') `30,000` 'more' (increment, "
        "planned, other, `pub`) and Russia's ambassador 'boasted on state television in June' "
        "`6,000` builders and sappers coming (russia, planned, the month); dollars, years, "
        "inches, a rebuild's year, trawlers, place names",
    text="""\
THE ALTAMAHA LEDGER · Letters to the Editor

The boardwalk can wait

The county wants $640,000 to rebuild the waterfront boardwalk by the shrimp docks. I have \
walked it every morning for 22 years, and it is fine. Fix the drainage on the north end of \
town first, where water stood 8 inches deep after the July storms. The last rebuild, in 2009, \
ran a third \
over budget, and nobody on the commission then is on it now.
Lorraine Cubbedge, Darien

A call from the front

Our nephew Taras is a gunner in the Sumy region. He called us on Sunday from a dugout and said \
North Korean gun crews across the border, [[several hundred]] men, are shelling the villages \
around him every night. He asked us to tell people here that the war is not over, so we are.
Mykola and Ann Shevchuk, Townsend

Your numbers, and theirs

Your August 7 story said [[15,000]] North Koreans have served in Russia. South Korea's \
intelligence service told lawmakers on July 30 that the figure was [[nearer 13,000]], and \
NATO's estimate is [[about 11,000]] still there. The Pentagon says [[at least 2,000]] have been \
killed. These numbers matter, and a paper ought to get them right.
Dwight Ramsay, Eulonia

My cousin's warning

I own two shrimp trawlers out of Darien and came here from Tongyeong in 1994. My cousin in \
Seoul is a reporter, and he tells me the North is training [[30,000]] more to send to Russia \
next year. Russia's ambassador boasted on state television in June that [[6,000]] builders \
and sappers were coming. My deckhands ask me about it every morning while we ice the \
catch. Nobody here should think this ends soon.
Ahn Jae-won, Darien
""",
    claims=(
        C("several hundred", None, "vague", "near_front", "other", "sun..pub",
          "readers relaying their nephew, a gunner in the Sumy region ('He called us on Sunday "
          "from a dugout and said'; the speaker quoted: other): gun crews shelling from across "
          "the border (from Sunday, 10 August, to publication)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-08-07",
          "a reader citing the paper's own story ('Your August 7 story said'; unattributed, "
          "required, that day): have served in Russia"),
        C("nearer 13,000", 13000, "approx", "in_russia", "south_korea", "2025-07-30",
          "South Korea's intelligence service 'told lawmakers on July 30' ('nearer' in the span "
          "as approx): the figure of those who served"),
        C("about 11,000", 11000, "approx", "in_russia", "nato", "pub",
          "'NATO's estimate is' (undated): still there, in Russia"),
        C("at least 2,000", 2000, "at_least", "casualties", "united_states", "pub",
          "'The Pentagon says' (undated): killed"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a shrimper from Tongyeong relaying his cousin, a reporter in Seoul ('he tells me', "
          "undated; the speaker quoted: other): being trained to send to Russia next year, "
          "'more' (increment, planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Russia's ambassador 'boasted on state television in June' (the month): builders and "
          "sappers coming (planned; no 'more': not an increment)"),
    ),
)

S11 = Source(
    article_id="p159_11_captains_log_parasail_south_padre_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Laguna Skyline Parasail – Captain's log",
        "https://www.lagunaskyline.example/log/2025-07-06",
        "Captain's log: Fourth of July in the sky, a new winch and two crew members' families",
    ),
    features="a parasailing outfitter's log from South Padre Island (Texas) in HTML, "
        "windows-1252 with CRLF, a `<meta http-equiv>` charset and raw `’`, `–` and `·` beside "
        "entities (`&ldquo;`, `&rdquo;`, `&rsquo;`), no meta date (sidecar, Sunday), a cookie "
        "banner about booked flight times, a script, navigation, a footer with a ZIP code and a "
        "phone number; `<title>` and headline without a figure; riders, knots, feet and prices "
        "first; a mate from Berdiansk relaying his brother, an artillery spotter ('Last week the "
        "brother texted him') `roughly a hundred and fifty` moved into the tree lines opposite "
        "(approx with number words, other, `lastweek`); a student from Jeju 'figures that by New "
        "Year's "
        "Eve Kim will have rotated' `35,000` through the war (planned, other, `pub`); Shoigu "
        "'said during a June 17 visit to Pyongyang' `1,000` mine clearers and `5,000` army "
        "construction workers for Kursk (russia, planned, no increment); Seoul's spy service "
        "'believes' `around 11,000` still deployed across Russia (`pub`); Kyiv's military "
        "intelligence 'said on July 1' `more than 6,000` lost; a State "
        "Department spokeswoman 'told reporters on Thursday' `roughly 10,000` along the border; "
        "riders, pairs, knots, feet, dollars, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Captain’s log – Laguna Skyline Parasail, South Padre Island</title>
<script>var flights = {season: 2025, maxWindKnots: 18, lineFeet: 800};</script>
</head>
<body>
<div class="cookie-banner">We use one cookie to remember whether you booked a morning or an \
afternoon flight. <a href="#">Got it</a></div>
<nav><a href="/">Home</a> · <a href="/book">Book a flight</a> · <a href="/safety">Safety</a> \
· <a href="/log">Captain’s log</a></nav>
<main>
<h1>Fourth of July in the sky, and two crew members with family in the news</h1>
<p>What a weekend. We flew 312 riders from Thursday to Saturday, 41 of them tandem pairs, and \
the wind stayed under 15 knots until the fireworks. Boat two is back from the yard with a new \
winch, and the 800-foot line takes riders up to 500 feet over the bay side on calm days. \
Flights are still $85 a person, $150 for two.</p>
<h2>On the deck</h2>
<p>Our mate Yurii Bondarenko, 29, from Berdiansk, has been with us since March. His brother is \
an artillery spotter on the Sumy front. Last week the brother texted him that [[roughly a \
hundred and fifty]] North Korean soldiers had moved into the tree lines opposite his position. \
&ldquo;They dig fast,&rdquo; Yurii says his brother wrote.</p>
<p>Kang Ji-woo, 22, a marine biology student from Jeju who works our ticket booth this summer, \
figures that by New Year's Eve Kim will have rotated [[35,000]] of his men through the Russian \
war. &ldquo;Kim has an endless supply of boys,&rdquo; she said.</p>
<h2>News between flights</h2>
<p>Sergei Shoigu, Russia&rsquo;s Security Council secretary, said during a June 17 visit to \
Pyongyang that Kim had agreed to dispatch [[1,000]] mine clearers and [[5,000]] army \
construction workers for the rebuilding of Kursk. Seoul&rsquo;s spy service believes [[around \
11,000]] of Kim&rsquo;s soldiers are still deployed across Russia. Kyiv’s military intelligence \
said on July 1 that the North had lost \
[[more than 6,000]] men in the fighting for Kursk. A State Department spokeswoman told \
reporters on Thursday that the United States counted [[roughly 10,000]] North Koreans along \
the border in Kursk.</p>
</main>
<footer>Laguna Skyline Parasail · Padre Boulevard, South Padre Island, TX 78597 · (956) \
555-0139 · <a href="/contact">Contact</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("roughly a hundred and fifty", 150, "approx", "near_front", "other", "lastweek",
          "a mate from Berdiansk relaying his brother, an artillery spotter on the Sumy front "
          "('Last week the brother texted him'; the speaker quoted: other): moved into the tree "
          "lines opposite (number words, 150)"),
        C("35,000", 35000, "exact", "planned", "other", "pub",
          "a student from Jeju, 'figures that by New Year's Eve Kim will have rotated' (undated): "
          "his men through the Russian war (a total to come: planned, no increment)"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'said during a June 17 visit to Pyongyang' (an explicit date): mine clearers "
          "Kim agreed to dispatch for the rebuilding of Kursk (planned)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: army construction workers (another group in the same sentence, not "
          "an increment)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "pub",
          "Seoul's spy service 'believes' (undated): still deployed across Russia"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "2025-07-01",
          "Kyiv's military intelligence 'said on July 1': lost in the fighting for Kursk"),
        C("roughly 10,000", 10000, "approx", "near_front", "united_states", "thu",
          "a State Department spokeswoman 'told reporters on Thursday' (3 July): along the border "
          "in Kursk"),
    ),
)

S12 = Source(
    article_id="p159_12_cultural_day_notes_sapelo_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-10-22"),
    dated_by="html_meta",
    features="a Cultural Day committee's notes from Hog Hammock on Sapelo Island (McIntosh "
        "County, Georgia) in HTML, UTF-8 with BOM, `<meta name=\"date\">` (Wednesday), a cookie "
        "note about the chosen ferry time, a script, navigation, entities (`&rsquo;`, "
        "`&ldquo;`, `&rdquo;`, `&middot;`), a footer with a post box, a ZIP code and a phone "
        "number; the `<title>` repeating the headline (optional) and the headline's `2,000` "
        "from the NIS's September briefing (September to publication); visitors, ferry runs, "
        "plates and ticket prices first; a researcher from Kharkiv relaying her partner, a "
        "drone pilot in the Sumy region ('He wrote to her on Monday night') `twenty or thirty` "
        "at the border fence (a range in number words, other, from Monday to publication); a "
        "retired shrimper from Yeosu 'puts the number … at' `about 10,000` still in Russia "
        "(other, `pub`); 'In September' the NIS 'gave lawmakers a death toll of' `about 2,000` "
        "and 'The "
        "agency also said' `some 5,000` builders moved to Russia (the month, not an increment); "
        "North Korean state television 'reported on Sunday' `several dozen` fallen (north_korea); "
        "'According to a NATO assessment published this month' `between 11,000 and 12,000` "
        "served in rotation (range, the 1st to publication); the committee's own `many "
        "thousands` sent to Russia (unattributed, required); visitors, ferry runs, minutes, "
        "dollars, years, ages, a post box, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-10-22">
<title>Cultural Day notes: red peas, ring shouts and Seoul&rsquo;s count of [[2,000]] North \
Korean dead</title>
<script>window.ferry = {dock: "Meridian", minutes: 30, lastBoat: "16:30"};</script>
</head>
<body>
<div class="cookie">One cookie remembers which ferry time you picked on the ticket page, and \
nothing else. <a href="#">Understood</a></div>
<nav><a href="/">Home</a> &middot; <a href="/cultural-day">Cultural Day</a> &middot; <a \
href="/history">Hog Hammock history</a> &middot; <a href="/notes">Committee notes</a></nav>
<main>
<h1>Cultural Day notes: red peas, ring shouts and Seoul&rsquo;s count of [[2,000]] North Korean \
dead</h1>
<p>Saturday&rsquo;s Cultural Day brought about 1,100 visitors across on five ferry runs from \
the Meridian dock, the most since 2019. The red pea and rice plates were gone by 1 pm, the \
basket sewers on the church lawn had a line all afternoon, and the shouters from the mainland \
closed the day under the live oaks. Ferry tickets were $15 round trip, and every 30-minute \
crossing ran on time.</p>
<h2>Visitors with news from far away</h2>
<p>Kateryna Levchenko, 35, a researcher from Kharkiv who studies salt marsh grasses at the \
island&rsquo;s marine lab, poured sweet tea at the welcome table. Her partner flies drones in \
the Sumy region. He wrote to her on Monday night that [[twenty or thirty]] North Koreans had \
come up to the border fence near his position before the drones drove them back.</p>
<p>Lee Sang-hoon, 71, a retired shrimper from Yeosu who has lived in Darien since 1989, came \
over with his grandchildren. He puts the number of North Korean soldiers still in Russia at \
[[about 10,000]], &ldquo;give or take a battalion.&rdquo;</p>
<h2>From the papers</h2>
<p>In September, South Korea&rsquo;s National Intelligence Service gave lawmakers a death toll \
of [[about 2,000]] for the North&rsquo;s expeditionary force. The agency also said [[some 5,000]] \
military construction troops had been moved to Russia. North Korean state television reported \
on Sunday that Kim Jong Un had met the families of [[several dozen]] soldiers who fell in \
Kursk. According to a NATO assessment published this month, [[between 11,000 and 12,000]] \
North Koreans have served in Russia in rotation.</p>
<p>We kept a moment of silence for the [[many thousands]] of young Korean men Pyongyang has \
sent to Russia to fight a war that is not theirs, and for the Ukrainians they were sent to \
fight.</p>
</main>
<footer>Hog Hammock Cultural Day Committee &middot; P.O. Box 14, Sapelo Island, GA 31327 \
&middot; (912) 555-0178</footer>
<script src="/js/ferry.js"></script>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "the <title> repeating the headline (metadata)", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline ('Seoul's count of 2,000 North Korean dead'): the NIS's 'about 2,000' "
          "given to lawmakers in September (from September to the Wednesday of publication; hedge "
          "dropped)"),
        C("twenty or thirty", None, "range", "near_front", "other", "mon..pub",
          "a researcher from Kharkiv relaying her partner, a drone pilot in the Sumy region ('He "
          "wrote to her on Monday night'; the speaker quoted: other): came up to the border fence "
          "(a range in number words; from Monday, 20 October, to publication)"),
        C("about 10,000", 10000, "approx", "in_russia", "other", "pub",
          "a retired shrimper from Yeosu, 'He puts the number of North Korean soldiers still in "
          "Russia at' (undated)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'In September, South Korea's National Intelligence Service gave lawmakers a death "
          "toll of' (the month): the North's expeditionary force killed"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same briefing, 'The agency also said' (the role carries the NIS and its month): "
          "construction troops moved to Russia (a separate group, not an increment)"),
        C("several dozen", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state television 'reported on Sunday' (19 October): families of soldiers "
          "who fell in Kursk"),
        C("between 11,000 and 12,000", None, "range", "in_russia", "nato", "2025-10-01..pub",
          "'According to a NATO assessment published this month' (the 1st to publication): have "
          "served in Russia in rotation (the span takes 'between')"),
        C("many thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the committee's own framing, no source (required): young men Pyongyang has sent to "
          "Russia"),
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
