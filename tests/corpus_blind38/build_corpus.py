"""Build the THIRTY-EIGHTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A fortieth corpus for an honest measurement on articles the extractor has never met, written in
session 10 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Kiel daily with a Kiel
security researcher and the Kiel Institute's aid tracker, a Dessau local TV station's web text with
a family from Sumy, a Pongau regional weekly with a hotel receptionist and a Bundesheer officer
(Austrian conventions), a Klettgau weekly with a Neunkirch deminer (Swiss conventions), a Catholic
aid agency's news page on the two prisoners and a Leipzig city blog on a panel evening in Lindenau;
a Peshawar English-language daily, an Orkney weekly with the shadow fleet in the Pentland Firth, a
Vermont weekly's portrait of a Korean War veteran in Barre, an Azerbaijani English-language outlet,
a Solomon Islands news site and a Ghanaian radio station's website. Same file format, marker syntax
and labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-
implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind38_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b38_01_kiel_tageszeitung_erste_tote",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "Kieler Förde-Kurier",
        "https://www.foerde-kurier.example/politik/ausland/seoul-100-nordkoreaner-bei-kursk-"
        "gefallen-4471.html",
        "Seoul: 100 Nordkoreaner bei Kursk gefallen",
    ),
    features="Kiel daily as plain text (sidecar, Friday): place line 'Kiel/Seoul.', a byline; "
        "headline 'Seoul:' from a lawmaker's account of the NIS briefing 'gestern' (the day "
        "before, to publication); `mindestens 100` dead and `knapp 1.000` wounded (not an "
        "increment); `rund 11.000` carried by Konjunktiv; the Pentagon spokesman 'am Montag' "
        "„mehreren hundert“; HUR 'am vergangenen Wochenende' (Saturday-Sunday before); Rutte 'am "
        "Mittwoch' „zu Tausenden“ (span `Tausenden`); a Kiel security researcher's `noch einmal "
        "Zehntausende` (vague increment, `pub`); Russian losses a day, army size, the Kiel "
        "Institute's aid tracker in euros, refugees in Kiel, concert time",
    text="""\
Seoul: [[100]] Nordkoreaner bei Kursk gefallen

Erste Verlustzahlen aus dem Geheimdienst – eine Kieler Sicherheitsforscherin rechnet mit einem \
langen Einsatz

Von Malte Thießen

Kiel/Seoul. Knapp zwei Monate nach ihrer Verlegung in den Westen Russlands haben die Soldaten aus \
Nordkorea offenbar erstmals schwere Verluste erlitten. Bei Kämpfen im Gebiet Kursk seien \
[[mindestens 100]] von ihnen getötet und [[knapp 1.000]] verletzt worden, berichtete der \
südkoreanische Abgeordnete Lee Seong-kweun gestern in Seoul. Er gehört dem Geheimdienstausschuss \
des Parlaments an und gab weiter, was der Nationale Nachrichtendienst (NIS) dem Gremium zuvor \
hinter verschlossenen Türen vorgetragen hatte.

Als Grund nennt der Geheimdienst offenbar mangelnde Kampferfahrung. Die Nordkoreaner würden über \
offenes Feld geschickt und hätten den ukrainischen Drohnen wenig entgegenzusetzen. Von den \
[[rund 11.000]] Mann, die Machthaber Kim Jong Un seit Oktober nach Russland geschickt habe, stehe \
ein Teil inzwischen im direkten Gefecht. Auch ein Offizier im Generalsrang sei verwundet worden.

Washington hatte sich zu Wochenbeginn ähnlich geäußert. Pentagon-Sprecher Pat Ryder sprach am \
Montag von „[[mehreren hundert]]“ Toten und Verletzten, ohne zwischen beiden zu unterscheiden. Aus \
Kiew kommen höhere Zahlen: Der Militärgeheimdienst HUR teilte am vergangenen Wochenende mit, die \
Einheiten aus Pjöngjang hätten bei Angriffen auf drei Dörfer binnen weniger Tage \
[[mindestens 200]] Mann verloren, Tote und Verwundete zusammengerechnet.

NATO-Generalsekretär Mark Rutte sagte am Mittwoch in Brüssel, Moskau werfe die Koreaner „zu \
[[Tausenden]] in eine Schlacht, die Russland allein nicht gewinnen kann“. Der Kreml schweigt zu \
dem Thema weiterhin. Russlands eigene Verluste schätzt die ukrainische Armee zurzeit auf rund \
1.500 Mann pro Tag.

„Pjöngjang lernt in Kursk gerade, wie ein moderner Krieg funktioniert, und Russland bezahlt dafür \
mit Technik“, sagt Hanne Ketelsen vom Institut für Sicherheitspolitik an der Kieler Universität. \
Die Politikwissenschaftlerin hält es für wahrscheinlich, dass Kim im kommenden Jahr noch einmal \
[[Zehntausende]] Soldaten nachschickt, falls Moskau darum bittet. Nordkoreas Streitkräfte zählen \
nach westlichen Schätzungen rund 1,2 Millionen aktive Soldaten – genug, um auch hohe Verluste \
lange auszugleichen.

Am Institut für Weltwirtschaft, ein paar hundert Meter weiter an der Förde, wird der Krieg vor \
allem in Zahlen verfolgt. Nach dem jüngsten Stand des „Ukraine Support Tracker“ haben die \
Unterstützer der Ukraine bislang Militärhilfe im Wert von mehr als 90 Milliarden Euro zugesagt; \
Deutschland liegt dabei hinter den USA auf Platz zwei.

In Kiel selbst leben derzeit etwa 4.300 Geflüchtete aus der Ukraine. Die ukrainische Gemeinde lädt \
am vierten Advent um 16 Uhr zu einem Weihnachtskonzert in die Nikolaikirche am Alten Markt ein. \
Eintritt frei; um Spenden für eine Kinderklinik in Charkiw wird gebeten.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "yday..pub",
          "headline 'Seoul:': the NIS figure the body dates to yesterday, to publication: killed"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "yday",
          "lawmaker passing on the NIS briefing 'gestern' (Thursday): killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "yday",
          "same sentence: wounded (the others of the same event, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "yday",
          "'demnach' and Konjunktiv carry the NIS briefing: sent since October"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'am Montag' „…“: killed and wounded"),
        C("mindestens 200", 200, "at_least", "casualties", "ukraine", "2024-12-14..2024-12-15",
          "HUR 'am vergangenen Wochenende' in a Friday article (Saturday-Sunday before): dead and "
          "wounded"),
        C("Tausenden", None, "vague", "near_front", "nato", "wed",
          "Rutte 'am Mittwoch' in a quote („zu Tausenden in eine Schlacht“): thrown into battle"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "Kiel security researcher (present tense, no date): could send 'noch einmal' (increment)",
          add=True),
    ),
)

B02 = Source(
    article_id="b38_02_dessau_tv_eingestaendnis_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-29"),
    dated_by="html_meta",
    features="Dessau local TV station's web text in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&middot;`, `&copy;`), `article:published_time` "
        "with +02:00, a date line 'Dienstag, 29.04.2025', a video length, cookie notice, "
        "navigation, footer; `<meta name=\"description\">` figure (optional); a refugee from Sumy "
        "relaying her father's account 'im Winter' (`Hunderte`, other, a season window); Gerasimov "
        "'Am Samstag' without a figure; a Duma committee chair 'am Montag' „einigen tausend“ "
        "(russia); KCNA 'Ebenfalls am Montag' without a figure; the State Department 'am selben "
        "Tag' (Monday); the JCS 'Ende März' 'als Verstärkung' (increment); the NIS 'im Februar'; "
        "Zelensky 'am Sonntagabend' then 'Nach ukrainischen Angaben' without a date of its own "
        "(Sunday to publication); Bauhaus centenary, refugees in the city, distance, ages, phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Moskau und Pjöngjang bestätigen Einsatz &ndash; Familie aus Sumy in Dessau | \
MULDE-TV</title>
<meta name="description" content="Nach Erkenntnissen Washingtons hat Nordkorea [[mehr als 11.000]] \
Soldaten nach Russland geschickt. Eine Familie aus Sumy erzählt in Dessau-Roßlau, was das für sie \
heißt.">
<meta property="og:site_name" content="MULDE-TV">
<meta property="article:published_time" content="2025-04-29T18:20:00+02:00">
<link rel="stylesheet" href="/static/mtv-4.2.css">
<script>var mtvPage={rubrik:"nachrichten",beitrag:20917,videoSek:154,werbung:false};</script>
</head>
<body>
<div class="cookie-hinweis">Wir setzen Cookies für Statistik und eingebettete Videos ein. Näheres \
steht in der <a href="/datenschutz">Datenschutzerklärung</a>. <button>In Ordnung</button> \
<button>Nur technisch erforderliche</button></div>
<header><a class="logo" href="/">MULDE-TV</a>
<nav><a href="/aktuell">Aktuell</a> &middot; <a href="/region">Dessau-Roßlau &amp; Umland</a> \
&middot; <a href="/sport">Sport</a> &middot; <a href="/mediathek">Mediathek</a> &middot; <a \
href="/wetter">Wetter</a></nav></header>
<main><article>
<h1>Moskau und Pjöngjang bestätigen Einsatz &ndash; Familie aus Sumy: &bdquo;Wir wussten es \
längst&ldquo;</h1>
<p class="datum">Dienstag, 29.04.2025 &middot; 18:20 Uhr &middot; Video 2:34 Min.</p>
<p class="teaser"><strong>Dessau-Roßlau.</strong> Monatelang hat der Kreml geschwiegen, nun räumen \
Russland und Nordkorea den Einsatz nordkoreanischer Soldaten im Gebiet Kursk offiziell ein. Für \
Olena Hryzenko ist das keine Neuigkeit.</p>
<p>Die 41-Jährige stammt aus Schostka im Gebiet Sumy, keine 50 Kilometer von der russischen Grenze \
entfernt. Seit dem Frühjahr 2022 lebt sie mit ihren beiden Söhnen in Dessau-Nord und arbeitet in \
einem Pflegeheim. &bdquo;Mein Vater ist geblieben. Er hat uns schon im Winter erzählt, dass drüben \
[[Hunderte]] Koreaner in den Dörfern stehen&ldquo;, sagt sie.</p>
<h2>Gerassimow spricht von &bdquo;Befreiung&ldquo;</h2>
<p>Am Samstag hatte Generalstabschef Waleri Gerassimow Präsident Wladimir Putin gemeldet, das \
Gebiet Kursk sei vollständig zurückerobert; die Soldaten aus Nordkorea hätten dabei \
&bdquo;wesentlich&ldquo; geholfen. Zahlen nannte er nicht. Konkreter wurde am Montag der \
Vorsitzende des Verteidigungsausschusses der Staatsduma, Andrej Kartapolow. Im Staatsfernsehen \
sprach er von &bdquo;[[einigen tausend]] koreanischen Genossen&ldquo;, die Schulter an Schulter \
mit russischen Einheiten gekämpft hätten.</p>
<p>Ebenfalls am Montag bestätigte die nordkoreanische Staatsagentur KCNA, dass Machthaber Kim Jong \
Un den Einsatz angeordnet habe. Das US-Außenministerium sprach am selben Tag von einem \
&bdquo;späten Eingeständnis&ldquo;: Pjöngjang habe nach Erkenntnissen Washingtons \
[[mehr als 11.000]] Soldaten nach Russland geschickt.</p>
<p>Südkoreas Generalstab hatte Ende März gemeldet, im Januar und Februar seien [[rund 3.000]] \
Nordkoreaner als Verstärkung nach Russland gekommen. Die Verluste der Truppe bezifferte der \
Geheimdienst NIS bereits im Februar mit [[etwa 4.000]] Toten und Verletzten.</p>
<h2>Kiew: Die Kämpfe gehen weiter</h2>
<p>Präsident Wolodymyr Selenskyj widersprach am Sonntagabend der russischen Darstellung, die \
Kämpfe um Kursk seien beendet. Nach ukrainischen Angaben sind in den vergangenen sechs Monaten \
[[mehr als 5.000]] Nordkoreaner getötet oder verwundet worden.</p>
<p>Olena Hryzenko verfolgt die Nachrichten jeden Abend auf dem Handy. Ihr älterer Sohn, 15, geht \
in Dessau aufs Gymnasium. In der Stadt leben nach Angaben der Verwaltung derzeit rund 1.150 \
Menschen aus der Ukraine. Während Dessau-Roßlau in diesem Jahr 100 Jahre Bauhaus feiert, denkt sie \
vor allem an ihren Vater: &bdquo;Er ist 72. Er sagt, er geht nicht weg.&ldquo;</p>
<p class="hinweis">Hinweise an die Redaktion: 0340 2168 440</p>
</article></main>
<footer>&copy; 2025 MULDE-TV Lokalfernsehen GmbH &middot; <a href="/impressum">Impressum</a> \
&middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="#" \
id="cookie-einstellungen">Cookie-Einstellungen</a></footer>
<script src="/static/player.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating the State Department's Monday "
          "figure", opt=True),
        C("Hunderte", None, "vague", "near_front", "other", "2024-12-01..2025-02-28",
          "a refugee relaying her father's account 'im Winter' (a private person: other; the "
          "season dates it): in the villages across the border"),
        C("einigen tausend", None, "vague", "near_front", "russia", "mon",
          "Duma defence committee chair 'am Montag' on state TV „…“: fought alongside Russian "
          "units"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department 'am selben Tag' (the Monday of the sentence before), Konjunktiv: sent"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "JCS 'Ende März': came 'als Verstärkung' in January and February (increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-01..2025-02-28",
          "NIS 'im Februar' (month window): dead and wounded"),
        C("mehr als 5.000", 5000, "at_least", "casualties", "ukraine", "sun..pub",
          "'Nach ukrainischen Angaben' right after Zelensky's Sunday evening, no date of its own: "
          "Sunday to publication: killed or wounded"),
    ),
)

B03 = Source(
    article_id="b38_03_pongau_wochenblatt_rueckkehr_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-03-15"),
    dated_by="front_matter",
    features="Pongau regional weekly (Salzburg state) in Markdown, UTF-8 with BOM, front matter "
        "with `date:` and an issue number, title without a figure; 'Mitte Feber', 'im Jänner und "
        "im Feber', 'heuer' (twice); the NIS 'damals' (mid-February window) `an die 3.000` "
        "(approx); the JCS 'am Freitag' (the day before) `etwa 1.500 zusätzliche` (increment) and "
        "`über 12.000` (new total); Syrskyi 'schon Anfang März' „Tausenden“; HUR 'Ende Feber'; a "
        "Bundesheer officer 'geht davon aus' `bis zu 10.000 weitere` (at_most increment, `pub`); "
        "group sizes 'zehn bis 15 Mann', refugees in the district, hotel staff, euros collected, "
        "distance, age, army size",
    text="""\
---
title: "Kims Soldaten wieder an der Front – Sorge auch im Pongau"
date: 2025-03-15
ausgabe: 11/2025
ressort: Welt & Region
---

# Kims Soldaten wieder an der Front – Sorge auch im Pongau

**Nach ein paar ruhigen Wochen greifen Nordkoreaner im Raum Kursk wieder an. In St. Johann erzählt \
eine Ukrainerin, wie ihre Familie an der Grenze das erlebt.**

*Von Christina Wallner*

Mitte Feber war es plötzlich still geworden. Südkoreas Geheimdienst NIS meldete damals, Russland \
habe die nordkoreanischen Einheiten nach Verlusten von [[an die 3.000]] Mann aus der vordersten \
Linie zurückgenommen. Drei Wochen später ist klar, dass die Pause kurz war. Der Generalstab in \
Seoul teilte am Freitag mit, Pjöngjang habe im Jänner und im Feber [[etwa 1.500]] zusätzliche \
Soldaten nach Russland gebracht. Insgesamt seien damit [[über 12.000]] Nordkoreaner im Land, ein \
Teil von ihnen stehe wieder im Kampf.

Die ukrainische Seite zeichnet ein ähnliches Bild. Oberbefehlshaber Olexandr Syrskyj hatte schon \
Anfang März von „[[Tausenden]]“ Nordkoreanern berichtet, die bei Sudscha erneut zu Sturmangriffen \
anträten. Ihre Verluste seit dem Herbst gab der ukrainische Militärgeheimdienst HUR Ende Feber mit \
[[rund 4.000]] Toten und Verletzten an.

## Eine Rezeptionistin mit Familie in Sumy

Iryna Melnyk ist 34 und arbeitet heuer den dritten Winter an der Rezeption eines Hotels in St. \
Johann. Ihre Eltern leben in einem Dorf im Gebiet Sumy, rund 30 Kilometer von der Grenze entfernt. \
„Seit die Koreaner wieder da sind, hören meine Eltern jede Nacht die Artillerie“, sagt sie. Ihr \
Bruder dient in einer Drohneneinheit. Am Telefon erzählt er, die Angreifer kämen jetzt in Gruppen \
von zehn bis 15 Mann und trügen weiße Tarnüberwürfe.

Im Bezirk St. Johann leben laut Bezirkshauptmannschaft derzeit 264 Menschen aus der Ukraine, die \
meisten arbeiten im Tourismus. Im Hotel von Iryna Melnyk sind es sieben von 48 Beschäftigten. Der \
Pfarrverband hat im Advent 12.400 Euro für ein Spital in Sumy gesammelt.

## Bundesheer-Offizier: „Kim hat genug Leute“

Oberstleutnant Markus Gruber vom Militärkommando Salzburg verfolgt den Einsatz seit dem Herbst. \
„Die Koreaner haben dazugelernt, gerade bei der Drohnenabwehr“, sagt er. Gruber geht davon aus, \
dass Kim noch heuer [[bis zu 10.000]] weitere Soldaten nach Russland schicken könnte. An Personal \
fehle es Pjöngjang nicht, die Armee des Landes zähle rund 1,2 Millionen Mann.

Aus Washington kommen derzeit nur knappe Worte. Ein Sprecher des US-Außenministeriums sprach am \
Mittwoch von „[[mehr als 11.000]]“ Nordkoreanern, die Russland inzwischen zur Verfügung stünden, \
und sagte, man beobachte die Lage „sehr genau“. Moskau bestreitet die Anwesenheit nordkoreanischer \
Truppen offiziell weiterhin.
""",
    claims=(
        C("an die 3.000", 3000, "approx", "casualties", "south_korea", "2025-02-11..2025-02-20",
          "NIS 'damals' = 'Mitte Feber' of the sentence before (days 11-20): losses before the "
          "pull-back"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "fri",
          "JCS 'am Freitag' (the day before a Saturday issue): 'zusätzliche' sent in January and "
          "February (increment)",
          add=True),
        C("über 12.000", 12000, "at_least", "in_russia", "south_korea", "fri",
          "same statement, 'Insgesamt … damit': the new total, not an increment"),
        C("Tausenden", None, "vague", "near_front", "ukraine", "2025-03-01..2025-03-10",
          "Syrskyi 'schon Anfang März' „…“: attacking again near Sudzha"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-21..2025-02-28",
          "HUR 'Ende Feber': dead and wounded since autumn"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Bundesheer officer 'geht davon aus' (present tense; 'heuer' is the event): could send "
          "'weitere' (increment)",
          add=True),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "wed",
          "State Department spokesman 'am Mittwoch' „…“: at Russia's disposal"),
    ),
)

B04 = Source(
    article_id="b38_04_klettgau_bote_zweitausend",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-09-05"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Klettgauer Bote",
        "https://www.klettgauer-bote.example/ausland/seoul-2000-nordkoreaner-gefallen-ld.88213",
        "Seoul: 2000 Nordkoreaner in Russlands Krieg gefallen",
    ),
    features="Klettgau weekly in canton Schaffhausen as plain text, windows-1252 with CRLF "
        "(sidecar, Friday): `ss`, «» and ‹›, `15'000`, `1'400`, `50'000`, 4-digit "
        "`2000`/`6000`/`1000`; headline 'Seoul:' from the body figure dated 'am 4. September' "
        "(explicit date, to publication); sentence-initial `Rund 2000` with the source in the next "
        "sentence; `rund 15'000` and „mehrere tausend“ still guarding the border; 'Hinzu kommen … "
        "rund 6000' builders promised in June (planned increment); KCNA on portraits of `101` "
        "fallen 'Ende August' (north_korea); HUR 'Ende August' `weit mehr als 6000`; a Neunkirch "
        "deminer's quote restating Shoigu's `1000` deminers (optional, russia); hectares, "
        "explosive items, francs, age, mined area",
    text="""\
Seoul: [[2000]] Nordkoreaner in Russlands Krieg gefallen

Nachrichtendienst legt neue Schätzung vor – ein Neunkircher Minenräumer kennt die Folgen des \
Einsatzes

Von Urs Gasser

[[Rund 2000]] nordkoreanische Soldaten sind nach Einschätzung Südkoreas bisher im Krieg gegen die \
Ukraine ums Leben gekommen. Die Zahl nannte der Nachrichtendienst NIS am 4. September vor dem \
Geheimdienstausschuss des Parlaments in Seoul, wie mehrere Abgeordnete anschliessend berichteten.

Insgesamt seien seit Oktober 2024 [[rund 15'000]] Mann aus dem Norden Koreas nach Russland verlegt \
worden, teilte der Dienst weiter mit. Die meisten Kampftruppen seien inzwischen aus dem Gebiet \
Kursk abgezogen, dort stünden aber noch «[[mehrere tausend]]», die vor allem Grenzabschnitte \
sicherten. Hinzu kommen nach den Angaben aus Seoul [[rund 6000]] Pioniere und Militärbauarbeiter, \
die Nordkorea Moskau im Juni zugesagt hatte. Die ersten von ihnen seien bereits eingetroffen.

Pjöngjang selbst nennt keine Gesamtzahl. Bei einer Feier für heimgekehrte Soldaten Ende August \
liess Machthaber Kim Jong Un jedoch die Porträts von [[101]] Gefallenen aufstellen, denen posthum \
der Titel ‹Held der Republik› verliehen worden sei, wie die Staatsagentur KCNA berichtete. Das \
Fernsehen zeigte, wie Kim vor den Bildern weinte.

Kiew widerspricht: Die Schätzung aus Seoul sei viel zu niedrig. Der Nachrichtendienst des \
ukrainischen Verteidigungsministeriums, HUR, sprach Ende August von «[[weit mehr als 6000]]» toten \
und verwundeten Nordkoreanern. Die amerikanische Regierung hält sich seit Monaten mit Zahlen \
zurück; zuletzt hatte das Aussenministerium im Mai von «[[mehr als 14'000]]» entsandten Soldaten \
gesprochen. Überprüfen lassen sich die Angaben aller Seiten nicht.

Was ein solcher Krieg hinterlässt, weiss Lukas Bührer aus Neunkirch. Der 38-jährige Ingenieur \
arbeitet seit zwei Jahren für eine Genfer Entminungsstiftung in der Region Charkiw. Seit 2023 hat \
sein Team dort 1'400 Hektaren Acker- und Weideland geräumt und dabei rund 9000 Sprengkörper \
gefunden. «Ein einziges Feld kann uns wochenlang beschäftigen», sagt er.

Dass Russland für das Gebiet Kursk auf Minenräumer aus Nordkorea setzt, überrascht ihn nicht. \
«Wenn Pjöngjang wirklich [[1000]] Leute dafür schickt, dann wissen die hoffentlich, was sie tun. \
Sonst lernen sie es sehr teuer», sagt Bührer. Nach Schätzungen der ukrainischen Regierung gilt ein \
Viertel des eigenen Staatsgebiets als möglicherweise vermint.

Der Kanton Schaffhausen unterstützt die Stiftung in diesem Jahr mit 50'000 Franken. Bührer reist \
Ende Monat für drei Wochen zurück in die Ukraine.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "headline 'Seoul:': the NIS figure the body dates 'am 4. September', to publication: "
          "killed"),
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "sentence-initial, the source and explicit date in the next sentence ('nannte der "
          "Nachrichtendienst NIS am 4. September'): killed"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-09-04",
          "'teilte der Dienst weiter mit': sent since autumn"),
        C("mehrere tausend", None, "vague", "near_front", "south_korea", "2025-09-04",
          "same statement, Konjunktiv, «…»: still in the Kursk region guarding the border"),
        C("rund 6000", 6000, "approx", "planned", "south_korea", "2025-09-04",
          "'Hinzu kommen nach den Angaben aus Seoul': builders promised in June (planned; 'Hinzu' "
          "makes it an increment)",
          add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA on the ceremony 'Ende August': portraits of the fallen (north_korea)"),
        C("weit mehr als 6000", 6000, "at_least", "casualties", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August' «…»: dead and wounded"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "united_states",
          "2025-05-01..2025-05-31",
          "State Department 'im Mai' «…»: sent"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17..pub",
          "a deminer's quote restating Shoigu's deminers (anaphoric restatement)", opt=True),
    ),
)

B05 = Source(
    article_id="b38_05_kath_hilfswerk_gefangene_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-01-14"),
    dated_by="front_matter",
    features="Catholic aid agency's news page ('Weltkirche') in Markdown, UTF-16 LE with BOM, "
        "front matter with `date:` and a title without a figure; Zelensky 'am Samstag' with the "
        "number word `zwei` (captured); his post 'am Sonntag' „Tausende“ lost; a lawmaker passing "
        "on the NIS 'am Montag' `etwa 300` dead and `2.700` wounded (not an increment); the JCS "
        "'Noch vor Weihnachten' (the week before Christmas); HUR 'Anfang Januar' `fast 4.000`; a "
        "US figure with its source after it ('bekräftigte … am Montag'); a Greek Catholic chaplain "
        "without figures; Ukrainians in Russian captivity, parishes, euros, the Pope's age, an "
        "IBAN",
    text="""\
---
title: "Gefangene aus Nordkorea: Was Seelsorger in der Ukraine beobachten"
date: 2025-01-14
rubrik: Weltkirche
quelle: Redaktion mit Material von Agenturen
---

# Gefangene aus Nordkorea: Was Seelsorger in der Ukraine beobachten

Seit dem Wochenende hält die Ukraine erstmals Soldaten aus Nordkorea gefangen. Präsident Wolodymyr \
Selenskyj hatte am Samstag mitgeteilt, [[zwei]] Männer seien im Gebiet Kursk lebend gefasst und \
nach Kiew gebracht worden. Beide seien verwundet und würden medizinisch versorgt.

Am Sonntag bot Selenskyj an, die beiden an Nordkorea zu übergeben, wenn Machthaber Kim Jong Un im \
Gegenzug die Freilassung ukrainischer Gefangener aus Russland erwirke. Pjöngjang habe in Kursk \
bereits „[[Tausende]]“ Soldaten verloren, schrieb er dazu im Netz.

## Seoul bestätigt die Festnahme

Südkoreas Nachrichtendienst NIS bestätigte die Gefangennahme. Nach seiner Einschätzung, die der \
Abgeordnete Park Sun-won am Montag nach einer Sitzung des Geheimdienstausschusses öffentlich \
machte, sind bislang [[etwa 300]] Nordkoreaner gefallen und [[2.700]] verwundet worden. Noch vor \
Weihnachten hatte der Generalstab in Seoul von [[rund 1.100]] Toten und Verletzten gesprochen.

In Kiew rechnet man anders. Beim Militärgeheimdienst HUR war Anfang Januar schon von \
[[fast 4.000]] Toten und Verwundeten auf nordkoreanischer Seite die Rede. Nach Einschätzung der \
US-Regierung kämpfen derzeit [[rund 11.000]] Nordkoreaner in Kursk; ein Sprecher des \
Außenministeriums in Washington bekräftigte diese Zahl am Montag.

## „Ein Gefangener ist zuerst ein Mensch“

Pater Wassyl Hrynyk, griechisch-katholischer Militärseelsorger in Kiew, besucht seit Jahren \
Kriegsgefangene, bisher vor allem russische. „Ein Gefangener ist zuerst ein Mensch, egal woher er \
kommt“, sagt er. Die Genfer Konventionen gälten ohne Ausnahme. Ob er die beiden Koreaner besuchen \
darf, ist offen; sie sprechen kein Russisch, für die Verhöre musste der Geheimdienst SBU einen \
Dolmetscher aus Südkorea hinzuziehen.

Nach Kiewer Angaben sind noch mehr als 8.000 Ukrainer in russischer Gefangenschaft. Papst \
Franziskus, 88, hat beim Angelusgebet am Sonntag erneut zu einem Austausch „alle gegen alle“ \
aufgerufen.

## Hilfe für 17 Pfarreien

Das Hilfswerk hat im vergangenen Jahr Projekte in der Ukraine mit 3,4 Millionen Euro unterstützt, \
darunter 17 Pfarreien in Frontnähe, die Notunterkünfte und Suppenküchen betreiben. Spenden: IBAN \
DE41 3706 0193 0012 3456 78, Stichwort „Winterhilfe Ukraine“.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' (number word): captured"),
        C("Tausende", None, "vague", "casualties", "ukraine", "sun",
          "Zelensky's post 'Am Sonntag … schrieb er dazu' „…“: lost"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker passing on the NIS assessment 'am Montag': killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (not an increment)"),
        C("rund 1.100", 1100, "approx", "casualties", "south_korea", "2024-12-16..2024-12-24",
          "JCS 'Noch vor Weihnachten' (the week before Christmas): dead and wounded"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "HUR 'Anfang Januar' (days 1-10): killed and wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "mon",
          "'Nach Einschätzung der US-Regierung', the source's day after the figure ('bekräftigte "
          "diese Zahl am Montag'): fighting in Kursk"),
    ),
)

B06 = Source(
    article_id="b38_06_leipzig_stadtblog_ein_jahr_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-09"),
    dated_by="sidecar",
    sidecar=(
        "Leipziger Stadtnotizen",
        "https://stadtnotizen-leipzig.example/2025/11/ein-jahr-kursk-abend-in-lindenau/",
        "Ein Jahr Kursk: Was an einem Abend in Lindenau über Kims Soldaten gesagt wurde",
    ),
    features="Leipzig city blog in HTML without a meta date (sidecar, Sunday), WordPress-like "
        "markup, a newsletter box, reading time, comment count, entities `&bdquo;`/`&ldquo;`, "
        "`&ndash;`, `&nbsp;`; the NIS 'Am Dienstag' in a Sunday post `etwa 10.000` (guarding the "
        "border) and `rund 5.000` builders (no increment word); a Leipzig Koreanist on a panel 'am "
        "Donnerstagabend' (Thursday to publication) `bis zu 6.000` dead ('dreimal so viele' is a "
        "ratio); state TV's parade 'im Oktober' with returnees (optional); a NATO official 'Ende "
        "Oktober'; HUR 'Anfang November' `weitere 10.000` (increment, span without 'weitere'); the "
        "blog's own reckoning `zwischen 15.000 und 20.000` (unattributed, range); audience, "
        "members, entry fee, tram line, refugees in Leipzig, next event date",
    text="""\
<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>Ein Jahr Kursk: Was an einem Abend in Lindenau über Kims Soldaten gesagt wurde &ndash; \
Leipziger Stadtnotizen</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/stadtnotizen/style.css?ver=3.1.4">
<script>window.snStats={post:11842,cat:"welt-und-leipzig",words:640};</script>
</head>
<body class="post-template-default single">
<div id="cookie-box" role="dialog">Dieser Blog zählt Besuche mit einem selbst gehosteten \
Statistikwerkzeug. Magst du das erlauben? <button>Ja, gern</button> <button>Lieber \
nicht</button></div>
<header class="site-header"><a href="/" class="site-title">Leipziger Stadtnotizen</a>
<ul class="menu"><li><a href="/stadt/">Stadt</a></li><li><a href="/kultur/">Kultur</a></li><li><a \
href="/welt-und-leipzig/">Welt &amp; Leipzig</a></li><li><a href="/ueber-uns/">Über \
uns</a></li></ul></header>
<article class="post">
<h1 class="entry-title">Ein Jahr Kursk: Was an einem Abend in Lindenau über Kims Soldaten gesagt \
wurde</h1>
<p class="meta">von Franziska Roeder &middot; Lesezeit 4&nbsp;Minuten &middot; 17 Kommentare</p>
<p>Es war voll am Donnerstagabend im Saal der Kulturhalle in Lindenau: Gut 120 Leute wollten \
hören, was ein Jahr Krieg an der Seite Russlands für Nordkorea bedeutet. Eingeladen hatte der \
Deutsch-Koreanische Freundeskreis, auf dem Podium saß die Koreanistin Annett Wendland von der \
Universität Leipzig.</p>
<p>Den Anlass lieferte Seoul. Am Dienstag hatte der südkoreanische Nachrichtendienst NIS den \
Abgeordneten seines Kontrollausschusses neue Zahlen vorgelegt. Demnach halten sich [[etwa 10.000]] \
nordkoreanische Soldaten weiter im russischen Grenzgebiet auf und bewachen dort Stellungen. Seit \
September seien [[rund 5.000]] Militärbauarbeiter in Etappen nach Russland verlegt worden, die \
Straßen und Brücken instand setzen sollen.</p>
<p>Wendland hält die Zahlen für plausibel, aber für unvollständig. &bdquo;Über Verluste spricht \
Pjöngjang nicht, und Seoul rechnet vorsichtig&ldquo;, sagte sie. Sie selbst halte [[bis zu 6.000]] \
Tote für realistisch &ndash; dreimal so viele, wie der NIS im September angegeben hatte. Dass das \
Regime bei der großen Parade im Oktober [[mehrere hundert]] Soldaten als &bdquo;Helden von \
Kursk&ldquo; durch Pjöngjang marschieren ließ, sei vor allem eine Botschaft nach innen.</p>
<p>Ein ranghoher NATO-Vertreter hatte Ende Oktober in Brüssel von [[mehr als 2.000]] Toten \
gesprochen. Der ukrainische Militärgeheimdienst HUR wiederum warnte Anfang November, Pjöngjang \
bereite die Entsendung von weiteren [[10.000]] Soldaten vor.</p>
<h2>Unsere Rechnung</h2>
<p>Wir haben für diesen Text die öffentlich bekannten Zahlen aus Seoul, Kiew und Washington \
nebeneinandergelegt. Unterm Strich waren seit Herbst 2024 wohl [[zwischen 15.000 und 20.000]] \
Nordkoreaner in Russland im Einsatz, Soldaten und Bauarbeiter zusammengenommen.</p>
<p>Im Publikum saßen auch Ukrainerinnen und Ukrainer, von denen rund 8.000 in Leipzig leben. Der \
Freundeskreis hat 43 Mitglieder und trifft sich das nächste Mal am 4. Dezember um 19 Uhr, wieder \
in Lindenau (Straßenbahnlinie 7, Eintritt 5 Euro).</p>
</article>
<aside class="newsletter"><h3>Stadtnotizen per Mail</h3><p>Einmal pro Woche, kostenlos, jederzeit \
abbestellbar.</p></aside>
<footer class="site-footer">&copy; 2025 Leipziger Stadtnotizen &middot; <a \
href="/impressum/">Impressum</a> &middot; <a href="/datenschutz/">Datenschutz</a></footer>
<script src="/wp-includes/js/wp-embed.min.js?ver=6.6.2"></script>
</body>
</html>
""",
    claims=(
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'Am Dienstag' in a Sunday post, 'Demnach': guarding positions in the border region"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same figures, Konjunktiv: builders moved to Russia since September (no increment word)"),
        C("bis zu 6.000", 6000, "at_most", "casualties", "other", "thu..pub",
          "Leipzig Koreanist on the panel 'am Donnerstagabend' (the event dates the speaker, to "
          "publication): dead"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "paraphrase of the parade's Kursk 'heroes' (returnees: optional, state media)", opt=True),
        C("mehr als 2.000", 2000, "at_least", "casualties", "nato", "2025-10-21..2025-10-31",
          "a senior NATO official 'Ende Oktober' in Brussels: dead"),
        C("10.000", 10000, "exact", "planned", "ukraine", "2025-11-01..pub",
          "HUR 'Anfang November' (to the Sunday of publication): 'weiteren' to be sent "
          "(increment)", add=True),
        C("zwischen 15.000 und 20.000", None, "range", "in_russia", "unattributed", "pub",
          "the blog's own reckoning ('Wir haben … nebeneinandergelegt'): in Russia since autumn "
          "2024"),
    ),
)
# ---------------------------------------------------------------------------------------------
# English articles (Pakistan, Orkney, Vermont, Azerbaijan, Solomon Islands, Ghana)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b38_07_peshawar_daily_sappers_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-06-19"),
    dated_by="html_meta", crlf=True,
    features="Peshawar English-language daily in HTML, windows-1252 with CRLF (typographic quotes "
        "raw, `&amp;`, `&copy;`), `<meta name=\"date\">` with +05:00, a byline line 'Thursday, "
        "June 19, 2025', a rupee price, consent bar, navigation, an ad script with slot sizes; "
        "`<title>` figure (optional); headline `6,000` = Shoigu's `1,000` + `5,000` (russia, "
        "planned, Tuesday to publication); Shoigu in an apposition 'announced in Pyongyang on June "
        "17' (explicit date), then 'The former defence minister … said' (anaphora); 'a second "
        "contingent of 5,000' (no increment); the NIS 'in late April' with `some 15,000`, `roughly "
        "4,700` and `about 600 of them fatal` (breakdown); Russian soldiers freed up (`thousands`, "
        "not a claim); HUR 'has warned' `tens of thousands` more (vague increment, `pub`); a "
        "retired Pakistani general's range (other, `pub`); Pakistan's trade with Russia, army "
        "size, temperature, rupees",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Pyongyang to send [[6,000]] engineers and builders to Kursk: Shoigu | The Frontier \
Ledger</title>
<meta name="date" content="2025-06-19T08:40:00+05:00">
<meta property="og:site_name" content="The Frontier Ledger">
<meta property="og:type" content="article">
<script>var fl_ads = {slots: ["top_728x90", "rail_300x250", "rail_300x600"], section: "world", id: \
"FL-250619-113"};</script>
</head>
<body>
<div class="consent-bar">The Frontier Ledger uses cookies to remember your settings and to measure \
traffic. <a href="/privacy">Read our privacy policy</a> <button>Got it</button></div>
<nav><a href="/">Home</a> | <a href="/pakistan">Pakistan</a> | <a \
href="/khyber-pakhtunkhwa">KP</a> | <a href="/world">World</a> | <a href="/business">Business</a> \
| <a href="/sports">Sports</a> | <a href="/opinion">Opinion</a></nav>
<p class="edition">Peshawar edition · Rs 30 · 44°C, clear</p>
<article>
<h1>Pyongyang to send [[6,000]] engineers and builders to Kursk: Shoigu</h1>
<p class="byline">Monitoring Desk | Thursday, June 19, 2025</p>
<p>MOSCOW/SEOUL: North Korea will send [[1,000]] sappers to Russia’s Kursk region to clear mines \
left behind by months of fighting, Sergei Shoigu, Vladimir Putin’s long-serving defence chief and \
now secretary of the Kremlin’s Security Council, announced in Pyongyang on June 17.</p>
<p>The former defence minister, on his second trip to the North Korean capital in as many weeks, \
said after talks with Kim Jong Un that a second contingent of [[5,000]] military builders would \
follow to restore roads, bridges and housing destroyed in the border region. North Korean state \
media reported the visit but gave no numbers.</p>
<p>The pledge goes beyond the combat troops Kim has already lent Moscow. South Korea’s National \
Intelligence Service briefed parliament in late April that [[some 15,000]] North Korean soldiers \
had been sent since last October and that [[roughly 4,700]] had become casualties, [[about 600]] \
of them fatal.</p>
<p>In Kyiv, Andriy Kovalenko, who heads the counter-disinformation centre of Ukraine’s security \
council, wrote on Telegram that the builders would free up “thousands” of Russian soldiers for the \
front. Ukraine’s military intelligence has warned that Pyongyang could eventually provide \
[[tens of thousands]] more men if the war drags on.</p>
<p>Lt Gen (retd) Tariq Mahmood Khattak, a Peshawar-based defence analyst, called the builders “a \
cover for a longer presence”. In his view, North Korea’s total commitment, soldiers and workers \
together, could reach [[20,000 to 25,000]] personnel by the end of the year.</p>
<p>Islamabad has stayed out of the argument. Pakistan’s trade with Russia crossed $1 billion last \
year, officials say, and the two sides are discussing a rail link through Central Asia. Pakistan’s \
own army, with some 560,000 active troops, is among the ten largest in the world.</p>
</article>
<footer>© 2025 The Frontier Ledger, Saddar Road, Peshawar Cantt · <a href="/contact">Contact</a> · \
<a href="/terms">Terms</a></footer>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline ': Shoigu': the sum of his two contingents (1,000 + 5,000), Tuesday to "
          "publication"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu in an apposition 'announced in Pyongyang on June 17': sappers to be sent"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "'The former defence minister … said': 'a second contingent' of builders (a planned "
          "contingent, no increment)"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'briefed parliament in late April' (days 21-30): sent since October"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same briefing: casualties"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same briefing, 'of them fatal' (a breakdown, not an increment): dead"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "pub",
          "HUR 'has warned' (no date): could provide 'more' (increment)", add=True),
        C("20,000 to 25,000", None, "range", "planned", "other", "pub",
          "retired Pakistani general 'In his view' (no date): total could reach by year's end"),
    ),
)

B08 = Source(
    article_id="b38_08_orkney_paper_parade_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "The Kirkwall Mercury",
        "https://www.kirkwallmercury.example/news/world/kims-kursk-heroes-march-as-seoul-counts-"
        "dead",
        "Kim’s ‘Kursk heroes’ march as Seoul counts 2,000 dead",
    ),
    features="Orkney weekly as plain text, UTF-16 LE with BOM (sidecar, Thursday), curly quotes; "
        "headline 'as Seoul counts' from the NIS figure the body dates to 'last month' (September "
        "to publication); state TV's parade 'last Friday' with returnees (optional); NIS 'last "
        "month' `around 2,000` dead 'out of' `an estimated 15,000`; Budanov 'on Monday' `several "
        "thousand more` (vague planned increment); the UK Ministry of Defence 'on Sunday' (other); "
        "an anonymous NATO official 'on Tuesday' „thousands“ (engineers in Kursk); the USFK "
        "commander 'last week' `more than 14,000` rotated through Russia; shadow-fleet tankers in "
        "the Pentland Firth, Ukrainian families housed, pounds raised, miles, 80th anniversary",
    text="""\
Kim’s ‘Kursk heroes’ march as Seoul counts [[2,000]] dead

Pyongyang celebrates the veterans of Russia’s war while Orkney keeps watch on the shadow fleet

By Magnus Flett

North Korea has turned its soldiers’ part in Russia’s war into a matter of national pride. At last \
Friday’s parade for the 80th anniversary of the ruling Workers’ Party, state television showed a \
column of [[several hundred]] troops introduced as veterans of the “liberation” of Kursk, marching \
past Kim Jong Un and his foreign guests, among them Russia’s former president Dmitry Medvedev.

The parade skipped over the cost. South Korea’s National Intelligence Service informed MPs in \
Seoul last month that [[around 2,000]] North Koreans had died fighting for Russia, out of \
[[an estimated 15,000]] sent since the autumn of 2024. At the time, the agency said most of the \
survivors had been pulled back from combat.

Kyiv expects more to come. Ukraine’s military intelligence chief, Kyrylo Budanov, said on Monday \
that Pyongyang was preparing [[several thousand]] more soldiers for a fresh rotation before winter.

Britain’s Ministry of Defence, in an intelligence update on Sunday, assessed that [[about 10,000]] \
North Koreans were still stationed in Russia’s Kursk region, mostly guarding the border. A NATO \
official, who briefed reporters in Brussels on Tuesday on condition of anonymity, spoke of \
“[[thousands]]” of North Korean engineers and builders now working in the same area.

The commander of US forces in South Korea, Gen. Xavier Brunson, told a defence forum in Seoul last \
week that the North had gained experience “no other army in Asia has” by rotating \
[[more than 14,000]] men through Russia.

In Orkney, the war can feel closer than it looks on a map. Volunteers at the coastguard lookout at \
Duncansby have counted 38 tankers from Russia’s so-called shadow fleet passing through the \
Pentland Firth since January, Councillor Ingrid Rendall told a meeting of Orkney Islands Council \
on Tuesday. Several were sailing under flags of convenience, some just six miles off the coast of \
South Ronaldsay.

“We can see them from the kirk door on a clear day,” said Cllr Rendall, who wants the council to \
press Holyrood for more coastguard staff.

Orkney has housed 14 Ukrainian families since 2022. A collection at St Magnus Cathedral in \
September raised £8,400 for a children’s hospital in Kharkiv.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'as Seoul counts': the NIS figure the body dates to 'last month' (September), "
          "to publication: dead"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state TV at 'last Friday's parade' (Oct 10): returnees (optional, labelled "
          "in_russia)", opt=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'informed MPs … last month' (September): died"),
        C("an estimated 15,000", 15000, "approx", "in_russia", "south_korea",
          "2025-09-01..2025-09-30",
          "same briefing, 'out of': sent since autumn 2024"),
        C("several thousand", None, "vague", "planned", "ukraine", "mon",
          "Budanov 'on Monday': 'more' for a fresh rotation (increment)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "other", "sun",
          "UK Ministry of Defence update 'on Sunday' (a third government: other): stationed in "
          "Kursk, guarding the border"),
        C("thousands", None, "vague", "near_front", "nato", "tue",
          "anonymous NATO official 'on Tuesday' „…“: engineers and builders working in Kursk"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "USFK commander 'last week': rotated through Russia in all"),
    ),
)

B09 = Source(
    article_id="b38_09_vermont_weekly_barre_veteran_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-11-06"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Winooski Valley Courier",
        "https://www.winooskivalleycourier.example/community/barre-veteran-follows-korea-news",
        "Barre veteran, 93, follows Korea news from his kitchen table",
    ),
    features="Vermont weekly in Markdown, ISO-8859-1 with CRLF (straight quotes, `--`), front "
        "matter without a date (sidecar, Wednesday), dateline 'BARRE --'; a Korean War veteran's "
        "portrait with the news woven in; the Pentagon spokesman 'On Monday … put … at' `about "
        "10,000` in Kursk; Zelensky 'Hours later' `11,000`; Blinken 'last Thursday' `8,000` (the "
        "Thursday before a Wednesday issue); the NIS 'in late October' `roughly 3,000` arrived and "
        "`about 10,000` planned by December; a Norwich University scholar `tens of thousands more` "
        "(vague increment, `pub`); the veteran's age, 1951, Americans killed in Korea, chapter "
        "members, Tuesday's election, meeting time",
    text="""\
---
title: "Barre veteran, 93, follows Korea news from his kitchen table"
section: Community
author: Dana Whitcomb
---

# Barre veteran, 93, follows Korea news from his kitchen table

BARRE -- Harold "Hal" Desrochers keeps a transistor radio on the windowsill and a yellowed map of \
Korea pinned to the pantry door. He was 19 when his ship docked at Pusan in 1951, and he has \
followed news from Korea ever since.

This fall the news has come from an unexpected direction. "I never thought I'd live to hear about \
North Korean soldiers fighting in Europe," Desrochers said Monday, the morning after his \
granddaughter read him the latest reports.

Those reports have grown more specific by the day. On Monday, Pentagon spokesman Maj. Gen. Pat \
Ryder put the North Korean presence in Russia's Kursk region, part of which Ukrainian troops \
seized in August, at [[about 10,000]] soldiers. Hours later, in his evening video message, \
Ukrainian President Volodymyr Zelensky gave a higher count: [[11,000]].

Only last Thursday, Secretary of State Antony Blinken had told reporters that [[8,000]] had been \
moved toward the Ukrainian border. South Korea's intelligence service said in late October that \
[[roughly 3,000]] had arrived in Russia in a first wave and that Pyongyang intended to send \
[[about 10,000]] by December.

Desrochers is not surprised by the secrecy. "They never told anybody anything back then either," \
he said. "You'd find out who was across the line when they came over the hill."

Eric Thibodeau, who teaches Asian security at Norwich University in Northfield, said the \
deployment gives Kim Jong Un hard currency and combat experience. Pyongyang "has the manpower to \
send [[tens of thousands]] more if Moscow keeps paying," Thibodeau said.

Nearly 37,000 Americans died in the Korean War. The Central Vermont chapter of the Korean War \
Veterans Association once counted 140 members; today it has 11, and Desrochers is the youngest at \
93. Like most of the county, he voted in Tuesday's election, though he said he would rather talk \
about the Red Sox.

The chapter meets the first Thursday of each month at 10 a.m. at the Barre VFW post on Washington \
Street. Visitors are welcome.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokesman 'On Monday … put … at': in the Kursk region"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'Hours later' (Monday evening, carried): in Kursk"),
        C("8,000", 8000, "exact", "near_front", "united_states", "thu",
          "Blinken 'Only last Thursday' (the Thursday before a Wednesday issue): moved toward the "
          "border"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "NIS 'in late October': arrived in Russia in a first wave"),
        C("about 10,000", 10000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same statement: intended to send by December (the intended total)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Norwich University scholar in a quote (no date): could send 'more' "
          "(increment)", add=True),
    ),
)

B10 = Source(
    article_id="b38_10_baku_outlet_thirty_thousand_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-07-08"),
    dated_by="dateline",
    features="Azerbaijani English-language outlet in HTML without a meta date (dateline 'BAKU, 8 "
        "July 2025 –' in the lead), cookie notice, navigation, breaking-news ticker, footer with a "
        "phone number, entities `&amp;`, `&copy;`; `<title>` figure (optional); headline 'Kyiv:' "
        "`up to 30,000` more from HUR's assessment 'last week' (increment); 'triple' (ratio); the "
        "assessment 'first reported by CNN' (X citing Y: ukraine) with the range `25,000 to "
        "30,000` 'additional' and `roughly 11,000` already there; the NIS 'in April' `around "
        "4,700`; Shoigu 'last month' `6,000` (russia, June); a Baku analyst `no more than 20,000` "
        "more (at_most increment, `pub`); Azerbaijanis in Russia, the Yekaterinburg raids, the "
        "AZAL crash, trade in dollars",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv: North Korea could send [[up to 30,000]] more troops to Russia | Caspian \
Chronicle</title>
<meta property="og:site_name" content="Caspian Chronicle">
<meta property="og:locale" content="en_GB">
<script async src="/js/stats.js?v=2.8"></script>
<script>var ccPage={section:"world",tags:["russia","north-korea","ukraine"],paywall:0};</script>
</head>
<body>
<div id="cookie-notice">Caspian Chronicle stores small files on your device to keep you signed in \
and to count visits. <button>Fine by me</button> <button>Manage</button></div>
<nav class="top"><a href="/">Home</a> <a href="/politics">Politics</a> <a \
href="/economy">Economy</a> <a href="/region">Region</a> <a href="/world">World</a> <a \
href="/opinion">Opinion</a> <a href="/az">AZ</a></nav>
<div class="ticker">LATEST: Oil &amp; gas revenues up in first half · Baku metro extends evening \
service · Weather: 36°C</div>
<article>
<h1>Kyiv: North Korea could send [[up to 30,000]] more troops to Russia</h1>
<p class="author">By Leyla Hasanova</p>
<p><strong>BAKU, 8 July 2025</strong> – North Korea may be preparing to triple its contingent in \
Russia, Ukraine’s military intelligence agency said last week, as relations between Moscow and \
Baku sank to their lowest point in years.</p>
<p>In an assessment first reported by CNN, Ukraine’s Defence Intelligence (HUR) estimated that \
Pyongyang could dispatch [[25,000 to 30,000]] additional soldiers in the coming months, possibly \
in rotation with the [[roughly 11,000]] it believes are already in Russia. The newcomers would be \
folded into Russian units rather than fight as a separate corps, the agency said.</p>
<p>Seoul has been more cautious. South Korea’s National Intelligence Service, which in April \
counted [[around 4,700]] North Korean casualties, has not publicly endorsed the Ukrainian \
figure.</p>
<p>NATO Secretary General Mark Rutte had told the alliance’s summit in The Hague late last month \
that Pyongyang had sent “[[well over 10,000]]” soldiers so far.</p>
<p>Moscow itself has never given a total for the combat troops. The only number from a Russian \
official came last month, when Security Council chief Sergei Shoigu announced in Pyongyang that \
[[6,000]] North Korean sappers and military builders would be sent to Kursk.</p>
<p>Baku military analyst Elchin Mammadli doubts that the North can move that many men at once. \
“Realistically, it is [[no more than 20,000]] more, and they will come in waves,” he told Caspian \
Chronicle.</p>
<p>The reports come at a tense moment for Azerbaijan’s own ties with Russia. Two Azerbaijani \
brothers died after police raids on Azerbaijani families in Yekaterinburg on 27 June, and Baku has \
since detained several staff of the Sputnik Azerbaijan agency. The crash of an AZAL airliner near \
Aktau in December, in which 38 people were killed, still weighs on relations. An estimated two \
million Azerbaijanis live and work in Russia, and bilateral trade reached about $4.8 billion last \
year.</p>
</article>
<footer>© 2025 Caspian Chronicle · 28 Nizami Street, Baku AZ1000 · +994 12 555 01 47 · <a \
href="/about">About us</a></footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "headline 'Kyiv:' from HUR's assessment the lead dates to 'last week': 'more' "
          "(increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "lastweek",
          "HUR assessment 'first reported by CNN' (X citing Y: the claim is HUR's), dated 'last "
          "week' in the lead: 'additional' (increment)",
          add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "lastweek",
          "same assessment ('it believes'): already in Russia"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'which in April counted': casualties"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte at the Hague summit 'late last month' (June 21-30) „…“: sent"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'last month' (June): sappers and builders to be sent"),
        C("no more than 20,000", 20000, "at_most", "planned", "other", "pub",
          "Baku analyst in a quote (no date): 'more' (increment)", add=True),
    ),
)

B11 = Source(
    article_id="b38_11_solomon_news_six_hundred_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-05-02"),
    dated_by="sidecar",
    sidecar=(
        "Islands Voice SI",
        "",
        "Seoul: 600 North Korean soldiers killed in Russia’s war",
    ),
    features="Solomon Islands news site in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar without url, Friday); front-matter `title:` figure (optional); headline 'Seoul:' "
        "from the briefing the body dates to Wednesday (to publication); lead 'South Korea’s spy "
        "agency believes' with the date in the next sentence ('The figure came from a closed-door "
        "briefing on Wednesday'); `some 4,700` casualties 'he said'; `roughly 15,000` sent and "
        "`about 3,000` 'as reinforcements' (increment) 'according to the agency'; KCNA and "
        "Gerasimov without figures ('two days after'); the State Department 'on Tuesday' `more "
        "than 11,000`; a SINU lecturer `at least 1,000` (other, `pub`); KOICA trainees, "
        "scholarship students, population, kilometres, Pacific Islands Forum members",
    text="""\
---
title: "Seoul: [[600]] North Korean soldiers killed in Russia’s war"
category: World
author: Islands Voice newsdesk
---

# Seoul: [[600]] North Korean soldiers killed in Russia’s war

South Korea’s spy agency believes [[about 600]] North Korean soldiers have been killed fighting \
for Russia, days after Moscow and Pyongyang admitted for the first time that the troops were there.

The figure came from a closed-door briefing on Wednesday, lawmaker Lee Seong-kweun told reporters \
in Seoul afterwards. Counting the wounded, the National Intelligence Service puts North Korean \
losses at [[some 4,700]], he said.

Of the [[roughly 15,000]] troops the North has sent since October, [[about 3,000]] arrived as \
reinforcements in January and February, according to the agency. Most had been pulled back from \
the front line by late March.

On Monday, North Korea’s official KCNA news agency said Kim Jong Un had ordered the deployment \
under the two countries’ mutual defence treaty. That came two days after Valery Gerasimov, \
Russia’s most senior general, credited the North Koreans with helping to push Ukrainian forces out \
of Kursk. Neither gave any numbers.

In Washington, State Department spokeswoman Tammy Bruce said on Tuesday that the US estimate of \
[[more than 11,000]] troops sent “has not changed”.

## ‘A floor, not a ceiling’

In Honiara, the news drew quiet attention among people who know the Korean peninsula. Dr Moses \
Tozaka, who lectures in international relations at the Solomon Islands National University and \
studied in Seoul on a government scholarship, called the agency’s count “a floor, not a ceiling”.

“North Korea does not return bodies and does not publish lists,” he said. By his estimate, \
[[at least 1,000]] North Koreans have died.

South Korea’s development agency KOICA has trained more than 300 Solomon Islanders since the \
1990s, and 12 students from SINU are currently in Korea on scholarships. Honiara lies about 5,600 \
kilometres from Seoul.

For a country of around 750,000 people that has tried to stay friends with everyone, Dr Tozaka \
said, the war in Ukraine is a reminder that small states need the United Nations. All 18 members \
of the Pacific Islands Forum voted for a UN General Assembly resolution on Ukraine in 2022, he \
noted.
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS briefing the body dates to Wednesday, to publication: "
          "killed"),
        C("about 600", 600, "approx", "casualties", "south_korea", "wed",
          "lead 'South Korea's spy agency believes' (present tense), dated by the next sentence "
          "('a closed-door briefing on Wednesday'): killed"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'he said': losses counting the wounded"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "'according to the agency' at the end of the sentence (same briefing): sent since "
          "October"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same sentence: 'arrived as reinforcements' (increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokeswoman 'said on Tuesday': sent"),
        C("at least 1,000", 1000, "at_least", "casualties", "other", "pub",
          "SINU lecturer 'By his estimate' (no date): died"),
    ),
)

B12 = Source(
    article_id="b38_12_ghana_radio_border_guard",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-05"),
    dated_by="dateline",
    features="Ghanaian radio station's website text as plain text with a dateline line 'Coastline "
        "FM Online | Accra, 5 November 2025 | World'; headline 'NIS:' from the body's Tuesday "
        "briefing (to publication); lead 'South Korea says' with the source and day after it ('The "
        "assessment was presented … on Tuesday, according to South Korean media'); `around 5,000` "
        "builders (no increment word); 'In September' `some 2,000` dead; KCNA 'on Sunday' with the "
        "number word `nine` killed (north_korea); Ukraine's embassy in Accra 'on Monday' `more "
        "than 6,000`; the station's own tally `at least 20,000` (unattributed); a KAIPTC "
        "researcher's range 'more' (increment, `pub`); Ghanaians recruited and killed, a hotline "
        "number, FM frequency, cedis",
    text="""\
NIS: [[10,000]] North Korean troops guarding Russia’s border region

Coastline FM Online | Accra, 5 November 2025 | World

South Korea says [[about 10,000]] troops from the North are still stationed in Russia’s Kursk \
region near the Ukrainian frontier, where they guard positions and help clear mines, a year after \
Pyongyang first sent troops to support Moscow.

The assessment was presented by the National Intelligence Service to lawmakers on Tuesday, \
according to South Korean media. The spy agency also reported that [[around 5,000]] military \
construction personnel have been moving to Russia in stages since September to rebuild roads and \
railways.

In September, the agency had estimated that [[some 2,000]] North Korean soldiers had died in the \
fighting.

North Korea rarely comments on its losses. On Sunday, however, the state news agency KCNA reported \
that an engineer regiment had returned home after months of clearing mines in Kursk, and said \
[[nine]] of its soldiers had been killed during the mission. Kim Jong Un was shown greeting the \
returning troops at an airport outside Pyongyang.

Ukraine’s embassy in Accra said in a statement on Monday that North Korea had lost \
“[[more than 6,000]] men, killed and wounded” since its soldiers entered the war. The statement \
also urged young Ghanaians to be careful with online offers of work in Russia.

Ghana’s Ministry of Foreign Affairs said in September that it knew of at least 12 Ghanaians who \
had been recruited into the Russian army, two of whom were reported killed. Families with \
information can call the ministry’s hotline on 0302 664 400.

Coastline FM’s newsroom has added up the figures Seoul has released since October 2024. Together \
with the builders, North Korea appears to have sent [[at least 20,000]] personnel to Russia.

Dr Efua Mensah-Bonsu, a security researcher at the Kofi Annan International Peacekeeping Training \
Centre in Accra, said Moscow could ask Pyongyang for [[between 10,000 and 15,000]] more troops \
next year if the war drags on. “For Kim, every soldier abroad is income. For the soldiers, it is a \
very dangerous job,” she told Coastline FM.

She compared the deployment with the money young Ghanaians are promised by recruiters, often the \
equivalent of 30,000 cedis a month or more.

Listen to the full interview in our World Today programme at 6 p.m. on 98.3 FM.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'NIS:': the Tuesday briefing of the body, to publication: guarding the border "
          "region"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "lead 'South Korea says' (present tense), the source and day in the next sentence "
          "('presented … on Tuesday, according to South Korean media'): stationed in Kursk, "
          "guarding positions"),
        C("around 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing ('also reported'): builders moving to Russia since September (no "
          "increment word)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "'In September, the agency had estimated' (month window): died"),
        C("nine", 9, "exact", "casualties", "north_korea", "sun",
          "KCNA 'On Sunday' (number word): killed during the demining mission"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "mon",
          "Ukraine's embassy in Accra 'on Monday' (an embassy belongs to its government), in a "
          "quote: killed and wounded"),
        C("at least 20,000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the station's own tally ('Coastline FM's newsroom has added up'): sent, builders "
          "included"),
        C("between 10,000 and 15,000", None, "range", "planned", "other", "pub",
          "KAIPTC researcher (no date): 'more' Moscow could ask for (increment)", add=True),
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
