"""Build the FIFTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The sixtieth corpus for an honest measurement on articles the extractor has never met, written in
session 10 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Minden daily, a Fläming
radio station's web text, a Gailtal weekly (Austrian conventions), an Oberaargau paper (Swiss
conventions), a chimney sweeps' guild magazine and a Stralsund student blog; a Mackay daily, a
Colonsay news page, a Chuuk news page, a Utah paper, a Ukrainian-Canadian English-language weekly
and an English-language newsletter from Togo. Same file format, marker syntax and labelling
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
BASE_NAME = "_blind58_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b58_01_minden_hochschule_seoul",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Mindener Weserkurier",
        "https://www.weserkurier-minden.example/welt/nordkorea-russland-soldaten-48812.html",
        "Seoul: Schon 3.000 Nordkoreaner in Russland",
    ),
    features="Minden daily's world page as plain text (sidecar, Thursday), byline, subheadings "
        "without figures; headline 'Seoul:' from the NIS briefing 'am Mittwoch' passed on by "
        "lawmakers after a dash ('so gaben Abgeordnete … wieder'); Konjunktiv and 'hieß es' "
        "carrying the briefing to the planned total; the NIS's first figure 'am vergangenen "
        "Freitag' carried by 'Damals'; Austin without a figure, then the White House 'wenige "
        "Stunden später' in „“ (the Wednesday carried); HUR 'am Donnerstagmorgen' (the "
        "publication day) with a total and a breakdown 'unter ihnen rund 500 Offiziere'; a "
        "Minden lecturer 'hält es für wahrscheinlich' (range, other, `pub`); a Minden engineer "
        "battalion, North Korea's army, lecture time, euros, age, phone number",
    text="""\
Seoul: Schon [[3.000]] Nordkoreaner in Russland

Geheimdienst erwartet bis Jahresende ein Vielfaches – ein Mindener Hochschullehrer mit langen \
Jahren in Korea ordnet die Zahlen ein

Von Marlene Oevermann

Minden/Seoul. Die Truppe, die Nordkorea seinem Verbündeten Russland zur Verfügung stellt, wächst \
offenbar schneller als gedacht. [[Rund 3.000]] Soldaten habe Pjöngjang inzwischen in den Fernen \
Osten Russlands gebracht – so gaben Abgeordnete in Seoul am Mittwoch wieder, was ihnen der \
Auslandsnachrichtendienst NIS hinter verschlossenen Türen vorgetragen hatte.

Bis Dezember sollen es nach Einschätzung des Dienstes [[etwa 10.000]] Mann werden. Die Soldaten \
würden auf Übungsplätzen bei Wladiwostok, Ussurijsk und Chabarowsk an russischen Waffen und an \
Drohnen geschult, hieß es. Russische Ausbilder verständigten sich mit ihnen nur über Dolmetscher, \
was die Ausbildung mühsam mache.

Erstmals öffentlich gemacht hatte der NIS die Entsendung am vergangenen Freitag. Damals sprach \
der Dienst von einer ersten Welle aus [[1.500]] Männern von Spezialeinheiten, die auf russischen \
Marineschiffen übergesetzt worden seien.

Washington zieht nach

Auch die USA sehen inzwischen Belege. Pentagonchef Lloyd Austin, der am Mittwoch in Italien war, \
räumte dort „Beweise“ für die Anwesenheit nordkoreanischer Soldaten ein, nannte aber keine Zahl. \
Das übernahm wenige Stunden später das Weiße Haus: Nach Darstellung seines Sprechers John Kirby \
wurden zwischen Anfang und Mitte Oktober „[[mindestens 3.000]]“ Soldaten per Schiff in den Osten \
Russlands gebracht.

Kiew meldet erste Einheiten in Kursk

Die ukrainische Seite nennt deutlich höhere Zahlen. Die Vorhut der Nordkoreaner sei am Mittwoch \
im russischen Grenzgebiet Kursk angekommen, teilte der Militärgeheimdienst HUR am \
Donnerstagmorgen über seinen Telegram-Kanal mit. Insgesamt würden in Ostrussland [[knapp 12.000]] \
Mann auf ihren Einsatz vorbereitet, unter ihnen [[rund 500]] Offiziere. Aus Moskau kam wie \
gewohnt nur ein Dementi ohne Inhalt; Kremlsprecher Dmitri Peskow verwies auf frühere Aussagen.

„Für Pjöngjang ist das ein Geschäft“

Jens-Uwe Brakemeier überraschen die Zahlen nicht. Der 58-Jährige lehrt Baubetrieb am Campus \
Minden der Hochschule Bielefeld und hat sechs Jahre für einen deutschen Anlagenbauer in Seoul und \
Busan gearbeitet. „Kim Jong Un vermietet seine Soldaten, und Moskau bezahlt mit Devisen, Öl und \
vielleicht mit Raketentechnik“, sagt er. Brakemeier hält es für wahrscheinlich, dass bis zum \
Frühjahr [[15.000 bis 20.000]] Nordkoreaner auf russischer Seite stehen.

Zum Vergleich: Das Mindener Panzerpionierbataillon 130 zählt etwa 900 Soldatinnen und Soldaten. \
Die Volksarmee im Norden Koreas hat mehr als eine Million Menschen unter Waffen, Reservisten \
nicht mitgerechnet. Brakemeier spricht am 7. November um 19 Uhr im Preußen-Museum über „Korea \
zwischen den Blöcken“; der Eintritt kostet 6 Euro, Anmeldung unter 0571 837 29-14.
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS briefing of Wednesday passed on by lawmakers (Wednesday to "
          "publication)"),
        C("Rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS briefing 'am Mittwoch', passed on by lawmakers after a dash (source after the "
          "figure): brought to Russia's Far East"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'nach Einschätzung des Dienstes', same briefing: intended total by December"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "fri",
          "NIS 'am vergangenen Freitag' carried by 'Damals': first wave shipped over"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House spokesman 'wenige Stunden später' (after Austin on Wednesday): shipped to "
          "eastern Russia"),
        C("knapp 12.000", 12000, "approx", "in_russia", "ukraine", "thu",
          "HUR 'am Donnerstagmorgen' (the publication day), Konjunktiv: prepared in eastern "
          "Russia"),
        C("rund 500", 500, "approx", "in_russia", "ukraine", "thu",
          "same statement: 'unter ihnen' officers (a breakdown of the total)"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "Minden lecturer 'hält es für wahrscheinlich' (present tense): total by spring"),
    ),
)

B02 = Source(
    article_id="b58_02_flaeming_welle_wuensdorf_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-27"),
    dated_by="html_meta",
    features="Fläming radio station's web text in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&middot;`, `&amp;`, `&copy;`), "
        "`article:published_time` with +01:00 (Thursday), a player script, a consent strip with "
        "its own wording, navigation, a 'Stand:' line, footer with frequency and studio phone; "
        "`<title>` figure (optional, increment); h1 'Nordkorea schickt 3000 Soldaten nach' "
        "(increment) from the NIS 'am Donnerstag' (the publication day); 'rund 3000 weitere' "
        "(increment); the Dienst's casualty estimate and the first contingent; Syrskyi 'Anfang "
        "März' in a Telegram post named after the figure; the General Staff 'vorgestern' (an "
        "ISO date); Soviet troops in Wünsdorf (`Zehntausende`, `bis zu 40.000`: not claims), "
        "refugees in Teltow-Fläming, tour prices, years, age",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul: Nordkorea schickt [[3000]] Soldaten nach | Radio Fl&auml;mingwelle</title>
<meta property="article:published_time" content="2025-03-27T16:20:00+01:00">
<meta property="og:site_name" content="Radio Fl&auml;mingwelle">
<script>window.fwPlayer = {sender: "flaemingwelle", stream: \
"https://live.flaemingwelle.example/mp3", region: "TF"};</script>
<style>.streifen{position:fixed;bottom:0;z-index:900}</style>
</head>
<body>
<div class="streifen" id="cmp">Damit der Livestream läuft und wir sehen, welche Meldungen Sie \
lesen, legen wir kleine Dateien auf Ihrem Gerät ab. <button>Dateien ablegen erlaubt</button> \
<button>Nur den Stream, sonst nichts</button></div>
<nav><a href="/">Start</a> &middot; <a href="/nachrichten">Nachrichten</a> &middot; <a \
href="/region">Fläming &amp; Spreewald</a> &middot; <a href="/blitzer">Blitzer</a> &middot; <a \
href="/playlist">Was lief gerade?</a></nav>
<main>
<article>
<h1>Nordkorea schickt [[3000]] Soldaten nach &ndash; Wünsdorfer Bunkerführer: &bdquo;Hier standen \
einst die Russen selbst&ldquo;</h1>
<p class="teaser">Südkoreas Geheimdienst meldet Nachschub für Russlands Krieg. In Wünsdorf \
erinnert man sich an die Jahrzehnte, in denen Zehntausende sowjetische Soldaten hinter der Mauer \
lebten.</p>
<p class="stand">Stand: 27.03.2025, 16:20 Uhr &middot; Ronja Kettlitz</p>
<p>Nordkorea hat seine Truppen in Russland offenbar wieder aufgefüllt. Im Januar und Februar \
seien [[rund 3000]] weitere Soldaten nach Russland gebracht worden, teilte der südkoreanische \
Geheimdienst NIS am Donnerstag in Seoul mit. Mit ihnen wolle Pjöngjang die schweren Verluste des \
Winters ausgleichen.</p>
<p>Diese Verluste beziffert der Dienst inzwischen auf [[etwa 4700]] Tote und Verwundete. Von den \
[[rund 11.000]] Mann der ersten Entsendung sei damit mehr als jeder Dritte ausgefallen. Die \
Einheiten hätten aber dazugelernt, setzten inzwischen selbst Drohnen ein und griffen in kleineren \
Gruppen an.</p>
<p>Schon Anfang März hatte die Ukraine gemeldet, dass die Nordkoreaner an die Front zurückgekehrt \
seien. &bdquo;[[Tausende]] von ihnen kämpfen wieder bei Kursk&ldquo;, schrieb Oberbefehlshaber \
Olexander Syrskyj damals auf Telegram. Der ukrainische Generalstab meldete vorgestern, allein in \
diesem Monat seien [[über 200]] Nordkoreaner getötet worden. Überprüfen lassen sich die Zahlen \
nicht.</p>
<h2>&bdquo;Hier war einmal Klein-Moskau&ldquo;</h2>
<p>Gerd Pohlenz hört solche Meldungen mit besonderem Interesse. Der 71-Jährige führt seit 1998 \
Besuchergruppen durch die Bunker und Kasernen der einstigen &bdquo;Verbotenen Stadt&ldquo; in \
Wünsdorf. Bis 1994 saß hier das Oberkommando der sowjetischen, später russischen Truppen in \
Deutschland; zeitweise lebten bis zu 40.000 Menschen in dem Sperrgebiet. &bdquo;Die jungen \
Wehrpflichtigen kamen damals aus Kasachstan oder Sibirien und durften kaum vor das Tor. Wenn ich \
heute die Nordkoreaner sehe, denke ich an sie&ldquo;, sagt Pohlenz.</p>
<p>Die Führungen beginnen wieder am 5. April, jeweils samstags um 11 Uhr; Erwachsene zahlen 12 \
Euro. Der Landkreis Teltow-Fläming hat seit 2022 rund 3.400 Geflüchtete aus der Ukraine \
aufgenommen.</p>
</article>
</main>
<footer><p>Radio Flämingwelle &middot; UKW 94,3 &middot; Studio Jüterbog &middot; Studiotelefon \
03372 41 88 0 &middot; &copy; 2025</p></footer>
<script src="/js/player-2.1.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "thu",
          "<title> (metadata) restating the NIS figure of Thursday: 'schickt … nach' "
          "(increment)", add=True, opt=True),
        C("3000", 3000, "exact", "in_russia", "south_korea", "thu",
          "h1: the NIS figure of the body ('am Donnerstag' = publication day): 'schickt … nach' "
          "(increment)", add=True),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'am Donnerstag' (source after the figure): 'weitere' brought to Russia "
          "(increment)", add=True),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "thu",
          "'beziffert der Dienst': dead and wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "same estimate, Konjunktiv: the first contingent sent"),
        C("Tausende", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Syrskyi 'Anfang März' on Telegram (named after the quote, 'damals'): fighting at "
          "Kursk again"),
        C("über 200", 200, "at_least", "casualties", "ukraine", "2025-03-25",
          "Ukraine's General Staff 'vorgestern' (Tuesday before a Thursday article): killed this "
          "month"),
    ),
)

B03 = Source(
    article_id="b58_03_gailtal_museum_jaenner_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-01-15"),
    dated_by="front_matter",
    features="Gailtal weekly's world page in Markdown, UTF-8 with BOM, front matter with `date:` "
        "(Wednesday), German keys and a title without a figure; 'Jänner', 'Feber', 'heuer'; "
        "headline 'Seoul:' from the NIS briefing passed on by a lawmaker 'am Montag' (Monday to "
        "publication); a bold deck 'Kiew präsentiert zwei Gefangene' (Saturday to publication); "
        "`2.700` wounded beside the dead (not an increment); 'zitierte Lee aus dem Bericht' "
        "with Konjunktiv carrying the briefing; Zelensky 'Am Samstag' (number word `zwei`); "
        "the SSO 'am Sonntag auf Telegram' with the source after the figure; the White House "
        "'Ende Dezember' carried by 'damals'; a museum chairman in Kötschach-Mauthen in „“ "
        "(other, `pub`); soldiers of the Carnic front (`Zehntausende`), visitors, ski lifts, "
        "per cent, ages, years",
    text="""\
---
titel: "Tote, Verwundete, Gefangene: Kims Soldaten im fremden Krieg"
date: 2025-01-15
ausgabe: 3/2025
ressort: Welt
autor: Florian Wastl
---

# Seoul: [[Rund 300]] Nordkoreaner bei Kursk gefallen

**Südkoreas Geheimdienst legt erstmals eine Bilanz vor, Kiew präsentiert [[zwei]] Gefangene. Im \
Museum in Kötschach-Mauthen denkt man an eine andere Front.**

Hermagor/Seoul – Zum ersten Mal, seit Nordkorea Soldaten in den Krieg gegen die Ukraine geschickt \
hat, nennt Südkoreas Nachrichtendienst NIS genauere Verlustzahlen. Seit den ersten Gefechten im \
Dezember seien [[rund 300]] nordkoreanische Soldaten ums Leben gekommen und [[2.700]] verletzt \
worden. Diese Zahlen trug der Abgeordnete Lee Seong-kweun am Montag vor Journalisten vor, nachdem \
der Dienst den Ausschuss unterrichtet hatte.

Die Männer hätten kaum Erfahrung mit Drohnen und würden von ihren russischen Befehlshabern ohne \
Rücksicht eingesetzt, zitierte Lee aus dem Bericht. Insgesamt stünden [[etwa 11.000]] \
Nordkoreaner im Gebiet Kursk; bei einigen Gefallenen seien Notizen gefunden worden, wonach sie \
sich vor einer Gefangennahme selbst töten sollten.

## Die Gefangenen von Kursk

Am Samstag hatte Präsident Wolodymyr Selenskyj die Festnahme von [[zwei]] verwundeten \
nordkoreanischen Soldaten verkündet. Die beiden, ein 20- und ein 26-Jähriger, wurden nach Kiew \
gebracht und werden dort vom Geheimdienst SBU verhört. Am Dienstag bot Selenskyj an, sie gegen \
ukrainische Kriegsgefangene in russischer Hand auszutauschen.

Die Nordkoreaner verlieren weiter viele Männer. Bei Kämpfen um mehrere Dörfer in den ersten \
Jännertagen seien [[mehrere hundert]] von ihnen getötet oder verletzt worden, meldeten die \
ukrainischen Spezialkräfte am Sonntag auf Telegram. Washington hatte die Lage Ende Dezember noch \
düsterer gezeichnet: Das Weiße Haus bezifferte damals allein die Ausfälle einer einzigen Woche \
auf [[mehr als 1.000]] Tote und Verletzte.

## „Junge Burschen, die keiner gefragt hat“

In Kötschach-Mauthen erinnert ein kleines Museum an die Gebirgsfront in den Karnischen Alpen, wo \
sich zwischen 1915 und 1917 Zehntausende Soldaten gegenüberlagen. Obmann Alois Wieser, ein \
pensionierter Hauptschullehrer, verfolgt die Nachrichten aus Kursk genau. „Da schickt man junge \
Burschen in eine fremde Landschaft, und keiner hat sie gefragt – wie bei uns damals am \
Plöckenpass“, sagt der 68-Jährige. Den Zahlen aus Seoul traut er nicht ganz: „Bis zum Frühjahr \
werden es [[Tausende]] Tote sein, davon bin ich überzeugt.“

Das Museum zählte im Vorjahr rund 11.500 Besucher; heuer kommt ein neuer Ausstellungsraum dazu, \
die Eröffnung ist für den 28. Feber geplant. Am Nassfeld melden die Liftbetreiber für die \
Weihnachtsferien ein Plus von 6 Prozent bei den Ersteintritten.
""",
    claims=(
        C("Rund 300", 300, "approx", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the NIS figure of the body passed on by a lawmaker on Monday "
          "(Monday to publication)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "bold deck 'Kiew präsentiert': Zelensky's Saturday announcement of the body"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker Lee passing on the NIS briefing 'am Montag' (named in the next sentence): "
          "killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded beside the dead (not an increment)"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "mon",
          "'zitierte Lee aus dem Bericht', Konjunktiv carried: in the Kursk region"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured (number word)"),
        C("mehrere hundert", None, "vague", "casualties", "ukraine", "sun",
          "SSO 'am Sonntag auf Telegram' (source after the figure; 'in den ersten Jännertagen' "
          "is the event): killed or wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "White House 'Ende Dezember', carried by 'damals': dead and "
          "wounded in one week"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "museum chairman in „“, no date ('Bis zum Frühjahr' is the event): dead"),
    ),
)

B04 = Source(
    article_id="b58_04_oberaargau_panmunjom",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-09-05"),
    dated_by="dateline", crlf=True,
    features="Oberaargau paper's foreign page as plain text, windows-1252 with CRLF, dateline "
        "'Herzogenbuchsee/Seoul, 5. September 2025 –' (Friday): `ss`, «», `15'000`, 4-digit "
        "`2000`/`6000`/`1000`/`5000`; headline 'Seoul:' from the NIS briefing 'am Donnerstag' "
        "passed on by lawmakers (Thursday to publication); 'hiess es weiter' carrying the total "
        "and 'nachgeschickt' builders and deminers (increment); Shoigu 'im Juni' with his two "
        "planned groups (russia); state TV 'Im August' «Dutzenden» fallen (north_korea); Kyiv's "
        "General Staff with the source at the end ('wie ein Sprecher vergangene Woche sagte'); "
        "a Herzogenbuchsee NNSC veteran 'schätzt … nochmals' (increment, other, `pub`); Swiss "
        "officers today, francs, people with protection status, ages, years, lecture time",
    text="""\
Oberaargauer Anzeiger · Ausland

Seoul: [[Rund 2000]] Nordkoreaner in Russland gefallen

Ein Herzogenbuchseer, der einst an der innerkoreanischen Grenze Dienst tat, verfolgt die \
Meldungen mit Sorge

Von Urs Lanz

Herzogenbuchsee/Seoul, 5. September 2025 – Der Einsatz an der Seite Russlands hat Nordkorea weit \
mehr Soldaten gekostet als bisher bekannt. Nach einer neuen Einschätzung des südkoreanischen \
Nachrichtendienstes NIS sind seit Herbst 2024 [[rund 2000]] nordkoreanische Soldaten in Russland \
ums Leben gekommen. Das berichteten Abgeordnete am Donnerstag in Seoul, nachdem der Dienst den \
Geheimdienstausschuss des Parlaments unterrichtet hatte.

Insgesamt habe Pjöngjang seit vergangenem Herbst [[etwa 15'000]] Mann nach Russland entsandt, \
hiess es weiter. Zudem würden derzeit [[rund 6000]] Militärbauarbeiter und Minenräumer nach \
Russland nachgeschickt. Diese Hilfe hatte Moskau schon im Juni angekündigt: Sergei Schoigu, der \
als Sekretär des russischen Sicherheitsrats in Pjöngjang zu Gast war, sprach damals von [[1000]] \
Minenräumern und [[5000]] Bauarbeitern für die zerstörte Region Kursk.

Pjöngjang selbst nennt keine Zahlen. Im August zeigte das nordkoreanische Staatsfernsehen jedoch, \
wie Machthaber Kim Jong Un den Familien von «[[Dutzenden]]» gefallenen Soldaten Orden überreichte \
und vor deren Porträts niederkniete.

In Kiew hält man die südkoreanischen Angaben für zu tief. Der ukrainische Generalstab geht von \
[[über 6000]] getöteten und verwundeten Nordkoreanern aus, wie ein Sprecher vergangene Woche sagte.

«Die Disziplin war unheimlich»

Hanspeter Zaugg aus Herzogenbuchsee kennt die andere Seite der Grenze nur durch den Feldstecher. \
Der heute 71-jährige pensionierte Berufsoffizier diente 1994 und 1995 in der \
Überwachungskommission der neutralen Staaten in Panmunjom. «Die nordkoreanischen Wachen standen \
stundenlang reglos da. Die Disziplin war unheimlich», erinnert er sich. Dass Pjöngjang nun \
Soldaten für Moskau opfere, erstaune ihn nicht: «Für das Regime ist ein Soldat vor allem eine \
Devisenquelle.» Zaugg schätzt, dass bis Ende Jahr nochmals [[mehrere tausend]] Nordkoreaner an \
die Front geschickt werden.

Die Schweiz gehört der Kommission seit 1953 an; heute sind noch fünf Schweizer Offiziere vor Ort. \
Bern hat für die Ukraine seit Februar 2022 insgesamt über 5 Milliarden Franken bereitgestellt. In \
Herzogenbuchsee leben derzeit 38 Menschen mit Schutzstatus S. Zaugg hält am 18. September um \
19.30 Uhr im Kornhaus einen Vortrag über seine Jahre in Korea; Eintritt: 10 Franken.
""",
    claims=(
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure of the lead, briefing on Thursday (to publication)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS estimate passed on by lawmakers 'am Donnerstag' (named in the next sentence): "
          "died"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'hiess es weiter' (same briefing): sent in total"),
        C("rund 6000", 6000, "approx", "in_russia", "south_korea", "thu",
          "same briefing: builders and deminers 'nachgeschickt' to Russia (increment)",
          add=True),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'im Juni' in Pyongyang, 'damals': deminers to be sent (his breakdown, not an "
          "increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same: builders for the Kursk region"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state TV 'Im August' «»: families of the fallen honoured"),
        C("über 6000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "Kyiv's General Staff, source at the end ('wie ein Sprecher vergangene Woche sagte'): "
          "killed and wounded"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "NNSC veteran 'schätzt … nochmals' (present tense; increment)", add=True),
    ),
)

B05 = Source(
    article_id="b58_05_kaminkehrer_innung_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-07-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kaminkehrer-Bote Oberfranken", "",
        "Kim schickt 6000 Bausoldaten und Minenräumer nach Kursk",
    ),
    features="chimney sweeps' guild magazine in Markdown, ISO-8859-1 with CRLF (»« and straight "
        "hyphens, 'Euro' spelled out), front matter without a date (issue '7/2025'; sidecar "
        "without url, Thursday) with a title figure (optional); headline 'Kim schickt 6000' "
        "from Shoigu's announcement 'am 17. Juni' (the date to publication, planned, russia); "
        "Shoigu's `1000` and `5000` named after an apposition (his breakdown of the 6000); the "
        "NIS 'Mitte Juni' and 'Im Frühjahr' (a season) with dead and wounded; HUR 'hält es für "
        "möglich' with the source at the end of the paragraph ('Anfang Juli', increment); the "
        "guild's partnership with sweeps in Chernihiv (sweep kits, gas meters, euros, "
        "kilometres, phone number)",
    text="""\
---
title: Nordkorea schickt [[6000]] Bausoldaten nach Kursk
ausgabe: 7/2025
rubrik: Über den Kamin hinaus
autor: Bernd Pöhlmann
---

# Kim schickt [[6000]] Bausoldaten und Minenräumer nach Kursk

*Wo Russland zerstörte Dörfer wieder aufbauen will, helfen wir Kollegen in der Ukraine beim \
Neuanfang - ein Blick über den Kamin hinaus*

Russland holt sich für den Wiederaufbau der Region Kursk Hilfe aus Nordkorea. Das hat Sergej \
Schoigu, der Sekretär des russischen Sicherheitsrats, am 17. Juni bei einem Besuch in Pjöngjang \
bekanntgegeben. Kim Jong Un werde [[1000]] Pioniere zum Räumen von Minen und [[5000]] \
Militärbauarbeiter schicken, sagte Schoigu nach seinem Gespräch mit dem Machthaber. Sie sollen \
Straßen, Brücken und Wohnhäuser instand setzen, die bei den Kämpfen des vergangenen Winters \
zerstört wurden.

Nordkoreanische Soldaten stehen ohnehin schon in großer Zahl in der Region. Südkoreas \
Geheimdienst NIS meldete Mitte Juni, dass dort noch [[etwa 11.000]] von ihnen stationiert seien. \
Im Frühjahr hatte der Dienst die Zahl der Gefallenen auf [[rund 600]] beziffert, die der \
Verwundeten auf [[etwa 4100]].

Noch weiter geht man in Kiew. Pjöngjang bereite in den kommenden Monaten [[bis zu 30.000]] \
zusätzliche Soldaten für den Einsatz in Russland vor, die vor allem bei Angriffen im Osten der \
Ukraine helfen könnten. Das erklärte ein Sprecher des ukrainischen Militärgeheimdienstes HUR \
Anfang Juli im Fernsehen.

## Unsere Kollegen in Tschernihiw

Während in Kursk nordkoreanische Bautrupps anrücken, fehlt auf der anderen Seite der Grenze oft \
das Nötigste. Seit dem Frühjahr 2023 unterhält unsere Innung eine Partnerschaft mit den \
Schornsteinfegern der Stadt Tschernihiw. Bei der Sammelaktion im Mai kamen 14 komplette \
Kehrsätze, 9 Abgasmessgeräte und 3.260 Euro an Spenden zusammen. Obermeister Reinhold Schramm hat \
alles im Juni mit zwei Kollegen selbst bis an die polnisch-ukrainische Grenze gefahren, rund \
1.200 Kilometer von Bamberg aus.

»In vielen Häusern dort wird mit provisorischen Öfen geheizt, und die Rohre gehen einfach durchs \
Fenster. Ein Kaminbrand ist schnell passiert«, sagt Schramm. Die ukrainischen Kollegen hätten \
sich mit einem Foto vor ihrem reparierten Einsatzwagen bedankt.

Die nächste Sammlung läuft bis 30. September. Wer Geräte abgeben will, meldet sich in der \
Geschäftsstelle unter 0951 208 17 55.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..2025-07-10",
          "front-matter title (metadata) restating Shoigu's announcement of 17 June", opt=True),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..2025-07-10",
          "headline 'Kim schickt': Shoigu's announcement of the body 'am 17. Juni' (to "
          "publication): the sum of his 1000 and 5000"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu (apposition) 'am 17. Juni', Konjunktiv 'werde … schicken': deminers (a "
          "breakdown, not an increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: military builders"),
        C("etwa 11.000", 11000, "approx", "near_front", "south_korea", "2025-06-11..2025-06-20",
          "NIS 'Mitte Juni': still stationed in the Kursk region"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS 'Im Frühjahr' (a season): dead"),
        C("etwa 4100", 4100, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "same estimate: wounded beside the dead (not an increment)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "HUR spokesman 'Anfang Juli', named at the end of the paragraph: 'zusätzliche' "
          "(increment)", add=True),
    ),
)

B06 = Source(
    article_id="b58_06_stralsund_blog_parade_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-10-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Sundgeflüster – Blog der Studierendenschaft der Hochschule Stralsund",
        "https://sundgefluester.example/2025/10/kims-parade-heimkehrer-kursk/",
        "Kims Parade und die Heimkehrer aus Kursk – was wir darüber wissen",
    ),
    features="Stralsund student blog as plain text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Tuesday), informal 'wir', »« quotes; the party parade 'Freitagabend' with state TV's "
        "`Tausende` veterans of Kursk marching (returnees: optional); Medvedev on the stand "
        "('in einer Rede', the Friday carried) »Tausenden« (russia, fighting); the NIS figures "
        "with the source at the end of the paragraph ('am Montag Reportern in Seoul vorlegte'), "
        "'Dazu kämen' builders (increment); the NIS 'Anfang September' dead; Kyiv's General "
        "Staff undated (`pub`); the blog's own reckoning 'Nach unserer eigenen Rechnung' "
        "(unattributed, range, `pub`); a student from Incheon; students, fees, rocket length, "
        "80th anniversary, dates",
    text="""\
Kims Parade und die Heimkehrer aus Kursk – was wir darüber wissen

Redaktion Politik & Welt · Lesezeit ca. 4 Minuten

Freitagabend, Pjöngjang: Während bei uns am Sund die Erstis noch ihre Zimmer in der \
Frankenvorstadt einräumten, rollten auf dem Kim-Il-Sung-Platz Raketen an der Ehrentribüne vorbei. \
Anlass war der 80. Jahrestag der Partei der Arbeit Koreas. Wer die Bilder im Staatsfernsehen \
gesehen hat, dem fiel eine Marschkolonne besonders auf: [[Tausende]] Soldaten, die nach den \
Worten der Sprecherin an der »Befreiung« von Kursk teilgenommen hatten.

Auf der Tribüne stand neben Kim Jong Un auch Dmitri Medwedew, Russlands früherer Präsident und \
heute Vizechef des Sicherheitsrats. In einer Rede dankte er Nordkorea für den Einsatz von \
»[[Tausenden]] tapferen Kämpfern« an der Seite der russischen Armee. Die Raketen, die danach \
vorbeirollten, waren übrigens bis zu 25 Meter lang.

Wie viele es wirklich sind

Die belastbarsten Zahlen kommen meistens aus Seoul. Derzeit stünden [[rund 10.000]] \
nordkoreanische Soldaten in den russischen Grenzgebieten Kursk und Belgorod. Dazu kämen \
[[etwa 5.000]] Militärbauarbeiter, die seit dem Sommer in mehreren Etappen nach Russland gebracht \
würden. So steht es in einer Einschätzung, die der südkoreanische Geheimdienst NIS am Montag \
Reportern in Seoul vorlegte.

Anfang September hatte der NIS die Zahl der Toten mit [[etwa 2.000]] angegeben. Die ukrainische \
Armee nennt deutlich höhere Zahlen: Nach Angaben des Generalstabs in Kiew wurden \
[[mehr als 6.000]] Nordkoreaner getötet oder verwundet. Nach unserer eigenen Rechnung haben seit \
Herbst 2024 [[zwischen 15.000 und 20.000]] Soldaten aus dem Norden in Russland gedient, \
Bauarbeiter nicht mitgezählt.

»Meine Oma hat nie über den Norden gesprochen«

Seo-yeon studiert seit dem Wintersemester Wirtschaftsinformatik bei uns und kommt aus Incheon. \
Ihre Großeltern sind im Krieg aus dem Norden geflohen. »Meine Oma hat nie über den Norden \
gesprochen. Jetzt sehe ich junge Männer von dort im Fernsehen, die in Russland sterben, und ich \
weiß nicht, was ich fühlen soll«, sagt sie. In Südkorea gilt eine Wehrpflicht von 18 Monaten; ihr \
Bruder hat sie im Sommer beendet.

An der Hochschule Stralsund sind in diesem Semester rund 2.100 Studierende eingeschrieben, 23 \
davon aus Südkorea. Der Semesterbeitrag liegt bei 176 Euro. Am Donnerstag, 16. Oktober, lädt der \
Asta ab 18 Uhr zum Länderabend Korea in die Mensa ein – mit Kimchi von Seo-yeon.
""",
    claims=(
        C("Tausende", None, "vague", "in_russia", "north_korea", "fri",
          "state TV on the Friday parade: veterans of Kursk marching (returnees: optional)",
          opt=True),
        C("Tausenden", None, "vague", "near_front", "russia", "fri",
          "Medvedev's speech on the Friday stand (the Friday carried) in »«: fighters beside the "
          "Russian army"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "mon",
          "NIS assessment 'am Montag', named at the end of the paragraph: in the Kursk and "
          "Belgorod border regions"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "mon",
          "same assessment: 'Dazu kämen' builders brought to Russia (increment)", add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September': dead"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "pub",
          "'Nach Angaben des Generalstabs in Kiew', no date: killed or wounded"),
        C("zwischen 15.000 und 20.000", None, "range", "in_russia", "unattributed", "pub",
          "the blog's own reckoning ('Nach unserer eigenen Rechnung'): served in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, Micronesia, US, Canada, Togo)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b58_07_mackay_cane_farm_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-15"),
    dated_by="sidecar",
    sidecar=(
        "Pioneer Valley Mercury",
        "https://www.pvmercury.example/news/world/north-korean-troops-kursk-cane-farm",
        "US: 10,000 North Korean troops in Kursk, some already fighting",
    ),
    features="Mackay daily in HTML, UTF-8 with BOM, no meta date (sidecar, Friday), an "
        "analytics script, a cookie strip with its own wording, header navigation, a byline "
        "date, footer with address and phone; `<meta name=\"description\">` figure (optional); "
        "h1 'US:' from Blinken 'in Brussels on Wednesday' (Wednesday to publication); a senior "
        "Pentagon official 'A day earlier' (the Tuesday before); Yonhap 'quoting the spy "
        "service' after a Wednesday briefing ('more', increment); Zelensky 'as early as 4 "
        "November' (Australian date style); Budanov 'in an interview aired last week' "
        "(at_most, planned); a Korean working holiday-maker near Marian; visa holders, "
        "military service months, coking coal and cane tonnes, ages",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>North Korean troops now fighting in Russia, says Washington | Pioneer Valley Mercury</title>
<meta name="description" content="Washington says [[more than 10,000]] North Korean soldiers are \
in Kursk. Near Marian, a Korean backpacker worries about her brother.">
<script>window.pvmAnalytics={site:"pvm",section:"world",metered:true,freeArticles:5};</script>
</head>
<body>
<div class="cookie-strip">We use cookies the way growers use rain: we would struggle without \
them. <button>Let it rain</button> <button>Keep it dry for me</button></div>
<header><a href="/">Pioneer Valley Mercury</a>
<nav><a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/rural">Rural</a> | <a \
href="/world">World</a> | <a href="/notices">Notices</a></nav></header>
<main>
<article>
<h1>US: [[10,000]] North Korean troops in Kursk, some already fighting</h1>
<p class="byline">Jess Whitlock &middot; Friday, 15 November 2024</p>
<p>North Korea has sent [[more than 10,000]] soldiers to Russia’s Kursk region and some of them \
have begun fighting alongside Russian forces, Antony Blinken, the US Secretary of State, told a \
news conference in Brussels on Wednesday.</p>
<p>A day earlier, a senior Pentagon official had told reporters that [[several thousand]] of the \
North Koreans were already in combat after being folded into Russian marine and airborne units.</p>
<p>In Seoul, the National Intelligence Service briefed a parliamentary committee on Wednesday. \
Yonhap news agency, quoting the spy service, reported that Pyongyang could dispatch \
[[around 3,000]] more troops before December is out.</p>
<p>In Kyiv, President Volodymyr Zelensky had warned as early as 4 November that [[11,000]] North \
Koreans were massing near the border. Kyrylo Budanov, who heads Ukraine’s military intelligence, \
told a US broadcaster in an interview aired last week that he expected the total to climb to \
[[as many as 15,000]] by early next year.</p>
<h2>‘My brother is 21 and in the army’</h2>
<p>For Kim Da-eun, the news from Europe arrives on her phone between shifts on a cane farm near \
Marian, west of Mackay. The 24-year-old from Suwon is one of about 2,300 South Koreans on working \
holiday visas in Queensland, according to the Department of Home Affairs. Her younger brother is \
doing 18 months of compulsory service in a unit near the border with the North.</p>
<p>“Everyone at home is watching this. If their soldiers learn how to fight a real war, who do \
they fight next?” she said.</p>
<p>South Korea is also one of the region’s best customers. Steelmakers in Pohang and Gwangyang \
bought about 14 million tonnes of coking coal through Hay Point and Dalrymple Bay last financial \
year. The crushing season at the Pioneer Valley mills is expected to end this month after about \
5.1 million tonnes of cane.</p>
</article>
</main>
<footer>&copy; 2024 Pioneer Valley Mercury &middot; 34 Wellington St, Mackay QLD 4740 &middot; \
(07) 4957 1100</footer>
<script src="/static/js/pvm-bundle.91c2.js" defer></script>
</body>
</html>
""",
    claims=(
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "wed..pub",
          "<meta name=\"description\"> (metadata): Blinken's Wednesday figure, in Kursk",
          opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "wed..pub",
          "h1 'US:': Blinken's figure of the lead (Wednesday to publication): in Kursk"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "wed",
          "Blinken 'told a news conference in Brussels on Wednesday' (source after the "
          "figure): sent to the Kursk region"),
        C("several thousand", None, "vague", "near_front", "united_states", "tue",
          "senior Pentagon official 'A day earlier' (Tuesday): in combat"),
        C("around 3,000", 3000, "approx", "planned", "south_korea", "wed",
          "Yonhap 'quoting the spy service' after Wednesday's briefing: could dispatch 'more' "
          "(increment)", add=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky 'as early as 4 November': massing near the border"),
        C("as many as 15,000", 15000, "at_most", "planned", "ukraine", "lastweek",
          "Budanov 'told a US broadcaster in an interview aired last week': expected total"),
    ),
)

B08 = Source(
    article_id="b58_08_colonsay_corncrake_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-02-17"),
    dated_by="sidecar",
    sidecar=(
        "The Colonsay Corncrake", "",
        "Seoul says North Korea has pulled its troops back from the Kursk front",
    ),
    features="Colonsay news page as plain text, UTF-16 LE with BOM (sidecar without url, "
        "Monday), straight quotes, a headline without a figure; the NIS 'briefing members of "
        "the National Assembly on Wednesday' (casualties, `several thousand` fresh soldiers: "
        "increment); its mid-January figures carried by 'At the time'; an SSO spokesman 'last "
        "week' with a total and casualties; Syrskyi 'at the weekend' `fewer than 1,000` "
        "(at_most); Rutte 'Speaking in Munich on Friday' (nato); a retired diplomat who served "
        "in Pyongyang, 'His own guess' (range, other, `pub`); island notes: ferry times, Burns "
        "supper guests and pounds, census population, bee colonies",
    text="""\
Seoul says North Korea has pulled its troops back from the Kursk front

Our occasional world page, with thanks to a reader who knows Pyongyang better than most of us

By Fiona MacNeill

South Korea's intelligence service believes that North Korea's soldiers have not fought in \
Russia's Kursk region for about a month, and that heavy losses are the reason.

The National Intelligence Service, briefing members of the National Assembly on Wednesday, said \
there had been no sign of North Korean units in combat since the middle of January. It estimated \
that [[about 3,000]] of them had been killed or wounded by then. The agency expects Pyongyang to \
send the troops back once they have regrouped, possibly joined by [[several thousand]] fresh \
soldiers.

When the service last gave figures, in mid-January, it counted [[some 300]] dead. At the time it \
also said [[2,700]] had been wounded.

Kyiv tells a grimmer story. A spokesman for Ukraine's special operations forces said last week \
that [[around 4,000]] North Koreans had been put out of action, roughly a third of the contingent \
of [[some 12,000]] that Pyongyang sent in the autumn. Ukraine's commander-in-chief, Oleksandr \
Syrskyi, wrote at the weekend that [[fewer than 1,000]] were still close to the front line.

NATO's secretary general, Mark Rutte, was more careful. Speaking in Munich on Friday, he said \
only that "[[thousands]]" of North Korean troops had fought on Russia's side and that Moscow was \
paying for them with technology "that should worry every one of us".

For Iain Galbraith, who has lived at Kiloran since he retired from the Foreign Office, the \
figures have a familiar ring. Between 2009 and 2012 he served at the British embassy in \
Pyongyang, one of a handful of Western diplomats in the city. "Nobody in that system volunteers \
for anything," he told the Corncrake over tea at the hotel. "These are conscripts who have \
already served seven or eight years." His own guess is that [[between 1,000 and 1,500]] of them \
are dead. "The rest will be sent back. The regime needs the money."

Island notes

The ferry timetable changes on 31 March; the Saturday sailing from Oban will leave at 08:30. The \
hall committee thanks everyone who came to the Burns supper, where 74 guests raised £1,120 for \
the new defibrillator. Colonsay's population at the last census was 136. The trust's spring \
survey of the black bee reserve counted 42 colonies, up from 35 a year ago.
""",
    claims=(
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "wed",
          "NIS 'briefing members of the National Assembly on Wednesday': killed or wounded"),
        C("several thousand", None, "vague", "planned", "south_korea", "wed",
          "'The agency expects': fresh soldiers joining the return (increment)", add=True),
        C("some 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS figures 'in mid-January': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "'At the time' carries mid-January: wounded (beside the dead, not an increment)"),
        C("around 4,000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "SSO spokesman 'last week': put out of action"),
        C("some 12,000", 12000, "approx", "in_russia", "ukraine", "lastweek",
          "same statement: the contingent sent in the autumn"),
        C("fewer than 1,000", 1000, "at_most", "near_front", "ukraine", "sat..sun",
          "Syrskyi 'at the weekend': still close to the front line (upper bound)"),
        C("thousands", None, "vague", "near_front", "nato", "fri",
          "Rutte 'Speaking in Munich on Friday': fought on Russia's side"),
        C("between 1,000 and 1,500", None, "range", "casualties", "other", "pub",
          "retired diplomat, 'His own guess' (told the paper, no date): dead"),
    ),
)

B09 = Source(
    article_id="b58_09_chuuk_lagoon_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-18"),
    dated_by="front_matter",
    features="Chuuk news page in Markdown, UTF-8, front matter with `date:` (Wednesday) and a "
        "title figure (optional); dateline 'WENO, Chuuk —'; h1 'Pentagon:' `hundreds` from the "
        "press secretary 'on Tuesday' (Tuesday to publication); 'By the Pentagon's count' "
        "carried; HUR 'On Sunday' with an apposition; the NIS 'last month' (November); a "
        "Ukrainian drone commander 'told an American newspaper on Monday' (X citing Y, "
        "ukraine); a University of Guam lecturer `as many as 1,000` (at_most, other, `pub`); "
        "Micronesians in the US forces (`Dozens`), US service members in Korea, population, a "
        "recruiting visit date, ages",
    text="""\
---
title: "Pentagon: [[hundreds]] of North Korean troops killed or wounded in Kursk"
date: 2024-12-18
author: Marcelino Ruben
category: World
---

# Pentagon: [[hundreds]] of North Korean troops killed or wounded in Kursk

WENO, Chuuk — North Korean soldiers fighting for Russia have suffered their first serious losses, \
the U.S. Department of Defense said on Tuesday.

The Pentagon's press secretary, Maj. Gen. Pat Ryder, told reporters in Washington that \
"[[several hundred]]" of the North Korean soldiers had been either killed or injured in Kursk. \
The estimate covered everything "from light wounds to deaths," he said, and he gave no breakdown. \
By the Pentagon's count, [[some 11,000]] North Korean soldiers are now in the region, where \
Ukraine's army has clung to a strip of Russian soil since its August incursion.

On Sunday, HUR, as Ukraine's military intelligence agency is known, put the toll of fighting near \
three villages at [[at least 30]] North Koreans dead or injured. South Korea's National \
Intelligence Service said last month that [[more than 10,000]] had been deployed to Russia and \
that some had already been assigned to front-line units.

A commander of a Ukrainian drone unit told an American newspaper on Monday that his men had faced \
[[around 200]] North Koreans in a single assault across open fields. "They walk in lines, like a \
parade," he was quoted as saying.

"These are elite troops by North Korean standards, but they have never seen a drone war," said \
Ana Taitano, who teaches security studies at the University of Guam. She said it would not \
surprise her if "[[as many as 1,000]]" were dead or wounded by the new year.

## Why it matters here

For Chuuk, the war in Europe is closer than the map suggests. Under the Compact of Free \
Association, citizens of the Federated States of Micronesia may enlist in the U.S. armed forces, \
and they do so at a higher rate per head than the people of any U.S. state. Dozens of young \
people from the lagoon islands are serving today, some of them on the Korean peninsula, which \
hosts roughly 28,500 American service members.

"My son is at Camp Humphreys. He calls every Sunday after church, and now he asks me to pray for \
the Koreans too," said Erwin Sione, 57, of Tonoas.

The FSM's population is about 105,000, roughly half of them in Chuuk State. A U.S. Army \
recruiting team will visit Weno on January 9.
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "tue..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("hundreds", None, "vague", "casualties", "united_states", "tue..pub",
          "h1 'Pentagon:': the press secretary's Tuesday figure (Tuesday to publication)"),
        C("several hundred", None, "vague", "casualties", "united_states", "tue",
          "Ryder in quotes (the Tuesday of the lead carried): killed or wounded"),
        C("some 11,000", 11000, "approx", "near_front", "united_states", "tue",
          "'By the Pentagon's count' (same briefing): in the Kursk region"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sun",
          "'On Sunday, HUR … put the toll … at': dead or injured"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-01..2024-11-30", "NIS 'last month' (November): deployed to Russia"),
        C("around 200", 200, "approx", "near_front", "ukraine", "mon",
          "Ukrainian drone commander quoted by a US newspaper 'on Monday': in one assault"),
        C("as many as 1,000", 1000, "at_most", "casualties", "other", "pub",
          "University of Guam lecturer, 'She said' (no date): dead or wounded by the new year"),
    ),
)

B10 = Source(
    article_id="b58_10_utah_guard_linguists_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="Utah paper in Markdown, windows-1252 with CRLF (curly quotes, em dashes), front "
        "matter without a date, a 'Published April 29, 2025' line (Tuesday) and a dateline "
        "'DRAPER —'; h1 without a figure, an h2 subtitle 'Seoul counts 4,700' from the JCS "
        "'said Monday' (Monday to publication); Gerasimov 'Saturday' and state media 'on "
        "Monday' without a figure; JCS total, casualties and 'of them fatally' (a breakdown); "
        "the top US commander in the Pacific 'on April 10' in “” (an explicit date); HUR 'says' "
        "(present tense, `pub`); a former Guard linguist who learned Korean as a missionary "
        "'She thinks … up to 30,000' (at_most, other, `pub`); the brigade, students, tuition, "
        "ages, years",
    text="""\
---
title: "Moscow and Pyongyang admit what Utah's Korean linguists long suspected"
author: "Kaylee Sorensen"
section: Nation & World
tags: [North Korea, Russia, Utah National Guard]
---

# Kremlin and Kim finally own up to the Kursk deployment

## Seoul counts [[4,700]] North Korean casualties; in Draper, former Guard linguists say the \
admission changes little

*Published April 29, 2025, 6:10 a.m.*

DRAPER — For six months, Russia and North Korea denied, deflected or said nothing at all. Over \
the weekend and on Monday, both governments finally confirmed that North Korean soldiers had \
fought for Russia in the Kursk region.

Russia's chief of the general staff, Gen. Valery Gerasimov, announced Saturday that the region \
had been “fully liberated” and praised the North Koreans for their “heroism.” Pyongyang followed \
on Monday, when state media reported that the order had come from Kim Jong Un himself, cited the \
mutual defense pact signed with Moscow last year and promised a monument in the capital to those \
who fell. Neither government said how many soldiers were involved.

South Korea was less shy. Its Joint Chiefs of Staff said Monday that of [[about 15,000]] North \
Korean troops sent to Russia, [[some 4,700]] had been killed or wounded, [[roughly 600]] of them \
fatally.

In Washington, the picture has been grim for some time. The top U.S. commander in the Pacific \
told a Senate panel on April 10 that North Korea had lost “[[about 4,000]]” soldiers killed or \
wounded, and that those who survived were “learning fast.” Ukraine's military intelligence agency \
says [[about 3,000]] North Koreans are still in the Kursk region and that Pyongyang has been \
sending replacements since January.

## ‘They learn faster than we did’

At Camp Williams, south of Salt Lake City, the Utah National Guard's 300th Military Intelligence \
Brigade has long drawn on a resource few states can match: hundreds of Korean speakers who first \
learned the language as missionaries for The Church of Jesus Christ of Latter-day Saints.

Mikaela Tanner, 34, is one of them. She served her mission in Daejeon, spent eight years as a \
Guard linguist and now teaches Korean at Salt Lake Community College in Sandy. “You hear the \
accents on the radio chatter Ukraine has put online, and you know exactly where those boys are \
from,” she said. She thinks Pyongyang will rotate “[[up to 30,000]]” soldiers through Russia \
before the war ends. “They are getting real combat experience. No other army in Asia has that \
right now.”

Her Korean class has 26 students this semester; the course costs $412 in tuition.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "h2 subtitle 'Seoul counts': the JCS figure of the body (Monday to publication)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'said Monday': sent to Russia in total"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement: killed or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'of them fatally' (a breakdown): dead"),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "2025-04-10",
          "top US commander in the Pacific 'on April 10' in “”: killed or wounded"),
        C("about 3,000", 3000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says' (present tense, no date): still in the Kursk region"),
        C("up to 30,000", 30000, "at_most", "planned", "other", "pub",
          "former Guard linguist, 'She thinks' (no date): to rotate through Russia"),
    ),
)

B11 = Source(
    article_id="b58_11_prairie_trident_winnipeg_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-08-21"),
    dated_by="html_meta",
    features="Ukrainian-Canadian English-language weekly in HTML, windows-1252 (curly quotes "
        "and `·` raw), `article:published_time` with -05:00 (Thursday), an ad-slot script, a "
        "privacy bar with its own wording, navigation, a footer with address and phone; "
        "`<title>` without a figure; h1 'Budanov:' from the interview 'published on Tuesday' "
        "(Tuesday to publication); Budanov in “” with the source after the quote, 'he said' "
        "for the Kursk share; KCNA 'Last Thursday' in a Thursday article (an ISO date a week "
        "earlier, north_korea); Rutte 'at the White House on Monday' (nato); Global Affairs "
        "Canada 'earlier this month' (other); sanctions listings, drones and dollars, the "
        "census, ages, a concert date",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="windows-1252">
<title>A year in Kursk: Kyiv says Pyongyang keeps replacing its losses | The Prairie \
Trident</title>
<meta property="article:published_time" content="2025-08-21T07:30:00-05:00">
<meta property="og:site_name" content="The Prairie Trident">
<script>var tridentAds={slots:["leader-728x90","box-300x250"],section:"world",lang:"en"};</script>
</head>
<body>
<div id="privacy-bar">We keep a few cookies so we can count readers and keep our donation form \
working. <button>Count me in</button> <button>Essential cookies only, thanks</button></div>
<nav><a href="/">Home</a> · <a href="/community">Community</a> · <a href="/ukraine">Ukraine</a> · \
<a href="/church">Church &amp; Culture</a> · <a href="/donate">Donate</a></nav>
<article>
<h1>Budanov: [[11,000]] North Korean soldiers still inside Russia</h1>
<p class="dek">Kyiv’s spy chief says Pyongyang keeps replacing its dead; in Winnipeg, a drone \
fundraiser passes its target ahead of Independence Day</p>
<p class="byline">By Oksana Hrytsenko · Winnipeg</p>
<p>North Korea has kept the size of its force in Russia steady by sending replacements for the \
dead and wounded, the head of Ukraine’s military intelligence says. “They rotate, they bring new \
people, and the total stays at [[about 11,000]],” Lt. Gen. Kyrylo Budanov said in an interview \
published on Tuesday by a Kyiv news site. [[Roughly 6,000]] of them are deployed in the Kursk \
border region, he said; the rest are in training camps or work in the rear.</p>
<p>Pyongyang, which for months would not even admit the deployment, now stages it for the \
cameras. Last Thursday, state television broadcast a ceremony in which Kim Jong Un placed medals \
on flag-draped coffins in Pyongyang. The official Korean Central News Agency said the remains of \
[[more than 100]] soldiers killed in Kursk had been brought home.</p>
<p>NATO Secretary General Mark Rutte, who accompanied European leaders to the White House on \
Monday, told reporters there that Pyongyang had sent “[[well over 10,000]]” troops to fight for \
Moscow and was being paid in oil, cash and military technology.</p>
<p>Ottawa has taken a similar line. In a statement earlier this month, Global Affairs Canada \
condemned the deployment of “[[thousands]] of DPRK soldiers” and announced sanctions on six North \
Korean officials and two entities.</p>
<h2>Drones for the brigade</h2>
<p>At a Ukrainian Catholic parish hall in Winnipeg’s North End, volunteers have spent the summer \
raising money for reconnaissance drones for a mechanized brigade that fought in Kursk. By Sunday \
they had collected $61,400, enough for 38 drones, said organizer Taras Melnychuk, 52, whose \
nephew serves with the brigade. “My nephew saw them attack through the snow in January, in long \
lines,” he said. “Nobody here believed it until he sent pictures.”</p>
<p>About 1.3 million people in Canada reported Ukrainian ancestry in the 2021 census. The \
Independence Day concert at the Manitoba Legislative Building begins at 2 p.m. on Aug. 24.</p>
</article>
<footer>© 2025 The Prairie Trident · 842 Main St., Winnipeg, MB R2W 3N8 · 204-555-0148</footer>
</body>
</html>
""",
    claims=(
        C("11,000", 11000, "exact", "in_russia", "ukraine", "tue..pub",
          "h1 'Budanov:': the interview of the body published on Tuesday (to publication)"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "tue",
          "Budanov in “”, source after the quote ('in an interview published on Tuesday'): "
          "in Russia in total"),
        C("Roughly 6,000", 6000, "approx", "near_front", "ukraine", "tue",
          "same interview, 'he said' after the figure: in the Kursk border region"),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "2025-08-14",
          "KCNA on the ceremony 'Last Thursday' (a Thursday article: the week before): "
          "remains of the killed brought home"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'at the White House on Monday' in “”: sent to fight for Moscow"),
        C("thousands", None, "vague", "in_russia", "other", "2025-08-01..2025-08-21",
          "Global Affairs Canada 'earlier this month' (a third government: other): deployed"),
    ),
)

B12 = Source(
    article_id="b58_12_lome_letter_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "The Lomé Letter",
        "https://lomeletter.example/issues/2025-47/north-korea-year-on",
        "A year on, Seoul says 10,000 North Korean soldiers remain on Russia's border",
    ),
    features="English-language newsletter from Togo in HTML, UTF-8, no meta date (sidecar, "
        "Thursday), a consent box with its own wording, a subscriber script, navigation, a "
        "footer with a WhatsApp number; h1 'Seoul says' from the NIS briefing 'on 4 November' "
        "(the date to publication); 'On top of that' builders (increment); the NIS 'In "
        "September' dead; Russia's ambassador in Pyongyang 'in October' `thousands more` "
        "(increment, planned, russia); the US delegation at a Security Council meeting 'in "
        "October'; Ukraine's foreign minister 'last week' in Accra; 'are said to have been' "
        "(unattributed, required, `pub`); a Lomé lecturer without a figure; Togo's defence "
        "agreement vote, Russian personnel in Mali, port containers, CFA francs, army size",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Lomé Letter — Issue 47/2025</title>
<script>window.llSubscribers={issue:47,list:"weekly",opens:true};</script>
</head>
<body>
<div class="consent-box">This letter counts how often it is opened, nothing more. <button>Count \
my visit</button> <button>Read without counting</button></div>
<nav><a href="/">Home</a> | <a href="/issues">Back issues</a> | <a href="/togo">Togo</a> | <a \
href="/region">West Africa</a> | <a href="/world">Beyond</a></nav>
<main>
<p class="kicker">Beyond the Gulf</p>
<h1>A year on, Seoul says [[10,000]] North Korean soldiers remain on Russia’s border</h1>
<p class="standfirst">Our weekly look past the region: what Pyongyang’s war in Europe tells \
Africa’s new partners of Moscow</p>
<p>More than a year after North Korea’s first soldiers stepped off Russian landing ships in \
Vladivostok, South Korea’s intelligence service says the deployment has settled into a routine. \
In a briefing to parliament on 4 November, the National Intelligence Service said \
[[about 10,000]] North Korean soldiers were stationed in Russia’s Kursk and Belgorod border \
regions, mostly guarding the frontier. On top of that, [[roughly 5,000]] army builders had been \
moved into Russia since September to repair roads and bridges, the agency said.</p>
<p>In September it had put the number of North Korean dead at [[around 2,000]]. \
[[Several hundred]] wounded soldiers are said to have been flown home for treatment on special \
flights.</p>
<p>Moscow makes no secret of wanting more. Alexander Matsegora, Moscow’s envoy to Pyongyang, \
assured the TASS agency in October that [[thousands]] more North Korean workers in uniform \
would arrive to rebuild Kursk. At a Security Council meeting the same month, the American \
delegation said [[more than 14,000]] North Korean soldiers had served in Russia since 2024. \
Ukraine’s foreign minister, Andrii Sybiha, visiting Accra last week, told journalists that \
[[at least 6,000]] had been killed or wounded.</p>
<h2>Why this matters in Lomé</h2>
<p>In March, Togo’s National Assembly approved a defence cooperation agreement with Russia by 86 \
votes to 2. It allows Russian warships to call at the Port of Lomé, which handled about 1.9 \
million containers last year. Some 2,500 Russian personnel are thought to be in neighbouring \
Mali.</p>
<p>“We should look carefully at what Pyongyang received for its soldiers, and at what it gave \
up,” said Kossi Agbeko, a lecturer in international relations at the University of Lomé. Togo’s \
own armed forces number about 13,000. A seat at our December reader forum costs 5,000 CFA \
francs.</p>
</main>
<footer>&copy; 2025 The Lomé Letter &middot; Boulevard du 13 Janvier, Lomé &middot; WhatsApp +228 \
90 12 34 56</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..2025-11-20",
          "h1 'Seoul says': the NIS briefing of the body 'on 4 November' (to publication)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'In a briefing to parliament on 4 November': in the Kursk and Belgorod border "
          "regions"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing, 'the agency said' after the figure: 'On top of that' builders moved "
          "into Russia (increment)", add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the NIS 'In September': dead"),
        C("Several hundred", None, "vague", "casualties", "unattributed", "pub",
          "'are said to have been flown home' (no source): wounded"),
        C("thousands", None, "vague", "planned", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang to TASS 'in October': 'more' to arrive (increment)",
          add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31",
          "US delegation at a Security Council meeting 'the same month' (October): served in "
          "Russia"),
        C("at least 6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "Ukraine's foreign minister in Accra 'last week': killed or wounded"),
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
