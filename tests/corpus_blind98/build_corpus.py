"""Build the NINETY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundredth corpus, for an honest measurement on articles the extractor has never met, written
in session 13 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a regional railway's
staff magazine in Naumburg with a Ukrainian train driver, a Papenburg (Emsland) daily with a
Korean welding engineer from the shipyard, a Bad Ischl web portal (Austrian conventions) with a
Korean soprano of the operetta festival, a Zermatt weekly (Swiss conventions) on Korean guests, a
Föhr island paper with a retired naval officer who follows ships on his laptop, a Rhön gliding
club's newsletter on drones; a Ramsey (Isle of Man) weekly on sanctions checks, a Livingstone
(Zambia) weekly with a retired officer trained by North Korean instructors, a Sheridan (Wyoming)
paper at the cattle sale barn, a Whitehorse (Yukon) news site during the defence minister's visit,
a Jersey growers' bulletin and a Manihiki (Cook Islands) pearl farmers' news sheet. Same file
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
BASE_NAME = "_blind98_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

P01 = Source(
    article_id="p98_01_weichenstellung_naumburg_lokfuehrer_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="a regional railway's staff magazine (intranet page) from Naumburg in HTML, UTF-8 "
        "(`article:published_time` +01:00, Thursday), a cookie note in railway words, an "
        "intranet script, navigation, a footer with an address; `<title>` without a figure; "
        "headline 'Pentagon:' from the spokeswoman's Monday figure (Monday to publication); "
        "'Washington wurde am Montag deutlich' with the speaker named after the figure; 'Nach "
        "Angaben des Militärgeheimdienstes HUR' after the defence minister's Tuesday remarks "
        "(Tuesday to publication); the NIS 'Ende Oktober' (days 21-31) with a total and a "
        "forecast, then 'am Montag' relayed by lawmakers; a Ukrainian train driver relaying his "
        "brother at the front `ein paar tausend` (other, `pub`); the driver's age, the track "
        "gauge, colleagues, a collection deadline, an extension number, punctuality, railcars",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Weichenstellung: Ein Lokführer aus Charkiw und die Nachrichten aus Kursk</title>
<meta property="article:published_time" content="2024-11-07T08:40:00+01:00">
<meta property="og:site_name" content="Weichenstellung – Mitarbeitermagazin der Saale-Unstrut-Bahn">
<script>window.intranet={bereich:"menschen",standort:"Naumburg",login:true};</script>
</head>
<body>
<div class="cookie-hinweis">Auch unser Intranet kommt nicht ohne Cookies aus: Sie halten Sie \
angemeldet, bis Ihre Schicht vorbei ist. <button>Freie Fahrt</button> <button>Nur \
notwendige</button></div>
<nav><a href="/">Start</a> | <a href="/betrieb">Betrieb</a> | <a href="/werkstatt">Werkstatt</a> \
| <a href="/menschen">Menschen</a> | <a href="/welt">Welt &amp; Schiene</a></nav>
<main>
<p class="rubrik">Menschen bei uns</p>
<h1>Pentagon: [[8.000]] Nordkoreaner stehen bei Kursk</h1>
<p class="unterzeile">Taras Hnatjuk fährt seit zwei Jahren unsere Triebwagen zwischen Naumburg \
und Wangen. Seit dieser Woche telefoniert er abends noch länger mit seinem Bruder an der \
Front.</p>
<p>Washington wurde am Montag deutlich. [[Etwa 8.000]] nordkoreanische Soldaten seien \
inzwischen in der russischen Grenzregion Kursk eingetroffen, sagte Pentagon-Sprecherin Sabrina \
Singh vor Journalisten. Insgesamt halte Pjöngjang nach amerikanischen Erkenntnissen \
[[rund 10.000]] Mann in Russland bereit; wann sie in die Kämpfe eingreifen, sei offen.</p>
<p>Kiew meldet bereits Gefechte. Verteidigungsminister Rustem Umerow sprach am Dienstag im \
südkoreanischen Fernsehen von ersten &bdquo;kleinen Zusammenstößen&ldquo;. Nach Angaben des \
Militärgeheimdienstes HUR stehen [[11.000]] Nordkoreaner im Gebiet Kursk, verteilt auf \
Einheiten der russischen Marineinfanterie und der Luftlandetruppen.</p>
<p>Seoul hatte Ende Oktober noch vorsichtiger gerechnet. Der Nachrichtendienst NIS ging damals \
von [[mehr als 3.000]] Soldaten aus, die Russland schon übergeben worden seien, und erwartete \
bis Dezember [[etwa 10.000]]. Dieser Wert ist offenbar schon erreicht: Im Land seien \
inzwischen [[mehr als 10.000]], berichteten Abgeordnete am Montag nach einer vertraulichen \
Sitzung des Geheimdienstausschusses.</p>
<h2>&bdquo;Mein Bruder zählt nicht, er schießt&ldquo;</h2>
<p>Für Taras Hnatjuk, 41, sind das keine abstrakten Zahlen. Bevor er 2022 nach Naumburg kam, \
fuhr er für die ukrainische Staatsbahn Güterzüge zwischen Charkiw und Poltawa, auf Breitspur \
mit 1.520 Millimetern. Sein jüngerer Bruder fliegt Aufklärungsdrohnen im Gebiet Sumy, wenige \
Kilometer vor der Grenze. &bdquo;Er sagt, drüben auf der russischen Seite sind jetzt [[ein paar \
tausend]] Koreaner angekommen. Man hört sie im Funk&ldquo;, erzählt Hnatjuk in der Pause im \
Betriebsbahnhof. Belegen könne das niemand, räumt er ein.</p>
<p>Hnatjuk ist einer von zwölf Kolleginnen und Kollegen aus der Ukraine in unserem Unternehmen. \
Wer helfen möchte: Bis zum 30. November sammeln alle Kundencenter Winterjacken und Schlafsäcke. \
Ansprechpartnerin ist Doreen Fiebig, Durchwahl 4417.</p>
<p>Aus dem Betrieb: Im Oktober kamen 93,4 Prozent unserer Züge pünktlich an. Die Werkstatt hat \
den vierzehnten Triebwagen nach der Hauptuntersuchung zurück auf die Strecke gebracht.</p>
</main>
<footer>Weichenstellung &middot; Mitarbeitermagazin der Saale-Unstrut-Bahn GmbH &middot; \
Bahnhofstraße 12, 06618 Naumburg &middot; nur für den internen Gebrauch</footer>
<script src="/static/intranet.min.js?v=2.9"></script>
</body>
</html>
""",
    claims=(
        C("8.000", 8000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon:': the spokeswoman's Monday figure of the lead (Monday to "
          "publication), the hedge dropped: arrived in the Kursk border region"),
        C("Etwa 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "'Washington wurde am Montag deutlich', the spokeswoman named after the figure, "
          "Konjunktiv: arrived in the Kursk border region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "same briefing, 'nach amerikanischen Erkenntnissen': held ready in Russia"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "'Nach Angaben des Militärgeheimdienstes HUR' right after the defence minister's "
          "Tuesday remarks, no day of its own (Tuesday to publication): in the Kursk region"),
        C("mehr als 3.000", 3000, "at_least", "in_russia", "south_korea",
          "2024-10-21..2024-10-31",
          "NIS 'Ende Oktober' (days 21-31), 'ging damals … aus': handed over to Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same estimate: expected by December (a forecast: planned)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "mon",
          "lawmakers 'am Montag' after the committee session, named after the figure "
          "(Konjunktiv): in the country (a new total, not an increment)"),
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a Ukrainian train driver relaying his brother at the front (the speaker quoted: "
          "other), present tense, undated: arrived across the border"),
    ),
)

P02 = Source(
    article_id="p98_02_papenburger_fehnbote_werft",
    language="de", fmt="txt", encoding="latin-1", published=day("2024-12-20"),
    dated_by="dateline", crlf=True,
    features="Papenburg (Emsland) daily as plain text, ISO-8859-1 with CRLF and straight "
        "quotes, dateline 'Papenburg, 20.12.2024 -' (Friday); headline 'Seoul:' from the NIS "
        "figure relayed by an MP 'am Donnerstag' (Thursday to publication); `mindestens 100` "
        "dead, the wounded put 'auf fast 1.000' by the service (no increment word), 'Laut Lee "
        "rechnet der Dienst' (carried); Ukraine's special forces 'am Mittwoch' `50` killed and "
        "`47` wounded; an anonymous US official 'am Dienstag' „mehreren hundert“ in quotes; a "
        "Korean welding engineer at the shipyard who 'geht davon aus' `Tausende` weitere "
        "(other, increment, `pub`); the engineer's age, a cruise ship's length, shipyard jobs, "
        "market stalls, a bridge closure, a phone number",
    text="""\
PAPENBURGER FEHNBOTE
Zeitung für Papenburg, Aschendorf und das nördliche Emsland
Welt | Freitag

Seoul: [[100]] Nordkoreaner in Kursk gefallen

Erste Verlustbilanz aus Südkorea. Ein Schiffbauingenieur aus Busan, der seit neun Jahren in \
Papenburg lebt, verfolgt die Nachrichten aus seiner Heimat mit wachsender Sorge.

Papenburg, 20.12.2024 - Es ist die erste Verlustbilanz, die Seoul vorlegt. Unter den \
nordkoreanischen Soldaten, die Russland im Gebiet Kursk einsetzt, habe es [[mindestens 100]] \
Tote gegeben, berichtete Lee Seong-kweun, Mitglied im Geheimdienstausschuss, am Donnerstag \
nach einer nichtöffentlichen Unterrichtung. Die Zahl der Verwundeten schätze der \
Nachrichtendienst NIS auf \
[[fast 1.000]]. Die Männer würden auf offenem Feld gegen ukrainische Drohnen und Artillerie \
geschickt, ohne jede Erfahrung mit dieser Art von Krieg.

Laut Lee rechnet der Dienst weiterhin mit [[rund 11.000]] Nordkoreanern in Russland. Ein Teil \
von ihnen sei inzwischen von Übungsplätzen im Hinterland an die Front verlegt worden.

Kiew nennt andere Zahlen. Die ukrainischen Spezialeinsatzkräfte teilten am Mittwoch mit, sie \
hätten bei Gefechten um drei Dörfer des Gebiets Kursk [[50]] nordkoreanische Soldaten getötet \
und [[47]] verwundet. Unabhängig überprüfen ließ sich das nicht.

In Washington sprach ein Regierungsvertreter am Dienstag von "[[mehreren hundert]]" Toten und \
Verwundeten, ohne Einzelheiten zu nennen. Moskau schweigt zu dem Einsatz weiterhin.

Der Blick von der Werft

Park Min-jae, 38, ist Ingenieur für Schweißtechnik und kam 2015 aus Busan an die Ems. Seine \
Familie schickt ihm jeden Abend Ausschnitte aus koreanischen Nachrichtensendungen. "Bei uns \
zu Hause hat niemand geglaubt, dass Kim seine Leute wirklich in diesen Krieg schickt", sagt er. \
Nun geht Park davon aus, dass Pjöngjang bis zum Frühjahr [[Tausende]] weitere Soldaten \
nachschickt. "Für Kim sind das keine Verluste, sondern Devisen."

Auf der Werft selbst sind die Nachrichten aus Kursk kaum ein Thema, erzählt Park. Dort läuft \
die Endausrüstung eines Kreuzfahrtschiffs von 340 Metern Länge, das im Frühjahr über die Ems \
zur Nordsee überführt werden soll. Rund 3.300 Menschen arbeiten auf dem Gelände.

Lokales in Kürze: Der Weihnachtsmarkt am Rathaus hat bis Montag täglich ab 11 Uhr geöffnet, 28 \
Buden sind dabei. Die Friederikenbrücke am Hauptkanal bleibt bis zum 8. Januar für Autos \
gesperrt.

Hinweise an die Redaktion: 04961 927 455
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure relayed on Thursday (Thursday to publication), the "
          "hedge dropped: fallen"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "MP Lee 'am Donnerstag' after the committee session, named after the figure: dead"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'schätze der Nachrichtendienst NIS auf' (same briefing): wounded ('fast' as approx)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Laut Lee rechnet der Dienst' (carried): in Russia"),
        C("50", 50, "exact", "casualties", "ukraine", "wed",
          "Ukraine's special forces 'teilten am Mittwoch mit' (Friday article): killed"),
        C("47", 47, "exact", "casualties", "ukraine", "wed", "same statement: wounded"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "tue",
          "an anonymous official in Washington 'am Dienstag', in quotes: dead and wounded"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "Korean shipyard engineer 'geht davon aus' (present, undated): 'weitere … nachschickt' "
          "(increment) by spring", add=True),
    ),
)

P03 = Source(
    article_id="p98_03_ischler_woche_sopranistin_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-02-13"),
    dated_by="sidecar",
    sidecar=(
        "Ischler Woche online",
        "https://www.ischlerwoche.example/welt/2025/02/sopranistin-seoul-kursk",
        "Eine Sopranistin aus Seoul und der Krieg in Kursk",
    ),
    features="Bad Ischl (Salzkammergut) web portal in HTML, UTF-16 LE with BOM, no meta date "
        "(sidecar, Thursday), Austrian conventions (`Jänner`, `Feber`, `heuer`), a one-line "
        "consent box, navigation by lakes and valleys, a short footer; `<title>` and headline "
        "without a figure; the NIS 'am Mittwoch' with the contingent and its dead and wounded "
        "(`an die 300` approx); Zelensky 'vergangene Woche' in an interview `fast 4.000` and "
        "'zusätzlich' `3.000 bis 4.000` (range, increment); a Korean soprano of the operetta "
        "festival relaying what 'man' says in Seoul `Hunderte` (other, `pub`); her age, "
        "seasons, ticket prices, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Ischler Woche | Eine Sopranistin aus Seoul und der Krieg in Kursk</title>
</head>
<body>
<div class="consent">Kekse gibt's bei uns nur zum Kaffee &ndash; und ein paar technische. \
<button>Passt</button></div>
<nav>Bad Ischl · Traunsee · Ausseerland · Wolfgangsee · Welt</nav>
<article>
<h1>Eine Sopranistin aus Seoul und der Krieg in Kursk</h1>
<p>Seit Mitte Jänner sind Kim Jong Uns Soldaten an der Front bei Kursk kaum mehr zu sehen. \
Der südkoreanische Geheimdienst NIS erklärte am Mittwoch, die Truppen seien nach schweren \
Verlusten offenbar aus den Kämpfen genommen worden. Das Kontingent, das Kim im Herbst \
geschickt hatte, schätzt der Dienst auf [[rund 11.000]] Soldaten; [[an die 300]] davon seien \
gefallen, [[2.700]] verwundet.</p>
<p>Kiew rechnet anders. Präsident Wolodymyr Selenskyj sprach vergangene Woche in einem \
Interview von [[fast 4.000]] Toten und Verwundeten und warnte, Nordkorea könne zusätzlich \
[[3.000 bis 4.000]] Soldaten schicken.</p>
<p>In Bad Ischl verfolgt Yoon Seo-hee die Nachrichten am Handy. Die 34-jährige Sopranistin \
singt heuer zum dritten Mal beim Operettensommer und unterrichtet im Winter an der \
Musikschule. Ihr Cousin leistet in Südkorea gerade seinen Wehrdienst. &bdquo;In Seoul sagt man, \
dass [[Hunderte]] junge Nordkoreaner für nichts gestorben sind&ldquo;, erzählt sie. Angst vor \
einem Krieg in Korea habe sie nicht, wohl aber vor der Erfahrung, die Kims Armee jetzt \
sammle.</p>
<p>Der Kartenvorverkauf für den Sommer beginnt Ende Feber, Karten gibt es ab 39 Euro. \
Auskunft unter 06132 238 39.</p>
</article>
<footer>Ischler Woche online · Redaktion Bad Ischl · &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'erklärte am Mittwoch' (Thursday article): the contingent moved to Russia in "
          "autumn"),
        C("an die 300", 300, "approx", "casualties", "south_korea", "wed",
          "same statement, Konjunktiv: fallen ('an die' as approx)"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "wed",
          "same sentence: wounded (a second count of the same toll, not an increment)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "Zelensky 'vergangene Woche' in an interview: dead and wounded"),
        C("3.000 bis 4.000", None, "range", "planned", "ukraine", "lastweek",
          "same interview: 'zusätzlich' (increment) could be sent", add=True),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "a Korean soprano relaying 'In Seoul sagt man' (the speaker quoted: other), undated: "
          "died"),
    ),
)

P04 = Source(
    article_id="p98_04_matterhorn_anzeiger_gaeste_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-05-02"),
    dated_by="front_matter", crlf=True,
    features="Zermatt weekly (Swiss conventions) in Markdown, windows-1252 with CRLF, front "
        "matter with `date:` (Friday) and a title without a figure; `ss` (no sharp s), «», "
        "`15'000`, `20'000`, `11'000`, 4-digit `4700`/`3000`/`3089`/`1200`; headline 'Seoul "
        "zählt' from the NIS Wednesday figure (Wednesday to publication); KCNA 'Am Montag' "
        "without a figure; the NIS 'am Mittwoch' with the MP named in the next sentence "
        "('Das sagte … nach der Sitzung'), 'darunter etwa 600' (breakdown); Zelensky 'am "
        "Dienstag' `3000` 'zusätzlichen' (increment); Rubio 'am Donnerstag' «Tausenden» "
        "(fought: near the front); Rutte 'Anfang März' (days 1-10); a Korean tour guide "
        "relaying 'Viele meinen' `über 20'000` (other, `pub`); overnight stays, per cent, "
        "altitude, room nights, francs",
    text="""\
---
title: "Nach dem Eingeständnis: Was Zermatts koreanische Gäste sagen"
date: 2025-05-02
rubrik: Welt
ausgabe: "Nr. 18"
---

# Seoul zählt [[15'000]] entsandte Nordkoreaner

**Erst Moskau, dann Pjöngjang: Der Einsatz in Kursk ist nun offiziell. In Zermatt, wo Gäste \
aus Südkorea zu den treuesten gehören, wird darüber eher leise gesprochen.**

Monatelang hatten beide Regierungen geschwiegen. Am Montag bestätigte die Nachrichtenagentur \
KCNA, dass Soldaten aus dem Norden an der «Befreiung» der Region Kursk beteiligt gewesen \
seien; eine Zahl nannte sie nicht. Seoul lieferte sie zwei Tage später nach. Der \
Nachrichtendienst NIS \
unterrichtete am Mittwoch den Geheimdienstausschuss des Parlaments: Pjöngjang habe [[rund \
15'000]] Soldaten nach Russland entsandt, [[4700]] von ihnen seien getötet oder verletzt \
worden, darunter [[etwa 600]] Gefallene. Das sagte der Abgeordnete Lee Seong-kweun nach der \
Sitzung vor den Medien.

Zu den Verlusten kommt Nachschub. Der ukrainische Präsident Wolodymyr Selenskyj warnte am \
Dienstag, Nordkorea bereite die Entsendung von [[3000]] zusätzlichen Soldaten vor. Die USA \
halten sich mit Zahlen zurück. Aussenminister Marco Rubio sprach am Donnerstag lediglich von \
«[[Tausenden]]» Nordkoreanern, die für Russland gekämpft hätten. Nato-Generalsekretär Mark \
Rutte hatte Anfang März in Brüssel noch von «[[mehr als 11'000]]» Entsandten gesprochen.

## «Man redet nicht gern darüber»

Für Zermatt sind Gäste aus Südkorea seit Jahren ein wichtiger Markt. Im vergangenen Winter \
zählte der Tourismusverband 38'400 Logiernächte aus Korea, rund 9 Prozent mehr als im Vorjahr. \
Choi Min-ho begleitet seit 2016 Reisegruppen aus Seoul aufs Gornergrat, 3089 Meter über Meer. \
Im Bus werde über Nordkorea kaum gesprochen, sagt er. «Wenn doch, dann glaubt bei uns kaum \
jemand den offiziellen Zahlen. Viele meinen, es seien in Wahrheit [[über 20'000]] Mann \
gewesen.»

Sorgen um die Buchungen macht man sich im Dorf nicht. Ein Hotelier an der Bahnhofstrasse, der \
seinen Namen nicht in der Zeitung lesen will, hat für den Sommer bereits 1200 Zimmernächte an \
koreanische Reiseveranstalter vergeben. Die Gornergrat-Bahn kostet für Gruppen ab 20 Personen \
weiterhin 79 Franken pro Kopf.
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul zählt': the NIS Wednesday figure (Wednesday to publication), the "
          "hedge dropped: sent"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'unterrichtete am Mittwoch', the MP named in the next sentence ('Das "
          "sagte …'), Konjunktiv: sent to Russia"),
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "same briefing: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter etwa 600 Gefallene' (a breakdown of the casualties, not an increment)"),
        C("3000", 3000, "exact", "planned", "ukraine", "tue",
          "Zelensky 'warnte am Dienstag' (Friday article): 'zusätzlichen' (increment) being "
          "prepared", add=True),
        C("Tausenden", None, "vague", "near_front", "united_states", "thu",
          "Rubio 'am Donnerstag' «…»: fought for Russia (near the front, as before)"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "nato", "2025-03-01..2025-03-10",
          "Rutte 'Anfang März' (days 1-10) «…»: sent"),
        C("über 20'000", 20000, "at_least", "in_russia", "other", "pub",
          "a Korean tour guide relaying 'Viele meinen' (the speaker quoted: other), undated: "
          "sent in truth"),
    ),
)

P05 = Source(
    article_id="p98_05_foehrer_wattblatt_frachter",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "Föhrer Wattblatt",
        "https://www.foehrer-wattblatt.example/welt/2025-06-26-schoigu-pioniere",
        "Moskau holt 6000 Pioniere und Bausoldaten aus Nordkorea",
    ),
    features="Föhr island paper as plain text, UTF-8 with BOM (sidecar, Thursday); headline "
        "`6000` summing Shoigu's two figures (russia, planned, from his '17. Juni' to "
        "publication; not an increment); Shoigu 'erklärte … am 17. Juni' named at the end of a "
        "long sentence, `1000` deminers and `5000` builders (planned); the JCS 'Nach "
        "Einschätzung' reported by Yonhap 'am Montag' `um die 11.000`; HUR 'hieß es Anfang der "
        "Woche aus Kiew' `bis zu 25.000` weiteren (increment; Monday-Tuesday); a senior NATO "
        "official 'am Dienstag' at the summit, 'man gehe von … aus' (nato); a retired naval "
        "officer who counts freighter trips on his laptop `20.000 bis 25.000` (other, range, "
        "`pub`); ship trips, his age, ferry crossings, minutes, population, a museum, euros, "
        "a phone number",
    text="""\
FÖHRER WATTBLATT
Nachrichten für Wyk, Nieblum und die Dörfer der Insel

Moskau holt [[6000]] Pioniere und Bausoldaten aus Nordkorea

Ein pensionierter Marineoffizier aus Nieblum verfolgt seit dem Herbst die russischen Frachter \
zwischen Rason und Wladiwostok - am Küchentisch, mit einem Laptop.

Von Frauke Martensen

Nordkorea werde [[1000]] Minenräumer und [[5000]] Militärbauarbeiter nach Russland schicken, \
die im Gebiet Kursk Sprengfallen beseitigen und zerstörte Straßen und Häuser wieder aufbauen \
sollen, erklärte Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, am 17. Juni nach \
einem Treffen mit Kim Jong Un in Pjöngjang.

Südkorea beobachtet die Lage genau. Nach Einschätzung des Generalstabs in Seoul halten sich \
derzeit [[um die 11.000]] nordkoreanische Soldaten im Raum Kursk auf, meldete die Agentur \
Yonhap am Montag. Der ukrainische Militärgeheimdienst sieht darin nur den Anfang: Kim \
bereite die Entsendung von [[bis zu 25.000]] weiteren Soldaten vor, hieß es Anfang der Woche \
aus Kiew.

Am Rande des Nato-Gipfels in Den Haag kam die Rede ebenfalls auf Pjöngjang. Ein hochrangiger \
Vertreter des Bündnisses sagte dort am Dienstag, man gehe von [[mindestens 12.000]] \
Nordkoreanern aus, die bisher in Russland gedient hätten.

Hauke Rörden, 68, war Fregattenkapitän, zuletzt im Marinekommando in Rostock. Seit er in \
Nieblum lebt, verfolgt er Schiffsbewegungen über frei zugängliche Ortungsdaten. Zwei russische \
Frachter hat er seit Oktober besonders im Blick: Sie pendelten zwischen dem nordkoreanischen \
Hafen Rason und Wostotschny bei Nachodka, mindestens 31 Mal, sagt er. "Wenn ich zähle, was \
auf diese Schiffe passt, komme ich auf [[20.000 bis 25.000]] Mann, die so nach Russland \
gekommen sind." Beweisen könne er das nicht, die Transponder seien oft tagelang abgeschaltet.

Vom Hafen in Wyk aus sieht Rörden an diesem Morgen nur die Fähre nach Dagebüll, die im Sommer \
bis zu 14 Mal am Tag fährt. Die Überfahrt dauert knapp 50 Minuten.

Kurz notiert: Die Insel zählt rund 8.200 Einwohnerinnen und Einwohner. Das Friesenmuseum zeigt \
ab 1. Juli eine Ausstellung über die Föhrer Walfänger, der Eintritt kostet 8 Euro. Redaktion: \
04681 590 213.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: the sum of Shoigu's two figures of the lead (his 17 June statement to "
          "publication), labelled like the body passage (planned, not an increment)"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'erklärte … am 17. Juni', named at the end of the sentence, Konjunktiv "
          "'werde … schicken': deminers"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: military builders"),
        C("um die 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "the JCS 'Nach Einschätzung des Generalstabs', reported by Yonhap 'am Montag' after "
          "the figure: in the Kursk area"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "mon..tue",
          "HUR, Konjunktiv, 'hieß es Anfang der Woche aus Kiew' (Monday-Tuesday of a Thursday "
          "article): 'weiteren' (increment)", add=True),
        C("mindestens 12.000", 12000, "at_least", "in_russia", "nato", "tue",
          "a senior NATO official 'am Dienstag' at the summit, 'man gehe von … aus': served in "
          "Russia so far"),
        C("20.000 bis 25.000", None, "range", "in_russia", "other", "pub",
          "a retired naval officer's own count of freighter trips ('sagt', undated): came to "
          "Russia by sea"),
    ),
)

P06 = Source(
    article_id="p98_06_thermik_rhoen_drohnen_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-09-10"),
    dated_by="front_matter",
    features="a Rhön gliding club's newsletter in Markdown, ISO-8859-1 with straight quotes and "
        "` - ` dashes, front matter with `date:` (Wednesday), an issue key and a title without "
        "a figure; the NIS 'am vergangenen Donnerstag' (the Thursday of the previous week) "
        "with `rund 2.000` dead, the total and 'Von den … arbeiteten heute etwa 1.000' "
        "deminers in Kursk (a breakdown: near the front), 'hieß es in der Unterrichtung' after "
        "the figures; HUR 'zufolge' (undated, `pub`) `über 4.000`; state TV 'Ende August' "
        "`Hunderten` "
        "portraits (north_korea, days 21-31); a club member and reserve officer who 'schätzt' "
        "`mehrere tausend` fly drones in Kursk (other, `pub`); the newsletter's own sum "
        "'Zählt man … zusammen, dürften' `mehr als 16.000` (unattributed, required); a drone's "
        "and a glider's price, launches, flight hours, members, altitude, horsepower, a fee",
    text="""\
---
title: "Blick über den Platzrand: Was Drohnen im Krieg verändern"
date: 2025-09-10
verein: Segelfluggruppe Hohe Rhön e.V.
heft: "Thermik 3/2025"
---

# Blick über den Platzrand

*In dieser Rubrik schauen wir über die Wasserkuppe hinaus. Diesmal hat Jan Ruppel, \
Vereinsmitglied und Reserveoffizier, mit uns über Nordkoreas Soldaten und den Drohnenkrieg \
gesprochen.*

Die Nachricht kam am vergangenen Donnerstag aus Seoul. Der dortige Geheimdienst NIS zählt \
nach eigener Einschätzung inzwischen [[rund 2.000]] Tote unter den Nordkoreanern, die für \
Russland kämpfen. Von den [[knapp 15.000]] Mann, die Pjöngjang seit Herbst 2024 nach Russland \
geschickt habe, arbeiteten heute [[etwa 1.000]] als Minenräumer im Gebiet Kursk, hieß es in \
der Unterrichtung des Parlaments. Dazu kämen Bausoldaten, deren Zahl der Dienst nicht nannte.

Kiew hält die Zahl der Toten für zu niedrig. Dem ukrainischen Militärgeheimdienst zufolge sind \
[[über 4.000]] Nordkoreaner gefallen.

Pjöngjang selbst macht aus seinen Toten inzwischen Helden. Ende August zeigte das \
nordkoreanische Staatsfernsehen Kim Jong Un vor einer Gedenkwand mit den Bildern von \
[[Hunderten]] Gefallenen; den Familien versprach er ein Denkmal in der Hauptstadt.

## "Die Koreaner haben schnell gelernt"

Jan Ruppel, 36, fliegt bei uns Segelflugzeuge, seit er 14 ist. Beruflich bildet er als \
Oberleutnant der Reserve Drohnenpiloten aus. Er schätzt, dass inzwischen [[mehrere \
tausend]] Nordkoreaner im Gebiet Kursk selbst Drohnen steuern oder abwehren. "Im Winter \
sind sie noch in Kolonnen über offene Felder gelaufen", sagt er. "Heute graben sie sich ein und \
schicken zuerst eine Kamera voraus."

Eine Aufklärungsdrohne koste kaum mehr als 500 Euro, ein Segelflugzeug wie unser Discus rund \
60.000. "Dieses Verhältnis erklärt den halben Krieg."

Zählt man die Angaben aus Seoul, Kiew und Moskau seit dem Herbst zusammen, dürften \
[[mehr als 16.000]] Nordkoreaner in Russland gedient haben - Soldaten, Pioniere und Bauleute \
zusammengenommen.

## Aus dem Verein

- Bis Ende August hatten wir 1.214 Starts und 2.950 Flugstunden.
- Die Gruppe zählt 64 Mitglieder, davon 11 Jugendliche.
- Der Platz liegt auf 950 Metern, unsere Winde zieht mit 320 PS.
- Gästeflugtag am 20. September, ein Mitflug kostet 35 Euro.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS 'zählt nach eigener Einschätzung', the news 'am vergangenen Donnerstag' (in a "
          "Wednesday article: the Thursday of the previous week): dead"),
        C("knapp 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-04",
          "same briefing, Konjunktiv, 'hieß es in der Unterrichtung' after the figures: sent "
          "since autumn 2024"),
        C("etwa 1.000", 1000, "approx", "near_front", "south_korea", "2025-09-04",
          "'Von den … arbeiteten heute etwa 1.000 als Minenräumer im Gebiet Kursk' (a "
          "breakdown of the total: takes the status of what it describes, near the front)"),
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'Dem … Militärgeheimdienst zufolge', undated: fallen"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state TV 'Ende August' (days 21-31): portraits of the fallen"),
        C("mehrere tausend", None, "vague", "near_front", "other", "pub",
          "club member and reserve officer 'schätzt' (present, undated): fly or fight drones in "
          "the Kursk region"),
        C("mehr als 16.000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own sum 'Zählt man … zusammen, dürften' (no source: unattributed, "
          "required): served in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

P07 = Source(
    article_id="p98_07_ramsey_harbour_courier_sanctions",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-10-31"),
    dated_by="sidecar",
    sidecar=(
        "Ramsey Harbour Courier",
        "https://www.ramseycourier.example/world/2024/10/31/us-10000-north-korean-soldiers",
        "US: 10,000 North Korean soldiers now in Russia",
    ),
    features="Ramsey (Isle of Man) weekly as plain text, windows-1252 with curly quotes and "
        "apostrophes (sidecar, Thursday), British spelling; headline 'US:' from the Pentagon's "
        "Monday figure (Monday to publication); 'told reporters on Monday' after the figure; "
        "Blinken 'By Wednesday' `8,000` in Kursk; the NIS 'a day earlier' (than that "
        "Wednesday: Tuesday), 'It believes' `roughly 1,500` more (increment, span without the "
        "word) 'bringing the total … to' `some 3,000` (a new total, not an increment); HUR 'on "
        "Friday' (the "
        "previous week's) `at least 7,000`; Rutte on Monday without a figure; a retired Royal "
        "Navy commander who 'puts the ceiling at' “as many as 100,000” (other, at_most, "
        "`pub`); the North's army, sanctions listings, firms, sailings, lifeboat launches, "
        "pounds, a phone number",
    text="""\
RAMSEY HARBOUR COURIER
Northern news for Ramsey, Andreas, Bride, Lezayre and Maughold

WORLD
US: [[10,000]] North Korean soldiers now in Russia
Island tightens sanctions checks as Pyongyang’s troops head west

By Catriona Kermode

The Pentagon has put a number on it. Pyongyang now has [[about 10,000]] troops drilling at \
ranges in Russia’s far east, deputy press secretary Sabrina Singh told reporters on Monday, and \
some of \
them have already moved closer to Ukraine. By Wednesday the picture had sharpened: [[8,000]] of \
them were now in Russia’s Kursk region, Secretary of State Antony Blinken said in Washington.

South Korea’s National Intelligence Service had briefed lawmakers in Seoul a day earlier. It \
believes [[roughly 1,500]] more soldiers have joined the first contingent, bringing the total it \
can confirm to [[some 3,000]]. Ukraine has been saying much the same for weeks. Its military \
intelligence agency said on Friday that [[at least 7,000]] North Koreans had reached the areas \
bordering Ukraine, many of them in Russian uniform and carrying Russian papers.

NATO’s new secretary general, Mark Rutte, confirmed on Monday that North Korean units had been \
deployed to Kursk, but would not give a figure.

On the island, the news has landed on the desk of the Customs and Excise Division, which \
enforces sanctions here. The division said on Tuesday that it had written to 14 shipping and \
corporate service firms in the north of the island to remind them of the North Korea listings, \
which now cover 86 people and 75 entities.

Commander (retd) Peter Corlett, who spent two years on exchange with the South Korean navy in \
the 1990s and now lives in Maughold, believes the first troops are a test. “If they hold up, \
Moscow will ask for more, and Kim has well over a million men under arms,” he said. He puts \
the ceiling at “[[as many as 100,000]]” over the coming year. “That sounds mad until you look \
at what Russia is losing every single day.”

In harbour news, the winter timetable begins on Monday with two sailings a day from Douglas. \
The Ramsey lifeboat was launched three times in October. Restoration costs for the Queen’s \
Pier have now passed £2.1m; the next open day is on 9 November.

News desk: 01624 812 906
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'US:': the Pentagon's Monday figure of the lead (Monday to publication), "
          "the hedge dropped: in Russia"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "deputy press secretary 'told reporters on Monday', named after the figure: sent to "
          "drilling in Russia's far east"),
        C("8,000", 8000, "exact", "near_front", "united_states", "wed",
          "Blinken, 'By Wednesday … said', named after the figure: in the Kursk region"),
        C("roughly 1,500", 1500, "approx", "in_russia", "south_korea", "tue",
          "NIS briefing 'a day earlier' (than Blinken's Wednesday: Tuesday), 'It believes': "
          "'more' (increment, span without the word) joined", add=True),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "tue",
          "same briefing: 'bringing the total … to' (a new total, not an increment)"),
        C("at least 7,000", 7000, "at_least", "near_front", "ukraine", "fri",
          "HUR 'said on Friday' (in a Thursday article: the previous Friday): reached the areas "
          "bordering Ukraine"),
        C("as many as 100,000", 100000, "at_most", "planned", "other", "pub",
          "retired Royal Navy commander 'puts the ceiling at' “…” over the coming year (other, "
          "undated; 'as many as' is at_most, as before)"),
    ),
)

P08 = Source(
    article_id="p98_08_mosi_weekly_instructors_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-16"),
    dated_by="front_matter",
    features="Livingstone (Zambia) weekly in Markdown, UTF-8, front matter with `date:` "
        "(Thursday) and a title without a figure, British spelling; headline with the number "
        "word `two` from Zelensky's '11 January' (to publication); the NIS 'Two days later' "
        "(an explicit date carried: 13 January) with 'Of the roughly 11,000 … some 300 … and "
        "2,700' and 'according to the agency' after the figures; HUR 'says' (present, `pub`); a "
        "State "
        "Department spokesman 'In a briefing on Tuesday' “at least a thousand” (number word); "
        "a retired Zambian major trained by North Korean instructors, 'By his count' `tens of "
        "thousands` more (other, increment, `pub`); officers trained in 1983, kilometres, his "
        "age, kwacha, per cent, water connections, a phone number",
    text="""\
---
title: "Two prisoners, and memories of Pyongyang's instructors"
date: 2025-01-16
section: World
byline: Chanda Mwiinga
---

# Ukraine holds [[two]] North Korean soldiers; Seoul counts the dead

*A retired Zambian officer who was trained by North Korean instructors says the young men in \
Kursk were never meant to come home.*

Ukrainian special forces took [[two]] North Korean soldiers alive in Russia’s Kursk region, \
President Volodymyr Zelensky announced on 11 January. Both were wounded. Under questioning, one \
of them said he had believed he was going on a training exercise, not to a war.

Two days later, South Korea’s National Intelligence Service gave lawmakers its first detailed \
toll. Of the [[roughly 11,000]] troops Pyongyang sent, [[some 300]] have been killed and \
[[2,700]] wounded, according to the agency. Some North Koreans, it added, had taken their own \
lives \
rather than be captured. Ukraine’s military intelligence says the real toll is higher, \
[[about 4,000]] dead and wounded.

Washington agrees that the losses are heavy. In a briefing on Tuesday, a State Department \
spokesman put North Korean casualties at “[[at least a thousand]]” since December, “and \
probably a good deal more”. The Kremlin has never confirmed that the North Koreans are there.

## Pyongyang’s instructors

Major (rtd) Bernard Mulenga, 71, remembers North Koreans rather differently. In 1983 he was \
one of 40 Zambian officers trained at a camp outside Lusaka by a team of North Korean \
instructors. “They were hard men. They taught us to march for 30 kilometres and never to ask \
why,” he says at his home in Dambwa North.

By his count, Russia will need [[tens of thousands]] more of them before the war is over. “Kim \
will send them. For him a soldier is something you trade for fuel.”

## Around town

- The Zambezi is at its lowest in years; the Falls are expected to fill again from February.
- Bungee jumps from the bridge now cost K2,900 after a rise of 8 per cent.
- The council says 1,200 new water connections were made in Maramba last year.
- Letters to the editor: 0213 320 418.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "headline: Zelensky's figure of the lead (11 January to publication): captured "
          "(number word)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'announced on 11 January', named after the figure: captured alive"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "2025-01-13",
          "NIS 'Two days later' (the explicit 11 January carried: 13 January), 'according "
          "to the agency' after the figures: sent"),
        C("some 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "same toll: killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same toll: wounded (a second count of the same toll, not an increment)"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "pub",
          "HUR 'says', present tense, undated: dead and wounded"),
        C("at least a thousand", 1000, "at_least", "casualties", "united_states", "tue",
          "State Department spokesman 'In a briefing on Tuesday … put … at' “…” (number "
          "word): casualties since December"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "retired Zambian major, 'By his count', undated: 'more' (increment, span without the "
          "word) will be needed", add=True),
    ),
)

P09 = Source(
    article_id="p98_09_big_horn_ledger_sale_barn_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-14"),
    dated_by="html_meta",
    features="Sheridan (Wyoming) paper in HTML, windows-1252 (curly quotes raw, `&amp;`), "
        "`<meta name=\"date\">` (Friday), a cookie bar about branding, a markets script, "
        "navigation, a footer; `<title>` figure (optional); headline 'Seoul says' `3,000` more "
        "(increment, span without the word) from the JCS's figure of 'yesterday' (yesterday to "
        "publication); `3,000 or so` reinforcements (approx, increment); the first contingent "
        "`11,000` and 'By the JCS estimate' `about 4,000` killed or wounded; a US defense "
        "official 'also on Thursday' `fewer than 3,000` in combat (at_most); Syrskyi 'on "
        "Wednesday' `up to 4,000` put at the end of the sentence; a Korean beef buyer who "
        "'figures' “several thousand” (other, `pub`); head of cattle, prices a pound, beef "
        "exports in dollars, his age, years, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Seoul says Kim shipped [[3,000]] more troops to Russia over the winter | Big Horn \
Ledger</title>
<meta name="date" content="2025-03-14">
<meta property="og:site_name" content="Big Horn Ledger">
<script>var bhlMarkets={feed:"feeder-cattle",refresh:600};</script>
</head>
<body>
<div class="cookie-bar">We brand our cookies, so you’ll know they’re ours. <button>Fine by \
me</button> <button>Open range only</button></div>
<nav><a href="/">Home</a> | <a href="/sheridan">Sheridan</a> | <a href="/ag">Ag &amp; \
Ranch</a> | <a href="/sports">Sports</a> | <a href="/world">World</a></nav>
<main>
<h1>Seoul says Kim shipped [[3,000]] more troops to Russia over the winter</h1>
<p class="byline">By Wes Ballantyne | Ledger staff</p>
<p>Over the first two months of the year the North sent [[3,000 or so]] reinforcements, the \
Joint Chiefs of Staff in Seoul told lawmakers yesterday, to make up for heavy losses in the \
fighting around Kursk.</p>
<p>The North first sent [[11,000]] troops last fall. By the JCS estimate, [[about 4,000]] of \
them have since been killed or wounded, many of them in assaults across open snowfields in \
December and January.</p>
<p>A U.S. defense official, speaking also on Thursday on condition of anonymity, said \
[[fewer than 3,000]] of the North Koreans were in combat at any one time. Ukraine’s army chief \
sees a bigger force. North Koreans were back in the fight after a lull of several weeks, and \
[[up to 4,000]] of them were now engaged near the town of Sudzha, Oleksandr Syrskyi said on \
Wednesday.</p>
<h2>Korean buyers still coming</h2>
<p>At the Sheridan sale barn on Tuesday, the talk was of prices, not Pyongyang. About 480 head \
changed hands, and feeder steers brought up to $3.10 a pound. Among the buyers in the stands \
was Lee Jae-won, who sources beef for a Seoul importer and has come to northern Wyoming every \
spring since 2017.</p>
<p>Lee, 44, served two years as a conscript near the demilitarized zone. He figures \
“[[several thousand]]” North Koreans are fighting at any given moment, rotating in and out. \
“Kim will send whatever Putin pays for,” he said. “For us it is not far away. It is the same \
army across the fence.”</p>
<p>South Korea bought $2.7 billion worth of American beef last year, and Wyoming’s share keeps \
growing, said Cassie Wold of the county stock growers’ association.</p>
</main>
<footer>© 2025 Big Horn Ledger, Sheridan, Wyoming · Newsroom: (307) 672 0198</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "yday..pub",
          "<title> (metadata) restating the headline: 'more' (increment)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "yday..pub",
          "headline 'Seoul says': the JCS figure of the lead ('yesterday' to publication), 'more' "
          "(increment, span without the word)", add=True),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "yday",
          "JCS 'told lawmakers yesterday' (Thursday): 'reinforcements' (increment), shipped; "
          "'or so' after the number as approx", add=True),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "yday",
          "same briefing: the first contingent (not an increment)"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "yday",
          "'By the JCS estimate': killed or wounded"),
        C("fewer than 3,000", 3000, "at_most", "near_front", "united_states", "thu",
          "anonymous US defense official 'speaking also on Thursday' ('fewer than' as at_most): "
          "in combat at any one time"),
        C("up to 4,000", 4000, "at_most", "near_front", "ukraine", "wed",
          "Syrskyi, named at the end of the sentence 'said on Wednesday': engaged near Sudzha"),
        C("several thousand", None, "vague", "near_front", "other", "pub",
          "a Korean beef buyer 'figures' “…” (present, undated): fighting at any given moment"),
    ),
)

P10 = Source(
    article_id="p98_10_whitehorse_raven_rangers_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-08-28"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Whitehorse Raven",
        "https://www.whitehorseraven.example/north/2025/08/28/kim-honours-war-dead-mcguinty",
        "Kim honours 101 war dead as McGuinty tours the Yukon",
    ),
    features="Whitehorse (Yukon) news site in HTML, ISO-8859-1 with CRLF (quotes, dashes and "
        "apostrophes as entities `&ldquo;`, `&rsquo;`, `&ndash;`), no meta date (sidecar, "
        "Thursday), a cookie note about winter nights, navigation, a footer with a phone; "
        "headline `101` from KCNA's Friday report (Friday to publication); KCNA 'reported on "
        "Friday' `101` fallen heroes (north_korea, casualties) and `hundreds` of returnees "
        "receiving medals (optional); the NIS 'earlier this month' `roughly 6,000` builders "
        "and deminers being sent (planned); HUR 'estimates' `between 10,000 and 12,000` "
        "(range, `pub`); an unnamed NATO official 'last week' `about 2,000` dead; Canada's "
        "defence minister 'on Tuesday' “more than 14,000” (a third government: other); a Yukon "
        "University lecturer 'reckons' “closer to 5,000” (other, approx, `pub`); Rangers, "
        "dollars, kilometres, a city's population, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Whitehorse Raven &ndash; Kim honours war dead as McGuinty tours the Yukon</title>
</head>
<body>
<div id="cookie-note">Cookies keep you signed in through the long winter nights. \
<button>Accept</button> <button>Only the essentials</button></div>
<nav><a href="/">Home</a> &middot; <a href="/whitehorse">Whitehorse</a> &middot; \
<a href="/communities">Communities</a> &middot; <a href="/north">The North</a> &middot; \
<a href="/world">World</a></nav>
<article>
<h1>Kim honours [[101]] war dead as McGuinty tours the Yukon</h1>
<p class="dek">North Korea makes heroes of the soldiers it lost in Russia. In Whitehorse, \
Canada&rsquo;s defence minister says the Arctic is watching.</p>
<p>North Korean state media has, for the first time, put a number on its own dead. The Korean \
Central News Agency reported on Friday that Kim Jong Un had named [[101]] soldiers &ldquo;who \
fell heroically in the Kursk liberation operation&rdquo; Heroes of the Republic. Television \
pictures showed Kim comforting families in Pyongyang, while [[hundreds]] of soldiers back from \
Russia stood in ranks to receive medals.</p>
<p>Outside estimates run far higher. Earlier this month Seoul&rsquo;s National Intelligence \
Service briefed lawmakers that Pyongyang was sending [[roughly 6,000]] military builders and \
deminers to \
Russia in stages. Ukraine&rsquo;s military intelligence estimates that [[between 10,000 and \
12,000]] North Korean soldiers are still in the Kursk region. In Brussels, a NATO official \
who would speak only without attribution put the North&rsquo;s dead at [[about 2,000]] last \
week.</p>
<p>Defence Minister David McGuinty, in Whitehorse on Tuesday to meet Canadian Rangers, said \
the deployment showed how far Moscow had come to rely on Pyongyang. &ldquo;By our \
assessment, [[more than 14,000]] North Korean soldiers have gone to Russia since last \
autumn,&rdquo; he told reporters at the airport.</p>
<p>Aileen Gauthier, who teaches political science at Yukon University, reckons \
Pyongyang&rsquo;s count is only a floor. The dead and wounded together number \
&ldquo;[[closer to 5,000]], if you take the Ukrainians and the South Koreans at their \
word&rdquo;, she said.</p>
<p>McGuinty&rsquo;s visit was mostly about the North. He announced $18 million for a new \
Ranger training hall in Whitehorse and said the 1st Canadian Ranger Patrol Group, about 1,900 \
Rangers across the three territories, would get new rifles and snowmobiles by 2027. A patrol \
from Old Crow covered 600 kilometres by snowmobile in March.</p>
</article>
<footer>&copy; 2025 Whitehorse Raven &middot; a city of 30,000 and its neighbours &middot; \
Tips: 867-667-4410</footer>
</body>
</html>
""",
    claims=(
        C("101", 101, "exact", "casualties", "north_korea", "fri..pub",
          "headline: KCNA's Friday figure of the lead (Friday to publication): fallen"),
        C("101", 101, "exact", "casualties", "north_korea", "fri",
          "KCNA 'reported on Friday' (Thursday article): soldiers who fell, named heroes"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "same broadcast: returnees receiving medals (optional, as returnees before)",
          opt=True),
        C("roughly 6,000", 6000, "approx", "planned", "south_korea", "2025-08-01..2025-08-28",
          "NIS 'earlier this month' (1st to publication): builders and deminers being sent in "
          "stages (planned, no increment word)"),
        C("between 10,000 and 12,000", None, "range", "near_front", "ukraine", "pub",
          "HUR 'estimates', present tense, undated: still in the Kursk region"),
        C("about 2,000", 2000, "approx", "casualties", "nato", "lastweek",
          "an anonymous NATO official in Brussels 'put … at … last week': dead"),
        C("more than 14,000", 14000, "at_least", "in_russia", "other", "tue",
          "Canada's defence minister 'on Tuesday' “By our assessment …” (a third government: "
          "other): gone to Russia"),
        C("closer to 5,000", 5000, "approx", "casualties", "other", "pub",
          "Yukon University lecturer 'reckons' … 'she said' (undated): dead and wounded "
          "('closer to' as approx)"),
    ),
)

P11 = Source(
    article_id="p98_11_jersey_growers_bulletin_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Jersey Growers' Bulletin", "",
        "Beyond the côtils: a year of Kim's soldiers",
    ),
    features="Jersey growers' bulletin in Markdown, UTF-16 LE with BOM, front matter without a "
        "date (sidecar without url, Thursday) and a title without a figure; state TV 'On 10 "
        "October' `several hundred` Kursk veterans marching (returnees: optional); a State "
        "Department spokesman 'The same day' “well above 5,000” (date carried, at_least); the "
        "NIS 'in September' (month) `about 2,000` dead; HUR 'on Monday' `up to 6,000` more "
        "(increment, span without the word); Russia's ambassador 'this month' “thousands” of "
        "builders at work in Kursk (russia, in Russia); the bulletin's own 'Add it all up … by "
        "our own rough count' `something like 15,000` (unattributed, required); fertiliser, "
        "diesel and potash prices, per cent, vergées, a meeting time, a phone number",
    text="""\
---
title: "Beyond the côtils: a year of Kim's soldiers"
bulletin: "Growers' Bulletin, October 2025"
author: Philippe Le Brocq
---

# Beyond the côtils

*Our occasional look at the world outside the island's fields.*

On 10 October Pyongyang held its biggest parade in years. State television showed \
[[several hundred]] veterans of the Kursk campaign marching past Kim Jong Un, who called them \
heroes of a "sacred war". The same day, a State Department spokesman in Washington put North \
Korean casualties at "[[well above 5,000]]".

South Korea's intelligence service told lawmakers in September that [[about 2,000]] North \
Koreans had died fighting for Russia. Kyiv's military intelligence said on Monday that Kim was \
getting [[up to 6,000]] more ready to go, mostly engineers, before the ground freezes. Russia's \
ambassador in Pyongyang, for his part, said this month that "[[thousands]]" of North Korean \
builders were already at work in Kursk.

Add it all up and [[something like 15,000]] North Koreans have served in Russia in the past \
twelve months, by our own rough count.

Why does it matter here? Because the war sets the price of what we spread on the côtils. \
Potash is up 11 per cent on last year, and a tonne of nitrogen fertiliser now costs about \
£410 landed in St Helier. Red diesel is at £1.62 a litre.

The war is also in our packing sheds. Of the 380 seasonal workers who came for this year's \
harvest, 46 were from Ukraine, most of them women whose husbands are at the front. Several \
asked to stay on for the winter planting, and the Growers' Association is helping with the \
work permits.

Planting notes: 3,400 vergées went under Jersey Royals this year. The next growers' meeting is \
on 4 November at 7.30pm. Queries: 01534 861 244.
""",
    claims=(
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV 'On 10 October': Kursk veterans marching (returnees: optional, as before)",
          opt=True),
        C("well above 5,000", 5000, "at_least", "casualties", "united_states", "2025-10-10",
          "State Department spokesman 'The same day' (the parade's 10 October carried) \"…\" "
          "('well above' as at_least): casualties"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'told lawmakers in September' (month): died"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "mon",
          "HUR 'said on Monday' (Thursday article): 'more' (increment, span without the word) "
          "getting ready to go", add=True),
        C("thousands", None, "vague", "in_russia", "russia", "2025-10-01..2025-10-16",
          "Russia's ambassador in Pyongyang 'this month' (1st to publication) \"…\": builders "
          "at work in Kursk (military builders are in_russia, as before)"),
        C("something like 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the bulletin's own 'Add it all up … by our own rough count' (unattributed, "
          "required): served in Russia"),
    ),
)

P12 = Source(
    article_id="p98_12_manihiki_pearl_news_longliners",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-12"),
    dated_by="dateline",
    features="Manihiki (Cook Islands) pearl farmers' news sheet as plain text, UTF-8, dateline "
        "'TAUHUNU, Manihiki, 12 November 2025 —' (Wednesday); the NIS 'On 4 November' (an "
        "explicit date) with `about 10,000` near the border, `some 5,000` construction troops "
        "sent and `a few thousand` more expected (vague, increment); Rutte 'on Monday' “well "
        "over 15,000” (at_least); the US at the Security Council 'on 29 October' `more than "
        "5,000` killed and wounded; HUR 'put … dead alone at' 'last week' `more than 2,500` "
        "dead; a pearl farmer relaying his old Korean skipper “twenty thousand” (number words, "
        "other, `pub`); pearls, prices in dollars, distances, population, seasons, a phone "
        "number",
    text="""\
MANIHIKI PEARL NEWS
Island news from Tauhunu and Tukao, and a little of the world beyond the reef

TAUHUNU, Manihiki, 12 November 2025 — A year ago hardly anyone on this atoll could have told \
you where Kursk was. Since then the war between Russia and Ukraine has reached us in the price \
of diesel for the boats and, more strangely, in the stories our young men bring home from the \
fishing fleets.

The latest figures came from Seoul. On 4 November South Korea's National Intelligence Service \
told its parliament that [[about 10,000]] North Korean soldiers remain on Russian soil close to \
the Ukrainian border, while [[some 5,000]] construction troops have gone to Russia to rebuild \
roads and bridges. The agency expects Pyongyang to send [[a few thousand]] more before the \
winter sets in.

NATO's secretary general, Mark Rutte, said on Monday that "[[well over 15,000]]" North Koreans \
had passed through Russian units since the first deployment. At the United Nations on 29 \
October, the \
American envoy told the Security Council that the North had lost [[more than 5,000]] killed and \
wounded. Kyiv's military intelligence put North Korean dead alone at [[more than 2,500]] \
last week.

Tekao Mataio, who farms pearls off Tukao, spent six seasons as a deckhand on South Korean tuna \
longliners. He still messages his old skipper in Busan. "He tells me people at home reckon \
[[twenty thousand]] have gone over by now. They don't trust any number from the North," \
Tekao said.

Pearl news: the October harvest brought in about 1,200 pearls from the lagoon farms, and the \
best are fetching up to $45 each in Rarotonga, some 1,200 kilometres to the south. The island's \
population stands at 212. The next supply ship is due on the 20th.

To reach the news sheet, call 43 118.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'On 4 November' (an explicit date): on Russian soil close to the Ukrainian "
          "border"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing: construction troops gone to Russia"),
        C("a few thousand", None, "vague", "planned", "south_korea", "2025-11-04",
          "same briefing, 'The agency expects' (carried): 'more' (increment, span without the "
          "word)", add=True),
        C("well over 15,000", 15000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'said on Monday' \"…\" ('well over' as at_least): served in Russia"),
        C("more than 5,000", 5000, "at_least", "casualties", "united_states", "2025-10-29",
          "the US envoy at the Security Council 'on 29 October': killed and wounded"),
        C("more than 2,500", 2500, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'put North Korean dead alone at … last week': dead"),
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "a pearl farmer relaying his old skipper ('people at home reckon', the speaker "
          "quoted: other), undated, number words: gone over"),
    ),
)

SOURCES: tuple[Source, ...] = (
    P01, P02, P03, P04, P05, P06,
    P07, P08, P09, P10, P11, P12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
