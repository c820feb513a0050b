"""Build the NINETY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-first corpus, for an honest measurement on articles the extractor has never met,
written in session 13 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Saarland
miners' association letter from Quierschied with a Korean former hewer, an Allgäu cheese dairy's
newsletter from Wertach with an apprentice from the Sumy border, a South Styrian wine-route
portal from Leutschach with a Korean wine importer (Austrian conventions), a Lötschental weekly
with a colonel who teaches at the military academy (Swiss conventions), a Pirna climbing club's
booklet with a member who counts tents on satellite images, a municipal utility's customer
magazine from Eschwege with a Ukrainian grid foreman; an Okavango operators' bulletin from Maun
(Botswana) with a doctor who studied in Kharkiv, a Gallup (New Mexico) paper at the flea market,
a Moose Jaw (Saskatchewan) paper beside 15 Wing, a Montserrat radio site with a former British
Army corporal, an Ascension Island community newsletter and a Kodiak (Alaska) paper with a
retired Coast Guard chief. Same file format, marker syntax and labelling conventions as the
other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind99_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="g99_01_glueck_auf_rundbrief_quierschied_md",
    language="de", fmt="md", encoding="cp1252", published=day("2024-11-15"),
    dated_by="front_matter",
    features="a Saarland miners' association letter from Quierschied in Markdown, windows-1252 "
        "(„…“, en dashes), front matter with `date:` (Friday) and a title without a figure; a "
        "Korean former hewer who came to the Saar pits in 1971; heading 'Seoul:' from the NIS "
        "figure relayed by lawmakers (Wednesday to publication), the MPs named in the sentence "
        "after the figure ('Das erklärten Abgeordnete am Mittwoch'); 'zu Beginn der Woche' "
        "carried to the next sentence, the State Department spokesman named after the figure "
        "(Monday-Tuesday); Zelensky 'am 5. November' (explicit date); HUR 'am Donnerstag' "
        "`mehrere Dutzend` casualties; the hewer relaying his nephews `Zehntausende` and his "
        "own 'geht davon aus' `weitere 20.000` (other, increment, `pub`); Putin's treaty date, "
        "his age, the year, depth in metres, members, a fee, a phone number",
    text="""\
---
title: "Blick über die Halde: Kamerad Park und die Nachrichten aus Kursk"
date: 2024-11-15
verein: Knappenverein „Glück auf“ Quierschied 1889 e.V.
ausgabe: "Rundbrief 4/2024"
---

# Glück auf, liebe Kameradinnen und Kameraden!

Bevor es um die Barbarafeier geht, ein Thema, das beim letzten Stammtisch im Vereinsheim viele \
umgetrieben hat. Unser Kamerad Park Jong-su, 78, kam im Frühjahr 1971 mit einer Gruppe junger \
Koreaner als Hauer auf die Grube Camphausen. Er ist geblieben, hat in Fischbach geheiratet und \
trägt bis heute beim Umzug die Fahne. Seit Wochen telefoniert er abends lange mit seinen Neffen \
in Seoul, denn was aus dem Norden seiner alten Heimat kommt, lässt ihn nicht los.

## Seoul: [[10.000]] Nordkoreaner für Putin

Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes NIS inzwischen [[mehr als \
10.000]] Soldaten nach Russland gebracht, ein großer Teil davon sei schon an der Front im Gebiet \
Kursk. Das erklärten Abgeordnete am Mittwoch in Seoul, nachdem der Dienst den \
Geheimdienstausschuss hinter verschlossenen Türen unterrichtet hatte. Pjöngjang liefere \
außerdem Artilleriegeschütze und Mehrfachraketenwerfer, hieß es.

Aus Washington kamen zu Beginn der Woche ähnliche Töne. [[Rund 10.000]] nordkoreanische \
Soldaten stünden im Gebiet Kursk bereit, um an der Seite der Russen zu kämpfen, teilte ein \
Sprecher des US-Außenministeriums mit. Kiew nennt eine etwas höhere Zahl: Präsident Wolodymyr \
Selenskyj sprach am 5. November in seiner abendlichen Videoansprache von [[11.000]] \
Nordkoreanern im Raum Kursk.

Der ukrainische Militärgeheimdienst HUR meldete am Donnerstag erste Gefechte. Dabei seien \
[[mehrere Dutzend]] Nordkoreaner getötet oder verwundet worden; die genaue Zahl werde noch \
geprüft. Moskau schweigt. Kremlsprecher Dmitri Peskow verwies nur auf den Beistandsvertrag mit \
Pjöngjang, den Wladimir Putin am 9. November unterzeichnet hat.

## „Die Jungen wissen nicht, wohin die Fahrt geht“

Park kennt den Norden nur aus den Erzählungen seiner Mutter, die im Winter 1950 aus Hamhung \
geflohen ist. Was seine Neffen berichten, macht ihm dennoch Angst. „In Seoul sagen sie, am Ende \
werden es [[Zehntausende]] sein“, erzählt er. Er selbst geht davon aus, dass Kim bis zum \
Frühjahr weitere [[20.000]] Mann schickt – „weil Putin für jeden Einzelnen bezahlt“. Die \
Soldaten seien so jung wie er damals, als er zum ersten Mal in 900 Metern Tiefe vor Kohle \
stand.

## Aus dem Verein

- Die Barbarafeier beginnt am 4. Dezember um 17 Uhr mit einer Andacht in St. Barbara, danach \
sitzen wir im Vereinsheim zusammen.
- Der Verein zählt derzeit 214 Mitglieder, davon 61 ehemalige Bergleute.
- Der Jahresbeitrag bleibt bei 24 Euro.
- Fahnenträger für den Umzug gesucht: Bitte bei Kamerad Klaus Hoffmann melden, Telefon 06897 \
61 447.

Glück auf!
Der Vorstand
""",
    claims=(
        C("10.000", 10000, "exact", "in_russia", "south_korea", "wed..pub",
          "heading 'Seoul:': the NIS figure relayed by lawmakers on Wednesday (Wednesday to "
          "publication), the hedge dropped: brought to Russia"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "'nach Erkenntnissen des … NIS', the MPs named in the next sentence ('Das erklärten "
          "Abgeordnete am Mittwoch'): brought to Russia (a new total)"),
        C("Rund 10.000", 10000, "approx", "near_front", "united_states", "mon..tue",
          "'zu Beginn der Woche' in the sentence before (Friday article: Monday-Tuesday), a State "
          "Department spokesman named after the figure, Konjunktiv: ready in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-05",
          "Zelensky 'am 5. November' (explicit date): in the Kursk area"),
        C("mehrere Dutzend", None, "vague", "casualties", "ukraine", "thu",
          "HUR 'meldete am Donnerstag', Konjunktiv in the next sentence: killed or wounded"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a Korean former miner relaying his nephews 'In Seoul sagen sie' (the speaker quoted: "
          "other), undated: what it will be in the end (planned)"),
        C("20.000", 20000, "exact", "planned", "other", "pub",
          "the same man's own 'geht davon aus' (present, undated): 'weitere … schickt' "
          "(increment, span without the word) by spring", add=True),
    ),
)

G02 = Source(
    article_id="g99_02_milchpost_sennerei_wertach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-19"),
    dated_by="html_meta",
    features="an Allgäu cheese dairy's newsletter page from Wertach in HTML, UTF-8 "
        "(`article:published_time` +01:00, Thursday), a cookie note about salt in the cheese, "
        "a shop script, navigation, a footer with an address; `<title>` and h1 without a "
        "figure; an apprentice cheesemaker from a village in the Sumy region relaying her "
        "neighbours `Tausende` across the border (other, `pub`); a news box h2 'Washington:' "
        "from the Pentagon's Monday figure (Monday to publication), `Mehrere hundert` in the "
        "body with the spokesman named after it; the NIS via an MP 'am Donnerstag' (the "
        "publication day) with `rund 100` dead and `knapp 1.000` wounded (the same toll, not an "
        "increment), 'Nach Einschätzung des Dienstes' `etwa 11.000`; HUR 'vergangene Woche' `bis "
        "zu 30.000 zusätzliche` (increment, at_most); her age, distances, litres of milk, "
        "farms, cows, loaf weights, a donation total, opening hours, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Milchpost: Vier Kilometer bis Russland</title>
<meta property="article:published_time" content="2024-12-19T07:15:00+01:00">
<meta property="og:site_name" content="Milchpost – Neues aus der Sennerei Wertach eG">
<script>var sennerei={laden:"offen",rubrik:"menschen",winterzeit:true};</script>
</head>
<body>
<div class="cookie">Wir setzen Cookies so sparsam ein wie das Salz im Bergkäse. \
<button>Passt scho</button> <button>Bloß die nötigen</button></div>
<nav><a href="/">Sennerei</a> · <a href="/hofladen">Hofladen</a> · <a href="/kaese">Unsere \
Käse</a> · <a href="/milchpost">Milchpost</a> · <a href="/kontakt">Kontakt</a></nav>
<main>
<p class="rubrik">Menschen in der Sennerei</p>
<h1>Vier Kilometer bis Russland: Olha Kowal und die Nachrichten aus Kursk</h1>
<p class="vorspann">Seit einem Jahr lernt Olha Kowal bei uns das Käserhandwerk. Ihre Mutter lebt \
in einem Dorf im Gebiet Sumy, so nah an der Grenze, dass sie die Einschläge auf der anderen \
Seite hört.</p>
<p>Wenn Olha Kowal, 23, frühmorgens den Bruch im Kupferkessel prüft, hat sie meist schon mit \
ihrer Mutter telefoniert. Deren Dorf liegt vier Kilometer vor der Grenze, dahinter beginnt das \
russische Gebiet Kursk. „Die Nachbarn sagen, drüben stehen jetzt [[Tausende]] Koreaner. Man \
sieht nachts ihre Lastwagen“, erzählt sie. Angst habe ihre Mutter trotzdem vor allem vor den \
Gleitbomben.</p>
<h2>Washington: [[Mehrere hundert]] Nordkoreaner getötet oder verwundet</h2>
<p>Zum ersten Mal haben die USA Verluste unter Kims Soldaten genannt. [[Mehrere hundert]] seien \
bei den Kämpfen um Kursk getötet oder verwundet worden, sagte ein Sprecher des Pentagons am \
Montag vor Journalisten. Die Nordkoreaner würden zu Fuß in großen Gruppen über offenes Gelände \
geschickt.</p>
<p>Seoul nannte am Donnerstag eigene Zahlen. Nach einer Unterrichtung durch den Geheimdienst \
NIS berichtete der Abgeordnete Lee Seong-kweun, [[rund 100]] Nordkoreaner seien gefallen und \
[[knapp 1.000]] verwundet. Nach Einschätzung des Dienstes stehen derzeit [[etwa 11.000]] Mann \
in Russland, die meisten im Gebiet Kursk. Kiew rechnet längst mit mehr: Der ukrainische \
Militärgeheimdienst warnte vergangene Woche, Pjöngjang könne im Lauf des Winters [[bis zu \
30.000]] zusätzliche Soldaten schicken.</p>
<h2>Aus der Sennerei</h2>
<p>Unsere 46 Mitgliedsbetriebe haben in diesem Jahr knapp 9 Millionen Liter Heumilch \
geliefert. Ein Laib Bergkäse wiegt bei uns gut 35 Kilogramm und reift mindestens sechs Monate. \
Die Spendenbox für Olhas Heimatdorf an der Ladentheke hat bisher 2.480 Euro eingebracht, \
vergelt's Gott!</p>
<p>Der Hofladen hat an Heiligabend bis 12 Uhr geöffnet. Bestellungen für Käseplatten unter \
08365 70 29 11.</p>
</main>
<footer>Sennerei Wertach eG · Marktstraße 4 · 87497 Wertach · Impressum · Datenschutz</footer>
<script src="/js/laden.js?v=4"></script>
</body>
</html>
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "pub",
          "an apprentice relaying her mother's neighbours 'Die Nachbarn sagen' (the speaker "
          "quoted: other), present tense, undated: across the border in Kursk"),
        C("Mehrere hundert", None, "vague", "casualties", "united_states", "mon..pub",
          "news-box h2 'Washington:': the Pentagon's Monday figure (Monday to publication): "
          "killed or wounded"),
        C("Mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "a Pentagon spokesman, named after the figure, 'am Montag' (Thursday article): killed "
          "or wounded"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "the NIS via MP Lee 'am Donnerstag' (the publication day): fallen"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (the same toll, not an increment; 'knapp' as approx)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Nach Einschätzung des Dienstes' (carried from the Thursday briefing): in Russia"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'warnte vergangene Woche': 'zusätzliche' (increment) could be sent", add=True),
    ),
)

G03 = Source(
    article_id="g99_03_weinstrassen_portal_leutschach_importeur_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-02-20"),
    dated_by="sidecar",
    sidecar=(
        "Südsteirisches Weinstraßen-Portal",
        "https://www.weinstrasse-suedsteiermark.example/leben/2025/02/besuch-aus-seoul",
        "Ein Besuch aus Seoul und die Stille an der Front",
    ),
    features="a South Styrian wine-route portal from Leutschach in HTML, UTF-16 LE with BOM, no "
        "meta date (sidecar, Thursday), Austrian conventions (`Jänner`, `Feber`, `heuer`, "
        "`Achterl`), a dialect consent box, navigation by wine villages, a footer; `<title>` "
        "and h1 without a figure; the NIS 'am Mittwoch' via lawmakers with the contingent, dead "
        "and wounded (the same toll); Zelensky 'Ende Jänner' (days 21-31); HUR's chief 'am "
        "Wochenende' `2.000 bis 3.000 zusätzliche` (range, increment, Saturday-Sunday); an "
        "unnamed NATO diplomat 'am Montag' (at_least); a Korean wine importer and former "
        "officer 'sagt' `weit mehr als 1.000` dead (other, `pub`); the portal's own 'Sicher ist "
        "nur' `Tausende` (unattributed, required); bottles, hectares, years, prices, opening "
        "days, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Weinstraßen-Portal | Ein Besuch aus Seoul und die Stille an der Front</title>
</head>
<body>
<div class="einwilligung">A Cookie? Nur wenn S' mögen &ndash; so wie beim Achterl. \
<button>Gern</button> <button>Lieber ned</button></div>
<nav>Leutschach · Gamlitz · Ehrenhausen · Kitzeck · Spielfeld · Weinwelt</nav>
<article>
<h1>Ein Besuch aus Seoul und die Stille an der Front</h1>
<p>Die Nachricht kam am Mittwoch aus Seoul: Nordkorea hat seine Soldaten offenbar aus den \
Kämpfen im russischen Gebiet Kursk genommen. Seit Mitte Jänner habe man dort keine Gefechte \
mit nordkoreanischer Beteiligung mehr festgestellt, erklärte der Geheimdienst NIS vor \
Abgeordneten. Als Grund vermutet der Dienst die hohen Verluste. Kims Herbstkontingent \
beziffert er auf [[knapp 11.000]] Mann; [[rund 300]] davon seien tot, [[etwa 2.700]] verwundet.</p>
<p>In Kiew glaubt man nicht an ein Ende. Präsident Wolodymyr Selenskyj hatte Ende Jänner von \
[[über 4.000]] getöteten und verwundeten Nordkoreanern gesprochen. Geheimdienstchef Kyrylo \
Budanow zufolge wird Kim die Lücken rasch füllen: Am Wochenende sagte er in einem Interview, er \
rechne mit [[2.000 bis 3.000]] zusätzlichen Soldaten, vor allem für Artillerie und \
Drohnenabwehr. Auch ein Nato-Diplomat in Brüssel erwartete am Montag eine Rückkehr der \
Truppen. [[Mindestens 8.000]] Nordkoreaner stünden weiterhin in Russland bereit, sagte er.</p>
<p>Auf dem Weingut Zirngast oberhalb von Leutschach hat Anfang Feber ein ungewöhnlicher Gast \
gewohnt: Han Jae-wook, Weinhändler aus Seoul, der seit 2019 Sauvignon Blanc von der \
Weinstraße nach Korea bringt. Heuer will er 3.600 Flaschen abnehmen, fast doppelt so viele wie \
im Vorjahr. Bevor er in den Weinhandel wechselte, war Han zwölf Jahre lang Offizier der \
südkoreanischen Armee. Den offiziellen Zahlen traut er nur bedingt. „Es sind [[weit mehr als \
1.000]] Tote, da bin ich mir sicher. Gezählt wird nur, was man beweisen kann“, sagt Han.</p>
<p>Wie viele Nordkoreaner insgesamt in diesen Krieg gezogen sind, bleibt umstritten. Sicher ist \
nur: Es sind [[Tausende]], und im Frühjahr dürften es wieder mehr werden.</p>
<p>Das Weingut Zirngast bewirtschaftet 14 Hektar in Steillagen bis 480 Meter Seehöhe. Die \
Buschenschank sperrt am 14. März auf, geöffnet ist Donnerstag bis Sonntag, das Achterl kostet \
3,20 Euro. Reservierungen unter 03454 66 18.</p>
</article>
<footer>Südsteirisches Weinstraßen-Portal · Redaktion Leutschach an der Weinstraße · \
&copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("knapp 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'erklärte … vor Abgeordneten' after the news 'am Mittwoch', 'beziffert er' "
          "(the service by pronoun): the contingent sent in autumn"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "wed",
          "same statement, Konjunktiv: dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "wed",
          "same sentence: wounded (the same toll, not an increment)"),
        C("über 4.000", 4000, "at_least", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Zelensky 'Ende Jänner' (Austrian month name, days 21-31): killed and wounded"),
        C("2.000 bis 3.000", None, "range", "planned", "ukraine", "sat..sun",
          "HUR's chief 'Budanow zufolge … Am Wochenende sagte er' (Saturday-Sunday of a Thursday "
          "article): 'zusätzlichen' (increment) expected", add=True),
        C("Mindestens 8.000", 8000, "at_least", "in_russia", "nato", "mon",
          "an unnamed NATO diplomat 'am Montag', 'sagte er' after the figure, Konjunktiv: still "
          "in Russia"),
        C("weit mehr als 1.000", 1000, "at_least", "casualties", "other", "pub",
          "a Korean wine importer and former officer, quote with present-tense 'sagt' "
          "(undated): dead ('weit mehr als' as at_least)"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the portal's own 'Sicher ist nur' (no source: unattributed, required): gone to the "
          "war"),
    ),
)

G04 = Source(
    article_id="g99_04_loetschentaler_talpost_oberst",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-05-06"),
    dated_by="dateline", crlf=True,
    features="a Lötschental weekly (Swiss conventions) as plain text, ISO-8859-1 with CRLF, "
        "dateline 'Wiler, 6. Mai 2025 -' (Tuesday); `ss` (no sharp s), «», `15'000`, "
        "`30'000`, `18'000 bis 20'000`, `148'000`, 4-digit `4700`/`1400`; headline 'Seoul "
        "beziffert' from the NIS figure of 'am vergangenen Mittwoch' (Wednesday to "
        "publication); Gerasimov and KCNA 'Ende April' without a figure; 'Davon … etwa 600' "
        "(a breakdown of the casualties); a Pentagon spokesman 'am Freitag' «mehrere tausend»; "
        "Zelensky 'am Sonntagabend' `bis zu 30'000` weitere (increment); a colonel who teaches "
        "at the military academy, «…», sagt er (other, range, `pub`); ski-lift entries, per "
        "cent, years, carved masks, francs, a train timetable",
    text="""\
LÖTSCHENTALER TALPOST
Wochenblatt für Ferden, Kippel, Wiler, Blatten und die Lauchernalp

Kursk-Einsatz: Seoul beziffert Kims Truppe auf [[15'000]] Mann

Erst Moskau, dann Pjöngjang, nun auch Zahlen aus Seoul. Ein Oberst aus Kippel, der an der \
Militärakademie unterrichtet, ordnet sie ein.

Wiler, 6. Mai 2025 - Ende April haben Russland und Nordkorea innert zwei Tagen zugegeben, was \
man seit dem Herbst wusste: Soldaten aus dem Norden Koreas haben im russischen Gebiet Kursk \
gekämpft. Eine Zahl nannten weder Generalstabschef Waleri Gerassimow noch die Agentur KCNA.

Die Zahlen lieferte am vergangenen Mittwoch der südkoreanische Nachrichtendienst NIS. Vor dem \
Geheimdienstausschuss in Seoul bezifferte er die Truppe, die Pjöngjang seit Oktober entsandt \
habe, auf [[rund 15'000]] Mann. Davon seien [[rund 4700]] getötet oder verwundet worden, [[etwa \
600]] hätten ihr Leben verloren.

Aus Washington gibt es keine eigene Bilanz. Ein Sprecher des Pentagons verwies am Freitag \
lediglich auf «[[mehrere tausend]]» Nordkoreaner, die nach wie vor in Russland stationiert \
seien. Kiew warnt derweil vor der nächsten Welle: Präsident Wolodymyr Selenskyj sagte am \
Sonntagabend in seiner Videoansprache, Pjöngjang könne [[bis zu 30'000]] weitere Soldaten \
bereitstellen, sobald Moskau danach verlange.

«Man zählt die Kampftruppe»

Oberst i Gst Reto Bellwald ist in Kippel aufgewachsen und unterrichtet heute an der \
Militärakademie an der ETH Zürich. Er hält die Angaben aus Seoul für plausibel, aber \
unvollständig. «Der Dienst zählt die Kampftruppe. Rechnet man Pioniere, Bauleute und \
Nachschub dazu, kommt man auf [[18'000 bis 20'000]] Nordkoreaner, die in Russland waren», sagt \
er. Beunruhigender als jede Zahl sei aber die Erfahrung: «Wer ein halbes Jahr Drohnenkrieg \
überlebt hat, bringt dieses Wissen nach Hause. Das betrifft Südkorea direkt.»

Für das Tal ist die Wintersaison zu Ende. Die Bergbahnen Lauchernalp zählten 148'000 \
Eintritte, rund 6 Prozent mehr als im Vorjahr. In Blatten schnitzt Alois Kalbermatten seit \
41 Jahren Tschäggättä-Masken; rund 60 Stück hat er diesen Winter verkauft, die grösste für \
1400 Franken. Die Lötschbergbahn fährt ab dem 15. Juni wieder im Halbstundentakt nach Goppenstein.
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul beziffert': the NIS figure of 'am vergangenen Mittwoch' (Wednesday "
          "to publication), the hedge dropped: sent"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am vergangenen Mittwoch' (in a Tuesday article: 30 April), Konjunktiv: sent "
          "since October"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same briefing: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'Davon … etwa 600 hätten ihr Leben verloren' (a breakdown of the casualties, not an "
          "increment)"),
        C("mehrere tausend", None, "vague", "in_russia", "united_states", "fri",
          "a Pentagon spokesman 'am Freitag' «…» (Tuesday article: the previous Friday): still "
          "stationed in Russia"),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "sun",
          "Zelensky 'am Sonntagabend' (Konjunktiv 'könne … bereitstellen'): 'weitere' "
          "(increment)", add=True),
        C("18'000 bis 20'000", None, "range", "in_russia", "other", "pub",
          "a colonel who teaches at the military academy, «…», sagt er (present, undated): in "
          "Russia, builders and supply counted in"),
    ),
)

G05 = Source(
    article_id="g99_05_gipfelbuch_pirna_satellitenbilder_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Gipfelbuch – Mitteilungen des Kletterklubs Pirna-Copitz",
        "https://www.kletterklub-pirna.example/gipfelbuch/2025-2/zelte-bei-kursk",
        "Über den Gipfelrand geschaut: Zelte bei Kursk",
    ),
    features="a Pirna climbing club's booklet in Markdown, UTF-8 with BOM, front matter without "
        "a date (sidecar, Thursday) and a title without a figure; Shoigu 'Im Juni' `6.000` "
        "deminers and builders (russia, planned, the month); HUR 'Vergangene Woche' `25.000 "
        "bis 30.000 zusätzlichen` (range, increment); the NIS 'am Dienstag' with `rund 1.000` "
        "deminers arrived in Kursk (near the front) and a total, 'erklärte er'; state TV 'Ende "
        "Juni' `Dutzende` names of the fallen (north_korea, days 21-30); a member who counts "
        "tents on satellite images: 140 tents (not a claim) → `1.200 bis 1.500` (other, range, "
        "`pub`); the booklet's own 'Rechnet man … zusammen' `an die 20.000` by autumn "
        "(unattributed, planned, required); summits, grades, members, ages, euros, a date, a "
        "phone number",
    text="""\
---
title: "Über den Gipfelrand geschaut: Zelte bei Kursk"
verein: Kletterklub Pirna-Copitz 1911 e.V.
heft: "Gipfelbuch 2/2025"
---

# Über den Gipfelrand geschaut

*Tobias Krahl klettert seit zwanzig Jahren im Elbsandstein. Beruflich wertet er \
Satellitenbilder aus – und seit dem Winter schaut er dabei genau nach Kursk.*

Im Juni war Sergej Schoigu wieder einmal in Pjöngjang. Nach dem Treffen mit Kim Jong Un \
verkündete der Sekretär des russischen Sicherheitsrats, Nordkorea werde [[6.000]] Soldaten \
schicken: Minenräumer und Bautrupps, die das Gebiet Kursk wieder bewohnbar machen sollen.

Für Kiew ist das nur der Anfang. Vergangene Woche berichtete der ukrainische \
Militärgeheimdienst, Kim lasse [[25.000 bis 30.000]] zusätzliche Soldaten für Russland \
ausbilden; die ersten könnten schon im August an der Front stehen.

Südkoreas Geheimdienst NIS bestätigte am Dienstag zumindest einen Teil davon. Die ersten \
[[rund 1.000]] Minenräumer seien bereits im Gebiet Kursk eingetroffen, erklärte er vor \
Abgeordneten. Seit dem Herbst hätten damit [[etwa 15.000]] Nordkoreaner in Russland gedient.

Das nordkoreanische Fernsehen zeigte Ende Juni eine Gedenkfeier in Pjöngjang. Verlesen wurden \
die Namen von [[Dutzenden]] Gefallenen, die „im Ausland ihre Pflicht erfüllt“ hätten.

## „Man zählt Zelte, nicht Menschen“

Tobias Krahl, 41, arbeitet in Dresden für eine Firma, die Satellitenaufnahmen für Versicherer \
und Forstämter auswertet. Abends, wenn die Kinder schlafen, legt er frei zugängliche Bilder von \
zwei Lagern bei Kursk übereinander, Woche für Woche. „Seit Mai sind dort 140 neue Zelte \
dazugekommen. Rechnet man zehn Mann pro Zelt, sind das [[1.200 bis 1.500]] Mann, vermutlich \
die Minenräumer“, sagt er. Genauer gehe es nicht: „Man zählt Zelte, nicht Menschen.“

Rechnet man Schoigus Ankündigung und die Zahlen aus Seoul zusammen, stünden bis zum Herbst \
[[an die 20.000]] Nordkoreaner im Dienst Moskaus.

## Aus dem Klub

- Unser Klub zählt 187 Mitglieder, die jüngste ist 9, der älteste 86.
- In der Sächsischen Schweiz gibt es über 1.100 Klettergipfel; Tobias hat 412 davon bestiegen, \
den schwersten im Grad VIIIc.
- Arbeitseinsatz an der Hütte am 19. Juli, ab 9 Uhr; die Übernachtung kostet für Mitglieder \
weiterhin 12 Euro.
- Hüttenwart: Kerstin Liebscher, Telefon 03501 58 32 10.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni' (the month), 'verkündete …, Nordkorea werde … schicken': deminers "
          "and builders (planned, no increment word)"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "lastweek",
          "HUR 'Vergangene Woche berichtete', Konjunktiv: 'zusätzlichen' (increment) being "
          "prepared", add=True),
        C("rund 1.000", 1000, "approx", "near_front", "south_korea", "tue",
          "the NIS 'am Dienstag', 'erklärte er' after the figure: deminers arrived in the Kursk "
          "region (near the front, as deminers before)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "same briefing, Konjunktiv: served in Russia since autumn (a total, not an increment)"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-06-21..2025-06-30",
          "state TV 'Ende Juni' (days 21-30): names of the fallen read out"),
        C("1.200 bis 1.500", None, "range", "near_front", "other", "pub",
          "a club member's own count from satellite images ('sagt', undated; the 140 tents are "
          "not a claim): probably the deminers at the camps near Kursk"),
        C("an die 20.000", 20000, "approx", "planned", "unattributed", "pub",
          "the booklet's own sum 'Rechnet man … zusammen, stünden bis zum Herbst' (no source: "
          "unattributed, required; a forecast: planned)"),
    ),
)

G06 = Source(
    article_id="g99_06_strom_und_leben_eschwege_netzmeisterin",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-09-11"),
    dated_by="sidecar",
    sidecar=(
        "Strom & Leben – Kundenmagazin der Stadtwerke Eschwege",
        "https://www.stadtwerke-eschwege.example/magazin/herbst-2025/zwei-netze",
        "Zwei Netze, ein Handwerk",
    ),
    features="a municipal utility's customer magazine from Eschwege as plain text, UTF-8 "
        "(sidecar, Thursday); a Ukrainian grid foreman whose father repairs lines in the Sumy "
        "region; the NIS 'Anfang des Monats' (days 1-10) with dead, deminers in Kursk (near "
        "the front) and builders 'deren Zahl der Dienst auf mehrere tausend schätzt' (in "
        "Russia); Kim 'Ende August' „Tausenden Helden“ who fought (north_korea, near the "
        "front, days 21-31); `Bis zu 6.000` weitere builders, 'hieß es am Montag' after the "
        "figure (ukraine, increment); 'Nach Angaben aus Washington' and a US official "
        "'vergangene Woche' (`lastweek`); the foreman relaying her father's village `einige "
        "tausend` (other, `pub`); cents per kWh, customers, transformers, kilovolts, "
        "kilometres of line, her age, opening hours, a phone number",
    text="""\
STROM & LEBEN
Das Kundenmagazin der Stadtwerke Eschwege | Herbst 2025

MENSCHEN BEI UNS

Zwei Netze, ein Handwerk

Olena Sawtschenko, 34, ist seit Februar Netzmeisterin bei den Stadtwerken. Ihr Vater flickt im \
Gebiet Sumy Stromleitungen, die Drohnen und Granaten zerreißen, oft nur wenige Kilometer von \
der russischen Grenze entfernt.

Wenn in Eschwege nachts ein Umspannwerk Alarm schlägt, fährt Olena Sawtschenko los. In \
Charkiw hat sie Elektrotechnik studiert, danach acht Jahre lang Mittelspannungsnetze betreut. \
„Hier ist ein Ausfall ein Ärgernis. Zu Hause ist er ein Angriff“, sagt sie. Gegenüber dem Dorf \
ihrer Eltern, auf der russischen Seite, arbeiten seit dem Sommer Soldaten aus Nordkorea.

Die Zahlen dazu kommen vor allem aus Seoul. Der südkoreanische Geheimdienst NIS teilte Anfang \
des Monats mit, Pjöngjang habe in Russland inzwischen [[rund 2.000]] Tote zu beklagen. [[Etwa \
1.000]] Minenräumer seien im Gebiet Kursk im Einsatz, dazu kämen Bautrupps, deren Zahl der \
Dienst auf [[mehrere tausend]] schätzt. Nordkorea selbst spricht inzwischen offen über den \
Einsatz: Ende August ehrte Kim Jong Un in Pjöngjang die Gefallenen und rühmte die \
„[[Tausenden]] Helden“, die in Kursk gekämpft hätten.

Es sollen noch mehr werden. [[Bis zu 6.000]] weitere Bausoldaten sollen bis zum Winter nach \
Russland kommen, hieß es am Montag beim ukrainischen Militärgeheimdienst. Nach Angaben aus \
Washington liegen die Verluste deutlich höher als von Seoul genannt: Ein Vertreter der \
US-Regierung sprach vergangene Woche von [[mehr als 4.000]] getöteten und verwundeten \
Nordkoreanern seit dem vergangenen Herbst.

„Mein Vater sagt, nachts hört man drüben Bagger und Sprengungen“, erzählt Olena Sawtschenko. \
„Im Dorf glauben die Leute, dass dort [[einige tausend]] Koreaner Minen räumen.“ Angst habe \
er nicht, sagt sie, nur keine Ersatzteile.

Im Sommer haben die Stadtwerke drei ausgemusterte Transformatoren und 2,4 Kilometer Kabel an \
den Versorger der ukrainischen Partnerstadt geschickt. Weitere Spenden nimmt der Förderverein \
entgegen.

KURZ & BÜNDIG

Der Arbeitspreis für Strom sinkt zum 1. Oktober auf 31,9 Cent je Kilowattstunde, der Grundpreis \
bleibt gleich. Die Stadtwerke versorgen rund 17.400 Kunden über ein Netz von 420 Kilometern, \
die Freileitung nach Reichensachsen wird auf 20 Kilovolt umgestellt. Das Kundencenter am \
Schlossplatz ist montags bis freitags von 8 bis 17 Uhr geöffnet, Störungsnummer 05651 \
30 60 99.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'teilte Anfang des Monats mit' (days 1-10): dead"),
        C("Etwa 1.000", 1000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "same statement, Konjunktiv: deminers at work in the Kursk region (near the front)"),
        C("mehrere tausend", None, "vague", "in_russia", "south_korea",
          "2025-09-01..2025-09-10",
          "same statement, 'deren Zahl der Dienst auf … schätzt': builders (in Russia, as "
          "builders before; 'dazu kämen' is not an increment)"),
        C("Tausenden", None, "vague", "near_front", "north_korea", "2025-08-21..2025-08-31",
          "Kim 'Ende August' (days 21-31) „…“: heroes who fought in Kursk"),
        C("Bis zu 6.000", 6000, "at_most", "planned", "ukraine", "mon",
          "HUR, 'hieß es am Montag' after the figure (Thursday article): 'weitere' (increment) "
          "builders to come by winter", add=True),
        C("mehr als 4.000", 4000, "at_least", "casualties", "united_states", "lastweek",
          "'Nach Angaben aus Washington', a US official 'vergangene Woche': killed and wounded"),
        C("einige tausend", None, "vague", "near_front", "other", "pub",
          "a Ukrainian grid foreman relaying her father's village 'Im Dorf glauben die Leute' "
          "(the speaker quoted: other), undated: clearing mines across the border"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

G07 = Source(
    article_id="g99_07_okavango_operators_bulletin_maun",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-10-25"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Okavango Operators' Bulletin",
        "https://www.okavango-operators.example/bulletin/2024/10/25/seoul-kim-3000-russia",
        "Seoul: Kim has sent 3,000 troops to Russia",
    ),
    features="an Okavango safari operators' bulletin from Maun (Botswana) as plain text, "
        "windows-1252 with CRLF, curly quotes and apostrophes (sidecar, Friday), British "
        "spelling; headline 'Seoul:' from the NIS's Wednesday figure (Wednesday to "
        "publication); `about 3,000` 'up from the 1,500 it had reported a week earlier' (a new "
        "total, not an increment; the earlier figure dated 16 October), 'according to "
        "lawmakers', 'The agency expects' (carried, planned); Austin without a figure and the "
        "White House 'a day later' (Thursday); Zelensky 'last week' `12,000` being prepared "
        "(planned); HUR 'on Monday' with a first group forecast for Kursk (planned); a Maun "
        "doctor who studied in Kharkiv relaying friends `tens of thousands` (other, `pub`); "
        "bookings, per cent, polers, elephants, water levels, pula, a phone number",
    text="""\
OKAVANGO OPERATORS’ BULLETIN
Weekly news for guides, lodges, polers and pilots in Maun and the Delta

WORLD
Seoul: Kim has sent [[3,000]] troops to Russia
North Korean soldiers are drilling in Russia’s far east. A Maun doctor who studied in Kharkiv \
fears what comes next.

By Onalenna Sebele

South Korea’s spy agency has doubled its estimate in the space of a week. On Wednesday the \
National Intelligence Service told a closed session of parliament in Seoul that [[about 3,000]] \
North Korean soldiers were now in Russia, up from the [[1,500]] it had reported a week earlier, \
according to lawmakers who attended. The agency expects the total to reach [[some 10,000]] by \
December, with most of the men still at training grounds near Vladivostok and Khabarovsk.

Washington has seen the evidence too. US Defense Secretary Lloyd Austin confirmed on Wednesday \
that North Korean troops were in Russia, and a day later the White House put the number at \
“[[at least 3,000]]”, moved by ship and then by train to bases in the east.

Kyiv’s figures run higher. President Volodymyr Zelensky told reporters last week that \
[[12,000]] North Koreans were being readied for the war. On Monday Ukraine’s military \
intelligence said a first group of [[roughly 2,000]] would be in Russia’s Kursk region, \
across the border from Ukraine, by early November.

For Dr Kelebogile Moagi the news is personal. She studied medicine in Kharkiv from 2006 to 2012 \
and still exchanges messages with former classmates at the university hospital there. “They \
tell me Kim will send [[tens of thousands]] if Putin asks for them, and nobody in Pyongyang \
will say no,” she said at her surgery near the airport. “My friends are already working \
double shifts.”

IN THE DELTA
Bookings from Europe for the green season are 8 per cent down on last year, the operators’ \
association says, while more than 120 polers have registered for the mokoro licence refresher. \
Northern Botswana’s elephant population is still put at about 130,000. The flood is late: the \
Thamalakane at the Old Bridge was 40 centimetres lower than a year ago. Jet A1 at Maun airport \
now costs P21.40 a litre.

Adverts and notices: 686 1274, or the office behind the Riley’s roundabout.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS's Wednesday figure (Wednesday to publication), the hedge "
          "dropped: sent to Russia"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'On Wednesday … told … parliament', 'according to lawmakers' after the figures: "
          "in Russia (a new total, not an increment)"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-16",
          "same passage: the figure 'it had reported a week earlier' (than Wednesday 23 "
          "October: 16 October): in Russia"),
        C("some 10,000", 10000, "approx", "planned", "south_korea", "wed",
          "'The agency expects' (carried from the Wednesday briefing): total by December"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "thu",
          "the White House 'a day later' (than Austin's Wednesday: Thursday) “…”: moved to "
          "Russia"),
        C("12,000", 12000, "exact", "planned", "ukraine", "lastweek",
          "Zelensky 'told reporters last week': being readied for the war (planned)"),
        C("roughly 2,000", 2000, "approx", "planned", "ukraine", "mon",
          "HUR 'On Monday' (Friday article): a first group that would be in Kursk by early "
          "November (a forecast: planned)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a Maun doctor relaying former classmates in Kharkiv 'They tell me' (the speaker "
          "quoted: other), undated: Kim will send"),
    ),
)

G08 = Source(
    article_id="g99_08_red_rock_ledger_gallup_flea_market_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-01-17"),
    dated_by="html_meta",
    features="a Gallup (New Mexico) paper in HTML, ISO-8859-1 (quotes and apostrophes as "
        "entities `&rsquo;`, `&ldquo;`, `&lsquo;`), `<meta name=\"date\">` (Friday), a cookie "
        "note about Route 66 neon, a section script, navigation with the Navajo Nation and Zuni, "
        "a footer with a phone; `<title>` figure (optional); headline 'Seoul says' from the "
        "NIS's Monday figure (Monday to publication); `2,700 more have been wounded` (a false "
        "friend: the same toll, not an increment); Zelensky 'said Saturday' (US style) `two` "
        "captured (number word); a Pentagon deputy press secretary 'said Wednesday'; HUR 'has "
        "put … at … this week' (Monday to publication); a Navajo veteran of the DMZ who "
        "'figures' `another 10,000` (other, increment, `pub`); vendors, ages, years, a "
        "division number, elevation, dollars, the Code Talkers",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Seoul says [[300]] North Koreans killed in Kursk | Red Rock Ledger</title>
<meta name="date" content="2025-01-17">
<meta property="og:site_name" content="Red Rock Ledger">
<script>window.rrl={section:"world",edition:"gallup",paywall:false};</script>
</head>
<body>
<div class="cookies">Our cookies glow about as long as the neon on old Route 66. \
<button>OK</button> <button>Only what&rsquo;s needed</button></div>
<nav><a href="/">Home</a> | <a href="/gallup">Gallup</a> | <a href="/navajo-nation">Navajo \
Nation</a> | <a href="/zuni">Zuni</a> | <a href="/world">World</a></nav>
<main>
<h1>Seoul says [[300]] North Koreans killed in Kursk</h1>
<p class="byline">By Darlene Yazzie | Ledger staff</p>
<p>North Korea has lost [[about 300]] soldiers killed in Russia&rsquo;s Kursk region, South \
Korea&rsquo;s National Intelligence Service told lawmakers on Monday, and [[2,700]] more have \
been wounded. The agency also said some of the men carried grenades with orders to use them on \
themselves sooner than surrender.</p>
<p>Some were taken alive anyway. President Volodymyr Zelensky said Saturday that Ukrainian \
troops had captured [[two]] wounded North Koreans, and he later released video of both men \
being questioned by interpreters in Kyiv.</p>
<p>The Pentagon has its own count of the losses. Deputy press secretary Sabrina Singh said \
Wednesday that North Korea had suffered &ldquo;[[at least 1,000]]&rdquo; killed and wounded \
in one week of December fighting alone. Ukraine&rsquo;s military intelligence, for its part, \
has put North Korean dead and wounded at [[roughly 3,800]] this week.</p>
<h2>&lsquo;We stood across the line from them&rsquo;</h2>
<p>At the Gallup flea market, where about 400 vendors set up along the old highway every \
weekend, Harrison Begay sells silver and turquoise from the back of a pickup. Begay, 72, served \
with the 2nd Infantry Division near the Demilitarized Zone in 1973 and 1974. He figures Kim \
will send another [[10,000]] before spring. &ldquo;He has plenty of young men and nothing \
else Putin wants,&rdquo; Begay said. &ldquo;They were hungry kids back then too.&rdquo;</p>
<p>His uncle was one of the Navajo Code Talkers, and Begay still keeps the man&rsquo;s medal \
on the dashboard. A good squash blossom necklace brings $450 at his stall; Gallup sits at \
6,500 feet, and on January mornings the vendors start in the dark.</p>
</main>
<footer>&copy; 2025 Red Rock Ledger &middot; Gallup, New Mexico &middot; Newsroom (505) \
863 2217</footer>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul says': the NIS's Monday figure of the lead (Monday to publication), "
          "the hedge dropped: killed"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'told lawmakers on Monday', named after the figure: killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: '2,700 more have been wounded' (a false friend: the same toll, not an "
          "increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'said Saturday' (US style, Friday article): captured (number word)"),
        C("at least 1,000", 1000, "at_least", "casualties", "united_states", "wed",
          "Pentagon deputy press secretary 'said Wednesday' “…”: killed and wounded in one week"),
        C("roughly 3,800", 3800, "approx", "casualties", "ukraine", "mon..pub",
          "HUR 'has put … at … this week' (Monday to publication): dead and wounded"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a Navajo veteran of the DMZ who 'figures' (present, undated): 'another' (increment, "
          "span without the word) before spring", add=True),
    ),
)

G09 = Source(
    article_id="g99_09_main_street_pilot_moose_jaw_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-03-27"),
    dated_by="front_matter",
    features="a Moose Jaw (Saskatchewan) paper in Markdown, UTF-16 LE with BOM, front matter with "
        "`date:` (Thursday) and a title without a figure, Canadian spelling; heading without a "
        "figure; the JCS 'told reporters on Monday' `roughly 3,000 additional` (increment, span "
        "without the word) and 'By the JCS tally' casualties, 'The JCS also believes' without a "
        "figure; a US defense official 'yesterday' `no more than 5,000` on the front line "
        "(at_most); Syrskyi 'on March 20' (explicit date); a NATO official 'briefing reporters on "
        "Tuesday' 'put … at' `north of 13,000`; a Korean-Canadian restaurant owner 'By her count' "
        "`close to 20,000` (other, `pub`); a retired RCAF navigator who 'reckons' `several "
        "thousand` more (other, increment, `pub`); jets, staff, years, temperatures, population, "
        "dollars",
    text="""\
---
title: "From 15 Wing to Kursk: Moose Jaw follows Kim's winter war"
date: 2025-03-27
section: World & Prairie
byline: Graham Sawatzky
---

# Pyongyang quietly topped up its Kursk force, Seoul says

Kim Jong Un has quietly made good his winter losses. Over the first two months of the year, \
[[roughly 3,000]] additional North Korean soldiers were put on trains to Russia, Seoul's \
Joint Chiefs of Staff told reporters on Monday. By the JCS tally, [[some 4,000]] of Kim's men \
have been killed or wounded in Kursk since the first clashes in November. The JCS also \
believes Pyongyang keeps shipping artillery shells and short-range missiles by the \
trainload.

A U.S. defense official, who spoke to reporters yesterday on condition of anonymity, said \
[[no more than 5,000]] of the North Koreans were on the front line at any one time, with the \
rest held back in camps. Ukraine's commander-in-chief, Oleksandr Syrskyi, said on March 20 \
that North Korean units were attacking again near Sudzha, with [[around 1,500]] of them in the \
assault groups.

NATO takes a wider view. An alliance official, briefing reporters on Tuesday in Brussels, put \
the North's rotations through Russian units since October at "[[north of 13,000]]" \
soldiers. Moscow has still not acknowledged that any of them are there.

## On Main Street

At the Seoul Garden on Main Street North, Esther Cho has been serving bibimbap to air crews \
from 15 Wing since 2009. Her father crossed from the North as a boy in 1951. She follows the \
war on YouTube channels from Seoul every night after closing. By her count, [[close to \
20,000]] North Koreans have gone to Russia by now, "if you add the workers nobody talks \
about".

Lt.-Col. (ret.) Dale Kowalchuk, who flew as a navigator out of 15 Wing for 22 years, reckons \
Kim will send [[several thousand]] more once the ground thaws. "He is paying Putin back in \
people," Kowalchuk said over coffee at the restaurant's corner table.

## Around the Friendly City

- The Snowbirds' nine jets return from winter maintenance on April 14; 15 Wing employs about \
1,500 military and civilian staff.
- Overnight lows are still near -18 C, so the city has kept the outdoor rink at Crescent Park \
open for another week.
- Moose Jaw's population has passed 34,000, the city says; tunnel tours now cost $19.
""",
    claims=(
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the JCS 'told reporters on Monday', named after the figure: 'additional' (increment, "
          "span without the word) put on trains to Russia", add=True),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "'By the JCS tally' (carried): killed or wounded"),
        C("no more than 5,000", 5000, "at_most", "near_front", "united_states", "yday",
          "an anonymous US defense official 'yesterday' (Wednesday): on the front line at any "
          "one time"),
        C("around 1,500", 1500, "approx", "near_front", "ukraine", "2025-03-20",
          "Syrskyi 'said on March 20' (explicit date): in the assault groups near Sudzha"),
        C("north of 13,000", 13000, "at_least", "in_russia", "nato", "tue",
          "a NATO official 'briefing reporters on Tuesday … put … at' \"…\" ('north of' as "
          "at_least): rotated through Russian units"),
        C("close to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a Korean-Canadian restaurant owner, 'By her count' (undated): gone to Russia, "
          "workers counted in"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "a retired RCAF navigator who 'reckons' (present, undated): 'more' (increment, span "
          "without the word) once the ground thaws", add=True),
    ),
)

G10 = Source(
    article_id="g99_10_little_bay_radio_montserrat_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-06-24"),
    dated_by="sidecar",
    sidecar=(
        "Little Bay Radio News",
        "https://www.littlebayradio.example/news/2025/06/24/nato-chief-north-korea-15000",
        "NATO chief puts North Korea's deployment above 15,000",
    ),
    features="a Montserrat radio station's news page in HTML, windows-1252 (curly quotes raw, "
        "`&amp;`), no meta date (sidecar, Tuesday), a consent box about the volcano, a player "
        "script, navigation, a footer with a phone; `<title>` without a figure; headline "
        "keeping the hedge `above 15,000` from Rutte's 'yesterday' (yesterday to publication, "
        "at_least); Rutte 'told reporters yesterday' named after the figure; Shoigu 'last "
        "Tuesday' in a Tuesday article (a week earlier: 17 June) `1,000` deminers and `5,000` "
        "builders (russia, planned); state TV 'on Saturday' medals for `hundreds` of returnees "
        "(optional); the NIS 'in early June' (days 1-10) `some 4,700`; HUR 'on Friday' "
        "`between 25,000 and 30,000` more (range, increment); a former British Army corporal "
        "who 'reckons' “well over 20,000” (other, `pub`); population, years, minutes, EC "
        "dollars, per cent, member states, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Little Bay Radio – World news from the Emerald Isle of the Caribbean</title>
<meta property="og:site_name" content="Little Bay Radio">
<script>var lbr={stream:"live",bitrate:128,show:"midday-news"};</script>
</head>
<body>
<div id="consent">Cookies on this site are far less unpredictable than the volcano. \
<button>Yes, carry on</button> <button>Show me the choices</button></div>
<nav><a href="/">Home</a> · <a href="/local">Montserrat</a> · <a href="/caribbean">Caribbean</a> \
· <a href="/world">World</a> · <a href="/sport">Sport &amp; Culture</a></nav>
<article>
<h1>NATO chief puts North Korea’s deployment [[above 15,000]]</h1>
<p class="standfirst">As alliance leaders arrive in The Hague, Moscow is waiting for Kim’s \
deminers and builders. A Montserratian who served in the British Army is following every \
step.</p>
<p>North Korea has sent “[[more than 15,000]]” soldiers to fight for Russia, NATO Secretary \
General Mark Rutte told reporters yesterday on the eve of the alliance’s summit. “This is not \
a sideshow. It is a partnership of two regimes at war with the rules,” he said.</p>
<p>Moscow wants more. Sergei Shoigu, the secretary of Russia’s Security Council, said in \
Pyongyang last Tuesday that Kim had agreed to provide [[1,000]] mine-clearance specialists \
plus [[5,000]] army construction workers for the rebuilding of Kursk, a region Russian forces \
say they have cleared of Ukrainian troops. \
On Saturday, state television showed Kim Jong Un pinning medals on [[hundreds]] of soldiers \
back from the front.</p>
<p>South Korea’s National Intelligence Service, in early June, put Pyongyang’s dead and \
wounded at [[some 4,700]] since the first deployment last autumn. Ukraine’s military \
intelligence warned on Friday that Pyongyang could send [[between 25,000 and 30,000]] more \
troops by the end of the summer.</p>
<h2>From Salem to Salisbury Plain</h2>
<p>Corporal (retd) Desmond Greenaway, 38, grew up in Salem and served nine years in the Royal \
Logistic Corps, with two tours in Estonia. Back home since 2022, he drives a taxi between the \
ferry port and Brades. He reckons the true total is “[[well over 20,000]] by now, if you count \
the labourers, and nobody in Pyongyang is counting for us”.</p>
<p>Leaders of the alliance’s 32 member states are expected to agree to lift defence spending \
towards 5 per cent of GDP. Montserrat, with about 4,400 residents, has no army of its own; the \
island’s defence rests with the United Kingdom.</p>
<p>The ferry from Antigua runs four times a week and takes about 90 minutes; a single ticket \
is EC$150.</p>
</article>
<footer>Little Bay Radio · Brades, Montserrat · Newsroom (664) 491 3320</footer>
</body>
</html>
""",
    claims=(
        C("above 15,000", 15000, "at_least", "in_russia", "nato", "yday..pub",
          "headline: Rutte's figure of 'yesterday' (yesterday to publication), the hedge kept "
          "('above' as at_least): sent"),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "yday",
          "Rutte 'told reporters yesterday', named after the figure, “…”: sent to fight for "
          "Russia"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'said … last Tuesday' (in a Tuesday article: a week earlier, 17 June): "
          "mine-clearance specialists Kim 'had agreed to provide'"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same statement: army construction workers (planned, no increment word)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sat",
          "state TV 'On Saturday': returnees receiving medals (optional, as returnees before)",
          opt=True),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-06-01..2025-06-10",
          "the NIS, 'in early June' (days 1-10), 'put … at': dead and wounded"),
        C("between 25,000 and 30,000", None, "range", "planned", "ukraine", "fri",
          "HUR 'warned on Friday' (Tuesday article: the previous Friday): 'more' (increment, "
          "span without the word) could be sent", add=True),
        C("well over 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a former British Army corporal who 'reckons' “…” (present, undated): the true total"),
    ),
)

G11 = Source(
    article_id="g99_11_green_mountain_notes_ascension_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-10-21"),
    dated_by="front_matter", crlf=True,
    features="an Ascension Island community newsletter in Markdown, ISO-8859-1 with CRLF, "
        "straight quotes and `--`, front matter with `date:` (Tuesday) and a title without a "
        "figure; Kim's parade speech 'On 10 October' `thousands` who fought in Kursk "
        "(north_korea, near the front, required) and `a few hundred` veterans marching "
        "(returnees: optional); the NIS 'last week' with dead and `around 10,000` still in "
        "Kursk; HUR 'on Friday' 'a further' `5,000` builders on their way (increment, in "
        "Russia); the US deputy ambassador at the Security Council 'on Thursday' \"…\" "
        "(at_least); Russia's defence ministry 'on Sunday' `some 1,500` sappers (russia, near "
        "the front); the newsletter's own 'Put together' `13,000 to 15,000` (unattributed, "
        "range, required); population, flights, turtle nests, kilometres, pounds, a phone "
        "number",
    text="""\
---
title: "The wider world: a year of Kim's soldiers"
date: 2025-10-21
newsletter: Green Mountain Notes
issue: 412
---

# The wider world

*Our monthly round-up of news from beyond the island, for those who missed the radio bulletins \
on the night shift.*

On 10 October Pyongyang marked 80 years of the Workers' Party with a night-time parade. Kim \
Jong Un used his speech to praise the [[thousands]] of soldiers who had "stood by our Russian \
comrades" in the Kursk battles, and the cameras lingered on [[a few hundred]] of \
them as they goose-stepped past in a block of their own.

The numbers from Seoul are less festive. South Korea's intelligence service told lawmakers \
last week that the death toll among the North's soldiers stands at [[about 2,000]], and that \
[[around 10,000]] remain in the Kursk region, most of them clearing mines or guarding the \
border. Ukraine's military intelligence said on Friday that a further [[5,000]] military \
builders were travelling west by rail, bound for Kursk's broken roads and railway bridges.

At the UN Security Council on Thursday, the US deputy ambassador said Pyongyang had "lost \
[[well over 5,000]] killed and wounded in a war that is not its own". Moscow, which denied for \
months that the North Koreans were there at all, now speaks of them warmly: Russia's defence \
ministry said on Sunday that [[some 1,500]] North Korean sappers had cleared farmland and \
villages near Sudzha.

Put together, those figures point to [[13,000 to 15,000]] Korean soldiers and labourers \
rotated through Russia over the year -- and the count is still going up.

# Island news

- The airbridge brings two flights a month from Brize Norton; the next lands on 4 November.
- Green turtle nests on Long Beach reached 11,200 this season, a record, say the \
conservation team.
- St Helena is 1,300 kilometres away and the supply ship is due on the 29th; tinned goods at \
the Georgetown shop are up by about 40p a tin.
- Island population: roughly 800, including the contractors at the airhead.
- Notices for the next issue to the Exiles Club, telephone 66 243.
""",
    claims=(
        C("thousands", None, "vague", "near_front", "north_korea", "2025-10-10",
          "Kim's parade speech 'On 10 October': soldiers who fought in Kursk (required; a "
          "statement about those who fought, not a parade headcount)"),
        C("a few hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "the parade broadcast: returnees marching past (optional, as returnees before)",
          opt=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'told lawmakers last week': the death toll"),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "same briefing: remain in the Kursk region, clearing mines or guarding the border"),
        C("5,000", 5000, "exact", "in_russia", "ukraine", "fri",
          "HUR 'said on Friday' (Tuesday article): 'a further' (increment) builders travelling "
          "west by rail, bound for Kursk (in Russia, as builders on their way before)", add=True),
        C("well over 5,000", 5000, "at_least", "casualties", "united_states", "thu",
          "the US deputy ambassador at the Security Council 'on Thursday', quoted \"…\" ('well "
          "over' as at_least): killed and wounded"),
        C("some 1,500", 1500, "approx", "near_front", "russia", "sun",
          "Russia's defence ministry 'said on Sunday': sappers who cleared villages near Sudzha "
          "(near the front)"),
        C("13,000 to 15,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Put together, those figures point to' (no source: "
          "unattributed, required): rotated through Russia"),
    ),
)

G12 = Source(
    article_id="g99_12_chiniak_bay_chronicle_kodiak",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-13"),
    dated_by="dateline",
    features="a Kodiak (Alaska) paper as plain text, UTF-8, dateline 'KODIAK, Alaska, November "
        "13, 2025 —' (Thursday), US style; the NIS 'On Nov. 4' (explicit date) with builders sent "
        "(in Russia) and troops near the border, 'the agency said' after the figures; Russia's "
        "ambassador in Pyongyang 'told … on Saturday' “thousands” more to come next year (russia, "
        "planned, increment); HUR 'earlier this month' (1st to publication); a State Department "
        "spokesperson 'said Friday' (US style) `as many as 3,000` more (increment, at_most); a "
        "NATO official 'In a briefing on Tuesday' 'put … at' `16,000`; a retired Coast Guard "
        "chief's \"By my count\" `twelve thousand` (other, number words, `pub`); crab quota "
        "pounds, boats, cutter length, miles, prices, population, a phone number",
    text="""\
CHINIAK BAY CHRONICLE
Kodiak Island news for the harbor, the canneries and the villages

Far from Kursk, a Kodiak net loft keeps count of Kim's soldiers

KODIAK, Alaska, November 13, 2025 — With the Bering Sea crab season days away, the talk at \
Ray Nakamura's net loft on Shelikof Street is mostly about quota and weather. But Nakamura, a \
retired Coast Guard chief who spent six years on cutters patrolling the maritime boundary with \
Russia, keeps a folder of clippings about North Korea's soldiers on his workbench.

The latest came from Seoul. On Nov. 4, South Korea's National Intelligence Service told \
lawmakers that [[roughly 5,000]] North Korean military construction troops had gone to Russia \
since September and that [[around 11,000]] soldiers were still stationed close to the \
Ukrainian border, the agency said. Russia's ambassador in Pyongyang told a state news agency \
on Saturday that "[[thousands]]" more North Korean builders would arrive next year.

Kyiv is counting the cost. Ukraine's military intelligence said earlier this month that the \
North's dead and wounded now number [[more than 6,000]] since last fall. A State Department \
spokesperson said Friday that Pyongyang could send [[as many as 3,000]] more by spring. In a \
briefing on Tuesday, a NATO military official put the number who have rotated through Russia \
at [[16,000]].

Nakamura thinks the official numbers run low. "By my count it's [[twelve thousand]] combat \
troops, and maybe half as many workers behind them," he said, tapping a hand-drawn chart of \
clippings. "I watched their fishing boats on radar for years. They send people the way they \
send boats -- more than anyone expects."

He is not alone in following the war from the island. Several Ukrainian families work at the \
canneries, and one church runs a monthly collection for Kharkiv.

Harbor notes: The state has set this season's Bristol Bay red king crab quota at 2.1 million \
pounds, and about 40 boats have registered. The 418-foot cutter Kimball is due back in port \
next week after a 60-day patrol. Dungeness is bringing $3.75 a pound at the dock. The city's \
population stands near 5,500.

News tips: (907) 486 2214.
""",
    claims=(
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "the NIS 'On Nov. 4' (explicit date), 'the agency said' after the figures: "
          "construction troops gone to Russia"),
        C("around 11,000", 11000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing: stationed close to the Ukrainian border"),
        C("thousands", None, "vague", "planned", "russia", "sat",
          "Russia's ambassador in Pyongyang 'told … on Saturday' “…”: 'more' (increment, span "
          "without the word) builders to arrive next year", add=True),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine", "2025-11-01..2025-11-13",
          "HUR 'said earlier this month' (1st to publication): killed or wounded"),
        C("as many as 3,000", 3000, "at_most", "planned", "united_states", "fri",
          "a State Department spokesperson 'said Friday' (US style): 'more' (increment, span "
          "without the word) by spring ('as many as' as at_most)", add=True),
        C("16,000", 16000, "exact", "in_russia", "nato", "tue",
          "a NATO military official 'In a briefing on Tuesday … put … at': rotated through "
          "Russia"),
        C("twelve thousand", 12000, "exact", "in_russia", "other", "pub",
          "a retired Coast Guard chief, 'By my count' (undated), number words: combat troops "
          "(the 'half as many workers' carry no figure)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    G01, G02, G03, G04, G05, G06,
    G07, G08, G09, G10, G11, G12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
