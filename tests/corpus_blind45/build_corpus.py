"""Build the 45th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The forty-seventh corpus, for an honest measurement on articles the extractor has never met,
written in session 10 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: an Aachen
daily, a Sauerland radio station's web text, a Tennengau weekly (Austrian), an Obwalden paper
(Swiss), a mountain rescue association's members' magazine and a Würzburg student blog; a
Western Australian regional paper, a Faroe Islands English news page, a North Dakota radio
site, a Slovak English-language daily, a Marshall Islands news site and an Eswatini daily.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind45_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="g01_aachen_tageszeitung_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Aachen daily's politics page in HTML (`article:published_time` with +01:00, "
        "byline '6. November 2024', ad-slot script, privacy layer with 97 vendors, navigation, "
        "reader-letter phone number, comment count); `<meta name=\"description\">` figure "
        "(optional); headline 'Kiew:' from Zelensky 'am Montagabend' (Monday to publication); "
        "the Pentagon 'in der Vorwoche … damals' and the US range 'vermutet' carried (last "
        "week); lawmakers relaying the NIS 'am Mittwoch vergangener Woche' (an ISO date); a NATO "
        "spokeswoman 'Auf Anfrage unserer Zeitung' „mehrere Tausend“ (no date: `pub`); an RWTH "
        "researcher 'hält es für möglich' `bis zu 15.000 weitere` (other, increment, `pub`); "
        "army size, Russian losses a day, refugees, aid convoys, age",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ukraine-Krieg: Selenskyj meldet erste Gefechte mit Nordkoreanern | Grenzland-Kurier</title>
<meta name="description" content="Kiew zählt [[11.000]] Soldaten aus Nordkorea im Gebiet Kursk. \
Ein Aachener Forscher erwartet noch mehr.">
<meta property="og:site_name" content="Grenzland-Kurier">
<meta property="article:published_time" content="2024-11-06T05:40:00+01:00">
<script>var gkAds={slots:["top_728x90","mrec_300x250"],pageviewId:"88120734"};</script>
</head>
<body>
<div class="privacy-layer" role="dialog"><p>Wir und 97 Drittanbieter nutzen Cookies und \
Messverfahren, um dieses Angebot zu finanzieren. Mehr dazu in der \
Datenschutzerklärung.</p><button>Alle zulassen</button> <button>Ablehnen und Abo \
wählen</button></div>
<header><a href="/" class="logo">Grenzland-Kurier</a>
<nav><a href="/aachen">Aachen</a> &middot; <a href="/region">Städteregion</a> &middot; <a \
href="/politik">Politik</a> &middot; <a href="/sport">Sport</a> &middot; <a \
href="/kultur">Kultur</a></nav></header>
<main><article>
<p class="ressort">Politik &middot; Krieg in der Ukraine</p>
<h1>Kiew: [[11.000]] Nordkoreaner stehen im Gebiet Kursk</h1>
<p class="byline">Von Lea Brammertz &middot; 6. November 2024, 05:40 Uhr</p>
<p><strong>Kiew/Aachen.</strong> Zum ersten Mal sind nach ukrainischer Darstellung Soldaten aus \
Nordkorea in Gefechte verwickelt worden. In der westrussischen Grenzregion befänden sich \
inzwischen [[11.000]] von ihnen, erklärte Präsident Wolodymyr Selenskyj am Montagabend in seiner \
allabendlichen Ansprache. Die ersten Zusammenstöße zeigten, so der Präsident, &bdquo;dass die \
Welt diese neue Stufe nicht länger übersehen darf&ldquo;.</p>
<p>Washington hatte sich schon in der Vorwoche festgelegt. Das Pentagon sprach damals von [[etwa \
8000]] nordkoreanischen Soldaten, die in die Region Kursk verlegt worden seien. Insgesamt \
vermutet die US-Regierung [[10.000 bis 12.000]] Mann aus dem abgeschotteten Land auf russischem \
Boden, den größeren Teil davon noch auf Übungsplätzen im Fernen Osten.</p>
<p>Auch Seoul rechnet mit einem raschen Einsatz. Abgeordnete, die am Mittwoch vergangener Woche \
vom Nachrichtendienst NIS unterrichtet worden waren, gaben dessen Einschätzung so wieder: [[Mehr \
als 3.000]] der Soldaten seien bereits nach Westen in Richtung Front aufgebrochen, der Rest folge \
in Etappen.</p>
<h2>Brüssel hält sich bedeckt</h2>
<p>Mit eigenen Zahlen ist die Nato zurückhaltend. Auf Anfrage unserer Zeitung verwies eine \
Sprecherin des Bündnisses auf &bdquo;[[mehrere Tausend]] nordkoreanische Soldaten&ldquo;, die \
inzwischen in der Region Kursk seien, und auf die Erkenntnisse der Alliierten. Der Kreml \
schweigt; Sprecher Dmitri Peskow nannte das Thema eine &bdquo;Angelegenheit zweier souveräner \
Staaten&ldquo;.</p>
<h2>Aachener Forscher: Pjöngjang kann nachlegen</h2>
<p>Für den Sicherheitsforscher Dr. Jonas Heuser, der an der RWTH über Rüstungskontrolle in \
Ostasien arbeitet, ist das erst der Anfang. &bdquo;Nordkorea hat eine Armee von über einer \
Million Mann, und Kim bekommt für jeden Soldaten Devisen, Öl und Technik&ldquo;, sagt der \
41-Jährige. Er hält es für möglich, dass bis zum Frühjahr [[bis zu 15.000]] weitere folgen. Die \
russische Armee büßt laut dem britischen Verteidigungsministerium Tag für Tag mehr als 1.200 Mann \
an Toten und Verwundeten ein.</p>
<p>In der Städteregion leben zurzeit rund 6.400 Geflüchtete aus der Ukraine. Der Verein \
&bdquo;Aachen hilft Charkiw&ldquo; hat seit Kriegsbeginn 212 Hilfstransporte auf den Weg \
gebracht; der nächste startet am 16. November am Tivoli.</p>
</article>
<aside><h3>Ihre Meinung</h3><p>Schreiben Sie uns an leserbriefe@grenzland-kurier.example oder \
rufen Sie an: 0241 5510-280.</p></aside></main>
<footer>&copy; 2024 Grenzland-Kurier Medienhaus GmbH &middot; <a href="/impressum">Impressum</a> \
&middot; 38 Kommentare</footer>
<script src="/js/app.bundle.1047.js" defer></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<meta name=description> (metadata) restating Zelensky's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kiew:': Zelensky's figure of the lead (Monday evening): in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' in his nightly address, source after the figure"),
        C("etwa 8000", 8000, "approx", "near_front", "united_states", "lastweek",
          "Pentagon 'in der Vorwoche … damals': moved to the Kursk region"),
        C("10.000 bis 12.000", None, "range", "in_russia", "united_states", "lastweek",
          "'Insgesamt vermutet die US-Regierung' carried from the week before; on Russian soil "
          "(a total of those sent, not planned)"),
        C("Mehr als 3.000", 3000, "at_least", "near_front", "south_korea", "2024-10-30",
          "lawmakers relaying the NIS briefing 'am Mittwoch vergangener Woche' (X citing Y): "
          "set off toward the front"),
        C("mehrere Tausend", None, "vague", "near_front", "nato", "pub",
          "a NATO spokeswoman 'Auf Anfrage unserer Zeitung', no date: in the Kursk region"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "RWTH researcher 'hält es für möglich' … 'weitere folgen' (increment, span without "
          "the word), undated", add=True),
    ),
)

G02 = Source(
    article_id="g02_sauerland_radio_gefangene",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-13"),
    dated_by="sidecar",
    sidecar=(
        "Radio Sauerland Süd",
        "https://www.radio-sauerland-sued.example/nachrichten/welt/kiew-haelt-zwei-nordkoreaner"
        "-gefangen-14872",
        "Kiew hält zwei Nordkoreaner gefangen – Seoul nennt erstmals Verlustzahlen",
    ),
    features="Sauerland radio station's web text in UTF-16 LE with BOM (sidecar, Monday): "
        "headline with the number word `zwei` from Zelensky 'am Samstag' (Saturday to "
        "publication); the lead's `zwei` dated by the next sentence; the NIS 'Heute Vormittag' "
        "(the publication day) relayed by a lawmaker, `etwa 2700` wounded beside the dead (not an "
        "increment), 'Der Dienst geht außerdem davon aus' carried; Zelensky 'kurz vor "
        "Weihnachten'; the White House 'im Dezember' „in die Hunderte“; a Meschede professor "
        "'schätzt' `mehrere tausend` more (other, increment, `pub`); Ukrainian POWs freed, "
        "refugees in the district, age, call-in number, temperatures, radio frequency",
    text="""\
Kiew hält [[zwei]] Nordkoreaner gefangen – Seoul nennt erstmals Verlustzahlen

Der Krieg gegen die Ukraine bekommt eine neue Wendung, und auch bei uns im Sauerland wird darüber \
gesprochen. Ukrainische Soldaten haben im russischen Gebiet Kursk [[zwei]] Männer aus Nordkorea \
gefangen genommen. Bekanntgegeben hat das Präsident Wolodymyr Selenskyj am Samstag auf seinen \
Kanälen in den sozialen Medien, zusammen mit Fotos der beiden Verwundeten.

Heute Vormittag hat dann Südkoreas Geheimdienst nachgelegt. Nach dessen Erkenntnissen sind in \
Kursk bisher [[rund 300]] nordkoreanische Soldaten ums Leben gekommen, [[etwa 2700]] wurden \
verletzt. Ein Abgeordneter in Seoul hat die Zahlen nach einer Sitzung des Geheimdienstausschusses \
öffentlich gemacht. Der Dienst geht außerdem davon aus, dass [[rund 11.000]] Nordkoreaner weiter \
im Kampfgebiet eingesetzt sind.

Selenskyj selbst hatte kurz vor Weihnachten noch höhere Zahlen genannt: [[Mehr als 3000]] \
nordkoreanische Soldaten seien getötet oder verwundet worden. Aus dem Weißen Haus hieß es im \
Dezember, die Verluste gingen „in die [[Hunderte]]“.

Was heißt das alles? Wir haben bei Prof. Dr. Sabine Kortmann nachgefragt. Sie lehrt an der \
Fachhochschule in Meschede und beschäftigt sich seit Jahren mit Korea. Die beiden Gefangenen \
seien für Kiew „ein Faustpfand“, sagt sie. Pjöngjang werde die Männer wohl nicht zurückhaben \
wollen, ein Austausch gegen ukrainische Kriegsgefangene sei aber denkbar. Allein im vergangenen \
Jahr kamen mehr als 1.300 Ukrainer auf diesem Weg frei.

Kortmann schätzt, dass Nordkorea trotz der Verluste im Frühjahr [[mehrere tausend]] zusätzliche \
Soldaten schickt. „Kim verdient daran. Devisen, Treibstoff, vielleicht Hilfe bei seinen \
Satelliten – das ist sein Lohn.“

Im Hochsauerlandkreis sind laut Kreisverwaltung aktuell rund 2.900 Menschen aus der Ukraine \
gemeldet. Viele verfolgen die Nachrichten aus der Heimat über Telegram, erzählt Olena aus Brilon. \
Ihr Bruder, 34, dient bei einer Artillerieeinheit im Donbass.

Was denken Sie über den Einsatz der Nordkoreaner? Rufen Sie uns an unter 02931 7788-0 oder \
schreiben Sie uns über WhatsApp.

Außerdem heute: Glätte auf der A46 zwischen Bestwig und Meschede, in der Nacht bis minus acht \
Grad. Alle Verkehrsmeldungen hören Sie bei uns auf 88,4 MHz.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: Zelensky's Saturday announcement: captured"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "lead: captured; dated by the next sentence ('am Samstag')"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'Heute Vormittag' (the publication day), relayed by a lawmaker: dead"),
        C("etwa 2700", 2700, "approx", "casualties", "south_korea", "mon",
          "same: wounded beside the dead (not an increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "'Der Dienst geht außerdem davon aus': in the combat zone"),
        C("Mehr als 3000", 3000, "at_least", "casualties", "ukraine", "2024-12-17..2024-12-24",
          "Zelensky 'kurz vor Weihnachten', Konjunktiv: killed or wounded"),
        C("Hunderte", None, "vague", "casualties", "united_states", "2024-12-01..2024-12-31",
          "'Aus dem Weißen Haus hieß es im Dezember' „in die Hunderte“: losses"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Meschede professor 'schätzt' … 'zusätzliche' (increment), undated", add=True),
    ),
)

G03 = Source(
    article_id="g03_tennengau_wochenblatt_rueckzug_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="Tennengau weekly (Austrian) in Markdown, windows-1252 with CRLF, front matter "
        "with `date:` and a title without a figure: 'Jänner', 'Feber', 'heuer'; a HUR spokesman "
        "'am Dienstag im ukrainischen Fernsehen' dated before the figures, Konjunktiv over the "
        "next sentences (`rund 11.000` sent, `knapp 4.000` dead or wounded); the NIS 'am "
        "Mittwoch' „Tausende“ more ('hieß es', increment); 'Mitte Jänner' `300` and `2.700`; the "
        "Pentagon 'am 28. Jänner' (Austrian date style); a Salzburg political scientist 'heuer "
        "… bis zu 20.000 zusätzlichen' (other, increment, `pub`); Rutte without a figure; "
        "Bundesheer soldiers abroad, recruits, refugees in the district, dollars, time of day",
    text="""\
---
title: "Stille an der Kursk-Front: Wohin sind Kims Soldaten verschwunden?"
date: 2025-02-20
ressort: Welt & Politik
autor: Florian Wieser
ausgabe: 8/2025
---

# Stille an der Kursk-Front: Wohin sind Kims Soldaten verschwunden?

**Seit Wochen meldet die Ukraine keine Gefechte mehr mit Nordkoreanern. Ein Rückzug – oder nur \
eine Atempause? Eine Politologin aus Oberalm ordnet ein.**

Noch im Jänner war die Lage eindeutig: Nordkoreanische Einheiten stürmten im russischen Gebiet \
Kursk gegen ukrainische Stellungen, oft in großen Gruppen und ohne Schutz vor Drohnen. Seit \
Anfang Feber ist es still geworden. Andrij Jussow, Sprecher des ukrainischen \
Militärgeheimdienstes HUR, bestätigte am Dienstag im ukrainischen Fernsehen, dass die \
Nordkoreaner „seit etwa drei Wochen“ nicht mehr an vorderster Linie zu sehen seien.

Die Verluste seien enorm gewesen. Von den [[rund 11.000]] Soldaten, die Pjöngjang im Herbst nach \
Russland geschickt habe, seien [[knapp 4.000]] getötet oder verwundet worden. Wer überlebt habe, \
werde derzeit weit hinter den Linien nachgeschult, vor allem in der Abwehr von Drohnen.

## Seoul bestätigt den Rückzug

Auch Südkoreas Nachrichtendienst NIS hält die Nordkoreaner für vorerst abgezogen. Die Truppen \
hätten sich nach schweren Verlusten zurückgezogen, teilte der Dienst am Mittwoch in Seoul mit. \
Pjöngjang bereite aber bereits Nachschub vor; im Frühjahr könnten „[[Tausende]] weitere“ \
nachrücken, hieß es.

Mitte Jänner hatte der Geheimdienst vor Abgeordneten noch von [[300]] Toten und [[2.700]] \
Verwundeten gesprochen. Seither dürften die Zahlen deutlich gestiegen sein. Das Pentagon hatte am \
28. Jänner von [[etwa 11.000]] Nordkoreanern in Russland gesprochen, von denen ein großer Teil in \
Kursk kämpfe.

Nato-Generalsekretär Mark Rutte sagte vergangene Woche beim Treffen der Verteidigungsminister in \
Brüssel, die Allianz beobachte „sehr genau“, was Moskau Pjöngjang als Gegenleistung liefere. Eine \
Zahl nannte er nicht.

## „Kanonenfutter mit Ansage“

Mag. Theresa Gruber aus Oberalm forscht an der Universität Salzburg zu autoritären Regimen in \
Ostasien. Für sie ist die Pause kein Ende des Einsatzes. „Kim braucht die Kampferfahrung, und \
Moskau braucht Leute“, sagt sie. „Ich würde heuer mit [[bis zu 20.000]] zusätzlichen Soldaten \
rechnen.“ Entscheidend sei, wie viel Russland zahle; Beobachter sprechen von mehreren hundert \
Millionen Dollar im Jahr.

Zum Vergleich: Das Bundesheer hat derzeit knapp 1.000 Soldaten im Auslandseinsatz, die meisten im \
Kosovo und im Libanon. Aus dem Tennengau leisten heuer 46 junge Männer ihren Grundwehrdienst, um \
zehn mehr als im Vorjahr.

## Vertriebene im Bezirk

Im Bezirk Hallein leben laut Bezirkshauptmannschaft rund 340 Vertriebene aus der Ukraine. Die \
Pfarre Kuchl sammelt am 1. März wieder Sachspenden, Abgabe von 9 bis 12 Uhr im Pfarrsaal.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "tue",
          "HUR spokesman 'am Dienstag', Konjunktiv in the next paragraph: sent to Russia"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "tue",
          "same: killed or wounded"),
        C("Tausende", None, "vague", "planned", "south_korea", "wed",
          "NIS 'am Mittwoch' … „Tausende weitere“ could follow, 'hieß es' (increment)",
          add=True),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' before lawmakers: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same: wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "2025-01-28",
          "Pentagon 'am 28. Jänner': in Russia (a part of them fighting in Kursk)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Salzburg political scientist in quotes, 'heuer … zusätzlichen' (increment), undated",
          add=True),
    ),
)

G04 = Source(
    article_id="g04_obwalden_bestaetigung_ch",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-04-29"),
    dated_by="dateline",
    features="Obwalden paper (Swiss) as plain text in ISO-8859-1 (straight hyphens, «» only), "
        "dateline 'Sarnen/Seoul, 29. April 2025 -' (Tuesday): `ss`, `15'000`, `20'000`, "
        "4-digit `4700`/`3000`; deck 'Seoul beziffert' from the JCS 'am Montag' (Monday to "
        "publication); Gerasimov 'Am Samstag' and KCNA 'Zwei Tage danach, am Montag' without "
        "a figure; 'Etwa 4700 von ihnen' and 'darunter 600 Tote' (breakdowns); the NIS 'Schon "
        "Ende März' `3000 zusätzliche … als Ersatz` (increment); Zelensky 'am Sonntagabend'; a "
        "retired Swiss defence attaché `20'000 oder mehr` (other, `pub`); population, status "
        "S, francs, years, age, phone number",
    text="""\
Obwaldner Volksbote | Ausland

Moskau und Pjöngjang geben Einsatz in Kursk zu

Erstmals bestätigen beide Regierungen, dass nordkoreanische Soldaten für Russland kämpfen. Seoul \
beziffert die Verluste auf [[4700]] Mann.

Sarnen/Seoul, 29. April 2025 - Monatelang haben der Kreml und das Regime in Pjöngjang geschwiegen \
oder dementiert. Nun ist es amtlich. Am Samstag erklärte der russische Generalstabschef Waleri \
Gerassimow, Soldaten der nordkoreanischen Volksarmee hätten sich bei der «Befreiung» des Gebiets \
Kursk «heldenhaft» geschlagen. Zwei Tage danach, am Montag, folgte Pjöngjangs Staatsagentur KCNA: \
Die Entsendung gehe auf einen Befehl Kim Jong Uns zurück und stütze sich auf den Beistandspakt \
mit Moskau. Zahlen nannten beide nicht.

Umso genauer rechnet man in Seoul. Der Generalstab der südkoreanischen Streitkräfte teilte am \
Montag mit, Nordkorea habe insgesamt [[rund 15'000]] Soldaten nach Russland entsandt. [[Etwa \
4700]] von ihnen seien getötet oder verwundet worden, darunter [[600]] Tote. Zudem habe Pjöngjang \
Raketen und Artilleriemunition in grossem Umfang geliefert.

Schon Ende März hatte der Nachrichtendienst NIS gemeldet, Kim habe zu Jahresbeginn [[3000]] \
zusätzliche Soldaten als Ersatz für die Gefallenen und Verwundeten nach Russland geschickt.

Kiew widerspricht

Die Ukraine bestreitet die russische Darstellung, das Gebiet Kursk sei vollständig zurückerobert. \
Präsident Wolodymyr Selenskyj sagte am Sonntagabend, ukrainische Einheiten hielten weiterhin \
Stellungen in der Region; auf der Gegenseite kämpften nach wie vor [[mehrere tausend]] \
Nordkoreaner. Die «Siegesmeldung» aus Moskau sei reine Propaganda.

Der Bundesrat äusserte sich am Montag «besorgt» über die Bestätigung. Die Schweiz hat für die \
humanitäre Minenräumung in der Ukraine bisher rund 100 Millionen Franken gesprochen.

«Die Zahlen dürften eher zu tief sein»

Einer, der Korea aus der Nähe kennt, ist Oberst a. D. Beat Imfeld aus Kerns. Der 67-Jährige war \
von 2009 bis 2013 Verteidigungsattaché an der Schweizer Botschaft in Seoul. «Pjöngjang lässt sich \
diese Hilfe teuer bezahlen, mit Öl, Devisen und Militärtechnik», sagt er. Er geht davon aus, dass \
Kim weiter Truppen schickt: «Ich wäre nicht überrascht, wenn es am Ende [[20'000 oder mehr]] \
wären.»

Obwalden zählt rund 39'000 Einwohnerinnen und Einwohner; im Kanton leben derzeit 210 Personen mit \
Schutzstatus S aus der Ukraine. Wer helfen will, meldet sich beim kantonalen Sozialamt, Telefon \
041 666 62 00.

Obwaldner Volksbote, Brünigstrasse 12, 6060 Sarnen
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "deck 'Seoul beziffert': the JCS figure of Monday (Monday to publication)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'am Montag', 'insgesamt … entsandt' (sent, not planned)"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same: 'von ihnen' killed or wounded (breakdown, no increment)"),
        C("600", 600, "exact", "casualties", "south_korea", "mon",
          "same: 'darunter 600 Tote' (breakdown)"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "NIS 'Schon Ende März': 'zusätzliche … als Ersatz' (increment)", add=True),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'am Sonntagabend', Konjunktiv: still fighting"),
        C("20'000 oder mehr", 20000, "at_least", "planned", "other", "pub",
          "retired Swiss defence attaché in quotes: eventual total, undated"),
    ),
)

G05 = Source(
    article_id="g05_bergrettung_rundbrief_drohnen_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "Rundbrief der Bergwacht Oberland",
        "https://www.bergwacht-oberland.example/rundbrief/2025-3/drohnenkrieg-kursk",
        "Was der Drohnenkrieg in Kursk mit unserer Arbeit zu tun hat",
    ),
    features="mountain rescue association's members' magazine in HTML, UTF-8 with BOM, no "
        "meta date (sidecar, Thursday), a one-button cookie hint, navigation, a footer with a "
        "donation IBAN; a Ukrainian drone commander 'im Frühjahr' „Hunderte“ (a season); the "
        "South Korean general staff 'im April' (`rund 600` dead, `mehr als 4.000 weitere` "
        "wounded: others, not an increment); the magazine's own reckoning 'so unsere eigene "
        "Rechnung' `gut 14.000` (unattributed, required, `pub`); HUR 'am Montag' `25.000 bis "
        "30.000 zusätzliche` (increment range); Shoigu 'Mitte Juni' `1.000` mine clearers "
        "(source after the figure); rescue missions, drones, pilots, flight minutes, "
        "temperatures, drone production",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Blick über den Tellerrand: Drohnen, Krieg und Rettung | Rundbrief Bergwacht Oberland</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/rundbrief.css?v=31">
</head>
<body>
<div id="cookie-hint"><p>Wir setzen nur technisch notwendige Cookies und eine anonyme \
Reichweitenmessung ein.</p><a href="#" class="ok">Verstanden</a></div>
<nav><ul><li><a href="/">Start</a></li><li><a href="/einsaetze">Einsätze</a></li><li><a \
href="/ausbildung">Ausbildung</a></li><li><a href="/rundbrief">Rundbrief</a></li><li><a \
href="/spenden">Spenden</a></li></ul></nav>
<article>
<p class="rubrik">Rundbrief 3/2025 &middot; Blick über den Tellerrand</p>
<h1>Was der Drohnenkrieg in Kursk mit unserer Arbeit zu tun hat</h1>
<p class="autor">Text: Markus Hagenauer, Leiter der Fachgruppe Luftunterstützung</p>
<p class="lead">Wärmebild, Akkus, Funkreichweite: In der Ausbildung unserer Drohnenpiloten reden \
wir über dieselben Fragen wie Soldaten an der Front. Ein Beispiel aus dem Krieg gegen die Ukraine \
zeigt, wie tödlich diese Technik sein kann.</p>
<p>Als Nordkorea im Herbst 2024 Soldaten nach Russland schickte, waren die Männer auf vieles \
vorbereitet, nur nicht auf den Himmel über ihnen. Der Kommandeur einer ukrainischen \
Drohneneinheit berichtete im Frühjahr dem Sender Suspilne, man habe &bdquo;[[Hunderte]] von \
ihnen&ldquo; aus der Luft getroffen, oft beim Vorrücken über offene Schneefelder. Wer sich nicht \
bewegte, überlebte eher.</p>
<p>Die Zahlen aus Seoul klingen nüchterner. Der südkoreanische Generalstab bezifferte im April \
die Verluste auf [[rund 600]] Tote; [[mehr als 4.000]] weitere Nordkoreaner seien verwundet \
worden. Inzwischen hat Pjöngjang Ersatz geschickt. Wer die bisherigen Angaben aus Seoul \
zusammenzählt, kommt auf [[gut 14.000]] nordkoreanische Soldaten, die seit Oktober 2024 nach \
Russland verlegt wurden &ndash; so unsere eigene Rechnung.</p>
<p>Und es sollen mehr werden. Für [[25.000 bis 30.000]] zusätzliche Soldaten laufe in Nordkorea \
bereits die Mobilisierung, teilte der ukrainische Militärgeheimdienst HUR am Montag mit. Schon \
jetzt sollen [[1.000]] nordkoreanische Minenräumer in der Region Kursk zum Einsatz kommen; so \
verkündete es Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, Mitte Juni nach einem \
Besuch bei Kim in Pjöngjang.</p>
<h2>Was wir daraus mitnehmen</h2>
<p>Für uns heißt das vor allem: Eine Drohne ist nur so gut wie ihr Pilot. Unsere Staffel hat \
derzeit 14 Fluggeräte und 38 ausgebildete Pilotinnen und Piloten. Im vergangenen Jahr waren \
Drohnen bei 212 unserer insgesamt 1.940 Einsätze dabei, meist bei Vermisstensuchen. Die Flugzeit \
im Winter liegt bei knapp 25 Minuten pro Akku, bei minus zehn Grad oft deutlich darunter.</p>
<p>Die Ukraine baut nach eigenen Angaben inzwischen mehrere Millionen Drohnen im Jahr. So weit \
wird es bei uns nie kommen. Aber eine Lehre aus Kursk gilt auch am Berg: Wer die Technik \
unterschätzt, zahlt dafür.</p>
</article>
<footer><p>Bergwacht Oberland &middot; Rettungsweg 4 &middot; Spendenkonto IBAN DE12 7105 0000 \
0000 4711 00</p><p>&copy; 2025 &middot; <a href="/impressum">Impressum</a></p></footer>
<script>document.querySelector('.ok').onclick=function(){document.getElementById('cookie-hint').re\
move();return false;};</script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "ukraine", "2025-03-01..2025-05-31",
          "Ukrainian drone unit commander 'im Frühjahr' (a season) „Hunderte von ihnen“ hit"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "South Korean general staff 'im April': dead"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "south_korea",
          "2025-04-01..2025-04-30",
          "same: 'weitere … verwundet' = the others beside the dead, not an increment"),
        C("gut 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the magazine's own reckoning from Seoul's figures ('so unsere eigene Rechnung')"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "mon",
          "HUR 'am Montag' after the figure: 'zusätzlichen' (increment)", add=True),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni', source after the figure: mine clearers to be used in Kursk"),
    ),
)

G06 = Source(
    article_id="g06_wuerzburg_studiblog_vortrag_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Mainufer – studentischer Politikblog Würzburg",
        "",
        "Was wissen wir über Kims Soldaten in Russland?",
    ),
    features="Würzburg student blog in Markdown, front matter without a date (sidecar without "
        "url, Thursday), first person; a visiting Seoul professor's talk 'am Dienstagabend' "
        "(other, Tuesday to publication) relying on South Korean sources (the group stays "
        "other), `etwa 2.000 davon` (breakdown), „einigen tausend“ more (increment); the NIS "
        "'im September' carried by 'Demnach' (builders on their way: in_russia); HUR 'spricht "
        "von' (present tense, `pub`); state TV's returnees at the parade 'am vergangenen "
        "Freitag' (optional); seats, attendance, students, ECTS, anniversary, time of day",
    text="""\
---
title: "Vortrag am Sanderring: Was wissen wir über Kims Soldaten in Russland?"
author: Jana Reuter (Politikwissenschaft, 5. Semester)
kategorie: Campus & Welt
tags: [Nordkorea, Russland, Vortrag]
---

# Was wissen wir über Kims Soldaten in Russland?

*Ein Abend mit einer Gastprofessorin aus Seoul, ein voller Hörsaal und ziemlich viele offene \
Fragen. Ein Bericht.*

Ehrlich gesagt: Bevor ich am Dienstagabend in den Hörsaal am Sanderring gegangen bin, hätte ich \
die Zahl der nordkoreanischen Soldaten in Russland nicht einmal grob schätzen können. Zwei \
Stunden später hatte ich drei verschiedene Zahlen im Kopf – und die Erkenntnis, dass genau das \
das Problem ist.

Eingeladen hatte der Lehrstuhl für Internationale Beziehungen, zu Gast war Prof. Dr. Park Min-ji \
von der Korea University, die gerade ein Forschungssemester in Würzburg verbringt. Park fasste \
zusammen, was öffentlich bekannt ist. Seit Oktober 2024 habe Pjöngjang [[rund 15.000]] Soldaten \
nach Russland geschickt, [[etwa 2.000]] davon seien nicht mehr am Leben. Sie stütze sich dabei \
vor allem auf südkoreanische Quellen, sagte sie.

Die Quellen selbst sind schnell erzählt. Im September bezifferte Südkoreas Geheimdienst NIS vor \
dem Geheimdienstausschuss des Parlaments die Zahl der gefallenen Nordkoreaner auf [[rund 2.000]]. \
Demnach sind außerdem [[etwa 5.000]] Soldaten aus Baueinheiten auf dem Weg nach Russland, wo sie \
im Gebiet Kursk zerstörte Orte wieder aufbauen sollen.

Kiew kommt auf ganz andere Größenordnungen. Der ukrainische Militärgeheimdienst spricht von \
[[mehr als 6.000]] Opfern auf nordkoreanischer Seite, Tote und Verwundete zusammengenommen. \
„Beide Zahlen können stimmen“, meinte Park trocken, „sie zählen nur nicht dasselbe.“

## Die Parade

Besonders hängen geblieben sind mir die Bilder von der Militärparade zum 80. Jahrestag der \
Arbeiterpartei am vergangenen Freitag in Pjöngjang. Laut dem nordkoreanischen Staatsfernsehen \
marschierten dort auch [[mehrere Hundert]] Heimkehrer aus Kursk mit. Kim Jong Un nannte sie \
„Helden“. Wie viele nicht heimgekehrt sind, sagte er nicht.

## Fragen aus dem Publikum

In der Fragerunde wollte ein Kommilitone wissen, ob Nordkorea noch mehr Soldaten schicken werde. \
Park hält das für wahrscheinlich. Sie rechne mit „[[einigen tausend]]“ weiteren im kommenden \
Jahr, sagte sie, vor allem Pioniere und Bautrupps.

Ein paar Zahlen zum Schluss: Der Hörsaal fasst 700 Leute, gekommen waren nach Schätzung der \
Fachschaft gut 450. Die Uni hat derzeit rund 26.000 Studierende, davon etwa 90 aus Südkorea. Park \
bleibt bis Februar; ihr Seminar „Sicherheit in Nordostasien“ (5 ECTS) ist leider schon voll.

*Der Vortrag wurde aufgezeichnet und ist bald im Videoportal der Uni abrufbar. Nächster Termin \
der Reihe: 11. November, 18.15 Uhr, Thema Taiwan.*
""",
    claims=(
        C("rund 15.000", 15000, "approx", "in_russia", "other", "tue..pub",
          "visiting professor at the Tuesday evening talk, Konjunktiv (relies on South Korean "
          "sources: still other): sent"),
        C("etwa 2.000", 2000, "approx", "casualties", "other", "tue..pub",
          "same: 'davon … nicht mehr am Leben' (breakdown)"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September' before lawmakers: fallen"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "'Demnach' carries the September briefing: builders on their way to Russia"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'spricht von' (present tense, undated): dead and wounded"),
        C("mehrere Hundert", None, "vague", "in_russia", "north_korea", "fri",
          "returnees marching at the parade shown by state TV 'am vergangenen Freitag'",
          opt=True),
        C("einigen tausend", None, "vague", "planned", "other", "tue..pub",
          "the professor in the Q&A of the Tuesday talk: „einigen tausend“ weiteren "
          "(increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Faroe Islands, US, Slovakia, Marshall Islands, Eswatini)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="e07_goldfields_courier_first_dead",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-18"),
    dated_by="dateline", crlf=True,
    features="Western Australian regional paper as plain text, windows-1252 with CRLF (curly "
        "quotes, em dash), date line 'Wednesday, 18 December 2024'; headline 'Seoul counts' from "
        "the lawmaker's Monday figure (Monday to publication); 'according to South Korean "
        "lawmaker …, who relayed the findings' (X citing Y); 'Close to 1,000 others' wounded "
        "(not an increment); HUR 'at the weekend'; a US defence official 'on Tuesday' „hundreds“ "
        "and `roughly 11,000`; Australia's defence minister 'yesterday' (a third government: "
        "other); a Korean War veteran without a figure; Australians in the Korean War, years, "
        "ages, members, gold price, distance, Russian losses a day, phone number",
    text="""\
THE GOLDFIELDS COURIER
World

Seoul counts [[100]] dead as Kim’s troops meet Ukrainian drones

By Tess Mulroney
Wednesday, 18 December 2024

KALGOORLIE-BOULDER — North Korea’s first weeks of real combat in Russia have come at a heavy \
price. [[At least 100]] of its soldiers have died fighting Ukrainian forces in Russia’s Kursk \
region, according to South Korean lawmaker Lee Seong-kweun, who relayed the findings of Seoul’s \
National Intelligence Service after a closed-door session on Monday.

[[Close to 1,000]] others had been wounded, Mr Lee said. The spy agency believed most of the \
casualties were caused by drones and by the troops’ lack of experience in open terrain.

At the weekend, Ukraine’s military intelligence directorate (HUR) said a single clash near two \
Kursk villages had left [[at least 30]] of Pyongyang’s soldiers dead or injured.

In Washington, a senior US defence official briefing reporters on Tuesday described the losses as \
running into the “[[hundreds]]”, without offering a precise number. The official said the \
[[roughly 11,000]] North Korean troops in Russia had been folded into Russian airborne and marine \
units.

Australia’s Deputy Prime Minister and Defence Minister, Richard Marles, said the deployment \
showed “how global this conflict has become”. Speaking to reporters in Perth yesterday, he said \
there were “[[more than 10,000]]” North Koreans in Russia, a figure he said matched what allied \
intelligence services were seeing.

Russia’s own losses are far larger. British defence intelligence estimates Moscow lost about \
1,500 soldiers killed or wounded a day in November.

‘Nothing changes’

For Kalgoorlie’s Ron Pascoe, 93, the news brings back memories. The former private served with \
the 3rd Battalion, Royal Australian Regiment in Korea in 1951, one of about 17,000 Australians \
who fought in the war between 1950 and 1953.

“We were up against Chinese and North Korean divisions then,” he said at the Boulder RSL on \
Monday. “Now their young blokes are dying in the snow in Russia for somebody else’s war. Nothing \
changes.”

The RSL sub-branch has 214 members and will hold its Christmas lunch on Saturday from 12.30pm; \
bookings on (08) 9021 4410.

Gold closed at A$4,110 an ounce on Tuesday. Kalgoorlie-Boulder is 595 km east of Perth.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul counts': the lawmaker's Monday figure (Monday to publication)"),
        C("At least 100", 100, "at_least", "casualties", "south_korea", "mon",
          "lawmaker relaying the NIS after a closed-door session 'on Monday' (X citing Y), "
          "source after the figure: died"),
        C("Close to 1,000", 1000, "approx", "casualties", "south_korea", "mon",
          "'others had been wounded, Mr Lee said' (others in the same count, not an increment)"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'at the weekend': killed or wounded in one fight"),
        C("hundreds", None, "vague", "casualties", "united_states", "tue",
          "a senior US defence official 'on Tuesday' in quotes: losses"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "same official: in Russia, folded into Russian units"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "yday",
          "Australia's defence minister 'yesterday' in quotes (a third government)"),
    ),
)

E08 = Source(
    article_id="e08_faroe_tidings_fisheries_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-03-27"),
    dated_by="html_meta",
    features="Faroe Islands English news page in HTML, ISO-8859-1 (curly quotes only as "
        "entities, `&oacute;`, `&oslash;`), `article:published_time` with +00:00 and a "
        "dateline '27 March 2025', consent bar, navigation, related links, footer with a phone "
        "number; `<title>` figure (optional, increment); headline 'Seoul:' `3,000 more` "
        "(increment) from the JCS 'on Thursday' (the publication day); `roughly 3,000 "
        "additional` and 'In the same assessment … at' `around 4,200`; HUR 'on 13 March'; a NATO "
        "official 'last week'; the Faroese foreign minister 'afterwards' after a Wednesday "
        "debate (other); Russian trawlers, tonnes, kroner, population, islands, artillery "
        "pieces, per cent",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Seoul: Pyongyang sent [[3,000]] more troops to Russia | Faroe Tidings</title>
<meta property="og:site_name" content="Faroe Tidings">
<meta property="article:published_time" content="2025-03-27T15:20:00+00:00">
<meta property="article:section" content="World">
<script>window.ftConsent={vendors:61,version:"2.3"};</script>
</head>
<body>
<div class="consent"><p>We use cookies to keep this site running and to count our readers. Read \
our privacy note or change your choice at any time.</p><button>Fine by me</button> \
<button>Settings</button></div>
<header><a href="/" class="brand">Faroe Tidings</a> &middot; English news from T&oacute;rshavn
<nav><a href="/local">Local</a> | <a href="/fisheries">Fisheries</a> | <a href="/world">World</a> \
| <a href="/sport">Sport</a> | <a href="/weather">Weather</a></nav></header>
<article>
<h1>Seoul: Kim sent [[3,000]] more troops to Russia this year</h1>
<p class="standfirst">As North Korean units return to the Kursk front, the Faroese government \
faces fresh questions over its fisheries deal with Moscow.</p>
<p class="dateline">T&Oacute;RSHAVN &middot; 27 March 2025</p>
<p>Pyongyang shipped [[roughly 3,000]] additional soldiers to Russia over the first two months of \
the year to replace its heavy losses, South Korea&rsquo;s Joint Chiefs of Staff said on Thursday. \
In the same assessment, the JCS put North Korean killed and wounded since last autumn at [[around \
4,200]], and said Pyongyang had also shipped short-range ballistic missiles and some 220 \
artillery pieces.</p>
<p>The reinforcements appear to be in action already. Ukraine&rsquo;s military intelligence \
service said on 13 March that [[several thousand]] North Korean troops had returned to the front \
line in Kursk after a pause of several weeks, now fighting alongside Russian paratroopers in \
smaller groups.</p>
<p>A NATO official in Brussels, speaking on condition of anonymity last week, said the alliance \
believed [[about 11,000]] North Koreans were still inside Russia.</p>
<h2>Questions in the L&oslash;gting</h2>
<p>In T&oacute;rshavn, the news has revived criticism of the annual fisheries agreement with \
Russia, which lets some 30 Russian trawlers fish in Faroese waters and gives Faroese vessels \
quotas in the Barents Sea. Opposition member Sj&uacute;r&eth;ur Poulsen told the L&oslash;gting \
on Wednesday that it was &ldquo;no longer possible to look away&rdquo;.</p>
<p>Foreign Minister Hanus Joensen defended the deal. Speaking to Faroe Tidings afterwards, he \
said the government condemned the deployment of &ldquo;[[more than 11,000]] North Korean \
soldiers&rdquo; on Russian soil, but argued that the agreement was about &ldquo;fish, not \
politics&rdquo;.</p>
<p>Faroese vessels landed around 112,000 tonnes of fish from Russian-managed waters last year, \
worth roughly DKK 1.1 billion. About 55,000 people live on the 18 islands.</p>
</article>
<aside class="related"><h3>Also on Faroe Tidings</h3><ul><li>Ferry operator adds second weekly \
sailing to Denmark</li><li>Blue whiting quota cut by 21%</li></ul></aside>
<footer>Faroe Tidings &middot; Bryggjubakki 7, FO-100 T&oacute;rshavn &middot; Tel. +298 31 20 45 \
&middot; &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "<title> (metadata) restating the headline: '3,000 more' (increment)", add=True,
          opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu",
          "headline 'Seoul:' '3,000 more' (increment) from the JCS Thursday figure (the "
          "publication day)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'on Thursday', source after the figure: 'additional' (increment)", add=True),
        C("around 4,200", 4200, "approx", "casualties", "south_korea", "thu",
          "'In the same assessment, the JCS put … at': killed and wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-03-13",
          "HUR 'on 13 March': back at the front line in Kursk"),
        C("about 11,000", 11000, "approx", "in_russia", "nato", "lastweek",
          "an anonymous NATO official 'last week': inside Russia"),
        C("more than 11,000", 11000, "at_least", "in_russia", "other", "wed",
          "Faroese foreign minister 'afterwards' after the Wednesday debate, in quotes (a "
          "third government)"),
    ),
)

E09 = Source(
    article_id="e09_north_dakota_radio_builders_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "KBMR Dakota News Radio",
        "https://www.kbmr-news.example/2025/06/russia-north-korea-engineers-kursk",
        "Russia says North Korea will send engineers, mine clearers to Kursk",
    ),
    features="North Dakota radio station's site in Markdown, UTF-8 with BOM, front matter "
        "without a date (sidecar, Wednesday), dateline 'BISMARCK, N.D. (KBMR) —'; a headline sum "
        "`6,000` (Shoigu's parts: russia, planned, Tuesday to publication); the lead's "
        "„thousands more“ (increment) announced without a day, dated by the next sentence; "
        "Shoigu 'said Tuesday' `1,000` and `5,000` (contingents, not increments); a Defense "
        "Department official 'on Monday' in quotes; Rutte 'on Monday' „thousands“ fighting "
        "(nato); a UND professor 'estimates' (other, `pub`); airmen, bombers, wheat price, "
        "radio frequencies",
    text="""\
---
title: "Russia says North Korea will send engineers, mine clearers to Kursk"
station: KBMR Dakota News Radio
author: Cody Halvorson
category: National/World
---

# Russia: Kim to send [[6,000]] engineers and mine clearers to Kursk

*BISMARCK, N.D. (KBMR) —* North Korea will send [[thousands]] more of its soldiers to Russia, \
this time to clear mines and rebuild the war-damaged Kursk region, a top Russian official \
announced.

Sergei Shoigu, who heads Russia's Security Council, met Kim Jong Un in Pyongyang and said Tuesday \
afterwards that the North would dispatch [[1,000]] troops trained in mine clearance, along with \
[[5,000]] soldiers from its military construction units. Shoigu called the move "a brotherly \
gesture" on Russian state television and said the work would begin within weeks.

The Pentagon had no immediate comment on the announcement. But a Defense Department official who \
briefed reporters in Washington on Monday said the U.S. assessed that "[[roughly 11,000]]" North \
Korean troops were still in Russia, most of them in or near Kursk.

In The Hague, where allied leaders gather for a summit next week, NATO chief Mark Rutte told \
reporters on Monday that [[thousands]] of North Korean soldiers were "fighting and dying for \
Putin's war of choice."

## 'A labor force Moscow badly needs'

At the University of North Dakota in Grand Forks, political science professor Anders Lindquist, \
who studies the Korean Peninsula, said the announcement fits a pattern. "Pyongyang gets cash, oil \
and know-how. Moscow gets bodies," he told KBMR. Lindquist estimates North Korea's losses in \
Russia so far at [[close to 5,000]] killed and wounded, "and those are men the regime will have \
to explain to their families."

## Closer to home

North Dakota has its own stake in the region's security. Minot Air Force Base is home to roughly \
5,500 airmen and to B-52 bombers that regularly rotate to Guam, and Grand Forks Air Force Base \
flies Global Hawk surveillance drones over the Pacific. Four Minot bombers flew over the Korean \
Peninsula during an exercise in February.

Wheat futures closed at $5.42 a bushel on Tuesday. Tune in to KBMR, AM 1270 and FM 101.3, for \
updates at the top of every hour.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline sum of Shoigu's 1,000 + 5,000 (Tuesday to publication)"),
        C("thousands", None, "vague", "planned", "russia", "tue..pub",
          "lead 'will send thousands more' (increment), no day of its own: dated by Shoigu's "
          "Tuesday in the next sentence", add=True),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said Tuesday': mine clearers (a contingent, not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same: military construction soldiers"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "mon",
          "Defense Department official 'on Monday', in quotes: still in Russia"),
        C("thousands", None, "vague", "near_front", "nato", "mon",
          "Rutte 'on Monday': fighting and dying"),
        C("close to 5,000", 5000, "approx", "casualties", "other", "pub",
          "UND professor 'estimates' (present tense, undated): killed and wounded"),
    ),
)

E10 = Source(
    article_id="e10_bratislava_ledger_fico_kim_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Bratislava Ledger",
        "https://www.bratislava-ledger.example/world/fico-kim-beijing-seoul-2000-dead/",
        "Fico shares a stand with Kim as Seoul counts the dead",
    ),
    features="Slovak English-language daily in HTML with CRLF, no meta date (sidecar, Friday), "
        "NewsArticle JSON-LD headline without a figure, a word-count script, a GDPR bar with "
        "partners, navigation, footer with a price; `<meta name=\"description\">` figure "
        "(optional); headline 'Seoul counts' (Thursday to publication); `Around 2,000` "
        "'by the estimate of' the NIS, dated by the next sentence ('passed the number on … on "
        "Thursday'); "
        "'since spring … at the time' `roughly 600` (a season); 'According to the lawmakers' "
        "`some 13,000` and `About 1,000` of the engineers in Kursk; Budanov 'last month' (two "
        "figures, `well above 6,000`); Slovakia's army (`about 13,000`), MiG-29s, votes, euros, "
        "Chinese parade troops, heads of state, anniversary",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fico in Beijing, Kim's dead in Kursk | The Bratislava Ledger</title>
<meta name="description" content="South Korea's spy agency puts North Korean deaths in Russia at \
[[2,000]]. Slovakia's prime minister, meanwhile, stood a few metres from Kim in Beijing.">
<meta property="og:locale" content="en_GB">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"Fico shares a stand with Kim as Seoul counts the dead","inLanguage":"en"}</script>
<script>var _ledger={section:"world",paywall:0,wc:587};</script>
</head>
<body>
<div class="gdpr">We and 12 partners process data to measure readership. <a \
href="/privacy">Privacy</a> <button>OK</button> <button>No, thanks</button></div>
<nav class="top"><a href="/">Home</a> &middot; <a href="/slovakia">Slovakia</a> &middot; <a \
href="/world">World</a> &middot; <a href="/business">Business</a> &middot; <a \
href="/culture">Culture</a></nav>
<article>
<h1>Fico shares a stand with Kim as Seoul counts [[2,000]] North Korean dead</h1>
<p class="author">Zuzana Hrabovsk&aacute; &middot; World</p>
<p>On Wednesday, Prime Minister Robert Fico watched China&rsquo;s largest-ever military parade \
from the same Beijing grandstand as Kim Jong Un. On Thursday, Kim&rsquo;s war in Europe got a new \
price tag.</p>
<p>[[Around 2,000]] of Kim&rsquo;s men have now died in Russia&rsquo;s war, by the estimate of \
South Korea&rsquo;s National Intelligence Service. Lawmakers who sit on the National \
Assembly&rsquo;s intelligence committee passed the number on to reporters after a closed-door \
session on Thursday. It is the spy agency&rsquo;s first update on the dead since spring; at the \
time, it counted [[roughly 600]].</p>
<p>According to the lawmakers, Pyongyang has rotated [[some 13,000]] troops through Russia since \
last October. [[About 1,000]] of the military engineers promised to Moscow in June had already \
arrived in Kursk to clear mines, they said, with more expected by the end of the year.</p>
<p>Kyiv&rsquo;s estimates run higher. Kyrylo Budanov, head of Ukraine&rsquo;s military \
intelligence, told a security forum in Kyiv last month that [[about 4,000]] North Koreans had \
been killed and that the number of dead and wounded was &ldquo;[[well above 6,000]]&rdquo;.</p>
<h2>&lsquo;I do not choose who stands next to me&rsquo;</h2>
<p>Mr Fico, the only leader of a European Union member state at the parade, brushed off criticism \
on his return. &ldquo;I do not choose who stands next to me,&rdquo; he told reporters at \
Bratislava airport on Thursday evening. The opposition Progressive Slovakia called the trip \
&ldquo;a disgrace&rdquo; and wants a no-confidence vote; it needs 76 of the 150 votes in \
parliament.</p>
<p>Slovakia&rsquo;s own armed forces number about 13,000 professional soldiers. Under the \
previous government, Bratislava gave Kyiv 13 MiG-29 fighter jets; Mr Fico has since halted state \
military aid but lets private arms makers export, a trade worth about &euro;1.2 billion last \
year.</p>
<p>China&rsquo;s parade marked 80 years since the end of the Second World War in Asia and \
featured about 10,000 troops, according to state media, as well as 26 foreign heads of state and \
government.</p>
</article>
<footer>&copy; 2025 The Bratislava Ledger s.r.o. &middot; <a href="/contact">Contact</a> &middot; \
<a href="/subscribe">Subscribe from &euro;4.90 a month</a></footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "<meta name=description> (metadata) restating the NIS Thursday figure", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul counts': the NIS figure shared on Thursday"),
        C("Around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS estimate, dated by the next sentence (lawmakers passed it on 'on Thursday')"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "'since spring; at the time, it counted' (a season): dead"),
        C("some 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "'According to the lawmakers' (the Thursday briefing): rotated through Russia"),
        C("About 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "'they said': engineers already arrived in Kursk to clear mines"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "Budanov 'last month' (August): killed"),
        C("well above 6,000", 6000, "at_least", "casualties", "ukraine",
          "2025-08-01..2025-08-31", "same speech, in quotes: dead and wounded"),
    ),
)

E11 = Source(
    article_id="e11_majuro_lagoon_news_builders",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-04"),
    dated_by="dateline",
    features="Marshall Islands news site as plain text, 'Published November 4, 2025' line "
        "(Tuesday), dateline 'MAJURO —'; headline 'Seoul:' from the NIS 'on Tuesday' (the "
        "publication day) 'according to lawmakers who attended' (X citing Y); 'also believes … "
        "the lawmakers said' carried (`roughly 10,000` at the border, `up to 6,000` more: "
        "increment); the INDOPACOM commander 'last week' 'By his count' `upwards of 14,000`; "
        "Russia's ambassador in Pyongyang 'in October' „thousands“ of builders (russia, "
        "planned); the site's own sum 'Added together' (unattributed, required, `pub`); US and "
        "Marshallese workers at Kwajalein, missile range, population, dollars, nuclear tests, "
        "years, phone number",
    text="""\
MAJURO LAGOON NEWS
Region | World | Business | Sports

Seoul: [[5,000]] North Korean builders now in Russia

As Kwajalein readies its next missile test, a US commander warns that Pyongyang is learning from \
the war in Europe

Published November 4, 2025 | By Kalani deBrum

MAJURO — [[Around 5,000]] North Korean military builders have arrived in Russia since September \
to help put Kursk's shattered towns back together, Seoul's National Intelligence Service told a \
parliamentary committee on Tuesday, according to lawmakers who attended.

The National Intelligence Service also believes [[roughly 10,000]] North Korean combat troops \
remain deployed along Russia's border with Ukraine, the lawmakers said, and that Pyongyang could \
add [[up to 6,000]] more before the end of the year.

The figures came days after Adm. Samuel Paparo, commander of U.S. Indo-Pacific Command, warned at \
a security conference in Honolulu last week that North Korea was gaining combat experience "no \
other army in Asia has." By his count, [[upwards of 14,000]] North Korean troops had been sent to \
Russia over the past year. "They are learning drone warfare at scale," he said.

Moscow has been open about the workers. Alexander Matsegora, Russia's ambassador in Pyongyang, \
said in an interview with the Izvestia newspaper in October that "[[thousands]]" of North Korean \
builders would take part in rebuilding Kursk, and thanked Pyongyang for its "fraternal assistance."

Added together, the deployments Seoul has made public over the past 13 months come to [[more than \
16,000]] North Korean personnel, combat troops, deminers and builders included.

For the Marshall Islands, the war in Europe is never far from the missile range at Kwajalein \
Atoll. The Ronald Reagan Ballistic Missile Defense Test Site, where about 1,200 Americans and 900 \
Marshallese workers are employed, is preparing for an unarmed Minuteman III test launch from \
California later this month. The missile will travel about 4,200 miles before it splashes down \
near Kwajalein.

The President's office said last week that the nation "stands with its partners" against \
aggression. The Marshall Islands has about 42,000 residents and no military of its own; under the \
Compact of Free Association, the United States is responsible for its defense. The Compact's \
renewed economic package is worth $2.3 billion over 20 years.

Sixty-seven US nuclear tests were conducted in the Marshall Islands between 1946 and 1958.

Contact the newsroom: news@majurolagoon.example | +692 625 3310
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "headline 'Seoul:': the NIS Tuesday figure (the publication day)"),
        C("Around 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'on Tuesday' according to lawmakers (X citing Y): arrived in Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'also believes … the lawmakers said': deployed along the border"),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "tue",
          "same: 'could add … more' (increment)", add=True),
        C("upwards of 14,000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "INDOPACOM commander 'last week', 'By his count': sent over the past year"),
        C("thousands", None, "vague", "planned", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang 'in October' in quotes: builders would take part"),
        C("more than 16,000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the site's own sum 'Added together' of Seoul's figures (required)"),
    ),
)

E12 = Source(
    article_id="e12_mbabane_chronicle_parade_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-13"),
    dated_by="front_matter",
    features="Eswatini daily's world page in Markdown, UTF-16 LE with BOM, front matter with "
        "`date:` and a title figure (optional); headline 'Seoul puts dead at' from the NIS "
        "figure 'in September' (September to publication); Kim's speech 'on Friday' published "
        "by KCNA 'on Saturday' „thousands“ who fought in Kursk (north_korea, Friday–Saturday); "
        "state TV's parade veterans (optional returnees); the NIS 'in September' (two figures, "
        "`out of roughly 15,000`); a State Department spokesperson 'on Friday'; Ukrainian "
        "officials 'say' `as many as 10,000 additional` (increment, `pub`); a Kwaluseni lecturer "
        "`closer to 3,000` (other, `pub`); Eswatini's population (`1.2 million`), countries, "
        "emalangeni, scholarships, anniversary, missiles",
    text="""\
---
title: "Kim hails Kursk 'heroes' as Seoul puts dead at [[2,000]]"
date: 2025-10-13
section: World
author: Sibusiso Dlamini
desk: Foreign news
---

# Kim hails Kursk 'heroes' as Seoul puts dead at [[2,000]]

**A parade in Pyongyang shows off new missiles and veterans of the war in Russia, while Kyiv \
warns that more troops could follow**

North Korean leader Kim Jong Un used a vast military parade in Pyongyang on Friday to celebrate \
the soldiers he sent to fight for Russia, hailing them as heroes who had shown "the honour of our \
army abroad".

According to the state news agency KCNA, which published the full speech on Saturday, Kim told \
the crowd that the "[[thousands]] of our sons who fought in the Kursk area" had written "a new \
page" in the friendship with Moscow. State television showed [[several hundred]] of those \
veterans marching across Kim Il Sung Square behind a banner reading "Overseas Operation Units".

Russia's former president Dmitry Medvedev, now deputy head of its Security Council, watched from \
the tribune alongside China's Premier Li Qiang. The event celebrated the Workers' Party's 80th \
anniversary and featured the new Hwasong-20 intercontinental missile.

The parade offered no hint of the cost. South Korea's National Intelligence Service told \
parliament in September that [[about 2,000]] North Koreans had lost their lives in Russia, out of \
[[roughly 15,000]] sent there in total.

In Washington, a State Department spokesperson said on Friday that the United States believed \
[[more than 11,000]] North Korean soldiers were still in Russia and urged Pyongyang to "bring \
them home".

Kyiv expects more to come. Ukrainian intelligence officials say Pyongyang is preparing [[as many \
as 10,000]] additional troops for deployment before winter, some of them possibly for use on \
Ukrainian soil rather than in Russia.

## View from Mbabane

Dr Thandeka Mamba, who lectures in international relations at the University of Eswatini in \
Kwaluseni, said the official numbers were probably too low. "Regimes do not advertise their \
losses. My own guess is that the real toll is [[closer to 3,000]]," she said.

Eswatini, with about 1.2 million people, is one of only twelve countries that still recognise \
Taiwan rather than China. The kingdom received E45 million in development grants from Taipei last \
year, and some 200 Emaswati students hold Taiwanese scholarships.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul puts dead at': the NIS figure of September (September to "
          "publication)"),
        C("thousands", None, "vague", "near_front", "north_korea", "fri..sat",
          "Kim's Friday speech as published by KCNA 'on Saturday', in quotes: fought in Kursk"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri..sat",
          "returnees marching at the parade, shown by state TV (optional, as in earlier sets)",
          opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'told parliament in September': lost their lives"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea",
          "2025-09-01..2025-09-30", "same: 'out of … sent there in total' (sent, not planned)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "fri",
          "State Department spokesperson 'on Friday': still in Russia"),
        C("as many as 10,000", 10000, "at_most", "planned", "ukraine", "pub",
          "Ukrainian intelligence officials 'say' (present tense, undated): 'additional' "
          "(increment)", add=True),
        C("closer to 3,000", 3000, "approx", "casualties", "other", "pub",
          "Kwaluseni lecturer in quotes, undated: the real toll"),
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
