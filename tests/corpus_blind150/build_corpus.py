"""Build the HUNDRED-AND-FIFTIETH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-second corpus, for an honest measurement on articles the extractor has
never met, written in session 17 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
campsite's guest letter from Dangast on the Jadebusen (Varel) with a night warden from Mykolaiv
and a retired Korean nurse from Mokpo, a model-flying club's bulletin from Weißenbach in the
Triestingtal (Austrian conventions) with an engine designer from Zaporizhzhia and an aeronautics
student from Sacheon, the annual letter of a crossbow shooting club in the Turtmanntal (Swiss
conventions) with a hotel cook from Uzhhorod and a glaciologist from Chuncheon, a dance school's
newsletter from Drochtersen in Kehdingen with a ballroom dancer from Kharkiv and a Latin teacher
from Incheon, a cinema association's programme letter from Ziegenhain in the Schwalm with a
projectionist from Chernihiv and a film student from Busan, and a wine cooperative's customer
letter from Brackenheim in the Zabergäu with a farm-shop keeper from Vinnytsia and a sommelier
from Seoul; an agency-style wire report from the Coonoor tea auction in the Nilgiris on two South
Korean tea buyers, the field notes of snow-leopard camera-trap volunteers in Spiti with a
photographer from Ternopil and an ecologist from Inje, a glass-bottom boat crew's newsletter from
Avalon on Santa Catalina Island with a deckhand from Odesa and a Korean-American captain, a
readers' letters page from a Kelleys Island weekly in Lake Erie with letters quoting a nephew and
a brother, a community shop's notes from the Isle of Canna with a student from Uman and a
yachtswoman from Busan, and a sandboarding outfit's harbour notes from Opononi on the Hokianga with
a river pilot from Kherson and a working-holiday visitor from Suwon. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table are
the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module
instance whose `SOURCES` are set to ours (under its own module name, so it never shares state with
the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind150_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Jadebusen, Triestingtal, Turtmanntal, Kehdingen, Schwalm, Zabergäu)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="x150_01_gaestebrief_camping_dangast_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-31"),
    dated_by="html_meta",
    features="a campsite's guest letter from Dangast on the Jadebusen (Varel, Friesland) in HTML, "
        "UTF-8, `article:published_time` +01:00 (Thursday), a cookie note about the booking "
        "calendar, a page script, navigation, entities (`&middot;`, `&bdquo;`, `&ldquo;`, "
        "`&amp;`), a footer with a postcode and a phone number; `<title>` and headline without a "
        "figure; overnight stays, pitches and rhubarb cake first; a night warden from Mykolaiv "
        "relaying his nephew in the Kursk region ('Am Sonntag habe der Neffe ihm geschrieben …, "
        "erzählt Serhij') `einige hundert` turned up across the line (other, from Sunday to "
        "publication); the NIS 'Am 18. Oktober' `1.500` moved to Vladivostok; 'Fünf Tage später' "
        "(23 October, new here) the agency's new total `rund 3.000` ('Inzwischen seien es': not "
        "an increment) and 'weitere' `7.000` expected by December (sentence-internal 'weitere' "
        "before the figure: increment, planned); the Pentagon 'erklärte am Montag' `etwa 10.000` "
        "training in eastern Russia; 'Nach Angaben des ukrainischen Militärgeheimdienstes' "
        "`mehrere tausend` to arrive at the border by early November (planned, `pub`); a retired "
        "nurse from Mokpo 'geht davon aus' `mehr als 20.000` in the end (at_least, planned, "
        "other, `pub`); the 10,000 South Korean nurses who came to West Germany, overnight stays, "
        "pitches, long-stay campers, cake, winter pitches, euros, bicycles, ages, years, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gästebrief zum Saisonschluss | Campingplatz am Kurhaus Dangast</title>
<meta property="article:published_time" content="2024-10-31T08:30:00+01:00">
<script>window.platzplan = {saison: 2024, winterstellplaetze: true, karte: "deich"};</script>
</head>
<body>
<div class="cookie-leiste">Unser Buchungskalender legt ein Cookie an, damit Ihre Lieblingsparzelle \
beim nächsten Besuch schon vorausgewählt ist. <a href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/parzellen">Parzellen</a> &middot; <a \
href="/winter">Wintercamping</a> &middot; <a href="/gaestebrief">Gästebrief</a></nav>
<main>
<h1>Der letzte Sonnenuntergang über dem Jadebusen</h1>
<p>Liebe Gäste, liebe Dauercamperinnen und Dauercamper,</p>
<p>am Sonntag ist auf unserem Platz hinter dem Deich die Saison zu Ende gegangen. Von Ostern bis \
Ende Oktober haben wir 23.480 Übernachtungen auf 214 Parzellen gezählt, dazu kommen 61 \
Dauercamper, von denen manche uns seit drei Jahrzehnten die Treue halten. Die Wattwanderungen ab \
dem Kurhaus waren an 38 Tagen ausgebucht, und vom Rhabarberkuchen hat die Küche wieder mehr als \
4.000 Stücke über den Tresen gereicht.</p>
<h2>Ein Nachtwart aus Mykolajiw</h2>
<p>Viele von Ihnen kennen Serhij Melnyk, 57, der seit dem vergangenen Frühjahr abends die Schranke \
schließt und nachts die Sanitärhäuser abgeht. Bis 2022 war er Schiffsmechaniker auf einer Werft in \
Mykolajiw, dann kam er mit seiner Frau nach Varel. Sein Neffe dient in einer Einheit, die seit dem \
Sommer im Gebiet Kursk liegt. Am Sonntag habe der Neffe ihm geschrieben, auf der anderen Seite \
seien die ersten Nordkoreaner aufgetaucht, [[einige hundert]] Mann, erzählt Serhij beim Kaffee an \
der Rezeption.</p>
<h2>Was aus Seoul, Washington und Kiew gemeldet wurde</h2>
<p>Am 18. Oktober hatte der südkoreanische Geheimdienst mitgeteilt, Pjöngjang habe [[1.500]] \
Soldaten auf russischen Marineschiffen nach Wladiwostok verlegt. Fünf Tage später legte die \
Behörde den Abgeordneten in Seoul eine neue Zahl vor: Inzwischen seien es [[rund 3.000]], und bis \
Dezember dürften weitere [[7.000]] folgen. Das US-Verteidigungsministerium erklärte am Montag, \
[[etwa 10.000]] nordkoreanische Soldaten würden im Osten Russlands ausgebildet; ein Teil von ihnen \
sei schon auf dem Weg Richtung Westen. Nach Angaben des ukrainischen Militärgeheimdienstes sollen \
bis Anfang November [[mehrere tausend]] von ihnen im Grenzgebiet eintreffen.</p>
<h2>Von Mokpo an die Jade</h2>
<p>Am Kiosk sitzt an warmen Nachmittagen oft Kim Soon-ja, 79, die 1971 aus Mokpo nach \
Westdeutschland kam – damals folgten rund 10.000 Krankenschwestern aus Südkorea dem Ruf deutscher \
Kliniken. Nach vierzig Jahren im Vareler Krankenhaus steht ihr Wohnwagen nun bei uns in der ersten \
Reihe. Von den Nachrichten aus dem Norden ihrer alten Heimat erwartet sie nichts Gutes. Sie geht \
davon aus, dass Kim Jong Un am Ende [[mehr als 20.000]] junge Männer schicken wird. &bdquo;Die \
Mütter dort erfahren gar nichts&ldquo;, sagt sie.</p>
<h2>Über den Winter</h2>
<ul><li>Wintercamping an der Jade: 14 Stellplätze mit Strom, 19 Euro pro Nacht</li><li>Buchungen \
für die Saison 2025 ab dem 2. Januar</li><li>Unsere 32 Leihräder gehen in die Werkstatt &amp; \
bekommen neue Reifen</li></ul>
</main>
<footer>Campingplatz am Kurhaus Dangast &middot; An der Rennweide 2 &middot; 26316 Varel &middot; \
Tel. 04451 91 36 08 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/buchung.js"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun..pub",
          "a night warden from Mykolaiv relaying his nephew in the Kursk region ('Am Sonntag "
          "habe der Neffe ihm geschrieben …, erzählt Serhij', Konjunktiv; the speaker quoted: "
          "other): the first North Koreans turned up across the line (from Sunday to "
          "publication)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "the NIS 'Am 18. Oktober … mitgeteilt': moved to Vladivostok on Russian navy ships"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "'Fünf Tage später legte die Behörde … vor' (five days after 18 October: 23 October): "
          "'Inzwischen seien es' (the new total, not an increment)"),
        C("7.000", 7000, "exact", "planned", "south_korea", "2024-10-23",
          "same briefing, Konjunktiv: 'weitere … folgen' by December (increment, planned; span "
          "without the word)", add=True),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the US defence department 'erklärte am Montag' (28 October): training in eastern "
          "Russia"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): 'sollen bis Anfang "
          "November … eintreffen' (expected: planned)"),
        C("mehr als 20.000", 20000, "at_least", "planned", "other", "pub",
          "a retired nurse from Mokpo, 'Sie geht davon aus' (undated): will be sent in the end "
          "(planned)"),
    ),
)

S02 = Source(
    article_id="x150_02_mitteilungen_modellflug_triestingtal",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-07"),
    dated_by="dateline",
    features="a model-flying club's bulletin from Weißenbach an der Triesting (Triestingtal, "
        "Lower Austria) as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), "
        "dated by the place line 'Weißenbach an der Triesting, 07.03.2025' (Friday, numeric "
        "date); Austrian conventions (`Jänner`, `Feber`, `heuer`, `Obmann`, `Grillerei`); the "
        "strip, a drainage grant and members first; an engine designer from Zaporizhzhia relaying "
        "his brother ('Vorgestern habe ihm der Bruder am Telefon gesagt …, erzählt Dmytro') "
        "`Hunderte` opposite their positions (other, from two days before to publication, new "
        "here); an aeronautics student from Sacheon 'schätzt' `zehn- bis fünfzehntausend` "
        "'weitere' this year (a range of number words, increment, planned, other, `pub`); the "
        "joint chiefs 'teilte am Dienstag mit' `zwischen 1.000 und 3.000` 'nachgeschickt' (range, "
        "increment) and, 'bezifferte er', `rund 4.000` dead and wounded; Budanov 'Ende Feber' "
        "`etwa 8.000` back at the front in Kursk (days 21-28); 'Laut US-Verteidigungsministerium' "
        "`mehr als 11.000` in Russia in all (`pub`); a NATO spokesman 'sagte gestern' `mindestens "
        "600` fallen; Russia's losses a day, strip metres, wingspan, members, battery mAh, euros, "
        "ages, years, dates, a phone number",
    text="""\
MFC Triestingtal - Mitteilungen an die Mitglieder, Ausgabe 1/2025

Weißenbach an der Triesting, 07.03.2025

Liebe Fliegerkolleginnen und Fliegerkollegen,

der Winter war lang, aber ab Samstag ist unser Platz auf der Wiese oberhalb von Neuhaus wieder \
freigegeben. Die Graspiste ist 120 Meter lang und hat im Feber endlich eine Drainage bekommen; die \
Gemeinde hat uns dafür 1.800 Euro zugeschossen. Heuer zählt der Verein 44 Mitglieder, davon neun \
Jugendliche unter 18. Der Mitgliedsbeitrag bleibt bei 65 Euro im Jahr.

Neu bei uns ist seit Jänner Dmytro Kostenko, 49, Triebwerkskonstrukteur aus Saporischschja, der \
dort zwanzig Jahre lang an Hubschraubermotoren gearbeitet hat. Sein Nurflügler mit 2,4 Metern \
Spannweite war das Gesprächsthema beim Winterstammtisch im Gasthaus an der Triesting. Dmytros \
jüngerer Bruder steuert Aufklärungsdrohnen für eine Brigade im Gebiet Kursk. Vorgestern habe ihm \
der Bruder am Telefon gesagt, gegenüber ihren Stellungen lägen wieder [[Hunderte]] Nordkoreaner, \
erzählt Dmytro. Die hätten inzwischen gelernt, selbst Drohnen einzusetzen.

Ebenfalls neu ist Lee Jae-min, 24, der in Wiener Neustadt Luftfahrttechnik studiert. Er stammt aus \
Sacheon, wo in Südkorea Kampfjets gebaut werden, und bringt jeden Sonntag einen selbst gebauten \
Segler mit auf den Platz. Er schätzt, dass Pjöngjang heuer noch [[zehn- bis fünfzehntausend]] \
weitere Soldaten nach Russland schickt. "Kim verkauft seine Leute wie andere Länder Kohle", sagt er.

Was aus den Nachrichten bekannt ist: Der südkoreanische Generalstab teilte am Dienstag mit, \
Pjöngjang habe seit Jänner [[zwischen 1.000 und 3.000]] Mann nachgeschickt. Die Verluste des \
Nordens bezifferte er auf [[rund 4.000]] Tote und Verwundete. Ende Feber hatte Kyrylo Budanow, der \
Chef des ukrainischen Militärgeheimdienstes, erklärt, [[etwa 8.000]] Nordkoreaner stünden wieder \
an der Front im Gebiet Kursk. Laut US-Verteidigungsministerium dienen insgesamt [[mehr als \
11.000]] von ihnen in Russland. Ein Nato-Sprecher sagte gestern in Brüssel, [[mindestens 600]] \
seien bereits gefallen. Die russische Armee selbst verliert nach Kiewer Zählung jeden Tag mehr als \
1.200 Mann.

Termine

- Anfliegen am Samstag, 22. März, ab 10 Uhr, anschließend Grillerei beim Vereinsheim
- Flugtag für Kinder am 17. Mai; Helferinnen und Helfer bitte bei Obmann Karl Steindl melden, Tel. \
02672 871 44
- Akkus über 5.000 mAh bitte nur im Brandschutzkoffer laden
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-03-05..pub",
          "an engine designer from Zaporizhzhia relaying his brother, a drone pilot in the Kursk "
          "region ('Vorgestern habe ihm der Bruder am Telefon gesagt …, erzählt Dmytro'; the "
          "speaker quoted: other): opposite their positions (from two days before, 5 March, to "
          "publication)"),
        C("zehn- bis fünfzehntausend", None, "range", "planned", "other", "pub",
          "an aeronautics student from Sacheon, 'Er schätzt' (undated): 'weitere' to be sent "
          "this year (a range of number words; increment, planned)", add=True),
        C("zwischen 1.000 und 3.000", None, "range", "in_russia", "south_korea", "tue",
          "the South Korean joint chiefs 'teilte am Dienstag mit' (4 March): 'nachgeschickt' "
          "since January (range, increment)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "tue",
          "same statement, 'bezifferte er' (the pronoun carries the joint chiefs): dead and "
          "wounded"),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "2025-02-21..2025-02-28",
          "Budanov 'Ende Feber … erklärt' (Austrian February; day 21 to the month's end), "
          "Konjunktiv: back at the front in the Kursk region"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "pub",
          "'Laut US-Verteidigungsministerium' (undated): serving in Russia in all"),
        C("mindestens 600", 600, "at_least", "casualties", "nato", "yday",
          "a NATO spokesman 'sagte gestern in Brüssel' (6 March): fallen"),
    ),
)

S03 = Source(
    article_id="x150_03_jahresbrief_armbrust_turtmanntal_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-05-23"),
    dated_by="front_matter", crlf=True,
    features="the annual letter of a crossbow shooting club in the Turtmanntal (Upper Valais) in "
        "Markdown, windows-1252 with CRLF, front matter with `date:` (Friday) and a title without "
        "a figure; Swiss conventions (`ss`, «», `1'822`, `15'000`, `2'000 bis 3'000`, `4'700`, "
        "`11'000`, `20'000`); the range, points and the access road first; a hotel cook from "
        "Uzhhorod relaying her son ('Am Dienstag, erzählt Halyna, habe der Sohn ihr geschrieben') "
        "`ein paar hundert` digging trenches across the border (other, from Tuesday to "
        "publication); a glaciologist from Chuncheon «… sind bis im Herbst `über 20'000` … in "
        "Russland gewesen» (at_least, planned, other, `pub`); the NIS 'Am Dienstag vergangener "
        "Woche' (13 May, new here), Konjunktiv over three sentences, `etwa 15'000` sent, `2'000 "
        "bis 3'000` 'nachgeschickt' in spring (range, increment) and `rund 4'700` killed or "
        "wounded; 'Aus dem Aussenministerium in Washington hiess es am Montag' `höchstens 11'000` "
        "still in Russia (at_most); North Korean television 'am Wochenende' `Dutzenden` coffins "
        "(north_korea, casualties, Saturday-Sunday); shooters, shooting days, metres, points, "
        "altitude, glacier metres, francs, ages, years, dates, a phone number",
    text="""\
---
title: "Jahresbrief 2025 der Armbrustschützen Turtmanntal"
date: 2025-05-23
verein: Armbrustschützen Turtmanntal
---

# Zwischen Scheibenstand und Gletscherbach

Liebe Schützinnen und Schützen

Der Schnee am Scheibenstand in Gruben ist geschmolzen, die Saison kann beginnen. Im vergangenen \
Jahr haben 27 Mitglieder an 19 Schiesstagen auf die 30-Meter-Distanz geschossen; den Vereinsrekord \
hält seit August Anton Tscherrig mit 386 von 400 möglichen Punkten. Unser Stand liegt auf 1'822 \
Metern über Meer, und die Strasse von Turtmann herauf ist ab dem 1. Juni wieder offen. Der \
Jahresbeitrag bleibt bei 50 Franken.

Seit dem letzten Sommer kocht im Berghotel in Gruben Halyna Mazur, 52, aus Uschhorod in \
Transkarpatien. Eine Armbrust hatte sie vorher nie in der Hand, heute trifft sie besser als \
mancher Gründer. Ihr Sohn ist Pionier in einer Brigade bei Sumy. Am Dienstag, erzählt Halyna, habe \
der Sohn ihr geschrieben, drüben hinter der Grenze würden [[ein paar hundert]] Nordkoreaner neue \
Gräben ausheben.

Auch aus Südkorea hatten wir Besuch: Han Seo-yeon, 36, Glaziologin aus Chuncheon, vermisst für \
eine Hochschule in Lausanne den Turtmanngletscher, der seit 1990 um mehr als 700 Meter geschrumpft \
ist. Bei der Grillade nach dem Probeschiessen redete sie offen über den Norden. «Wenn es so \
weitergeht, sind bis im Herbst [[über 20'000]] von ihnen in Russland gewesen», sagt sie.

## Was gemeldet wurde

Am Dienstag vergangener Woche informierte der südkoreanische Geheimdienst die Abgeordneten in \
Seoul. Bisher habe Pjöngjang [[etwa 15'000]] Soldaten nach Russland geschickt, im Frühling seien \
[[2'000 bis 3'000]] nachgeschickt worden. Von allen Entsandten seien [[rund 4'700]] getötet oder \
verwundet worden. Aus dem Aussenministerium in Washington hiess es am Montag, es seien [[höchstens \
11'000]] noch in Russland. Das nordkoreanische Fernsehen zeigte am Wochenende Bilder von \
[[Dutzenden]] Särgen, die mit Fahnen bedeckt in Pjöngjang ankamen.

## Agenda

- Eröffnungsschiessen: Samstag, 7. Juni, ab 13 Uhr
- Jungschützenkurs ab 12 Jahren: 6 Abende, 40 Franken inklusive Bolzen
- Anmeldung bei der Präsidentin Rita Oggier, 027 932 18 45

Mit Schützengrüssen
Der Vorstand
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "tue..pub",
          "a hotel cook from Uzhhorod relaying her son, a sapper near Sumy ('Am Dienstag, "
          "erzählt Halyna, habe der Sohn ihr geschrieben'; the speaker quoted: other): digging "
          "new trenches across the border (from Tuesday to publication)"),
        C("über 20'000", 20000, "at_least", "planned", "other", "pub",
          "a glaciologist from Chuncheon, «…», 'sagt sie' (undated): will have been in Russia "
          "by the autumn (a forecast: planned)"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "2025-05-13",
          "the NIS 'Am Dienstag vergangener Woche informierte' (the Tuesday of last week, 13 "
          "May), Konjunktiv: sent to Russia so far"),
        C("2'000 bis 3'000", None, "range", "in_russia", "south_korea", "2025-05-13",
          "same briefing, Konjunktiv carried: 'nachgeschickt' in spring (range, increment)",
          add=True),
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "2025-05-13",
          "same briefing, Konjunktiv over a third sentence: killed or wounded"),
        C("höchstens 11'000", 11000, "at_most", "in_russia", "united_states", "mon",
          "'Aus dem Aussenministerium in Washington hiess es am Montag' (19 May): still in "
          "Russia"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "sat..sun",
          "North Korean television 'zeigte am Wochenende' (17-18 May): coffins of the fallen "
          "arriving in Pyongyang"),
    ),
)

S04 = Source(
    article_id="x150_04_rundbrief_tanzschule_kehdingen",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-06-12"),
    dated_by="sidecar",
    sidecar=(
        "Tanzschule Schrittmacher Drochtersen – Rundbrief",
        "https://www.tanzschule-schrittmacher.example/rundbrief/2025-06",
        "Rundbrief Juni 2025: ein voller Abschlussball, eine Turniertänzerin aus Charkiw und "
        "Latein aus Incheon",
    ),
    features="a dance school's newsletter from Drochtersen in Kehdingen (Elbe marsh, Lower "
        "Saxony) as plain text, UTF-8 with BOM (sidecar, Thursday), `„“` and `–`; the closing "
        "ball, courses and fees first; a ballroom dancer from Kharkiv relaying her husband, a "
        "gunner near Sumy ('Am Wochenende habe er ihr am Telefon erzählt …, berichtet Larysa') "
        "`Dutzende` drone pilots across the border (other, from Saturday to publication); a Latin "
        "teacher from Incheon 'glaubt' `an die 3.000` dead (approx, casualties, other, `pub`); "
        "sentence-initial `Rund 11.000` in Russia with the claimant in the next sentence ('So "
        "steht es in einem Lagebericht, den der südkoreanische Geheimdienst am Montag … "
        "vorlegte'; the total in Russia, most in Kursk) and 'laut dem Bericht' `bis zu 6.000` "
        "engineers and builders being readied ('Außerdem': planned, not an increment); the Kursk "
        "governor 'Anfang Juni' `mehreren hundert` deminers (russia, near the front, days 1-10); "
        "'Dem ukrainischen Militärgeheimdienst zufolge' `mehr als 2.000` fallen since January "
        "(`pub`); 'In Medienberichten war … die Rede' `30.000` 'weiteren' (unattributed, "
        "required, increment, planned); Russia's losses a day, ball guests, pupils, courses, "
        "minutes, euros, ages, years, dates, a phone number",
    text="""\
Tanzschule Schrittmacher Drochtersen – Rundbrief Juni 2025

Liebe Tanzpaare, liebe Eltern unserer Jugendkurse,

der Abschlussball in der Festhalle war mit 340 Gästen so voll wie nie; 58 Jugendliche aus \
Kehdingen und Stade haben ihren Grundkurs mit einem Wiener Walzer beendet, den man bis nach \
Krautsand gehört haben dürfte. Ab August starten wir mit neun Kursen. Ein Grundkurs umfasst zehn \
Abende zu je 90 Minuten und kostet 129 Euro pro Person.

Seit Februar unterrichtet bei uns Larysa Hrytsai, 41, Turniertänzerin aus Charkiw und dort viele \
Jahre Trainerin eines Jugendvereins. Ihre Standardgruppe am Dienstag ist längst ausgebucht. Ihr \
Mann dient bei der Artillerie in der Nähe von Sumy. Am Wochenende habe er ihr am Telefon erzählt, \
jenseits der Grenze seien [[Dutzende]] nordkoreanische Drohnenpiloten im Einsatz, berichtet \
Larysa. „Er sagt, sie lernen schnell“, fügt sie hinzu.

Die Lateinkurse hat Park Min-ji übernommen. Die 30-Jährige aus Incheon studiert in Hamburg \
Sportwissenschaft und fährt jeden Freitag mit dem Zug nach Stade. Mit ihrer Familie spricht sie \
oft über den Norden. Sie glaubt, dass inzwischen [[an die 3.000]] junge Nordkoreaner in Russland \
ums Leben gekommen sind.

Aus den Nachrichten: [[Rund 11.000]] Nordkoreaner befinden sich weiterhin in Russland, die meisten \
davon im Gebiet Kursk. So steht es in einem Lagebericht, den der südkoreanische Geheimdienst am \
Montag dem Parlament in Seoul vorlegte. Außerdem bereite Pjöngjang laut dem Bericht die Entsendung \
von [[bis zu 6.000]] Pionieren und Bauarbeitern vor. Der Gouverneur des Gebiets Kursk dankte \
Anfang Juni [[mehreren hundert]] koreanischen Minenräumern für ihre Arbeit in seiner Region. Dem \
ukrainischen Militärgeheimdienst zufolge sind seit Januar [[mehr als 2.000]] Nordkoreaner \
gefallen. In Medienberichten war zuletzt sogar von [[30.000]] weiteren Soldaten die Rede, die Kim \
bis zum Jahresende schicken könnte. Russland selbst verliert laut Kiew täglich um die 1.000 Mann.

Termine
– Sommerpause vom 14. Juli bis 10. August
– Discofox für Einsteiger: Samstag, 5. Juli, 19 Uhr, 25 Euro pro Paar
– Büro: Heike Wohlers, 04143 98 27 16
""",
    claims=(
        C("Dutzende", None, "vague", "near_front", "other", "sat..pub",
          "a ballroom dancer from Kharkiv relaying her husband, a gunner near Sumy ('Am "
          "Wochenende habe er ihr am Telefon erzählt …, berichtet Larysa'; the speaker quoted: "
          "other): drone pilots in action across the border (from Saturday to publication)"),
        C("an die 3.000", 3000, "approx", "casualties", "other", "pub",
          "a Latin teacher from Incheon, 'Sie glaubt' (undated): died in Russia ('an die' as "
          "approx)"),
        C("Rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "sentence-initial figure, the claimant in the next sentence ('So steht es in einem "
          "Lagebericht, den der südkoreanische Geheimdienst am Montag … vorlegte', 9 June): "
          "still in Russia (the total; only 'die meisten davon' are in Kursk)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "south_korea", "mon",
          "same report, 'laut dem Bericht', Konjunktiv: engineers and builders being readied "
          "('Außerdem', no 'weitere': a new group, not an increment)"),
        C("mehreren hundert", None, "vague", "near_front", "russia", "2025-06-01..2025-06-10",
          "the Kursk governor 'dankte Anfang Juni' (days 1-10): deminers at work in his region"),
        C("mehr als 2.000", 2000, "at_least", "casualties", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge' (undated): fallen since January"),
        C("30.000", 30000, "exact", "planned", "unattributed", "pub",
          "'In Medienberichten war zuletzt … die Rede' (no source: unattributed, required, as "
          "'Unbestätigten Berichten zufolge' of earlier sets): 'weiteren' Kim could send by "
          "the end of the year (increment, planned)", add=True),
    ),
)

S05 = Source(
    article_id="x150_05_programmbrief_kino_ziegenhain_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-04"),
    dated_by="sidecar",
    sidecar=(
        "Kinoverein Ziegenhain – Programmbrief",
        "https://www.kinoverein-ziegenhain.example/programmbrief/2025-09",
        "Programmbrief September: Sommerkino im Festungshof und eine koreanische Reihe",
    ),
    features="a cinema association's programme letter from Ziegenhain (Schwalmstadt, Schwalm, "
        "northern Hesse) in HTML, windows-1252 with raw `„“`, umlauts, `·` and `–`, no meta date "
        "(sidecar, Thursday), a cookie note about seat reservations, a script, navigation, a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; "
        "open-air evenings, seats and tickets first; a projectionist from Chernihiv relaying his "
        "brother ('Vergangene Woche schrieb ihm der Bruder') `an die 200` laying mines at night "
        "(approx, other, `lastweek`); a film student from Busan 'Nach ihrer Einschätzung' `rund "
        "20.000` gone through Russia (other, `pub`); 'Laut dem südkoreanischen Geheimdienst, der "
        "am Dienstag die Abgeordneten … unterrichtete' `rund 2.000` fallen and, Konjunktiv "
        "carried, `6.000` 'weitere' being readied (increment, planned); KCNA 'Ende August' `101` "
        "fallen honoured posthumously (north_korea, days 21-31); the Russian defence ministry "
        "'kündigte an' `Tausende` builders expected in Kursk this autumn (vague, planned, `pub`); "
        "Rutte 'sagte vergangene Woche' `mehr als 10.000` at the border; Kim's trip to the "
        "Beijing parade without a figure; visitors, evenings, seats, the cinema's years, euros, "
        "years of service, ages, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Programmbrief September – Kinoverein Ziegenhain</title>
<link rel="stylesheet" href="/css/kino.css">
<script>var spielplan = {monat: "2025-09", saal: "gross", reservierung: true};</script>
</head>
<body>
<div class="cookie">Für Ihre Platzreservierung setzen wir ein Cookie. <a href="#">In \
Ordnung</a></div>
<nav><a href="/">Kinoverein</a> | <a href="/programm">Programm</a> | <a \
href="/reservieren">Reservieren</a> | <a href="/brief">Programmbrief</a></nav>
<article>
<h1>Ein Sommer im Festungshof</h1>
<p>Liebe Kinofreundinnen und Kinofreunde,</p>
<p>unser Sommerkino im Hof der Festung Ziegenhain hat an 16 Abenden 1.940 Besucherinnen und \
Besucher angelockt, bei nur zwei Regenpausen. Im Saal des alten Lichtspielhauses, 1957 eröffnet \
und seit 2011 vom Verein betrieben, stehen weiterhin 84 Plätze bereit. Der Eintritt kostet 7,50 \
Euro, für Mitglieder 5 Euro.</p>
<p>Am Projektor steht seit dem Frühjahr Andrij Sawtschuk, 63, pensionierter Filmvorführer aus \
Tschernihiw, der im dortigen Kino „Ukrajina“ 35 Jahre lang die Rollen gewechselt hat. Sein \
jüngerer Bruder ist Pionier bei Sumy. Vergangene Woche schrieb ihm der Bruder, auf der russischen \
Seite würden [[an die 200]] Nordkoreaner nachts Minen legen.</p>
<p>Die koreanische Reihe im Herbst hat Choi Yu-na zusammengestellt, eine 26-jährige Filmstudentin \
aus Busan, die bei uns ein Praktikum macht. Über den Norden spricht sie ohne Scheu. Nach ihrer \
Einschätzung sind bis heute [[rund 20.000]] nordkoreanische Soldaten durch Russland gegangen. „Bei \
uns im Süden wird man daraus irgendwann Filme machen“, sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Laut dem südkoreanischen Geheimdienst, der am Dienstag die Abgeordneten in Seoul unterrichtete, \
sind bisher [[rund 2.000]] Nordkoreaner gefallen. Zudem bereite Pjöngjang [[6.000]] weitere \
Soldaten auf den Einsatz vor. Die Staatsagentur KCNA berichtete Ende August, der Machthaber habe \
[[101]] Gefallene posthum zu Helden erklärt. Das russische Verteidigungsministerium kündigte an, \
im Herbst würden [[Tausende]] koreanische Bauarbeiter in Kursk erwartet. Nato-Generalsekretär Mark \
Rutte sagte vergangene Woche, [[mehr als 10.000]] Nordkoreaner stünden weiterhin an der Grenze zur \
Ukraine. Kim selbst reiste am Mittwoch zur Militärparade nach Peking.</p>
<h2>Im September</h2>
<ul><li>Koreanischer Abend: Freitag, 19. September, 20 Uhr, mit Bibimbap im \
Foyer</li><li>Kinderkino sonntags um 15 Uhr, 4 Euro</li><li>Jahreshauptversammlung am 2. Oktober \
im Saal</li></ul>
</article>
<footer>Kinoverein Ziegenhain e.V. · Wiederholdstraße 3 · 34613 Schwalmstadt · Tel. 06691 92 40 17 \
· <a href="/impressum">Impressum</a></footer>
<script src="/js/reservierung.js"></script>
</body>
</html>
""",
    claims=(
        C("an die 200", 200, "approx", "near_front", "other", "lastweek",
          "a projectionist from Chernihiv relaying his brother, a sapper near Sumy ('Vergangene "
          "Woche schrieb ihm der Bruder'; the speaker quoted: other): laying mines on the "
          "Russian side ('an die' as approx)"),
        C("rund 20.000", 20000, "approx", "in_russia", "other", "pub",
          "a film student from Busan, 'Nach ihrer Einschätzung' (undated): gone through Russia"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Laut dem südkoreanischen Geheimdienst, der am Dienstag … unterrichtete' (2 "
          "September; the relative clause dates the figure): fallen"),
        C("6.000", 6000, "exact", "planned", "south_korea", "tue",
          "same briefing, Konjunktiv 'Zudem bereite Pjöngjang … vor': 'weitere' being readied "
          "(increment, planned)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'berichtete Ende August' (day 21 to the month's end): fallen honoured "
          "posthumously"),
        C("Tausende", None, "vague", "planned", "russia", "pub",
          "the Russian defence ministry 'kündigte an' (undated): builders expected in Kursk "
          "this autumn (planned)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "lastweek",
          "Rutte 'sagte vergangene Woche', Konjunktiv: at the border with Ukraine"),
    ),
)

S06 = Source(
    article_id="x150_06_kundenbrief_weingaertner_zabergaeu_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-11-21"),
    dated_by="sidecar",
    sidecar=(
        "Weingärtner Zabergäu eG – Kundenbrief",
        "https://www.weingaertner-zabergaeu.example/kundenbrief/herbst-2025",
        "Kundenbrief Herbst 2025: ein guter Lemberger-Jahrgang",
    ),
    features="a wine cooperative's customer letter from Brackenheim in the Zabergäu (Württemberg) "
        "in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Friday) and a "
        "title without a figure; hectares, hectolitres and Oechsle first; a farm-shop keeper from "
        "Vinnytsia relaying her son ('Zuletzt, am Sonntag, habe er geschrieben …, erzählt "
        "Oksana') `etwa 150` newly arrived opposite (approx, other, from Sunday to publication); "
        "a sommelier from Seoul 'vermutet' `mehr als 25.000` have served in Russia (at_least, "
        "other, `pub`); the NIS 'erklärte am 4. November' `rund 10.000` stationed in the border "
        "area, 'davon' `gut 1.000` in artillery units (a breakdown, near the front) and, "
        "Konjunktiv, `5.000` builders on the way west by train ('Außerdem': not an increment); "
        "Zelensky 'warnte gestern' `Zehntausende` 'weitere' next year (vague, increment, "
        "planned); 'Aus dem Pentagon hieß es diese Woche' `etwa 1.000` fallen since the summer "
        "(Monday to publication); 'Nach Angaben der Nato' `über 6.000` dead and wounded in all "
        "(`pub`); member farms, hectares, hectolitres, degrees Oechsle, euros, ages, years, "
        "dates, a phone number",
    text="""\
---
title: "Kundenbrief Herbst 2025"
genossenschaft: Weingärtner Zabergäu eG
---

# Kundenbrief Herbst 2025

Liebe Kundinnen und Kunden,

der Jahrgang 2025 liegt im Keller. Unsere 186 Mitgliedsbetriebe haben auf 412 Hektar rund 38.000 \
Hektoliter gelesen, und der Lemberger kam im Schnitt auf 92 Grad Oechsle. Die neue Kelterhalle am \
Ortsrand von Brackenheim hat ihren ersten Herbst ohne Panne überstanden. Der Jahrgangssekt kommt \
im Dezember, die Flasche zu 11,90 Euro.

## Menschen im Weinberg

Bei der Lese halfen uns wieder viele Hände, darunter Oksana Pylyp, 46, aus Winnyzja, die seit drei \
Jahren mit ihren Töchtern in Güglingen lebt und inzwischen unseren Hofladen führt. Ihr Sohn dient \
in einer Sturmbrigade im Gebiet Sumy und meldet sich nur selten. Zuletzt, am Sonntag, habe er \
geschrieben, gegenüber seien [[etwa 150]] Nordkoreaner neu eingetroffen, erzählt Oksana.

Im Oktober besuchte uns Jung Tae-ho, 52, Sommelier aus Seoul, der seit Jahren unseren Lemberger \
nach Korea einführt. Über den Norden redet er ungern, dann aber deutlich. Er vermutet, dass \
inzwischen [[mehr als 25.000]] Nordkoreaner in Russland gedient haben.

## Zur Lage

Der südkoreanische Geheimdienst erklärte am 4. November, im Grenzgebiet zur Ukraine stünden nach \
wie vor [[rund 10.000]] Soldaten aus dem Norden, [[gut 1.000]] davon in Artillerieeinheiten. \
Außerdem seien [[5.000]] Militärbauarbeiter per Zug auf dem Weg nach Westen. Präsident Selenskyj \
warnte gestern, Kim könne im kommenden Jahr [[Zehntausende]] weitere schicken. Aus dem Pentagon \
hieß es diese Woche, seit dem Sommer seien [[etwa 1.000]] Nordkoreaner gefallen. Nach Angaben der \
Nato sind es insgesamt schon [[über 6.000]] Tote und Verwundete.

## Termine

- Weihnachtsverkauf im Hofladen: samstags von 9 bis 14 Uhr
- Glühweinstand auf dem Brackenheimer Weihnachtsmarkt am 29. und 30. November
- Bestellungen unter 07135 95 48 20
""",
    claims=(
        C("etwa 150", 150, "approx", "near_front", "other", "sun..pub",
          "a farm-shop keeper from Vinnytsia relaying her son in the Sumy region ('Zuletzt, am "
          "Sonntag, habe er geschrieben …, erzählt Oksana'; the speaker quoted: other): newly "
          "arrived opposite his brigade (from Sunday to publication)"),
        C("mehr als 25.000", 25000, "at_least", "in_russia", "other", "pub",
          "a sommelier from Seoul, 'Er vermutet' (undated): have served in Russia"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "the NIS 'erklärte am 4. November': stationed in the border area with Ukraine"),
        C("gut 1.000", 1000, "at_least", "near_front", "south_korea", "2025-11-04",
          "same statement, 'davon' in artillery units (a breakdown of the 10,000, not an "
          "increment; 'gut' as at_least)"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same statement, Konjunktiv 'Außerdem seien … auf dem Weg nach Westen': builders "
          "travelling by train (a separate group; no 'weitere': not an increment)"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "yday",
          "Zelensky 'warnte gestern' (20 November): 'weitere' Kim could send next year "
          "(increment, planned)", add=True),
        C("etwa 1.000", 1000, "approx", "casualties", "united_states", "mon..pub",
          "'Aus dem Pentagon hieß es diese Woche' (Monday 17 November to publication): fallen "
          "since the summer"),
        C("über 6.000", 6000, "at_least", "casualties", "nato", "pub",
          "'Nach Angaben der Nato' (undated): dead and wounded in all"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Nilgiris, Spiti, Santa Catalina, Kelleys Island, Canna, Hokianga)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="x150_07_nilgiri_wire_coonoor",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-10"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the tea auction in Coonoor (Nilgiris, Tamil Nadu) "
        "as plain text, UTF-8 with CRLF, slug line, byline and dateline 'COONOOR, India, December "
        "10, 2024 (Nilgiri Newswire) –' (Tuesday); two South Korean tea buyers at the December "
        "sale; the headline's `11,000` from the Pentagon's figure of Monday (Monday to "
        "publication, hedge dropped); sentence-initial `More than 11,000` with the claimant after "
        "the figure ('…, a Pentagon spokesman said on Monday'); Ukraine's military intelligence "
        "'said over the weekend' `dozens` killed or wounded (Saturday-Sunday); a NATO official "
        "'who briefed journalists in Brussels last week put … casualties at' `a few hundred` in "
        "quotes; Seoul's intelligence service 'said in late November' `roughly 1,500` more being "
        "readied (increment, planned, days 21-30); a buyer from Boseong 'expects' 'another' "
        "`20,000` (increment, planned, other, `pub`); an estate manager relaying his wife's "
        "brother ('told her on Thursday', 'Bellie said') `several hundred` in the villages "
        "opposite (other, from Thursday to publication); Russia's losses a day, kilograms of tea, "
        "rupees, lots, countries, metres, kilometres, hours, ages, years, a newsdesk phone number",
    text="""\
NILGIRI NEWSWIRE | ASIA / INDIA | 1120 IST

Korean tea buyers at Coonoor auction follow news of the North's [[11,000]] in Kursk

By Priya Raghunathan

COONOOR, India, December 10, 2024 (Nilgiri Newswire) – In the auction hall above the railway \
station of this hill town, where brokers knock down Nilgiri leaf lot by lot, two South Korean \
buyers spent the pauses of the December sale reading on their phones about soldiers from the other \
half of their peninsula fighting in a European war.

[[More than 11,000]] North Korean soldiers are now deployed in Russia's Kursk region, a Pentagon \
spokesman said on Monday, and some have started taking part in combat. Ukraine's military \
intelligence said over the weekend that [[dozens]] of them had fallen or been wounded in their \
first firefights. A NATO official who briefed journalists in Brussels last week put North Korean \
casualties at "[[a few hundred]]" but would not go into detail. Seoul's intelligence service said \
in late November that [[roughly 1,500]] more were being readied at home for a second rotation.

The Coonoor auction sold about 1.1 million kilograms of tea in November at an average of 112 \
rupees a kilo, with some 2,400 lots going to buyers from 14 countries.

Kang Hye-won, 47, who buys green and black leaf for a chain of tea houses in Boseong, South Jeolla \
province, has come to the Nilgiris every winter since 2011. "My grandfather walked south in 1951 \
and never saw his brothers again," she said between tastings. She expects Pyongyang to send \
another [[20,000]] before the war is over.

Rajesh Bellie, 55, who manages an estate near Kotagiri, is married to Iryna, a pharmacist from \
Dnipro. Her brother, a rifleman in the Kursk region, told her on Thursday that [[several hundred]] \
North Koreans had moved into the villages opposite his company, Bellie said. Ukraine says Russia \
is losing about 1,500 soldiers a day.

Coonoor lies at some 1,850 metres, and the narrow-gauge train up from Mettupalayam needs close to \
five hours for its 46 kilometres.

(Reporting by Priya Raghunathan; editing by Arun Menon. Newsdesk: +91 423 223 0917)
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "united_states", "mon..pub",
          "wire headline: the Pentagon's figure of Monday ('More than 11,000' in the body), from "
          "Monday 9 December to the Tuesday of publication, hedge dropped"),
        C("More than 11,000", 11000, "at_least", "near_front", "united_states", "mon",
          "sentence-initial figure, the claimant after it ('…, a Pentagon spokesman said on "
          "Monday', 9 December): deployed in the Kursk region"),
        C("dozens", None, "vague", "casualties", "ukraine", "sat..sun",
          "Ukraine's military intelligence 'said over the weekend' (7-8 December): killed or "
          "wounded in the first clashes"),
        C("a few hundred", None, "vague", "casualties", "nato", "lastweek",
          "'A NATO official who briefed journalists in Brussels last week put North Korean "
          "casualties at', in quotes"),
        C("roughly 1,500", 1500, "approx", "planned", "south_korea", "2024-11-21..2024-11-30",
          "'Seoul's intelligence service said in late November' (day 21 to the month's end): "
          "'more' being readied for a second rotation (increment, planned)", add=True),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a tea buyer from Boseong, 'She expects' (undated): 'another' to be sent (increment, "
          "planned)", add=True),
        C("several hundred", None, "vague", "near_front", "other", "thu..pub",
          "an estate manager relaying his wife's brother, a rifleman in Kursk ('told her on "
          "Thursday', '…, Bellie said'; the speaker quoted: other): moved into the villages "
          "opposite (from Thursday to publication)"),
    ),
)

S08 = Source(
    article_id="x150_08_field_notes_spiti_leopards_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-02-26"),
    dated_by="front_matter",
    features="the field notes of snow-leopard camera-trap volunteers in Spiti (Kibber and Kaza, "
        "Himachal Pradesh) in Markdown, UTF-8 with curly quotes, front matter with `date:` "
        "(Wednesday) and a title repeating the headline (optional); temperatures, traps, frames "
        "and cats first; the headline's `3,000` more from the NIS briefing of Monday (Monday to "
        "publication, increment); a wildlife photographer from Ternopil relaying her cousin, a "
        "mortar man near Sudzha ('sent her a voice message on Sunday', 'by his guess') `fewer "
        "than two hundred` in the woods opposite (at_most with a number word, other, from Sunday "
        "to publication); an ecologist from Inje 'reckons' `upwards of 12,000` (new here: "
        "'upwards of' as at_least, other, `pub`); 'In a briefing to lawmakers on Monday' `about "
        "3,000` more (increment); Zelensky 'in his nightly address on Saturday, put the North's "
        "losses … at' `more than 4,000` dead and wounded; 'A State Department official said "
        "earlier this month' `about 11,000` (the 1st to publication); 'By NATO's count' `at least "
        "1,000` dead (`pub`); Russia's losses, degrees, traps, frames, leopards, metres, "
        "volunteers, rupees, ages, years, a date, a phone number",
    text="""\
---
title: "Field notes from Kibber: frozen traps, nine cats and Seoul’s count of [[3,000]] more"
date: 2025-02-26
project: Spiti Snow Leopard Camera-Trap Volunteers
---

# Field notes from Kibber: frozen traps, nine cats and Seoul’s count of [[3,000]] more

Dear friends of the project,

February has been the coldest month since the survey began in 2019. The thermometer outside our \
base in Kibber fell to minus 31 one night, and two of the 42 camera traps on the ridges above the \
Kaza road froze shut. The others delivered: 1,260 triggered frames this winter, 87 of them with \
snow leopards, and at least nine different cats by their spot patterns, besides herds of blue \
sheep and ibex.

## Behind the lenses

Two volunteers have done most of the winter checks. Oleksandra Bondar, 33, a wildlife photographer \
from Ternopil, arrived in November and has not missed a single climb to 4,300 metres. Her cousin \
is a mortar man near Sudzha. He sent her a voice message on Sunday: the North Koreans opposite had \
gone quiet, and by his guess there were now [[fewer than two hundred]] of them left in the woods \
across from his crew.

Dr. Kwon Ji-hoon, 44, an ecologist from Inje in Gangwon province who studies leopard cats at home, \
stayed with us for three weeks. He reckons [[upwards of 12,000]] North Koreans have passed through \
Russia since the autumn, “and their families are told it is an exercise.”

## The news that reaches us up here

Mobile signal in Kibber comes and goes, but the headlines still find us. In a briefing to \
lawmakers on Monday, South Korea’s spy agency said [[about 3,000]] more soldiers had been shipped \
to Russia in January and February. President Zelensky, in his nightly address on Saturday, put the \
North’s losses since the autumn at [[more than 4,000]] dead and wounded. A State Department \
official said earlier this month that [[about 11,000]] remained in Russia. By NATO’s count, [[at \
least 1,000]] North Koreans have died in the fighting. Russia’s own losses, Kyiv says, passed \
860,000 this month.

## Coming up

- The spring trap check begins on March 15; we still need four volunteers.
- A homestay night in Kibber costs 1,800 rupees with meals.
- Contact: traps@spiti-leopards.example or +91 1906 222 418.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "front-matter title repeating the headline (metadata)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul's count of 3,000 more': the NIS figure of Monday ('about 3,000' more "
          "in the body), from Monday 24 February to publication, hedge dropped, 'more' kept as "
          "an increment", add=True),
        C("fewer than two hundred", 200, "at_most", "near_front", "other", "sun..pub",
          "a wildlife photographer from Ternopil relaying her cousin near Sudzha ('He sent her a "
          "voice message on Sunday', 'by his guess'; the speaker quoted: other): left in the "
          "woods opposite ('fewer than' with a number word as at_most; from Sunday to "
          "publication)"),
        C("upwards of 12,000", 12000, "at_least", "in_russia", "other", "pub",
          "an ecologist from Inje, 'He reckons' (undated): passed through Russia ('upwards of' "
          "as at_least, new here)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'In a briefing to lawmakers on Monday, South Korea's spy agency said' (24 February): "
          "'more' shipped to Russia in January and February (increment)", add=True),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "sat",
          "Zelensky 'in his nightly address on Saturday, put the North's losses … at' (22 "
          "February): dead and wounded since the autumn"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "2025-02-01..pub",
          "'A State Department official said earlier this month' (the 1st to publication): "
          "remained in Russia"),
        C("at least 1,000", 1000, "at_least", "casualties", "nato", "pub",
          "'By NATO's count' (undated): died in the fighting"),
    ),
)

S09 = Source(
    article_id="x150_09_crew_notes_avalon_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-04-15"),
    dated_by="html_meta",
    features="a glass-bottom boat crew's newsletter from Avalon on Santa Catalina Island "
        "(California) in HTML, ISO-8859-1 with quotes and apostrophes only as entities "
        "(`&ldquo;`, `&rdquo;`, `&rsquo;`, `&ndash;`, `&middot;`), `<meta name=\"date\">` "
        "(Tuesday), a cookie notice about the shift roster, a script, navigation, a footer with a "
        "ZIP code and a phone number; `<title>` and headline without a figure; visibility, trips, "
        "passengers and a glass panel first; a deckhand from Odesa relaying her brother ('On "
        "Friday he texted her …, she told us') `a couple hundred` digging in along the border "
        "(vague, other, from Friday to publication); a captain whose uncle served in the South "
        "Korean marines 'figures' `30,000` by Christmas (planned, other, `pub`); the NIS 'in a "
        "closed-door briefing on Thursday, put … at' `about 4,700` casualties and 'of them' `some "
        "600` dead (a breakdown); Russia's defence ministry 'said on Monday' `several thousand` "
        "'Korean comrades' clearing Kursk (russia, near the front); 'Kyiv's military intelligence "
        "estimated last week' `between 10,000 and 11,000` (range); a Pentagon spokesperson 'told "
        "reporters on April 3' `up to 3,000` replacements (at_most, increment); feet, trips, "
        "passengers, dollars, panel feet, ages, years, a date, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-04-15">
<title>Crew Notes &ndash; Lovers Cove Glass Bottom Boats</title>
<script>var crew = {issue: "spring-2025", roster: "weekday", boats: ["Emerald", "Kelp \
Queen"]};</script>
</head>
<body>
<div class="cookie-notice">We keep a single cookie so the shift roster remembers who you are. <a \
href="#">Got it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/tours">Tours</a> &middot; <a href="/crew">Crew</a> \
&middot; <a href="/notes">Crew Notes</a></nav>
<main>
<h1>Spring crew notes: clear water and a war far away</h1>
<p>Visibility off Lovers Cove reached 60 feet last week, the best since the <em>Emerald</em> went \
back in the water. Our three boats made 214 trips in March and carried 9,870 passengers, and the \
garibaldi are back around the kelp in big numbers. Tickets stay at $32 for adults and $18 for \
children. The new 4-by-10-foot glass panel in the <em>Emerald</em> cost us $23,000 and was worth \
every cent.</p>
<p>Deckhand Tetiana Shevchenko, 28, from Odesa, has been with us since last summer. Her brother is \
a sergeant in a drone unit in the Sumy region. On Friday he texted her that [[a couple hundred]] \
North Koreans were digging in along the border, she told us during Sunday&rsquo;s safety drill.</p>
<p>Captain Daniel Yoon, 59, who has narrated our tours for twelve years, grew up in Koreatown in \
Los Angeles; his uncle served in the South Korean marines. He figures Pyongyang will have sent \
[[30,000]] men to Russia by Christmas, &ldquo;and they will keep coming for as long as Moscow \
pays.&rdquo;</p>
<p>The noticeboard in the crew room keeps a running tally of the official numbers. South \
Korea&rsquo;s spy agency, in a closed-door briefing on Thursday, put North Korean casualties at \
[[about 4,700]], [[some 600]] of them dead. Russia&rsquo;s defence ministry said on Monday that \
its troops and [[several thousand]] &ldquo;Korean comrades&rdquo; had cleared the last Ukrainian \
positions in the Kursk region. Kyiv&rsquo;s military intelligence estimated last week that \
[[between 10,000 and 11,000]] remained in Russia. And a Pentagon spokesperson told reporters on \
April 3 that the North had sent [[up to 3,000]] replacements since January.</p>
<p>Next crew meeting: Thursday, April 24, 7 pm, in the office on the Pleasure Pier &ndash; bring \
your dive logs.</p>
</main>
<footer>Lovers Cove Glass Bottom Boats &middot; Pleasure Pier, Avalon, CA 90704 &middot; (310) \
510-2277 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/roster.js"></script>
</body>
</html>
""",
    claims=(
        C("a couple hundred", None, "vague", "near_front", "other", "fri..pub",
          "a deckhand from Odesa relaying her brother, a drone sergeant near Sumy ('On Friday he "
          "texted her …, she told us'; the speaker quoted: other): digging in along the border "
          "(from Friday to publication)"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a tour boat captain, 'He figures' (undated): will have been sent by Christmas (a "
          "forecast: planned)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu",
          "the NIS 'in a closed-door briefing on Thursday, put … at' (10 April): casualties"),
        C("some 600", 600, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'of them dead' (a breakdown of the 4,700, not an increment)"),
        C("several thousand", None, "vague", "near_front", "russia", "mon",
          "Russia's defence ministry 'said on Monday' (14 April): 'Korean comrades' who cleared "
          "the last Ukrainian positions in Kursk"),
        C("between 10,000 and 11,000", None, "range", "in_russia", "ukraine", "lastweek",
          "'Kyiv's military intelligence estimated last week': remained in Russia"),
        C("up to 3,000", 3000, "at_most", "in_russia", "united_states", "2025-04-03",
          "a Pentagon spokesperson 'told reporters on April 3': replacements sent since January "
          "(increment, as 'replacements' in earlier sets)", add=True),
    ),
)

S10 = Source(
    article_id="x150_10_letters_kelleys_island",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "The North Shore Current, Kelleys Island",
        "https://www.northshorecurrent.example/letters/2025-07-24",
        "Letters: numbers, nephews and the ferry",
    ),
    features="a readers' letters page from a Kelleys Island weekly (Lake Erie, Ohio) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday); a reader from Poltava relaying her nephew, "
        "a rifleman ('called me late on Sunday night … He said') `more than a hundred` dead in "
        "front of their trench (at_least with a number word, casualties, other, from Sunday to "
        "publication); a reader answering the paper's own editorial ('Your editorial of July 10 "
        "said') `15,000` (unattributed, required, that day), 'South Korea's spy agency says' "
        "`about 11,000` there now and, carried by 'and', `4,700` killed or wounded (`pub`), and "
        "Shoigu 'promised last month' `6,000` deminers and builders (planned, June); a "
        "Korean-American reader relaying her brother, a retired general ('He believes') `at least "
        "25,000` 'more' (at_least, increment, planned, other, `pub`); a reader who heard NATO's "
        "supreme commander 'tell a Senate committee in April' `thousands` killed or wounded "
        "(nato, the month); a letter on ferry fares without a claim; dollars, crossings, years, "
        "ages, a trail's miles",
    text="""\
THE NORTH SHORE CURRENT – LETTERS TO THE EDITOR

Numbers, nephews and the ferry

Editor: My nephew Vasyl, a rifleman from Poltava, called me late on Sunday night from a dugout \
near the Kursk border. He said his company had counted [[more than a hundred]] dead North Koreans \
in the field in front of their trench after a single attack. I teach swimming at the state park \
beach this summer, and the children there ask about him every week. He is 22.
Olena Kravets, Kelleys Island

Editor: Your editorial of July 10 said [[15,000]] North Koreans have served in Russia, and it gave \
no source. South Korea's spy agency says [[about 11,000]] are there now and [[4,700]] have been \
killed or wounded. Sergei Shoigu, Moscow's security chief, promised last month that [[6,000]] \
deminers and military builders would go to Kursk. Let us get the numbers straight before we print \
them.
Tom Brightwell, Kelleys Island

Editor: My brother in Daejeon is a retired South Korean army general. He believes the North will \
send [[at least 25,000]] more before the fighting stops, because Kim is paid in oil and rocket \
technology for every one of them. He also says nobody in Seoul knows how many have gone home \
wounded.
Grace Min Whitaker, Kelleys Island

Editor: I watched NATO's supreme commander tell a Senate committee in April that [[thousands]] of \
Kim's soldiers were already dead or wounded. Our own congressman sits on that committee. I hope he \
asked who is doing the counting.
Ray Dombrowski, Lakeside

Editor: The ferry from Marblehead went up to $12 each way on July 1, and a car now costs $34. Some \
of us have lived on this island for 40 years and made the crossing thousands of times. The North \
Pond trail, all 1.2 miles of it, also needs new boards before somebody breaks an ankle.
Linda Haas, Kelleys Island
""",
    claims=(
        C("more than a hundred", 100, "at_least", "casualties", "other", "sun..pub",
          "a reader from Poltava relaying her nephew, a rifleman near the Kursk border ('called "
          "me late on Sunday night … He said'; the letter writer quoted: other): dead in front "
          "of their trench (number word; from Sunday to publication)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-07-10",
          "the paper's own editorial as cited by a reader ('Your editorial of July 10 said', "
          "no source: unattributed, required, dated that day): have served in Russia"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'South Korea's spy agency says' (undated): there now"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "pub",
          "same statement, carried by 'and': killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'promised last month' (June): deminers and builders to go to Kursk (planned; "
          "no 'more': not an increment)"),
        C("at least 25,000", 25000, "at_least", "planned", "other", "pub",
          "a reader relaying her brother, a retired general ('He believes', undated; the letter "
          "writer quoted: other): 'more' to be sent (increment, planned)", add=True),
        C("thousands", None, "vague", "casualties", "nato", "2025-04-01..2025-04-30",
          "NATO's supreme commander 'tell a Senate committee in April' (the month): killed or "
          "wounded"),
    ),
)

S11 = Source(
    article_id="x150_11_shop_notes_canna_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-08-29"),
    dated_by="sidecar",
    sidecar=(
        "Isle of Canna Community Shop",
        "https://www.canna-shop.example/notes/2025-08",
        "Shop notes: busy moorings, empty shelves",
    ),
    features="a community shop's notes from the Isle of Canna (Small Isles, Inner Hebrides) in "
        "HTML, UTF-8 with BOM, no meta date (sidecar, Friday), a cookie note about the ferry "
        "basket, a script, navigation, entities (`&pound;`, `&amp;`, `&rsquo;`, `&ldquo;`, "
        "`&rdquo;`), a footer with a postcode and a phone number; `<title>` and headline without "
        "a figure; yachts, the honesty box and oatcakes first; a biology student from Uman "
        "relaying her father, a combat medic ('told her on Tuesday') `dozens` of sappers laying "
        "mines (other, from Tuesday to publication); a yachtswoman from Busan 'thinks' `close to "
        "30,000` will have been through Russia by next summer (approx, planned, other, `pub`); "
        "'according to Seoul's spy agency, which briefed lawmakers on Wednesday' `roughly 2,000` "
        "killed and `between 4,000 and 6,000` more engineers and builders (range, increment, "
        "planned); 'Ukraine's military intelligence says' `around 10,000` in Kursk (`pub`); KCNA "
        "'reported last week' `hundreds` of names on a memorial wall (north_korea, casualties); "
        "'The White House, in a statement on August 15, put the number … at' `15,000`; yachts, "
        "pounds, residents, shearwaters, feet, nights, ages, years, hours, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Shop notes &ndash; Isle of Canna Community Shop</title>
<script>window.shop = {page: "notes", month: "2025-08", ferry: "tuesday"};</script>
</head>
<body>
<div id="cookies">One cookie keeps your order basket safe until the next ferry. \
<button>Fine</button></div>
<nav><a href="/">Shop</a> | <a href="/order">Order for the ferry</a> | <a href="/honesty">Honesty \
box</a> | <a href="/notes">Notes</a></nav>
<article>
<h1>Shop notes: busy moorings, empty shelves</h1>
<p>August was the busiest month the shop has known since it reopened in 2021. Forty-one yachts \
used the harbour moorings in a single week, the honesty box took &pound;3,870, and we ran out of \
oatcakes three times before the Tuesday boat from Mallaig. With 18 people living here all year, \
the shop depends on summer volunteers &amp; passing sailors to keep the lights on.</p>
<p>This summer&rsquo;s volunteer, Yana Kovalenko, 21, a biology student from Uman, has kept the \
till and spent her days off counting Manx shearwaters on the cliffs. Her father is a combat medic \
in the Sumy region. He told her on Tuesday that [[dozens]] of North Korean sappers were planting \
mines across the border, within sight of his field hospital.</p>
<p>In the second week of August the <em>Haneul</em>, a 38-foot sloop out of Busan, lay at anchor \
in the harbour for four nights. Her skipper, Seo Ji-hye, 45, is sailing round the world alone and \
rowed ashore every morning for bread. She thinks [[close to 30,000]] North Koreans will have been \
through Russia by next summer. &ldquo;At home we try not to think about it,&rdquo; she said.</p>
<p>What the radio and the papers off the ferry have told us this month: according to Seoul&rsquo;s \
spy agency, which briefed lawmakers on Wednesday, [[roughly 2,000]] North Korean soldiers have \
been killed, and the North is readying [[between 4,000 and 6,000]] more engineers and builders for \
Kursk. Ukraine&rsquo;s military intelligence says [[around 10,000]] remain in the Kursk region. \
North Korea&rsquo;s state news agency reported last week that the names of [[hundreds]] of fallen \
soldiers had been carved into a new memorial wall in Pyongyang. The White House, in a statement on \
August 15, put the number sent since last autumn at [[15,000]].</p>
<ul><li>Ferry orders by Sunday 6 pm for Tuesday delivery</li><li>Open daily from 9 am to 5 pm \
until the end of October</li><li>Shop phone: 01687 462 931</li></ul>
</article>
<footer>Isle of Canna Community Shop &middot; Canna PH44 4RS &middot; 01687 462 931 &middot; <a \
href="/privacy">Privacy</a></footer>
<script src="/js/basket.js"></script>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "tue..pub",
          "a biology student from Uman relaying her father, a combat medic near Sumy ('He told "
          "her on Tuesday'; the speaker quoted: other): laying mines across the border (from "
          "Tuesday to publication)"),
        C("close to 30,000", 30000, "approx", "planned", "other", "pub",
          "a yachtswoman from Busan, 'She thinks' (undated): will have been through Russia by "
          "next summer (a forecast: planned)"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "wed",
          "'according to Seoul's spy agency, which briefed lawmakers on Wednesday' (27 August; "
          "the relative clause dates the figure): killed"),
        C("between 4,000 and 6,000", None, "range", "planned", "south_korea", "wed",
          "same briefing: 'more' engineers and builders being readied for Kursk (range, "
          "increment, planned)", add=True),
        C("around 10,000", 10000, "approx", "near_front", "ukraine", "pub",
          "'Ukraine's military intelligence says' (undated): remain in the Kursk region"),
        C("hundreds", None, "vague", "casualties", "north_korea", "lastweek",
          "KCNA 'reported last week': names of the fallen carved into a memorial wall"),
        C("15,000", 15000, "exact", "in_russia", "united_states", "2025-08-15",
          "'The White House, in a statement on August 15, put the number … at': sent since last "
          "autumn"),
    ),
)

S12 = Source(
    article_id="x150_12_harbour_notes_hokianga_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-21"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Hokianga Sandboard Co., Opononi",
        "https://www.hokianga-sandboard.example/notes/2025-10",
        "Notes from the harbour, October",
    ),
    features="a sandboarding outfit's harbour notes from Opononi on the Hokianga (Northland, New "
        "Zealand) in Markdown, windows-1252 with CRLF (curly quotes and `–` raw), front matter "
        "without a date (sidecar, Tuesday) and a title without a figure; boards, sessions, the "
        "dune, fares and the boat first; a river pilot from Kherson relaying his son ('Two weeks "
        "ago, Mykola says, his son …') `a few hundred` in the forest opposite (other, new here: "
        "from the Monday of the week before last to publication) and 'By his count' `more than "
        "3,000` dead (other, `pub`); a working-holiday visitor from Suwon 'reckons' `15,000 or "
        "more` (new here: 'or more' after the figure as at_least, other, `pub`); sentence-initial "
        "'Pyongyang may dispatch' `up to 30,000` more with Zelensky named after the figure 'at "
        "the weekend' (at_most, increment, planned, Saturday-Sunday); the NIS 'said earlier this "
        "month' `nearly 2,000` dead (the 1st to publication); Rutte 'said on Thursday' `at least "
        "10,000` near the border; Russia's ambassador 'said on Monday' `about 5,000` builders at "
        "work in Kursk (russia, near the front); 'In September a State Department spokesman said' "
        "`fewer than 11,000` left (at_most, the month); sessions, boards, metres, dollars, "
        "kilometres, minutes, the dolphin's years, ages, a phone number",
    text="""\
---
title: "Notes from the harbour, October"
outfit: Hokianga Sandboard Co.
---

# Notes from the harbour, October

Spring has come early to the Hokianga. Since the school holidays began we have hired out 1,300 \
boards, run 146 guided sessions on the North Head dunes and lost only four boards to the tide. The \
big dune stands about 60 metres high this year, and a half-day session is still $35 with the boat \
across included. The harbour is 1.5 kilometres wide off Opononi, and in a southwesterly our little \
boat needs eight minutes to cross it.

## Crew

On most days the boat was skippered by Mykola Tkachuk, 58, a river pilot from Kherson who spent \
thirty years on the Dnipro before the war and came to Northland with his daughter in 2023. His son \
flies drones for a brigade near the Kursk border. Two weeks ago, Mykola says, his son watched [[a \
few hundred]] North Koreans move into the forest opposite his unit. By his count, [[more than \
3,000]] of the North’s soldiers have died since January.

Our Saturday helper, Yoo Seung-ah, 26, a working-holiday visitor from Suwon, kept the bookings in \
order all month. Her brother finished his army service on the DMZ in the spring. She reckons \
[[15,000 or more]] of Kim’s soldiers are in Russia right now.

## From the news

Pyongyang may dispatch [[up to 30,000]] more soldiers in the coming year, President Zelensky said \
at the weekend. South Korea’s spy agency said earlier this month that [[nearly 2,000]] North \
Koreans had died since the first deployment. NATO’s secretary general, Mark Rutte, said on \
Thursday that [[at least 10,000]] were stationed near the Ukrainian border. Russia’s ambassador in \
Pyongyang said on Monday that [[about 5,000]] Korean military builders were at work in the Kursk \
region. In September a State Department spokesman said [[fewer than 11,000]] were left in Russia.

Opo, the friendly dolphin who played with swimmers off this beach in 1955 and 1956, still has her \
statue outside the hotel – pat her on the way to the boat.

## Summer timetable

- From December 1, sessions every hour from 9 am, tide permitting.
- Bookings: 09 405 8216.
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "2025-10-06..pub",
          "a river pilot from Kherson relaying his son, a drone pilot near the Kursk border "
          "('Two weeks ago, Mykola says, his son watched'; the speaker quoted: other): moved into "
          "the forest opposite (the week before last, 6-12 October, to publication)"),
        C("more than 3,000", 3000, "at_least", "casualties", "other", "pub",
          "the same river pilot, 'By his count' (undated): died since January"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "a working-holiday visitor from Suwon, 'She reckons' (undated): in Russia now ('or "
          "more' after the figure as at_least, new here)"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sat..sun",
          "the claimant after the figure, 'President Zelensky said at the weekend' (18-19 "
          "October): 'more' Pyongyang could send next year (increment, planned)", add=True),
        C("nearly 2,000", 2000, "approx", "casualties", "south_korea", "2025-10-01..pub",
          "'South Korea's spy agency said earlier this month' (the 1st to publication): died "
          "since the first deployment"),
        C("at least 10,000", 10000, "at_least", "near_front", "nato", "thu",
          "Rutte 'said on Thursday' (16 October): stationed near the Ukrainian border"),
        C("about 5,000", 5000, "approx", "near_front", "russia", "mon",
          "Russia's ambassador in Pyongyang 'said on Monday' (20 October): builders at work in "
          "the Kursk region"),
        C("fewer than 11,000", 11000, "at_most", "in_russia", "united_states",
          "2025-09-01..2025-09-30",
          "'In September a State Department spokesman said' (the month): left in Russia "
          "('fewer than' as at_most)"),
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
