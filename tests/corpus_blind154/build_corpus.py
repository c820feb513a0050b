"""Build the HUNDRED-AND-FIFTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-sixth corpus, for an honest measurement on articles the extractor has
never met, written in session 17 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
rabbit breeders' club letter from Ebern in the Haßberge with a breeder from Konotop and a judge
from Andong, a resin tappers' association's circular from Markt Piesting in the Piestingtal
(Austrian conventions) with a forester from Korosten and a chemist from Yeosu, a midwives'
practice letter from Dörzbach in the Jagsttal with a midwife from Kamianets-Podilskyi and a
children's nurse from Cheongju, a hairdresser's customer letter from Weener in the Rheiderland
with a hairdresser from Izmail and an apprentice from Gyeongju, a bicycle shop's customer letter
from Pößneck in the Orlatal with a mechanic from Kremenchuk and a cycling engineer from Daejeon,
and the annual letter of a yodel club from Sigriswil on the Justistal (Swiss conventions) with a
choir leader from Lutsk and a singing student from Gwangju; an agency-style wire report from the
surfing cup in General Luna on Siargao with a surf instructor from Yangyang and a photographer
from Chornomorsk, a bonsai circle's newsletter from Gabriola Island with a pharmacist from Jeonju
and a cabinetmaker from Rivne, the ice road volunteers' notes from La Pointe on Madeline Island
with a driller from Drohobych and a nurse whose grandparents fled Hamhung, a readers' letters
page from an Abaco weekly with letters quoting a cousin and a father, a cycle hire's shed notes
from Raasay with a student from Nizhyn and an economist from Daejeon, and a mail boat's log from
Monhegan Island with a deckhand from Pervomaisk and a painter from Sokcho. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind154_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Haßberge, Piestingtal, Jagsttal, Rheiderland, Orlatal, Justistal)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="q154_01_zuchtbrief_kaninchen_hassberge_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-22"),
    dated_by="html_meta",
    features="a rabbit breeders' club letter from Ebern in the Haßberge (Lower Franconia) in HTML, "
        "UTF-8, `article:published_time` +01:00 (Friday), a cookie note about the judging "
        "list, a page script, navigation, entities (`&middot;`, `&amp;`), a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; the district "
        "show, cages, points and cake first; a breeder from Konotop relaying his son near the "
        "border ('Am Mittwoch habe ihm der Sohn am Telefon gesagt …, erzählt Wassyl') "
        "`mehrere tausend` dug in on the other side (other, from Wednesday to publication); a "
        "rabbit judge from Andong 'rechnet damit' `gut 15.000` in action for Moscow by spring "
        "(at_least, planned, other, `pub`); sentence-initial `Mehr als 10.000` in Kursk with "
        "the claimant after the figure ('hieß es am Montag aus dem "
        "US-Verteidigungsministerium'); the NIS 'Ende Oktober' `rund 3.000` brought to Russia "
        "and 'bis Dezember insgesamt' `10.000` expected (a total to come: planned, not an "
        "increment; days 21-31); NATO 'bezifferte vergangene Woche' `rund 11.000` in Russia; "
        "Kyiv's military intelligence 'meldete gestern' `mindestens 30` wounded; Russia's "
        "losses a day, exhibitors, animals, points, kilos, cake trays, breeding hutches, "
        "euros, ages, years, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Zuchtbrief November | Kaninchenzuchtverein B 217 Ebern</title>
<meta property="article:published_time" content="2024-11-22T07:15:00+01:00">
<script>window.schau = {jahr: 2024, halle: "Mehrzweckhalle", bewertung: "online"};</script>
</head>
<body>
<div class="cookie-hinweis">Damit die Bewertungsliste Ihre zuletzt angesehene Rasse behält, legen \
wir ein kleines Cookie ab. <a href="#">Einverstanden</a></div>
<nav><a href="/">Verein</a> &middot; <a href="/rassen">Rassen</a> &middot; <a \
href="/kreisschau">Kreisschau</a> &middot; <a href="/zuchtbrief">Zuchtbrief</a></nav>
<main>
<h1>Volle Käfigreihen in der Halle und Sorgen um die Verwandtschaft</h1>
<p>Liebe Zuchtfreundinnen und Zuchtfreunde,</p>
<p>zur Kreisschau am vergangenen Wochenende haben 38 Aussteller aus den Haßbergen 412 Tiere \
gemeldet, so viele wie seit 2011 nicht mehr. Die Siegerschleife holte ein Blauer Wiener von Gerda \
Hümmer aus Pfarrweisach mit 97,5 Punkten, der schwerste Deutsche Riese brachte 7,4 Kilo auf die \
Waage, und unsere Kuchentheke war nach 26 Blechen leer.</p>
<h2>Rexe aus dem Schuppen am Ortsrand</h2>
<p>Seit zwei Jahren züchtet Wassyl Tkatschuk, 63, hinter seinem Mietshaus in Ebern Rexkaninchen. \
Daheim in Konotop im Gebiet Sumy hatte er einen Stall mit 60 Buchten, hier sind es acht. Sein Sohn \
liegt mit einer Panzerjägereinheit wenige Kilometer vor der russischen Grenze. Am Mittwoch habe \
ihm der Sohn am Telefon gesagt, auf der anderen Seite hätten sich [[mehrere tausend]] Nordkoreaner \
eingegraben, erzählt Wassyl. Glauben wolle er das erst, wenn er es selbst sehe.</p>
<h2>Unsere Preisrichterin aus Andong</h2>
<p>Choi Eun-hee, 46, stammt aus Andong und lebt seit ihrer Heirat im Baunachgrund; seit 2016 \
bewertet sie bei uns die Zwergrassen. Dass Pjöngjang seine jungen Männer in einen fremden Krieg \
schickt, wundert sie nicht. Sie rechnet damit, dass bis zum Frühjahr [[gut 15.000]] Nordkoreaner \
für Moskau im Einsatz sein werden.</p>
<h2>Was diese Woche gemeldet wurde</h2>
<p>[[Mehr als 10.000]] nordkoreanische Soldaten stehen inzwischen im Gebiet Kursk, hieß es am \
Montag aus dem US-Verteidigungsministerium. Seouls Geheimdienst hatte Ende Oktober noch von [[rund \
3.000]] Mann gesprochen, die nach Russland gebracht worden seien, und bis Dezember insgesamt \
[[10.000]] erwartet. Die Nato bezifferte vergangene Woche die Zahl der Nordkoreaner in Russland \
auf [[rund 11.000]]. Kiews Militärgeheimdienst meldete gestern die ersten Verluste: Bei Gefechten \
nahe Sudscha seien [[mindestens 30]] von ihnen verwundet worden. Russland selbst verliert nach \
ukrainischer Zählung derzeit etwa 1.500 Soldaten am Tag.</p>
<h2>Termine</h2>
<ul><li>Jahreshauptversammlung am 10. Januar 2025, 19.30 Uhr im Vereinsheim</li><li>Tätowieren der \
Jungtiere nach Absprache, 2 Euro pro Tier</li><li>Sammelbestellung Futter bis 15. Dezember &amp; \
Abholung am Lohweg</li></ul>
</main>
<footer>Kaninchenzuchtverein B 217 Ebern e.V. &middot; Lohweg 4 &middot; 96106 Ebern &middot; Tel. \
09531 62 18 40 &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/bewertung.js"></script>
</body>
</html>
""",
    claims=(
        C("mehrere tausend", None, "vague", "near_front", "other", "wed..pub",
          "a breeder from Konotop relaying his son near the Russian border ('Am Mittwoch habe "
          "ihm der Sohn am Telefon gesagt …, erzählt Wassyl', Konjunktiv; the speaker quoted: "
          "other): dug in on the other side (from Wednesday, 20 November, to publication)"),
        C("gut 15.000", 15000, "at_least", "planned", "other", "pub",
          "a rabbit judge from Andong, 'Sie rechnet damit' (undated): in action for Moscow by "
          "spring (a forecast: planned; 'gut' as at_least)"),
        C("Mehr als 10.000", 10000, "at_least", "near_front", "united_states", "mon",
          "sentence-initial figure, the claimant after it ('hieß es am Montag aus dem "
          "US-Verteidigungsministerium', 18 November): in the Kursk region"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "Seoul's intelligence service 'hatte Ende Oktober … gesprochen' (day 21 to the month's "
          "end): brought to Russia"),
        C("10.000", 10000, "exact", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same statement: 'bis Dezember insgesamt … erwartet' (a total to come: planned, not an "
          "increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "nato", "lastweek",
          "'Die Nato bezifferte vergangene Woche': North Koreans in Russia"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "yday",
          "Kyiv's military intelligence 'meldete gestern' (21 November), Konjunktiv: wounded "
          "near Sudzha"),
    ),
)

S02 = Source(
    article_id="q154_02_pecherbrief_piestingtal",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-14"),
    dated_by="dateline",
    features="a resin tappers' association's circular from Markt Piesting (Piestingtal, Lower "
        "Austria) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated "
        "by the place line 'Markt Piesting, 14.02.2025' (Friday, numeric date); Austrian "
        "conventions (`Jänner`, `heuer`, `Obfrau`, `Jause`, `in der Früh`); black pines, "
        "kilos of resin and museum visitors first; a forester from Korosten relaying his "
        "nephew, a medic in the Kursk region ('Am Montag in der Früh habe ihn der Neffe "
        "angerufen, erzählt Bohdan') `an die hundert` fallen in their sector (approx with a "
        "number word, other, from Monday to publication); a chemist from Yeosu 'hält es für "
        "möglich' `bis zu 30.000` 'zusätzliche' this year (at_most, increment, planned, "
        "other, `pub`); the NIS 'Mitte Jänner' `etwa 300` dead and `2.700` wounded (days "
        "11-20); Kyiv's military intelligence 'erklärte vorgestern' `1.500` 'als Verstärkung' "
        "gathered in eastern Russia (increment, in Russia); the Pentagon 'geht … aus' `rund "
        "11.000` (`pub`); 'Nach Einschätzung der Nato' `über 10.000` in the Kursk region "
        "(`pub`); Russia's losses a day, volunteers, pines, kilos, visitors, euros, ages, "
        "dates, a phone number",
    text="""\
Pecherverein Piestingtal - Rundbrief an die Mitglieder, Nr. 1/2025

Markt Piesting, 14.02.2025

Liebe Pecherinnen und Pecher, liebe Freunde der Schwarzföhre,

im Jänner haben 14 Freiwillige im Gemeindewald oberhalb von Dreistetten 210 Föhren für die neue \
Saison markiert. Heuer wollen wir wieder so arbeiten wie die Großväter, mit Dechsel, Pecherhackl \
und Häferl. Im Vorjahr kamen 1.150 Kilo Pech zusammen, und das Schaupechen beim Museum in \
Hernstein haben 2.870 Leute gesehen. Der Mitgliedsbeitrag bleibt bei 22 Euro.

Ein Förster aus Korosten

Seit dem Herbst hilft uns Bohdan Lysenko, 55, der in den Wäldern um Schytomyr drei Jahrzehnte lang \
Förster war. Harz hat er schon zu Sowjetzeiten gezapft, und er hat uns gezeigt, wie man die Rinne \
in der halben Zeit setzt. Sein Neffe ist Sanitäter bei einer Brigade im Gebiet Kursk. Am Montag in \
der Früh habe ihn der Neffe angerufen, erzählt Bohdan: In ihrem Abschnitt seien seit Jänner [[an \
die hundert]] Nordkoreaner gefallen, und trotzdem kämen immer neue über das Feld.

Beim Punschstand im Advent hat auch Yoon Seung-ho, 38, bei uns vorbeigeschaut. Der Chemiker aus \
Yeosu arbeitet bei einem Lackhersteller in Wöllersdorf und interessiert sich für unser \
Kolophonium. Er hält es für möglich, dass Kim heuer [[bis zu 30.000]] zusätzliche Soldaten nach \
Russland schickt. "Für das Regime ist das ein Geschäft", sagt er.

Was man aus den Nachrichten weiß

Der südkoreanische Geheimdienst hatte Mitte Jänner die Verluste des Nordens mit [[etwa 300]] Toten \
und [[2.700]] Verwundeten angegeben. Der ukrainische Militärgeheimdienst erklärte vorgestern, \
Pjöngjang ziehe in Ostrussland gerade [[1.500]] Mann als Verstärkung zusammen. Das Pentagon geht \
weiterhin von [[rund 11.000]] Nordkoreanern in Russland aus. Nach Einschätzung der Nato halten \
sich [[über 10.000]] von ihnen im Gebiet Kursk auf, auch wenn sie zuletzt kaum an der Front zu \
sehen waren. Die russische Armee verliert nach Kiewer Zählung täglich an die 1.500 Mann.

Termine

- Pechersonntag am 27. April ab 9 Uhr beim Museum, mit Vorführung und Jause
- Arbeitseinsatz im Wald jeden zweiten Samstag, Treffpunkt Parkplatz Dreistetten
- Anmeldung bei Obfrau Maria Kerschbaum, Tel. 02633 424 87
""",
    claims=(
        C("an die hundert", 100, "approx", "casualties", "other", "mon..pub",
          "a forester from Korosten relaying his nephew, a medic in the Kursk region ('Am Montag "
          "in der Früh habe ihn der Neffe angerufen, erzählt Bohdan'; the speaker quoted: "
          "other): fallen in their sector since January (from Monday, 10 February, to "
          "publication; 'an die' with a number word as approx)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "other", "pub",
          "a chemist from Yeosu, 'Er hält es für möglich' (undated): 'zusätzliche' "
          "soldiers to be sent this year (increment, planned)", add=True),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'hatte Mitte Jänner … angegeben' (days 11-20): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same statement: wounded"),
        C("1.500", 1500, "exact", "in_russia", "ukraine", "2025-02-12",
          "Ukraine's military intelligence 'erklärte vorgestern' (12 February): "
          "gathered in eastern Russia 'als Verstärkung' (reinforcements: an increment, "
          "in Russia)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Das Pentagon geht weiterhin von … aus' (undated): in Russia"),
        C("über 10.000", 10000, "at_least", "near_front", "nato", "pub",
          "'Nach Einschätzung der Nato' (undated): in the Kursk region"),
    ),
)

S03 = Source(
    article_id="q154_03_praxisbrief_hebammen_jagsttal_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-04-10"),
    dated_by="sidecar",
    sidecar=(
        "Hebammenpraxis Jagstbogen Dörzbach – Praxisbrief",
        "https://www.hebammen-jagstbogen.example/praxisbrief/fruehjahr-2025",
        "Praxisbrief Frühjahr 2025: Geburten, Stillsprechstunde und ein neues Gesicht aus "
        "Kamjanez-Podilskyj",
    ),
    features="a midwives' practice letter from Dörzbach in the Jagsttal (Hohenlohe, Württemberg) "
        "in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and "
        "a title without a figure; births, courses and a breastfeeding clinic first; a "
        "midwife from Kamianets-Podilskyi relaying her husband, a mortar man ('Am Sonntag "
        "habe er ihr geschrieben, erzählt Olena') `ein paar Dutzend` turned up across the "
        "border (other, from Sunday to publication); a children's nurse from Cheongju "
        "'vermutet' `25.000` in all by the year's end ('insgesamt': a total, planned, other, "
        "`pub`); the outlet's own `etwa 11.000` sent last autumn (unattributed, required); "
        "the joint chiefs 'Ende März' `rund 3.000` 'zusätzlich' (increment, days 21-31) and, "
        "'bezifferte er', `4.700` dead and wounded; the White House 'am Dienstag' `einige "
        "tausend` back at the front; Zelensky 'warnte gestern' `Zehntausende` 'nachschicken' "
        "(vague, increment, planned); births, home births, courses, euros, ages, dates, a "
        "phone number",
    text="""\
---
titel: Praxisbrief Frühjahr 2025
praxis: Hebammenpraxis Jagstbogen
ort: Dörzbach
---

# Praxisbrief aus dem Jagstbogen

Liebe Familien,

seit Jahresbeginn haben wir 63 Geburten begleitet, elf davon zu Hause, und der Rückbildungskurs im \
Gemeindehaus ist bis Juli ausgebucht. Ab Mai gibt es dienstags eine offene Stillsprechstunde, \
kostenlos und ohne Anmeldung.

Neu im Team ist Olena Sawtschuk, 34, Hebamme aus Kamjanez-Podilskyj. Ihr Mann bedient einen Mörser \
an der Grenze zum Gebiet Kursk. Am Sonntag habe er ihr geschrieben, erzählt Olena, drüben seien \
wieder [[ein paar Dutzend]] Nordkoreaner aufgetaucht, diesmal mit eigenen Drohnen.

Unsere Kinderkrankenschwester Jung Ha-eun, 29, aus Cheongju sieht das nüchtern. Sie vermutet, dass \
der Norden bis Jahresende insgesamt [[25.000]] Soldaten nach Russland geschickt haben wird.

## Aus der Zeitung

Von den [[etwa 11.000]] Männern, die Kim im vergangenen Herbst losschickte, kämpfen viele längst \
nicht mehr. Der südkoreanische Generalstab teilte Ende März mit, seit Januar seien [[rund 3.000]] \
Mann zusätzlich nach Russland verlegt worden. Die Zahl der Toten und Verwundeten bezifferte er auf \
[[4.700]]. Das Weiße Haus erklärte am Dienstag, [[einige tausend]] Nordkoreaner seien an die Front \
im Gebiet Kursk zurückgekehrt. Präsident Selenskyj warnte gestern, Kim könne [[Zehntausende]] \
nachschicken.

## Termine

- Geburtsvorbereitung ab 5. Mai, acht Abende, 85 Euro (die Kasse übernimmt)
- Babymassage donnerstags um 10 Uhr, Decken bitte mitbringen
- Praxistelefon 07937 80 44 19
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "sun..pub",
          "a midwife from Kamianets-Podilskyi relaying her husband, a mortar man at the Kursk "
          "border ('Am Sonntag habe er ihr geschrieben, erzählt Olena'; the speaker quoted: "
          "other): turned up across the border (from Sunday, 6 April, to publication)"),
        C("25.000", 25000, "exact", "planned", "other", "pub",
          "a children's nurse from Cheongju, 'Sie vermutet' (undated): sent in all by the year's "
          "end ('insgesamt': a total, not an increment; a forecast: planned)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the outlet's own framing, no source (required): sent last autumn"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "the joint chiefs 'teilte Ende März mit' (day 21 to the month's end), "
          "Konjunktiv: moved to Russia 'zusätzlich' since January (increment)", add=True),
        C("4.700", 4700, "exact", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "same statement, 'bezifferte er' (the pronoun carries the joint chiefs): dead and "
          "wounded"),
        C("einige tausend", None, "vague", "near_front", "united_states", "tue",
          "the White House 'erklärte am Dienstag' (8 April), Konjunktiv: back at the front in "
          "the Kursk region"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "yday",
          "Zelensky 'warnte gestern' (9 April): Kim could 'nachschicken' (increment, "
          "planned)", add=True),
    ),
)

S04 = Source(
    article_id="q154_04_kundenbrief_friseur_rheiderland",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-05-15"),
    dated_by="sidecar",
    sidecar=(
        "Haarwerk am Hafen Weener – Kundenbrief",
        "https://www.haarwerk-weener.example/kundenbrief/mai-2025",
        "Kundenbrief Mai 2025: zwanzig Jahre an der Hafenstraße, neue Öffnungszeiten und Kateryna "
        "aus Ismajil",
    ),
    features="a hairdresser's customer letter from Weener in the Rheiderland (East Frisia, Lower "
        "Saxony) as plain text, UTF-8 with BOM (sidecar, Thursday), `„“` and `–`; the salon's "
        "twentieth year, regulars and prices first; a hairdresser from Izmail relaying her "
        "brother, a gunner in the Sumy region ('Vergangenen Donnerstag habe er ihr eine "
        "Sprachnachricht geschickt, erzählt Kateryna') `Hunderte` attacking on the Russian "
        "side (other, new here: the Thursday of the week before in a Thursday letter, to "
        "publication); an apprentice from Gyeongju 'meint' `über 5.000` dead or wounded "
        "(at_least, casualties, other, `pub`); 'Nach Einschätzung des südkoreanischen "
        "Geheimdienstes, der am Dienstag vor Abgeordneten … sprach' `rund 600` fallen and, "
        "Konjunktiv carried, `einige tausend` 'weitere' being readied (vague, increment, "
        "planned); a NATO official 'sagte am Wochenende' `mindestens 4.000` wounded or killed "
        "(Saturday-Sunday); 'Dem US-Außenministerium zufolge' `zwischen 10.000 und 12.000` in "
        "Russia (range, `pub`); Gerasimov 'hatte Ende April … gedankt' `mehreren "
        "tausend` Korean fighters in Kursk (russia, days 21-30); Russia's losses a day, "
        "regulars, opening hours, euros, the salon's years, ages, dates, a phone number",
    text="""\
Haarwerk am Hafen Weener – Kundenbrief Mai 2025

Liebe Kundinnen und Kunden,

zwanzig Jahre gibt es unseren Salon an der Hafenstraße jetzt, und zum Jubiläum haben uns 1.400 \
Stammkundinnen und Stammkunden mit Karten, Blumen und einem Kuchen in Form einer Rundbürste \
überrascht. Ab Juni haben wir auch samstags bis 16 Uhr geöffnet. Ein Herrenschnitt kostet weiter \
24 Euro, Waschen, Schneiden und Föhnen für Damen gibt es ab 46 Euro.

Vielen von Ihnen hat inzwischen Kateryna Moroz die Haare gemacht. Die 37-Jährige hatte in Ismajil \
an der Donau einen eigenen Salon mit drei Stühlen, seit 2023 lebt sie mit ihrer Tochter im \
Rheiderland. Ihr Bruder dient bei der Artillerie im Gebiet Sumy. Vergangenen Donnerstag habe er \
ihr eine Sprachnachricht geschickt, erzählt Kateryna: Auf der russischen Seite griffen wieder \
[[Hunderte]] Nordkoreaner an, meist nachts und in kleinen Gruppen.

Unser Auszubildender Seo Dong-hyun, 22, kam aus Gyeongju zum Studium nach Oldenburg und ist beim \
Haareschneiden geblieben. Er meint, die Verluste des Nordens würden kleingeredet: In Wahrheit \
seien [[über 5.000]] Nordkoreaner tot oder verwundet.

Was sonst berichtet wurde: Nach Einschätzung des südkoreanischen Geheimdienstes, der am Dienstag \
vor Abgeordneten in Seoul sprach, sind [[rund 600]] Soldaten aus dem Norden gefallen. Pjöngjang \
bereite zudem [[einige tausend]] weitere Soldaten auf den Einsatz in Russland vor. Ein \
Nato-Vertreter in Brüssel sagte am Wochenende, [[mindestens 4.000]] seien verwundet oder getötet \
worden. Dem US-Außenministerium zufolge halten sich derzeit [[zwischen 10.000 und 12.000]] \
Nordkoreaner in Russland auf. Der russische Generalstabschef Waleri Gerassimow hatte Ende April \
[[mehreren tausend]] koreanischen Kämpfern für ihre Hilfe bei der Rückeroberung des Gebiets Kursk \
gedankt. Moskau selbst verliert nach britischen Schätzungen jeden Tag gut 1.000 Mann.

Termine
– Pfingstsamstag bleibt der Salon geschlossen
– Hafenfest Weener am 21. und 22. Juni: unser Stand mit Flechtfrisuren für Kinder
– Terminvergabe unter 04951 91 73 20
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-05-08..pub",
          "a hairdresser from Izmail relaying her brother, a gunner in the Sumy region "
          "('Vergangenen Donnerstag habe er ihr eine Sprachnachricht geschickt, erzählt "
          "Kateryna'; the speaker quoted: other): attacking on the Russian side (new here: "
          "'Vergangenen Donnerstag' in a Thursday letter is the Thursday before, 8 May, to "
          "publication)"),
        C("über 5.000", 5000, "at_least", "casualties", "other", "pub",
          "an apprentice from Gyeongju, 'Er meint' (undated), Konjunktiv: dead or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "tue",
          "'Nach Einschätzung des südkoreanischen Geheimdienstes, der am Dienstag vor "
          "Abgeordneten … sprach' (the relative clause dates it: 13 May): fallen"),
        C("einige tausend", None, "vague", "planned", "south_korea", "tue",
          "same briefing, Konjunktiv carried ('bereite zudem'): 'weitere' soldiers "
          "being readied for Russia (increment, planned)", add=True),
        C("mindestens 4.000", 4000, "at_least", "casualties", "nato", "sat..sun",
          "a NATO official in Brussels 'sagte am Wochenende' (10-11 May): wounded or killed"),
        C("zwischen 10.000 und 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Dem US-Außenministerium zufolge' (undated): in Russia now"),
        C("mehreren tausend", None, "vague", "near_front", "russia", "2025-04-21..2025-04-30",
          "Russia's chief of the general staff Gerasimov 'hatte Ende April … gedankt' (days "
          "21-30): Korean fighters who helped retake the Kursk region"),
    ),
)

S05 = Source(
    article_id="q154_05_kundenbrief_radhaus_orlatal_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "Radhaus Orlatal Pößneck – Kundenbrief",
        "https://www.radhaus-orlatal.example/kundenbrief/sommer-2025",
        "Sommer im Orlatal: volle Werkstatt, neue Leihräder",
    ),
    features="a bicycle shop's customer letter from Pößneck in the Orlatal (Thuringia) in HTML, "
        "windows-1252 with a `<meta http-equiv>` charset and raw `„“`, `·` and `–`, no meta "
        "date (sidecar, Thursday), a cookie note about the workshop calendar, a script, "
        "navigation, a footer with a postcode and a phone number; `<title>` and headline "
        "without a figure; repairs, e-bikes, hire bikes and the cycle path first; a mechanic "
        "from Kremenchuk relaying his cousin, a deminer ('Am 24. Juni habe ihm der Cousin "
        "geschrieben …, berichtet Taras') `an die 500` Korean deminers on the Russian side "
        "(approx, other, from 24 June to publication); an engineer from Daejeon 'schätzt' "
        "`gut und gern 10.000` builders and sappers in Kursk in the end (at_least, planned, "
        "other, `pub`); 'Pjöngjang schickt nach Worten von Sergej Schoigu, "
        "der am 17. Juni … zu Gast war' `1.000` deminers and `5.000` military builders (russia, "
        "the relative clause dates it; planned, no increment); 'In Washington hieß es vergangene "
        "Woche' "
        "`knapp 11.000` still in Russia; the NIS 'nach einem Bericht an das Parlament vom "
        "Montag' 'noch einmal' `3.000` (new here: 'noch einmal' before the figure as an "
        "increment; planned); North Korean television 'Ende Juni' `mehreren Dutzend` coffins "
        "(north_korea, casualties, days 21-30); repairs, per cent, hire bikes, kilometres, "
        "euros, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Kundenbrief Sommer 2025 – Radhaus Orlatal</title>
<script>var werkstatt = {wartezeit: "3 Tage", leihraeder: 14};</script>
</head>
<body>
<div id="cookie">Unser Terminkalender merkt sich per Cookie, welches Rad Sie zur Inspektion \
angemeldet haben. <a href="#">Alles klar</a> · <a href="#">Lieber nicht</a></div>
<nav><a href="/">Start</a> · <a href="/werkstatt">Werkstatt</a> · <a href="/verleih">Verleih</a> · \
<a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Sommer im Orlatal: volle Werkstatt, neue Leihräder</h1>
<p>Liebe Kundschaft,</p>
<p>im ersten Halbjahr sind 1.830 Räder durch unsere Werkstatt in der Breiten Straße gegangen, 62 \
Prozent davon mit Motor. Für den Verleih haben wir 14 neue Trekkingräder angeschafft, mit denen \
man den Orlatal-Radweg von Pößneck bis Freienorla an einem Nachmittag schafft – immerhin 38 \
Kilometer. Die große Inspektion kostet weiterhin 49 Euro.</p>
<h2>Taras kennt jedes Ritzel</h2>
<p>Seit dem Frühjahr schraubt bei uns Taras Bondar, 47, der in Krementschuk zwanzig Jahre lang \
Lkw-Getriebe repariert hat. Sein Cousin räumt an der Grenze zum Gebiet Kursk Minen. Am 24. Juni \
habe ihm der Cousin geschrieben, auf der russischen Seite arbeiteten [[an die 500]] \
nordkoreanische Minenräumer, berichtet Taras. „Er sagt, sie gehen mit Stöcken durch die Felder“, \
fügt er leise hinzu.</p>
<h2>Besuch aus Daejeon</h2>
<p>Mit gerissener Kette stand Ende Juni Baek So-yeon, 31, vor unserer Tür. Die Ingenieurin aus \
Daejeon fährt mit dem Rad von Leipzig nach Prag. Die Zahlen aus Moskau hält sie für zu niedrig. \
Sie schätzt, dass am Ende [[gut und gern 10.000]] Bauarbeiter und Pioniere aus dem Norden in Kursk \
sein werden.</p>
<h2>Aus den Nachrichten</h2>
<p>Pjöngjang schickt nach Worten von Sergej Schoigu, der am 17. Juni in der nordkoreanischen \
Hauptstadt zu Gast war, [[1.000]] Minenräumer sowie [[5.000]] Bauleute des Militärs für den \
Wiederaufbau im Gebiet Kursk. In Washington hieß es vergangene Woche, [[knapp 11.000]] Soldaten \
aus dem Norden \
seien noch in Russland stationiert. Südkoreas Geheimdienst hält es nach einem Bericht an das \
Parlament vom Montag für möglich, dass Pjöngjang im Sommer noch einmal [[3.000]] Mann schickt. Das \
nordkoreanische Fernsehen zeigte Ende Juni, wie Kim Jong Un vor den Särgen von [[mehreren \
Dutzend]] Gefallenen salutierte.</p>
</main>
<footer>Radhaus Orlatal · Breite Straße 17 · 07381 Pößneck · Tel. 03647 41 92 05 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("an die 500", 500, "approx", "near_front", "other", "2025-06-24..pub",
          "a mechanic from Kremenchuk relaying his cousin, a deminer at the Kursk border ('Am "
          "24. Juni habe ihm der Cousin geschrieben …, berichtet Taras'; the speaker quoted: "
          "other): Korean deminers at work on the Russian side (from 24 June to publication)"),
        C("gut und gern 10.000", 10000, "at_least", "planned", "other", "pub",
          "an engineer from Daejeon, 'Sie schätzt' (undated): builders and sappers in Kursk in "
          "the end ('gut und gern' as at_least, as in earlier sets; a forecast: planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "'nach Worten von Sergej Schoigu, der am 17. Juni in der nordkoreanischen Hauptstadt "
          "zu Gast war' (the relative clause dates it): deminers Pyongyang is sending to the "
          "Kursk region (an announcement: planned; no 'weitere': not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (planned, not an increment)"),
        C("knapp 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'In Washington hieß es vergangene Woche', Konjunktiv: still stationed in Russia "
          "('knapp' as approx)"),
        C("3.000", 3000, "exact", "planned", "south_korea", "mon",
          "the NIS 'nach einem Bericht an das Parlament vom Montag' (30 June): 'noch "
          "einmal' to be sent in the summer (new here: 'noch einmal' before the figure "
          "as an increment; planned)", add=True),
        C("mehreren Dutzend", None, "vague", "casualties", "north_korea",
          "2025-06-21..2025-06-30",
          "North Korean television 'zeigte Ende Juni' (days 21-30): coffins of the fallen"),
    ),
)

S06 = Source(
    article_id="q154_06_jahresbrief_jodlerklub_justistal_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-19"),
    dated_by="front_matter", crlf=True,
    features="the annual letter of a yodel club from Sigriswil on the Justistal (Bernese Oberland, "
        "above Lake Thun) in Markdown, windows-1252 with CRLF, front matter with `date:` "
        "(Friday) and a title without a figure; Swiss conventions (`ss`, «», `1'400`, "
        "`15'000`, `2'000`, `6'000`, `1'000`, `8'000`, `10'000`, `5'000`); the cheese "
        "division, evening songs and dues first; a choir leader from Lutsk relaying her "
        "brother ('Gestern Abend, erzählt Iryna, habe er angerufen') `gegen 200` in new "
        "positions across the border (approx, other, from yesterday to publication); a "
        "singing student from Gwangju «… es waren schon `mehr als 15'000` … in Russland» "
        "(at_least, other, `pub`); the NIS 'am 4. September' `rund 2'000` fallen, 'Nach "
        "Angaben der Behörde' `6'000` builders and deminers being readied and `1'000` 'von "
        "ihnen' already in Kursk (a breakdown, near the front); 'Aus Kiew hiess es am Montag' "
        "`zwischen 8'000 und 10'000` in the border area (range); 'Laut Nato' `über 5'000` "
        "killed or wounded (`pub`); alps, visitors, active singers, francs, ages, dates, a "
        "phone number",
    text="""\
---
title: "Jahresbrief des Jodlerklubs Justistal"
date: 2025-09-19
verein: Jodlerklub Justistal Sigriswil
---

# Vor dem Chästeilet: Lieder, Alpkäse und Nachrichten von weit her

Liebe Jodlerinnen und Jodler, liebe Passivmitglieder

In einer Woche ist es wieder so weit: Beim Chästeilet im Justistal wird der Käse von neun Alpen \
unter den Bauern aufgeteilt, und wir singen wie jedes Jahr vor dem Spycher. Unsere Abendständli in \
Merligen und Sigriswil haben diesen Sommer gut 1'400 Zuhörer angezogen, und am kantonalen \
Jodlerfest bekam unser Naturjutz die beste Note. Der Klub zählt jetzt 22 Aktive, der Jahresbeitrag \
bleibt bei 35 Franken.

Seit letztem Winter singt im Alt Iryna Kowalenko, 44, die in Luzk in Wolhynien einen Kirchenchor \
geleitet hat. Ihr Bruder fährt einen Schützenpanzer bei Sumy. Gestern Abend, erzählt Iryna, habe \
er angerufen: Jenseits der Grenze hätten [[gegen 200]] Nordkoreaner neue Stellungen bezogen, gut \
getarnt und mit viel Munition.

Im August war Kim Da-som bei uns zu Gast, eine 27-jährige Gesangsstudentin aus Gwangju, die an der \
Hochschule der Künste in Bern studiert. Sie hat bei uns das Jodeln geübt und offen über ihre \
Heimat gesprochen. «Ich bin sicher, es waren schon [[mehr als 15'000]] Landsleute aus dem Norden \
in Russland», sagt sie.

## Was aus der Welt gemeldet wurde

Der südkoreanische Nachrichtendienst bezifferte am 4. September die Zahl der gefallenen \
Nordkoreaner auf [[rund 2'000]]. Nach Angaben der Behörde bereitet Pjöngjang ausserdem die \
Entsendung von [[6'000]] Bauarbeitern und Minenräumern vor; [[1'000]] von ihnen seien bereits im \
Gebiet Kursk im Einsatz. Aus Kiew hiess es am Montag, im russischen Grenzgebiet stünden [[zwischen \
8'000 und 10'000]] Soldaten aus dem Norden. Laut Nato sind seit dem letzten Herbst [[über 5'000]] \
getötet oder verwundet worden.

## Agenda

- Chästeilet: Freitag, 26. September, ab 10 Uhr beim Spycher im Justistal
- Hauptversammlung: 7. November im Restaurant Bären, Sigriswil
- Auskunft beim Präsidenten Ueli Wenger, 033 251 47 09

Mit frohen Jodlergrüssen
Der Vorstand
""",
    claims=(
        C("gegen 200", 200, "approx", "near_front", "other", "yday..pub",
          "a choir leader from Lutsk relaying her brother near Sumy ('Gestern Abend, erzählt "
          "Iryna, habe er angerufen'; the speaker quoted: other): new positions across the "
          "border (from yesterday, 18 September, to publication; 'gegen' as approx)"),
        C("mehr als 15'000", 15000, "at_least", "in_russia", "other", "pub",
          "a singing student from Gwangju, «…», 'sagt sie' (undated): have been in Russia"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'bezifferte am 4. September': fallen"),
        C("6'000", 6000, "exact", "planned", "south_korea", "2025-09-04",
          "'Nach Angaben der Behörde' (the NIS of 4 September): builders and deminers being "
          "readied (planned; 'ausserdem', no 'weitere': not an increment)"),
        C("1'000", 1000, "exact", "near_front", "south_korea", "2025-09-04",
          "same statement, Konjunktiv: '1'000 von ihnen' already at work in the Kursk region (a "
          "breakdown of the 6'000, never an increment)"),
        C("zwischen 8'000 und 10'000", None, "range", "near_front", "ukraine", "mon",
          "'Aus Kiew hiess es am Montag' (15 September): in the Russian border area"),
        C("über 5'000", 5000, "at_least", "casualties", "nato", "pub",
          "'Laut Nato' (undated): killed or wounded since last autumn"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Siargao, Gabriola, Madeline Island, Abaco, Raasay, Monhegan)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="q154_07_siargao_wire_surf_cup",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-08"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the surfing cup at General Luna on Siargao (Surigao "
        "del Norte, Philippines) as plain text, UTF-8 with CRLF, slug line, byline and "
        "dateline 'GENERAL LUNA, Philippines, October 8, 2025 (Mindanao Newswire) –' "
        "(Wednesday), curly quotes; the headline's `10,000` from the NIS briefing of Thursday "
        "(Thursday to publication, hedge dropped); 'briefing a parliamentary committee behind "
        "closed doors on Thursday' `about 10,000` stationed along the border and `roughly "
        "5,000` construction workers shipped, 'according to two lawmakers who attended'; a "
        "surf instructor from Yangyang `as many as 40,000` rotated through Russia by the end "
        "of next year (at_most, planned, other, `pub`); a photographer from Chornomorsk "
        "relaying his brother ('wrote to him on Sunday') `a few dozen` in the villages across "
        "the border (other, from Sunday to publication); Kyiv's military intelligence 'said "
        "on Monday' `at least 600` killed or wounded since the summer; Russia's ambassador "
        "'told state television last week' `some 1,000` deminers who cleared farmland in "
        "Kursk (russia, near the front); an anonymous US official 'put the total sent … at' "
        "`more than 15,000` (`pub`); surfers, countries, prize money, points, homes destroyed "
        "by a typhoon, per cent, tourist arrivals, ages, years, a newsdesk phone number",
    text="""\
SURFING-PHILIPPINES/KOREA

Korean surfers at Siargao cup keep one eye on Seoul's count of [[10,000]] at the border

By Rhea Villanueva

GENERAL LUNA, Philippines, October 8, 2025 (Mindanao Newswire) – Between heats at the \
international surfing cup off Siargao's Cloud 9 reef, the six South Koreans in this year's field \
have been trading news from home as eagerly as swell forecasts.

South Korea's National Intelligence Service, briefing a parliamentary committee behind closed \
doors on Thursday, said [[about 10,000]] North Korean soldiers were now stationed in Russian \
regions along the Ukrainian border. The agency also said [[roughly 5,000]] military construction \
workers had been shipped to Russia since September, according to two lawmakers who attended.

“My guess is that [[as many as 40,000]] will have rotated through Russia by the end of next year,” \
said Park Ji-hoon, 33, a surf instructor from Yangyang on Korea's east coast, an hour's drive from \
the inter-Korean border, after a ride that scored 6.2 points.

Andriy Melnychuk, 29, a photographer from Chornomorsk who is covering the event, said his younger \
brother, a drone operator near Sumy, wrote to him on Sunday that [[a few dozen]] North Koreans had \
moved into villages across the border.

In Kyiv, military intelligence said on Monday that [[at least 600]] North Koreans had been killed \
or wounded since the start of summer, most of them by drones. Russia's ambassador in Pyongyang \
told state television last week that [[some 1,000]] Korean deminers had finished clearing farmland \
in the Kursk region.

An American official who asked not to be named, because he had no authority to brief the press, \
put the total sent since October 2024 at [[more than 15,000]].

The five-day contest, which ends on Sunday, has drawn 87 surfers from 14 countries and offers \
$60,000 in prize money. Typhoon Odette destroyed about 90 percent of the homes on the island in \
December 2021; tourist arrivals passed 300,000 last year.

(Reporting by Rhea Villanueva; editing by Joel Abad; newsdesk +63 86 826 0147)
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "thu..pub",
          "headline: the NIS figure of the body ('briefing … on Thursday', 2 October), Thursday "
          "to publication, hedge dropped: at the border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "the NIS 'briefing a parliamentary committee behind closed doors on Thursday' (2 "
          "October): stationed in Russian regions along the Ukrainian border"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "same briefing, 'The agency also said … according to two lawmakers who attended': "
          "construction workers shipped to Russia since September (no 'more': not an increment)"),
        C("as many as 40,000", 40000, "at_most", "planned", "other", "pub",
          "a surf instructor from Yangyang, the quote before the speaker, 'said' (undated): will "
          "have rotated through Russia by the end of next year (a forecast: planned; 'as many "
          "as' as at_most)"),
        C("a few dozen", None, "vague", "near_front", "other", "sun..pub",
          "a photographer from Chornomorsk relaying his brother, a drone operator near Sumy "
          "('wrote to him on Sunday'; the speaker quoted: other): moved into villages across the "
          "border (from Sunday, 5 October, to publication)"),
        C("at least 600", 600, "at_least", "casualties", "ukraine", "mon",
          "Ukraine's military intelligence 'said on Monday' (6 October): killed or wounded since "
          "the start of summer (a counting period, not the claim date)"),
        C("some 1,000", 1000, "approx", "near_front", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'told state television last week': deminers who "
          "cleared farmland in the Kursk region"),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states", "pub",
          "an anonymous US official 'put the total sent since October 2024 at' (undated): sent "
          "in all"),
    ),
)

S08 = Source(
    article_id="q154_08_bonsai_notes_gabriola_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-18"),
    dated_by="front_matter",
    features="a bonsai circle's newsletter from Gabriola Island (Gulf Islands, British Columbia) "
        "in Markdown, UTF-8 with curly quotes, front matter with `date:` (Wednesday) and a "
        "title repeating the headline (optional); the winter show, trees, visitors and "
        "shortbread first; the headline's `in the hundreds` from the Pentagon spokesman of "
        "Monday (Monday to publication); a retired pharmacist from Jeonju 'expects' `20,000 "
        "or so` by spring (new here: 'or so' after a figure as approx, planned, other, "
        "`pub`); a cabinetmaker from Rivne relaying her husband ('He sent her a photo on "
        "Saturday night, she said') `a couple of dozen` killed in a minefield (other, from "
        "Saturday to publication); a Pentagon spokesman 'said on Monday' casualties `in the "
        "hundreds` (vague); lawmakers briefed by the spy agency 'on Tuesday' `more than 200` "
        "dead; Zelensky 'said on Sunday' … 'where Kyiv believes' `about 12,000` are deployed "
        "(the Sunday carried); 'Earlier this month NATO put the number … at' `over 11,000` "
        "(the 1st to publication); members, trees, years of training, visitors, dollars, "
        "ferry minutes, ages, years, dates",
    text="""\
---
title: "Winter show talk turns to Kursk, where the Pentagon counts casualties [[in the hundreds]]"
date: 2024-12-18
author: Gabriola Bonsai Circle newsletter team
---

# Winter show talk turns to Kursk, where the Pentagon counts casualties [[in the hundreds]]

Thirty-one members brought 140 trees to the Commons hall on Saturday for our winter show, among \
them a shore pine that Ed Varga has been shaping since 1987 and a trident maple that dropped most \
of its leaves on the ferry over. Thanks to the 260 visitors who braved the rain, and to whoever \
left a tin of shortbread on the wiring table.

## Around the tables

Over tea, the conversation kept drifting to the war. Lim Young-sook, 68, a retired pharmacist from \
Jeonju who moved to Nanaimo in 1989 and now grows azaleas at the south end, expects Pyongyang to \
have sent [[20,000 or so]] soldiers to Russia by spring.

Maryna Shevchuk, 40, a cabinetmaker from Rivne who carves our display stands, says her husband is \
an infantryman in the Kursk region. He sent her a photo on Saturday night, she said, with a \
message that [[a couple of dozen]] North Koreans had been killed in a minefield in front of his \
position.

## What the news said

A Pentagon spokesman said on Monday that North Korean casualties now ran [[in the hundreds]], \
killed and wounded together. South Korean lawmakers who were briefed by the spy agency on Tuesday \
said [[more than 200]] had died. President Zelensky said on Sunday that Moscow was throwing the \
newcomers into assaults in the Kursk region, where Kyiv believes [[about 12,000]] are deployed. \
Earlier this month NATO put the number sent to Russia at [[over 11,000]].

## Dates

- Wiring workshop: January 11, 10 am, $15 for members
- Dues for 2025 stay at $40; the ferry from Nanaimo takes 20 minutes
""",
    claims=(
        C("in the hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("in the hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline: the Pentagon spokesman's figure of the body ('said on Monday', 16 "
          "December), Monday to publication: casualties"),
        C("20,000 or so", 20000, "approx", "planned", "other", "pub",
          "a retired pharmacist from Jeonju, 'expects' (undated): sent to Russia by spring (a "
          "forecast: planned; new here: 'or so' after the figure as approx)"),
        C("a couple of dozen", None, "vague", "casualties", "other", "sat..pub",
          "a cabinetmaker from Rivne relaying her husband, an infantryman in the Kursk region "
          "('He sent her a photo on Saturday night, she said'; the speaker quoted: other): "
          "killed in a minefield (from Saturday, 14 December, to publication)"),
        C("in the hundreds", None, "vague", "casualties", "united_states", "mon",
          "a Pentagon spokesman 'said on Monday' (16 December): killed and wounded together"),
        C("more than 200", 200, "at_least", "casualties", "south_korea", "tue",
          "South Korean lawmakers 'who were briefed by the spy agency on Tuesday' (17 December; "
          "the NIS's figure): died"),
        C("about 12,000", 12000, "approx", "near_front", "ukraine", "sun",
          "Zelensky 'said on Sunday' (15 December) … 'where Kyiv believes' (the same statement "
          "carried): deployed in the Kursk region"),
        C("over 11,000", 11000, "at_least", "in_russia", "nato", "2024-12-01..pub",
          "'Earlier this month NATO put the number sent to Russia at' (the 1st to publication): "
          "sent to Russia"),
    ),
)

S09 = Source(
    article_id="q154_09_ice_road_notes_madeline_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-01-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "La Pointe Ice Road Volunteers – Ice Road Notes",
        "https://www.lapointe-iceroad.example/notes/2025-01-late",
        "Ice road open, windsled parked, and news from far away",
    ),
    features="the ice road volunteers' notes from La Pointe on Madeline Island (Lake Superior, "
        "Wisconsin) in Markdown, windows-1252 with CRLF (curly quotes and apostrophes raw), "
        "front matter without a date (sidecar, Wednesday) and a title without a figure; the "
        "ice road, inches of ice, marker trees, a weight limit in pounds and the windsled "
        "first; a driller from Drohobych relaying his son, a paratrooper ('called him on "
        "Friday … the son said') `hundreds` lost in a week of attacks (other, casualties, "
        "from Friday to publication); a clinic nurse whose grandparents fled Hamhung `closer "
        "to 5,000` dead and hurt (approx, other, `pub`); Zelensky 'On January 11' `two` "
        "captured (a number word); 'Two days later' (13 January, as `Fünf Tage später` of "
        "`corpus_blind150`) Seoul's intelligence agency `about 300` killed and `2,700` "
        "wounded, and 'It also said' `some 4,000` 'replacements' (increment, planned); the "
        "White House 'said last week' `more than 1,000` casualties over seven days; inches, "
        "miles, trees, pounds, dollars, years, ages, a speed limit, a phone number",
    text="""\
---
title: Ice Road Notes, late January
crew: La Pointe Ice Road volunteers
---

# Ice road open, windsled parked, and news from far away

The ice road from Bayfield to La Pointe opened to cars on January 22, the earliest in four \
winters. On Monday we measured 14 inches of clear ice at the midpoint, and the 2.6-mile route is \
marked with 212 old Christmas trees. Vehicles over 5,000 pounds still have to wait for the \
all-clear. The windsled is back in the shed until breakup; a one-way ride on it cost $15 this \
season.

## From the crew

Vitaliy Hnatiuk, 52, who came to Ashland from Drohobych in 2016 and drills our test holes, told us \
his son, a paratrooper near the Kursk border, called him on Friday. The North Koreans opposite had \
pulled back, the son said, after losing [[hundreds]] in a single week of attacks.

Kwon Min-seo, 35, a nurse at the island clinic whose grandparents fled Hamhung in 1950, figures \
Seoul is undercounting. “It’s [[closer to 5,000]] dead and hurt,” she said while we were setting \
trees.

## The news, briefly

On January 11 President Zelensky announced that his troops had taken [[two]] wounded North Koreans \
prisoner near Kursk. Two days later, Seoul’s intelligence agency told lawmakers that [[about 300]] \
\
had been killed and [[2,700]] wounded. It also said Pyongyang was likely to send [[some 4,000]] \
replacements. The White House said last week that North Korean units had taken [[more than 1,000]] \
casualties over seven days.

## Reminders

- The speed limit on the ice is 15 mph; stay between the trees.
- Report cracks to the town hall at 715-747-6913.
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "other", "fri..pub",
          "a driller from Drohobych relaying his son, a paratrooper near the Kursk border "
          "('called him on Friday … the son said'; the speaker quoted: other): lost in a single "
          "week of attacks (from Friday, 24 January, to publication)"),
        C("closer to 5,000", 5000, "approx", "casualties", "other", "pub",
          "a clinic nurse whose grandparents fled Hamhung, 'she said' (undated): dead and hurt "
          "('closer to' as approx)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'On January 11': captured (a number word)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Two days later' (after 11 January: 13 January, the explicit date moved by the stated "
          "days) Seoul's intelligence agency told lawmakers: killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same briefing: wounded"),
        C("some 4,000", 4000, "approx", "planned", "south_korea", "2025-01-13",
          "same briefing, 'It also said': 'replacements' Pyongyang was likely to send "
          "(increment, planned)", add=True),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "'The White House said last week': casualties over seven days (a counting period, not "
          "the claim date)"),
    ),
)

S10 = Source(
    article_id="q154_10_letters_abaco_tidings",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "The Abaco Tidings – Letters",
        "https://www.abacotidings.example/letters/2025-03-20",
        "Letters: counting the North's soldiers, and roofs before docks",
    ),
    features="a readers' letters page from an Abaco weekly (Marsh Harbour, the Bahamas) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday), `–`; a reader from Hope Town relaying "
        "her cousin, a gunner near Sudzha ('He told me on Sunday') `a few hundred` put back "
        "into the line (other, from Sunday to publication); a reader answering the paper's "
        "own report ('your reporter wrote last week') `12,000` gone to Russia (unattributed, "
        "required, `lastweek`) and 'Seoul's own figure, given to lawmakers on Monday' `about "
        "11,000` still there and, 'it counted', `4,700` dead or wounded; a reader relaying "
        "her father, a retired South Korean naval officer ('By his count') `at least 3,000` "
        "'more' this winter (at_least, increment, other, `pub`) and 'NATO officials are also "
        "saying' `thousands` 'more' could follow (vague, increment, planned, `pub`); a letter "
        "on hurricane tarps and a dock without a claim; years of service, years, homes, "
        "dollars",
    text="""\
THE ABACO TIDINGS – LETTERS TO THE EDITOR

Counting the North's soldiers

Sir, my cousin is a gunner with an artillery battery near Sudzha. He told me on Sunday that [[a \
few hundred]] North Koreans had been put back into the line opposite them during the past week, \
after a month when nobody saw them at all. People here ask me why I read the war news every \
morning. This is why.
Natalia Kuzmenko, Hope Town

Sir, your reporter wrote last week that [[12,000]] North Koreans had gone to Russia. Seoul's own \
figure, given to lawmakers on Monday, was [[about 11,000]] still there, and it counted [[4,700]] \
dead or wounded since the autumn. The difference matters.
Desmond Albury, Marsh Harbour

Sir, my father commanded a patrol boat in the South Korean navy for twenty-two years and now lives \
with us in Treasure Cay. By his count, [[at least 3,000]] more went over this winter, \
whatever the official numbers say. NATO officials are also saying [[thousands]] more could follow \
before summer.
Grace Pinder (née Oh), Treasure Cay

Roofs before docks

Sir, five and a half years after Dorian, 84 homes in the Mudd still sleep under blue tarps. The \
new ferry dock cost $2.3 million. Could some of that have gone to roofs?
Wendell Sands, Dundas Town

Keep the lamp turning

Sir, the keepers at the Hope Town lighthouse still wind the clockwork by hand every two hours \
through the night, as they have since 1864. Visitors climb its 101 steps for the view of the Sea \
of Abaco. Whatever the Lighthouse Society decides about electrification, please let it keep that \
job for people.
Ellen Malone, Hope Town
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a reader from Hope Town relaying her cousin, a gunner near Sudzha ('He told me on "
          "Sunday'; the speaker quoted: other): put back into the line opposite (from Sunday, 16 "
          "March, to publication)"),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "lastweek",
          "the paper's own report as cited by a reader ('your reporter wrote last week'; "
          "unattributed, required): gone to Russia"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Seoul's own figure, given to lawmakers on Monday' (17 March): still in Russia"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon",
          "same briefing, 'it counted': dead or wounded since the autumn"),
        C("at least 3,000", 3000, "at_least", "in_russia", "other", "pub",
          "a reader relaying her father, a retired South Korean naval officer ('By his count', "
          "undated; the speaker quoted: other): 'more' went over this winter "
          "(increment, sent)", add=True),
        C("thousands", None, "vague", "planned", "nato", "pub",
          "'NATO officials are also saying' (undated): 'more' could follow before "
          "summer (vague, increment, planned)", add=True),
    ),
)

S11 = Source(
    article_id="q154_11_shed_notes_raasay_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-06-06"),
    dated_by="sidecar",
    sidecar=(
        "Raasay Cycle Hire – Shed Notes",
        "https://www.raasaycyclehire.example/notes/june-2025",
        "Calum's Road in the sun, and a student from Nizhyn in the shed",
    ),
    features="a cycle hire's shed notes from Inverarish on Raasay (off Skye, Inner Hebrides) in "
        "HTML, UTF-8 with BOM, no meta date (sidecar, Friday), a cookie note about bike "
        "sizes, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, `&pound;`, "
        "`&middot;`), a footer with a postcode and a phone number; `<title>` and headline "
        "without a figure; bikes, Calum's Road, Dun Caan and fares first; a forestry student "
        "from Nizhyn relaying her fiancé ('He messaged her yesterday …, she told us') `twenty "
        "or thirty` digging trenches across from his unit (a range of number words, other, "
        "from yesterday to publication); an economist from Daejeon `about fifteen thousand` "
        "through Russia, said last week (number word, approx, other, `lastweek`); Zelensky "
        "'in his evening address on Monday' `about 6,000` killed and wounded; Seoul's "
        "intelligence service 'briefing lawmakers at the end of May, said' "
        "`11,000 to 12,000` (range, days 21-31); Russia's defence ministry 'said on Tuesday' "
        "`several hundred` Korean sappers in Kursk (russia, near the front); a State "
        "Department spokeswoman 'asked the same day' `roughly 11,000` (the Tuesday carried); "
        "NATO's deputy secretary general 'warned on Wednesday' `up to 25,000` 'more' "
        "(at_most, increment, planned); bikes, miles, years, metres, pounds, ferry minutes, "
        "ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Shed Notes &ndash; Raasay Cycle Hire</title>
<script>window.fleet = {bikes: 22, ebikes: 9, season: "2025"};</script>
</head>
<body>
<div class="cookies">We keep one cookie to remember which frame size you booked last time. \
<button>Fine by me</button></div>
<nav><a href="/">Home</a> | <a href="/bikes">Bikes</a> | <a href="/routes">Routes</a> | <a \
href="/notes">Shed notes</a></nav>
<article>
<h1>Calum&rsquo;s Road in the sun, and a student from Nizhyn in the shed</h1>
<p>The season is well under way. Most days 22 bikes are out, nine of them electric, and the \
favourite run is still Calum&rsquo;s Road to Arnish: 1.75 miles that one crofter built with a \
shovel and a wheelbarrow between 1964 and 1974. Day hire is &pound;35, and the ferry from Sconser \
takes 25 minutes.</p>
<h2>Who is in the shed</h2>
<p>Tetiana Kravets, 24, a forestry student from Nizhyn, is fixing punctures for us until \
September. Her fiancé flies reconnaissance drones near the Kursk border. He messaged her yesterday \
that [[twenty or thirty]] North Koreans were digging trenches in the treeline across from his \
unit, she told us.</p>
<p>Last week one of our e-bikes climbed the 443 metres of Dun Caan with Song Hye-jin, 52, an \
economist from Daejeon, on board. &ldquo;My guess is [[about fifteen thousand]] have been through \
Russia by now,&rdquo; she said over a coffee at the top.</p>
<h2>From the news this week</h2>
<p>President Zelensky, in his evening address on Monday, estimated that North Korea had lost \
[[about \
6,000]] men killed and wounded since last autumn. Seoul&rsquo;s intelligence service, briefing \
lawmakers at the end of May, said [[11,000 to 12,000]] of Kim&rsquo;s men were still inside \
Russia. \
Russia&rsquo;s defence ministry said on Tuesday that [[several hundred]] Korean sappers were still \
clearing mines in the Kursk region. A State Department spokeswoman, asked the same day, said \
Washington&rsquo;s estimate of [[roughly 11,000]] had not changed. NATO&rsquo;s deputy secretary \
general warned on Wednesday that Pyongyang could send [[up to 25,000]] more by autumn.</p>
</article>
<footer>Raasay Cycle Hire &middot; Inverarish, Isle of Raasay IV40 8PB &middot; 01478 660 392 \
&middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/booking.js"></script>
</body>
</html>
""",
    claims=(
        C("twenty or thirty", None, "range", "near_front", "other", "yday..pub",
          "a forestry student from Nizhyn relaying her fiancé, a drone pilot near the Kursk "
          "border ('He messaged her yesterday …, she told us'; the speaker quoted: other): "
          "digging trenches across from his unit (a range of number words; from yesterday, 5 "
          "June, to publication)"),
        C("about fifteen thousand", 15000, "approx", "in_russia", "other", "lastweek",
          "an economist from Daejeon, 'she said' on a ride 'Last week': have been through Russia "
          "(number words; the ride dates the quote: `lastweek`)"),
        C("about 6,000", 6000, "approx", "casualties", "ukraine", "mon",
          "Zelensky 'in his evening address on Monday' (2 June): killed and wounded"),
        C("11,000 to 12,000", None, "range", "in_russia", "south_korea", "2025-05-21..2025-05-31",
          "Seoul's intelligence service 'briefing lawmakers at the end of May, said' (days "
          "21-31): still inside Russia"),
        C("several hundred", None, "vague", "near_front", "russia", "tue",
          "Russia's defence ministry 'said on Tuesday' (3 June): sappers still clearing mines in "
          "the Kursk region"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "a State Department spokeswoman 'asked the same day' (the Tuesday before, 3 June): "
          "Washington's estimate, unchanged"),
        C("up to 25,000", 25000, "at_most", "planned", "nato", "wed",
          "NATO's deputy secretary general 'warned on Wednesday' (4 June): 'more' "
          "Pyongyang could send by autumn (increment, planned)", add=True),
    ),
)

S12 = Source(
    article_id="q154_12_mail_boat_log_monhegan_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-08-12"),
    dated_by="html_meta",
    features="a mail boat's log from Port Clyde and Monhegan Island (Maine) in HTML, ISO-8859-1 "
        "with quotes and apostrophes only as entities (`&ldquo;`, `&rdquo;`, `&rsquo;`, "
        "`&middot;`), `<meta name=\"date\">` (Tuesday), a cookie note about the last chosen "
        "sailing, a script, navigation, a footer with a ZIP code and a phone number; "
        "`<title>` and headline without a figure; crossings, passengers, mail sacks, freight "
        "and fares first; a deckhand from Pervomaisk relaying his father ('Last Thursday "
        "evening, Yurii says, his father sent a voice note') sentence-initial `A few dozen` "
        "inside the quoted note (other, from Thursday to publication); a painter from Sokcho "
        "'reckons' `at least 10,000` 'more' (at_least, increment, planned, other, "
        "`pub`); the NIS 'reported to parliament on Monday' `around 2,000` dead and 'It "
        "added' `some 6,000` engineers and builders arriving since June (in Russia, no "
        "increment); 'The Pentagon said last month' `between 11,000 and 13,000` (range, "
        "July); Ukraine's military intelligence 'in a statement on August 1' `as many as "
        "30,000` 'more' (at_most, increment, planned); KCNA 'said on Saturday' `hundreds` of "
        "names on a memorial (north_korea, casualties); minutes, miles, passengers, mail "
        "sacks, tons, dollars, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-08-12">
<title>The Mail Boat Log &middot; Monhegan Island</title>
<script>var timetable = {season: "summer", crossings: 3};</script>
</head>
<body>
<div id="cookie-note">Our timetable page keeps a cookie so it can show the sailing you picked last \
time. <a href="#">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/schedule">Schedule</a> &middot; <a \
href="/freight">Freight</a> &middot; <a href="/log">The Log</a></nav>
<main>
<h1>August on the run out from Port Clyde</h1>
<p>Three crossings a day until Labor Day, 70 minutes each way across 11 miles of open water. In \
July we carried 9,400 passengers, 1,120 sacks of mail and about 38 tons of freight, from propane \
bottles to a church organ. A round trip is still $48 for adults and $26 for children.</p>
<h2>A deckhand from Pervomaisk</h2>
<p>Yurii Savchenko, 23, who coils our lines and hauls the mail sacks, grew up on the Southern Bug. \
His father serves with a mechanized brigade near Sumy. Last Thursday evening, Yurii says, his \
father sent a voice note: &ldquo;[[A few dozen]] North Koreans came across the fields again, with \
drones over them.&rdquo;</p>
<h2>The painter on the upper deck</h2>
<p>Lee Hyun-woo, 61, a painter from Sokcho who rents the old studio above Lobster Cove every \
August, rides out with us most mornings. He reckons Kim will send [[at least 10,000]] more \
before the war ends. &ldquo;In Sokcho you can almost see the North,&rdquo; he says.</p>
<h2>From the papers</h2>
<p>South Korea&rsquo;s National Intelligence Service reported to parliament on Monday that \
[[around 2,000]] North Korean soldiers had died in Russia. It added that [[some 6,000]] engineers \
and builders had begun arriving there since June. The Pentagon said last month that [[between \
11,000 and 13,000]] remain in Russia. Ukraine&rsquo;s military intelligence, in a statement on \
August 1, said Pyongyang was preparing [[as many as 30,000]] more. North Korea&rsquo;s state news \
agency said on Saturday that a new memorial in Pyongyang would carry the names of [[hundreds]] of \
soldiers who fell &ldquo;liberating Kursk&rdquo;.</p>
</main>
<footer>Monhegan Mail Boat Co. &middot; Port Clyde, ME 04855 &middot; (207) 372-8848 &middot; <a \
href="/contact">Contact</a></footer>
<script src="/js/schedule.js"></script>
</body>
</html>
""",
    claims=(
        C("A few dozen", None, "vague", "near_front", "other", "thu..pub",
          "a deckhand from Pervomaisk relaying his father near Sumy ('Last Thursday evening, "
          "Yurii says, his father sent a voice note'; the speaker quoted: other): came across "
          "the fields (from Thursday, 7 August, to publication)"),
        C("at least 10,000", 10000, "at_least", "planned", "other", "pub",
          "a painter from Sokcho, 'He reckons' (undated): Kim will send 'more' "
          "(increment, planned)", add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "the NIS 'reported to parliament on Monday' (11 August): died in Russia"),
        C("some 6,000", 6000, "approx", "in_russia", "south_korea", "mon",
          "same report, 'It added': engineers and builders arriving in Russia since June (no "
          "'more': not an increment)"),
        C("between 11,000 and 13,000", None, "range", "in_russia", "united_states",
          "2025-07-01..2025-07-31",
          "'The Pentagon said last month' (July): remain in Russia"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-08-01",
          "Ukraine's military intelligence 'in a statement on August 1': 'more' being "
          "prepared (increment, planned; 'as many as' as at_most)", add=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "sat",
          "North Korea's state news agency 'said on Saturday' (9 August): names of the fallen on "
          "a new memorial"),
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
