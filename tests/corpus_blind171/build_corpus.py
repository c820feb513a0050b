"""Build the HUNDRED-AND-SEVENTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-third corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a coin
collectors' circular from Grein in the Strudengau (Austrian conventions) with a retired bank
cashier from Zhytomyr and a retired primary-school teacher from Suwon, a boxing club's letter from
Unterägeri in the Ägerital (Swiss conventions) with a junior coach from Ternopil and a
physiotherapist from Andong, a judo club's news from Schmallenberg in the Rothaargebirge with a
youth coach from Sumy and an electrical engineer from Gumi, a jeweller's customer letter from
Hilchenbach in the Rothaargebirge with a watchmaker from Cherkasy and a retired chemist from
Incheon, an antique shop's customer letter from Quakenbrück in the Artland with a restorer from
Kremenchuk and an agricultural engineer from Jeju, and a circus's winter letter from its quarters
in Menslage in the Artland with a trapeze artist from Kropyvnytskyi and a clown from Cheongju; an
agency-style wire report from the spring beach cleanup at Port O'Connor with a deckhand from
Kherson and a retired oceanographer from Busan, a Guemes Island arborist's notes with a climber
from Uzhhorod and a retired nurse from Chuncheon, a readers' letters page from a Chebeague Island
paper with letters quoting a son-in-law near Sumy and a father in Incheon, a Chebeague Island
caterer's kitchen notes with a grill cook from Bila Tserkva and a co-owner whose cousin serves in
the South Korean navy, a Port O'Connor food truck's menu board with a fry cook from Mariupol and a
co-owner from Yeosu, and a Guemes Island well driller's customer letter with a rig hand from Rivne
and a retired pharmacist from Daejeon. Same file format, marker syntax and labelling conventions
as the other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind171_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Strudengau, Ägerital, Rothaargebirge, Artland)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v171_01_rundschreiben_muenzsammler_grein",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-11"),
    dated_by="dateline", crlf=True,
    features="a coin collectors' circular from Grein in the Strudengau (Upper Austria) as plain "
        "text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the place line 'Grein "
        "an der Donau, 11. März 2025' (Tuesday); Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Obmann`, `Kassier`, `Abnützung`); the February swap day's collectors and "
        "tables, a Maria Theresa thaler of 1780 and its euros, the club's catalogue and fee "
        "first; a retired bank cashier from Zhytomyr relaying his grandson, an artillery spotter "
        "in the Kursk region ('Am Samstag habe sich der Enkel über einen Messenger gemeldet, "
        "erzählt Wasyl', Konjunktiv carried) `an die 150` dug in in a strip of forest (approx, "
        "near the front) and sentence-initial `Sieben` wounded (number word, casualties; both "
        "other, from Saturday to publication); a retired primary-school teacher from Suwon "
        "('Ihrer Einschätzung nach', new shape) `höchstens 5.000` 'weitere' this year (at_most, "
        "increment, planned, other, `pub`); Ukraine's military intelligence 'teilte am Freitag "
        "mit' `rund 4.000` killed or wounded 'seit dem Herbst' (a period); the White House "
        "'ging Ende Feber davon aus' `etwa 11.000` in Russia (days 21-28); 'Mitte Feber hieß es "
        "aus Seoul' `3.000` 'weitere' brought to Russia 'seit Jänner' (increment, days 11-20); "
        "North Korean state television 'war am Sonntag zu sehen' Kim decorating `Hunderte` "
        "officers who fought in Kursk (north_korea, vague, near the front); Russia's losses a "
        "day and the Austrian army's professional soldiers (not claims), collectors, tables, "
        "euros, pages, ages, years, dates, times, a phone number",
    text="""\
Münzsammlerrunde Strudengau – Rundschreiben 2/2025

Grein an der Donau, 11. März 2025

Liebe Sammlerinnen und Sammler,

unser Tauschtag im Feber im Gasthof Donaublick war ein voller Erfolg: 38 Sammler an 14 Tischen, \
dazu Besucher aus Linz und aus dem Mostviertel. Der schönste Fund des Tages war ein \
Maria-Theresien-Taler aus dem Jahr 1780 mit kaum einer Abnützung; er ging um 85 Euro an unseren \
Kassier. Heuer geben wir erstmals ein eigenes Katalogheft heraus, 64 Seiten stark, das Stück um \
12,50 Euro. Der Mitgliedsbeitrag bleibt bei 20 Euro im Jahr.

Ein Bankkassier aus Schytomyr

Wasyl Tkatschenko, 61, stand dreißig Jahre lang in Schytomyr hinter einem Bankschalter und sammelt \
seit seiner Jugend sowjetische Kopeken. Seit 2022 wohnt er mit seiner Frau in einer kleinen \
Wohnung am Stadtplatz. Sein Enkel Bohdan, 22, ist Artilleriebeobachter im Gebiet Kursk. Am Samstag \
habe sich der Enkel über einen Messenger gemeldet, erzählt Wasyl. Vor seinem Abschnitt hätten sich \
[[an die 150]] Nordkoreaner in einem Waldstreifen eingegraben. [[Sieben]] von ihnen seien bei \
einem Feuerüberfall verwundet worden. „Er schreibt, sie tragen jetzt russische Tarnjacken, aber \
keine Abzeichen“, erzählt Wasyl und legt eine Kopeke von 1961 auf den Tisch.

Eine Lehrerin aus Suwon

Yoon Hae-sook, 66, kam 1987 aus Suwon an die Donau und hat bis zu ihrer Pension an der Volksschule \
unterrichtet. Sie sammelt koreanische Gedenkmünzen und bringt zu jedem Vereinsabend eine Schachtel \
Kekse mit. Ihrer Einschätzung nach wird Pjöngjang heuer [[höchstens 5.000]] weitere Soldaten nach \
Russland schicken. „Mehr kann sich das Regime nicht leisten, ohne daheim Unruhe zu riskieren“, \
meint sie.

Was in den Nachrichten stand

Der ukrainische Militärgeheimdienst teilte am Freitag mit, seit dem Herbst seien [[rund 4.000]] \
Nordkoreaner gefallen oder verwundet worden. Das Weiße Haus ging Ende Feber davon aus, dass sich \
[[etwa 11.000]] von ihnen in Russland aufhalten. Mitte Feber hieß es aus Seoul, seit Jänner seien \
[[3.000]] weitere nach Russland gebracht worden; der Geheimdienst berief sich dabei auf \
Satellitenbilder eines Hafens. Im nordkoreanischen Staatsfernsehen war am Sonntag zu sehen, wie \
Kim Jong Un [[Hunderte]] Offiziere auszeichnete, die im Gebiet Kursk gekämpft hätten. Russland \
selbst büßt nach ukrainischer Zählung jeden Tag mehr als 1.200 Mann ein, und unser Bundesheer hat \
insgesamt rund 14.000 Berufssoldaten.

Nächste Termine

- Vereinsabend: Donnerstag, 27. März, 19 Uhr, Gasthof Donaublick
- Großer Tauschtag: Sonntag, 4. Mai, ab 8 Uhr im Stadtsaal
- Auskünfte bei Obmann Leopold Haider, Telefon 07268 4413
""",
    claims=(
        C("an die 150", 150, "approx", "near_front", "other", "sat..pub",
          "a retired bank cashier from Zhytomyr relaying his grandson, an artillery spotter in "
          "the Kursk region ('Am Samstag habe sich der Enkel über einen Messenger gemeldet, "
          "erzählt Wasyl', Konjunktiv; the speaker quoted: other): dug in in a strip of forest "
          "before his sector ('an die' as approx; from Saturday, 8 March, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried, sentence-initial: wounded in a barrage (number "
          "word)"),
        C("höchstens 5.000", 5000, "at_most", "planned", "other", "pub",
          "a retired teacher from Suwon, 'Ihrer Einschätzung nach' (undated): 'heuer … weitere' "
          "to be sent to Russia (increment, planned; 'höchstens' as at_most)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "fri",
          "'Der ukrainische Militärgeheimdienst teilte am Freitag mit' (7 March): killed or "
          "wounded 'seit dem Herbst' (a period, not the claim date)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "2025-02-21..2025-02-28",
          "'Das Weiße Haus ging Ende Feber davon aus' (days 21 to the month's end): in Russia"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-02-11..2025-02-20",
          "'Mitte Feber hieß es aus Seoul' (days 11-20; 'der Geheimdienst' named in the same "
          "sentence): 'weitere' brought to Russia 'seit Jänner' (increment; the period is not "
          "the claim date)", add=True),
        C("Hunderte", None, "vague", "near_front", "north_korea", "sun",
          "'Im nordkoreanischen Staatsfernsehen war am Sonntag zu sehen' (9 March): officers "
          "decorated who fought in the Kursk region"),
    ),
)


S02 = Source(
    article_id="v171_02_clubbrief_boxclub_unteraegeri_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-05-16"),
    dated_by="html_meta",
    features="a boxing club's letter from Unterägeri in the Ägerital (canton of Zug) in HTML, "
        "ISO-8859-1 with raw «» and umlauts and dashes only as entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +02:00 (Friday), a cookie banner about the "
        "trial-training form, a training script, navigation, a footer with a postcode and a "
        "phone number; Swiss conventions (`ss`, «», `12'400`, `20'000`, `1'500`, `3'000`, "
        "`66'000`, `bis Ende Jahr`); `<title>` and headline without a figure; a new ring and its "
        "francs, members and licensed boxers, a junior tournament and a run along the lake "
        "('knapp neun Kilometer', not a claim) first; a junior coach from Ternopil relaying his "
        "younger brother, a grenadier on the Sumy border ('Am Dienstag habe der Bruder ihm "
        "geschrieben, erzählt Taras:', Konjunktiv carried) `einige hundert` in freshly dug "
        "positions (vague, near the front) and sentence-initial `Zwei` wounded who surrendered "
        "(number word, casualties; both other, from Tuesday to publication); a physiotherapist "
        "from Andong 'ist überzeugt' `über 20'000` in Russia by the end of the year (at_least, "
        "planned, other, `pub`); Russia's chief of the general staff 'lobte am 26. April' the "
        "`Tausenden` Koreans without whom the Kursk region would not have been retaken so "
        "quickly (russia, vague, near the front); a "
        "senior NATO officer 'sagte am Mittwoch in Mons' `rund 1'500` 'weitere' who left for "
        "Russia (increment); 'Laut dem südkoreanischen Geheimdienst' `ungefähr 600` fallen "
        "(`pub`); President Zelensky 'sagte am Montag' `knapp 3'000` 'noch immer' at the Sumy "
        "border (still, not an increment); protection status for Ukrainian refugees in "
        "Switzerland (not a claim), francs, members, kilometres, metres, ages, a postcode, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Ringecke &ndash; Boxclub Ägerital</title>
<meta property="article:published_time" content="2025-05-16T06:45:00+02:00">
<script>var trainings = ["Di", "Do", "Sa"]; var halle = "Turnhalle Schützenmatt";</script>
</head>
<body>
<div class="cookie-banner">Diese Seite setzt ein einziges Cookie, damit das Anmeldeformular für \
das Probetraining Ihre Angaben behält. <a href="#">Akzeptieren</a> <a href="#">Ablehnen</a></div>
<nav><a href="/">Start</a> &middot; <a href="/training">Training</a> &middot; <a \
href="/ringecke">Ringecke</a> &middot; <a href="/kontakt">Kontakt</a></nav>
<main>
<h1>Ein neuer Ring und ein voller Mai</h1>
<p>Liebe Boxerinnen und Boxer, liebe Eltern</p>
<p>Seit Ostern steht in der Turnhalle Schützenmatt endlich unser neuer Ring: sechs mal sechs \
Meter, zur Hälfte bezahlt von der Schreinerei Iten, gesamthaft 12'400 Franken. Der Club zählt \
jetzt 46 Mitglieder, neun davon mit Wettkampflizenz. Am Nachwuchsturnier der Innerschweizer Clubs \
hat Lea Merz zwei ihrer drei Kämpfe gewonnen. Nach dem Samstagstraining laufen die Junioren dem \
See entlang bis Oberägeri und zurück, knapp neun Kilometer.</p>
<h2>Taras und die Nachricht von der Grenze</h2>
<p>Taras Kowal, 35, hat in Ternopil als Amateur 40 Kämpfe bestritten und trainiert bei uns seit \
letztem Herbst die Junioren. Sein jüngerer Bruder dient als Grenadier an der Grenze zum Gebiet \
Sumy. Am Dienstag habe der Bruder ihm geschrieben, erzählt Taras: Auf der russischen Seite lägen \
inzwischen [[einige hundert]] Nordkoreaner in frisch ausgehobenen Stellungen. [[Zwei]] Verwundete \
hätten sich am Wochenende ergeben. «Er schreibt, sie seien sehr jung und sehr still», sagt \
Taras.</p>
<h2>Unser Physiotherapeut aus Andong</h2>
<p>Park Ji-won, 41, stammt aus Andong und kümmert sich seit Jahren um unsere Schultern und \
Handgelenke. Er ist überzeugt, dass bis Ende Jahr [[über 20'000]] Nordkoreaner in Russland sein \
werden. «Kim verkauft seine Soldaten, wie andere Länder Kohle verkaufen», sagt er.</p>
<h2>Aus den Nachrichten</h2>
<p>Der russische Generalstabschef lobte am 26. April die [[Tausenden]] Koreaner, ohne die das \
Gebiet Kursk nicht so rasch zurückerobert worden wäre. Ein hoher Nato-Offizier sagte am Mittwoch \
in Mons, [[rund 1'500]] weitere hätten Nordkorea in den letzten Wochen in Richtung Russland \
verlassen. Laut dem südkoreanischen Geheimdienst sind bisher [[ungefähr 600]] Nordkoreaner \
gefallen. Präsident Selenskyj sagte am Montag, an der Grenze zum Gebiet Sumy stünden noch immer \
[[knapp 3'000]] von ihnen. Die Schweiz hat Geflüchteten aus der Ukraine bisher über 66'000 Mal den \
Schutzstatus S erteilt.</p>
</main>
<footer>Boxclub Ägerital &middot; Postfach, 6314 Unterägeri &middot; Telefon 041 750 38 12 \
&middot; Training Di und Do 18.30 Uhr, Sa 10 Uhr</footer>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "tue..pub",
          "a junior coach from Ternopil relaying his younger brother, a grenadier on the Sumy "
          "border ('Am Dienstag habe der Bruder ihm geschrieben, erzählt Taras:', Konjunktiv; "
          "the speaker quoted: other): in freshly dug positions on the Russian side (from "
          "Tuesday, 13 May, to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "tue..pub",
          "same message, Konjunktiv carried, sentence-initial: wounded men who surrendered 'am "
          "Wochenende' (the event, not the claim date; number word)"),
        C("über 20'000", 20000, "at_least", "planned", "other", "pub",
          "a physiotherapist from Andong, 'Er ist überzeugt' (undated): in Russia 'bis Ende "
          "Jahr' (a forecast: planned)"),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-04-26",
          "'Der russische Generalstabschef lobte am 26. April': the Koreans who fought to "
          "retake the Kursk region"),
        C("rund 1'500", 1500, "approx", "in_russia", "nato", "wed",
          "'Ein hoher Nato-Offizier sagte am Mittwoch in Mons' (14 May): 'weitere' who left "
          "North Korea for Russia (increment; 'in den letzten Wochen' is a period)", add=True),
        C("ungefähr 600", 600, "approx", "casualties", "south_korea", "pub",
          "'Laut dem südkoreanischen Geheimdienst' (undated): fallen"),
        C("knapp 3'000", 3000, "approx", "near_front", "ukraine", "mon",
          "'Präsident Selenskyj sagte am Montag' (12 May): 'noch immer' at the Sumy border "
          "(still, not an increment; 'knapp' as approx)"),
    ),
)


S03 = Source(
    article_id="v171_03_vereinsnachrichten_judoclub_schmallenberg_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-12-05"),
    dated_by="front_matter",
    features="a judo club's news from Schmallenberg in the Rothaargebirge (Hochsauerlandkreis) "
        "in Markdown, UTF-8, front matter with `date:` (Thursday) and a title without a figure, "
        "`„“` and `–`; belt gradings, children and adults, new mats and their euros, the St "
        "Nicholas tournament and the Christmas break first; a youth coach from Sumy relaying "
        "his uncle, a medic in the Kursk region ('Der Onkel habe sich am Montagabend gemeldet, "
        "sagt Iwan', Konjunktiv carried) `mehr als hundert` advancing on Ukrainian positions "
        "(at_least with a number word, near the front) and sentence-initial `Ein gutes "
        "Dutzend` found dead (new: 'gut' with a dozen as at_least 12, casualties; both other, "
        "from Monday to publication); an electrical engineer from Gumi 'hält es für "
        "wahrscheinlich' `10.000` 'weitere' in spring (increment, planned, other, `pub`); a "
        "spokesman of the US Department of Defense 'sagte am Montag' `rund 11.000` moved to the "
        "Kursk region; the Ukrainian defence ministry 'meldete vergangene Woche' `mindestens "
        "30` killed; parliamentarians in Seoul 'gaben am 28. November weiter' after a closed "
        "intelligence committee session `bis zu 5.000` 'zusätzliche' (at_most, increment, "
        "planned); NATO's secretary general 'sprach am Freitag von' `Tausenden` already in "
        "combat (vague, near the front); Russia's daily losses (not a claim), children, belts, "
        "mats, euros, dates, ages, years, a phone number",
    text="""\
---
title: "Vereinsnachrichten Dezember"
date: 2024-12-05
verein: Judo-Club Schmallenberg 1974 e.V.
---

# Gürtelprüfungen, neue Matten und ein Anruf aus Kursk

Bei den Kyu-Prüfungen im November haben 27 Kinder und 6 Erwachsene ihren nächsten Gürtel \
geschafft, darunter drei Orangegurte in der U12. Die neuen Matten für die Halle in Bad Fredeburg \
sind geliefert: 48 Stück, zusammen knapp 3.800 Euro, zur Hälfte bezahlt vom Förderverein. Zum \
Nikolausturnier am Samstag kommen Gäste aus Lennestadt und Bad Berleburg. Vom 23. Dezember bis zum \
5. Januar fällt das Training aus.

## Iwan und der Anruf vom Montag

Iwan Sydorenko, 29, stammt aus Sumy, trägt den zweiten Dan und leitet seit dem Sommer das \
Jugendtraining. Sein Onkel ist Sanitäter in einer Brigade, die im Gebiet Kursk kämpft. Der Onkel \
habe sich am Montagabend gemeldet, sagt Iwan. Am Wochenende seien [[mehr als hundert]] \
Nordkoreaner in kleinen Gruppen auf die ukrainischen Stellungen vorgerückt. [[Ein gutes Dutzend]] \
von ihnen habe man danach tot im Schnee gefunden. „Sie kennen das Gelände nicht, und sie haben \
keine Angst – das ist eine schlimme Mischung“, habe der Onkel gesagt.

## Eine Ingenieurin aus Gumi

Seo Yeon-hee, 38, Elektroingenieurin aus Gumi, arbeitet seit drei Jahren bei einem \
Leuchtenhersteller im Ort und trainiert mittwochs bei den Frauen mit. Sie hält es für \
wahrscheinlich, dass Pjöngjang im Frühjahr [[10.000]] weitere Soldaten schickt. „Für Kim ist das \
ein Geschäft, und Geschäfte setzt man fort, solange sie sich lohnen“, sagt sie.

## Was man sonst hört

Ein Sprecher des US-Verteidigungsministeriums sagte am Montag, [[rund 11.000]] Nordkoreaner seien \
inzwischen ins Gebiet Kursk verlegt worden. Das ukrainische Verteidigungsministerium meldete \
vergangene Woche die ersten Toten: [[mindestens 30]] Nordkoreaner seien bei Gefechten ums Leben \
gekommen. Nach einer vertraulichen Sitzung des Geheimdienstausschusses gaben Parlamentarier in \
Seoul am 28. November weiter, der Norden stelle derzeit [[bis zu 5.000]] zusätzliche Soldaten für \
Russland zusammen. Nato-Generalsekretär Mark Rutte sprach am Freitag von [[Tausenden]] \
Nordkoreanern, die bereits an Kämpfen beteiligt seien. Die russische Armee verlor im November nach \
Angaben aus London im Schnitt rund 1.500 Mann am Tag.

## Termine

- Nikolausturnier: Samstag, 7. Dezember, ab 9 Uhr, Halle Bad Fredeburg
- Weihnachtsfeier der Jugend: Freitag, 20. Dezember, 17 Uhr
- Kontakt: Trainerin Petra Kleinsorge, Telefon 02972 4618
""",
    claims=(
        C("mehr als hundert", 100, "at_least", "near_front", "other", "mon..pub",
          "a youth coach from Sumy relaying his uncle, a medic in a brigade fighting in the "
          "Kursk region ('Der Onkel habe sich am Montagabend gemeldet, sagt Iwan', Konjunktiv; "
          "the speaker quoted: other): advanced on the Ukrainian positions 'Am Wochenende' (the "
          "event; number word 100; from Monday, 2 December, to publication)"),
        C("Ein gutes Dutzend", 12, "at_least", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial: found dead in the snow (new here: "
          "'ein gutes Dutzend' as at_least 12, like 'gut zehntausend' of corpus_blind170)"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "an electrical engineer from Gumi, 'Sie hält es für wahrscheinlich' (undated): "
          "'weitere' to be sent in spring (increment, planned)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "mon",
          "'Ein Sprecher des US-Verteidigungsministeriums sagte am Montag' (2 December): moved "
          "into the Kursk region"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "lastweek",
          "'Das ukrainische Verteidigungsministerium meldete vergangene Woche': killed in "
          "fighting"),
        C("bis zu 5.000", 5000, "at_most", "planned", "south_korea", "2024-11-28",
          "'Nach einer vertraulichen Sitzung des Geheimdienstausschusses gaben Parlamentarier in "
          "Seoul am 28. November weiter' (lawmakers passing on the NIS): 'zusätzliche' soldiers "
          "being assembled for Russia (increment, planned)", add=True),
        C("Tausenden", None, "vague", "near_front", "nato", "fri",
          "'Nato-Generalsekretär Mark Rutte sprach am Freitag von' (29 November): already "
          "taking part in combat"),
    ),
)


S04 = Source(
    article_id="v171_04_kundenbrief_juwelier_hilchenbach",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Juwelier Achenbach, Hilchenbach – Kundenbrief",
        "https://www.juwelier-achenbach.example/kundenbrief/herbst-2025",
        "Herbstpost aus der Werkstatt",
    ),
    features="a jeweller's customer letter from Hilchenbach in the Rothaargebirge (Siegerland "
        "side) as plain text, UTF-16 LE with BOM (sidecar, Wednesday; the sidecar title without "
        "a figure), `„“`, `–`, `·`; the gold price per gram, wedding rings, watch batteries, "
        "December opening hours and a shop window after the Rothaarsteig first; the letter's "
        "own opening sentence on the `rund 15.000` young North Koreans sent to Russia "
        "(unattributed, required, `pub`); a watchmaker from Cherkasy relaying her father, a "
        "supply driver on the Kursk border ('Am Sonntag habe der Vater angerufen, erzählt "
        "Oksana', Konjunktiv carried) `etwa 300` building bunkers and mine barriers across the "
        "border (approx, near the front) and sentence-initial `Acht` killed by drones "
        "'vergangene Woche' (the event, not the claim date; number word, casualties; both "
        "other, from Sunday to publication); a retired chemist from Incheon 'beziffert' "
        "`5.000 bis 6.000` dead and wounded (range, casualties, other, `pub`); the NIS 'sprach "
        "im September von' `rund 2.000` fallen (the month); 'Dem russischen "
        "Verteidigungsministerium zufolge' `mehrere hundert` sappers 'weiter' clearing mines "
        "(russia, vague, near the front, `pub`; 'weiter' is not 'weitere'); KCNA 'verbreitete am "
        "Freitag' `101` fallen honoured posthumously (north_korea, exact, casualties); Ukraine's "
        "military intelligence 'rechnet damit' 'weitere' `6.000` builders and sappers by New "
        "Year's Eve (increment, planned, `pub`); euros, grams, rings, hours, Hilchenbach's "
        "residents, ages, years, a postcode, a phone number",
    text="""\
Juwelier Achenbach · Hilchenbach
Kundenbrief Herbst 2025

Liebe Kundinnen und Kunden,

ein Jahr ist es her, dass die ersten der [[rund 15.000]] jungen Nordkoreaner, die Pjöngjang \
inzwischen nach Russland geschickt hat, an der Front auftauchten – davon erzählt weiter unten \
unsere Uhrmacherin. Zuerst aber das Geschäftliche.

Der Goldpreis hat in diesem Jahr einen Rekord nach dem anderen gebrochen; ein Gramm Feingold \
kostet inzwischen mehr als 110 Euro. Wer eine Schatulle mit altem Schmuck zu Hause hat, kann sie \
bei uns kostenlos prüfen lassen. Trauringe fertigen wir weiter in der eigenen Werkstatt, das Paar \
ab 590 Euro. Der Batteriewechsel für Armbanduhren kostet unverändert 12 Euro. Vom 1. bis zum 24. \
Dezember haben wir samstags bis 16 Uhr geöffnet. Im Schaufenster zeigen wir bis Ende November \
Schmuck nach Motiven vom Rothaarsteig: Buchenblätter in Silber, Ginster in Gelbgold.

Oksana in der Uhrenwerkstatt

Oksana Lytwyn, 38, Uhrmachermeisterin aus Tscherkassy, repariert seit 2022 bei uns Uhrwerke, die \
andere längst aufgegeben hätten. Ihr Vater fährt mit 59 Jahren noch Nachschub für eine Brigade an \
der Grenze zum Gebiet Kursk. Am Sonntag habe der Vater angerufen, erzählt Oksana. Jenseits der \
Grenze arbeiteten [[etwa 300]] Nordkoreaner an Bunkern und Minensperren. [[Acht]] von ihnen seien \
vergangene Woche von Drohnen getötet worden. „Er sagt, sie graben Tag und Nacht“, erzählt Oksana, \
ohne von der Lupe aufzusehen.

Ein Stammkunde aus Incheon

Choi Dong-hyun, 67, war Chemiker in Incheon, kam 1984 nach Deutschland und lässt seit dreißig \
Jahren seine Taschenuhr bei uns warten. Er beziffert die Verluste des Nordens auf [[5.000 bis \
6.000]] Tote und Verwundete. „Niemand in Pjöngjang wird diese Zahl je aussprechen“, sagt er.

Aus der Zeitung

Der südkoreanische Geheimdienst sprach im September von [[rund 2.000]] gefallenen Nordkoreanern. \
Dem russischen Verteidigungsministerium zufolge räumen [[mehrere hundert]] nordkoreanische \
Pioniere weiter Minen im Gebiet Kursk. Am Freitag verbreitete KCNA, Nordkoreas amtliche \
Nachrichtenagentur, Kim Jong Un habe [[101]] im Ausland gefallene Soldaten posthum als Helden \
ausgezeichnet. In Kiew rechnet der Militärgeheimdienst damit, dass bis Silvester weitere [[6.000]] \
Militärbauarbeiter und Pioniere aus Nordkorea eintreffen. Hilchenbach hat übrigens knapp 15.000 \
Einwohner.

Mit herzlichen Grüßen aus der Werkstatt
Ihr Team von Juwelier Achenbach
Marktplatz 4 · 57271 Hilchenbach · Telefon 02733 8127
""",
    claims=(
        C("rund 15.000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own opening, without a source: sent to Russia (the outlet's framing, "
          "unattributed, required, as in corpus_blind170)"),
        C("etwa 300", 300, "approx", "near_front", "other", "sun..pub",
          "a watchmaker from Cherkasy relaying her father, a supply driver on the Kursk border "
          "('Am Sonntag habe der Vater angerufen, erzählt Oksana', Konjunktiv; the speaker "
          "quoted: other): building bunkers and mine barriers across the border (from Sunday, 12 "
          "October, to publication)"),
        C("Acht", 8, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial: killed by drones 'vergangene Woche' "
          "(the event, not the claim date; number word)"),
        C("5.000 bis 6.000", None, "range", "casualties", "other", "pub",
          "a retired chemist from Incheon, 'Er beziffert' (undated): dead and wounded"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'Der südkoreanische Geheimdienst sprach im September von' (the month): fallen"),
        C("mehrere hundert", None, "vague", "near_front", "russia", "pub",
          "'Dem russischen Verteidigungsministerium zufolge' (undated): sappers 'weiter' "
          "clearing mines in the Kursk region ('weiter', still, is not 'weitere')"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "'Am Freitag verbreitete KCNA' (10 October): fallen soldiers honoured "
          "posthumously"),
        C("6.000", 6000, "exact", "planned", "ukraine", "pub",
          "'In Kiew rechnet der Militärgeheimdienst damit' (undated): 'weitere' military "
          "builders and sappers by the year's end (increment, planned; span without 'weitere')",
          add=True),
    ),
)


S05 = Source(
    article_id="v171_05_kundenbrief_antiquitaeten_quakenbrueck_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2024-11-22"),
    dated_by="sidecar",
    sidecar=(
        "Antik am Hasetor, Quakenbrück – Kundenbrief",
        "https://www.antik-hasetor.example/kundenbrief/november-2024",
        "Truhen, Zinn und ein Anruf aus dem Lazarett",
    ),
    features="an antique shop's customer letter from Quakenbrück in the Artland (district of "
        "Osnabrück) in HTML, UTF-8 with BOM, no meta date (sidecar, Friday; `<title>`, "
        "`og:title`, sidecar title and headline without a figure), a cookie consent box about "
        "the wish list, an opening-hours script, navigation, entities (`&ndash;`, `&nbsp;`, "
        "`&bdquo;`, `&ldquo;`, `&amp;`, `&middot;`, `&copy;`), a footer with a postcode and a "
        "phone number; an Artland bridal chest of 1788, pewter plates, a Biedermeier secretary, "
        "euros and Advent Sundays first; a restorer from Kremenchuk relaying her younger "
        "sister, a doctor in a field hospital near the Kursk border ('Am Donnerstag habe die "
        "Schwester nach einer langen Nachtschicht angerufen, erzählt Larysa', Konjunktiv "
        "carried) `vier` wounded North Koreans brought in, captured near Sudzha (number word, "
        "casualties) and `ungefähr 2.000` before the sector (approx, near the front; both "
        "other, from Thursday to publication), with a prisoner's age `neunzehn` (not a claim); "
        "an agricultural engineer from Jeju 'befürchtet' `20.000` 'weitere' by spring "
        "(increment, planned, other, `pub`); the US Department of Defense 'sprach am Montag "
        "von' `mehr als 10.000` in the Kursk region; the NIS 'geht davon aus' that part of the "
        "`rund 11.000` is already in combat (the total in Russia, `pub`); Ukraine's military "
        "intelligence 'meldete am Sonntag' `200` killed or wounded in one battle; a NATO "
        "diplomat 'sagte vergangene Woche in Brüssel' Pyongyang could send `mehrere "
        "zehntausend` (vague, planned); rocket launchers (not a claim), euros, plates, hours, "
        "ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kundenbrief November &ndash; Antik am Hasetor, Quakenbrück</title>
<meta property="og:title" content="Truhen, Zinn und ein Anruf aus dem Lazarett">
<script>window.oeffnungszeiten = {mo: "geschlossen", di_fr: "10-18", sa: "10-14"};</script>
</head>
<body>
<div id="cookie-consent">Wir verwenden Cookies nur, um Ihren Merkzettel zu speichern. \
<button>Merkzettel erlauben</button> <button>Ohne Merkzettel weiter</button></div>
<nav><a href="/">Startseite</a> | <a href="/moebel">Möbel</a> | <a href="/zinn">Zinn &amp; \
Porzellan</a> | <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Truhen, Zinn und ein Anruf aus dem Lazarett</h1>
<p>Liebe Freundinnen und Freunde alter Dinge,</p>
<p>aus einer Haushaltsauflösung in Badbergen haben wir eine Artländer Brauttruhe von 1788 \
übernommen, Eiche mit geschmiedeten Beschlägen, für 2.350&nbsp;Euro. Dazu kamen 30 Zinnteller, ein \
Biedermeier-Sekretär für 1.450&nbsp;Euro und eine Standuhr, deren Werk gerade überholt wird. Die \
Aufarbeitung eines Stuhls kostet bei uns ab 180&nbsp;Euro. An den vier Adventssonntagen haben wir \
zusätzlich von 13 bis 17&nbsp;Uhr geöffnet.</p>
<h2>Larysa und die Schwester im Lazarett</h2>
<p>Larysa Bondarenko, 46, Restauratorin aus Krementschuk, arbeitet seit dem Frühjahr in unserer \
Werkstatt und hat dem Sekretär seinen alten Glanz zurückgegeben. Ihre jüngere Schwester ist Ärztin \
in einem Feldlazarett nahe der Grenze zum Gebiet Kursk. Am Donnerstag habe die Schwester nach \
einer langen Nachtschicht angerufen, erzählt Larysa. In dieser Woche seien auch [[vier]] \
verwundete Nordkoreaner ins Lazarett gebracht worden, gefangen genommen bei Sudscha. Vor dem \
Frontabschnitt stünden [[ungefähr 2.000]] von ihnen. &bdquo;Sie hat einen davon operiert, er war \
neunzehn&ldquo;, sagt Larysa leise.</p>
<h2>Eine Agraringenieurin aus Jeju</h2>
<p>Kang Hye-jin, 34, stammt von der Insel Jeju und arbeitet als Agraringenieurin auf einem \
Geflügelhof in Menslage. Bei uns hat sie im Sommer eine Kommode gekauft und kommt seither jeden \
Monat vorbei. Sie befürchtet, dass bis zum Frühjahr [[20.000]] weitere Nordkoreaner folgen. \
&bdquo;Man schickt sie, weil niemand nach ihnen fragt&ldquo;, sagt sie.</p>
<h2>Was sonst berichtet wird</h2>
<p>Das US-Verteidigungsministerium sprach am Montag von [[mehr als 10.000]] Nordkoreanern im \
Gebiet Kursk. Der südkoreanische Geheimdienst geht davon aus, dass ein Teil der [[rund 11.000]] \
Soldaten aus dem Norden bereits in Kämpfe verwickelt ist. Der ukrainische Militärgeheimdienst \
meldete am Sonntag, bei einem einzigen Gefecht seien [[200]] Nordkoreaner getötet oder verwundet \
worden. Ein Nato-Diplomat sagte vergangene Woche in Brüssel, Pjöngjang könne [[mehrere \
zehntausend]] Mann schicken, wenn Moskau darum bitte. Dazu hat Nordkorea nach Angaben aus Seoul \
rund 240 Raketenwerfer geliefert.</p>
</main>
<footer>Antik am Hasetor &middot; Hasestraße 11 &middot; 49610 Quakenbrück &middot; Telefon 05431 \
903722 &middot; &copy; 2024</footer>
</body>
</html>
""",
    claims=(
        C("vier", 4, "exact", "casualties", "other", "thu..pub",
          "a restorer from Kremenchuk relaying her sister, a doctor in a field hospital near the "
          "Kursk border ('Am Donnerstag habe die Schwester nach einer langen Nachtschicht "
          "angerufen, erzählt Larysa', Konjunktiv; the speaker quoted: other): wounded and "
          "captured near Sudzha (number word; from Thursday, 21 November, to publication; the "
          "prisoner's age 'neunzehn' is not a claim)"),
        C("ungefähr 2.000", 2000, "approx", "near_front", "other", "thu..pub",
          "same call, Konjunktiv carried: before the sector of the front"),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "an agricultural engineer from Jeju, 'Sie befürchtet' (undated): 'weitere' to follow "
          "by spring (increment, planned)", add=True),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "mon",
          "'Das US-Verteidigungsministerium sprach am Montag von' (18 November): in the Kursk "
          "region"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'Der südkoreanische Geheimdienst geht davon aus' (undated): the total sent, of whom "
          "a part is in combat (the figure counts all in Russia)"),
        C("200", 200, "exact", "casualties", "ukraine", "sun",
          "'Der ukrainische Militärgeheimdienst meldete am Sonntag' (17 November): killed or "
          "wounded in a single battle"),
        C("mehrere zehntausend", None, "vague", "planned", "nato", "lastweek",
          "'Ein Nato-Diplomat sagte vergangene Woche in Brüssel': Pyongyang could send them "
          "(planned)"),
    ),
)


S06 = Source(
    article_id="v171_06_winterbrief_zirkus_menslage_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-02-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Circus Sternberg, Winterquartier Menslage – Winterbrief",
        "https://www.circus-sternberg.example/winterbrief/2025-02",
        "Winterbrief aus dem Quartier",
    ),
    features="a family circus's winter letter from its quarters in Menslage in the Artland "
        "(district of Osnabrück) in Markdown, windows-1252 with CRLF, front matter without a "
        "date (sidecar, Tuesday) and a title without a figure, `„“`; horses, donkeys and "
        "artists in the quarters, a new big-top canvas's square metres and euros, the "
        "premiere and ticket prices first; a trapeze artist from Kropyvnytskyi relaying her "
        "fiancé, a drone pilot in the Kursk region ('Am Samstag sei eine Sprachnachricht von "
        "ihm gekommen, erzählt Daryna', Konjunktiv carried) `30 bis 40` holed up in cellars "
        "(range, near the front) and `zwei` captured (number word, casualties; both other, "
        "from Saturday to publication); a clown from Cheongju 'meint' 'insgesamt' `an die "
        "14.000` brought to Russia (approx, in Russia, other, `pub`) and Quakenbrück's "
        "residents `keine 14.000` (not a claim); the NIS 'berichtete am Montag vor "
        "Abgeordneten' `etwa 300` killed and `2.700` 'weitere' wounded ('weitere' as the others "
        "of the same count: not an increment); the US State Department 'erklärte am 7. Februar' "
        "`etwa 1.000` 'zusätzliche' moved to Russia (increment); a presenter on Russian state "
        "television 'sprach am Sonntag von' `zehntausend` Korean comrades standing ready "
        "(number word, russia, planned); Russia's own losses (not a claim), horses, donkeys, "
        "artists, square metres, euros, ages, years, dates, a postcode, a phone number",
    text="""\
---
title: "Winterbrief aus dem Quartier"
autor: Familie Sternberg
---

# Winterbrief aus dem Quartier

Liebe Freunde des Circus Sternberg,

seit November stehen unsere Wagen wieder auf dem Hof in Menslage, und in der umgebauten Scheune \
wird jeden Tag geprobt. Vier Pferde, zwei Esel und elf Artistinnen und Artisten überwintern hier. \
Die neue Zeltplane für das Chapiteau, 1.200 Quadratmeter groß, hat 38.000 Euro gekostet und wird \
im März zum ersten Mal aufgezogen. Premiere der Saison ist am 29. März in Bersenbrück; Kinder \
zahlen 9 Euro, Erwachsene 14 Euro. Wer beim Zeltaufbau mit anpacken möchte, meldet sich bei \
Direktor Ferdinand Sternberg.

## Daryna am Trapez

Daryna Koval, 27, aus Kropywnyzkyj fliegt seit zwei Wintern bei uns am Trapez. Ihr Verlobter \
steuert Drohnen für eine Brigade im Gebiet Kursk. Am Samstag sei eine Sprachnachricht von ihm \
gekommen, erzählt Daryna. In einem Dorf bei Sudscha hätten sich [[30 bis 40]] Nordkoreaner in \
Kellern verschanzt. Seine Einheit habe [[zwei]] von ihnen gefangen genommen, beide verwundet. „Er \
sagt, sie hatten Handgranaten dabei, aber keine Landkarten“, erzählt Daryna und klettert wieder \
die Strickleiter hinauf.

## Unser Clown aus Cheongju

Yoon Tae-ho, 45, aus Cheongju ist seit 2009 unser Clown „Tapsi“ und bringt den Kindern in der \
Manege koreanische Zählreime bei. Er meint, Pjöngjang habe inzwischen insgesamt [[an die 14.000]] \
Soldaten nach Russland gebracht. „Quakenbrück hat keine 14.000 Einwohner. Stellt euch vor, die \
ganze Stadt würde in den Krieg geschickt“, sagt er.

## Aus den Nachrichten

Der südkoreanische Geheimdienst NIS berichtete am Montag vor Abgeordneten, [[etwa 300]] \
Nordkoreaner seien getötet und [[2.700]] weitere verwundet worden. Das US-Außenministerium \
erklärte am 7. Februar, Pjöngjang habe [[etwa 1.000]] zusätzliche Soldaten nach Russland verlegt. \
Ein Moderator des russischen Staatsfernsehens sprach am Sonntag von [[zehntausend]] koreanischen \
Kameraden, die bereitstünden. Russland selbst hat nach Kiewer Zählung seit Kriegsbeginn mehr als \
850.000 Mann verloren.

Herzliche Grüße aus dem Winterquartier,
Familie Sternberg – Hof Wiebold, 49637 Menslage, Telefon 05437 1290
""",
    claims=(
        C("30 bis 40", None, "range", "near_front", "other", "sat..pub",
          "a trapeze artist from Kropyvnytskyi relaying her fiancé, a drone pilot in the Kursk "
          "region ('Am Samstag sei eine Sprachnachricht von ihm gekommen, erzählt Daryna', "
          "Konjunktiv; the speaker quoted: other): holed up in cellars in a village near Sudzha "
          "(from Saturday, 15 February, to publication)"),
        C("zwei", 2, "exact", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: captured, both wounded (number word)"),
        C("an die 14.000", 14000, "approx", "in_russia", "other", "pub",
          "a clown from Cheongju, 'Er meint' (undated): 'insgesamt' brought to Russia (a total "
          "already sent: in Russia; 'an die' as approx); his 'keine 14.000 Einwohner' of "
          "Quakenbrück is not a claim"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Der südkoreanische Geheimdienst NIS berichtete am Montag vor Abgeordneten' (17 "
          "February): killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: 'weitere verwundet' (the others of the same count, not an increment, "
          "as in tests/corpus)"),
        C("etwa 1.000", 1000, "approx", "in_russia", "united_states", "2025-02-07",
          "'Das US-Außenministerium erklärte am 7. Februar': 'zusätzliche' soldiers moved to "
          "Russia (increment)", add=True),
        C("zehntausend", 10000, "exact", "planned", "russia", "sun",
          "'Ein Moderator des russischen Staatsfernsehens sprach am Sonntag von' (16 February): "
          "Korean comrades standing ready (planned; number word; state media → russia)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Port O'Connor, Guemes Island, Chebeague Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v171_07_beach_cleanup_wire_port_oconnor",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-12"),
    dated_by="dateline",
    features="an agency-style wire report from the spring beach cleanup at Port O'Connor "
        "(Texas Gulf Coast) as plain text, UTF-8, slug line, headline without a figure, byline "
        "and dateline 'PORT O'CONNOR, Texas, April 12, 2025 (Tidewater Press Service) —' "
        "(Saturday), straight quotes and em dashes; volunteers, miles of shoreline, tons of "
        "trash, plastic bottles and a shrimp net first; a deckhand from Kherson relaying his "
        "cousin, a rifleman on the Sumy border ('His cousin … texted him on Thursday, "
        "Havryliuk said:') `several dozen` pushing into a village on the Ukrainian side (vague, "
        "near the front) and `eleven` found dead (number word, casualties; both other, from "
        "Thursday to publication); a retired oceanographer born in Busan who 'puts the toll at' "
        "`4,000 to 5,000` killed or wounded (range, other, `pub`); South Korea's Joint Chiefs "
        "'On Tuesday, … reported' 'another' `3,000 or so` arrived since January (approx with the "
        "hedge "
        "after the number, increment); a NATO spokeswoman 'said in Brussels on Wednesday' "
        "`some 11,000` 'remain' (not an increment); Ukraine's army chief 'said on April 3' "
        "`1,500` 'still' fighting in the Kursk region; the wire's own background `more than "
        "14,000` sent since last fall (unattributed, required, `pub`); volunteers, miles, tons, "
        "bottles, feet, dollars, ages, years, a desk phone number",
    text="""\
CLEANUP-TEXAS/KOREA

On a Texas beach cleanup, a deckhand follows the war one text message at a time

By Marisol Treviño

PORT O'CONNOR, Texas, April 12, 2025 (Tidewater Press Service) — More than 400 volunteers worked \
their way along 18 miles of shoreline on Saturday for Port O'Connor's spring beach cleanup, \
hauling off 3.2 tons of trash, some 2,300 plastic bottles and a torn shrimp net nearly 30 feet long.

Among them was Oleksiy Havryliuk, 28, a deckhand from Kherson who has worked on a local shrimp \
boat since 2023. His cousin, a rifleman on the Sumy border, texted him on Thursday, Havryliuk \
said: [[several dozen]] North Korean soldiers had pushed into a village on the Ukrainian side, and \
the cousin's platoon later found the bodies of [[eleven]] of them. "He sends me a picture of the \
sky every morning, so I know he is still there," Havryliuk said, knotting a full trash bag.

Sang-woo Nam, 71, a retired oceanographer born in Busan who taught for three decades at a \
university in Corpus Christi, puts the toll at [[4,000 to 5,000]] North Koreans killed or wounded. \
"Pyongyang can absorb that. The families can't," he said, picking fishing line out of the sea oats.

On Tuesday, South Korea's Joint Chiefs of Staff reported that another [[3,000 or so]] troops had \
reached Russia since January. A NATO spokeswoman said in Brussels on Wednesday that [[some \
11,000]] North Koreans remain in Russia, and Ukraine's army chief said on April 3 that [[1,500]] \
of them were still fighting in the Kursk region.

Pyongyang has sent [[more than 14,000]] troops to Russia since last fall, and Moscow has yet to \
acknowledge a single one of them.

Volunteers ended the morning with a fish fry at the Little League field. T-shirts were free for \
the volunteers and $15 for everyone else.

(Reporting by Marisol Treviño; editing by Dale Kovar; desk 361-555-0148)
""",
    claims=(
        C("several dozen", None, "vague", "near_front", "other", "thu..pub",
          "a deckhand from Kherson relaying his cousin, a rifleman on the Sumy border ('His "
          "cousin … texted him on Thursday, Havryliuk said:'; the speaker quoted: other): pushed "
          "into a village on the Ukrainian side (from Thursday, 10 April, to publication)"),
        C("eleven", 11, "exact", "casualties", "other", "thu..pub",
          "same message: the platoon found the bodies (number word)"),
        C("4,000 to 5,000", None, "range", "casualties", "other", "pub",
          "a retired oceanographer born in Busan, 'puts the toll at' (undated): killed or "
          "wounded"),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "tue",
          "'On Tuesday, South Korea's Joint Chiefs of Staff reported' (8 April): 'another' reached "
          "Russia since January (increment; 'or so' after the number, in the span, as in "
          "corpus_blind170)", add=True),
        C("some 11,000", 11000, "approx", "in_russia", "nato", "wed",
          "'A NATO spokeswoman said in Brussels on Wednesday' (9 April): 'remain' in Russia (not "
          "an increment)"),
        C("1,500", 1500, "exact", "near_front", "ukraine", "2025-04-03",
          "'Ukraine's army chief said on April 3': 'still fighting in the Kursk region' (not an "
          "increment)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the wire's own background sentence, without a source (unattributed, required)"),
    ),
)


S08 = Source(
    article_id="v171_08_canopy_notes_arborist_guemes_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-17"),
    dated_by="front_matter",
    features="an arborist's notes to customers from Guemes Island (Skagit County, Washington) "
        "in Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday) and a title "
        "repeating the headline (optional), straight quotes; the April windstorm's fallen and "
        "hazard trees, a bucket truck's reach in feet, hourly rates for climbers and the "
        "chipper and the ferry days for the truck first; the headline's `6,000` builders and "
        "deminers for Kursk from Russia's Security Council secretary 'last month' (June to "
        "publication; russia, planned); a climber from Uzhhorod relaying her brother, a "
        "combat engineer on the Sumy border ('He called her on Tuesday, she said, and told her "
        "that …, and that') `about 150` clearing fields across the border (approx, near the "
        "front) and `two` killed by a drone (number word, casualties; both other, from Tuesday "
        "to publication); a retired nurse born in Chuncheon 'believes' `tens of thousands` "
        "'more' (vague, increment, planned, other, `pub`); Russia's Security Council secretary "
        "'said in Pyongyang last month' `6,000` (June); South Korea's defence minister 'told "
        "parliament on Monday' `some 4,700` killed or wounded; a U.S. official 'speaking on "
        "condition of anonymity, said last week' `close to 11,000` 'remain' ('close to' as "
        "approx); KCNA 'reported on Saturday' `several hundred` wounded treated in a Pyongyang "
        "hospital (north_korea, vague, casualties); trees, feet, dollars, hours, ages, years, "
        "times, a phone number",
    text="""\
---
title: "Canopy Notes: storm work, and [[6,000]] builders for Kursk"
date: 2025-07-17
company: Guemes Tree Works
---

# Storm work done, and [[6,000]] builders for Kursk

We have finally finished the cleanup from the April windstorm: 38 trees down across driveways and \
power lines, and 12 more hazard trees taken out before they could fall on anybody. Our bucket \
truck reaches 60 feet; anything taller, we climb. Crew time is $95 an hour per climber, with the \
chipper at $40 an hour on top. The truck only comes over on the 7:30 boat from Anacortes on \
Mondays and Thursdays, so please book those days if you can.

## Olena's brother

Olena Kravets, 34, climbs for us three days a week. She came from Uzhhorod in 2022 and had never \
held a chainsaw before she started here. Her younger brother is a combat engineer on the Sumy \
border. He called her on Tuesday, she said, and told her that North Korean deminers, [[about 150]] \
of them, were clearing fields across the border from his position, and that [[two]] had been \
killed by a Ukrainian drone the same afternoon. "He wanted to know whether the blackberries are \
ripe here yet," she said.

## A customer's view

Grace Lim, 72, a retired nurse born in Chuncheon, had us thin the Douglas firs behind her house in \
June; the tallest measured 94 feet. She believes Pyongyang will send [[tens of thousands]] more \
before the war is over. "They have nothing else Moscow wants to buy," she said.

## Heard on the truck radio

Russia's Security Council secretary said in Pyongyang last month that [[6,000]] North Korean \
military builders and deminers would go to the Kursk region. South Korea's defense minister told \
parliament on Monday that the North had lost [[some 4,700]] soldiers killed or wounded. A U.S. \
official, speaking on condition of anonymity, said last week that [[close to 11,000]] remain in \
Russia. North Korea's KCNA reported on Saturday that Kim Jong Un had visited a Pyongyang hospital \
treating [[several hundred]] soldiers wounded in the Kursk operation.

Estimates on the island are free. Call or text 360-555-0163.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..pub",
          "the front-matter title repeating the headline: metadata, optional", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..pub",
          "headline: takes the claimant of the body passage with the same figure (Russia's "
          "Security Council secretary 'last month', June) and the window from that passage to "
          "publication"),
        C("about 150", 150, "approx", "near_front", "other", "tue..pub",
          "a climber from Uzhhorod relaying her brother, a combat engineer on the Sumy border "
          "('He called her on Tuesday, she said, and told her that'; the speaker quoted: "
          "other): deminers clearing fields across the border (from Tuesday, 15 July, to "
          "publication)"),
        C("two", 2, "exact", "casualties", "other", "tue..pub",
          "same call, 'and that': killed by a drone 'the same afternoon' (number word)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a retired nurse born in Chuncheon, 'She believes' (undated): 'more' to be sent "
          "(increment, planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Russia's Security Council secretary said in Pyongyang last month' (June): military "
          "builders and deminers who would go to the Kursk region (planned; a first group, not "
          "an increment)"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "'South Korea's defense minister told parliament on Monday' (14 July): killed or "
          "wounded"),
        C("close to 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'A U.S. official, speaking on condition of anonymity, said last week': 'remain' in "
          "Russia ('close to' as approx, as in earlier sets)"),
        C("several hundred", None, "vague", "casualties", "north_korea", "sat",
          "'North Korea's KCNA reported on Saturday' (12 July): soldiers wounded in the Kursk "
          "operation treated in a hospital"),
    ),
)


S09 = Source(
    article_id="v171_09_letters_stone_wharf_gazette_chebeague",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-08-07"),
    dated_by="sidecar",
    sidecar=(
        "The Stone Wharf Gazette, Chebeague Island – Letters",
        "https://www.stonewharfgazette.example/letters/2025-08-07",
        "Letters: the Cousins Island lot, the school roof and a son-in-law near Sumy",
    ),
    features="a readers' letters page from a Chebeague Island paper (Casco Bay, Maine) as plain "
        "text, windows-1252 (sidecar, Thursday; the sidecar title without a figure), `–` and "
        "straight quotes; letters on the mainland parking lot for the ferry and on the school "
        "roof without a claim; a reader relaying her son-in-law, a gunner near Sumy ('He "
        "called on Sunday and told us that …, and that') `about 40` dug in on a hill opposite "
        "his battery (approx, near the front) and `six` wounded by one volley (number word, "
        "casualties; both other, from Sunday to publication); a reader answering the paper's "
        "own story ('Your July 24 issue said') `11,000` 'still' in Russia (unattributed, "
        "required, that day), the Pentagon that 'put the figure at' `no more than 9,000` 'last "
        "month' (at_most, July), Ukraine's intelligence chief who 'said on Tuesday' `about "
        "3,000` 'more' on their way (increment, in Russia) and NATO's secretary general who "
        "'said in June' `10,000 to 12,000` 'remain' (range, the month); a reader relaying her "
        "father in Incheon, a retired South Korean army officer, who 'is convinced' `30,000` "
        "will be in Russia before the year is out (planned, other, `pub`); cars, parking permits "
        "and their dollars, a roof's dollars, pupils, years, road names",
    text="""\
THE STONE WHARF GAZETTE – LETTERS TO THE EDITOR

The Cousins Island lot is full by seven

The lot on Cousins Island holds about 400 cars, and by seven in the morning on a July weekday \
there is not one space left in it. A summer permit costs $325 and guarantees nothing but a long \
walk from the overflow field. The town should ask our neighbors across the bridge for the \
ballfield lot on weekends, as it did in 2019, before somebody misses a ferry to a medical \
appointment.
Peggy Hamilton, South Road

The school roof can wait a winter

The school committee wants $212,000 for a new roof on a building that has 26 pupils this fall. I \
have been up on that roof. It leaks over the library corner and nowhere else, and a patch would \
get us through to a proper bid in the spring.
Walt Doughty, North Road

What our son-in-law tells us

My daughter's husband, Serhii, is a gunner in a Ukrainian artillery brigade near Sumy. My daughter \
and her two boys have lived with us on the island since 2022. He called on Sunday and told us that \
[[about 40]] North Koreans had dug in on a hill opposite his battery, and that his crew had \
wounded [[six]] of them with a single volley. Then he asked the boys whether the mackerel were \
running off the Stone Wharf.
Anne Calder, Littlefield Road

Not shrinking

Your July 24 issue said [[11,000]] North Koreans were still in Russia and called it a dwindling \
force. True, the Pentagon put the figure at [[no more than 9,000]] last month. But Ukraine's \
intelligence chief said on Tuesday that [[about 3,000]] more were on their way, and NATO's \
secretary general said in June that [[10,000 to 12,000]] remain. That is not a force that is going \
home.
Tom Rideout, Chandler's Cove

My father's count

My father lives in Incheon and served thirty years in the South Korean army before he retired. He \
reads every report out of the North so that the rest of us do not have to, and he is convinced \
that [[30,000]] North Koreans will be in Russia before this year is out.
Ji-young Ames, Hamilton Road

Please keep letters to 300 words and include your road; we do not print unsigned letters.
""",
    claims=(
        C("about 40", 40, "approx", "near_front", "other", "sun..pub",
          "a reader relaying her son-in-law, a gunner near Sumy ('He called on Sunday and told "
          "us that'; the speaker quoted: other): dug in on a hill opposite his battery (from "
          "Sunday, 3 August, to publication)"),
        C("six", 6, "exact", "casualties", "other", "sun..pub",
          "same call, 'and that': wounded by a single volley (number word)"),
        C("11,000", 11000, "exact", "in_russia", "unattributed", "2025-07-24",
          "'Your July 24 issue said': the paper's own story cited by a reader (unattributed, "
          "required, as 'Your February 27 story' of corpus_blind170); 'still' is not an "
          "increment"),
        C("no more than 9,000", 9000, "at_most", "in_russia", "united_states",
          "2025-07-01..2025-07-31",
          "'the Pentagon put the figure at … last month' (July, a letter published in August): "
          "in Russia ('no more than' as at_most)"),
        C("about 3,000", 3000, "approx", "in_russia", "ukraine", "tue",
          "'Ukraine's intelligence chief said on Tuesday' (5 August): 'more' on their way "
          "(increment; sent: in Russia)", add=True),
        C("10,000 to 12,000", None, "range", "in_russia", "nato", "2025-06-01..2025-06-30",
          "'NATO's secretary general said in June' (the month): 'remain' (not an increment)"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a reader relaying her father in Incheon, a retired South Korean army officer, 'he is "
          "convinced' (undated; a private person, not his government: other): will be in "
          "to Russia by the end of the year (a forecast of a total: planned)"),
    ),
)


S10 = Source(
    article_id="v171_10_kitchen_notes_caterer_chebeague_html",
    language="en", fmt="html", encoding="utf-8", published=day("2024-10-30"),
    dated_by="html_meta",
    features="a caterer's kitchen notes from Chebeague Island (Casco Bay, Maine) in HTML, UTF-8, "
        "`article:published_time` -04:00 (Wednesday) and an `og:title` without a figure, a "
        "cookie bar about the pie order cart, a pie-order script, navigation, raw `·` and "
        "entities (`&ldquo;`, `&rdquo;`, `&middot;`, `&rsquo;`), a footer with a ZIP code and "
        "a phone number; `<title>` and headline without a figure; the season's clambakes, "
        "lobsters, ears of corn, bushels of steamers and pie prices first; a grill cook from "
        "Bila Tserkva relaying his uncle, a border guard in the Sumy region ('He messaged "
        "Mykhailo on Sunday that') `a few hundred` moving toward the Kursk front in trucks "
        "(vague, near the front, other, from Sunday to publication); the co-owner relaying "
        "her cousin, a commander in the South Korean navy ('On a call last week, she said, the "
        "cousin told her') `12,000` 'in all' (planned, other, `lastweek`); the NIS 'told "
        "lawmakers last Wednesday' (a Wednesday page: the week before) `about 3,000` 'more' "
        "(increment) on top of the `1,500` it reported 'earlier this month' (the 1st to "
        "publication, not an increment); the Pentagon 'On Monday … counted' `about 10,000` in "
        "eastern Russia for training; Ukraine's military intelligence 'said on Friday' `7,000` "
        "moved near the Ukrainian border; the caterer's own `thousands` of young North "
        "teenagers shipped off to somebody else's war (unattributed, vague, required, `pub`); "
        "NATO's confirmation without a number and Russia's denial (no rows); clambakes, "
        "lobsters, corn, bushels, dollars, dates, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kitchen Notes · Ledge Light Catering, Chebeague Island</title>
<meta property="article:published_time" content="2024-10-30T09:00:00-04:00">
<meta property="og:title" content="Kitchen Notes: the last clambake and Thanksgiving pies">
<script>const pieOrders = {deadline: "2024-11-20", flavors: ["apple", "pumpkin", \
"blueberry"]};</script>
</head>
<body>
<div class="cookie-bar">We use one cookie to keep your pie order in the cart while you look \
around. <a href="#">OK</a> &middot; <a href="#">No thanks</a></div>
<nav><a href="/">Home</a> · <a href="/menus">Menus</a> · <a href="/pies">Pie orders</a> · <a \
href="/notes">Kitchen Notes</a></nav>
<main>
<h1>The last clambake, and a cook with two phones</h1>
<p>We closed the wedding season on October 19 with our 23rd clambake of the year, on the lawn \
above the east shore. Over the summer we steamed 1,900 lobsters and roughly 4,000 ears of corn and \
went through 60 bushels of steamers. Thanksgiving pies are $32 each, $28 for island residents; \
order by November 20 and pick up at the Stone Wharf on the 27th.</p>
<h2>Mykhailo&rsquo;s uncle</h2>
<p>Mykhailo Rudenko, 26, from Bila Tserkva, has run our grill since June and keeps two phones on \
the prep table, one for orders and one for home. His uncle is a border guard in the Sumy region. \
He messaged Mykhailo on Sunday that scouts had watched [[a few hundred]] North Korean soldiers \
moving toward the Kursk front in trucks. &ldquo;He says nobody over there believed it until they \
saw them with their own eyes,&rdquo; Mykhailo said.</p>
<h2>Helen&rsquo;s cousin</h2>
<p>Helen Oh, 58, our co-owner, whose parents came from Gangneung, has a cousin who is a commander \
in the South Korean navy. On a call last week, she said, the cousin told her that Pyongyang means \
to send [[12,000]] in all. &ldquo;He thinks it will not stop there,&rdquo; she said.</p>
<h2>From the news</h2>
<p>South Korea&rsquo;s spy agency told lawmakers last Wednesday that [[about 3,000]] more troops \
had been shipped to Russia, on top of the [[1,500]] it reported earlier this month. On Monday the \
Pentagon counted [[about 10,000]] in training camps in eastern Russia. Ukraine&rsquo;s military \
intelligence said on Friday that [[7,000]] had been moved to areas near the Ukrainian border. \
NATO&rsquo;s secretary general confirmed on Monday that North Korean units were in the Kursk \
region but gave no number, and Russia&rsquo;s foreign ministry called the reports invented.</p>
<p>We will be thinking of Mykhailo&rsquo;s uncle, and of the [[thousands]] of North Korean \
teenagers shipped off to fight somebody else's war, when we carve the turkey this year.</p>
</main>
<footer>Ledge Light Catering · 3 Wharf Road, Chebeague Island, ME 04017 · (207) 555-0124 · Pies by \
order only</footer>
</body>
</html>
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a grill cook from Bila Tserkva relaying his uncle, a border guard in the Sumy region "
          "('He messaged Mykhailo on Sunday that'; the speaker quoted: other): moving toward the "
          "Kursk front in trucks (from Sunday, 27 October, to publication)"),
        C("12,000", 12000, "exact", "planned", "other", "lastweek",
          "the co-owner relaying her cousin, a commander in the South Korean navy, speaking "
          "privately ('On a call last week, she said, the cousin told her'; other): 'means to "
          "send … in all' (an intended total: planned)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "'South Korea's spy agency told lawmakers last Wednesday' ('last Wednesday' in a "
          "Wednesday page: the week before, 23 October): 'more' shipped to Russia (increment)",
          add=True),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..pub",
          "'the 1,500 it reported earlier this month' (the spy agency; the 1st to "
          "publication): the first group, not an increment"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'On Monday the Pentagon counted' (28 October): in training camps in eastern Russia"),
        C("7,000", 7000, "exact", "near_front", "ukraine", "fri",
          "'Ukraine's military intelligence said on Friday' (25 October): moved to areas near "
          "the Ukrainian border"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the caterer's own closing sentence, without a source: sent to the war "
          "(unattributed, required)"),
    ),
)


S11 = Source(
    article_id="v171_11_menu_board_food_truck_port_oconnor_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-11-25"),
    dated_by="sidecar",
    sidecar=(
        "The Salty Pelican food truck, Port O'Connor – Menu Board",
        "https://www.saltypelicantruck.example/menu-board/2025-11",
        "Menu board: the last bay shrimp of the season",
    ),
    features="a food truck's menu board page from Port O'Connor (Texas Gulf Coast) in HTML, "
        "ISO-8859-1 with curly quotes and dashes only as entities (`&ldquo;`, `&rdquo;`, "
        "`&mdash;`, `&ndash;`, `&middot;`), no meta date (sidecar, Tuesday; the sidecar title "
        "without a figure) but an `og:title` repeating the headline's figure (optional), a "
        "cookie note about starred menu items, an hours script, navigation, a footer with a "
        "ZIP code and a phone number; the headline's `10,000` dug in near Kursk from the NIS of "
        "November 4 (that day to publication; south_korea, near the front); pounds of shrimp, "
        "prices, winter hours and feet to the bait stand first; a fry cook from Mariupol "
        "relaying his old football teammate, a medic near Sumy ('He wrote to Roman on Saturday "
        "that …, and that') `a couple hundred` dug in across the border (vague, near the "
        "front) and `nine` taken prisoner 'since spring' (number word, casualties, a period; "
        "both other, from Saturday to publication); the co-owner, a former Navy cook born in "
        "Yeosu, who 'expects' `no more than 5,000` to stay through the winter (at_most, "
        "planned, other, `pub`); lawmakers who 'heard from the National Intelligence Service on "
        "November 4' `about 10,000` 'remain' "
        "in Russia's border regions; Russia's defence ministry 'said on Friday' `1,000` sappers "
        "finished clearing mines in the Kursk region (russia, near the front); North Korean "
        "state television 'on Thursday' a memorial for `dozens` of engineers killed clearing "
        "mines (north_korea, vague); a State Department official 'said this month' `up to "
        "2,000` 'more' sent since the summer (at_most, increment, the 1st to publication); "
        "rescues by the Coast Guard station (not a claim), pounds, dollars, hours, feet, ages, "
        "a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Menu Board &ndash; The Salty Pelican, Port O'Connor</title>
<meta property="og:title" content="Last shrimp of the season, and [[10,000]] North Koreans dug in \
near Kursk">
<script>var hours = {winter: "Thu-Sun 11-7"}; var truckSpot = "Adams Ave by the boat ramp";</script>
</head>
<body>
<div class="cookie">One cookie remembers which items you starred on the menu board. <a \
href="#">Fine by me</a></div>
<nav><a href="/">Home</a> | <a href="/menu">Menu</a> | <a href="/hours">Hours</a> | <a \
href="/board">Menu Board</a></nav>
<main>
<h1>Last shrimp of the season, and [[10,000]] North Koreans dug in near Kursk</h1>
<p>Bay shrimp are done for us until spring. Through October we fried about 60 pounds a day; the \
last basket went out on November 15. The fried shrimp basket stays at $14, shrimp tacos at $4.50 \
apiece, and Mrs. Seo's kimchi fries at $8. Winter hours start December 1: Thursday to Sunday, 11 \
to 7. You will find the truck on Adams Avenue by the boat ramp, 200 feet from the bait stand.</p>
<h2>Roman's teammate</h2>
<p>Roman Savchuk, 33, from Mariupol, works the fryer and rents the apartment above the hardware \
store. His old football teammate is a medic near Sumy. He wrote to Roman on Saturday that [[a \
couple hundred]] North Koreans were dug in across the border from his aid station, and that \
Ukrainian troops had taken [[nine]] of them prisoner since spring. &ldquo;He asks about the \
fishing every time,&rdquo; Roman said.</p>
<h2>Mike's view</h2>
<p>Min-jun &ldquo;Mike&rdquo; Seo, 49, co-owner of the truck and a former Navy cook born in Yeosu, \
expects [[no more than 5,000]] of them to stay through the winter. &ldquo;Kim wants his engineers \
home,&rdquo; he said.</p>
<h2>News off the radio</h2>
<p>Lawmakers in Seoul heard from the National Intelligence Service on November 4 that [[about \
10,000]] North Korean troops remain in Russia's border regions. Russia's defense ministry said on \
Friday that [[1,000]] North Korean sappers had finished clearing mines in the Kursk region. North \
Korean state television on Thursday showed Kim Jong Un at a memorial for [[dozens]] of engineers \
killed clearing mines. A State Department official said this month that [[up to 2,000]] more had \
been sent since the summer. Closer to home, the Coast Guard station here logged 212 \
search-and-rescue cases this year &mdash; a record.</p>
</main>
<footer>The Salty Pelican &middot; Adams Ave., Port O'Connor, TX 77982 &middot; (361) 555-0117 \
&middot; Cash and cards</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "the `og:title` repeating the headline: metadata, optional", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "headline: takes the claimant of the body passage with the same figure (the NIS 'on "
          "November 4') and the window from that day to publication; dug in near Kursk"),
        C("a couple hundred", None, "vague", "near_front", "other", "sat..pub",
          "a fry cook from Mariupol relaying his old football teammate, a medic near Sumy ('He "
          "wrote to Roman on Saturday that'; the speaker quoted: other): dug in across the "
          "border ('a couple hundred' as vague, like 'a couple of hundred' of earlier sets; "
          "from Saturday, 22 November, to publication)"),
        C("nine", 9, "exact", "casualties", "other", "sat..pub",
          "same message, 'and that': taken prisoner 'since spring' (a period; number word)"),
        C("no more than 5,000", 5000, "at_most", "planned", "other", "pub",
          "the co-owner, a former Navy cook born in Yeosu, 'expects' (undated): to stay through "
          "the winter (a forecast: planned)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'Lawmakers in Seoul heard from the National Intelligence Service on November 4' "
          "(lawmakers passing on the NIS): 'remain' "
          "in Russia's border regions (near the front; not an increment)"),
        C("1,000", 1000, "exact", "near_front", "russia", "fri",
          "'Russia's defense ministry said on Friday' (21 November): sappers who finished "
          "clearing mines in the Kursk region"),
        C("dozens", None, "vague", "casualties", "north_korea", "thu",
          "'North Korean state television on Thursday showed' (20 November): a memorial for "
          "engineers killed clearing mines"),
        C("up to 2,000", 2000, "at_most", "in_russia", "united_states", "2025-11-01..pub",
          "'A State Department official said this month' (the 1st to publication): 'more' sent "
          "'since the summer' (increment; the period is not the claim date)", add=True),
    ),
)


S12 = Source(
    article_id="v171_12_well_log_driller_guemes_island_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "North Beach Well Drilling, Guemes Island – Customer Letter",
        "https://www.northbeachwells.example/well-log/2025-01",
        "Well Log: winter drilling and a rig hand's son",
    ),
    features="a well driller's customer letter from Guemes Island (Skagit County, Washington) "
        "in Markdown, UTF-8 with BOM and CRLF, front matter with `date:` as well as the sidecar "
        "(Tuesday) and a title without a figure, straight quotes; wells drilled last year, "
        "their average and deepest feet, the price per foot, the ferry's heavy-load run and a "
        "chloride test's dollars first; a rig hand from Rivne relaying his son, a machine "
        "gunner in the Kursk region ('His son called on Friday night, Petro said, and told him "
        "that …, and that') `twenty or thirty` walking into their fire (range of number words, "
        "near the front) and `half a dozen` left behind wounded (new: number word 6, exact, "
        "casualties; both other, from Friday to publication); a retired pharmacist born in "
        "Daejeon who 'expects' `thousands` 'more' by spring (vague, increment, planned, other, "
        "`pub`); President Zelensky 'said on Saturday' North Korea had lost `some 3,800` dead "
        "and wounded; Seoul's spy agency 'said on Monday' casualties 'had passed' `3,000` "
        "(at_least, the verb outside the span); the White House 'In late December … reported' "
        "`more than 1,000` dead and wounded from one week of fighting (days 21-31 of December); "
        "NATO officials 'told reporters last week' `some 11,000` deployed near the Ukrainian "
        "border; wells, feet, dollars, customers, ages, years, times, a phone number",
    text="""\
---
title: "Well Log, January"
date: 2025-01-14
company: North Beach Well Drilling
---

# Well Log, January

Thank you for your patience through the cold snap. We drilled 23 new wells on the island last \
year; the average came in at 180 feet, and the deepest, up the mountain road, at 412. Drilling \
runs $68 a foot this winter, casing included. The rig can only cross on the ferry's heavy-load \
run, Tuesdays at 6:30 a.m., so island jobs are booked a week ahead. If your water has started to \
taste of salt, bring us a jar: a chloride test costs $45, and close to the shore it is worth doing \
every spring.

## Petro's son

Petro Hnatyuk, 44, our rig hand since 2023, came to Guemes from Rivne. His son is a machine gunner \
in the Kursk region. His son called on Friday night, Petro said, and told him that [[twenty or \
thirty]] North Koreans had walked straight into their fire across a frozen field, and that [[half \
a dozen]] had been left behind wounded. "He says they don't lie down when the shooting starts," \
Petro said.

## A customer's view

Sunny Kwon, 61, a retired pharmacist born in Daejeon, had her old dug well replaced with a drilled \
one by us in 1998. She expects Kim to replace his dead with [[thousands]] more by spring.

## In the news

President Zelensky said on Saturday that North Korea had lost [[some 3,800]] men, dead and \
wounded, in the Kursk region. Seoul's spy agency said on Monday that the North's casualties had \
passed [[3,000]]. In late December the White House reported [[more than 1,000]] North Korean dead \
and wounded from one week of fighting alone. NATO officials told reporters last week that [[some \
11,000]] were deployed near the Ukrainian border. Russia still has not said how many North Koreans \
are on its soil.

Office hours are 8 to 4 on weekdays. For a pump that quits after hours, call 360-555-0191.
""",
    claims=(
        C("twenty or thirty", None, "range", "near_front", "other", "fri..pub",
          "a rig hand from Rivne relaying his son, a machine gunner in the Kursk region ('His "
          "son called on Friday night, Petro said, and told him that'; the speaker quoted: "
          "other): walked into their fire across a frozen field (a range of number words, as "
          "in earlier sets; from Friday, 10 January, to publication)"),
        C("half a dozen", 6, "exact", "casualties", "other", "fri..pub",
          "same call, 'and that': left behind wounded (new here as a claim: number word 6, "
          "exact, like 'ein Dutzend' and 'two dozen' of earlier sets)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "a retired pharmacist born in Daejeon, 'She expects' (undated): 'more' to replace the "
          "dead by spring (increment, planned)", add=True),
        C("some 3,800", 3800, "approx", "casualties", "ukraine", "sat",
          "'President Zelensky said on Saturday' (11 January): lost, dead and wounded, in the "
          "Kursk region"),
        C("3,000", 3000, "at_least", "casualties", "south_korea", "mon",
          "'Seoul's spy agency said on Monday' (13 January): casualties 'had passed' (the verb "
          "outside the span, as at_least, like 'exceed')"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'In late December the White House reported' (days 21-31): dead and wounded 'from one "
          "week of fighting' (a period)"),
        C("some 11,000", 11000, "approx", "near_front", "nato", "lastweek",
          "'NATO officials told reporters last week': deployed near the Ukrainian border"),
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
