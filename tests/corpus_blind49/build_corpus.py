"""Build the FORTY-NINTH BLIND corpus: articles, sidecar, gold (`python build_corpus.py`).

A fifty-first corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: an Oldenburg daily with
a local haulier who drives aid to Kharkiv, a Spreewald radio station's web text with a Ukrainian
pickle-factory worker in Lübbenau, a Zillertal weekly on a Ukrainian junior ski team at the
Hintertux glacier (Austrian conventions), a Prättigau paper on the Davos week (Swiss
conventions), a hunters' association magazine on how North Korean soldiers stalk drones, and a
Bayreuth student blog on the party parade; in English: a Nelson (New Zealand) daily with a
Richmond orchardist, a Caithness news page on Ukrainians in Wick, a West Virginia public radio
site with a Morgantown professor, a Montenegrin English-language outlet, a New Caledonia
English-language news page and a Cape Verde English-language newsletter. Same file format,
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
BASE_NAME = "_blind49_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="b49_01_oldenburg_kurier_spediteur",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "Nordwest-Kurier Oldenburg",
        "https://www.nordwest-kurier.example/welt/seoul-erste-tote-nordkoreaner-kursk-1187345",
        "Seoul: Mindestens 100 Nordkoreaner bei Kursk gefallen",
    ),
    features=(
        "Oldenburg daily as plain text (sidecar, Thursday) with a section line, deck, byline and "
        "place line 'Oldenburg/Seoul.'; a local haulier who drives aid to Kharkiv (his trucks, "
        "trips, tonnes and kilometres are not claims); headline from the lawmaker's Thursday "
        "account of the NIS briefing (the publication day); `Mindestens 100` dead and `knapp "
        "1.000` 'weitere' wounded (others in the same event: no increment); Konjunktiv carried by "
        "'so der Dienst' to `rund 11.000`; Pentagon spokesman 'bereits am Montag' „mehrere "
        "hundert“; SSO 'am Wochenende' `50` killed, `47` 'weitere' wounded (no increment), "
        "source at the end of the sentence; an Oldenburg political scientist „noch einmal "
        "Tausende“ (other, planned vague increment, `pub`); euros, age, phone"
    ),
    text="""\
NORDWEST-KURIER · Weltspiegel · Donnerstag

Seoul: [[Mindestens 100]] Nordkoreaner bei Kursk gefallen

Erste Verlustzahlen aus Südkorea – ein Oldenburger Spediteur, der seit 2022 Hilfsgüter nach \
Charkiw fährt, hört von Fahrern an der Front ganz eigene Geschichten.

Von Frauke Ahlers

Oldenburg/Seoul. Die nordkoreanischen Truppen, die Russland im Gebiet Kursk einsetzt, haben \
offenbar zum ersten Mal schwere Verluste erlitten. [[Mindestens 100]] Soldaten aus dem Norden \
seien ums Leben gekommen, [[knapp 1.000]] weitere verwundet, berichtete der Abgeordnete Lee \
Seong-kweun am Donnerstag in Seoul. Er gab damit wieder, was der Geheimdienst NIS dem \
zuständigen Parlamentsausschuss hinter verschlossenen Türen vorgetragen hatte.

Die Männer kennten das Gelände nicht und hätten gegen Drohnen kaum Deckung, so der Dienst. \
Machthaber Kim Jong Un habe insgesamt [[rund 11.000]] Soldaten nach Russland geschickt, ein Teil \
davon sei inzwischen in die Gefechte eingebunden. Offen blieb, ob Pjöngjang Ersatz für die \
Gefallenen vorbereitet.

In Washington hatte sich das Verteidigungsministerium bereits am Montag geäußert. Die \
Nordkoreaner hätten „[[mehrere hundert]]“ Tote und Verwundete zu beklagen, sagte \
Pentagon-Sprecher Pat Ryder; genauer wollte der Generalmajor nicht werden.

Bei Kämpfen um drei Dörfer nahe der Grenze seien [[50]] Nordkoreaner getötet und [[47]] weitere \
verletzt worden, teilten die ukrainischen Spezialkräfte SSO am Wochenende mit und verbreiteten \
dazu Drohnenvideos. Präsident Wolodymyr Selenskyj warnte am Dienstagabend, Moskau werfe „immer \
mehr“ Koreaner in die Schlacht, ohne Rücksicht auf Verluste.

Bernd Oltmanns kennt die Front nur aus Erzählungen. Der 58-Jährige führt in Tweelbäke eine \
Spedition mit 23 Lastwagen und ist seit dem Frühjahr 2022 elfmal mit Hilfsgütern in die Ukraine \
gefahren, zuletzt im November: 18 Tonnen Lebensmittel, Generatoren und Verbandszeug, einfache \
Strecke gut 2.300 Kilometer. „Die Fahrer dort reden von den Koreanern wie von Gespenstern“, sagt \
Oltmanns. „Gesehen hat sie keiner, aber jeder hat eine Geschichte.“

Der Politikwissenschaftler Jens Ubbelohde, der an der Universität Oldenburg über Ostasien \
forscht, rechnet nicht mit einem raschen Ende des Einsatzes. Kim verdiene an jedem Soldaten, den \
er schicke, sagte er dem Nordwest-Kurier. Bis zum Frühjahr könnten „noch einmal [[Tausende]] \
folgen, gerade weil so viele ausfallen“.

Spenden für die nächste Fahrt im Januar sammelt der Verein „Oldenburg hilft Charkiw“; ein \
Lastzug kostet nach Oltmanns' Rechnung rund 4.500 Euro an Diesel und Maut. Kontakt: 0441 36 91 20.
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "headline 'Seoul:': the lawmaker's Thursday account of the NIS briefing (the "
          "publication day)"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker relaying the NIS 'am Donnerstag' (source and day after the figure): dead"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'weitere verwundet' = the others of the same toll (no increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "Konjunktiv carried by 'so der Dienst' in the sentence before: sent to Russia"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'bereits am Montag' „…“: dead and wounded"),
        C("50", 50, "exact", "casualties", "ukraine", "sat..sun",
          "SSO 'am Wochenende' (source at the end of the sentence): killed"),
        C("47", 47, "exact", "casualties", "ukraine", "sat..sun",
          "same sentence: 'weitere verletzt' (others of the same fight, no increment)"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "Oldenburg political scientist to the paper (undated): „noch einmal …“ could follow "
          "(increment)", add=True),
    ),
)

G02 = Source(
    article_id="b49_02_spreewelle_luebbenau_eingestaendnis_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-04-29"),
    dated_by="html_meta",
    features=(
        "Spreewald radio station's web text in HTML, UTF-8 with BOM (`article:published_time` "
        "with +02:00, a player script with the frequency, a cookie note with two buttons of its "
        "own, navigation, a byline 'Dienstag, 29.04.2025', footer with a studio phone); "
        "`<meta name=\"description\">` figure (optional); Gerasimov 'am Samstag' and KCNA 'Am "
        "Montag' without a figure; a Duma defence politician 'am Sonntag' „einigen tausend“ "
        "(russia); Kyiv's foreign ministry spokesman 'gestern' `mehr als 14.000` sent and "
        "`Tausende` at the border (Konjunktiv); the JCS 'bereits im März' `rund 4.700` with "
        "`etwa 600` 'davon tödlich' (breakdown); Yonhap citing the NIS (X citing Y: south_korea, "
        "`pub`); a Cottbus security researcher `bis zu 20.000` by summer (other, planned total, "
        "`pub`); a Ukrainian worker in a Lübbenau pickle factory (no figure of her own); staff, "
        "age, frequency, phone"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kursk: Moskau und Pjöngjang geben den Einsatz zu | Spreewelle</title>
<meta name="description" content="Nach dem Eingeständnis aus Moskau und Pjöngjang: Kiew spricht \
von [[mehr als 14.000]] entsandten Nordkoreanern. Eine Lübbenauerin bangt um ihren Bruder.">
<meta property="og:site_name" content="Spreewelle">
<meta property="article:published_time" content="2025-04-29T07:40:00+02:00">
<script>window.swPlayer={sender:"Spreewelle",ukw:"94,6",stream:"aac-128",beitrag:25118};</script>
</head>
<body>
<div id="keks-hinweis">Mit Cookies merkt sich unsere Seite, welchen Stream Sie zuletzt gehört \
haben &ndash; und, wenn Sie es erlauben, welche Nachrichten Sie lesen. <button>Ja, \
merken</button> <button>Lieber vergessen</button></div>
<nav><a href="/">Start</a> &middot; <a href="/nachrichten">Nachrichten</a> &middot; <a \
href="/spreewald">Spreewald</a> &middot; <a href="/lausitz">Lausitz</a> &middot; <a \
href="/live">Live hören</a></nav>
<main>
<h1>Kursk: Moskau und Pjöngjang geben Einsatz zu</h1>
<p class="teaser">Monatelang schwiegen beide Regierungen, jetzt ist es amtlich: Soldaten aus \
Nordkorea kämpfen für Russland. Für eine Frau aus Lübbenau ist das keine ferne Meldung.</p>
<p class="zeile">Von Anja Noack &middot; Dienstag, 29.04.2025, 7.40 Uhr</p>
<p>Russlands Generalstabschef Waleri Gerassimow hatte am Samstag verkündet, die Region Kursk \
sei wieder ganz unter russischer Kontrolle, und in diesem Zusammenhang zum ersten Mal die \
&bdquo;Heldentaten&ldquo; nordkoreanischer Einheiten gelobt. Zwei Tage später kam die \
Bestätigung aus Pjöngjang, verbreitet über die amtliche Agentur KCNA: Der Befehl sei von Kim \
Jong Un selbst gekommen. Zahlen nannten beide nicht. Deutlicher wurde der \
Duma-Verteidigungspolitiker Andrej Gurjew, der am Sonntag im Staatsfernsehen von &bdquo;[[einigen \
tausend]] koreanischen Waffenbrüdern&ldquo; an der Front sprach.</p>
<p>In Kiew gilt das Eingeständnis als späte Bestätigung. Außenamtssprecher Heorhij Tychyj sagte \
gestern, Pjöngjang habe seit dem Herbst [[mehr als 14.000]] Soldaten nach Russland geschickt. \
[[Tausende]] stünden weiterhin im Grenzgebiet zu den ukrainischen Regionen Sumy und Charkiw.</p>
<p>Südkoreas Generalstab hatte die Verluste der Nordkoreaner bereits im März auf [[rund 4.700]] \
Tote und Verwundete beziffert, [[etwa 600]] davon tödlich. Den Nachrichtendienst NIS zitiert die \
Agentur Yonhap inzwischen mit einer Gesamtzahl von [[etwa 15.000]] Entsandten.</p>
<h2>&bdquo;Er sagt, sie lernen schnell&ldquo;</h2>
<p>Olha Martschenko arbeitet seit zwei Jahren in einer Gurkeneinlegerei in Lübbenau, in der \
Saison mit 140 Kolleginnen und Kollegen. Ihr jüngerer Bruder dient in einer Drohneneinheit bei \
Sumy. &bdquo;Er erzählt, die Koreaner lernen schnell. Das macht ihm mehr Angst als alles \
andere&ldquo;, sagt die 34-Jährige.</p>
<p>Der Cottbuser Sicherheitsforscher Tilo Krahl von der BTU hält es für denkbar, dass Kim bis \
zum Sommer [[bis zu 20.000]] Mann in Russland stehen hat. &bdquo;Für Pjöngjang ist das ein \
Geschäft, für Moskau eine Reserve.&ldquo;</p>
</main>
<footer>&copy; 2025 Spreewelle Hörfunk GmbH &middot; UKW 94,6 &middot; Studio Lübben, \
Hauptstraße 12 &middot; Hörertelefon 03546 77 88 0</footer>
</body>
</html>
""",
    claims=(
        C("mehr als 14.000", 14000, "at_least", "in_russia", "ukraine", "yday..pub",
          "<meta name=description> (metadata) restating the foreign ministry's figure", opt=True),
        C("einigen tausend", None, "vague", "near_front", "russia", "sun",
          "Duma defence politician 'am Sonntag' on state TV „…“: at the front (russia)"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "ukraine", "yday",
          "Kyiv's foreign ministry spokesman 'gestern': sent since the autumn"),
        C("Tausende", None, "vague", "near_front", "ukraine", "yday",
          "same statement, Konjunktiv: in the border area"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-03-31",
          "Seoul's general staff 'bereits im März' (month): dead and wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-03-31",
          "same figure's breakdown 'davon tödlich' (no increment)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "Yonhap citing the NIS (X citing Y: south_korea), 'inzwischen', no date: sent"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Cottbus security researcher 'hält es für denkbar' (undated): a total by summer"),
    ),
)

G03 = Source(
    article_id="b49_03_zillertaler_rundschau_hintertux",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-19"),
    dated_by="dateline", crlf=True,
    features=(
        "Zillertal weekly as plain text, ISO-8859-1 with CRLF (straight quotes, hyphens as "
        "dashes), Austrian 'Jänner', 'Feber', 'heuer'; masthead line 'Zell am Ziller, "
        "19.02.2025'; a Ukrainian junior ski team training at the Hintertux glacier (no figure "
        "of its own); the NIS 'am Montag' `rund 11.000` sent, source after the figure; the NIS "
        "'Im Jänner' `etwa 300` dead and `2.700` wounded (month); Zelensky 'Anfang Feber' `knapp "
        "4.000` (days 1-10); the White House 'kurz vor dem Jahreswechsel' `über 1.000` (late "
        "December); Zelensky in Munich 'am Samstag' \"Zehntausende\" 'weitere' (planned vague "
        "increment); Rutte 'tags darauf' `mehrere tausend` (Sunday); an Innsbruck political "
        "scientist `3.000 bis 5.000` 'noch einmal' (other, range increment, `pub`); team size, "
        "ages, euros, altitude, inhabitants, 'bis zu 9.000 Gäste', phone"
    ),
    text="""\
ZILLERTALER RUNDSCHAU | Zell am Ziller, 19.02.2025 | Chronik

Auf dem Gletscher trainieren, an die Front denken

Seit Anfang Feber bereitet sich eine ukrainische Nachwuchsmannschaft am Hintertuxer Gletscher \
auf die Rennen vor. Die Nachrichten aus Kursk fahren jeden Tag mit auf den Berg.

Von Christoph Kröll

Die 14 Läuferinnen und Läufer, die jüngste 15, der älteste 19 Jahre alt, stehen jeden Morgen um \
halb acht an der Talstation. Trainer Serhij Bondar, 47, hat die Gruppe aus Iwano-Frankiwsk nach \
Tux gebracht, bezahlt wird der Aufenthalt aus Spenden aus dem Tal: rund 38.000 Euro sind seit \
dem Herbst zusammengekommen. "Hier heroben auf 3.250 Metern ist der Krieg weit weg", sagt \
Bondar. "Und dann schaut man aufs Handy."

Was dort zuletzt zu lesen war, klang ungewohnt. Die Nordkoreaner, die seit dem Herbst an der \
Seite Russlands im Gebiet Kursk kämpfen, sind offenbar von der Front abgezogen worden. Seit \
Mitte Jänner habe man sie nicht mehr in Gefechten beobachtet. Von den [[rund 11.000]] Mann, die \
Pjöngjang nach Russland verlegt habe, sei ein erheblicher Teil tot oder verwundet, erklärte der \
südkoreanische Nachrichtendienst NIS am Montag in Seoul.

Wie hoch die Verluste sind, darüber gehen die Angaben weit auseinander. Im Jänner hatte der NIS \
noch von [[etwa 300]] Toten und [[2.700]] Verwundeten gesprochen. Die Ukraine nannte heuer \
deutlich höhere Zahlen: Präsident Wolodymyr Selenskyj bezifferte die Ausfälle Anfang Feber auf \
[[knapp 4.000]]. Das Weiße Haus war kurz vor dem Jahreswechsel von "[[über 1.000]]" Toten und \
Verletzten in einer einzigen Woche ausgegangen.

Bei der Münchner Sicherheitskonferenz warnte Selenskyj am Samstag, Kim Jong Un könne \
"[[Zehntausende]]" weitere Soldaten schicken, wenn der Krieg weitergehe. Nato-Generalsekretär \
Mark Rutte sagte tags darauf am selben Ort, es seien nach wie vor [[mehrere tausend]] \
Nordkoreaner in Russland, auch wenn sie derzeit nicht an vorderster Linie stünden.

Die Innsbrucker Politologin Verena Hörtnagl hält den Rückzug für eine Atempause. "Pjöngjang \
wird nachliefern, da bin ich mir sicher. Heuer kommen wohl nochmals [[3.000 bis 5.000]] \
Soldaten dazu", sagt sie. Für Kim sei der Einsatz ein Geschäft, das er nicht aufgeben werde.

Bondar hört solche Prognosen mit gemischten Gefühlen. Zwei seiner früheren Schützlinge stehen \
inzwischen selbst an der Front, einer im Osten, einer im Norden bei Sumy. "Wir trainieren hier \
für ein Leben nach dem Krieg", sagt er.

Die Mannschaft bleibt bis 2. März in Tux. Wer die jungen Sportler unterstützen will: \
Tourismusverband Tux-Finkenberg, Kennwort "Ukraine", Tel. 05287 8506. Die Gemeinde zählt knapp \
2.000 Einwohner, im Winter kommen an Spitzentagen bis zu 9.000 Gäste dazu.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'am Montag' (source and day at the end of the sentence): moved to Russia"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'Im Jänner' (an older figure recalled, month): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: wounded (not an increment)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber' (days 1-10): losses"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "White House 'kurz vor dem Jahreswechsel' (late December): dead and wounded in a week"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "sat",
          "Zelensky in Munich 'am Samstag': could send 'weitere' (increment)", add=True),
        C("mehrere tausend", None, "vague", "in_russia", "nato", "sun",
          "Rutte 'tags darauf' (the Sunday after Saturday): still in Russia, not at the front"),
        C("3.000 bis 5.000", None, "range", "planned", "other", "pub",
          "Innsbruck political scientist (present tense 'sagt'): 'noch einmal' this year "
          "(increment)", add=True),
    ),
)

G04 = Source(
    article_id="b49_04_praettigauer_davos_woche_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-01-23"),
    dated_by="front_matter", crlf=True,
    features=(
        "Prättigau paper in Markdown, windows-1252 with CRLF, Swiss conventions (`ss`, «», "
        "`11'000`, `10'000`, 4-digit `3800`, `2700`, `8000`), front matter with `date:` and a "
        "`title:` figure (optional); the Davos week of the WEF; headline `3800` from Zelensky's "
        "Tuesday speech (Tuesday to publication); Zelensky 'Am Dienstag' `3800` dead or wounded "
        "and «Zwei» prisoners (a number word, captured: casualties); the NIS 'am 13. Januar' "
        "`rund 300` and `2700`, carried by 'laut dem Dienst' to `rund 11'000`; Rutte 'am Montag' "
        "in Brussels «Tausende»; a retired Swiss officer from Schiers who served in Panmunjom "
        "`8000 bis 10'000` at the front (other, range, `pub`); Swiss army troops at the WEF "
        "(`Bis zu 5000 Armeeangehörige`: not claims), extra trains, francs, age, years"
    ),
    text="""\
---
title: "Davos-Woche: Selenski spricht von [[3800]] toten und verletzten Nordkoreanern"
date: 2025-01-23
rubrik: Region / Welt
autor: Gian-Andrea Flütsch
---

# Von Davos nach Kursk: Selenski beziffert die Verluste der Nordkoreaner auf [[3800]]

**Der ukrainische Präsident nutzte seinen Auftritt am WEF für eine Warnung an Europa. Im \
Prättigau, durch das die Delegationen reisen, bleibt die Woche vor allem eines: eine \
logistische Herausforderung.**

Klosters/Davos – Wer in diesen Tagen von Landquart hinauf nach Davos fährt, sieht mehr \
Uniformen als Skifahrer. Bis zu 5000 Armeeangehörige sichern das Jahrestreffen des World \
Economic Forum, die Rhätische Bahn setzt zusätzliche Züge ein, und in Klosters sind mehrere \
Hotels ganz für Delegationen reserviert.

Am Dienstag sprach im Kongresszentrum Wolodimir Selenski. Nordkorea habe bei Kursk bereits \
[[3800]] Soldaten verloren, getötet oder verwundet, sagte der ukrainische Präsident vor einem \
vollen Saal. «[[Zwei]] Gefangene haben wir, und wir sind bereit, sie gegen unsere Leute \
auszutauschen.» Kim Jong Un könne seine Truppen in Russland jederzeit aufstocken, warnte er.

## Was Seoul weiss

Die Angaben aus Kiew decken sich nur teilweise mit jenen aus Seoul. Der südkoreanische \
Nachrichtendienst NIS hatte am 13. Januar von [[rund 300]] Toten und [[2700]] Verletzten \
gesprochen. Insgesamt stehen laut dem Dienst [[rund 11'000]] nordkoreanische Soldaten in \
Russland, der grösste Teil davon im Gebiet Kursk.

Auch die Nato beobachtet den Einsatz genau. Generalsekretär Mark Rutte, der heute Donnerstag in \
Davos erwartet wird, hatte am Montag in Brüssel erklärt, «[[Tausende]] Nordkoreaner» kämpften \
Seite an Seite mit russischen Truppen.

## Ein Schierser erinnert sich

Einer, der die koreanische Armee aus der Nähe kennt, wohnt in Schiers. Oberst a. D. Reto \
Casutt diente in den Neunzigerjahren zwei Jahre in der Neutralen Überwachungskommission in \
Panmunjom, wo die Schweiz seit 1953 Offiziere stellt, heute noch fünf. «Das sind \
disziplinierte, zähe Soldaten, aber vom Drohnenkrieg wissen sie nichts», sagt der 71-Jährige. \
Er schätzt, dass derzeit [[8000 bis 10'000]] Nordkoreaner an der Front stehen. «Der Rest ist \
krank, verwundet oder tot.»

Für die Talschaft zählt diese Woche anderes. Die Extrazüge der RhB verkehren bis Freitagabend, \
die Kantonsstrasse bei Klosters wird für Konvois mehrmals täglich für bis zu 20 Minuten \
gesperrt. Die Sicherheitskosten des Treffens veranschlagt der Kanton auf rund 9 Millionen \
Franken.
""",
    claims=(
        C("3800", 3800, "exact", "casualties", "ukraine", "tue..pub",
          "front matter `title:` (metadata) restating the headline", opt=True),
        C("3800", 3800, "exact", "casualties", "ukraine", "tue..pub",
          "headline: Zelensky's figure of the body (Tuesday) to publication"),
        C("3800", 3800, "exact", "casualties", "ukraine", "tue",
          "Zelensky 'Am Dienstag' in Davos, Konjunktiv: lost, killed or wounded"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "tue",
          "number word in Zelensky's quote the same day: prisoners (captured)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "NIS 'am 13. Januar': dead"),
        C("2700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same sentence: wounded (not an increment)"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "2025-01-13",
          "'laut dem Dienst' right after the dated sentence: in Russia, most in Kursk"),
        C("Tausende", None, "vague", "near_front", "nato", "mon",
          "Rutte 'am Montag' in Brussels «…»: fighting alongside Russian troops"),
        C("8000 bis 10'000", None, "range", "near_front", "other", "pub",
          "retired Swiss officer 'schätzt' (present tense, no date): at the front"),
    ),
)

G05 = Source(
    article_id="b49_05_heidejaeger_drohnenpirsch_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-03-14"),
    dated_by="sidecar",
    sidecar=(
        "Der Heidejäger – Mitteilungen der Kreisjägerschaft Uelzen",
        "https://www.heidejaeger.example/blick-ueber-den-zaun/drohnenpirsch-bei-kursk",
        "Drohnenpirsch im Schnee: Was Nordkoreas Soldaten bei Kursk gelernt haben",
    ),
    features=(
        "Hunters' association magazine in Markdown, UTF-16 LE with BOM (sidecar, Friday), front "
        "matter without a date (column and issue), an italic deck, a byline with the hunting "
        "district; North Korean soldiers stalking drones compared with a hunter's stand; the "
        "JCS 'am Mittwoch' `etwa 3.000` 'zusätzliche' (increment) and `rund 4.700` casualties "
        "(no increment); a HUR spokesman 'in dieser Woche' (Monday to publication) `mehr als "
        "2.000` back in combat and `rund 8.000` in the Kursk region, source at the end of the "
        "paragraph; Britain's defence intelligence 'am Sonntag' `Hunderte` (a third government: "
        "other); the magazine's own sum `rund 14.000` (unattributed, required, `pub`); roe deer "
        "and wild boar bag figures, fawns saved by drones, shooting distances, calibre, metres"
    ),
    text="""\
---
rubrik: Blick über den Zaun
heft: 3/2025
---

# Drohnenpirsch im Schnee: Was Nordkoreas Soldaten bei Kursk gelernt haben

*Einer lockt, einer wartet, einer schießt: Ukrainische Soldaten beschreiben eine Taktik, die \
jeder Ansitzjäger kennt. Die Truppen aus Pjöngjang sind nach einer Pause zurück.*

Von Hartmut Benecke, Hegering Bad Bevensen

Auf Videos aus dem Gebiet Kursk taucht immer wieder dieselbe Szene auf: Ein Soldat bleibt \
regungslos auf einem verschneiten Feld stehen, während eine Drohne auf ihn zuhält. Ein zweiter \
liegt gut getarnt ein paar Meter daneben und holt das Fluggerät mit einem Feuerstoß vom Himmel. \
Ukrainische Drohnenpiloten haben die Methode in Interviews beschrieben, sie nennen sie \
„Köderjagd“. Uns Jägern ist das Prinzip vertraut: Wer ansitzt, braucht Geduld, und der Schuss \
bricht erst, wenn das Stück richtig steht.

## Zurück in der Stellung

Dass Kims Soldaten wieder kämpfen, bestätigt inzwischen auch Seoul. Der Generalstab dort teilte \
am Mittwoch mit, Pjöngjang habe im Januar und Februar [[etwa 3.000]] zusätzliche Soldaten nach \
Russland verlegt. Die Zahl der Toten und Verwundeten auf nordkoreanischer Seite bezifferte er \
auf [[rund 4.700]].

Seit Anfang des Monats seien wieder [[mehr als 2.000]] Nordkoreaner in Gefechte bei Sudscha \
verwickelt, insgesamt stünden [[rund 8.000]] von ihnen im Gebiet Kursk. So schilderte es ein \
Sprecher des ukrainischen Militärgeheimdienstes HUR in dieser Woche im Fernsehen.

Der britische Militärnachrichtendienst schrieb am Sonntag in seinem Lagebericht, in den ersten \
Märztagen seien erneut [[Hunderte]] Nordkoreaner gefallen oder verwundet worden. Zählt man die \
Angaben aus Seoul zusammen, hätte Kim Jong Un seit Oktober damit [[rund 14.000]] Mann nach \
Russland geschickt.

## Was das mit uns zu tun hat

Mehr, als man denkt. Drohnen mit Wärmebildkamera sind auch in unseren Revieren längst Alltag: \
2024 haben Helfer im Landkreis 317 Kitze vor dem Mähwerk bewahrt. Auf der Strecke des \
vergangenen Jagdjahres standen im Kreis 2.412 Stück Rehwild und 1.086 Sauen. Wer bei der \
Drückjagd auf 80 bis 100 Meter mit der .308 schießt, weiß, wie schwer ein bewegtes Ziel zu \
treffen ist – ein Quadrocopter mit 60 Kilometern pro Stunde ist es erst recht.

Die Kreisjägerschaft lädt am 5. April zum Übungsschießen auf dem Stand in Wieren ein, Beginn 9 \
Uhr. Anmeldung bei der Geschäftsstelle.
""",
    claims=(
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "Seoul's general staff 'am Mittwoch': 'zusätzliche' moved to Russia (increment)",
          add=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "same statement: dead and wounded (no increment)"),
        C("mehr als 2.000", 2000, "at_least", "near_front", "ukraine", "mon..pub",
          "HUR spokesman 'in dieser Woche' (named in the sentence after, Monday to "
          "publication), Konjunktiv: back in combat"),
        C("rund 8.000", 8000, "approx", "near_front", "ukraine", "mon..pub",
          "same account: in the Kursk region"),
        C("Hunderte", None, "vague", "casualties", "other", "sun",
          "Britain's military intelligence 'am Sonntag' (a third government: other): fallen or "
          "wounded"),
        C("rund 14.000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the magazine's own sum 'Zählt man die Angaben … zusammen' (unattributed): sent since "
          "October"),
    ),
)

G06 = Source(
    article_id="b49_06_rotmain_campusblog_parade_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Rotmain – Campusblog Bayreuth",
        "",
        "„Helden“ auf dem Kim-Il-Sung-Platz",
    ),
    features=(
        "Bayreuth student blog in HTML, ISO-8859-1 (quotes and dashes only as entities, sidecar "
        "without url, Tuesday), a counter note with two buttons of its own, a canteen link, a "
        "footer with the street address; `<title>` figure (optional); state TV at the parade 'Am "
        "Freitag' `mehrere hundert` Kursk veterans (returnees: optional); the NIS 'Anfang "
        "September' `rund 2.000` dead and `etwa 13.000` sent, 'so der Dienst damals' (days "
        "1-10); state media 'im August' `101` names (north_korea); HUR 'vergangene Woche' `bis "
        "zu 12.000` 'weitere' (planned increment); the USFK commander 'im September' `Tausende` "
        "with combat experience (near_front); a Bayreuth lecturer at the students' Monday "
        "evening meeting `2.500 bis 3.000` dead (other, Monday to publication); US troops in "
        "Korea, attendance, beer price, years, reading time"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Parade, Pathos, [[2.000]] Tote: Pj&ouml;ngjangs Kursk-Veteranen &ndash; Rotmain</title>
<meta property="og:site_name" content="Rotmain &ndash; Campusblog Bayreuth">
<script>var rmCount={blog:"rotmain",post:"helden-kim-il-sung-platz",autorin:"ld"};</script>
</head>
<body>
<div class="zaehler">Dieser Blog wird von Studierenden gemacht und hat kein Werbebudget. Wir \
z&auml;hlen trotzdem anonym mit, wie oft ein Text gelesen wird. <button>Z&auml;hlt ruhig \
mit</button> <button>Bitte ohne Z&auml;hlerei</button></div>
<header><a href="/">Rotmain</a> <nav><a href="/campus">Campus</a> &middot; <a \
href="/politik">Politik</a> &middot; <a href="/kultur">Kultur</a> &middot; <a \
href="/mensa">Mensaplan</a></nav></header>
<article>
<h1>&bdquo;Helden&ldquo; auf dem Kim-Il-Sung-Platz</h1>
<p class="meta">Von Lea Dittrich &middot; Politik &middot; 5 Minuten Lesezeit</p>
<p>Am Freitag hat Nordkorea den 80. Jahrestag seiner Arbeiterpartei mit einer riesigen \
Milit&auml;rparade gefeiert. Mitten in den Marschkolonnen: Soldaten, die in Russland gek&auml;mpft \
haben. Das Staatsfernsehen pries [[mehrere hundert]] R&uuml;ckkehrer aus dem Gebiet Kursk als \
&bdquo;Helden der Bruderhilfe&ldquo;. Wir haben uns am Montagabend beim Stammtisch der \
Hochschulgruppe Ostasien umgeh&ouml;rt, was von den Bildern zu halten ist.</p>
<p>Was in der Feierstimmung untergeht: Der Einsatz hat viele Leben gekostet. S&uuml;dkoreas \
Nachrichtendienst NIS ging Anfang September von [[rund 2.000]] gefallenen Nordkoreanern aus. \
Insgesamt seien seit dem Herbst 2024 [[etwa 13.000]] Soldaten nach Russland geschickt worden, so \
der Dienst damals. Kim Jong Un hatte im August bei einer Zeremonie in Pj&ouml;ngjang die Familien \
der Toten empfangen; auf einer Gedenkwand standen laut Staatsmedien die Namen von [[101]] \
Gefallenen.</p>
<p>Kiew rechnet mit Nachschub. Der ukrainische Milit&auml;rgeheimdienst HUR sprach vergangene \
Woche davon, dass Pj&ouml;ngjang bis Jahresende noch [[bis zu 12.000]] weitere Soldaten schicken \
k&ouml;nnte. Und der Kommandeur der US-Truppen in S&uuml;dkorea, General Xavier Brunson, hatte im \
September gewarnt, [[Tausende]] Nordkoreaner h&auml;tten inzwischen echte Kampferfahrung im \
Drohnenkrieg gesammelt &ndash; f&uuml;r die rund 28.500 US-Soldaten im S&uuml;den keine gute \
Nachricht.</p>
<p>Beim Stammtisch waren 22 Leute, vier davon Austauschstudierende aus Seoul. Zu Gast war Dr. \
Felix Armbruster vom Lehrstuhl f&uuml;r Internationale Politik. Er h&auml;lt die Zahlen des \
NIS f&uuml;r eher vorsichtig: &bdquo;Ich w&uuml;rde von [[2.500 bis 3.000]] Toten ausgehen. \
Pj&ouml;ngjang z&auml;hlt nur, wen es zeigen will.&ldquo; Eine Studentin aus Daegu \
erz&auml;hlte, ihr Gro&szlig;vater habe 1950 selbst gegen den Norden gek&auml;mpft.</p>
<p>Der n&auml;chste Stammtisch ist am 10. November, wie immer im Glashaus, das Seidla kostet 3,20 \
Euro.</p>
</article>
<footer>&copy; 2025 Rotmain e.V. &middot; Universit&auml;tsstra&szlig;e 30, 95447 Bayreuth</footer>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea",
          "2025-09-01..2025-10-14",
          "<title> (metadata): the NIS toll of the body ('Anfang September') to publication",
          opt=True),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at the parade 'Am Freitag': Kursk veterans (returnees)", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' (days 1-10): fallen"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "Konjunktiv, 'so der Dienst damals' carries the date: sent since autumn 2024"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state media on Kim's ceremony 'im August': names of the fallen (north_korea)"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': could send 'noch … weitere' (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "united_states", "2025-09-01..2025-09-30",
          "USFK commander 'im September': gained combat experience (near_front, as before)"),
        C("2.500 bis 3.000", None, "range", "casualties", "other", "mon..pub",
          "Bayreuth lecturer at the students' meeting 'am Montagabend' (event date to "
          "publication): dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (New Zealand, Scotland, US, Montenegro, New Caledonia, Cape Verde)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="e49_07_nelson_tideline_orchard_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-06-18"),
    dated_by="html_meta", crlf=True,
    features=(
        "Nelson (New Zealand) daily in HTML, windows-1252 with CRLF (curly quotes and dashes "
        "raw), `article:published_time` with +12:00, a byline 'Wednesday 18 June 2025', a "
        "consent note with two Kiwi buttons, a weather box, footer with a phone; `<title>` "
        "figure (optional); headline 'Russia says' `6,000` from Shoigu's Tuesday announcement "
        "(Tuesday to publication); Shoigu 'said … on Tuesday' `1,000` and `5,000` (planned "
        "contingents, no increment); the NIS 'reckoned in April' `around 15,000` and `about "
        "4,700` 'of whom' (month); a HUR spokesman 'on Monday' `roughly 11,000` near the "
        "border; a Wellington Korea specialist "
        "'could exceed 20,000' (span without the verb, at_least, other, `pub`); a Richmond "
        "orchardist with Ukrainian pickers (no figure of his own); NZ Defence Force trainers in "
        "Britain (not claims), NZ dollars, tonnes, temperatures, phone"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="windows-1252">
<title>Russia says Kim will send [[6,000]] engineers to Kursk | The Nelson Tideline</title>
<meta property="og:site_name" content="The Nelson Tideline">
<meta property="article:published_time" content="2025-06-18T06:30:00+12:00">
<script>var ntl={section:"world",story:884213,words:610,region:"nelson-tasman"};</script>
</head>
<body>
<div class="consent">We use cookies to remember your suburb for the weather box and, if you let \
us, to see which stories get read. <button>Sweet as</button> <button>Just the weather, \
ta</button></div>
<nav><a href="/">Home</a> | <a href="/nelson">Nelson</a> | <a href="/tasman">Tasman</a> | <a \
href="/world">World</a> | <a href="/sport">Sport</a></nav>
<aside class="weather">Nelson today: fine, 14° · Motueka 13° · Takaka 12°</aside>
<article>
<h1>Russia says Pyongyang will send [[6,000]] engineers to rebuild Kursk</h1>
<p class="standfirst">Moscow’s security chief unveils the deal in Pyongyang; a Richmond \
orchardist who employs Ukrainian pickers says the news lands close to home.</p>
<p class="byline">By Hana Whitcombe · Wednesday 18 June 2025</p>
<p>Pyongyang is to send [[1,000]] de-mining troops along with [[5,000]] builders from its army to \
the Kursk region, Sergei Shoigu said in the North Korean capital on Tuesday, following a meeting \
with Kim Jong Un. The former defence minister, who now heads the Kremlin’s Security Council, \
called it “brotherly help” in restoring towns damaged during last year’s Ukrainian incursion. He \
had been in Pyongyang only a fortnight earlier as well.</p>
<p>Seoul’s intelligence agency reckoned in April that [[around 15,000]] troops from the North had \
gone to Russia since last October, [[about 4,700]] of whom had been killed or wounded. Kyiv says \
most of those still in Russia have been pulled back from the front line, \
though a spokesman for Ukraine’s military intelligence told national television on Monday that \
[[roughly 11,000]] remained close to the border.</p>
<p>Dr Mereana Hills, a Korea specialist at Victoria University of Wellington, said Pyongyang’s \
total commitment could now exceed [[20,000]]. “For Kim this is income and battlefield \
experience. He is not going to stop while Moscow pays.”</p>
<p>In Richmond, orchardist Greg Tasker has employed Ukrainian seasonal workers since 2023; 11 \
of them picked Braeburns for him this autumn. “One of my lads has a cousin in Sumy,” he said. \
“You read a story like this and you think of him first.” The district exported about 380,000 \
tonnes of apples last season.</p>
<p>New Zealand has about 100 Defence Force personnel in Britain training Ukrainian recruits and \
has committed more than NZ$130 million to Ukraine since 2022.</p>
</article>
<footer>© 2025 Tideline Media Ltd · 45 Bridge St, Nelson 7010 · Newsroom (03) 548 0190</footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia says': the sum of Shoigu's two contingents (Tuesday) to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said … on Tuesday' (source after the figure): is to send deminers (a planned "
          "contingent, not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea",
          "2025-04-01..2025-04-30", "NIS 'reckoned in April' (month): gone to Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate: 'of whom' killed or wounded (a breakdown, no increment)"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR spokesman 'on Monday' on national television: close to the border"),
        C("20,000", 20000, "at_least", "planned", "other", "pub",
          "Wellington Korea specialist (undated 'said'): total 'could now exceed' (span without "
          "the verb, at_least)"),
    ),
)

E08 = Source(
    article_id="e49_08_caithness_page_wick_ukrainians_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-11-08"),
    dated_by="front_matter",
    features=(
        "Caithness news page in Markdown, UTF-8, front matter with `date:` and a title without a "
        "figure, a headline in single quotes; Ukrainians in Wick (their own figures are not "
        "claims); the lead 'Ten thousand' (a number word) 'Washington says' from the Pentagon's "
        "Thursday figure (Thursday to publication); Sabrina Singh 'on Thursday' `10,000` and "
        "'she added' `11,000 to 12,000`; HUR 'a day later' after Monday `some 11,000` "
        "(Tuesday); lawmakers briefed by the NIS 'last week' `thousands` of additional troops "
        "(planned vague increment); Britain's defence secretary 'on Wednesday' „several "
        "thousand“ (a third government: other); a sourceless passive 'is believed to involve' "
        "`around 12,000` (unattributed, `pub`); Ukrainians in the county, miles, pounds, ages, "
        "population, flights"
    ),
    text="""\
---
title: "Caithness Ukrainians watch as North Korean troops reach the front"
date: 2024-11-08
category: World
author: Morven Sutherland
---

# 'We thought it could not get worse': Wick's Ukrainians on Kim's soldiers

[[Ten thousand]] North Korean soldiers have now reached Russia's Kursk region and some of them \
are already fighting, Washington says.

Sabrina Singh, the Pentagon's deputy press secretary, told reporters on Thursday that the \
[[10,000]] were "engaged in combat operations" alongside Russian forces in the border region. \
Overall, she added, Pyongyang had sent [[11,000 to 12,000]] troops to Russia since October, \
first to training grounds in the Far East and then westwards by rail.

Kyiv had already reported the first clashes. Rustem Umerov, Kyiv's defence minister, spoke of \
"small engagements" in an interview with Korean television on Monday, and his country's \
military intelligence said a day later that [[some 11,000]] North Koreans were massed in the \
Kursk area.

In Seoul, lawmakers briefed by the National Intelligence Service last week said Pyongyang \
appeared to be preparing [[thousands]] of additional troops to follow.

Britain's Defence Secretary John Healey told MPs on Wednesday that "[[several thousand]]" North \
Koreans were "now in the fight", calling it a serious escalation by Moscow. Pyongyang is paid in \
oil, food and military technology for a deployment that is believed to involve [[around 12,000]] \
troops in all.

## 'My son is 19'

For Olena Bondarenko, who came to Wick with her two daughters in 2022 under the Homes for \
Ukraine scheme, the news is personal. Her son, 19, stayed behind and was called up in the \
spring. "He tells me not to read the news," she said at the Pulteneytown community café where \
she volunteers on Tuesdays. "So I read it for both of us."

Some 140 Ukrainians have settled in Caithness and Sutherland since the war began, according to \
Highland Council. Many hosts still receive the £350 monthly thank-you payment. Ms Bondarenko \
works part-time at a care home in Thurso, 21 miles away, and is saving for a flight to Warsaw \
in December, where she hopes to meet her son on leave.

"People here have been so kind," she said. "But nobody in Wick had heard of Kursk a year ago. \
Now they ask me about North Korea at the till."

The county has a population of about 25,000. Loganair operates two flights a day from Wick John \
O'Groats Airport to Aberdeen and Edinburgh.
""",
    claims=(
        C("Ten thousand", 10000, "exact", "near_front", "united_states", "thu..pub",
          "lead (a number word) 'Washington says': the Pentagon's Thursday figure of the next "
          "paragraph, Thursday to publication"),
        C("10,000", 10000, "exact", "near_front", "united_states", "thu",
          "Singh 'told reporters on Thursday': in combat in the border region"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "thu",
          "'she added' in the same briefing: sent to Russia since October"),
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "tue",
          "Ukraine's military intelligence 'a day later' after Monday (Tuesday): massed in the "
          "Kursk area"),
        C("thousands", None, "vague", "planned", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'last week': 'additional troops to follow' (increment)",
          add=True),
        C("several thousand", None, "vague", "near_front", "other", "wed",
          "UK defence secretary in the Commons 'on Wednesday' (a third government: other): in "
          "the fight"),
        C("around 12,000", 12000, "approx", "in_russia", "unattributed", "pub",
          "sourceless passive 'is believed to involve' (unattributed): the deployment in all"),
    ),
)

E09 = Source(
    article_id="e49_09_mountain_state_radio_morgantown_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-01-14"),
    dated_by="sidecar",
    sidecar=(
        "Mountain State Public Radio",
        "https://www.mountainstateradio.example/news/2025-01/seoul-300-north-korean-soldiers-dead",
        "Seoul says about 300 North Korean soldiers have died fighting for Russia",
    ),
    features=(
        "West Virginia public radio site in HTML, UTF-8 with BOM (sidecar, Tuesday), a player "
        "bar with the frequency, a cookie note with two buttons of its own, a donation box with "
        "a toll-free number, JSON in a script; `<title>` figure (optional); headline 'Seoul "
        "says' from the Monday briefing (Monday to publication); the NIS 'believes' dated by "
        "the next sentence ('on Monday'): `roughly 300` killed and 'another' `2,700` wounded "
        "(others of the same toll: no increment); Zelensky 'Saturday' `two` captured (a number "
        "word); Zelensky 'Earlier this month' `3,800` (the 1st to publication); Kirby 'Dec. 27' "
        "`more than 1,000`; a WVU professor on the station's show 'on Monday' `as many as "
        "5,000` 'more' (other, planned increment, Monday to publication); West Virginia Guard "
        "members in a Korean exercise, ages, miles, frequency, phone"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Seoul: [[About 300]] North Korean Soldiers Dead After Fighting for Russia | Mountain \
State Public Radio</title>
<meta property="og:site_name" content="Mountain State Public Radio">
<script type="application/json" id="msr-player">{"station":"WMSR","fm":"89.9","stream":"\
news-hd1","segment":"morning-edition"}</script>
</head>
<body>
<div class="player-bar">Listen live: 89.9 FM Morgantown · 91.3 FM Elkins · Morning Edition until \
9 a.m.</div>
<div class="cookies">We use cookies so the live stream remembers your volume, and to count \
listeners for our underwriters. <button>Keep the stream rolling</button> <button>Stream only, no \
counting</button></div>
<nav><a href="/">News</a> · <a href="/music">Music</a> · <a href="/podcasts">Podcasts</a> · <a \
href="/schedule">Schedule</a> · <a href="/give">Give</a></nav>
<article>
<h1>Seoul says [[about 300]] North Korean soldiers have died fighting for Russia</h1>
<p class="dek">WVU professor: “They are young men being used as shock troops.”</p>
<p class="byline">By Caleb Nutter · WV Morning Edition</p>
<p>North Korea has lost [[roughly 300]] soldiers killed in action against Ukraine, and another \
[[2,700]] have been wounded, South Korea’s intelligence service believes. Lawmaker Lee \
Seong-kweun relayed the agency’s findings to reporters in Seoul on Monday after a closed \
briefing. The agency said the North Korean units had so far fought only in Russia’s Kursk \
region.</p>
<p>Ukrainian President Volodymyr Zelensky said Saturday that his forces had captured [[two]] \
North Korean soldiers alive, one of them 20 years old, the other 26. He later offered to hand \
them back to Pyongyang in exchange for Ukrainians held in Russia. Earlier this month he had \
estimated that [[3,800]] North Koreans had been killed or wounded.</p>
<p>Washington’s figures have been higher still. White House national security spokesman John \
Kirby said Dec. 27 that [[more than 1,000]] had been killed or hurt in a single week of \
fighting.</p>
<p>Daniel Pyo, who teaches East Asian politics at West Virginia University, told Morning Edition \
on Monday that Pyongyang could send “[[as many as 5,000]] more” to replace the losses. “Kim gets \
hard currency and his officers learn drone warfare. From his point of view, every casualty has a \
price tag,” Pyo said.</p>
<p>About 150 members of the West Virginia National Guard took part in a training exercise with \
South Korean units last fall, about 7,000 miles from Charleston.</p>
</article>
<aside class="give">Public radio is funded by listeners like you. Give at 1-800-555-0142.</aside>
<footer>© 2025 Mountain State Public Radio · 191 Scott Ave., Morgantown, WV</footer>
</body>
</html>
""",
    claims=(
        C("About 300", 300, "approx", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul says': the Monday briefing of the body to publication"),
        C("roughly 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'believes', dated by the next sentence (the lawmaker 'on Monday'): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "'another … have been wounded': the others of the same toll (no increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'said Saturday' (number word): captured"),
        C("3,800", 3800, "exact", "casualties", "ukraine", "2025-01-01..2025-01-14",
          "Zelensky 'Earlier this month' (the 1st to publication): killed or wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "Kirby 'said Dec. 27': killed or hurt in a week"),
        C("as many as 5,000", 5000, "at_most", "planned", "other", "mon..pub",
          "WVU professor on the station's show 'on Monday' (event date to publication): could "
          "send 'more' (increment)", add=True),
    ),
)

E10 = Source(
    article_id="e49_10_montenegro_observer_budanov",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-07-09"),
    dated_by="sidecar",
    sidecar=(
        "Montenegro Observer",
        "https://www.montenegro-observer.example/world/kyiv-expects-more-north-korean-troops",
        "Kyiv expects up to 30,000 more North Korean troops; Podgorica weighs its role",
    ),
    features=(
        "Montenegrin English-language outlet as plain text, windows-1252 (curly quotes and "
        "dashes raw, names without diacritics the code page lacks; sidecar, Wednesday), a "
        "section line and dateline 'PODGORICA –'; headline `up to 30,000` and lead `as many as "
        "30,000` 'additional' from Budanov's Monday interview (planned increments, Monday to "
        "publication); Budanov 'published on Monday' `25,000 to 30,000` 'fresh contingent' "
        "(range increment) and 'he said' `Some 11,000` still in Kursk; the NIS 'in late May' "
        "`roughly 15,000` (21-31 May); Shoigu 'Last month' `6,000` (russia, planned, June); Rutte "
        "in Bucharest 'on Tuesday' „tens of thousands“ (nato, planned); a Podgorica analyst "
        "'reckons' `at least 40,000` (other, planned total, `pub`) next to 'roughly triple' (a "
        "ratio); Montenegro's army, euros, shells, years, kilometres"
    ),
    text="""\
MONTENEGRO OBSERVER | World | Wednesday

Kyiv expects [[up to 30,000]] more North Korean troops; Podgorica weighs its own role

PODGORICA – Pyongyang may be about to ship [[as many as 30,000]] additional men to its Russian \
ally before winter, Ukraine’s military intelligence believes, a forecast that has sharpened the \
debate here over how far NATO’s smaller members should go in backing Kyiv.

In an interview published on Monday, Kyrylo Budanov, who heads the agency known as HUR, said \
Pyongyang was readying a fresh contingent of [[25,000 to 30,000]] troops. The first of them \
could arrive within weeks, he added. [[Some 11,000]] North Korean soldiers, he said, remain in \
and around Kursk, many of them guarding the border rather than attacking.

Budanov’s estimate is far above anything Seoul has published. South Korea’s National \
Intelligence Service said in late May that Pyongyang had so far sent [[roughly 15,000]] soldiers \
to Russia. Last month Sergei Shoigu, who chairs Russia’s Security Council, announced after talks \
in Pyongyang that North Korea would also provide [[6,000]] engineers and construction troops to \
rebuild Kursk.

NATO Secretary General Mark Rutte, asked about the report during a visit to Bucharest on \
Tuesday, said “[[tens of thousands]]” of North Koreans might eventually rotate through Russia. \
“Every one of them goes home knowing more about modern war than before,” he said.

For Montenegro, which joined the alliance in 2017 and has an army of about 2,000 professional \
soldiers, the question is less about troops than about money and ammunition. The government has \
given Ukraine military aid worth about €12 million since 2022, including artillery shells from \
old Yugoslav stocks, and opposition deputies argued in parliament last week that the country \
could afford more.

Marko Radulovic, an analyst at the Podgorica-based Adriatic Security Forum, said Budanov’s \
numbers should be taken seriously even if they proved too high. If they were right, the North \
Korean presence in Russia would roughly triple. He reckons that [[at least 40,000]] North \
Koreans will have served in Russia by the end of next year.

“Kim has discovered that war is an export industry,” Radulovic said. “For a small country like \
ours, 600 kilometres from the nearest Ukrainian border crossing, that sounds distant. It is \
not.”

Defence ministry officials said Montenegro would send a second package of body armour and \
medical supplies before the end of the summer.
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline 'Kyiv expects': Budanov's Monday interview to publication, 'more' "
          "(increment)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "lead (military intelligence 'believes' after the figure, dated by the next "
          "paragraph): 'additional' (increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon",
          "Budanov in an interview 'published on Monday': a 'fresh contingent' (increment)",
          add=True),
        C("Some 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "same interview, source after the figure ('he said'): stationed in Kursk"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea",
          "2025-05-21..2025-05-31", "NIS 'in late May' (days 21-31): sent so far"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Last month' (June): would 'also' provide engineers and construction troops "
          "(a planned contingent, as before)"),
        C("tens of thousands", None, "vague", "planned", "nato", "tue",
          "Rutte in Bucharest 'on Tuesday' “…”: might rotate through Russia"),
        C("at least 40,000", 40000, "at_least", "planned", "other", "pub",
          "Podgorica analyst 'reckons' (undated): a total by the end of next year"),
    ),
)

E11 = Source(
    article_id="e49_11_noumea_pacific_wire_toll_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-09-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Caledonia Pacific Wire",
        "https://www.caledonia-pacific.example/world/2025/09/05/seoul-north-korean-toll",
        "Seoul: some 2,000 North Korean troops dead in Russia's war",
    ),
    features=(
        "New Caledonia English-language news page in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, `--`, French accents; sidecar, Friday), front matter without a date, an italic "
        "deck, dateline 'NOUMEA --'; headline `some 2,000` from the Thursday hearing (Thursday "
        "to publication); the NIS reckoning lawmakers 'made public on Thursday' at the end of "
        "the sentence: `about 2,000` dead, `about 6,000` 'more' engineers moving into Kursk "
        "(increment, near_front) on top of `13,000 or so` (a total, no increment); state "
        "television 'last month' `101` portraits (north_korea, August); Zelensky 'on "
        "Wednesday' \"thousands\"; a French foreign ministry note to senators 'in June' `up to "
        "20,000` (a third government: other, planned); French forces in New Caledonia (not "
        "claims), nickel tonnes, CFP francs, population, deaths in the 2024 unrest, distance"
    ),
    text="""\
---
section: Pacific & World
author: Lucie Wamytan
tags: [North Korea, Russia, Ukraine, France]
---

# Seoul: [[some 2,000]] North Korean troops dead in Russia's war

*South Korea's spy agency puts a grim number on Kim Jong Un's Kursk adventure, as Paris weighs \
its own options in Europe and the Pacific.*

NOUMEA -- Pyongyang has seen [[about 2,000]] of its soldiers die in Moscow's campaign against \
Ukraine, by the reckoning of South Korea's National Intelligence Service, which lawmakers who sat \
in on a closed-door hearing in Seoul made public on Thursday.

The agency also told the intelligence committee that Pyongyang had begun moving [[about 6,000]] \
more men -- mostly combat engineers and labourers -- into Russia's Kursk region, on top of the \
[[13,000 or so]] it had already deployed. The engineers are clearing mines and rebuilding \
bridges, the lawmakers said.

The toll is the first official estimate from Seoul since the spring. North Korea itself has \
begun to honour its dead in public: state television last month broadcast a ceremony at which \
Kim knelt before a wall bearing portraits of [[101]] fallen soldiers.

Kyiv says the North Koreans remain a factor. President Volodymyr Zelensky, speaking in Kyiv on \
Wednesday, said "[[thousands]]" of them were still "learning war on our land" near the border.

France, which has condemned the deployment, has been more cautious in public. A foreign \
ministry note sent to senators in June, seen by this newspaper, warned that [[up to 20,000]] \
North Koreans might eventually be involved.

## Far away, and close

For New Caledonia, the war in Europe can feel distant: Noumea is about 7,000 km from Seoul and \
further still from Kursk. But the territory hosts some 1,450 French troops, and officers here \
say the lessons of Ukraine are discussed at every level, from drones to logistics.

The economic link is more direct. Nickel exports, which fell to about 140,000 tonnes last year, \
depend on prices set in markets shaken by the war, and the southern province estimates the \
cost of the downturn at 12 billion CFP francs. The territory of some 270,000 people is still \
recovering from the unrest of May 2024, in which 14 people died.

"We are a small place at the end of the world," said a Noumea-based French naval officer who \
asked not to be named. "But the world keeps arriving."
""",
    claims=(
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the Thursday hearing of the body to publication"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS reckoning that lawmakers 'made public on Thursday' (end of the sentence): dead"),
        C("about 6,000", 6000, "approx", "near_front", "south_korea", "thu",
          "same hearing: 'more' engineers moving into Kursk (increment)", add=True),
        C("13,000 or so", 13000, "approx", "in_russia", "south_korea", "thu",
          "same sentence: already deployed (the earlier total, no increment)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state television 'last month' (August): portraits of the fallen"),
        C("thousands", None, "vague", "near_front", "ukraine", "wed",
          "Zelensky 'on Wednesday' \"…\": still near the border"),
        C("up to 20,000", 20000, "at_most", "planned", "other", "2025-06-01..2025-06-30",
          "French foreign ministry note 'in June' (a third government: other): might be "
          "involved"),
    ),
)

E12 = Source(
    article_id="e49_12_cabo_verde_brief_border_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-06"),
    dated_by="dateline",
    features=(
        "Cape Verde English-language newsletter as plain text, UTF-16 LE with BOM, masthead with "
        "an issue number, dateline 'PRAIA, 6 November 2025 —'; the North Korea item is one of "
        "several (tourism, port, flights); the item's capitalised headline `10,000` from the "
        "NIS's Tuesday session (Tuesday to publication); the NIS 'on Tuesday' `about 10,000` at "
        "the border and 'A further' `5,000` builders moved into Russia (increment), 'it said' at "
        "the end; 'had put' `about 2,000` 'in September' (month); state television at 'last "
        "month's parade' `hundreds` of Kursk veterans (returnees: optional); the USFK commander "
        "'in October' `roughly 15,000`; Budanov 'Last week' `5,000 or more` (at_least); tourist "
        "arrivals, per cent, cruise calls, escudos, flights, population, phone"
    ),
    text="""\
CABO VERDE WEEKLY BRIEF
News for residents, investors and friends of the islands · Issue 211

PRAIA, 6 November 2025 — Good morning. This week: record tourist numbers, a new berth for \
Mindelo, and why a war in Europe matters to an archipelago in the Atlantic.

TOURISM
Arrivals in the first nine months rose 9% on last year to just over 1.1 million, the national \
statistics institute said on Monday. Sal and Boa Vista again took the lion's share.

PORTS
Work on the new cruise berth at Porto Grande in Mindelo begins in January. The port expects \
120 cruise calls next season, up from 97.

WORLD: SEOUL SAYS [[10,000]] NORTH KOREANS NOW GUARD RUSSIA'S BORDER
North Korea keeps [[about 10,000]] soldiers along Russia's border with Ukraine, most of them in \
the Kursk region, South Korea's intelligence service told a parliamentary committee on Tuesday. \
A further [[5,000]] military construction troops are being moved into Russia in stages to \
repair roads and railway lines, it said. The agency had put the number of North Koreans killed \
at [[about 2,000]] in September.

Pyongyang now celebrates the deployment openly. At last month's parade for the ruling party's \
80th anniversary, state television lingered on [[hundreds]] of returning Kursk fighters as they \
goose-stepped past Kim Jong Un.

Washington's estimate is higher. General Xavier Brunson, who commands US forces in Korea, said \
in October that [[roughly 15,000]] North Koreans had passed through Russia since the deployment \
started. Last week Kyrylo Budanov, Kyiv's spymaster, told a Ukrainian newspaper that North \
Korean losses stood at "[[5,000 or more]]" killed and wounded.

Why should Cabo Verde care? Russia's war has pushed up fuel and food prices across the \
islands, and diplomats in Praia say Moscow and Pyongyang are courting African votes at the UN.

FLIGHTS
From December, there will be four weekly flights between Praia and Lisbon and two to Boston. A \
return fare starts at about 38,000 escudos.

The Weekly Brief reaches some 4,000 readers. Tips and letters: +238 260 12 34.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "item headline 'SEOUL SAYS': the NIS's Tuesday session to publication"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'told a parliamentary committee on Tuesday' (source after the figure): at the "
          "border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'A further' builders moved into Russia, 'it said' (increment)", add=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'The agency had put … in September' (month): killed"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "state television at 'last month's parade': returning Kursk fighters (returnees)",
          opt=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "united_states",
          "2025-10-01..2025-10-31", "USFK commander 'in October': passed through Russia"),
        C("5,000 or more", 5000, "at_least", "casualties", "ukraine", "lastweek",
          "Budanov 'Last week' to a newspaper \"…\": killed and wounded"),
    ),
)

SOURCES: tuple[Source, ...] = (
    G01, G02, G03, G04, G05, G06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
