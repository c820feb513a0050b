"""Build the TWENTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirty-first corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: an Eifel local paper at
the Spangdahlem air base, a Bremen TV station's web text with a Ukrainian surgeon, a Vienna free
daily on a vigil at the North Korean embassy (Austrian conventions), a Basel-Land paper with a
Liestal historian (Swiss conventions), an agricultural cooperative's magazine on Kursk's mined
fields and a Cologne city magazine on a film evening in Ehrenfeld; a Sri Lankan business paper on
the tea trade, a Guernsey paper, a Honolulu paper on the Indo-Pacific commander, a Kazakh
English-language outlet, an Australian regional paper with a Korean War veteran and a Zimbabwean
daily a year on. Same file format, marker syntax and labelling conventions as the other corpora
(see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind29_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

TW01 = Source(
    article_id="tw01_eifel_spangdahlem_stammtisch",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Eifel-Echo",
        "https://www.eifel-echo.example/bitburg-pruem/spangdahlem-air-base-nordkorea-kursk-"
        "stammtisch-4418207.html",
        "Spangdahlem schaut nach Osten: USA zählen 10.000 Nordkoreaner in Russland",
    ),
    features="Eifel local paper as plain text (sidecar, Wednesday, the day after the US "
        "election), place line 'Spangdahlem.', a pub near the US air base; headline 'USA "
        "zählen' from the Pentagon spokeswoman's figure of 'Ende Oktober' (days 21-31 to "
        "publication); the ministry 'Am Montag' `bis zu 10.000` in Kursk; Zelensky 'am selben "
        "Abend' (Monday carried); the NIS 'Am 23. Oktober' with 'so die Einschätzung damals' "
        "(planned total); a retired Prüm lieutenant colonel's spring forecast (other, `pub`); "
        "US troops and Americans at the base (`gut 11.000`), fighter jets, kilometres, euros, "
        "ages, ticket price",
    text="""\
Bitburg-Prüm

Spangdahlem schaut nach Osten: USA zählen [[10.000]] Nordkoreaner in Russland

Am Morgen nach der Wahl in Amerika wird rund um die Air Base über Trump und Harris geredet – und \
über Soldaten aus Pjöngjang.

Von Marlies Thelen

Spangdahlem. Im „Landgasthof Binsfeld“ läuft über der Theke ein Nachrichtensender ohne Ton. Wirt \
Hubert Kranz, 63, hat die ersten Ergebnisse aus Pennsylvania schon beim Frühstück gesehen. Jetzt \
zeigt der Bildschirm eine Landkarte mit der russischen Grenzregion Kursk. „Unsere Amerikaner \
reden heute über beides“, sagt Kranz und stellt zwei Bitburger auf den Tresen. Rund 4.500 \
US-Soldatinnen und -Soldaten dienen auf dem Flugplatz, zusammen mit Familien und \
Zivilbeschäftigten leben gut 11.000 Amerikaner im Eifelkreis.

Die Zahlen, über die an diesem Mittwoch am Stammtisch gestritten wird, stammen aus dem Pentagon. \
Sprecherin Sabrina Singh hatte Ende Oktober erklärt, Nordkorea habe [[rund 10.000]] Soldaten zur \
Ausbildung in den Osten Russlands verlegt. Ein Teil davon sei bereits auf dem Weg nach Westen. \
Am Montag wurde das Ministerium in Washington deutlicher: Inzwischen stünden [[bis zu 10.000]] \
Nordkoreaner in der Region Kursk, mit ihrem Einsatz gegen ukrainische Truppen sei „in den \
kommenden Tagen“ zu rechnen.

Selenskyj nennt höhere Zahl

Der ukrainische Präsident Wolodymyr Selenskyj sprach am selben Abend von [[11.000]] Soldaten aus \
Nordkorea, die sich schon im Gebiet Kursk befänden. Erste Einheiten hätten bei Gefechten \
Verluste erlitten, behauptete er, ohne Einzelheiten zu nennen.

Die ersten Hinweise waren aus Seoul gekommen. Am 23. Oktober hatte der südkoreanische \
Nachrichtendienst NIS den Geheimdienstausschuss des Parlaments unterrichtet: [[Rund 3.000]] Mann \
seien bereits in Russland eingetroffen, bis Dezember werde Pjöngjang [[etwa 10.000]] schicken, \
so die Einschätzung damals.

„Wenn es für Moskau gut läuft, sind es im Frühjahr [[20.000]]“, sagt Werner Hansen. Der \
Oberstleutnant a. D. aus Prüm war in den Neunzigerjahren Verbindungsoffizier bei den \
amerikanischen Streitkräften in Südkorea und stand damals oft an der Demarkationslinie, die die \
Halbinsel auf 248 Kilometern teilt. Nordkoreas Armee sei mit über einer Million Soldaten riesig, \
aber kaum kampferprobt, sagt der 71-Jährige. „Kursk ist für Kim ein Übungsplatz mit scharfer \
Munition.“

Auf der Air Base selbst gibt man sich zugeknöpft. Ein Sprecher des 52. Jagdgeschwaders verwies \
auf Anfrage an das Pentagon. Der Stützpunkt mit seinen rund zwei Dutzend F-16-Kampfjets bringt \
der Region nach Berechnungen des Kreises jährlich rund 300 Millionen Euro an Kaufkraft.

Am Stammtisch im „Binsfeld“ will man sich davon die Laune nicht verderben lassen. Am Samstag \
spielt ab 20 Uhr die Band „Kyllburg Brass“, Karten kosten 12 Euro.
""",
    claims=(
        C("10.000", 10000, "exact", "in_russia", "united_states", "2024-10-21..pub",
          "headline 'USA zählen': the Pentagon spokeswoman's figure of 'Ende Oktober'"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "Singh 'Ende Oktober': moved to eastern Russia for training"),
        C("bis zu 10.000", 10000, "at_most", "near_front", "united_states", "mon",
          "the ministry 'Am Montag', Konjunktiv: in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am selben Abend' (the Monday carried): in the Kursk region"),
        C("Rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "the NIS briefing 'Am 23. Oktober': arrived in Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same briefing, 'so die Einschätzung damals': to be sent by December"),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "a retired lieutenant colonel from Prüm, present tense 'sagt': by spring"),
    ),
)

TW02 = Source(
    article_id="tw02_weserwelle_tv_klinik_verluste_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Bremen TV station's web text in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&bdquo;`/`&ldquo;`/`&ndash;`), `article:published_time` +01:00, a consent "
        "layer, city navigation, a tracking script with a video length, 'Stand:' line; "
        "`<title>` figure (optional); h1 'Kiew:' `Hunderte` from Zelensky 'am Dienstagabend' "
        "(Tuesday to publication); the special forces 'Schon am Montag' about the weekend; the "
        "Pentagon 'am Montag' (main verb: in combat); Yonhap 'unter Berufung auf einen "
        "Regierungsvertreter' (X citing Y: south_korea) 'am Mittwoch' (the publication day); "
        "the JCS 'vergangene Woche' `Tausender zusätzlicher` (vague increment); ISW range "
        "(other, `pub`); a Ukrainian surgeon in Bremen with `Hunderte` Ukrainian wounded (not a "
        "claim), patients, refugees, age, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Kiew: [[Hunderte]] Nordkoreaner im Gebiet Kursk tot oder verwundet | Weserwelle TV</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Weserwelle TV">
<meta property="article:published_time" content="2024-12-18T17:25:00+01:00">
<link rel="stylesheet" href="/assets/ww-2024.css?v=77">
<script>window.wwTrack={ressort:"welt",id:"ww-551920",video:true,laenge:212};</script>
</head>
<body>
<div id="einwilligung" class="layer">Weserwelle TV setzt Cookies ein, um Videos abzuspielen und \
zu zählen, wie oft unsere Beiträge gesehen werden. Ihre Wahl können Sie jederzeit im Fußbereich \
ändern. <button>Alle erlauben</button> <button>Einstellungen</button></div>
<header><a class="logo" href="/">Weserwelle TV</a> <nav><a href="/bremen">Bremen</a> <a \
href="/bremerhaven">Bremerhaven</a> <a href="/welt">Welt</a> <a href="/sport">Sport</a> <a \
href="/mediathek">Mediathek</a></nav></header>
<main>
<article>
<p class="kicker">Krieg in der Ukraine</p>
<h1>Kiew: [[Hunderte]] Nordkoreaner im Gebiet Kursk tot oder verwundet</h1>
<p class="stand">Stand: 18.12.2024, 17:25 Uhr</p>
<p class="teaser"><strong>Erstmals nennen Kiew und Seoul Verluste der nordkoreanischen Truppen. \
Eine ukrainische Ärztin am Klinikum Bremen-Mitte verfolgt die Meldungen mit gemischten \
Gefühlen.</strong></p>
<p>Die nordkoreanischen Soldaten im russischen Gebiet Kursk haben nach Darstellung Kiews schwere \
Verluste erlitten. Präsident Wolodymyr Selenskyj sprach am Dienstagabend in seiner \
Videobotschaft von &bdquo;[[Hunderten]]&ldquo; getöteten und verwundeten Nordkoreanern. Russland \
schicke sie in Sturmangriffe, ohne Rücksicht auf ihr Leben.</p>
<p>Schon am Montag hatte das Kommando der ukrainischen Spezialkräfte gemeldet, bei Gefechten am \
Wochenende seien [[mindestens 30]] Soldaten aus Nordkorea getötet oder verwundet worden. Auch \
Washington sieht die Truppen inzwischen an der Front: Die [[rund 11.000]] Nordkoreaner, die \
Pjöngjang nach Russland geschickt habe, seien in Kampfhandlungen verwickelt, sagte \
Pentagon-Sprecher Pat Ryder am Montag. Zu Opferzahlen wollte er sich nicht äußern.</p>
<p>Die südkoreanische Nachrichtenagentur Yonhap meldete am Mittwoch unter Berufung auf einen \
Regierungsvertreter in Seoul, [[mindestens 100]] Nordkoreaner seien ums Leben gekommen. Der \
Generalstab in Seoul hatte vergangene Woche gewarnt, der Norden bereite die Entsendung \
[[Tausender]] zusätzlicher Soldaten vor. Die US-Denkfabrik Institute for the Study of War (ISW) \
geht davon aus, dass [[zwischen 5.000 und 8.000]] Nordkoreaner unmittelbar an der Front \
eingesetzt werden.</p>
<h2>&bdquo;Ich weiß, was eine Drohne anrichtet&ldquo;</h2>
<p>Olha Martschenko kennt die Folgen solcher Kämpfe. Die 41-jährige Unfallchirurgin stammt aus \
Saporischschja und arbeitet seit 2022 in der Notaufnahme des Klinikums Bremen-Mitte. In ihrer \
Heimat hat sie Hunderte verwundete ukrainische Soldaten operiert. &bdquo;Für mich sind das alles \
junge Männer, die jemand in den Tod schickt&ldquo;, sagt sie über die Nordkoreaner. &bdquo;Das \
macht es nicht leichter.&ldquo;</p>
<p>Bremen hat seit Kriegsbeginn 36 Schwerverletzte aus der Ukraine zur Behandlung aufgenommen, \
teilte die Gesundheitsbehörde mit. Im Land Bremen leben derzeit rund 9.800 Menschen aus der \
Ukraine.</p>
<p class="video">Video: Olha Martschenko im Interview, 3:32 Min.</p>
</article>
</main>
<footer>&copy; 2024 Weserwelle TV &middot; <a href="/impressum">Impressum</a> &middot; \
Zuschauertelefon 0421 7766 300</footer>
<script src="/js/ww-player.js?v=5.2" defer></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "ukraine", "tue..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("Hunderte", None, "vague", "casualties", "ukraine", "tue..pub",
          "h1 'Kiew:': Zelensky's figure of Tuesday evening (window to publication)"),
        C("Hunderten", None, "vague", "casualties", "ukraine", "tue",
          "Zelensky 'am Dienstagabend' in &bdquo;&ldquo;: killed and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "mon",
          "the special forces command 'Schon am Montag' (about the weekend's fighting)"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokesman Ryder 'am Montag', named after the figure; main verb 'in "
          "Kampfhandlungen verwickelt' (in combat)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "wed",
          "Yonhap citing a government official in Seoul (X citing Y), 'am Mittwoch' = the "
          "publication day: dead"),
        C("Tausender", None, "vague", "planned", "south_korea", "lastweek",
          "the JCS 'vergangene Woche': preparing to send 'zusätzlicher' soldiers (increment)",
          add=True),
        C("zwischen 5.000 und 8.000", None, "range", "near_front", "other", "pub",
          "ISW, present tense 'geht davon aus': at the front"),
    ),
)

TW03 = Source(
    article_id="tw03_wien_gratisblatt_gefangene_penzing",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-14"),
    dated_by="dateline", crlf=True,
    features="Vienna free daily's short world item as plain text, windows-1252 with CRLF "
        "(Austrian conventions: 'Jänner' in the dateline, 'heuer', 'Burschen'), dated only by "
        "the line 'Wien, 14. Jänner 2025.' (Tuesday); headline number word `Zwei` from "
        "Zelensky 'am Samstag' (Saturday to publication); the lead without a number for the "
        "prisoners; subheading 'Seoul: 300 Tote' (required, Monday to publication); the NIS "
        "briefing 'gestern' with `Rund 300`, `2.700` (not an increment) and `rund 11.000` "
        "carried by 'hieß es weiter'; Kyiv 'beziffert' (present, `pub`); Rutte 'im Dezember' "
        "(nato, month); a retired Bundesheer colonel 'Heuer … noch einige tausend nachschicken' "
        "(vague increment, other); vigil participants, diplomats, euros",
    text="""\
WELT · Kurz & bündig

[[Zwei]] Nordkoreaner in Kiewer Haft – Mahnwache vor der Botschaft in Penzing

Wien, 14. Jänner 2025. Verbunden und sichtlich verängstigt sitzen sie in einem Verhörraum in \
Kiew: Die Bilder der ersten nordkoreanischen Kriegsgefangenen sorgen seit dem Wochenende für \
Aufsehen. Präsident Wolodymyr Selenskyj hatte am Samstag bekannt gegeben, dass ukrainische \
Einheiten im russischen Gebiet Kursk [[zwei]] Soldaten aus Nordkorea lebend gefasst haben. Er \
bot an, die Männer an Pjöngjang zu übergeben – im Tausch gegen Ukrainer in russischer \
Gefangenschaft.

Seoul: [[300]] Tote

Auch der südkoreanische Geheimdienst NIS hat die Festnahme bestätigt. Den Abgeordneten in Seoul \
legte er gestern neue Schätzungen vor: [[Rund 300]] Nordkoreaner seien gefallen, [[2.700]] \
verwundet. Das Kontingent in Russland umfasse [[rund 11.000]] Mann, hieß es weiter.

Kiew beziffert die Ausfälle deutlich höher, auf [[an die 4.000]] Tote und Verletzte. \
Nato-Generalsekretär Mark Rutte hatte im Dezember erklärt, [[mehr als 10.000]] Nordkoreaner \
kämpften inzwischen an der Seite Russlands.

Mahnwache in der Beckmanngasse

Vor der nordkoreanischen Botschaft in Penzing versammelten sich gestern Abend rund 40 Menschen, \
viele mit blau-gelben Fahnen. „Kim schickt seine Burschen zum Sterben, und wir sollen \
zuschauen?“, rief eine Teilnehmerin ins Megafon. Die Polizei meldete keine Zwischenfälle. Laut \
Außenministerium sind an der Botschaft derzeit sieben Diplomaten akkreditiert.

Experte: „Da kommen noch mehr“

Der Wiener Sicherheitsexperte Helmut Strasser, Oberst a. D. des Bundesheeres, glaubt nicht an \
einen Rückzug. „Heuer wird Kim wohl noch [[einige tausend]] nachschicken“, sagt er. Russland \
bezahle dafür mit Öl, Lebensmitteln und Militärtechnik. Für Pjöngjang sei der Krieg ein \
Geschäft.

Österreich hat die Ukraine seit Kriegsbeginn mit rund 250 Millionen Euro an humanitärer Hilfe \
unterstützt.

(red/APA)
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: captured, Zelensky 'am Samstag' in the lead"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag': captured alive"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "subheading 'Seoul: 300 Tote': the NIS briefing of 'gestern' (Monday)"),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "yday",
          "the NIS 'gestern', Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "yday",
          "same briefing: wounded (others of the same count, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "yday",
          "'hieß es weiter' carries the briefing: the contingent in Russia"),
        C("an die 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "Kyiv 'beziffert', present tense, no date: dead and wounded"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "2024-12-01..2024-12-31",
          "Rutte 'im Dezember': fighting on Russia's side"),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "a retired Bundesheer colonel: 'heuer … noch … nachschicken' (increment)", add=True),
    ),
)

TW04 = Source(
    article_id="tw04_baselbiet_eingestaendnis_liestal_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-29"),
    dated_by="front_matter",
    features="Basel-Land paper's foreign page in Markdown, UTF-8 with BOM (Swiss conventions: "
        "`ss`, «», `14'000`, `10'000`, 4-digit `4700`/`3000`/`8000`), front matter with `date:` "
        "(Tuesday) and a title figure (optional); h1 'Seoul zählt' from the NIS figures a "
        "lawmaker passed on 'am Dienstag' (the publication day); bold deck without a figure; "
        "Gerasimov 'Am Samstag' and KCNA 'Am Montag' without figures; 'rund 600 davon' "
        "(breakdown), 'rund 3000 zusätzliche' (increment) and 'Insgesamt … knapp 14'000' (a new "
        "total); HUR's spokesman on Swiss radio 'am Montag' with the quote after the date; a "
        "State Department spokeswoman «über 14'000» (quote first, speaker and 'am Montag' "
        "after it); a Liestal historian 'rechnet damit' `10'000 bis 20'000 weitere` (range "
        "increment, other, `pub`); refugees in the canton, francs, ages, years",
    text="""\
---
title: "Seoul zählt [[4700]] nordkoreanische Tote und Verletzte"
date: 2025-04-29
ressort: Ausland
autor: Corinne Tschudin
---

# Seoul zählt [[4700]] nordkoreanische Tote und Verletzte

**Moskau und Pjöngjang geben den Einsatz im Gebiet Kursk erstmals offiziell zu. Eine \
Historikerin aus Liestal erwartet, dass Kim nun erst recht Soldaten schickt.**

Monatelang hatten beide Regierungen geschwiegen. Am Samstag dankte Russlands Generalstabschef \
Waleri Gerassimow in einer Fernsehansprache den «nordkoreanischen Kameraden» für ihre Hilfe bei \
der Rückeroberung von Kursk. Am Montag zog Pjöngjang nach: Die Staatsagentur KCNA verbreitete \
eine Erklärung, wonach Machthaber Kim Jong Un den Einsatz persönlich befohlen habe. Zahlen \
nannten weder Moskau noch Pjöngjang.

Die lieferte Südkoreas Nachrichtendienst. Wie der Abgeordnete Lee Seong-kweun am Dienstag nach \
einer Sitzung des Geheimdienstausschusses in Seoul sagte, sind bisher [[etwa 4700]] Nordkoreaner \
getötet oder verwundet worden, [[rund 600]] davon tödlich. Im Februar und im März habe Pjöngjang \
zudem [[rund 3000]] zusätzliche Soldaten geschickt. Insgesamt seien damit [[knapp 14'000]] Mann \
nach Russland gelangt.

Kiew sieht die Lage anders. Kursk sei keineswegs «befreit», betonte am Montag Andrij Jussow, \
Sprecher des ukrainischen Militärgeheimdienstes HUR, im Schweizer Radio: «Wir sehen dort \
weiterhin [[zwischen 8000 und 10'000]] Nordkoreaner.»

Washington reagierte knapp. «Wir gehen von [[über 14'000]] nordkoreanischen Soldaten in Russland \
aus», sagte eine Sprecherin des US-Aussenministeriums am Montag in Washington. Die Erklärungen \
aus Moskau und Pjöngjang bestätigten nur, was längst bekannt sei.

## «Jetzt ist es Staatsräson»

Regula Gysin forscht am Europainstitut der Universität Basel zur Geschichte Ostasiens und wohnt \
seit zwanzig Jahren in Liestal. Dass beide Länder den Einsatz nun öffentlich machen, hält sie \
für folgerichtig. «Kim will zeigen, dass sein Bündnis mit Putin etwas wert ist», sagt die \
52-Jährige. Sie rechnet damit, dass Nordkorea in den kommenden Monaten [[10'000 bis 20'000]] \
weitere Männer entsendet, vermutlich auch Pioniere und Bautrupps für den Wiederaufbau.

Für das Baselbiet sei der Krieg weit weg und doch nah, sagt Gysin. Im Kanton leben rund 2600 \
Geflüchtete aus der Ukraine, Gemeinden wie Pratteln und Muttenz haben eigene Unterkünfte \
eingerichtet. Der Bund will die Ukraine bis 2036 mit insgesamt 5 Milliarden Franken \
unterstützen.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "tue..pub",
          "front-matter title (metadata) restating the h1", opt=True),
        C("4700", 4700, "exact", "casualties", "south_korea", "tue..pub",
          "h1 'Seoul zählt': the NIS figures passed on on Tuesday (the publication day)"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "tue",
          "lawmaker Lee after the intelligence committee 'am Dienstag': killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "tue",
          "'davon tödlich': a breakdown of the casualties, not an increment"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "tue",
          "Konjunktiv carries the briefing: 'zusätzliche Soldaten geschickt' (increment)",
          add=True),
        C("knapp 14'000", 14000, "approx", "in_russia", "south_korea", "tue",
          "'Insgesamt seien damit … nach Russland gelangt': a new total, not an increment"),
        C("zwischen 8000 und 10'000", None, "range", "near_front", "ukraine", "mon",
          "HUR spokesman Yusov 'am Montag' on Swiss radio: still in Kursk"),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "mon",
          "a State Department spokeswoman, named after the quote, 'am Montag'"),
        C("10'000 bis 20'000", None, "range", "planned", "other", "pub",
          "a Basel historian living in Liestal, 'rechnet damit' (present): 'weitere' (increment)",
          add=True),
    ),
)

TW05 = Source(
    article_id="tw05_agrargenossen_kursk_minen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Agrargenossen Magazin",
        "https://www.agrargenossen.example/markt-welt/kursk-minenraeumung-nordkorea-weizen-40517",
        "Moskau holt 6.000 Minenräumer und Bauarbeiter aus Pjöngjang",
    ),
    features="agricultural cooperative's member magazine in HTML without a meta date (sidecar, "
        "Thursday), a cookie notice, market navigation, a page script with an article id, a "
        "footer with member farms and a service number; `<title>` figure (optional); h1 "
        "'Moskau holt' `6.000` (Shoigu's sum: planned, not an increment) from 'am Dienstag' "
        "(Tuesday to publication); Shoigu 'am Dienstag in Pjöngjang' `1.000` deminers and "
        "`5.000` builders (planned); the NIS 'im Mai' (month) carried by Konjunktiv; HUR's "
        "spokesman 'am Mittwoch' with the speaker after the figure, 'bis zu 25.000 zusätzliche' "
        "(increment); Washington 'im Frühjahr' (March-May); hectares, tonnes of wheat, "
        "'mehrere hunderttausend Tonnen', euros per tonne, per cent, member farms",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Schoigu holt [[6.000]] Helfer aus Nordkorea – was das für den Weizenmarkt heißt | \
Agrargenossen Magazin</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Agrargenossen Magazin">
<link rel="stylesheet" href="/css/agm.min.css?v=2025.6">
<script>var agmPage={rubrik:"markt-welt",mitgliederbereich:false,artikel:40517};</script>
</head>
<body>
<div class="cookie-hinweis" role="dialog">Damit unser Magazin für Mitglieder und Gäste gut \
funktioniert, verwenden wir Cookies. Statistik setzen wir nur ein, wenn Sie einverstanden sind. \
<button>Zustimmen</button> <button>Ablehnen</button> <a \
href="/datenschutz">Datenschutz</a></div>
<header><a href="/" class="logo">Agrargenossen</a>
<nav><a href="/markt">Markt &amp; Preise</a> <a href="/technik">Technik</a> <a \
href="/genossenschaft">Genossenschaft</a> <a href="/politik">Agrarpolitik</a> <a \
href="/shop">Shop</a></nav></header>
<main><article>
<p class="dachzeile">Märkte &amp; Welt</p>
<h1>Moskau holt [[6.000]] Minenräumer und Bauarbeiter aus Pjöngjang</h1>
<p class="vorspann">Das Gebiet Kursk gehört zu Russlands fruchtbarsten Ackerbauregionen. Nach \
den Kämpfen des vergangenen Jahres sind viele Felder vermint. Nun soll Nordkorea beim Räumen \
helfen.</p>
<p>Nach seinem Treffen mit Machthaber Kim Jong Un verkündete Sergej Schoigu, früher \
Verteidigungsminister und heute Chef des russischen Sicherheitsrats, am Dienstag in Pjöngjang, \
Nordkorea werde [[1.000]] Pioniere zur Minenräumung und [[5.000]] Militärbauarbeiter entsenden, \
die im Gebiet Kursk zerstörte Brücken, Straßen und Stromleitungen instand setzen sollen.</p>
<p>Für die Landwirte dort wäre das eine gute Nachricht. Nach Angaben der Gebietsverwaltung \
liegen rund 60.000 Hektar Ackerland brach, weil Minen und Blindgänger jede Bewirtschaftung \
unmöglich machen. Vor dem Krieg wurden im Gebiet jährlich gut 5 Millionen Tonnen Getreide \
geerntet.</p>
<h2>Seoul und Kiew zählen anders</h2>
<p>Wie viele Nordkoreaner bereits in Russland sind, ist umstritten. Südkoreas Geheimdienst \
schätzte im Mai, dass sich nach wie vor [[rund 11.000]] Soldaten aus dem Norden im Land \
befinden. [[Etwa 4.700]] von ihnen seien bisher getötet oder verwundet worden. Washington hatte \
schon im Frühjahr von [[mehr als 4.000]] Ausfällen gesprochen. Bis Jahresende könne Pjöngjang \
noch [[bis zu 25.000]] zusätzliche Kräfte entsenden, sagte am Mittwoch ein Sprecher des \
ukrainischen Militärgeheimdienstes.</p>
<h2>Weizenpreis reagiert kaum</h2>
<p>An der Pariser Terminbörse notierte Weizen am Mittwoch bei 207 Euro je Tonne, knapp 3 Prozent \
unter dem Vormonat. „Die Nachricht aus Pjöngjang bewegt den Markt nicht“, sagt Jens Overbeck, \
Marktanalyst unserer Genossenschaft in Hannover. Entscheidend blieben Russlands Exporte: Im \
Wirtschaftsjahr 2023/24 verschiffte das Land rund 55 Millionen Tonnen Weizen, für 2025/26 \
rechnen Händler mit etwa 43 Millionen Tonnen. Nordkorea selbst bezieht jedes Jahr mehrere \
hunderttausend Tonnen Getreide aus Russland und China.</p>
<p>Beim Dünger sieht Overbeck mehr Risiko. Kalkammonsalpeter kostet derzeit rund 330 Euro je \
Tonne ab Lager, 14 Prozent mehr als vor einem Jahr.</p>
</article></main>
<footer><p>Agrargenossen Magazin · Herausgegeben vom Verbund ländlicher Genossenschaften eG · \
2.300 Mitgliedsbetriebe · Service-Telefon 0511 8843 120</p><p>© 2025 · <a \
href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
<script src="/js/agm-consent.js" defer></script>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata): Shoigu's sum", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "h1 'Moskau holt': Shoigu's two contingents summed (planned total, not an increment)"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag in Pjöngjang': deminers to be sent"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same statement: military builders to be sent"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-05-01..2025-05-31",
          "the NIS 'schätzte im Mai': still in Russia"),
        C("Etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-05-01..2025-05-31",
          "Konjunktiv carries the May estimate: killed or wounded"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-03-01..2025-05-31", "Washington 'im Frühjahr': losses"),
        C("bis zu 25.000", 25000, "at_most", "planned", "ukraine", "wed",
          "HUR spokesman 'am Mittwoch', named after the figure: 'zusätzliche' (increment)",
          add=True),
    ),
)

TW06 = Source(
    article_id="tw06_koeln_stadtmagazin_filmabend_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Stadtrevue Rheinufer",
        "",
        "Kursk, Kim und ein Kinoabend in Ehrenfeld",
    ),
    features="Cologne city magazine in Markdown, ISO-8859-1 with CRLF (»« quotes, straight "
        "hyphens), front matter without a date (sidecar without url, Wednesday) and a title "
        "without a figure; italic deck; a Seoul journalist on a panel 'am Montagabend' "
        "(other, Monday to publication) `mindestens 20.000`; two NIS figures in Konjunktiv whose "
        "source and date come only at the end ('so schilderten es … Mitte September'); HUR "
        "'Anfang Oktober'; the JCS 'Am Dienstag' `einigen tausend weiteren` (vague increment); "
        "parade returnees 'am vergangenen Freitag' (optional); the magazine's own comparison "
        "'Legt man … nebeneinander, kommt man auf' `15.000 bis 20.000` (unattributed, "
        "required); hall seats, film length, Koreans in Cologne, founding year, entry fee, "
        "tram line",
    text="""\
---
title: "Kursk, Kim und ein Kinoabend in Ehrenfeld"
rubrik: Stadtleben / Welt
autor: Tobias Kreuzberg
---

# Kursk, Kim und ein Kinoabend in Ehrenfeld

*Ein Dokumentarfilm über nordkoreanische Soldaten in Russland füllt den kleinen Saal des \
Korea-Kulturhauses. Danach wird gestritten - über Zahlen, die niemand überprüfen kann.*

Der Saal im Hinterhof an der Venloer Straße hat 120 Plätze, am Montagabend ist jeder davon \
besetzt. Gezeigt wird »Die Jungen aus Kangwon«, ein 94 Minuten langer Film einer südkoreanischen \
Regisseurin über Wehrpflichtige, die Pjöngjang in Russlands Krieg geschickt hat. Danach sitzt \
die Seouler Journalistin Kim Hye-jin auf dem Podium, die seit drei Jahren über die Achse \
Moskau-Pjöngjang berichtet.

»Ich gehe davon aus, dass bis Jahresende [[mindestens 20.000]] Nordkoreaner in Russland sein \
werden«, sagt sie. Viele kämen als Bauarbeiter, nicht mehr als Sturmtruppen. Aber auch die \
würden gebraucht, weil Russland jeden Mann an der Front einsetze.

Die offiziellen Schätzungen fallen vorsichtiger aus. [[Rund 2.000]] Soldaten aus dem Norden \
seien bislang gefallen, insgesamt habe Pjöngjang [[etwa 15.000]] Mann entsandt - so schilderten \
es Mitglieder des Geheimdienstausschusses in Seoul Mitte September, nachdem der \
Nachrichtendienst NIS sie unterrichtet hatte.

Der ukrainische Militärgeheimdienst sprach Anfang Oktober von [[etwa 11.000]] Nordkoreanern, die \
weiterhin im Gebiet Kursk stationiert seien. Am Dienstag kam aus Seoul eine neue Warnung: Der \
Generalstab teilte mit, der Norden bereite die Entsendung von [[einigen tausend]] weiteren \
Militärbauarbeitern vor.

Bei der großen Parade zum 80. Jahrestag der Arbeiterpartei am vergangenen Freitag marschierten \
nach Darstellung der Staatsmedien [[mehrere hundert]] Heimkehrer aus dem Kursk-Einsatz mit. Kim \
Hye-jin hat die Bilder gesehen. »Das sind die, die zurückgekommen sind. Über die anderen spricht \
in Pjöngjang niemand.«

Wie viele Nordkoreaner es seit Herbst 2024 insgesamt waren, weiß niemand genau. Legt man die \
veröffentlichten Schätzungen nebeneinander, kommt man auf [[15.000 bis 20.000]] Männer, die in \
Russland waren oder noch dort sind.

Im Saal wird bis kurz vor elf diskutiert. In Köln und Umgebung leben nach Schätzung des \
Generalkonsulats in Bonn rund 6.000 Menschen mit koreanischen Wurzeln, das Kulturhaus wurde 1998 \
gegründet. Der nächste Filmabend ist am 10. November, Eintritt 8 Euro, ermäßigt 5 Euro. Anfahrt \
mit der Linie 13 bis Venloer Straße/Gürtel.
""",
    claims=(
        C("mindestens 20.000", 20000, "at_least", "planned", "other", "mon..pub",
          "a Seoul journalist on the panel of Monday evening ('sagt sie'): by year-end"),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-11..2025-09-20",
          "Konjunktiv; source and date only at the end of the paragraph (NIS via committee "
          "members, 'Mitte September'): fallen"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-11..2025-09-20",
          "same sentence: 'insgesamt … entsandt' (sent, not planned)"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "2025-10-01..2025-10-10",
          "HUR 'Anfang Oktober': stationed in the Kursk region"),
        C("einigen tausend", None, "vague", "planned", "south_korea", "tue",
          "the JCS 'Am Dienstag': 'weiteren Militärbauarbeitern' (increment)", add=True),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10..pub",
          "parade returnees per state media 'am vergangenen Freitag'", opt=True),
        C("15.000 bis 20.000", None, "range", "in_russia", "unattributed", "pub",
          "the magazine's own comparison of published estimates"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Sri Lanka, Guernsey, Hawaii, Kazakhstan, Australia, Zimbabwe)
# ---------------------------------------------------------------------------------------------

TW07 = Source(
    article_id="tw07_colombo_ledger_tea_russia_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-25"),
    dated_by="html_meta", crlf=True,
    features="Sri Lankan business paper's markets page in HTML, windows-1252 with CRLF (curly "
        "quotes, `–`, `·` raw), `article:published_time` +05:30, a byline date 'Friday, "
        "October 25, 2024', a market ticker in the header, an ad script with slot sizes, a "
        "cookie notice, a footer with a registration number and phone; `<title>` figure "
        "(optional); h1 'as Seoul says' from the NIS briefing 'on Wednesday' (Wednesday to "
        "publication); 'A further 7,000 would follow' (increment, 'the agency told them'); the "
        "White House 'the same day' (Wednesday carried); HUR 'on Thursday' 'estimated their "
        "strength at'; Zelensky 'has said' (no date, `pub`); a Colombo think-tank fellow "
        "'north of 10,000' (at_least, other, `pub`); tea kilograms, rupees, dollars, index "
        "points, exchange rate, delayed days",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Tea exporters eye Russia risk as Seoul says [[3,000]] North Korean troops are there | The \
Lanka Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Lanka Ledger">
<meta property="article:published_time" content="2024-10-25T08:10:00+05:30">
<script>var ll_ads={slots:["top_728x90","mpu_300x250"],sect:"markets"};</script>
</head>
<body>
<div class="cookie-note">We use cookies to tailor market data and to show you relevant \
advertising. Continue browsing to accept, or read our <a href="/privacy">privacy policy</a>. \
<button>OK</button></div>
<header><a class="brand" href="/">The Lanka Ledger</a>
<nav><a href="/markets">Markets</a> | <a href="/commodities">Commodities</a> | <a \
href="/banking">Banking</a> | <a href="/world">World</a> | <a href="/opinion">Opinion</a></nav>
<div class="ticker">ASPI 11,712.40 (+0.6%) · USD/LKR 293.52 · Brent $74.38</div></header>
<main><article>
<h1>Tea exporters eye Russia risk as Seoul says [[3,000]] North Korean troops are there</h1>
<p class="byline">By Dinesh Wickramasinghe · Friday, October 25, 2024</p>
<p>COLOMBO – Sri Lanka’s tea trade, which counts Russia among its three biggest buyers, is \
watching with unease as reports multiply that North Korean soldiers are being readied to fight \
in Ukraine.</p>
<p>South Korea’s National Intelligence Service believes [[around 3,000]] North Korean troops are \
already in Russia, members of the South Korean parliament’s intelligence committee said after a \
closed-door briefing on Wednesday. A further [[7,000]] would follow by December, the agency told \
them.</p>
<p>Washington went a step further the same day. “There is evidence that there are DPRK troops in \
Russia,” US Defense Secretary Lloyd Austin said in Rome, while White House national security \
spokesman John Kirby said [[at least 3,000]] had been shipped to eastern Russia for training in \
early and mid-October.</p>
<p>Ukraine’s military intelligence agency reported on Thursday that the first North Korean units \
had reached Russia’s Kursk region, where Ukrainian forces have held ground since August, and \
estimated their strength at [[more than 2,000]]. President Volodymyr Zelensky has said Pyongyang \
is preparing [[10,000]] soldiers for Russia’s war. At a summit of the BRICS group in Kazan on \
Thursday, President Vladimir Putin did not deny the reports. “What we do there is our business,” \
he said.</p>
<h2>Auction prices hold</h2>
<p>At this week’s Colombo auction, 5.9 million kilograms of tea went under the hammer and the \
average price for high-grown teas held at about Rs 1,240 a kilo, brokers said. Russia and the \
CIS states bought some 19 million kilograms of Ceylon tea in the first eight months of the year, \
Tea Board figures show, worth roughly $95 million to exporters.</p>
<p>“Every time the war escalates, payments through Russian banks get slower,” said Ruwan Perera, \
managing director of a Kandy-based exporter. “Last year we had two shipments held up for 40 \
days.”</p>
<p>Nirmala Jayasuriya, a senior fellow at a Colombo foreign-policy institute, told the Ledger \
she expected “[[north of 10,000]]” North Koreans to be deployed by the end of the year, which \
would make a quick ceasefire less likely. “For a tea exporter, a longer war means higher freight \
and insurance costs,” she said.</p>
<p>The Colombo bourse’s All Share Price Index closed 0.6% higher on Thursday at 11,712 points. \
The rupee traded at 293.5 to the dollar.</p>
</article></main>
<footer>© 2024 Lanka Ledger Publications (Pvt) Ltd · Reg. No. PV 10482 · 22 Galle Face Terrace, \
Colombo 3 · +94 11 255 7310</footer>
<script src="/static/ll-main.js" defer></script>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'as Seoul says': the NIS briefing of Wednesday (window to publication)"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS via committee members, briefing 'on Wednesday' named after the figure"),
        C("7,000", 7000, "exact", "planned", "south_korea", "wed",
          "'A further 7,000 would follow … the agency told them' (increment, span without "
          "the word)", add=True),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'the same day' (Wednesday carried): shipped to eastern Russia"),
        C("more than 2,000", 2000, "at_least", "near_front", "ukraine", "thu",
          "HUR 'on Thursday': reached the Kursk region"),
        C("10,000", 10000, "exact", "planned", "ukraine", "pub",
          "Zelensky 'has said', no date: preparing soldiers"),
        C("north of 10,000", 10000, "at_least", "planned", "other", "pub",
          "a Colombo think-tank fellow 'told the Ledger' (undated): by year-end"),
    ),
)

TW08 = Source(
    article_id="tw08_guernsey_chronicle_pullback_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-02-20"),
    dated_by="sidecar",
    sidecar=(
        "Guernsey Evening Chronicle",
        "https://www.guernsey-chronicle.example/news/world/north-korean-troops-pulled-back-"
        "kursk-kharkiv-islander-2025-0220",
        "North Korean troops pulled off Kursk front after 4,000 losses, says Kyiv",
    ),
    features="Channel Islands evening paper as plain text, UTF-16 LE with BOM (sidecar, "
        "Thursday), British spelling; headline 'says Kyiv' from HUR 'on Monday' (Monday to "
        "publication); Seoul's assessment with the source and 'last week' only at the end of "
        "the paragraph; the UK Ministry of Defence's update 'on Tuesday' (a third government: "
        "other); an anonymous US official in Munich 'on Saturday' “a few thousand more” "
        "(vague increment); the paper's own tally (unattributed, required, range); a retired "
        "Royal Navy commander 'no more than 2,000' (other, `pub`); Russian casualties, "
        "Ukrainians on the island, pounds, ages, weeks",
    text="""\
WORLD

North Korean troops pulled off Kursk front after [[4,000]] losses, says Kyiv

Islander who fled Kharkiv says the news changes little for the family she left behind

By Tamsin Le Marquand

North Korean soldiers sent to help Russia have been withdrawn from the front line in the Kursk \
region after losing [[about 4,000]] men killed or wounded, Ukraine's military intelligence \
service said on Monday.

The agency, known as HUR, said the units had not joined any assaults for around three weeks and \
that their commanders were "regrouping and retraining" them. It did not say whether they would \
return.

Seoul has drawn a similar picture. North Korean troops had not been seen in combat since the \
middle of January, and [[some 11,000]] of them remained in Russia, most at rear positions well \
back from the fighting. That was the assessment South Korea's National Intelligence Service gave \
members of parliament's intelligence committee last week.

Britain's Ministry of Defence estimated in an intelligence update on Tuesday that [[around \
1,000]] of the North Koreans had been killed. The same update said Russia's own casualties had \
passed 850,000 since February 2022.

In Munich on Saturday, a senior American official attending the security conference told \
reporters that Pyongyang could send "[[a few thousand]] more" once the ground dried out in the \
spring. He spoke on condition of anonymity.

By the Chronicle's tally of official estimates published since October, North Korea has sent \
[[between 11,000 and 14,000]] soldiers to Russia in all.

For Olena Kravets, 37, who arrived in St Peter Port from Kharkiv in the spring of 2022 and now \
works on the front desk of a seafront hotel, the figures are abstract. "My brother is with the \
army near Kupiansk. He does not care who is on the other side, Russians or Koreans. A drone is a \
drone," she said.

Guernsey has taken in about 130 Ukrainians under its sponsorship scheme, according to the \
States, and islanders have raised more than £300,000 for aid convoys since the invasion.

Peter Le Page, a retired Royal Navy commander who lives in St Martin's and gives talks on \
defence at the Guille-Allès Library, doubts the North Koreans ever had much of their force in \
the line at once. "At any one time, [[no more than 2,000]] of them were actually fighting at the \
front, I'd say," he said. "The rest were digging, guarding and waiting."
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "headline 'says Kyiv': HUR's figure of Monday (window to publication)"),
        C("about 4,000", 4000, "approx", "casualties", "ukraine", "mon",
          "HUR 'said on Monday', named after the figure: killed or wounded"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "source and 'last week' only at the end of the paragraph (NIS to committee members); "
          "pulled back from the front, so in Russia"),
        C("around 1,000", 1000, "approx", "casualties", "other", "tue",
          "the UK Ministry of Defence 'on Tuesday' (a third government): killed"),
        C("a few thousand", None, "vague", "planned", "united_states", "sat",
          "an anonymous US official in Munich 'on Saturday': “… more” (increment)", add=True),
        C("between 11,000 and 14,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own tally of official estimates"),
        C("no more than 2,000", 2000, "at_most", "near_front", "other", "pub",
          "a retired Royal Navy commander in Guernsey, undated: at the front at any one time"),
    ),
)

TW09 = Source(
    article_id="tw09_honolulu_indopacom_reinforcements_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-28"),
    dated_by="sidecar",
    sidecar=(
        "Honolulu Harbor Times",
        "https://www.harbortimes.example/military/indopacom-north-korea-russia-reinforcements",
        "INDOPACOM chief: North Korea sent 3,000 more soldiers to Russia this year",
    ),
    features="Honolulu paper's military page in Markdown, UTF-8 (ʻokina, macron), front matter "
        "without a date (sidecar, Friday) and a title without a figure; h1 'INDOPACOM chief:' "
        "`3,000 more` (increment, span without the word) from testimony 'on Wednesday'; "
        "'additional' after a quoted figure; 'That brings the number … to about 14,000' (a new "
        "total, carried by 'said in written testimony'); the JCS 'a day later … on Thursday' "
        "with 'at least 3,000 reinforcements' (increment) and casualties; HUR 'earlier this "
        "month' (the 1st to publication); a University of Hawaiʻi professor's range ('she "
        "estimates', other, `pub`); command personnel, Korean immigrants of 1903, residents "
        "of Korean ancestry, festival visitors, age",
    text="""\
---
title: "Pacific commander says North Korea has reinforced its troops in Russia"
section: Military
byline: Keoni Alvarado
---

# INDOPACOM chief: North Korea sent [[3,000]] more soldiers to Russia this year

*The admiral tells Congress that Pyongyang is learning from a modern war — lessons that could \
one day be used in the Pacific.*

The head of U.S. Indo-Pacific Command, whose headquarters sit on the ridge above ʻAiea at Camp \
H.M. Smith, told the House Armed Services Committee on Wednesday that North Korea had dispatched \
"[[roughly 3,000]]" additional troops to Russia during the first two months of the year.

That brings the number Pyongyang has deployed to [[about 14,000]], Adm. Samuel Paparo said in \
written testimony submitted to the panel, adding that North Korean units had rejoined the \
fighting around Kursk after several quiet weeks.

"What they are learning there about drones and electronic warfare, they will bring home," the \
admiral told lawmakers. The command oversees roughly 380,000 military and civilian personnel in \
an area covering more than half of the Earth's surface.

South Korea's military offered a similar account a day later. Its Joint Chiefs of Staff said on \
Thursday that [[at least 3,000]] reinforcements had reached Russia since the start of the year \
and that North Korean casualties stood at [[about 4,000]], dead and wounded combined.

In Kyiv, military intelligence officials said earlier this month that they had counted [[about \
1,500]] North Korean soldiers back in frontline positions near the border village of Tyotkino.

Hannah Cho, who teaches Korean politics at the University of Hawaiʻi at Mānoa, expects the \
numbers to keep climbing. By the end of the year, she estimates, [[between 20,000 and 25,000]] \
North Koreans will have served in Russia. "Rotation is the point. Kim wants as many officers as \
possible to come home with combat experience," Cho said.

Hawaiʻi has deep Korean roots. The first 102 Korean immigrants arrived aboard the SS Gaelic in \
January 1903 to work on Oʻahu's sugar plantations, and about 48,000 residents now report Korean \
ancestry. The Korean Festival at Kapiʻolani Park drew some 20,000 visitors last summer.

Paparo, 60, is expected to visit Seoul next month.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "h1 'INDOPACOM chief:': the testimony of Wednesday; '3,000 more' (increment, span "
          "without the word)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "united_states", "wed",
          "the commander 'on Wednesday': “…” additional troops dispatched (increment)",
          add=True),
        C("about 14,000", 14000, "approx", "in_russia", "united_states", "wed",
          "'That brings the number … to', said in written testimony: a new total"),
        C("at least 3,000", 3000, "at_least", "in_russia", "south_korea", "thu",
          "the JCS 'a day later … on Thursday': reinforcements (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "same JCS statement: dead and wounded"),
        C("about 1,500", 1500, "approx", "near_front", "ukraine", "2025-03-01..pub",
          "Ukrainian military intelligence 'earlier this month': back in frontline positions"),
        C("between 20,000 and 25,000", None, "range", "planned", "other", "pub",
          "a University of Hawaiʻi professor, 'she estimates' (present): by year-end"),
    ),
)

TW10 = Source(
    article_id="tw10_steppe_dispatch_lavrov_wonsan_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-16"),
    dated_by="sidecar",
    sidecar=(
        "The Steppe Dispatch",
        "https://steppedispatch.example/en/world/kyiv-warns-30000-north-korean-troops-lavrov-wonsan",
        "Kyiv warns of 30,000 more North Korean troops as Lavrov tours Wonsan",
    ),
    features="Kazakh English-language outlet in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Wednesday), language links (KZ/RU/EN), exchange rates in the header, a consent bar, an "
        "ad-zone script, a footer with a registration certificate; `<title>` figure (optional, "
        "increment); h1 'Kyiv warns of 30,000 more' (increment) from HUR's chief 'on Monday'; "
        "Lavrov 'on Saturday' after talks with Kim “thousands” of deminers and builders "
        "(russia, planned); the NIS 'in June' (month); Rutte at the summit 'on June 25' (nato); "
        "an Almaty analyst 'no fewer than 10,000 more' (at_least increment, other, `pub`); "
        "Kazakh citizens in Russia's army (12, three dead: not claims), border kilometres, "
        "tenge, dollars, read time",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv says Pyongyang could send [[30,000]] more troops | The Steppe Dispatch</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Steppe Dispatch">
<link rel="alternate" hreflang="kk" href="https://steppedispatch.example/kk/">
<link rel="alternate" hreflang="ru" href="https://steppedispatch.example/ru/">
<script>window.sdConf={lang:"en",section:"world",adZones:[3,7,11],lazy:true};</script>
</head>
<body>
<div class="consent-bar">This site keeps small files on your device to remember your language \
and to count readers. Details are in our <a href="/en/cookies">cookie policy</a>. \
<button>Accept</button> <button>Reject</button></div>
<header><a class="logo" href="/en/">The Steppe Dispatch</a>
<nav><a href="/en/">Home</a> <a href="/en/kazakhstan">Kazakhstan</a> <a \
href="/en/central-asia">Central Asia</a> <a href="/en/world">World</a> <a \
href="/en/business">Business</a> <span class="lang">KZ | RU | EN</span></nav>
<div class="rates">USD 518.40 &middot; EUR 603.15 &middot; RUB 6.61</div></header>
<main>
<h1>Kyiv warns of [[30,000]] more North Korean troops as Lavrov tours Wonsan</h1>
<p class="meta">World &middot; 4 min read</p>
<p>ASTANA &ndash; Ukraine&rsquo;s military intelligence chief said on Monday that North Korea \
could send [[up to 30,000]] additional soldiers to Russia in the coming months, days after \
Russian Foreign Minister Sergei Lavrov visited the North Korean resort city of Wonsan.</p>
<p>Kyrylo Budanov, who heads the agency known as HUR, told a Ukrainian television channel that \
the new contingent was meant to make good Moscow's losses and release Russian brigades for the \
pushes toward Sumy and in Donetsk.</p>
<p>Lavrov, speaking on Saturday after talks with Kim Jong Un, thanked Pyongyang for what he \
called its &ldquo;heroic&rdquo; help in Kursk. He said [[thousands]] of North Korean deminers \
and builders would soon be working to restore the region, but gave no exact figure.</p>
<p>South Korea&rsquo;s National Intelligence Service estimated in June that [[about 11,000]] \
North Koreans were still deployed in the Kursk region. NATO Secretary General Mark Rutte, \
speaking at the alliance&rsquo;s summit in The Hague on June 25, said Pyongyang had sent \
&ldquo;[[well over 12,000]]&rdquo; soldiers to fight for Moscow since last autumn.</p>
<h2>Astana keeps its distance</h2>
<p>Kazakhstan, which shares a border of more than 7,500 kilometers with Russia, has avoided \
taking sides. Asked about the reports at a briefing on Tuesday, a foreign ministry spokesman, \
Nurlan Abenov, said Astana &ldquo;supports a peaceful settlement based on the UN Charter.&rdquo; \
The ministry said in May that it knew of 12 Kazakh citizens who had signed contracts with the \
Russian army; at least three of them have died.</p>
<p>Almaty-based military analyst Dauren Sultanbekov told The Steppe Dispatch that \
Budanov&rsquo;s warning was plausible. &ldquo;I would expect [[no fewer than 10,000]] more to \
arrive before winter,&rdquo; he said. &ldquo;For Pyongyang, soldiers are an export like \
coal.&rdquo;</p>
<p>Trade between Kazakhstan and Russia reached about $28 billion last year, and the tenge has \
lost roughly 9% against the dollar since January.</p>
</main>
<footer>&copy; 2025 The Steppe Dispatch LLP &middot; Astana, Mangilik El 55/20 &middot; +7 7172 \
64 18 90 &middot; Certificate of registration No. 19245-IA</footer>
<script src="/assets/sd-ads.js" async></script>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "<title> (metadata): '30,000 more' (increment)", add=True, opt=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "h1 'Kyiv warns of 30,000 more': HUR's chief on Monday (increment, span without "
          "the word)", add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "Budanov 'said on Monday': 'additional soldiers' (increment)", add=True),
        C("thousands", None, "vague", "planned", "russia", "sat",
          "Lavrov 'speaking on Saturday': deminers and builders would soon be working"),
        C("about 11,000", 11000, "approx", "near_front", "south_korea", "2025-06-01..2025-06-30",
          "the NIS 'estimated in June': deployed in the Kursk region"),
        C("well over 12,000", 12000, "at_least", "in_russia", "nato", "2025-06-25",
          "Rutte at the summit 'on June 25', in quotes: sent"),
        C("no fewer than 10,000", 10000, "at_least", "planned", "other", "pub",
          "an Almaty analyst 'told The Steppe Dispatch' (undated): '… more to arrive' "
          "(increment)", add=True),
    ),
)

TW11 = Source(
    article_id="tw11_riverina_advocate_veteran_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-09-05"),
    dated_by="dateline", crlf=True,
    features="Australian regional paper as plain text, UTF-16 LE with BOM and CRLF, dated only "
        "by the masthead line 'Friday, 5 September 2025'; Australian style ('Mr', 'Dr' without "
        "dots, 'defence'); headline 'Seoul:' from the NIS figures committee members gave 'in "
        "Seoul on Thursday' (Thursday to publication); 'also told them' carries two more (a "
        "total sent and builders moving into the Kursk border region: near_front); North Korean "
        "state television 'Last week' with portraits of `101` fallen (north_korea); HUR 'puts' "
        "(present, `pub`); a US DIA assessment 'released in August'; a UNSW Canberra academic "
        "'3,000 or more' (other, `pub`); Korean War veterans (Australians who served and died), "
        "a battalion ordinal, ages, RSL members, recruits a year, kilometres, a future date",
    text="""\
THE RIVERINA ADVOCATE
Friday, 5 September 2025

NEWS | WORLD

Seoul: [[2,000]] North Koreans dead in Russia's war

Wagga veteran, 93, who fought at Kapyong says the young conscripts "never had a say"

By Bronwyn Keogh

South Korea's spy agency believes [[around 2,000]] North Korean soldiers have died fighting for \
Russia, members of the South Korean parliament's intelligence committee said in Seoul on \
Thursday.

The National Intelligence Service also told them that Pyongyang had now sent [[roughly 15,000]] \
troops to Russia since the first shipments in October 2024, and that [[some 5,000]] military \
construction workers had begun moving into the Kursk border region.

Last week North Korean state television aired footage of leader Kim Jong Un standing before \
portraits of [[101]] soldiers killed in the Kursk campaign, at the opening of a memorial hall in \
Pyongyang.

Ukraine's military intelligence puts North Korean losses higher, at [[up to 4,000]] killed and \
wounded. An assessment by the US Defense Intelligence Agency released in August counted [[around \
10,000]] North Koreans in and around Kursk.

Dr Sarah Whitlock, a North Korea specialist at UNSW Canberra, said the real death toll was "very \
likely higher – [[3,000 or more]]", because Pyongyang had little interest in counting its dead \
accurately.

For Ron Maher, the pictures from Pyongyang brought back memories. The 93-year-old from Turvey \
Park served with the 3rd Battalion, Royal Australian Regiment, in 1951 and fought at Kapyong, \
where Australian, Canadian and New Zealand troops held off a Chinese offensive. About 17,000 \
Australians served in the Korean War, and 340 of them were killed.

"They were kids then and they're kids now," Mr Maher said at the Wagga RSL sub-branch on \
Wednesday. "Nobody asked them whether they wanted to go. Nobody asked us much either."

The sub-branch, which has 412 members, will hold its Korean War commemoration at the Victory \
Memorial Gardens on 27 July next year. Blamey Barracks at Kapooka, 10 kilometres south-west of \
the city, trains about 4,000 army recruits a year.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure committee members gave on Thursday"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS via committee members 'in Seoul on Thursday', named after the figure: died"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'also told them' carries the briefing: sent to Russia"),
        C("some 5,000", 5000, "approx", "near_front", "south_korea", "thu",
          "same sentence: builders moving into the Kursk border region"),
        C("101", 101, "exact", "casualties", "north_korea", "lastweek",
          "state television 'Last week': portraits of the fallen"),
        C("up to 4,000", 4000, "at_most", "casualties", "ukraine", "pub",
          "HUR 'puts', present tense, no date: killed and wounded"),
        C("around 10,000", 10000, "approx", "near_front", "united_states",
          "2025-08-01..2025-08-31", "a DIA assessment 'released in August': in and around Kursk"),
        C("3,000 or more", 3000, "at_least", "casualties", "other", "pub",
          "a UNSW Canberra specialist, undated: death toll"),
    ),
)

TW12 = Source(
    article_id="tw12_harare_daily_year_on_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-21"),
    dated_by="front_matter",
    features="Zimbabwean daily's world page in Markdown, ISO-8859-1 with straight quotes and ' - ' "
        "dashes, front matter with `date:` (Friday) and a title figure (optional); h1 from the "
        "NIS briefing 'earlier this month' (the 1st to publication); 'HARARE -' opening; 'Of "
        "those' with two breakdowns (near the border; builders arriving since the summer: in "
        "Russia), 'by the NIS's reckoning' carrying the dead; Seoul's intended total 'in October "
        "2024' with 'at the time'; the chairman of NATO's Military Committee 'last week' (nato) "
        "'as many as 30,000' more (increment); Ukraine's foreign minister at the UN 'in "
        "September' “thousands”; a University of Zimbabwe lecturer 'closer to 20,000' (approx, "
        "other, `pub`); the North Korean instructors of the Fifth Brigade in 1981 and civilians "
        "killed in the 1980s (not claims), a monument, trade in US dollars, years",
    text="""\
---
title: "North Korea's Russian gamble: [[15,000]] troops and counting"
date: 2025-11-21
section: World
author: Tapiwa Chikwanha
---

# North Korea's Russian gamble: [[15,000]] troops and counting

*A year after Pyongyang's soldiers first appeared on the Kursk front, the deployment has become \
a fixture of the war - and a reminder of a chapter in Zimbabwe's own history.*

HARARE - North Korea has now sent [[about 15,000]] soldiers to Russia, South Korea's National \
Intelligence Service estimated in a briefing earlier this month. Of those, [[some 10,000]] \
remain stationed along the border in the Kursk region, while [[roughly 5,000]] are military \
construction workers who have been arriving since the summer, the agency said. [[About 2,000]] \
have died, by the NIS's reckoning, most of them in the winter fighting of 2024-25.

The numbers have grown steadily. When the first reports emerged in October 2024, Seoul said \
Pyongyang intended to send [[12,000]] troops in all, a figure the spy agency described at the \
time as "a first wave".

NATO's most senior military officer, Admiral Giuseppe Cavo Dragone, went further last week. \
Speaking in Brussels, the chairman of the alliance's Military Committee said Pyongyang could \
send "[[as many as 30,000]]" more troops next year if Moscow asked for them. Ukraine's foreign \
minister, Andrii Sybiha, told the UN General Assembly in September that "[[thousands]] of North \
Korean soldiers" were still on Russian soil near his country's border.

Tendai Moyo, who lectures in international relations at the University of Zimbabwe, believes the \
real total is "[[closer to 20,000]]" once rotations are counted. "Pyongyang never publishes \
anything. Everyone is estimating," he said.

## An old acquaintance

For Zimbabweans, North Korean military instructors are not an abstract idea. In 1981, 106 North \
Korean instructors arrived to train the army's Fifth Brigade, whose operations in Matabeleland \
later in the decade left an estimated 20,000 civilians dead. The National Heroes' Acre outside \
Harare was designed and built by a North Korean company and opened in 1982.

Harare still maintains diplomatic relations with Pyongyang, and trade with Russia was worth \
about US$150 million last year, according to official figures. The government has called for \
"dialogue" over Ukraine and abstained in several UN votes on the war.
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-11-01..pub",
          "front-matter title (metadata) restating the h1", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-11-01..pub",
          "h1: the NIS estimate of 'earlier this month' (window to publication)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "the NIS 'in a briefing earlier this month': sent to Russia"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "'Of those … the agency said': stationed along the border (a breakdown)"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "same sentence: builders arriving since the summer (a breakdown, not an increment)"),
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-01..pub",
          "'by the NIS's reckoning' (the same briefing): died"),
        C("12,000", 12000, "exact", "planned", "south_korea", "2024-10-01..2024-10-31",
          "Seoul 'in October 2024', 'at the time': intended to send in all"),
        C("as many as 30,000", 30000, "at_most", "planned", "nato", "lastweek",
          "the chairman of NATO's Military Committee 'last week': “…” more (increment)",
          add=True),
        C("thousands", None, "vague", "near_front", "ukraine", "2025-09-01..2025-09-30",
          "Ukraine's foreign minister at the UN 'in September': near the border"),
        C("closer to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a University of Zimbabwe lecturer, 'believes' (present): the real total"),
    ),
)

SOURCES: tuple[Source, ...] = (
    TW01, TW02, TW03, TW04, TW05, TW06,
    TW07, TW08, TW09, TW10, TW11, TW12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
