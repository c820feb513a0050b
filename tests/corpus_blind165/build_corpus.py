"""Build the HUNDRED-AND-SIXTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-seventh corpus, for an honest measurement on articles the extractor has
never met, written in session 18 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
Perchten group's post-season letter from Munderfing in the Mattigtal (Austrian conventions) with a
seamstress from Uman and a care worker from Cheongju, the circular of a forest owners'
association in the Kobernaußerwald with a forwarder driver from Kolomyia and a forester from
Gangneung, a playgroup's letter to parents from Lengnau in the Surbtal (Swiss conventions) with a
playgroup leader from Poltava and a mother from Mokpo, a pontoon-boat club's bulletin from
Mellingen in the Reusstal (Swiss conventions) with a new member from Cherkasy and a boatbuilder
from Tongyeong, a juniper heath friends' circle's letter from Böttingen on the Heuberg with a
lathe operator from Konotop and an engineer from Jecheon, and a green spelt (Grünkern)
co-operative's letter from Höpfingen in the Madonnenländchen with a kiln stoker from Berdychiv and
a restaurant owner from Suncheon; an agency-style wire report from the town meeting on Isle au
Haut with a sternman from Mykolaiv and a store owner from Busan, an Isle au Haut one-room school's
notes to families with an education technician from Chernihiv and a mother from Andong, a readers'
letters page from a Down East weekly on Harkers Island with letters quoting a nephew on the Sumy
front and an uncle in Pohang, a Harkers Island flounder-gigging guide's report with a deckhand
from Pervomaisk and a retired welder from Gimhae, the Saturna Island lamb barbecue committee's
notes with a pit crew volunteer from Zaporizhzhia and a student from Boryeong, and a Saturna
Island photo club's notes with a member from Kamianske and a retired professor from Daegu. Same
file format, marker syntax and labelling conventions as the other corpora (see their READMEs):
every claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind165_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Mattigtal, Kobernaußerwald, Surbtal, Reusstal, Heuberg, Madonnenländchen)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v165_01_perchtenpost_munderfing",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-09"),
    dated_by="dateline", crlf=True,
    features="a Perchten group's post-season letter from Munderfing in the Mattigtal (Innviertel, "
        "Upper Austria) as plain text, windows-1252 with CRLF, straight quotes and '-' (no "
        "sidecar), dated by the place line 'Munderfing, 9. Jänner 2025' (Thursday); Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`, `Larven`, `Raunächte`, `Krampuskränzchen`, "
        "`daheim`); runners, runs, spectators, masks in euros and bells' kilos first ('bis zu "
        "sechs Kilo' is no claim); a seamstress from Uman relaying her brother, a mortar gunner "
        "in the Kursk region ('Am Sonntag habe sie mit ihm telefoniert, erzählt Oksana', "
        "Konjunktiv over two sentences) `an die zweihundert` running at his sector (approx with a "
        "number word) and `etwa vierzig` dead in front of the trenches (both other, from Sunday "
        "to publication); a care worker from Cheongju 'schätzt' `zwanzigtausend` in Russia by "
        "summer (number word, planned, other, `pub`); the South Korean joint chiefs 'teilte am "
        "Montag mit' 'weiterer' `1.500` being readied (span without the word; increment, "
        "planned); Ukraine's military intelligence 'meldete vorgestern' `rund 8.000` in action in "
        "the Kursk region (that day); losses 'laut Washington' 'in die' `Hunderte` (vague, the "
        "span only the word, `pub`); Russia's daily losses, runners, runs, spectators, euros, "
        "kilos, ages, years, meeting dates, a phone number",
    text="""\
Perchtenpost 1/2025 - Mattigtaler Perchtengruppe Munderfing

Munderfing, 9. Jänner 2025

Liebe Perchten, liebe Unterstützerinnen und Unterstützer,

die Raunächte sind vorbei, die Larven hängen wieder im Vereinsraum unter der Volksschule, und die \
Felle trocknen auf dem Dachboden vom Bauhof. Heuer waren wir mit 38 Läuferinnen und Läufern bei \
elf Läufen unterwegs, vom Krampuskränzchen in Schalchen bis zum großen Lauf am Stadtplatz in \
Mattighofen, zu dem laut Veranstalter gut 2.300 Zuschauer gekommen sind. Drei neue Larven aus \
Zirbenholz hat unser Schnitzer Franz Gadermaier fertig, jede um 420 Euro; die Schellen am Gürtel \
wiegen bis zu sechs Kilo.

Die Frau, die unsere Felle flickt

Oksana Melnyk, 44, kam im Frühjahr 2022 aus Uman ins Mattigtal und arbeitet in einer \
Änderungsschneiderei in Mattighofen. Seit dem Herbst näht sie ehrenamtlich die zerrissenen \
Fellkostüme. Ihr jüngerer Bruder ist Granatwerferschütze im Gebiet Kursk. Am Sonntag habe sie mit \
ihm telefoniert, erzählt Oksana. In der Nacht davor seien [[an die zweihundert]] Nordkoreaner in \
langen Reihen durch den Schnee auf seinen Abschnitt zugelaufen, ohne jede Deckung. Am Morgen \
hätten [[etwa vierzig]] von ihnen tot vor den Gräben gelegen. "Er sagt, die laufen einfach weiter, \
auch wenn der Nebenmann umfällt."

Kang Min-seo, 33, stammt aus Cheongju und ist seit zwei Jahren Pflegefachkraft im Seniorenheim. \
Beim Lauf in Lengau ist sie zum ersten Mal mitgegangen, mit einer ausgeborgten Larve. Sie \
schätzt, dass bis zum Sommer [[zwanzigtausend]] Nordkoreaner in Russland stehen werden. "Daheim \
in Korea redet man über nichts anderes", sagt sie.

Was aus Seoul, Kiew und Washington zu hören ist

Der südkoreanische Generalstab teilte am Montag mit, im Norden werde die Verlegung weiterer \
[[1.500]] Soldaten vorbereitet. Der ukrainische Militärgeheimdienst meldete vorgestern, im Gebiet \
Kursk seien derzeit [[rund 8.000]] Nordkoreaner im Einsatz. Die Verluste gingen laut Washington \
schon in die [[Hunderte]]. Die russische Armee verliert nach ukrainischen Angaben seit Wochen \
mehr als 1.500 Mann am Tag.

Termine

- Jahreshauptversammlung am 21. Feber um 19.30 Uhr im Gasthaus Pfaffstätter Hof
- Fellpflege-Nachmittag am 8. März im Vereinsraum, Jause mitbringen
- Obfrau Birgit Hochradl, Telefon 07744 20519
""",
    claims=(
        C("an die zweihundert", 200, "approx", "near_front", "other", "sun..pub",
          "a seamstress from Uman relaying her brother, a mortar gunner in the Kursk region ('Am "
          "Sonntag habe sie mit ihm telefoniert, erzählt Oksana', Konjunktiv; the speaker quoted: "
          "other): ran at his sector in the night before the call ('an die' as approx, number "
          "word 200; from Sunday, 5 January, to publication)"),
        C("etwa vierzig", 40, "approx", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried ('Am Morgen hätten … tot vor den Gräben gelegen'): dead "
          "(number word 40)"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a care worker from Cheongju, 'Sie schätzt' (undated): in Russia by summer (a forecast: "
          "planned; number word)"),
        C("1.500", 1500, "exact", "planned", "south_korea", "mon",
          "the South Korean joint chiefs 'teilte am Montag mit' (6 January): 'die Verlegung "
          "weiterer' soldiers being prepared (increment, planned; span without 'weiterer')",
          add=True),
        C("rund 8.000", 8000, "approx", "near_front", "ukraine", "2025-01-07",
          "Ukraine's military intelligence 'meldete vorgestern' (two days before the Thursday "
          "of publication, 7 January): in action in the Kursk region"),
        C("Hunderte", None, "vague", "casualties", "united_states", "pub",
          "'Die Verluste gingen laut Washington schon in die Hunderte' (undated): losses "
          "('in die Hunderte', the span only the word)"),
    ),
)


S02 = Source(
    article_id="v165_02_rundschreiben_waldbesitzer_kobernausserwald_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-12"),
    dated_by="front_matter",
    features="the circular of a forest owners' association in the Kobernaußerwald (Innviertel, "
        "Upper Austria) from Lengau in Markdown, UTF-8, front matter with `date:` (Wednesday) and "
        "a title without a figure, `„“`; Austrian words (`Feber`, `Jänner`, `heuer`); storm "
        "damage in solid cubic metres, members, hectares, holdings, timber prices, saplings and a "
        "course fee first; a forwarder driver from Kolomyia relaying his son, a drone operator at "
        "the border with the Kursk region ('Vergangene Woche habe ihm der Sohn geschrieben', "
        "Konjunktiv carried, '…, erzählt Wasyl' after the second figure) `ein paar hundert` in "
        "new positions on the Russian side (vague, near the front) and `drei` who surrendered "
        "since New Year (number word, casualties; both other, `lastweek`); a forester from "
        "Gangneung 'geht davon aus' `zehntausend` 'noch einmal' this year (number word, "
        "increment, planned, other, `pub`); the NIS 'erklärte am 27. Feber vor Abgeordneten' "
        "`etwa 3.000` 'nachgeschickt' since January (increment, in Russia) and, 'bezifferte die "
        "Behörde', `rund 4.000` dead and wounded; 'Ende Feber hieß es aus Kiew' `mehrere tausend` "
        "pulled back from the front area (in Russia, days 21-28); NATO 'geht nach Angaben eines "
        "Sprechers davon aus' `mindestens 11.000` 'weiterhin' in Russia (at_least, not an "
        "increment, `pub`); cubic metres, members, hectares, holdings, euros, saplings, years, "
        "ages, dates, a phone number",
    text="""\
---
title: "Rundschreiben März 2025"
date: 2025-03-12
verein: Waldbesitzervereinigung Kobernaußerwald
ort: Lengau
---

# Nach dem Sturm: Schadholz, Käfer und ein Rückefahrer aus Kolomyja

Liebe Mitglieder,

der Sturm vom 3. Feber hat im Kobernaußerwald zwischen Schneegattern und Friedburg rund 14.000 \
Festmeter Fichte geworfen, beinahe so viel, wie sonst in einem ganzen Jahr eingeschlagen wird. \
Unsere 260 Mitglieder bewirtschaften gemeinsam etwa 3.200 Hektar; nach unserer Umfrage sind 71 \
Betriebe betroffen. Das Sägewerk zahlt derzeit 98 Euro je Festmeter für gesundes Blochholz, für \
Käferholz spürbar weniger. Bitte arbeitet das Schadholz bis Ende April auf, bevor der Borkenkäfer \
schwärmt.

## Aus den Rückegassen

Wasyl Hnatjuk, 49, aus Kolomyja fährt seit 2023 den Forwarder unserer Maschinengemeinschaft. In \
den Vorkarpaten hat er drei Jahrzehnte lang Holz gerückt. Sein Sohn steuert Aufklärungsdrohnen an \
der Grenze zum Gebiet Kursk. Vergangene Woche habe ihm der Sohn geschrieben, auf der russischen \
Seite lägen inzwischen [[ein paar hundert]] Nordkoreaner in frisch ausgehobenen Stellungen. Seit \
Neujahr hätten sich in seinem Abschnitt [[drei]] von ihnen ergeben, erzählt Wasyl. Einer habe um \
eine Zigarette gebeten und danach zwei Stunden lang kein Wort gesagt.

Han So-yeon, 38, stammt aus Gangneung an der koreanischen Ostküste und betreut seit fünf Jahren \
als Försterin ein Revier bei Schneegattern. Sie geht davon aus, dass Kim heuer noch einmal \
[[zehntausend]] Mann nach Russland schickt. „Für Pjöngjang ist das ein Handel mit Menschen“, sagt \
sie.

## Was Seoul, Kiew und die Nato melden

Der südkoreanische Geheimdienst NIS erklärte am 27. Feber vor Abgeordneten in Seoul, Pjöngjang \
habe seit Jänner [[etwa 3.000]] Soldaten nachgeschickt. Die Zahl der Toten und Verwundeten \
bezifferte die Behörde auf [[rund 4.000]]. Ende Feber hieß es aus Kiew, [[mehrere tausend]] \
Nordkoreaner seien zur Erholung aus dem Frontgebiet abgezogen worden. Die Nato geht nach Angaben \
eines Sprechers davon aus, dass [[mindestens 11.000]] weiterhin in Russland sind.

## Termine

- Forsttag mit Motorsägenkurs am 5. April beim Forsthaus Schneegattern, Kursbeitrag 60 Euro
- Sammelbestellung: 1.200 Tannen und Eichen für die Sturmflächen, bis 20. März
- Geschäftsstelle Lengau, Telefon 07746 2291
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "lastweek",
          "a forwarder driver from Kolomyia relaying his son, a drone operator at the border "
          "with the Kursk region ('Vergangene Woche habe ihm der Sohn geschrieben', Konjunktiv; "
          "the speaker quoted: other): in freshly dug positions on the Russian side"),
        C("drei", 3, "exact", "casualties", "other", "lastweek",
          "same message, Konjunktiv carried, '…, erzählt Wasyl' after the figure: surrendered in "
          "his sector since New Year (a period, not the claim date; number word)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a forester from Gangneung, 'Sie geht davon aus' (undated): 'noch einmal' this year "
          "(increment, planned; number word)", add=True),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-27",
          "the NIS 'erklärte am 27. Feber vor Abgeordneten': 'seit Jänner … nachgeschickt' "
          "(increment, in Russia; the period is not the claim date)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-27",
          "same briefing, 'bezifferte die Behörde auf' (the service referred back to): dead and "
          "wounded"),
        C("mehrere tausend", None, "vague", "in_russia", "ukraine", "2025-02-21..2025-02-28",
          "'Ende Feber hieß es aus Kiew' (days 21-28): pulled back from the front area to rest "
          "(still in Russia)"),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "nato", "pub",
          "'Die Nato geht nach Angaben eines Sprechers davon aus' (undated): 'weiterhin in "
          "Russland' ('weiterhin' = still, not an increment)"),
    ),
)


S03 = Source(
    article_id="v165_03_elternbrief_spielgruppe_lengnau_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-05-23"),
    dated_by="html_meta",
    features="a playgroup's letter to parents from Lengnau in the Surbtal (canton of Aargau) in "
        "HTML, UTF-8 with BOM, `article:published_time` +02:00 (Friday), a cookie banner about "
        "the registration form, a script, navigation, entities (`&middot;`), a footer with a "
        "postcode and a phone number; Swiss conventions (`ss`, «», `1'200`, `15'000 bis 20'000`, "
        "`2'000`, `10'000`); `<title>` and headline without a figure; children, mornings, francs "
        "and kilometres first; a playgroup leader from Poltava relaying her husband, a gunner at "
        "the border near Sumy ('Am Dienstag habe er ihr eine Sprachnachricht geschickt, erzählt "
        "Halyna:', Konjunktiv) `knapp fünfzig` who took a village on the Russian side (approx "
        "with a number word) and sentence-initial `Zwei` captured (both other, from Tuesday to "
        "publication); a mother from Mokpo «Ich rechne mit `15'000 bis 20'000` Mann bis Ende "
        "Jahr», sagt sie (range, planned, other, `pub`); lawmakers in Seoul after a briefing by "
        "the service 'am Mittwoch' `etwa 2'000` fallen (south_korea); North Korean state "
        "television 'Anfang Mai' Kim before the coffins of `101` (north_korea, days 1-10); the US "
        "State Department 'schätzt' `über 10'000` 'weiterhin' stationed (at_least, `pub`); the "
        "letter's own `Tausenden` sent into a foreign war (unattributed, required); children, "
        "francs, kilometres, groups, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Elternbrief Mai 2025 &middot; Spielgruppe Surbtal</title>
<meta property="article:published_time" content="2025-05-23T08:15:00+02:00">
<script>var gruppen = {montag: 9, mittwoch: 8, freitag: 7};</script>
</head>
<body>
<div class="cookie-banner">Diese Seite setzt ein Cookie, damit das Anmeldeformular Ihre Angaben \
nicht vergisst. <a href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/gruppen">Gruppen</a> &middot; <a \
href="/waldtag">Waldtag</a> &middot; <a href="/elternbrief">Elternbrief</a></nav>
<main>
<h1>Sandkasten, Waldtag und eine Nachricht von der Grenze</h1>
<p>Liebe Eltern</p>
<p>24 Kinder besuchen dieses Jahr unsere Spielgruppe im alten Schulhaus in Lengnau, verteilt auf \
drei Vormittage. Der neue Sandkasten hinter dem Haus hat 1'200 Franken gekostet; die Hälfte hat \
der Frauenverein übernommen. Am Waldtag im Juni wandern wir mit den Kindern zur Feuerstelle \
oberhalb von Tegerfelden, etwa zwei Kilometer, mit Znüni im Rucksack. Der Beitrag bleibt bei 190 \
Franken pro Quartal.</p>
<h2>Aus dem Leiterinnenteam</h2>
<p>Halyna Sydorenko, 35, aus Poltawa leitet seit Januar die Freitagsgruppe. In der Ukraine war sie \
Kindergärtnerin, und inzwischen spricht sie ein erstaunlich gutes Schweizerdeutsch. Ihr Mann ist \
Artillerist an der Grenze bei Sumy. Am Dienstag habe er ihr eine Sprachnachricht geschickt, \
erzählt Halyna: [[knapp fünfzig]] Nordkoreaner hätten in der Nacht ein Dorf auf der russischen \
Seite besetzt, kaum drei Kilometer von seiner Stellung entfernt. [[Zwei]] von ihnen seien am \
Morgen gefangen genommen worden. «Er schreibt mir das, damit ich nicht nur die Schlagzeilen \
lese», sagt sie.</p>
<p>Park Ji-hye, 37, aus Mokpo bringt jeden Mittwoch ihre Tochter Lina. In Korea hat sie \
Sozialarbeit studiert. «Ich rechne mit [[15'000 bis 20'000]] Mann bis Ende Jahr», sagt sie. «Kim \
schickt sie, solange Moskau bezahlt.»</p>
<h2>Was man in der Zeitung liest</h2>
<p>Abgeordnete in Seoul sagten nach einer Unterrichtung durch den Geheimdienst am Mittwoch, [[etwa \
2'000]] nordkoreanische Soldaten seien bisher gefallen. Das Staatsfernsehen des Nordens zeigte \
Anfang Mai Kim Jong Un vor den Särgen von [[101]] Gefallenen. Das US-Aussenministerium schätzt, \
dass [[über 10'000]] weiterhin in Russland stationiert sind. Wir denken an die Mütter der \
[[Tausenden]] jungen Männer, die Kim in einen fremden Krieg geschickt hat.</p>
</main>
<footer>Spielgruppe Surbtal &middot; Schulstrasse 4 &middot; 5426 Lengnau AG &middot; Tel. 056 \
241 17 38 &middot; <a href="/kontakt">Kontakt</a></footer>
<script src="/js/anmeldung.js"></script>
</body>
</html>
""",
    claims=(
        C("knapp fünfzig", 50, "approx", "near_front", "other", "tue..pub",
          "a playgroup leader from Poltava relaying her husband, a gunner at the border near "
          "Sumy ('Am Dienstag habe er ihr eine Sprachnachricht geschickt, erzählt Halyna:', "
          "Konjunktiv; the speaker quoted: other): took a village on the Russian side ('knapp' "
          "as approx, number word 50; from Tuesday, 20 May, to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried: taken prisoner (sentence-initial number word)"),
        C("15'000 bis 20'000", None, "range", "planned", "other", "pub",
          "a mother from Mokpo, «Ich rechne mit … bis Ende Jahr», sagt sie (undated): a "
          "forecast (planned)"),
        C("etwa 2'000", 2000, "approx", "casualties", "south_korea", "wed",
          "'Abgeordnete in Seoul sagten nach einer Unterrichtung durch den Geheimdienst am "
          "Mittwoch' (21 May; the NIS's figure passed on): fallen"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-05-01..2025-05-10",
          "North Korean state television 'zeigte Anfang Mai Kim Jong Un vor den Särgen von' "
          "(days 1-10): fallen"),
        C("über 10'000", 10000, "at_least", "in_russia", "united_states", "pub",
          "'Das US-Aussenministerium schätzt' (undated): 'weiterhin in Russland stationiert' "
          "('weiterhin' = still, not an increment)"),
        C("Tausenden", None, "vague", "in_russia", "unattributed", "pub",
          "the letter's own framing, no source (required): the young men Kim has sent into a "
          "foreign war"),
    ),
)


S04 = Source(
    article_id="v165_04_vereinsblatt_pontoniere_mellingen",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-08-19"),
    dated_by="sidecar",
    sidecar=(
        "Pontonier-Fahrverein Mellingen – Vereinsblatt",
        "https://www.pontoniere-mellingen.example/vereinsblatt/2025-08",
        "Vereinsblatt August 2025: Wettfahren, Hochwasser und ein Neumitglied aus Tscherkassy",
    ),
    features="a pontoon-boat club's bulletin from Mellingen in the Reusstal (canton of Aargau) as "
        "plain text, UTF-16 LE with BOM (sidecar, Tuesday), Swiss conventions (`ss`, «», `5'800`, "
        "`12'000`, `6'000`, `1'000`, `zwischen 11'000 und 13'000`, `30'000`, `dreissig`); the "
        "flood's cubic metres a second, racers, young members, a boat's metres and year, francs "
        "and dues first; a new member from Cherkasy relaying his cousin, a sapper in the Sumy "
        "region ('Am Wochenende habe ihm der Cousin geschrieben …, berichtet Dmytro', Konjunktiv "
        "carried) `etwa 120` laying mines across the border (near the front) and `mehr als "
        "dreissig` fallen since June (at_least with a number word, casualties; both other, "
        "Saturday-Sunday); a boatbuilder from Tongyeong 'vermutet' `höchstens 12'000` "
        "'inzwischen' in Russia (at_most, other, `pub`); Shoigu 'hatte im Juni in Pjöngjang "
        "angekündigt' `6'000` builders and deminers for Kursk (russia, planned, the month); the "
        "claimant after the figure ('Davon seien … bereits in Russland eingetroffen, teilte der "
        "südkoreanische Geheimdienst vergangene Woche mit') `rund 1'000` (a share, not an "
        "increment; in Russia, `lastweek`); 'Kiew zufolge' `zwischen 11'000 und 13'000` ready at "
        "the border (range, `pub`); a NATO official 'sagte am Montag in Brüssel' `bis zu 30'000` "
        "'zusätzliche' by the end of the year (at_most, increment, planned); cubic metres, "
        "racers, metres, years, francs, ages, dates, a phone number",
    text="""\
PONTONIER-FAHRVEREIN MELLINGEN - VEREINSBLATT AUGUST 2025

Wettfahren, Hochwasser und ein Neumitglied aus Tscherkassy

Liebe Pontonierinnen und Pontoniere

Nach dem Hochwasser im Juni, als die Reuss bei Mellingen über 300 Kubikmeter pro Sekunde führte, \
konnten wir erst Mitte Juli wieder aufs Wasser. Am Sektionswettfahren vom 9. August sind 52 \
Fahrerinnen und Fahrer gestartet, 14 davon Jungpontoniere. Für die Reparatur unseres ältesten \
Holzweidlings, zehn Meter lang und Baujahr 1968, hat der Vorstand 5'800 Franken gesprochen. Der \
Jahresbeitrag bleibt bei 80 Franken, für Jugendliche bei 30.

Ein Neumitglied aus Tscherkassy

Dmytro Kowal, 29, ist in Tscherkassy am Dnipro aufgewachsen und steht seit dem Frühling bei uns \
im Weidling. Mit Stachel und Ruder ist er schon geschickter als mancher Alteingesessene. Sein \
Cousin ist Pionier im Gebiet Sumy. Am Wochenende habe ihm der Cousin geschrieben, drüben auf der \
russischen Seite lege eine Kompanie von [[etwa 120]] Nordkoreanern neue Minenfelder an, berichtet \
Dmytro. Seit Juni seien in seinem Abschnitt [[mehr als dreissig]] von ihnen gefallen, die meisten \
durch Drohnen.

Choi Woo-jin, 52, aus Tongyeong baut in Stetten Holzboote und hat uns im Frühjahr beim Abdichten \
der Weidlinge geholfen. Er vermutet, dass inzwischen [[höchstens 12'000]] Nordkoreaner in \
Russland sind. «Viele wurden heimgeschickt, die Verwundeten zuerst», sagt er.

Was in den Zeitungen steht

Russlands Sicherheitsratssekretär Sergei Schoigu hatte im Juni in Pjöngjang angekündigt, [[6'000]] \
Militärbauer und Minenräumer aus Nordkorea würden ins Gebiet Kursk kommen. Davon seien [[rund \
1'000]] bereits in Russland eingetroffen, teilte der südkoreanische Geheimdienst vergangene Woche \
mit. Kiew zufolge stehen [[zwischen 11'000 und 13'000]] Nordkoreaner an der Grenze zur Ukraine \
bereit. Ein Nato-Vertreter sagte am Montag in Brüssel, Pjöngjang könne bis Jahresende [[bis zu \
30'000]] zusätzliche Soldaten schicken.

Agenda

- Herbstfahrt am 13. September, Abfahrt 8 Uhr beim Fahrhaus
- Chlausabend am 6. Dezember im Fahrhaus
- Präsident: Urs Meier-Strebel, Telefon 056 491 28 63
""",
    claims=(
        C("etwa 120", 120, "approx", "near_front", "other", "sat..sun",
          "a new member from Cherkasy relaying his cousin, a sapper in the Sumy region ('Am "
          "Wochenende habe ihm der Cousin geschrieben …, berichtet Dmytro', Konjunktiv; the "
          "speaker quoted: other): a company laying new minefields on the Russian side "
          "(Saturday-Sunday, 16-17 August)"),
        C("mehr als dreissig", 30, "at_least", "casualties", "other", "sat..sun",
          "same message, Konjunktiv carried: fallen in his sector since June (a period, not the "
          "claim date; number word with Swiss 'ss')"),
        C("höchstens 12'000", 12000, "at_most", "in_russia", "other", "pub",
          "a boatbuilder from Tongyeong, 'Er vermutet' (undated): in Russia by now ('höchstens' "
          "as at_most)"),
        C("6'000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'hatte im Juni in Pjöngjang angekündigt' (the month): builders and deminers to "
          "come to the Kursk region (an announcement without 'weitere': not an increment)"),
        C("rund 1'000", 1000, "approx", "in_russia", "south_korea", "lastweek",
          "the claimant after the figure ('Davon seien … bereits in Russland eingetroffen, "
          "teilte der südkoreanische Geheimdienst vergangene Woche mit'): arrived in Russia (a "
          "share of the 6'000, not an increment)"),
        C("zwischen 11'000 und 13'000", None, "range", "near_front", "ukraine", "pub",
          "'Kiew zufolge' (undated): ready at the border with Ukraine (the span takes "
          "'zwischen')"),
        C("bis zu 30'000", 30000, "at_most", "planned", "nato", "mon",
          "a NATO official 'sagte am Montag in Brüssel' (18 August): 'zusätzliche' soldiers "
          "Pyongyang could send by the end of the year (increment, planned)", add=True),
    ),
)


S05 = Source(
    article_id="v165_05_heidebrief_wacholderheide_boettingen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-08"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Wacholderheiden Heuberg – Heidebrief",
        "https://www.wacholderheiden-heuberg.example/heidebrief/herbst-2025",
        "Heidebrief Herbst 2025: Silberdisteln, Schafe und eine Stimme aus Konotop",
    ),
    features="a juniper heath friends' circle's letter from Böttingen on the Heuberg (Swabian "
        "Jura, Tuttlingen district) in HTML, ISO-8859-1 with raw umlauts and quotes only as "
        "entities (`&bdquo;`, `&ldquo;`, `&middot;`), no meta date (sidecar, Wednesday), a cookie "
        "note about the work-party sign-up, a script, navigation, a footer with a postcode and a "
        "phone number; `<title>` and headline without a figure; helpers, saplings, hectares, "
        "sheep, goats and metres first; a lathe operator from Konotop relaying her son-in-law, a "
        "radio operator in an artillery brigade at the border with the Kursk region ('Am "
        "Montagabend habe er angerufen, erzählt Natalija', Konjunktiv) `Hunderte` of gunners "
        "firing across the border (vague, near the front, other, from Monday to publication; 'an "
        "die 400 Granaten' in the same sentence is no claim); an engineer from Jecheon 'hält es "
        "für realistisch' `25.000` who will have served in rotation by spring (planned, other, "
        "`pub`); 'Laut Südkoreas Geheimdienst' `etwa 2.000` fallen (`pub`) and 'Anfang September "
        "hatte die Behörde gemeldet' 'weitere' `6.000` builders and deminers moved into the Kursk "
        "region (span without the word; increment, near the front, days 1-10); a Pentagon "
        "spokesman 'sagte am Freitag' `mehr als 10.000` 'noch' in Russia (at_least; 'noch' not an "
        "increment); 'Nach Einschätzung des ukrainischen Generalstabs' `rund 11.000` at the "
        "borders of Sumy and Kharkiv (`pub`); North Korean state television 'Ende August' `rund "
        "hundert` fallen honoured (approx with a number word, north_korea, days 21-31); helpers, "
        "saplings, hectares, sheep, goats, metres, shells, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Heidebrief Herbst 2025 &middot; Freundeskreis Wacholderheiden Heuberg</title>
<script>var einsatz = {datum: "25.10.", treffpunkt: "Wanderparkplatz", helfer_max: 60};</script>
</head>
<body>
<div id="cookie-hinweis">Ein Cookie speichert nur Ihre Anmeldung zum Pflegeeinsatz. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/heiden">Unsere Heiden</a> &middot; <a \
href="/termine">Termine</a> &middot; <a href="/heidebrief">Heidebrief</a></nav>
<main>
<h1>Silberdisteln, Schafe und ein Anruf von der Grenze</h1>
<p>Liebe Freundinnen und Freunde der Heide,</p>
<p>der Sommer auf dem Heuberg war trocken, und die Silberdisteln am Hang oberhalb von Böttingen \
haben so üppig geblüht wie seit Jahren nicht. Beim Pflegeeinsatz im März haben 45 Helferinnen und \
Helfer rund 1.400 junge Kiefern und Schlehen aus unseren neun Hektar Heide gezogen, damit der \
Wacholder wieder Licht bekommt. Die Wanderschäferei zieht im Oktober mit etwa 300 Schafen und 20 \
Ziegen über die Flächen. Auf über 900 Metern Höhe ist das Herbstwetter launisch, also bitte feste \
Schuhe mitbringen.</p>
<h2>Aus unserem Kreis</h2>
<p>Natalija Fedorenko, 51, aus Konotop kam vor drei Jahren nach Gosheim und arbeitet dort in einer \
Dreherei. Seit dem Frühjahr schneidet sie bei jedem Einsatz mit. Ihr Schwiegersohn ist Funker in \
einer Artilleriebrigade an der Grenze zum Gebiet Kursk. Am Montagabend habe er angerufen, erzählt \
Natalija. Von der russischen Seite schössen inzwischen [[Hunderte]] nordkoreanische Artilleristen \
über die Grenze, an manchen Tagen schlügen an die 400 Granaten in ihrem Abschnitt ein. \
&bdquo;Am Telefon macht er trotzdem Witze über das Essen&ldquo;, sagt Natalija.</p>
<p>Kwon Dae-hyun, 45, aus Jecheon ist Entwicklungsingenieur bei einem Werkzeughersteller in \
Wehingen und kennt jeden Wacholder am Hang beim Namen. Er hält es für realistisch, dass bis zum \
Frühjahr [[25.000]] Nordkoreaner im Wechsel in Russland gedient haben werden.</p>
<h2>Was gemeldet wird</h2>
<p>Laut Südkoreas Geheimdienst sind seit Beginn des Einsatzes [[etwa 2.000]] Nordkoreaner \
gefallen. Anfang September hatte die Behörde gemeldet, Pjöngjang habe weitere [[6.000]] \
Bausoldaten und Minenräumer in das Gebiet Kursk verlegt. Ein Sprecher des Pentagons sagte am \
Freitag, es seien [[mehr als 10.000]] noch in Russland. Nach Einschätzung des ukrainischen \
Generalstabs stehen [[rund 11.000]] an den Grenzen zu Sumy und Charkiw. Das Staatsfernsehen in \
Pjöngjang zeigte Ende August Kim bei einer Feier für [[rund hundert]] Gefallene.</p>
</main>
<footer>Freundeskreis Wacholderheiden Heuberg e.V. &middot; Kirchstraße 7 &middot; 78583 \
Böttingen &middot; Telefon 07429 3318</footer>
<script src="/js/anmeldung.js"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "mon..pub",
          "a lathe operator from Konotop relaying her son-in-law, a radio operator at the border "
          "with the Kursk region ('Am Montagabend habe er angerufen, erzählt Natalija', "
          "Konjunktiv; the speaker quoted: other): gunners firing across the border from the "
          "Russian side (from Monday, 6 October, to publication)"),
        C("25.000", 25000, "exact", "planned", "other", "pub",
          "an engineer from Jecheon, 'Er hält es für realistisch' (undated): will have served in "
          "Russia in rotation by spring (a forecast: planned; a total, not an increment)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "pub",
          "'Laut Südkoreas Geheimdienst' (undated): fallen since the deployment began (a period, "
          "not the claim date)"),
        C("6.000", 6000, "exact", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "'Anfang September hatte die Behörde gemeldet' (the service referred back to; days "
          "1-10): 'weitere' builders and deminers moved into the Kursk region (increment; span "
          "without 'weitere')", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "fri",
          "a Pentagon spokesman 'sagte am Freitag' (3 October): 'noch in Russland' ('noch' = "
          "still, not an increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Generalstabs' (undated): at the borders of the "
          "Sumy and Kharkiv regions"),
        C("rund hundert", 100, "approx", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state television 'zeigte Ende August Kim bei einer Feier für' (days "
          "21-31): fallen (number word 100)"),
    ),
)


S06 = Source(
    article_id="v165_06_genossenschaftsbrief_gruenkern_hoepfingen_md",
    language="de", fmt="md", encoding="cp1252", published=day("2024-11-21"),
    dated_by="sidecar",
    sidecar=(
        "Grünkerngenossenschaft Madonnenländchen – Genossenschaftsbrief",
        "https://www.gruenkern-madonnenlaendchen.example/brief/2024-4",
        "Genossenschaftsbrief 4/2024: Ernte, Darre und 10.000 Soldaten aus Nordkorea",
    ),
    features="a green spelt (Grünkern) co-operative's letter from Höpfingen in the "
        "Madonnenländchen (Neckar-Odenwald district) in Markdown, windows-1252 with raw `„“`, "
        "front matter without a date (sidecar, Thursday) and a title repeating the headline "
        "(optional); the sidecar title carries the figure too (metadata, no row); growers, "
        "tonnes, kilns, per cent, the price per kilo and festival visitors first; the headline's "
        "`10.000` from the NIS of 13 November (hedge dropped, to publication); a kiln stoker from "
        "Berdychiv relaying her brother, a tank crewman in the Kursk region ('Vorgestern habe er "
        "ihr geschrieben', „…“, erzählt Olha) `mehrere hundert` moved into villages behind the "
        "Russian line (vague, other, from two days before to publication); a restaurant owner "
        "from Suncheon 'glaubt' `bis zu 100.000` Kim could send in the end (at_most, planned, "
        "other, `pub`); the NIS 'hatte am 13. November erklärt' `mehr als 10.000` in Russia; a US "
        "State Department spokesman 'sagte am Montag' `rund 11.000` gathered in the Kursk region; "
        "'Am Wochenende meldete der ukrainische Militärgeheimdienst HUR' `Dutzende` killed "
        "(Saturday-Sunday); the co-operative's own `Tausende` sent into the war (unattributed, "
        "required); growers, tonnes, per cent, euros, visitors, ages, dates, a phone number",
    text="""\
---
title: „Ernte, Darre und [[10.000]] Soldaten aus Nordkorea“
autor: Vorstand der Grünkerngenossenschaft Madonnenländchen
ausgabe: Genossenschaftsbrief 4/2024
---

# Ernte, Darre und [[10.000]] Soldaten aus Nordkorea

Liebe Genossinnen und Genossen,

die Grünkernernte ist eingebracht. 38 Erzeugerbetriebe zwischen Höpfingen, Hardheim und Walldürn \
haben in diesem Sommer rund 420 Tonnen Dinkel halbreif gedroschen und in unseren drei Darren über \
Buchenholzfeuer getrocknet. Daraus sind etwa 180 Tonnen Grünkern geworden, gut zehn Prozent mehr \
als im Vorjahr. Der Auszahlungspreis steigt auf 6,80 Euro je Kilo. Zum Grünkernfest im Juli kamen \
trotz Gewitter knapp 1.200 Besucher.

## An der Darre

Olha Tkatschuk, 42, aus Berdytschiw heizt seit dem vergangenen Jahr die große Darre in Höpfingen \
und weiß inzwischen genau, wann der Rauch richtig riecht. Ihr Bruder fährt einen Panzer im Gebiet \
Kursk. Vorgestern habe er ihr geschrieben, in die Dörfer hinter der russischen Linie seien \
[[mehrere hundert]] Nordkoreaner eingezogen. „Er sagt, die graben Tag und Nacht“, erzählt Olha.

Jung Sang-woo, 59, aus Suncheon führt in Buchen ein kleines koreanisches Lokal und kauft seit \
Jahren unseren Grünkern für seine Suppen. Er glaubt, dass Kim am Ende [[bis zu 100.000]] Soldaten \
schicken könnte. „In Pjöngjang zählt ein Menschenleben wenig“, sagt er.

## Was aus Seoul, Washington und Kiew gemeldet wird

Der südkoreanische Geheimdienst hatte am 13. November erklärt, [[mehr als 10.000]] \
nordkoreanische Soldaten seien inzwischen in Russland, ein Teil kämpfe bereits. Ein Sprecher des \
US-Außenministeriums sagte am Montag, [[rund 11.000]] seien im Gebiet Kursk zusammengezogen \
worden. Am Wochenende meldete der ukrainische Militärgeheimdienst HUR die ersten Toten: \
[[Dutzende]] Nordkoreaner seien bei Artilleriebeschuss ums Leben gekommen. Wir beten in der \
Wallfahrtskirche für die [[Tausende]] junger Männer, die Kim in diesen Krieg schickt, und für ihre \
Gegner.

## Termine

- Generalversammlung am 12. Dezember um 19 Uhr im Gasthaus „Zum Ochsen“ in Höpfingen
- Darrenführungen für Schulklassen nach Absprache, Telefon 06283 4470
""",
    claims=(
        C("10.000", 10000, "exact", "in_russia", "south_korea", "2024-11-13..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("10.000", 10000, "exact", "in_russia", "south_korea", "2024-11-13..pub",
          "headline: the NIS figure of the body ('hatte am 13. November erklärt, mehr als "
          "10.000'), that day to publication, hedge dropped: in Russia"),
        C("mehrere hundert", None, "vague", "near_front", "other", "2024-11-19..pub",
          "a kiln stoker from Berdychiv relaying her brother, a tank crewman in the Kursk region "
          "('Vorgestern habe er ihr geschrieben', '…, erzählt Olha'; the speaker quoted: other): "
          "moved into the villages behind the Russian line (from two days before the Thursday "
          "of publication, 19 November, to publication)"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "pub",
          "a restaurant owner from Suncheon, 'Er glaubt' (undated): Kim could send in the end "
          "(planned)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "2024-11-13",
          "the NIS 'hatte am 13. November erklärt': in Russia by now"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "mon",
          "a US State Department spokesman 'sagte am Montag' (18 November): gathered in the "
          "Kursk region"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "sat..sun",
          "'Am Wochenende meldete der ukrainische Militärgeheimdienst HUR' (16-17 November): "
          "killed by artillery fire"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the co-operative's own framing, no source (required): the young men Kim sends into "
          "this war"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Isle au Haut, Harkers Island, Saturna Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v165_07_town_meeting_wire_isle_au_haut",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-03"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the annual town meeting on Isle au Haut (Penobscot "
        "Bay, Maine) as plain text, UTF-8 with CRLF, slug line, byline and dateline 'ISLE AU "
        "HAUT, Maine, March 3, 2025 (Penobscot Bay Wire) —' (Monday), straight quotes and em "
        "dashes; voters, residents, the budget in dollars and a vote count first; the headline's "
        "`3,000` 'new' troops from the spy agency of last Thursday (increment, hedge dropped, "
        "Thursday to publication); a sternman from Mykolaiv relaying his brother, an artillery "
        "spotter in the Kursk region ('texted him on Sunday that', 'Lysak said' after the quote) "
        "`roughly 400` back in the line (other, from Sunday to publication); a store owner from "
        "Busan 'figures' `at least 15,000` by now (at_least, other, `pub`); South Korea's "
        "intelligence agency 'told lawmakers last Thursday' `about 3,000` 'more' since January "
        "(increment, in Russia) and, 'It put the North's casualties at', `some 4,000` (the agency "
        "referred back to by 'It'); Ukraine's military intelligence 'said on Friday' `several "
        "thousand` back at the Kursk front; 'Washington estimates' `11,000 to 12,000` remaining "
        "(range, `pub`); voters, residents, dollars, a vote, minutes, fares, pupils, years, ages, "
        "a newsroom phone number",
    text="""\
TOWN MEETING-MAINE/KOREA

At Isle au Haut's town meeting, talk of a brother at the front and Seoul's [[3,000]] new North \
Korean troops

By Caleb Thurlow

ISLE AU HAUT, Maine, March 3, 2025 (Penobscot Bay Wire) — Forty-one of this island's 73 \
year-round residents packed the town hall on Saturday for the annual town meeting, approving a \
$1.46 million budget, a new float for the mailboat landing and, by a vote of 31 to 9, a study of \
a second power cable to the mainland.

Between warrant articles, the talk drifted to the war in Ukraine. Bohdan Lysak, 38, a sternman \
who came to the island from Mykolaiv in 2023, said his brother, an artillery spotter in the Kursk \
region, texted him on Sunday that [[roughly 400]] North Koreans had moved back into the line \
opposite his battery. "They were gone for a month. Now they are back, and they have learned to \
hide from the drones," Lysak said.

Yuna Beal, 62, who was born in Busan and has kept the island store for 20 years, figures \
Pyongyang has sent [[at least 15,000]] men to Russia by now. "My cousins in Seoul hear the same \
thing," she said.

South Korea's intelligence agency told lawmakers last Thursday that the North had shipped [[about \
3,000]] more troops to Russia since January. It put the North's casualties at [[some 4,000]] \
killed and wounded. Ukraine's military intelligence said on Friday that units totalling [[several \
thousand]] men had returned to the Kursk front after weeks of retraining. Washington estimates \
[[11,000 to 12,000]] North Koreans remain in Russia.

The mailboat crossing takes 45 minutes and a round trip costs $22. The island school has seven \
pupils this year.

(Reporting by Caleb Thurlow; editing by Nora Pike; newsroom +1 207 555 0148)
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline ('Seoul's 3,000 new North Korean troops'): the spy agency's figure of the "
          "body ('told lawmakers last Thursday', 27 February), Thursday to publication, hedge "
          "dropped: 'new' troops sent on top (increment, in Russia)", add=True),
        C("roughly 400", 400, "approx", "near_front", "other", "sun..pub",
          "a sternman from Mykolaiv relaying his brother, an artillery spotter in the Kursk "
          "region ('texted him on Sunday that', 'Lysak said'; the speaker quoted: other): moved "
          "back into the line opposite his battery (from Sunday, 2 March, to publication)"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a store owner from Busan, 'figures' (undated): sent to Russia by now"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "South Korea's intelligence agency 'told lawmakers last Thursday' (27 February): "
          "'more' troops shipped since January (increment; the period is not the claim date)",
          add=True),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'It put the North's casualties at' (the agency referred back to): "
          "killed and wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "fri",
          "Ukraine's military intelligence 'said on Friday' (28 February): returned to the Kursk "
          "front"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "pub",
          "'Washington estimates' (undated): remain in Russia"),
    ),
)


S08 = Source(
    article_id="v165_08_school_notes_isle_au_haut_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-12"),
    dated_by="html_meta",
    features="the notes to families of the one-room school on Isle au Haut (Penobscot Bay, Maine) "
        "in HTML, windows-1252 with a `<meta http-equiv>` charset and raw curly quotes and "
        "apostrophes, `<meta name=\"date\">` (Thursday), a cookie note about the snow-day policy, "
        "a script, navigation, entities (`&middot;`), a footer with a ZIP code and a phone "
        "number; `<title>` and headline without a figure; students, cords of oak, the pageant's "
        "date and time and the science fund's dollars first; an education technician from "
        "Chernihiv relaying her husband, an infantryman in the Kursk region ('On Tuesday night he "
        "sent her a voice message:') `at least a hundred` attacking (at_least with a number word, "
        "near the front) and `four` killed by one drone (number word, casualties; both other, "
        "from Tuesday to publication); a mother from Andong 'expects' 'another' `10,000` by "
        "spring (span without the word; increment, planned, other, `pub`); Zelensky 'said on "
        "Monday that the North's dead and wounded … now numbered' `more than 3,000`; a Pentagon "
        "spokesman 'said in a briefing last week … and put their number … at' `about 11,000` in "
        "Kursk; Rutte 'said on November 28' `over 10,000` sent 'by then' (at_least, not an "
        "increment); the school's own `thousands` of teenagers (unattributed, required); "
        "students, cords, dollars, grades, times, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="date" content="2024-12-12">
<title>Schoolhouse Notes &middot; Isle au Haut Rural School</title>
<script>var pageant = {date: "Dec 19", time: "6 pm", place: "town hall"};</script>
</head>
<body>
<div class="cookie-note">We keep one cookie to remember whether you have read the snow-day \
policy. <a href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/calendar">Calendar</a> &middot; <a \
href="/lunch">Lunch menu</a> &middot; <a href="/notes">Schoolhouse notes</a></nav>
<main>
<h1>Woodstove weather and a pageant in the works</h1>
<p>Dear families,</p>
<p>Our seven students, kindergarten through eighth grade, have been reading around the woodstove \
since the first cold snap, and we are grateful to the two families who split and stacked three \
cords of oak for us in November. The winter pageant is on December 19 at 6 p.m. in the town hall. \
The science fund now stands at $600, enough for the small telescope the older students keep \
asking about; the mailboat will bring it over before the holidays if the weather holds.</p>
<h2>From Ms. Moroz</h2>
<p>Liliia Moroz, 33, our education technician, taught second grade in Chernihiv before the war. \
Her husband is an infantryman in the Kursk region. On Tuesday night he sent her a voice message: \
the North Koreans had come at his company’s positions with [[at least a hundred]] men, and \
[[four]] of them were killed by a single drone before they reached the tree line. “He tells me \
these things so I know he is still himself,” she said.</p>
<p>Ahn Seo-jin, 40, whose son Min is in fourth grade, grew up in Andong. She expects Kim to send \
another [[10,000]] soldiers by spring. “They will call it friendship,” she said at pickup.</p>
<h2>In the news this week</h2>
<p>President Zelensky said on Monday that the North's dead and wounded in the Kursk region now \
numbered [[more than 3,000]]. A Pentagon spokesman said in a briefing last week that the \
North Koreans were now in combat, and he put the number of them around Kursk at [[about 11,000]]. \
NATO’s secretary general, Mark Rutte, said on November 28 that Pyongyang had by then sent [[over \
10,000]] troops to Russia. We think often of the [[thousands]] of teenagers Kim has sent into \
someone else’s war.</p>
</main>
<footer>Isle au Haut Rural School &middot; PO Box 3, Isle au Haut, ME 04645 &middot; (207) \
555-0163</footer>
<script src="/js/calendar.js"></script>
</body>
</html>
""",
    claims=(
        C("at least a hundred", 100, "at_least", "near_front", "other", "tue..pub",
          "an education technician from Chernihiv relaying her husband, an infantryman in the "
          "Kursk region ('On Tuesday night he sent her a voice message:'; the speaker quoted: "
          "other): came at his company's positions (number word 100; from Tuesday, 10 "
          "December, to publication)"),
        C("four", 4, "exact", "casualties", "other", "tue..pub",
          "same message: killed by a single drone (number word)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a mother from Andong, 'She expects' (undated): 'another' to be sent by spring "
          "(increment, planned; span without 'another')", add=True),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky 'said on Monday that the North's dead and wounded in the Kursk region now "
          "numbered' (9 December): killed or wounded"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "lastweek",
          "a Pentagon spokesman 'said in a briefing last week … and put their number in the "
          "Kursk region at': in the Kursk region"),
        C("over 10,000", 10000, "at_least", "in_russia", "nato", "2024-11-28",
          "Rutte 'said on November 28': sent to Russia 'by then' (a total, not an increment)"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the school's own framing, no source (required): teenagers Kim has sent into someone "
          "else's war"),
    ),
)


S09 = Source(
    article_id="v165_09_letters_core_sound_crier",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "The Core Sound Crier – Letters",
        "https://www.coresoundcrier.example/opinion/letters-2025-06-26",
        "Letters: the bridge lights, a nephew on the Sumy front and an uncle in Pohang",
    ),
    features="a readers' letters page from a Down East weekly on Harkers Island (Core Sound, "
        "Carteret County, North Carolina) as plain text, ISO-8859-1 (sidecar, Thursday), straight "
        "quotes and hyphens; a letter on the bridge lights without a claim; readers relaying "
        "their nephew, a drone pilot on the Sumy front ('He wrote to us last week that') `about "
        "80` gunners dug in across the river (near the front) and `six` taken prisoner (number "
        "word, casualties; both other, `lastweek`); a reader answering the paper's own story "
        "('Your June 19 story said') `2,000` killed (unattributed, required, that day), "
        "'According to South Korea's spy agency, which briefed lawmakers this month,' `closer to "
        "4,700` dead and wounded (approx; the 1st to publication) and Shoigu 'told his hosts in "
        "Pyongyang on June 17' `1,000` sappers and `5,000` builders for Kursk (russia, planned); "
        "a reader relaying her uncle, a retired South Korean marine in Pohang ('He thinks', "
        "undated) `as many as 30,000` who will have served by the end of the year (at_most, "
        "planned, other, `pub`); lights, cars, the bridge's year, ages, years",
    text="""\
THE CORE SOUND CRIER - LETTERS TO THE EDITOR

Turn the bridge lights back on

Fourteen of the lights on the Harkers Island bridge have been dark since the April storm. More \
than 2,000 cars cross that bridge on a summer day, and after sundown the men walking out to fish \
from the causeway cannot see the edge. The bridge went up in 1971. It deserves better than this.
Wilma Guthrie, Harkers Island

A nephew on the Sumy front

My wife's sister's boy, Andrii, flies drones for a Ukrainian brigade on the Sumy front. He wrote \
to us last week that [[about 80]] North Korean gunners had dug in across the river from his \
position, and that [[six]] of them had been taken prisoner in a single night raid. He is 24 and \
was studying to be a veterinarian. His picture is on our refrigerator.
Cecil and Oksana Willis, Marshallberg

Count them right

Your June 19 story said [[2,000]] North Koreans had been killed in Russia. That was Seoul's number \
from the spring. According to South Korea's spy agency, which briefed lawmakers this month, the \
dead and wounded are now [[closer to 4,700]]. And Sergei Shoigu, who runs Russia's \
security council, told his hosts in Pyongyang on June 17 that [[1,000]] North Korean sappers and \
[[5,000]] military builders would go to the Kursk region. Get the numbers right, or leave them out.
Harold Lewis, Harkers Island

My uncle in Pohang

My mother's brother retired from the South Korean marines and still lives in Pohang. He writes \
me long letters on thin blue paper. He thinks that by the end of the year [[as many as 30,000]] \
North Koreans will have served in Russia, "because Kim sends them in shifts, like a cannery."
Grace Yeo Davis, Straits
""",
    claims=(
        C("about 80", 80, "approx", "near_front", "other", "lastweek",
          "readers relaying their nephew, a drone pilot on the Sumy front ('He wrote to us last "
          "week that'; the speakers quoted: other): dug in across the river from his position"),
        C("six", 6, "exact", "casualties", "other", "lastweek",
          "same letter from the front, 'and that': taken prisoner in a single night raid (number "
          "word; the raid is not the claim date)"),
        C("2,000", 2000, "exact", "casualties", "unattributed", "2025-06-19",
          "a reader citing the paper's own story ('Your June 19 story said'; unattributed, "
          "required, that day): killed in Russia"),
        C("closer to 4,700", 4700, "approx", "casualties", "south_korea", "2025-06-01..pub",
          "'According to South Korea's spy agency, which briefed lawmakers this month' (the 1st "
          "to publication): dead and wounded ('closer to' as approx)"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu, 'who runs Russia's security council, told his hosts in Pyongyang on June "
          "17': sappers who would go to the Kursk region (planned; no 'more': not an "
          "increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: military builders who would go to the Kursk region"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "a reader relaying her uncle, a retired South Korean marine in Pohang ('He thinks', "
          "undated; the speaker quoted: other): will have served in Russia by the end of the "
          "year ('as many as' as at_most; a forecast: planned)"),
    ),
)


S10 = Source(
    article_id="v165_10_gigging_report_harkers_island_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "Night Heron Gigging Co., Harkers Island – Gigging report",
        "https://www.nightherongigging.example/reports/2025-09-24",
        "Gigging report: fat flounder and a brother's count from the Sumy border",
    ),
    features="a flounder-gigging guide's trip report from Harkers Island (Core Sound, North "
        "Carolina) in Markdown, UTF-8 with BOM, front matter with `date:` as well as the sidecar "
        "(Wednesday; the sidecar is stronger) and a title repeating the headline (optional), "
        "straight quotes; trips, clients, flounder, inches, a tide's time, dollars and knots "
        "first ('no more than 8 knots' is no claim); the headline's `200` from the deckhand's "
        "brother of Sunday (hedge dropped, Sunday to publication); a deckhand from Pervomaisk "
        "relaying his brother, a marine on the Sumy border ('He called Pavlo on Sunday and said') "
        "`nearly 200` in the woods across the border (near the front) and, 'Two days earlier, he "
        "said', `two` who walked out with their hands up (number word, casualties; both other, "
        "from Sunday to publication; the surrender's day is not the claim date); a retired welder "
        "from Gimhae 'reckons' `in the neighborhood of 20,000` cycled through Russia (new here: "
        "'in the neighborhood of' as approx; other, `pub`); the NIS 'estimated in early "
        "September' `about 2,000` dead (days 1-10); KCNA 'said last month' `several hundred` who "
        "died abroad (north_korea, August); a US official 'told reporters yesterday' `roughly "
        "11,000` in the Kursk region; trips, clients, fish, inches, times, dollars, knots, ages",
    text="""\
---
title: "Gigging report: fat flounder and a brother's count of [[200]] North Koreans"
date: 2025-09-24
guide: Capt. Wade Salter, Night Heron Gigging Co.
---

# Gigging report: fat flounder and a brother's count of [[200]] North Koreans

The water finally cleared after the last northeaster, and the flats off Shell Point lit up like \
a dinner table this week. Six trips, 14 happy clients and 63 flounder over the 15-inch minimum, \
the biggest a 22-inch doormat that Ms. Pruitt from Raleigh stuck on the falling tide at 9:40 p.m. \
A two-hour trip for two people is still $350, lights and gigs included. We idle the skiff at no \
more than 8 knots through the channel, so bring a jacket.

## On the bow light

Pavlo Rudenko, 27, our deckhand since May, grew up in Pervomaisk and learned to fish on the \
Southern Bug. His older brother is a marine on the Sumy border. He called Pavlo on Sunday and said \
[[nearly 200]] North Korean soldiers had moved into the woods across the border from his company. \
Two days earlier, he said, [[two]] of them had walked out of the trees with their hands up. "My \
brother says they were very hungry," Pavlo said, coiling the light cord.

One of our regulars, Kim Tae-ho, 66, a retired shipyard welder from Gimhae, reckons [[in the \
neighborhood of 20,000]] men from the North have cycled through Russia since last fall. "That is \
what the old navy men back home tell each other," he said.

## What the wires say

South Korea's National Intelligence Service estimated in early September that the North had \
lost [[about 2,000]] dead since its troops first arrived. North Korea's state news agency \
KCNA said last month that Kim Jong Un had met the families of [[several hundred]] soldiers who \
died abroad. A US official told reporters yesterday that [[roughly 11,000]] remained in the Kursk \
region.
""",
    claims=(
        C("200", 200, "exact", "near_front", "other", "sun..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("200", 200, "exact", "near_front", "other", "sun..pub",
          "headline ('a brother's count of 200'): the deckhand's brother's figure of the body "
          "('He called Pavlo on Sunday and said nearly 200'), Sunday to publication, hedge "
          "dropped; the speaker quoted: other"),
        C("nearly 200", 200, "approx", "near_front", "other", "sun..pub",
          "a deckhand from Pervomaisk relaying his brother, a marine on the Sumy border ('He "
          "called Pavlo on Sunday and said'; the speaker quoted: other): moved into the woods "
          "across the border (from Sunday, 21 September, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same call, 'Two days earlier, he said': walked out with their hands up (captured; "
          "number word; the surrender's day is not the claim date)"),
        C("in the neighborhood of 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a retired welder from Gimhae, 'reckons' (undated): cycled through Russia since last "
          "fall (new here: 'in the neighborhood of' as approx, in the span)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "the NIS 'estimated in early September' (days 1-10): 'had lost … dead since its troops "
          "first arrived'"),
        C("several hundred", None, "vague", "casualties", "north_korea",
          "2025-08-01..2025-08-31",
          "KCNA 'said last month' (August): families of soldiers who died abroad met by Kim"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "yday",
          "a US official 'told reporters yesterday' (23 September): remained in the Kursk "
          "region"),
    ),
)


S11 = Source(
    article_id="v165_11_barbecue_notes_saturna_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-02"),
    dated_by="front_matter", crlf=True,
    features="the notes of the Saturna Island lamb barbecue committee (southern Gulf Islands, "
        "British Columbia) in Markdown, UTF-16 LE with BOM and CRLF, front matter with `date:` "
        "(Wednesday) and a title without a figure, straight quotes; guests, volunteers, lambs, "
        "plate prices, cords, kilograms and takings first; a pit crew volunteer from Zaporizhzhia "
        "relaying his son, an artillery officer on the Sumy border ('On Monday, … the son texted "
        "him that', 'he wrote') `some 250` in a village on the Russian side (near the front) and "
        "`about thirty` killed in one night (approx with a number word, casualties; both other, "
        "from Monday to publication); a student from Boryeong 'believes' `somewhere around 5,000` "
        "killed or wounded (new here: 'somewhere around' as approx; other, `pub`); South Korea's "
        "spy agency 'said in late June' `up to 6,000` 'more' (at_most, increment, planned, days "
        "21-30); the Kremlin 'said on Friday' builders 'in the' `thousands` to rebuild the Kursk "
        "region (vague, the span only the word, russia, planned); Kyiv's military intelligence "
        "chief 'told a Ukrainian newspaper in an interview out on Sunday' `around 11,000` still "
        "in Russia; 'NATO estimates' `no more than 12,000` (at_most, `pub`); guests, volunteers, "
        "lambs, dollars, cords, kilograms, ages",
    text="""\
---
title: Barbecue committee notes, Canada Day 2025
date: 2025-07-02
committee: Saturna Lamb Barbecue
---

# The pit, the pipers and a message from the Sumy border

Thank you, all of you. By the gate count about 1,300 people came down to Winter Cove for the \
barbecue on Tuesday, most of them off the morning ferries and the water taxi, and 65 volunteers \
kept 24 lambs turning on the iron crosses over the coals from six in the morning. Plates were $28 \
for adults and $12 for children. The pit crew burned through four cords of alder and peeled 140 \
kilograms of potatoes, and the tug-of-war went, once again, to the east end of the island. \
Preliminary takings are $36,000 for the community club.

## At the pit

Yevhen Marchenko, 54, came to Saturna from Zaporizhzhia two years ago and has been on the pit \
crew ever since. His son is an artillery officer on the Sumy border. On Monday, while we were \
digging the fire trench, the son texted him that [[some 250]] North Koreans had taken up positions \
in a village on the Russian side. His battery, he wrote, had killed [[about thirty]] of them in \
one night. "I read it to the crew and then we went back to the fire," Yevhen said.

Lee Ha-eun, 29, a marine biology student from Boryeong who counts orcas for us off East Point, \
believes the North has lost [[somewhere around 5,000]] men killed or wounded. "Families at home \
are told nothing," she said.

## The news from elsewhere

South Korea's spy agency said in late June that Pyongyang could send [[up to 6,000]] more \
engineers and labourers. The Kremlin said on Friday that North Korean builders in the \
[[thousands]] would help rebuild the Kursk region. Kyiv's military intelligence chief told a \
Ukrainian newspaper in an interview out on Sunday that [[around 11,000]] North Koreans were still \
in Russia, and NATO estimates [[no more than 12,000]].
""",
    claims=(
        C("some 250", 250, "approx", "near_front", "other", "mon..pub",
          "a pit crew volunteer from Zaporizhzhia relaying his son, an artillery officer on the "
          "Sumy border ('On Monday, … the son texted him that', 'Yevhen said'; the speaker "
          "quoted: other): took up positions in a village on the Russian side (from Monday, 30 "
          "June, to publication)"),
        C("about thirty", 30, "approx", "casualties", "other", "mon..pub",
          "same message, 'he wrote': killed by his battery in one night (number word 30; the "
          "night is not the claim date)"),
        C("somewhere around 5,000", 5000, "approx", "casualties", "other", "pub",
          "a student from Boryeong, 'believes' (undated): killed or wounded (new here: "
          "'somewhere around' as approx, in the span)"),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "2025-06-21..2025-06-30",
          "South Korea's spy agency 'said in late June' (days 21-30): 'more' engineers and "
          "labourers Pyongyang could send (increment, planned)", add=True),
        C("thousands", None, "vague", "planned", "russia", "fri",
          "the Kremlin 'said on Friday' (27 June): builders 'in the thousands' who would help "
          "rebuild the Kursk region (the span only the word; planned)"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "sun",
          "Kyiv's military intelligence chief 'told a Ukrainian newspaper in an interview out "
          "on Sunday' (29 June): still in Russia ('still', not an increment)"),
        C("no more than 12,000", 12000, "at_most", "in_russia", "nato", "pub",
          "'NATO estimates' (undated): in Russia ('no more than' as at_most)"),
    ),
)


S12 = Source(
    article_id="v165_12_shutter_notes_photo_club_saturna_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Saturna Island Photo Club – Shutter Notes",
        "https://www.saturnaphotoclub.example/notes/2025-11",
        "Shutter Notes: low light at East Point and a grandson's video call",
    ),
    features="a photo club's notes from Saturna Island (southern Gulf Islands, British Columbia) "
        "in HTML, UTF-8, no meta date (sidecar, Friday), a cookie note about the slideshow speed, "
        "a script, navigation, entities (`&ndash;`, `&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`, "
        "`&nbsp;`), a footer with a postcode and a phone number; `<title>` and headline without a "
        "figure; members, frames, an aperture, a shutter speed, entry fees, a lens's millimetres "
        "and the show's date first; a member from Kamianske relaying her grandson, a drone pilot "
        "on the Sumy border ('On a video call on Wednesday he told her that') `up to 60` working "
        "the Russian guns (at_most, near the front, other, from Wednesday to publication); a "
        "retired professor from Daegu ('By his count', undated) `roughly 25,000` who have served "
        "so far (other, `pub`); the NIS ('On Tuesday, Seoul's spy agency informed lawmakers') 'an "
        "additional' `3,000` in training (span without the words; increment, planned); `More than "
        "2,000` killed with the claimant in the next sentence ('That was the estimate a NATO "
        "official gave this month', nato, the 1st to publication); 'U.S. officials put the number "
        "still in Russia at' `close to 11,000` (`pub`); Russia's deputy defence minister "
        "'visiting Pyongyang on Monday, thanked Kim for the' `5,000` builders working in the "
        "Kursk region (russia, near the front; no 'more'); the club's own `thousands` who will "
        "never go home (unattributed, casualties, required); members, frames, f-numbers, seconds, "
        "dollars, millimetres, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Shutter Notes &ndash; Saturna Island Photo Club</title>
<script>window.clubShow = {venue: "Community Hall", opens: "Nov 29", entries: 46};</script>
</head>
<body>
<div class="cookie-consent">This site keeps one cookie so the gallery remembers your slideshow \
speed. <a href="#">Accept</a></div>
<nav><a href="/">Home</a> &middot; <a href="/gallery">Gallery</a> &middot; <a \
href="/outings">Outings</a> &middot; <a href="/notes">Shutter Notes</a></nav>
<main>
<h1>Low light at East Point, and a grandson&rsquo;s video call</h1>
<p>Thirty-one members braved the wind at East Point on the last Saturday of October and between \
them came home with about 1,200 frames of the lighthouse, the sandstone shelves and a pod of \
transient orcas working Boundary Pass. Elsie Gray&rsquo;s shot of the old fog alarm building at \
f/5.6 and 1/15 of a second is the club&rsquo;s pick of the month. The members&rsquo; show opens \
at the community hall on November 29; entries are $15 each, and the club&rsquo;s 400&nbsp;mm lens \
can be signed out for a week at a time.</p>
<h2>Member profile</h2>
<p>Svitlana Hrytsenko, 60, photographed weddings in Kamianske for thirty years before she came to \
the island to live with her daughter. Her grandson flies reconnaissance drones on the Sumy \
border. On a video call on Wednesday he told her that [[up to 60]] North Korean gunners were now \
working the Russian batteries facing his sector. &ldquo;He showed me the pictures from his drone. \
I look at them the way I look at my own, for the light,&rdquo; she said.</p>
<p>Cho Min-kyu, 70, a retired geography professor from Daegu who winters on Saturna, keeps a \
notebook of every figure he reads. By his count, [[roughly 25,000]] North Koreans have served in \
Russia so far.</p>
<h2>Beyond Boundary Pass</h2>
<p>On Tuesday, Seoul&rsquo;s spy agency informed lawmakers that the North was training an \
additional [[3,000]] soldiers for deployment. [[More than 2,000]] North Koreans have \
now been killed. That was the estimate a NATO official gave this month. U.S. officials put the \
number still in Russia at [[close to 11,000]]. Russia&rsquo;s deputy defence minister, visiting \
Pyongyang on Monday, thanked Kim for the [[5,000]] military builders working in the Kursk region. \
Whatever the true count, [[thousands]] of them will never go home.</p>
</main>
<footer>Saturna Island Photo Club &middot; c/o Community Hall, Saturna, BC V0N 2Y0 &middot; \
250-555-0187</footer>
<script src="/js/slideshow.js"></script>
</body>
</html>
""",
    claims=(
        C("up to 60", 60, "at_most", "near_front", "other", "wed..pub",
          "a member from Kamianske relaying her grandson, a drone pilot on the Sumy border ('On a "
          "video call on Wednesday he told her that'; the speaker quoted: other): working the "
          "Russian batteries facing his sector (from Wednesday, 12 November, to publication)"),
        C("roughly 25,000", 25000, "approx", "in_russia", "other", "pub",
          "a retired professor from Daegu, 'By his count' (undated): have served in Russia so "
          "far (a total)"),
        C("3,000", 3000, "exact", "planned", "south_korea", "tue",
          "the NIS ('On Tuesday, Seoul's spy agency informed lawmakers', 11 November): 'an "
          "additional' soldiers in "
          "training for deployment (increment, planned; span without the words)", add=True),
        C("More than 2,000", 2000, "at_least", "casualties", "nato", "2025-11-01..pub",
          "the claimant in the next sentence ('That was the estimate a NATO official gave this "
          "month'; the 1st to publication): killed (sentence-initial)"),
        C("close to 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'U.S. officials put the number still in Russia at' (undated): still in Russia ('close "
          "to' as approx)"),
        C("5,000", 5000, "exact", "near_front", "russia", "mon",
          "Russia's deputy defence minister, 'visiting Pyongyang on Monday, thanked Kim for the' "
          "(10 November): military builders working in the Kursk region (no 'more': not an "
          "increment)"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the club's own framing, no source (required): will never go home"),
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
