"""Build the HUNDRED-AND-SIXTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-sixty-eighth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
large-animal vet practice's customer letter from Straß im Attergau (Austrian conventions) with a
vet's assistant from Poltava and a horse owner who served in the South Korean navy, a
flag-throwers' club's spring letter from the Melchtal (Swiss conventions) with a seamstress from
Kherson and a Benedictine from Waegwan, a fife-and-drum corps' letter from Wanfried on the Werra
with a drummer from Cherkasy and a flute teacher from Cheongju, an ice-cream parlour's spring
letter from Treffurt with a waitress from Mariupol and a doctoral student from Ulsan, a Trabant
club's news from Hettstedt in the Mansfelder Land with a bus mechanic from Zaporizhzhia and a
battery engineer from Seoul, and a home-care nursing service's customer letter from Klostermansfeld
with a care assistant from Kharkiv and a retired nurse from Incheon; an agency-style wire report
from the lighted boat parade in Port Lavaca on Lavaca Bay with a deckhand from Mykolaiv and a
retired Army interpreter from Gwangju, a Lopez Island letterpress print shop's notes with an ink
mixer from Chernihiv and a book artist from Busan, a readers' letters page from a Palacios weekly
on Matagorda Bay with letters quoting a son-in-law near Sumy and a cousin in Seoul, a Lopez Island
propane and heating-oil dealer's customer page with a delivery driver from Kherson and a retired
engineer from Daegu, the newsletter of a Shelter Island history circle with an archivist from Lviv
and a docent whose grandfather fled Hamhung, and a Shelter Island thrift shop's bulletin with a
librarian from Odesa and a retired banker from Seoul. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind166_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Attergau, Melchtal, Werratal, Mansfelder Land)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v166_01_kundenbrief_tierarzt_strass_attergau",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-14"),
    dated_by="dateline", crlf=True,
    features="a large-animal vet practice's customer letter from Straß im Attergau (Upper "
        "Austria) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the "
        "place line 'Straß im Attergau, 14. Jänner 2025' (Tuesday); Austrian conventions "
        "(`Jänner`, `Feber`, `heuer`, `Dreikönig`, `daheim`, `Lagerhaus`); farm calls, dogs "
        "scared by New Year rockets, a portable X-ray's euros and the vaccination fee first; a "
        "vet's assistant from Poltava relaying her brother, an infantryman in the Kursk region "
        "('Am Dreikönigstag habe er sie aus einem Keller angerufen, erzählt Oksana', Konjunktiv "
        "carried) `an die zweihundert` running at his company (approx with a number word) and "
        "`Dutzende` left lying in the field (both other, from 6 January to publication); a horse "
        "owner from Korea who served in the navy 'schätzt' `zwanzigtausend` sent by the summer "
        "(number word, planned, other, `pub`); Zelensky 'gab am Samstag bekannt' `zwei` wounded "
        "prisoners; lawmakers in Seoul 'erfuhren am Montag vom Geheimdienst' `rund 3.000` killed "
        "or wounded (south_korea); the Pentagon 'hatte schon Mitte Dezember von … gesprochen' "
        "`mehreren hundert` (days 11-20); 'Aus dem Nato-Hauptquartier hieß es Ende Dezember' `bis "
        "zu 8.000` 'zusätzlichen' (at_most, increment, planned, days 21-31); Russia's losses a "
        "day, farm calls, dogs, euros, cattle, ages, years, dates, a phone number",
    text="""\
Tierarztpraxis im Attergau – Kundenbrief 1/2025

Straß im Attergau, 14. Jänner 2025

Liebe Bäuerinnen und Bauern, liebe Pferde- und Hundehalter,

der Dezember war lang. Wir sind zu 212 Hofbesuchen ausgerückt, 38 davon in der Nacht, und in \
der Silvesternacht haben sich drei Hunde vor den Raketen unter dem Gartenzaun durchgegraben. Alle \
drei sind wieder daheim. Das neue tragbare Röntgengerät ist seit Dreikönig im Einsatz; es hat \
41.000 Euro gekostet und passt in jeden Kofferraum. Ab Feber impfen wir wieder gegen die \
Blauzungenkrankheit, heuer um 4,80 Euro pro Rind beim Sammeltermin.

Neu im Team: Oksana aus Poltawa

Seit dem Herbst hilft uns Oksana Lytwyn, 34, im Stall und im OP. Sie hat in Poltawa zwölf Jahre \
in einer Großtierpraxis gearbeitet und wohnt jetzt mit ihrer Tochter in Berg im Attergau. Ihr \
Bruder Serhij ist Infanterist im Gebiet Kursk. Am Dreikönigstag habe er sie aus einem Keller \
angerufen, erzählt Oksana. Über ein gefrorenes Rübenfeld seien [[an die zweihundert]] Nordkoreaner \
auf seine Kompanie zugelaufen, in kleinen Gruppen und fast ohne Deckung. Bis zum Abend seien \
[[Dutzende]] von ihnen im Feld liegen geblieben. „Er sagt, viele haben nicht einmal ordentliche \
Winterstiefel“, erzählt sie.

Ein Pferdehalter aus Korea

Jeon Min-seok, 58, führt mit seiner Frau in Nußdorf eine kleine Frühstückspension und bringt \
seine zwei Haflinger seit sieben Jahren zu uns. Er hat in Südkorea bei der Marine gedient und \
liest jeden Morgen die Zeitungen aus Seoul. Er schätzt, dass Kim bis zum Sommer \
[[zwanzigtausend]] Soldaten nach Russland geschickt haben wird. „Für Pjöngjang sind das Devisen, \
keine Menschen“, sagt er.

Was man in den Nachrichten hört

Präsident Selenskyj gab am Samstag bekannt, ukrainische Einheiten hätten im Gebiet Kursk [[zwei]] \
verwundete Nordkoreaner gefangen genommen. Am Montag erfuhren Abgeordnete in Seoul vom \
Geheimdienst, dass bisher [[rund 3.000]] Soldaten aus dem Norden getötet oder verwundet worden \
seien. Das Pentagon hatte schon Mitte Dezember von [[mehreren hundert]] Toten und Verletzten \
gesprochen. Aus dem Nato-Hauptquartier hieß es Ende Dezember, Pjöngjang bereite die Entsendung \
von [[bis zu 8.000]] zusätzlichen Soldaten vor. Russland verliert nach britischen Schätzungen \
derzeit täglich rund 1.500 Mann an Toten und Verwundeten.

Termine und Kontakt

- Sammelimpfung Rinder: 4. und 11. Feber, jeweils ab 7 Uhr beim Lagerhaus
- Pferdezahntag: 22. März in der Praxis, Anmeldung bis Ende Feber
- Dr. Franziska Hemetsberger, Notdienst rund um die Uhr: 07667 8412
""",
    claims=(
        C("an die zweihundert", 200, "approx", "near_front", "other", "2025-01-06..pub",
          "a vet's assistant from Poltava relaying her brother, an infantryman in the Kursk "
          "region ('Am Dreikönigstag habe er sie aus einem Keller angerufen, erzählt Oksana', "
          "Konjunktiv; the speaker quoted: other): ran at his company across a frozen field ('an "
          "die' as approx, number word 200; from Epiphany, 6 January, to publication)"),
        C("Dutzende", None, "vague", "casualties", "other", "2025-01-06..pub",
          "same call, Konjunktiv carried ('Bis zum Abend seien … im Feld liegen geblieben'): "
          "left lying in the field ('Bis zum Abend' is the event, not the claim date)"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a horse owner from Korea who served in the navy, 'Er schätzt' (undated): sent to "
          "Russia by the summer (number word; a forecast: planned; a total, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'gab am Samstag bekannt' (11 January): wounded soldiers taken prisoner in "
          "the Kursk region (number word)"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "mon",
          "'Am Montag erfuhren Abgeordnete in Seoul vom Geheimdienst' (13 January; the NIS's "
          "figure passed on): killed or wounded so far"),
        C("mehreren hundert", None, "vague", "casualties", "united_states",
          "2024-12-11..2024-12-20",
          "'Das Pentagon hatte schon Mitte Dezember von … gesprochen' (days 11-20): dead and "
          "wounded"),
        C("bis zu 8.000", 8000, "at_most", "planned", "nato", "2024-12-21..2024-12-31",
          "'Aus dem Nato-Hauptquartier hieß es Ende Dezember' (day 21 to the month's end), "
          "Konjunktiv: Pyongyang preparing to send 'zusätzlichen' soldiers (increment, planned)",
          add=True),
    ),
)


S02 = Source(
    article_id="v166_02_fahnenbrief_fahnenschwinger_melchtal_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-02"),
    dated_by="html_meta",
    features="a flag-throwers' club's spring letter from the Melchtal (canton of Obwalden) in "
        "HTML, ISO-8859-1 with raw «» and umlauts and dashes only as entities (`&ndash;`, "
        "`&middot;`), `<meta name=\"date\">` (Friday), a cookie note about the training plan, a "
        "training-times script, navigation, a footer with a postcode and a phone number; Swiss "
        "conventions (`ss`, «», `1'300`, `1'450`, `15'000`, `4'700`, `10'000 bis 11'000`, "
        "`1'000`); `<title>` and headline without a figure; the snow line, throwers, flags, "
        "francs and festival benches first; a seamstress from Kherson relaying her son, a sapper "
        "at the border near Sumy ('Am Dienstag habe ihr der Sohn geschrieben, …, erzählt "
        "Walentyna') `gegen 500` dug into the woods opposite (approx, other, from Tuesday to "
        "publication); a Benedictine from Waegwan «Es werden noch einmal `mehrere tausend` … "
        "kommen», 'sagt er' (vague, increment, planned, other, `pub`); 'Laut dem südkoreanischen "
        "Nachrichtendienst' `rund 15'000` sent and, 'davon', `etwa 4'700` killed or wounded "
        "(`pub`); Ukraine's military intelligence 'schätzte vergangene Woche' `10'000 bis "
        "11'000` still in Russia ('noch' = still, not an increment); KCNA 'bestätigte am Montag "
        "erstmals' `Tausende` who fought in Kursk (north_korea, near the front); the US State "
        "Department 'sprach am Mittwoch von' `mehr als 1'000` dead; Russia's chief of staff "
        "without a figure; metres, throwers, flags, francs, benches, ages, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Fahnenbrief Mai 2025 &ndash; Fahnenschwinger Melchtal</title>
<meta name="date" content="2025-05-02">
<script>var training = {tag: "Mittwoch", beginn: "19:30", ort: "Schulhauswiese"};</script>
</head>
<body>
<div class="cookie">Diese Seite merkt sich mit einem Cookie, ob Sie den Trainingsplan schon \
gesehen haben. <a href="#">Schliessen</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/verein">Verein</a> &middot; \
<a href="/auftritte">Auftritte</a> &middot; <a href="/fahnenbrief">Fahnenbrief</a></nav>
<main>
<h1>Die Fahnen fliegen wieder</h1>
<p>Liebe Fahnenschwingerinnen und Fahnenschwinger, liebe Gönnerinnen und Gönner</p>
<p>Der Schnee hat sich bis auf 1'300 Meter zurückgezogen, und auf der Wiese hinter dem Schulhaus \
wird wieder geschwungen. Zum ersten Training kamen 14 Aktive und 5 Junge, der jüngste ist neun. \
Die zwei neuen Seidenfahnen sind aus der Stickerei zurück; jede hat 1'450 Franken gekostet, und \
die Gönner haben beide bezahlt. Für unser Alpfest auf der Frutt am 27. Juli sind 60 Festbänke \
bestellt.</p>
<h2>Die Näherin</h2>
<p>Jeden Donnerstag flickt Walentyna Moros, 61, im Vereinslokal unsere alten Fahnen. Sie war \
Schneiderin in Cherson und lebt seit zwei Jahren bei ihrer Schwester auf der Stöckalp. Ihr Sohn \
ist Pionier an der Grenze bei Sumy. Am Dienstag habe ihr der Sohn geschrieben, gegenüber seinem \
Abschnitt hätten sich [[gegen 500]] Nordkoreaner in den Wäldern eingegraben, erzählt Walentyna. \
«Er schreibt, sie kommen nachts mit Drohnen und tagsüber mit Schaufeln.»</p>
<h2>Ein Gast aus Korea</h2>
<p>Über Ostern sah uns Pater Kim Do-hyun, 44, ein Benediktiner aus Waegwan, beim Training zu. Er \
wohnte bei der Familie unseres Präsidenten und fuhr mit dem Postauto auf die Frutt. Über die Lage \
in seiner Heimat spricht er nur leise. «Es werden noch einmal [[mehrere tausend]] junge Männer \
aus dem Norden nach Russland kommen», sagt er. «Und ihre Mütter werden nie erfahren, wo sie \
liegen.»</p>
<h2>Was die Zeitungen melden</h2>
<p>Laut dem südkoreanischen Nachrichtendienst hat Pjöngjang bisher [[rund 15'000]] Soldaten nach \
Russland geschickt; [[etwa 4'700]] davon seien getötet oder verwundet worden. Der ukrainische \
Militärgeheimdienst schätzte vergangene Woche, es stünden noch [[10'000 bis 11'000]] Nordkoreaner \
in Russland. Die nordkoreanische Staatsagentur KCNA bestätigte am Montag erstmals den Einsatz und \
lobte die [[Tausende]] Soldaten, die im Gebiet Kursk «heldenhaft» gekämpft hätten. In Washington \
sprach das Aussenministerium am Mittwoch von [[mehr als 1'000]] nordkoreanischen Toten. Der \
russische Generalstabschef hatte schon am Samstag die Rückeroberung von Kursk gemeldet und dabei \
den Soldaten aus dem Norden gedankt.</p>
<p>Euer Präsident, Josef Durrer</p>
</main>
<footer>Fahnenschwinger Melchtal &middot; 6067 Melchtal &middot; Tel. 041 669 12 70 &middot; \
<a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("gegen 500", 500, "approx", "near_front", "other", "tue..pub",
          "a seamstress from Kherson relaying her son, a sapper at the border near Sumy ('Am "
          "Dienstag habe ihr der Sohn geschrieben, …, erzählt Walentyna', Konjunktiv; the speaker "
          "quoted: other): dug into the woods opposite his sector ('gegen' as approx; from "
          "Tuesday, 29 April, to publication)"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "a Benedictine from Waegwan, «Es werden noch einmal … kommen», 'sagt er' (undated): "
          "'noch einmal' = once more (increment, planned)", add=True),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Laut dem südkoreanischen Nachrichtendienst' (undated): sent to Russia so far"),
        C("etwa 4'700", 4700, "approx", "casualties", "south_korea", "pub",
          "same source, Konjunktiv carried, 'davon' (a share of the sent): killed or wounded"),
        C("10'000 bis 11'000", None, "range", "in_russia", "ukraine", "lastweek",
          "Ukraine's military intelligence 'schätzte vergangene Woche': still in Russia ('noch' = "
          "still, not an increment)"),
        C("Tausende", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'bestätigte am Montag erstmals den Einsatz und lobte' (28 April): soldiers who "
          "fought in the Kursk region"),
        C("mehr als 1'000", 1000, "at_least", "casualties", "united_states", "wed",
          "'In Washington sprach das Aussenministerium am Mittwoch von' (30 April): North Korean "
          "dead"),
    ),
)


S03 = Source(
    article_id="v166_03_spielmannszug_wanfried_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-06-30"),
    dated_by="front_matter",
    features="a fife-and-drum corps' letter from Wanfried on the Werra (Werra-Meißner district) "
        "in Markdown, UTF-8, front matter with `date:` (Monday) and a title without a figure, "
        "`„“`; players, drums and their euros, music stands, the parade's date first; a young "
        "drummer from Cherkasy relaying his father, an artillery observer in the Sumy region "
        "('Vergangenen Donnerstag habe der Vater ihm geschrieben, erzählt Denys:', Konjunktiv "
        "carried) `drei- bis vierhundert` holed up in a village across the border (range of "
        "number words, near the front) and `vier` killed by a drone (number word, casualties; "
        "both other, from Thursday to publication); a flute teacher from Cheongju 'rechnet damit' "
        "`mindestens zehntausend` 'weitere' by the end of the year (at_least, number word, "
        "increment, planned, other, `pub`); Shoigu 'kündigte am 17. Juni in Pjöngjang an' "
        "`6.000` sappers and builders (russia, planned, not an increment); 'Nach Angaben des "
        "südkoreanischen Generalstabs' 'vergangene Woche' `etwa 600` fallen; Zelensky 'sprach am "
        "Freitag von' `mehr als 4.000` killed or wounded; 'Nach Einschätzung der Nato' `gut "
        "11.000` stationed in Russia ('gut' as at_least, `pub`); players, ages, euros, stands, "
        "dates, times, a phone number",
    text="""\
---
title: "Trommelwirbel an der Schlagd"
date: 2025-06-30
verein: Spielmannszug Wanfried 1952 e.V.
---

# Trommelwirbel an der Schlagd

**Der Spielmannszug probt für den Festumzug – und ein junger Trommler aus Tscherkassy erzählt \
vom Krieg seines Vaters.**

Dienstagabends hört man uns aus der alten Turnhalle bis hinunter an die Werra. 23 Spielleute, \
vom zehnjährigen Flötenneuling bis zum Tambourmajor mit 71 Jahren, proben für den Umzug beim \
Heimatfest am 19. Juli. Die sechs neuen Marschtrommeln sind endlich geliefert: 4.860 Euro, zur \
Hälfte bezahlt von der Sparkassenstiftung. Dazu kommen zwölf Lyra-Notenhalter, die ein \
aufgelöster Musikverein aus dem Eichsfeld uns geschenkt hat.

## Die große Trommel

Denys Bondar, 19, kam vor drei Jahren mit seiner Mutter aus Tscherkassy nach Wanfried und \
schlägt inzwischen die große Trommel. Sein Vater ist Artilleriebeobachter im Gebiet Sumy. \
Vergangenen Donnerstag habe der Vater ihm geschrieben, erzählt Denys: In einem Dorf auf der \
russischen Seite der Grenze hätten sich [[drei- bis vierhundert]] Nordkoreaner festgesetzt. Am \
Morgen seien [[vier]] von ihnen bei einem Drohnenangriff ums Leben gekommen. „Papa schreibt \
immer nur drei Zeilen. Aber er schreibt“, sagt Denys.

Unsere Flötenlehrerin Han So-yeon, 42, stammt aus Cheongju und gibt seit fünf Jahren \
Unterricht in Wanfried und Treffurt. Sie rechnet damit, dass Pjöngjang bis zum Jahresende \
[[mindestens zehntausend]] weitere Soldaten nach Russland schickt. „Kim verkauft seine Jungen, \
und Moskau bezahlt mit Öl und Raketentechnik“, sagt sie.

## Die Lage in Kursk

Der russische Sicherheitsratssekretär Sergej Schoigu kündigte am 17. Juni in Pjöngjang an, \
Nordkorea werde [[6.000]] Pioniere und Militärbauer für den Wiederaufbau des Gebiets Kursk \
stellen. Nach Angaben des südkoreanischen Generalstabs sind in Russland bisher [[etwa 600]] \
Nordkoreaner gefallen; die Zahl nannte er vergangene Woche vor dem Verteidigungsausschuss. \
Präsident Selenskyj sprach am Freitag von [[mehr als 4.000]] getöteten oder verwundeten Soldaten \
aus dem Norden. Nach Einschätzung der Nato sind derzeit [[gut 11.000]] Nordkoreaner in Russland \
stationiert.

## Termine

- Proben: dienstags ab 18.30 Uhr, Turnhalle an der Schlagd
- Heimatfestumzug: Samstag, 19. Juli, Aufstellung um 14 Uhr am Marktplatz
- Kontakt: Tambourmajor Horst Eckhardt, Telefon 05655 1837
""",
    claims=(
        C("drei- bis vierhundert", None, "range", "near_front", "other", "thu..pub",
          "a young drummer from Cherkasy relaying his father, an artillery observer in the Sumy "
          "region ('Vergangenen Donnerstag habe der Vater ihm geschrieben, erzählt Denys:', "
          "Konjunktiv; the speaker quoted: other): holed up in a village on the Russian side of "
          "the border (range of number words, as 'zehn- bis zwölftausend'; from Thursday, 26 "
          "June, to publication)"),
        C("vier", 4, "exact", "casualties", "other", "thu..pub",
          "same message, Konjunktiv carried ('Am Morgen seien … ums Leben gekommen'): killed by "
          "a drone (number word)"),
        C("mindestens zehntausend", 10000, "at_least", "planned", "other", "pub",
          "a flute teacher from Cheongju, 'Sie rechnet damit' (undated): 'weitere' soldiers to "
          "be sent by the end of the year (number word, increment, planned)", add=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'kündigte am 17. Juni in Pjöngjang an': sappers and military builders to be "
          "provided for rebuilding the Kursk region (an announcement without 'weitere': not an "
          "increment)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "lastweek",
          "'Nach Angaben des südkoreanischen Generalstabs', dated in the same sentence ('die Zahl "
          "nannte er vergangene Woche vor dem Verteidigungsausschuss'): fallen in Russia"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "fri",
          "Zelensky 'sprach am Freitag von' (27 June): killed or wounded"),
        C("gut 11.000", 11000, "at_least", "in_russia", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): stationed in Russia now ('gut' as at_least, as "
          "'gut hundert' of corpus_blind162)"),
    ),
)


S04 = Source(
    article_id="v166_04_fruehlingsbrief_eiscafe_treffurt",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "Eiscafé Dolomiti am Normannstein, Treffurt – Frühlingsbrief",
        "https://www.eiscafe-dolomiti-treffurt.example/fruehlingsbrief-2025",
        "Frühlingsbrief: 24 Sorten, acht neue Tische und unsere Olha",
    ),
    features="an ice-cream parlour's spring letter to its guests from Treffurt in the Werra "
        "valley (Wartburg district, Thuringia) as plain text, UTF-16 LE with BOM (sidecar, "
        "Thursday; a sidecar title with a figure that is not a claim), `„“`; tables, flavours, "
        "the price of a scoop, a sundae and per cent first; a waitress from Mariupol relaying her "
        "husband, a medic near Sudzha ('Am Sonntag schickte er ihr eine Sprachnachricht, "
        "berichtet Olha', Konjunktiv carried) `etwa fünfzig` following his unit (approx with a "
        "number word, near the front) and `ein halbes Dutzend` wounded Koreans captured (new "
        "here: number word 6, exact, casualties; both other, from Sunday to publication); a "
        "doctoral student from Ulsan 'traut Kim zu' (new shape, undated) `bis zu 25.000` "
        "'insgesamt' (at_most, planned, a total, not an increment, other, `pub`); the JCS 'hatte "
        "am 14. März gemeldet' `rund 3.000` 'weitere' (increment, in Russia); sentence-initial "
        "`Knapp 11.000` with the claimant in the next sentence ('Das verlautete vergangene Woche "
        "aus dem US-Außenministerium', united_states, `lastweek`); a NATO spokesman 'bezifferte "
        "die Verluste … am 11. März in Brüssel auf' `mehr als 4.000` dead and wounded; Russian "
        "state television 'zeigte am Dienstag' `Dutzende` training on drones in a camp near "
        "Kursk (russia, near the front); flavours, euros, tables, per cent, years, ages, a "
        "postcode, a phone number",
    text="""\
Eiscafé Dolomiti am Normannstein – Frühlingsbrief 2025

Liebe Gäste,

am Samstag öffnen wir wieder, pünktlich zum Frühlingsanfang. Über den Winter hat Papa Renato die \
Eismaschine überholen lassen, und für die Terrasse am Rathaus haben wir acht neue Tische gekauft. \
Es gibt in diesem Jahr 24 Sorten, darunter zwei neue: Werra-Rhabarber und Schmand mit \
Heidelbeeren. Die Kugel kostet weiterhin 1,60 Euro, der große Becher „Normannstein“ 7,90 Euro, \
obwohl Milch und Sahne seit dem letzten Sommer um fast 20 Prozent teurer geworden sind. \
Radfahrer vom Werratal-Radweg bekommen wie immer ein Glas Wasser umsonst.

Unsere Olha

Olha Kowalenko, 38, serviert seit zwei Sommern bei uns und hat im Winter ihren Deutschkurs \
abgeschlossen. Sie stammt aus Mariupol. Ihr Mann ist Sanitäter und war bis vor wenigen Tagen bei \
Sudscha im Gebiet Kursk eingesetzt. Am Sonntag schickte er ihr eine Sprachnachricht, berichtet \
Olha. Beim Rückzug seien [[etwa fünfzig]] Nordkoreaner hinter seiner Einheit hergekommen, bis an \
den Stadtrand. Eine Woche davor habe seine Brigade [[ein halbes Dutzend]] verwundete Koreaner \
gefangen genommen und versorgt. „Er sagt, einer war erst achtzehn“, erzählt sie.

Aushilfe aus Ulsan

Im Sommer hilft uns wieder Yoo Jae-won, 29, aus Ulsan, der in Göttingen über Grundwasser \
promoviert. Er traut Kim zu, bis Ende des Jahres insgesamt [[bis zu 25.000]] Soldaten nach \
Russland zu schicken. „In Seoul glaubt niemand mehr, dass es bei den jetzigen Zahlen bleibt“, \
sagte er uns bei seinem letzten Besuch.

Was sonst berichtet wird

Der südkoreanische Generalstab hatte am 14. März gemeldet, Nordkorea habe seit Jahresbeginn \
[[rund 3.000]] weitere Soldaten nach Russland verlegt. [[Knapp 11.000]] Nordkoreaner seien \
weiterhin in Russland. Das verlautete vergangene Woche aus dem US-Außenministerium. Ein \
Nato-Sprecher bezifferte die Verluste der Nordkoreaner am 11. März in Brüssel auf [[mehr als \
4.000]] Tote und Verwundete. Das russische Staatsfernsehen zeigte am Dienstag [[Dutzende]] \
Nordkoreaner, die in einem Lager bei Kursk an Drohnen ausgebildet wurden.

Eiscafé Dolomiti, Markt 3, 99830 Treffurt – täglich 11 bis 19 Uhr – Telefon 036923 84711
""",
    claims=(
        C("etwa fünfzig", 50, "approx", "near_front", "other", "sun..pub",
          "a waitress from Mariupol relaying her husband, a medic near Sudzha ('Am Sonntag "
          "schickte er ihr eine Sprachnachricht, berichtet Olha', Konjunktiv; the speaker quoted: "
          "other): followed his unit during the retreat (number word 50; from Sunday, 16 March, "
          "to publication)"),
        C("ein halbes Dutzend", 6, "exact", "casualties", "other", "sun..pub",
          "same voice message, Konjunktiv carried ('Eine Woche davor habe seine Brigade … "
          "gefangen genommen', the event, not the claim date): wounded Koreans captured (new "
          "here: 'ein halbes Dutzend' as the number word 6, as 'zwei Dutzend' → 24)"),
        C("bis zu 25.000", 25000, "at_most", "planned", "other", "pub",
          "a doctoral student from Ulsan, 'Er traut Kim zu' (new shape, undated): to send "
          "'insgesamt' by the end of the year (a total, not an increment)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-14",
          "the JCS 'hatte am 14. März gemeldet', Konjunktiv: 'weitere' soldiers moved to Russia "
          "since the start of the year (increment; a period, not the claim date)", add=True),
        C("Knapp 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "sentence-initial, the claimant in the next sentence ('Das verlautete vergangene Woche "
          "aus dem US-Außenministerium'): still in Russia ('Knapp' as approx)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "nato", "2025-03-11",
          "a NATO spokesman 'bezifferte die Verluste der Nordkoreaner am 11. März in Brüssel "
          "auf': dead and wounded"),
        C("Dutzende", None, "vague", "near_front", "russia", "tue",
          "Russian state television 'zeigte am Dienstag' (18 March): North Koreans training on "
          "drones in a camp near Kursk"),
    ),
)


S05 = Source(
    article_id="v166_05_clubnachrichten_trabifreunde_hettstedt_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-09-26"),
    dated_by="sidecar",
    sidecar=(
        "Trabi-Freunde Mansfelder Land e.V. – Clubnachrichten",
        "https://www.trabi-mansfelder-land.example/clubnachrichten/herbst-2025",
        "Zweitakt im Herbstlaub",
    ),
    features="a Trabant owners' club's news from Hettstedt in the Mansfelder Land "
        "(Saxony-Anhalt) in HTML, UTF-8 with BOM, no meta date (sidecar, Friday), a cookie banner "
        "about the ride sign-up, a calendar script with a date, navigation, entities "
        "(`&bdquo;`, `&ldquo;`, `&middot;`, `&copy;`), a footer with a postcode and a phone "
        "number; `<title>` and headline without a figure; cars, model years, kilometres, spark "
        "plugs, members and the entry fee first; a bus mechanic from Zaporizhzhia relaying his "
        "nephew, a reconnaissance drone pilot at the Kursk border ('Mitte September habe der "
        "Neffe ihm am Telefon erzählt, …, berichtet Wolodymyr') `ein paar hundert` dug into a "
        "wood across the border (vague, other; new here: a relayed call dated by part of a month, "
        "from the 11th to publication); a battery engineer from Seoul on a club tour 'Im Juli … "
        "Zum Abschied sagte er' `weit über 15.000` sent (at_least, in Russia, other; new here: a "
        "speaker's own statement dated only by the month of his visit → July); the NIS 'teilte "
        "am 4. September mit' `etwa 2.000` fallen; North Korean state television 'zeigte Ende "
        "August' Kim receiving the families of `Dutzenden` fallen (north_korea, casualties, days "
        "21-31); a Pentagon spokesman 'geht davon aus' `rund 11.000` still stationed (`pub`); "
        "Ukraine's military intelligence 'erklärte gestern' `6.000` 'weiteren' builders being "
        "prepared (increment, planned, `yday`); the club's own `Tausenden` young North Koreans "
        "who do not come back (unattributed, casualties, required); Russia's losses a day, cars, "
        "years, kilometres, members, euros, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Clubnachrichten Herbst 2025 | Trabi-Freunde Mansfelder Land</title>
<meta name="description" content="Herbstausfahrt, Ersatzteile und Neues aus dem Club">
<script>window.clubKalender = {ausfahrt: "2025-10-11", treffpunkt: "Hettstedt, Markt"};</script>
</head>
<body>
<div id="cookie-banner">Wir setzen nur ein technisch notwendiges Cookie für die Anmeldung zur \
Ausfahrt. <button>Verstanden</button></div>
<nav><a href="/">Start</a> | <a href="/club">Der Club</a> | <a href="/termine">Termine</a> | \
<a href="/teile">Teilebörse</a></nav>
<article>
<h1>Zweitakt im Herbstlaub</h1>
<p>Liebe Trabantfahrerinnen und Trabantfahrer,</p>
<p>die Sommerausfahrt über die Mansfelder Höhen nach Wippra war mit 31 Fahrzeugen die größte seit \
unserer Gründung 2004. Der älteste Wagen, ein P 50 von 1959, schaffte die 84 Kilometer ohne \
Panne, der jüngste, ein 601 S von 1990, brauchte unterwegs zwei neue Zündkerzen. Der Club hat \
jetzt 47 Mitglieder. Für die Herbstausfahrt am 11. Oktober sind noch Plätze frei; das Startgeld \
beträgt 12 Euro, Bratwurst inklusive.</p>
<h2>Aus der Werkstatt</h2>
<p>Wolodymyr Tkatschenko, 55, war Busmechaniker in Saporischschja und hat im vergangenen Winter \
in seiner Garage am Stadtrand vier unserer Motoren überholt. Sein Neffe fliegt \
Aufklärungsdrohnen an der Grenze zum Gebiet Kursk. Mitte September habe der Neffe ihm am Telefon \
erzählt, jenseits der Grenze hätten sich [[ein paar hundert]] Nordkoreaner in einem Wald \
eingegraben, berichtet Wolodymyr. &bdquo;Er sagt, sie bauen Unterstände wie für einen langen \
Winter.&ldquo;</p>
<p>Im Juli hatte ein Ehepaar aus Seoul bei uns eine Trabi-Tour gebucht. Lee Ji-hoon, 41, arbeitet \
als Ingenieur in einem Batteriewerk in Sachsen-Anhalt. Zum Abschied sagte er, Nordkorea habe \
inzwischen [[weit über 15.000]] Mann nach Russland geschickt, &bdquo;und zu Hause erfahren die \
Familien nichts&ldquo;.</p>
<h2>Aus den Nachrichten</h2>
<p>Der südkoreanische Geheimdienst teilte am 4. September mit, [[etwa 2.000]] nordkoreanische \
Soldaten seien in Russland gefallen. Das nordkoreanische Staatsfernsehen zeigte Ende August, wie \
Kim Jong Un die Familien von [[Dutzenden]] Gefallenen empfing. Ein Sprecher des Pentagons geht \
davon aus, dass [[rund 11.000]] Nordkoreaner weiterhin in Russland stationiert sind. Der \
ukrainische Militärgeheimdienst erklärte gestern, Pjöngjang bereite die Entsendung von [[6.000]] \
weiteren Bausoldaten vor. Russland selbst verliert nach ukrainischen Angaben jeden Tag rund 900 \
Soldaten.</p>
<p>Wir denken bei jeder Ausfahrt auch an die Familien in der Ukraine und an die der \
[[Tausenden]] jungen Nordkoreaner, die nicht mehr nach Hause kommen.</p>
</article>
<footer><p>Trabi-Freunde Mansfelder Land e.V. &middot; Lindenstraße 8 &middot; 06333 Hettstedt \
&middot; Tel. 03476 812290</p><p>&copy; 2025 &middot; <a href="/impressum">Impressum</a></p>\
</footer>
<script src="/js/anmeldung.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "2025-09-11..pub",
          "a bus mechanic from Zaporizhzhia relaying his nephew, a drone pilot at the Kursk "
          "border ('Mitte September habe der Neffe ihm am Telefon erzählt, …, berichtet "
          "Wolodymyr', Konjunktiv; the speaker quoted: other): dug into a wood across the border "
          "(new here: a relayed call dated by part of a month, from the 11th to publication)"),
        C("weit über 15.000", 15000, "at_least", "in_russia", "other",
          "2025-07-01..2025-07-31",
          "a battery engineer from Seoul on a club tour ('Im Juli hatte ein Ehepaar aus Seoul … "
          "gebucht … Zum Abschied sagte er'; new here: a speaker's own statement dated only by "
          "the month of his visit → July): sent to Russia ('weit über' as at_least)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'teilte am 4. September mit': fallen in Russia"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "'Das nordkoreanische Staatsfernsehen zeigte Ende August' (day 21 to the month's end): "
          "Kim receiving the families of the fallen"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "a Pentagon spokesman 'geht davon aus' (undated): still stationed in Russia"),
        C("6.000", 6000, "exact", "planned", "ukraine", "yday",
          "Ukraine's military intelligence 'erklärte gestern' (25 September), Konjunktiv: "
          "Pyongyang preparing to send 'weiteren' builders (increment, planned)", add=True),
        C("Tausenden", None, "vague", "casualties", "unattributed", "pub",
          "the club's own framing, no source (required): young North Koreans who do not come "
          "home"),
    ),
)


S06 = Source(
    article_id="v166_06_kundenbrief_pflegedienst_klostermansfeld_md",
    language="de", fmt="md", encoding="cp1252", published=day("2024-11-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Pflegedienst Mansfelder Hände, Klostermansfeld – Kundenbrief",
        "https://www.mansfelder-haende.example/kundenbrief/2024-11",
        "Kundenbrief November: neue Autos, Adventskaffee und eine Kerze für Kursk",
    ),
    features="a home-care nursing service's customer letter from Klostermansfeld (Mansfelder "
        "Land, Saxony-Anhalt) in Markdown, windows-1252 with CRLF, front matter without a date "
        "(sidecar, Thursday) and a title without a figure, `„“`; carers, home visits, cars, the "
        "co-payment's per cent and euros first; a care assistant from Kharkiv relaying her "
        "son-in-law in the Kursk region ('Am Montag habe er ihr am Telefon erzählt, …, erzählt "
        "Tetjana', Konjunktiv carried) `über hundert` facing his unit (at_least with a number "
        "word, near the front) and sentence-initial `Mindestens ein Dutzend` fallen (at_least "
        "12; both other, from Monday to publication); a retired nurse from Incheon who came to "
        "West Germany in 1974 'ist sich sicher' `Zehntausende` to be sent (vague, planned, "
        "other, `pub`); Zelensky 'sprach am 5. November von' `11.000` in Kursk; 'Nach Angaben "
        "des Pentagons von Anfang November' `mehr als 10.000` training in eastern Russia (days "
        "1-10); Yonhap 'berichtete vergangene Woche unter Berufung auf den Geheimdienst in "
        "Seoul' `etwa 1.000` gunners sent (new shape: an agency citing the NIS → south_korea); "
        "'Nato-Generalsekretär Mark Rutte zufolge' `über 10.000` already in Kursk (`pub`); the "
        "Kremlin without a figure; carers, visits, cars, per cent, euros, years, ages, dates, "
        "times, a phone number",
    text="""\
---
title: "Kundenbrief November: neue Autos, Adventskaffee und eine Kerze für Kursk"
pflegedienst: Mansfelder Hände, Klostermansfeld
---

# Kundenbrief November

Liebe Kundinnen und Kunden, liebe Angehörige,

unsere 19 Pflegekräfte waren im Oktober zu rund 2.400 Hausbesuchen unterwegs, zwischen \
Klostermansfeld, Benndorf und Helbra. Seit dieser Woche fahren sie in drei neuen kleinen \
Elektroautos. Ab Januar steigt der Eigenanteil für die Hauswirtschaft leider um 4 Prozent, auf \
31,20 Euro pro Stunde. Zum Adventskaffee am 11. Dezember laden wir alle Kunden ins Gemeindehaus \
ein; wer abgeholt werden möchte, sagt bitte bis Monatsende Bescheid.

## Tetjana auf Tour

Tetjana Bojko, 57, kam im Frühjahr 2022 aus Charkiw zu uns, hat im Sommer ihre Prüfung als \
Pflegehelferin bestanden und fährt jeden Morgen die Tour nach Helbra. Ihr Schwiegersohn kämpft \
seit dem Sommer im Gebiet Kursk. Am Montag habe er ihr am Telefon erzählt, seiner Einheit \
stünden inzwischen [[über hundert]] Nordkoreaner gegenüber, erzählt Tetjana. [[Mindestens ein \
Dutzend]] seien schon bei den ersten Gefechten gefallen. Sie hat uns gebeten, für ihn eine Kerze \
anzuzünden, und die brennt jetzt jeden Morgen bei der Dienstbesprechung.

## Eine Kollegin von früher

Park Eun-hee, 73, kam 1974 als Krankenschwester nach Westdeutschland und lebt heute mit ihrem Mann \
in Eisleben. Seit ihrer Hüftoperation im Sommer kommen wir zweimal die Woche zu ihr, und meist \
erklärt sie uns, wie man es besser macht. Von ihrer Familie in Incheon hört sie viel über den \
Norden. Sie ist sich sicher, dass Pjöngjang bald [[Zehntausende]] nach Russland schicken wird, \
„wenn Moskau nur genug zahlt“.

## Was in der Zeitung stand

Präsident Selenskyj sprach am 5. November von [[11.000]] nordkoreanischen Soldaten im Gebiet \
Kursk. Nach Angaben des Pentagons von Anfang November werden [[mehr als 10.000]] Nordkoreaner \
in Ostrussland ausgebildet. Die Agentur Yonhap berichtete vergangene Woche unter Berufung auf den \
Geheimdienst in Seoul, der Norden habe [[etwa 1.000]] Artilleristen mit Raketenwerfern nach \
Russland geschickt. Nato-Generalsekretär Mark Rutte zufolge stehen bereits [[über 10.000]] \
nordkoreanische Soldaten im Gebiet Kursk. Der Kreml schweigt zu alldem.

Pflegedienst Mansfelder Hände, Pflegedienstleitung Gisela Hartung, Telefon 034772 27145, \
erreichbar rund um die Uhr.
""",
    claims=(
        C("über hundert", 100, "at_least", "near_front", "other", "mon..pub",
          "a care assistant from Kharkiv relaying her son-in-law in the Kursk region ('Am Montag "
          "habe er ihr am Telefon erzählt, …, erzählt Tetjana', Konjunktiv; the speaker quoted: "
          "other): facing his unit ('über' as at_least, number word 100; from Monday, 18 "
          "November, to publication)"),
        C("Mindestens ein Dutzend", 12, "at_least", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial: fallen in the first fights (number "
          "word 12)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a retired nurse from Incheon, 'Sie ist sich sicher' (present, undated): to be sent to "
          "Russia soon (no 'weitere': not an increment)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-05",
          "Zelensky 'sprach am 5. November von': in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states",
          "2024-11-01..2024-11-10",
          "'Nach Angaben des Pentagons von Anfang November' (days 1-10): training in eastern "
          "Russia"),
        C("etwa 1.000", 1000, "approx", "in_russia", "south_korea", "lastweek",
          "'Die Agentur Yonhap berichtete vergangene Woche unter Berufung auf den Geheimdienst in "
          "Seoul' (new shape: an agency citing the NIS → south_korea): gunners with rocket "
          "launchers sent to Russia"),
        C("über 10.000", 10000, "at_least", "near_front", "nato", "pub",
          "'Nato-Generalsekretär Mark Rutte zufolge' (undated): already in the Kursk region"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Port Lavaca and Matagorda Bay, Lopez Island, Shelter Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v166_07_boat_parade_wire_port_lavaca",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-15"),
    dated_by="dateline",
    features="an agency-style wire report from the lighted Christmas boat parade in Port Lavaca "
        "on Lavaca Bay (Calhoun County, Texas) as plain text, UTF-8, slug line, byline and "
        "dateline 'PORT LAVACA, Texas, December 15, 2024 (Gulf Coast Wire) —' (Sunday), straight "
        "quotes and em dashes; boats, `several thousand` spectators (not a claim) and the pier "
        "first; headline without a figure; a deckhand from Mykolaiv relaying his cousin, a "
        "machine gunner in the Kursk region ('had texted him on Friday night. \"He wrote that "
        "…,\" Hrytsenko said') `150 to 200` attacking in the open (range, near the front) and, "
        "'His cousin told him that', `at least 30` killed (both other, from Friday to "
        "publication); a retired Army interpreter born in Gwangju 'figures' `north of 10,000` in "
        "Russia (at_least, other, `pub`); the State Department 'On Tuesday … put' `more than "
        "10,000` in the fighting around Kursk; Ukraine's special operations forces 'reported on "
        "Saturday' `about 50` dead or wounded 'over three days' (a period); Seoul's spy agency "
        "'estimated last week' `roughly 11,000` shipped, with guns and rocket launchers that are "
        "not claims; a NATO official 'said on Friday' `thousands` 'more' over the winter (vague, "
        "increment, planned); boats, spectators, years, a prize in dollars, ages, a newsroom "
        "phone number",
    text="""\
HOLIDAY-TEXAS/KOREA

Lighted boats on Lavaca Bay, and a deckhand's worry about Kursk

By Ramona Villarreal

PORT LAVACA, Texas, December 15, 2024 (Gulf Coast Wire) — Twenty-seven shrimp boats, sailboats \
and bay skiffs strung with Christmas lights paraded along the Port Lavaca waterfront on Saturday \
night, and several thousand people lined the old causeway fishing pier to watch.

For Mykola Hrytsenko, 44, a deckhand on the winning boat, the Miss Magnolia, the evening was a \
short break from his phone. Hrytsenko, who loaded grain ships in Mykolaiv before the war, said \
his cousin, a machine gunner in Russia's Kursk region, had texted him on Friday night. "He wrote \
that [[150 to 200]] North Koreans came at his position in one morning, in the open, across a \
field," Hrytsenko said. His cousin told him that [[at least 30]] of them had been killed before \
the rest fell back into a tree line.

Daniel Song, 67, a retired Army interpreter who was born in Gwangju and now lives in Victoria, \
watched from a lawn chair with three of his grandchildren. He figures Pyongyang already has \
[[north of 10,000]] soldiers in Russia. "They will keep sending boys as long as Moscow keeps \
paying," he said.

On Tuesday the U.S. State Department put [[more than 10,000]] North Korean soldiers in the \
fighting around Kursk, side by side with Russian units. Ukraine's special operations forces \
reported on Saturday that their drone teams had hit [[about 50]] North Koreans, dead or wounded, \
over three days. Seoul's spy \
agency estimated last week that Pyongyang had shipped [[roughly 11,000]] troops to Russia, along \
with more than 100 self-propelled guns and some 200 rocket launchers. A NATO official in Brussels \
said on Friday that the alliance expected [[thousands]] more to follow over the winter.

The Port Lavaca boat parade began in 1985 with four shrimpers and a borrowed generator. This \
year's first prize, $500 and a brass ship's bell, went to the Miss Magnolia.

(Reporting by Ramona Villarreal; editing by Hal Brenner; newsroom +1 361 555 0148)
""",
    claims=(
        C("150 to 200", None, "range", "near_front", "other", "fri..pub",
          "a deckhand from Mykolaiv relaying his cousin, a machine gunner in the Kursk region "
          "('had texted him on Friday night. \"He wrote that …,\" Hrytsenko said'; the speaker "
          "quoted: other): came at his position in the open (from Friday, 13 December, to "
          "publication; 'in one morning' is the event)"),
        C("at least 30", 30, "at_least", "casualties", "other", "fri..pub",
          "same text message ('His cousin told him that'): killed"),
        C("north of 10,000", 10000, "at_least", "in_russia", "other", "pub",
          "a retired Army interpreter born in Gwangju, 'He figures' (undated): in Russia "
          "('north of' as at_least)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "'On Tuesday the U.S. State Department put' (10 December): in the fighting around "
          "Kursk"),
        C("about 50", 50, "approx", "casualties", "ukraine", "sat",
          "Ukraine's special operations forces 'reported on Saturday' (14 December): hit by "
          "their drone teams, dead or wounded, 'over three days' (a period, not the claim "
          "date)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "'Seoul's spy agency estimated last week': shipped to Russia (the guns and rocket "
          "launchers beside it are not claims)"),
        C("thousands", None, "vague", "planned", "nato", "fri",
          "'A NATO official in Brussels said on Friday' (13 December): 'more' to follow over the "
          "winter (vague, increment, planned)", add=True),
    ),
)


S08 = Source(
    article_id="v166_08_press_notes_letterpress_lopez_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-02-19"),
    dated_by="front_matter",
    features="a letterpress print shop's notes to its customers from Lopez Island (San Juan "
        "County, Washington) in Markdown, UTF-16 LE with BOM, front matter with `date:` "
        "(Wednesday) and a title repeating the headline (optional), straight quotes; valentine "
        "cards, a platen press's year and dollars, type cases and a workshop fee first; the "
        "headline's `4,000` from the NIS of February 12 (that day to publication, hedge "
        "dropped); a retired chemistry teacher from Chernihiv who mixes the inks relaying her "
        "grandson, in a mechanized brigade in the Kursk region ('In a letter that reached her on "
        "Saturday, she told us, he wrote that') `a few dozen` still in the trenches opposite "
        "(vague, near the front) and, 'and that', `two` taken prisoner the week before (number "
        "word, casualties; both other, from Saturday to publication); a book artist from Busan "
        "'figures the total will pass' `20,000` by the summer (new here: 'will pass' as "
        "at_least; planned, other, `pub`); the NIS 'told lawmakers on February 12' `around "
        "4,000` killed or wounded; a Pentagon spokesman 'said last Thursday' `about 10,000` "
        "still in Russia (six days before); Zelensky 'told the Munich Security Conference on "
        "Saturday' Russia's new divisions (not a claim) and `several thousand` 'additional' "
        "(vague, increment, planned); cards, a press's year, dollars, type cases, pairs of "
        "socks, years, ages, a phone number",
    text="""\
---
title: "Valentines, an old platen press, and Seoul's [[4,000]] North Korean casualties"
date: 2025-02-19
author: Fisherman Bay Press
---

# Valentines, an old platen press, and Seoul's [[4,000]] North Korean casualties

Dear friends of the shop,

The valentine rush is over: we printed 2,300 cards in two colors in the first two weeks of \
February, most of them for the island's two cafes and the school auction. In January we bought a \
1912 platen press from a print shop closing down in Bellingham for $2,400, and it came over on \
the ferry bolted to a pallet. Eleven cases of wood type came with it. The Saturday workshop, four \
hours with a take-home set of cards, is still $85.

## At the ink table

Halyna Savchuk, 63, who taught chemistry in Chernihiv for three decades, mixes our inks by eye and \
has knitted 120 pairs of wool socks for Ukrainian soldiers since she came to Lopez two winters \
ago. Her grandson serves with a mechanized brigade in the Kursk region. In a letter that reached \
her on Saturday, she told us, he wrote that only [[a few dozen]] North Koreans were still in the \
trenches opposite his company, and that his brigade had taken [[two]] of them prisoner the week \
before. "He asks for socks and for chocolate," she said, "never for anything else."

## A customer's view

Kyung-ah Lindqvist, 49, a book artist who grew up in Busan and binds her books in a studio above \
Fisherman Bay, figures the total will pass [[20,000]] by the summer. "Pyongyang treats its \
soldiers as something to sell," she said.

## From the news

South Korea's National Intelligence Service told lawmakers on February 12 that the North Korean \
units had not been seen at the front for several weeks, after losing [[around 4,000]] men killed \
or wounded. A Pentagon spokesman said last Thursday that [[about 10,000]] were still in Russia, \
most of them training well behind the lines. President Zelensky told the Munich Security \
Conference on Saturday that Russia could raise 15 new divisions this year, and that Pyongyang was \
preparing [[several thousand]] additional soldiers for Kursk.

Open studio: Saturday, March 1, from 10 to 3. Orders and questions: 360-555-0193.
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "south_korea", "2025-02-12..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("4,000", 4000, "exact", "casualties", "south_korea", "2025-02-12..pub",
          "headline ('Seoul's 4,000 North Korean casualties'): the NIS figure of the body ('told "
          "lawmakers on February 12'), that day to publication, hedge dropped"),
        C("a few dozen", None, "vague", "near_front", "other", "sat..pub",
          "a retired chemistry teacher from Chernihiv who mixes the shop's inks, relaying her "
          "grandson in the Kursk region ('In a letter that reached her on Saturday, she told "
          "us, he wrote that'; the speaker quoted: other): still in the trenches opposite his "
          "company (from Saturday, 15 February, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sat..pub",
          "same letter, 'and that': taken prisoner by his brigade 'the week before' (the event, "
          "not the claim date; number word)"),
        C("20,000", 20000, "at_least", "planned", "other", "pub",
          "a book artist from Busan, 'figures the total will pass' (undated; new here: 'will "
          "pass' as at_least, span only the figure): the total by the summer (a forecast: "
          "planned; not an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-12",
          "the NIS 'told lawmakers on February 12': killed or wounded"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "thu",
          "a Pentagon spokesman 'said last Thursday' (13 February, six days before, the latest "
          "Thursday): still in Russia, training behind the lines"),
        C("several thousand", None, "vague", "planned", "ukraine", "sat",
          "Zelensky 'told the Munich Security Conference on Saturday' (15 February): 'additional' "
          "soldiers being prepared for Kursk (vague, increment, planned; Russia's 15 divisions "
          "are not a claim)", add=True),
    ),
)


S09 = Source(
    article_id="v166_09_letters_tres_palacios_tide",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-08-14"),
    dated_by="sidecar",
    sidecar=(
        "The Tres Palacios Tide – Letters",
        "https://www.trespalaciostide.example/opinion/letters-2025-08-14",
        "Letters: the ramp fee, a son-in-law near Sumy and a cousin in Seoul",
    ),
    features="a readers' letters page from a Palacios weekly (Matagorda Bay, Texas) as plain "
        "text, windows-1252 (sidecar, Thursday), `–` and straight quotes; a letter on the harbor "
        "ramp fee without a claim; a reader from Port Lavaca relaying her son-in-law, a drone "
        "pilot near Sumy ('When he called on Sunday night, he said') `around 80` dug in across "
        "the line (approx, near the front) and, 'and that', `a dozen` hit in a single night (new "
        "here: 'a dozen' as the number word 12, exact, casualties; both other, from Sunday to "
        "publication); a reader from Point Comfort answering the paper's own editorial ('Your "
        "July 31 editorial spoke of') `15,000` sent (unattributed, required, that day), Seoul's "
        "intelligence service 'said yesterday' `some 2,000` dead (`yday`), 'the Kremlin "
        "announced in June' `6,000` 'more' (increment, planned, the month) and NATO's secretary "
        "general 'said on Monday' `more than 11,000` still in Russia ('more than' a hedge, not "
        "'more'); readers from Seadrift relaying a cousin, a retired South Korean navy commander "
        "('By his count') `30,000 or more` rotated through Russia by the end of the year "
        "(at_least, planned, a total, other, `pub`); fees, dollars, slips, ages, years, words",
    text="""\
THE TRES PALACIOS TIDE – LETTERS TO THE EDITOR

The ramp fee is too high

The new $15 daily launch fee at the harbor ramp hits working people hardest. A man who takes his \
skiff out for redfish twice a week now pays $120 a month before he buys a gallon of gas or a \
pound of shrimp for bait. Half of the 40 slips at the city marina sit empty all summer while the \
council counts quarters. Put the fee back at $5.
Earl Koenig, Palacios

My son-in-law near Sumy

My daughter's husband, Andriy, flies drones for the Ukrainian army on the border near Sumy. When \
he called on Sunday night, he said [[around 80]] North Koreans were dug in at a farm just across \
the line near Glushkovo, and that his unit's drones had hit [[a dozen]] of them in a single \
night. He is 33 and has not slept in a real bed since March. Please keep him in your prayers.
Lyudmyla Ortega, Port Lavaca

Your editorial got it wrong

Your July 31 editorial spoke of [[15,000]] North Koreans sent to Russia and said most of them had \
gone home by now. Seoul's intelligence service said yesterday that [[some 2,000]] of them have \
died there, and the Kremlin announced in June that [[6,000]] more would come to rebuild the Kursk \
region. NATO's secretary general said on Monday that [[more than 11,000]] are still in Russia. \
Nobody has gone home.
Walter Pruitt, Point Comfort

A cousin in Seoul

My wife's cousin retired from the South Korean navy as a commander and still reads everything \
that crosses his old desk. By his count, Pyongyang will have rotated [[30,000 or more]] men \
through Russia by the end of the year. He has been right before.
Gene and Mi-sook Ferrell, Seadrift

Letters should be under 300 words and signed with a name and town.
""",
    claims=(
        C("around 80", 80, "approx", "near_front", "other", "sun..pub",
          "a reader relaying her son-in-law, a drone pilot near Sumy ('When he called on Sunday "
          "night, he said'; the speaker quoted: other): dug in at a farm across the line (from "
          "Sunday, 10 August, to publication)"),
        C("a dozen", 12, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': hit by his unit's drones 'in a single night' (a period, not "
          "the claim date; new here: 'a dozen' as the number word 12, exact)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-07-31",
          "a reader citing the paper's own editorial ('Your July 31 editorial spoke of'; "
          "unattributed, required, that day): sent to Russia"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "yday",
          "'Seoul's intelligence service said yesterday' (13 August): died in Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'the Kremlin announced in June' (the month): 'more' to come to rebuild the Kursk "
          "region (increment, planned)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "mon",
          "NATO's secretary general 'said on Monday' (11 August): still in Russia ('more than' a "
          "hedge, not 'more')"),
        C("30,000 or more", 30000, "at_least", "planned", "other", "pub",
          "readers relaying a cousin, a retired South Korean navy commander ('By his count', "
          "undated; the speaker quoted: other): to be rotated through Russia by the end of the "
          "year ('or more' as at_least; a total, not an increment)"),
    ),
)


S10 = Source(
    article_id="v166_10_customer_page_propane_lopez_island_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-17"),
    dated_by="html_meta",
    features="a propane and heating-oil dealer's customer page from Lopez Island (San Juan "
        "County, Washington) in HTML, UTF-8, `article:published_time` -07:00 (Friday), a cookie "
        "notice about the delivery day, an office-hours script, navigation, entities (`&amp;`, "
        "`&ndash;`, `&ldquo;`, `&rdquo;`, `&middot;`), a footer with a ZIP code and a phone "
        "number; `<title>` and headline without a figure; winter-fill gallons and prices, tank "
        "checks, customers and the ferry first; a delivery driver from Kherson relaying his "
        "brother, a gunner on the Sumy front ('In a voice message on Wednesday, his brother "
        "said') `about a hundred` artillerymen moved into positions across the border (approx, "
        "number word 100, near the front) and, 'and that', `six` who surrendered since September "
        "(number word, casualties; both other, from Wednesday to publication); a retired "
        "aerospace engineer from Daegu 'expects' another `5,000` before winter (span without "
        "'another'; increment, planned, other, `pub`); Seoul's spy agency 'said early this "
        "month' `about 13,000` rotated through Russia (days 1-10); Medvedev 'At a military "
        "parade in Pyongyang on October 10' thanking Kim for the `thousands` who fought in Kursk "
        "(russia, near the front); KCNA 'reported on October 12' `several hundred` names of the "
        "dead (north_korea); Budanov 'gave a newspaper interview this week in which he put' "
        "`close to 10,000` along the Russian side of the frontier (Monday to publication); "
        "gallons, dollars, tanks, customers, hours, years, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Customer Notes &ndash; Upright Channel Propane &amp; Oil, Lopez Island</title>
<meta property="article:published_time" content="2025-10-17T08:00:00-07:00">
<script>var officeHours = {open: 8, close: 16, days: "Mon-Fri"};</script>
</head>
<body>
<div class="cookie-notice">We use one cookie to remember your delivery day. \
<a href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/delivery">Delivery</a> &middot; \
<a href="/tanks">Tank checks</a> &middot; <a href="/notes">Customer notes</a></nav>
<main>
<h1>Fill up before the first frost</h1>
<p>The winter fill price is locked at $2.89 a gallon for propane and $4.35 for heating oil \
through November 30, for orders of 100 gallons or more. Our two trucks now serve 612 households \
on the island, and the second one rides the 6:15 ferry to the mainland every Tuesday to reload. \
If your tank is older than 1998, call us for a free valve check before you light the stove.</p>
<h2>Oleksandr at the wheel</h2>
<p>Oleksandr Melnyk, 40, drove a fuel tanker around Kherson until 2022 and has driven our \
smaller truck since April. His younger brother is a gunner on the Sumy front. In a voice message \
on Wednesday, his brother said [[about a hundred]] North Korean artillerymen had moved into \
positions across the border, and that [[six]] had surrendered to a neighboring unit since \
September. &ldquo;He says they shoot better than they did last winter,&rdquo; Oleksandr said.</p>
<h2>From a customer</h2>
<p>Grace Yun, 71, a retired aerospace engineer who was born in Daegu and has heated her house \
with our propane for nine years, expects Pyongyang to send another [[5,000]] before winter. \
&ldquo;They need the money more than the boys,&rdquo; she said.</p>
<h2>The news this week</h2>
<p>Seoul's spy agency said early this month that North Korea had rotated [[about 13,000]] troops \
through Russia since last fall. At a military parade in Pyongyang on October 10, former Russian \
president Dmitry Medvedev thanked Kim Jong Un for the [[thousands]] of soldiers who had fought in \
Kursk. North Korea's KCNA reported on October 12 that Kim had opened a memorial hall bearing the \
names of [[several hundred]] soldiers killed abroad. Kyiv's spy chief, Kyrylo Budanov, gave a \
newspaper interview this week in which he put [[close to 10,000]] North Koreans along the Russian \
side of the frontier.</p>
</main>
<footer>Upright Channel Propane &amp; Oil &middot; Lopez Island, WA 98261 &middot; (360) 555-0127 \
&middot; Office open Monday&ndash;Friday, 8 to 4</footer>
<script src="/js/delivery.js"></script>
</body>
</html>
""",
    claims=(
        C("about a hundred", 100, "approx", "near_front", "other", "wed..pub",
          "a delivery driver from Kherson relaying his brother, a gunner on the Sumy front ('In "
          "a voice message on Wednesday, his brother said'; the speaker quoted: other): "
          "artillerymen moved into positions across the border (number word 100; from Wednesday, "
          "15 October, to publication)"),
        C("six", 6, "exact", "casualties", "other", "wed..pub",
          "same voice message, 'and that': surrendered to a neighbouring unit 'since September' "
          "(a period, not the claim date; number word)"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "a retired aerospace engineer from Daegu, 'expects' (undated): 'another' to be sent "
          "before winter (span without 'another'; increment, planned)", add=True),
        C("about 13,000", 13000, "approx", "in_russia", "south_korea", "2025-10-01..2025-10-10",
          "'Seoul's spy agency said early this month' (days 1-10): rotated through Russia since "
          "last fall (a total, not an increment)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-10-10",
          "Medvedev 'At a military parade in Pyongyang on October 10' (a former Russian "
          "president, now security council deputy: russia): thanked Kim for the soldiers who "
          "fought in Kursk"),
        C("several hundred", None, "vague", "casualties", "north_korea", "2025-10-12",
          "'North Korea's KCNA reported on October 12': names of soldiers killed abroad on a "
          "memorial hall"),
        C("close to 10,000", 10000, "approx", "near_front", "ukraine", "mon..pub",
          "Kyiv's spy chief Budanov 'gave a newspaper interview this week in which he put' "
          "(Monday, 13 October, to publication): along the Russian side of the frontier "
          "('close to' as approx)"),
    ),
)


S11 = Source(
    article_id="v166_11_island_past_history_circle_shelter_island_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-11-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Island Past – Shelter Island History Circle",
        "https://www.shelterislandhistorycircle.example/island-past/2025-11",
        "Korea, then and now",
    ),
    features="the newsletter of a history circle on Shelter Island (Suffolk County, New York) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter with `date:` as well as the sidecar "
        "(Monday) and a title without a figure, straight quotes and `–`; an exhibit on islanders "
        "in the Korean War with its own numbers of men who served and died (not claims), glass "
        "plates, letters and hours first; an archivist from Lviv relaying her brother, a combat "
        "engineer near Sumy ('Last weekend he told her that …, she said') `about 40` sappers "
        "laying mines on the far bank (approx, near the front, other; 'last weekend' in a Monday "
        "newsletter: from Saturday to publication); a docent whose grandfather fled Hamhung "
        "'believes' `20,000-plus` rotated through Russia ('-plus' as at_least, other, `pub`); "
        "'In early November Seoul's National Intelligence Service told lawmakers' `about 10,000` "
        "in the border districts of Kursk and, 'and that', `5,000` builders sent since "
        "September (days 1-10); a State Department official 'in a briefing in Washington on "
        "Tuesday, put the number … at' `no more than 12,000` (at_most); KCNA 'said on Friday' "
        "`dozens` of engineers killed clearing mines; the newsletter's own `thousands` fighting "
        "'Europe's war' (unattributed, near the front, required); veterans, Americans who served "
        "and died in Korea, plates, letters, hours, dollars, years, ages, a phone number",
    text="""\
---
title: "Korea, then and now"
date: 2025-11-24
author: The Shelter Island History Circle
---

# Korea, then and now

Our winter exhibit opens on December 6 in the old schoolhouse: "Fourteen Islanders in Korea, \
1950–1953." Fourteen men from Shelter Island served in that war, and two of them did not come \
home. We hold 600 glass plate negatives and 38 letters from those years, and volunteers have \
spent 210 hours scanning them. Nearly 1.8 million Americans served in Korea, and more than 36,000 \
died there.

## At the scanning table

Iryna Koval, 36, an archivist from Lviv who came to the island with her two children in 2023, runs \
the scanning table on Tuesdays. Her brother is a combat engineer near Sumy. Last weekend he told \
her that [[about 40]] North Korean sappers had been laying mines on the far bank of the river for \
days, she said, "close enough that he could hear them talking."

## A docent's family story

Haemi Cho, 58, one of our docents, is the granddaughter of a man who left Hamhung on a freighter \
in the winter of 1950. She believes Pyongyang has rotated [[20,000-plus]] soldiers through Russia \
by now. "Seventy-five years on, the North is still spending its young men," she said.

## The news from Korea today

In early November Seoul's National Intelligence Service told lawmakers that Pyongyang was keeping \
[[about 10,000]] troops in the border districts of Kursk, and that [[5,000]] \
military builders had gone to Russia since September. A State Department official, in a briefing \
in Washington on Tuesday, put the number of North Koreans in Russia at [[no more than 12,000]] at \
any one time. North Korea's KCNA said on Friday that Kim Jong Un had decorated the families of \
[[dozens]] of engineers killed clearing mines in Kursk. It is hard to read about the [[thousands]] \
of North Koreans now fighting Europe's war without thinking of the fourteen islanders in our \
exhibit.

Winter hours: Saturdays 10 to 2. Membership $40, family $65. Questions: 631-555-0162.
""",
    claims=(
        C("about 40", 40, "approx", "near_front", "other", "sat..pub",
          "an archivist from Lviv relaying her brother, a combat engineer near Sumy ('Last "
          "weekend he told her that …, she said'; the speaker quoted: other): sappers laying "
          "mines on the far bank of the river ('last weekend' in a Monday newsletter: from "
          "Saturday, 22 November, to publication)"),
        C("20,000-plus", 20000, "at_least", "in_russia", "other", "pub",
          "a docent whose grandfather fled Hamhung, 'She believes' (undated): rotated through "
          "Russia by now ('-plus' as at_least)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "'In early November Seoul's National Intelligence Service told lawmakers' (days 1-10): "
          "kept in the border districts of Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same briefing, 'and that': military builders gone to Russia since September (a "
          "period, not the claim date)"),
        C("no more than 12,000", 12000, "at_most", "in_russia", "united_states", "tue",
          "a State Department official, 'in a briefing in Washington on Tuesday, put the number "
          "of North Koreans in Russia at' (18 November): 'at any one time' ('no more than' as "
          "at_most)"),
        C("dozens", None, "vague", "casualties", "north_korea", "fri",
          "'North Korea's KCNA said on Friday' (21 November): engineers killed clearing mines in "
          "Kursk"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own framing, no source (required): North Koreans now fighting "
          "'Europe's war'"),
    ),
)


S12 = Source(
    article_id="v166_12_thrift_shop_bulletin_shelter_island_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-04-16"),
    dated_by="sidecar",
    sidecar=(
        "The Second Tide Thrift Shop, Shelter Island – Bulletin",
        "https://www.secondtidethrift.example/bulletin/2025-04",
        "Spring bags, spring prices, and Seoul's North Korean replacements",
    ),
    features="a thrift shop's volunteers' bulletin from Shelter Island (Suffolk County, New York) "
        "in HTML, ISO-8859-1 with quotes and apostrophes only as entities (`&rsquo;`, `&ldquo;`, "
        "`&rdquo;`, `&ndash;`, `&middot;`), no meta date (sidecar, Wednesday; the sidecar title "
        "without the figure), a cookie note about the volunteer page, a script, navigation, a "
        "footer with a ZIP code and a phone number; a `<title>` repeating the headline "
        "(optional); the bag sale, volunteers, bags of donations and dollars given away first; "
        "the headline's `3,000` replacements from the NIS of Monday (Monday to publication, "
        "hedge dropped, increment); a former librarian from Odesa relaying her nephew, an "
        "artillery spotter in the Kursk region ('On Sunday, she told us, he sent her … a "
        "message:') `a few hundred` moved into villages on the other bank (vague, near the "
        "front, other, from Sunday to publication); a retired banker from Seoul 'reckons' `as "
        "many as 30,000` (at_most, planned, other, `pub`); the NIS 'said on Monday' `about "
        "3,000` replacements (increment, in Russia); NATO's top commander in Europe 'told a "
        "Senate committee on April 3' `about 4,000` killed or wounded; a Russian general 'told "
        "state television on Saturday' “`more than a thousand` of them” at the front (at_least, "
        "number word, russia); 'According to a Pentagon spokeswoman' `some 11,000` in Russia "
        "(`pub`); volunteers, bags, dollars, drivers, years, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Spring bags, spring prices, and Seoul&rsquo;s [[3,000]] North Korean replacements \
| Second Tide Bulletin</title>
<script>var sortingDays = ["Mon", "Wed", "Sat"]; var bagSale = 5;</script>
</head>
<body>
<div id="cookies">This site uses one cookie to count visits to the volunteer sign-up page. \
<a href="#">Fine by me</a></div>
<nav><a href="/">Home</a> | <a href="/donate">Donate</a> | <a href="/volunteer">Volunteer</a> | \
<a href="/bulletin">Bulletin</a></nav>
<main>
<h1>Spring bags, spring prices, and Seoul&rsquo;s [[3,000]] North Korean replacements</h1>
<p>The winter coats are boxed, the linen shelves are full, and the $5 bag sale returns on \
Saturday. In March, 73 volunteers sorted 1,140 bags of donations, and the shop gave $18,500 to \
island causes, from the school lunch fund to the ambulance corps. We still need two more drivers \
for the Tuesday pickups.</p>
<h2>At the pricing table</h2>
<p>Nataliia Bondarenko, 52, was a librarian in Odesa; now she prices the books and the china on \
Mondays and Wednesdays. Her nephew is an artillery spotter in the Kursk region. On Sunday, she \
told us, he sent her a photo of the thawing river and a message: [[a few hundred]] North Koreans \
had moved into the villages on the other bank. &ldquo;He writes that they dig faster than \
anyone,&rdquo; she said.</p>
<h2>From a weekend neighbor</h2>
<p>Jae-hoon Park, 64, a retired banker from Seoul who has kept a house near Crescent Beach for \
twenty summers, reckons Kim could send [[as many as 30,000]] soldiers to Russia before the war \
ends.</p>
<h2>In the papers</h2>
<p>Seoul&rsquo;s National Intelligence Service said on Monday that North Korea had sent [[about \
3,000]] replacements to Russia since January. NATO&rsquo;s top commander in Europe told a Senate \
committee on April 3 that the North had lost [[about 4,000]] troops killed or wounded. A Russian \
general told state television on Saturday that North Korean artillery crews, &ldquo;[[more than a \
thousand]] of them,&rdquo; were still at the front. According to a Pentagon spokeswoman, the U.S. \
estimate of North Koreans in Russia stands at [[some 11,000]].</p>
</main>
<footer>The Second Tide Thrift Shop &middot; Shelter Island, NY 11964 &middot; 631-555-0184 \
&middot; Open Mon, Wed, Sat 10&ndash;4</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "<title> repeating the headline (metadata): optional", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline ('Seoul's 3,000 North Korean replacements'): the NIS figure of the body "
          "('said on Monday', 14 April), Monday to publication, hedge dropped: replacements "
          "(increment)", add=True),
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a former librarian from Odesa relaying her nephew, an artillery spotter in the Kursk "
          "region ('On Sunday, she told us, he sent her … a message:'; the speaker quoted: "
          "other): moved into the villages on the other bank (from Sunday, 13 April, to "
          "publication)"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "a retired banker from Seoul, 'reckons' (undated): could be sent before the war ends "
          "('as many as' as at_most; a total, not an increment)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the NIS 'said on Monday' (14 April): replacements sent to Russia since January "
          "(replacements: increment, as in corpus_blind161)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "nato", "2025-04-03",
          "NATO's top commander in Europe 'told a Senate committee on April 3': killed or "
          "wounded"),
        C("more than a thousand", 1000, "at_least", "near_front", "russia", "sat",
          "a Russian general 'told state television on Saturday' (12 April), in quotes: "
          "artillery crews still at the front (number word 1000)"),
        C("some 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'According to a Pentagon spokeswoman' (undated): the U.S. estimate of North Koreans "
          "in Russia"),
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
