"""Build the HUNDRED-AND-NINETY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-fourth corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a Samson
guild's circular from Krakau in upper Styria (Austrian conventions) with a seamstress from
Kolomyia and a folklorist from Jeonju, a ski-touring school's winter letter from
Ramingstein on the upper Mur, Salzburg (Austrian words) with a mountain rescuer from Vorokhta and a
guest from Pyeongchang, a post-bus contractor's end-of-season letter from Gadmen below the Susten
pass, Bern (Swiss conventions) with a driver from Lutsk and a tour leader from Daegu, a reformed
parish's autumn newsletter from Lauenen, Bern (Swiss conventions) with its pastor's sermon for the
Federal Day of Prayer, a milliner's customer letter from Hildburghausen with a felt worker from
Brovary and a church musician from Gwangju, and a fistball club's match report from Römhild with a
hitter from Chernivtsi and an engineer from Changwon; an aerial crop-spraying service's customer
letter from Swan Quarter with an engine mechanic from Zaporizhzhia and a soybean grower from Suwon,
the sheriff's office's community notes from Swan Quarter with a dispatcher from Kherson and a
chaplain born in Gwangju, a fireworks committee's notes from Belhaven with a display operator from
Dnipro and a ticket seller born in Busan, a curiosities museum's volunteer notes from Belhaven with
a restorer from Odesa and a docent from Andong, a Jeep rental's trail notes from Corolla with a
mechanic from Poltava and a renter from Incheon, and a grocery delivery service's news page from
Corolla with a driver from Chernihiv and a customer from Jeju. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind192_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Krakau and Ramingstein, Gadmen and Lauenen, Hildburghausen and Römhild)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v192_01_rundbrief_samsongilde_krakau",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-22"),
    dated_by="dateline", crlf=True,
    features="a Samson guild's circular to members and patrons from Krakau (upper Styria) as plain "
        "text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the letter line "
        "'Krakau, 22. Jänner 2025' (Wednesday); Austrian conventions (`Jänner`, `Feber`, `heuer`, "
        "`Obmann`); the giant's weight ('an die 80 Kilo', a hedge that is no claim), the repair "
        "estimate and donations in euros, six carriers and the figure's height in metres first; a "
        "seamstress from Kolomyia relaying her son, a radio operator in an artillery battery near "
        "Sudzha ('In der vergangenen Woche konnte sie endlich wieder mit ihm reden, erzählt "
        "Halyna.', Konjunktiv carried) `mehr als hundert` dug in opposite (at_least with a number "
        "word, near the front), sentence-initial `Sieben` killed and `zwei` 'weitere' taken "
        "prisoner (number words, casualties; the others of the same strike, not an increment; all "
        "other, `lastweek`); a folklorist from Jeonju who 'geht davon aus' Kim sends 'noch einmal' "
        "`mehrere tausend` 'nach' (vague, increment, planned, other, `pub`); Zelensky 'sprach am "
        "Sonntag von' `fast 4.000` dead or wounded (approx); 'Nach Angaben des Generalstabs in "
        "Seoul vom 13. Jänner' `rund 11.000` 'weiterhin' in Kursk (an explicit date; not an "
        "increment); 'Aus dem Pentagon hieß es am Freitag' `bis zu 8.000` 'weiteren' being readied "
        "(at_most, increment, planned); the circular's own `Tausende` in Russian trenches "
        "(unattributed, vague, required); Ukraine's square kilometres, euros, kilos, metres, ages, "
        "dates, a phone number",
    text="""\
Samsongilde Krakau – Rundbrief an Mitglieder und Gönner

Krakau, 22. Jänner 2025

Liebe Mitglieder, liebe Gönnerinnen und Gönner,

unser Samson liegt seit Allerheiligen zerlegt in der Werkstatt von Tischlermeister Pirker. Der \
Kopf aus Zirbenholz bekommt heuer eine neue Fassung, und das Traggestell, das samt Figur an die \
80 Kilo wiegt, wird mit Eschenleisten verstärkt. Der Kostenvoranschlag beträgt 6.400 Euro, 2.150 \
Euro haben Gönner schon gespendet. Beim Umzug im August sollen wieder sechs Träger einander \
abwechseln und den 5,2 Meter hohen Riesen durchs Dorf tanzen lassen. Wer sich das zutraut, meldet \
sich bitte bis Ende Feber beim Obmann.

Halyna näht den neuen Rock

Den Rock aus rotem Loden näht heuer Halyna Bojko, 52, die in Kolomyja drei Jahrzehnte lang \
Trachten für eine Volkstanzgruppe geschneidert hat. Ihr Sohn ist Funker in einer \
Artilleriebatterie bei Sudscha. In der vergangenen Woche konnte sie endlich wieder mit ihm reden, \
erzählt Halyna. Gegenüber der Batterie hätten sich [[mehr als hundert]] Nordkoreaner in einem \
Waldstück eingegraben. [[Sieben]] von ihnen seien bei einem einzigen Feuerschlag getötet worden, \
[[zwei]] weitere in Gefangenschaft geraten. „Er sagt, die Burschen sind jünger als seine \
Turnschüler damals“, erzählt Halyna. Ihr Sohn hat vor dem Krieg an einer Dorfschule Sport \
unterrichtet.

Besuch aus Jeonju

Im Dezember war die Volkskundlerin Kwon Hye-rin, 36, aus Jeonju drei Tage bei uns, um den Samson \
für ein Buch über Prozessionsriesen zu vermessen und zu zeichnen. Sie geht davon aus, dass Kim \
heuer noch einmal [[mehrere tausend]] Soldaten nach Russland nachschickt. „Die Mütter erfahren es \
aus keiner Zeitung“, sagt sie.

Was man hört

Der ukrainische Präsident sprach am Sonntag von [[fast 4.000]] getöteten oder verwundeten \
Nordkoreanern. Nach Angaben des Generalstabs in Seoul vom 13. Jänner kämpfen weiterhin [[rund \
11.000]] nordkoreanische Soldaten im Gebiet Kursk. Aus dem Pentagon hieß es am Freitag, Pjöngjang \
bereite die Entsendung von [[bis zu 8.000]] weiteren Männern vor. Die Ukraine hält in der Region \
nach eigenen Angaben noch gut 500 Quadratkilometer. Während bei uns der Riese in der Werkstatt \
auf seinen Rock wartet, liegen [[Tausende]] junge Nordkoreaner in russischen Schützengräben, weit \
weg von daheim.

Die Jahreshauptversammlung ist am 14. Feber um 19 Uhr im Gasthof zur Post. Trägeranmeldungen beim \
Obmann Hannes Moser unter 03535 8211.

Mit Samsongruß
Der Vorstand
""",
    claims=(
        C("mehr als hundert", 100, "at_least", "near_front", "other", "lastweek",
          "a seamstress from Kolomyia relaying her son, a radio operator in an artillery battery "
          "near Sudzha ('In der vergangenen Woche konnte sie endlich wieder mit ihm reden, erzählt "
          "Halyna.', Konjunktiv; the speaker quoted: other): dug in in a wood opposite the battery "
          "('mehr als' with a number word; the call last week: from Monday, 13 January, to "
          "publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "lastweek",
          "same call, Konjunktiv carried, sentence-initial number word: killed by a single "
          "barrage"),
        C("zwei", 2, "exact", "casualties", "other", "lastweek",
          "same sentence: 'zwei weitere in Gefangenschaft geraten' (the others of the same strike, "
          "taken prisoner; not an increment on an earlier count)"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "a folklorist from Jeonju, 'Sie geht davon aus' (undated): Kim sends 'noch einmal' … "
          "'nach' to Russia this year (increment, planned)",
          add=True),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "'Der ukrainische Präsident sprach am Sonntag von' (19 January): killed or wounded "
          "('fast' as approx)"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "2025-01-13",
          "'Nach Angaben des Generalstabs in Seoul vom 13. Jänner' (an explicit date): 'weiterhin' "
          "fighting in the Kursk region (still, not an increment)"),
        C("bis zu 8.000", 8000, "at_most", "planned", "united_states", "fri",
          "'Aus dem Pentagon hieß es am Freitag' (17 January, Konjunktiv): Pyongyang readying the "
          "dispatch of 'weiteren' men (increment, planned; span without the word)",
          add=True),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the circular's own framing without a source ('liegen Tausende junge Nordkoreaner in "
          "russischen Schützengräben'): unattributed, required"),
    ),
)


S02 = Source(
    article_id="v192_02_winterbrief_skitourenschule_ramingstein_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-28"),
    dated_by="front_matter",
    features="a ski-touring school's winter letter from Ramingstein on the upper Mur (Salzburg) in "
        "Markdown, UTF-8, front matter with `date:` (Friday) and a title without a figure, `„“`; "
        "Austrian words (`heuer`, `Jänner`, `Feber`); courses and guests, the avalanche course's "
        "euros, metres of altitude and the danger level first; a mountain rescuer from Vorokhta "
        "relaying his cousin, a sniper in the Sumy region ('Vorgestern hat Andrij wieder eine "
        "Nachricht von ihm bekommen. … schreibt der Cousin.', Konjunktiv carried) `Hunderte` moved "
        "into the border villages (vague, near the front) and `zwanzig` dead counted in one day "
        "(number word, casualties; both other, from the day before yesterday to publication); a "
        "guest from Pyeongchang who 'schätzt' `15.000 bis 18.000` have served in Russia (range, in "
        "Russia, other, `pub`); `Rund 1.500` brought to Russia 'zusätzlich', 'erklärte Südkoreas "
        "Generalstab am Montag' (the claimant named after the figure; increment); Ukraine's "
        "military intelligence that 'zählt inzwischen' `rund 1.000` fallen (present tense, `pub`); "
        "Rutte who 'nannte Mitte Feber' `mehr als 11.000` fighting on Russia's side (the 11th to "
        "the 20th); the US State Department that 'berichtete gestern' `etwa 4.000` dead or wounded "
        "(`yday`); Russia's losses a day (not a claim), courses, guests, euros, metres, ages, a "
        "date, a phone number",
    text="""\
---
title: "Winterbrief der Skitourenschule"
date: 2025-02-28
absender: Skitourenschule Finstergrün, Ramingstein
---

# Pulver im Feber, ein Lawinenkurs und Post aus Sumy

Liebe Tourengeherinnen und Tourengeher,

heuer hat der Winter spät angefangen, aber seit Mitte Jänner liegt oben genug Schnee. Bis jetzt \
haben wir 38 Kurse und geführte Touren gemacht, mit insgesamt 296 Gästen. Der nächste Lawinenkurs \
mit Verschüttetensuche ist am 8. März und kostet 95 Euro, die Leihgeräte sind dabei. Bitte schaut \
vor jeder Tour in den Lawinenlagebericht: An den Nordhängen über 2.000 Metern galt in dieser \
Woche mehrmals Stufe 3.

## Andrij spurt voraus

Andrij Tkatsch, 34, aus Worochta in den Karpaten war dort Bergretter und geht bei uns seit \
Dezember als Anwärter mit den Gruppen. Sein Cousin ist Scharfschütze in der Region Sumy. \
Vorgestern hat Andrij wieder eine Nachricht von ihm bekommen. Die Russen hätten [[Hunderte]] \
Nordkoreaner in die Dörfer direkt an der Grenze verlegt, schreibt der Cousin. An einem einzigen \
Tag habe seine Einheit im Vorfeld [[zwanzig]] tote Nordkoreaner gezählt. „Er schreibt, sie tragen \
weiße Tarnanzüge wie wir auf Skitour“, sagt Andrij.

## Ein Gast aus Pyeongchang

Yoon Seo-hyun, 29, aus Pyeongchang ist im Feber zwei Wochen lang mit uns gegangen und sagt, so \
etwas lerne man daheim nicht. Sie schätzt, dass bisher [[15.000 bis 18.000]] Nordkoreaner in \
Russland gedient haben. „Von ihnen hört man erst, wenn sie tot sind“, sagt sie.

## Was gemeldet wird

[[Rund 1.500]] Mann habe Nordkorea seit Jahresbeginn zusätzlich nach Russland gebracht, erklärte \
Südkoreas Generalstab am Montag. Der ukrainische Militärgeheimdienst zählt inzwischen [[rund \
1.000]] gefallene Nordkoreaner. Nato-Generalsekretär Mark Rutte nannte Mitte Feber [[mehr als \
11.000]] Nordkoreaner, die auf russischer Seite kämpften. Gestern berichtete das \
US-Außenministerium, [[etwa 4.000]] von ihnen seien getötet oder verwundet worden. Russland \
selbst verliert nach Kiewer Zählung an manchen Tagen 1.300 Soldaten.

Anmeldung für den Lawinenkurs bis 5. März unter 06475 318 oder per Mail.

Berg Heil
Eure Skitourenschule
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-02-26..pub",
          "a mountain rescuer from Vorokhta relaying his cousin, a sniper in the Sumy region "
          "('Vorgestern hat Andrij wieder eine Nachricht von ihm bekommen.' … 'schreibt der "
          "Cousin'; Konjunktiv; the speaker quoted: other): moved into the villages right on the "
          "border (from the day before yesterday, 26 February, to publication)"),
        C("zwanzig", 20, "exact", "casualties", "other", "2025-02-26..pub",
          "same message, Konjunktiv carried, number word: dead counted in one day"),
        C("15.000 bis 18.000", None, "range", "in_russia", "other", "pub",
          "a guest from Pyeongchang, 'Sie schätzt' (undated): have served in Russia so far"),
        C("Rund 1.500", 1500, "approx", "in_russia", "south_korea", "mon",
          "sentence-initial figure, the claimant named after it ('erklärte Südkoreas Generalstab "
          "am Montag', 24 February; Konjunktiv): brought to Russia 'zusätzlich' since the start of "
          "the year (increment)",
          add=True),
        C("rund 1.000", 1000, "approx", "casualties", "ukraine", "pub",
          "'Der ukrainische Militärgeheimdienst zählt inzwischen' (present tense, undated): "
          "fallen"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "nato", "2025-02-11..2025-02-20",
          "'Nato-Generalsekretär Mark Rutte nannte Mitte Feber' (the 11th to the 20th): fighting "
          "on Russia's side"),
        C("etwa 4.000", 4000, "approx", "casualties", "united_states", "yday",
          "'Gestern berichtete das US-Außenministerium' (27 February, Konjunktiv): killed or "
          "wounded"),
    ),
)


S03 = Source(
    article_id="v192_03_saisonbrief_postautohalter_gadmen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-16"),
    dated_by="html_meta",
    features="a post-bus contractor's end-of-season letter from Gadmen below the Susten pass "
        "(Bernese Oberland) in HTML, ISO-8859-1 with raw «» and umlauts, entities (`&ndash;`, "
        "`&middot;`), `article:published_time` +02:00 (Thursday), a cookie note about seat "
        "reservations, a script with the line's courses, pass height and day pass, navigation, a "
        "footer with a postcode; Swiss conventions (`ss`, «», `2'260`, `38'600`, `2'000`, "
        "`30'000`, `10'000`, `5'000`, `14'000`); `<title>` and headline without a figure; the "
        "season's courses and passengers ('gut 2'000 mehr als im Vorjahr', not a claim), coaches, "
        "the pass height and francs first; a driver from Lutsk relaying his brother, a "
        "reconnaissance drone operator on the Kursk border ('Am Sonntagabend habe ihn der Bruder "
        "angerufen, erzählt Mykola.', Konjunktiv carried) `ein paar hundert` digging bunkers "
        "(vague, near the front) and `sechs` wounded (number word, casualties; both other, from "
        "Sunday to publication); a tour leader from Daegu who 'rechnet damit' `bis zu 30'000` will "
        "be sent (at_most, planned, other, `pub`); the NIS that 'teilte Anfang Oktober mit' `rund "
        "10'000` 'noch' stationed in Russia (the 1st to the 10th; not an increment); Seoul that "
        "'im September … beziffert' `etwa 2'000` fallen (the whole month); Russia's deputy defence "
        "minister who 'erklärte am Dienstag' `rund 5'000` builders rebuilding the Kursk region "
        "(russia, near the front); 'Aus Nato-Kreisen hiess es letzte Woche' `mehr als 14'000` have "
        "served in Russia since last autumn (`lastweek`); state television's `Hunderte` returnees "
        "decorated on 10 October (optional); North Korea's army (not a claim), courses, "
        "passengers, coaches, metres, francs, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Saisonbrief &ndash; Postautohalter Zybach, Gadmen</title>
<meta property="article:published_time" content="2025-10-16T07:30:00+02:00">
<script>var linie = {kurseProTag: 14, passhoehe: 2260, tageskarte: 68, cars: 3};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich Ihre Platzreservation, bis Sie bezahlt haben. <a \
href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/fahrplan">Fahrplan</a> &middot; <a \
href="/gruppen">Gruppenfahrten</a> &middot; <a href="/saisonbrief">Saisonbrief</a></nav>
<main>
<h1>Die Passsaison ist zu Ende</h1>
<p>Am Sonntag ist unser letzter Kurs über den Susten gefahren. Von Ende Juni bis Mitte Oktober \
waren wir mit drei Cars und 14 Kursen am Tag unterwegs und haben 38'600 Fahrgäste befördert, gut \
2'000 mehr als im Vorjahr. Oben auf 2'260 Metern lag am 2. September schon Schnee, gesperrt \
werden musste die Strasse aber nie. Die Tageskarte kostet auch nächstes Jahr 68 Franken.</p>
<h2>Mykola am Steuer</h2>
<p>Mykola Lewtschuk, 48, ist in Luzk zwanzig Jahre lang Überlandbusse gefahren und sitzt seit \
zwei Sommern bei uns am Steuer. Sein jüngerer Bruder fliegt für eine Aufklärungseinheit Drohnen \
über der Grenze zum Gebiet Kursk. Am Sonntagabend habe ihn der Bruder angerufen, erzählt Mykola. \
Drüben hoben [[ein paar hundert]] Nordkoreaner neue Bunker und Gräben aus, man sehe sie jeden Tag \
auf den Bildern der Drohnen. Bei einem Angriff seien [[sechs]] von ihnen verletzt worden. «Er \
sagt, die graben, als ob der Krieg noch zehn Jahre dauert», sagt Mykola.</p>
<h2>Gäste aus Daegu</h2>
<p>Die Reiseleiterin Baek Ji-yeon, 44, aus Daegu bringt jeden Sommer koreanische Gruppen auf den \
Pass, dieses Jahr waren es elf Reisecars. Sie rechnet damit, dass Pjöngjang nach und nach [[bis \
zu 30'000]] Mann nach Russland schicken wird. «Für Kim sind diese Soldaten eine Währung», sagt \
sie.</p>
<h2>Was gemeldet wird</h2>
<p>Der südkoreanische Geheimdienst teilte Anfang Oktober mit, in Russland seien noch [[rund \
10'000]] nordkoreanische Soldaten stationiert. Die Zahl der gefallenen Nordkoreaner hatte Seoul \
im September auf [[etwa 2'000]] beziffert. Der russische Vizeverteidigungsminister erklärte am \
Dienstag, [[rund 5'000]] nordkoreanische Militärbauer arbeiteten am Wiederaufbau im Gebiet Kursk. \
Aus Nato-Kreisen hiess es letzte Woche, seit dem vergangenen Herbst hätten [[mehr als 14'000]] \
Nordkoreaner in Russland gedient. Das Staatsfernsehen zeigte, wie Kim Jong Un bei der Parade am \
10. Oktober [[Hunderte]] aus Kursk zurückgekehrte Soldaten auszeichnete. Nordkoreas Armee zählt \
mehr als eine Million Mann.</p>
<p>Gruppenfahrten für 2026 nehmen wir ab Januar entgegen: 033 975 12 40.</p>
</main>
<footer>Postautohalter Zybach &middot; Dorf 21 &middot; 3863 Gadmen &middot; \
info@postauto-zybach.example</footer>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "sun..pub",
          "a driver from Lutsk relaying his brother, a reconnaissance drone operator on the Kursk "
          "border ('Am Sonntagabend habe ihn der Bruder angerufen, erzählt Mykola.', Konjunktiv; "
          "the speaker quoted: other): digging new bunkers and trenches across the border (from "
          "Sunday, 12 October, to publication)"),
        C("sechs", 6, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, number word: wounded in an attack"),
        C("bis zu 30'000", 30000, "at_most", "planned", "other", "pub",
          "a tour leader from Daegu, 'Sie rechnet damit' (undated): Pyongyang will send step by "
          "step (a ceiling on a forecast: planned)"),
        C("rund 10'000", 10000, "approx", "in_russia", "south_korea", "2025-10-01..2025-10-10",
          "'Der südkoreanische Geheimdienst teilte Anfang Oktober mit' (the 1st to the 10th, "
          "Konjunktiv): 'noch' stationed in Russia (still, not an increment)"),
        C("etwa 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'hatte Seoul im September auf … beziffert' (the whole month): fallen"),
        C("rund 5'000", 5000, "approx", "near_front", "russia", "tue",
          "'Der russische Vizeverteidigungsminister erklärte am Dienstag' (14 October, "
          "Konjunktiv): military builders at work rebuilding the Kursk region (at work in the "
          "region: near the front)"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "'Aus Nato-Kreisen hiess es letzte Woche' (Swiss 'letzte Woche' as `lastweek`, "
          "Konjunktiv): have served in Russia since last autumn (a total over a period)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "'Das Staatsfernsehen zeigte, wie Kim Jong Un bei der Parade am 10. Oktober': soldiers "
          "back from Kursk decorated (returnees, as in earlier sets: optional)",
          opt=True),
    ),
)


S04 = Source(
    article_id="v192_04_gemeindebrief_bettagspredigt_lauenen",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "Evangelisch-reformierte Kirchgemeinde Lauenen – Gemeindebrief",
        "https://www.kirche-lauenen.example/gemeindebrief/herbst-2025",
        "Gemeindebrief Herbst: Dank für den Bettag und Auszüge aus der Predigt",
    ),
    features="a reformed parish's autumn newsletter from Lauenen (Bernese Oberland) as plain text, "
        "UTF-16 LE with BOM (sidecar, Wednesday; the sidecar title without a figure); Swiss "
        "conventions (`ss`, «», `1'874`, `85'000`, `15'000`, `2'000`, `6'000`); churchgoers, "
        "children, the collection and the organ in francs first; the pastor's sermon for the "
        "Federal Day of Prayer ('am Bettag', Sunday 21 September) printed in excerpts: the pastor "
        "relaying a villager from Kharkiv who relays her nephew, a medic at the Sumy border ('Am "
        "Freitag hat mir Switlana … erzählt … so habe er ihr geschrieben', Konjunktiv carried) "
        "`einige tausend` in trenches and bunkers (vague, near the front) and sentence-initial "
        "`Vier` wounded and treated (number word, casualties; both other, from Friday to "
        "publication); the pastor's own 'Man hört von' `über 15'000` sent and `Tausende` wounded "
        "or dead (a speaker in a sermon: other, the sermon day to publication); 'Dem "
        "südkoreanischen Nachrichtendienst zufolge' `rund 2'000` fallen (`pub`); Shoigu who 'hatte "
        "Mitte Juni angekündigt' `6'000` builders and deminers for Kursk (russia, planned, the "
        "11th to the 20th); North Korea's state media that 'meldeten am Samstag' hero titles for "
        "`gut hundert` fallen (north_korea, at_least with a number word, casualties); churchgoers, "
        "children, francs, confirmands, ages, dates, a phone number",
    text="""\
Evangelisch-reformierte Kirchgemeinde Lauenen
Gemeindebrief Herbst

Liebe Gemeindeglieder

Am Bettag war unsere Kirche voll: 146 Erwachsene und 23 Kinder feierten den Gottesdienst mit, der \
Jodlerklub sang zum Auszug, und die Kollekte für die Flüchtlingshilfe ergab 1'874 Franken. \
Herzlichen Dank! An der Kirchgemeindeversammlung vom 23. November beraten wir das Budget und die \
Sanierung der Orgel, die rund 85'000 Franken kosten wird. Im Frühling werden neun Jugendliche \
konfirmiert.

Aus der Bettagspredigt

Pfarrerin Annelies Brand predigte am Bettag über das Wort «Selig sind, die Frieden stiften». Wir \
drucken einen Auszug ab.

«Am Freitag hat mir Switlana, die seit drei Jahren bei uns im Dorf wohnt und aus Charkiw stammt, \
von ihrem Neffen erzählt. Er dient als Sanitäter an der Grenze bei Sumy. Auf der anderen Seite, \
so habe er ihr geschrieben, lägen [[einige tausend]] Nordkoreaner in Gräben und Bunkern. [[Vier]] \
von ihnen habe seine Einheit verwundet aufgelesen und versorgt, so wie man jeden Menschen versorgt.

Liebe Gemeinde, ich weiss nicht genau, wie viele junge Männer Nordkorea in diesen Krieg geschickt \
hat. Man hört von [[über 15'000]]. [[Tausende]] von ihnen sind verwundet oder tot, und ihre \
Mütter dürfen nicht einmal öffentlich um sie weinen. Frieden stiften heisst zuerst: hinschauen, \
auch auf die, die uns fremd sind.»

Aus der Welt

Dem südkoreanischen Nachrichtendienst zufolge sind bisher [[rund 2'000]] nordkoreanische Soldaten \
gefallen. Sergei Schoigu, Sekretär des russischen Sicherheitsrats, hatte Mitte Juni angekündigt, \
Pjöngjang werde [[6'000]] Bausoldaten und Minenräumer ins Gebiet Kursk schicken. Nordkoreas \
Staatsmedien meldeten am Samstag, Kim Jong Un habe [[gut hundert]] gefallenen Soldaten posthum \
den Titel «Held der Republik» verliehen.

Das Sekretariat ist dienstags und donnerstags von 9 bis 11 Uhr besetzt, Telefon 033 765 31 08.

Freundliche Grüsse
Der Kirchgemeinderat
""",
    claims=(
        C("einige tausend", None, "vague", "near_front", "other", "2025-09-19..pub",
          "the pastor relaying a villager from Kharkiv who relays her nephew, a medic at the Sumy "
          "border ('Am Freitag hat mir Switlana … erzählt … so habe er ihr geschrieben', "
          "Konjunktiv; the speaker quoted: other): lying in trenches and bunkers on the other side "
          "(from Friday, 19 September, to publication)"),
        C("Vier", 4, "exact", "casualties", "other", "2025-09-19..pub",
          "same message, Konjunktiv carried, sentence-initial number word: wounded, picked up and "
          "treated by his unit"),
        C("über 15'000", 15000, "at_least", "in_russia", "other", "2025-09-21..pub",
          "the pastor's own words in the sermon 'am Bettag' ('Man hört von'; a speaker in a "
          "sermon: other; the sermon day, Sunday 21 September, to publication): sent into this war "
          "('über' as at_least)"),
        C("Tausende", None, "vague", "casualties", "other", "2025-09-21..pub",
          "same sermon: wounded or dead"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "pub",
          "'Dem südkoreanischen Nachrichtendienst zufolge' (undated): fallen so far"),
        C("6'000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Sergei Schoigu, Sekretär des russischen Sicherheitsrats, hatte Mitte Juni angekündigt' "
          "(the 11th to the 20th): builders and deminers Pyongyang would send to the Kursk region"),
        C("gut hundert", 100, "at_least", "casualties", "north_korea", "sat",
          "'Nordkoreas Staatsmedien meldeten am Samstag' (20 September, Konjunktiv): fallen "
          "soldiers made heroes posthumously ('gut' with a number word as at_least)"),
    ),
)


S05 = Source(
    article_id="v192_05_kundenbrief_hutmacherei_hildburghausen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-12-12"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Hutmacherei Elsner, Hildburghausen – Kundenbrief",
        "https://www.hutmacherei-elsner.example/kundenbrief/advent-2024",
        "Kundenbrief zum Advent: Filz, Stroh und ein Brief aus dem Gebiet Kursk",
    ),
    features="a milliner's customer letter from Hildburghausen (southern Thuringia) in Markdown, "
        "UTF-8 with BOM and CRLF, front matter without a date (`titel:`; sidecar, Thursday) and a "
        "title without a figure, `„“`; hats made since September, prices in euros, Sunday opening "
        "hours and a hat block 'fast 100 Jahre alt' (a hedge that is no claim) first; a felt "
        "worker from Brovary relaying her husband, a mechanic in a tank brigade in the Kursk "
        "region ('Am Nikolaustag habe er ihr einen langen Brief geschickt, erzählt Maryna.', "
        "Konjunktiv carried) `an die dreihundert` turned up before his sector (approx with a "
        "number word, near the front) and sentence-initial `Mindestens zwanzig` fallen (at_least "
        "with a number word, casualties; both other, from 6 December to publication; 'seit Ende "
        "November' is the period); a church musician from Gwangju who 'glaubt' `20.000` will be in "
        "Russia by spring (planned, other, `pub`); the Pentagon that 'sprach am Montag von' "
        "`Hunderten` dead and wounded (vague, casualties); 'Laut dem ukrainischen "
        "Militärgeheimdienst' 'zusätzlich' `rund 5.000` being prepared (increment, planned, "
        "`pub`); the NIS that 'hatte Ende November erklärt' part of the `mehr als 10.000` in "
        "Russia were fighting (the 21st to the 30th); the letter's own 'sollen' `mehr als 11.000` "
        "in the Kursk region (unattributed, required); Russian troops in the region (not a claim), "
        "hats, euros, hours, years, ages, a date, a phone number",
    text="""\
---
titel: "Kundenbrief zum Advent"
absender: Hutmacherei Elsner, Hildburghausen
---

# Filz, Stroh und ein Brief aus dem Gebiet Kursk

Liebe Kundinnen und Kunden,

seit September sind in unserer Werkstatt am Markt 214 Hüte entstanden, die meisten aus Haarfilz, \
einige aus Loden für die Jäger. Ein Filzhut nach Maß kostet bei uns ab 189 Euro, das Umarbeiten \
eines alten Hutes ab 45 Euro. Bis Weihnachten haben wir auch sonntags von 13 bis 17 Uhr geöffnet. \
Unsere älteste Hutform aus Lindenholz, ein Geschenk eines Kunden aus Eisfeld, ist fast 100 Jahre \
alt.

## Maryna am Dampfkessel

Maryna Sawtschenko, 39, aus Browary hat bei uns im Frühjahr angefangen und zieht inzwischen die \
Filzstumpen allein über die Formen. Ihr Mann ist Mechaniker in einer Panzerbrigade im Gebiet \
Kursk. Am Nikolaustag habe er ihr einen langen Brief geschickt, erzählt Maryna. Vor seinem \
Abschnitt seien seit Ende November [[an die dreihundert]] Nordkoreaner aufgetaucht, mit \
russischen Helmen und ohne Winterstiefel. [[Mindestens zwanzig]] von ihnen seien beim ersten \
Angriff gefallen. „Er schreibt, sie laufen geradeaus, auch wenn auf sie geschossen wird“, erzählt \
Maryna.

## Ein Kirchenmusiker aus Gwangju

Park Jun-seo, 47, aus Gwangju leitet einen Kirchenchor in Schleusingen und hat bei uns einen \
schwarzen Homburg bestellt. Er glaubt, dass im Frühjahr [[20.000]] Nordkoreaner in Russland \
stehen werden. „Kim verkauft seine Jungen wie Kohle“, sagt er.

## Was gemeldet wird

Das Pentagon sprach am Montag von [[Hunderten]] toten und verwundeten Nordkoreanern. Laut dem \
ukrainischen Militärgeheimdienst bereitet Pjöngjang die Entsendung von zusätzlich [[rund 5.000]] \
Soldaten vor. Der südkoreanische Geheimdienst hatte Ende November erklärt, ein Teil der [[mehr \
als 10.000]] Nordkoreaner in Russland sei bereits im Kampf. Insgesamt sollen inzwischen [[mehr \
als 11.000]] Nordkoreaner im Gebiet Kursk stehen. Moskau hat dort laut Kiew zudem etwa 50.000 \
eigene Männer zusammengezogen.

Bestellungen für Weihnachten nehmen wir bis zum 18. Dezember an, Telefon 03685 40 71 26.

Herzliche Grüße aus der Werkstatt
Ute Elsner und Team
""",
    claims=(
        C("an die dreihundert", 300, "approx", "near_front", "other", "2024-12-06..pub",
          "a felt worker from Brovary relaying her husband, a mechanic in a tank brigade in the "
          "Kursk region ('Am Nikolaustag habe er ihr einen langen Brief geschickt, erzählt "
          "Maryna.', Konjunktiv; the speaker quoted: other): turned up before his sector ('an die' "
          "with a number word as approx; from St Nicholas' Day, 6 December, to publication; 'seit "
          "Ende November' is the period)"),
        C("Mindestens zwanzig", 20, "at_least", "casualties", "other", "2024-12-06..pub",
          "same letter, Konjunktiv carried, sentence-initial: fallen in the first attack"),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "a church musician from Gwangju, 'Er glaubt' (undated): will be in Russia by spring (a "
          "forecast total: planned)"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon",
          "'Das Pentagon sprach am Montag von' (9 December): dead and wounded"),
        C("rund 5.000", 5000, "approx", "planned", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): 'zusätzlich' being prepared for "
          "dispatch (increment, planned)",
          add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-21..2024-11-30",
          "'Der südkoreanische Geheimdienst hatte Ende November erklärt' (the 21st to the 30th): "
          "in Russia, part of them already fighting"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "unattributed", "pub",
          "the letter's own 'Insgesamt sollen inzwischen' without a source (hearsay: unattributed, "
          "required): in the Kursk region"),
    ),
)


S06 = Source(
    article_id="v192_06_spielbericht_faustball_roemhild_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-05-19"),
    dated_by="sidecar",
    sidecar=(
        "TSV Römhild, Abteilung Faustball – Spielberichte",
        "https://www.tsv-roemhild.example/faustball/berichte/2025-05-19",
        "Spielbericht: Derbysieg in vier Sätzen und ein Schlagmann mit Sorgen",
    ),
    features="a fistball club's match report from Römhild (Grabfeld, southern Thuringia) in HTML, "
        "UTF-8, no meta date (sidecar, Monday; the sidecar title's 'vier Sätzen' is no claim), a "
        "cookie note, a script with the league table, navigation, entities (`&ndash;`, `&bdquo;`, "
        "`&ldquo;`, `&middot;`), a footer with a postcode; `<title>` and headline without a "
        "figure; sets and points, spectators, the table and the next fixture first; a hitter from "
        "Chernivtsi relaying his older brother, a drone pilot in the Sumy region ('Am Donnerstag "
        "habe der Bruder ihm Aufnahmen geschickt:', Konjunktiv carried) `einige Dutzend` digging a "
        "trench across the border (vague, near the front) and sentence-initial `Elf` killed 'in "
        "dieser Woche' (number word, casualties; both other, from Thursday to publication); an "
        "engineer from Changwon who 'schätzt' Kim sends 'weitere' `3.000 bis 4.000` by autumn "
        "(range, increment, planned, other, `pub`); 'Nach Angaben des südkoreanischen "
        "Geheimdiensts vom 30. April' `rund 4.700` dead and wounded (an explicit date); Peskov who "
        "'sagte am Mittwoch' `mehrere tausend` had fought 'Schulter an Schulter' (russia, vague, "
        "near the front); 'Nach Einschätzung Kiews' `rund 3.000` 'weiterhin' at the border (`pub`, "
        "not an increment); 'Die USA gehen von … aus' `mehr als 14.000` in Russia since autumn "
        "(`pub`); Russia's losses a day (not a claim), sets, points, spectators, ages, years, a "
        "date, a postcode",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Spielbericht &ndash; Faustball beim TSV Römhild</title>
<script>var tabelle = {platz: 2, spiele: 6, punkte: 10, saetze: "14:5"};</script>
</head>
<body>
<div class="cookie-hinweis">Wir merken uns nur, dass Sie diesen Hinweis gelesen haben. <a \
href="#">Schließen</a></div>
<nav><a href="/">Verein</a> &middot; <a href="/faustball">Faustball</a> &middot; <a \
href="/termine">Termine</a> &middot; <a href="/berichte">Spielberichte</a></nav>
<main>
<h1>Derbysieg auf dem Sportplatz am Stadtrand</h1>
<p>Unsere erste Mannschaft hat am Samstag das Derby gegen den SV Westhausen mit 3:1 Sätzen \
gewonnen (11:7, 9:11, 11:8, 13:11). Rund 180 Zuschauer sahen vor allem im vierten Satz lange \
Ballwechsel, in denen die Gäste zweimal Satzball hatten. Damit stehen wir nach sechs Spielen mit \
10 Punkten auf Platz zwei der Landesliga. Das nächste Heimspiel ist am 31. Mai um 14 Uhr.</p>
<h2>Bohdan schlägt, sein Bruder fliegt Drohnen</h2>
<p>Den entscheidenden Ball im vierten Satz schlug Bohdan Kowal, 24, der aus Czernowitz stammt und \
seit einem Jahr bei einem Werkzeugbauer in der Stadt arbeitet. Nach dem Spiel erzählte er von \
seinem älteren Bruder, der im Gebiet Sumy Drohnen steuert. Am Donnerstag habe der Bruder ihm \
Aufnahmen geschickt: [[einige Dutzend]] Nordkoreaner, die auf der russischen Seite der Grenze \
einen Graben aushoben. [[Elf]] von ihnen seien in dieser Woche durch Drohnen getötet worden. \
&bdquo;Er sagt, sie verstecken sich nicht einmal&ldquo;, sagte Bohdan.</p>
<h2>Ein Ingenieur aus Changwon</h2>
<p>Lee Dong-hyun, 41, Ingenieur aus Changwon bei einem Autozulieferer, spielt seit zwei Jahren in \
unserer zweiten Mannschaft. Er schätzt, dass Kim bis zum Herbst weitere [[3.000 bis 4.000]] Mann \
nach Russland schickt. &bdquo;In Changwon bauen wir Panzer, in Pjöngjang verkaufen sie \
Menschen&ldquo;, sagt er.</p>
<h2>Abseits des Spielfelds</h2>
<p>Nach Angaben des südkoreanischen Geheimdiensts vom 30. April haben die nordkoreanischen \
Truppen [[rund 4.700]] Tote und Verwundete zu beklagen. Der Kreml hat den Einsatz erst Ende April \
bestätigt; Sprecher Dmitri Peskow sagte am Mittwoch, [[mehrere tausend]] Nordkoreaner hätten \
&bdquo;Schulter an Schulter&ldquo; mit russischen Soldaten gekämpft. Nach Einschätzung Kiews \
stehen weiterhin [[rund 3.000]] von ihnen an der Grenze zum Gebiet Sumy. Die USA gehen von [[mehr \
als 14.000]] Nordkoreanern aus, die seit dem Herbst in Russland waren. Russland selbst verliert \
laut dem ukrainischen Generalstab täglich rund 1.100 Mann.</p>
</main>
<footer>TSV Römhild &middot; Am Sportplatz 3 &middot; 98631 Römhild &middot; \
faustball@tsv-roemhild.example</footer>
</body>
</html>
""",
    claims=(
        C("einige Dutzend", None, "vague", "near_front", "other", "thu..pub",
          "a hitter from Chernivtsi relaying his older brother, a drone pilot in the Sumy region "
          "('Am Donnerstag habe der Bruder ihm Aufnahmen geschickt:', Konjunktiv; the speaker "
          "quoted: other): digging a trench on the Russian side of the border (from Thursday, 15 "
          "May, to publication)"),
        C("Elf", 11, "exact", "casualties", "other", "thu..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed by drones 'in "
          "dieser Woche' (the period, not the claim date)"),
        C("3.000 bis 4.000", None, "range", "planned", "other", "pub",
          "an engineer from Changwon, 'Er schätzt' (undated): 'weitere' Kim sends to Russia by "
          "autumn (increment, planned; span without the word)",
          add=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "'Nach Angaben des südkoreanischen Geheimdiensts vom 30. April' (an explicit date): dead "
          "and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "wed",
          "'Sprecher Dmitri Peskow sagte am Mittwoch' (14 May, Konjunktiv): fought 'Schulter an "
          "Schulter' with Russian soldiers"),
        C("rund 3.000", 3000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung Kiews' (undated): 'weiterhin' at the border with the Sumy region "
          "(still, not an increment)"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "pub",
          "'Die USA gehen von … aus' (undated): have been in Russia since the autumn (a total over "
          "a period)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Swan Quarter, Belhaven and Corolla in North Carolina)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v192_07_customer_letter_crop_dusters_swan_quarter",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-22"),
    dated_by="dateline",
    features="an aerial crop-spraying service's customer letter from Swan Quarter (North Carolina) "
        "as plain text, UTF-8, a letterhead, dated by the letter line 'Swan Quarter, N.C., July "
        "22, 2025' (Tuesday), straight quotes; acres flown, the rate in dollars an acre, a minimum "
        "in acres and miles to beehives first; an engine mechanic from Zaporizhzhia relaying his "
        "nephew, a mortar crewman in the Sumy region ('The nephew messaged him Saturday night, "
        "Pavlo said, and wrote that … and that') `about two hundred` brought up to the villages "
        "across the border (approx with a number word, near the front) and `six` killed (number "
        "word, casualties; both other, from Saturday to publication); a soybean grower from Suwon "
        "who 'expects' 'another' `6,000` before winter (increment, planned, other, `pub`); South "
        "Korea's spy agency that 'in a closed-door session with lawmakers on Thursday, said' "
        "`about 1,000` engineers shifted into the Kursk region for mine clearing (near the front); "
        "NATO's secretary general who 'said last month, at the alliance's summit' `more than "
        "12,000` had fought for Russia (the whole of June); the North's state broadcaster that 'On "
        "Sunday … aired a memorial service' for `dozens` who 'gave their lives' (north_korea, "
        "vague, casualties); 'By Ukraine's count' `at least 5,000` dead and wounded (`pub`); "
        "Russian casualties in a day (not a claim), acres, dollars, miles, ages, years, a phone "
        "number",
    text="""\
PAMLICO SOUND AG AVIATION
Customer Letter, Midseason

Swan Quarter, N.C., July 22, 2025

Dear growers,

We have flown 18,400 acres since the first of May, most of it fungicide on corn and the first \
insect passes on soybeans. Both Air Tractors are running well; the older one gets a new propeller \
governor next week. Our rate stays at $11.50 an acre for fungicide, with a 150-acre minimum per \
call. Please mark power lines and new towers on your field maps, and call the hangar the evening \
before if anyone keeps bees within two miles of a field.

Pavlo in the hangar

Pavlo Hrytsenko, 58, overhauled turboprop engines at the motor works in Zaporizhzhia for 25 years \
and has kept our airplanes flying since spring. His nephew serves on a mortar crew in the Sumy \
region. The nephew messaged him Saturday night, Pavlo said, and wrote that [[about two hundred]] \
North Koreans had been brought up to the villages across the border and that [[six]] of them had \
been killed when a drone found their truck. "He says they carry their shovels like rifles," Pavlo \
said.

A grower from Suwon

Han Mi-kyung, 50, came from Suwon as a graduate student and now farms 900 acres of soybeans \
outside town with her husband; we have sprayed for them since 2016. She expects Pyongyang to send \
another [[6,000]] before winter. "Kim has found something to sell," she said.

Beyond the fence row

South Korea's spy agency, in a closed-door session with lawmakers on Thursday, said the North had \
shifted [[about 1,000]] military engineers into the Kursk region for mine clearing. NATO's \
secretary general said last month, at the alliance's summit in The Hague, that [[more than \
12,000]] North Koreans had fought for Russia. On Sunday, the North's state broadcaster aired a \
memorial service at which Kim Jong Un laid white flowers for [[dozens]] of soldiers who "gave \
their lives" in Kursk. By Ukraine's count, the North's losses have reached [[at least 5,000]] \
dead and wounded. Ukraine's general staff, for comparison, reported 1,030 Russian casualties on \
Monday alone.

Hangar line: (252) 926-4410. Keep your windsocks up.

Roy Gibbs, chief pilot
""",
    claims=(
        C("about two hundred", 200, "approx", "near_front", "other", "sat..pub",
          "an engine mechanic from Zaporizhzhia relaying his nephew, a mortar crewman in the Sumy "
          "region ('The nephew messaged him Saturday night, Pavlo said, and wrote that'; the "
          "speaker quoted: other): brought up to the villages across the border ('about' with a "
          "number word; from Saturday, 19 July, to publication)"),
        C("six", 6, "exact", "casualties", "other", "sat..pub",
          "same message, 'and that', number word: killed when a drone hit their truck"),
        C("6,000", 6000, "exact", "planned", "other", "pub",
          "a soybean grower from Suwon, 'She expects' (undated): 'another' to be sent before "
          "winter (increment, planned; span without the word)",
          add=True),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "'South Korea's spy agency, in a closed-door session with lawmakers on Thursday, said' "
          "(17 July): military engineers shifted into the Kursk region for mine clearing"),
        C("more than 12,000", 12000, "at_least", "near_front", "nato", "2025-06-01..2025-06-30",
          "'NATO's secretary general said last month, at the alliance's summit in The Hague' (the "
          "whole of June): had fought for Russia"),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "'On Sunday, the North's state broadcaster aired a memorial service' (20 July): Kim "
          "laying flowers for soldiers who 'gave their lives' in Kursk"),
        C("at least 5,000", 5000, "at_least", "casualties", "ukraine", "pub",
          "'By Ukraine's count' (undated): the North's losses, dead and wounded"),
    ),
)


S08 = Source(
    article_id="v192_08_community_notes_sheriffs_office_swan_quarter",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-20"),
    dated_by="sidecar",
    sidecar=(
        "Hyde County Sheriff's Office, Swan Quarter – Community Notes",
        "https://www.hydesheriff.example/community-notes/2024-11",
        "Community Notes: deer season, turkeys for Thanksgiving and a call from Kursk",
    ),
    features="the sheriff's office's community notes from Swan Quarter (North Carolina) as plain "
        "text, windows-1252 (sidecar, Wednesday), `’`, `“”`, `—`, upper-case section heads; "
        "citations, calls to dispatch, turkeys and gift cards in dollars first; a dispatcher from "
        "Kherson relaying her brother, an infantryman in the Kursk region ('He called her on "
        "Saturday, she said, and told her that … and that') `several thousand` arrived at the "
        "front (vague, near the front) and `forty` dead in their first attack (number word, "
        "casualties; both other, from Saturday to publication); a volunteer chaplain born in "
        "Gwangju who 'believes' Pyongyang will send `tens of thousands` 'in all' (vague, planned, "
        "other, `pub`; not an increment); a section head 'PENTAGON: 10,000 IN KURSK' whose "
        "`10,000` takes the claimant and day of the passage below it (united_states, from Monday "
        "to publication, exact); a Pentagon spokeswoman who 'said Monday' `about 10,000` in the "
        "Kursk region; South Korea's intelligence service that 'told lawmakers on Nov. 13' `about "
        "3,000` 'more' could follow (increment, planned, an explicit date); Zelensky who 'said "
        "last week' `11,000` in Kursk; the office's own `thousands` in the Russian snow "
        "(unattributed, vague, required); citations, calls, deputies, turkeys, dollars, ages, "
        "years, a phone number",
    text="""\
HYDE COUNTY SHERIFF’S OFFICE
Community Notes — November

DEER SEASON
Hunters, the road shoulders along the refuge are not a place to shoot from. Deputies wrote 11 \
citations in the first two weeks of the season, most of them for shooting from a vehicle. Wear \
orange, and tell somebody where you will be.

BY THE NUMBERS
Our dispatch center answered 312 calls in October. Fourteen deputies now cover the mainland, and \
the ferry deputy rides the early boat on weekdays.

FROM OUR DISPATCH DESK
Olena Kravets, 36, took emergency calls in Kherson for nine years before a sponsor family brought \
her to Swan Quarter, and since June she has worked nights at our dispatch desk. Her brother is an \
infantryman in the Kursk region. He called her on Saturday, she said, and told her that [[several \
thousand]] North Koreans had arrived at the front near his position and that [[forty]] of them \
had died in their first attack. “He told me they don’t even duck,” Olena said.

OUR CHAPLAIN
The Rev. Daniel Cho, 63, born in Gwangju, has been the office’s volunteer chaplain since 2011. He \
believes Pyongyang will eventually send [[tens of thousands]] in all. “The first ones are only \
the test,” he said.

PENTAGON: [[10,000]] IN KURSK
A Pentagon spokeswoman said Monday that [[about 10,000]] of the North's troops had reached the \
Kursk region, and that some were already in combat. South Korea’s intelligence service told \
lawmakers on Nov. 13 that [[about 3,000]] more could follow by winter. President Zelensky said \
last week that [[11,000]] were in Kursk. Somewhere out in that Russian snow are [[thousands]] of \
young men who never chose to be there.

TURKEY DRIVE
Thanks to everyone who gave: we collected 64 turkeys and $1,150 in grocery gift cards for \
families in the county.

Non-emergency line: (252) 926-3171. In an emergency, always dial 911.
""",
    claims=(
        C("several thousand", None, "vague", "near_front", "other", "sat..pub",
          "a dispatcher from Kherson relaying her brother, an infantryman in the Kursk region ('He "
          "called her on Saturday, she said, and told her that'; the speaker quoted: other): "
          "arrived at the front near his position (from Saturday, 16 November, to publication)"),
        C("forty", 40, "exact", "casualties", "other", "sat..pub",
          "same call, 'and that', number word: died in their first attack"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a volunteer chaplain born in Gwangju, 'He believes' (undated): Pyongyang will send 'in "
          "all' (a total, planned, not an increment)"),
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "the section head 'PENTAGON: 10,000 IN KURSK': takes the claimant of the passage below "
          "it with the same figure (a Pentagon spokeswoman, Monday 18 November) and the window "
          "from that day to publication"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'A Pentagon spokeswoman said Monday' (18 November): reached the Kursk region, some "
          "already in combat"),
        C("about 3,000", 3000, "approx", "planned", "south_korea", "2024-11-13",
          "'South Korea's intelligence service told lawmakers on Nov. 13' (an explicit date): "
          "'more' could follow by winter (increment, planned)",
          add=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "lastweek",
          "'President Zelensky said last week': in Kursk"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the office's own framing without a source ('Somewhere out in that Russian snow are "
          "thousands of young men'): unattributed, required"),
    ),
)


S09 = Source(
    article_id="v192_09_committee_notes_fireworks_belhaven_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-07-08"),
    dated_by="front_matter",
    features="a Fourth of July fireworks committee's notes from Belhaven on the Pungo River (North "
        "Carolina) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Tuesday) and a "
        "title without a figure, straight quotes; the show's minutes and shells, dollars raised "
        "('about $3,000 more than last year', not a claim), feet of safety zone and the next "
        "meeting first; a display operator from Dnipro relaying his brother-in-law, a sapper on "
        "the Kursk border ('On the Fourth, while Serhii was loading the barge, the brother-in-law "
        "texted him that … and that') `hundreds` sweeping the fields (vague, near the front) and "
        "`fourteen` killed by mines (number word, casualties; both other, from 4 July to "
        "publication); a ticket seller born in Busan who 'puts the figure for North Koreans sent "
        "to Russia at' `well over 15,000` (at_least, in Russia, other, `pub`); Shoigu who "
        "'promised in mid-June' `6,000` builders and deminers (russia, planned, the 11th to the "
        "20th); Ukraine's military intelligence that 'said on Thursday' `25,000 to 30,000` 'in "
        "all' (range, planned; not an increment); a State Department spokeswoman who 'in a "
        "briefing Monday, put the North's dead at' `more than 2,000`; 'is thought to have' "
        "`roughly 11,000` 'still' in Russia (unattributed, required; not an increment); KCNA's "
        "'heroes' without a number; shells, minutes, dollars, feet, ages, years, a date",
    text="""\
---
title: "Fireworks Committee Notes"
date: 2025-07-08
committee: Belhaven Fourth of July Fireworks Committee
---

# After the Fourth

Thank you, Belhaven. The show over the Pungo River ran 23 minutes this year and used 1,380 \
shells, fired from a barge anchored off the town dock. The committee raised $21,600, about $3,000 \
more than last year, mostly in $20 and $50 gifts and at the pancake breakfast. The Coast Guard \
kept boats 1,000 feet back, and nobody had to be fished out of the water. We meet again on \
September 9 to start planning next year's show.

## Our shooter from Dnipro

Our licensed display operator this year was Serhii Bondar, 45, who ran a fireworks company in \
Dnipro before the war and now wires shows up and down the coast. His brother-in-law clears mines \
with an engineer unit on the Kursk border. On the Fourth, while Serhii was loading the barge, the \
brother-in-law texted him that [[hundreds]] of North Koreans were sweeping the fields on the \
Russian side and that [[fourteen]] had been killed by mines in a single week. "He said they walk \
the fields in rows, poking with sticks," Serhii said.

## From the ticket table

Joon Park, 71, a retired Navy corpsman born in Busan, has sold raffle tickets for us for ten \
summers. He puts the figure for North Koreans sent to Russia at [[well over 15,000]]. "Nobody in \
Pyongyang will ever say how many came back," he said.

## The wider war

In Pyongyang in mid-June, Russia's security chief Sergei Shoigu promised that Kim would dispatch \
[[6,000]] deminers and military construction workers to the Kursk region. Ukraine's military \
intelligence said on Thursday that Kim could eventually send [[25,000 to 30,000]] in all. A State \
Department spokeswoman, in a briefing Monday, put the North's dead at [[more than 2,000]]. The \
North is thought to have [[roughly 11,000]] troops still in Russia. On Sunday, KCNA praised the \
North's soldiers for fighting "like heroes," but gave no number.

Donations for next year: Belhaven Fireworks Fund, P.O. Box 219.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "2025-07-04..pub",
          "a display operator from Dnipro relaying his brother-in-law, a sapper on the Kursk "
          "border ('On the Fourth, while Serhii was loading the barge, the brother-in-law texted "
          "him that'; the speaker quoted: other): sweeping the fields on the Russian side (from "
          "Independence Day, 4 July, to publication)"),
        C("fourteen", 14, "exact", "casualties", "other", "2025-07-04..pub",
          "same message, 'and that', number word: killed by mines 'in a single week' (the period, "
          "not the claim date)"),
        C("well over 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a ticket seller born in Busan, 'He puts the figure for North Koreans sent to Russia at' "
          "(undated; 'well over' as at_least)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'In Pyongyang in mid-June, Russia's security chief Sergei Shoigu promised' (the 11th to "
          "the 20th): deminers and military construction workers Kim would dispatch to the Kursk "
          "region (a first announcement, not an increment)"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "thu",
          "'Ukraine's military intelligence said on Thursday' (3 July): Kim could eventually send "
          "'in all' (a total: planned, not an increment)"),
        C("more than 2,000", 2000, "at_least", "casualties", "united_states", "mon",
          "'A State Department spokeswoman, in a briefing Monday, put the North's dead at' (7 "
          "July)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'The North is thought to have' without a source (unattributed, required): 'still' in "
          "Russia (not an increment)"),
    ),
)


S10 = Source(
    article_id="v192_10_volunteer_notes_curiosities_museum_belhaven_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-03"),
    dated_by="html_meta",
    features="a curiosities museum's volunteer notes from Belhaven (North Carolina) in HTML, UTF-8 "
        "with BOM, `<meta name=\"date\">` (Thursday) and an `og:title` without a figure, a cookie "
        "bar about the virtual tour, a script with objects and the ticket price, navigation, "
        "entities (`&ndash;`, `&ldquo;`, `&rdquo;`, `&middot;`), a footer with a phone number; "
        "`<title>` and headline without a figure; objects ('some 31,000', not a claim), the ticket "
        "price, children, volunteers ('three more volunteers', a false friend that is no claim) "
        "first; a restorer from Odesa relaying her son, a marine in the Kursk region ('He wrote "
        "her on Monday, she said: by his count') `more than a thousand` back in the villages "
        "(at_least with a number word, near the front) and `thirty-odd` killed crossing a river "
        "(30, at_least, casualties; both other, from Monday to publication); a docent from Andong "
        "who 'estimates' `13,000 to 15,000` sent (range, in Russia, other, `pub`); the Joint "
        "Chiefs in Seoul 'On March 27' `about 3,000` 'additional' (increment, in Russia) and 'The "
        "same briefing put … at' `some 4,700` casualties; Zelensky 'on Tuesday … by Kyiv's "
        "estimate' `at least 1,500` at the Sumy border (near the front); NATO's top commander who "
        "'told U.S. senators last week' `as many as 20,000` 'more' (at_most, increment, planned); "
        "Russia without a figure; objects, dollars, ages, children, volunteers, years, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Volunteer Notes &ndash; Pungo Cabinet of Curiosities, Belhaven</title>
<meta name="date" content="2025-04-03">
<meta property="og:title" content="Volunteer Notes: spring opening, the flea case and a letter \
from Kursk">
<script>var museum = {objects: 31000, volunteers: 19, adultTicket: 5, opens: "Saturday"};</script>
</head>
<body>
<div class="cookie-bar">One cookie remembers which rooms of our virtual tour you have seen. <a \
href="#">Fine by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/visit">Visit</a> &middot; <a \
href="/collection">Collection</a> &middot; <a href="/notes">Volunteer notes</a></nav>
<main>
<h1>We open again on Saturday</h1>
<p>The museum reopens Saturday after a winter of dusting some 31,000 objects, from the dressed \
fleas under their magnifier to the two-headed calf and the jar of buttons nobody has ever \
finished counting. Admission stays at $5 for adults, and children under 12 come in free. We still \
need three more volunteers for Saturday afternoons; 19 of us are on the roster now.</p>
<h2>Liudmyla and the glass cases</h2>
<p>Liudmyla Shevchuk, 60, was a restorer at a natural history museum in Odesa and has cleaned \
every glass case on our second floor this winter. Her son is a marine in the Kursk region. He \
wrote her on Monday, she said: by his count [[more than a thousand]] North Koreans had come back \
into the villages his brigade had to give up in March, and [[thirty-odd]] had been killed one \
night trying to cross a river. &ldquo;He writes that they are everywhere now,&rdquo; Liudmyla \
said.</p>
<h2>A docent from Andong</h2>
<p>Sung Min-ji, 34, grew up in Andong, teaches English at the high school and gives our Sunday \
tours in two languages. She estimates that [[13,000 to 15,000]] North Koreans have been sent to \
Russia so far. &ldquo;We learn about them from the Ukrainians, never from Pyongyang,&rdquo; she \
said.</p>
<h2>News from farther away</h2>
<p>On March 27 Seoul's Joint Chiefs of Staff reported [[about 3,000]] additional North Korean \
soldiers arriving in Russia during the first two months of the year. The same briefing put the \
North's casualties at [[some 4,700]]. President Zelensky said on Tuesday that Russia was moving \
North Korean units toward the Sumy border; by Kyiv's estimate, [[at least 1,500]] are already \
there. NATO's top commander told U.S. senators last week that Pyongyang could send [[as many as \
20,000]] more. Russia, which has never confirmed the deployment, gave no figure of its own.</p>
<p>Group tours and school visits: (252) 943-6712.</p>
</main>
<footer>Pungo Cabinet of Curiosities &middot; Main Street &middot; Belhaven, NC &middot; Open \
Thursday to Sunday</footer>
</body>
</html>
""",
    claims=(
        C("more than a thousand", 1000, "at_least", "near_front", "other", "mon..pub",
          "a restorer from Odesa relaying her son, a marine in the Kursk region ('He wrote her on "
          "Monday, she said: by his count'; the speaker quoted: other): back in the villages his "
          "brigade had to give up ('more than' with a number word; from Monday, 31 March, to "
          "publication)"),
        C("thirty-odd", 30, "at_least", "casualties", "other", "mon..pub",
          "same letter, 'and': killed one night crossing a river ('-odd' as at_least, as "
          "'twenty-odd' in an earlier set)"),
        C("13,000 to 15,000", None, "range", "in_russia", "other", "pub",
          "a docent from Andong, 'She estimates' (undated): sent to Russia so far"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-27",
          "'On March 27 Seoul's Joint Chiefs of Staff reported' (an explicit date): 'additional' "
          "soldiers arriving in Russia in the first two months of the year (increment; the months "
          "are the period)",
          add=True),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-27",
          "'The same briefing put the North's casualties at' (the JCS, 27 March; 'some' as "
          "approx)"),
        C("at least 1,500", 1500, "at_least", "near_front", "ukraine", "tue",
          "'President Zelensky said on Tuesday … by Kyiv's estimate' (1 April): already at the "
          "Sumy border"),
        C("as many as 20,000", 20000, "at_most", "planned", "nato", "lastweek",
          "'NATO's top commander told U.S. senators last week': Pyongyang could send 'more' (a "
          "ceiling on an increment, planned)",
          add=True),
    ),
)


S11 = Source(
    article_id="v192_11_trail_notes_jeep_rentals_corolla_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Sound Side Jeep Rentals, Corolla – Trail Notes",
        "https://www.soundsidejeeps.example/trail-notes/2025-08",
        "Trail Notes: Labor Day on the sand, tire pressure and a brother near Kursk",
    ),
    features="a Jeep rental's trail notes from Corolla (North Carolina) in Markdown, ISO-8859-1 "
        "with CRLF and straight quotes only, front matter with `date:` as well as the sidecar "
        "(Friday) and titles without a figure; tire pressure in psi, a speed limit, feet from the "
        "wild horses, a county fine 'up to $500' (not a claim), Jeeps, windshields and the daily "
        "rate first; a mechanic from Poltava relaying his brother, a gunner on an armoured vehicle "
        "near the Kursk border ('They talked on Wednesday, Dmytro said. According to his "
        "brother,') `up to 300` moved into a wrecked village (at_most, near the front) and `half a "
        "dozen` taken prisoner (6, exact, casualties; both other, from Wednesday to publication); "
        "a renter from Incheon who 'reckons' `20,000 or more` rotated through Russia (at_least, "
        "`or more` inside the span, in Russia, other, `pub`); North Korea's state news agency that "
        "'said on Saturday' hero titles for `eleven` fallen officers (north_korea, number word, "
        "casualties); 'In early August, South Korea's spy agency estimated the North's dead at' "
        "`about 2,000` (the 1st to the 10th); Russia's defence ministry that 'said Tuesday' "
        "`around 1,000` sappers 'still' clearing mines (russia, near the front; not an increment); "
        "'By the Pentagon's count' `some 11,000` 'remain' in Russia (`pub`); the notes' own "
        "`thousands` across that border (unattributed, vague, required); psi, miles an hour, feet, "
        "dollars, Jeeps, ages, a date, a phone number",
    text="""\
---
title: "Trail Notes, Late Summer"
date: 2025-08-29
company: Sound Side Jeep Rentals
---

# Trail Notes

Labor Day weekend is almost here, and the beach north of the end of the pavement will be crowded. \
Air your tires down to 20 psi before you leave the ramp, keep it under 15 mph on the sand, and \
stay at least 50 feet from the horses; the county fines people up to $500 for getting too close. \
We rent 26 Jeeps, and this summer only two came back with a cracked windshield. The daily rate \
stays at $289 through September 30.

## Dmytro at the air station

Dmytro Savchenko, 27, a mechanic from Poltava, airs down the tires and patches up our Jeeps \
between rentals. His younger brother is a gunner on an armored vehicle near the Kursk border. \
They talked on Wednesday, Dmytro said. According to his brother, [[up to 300]] North Koreans had \
moved into a wrecked village on the other side, and [[half a dozen]] had been taken prisoner by \
the neighboring company. "He says they cried when somebody gave them water," Dmytro said.

## A renter from Incheon

Moon Ji-ho, 38, a software tester from Incheon who now lives in Raleigh, rents the same Wrangler \
every August. She reckons [[20,000 or more]] North Koreans have rotated through Russia by now. \
"They're paid in rations and promises," she said.

## Beyond the sand

North Korea's state news agency said on Saturday that Kim Jong Un had awarded hero titles to \
[[eleven]] officers killed in the Kursk region. In early August, South Korea's spy agency \
estimated the North's dead at [[about 2,000]]. Russia's defense ministry said Tuesday that \
[[around 1,000]] North Korean sappers were still clearing mines around Kursk. By the Pentagon's \
count, [[some 11,000]] remain in Russia. Somewhere across that border, [[thousands]] of young \
North Koreans are spending the same summer in holes in the ground.

Reservations and road conditions: (252) 453-0917.
""",
    claims=(
        C("up to 300", 300, "at_most", "near_front", "other", "wed..pub",
          "a mechanic from Poltava relaying his brother, a gunner on an armoured vehicle near the "
          "Kursk border ('They talked on Wednesday, Dmytro said. According to his brother,'; the "
          "speaker quoted: other): moved into a wrecked village on the other side ('up to' as "
          "at_most; from Wednesday, 27 August, to publication)"),
        C("half a dozen", 6, "exact", "casualties", "other", "wed..pub",
          "same call: taken prisoner by the neighbouring company ('half a dozen' as 6, exact)"),
        C("20,000 or more", 20000, "at_least", "in_russia", "other", "pub",
          "a renter from Incheon, 'She reckons' (undated): rotated through Russia by now ('or "
          "more' inside the span, at_least)"),
        C("eleven", 11, "exact", "casualties", "north_korea", "sat",
          "'North Korea's state news agency said on Saturday' (23 August): hero titles for "
          "officers killed in the Kursk region (number word)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..2025-08-10",
          "'In early August, South Korea's spy agency estimated the North's dead at' (the 1st to "
          "the 10th)"),
        C("around 1,000", 1000, "approx", "near_front", "russia", "tue",
          "'Russia's defense ministry said Tuesday' (26 August): sappers 'still' clearing mines "
          "around Kursk (not an increment)"),
        C("some 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'By the Pentagon's count' (undated): 'remain' in Russia (not an increment)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the notes' own framing without a source ('Somewhere across that border, thousands of "
          "young North Koreans are spending the same summer in holes in the ground'): "
          "unattributed, required"),
    ),
)


S12 = Source(
    article_id="v192_12_delivery_news_grocery_delivery_corolla_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Wild Coast Pantry Delivery, Corolla – Delivery News",
        "https://www.wildcoastpantry.example/news/2025-11",
        "Delivery News: winter days, Thanksgiving turkeys and a call from the Sumy border",
    ),
    features="a grocery delivery service's news page from Corolla (North Carolina) in HTML, "
        "windows-1252 with raw `“”`, `’`, `–` and `·`, no meta date (sidecar, Thursday; the "
        "sidecar title without a figure), a consent note about the cart, a script with the fee, "
        "minimum and delivery days, navigation, a footer with a ZIP code; `<title>` and headline "
        "without a figure; orders delivered, coolers, a family reunion of 34, the fee and minimum "
        "in dollars and an order deadline first; a driver from Chernihiv relaying her husband, a "
        "combat engineer near Sumy ('He called on Sunday night, she said, and told her that … and "
        "that') `about a thousand` building bunkers and laying mines (approx with a number word, "
        "near the front) and `a handful` killed by a mine (vague, casualties; both other, from "
        "Sunday to publication); a customer from Jeju who 'figures' `at most 12,000` 'in all' "
        "(at_most, in Russia, other, `pub`); South Korea's spy agency 'briefing lawmakers on Nov. "
        "4' `roughly 5,000` construction troops heading to Russia (an explicit date); `More than "
        "14,000` have served in Russia, the claimant in the next sentence ('The figure came from "
        "the chairman of NATO's military committee, speaking in Brussels last week'); Moscow's "
        "ambassador in Pyongyang who 'told TASS earlier this month' `several thousand` 'more' "
        "builders would be sent by the end of the year (russia, vague, increment, planned, the 1st "
        "to publication); a Pentagon official who 'said Monday' `close to 6,000` killed and "
        "wounded; KCNA's `hundreds` of veterans decorated on Saturday (optional); orders, coolers, "
        "people, dollars, dates, ages, years, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Delivery News – Wild Coast Pantry Delivery, Corolla</title>
<script>var delivery = {fee: 15, minimum: 50, winterDays: ["Thu", "Sat"], cutoff: "18:00"};</script>
</head>
<body>
<div class="consent">A cookie keeps your cart while you shop. <a href="#">OK</a></div>
<nav><a href="/">Home</a> · <a href="/order">Order</a> · <a href="/areas">Delivery areas</a> · <a \
href="/news">News</a></nav>
<main>
<h1>Winter schedule starts Monday</h1>
<p>Summer is over: between Memorial Day and Labor Day we delivered 1,940 orders to rental houses, \
and the biggest one filled nine coolers for a family reunion of 34. From Monday we deliver only \
on Thursdays and Saturdays; the fee stays at $15 and the minimum at $50. Thanksgiving turkeys \
must be ordered by November 20, and we can bring them brined.</p>
<h2>Iryna behind the wheel</h2>
<p>Iryna Lysenko, 41, drove a bakery van in Chernihiv until her street was shelled in 2022, and \
now she drives ours. Her husband is a combat engineer near Sumy. He called on Sunday night, she \
said, and told her that [[about a thousand]] North Koreans were building bunkers and laying mines \
just across the border and that [[a handful]] had died when a mine they were setting went off. \
“He says they work even in the rain, and they never sit down,” Iryna said.</p>
<h2>A customer from Jeju</h2>
<p>Ko Eun-seo, 56, who grew up on Jeju, spends the off-season in her late husband’s cottage near \
the old lighthouse and orders from us every week. She figures Pyongyang has sent [[at most \
12,000]] in all, “fewer than people say, but each one is somebody’s son.”</p>
<h2>The wider news</h2>
<p>South Korea’s spy agency, briefing lawmakers on Nov. 4, said [[roughly 5,000]] construction \
troops from the North were heading to Russia. [[More than 14,000]] North Koreans have served in \
Russia since last fall. The figure came from the chairman of NATO’s military committee, speaking \
in Brussels last week. Moscow’s ambassador in Pyongyang told TASS earlier this month that \
Pyongyang would send [[several thousand]] more builders to the Kursk region before the year is \
out. A Pentagon official said Monday that the North had lost [[close to 6,000]] killed and \
wounded. According to KCNA, Kim Jong Un handed out decorations to [[hundreds]] of men back from \
the Kursk campaign at a ceremony on Saturday.</p>
<p>Questions about an order? Call (252) 453-2286.</p>
</main>
<footer>Wild Coast Pantry Delivery · Corolla, NC 27927 · orders@wildcoastpantry.example</footer>
</body>
</html>
""",
    claims=(
        C("about a thousand", 1000, "approx", "near_front", "other", "sun..pub",
          "a driver from Chernihiv relaying her husband, a combat engineer near Sumy ('He called "
          "on Sunday night, she said, and told her that'; the speaker quoted: other): building "
          "bunkers and laying mines just across the border ('about' with a number word; from "
          "Sunday, 9 November, to publication)"),
        C("a handful", None, "vague", "casualties", "other", "sun..pub",
          "same call, 'and that': died when a mine they were setting went off ('a handful' as "
          "vague)"),
        C("at most 12,000", 12000, "at_most", "in_russia", "other", "pub",
          "a customer from Jeju, 'She figures' (undated): sent 'in all' ('at most' as at_most; not "
          "an increment)"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "'South Korea's spy agency, briefing lawmakers on Nov. 4' (an explicit date): "
          "construction troops heading to Russia"),
        C("More than 14,000", 14000, "at_least", "in_russia", "nato", "lastweek",
          "sentence-initial figure, the claimant in the next sentence ('The figure came from the "
          "chairman of NATO's military committee, speaking in Brussels last week'): have served in "
          "Russia since last fall (a total over a period)"),
        C("several thousand", None, "vague", "planned", "russia", "2025-11-01..pub",
          "'Moscow's ambassador in Pyongyang told TASS earlier this month' (the 1st to "
          "publication): Pyongyang would send 'more' builders to the Kursk region before the year "
          "is out (increment, planned)",
          add=True),
        C("close to 6,000", 6000, "approx", "casualties", "united_states", "mon",
          "'A Pentagon official said Monday' (10 November): killed and wounded ('close to' as "
          "approx)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "'According to KCNA, Kim Jong Un handed out decorations … at a ceremony on Saturday' (8 "
          "November): men back from the Kursk campaign (returnees, as in earlier sets: optional)",
          opt=True),
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
