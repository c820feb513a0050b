"""Build the HUNDRED-AND-THIRTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-third corpus, for an honest measurement on articles the extractor has never
met, written in session 15 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a round
village society's letter from Satemin in the Wendland with a carpenter from Kolomyia, a riding and
driving club's winter letter from Clenze with a veterinarian from Jeju, a village bake-house
society's notes from Waddeweitz with a baker from Uman whose son flies drones, a border museum
friends' circle's bulletin from Schnackenburg on the Elbe with a guide from Cheorwon on the DMZ, a
Maisäß (alpine summer-hut) community's post from Silbertal in the Montafon (Austrian conventions)
with a cook from Yaremche, and a Swiss wrestling club's paper from Sumiswald in the Emmental (Swiss
conventions) with a ssireum wrestler from Uiseong; an agency-style wire report from San Pedro on
Ambergris Caye (Belize) with a dive master from Odesa, a mangrove volunteers' letter from Caye
Caulker with a marine biology student from Mokpo, a sandcastle contest committee's news from
Havre-Aubert in the Magdalen Islands with a sand sculptor from Busan, a knitwear shop's letter to
its customers from Tristan da Cunha with the island's doctor from Zaporizhzhia, a readers' letters
page from an English-language weekly on Grosse-Île in the Magdalen Islands with letters quoting a
grandson and a cousin, and a herring smokehouse's notes from Old Harry with a wind turbine
technician from Tongyeong. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind131_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Wendland, Montafon, Emmental)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s131_01_rundlingsbrief_satemin_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="a round village (Rundling) society's letter from Satemin in the Wendland in HTML, "
        "UTF-8, `<meta name=\"date\">` (Wednesday), a cookie note about the village map, a page "
        "script, navigation, a footer with a phone number; `<title>` and headline without a "
        "figure; the gable of a hall house first; a carpenter from Kolomyia relaying his cousin, "
        "a border guard, in Konjunktiv ('Am Sonntag habe Wassyl ihm geschrieben', 'erzählt "
        "Taras') `einige hundert` dug in across the line (other, Sunday to publication); the "
        "Pentagon 'am Montag' `rund 10.000` in Russia's east with 'von ihnen' `etwa 8.000` moved "
        "to Kursk (a breakdown); Zelensky 'am Dienstagabend' `11.000`; 'Aus dem "
        "Nato-Hauptquartier … hieß es schon Ende Oktober' `mehreren tausend` in the border area; "
        "'Nach Einschätzung des … NIS, über die Abgeordnete … vergangene Woche berichteten' `bis "
        "zu 15.000` by December (planned); 'Laut dem … Militärgeheimdienst HUR' `rund 2.000` "
        "'weitere' (increment after the figure, planned, `pub`); North Korea's foreign minister "
        "in Moscow without a figure; the carpenter 'schätzt' `an die 20.000` (other, planned); "
        "oak beams, metres, euros and 'weitere 6.000 Euro' (money, not an increment), Russia's "
        "daily losses, round villages, visitors, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Rundlingsbrief Herbst 2024 &middot; Rundlingsverein Satemin</title>
<meta name="date" content="2024-11-06">
<meta name="author" content="Vorstand des Rundlingsvereins">
<script>window.rlv={heft:"2024-3",karte:"rundlinge",zoom:12};</script>
</head>
<body>
<div class="cookie-leiste">Wir speichern ein Cookie, damit die Dorfkarte weiß, welchen Rundling \
Sie zuletzt angeklickt haben. <a href="#" class="zustimmen">In Ordnung</a></div>
<nav><a href="/">Start</a> | <a href="/doerfer">Die Dörfer</a> | <a \
href="/rundlingsbrief">Rundlingsbrief</a> | <a href="/welterbe">Welterbe-Antrag</a> | <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Ein neuer Giebel für das Hallenhaus</h1>
<p class="vorspann">Seit Juli richtet ein Zimmermann aus den Karpaten das alte Haus am Dorfplatz \
her. Abends am Feuerkorb reden wir über seine Heimat &ndash; und über die Soldaten aus \
Nordkorea.</p>
<p>Wer in diesem Sommer über den Platz in Satemin gegangen ist, hat ihn gehört, bevor er ihn sah: \
Taras Hnatjuk, 38, treibt Holznägel mit einem Klöpfel aus Buche ins Fachwerk, den er aus Kolomyja \
mitgebracht hat. Der Giebel des Hallenhauses von 1789 war morsch. 26 Eichenbalken hat Taras \
ersetzt, jeder bis zu 7 Meter lang. Der Verein hat dafür 18.400 Euro gesammelt, die Klosterkammer \
gab weitere 6.000 Euro dazu.</p>
<p>Zu Hause hat Taras hölzerne Kirchen restauriert, bis der Krieg kam. Sein Cousin Wassyl steht \
heute mit einer Einheit des Grenzschutzes im Gebiet Sumy. Am Sonntag habe Wassyl ihm geschrieben, \
auf der russischen Seite hätten sich inzwischen [[einige hundert]] Koreaner eingegraben, erzählt \
Taras. Nachts höre man sie rufen, in einer Sprache, die keiner im Graben versteht.</p>
<h2>Was die Regierungen sagen</h2>
<p>Die Zahlen aus den Hauptstädten wachsen von Woche zu Woche. Das Pentagon sprach am Montag von \
[[rund 10.000]] nordkoreanischen Soldaten im Osten Russlands, von denen [[etwa 8.000]] schon ins \
Grenzgebiet bei Kursk weitergezogen seien. Präsident Selenskyj erklärte am Dienstagabend in \
seiner Videoansprache, [[11.000]] Nordkoreaner stünden inzwischen in Kursk. Aus dem \
Nato-Hauptquartier in Brüssel hieß es schon Ende Oktober, man gehe von [[mehreren tausend]] \
Soldaten aus dem Norden im Grenzgebiet aus.</p>
<p>Nach Einschätzung des Geheimdienstes in Seoul, aus der Parlamentarier vergangene Woche nach \
einer Sitzung zitierten, könnten es bis Dezember [[bis zu 15.000]] werden. Laut dem ukrainischen \
Militärgeheimdienst HUR sollen bis zum Jahresende [[rund 2.000]] weitere folgen. Nordkoreas \
Außenministerin Choe Son Hui war am Freitag zu Gast in Moskau, nannte dort aber keine Zahl. Kiew \
beziffert die russischen Ausfälle derzeit auf mehr als 1.200 Mann täglich.</p>
<p>Taras selbst schätzt, dass am Ende [[an die 20.000]] Mann aus dem Norden in Russland sein \
werden. &bdquo;Die Russen bezahlen, und Kim liefert&ldquo;, sagt er und setzt den nächsten Nagel \
an.</p>
<h2>Aus dem Verein</h2>
<p>Im Wendland gibt es noch gut 100 Rundlingsdörfer; 19 davon gehören zu dem Antrag auf den \
Welterbe-Titel, den das Land im kommenden Jahr weiterreichen will. Zum Tag des offenen Hofes am \
8. September kamen 2.300 Besucherinnen und Besucher nach Satemin.</p>
<p>Mitgliederversammlung: Freitag, 29. November, 19 Uhr, im Gemeinschaftshaus. Taras zeigt dort \
Bilder von den Holzkirchen seiner Heimat.</p>
</article>
<footer>Rundlingsverein Satemin e.V. &middot; Am Rundling 4 &middot; 29439 Satemin &middot; \
Telefon 05841 97 36 20 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/dorfkarte.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun..pub",
          "a carpenter relaying his cousin, a border guard in Sumy region ('erzählt Taras', the "
          "speaker quoted: other), in Konjunktiv: a message 'Am Sonntag' (3 November) told in an "
          "undated talk, so from that day to publication: dug in on the Russian side"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'sprach am Montag von' (4 November, Wednesday letter): in Russia's east"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same statement, 'von ihnen' (a breakdown), Konjunktiv: moved to the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'erklärte am Dienstagabend' (5 November): in Kursk"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "2024-10-21..2024-10-31",
          "'Aus dem Nato-Hauptquartier … hieß es schon Ende Oktober' (day 21 to the month's "
          "end): in the border area"),
        C("bis zu 15.000", 15000, "at_most", "planned", "south_korea", "lastweek",
          "'Nach Einschätzung des … NIS, über die Abgeordnete … vergangene Woche berichteten': "
          "could be up to 15,000 by December (planned)"),
        C("rund 2.000", 2000, "approx", "planned", "ukraine", "pub",
          "'Laut dem … Militärgeheimdienst HUR' (undated): 'weitere' to follow by the end of the "
          "year (increment after the figure, planned)", add=True),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "the carpenter 'schätzt' (undated): in Russia in the end ('an die' as approx; a "
          "forecast: planned)"),
    ),
)

S02 = Source(
    article_id="s131_02_stallgefluester_clenze",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Reit- und Fahrverein Clenze – Stallgeflüster",
        "https://www.reitverein-clenze.example/stallgefluester/winter-2025",
        "Stallgeflüster: Eine Tierärztin von der Pferdeinsel",
    ),
    features="a riding and driving club's winter letter from Clenze in the Wendland as plain text, "
        "windows-1252 with CRLF (`„“`, `–`), no date in the file (sidecar, Friday); the New Year "
        "ride first; a veterinarian from Jeju relaying her brother, a marine NCO on Yeonpyeong "
        "('In seiner Einheit, sagt Min-seo, rechne man damit') `zehntausend` 'weitere' (number "
        "word, increment, planned, other, `pub`); the NIS 'Am Montag' `rund 300` fallen and "
        "`2.700` 'weitere' wounded (others of the same count, not an increment); Zelensky 'Zwei "
        "Tage vorher' (the Saturday) `zwei` captured (number word); the White House 'kurz nach "
        "Weihnachten' `mehr als 1.000` dead and wounded in one week (26 to 31 December); 'Dem … "
        "Militärgeheimdienst zufolge' `rund 11.000` sent and 'von den … inzwischen' `fast 4.000` "
        "lost (a breakdown, `pub`); Russia's daily losses, horses, ponies, riders, kilometres, "
        "ages, euros, 'Drei weitere Pferde' (horses), a phone number",
    text="""\
Reit- und Fahrverein Clenze e. V.
Stallgeflüster – Winterbrief 2025

Liebe Mitglieder, liebe Einstellerinnen und Einsteller,

der Frost hat den Außenplatz hart wie Beton gemacht, dafür ist die Halle jeden Abend voll. 34 \
Pferde stehen zurzeit bei uns im Stall, dazu die 9 Ponys der Voltigiergruppe. Zum Neujahrsritt am \
1. Januar waren 27 Reiterinnen und Reiter und zwei Kutschen unterwegs, über die Feldwege bis zum \
Waldrand und zurück, gut 14 Kilometer.

Eine Tierärztin von der Pferdeinsel

Seit Anfang Dezember hilft uns Kang Min-seo, 27, Tierärztin aus Jeju. Sie macht ein Praktikum in \
der Pferdepraxis im Ort und wohnt im Stübchen über der Sattelkammer. Auf Jeju, erzählt sie, \
hätten die Bauern früher mehr Pferde gehalten als Kühe; ihr Großvater züchtete die kleinen \
Jeju-Pferde, die kaum größer sind als unsere Haflinger.

Ihr älterer Bruder dient als Unteroffizier bei der Marineinfanterie auf Yeonpyeong, einer Insel \
dicht an der Seegrenze zum Norden. Wenn die beiden telefonieren, geht es neuerdings fast nur um \
Russland. In seiner Einheit, sagt Min-seo, rechne man damit, dass Pjöngjang bis zum Sommer \
[[zehntausend]] weitere Soldaten schickt. „Mein Bruder sagt: Die kommen nicht als Helden zurück. \
Die kommen gar nicht zurück.“

Was aus Seoul und Kiew zu hören ist

Am Montag legte der südkoreanische Geheimdienst NIS den Abgeordneten in Seoul neue Zahlen vor. \
Demnach sind seit Dezember [[rund 300]] Nordkoreaner gefallen; [[2.700]] weitere wurden \
verletzt. Zwei Tage vorher hatte Präsident Selenskyj mitgeteilt, dass ukrainische Soldaten im \
Gebiet Kursk [[zwei]] Nordkoreaner lebend gefangen genommen hätten. Einer der beiden ist 20 Jahre \
alt.

Das Weiße Haus hatte die Verluste des Nordens schon kurz nach Weihnachten auf [[mehr als 1.000]] \
Tote und Verwundete in einer einzigen Woche beziffert. Dem ukrainischen Militärgeheimdienst \
zufolge sind von den [[rund 11.000]] Entsandten inzwischen [[fast 4.000]] tot, verwundet oder \
vermisst. Die Russen selbst verlieren nach Kiewer Angaben jeden Tag über 1.500 Mann.

Min-seo fliegt Ende Februar zurück nach Jeju. Sie will wiederkommen, sagt sie, am liebsten zum \
Turnier im Sommer.

Termine und Hinweise
– Lehrgang für das Reitabzeichen ab 15. Februar, 8 Termine, 140 Euro
– Die Boxenmiete steigt ab März auf 320 Euro im Monat.
– Drei weitere Pferde ziehen im Frühjahr ein; für die Weide suchen wir noch Paten.
– Der Hufschmied kommt jeden zweiten Dienstag.
Rückfragen an die Geschäftsstelle: 05844 97 12 08
""",
    claims=(
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a veterinarian relaying her brother's unit ('sagt Min-seo', the speaker quoted: "
          "other; no day), Konjunktiv: 'weitere' Pyongyang will send by summer (number word, "
          "increment after the figure, planned)", add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'Am Montag … legte … vor' (13 January, Friday letter), 'Demnach': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same report: '2.700 weitere wurden verwundet' (the others wounded, not an increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Zwei Tage vorher hatte … mitgeteilt' (two days before Monday: Saturday 11 "
          "January): captured alive (number word)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-26..2024-12-31",
          "the White House 'schon kurz nach Weihnachten … beziffert' (26 to 31 December): dead "
          "and wounded in one week"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): all sent"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "same source, 'von den … inzwischen' (a breakdown): dead, wounded or missing ('fast' "
          "as approx)"),
    ),
)

S03 = Source(
    article_id="s131_03_backtag_waddeweitz_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-14"),
    dated_by="front_matter",
    features="a village bake-house society's notes from Waddeweitz in the Wendland in Markdown, "
        "UTF-8 with BOM, front matter with `date:` (Friday) and a title without a figure; the "
        "baking day first; a baker from Uman relaying her son, a drone pilot, whose call came "
        "'Vorgestern' (Konjunktiv, 'habe er erzählt') `Hunderte` in the push on Sudzha (other, "
        "from that Wednesday to publication); Moscow's recapture of Sudzha without a figure; the "
        "JCS 'teilte am Montag mit' `zwischen 1.000 und 3.000` 'zusätzliche' (range, increment) "
        "and, 'In derselben Mitteilung bezifferte er', `rund 4.000` dead and wounded; Zelensky "
        "'am Dienstag' `mehrere tausend` fighting in Kursk again; 'Aus dem Pentagon hieß es "
        "vergangene Woche' with the figure given by 'ein Sprecher' `etwa 11.000` in the combat "
        "zone; HUR 'schätzt' `gut 3.000` moved to camps further inland ('gut' as at_least, in "
        "Russia, `pub`); the chairman, a retired soldier, 'geht davon aus' `mindestens 5.000` "
        "'weitere' (increment, planned, other); loaves, cakes, firewood, the oven's year and "
        "capacity, members, ages, euros, a phone number",
    text="""\
---
title: "Backtag im März"
date: 2025-03-14
verein: Backhausverein Waddeweitz e. V.
---

# Backtag im März

Am Samstag war das Backhaus wieder warm. Schon um fünf Uhr früh hat Gerd Schulz den Ofen mit zwei \
Raummetern Buchenholz angeheizt, drei Stunden später war die Kuppel weiß und die Glut ausgefegt. \
Bis zum Mittag kamen 64 Roggenbrote und 110 Stück Butterkuchen aus dem Ofen, der 1852 gemauert \
wurde und bis heute 40 Laibe auf einmal fasst.

## Iryna und das Brot aus Uman

Zum ersten Mal hat Iryna Kowaltschuk mitgebacken. Die 46-Jährige kommt aus Uman in der \
Zentralukraine und lebt seit zwei Jahren im Dorf. Ihre Paljanyzja, ein rundes Weizenbrot mit \
eingeschnittener Kruste, war nach einer halben Stunde ausverkauft.

Irynas Sohn Danylo steuert Drohnen in einer Brigade, die bis vor kurzem im russischen Gebiet \
Kursk stand. Vorgestern hat er sie angerufen. Beim russischen Vorstoß auf Sudscha seien \
[[Hunderte]] Nordkoreaner dabei gewesen, habe er erzählt, viele davon selbst mit Drohnen \
ausgerüstet. Am Donnerstag meldete Moskau die Rückeroberung der Stadt; von Nordkoreanern war in \
der Meldung keine Rede.

## Die Zahlen

Der Vereinigte Generalstab in Seoul teilte am Montag mit, Nordkorea habe im Januar und Februar \
[[zwischen 1.000 und 3.000]] zusätzliche Männer über die Grenze nach Russland verlegt. In \
derselben Mitteilung bezifferte er die Verluste der Nordkoreaner auf [[rund 4.000]] Tote und \
Verwundete.

Präsident Selenskyj sagte am Dienstag, im Gebiet Kursk kämpften wieder [[mehrere tausend]] \
Nordkoreaner an der Seite russischer Truppen. Aus dem Pentagon hieß es vergangene Woche, die \
Einheiten aus dem Norden hätten ihre Taktik nach den hohen Verlusten umgestellt; ihre Stärke im \
Kampfgebiet gab ein Sprecher mit [[etwa 11.000]] an. Der ukrainische Militärgeheimdienst schätzt, \
dass [[gut 3.000]] Nordkoreaner nach den Kämpfen im Winter in Lager weiter im Landesinneren \
verlegt wurden.

Unser Vorsitzender Heinrich Wöhlke, 68, war 31 Jahre lang Soldat. Er geht davon aus, dass Kim im \
Frühjahr [[mindestens 5.000]] weitere Männer schickt. „Moskau zahlt, und Pjöngjang braucht \
Devisen. Das hört nicht auf, nur weil es Tote gibt.“

## Termine

- Nächster Backtag: Samstag, 12. April, Brotverkauf ab 11 Uhr
- Ein Roggenbrot kostet 4,50 Euro, der Butterkuchen 1,80 Euro das Stück.
- Der Verein hat 73 Mitglieder. Wer mitbacken will, meldet sich bei Gerd: 05849 13 27 44
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-03-12..pub",
          "a baker relaying her son, a drone pilot ('habe er erzählt', the speaker quoted: "
          "other), whose call came 'Vorgestern' (Wednesday 12 March; from that day to "
          "publication): in the push on Sudzha"),
        C("zwischen 1.000 und 3.000", None, "range", "in_russia", "south_korea", "mon",
          "the JCS 'teilte am Montag mit' (10 March, Friday notes): 'zusätzliche' brought to "
          "Russia in January and February (range, increment before the noun)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "'In derselben Mitteilung bezifferte er' (pronoun, same statement): dead and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "tue",
          "Zelensky 'sagte am Dienstag' (11 March): fighting again in the Kursk region"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "lastweek",
          "'Aus dem Pentagon hieß es vergangene Woche', the figure given by 'ein Sprecher': "
          "strength in the combat zone"),
        C("gut 3.000", 3000, "at_least", "in_russia", "ukraine", "pub",
          "HUR 'schätzt' (undated): moved to camps further inland after the winter fighting "
          "('gut' as at_least; in Russia, not at the front)"),
        C("mindestens 5.000", 5000, "at_least", "planned", "other", "pub",
          "the society's chairman, a retired soldier, 'geht davon aus' (undated): 'weitere' in "
          "spring (increment after the figure, planned)", add=True),
    ),
)

S04 = Source(
    article_id="s131_04_grenzmuseum_schnackenburg_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Freundeskreis Grenzlandmuseum Schnackenburg – Mitteilungen",
        "https://www.grenzmuseum-schnackenburg.example/mitteilungen/sommer-2025",
        "Besuch aus Cheorwon",
    ),
    features="a border museum friends' circle's bulletin from Schnackenburg on the Elbe "
        "(Wendland) in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, "
        "Thursday) and a title without a figure; a group from Cheorwon on the DMZ and their "
        "guide, a former sergeant, who 'hält es für möglich' `30.000` by the end of the year "
        "(other, planned, `pub`); Shoigu 'am 17. Juni in Pjöngjang' `6.000` for Kursk with "
        "'darunter' `1.000` deminers and `5.000` builders (a total and its parts, planned, "
        "russia); 'hieß es am Dienstag in Seoul' after the figure `rund 15.000` sent; 'Dem … "
        "Militärgeheimdienst zufolge' `etwa 11.000` in Kursk (`pub`); Rutte 'Am Mittwoch' at the "
        "summit `Tausenden` fighting; North Korean state TV 'am Sonntag' `Dutzende` fallen "
        "(north_korea); the bulletin's own 'Rechnet man … wären' `über 20.000` (unattributed, "
        "planned, required); border lengths and widths, years, visitors, members, travellers, "
        "euros, a phone number",
    text="""\
---
title: "Besuch aus Cheorwon"
rubrik: Aus dem Freundeskreis
heft: Mitteilungen Sommer 2025
---

# Besuch aus Cheorwon

*Zwei Grenzen, ein Museum: Eine Reisegruppe aus Südkorea war bei uns an der Elbe. Ihr Reiseleiter \
kennt die Zone zwischen Nord und Süd aus eigener Anschauung.*

Am Pfingstmontag hielt ein Reisebus vor dem Museum, und 23 Gäste aus dem Landkreis Cheorwon \
stiegen aus. Ihre Heimat liegt direkt an der entmilitarisierten Zone, die Korea seit 1953 auf \
rund 248 Kilometern Länge teilt und 4 Kilometer breit ist. Unsere innerdeutsche Grenze war 1.393 \
Kilometer lang; ihr Verlauf an der Elbe ist vom Deich hinter dem Museum noch gut zu erkennen.

Geführt hat die Gruppe Yoon Ha-neul, 52, der als junger Feldwebel zwei Jahre auf einem Wachposten \
am Zaun verbracht hat. Vor unserem Stück Streckmetallzaun blieb er lange stehen. „Bei uns steht \
so etwas noch“, sagte er, „und es wird jedes Jahr neu gestrichen.“

## Soldaten aus dem Norden

Über die Nordkoreaner in Russland spricht Yoon ohne Umschweife. Er hält es für möglich, dass bis \
Jahresende [[30.000]] von ihnen in Russland gedient haben werden. „Von unseren Beobachtungstürmen \
sieht man, dass drüben ganze Kompanien fehlen.“

Die Zahlen der Regierungen gehen in dieselbe Richtung. Sergej Schoigu, der Sekretär des \
russischen Sicherheitsrats, verkündete am 17. Juni in Pjöngjang, Nordkorea werde [[6.000]] Mann \
für den Wiederaufbau in das Gebiet Kursk schicken, darunter [[1.000]] Minenräumer und [[5.000]] \
Militärbauarbeiter. Seit dem Herbst seien insgesamt [[rund 15.000]] Soldaten entsandt worden, \
hieß es am Dienstag in Seoul nach einer Sitzung des Geheimdienstausschusses. Dem ukrainischen \
Militärgeheimdienst zufolge sind derzeit [[etwa 11.000]] Nordkoreaner im Gebiet Kursk \
stationiert.

Am Mittwoch sprach Nato-Generalsekretär Mark Rutte beim Gipfeltreffen in Den Haag von \
[[Tausenden]] Nordkoreanern, die für Russland kämpften. Das nordkoreanische Staatsfernsehen \
zeigte am Sonntag Kim Jong Un bei einer Gedenkfeier für [[Dutzende]] Gefallene.

Rechnet man die angekündigten Bautrupps zu den Soldaten, die schon dort sind, wären bis zum \
Herbst [[über 20.000]] Nordkoreaner in Russland.

## Aus dem Freundeskreis

Im vergangenen Jahr kamen 3.870 Besucherinnen und Besucher ins Museum, so viele wie noch nie. Der \
Freundeskreis hat 112 Mitglieder. Im Oktober reisen 18 von ihnen zum Gegenbesuch nach Cheorwon; \
die Fahrt kostet 2.150 Euro pro Person. Anmeldung bei Ilse Brammer: 05840 71 03 96
""",
    claims=(
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "a South Korean guide, a former sergeant, 'hält es für möglich' (undated): will have "
          "served in Russia by the end of the year (a forecast: planned)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'verkündete am 17. Juni in Pjöngjang': will send for rebuilding Kursk (the "
          "total of the announcement)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'darunter': deminers (a part of the total, not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (the second part, not an increment)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "'hieß es am Dienstag in Seoul nach einer Sitzung des Geheimdienstausschusses' after "
          "the figure (24 June, Thursday bulletin), Konjunktiv: sent since the autumn"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): stationed in the Kursk "
          "region"),
        C("Tausenden", None, "vague", "near_front", "nato", "wed",
          "Rutte 'Am Mittwoch … beim Gipfel in Den Haag' (25 June): fighting at Russia's side"),
        C("Dutzende", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state TV 'zeigte am Sonntag' (22 June): a memorial for the fallen"),
        C("über 20.000", 20000, "at_least", "planned", "unattributed", "pub",
          "the bulletin's own 'Rechnet man … zu den Soldaten, die schon dort sind, wären bis "
          "zum Herbst' (no source: unattributed, required; a projection: planned)"),
    ),
)

S05 = Source(
    article_id="s131_05_maisaesspost_silbertal_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-21"),
    dated_by="sidecar",
    sidecar=(
        "Maisäßgemeinschaft Silbertal – Maisäßpost",
        "https://www.maisaess-silbertal.example/post/feber-2025",
        "Schnee bis unters Dach",
    ),
    features="a Maisäß (alpine summer-hut) community's post from Silbertal in the Montafon "
        "(Vorarlberg) in HTML, ISO-8859-1 with quotes only as entities (`&bdquo;`, `&ldquo;`), "
        "no meta date (sidecar, Friday), Austrian conventions (`Feber`, `Jänner`, `heuer`, "
        "`Vorige Woche`, `Passt so`), a cookie note about the avalanche warning, a script, "
        "navigation, a footer with a phone number; `<title>` and headline without a figure; the "
        "snow first; a cook from Yaremche relaying her husband, an artilleryman, in a message "
        "that came 'Vorige Woche' (Konjunktiv) `ein paar hundert` opposite his sector before "
        "they were pulled out (other, `lastweek`) and her own 'schätzt' `15.000 bis 20.000` by "
        "spring (range, planned); the NIS 'Anfang Feber' and 'bezifferte er' `rund 3.000` dead "
        "and wounded; 'Aus Washington hieß es am Dienstag' `einige tausend` retrained in camps "
        "behind the front (in Russia); HUR 'zählt' `etwa 4.000` (`pub`); Zelensky 'am 15. "
        "Feber' in Munich `Zehntausende` 'weitere' (increment); Rutte 'am Donnerstag' `mehr als "
        "10.000` in Russia; huts, snow depth, members, hours, centuries, roofs, euros, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Maisäßpost &ndash; Maisäßgemeinschaft Silbertal</title>
<script>var msg={seite:"post",ausgabe:"feber-2025",schnee:true};</script>
</head>
<body>
<div class="cookie">Ein einziges Cookie merkt sich, ob Sie die Lawinenwarnung schon gelesen \
haben. <button>Passt so</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/maisaesse">Unsere Maisäße</a> &middot; <a \
href="/post">Maisäßpost</a> &middot; <a href="/verleih">Hüttenverleih</a></nav>
<main>
<h1>Schnee bis unters Dach</h1>
<p>Liebe Mitglieder, so viel Schnee hatten wir auf dem Maisäß seit Jahren nicht. Bei der \
Kontrollrunde Anfang Feber lagen bei den 23 Hütten oberhalb des Dorfes gut 1,8 Meter, und bei \
zwei Ställen mussten wir die Dächer freischaufeln. Im Jänner sind 14 Mitglieder an drei Samstagen \
hinaufgestapft; mit Schneeschuhen ist man gut zwei Stunden unterwegs.</p>
<h2>Oksana auf der Hütte</h2>
<p>Dabei war diesmal auch Oksana Melnyk, 35, die seit 2022 in der Küche des Gasthofs im Dorf \
arbeitet und heuer die Hütte der Familie Netzer gepachtet hat. Sie stammt aus Jaremtsche in den \
ukrainischen Karpaten, wo es ganz ähnliche Sommerdörfer gibt. Ihr Mann Bohdan ist Artillerist in \
einer Brigade an der Grenze zum russischen Gebiet Kursk.</p>
<p>Vorige Woche hat Bohdan ihr geschrieben, die Nordkoreaner vor seinem Abschnitt seien seit \
Wochen verschwunden. Zuletzt hätten dort [[ein paar hundert]] gelegen, dann habe man sie über \
Nacht abgezogen. &bdquo;Er glaubt nicht, dass sie wegbleiben&ldquo;, sagt Oksana. Sie selbst \
schätzt, dass im Frühjahr [[15.000 bis 20.000]] Nordkoreaner an der Front stehen werden.</p>
<h2>Was man aus den Hauptstädten hört</h2>
<p>Der südkoreanische Geheimdienst NIS teilte Anfang Feber mit, die nordkoreanischen Truppen \
seien seit Mitte Jänner nicht mehr im Kampf gesehen worden. Ihre Verluste bezifferte er auf \
[[rund 3.000]] Tote und Verwundete. Aus Washington hieß es am Dienstag, [[einige tausend]] \
Nordkoreaner würden derzeit in Lagern hinter der Front neu ausgebildet. Der ukrainische \
Militärgeheimdienst zählt seit Oktober [[etwa 4.000]] tote und verwundete Nordkoreaner.</p>
<p>Präsident Selenskyj warnte am 15. Feber bei der Sicherheitskonferenz in München, Pjöngjang \
könne noch [[Zehntausende]] weitere Soldaten schicken. Nato-Generalsekretär Mark Rutte sprach am \
Donnerstag von [[mehr als 10.000]] Nordkoreanern, die sich weiterhin in Russland aufhielten.</p>
<h2>Aus der Gemeinschaft</h2>
<p>Die Maisäße im Silbertal werden seit dem 15. Jahrhundert bewirtschaftet. Heuer wollen wir drei \
Schindeldächer erneuern; die Kosten von rund 27.000 Euro trägt zum Teil das Land. Der \
Jahresbeitrag bleibt bei 35 Euro. Die Jahreshauptversammlung ist am 14. März um 20 Uhr im \
Gemeindesaal.</p>
</main>
<footer>Maisäßgemeinschaft Silbertal &middot; 6782 Silbertal &middot; Tel. 05556 74 318 &middot; \
<a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/lawine.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "lastweek",
          "a cook relaying her husband, an artilleryman ('sagt Oksana', the speaker quoted: "
          "other), in a message that came 'Vorige Woche', Konjunktiv: opposite his sector before "
          "they were pulled out"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "the cook herself 'schätzt' (undated): at the front by spring (a forecast: planned)"),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-02-01..2025-02-10",
          "the NIS 'teilte Anfang Feber mit' (days 1-10), 'bezifferte er' (pronoun): dead and "
          "wounded"),
        C("einige tausend", None, "vague", "in_russia", "united_states", "tue",
          "'Aus Washington hieß es am Dienstag' (18 February, Friday post), Konjunktiv: "
          "retrained in camps behind the front (in Russia, not at the front)"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "HUR 'zählt seit Oktober' (undated): dead and wounded"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-02-15",
          "Zelensky 'warnte am 15. Feber' in Munich: 'weitere' Pyongyang could send (increment "
          "after the figure, planned)", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "thu",
          "Rutte 'sprach am Donnerstag' (20 February): still in Russia"),
    ),
)

S06 = Source(
    article_id="s131_06_klubblatt_schwinger_sumiswald",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-09-05"),
    dated_by="dateline",
    features="a Swiss wrestling (Schwingen) club's paper from Sumiswald in the Emmental as plain "
        "text, ISO-8859-1 (Swiss conventions: `ss`, «», `6'800`, `1'120`, `11'000`, `25'000 "
        "bis 30'000`, 4-digit `2000`/`4000`/`6000`), dated by the place line 'Sumiswald, 5. "
        "September 2025' (Friday); the wrestling season first; a ssireum wrestler from Uiseong, a "
        "former marine, «Ich schätze» `25'000 bis 30'000` through Russia (range, other, `pub`); "
        "the NIS 'schätzt' `rund 2000` fallen and, 'Nach Angaben aus Seoul', `etwa 11'000` in "
        "Kursk (both undated); North Korean state TV 'Ende August' pictures of `101` fallen; "
        "`Tausende` builders on the way to Kursk, claimant and day in the next sentence ('Das "
        "sagte der russische Botschafter in Pjöngjang am Montag'); the State Department 'am "
        "Mittwoch' `mehr als 4000`; 'Laut einem Nato-Sprecher' `bis zu 6000` 'zusätzlichen' "
        "(increment, planned, `pub`); active wrestlers, festivals, wreaths, spectators, the "
        "prize bull's weight, a wrestler's weight, ages, francs, a phone number",
    text="""\
SCHWINGKLUB SUMISWALD UND UMGEBUNG
Klubblatt Herbst 2025

Sumiswald, 5. September 2025

Liebe Schwingerfreunde

Die Kranzfestsaison ist vorbei, und sie war für unseren Klub eine der besten seit langem. Unsere \
43 Aktiven haben an 11 Festen teilgenommen und 9 Kränze nach Hause gebracht. Am Emmentalischen \
schauten bei strahlendem Wetter 6'800 Zuschauer zu, und der Siegermuni brachte 1'120 Kilo auf die \
Waage.

Ein Ringer aus Korea

Zu Gast im Sägemehl war im August Choi Dong-hyun, 29, Ssireum-Ringer aus Uiseong in Südkorea. \
Ssireum ist der koreanische Ringkampf; auch er wird im Sand ausgetragen, nur mit einem Stoffgurt \
statt der Zwilchhosen. Choi wiegt 121 Kilo und hat im Training drei unserer Kranzschwinger auf \
den Rücken gelegt, was ihm keiner übel nahm.

Bevor er Profi wurde, diente Choi zwei Jahre als Marineinfanterist auf der Insel Baengnyeong, in \
Sichtweite des Nordens. Am Grillabend im Schwingkeller kam die Rede auf den Krieg. «Ich schätze, \
dass bisher [[25'000 bis 30'000]] Nordkoreaner durch Russland gegangen sind», sagte Choi. «Zurück \
kommen die wenigsten so, wie sie gegangen sind.»

Die Zahlen der Behörden

Der südkoreanische Nachrichtendienst NIS schätzt die Zahl der nordkoreanischen Gefallenen \
inzwischen auf [[rund 2000]]. Nach Angaben aus Seoul sind im Gebiet Kursk weiterhin [[etwa \
11'000]] Soldaten aus dem Norden stationiert. Das Staatsfernsehen in Pjöngjang zeigte Ende \
August, wie Kim Jong Un vor den Bildern von [[101]] Gefallenen deren Familien Orden überreichte.

[[Tausende]] nordkoreanische Bauarbeiter sind bereits auf dem Weg Richtung Kursk. Das sagte der \
russische Botschafter in Pjöngjang am Montag. Das US-Aussenministerium bezifferte die \
nordkoreanischen Verluste am Mittwoch auf [[mehr als 4000]] Tote und Verwundete. Laut einem \
Nato-Sprecher rechnet das Bündnis bis Jahresende mit [[bis zu 6000]] zusätzlichen Soldaten aus \
dem Norden.

Choi will im nächsten Sommer wiederkommen, dann mit zwei Kollegen aus seinem Klub in Uiseong.

Mitteilungen
- Training: dienstags und freitags ab 19.30 Uhr im Schwingkeller
- Jahresbeitrag Aktive 60 Franken, Passive 40 Franken
- Chlausschwinget am 6. Dezember, Anschwingen 9 Uhr
- Auskunft beim Technischen Leiter: 034 431 27 56
""",
    claims=(
        C("25'000 bis 30'000", None, "range", "in_russia", "other", "pub",
          "a ssireum wrestler, a former South Korean marine, «Ich schätze», 'sagte Choi' at a "
          "barbecue (no day): passed through Russia so far"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "pub",
          "the NIS 'schätzt … inzwischen' (undated): fallen"),
        C("etwa 11'000", 11000, "approx", "near_front", "south_korea", "pub",
          "'Nach Angaben aus Seoul' (undated): stationed in the Kursk region"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "North Korean state TV 'zeigte Ende August' (day 21 to the month's end): pictures of "
          "the fallen"),
        C("Tausende", None, "vague", "near_front", "russia", "mon",
          "claimant and day in the next sentence: 'Das sagte der russische "
          "Botschafter in Pjöngjang am Montag' (1 September): builders on the way to Kursk"),
        C("mehr als 4000", 4000, "at_least", "casualties", "united_states", "wed",
          "the State Department 'bezifferte … am Mittwoch' (3 September): dead and wounded"),
        C("bis zu 6000", 6000, "at_most", "planned", "nato", "pub",
          "'Laut einem Nato-Sprecher' (undated): 'zusätzlichen' expected by the end of the year "
          "(increment, span without the word, planned)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Belize's Cayes, the Magdalen Islands, Tristan da Cunha)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s131_07_cayes_wire_san_pedro",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from San Pedro on Ambergris Caye (Belize) as plain "
        "text, UTF-8 with CRLF, slug line and dateline 'SAN PEDRO, Belize, April 29, 2025 (Cayes "
        "Coast Wire) –' (Tuesday), curly quotes; the headline's `600` from the NIS briefing of "
        "Monday (Monday to publication, hedge dropped); a dive master from Odesa; KCNA's "
        "admission 'on Monday' without a figure; a Russian lawmaker 'On Sunday' on state TV "
        "“`several thousand`” (russia, in combat); the NIS 'told lawmakers on Monday' `around "
        "600` killed and `some 4,700` casualties and, by 'The agency put the total … at', "
        "`roughly 15,000` sent; 'A US official, in a briefing last week, estimated' `up to "
        "3,000` in or near Kursk; HUR 'believes' 'a further' `3,000 to 5,000` (range, "
        "increment, planned, `pub`); the diver relaying her brother, a mortar man, who 'told her "
        "last week' `a few hundred` dug in (other, `lastweek`), and her echo “`Six hundred` "
        "dead” in a quote (optional); Ukrainians on the island, dive prices in Belize dollars, "
        "years, ages, the reef's length, a wire trailer with a phone number",
    text="""\
BELIZE-UKRAINE/KOREA (CAYES COAST WIRE)

On a Belize reef, a Ukrainian diver hears Pyongyang admit its war; Seoul puts dead at [[600]]

SAN PEDRO, Belize, April 29, 2025 (Cayes Coast Wire) – Halyna Moroz was rinsing regulators on a \
dock in San Pedro when the news came through on her phone: North Korea, after six months of \
silence, had admitted that its soldiers were fighting for Russia.

“My brother has been telling me this since November,” said Moroz, 41, a dive master from Odesa \
who has taken tourists down to the Belize Barrier Reef for nine years. “Now Kim says it himself.”

North Korea’s state news agency KCNA said on Monday that units sent on Kim Jong Un’s orders had \
helped to “liberate” the Kursk region, but it gave no figure. On Sunday a Russian lawmaker told \
state television that “[[several thousand]]” Korean comrades had fought alongside Russian troops \
there.

Seoul’s National Intelligence Service gave its own figures to a closed session of parliament on \
Monday: [[around 600]] North Korean soldiers had been killed, it said, and casualties including \
the wounded stood at [[some 4,700]]. The agency put the total sent since October at [[roughly \
15,000]].

A US official, in a briefing last week, estimated that [[up to 3,000]] North Koreans were still \
in or near the Kursk region. Ukraine’s military intelligence believes Pyongyang is readying a \
further [[3,000 to 5,000]] for the summer.

Moroz’s younger brother Yurii serves with a mortar crew in the Sumy region. He told her last week \
that [[a few hundred]] North Koreans were still dug in across the border from his position, she \
said. “[[Six hundred]] dead is a number for a newspaper,” she added. “He sees them every day.”

About 30 Ukrainians live on Ambergris Caye, most of them working in diving and tourism. Russian \
visitors, who once filled the island’s dive boats in winter, have all but vanished; a two-tank \
dive costs 190 Belize dollars, and the reef runs for some 300 kilometres along the coast.

(Reporting by Marisol Cante in San Pedro; editing by Desmond Usher)
((desk@cayescoastwire.example; +501 226 4471))
-- ends --
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul puts dead at': the NIS briefing of Monday below, hedge dropped "
          "(Monday to the Tuesday of publication)"),
        C("several thousand", None, "vague", "near_front", "russia", "sun",
          "a Russian lawmaker 'On Sunday … told state television' (27 April), in quotes: fought "
          "alongside Russian troops"),
        C("around 600", 600, "approx", "casualties", "south_korea", "mon",
          "the NIS 'told lawmakers on Monday' (28 April): killed"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same briefing: casualties including the wounded"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, 'The agency put the total sent since October at'"),
        C("up to 3,000", 3000, "at_most", "near_front", "united_states", "lastweek",
          "'A US official, in a briefing last week, estimated': still in or near the Kursk "
          "region"),
        C("3,000 to 5,000", None, "range", "planned", "ukraine", "pub",
          "HUR 'believes' (undated): 'a further' being readied for the summer (range, increment, "
          "span without the words, planned)", add=True),
        C("a few hundred", None, "vague", "near_front", "other", "lastweek",
          "a dive master relaying her brother, a mortar man ('She said', the speaker quoted: "
          "other), who 'told her last week': dug in across the border"),
        C("Six hundred", 600, "exact", "casualties", "other", "pub",
          "the diver's echo of the NIS figure inside a quote (number words): optional",
          opt=True),
    ),
)

S08 = Source(
    article_id="s131_08_mangrove_letter_caye_caulker_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-08-27"),
    dated_by="front_matter",
    features="a mangrove volunteers' letter from Caye Caulker (Belize) in Markdown, windows-1252 "
        "with curly quotes, front matter with `date:` (Wednesday) and a title without a figure; "
        "the planting season first; a marine biology student from Mokpo relaying her brother, a "
        "sergeant on the DMZ, who told her 'On a video call on Sunday' that his officers "
        "'figure' `6,000` 'more' (increment, planned, other, Sunday to publication) and her own "
        "'believes' `tens of thousands` (other, planned, `pub`); the NIS 'earlier this month' "
        "`some 2,000` dead (the 1st to publication); 'According to Kyiv's military intelligence' "
        "`around 11,000` still inside Russia (`pub`); a Pentagon spokesman 'on Monday' `more "
        "than 1,000` engineers at work in Kursk; KCNA 'on Friday' a museum for `hundreds` killed "
        "(north_korea, casualties); seedlings, shoreline, volunteers, countries, hours, dates, "
        "Belize dollars, ages, a phone number",
    text="""\
---
title: "Volunteer letter: end of the planting season"
date: 2025-08-27
group: Caye Caulker Mangrove Volunteers
---

# End of the planting season

We pushed the last red mangrove propagules into the mud on the back side of the island on \
Saturday, and the count for the season is in: 4,260 seedlings along 1.4 kilometres of shoreline, \
planted by 38 volunteers from eleven countries. About seven in ten of last year’s plantings came \
through the dry months, which the old fishermen tell us is better than the mangroves used to \
manage on their own.

## Ji-woo’s season

Park Ji-woo, 24, came to us in May from Mokpo, where she studies marine biology. She has spent \
three months up to her knees in the lagoon, and she now knows more about crab burrows than any of \
us ever wanted to learn.

Her older brother is a sergeant with an infantry division on the border with the North. During a \
video call on Sunday, Ji-woo says, he told her that the officers in his battalion figure \
[[6,000]] more North Koreans are getting ready to go to Russia. “He says they watch the other \
side through binoculars, and the posts look emptier every month,” she said.

## The numbers from far away

South Korea’s intelligence agency told lawmakers earlier this month that the North had lost \
[[some 2,000]] dead in the fighting. According to Kyiv’s military intelligence, [[around 11,000]] \
North Koreans are still inside Russia, most of them close to Kursk. A Pentagon spokesman said on \
Monday that [[more than 1,000]] North Korean engineers were already at work in the Kursk region, \
and KCNA reported on Friday that Kim Jong Un had laid the foundation stone of a museum for the \
[[hundreds]] of soldiers killed there.

Ji-woo believes [[tens of thousands]] will have passed through Russia by this time next year. \
“Nobody in Seoul thinks this stops,” she said on her last morning in the nursery.

## Notes

- Nursery volunteers are needed in September: three hours a morning, starting at 7 a.m.
- Our water-taxi discount with the co-op ends on 30 September.
- A bag of 50 propagules costs BZ$25. Donations to the nursery: +501 226 0389
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "other", "sun..pub",
          "a student relaying her brother, a sergeant on the DMZ, and his officers ('Ji-woo "
          "says', the speaker quoted: other), on a call 'on Sunday' (24 August) told in an "
          "undated talk: 'figure … more' getting ready to go (increment, planned)", add=True),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-01..pub",
          "the NIS 'told lawmakers earlier this month' (the 1st to publication): dead"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "'According to Kyiv's military intelligence' (undated): still inside Russia, most "
          "near Kursk"),
        C("more than 1,000", 1000, "at_least", "near_front", "united_states", "mon",
          "a Pentagon spokesman 'said on Monday' (25 August): engineers at work in the Kursk "
          "region"),
        C("hundreds", None, "vague", "casualties", "north_korea", "fri",
          "KCNA 'reported on Friday' (22 August): a museum for the soldiers killed there"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "the student 'believes' (undated): will have passed through Russia by next year (a "
          "forecast: planned)"),
    ),
)

S09 = Source(
    article_id="s131_09_sandcastle_news_havre_aubert_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Havre-Aubert Sandcastle Contest – Committee News",
        "https://www.havreaubert-sandcastles.example/news/four-weeks-to-go",
        "Forty summers of sand",
    ),
    features="a sandcastle contest committee's news from Havre-Aubert in the Magdalen Islands "
        "(Quebec) in HTML, UTF-16 LE with BOM, no meta date (sidecar, Thursday), a cookie note "
        "about the tide table, a script, navigation, entities (`&amp;`, `&rsquo;`, `&ldquo;`, "
        "`&Icirc;`), a footer with a phone number; `<title>` and headline without a figure; the "
        "contest first; a sand sculptor from Busan relaying her father, a retired marine colonel, "
        "'thinks' `30,000` by the end of the year (planned) and 'By his count' `at least 2,000` "
        "dead ('she told us', other, `pub`); Shoigu 'in mid-June' `6,000` builders and deminers "
        "(planned, russia, days 11-20); Russia's defence ministry 'On Sunday' `hundreds` of "
        "sappers clearing Kursk fields; the NIS 'on Friday', carried by 'it estimates', "
        "`roughly 11,000` in the Kursk region; a NATO official 'in Brussels on Monday, put the "
        "number still inside Russia at' `more than 10,000`; Budanov 'expects' `a few thousand` "
        "'more' (increment, planned, `pub`); the share of Russia's shells in per cent, teams, "
        "spectators, hours, volunteers, prices in dollars, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Committee News &ndash; Havre-Aubert Sandcastle Contest</title>
<script>var hasc={page:"news",edition:40,tideWidget:true};</script>
</head>
<body>
<div class="cookie-note">One cookie lets the tide table remember your beach. <a href="#" \
id="ok">Got it</a></div>
<nav><a href="/">Home</a> | <a href="/rules">Rules &amp; Categories</a> | <a \
href="/news">Committee News</a> | <a href="/tides">Tides</a></nav>
<main>
<h1>Forty summers of sand</h1>
<p>Four weeks to go. The 40th contest opens at Sandy Hook on the first weekend of August, and 118 \
teams have signed up, 14 from off the islands. Last summer about 4,500 people came to see the \
castles; builders again get twelve hours between two low tides.</p>
<h2>A sculptor from Haeundae</h2>
<p>Our guest artist is Kim Seo-yeon, 31, who has carved sand at Busan&rsquo;s Haeundae festival \
since her student days. She came over on the ferry last week with a suitcase of palette \
knives.</p>
<p>Her father is a retired South Korean marine colonel, and Seo-yeon says he follows the \
North&rsquo;s troops in Russia more closely than the weather. &ldquo;My father thinks the number \
sent will reach [[30,000]] by the end of the year,&rdquo; she told us. &ldquo;By his count, [[at \
least 2,000]] of them are already dead.&rdquo;</p>
<h2>What the governments are saying</h2>
<p>Russia&rsquo;s security council secretary, Sergei Shoigu, announced in Pyongyang in mid-June \
that [[6,000]] North Korean builders and deminers were to go to the Kursk region. On Sunday \
Russia&rsquo;s defence ministry said [[hundreds]] of Korean sappers were helping to clear the \
fields there. South Korea&rsquo;s intelligence agency told lawmakers on Friday that the first \
builders could leave within weeks; it estimates that [[roughly 11,000]] combat troops are still \
posted in the Kursk region.</p>
<p>A NATO official, speaking to reporters in Brussels on Monday, put the number still inside \
Russia at [[more than 10,000]]. Kyrylo Budanov, head of Ukraine&rsquo;s military intelligence, \
expects Pyongyang to add [[a few thousand]] more in the autumn. North Korea, he says, now \
provides close to 40 per cent of the shells fired by Russian guns.</p>
<h2>Volunteers wanted</h2>
<p>We need 60 volunteers for the contest weekend. Lunch is a lobster roll at $14, courtesy of the \
wharf.</p>
</main>
<footer>Sandcastle Contest Committee &middot; &Icirc;les-de-la-Madeleine, Quebec &middot; 418 937 \
2210 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/tides.js"></script>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a sand sculptor relaying her father, a retired marine colonel ('she told us', no "
          "day; the speaker quoted: other): 'thinks the number sent will reach' by the end of "
          "the year (a forecast: planned)"),
        C("at least 2,000", 2000, "at_least", "casualties", "other", "pub",
          "same quote, 'By his count': already dead"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'announced in Pyongyang in mid-June' (days 11-20): builders and deminers the "
          "North would send to Kursk"),
        C("hundreds", None, "vague", "near_front", "russia", "sun",
          "Russia's defence ministry 'On Sunday' (6 July, Thursday news): sappers clearing the "
          "Kursk fields"),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "fri",
          "the NIS 'told lawmakers on Friday' (4 July), carried by 'it estimates': posted in the "
          "Kursk region"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "'A NATO official, speaking to reporters in Brussels on Monday' (7 July), 'put the "
          "number still inside Russia at'"),
        C("a few thousand", None, "vague", "planned", "ukraine", "pub",
          "Budanov 'expects' (undated): 'more' in the autumn (increment, planned)", add=True),
    ),
)

S10 = Source(
    article_id="s131_10_woollens_letter_tristan_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-24"),
    dated_by="html_meta", crlf=True,
    features="a knitwear shop's letter to its overseas customers from Tristan da Cunha in HTML, "
        "windows-1252 with CRLF (curly quotes, `·` and `£` raw), `article:published_time` "
        "+00:00 (Friday), a cookie note about the basket, a script, navigation, a footer with a "
        "satellite phone number; `<title>` and headline without a figure; shearing and shipping "
        "first; the island's doctor from Zaporizhzhia relaying her brother, a battery commander, "
        "who 'wrote to her on Sunday' that rocket crews number `in the hundreds` (vague, other, "
        "Sunday to publication); the NIS 'on Tuesday' casualties 'had now passed' `5,000` "
        "(at_least, the verb outside the span); HUR 'this month' `about 11,000` in the border "
        "regions; 'In a briefing on Wednesday, a US defence official estimated' 'another' "
        "`3,000` engineers (increment, in Russia); the Kursk governor 'on Monday' `about 1,500` "
        "deminers (russia) next to 1.5 million square metres; state TV's `a few hundred` "
        "veterans at the 10 October parade (returnees: optional); the shop's own 'Add … and the "
        "North has put' `at least 16,000` (unattributed, required); wool, sheep, knitters, "
        "distances, islanders, prices in pounds, ages",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Letter to Our Customers – Tristan Woollens</title>
<meta property="article:published_time" content="2025-10-24T10:00:00+00:00">
<script>window.tw={page:"letter",shipping:"next-ship",basket:0};</script>
</head>
<body>
<div class="cookie-bar">Our shop keeps one cookie so your basket survives our slow satellite \
link. <button>Understood</button></div>
<nav><a href="/">Shop</a> · <a href="/knitters">Our Knitters</a> · <a href="/letters">Letters</a> \
· <a href="/shipping">Shipping &amp; Mail Days</a></nav>
<main>
<h1>Spring wool, and a letter from our doctor</h1>
<p>Shearing is done on the island, and the spring clip came in at just over 300 kilograms from \
our 1,150 sheep. Twenty-two knitters are at work in the village this season, and every jumper \
still carries a label with the name of the woman who made it. Orders placed before 20 November go \
out on the next fishing vessel to Cape Town, 2,430 kilometres away; after that, expect your \
parcel in the new year.</p>
<h2>Dr Lytvyn’s brother</h2>
<p>Dr Olena Lytvyn, 44, from Zaporizhzhia, has been the island’s doctor since March and has \
bought more of our socks than anyone. Her brother Serhii commands a gun battery north of Kharkiv. \
He wrote to her on Sunday that the North Korean rocket crews across the border now number [[in \
the hundreds]], and that they fire at night and then vanish. “He is not frightened of them. He is \
frightened of how many more there will be,” she told us in the surgery.</p>
<h2>The news that reaches us</h2>
<p>News travels slowly here, but it travels. South Korea’s intelligence agency said on Tuesday \
that North Korean casualties had now passed [[5,000]] killed and wounded. Kyiv’s military \
intelligence put the number stationed in Russia’s border regions this month at [[about 11,000]]. \
In a briefing on Wednesday, a US defence official estimated that Pyongyang had sent another \
[[3,000]] engineers since August. The Kursk regional governor said on Monday that [[about 1,500]] \
Korean deminers were still at work in his fields, which they have cleared across 1.5 million \
square metres.</p>
<p>State television in Pyongyang showed [[a few hundred]] veterans of Kursk marching past Kim \
Jong Un at the parade on 10 October. Add Seoul’s count of the dead and wounded to Kyiv’s count of \
those still there, and the North has put [[at least 16,000]] men into this war.</p>
<h2>Shop notes</h2>
<p>Prices for 2026: the island jumper is £95, a hat £28, and postage to Britain is £14. All 240 \
of us on the island thank you for every order.</p>
</main>
<footer>Tristan Woollens · Edinburgh of the Seven Seas, Tristan da Cunha · +870 7723 4410 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/basket.js"></script>
</body>
</html>
""",
    claims=(
        C("in the hundreds", None, "vague", "near_front", "other", "sun..pub",
          "the island's doctor relaying her brother, a battery commander north of Kharkiv ('she "
          "told us', the speaker quoted: other), who 'wrote to her on Sunday' (19 October; the "
          "telling undated: from that day to publication): rocket crews across the border"),
        C("5,000", 5000, "at_least", "casualties", "south_korea", "tue",
          "the NIS 'said on Tuesday' (21 October): casualties 'had now passed' (at_least, the "
          "verb outside the span, as 'exceed')"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-10-01..pub",
          "HUR 'said this month' (the 1st to publication): stationed in Russia's border regions"),
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed",
          "'In a briefing on Wednesday, a US defence official estimated' (22 October): "
          "'another' … engineers sent since August (increment, span without the word)",
          add=True),
        C("about 1,500", 1500, "approx", "near_front", "russia", "mon",
          "the Kursk regional governor 'said on Monday' (20 October): deminers still at work in "
          "his fields"),
        C("a few hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV: veterans of Kursk marching at the parade 'on 10 October' (returnees: "
          "optional)", opt=True),
        C("at least 16,000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the shop's own arithmetic 'Add Seoul's count … to Kyiv's count …, and the North has "
          "put' (no source: unattributed, required): put into the war"),
    ),
)

S11 = Source(
    article_id="s131_11_letters_east_end_islander",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "The East End Islander",
        "https://www.eastendislander.example/letters/2024-12-19",
        "Readers write: Latvia, Kursk and our editorial",
    ),
    features="a readers' letters page from an English-language weekly on Grosse-Île in the "
        "Magdalen Islands (Quebec) as plain text, UTF-8 with BOM (sidecar, Thursday); a "
        "grandmother quoting her grandson with the Canadian battle group in Latvia ('He says', "
        "undated) `at least 11,000` in Kursk from a NATO briefing and NATO's expected `5,000` "
        "'more' (the speaker quoted: other, increment, planned); Canadians in Latvia (not "
        "claims); a nurse from Chernivtsi quoting her cousin, a machine-gunner, who 'wrote to me "
        "on Monday' `about two hundred` (number words, approx) and `dozens` killed, with "
        "'another' `forty or so` wounded (others of the same attack, not an increment; 'or so' "
        "as approx; other, Monday to publication); a retired fisheries officer answering the "
        "paper's own 'editorial of 5 December' `10,000` (unattributed, that date), the Pentagon "
        "'on Monday' `several hundred` killed or wounded and HUR 'on 15 December' `at least 30` "
        "in one day; lobster traps, years, ages, word limits, a postcode, a phone number",
    text="""\
THE EAST END ISLANDER – READERS WRITE

A grandson in Latvia

Sir, – My grandson Tyler left Grosse-Île in the spring for a six-month tour with the Canadian \
battle group in Latvia. He is 22, and he has gone farther from home than anyone in our family \
since my father went overseas in 1944. He phones on Sundays. He says the officers at his base \
were told in a NATO briefing that [[at least 11,000]] North Koreans are now in the Kursk region, \
and that NATO expects [[5,000]] more over the winter. About 2,000 Canadians are serving in \
Latvia, and I pray every night that none of them ever has to meet those men.

– Ruth Clarke, Grosse-Île

From the hospital

Sir, – I am a nurse at the hospital in Cap-aux-Meules, and I came to the islands from Chernivtsi \
seven years ago. My cousin Roman is a machine-gunner in the Kursk region. He wrote to me on \
Monday that [[about two hundred]] North Koreans had come at his position across open snow the \
week before, walking upright, and that [[dozens]] of them were killed in front of his trench, \
with another [[forty or so]] carried back wounded. Your readers should know these are not numbers \
on a map. They are boys of 19 and 20, sent to die for somebody else.

– Natalia Hrytsenko, Fatima

Check your figures

Sir, – Your editorial of 5 December put the number of North Korean troops in Russia at [[10,000]] \
and called it “a rumour from Seoul”. It is no rumour. The Pentagon said on Monday that [[several \
hundred]] North Koreans had been killed or wounded in Kursk, and Kyiv’s military intelligence \
reported on 15 December that [[at least 30]] of them fell or were wounded in one day of fighting. \
I spent 34 years counting lobster traps for the fisheries department, and I know the difference \
between an estimate and a guess.

– Everett Dickson, Old Harry

Letters should be under 300 words and carry the writer’s name and village. We may shorten them.

The East End Islander, 34 chemin Principal, Grosse-Île QC G4T 6B5. Letters desk: 418 985 2147
""",
    claims=(
        C("at least 11,000", 11000, "at_least", "near_front", "other", "pub",
          "a grandmother quoting her grandson with the Canadian battle group in Latvia ('He "
          "says', the speaker quoted: other, also for a NATO briefing he relays; no day): in "
          "the Kursk region"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "same letter: 'NATO expects … more over the winter', relayed (increment, planned)",
          add=True),
        C("about two hundred", 200, "approx", "near_front", "other", "mon..pub",
          "a nurse quoting her cousin, a machine-gunner ('He wrote to me on Monday', 16 "
          "December, in an undated letter: from that day to publication): came at his position "
          "(number words)"),
        C("dozens", None, "vague", "casualties", "other", "mon..pub",
          "same message: killed in front of his trench"),
        C("forty or so", 40, "approx", "casualties", "other", "mon..pub",
          "same message: 'another forty or so carried back wounded' (others of the same "
          "attack, not an increment; 'or so' as approx)"),
        C("10,000", 10000, "exact", "in_russia", "unattributed", "2024-12-05",
          "a reader citing 'Your editorial of 5 December' (the paper's own figure, no source: "
          "unattributed, required; that date)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "the Pentagon 'said on Monday' (16 December, Thursday page): killed or wounded"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "2024-12-15",
          "'Kyiv's military intelligence reported on 15 December': killed or wounded in one "
          "day"),
    ),
)

S12 = Source(
    article_id="s131_12_smokehouse_notes_old_harry_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Old Harry Herring Smokehouse – Smokehouse Notes",
        "https://www.oldharrysmokehouse.example/notes/last-fire-2025",
        "Smokehouse notes: the last fire of the year",
    ),
    features="a herring smokehouse's notes from Old Harry in the Magdalen Islands in Markdown, "
        "UTF-8, front matter with `date:` that repeats the sidecar date (the sidecar wins; "
        "Thursday) and a title without a figure; the smoking season first; a wind turbine "
        "technician from Tongyeong relaying his cousin, a lieutenant, who 'told Jae-won on the "
        "phone on Sunday' `20,000` gone in all (other, Sunday to publication), and his own "
        "'reckons' `nearer 3,000` dead ('nearer' as approx, `pub`); the NIS 'told lawmakers "
        "last week' `about 10,000` along the border and `roughly 5,000` 'more' in training "
        "(increment, planned); the State Department 'on Tuesday' `more than 5,000` killed or "
        "wounded; Budanov 'in an interview published on Monday' `fewer than 10,000` ('fewer "
        "than' as at_most); NATO's head of intelligence 'in Riga last week' `as many as 15,000` "
        "(at_most, in Russia); state media 'at the end of October' a brigade of `several "
        "thousand` (north_korea, planned); herring, rods, tiers, weeks, prices in dollars, "
        "dates, ages, a phone number",
    text="""\
---
title: "Smokehouse notes: the last fire of the year"
date: 2025-11-13
smokehouse: Old Harry Herring Smokehouse
---

# The last fire of the year

The last fire of the season went out on Tuesday morning. Since the spring herring run we have \
salted, strung and smoked about 41,000 fish in the old shed, on 1,800 rods hung in eleven tiers \
under the roof. Done the old way, a herring takes six weeks over maple and spruce sawdust, and \
our best batch this year went to a restaurant in Montreal.

## Jae-won’s herring

Every Friday since the summer, a tall man in a wind farm jacket has come in to buy a dozen smoked \
herring. Lee Jae-won, 36, is a South Korean technician who services the turbines on the islands; \
he grew up in a fishing village near Tongyeong and says our herring tastes like his \
grandmother’s. He did his military service as an artillery spotter on the DMZ.

His cousin is a lieutenant in Hwacheon, close to the border with the North. He told Jae-won on \
the phone on Sunday that the talk in his battalion is of [[20,000]] North Koreans having gone to \
Russia in all. Jae-won reckons the real number of their dead is [[nearer 3,000]] than the figures \
Seoul gives out.

## The official figures

Last week South Korea’s spy agency gave lawmakers a figure of [[about 10,000]] North Korean \
troops stationed along Russia’s border with Ukraine, and said Pyongyang was training [[roughly \
5,000]] more to send early next year. The US State Department estimated on Tuesday that [[more \
than 5,000]] North Koreans had been killed or wounded since last autumn. Kyrylo Budanov, Kyiv’s \
spy chief, gave a lower number in an interview published on Monday: [[fewer than 10,000]] were \
still in Russia, he said.

NATO’s head of intelligence, speaking at a conference in Riga last week, said [[as many as \
15,000]] had passed through Russian training camps. State media in Pyongyang said at the end of \
October that a new brigade of [[several thousand]] men stood ready to “carry out its duty \
abroad”.

## Notes

- Smoked herring: $9 a dozen, or $60 for a case of ten dozen.
- The shop is closed from 20 December to 5 January.
- Orders by phone: 418 985 3306
""",
    claims=(
        C("20,000", 20000, "exact", "in_russia", "other", "sun..pub",
          "a technician relaying his cousin, a lieutenant near the DMZ (the speaker quoted: "
          "other), who 'told Jae-won on the phone on Sunday' (9 November; the telling to us "
          "undated: from that day to publication): gone to Russia in all"),
        C("nearer 3,000", 3000, "approx", "casualties", "other", "pub",
          "the technician 'reckons' (undated): dead ('nearer' as approx)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week': stationed along Russia's border with Ukraine"),
        C("roughly 5,000", 5000, "approx", "planned", "south_korea", "lastweek",
          "same briefing: 'more' being trained to send early next year (increment, planned)",
          add=True),
        C("more than 5,000", 5000, "at_least", "casualties", "united_states", "tue",
          "the State Department 'estimated on Tuesday' (11 November): killed or wounded"),
        C("fewer than 10,000", 10000, "at_most", "in_russia", "ukraine", "mon",
          "Budanov 'in an interview published on Monday' (10 November): still in Russia "
          "('fewer than' as at_most)"),
        C("as many as 15,000", 15000, "at_most", "in_russia", "nato", "lastweek",
          "NATO's head of intelligence 'speaking at a conference in Riga last week': passed "
          "through Russian training camps ('as many as' as at_most)"),
        C("several thousand", None, "vague", "planned", "north_korea", "2025-10-21..2025-10-31",
          "state media 'at the end of October' (day 21 to the month's end): a brigade ready to "
          "'carry out its duty abroad' (planned)"),
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
