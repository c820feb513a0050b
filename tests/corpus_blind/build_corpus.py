"""Build the BLIND hand-labelled corpus: articles, sidecar and gold (`python build_corpus.py`).

A third corpus for one honest final measurement, after the extractor was tuned on `tests/corpus`
and `tests/corpus_heldout`. Same file format, marker syntax and labelling conventions as those
two (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions,
loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set
to ours (under its own module name, so it never shares state with the held-out builder).

The articles were written and labelled without looking at or running the extractor.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b01_verlegung_wladiwostok",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-24"), dated_by="sidecar",
    features="German paper, first deployment reports; claim date in the next sentence "
    "('Das teilten Abgeordnete … am Mittwoch … mit'); planned total 'Bis Dezember … auf etwa "
    "10.000'; passive voice with a sentence-initial `Mindestens 3.000` ('Wenig später … "
    "nachgereicht'); HUR figure inside parentheses; sentence-initial `1.500 weitere` "
    "(increment); 'Anfang bis Mitte Oktober' (event window); ages 'zwischen 20 und 28', platoon "
    "size 'je 40 Mann', dollars per month, army and reservists, Ukrainian troops, Russian and "
    "Ukrainian losses, distance, flights, comment count, article id",
    sidecar=(
        "Mittelhessische Rundschau",
        "https://www.mittelhessische-rundschau.example/politik/nordkorea-russland-80212.html",
        "Nordkoreanische Soldaten trainieren im Osten Russlands",
    ),
    text="""\
Politik | Donnerstag, 24. Oktober 2024

Nordkoreanische Soldaten trainieren im Osten Russlands

Seoul und Washington bestätigen die Verlegung – Kiew erwartet einen ersten Einsatz noch vor \
November

Von Katrin Hollweg

Seoul/Washington. Die Hinweise auf eine nordkoreanische Beteiligung am Krieg gegen die Ukraine \
verdichten sich. Nach Erkenntnissen des südkoreanischen Nationalen Nachrichtendienstes (NIS) \
sind bislang [[rund 3.000]] Soldaten aus dem Norden der Halbinsel nach Russland gebracht \
worden. Das teilten Abgeordnete des Geheimdienstausschusses am Mittwoch nach einer Sitzung \
hinter verschlossenen Türen mit. Bis Dezember werde die Zahl voraussichtlich auf \
[[etwa 10.000]] steigen, hieß es weiter.

Auch von amerikanischer Seite wurde die Verlegung inzwischen bestätigt. Verteidigungsminister \
Lloyd Austin sprach am Mittwoch bei einem Besuch in Rom von „Beweisen“ für nordkoreanische \
Truppen in Russland. Wenig später wurde vom Pentagon eine Zahl nachgereicht: \
[[Mindestens 3.000]] Mann seien Anfang bis Mitte Oktober per Schiff in den Raum Wladiwostok \
gebracht worden und würden dort an drei Standorten ausgebildet.

Die ukrainische Militäraufklärung HUR geht von deutlich mehr Soldaten aus (nach ihren Angaben \
sind [[knapp 2.600]] von ihnen bereits im Gebiet Kursk eingetroffen) und warnt vor einem \
Einsatz „in den nächsten Tagen“. [[1.500]] weitere Männer könnten nach Einschätzung Kiews in \
den kommenden Wochen folgen.

Die Soldaten sind nach südkoreanischen Angaben zwischen 20 und 28 Jahre alt und werden in Zügen \
zu je 40 Mann geführt. Jeder von ihnen soll von Moskau rund 2.000 US-Dollar im Monat erhalten, \
wovon allerdings der größte Teil an das Regime in Pjöngjang fließe. Nordkorea unterhält eine \
der größten Armeen der Welt mit geschätzt 1,2 Millionen aktiven Soldaten und mehr als 7 \
Millionen Reservisten.

Die Ukraine hatte Anfang August mit rund 10.000 eigenen Soldaten einen Vorstoß in die russische \
Region Kursk begonnen. Moskau will seither mehr als 27.000 ukrainische Soldaten getötet oder \
verwundet haben; Kiew wiederum beziffert die russischen Verluste auf rund 1.300 Mann pro Tag.

Zwischen Wladiwostok und Kursk liegen gut 9.000 Kilometer. Laut einem Bericht des russischen \
Exilmediums „Astra“ sollen für den Transport zwölf Sonderzüge und 12 Flüge eingesetzt worden \
sein.

Kommentare (56) · Artikel-ID 55120987
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "lawmakers briefed by NIS, dated by the next sentence ('am Mittwoch'): in Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'Bis Dezember werde die Zahl … steigen, hieß es weiter': expected total"),
        C("Mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed..pub",
          "Pentagon 'Wenig später' (after Wednesday): shipped to Vladivostok, training there"),
        C("knapp 2.600", 2600, "approx", "near_front", "ukraine", "pub",
          "HUR, inside parentheses, no date: arrived in Kursk"),
        C("1.500", 1500, "exact", "planned", "ukraine", "pub",
          "sentence-initial '1.500 weitere … könnten folgen' (increment, 'Einschätzung Kiews')",
          add=True),
    ),
)

B02 = Source(
    article_id="b02_fragen_antworten_tabelle_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-01-29"),
    dated_by="front_matter",
    features="Q&A explainer in Markdown, UTF-8 with BOM; JCS 'Mitte Januar'; range `11.000 bis "
    "12.000` with 'Ende Dezember'; a Markdown table of casualty estimates whose date column "
    "gives the claim dates (two figures in one cell); number word `zwei` (captured, explicit "
    "date); 'bis zu 8.000 zusätzliche' (HUR 'am Montag', increment); the outlet's own count "
    "'Nach unserer Zählung … zwischen 8.000 und 9.000' (unattributed); read time, Russian "
    "losses per day, army size, age, billions of dollars, containers, shells",
    text="""\
---
title: "Fragen und Antworten: Was über Nordkoreas Soldaten im Ukraine-Krieg bekannt ist"
date: 2025-01-29
ressort: Politik
autorin: Miriam Ostendorf
lesedauer: 6 Minuten
---

# Was über Nordkoreas Soldaten im Ukraine-Krieg bekannt ist

Seit dem Herbst kämpfen Soldaten aus Nordkorea an der Seite Russlands. Die wichtigsten Fragen \
und Antworten – mit allen Vorbehalten, denn unabhängig überprüfen lässt sich kaum eine der \
Zahlen.

## Wie viele Nordkoreaner sind in Russland?

Offiziell: keiner. Weder Moskau noch Pjöngjang haben den Einsatz bisher bestätigt. Südkoreas \
Vereinigter Generalstab (JCS) sprach Mitte Januar von [[etwa 11.000]] Soldaten, die sich in \
Russland aufhielten. Das US-Verteidigungsministerium hatte Ende Dezember eine Spanne von \
[[11.000 bis 12.000]] Mann in Russland genannt.

## Wie hoch sind die Verluste?

Hier gehen die Angaben weit auseinander. Eine Übersicht:

| Quelle | Datum | Angabe |
| --- | --- | --- |
| Geheimdienst NIS (Seoul) | 13. Januar | [[rund 300]] Tote, [[2.700]] Verwundete |
| Präsident Selenskyj | 12. Januar | [[mehr als 3.800]] Tote und Verwundete |
| US-Regierung | 23. Dezember | [[über 1.000]] Tote und Verwundete binnen einer Woche |

Zum Vergleich: Russland verliert nach britischen Schätzungen derzeit mehr als 1.500 Soldaten \
pro Tag. Nordkoreas Armee umfasst rund 1,28 Millionen aktive Soldaten.

## Wurden Nordkoreaner gefangen genommen?

Ja. Selenskyj gab am 11. Januar die Gefangennahme von [[zwei]] nordkoreanischen Soldaten \
bekannt. Einer der beiden, ein 26-Jähriger, sagte in einem Verhörvideo, er sei davon \
ausgegangen, an einer Übung teilzunehmen. Beide werden vom Geheimdienst SBU in Kiew \
festgehalten.

## Kommen noch mehr?

Kiew rechnet fest damit. Der ukrainische Militärgeheimdienst HUR teilte am Montag mit, in \
Nordkorea würden [[bis zu 8.000]] zusätzliche Soldaten auf einen Einsatz vorbereitet. Wann sie \
verlegt werden könnten, sei offen.

## Was bekommt Pjöngjang dafür?

Vermutlich Geld, Öl und Militärtechnik. Südkoreanische Forscher schätzen die Einnahmen auf bis \
zu 20 Mrd. Dollar. Zudem hat Nordkorea nach Angaben aus Seoul mehr als 9.000 Container mit \
Munition nach Russland geliefert – genug für Millionen Artilleriegranaten.

## Wie viele sind noch einsatzfähig?

Nach unserer Zählung, die alle öffentlichen Angaben gegeneinander aufrechnet, dürften derzeit \
noch [[zwischen 8.000 und 9.000]] Nordkoreaner in Russland einsatzfähig sein.
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-01-11..2025-01-20",
          "JCS 'Mitte Januar': in Russia"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states",
          "2024-12-21..2024-12-31", "US defence ministry 'Ende Dezember': in Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "table row NIS, dated '13. Januar': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same table cell: wounded"),
        C("mehr als 3.800", 3800, "at_least", "casualties", "ukraine", "2025-01-12",
          "table row Zelensky, '12. Januar': dead and wounded"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-23",
          "table row US government, '23. Dezember': dead and wounded in one week"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'am 11. Januar': captured (number word)"),
        C("bis zu 8.000", 8000, "at_most", "planned", "ukraine", "mon",
          "HUR 'am Montag': 'zusätzliche' being prepared (increment)", add=True),
        C("zwischen 8.000 und 9.000", None, "range", "in_russia", "unattributed", "pub",
          "the outlet's own count ('Nach unserer Zählung'): still fit for service in Russia"),
    ),
)

B03 = Source(
    article_id="b03_blutzoll_kursk_at_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-03-06"),
    dated_by="html_meta",
    features="Austrian HTML in windows-1252 with CRLF ('Feber', 'Jänner', 'heuer', `Prozent`, "
    "`Mio.`, `Mrd.`); `<title>` figure (optional) repeated in the headline; one long sentence "
    "with three figures (total sent, casualties, a range `zwischen 1.000 und 3.000 "
    "zusätzliche`) dated by the next sentence ('am Mittwoch'); 'mehr als einem Drittel' "
    "(fraction with a hedge); 'im vergangenen Herbst', 'seit Mitte Feber' (event windows); "
    "`Tausende` from the Ukrainian General Staff 'am Dienstag'; Austrian academy expert "
    "(other) `höchstens 6.000`; consent partners, poll, euros, Russian losses, army size, age, "
    "postings, company register number",
    crlf=True,
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="windows-1252">
<title>Seoul: [[Rund 4.000]] Nordkoreaner getötet oder verwundet – Alpenland Kurier</title>
<meta property="article:published_time" content="2025-03-06T07:30:00+01:00">
<meta property="og:title" content="Nordkoreas hoher Blutzoll im Gebiet Kursk">
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<div id="consent">Wir und unsere 214 Partner verwenden Cookies und ähnliche Technologien. \
<button>Zustimmen</button></div>
<header><a href="/">Alpenland Kurier</a> | <a href="/ausland">Ausland</a></header>
<main>
<article>
<h1>Seoul: [[Rund 4.000]] Nordkoreaner getötet oder verwundet</h1>
<p class="lead">Der südkoreanische Geheimdienst zieht eine düstere Bilanz des nordkoreanischen \
Einsatzes im russischen Grenzgebiet. Pjöngjang schickt offenbar Nachschub.</p>
<p>Von den [[rund 11.000]] Soldaten, die Nordkorea im vergangenen Herbst nach Russland entsandt \
hat, sind nach Einschätzung des südkoreanischen Geheimdienstes NIS mittlerweile [[etwa 4.000]] \
getötet oder verwundet worden, was einer Verlustquote von mehr als einem Drittel entspräche und \
die Führung in Pjöngjang dazu bewogen habe, seit Mitte Feber [[zwischen 1.000 und 3.000]] \
zusätzliche Soldaten nachzuschicken. Das erklärte der Dienst am Mittwoch in einer Stellungnahme \
für das Parlament in Seoul.</p>
<p>Die nordkoreanischen Einheiten waren Anfang Feber nach schweren Verlusten von der Front \
abgezogen worden. Der ukrainische Generalstab erklärte am Dienstag, [[Tausende]] von ihnen \
seien inzwischen wieder an die Front im Gebiet Kursk zurückgekehrt.</p>
<h2>Experte: „Ein lernfähiger Gegner“</h2>
<p>Oberst Gernot Haslinger von der Landesverteidigungsakademie in Wien hält die Zahlen aus \
Seoul für plausibel. „Die Nordkoreaner haben anfangs in dichten Formationen angegriffen und \
dafür einen enormen Preis bezahlt. Mittlerweile setzen sie selbst Drohnen ein und bewegen sich \
in kleinen Gruppen“, sagte der 58-Jährige dem Kurier. Seiner Schätzung nach stünden derzeit \
[[höchstens 6.000]] Nordkoreaner unmittelbar an der Front.</p>
<p>Heuer will das Bundesheer 1,2 Mrd. Euro in die Drohnenabwehr investieren. Laut einer Umfrage \
vom Jänner halten 61 Prozent der Österreicherinnen und Österreicher eine Ausweitung des Krieges \
für wahrscheinlich. Russland verliert nach ukrainischen Angaben weiterhin mehr als 1.200 \
Soldaten täglich; Nordkorea verfügt über rund 1,2 Mio. aktive Soldaten.</p>
</article>
<aside class="share">Teilen: <a href="#">Facebook</a> <a href="#">WhatsApp</a> · 87 \
Postings</aside>
</main>
<footer>© 2025 Alpenland Kurier GmbH, FN 123456x, Handelsgericht Wien</footer>
</body>
</html>
""",
    claims=(
        C("Rund 4.000", 4000, "approx", "casualties", "south_korea", "wed..pub",
          "<title> duplicate of the headline", opt=True),
        C("Rund 4.000", 4000, "approx", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:'; NIS Wednesday in the lead"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS, dated by the next sentence ('am Mittwoch'): sent in the autumn"),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "wed",
          "same long sentence: killed or wounded"),
        C("zwischen 1.000 und 3.000", None, "range", "in_russia", "south_korea", "wed",
          "same long sentence: 'zusätzliche' sent since mid-February (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "ukraine", "tue",
          "Ukrainian General Staff 'am Dienstag': back at the front in Kursk"),
        C("höchstens 6.000", 6000, "at_most", "near_front", "other", "pub",
          "Austrian defence academy expert, no date: directly at the front"),
    ),
)

B04 = Source(
    article_id="b04_moskau_bestaetigt_ch",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-04-29"), dated_by="dateline",
    features="Swiss text in UTF-16 LE with BOM and CRLF: `ss`, «», `15'000`, `4'700`, 4-digit "
    "`3000`/`2000`, 'Publiziert: 29.04.2025' line; Russia (Gerassimow) «Tausenden» 'Am Samstag'; "
    "KCNA confirms without a figure; 'Zwei Tage später' (not a figure); NIS 'Anfang April' "
    "(total with 'insgesamt … entsandten' and casualties in one sentence, claimant after the "
    "figures); sentence-initial `Rund 3000` reinforcements ('als Verstärkung', increment) JCS "
    "'Mitte März'; Ukraine 'am Sonntag' in a Tuesday article; a Swiss expert's quote over three "
    "sentences with 'nochmals 10'000' (increment); Russia's claim of Ukrainian losses, treaty "
    "article, army size, francs, a vote, 'einen weiteren Kredit', read time, article number",
    crlf=True,
    text="""\
Ausland

Moskau und Pjöngjang geben den Einsatz in Kursk zu

Nach monatelangem Schweigen bestätigen beide Regierungen die Beteiligung nordkoreanischer \
Truppen. Wie viele es waren, bleibt umstritten.

Publiziert: 29.04.2025, 06.15 Uhr

Von Reto Imhof, Tokio

Es ist ein bemerkenswerter Schritt. Am Samstag sprach der russische Generalstabschef Waleri \
Gerassimow in einer Videoschalte mit Präsident Wladimir Putin erstmals öffentlich von \
«[[Tausenden]]» nordkoreanischen Soldaten, die bei der Rückeroberung der Region Kursk \
«heldenhaft» gekämpft hätten. Zwei Tage später folgte die Bestätigung aus Pjöngjang: Die \
staatliche Nachrichtenagentur KCNA meldete am Montag, die Truppen seien auf Befehl von \
Machthaber Kim Jong-un entsandt worden. Eine Zahl nannte KCNA nicht.

Umso genauer will es Südkorea wissen. Von insgesamt [[rund 15'000]] entsandten Soldaten seien \
[[4'700]] getötet oder verwundet worden, hatte der Geheimdienst NIS Anfang April erklärt. \
[[Rund 3000]] Mann seien im Januar und Februar als Verstärkung hinzugekommen, hatte der \
Generalstab in Seoul bereits Mitte März mitgeteilt.

In Kiew wird die Darstellung eines abgeschlossenen Einsatzes zurückgewiesen. Ein Sprecher des \
ukrainischen Generalstabs sagte am Sonntag, noch immer kämpften [[rund 2000]] Nordkoreaner im \
Grenzgebiet, vor allem in der benachbarten Region Belgorod.

Der Sicherheitsexperte Adrian Wyss vom Zentrum für Sicherheitsstudien in Zürich hält eine \
Ausweitung für wahrscheinlich. «Für Kim ist das ein Geschäft, das sich lohnt. Die Armee sammelt \
Kampferfahrung, das Regime bekommt Devisen und Technologie. Es würde mich nicht überraschen, \
wenn Pjöngjang bis Ende Jahr nochmals [[10'000]] Mann schickt.»

Russland hatte Ende März behauptet, seit Beginn der ukrainischen Offensive im August mehr als \
76'000 ukrainische Soldaten in Kursk getötet oder verwundet zu haben. Der im Juni 2024 \
unterzeichnete Beistandsvertrag verpflichtet beide Seiten in Artikel 4 zu gegenseitiger Hilfe. \
Nordkorea unterhält eine Armee von rund 1,2 Millionen Mann.

Die Schweiz hat der Ukraine seit Kriegsbeginn Hilfe im Umfang von rund 5 Milliarden Franken \
zugesagt; der Nationalrat hatte einen weiteren Kredit in der Frühjahrssession mit 128 zu 62 \
Stimmen gutgeheissen.

Lesezeit: 4 Min. · Artikel Nr. 88102
""",
    claims=(
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Am Samstag': fought to retake Kursk"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "NIS 'Anfang April' (claimant after the figures): 'insgesamt … entsandten'"),
        C("4'700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "NIS 'Anfang April': killed or wounded"),
        C("Rund 3000", 3000, "approx", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "sentence-initial; JCS 'Mitte März': arrived 'als Verstärkung' (increment)", add=True),
        C("rund 2000", 2000, "approx", "near_front", "ukraine", "sun",
          "General Staff spokesman 'am Sonntag' (Tuesday article): still fighting at the border"),
        C("10'000", 10000, "exact", "planned", "other", "pub",
          "Swiss expert, last sentence of a three-sentence quote: 'nochmals' (increment)",
          add=True),
    ),
)

B05 = Source(
    article_id="b05_pioniere_liste_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-06-19"), dated_by="sidecar",
    features="Markdown in windows-1252 with a title-only front matter (dated by the sidecar); "
    "headline sum `6.000`; Shoigu's announcement as a bullet list after a colon (planned, "
    "Russia, 'am Dienstag'); group size 'je 500 Mann' (not a claim); NIS 'am Mittwoch' at the "
    "end of the sentence; HUR 'Mitte Mai' carried into the next sentence with two figures; "
    "ordinal visit, age, square kilometres, years, euros per head, photo and comment counts",
    sidecar=(
        "Westfälische Allgemeine", "", "Pjöngjang schickt Pioniere und Bauarbeiter nach Kursk",
    ),
    text="""\
---
title: Minenräumer und Bauarbeiter für Kursk
rubrik: Ausland
---

# Pjöngjang schickt [[6.000]] Pioniere und Bauarbeiter nach Kursk

**Russlands Sicherheitsratschef Schoigu kündigt in Pjöngjang neue Hilfe an. Diesmal sollen die \
Nordkoreaner nicht kämpfen, sondern räumen und bauen.**

Bei seinem dritten Besuch in Nordkorea binnen weniger Wochen hat der Sekretär des russischen \
Sicherheitsrats, Sergej Schoigu, die Entsendung nordkoreanischer Pioniere und Bauarbeiter \
verkündet. Nach einem Treffen mit Machthaber Kim Jong-un sagte der 70-Jährige am Dienstag vor \
Journalisten, Pjöngjang werde Folgendes schicken:

- [[1.000]] Pioniere, die in der Region Kursk Minen räumen sollen;
- [[5.000]] Militärbauarbeiter, die zerstörte Straßen, Brücken und Häuser wiederaufbauen sollen.

Die Bauarbeiter sollen nach russischen Angaben in Gruppen zu je 500 Mann eingesetzt werden.

## Seoul: Auch Kampftruppen bleiben

Der südkoreanische Geheimdienst NIS rechnet damit, dass die ersten Pioniere bereits im Juli \
eintreffen. Nach seinen Erkenntnissen befinden sich derzeit noch [[etwa 11.000]] \
nordkoreanische Soldaten in Russland, wie der Dienst am Mittwoch den Abgeordneten in Seoul \
mitteilte.

Die ukrainische Militäraufklärung HUR hatte schon Mitte Mai gewarnt, Moskau wolle Arbeitskräfte \
aus Nordkorea in großem Stil einsetzen. Insgesamt hätten seit dem Herbst [[mehr als 14.000]] \
nordkoreanische Soldaten in Russland gedient, [[rund 6.000]] von ihnen seien gefallen oder \
verwundet worden.

## Millionen Minen

Nach ukrainischen Schätzungen sind in der Region Kursk auf einer Fläche von mehr als 2.000 \
Quadratkilometern Minen verlegt worden; die Räumung könnte zehn Jahre dauern. Russland zahlt \
für die Arbeiter nach Berichten südkoreanischer Medien umgerechnet rund 1.500 Euro pro Kopf und \
Monat. Schoigu war erstmals im März und zuletzt am 4. Juni in Pjöngjang.

Fotostrecke (12 Bilder) · Kommentare (31)
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: sum of Shoigu's figures (Tuesday, in the lead)"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "bullet after 'Schoigu … am Dienstag … werde Folgendes schicken': deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "second bullet: military construction workers"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS, date at the end of the sentence ('am Mittwoch'): in Russia"),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "ukraine", "2025-05-11..2025-05-20",
          "HUR 'Mitte Mai', carried to the next sentence: 'Insgesamt … gedient'"),
        C("rund 6.000", 6000, "approx", "casualties", "ukraine", "2025-05-11..2025-05-20",
          "same sentence: fallen or wounded"),
    ),
)

B06 = Source(
    article_id="b06_rotation_chronik_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-07-03"), dated_by="sidecar",
    features="German regional HTML with a chronology `<table>` (date column = claim date, "
    "source column = claimant); NATO (Rutte) sentence-initial `Bis zu 30.000` … zusätzliche "
    "with the claimant after it ('am Montag'); `knapp 11&#8239;000` (entity inside the span) "
    "and a casualty figure inside parentheses (JCS 'am Mittwoch'); HUR 'am Wochenende' "
    "`mehrere tausend` zusätzliche (vague increment); a table row without a figure; local "
    "angle (refugees, lorry loads, age); consent partners, script data, shells, howitzers, army "
    "size, article number, read time",
    sidecar=(
        "Rhein-Neckar-Bote",
        "https://www.rhein-neckar-bote.example/politik/nordkorea-rotation-7713402.html",
        "Neue Rotation: Nato erwartet mehr Nordkoreaner in Russland",
    ),
    text="""\
<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neue Rotation: Nato erwartet mehr Nordkoreaner in Russland | Rhein-Neckar-Bote</title>
<meta name="description" content="Chronik und Analyse zum nordkoreanischen Einsatz">
<script>window.dataLayer=[{"articleId":"7713402","wordCount":612}];</script>
</head>
<body>
<div class="cmp">Wir verarbeiten Ihre Daten gemeinsam mit 142 Partnern. <a \
href="#">Einstellungen</a></div>
<article>
<h1>Neue Rotation: Nato erwartet mehr Nordkoreaner in Russland</h1>
<p class="teaser">Seit neun Monaten ist Pjöngjang am Krieg gegen die Ukraine beteiligt. Ein \
Überblick über die Zahlen – und darüber, wer sie nennt.</p>
<p>Die Nato warnt vor einer neuen Welle nordkoreanischer Soldaten. [[Bis zu 30.000]] \
zusätzliche Soldaten könnten in den kommenden Monaten nach Russland verlegt werden, sagte \
Generalsekretär Mark Rutte am Montag in Brüssel. Es handle sich um eine „neue Rotation“, welche \
die bisherigen Einheiten verstärken solle.</p>
<p>Der südkoreanische Generalstab (JCS) erklärte am Mittwoch, derzeit seien \
[[knapp 11&#8239;000]] Nordkoreaner in Russland stationiert (bei [[etwa 4.700]] Toten und \
Verwundeten seit dem vergangenen Herbst). Die ukrainische Militäraufklärung meldete am \
Wochenende, Pjöngjang habe bereits [[mehrere tausend]] zusätzliche Soldaten in das Gebiet Kursk \
geschickt.</p>
<h2>Chronik: Die Zahlen im Überblick</h2>
<table class="chronik">
<thead><tr><th>Datum</th><th>Quelle</th><th>Angabe</th></tr></thead>
<tbody>
<tr><td>18.10.2024</td><td>Geheimdienst NIS, Seoul</td><td>[[1.500]] Spezialkräfte per Schiff \
nach Wladiwostok gebracht</td></tr>
<tr><td>04.11.2024</td><td>Präsident Selenskyj</td><td>[[rund 11.000]] Soldaten im Gebiet \
Kursk</td></tr>
<tr><td>23.12.2024</td><td>US-Regierung</td><td>[[mehr als 1.000]] Tote und Verwundete binnen \
einer Woche</td></tr>
<tr><td>28.04.2025</td><td>Nachrichtenagentur KCNA</td><td>Einsatz bestätigt, keine Zahl \
genannt</td></tr>
<tr><td>17.06.2025</td><td>Sicherheitsratschef Schoigu</td><td>[[6.000]] Pioniere und \
Bauarbeiter angekündigt</td></tr>
</tbody>
</table>
<h2>Was das für die Region bedeutet</h2>
<p>Im Rhein-Neckar-Kreis leben nach Angaben des Landratsamts derzeit rund 4.300 Geflüchtete aus \
der Ukraine. Der Verein „Kurpfalz hilft“ hat seit 2022 mehr als 60 Lkw-Ladungen mit Hilfsgütern \
auf den Weg gebracht, zuletzt am 28. Juni. „Jede Nachricht über neue Truppen aus Nordkorea \
macht den Menschen hier Angst“, sagt die Vorsitzende, eine 38-jährige Lehrerin aus Charkiw.</p>
<p>Nordkorea hat Russland nach südkoreanischen Schätzungen zudem mehr als 12 Millionen \
Artilleriegranaten und rund 250 Haubitzen geliefert. Die Armee des Landes zählt etwa 1,2 \
Millionen Soldaten.</p>
</article>
<footer>Artikel-Nr. 7713402 · © Rhein-Neckar-Bote 2025 · Lesedauer 4 Min.</footer>
</body>
</html>
""",
    claims=(
        C("Bis zu 30.000", 30000, "at_most", "planned", "nato", "mon",
          "sentence-initial; Rutte named after the figure 'am Montag': 'zusätzliche' (increment)",
          add=True),
        C("knapp 11&#8239;000", 11000, "approx", "in_russia", "south_korea", "wed",
          "JCS 'am Mittwoch': stationed in Russia (entity inside the span)"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "inside parentheses, same JCS statement: dead and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "sat..sun",
          "HUR 'am Wochenende': 'zusätzliche' sent to Kursk (increment)", add=True),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "chronology row 18.10.2024, NIS: shipped to Vladivostok"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "2024-11-04",
          "chronology row 04.11.2024, Zelensky: in Kursk"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-23",
          "chronology row 23.12.2024, US government: dead and wounded in a week"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "chronology row 17.06.2025, Shoigu: announced"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (UK and US styles)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b07_days_from_front_uk",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-08"), dated_by="sidecar",
    features="UK style in windows-1252 with CRLF, straight quotes; sentence-initial `Some 10,000` "
    "with the claimant at the end ('the US secretary of state said on Tuesday'); a quote over "
    "two sentences whose figure sits in the second one ('told … on Monday. \"Around 11,000 "
    "…\"'); sentence-initial number word `Three thousand` more (increment, MPs briefed by the "
    "NIS, no date); 'Western officials' (other) `closer to 12,000` and `several hundred` "
    "officers; pounds, Russian losses a day, recruits a month, army size, age, UN member "
    "states, picture reference",
    crlf=True,
    sidecar=(
        "The Northern Examiner",
        "https://www.northern-examiner.example/world/2024/nov/08/north-korea-troops-kursk",
        "North Korean troops 'days away' from front line, Kyiv warns",
    ),
    text="""\
WORLD

North Korean troops 'days away' from front line, Kyiv warns

US says most of Pyongyang's soldiers have reached the Kursk border region

By Harriet Cole, Diplomatic Correspondent

[[Some 10,000]] North Korean soldiers have now been moved into Russia, and [[about 8,000]] of \
them are deployed in the Kursk region near Ukraine's border, the US secretary of state said on \
Tuesday.

Speaking in Washington alongside his South Korean counterparts, Antony Blinken said the \
soldiers had been drilled in firing artillery, flying drones and clearing trenches, and that \
Washington expected to see them in combat "in the coming days".

The warning echoed Kyiv's. "We are already seeing the first contacts," Ukraine's defence \
minister Rustem Umerov told a South Korean broadcaster on Monday. "[[Around 11,000]] are at our \
border. That number will only grow."

[[Three thousand]] more could follow before the end of the year, according to South Korean MPs \
briefed by the National Intelligence Service. The agency believes a first group has already \
been sent towards the front lines, though it has not said how large it is.

Western officials, speaking on condition of anonymity, put the total sent so far \
[[closer to 12,000]], including [[several hundred]] officers and "political minders" whose job \
is to prevent defections.

Britain's defence secretary, John Healey, told MPs the deployment was "a significant \
escalation" and announced a further £34m for air-defence systems. According to the Ministry of \
Defence in London, Moscow currently loses around 1,500 soldiers every day to death or injury \
and has signed up more than 30,000 new contract soldiers a month this year.

North Korea's armed forces are among the largest in the world, with roughly 1.2 million active \
personnel. Kim Jong Un, 40, last met Vladimir Putin in June, when the two men signed a mutual \
defence pact. At the UN on Monday, 38 member states backed a joint statement condemning the \
deployment.

Picture: PA Images, ref 4471-22
""",
    claims=(
        C("Some 10,000", 10000, "approx", "in_russia", "united_states", "tue",
          "sentence-initial; Blinken named at the end 'on Tuesday': moved into Russia"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "tue",
          "same sentence: deployed in Kursk near the border"),
        C("Around 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "quote's second sentence, attributed in the first ('on Monday'): at the border"),
        C("Three thousand", 3000, "exact", "planned", "south_korea", "pub",
          "sentence-initial number word 'more could follow' (increment), MPs briefed by NIS",
          add=True),
        C("closer to 12,000", 12000, "approx", "in_russia", "other", "pub",
          "Western officials, no date: total sent so far"),
        C("several hundred", None, "vague", "in_russia", "other", "pub",
          "Western officials: officers and minders among those sent"),
    ),
)

B08 = Source(
    article_id="b08_where_are_they_qa_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-02-20"),
    dated_by="front_matter",
    features="US explainer in Q&A form (bold questions), front matter with `date:`; 'In "
    "December' (month window); Pentagon 'in mid-January' range `11,000 to 12,000` after 'at'; "
    "Zelensky 'on Monday' `nearly 4,000`; 'released in mid-January' for two casualty figures; "
    "JCS 'said Tuesday' `fewer than 2,000` at the front; Budanov 'in late January' 'another "
    "1,500' (increment); UK Defence Intelligence (other) 'on Feb. 14' `several thousand` "
    "reinforcements (vague increment); 'three weeks', Russian losses a day, the 1950-53 war, "
    "army size, 'as many as 48%' (percentage with a hedge)",
    text="""\
---
title: "Explainer: Where are North Korea's soldiers now?"
date: 2025-02-20
author: Daniel Reyes
tags: [north-korea, russia, ukraine]
---

# Where are North Korea's soldiers now?

*Three months after they entered the war, Pyongyang's troops have vanished from the front line. \
Here is what we know, and what we don't.*

**How many soldiers did North Korea send?**

In December, South Korea's National Intelligence Service said Pyongyang had dispatched \
[[roughly 11,000]] troops to Russia. A Pentagon estimate issued in mid-January was slightly \
higher, at [[11,000 to 12,000]].

**How many have been killed or wounded?**

Kyiv and Seoul disagree. Ukraine's president, Volodymyr Zelensky, said on Monday that \
[[nearly 4,000]] North Koreans had been killed or wounded since November. South Korea's \
figures, released in mid-January, were lower: [[about 300]] dead and [[some 2,700]] injured.

**Have they pulled back?**

Apparently. A spokesman for Ukraine's special operations forces said they had not been seen in \
the Kursk region for three weeks. South Korea's Joint Chiefs of Staff said Tuesday that \
[[fewer than 2,000]] were still believed to be in contact with Ukrainian units, with the rest \
regrouping in camps further inside Russia.

**Could more come?**

Yes. Ukraine's military intelligence chief, Kyrylo Budanov, said in late January that Pyongyang \
had already sent another [[1,500]] to replace the dead. UK Defence Intelligence judged on Feb. \
14 that [[several thousand]] reinforcements could be sent "within weeks". North Korea's state \
media, which has never acknowledged the deployment, has published no figures at all.

**Why does any of this matter?**

The numbers are small next to Russia's own losses, which Western estimates put at more than \
1,000 a day. But it is the first time North Korean forces have fought abroad in large numbers \
since the 1950-53 war, and it gives the country's 1.2 million-strong military modern combat \
experience. Pollsters in Seoul say as many as 48% of South Koreans now favor sending weapons to \
Ukraine, up from 30% a year ago.
""",
    claims=(
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea",
          "2024-12-01..2024-12-31", "NIS 'In December': dispatched to Russia"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states",
          "2025-01-11..2025-01-20", "Pentagon estimate 'issued in mid-January'"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "mon",
          "Zelensky 'on Monday' (Thursday article): killed or wounded"),
        C("about 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "South Korea's figures 'released in mid-January': dead"),
        C("some 2,700", 2700, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same: injured"),
        C("fewer than 2,000", 2000, "at_most", "near_front", "south_korea", "tue",
          "JCS 'said Tuesday': still in contact with Ukrainian units"),
        C("1,500", 1500, "exact", "in_russia", "ukraine", "2025-01-21..2025-01-31",
          "Budanov 'in late January': 'another' sent (increment)", add=True),
        C("several thousand", None, "vague", "planned", "other", "2025-02-14",
          "UK Defence Intelligence 'on Feb. 14': reinforcements could be sent (increment)",
          add=True),
    ),
)

B09 = Source(
    article_id="b09_state_dept_total_utf16_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-05-15"),
    dated_by="html_meta",
    features="US HTML in UTF-16 LE with BOM: `<title>` figure (optional) and headline 'US:'; "
    "State Department 'on Monday' total with 'since October' (event window) and a sentence-"
    "initial `Roughly 4,700` carried by 'she said'; NATO (Rutte) 'last week' 'as many as 3,000 "
    "additional' (increment); North Korea (KCNA commentary) `thousands` in &ldquo;&rdquo; on "
    "Tuesday; Ukraine 'on Wednesday' range `between 8,000 and 10,000` after 'estimating'; "
    "figcaption image counter and photo id, Russia's claim of Ukrainian losses, sanctioned "
    "entities, shells, 'at least 250' missiles, age, share count, street address",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>US: [[More than 14,000]] North Korean troops sent to Russia | The Capitol Ledger</title>
<meta property="article:published_time" content="2025-05-15T09:00:00-04:00">
<meta property="og:type" content="article">
<style>.byline{font-size:13px}.hero{max-width:1200px}</style>
</head>
<body>
<header><nav><a href="/">Home</a> &middot; <a href="/world">World</a></nav></header>
<article>
<h1>US: [[More than 14,000]] North Korean troops sent to Russia</h1>
<p class="byline">By Alicia Moreno &middot; Washington</p>
<p>North Korea has sent [[more than 14,000]] troops to Russia since October, a State Department \
spokeswoman said on Monday, the first time Washington has put a number on the full deployment. \
[[Roughly 4,700]] of them have been killed or wounded, she said, most of them in the fighting \
to push Ukrainian forces out of Russia&#8217;s Kursk region.</p>
<p>NATO Secretary General Mark Rutte told reporters last week that [[as many as 3,000]] \
additional soldiers had arrived since March to make up for the losses. &ldquo;They are learning \
fast,&rdquo; he said. &ldquo;That should worry all of us.&rdquo;</p>
<p>Pyongyang itself remains vague. A commentary carried by the state news agency KCNA on \
Tuesday praised &ldquo;the [[thousands]] of our sons who fought in Kursk&rdquo; but gave no \
further detail. Ukraine&rsquo;s military intelligence said on Wednesday that North Korean units \
were still stationed just across the border, estimating their strength at \
[[between 8,000 and 10,000]].</p>
<figure><img src="/img/kursk-0412.jpg" alt=""><figcaption>Image 3 of 7. Russian soldiers in \
Sudzha in March. (Photo: ARC/44817)</figcaption></figure>
<p>Russia&rsquo;s defense ministry claims Ukrainian losses in Kursk topped 76,000. The Treasury \
Department last week sanctioned 12 entities and five vessels linked to arms transfers between \
the two countries, which have included an estimated 12 million artillery shells and at least \
250 ballistic missiles. Kim Jong Un, 41, has not visited Russia since the war began.</p>
</article>
<div class="share">Share &middot; 1.2K</div>
<footer>&copy; 2025 The Capitol Ledger, 1100 Pennsylvania Ave NW, Washington, DC 20004</footer>
</body>
</html>
""",
    claims=(
        C("More than 14,000", 14000, "at_least", "in_russia", "united_states", "mon..pub",
          "<title> duplicate of the headline", opt=True),
        C("More than 14,000", 14000, "at_least", "in_russia", "united_states", "mon..pub",
          "headline 'US:'; State Department on Monday in the lead"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokeswoman 'on Monday': sent since October"),
        C("Roughly 4,700", 4700, "approx", "casualties", "united_states", "mon",
          "sentence-initial, 'she said' (carried): killed or wounded"),
        C("as many as 3,000", 3000, "at_most", "in_russia", "nato", "lastweek",
          "Rutte 'last week': 'additional' arrived (increment)", add=True),
        C("thousands", None, "vague", "near_front", "north_korea", "tue",
          "KCNA commentary 'on Tuesday': fought in Kursk"),
        C("between 8,000 and 10,000", None, "range", "near_front", "ukraine", "wed",
          "Ukrainian military intelligence 'on Wednesday': stationed across the border"),
    ),
)

B10 = Source(
    article_id="b10_lawmakers_briefing_wire_bom",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-06-12"),
    dated_by="dateline",
    features="wire story in UTF-8 with BOM, 'Published: June 12, 2025' line; headline 'up to "
    "30,000 more' attributed from the lead; one long lead sentence with three figures (sent, "
    "casualties, 'up to 30,000 more' increment) and the claimant at its end ('said on "
    "Wednesday'); 'Of the casualties, around 600' carried from the lead; sentence-initial "
    "`Two` captured (SBU 'this week'); ISW (other) 'on Tuesday' `several hundred`; North "
    "Korean labourers (civilians, not troops), shells, `170mm` guns, dollars, years",
    text="""\
North Korea may send [[up to 30,000]] more troops to Russia, Seoul lawmakers say

By Min-ji Park and Thomas Greer

Published: June 12, 2025 · 07:40 GMT

SEOUL — North Korea has sent [[about 15,000]] soldiers to Russia since October, lost \
[[some 5,000]] of them to death or injury and may dispatch [[up to 30,000]] more in the coming \
months, South Korean lawmakers said on Wednesday after a closed-door briefing by the National \
Intelligence Service.

Of the casualties, [[around 600]] were killed, lawmaker Lee Seong-kweun told reporters, citing \
the agency. The rest had been wounded, some of them more than once, he said.

The agency believes the new troops would be used mainly for construction and mine clearance \
rather than for assaults. Engineering units had already arrived in the Kursk region, according \
to the briefing.

[[Two]] North Korean soldiers captured in January remain in custody in Kyiv, Ukraine's SBU \
security service said this week, adding that both had asked to be sent to South Korea.

In Washington, the Institute for the Study of War said in a report on Tuesday that \
[[several hundred]] North Korean soldiers were operating artillery and drones in the Kursk \
border area, often alongside Russian units.

Separately, roughly 12,000 North Korean laborers have entered Russia this year on student or \
trainee visas to work on construction sites, according to South Korean officials, up from about \
1,000 in 2023. North Korea has also shipped an estimated 12 million artillery shells and more \
than 200 long-range guns, including 170mm self-propelled howitzers, the NIS said. Moscow is \
believed to pay Pyongyang about $2,000 a month for each soldier.

The Kremlin did not respond to a request for comment.

(Reporting by Min-ji Park in Seoul and Thomas Greer in Washington; Editing by Ruth Alder)
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "south_korea", "wed..pub",
          "headline 'more' (increment), lawmakers' claim from the lead", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "lead, lawmakers briefed by NIS 'on Wednesday' at the end: sent to Russia"),
        C("some 5,000", 5000, "approx", "casualties", "south_korea", "wed",
          "same sentence: lost to death or injury"),
        C("up to 30,000", 30000, "at_most", "planned", "south_korea", "wed",
          "same sentence: 'may dispatch … more' (increment)", add=True),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "lawmaker Lee, same briefing: killed"),
        C("Two", 2, "exact", "casualties", "ukraine", "mon..pub",
          "sentence-initial; SBU 'this week': captured, in custody"),
        C("several hundred", None, "vague", "near_front", "other", "tue",
          "ISW report 'on Tuesday': operating in the Kursk border area"),
    ),
)

B11 = Source(
    article_id="b11_first_losses_us_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-12"), dated_by="sidecar",
    features="US Markdown with CRLF and a front matter without a date (sidecar only); "
    "sentence-initial vague `Hundreds` (US official 'on Tuesday'); Pentagon 'on Monday' figure "
    "inside parentheses; White House 'on Wednesday' `thousands` more (vague increment, span "
    "without 'more'); SSO 'on Saturday' `about 50` killed and `47` others wounded (not "
    "additional); the outlet's own tally (unattributed) `at least 200` under a subheading; "
    "Russian losses a day, dollars, drones, the '11th Corps' ordinal, army size, ages",
    crlf=True,
    sidecar=("Midwest Ledger", "", ""),
    text="""\
---
title: North Korea's first weeks at war
section: World
byline: Priya Natarajan
---

# North Korea's first weeks at war have been costly, US says

[[Hundreds]] of North Korean soldiers have been killed or wounded since they were thrown into \
the fighting in Russia's Kursk region, a senior US military official told reporters on Tuesday, \
in the first public American estimate of their losses.

Speaking anonymously because the assessment is classified, the official said the troops had \
taken part in assaults "at the platoon level" and had struggled to coordinate with Russian \
units. The Pentagon said on Monday that the overall number of North Korean troops in Kursk was \
unchanged ([[roughly 11,000]]), despite reports of a second deployment.

At the White House, a spokesman said on Wednesday there was "no indication yet" that Pyongyang \
would send a second contingent, but he did not rule out that [[thousands]] more could arrive by \
spring.

Ukraine's special operations forces said on Saturday that they had killed [[about 50]] North \
Korean soldiers and wounded [[47]] others during three days of fighting near the village of \
Plekhovo. The claim, accompanied by drone footage, could not be independently verified.

## A tally

By this newspaper's tally of statements from Kyiv, Seoul and Washington, [[at least 200]] North \
Korean soldiers have now been confirmed dead, a figure that is almost certainly too low.

Russia, by comparison, lost an estimated 1,500 men a day in November, according to British \
defence intelligence, its heaviest monthly toll of the war. The US this week announced a \
further $988 million in long-term military aid for Ukraine, and Ukrainian forces launched 42 \
drones in a single overnight attack on Monday.

Pyongyang has an army of about 1.2 million; the troops in Russia are believed to come from the \
elite 11th Corps, known as the Storm Corps. Most are in their early 20s.
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "tue",
          "sentence-initial; senior US military official 'on Tuesday': killed or wounded"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "Pentagon 'on Monday', figure in parentheses: in Kursk"),
        C("thousands", None, "vague", "planned", "united_states", "wed",
          "White House spokesman 'on Wednesday': 'more could arrive' (increment)", add=True),
        C("about 50", 50, "approx", "casualties", "ukraine", "sat",
          "SSO 'on Saturday': killed"),
        C("47", 47, "exact", "casualties", "ukraine", "sat",
          "'wounded 47 others' = the others in the same fighting, not additional"),
        C("at least 200", 200, "at_least", "casualties", "unattributed", "pub",
          "the outlet's own tally ('By this newspaper's tally'): confirmed dead"),
    ),
)

B12 = Source(
    article_id="b12_back_on_front_html_bom",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-03-27"),
    dated_by="sidecar",
    features="US HTML in UTF-8 with BOM, nested layout divs, OneTrust-style banner, JSON-LD with "
    "counts; Syrskyi 'on Tuesday' with two figures ('another 1,500', increment); JCS 'on March "
    "24' `an estimated 3,000` additional; a 'By the numbers' `<ul>` fact box whose items carry "
    "source and date in parentheses ('mid-March', 'January', 'this month'), a single-digit "
    "figure `2`, and an item that is not a claim; CSIS (other) 'on Wednesday' range `1,000 to "
    "2,000` after 'fewer than half' (fraction); Ukrainian troops, town population, shells, "
    "ceasefire days, share and comment counts, street address",
    sidecar=(
        "Lakeshore Tribune",
        "https://www.lakeshore-tribune.example/world/north-korean-troops-back-kursk-front",
        "North Korean troops back on the Kursk front, Ukraine says",
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>North Korean troops back on the Kursk front | Lakeshore Tribune</title>
<meta property="og:title" content="North Korean troops back on the Kursk front">
<script type="application/ld+json">{"@type":"NewsArticle","wordCount":688,"commentCount":41}</s\
cript>
</head>
<body>
<div id="onetrust-banner">We and our 836 partners store and access information on your device. \
<button>Accept all</button></div>
<div class="wrapper"><div class="content"><div class="story">
<article>
<h1>North Korean troops back on the Kursk front, Ukraine says</h1>
<p class="dek">After a month-long pause, Pyongyang&#8217;s soldiers have returned to the fight \
&mdash; and more are on the way</p>
<p>Ukraine&#8217;s commander-in-chief, Oleksandr Syrskyi, said on Tuesday that [[about 3,000]] \
North Korean soldiers had rejoined the fighting in Russia&#8217;s Kursk region after several \
weeks out of the line, and that Pyongyang had sent another [[1,500]] to the area.</p>
<p>South Korea&#8217;s Joint Chiefs of Staff said in a statement on March 24 that North Korea \
had dispatched [[an estimated 3,000]] additional troops to Russia in January and February, and \
that it also appeared to have shipped more short-range missiles and artillery.</p>
<h2>By the numbers</h2>
<ul class="factbox">
<li>Killed or wounded: [[around 4,000]] (Ukraine, mid-March)</li>
<li>Captured: [[2]] (Ukraine, January)</li>
<li>Deployed since October: [[roughly 14,000]] (South Korea, this month)</li>
<li>Kursk territory still held by Ukraine: under 100 square kilometers</li>
</ul>
<p>Analysts at the Center for Strategic and International Studies said on Wednesday that fewer \
than half of the North Koreans now in Kursk had combat experience, and estimated that \
[[1,000 to 2,000]] of them were serving as drone operators or artillery spotters.</p>
<p>The Ukrainian push into Kursk began last August with an estimated 10,000 troops; Kyiv now \
holds only a sliver near the town of Sudzha, which had 5,000 residents before the war. Russian \
guns still fire up to 20,000 shells a day along the wider front. Kyiv accepted a US proposal \
for a 30-day ceasefire on March 11; Moscow has not.</p>
</article>
</div></div></div>
<div class="share-tools">2.1K shares &middot; 41 comments</div>
<footer>Lakeshore Tribune, 200 E Randolph St, Chicago, IL 60601</footer>
</body>
</html>
""",
    claims=(
        C("about 3,000", 3000, "approx", "near_front", "ukraine", "tue",
          "Syrskyi 'on Tuesday': rejoined the fighting in Kursk"),
        C("1,500", 1500, "exact", "near_front", "ukraine", "tue",
          "same sentence: 'sent another 1,500 to the area' (increment)", add=True),
        C("an estimated 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-24",
          "JCS 'on March 24': 'additional' dispatched in January and February (increment)",
          add=True),
        C("around 4,000", 4000, "approx", "casualties", "ukraine", "2025-03-11..2025-03-20",
          "fact box item '(Ukraine, mid-March)': killed or wounded"),
        C("2", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "fact box item '(Ukraine, January)': captured"),
        C("roughly 14,000", 14000, "approx", "in_russia", "south_korea", "2025-03-01..pub",
          "fact box item '(South Korea, this month)': deployed since October"),
        C("1,000 to 2,000", None, "range", "near_front", "other", "wed",
          "CSIS analysts 'on Wednesday': drone operators and spotters in Kursk"),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
