"""Build the EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A tenth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a national radio station's
news text, a Saxon regional paper, a Styrian regional paper, a Zurich paper's international page,
an online portal's news in brief and a Sunday paper's political report after a committee
session; a Kyiv-based English-language outlet, a story relaying Russian and North Korean state
media critically, a New Zealand paper, a US public radio story rewritten for the web, a defence
trade publication and a Scottish daily. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind8_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

W01 = Source(
    article_id="w01_radio_nachrichten_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-24"),
    dated_by="html_meta",
    features="national radio station's news text in HTML (`article:published_time` with +02:00, a "
        "closing line 'Diese Nachricht wurde am 24.10.2024 im Programm … gesendet', cookie "
        "banner, navigation, a tracking script, frequency and listener-service numbers in the "
        "footer); `<title>` figure (optional); headline 'Washington:' from Kirby 'am Mittwoch' "
        "(Wednesday to publication); German single quotes ‚…‘; NIS figures 'heute' (the "
        "publication day) given by lawmakers in the sentence after them; HUR 'meldete' without a "
        "date: `rund 2.600` 'erwartet' (planned); Zelensky 'am Montag' `bis zu 12.000`; a summit "
        "of 36 countries, civilians killed, Ukrainian drones",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Washington: [[3.000]] Nordkoreaner in Russland | Deutschlandsender</title>
<meta property="og:site_name" content="Deutschlandsender">
<meta property="article:published_time" content="2024-10-24T09:15:00+02:00">
<link rel="canonical" href="https://www.deutschlandsender.example/nachrichten/usa-bestaetigen-nor\
dkoreanische-truppen-in-russland-100.html">
<script>var dls={page:"nachricht",id:"n-7731452",audio:false,ressort:"ausland"};</script>
</head>
<body>
<div class="cookie">Wir verwenden Cookies, um unser Angebot zu verbessern. Einige sind technisch \
notwendig, andere helfen uns bei der Reichweitenmessung. <a href="/datenschutz">Mehr erfahren</a> \
<button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
<nav><a href="/">Startseite</a> · <a href="/nachrichten">Nachrichten</a> · <a \
href="/programm">Programm</a> · <a href="/audiothek">Audiothek</a> · <a \
href="/podcasts">Podcasts</a> · <a href="/frequenzen">Frequenzen</a></nav>
<main>
<p class="rubrik">Nachrichten · Korea / Russland</p>
<h1>Washington: [[3.000]] nordkoreanische Soldaten in Russland</h1>
<p>Die US-Regierung hat erstmals bestätigt, dass Nordkorea Soldaten nach Russland verlegt hat. \
Der Sprecher des Nationalen Sicherheitsrats, Kirby, sagte am Mittwoch in Washington, [[mindestens \
3.000]] Mann seien zwischen Anfang und Mitte Oktober per Schiff in den Osten Russlands gebracht \
worden. Sie würden dort an drei Standorten militärisch ausgebildet. Was sie anschließend tun \
sollten, sei noch offen. Falls sie gegen die Ukraine kämpften, wären sie ‚legitime Ziele‘, \
betonte Kirby.</p>
<p>Verteidigungsminister Austin äußerte sich bei einem Besuch in Rom ähnlich. Es gebe Belege für \
die Präsenz nordkoreanischer Truppen; man müsse nun herausfinden, was genau sie dort machten.</p>
<p>Auch der südkoreanische Geheimdienst geht inzwischen von [[rund 3.000]] Nordkoreanern in \
Russland aus. Bis Dezember dürften es nach seiner Einschätzung [[etwa 10.000]] werden. Das \
teilten Abgeordnete in Seoul heute nach einer Sitzung des Geheimdienstausschusses mit.</p>
<p>Der ukrainische Militärgeheimdienst meldete, die ersten nordkoreanischen Einheiten seien am \
Mittwoch im russischen Grenzgebiet Kursk eingetroffen. Bis Sonntag würden dort insgesamt [[rund \
2.600]] Mann erwartet. Präsident Selenskyj hatte am Montag gewarnt, Pjöngjang bereite die \
Entsendung von [[bis zu 12.000]] Soldaten vor. Er forderte die Verbündeten auf, nicht länger \
zuzusehen.</p>
<p>Kremlsprecher Peskow sprach erneut von ‚Falschmeldungen‘. Präsident Putin wich auf dem Gipfel \
der BRICS-Staaten in Kasan einer Frage dazu aus; dort sind Vertreter aus 36 Ländern \
versammelt.</p>
<p>In der Ostukraine wurden bei russischen Angriffen nach Behördenangaben mindestens sieben \
Zivilisten getötet. Das russische Verteidigungsministerium teilte mit, in der Nacht seien 47 \
ukrainische Drohnen abgefangen worden.</p>
<p class="hinweis">Diese Nachricht wurde am 24.10.2024 im Programm Deutschlandsender gesendet.</p>
</main>
<footer>© Deutschlandsender 2024 · Impressum · Datenschutz · Hörerservice: 0221 555 4020 · UKW \
Berlin 89,1 MHz</footer>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "<title> (metadata) restating Kirby's Wednesday figure", opt=True),
        C("3.000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "headline 'Washington:': Kirby's figure of the lead (Wednesday to publication)"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "NSC spokesman Kirby 'am Mittwoch': shipped to eastern Russia, training there"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "thu",
          "South Korea's intelligence service, dated by the next sentence (lawmakers 'heute', "
          "the publication day): in Russia"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "thu",
          "same briefing: 'Bis Dezember dürften es … werden' (expected total)"),
        C("rund 2.600", 2600, "approx", "planned", "ukraine", "pub",
          "HUR 'meldete' without a date of the statement ('am Mittwoch' is the arrival): "
          "'würden dort … erwartet' (expected)"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "mon",
          "Zelensky 'hatte am Montag gewarnt': Pyongyang preparing to send"),
    ),
)

W02 = Source(
    article_id="w02_sachsen_regional_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-05-03"),
    dated_by="front_matter",
    features="Saxon regional paper in Markdown, UTF-8 with BOM, front matter with `date:` (a "
        "Saturday) and a title without a figure, place line 'Dresden.'; bold lead with the "
        "reporter's own `Tausende` (unattributed framing: optional); 'am vergangenen Samstag' "
        "(Gerasimov, no figure) in a Saturday paper; NIS figures given before the lawmaker's 'am "
        "Mittwoch' in the next sentence and carried by Konjunktiv, `Gut ein Drittel` (fraction) "
        "next to `etwa 4.700` and 'darunter rund 600 Tote' (breakdown); Washington 'im Januar'; "
        "Zelensky 'in dieser Woche' „…“; a Leipzig Korea scholar 'rechnet damit' the number word "
        "`zehntausend` 'weitere' (increment, `pub`); Ukrainians in Saxony, students, a talk's "
        "date, time and price",
    text="""\
---
title: "Nach Monaten des Leugnens: Moskau und Pjöngjang bestätigen den Einsatz in Kursk"
date: 2025-05-03
ressort: Politik
autor: Katrin Leuschner
---

# Das Ende des Schweigens

**Erst stritt Moskau alles ab, dann schwieg Pjöngjang. Jetzt räumen beide ein, was Geheimdienste \
seit Oktober berichten: [[Tausende]] nordkoreanische Soldaten haben an der Seite Russlands \
gekämpft. Eine Leipziger Koreanistin erklärt, warum das Eingeständnis gerade jetzt kommt.**

Dresden. Es war ein bemerkenswerter Satz, den Russlands Generalstabschef Waleri Gerassimow am \
vergangenen Samstag in einer Videoschalte mit Wladimir Putin sprach: Die „Kameraden aus der \
Koreanischen Volksdemokratischen Republik“ hätten bei der „Befreiung“ des Gebiets Kursk \
„Heldentum“ bewiesen. Zwei Tage später zog die nordkoreanische Staatsagentur KCNA nach. \
Machthaber Kim Jong Un habe den Einsatz persönlich angeordnet, um dem russischen Verbündeten \
beizustehen, hieß es dort. Zahlen nannte keine der beiden Seiten.

Die liefert Südkoreas Geheimdienst NIS. Nach seinen Erkenntnissen hat Nordkorea seit dem Herbst \
[[rund 15.000]] Soldaten nach Russland geschickt. Gut ein Drittel von ihnen sei getötet oder \
verwundet worden – [[etwa 4.700]] Mann, darunter [[rund 600]] Tote. Das berichtete der \
Abgeordnete Lee Seong-kweun am Mittwoch in Seoul nach einer Unterrichtung durch den Dienst.

Washington hatte die Zahl der Nordkoreaner in Russland schon im Januar auf [[etwa 12.000]] \
veranschlagt. Kiew hält all diese Angaben für zu niedrig. Präsident Wolodymyr Selenskyj sprach in \
dieser Woche von „[[mindestens 5.000]]“ getöteten oder verwundeten Nordkoreanern.

## „Kim will den Preis hochtreiben“

Für Hanna Seidel vom Ostasiatischen Institut der Universität Leipzig ist der Zeitpunkt kein \
Zufall. „Solange die Ukrainer in Kursk standen, konnte Moskau den Einsatz nicht zugeben, ohne \
eine Schlappe einzuräumen“, sagt die Koreanistin. Nun, da die Region nach russischer Darstellung \
zurückerobert sei, wolle Pjöngjang den Preis für seine Hilfe in die Höhe treiben.

Seidel rechnet damit, dass Kim noch in diesem Jahr [[zehntausend]] weitere Soldaten schickt, \
„wenn Moskau dafür Öl, Devisen und Raketentechnik liefert“. Die Erfahrung aus Kursk sei für \
Nordkoreas Armee ohnehin unbezahlbar: Keine andere Truppe in Asien habe den Krieg mit Drohnen so \
unmittelbar erlebt.

In Sachsen wird die Entwicklung aufmerksam verfolgt. Im Freistaat leben nach Angaben des \
Innenministeriums derzeit rund 61.000 Menschen aus der Ukraine, gut 9.000 davon in Dresden. Am \
Leipziger Institut sind in diesem Semester 42 Studierende im Fach Koreanistik eingeschrieben, so \
viele wie nie zuvor.

Seidel spricht am 14. Mai um 18.30 Uhr in der Volkshochschule Dresden über Nordkorea und den \
Krieg. Karten kosten acht Euro.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "bold lead: the paper's own framing without a source ('was Geheimdienste … "
          "berichten'): fought", opt=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS findings, dated by the lawmaker's 'am Mittwoch' in the paragraph's last sentence: "
          "sent since the autumn"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, Konjunktiv: killed or wounded ('Gut ein Drittel' is a fraction)"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter … Tote': a breakdown of the casualties, not an increment"),
        C("etwa 12.000", 12000, "approx", "in_russia", "united_states", "2025-01-01..2025-01-31",
          "Washington 'schon im Januar … veranschlagt' (an older figure recalled)"),
        C("mindestens 5.000", 5000, "at_least", "casualties", "ukraine", "2025-04-28..pub",
          "Zelensky 'in dieser Woche' „…“ (Monday to publication): killed or wounded"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "Leipzig Korea scholar 'rechnet damit' (present tense, no date), number word: "
          "'weitere' (increment)", add=True),
    ),
)

W03 = Source(
    article_id="w03_at_steiermark_forum",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-28"),
    dated_by="dateline",
    features="Styrian regional paper in ISO-8859-1 with straight quotes, a dateline line "
        "'Steirische Landeszeitung | Politik | 28.02.2025, 18:40'; 'Jänner', 'Feber', 'heuer', "
        "'Spitälern'; a Bundesheer colonel at a security forum 'am Mittwochabend' (other): "
        "headline and body `bis zu 15.000` 'nachschicken' (planned increment; 'heuer' is the "
        "event), `rund 11.000` in quotes and `knapp 4.000` in Konjunktiv; NIS 'Mitte Jänner'; HUR "
        "'Anfang Feber' `mehrere hundert` wounded; Rutte 'Ende Jänner' (nato); audience, "
        "Bundesheer budget, per cent, Austrian soldiers abroad, a date and a phone number",
    text="""\
Steirische Landeszeitung | Politik | 28.02.2025, 18:40

Bundesheer-Oberst: Kim könnte heuer [[bis zu 15.000]] Mann nachschicken

Beim Sicherheitsforum im Grazer Landhaus zeichnete ein Offizier des Militärkommandos Steiermark \
ein düsteres Bild vom Einsatz nordkoreanischer Soldaten in Russland.

Von Barbara Hödl

Der Rittersaal war bis auf den letzten Platz besetzt. Rund 180 Besucher wollten am Mittwochabend \
hören, was Oberst Gerald Pichler über den Krieg in der Ukraine zu sagen hat. Der Offizier leitet \
die Lagebeurteilung beim Militärkommando Steiermark, und an diesem Abend ging es vor allem um \
einen Akteur, an den vor einem Jahr noch kaum jemand gedacht hätte: Nordkorea.

Pichler geht davon aus, dass Machthaber Kim Jong Un im vergangenen Herbst "[[rund 11.000]] \
Soldaten" nach Russland geschickt hat. Von ihnen seien nach seiner Einschätzung inzwischen \
[[knapp 4.000]] getötet oder verwundet worden. "Das ist eine Verlustquote, die sich keine \
westliche Armee leisten könnte", sagte er. Der Nachschub laufe aber bereits. Heuer könne \
Pjöngjang noch [[bis zu 15.000]] Mann nachschicken, sofern Moskau dafür bezahle.

Die Zahlen decken sich weitgehend mit jenen aus Seoul. Südkoreas Geheimdienst NIS hatte Mitte \
Jänner gemeldet, dass [[etwa 3.000]] Nordkoreaner getötet oder verwundet worden seien. Anfang \
Feber berichtete dann der ukrainische Militärgeheimdienst, die Einheiten aus Pjöngjang seien nach \
hohen Verlusten vorerst von der Front abgezogen worden; [[mehrere hundert]] Verwundete würden in \
Spitälern in Kursk und Moskau behandelt.

Auch die NATO rechnet mit weiteren Verlegungen. Generalsekretär Mark Rutte hatte Ende Jänner in \
Brüssel gesagt, Nordkorea stelle Russland "[[mehr als 10.000]]" Soldaten zur Verfügung, und das \
sei "erst der Anfang".

Was die Truppen in Russland lernen, beunruhigt Pichler mehr als ihre Zahl. "Die nehmen jede \
Lektion mit nach Hause: Drohnen, Artillerie, elektronische Kampfführung." Eine Armee mit mehr als \
einer Million Mann unter Waffen, die nun auch Kriegserfahrung habe, verändere das \
Kräfteverhältnis in Ostasien.

Eine unmittelbare Bedrohung für Österreich sieht der Oberst nicht, wohl aber indirekte Folgen. \
Das Bundesheer erhält heuer ein Budget von rund 4,7 Milliarden Euro, das ist etwa ein Prozent der \
Wirtschaftsleistung. Aus der Steiermark sind derzeit 62 Soldatinnen und Soldaten im \
Auslandseinsatz, die meisten im Kosovo und im Libanon.

Die nächste Veranstaltung der Reihe findet am 27. März statt. Anmeldung unter 0316 877 2200.
""",
    claims=(
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "wed..pub",
          "headline 'Bundesheer-Oberst:': the colonel's Wednesday-evening figure (Wednesday to "
          "publication): 'nachschicken' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "other", "wed",
          "Bundesheer colonel at the forum 'am Mittwochabend', in quotes: sent last autumn"),
        C("knapp 4.000", 4000, "approx", "casualties", "other", "wed",
          "same speaker, Konjunktiv: killed or wounded"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "wed",
          "same speaker, Konjunktiv: 'Heuer könne … nachschicken' ('heuer' is the event): "
          "increment", add=True),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner gemeldet': killed or wounded"),
        C("mehrere hundert", None, "vague", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "HUR 'Anfang Feber': wounded treated in hospitals"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "2025-01-21..2025-01-31",
          "Rutte 'Ende Jänner in Brüssel', in quotes: provided to Russia"),
    ),
)

W04 = Source(
    article_id="w04_zuerich_international_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-10-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Zürcher Morgenblatt",
        "https://www.zuercher-morgenblatt.example/international/nordkorea-parade-helden-von-kursk"
        "-ld.40417",
        "Kim feiert die «Helden von Kursk»",
    ),
    features="Zurich paper's international page in Markdown, windows-1252 with CRLF, front matter "
        "without a date (sidecar, Saturday): `ss`, «», ‹›, `10'000`, `11'000 bis 12'000`, "
        "`20'000`, 4-digit `2000`/`6000`; bold lead 'Seoul schätzt' from the NIS figure the body "
        "dates to September (window to publication); parade veterans `mehrere hundert` "
        "(returnees: optional); Kim's speech on Friday reported by KCNA on Saturday (north_korea, "
        "Friday-Saturday); Medvedev via Tass 'am Freitag' (russia), next to 'heute' meaning "
        "nowadays; NIS 'im September'; a lawmaker 'Vergangene Woche' 'weiteren 6000' (increment); "
        "HUR's range without a date; the General Staff 'Im Frühjahr' (season); an ETH "
        "researcher's `gegen 20'000` (approx, `pub`); parade length, missile, spectators, francs, "
        "years",
    text="""\
---
title: "Kim feiert die «Helden von Kursk»"
ressort: International
autor: Martin Gysi
---

# Kim feiert die «Helden von Kursk»

**Zur grössten Parade seit Jahren lädt Nordkoreas Machthaber Gäste aus Moskau und Peking ein. Im \
Mittelpunkt stehen Soldaten, die für Russland gekämpft haben. Seoul schätzt, dass [[rund 2000]] \
von ihnen nicht mehr zurückkehren werden.**

*Martin Gysi*

Als die Kolonnen am Freitagabend über den Kim-Il-Sung-Platz zogen, marschierte eine Formation \
vorneweg, die es bei früheren Paraden nicht gegeben hatte: [[mehrere hundert]] Veteranen der \
«Operation Kursk», wie das Staatsfernsehen zeigte. Auf der Ehrentribüne applaudierten der frühere \
russische Präsident Dmitri Medwedew und Chinas Ministerpräsident Li Qiang.

Die Parade zum 80. Jahrestag der Arbeiterpartei dauerte knapp zwei Stunden, Zehntausende \
Zuschauer säumten die Strassen. Gezeigt wurde auch eine neue Interkontinentalrakete vom Typ \
Hwasong-20. In seiner Rede würdigte Kim die «[[Tausenden]] Söhne», die «auf fremder Erde für die \
Gerechtigkeit gekämpft» hätten, wie die Staatsagentur KCNA am Samstag berichtete.

Medwedew, heute Vizechef des russischen Sicherheitsrats, dankte den Soldaten bei einem Empfang am \
Freitag persönlich. Laut der staatlichen Agentur Tass sprach er von «[[mehr als 10'000]] \
koreanischen Freunden», die bei der ‹Befreiung› des Gebiets Kursk geholfen hätten.

## Seoul rechnet mit neuer Rotation

Wie viele Nordkoreaner in Russland ums Leben gekommen sind, sagt Pjöngjang nicht. Der \
südkoreanische Nachrichtendienst NIS hatte im September vor dem Parlament von [[etwa 2000]] \
Gefallenen gesprochen. Vergangene Woche erklärte der Abgeordnete Park Sun-won nach einer \
Unterrichtung durch den Dienst, das Regime bereite die Entsendung von weiteren [[6000]] Soldaten \
vor, vor allem von Pionieren und Bautruppen.

Kiew zeichnet ein anderes Bild. Der ukrainische Militärgeheimdienst schätzt, dass derzeit \
[[11'000 bis 12'000]] Nordkoreaner in Russland stationiert sind, ein Teil davon als Artilleristen \
und Drohnenpiloten. Im Frühjahr hatte der ukrainische Generalstab noch von «[[einigen tausend]]» \
gesprochen, die bei Sudscha kämpften.

Für den Sicherheitsforscher Lukas Brändli von der ETH Zürich sind die offiziellen Zahlen eher zu \
tief. «Rechnet man die Rotationen zusammen, dürften es seit Herbst 2024 [[gegen 20'000]] Mann \
gewesen sein», sagt er. Für Kim sei der Krieg ein Geschäft: Moskau liefere Öl, Nahrungsmittel und \
Know-how für Satelliten.

Die Schweiz unterhält seit 1974 diplomatische Beziehungen zu Pjöngjang. Das Büro der Deza in der \
nordkoreanischen Hauptstadt ist seit 2020 geschlossen; zuvor hatte der Bund dort jährlich rund 7 \
Millionen Franken für Ernährungs- und Wasserprojekte ausgegeben.
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "bold lead 'Seoul schätzt': the NIS figure the body dates 'im September' (to "
          "publication): dead ('nicht mehr zurückkehren')"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri",
          "veterans of the Kursk operation marching at Friday's parade, as state TV showed "
          "(returnees: optional, labelled in_russia)", opt=True),
        C("Tausenden", None, "vague", "near_front", "north_korea", "fri..sat",
          "Kim's speech (Friday) as KCNA reported it 'am Samstag': fought on foreign soil"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "russia", "fri",
          "Medvedev, deputy chairman of Russia's Security Council, at a reception 'am Freitag', "
          "via Tass («…»): helped in the fighting in Kursk"),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September vor dem Parlament': fallen"),
        C("6000", 6000, "exact", "planned", "south_korea", "lastweek",
          "lawmaker briefed by the NIS 'Vergangene Woche': 'weiteren' (increment, span without "
          "the word)", add=True),
        C("11'000 bis 12'000", None, "range", "in_russia", "ukraine", "pub",
          "HUR 'schätzt' (present tense, no date): stationed in Russia"),
        C("einigen tausend", None, "vague", "near_front", "ukraine", "2025-03-01..2025-05-31",
          "General Staff 'Im Frühjahr' (season: March to May) «…»: fighting near Sudzha"),
        C("gegen 20'000", 20000, "approx", "in_russia", "other", "pub",
          "ETH researcher in quotes, 'sagt' (no date): 'gegen' = approximately; sent in total"),
    ),
)

W05 = Source(
    article_id="w05_portal_kurzmeldungen_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-03-17"),
    dated_by="sidecar",
    sidecar=(
        "netzplus Nachrichten",
        "https://www.netzplus.example/news/kompakt/das-wichtigste-am-montag-17-maerz-2025-id88120"
        "457.html",
        "Nachrichten kompakt: Das Wichtigste am Montag",
    ),
    features="German online portal's news in brief in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Monday), a consent banner with 212 partners, a data layer with ad-slot sizes, "
        "time stamps per item; six short items, each with its own heading: the General Staff 'am "
        "Sonntag' (`mehrere tausend` back in combat, `Dutzende` killed 'am Wochenende' = the "
        "event) and Zelensky 'Im Januar' `fast 4.000`; a heading 'Seoul: 1.500 weitere' "
        "(increment, span without the word) from an item citing Yonhap 'am Montag unter Berufung "
        "auf Militärkreise' (south_korea, the publication day), `mindestens 1.500 zusätzliche` "
        "and `etwa 4.000` casualties; Rutte 'am Freitag' „…“ (nato); items on other subjects as "
        "hard negatives (a two-thirds majority of 489 of 733 votes, 500 billion euros, 'zwei "
        "weitere Ortschaften', Ukrainian soldiers killed, temperatures)",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nachrichten kompakt am Montag: Kursk, Schuldenpaket, Wetter | netzplus</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"kompakt","contentId":"8\
8120457","adSlots":["728x90","300x250","320x50"]});</script>
</head>
<body>
<div id="cmp">netzplus und 212 Partner nutzen Cookies und ähnliche Technologien, auch für \
personalisierte Werbung. <button>Zustimmen</button> <a href="/privacy">Einstellungen</a></div>
<header><a href="/">netzplus</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a \
href="/finanzen">Finanzen</a> <a href="/auto">Auto</a> <a href="/mail">E-Mail</a></nav></header>
<main>
<h1>Nachrichten kompakt: Das Wichtigste am Montag</h1>
<p class="intro">Der Überblick am Morgen, laufend aktualisiert – alle Meldungen in zwei \
Minuten.</p>
<section class="item"><p class="zeit">07:05 Uhr</p>
<h2>Kiew: Nordkoreaner greifen bei Sudscha wieder an</h2>
<p>Nach wochenlanger Pause sind im russischen Gebiet Kursk nach ukrainischen Angaben wieder \
nordkoreanische Soldaten im Einsatz. Es handle sich um [[mehrere tausend]] Mann, die in kleinen \
Gruppen vorrückten, teilte der ukrainische Generalstab am Sonntag mit. [[Dutzende]] von ihnen \
seien bei den Gefechten am Wochenende getötet worden. Im Januar hatte Präsident Selenskyj die \
Zahl der getöteten und verwundeten Nordkoreaner mit [[fast 4.000]] angegeben.</p></section>
<section class="item"><p class="zeit">07:31 Uhr</p>
<h2>Seoul: [[1.500]] weitere Soldaten aus Nordkorea in Russland</h2>
<p>Nordkorea hat nach Erkenntnissen des südkoreanischen Generalstabs seit Jahresbeginn \
[[mindestens 1.500]] zusätzliche Soldaten nach Russland gebracht. Das berichtete die \
Nachrichtenagentur Yonhap am Montag unter Berufung auf Militärkreise in Seoul. Die Verluste der \
Nordkoreaner beziffert der Generalstab demnach inzwischen auf [[etwa 4.000]] Tote und \
Verwundete.</p></section>
<section class="item"><p class="zeit">08:02 Uhr</p>
<h2>Berlin: Bundestag stimmt am Dienstag über Schuldenpaket ab</h2>
<p>Union, SPD und Grüne wollen die Schuldenbremse für Verteidigungsausgaben lockern und ein \
Sondervermögen von 500 Milliarden Euro für die Infrastruktur schaffen. Für die \
Grundgesetzänderung ist eine Zweidrittelmehrheit nötig, also mindestens 489 der 733 \
Stimmen.</p></section>
<section class="item"><p class="zeit">08:40 Uhr</p>
<h2>Brüssel: Rutte warnt vor Kims Nachschub</h2>
<p>Nato-Generalsekretär Mark Rutte hat vor einer weiteren Aufstockung des nordkoreanischen \
Kontingents gewarnt. Pjöngjang habe Russland bislang „[[mehr als 11.000]] Soldaten“ zur Verfügung \
gestellt und erhalte dafür Technologie, die den Frieden in Asien gefährde, sagte Rutte am Freitag \
bei einem Treffen mit dem japanischen Außenminister.</p></section>
<section class="item"><p class="zeit">09:15 Uhr</p>
<h2>Moskau: Kreml weist Berichte zurück</h2>
<p>Kremlsprecher Dmitri Peskow nannte Berichte über neue nordkoreanische Truppen im Gebiet Kursk \
„Spekulationen“. Das Verteidigungsministerium erklärte, russische Einheiten hätten binnen 24 \
Stunden zwei weitere Ortschaften bei Sudscha zurückerobert und mehr als 400 ukrainische Soldaten \
getötet.</p></section>
<section class="item"><p class="zeit">09:50 Uhr</p>
<h2>Wetter: Frostige Nacht, sonniger Tag</h2>
<p>Der Deutsche Wetterdienst erwartet in der Nacht Frost bis minus 5 Grad. Tagsüber wird es bei \
viel Sonne bis zu 14 Grad mild.</p></section>
</main>
<footer>© 2025 netzplus Media GmbH · Impressum · Datenschutz · Jugendschutz</footer>
</body>
</html>
""",
    claims=(
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "sun",
          "General Staff 'teilte … am Sonntag mit', Konjunktiv: back in combat in Kursk"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "sun",
          "same statement, Konjunktiv: killed ('am Wochenende' is the fighting)"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'Im Januar': killed and wounded"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "mon",
          "item heading 'Seoul: … weitere' (increment, span without the word): the item's "
          "figure (Monday, the publication day)", add=True),
        C("mindestens 1.500", 1500, "at_least", "in_russia", "south_korea", "mon",
          "South Korea's General Staff as Yonhap reported it 'am Montag unter Berufung auf "
          "Militärkreise' (second-hand; the date in the next sentence): 'zusätzliche' "
          "(increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "same report ('demnach'): dead and wounded"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "fri",
          "Rutte 'am Freitag' „…“: provided to Russia"),
    ),
)

W06 = Source(
    article_id="w06_sonntag_ausschuss_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-06-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Sonntagsecho", "",
        "Abgeordneter warnt: Kim könnte 25.000 weitere Soldaten schicken",
    ),
    features="Sunday paper's political report in UTF-16 LE with BOM and CRLF (sidecar without "
        "url, Sunday), a ressort line, a byline and 'Berlin –'; a CDU lawmaker after a closed "
        "defence committee session 'am Mittwochnachmittag' („heute“ in his quote = Wednesday): "
        "headline `25.000` and body `bis zu 25.000` 'weiteren' (planned increment, other); the "
        "BND's figures 'Aus Teilnehmerkreisen' in Konjunktiv with 'Etwa 1.000 von ihnen' "
        "(breakdown, in Kursk); the lawmaker citing Seoul 'Anfang Juni' (south_korea); Shoigu 'am "
        "17. Juni' `1.000` and `5.000` (russia, planned); HUR 'am Donnerstag' 'weitere' "
        "(increment); Rutte at the summit 'am Mittwoch' „Tausende“ (nato); room number, session "
        "length, five per cent by 2035, the Bundeswehr's `bis zu 60.000 zusätzliche` soldiers "
        "(not a claim), defence budget",
    text="""\
POLITIK

Kim könnte [[25.000]] weitere Soldaten schicken

Nach einer vertraulichen Sitzung des Verteidigungsausschusses schlägt ein Unionspolitiker Alarm. \
Der Bundesnachrichtendienst zeichnet ein düsteres Bild vom Bündnis zwischen Moskau und Pjöngjang.

Von Henrik Albers

Berlin – Als Thomas Reiffenberg am Mittwochnachmittag aus dem Sitzungssaal E 700 im \
Paul-Löbe-Haus kommt, hat er knapp drei Stunden Lagebericht hinter sich. Der CDU-Abgeordnete, \
Obmann seiner Fraktion im Verteidigungsausschuss, wirkt ernst. „Nach allem, was wir heute gehört \
haben, müssen wir mit [[bis zu 25.000]] weiteren nordkoreanischen Soldaten rechnen“, sagt er. \
„Das ist keine Randnotiz mehr, das ist eine zweite Front.“

Was der Bundesnachrichtendienst (BND) den Abgeordneten im Einzelnen vortrug, ist geheim. Aus \
Teilnehmerkreisen verlautete aber, der Dienst gehe davon aus, dass derzeit [[rund 11.000]] \
Nordkoreaner in Russland stationiert seien. [[Etwa 1.000]] von ihnen arbeiteten als Pioniere im \
Gebiet Kursk und räumten dort Minen. Eine zweite, größere Welle werde bereits vorbereitet.

Reiffenberg verweist auch auf Zahlen aus Seoul. Der südkoreanische Geheimdienst habe schon Anfang \
Juni von [[mehr als 4.700]] getöteten oder verwundeten Nordkoreanern gesprochen. „Und das sind \
nur die, von denen man weiß.“

Moskau macht aus der Zusammenarbeit inzwischen kein Geheimnis mehr. Bei seinem Besuch in \
Pjöngjang am 17. Juni hatte der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, \
angekündigt, Nordkorea schicke [[1.000]] Spezialisten für die Minenräumung sowie [[5.000]] \
Militärbauarbeiter nach Kursk. Sie sollen helfen, Straßen, Brücken und Stromleitungen in der \
verwüsteten Grenzregion wieder aufzubauen.

Der ukrainische Militärgeheimdienst HUR meldete am Donnerstag, seit Jahresbeginn seien bereits \
[[rund 1.400]] weitere Nordkoreaner in Russland eingetroffen, überwiegend Ingenieure und \
Artilleristen.

Auch beim Nato-Gipfel in Den Haag war Nordkorea ein Thema. Generalsekretär Mark Rutte sagte dort \
am Mittwoch, „[[Tausende]] nordkoreanische Soldaten“ kämpften an der Seite Russlands; das zeige, \
wie eng die Sicherheit Europas und Asiens verknüpft sei. Die Verbündeten verpflichteten sich in \
Den Haag, ihre Verteidigungsausgaben bis 2035 auf fünf Prozent der Wirtschaftsleistung zu erhöhen.

Nicht alle im Ausschuss teilen Reiffenbergs Alarmstimmung. Die Linken-Abgeordnete Sevim Karakaya \
warnte davor, „mit Geheimdienstzahlen Politik zu machen, die niemand überprüfen kann“. Die \
Bundeswehr selbst soll in den kommenden Jahren um bis zu 60.000 zusätzliche Soldatinnen und \
Soldaten wachsen; darüber berät der Ausschuss nach der Sommerpause. Der Verteidigungsetat für \
2025 liegt bei 62,4 Milliarden Euro.

Reiffenberg will das Thema im September erneut auf die Tagesordnung setzen. „Wir können nicht so \
tun, als ginge uns das nichts an.“
""",
    claims=(
        C("25.000", 25000, "exact", "planned", "other", "wed..pub",
          "headline: the lawmaker's figure after Wednesday's session (Wednesday to publication): "
          "'weitere' (increment)", add=True),
        C("bis zu 25.000", 25000, "at_most", "planned", "other", "wed",
          "CDU lawmaker after the committee session 'am Mittwochnachmittag' („heute“ in his "
          "quote = Wednesday), passing on the BND briefing (German MP and BND: other): "
          "'weiteren' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "other", "wed",
          "the BND's assessment in the session ('Aus Teilnehmerkreisen verlautete'), "
          "Konjunktiv: stationed in Russia"),
        C("Etwa 1.000", 1000, "approx", "near_front", "other", "wed",
          "same assessment: 'von ihnen' sappers clearing mines in Kursk (breakdown)"),
        C("mehr als 4.700", 4700, "at_least", "casualties", "south_korea",
          "2025-06-01..2025-06-10",
          "the lawmaker citing Seoul's intelligence service 'Anfang Juni': killed or wounded"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang, Konjunktiv: will send deminers"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders"),
        C("rund 1.400", 1400, "approx", "in_russia", "ukraine", "thu",
          "HUR 'meldete am Donnerstag': 'weitere' arrived since January (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "nato", "wed",
          "Rutte at the NATO summit 'am Mittwoch' „…“: fighting alongside Russia"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Kyiv, state-media monitor, New Zealand, US public radio, defence trade press,
# Scotland)
# ---------------------------------------------------------------------------------------------

W07 = Source(
    article_id="w07_kyiv_english_pows_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-01-14"),
    dated_by="html_meta",
    features="Kyiv-based English-language outlet in HTML (`article:published_time` with +02:00, "
        "byline line 'January 14, 2025 4:20 PM · 4 min read', cookie bar, navigation, a "
        "membership appeal in dollars, analytics script); headline `two` POWs from Zelensky's "
        "statements (the capture announced Jan. 11, the swap offer 'on Jan. 12': window Jan. 11 "
        "to publication); the lead's number word `two` 'said on Jan. 12'; 'He had announced the "
        "capture a day earlier' (no figure); HUR's estimate 'published … last week' (date after "
        "the figure); the SSO 'on Monday' `more than 20`; NIS 'told lawmakers on Monday' `around "
        "300` dead and `2,700` wounded (not an increment); 'In November … At the time, the "
        "Pentagon put' (date carried); ages, a year, prisoner exchanges, Peskov without a figure",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Zelensky offers to swap captured North Korean soldiers for Ukrainian POWs | The Left Bank \
Post</title>
<meta property="og:site_name" content="The Left Bank Post">
<meta property="article:published_time" content="2025-01-14T16:20:00+02:00">
<meta property="article:section" content="War">
<script async src="https://analytics.leftbankpost.example/js/tracker.js" \
data-site="lbp-main"></script>
</head>
<body>
<div class="cookie-bar">This site stores cookies for analytics and to remember your reading \
preferences. <a href="/cookie-policy">Cookie policy</a> <button>OK</button></div>
<nav><a href="/">Home</a> | <a href="/war">War</a> | <a href="/politics">Politics</a> | <a \
href="/business">Business</a> | <a href="/opinion">Opinion</a> | <a href="/membership">Become a \
member</a></nav>
<article>
<h1>Ukraine holds [[two]] North Korean POWs, Zelensky offers to trade them</h1>
<p class="byline">by Oksana Hrytsenko · January 14, 2025 4:20 PM · 4 min read</p>
<p>Ukraine is ready to hand over the [[two]] North Korean soldiers captured in Russia’s Kursk \
Oblast if Kim Jong Un can arrange their exchange for Ukrainians held in Russian captivity, \
President Volodymyr Zelensky said on Jan. 12.</p>
<p>“We are prepared to give Kim his soldiers back, but only in exchange for our own people held \
in Russia,” Zelensky wrote on X. He had announced the capture a day earlier, publishing photos of \
the men, one with a bandaged jaw, the other with wounds to both legs.</p>
<p>The Security Service of Ukraine (SBU) released a video of the interrogation on Sunday. One of \
the men, who said he was 26 and had served since 2021, told investigators he had been sent to \
what he thought was a training exercise, not a war. The other, aged 20, said through an \
interpreter that he would like to stay in Ukraine.</p>
<p>The prisoners have given Kyiv a rare look inside the North Korean contingent. According to \
Ukraine’s military intelligence agency (HUR), [[about 3,000]] North Korean troops were killed or \
wounded in the Kursk region in the first weeks of fighting alone. The agency published the \
estimate last week, saying Pyongyang’s commanders had failed to adapt their units to drone \
warfare.</p>
<p>The Special Operations Forces said on Monday that their units had killed [[more than 20]] \
North Korean soldiers in a single engagement near the village of Makhnovka and had taken \
notebooks and identity papers from the bodies.</p>
<p>In Seoul, the National Intelligence Service (NIS), which says its officers helped question the \
prisoners, briefed lawmakers on Monday. By its count, [[around 300]] North Koreans had died in \
combat and [[2,700]] had been wounded since December.</p>
<p>Washington’s estimates have shifted, too. In November, U.S. officials said North Korean units \
had begun combat operations alongside Russian paratroopers and marines. At the time, the Pentagon \
put their strength in Kursk at [[more than 10,000]].</p>
<p>Russia has never officially acknowledged the deployment. Asked about the prisoners on Monday, \
Kremlin spokesman Dmitry Peskov said he had “nothing to say.”</p>
<p>Since February 2022, 3,767 Ukrainians have returned home from Russian captivity in 59 prisoner \
exchanges, according to Kyiv’s prisoner-of-war coordination office.</p>
</article>
<aside class="support"><p>Independent journalism from Kyiv depends on readers. Support our \
newsroom from $5 a month.</p></aside>
<footer>© 2025 The Left Bank Post. All rights reserved. | Kyiv, Ukraine | <a \
href="/contacts">Contacts</a></footer>
</body>
</html>
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "headline: Zelensky's figure (the capture announced on Jan. 11, the lead's offer on "
          "Jan. 12) to publication: captured"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-12",
          "lead: Zelensky 'said on Jan. 12' (explicit date after the figure): captured"),
        C("about 3,000", 3000, "approx", "casualties", "ukraine", "lastweek",
          "HUR 'According to', dated only by 'The agency published the estimate last week' in "
          "the next sentence: killed or wounded"),
        C("more than 20", 20, "at_least", "casualties", "ukraine", "mon",
          "Special Operations Forces 'said on Monday': killed in one engagement"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'briefed lawmakers on Monday', carried to 'By its count' in the next "
          "sentence: died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded (the others of the same count, not an increment)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states",
          "2024-11-01..2024-11-30",
          "'In November … At the time, the Pentagon put their strength in Kursk at' (date "
          "carried from the sentence before)"),
    ),
)

W08 = Source(
    article_id="w08_state_media_monitor_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-25"),
    dated_by="front_matter",
    features="media-watch story relaying North Korean and Russian state media critically, in "
        "Markdown with front matter `date:` (a Monday) and a title without a figure; Kim's speech "
        "'carried in full by KCNA' 'On Friday' (north_korea); returning soldiers in footage "
        "'released on Saturday' (returnees: optional); the outlet's own tally of names in state "
        "media (unattributed, required); NIS 'in April' and 'Last week' 'a further 6,000' "
        "(increment, span without the words); TASS quoting the Kursk governor 'On Thursday' "
        "(second-hand: russia); a state-TV presenter 'On Sunday night' (other: not a government "
        "official); Gerasimov without a figure; HUR 'says' two figures (`pub`), `close to 6,000` "
        "(approx); explosive objects, a bulletin's length, meetings, army size, an ordinal",
    text="""\
---
title: "Heroes without numbers: how Pyongyang's and Moscow's state media tell the Kursk story"
date: 2025-08-25
author: Daniel Okafor
section: Media Watch
outlet: The Eurasia Monitor
---

# Heroes without numbers

*North Korean television now shows coffins and medals. Russian channels praise their "Korean \
brothers." Neither says how many men were sent, or how many came home in boxes.*

For most of a year, North Korea's state media behaved as if the war did not exist. That has \
changed. On Friday, the Korean Central News Agency (KCNA) gave almost its entire evening \
bulletin, 47 minutes long, to a ceremony in Pyongyang at which Kim Jong Un pinned medals on the \
flag-draped coffins of soldiers killed in Russia's Kursk region.

The agency did not say how many coffins there were. In his speech, carried in full by KCNA, Kim \
praised the "[[several thousand]]" men of the "overseas operation units" who had "fought with \
matchless courage on foreign soil." Footage released on Saturday showed [[hundreds]] of returning \
soldiers lined up on an airfield outside the capital, some of them on crutches. It was the third \
such homecoming shown on television since May.

Such footage is carefully staged, and the figures it offers, when it offers any, cannot be \
checked. A tally by The Eurasia Monitor of the soldiers named as killed in KCNA and Rodong Sinmun \
reports since April comes to [[at least 140]], a small fraction of the toll estimated abroad.

South Korea's National Intelligence Service told lawmakers in April that [[around 4,700]] North \
Koreans had been killed or wounded. Last week the agency went further, telling the parliamentary \
intelligence committee that Pyongyang was preparing to send a further [[6,000]] troops, most of \
them engineers, to help rebuild Kursk.

## Moscow's version

Russian outlets tell the story differently, and more generously. On Thursday, the state news \
agency TASS quoted Alexander Khinshtein, the governor of the Kursk region, as saying that \
"[[about 1,000]] Korean sappers" were still clearing mines around Sudzha, where he said they had \
removed more than 15,000 explosive objects.

On Sunday night, the presenter of Rossiya-1's flagship weekly news show went further, telling \
viewers that "[[more than 12,000]] Korean comrades" had fought "shoulder to shoulder" with \
Russian paratroopers. He gave no source. He is a television host under Western sanctions, not a \
government official, and the Defence Ministry has never published such a number.

Official Moscow has been more careful. When Russia's chief of the general staff, Valery \
Gerasimov, confirmed the deployment in April, he named no figure, and the Kremlin has not offered \
one since.

The gap matters. Ukraine's military intelligence agency, HUR, says [[around 11,000]] North \
Koreans remain in Russia, most of them in the Kursk and Belgorod regions. It puts North Korean \
dead and wounded since last autumn at [[close to 6,000]].

North Korea's armed forces number well over a million. For Kim, analysts say, the deployment is \
less about numbers than about the experience his officers are bringing home, and about the oil, \
food and technology Moscow sends in return.
""",
    claims=(
        C("several thousand", None, "vague", "near_front", "north_korea", "fri",
          "Kim's speech at Friday's ceremony, 'carried in full by KCNA': fought on foreign soil"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "returning soldiers in state footage 'released on Saturday' (returnees: optional, "
          "labelled in_russia)", opt=True),
        C("at least 140", 140, "at_least", "casualties", "unattributed", "pub",
          "the outlet's own tally of names in state media (unattributed, required): killed"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'told lawmakers in April': killed or wounded"),
        C("6,000", 6000, "exact", "planned", "south_korea", "lastweek",
          "NIS 'Last week': 'a further' (increment, span without the words): preparing to send",
          add=True),
        C("about 1,000", 1000, "approx", "near_front", "russia", "thu",
          "TASS quoting the Kursk governor 'On Thursday' (a Russian official, second-hand): "
          "sappers clearing mines near Sudzha"),
        C("more than 12,000", 12000, "at_least", "near_front", "other", "sun",
          "a state-TV presenter 'On Sunday night' (not a government official: other): fought"),
        C("around 11,000", 11000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'says' (present tense, no date): remain in Russia"),
        C("close to 6,000", 6000, "approx", "casualties", "ukraine", "pub",
          "HUR 'puts … at' (no date): dead and wounded"),
    ),
)

W09 = Source(
    article_id="w09_nz_paper_sanctions",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-11-28"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Tasman Times",
        "https://www.tasmantimes.example/world/nz-sanctions-north-korean-generals-troops-russia/",
        "NZ sanctions North Korean generals as Peters warns of 10,000-plus troops in Russia",
    ),
    features="New Zealand paper in windows-1252 with CRLF (sidecar, Thursday), a section line, "
        "'Govt', NZ spelling; headline `10,000-plus` (at_least) from the Foreign Minister's lead "
        "figure 'yesterday' (a third government: other; yesterday to publication); 'Announcing "
        "the measures in Wellington' carrying the day; sanctions listings (nine individuals, four "
        "entities, more than 1,600); lawmakers briefed by the NIS 'last week'; the Pentagon 'at "
        "the weekend' (range, Saturday-Sunday); HUR 'on Tuesday' “dozens”; a Wellington academic "
        "`as many as 100,000` (at_most, planned, `pub`); NZDF personnel, a P-8A, Korean War "
        "veterans and dead, Korean New Zealanders, a phone number",
    text="""\
WORLD

NZ sanctions North Korean generals as Peters warns of [[10,000-plus]] troops in Russia

By Hemi Walker, Political Reporter

New Zealand has imposed travel bans and asset freezes on North Korean military officers involved \
in sending soldiers to fight for Russia, with Foreign Minister Winston Peters warning yesterday \
that [[more than 10,000]] North Korean troops are now in Russia “to prop up an illegal war”.

Announcing the measures in Wellington, Peters said the deployment was “a dangerous escalation” \
that threatened security in the Indo-Pacific as well as in Europe. “What happens in Kursk does \
not stay in Kursk,” he said.

The new listings cover nine individuals and four entities, among them the Korean People’s Army \
General Staff and two deputy defence ministers. They take the number of people and organisations \
sanctioned under the Russia Sanctions Act to more than 1,600.

In Seoul, lawmakers who had been briefed by the country’s spy agency, the National Intelligence \
Service, said last week there were [[some 11,000]] North Korean troops in Russia, some of whom \
had already seen combat. The spy agency believes more could follow.

The Pentagon estimated at the weekend that [[between 10,000 and 12,000]] North Korean soldiers \
had been deployed to the Kursk border region, where Ukraine has held ground since its surprise \
incursion in August.

Ukraine’s military intelligence agency reported on Tuesday that the North Korean units had \
suffered their first losses, with “[[dozens]]” killed in drone strikes.

Dr Rachel Tane, a Korea specialist at Victoria University of Wellington, said Pyongyang had every \
reason to keep going. “Kim gets hard currency, oil and, above all, combat experience. I would not \
be surprised to see [[as many as 100,000]] sent over time if Moscow keeps paying,” she said.

New Zealand has 11 NZDF personnel serving with the United Nations Command in South Korea and \
periodically deploys a P-8A Poseidon aircraft to help monitor sanctions evasion at sea. About \
6,000 New Zealanders served in the Korean War; 45 were killed.

Auckland is home to most of the country’s roughly 35,000 Korean New Zealanders. The Korean \
Society of Auckland said it would hold a prayer meeting for peace on Sunday; details on 09 555 \
0147.
""",
    claims=(
        C("10,000-plus", 10000, "at_least", "in_russia", "other", "yday..pub",
          "headline 'Peters warns': the Foreign Minister's figure of the lead (yesterday to "
          "publication; a third government: other)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "yday",
          "NZ Foreign Minister 'warning yesterday': in Russia"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "lawmakers briefed by the NIS 'said last week': in Russia"),
        C("between 10,000 and 12,000", None, "range", "near_front", "united_states",
          "sat..sun", "Pentagon 'estimated at the weekend': deployed to the Kursk border region"),
        C("dozens", None, "vague", "casualties", "ukraine", "tue",
          "HUR 'reported on Tuesday' “…”: killed"),
        C("as many as 100,000", 100000, "at_most", "planned", "other", "pub",
          "Wellington academic in quotes, 'said' without a date: could be sent over time"),
    ),
)

W10 = Source(
    article_id="w10_public_radio_web_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-09-30"),
    dated_by="sidecar",
    sidecar=(
        "American Public Radio Network",
        "https://www.aprn.example/2025/09/30/nx-5519023/north-korea-soldiers-russia-drones",
        "North Korea sent 15,000 troops to fight for Russia. Here's what they learned",
    ),
    features="US public radio story rewritten for the web in HTML, ISO-8859-1 (quotes and dashes "
        "only as entities `&#8220;`, `&#8217;`, `&mdash;`), no meta date (sidecar, Tuesday), a "
        "line 'September 30, 2025 · 5:04 AM ET · Heard on Morning Edition', 'Listen · 4:38', a "
        "data script with the duration; headline `15,000` from the NIS figure dated 'earlier this "
        "month' at the end of the paragraph (source named last); an analyst 'estimates' a range "
        "(other, `pub`); HUR 'said this month' `up to 1,000` drone operators trained in Russia; "
        "an anonymous US defense official 'told APRN' (`pub`) `roughly 11,000` and `a few "
        "thousand` 'more' (planned increment); a defector's age and a year, 1953, drones a year, "
        "a drone's price, shells 'by the millions', a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>North Korea's soldiers bring drone lessons home from Russia : APRN</title>
<meta name="description" content="Analysts say Pyongyang's army is learning a new kind of war \
from its deployment in Russia's Kursk region.">
<script>var aprnData={storyId:"nx-5519023",program:"Morning \
Edition",duration:"4:38",topics:["world","asia"]};</script>
</head>
<body>
<div class="consent">APRN's sponsors and partners use cookies to measure our audience. <a \
href="/privacy">Your privacy choices</a> <button>Accept</button></div>
<header><nav><a href="/">APRN</a> <a href="/sections/news">News</a> <a \
href="/sections/world">World</a> <a href="/programs/morning-edition">Morning Edition</a> <a \
href="/donate">Donate</a></nav></header>
<article>
<div class="slug">World</div>
<h1>North Korea sent [[15,000]] troops to fight for Russia. Here&#8217;s what they learned</h1>
<p class="dateline">September 30, 2025 · 5:04 AM ET · Heard on <a \
href="/programs/morning-edition">Morning Edition</a></p>
<p class="byline">By Elise Hartmann</p>
<div class="audio">Listen · 4:38 · <a href="/transcripts/nx-5519023">Transcript</a></div>
<p>SEOUL, South Korea &mdash; For seven decades, North Korea&#8217;s army trained for a war it \
never fought. Now, for the first time since 1953, its soldiers have been in combat &mdash; and \
they are bringing what they learned back home.</p>
<p>South Korea&#8217;s spy agency estimates that [[about 15,000]] North Korean troops have \
rotated through Russia&#8217;s Kursk region since last fall, and that [[some 2,000]] of them have \
been killed. That&#8217;s according to lawmakers who were briefed by the National Intelligence \
Service earlier this month.</p>
<p>But the survivors, analysts say, learned things no exercise could have taught them. \
&#8220;They went in thinking of drones as a nuisance,&#8221; says Yang Min-jae, a military \
analyst at Kyungnam University in Seoul. &#8220;They came back thinking of them as the main \
weapon.&#8221; Yang estimates that [[4,000 to 5,000]] North Koreans were killed or wounded in the \
first three months alone, many of them by small drones dropping grenades.</p>
<p>Ukraine&#8217;s military intelligence agency said this month that Russian instructors had \
trained [[up to 1,000]] North Korean drone operators at ranges inside Russia, and that some had \
already gone home to teach others.</p>
<p>A U.S. defense official, who spoke on condition of anonymity to discuss intelligence \
assessments, told APRN that [[roughly 11,000]] North Korean soldiers are still in Russia, fewer \
than at the peak last winter. The official said Washington expects Pyongyang to send [[a few \
thousand]] more, mainly engineers and construction troops, before the end of the year.</p>
<p>For families in the North, the war has a price. Kim Cheol-min, a former North Korean army \
captain who defected to the South in 2019, says parents in his home province were told their sons \
had gone to &#8220;construction work abroad.&#8221; He is 38 now and runs a small delivery \
business in Incheon. &#8220;My cousin&#8217;s son was one of them,&#8221; he says. &#8220;For \
months, nobody knew if he was alive.&#8221;</p>
<p>Drones have changed the arithmetic on both sides of the front. Ukraine says it now builds more \
than 4 million a year, and a small first-person-view drone can cost as little as $400 &mdash; far \
less than the artillery shells North Korea has shipped to Russia by the millions.</p>
<p><em>APRN&#8217;s Jae-won Seo contributed reporting from Seoul.</em></p>
</article>
<footer>© 2025 American Public Radio Network · <a href="/terms">Terms of Use</a> · <a \
href="/privacy">Privacy</a> · Listener line: 1-800-555-0142</footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "2025-09-01..pub",
          "headline: the NIS figure of the body ('earlier this month') to publication: sent"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..pub",
          "NIS 'estimates', source and date named at the end of the paragraph (lawmakers "
          "'briefed … earlier this month'): rotated through Russia"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "same briefing: killed"),
        C("4,000 to 5,000", None, "range", "casualties", "other", "pub",
          "Seoul university analyst 'estimates' (present tense, no date): killed or wounded"),
        C("up to 1,000", 1000, "at_most", "in_russia", "ukraine", "2025-09-01..pub",
          "HUR 'said this month': drone operators trained at ranges inside Russia"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "anonymous U.S. defense official 'told APRN' (no date): still in Russia"),
        C("a few thousand", None, "vague", "planned", "united_states", "pub",
          "same official: 'expects Pyongyang to send … more' (increment)", add=True),
    ),
)

W11 = Source(
    article_id="w11_defence_trade_engineers_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-11-06"),
    dated_by="dateline",
    features="defence trade publication in Markdown, UTF-8 with BOM, front matter without a date "
        "(tags, section, author), a 'Published 6 November 2025' line (dateline); italic "
        "standfirst 'Seoul says about 5,000 more' (increment) from the NIS briefing 'on 4 "
        "November' (UK date order; to publication); 'According to the briefing' carrying the date "
        "to `around 5,000` 'additional' and `roughly 1,000` deminers in Kursk; 'The NIS assessed' "
        "`some 10,000`; 'in March, when the agency counted' (an older figure with its own month); "
        "guns, launchers and rounds of ammunition (imagery reviewed by the publication: not "
        "claims); Budanov 'last week' `up to 3,000` artillery crews; a NATO military official 'on "
        "Monday' “several thousand”; the DIA assessment 'published in May'; the publication's own "
        "estimate (range, unattributed, required); calibres, a treaty article, years",
    text="""\
---
title: "North Korea rotates engineers into Kursk as artillery role grows"
section: Land / Intelligence
author: Tom Whitcombe
tags: [North Korea, Russia, Kursk, artillery, engineers]
---

# North Korea rotates engineers into Kursk as artillery role grows

*Seoul says [[about 5,000]] more North Korean construction troops will be sent to Russia, while \
Pyongyang's gun crews and shells remain central to Moscow's fires on the Kursk-Sumy axis.*

Tom Whitcombe, London | Published 6 November 2025

North Korea is preparing a fresh rotation of military construction and engineering personnel to \
Russia, South Korea's National Intelligence Service (NIS) told lawmakers on 4 November. According \
to the briefing, [[around 5,000]] additional construction troops are to travel to Russia in \
stages, joining [[roughly 1,000]] deminers already operating in the Kursk region.

The NIS assessed that [[some 10,000]] North Korean soldiers remain deployed in Russia, where they \
man artillery and air-defence positions and guard the border. That is fewer than in March, when \
the agency counted [[about 14,000]].

## Guns, crews and shells

Pyongyang's contribution to Russian firepower goes well beyond infantry. Imagery reviewed by Land \
Warfare Review shows at least 120 M1989 Koksan 170 mm self-propelled guns and about 200 M1991 240 \
mm multiple rocket launchers in Russian service, and Seoul estimates that North Korea has shipped \
more than 12 million rounds of artillery ammunition since August 2023.

The chief of Ukraine's Defence Intelligence (HUR), Lieutenant General Kyrylo Budanov, told a \
defence conference in Kyiv last week that North Korean artillery crews in the Kursk region \
numbered "[[up to 3,000]]", working alongside Russian fire-control units and drone spotters.

A NATO military official, briefing reporters in Brussels on Monday on condition of anonymity, \
said "[[several thousand]]" North Korean troops were rotated through front-line positions every \
six months, giving Pyongyang "a combat-experienced cadre it has not had since the 1950s".

The US Defense Intelligence Agency (DIA), in a threat assessment published in May, judged that \
North Korea had sent "[[more than 11,000]]" troops to Russia and had received air-defence \
systems, electronic-warfare equipment and drone technology in return.

## Land Warfare Review assessment

Combining South Korean, Ukrainian and US figures with the rotation pattern visible in rail and \
port imagery, Land Warfare Review estimates that [[between 18,000 and 20,000]] North Korean \
military personnel have served in Russia since October 2024. Losses remain the least certain \
element of any count.

The deployment rests on the Comprehensive Strategic Partnership treaty signed in June 2024, whose \
Article 4 commits each side to military assistance if the other is attacked. Russia's Ministry of \
Defence does not publish figures on foreign personnel.
""",
    claims=(
        C("about 5,000", 5000, "approx", "planned", "south_korea", "2025-11-04..pub",
          "standfirst 'Seoul says … more' (increment): the NIS figure of the body (4 November) "
          "to publication: will be sent (planned)", add=True),
        C("around 5,000", 5000, "approx", "planned", "south_korea", "2025-11-04",
          "NIS 'told lawmakers on 4 November', 'According to the briefing': 'additional' "
          "troops to travel (increment)", add=True),
        C("roughly 1,000", 1000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing: deminers already operating in the Kursk region"),
        C("some 10,000", 10000, "approx", "in_russia", "south_korea", "2025-11-04",
          "'The NIS assessed' (the same briefing): remain deployed in Russia"),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "'in March, when the agency counted' (an older figure recalled, its own month)"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "lastweek",
          "Budanov 'last week' in quotes: artillery crews in the Kursk region"),
        C("several thousand", None, "vague", "near_front", "nato", "mon",
          "anonymous NATO military official 'on Monday': rotated through front-line positions"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-31", "DIA threat assessment 'published in May': sent"),
        C("between 18,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "the publication's own estimate (unattributed, required): served in Russia"),
    ),
)

W12 = Source(
    article_id="w12_scottish_daily_admission",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-01"),
    dated_by="sidecar",
    sidecar=(
        "The Lowland Herald",
        "https://www.lowlandherald.example/news/world/moscow-pyongyang-end-silence-kursk-troops/",
        "Moscow and Pyongyang end 'silence' on Kursk troops",
    ),
    features="Scottish daily in plain text (sidecar, Thursday), a section line, British single "
        "quotes in the headline and double quotes in the body; deck 'Seoul estimates 4,700' from "
        "the NIS 'yesterday' (to publication); the reporter's own `thousands` (unattributed "
        "framing: optional); Gerasimov 'on Saturday' and KCNA 'On Monday' without a figure; "
        "'Briefing MPs in Seoul yesterday' carried to 'including around 600 who died' "
        "(breakdown), `3,000 more` reinforcements (increment) and the new total `some 15,000` "
        "(not an increment); the UK Defence Secretary 'In the Commons on Tuesday' (other); an SNP "
        "MP citing Kyiv's figure 'as early as March' (ukraine, that month); a Glasgow lecturer's "
        "'another 10,000' (increment, `pub`); Ukrainians in Scotland, a Scottish battalion in "
        "Estonia, pounds, per cent, a date",
    text="""\
NEWS | WORLD

Moscow and Pyongyang end 'silence' on Kursk troops

Seoul estimates [[4,700]] North Korean soldiers killed or injured as the Kremlin finally admits \
the deployment

By Alasdair Reid, Foreign Affairs Correspondent

After six months of denials, Russia and North Korea have admitted what western intelligence \
agencies had been saying since October: that [[thousands]] of Kim Jong Un's soldiers fought to \
drive Ukrainian troops out of Russia's Kursk region.

Russia's chief of the general staff, Valery Gerasimov, told Vladimir Putin on Saturday that North \
Korean units had shown "heroism" in the fighting. On Monday, Pyongyang's state news agency \
confirmed that Kim had ordered the deployment under a mutual defence treaty signed last June. \
Neither side gave a number.

South Korea's National Intelligence Service was less coy. Briefing MPs in Seoul yesterday, the \
agency put the North's killed and wounded since October at [[about 4,700]], including [[around \
600]] who died. The first contingent, sent last autumn, had been reinforced in January and \
February by [[3,000]] more troops, it said, bringing the total sent to Russia to [[some 15,000]].

In the Commons on Tuesday, Defence Secretary John Healey said UK intelligence believed Pyongyang \
had sent "[[more than 10,000]]" soldiers, and warned that the regime was being "paid in \
technology that threatens our friends in the Pacific".

Morag Cairney, the SNP's defence spokesperson at Westminster, said the true toll was probably \
higher. Kyiv, she noted, had put it at "[[up to 6,000]]" dead and wounded as early as March. \
"Ukraine has every reason to know, because its soldiers were the ones facing them," she said.

Dr Ewan MacLeod, who lectures in East Asian security at the University of Glasgow, said the \
admission was a message to Washington as much as to Kyiv. "Pyongyang is advertising. If Moscow \
asks for another [[10,000]], Kim will send them, and he will want paying in missile technology," \
he said.

In Edinburgh, the news came as little surprise. Scotland has taken in more than 27,000 people \
from Ukraine since 2022, many of them through the Scottish Government's super sponsor scheme. "We \
knew. Our men at the front have been fighting them since November," said Yuliia Koval, who runs a \
community centre for Ukrainians in Leith.

Around 500 soldiers of the Royal Regiment of Scotland are currently deployed to Estonia as part \
of Nato's forward presence. The UK has pledged £4.5 billion in military aid to Ukraine this year \
and has promised to raise defence spending to 2.5 per cent of GDP by April 2027.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "yday..pub",
          "deck 'Seoul estimates': the NIS figure of the body (yesterday) to publication"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the reporter's own framing of what intelligence agencies had said (no source for "
          "the figure): fought", opt=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "yday",
          "NIS 'Briefing MPs in Seoul yesterday': killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "yday",
          "same briefing: 'including … who died' (breakdown, not an increment)"),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "yday",
          "same briefing ('it said' after the figure): reinforced 'by 3,000 more' (increment, "
          "span without the word)", add=True),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "yday",
          "same sentence: 'bringing the total sent … to' (a new total, not an increment)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "tue",
          "UK Defence Secretary 'In the Commons on Tuesday' (a third government: other): "
          "deployed"),
        C("up to 6,000", 6000, "at_most", "casualties", "ukraine", "2025-03-01..2025-03-31",
          "an SNP MP citing Kyiv's figure 'as early as March' (the source's group and month): "
          "dead and wounded"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "Glasgow lecturer in quotes ('said', no date): 'another' (increment, span without "
          "the word), conditional send", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    W01, W02, W03, W04, W05, W06,
    W07, W08, W09, W10, W11, W12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
