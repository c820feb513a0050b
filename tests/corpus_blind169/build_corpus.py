"""Build the HUNDRED-AND-SIXTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-first corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a mountain
run's organisers' circular from Puchberg am Schneeberg (Austrian conventions) with a
physiotherapist from Dnipro and an anaesthetist from Daejeon, a riding school's stable letter from
Maiersdorf at the foot of the Hohe Wand with a riding instructor from Vinnytsia and a mother from
Suwon, a station buffet's guest letter from Göschenen (Swiss conventions) with a kitchen hand from
Chernivtsi and a tour guide from Seoul, a filling station's customer sheet from Wassen in the Urner
Reusstal (Swiss conventions) with a cashier from Kropyvnytskyi and a tunnel engineer from Incheon,
a lawnmower racing club's pit news from Sternenfels in the Stromberg with a welder from Kryvyi Rih
and a service technician from Jinju, and a maypole club's letter from Gerolfingen at the foot of
the Hesselberg with a forester from Zhytomyr and a pharmacist from Gyeongju; an agency-style wire
report from the Thanksgiving road race on St. Simons Island with a nurse from Uzhhorod and a pastor
from the mainland, a St. Simons Island ghost-tour company's notes with a history teacher from Lutsk
and a storyteller from Incheon, a readers' letters page from a Swans Island monthly with letters
quoting a nephew near Sumy and a sister-in-law in Busan, the Swans Island electric co-operative's
member bulletin with a meter reader from Rivne and a retired ship's engineer from Yeosu, a
Put-in-Bay boat yard's haul-out notes with a lift driver from Sumy and a dentist born in Cheonan,
and a Put-in-Bay dive shop's logbook page with a divemaster from Izmail and a student from
Chuncheon. Same file format, marker syntax and labelling conventions as the other corpora (see
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
BASE_NAME = "_blind169_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Schneebergland and Hohe Wand, Göschenen and the Urner Reusstal, Stromberg,
# Hesselberg)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v169_01_rundbrief_schneeberglauf_puchberg",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-06"),
    dated_by="dateline", crlf=True,
    features="the organisers' circular of a mountain run from Puchberg am Schneeberg (Lower "
        "Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the "
        "place line 'Puchberg am Schneeberg, 6. März 2025' (Thursday); Austrian conventions "
        "(`heuer`, `Feber`, `vorige Woche`, `Nennungen`, `eingelangt`, `Helferjause`); the "
        "course's kilometres and metres of climb, entries, the entry fee and helpers first; a "
        "physiotherapist from Dnipro relaying her husband, a mortar gunner in the Kursk region "
        "('Am Sonntag habe er ihr eine lange Nachricht geschickt, erzählt Iryna', Konjunktiv "
        "carried) `rund vierhundert` in fresh trenches opposite (approx with a number word, near "
        "the front) and `sieben` taken prisoner 'In der Woche davor' (number word, casualties; "
        "both other, from Sunday to publication); an anaesthetist from Daejeon who runs every year "
        "'geht davon aus' `mehr als 20.000` will have been in Russia by the end of the year "
        "(at_least, planned, other, `pub`); the NIS 'berichtete am 27. Feber' `rund 3.000` "
        "'zusätzliche' (new here: an explicit date with `Feber`; increment, in Russia); the "
        "Ukrainian general staff 'bezifferte vorige Woche' `etwa 4.000` dead and wounded; the "
        "Pentagon 'hatte Mitte Feber … gesprochen' `mindestens 1.000` fallen (days 11-20); 'Laut "
        "einem Nato-Sprecher' `11.000 bis 12.000` in Russia (range, `pub`); Russia's daily losses, "
        "kilometres, metres, entries, euros, helpers, calves, ages, times, dates, a phone number",
    text="""\
Schneeberglauf Puchberg – Rundbrief 1/2025

Puchberg am Schneeberg, 6. März 2025

Liebe Läuferinnen und Läufer, liebe Helferinnen und Helfer,

heuer starten wir am Samstag, 14. Juni, zum 38. Mal beim Bahnhof Puchberg und laufen hinauf bis \
zum Damböckhaus. An der Strecke ändert sich nichts: 9,6 Kilometer, 1.480 Höhenmeter, die letzten \
zwei Kilometer über Schotter und zwischen Latschen. Seit die Anmeldung Mitte Feber aufgesperrt \
hat, sind 412 Nennungen eingelangt, so viele wie noch nie um diese Jahreszeit. Das Nenngeld \
bleibt bei 38 Euro, die Talfahrt mit der Zahnradbahn ist wie immer dabei. Für die vier \
Labestationen fehlen uns noch rund 25 Freiwillige – bitte meldet euch!

Iryna knetet die Waden

Iryna Sawtschenko, 41, war in Dnipro Physiotherapeutin und lebt seit dem Sommer 2022 mit ihren \
beiden Söhnen in Grünbach. Voriges Jahr hat sie im Zielraum mehr als 150 verkrampfte Waden \
durchgeknetet, heuer bringt sie eine Kollegin mit. Ihr Mann Andrij ist Granatwerferschütze im \
Gebiet Kursk. Am Sonntag habe er ihr eine lange Nachricht geschickt, erzählt Iryna. Seinem \
Abschnitt gegenüber lägen [[rund vierhundert]] Nordkoreaner in frisch ausgehobenen Gräben. In der \
Woche davor habe seine Brigade [[sieben]] von ihnen gefangen genommen, alle mit erfrorenen Zehen. \
„Er schreibt, sie sind blutjung und reden kein Wort“, sagt sie.

Der Stammgast aus Daejeon

Choi Seung-woo, 52, Anästhesist an einem Wiener Spital, ist den Schneeberglauf schon elfmal \
gelaufen; seine Bestzeit liegt bei einer Stunde und zwölf Minuten. Aufgewachsen ist er in \
Daejeon, und was aus dem Norden kommt, verfolgt er genau. Er geht davon aus, dass bis zum \
Jahresende [[mehr als 20.000]] Nordkoreaner in Russland gewesen sein werden. „Kim schickt, \
solange der Kreml zahlt“, meint er.

Was man aus Kursk hört

Der südkoreanische Nachrichtendienst NIS berichtete am 27. Feber vor Abgeordneten in Seoul, \
Pjöngjang habe seit Neujahr [[rund 3.000]] zusätzliche Männer an die russische Seite verlegt. Der \
ukrainische Generalstab bezifferte vorige Woche die nordkoreanischen Verluste auf [[etwa 4.000]] \
Tote und Verwundete. Das Pentagon hatte Mitte Feber von [[mindestens 1.000]] gefallenen \
Nordkoreanern gesprochen. Laut einem Nato-Sprecher in Brüssel halten sich derzeit [[11.000 bis \
12.000]] Soldaten aus Nordkorea in Russland auf. Aus Moskau gibt es dazu weiterhin kein Wort, und \
Russland selbst verliert nach britischen Schätzungen im Schnitt mehr als 1.200 Mann am Tag.

Termine

- Streckenbegehung mit Helferjause: Samstag, 24. Mai, 9 Uhr, Treffpunkt Bahnhof
- Nennschluss: 8. Juni oder bei 600 Nennungen
- Organisationsteam: Obfrau Gerlinde Wagner, Telefon 02636 3317
""",
    claims=(
        C("rund vierhundert", 400, "approx", "near_front", "other", "sun..pub",
          "a physiotherapist from Dnipro relaying her husband, a mortar gunner in the Kursk region "
          "('Am Sonntag habe er ihr eine lange Nachricht geschickt, erzählt Iryna', Konjunktiv "
          "over the next sentences; the speaker quoted: other): in fresh trenches opposite his "
          "sector (number word 400; from Sunday, 2 March, to publication)"),
        C("sieben", 7, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried: taken prisoner by his brigade 'In der Woche davor' "
          "(the event, not the claim date; number word)"),
        C("mehr als 20.000", 20000, "at_least", "planned", "other", "pub",
          "an anaesthetist from Daejeon who runs every year, 'Er geht davon aus' (undated): will "
          "have been in Russia by the end of the year (a forecast total: planned; not an "
          "increment)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-02-27",
          "the NIS 'berichtete am 27. Feber vor Abgeordneten in Seoul' (new here: an explicit date "
          "with the Austrian 'Feber'), Konjunktiv: 'zusätzliche' men moved to the Russian side "
          "since New Year (increment, in Russia; a period, not the claim date)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "the Ukrainian general staff 'bezifferte vorige Woche' (Austrian 'vorige Woche' = last "
          "week): dead and wounded"),
        C("mindestens 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-02-11..2025-02-20",
          "'Das Pentagon hatte Mitte Feber von … gesprochen' (days 11-20): fallen North Koreans"),
        C("11.000 bis 12.000", None, "range", "in_russia", "nato", "pub",
          "'Laut einem Nato-Sprecher in Brüssel' (undated): in Russia now"),
    ),
)


S02 = Source(
    article_id="v169_02_stallbrief_reitschule_maiersdorf_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-26"),
    dated_by="sidecar",
    sidecar=(
        "Reitschule Wandblick, Maiersdorf – Stallbrief",
        "https://www.reitschule-wandblick.example/stallbrief/2024-11",
        "Stallgeflüster aus Maiersdorf",
    ),
    features="a riding school's stable letter from Maiersdorf at the foot of the Hohe Wand (Lower "
        "Austria) in Markdown, UTF-8, front matter without a date (sidecar, Tuesday) and a title "
        "without a figure, a bold deck, `„“`, Austrian words (`übersiedelt`, `Jänner`, `Stüberl`); "
        "school horses, the new hall's metres and euros, lesson prices and pupils first; a riding "
        "instructor from Vinnytsia relaying her brother, a scout in the Kursk region ('Am Freitag "
        "habe er sie angerufen, berichtet Switlana:', Konjunktiv carried) `mehrere hundert` facing "
        "his unit for the first time (vague, near the front) and sentence-initial `Drei` killed in "
        "the first assault (number word, casualties; both other, from Friday to publication); a "
        "mother from Suwon whose letter came 'vergangene Woche' (new here: a private letter dated "
        "by the week it was written → `lastweek`) `bis zu 100.000` Pyongyang could send (at_most, "
        "planned, other); South Korea's defence minister 'sagte Mitte November im Parlament' `etwa "
        "11.000` at the front (days 11-20); 'Ein Sprecher des Pentagons geht von … aus' `mehr als "
        "10.000` in combat (`pub`); Ukraine's military intelligence 'meldete am Wochenende "
        "erstmals' `Dutzende` dead (Saturday to Sunday); Yonhap 'berichtete am Montag unter "
        "Berufung auf Regierungskreise in Seoul' `rund 1.500` 'weitere' special forces (increment, "
        "planned, south_korea); the Kremlin without a figure; horses, metres, euros, pupils, ages, "
        "dates, times, a phone number",
    text="""\
---
title: "Stallgeflüster aus Maiersdorf"
reitschule: Reitschule Wandblick, Maiersdorf
---

# Stallgeflüster aus Maiersdorf

**Winterstall, neue Halle, neue Preise – und zwei Geschichten aus unserer Stallgasse.**

Liebe Reitschülerinnen und Reitschüler, liebe Eltern,

auf der Hohen Wand liegt der erste Schnee, und unsere 14 Schulpferde sind in den Winterstall \
übersiedelt. Die neue Halle ist fertig: 20 mal 40 Meter, mit Flutlicht und Sandboden, gebaut um \
186.000 Euro, ein Drittel davon aus der Landesförderung. Ab Dezember kostet die Gruppenstunde 24 \
Euro, die Einzelstunde 39 Euro. Derzeit reiten 96 Kinder und Jugendliche bei uns, die jüngste ist \
sechs, unser ältester Einsteiger 71.

## Switlana in der Halle

Switlana Martschenko, 36, hat in einem Gestüt bei Winnyzja junge Pferde angeritten und \
unterrichtet seit dem Frühjahr unsere Fortgeschrittenen. Ihr jüngerer Bruder dient als Aufklärer \
in einer Brigade im Gebiet Kursk. Am Freitag habe er sie angerufen, berichtet Switlana: Seit ein \
paar Tagen stünden seiner Einheit zum ersten Mal Nordkoreaner gegenüber, [[mehrere hundert]], gut \
ausgerüstet, aber ohne jede Fronterfahrung. [[Drei]] von ihnen seien beim ersten Sturmversuch ums \
Leben gekommen. Seither dreht Switlana jeden Abend noch eine Runde allein in der Halle, „damit \
der Kopf leer wird“.

## Post aus Wien

Im August war die zwölfjährige Seo-yeon zwei Wochen bei uns im Reitcamp; ihr Vater arbeitet bei \
einer internationalen Organisation in Wien. Ihre Mutter, Lim Hye-jin, 44, stammt aus Suwon und \
hat uns vergangene Woche einen langen Brief geschrieben. Darin rechnet sie damit, dass Pjöngjang \
[[bis zu 100.000]] Mann schicken könnte, sollte der Krieg noch ein Jahr dauern.

## Was gemeldet wird

Südkoreas Verteidigungsminister sagte Mitte November im Parlament in Seoul, [[etwa 11.000]] \
Nordkoreaner stünden inzwischen an der Front im Gebiet Kursk. Ein Sprecher des Pentagons geht von \
[[mehr als 10.000]] aus, die bereits an Kampfhandlungen teilnehmen. Die ukrainische \
Militäraufklärung meldete am Wochenende erstmals [[Dutzende]] Tote auf nordkoreanischer Seite. \
Die Agentur Yonhap berichtete am Montag unter Berufung auf Regierungskreise in Seoul, der Norden \
wolle noch vor Weihnachten [[rund 1.500]] weitere Spezialkräfte schicken. Der Kreml nennt all das \
„Spekulation“.

## Termine

- Adventreiten mit Punsch: Sonntag, 15. Dezember, ab 14 Uhr
- Hallenbelegung im Jänner: Aushang im Stüberl
- Büro: Montag bis Freitag 8 bis 11 Uhr, Telefon 02638 77412
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "fri..pub",
          "a riding instructor from Vinnytsia relaying her brother, a scout in the Kursk region "
          "('Am Freitag habe er sie angerufen, berichtet Switlana:', Konjunktiv; the speaker "
          "quoted: other): facing his unit for the first time (from Friday, 22 November, to "
          "publication)"),
        C("Drei", 3, "exact", "casualties", "other", "fri..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed in the first "
          "assault"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "lastweek",
          "a mother from Suwon, in a letter to the stable written 'vergangene Woche' ('Darin "
          "rechnet sie damit'; new here: a private letter dated by the week it was written → "
          "lastweek): could be sent if the war lasts another year"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "2024-11-11..2024-11-20",
          "South Korea's defence minister 'sagte Mitte November im Parlament in Seoul' (days "
          "11-20), Konjunktiv: at the front in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "pub",
          "'Ein Sprecher des Pentagons geht von … aus' (undated): already taking part in the "
          "fighting"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "sat..sun",
          "Ukraine's military intelligence 'meldete am Wochenende erstmals' (23-24 November): dead "
          "on the North Korean side"),
        C("rund 1.500", 1500, "approx", "planned", "south_korea", "mon",
          "'Die Agentur Yonhap berichtete am Montag unter Berufung auf Regierungskreise in Seoul' "
          "(25 November; an agency citing the government in Seoul → south_korea): 'weitere' "
          "special forces to be sent before Christmas (increment, planned)", add=True),
    ),
)


S03 = Source(
    article_id="v169_03_gaestebrief_bahnhofbuffet_goeschenen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-20"),
    dated_by="html_meta",
    features="a station buffet's summer letter to its guests from Göschenen (canton of Uri) in "
        "HTML, ISO-8859-1 with raw «» and umlauts and dashes only as entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +02:00 (Friday), a cookie note about table "
        "bookings, an opening-hours script, navigation, a footer with a postcode and a phone "
        "number; Swiss conventions (`ss`, «», `1'200`, `15'000`, `1'000`, `5'000`, `11'000`, "
        "`19.50` francs); `<title>` and headline without a figure; the passes, the buffet's year, "
        "seats, francs, cyclists and `zwölf zusätzliche Abstellplätze` (a false friend: bicycle "
        "stands, not a claim) first; a kitchen hand from Chernivtsi relaying her son, a drone "
        "pilot at the Sumy border ('Am Dienstag habe der Sohn ihr per Videoanruf erzählt, …, sagt "
        "Halyna') `einige hundert` moved into new positions (vague, near the front) and "
        "sentence-initial `Elf` killed by drones in one night (number word, casualties; both "
        "other, from Tuesday to publication); a tour guide from Seoul 'meint' `keine 15'000` in "
        "Russia 'insgesamt' (at_most, as `keine 3.000` of an earlier set; in Russia, other, "
        "`pub`); Shoigu 'sagte am Dienstag nach seinem Besuch bei Kim Jong Un' `1'000` deminers "
        "and `5'000` military builders (planned, russia, no 'weitere'); the South Korean joint "
        "chiefs 'teilte am Donnerstag mit, er erwarte' `mehrere tausend` 'weitere' (vague, "
        "increment, planned); 'Laut dem ukrainischen Militärgeheimdienst' `rund 11'000` still in "
        "the border area ('noch' = still, `pub`); passes, years, seats, francs, cyclists, bicycle "
        "stands, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Gästebrief Sommer 2025 &ndash; Bahnhofbuffet Göschenen</title>
<meta property="article:published_time" content="2025-06-20T07:30:00+02:00">
<script>var oeffnungszeiten = {montag: "Ruhetag", dienstagBisSonntag: "06:30-21:00"};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit Sie Ihre Tischreservation nicht zweimal \
eingeben müssen. <a href="#">Einverstanden</a></div>
<nav><a href="/">Buffet</a> &middot; <a href="/karte">Speisekarte</a> &middot; <a \
href="/saal">Saal</a> &middot; <a href="/gaestebrief">Gästebrief</a></nav>
<main>
<h1>Die Pässe sind offen</h1>
<p>Liebe Gäste, liebe Stammtischrunde</p>
<p>Seit dem Wochenende sind Furka und Susten wieder befahrbar, und an unserer Theke wird wieder \
in vier Sprachen bestellt. Das Buffet steht seit 1882 am Bahnhof, und der Saal mit seinen 46 \
Plätzen hat über den Winter neue Vorhänge bekommen. Die Älplermagronen kosten unverändert 19.50 \
Franken, der Kafi Träsch 6.80. An schönen Sonntagen zählen wir am Perron über 1'200 Velofahrer, \
die mit dem Zug zurück ins Unterland wollen; für sie stehen ab Juli zwölf zusätzliche \
Abstellplätze beim alten Güterschuppen bereit.</p>
<h2>Aus der Küche</h2>
<p>Halyna Bojtschuk, 49, stammt aus Czernowitz und rüstet seit zwei Jahren bei uns Gemüse, brät \
die Rösti und schneidet manchmal den Lehrlingen die Haare. Ihr Sohn Taras fliegt Drohnen an der \
Grenze bei Sumy. Am Dienstag habe der Sohn ihr per Videoanruf erzählt, auf der russischen Seite \
seien [[einige hundert]] Nordkoreaner in neue Stellungen eingerückt, sagt Halyna. [[Elf]] von \
ihnen seien in einer einzigen Nacht von Drohnen getötet worden. «Er hat gelacht, als ich ihn nach \
dem Wetter fragte», sagt sie.</p>
<h2>Der Reiseleiter</h2>
<p>Jeden Mittwoch hält der Car einer Reisegruppe aus Seoul für eine Stunde vor dem Buffet. \
Reiseleiter Jung Min-ho, 38, bestellt immer dasselbe: Gerstensuppe und ein Mineralwasser ohne \
Kohlensäure. Er meint, es seien insgesamt [[keine 15'000]] Nordkoreaner in Russland, «aber jeder \
einzelne ist einer zu viel».</p>
<h2>Was in den Zeitungen steht</h2>
<p>Der russische Sicherheitsratssekretär Sergei Schoigu sagte am Dienstag nach seinem Besuch bei \
Kim Jong Un, Nordkorea schicke [[1'000]] Minenräumer und [[5'000]] Militärbauer in die Region \
Kursk. Der südkoreanische Generalstab teilte am Donnerstag mit, er erwarte im Hochsommer \
[[mehrere tausend]] weitere Soldaten aus dem Norden an der Front. Laut dem ukrainischen \
Militärgeheimdienst stehen derzeit noch [[rund 11'000]] Nordkoreaner im russischen \
Grenzgebiet.</p>
<p>Herzliche Grüsse aus der Schöllenen, Ihr Buffetteam Beat und Rita Gisler</p>
</main>
<footer>Bahnhofbuffet Göschenen &middot; 6487 Göschenen &middot; Tel. 041 885 11 07 &middot; <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "tue..pub",
          "a kitchen hand from Chernivtsi relaying her son, a drone pilot at the Sumy border ('Am "
          "Dienstag habe der Sohn ihr per Videoanruf erzählt, …, sagt Halyna', Konjunktiv; the "
          "speaker quoted: other): moved into new positions on the Russian side (from Tuesday, 17 "
          "June, to publication)"),
        C("Elf", 11, "exact", "casualties", "other", "tue..pub",
          "same video call, Konjunktiv carried, sentence-initial number word: killed by drones 'in "
          "einer einzigen Nacht' (a period, not the claim date)"),
        C("keine 15'000", 15000, "at_most", "in_russia", "other", "pub",
          "a tour guide from Seoul, 'Er meint' (undated): in Russia altogether ('keine' = fewer "
          "than, at_most, as 'keine 3.000' of an earlier set; 'insgesamt' is not planned)"),
        C("1'000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'sagte am Dienstag nach seinem Besuch bei Kim Jong Un' (17 June), Konjunktiv: "
          "deminers to be sent to the Kursk region (an announcement without 'weitere': planned, "
          "not an increment)"),
        C("5'000", 5000, "exact", "planned", "russia", "tue",
          "same statement: military builders for the Kursk region"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "thu",
          "'Der südkoreanische Generalstab teilte am Donnerstag mit, er erwarte' (19 June): "
          "'weitere' soldiers at the front in high summer (vague, increment, planned)", add=True),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): still in the Russian border area "
          "('noch' = still, not an increment)"),
    ),
)


S04 = Source(
    article_id="v169_04_kundenblatt_tankstelle_wassen",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-22"),
    dated_by="sidecar",
    sidecar=(
        "Tankstelle und Kiosk Rüttimann, Wassen – Kundenblatt",
        "https://www.tankstelle-ruettimann.example/kundenblatt/2025-01",
        "Schneeketten, Dachboxen und eine Nachricht aus Kursk",
    ),
    features="a filling station's customer sheet from Wassen in the Urner Reusstal (canton of Uri) "
        "as plain text, UTF-16 LE with BOM (sidecar, Wednesday; a sidecar title without a figure); "
        "Swiss conventions (`ss` throughout, «», `9'400`, `12'000 bis 15'000`, `2'700`, `10'000`, "
        "`1.79` francs); the Gotthard road's ski traffic, litres of diesel, snow chains, the price "
        "of petrol and a roof-box rental first; a cashier from Kropyvnytskyi relaying her husband, "
        "a tank driver in the Kursk region ('Gestern früh habe er ihr geschrieben, …, erzählt "
        "Maryna', Konjunktiv carried) `ein paar Dutzend` advancing through the snow 'in der Nacht' "
        "(vague, near the front) and sentence-initial `Zwölf` killed on mines (number word, "
        "casualties; both other, from yesterday to publication); a tunnel engineer from Incheon "
        "'schätzt' `12'000 bis 15'000` in Russia (range, other, `pub`); the NIS 'nannte am 13. "
        "Januar erstmals eigene Zahlen:' `etwa 300` fallen and `2'700` 'weitere' wounded "
        "(Konjunktiv carried across the colon; 'weitere' = others, not an increment); 'Aus "
        "Washington hiess es am Freitag' `unter 10'000` still in action in Kursk (new here: "
        "'unter' as at_most, like 'fewer than'); Peskov without a figure; the station's own "
        "`Tausenden` young North Koreans fighting in Russia (unattributed, near the front, "
        "required); litres, chains, francs, days, years, ages, a postcode, a phone number",
    text="""\
Tankstelle und Kiosk Rüttimann, Wassen – Kundenblatt Januar 2025

Liebe Kundschaft

Der Winter hat die Gotthardstrasse fest im Griff. An den beiden Sonntagen nach Neujahr stand die \
Kolonne Richtung Skigebiet von der Kirche bis hinunter zur Reussbrücke, und wir haben an einem \
einzigen Tag 9'400 Liter Diesel und 214 Paar Schneeketten verkauft. Der Liter Bleifrei kostet \
diese Woche 1.79 Franken. Neu vermieten wir auch Dachboxen, für 25 Franken am Tag oder 120 \
Franken die Woche. Bis Ende Februar bleibt der Kiosk am Montag geschlossen, die Zapfsäulen laufen \
mit Karte rund um die Uhr.

Maryna an der Kasse

Seit dem Herbst steht Maryna Petrenko, 33, aus Kropywnyzkyj an unserer Kasse. Sie war in der \
Ukraine Buchhalterin und spricht inzwischen ein erstaunlich gutes Urnerdeutsch. Ihr Mann fährt \
einen Panzer im Gebiet Kursk. Gestern früh habe er ihr geschrieben, in der Nacht seien [[ein paar \
Dutzend]] Nordkoreaner durch den tiefen Schnee gegen seine Stellung vorgerückt, erzählt Maryna. \
[[Zwölf]] von ihnen seien auf Minen getreten und nicht mehr aufgestanden. «Mehr schreibt er \
nicht, und ich frage auch nicht weiter», sagt sie.

Der Ingenieur aus Incheon

Kim Tae-yang, 46, arbeitet als Ingenieur an der zweiten Röhre des Gotthard-Strassentunnels und \
tankt fast jeden Morgen um halb sechs bei uns, bevor er zur Baustelle fährt. Er schätzt, dass \
derzeit [[12'000 bis 15'000]] Soldaten aus dem Norden in Russland sind. «Genau weiss das nur \
Kim», sagt er und lacht.

Aus der Zeitung

Der Geheimdienst in Seoul nannte am 13. Januar erstmals eigene Zahlen: [[etwa 300]] \
nordkoreanische Soldaten seien gefallen, [[2'700]] weitere verwundet. Aus Washington hiess es am \
Freitag, im Gebiet Kursk seien inzwischen [[unter 10'000]] Nordkoreaner im Einsatz, weil viele \
Verwundete abgezogen worden seien. Kremlsprecher Peskow wollte sich dazu nicht äussern.

Unsere Gedanken sind bei den Familien in der Ukraine, und auch bei den Müttern der \
[[Tausenden]] jungen Nordkoreaner, die in Russland kämpfen müssen.

Tankstelle Rüttimann, Gotthardstrasse 41, 6484 Wassen – täglich 6 bis 21 Uhr – Telefon 041 885 13 62
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "yday..pub",
          "a cashier from Kropyvnytskyi relaying her husband, a tank driver in the Kursk region "
          "('Gestern früh habe er ihr geschrieben, …, erzählt Maryna', Konjunktiv; the speaker "
          "quoted: other): advanced through the snow against his position ('in der Nacht' is the "
          "event; from yesterday, 21 January, to publication)"),
        C("Zwölf", 12, "exact", "casualties", "other", "yday..pub",
          "same message, Konjunktiv carried, sentence-initial number word: stepped on mines and "
          "did not get up"),
        C("12'000 bis 15'000", None, "range", "in_russia", "other", "pub",
          "a tunnel engineer from Incheon, 'Er schätzt' (undated): in Russia now"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Der Geheimdienst in Seoul nannte am 13. Januar erstmals eigene Zahlen:' (Konjunktiv "
          "after the colon): fallen"),
        C("2'700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same figures: '2'700 weitere verwundet' ('weitere' = others, not an increment)"),
        C("unter 10'000", 10000, "at_most", "near_front", "united_states", "fri",
          "'Aus Washington hiess es am Freitag' (17 January), Konjunktiv: still in action in the "
          "Kursk region (new here: 'unter' as at_most, like 'fewer than')"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the filling station's own framing, no source (required): young North Koreans who have "
          "to fight in Russia"),
    ),
)


S05 = Source(
    article_id="v169_05_boxenfunk_rasenmaeherrennclub_sternenfels_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-09-15"),
    dated_by="sidecar",
    sidecar=(
        "Rasenmäher-Rennclub Stromberg e.V. – Boxenfunk",
        "https://www.rmc-stromberg.example/boxenfunk/september-2025",
        "Vollgas auf dem Stoppelfeld",
    ),
    features="a lawnmower racing club's pit news from Sternenfels in the Stromberg (Enz district, "
        "Baden-Württemberg) in HTML, UTF-8 with BOM, no meta date (sidecar, Monday), a cookie "
        "note, a season script with a date, navigation, entities (`&bdquo;`, `&ldquo;`, "
        "`&middot;`, `&ndash;`), a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; drivers, heats, laps, the track's metres, spectators, "
        "horsepower, km/h and the entry fee first; a welder from Kryvyi Rih relaying his son, in a "
        "drone unit at the Sumy border ('Ende August habe der Sohn ihm am Telefon erzählt, …, "
        "berichtet Serhij', Konjunktiv carried) `an die tausend` sappers clearing mines (approx "
        "with a number word, near the front) and sentence-initial `Fünf` killed (number word, "
        "casualties; both other, from the 21st of August to publication); a service technician "
        "from Jinju 'glaubt' 'weitere' `10.000` by Christmas (increment, planned, other, `pub`); "
        "the NIS's findings 'die Anfang September bekannt wurden' `rund 2.000` dead (days 1-10); "
        "KCNA 'berichtete am Donnerstag' Kim honouring `101` fallen (north_korea, casualties); "
        "'Laut dem russischen Verteidigungsministerium' `rund 5.000` military builders in the "
        "Kursk region (russia, near the front, `pub`); 'Das Pentagon schätzt' `zwischen 10.000 und "
        "11.000` in Russia (range, `pub`); drivers, heats, laps, metres, spectators, horsepower, "
        "km/h, euros, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Boxenfunk &ndash; Rasenmäher-Rennclub Stromberg</title>
<script>var saison = {finale: "2025-09-27", strecke: "Sternenfels, Wiese am Sportheim"};</script>
</head>
<body>
<div id="cookies">Ein einziges Cookie merkt sich, dass Sie diesen Kasten gesehen haben. \
<button>Passt</button></div>
<nav><a href="/">Start</a> | <a href="/club">Club</a> | <a href="/rennen">Rennen</a> | <a \
href="/boxenfunk">Boxenfunk</a></nav>
<article>
<h1>Vollgas auf dem Stoppelfeld</h1>
<p>Hallo zusammen,</p>
<p>beim Sommerrennen auf der Wiese hinter dem Sportheim gingen 23 Fahrerinnen und Fahrer an den \
Start, so viele wie noch nie. Gefahren wurden sechs Läufe über je zwölf Runden auf dem 480 Meter \
langen Kurs, und gut 600 Zuschauer standen an den Strohballen. Schnellster war wieder Jonas \
Ehmann, 19, auf seinem umgebauten Aufsitzmäher mit 18 PS, gemessen mit 54 km/h auf der Geraden. \
Das Saisonfinale steigt am 27. September; das Startgeld beträgt 15 Euro, und das Mähwerk muss wie \
immer abmontiert sein.</p>
<h2>Der Mann fürs Schweißen</h2>
<p>Die Rahmen von drei unserer Maschinen hat Serhij Hontscharenko geschweißt, 52, der bis 2022 im \
Stahlwerk von Krywyj Rih gearbeitet hat und heute bei einem Metallbauer in Oberderdingen \
angestellt ist. Sein Sohn gehört zu einer Drohneneinheit an der Grenze bei Sumy. Ende August habe \
der Sohn ihm am Telefon erzählt, auf der russischen Seite räumten [[an die tausend]] \
nordkoreanische Pioniere die Felder von Minen, berichtet Serhij. [[Fünf]] von ihnen seien dabei \
vor der Kamera seiner Drohne in die Luft geflogen. &bdquo;Er sagt, die arbeiten Tag und Nacht, \
ohne Pause&ldquo;, erzählt Serhij.</p>
<h2>Unser Pokalstifter</h2>
<p>Den Pokal fürs Finale stiftet wieder Han Dong-wook, 39, Servicetechniker bei einem Importeur \
koreanischer Kleintraktoren. Er stammt aus Jinju und ist selbst schon zweimal mitgefahren, einmal \
bis ins Halbfinale. Er glaubt, dass Pjöngjang bis Weihnachten weitere [[10.000]] Mann nach \
Russland schickt, &bdquo;weil Moskau für jeden einzelnen bar bezahlt&ldquo;.</p>
<h2>Nachrichten aus dem Krieg</h2>
<p>Nach Erkenntnissen des Geheimdienstes in Seoul, die Anfang September bekannt wurden, sind \
bislang [[rund 2.000]] nordkoreanische Soldaten in Russland ums Leben gekommen. Die Staatsagentur \
KCNA berichtete am Donnerstag, Kim Jong Un habe [[101]] Gefallene posthum mit dem Titel \
&bdquo;Held der Republik&ldquo; geehrt. Laut dem russischen Verteidigungsministerium arbeiten \
[[rund 5.000]] nordkoreanische Militärbauer am Wiederaufbau im Gebiet Kursk. Das Pentagon schätzt \
die Zahl der Nordkoreaner in Russland derzeit auf [[zwischen 10.000 und 11.000]].</p>
</article>
<footer>Rasenmäher-Rennclub Stromberg e.V. &middot; Am Sportplatz 4 &middot; 75447 Sternenfels \
&middot; Tel. 07045 901833</footer>
<script src="/js/nennung.js"></script>
</body>
</html>
""",
    claims=(
        C("an die tausend", 1000, "approx", "near_front", "other", "2025-08-21..pub",
          "a welder from Kryvyi Rih relaying his son, in a drone unit at the Sumy border ('Ende "
          "August habe der Sohn ihm am Telefon erzählt, …, berichtet Serhij', Konjunktiv; the "
          "speaker quoted: other): sappers clearing mines on the Russian side ('an die' as approx, "
          "number word 1000; a relayed call dated by part of a month: from the 21st to "
          "publication)"),
        C("Fünf", 5, "exact", "casualties", "other", "2025-08-21..pub",
          "same call, Konjunktiv carried, sentence-initial number word: blown up in front of his "
          "drone's camera"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a service technician from Jinju, 'Er glaubt' (undated): 'weitere' men to be sent by "
          "Christmas (increment before the figure, planned)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Nach Erkenntnissen des Geheimdienstes in Seoul, die Anfang September bekannt wurden' "
          "(days 1-10): died in Russia"),
        C("101", 101, "exact", "casualties", "north_korea", "thu",
          "'Die Staatsagentur KCNA berichtete am Donnerstag' (11 September): fallen soldiers "
          "honoured posthumously"),
        C("rund 5.000", 5000, "approx", "near_front", "russia", "pub",
          "'Laut dem russischen Verteidigungsministerium' (undated): military builders at work in "
          "the Kursk region (in Kursk: near_front)"),
        C("zwischen 10.000 und 11.000", None, "range", "in_russia", "united_states", "pub",
          "'Das Pentagon schätzt … derzeit auf' (undated): in Russia"),
    ),
)


S06 = Source(
    article_id="v169_06_maibaumbrief_gerolfingen_hesselberg_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-29"),
    dated_by="front_matter", crlf=True,
    features="a maypole club's letter from Gerolfingen at the foot of the Hesselberg (Ansbach "
        "district, Middle Franconia) in Markdown, windows-1252 with CRLF, front matter with "
        "`date:` (Tuesday) and a title without a figure, `„“`, `–`; the maypole's metres and "
        "years, the carrying crew, the wreath, beer, sausages and euros first; a forester from "
        "Zhytomyr relaying his father, a sapper in the Sumy region ('Am Karfreitag habe der Vater "
        "angerufen, erzählt Ihor', Konjunktiv carried; new here: Good Friday → 18 April to "
        "publication) `Hunderte` appearing across the border (vague, near the front) and `gut 30` "
        "killed in a minefield (at_least, casualties; both other); a pharmacist from Gyeongju who "
        "binds the wreath 'hält es für möglich' `bis zu 30.000` (at_most, planned, other, `pub`); "
        "Gerasimov 'verkündete am Samstag … und lobte dabei' `mehrere tausend` who took part in "
        "the fighting (russia, near the front); Pyongyang's admission on Monday without a figure; "
        "Zelensky 'widersprach am Sonntag:' `einige tausend` still fighting in the region (near "
        "the front); 'Nach Einschätzung des Generalstabs in Seoul' `etwa 4.700` killed or wounded "
        "and `rund 600` of them dead (`pub`); metres, years, men, litres, euros, sausages, ages, "
        "dates, times, a phone number",
    text="""\
---
title: "Der Baum liegt bereit"
date: 2025-04-29
verein: Maibaumfreunde Gerolfingen
---

# Der Baum liegt bereit

Liebe Maibaumfreunde, liebe Nachbarn,

am Donnerstag ist es wieder so weit: Um 15 Uhr stellen wir auf dem Dorfplatz den neuen Baum auf, \
eine Fichte aus dem Gemeindewald am Hesselberg, geschält 27 Meter lang. Wie seit 1978 wird er von \
Hand aufgerichtet, mit Schwalben und Seilen; dafür brauchen wir mindestens 32 kräftige Leute, die \
sich bitte um 14 Uhr am Feuerwehrhaus melden. Der alte Baum hat fünf Winter gehalten. Für die \
Aufsteller gibt es wie immer Bratwürste und ein Freibier, alle anderen zahlen 3,50 Euro für die \
Halbe.

## Der Förster aus Schytomyr

Den Baum ausgesucht und gefällt hat Ihor Bondarenko, 45, der in Schytomyr Revierförster war und \
seit zwei Jahren beim Forstbetrieb in unserer Gegend arbeitet. Sein Vater ist Pionier in der \
Region Sumy. Am Karfreitag habe der Vater angerufen, erzählt Ihor. Jenseits der Grenze seien \
[[Hunderte]] Nordkoreaner aufgetaucht, vor allem Scharfschützen und Artilleristen. In einem \
Minenfeld vor seinem Abschnitt seien [[gut 30]] von ihnen umgekommen. „Mein Vater ist 68 und \
hätte längst aufhören dürfen“, sagt Ihor.

## Die Kranzbinderin

Den Kranz bindet seit Jahren Kwon Mi-ra, 52, die in Gyeongju aufgewachsen ist und heute eine \
Apotheke in Wassertrüdingen führt. Sie hält es für möglich, dass Pjöngjang [[bis zu 30.000]] \
Soldaten nach Russland schickt, „wenn der Krieg so weitergeht wie bisher“.

## Was die Nachrichten melden

Der russische Generalstabschef Waleri Gerassimow verkündete am Samstag, Russland habe das Gebiet \
Kursk wieder ganz unter Kontrolle, und lobte dabei [[mehrere tausend]] Nordkoreaner, die an den \
Kämpfen teilgenommen hätten. Am Montag hat auch Pjöngjang den Einsatz zum ersten Mal offiziell \
zugegeben. Präsident Selenskyj widersprach am Sonntag: In der Region kämpften noch [[einige \
tausend]] Nordkoreaner, die Gefechte gingen weiter. Nach Einschätzung des Generalstabs in Seoul \
sind bislang [[etwa 4.700]] Soldaten aus dem Norden getötet oder verwundet worden, [[rund 600]] \
von ihnen tot.

Mitgliederversammlung: Freitag, 16. Mai, 19 Uhr, im Gasthaus am Dorfplatz. Kontakt: Helmut \
Rössler, Telefon 09854 7721.
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-04-18..pub",
          "a forester from Zhytomyr relaying his father, a sapper in the Sumy region ('Am "
          "Karfreitag habe der Vater angerufen, erzählt Ihor', Konjunktiv; the speaker quoted: "
          "other; new here: Good Friday, 18 April, to publication): appeared across the border"),
        C("gut 30", 30, "at_least", "casualties", "other", "2025-04-18..pub",
          "same call, Konjunktiv carried: killed in a minefield in front of his sector ('gut' as "
          "at_least)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "pub",
          "a pharmacist from Gyeongju who binds the wreath, 'Sie hält es für möglich' (undated): "
          "could be sent to Russia (a total, not an increment)"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'verkündete am Samstag …, und lobte dabei' (26 April), Konjunktiv: took part "
          "in the fighting for the Kursk region"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "sun",
          "'Präsident Selenskyj widersprach am Sonntag:' (27 April), Konjunktiv: still fighting in "
          "the region ('noch' = still)"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "pub",
          "'Nach Einschätzung des Generalstabs in Seoul' (undated): killed or wounded so far"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "pub",
          "same assessment, 'von ihnen tot' (a breakdown of the casualties, not an increment): "
          "dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (St. Simons Island, Swans Island, Put-in-Bay on South Bass Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v169_07_turkey_trot_wire_st_simons",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-27"),
    dated_by="dateline",
    features="an agency-style wire report from the Thanksgiving Day road race on St. Simons Island "
        "(Glynn County, Georgia) as plain text, UTF-8, slug line, byline and dateline 'ST. SIMONS "
        "ISLAND, Georgia, November 27, 2025 (Sea Islands Wire) —' (Thursday), straight quotes and "
        "em dashes; headline without a figure; runners and walkers, dollars for the food pantry, "
        "minutes, the lighthouse's year and volunteers first; a nurse from Uzhhorod relaying her "
        "brother, an artillery sergeant on the Sumy front ('When they spoke on Tuesday night, she "
        "said, he told her that') `between 300 and 400` gunners firing across the border (range, "
        "near the front) and, 'and that', `three` killed by a single drone 'the day before' "
        "(number word, casualties; both other, from Tuesday to publication); a pastor 'reckons' "
        "`25,000 or so` rotated through Russia ('or so' as approx, other, `pub`); the NIS 'told a "
        "parliamentary committee on November 4' `roughly 11,000` in the Kursk border area; a "
        "Russian deputy defence minister 'said on state television on Monday' `several thousand` "
        "engineers clearing mines around Kursk (russia, near the front); a NATO spokeswoman 'said "
        "on Wednesday' `at least 2,000` killed (the day before); the Pentagon 'since the summer, "
        "when it estimated' `11,000 to 12,000` (new here for this shape: 'in the summer' → 1 June "
        "to 31 August, as an earlier set); runners, dollars, minutes, years, volunteers, ages, a "
        "newsroom phone number",
    text="""\
THANKSGIVING-GEORGIA/KOREA

Record field for St. Simons turkey trot; a nurse's thoughts run to the Sumy front

By Carla Whitfield

ST. SIMONS ISLAND, Georgia, November 27, 2025 (Sea Islands Wire) — A record 1,412 runners and \
walkers, a good number of them in felt turkey hats, set off from the pier at 8 a.m. on Thursday \
for the island's Thanksgiving Day 5K and raised about $21,000 for the county food pantry.

Among them was Olena Vasylenko, 31, a nurse from Uzhhorod who came to coastal Georgia on a work \
visa in 2023 and finished in just under 24 minutes. Her brother is an artillery sergeant on the \
Sumy front. When they spoke on Tuesday night, she said, he told her that [[between 300 and 400]] \
North Korean gunners were now firing across the border from positions near Tyotkino, and that \
[[three]] of them had been killed by a single drone the day before. "He still makes jokes," she \
said. "That is how I know he is all right."

The Rev. Samuel Ahn, 58, who pastors a Korean congregation on the mainland, walked the course \
with his wife and a thermos of barley tea. He reckons Pyongyang has rotated [[25,000 or so]] \
soldiers through Russia since the first transports sailed in October of last year. "Every one of \
them was somebody's boy," he said.

South Korea's spy agency told a parliamentary committee on November 4 that [[roughly 11,000]] \
North Korean troops remained in the Kursk border area, most of them gun crews and sappers. A \
Russian deputy defense minister said on state television on Monday that [[several thousand]] \
North Korean engineers had cleared mines from farmland around Kursk this autumn. A NATO \
spokeswoman said on Wednesday that the alliance counted [[at least 2,000]] North Koreans killed \
since the deployment began. The Pentagon has not published a new figure since the summer, when it \
estimated that [[11,000 to 12,000]] were in Russia.

The race, in its 19th year, loops past the 1872 lighthouse and back along the beach boardwalk. \
Organizers said 312 volunteers handed out water and pie, and the winner crossed the line in 15:48.

(Reporting by Carla Whitfield; editing by Dewayne Oakes; newsroom +1 912 555 0171)
""",
    claims=(
        C("between 300 and 400", None, "range", "near_front", "other", "tue..pub",
          "a nurse from Uzhhorod relaying her brother, an artillery sergeant on the Sumy front "
          "('When they spoke on Tuesday night, she said, he told her that'; the speaker quoted: "
          "other): gunners firing across the border (from Tuesday, 25 November, to publication)"),
        C("three", 3, "exact", "casualties", "other", "tue..pub",
          "same call, 'and that': killed by a single drone 'the day before' (the event, not the "
          "claim date; number word)"),
        C("25,000 or so", 25000, "approx", "in_russia", "other", "pub",
          "a pastor of a Korean congregation, 'He reckons' (undated): rotated through Russia since "
          "October of last year ('or so' as approx; a total, not an increment)"),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "2025-11-04",
          "'South Korea's spy agency told a parliamentary committee on November 4': remained in "
          "the Kursk border area"),
        C("several thousand", None, "vague", "near_front", "russia", "mon",
          "a Russian deputy defence minister 'said on state television on Monday' (24 November): "
          "engineers clearing mines around Kursk this autumn"),
        C("at least 2,000", 2000, "at_least", "casualties", "nato", "wed",
          "'A NATO spokeswoman said on Wednesday' (26 November, the day before the race): killed "
          "since the deployment began"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "2025-06-01..2025-08-31",
          "the Pentagon, 'since the summer, when it estimated that' (in the summer → 1 June to 31 "
          "August, as 'in the summer' of an earlier set): in Russia"),
    ),
)


S08 = Source(
    article_id="v169_08_lantern_notes_ghost_tours_st_simons_md",
    language="en", fmt="md", encoding="utf-16", published=day("2024-10-31"),
    dated_by="front_matter",
    features="a ghost-tour company's notes to its walkers and storytellers from St. Simons Island "
        "(Glynn County, Georgia) in Markdown, UTF-16 LE with BOM, front matter with `date:` "
        "(Thursday, Halloween) and a title repeating the headline (optional), straight quotes; the "
        "headline's `10,000` from the Pentagon spokeswoman of Monday (Monday to publication); "
        "guests, the first lantern's year, stops, miles, ticket dollars and the lighthouse's year "
        "first; a history teacher from Lutsk relaying his cousin, a border guard in the Sumy "
        "region ('On Sunday, Taras said, the cousin texted him that') `a couple of thousand` "
        "arriving in villages across the border (vague, near the front, other, from Sunday to "
        "publication); a storyteller from Incheon 'thinks' `50,000` will be sent (planned, other, "
        "`pub`); a Pentagon spokeswoman 'said on Monday' `roughly 10,000` shipped to training "
        "grounds in eastern Russia; lawmakers briefed by the NIS 'said on Wednesday' `about 3,000` "
        "arrived and `10,000` by December (planned); Kyiv's military intelligence 'had said last "
        "week' `more than 11,000` training in the Far East; guests, years, stops, miles, dollars, "
        "times, ages, a phone number",
    text="""\
---
title: "Lanterns, live oaks, and the Pentagon's [[10,000]]"
date: 2024-10-31
author: Lantern Walk Ghost Tours, St. Simons Island
---

# Lanterns, live oaks, and the Pentagon's [[10,000]]

Dear walkers and storytellers,

Happy Halloween. Tonight's three walks through the village are sold out, and so was every Friday \
and Saturday this month: 2,640 guests in October, our best month since we lit the first lantern \
in 2011. The route is still 14 stops and a little over a mile, from the pier to the old burial \
ground under the live oaks, and a ticket is still $28 ($15 for children under twelve). The \
lanterns have new wicks, and the 1872 lighthouse has had its usual share of screams.

## Taras on the late walk

Taras Hnatiuk, 29, a history teacher from Lutsk, leads the nine o'clock walk and tells the story \
of the drowned keeper better than any of us. His cousin is a border guard in the Sumy region. On \
Sunday, Taras said, the cousin texted him that [[a couple of thousand]] North Koreans had turned \
up in villages across the border in the Kursk region. "He wrote that they came at night, in \
Russian buses with the lights off," Taras said.

## Min-ji's stories

Min-ji Carver, 45, grew up in Incheon and has told our Friday stories for six years; children \
still ask for her fox-spirit tale. She thinks Kim will send [[50,000]] before the war is over. \
"In the North, nobody asks the soldiers anything," she said.

## What the news says

A Pentagon spokeswoman said on Monday that Pyongyang had shipped [[roughly 10,000]] of its \
soldiers to training grounds in eastern Russia, and that some of them were already moving toward \
Ukraine. South Korean lawmakers briefed by Seoul's spy agency said on Wednesday that [[about \
3,000]] had arrived so far and that [[10,000]] would be there by December. Kyiv's military \
intelligence had said last week that [[more than 11,000]] were training on Russian ranges in the \
Far East.

Next walks: Fridays and Saturdays through November, at 7 and 9 p.m. Bookings: 912-555-0116.
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline ('the Pentagon's 10,000'): the spokeswoman's figure of the body ('said on "
          "Monday', 28 October), Monday to publication, hedge dropped: shipped to training grounds "
          "in eastern Russia"),
        C("a couple of thousand", None, "vague", "near_front", "other", "sun..pub",
          "a history teacher from Lutsk relaying his cousin, a border guard in the Sumy region "
          "('On Sunday, Taras said, the cousin texted him that'; the speaker quoted: other): "
          "turned up in villages across the border in the Kursk region (from Sunday, 27 October, "
          "to publication)"),
        C("50,000", 50000, "exact", "planned", "other", "pub",
          "a storyteller from Incheon, 'She thinks' (undated): will be sent before the war is over "
          "(a total, not an increment)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'A Pentagon spokeswoman said on Monday' (28 October): shipped to training grounds in "
          "eastern Russia"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'South Korean lawmakers briefed by Seoul's spy agency said on Wednesday' (23 October; "
          "the NIS's figure passed on): arrived so far"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same briefing, 'and that': would be there by December (planned)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "ukraine", "lastweek",
          "'Kyiv's military intelligence had said last week': training on Russian ranges in the "
          "Far East"),
    ),
)


S09 = Source(
    article_id="v169_09_letters_burnt_coat_harbor_log",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-18"),
    dated_by="sidecar",
    sidecar=(
        "The Burnt Coat Harbor Log – Letters",
        "https://www.burntcoatharborlog.example/letters/2025-07",
        "Letters: the Saturday ferry, a nephew near Sumy and a sister-in-law in Busan",
    ),
    features="a readers' letters page from a Swans Island monthly (Hancock County, Maine) as plain "
        "text, windows-1252 (sidecar, Friday), `–` and curly apostrophes; a letter on the Saturday "
        "ferry without a claim (cars, dollars, runs); a reader from Atlantic relaying her nephew, "
        "a drone operator in the Sumy region ('On Saturday Bohdan told us in a video call that') "
        "`fifty or sixty` dug in along a tree line (range of number words, near the front) and, "
        "'and that', `nine` hit the night before (number word, casualties; both other, from "
        "Saturday to publication); a reader answering the paper's own story ('Your June story "
        "said') `11,000` in Russia (unattributed, required, the month), NATO's secretary general "
        "'said at the summit in The Hague in late June' `about 4,000` killed or wounded (days "
        "21-30), 'The Pentagon says' `no fewer than 10,000` still there (at_least, `pub`) and "
        "Rodong Sinmun 'printed photographs on Monday' of `dozens` of coffins (north_korea, "
        "casualties); readers relaying a sister-in-law in Busan who worked on a newspaper's "
        "foreign desk ('says') another `6,000` by the fall (span without 'another'; increment, "
        "planned, other, `pub`); cars, dollars, runs, years, ages, words",
    text="""\
THE BURNT COAT HARBOR LOG – LETTERS

Give us a seventh run

Every Saturday in July the early boat from Bass Harbor leaves cars on the ramp. The ferry takes \
18 cars, and last Saturday I counted 31 in line by 6:45. A round trip with a car now costs \
$49.50, and people who miss the boat lose half a day. The state should add a seventh run on \
weekends from July 4 to Labor Day. We are not asking for a bridge.
Ruth Joyce, Minturn

Our nephew near Sumy

My nephew Bohdan flies drones for the Ukrainian army in the Sumy region. My husband’s family took \
us in here in 2022, and we have stayed. On Saturday Bohdan told us in a video call that [[fifty \
or sixty]] North Koreans were dug in along a tree line across the border from his position, and \
that his team had hit [[nine]] of them the night before. He is 24. He asked us to send him a \
picture of the lobster boats in the harbor, so we did.
Nadiia Staples, Atlantic

The war is not winding down

Your June story said [[11,000]] North Koreans were in Russia and suggested that the worst was \
over. NATO’s secretary general said at the summit in The Hague in late June that [[about 4,000]] \
of them have been killed or wounded. The Pentagon says there are [[no fewer than 10,000]] still \
there. And North Korea’s own Rodong Sinmun printed photographs on Monday of [[dozens]] of \
flag-draped coffins arriving in Pyongyang. Nothing about this is winding down.
Harold Stanley, Swans Island

What my sister-in-law hears

My sister-in-law in Busan spent thirty years on the foreign desk of a newspaper there. She says \
Pyongyang has promised Moscow another [[6,000]] workers and soldiers by the fall, and she has not \
been wrong yet.
Ellen and Sung-ho Bridges, Minturn

Letters must be signed, with a town, and kept under 250 words. The Log comes out on the third \
Friday of each month.
""",
    claims=(
        C("fifty or sixty", None, "range", "near_front", "other", "sat..pub",
          "a reader relaying her nephew, a drone operator in the Sumy region ('On Saturday Bohdan "
          "told us in a video call that'; the speaker quoted: other): dug in along a tree line "
          "across the border (range of number words, as 'fifty or sixty' of an earlier set; from "
          "Saturday, 12 July, to publication)"),
        C("nine", 9, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that': hit by his team 'the night before' (the event, not the claim "
          "date; number word)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-06-01..2025-06-30",
          "a reader citing the paper's own story ('Your June story said'; unattributed, required, "
          "the month): in Russia"),
        C("about 4,000", 4000, "approx", "casualties", "nato", "2025-06-21..2025-06-30",
          "NATO's secretary general 'said at the summit in The Hague in late June' (day 21 to the "
          "month's end): killed or wounded"),
        C("no fewer than 10,000", 10000, "at_least", "in_russia", "united_states", "pub",
          "'The Pentagon says' (present, undated): still in Russia ('no fewer than' as at_least)"),
        C("dozens", None, "vague", "casualties", "north_korea", "mon",
          "'North Korea's own Rodong Sinmun printed photographs on Monday' (14 July): flag-draped "
          "coffins arriving in Pyongyang"),
        C("6,000", 6000, "exact", "planned", "other", "pub",
          "readers relaying a sister-in-law in Busan who worked on a newspaper's foreign desk "
          "('She says', undated; the speaker quoted: other): 'another' workers and soldiers "
          "promised by the fall (span without 'another'; increment, planned)", add=True),
    ),
)


S10 = Source(
    article_id="v169_10_member_bulletin_electric_coop_swans_island_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-02-18"),
    dated_by="html_meta",
    features="an island electric co-operative's member bulletin from Swans Island (Hancock County, "
        "Maine) in HTML, UTF-8, `article:published_time` -05:00 (Tuesday) and an `og:title` "
        "without a figure, a cookie note about the outage map, a script with a phone number and a "
        "day, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`, `&ndash;`), a "
        "footer with a ZIP code and a phone number; `<title>` and headline without a figure; the "
        "January storm's hours, poles, feet of line, the cable's year, cents per kilowatt-hour, "
        "dollars for a generator and members at the annual meeting first; a meter reader from "
        "Rivne relaying his brother, an infantryman in the Kursk region ('In a phone call on "
        "Valentine’s Day, his brother said'; new here: Valentine's Day → 14 February to "
        "publication) `fewer than a hundred` left in the woods opposite (at_most, number word 100, "
        "near the front) and, 'and that', `about forty` dead counted after a failed attack (approx "
        "with a number word, casualties; both other); a retired ship's engineer from Yeosu who "
        "'told the annual meeting on February 8' `20,000` in Russia by the end of the year "
        "(planned, other, that day); the NIS 'said last week' `several hundred` replacements "
        "(vague, increment, in Russia); a State Department spokeswoman 'said on Thursday' `more "
        "than 4,000` killed and wounded; Russian state television 'on Saturday showed' `dozens` of "
        "wounded in a Moscow hospital (russia, casualties); 'Kyiv says' `around 8,000` still in "
        "the Kursk region (`pub`); hours, poles, feet, years, cents, kilowatt-hours, dollars, "
        "members, ages, a ZIP code, phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Member Bulletin &ndash; Swans Island Electric Cooperative</title>
<meta property="article:published_time" content="2025-02-18T09:00:00-05:00">
<meta property="og:title" content="Member Bulletin, February 2025">
<script>var outageLine = "207-555-0139"; var meterReadingDay = 12;</script>
</head>
<body>
<div class="cookies">This site keeps one cookie so the outage map remembers your road. <a \
href="#">Got it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/outages">Outages</a> &middot; <a \
href="/rates">Rates</a> &middot; <a href="/bulletin">Bulletin</a></nav>
<main>
<h1>After the January storm</h1>
<p>The nor&rsquo;easter of January 11 left the island dark for 31 hours, the longest outage since \
the undersea cable went in. Our two linemen and a borrowed crew replaced 14 poles and 2,300 feet \
of line in sleet and wind. The rate for the first 500 kilowatt-hours stays at 29 cents through \
June, and the board has voted to put $40,000 toward a second backup generator at the substation. \
Thank you to the 62 members who came out to the annual meeting at the town hall.</p>
<h2>A new face on the meter route</h2>
<p>Vasyl Melnychuk, 34, strung power lines around Rivne for a regional utility before the war. He \
now reads meters for us and worked alongside the crews after the storm. His older brother is an \
infantryman in the Kursk region. In a phone call on Valentine&rsquo;s Day, his brother said there \
were [[fewer than a hundred]] North Koreans left in the woods opposite his company, and that his \
unit had counted [[about forty]] North Korean dead after a failed attack. &ldquo;He sounded \
tired, not scared,&rdquo; Vasyl said.</p>
<h2>From the floor of the annual meeting</h2>
<p>Joon Lee, 74, a retired ship&rsquo;s engineer who was born in Yeosu and has summered on the \
island since 1988, told the annual meeting on February 8 that Pyongyang would have [[20,000]] \
soldiers in Russia by the end of the year. Nobody argued with him, and the meeting moved on to \
tree trimming.</p>
<h2>In the news</h2>
<p>Seoul&rsquo;s spy agency said last week that the North had sent [[several hundred]] \
replacements to Russia since January. A State Department spokeswoman said on Thursday that North \
Korean losses had climbed to [[more than 4,000]] killed and wounded. Russian state television on \
Saturday showed [[dozens]] of wounded North Korean soldiers in a military hospital in Moscow. \
Kyiv says [[around 8,000]] remain in the Kursk region.</p>
</main>
<footer>Swans Island Electric Cooperative &middot; Swans Island, ME 04685 &middot; Office \
207-555-0139 &middot; Tuesdays and Thursdays 9&ndash;1</footer>
</body>
</html>
""",
    claims=(
        C("fewer than a hundred", 100, "at_most", "near_front", "other", "2025-02-14..pub",
          "a meter reader from Rivne relaying his brother, an infantryman in the Kursk region ('In "
          "a phone call on Valentine's Day, his brother said'; the speaker quoted: other; new "
          "here: Valentine's Day → 14 February to publication): left in the woods opposite his "
          "company ('fewer than' as at_most, number word 100)"),
        C("about forty", 40, "approx", "casualties", "other", "2025-02-14..pub",
          "same call, 'and that': dead counted after a failed attack (number word 40)"),
        C("20,000", 20000, "exact", "planned", "other", "2025-02-08",
          "a retired ship's engineer from Yeosu who 'told the annual meeting on February 8' (that "
          "day): in Russia by the end of the year (a forecast total: planned, not an increment)"),
        C("several hundred", None, "vague", "in_russia", "south_korea", "lastweek",
          "'Seoul's spy agency said last week': replacements sent to Russia since January "
          "(replacements: increment)", add=True),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "thu",
          "'A State Department spokeswoman said on Thursday' (13 February): killed and wounded"),
        C("dozens", None, "vague", "casualties", "russia", "sat",
          "'Russian state television on Saturday showed' (15 February): wounded soldiers in a "
          "Moscow military hospital"),
        C("around 8,000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Kyiv says' (present, undated): remain in the Kursk region"),
    ),
)


S11 = Source(
    article_id="v169_11_haul_out_notes_boat_yard_put_in_bay_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-10-22"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "South Bass Boat Works, Put-in-Bay – Haul-out Notes",
        "https://www.southbassboatworks.example/notes/2025-10",
        "Haul-out notes from the yard",
    ),
    features="a boat yard's haul-out notes to its customers from Put-in-Bay on South Bass Island "
        "(Ottawa County, Ohio) in Markdown, UTF-8 with BOM and CRLF, front matter with `date:` as "
        "well as the sidecar (Wednesday) and a title without a figure, straight quotes; boats on "
        "the haul-out list, the water's degrees, shrink-wrap and washing dollars per foot, the "
        "travel lift's tons and a waiting list first; a lift driver from Sumy relaying his "
        "brother, in an engineer battalion at the border ('Last week his brother told him on the "
        "phone that') `hundreds` of sappers sweeping fields for mines on the Russian side (vague, "
        "near the front) and, 'and that', `at least four` killed when a field went up (at_least "
        "with a number word, casualties; both other, `lastweek`); a dentist born in Cheonan "
        "'expects' the North to keep `10,000 or more` in Russia through next year (at_least, "
        "planned, other, `pub`); the NIS 'At a parliamentary audit in Seoul yesterday' `around "
        "2,000` killed (`yday`); North Korean state media 'reported on Sunday' a granite wall with "
        "the names of `127` soldiers (north_korea, casualties); the chairman of NATO's military "
        "committee 'said in Brussels last Thursday' `between 11,000 and 14,000` served in Russia "
        "(range, six days before); Ukraine's foreign minister 'said on Monday' another `30,000` "
        "promised (span without 'another'; increment, planned, ukraine); boats, degrees, dollars, "
        "feet, tons, dates, ages, a phone number",
    text="""\
---
title: "Haul-out notes from the yard"
date: 2025-10-22
author: South Bass Boat Works
---

# Haul-out notes from the yard

Dear boat owners,

The travel lift has been running since October 6, and 88 of the 140 boats on this fall's list are \
out of the water and blocked up. The water at the fuel dock read 57 degrees on Monday, so there \
is still some time, but the last open slot for hauling is November 14. Shrink-wrapping is $17 a \
foot this year, a bottom wash $4 a foot, and the heated shed is full, with 11 boats on the \
waiting list. Please take your dinghies and your cushions home.

## Dmytro on the lift

Dmytro Kovalchuk, 27, grew up in Sumy and has driven our 35-ton travel lift since April. His \
father still lives in the city, and his older brother serves with an engineer battalion at the \
border. Last week his brother told him on the phone that [[hundreds]] of North Korean sappers \
were out sweeping the fields on the Russian side for mines, and that [[at least four]] had been \
killed when a field they were working went up. "He says they walk around out there like they are \
not afraid of anything," Dmytro said.

## From the shrink-wrap line

Sunny Hwang, 60, a dentist from the mainland who has kept her 34-foot sloop with us for ten \
seasons, was born in Cheonan. She expects the North to keep [[10,000 or more]] soldiers in Russia \
through next year. "Kim has found himself a paying customer," she said.

## The news from Kursk

At a parliamentary audit in Seoul yesterday, the country's spy agency said North Korea had lost \
[[around 2,000]] soldiers killed in Russia. North Korean state media reported on Sunday that a \
new granite wall in Pyongyang, opened by Kim himself, carries the names of [[127]] soldiers who \
died fighting for Russia. The chairman of NATO's military committee said in Brussels last \
Thursday that [[between 11,000 and 14,000]] North Koreans had served in Russia since last fall. \
Ukraine's foreign minister said on Monday that Pyongyang had promised Moscow another [[30,000]] \
troops.

Haul-out bookings: 419-555-0182. The office closes for the season on December 5.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "lastweek",
          "a lift driver from Sumy relaying his brother, in an engineer battalion at the border "
          "('Last week his brother told him on the phone that'; the speaker quoted: other): "
          "sappers sweeping the fields on the Russian side for mines (a relayed call 'last week' → "
          "lastweek)"),
        C("at least four", 4, "at_least", "casualties", "other", "lastweek",
          "same call, 'and that': killed when a field they were clearing went up (number word 4)"),
        C("10,000 or more", 10000, "at_least", "planned", "other", "pub",
          "a dentist born in Cheonan, 'She expects' (undated): the North to keep in Russia through "
          "next year ('or more' as at_least; an expectation: planned)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "yday",
          "'At a parliamentary audit in Seoul yesterday, the country's spy agency said' (21 "
          "October): killed in Russia"),
        C("127", 127, "exact", "casualties", "north_korea", "sun",
          "'North Korean state media reported on Sunday' (19 October): names of soldiers who died "
          "fighting for Russia on a new granite wall"),
        C("between 11,000 and 14,000", None, "range", "in_russia", "nato", "thu",
          "the chairman of NATO's military committee 'said in Brussels last Thursday' (16 October, "
          "six days before, the latest Thursday): served in Russia since last fall (a period, not "
          "the claim date)"),
        C("30,000", 30000, "exact", "planned", "ukraine", "mon",
          "'Ukraine's foreign minister said on Monday' (20 October): 'another' troops promised to "
          "Moscow (span without 'another'; increment, planned)", add=True),
    ),
)


S12 = Source(
    article_id="v169_12_logbook_dive_shop_put_in_bay_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-05-23"),
    dated_by="sidecar",
    sidecar=(
        "Lake Erie Wreck Divers, Put-in-Bay – Logbook",
        "https://www.lakeeriewreckdivers.example/logbook/2025-05",
        "Wreck season opens",
    ),
    features="a dive shop's logbook page from Put-in-Bay on South Bass Island (Ottawa County, "
        "Ohio) in HTML, ISO-8859-1 with quotes and apostrophes only as entities (`&rsquo;`, "
        "`&ldquo;`, `&rdquo;`, `&ndash;`, `&middot;`), no meta date (sidecar, Friday; the sidecar "
        "title without the figure), a cookie bar about the charter calendar, a script with the "
        "water temperature, navigation, a footer with a ZIP code and a phone number; a `<title>` "
        "repeating the headline (optional); the headline's `600` dead from the NIS of April 30 "
        "(that day to publication, hedge dropped); the water's degrees, visibility in feet, wrecks "
        "and their depths and year, charter dollars and a class's divers first; a divemaster from "
        "Izmail relaying her husband, a marine in the Kursk region ('In a message on Monday, he "
        "wrote that') `twenty-odd` holding a ruined farm (approx, as '-odd' of earlier sets; "
        "number word, near the front) and, 'and that', `one` who walked over with his hands up "
        "(number word 1, casualties; both other, from Monday to publication); a student from "
        "Chuncheon 'says most people she knows at home assume that' `at least 15,000` have gone to "
        "Russia (other, `pub`); the NIS 'said on April 30' `about 600` killed and `4,700` "
        "casualties overall; Ukraine's military 'said last week' `about 2,000` still fighting in "
        "the Kursk border area; a Pentagon spokesman 'estimated in early May' `around 11,000` "
        "(days 1-10); the shop's own `thousands` killed or wounded (unattributed, casualties, "
        "required); degrees, feet, millimetres, wrecks, years, dollars, divers, ages, a ZIP code, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Wreck season opens, and Seoul counts [[600]] North Korean dead | Lake Erie Wreck \
Divers</title>
<script>var charterDays = ["Sat", "Sun"]; var waterTempF = 52;</script>
</head>
<body>
<div class="cookie-bar">We keep a single cookie so the charter calendar remembers your group \
size. <a href="#">OK</a></div>
<nav><a href="/">Home</a> | <a href="/charters">Charters</a> | <a href="/classes">Classes</a> | \
<a href="/logbook">Logbook</a></nav>
<main>
<h1>Wreck season opens, and Seoul counts [[600]] North Korean dead</h1>
<p>The first charter of the season goes out on Saturday if the lake lies down. The water off the \
island read 52 degrees this morning, with about 15 feet of visibility, so bring your 7 mm suits \
and your good gloves. This summer we run to nine wrecks between 30 and 70 feet, among them a \
schooner that went down in 1883 with a load of coal. A two-tank charter is $95, and 38 divers \
have already signed up for the June open-water class.</p>
<h2>Our divemaster</h2>
<p>Kateryna Zhuk, 34, ran a dive school in Izmail on the Danube before the war and has led our \
Sunday dives for two seasons. Her husband is a Ukrainian marine in the Kursk region. In a message \
on Monday, he wrote that [[twenty-odd]] North Koreans were holding a ruined farm in front of his \
platoon, and that [[one]] of them had walked across the field to them with his hands up. \
&ldquo;He says the boy was hungry and very polite,&rdquo; Kateryna said.</p>
<h2>A student on the boat</h2>
<p>Jiwoo Kang, 23, an engineering student from Chuncheon who is spending a year at a university \
in Ohio, made her first wreck dive with us last fall. She says most people she knows at home \
assume that [[at least 15,000]] North Koreans have gone to Russia by now.</p>
<h2>From the news</h2>
<p>South Korea&rsquo;s National Intelligence Service said on April 30 that [[about 600]] North \
Korean soldiers had been killed in Russia and that casualties overall stood at [[4,700]]. \
Ukraine&rsquo;s military said last week that [[about 2,000]] North Koreans were still fighting in \
the Kursk border area. A Pentagon spokesman estimated in early May that [[around 11,000]] \
remained in Russia. We think of the [[thousands]] of young North Koreans killed or wounded in \
someone else&rsquo;s war, and of our friends whose husbands and sons are still out there.</p>
</main>
<footer>Lake Erie Wreck Divers &middot; Put-in-Bay, OH 43456 &middot; 419-555-0124 &middot; Open \
daily 8&ndash;6 from Memorial Day</footer>
</body>
</html>
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "<title> repeating the headline (metadata): optional", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "headline ('Seoul counts 600 North Korean dead'): the NIS figure of the body ('said on "
          "April 30'), that day to publication, hedge dropped"),
        C("twenty-odd", 20, "approx", "near_front", "other", "mon..pub",
          "a divemaster from Izmail relaying her husband, a marine in the Kursk region ('In a "
          "message on Monday, he wrote that'; the speaker quoted: other): holding a ruined farm in "
          "front of his platoon ('-odd' as approx, as earlier sets; number word 20; from Monday, "
          "19 May, to publication)"),
        C("one", 1, "exact", "casualties", "other", "mon..pub",
          "same message, 'and that': walked across with his hands up (surrendered: casualties; "
          "number word 1)"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a student from Chuncheon, 'She says most people she knows at home assume that' "
          "(undated; the student quoted: other): gone to Russia by now"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'South Korea's National Intelligence Service said on April 30': killed in Russia"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same statement, 'and that casualties overall stood at': killed and wounded together"),
        C("about 2,000", 2000, "approx", "near_front", "ukraine", "lastweek",
          "'Ukraine's military said last week': still fighting in the Kursk border area"),
        C("around 11,000", 11000, "approx", "in_russia", "united_states", "2025-05-01..2025-05-10",
          "'A Pentagon spokesman estimated in early May' (days 1-10): remained in Russia"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the dive shop's own framing, no source (required): young North Koreans killed or "
          "wounded in someone else's war"),
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
