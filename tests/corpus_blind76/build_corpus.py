"""Build the SEVENTY-SIXTH BLIND hand-labelled corpus (`python build_corpus.py`).

The seventy-eighth corpus, for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Haßfurt daily
with a volunteer fire brigade packing for its Ukrainian partner town, a Guben radio station's
web text with a doctor from Sumy, a Klostertal weekly with a lift mechanic from Sumy (Austrian
conventions), a Wynental paper with a former Red Cross delegate (Swiss conventions), a
beekeepers' cooperative's member bulletin with its partner cooperative in Poltava and a
Flensburg student paper's report on a lecture about the October parade; an Esperance daily at
harvest time, a Foula page's world notes, a Kansas grain paper on Shoigu's engineers and wheat
prices, a Mostar English-language outlet on Kyiv's warning of 30,000 more, a Cocos (Keeling)
Islands notice board and a Douala English-language newsletter a year on. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the
README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind76_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b76_01_hassfurt_feuerwehr_trostjanez_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Haßfurt daily's web page in HTML (`article:published_time` with +01:00, a byline "
        "date '05.11.2024', a data-layer script, a cookie notice about biscuits, local "
        "navigation); `<title>` figure (optional); headline from Selenskyj's Monday-evening "
        "video address (Monday to publication); the Pentagon 'am Montag' `mehr als 10.000` in "
        "Russia; Blinken 'vergangene Woche' `etwa 8.000 von ihnen` (a breakdown, at the border); "
        "HUR 'am 23. Oktober'; the NIS 'Ende Oktober' `bis zu 12.000` (planned total, not an "
        "increment); a retired lieutenant colonel from Zeil am Main 'rechne damit' `Tausende "
        "weitere` (vague increment, `pub`); North Korea's army, fire-brigade members, fire "
        "engines, kilometres, euros, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew meldet [[11.000]] Nordkoreaner an der Front | Haßberg-Bote</title>
<meta property="article:published_time" content="2024-11-05T06:40:00+01:00">
<meta property="og:site_name" content="Haßberg-Bote">
<script src="/static/hb-bundle.3f2a.js" defer></script>
<script>dataLayer=[{ressort:"region-welt",artikelId:88213,plus:false}];</script>
</head>
<body>
<div class="keks-hinweis">Auch unsere Seite knabbert Kekse: Wir speichern Cookies für Statistik \
und Werbung, gemeinsam mit 61 Partnern. <button>Klingt vernünftig</button> <button>Lieber ohne \
Krümel</button></div>
<nav><a href="/">Start</a> · <a href="/hassfurt">Haßfurt</a> · <a href="/ebern">Ebern</a> · \
<a href="/hofheim">Hofheim</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a \
href="/trauer">Trauer</a></nav>
<article>
<h1>[[11.000]] Nordkoreaner im Gebiet Kursk – und in Haßfurt packt die Feuerwehr für \
Trostjanez</h1>
<p class="vorspann">Während Kiew und Washington immer neue Zahlen über die Soldaten aus \
Pjöngjang nennen, sammeln Haßfurter Feuerwehrleute Ausrüstung für ihre ukrainische \
Partnerwehr. Ihr Kommandant erzählt, wie nah ihm der Krieg inzwischen gerückt ist.</p>
<p class="autor">Von Kathrin Hümmer · 05.11.2024</p>
<p>Die Zahl kam am Montagabend aus Kiew. In seiner täglichen Videobotschaft sagte der \
ukrainische Präsident Wolodymyr Selenskyj, inzwischen stünden [[rund 11.000]] nordkoreanische \
Soldaten im russischen Grenzgebiet Kursk. Erste Einheiten seien bereits unter Beschuss \
ukrainischer Drohnen geraten, behauptete er, ohne Belege zu zeigen.</p>
<p>Washington äußert sich vorsichtiger. Das Pentagon bestätigte am Montag lediglich, dass sich \
[[mehr als 10.000]] Soldaten aus Nordkorea in Russland aufhalten. Schon vergangene Woche hatte \
US-Außenminister Antony Blinken gesagt, [[etwa 8.000]] von ihnen seien an die Grenze zur \
Ukraine verlegt worden. Der ukrainische Militärgeheimdienst HUR hatte am 23. Oktober erst \
[[rund 3.000]] Nordkoreaner in der Region gezählt.</p>
<p>Und es könnten mehr werden. Südkoreas Nachrichtendienst NIS sprach Ende Oktober vor \
Parlamentariern in Seoul von Plänen, die Truppe bis Dezember auf [[bis zu 12.000]] Mann \
aufzustocken.</p>
<h2>„Die Kollegen hören die Artillerie jede Nacht“</h2>
<p>Für Markus Derleth liegt Kursk nicht weit weg. Der 52-Jährige ist Kommandant der \
Freiwilligen Feuerwehr Haßfurt, die seit 2023 eine Partnerschaft mit der Wehr im \
ostukrainischen Trostjanez pflegt. Die Kleinstadt liegt keine 40 Kilometer von der russischen \
Grenze entfernt. „Die Kollegen dort hören die Artillerie jede Nacht, und jetzt lesen sie auch \
noch von Nordkoreanern auf der anderen Seite“, sagt Derleth.</p>
<p>46 Aktive haben in den vergangenen Wochen Atemschutzgeräte, Schläuche und zwei ausgemusterte \
Löschfahrzeuge zusammengetragen. Der Konvoi über rund 1.900 Kilometer soll Mitte November \
starten; für Diesel und Maut fehlen noch etwa 6.500 Euro.</p>
<p>Oberstleutnant a. D. Georg Schramm aus Zeil am Main, der bis 2019 im Führungsstab in Bonn \
gearbeitet hat, verfolgt die Berichte aus Seoul genau. „Ich rechne damit, dass Kim noch \
[[Tausende]] weitere schickt, solange Moskau dafür zahlt“, sagt er. Nordkoreas Heer zähle mehr \
als eine Million Mann, ein paar Brigaden fielen da kaum ins Gewicht.</p>
<p class="info">Spenden: Sparkasse Ostunterfranken, Stichwort „Trostjanez“. Fragen an die \
Feuerwehr unter 09521 555 412.</p>
</article>
<footer>© Haßberg-Bote 2024 · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · Digital-Abo ab 24,90 € im Monat</footer>
<script>hb.track("artikel",{woerter:498});</script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating Selenskyj's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline: Selenskyj's Monday-evening figure of the body (Monday to publication)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "Selenskyj 'am Montagabend', Konjunktiv: in the Kursk border region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "Pentagon 'am Montag': in Russia"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "lastweek",
          "Blinken 'vergangene Woche': 'von ihnen' moved to the border (a breakdown)"),
        C("rund 3.000", 3000, "approx", "near_front", "ukraine", "2024-10-23",
          "HUR 'am 23. Oktober' (an older figure recalled): in the region"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea", "2024-10-21..2024-10-31",
          "NIS 'Ende Oktober' (days 21-31): plans to bring the force up to (a planned total, "
          "not an increment)"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "retired lieutenant colonel 'Ich rechne damit … sagt er' (no date): 'weitere' "
          "(increment)", add=True),
    ),
)

B02 = Source(
    article_id="b76_02_neissewelle_guben_gefangene_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-01-13"),
    dated_by="sidecar",
    sidecar=(
        "Radio Neißewelle",
        "https://www.neissewelle.example/regional/guben/nordkorea-gefangene-aerztin-2291.html",
        "Gefangene Nordkoreaner: Was eine Gubener Ärztin dazu sagt",
    ),
    features="Guben radio station's web text in HTML, ISO-8859-1 (quotes, dashes and `&euro;` "
        "only as entities), no meta date (sidecar, Monday), a stream-player script, a cookie "
        "notice in local tone; teaser `zwei` (number word) from Selenskyj's Saturday "
        "announcement (Saturday to publication); Selenskyj 'Anfang Januar' `knapp 4.000`; HUR "
        "'laut' without a date; the NIS 'am 19. Dezember' (two figures: dead, wounded); the "
        "Pentagon 'kurz vor Weihnachten' „mehreren hundert“; refugees in the district, hospital "
        "beds, age, frequency, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Gefangene Nordkoreaner: Was eine Gubener Ärztin dazu sagt | Radio Neißewelle</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.neissewelle.example/regional/guben/nordkorea-gefangene-a\
erztin-2291.html">
<script>var nw_player={stream:"https://stream.neissewelle.example/live.mp3",autoplay:false};\
</script>
</head>
<body>
<div id="kekse">Ohne Cookies läuft bei uns leider nicht mal der Verkehrsfunk. <a href="#">Na gut, \
her damit</a> <a href="#">Bitte nur das Technische</a></div>
<header><a href="/">Neißewelle</a> <a href="/regional/guben">Guben</a> <a \
href="/regional/forst">Forst</a> <a href="/regional/spremberg">Spremberg</a> <a \
href="/verkehr">Blitzer &amp; Verkehr</a> <a href="/live">Live hören</a></header>
<main>
<h1>Gefangene Nordkoreaner: Was eine Gubener Ärztin dazu sagt</h1>
<p class="teaser">Selenskyj meldet [[zwei]] nordkoreanische Kriegsgefangene. Für Olena Kowal \
aus Sumy, die im Naemi-Wilke-Stift arbeitet, sind die Bilder aus Kursk keine ferne \
Nachricht.</p>
<p>Die Videos zeigen junge Männer mit Verbänden, einer an den Händen, einer am Kiefer. \
Ukrainische Fallschirmjäger und Spezialkräfte hätten im Gebiet Kursk [[zwei]] verwundete \
Soldaten aus Nordkorea gefangen genommen, teilte Präsident Wolodymyr Selenskyj am Samstag mit. \
Beide würden in Kiew medizinisch versorgt und vom Geheimdienst SBU befragt.</p>
<p>Es sind die ersten Gefangenen seit dem Eintreffen der Nordkoreaner im Herbst. Die Verluste \
sind nach Kiewer Darstellung hoch: Selenskyj hatte Anfang Januar erklärt, [[knapp 4.000]] \
Soldaten aus Nordkorea seien bereits getötet oder verwundet worden. Im Gebiet Kursk kämpfen \
laut dem Militärgeheimdienst HUR noch immer [[rund 11.000]] Mann.</p>
<p>Seoul und Washington nennen niedrigere Zahlen. Südkoreas Geheimdienst NIS berichtete am 19. \
Dezember im Parlament, [[rund 100]] Nordkoreaner seien gefallen und [[knapp 1.000]] verletzt \
worden. Das Pentagon sprach kurz vor Weihnachten von &bdquo;[[mehreren hundert]]&ldquo; Toten \
und Verwundeten.</p>
<h2>&bdquo;Mein Bruder schreibt, dass die Drohnen nicht aufhören&ldquo;</h2>
<p>Olena Kowal kam im März 2022 mit ihrer Tochter nach Guben. Heute arbeitet die 41-Jährige \
als Assistenzärztin in der Inneren Abteilung des Naemi-Wilke-Stifts, eines Krankenhauses mit \
165 Betten. &bdquo;Mein Bruder ist Sanitäter bei Sumy. Er schreibt, dass die Drohnen nachts \
nicht aufhören&ldquo;, erzählt sie. Am meisten interessiert sie, ob die beiden Gefangenen gegen \
Ukrainer ausgetauscht werden &ndash; Kiew hat das angeboten.</p>
<p>Im Landkreis Spree-Neiße leben nach Angaben der Ausländerbehörde rund 1.300 Geflüchtete aus \
der Ukraine, etwa 210 davon in Guben. Die Stadt sucht weiter Wohnungen; Vermieter melden sich \
unter 03561 555 208. Ein Deutschkurs im Bürgerhaus kostet 40 &euro; im Monat.</p>
</main>
<footer>Radio Neißewelle &middot; UKW 98,3 MHz &middot; &copy; 2025 &middot; <a \
href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
</body>
</html>
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "teaser 'Selenskyj meldet' (number word): captured, from the Saturday announcement of "
          "the body"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Selenskyj 'teilte am Samstag mit', Konjunktiv: captured (number word)"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Selenskyj 'Anfang Januar' (days 1-10): killed or wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'laut dem Militärgeheimdienst HUR' without a date: fighting in the Kursk region"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "2024-12-19",
          "NIS 'am 19. Dezember': dead"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same briefing: wounded (not an increment)"),
        C("mehreren hundert", None, "vague", "casualties", "united_states",
          "2024-12-16..2024-12-24", "Pentagon 'kurz vor Weihnachten' (16-24 December): dead and "
          "wounded"),
    ),
)

B03 = Source(
    article_id="b76_03_klostertal_wochenblatt_sonnenkopf_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="Klostertal weekly in Markdown, UTF-8 with BOM and CRLF, front matter with `date:` "
        "and an issue number; Austrian 'Jänner', 'Feber', 'heuer'; front-matter `title:` figure "
        "(optional); the NIS 'ließ am Montag wissen', carried by present tense 'beziffert der "
        "Dienst' (two figures); Selenskyj 'Ende Jänner … damals' `bis zu 4.000`; a HUR spokesman "
        "'am Mittwoch' im ORF-Radio „einige hundert“; the Pentagon 'Anfang Feber'; a retired "
        "colonel from Dalaas 'erwartet' `5.000 bis 8.000` 'nachschickt' (range increment, "
        "`pub`; 'heuer' is the event) and `an die 15.000` (his own planned total); lift height, "
        "ski-pass price, percentages, age, kilometres",
    text="""\
---
title: "Seoul zählt [[3.000]] Ausfälle: Wohin Kims Soldaten von der Kursk-Front abgezogen wurden"
date: 2025-02-20
ausgabe: 8/2025
ressort: Welt & Tal
autor: Bernadette Vallaster
---

# Stille an der Kursk-Front – und ein Liftmechaniker aus Sumy, der jeden Morgen die Nachrichten \
liest

**Seit Mitte Jänner sind nordkoreanische Soldaten in Russland kaum mehr im Gefecht zu sehen. \
Südkorea glaubt, den Grund zu kennen.**

Südkoreas Nachrichtendienst NIS ließ am Montag in Seoul wissen, Pjöngjangs Einheiten nähmen \
seit rund drei Wochen nicht mehr an Kämpfen teil. Vermutlich seien sie wegen hoher Verluste \
zurückgezogen worden. Das nordkoreanische Kontingent in Russland beziffert der Dienst weiterhin \
auf [[rund 11.000]] Mann, die Ausfälle auf [[etwa 3.000]] Tote und Verwundete.

Kiew hatte schon Ende Jänner eine höhere Zahl genannt. Präsident Wolodymyr Selenskyj sprach \
damals von [[bis zu 4.000]] nordkoreanischen Gefallenen und Verletzten. Andrij Jussow, Sprecher \
des ukrainischen Militärgeheimdienstes, sagte am Mittwoch im ORF-Radio, nur noch „[[einige \
hundert]]“ Nordkoreaner stünden in vorderster Linie, die übrigen würden im Hinterland neu \
ausgebildet. Auch in Washington wird gezählt: Ein Pentagon-Sprecher hatte Anfang Feber \
erklärt, man gehe von [[mehr als 1.000]] getöteten Nordkoreanern aus.

## „Wenn es still wird, bereiten sie etwas vor“

Für Andrij Hnatenko beginnt der Krieg jeden Morgen mit einem Blick aufs Handy. Der 34-Jährige \
aus Sumy wartet seit zwei Wintern die Sessellifte am Sonnenkopf, heuer erstmals als \
Schichtleiter. Seine Mutter lebt noch in der Stadt, gut 30 Kilometer von der Grenze. „Wenn es \
still wird an der Front, heißt das bei uns nichts Gutes“, sagt er in der Werkstatt auf 1.400 \
Metern. „Dann bereiten sie etwas vor.“

Die Saison im Tal läuft gut: Die Bergbahnen meldeten bis Ende Jänner ein Plus von 6 Prozent bei \
den Ersteintritten, eine Tageskarte kostet 58 Euro.

Oberst i. R. Walter Burtscher aus Dalaas, früher Lehroffizier an der Theresianischen \
Militärakademie, hält die Pause für vorübergehend. Er erwartet, dass Nordkorea heuer noch \
[[5.000 bis 8.000]] Mann nachschickt. Mit den Verbliebenen wären dann wieder [[an die 15.000]] \
Nordkoreaner im Einsatz, rechnet er vor. „Kim verkauft Soldaten wie andere Länder Rohstoffe.“

Der ukrainische Verein im Walgau lädt am Samstag, 22. Feber, um 18 Uhr zu einem Benefizabend \
ins Pfarrheim Braz. Der Reinerlös geht an ein Spital in Sumy.
""",
    claims=(
        C("3.000", 3000, "exact", "casualties", "south_korea", "mon..pub",
          "front-matter title (metadata) restating the NIS Monday figure", opt=True),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'ließ am Montag wissen', carried by 'beziffert der Dienst': in Russia"),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "mon",
          "same sentence: dead and wounded"),
        C("bis zu 4.000", 4000, "at_most", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Selenskyj 'Ende Jänner … damals' (days 21-31): dead and wounded"),
        C("einige hundert", None, "vague", "near_front", "ukraine", "wed",
          "HUR spokesman 'am Mittwoch im ORF-Radio': in the front line"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-02-01..2025-02-10", "Pentagon spokesman 'Anfang Feber' (days 1-10): killed"),
        C("5.000 bis 8.000", None, "range", "planned", "other", "pub",
          "retired colonel 'Er erwartet' (no date; 'heuer' is the event): 'nachschickt' "
          "(increment)", add=True),
        C("an die 15.000", 15000, "approx", "planned", "other", "pub",
          "same colonel 'rechnet er vor': would be deployed again (his own planned total, no "
          "increment)"),
    ),
)

B04 = Source(
    article_id="b76_04_wynentaler_blatt_eingestaendnis",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-29"),
    dated_by="dateline", crlf=True,
    features="Wynental paper (Swiss conventions: `ss`, «», `15'000`, `37'000`, 4-digit `4700`) "
        "as plain text, windows-1252 with CRLF, dateline 'Reinach AG, 29. April 2025 –'; "
        "Gerassimow and KCNA admit the deployment without a figure; headline 'Seoul zählt' from "
        "the NIS Monday figure; the NIS 'teilte am Montag mit' (total, casualties and 'unter "
        "ihnen' dead: a breakdown); a Duma deputy 'am Sonntag' «Tausenden» (russia); HUR 'am "
        "Wochenende' range; a former ICRC delegate from Gontenschwil 'schätzt' (other, `pub`); "
        "refugees with protection status, population, ages, francs",
    text="""\
Wynentaler Blatt - Region & Welt

Nordkorea gibt Kursk-Einsatz zu – Seoul zählt [[4700]] Tote und Verwundete

Pjöngjang und Moskau bestätigen erstmals offiziell, was seit Monaten bekannt ist. In \
Gontenschwil verfolgt ein früherer IKRK-Delegierter die Nachrichten mit gemischten Gefühlen.

Von Urs Gloor

Reinach AG, 29. April 2025 – Es war ein doppeltes Eingeständnis innert weniger Tage. Zuerst \
trat am Samstag Russlands Generalstabschef Waleri Gerassimow vor die Kameras und lobte die \
Kämpfer aus Nordkorea für ihren Anteil an der «Befreiung» der Region Kursk. Zwei Tage später zog \
die Staatsagentur KCNA nach: Der Befehl zum Einsatz sei von Kim Jong Un selbst gekommen. Zahlen \
nannte keine der beiden Seiten.

Umso genauer wird in Seoul gerechnet. Der südkoreanische Nachrichtendienst NIS teilte am Montag \
mit, seit Oktober habe Nordkorea insgesamt [[15'000]] Soldaten nach Russland verlegt. [[Rund \
4700]] von ihnen seien getötet oder verwundet worden, unter ihnen [[etwa 600]] Gefallene.

In Moskau klang es anders. Der Duma-Abgeordnete Leonid Sluzki sprach am Sonntag im \
Staatsfernsehen von «[[Tausenden]] koreanischen Waffenbrüdern», die Schulter an Schulter mit \
Russland gekämpft hätten. Der ukrainische Militärgeheimdienst HUR schätzte am Wochenende, dass \
noch [[2000 bis 3000]] Nordkoreaner im Grenzgebiet stünden, vor allem Artilleristen. Kiew hält \
im Gebiet Kursk nach eigener Darstellung nur noch einzelne Stellungen.

«Sie hatten kaum je ihr Dorf verlassen»

Hansruedi Gautschi kennt Korea aus der Nähe. Der 71-Jährige aus Gontenschwil war in den \
Neunzigerjahren für das Internationale Komitee vom Roten Kreuz in Asien unterwegs, zweimal \
auch in Pjöngjang. «Die jungen Soldaten, die man dort in den Kasernen sah, hatten kaum je ihr \
Dorf verlassen», erzählt er in seiner Stube. Dass Kim sie nun an eine Front in Europa schickt, \
erschüttere ihn.

Die Zahlen aus Seoul hält Gautschi eher für zu tief. Er schätzt, dass [[zwischen 1000 und \
1500]] Nordkoreaner gefallen sind. «Wer verwundet heimkehrt, verschwindet zu Hause oft aus \
jeder Statistik.» Seine Enkelin, 19, lerne in Aarau Koreanisch, sagt er und lacht.

Im Wynental leben rund 37'000 Menschen. Im Bezirk Kulm sind derzeit 96 Personen aus der \
Ukraine mit Schutzstatus S gemeldet, im ganzen Kanton Aargau knapp 5300. Gautschi spricht am \
8. Mai um 19.30 Uhr im Saalbau Reinach über seine Jahre beim IKRK; der Eintritt kostet 15 \
Franken, Kollekte zugunsten der Winterhilfe.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul zählt': the NIS Monday figure of the body (Monday to publication)"),
        C("15'000", 15000, "exact", "in_russia", "south_korea", "mon",
          "NIS 'teilte am Montag mit', Konjunktiv: moved to Russia in all (Swiss apostrophe)"),
        C("Rund 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "'unter ihnen … Gefallene' (a breakdown): dead"),
        C("Tausenden", None, "vague", "near_front", "russia", "sun",
          "Duma deputy 'am Sonntag im Staatsfernsehen' «…»: fought shoulder to shoulder"),
        C("2000 bis 3000", None, "range", "near_front", "ukraine", "sat..sun",
          "HUR 'am Wochenende' (Saturday-Sunday): still in the border area"),
        C("zwischen 1000 und 1500", None, "range", "casualties", "other", "pub",
          "former ICRC delegate 'Er schätzt' (present tense, no date): dead"),
    ),
)

B05 = Source(
    article_id="b76_05_imkergenossenschaft_rundbrief_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-06-27"),
    dated_by="sidecar",
    sidecar=(
        "Imkergenossenschaft Oberlausitzer Heide eG",
        "https://www.heidehonig.example/rundbrief/2025-06",
        "Rundbrief Juni: Frühtracht, Varroa-Lage und ein Gruß aus Poltawa",
    ),
    features="beekeepers' cooperative member bulletin in Markdown, ISO-8859-1 (»« quotes, "
        "hyphens for dashes, 'EUR'), front matter without a date (sidecar, Friday); Schoigu 'Am "
        "17. Juni' `1000` and `5000` (new contingents, no increment word; 4-digit figures); the "
        "NIS 'am Dienstag' `6000 zusätzlichen` (increment), `rund 15.000` sent and `mindestens "
        "4.700` casualties; a partner beekeeper in Poltava citing Selenskyj 'im Mai' "
        "`Zehntausende weitere` (second-hand: ukraine, vague increment); the bulletin's own sum "
        "`rund 21.000` (unattributed, planned, `pub`); members, tonnes of honey, per cent, EUR "
        "per kilogram, colonies, phone number",
    text="""\
---
title: "Rundbrief Juni: Frühtracht, Varroa-Lage und ein Gruß aus Poltawa"
rubrik: Aus der Welt
verteiler: Mitglieder und Freunde
---

# Rundbrief der Imkergenossenschaft Oberlausitzer Heide eG

## Aus der Welt: Warum unsere Partnerimker in Poltawa nach Norden schauen

Liebe Mitglieder, eigentlich sollte dieser Rundbrief nur von der Frühtracht handeln. Doch als \
wir in dieser Woche mit Mykola Bondar telefonierten, dem Vorsitzenden unserer \
Partnergenossenschaft in Poltawa, ging es bald um etwas anderes: um die Nachrichten aus \
Pjöngjang.

Am 17. Juni hatte Sergej Schoigu, Sekretär des russischen Sicherheitsrates, bei einem Besuch \
in Nordkorea angekündigt, Kim Jong Un werde [[1000]] Pioniere zur Minenräumung und [[5000]] \
Militärbauarbeiter in das Gebiet Kursk entsenden. Sie sollen dort Straßen, Brücken und \
zerstörte Dörfer wiederaufbauen.

Südkoreas Geheimdienst NIS bestätigte die Pläne am Dienstag vor Abgeordneten. Die [[6000]] \
zusätzlichen Kräfte könnten schon im Juli oder August eintreffen, hieß es. Seit dem \
vergangenen Herbst seien [[rund 15.000]] nordkoreanische Soldaten nach Russland gelangt, \
[[mindestens 4.700]] davon seien getötet oder verwundet worden.

Mykola sieht das mit Sorge. »Jeder Nordkoreaner, der in Kursk Minen räumt, macht einen Russen \
frei für die Front bei uns«, sagt er. Präsident Selenskyj habe schon im Mai gewarnt, Pjöngjang \
könne noch [[Zehntausende]] weitere Soldaten schicken. Rechnet man die Zahlen aus Seoul und \
Moskau zusammen, stünden bis zum Herbst [[rund 21.000]] Nordkoreaner in russischen Diensten - \
eine Zahl, die in Poltawa niemanden beruhigt.

Die Genossenschaft dort hat trotz allem 60 Völker durch den Winter gebracht. Wir sammeln weiter \
für Rähmchen, Mittelwände und eine Schleuder; Stichwort »Poltawa«.

## Aus der Genossenschaft

- Unsere 212 Mitglieder haben bis Mitte Juni gut 38 Tonnen Frühtrachthonig angeliefert, 9 \
Prozent mehr als im Vorjahr.
- Der Auszahlungspreis liegt bei 9,80 EUR je Kilogramm, für Bio-Honig bei 11,40 EUR.
- Die Varroa-Befallsrate lag bei den Stichproben im Mai unter 3 Prozent. Bitte trotzdem nach \
der Sommerernte behandeln!

**Termine:** Sommerfest am 12. Juli ab 14 Uhr am Lehrbienenstand in Weißkollm. Anmeldung bei \
Ingrid Schäfer, Telefon 035726 555 31.
""",
    claims=(
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Schoigu 'Am 17. Juni … angekündigt': deminers to be sent (a new contingent, no "
          "increment word)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders to be sent"),
        C("6000", 6000, "exact", "planned", "south_korea", "tue",
          "NIS 'am Dienstag', Konjunktiv: 'zusätzlichen' forces could arrive (increment)",
          add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: reached Russia since autumn"),
        C("mindestens 4.700", 4700, "at_least", "casualties", "south_korea", "tue",
          "same briefing: 'davon' killed or wounded"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-05-01..2025-05-31",
          "partner beekeeper citing Selenskyj 'schon im Mai' (X citing Y: ukraine): 'weitere' "
          "(increment)", add=True),
        C("rund 21.000", 21000, "approx", "planned", "unattributed", "pub",
          "the bulletin's own sum ('Rechnet man … zusammen, stünden bis zum Herbst'): planned "
          "total"),
    ),
)

B06 = Source(
    article_id="b76_06_foerde_campus_ringvorlesung_parade",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "FÖRDE-CAMPUS",
        "https://foerde-campus.example/politik/ringvorlesung-parade-pjoengjang",
        "„Was Kim in Kursk gelernt hat“",
    ),
    features="Flensburg student paper as plain text, UTF-16 LE with BOM (sidecar, Wednesday), "
        "an issue line and byline; state TV 'am 10. Oktober' with Kim's „Tausenden tapferen "
        "Söhne“ (north_korea, date given once); the NIS 'im September' (dead, `5.000 Bausoldaten "
        "zusätzlich` on the way: increment); the lecturer's own range 'sagte sie' at 'Am "
        "Montagabend'; HUR 'geht davon aus' without a date; an exchange student echoing Seoul's "
        "`2.000` (optional restatement; the `2.000 Familien` beside it are not a claim); the "
        "paper's own sum (unattributed); seats, audience, ages, ECTS points, room numbers",
    text="""\
FÖRDE-CAMPUS · Die Studierendenzeitung der Flensburger Hochschulen
Ausgabe 3/2025 · Politik & Welt

„Was Kim in Kursk gelernt hat“ – volle Reihen bei der Ringvorlesung über die Parade in Pjöngjang

Von Jonte Petersen

Eigentlich passen in den Hörsaal H 118 nur 90 Leute. Am Montagabend saßen noch einmal 30 auf \
den Treppenstufen, als Dr. Hanna Lüthje vom Seminar für Politikwissenschaft über die \
Militärparade sprach, mit der Nordkorea den 80. Jahrestag seiner Arbeiterpartei gefeiert hatte.

Lüthje zeigte Ausschnitte aus dem nordkoreanischen Staatsfernsehen vom 10. Oktober. Darin \
würdigte Kim Jong Un „die [[Tausenden]] tapferen Söhne“, die im Gebiet Kursk für die „Freunde in \
Russland“ gekämpft hätten. Wie viele es tatsächlich waren, weiß niemand genau.

Die Dozentin stützte sich vor allem auf den südkoreanischen Nachrichtendienst NIS. Der hatte im \
September Abgeordneten berichtet, von den entsandten Nordkoreanern seien [[rund 2.000]] \
gefallen. Zudem seien [[5.000]] Bausoldaten zusätzlich auf dem Weg nach Russland, um Straßen und \
Bahnstrecken wiederaufzubauen.

Ihre eigene Schätzung liegt höher. Insgesamt dürften seit Herbst 2024 [[15.000 bis 20.000]] \
Nordkoreaner in Russland gedient haben, sagte Lüthje. „Kim bekommt dafür Devisen, Öl und vor \
allem etwas, das keine andere Armee Asiens hat: Erfahrung im Drohnenkrieg.“ Der ukrainische \
Militärgeheimdienst HUR geht davon aus, dass derzeit noch [[rund 11.000]] nordkoreanische \
Soldaten im Gebiet Kursk stationiert sind.

In der Fragerunde meldete sich Min-seo Park, die als Austauschstudentin aus Daejeon ein \
Semester in Flensburg verbringt. „Wenn Seoul von [[2.000]] Toten spricht, dann sind das 2.000 \
Familien, die nicht einmal trauern dürfen“, sagte die 23-Jährige. Im Saal wurde es still.

Zählt man die Angaben aus Seoul seit dem ersten Kontingent zusammen, kommt man auf [[mehr als \
20.000]] Nordkoreaner, die seit Oktober 2024 nach Russland geschickt wurden. Lüthje nannte das \
„eine vorsichtige Untergrenze“.

Die Ringvorlesung „Krieg und Ordnung“ läuft das ganze Wintersemester und bringt 5 ECTS-Punkte. \
Nächster Termin: 27. Oktober, 18.15 Uhr, wieder in H 118. Thema: die Arktis.
""",
    claims=(
        C("Tausenden", None, "vague", "near_front", "north_korea", "2025-10-10",
          "Kim on state TV 'vom 10. Oktober' (date given once, carried): fought in Kursk"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September' (month): dead"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same briefing, Konjunktiv: builders 'zusätzlich' on the way to Russia (increment)",
          add=True),
        C("15.000 bis 20.000", None, "range", "in_russia", "other", "mon",
          "the lecturer's own estimate at the Monday-evening lecture ('sagte Lüthje'): served in "
          "Russia"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'geht davon aus' (present tense, no date): stationed in Kursk"),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "exchange student echoing Seoul's September figure (restatement)", opt=True),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the paper's own sum ('Zählt man … zusammen'): sent to Russia"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b76_07_esperance_southerly_harvest_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-06"),
    dated_by="html_meta", crlf=True,
    features="Esperance daily in HTML, windows-1252 with CRLF (typographic quotes and `·` raw), "
        "`article:published_time` with +08:00, a byline 'Wednesday, 6 November 2024', an ad "
        "script with slot sizes, a cookie notice in local tone; headline 'US says' from the "
        "State Department's Tuesday figure; 'Washington now believes' dated by the next sentence "
        "(Tuesday); 'Miller said' „11,000 to 12,000“; Zelensky 'late on Monday'; Rutte 'last "
        "week' (nato); lawmakers briefed by the NIS 'late last month' (planned total); "
        "Australia's foreign minister 'on Tuesday' „thousands“ (other); grain tonnes, buyers, "
        "dollars a tonne, population, kilometres, street address, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>North Korean troops reach Kursk front as Esperance grain buyers watch on | The Esperance \
Southerly</title>
<meta property="article:published_time" content="2024-11-06T08:10:00+08:00">
<meta property="og:locale" content="en_AU">
<script async src="https://ads.southerly.example/slot.js" \
data-slots="mrec_300x250,leader_728x90"></script>
</head>
<body>
<div class="consent">We use cookies to keep the lights on and to count our readers. \
<button>Sounds fair</button> <button>Only the ones you can’t do without</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/farming">Farming</a> | <a \
href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/tides">Tides &amp; \
Weather</a></nav>
<article>
<h1>US says [[10,000]] North Koreans now in Kursk as harvest traffic builds at the port</h1>
<p class="byline">By Siobhan Trask · Wednesday, 6 November 2024</p>
<p>Washington now believes that [[about 10,000]] of Kim Jong Un’s soldiers have crossed into \
Russia’s Kursk region, where Ukrainian troops have held a pocket of territory since August. \
State Department \
spokesman Matthew Miller told reporters on Tuesday that some of them had already “begun to \
engage” Ukrainian forces.</p>
<p>Miller said the Kursk group was part of a larger force of “[[11,000 to 12,000]]” that the \
United States thinks Pyongyang has sent to Russia since early October.</p>
<p>Kyiv’s numbers run a little higher. Ukrainian President Volodymyr Zelensky said in his \
nightly video address late on Monday that [[11,000]] North Koreans were now in Kursk and that \
the first clashes with them had taken place.</p>
<p>NATO secretary-general Mark Rutte, who last week called the deployment “a significant \
escalation”, put the number inside Russia at “[[more than 10,000]]”. Lawmakers in Seoul who \
were briefed by South Korea’s National Intelligence Service said late last month that the \
North intended to have [[around 10,000]] troops there by December.</p>
<p>In Canberra, the Foreign Minister told Parliament on Tuesday that Australia would press for \
new sanctions, saying “[[thousands]] of North Korean soldiers” were being thrown into the war \
against Ukraine.</p>
<h2>‘More worried about freight than Pyongyang’</h2>
<p>At the port, the war feels both distant and close. Esperance Ports expects to ship about 2.4 \
million tonnes of grain this season, and Korean flour millers are among its regular buyers. “We \
had six Korean buyers through in October,” said Bevan Clohessy of the local grain growers’ \
group. “They were more worried about freight than about Pyongyang.”</p>
<p>Clohessy said canola was fetching around $740 a tonne at the port this week, against $690 a \
year ago. The first road trains arrived from Salmon Gums on Monday, and the shire has warned \
drivers to expect queues on the highway into town.</p>
<p>Esperance is home to about 14,000 people, 720 km south-east of Perth; a handful of Korean \
working holiday makers find work on farms at harvest each year.</p>
</article>
<footer><p>© 2024 The Esperance Southerly · 94 Dempster St · (08) 9071 5550</p>
<script>window.southerlyStats={id:60412,words:540};</script></footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "tue..pub",
          "headline 'US says': the State Department's Tuesday figure of the body"),
        C("about 10,000", 10000, "approx", "near_front", "united_states", "tue",
          "'Washington now believes', dated by the next sentence (Miller 'on Tuesday'): moved "
          "into Kursk"),
        C("11,000 to 12,000", None, "range", "in_russia", "united_states", "tue",
          "'Miller said' (same briefing) “…”: sent to Russia"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'late on Monday': in Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte, 'last week' carried to 'put the number … at': inside Russia"),
        C("around 10,000", 10000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "lawmakers briefed by the NIS 'late last month' (October 21-31): intended total by "
          "December"),
        C("thousands", None, "vague", "near_front", "other", "tue",
          "Australia's foreign minister 'on Tuesday' (a third government): thrown into the war"),
    ),
)

B08 = Source(
    article_id="b76_08_foula_world_notes_prisoners_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-16"),
    dated_by="front_matter",
    features="Foula community page's world notes in Markdown, front matter with `date:` "
        "(Thursday); front-matter `title:` figure (optional); Zelensky 'on Saturday' `two` "
        "(number word, captured); the NIS 'on Monday' (`about 300` dead, `2,700` wounded: not an "
        "increment); Zelensky 'just before Christmas' „over 3,000“; Kirby 'at the end of "
        "December' „more than 1,000“ in a week; the Pentagon 'in November'; Britain's Defence "
        "Intelligence 'on Sunday' (other); residents, miles, Old Yule, age, passengers, "
        "pounds, sailings",
    text="""\
---
title: "Seoul counts [[300]] North Korean dead as Kyiv holds two prisoners"
date: 2025-01-16
section: World notes
author: Ishbel Gray
---

# World notes from the west side

*Foula gets its news the way it gets its groceries: on the mailboat, when the weather allows. \
This week it allowed.*

The news that came over on Tuesday's boat, along with the papers and the post, was of two young \
men in bandages. On Saturday Volodymyr Zelensky, Ukraine's president, said his troops had \
captured [[two]] wounded men from the North Korean contingent in Kursk, and put out video of \
their interrogation. He has since suggested swapping the pair for Ukrainian prisoners of war \
in Russian hands.

South Korea's intelligence agency, the NIS, told lawmakers on Monday that [[about 300]] North \
Koreans had been killed in combat and [[2,700]] had been wounded. Seoul's count is lower than \
Kyiv's: just before Christmas, Mr Zelensky had put the North Korean dead and wounded at "[[over \
3,000]]".

Washington's figures sit somewhere in between. White House spokesman John Kirby said at the \
end of December that the North Koreans had lost "[[more than 1,000]]" men, dead or wounded, in a \
single week near Kursk. Pyongyang's force numbered [[11,000]] when it arrived, by the \
Pentagon's count in November.

Britain's Defence Intelligence, in its update on Sunday, reckoned that [[around 11,000]] North \
Koreans remained in the Kursk area, "but as a much-reduced fighting force."

## Closer to home

On Foula, where 38 people live some 20 miles west of the Shetland mainland, Old Yule was kept \
on 6 January as it always is, a fortnight after everyone else's Christmas. Harry Isbister, who \
at 81 is the isle's oldest resident, did his National Service in Korea after the armistice and \
says he has followed the story of the prisoners on the radio. "They were boys when I saw them \
across the line, and these are boys now," he said.

The mailboat, which carries up to 12 passengers, managed three sailings in the first fortnight \
of January. The Islander flight from Tingwall costs £36 each way and was cancelled twice for \
fog. The school's two pupils return on Monday.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "front-matter title (metadata) restating the NIS Monday figure", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'On Saturday … said' (number word): captured"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'told lawmakers on Monday': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded (not an increment)"),
        C("over 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-16..2024-12-24",
          "Zelensky 'just before Christmas' (16-24 December) “…”: dead and wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "Kirby 'at the end of December' (days 21-31): dead or "
          "wounded in a week"),
        C("11,000", 11000, "exact", "in_russia", "united_states", "2024-11-01..2024-11-30",
          "'by the Pentagon's count in November' (the source named at the end of the sentence): "
          "arrived"),
        C("around 11,000", 11000, "approx", "near_front", "other", "sun",
          "Britain's Defence Intelligence 'on Sunday' (a third government): in the Kursk area"),
    ),
)

B09 = Source(
    article_id="b76_09_high_plains_grain_shoigu",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-06-19"),
    dated_by="dateline", crlf=True,
    features="Kansas grain paper as plain text, ISO-8859-1 with CRLF (straight quotes, `--`), "
        "dateline 'HUTCHINSON, Kan. (June 19, 2025) --'; Shoigu 'on Tuesday' `1,000` and "
        "`5,000` (new contingents, planned); the JCS 'Wednesday' `some 11,000`; 'Seoul's spy "
        "agency had reckoned in the spring' (March-May); HUR without a date `up to 3,000`; a "
        "Pentagon spokesman 'last week' „thousands more“ (vague increment); a Wichita State "
        "political scientist `10,000 or so` more (approx increment, `pub`); wheat exports, "
        "bushels, acres, prices, army size, phone number",
    text="""\
HIGH PLAINS GRAIN JOURNAL
Markets | Harvest | World

Russian wheat, North Korean soldiers and what it all means for Kansas

HUTCHINSON, Kan. (June 19, 2025) -- As the first combines rolled into fields south of \
Hutchinson this week, the biggest news out of Pyongyang had nothing to do with wheat. Or did it?

Sergei Shoigu, Vladimir Putin's one-time defense chief and now secretary of his Security \
Council, said in the North Korean capital on Tuesday that Kim Jong Un had agreed to send \
[[1,000]] mine \
clearers and [[5,000]] military construction troops to the Kursk region. They are to rebuild \
roads, bridges and rail lines wrecked during Ukraine's incursion last year, Shoigu told Russian \
state media.

South Korea's Joint Chiefs of Staff said Wednesday they had seen no sign yet of the new \
contingent leaving, but estimated that [[some 11,000]] North Korean troops were still inside \
Russia. Seoul's spy agency had reckoned in the spring that [[about 4,700]] of Pyongyang's \
soldiers were killed or wounded in the fighting around Kursk. North Korean artillery crews, \
[[up to 3,000]] of them, are still firing across the border into Ukraine, Ukrainian military \
intelligence says.

A Pentagon spokesman said last week that Washington had "no reason to doubt" that \
"[[thousands]] more" could follow the engineers.

Why should a wheat grower in Reno County care? Russia, the world's biggest wheat exporter, \
shipped about 43 million metric tons last season, and anything that frees Moscow's army for \
other fronts keeps Black Sea supply risk in the market, said Dana Kuhlmann, a grain marketing \
specialist in Salina. Kansas City July wheat closed at $5.38 a bushel on Wednesday, up 11 cents \
on the week.

Leonard Oakes, who teaches political science at Wichita State University, thinks the engineers \
are only the start. "I'd expect [[10,000 or so]] more North Koreans in Russia by winter, in one \
role or another," he said. Oakes noted that North Korea's army, at about 1.2 million active \
troops, can spare them easily.

Kansas farmers planted about 7.4 million acres of wheat this year; state specialists expect \
yields near 48 bushels an acre if rain holds off through harvest. The Reno County extension \
office posts a harvest report every Friday and can be reached at (620) 555-0148.
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'on Tuesday': mine clearers to be sent (a new contingent)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same statement: military construction troops to be sent"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "JCS 'Wednesday': still inside Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "NIS ('Seoul's spy agency') 'in the spring' (March-May): killed or wounded"),
        C("up to 3,000", 3000, "at_most", "near_front", "ukraine", "pub",
          "'Ukrainian military intelligence says' at the end of the sentence (no date): firing "
          "across the border"),
        C("thousands", None, "vague", "planned", "united_states", "lastweek",
          "Pentagon spokesman 'last week' “… more”: could follow (increment)", add=True),
        C("10,000 or so", 10000, "approx", "planned", "other", "pub",
          "Wichita State political scientist ('he said', no date): 'more' by winter (increment)",
          add=True),
    ),
)

B10 = Source(
    article_id="b76_10_herzegovina_daily_budanov_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-07-24"),
    dated_by="sidecar",
    sidecar=(
        "Herzegovina Daily News",
        "https://www.herzegovinadaily.example/world/kyiv-north-korea-30000-more-troops",
        "North Korea could send up to 30,000 more soldiers to Russia, Ukraine's spy chief warns",
    ),
    features="Mostar English-language outlet in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Thursday), an ad script, a bilingual cookie notice, a byline with '24.07.2025'; "
        "`<title>` figure (optional, increment); headline `up to 30,000` more (increment) from "
        "Budanov's Monday assessment; 'a fresh wave of' range (increment); `roughly 11,000` 'he "
        "said were still in Russia'; Shoigu 'last month' `6,000` (June); South Korean "
        "intelligence 'in April' with 'said at the time' `roughly 600 of whom had died` "
        "(breakdown); a Sarajevo analyst `a few thousand more` (vague increment, `pub`); foreign "
        "volunteers in the Bosnian war, overnight stays, divers, metres, convertible marks, age",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv warns of [[30,000]] more North Korean soldiers for Moscow – Herzegovina Daily \
News</title>
<meta name="description" content="Ukraine's intelligence chief warns of a new wave. In Mostar, \
memories of another war's foreign fighters.">
<meta property="og:type" content="article">
<script>var hdnAds={zone:"world",slots:["300x600","970x250"],lazy:true};</script>
</head>
<body>
<div class="gdpr">Kolačići / Cookies: ours are digital, sadly, and help us count visitors. \
<button>Fair enough, carry on</button> <button>Show me the fine print</button></div>
<header><nav><a href="/">Home</a> · <a href="/bih">BiH</a> · <a href="/region">Region</a> · <a \
href="/world">World</a> · <a href="/business">Business</a> · <a href="/visit">Visit \
Mostar</a></nav></header>
<main><article>
<h1>North Korea could send [[up to 30,000]] more soldiers to Russia, Ukraine’s spy chief \
warns</h1>
<p class="meta">By Amra Ćorić | Mostar | 24.07.2025</p>
<p>Kyrylo Budanov, who heads Ukraine’s military intelligence, told reporters on Monday that \
Pyongyang was getting ready a fresh wave of [[between 25,000 and 30,000]] troops for Russia’s \
war, in an \
assessment his agency, known as the HUR, shared with Ukrainian media.</p>
<p>The new soldiers would join the [[roughly 11,000]] North Koreans he said were still in \
Russia. Many of them, Budanov added, now served as gunners and drone operators rather than as \
assault infantry, after heavy losses in the winter.</p>
<p>Moscow has admitted far less. Sergei Shoigu, head of Russia’s Security Council, announced \
last month in Pyongyang that North Korea would provide [[6,000]] engineers and deminers to \
rebuild the Kursk region – a contingent that, he stressed, would not fight.</p>
<p>Seoul has concentrated on the cost. South Korean intelligence told lawmakers in April that \
[[4,700]] of the North’s soldiers were dead or injured after the autumn and winter battles, \
[[roughly 600]] of whom had died. It said at the time that more troops were likely to \
follow.</p>
<h2>“Nobody asked the people here”</h2>
<p>In Mostar, talk of foreign soldiers in someone else’s war touches a nerve. Some 2,000 \
foreign volunteers fought in Bosnia and Herzegovina between 1992 and 1995, and Dragan Lovrić, \
58, remembers them in the hills above the Neretva. “Nobody asked the people here whether they \
wanted outsiders in our war,” he said at his café near the Old Bridge. “The Ukrainians were \
not asked either.”</p>
<p>Sarajevo security analyst Jasmina Hodžić doubts Kyiv’s numbers. “Kim will send what Moscow \
pays for. My guess is [[a few thousand]] more per rotation, not a second army,” she said.</p>
<p>Mostar itself is having a record summer: the tourist board counted 1.1 million overnight \
stays last year, and on Sunday 74 divers leapt from the 21-metre bridge in the annual \
competition. Tickets for the stands cost 20 KM.</p>
</article></main>
<footer>© 2025 Herzegovina Daily News · Impressum · Advertise · +387 36 555 210</footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "mon..pub",
          "<title> (metadata) restating Budanov's Monday figure: 'more' (increment)", add=True,
          opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon..pub",
          "headline 'Ukraine's spy chief warns': Budanov's Monday figure of the body, 'more' "
          "(increment)", add=True),
        C("between 25,000 and 30,000", None, "range", "planned", "ukraine", "mon",
          "Budanov 'said on Monday': 'a fresh wave of' (increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "'he said' (Budanov, Monday): still in Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'announced last month' (June): would provide (a new contingent)"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "South Korean intelligence 'told lawmakers in April': killed or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same briefing, 'of whom had died' (a breakdown): dead"),
        C("a few thousand", None, "vague", "planned", "other", "pub",
          "Sarajevo analyst ('she said', no date): 'more per rotation' (increment)", add=True),
    ),
)

B11 = Source(
    article_id="b76_11_atoll_pages_parade_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "The Atoll Pages",
        "",
        "World in brief: North Korea parades, Seoul counts the cost",
    ),
    features="Cocos (Keeling) Islands community notice board's world roundup in Markdown, "
        "windows-1252 (typographic quotes, `–`), front matter without a date (sidecar without "
        "url, Tuesday); state TV's Kursk returnees at Friday's parade (`hundreds`: optional); "
        "state TV 'The next day' `more than 100` portraits of the dead (north_korea, Saturday); "
        "the NIS 'in September' (two figures); HUR 'at the weekend'; Rutte 'last Wednesday' "
        "(nato); an ANU lecturer 'puts the number … at' `close to 20,000` (other, `pub`); "
        "residents, flights, kilometres, hours, siren test time, milk cartons, phone number",
    text="""\
---
title: "World in brief: North Korea parades, Seoul counts the cost"
shire: Cocos (Keeling) Islands
issue: 1187
---

# The Atoll Pages – world in brief

## North Korea parades, Seoul counts the cost

Pyongyang staged its biggest military parade in years on Friday to mark 80 years of the ruling \
Workers' Party. State television showed missile launchers, new tanks and, near the end, \
columns of soldiers it said had “returned in glory” from the Kursk front – [[hundreds]] of \
them, by the broadcaster's account.

The next day, state TV aired a ceremony at a new memorial in the capital, where Kim Jong Un laid \
flowers before a wall bearing [[more than 100]] portraits of soldiers who died in Russia.

South Korea's intelligence service believes the real toll is far higher. It told parliament \
in September that [[about 2,000]] North Korean soldiers had died, and that [[around 10,000]] \
were still posted in the Kursk border area. Ukraine's military intelligence said at the \
weekend that “[[several thousand]]” North Korean gunners were still shelling villages across \
the border in the Sumy region.

NATO's secretary-general, Mark Rutte, told an audience in Brussels last Wednesday that “[[more \
than 15,000]]” soldiers from the North had gone to Russia in all, “and Moscow pays for every \
one of \
them.”

Dr Imogen Tait, who lectures on Korean affairs at the Australian National University and \
visited West Island in August, puts the number sent so far at [[close to 20,000]]. “Seoul counts \
conservatively, and it counts only what it can confirm,” she told The Atoll Pages.

## On the atoll

- The twice-weekly flight from Perth, 2,750 km away, landed 6 hours late on Thursday because \
of a crosswind at Learmonth.
- The tsunami siren will be tested at 11am on Wednesday. No action is needed.
- The Home Island co-op has taken delivery of 24 cartons of long-life milk; limit of two per \
household until the next ship.
- About 590 people live across the two inhabited islands. The shire office is open 8am to 4pm \
and can be reached on (08) 9162 5550.
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at Friday's parade: returnees from the Kursk front (optional, as returnees "
          "at parades in other sets)", opt=True),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "sat",
          "state TV 'The next day' (Saturday): portraits of soldiers who died in Russia"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'told parliament in September': died"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-09-01..2025-09-30", "same briefing: still posted in the Kursk border area"),
        C("several thousand", None, "vague", "near_front", "ukraine", "sat..sun",
          "HUR 'at the weekend' (Saturday-Sunday) “…”: shelling across the border"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'last Wednesday' (the latest Wednesday before a Tuesday issue) “…”: sent to "
          "Russia"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "ANU lecturer 'puts the number … at' (present tense, no date): sent"),
    ),
)

B12 = Source(
    article_id="b76_12_gulf_of_guinea_brief_year_on",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-24"),
    dated_by="sidecar",
    sidecar=(
        "The Gulf of Guinea Brief",
        "https://gulfofguineabrief.example/issues/212",
        "A year on: what North Korea's soldiers in Russia add up to",
    ),
    features="Douala English-language weekly newsletter as plain text, UTF-16 LE with BOM "
        "(sidecar, Monday), issue header and subscription line; the NIS 'earlier this month' "
        "(three figures: at the border, engineering troops inside Russia, mine clearers in "
        "Kursk); 'A year ago': the Pentagon 'In late October 2024' and Kyiv 'on November 4'; "
        "Russia's ambassador in Pyongyang 'last week' to Tass „thousands“; the newsletter's own "
        "count (unattributed, `pub`); a Yaoundé lecturer's range 'more' (increment, `pub`); "
        "Cameroonian peacekeepers, CFA francs, euros, barrels, subscribers, phone number",
    text="""\
THE GULF OF GUINEA BRIEF
A weekly English-language newsletter from Douala
Issue 212 · For subscribers

WORLD | A year on: what North Korea's soldiers in Russia add up to

Thirteen months after the first North Korean units were spotted on training grounds in Russia's \
Far East, the war in Ukraine has swallowed a sizeable slice of a foreign army. Here is where \
the numbers stand.

The latest figures came earlier this month from Seoul. Briefing a committee of the National \
Assembly, South Korea's National Intelligence Service said [[about 10,000]] of Pyongyang's \
troops were now \
posted along Russia's border with Ukraine, that [[roughly 5,000]] engineering troops were \
rebuilding roads and railways inside Russia, and that [[around 1,000]] mine-clearance \
specialists were still at work in the Kursk fields.

A year ago the picture was smaller and far murkier. In late October 2024 the Pentagon put the \
force in Kursk at [[about 8,000]]; on November 4 Kyiv spoke of [[11,000]]. Moscow denied \
everything for six months. Now it talks freely: Russia's ambassador in Pyongyang told the \
state news agency Tass last week that "[[thousands]] of Korean builders" were at work in the \
Kursk region and were "welcomed like family."

By this newsletter's count, which adds up Seoul's successive estimates, [[at least 15,000]] \
of Kim's soldiers have passed through Russia since October 2024, and a good many of them did \
not come \
back.

Why should readers in Central Africa care? Cameroon has about 750 soldiers with the UN mission \
in the Central African Republic, and Moscow has been courting governments across the region \
with security deals of its own. Dr Ernestine Mbarga, who teaches international relations at the \
University of Yaounde II, expects Pyongyang to send [[3,000 to 6,000]] more before next spring. \
"Kim has found a paying customer for his army," she told the Brief.

MARKETS
The CFA franc held at 655.96 to the euro. Brent crude closed the week at $63 a barrel; cocoa \
futures fell 4 per cent.

ABOUT US
The Brief goes out every Monday to 1,200 subscribers. A year's subscription costs 15,000 CFA \
francs. Write to the editors or call +237 6 99 55 01 42.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "NIS 'earlier this month' (November to publication): posted along the border"),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "same briefing: engineering troops inside Russia"),
        C("around 1,000", 1000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "same briefing: mine clearers at work in Kursk"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "2024-10-21..2024-10-31",
          "Pentagon 'In late October 2024' (days 21-31) 'put the force in Kursk at'"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Kyiv 'on November 4' (same sentence, Kursk): in Kursk"),
        C("thousands", None, "vague", "near_front", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'last week' to Tass “…”: builders at work in the "
          "Kursk region"),
        C("at least 15,000", 15000, "at_least", "in_russia", "unattributed", "pub",
          "'By this newsletter's count' (the outlet's own sum): served in Russia"),
        C("3,000 to 6,000", None, "range", "planned", "other", "pub",
          "Yaoundé lecturer 'expects' (present tense, no date): 'more' (increment)", add=True),
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
