"""Build the HUNDRED-AND-SEVENTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-eightieth corpus, for an honest measurement on articles the extractor has never
met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
leather-breeches maker's customer letter from Lofer in the Saalach valley (Austrian conventions)
with a former shoemaker from Chernihiv and a retired ski instructor from Pyeongchang, a photo
studio's customer post from Unken with a retoucher from Poltava and a cook from Jeonju, a BASE
jumpers' landing meadow's season letter from Lauterbrunnen (Swiss conventions) with a parachute
packer from Dnipro and a shipbuilding engineer from Ulsan, a ski race organising committee's
circular from Mürren (Swiss conventions) with a night porter from Lutsk and a physiotherapist from
Chuncheon, a cigar manufactory's customer letter from Preußisch Oldendorf on the Wiehengebirge
with a wrapper-leaf roller from Vinnytsia and an engineer from Changwon, and a high-ropes park's
news page from Gladenbach in the Gladenbacher Bergland with a safety trainer from Zaporizhzhia and
a chemist from Yeosu; an agency-style wire report from the Walpole Island powwow with a dental
hygienist from Kharkiv and an auto-parts engineer born in Gwangju, a Walpole Island community bingo
hall's notes with its canteen cook from Chernihiv and a retired tool-and-die maker from Ansan, a
readers' letters page from an Anna Maria Island weekly in Holmes Beach with letters quoting a son
in the Kursk region and a brother-in-law in Suwon, a Bradenton Beach shuffleboard club's page with
a retired bridge engineer from Odesa and a retired nurse born in Pohang, a Brier Island lobster
pound's notes with a former fisheries inspector from Kherson and a student from Tongyeong, and a
Brier Island marine supply store's dock news with a former firefighter from Lviv and a family
doctor born in Jinju. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind178_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Saalach valley, Lauterbrunnen and Mürren, Wiehengebirge, Gladenbacher Bergland)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v178_01_kundenbrief_saecklerei_lofer",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-21"),
    dated_by="dateline", crlf=True,
    features="a leather-breeches maker's (Säcklerei) customer letter from Lofer in the Saalach "
        "valley (Salzburg) as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), "
        "dated by the letter line 'Lofer, 21.01.2025' (Tuesday); Austrian conventions (`heuer`, "
        "`Jänner`, `Feber`, `in der Früh`, `Hirschlederne`); breeches made, hours of work, a "
        "price in euros, months of waiting and the year the workshop changed hands first; a "
        "former shoemaker from Chernihiv relaying his son-in-law, a mortar gunner in the Kursk "
        "region ('Am Sonntag habe der Schwiegersohn … wieder angerufen, erzählt Mykola', "
        "Konjunktiv carried) sentence-initial `Ungefähr 150` advancing over a frozen stream bed "
        "(approx, near the front), sentence-initial `Neun` left lying before the trench and "
        "`zwei` 'weitere' taken prisoner ('weitere' = others in the same event, not an increment; "
        "the last two casualties; all three other, from Sunday to publication); a retired ski "
        "instructor from Pyeongchang who, 'so geht er davon aus', expects `gut 20.000` in Russia "
        "by the summer (at_least, planned, other, `pub`); Zelensky 'bezifferte … Anfang Jänner' "
        "`mehr als 3.800` dead and wounded (days 1-10); the NIS 'teilte vergangene Woche mit' "
        "`rund 300` fallen and `etwa 2.700` wounded (`lastweek`); 'Das Weiße Haus geht von … aus' "
        "`rund 11.000` stationed in Russia (`pub`); Russia's losses a day, breeches, hours, "
        "euros, months, weeks, ages, years, opening hours, a phone number",
    text="""\
Säcklerei Oberrainer, Lofer – Kundenbrief Jänner 2025

Lofer, 21.01.2025

Liebe Kundschaft,

das vergangene Jahr hat uns in der Werkstatt beim Marktbrunnen 64 neue Lederhosen gebracht, so \
viele wie nie seit der Übernahme im Jahr 2009. Für eine kurze Hirschlederne mit Handstickerei \
rechnen wir mit rund 70 Arbeitsstunden; der Preis bleibt auch heuer bei 1.480 Euro. Die Wartezeit \
beträgt derzeit elf Monate. Wer zur Hochzeit im Herbst eine tragen will, sollte bis Mitte Feber \
zum Maßnehmen kommen. Reparaturen, neue Hirschhornknöpfe und Hosenträger erledigen wir weiterhin \
binnen zwei Wochen.

Mykola und der Anruf vom Sonntag

Mykola Bondar, 52, war in Tschernihiw Schuhmacher und sitzt seit zwei Jahren bei uns an der \
Stickmaschine, wo er das Eichenlaub auf die Hosenträger bringt. Sein Schwiegersohn ist \
Richtschütze in einer Mörserstellung im Gebiet Kursk. Am Sonntag habe der Schwiegersohn nach \
langer Zeit wieder angerufen, erzählt Mykola. [[Ungefähr 150]] Nordkoreaner hätten in der Früh \
versucht, über ein zugefrorenes Bachbett auf ihre Stellung vorzurücken. [[Neun]] von ihnen seien \
vor dem Graben liegen geblieben, [[zwei]] weitere habe man gefangen genommen. „Er sagt, die \
laufen, bis sie fallen“, sagt Mykola leise.

Ein Skilehrer aus Pyeongchang

Choi Young-soo, 63, war Skilehrer in Pyeongchang und verbringt die Winter seit Jahren in der \
Pension seiner Tochter in St. Martin. Im Dezember hat er bei uns eine Lederhose für seinen Enkel \
anmessen lassen. Bis zum Sommer, so geht er davon aus, werde Kim [[gut 20.000]] Mann in Russland \
stehen haben. „Kim verkauft seine Soldaten wie Kohle“, sagt er.

Was in der Zeitung steht

Präsident Selenskyj bezifferte die Verluste der Nordkoreaner Anfang Jänner auf [[mehr als 3.800]] \
Tote und Verwundete. Südkoreas Nachrichtendienst teilte vergangene Woche mit, [[rund 300]] \
Soldaten aus dem Norden seien gefallen und [[etwa 2.700]] verwundet worden. Das Weiße Haus geht \
von [[rund 11.000]] Nordkoreanern aus, die in Russland stationiert sind. Nach Zählung des Kiewer \
Generalstabs büßt Russland zurzeit Tag für Tag über 1.500 Soldaten ein.

Im Feber sind wir dienstags bis freitags von 9 bis 12 und von 14 bis 18 Uhr in der Werkstatt. \
Termine unter 06588 7312.

Herzliche Grüße aus Lofer
Anna und Sepp Oberrainer
""",
    claims=(
        C("Ungefähr 150", 150, "approx", "near_front", "other", "sun..pub",
          "a former shoemaker from Chernihiv relaying his son-in-law, a mortar gunner in the "
          "Kursk region ('Am Sonntag habe der Schwiegersohn nach langer Zeit wieder angerufen, "
          "erzählt Mykola', Konjunktiv; the speaker quoted: other): tried to advance over a "
          "frozen stream bed towards their position (sentence-initial; from Sunday, 19 January, "
          "to publication)"),
        C("Neun", 9, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial number word: left lying before the "
          "trench"),
        C("zwei", 2, "exact", "casualties", "other", "sun..pub",
          "same call: 'zwei weitere habe man gefangen genommen' (taken prisoner; 'weitere' means "
          "the others of the same attack, not an increment: additional false)"),
        C("gut 20.000", 20000, "at_least", "planned", "other", "pub",
          "a retired ski instructor from Pyeongchang, 'so geht er davon aus' (undated, "
          "Konjunktiv): in Russia by the summer (a forecast of a total: planned; 'gut' as "
          "at_least)"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "'Präsident Selenskyj bezifferte die Verluste … Anfang Jänner auf' (days 1-10): dead "
          "and wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "lastweek",
          "'Südkoreas Nachrichtendienst teilte vergangene Woche mit' (Konjunktiv): fallen"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "lastweek",
          "same statement: wounded (not 'weitere', no increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "pub",
          "'Das Weiße Haus geht von … aus' (undated, present): stationed in Russia"),
    ),
)


S02 = Source(
    article_id="v178_02_kundenpost_fotostudio_unken_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-05-06"),
    dated_by="front_matter",
    features="a photo studio's customer post from Unken in the Saalach valley (Salzburg) in "
        "Markdown, UTF-8, front matter with `date:` (Tuesday) and a title without a figure, `„“`; "
        "Austrian words (`heuer`, `Jänner`, `daheim`, `Lokal`); first-communion children, photo "
        "sets and passport pictures in euros, megapixels and a lift first; a photo retoucher from "
        "Poltava relaying her brother, a reconnaissance drone pilot at the Sumy border ('Am "
        "Freitag schickte er ihr … und schrieb dazu, was er von oben gesehen habe:', Konjunktiv "
        "carried) sentence-initial `Mehrere Dutzend` dug into a village on the Russian side "
        "(vague, near the front) and `vier` wounded in a night attack (number word, casualties; "
        "both other, from Friday to publication); a cook from Jeonju who 'schätzt' `15.000 bis "
        "20.000` brought to Russia (range, in Russia, other, `pub`); the NIS 'bezifferte … am "
        "Mittwoch vor Abgeordneten' `rund 4.700` casualties, `etwa 600` of them dead ('darunter': "
        "a breakdown, not an increment); the Kremlin's spokesman 'sprach am Montag von' `einigen "
        "tausend` who fought in the Kursk region (russia, vague, near the front); KCNA "
        "'berichtete am Sonntag' the families of `mehreren hundert` fallen received by Kim "
        "(north_korea, vague, casualties); children, euros, prints, megapixels, a floor, ages, "
        "years, dates, a phone number",
    text="""\
---
title: "Kundenpost Mai 2025"
date: 2025-05-06
studio: Fotostudio Lichtblick, Unken
---

# Erstkommunion, Passbilder und eine Nachricht aus Sumy

Liebe Kundinnen und Kunden,

heuer fotografieren wir die Erstkommunion in Unken am 25. Mai und in Lofer eine Woche später, \
zusammen 38 Kinder. Die Bilder liegen wie immer ab dem dritten Tag im Studio bereit; ein Set mit \
zwölf Abzügen kostet 49 Euro. Passbilder machen wir ohne Termin, vier Stück für 16 Euro. Seit \
März arbeiten wir mit einer neuen Kamera mit 61 Megapixeln, und das Studio im ersten Stock hat \
endlich einen Lift.

## Iryna retuschiert

Iryna Tkatschenko, 29, aus Poltawa retuschiert seit Jänner unsere Hochzeitsbilder. Ihr älterer \
Bruder steuert Aufklärungsdrohnen an der Grenze bei Sumy. Am Freitag schickte er ihr ein \
unscharfes Foto von einem Waldrand und schrieb dazu, was er von oben gesehen habe: [[Mehrere \
Dutzend]] Nordkoreaner hätten sich in einem Dorf auf der russischen Seite eingegraben. Bei einem \
Angriff in der Nacht seien [[vier]] von ihnen verwundet worden. „Er schreibt immer nur zwei \
Zeilen, damit ich mir keine Sorgen mache“, sagt Iryna.

## Ein Gruppenbild für Seo Ji-woo

Seo Ji-woo, 41, Köchin aus Jeonju, führt seit drei Jahren ein kleines Lokal im Tal und hat bei \
uns die Bilder für ihre neue Speisekarte machen lassen. Sie schätzt, dass inzwischen [[15.000 bis \
20.000]] Männer aus dem Norden nach Russland gebracht worden sind. „Daheim weiß jeder, dass das \
keine Freiwilligen sind“, sagt sie.

## Aus den Nachrichten

Nach Monaten des Schweigens haben Moskau und Pjöngjang den Einsatz Ende April erstmals offiziell \
bestätigt. Südkoreas Geheimdienst bezifferte die Verluste am Mittwoch vor Abgeordneten auf [[rund \
4.700]] Mann, darunter [[etwa 600]] Tote. Kremlsprecher Peskow sprach am Montag von [[einigen \
tausend]] Soldaten aus Korea, die bei der Befreiung des Gebiets Kursk gekämpft hätten. Die \
Staatsagentur KCNA berichtete am Sonntag, Kim Jong-un habe die Familien von [[mehreren hundert]] \
Gefallenen empfangen.

Ihr Team vom Fotostudio Lichtblick
Telefon 06589 4420, Montag bis Freitag von 9 bis 12 Uhr
""",
    claims=(
        C("Mehrere Dutzend", None, "vague", "near_front", "other", "fri..pub",
          "a photo retoucher from Poltava relaying her brother, a reconnaissance drone pilot at "
          "the Sumy border ('Am Freitag schickte er ihr … und schrieb dazu, was er von oben "
          "gesehen habe:', Konjunktiv; the speaker quoted: other): dug into a village on the "
          "Russian side (sentence-initial; from Friday, 2 May, to publication)"),
        C("vier", 4, "exact", "casualties", "other", "fri..pub",
          "same message, Konjunktiv carried: wounded in a night attack (number word)"),
        C("15.000 bis 20.000", None, "range", "in_russia", "other", "pub",
          "a cook from Jeonju, 'Sie schätzt' (undated): brought to Russia by now"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "'Südkoreas Geheimdienst bezifferte die Verluste am Mittwoch vor Abgeordneten auf' (30 "
          "April)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "same statement, 'darunter … Tote' (a breakdown of the 4,700, not an increment)"),
        C("einigen tausend", None, "vague", "near_front", "russia", "mon",
          "'Kremlsprecher Peskow sprach am Montag von' (5 May): soldiers from Korea who fought "
          "in the liberation of the Kursk region (near the front)"),
        C("mehreren hundert", None, "vague", "casualties", "north_korea", "sun",
          "'Die Staatsagentur KCNA berichtete am Sonntag' (4 May): the families of the fallen "
          "received by Kim"),
    ),
)


S03 = Source(
    article_id="v178_03_saisonbrief_landewiese_lauterbrunnen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-26"),
    dated_by="html_meta",
    features="a BASE jumpers' landing meadow's season letter from Lauterbrunnen (Bernese "
        "Oberland) in HTML, ISO-8859-1 with raw «» and umlauts, dashes only as entities "
        "(`&ndash;`, `&middot;`), `article:published_time` +02:00 (Friday) and an `og:title` "
        "without a figure, a cookie note about the jumpers' registration, a meadow script with a "
        "day-ticket price, navigation, a footer with a postcode, a phone number and an emergency "
        "number; Swiss conventions (`ss`, «», `11'400`, `15'000`, `10'000`); `<title>` and "
        "headline without a figure; landings, day tickets and season passes in francs, a quiet "
        "hour first; a parachute packer from Dnipro relaying his brother, an ambulance driver at "
        "the Sumy border ('Am Mittwoch kam ein kurzer Anruf, erzählt Oleksandr', Konjunktiv "
        "carried) sentence-initial `Rund 60` who occupied a wood opposite their village (approx, "
        "near the front) and sentence-initial `Ein Dutzend` taken away wounded (number word 12, "
        "exact, casualties; both other, from Wednesday to publication); a shipbuilding engineer "
        "from Ulsan who 'rechnet damit' 'ein weiteres Kontingent von' `rund 6000` builders "
        "(increment, planned, other, `pub`); the NIS 'schätzte vergangene Woche' `rund 15'000` "
        "sent and `etwa 2000` of them fallen; Shoigu 'hatte im Juni in Pjöngjang … angekündigt' "
        "`6000` deminers and military builders (russia, planned, the whole of June); KCNA's "
        "`Dutzenden` returnees decorated at the weekend (returnees: optional); 'Die Nato geht "
        "davon aus' `bis zu 10'000` 'weiterhin' in Russia (at_most, `pub`); landings, francs, "
        "hours, dates, ages, years, a postcode, phone numbers",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Saisonbrief &ndash; Landewiese Stägmatten, Lauterbrunnen</title>
<meta property="article:published_time" content="2025-09-26T07:30:00+02:00">
<meta property="og:title" content="Letzte Sprünge vor dem Schnee">
<script>var wiese = {saison: 2025, tageskarte: 10, ruhezeitAb: "20:00"};</script>
</head>
<body>
<div class="cookie">Wir speichern ein Cookie, damit die Online-Registrierung für Springer \
funktioniert. <a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/regeln">Landeregeln</a> &middot; <a \
href="/registrierung">Registrierung</a> &middot; <a href="/saisonbrief">Saisonbrief</a></nav>
<main>
<h1>Letzte Sprünge vor dem Schnee</h1>
<p>Liebe Springerinnen und Springer, liebe Nachbarn</p>
<p>Am 19. Oktober schliessen wir die Wiese für diese Saison. Seit Mai haben wir 11'400 Landungen \
gezählt, rund tausend mehr als im Vorjahr. Die Tageskarte kostet weiterhin 10 Franken, das \
Saisonabo 120 Franken; ein Teil der Einnahmen geht an die Bauernfamilie, der das Land gehört. \
Bitte landet nicht auf dem frisch gemähten Streifen beim Bach und haltet die Ruhezeit ab 20 Uhr \
ein &ndash; die Kühe und die Nachbarn danken es euch.</p>
<h2>Oleksandr am Packtisch</h2>
<p>Oleksandr Martschenko, 33, aus Dnipro faltet seit zwei Sommern bei uns die Schirme der \
Tandempiloten. Sein Bruder fährt einen Sanitätswagen an der Grenze bei Sumy. Am Mittwoch kam ein \
kurzer Anruf, erzählt Oleksandr. [[Rund 60]] Nordkoreaner hätten ein Waldstück gegenüber ihrem \
Dorf besetzt und sich dort eingegraben. [[Ein Dutzend]] sei nach einem Drohnenangriff verletzt \
abtransportiert worden, das habe man über Funk mitgehört. «Er sagt, die kommen jetzt nicht mehr \
in Wellen, sondern in kleinen Gruppen», erzählt Oleksandr.</p>
<h2>Ein Gast aus Ulsan</h2>
<p>Lee Seung-min, 44, Schiffbauingenieur aus Ulsan, springt seit zehn Jahren und war im August \
zwei Wochen im Tal. Er rechnet damit, dass Kim bis zum Winter ein weiteres Kontingent von [[rund \
6000]] Bauarbeitern nach Russland schickt. «Für das Regime ist das ein Geschäft wie jedes \
andere», sagt er.</p>
<h2>Aus den Meldungen</h2>
<p>Südkoreas Geheimdienst schätzte vergangene Woche, dass von den [[rund 15'000]] nach Russland \
entsandten Soldaten [[etwa 2000]] gefallen seien. Russlands Sicherheitsratschef Schoigu hatte im \
Juni in Pjöngjang [[6000]] Minenräumer und Militärbauer für das Gebiet Kursk angekündigt. Die \
Agentur KCNA zeigte am Wochenende, wie Kim Jong-un [[Dutzenden]] heimgekehrten Soldaten Orden \
verlieh. Die Nato geht davon aus, dass sich weiterhin [[bis zu 10'000]] Nordkoreaner in Russland \
aufhalten.</p>
<p>Bis zum Frühling, und Hals- und Beinbruch<br>Eure Wiesenkommission</p>
</main>
<footer>Landewiese Stägmatten &middot; 3822 Lauterbrunnen &middot; Tel. 033 855 41 12 &middot; \
Notfall 1414</footer>
</body>
</html>
""",
    claims=(
        C("Rund 60", 60, "approx", "near_front", "other", "wed..pub",
          "a parachute packer from Dnipro relaying his brother, an ambulance driver at the Sumy "
          "border ('Am Mittwoch kam ein kurzer Anruf, erzählt Oleksandr', Konjunktiv; the "
          "speaker quoted: other): occupied a wood opposite their village and dug in "
          "(sentence-initial; from Wednesday, 24 September, to publication)"),
        C("Ein Dutzend", 12, "exact", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried, sentence-initial number word 12 (as 'a dozen' in "
          "earlier sets): taken away wounded after a drone attack"),
        C("rund 6000", 6000, "approx", "planned", "other", "pub",
          "a shipbuilding engineer from Ulsan, 'Er rechnet damit' (undated): 'ein "
          "weiteres Kontingent von' builders to be sent by winter (increment, planned; "
          "span without the words)", add=True),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "'Südkoreas Geheimdienst schätzte vergangene Woche': sent to Russia"),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same estimate: fallen (a part of the 15,000, not an increment)"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "'Russlands Sicherheitsratschef Schoigu hatte im Juni in Pjöngjang … angekündigt' (the "
          "whole of June): deminers and military builders for the Kursk region (planned; a first "
          "announcement, not an increment)"),
        C("Dutzenden", None, "vague", "in_russia", "north_korea", "2025-09-20..2025-09-21",
          "'Die Agentur KCNA zeigte am Wochenende' (20-21 September): soldiers back "
          "home decorated by Kim (returnees, as in earlier sets: optional)", opt=True),
        C("bis zu 10'000", 10000, "at_most", "in_russia", "nato", "pub",
          "'Die Nato geht davon aus' (undated): 'weiterhin' in Russia (still, not an increment)"),
    ),
)


S04 = Source(
    article_id="v178_04_rundbrief_volksabfahrt_muerren",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-05"),
    dated_by="sidecar",
    sidecar=(
        "OK Schilthorn-Volksabfahrt, Mürren – Rundbrief",
        "https://www.schilthorn-volksabfahrt.example/rundbrief/dezember-2024",
        "Rundbrief Dezember: Helferliste, Funkzentrale und ein Neffe bei Kursk",
    ),
    features="a ski race organising committee's circular to its helpers from Mürren (Bernese "
        "Oberland) as plain text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title "
        "without a figure); Swiss conventions (`ss`, «», `1'650`, `2'170`, `25'000`, `11'000`, "
        "`5'000`, `12'000`); entrants, kilometres, metres of descent, gate judges and helpers "
        "first; a hotel night porter from Lutsk relaying his nephew, an anti-tank gunner in the "
        "Kursk region ('Am Montag habe ihm der Neffe eine Sprachnachricht geschickt, erzählt "
        "Stanislaw', Konjunktiv carried) sentence-initial `Mehrere hundert` charging across open "
        "fields (vague, near the front) and `etwa vierzig` lying in the snow (approx with a "
        "number word, casualties; both other, from Monday to publication); a sports "
        "physiotherapist from Chuncheon, 'meint sie', Kim will raise the number 'auf' `mindestens "
        "25'000` by spring (a new total, not an increment: at_least, planned, other, `pub`); 'Aus "
        "dem Pentagon hiess es am Montag' `rund 11'000` in the Kursk region, `Hunderte` of them "
        "killed or wounded (carried, Konjunktiv); 'Der ukrainische Militärgeheimdienst meldete "
        "gestern' 'weiteren' `5'000` (increment, planned); the committee's own `Fast 12'000` on "
        "Russian soil (unattributed, required); `viele tausend Kilometer` (a distance); entrants, "
        "kilometres, metres, helpers, dates, times, ages, years, a phone number",
    text="""\
Organisationskomitee Schilthorn-Volksabfahrt, Mürren
Rundbrief an die Helferinnen und Helfer

Liebe Helferinnen und Helfer

Am 18. Januar fällt der Startschuss: Bisher haben sich 1'650 Fahrerinnen und Fahrer angemeldet, \
gut 200 mehr als im letzten Winter. Die Strecke misst 12,4 Kilometer und führt über 2'170 \
Höhenmeter hinunter bis ins Dorf. Wir suchen noch 40 Torrichter und 15 Leute für die Verpflegung \
im Ziel. Die Startnummern werden ab 7 Uhr im Sportzentrum ausgegeben, das Helferessen findet am \
25. Januar statt.

Stanislaw in der Funkzentrale

Stanislaw Bilyk, 58, stammt aus Luzk, war früher Funker bei der Armee und arbeitet heute als \
Nachtportier in einem Hotel in Wengen. Wie letztes Jahr übernimmt er am Renntag die Funkzentrale. \
Sein Neffe kämpft bei einer Panzerabwehreinheit im Gebiet Kursk. Am Montag habe ihm der Neffe \
eine Sprachnachricht geschickt, erzählt Stanislaw. [[Mehrere hundert]] Nordkoreaner seien in \
Wellen über offene Felder angerannt, ohne einen einzigen Panzer. Nach dem ersten Angriff hätten \
[[etwa vierzig]] von ihnen im Schnee gelegen. «Er sagt, sie hören nicht auf, auch wenn die \
Vorderen fallen», sagt Stanislaw.

Eine Physiotherapeutin aus Chuncheon

Han Mi-rae, 36, stammt aus Chuncheon und betreut seit drei Jahren die Gestürzten im Zielraum. Sie \
glaubt nicht, dass es bei den jetzigen Truppen bleibt. Bis zum Frühling, meint sie, werde Kim die \
Zahl auf [[mindestens 25'000]] erhöhen. «Er hat genug junge Männer, und Moskau zahlt gut», sagt \
sie.

Was man hört

Aus dem Pentagon hiess es am Montag, [[rund 11'000]] Nordkoreaner stünden im Gebiet Kursk, \
[[Hunderte]] von ihnen seien bereits getötet oder verwundet worden. Der ukrainische \
Militärgeheimdienst meldete gestern, Pjöngjang bereite die Entsendung von weiteren [[5'000]] Mann \
vor. Für uns im Tal bleibt das weit weg, und doch: [[Fast 12'000]] junge Männer aus dem Norden \
stehen inzwischen auf russischem Boden, viele tausend Kilometer von zu Hause.

Sportliche Grüsse
Das OK Schilthorn-Volksabfahrt, Mürren, Telefon 033 856 21 40
""",
    claims=(
        C("Mehrere hundert", None, "vague", "near_front", "other", "mon..pub",
          "a hotel night porter from Lutsk relaying his nephew, an anti-tank gunner in the Kursk "
          "region ('Am Montag habe ihm der Neffe eine Sprachnachricht geschickt, erzählt "
          "Stanislaw', Konjunktiv; the speaker quoted: other): charged across open fields "
          "(sentence-initial; from Monday, 2 December, to publication)"),
        C("etwa vierzig", 40, "approx", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried: lay in the snow after the first attack (number word)"),
        C("mindestens 25'000", 25000, "at_least", "planned", "other", "pub",
          "a sports physiotherapist from Chuncheon, 'meint sie' (undated): Kim will raise the "
          "number 'auf' this by spring (a new total, not an increment; planned)"),
        C("rund 11'000", 11000, "approx", "near_front", "united_states", "mon",
          "'Aus dem Pentagon hiess es am Montag' (2 December, Konjunktiv): in the Kursk region"),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon",
          "same statement, carried ('Hunderte von ihnen seien bereits getötet oder verwundet "
          "worden')"),
        C("5'000", 5000, "exact", "planned", "ukraine", "yday",
          "'Der ukrainische Militärgeheimdienst meldete gestern' (4 December): "
          "Pyongyang preparing to send 'weiteren' men (increment, planned; span "
          "without the word)", add=True),
        C("Fast 12'000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the committee's own framing without a source ('Für uns im Tal bleibt das weit weg, "
          "und doch:'): on Russian soil by now (unattributed, required; 'Fast' as approx)"),
    ),
)


S05 = Source(
    article_id="v178_05_kundenbrief_zigarrenmanufaktur_oldendorf_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Zigarrenmanufaktur Kemena, Preußisch Oldendorf – Kundenbrief",
        "https://www.zigarren-kemena.example/kundenbrief/fruehjahr-2025",
        "Besuchertage, teurere Kisten und ein Brief aus Kursk",
    ),
    features="a cigar manufactory's customer letter from Preußisch Oldendorf on the northern "
        "slope of the Wiehengebirge (East Westphalia) in Markdown, UTF-8 with BOM and CRLF, front "
        "matter without a date (sidecar, Thursday) and a title without a figure, `„“`; cigar "
        "rollers, cigars rolled, a box of 25 and its euros, visitor days and group sizes first; a "
        "wrapper-leaf roller from Vinnytsia relaying her husband, a rocket-launcher driver in the "
        "Kursk region ('Vergangene Woche habe er ihr einen langen Brief geschrieben, … erzählt "
        "Halyna', Konjunktiv carried) `gut 500` back in his sector (at_least, near the front) and "
        "`Dutzende` fallen in a counter-attack early in March (vague, casualties; both other, "
        "`lastweek`; the attack's days are the period); an engineer from Changwon, 'Nach seiner "
        "Einschätzung' `an die 14.000` sent (approx, in Russia, other, `pub`); Seoul's joint "
        "chiefs 'teilte am Dienstag mit' `rund 3.000` 'zusätzliche' moved to Russia in the first "
        "two months of the year (increment, in Russia); 'Dem ukrainischen Militärgeheimdienst "
        "zufolge' `mehrere tausend` back at the front (vague, `pub`); a State Department "
        "spokesman 'sagte am Sonntag' `etwa 4.000` 'von ihnen' killed or wounded; "
        "sentence-initial `Zwei` captured in January 'nach Angaben Kiews' (number word, "
        "casualties, `pub`); Russia's losses a day, cigars, boxes, euros, dates, group sizes, "
        "ages, years, a phone number",
    text="""\
---
title: "Kundenbrief Frühjahr"
firma: Zigarrenmanufaktur Kemena, Preußisch Oldendorf
---

# Sumatra-Deckblatt, Besuchertage und ein Brief aus Kursk

Liebe Freundinnen und Freunde guter Zigarren,

nach dem Weihnachtsgeschäft ist es in unserer Manufaktur am Nordhang des Wiehengebirges ruhiger \
geworden. Im vergangenen Jahr haben unsere sechs Wickelmacherinnen gut 92.000 Zigarren von Hand \
gerollt, die meisten mit Einlage aus Brasilien und Deckblatt aus Sumatra. Die Kiste mit 25 Stück \
unserer Hausmarke „Limberg“ kostet ab April 112 Euro, weil die Tabaksteuer wieder steigt. An den \
Besuchertagen am 5. und 6. April zeigen wir, wie ein Wickel entsteht; Gruppen bis 20 Personen \
bitten wir um Anmeldung.

## Halynas Hände

Halyna Romanenko, 47, aus Winnyzja legt seit dem Herbst 2023 bei uns die Deckblätter auf, und \
keine ist schneller als sie. Ihr Mann fährt einen Raketenwerfer in einer Artilleriebrigade im \
Gebiet Kursk. Vergangene Woche habe er ihr einen langen Brief geschrieben, den ein Kamerad auf \
Heimaturlaub mitnahm, erzählt Halyna. Die Nordkoreaner seien nach einer Pause wieder da, [[gut \
500]] allein in seinem Abschnitt. Bei einem Gegenangriff Anfang März seien [[Dutzende]] gefallen. \
„Er schreibt, sie tragen jetzt russische Helme und lernen schnell“, sagt sie.

## Ein Stammkunde aus Changwon

Yoon Sang-hoon, 66, Maschinenbauingenieur aus Changwon, lebt seit 1990 in Lübbecke und holt jeden \
Monat eine Kiste Corona ab. Nach seiner Einschätzung hat Kim bis heute [[an die 14.000]] Soldaten \
nach Russland geschickt. „Und er wird nicht aufhören, solange Moskau bezahlt“, sagt Yoon.

## Was berichtet wird

Der Vereinigte Generalstab in Seoul teilte am Dienstag mit, der Norden habe in den ersten beiden \
Monaten des Jahres [[rund 3.000]] zusätzliche Soldaten auf die russische Seite verlegt. Dem \
ukrainischen Militärgeheimdienst zufolge stehen inzwischen wieder [[mehrere tausend]] \
Nordkoreaner an der Front bei Kursk. Ein Sprecher des US-Außenministeriums sagte am Sonntag, \
[[etwa 4.000]] von ihnen seien getötet oder verwundet worden. [[Zwei]] im Januar gefangene \
Nordkoreaner wollen nach Angaben Kiews nicht mehr nach Hause. Russland verliert nach Kiewer \
Zählung inzwischen mehr als 1.200 Soldaten am Tag.

Mit herzlichen Grüßen aus dem Wiehengebirge
Ihre Familie Kemena, Telefon 05742 9318
""",
    claims=(
        C("gut 500", 500, "at_least", "near_front", "other", "lastweek",
          "a wrapper-leaf roller from Vinnytsia relaying her husband, a rocket-launcher driver "
          "in the Kursk region ('Vergangene Woche habe er ihr einen langen Brief geschrieben, … "
          "erzählt Halyna', Konjunktiv; the speaker quoted: other): back in his sector alone "
          "('gut' as at_least; a letter dated only by its week: lastweek)"),
        C("Dutzende", None, "vague", "casualties", "other", "lastweek",
          "same letter, Konjunktiv carried: fallen in a counter-attack 'Anfang März' (the "
          "attack's days are the period, not the claim date)"),
        C("an die 14.000", 14000, "approx", "in_russia", "other", "pub",
          "an engineer from Changwon, 'Nach seiner Einschätzung' (undated): sent to Russia so "
          "far ('an die' as approx)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "tue",
          "'Der Vereinigte Generalstab in Seoul teilte am Dienstag mit' (11 March): "
          "'zusätzliche' soldiers moved to Russia in the first two months of the year "
          "(increment; the months are the period)", add=True),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): back at the front near "
          "Kursk ('wieder' is again, not an increment)"),
        C("etwa 4.000", 4000, "approx", "casualties", "united_states", "sun",
          "'Ein Sprecher des US-Außenministeriums sagte am Sonntag' (9 March): 'von ihnen' "
          "killed or wounded"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "pub",
          "'nach Angaben Kiews' (undated), sentence-initial number word: captured in January "
          "(prisoners are casualties; the capture's month is not the claim date)"),
    ),
)


S06 = Source(
    article_id="v178_06_parknews_kletterwald_gladenbach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-07-02"),
    dated_by="sidecar",
    sidecar=(
        "Kletterwald Hünstein, Gladenbach – Parknews",
        "https://www.kletterwald-huenstein.example/news/juli-2025",
        "Ferienstart im Kletterwald und ein Anruf von der Grenze",
    ),
    features="a high-ropes park's news page from Gladenbach in the Gladenbacher Bergland (Middle "
        "Hesse) in HTML, UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a "
        "figure), a cookie note about online bookings, a park script with courses and time slots, "
        "navigation, entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`), a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; courses, stations, "
        "metres, admission prices, a minimum height and June's guests first; a safety trainer "
        "from Zaporizhzhia relaying his brother, a sniper at the Sumy border ('Vorgestern habe "
        "sich der Bruder aus einem Unterstand gemeldet, erzählt Taras:', Konjunktiv carried) "
        "sentence-initial `Bis zu 300` in position on the Russian side (at_most, near the front) "
        "and sentence-initial `Fünf` who surrendered (number word, casualties; both other, from "
        "Monday to publication); a chemist from Yeosu who visited on Sunday and 'meint' `rund "
        "30.000` will have been sent by the end of the year (a forecast of a total: planned, "
        "other, `pub`; the visit is not the claim date); the park's own `Tausende` sent to the "
        "war (unattributed, in Russia, required); Shoigu 'hatte Mitte Juni in Pjöngjang erklärt' "
        "`6.000` sappers and builders to come (russia, planned, days 11-20); KCNA 'meldete am "
        "Sonntag' `Hunderte` deminers seen off to Kursk (north_korea, vague, in Russia: sent); "
        "'Nach Angaben eines Nato-Sprechers vom Montag' `höchstens 11.000` 'noch' in Russia "
        "(at_most); courses, stations, metres, euros, ages, a height, guests, dates, times, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Parknews Juli &ndash; Kletterwald Hünstein, Gladenbach</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.park = {parcours: 14, slots: ["10:00", "13:00", "16:00"], maxGruppe: 25};</script>
</head>
<body>
<div id="cookie-hinweis">Wir speichern ein Cookie, damit Ihre Buchung beim Seitenwechsel nicht \
verloren geht. <button>OK</button></div>
<nav><a href="/">Start</a> &middot; <a href="/parcours">Parcours</a> &middot; <a \
href="/preise">Preise</a> &middot; <a href="/gruppen">Gruppen</a> &middot; <a \
href="/news">Parknews</a></nav>
<main>
<h1>Sommerferien im Wald</h1>
<p>Ab Montag sind in Hessen Ferien, und der Kletterwald hat bis Ende August täglich von 10 bis 19 \
Uhr geöffnet. Auf 14 Parcours warten 160 Stationen, die höchste in 18 Metern Höhe. Der Eintritt \
kostet 26 Euro für Erwachsene und 19 Euro für Kinder ab 8 Jahren; klettern darf, wer mindestens \
1,30 Meter groß ist. Im Juni hatten wir 3.900 Gäste &ndash; so viele wie noch nie.</p>
<h2>Taras sichert</h2>
<p>Taras Hnatjuk, 27, aus Saporischschja weist seit April unsere Gäste in die Sicherungstechnik \
ein. Sein älterer Bruder ist Scharfschütze in einer Brigade an der Grenze bei Sumy. Vorgestern \
habe sich der Bruder aus einem Unterstand gemeldet, erzählt Taras: [[Bis zu 300]] Nordkoreaner \
seien auf der russischen Seite in Stellung gegangen, man sehe sie nachts auf den \
Wärmebildkameras. [[Fünf]] von ihnen hätten sich in der Nacht davor ergeben. &bdquo;Mein Bruder \
sagt, sie waren halb verhungert&ldquo;, erzählt Taras.</p>
<h2>Besuch aus Yeosu</h2>
<p>Baek Eun-ji, 38, Chemikerin aus Yeosu, arbeitet in einem Labor in Biedenkopf und war am \
Sonntag mit ihrer Tochter bei uns. Sie meint, der Norden werde bis Jahresende [[rund 30.000]] \
Mann nach Russland geschickt haben. &bdquo;Die Familien dort erfahren nichts&ldquo;, sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Dass Nordkorea längst [[Tausende]] seiner Soldaten in diesen Krieg geschickt hat, wissen \
inzwischen auch unsere jüngsten Gäste. Russlands Sicherheitsratschef Schoigu hatte Mitte Juni in \
Pjöngjang erklärt, es sollten [[6.000]] Pioniere und Bauarbeiter ins Gebiet Kursk kommen. Die \
Staatsagentur KCNA meldete am Sonntag, Kim habe [[Hunderte]] Minenräumer verabschiedet, die nach \
Kursk aufbrechen. Nach Angaben eines Nato-Sprechers vom Montag halten sich [[höchstens 11.000]] \
Nordkoreaner noch in Russland auf.</p>
</main>
<footer>Kletterwald Hünstein GmbH &middot; Am Hünstein 2 &middot; 35075 Gladenbach &middot; \
Telefon 06462 91880</footer>
</body>
</html>
""",
    claims=(
        C("Bis zu 300", 300, "at_most", "near_front", "other", "mon..pub",
          "a safety trainer from Zaporizhzhia relaying his brother, a sniper at the Sumy border "
          "('Vorgestern habe sich der Bruder aus einem Unterstand gemeldet, erzählt Taras:', "
          "Konjunktiv; the speaker quoted: other): in position on the Russian side "
          "(sentence-initial; 'Vorgestern' in a Wednesday page: from Monday, 30 June, to "
          "publication)"),
        C("Fünf", 5, "exact", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried, sentence-initial number word: surrendered the night "
          "before"),
        C("rund 30.000", 30000, "approx", "planned", "other", "pub",
          "a chemist from Yeosu, 'Sie meint' (present; her Sunday visit is not the claim date): "
          "will have been sent by the end of the year (a forecast of a total: planned)"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the park's own framing without a source ('Dass Nordkorea längst … geschickt hat, "
          "wissen inzwischen auch unsere jüngsten Gäste'): unattributed, required"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Russlands Sicherheitsratschef Schoigu hatte Mitte Juni in Pjöngjang erklärt' (days "
          "11-20): sappers and builders to come to the Kursk region (planned)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "sun",
          "'Die Staatsagentur KCNA meldete am Sonntag' (29 June): deminers Kim saw off to Kursk "
          "(being sent: in Russia, as 'sent'; no increment word)"),
        C("höchstens 11.000", 11000, "at_most", "in_russia", "nato", "mon",
          "'Nach Angaben eines Nato-Sprechers vom Montag' (30 June): 'noch' in Russia (still, "
          "not an increment)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Walpole Island, Anna Maria Island, Brier Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v178_07_powwow_wire_walpole_island",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-08-16"),
    dated_by="dateline",
    features="an agency-style wire report from the powwow on Walpole Island (Bkejwanong Territory "
        "at the mouth of the St. Clair River, Ontario) as plain text, UTF-8, slug line, headline "
        "without a figure, byline and dateline 'WALPOLE ISLAND, Ontario, August 16, 2025 (Delta "
        "Wire) —' (Saturday), straight quotes and em dashes; drum groups, dancers, prize money in "
        "Canadian dollars and ferry minutes first; a dental hygienist from Kharkiv relaying her "
        "brother, a supply-truck driver near the border with the Kursk region ('He called late "
        "Thursday, she said, and told her') `roughly 200` dug in across a river (approx, near the "
        "front) and `at least 15` hit by Ukrainian drones over two nights ('he told her', "
        "at_least, casualties; both other, from Thursday to publication); an auto-parts engineer "
        "born in Gwangju who 'estimates' `as many as 20,000` rotated through Russia (at_most, in "
        "Russia, other, `pub`); the NIS by which lawmakers 'On Wednesday … were told' `about "
        "2,000` dead; the Pentagon that 'said last week it believed' `some 10,000` 'still' in "
        "Russia; a Kremlin spokesman who 'said on Tuesday' soldiers and engineers 'in their' "
        "`thousands` would help rebuild the Kursk region (russia, vague, planned); 'Earlier this "
        "month' the head of Ukraine's military intelligence 'an additional' `6,000` (increment, "
        "planned, the 1st to publication); drum groups, dancers, dollars, minutes, admission, "
        "ages, years, a desk phone number",
    text="""\
ONTARIO-POWWOW/UKRAINE

At an island powwow, a volunteer from Kharkiv keeps one ear on her phone

By Kevin Marchand

WALPOLE ISLAND, Ontario, August 16, 2025 (Delta Wire) — Drum groups from 40 communities and \
roughly 600 dancers in regalia filled the arbor on Saturday for the first day of the annual \
powwow on Walpole Island, the First Nation territory at the mouth of the St. Clair River. \
Organizers said C$60,000 in prize money would be paid out by Sunday night, and the ferry to \
Algonac, Michigan, ran every 20 minutes to keep up with the visitors.

Svitlana Moroz, 44, a dental hygienist from Kharkiv who married into an island family in 2022, \
handed out water at the first-aid tent. Her brother drives a supply truck for a Ukrainian brigade \
near the border with Russia's Kursk region. He called late Thursday, she said, and told her \
[[roughly 200]] North Korean soldiers had dug in across a river from his unit. Ukrainian drones \
had hit [[at least 15]] of them over two nights, he told her. "He does not cry on the phone \
anymore," she said.

Jang Hyun-woo, 52, an auto-parts engineer born in Gwangju who lives in Wallaceburg, came with his \
daughter to watch the dancers. He estimates that Pyongyang has rotated [[as many as 20,000]] men \
through Russia since last fall. "They send them, and the families are told nothing," he said.

On Wednesday, lawmakers in Seoul were told by South Korea's spy agency that the North's dead in \
the war now numbered [[about 2,000]]. The Pentagon said last week it believed [[some 10,000]] \
North Korean troops were still inside Russia. A Kremlin spokesman said on Tuesday that Korean \
soldiers and engineers in their [[thousands]] would help rebuild the Kursk region. Earlier this \
month, the head of Ukraine's military intelligence said Pyongyang could send an additional \
[[6,000]] before the end of the year.

The powwow continues on Sunday with a grand entry at noon. Admission is C$10, and children under \
12 get in free.

(Reporting by Kevin Marchand; editing by Joanne Pitre; Delta Wire desk 519-555-0162)
""",
    claims=(
        C("roughly 200", 200, "approx", "near_front", "other", "thu..pub",
          "a dental hygienist from Kharkiv relaying her brother, a supply-truck driver near the "
          "border with the Kursk region ('He called late Thursday, she said, and told her'; the "
          "speaker quoted: other): dug in across a river from his unit (from Thursday, 14 "
          "August, to publication)"),
        C("at least 15", 15, "at_least", "casualties", "other", "thu..pub",
          "same call, 'he told her': hit by Ukrainian drones ('over two nights' is the period)"),
        C("as many as 20,000", 20000, "at_most", "in_russia", "other", "pub",
          "an auto-parts engineer born in Gwangju, 'He estimates' (undated, present): rotated "
          "through Russia since last fall ('as many as' as at_most; a total over a period, not "
          "an increment)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "wed",
          "'On Wednesday, lawmakers in Seoul were told by South Korea's spy agency' (13 August): "
          "the North's dead in the war"),
        C("some 10,000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "'The Pentagon said last week it believed': 'still' inside Russia (not an increment)"),
        C("thousands", None, "vague", "planned", "russia", "tue",
          "'A Kremlin spokesman said on Tuesday' (12 August): soldiers and engineers 'in their "
          "thousands' would help rebuild the Kursk region (a promise: planned)"),
        C("6,000", 6000, "exact", "planned", "ukraine", "2025-08-01..pub",
          "'Earlier this month, the head of Ukraine's military intelligence said' (the "
          "1st to publication): Pyongyang could send 'an additional' (increment, "
          "planned; span without the words)", add=True),
    ),
)


S08 = Source(
    article_id="v178_08_bingo_notes_community_hall_walpole_island_md",
    language="en", fmt="md", encoding="utf-16", published=day("2024-10-30"),
    dated_by="front_matter",
    features="a community bingo hall's notes from Walpole Island (St. Clair River delta, Ontario) "
        "in Markdown, UTF-16 LE with BOM, front matter with `date:` (Wednesday) and a title "
        "repeating the headline (optional), straight quotes; a jackpot in Canadian dollars, last "
        "Saturday's players, a reopening year, packages, games, dabbers and door times first; the "
        "headline's `the Pentagon's 10,000` from the body's Monday figure (that day to "
        "publication, exact, in Russia); the canteen cook from Chernihiv relaying her cousin, a "
        "border guard in the Sumy region ('He phoned her on Sunday from a village …, she said:') "
        "`a couple of thousand` said to be gathering on the Russian side (vague, near the front, "
        "other, from Sunday to publication); a retired tool-and-die maker from Ansan who 'thinks' "
        "Kim will end up sending `50,000 or more` (at_least, planned, other, `pub`); 'On Monday "
        "the Pentagon put the number … at' `about 10,000` sent for training in Russia's far east; "
        "Seoul's spy agency that 'had told lawmakers on Wednesday of last week' `3,000` (the "
        "Wednesday a week before the Wednesday of publication); Ukraine's military intelligence "
        "that 'puts the total at' `11,000 to 12,000` (range, `pub`) and 'On Thursday … said' "
        "`about 2,600` 'of them' already in the Kursk region (near the front); Russia's losses a "
        "day, dollars, players, games, door times, years, ages, a table number, a phone number",
    text="""\
---
title: "Halloween bingo, a full canteen, and the Pentagon's [[10,000]]"
date: 2024-10-30
source: Bingo Notes, Snye Community Bingo Hall, Walpole Island
---

# Halloween bingo, a full canteen, and the Pentagon's [[10,000]]

Our Halloween session is Thursday night, costumes welcome, with a C$5,000 jackpot on the last \
game. Last Saturday we had 312 players, the most since the hall reopened in 2021. Packages start \
at C$20 for nine games, and dabbers are C$2 at the counter. Doors open at 5:30 p.m. and early \
birds start at 6:30; please park on the grass side so the ferry line can get through.

## In the canteen

Kateryna Lytvyn, 39, came from Chernihiv in 2023 and runs our canteen, where her cabbage rolls \
sell out before the second intermission. Her cousin is a border guard in the Sumy region. He \
phoned her on Sunday from a village a few kilometres from the Russian border, she said: [[a \
couple of thousand]] North Koreans were said to be gathering on the Russian side, "but nobody \
here has seen one with his own eyes yet."

## A regular at table nine

Bae Jin-soo, 60, a retired tool-and-die maker from Ansan who lives in Wallaceburg, has played \
every Saturday for eleven years and has won the big jackpot twice. He thinks Kim will end up \
sending [[50,000 or more]] before the war is over. "This is how the North pays its bills," he said.

## The news

On Monday the Pentagon put the number of North Korean soldiers sent for training in Russia's far \
east at [[about 10,000]] and said some of the North's units were already heading toward Ukraine. \
Seoul's spy agency had told lawmakers on Wednesday of last week that [[3,000]] had gone. \
Ukraine's military intelligence puts the total at [[11,000 to 12,000]]. On Thursday it said \
[[about 2,600]] of them were already in the Kursk region. Russia's army, by Kyiv's count, is \
losing more than 1,200 men a day.

Good luck is free; the cabbage rolls are not. Hall phone: 519-555-0176.
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline ('the Pentagon's 10,000'): the Pentagon figure of the body ('On Monday the "
          "Pentagon put', 28 October), that day to publication, hedge dropped: sent to train in "
          "Russia"),
        C("a couple of thousand", None, "vague", "near_front", "other", "sun..pub",
          "the canteen cook from Chernihiv relaying her cousin, a border guard in the Sumy "
          "region ('He phoned her on Sunday from a village …, she said:'; the speaker quoted: "
          "other): said to be gathering on the Russian side of the border (from Sunday, 27 "
          "October, to publication)"),
        C("50,000 or more", 50000, "at_least", "planned", "other", "pub",
          "a retired tool-and-die maker from Ansan, 'He thinks' (undated): Kim will end up "
          "sending (planned; 'or more' as at_least)"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'On Monday the Pentagon put the number … at' (28 October): sent for training in "
          "Russia's far east"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "2024-10-23",
          "'Seoul's spy agency had told lawmakers on Wednesday of last week' (23 October, the "
          "Wednesday a week before the Wednesday of publication): had gone to Russia"),
        C("11,000 to 12,000", None, "range", "in_russia", "ukraine", "pub",
          "'Ukraine's military intelligence puts the total at' (undated, present): in all"),
        C("about 2,600", 2600, "approx", "near_front", "ukraine", "thu",
          "'On Thursday it said' (24 October; 'it' is Ukraine's military intelligence): 'of "
          "them' already in the Kursk region (a part of the total, not an increment)"),
    ),
)


S09 = Source(
    article_id="v178_09_letters_island_pelican_holmes_beach",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-02-13"),
    dated_by="sidecar",
    sidecar=(
        "The Island Pelican, Holmes Beach – Letters",
        "https://www.islandpelican.example/letters/2025-02-13",
        "Letters: the trolley fare, side-street parking and a son near Kursk",
    ),
    features="a readers' letters page from an Anna Maria Island weekly in Holmes Beach (Manatee "
        "County, Florida) as plain text, windows-1252 (sidecar, Thursday), `–` and straight "
        "quotes; letters on a trolley fare and side-street parking without a claim (riders, "
        "dollars, miles, streets); a market vendor relaying her son, a drone pilot in the Kursk "
        "region ('He wrote to me on Saturday. He said …, and that') `about 70` trying to cross a "
        "field at dawn (approx, near the front) and `eleven` bodies counted afterwards (number "
        "word, casualties; both other, from Saturday to publication); a reader from Anna Maria "
        "answering the paper's own story ('Your January 30 story said') `1,000` lost "
        "(unattributed, required, that day), the spy agency that 'told lawmakers in January' "
        "`about 3,000` killed or wounded (the whole of January) and Kyiv that 'says' `nearly "
        "4,000` (approx, `pub`); a reader relaying his brother-in-law, a retired colonel in Suwon "
        "('figures') 'another' `10,000` before summer (increment, planned, other, `pub`) and "
        "NATO's Mark Rutte who 'said on Wednesday' `upwards of 11,000` sent to fight for Russia "
        "(at_least, in Russia); riders, dollars, miles, side streets, ages, years, place names",
    text="""\
THE ISLAND PELICAN – LETTERS TO THE EDITOR

Keep the trolley free

The island trolley carried more than 400,000 riders last year, and not one of them paid a cent. \
Now the commissioners want to talk about a $2 fare. A fare would push people back into their cars \
on a seven-mile island that already has far too many of them. – Marjorie Stuckey, Anna Maria

Parking is not a revenue plan

Holmes Beach now charges $5 an hour on 14 side streets near the beach. My grandchildren, who live \
in Bradenton, came over twice in January and paid $40 for the privilege of seeing their \
grandmother. – Ron Albers, Holmes Beach

A letter from my son

My son Yaroslav, 24, flies drones for a Ukrainian brigade in the Kursk region. He wrote to me on \
Saturday. He said [[about 70]] North Koreans had tried to cross a field near his position at \
dawn, and that his team had counted [[eleven]] bodies afterwards. I sell shells and sea glass at \
the Saturday market on Pine Avenue, and every customer who asks about him gets the truth. – Olena \
Kovalenko Price, Bradenton Beach

Get the numbers right

Your January 30 story said North Korea had lost [[1,000]] men in Kursk. South Korea's spy agency \
told lawmakers in January that [[about 3,000]] had been killed or wounded, and Kyiv says [[nearly \
4,000]]. – Gene Harwell, Anna Maria

A brother-in-law in Suwon

My brother-in-law in Suwon, a retired army colonel, figures Pyongyang will send another \
[[10,000]] before summer. NATO's Mark Rutte said on Wednesday that [[upwards of 11,000]] had been \
sent to fight for Russia. We in this country ought to be paying closer attention. – Tom Reddick, \
Holmes Beach
""",
    claims=(
        C("about 70", 70, "approx", "near_front", "other", "sat..pub",
          "a market vendor relaying her son, a drone pilot in the Kursk region ('He wrote to me "
          "on Saturday. He said'; the speaker quoted: other): tried to cross a field near his "
          "position at dawn (from Saturday, 8 February, to publication)"),
        C("eleven", 11, "exact", "casualties", "other", "sat..pub",
          "same letter from the son, 'and that': bodies counted afterwards (number word)"),
        C("1,000", 1000, "exact", "casualties", "unattributed", "2025-01-30",
          "a reader citing the paper's own story ('Your January 30 story said', as 'Your "
          "December 5 story' of corpus_blind174): unattributed, required, that day: lost in Kursk"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same letter, 'South Korea's spy agency told lawmakers in January' (the whole month): "
          "killed or wounded"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "same letter, 'Kyiv says' (undated, present): killed or wounded ('nearly' as approx)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a reader relaying his brother-in-law, a retired army colonel in Suwon, "
          "'figures' (undated; a private person: other): 'another' to be sent before "
          "summer (increment, planned; span without 'another')", add=True),
        C("upwards of 11,000", 11000, "at_least", "in_russia", "nato", "wed",
          "same letter, 'NATO's Mark Rutte said on Wednesday' (12 February): sent to fight for "
          "Russia ('upwards of' as at_least)"),
    ),
)


S10 = Source(
    article_id="v178_10_court_notes_shuffleboard_club_bradenton_beach_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-14"),
    dated_by="html_meta",
    features="a shuffleboard club's news page from Bradenton Beach on Anna Maria Island (Manatee "
        "County, Florida) in HTML, UTF-8 with BOM, `<meta name=\"date\">` (Friday) and an "
        "`og:title` without a figure, a cookie note about the league sign-up, a league script "
        "with courts, a start time and teams, navigation, entities (`&ndash;`, `&ldquo;`, "
        "`&rdquo;`, `&rsquo;`, `&middot;`), a footer with a ZIP code and a phone number; "
        "`<title>` without a figure and a headline whose `Twelve` counts courts (not a claim); "
        "courts, the resurfacing dollars, members, dues and league teams first; a retired bridge "
        "engineer from Odesa relaying his grandson, an artillery spotter on the Sumy border ('On "
        "Sunday the grandson texted him, Viktor said:') `about 120` clearing mines on the Russian "
        "side (approx, near the front) and `two` killed by a mine (number word, casualties; both "
        "other, from Sunday to publication); a retired nurse born in Pohang who 'believes' `at "
        "least 15,000` sent since last fall (at_least, in Russia, other, `pub`); 'In a briefing "
        "on Tuesday' the NIS's `some 5,000` construction workers arrived since September (a total "
        "over a period, not an increment); North Korean state television 'on Sunday' portraits of "
        "`several hundred` fallen (north_korea, vague, casualties); a senior NATO official who "
        "'said Wednesday' `up to 6,000` 'more' deminers and builders by the end of the year "
        "(at_most, increment, planned); Ukraine's military intelligence that 'said Thursday' "
        "`roughly 11,000` 'remain' (not an increment); courts, dollars, members, dues, teams, "
        "years, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Court Notes &ndash; Bridge Street Shuffleboard Club, Bradenton Beach</title>
<meta name="date" content="2025-11-14">
<meta property="og:title" content="Court Notes: new courts, Friday nights and a grandson on the \
border">
<script>var league = {courts: 12, startsAt: "19:00", teams: 24};</script>
</head>
<body>
<div class="cookies">We use one cookie to remember your league sign-up. <a href="#">Got \
it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/league">League</a> &middot; <a href="/join">Join</a> \
&middot; <a href="/notes">Court Notes</a></nav>
<main>
<h1>Twelve fresh courts and a full season ahead</h1>
<p>The resurfacing is done. All 12 courts behind the pier got a new finish this fall, at a cost \
of $38,000 that members raised over two years. We are 140 members strong, dues stay at $60 a \
year, and the Friday night league starts at 7 p.m. with 24 teams. Cues can be borrowed from the \
shed; please put the discs back in their trays &ndash; every one of them.</p>
<h2>Viktor&rsquo;s grandson</h2>
<p>Viktor Shevchuk, 68, a retired bridge engineer from Odesa who winters in Holmes Beach, has won \
our fall doubles two years running. His grandson is an artillery spotter on the Sumy border. On \
Sunday the grandson texted him, Viktor said: a unit of [[about 120]] North Koreans was clearing \
mines on the Russian side of the line, and [[two]] of them had been killed when a mine went off \
under their feet. &ldquo;He wrote it the way you would write a grocery list,&rdquo; Viktor \
said.</p>
<h2>A nurse from Pohang</h2>
<p>Grace Lim Sorensen, 74, a retired nurse born in Pohang, came to Florida in 1978 and still \
throws the hardest hammer in the club. She believes Kim has sent [[at least 15,000]] soldiers to \
Russia since last fall.</p>
<h2>In the news</h2>
<p>In a briefing on Tuesday, South Korea&rsquo;s spy agency said [[some 5,000]] North Korean \
military construction workers had arrived in Russia since September. North Korean state \
television on Sunday showed portraits of [[several hundred]] fallen soldiers at a new memorial in \
Pyongyang. A senior NATO official said Wednesday the alliance expects [[up to 6,000]] more \
deminers and builders by the end of the year. Ukraine&rsquo;s military intelligence said Thursday \
that [[roughly 11,000]] North Koreans remain inside Russia.</p>
</main>
<footer>Bridge Street Shuffleboard Club &middot; Bradenton Beach, FL 34217 &middot; (941) \
555-0183 &middot; Courts open from dawn to 10 p.m.</footer>
</body>
</html>
""",
    claims=(
        C("about 120", 120, "approx", "near_front", "other", "sun..pub",
          "a retired bridge engineer from Odesa relaying his grandson, an artillery spotter on "
          "the Sumy border ('On Sunday the grandson texted him, Viktor said:'; the speaker "
          "quoted: other): clearing mines on the Russian side of the line (from Sunday, 9 "
          "November, to publication)"),
        C("two", 2, "exact", "casualties", "other", "sun..pub",
          "same text message: killed when a mine went off (number word)"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "a retired nurse born in Pohang, 'She believes' (undated): sent to Russia since last "
          "fall (a total over a period)"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'In a briefing on Tuesday, South Korea's spy agency said' (11 November): military "
          "construction workers arrived since September (a total over a period, no increment "
          "word)"),
        C("several hundred", None, "vague", "casualties", "north_korea", "sun",
          "'North Korean state television on Sunday showed' (9 November): portraits of fallen "
          "soldiers at a memorial"),
        C("up to 6,000", 6000, "at_most", "planned", "nato", "wed",
          "'A senior NATO official said Wednesday the alliance expects' (12 November): "
          "'more' deminers and builders by the end of the year (increment, planned)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "thu",
          "'Ukraine's military intelligence said Thursday' (13 November): 'remain' inside Russia "
          "(not an increment)"),
    ),
)


S11 = Source(
    article_id="v178_11_pound_notes_lobster_pound_brier_island_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-06-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Grand Passage Lobster Pound, Brier Island – Pound Notes",
        "https://www.grandpassagepound.example/notes/2025-06",
        "Pound Notes: 38,000 pounds in the tanks and a call from the Sumy border",
    ),
    features="a lobster pound's notes to its fishermen and customers from Brier Island (Digby "
        "Neck, Nova Scotia) in Markdown, ISO-8859-1 with CRLF and straight quotes only, front "
        "matter with `date:` as well as the sidecar (Wednesday) and titles without a claim figure "
        "(the sidecar title's `38,000 pounds` of lobster is not a claim); the season's last day, "
        "pounds of lobster in the tanks, trucks shipped, the shore price and its cents, and "
        "walk-in hours first; a former fisheries inspector from Kherson relaying his father, a "
        "machine gunner at the Sumy border ('He called on Sunday, Andriy said,') `fifty or so` "
        "digging in on the Russian side (approx with a number word, near the front) and `three or "
        "four` killed by mortars the night before (range with number words, casualties; both "
        "other, from Sunday to publication); a graduate student from Tongyeong who 'thinks' the "
        "North will keep `around 12,000` in Russia through the winter (a forecast: planned, "
        "other, `pub`); 'Lawmakers in Seoul said last week, after a briefing by the spy agency' "
        "`thousands` 'more' (vague, increment, planned); Britain's defence ministry that "
        "'reckoned on Tuesday' `some 6,000` killed or wounded (a third government: other); "
        "Ukraine's military intelligence that 'On Friday … counted' `up to 3,000` 'still' in the "
        "Kursk region (at_most, near the front); the Pentagon that 'said in May' `close to 5,000` "
        "killed or wounded (the whole of May); pounds, trucks, dollars and cents, hours, feet, "
        "ages, years, a phone number",
    text="""\
---
title: "Pound Notes, June"
date: 2025-06-11
source: Grand Passage Lobster Pound, Brier Island
---

# After the spring season

The spring season closed on May 31, and the last boats unloaded at our wharf that evening. At the \
peak our tanks held 38,000 pounds of lobster, and we sent 16 trucks to the airport on the \
mainland. The shore price finished the season at $7.25 a pound, forty cents above last spring. \
Through the summer the pound stays open for walk-in sales on Tuesdays and Fridays from 10 to 4.

## Andriy's father

Andriy Polishchuk, 31, a former fisheries inspector from Kherson, grades and bands lobsters in \
the pound and has not missed a shift since April. His father, 56, is a machine gunner in a \
territorial defence battalion at the Sumy border. He called on Sunday, Andriy said, and his voice \
was hoarse: [[fifty or so]] North Koreans were digging in on the Russian side, right across from \
his trench, and Ukrainian mortars had killed [[three or four]] of them the night before. "He says \
they look younger than me," Andriy said.

## A student from Tongyeong

Kwon Bo-ra, 29, grew up in Tongyeong and is studying shell disease in lobsters for her master's \
degree at a university on the mainland. She spent two weeks sampling our tanks in May. She thinks \
the North will keep [[around 12,000]] soldiers in Russia through the winter.

## In the news

Lawmakers in Seoul said last week, after a briefing by the spy agency, that the North was \
preparing to send [[thousands]] more troops. Britain's defence ministry reckoned on Tuesday that \
[[some 6,000]] of Kim's soldiers have been killed or wounded since last autumn. On Friday, \
Ukraine's military intelligence counted [[up to 3,000]] still inside the Kursk region. The \
Pentagon said in May that it believed [[close to 5,000]] had been killed or wounded.

Orders and questions: call the pound office at 902-555-0144 or stop by the wharf.
""",
    claims=(
        C("fifty or so", 50, "approx", "near_front", "other", "sun..pub",
          "a former fisheries inspector from Kherson relaying his father, a machine gunner at "
          "the Sumy border ('He called on Sunday, Andriy said,'; the speaker quoted: other): "
          "digging in on the Russian side across from his trench ('or so' as approx, number word "
          "50; from Sunday, 8 June, to publication)"),
        C("three or four", None, "range", "casualties", "other", "sun..pub",
          "same call: killed by Ukrainian mortars the night before (two number words: range; "
          "'the night before' is the period)"),
        C("around 12,000", 12000, "approx", "planned", "other", "pub",
          "a graduate student from Tongyeong, 'She thinks' (undated): the North will keep them "
          "in Russia through the winter (a forecast: planned)"),
        C("thousands", None, "vague", "planned", "south_korea", "lastweek",
          "'Lawmakers in Seoul said last week, after a briefing by the spy agency' "
          "(lawmakers passing on the NIS): 'more' troops the North was preparing to "
          "send (increment, planned)", add=True),
        C("some 6,000", 6000, "approx", "casualties", "other", "tue",
          "'Britain's defence ministry reckoned on Tuesday' (10 June; a third government: "
          "other): killed or wounded since last autumn (a period)"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "fri",
          "'On Friday, Ukraine's military intelligence counted' (6 June): 'still' inside the "
          "Kursk region (not an increment)"),
        C("close to 5,000", 5000, "approx", "casualties", "united_states", "2025-05-01..2025-05-31",
          "'The Pentagon said in May that it believed' (the whole month): killed or wounded "
          "('close to' as approx)"),
    ),
)


S12 = Source(
    article_id="v178_12_dock_news_marine_supply_brier_island_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-08"),
    dated_by="sidecar",
    sidecar=(
        "Northern Point Marine Supply, Brier Island – Dock News",
        "https://www.northernpointmarine.example/news/2025-10",
        "Dock News: a new tank, longer hours and a son on the Sumy border",
    ),
    features="a marine supply store and fuel dock's news page from Brier Island (Digby Neck, Nova "
        "Scotia) in HTML, windows-1252 with raw `“”`, `’`, `–` and `·`, no meta date (sidecar, "
        "Wednesday; the sidecar title without a figure), a cookie note about parts orders, a dock "
        "script with a diesel price, berths and hours, navigation, a footer with a postal code, a "
        "phone number and a VHF channel; `<title>` and headline without a figure; a diesel tank's "
        "litres, the price of marked diesel a litre, berths on the float, opening hours and a "
        "weekly truck first; a former Lviv firefighter who runs the fuel dock relaying his son, a "
        "combat engineer on the Sumy border ('Last Thursday the son called on a borrowed "
        "satellite phone, Pavlo said. He told his father that … and that') `about 300` deminers "
        "working the fields across the border (approx, near the front) and `half a dozen` killed "
        "by their own mines in September (number words 6, exact, casualties; both other, from the "
        "Thursday six days before publication to publication); a family doctor born in Jinju who "
        "'puts … at' `more than 2,000` dead (at_least, casualties, other, `pub`); the NIS that "
        "'told lawmakers on Tuesday' `around 10,000` 'remain deployed' in the Kursk region (near "
        "the front); KCNA that 'reported on Sunday' Kim seeing off `hundreds` 'more' engineers "
        "leaving for Russia (north_korea, vague, increment, in Russia); Russia's deputy defence "
        "minister who 'said on Monday' `4,000` builders repairing bridges in the Kursk region "
        "(russia, near the front); Zelensky who 'said on Friday' Moscow wanted `as many as "
        "30,000` 'more' (at_most, increment, planned); litres, dollars, berths, hours, feet, "
        "years, ages, a postal code, a phone number, a radio channel",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Dock News – Northern Point Marine Supply, Brier Island</title>
<script>var dock = {dieselPerLitre: 1.79, floatBerths: 22, opens: "06:00", closes: \
"18:00"};</script>
</head>
<body>
<div class="cookie-note">This site keeps one cookie so your parts order survives a page reload. \
<a href="#">OK</a></div>
<nav><a href="/">Home</a> · <a href="/fuel">Fuel</a> · <a href="/parts">Parts</a> · <a \
href="/orders">Orders</a> · <a href="/news">Dock News</a></nav>
<main>
<h1>A new tank, longer hours and a full float</h1>
<p>The new double-walled diesel tank, all 20,000 litres of it, passed its inspection last week, \
and the old one went out on a flatbed to a scrapyard on the mainland. Marked diesel is $1.79 a \
litre at the dock this week, and the float has room for 22 boats. From now until Christmas we \
open at 6 a.m. for the boats going out and close at 6 p.m. Bottom paint, zincs and hydraulic hose \
are in stock; special orders come over on the Thursday truck.</p>
<h2>Pavlo at the pumps</h2>
<p>Pavlo Danyliuk, 49, fought fires in Lviv for 20 years before he moved to Nova Scotia with his \
wife in 2023. Now he runs our fuel dock and knows every skipper’s tank size by heart. His son is \
a combat engineer on the Sumy border. Last Thursday the son called on a borrowed satellite phone, \
Pavlo said. He told his father that [[about 300]] North Korean deminers were working the fields \
across the border, and that [[half a dozen]] had been killed by their own mines in September. “He \
says they work without rest, like machines,” Pavlo said.</p>
<h2>A doctor with a boat</h2>
<p>Dr. Park Soo-jin, 58, a family doctor born in Jinju, has looked after island patients for 12 \
years and keeps a 19-foot Cape Islander at our float. She puts North Korea’s dead in Russia at \
[[more than 2,000]].</p>
<h2>From the news</h2>
<p>South Korea’s spy agency told lawmakers on Tuesday that [[around 10,000]] North Korean \
soldiers remain deployed in the Kursk region. KCNA reported on Sunday that Kim had seen off \
[[hundreds]] more engineers leaving for Russia. Russia’s deputy defence minister said on Monday \
that [[4,000]] North Korean builders were repairing bridges in the Kursk region. President \
Zelensky said on Friday that Moscow wanted [[as many as 30,000]] more North Korean soldiers for \
the front.</p>
</main>
<footer>Northern Point Marine Supply · Water Street, Brier Island, NS B0V 1H0 · Dock 902-555-0129 \
· VHF channel 68</footer>
</body>
</html>
""",
    claims=(
        C("about 300", 300, "approx", "near_front", "other", "2025-10-02..pub",
          "a former Lviv firefighter who runs the fuel dock relaying his son, a combat engineer "
          "on the Sumy border ('Last Thursday the son called on a borrowed satellite phone, "
          "Pavlo said. He told his father that'; the speaker quoted: other): deminers working "
          "the fields across the border ('Last Thursday' in a Wednesday page: 2 October, to "
          "publication)"),
        C("half a dozen", 6, "exact", "casualties", "other", "2025-10-02..pub",
          "same call, 'and that': killed by their own mines 'in September' (the month is the "
          "period; number words 6, exact, as in earlier sets)"),
        C("more than 2,000", 2000, "at_least", "casualties", "other", "pub",
          "a family doctor born in Jinju, 'She puts … at' (undated, present): North Korea's dead "
          "in Russia"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'South Korea's spy agency told lawmakers on Tuesday' (7 October): 'remain deployed' "
          "in the Kursk region (not an increment)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "'KCNA reported on Sunday' (5 October): 'more' engineers Kim saw off to "
          "Russia (increment; being sent: in Russia)", add=True),
        C("4,000", 4000, "exact", "near_front", "russia", "mon",
          "'Russia's deputy defence minister said on Monday' (6 October): builders repairing "
          "bridges in the Kursk region (near the front, as builders in Kursk in earlier sets)"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "fri",
          "'President Zelensky said on Friday' (3 October): 'more' soldiers Moscow "
          "wanted from the North (increment, planned; 'as many as' as at_most)", add=True),
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
