"""Build the HUNDRED-AND-TWENTY-FIFTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-seventh corpus, for an honest measurement on articles the extractor has never
met, written in session 15 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
half-timbered house (Umgebinde) society's page from Obercunnersdorf in Upper Lusatia with a Korean
architecture student from Jeonju whose brother is a radio operator near Cheorwon, a damask museum
friends' circle letter from Großschönau with a textile restorer from Chernihiv whose husband drives
an ambulance near Sudzha, a cast-iron tower society's newsletter from Löbau with a retired foundry
engineer from Zaporizhzhia who keeps his drone-pilot grandson's reports in a notebook, a Sorbian
Easter riders' association letter from Crostwitz with a Korean priest from Andong, a horse-drawn
railway museum's page from Kerschbaum in the Mühlviertel (Austrian conventions) with a Ukrainian
groom from Berdychiv, and a slate mine museum's members' letter from Engi in the canton of Glarus
(Swiss conventions) with a geology student from Kramatorsk who now guides visitors; an agency-style
wire report from Maseru on a visiting South Korean vice minister, a mountain lodge's guest letter
from Semonkong with a rope-access technician from Odesa and a retired police inspector from Busan, a
model-ship workshop's notes from Curepipe with a retired South Korean navy captain, a readers'
letters page from a Rodrigues weekly with letters quoting a granddaughter in Incheon and a brother
near Sumy, a claim holders' association newsletter from Dawson City with a Ukrainian welder at a
wash plant, and a bush-plane operator's flight log from Haines Junction with a Korean-Canadian pilot
and a Ukrainian mechanic. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding,
checks, CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours (under
its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind125_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Upper Lusatia, the Mühlviertel, Glarus)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="u125_01_hausbrief_obercunnersdorf_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-20"),
    dated_by="html_meta",
    features="a half-timbered house (Umgebinde) society's page from Obercunnersdorf (Upper "
        "Lusatia) in HTML, UTF-8, `article:published_time` +01:00 (Wednesday), a cookie note about "
        "the photo gallery, a page script, navigation, a footer with a phone number, entities "
        "(`&bdquo;`, `&ldquo;`, `&middot;`); `<title>`, `og:title` and headline without a figure; "
        "the restoration first, with `rund 19.000` Umgebinde houses in the region (not a claim); a "
        "Korean architecture student from Jeonju relaying her brother, a conscript radio operator, "
        "in Konjunktiv over two sentences ('so erzähle er ihr am Telefon', 'gehe man davon aus') "
        "`mehr als 15.000` by spring (planned) and `einigen hundert` dead (other, `pub`); the NIS "
        "'am 13. November' `über 10.000` in Kursk and, carried by 'hieß es in dem Bericht', "
        "`Tausende` 'weitere' to follow (increment, planned); Blinken 'Ende Oktober' (days 21-31) "
        "`rund 8.000` in the border region; 'Aus dem Pentagon hieß es am Montag' `10.000 bis "
        "11.000` in Russia (range, a total); 'Dem ukrainischen Militärgeheimdienst zufolge' `etwa "
        "11.000` at the front (undated); the Kremlin 'am Dienstag' without a figure; Russia's "
        "losses, columns, braces, years, euros, helpers, a date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hausbrief November &middot; Umgebindeverein Obercunnersdorf</title>
<meta property="article:published_time" content="2024-11-20T09:15:00+01:00">
<meta property="og:title" content="Eine Architektin aus Jeonju am Umgebinde">
<script>window.uvo={rubrik:"hausbrief",nummer:47,galerie:true};</script>
</head>
<body>
<div class="cookie">Ein Cookie merkt sich, welches Foto der Bildergalerie Sie zuletzt angeschaut \
haben. <button>In Ordnung</button></div>
<nav><a href="/">Start</a> &middot; <a href="/haeuser">Unsere Häuser</a> &middot; <a \
href="/hausbrief">Hausbrief</a> &middot; <a href="/beratung">Bauberatung</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Eine Architektin aus Jeonju am Umgebinde</h1>
<p>Das Haus Nummer 38 an der Dorfstraße steht wieder auf festen Säulen. Seit dem Frühsommer haben \
Vereinsmitglieder und zwei Zimmerleute sieben der neun Säulen getauscht, zwei Kopfbänder ergänzt \
und die Blockstube ausgebessert, die seit 1763 das Obergeschoss trägt. Die Kosten von 86.500 Euro \
teilen sich Landkreis, Denkmalstiftung und Verein. In der Oberlausitz stehen noch rund 19.000 \
Umgebindehäuser, und jedes Jahr verschwinden ein paar Dutzend davon.</p>
<h2>Zapfen ohne Nagel</h2>
<p>Mit auf dem Gerüst stand in diesem Herbst Kang Seo-yeon, 27. Sie studiert in Jeonju Architektur \
und vergleicht in ihrer Masterarbeit die Holzverbindungen koreanischer Hanok-Häuser mit denen der \
Oberlausitz. &bdquo;Bei uns halten die Balken ebenfalls ohne Nagel, nur die Dächer sind \
schwerer&ldquo;, sagt sie.</p>
<p>Beim Richtbier kam die Rede auf den Norden. Seo-yeons jüngerer Bruder leistet seinen Wehrdienst \
als Funker in einer Division bei Cheorwon. In seiner Einheit, so erzähle er ihr am Telefon, gehe \
man davon aus, dass bis zum Frühjahr [[mehr als 15.000]] Nordkoreaner in Russland stehen würden. \
Von [[einigen hundert]] Toten sei in der Kaserne schon die Rede, die Offiziere sprächen über kaum \
etwas anderes.</p>
<h2>Was die Regierungen sagen</h2>
<p>Der südkoreanische Geheimdienst NIS hatte am 13. November vor dem Geheimdienstausschuss in \
Seoul erklärt, [[über 10.000]] nordkoreanische Soldaten seien im Gebiet Kursk eingesetzt, einige \
kämpften bereits. Es gebe zudem Anzeichen, dass [[Tausende]] weitere folgen sollten, hieß es in \
dem Bericht. US-Außenminister Antony Blinken hatte schon Ende Oktober von [[rund 8.000]] \
Nordkoreanern in der Grenzregion gesprochen.</p>
<p>Aus dem Pentagon hieß es am Montag, inzwischen seien [[10.000 bis 11.000]] in Russland, die \
meisten im Raum Kursk. Dem ukrainischen Militärgeheimdienst zufolge haben [[etwa 11.000]] die \
Stellungen an der Front schon erreicht. Ein Kremlsprecher nannte die Berichte am Dienstag \
&bdquo;nicht der Rede wert&ldquo;. Die russischen Verluste im Gebiet Kursk gibt Kiew seit August \
mit über 20.000 Mann an.</p>
<p class="termine">Nächster Arbeitseinsatz: Samstag, 30. November, 9 Uhr, Haus 38. Bitte \
Handschuhe mitbringen; für 25 Helfer gibt es Kartoffelsuppe.</p>
</article>
<footer>Umgebindeverein Obercunnersdorf e.V. &middot; Hauptstraße 12 &middot; 02708 Kottmar \
&middot; Telefon 035875 61 40 92 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/galerie.min.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("mehr als 15.000", 15000, "at_least", "planned", "other", "pub",
          "an architecture student relaying her brother, a conscript radio operator ('so erzähle "
          "er ihr am Telefon', no day; the speaker quoted: other), Konjunktiv: in Russia by spring "
          "(a forecast)"),
        C("einigen hundert", None, "vague", "casualties", "other", "pub",
          "same relayed call, Konjunktiv over the next sentence: dead"),
        C("über 10.000", 10000, "at_least", "near_front", "south_korea", "2024-11-13",
          "the NIS 'hatte am 13. November … erklärt': deployed in the Kursk region"),
        C("Tausende", None, "vague", "planned", "south_korea", "2024-11-13",
          "same report, carried by 'hieß es in dem Bericht': 'weitere' to follow (increment after "
          "the figure, planned)", add=True),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "2024-10-21..2024-10-31",
          "Blinken 'hatte schon Ende Oktober … gesprochen' (day 21 to the month's end): in the "
          "border region"),
        C("10.000 bis 11.000", None, "range", "in_russia", "united_states", "mon",
          "'Aus dem Pentagon hieß es am Montag' (18 November, Wednesday page): in Russia, most of "
          "them around Kursk (a total)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): reached the positions at the "
          "front"),
    ),
)

S02 = Source(
    article_id="u125_02_freundesbrief_grossschoenau",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Förderkreis Damast- und Frottiermuseum Großschönau",
        "https://www.damastmuseum-grossschoenau.example/freundesbrief/2025-1",
        "Freundesbrief 1/2025: Ein Tafeltuch von 1791 und Post aus Sudscha",
    ),
    features="a damask museum friends' circle letter from Großschönau (Upper Lusatia) as plain "
        "text, windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Friday); visitors "
        "first, with `gut 900 mehr als 2023` (visitors, not an increment of troops); a textile "
        "restorer from Chernihiv whose husband, an ambulance driver near Sudzha, wrote 'Am "
        "Sonntag' `Hunderte` fallen (Konjunktiv, other, casualties); Zelensky 'am 11. Januar' "
        "`zwei` captured (number word); the NIS 'Mitte Januar' (days 11-20) `rund 300` dead and "
        "`2.700` wounded and, by 'insgesamt seien', `etwa 11.000` in Kursk; Blinken 'erklärte "
        "vergangene Woche' `mehr als 1.000` killed or wounded in December; 'nach Einschätzung des "
        "… Militärgeheimdienstes' 'noch einmal' `8.000` to be sent after them ('nachschicken': "
        "increment, planned, `pub`); Russia's daily losses (vague, not a claim); looms, hooks, "
        "metres, years, euros, a meeting date, a postcode, a phone number",
    text="""\
Förderkreis Damast- und Frottiermuseum Großschönau
Freundesbrief Nr. 1/2025

Ein Tafeltuch von 1791 und Post aus Sudscha

Liebe Freundinnen und Freunde des Museums,

das vergangene Jahr hat uns 11.340 Besucherinnen und Besucher gebracht, gut 900 mehr als 2023. Am \
meisten gefragt war die Vorführung am Jacquardstuhl, den unser Weber Gerd Hänsch zweimal in der \
Woche in Gang setzt. 2.400 Platinen heben dabei die Kettfäden, und für einen Meter Damast braucht \
er einen ganzen Nachmittag.

Seit Oktober arbeitet bei uns Iryna Bondar, 41, Textilrestauratorin aus Tschernihiw. Im Depot hat \
sie ein Tafeltuch aus dem Jahr 1791 gereinigt und gesichert, 6,40 Meter lang, mit dem sächsischen \
Wappen in der Mitte. „Bei uns lagen solche Stücke im Keller, als die Raketen kamen“, erzählt sie. \
Ihr Mann Serhij fährt seit dem Sommer einen Sanitätswagen im russischen Gebiet Kursk, wo \
ukrainische Truppen noch einen Streifen um Sudscha halten.

Am Sonntag kam endlich wieder eine Nachricht von ihm. In seinem Abschnitt seien seit Weihnachten \
[[Hunderte]] Nordkoreaner gefallen, schrieb er; sie liefen in offenen Reihen über die Felder, auch \
wenn die Drohnen schon über ihnen stünden. Iryna hat uns die Zeilen übersetzt und dann lange \
nichts gesagt.

Was offiziell bekannt ist, passt zu seinem Bericht. Präsident Selenskyj meldete am 11. Januar, \
seine Soldaten hätten [[zwei]] verwundete Nordkoreaner gefangen genommen. Mitte Januar sprach \
Südkoreas Nachrichtendienst NIS von [[rund 300]] Gefallenen und [[2.700]] Verwundeten; insgesamt \
seien [[etwa 11.000]] nordkoreanische Soldaten im Gebiet Kursk im Einsatz. Der scheidende \
US-Außenminister Antony Blinken erklärte vergangene Woche, allein im Dezember seien [[mehr als \
1.000]] von ihnen getötet oder verletzt worden. Und nach Einschätzung des ukrainischen \
Militärgeheimdienstes wird Pjöngjang bis zum Frühjahr noch einmal [[8.000]] Mann nachschicken. \
Russland selbst verliert im Gebiet Kursk nach ukrainischen Angaben jeden Tag mehrere hundert \
Soldaten.

Aus dem Förderkreis
– Die Winterführung „Vom Flachs zum Frottee“ gibt es jeden Samstag um 14 Uhr, 6 Euro pro Person.
– Für die Restaurierung des Tafeltuchs fehlen noch 3.200 Euro; jede Spende hilft.
– Iryna sammelt Verbandsmaterial für die Einheit ihres Mannes; ein Karton steht an der Kasse.
– Mitgliederversammlung: Donnerstag, 20. März, 18 Uhr, im Kupferhaus.

Förderkreis Damast- und Frottiermuseum, Schenaustraße 3, 02779 Großschönau, Telefon 035841 35 46 9
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "other", "sun",
          "a restorer's husband, an ambulance driver near Sudzha, in a message that came 'Am "
          "Sonntag' (19 January, Friday letter), Konjunktiv, 'schrieb er' (the speaker quoted: "
          "other): fallen in his sector since Christmas"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'meldete am 11. Januar': wounded North Koreans captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Januar sprach … von' (days 11-20): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same statement: wounded (not 'weitere', not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "2025-01-11..2025-01-20",
          "same statement, Konjunktiv 'insgesamt seien': deployed in the Kursk region"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "lastweek",
          "Blinken 'erklärte vergangene Woche', Konjunktiv: killed or wounded in December alone"),
        C("8.000", 8000, "exact", "planned", "ukraine", "pub",
          "'nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): 'noch einmal … "
          "nachschicken' by spring (increment, planned)", add=True),
    ),
)

S03 = Source(
    article_id="u125_03_turmbrief_loebau_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-17"),
    dated_by="front_matter",
    features="a cast-iron tower society's newsletter from Löbau (Upper Lusatia) in Markdown, UTF-8 "
        "with BOM, front matter with `date:` (Wednesday) and a title `2.000` repeating the "
        "headline (metadata: optional); the headline `2.000` takes the NIS statement of 4 "
        "September below (hedge dropped, 4 September to publication); the new paint first; a "
        "retired foundry engineer from Zaporizhzhia relaying his grandson, a drone pilot near "
        "Sumy, `ein paar tausend` building bunkers across the border (Konjunktiv, other, `pub`); "
        "the NIS 'Am 4. September' `etwa 2.000` fallen and 'In demselben Bericht hieß es' `rund "
        "6.000` builders and engineers brought to Russia; the Kursk governor 'vergangene Woche' "
        "`mehr als 1.000` deminers near Sudzha (russia, near the front); Rodong Sinmun 'am Montag' "
        "the names of `Hunderten` 'Helden' (north_korea, casualties); Budanov 'am Sonntag in einem "
        "Interview' `25.000 bis 30.000` 'zusätzliche' (range, increment, planned); the engineer "
        "'glaubt' `an die 30.000` (approx, other, `pub`); litres, tonnes, metres, steps, years, "
        "euros, dates, a phone number",
    text="""\
---
title: "Turmbrief Herbst 2025: Wiktor und die [[2.000]] Gefallenen"
date: 2025-09-17
verein: Förderverein Gusseiserner Turm Löbau e.V.
---

# Wiktor und die [[2.000]] Gefallenen

Der Turm hat einen neuen Anstrich. Vom 4. bis 29. August standen die Maler im Gerüst, 1.150 Liter \
Eisenglimmerfarbe haben sie auf 70 Tonnen Gusseisen gebracht, und seit dem Tag des offenen \
Denkmals glänzt er wieder über der Stadt. 28 Meter hoch, 120 Stufen, 1854 gegossen: Wer oben \
steht, sieht bei klarem Wetter bis zur Schneekoppe.

## Der Mann im Kassenhäuschen

Seit Mai sitzt an den Wochenenden Wiktor Hnatenko im Kassenhäuschen. Er ist 67, war vierzig Jahre \
lang Gießereiingenieur in einem Stahlwerk in Saporischschja und kam 2023 mit seiner Frau nach \
Löbau. Dass ein Turm aus Gusseisen 170 Jahre übersteht, nennt er „ordentliche Arbeit“.

Sein Enkel Denys steuert Aufklärungsdrohnen im Gebiet Sumy. Was der Junge auf seinem Bildschirm \
sieht, schreibt Wiktor in ein kleines Heft: Auf der russischen Seite arbeiteten [[ein paar \
tausend]] Nordkoreaner an Bunkern und Gräben, und die Stellungen würden jede Woche tiefer. Die \
Nachrichten liest Wiktor jeden Morgen auf Ukrainisch, Russisch und Deutsch.

## Was die Hauptstädte melden

Am 4. September bezifferte der südkoreanische Geheimdienst NIS die Zahl der in Russland gefallenen \
Nordkoreaner auf [[etwa 2.000]]. In demselben Bericht hieß es, seit Juni seien [[rund 6.000]] \
Militärbauarbeiter und Pioniere nach Russland gebracht worden. Der Gouverneur des Gebiets Kursk, \
Alexander Chinschtein, sprach vergangene Woche im Staatsfernsehen von [[mehr als 1.000]] \
nordkoreanischen Minenräumern, die noch immer die Felder bei Sudscha säuberten. Das Parteiblatt \
„Rodong Sinmun“ druckte am Montag die Namen von [[Hunderten]] „Helden“, die in Kursk gestorben \
seien.

Kyrylo Budanow, Chef des ukrainischen Militärgeheimdienstes, sagte am Sonntag in einem Interview, \
bis zum Jahresende könnten [[25.000 bis 30.000]] zusätzliche Soldaten aus dem Norden kommen. \
Wiktor glaubt, dass bisher schon [[an die 30.000]] durch Russland gegangen sind. „Man zählt nur \
die, die man sieht“, sagt er.

## Termine

- Turmfest mit Blasmusik: Sonntag, 5. Oktober, ab 11 Uhr
- Der Eintritt bleibt bei 3 Euro, Kinder unter 14 Jahren frei.
- Winterpause ab 1. November; Gruppen melden sich bei der Tourist-Information, Telefon 03585 45 04 \
12
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "headline: the NIS figure of 4 September below, hedge dropped (4 September to "
          "publication)"),
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a retired engineer relaying his grandson, a drone pilot near Sumy (written down in a "
          "notebook, no day; the speaker quoted: other), Konjunktiv: building bunkers on the "
          "Russian side"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "the NIS 'Am 4. September bezifferte': fallen in Russia"),
        C("rund 6.000", 6000, "approx", "in_russia", "south_korea", "2025-09-04",
          "same report, 'In demselben Bericht hieß es': builders and engineers brought to Russia "
          "since June"),
        C("mehr als 1.000", 1000, "at_least", "near_front", "russia", "lastweek",
          "the Kursk governor 'sprach vergangene Woche im Staatsfernsehen von': deminers still "
          "clearing the fields near Sudzha"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "mon",
          "Rodong Sinmun 'druckte am Montag' (15 September): names of the dead 'Helden'"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "sun",
          "Budanov 'sagte am Sonntag in einem Interview' (14 September): 'zusätzliche' by the end "
          "of the year (range, increment, planned)", add=True),
        C("an die 30.000", 30000, "approx", "in_russia", "other", "pub",
          "the engineer 'glaubt' (undated): passed through Russia so far ('an die' as approx)"),
    ),
)

S04 = Source(
    article_id="u125_04_reiterbrief_crostwitz_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-04-25"),
    dated_by="sidecar",
    sidecar=(
        "Osterreiterverein Crostwitz – Reiterbrief",
        "https://www.osterreiter-crostwitz.example/reiterbrief/ostern-2025",
        "Nach dem Osterritt",
    ),
    features="a Sorbian Easter riders' association letter from Crostwitz (Upper Lusatia) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Friday) and a title "
        "without a figure, Sorbian names (`Měrćin Šołta`); the procession first (`an die 1.400` "
        "riders: not a claim); a Korean priest from Andong relaying his nephew, an officer in "
        "Yanggu, who wrote 'Am Ostermontag' (21 April) `gut 15.000` in Russia (Konjunktiv over two "
        "sentences, at_least, other); the NIS 'am Dienstag vor Abgeordneten' `etwa 3.000` "
        "'zusätzliche' since January (increment, in Russia) and, in Konjunktiv, `etwa 4.700` dead "
        "and wounded; a State Department spokesman 'Anfang April' `mehr als 11.000` fighting; "
        "Budanov named AFTER the figure, 'in einem am Mittwoch veröffentlichten Interview', `8.000 "
        "bis 9.000` in Kursk (range); 'Nach Einschätzung eines Nato-Offiziers, der vergangene "
        "Woche … sprach' `mindestens 5.000` lost (the date in a relative clause); the priest's "
        "quote `Tausende` 'mehr' (increment, planned, other, `pub`); riders, ages, years, euros, a "
        "date, a phone number",
    text="""\
---
title: "Nach dem Osterritt"
verein: Osterreiterverein Crostwitz
rubrik: Reiterbrief
---

# Nach dem Osterritt

Der Ostersonntag war kalt, aber trocken. 214 Reiter sind mit der Prozession von Crostwitz nach \
Panschwitz-Kuckau und zurück gezogen, die meisten auf geliehenen Pferden, denn eigene Rösser gibt \
es in unseren Dörfern kaum noch. Die beiden jüngsten waren 17, der älteste 81, und Jan Wjenka ritt \
zum sechzigsten Mal mit. In der ganzen Lausitz waren an diesem Tag an die 1.400 Osterreiter \
unterwegs.

## Ein Gast aus Andong

Am Straßenrand stand in diesem Jahr Pfarrer Lee Jae-won aus Andong in Südkorea, der in Bautzen ein \
Jahr lang Sorbisch lernt und in unserer Pfarrei aushilft. Er hat den Zug mit einer Kamera \
begleitet, die ihm sein Neffe zum Abschied geschenkt hat.

Der Neffe ist Oberleutnant bei einer Aufklärungseinheit in Yanggu. Am Ostermontag habe er ihm \
geschrieben, dass inzwischen [[gut 15.000]] Nordkoreaner in Russland gewesen seien, erzählt der \
Pfarrer. Die meisten kämen aus Bauernfamilien, viele seien kaum älter als unsere jüngsten Reiter.

## Was man in Seoul, Washington, Kiew und Brüssel sagt

Der südkoreanische Geheimdienst NIS sagte am Dienstag vor Abgeordneten, Pjöngjang habe seit Januar \
[[etwa 3.000]] zusätzliche Männer über die Grenze nach Russland gebracht; die Verluste lägen bei \
[[etwa 4.700]] Toten und Verwundeten. Ein Sprecher des US-Außenministeriums hatte Anfang April von \
[[mehr als 11.000]] Nordkoreanern gesprochen, die an der Seite Russlands kämpften. Im Gebiet Kursk \
stünden noch [[8.000 bis 9.000]] Mann, sagte der ukrainische Geheimdienstchef Kyrylo Budanow in \
einem am Mittwoch veröffentlichten Interview. Nach Einschätzung eines Nato-Offiziers, der \
vergangene Woche in Brüssel vor Journalisten sprach, hat der Norden [[mindestens 5.000]] Mann \
verloren.

Pfarrer Lee glaubt nicht, dass Kim aufhört. „Er wird [[Tausende]] mehr schicken, solange Moskau \
zahlt“, sagt er. Zu Pfingsten will er wiederkommen, dann ohne Kamera, aber mit einem wärmeren \
Mantel.

## Aus dem Verein

- Die Sattelkammer im Pfarrhof bekommt bis Juni für 12.500 Euro ein neues Dach.
- Wer im nächsten Jahr ein Pferd stellen kann, melde sich bei Měrćin Šołta, Telefon 035796 88 21 5.
- Die Dankandacht für Reiter und Pferdehalter ist am 18. Mai um 10 Uhr.
""",
    claims=(
        C("gut 15.000", 15000, "at_least", "in_russia", "other", "2025-04-21..pub",
          "a Korean priest relaying his nephew, an officer in Yanggu, who wrote 'Am Ostermontag' "
          "(21 April; told in an undated letter: from that day to publication), Konjunktiv: been "
          "in Russia ('gut' as at_least; the speaker quoted: other)"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'sagte am Dienstag vor Abgeordneten' (22 April, Friday letter): 'zusätzliche' "
          "sent since January (increment, span without the word)", add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "tue",
          "same statement, Konjunktiv 'die Verluste lägen bei': dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "united_states",
          "2025-04-01..2025-04-10",
          "a State Department spokesman 'hatte Anfang April … gesprochen' (days 1-10): fighting "
          "alongside Russia"),
        C("8.000 bis 9.000", None, "range", "near_front", "ukraine", "wed",
          "Budanov named after the figure, 'in einem am Mittwoch veröffentlichten Interview' (23 "
          "April): still in the Kursk region"),
        C("mindestens 5.000", 5000, "at_least", "casualties", "nato", "lastweek",
          "'Nach Einschätzung eines Nato-Offiziers, der vergangene Woche … sprach' (the date in a "
          "relative clause): lost"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "the priest 'glaubt' and is quoted ('sagt er', no day): 'mehr' Kim will send (increment "
          "after the figure, planned)", add=True),
    ),
)

S05 = Source(
    article_id="u125_05_mitteilungen_kerschbaum_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-07"),
    dated_by="sidecar",
    sidecar=(
        "Museumsverein Pferdeeisenbahn Kerschbaum",
        "https://www.pferdeeisenbahn-kerschbaum.example/mitteilungen/feber-2025",
        "Winterarbeit im Stall und Post aus Sudscha",
    ),
    features="a horse-drawn railway museum's page from Kerschbaum near Rainbach (Mühlviertel, "
        "Upper Austria) in HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, "
        "`&ldquo;`, `&ndash;`), no meta date (sidecar, Friday), Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`, `vorige Woche`, `Passt schon`), a cookie note about the hoofbeats on "
        "the start page, a script, navigation, a footer with a phone number; `<title>` and "
        "headline without a figure; the winter work first; a Ukrainian groom from Berdychiv "
        "relaying her brother, a medic near Sudzha, who 'schrieb … ihr vorige Woche' `ein paar "
        "hundert` in front of his position (Konjunktiv, other, `lastweek`); Zelensky 'am Sonntag' "
        "`knapp 4.500` killed and wounded ('knapp' as approx); the NIS 'teilte vorige Woche mit' "
        "`rund 11.000` still in Russia (no longer at the front); a State Department spokesman 'am "
        "23. Jänner' `mehrere tausend` held ready (planned, no increment word); British military "
        "intelligence 'am Dienstag' `über 1.000` fallen in January (a third government: other); "
        "'Laut dem … Militärgeheimdienst' `1.000 bis 1.500` 'Nachschub' arrived (range, increment, "
        "`pub`); the groom 'glaubt' 'heuer' `bis zu 25.000` 'zusätzlich' (at_most, increment, "
        "planned, other); Russia's losses, metres of track, years, kilometres, horses, euros, "
        "visitors, a meeting date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Mitteilungen &ndash; Pferdeeisenbahn-Museum Kerschbaum</title>
<script>var pem={seite:"mitteilungen",saison:2025,hufschlag:false};</script>
</head>
<body>
<div class="cookie">Ein einziges Cookie sorgt dafür, dass das Hufgeklapper auf der Startseite nur \
einmal zu hören ist. <button>Passt schon</button></div>
<nav><a href="/">Start</a> &middot; <a href="/museum">Museum</a> &middot; <a \
href="/fahrten">Pferdebahnfahrten</a> &middot; <a href="/mitteilungen">Mitteilungen</a> &middot; \
<a href="/verein">Verein</a></nav>
<main>
<h1>Winterarbeit im Stall und Post aus Sudscha</h1>
<p>Liebe Mitglieder, der Jänner war bei uns im Mühlviertel so kalt wie lange nicht, und trotzdem \
ist viel weitergegangen. Am nachgebauten Personenwagen &bdquo;Hannibal&ldquo; sind die Räder neu \
bereift, 240 Meter Gleis beim Bahnhof Kerschbaum wurden nachgeschottert, und unsere beiden Noriker \
Resi und Fanny sind gut durch den Winter gekommen. Heuer feiern wir, dass die Pferdeeisenbahn \
zwischen Budweis und Linz vor 193 Jahren fertig wurde: 129 Kilometer, die erste Überlandbahn auf \
dem Kontinent.</p>
<h2>Natalija und ihr Bruder</h2>
<p>Im Stall hilft seit dem Herbst Natalija Kowal, 34, aus Berdytschiw, die daheim Pferde für die \
Reittherapie ausgebildet hat. Ihr Bruder Andrij ist Sanitäter in einer Brigade, die im russischen \
Gebiet Kursk bei Sudscha steht. Er schreibt selten und dann kurz. Vor seiner Stellung lägen seit \
Ende Jänner wieder [[ein paar hundert]] Nordkoreaner, schrieb er ihr vorige Woche; sie kämen jetzt \
vorsichtiger als im Dezember.</p>
<h2>Was man aus Kiew, Seoul, Washington und London hört</h2>
<p>Präsident Selenskyj sprach am Sonntag von [[knapp 4.500]] getöteten und verwundeten \
Nordkoreanern seit Oktober. Der südkoreanische Geheimdienst NIS teilte vorige Woche mit, die \
Truppen seien seit Mitte Jänner kaum mehr an der Front gesehen worden; [[rund 11.000]] befänden \
sich aber weiterhin in Russland. Ein Sprecher des US-Außenministeriums hatte am 23. Jänner \
gewarnt, Pjöngjang halte [[mehrere tausend]] Mann für einen Einsatz in Russland bereit. Der \
britische Militärgeheimdienst schätzte am Dienstag, allein im Jänner seien [[über 1.000]] \
Nordkoreaner gefallen. Laut dem ukrainischen Militärgeheimdienst sind Anfang Feber [[1.000 bis \
1.500]] Mann Nachschub in Russland eingetroffen. Die russischen Verluste bei Kursk gibt Kiew mit \
38.000 Mann an.</p>
<p>Natalija selbst glaubt, dass heuer noch [[bis zu 25.000]] zusätzlich kommen. &bdquo;Die \
schicken so lange, bis keiner mehr fragt&ldquo;, sagt sie und striegelt weiter.</p>
<h2>Aus dem Verein</h2>
<p>Saisonstart ist am 1. Mai; die Fahrt mit dem Pferdewagen kostet heuer 9 Euro, für Kinder 5 \
Euro. Im Vorjahr kamen 6.870 Besucher ins Museum. Die Jahreshauptversammlung findet am 28. Feber \
um 19 Uhr im Gasthaus Pammer statt &ndash; mit Bildern vom Gleisbau.</p>
</main>
<footer>Museumsverein Pferdeeisenbahn Kerschbaum &middot; Kerschbaum 61 &middot; 4261 Rainbach im \
Mühlkreis &middot; Tel. 07949 62 00 &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/museum.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "lastweek",
          "a groom relaying her brother, a medic near Sudzha, who 'schrieb … ihr vorige Woche', "
          "Konjunktiv (the speaker quoted: other): in front of his position"),
        C("knapp 4.500", 4500, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'sprach am Sonntag von' (2 February, Friday page): killed and wounded ('knapp' "
          "as approx)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'teilte vorige Woche mit', Konjunktiv: still in Russia, hardly seen at the "
          "front (in Russia, not near the front)"),
        C("mehrere tausend", None, "vague", "planned", "united_states", "2025-01-23",
          "a State Department spokesman 'hatte am 23. Jänner gewarnt': held ready for Russia "
          "(planned; no increment word)"),
        C("über 1.000", 1000, "at_least", "casualties", "other", "tue",
          "British military intelligence 'schätzte am Dienstag' (4 February; a third government: "
          "other): fallen in January"),
        C("1.000 bis 1.500", None, "range", "in_russia", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated; 'Anfang Feber' is when they "
          "arrived): 'Nachschub' arrived in Russia (reinforcements: increment, range)", add=True),
        C("bis zu 25.000", 25000, "at_most", "planned", "other", "pub",
          "the groom 'glaubt' (undated): 'heuer noch … zusätzlich' (increment, planned)", add=True),
    ),
)

S06 = Source(
    article_id="u125_06_mitteilungen_plattenberg_engi",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-07-11"),
    dated_by="dateline",
    features="a slate mine museum's members' letter from Engi (canton of Glarus) as plain text, "
        "ISO-8859-1 (Swiss conventions: `ss`, «», `4'180`, `38'500`, `11'000`, `17'000`, `12'000`, "
        "4-digit `6000`, `Fr. 25.-`), dated by the place line 'Engi, 11. Juli 2025' (Friday); the "
        "season first; a geology student from Kramatorsk, now a guide, relaying her father, a "
        "sapper near Sumy, «`Hunderte`» digging in, 'hat er ihr am Sonntag geschrieben' (other, "
        "near the front); Shoigu 'am 17. Juni in Pjöngjang' `6000` builders and deminers for Kursk "
        "(russia, planned); 'Nach Angaben des … NIS, der Ende Juni vor dem Parlament sprach' `etwa "
        "11'000` still in Russia (days 21-30); the letter's own 'Zusammen wären das bald gegen' "
        "`17'000` (unattributed, planned, 'gegen' as approx, required); North Korean state TV 'am "
        "30. Juni' a send-off for `Dutzende` sappers leaving for Kursk (north_korea, near the "
        "front); the State Department 'am Mittwoch' `mehr als 15'000` sent so far; 'nach "
        "Einschätzung von Kiews Militärgeheimdienst' 'noch einmal' `rund 12'000` (increment, "
        "planned, `pub`); visitors, metres, millions of years, francs, 'zwei weitere Führerinnen' "
        "(guides, not an increment of troops), a meeting date, a phone number",
    text="""\
VEREIN LANDESPLATTENBERG ENGI
Mitteilungen an die Mitglieder, Sommer 2025

Engi, 11. Juli 2025

Liebe Mitglieder

Der Berg ist wieder offen. Seit Ostern haben 4'180 Besucherinnen und Besucher die alten \
Schieferstollen besichtigt, so viele wie nie zuvor in einem Halbjahr. Die Führung durch die grosse \
Halle dauert zwei Stunden; wer mag, darf zum Schluss selbst eine Tafel spalten. Im Mai hat unser \
Stollentrupp 60 Meter Geländer ersetzt und das Licht im unteren Stollen erneuert. Kosten: Fr. \
38'500.-.

Eine neue Führerin

Seit April führt Daryna Melnyk, 26, Gruppen durch den Berg. Sie hat in Kramatorsk Geologie \
studiert, bis die Universität nach Westen ausweichen musste, und ist über eine Glarner Gastfamilie \
nach Engi gekommen. Wenn sie den Kindern erklärt, wie der Schiefer vor 40 Millionen Jahren aus \
Meeresschlamm entstand, hört auch der Vorstand zu.

Ihr Vater Petro ist Pionier in einer Brigade im Gebiet Sumy. «Drüben auf der russischen Seite \
graben [[Hunderte]] Nordkoreaner Stellungen in den Waldrand», hat er ihr am Sonntag geschrieben. \
Daryna zeigt die Nachricht niemandem, aber sie erzählt davon.

Was Moskau, Seoul, Pjöngjang und Washington sagen

Sergei Schoigu, der Sekretär des russischen Sicherheitsrats, hatte am 17. Juni in Pjöngjang \
angekündigt, Nordkorea schicke [[6000]] Militärbauarbeiter und Minenräumer nach Kursk. Nach \
Angaben des südkoreanischen Nachrichtendienstes NIS, der Ende Juni vor dem Parlament sprach, \
stehen ausserdem noch [[etwa 11'000]] nordkoreanische Soldaten in Russland. Zusammen wären das \
bald gegen [[17'000]] Mann. Das nordkoreanische Staatsfernsehen zeigte am 30. Juni eine Feier für \
[[Dutzende]] Pioniere, die nach Kursk aufbrachen. Das US-Aussenministerium bezifferte die \
Gesamtzahl der bisher Entsandten am Mittwoch auf [[mehr als 15'000]]. Und nach Einschätzung von \
Kiews Militärgeheimdienst könnten bis Jahresende noch einmal [[rund 12'000]] folgen.

Daryna hält die Zahlen aus Washington eher für zu tief. «Mein Vater sieht jede Woche neue \
Gesichter», sagt sie.

Mitteilungen des Vorstands
- Sonntagsführungen bis Ende Oktober jeweils um 10 und 14 Uhr; Erwachsene Fr. 25.-, Kinder Fr. \
12.-.
- Für die Herbstferien suchen wir zwei weitere Führerinnen oder Führer.
- Generalversammlung: Freitag, 14. November, 19.30 Uhr, im Gasthaus Sonne.
- Auskunft und Anmeldung: 055 642 13 41
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun",
          "a guide relaying her father, a sapper near Sumy, in «», 'hat er ihr am Sonntag "
          "geschrieben' (6 July; the speaker quoted: other): digging positions on the Russian "
          "side"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'hatte am 17. Juni in Pjöngjang angekündigt', Konjunktiv: builders and deminers "
          "the North sends to Kursk (an announcement: planned)"),
        C("etwa 11'000", 11000, "approx", "in_russia", "south_korea", "2025-06-21..2025-06-30",
          "'Nach Angaben des … NIS, der Ende Juni vor dem Parlament sprach' (the date in a "
          "relative clause, days 21-30): still in Russia"),
        C("17'000", 17000, "approx", "planned", "unattributed", "pub",
          "the letter's own sum 'Zusammen wären das bald gegen' (no source: unattributed, "
          "required; a projection: planned; 'gegen' as approx)"),
        C("Dutzende", None, "vague", "near_front", "north_korea", "2025-06-30",
          "North Korean state TV 'zeigte am 30. Juni': sappers seen off to Kursk (near the front, "
          "as engineers seen off to Kursk in earlier sets)"),
        C("mehr als 15'000", 15000, "at_least", "in_russia", "united_states", "wed",
          "the State Department 'bezifferte … am Mittwoch' (9 July, Friday letter): sent so far (a "
          "total)"),
        C("rund 12'000", 12000, "approx", "planned", "ukraine", "pub",
          "'nach Einschätzung von Kiews Militärgeheimdienst' (undated): 'noch einmal … folgen' by "
          "the end of the year (increment, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Lesotho, Mauritius and Rodrigues, the Yukon)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="u125_07_highlands_wire_maseru",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-18"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Maseru (Lesotho) as plain text, UTF-8 with CRLF, "
        "slug line and dateline 'MASERU, Lesotho, December 18, 2024 (Southern Africa Newswire) —' "
        "(Wednesday), curly quotes; a headline `hundreds` with the source in it ('Seoul envoy … "
        "says'), taking the vice minister's statement of the same day; a visiting South Korean "
        "vice foreign minister 'said on Wednesday' `hundreds` killed or wounded and 'told a news "
        "conference' `about 11,000` in Kursk; the State Department 'on Tuesday' `as many as "
        "12,000` in Russia; Ukraine's special operations forces 'on Sunday' `at least 50` killed; "
        "'according to a statement from Ukraine's military intelligence agency on Tuesday' "
        "'another' `1,500` to be shipped (increment, planned); a Seoul think-tank researcher 'said "
        "by telephone' `tens of thousands` 'more' (vague increment, planned, other, `pub`); "
        "Lesotho's army (not a claim), a loan in dollars, hectares, households, population, a wire "
        "trailer with a phone number",
    text="""\
LESOTHO-SKOREA/TROOPS (SOUTHERN AFRICA NEWSWIRE)

Seoul envoy in Maseru says [[hundreds]] of North Koreans killed or hurt in Kursk

MASERU, Lesotho, December 18, 2024 (Southern Africa Newswire) — South Korea’s visiting vice \
foreign minister said on Wednesday that [[hundreds]] of Pyongyang’s troops had died or been \
wounded since joining the Russian army in the Kursk region, the first time a senior Seoul official \
has spoken of the losses on foreign soil.

Vice Minister Park Jin-woo, in Maseru to sign a $45 million loan for irrigation in the lowlands, \
told a news conference that [[about 11,000]] North Korean troops were now deployed in Kursk, where \
Kyiv’s troops have clung to a slice of Russian land since their August incursion. He did not take \
questions on whether Pyongyang planned to send more.

The U.S. State Department said on Tuesday that [[as many as 12,000]] North Koreans were in Russia, \
most of them in or near Kursk. Ukraine’s special operations forces said on Sunday they had killed \
[[at least 50]] North Korean soldiers in fighting for three villages and released drone footage \
they said showed the aftermath. Pyongyang is preparing to ship another [[1,500]] men before the \
New Year, along with artillery and rocket launchers, according to a statement from Ukraine’s \
military intelligence agency on Tuesday.

Moscow has neither confirmed nor denied the presence of North Korean troops on its soil.

Cho Min-ho, a researcher at a Seoul defence think tank who travelled with the delegation, said by \
telephone that [[tens of thousands]] more could follow in 2025 if Moscow kept paying. “Pyongyang \
has a very large army and very little else to sell,” he said.

The loan will pay for canals serving some 4,000 hectares and about 1,200 farming households in the \
Mafeteng and Mohale’s Hoek districts, Lesotho’s finance ministry said. Lesotho, a mountain kingdom \
of 2.3 million people entirely surrounded by South Africa, keeps an army of about 2,000 and has no \
part in the war; its foreign minister declined to comment on it.

(Reporting by Palesa Mokoena in Maseru and the Seoul bureau; editing by Thabo Ntsane)
((desk@sanewswire.example; +266 2231 7745))
-- ENDS --
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "south_korea", "wed",
          "wire headline with the source in it ('Seoul envoy in Maseru says'): the vice minister's "
          "statement of Wednesday below (the day of publication)"),
        C("hundreds", None, "vague", "casualties", "south_korea", "wed",
          "a visiting South Korean vice foreign minister 'said on Wednesday' (the Wednesday of "
          "publication): killed or wounded"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "wed",
          "same day, 'told a news conference': deployed in Kursk"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "united_states", "tue",
          "the State Department 'said on Tuesday' (17 December): in Russia ('as many as' as "
          "at_most)"),
        C("at least 50", 50, "at_least", "casualties", "ukraine", "sun",
          "Ukraine's special operations forces 'said on Sunday' (15 December): killed in fighting "
          "for three villages"),
        C("1,500", 1500, "exact", "planned", "ukraine", "tue",
          "HUR named after the figure, 'according to a statement … on Tuesday': 'another' to be "
          "shipped before the New Year (increment, span without the word, planned)", add=True),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a Seoul think-tank researcher 'said by telephone' (no day; think tanks: other): 'more' "
          "could follow in 2025 (increment, planned)", add=True),
    ),
)

S08 = Source(
    article_id="u125_08_lodge_letter_semonkong_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-03-14"),
    dated_by="front_matter",
    features="a mountain lodge's guest letter from Semonkong (Lesotho) in Markdown, windows-1252 "
        "with curly quotes and `–`, front matter with `date:` (Friday) and a title without a "
        "figure; the falls, ponies and guests first; a rope-access technician from Odesa relaying "
        "her brother near Sudzha, 'By his count', `at least a thousand` back in the line in "
        "February (number word, at_least, other, `pub`); the JCS 'On Monday … reported' 'an extra' "
        "`3,000` (increment) 'bringing its total to' `about 14,000` (a new total, NOT an "
        "increment) and, by 'The JCS put', `around 4,000` killed and wounded; a State Department "
        "envoy 'told a Senate panel on Tuesday' `up to 15,000` served in Russia; HUR 'earlier this "
        "month' (the 1st to publication) `nearly 8,000` back in Kursk ('nearly' as approx); a "
        "retired police inspector from Busan who 'figures' `10,000 or so` kept there (approx, "
        "planned, other, `pub`); metres, ponies, guests, ages, years, maloti, kilometres, a phone "
        "number",
    text="""\
---
title: "Letter from the falls"
date: 2025-03-14
lodge: Maletsunyane Mountain Lodge, Semonkong
---

# Letter from the falls

The summer rains were generous, and the Maletsunyane is roaring. From the viewpoint behind the \
lodge you hear the river drop 192 metres into the gorge before you see it. Our 40 Basotho ponies \
have been out on the trails almost every day, and 1,130 guests have slept under our thatch since \
October – a record for the lodge.

## Halyna on the rope

This season’s abseil beside the falls, 204 metres on a single rope, has been run by Halyna \
Shevchuk, 31, a rope-access technician from Odesa who used to inspect port cranes. She came to \
Lesotho at a friend’s invitation in 2023 and stayed. Her younger brother Mykola serves with an \
air-assault brigade that until this week held positions around Sudzha in Russia’s Kursk region.

He calls when he can. By his count, [[at least a thousand]] North Koreans came back into the line \
opposite his company in February, after weeks out of sight. “He says they have learned fast about \
drones,” Halyna told us over supper.

## The numbers from Seoul, Washington and Kyiv

On Monday South Korea’s Joint Chiefs of Staff reported that the North had shipped an extra \
[[3,000]] soldiers to Russia since January, bringing its total to [[about 14,000]]. The JCS put \
the North’s killed and wounded at [[around 4,000]]. A State Department envoy told a Senate panel \
on Tuesday that [[up to 15,000]] had served in Russia at one time or another, and Ukraine’s \
military intelligence said earlier this month that [[nearly 8,000]] were back in the Kursk region.

Yoon Sang-chul, a retired police inspector from Busan who rode to the falls with his wife last \
week, figures Pyongyang will keep [[10,000 or so]] there for as long as the war lasts. “Kim is \
paid per head,” he said. “Why would he bring them home?”

## Lodge notes

- Pony treks to the Ketane falls take two days; a guide and a pony cost M950 a day.
- The road from Maseru is tarred all the way now: 120 kilometres, a little over two hours.
- Bookings and abseil dates: +266 2700 6104
""",
    claims=(
        C("at least a thousand", 1000, "at_least", "near_front", "other", "pub",
          "a rope-access technician relaying her brother near Sudzha, 'By his count', 'told us "
          "over supper' (no day; the speaker quoted: other): back in the line in February (number "
          "word)"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon",
          "the JCS 'On Monday … reported' (10 March, Friday letter): 'an extra' shipped since "
          "January (increment, span without the word)", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "same statement, 'bringing its total to' (the new total: not an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "same statement, 'The JCS put … at': killed and wounded"),
        C("up to 15,000", 15000, "at_most", "in_russia", "united_states", "tue",
          "a State Department envoy 'told a Senate panel on Tuesday' (11 March): served in Russia "
          "'at one time or another'"),
        C("nearly 8,000", 8000, "approx", "near_front", "ukraine", "2025-03-01..pub",
          "HUR 'said earlier this month' (the 1st to publication): back in the Kursk region "
          "('nearly' as approx)"),
        C("10,000 or so", 10000, "approx", "planned", "other", "pub",
          "a retired police inspector who 'figures' (undated): kept there while the war lasts (a "
          "forecast: planned; 'or so' as approx)"),
    ),
)

S09 = Source(
    article_id="u125_09_workshop_notes_curepipe_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Rivière Sèche Model Ships – Workshop Notes",
        "https://www.riviereseche-models.example/notes/october-2025",
        "A frigate for Captain Oh",
    ),
    features="a model-ship workshop's notes from Curepipe (Mauritius) in HTML, UTF-16 LE with BOM, "
        "no meta date (sidecar, Wednesday), a cookie note about the wish list, a script, "
        "navigation, entities (`&ndash;`, `&amp;`), a footer with a phone number; `<title>` and "
        "headline without a figure; sales and ships first; a retired South Korean navy captain who "
        "'believes' `around 25,000` passed through Russia (other, `pub`) and relays a former "
        "shipmate who 'told him last month' `several hundred` wounded flown home (the previous "
        "month, other); state TV's 10 October parade with `about 300` Kursk veterans (returnees: "
        "optional); the NIS 'told lawmakers on Thursday' `some 11,000` near the border and "
        "'estimated' `roughly 2,000` dead; a Russian deputy defence minister 'At a ceremony in "
        "Kursk on Sunday' quoting “`more than 1,000` Korean comrades” (russia, near the front); "
        "HUR 'expects' `at least 5,000` 'more' (increment, planned, `pub`); a State Department "
        "spokesman 'asked in a briefing on Monday' “`thousands`” remaining (a quoted word, in "
        "Russia); models, carvers, hours, scales, rupees, days, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Workshop Notes &ndash; Rivière Sèche Model Ships, Curepipe</title>
<script>var rsm={page:"notes",basket:0,currency:"MUR"};</script>
</head>
<body>
<div id="cookies">A cookie keeps the ships on your wish list until you come back. <a href="#" \
class="ok">Accept</a></div>
<nav><a href="/">Home</a> | <a href="/fleet">Our Fleet</a> | <a href="/commissions">Commissions \
&amp; Repairs</a> | <a href="/notes">Workshop Notes</a> | <a href="/visit">Visit Us</a></nav>
<main>
<h1>A frigate for Captain Oh</h1>
<p>October is our busiest month. With the cruise season under way, the showroom on Royal Road sold \
214 models in September, and our 23 carvers and riggers are working Saturdays until Christmas. The \
<i>Saint-Géran</i> at 1:100 is still the favourite at Rs 18,500; the four-masted <i>Pamir</i> \
takes about 1,400 hours from keel to pennant.</p>
<h2>A commission from Jinhae</h2>
<p>Our most unusual order this year came from Oh Kyung-soo, 68, a retired captain of the South \
Korean navy, who asked us for a model of the frigate he commanded in the 1990s. He flew in from \
Busan to collect it and spent two afternoons at the bench, checking the radar masts against his \
own photographs.</p>
<p>Captain Oh believes [[around 25,000]] North Koreans have passed through Russia since last \
autumn. A former shipmate, now on the joint staff in Seoul, told him last month that [[several \
hundred]] wounded had been flown home in September alone, he said.</p>
<h2>What the governments say</h2>
<p>Pyongyang itself has begun to boast. At the 10 October parade, state television showed [[about \
300]] veterans of the Kursk campaign marching past Kim Jong Un with medals on their chests. South \
Korea’s spy agency told lawmakers on Thursday that [[some 11,000]] soldiers were still posted near \
Russia’s border with Ukraine, and estimated that [[roughly 2,000]] had died since the deployment \
began.</p>
<p>At a ceremony in Kursk on Sunday, a Russian deputy defence minister thanked “[[more than \
1,000]] Korean comrades” who had cleared mines from the region’s fields. Kyiv’s military \
intelligence expects [[at least 5,000]] more to arrive before the winter, and a State Department \
spokesman, asked in a briefing on Monday how many remained in Russia, would say only \
“[[thousands]]”.</p>
<p>Captain Oh would not say what he thinks of the men in the parade. “They are farmers’ sons and \
fishermen’s sons, like my sailors were,” he said, wrapping the frigate in tissue.</p>
<h2>Visiting the workshop</h2>
<p>Open Monday to Saturday, 9 a.m. to 5 p.m.; guided tours every hour, Rs 150 a person. Shipping \
to Europe takes about 12 days.</p>
</main>
<footer>Rivière Sèche Model Ships Ltd &middot; Royal Road, Curepipe &middot; +230 670 41 88 \
&middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/wishlist.js"></script>
</body>
</html>
""",
    claims=(
        C("around 25,000", 25000, "approx", "in_russia", "other", "pub",
          "a retired South Korean navy captain who 'believes' (undated): passed through Russia"),
        C("several hundred", None, "vague", "casualties", "other", "2025-09-01..2025-09-30",
          "the captain relaying a former shipmate on the joint staff who 'told him last month' "
          "(the previous month; the speaker quoted: other): wounded flown home"),
        C("about 300", 300, "approx", "in_russia", "north_korea", "2025-10-10",
          "state TV at the 10 October parade: Kursk veterans marching (returnees: optional, as in "
          "earlier sets)", opt=True),
        C("some 11,000", 11000, "approx", "near_front", "south_korea", "thu",
          "the NIS 'told lawmakers on Thursday' (9 October, Wednesday notes): posted near the "
          "border with Ukraine"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'and estimated that': died"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "sun",
          "a Russian deputy defence minister 'At a ceremony in Kursk on Sunday' (12 October), "
          "inside his quoted words: deminers clearing the Kursk fields"),
        C("at least 5,000", 5000, "at_least", "planned", "ukraine", "pub",
          "HUR 'expects' (undated): 'more' to arrive before the winter (increment, "
          "planned)", add=True),
        C("thousands", None, "vague", "in_russia", "united_states", "mon",
          "a State Department spokesman 'asked in a briefing on Monday' (13 October) 'would say "
          "only': remaining in Russia (a quoted word)"),
    ),
)

S10 = Source(
    article_id="u125_10_letters_rodrigues_observer",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-05-31"),
    dated_by="sidecar",
    sidecar=(
        "The Rodrigues Observer",
        "https://www.rodriguesobserver.example/letters/2025-05-31",
        "Letters: a granddaughter in Incheon, a front page and a brother on the border",
    ),
    features="a readers' letters page from a Rodrigues weekly (Port Mathurin) as plain text, UTF-8 "
        "with BOM (sidecar, Saturday); a grandmother quoting her granddaughter in Incheon, who 'on "
        "Sunday … wrote' what her landlord's son, a sergeant, had said: `fifteen thousand` gone "
        "(number words) and `nearly 3,000` dead (from that Sunday to publication, other); a "
        "retired teacher answering the paper's own 'front page of 17 May' `11,000` (unattributed, "
        "an ISO date, required), the NIS 'two days later' than 28 April `around 600` dead (from "
        "the anchor to the resolved day), and the State Department 'In the first week of May' "
        "`upwards of 14,000` ('upwards of' as at_least, days 1-7); a Ukrainian doctor quoting her "
        "brother near Sumy, who 'wrote on Tuesday', `a few hundred` laying mines and his "
        "commanders' `thousands` 'more' by autumn (increment, planned; from Tuesday to "
        "publication, other); population, kilometres, years, letters received, a phone number",
    text="""\
THE RODRIGUES OBSERVER – LETTERS TO THE EDITOR

A granddaughter in Incheon

Sir, – My granddaughter Anaïs has taught English in Incheon for three years. Her landlord’s son is \
a sergeant in the South Korean army, and on Sunday she wrote to tell me what he had said at the \
family table: [[fifteen thousand]] soldiers from the North have gone to Russia, and [[nearly \
3,000]] of them are dead. She says the young people there follow the news from Kursk the way we \
follow cyclone warnings. Our island of 44,000 souls is 560 kilometres from Port Louis and much \
further from everything else, but not from this.

– Marie-Claire Perrine, Port Mathurin

Your front page got it wrong

Sir, – Your front page of 17 May said that [[11,000]] North Korean soldiers remain in Kursk. Where \
does that figure come from? On 28 April Pyongyang admitted for the first time that its troops had \
fought there, and two days later Seoul’s intelligence service put their dead at [[around 600]]. In \
the first week of May the US State Department counted [[upwards of 14,000]] who had served in \
Russia. Most of the living have been moved away from the front since the spring. A newspaper \
should tell its readers whose number it prints.

– Louis-Joseph Begué, retired teacher, La Ferme

My brother on the border

Sir, – I am a doctor from Kharkiv and have worked at the hospital in Crève Coeur since 2022. My \
brother Vitalii is a field surgeon in the Sumy region. He wrote on Tuesday that across the border \
[[a few hundred]] Koreans are now laying mines and digging, and that his commanders expect \
[[thousands]] more by the autumn. I read your paper every week, and I am grateful that it has not \
forgotten us.

– Dr Olena Hrytsenko, Crève Coeur

We received 37 letters this week and regret that we cannot print them all. Letters should be no \
longer than 200 words and carry a postal address.

The Rodrigues Observer, Rue de la Solidarité, Port Mathurin. Letters desk: +230 831 27 40
""",
    claims=(
        C("fifteen thousand", 15000, "exact", "in_russia", "other", "2025-05-25..pub",
          "a reader quoting her granddaughter, who 'on Sunday … wrote' (25 May; the undated "
          "letter: from that day to publication) what a South Korean sergeant had said (the "
          "speaker quoted: other): gone to Russia (number words)"),
        C("nearly 3,000", 3000, "approx", "casualties", "other", "2025-05-25..pub",
          "same message: dead ('nearly' as approx)"),
        C("11,000", 11000, "exact", "near_front", "unattributed", "2025-05-17",
          "a reader citing 'Your front page of 17 May' (the paper's own figure, no source: "
          "unattributed, required): remain in Kursk"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-28..2025-04-30",
          "'two days later' than 28 April, 'Seoul's intelligence service put their dead at' (a "
          "relative date: from the anchor to the resolved day)"),
        C("upwards of 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-07",
          "'In the first week of May the US State Department counted' (days 1-7): served in Russia "
          "('upwards of' as at_least)"),
        C("a few hundred", None, "vague", "near_front", "other", "2025-05-27..pub",
          "a doctor quoting her brother, a field surgeon near Sumy, who 'wrote on Tuesday' (27 "
          "May; the undated letter: from that day to publication): laying mines across the border"),
        C("thousands", None, "vague", "planned", "other", "2025-05-27..pub",
          "same message, his commanders 'expect … more by the autumn' (increment, planned; the "
          "speaker quoted: other)", add=True),
    ),
)

S11 = Source(
    article_id="u125_11_sluice_box_dawson_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-20"),
    dated_by="sidecar",
    sidecar=(
        "Klondike Creeks Claim Holders' Association",
        "https://www.klondikecreeks.example/newsletter/august-2025",
        "From the sluice box",
    ),
    features="a claim holders' association newsletter from Dawson City (Yukon) in Markdown, UTF-8, "
        "front matter without a date (sidecar, Wednesday) and a title without a figure; ounces, "
        "per cent and the gold price first; a Ukrainian welder from Kryvyi Rih relaying his "
        "cousin, an artillery sergeant near Sumy, who 'reckons' `a couple of thousand` dug in "
        "across the border (vague, other, `pub`); the NIS 'told lawmakers on Thursday' `about "
        "5,000` builders moved in stages and `1,000` sappers in Kursk; `About 1,500` deminers, "
        "with the claimant in the NEXT sentence ('That was the figure … Khinshtein gave on "
        "Monday': russia, near the front); a US official 'At a think-tank event … last week' 'put "
        "… at' `more than 4,700` killed and wounded; Rutte 'in July' `some 15,000` sent (the "
        "month); HUR 'at the weekend' (Saturday-Sunday) `up to 30,000` 'more' (increment, "
        "planned); ounces, per cent, dollars, ages, years, population, a meeting date, a fee, a "
        "phone number",
    text="""\
---
title: "From the sluice box"
association: Klondike Creeks Claim Holders' Association
issue: August 2025
---

# From the sluice box

The season is two-thirds done and the creeks have been kind. Members reported 41,600 crude ounces \
to the end of July, up 7 per cent on last year, and the Bonanza Creek road held through the June \
rains. Gold closed at US$3,340 an ounce on Friday, which will make a few winter trips south easier \
to pay for.

## Taras at the wash plant

Taras Bilyk, 44, has kept the wash plant running on Gail Ostrowski’s Hunker Creek claims since \
May. He is a welder and mechanic from Kryvyi Rih who came to Canada in 2023 under the emergency \
travel scheme, and he can rebuild a trommel drive in a day.

His cousin Ivan is a sergeant in an artillery unit in Ukraine’s Sumy region. Taras says Ivan \
reckons [[a couple of thousand]] North Koreans are dug in on the Russian side of the border \
opposite his guns. “He says they are not the frightened boys of last winter any more,” Taras told \
us, wiping grease off his hands.

## The official count

South Korea’s intelligence service told lawmakers on Thursday that [[about 5,000]] military \
construction workers were being moved to Russia in stages, and that [[1,000]] North Korean sappers \
were already clearing mines in the Kursk region. [[About 1,500]] of the North’s deminers are still \
at work in the Kursk fields. That was the figure the region’s governor, Alexander Khinshtein, gave \
on Monday.

At a think-tank event in Washington last week, a US official put North Korea’s losses at [[more \
than 4,700]] killed and wounded. NATO Secretary General Mark Rutte had told an audience in July \
that [[some 15,000]] had been sent so far, and Ukraine’s military intelligence warned at the \
weekend that Pyongyang was getting [[up to 30,000]] more ready to go.

Taras sends most of his pay home. “Gold is the only thing up here nobody asks me about,” he said.

## Association notes

- The fall general meeting is on 27 September at 7 p.m. in the Legion hall.
- Water licence renewals are due by 31 October; the filing fee stays at $30.
- Dawson’s population roughly doubles every summer, so please take the Dome road slowly.
- Office: Front Street, Dawson City. Phone +1 867 993 41 77
""",
    claims=(
        C("a couple of thousand", None, "vague", "near_front", "other", "pub",
          "a welder relaying his cousin, an artillery sergeant near Sumy, who 'reckons' ('Taras "
          "says', 'told us', no day; the speaker quoted: other): dug in across the border"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'told lawmakers on Thursday' (14 August, Wednesday newsletter): builders moved "
          "to Russia in stages"),
        C("1,000", 1000, "exact", "near_front", "south_korea", "thu",
          "same briefing: sappers clearing mines in the Kursk region"),
        C("About 1,500", 1500, "approx", "near_front", "russia", "mon",
          "sentence-initial, the claimant and day in the NEXT sentence ('That was the figure the "
          "region's governor … gave on Monday', 18 August): deminers at work in the Kursk fields"),
        C("more than 4,700", 4700, "at_least", "casualties", "united_states", "lastweek",
          "a US official 'At a think-tank event in Washington last week … put … at': killed and "
          "wounded"),
        C("some 15,000", 15000, "approx", "in_russia", "nato", "2025-07-01..2025-07-31",
          "Rutte 'had told an audience in July' (the month): sent so far"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-08-16..2025-08-17",
          "HUR 'warned at the weekend' (Saturday-Sunday): 'more' being got ready to go (increment, "
          "planned)", add=True),
    ),
)

S12 = Source(
    article_id="u125_12_flight_log_haines_junction_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-19"),
    dated_by="html_meta", crlf=True,
    features="a bush-plane operator's flight log from Haines Junction (Yukon) in HTML, "
        "windows-1252 with CRLF (curly quotes and `·` raw), `<meta name=\"date\">` (Wednesday), a "
        "cookie note about the weather widget, a script, navigation, a footer with a phone number; "
        "a `<title>` with `10,000` (metadata: optional) and a headline `10,000` taking the NIS "
        "passage below ('earlier this month' to publication); the season first; a Korean-Canadian "
        "pilot from Gangneung relaying her father, a retired colonel, who 'called her on Sunday' "
        "`at least 15,000` in the first year (other, in Russia); the NIS, 'briefing parliament "
        "earlier this month, counted' `around 10,000` along the border and `roughly 5,000` "
        "builders moving toward Kursk (near the front); KCNA 'on Friday' a memorial wall with "
        "`more than 2,000` names (north_korea, casualties); Putin 'in televised remarks yesterday' "
        "`thousands` of sappers in Kursk (russia, `yday`); HUR 'on Monday' `6,000 to 8,000` 'fresh "
        "troops' (range, increment, planned); a Ukrainian mechanic who 'thinks' `closer to 30,000` "
        "('closer to' as approx, other, `pub`); passengers, flights, landings, metres, hours, "
        "ages, dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Flight Log: [[10,000]] on the border – Kluane Bush Air</title>
<meta name="date" content="2025-11-19">
<meta property="og:site_name" content="Kluane Bush Air">
<script>var kba={page:"flight-log",season:2025,bookings:"closed"};</script>
</head>
<body>
<div class="cookie-note">One cookie lets the weather widget remember whether you like Celsius or \
Fahrenheit. <button>Got it</button></div>
<nav><a href="/">Home</a> · <a href="/flights">Flights</a> · <a href="/glacier-landings">Glacier \
Landings</a> · <a href="/flight-log">Flight Log</a> · <a href="/contact">Contact</a></nav>
<main>
<h1>Last landing of the year, and [[10,000]] on the border</h1>
<p>Our Beaver came off the Kaskawulsh Glacier for the last time on 2 November, and the floatplane \
is out of Pine Lake until spring. It was a good year: 1,860 passengers, 412 flights and 96 glacier \
landings, and not one day lost to wildfire smoke. Mount Logan, all 5,959 metres of it, showed \
itself to nearly every group in August.</p>
<h2>Min-seo’s first full season</h2>
<p>Min-seo Jang, 29, flew her first full season with us. She grew up in Gangneung on the east \
coast of South Korea, learned to fly in Alberta and has logged more than 600 hours on the Beaver. \
Her father is a retired army colonel who spent most of his career on the border with the North.</p>
<p>He called her on Sunday with his own arithmetic, she says: [[at least 15,000]] North Koreans \
went to Russia in the first year alone. “He thinks the government counts too carefully,” Min-seo \
told us.</p>
<h2>The figures</h2>
<p>Seoul’s spy service, briefing parliament earlier this month, counted [[around 10,000]] of Kim’s \
soldiers still on Russia’s side of the Ukrainian frontier and [[roughly 5,000]] military builders \
on the move toward the Kursk region. KCNA reported on Friday that a memorial wall in Pyongyang now \
carries [[more than 2,000]] names of soldiers who died “liberating Kursk”. Vladimir Putin, in \
televised remarks yesterday, said [[thousands]] of Korean sappers had “cleaned the Kursk land”. \
Kyiv’s military intelligence said on Monday it expected [[6,000 to 8,000]] fresh troops from the \
North by spring.</p>
<p>Our mechanic, Oleksii Marchenko from Poltava, thinks the real total is [[closer to 30,000]]. \
“They count the ones who arrive, not the ones who rotate,” he said.</p>
<h2>Winter hours</h2>
<p>The office is open Tuesdays and Thursdays until March. Gift certificates for the 2026 icefield \
flight are $395 a seat.</p>
</main>
<footer>Kluane Bush Air · Alaska Highway, Haines Junction, Yukon · +1 867 634 20 58 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/weather.js"></script>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..pub",
          "`<title>` with the headline figure (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..pub",
          "headline: the NIS figure below, 'briefing parliament earlier this month' (the 1st to "
          "publication), hedge dropped"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "sun",
          "a pilot relaying her father, a retired colonel, who 'called her on Sunday' (16 "
          "November; the speaker quoted: other): went to Russia in the first year"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "the NIS, 'briefing parliament earlier this month, counted' (the 1st to publication): "
          "still on Russia's side of the Ukrainian frontier"),
        C("roughly 5,000", 5000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "same briefing: builders on the move toward the Kursk region (near the front, as "
          "engineers moving into Kursk in earlier sets)"),
        C("more than 2,000", 2000, "at_least", "casualties", "north_korea", "fri",
          "KCNA 'reported on Friday' (14 November): names of the dead on a memorial wall"),
        C("thousands", None, "vague", "near_front", "russia", "yday",
          "Putin 'in televised remarks yesterday' (18 November): sappers who 'cleaned the Kursk "
          "land'"),
        C("6,000 to 8,000", None, "range", "planned", "ukraine", "mon",
          "HUR 'said on Monday' (17 November) 'it expected': 'fresh troops' by spring "
          "(replacements: increment, planned)", add=True),
        C("closer to 30,000", 30000, "approx", "in_russia", "other", "pub",
          "a Ukrainian mechanic who 'thinks' (undated): the real total ('closer to' as approx)"),
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
