"""Build the 80th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The eighty-second corpus, for an honest measurement on articles the extractor has never met,
written blind in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
Pirmasens daily, a Zwickau radio station's web text, a Lesachtal weekly (Austrian), a Gürbetal
paper (Swiss), a hatters' guild magazine and a Wismar student paper; a Dongara daily, a Stronsay
community page, a Winnemucca ranch paper, an English-language outlet from Saaremaa, an Atiu page
from Rarotonga and a Gambian newsletter. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind80_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="b80_01_pirmasens_tagespost_gefecht_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Pirmasens daily's web page in HTML (`article:published_time` with +01:00, a page "
        "script with an article id, a cookie banner about shoe leather, navigation with the "
        "Südwestpfalz, a footer with phone); `<meta name=\"description\">` figure (optional); h1 "
        "'Kiew:' from the defence minister's interview 'am Montagabend' (Monday to publication); "
        "'sagte Umjerow' after the figure, 'Der Minister hält es für möglich' `bis zu 15.000` "
        "(planned total); the Pentagon spokeswoman 'am Donnerstag' with a range in Konjunktiv; "
        "the JCS 'am Dienstag' (publication day) „mehreren tausend“; a Kaiserslautern political "
        "scientist 'schätzt' `Zehntausende` (other, `pub`); town population, refugees, distance "
        "to Ramstein, shoe factories, euros",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew: Nordkoreaner erstmals unter Beschuss | Pirmasenser Tagespost</title>
<meta name="description" content="Die Ukraine meldet erste Gefechte mit Soldaten aus \
Nordkorea. Im Gebiet Kursk sollen [[11.000]] Mann stehen.">
<meta property="article:published_time" content="2024-11-05T07:15:00+01:00">
<meta property="og:site_name" content="Pirmasenser Tagespost">
<script>var ptpPage={id:"ptp-88213",rubrik:"welt",abo:false};</script>
</head>
<body>
<div class="cookie-hinweis">Wie beim guten Schuh kommt es auf das Innenleben an: Wir verwenden \
Cookies, damit diese Seite sitzt wie angegossen. <button>Her damit</button> \
<button>Barfuß weitersurfen</button></div>
<nav><a href="/">Start</a> · <a href="/pirmasens">Pirmasens</a> · <a \
href="/suedwestpfalz">Südwestpfalz</a> · <a href="/welt">Welt</a> · <a href="/sport">FKP \
&amp; Sport</a></nav>
<main>
<article>
<h1>Kiew: [[11.000]] Nordkoreaner stehen im Raum Kursk</h1>
<p class="autor">Von Miriam Schäfer-Lauth</p>
<p>Die Ukraine hat nach eigener Darstellung erstmals Einheiten aus Nordkorea unter Feuer \
genommen. Verteidigungsminister Rustem Umjerow sprach am Montagabend in einem Interview mit \
dem südkoreanischen Sender KBS von einem &bdquo;kleinen Gefecht&ldquo;. Inzwischen seien \
[[11.000]] nordkoreanische Soldaten in der Region Kursk angekommen, sagte Umjerow.</p>
<p>Wie viele es am Ende werden, ist offen. Der Minister hält es für möglich, dass Pjöngjang bis \
zum Jahresende [[bis zu 15.000]] Mann nach Russland schickt. Beweise legte er nicht vor.</p>
<p>Washington hatte zuletzt etwas vorsichtiger gerechnet. Pentagon-Sprecherin Sabrina Singh \
nannte am Donnerstag [[rund 8.000]] Nordkoreaner in der Grenzregion; insgesamt habe das \
Regime nach amerikanischer Kenntnis [[10.000 bis 12.000]] Soldaten in den Osten Russlands \
verlegt, wo sie an russischen Waffen ausgebildet würden.</p>
<p>Auch Seoul rechnet mit einem baldigen Fronteinsatz im großen Stil. Ein Sprecher des \
Generalstabs in Seoul sprach am Dienstag von &bdquo;[[mehreren tausend]]&ldquo; \
Nordkoreanern, die bereits in Kampfhandlungen verwickelt sein könnten.</p>
<h2>Blick aus der Westpfalz</h2>
<p>Der Kaiserslauterer Politikwissenschaftler Jonas Wendel schätzt, dass Kim Jong Un auf \
längere Sicht [[Zehntausende]] Soldaten abstellen könnte, wenn Moskau dafür Technik und Devisen \
liefert. &bdquo;Für Pjöngjang ist das ein Geschäft&ldquo;, sagt er.</p>
<p>In Pirmasens mit seinen gut 40.000 Einwohnern leben derzeit rund 900 Geflüchtete aus der \
Ukraine. Viele von ihnen verfolgen die Nachrichten aus Kursk mit Sorge, berichtet die \
Caritas, die an zwei Nachmittagen pro Woche eine Beratung anbietet. Zur Air Base Ramstein \
sind es knapp 35 Kilometer. Von einst über 300 Schuhfabriken in der Stadt sind heute noch \
eine Handvoll übrig; eine davon liefert nach eigenen Angaben Stiefel im Wert von 1,2 \
Millionen Euro an die ukrainische Armee.</p>
</article>
</main>
<footer>© Pirmasenser Tagespost · Schlossstraße 12 · 66953 Pirmasens · Telefon 06331 \
80040 · <a href="/impressum">Impressum</a></footer>
<script src="/js/teaser.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<meta name=description> (metadata) restating Umerov's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "h1 'Kiew:' from Umerov's Monday-evening interview (Monday to publication)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Umerov 'am Montagabend', Konjunktiv, 'sagte Umjerow' after the figure: arrived in "
          "the Kursk region"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "mon",
          "'Der Minister hält es für möglich' (same interview): total by the end of the year"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "thu",
          "Pentagon spokeswoman 'am Donnerstag': in the border region"),
        C("10.000 bis 12.000", None, "range", "in_russia", "united_states", "thu",
          "same statement, Konjunktiv: moved to Russia's east"),
        C("mehreren tausend", None, "vague", "near_front", "south_korea", "tue",
          "JCS spokesman 'am Dienstag' (the publication day), „…“: in combat"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "Kaiserslautern political scientist 'schätzt' (present tense, no date): could send"),
    ),
)

P02 = Source(
    article_id="b80_02_zwickau_radio_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Westsachsen",
        "https://www.radio-westsachsen.example/nachrichten/welt/gefangene-aus-nordkorea-104417",
        "Gefangene aus Nordkorea: Seoul zählt rund 300 Tote",
    ),
    features="Zwickau radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, Monday), "
        "a station line with a time, a listener phone-in number; headline 'Seoul zählt' from "
        "the NIS figure of the body (Monday, the publication day); Zelensky 'am Samstag' "
        "'Nach Darstellung Selenskyjs'; the NIS 'Am Montag' via a committee sitting, "
        "`rund 300` dead and `2.700` wounded, carried by 'zitierten Abgeordnete' to the total; "
        "HUR 'Ende Dezember' „Hunderte“; a Zwickau political scientist `4.000 bis 5.000` "
        "'nachschieben' (range increment, other, `pub`); prisoners' ages, refugees in the "
        "district, distance, drones",
    text="""\
Gefangene aus Nordkorea: Seoul zählt [[rund 300]] Tote

Radio Westsachsen | Nachrichten | 16:20 Uhr

Die Ukraine hat zwei nordkoreanische Soldaten lebend gefangen genommen. Präsident Wolodymyr \
Selenskyj verbreitete am Samstag Fotos der beiden Männer, die im Gebiet Kursk verwundet \
aufgegriffen worden waren. Einer sei 20, der andere 26 Jahre alt, beide würden in Kiew \
verhört. Nach Darstellung Selenskyjs haben Russland und Nordkorea bei den Kämpfen um Kursk \
seit dem Herbst [[mehr als 3.000]] nordkoreanische Soldaten verloren, getötet oder verwundet.

Am Montag legte dann Südkoreas Geheimdienst NIS eigene Zahlen vor. Bei einer Sitzung des \
Geheimdienstausschusses in der Nationalversammlung hieß es, [[rund 300]] Nordkoreaner seien \
gefallen und [[2.700]] verwundet worden. Die hohen Verluste hingen auch damit zusammen, dass \
die Truppen kaum gelernt hätten, sich vor Drohnen zu schützen, zitierten Abgeordnete aus der \
Unterrichtung. Insgesamt stünden weiterhin [[etwa 11.000]] Mann aus dem Norden in Russland.

Der ukrainische Militärgeheimdienst HUR hatte schon Ende Dezember gemeldet, [[Hunderte]] \
Nordkoreaner seien bei Sturmangriffen auf offenem Feld ums Leben gekommen. Die Angreifer seien \
in dichten Reihen über verschneite Äcker gelaufen, teils ohne Deckung.

Moskau schweigt weiter. Kremlsprecher Dmitri Peskow verwies auf Nachfrage lediglich auf den \
Pakt über gegenseitigen Beistand, den Putin und Kim im Sommer unterschrieben hatten.

Was das für den Krieg bedeutet, hat Radio Westsachsen die Zwickauer Politologin Anke Reuter \
gefragt, die an der Westsächsischen Hochschule über Ostasien lehrt. Sie hält die Gefangenen \
für einen Glücksfall für Kiew: "Erstmals berichten Augenzeugen, wie diese Einheiten \
funktionieren." Von einem Rückzug Pjöngjangs geht sie nicht aus. Sie rechnet eher \
damit, dass Kim Jong Un [[4.000 bis 5.000]] weitere Soldaten nachschiebt, um die Lücken zu \
füllen.

Im Landkreis Zwickau leben nach Angaben des Landratsamts derzeit etwa 4.800 Menschen aus der \
Ukraine. Bis an die Frontlinie im Osten des Landes sind es von hier aus gut 2.000 Kilometer.

Fragen zum Thema? Rufen Sie uns an: 0375 27 111 0.
""",
    claims=(
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "headline 'Seoul zählt' from the NIS figure of the body (Monday, the publication day)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "sat",
          "'Nach Darstellung Selenskyjs', who spoke 'am Samstag': killed or wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'Am Montag' at the committee ('hieß es'): fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "Konjunktiv carried from 'zitierten Abgeordnete aus der Unterrichtung': in Russia"),
        C("Hunderte", None, "vague", "casualties", "ukraine", "2024-12-21..2024-12-31",
          "HUR 'Ende Dezember': killed"),
        C("4.000 bis 5.000", None, "range", "planned", "other", "pub",
          "Zwickau political scientist 'rechnet … damit' (interview, no date) 'weitere' "
          "(increment)", add=True),
    ),
)

P03 = Source(
    article_id="b80_03_lesachtaler_wochenblatt_feber_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Lesachtal weekly in Markdown, UTF-8 with BOM, front matter with `date:` "
        "(Thursday) and a title without a figure; Austrian `Jänner`, `Feber`, `heuer`; an SSO "
        "spokesman 'am Montag' with 'Von den rund 11.000 … seien etwa 4.000' (near the front, "
        "casualties); NIS 'im Jänner' (month); a US defence official to AP 'vergangene Woche' "
        "`einige tausend` 'zusätzliche' (vague planned increment); Rutte 'am Mittwoch' in "
        "Brussels „über 10.000“ (nato); an unattributed background total; a retired Bundesheer "
        "colonel from Maria Luggau 'hält es für denkbar' `bis zu 15.000` 'nachkommen' (other, "
        "increment); an aid convoy (tonnes, vans, euros), inhabitants, kilometres",
    text="""\
---
title: "Kims Soldaten: Rückzug von der Front, aber kein Abschied"
date: 2025-02-20
ressort: Welt & Gailtal
autor: Theresia Unterluggauer
---

# Kims Soldaten: Rückzug von der Front, aber kein Abschied

**Nordkoreas Einheiten sind seit Anfang Feber kaum noch im Gebiet Kursk zu sehen. Für Kiew ist \
das eine Atempause, mehr nicht.**

Die ukrainischen Spezialkräfte melden seit gut zwei Wochen kaum noch Zusammenstöße mit \
nordkoreanischen Truppen. Ein Sprecher der Einheit erklärte am Montag im ukrainischen \
Fernsehen, die Verbände seien offenbar zur Auffrischung abgezogen worden. Von den [[rund \
11.000]] Nordkoreanern, die im Herbst an die Front bei Kursk gebracht wurden, seien [[etwa \
4.000]] getötet oder verwundet worden. Es handle sich um einen Rückzug auf Zeit, warnte er.

Seit dem Herbst sind [[mehr als 11.000]] nordkoreanische Soldaten nach Russland gekommen, die \
meisten davon Angehörige von Spezialeinheiten. Ihre Verluste waren schon im Jänner hoch: \
Südkoreas Nachrichtendienst NIS zählte damals [[rund 300]] Gefallene.

## Washington erwartet Nachschub

Ein Beamter im US-Verteidigungsministerium sagte vergangene Woche der Nachrichtenagentur AP, \
Pjöngjang bereite [[einige tausend]] zusätzliche Soldaten auf einen Einsatz in Russland vor. \
Die Ausbildung laufe bereits, vor allem im Umgang mit Drohnen.

Auch die NATO sieht keine Entwarnung. Generalsekretär Mark Rutte sprach am Mittwoch nach einem \
Treffen der Verteidigungsminister in Brüssel von "[[über 10.000]]" Nordkoreanern, die \
weiterhin an Russlands Seite stünden, ob an der Front oder dahinter.

## "Die kommen wieder"

Josef Guggenberger aus Maria Luggau, Oberst des Bundesheeres im Ruhestand und früher als \
Beobachter bei den Vereinten Nationen im Einsatz, verfolgt die Lage genau. "Die kommen \
wieder, und zwar besser vorbereitet", sagt er. Er hält es für denkbar, dass heuer [[bis zu \
15.000]] Mann aus Nordkorea nachkommen, wenn Moskau im Frühjahr angreift.

Im Lesachtal leben knapp 1.300 Menschen, doch die Hilfsbereitschaft ist groß: Der Pfarrverband \
hat im Jänner zwei Kleintransporter mit rund acht Tonnen Decken, Windeln und Konserven nach \
Czernowitz geschickt, dazu kamen 14.200 Euro an Spenden. Die Fahrt über 1.400 Kilometer \
dauerte zwei Tage. Ein weiterer Konvoi ist für Mitte März geplant; Sachspenden nimmt der \
Pfarrhof in Liesing jeweils dienstags von 9 bis 11 Uhr entgegen.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "SSO spokesman 'am Montag', Konjunktiv: brought to the Kursk front"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "same sentence: killed or wounded (of them)"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "unattributed", "pub",
          "background sentence without a source: came to Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'damit' referring to 'im Jänner': fallen"),
        C("einige tausend", None, "vague", "planned", "united_states", "lastweek",
          "US defence official to AP 'vergangene Woche': 'zusätzliche' (increment)", add=True),
        C("über 10.000", 10000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'am Mittwoch' in Brussels, „…“: at Russia's side, 'ob an der Front oder "
          "dahinter' (in Russia)"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "retired colonel 'hält es für denkbar' (present tense): 'nachkommen' (increment)",
          add=True),
    ),
)

P04 = Source(
    article_id="b80_04_guerbetaler_bestaetigung_moskau",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="Gürbetal paper's foreign page as plain text, windows-1252 with CRLF, dateline "
        "'Belp, 30. April 2025' (Wednesday); Swiss `ss`, «», `4'700`, `15'000`, `10'000` and a "
        "4-digit `3000`/`2000`; headline without a figure; a Duma committee chairman 'am "
        "Montag' to «Iswestija» „mehrere tausend“ (russia, near the front); the JCS 'Das teilte "
        "ein Sprecher am Dienstag mit' after its figures (`4'700` with 'darunter ungefähr 600' "
        "dead), carried to the total and `3000` 'als Nachschub' (increment); Ukraine's foreign "
        "minister 'am Montagabend' `mindestens 2000`; a Toffen-born historian «10'000 "
        "zusätzliche» (other, increment, `pub`); Swiss army size, francs, train interval",
    text="""\
Belp, 30. April 2025

Moskau gibt zu, was alle wussten

Russland und Nordkorea bestätigen erstmals den Einsatz nordkoreanischer Soldaten im Gebiet \
Kursk. Seoul legt neue Verlustzahlen vor.

Monatelang hatte der Kreml jede Frage nach Soldaten aus Nordkorea abgewimmelt. Nun ist das \
Schweigen gebrochen: Generalstabschef Waleri Gerassimow lobte am Samstag den «Heldenmut» der \
Verbündeten bei der Rückeroberung von Kursk, Pjöngjangs Staatsagentur KCNA zog am Montag nach. \
Zahlen nannte keiner der beiden. Deutlicher wurde Andrei Kartapolow, Vorsitzender des \
Verteidigungsausschusses der Duma. Er sagte am Montag der Zeitung «Iswestija», es hätten \
«[[mehrere tausend]]» Soldaten aus Nordkorea in vorderster Linie mitgekämpft.

In Seoul reagierte der Generalstab mit einer eigenen Bilanz. Die Nordkoreaner hätten seit \
dem Herbst [[4'700]] Mann verloren, darunter [[ungefähr 600]] Tote. Das teilte ein Sprecher am \
Dienstag mit. Insgesamt habe Pjöngjang seit Oktober [[rund 15'000]] Soldaten nach Russland \
geschickt, davon [[3000]] als Nachschub im Januar und Februar.

Kiew reagierte gereizt. Aussenminister Andrij Sybiha erklärte am Montagabend, das \
Eingeständnis komme spät und ändere nichts. Im Grenzgebiet zur Ukraine stünden noch immer \
[[mindestens 2000]] Nordkoreaner, die jederzeit wieder angreifen könnten.

Für Reto Gerber ist die Bestätigung vor allem ein politisches Signal. Der in Toffen \
aufgewachsene Ostasien-Historiker forscht an der Universität Bern über die koreanische \
Halbinsel. «Wer offen zugibt, dass er Truppen schickt, schickt bald noch mehr», sagt er. \
Gerber hält «[[10'000]] zusätzliche Soldaten noch in diesem Jahr» für realistisch, auch weil \
Nordkorea im Gegenzug Luftabwehr und Geld aus Moskau erhalte.

Die Schweiz beobachtet den Krieg aus der Distanz, aber nicht ohne Beteiligung: Der Bundesrat \
hat für das laufende Jahr humanitäre Hilfe von 5 Millionen Franken für die Ostukraine \
gesprochen. Die Armee zählt rund 140'000 Angehörige; zwei Schweizer Offiziere arbeiten in \
der Waffenstillstandskommission in Korea.

Im Gürbetal selbst ist vom Krieg wenig zu spüren, ausser bei den Familien, die Geflüchtete \
aufgenommen haben. In Belp, Toffen und Kaufdorf sind es zusammen 63 Personen. Wer helfen will, \
meldet sich bei der Gemeindeverwaltung; die S3 verkehrt im Halbstundentakt bis Bern.

Martina Zbinden
""",
    claims=(
        C("mehrere tausend", None, "vague", "near_front", "russia", "mon",
          "Duma defence committee chairman 'am Montag' to «Iswestija», Konjunktiv: fought in the "
          "front line"),
        C("4'700", 4700, "exact", "casualties", "south_korea", "tue",
          "JCS, dated by the next sentence ('Das teilte ein Sprecher am Dienstag mit'): losses"),
        C("ungefähr 600", 600, "approx", "casualties", "south_korea", "tue",
          "'darunter' (breakdown): dead"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "tue",
          "JCS, Konjunktiv carried after the dating sentence: sent to Russia since October"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "tue",
          "same sentence, 'davon … als Nachschub' (increment)", add=True),
        C("mindestens 2000", 2000, "at_least", "near_front", "ukraine", "mon",
          "foreign minister 'am Montagabend', Konjunktiv: at the border"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "Bern historian 'hält … für realistisch' (present tense): «zusätzliche» (increment)",
          add=True),
    ),
)

P05 = Source(
    article_id="b80_05_hutmacher_innung_pelzmuetzen_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Hut & Kopf – Mitteilungen der Hutmacher-Innung",
        "https://www.hutmacher-innung.example/heft/2025-07/pelzmuetzen-fuer-kursk",
        "Pelzmützen für Kursk: Was Uniformen über einen Krieg verraten",
    ),
    features="hatters' guild magazine column in Markdown, ISO-8859-1 with straight quotes and "
        "`Euro` spelled out, front matter without a date (issue '7/2025', sidecar, Thursday); "
        "tender figures for winter caps and felt prices (not claims); an unattributed "
        "`Tausende` in winter (near the front, `pub`); Shoigu 'am 17. Juni' `6.000` with "
        "'davon 1.000' deminers (new contingent, not an increment); HUR chief 'Anfang Juli' "
        "`bis zu 30.000` 'zusätzlich' (increment); a State Department spokeswoman 'im Mai' "
        "`mehr als 4.000`; NIS reported by Yonhap `rund 11.000` (X citing Y, `pub`); a "
        "Lindenberg hat museum curator without a troop figure",
    text="""\
---
title: "Pelzmützen für Kursk: Was Uniformen über einen Krieg verraten"
heft: 7/2025
rubrik: Blick über den Hutrand
---

# Pelzmützen für Kursk

*Eine Kolumne von Obermeister Rainer Filzinger*

Kopfbedeckungen erzählen Geschichten. Wer die Bilder aus dem Gebiet Kursk vom vergangenen \
Winter betrachtet, sieht das besonders deutlich: [[Tausende]] nordkoreanische Soldaten \
kämpften dort in russischen Tarnjacken und mit russischen Uschankas, den Ohrenklappenmützen, \
die bei uns seit Jahren wieder als Modeartikel verkauft werden.

Wie ernst Moskau die Ausstattung nimmt, zeigt eine Ausschreibung des russischen \
Verteidigungsministeriums, über die mehrere Exilmedien berichteten: 25.000 Wintermützen aus \
Schaffell, Lieferung bis Oktober, Stückpreis umgerechnet rund 18 Euro. Zum Vergleich: Ein \
handgewalkter Filzhut aus einer unserer Werkstätten kostet zwischen 180 und 420 Euro, und in \
einem guten Hutstumpen stecken 110 Gramm Haarfilz.

## Neue Kontingente

Der Bedarf dürfte steigen. Sergei Schoigu, der Sekretär des russischen Sicherheitsrates, \
kündigte am 17. Juni an, Nordkorea werde, so das Ergebnis seiner Gespräche mit Kim Jong Un, \
[[6.000]] weitere Leute in die Region Kursk schicken, davon [[1.000]] für die Räumung von \
Minen, die übrigen als Bautrupps für zerstörte Straßen und Brücken.

Kiew erwartet noch mehr. Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, \
warnte Anfang Juli, Pjöngjang könne [[bis zu 30.000]] Soldaten zusätzlich an Russland \
abgeben. Die Nachrichtenagentur Yonhap zitierte den südkoreanischen Geheimdienst NIS mit der \
Einschätzung, bislang seien [[rund 11.000]] nordkoreanische Soldaten in Russland im Einsatz \
gewesen.

Dass der Einsatz einen hohen Preis hat, bestreitet inzwischen kaum jemand. Eine Sprecherin \
des US-Außenministeriums bezifferte im Mai die nordkoreanischen Ausfälle auf \
[[mehr als 4.000]] Gefallene und Verletzte.

## Was bleibt

Die Kuratorin des Hutmuseums in Lindenberg, Dr. Gisela Ebner, sieht in der Uschanka ein \
Stück Zeitgeschichte: "Diese Mütze war schon 1942 vor Moskau dabei und ist es heute wieder. \
Nur die Köpfe darunter wechseln." Das Museum zeigt ab September eine kleine Sonderschau zu \
militärischen Kopfbedeckungen, geöffnet dienstags bis sonntags von 10 bis 17 Uhr, Eintritt 6 \
Euro. Die Innung organisiert am 27. September eine Fahrt dorthin; Anmeldung bei der \
Geschäftsstelle, die Plätze sind auf 40 begrenzt.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the columnist's own description of last winter's pictures (no source): fought in Kursk"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'kündigte am 17. Juni an', Konjunktiv: will send (a new contingent, labelled "
          "like the other corpora: no increment despite 'weitere')"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "'davon' (breakdown): for mine clearing"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "Budanov 'warnte Anfang Juli': 'zusätzlich' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "Yonhap quoting the NIS (X citing Y, no date): deployed in Russia so far"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-05-01..2025-05-31", "State Department spokeswoman 'im Mai': dead and wounded"),
    ),
)

P06 = Source(
    article_id="b80_06_wismar_campusblatt_vortrag_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-10-08"),
    dated_by="sidecar",
    sidecar=(
        "Kogge – Das Campusblatt der Hochschule Wismar",
        "",
        "Vortrag im Hörsaal 4: 2.000 Tote, und Kim lässt marschieren",
    ),
    features="Wismar student paper in HTML, ISO-8859-1 (quotes only as entities `&bdquo;` "
        "`&ldquo;`, `&ndash;`, `&copy;`), no meta date (sidecar without url, Wednesday), a "
        "cookie note about ship's biscuits, campus navigation; `<title>` figure (optional); h1 "
        "from the NIS figure 'Anfang September' (to publication); a guest lecturer 'am "
        "Montagabend' in the lecture hall (other: `15.000` sent, `mehr als 6.000` casualties); "
        "NIS 'Anfang September' `rund 2.000` dead and `etwa 5.000` 'zusätzliche' builders "
        "(increment); KCNA 'Ende August' `mehr als 100` names of the fallen (north_korea); HUR "
        "'vergangene Woche' `rund 11.000` still in Kursk, 'teilte … mit' at the end; seats, "
        "fees, credits, the 80th anniversary",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>[[2.000]] Tote, und Kim l&auml;sst marschieren &ndash; Kogge Campusblatt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/kogge.css">
</head>
<body>
<div id="kekse">Auch wir brauchen Proviant an Bord: Diese Seite speichert ein paar Kekse, ganz \
ohne Schiffszwieback. <a href="#" class="ok">Anheuern</a> <a href="#">Von Bord gehen</a></div>
<nav><a href="/">Kogge</a> | <a href="/campus">Campus</a> | <a href="/stadt">Stadt &amp; \
Hafen</a> | <a href="/welt">Welt</a> | <a href="/mensa">Mensaplan</a></nav>
<article>
<h1>Vortrag im Hörsaal 4: [[2.000]] Tote, und Kim lässt marschieren</h1>
<p class="teaser">Kurz vor Nordkoreas großer Parade sprach eine Korea-Forscherin aus Rostock \
über Pjöngjangs Soldaten in Russland. Der Saal war voll.</p>
<p>Eigentlich hat Hörsaal 4 nur 120 Plätze, am Montagabend saßen die Zuhörer auch auf den \
Treppen. Die Rostocker Politikwissenschaftlerin Dr. Hye-jin Albrecht-Kang sprach auf Einladung \
des Fachschaftsrats über den Einsatz nordkoreanischer Truppen an Russlands Seite. Nach ihrer \
Rechnung hat Pjöngjang seit Oktober 2024 [[15.000]] Soldaten nach Russland geschickt. \
&bdquo;Davon sind [[mehr als 6.000]] tot oder verwundet&ldquo;, sagte sie, &bdquo;das ist \
eine enorme Quote für eine Armee, die seit siebzig Jahren keinen Krieg geführt hat.&ldquo;</p>
<p>Sie stützte sich dabei auch auf Zahlen aus Seoul. Der südkoreanische Geheimdienst NIS \
hatte Anfang September vor Abgeordneten erklärt, [[rund 2.000]] Nordkoreaner seien gefallen. \
Zudem habe Pjöngjang seit dem Sommer [[etwa 5.000]] zusätzliche Bausoldaten geschickt, die \
im Gebiet Kursk Straßen und Stellungen wieder aufbauen.</p>
<p>Auch der Norden selbst spricht inzwischen über seine Toten. Ende August berichtete die \
Staatsagentur KCNA, Kim Jong Un habe bei einer Zeremonie die Namen von [[mehr als 100]] im \
Ausland gefallenen Soldaten verlesen lassen. Für die Parade am Freitag, dem 80. Jahrestag der \
Arbeiterpartei, wird erwartet, dass Kursk-Veteranen vorneweg marschieren.</p>
<p>Vorbei sei der Einsatz nicht, betonte Albrecht-Kang. Im Gebiet Kursk befänden sich \
derzeit noch [[rund 11.000]] nordkoreanische Soldaten, die meisten in der zweiten Linie, \
teilte der ukrainische Militärgeheimdienst HUR vergangene Woche mit.</p>
<p>Die Vortragsreihe &bdquo;Welt am Hafen&ldquo; geht am 5. November weiter, dann zum \
Thema Ostsee-Sicherheit. Die Teilnahme ist frei; Studierende im Studium generale können sich \
den Besuch von sechs Vorträgen mit 2 ECTS anrechnen lassen. Der Semesterbeitrag steigt \
übrigens zum Sommer um 7 Euro.</p>
<p class="autor">Text: Lasse Brinckmann</p>
</article>
<footer>&copy; Kogge &ndash; Studentische Redaktion, Philipp-M&uuml;ller-Stra&szlig;e 14, 23966 \
Wismar</footer>
<script>document.querySelector("#kekse .ok").onclick=function(){this.parentNode.remove();};\
</script>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..2025-10-08",
          "<title> (metadata): the NIS figure of early September, to publication", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..2025-10-08",
          "h1 from the NIS figure of the body ('Anfang September'), window to publication"),
        C("15.000", 15000, "exact", "in_russia", "other", "mon",
          "Rostock lecturer 'am Montagabend' ('Nach ihrer Rechnung'): sent since October 2024"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "other", "mon",
          "same lecturer in „…“, 'sagte sie' after the figure: dead or wounded"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September' before lawmakers: fallen"),
        C("etwa 5.000", 5000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "same briefing, Konjunktiv: 'zusätzliche' builders rebuilding in the Kursk region "
          "(increment; builders in Kursk count as near_front, like the other corpora)", add=True),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August': names of the fallen read out"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'vergangene Woche', 'teilte … mit' at the end of the sentence: still in Kursk"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Orkney, Nevada, Estonia, Cook Islands, The Gambia)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="b80_07_dongara_coast_first_losses_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-18"),
    dated_by="html_meta", crlf=True,
    features="Dongara daily's web page in HTML, windows-1252 with CRLF (typographic quotes and "
        "`’` raw), `article:published_time` with +08:00, a cookie strip about crayfish pots, "
        "navigation with tide times, a footer with an ABN and phone; headline without a figure; "
        "standfirst 'Washington says' from the Pentagon's Monday figure (Monday to "
        "publication); Ryder 'on Monday' „several hundred“; the JCS 'on Tuesday' `at least 100` "
        "and `nearly 1,000` (approx), 'the JCS said' at the end; Zelensky 'late last week' "
        "`more than 11,000`; Australia's foreign minister 'on Tuesday' `thousands` (other); an "
        "unattributed 'is believed to have shipped' `about 12,000` (`pub`); town population, "
        "crayfish tonnes and prices, distance to Perth, Ukrainian-born farmer's age",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Kim’s troops take first losses in Kursk | Irwin Coast Courier</title>
<meta property="article:published_time" content="2024-12-18T06:30:00+08:00">
<meta property="og:site_name" content="Irwin Coast Courier">
<script>window.iccAds={zone:"world",slot:"mrec-1"};</script>
</head>
<body>
<div class="cookies">Like a cray pot, this site keeps a few things it catches. <button>Pull \
the pot</button> <button>Leave it in the water</button></div>
<nav><a href="/">Home</a> · <a href="/local">Dongara &amp; Port Denison</a> · <a \
href="/rural">Rural</a> · <a href="/tides">Tide times</a> · <a href="/world">World</a></nav>
<article>
<h1>Kim’s troops take first losses in Kursk</h1>
<p class="standfirst">Washington says [[several hundred]] North Korean soldiers have been killed \
or hurt in their first weeks of fighting for Russia.</p>
<p class="byline">Tahlia Broadhurst · Wednesday, 18 December 2024</p>
<p>North Korean troops fighting alongside Russian forces have suffered their first significant \
casualties, the United States and South Korea say. Pentagon spokesman Major General Pat Ryder \
told reporters on Monday that losses among Pyongyang’s soldiers in the Kursk region ran to \
“[[several hundred]]”, counting both dead and wounded.</p>
<p>Seoul went further a day later. [[At least 100]] North Koreans had been killed and [[nearly \
1,000]] injured in clashes since early December, officials of the Joint Chiefs of Staff told \
a closed parliamentary session on Tuesday, the JCS said.</p>
<p>Ukraine’s President Volodymyr Zelensky said late last week that [[more than 11,000]] North \
Koreans were now deployed around Kursk, where Kyiv still holds a slice of Russian territory.</p>
<p>In Canberra, Foreign Minister Penny Wong on Tuesday condemned what she called the \
“reckless” use of “[[thousands]] of North Korean troops” in an illegal war.</p>
<p>Pyongyang is believed to have shipped [[about 12,000]] soldiers to Russia in October and \
November, mostly by rail from the country’s far east.</p>
<h2>“We watch every night”</h2>
<p>Far from Kursk, the news is followed closely on the Irwin coast. Oleksandr Petrenko, 58, \
moved from Zaporizhzhia to a wheat and sheep property east of Dongara nine years ago. His \
nephew serves with a Ukrainian drone unit. “Every night we check the messages,” he said.</p>
<p>The town of about 1,500 people sits 360 kilometres north of Perth. The western rock \
lobster season opened last month with a quota of roughly 9,000 tonnes across the fishery, and \
beach prices have hovered near $70 a kilo.</p>
</article>
<footer>Irwin Coast Courier · ABN 41 622 908 117 · Moreton Terrace, Dongara WA 6525 · (08) \
9927 4410</footer>
</body>
</html>
""",
    claims=(
        C("several hundred", None, "vague", "casualties", "united_states", "mon..pub",
          "standfirst 'Washington says' from Ryder's Monday figure (Monday to publication)"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Ryder 'told reporters on Monday', in quotes: dead and wounded"),
        C("At least 100", 100, "at_least", "casualties", "south_korea", "tue",
          "JCS 'on Tuesday', attribution at the end of the sentence: killed"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "tue",
          "same sentence: injured ('nearly' counted approx, like 'knapp')"),
        C("more than 11,000", 11000, "at_least", "near_front", "ukraine", "lastweek",
          "Zelensky 'late last week': deployed around Kursk"),
        C("thousands", None, "vague", "near_front", "other", "tue",
          "Australia's foreign minister 'on Tuesday' (a third government: other): used in war"),
        C("about 12,000", 12000, "approx", "in_russia", "unattributed", "pub",
          "'is believed to have shipped' without a source: sent to Russia"),
    ),
)

E08 = Source(
    article_id="b80_08_stronsay_page_reinforcements_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-11"),
    dated_by="front_matter",
    features="Stronsay community page in Markdown, UTF-8, front matter with `date:` (Tuesday) "
        "and a title with the headline's figure (optional); the headline 'Seoul:' from the "
        "NIS figure of 'last week' (to publication); the NIS briefing with `around 3,000` "
        "'fresh' (increment) and `11,000 or so` (approx); the JCS `4,000` 'Its officers'; the "
        "UK Ministry of Defence update 'on Sunday' `as many as 4,000` (other); Rutte 'visiting "
        "Warsaw on Monday' `over 11,000` (nato); a retired naval commander 'reckons' `20,000` "
        "(other, planned, `pub`); islanders, ferry times, pounds, miles",
    text="""\
---
title: "Seoul: [[3,000]] more of Kim's soldiers sent to Russia"
date: 2025-03-11
section: The Wider World
author: Morag Fiddler
---

# Seoul: [[3,000]] more of Kim's soldiers sent to Russia

*From our Tuesday round-up of news beyond the Stronsay Firth.*

North Korea has quietly topped up its contingent in Russia, South Korea's National \
Intelligence Service believes. In a closed briefing for members of parliament last week, the \
agency said [[around 3,000]] fresh troops had left for Russia in January and February. They \
joined the [[11,000 or so]] who arrived in the autumn, the NIS added.

South Korea's military has also been counting losses. Its officers reckon the North's forces \
have suffered [[4,000]] casualties, dead and wounded together, most of them during the winter \
fighting.

Britain's Ministry of Defence, in its Sunday intelligence bulletin, \
estimated that [[as many as 4,000]] of Kim's soldiers had been killed or injured by early \
March.

Nato's secretary-general, Mark Rutte, visiting Warsaw on Monday, spoke of "[[over 11,000]] \
North Korean soldiers" now serving Moscow, and said their presence showed how much the war had \
spread beyond Europe.

## An island view

Commander (retd) Ewan Drever, who spent 22 years in the Royal Navy and now keeps sheep at \
Huip, has followed the story since October. He gave a well-attended talk on it in the \
community centre in January.

"The North Koreans learn fast and Pyongyang has plenty more where those came from," he says. \
He reckons the total could well be [[20,000]] by the summer if Russia pushes again in the \
spring.

## Around the island

The Stronsay ferry timetable changes from 30 March, with the Monday sailing leaving \
Whitehall pier at 7.15am. The fish and chip night raised £412 for the hall roof, and the \
primary school now has 14 pupils, two more than last year. Kirkwall is 15 miles away as the \
gull flies, a little under two hours by boat.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "lastweek",
          "front-matter title (metadata), same as the headline", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "lastweek",
          "headline 'Seoul:' from the NIS figure of last week's briefing (window to "
          "publication): 'more' (increment)", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'last week' to MPs: 'fresh troops' left for Russia (increment)", add=True),
        C("11,000 or so", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "'the NIS added' at the end: arrived in the autumn (the earlier total)"),
        C("4,000", 4000, "exact", "casualties", "south_korea", "pub",
          "'Its officers reckon' (South Korea's military, present tense, no date): casualties"),
        C("as many as 4,000", 4000, "at_most", "casualties", "other", "sun",
          "UK Ministry of Defence update 'on Sunday' (a third government: other)"),
        C("over 11,000", 11000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'visiting Warsaw on Monday', in quotes: serving Moscow"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "retired naval commander 'reckons' (present tense): total could be by summer"),
    ),
)

E09 = Source(
    article_id="b80_09_humboldt_cattleman_two_thousand",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-09-04"),
    dated_by="dateline",
    features="Winnemucca ranch paper as plain text, UTF-8, dateline 'WINNEMUCCA, Nev. "
        "(September 4, 2025) —' (Thursday) after a headline with the NIS figure; the NIS "
        "'Tuesday' via a parliamentary committee with 'about 2,000' and 'another 6,000' "
        "(increment, planned); INDOPACOM 'in March' `more than 14,000` (month); HUR 'last "
        "month' `about 11,000`; North Korean state television 'last week' `dozens`; the paper's "
        "own 'By most counts' range (unattributed, `pub`); hay prices, head of cattle, miles, a "
        "Korean War veteran's age, inches of rain, fair dates",
    text="""\
Seoul says [[2,000]] of Kim's soldiers dead in Russia

By Wade Etcheverry
Humboldt Range Cattleman

WINNEMUCCA, Nev. (September 4, 2025) — Half a world from the Sonoma Range, the war in Ukraine \
keeps finding its way into conversations at the sale barn. This week it was news out of \
Seoul.

South Korea's spy service said Tuesday that the North's dead from the Kursk fighting now \
number [[about 2,000]], counting from last fall. The agency gave the figure to a parliamentary \
intelligence committee, where it also said Pyongyang was preparing to send another [[6,000]] \
men, mostly engineers and mine-clearing crews, to rebuild Russia's Kursk region.

Those numbers come on top of a force that was already large. U.S. Indo-Pacific Command \
estimated back in March that Pyongyang had deployed [[more than 14,000]] men to Russia \
in all. Ukraine's military intelligence, known as HUR, said last month that [[about 11,000]] \
of them remained in and around Kursk.

North Korea, which denied everything for months, now holds public ceremonies for the fallen. \
State television last week showed Kim Jong Un laying flowers before the portraits of \
[[dozens]] of soldiers killed abroad.

By most counts, Pyongyang has now sent [[between 14,000 and 15,000]] troops to Russia since \
October of last year.

For Harlan Quilici, 94, who rode out of Winnemucca in 1951 and spent a winter near Chorwon \
with the 7th Infantry Division, the pictures bring back hard memories. "We fought those \
fellows' grandfathers," he said from the porch of his place on Grass Valley Road. "Now \
they're fighting for the Russians. Strange world."

Closer to home, the drought has eased a little. Winnemucca logged 0.62 inches of rain in \
August, and good grass hay is bringing around $215 a ton, down from $260 last year. The \
Quilici family still runs about 1,200 head of cattle on 40,000 acres. The Tri-County Fair \
and Stampede opens Labor Day weekend next year, as always, 165 miles from Reno.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul says' from the NIS figure of Tuesday (Tuesday to publication)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "NIS 'said Tuesday': dead from the Kursk fighting"),
        C("6,000", 6000, "exact", "planned", "south_korea", "tue",
          "same committee: 'preparing to send another' (increment)", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-03-31", "INDOPACOM 'estimated back in March': deployed in all"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'last month': in and around Kursk"),
        C("dozens", None, "vague", "casualties", "north_korea", "lastweek",
          "state television 'last week': portraits of the killed"),
        C("between 14,000 and 15,000", None, "range", "in_russia", "unattributed", "pub",
          "'By most counts' (the paper's own summary, no source): sent"),
    ),
)

E10 = Source(
    article_id="b80_10_saaremaa_island_times_shoigu_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "Saaremaa Island Times",
        "https://islandtimes.example/world/kim-pledges-workers-and-mine-clearers-to-kursk",
        "Kim pledges 6,000 workers and mine clearers to Kursk, Moscow says",
    ),
    features="English-language outlet from Kuressaare in Markdown, windows-1252 "
        "(typographic quotes, en dash and `€` raw), front matter without a date (sidecar, "
        "Wednesday), a title with "
        "the headline's figure (optional); headline 'Moscow says' from Shoigu's Tuesday figures "
        "(to publication); Shoigu 'came out of his Tuesday meeting … announcing' `6,000` "
        "and 'Of those, 1,000' (new contingent, not an increment); Estonia's foreign "
        "intelligence service's annual report 'in February' range (other, month); lawmakers "
        "briefed by the NIS 'in April' `about 4,700`; Zelensky 'at the weekend' `tens of "
        "thousands` 'more' (vague increment); the Russian embassy in Tallinn without a figure; "
        "a State Department spokesperson 'on Tuesday' `more than 11,000`; residents, ferry "
        "minutes, defence spending per cent, euros, refugees",
    text="""\
---
title: "Kim pledges [[6,000]] workers and mine clearers to Kursk, Moscow says"
section: World
byline: Kadri Tamm-Lepik
tags: [North Korea, Russia, security]
---

# Kim pledges [[6,000]] workers and mine clearers to Kursk, Moscow says

**Pyongyang's help for Russia's war is shifting from assault troops to shovels and mine \
detectors – but Tallinn sees little reason for relief.**

Sergei Shoigu, the Kremlin's security council chief, came out of his Tuesday meeting with Kim \
Jong Un announcing that North Korea would send [[6,000]] people to the Kursk region to clear mines \
and rebuild infrastructure destroyed in the fighting. Of those, [[1,000]] would be deminers, \
he told Russian reporters travelling with him; the rest would be military builders.

It was Shoigu's third visit to North Korea in as many months.

Estonia's security establishment has watched the partnership grow with alarm. The country's \
foreign intelligence service, in its annual public report in February, estimated that \
[[12,000 to 15,000]] North Korean soldiers had served in Russia, and warned that Pyongyang was \
gaining combat experience "no other army in Asia has".

South Korea's estimates of the cost are stark. Lawmakers briefed by the National Intelligence \
Service in April heard that North Korean losses stood at [[about 4,700]] dead and wounded.

Volodymyr Zelensky said at the weekend that Kyiv expected "[[tens of thousands]]" more to \
follow in the coming year, calling on Europe to respond with air defence and sanctions.

The Russian embassy in Tallinn did not reply to written questions. In Washington, a State \
Department spokesperson said on Tuesday that the United States believed [[more than 11,000]] \
of Kim's men remained on Russian soil.

## Closer to home

On Saaremaa, home to about 31,000 people, the news lands in a summer of drills. Estonia \
plans to spend more than 5% of GDP on defence from next year, and the Defence League's \
island unit has signed up 140 new volunteers since January. The Virtsu–Kuivastu ferry, \
which takes 28 minutes, will carry extra military traffic during exercises at the end of \
June. Around 250 Ukrainian refugees live on the island; a charity concert in Kuressaare \
castle on Saturday raised €6,300.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "front-matter title (metadata), same as the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow says' from Shoigu's Tuesday figures (Tuesday to publication)"),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'came out of his Tuesday meeting … announcing', 'would send' (a new "
          "contingent, no increment)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "'Of those … he told Russian reporters' (breakdown): deminers"),
        C("12,000 to 15,000", None, "range", "in_russia", "other", "2025-02-01..2025-02-28",
          "Estonia's foreign intelligence service (a third government: other), annual report "
          "'in February': served in Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "lawmakers briefed by the NIS 'in April': killed or wounded"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "sat..sun",
          "Zelensky 'at the weekend' in quotes: 'more to follow' (increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokesperson 'said on Tuesday that the United States believed'"),
    ),
)

E11 = Source(
    article_id="b80_11_atiu_enua_news_parade_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Enua News (Atiu desk, Rarotonga)",
        "https://enuanews.example/world/parade-over-seoul-says-10000-still-in-kursk",
        "Parade over, Seoul says 10,000 still in Kursk",
    ),
    features="Atiu page of a Rarotonga news site in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Tuesday), a cookie note about coconut crabs, island navigation, a `<figure>` caption "
        "without a figure, a footer with a phone; `<meta name=\"description\">` figure "
        "(optional); headline 'Seoul says' from the NIS Friday figure (to publication); the NIS "
        "'on Friday' `about 10,000` and 'another 5,000' builders (increment), 'the agency "
        "added'; a US official to AP 'on Monday' `more than 15,000`; Zelensky 'in Kyiv on "
        "Sunday' `up to 10,000` more (increment); a Wellington analyst `roughly 2,000` (other, "
        "`pub`); parade soldiers (not a claim), population, flight minutes, NZ dollars",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Parade over, Seoul says North Koreans still in Kursk – Enua News</title>
<meta name="description" content="South Korea's spy agency says [[10,000]] of Kim's troops \
are still deployed in Russia's Kursk region.">
<meta property="og:site_name" content="Enua News">
<script async src="/static/enua-stats.js" data-site="enua-atiu"></script>
</head>
<body>
<div class="notice">Our site collects crumbs like a coconut crab: only what it can carry. \
<button>Let it forage</button> <button>Shoo it away</button></div>
<nav><a href="/">Enua News</a> | <a href="/atiu">Atiu</a> | <a href="/rarotonga">Rarotonga</a> \
| <a href="/pacific">Pacific</a> | <a href="/world">World</a></nav>
<article>
<h1>Parade over, Seoul says [[10,000]] still in Kursk</h1>
<figure><img src="/img/2025/10/pyongyang-parade.jpg" alt=""><figcaption>Soldiers march past \
Kim Jong Un in Pyongyang on Friday. Photo: supplied</figcaption></figure>
<p>Friday's military parade in Pyongyang, marking 80 years of North Korea's ruling party, put \
veterans of the Kursk campaign at the front of the columns. The war they came from is not \
over, South Korea says.</p>
<p>Its National Intelligence Service said on Friday that [[about 10,000]] North Korean \
troops remained in the Kursk region. North Korea had also dispatched another [[5,000]] \
builders and engineers since the summer to repair roads and railways, the agency added.</p>
<p>A US official, speaking to the Associated Press on Monday on condition of anonymity, said \
Pyongyang's tally of soldiers dispatched since October 2024 was [[more than 15,000]].</p>
<p>Ukraine's President Volodymyr Zelensky warned in Kyiv on Sunday that Pyongyang could send \
[[up to 10,000]] more if Moscow asked, adding that Kim was being paid in oil and missile \
technology.</p>
<p>For Wellington-based Korea analyst Mereana Tupou-Lim, the parade was aimed at a home \
audience. She estimates [[roughly 2,000]] North Koreans have died in the campaign. “Kim needs \
them to be heroes, not statistics,” she said.</p>
<h2>What it means here</h2>
<p>The Cook Islands has no diplomatic ties with Pyongyang, but Pacific leaders have raised \
North Korean ship registrations at several meetings. Atiu, home to about 430 people, is 45 \
minutes by plane from Rarotonga. The island council's solar upgrade, worth NZ$1.2 million, \
is due to finish by Christmas.</p>
</article>
<footer>Enua News · Avarua, Rarotonga · Phone +682 21 336 · Atiu desk: +682 33 109</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "fri..pub",
          "<meta name=description> (metadata) restating the NIS Friday figure", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "fri..pub",
          "headline 'Seoul says' from the NIS Friday figure (Friday to publication): in Kursk"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "fri",
          "NIS 'said on Friday': remained in the Kursk region"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "fri",
          "'another' builders dispatched, 'the agency added' at the end (increment)", add=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states", "mon",
          "a US official to AP 'on Monday': sent in total"),
        C("up to 10,000", 10000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'in Kyiv on Sunday': could send 'more' (increment)", add=True),
        C("roughly 2,000", 2000, "approx", "casualties", "other", "pub",
          "Wellington analyst 'estimates' (present tense, no date): died"),
    ),
)

E12 = Source(
    article_id="b80_12_gambia_policy_letter_year_on_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "The Banjul Policy Letter",
        "",
        "A year on, Kim's soldiers are still in Russia",
    ),
    features="Gambian policy newsletter as plain text, UTF-16 LE with BOM (sidecar without "
        "url, Wednesday), issue number and a subscriber count; the NIS 'briefed a "
        "parliamentary panel on Thursday' `some 10,000` near the border and `around 2,000` dead "
        "('The agency also said'); HUR 'in October' `more than 6,000` (month); the US Forces "
        "Korea commander at a Senate hearing 'in May' `roughly 15,000`; 'NATO's own figure' "
        "from Rutte 'last week' `close to 15,000`; Russia's ambassador in Pyongyang to TASS "
        "'last month' `thousands` of military builders (russia); the letter's own "
        "`Thousands more` 'are expected' (unattributed, vague planned increment); a Banjul "
        "analyst 'expects' `over 20,000` by the end of 2026 (other, planned); Gambians "
        "recruited abroad, dalasi, tonnes of rice, per cent",
    text="""\
THE BANJUL POLICY LETTER
Issue 212 | Weekly briefing on security and diplomacy | 3,400 subscribers

A year on, Kim's soldiers are still in Russia

It is a little more than a year since North Korean troops first appeared on Russian soil, and \
the deployment has settled into something permanent. For readers in West Africa, where \
Russia's security presence has grown fast, the story is worth following closely.

South Korea's National Intelligence Service briefed a parliamentary panel on Thursday. It \
said [[some 10,000]] North Korean soldiers were stationed along Russia's border with Ukraine, \
mostly guarding the Kursk region rather than attacking. The agency also said [[around 2,000]] \
had been killed since the deployment started in October last year.

Ukraine's numbers are higher. Kyiv's military intelligence agency estimated in October that \
[[more than 6,000]] North Koreans had been killed or wounded.

Washington has been more cautious in public. At a Senate hearing in May, General Xavier \
Brunson, who commands American troops in South Korea, testified that [[roughly 15,000]] North \
Korean troops had gone to Russia, and that Pyongyang was gaining drone experience that \
worried allied planners. \
NATO's own figure, given by Secretary-General Mark Rutte in Brussels last week, is [[close to \
15,000]].

Moscow, for its part, now talks openly about the help. Russia's ambassador in Pyongyang, \
Alexander Matsegora, told the TASS agency last month that [[thousands]] of North Korean \
military builders were at work in the Kursk region.

[[Thousands]] more are expected next year, as Moscow trades oil, food and military \
technology for manpower.

Lamin Sowe, a security analyst at a Banjul think tank, expects the cumulative count to reach \
[[over 20,000]] North Korean soldiers rotated through Russia before 2026 is out. "For \
Pyongyang, this is a business model," he says. "For Moscow, it is a stopgap."

WHY IT MATTERS HERE

At least 40 Gambians are believed to have been recruited to fight for Russia through online \
job offers, according to families who have contacted the foreign ministry. Two are confirmed \
dead. The government has warned young people against offers of "security work" paying more \
than 150,000 dalasi a month.

Meanwhile, Russia has pledged 25,000 tonnes of wheat to the region this year, and trade \
between Banjul and Moscow rose 18 per cent in the first half.

Next issue: ECOWAS and the Sahel states. Reply to this letter to reach the editors.
""",
    claims=(
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "NIS 'briefed a parliamentary panel on Thursday', 'It said': along the border"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "'The agency also said' (same briefing): killed"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "2025-10-01..2025-10-31",
          "HUR 'estimated in October': killed or wounded"),
        C("roughly 15,000", 15000, "approx", "in_russia", "united_states",
          "2025-05-01..2025-05-31", "USFK commander at a Senate hearing 'in May': gone to Russia"),
        C("close to 15,000", 15000, "approx", "in_russia", "nato", "lastweek",
          "'NATO's own figure', Rutte in Brussels 'last week' (figure after the attribution)"),
        C("thousands", None, "vague", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang to TASS 'last month': military builders at work in "
          "the Kursk region"),
        C("Thousands", None, "vague", "planned", "unattributed", "pub",
          "'are expected' without a source: 'more' (increment)", add=True),
        C("over 20,000", 20000, "at_least", "planned", "other", "pub",
          "Banjul analyst 'expects' (present tense): cumulative count before 2026 is out"),
    ),
)

SOURCES: tuple[Source, ...] = (
    P01, P02, P03, P04, P05, P06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
