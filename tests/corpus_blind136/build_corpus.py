"""Build the HUNDRED-AND-THIRTY-SIXTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-eighth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
mushroom friends' circle's letter from Weißenstadt in the Fichtelgebirge with a Korean nurse from
Yangyang, a snowshoe guides' winter letter from Obergurgl in the Ötztal (Austrian conventions)
with a former Carpathian mountain rescuer from Vorokhta, a ski-lift co-operative's members' letter
from Bosco Gurin in the Ticino (Swiss conventions) with a Korean ski instructor from Pyeongchang,
a traditional sailing-boat (Zeesenboot) friends' circular from Prerow on the Darß with an
apprentice boatbuilder from Kiliia in the Danube delta, a charcoal burners' society's letter from
Masserberg on the Rennsteig with a Korean forestry student from Chuncheon, and a mudflat guides'
page from Butjadingen with a marine biologist from Odesa; an agency-style wire report from Kirkenes
on the Norwegian-Russian border, a readers' letters page from a Darjeeling hill weekly with
letters quoting a nephew in a Russian hospital and a daughter in Busan, a forest guides'
association's notes from Praslin (Seychelles) with a plant geneticist from Busan, a hooked-rug
co-operative's newsletter from Chéticamp on Cape Breton with a newcomer from Poltava, a ghost-town
guides' circle's notes from Lüderitz (Namibia) with a retired colonel trained in Pyongyang, and a
sail loft's letter from English Harbour (Antigua) with a sailmaker from Mykolaiv. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind136_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Upper Franconia's Fichtelgebirge, Tyrol, Ticino, Western Pomerania,
# Thuringia, Lower Saxony)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s136_01_pilzbrief_weissenstadt_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-31"),
    dated_by="html_meta",
    features="a mushroom friends' circle's letter from Weißenstadt (Fichtelgebirge) in HTML, "
        "UTF-8, `article:published_time` +01:00 (Thursday), a cookie line about the find map, "
        "a page script, navigation, a footer with an emergency line and a phone number; "
        "`<title>` and headline without a figure; the mushroom season first; a Korean nurse "
        "from Yangyang relaying her brother, a reservist ('er schrieb ihr', no day), "
        "`Zehntausenden` Kim will send in the end (other, planned, `pub`); the NIS 'am 23. "
        "Oktober' `rund 3.000` brought to Russia and, Konjunktiv, `etwa 10.000` by December "
        "(planned); the Pentagon 'Am Montag legte … nach' `Ungefähr 10.000` in training "
        "(sentence-initial hedge) with 'davon' `einige tausend` moved closer to Ukraine (a "
        "breakdown, near the front); HUR 'vorgestern' `7.000` in the border regions (an ISO "
        "date); Rutte without a figure; North Korea's army as a whole (`über einer Million`, "
        "not a claim); kilos, species, visitors, toadstools, euros, places, a date, a postcode, "
        "phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pilzbrief Herbst 2024 &ndash; Pilzfreunde Weißenstadt</title>
<meta property="article:published_time" content="2024-10-31T09:15:00+01:00">
<meta property="og:site_name" content="Pilzfreunde Weißenstadt e.V.">
<script>var pfw={seite:"pilzbrief",fundkarte:"aus",saison:2024};</script>
</head>
<body>
<div id="cookiezeile">Ein Cookie merkt sich, ob Sie unsere Fundkarte schon einmal geöffnet haben. \
Mehr nicht. <button>Einverstanden</button></div>
<nav><a href="/">Startseite</a> | <a href="/beratung">Pilzberatung</a> | <a \
href="/pilzbrief">Pilzbrief</a> | <a href="/termine">Termine</a> | <a \
href="/verein">Verein</a></nav>
<article>
<h1>Ein Herbst voller Steinpilze</h1>
<p>So ein Jahr hatten wir lange nicht. Nach dem nassen September standen die Fichtenwälder rund \
um den Weißenstädter See voller Steinpilze und Maronen, und unsere Beratungsstelle im Rathaus \
hatte an manchen Montagen mehr Körbe als Stühle. Unsere vier Pilzsachverständigen haben in dieser \
Saison 38 Kilo Pilze begutachtet und dabei 14 Grüne Knollenblätterpilze aus den Körben geholt. \
Zur Pilzausstellung im Kurhaus kamen an einem Wochenende fast 1.400 Besucher; gezeigt wurden 212 \
Arten, so viele wie noch nie.</p>
<h2>Kiefernpilze aus Yangyang</h2>
<p>Eine der fleißigsten Sammlerinnen in diesem Herbst war Choi Min-seo, 31, Krankenschwester im \
Klinikum Marktredwitz. Sie stammt aus Yangyang an der koreanischen Ostküste, wo im Herbst der \
Kiefernpilz Songi gesammelt und teurer gehandelt wird als Rindfleisch. &bdquo;Im Fichtelgebirge \
finde ich keinen Songi, aber Pfifferlinge, und niemand verlangt Eintritt für den Wald&ldquo;, \
sagt sie.</p>
<p>Seit einer Woche liest Min-seo in den Pausen vor allem Nachrichten aus Seoul. Ihr Bruder ist \
Reservist in Gangneung; er schrieb ihr, in seiner Einheit rechne man mit [[Zehntausenden]] \
Nordkoreanern, die Kim am Ende nach Russland schicken werde.</p>
<h2>Was bisher bekannt ist</h2>
<p>Der südkoreanische Geheimdienst NIS hatte am 23. Oktober den Abgeordneten in Seoul berichtet, \
[[rund 3.000]] Soldaten aus dem Norden befänden sich schon in Russland; bis Dezember \
würden es nach seiner Einschätzung [[etwa 10.000]]. Am Montag legte das Pentagon nach: [[Ungefähr \
10.000]] Nordkoreaner würden inzwischen im Osten Russlands ausgebildet, und [[einige tausend]] \
davon seien schon näher an die Ukraine verlegt worden. Der ukrainische Militärgeheimdienst \
meldete vorgestern, [[7.000]] Nordkoreaner seien in den Grenzgebieten zur Ukraine angekommen, \
ausgerüstet mit russischen Uniformen und Waffen.</p>
<p>Nato-Generalsekretär Mark Rutte bestätigte zu Wochenbeginn in Brüssel, dass nordkoreanische \
Einheiten ins Gebiet Kursk verlegt worden seien; eine Zahl nannte er nicht. Nordkoreas Armee gilt \
mit über einer Million Soldaten als eine der größten der Welt.</p>
<h2>Termine</h2>
<p>Letzte Pilzberatung der Saison: Montag, 11. November, 17 bis 19 Uhr im Rathaus. Der Pilzkurs \
für Einsteiger im nächsten Herbst kostet 25 Euro und ist auf 20 Plätze begrenzt.</p>
</article>
<footer>Pilzfreunde Weißenstadt e.V. &middot; Kirchplatz 5 &middot; 95163 Weißenstadt &middot; \
Pilz-Notdienst 0171 522 30 18 &middot; Beratung 09253 62 84 19 &middot; <a \
href="/impressum">Impressum</a></footer>
<script src="/js/fundkarte.js?v=2"></script>
</body>
</html>
""",
    claims=(
        C("Zehntausenden", None, "vague", "planned", "other", "pub",
          "a Korean nurse relaying her brother, a reservist ('er schrieb ihr', no day; the "
          "speaker quoted: other), Konjunktiv: how many Kim will send in the end (a forecast)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'hatte am 23. Oktober den Abgeordneten … berichtet', Konjunktiv: in Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same briefing, Konjunktiv, 'nach seiner Einschätzung': by December (a forecast)"),
        C("Ungefähr 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'Am Montag legte … nach' (28 October, Thursday letter), after a colon, "
          "the hedge starting the sentence: in training in Russia's east"),
        C("einige tausend", None, "vague", "near_front", "united_states", "mon",
          "same statement, 'davon' (a breakdown, not an increment): moved closer to Ukraine"),
        C("7.000", 7000, "exact", "near_front", "ukraine", "2024-10-29",
          "HUR 'meldete vorgestern' (two days before the Thursday: 29 October): arrived in the "
          "regions bordering Ukraine"),
    ),
)

S02 = Source(
    article_id="s136_02_winterbrief_obergurgl",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Schneeschuhführer Obergurgl – Winterbrief",
        "https://www.schneeschuh-obergurgl.example/winterbrief/jaenner-2025",
        "Stille Spuren im Jänner",
    ),
    features="a snowshoe guides' winter letter from Obergurgl (Ötztal, Tyrol) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Thursday), Austrian "
        "conventions (`Jänner`, `heuer`, `Feber`, `Vergelt's Gott`); the season first; a former "
        "mountain rescuer from Vorokhta relaying his brother's voice message 'Am Sonntag' "
        "(Konjunktiv) `einige hundert` opposite their positions near Sudzha (other); the NIS 'am "
        "Montag vergangener Woche' `rund 300` fallen and `etwa 2.700` wounded (an ISO date); "
        "Zelensky 'am 11. Jänner' `zwei` captured (number word, casualties); a White House "
        "spokesman 'am Dienstag' losses 'in die `Tausende`'; the Pentagon 'ging zuletzt … aus' "
        "`etwa 11.000` in the Kursk area (`pub`); HUR 'nach Angaben' `bis zu 8.000` 'als "
        "Verstärkung' (increment, planned, `pub`); Russian losses a day, altitude, days, "
        "guests, kilometres, metres, euros, donations, a phone number",
    text="""\
Schneeschuhführer Obergurgl – Winterbrief

Stille Spuren im Jänner

Liebe Gäste, liebe Freunde,

der Jänner ist bei uns der stillste Monat, und heuer ist er auch der schönste seit Langem. Seit \
Weihnachten liegt oberhalb von 2.000 Metern Pulverschnee, das Rotmoostal ist fast unverspurt, und \
die Lawinengefahr war an 19 von 23 Tagen gering. Unsere sieben Führerinnen und Führer waren bis \
gestern mit 486 Gästen unterwegs. Am beliebtesten bleibt die Vollmondtour zur Schönwieshütte, 4,5 \
Kilometer und 350 Höhenmeter.

Ein Bergretter aus den Karpaten

Seit Dezember gehört Bohdan Melnytschuk, 36, zu unserem Team. Zwölf Jahre lang war er Bergretter \
in Worochta in den ukrainischen Karpaten, wo im Winter ganze Dörfer eingeschneit sind; bei uns \
hat er die österreichische Ausbildung nachgeholt. „Hier ist der Schnee trockener, und niemand \
schießt“, sagt er.

Sein jüngerer Bruder Dmytro steuert Drohnen für eine Brigade, die seit dem Sommer im russischen \
Gebiet Kursk kämpft. Am Sonntag kam von ihm eine Sprachnachricht, die Bohdan uns abends in der \
Stube vorgespielt hat. Gegenüber ihren Stellungen bei Sudscha lägen inzwischen [[einige hundert]] \
Nordkoreaner, sagte Dmytro; sie griffen in dichten Reihen an, auch über offenes Feld, und ließen \
ihre Verwundeten liegen.

Was die Regierungen melden

Die amtlichen Zahlen klingen nüchterner. Der südkoreanische Geheimdienst NIS unterrichtete am \
Montag vergangener Woche die Abgeordneten in Seoul: [[rund 300]] Nordkoreaner seien gefallen und \
[[etwa 2.700]] verwundet. Präsident Selenskyj hatte am 11. Jänner bekanntgegeben, ukrainische \
Soldaten hätten [[zwei]] Nordkoreaner gefangen genommen. Ein Sprecher des Weißen Hauses erklärte \
am Dienstag, die Verluste der Nordkoreaner gingen inzwischen in die [[Tausende]]. Das Pentagon \
ging zuletzt von [[etwa 11.000]] Nordkoreanern im Raum Kursk aus. Und nach Angaben des \
ukrainischen Militärgeheimdienstes will Pjöngjang [[bis zu 8.000]] Mann als Verstärkung schicken.

Moskau schweigt zu alldem. Dafür meldet der Generalstab in Kiew jeden Tag, wie viele russische \
Soldaten gefallen oder verwundet sind; zuletzt waren es mehr als 1.600 an einem einzigen Tag.

Hinweise
– Im Feber gibt es jeden Mittwoch eine Abendtour mit Stirnlampe, Treffpunkt 18 Uhr beim Kirchplatz.
– Leihausrüstung (Schneeschuhe und Stöcke) kostet 15 Euro am Tag.
– Für Bohdans Bruder und seine Einheit haben unsere Gäste bisher 2.340 Euro gespendet. Vergelt's \
Gott!
– Anmeldung: 05256 62 18 40
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun",
          "a snowshoe guide relaying his brother's voice message that came 'Am Sonntag' (19 "
          "January; 'sagte Dmytro', the speaker quoted: other), Konjunktiv: opposite their "
          "positions near Sudzha"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'unterrichtete am Montag vergangener Woche die Abgeordneten' (the Monday of "
          "the week before: 13 January): fallen"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "2025-01-13",
          "same briefing, Konjunktiv: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'hatte am 11. Jänner bekanntgegeben': captured (number word)"),
        C("Tausende", None, "vague", "casualties", "united_states", "tue",
          "a White House spokesman 'erklärte am Dienstag' (21 January): losses 'gingen … in die "
          "Tausende' (the span without 'in die')"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "pub",
          "the Pentagon 'ging zuletzt … aus' (no day): in the Kursk area"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "pub",
          "'nach Angaben des ukrainischen Militärgeheimdienstes' (undated): 'als Verstärkung' "
          "Pyongyang wants to send (reinforcements: increment, planned)", add=True),
    ),
)

S03 = Source(
    article_id="s136_03_skilift_bosco_gurin_md",
    language="de", fmt="md", encoding="latin-1", published=day("2024-12-06"),
    dated_by="front_matter",
    features="a ski-lift co-operative's members' letter from Bosco Gurin (Ticino, the Walser "
        "village) in Markdown, ISO-8859-1, Swiss conventions (`ss`, «», `1'503`, `1'128`, "
        "`12'000`, `25'000`, `11'000`, `10'000`), front matter with `date:` (Friday) and a "
        "title without a figure; the season first; a Korean ski instructor from Pyeongchang "
        "who 'glaubt' «`gegen 25'000`» sent in the end ('gegen' as approx, planned, other, "
        "`pub`); the Pentagon 'am Montag', named after the figure ('so stand es … in einer "
        "Mitteilung'), `rund 11'000` in Kursk; the NIS 'Ende November' `mehr als 10'000` in "
        "Russia and, carried by 'der Dienst', `mehrere tausend` in 'Weitere Verlegungen' "
        "(increment, planned); South Korean papers `etwa 500` officers (unattributed, `pub`); "
        "HUR `Dutzende` killed (`pub`); Rutte 'vergangene Woche' «`Tausenden`» at the front; "
        "snow, altitude, francs, members, a meeting date, a phone number",
    text="""\
---
title: "Mitgliederbrief zum Saisonstart"
date: 2024-12-06
genossenschaft: Skilift Bosco Gurin
ausgabe: Winter 2024/25
---

# Der Lift läuft wieder

Liebe Genossenschafterinnen und Genossenschafter

Es hat geschneit, und zwar richtig. Seit Ende November liegen oben an der Bergstation 85 \
Zentimeter Schnee, unten im Dorf auf 1'503 Metern sind es immerhin 40. Am Samstag, 14. Dezember, \
nehmen wir den Betrieb auf. Die Tageskarte kostet weiterhin 38 Franken, für Kinder 22 Franken. \
Unsere Genossenschaft zählt inzwischen 1'128 Mitglieder, so viele wie nie, und die Gemeinde hat \
12'000 Franken an die neue Beschneiungsleitung beigetragen.

## Eine Skilehrerin aus Pyeongchang

Neu in der Skischule ist Lee Soo-ah, 29, aus Pyeongchang, wo 2018 die Olympischen Winterspiele \
stattfanden. Nach einem Austauschjahr in Luzern wollte sie unbedingt in ein Walserdorf. In \
unserem alten Ggurijnartitsch kann sie schon «Grüessech» und «Schnee» sagen, was mehr ist, als \
mancher Tessiner aus dem Tal weiss.

Ihr älterer Bruder ist Hauptmann bei einer Division in Yanggu, direkt an der Grenze zum Norden, \
und was er erzählt, klingt nicht nach Ferien. Soo-ah glaubt, dass Pjöngjang am Ende «[[gegen \
25'000]]» Soldaten nach Russland schicken wird. «Kim verkauft seine Jungen, und Putin bezahlt mit \
Raketentechnik», sagt sie.

## Was aus den Hauptstädten zu hören ist

Washington zählt inzwischen [[rund 11'000]] Nordkoreaner in der Region Kursk; so stand es am \
Montag in einer Mitteilung des Pentagons. Der Nachrichtendienst in Seoul hatte schon Ende \
November gemeldet, es seien [[mehr als 10'000]] in Russland, ein Teil davon kämpfe bereits. \
Weitere Verlegungen hält der Dienst für wahrscheinlich, womöglich noch einmal [[mehrere tausend]] \
Mann. Südkoreanische Zeitungen schreiben, unter den Entsandten seien [[etwa 500]] Offiziere.

Nach Angaben des ukrainischen Militärgeheimdienstes sind bei Gefechten im Gebiet Kursk bereits \
[[Dutzende]] Nordkoreaner getötet worden. Nato-Generalsekretär Mark Rutte sprach vergangene Woche \
in Brüssel von «[[Tausenden]]» Soldaten aus dem Norden an der Front. Moskau bestreitet weiterhin \
jede Beteiligung.

## Mitteilungen

- Generalversammlung: Samstag, 12. April 2025, 17 Uhr, im Saal der Casa Walser.
- Wer im Dezember beim Pistenbau hilft, fährt eine Woche gratis. Anmeldung beim Betriebsleiter, \
Telefon 091 754 19 02.
- Der Traum vom Sessellift bleibt ein Traum: Die Offerte liegt bei 4,2 Millionen Franken.
""",
    claims=(
        C("gegen 25'000", 25000, "approx", "planned", "other", "pub",
          "a Korean ski instructor 'glaubt' (undated), in «»: sent in the end ('gegen' as "
          "approx, a forecast: planned)"),
        C("rund 11'000", 11000, "approx", "near_front", "united_states", "mon",
          "'Washington zählt …; so stand es am Montag in einer Mitteilung des Pentagons' (the "
          "source and day after the figure; 2 December, Friday letter): in the Kursk region"),
        C("mehr als 10'000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-21..2024-11-30",
          "the NIS 'hatte schon Ende November gemeldet' (day 21 to the month's end): in Russia"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "2024-11-21..2024-11-30",
          "carried by 'hält der Dienst für wahrscheinlich': 'Weitere Verlegungen … noch einmal' "
          "(increment, planned)", add=True),
        C("etwa 500", 500, "approx", "in_russia", "unattributed", "pub",
          "'Südkoreanische Zeitungen schreiben' (press reports without a source: unattributed, "
          "required): officers among those sent (a breakdown)"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): killed in fighting"),
        C("Tausenden", None, "vague", "near_front", "nato", "lastweek",
          "Rutte 'sprach vergangene Woche in Brüssel von', in «»: at the front"),
    ),
)

S04 = Source(
    article_id="s136_04_zeesenboote_prerow_rundbrief",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-14"),
    dated_by="dateline",
    features="a traditional sailing-boat (Zeesenboot) friends' circular from Prerow on the Darß "
        "as plain text, ISO-8859-1 with »« quotes, dated by the place line 'Prerow, 14. März "
        "2025' (Friday); the winter's work in the boat shed first; an apprentice boatbuilder "
        "from Kiliia in the Danube delta relaying his cousin, whose message came 'Vergangene "
        "Woche', `mehrere tausend` back at the front (other, `lastweek`); Seoul's joint chiefs "
        "'am Montag' `rund 3.000` 'zusätzliche' (increment) and, by 'bezifferte er', `etwa "
        "4.700` dead and wounded; a senior US official 'am Mittwoch' `knapp 12.000` ('knapp' "
        "as approx); HUR 'Laut' 'weitere' `3.000 bis 5.000` by summer (range, increment before "
        "the figure, planned, `pub`); 'Aus dem Nato-Hauptquartier hieß es' `mindestens 1.000` "
        "dead (`pub`); a Washington think tank 'schätzt' `Hunderte` fallen (other, `pub`); "
        "boats, planks, litres, square metres, years, ages, euros, dates, a phone number",
    text="""\
FREUNDESKREIS ZEESENBOOTE DARSS e.V.
Rundbrief an Mitglieder und Eigner

Prerow, 14. März 2025

Liebe Mitglieder, liebe Eignerinnen und Eigner,

noch liegen unsere Boote in der Halle am Prerower Strom, aber die Winterarbeit ist fast \
geschafft. Seit November haben Ehrenamtliche an 11 der 17 Zeesenboote des Vereins gearbeitet, 46 \
Planken ersetzt und an die 300 Liter Leinöl und Holzteer verstrichen. Die »Hoffnung«, Baujahr \
1908, bekommt ein neues Großsegel aus braunem Tuch, 38 Quadratmeter groß. Spielt das Wetter mit, \
gehen die ersten Boote Mitte April wieder ins Wasser.

Ein Lehrling aus dem Donaudelta

Seit Oktober lernt Andrij Stojan, 22, in der Bootswerft in Wieck das Handwerk des \
Holzbootsbauers. Er stammt aus Kilija im ukrainischen Donaudelta, wo die Fischer noch mit flachen \
Holzbooten durch die Schilfkanäle fahren. »Bei uns baut man ein Boot, damit es schwimmt, hier \
baut man es, damit es hundert Jahre hält«, sagt er.

Sein Cousin Mykola kämpft in einer Marineinfanteriebrigade im Gebiet Kursk. Vergangene Woche \
schrieb er Andrij, die Nordkoreaner seien nach einer Pause zurück an der Front, [[mehrere \
tausend]] Mann, und diesmal besser ausgerüstet als im Winter. Andrij liest solche Nachrichten \
abends im Wohnheim; morgens steht er wieder an der Hobelbank.

Die Lage nach amtlichen Angaben

Auch die Regierungen melden, dass die Nordkoreaner wieder kämpfen. Der Generalstab in Seoul \
teilte am Montag mit, der Norden habe seit Jahresbeginn [[rund 3.000]] zusätzliche Soldaten nach \
Russland verlegt; die Verluste der Nordkoreaner bezifferte er auf [[etwa 4.700]] Tote und \
Verwundete. Ein hoher US-Beamter sprach am Mittwoch von [[knapp 12.000]] Nordkoreanern, die \
wieder im Raum Kursk eingesetzt würden.

Laut Kiews Militärgeheimdienst könnten bis zum Sommer weitere [[3.000 bis 5.000]] nachkommen. Aus \
dem Nato-Hauptquartier hieß es, man gehe von [[mindestens 1.000]] Toten aus. Das Institute for \
the Study of War in Washington schätzt, dass bei den Gegenangriffen um Sudscha seit Februar \
[[Hunderte]] Nordkoreaner gefallen sind. Moskau spricht weiterhin nicht über seine Verbündeten.

Termine und Hinweise
- Slippen der Boote: Samstag, 12. April, ab 9 Uhr am Strom; helfende Hände sind willkommen.
- Zeesenbootregatta auf dem Bodden: 23. August.
- Jahresbeitrag 60 Euro, für Eigner 120 Euro.
- Geschäftsstelle: Hafenstraße 3, 18375 Prerow, Telefon 038233 61 94
""",
    claims=(
        C("mehrere tausend", None, "vague", "near_front", "other", "lastweek",
          "an apprentice relaying his cousin, a marine in Kursk, whose message came 'Vergangene "
          "Woche' (the speaker quoted: other), Konjunktiv: back at the front"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "Seoul's joint chiefs 'teilte am Montag mit' (10 March, Friday circular): "
          "'zusätzliche' moved to Russia since January (increment, span without the word)",
          add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement, 'bezifferte er' (pronoun): dead and wounded"),
        C("knapp 12.000", 12000, "approx", "near_front", "united_states", "wed",
          "a senior US official 'sprach am Mittwoch von' (12 March): deployed again in the "
          "Kursk area ('knapp' as approx)"),
        C("3.000 bis 5.000", None, "range", "planned", "ukraine", "pub",
          "'Laut Kiews Militärgeheimdienst' (undated): 'weitere' could follow by summer (range, "
          "increment before the figure, planned)", add=True),
        C("mindestens 1.000", 1000, "at_least", "casualties", "nato", "pub",
          "'Aus dem Nato-Hauptquartier hieß es' (no day): dead"),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "a Washington think tank 'schätzt' (undated; think tanks: other): fallen in the "
          "counter-attacks around Sudzha since February"),
    ),
)

S05 = Source(
    article_id="s136_05_koehlerbrief_masserberg_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Köhlerverein am Rennsteig – Köhlerbrief",
        "https://www.koehlerverein-masserberg.example/koehlerbrief/herbst-2025",
        "Köhlerbrief: Der Herbstmeiler ist aus",
    ),
    features="a charcoal burners' society's letter from Masserberg on the Rennsteig (Thuringian "
        "Forest) in Markdown, UTF-8 with BOM, front matter without a date (sidecar, Thursday) "
        "and a title without a figure; the autumn kiln first; a Korean forestry student from "
        "Chuncheon relaying her cousin, a conscript, who wrote 'am Wochenende' (Konjunktiv) "
        "`bis zu 30.000` passed through Russia (other, the weekend before publication); the NIS "
        "'Am Dienstag' `rund 10.000` in the border area, `etwa 5.000` engineers and builders "
        "across Russia, and, 'warnte der Dienst', `einige tausend` to 'nachschieben' (increment "
        "by the verb, planned); the Kursk governor 'am Montag' `gut 1.500` deminers (russia, "
        "near the front); HUR 'hält … dagegen' `weniger als 10.000` ('weniger als' as at_most, "
        "`pub`); state TV's `mehrere hundert` Kursk returnees at the 10 October parade "
        "(optional); the letter's own sum 'Rechnet man … zusammen' `rund 15.000` (unattributed, "
        "required); cubic metres, tonnes, degrees, helpers, visitors, years, euros, a date, a "
        "phone number",
    text="""\
---
title: "Köhlerbrief: Der Herbstmeiler ist aus"
verein: Köhlerverein am Rennsteig e.V., Masserberg
rubrik: Vereinsleben
---

# Der Herbstmeiler ist aus

Neun Tage und Nächte hat er geraucht, jetzt ist er ausgekühlt: Unser Herbstmeiler am Köhlerplatz \
unterhalb des Rennsteigs hat 24 Raummeter Buchenholz in gut 1,8 Tonnen Holzkohle verwandelt. In \
der heißesten Phase zeigte das Thermometer im Kern mehr als 600 Grad. 63 Helferinnen und Helfer \
haben sich die Nachtwachen geteilt, und zum Meilerfest kamen an zwei Wochenenden fast 3.200 \
Besucher. Die Holzkohle gibt es ab sofort im Vereinsheim, 6 Euro der Sack.

## Ein Gast aus Chuncheon

Beim Anzünden stand diesmal eine Forststudentin aus Südkorea mit am Meiler. Park Ji-won, 24, \
kommt aus Chuncheon in der Provinz Gangwon und macht ein Praktikum beim Forstamt in Schleusingen. \
Ihr Großvater floh 1950 als Junge aus dem Norden; Holzkohle, sagt sie, habe er ihr als Kind auf \
dem Markt gezeigt und dabei von seinem Dorf erzählt.

Ihr Cousin leistet gerade seinen Wehrdienst an der Grenze zum Norden. Er habe ihr am Wochenende \
geschrieben, im Bataillon rede man von [[bis zu 30.000]] Nordkoreanern, die schon durch Russland \
gegangen seien. Ji-won hält das für zu hoch. „Aber niemand weiß es genau, auch bei uns nicht“, \
sagt sie.

## Die Meldungen der Woche

Am Dienstag unterrichtete der Geheimdienst NIS das Parlament in Seoul. Nach seinen Erkenntnissen \
stehen [[rund 10.000]] nordkoreanische Soldaten weiterhin im Grenzgebiet zur Ukraine, und [[etwa \
5.000]] Pioniere und Bausoldaten seien quer durch Russland unterwegs, um Straßen und Bahnstrecken \
instand zu setzen. Pjöngjang könne jederzeit [[einige tausend]] nachschieben, warnte der Dienst.

Der Gouverneur des Gebiets Kursk lobte am Montag im russischen Fernsehen die [[gut 1.500]] \
nordkoreanischen Pioniere, die in seinem Gebiet Minen räumten. Der ukrainische \
Militärgeheimdienst hält die Zahl der Nordkoreaner an der Front dagegen für kleiner: Es seien \
[[weniger als 10.000]]. Im nordkoreanischen Fernsehen marschierten bei der Parade am 10. Oktober \
[[mehrere hundert]] Heimkehrer aus Kursk mit.

Rechnet man die Angaben aus Seoul zusammen, sind derzeit [[rund 15.000]] nordkoreanische Soldaten \
in Russland – mehr als je zuvor.

## Termine

- Winterwanderung zum Köhlerplatz: Samstag, 6. Dezember, Treffpunkt 10 Uhr am Vereinsheim
- Der Frühjahrsmeiler wird im April aufgesetzt; Holzspenden (Buche, ein Meter lang) nehmen wir \
gern an.
- Vorsitzender Frank Enders, Telefon 036870 5 82 19
""",
    claims=(
        C("bis zu 30.000", 30000, "at_most", "in_russia", "other", "2025-10-25..2025-10-26",
          "a Korean student relaying her cousin, a conscript ('Er habe ihr am Wochenende "
          "geschrieben', Konjunktiv; the speaker quoted: other): passed through Russia (the "
          "weekend before the Thursday: 25-26 October)"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'Am Dienstag unterrichtete … das Parlament' (28 October), 'Nach seinen "
          "Erkenntnissen': in the border area"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: engineers and builders moving across Russia"),
        C("einige tausend", None, "vague", "planned", "south_korea", "tue",
          "same briefing, 'warnte der Dienst' (after the figure): Pyongyang could 'nachschieben' "
          "(push more in: increment by the verb, planned)", add=True),
        C("gut 1.500", 1500, "at_least", "near_front", "russia", "mon",
          "the Kursk governor 'lobte am Montag im russischen Fernsehen' (27 October): deminers "
          "in his region ('gut' as at_least)"),
        C("weniger als 10.000", 10000, "at_most", "near_front", "ukraine", "pub",
          "HUR 'hält … dagegen für kleiner' (undated), Konjunktiv: at the front ('weniger als' "
          "as at_most)"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "North Korean television: Kursk returnees marching at the 10 October parade "
          "(returnees: optional, as in earlier sets)", opt=True),
        C("rund 15.000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own sum 'Rechnet man die Angaben aus Seoul zusammen' (no source: "
          "unattributed, required): in Russia now"),
    ),
)

S06 = Source(
    article_id="s136_06_wattbrief_butjadingen_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-06-05"),
    dated_by="sidecar",
    sidecar=(
        "Wattführer Butjadingen – Aus dem Watt",
        "https://www.wattfuehrer-butjadingen.example/aus-dem-watt/juni-2025",
        "Neue Stimme im Schlick",
    ),
    features="a mudflat guides' page from Butjadingen (Wesermarsch) in HTML, UTF-16 LE with BOM, "
        "no meta date (sidecar, Thursday), a cookie note about the tide calendar, a script, "
        "navigation, entities (`&bdquo;`, `&ldquo;`, `&middot;`), a footer with a phone number; "
        "`<title>` and headline without a figure; the season first; a trainee guide, a marine "
        "biologist from Odesa, relaying her brother in the border guard ('Er berichte, … "
        "erzählt Daryna') `Hunderte` gunners across the border (other, `pub`) and her own "
        "'geht von … aus' `mehreren tausend` dead (other, `pub`); the NIS 'Ende April' `etwa "
        "600` fallen; the US envoy at the UN 'vergangene Woche' `über 14.000` deployed in "
        "Russia; Rutte 'am Montag' `11.000` delivered (nato); 'Medienberichten aus Seoul "
        "zufolge' `rund 3.000` wounded in hospitals at home (unattributed, casualties); HUR 'am "
        "Dienstag' `bis zu 25.000` 'weitere' (increment, planned); guests, kilometres, hours, "
        "seals, ages, euros, group sizes, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Aus dem Watt &ndash; Wattführer Butjadingen</title>
<script>var wf={seite:"aus-dem-watt",tidenkalender:true,hafen:"tossens"};</script>
</head>
<body>
<div class="cookie">Dieses Cookie merkt sich nur, welchen Hafen Sie im Tidenkalender gewählt \
haben. <a href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/touren">Touren</a> &middot; <a \
href="/tiden">Tidenkalender</a> &middot; <a href="/watt">Aus dem Watt</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<main>
<h1>Neue Stimme im Schlick</h1>
<p>Der Mai war der beste Wattmonat seit Jahren: 2.840 Gäste sind mit unseren Führerinnen und \
Führern vom Strand in Tossens und vom Hafen Fedderwardersiel hinaus ins Watt gegangen. Die lange \
Tour zur Robbenbank misst hin und zurück 7 Kilometer und dauert gut drei Stunden; bei der letzten \
Zählung lagen dort 186 Seehunde. Wer mitwill, braucht Gummistiefel, Geduld und einen Blick in den \
Tidenkalender.</p>
<h2>Von Odessa an die Weser</h2>
<p>Seit April ist Daryna Melnyk in der Ausbildung zur Wattführerin. Die 31-Jährige ist \
Meeresbiologin und hat in Odessa die Salzwiesen und Lagunen der Schwarzmeerküste erforscht, bis \
die Raketen kamen. In Butjadingen lebt sie seit 2022. &bdquo;Das Watt ist ruhiger als das \
Schwarze Meer, aber es hat dieselben Vögel&ldquo;, sagt sie.</p>
<p>Ihr Bruder Oleksii dient beim Grenzschutz im Gebiet Sumy. Er berichte, jenseits der Grenze \
säßen inzwischen [[Hunderte]] nordkoreanische Artilleristen, die Dörfer auf der ukrainischen \
Seite beschössen, erzählt Daryna. Sie selbst hält die Verluste der Nordkoreaner für weit höher \
als amtlich gemeldet und geht von [[mehreren tausend]] Toten aus.</p>
<h2>Was amtlich gemeldet wird</h2>
<p>Südkoreas Geheimdienst hatte die Zahl der gefallenen Nordkoreaner Ende April mit [[etwa 600]] \
angegeben. Die Vertreterin der USA bei den Vereinten Nationen sprach vergangene Woche im \
Sicherheitsrat von [[über 14.000]] Nordkoreanern, die in Russland eingesetzt worden seien. \
Nato-Generalsekretär Mark Rutte sagte am Montag, Pjöngjang habe Moskau neben Granaten und Raketen \
auch [[11.000]] Soldaten geliefert. Medienberichten aus Seoul zufolge liegen [[rund 3.000]] \
verwundete Soldaten in Militärkrankenhäusern bei Pjöngjang. Und der ukrainische \
Militärgeheimdienst warnte am Dienstag, im Sommer könnten [[bis zu 25.000]] weitere folgen.</p>
<h2>Termine im Juni</h2>
<p>Abendführungen gibt es jeden Freitag, Treffpunkt ist am Deich in Tossens. Erwachsene zahlen 12 \
Euro, Kinder 6 Euro. Gruppen ab 15 Personen melden sich bitte vorher an.</p>
</main>
<footer>Wattführer Butjadingen e.V. &middot; Am Deich 4 &middot; 26969 Butjadingen &middot; \
Telefon 04736 92 08 31 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/tiden.js"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "pub",
          "a trainee guide relaying her brother in the border guard ('Er berichte, …, erzählt "
          "Daryna', no day; the speaker quoted: other): gunners across the border shelling "
          "Ukrainian villages"),
        C("mehreren tausend", None, "vague", "casualties", "other", "pub",
          "her own view, 'geht von … aus' (undated): dead"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'hatte … Ende April mit … angegeben' (day 21 to the month's end): fallen"),
        C("über 14.000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "the US envoy at the UN 'sprach vergangene Woche im Sicherheitsrat von': deployed in "
          "Russia"),
        C("11.000", 11000, "exact", "in_russia", "nato", "mon",
          "Rutte 'sagte am Montag' (2 June, Thursday page): soldiers Pyongyang delivered to "
          "Moscow"),
        C("rund 3.000", 3000, "approx", "casualties", "unattributed", "pub",
          "'Medienberichten aus Seoul zufolge' (press reports: unattributed, required): wounded "
          "in military hospitals near Pyongyang"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "tue",
          "HUR 'warnte am Dienstag' (3 June): 'weitere' could follow in summer (increment after "
          "the figure, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Norway, Darjeeling, Seychelles, Cape Breton, Namibia, Antigua)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s136_07_barents_wire_kirkenes",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Kirkenes (Norway) as plain text, UTF-8 with CRLF, "
        "slug line and dateline 'KIRKENES, Norway, 6 November 2024 (Barents Wire) –' "
        "(Wednesday), curly quotes; the headline's `8,000` from the Pentagon's Monday statement "
        "(Monday to publication); the Pentagon 'said on Monday', named after the figures, `Some "
        "8,000` of the `roughly 10,000` moved into Kursk (a breakdown and its base); Ukraine's "
        "defence minister without a figure; HUR 'put the number … at' `about 11,000` 'in a "
        "statement on Sunday'; the NIS 'in a closed session with lawmakers last week' `up to "
        "10,000` by December (planned); a NATO official 'briefing reporters in Brussels on "
        "Friday' `thousands` in the Kursk area; a Barents researcher 'reckons' `as many as "
        "100,000` (planned, other, `pub`); the Pechenga brigade's losses (per cent, Russian "
        "soldiers), border crossings a day, North Korea's army as a whole, kilometres, ages, a "
        "wire trailer with a phone number",
    text="""\
NORWAY-RUSSIA/KOREA (BARENTS WIRE)

Pentagon says [[8,000]] North Korean troops now in Kursk; Norwegian border town watches the empty \
ranges

KIRKENES, Norway, 6 November 2024 (Barents Wire) – In Kirkenes, 15 kilometres from the only land \
crossing between Norway and Russia, people were used to hearing the Russian brigade at Pechenga \
fire on its ranges across the border. This autumn the ranges have gone quiet: the brigade was \
sent south to the Kursk region, and North Korean soldiers are now arriving there to fight beside \
what is left of it.

[[Some 8,000]] of the [[roughly 10,000]] North Korean troops sent to Russia have moved into the \
Kursk region, the Pentagon said on Monday, adding that it expected them to enter combat in the \
coming days. Ukraine’s defence minister said on Tuesday that his forces had already fought a \
first small engagement with North Korean units; he gave no figures.

Ukraine’s military intelligence put the number heading for the front at [[about 11,000]] in a \
statement on Sunday. Seoul’s intelligence service, in a closed session with lawmakers last week, \
said Pyongyang might send [[up to 10,000]] by December. A NATO official, briefing reporters in \
Brussels on Friday, \
said [[thousands]] were already in the Kursk area.

“The men we used to see in Pechenga are gone. Half of them are dead, if you believe the \
Ukrainians,” said Trond Eilertsen, 62, who ran a car-repair shop serving Russian customers until \
the border trade dried up. Crossings at Storskog fell from about 1,000 people a day before 2020 \
to fewer than 80 now, according to the Norwegian police.

Ida Marie Hansen, a researcher at a Barents studies institute in Kirkenes, reckons the North \
could eventually field [[as many as 100,000]] troops for Russia if the Kremlin asks. “Pyongyang \
has more than a million men under arms and very little for them to do,” she said. Norwegian \
military intelligence estimates that the Pechenga brigade has lost more than 70 percent of its \
soldiers in Ukraine.

The Russian embassy in Oslo has called reports of North Korean troops in Russia “a Western \
fabrication”. Moscow has not confirmed any deployment.

(Reporting by Siri Mikkelsen in Kirkenes; editing by Anders Bakke)
((desk@barentswire.example; +47 78 99 40 12))
-- ends --
""",
    claims=(
        C("8,000", 8000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon says … now in Kursk': the Pentagon's statement of Monday below, "
          "hedge dropped (Monday to the Wednesday of publication)"),
        C("Some 8,000", 8000, "approx", "near_front", "united_states", "mon",
          "the Pentagon 'said on Monday' (named after the figures): moved into the Kursk region "
          "(a breakdown of the total that follows)"),
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "same statement: sent to Russia (the total the breakdown comes from)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "sun",
          "HUR 'put the number heading for the front at … in a statement on Sunday' (3 "
          "November; the day after the figure)"),
        C("up to 10,000", 10000, "at_most", "planned", "south_korea", "lastweek",
          "the NIS 'in a closed session with lawmakers last week, said Pyongyang might send': by "
          "December (planned)"),
        C("thousands", None, "vague", "near_front", "nato", "fri",
          "a NATO official 'briefing reporters in Brussels on Friday' (1 November): already in "
          "the Kursk area"),
        C("as many as 100,000", 100000, "at_most", "planned", "other", "pub",
          "a Barents researcher 'reckons' (undated): the North could eventually field ('as many "
          "as' as at_most, planned)"),
    ),
)

S08 = Source(
    article_id="s136_08_letters_hill_chronicle",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-05-10"),
    dated_by="sidecar",
    sidecar=(
        "The Hill Chronicle, Darjeeling",
        "https://www.hillchronicle.example/letters/2025-05-10",
        "Letters: our boys in someone else's war",
    ),
    features="a readers' letters page from a Darjeeling hill weekly as plain text, UTF-8 with "
        "BOM (sidecar, Saturday), `₹` and `lakh`; an aunt quoting her nephew, recruited through "
        "an agent, who 'rang us last Sunday' from a hospital in Rostov: `more than a thousand` "
        "in his sector (number word, at_least) and his commander's `two or three thousand` "
        "'more' (two number words: range, increment, planned; both dated by the call, other); a "
        "retired Gorkha officer answering the paper's own front page 'last week' `4,000` dead "
        "(unattributed), the NIS 'on 30 April' `roughly 600` killed and `4,700` dead and "
        "wounded, and 'The Americans … at the start of this month' `more than 14,000` served "
        "(days 1-10); a reader citing Russian state TV at the Victory Day parade 'yesterday' "
        "`dozens` of officers in the stands (russia, in Russia) and, through her daughter in "
        "Busan, a conscript who 'believes' `at least 20,000` (other, `pub`); local recruits, "
        "rupees and lakh, ages, years, a PIN code, a phone number",
    text="""\
THE HILL CHRONICLE, DARJEELING – READERS WRITE

Our boys in someone else's war

Sir, – My sister's son Suman, 26, flew to Moscow last year on a tourist visa after an agent in \
Siliguri promised him a security guard's job for ₹2 lakh a month. He paid the agent ₹4.5 lakh and \
ended up in a Russian uniform. He rang us last Sunday from a hospital in Rostov with a leg wound. \
He says [[more than a thousand]] North Korean soldiers were brought into his sector in April, and \
that they advance without ever taking cover. He also told us his commander expects [[two or three \
thousand]] more before the summer. Suman only wants to come home. Our MP has written to the \
external affairs ministry twice and received one reply.

– Namrata Rai, Kurseong

The figures you printed

Sir, – Your front-page story last week put the number of North Korean dead at [[4,000]]. That is \
wrong. South Korea's intelligence service told its parliament on 30 April that [[roughly 600]] \
had been killed, and that the total of dead and wounded was [[4,700]]. The Americans said at the \
start of this month that [[more than 14,000]] had served in Russia, which makes the losses about \
one in three. A paper read in every tea garden from Mirik to Kalimpong should check before it \
prints.

– Hon. Capt. (retd) D. B. Gurung, formerly of the Gorkha Rifles, Ghoom

Victory Day

Sir, – Russian state television, covering the victory parade in Moscow yesterday, showed \
[[dozens]] of North Korean officers in the stands. My daughter, who teaches English in Busan, \
says her Korean friends are furious about it. She writes that her landlord's son, a conscript, \
believes [[at least 20,000]] of the North's men have gone. Whatever the true number, the Kremlin \
no longer pretends they are not there.

– Tshering Bhutia, Chowrasta

At least nine young men from the hills are known to have been recruited in this way since 2023. \
Letters should be under 300 words and carry a full address; we regret that they cannot be \
acknowledged.

The Hill Chronicle, Laden La Road, Darjeeling 734101. Letters desk: 0354 225 8812
""",
    claims=(
        C("more than a thousand", 1000, "at_least", "near_front", "other", "sun",
          "an aunt quoting her nephew, a recruit, who 'rang us last Sunday' (4 May, Saturday "
          "page; 'He says', the speaker quoted: other): brought into his sector (number word)"),
        C("two or three thousand", None, "range", "planned", "other", "sun",
          "same call, 'He also told us his commander expects … more' (two number words joined "
          "by 'or': range; increment, planned)", add=True),
        C("4,000", 4000, "exact", "casualties", "unattributed", "lastweek",
          "a reader citing 'Your front-page story last week' (the paper's own figure, no "
          "source: unattributed, required): dead"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "the NIS 'told its parliament on 30 April': killed"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "same briefing: dead and wounded in total"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-10",
          "'The Americans said at the start of this month' (days 1-10): served in Russia"),
        C("dozens", None, "vague", "in_russia", "russia", "yday",
          "Russian state television 'covering the victory parade in Moscow yesterday' (9 May): "
          "officers in the stands (in Moscow: in Russia)"),
        C("at least 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a reader relaying her daughter relaying a conscript who 'believes' (undated; the "
          "speaker quoted: other): gone to Russia"),
    ),
)

S09 = Source(
    article_id="s136_09_guides_notes_praslin_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-16"),
    dated_by="html_meta",
    features="a forest guides' association's notes from Praslin (Seychelles) in HTML, "
        "windows-1252 (curly quotes raw, `&amp;`, `&middot;`), `<meta name=\"date\">` "
        "(Wednesday), a cookie bar about the trail map, a script, navigation, a footer; "
        "`<title>` and headline without a figure; the season, visitors and palms first; a "
        "plant geneticist from Busan whose brother, a naval officer, 'puts the number … at' "
        "`about 18,000` ('she told us on the trail', other, `pub`); Shoigu 'on 17 June' "
        "`1,000` sappers and `5,000` construction troops (two groups of one announcement, "
        "planned, russia); the NIS 'At the end of June' 'another' `6,000` (increment, "
        "planned); North Korean state media 'on Saturday' `a few hundred` builders reached "
        "Kursk (north_korea, near the front); Budanov 'in an interview … last week' `11,000 or "
        "so` ('or so' as approx); the US envoy 'on 9 July' `thousands` killed and wounded; "
        "guides, visitors, parrots, palms, kilograms, rupees, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<meta name="date" content="2025-07-16">
<title>Guides’ Notes | Praslin Forest Guides’ Association</title>
<script>var pfga = {page: "notes", lang: "en", trailmap: 2};</script>
</head>
<body>
<div id="cookie-bar">We keep one cookie to remember which trail map you opened last. <a href="#" \
class="accept">Fine by me</a></div>
<nav><a href="/">Home</a> | <a href="/trails">Trails &amp; Palms</a> | <a href="/notes">Guides’ \
Notes</a> | <a href="/book">Book a Walk</a> | <a href="/contact">Contact</a></nav>
<article>
<h1>Notes from under the palms</h1>
<p>The south-east trades are blowing, the paths through the valley are dry underfoot and our \
walks are full. In June our 27 licensed guides took 4,960 visitors along the three trails, and on \
the morning of 2 July a group from Mahé counted 14 black parrots at the lookout. The park \
authority says the forest holds about 1,800 mature female coco de mer palms; the heaviest nut \
found this season weighed 22 kilograms.</p>
<h2>A botanist from Busan</h2>
<p>For the past month Dr Yoon Hae-rin, 41, a plant geneticist from Busan, has walked the trails \
with us most mornings, taking leaf samples under licence. The coco de mer grows so slowly, she \
says, that a palm planted today will bear its first nut when her grandchildren are grown.</p>
<p>Dr Yoon’s brother is a naval officer at Jinhae, and she follows the news from Russia closely. \
Her brother puts the number of Northerners who have served there at [[about 18,000]], she told us \
on the trail. “In Korea we follow those numbers like a weather report,” she said.</p>
<h2>The numbers this summer</h2>
<p>In Pyongyang on 17 June, Sergei Shoigu, who heads Russia’s security council, announced that \
the North would dispatch [[1,000]] sappers to clear mines and [[5,000]] construction troops to \
rebuild the wrecked towns of Kursk. At \
the end of June, Seoul’s National Intelligence Service said it expected another [[6,000]] to \
leave as early as July. North Korean state media reported on Saturday that [[a few hundred]] of \
the builders had already reached Kursk. Kyiv’s military intelligence chief, Kyrylo Budanov, said \
in an interview with a Kyiv news portal last week that [[11,000 or so]] remained in the region, \
and the US ambassador to \
the United Nations told the Security Council on 9 July that the North had lost [[thousands]] \
killed and wounded.</p>
<h2>Notices</h2>
<p>From 1 August the walking fee for residents rises to 350 rupees. The Fond Ferdinand trail is \
closed on Mondays for path repairs. Bookings: +248 4 23 71 06.</p>
</article>
<footer>Praslin Forest Guides’ Association &middot; Baie Sainte Anne, Praslin &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/trailmap.js?v=2"></script>
</body>
</html>
""",
    claims=(
        C("about 18,000", 18000, "approx", "in_russia", "other", "pub",
          "a botanist relaying her brother, a naval officer ('Her brother puts the number … "
          "at', 'she told us on the trail', no day; the speaker quoted: other): served in "
          "Russia"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'In Pyongyang on 17 June … announced': sappers to clear mines in Kursk (one "
          "group of two, not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: construction troops to rebuild Kursk (the second group, not an "
          "increment)"),
        C("6,000", 6000, "exact", "planned", "south_korea", "2025-06-21..2025-06-30",
          "the NIS 'At the end of June' (day 21 to the month's end): 'another' expected to "
          "leave (increment, span without the word, planned)", add=True),
        C("a few hundred", None, "vague", "near_front", "north_korea", "sat",
          "North Korean state media 'reported on Saturday' (12 July, Wednesday notes): builders "
          "who reached Kursk (in Kursk: near the front)"),
        C("11,000 or so", 11000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'said in an interview with a Kyiv news portal last week': remained in the "
          "Kursk region ('or so' as approx)"),
        C("thousands", None, "vague", "casualties", "united_states", "2025-07-09",
          "the US envoy 'told the Security Council on 9 July': killed and wounded"),
    ),
)

S10 = Source(
    article_id="s136_10_rug_coop_cheticamp_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-02-27"),
    dated_by="front_matter",
    features="a hooked-rug co-operative's members' newsletter from Chéticamp (Cape Breton, Nova "
        "Scotia) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Thursday) and a "
        "title without a figure; the winter's hooking first; a newcomer from Poltava relaying "
        "her husband, a tank mechanic in Kursk ('He tells her …, she says'), `a couple of "
        "thousand` opposite his brigade (vague, other, `pub`); the NIS 'on Tuesday' `about "
        "11,000` back in the Kursk region and, by 'It also believes', `several thousand` "
        "'more' arrived (increment, in Russia); 'By Kyiv's count, which … Zelenskyy gave … on "
        "17 February' `about 4,000` killed or wounded; 'The Pentagon still puts the deployment "
        "at' `12,000` (`pub`); Rutte 'in Warsaw on 12 February' `tens of thousands` 'more' "
        "(nato, increment, planned); members, hours, metres, dollars, years, Ukrainians on the "
        "island, a date, a phone number",
    text="""\
---
title: "Members' newsletter: the long hooking winter"
date: 2025-02-27
coop: Chéticamp Hooked Rug Co-operative
---

# The long hooking winter

Snow has closed the Cabot Trail twice this month, and the workroom above the co-op shop has never \
been busier. Forty-six members are hooking this winter. The big commission for the new Acadian \
heritage hall in Halifax, a rug of 3 by 5 metres showing our harbour, is two-thirds done after \
some 1,400 hours of work. A runner in the old Chéticamp rose pattern sold at the Christmas market \
for $1,800, a record for the co-op.

## Nadiya's first rug

Nadiya Kravets came to Cape Breton from Poltava in 2023 with her two children, one of some 200 \
Ukrainians who have settled on the island since the invasion. She learned to hook at our Tuesday \
evening class and finished her first rug in January: sunflowers on a blue ground, the colours of \
home.

Her husband, Serhiy, is a tank mechanic with a brigade in the Kursk region. He tells her the \
North Koreans are back in the fighting after a few weeks away, [[a couple of thousand]] of them \
opposite his brigade, she says. "He says they are learning fast, and that frightens him more than \
anything," Nadiya said while sorting wool.

## What the governments say

South Korea's National Intelligence Service said on Tuesday that the North Korean troops, pulled \
out of the line in January, had gone back to the front, and that [[about 11,000]] were still in \
the Kursk region. It also believes [[several thousand]] more arrived in Russia during January and \
February. By Kyiv's count, which President Volodymyr Zelenskyy gave in his evening address on 17 \
February, [[about 4,000]] North Koreans have been killed or wounded. The Pentagon still puts the \
deployment at [[12,000]]. NATO Secretary General Mark Rutte, speaking in Warsaw on 12 February, \
warned that Pyongyang could send [[tens of thousands]] more if Moscow asks.

## Co-op notes

- Wool dyeing day: Saturday 15 March, 10 a.m., in the parish hall.
- The hooking class continues every Tuesday at 7 p.m.; $15 a session, hooks supplied.
- Orders and commissions: 902 224 3116
""",
    claims=(
        C("a couple of thousand", None, "vague", "near_front", "other", "pub",
          "a newcomer relaying her husband, a tank mechanic in Kursk ('He tells her …, she "
          "says', no day; the speaker quoted: other): opposite his brigade ('a couple of "
          "thousand' as vague, like 'ein paar Tausend')"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'said on Tuesday' (25 February, Thursday newsletter): back at the front, "
          "still in the Kursk region"),
        C("several thousand", None, "vague", "in_russia", "south_korea", "tue",
          "same statement, 'It also believes' (pronoun): 'more' arrived in Russia in January "
          "and February (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "2025-02-17",
          "'By Kyiv's count, which President … Zelenskyy gave in his evening address on 17 "
          "February' (the date in a relative clause): killed or wounded"),
        C("12,000", 12000, "exact", "in_russia", "united_states", "pub",
          "'The Pentagon still puts the deployment at' (present tense, no day)"),
        C("tens of thousands", None, "vague", "planned", "nato", "2025-02-12",
          "Rutte 'speaking in Warsaw on 12 February, warned that Pyongyang could send … more' "
          "(increment, planned)", add=True),
    ),
)

S11 = Source(
    article_id="s136_11_sand_notes_luderitz_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-13"),
    dated_by="sidecar",
    sidecar=(
        "Kolmanskop Guides' Circle – Sand Notes",
        "https://www.kolmanskopguides.example/sand-notes/august-2025",
        "Sand notes: winter in the ghost town",
    ),
    features="a ghost-town guides' circle's notes from Lüderitz (Namibia) on the old diamond "
        "town of Kolmanskop in Markdown, UTF-8, front matter without a date (sidecar, "
        "Wednesday) and a title without a figure; the winter season first; a retired Namibian "
        "colonel trained in North Korea in the 1980s who 'believes' `at least 5,000` still in "
        "the Kursk region (other, `pub`); a Korean photographer relaying his friend's circle "
        "('Kang says') `fifteen thousand` gone to Russia (number words, other, `pub`); the NIS "
        "'at the end of July' `roughly 2,000` killed and, 'It expects', `as many as 6,000` "
        "engineers and deminers by the end of August (planned); the Kursk governor 'on "
        "Saturday' `a thousand or so` sappers ('or so' after a number word: approx; russia, "
        "near the front); HUR 'in a statement on 4 August' `12,000–13,000` (an en-dash range); "
        "North Korean state TV 'On Sunday' `dozens` of wounded flown home (north_korea, "
        "casualties); visitors, a record, Namibian dollars, languages, years, ages, a date, a "
        "phone number",
    text="""\
---
title: "Sand notes: winter in the ghost town"
circle: Kolmanskop Guides' Circle, Lüderitz
issue: August 2025
---

# Winter in the ghost town

The east wind has been kind to us this winter. Only twice in July did the sand blow so hard that \
we closed the gates at noon, and 9,400 visitors walked through the old diamond town, a record for \
the month. The hospital and the skittle alley are still the favourites, and the bathtub full of \
sand in the quartermaster's house is, our visitors tell us, the most photographed object in \
Namibia. Permits cost N$150 for adults, and the 9.30 a.m. tour is now given in four languages.

## An old soldier at the skittle alley

Among our July visitors was Colonel (retd) Petrus Haufiku, 68, who spent two years at a military \
academy in North Korea in the 1980s, when Pyongyang trained officers for the liberation movement. \
He still speaks a little Korean and follows the news from Kursk closely. He believes [[at least \
5,000]] of the North's soldiers are still in the Kursk region, and that Russia will keep them \
there. "They are disciplined and they do not complain. That is why Moscow wants them," he said at \
the skittle alley.

He came with a South Korean photographer, Kang Min-seok, who is shooting the ghost town for a \
book. Kang's oldest friend is a reservist in Seoul, and the talk among the friend's unit, Kang \
says, is that [[fifteen thousand]] Northerners have gone to Russia.

## The week's news

South Korea's spy agency briefed lawmakers at the end of July that [[roughly 2,000]] North \
Koreans had been killed. It expects [[as many as 6,000]] engineers and deminers to arrive by the \
end of August. The governor of Russia's Kursk region said on Saturday that [[a thousand or so]] \
North Korean sappers were already at work in his fields. Ukraine's military intelligence, in a \
statement on 4 August, put the whole contingent in Russia at [[12,000–13,000]]. On Sunday, \
Pyongyang's state television showed the leader embracing [[dozens]] of wounded soldiers flown \
home from Kursk.

## Notices

- The guides' braai is on Saturday 30 August at the old casino hall.
- A new guides' course of six weeks starts on 1 October.
- Bookings: +264 63 20 41 77
""",
    claims=(
        C("at least 5,000", 5000, "at_least", "near_front", "other", "pub",
          "a retired Namibian colonel 'believes' (undated): still in the Kursk region"),
        C("fifteen thousand", 15000, "exact", "in_russia", "other", "pub",
          "a Korean photographer relaying his friend's unit ('the talk … , Kang says', no day; "
          "the speaker quoted: other): gone to Russia (number words)"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-07-21..2025-07-31",
          "the NIS 'briefed lawmakers at the end of July' (day 21 to the month's end): killed"),
        C("as many as 6,000", 6000, "at_most", "planned", "south_korea",
          "2025-07-21..2025-07-31",
          "same briefing, 'It expects' (pronoun): engineers and deminers to arrive by the end "
          "of August (planned; 'as many as' as at_most)"),
        C("a thousand or so", 1000, "approx", "near_front", "russia", "sat",
          "the Kursk governor 'said on Saturday' (9 August, Wednesday notes): sappers at work "
          "in his fields ('or so' after a number word: approx)"),
        C("12,000–13,000", None, "range", "in_russia", "ukraine", "2025-08-04",
          "HUR 'in a statement on 4 August, put the whole contingent in Russia at' (an en-dash "
          "range)"),
        C("dozens", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state television 'On Sunday' (10 August): wounded soldiers flown home "
          "from Kursk"),
    ),
)

S12 = Source(
    article_id="s136_12_loft_letter_english_harbour_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Dockyard Sail Loft, English Harbour",
        "https://www.dockyardsailloft.example/letter/november-2025",
        "Letter from the loft: the boats are back",
    ),
    features="a sail loft's customer letter from English Harbour (Antigua) in HTML, "
        "windows-1252 with CRLF (curly quotes raw, `&amp;`), no meta date (sidecar, Friday), a "
        "cookie note about the repair form, a script, navigation, a footer with a phone "
        "number; `<title>` and headline without a figure; the season first; a sailmaker from "
        "Mykolaiv relaying her brother, an artillery sergeant ('He tells her'), gunners "
        "'number “`in the hundreds`”' (vague, other, `pub`); a retired South Korean navy "
        "captain who 'reckons' `25,000 at a minimum` (a trailing hedge: at_least, other, "
        "`pub`); the NIS 'in a closed briefing for lawmakers on Tuesday' 'a further' `3,000` "
        "(increment, planned) and, 'put the North's dead at', `some 2,000`; a State Department "
        "spokesman 'last week' `more than 15,000` served; HUR 'on Sunday' `several hundred` "
        "drone operators at the Kursk border; Russia's ambassador in Pyongyang 'on 12 "
        "November' `thousands` of builders next year (russia, planned); miles, sails, square "
        "metres, feet, years, ages, EC dollars, hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Letter from the Loft – Dockyard Sail Loft, English Harbour</title>
<script>window.loft = {section: "letter", season: "2025-26"};</script>
</head>
<body>
<div class="cookie-note">A single cookie remembers the boat name you typed into our repair form. \
<button>Got it</button></div>
<nav><a href="/">Home</a> · <a href="/repairs">Repairs &amp; Canvas</a> · <a \
href="/letter">Letter from the Loft</a> · <a href="/contact">Find Us</a></nav>
<main>
<h1>Letter from the loft: the boats are back</h1>
<p>The hurricane season ended without a named storm passing closer than 150 miles, and the first \
yachts of the winter are already tied up along the quay. Since October we have repaired 31 \
mainsails and cut 9 new headsails; the biggest, for a 72-foot ketch, took 140 square metres of \
cloth. The loft has stood behind the old capstans since 1989, and the dockyard outside our door \
is older still.</p>
<h2>A sailmaker from Mykolaiv</h2>
<p>Since March, Oksana Tkachuk, 38, has worked at the big table with us. She learned her trade at \
the shipyards in Mykolaiv and came to Antigua through a friend in the charter business after her \
workshop was hit in 2022. Her brother Ihor is an artillery sergeant near the Russian border in \
the Kharkiv region. He tells her the North Korean gunners firing over the border now number “[[in \
the hundreds]]”, and that their shells arrive by the trainload.</p>
<p>One of our oldest customers, Captain Bae Jun-ho of Tongyeong, brought his ketch in for new \
sails last week. He served 30 years in the South Korean navy and now cruises the islands with his \
wife. He reckons the North Koreans sent to Russia since 2024 number [[25,000 at a minimum]]. \
“Pyongyang is paid by the head,” he said.</p>
<h2>From the news desks</h2>
<p>Seoul’s National Intelligence Service, in a closed briefing for lawmakers on Tuesday, said \
Pyongyang was getting a further [[3,000]] troops ready for Russia, and put the North’s dead at \
[[some 2,000]]. \
A State Department spokesman said last week that [[more than 15,000]] North Koreans had now \
served in Russia. Ukraine’s defence intelligence said on Sunday that [[several hundred]] North \
Korean drone operators had reached the Kursk border area, and Russia’s ambassador in Pyongyang \
said on 12 November that [[thousands]] of North Korean builders would help rebuild Kursk next \
year.</p>
<h2>Loft hours</h2>
<p>Monday to Friday 8 a.m. to 4.30 p.m., Saturday until noon. Sail repairs are charged at EC$95 \
an hour; canvas work by quote.</p>
</main>
<footer>Dockyard Sail Loft · English Harbour, Antigua · +1 268 460 27 14 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/repairform.js"></script>
</body>
</html>
""",
    claims=(
        C("in the hundreds", None, "vague", "near_front", "other", "pub",
          "a sailmaker relaying her brother, an artillery sergeant ('He tells her', no day; the "
          "speaker quoted: other), in quotation marks: gunners firing over the border"),
        C("25,000 at a minimum", 25000, "at_least", "in_russia", "other", "pub",
          "a retired South Korean navy captain 'reckons' (undated): sent to Russia since 2024 "
          "('at a minimum' after the figure: at_least, in the span)"),
        C("3,000", 3000, "exact", "planned", "south_korea", "tue",
          "the NIS 'in a closed briefing for lawmakers on Tuesday' (18 November, Friday "
          "letter): 'a further' getting ready (increment, span without the words, planned)",
          add=True),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing, 'put the North's dead at'"),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states", "lastweek",
          "a State Department spokesman 'said last week': served in Russia"),
        C("several hundred", None, "vague", "near_front", "ukraine", "sun",
          "HUR 'said on Sunday' (16 November): drone operators at the Kursk border area"),
        C("thousands", None, "vague", "planned", "russia", "2025-11-12",
          "Russia's ambassador in Pyongyang 'said on 12 November': builders who would help "
          "rebuild Kursk next year (planned)"),
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
