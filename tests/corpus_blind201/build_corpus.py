"""Build the TWO-HUNDRED-AND-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The two-hundred-and-third corpus, for an honest measurement on articles the extractor has never
met, written in session 20 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news with chains of sources as in real wire copy (an outlet citing an
agency citing a service), anonymous officials, updates and corrections, denials and figures
questioned in the same sentence: a blueprint dyeing workshop's staff letter from Unterweißenbach
(Austrian conventions) with a dyer from Cherkasy and a block cutter from Gyeongju, a farmers'
machinery ring's news page with an update and a correction from Liebenau (Austrian words) with a
farmer from Incheon, a village paper's corrections box from Fuldera (Swiss conventions), the wire
round-up of a village info screen from Tschlin (Swiss conventions), a chimney sweep's customer
letter from Tabarz with an apprentice whose mother is from Daegu and a journeyman from Rivne, and a
show cave's guides' newsletter from Friedrichroda with a guide from Kharkiv and an intern from
Daejeon; a weekly's news page from Eastport with an update and a retired sergeant major, the same
weekly's corrections box, a news site's wire round-up from Machias, a media column from Machias on
how wire figures travel, a tide-pool docents' newsletter from Cannon Beach with a student from
Odesa and a visitor from Gangneung, and a kite shop's newsletter from Cannon Beach with a retired
diplomat's workshop and a kite builder from Busan. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind201_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Unterweißenbach and Liebenau in Upper Austria, Fuldera and Tschlin in
# Graubünden, Tabarz and Friedrichroda in Thuringia)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="w201_01_belegschaftsbrief_blaudruckerei_unterweissenbach",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-24"),
    dated_by="dateline", crlf=True,
    features="a blueprint dyeing workshop's letter to its staff from Unterweißenbach (Upper "
        "Austria) as plain text, windows-1252 with CRLF, `„“`, `‚‘` and `–` (no sidecar), dated "
        "by the letter line 'Unterweißenbach, 24. Jänner 2025' (Friday); Austrian conventions "
        "(`Jänner`, `Feber`, `heuer`); metres of linen (`rund 6.000 Meter`, a hedged figure that "
        "is no claim), staff, an indigo vat's euros, a bonus and an outing date first; a dyer "
        "from Cherkasy who believes `mindestens 15.000` are in Russia (at_least, other, `pub`); "
        "a block cutter from Gyeongju who 'rechnet damit' that 'weitere' `10.000` follow by "
        "summer (increment, planned, other, `pub`); Yonhap 'Am Montag … unter Berufung auf den "
        "Geheimdienst NIS' (X citing Y: south_korea) `rund 300` fallen, `2.700` wounded and, "
        "carried by 'demnach', `zwei` captured; the 'Financial Times' 'vom Mittwoch', relying on "
        "Western security circles (other), 'zusätzlich' `6.000 bis 8.000` by spring (range, "
        "increment, planned); 'Aus Regierungskreisen in Kiew hieß es gestern' `mehr als 3.800` "
        "dead and wounded, questioned in the same sentence; a senior US official who did not "
        "want to be named, speaking to Reuters 'am Dienstag', `etwa 11.000` 'weiterhin' in "
        "Kursk (not an increment); Pyongyang's denial and Moscow's silence without a figure; "
        "metres, euros, staff, ages, dates, times, a phone number",
    text="""\
Blaudruckerei Leitner – Brief an die Belegschaft

Unterweißenbach, 24. Jänner 2025

Liebe Kolleginnen und Kollegen,

das alte Jahr war für unsere kleine Werkstatt das beste seit langem. Wir haben 18.500 Meter \
Leinen und Baumwolle bedruckt und gefärbt, davon gingen rund 6.000 Meter an Trachtenschneidereien \
in der Landeshauptstadt. Heuer sind wir neun Leute, und die neue Küpe, in der wir das Indigo \
ansetzen, hat 41.000 Euro gekostet und färbt seit Dreikönig gleichmäßiger als die alte. Die \
Weihnachtsprämie von 350 Euro ist mit dem Dezembergehalt ausbezahlt worden, und den \
Betriebsausflug ins Färbermuseum planen wir für den 14. Juni.

Aus der Färberei

Seit dem Sommer steht Oleksandr Hrytsenko, 41, aus Tscherkassy bei uns an der Küpe und zieht die \
Stoffbahnen durch das Indigobad. Am Abend liest er am Handy die Nachrichten aus der Heimat, und \
den Zahlen aus Moskau traut er nicht über den Weg. „Ich glaube, dass inzwischen \
[[mindestens 15.000]] Nordkoreaner in Russland sind“, sagt er. „Was wir aus Seoul hören, ist \
immer schon ein paar Wochen alt.“

Ji-woo Berger, 34, stammt aus Gyeongju und schneidet seit dem Herbst neue Druckmodel aus \
Birnbaumholz, die ersten seit fast hundert Jahren. Eines zeigt Kraniche, wie sie ihre Großmutter \
gestickt hat. Sie rechnet damit, dass Pjöngjang bis zum Sommer weitere [[10.000]] Soldaten nach \
Russland schickt. ‚Der Norden verkauft seine jungen Männer‘, sagt sie.

Was in der Welt los ist

Am Montag meldete Yonhap, die größte Agentur Südkoreas, unter Berufung auf den Geheimdienst \
NIS, seit Dezember seien [[rund 300]] nordkoreanische Soldaten gefallen und [[2.700]] \
verwundet worden. Der Geheimdienst bestätigte demnach auch, dass [[zwei]] Nordkoreaner in \
ukrainische Gefangenschaft geraten sind. Laut einem Bericht der „Financial Times“ vom Mittwoch, \
der sich auf westliche Sicherheitskreise stützt, könnte Nordkorea bis zum Frühjahr zusätzlich \
[[6.000 bis 8.000]] Mann schicken, um die Ausfälle zu ersetzen. Aus Regierungskreisen in Kiew \
hieß es gestern, die Zahl der Toten und Verwundeten liege mit [[mehr als 3.800]] weit höher – \
unabhängig überprüfen lässt sich diese Angabe nicht. Ein hochrangiger US-Beamter, der nicht \
genannt werden wollte, sagte der Agentur Reuters am Dienstag, [[etwa 11.000]] Nordkoreaner \
stünden weiterhin im Gebiet Kursk. Pjöngjang dementierte über die Staatsagentur KCNA einmal mehr, \
überhaupt Truppen nach Russland geschickt zu haben; aus Moskau kam dazu kein Wort.

Die nächste Besprechung ist am 7. Feber um 14 Uhr in der Werkstatt. Fragen bitte an Monika \
Hofer im Büro, Telefon 07956 7312 20.

Mit blauen Grüßen
Die Geschäftsleitung
""",
    claims=(
        C("mindestens 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a dyer from Cherkasy in „…“, 'sagt er' (undated): in Russia by now"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a block cutter from Gyeongju, 'Sie rechnet damit' (undated): 'weitere' to be sent by "
          "summer (increment, planned; span without the word)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Am Montag meldete Yonhap … unter Berufung auf den Geheimdienst NIS' (X citing Y: the "
          "service's group, the agency's day, 20 January), Konjunktiv: fallen since December"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same report, 'und': wounded"),
        C("zwei", 2, "exact", "casualties", "south_korea", "mon",
          "same report, carried by 'demnach' (the NIS confirming): taken prisoner by Ukraine "
          "(number word)"),
        C("6.000 bis 8.000", None, "range", "planned", "other", "wed",
          "'Laut einem Bericht der „Financial Times“ vom Mittwoch, der sich auf westliche "
          "Sicherheitskreise stützt' (Western security circles: other; 22 January): 'zusätzlich' "
          "by spring (range, increment, planned)", add=True),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "yday",
          "'Aus Regierungskreisen in Kiew hieß es gestern' (anonymous Kyiv officials: ukraine; 23 "
          "January): dead and wounded, questioned in the same sentence"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "tue",
          "'Ein hochrangiger US-Beamter, der nicht genannt werden wollte, sagte der Agentur "
          "Reuters am Dienstag' (21 January): 'weiterhin' in the Kursk region (not an increment)"),
    ),
)


S02 = Source(
    article_id="w201_02_aktuelles_maschinenring_liebenau_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-02-19"),
    dated_by="html_meta",
    features="a farmers' machinery ring's news page ('Aktuelles aus dem Ring') from Liebenau "
        "(Upper Austria) in HTML, UTF-16 LE with BOM, `article:published_time` and "
        "`article:modified_time` (Wednesday), navigation, a footer with office hours, `„“` and "
        "`–`; Austrian words (`Jänner`, `Feber`, `heuer`); `<title>`, `og:title` and headline "
        "without a figure; snow-clearing drivers, degrees, kilometres of road and a tractor's "
        "hourly rate first; a section head 'Seoul: Nordkorea hat 3.000 weitere Soldaten "
        "geschickt' (the claimant and day of the passage below it, increment, required); an "
        "'Update, 15.10 Uhr:' paragraph above the lead in which a ministry spokesman adds `etwa "
        "200` snipers and drone pilots among the newcomers (a breakdown, not an increment); the "
        "Joint Chiefs ('Bekannt gab das der Generalstab in Seoul am Mittwochmorgen, wie … Yonhap "
        "berichtete') `rund 3.000` 'weitere' and 'Insgesamt' `rund 14.000` (not an increment); "
        "HUR 'am Dienstag' `knapp 4.000` dead or wounded, questioned in the same sentence; 'Aus "
        "Regierungskreisen in Washington hieß es' `11.000 bis 12.000` (range, undated); Rutte "
        "'Vergangene Woche' `mehr als 10.000` at the front; Pyongyang's denial; a farmer from "
        "Incheon who drives the snow plough and says `Heuer schickt Kim noch Zehntausende` "
        "(vague, planned, not an increment); a 'Korrektur:' with the wrong `13.000` (optional) "
        "and the right `rund 14.000` (required); drivers, degrees, kilometres, euros, metres of "
        "altitude, cows, a year, times, ages",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-16">
<meta property="article:published_time" content="2025-02-19T07:45:00+01:00">
<meta property="article:modified_time" content="2025-02-19T15:10:00+01:00">
<meta property="og:title" content="Aktuelles aus dem Ring">
<title>Aktuelles – Maschinenring Liebenau</title>
</head>
<body>
<nav><a href="/">Start</a> | <a href="/winterdienst">Winterdienst</a> | <a \
href="/aktuelles">Aktuelles</a> | <a href="/kontakt">Kontakt</a></nav>
<main>
<article>
<h1>Aktuelles aus dem Ring</h1>
<p class="meta">Veröffentlicht: 19.02.2025, 7.45 Uhr – aktualisiert um 15.10 Uhr</p>
<p>Der Winter hat uns fest im Griff: Bei minus 14 Grad in der Früh sind unsere 23 Fahrer seit \
Wochen jede Nacht unterwegs und räumen 42 Kilometer Gemeindestraßen und Güterwege. Die \
Abrechnung für Jänner geht Ende Feber hinaus, der Stundensatz für den Traktor mit Schneepflug \
bleibt heuer bei 68 Euro.</p>
<h2>Seoul: Nordkorea hat [[3.000]] weitere Soldaten geschickt</h2>
<p>Viele von euch fragen uns nach den Nachrichten aus Korea und der Ukraine. Hier das Wichtigste \
des Tages, laufend ergänzt.</p>
<p><strong>Update, 15.10 Uhr:</strong> Das Verteidigungsministerium in Seoul hat am Nachmittag \
nachgelegt. Unter den Neuankömmlingen seien [[etwa 200]] Scharfschützen und Drohnenpiloten, sagte \
ein Sprecher.</p>
<p>Nordkorea hat nach Angaben aus Südkorea seit Jänner [[rund 3.000]] weitere Soldaten zu seinem \
Verbündeten geschickt. Bekannt gab das der Generalstab in Seoul am Mittwochmorgen, wie die \
Nachrichtenagentur Yonhap berichtete. Insgesamt seien damit seit dem Herbst [[rund 14.000]] \
Nordkoreaner in Russland gewesen, ein Teil davon sei inzwischen wieder abgezogen worden.</p>
<p>Wie viele von ihnen gefallen sind, ist umstritten. Der ukrainische Militärgeheimdienst HUR \
sprach am Dienstag von [[knapp 4.000]] getöteten oder verwundeten Nordkoreanern – eine Zahl, die \
sich nicht überprüfen lässt und weit über den Schätzungen aus Seoul liegt. Aus Regierungskreisen \
in Washington hieß es, derzeit stünden [[11.000 bis 12.000]] Nordkoreaner in Russland. Vergangene \
Woche hatte Mark Rutte, der Generalsekretär der Nato, in Brüssel [[mehr als 10.000]] Soldaten aus \
dem Norden an der Front gezählt. Pjöngjang dementierte über die Staatsagentur KCNA erneut jede \
Beteiligung am Krieg.</p>
<h2>Aus dem Ring: Hye-won am Schneepflug</h2>
<p>Lee Hye-won, 61, stammt aus Incheon und lebt seit 1989 in Liebenau, knapp 1.000 Meter über dem \
Meer. Mit ihrem Mann führt sie einen Milchviehbetrieb mit 38 Kühen, und im Winter fährt sie für \
den Ring den Schneepflug auf den Güterwegen. Jede Meldung aus ihrer alten Heimat verfolgt sie \
genau. „Heuer schickt Kim noch [[Zehntausende]] nach Russland, da bin ich mir sicher“, sagt sie. \
„Er bekommt dafür Öl und Raketentechnik.“</p>
<p><strong>Korrektur:</strong> In einer früheren Fassung dieser Meldung hieß es, insgesamt seien \
[[13.000]] Nordkoreaner in Russland gewesen. Der Generalstab in Seoul nannte [[rund 14.000]]. Wir \
bitten, den Fehler zu entschuldigen.</p>
</article>
</main>
<footer>Maschinenring Liebenau – Büro Montag bis Freitag von 7 bis 12 Uhr</footer>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "the section head 'Seoul: Nordkorea hat 3.000 weitere Soldaten geschickt': takes the "
          "claimant of the passage below it with the same figure (the Joint Chiefs on Wednesday "
          "morning) and the window from that day to publication, as section heads in earlier "
          "sets; drops the lead's hedge, keeps the value; 'weitere' (increment, span without the "
          "word)", add=True),
        C("etwa 200", 200, "approx", "in_russia", "south_korea", "wed",
          "'Update, 15.10 Uhr:' the defence ministry in Seoul 'am Nachmittag', 'sagte ein "
          "Sprecher' after the figure (the publication day, 19 February): snipers and drone "
          "pilots among the newcomers (a breakdown, not an increment)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'Bekannt gab das der Generalstab in Seoul am Mittwochmorgen, wie die "
          "Nachrichtenagentur Yonhap berichtete' (the claimant in the sentence after; X citing "
          "Y: the joint chiefs): 'weitere' sent to Russia since January (increment, span "
          "without the word)", add=True),
        C("rund 14.000", 14000, "approx", "in_russia", "south_korea", "wed",
          "same statement, Konjunktiv: 'Insgesamt' in Russia since the autumn (a total, not an "
          "increment)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "tue",
          "'Der ukrainische Militärgeheimdienst HUR sprach am Dienstag von' (18 February): "
          "killed or wounded, questioned in the same sentence"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Aus Regierungskreisen in Washington hieß es' (anonymous US officials, undated): in "
          "Russia now"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "lastweek",
          "'Vergangene Woche hatte Mark Rutte, der Generalsekretär der Nato, in Brüssel … "
          "gezählt': at the front"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "an innkeeper from Incheon in „…“, 'sagt sie' (undated): 'Heuer schickt Kim noch' "
          "(planned; 'noch' is not an increment)"),
        C("13.000", 13000, "exact", "in_russia", "south_korea", "wed",
          "'Korrektur:' the wrong figure an earlier version printed (optional, as in earlier "
          "sets)", opt=True),
        C("rund 14.000", 14000, "approx", "in_russia", "south_korea", "wed",
          "'Korrektur:' the right figure restated ('Der Generalstab in Seoul nannte'): the labels "
          "of the body claim it restates (required, as in earlier sets)"),
    ),
)


S03 = Source(
    article_id="w201_03_berichtigungen_dorfblatt_fuldera_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-08"),
    dated_by="front_matter",
    features="a village paper's corrections box ('Wir berichtigen') from Fuldera (Graubünden) in "
        "Markdown, UTF-8, front matter with `date:` (Thursday) and a title without a figure; "
        "Swiss conventions (`ss`, «», `420'000`, `4'700`, `12'000`, `11'000`, no `ß`); a water "
        "credit in francs, cattle and goats, a meeting date and an age corrected first; the wrong "
        "`15'000` fallen an April report ascribed to the NIS (optional) and the right figures of "
        "the NIS 'Ende April' `rund 4'700` dead and wounded and, carried by 'darunter', `etwa "
        "600` dead (the 21st to the 30th); a retired officer's talk 'vom 3. April' in which he "
        "took `mindestens 12'000` in combat in Kursk from Kyiv's military intelligence (X citing "
        "Y: ukraine, the day of the talk); the 'Ergänzung' tracing `rund 3000` 'zusätzlichen' "
        "troops from Keystone-SDA 'am 24. April unter Berufung auf … Yonhap' to the Joint Chiefs "
        "(south_korea, increment); Kyiv's military intelligence 'Anfang April' `über 6000` "
        "(days 1-10); the Pentagon 'Mitte April' `etwa 11'000` still in Russia; Gerasimov's "
        "thanks and Pyongyang's confirmation without a figure; francs, cattle, goats, ages, "
        "dates, times, a phone number",
    text="""\
---
title: "Wir berichtigen"
date: 2025-05-08
ausgabe: Mai 2025
rubrik: In eigener Sache
---

# Wir berichtigen

*In der April-Nummer des Dorfblatts sind uns mehrere Fehler unterlaufen. Die Redaktion bittet \
um Entschuldigung und hält fest:*

**Wasserversorgung.** Der Kredit für die neue Quellfassung oberhalb des Dorfes beträgt 420'000 \
Franken und nicht 240'000 Franken. Die Gemeindeversammlung stimmt am 23. Mai um 20 Uhr im \
Schulhaus darüber ab.

**Alpsommer.** Auf die Alp werden in diesem Jahr 112 Rinder und 40 Ziegen getrieben, nicht 121 \
Rinder. Die Alpfahrt ist für den 14. Juni geplant, bei schlechtem Wetter eine Woche später.

**Geburtstag.** Unsere älteste Einwohnerin, Mengia Gross, hat im April ihren 97. Geburtstag \
gefeiert, nicht den 96. Wir gratulieren nachträglich ein zweites Mal.

**«Nordkoreas Soldaten in Kursk».** In unserem Bericht über den Vortrag im Schulhaus hiess es, \
der südkoreanische Geheimdienst gehe von [[15'000]] gefallenen Nordkoreanern aus. Das ist \
falsch. Der Geheimdienst NIS hat Ende April vor Abgeordneten in Seoul von [[rund 4'700]] Toten \
und Verwundeten gesprochen, darunter [[etwa 600]] Tote. Auch den Referenten haben wir falsch \
vorgestellt: Jachen Caviezel ist pensionierter Berufsoffizier und nicht ehemaliger Diplomat. In \
seinem Vortrag vom 3. April hatte er, gestützt auf den ukrainischen Militärgeheimdienst, von \
[[mindestens 12'000]] Nordkoreanern gesprochen, die im Gebiet Kursk gekämpft hätten. Die Zahl \
war also nicht seine eigene Schätzung, wie wir schrieben.

**Ergänzung.** Die Zahl von [[rund 3000]] zusätzlichen nordkoreanischen Soldaten in Russland, \
die wir der Agentur Keystone-SDA zugeschrieben hatten, stammt ursprünglich vom Generalstab in \
Seoul. Die SDA hatte sie am 24. April unter Berufung auf die südkoreanische Agentur Yonhap \
verbreitet. Kiews Militärgeheimdienst setzt die Verluste des Nordens höher an und sprach Anfang \
April von [[über 6000]] Toten und Verwundeten. Das Pentagon schätzte Mitte April, \
[[etwa 11'000]] Nordkoreaner seien weiterhin in Russland.

**Moskau.** Anders als im Artikel zu lesen war, hat Russland die Anwesenheit nordkoreanischer \
Truppen inzwischen bestätigt: Generalstabschef Waleri Gerassimow dankte am 26. April den \
Soldaten aus dem Norden für ihren Einsatz im Gebiet Kursk. Eine Zahl nannte er nicht. Pjöngjang \
bestätigte den Einsatz zwei Tage später.

Hinweise auf Fehler nehmen wir gerne entgegen: redaktion@dorfblatt-fuldera.example oder Telefon \
081 858 51 12.
""",
    claims=(
        C("15'000", 15000, "exact", "casualties", "south_korea", "pub",
          "the wrong figure the April issue ascribed to the NIS (a correction's wrong figure: "
          "optional, as in earlier sets)", opt=True),
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the correction's right figure: 'Der Geheimdienst NIS hat Ende April vor Abgeordneten "
          "in Seoul von … gesprochen' (the 21st to the 30th): dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same briefing, 'darunter': the dead among them"),
        C("mindestens 12'000", 12000, "at_least", "near_front", "ukraine", "2025-04-03",
          "a retired officer's talk 'vom 3. April', 'gestützt auf den ukrainischen "
          "Militärgeheimdienst' (X citing Y: the service's group, the day of the talk), "
          "Konjunktiv: fought in the Kursk region"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "2025-04-24",
          "'stammt ursprünglich vom Generalstab in Seoul. Die SDA hatte sie am 24. April unter "
          "Berufung auf … Yonhap verbreitet' (an agency citing an agency citing the joint chiefs: "
          "south_korea; the agencies' day): 'zusätzlichen' soldiers in Russia (increment, the "
          "word outside the span)", add=True),
        C("über 6000", 6000, "at_least", "casualties", "ukraine", "2025-04-01..2025-04-10",
          "'Kiews Militärgeheimdienst … sprach Anfang April von' (days 1-10): dead and wounded"),
        C("etwa 11'000", 11000, "approx", "in_russia", "united_states", "2025-04-11..2025-04-20",
          "'Das Pentagon schätzte Mitte April' (the 11th to the 20th), Konjunktiv: 'weiterhin' in "
          "Russia (not an increment)"),
    ),
)


S04 = Source(
    article_id="w201_04_kurz_gemeldet_infoscreen_tschlin",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-07-04"),
    dated_by="sidecar",
    sidecar=(
        "Infoscreen Tschlin",
        "https://www.infoscreen-tschlin.example/kurz-gemeldet/2025-27",
        "Kurz gemeldet: Die Agenturmeldungen der Woche",
    ),
    features="the text of a village info screen's short wire round-up from Tschlin (Graubünden) "
        "as plain text, "
        "UTF-8 with BOM (sidecar, Friday; the sidecar title without a figure), agency datelines "
        "('SEOUL (sda/dpa) –', 'MOSKAU (sda/afp) –', 'KIEW (Reuters) –'); Swiss conventions (`ss`, "
        "«», `11'000`, `14'000`, `25'000 bis 30'000`, four-digit `6000`, no `ß`); the NIS that "
        "'habe dies am Montag Abgeordneten … mitgeteilt, berichtete … Yonhap unter Berufung auf "
        "Teilnehmer' (the claimant in the sentence after the figure) `bis zu 6000` 'weiteren' "
        "(at_most, increment, planned); the Kremlin's denial on Tuesday without a figure and "
        "Shoigu who 'hatte Mitte Juni in Pjöngjang angekündigt' `1000` deminers and `5000` "
        "builders (russia, planned, the 11th to the 20th); `rund 11'000` stationed in Russia 'Das "
        "berichtete die Zeitung «Kyiv Independent» am Mittwoch unter Berufung auf den "
        "Militärgeheimdienst HUR' (X citing Y: ukraine) and, carried, Budanov's `25'000 bis "
        "30'000` by the year's end, questioned in the same sentence (range, planned, no increment "
        "word); an anonymous senior US official 'am Mittwoch' `etwa 4500` dead and wounded, "
        "'darunter' `rund 1000` fallen; state TV 'am Sonntag' showing Kim with `Hunderte` "
        "returnees (optional) and KCNA's `einige tausend` sappers ready for Kursk (north_korea, "
        "vague, planned); Rutte 'vergangene Woche am Rande des Gipfels' `mehr als 14'000`; a bus "
        "timetable, shop hours and a dairy's cheese in kilos",
    text="""\
Infoscreen Tschlin – Kurz gemeldet
Die Agenturmeldungen der Woche für den Bildschirm beim Dorfladen, ausgewählt in der Gemeindekanzlei

SEOUL (sda/dpa) – Nordkorea bereitet nach Erkenntnissen Südkoreas die Entsendung von [[bis zu \
6000]] weiteren Soldaten nach Russland vor. Der Geheimdienst NIS habe dies am Montag Abgeordneten \
in einer geschlossenen Sitzung mitgeteilt, berichtete die Nachrichtenagentur Yonhap unter Berufung \
auf Teilnehmer. Es handle sich vor allem um Bausoldaten und Minenräumer.

MOSKAU (sda/afp) – Der Kreml hat Berichte zurückgewiesen, wonach nordkoreanische Soldaten künftig \
auch auf ukrainischem Gebiet kämpfen sollen. «Davon kann keine Rede sein», sagte Sprecher Dmitri \
Peskow am Dienstag. Sicherheitsratssekretär Sergei Schoigu hatte Mitte Juni in Pjöngjang \
angekündigt, Nordkorea werde [[1000]] Minenräumer und [[5000]] Militärbauarbeiter ins Gebiet Kursk \
entsenden.

KIEW (Reuters) – In Russland sind nach ukrainischen Angaben derzeit [[rund 11'000]] \
nordkoreanische Soldaten stationiert. Das berichtete die Zeitung «Kyiv Independent» am Mittwoch \
unter Berufung auf den Militärgeheimdienst HUR. Dessen Chef Kyrylo Budanow hält es zudem für \
möglich, dass Pjöngjang bis Jahresende [[25'000 bis 30'000]] Mann in Russland hat, eine \
Schätzung, die man in Seoul für deutlich zu hoch hält.

WASHINGTON (AP) – Ein hochrangiger Vertreter der US-Regierung, der anonym bleiben wollte, \
bezifferte die nordkoreanischen Verluste am Mittwoch auf [[etwa 4500]] Tote und Verwundete, \
darunter [[rund 1000]] Gefallene. Die Zahlen aus Kiew seien zu hoch gegriffen, sagte er.

PJÖNGJANG (sda/dpa) – Das nordkoreanische Staatsfernsehen hat am Sonntag Bilder gezeigt, auf \
denen Machthaber Kim Jong Un [[Hunderte]] aus dem Gebiet Kursk heimgekehrte Soldaten empfängt. \
Laut der Staatsagentur KCNA stehen zudem [[einige tausend]] Pioniere bereit, um beim Wiederaufbau \
im Gebiet Kursk zu helfen.

BRÜSSEL (sda) – Nato-Generalsekretär Mark Rutte sagte vergangene Woche am Rande des Gipfels in \
Den Haag, Pjöngjang habe Moskau seit Oktober 2024 [[mehr als 14'000]] Mann zur Verfügung \
gestellt.

TSCHLIN (Gemeinde) – Das Postauto ins Dorf fährt ab Montag, 7. Juli, wieder im Stundentakt, \
werktags mit 16 Kursen. Der Dorfladen hat bis Ende August auch sonntags von 8 bis 11 Uhr offen, \
und die Sennerei verkauft ab der kommenden Woche wieder Alpkäse, das Kilo zu 32 Franken.
""",
    claims=(
        C("bis zu 6000", 6000, "at_most", "planned", "south_korea", "mon",
          "'Der Geheimdienst NIS habe dies am Montag Abgeordneten … mitgeteilt, berichtete die "
          "Nachrichtenagentur Yonhap unter Berufung auf Teilnehmer' (the claimant in the "
          "sentence after; X citing Y citing Z: the service; 30 June): 'weiteren' being "
          "prepared (increment, span without the word; planned)", add=True),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Sicherheitsratssekretär Sergei Schoigu hatte Mitte Juni in Pjöngjang angekündigt' "
          "(the 11th to the 20th): deminers to be sent to the Kursk region"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement, 'und': military builders"),
        C("rund 11'000", 11000, "approx", "in_russia", "ukraine", "wed",
          "'Das berichtete die Zeitung «Kyiv Independent» am Mittwoch unter Berufung auf den "
          "Militärgeheimdienst HUR' (the claimant in the sentence after; X citing Y: ukraine, the "
          "paper's day, 2 July): stationed in Russia"),
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "wed",
          "same report, carried ('Dessen Chef Kyrylo Budanow hält es zudem für möglich'): in "
          "Russia by the year's end (planned; no increment word), questioned in the same "
          "sentence"),
        C("etwa 4500", 4500, "approx", "casualties", "united_states", "wed",
          "'Ein hochrangiger Vertreter der US-Regierung, der anonym bleiben wollte, bezifferte "
          "… am Mittwoch' (2 July): dead and wounded"),
        C("rund 1000", 1000, "approx", "casualties", "united_states", "wed",
          "same statement, 'darunter': fallen"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "sun",
          "state TV 'am Sonntag' (29 June) showing Kim receiving soldiers back from Kursk "
          "(returnees, as in earlier sets: optional)", opt=True),
        C("einige tausend", None, "vague", "planned", "north_korea", "sun",
          "'Laut der Staatsagentur KCNA' in the same item, the Sunday report carried: sappers "
          "ready to help rebuild the Kursk region (planned)"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "'Nato-Generalsekretär Mark Rutte sagte vergangene Woche am Rande des Gipfels': put at "
          "Moscow's disposal since October 2024 (in Russia; a total over a period, not an "
          "increment)"),
    ),
)


S05 = Source(
    article_id="w201_05_kundenbrief_schornsteinfeger_tabarz_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-03-21"),
    dated_by="sidecar",
    sidecar=(
        "Schornsteinfegerbetrieb Wenzel, Tabarz",
        "https://www.schornsteinfeger-wenzel.example/kundenbrief/fruehjahr-2025",
        "Kundenbrief Frühjahr 2025",
    ),
    features="a chimney sweep's customer letter from Tabarz (Thuringia) in Markdown, ISO-8859-1 "
        "with straight quotes and hyphens only, front matter without a date (sidecar, Friday) and "
        "titles without a figure; fireplaces swept, stoves measured, a fine-dust limit in grams, "
        "a fee rise in per cent and euros and a year first; an apprentice whose mother is from "
        "Daegu who 'geht davon aus' Kim sends 'noch einmal' `mehrere tausend` this year (vague, "
        "increment, planned, other, `pub`); a journeyman from Rivne who 'schätzt' `mindestens "
        "5.000` dead and wounded (other, `pub`); the 'Spiegel' 'am Dienstag unter Berufung auf "
        "den Bundesnachrichtendienst' `etwa 3.000` killed or wounded (a third government's "
        "service: other), questioned in the same sentence; the Pentagon 'am Montag' `rund 4.000` "
        "dead and wounded; Zelensky 'am 7. März' `mehr als 10.000` 'weiterhin' in Kursk (not an "
        "increment); the Joint Chiefs ''Mitte März gab … bekannt' `rund 3.000` 'zusätzlich' "
        "(increment); NATO "
        "'nach Worten eines Sprechers' `bis zu 12.000` (at_most, undated) and Moscow's denial on "
        "Thursday without a figure; fireplaces, stoves, grams, per cent, euros, years, ages, a "
        "phone number",
    text="""\
---
title: "Kundenbrief Frühjahr 2025"
autor: Holger Wenzel, bevollmächtigter Bezirksschornsteinfeger
---

# Kundenbrief aus dem Kehrbezirk Tabarz

Liebe Kundinnen und Kunden,

die Heizperiode geht zu Ende, und wir haben in diesem Winter 1.140 Feuerstätten in Tabarz und \
den Nachbarorten gekehrt und geprüft. Bei 63 Kaminöfen haben wir den Feinstaub gemessen; neun \
davon lagen über dem Grenzwert von 0,15 Gramm je Kubikmeter. Die Gebühr für die Feuerstättenschau \
steigt ab 1. April um 4 Prozent auf 52,80 Euro. Bitte denken Sie daran: Öfen, die vor 2010 \
eingebaut wurden, brauchen bis zum Jahresende einen Filter oder müssen stillgelegt werden.

## Neu im Team

Seit Januar lernt bei uns Sun-hee Wagner, 19. Ihre Mutter stammt aus Daegu, aufgewachsen ist sie \
hier im Ort, und auf den Dächern ist sie schwindelfrei wie kaum jemand. Die Nachrichten über \
Nordkorea verfolgt die Familie genau. Sun-hee geht davon aus, dass Kim in diesem Jahr noch einmal \
[[mehrere tausend]] Soldaten nach Russland schickt. "Für ihn sind das Devisen", sagt sie.

Unser Geselle Taras Melnyk, 33, aus Riwne ist seit 2022 im Betrieb und hat im Herbst die \
Meisterschule begonnen. Er schätzt die Verluste der Nordkoreaner auf [[mindestens 5.000]] Tote und \
Verwundete. "Zu Hause redet man von nichts anderem, wenn es um Kursk geht", sagt er.

## Was sonst in der Welt geschah

Der "Spiegel" berichtete am Dienstag unter Berufung auf den Bundesnachrichtendienst, [[etwa \
3.000]] Nordkoreaner seien seit Dezember getötet oder verwundet worden - eine Schätzung, die der \
Dienst selbst nicht kommentieren wollte. Das Pentagon ging am Montag von [[rund 4.000]] Toten und \
Verwundeten aus. Präsident Selenskyj sagte am 7. März, [[mehr als 10.000]] Nordkoreaner seien \
weiterhin im Gebiet Kursk im Einsatz. Mitte März gab der südkoreanische Generalstab bekannt, \
seit Anfang Januar seien [[rund 3.000]] Soldaten zusätzlich aus dem Norden nach Russland \
gekommen. Die \
Nato geht nach Worten eines Sprechers davon aus, dass [[bis zu 12.000]] Nordkoreaner in Russland \
sind. Moskau dementierte das am Donnerstag erneut: Es gebe "keine ausländischen Truppen" auf \
russischem Boden.

Termine für die Abgasmessung im April vergeben wir ab sofort unter Telefon 036259 5 12 77.

Mit rußigen Grüßen
Ihr Holger Wenzel und Team
""",
    claims=(
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "an apprentice whose mother is from Daegu, 'Sun-hee geht davon aus' (undated): 'noch "
          "einmal' to be sent this year (increment, as 'noch einmal' in earlier sets; planned)",
          add=True),
        C("mindestens 5.000", 5000, "at_least", "casualties", "other", "pub",
          "a journeyman from Rivne, 'Er schätzt' (undated): dead and wounded"),
        C("etwa 3.000", 3000, "approx", "casualties", "other", "tue",
          "'Der \"Spiegel\" berichtete am Dienstag unter Berufung auf den Bundesnachrichtendienst' "
          "(X citing Y: a third government's service, other; the magazine's day, 18 March), "
          "Konjunktiv: killed or wounded since December, questioned in the same sentence"),
        C("rund 4.000", 4000, "approx", "casualties", "united_states", "mon",
          "'Das Pentagon ging am Montag von … aus' (17 March): dead and wounded"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "ukraine", "2025-03-07",
          "'Präsident Selenskyj sagte am 7. März', Konjunktiv: 'weiterhin' in action in the "
          "Kursk region (not an increment)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "'Mitte März gab der südkoreanische Generalstab bekannt' (the 11th to the 20th), "
          "Konjunktiv: 'zusätzlich' come to Russia since the start of January "
          "(increment)", add=True),
        C("bis zu 12.000", 12000, "at_most", "in_russia", "nato", "pub",
          "'Die Nato geht nach Worten eines Sprechers davon aus' (undated): in Russia; Moscow's "
          "denial on Thursday carries no figure"),
    ),
)


S06 = Source(
    article_id="w201_06_hoehlenpost_schauhoehle_friedrichroda_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-10-15"),
    dated_by="html_meta", crlf=True,
    features="a show cave's guides' newsletter from Friedrichroda (Thuringia) in HTML, "
        "windows-1252 with CRLF, `<meta name=\"date\">` (Wednesday), `„“` and `–`, a footer with "
        "a phone number; `<title>` and headline without a figure; the season's end, visitors, "
        "per cent, a tour's minutes, ticket prices and the grotto's degrees first; a guide from "
        "Kharkiv relaying her son, a sapper at the Kursk border ('Am Sonntag hat er angerufen, "
        "erzählt sie.', Konjunktiv carried) `mehrere hundert` clearing minefields on the Russian "
        "side (vague, near the front) and sentence-initial `Vier` killed when their truck hit a "
        "mine (number word, "
        "casualties; both other, from Sunday to publication); an intern from Daejeon who 'hält es "
        "für realistisch' that `rund 25.000` will have served in Russia by the year's end "
        "(planned, other, `pub`); Yonhap 'am Donnerstag unter Berufung auf Abgeordnete' (the NIS: "
        "south_korea) `rund 2.000` fallen; Russia's deputy defence minister 'Ende September' "
        "`etwa 1.500` sappers in Kursk (russia, near the front, the 21st to the 30th); the State "
        "Department's report 'vom Juli' `10.000 bis 15.000` (range, the whole month); Ukraine's "
        "general staff 'gestern' `zwei` 'weitere' captured (increment, casualties); visitors, "
        "per cent, minutes, euros, degrees, a date, an issue number, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<meta name="date" content="2025-10-15">
<title>Höhlenpost – Rundbrief für die Höhlenführerinnen und Höhlenführer</title>
</head>
<body>
<header><p>Schauhöhle Friedrichroda – Höhlenpost Nr. 41</p></header>
<main>
<h1>Saisonende unter Tage</h1>
<p>Liebe Kolleginnen und Kollegen, liebe Freunde der Höhle,</p>
<p>am 2. November endet die Hauptsaison. Bis Ende September sind 61.300 Gäste durch den Stollen \
gekommen, gut 4 Prozent mehr als im Vorjahr. Die Führung dauert weiterhin 45 Minuten, der \
Eintritt kostet 12 Euro, Kinder zahlen 7 Euro. In der Kristallgrotte messen wir das ganze Jahr \
über 8 Grad – bitte erinnert die Gäste an warme Jacken, auch wenn draußen die Sonne scheint.</p>
<h2>Aus unserem Team</h2>
<p>Nataliia Bondar, 52, aus Charkiw führt seit zwei Jahren durch die Grotte, auf Deutsch, Englisch \
und Ukrainisch. Ihr Sohn ist Pionier an der Grenze zum Gebiet Kursk. Am Sonntag hat er angerufen, \
erzählt sie. Auf der russischen Seite seien [[mehrere hundert]] Nordkoreaner damit beschäftigt, \
Minenfelder zu räumen und Unterstände zu bauen. [[Vier]] von ihnen seien in der Woche davor ums \
Leben gekommen, als ihr Lastwagen über eine Panzermine rollte. „Er sagt, sie arbeiten sogar \
nachts“, erzählt Nataliia.</p>
<p>Kim Do-yun, 24, aus Daejeon studiert Geologie und macht bei uns seit August ein Praktikum. Er \
hält es für realistisch, dass bis zum Jahresende insgesamt [[rund 25.000]] Nordkoreaner in \
Russland gedient haben werden. „Bei uns in Korea glaubt niemand mehr an kleine Zahlen“, sagt \
er.</p>
<h2>Aus den Nachrichten</h2>
<p>Wie die Nachrichtenagentur Yonhap am Donnerstag unter Berufung auf Abgeordnete berichtete, \
schätzt der südkoreanische Geheimdienst NIS die Zahl der gefallenen Nordkoreaner inzwischen auf \
[[rund 2.000]]. In Moskau sprach Vizeverteidigungsminister Juri Sadowenko Ende September von \
[[etwa 1.500]] nordkoreanischen Pionieren, die im Gebiet Kursk Minen räumten. Das \
US-Außenministerium ging in einem Bericht vom Juli von [[10.000 bis 15.000]] Nordkoreanern in \
Russland aus. Der ukrainische Generalstab meldete gestern, [[zwei]] weitere Nordkoreaner seien in \
Gefangenschaft geraten.</p>
<p>Der Abschlussabend für alle Führerinnen und Führer ist am 7. November um 18 Uhr im \
Kassenhaus.</p>
</main>
<footer>Schauhöhle Friedrichroda – Verwaltung, Telefon 03623 30 44 19</footer>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a guide from Kharkiv relaying her son, a sapper at the Kursk border ('Am Sonntag hat "
          "er angerufen, erzählt sie.', Konjunktiv; the speaker quoted: other; from Sunday, 12 "
          "October, to publication): clearing minefields on the Russian side"),
        C("Vier", 4, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed when their truck "
          "hit an anti-tank mine 'in der Woche davor' (the period of the deaths, not the claim "
          "date)"),
        C("rund 25.000", 25000, "approx", "planned", "other", "pub",
          "an intern from Daejeon, 'Er hält es für realistisch' (undated): 'insgesamt' to have "
          "served in Russia by the year's end (a forecast total: planned, not an increment)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "'Wie die Nachrichtenagentur Yonhap am Donnerstag unter Berufung auf Abgeordnete "
          "berichtete, schätzt der südkoreanische Geheimdienst NIS' (X citing Y citing Z: the "
          "service; the agency's day, 9 October): fallen"),
        C("etwa 1.500", 1500, "approx", "near_front", "russia", "2025-09-21..2025-09-30",
          "'In Moskau sprach Vizeverteidigungsminister Juri Sadowenko Ende September von' (the "
          "21st to the 30th): sappers clearing mines in the Kursk region"),
        C("10.000 bis 15.000", None, "range", "in_russia", "united_states",
          "2025-07-01..2025-07-31",
          "'Das US-Außenministerium ging in einem Bericht vom Juli von … aus' (the whole month): "
          "in Russia"),
        C("zwei", 2, "exact", "casualties", "ukraine", "yday",
          "'Der ukrainische Generalstab meldete gestern' (14 October), Konjunktiv: 'weitere' "
          "taken prisoner (increment, the word after the figure, outside the span; number word)",
          add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Eastport and Machias in Maine, Cannon Beach in Oregon)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="w201_07_news_page_weekly_eastport_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-11-14"),
    dated_by="html_meta",
    features="a weekly's news page from Eastport (Maine) in HTML, UTF-8, "
        "`article:published_time` (Thursday), navigation, entities (`&amp;`, `&mdash;`), a "
        "footer with an address and a phone number; `<title>` and headline without a figure; an "
        "italic 'Update, 4:15 p.m.:' note above the story; 'Reuters, citing two U.S. officials, "
        "reported Wednesday' `more than 10,000` in Kursk (X citing Y: united_states); Zelensky "
        "'said Monday night' `11,000`, 'a figure Washington has not confirmed' (questioned in the "
        "same sentence); 'A senior U.S. official who asked not to be named … said on Tuesday' "
        "`thousands` 'more' (vague, increment, planned); the Pentagon's spokeswoman 'Thursday "
        "afternoon' `about 10,000` in combat in Kursk (the update, publication day); the NIS "
        "that 'briefed a parliamentary panel' 'Last week' `about 3,000` still training in the "
        "Far East; 'The Kyiv "
        "Independent reported Tuesday, quoting HUR' 'another' `1,500 to 2,000` for a second "
        "rotation (range, increment, planned, ukraine); the Kremlin's and Pyongyang's denials "
        "without a figure; a retired sergeant major who 'figures' `15,000 or more` (at_least, "
        "other, `pub`); feet of tide, years, a trip's dollars, ages, an address, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2024-11-14T09:30:00-05:00">
<meta property="og:site_name" content="The Eastport Breakwater">
<title>North Koreans join fighting in Kursk, officials say | The Eastport Breakwater</title>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/world">Nation &amp; World</a> \
| <a href="/tides">Tide tables</a></nav>
<main>
<article>
<p class="kicker">Nation &amp; World</p>
<h1>North Koreans join fighting in Kursk, officials say</h1>
<p class="update"><em>Update, 4:15 p.m.: This story has been updated with comment from the \
Pentagon.</em></p>
<p>North Korean soldiers have begun fighting alongside Russian troops in the Kursk region, \
according to American and Ukrainian officials, the clearest sign yet that Pyongyang's deployment \
has moved from training grounds to the front.</p>
<p>Reuters, citing two U.S. officials, reported Wednesday that [[more than 10,000]] of Pyongyang's \
soldiers were now in the Kursk region and that some had already come under Ukrainian fire. \
President Volodymyr Zelensky said Monday night that the number was [[11,000]], a figure Washington \
has not confirmed.</p>
<p>A senior U.S. official who asked not to be named because the intelligence is classified said \
on Tuesday that Pyongyang could send [[thousands]] more if Moscow asked for them. Pentagon \
spokeswoman Sabrina Singh said Thursday afternoon that [[about 10,000]] of the North Koreans were \
now in the Kursk region and engaged in combat operations.</p>
<p>Last week South Korea's National Intelligence Service briefed a parliamentary panel: [[about \
3,000]] of the soldiers sent to Russia, it said, were still training at bases in the Far East. The \
Kyiv Independent reported Tuesday, quoting HUR, Ukraine's military intelligence agency, that the \
North was preparing another [[1,500 to 2,000]] men for a second rotation.</p>
<p>The Kremlin has neither confirmed nor denied the deployment; spokesman Dmitry Peskov on \
Wednesday called the reports &ldquo;not worth commenting on.&rdquo; North Korea's foreign ministry \
has denied that any of its troops are in Russia.</p>
<h2>A view from the breakwater</h2>
<p>In Eastport, where the tide rises about 18 feet twice a day, retired Army Sgt. Maj. Dale Pike, \
71, served two tours near the Demilitarized Zone in the 1980s. These days he runs visitors out \
to the Old Sow whirlpool for $40 a head. Pike figures [[15,000 or more]] North Koreans are in \
Russia by now. &ldquo;Pyongyang never sends exactly what it says it sends,&rdquo; he said. \
&ldquo;And it never says anything at all.&rdquo;</p>
</article>
</main>
<footer>The Eastport Breakwater &mdash; 16 Water Street, Eastport &mdash; (207) 853-4410</footer>
</body>
</html>
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "wed",
          "'Reuters, citing two U.S. officials, reported Wednesday' (X citing Y: the officials' "
          "group, the agency's day, 13 November): moved into the Kursk region"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "'President Volodymyr Zelensky said Monday night' (11 November): in the Kursk region, "
          "'a figure Washington has not confirmed' (questioned in the same sentence)"),
        C("thousands", None, "vague", "planned", "united_states", "tue",
          "'A senior U.S. official who asked not to be named … said on Tuesday' (12 November): "
          "'more' could be sent (increment, the word after the figure; planned)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "thu",
          "'Pentagon spokeswoman Sabrina Singh said Thursday afternoon' (the update; the "
          "publication day, 14 November): in the Kursk region, in combat"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "'Last week South Korea's National Intelligence Service briefed a parliamentary "
          "panel: … it said': still training at bases in the "
          "Far East (in Russia)"),
        C("1,500 to 2,000", None, "range", "planned", "ukraine", "tue",
          "'The Kyiv Independent reported Tuesday, quoting HUR' (X citing Y: ukraine; the paper's "
          "day, 12 November): 'another' being prepared for a second rotation (increment, span "
          "without the word; planned)", add=True),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "a retired sergeant major, 'Pike figures' (undated): in Russia by now ('or more' after "
          "the figure, inside the span: at_least)"),
    ),
)


S08 = Source(
    article_id="w201_08_corrections_box_weekly_eastport",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "The Eastport Breakwater",
        "https://www.eastportbreakwater.example/corrections/2025-09-12",
        "Corrections & Clarifications",
    ),
    features="a weekly's corrections box from Eastport (Maine) as plain text, ISO-8859-1 with "
        "straight quotes only (sidecar, Friday; the sidecar title without a figure), starred "
        "items; a ferry fare in dollars, a season's end, a harbor master's name and school "
        "enrollment corrected around the claims; 'An earlier version of the story gave' the "
        "wrong `6,000` "
        "(optional) and the right `about 2,000` killed, 'The agency told lawmakers on Sept. 4' "
        "(south_korea, that day); NATO's figure of `more than 14,000` 'given by Secretary General "
        "Mark Rutte in late June' (a clarification restating a claim: nato, the 21st to the "
        "30th); the Joint Chiefs, 'not the National Intelligence Service', who 'said on Sept. 8' "
        "`roughly 3,000` 'additional' (increment); `up to 30,000` 'more' in a report that was "
        "'CNN's, published July 2 and citing Ukrainian intelligence officials' (X citing Y: "
        "ukraine, at_most, increment, planned); Shoigu's promise of `6,000` builders and "
        "deminers, made 'in "
        "Pyongyang on June 17' (russia, planned); state media showing Kim 'on Aug. 21' at a "
        "ceremony for `dozens` of fallen (north_korea, vague); dollars, dates, enrollment, an "
        "e-mail address, a phone number",
    text="""\
THE EASTPORT BREAKWATER
Corrections & Clarifications

The Breakwater corrects errors of fact as soon as we learn of them. To report one, write to \
corrections@eastportbreakwater.example or call (207) 853-4410 and ask for the news desk.

* A Sept. 5 story about the summer ferry gave the wrong fare. A round trip for a car and driver \
costs $24, not $42, and the season runs through Sept. 27.

* A Sept. 5 story on North Korea's losses in Russia misstated South Korea's estimate. An earlier \
version of the story gave the South Korean intelligence estimate of North Korean deaths as \
[[6,000]]. The agency \
told lawmakers on Sept. 4 that [[about 2,000]] North Korean soldiers had been killed. The higher \
figure was Ukraine's count of the dead and wounded together.

* The same story should have made clear that NATO's figure of [[more than 14,000]], given by \
Secretary General Mark Rutte in late June, counts every soldier the North has sent to Russia \
since the fall of 2024, not only those now at the front.

* A Sept. 10 wire story from Seoul named the wrong source. It was the Joint Chiefs of Staff, not \
the National Intelligence Service, that said on Sept. 8 the North had sent [[roughly 3,000]] \
additional troops to Russia since July.

* An Aug. 29 brief attributed to Reuters a report that Pyongyang might dispatch [[up to 30,000]] \
more troops before the year is out. The report was CNN's, published July 2 and citing Ukrainian \
intelligence officials. Reuters did not carry it.

* A Sept. 5 brief gave the wrong date for Sergei Shoigu's promise of [[6,000]] North Korean \
military builders and deminers for the Kursk region. Russia's Security Council secretary \
made it in Pyongyang on June 17, not in July.

* A Sept. 3 column said Pyongyang had never acknowledged any losses. North Korean state media \
showed Kim Jong Un on Aug. 21 at a ceremony for [[dozens]] of soldiers killed in the Kursk region.

* A photo caption on Page 2 last week misspelled the name of the harbor master. She is Carol \
Mahar, not Maher.

* Enrollment at the elementary school is 212, not 221, as a Sept. 5 story said. The school board \
meets next on Sept. 23 at 6:30 p.m.
""",
    claims=(
        C("6,000", 6000, "exact", "casualties", "south_korea", "pub",
          "'An earlier version of the story said' (a correction's wrong figure: optional, as in "
          "earlier sets)", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the correction's right figure: 'The agency told lawmakers on Sept. 4': killed"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "a clarification restating NATO's figure, 'given by Secretary General Mark Rutte in "
          "late June' (the 21st to the 30th): sent to Russia since the fall of 2024 (a total over "
          "a period, not an increment)"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-09-08",
          "'the Joint Chiefs of Staff, not the National Intelligence Service, … said on Sept. 8': "
          "'additional' troops sent since July (increment, the word outside the span)",
          add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-02",
          "'The report was CNN's, published July 2 and citing Ukrainian intelligence officials' "
          "(the claimant in the sentence after; X citing Y: ukraine, the report's day): 'more' "
          "could be dispatched before the year is out (increment, planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu's announcement, 'made it in Pyongyang on June 17' (the sentence after): "
          "North Korean builders and deminers promised for the Kursk region (planned)"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21",
          "'North Korean state media showed Kim Jong Un on Aug. 21 at a ceremony for': soldiers "
          "killed in the Kursk region"),
    ),
)


S09 = Source(
    article_id="w201_09_wire_roundup_news_site_machias_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Machias Valley News",
        "https://www.machiasvalleynews.example/world/the-wire-2025-06-18",
        "The Wire: world news in brief",
    ),
    features="a local news site's midweek wire round-up from Machias (Maine) in Markdown, UTF-8 "
        "with BOM and CRLF, front matter without a date (sidecar, Wednesday) and titles without "
        "a figure, bold agency datelines ('**PYONGYANG (AP)** —'), `—` and `“”`; Shoigu who 'said "
        "Tuesday … the Russian news agency TASS reported' `1,000` deminers and `5,000` builders "
        "(russia, planned; AP citing TASS) and Moscow's denial without a figure; sentence-initial "
        "`About 11,000` 'remain' in Kursk, 'said Kyrylo Budanov, who heads Ukraine's military "
        "intelligence, in an interview that a Ukrainian news site published Monday' (the "
        "claimant after the figure; not an increment), questioned in the next sentence; an "
        "American defense official 'who spoke on "
        "condition of anonymity' and 'told Bloomberg on Friday' `at least 4,000` killed or "
        "wounded; lawmakers briefed by the NIS 'said Thursday' `several thousand` 'more' (vague, "
        "increment, planned, south_korea); 'A NATO official, citing allied intelligence, said "
        "Tuesday' `some 15,000` rotated through Russia; Japan's count of Russian cargo ships "
        "(not a claim); state TV 'on Sunday' with `hundreds` of returnees (optional) and the "
        "portraits of `18` who died clearing mines (north_korea, casualties); a parade time, "
        "fireworks dollars, course openings and tuition",
    text="""\
---
title: "The Wire: world news in brief"
section: World
byline: Machias Valley News staff and wire reports
---

# The Wire

*Our midweek roundup of world news from the agencies, trimmed for length. Local briefs follow at \
the bottom.*

**PYONGYANG (AP)** — Pyongyang is sending [[1,000]] mine-clearers and [[5,000]] military builders \
to help rebuild Russia's Kursk region, Sergei Shoigu, who heads Russia's Security Council, \
said Tuesday on his second visit to Pyongyang this month, the Russian news agency TASS reported. \
Moscow still denies that North Korean troops ever fought on Ukrainian soil.

**KYIV (Reuters)** — [[About 11,000]] North Korean soldiers remain in the Kursk region, said \
Kyrylo Budanov, who heads Ukraine's military intelligence, in an interview that a Ukrainian news \
site published Monday. His count could not be independently verified, and Seoul's estimates have \
been lower.

**WASHINGTON (Bloomberg)** — An American defense official who spoke on condition of \
anonymity told Bloomberg on Friday that North Korean casualties since the fall had reached \
[[at least 4,000]] killed or wounded, “and probably more.”

**SEOUL (Yonhap)** — South Korean lawmakers briefed by the National Intelligence Service said \
Thursday that the agency believes the North is preparing to send [[several thousand]] more \
soldiers over the summer.

**BRUSSELS (Reuters)** — A NATO official, citing allied intelligence, said Tuesday that \
[[some 15,000]] North Korean soldiers have rotated through Russia since last October.

**TOKYO (Kyodo)** — Japan's defense ministry said it had tracked two Russian cargo ships between \
the North Korean port of Rajin and Vladivostok in the first half of June.

**PYONGYANG (KCNA/AP)** — North Korean state television on Sunday showed Kim Jong Un handing \
medals to [[hundreds]] of soldiers back from Kursk. Kim also bowed before the portraits of [[18]] \
soldiers who, the broadcast said, had died clearing mines.

## Local briefs

**MACHIAS** — The Fourth of July parade steps off at 10 a.m. from the post office. The \
fireworks, paid for with $8,500 in donations, start at 9:15 p.m. over the river.

**MACHIAS** — The university's summer field course on salt marshes has 14 openings left; tuition \
is $620, and the first session is June 30.
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "'Sergei Shoigu, who heads Russia's Security Council, said Tuesday … the "
          "Russian news agency TASS reported' (the claimant after the figure; AP citing TASS "
          "citing Shoigu: russia; 17 June): mine-clearers being sent to help rebuild Kursk"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same statement, 'and': military builders"),
        C("About 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "sentence-initial figure, 'said Kyrylo Budanov, who heads Ukraine's military "
          "intelligence, in an interview that a Ukrainian news site published Monday' (after the "
          "figure; 16 June): 'remain' in the Kursk "
          "region (not an increment), questioned in the next sentence"),
        C("at least 4,000", 4000, "at_least", "casualties", "united_states", "fri",
          "'An American defense official who spoke on condition of anonymity told Bloomberg on "
          "Friday' (13 June): killed or wounded since the fall"),
        C("several thousand", None, "vague", "planned", "south_korea", "thu",
          "'South Korean lawmakers briefed by the National Intelligence Service said Thursday "
          "that the agency believes' (lawmakers relaying the NIS: south_korea; 12 June): 'more' "
          "to be sent over the summer (increment, planned)", add=True),
        C("some 15,000", 15000, "approx", "in_russia", "nato", "tue",
          "'A NATO official, citing allied intelligence, said Tuesday' (17 June): rotated "
          "through Russia since last October (a total over a period, not an increment)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "state television 'on Sunday' (15 June): soldiers back from Kursk given medals "
          "(returnees, as in earlier sets: optional)", opt=True),
        C("18", 18, "exact", "casualties", "north_korea", "sun",
          "same broadcast ('the broadcast said'): soldiers who died clearing mines"),
    ),
)


S10 = Source(
    article_id="w201_10_media_column_reading_the_wire_machias",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-11-06"),
    dated_by="dateline",
    features="a media column ('Reading the Wire') from Machias (Maine) as plain text, windows-1252 "
        "(no sidecar), dated by the line 'MACHIAS — November 6, 2025' (Thursday), `—`, `“”` and "
        "`’`; years on the desk and papers that ran a story first; a retired wire editor taking "
        "apart how figures travel: the NIS's `Some 10,000` inside a quoted wire lead 'On Oct. 28' "
        "traced through Yonhap and lawmakers to a closed-door briefing (X citing Y citing Z: "
        "south_korea, that day); Ukraine's military intelligence `more than 6,000` dead and "
        "wounded 'The same afternoon'; 'a senior U.S. official who asked not to be named' 'On Oct. "
        "30' `fewer than 10,000` still in Russia (at_most); Moscow's denial 'on Friday' and "
        "Pyongyang's silence without a figure; a British tabloid 'last month, without naming any "
        "source' `100,000` ready to go (a media report without a source: unattributed, planned, "
        "the whole of October); an agency's wrong `2,500` (optional) corrected to `about 2,000`, "
        "'the figure the NIS had given lawmakers in September' (the whole month); the columnist's "
        "own `thousands` killed or maimed (unattributed, vague, required); years, papers, an "
        "e-mail address",
    text="""\
READING THE WIRE
A column about the news and how it reaches you

By Ruth Alley
MACHIAS — November 6, 2025

For 31 years I edited wire copy, first in Augusta and later on an overnight desk in New York, and \
the habit has never left me: when a number turns up in a story, I want to know who said it, when, \
and to whom. Last week gave me plenty to look at.

Take the North Korean troops in Russia. On Oct. 28, a story that ran in at least a dozen American \
papers began: “[[Some 10,000]] North Korean soldiers remain in Russia, according to Seoul.” Which \
part of Seoul? Read on and you find Yonhap, the South Korean agency, citing lawmakers, who were in \
turn describing a closed-door briefing by the National Intelligence Service that morning. Three \
links in the chain, and the headline kept none of them.

The same afternoon another agency moved the Kyiv version, in which Ukraine’s military \
intelligence counted [[more than 6,000]] North Koreans dead or wounded. Both stories \
honestly reported what each side said. They were also hard to square, and neither mentioned the \
other.

Then came the anonymous official. On Oct. 30 a story from Washington quoted “a senior U.S. \
official who requested anonymity to discuss intelligence matters” as saying \
that [[fewer than 10,000]] were still in the country. I have no quarrel with anonymity, but \
readers deserve to know why a source cannot be named, and this one at least told us.

Denials are a category of their own. Moscow denied on Friday that North Korean units had ever \
crossed into Ukraine; Pyongyang, as usual, said nothing at all. A denial is news, but it is not a \
number, and I wish more editors would resist the urge to set one beside it.

Some numbers travel with no source at all. A British tabloid reported last month, without naming \
any source, that Pyongyang stood ready to send [[100,000]] men. No government has repeated it, yet \
I found it in three American papers, one of them in this state, attributed to nobody.

And some figures change in the middle of a story. In mid-October one agency first reported that \
South Korea now estimated [[2,500]] North Korean dead, then corrected itself to [[about 2,000]], \
the figure the NIS had given lawmakers in September. Most readers never see the note at the \
bottom that begins “An earlier version of this story said.”

What no one disputes is that [[thousands]] of young North Koreans have been killed or maimed in a \
war that was never theirs. That is not a statistic. It is the story.

Ruth Alley spent 31 years on news desks. Write to her at ralley@machiasvalleynews.example.
""",
    claims=(
        C("Some 10,000", 10000, "approx", "in_russia", "south_korea", "2025-10-28",
          "a quoted wire lead 'On Oct. 28', 'according to Seoul', traced in the next sentences to "
          "'Yonhap … citing lawmakers, who were in turn describing a closed-door briefing by the "
          "National Intelligence Service that morning' (X citing Y citing Z: the service; that "
          "day): 'remain' in Russia (not an increment)"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "2025-10-28",
          "'The same afternoon another agency moved the Kyiv version, in which Ukraine's military "
          "intelligence counted' (28 October): dead or wounded"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "united_states", "2025-10-30",
          "'On Oct. 30 a story from Washington quoted \"a senior U.S. official who requested "
          "anonymity\"' (an anonymous US official: united_states): still in the country ('fewer "
          "than' "
          "as at_most, as in earlier sets)"),
        C("100,000", 100000, "exact", "planned", "unattributed", "2025-10-01..2025-10-31",
          "'A British tabloid reported last month, without naming any source' (a media report "
          "without a source: unattributed, required; the whole of October): ready to be sent"),
        C("2,500", 2500, "exact", "casualties", "south_korea", "2025-10-11..2025-10-20",
          "an agency's wrong figure, corrected in the same sentence (a correction's wrong figure: "
          "optional)", opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the corrected figure, 'the figure the NIS had given lawmakers in September' (the whole "
          "month): dead"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the columnist's own framing without a source ('What no one disputes is that thousands "
          "of young North Koreans have been killed or maimed'): unattributed, required"),
    ),
)


S11 = Source(
    article_id="w201_11_low_tide_notes_docents_cannon_beach_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-08-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Haystack Rock Tide-Pool Docents",
        "https://www.haystackdocents.example/notes/2025-08",
        "Low Tide Notes, August",
    ),
    features="a tide-pool docents' newsletter from Cannon Beach (Oregon) in Markdown, UTF-16 LE "
        "with BOM and CRLF, front matter without a date (sidecar, Thursday) and titles without a "
        "figure, `“”`, `’` and `·`; docents, visitors, a minus tide in feet, sea stars, puffin "
        "pairs, a training walk's date and time and a parking fee first; a graduate student from "
        "Odesa relaying her brother, a drone operator near Sumy ('He called her on Monday, she "
        "said, and told her that … and that') `a few hundred` moved into villages across the "
        "border (vague, near the front) and `11` killed in a single week (casualties; both other, "
        "from Monday to publication); a retired teacher from Gangneung who 'reckons' `more than "
        "20,000` will have passed through Russia by New Year's (at_least, planned, other, "
        "`pub`); 'The "
        "Washington Post, citing a U.S. intelligence assessment, reported on July 30' `about "
        "6,000` engineers and deminers expected in Kursk (X citing Y: united_states, planned); "
        "the NIS 'quoted by Yonhap last week' `about 11,000` 'remained' in Russia; Zelensky 'said "
        "Sunday' `two` 'more' captured (increment, casualties) and Moscow's denial 'the next day' "
        "without a figure; docents, visitors, feet, sea stars, puffins, dollars, ages, dates",
    text="""\
---
title: "Low Tide Notes"
program: Haystack Rock tide-pool docents
issue: August 2025
---

# Low Tide Notes

**August · for our volunteers and friends**

July was our busiest month yet. Our 38 docents talked with roughly 16,500 visitors on the beach, \
and the minus tides of late July (down to -1.9 feet on the 24th) brought out sunflower sea stars \
for the first time in years: we counted seven. On the rock’s north face we tallied 112 pairs of \
tufted puffins. The next training walk is Aug. 16 at 6:40 a.m., and remember that parking at the \
south lot now costs $5 a day.

## Docent spotlight: Oksana

Oksana Lytvyn, 27, a marine biology graduate student from Odesa, has led our early shift all \
summer and knows every anemone by its first name. Her brother flies reconnaissance drones near \
Sumy. He called her on Monday, she said, and told her that [[a few hundred]] North Koreans had \
moved into villages just across the border and that his unit had counted [[11]] of them killed in \
a single week. “He talks about them the way he talks about the weather,” she said.

## A visitor from Gangneung

Among our visitors on July 26 was Choi Mi-ran, 66, a retired teacher from Gangneung on South \
Korea’s east coast, in town to see her son’s family. She reckons that by New Year’s [[more than \
20,000]] North Koreans will have passed through Russia. “At home we read about it every morning,” \
she said, “and then we go to work.”

## From the news

The Washington Post, citing a U.S. intelligence assessment, reported on July 30 that [[about \
6,000]] North Korean engineers and deminers were expected in the Kursk region by autumn. South \
Korea’s spy agency, quoted by Yonhap last week, said [[about 11,000]] North Korean troops remained \
in Russia. President Zelensky said Sunday that Ukrainian forces had captured [[two]] more North \
Korean soldiers; Moscow denied the next day that any allied troops were fighting on Ukrainian \
soil.
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "mon..pub",
          "a graduate student from Odesa relaying her brother, a drone operator near Sumy ('He "
          "called her on Monday, she said, and told her that'; the speaker quoted: other; from "
          "Monday, 4 August, to publication): moved into villages just across the border"),
        C("11", 11, "exact", "casualties", "other", "mon..pub",
          "same call, 'and that': killed 'in a single week' (the period, not the claim date)"),
        C("more than 20,000", 20000, "at_least", "planned", "other", "pub",
          "a retired teacher from Gangneung, 'She reckons' (undated): will have passed through "
          "Russia by New Year's (a forecast: planned)"),
        C("about 6,000", 6000, "approx", "planned", "united_states", "2025-07-30",
          "'The Washington Post, citing a U.S. intelligence assessment, reported on July 30' (X "
          "citing Y: united_states, the paper's day): expected in the Kursk region by autumn "
          "(planned)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "'South Korea's spy agency, quoted by Yonhap last week, said': 'remained' in Russia "
          "(not an increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "sun",
          "'President Zelensky said Sunday' (3 August): 'more' captured (increment, the word "
          "after the figure; number word)", add=True),
    ),
)


S12 = Source(
    article_id="w201_12_kite_lines_kite_shop_cannon_beach_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "Gull Rock Kites, Cannon Beach",
        "https://www.gullrockkites.example/news/kite-lines-december-2024",
        "Kite Lines: December",
    ),
    features="a kite shop's December newsletter from Cannon Beach (Oregon) in HTML, UTF-8, no "
        "meta date (sidecar, Friday), an `og:title`, navigation, entities (`&ndash;`, "
        "`&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`), a footer with a phone number; `<title>`, "
        "`og:title` and headline without a figure; opening hours, dollars raised, kites in a "
        "window, spools of line and workshop places first; a retired Foreign Service officer who "
        "at the shop's workshop 'Last Saturday' put the dead and wounded at `several hundred` "
        "and 'said she expected' 'another' `10,000` by summer (increment, planned; both other, "
        "that Saturday); a kite builder from Busan who 'figures' `around 12,000` in Russia "
        "(other, `pub`); the NIS that 'told lawmakers on Thursday, according to Yonhap,' `about "
        "100` killed and `nearly 1,000` wounded; Ukraine's special operations forces 'said "
        "Saturday' `eight` killed, questioned in the same sentence (number word); 'A senior U.S. "
        "military official, who asked not to be named, told reporters on Tuesday' `hundreds` "
        "killed or wounded (vague); Moscow's refusal to comment; hours, dollars, kites, feet of "
        "line, places, ages, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kite Lines &ndash; December news from Gull Rock Kites, Cannon Beach</title>
<meta property="og:title" content="Kite Lines: December">
</head>
<body>
<nav><a href="/">Shop</a> | <a href="/workshops">Workshops</a> | <a href="/news">Kite Lines</a> | \
<a href="/gift-cards">Gift cards</a></nav>
<main>
<h1>Kite Lines: December</h1>
<p>Holiday hours: we are open 10 to 6 every day through Dec. 23 and 10 to 2 on Christmas Eve. \
Our window now holds 14 kites from six countries, and the raffle for the winter beach cleanup \
raised $1,260. Stocking stuffers this year are 500-foot spools of line at $9 and the little \
sled kites that fly in almost any wind, which we sell for $18.</p>
<h2>Our Saturday workshop</h2>
<p>Last Saturday twelve of you sat around the big table to build Korean fighter kites with \
Ellen Marsh, 72, a retired Foreign Service officer who learned to fly them during her years in \
Seoul in the 1990s. Between the bamboo and the rice paper she told the group that North \
Korea&rsquo;s losses in Kursk were far heavier than Moscow let on, putting the dead and wounded \
at [[several hundred]] &ldquo;at the very least,&rdquo; and said she expected Pyongyang to send \
another [[10,000]] by summer. The next workshop, on Jan. 11, has four places left at $35.</p>
<h2>Behind the counter</h2>
<p>Park Min-jun, 26, grew up in Busan and builds our repair kits and the odd custom kite. He \
figures [[around 12,000]] North Koreans are in Russia now. &ldquo;My grandfather walked south in \
1950. I think about him every time the news comes on,&rdquo; he said.</p>
<h2>The world, briefly</h2>
<p>South Korea&rsquo;s spy agency told lawmakers on Thursday, according to Yonhap, that \
[[about 100]] North Korean soldiers had been killed in Kursk and [[nearly 1,000]] wounded. \
Ukraine&rsquo;s special operations forces said Saturday that they had killed [[eight]] North \
Koreans in a single engagement, a claim that could not be verified. A senior U.S. military \
official, who asked not to be named, told reporters on Tuesday that [[hundreds]] had been killed \
or wounded. Moscow declined to comment.</p>
</main>
<footer>Gull Rock Kites &middot; Hemlock Street, Cannon Beach &middot; (503) 436-2210</footer>
</body>
</html>
""",
    claims=(
        C("several hundred", None, "vague", "casualties", "other", "sat",
          "a retired Foreign Service officer at the shop's kite workshop 'Last Saturday' (14 "
          "December; a workshop, like a talk, dates what was said there): dead and wounded 'at "
          "the very least'"),
        C("10,000", 10000, "exact", "planned", "other", "sat",
          "same workshop, 'and said she expected': 'another' to be sent by summer (increment, "
          "span without the word; planned)", add=True),
        C("around 12,000", 12000, "approx", "in_russia", "other", "pub",
          "a kite builder from Busan, 'He figures' (undated): in Russia now"),
        C("about 100", 100, "approx", "casualties", "south_korea", "thu",
          "'South Korea's spy agency told lawmakers on Thursday, according to Yonhap,' (19 "
          "December): killed in Kursk"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'and': wounded ('nearly' as approx)"),
        C("eight", 8, "exact", "casualties", "ukraine", "sat",
          "'Ukraine's special operations forces said Saturday' (14 December): killed in a single "
          "engagement, questioned in the same sentence (number word)"),
        C("hundreds", None, "vague", "casualties", "united_states", "tue",
          "'A senior U.S. military official, who asked not to be named, told reporters on "
          "Tuesday' (17 December): killed or wounded"),
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
