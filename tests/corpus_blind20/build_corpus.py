"""Build the TWENTIETH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The twenty-second corpus, for an honest measurement on articles the extractor has never met,
written in session 9 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Münsterland
local paper on an adult-education talk, a Berlin tabloid's web text on a protest at the Russian
embassy, an East Tyrolean weekly, a Thurgau paper's foreign page with a local firm, a Magdeburg
paper's web page with a local angle and a foreign-policy institute's newsletter; an Irish public
broadcaster's radio-programme page, a Singaporean business daily, a US Midwestern metro paper on
Korean adoptees, a Helsinki English-language news site, a Taiwanese English daily's defence page
and a Ghanaian news site. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]`
and labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind20_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

L01 = Source(
    article_id="l01_muensterland_vhs_vortrag",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-01-16"),
    dated_by="sidecar",
    features="Münsterland local paper on a talk at an adult-education centre (sidecar, "
        "Thursday), dateline 'COESFELD.'; a Münster political scientist at Tuesday's event "
        "(other): a direct quote with a range `zwischen … und …` (Tuesday) and 'rechnet damit' "
        "`mehrere tausend` weitere (increment, Tuesday to publication); she relays the NIS "
        "'am Montag' in Konjunktiv (`rund 300` dead, `etwa 2.700` wounded: not an increment) "
        "and the White House 'Ende Dezember' „Hunderte“ (X citing Y: the source's group and "
        "month); Zelensky 'am vergangenen Wochenende' `knapp 4.000`; number word `zwei` "
        "prisoners dated by the next sentence ('am 11. Januar'); audience, refugees in the "
        "district, army size, age, fees, phone number, a date of the next talk",
    sidecar=(
        "Westmünsterland Anzeiger",
        "https://www.wm-anzeiger.example/lokales/coesfeld/vhs-vortrag-nordkorea-kursk-a1188204",
        "Kims Soldaten an der Kursk-Front: „Jede Zahl ist ein Puzzleteil“",
    ),
    text="""\
Kims Soldaten an der Kursk-Front: „Jede Zahl ist ein Puzzleteil“

Münsteraner Politologin erklärt in der VHS Coesfeld, warum niemand genau weiß, wie viele \
Nordkoreaner für Russland kämpfen

Von Hendrik Terhorst

COESFELD. Mit so viel Andrang hatte die Volkshochschule nicht gerechnet: Rund 90 Besucherinnen \
und Besucher drängten sich am Dienstagabend im Forum an der Osterwicker Straße, einige standen \
an der Wand. Auf dem Programm stand ein Thema, das weit weg scheint und doch jeden Abend in den \
Nachrichten auftaucht – Nordkoreas Soldaten im Krieg gegen die Ukraine.

Dr. Ina Brockhoff-Lee forscht am Institut für Politikwissenschaft der Universität Münster über \
Ostasien. Die 44-Jährige, deren Mutter aus Daegu stammt, hatte eine Landkarte der Region Kursk \
mitgebracht und eine Tabelle voller Zahlen. „Nach allem, was wir aus offenen Quellen wissen, \
sind es [[zwischen 11.000 und 12.000]] Mann“, sagte sie. Ganz sicher sei das nicht: Pjöngjang \
und Moskau schwiegen, und jede Regierung, die eine Zahl nenne, verfolge damit eigene Interessen.

Dann nahm sie sich die Quellen einzeln vor. Südkoreas Geheimdienst NIS habe am Montag \
Abgeordneten der Nationalversammlung neue Schätzungen vorgelegt. Demnach seien [[rund 300]] \
Nordkoreaner gefallen und [[etwa 2.700]] verwundet worden. Das Weiße Haus habe Ende Dezember \
lediglich von Verlusten „in die [[Hunderte]]“ gesprochen. Kiew nennt deutlich höhere Werte: \
Präsident Wolodymyr Selenskyj hatte am vergangenen Wochenende erklärt, [[knapp 4.000]] \
Nordkoreaner seien inzwischen getötet oder verletzt worden.

Besonders viel Aufmerksamkeit bekamen zuletzt [[zwei]] junge Männer. Ukrainische Spezialkräfte \
hatten die verwundeten Soldaten in Kursk gefangen genommen, Selenskyj machte das am 11. Januar \
öffentlich. Einer der beiden, 26 Jahre alt, soll im Verhör gesagt haben, man habe ihm eine \
Übung angekündigt, nicht einen Krieg. „Das passt zu dem, was Überläufer seit Jahren \
berichten“, sagte Brockhoff-Lee.

Wie geht es weiter? Die Wissenschaftlerin rechnet damit, dass Kim Jong Un im Frühjahr \
[[mehrere tausend]] weitere Soldaten schickt – als Ersatz für die Toten und Verwundeten und \
als Gegenleistung für russisches Öl, Flugabwehr und Devisen. Nordkoreas Armee zähle rund \
1,2 Millionen Soldaten, „Personal ist das Letzte, woran es Pjöngjang mangelt“.

Im Publikum saßen auch Geflüchtete aus der Ukraine; im Kreis Coesfeld leben derzeit etwa \
2.100 von ihnen. Eine Frau aus Charkiw fragte, ob die Nordkoreaner auch in ihrer Heimatregion \
eingesetzt würden. Das sei bislang nicht belegt, antwortete die Referentin.

Der Abend gehörte zur Reihe „Weltpolitik vor Ort“, die die VHS gemeinsam mit dem \
Kreisheimatverein anbietet. Der nächste Vortrag am 11. Februar widmet sich der Frage, wie \
sicher Europas Gasversorgung ist. Eintritt 8 Euro, ermäßigt 5 Euro; Anmeldung unter \
Telefon 02541 8463-0.
""",
    claims=(
        C("zwischen 11.000 und 12.000", None, "range", "in_russia", "other", "tue",
          "Münster political scientist, direct quote at Tuesday evening's talk: in Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the speaker relays the NIS 'am Montag' (Konjunktiv, 'Demnach'): dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same NIS figures: wounded (the same count split by kind, not an increment)"),
        C("Hunderte", None, "vague", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "White House 'Ende Dezember' relayed by the speaker (X citing Y): losses"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sat..sun",
          "Zelensky 'am vergangenen Wochenende' (Saturday–Sunday before the Thursday): killed "
          "or wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "number word: two captured, dated by the next sentence (Zelensky 'am 11. Januar')"),
        C("mehrere tausend", None, "vague", "planned", "other", "tue..pub",
          "the speaker 'rechnet damit' (present tense, after Tuesday's talk): 'weitere' will be "
          "sent (increment)", add=True),
    ),
)

L02 = Source(
    article_id="l02_berlin_boulevard_botschaft_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-04-29"),
    dated_by="html_meta",
    features="Berlin tabloid's web text in HTML, UTF-8 with BOM (`article:published_time` "
        "+02:00, an ad script, a pay-or-consent layer with `&euro;`, navigation, a footer with "
        "a hotline); `<title>` figure (optional) and an exclamatory headline `4700` from the "
        "JCS 'Ende März' (to publication); Gerasimov 'am Samstag' „Tausenden“ comrades who "
        "fought (russia, near_front); NIS 'geht … aus' without a date; JCS 'Ende März' via "
        "Yonhap ('unter Berufung auf Militärkreise') with 'darunter' `rund 600` (breakdown); "
        "HUR 'am Montag' `etwa 3000` at the border and `bis zu 2000 weitere` (increment); a "
        "protest organiser's megaphone figure at Monday evening's demo (other); KCNA without a "
        "figure; ages in brackets, protesters, police vans, Russian losses, address",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kim gibt Kriegseinsatz zu: [[4700]] Nordkoreaner tot oder verletzt | Hauptstadt-Kurier\
</title>
<meta property="article:published_time" content="2025-04-29T06:12:00+02:00">
<meta property="og:site_name" content="Hauptstadt-Kurier">
<script>var hkAds={slots:["top_970x250","mrec_300x250"],ivw:"/politik/ausland",pid:771204};\
</script>
</head>
<body>
<div class="pur-layer">Damit der Hauptstadt-Kurier kostenlos bleibt, arbeiten wir mit 96 \
Werbepartnern zusammen. Stimmen Sie zu oder lesen Sie für 2,99&nbsp;&euro; im Monat ohne \
Werbung. <a href="#ok">Einverstanden</a> <a href="/abo">Zum Abo</a></div>
<nav><a href="/">HK</a> · <a href="/berlin">Berlin</a> · <a href="/politik">Politik</a> · \
<a href="/sport">Sport</a> · <a href="/hertha">Hertha</a> · <a href="/union">Union</a></nav>
<main><article>
<span class="dachzeile">PUTINS FREMDE KRIEGER</span>
<h1>Kim gibt es zu – [[4700]] seiner Soldaten tot oder verletzt!</h1>
<p class="teaser"><strong>Pjöngjang/Berlin</strong> – Monatelang hat Diktator Kim Jong Un (41) \
geschwiegen. Jetzt ist es amtlich: Nordkoreanische Soldaten haben für Kremlchef Wladimir Putin \
(72) in Kursk gekämpft – und sind dort gestorben.</p>
<p>Am Montag meldete Nordkoreas Staatsagentur KCNA, die &bdquo;Einheiten für \
Auslandsoperationen&ldquo; hätten das Gebiet Kursk &bdquo;befreit&ldquo;. Eine Zahl nannte \
Pjöngjang nicht. Schon am Samstag hatte Russlands Generalstabschef Waleri Gerassimow den \
Nordkoreanern gedankt. Er sprach von &bdquo;[[Tausenden]] Kameraden aus Korea&ldquo;, die \
Schulter an Schulter mit russischen Soldaten gekämpft hätten.</p>
<h2>So viele Soldaten schickte Kim</h2>
<p>Und wie groß ist Kims Truppe? Südkoreas Geheimdienst NIS geht von [[rund 14.000]] Mann aus, \
die seit Oktober nach Russland gebracht wurden. Der Generalstab in Seoul hatte schon Ende März \
von [[etwa 4700]] Toten und Verletzten gesprochen, darunter seien [[rund 600]] Gefallene. So \
berichtete es die Nachrichtenagentur Yonhap unter Berufung auf Militärkreise.</p>
<p>Kiew glaubt nicht, dass Kim aufhört. Der ukrainische Militärgeheimdienst HUR erklärte am \
Montag, derzeit hielten sich noch [[etwa 3000]] Nordkoreaner im russischen Grenzgebiet auf. \
[[Bis zu 2000]] weitere sollen in den kommenden Wochen folgen. Russland selbst verliert nach \
Kiewer Zählung jeden Tag mehr als 1000 Soldaten.</p>
<h2>Protest vor der Russen-Botschaft</h2>
<p>In Berlin gingen am Montagabend rund 120 Menschen auf die Straße. Vor der russischen \
Botschaft Unter den Linden hielten sie Schilder hoch, die Polizei war mit zwei \
Mannschaftswagen vor Ort. Organisatorin Mi-rae Schulte (29) aus Neukölln, deren Eltern in den \
70er-Jahren als Krankenschwester und Bergmann nach Deutschland kamen, rief ins Megafon: \
&bdquo;[[Mindestens 600]] junge Männer sind tot – und keiner in Pjöngjang sagt es ihren \
Müttern!&ldquo;</p>
<p>Die Kundgebung blieb friedlich. Für Sonnabend ist eine weitere Demo am Brandenburger Tor \
angemeldet.</p>
</article></main>
<footer>© Hauptstadt-Kurier GmbH · Kurfürstendamm 200 · 10719 Berlin · Leser-Hotline \
030 2591-7700 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a>\
</footer>
<script src="/js/hk-bundle.min.js?v=3.8.1" async></script>
</body>
</html>
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-03-21..pub",
          "<title> (metadata) restating the headline figure", opt=True),
        C("4700", 4700, "exact", "casualties", "south_korea", "2025-03-21..pub",
          "headline: the JCS figure of the body ('Ende März') to publication: dead or wounded"),
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'am Samstag' „…“: comrades who fought in Kursk"),
        C("rund 14.000", 14000, "approx", "in_russia", "south_korea", "pub",
          "NIS 'geht von … aus' without a date: brought to Russia"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "JCS 'Ende März', reported by Yonhap citing military sources (source after the "
          "figure): dead and wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "'darunter' the fallen (a breakdown, not an increment)"),
        C("etwa 3000", 3000, "approx", "near_front", "ukraine", "mon",
          "HUR 'am Montag' (Konjunktiv): in the Russian border region"),
        C("Bis zu 2000", 2000, "at_most", "planned", "ukraine", "mon",
          "same HUR statement: 'weitere sollen folgen' (increment)", add=True),
        C("Mindestens 600", 600, "at_least", "casualties", "other", "mon",
          "protest organiser through a megaphone at Monday evening's demo (other): dead"),
    ),
)

L03 = Source(
    article_id="l03_osttirol_wochenblatt_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="East Tyrolean weekly in Markdown, ISO-8859-1 with CRLF (straight quotes, `-` "
        "dashes, 'Euro' spelled out), front matter with `date:` and an issue number, Austrian "
        "'Feber', 'Jänner', 'heuer'; bold deck without a figure; NIS figures `Mehr als 3.000` "
        "der `rund 11.000` in Konjunktiv, the date given after them ('So schilderten es "
        "Abgeordnete … am 12. Feber'); HUR 'Ende Jänner' `1.500 zusätzlichen` (increment, "
        "'hieß es damals'); Rutte 'am Samstag' in Munich (nato) with a quoted vague figure; an "
        "Innsbruck researcher from Matrei 'im Gespräch mit dem Wochenblatt' `bis zu 20.000` "
        "heuer (other, `pub`) next to 'fast doppelt so viele' (ratio); the State Department "
        "'vergangene Woche'; the weekly's own reckoning `an die 12.000` (unattributed); "
        "refugees in the district, donations, phone number",
    text="""\
---
title: "Pause an der Kursk-Front: Wo sind Kims Soldaten?"
date: 2025-02-20
ressort: Welt
ausgabe: 8/2025
autor: Magdalena Oberhuber
---

# Pause an der Kursk-Front: Wo sind Kims Soldaten?

**Seit Anfang Feber sind nordkoreanische Truppen im russischen Gebiet Kursk kaum noch im \
Einsatz. Eine Osttirolerin, die in Innsbruck über Korea forscht, glaubt dennoch nicht an einen \
Rückzug.**

Lienz/Seoul - Seit drei Wochen melden ukrainische Einheiten bei Kursk keine Gefechte mehr mit \
Nordkoreanern. Der südkoreanische Geheimdienst NIS hat dafür eine Erklärung: [[Mehr als 3.000]] \
der [[rund 11.000]] nach Russland geschickten Soldaten seien getötet oder verwundet worden, die \
Einheiten deshalb aus der vordersten Linie genommen worden. So schilderten es Abgeordnete nach \
einer Sitzung des Geheimdienstausschusses am 12. Feber in Seoul.

Ob der Abzug endgültig ist, bezweifelt man in Kiew. Der ukrainische Militärgeheimdienst hatte \
bereits Ende Jänner gewarnt, Pjöngjang bereite die Entsendung von [[1.500]] zusätzlichen \
Soldaten vor. Diese könnten nach einer Ausbildung im Fernen Osten Russlands im Frühjahr an die \
Front kommen, hieß es damals.

Bei der Münchner Sicherheitskonferenz am Samstag sprach auch NATO-Generalsekretär Mark Rutte \
das Thema an. Russland bezahle für "[[Tausende]] Soldaten aus Nordkorea" mit Technologie, die \
Europa ebenso gefährde wie Südkorea und Japan, sagte der Niederländer.

## "Die lernen schnell"

Die gebürtige Matreierin Verena Steiner-Kim, die am Institut für Politikwissenschaft der \
Universität Innsbruck über Nordostasien arbeitet, hält die Pause für ein taktisches Manöver. \
"Die Nordkoreaner lernen schnell, vor allem im Umgang mit Drohnen", sagt sie im Gespräch mit \
dem Wochenblatt. Sie schätzt, dass heuer [[bis zu 20.000]] Nordkoreaner in Russland zum Einsatz \
kommen könnten - fast doppelt so viele wie bisher.

Auch in Washington rechnet man nicht mit einem Ende des Einsatzes. Ein Sprecher des \
US-Außenministeriums sagte vergangene Woche, es gebe "keine Anzeichen", dass Pjöngjang seine \
Truppen heimhole; die USA gingen weiterhin von [[etwa 11.000]] Nordkoreanern in Russland aus.

Zählt man die bisher bekannten Verlegungen zusammen, kommt man auf [[an die 12.000]] Mann, die \
Kim seit Oktober nach Russland geschickt hat - mehr als die gesamte Bevölkerung von Lienz.

## Hilfe aus dem Bezirk

In Osttirol ist der Krieg vor allem durch die Geflüchteten präsent: Rund 380 Ukrainerinnen und \
Ukrainer leben derzeit im Bezirk, die meisten in Lienz und Matrei. Die Caritas sucht weiterhin \
Gastfamilien, Auskunft unter 04852 65133. Die Spendenaktion des Wochenblatts brachte im Jänner \
23.400 Euro ein; das Geld geht an ein Kinderspital in Lwiw.
""",
    claims=(
        C("Mehr als 3.000", 3000, "at_least", "casualties", "south_korea", "2025-02-12",
          "NIS figures relayed by lawmakers, Konjunktiv, dated after them ('am 12. Feber'): "
          "killed or wounded (a breakdown of the total)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-12",
          "same briefing: sent to Russia"),
        C("1.500", 1500, "exact", "planned", "ukraine", "2025-01-21..2025-01-31",
          "HUR 'Ende Jänner': 'zusätzlichen' soldiers being prepared (increment, span without "
          "the word)", add=True),
        C("Tausende", None, "vague", "in_russia", "nato", "sat",
          "Rutte at the Munich Security Conference 'am Samstag' (in quotes): soldiers Russia "
          "pays for"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Innsbruck researcher 'sagt … im Gespräch mit dem Wochenblatt' (undated: `pub`): "
          "could be deployed heuer (a total, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "State Department spokesman 'vergangene Woche', Konjunktiv: in Russia"),
        C("an die 12.000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the weekly's own reckoning ('Zählt man … zusammen'): sent since October"),
    ),
)

L04 = Source(
    article_id="l04_thurgau_auslandseite_schoigu",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="sidecar", crlf=True,
    features="Thurgau paper's foreign page as plain text, windows-1252 with CRLF (sidecar, "
        "Thursday), Swiss conventions: `ss`, «», `15'000`, `25'000 bis 30'000`, `139'000`, "
        "4-digit `1000`/`5000`/`6000`; headline `6000` adding up Shoigu's `1000` deminers and "
        "`5000` builders 'am Dienstag' (russia, planned); NIS figures with the source at the "
        "end of the paragraph ('Das erklärten Mitglieder des Geheimdienstausschusses … am "
        "Mittwoch'), `gegen 600` dead (breakdown); HUR 'Anfang Juni' `zusätzlich` range "
        "(increment); an ETH military academy historian 'geht davon aus' `über 20'000` by "
        "year's end (other, `pub`); a Frauenfeld firm's demining machines, francs, square "
        "kilometres, ratio to Switzerland's area",
    sidecar=(
        "Thurgauer Tagblatt",
        "https://www.thurgauer-tagblatt.example/ausland/kim-schickt-6000-minenraeumer-und-"
        "bausoldaten-nach-kursk-ld.2740031",
        "Kim schickt 6000 Minenräumer und Bausoldaten nach Kursk",
    ),
    text="""\
Kim schickt [[6000]] Minenräumer und Bausoldaten nach Kursk

Moskau holt sich abermals Hilfe aus Nordkorea. Für die Ukraine ist das ein Warnsignal – und \
für eine Frauenfelder Firma eine vertraute Geschichte.

Reto Signer

Wladimir Putins Sicherheitsratschef Sergei Schoigu hat am Dienstag in Pjongjang eine neue \
Vereinbarung verkündet. Nordkorea werde [[1000]] Minenräumer und [[5000]] Militärbauarbeiter \
in die russische Region Kursk schicken, sagte der frühere Verteidigungsminister nach einem \
Treffen mit Machthaber Kim Jong Un. Sie sollen Strassen, Brücken und zerstörte Dörfer wieder \
instand setzen. Es war Schoigus zweiter Besuch in Nordkorea innerhalb von zwei Wochen.

Wie viele Nordkoreaner bereits in Russland sind, lässt sich nur schätzen. Seit dem Herbst seien \
[[rund 15'000]] Soldaten entsandt worden, [[gegen 600]] von ihnen seien gefallen und weit mehr \
verwundet. Das erklärten Mitglieder des Geheimdienstausschusses im Parlament in Seoul am \
Mittwoch, nachdem sie vom Nachrichtendienst NIS unterrichtet worden waren.

In Kiew fürchtet man, dass es nicht bei Bauarbeitern bleibt. Der ukrainische \
Militärgeheimdienst hatte Anfang Juni gewarnt, Pjongjang könne zusätzlich [[25'000 bis 30'000]] \
Soldaten bereitstellen, um russische Verbände an der Front zu verstärken. Ob diese Grössenordnung \
realistisch ist, ist unter Fachleuten umstritten.

In Frauenfeld verfolgt man die Nachrichten mit besonderem Interesse. Die Firma Thurtec \
Räumsysteme, die ferngesteuerte Minenräumfahrzeuge baut, hat seit 2023 elf Maschinen in die \
Ukraine geliefert; der Bund unterstützt die humanitäre Minenräumung dort mit 100 Millionen \
Franken. «Wer in Kursk räumt, räumt auch Minen, die Russland selbst gelegt hat», sagt \
Geschäftsführer Daniel Hug. Die ukrainische Regierung schätzt, dass rund 139'000 \
Quadratkilometer des Landes vermint sein könnten – gut dreimal die Fläche der Schweiz.

Für den Militärhistoriker Marco Rüegg von der Militärakademie an der ETH Zürich zeigt die \
Ankündigung, dass Moskau sich auf einen langen Aufenthalt der Nordkoreaner einrichtet. \
«Bausoldaten schickt man nicht für ein paar Wochen», sagt er. Rüegg geht davon aus, dass bis \
Ende Jahr [[über 20'000]] Nordkoreaner in Russland stationiert sein werden, Kampftruppen, \
Pioniere und Bausoldaten zusammengerechnet.

Die Schweiz hat die Sanktionen der EU gegen Nordkorea übernommen. Ein Sprecher des \
Aussendepartements in Bern wollte die Vereinbarung von Pjongjang am Mittwoch nicht \
kommentieren.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: the sum of Shoigu's two figures of the lead (Tuesday) to publication"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang, Konjunktiv: deminers will be sent"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders (not an increment on the deminers)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS via the intelligence committee, source and day at the end of the paragraph "
          "('am Mittwoch'): sent since autumn"),
        C("gegen 600", 600, "approx", "casualties", "south_korea", "wed",
          "same briefing, 'von ihnen' (a breakdown): dead"),
        C("25'000 bis 30'000", None, "range", "planned", "ukraine", "2025-06-01..2025-06-10",
          "HUR 'Anfang Juni': 'zusätzlich' could be provided (increment)", add=True),
        C("über 20'000", 20000, "at_least", "planned", "other", "pub",
          "ETH military academy historian 'geht davon aus' (undated): stationed by year's end"),
    ),
)

L05 = Source(
    article_id="l05_magdeburg_kursk_ukrainer_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="sidecar",
    features="Magdeburg paper's web page in HTML without any meta date (sidecar, Tuesday): "
        "canonical link with an article id, dataLayer script, consent banner with "
        "`&bdquo;`/`&ldquo;`, regional navigation, footer with a reader-service number; "
        "`<title>` figure (optional) and headline 'Selenskyj:' from his Monday evening video "
        "address; lead 'nach ukrainischen Angaben' dated by the next sentence; the Pentagon "
        "'am vergangenen Donnerstag' `rund 10.000` with `Etwa 8.000 davon` in Kursk "
        "(breakdown, 'hieß es aus Washington'); Seoul 'vergangene Woche' `mehr als 3.000` at "
        "the front; Seoul's ministry 'schließt nicht aus' „Tausende weitere“ after the "
        "minister's Monday (increment); a Magdeburg political scientist 'schätzt er' `bis zu "
        "100.000` (other, `pub`); Ukrainians in Magdeburg, Russian losses a day, office hours, "
        "age, army size",
    sidecar=(
        "Elbe-Kurier",
        "https://www.elbe-kurier.example/politik/selenskyj-nordkorea-kursk-3318842",
        "Selenskyj: 11.000 Nordkoreaner stehen im Gebiet Kursk",
    ),
    text="""\
<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: [[11.000]] Nordkoreaner im Gebiet Kursk | Elbe-Kurier</title>
<link rel="canonical" href="https://www.elbe-kurier.example/politik/selenskyj-nordkorea-kursk-\
3318842">
<script>dataLayer=[{"pageType":"article","articleId":3318842,"paid":false,"words":540}];\
</script>
</head>
<body>
<div class="consent">Wir setzen Cookies ein, um Inhalte zu personalisieren und Zugriffe zu \
messen. Einstellungen und Widerruf jederzeit unter &bdquo;Privatsphäre&ldquo; am Seitenende. \
<button>Zustimmen</button> <button>Nur technisch nötige</button></div>
<header><a href="/" class="logo">Elbe-Kurier</a>
<nav><a href="/magdeburg">Magdeburg</a> <a href="/boerde">Börde</a> <a href="/altmark">Altmark\
</a> <a href="/harz">Harz</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Selenskyj: [[11.000]] Nordkoreaner stehen im Gebiet Kursk</h1>
<p class="intro">Kiew verlangt eine härtere Antwort des Westens. In Magdeburg sorgt die \
Nachricht bei Geflüchteten für Unruhe.</p>
<p class="autor">Von Katrin Wolter, mit dpa</p>
<p>Kiew/Magdeburg. Im russischen Grenzgebiet Kursk stehen nach ukrainischen Angaben inzwischen \
[[11.000]] Soldaten aus Nordkorea. Das sagte Präsident Wolodymyr Selenskyj am Montagabend in \
seiner täglichen Videobotschaft. Erste Einheiten seien bereits in Gefechte verwickelt worden, \
andere würden noch ausgebildet.</p>
<p>Das US-Verteidigungsministerium hatte am vergangenen Donnerstag von [[rund 10.000]] \
Nordkoreanern gesprochen, die zur Ausbildung in den Osten Russlands gebracht worden seien. \
[[Etwa 8.000]] davon befänden sich bereits in der Region Kursk, hieß es aus Washington.</p>
<p>Südkorea hatte vergangene Woche von [[mehr als 3.000]] Soldaten berichtet, die schon an die \
Front unterwegs seien. Am Montag erklärte Verteidigungsminister Kim Yong Hyun im Parlament in \
Seoul, es sei &bdquo;sehr wahrscheinlich&ldquo;, dass Nordkoreaner bereits gekämpft hätten. \
Sein Ministerium schließt nicht aus, dass &bdquo;[[Tausende]] weitere&ldquo; folgen.</p>
<h2>Sorge im Ukrainischen Haus</h2>
<p>In Magdeburg leben derzeit knapp 4.300 Menschen aus der Ukraine. &bdquo;Jeden Tag fragen \
wir uns, was noch kommt&ldquo;, sagt Olena Kowal (52) vom Verein Ukrainisches Haus in \
Sudenburg, der dienstags und donnerstags von 15 bis 18 Uhr eine Beratung anbietet. Ihr Sohn \
dient in einer Artilleriebrigade im Osten. Russland verliert nach Kiewer Zählung derzeit \
täglich rund 1.500 Soldaten.</p>
<p>Der Politikwissenschaftler Jens Rademacher von der Otto-von-Guericke-Universität hält die \
Entsendung für einen Wendepunkt. Nordkorea verfüge über eine Armee von mehr als einer Million \
Mann und könne Russland auf Dauer [[bis zu 100.000]] Soldaten zur Verfügung stellen, schätzt \
er. &bdquo;Für Kiew wäre das eine enorme Belastung.&ldquo;</p>
</article>
<footer>© Elbe-Kurier Verlag GmbH &amp; Co. KG · Bahnhofstraße 17 · 39104 Magdeburg · \
Leserservice 0391 5999-900 · <a href="/impressum">Impressum</a></footer>
<script>window.ekPaywall&&window.ekPaywall.init({free:true,meter:10});</script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj:': his Monday evening figure to publication: in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "'nach ukrainischen Angaben', dated by the next sentence (Zelensky 'am "
          "Montagabend'): in the Kursk border region"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "thu",
          "US defence ministry 'am vergangenen Donnerstag' (Thursday before the Tuesday): "
          "brought to eastern Russia for training"),
        C("Etwa 8.000", 8000, "approx", "near_front", "united_states", "thu",
          "'davon' in the Kursk region (breakdown), 'hieß es aus Washington'"),
        C("mehr als 3.000", 3000, "at_least", "near_front", "south_korea", "lastweek",
          "Seoul 'vergangene Woche': on their way to the front"),
        C("Tausende", None, "vague", "planned", "south_korea", "mon..pub",
          "Seoul's defence ministry 'schließt nicht aus' (present tense after the minister's "
          "Monday): „… weitere“ could follow (increment)", add=True),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "pub",
          "Magdeburg political scientist, Konjunktiv, 'schätzt er' (undated): could provide"),
    ),
)

L06 = Source(
    article_id="l06_aussenpolitik_newsletter_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-11-07"),
    dated_by="sidecar",
    features="foreign-policy institute's Friday newsletter in Markdown, front matter without a "
        "date (sidecar, Friday), »« quotes, numbered items with headings, an editorial "
        "'Unsere Einordnung' without a figure, reading time and subscriber count; item heading "
        "'Seoul: Kim hält …' (NIS Tuesday to publication); NIS 'am Dienstag' carried by "
        "'Demnach' to `etwa 10.000` in Kursk, 'Hinzu kommen' `rund 5.000` builders "
        "(increment) and the dead; Russia's ambassador in an interview 'am Mittwoch "
        "erschienenen' `mehrere tausend` military builders in Kursk (russia); HUR's deputy "
        "'am Donnerstag' to a news portal `bis zu 6.000 weiteren` (increment); an IISS study "
        "'in dieser Woche veröffentlicht' with a range of casualties (other, Monday to "
        "publication); parade returnees 'Am 10. Oktober' (optional); dollars, a fraction, "
        "pages, an event date and time, an address",
    sidecar=(
        "Weltlage kompakt (IASB)",
        "",
        "Weltlage kompakt: Kursk, Kim und die Kosten",
    ),
    text="""\
---
title: "Weltlage kompakt: Kursk, Kim und die Kosten"
newsletter: Weltlage kompakt
ausgabe: 44/2025
---

# Weltlage kompakt

*Der sicherheitspolitische Wochenüberblick des Instituts für Außen- und Sicherheitspolitik \
(IASB). Lesezeit: 6 Minuten.*

Liebe Leserinnen und Leser,

während in Brüssel über das nächste Sanktionspaket gestritten wird, richtet sich unser Blick \
diese Woche nach Osten: Nordkoreas Soldaten bleiben in Russland – und es werden mehr.

## 1. Seoul: Kim hält [[rund 10.000]] Soldaten in Kursk

Der südkoreanische Auslandsnachrichtendienst NIS hat am Dienstag dem Geheimdienstausschuss der \
Nationalversammlung seine neuen Zahlen vorgelegt. Demnach sind [[etwa 10.000]] nordkoreanische \
Soldaten weiterhin im Gebiet Kursk stationiert, offenbar zur Sicherung der Grenze. Hinzu \
kommen [[rund 5.000]] Militärbauarbeiter, die seit dem Spätsommer in mehreren Etappen nach \
Russland gebracht worden seien. Die Zahl der Gefallenen bezifferte der Dienst auf \
[[etwa 2.000]].

**Unsere Einordnung:** Aus einem Einsatz auf Zeit ist eine Stationierung geworden. Wer \
Grenzschutz und Wiederaufbau übernimmt, bleibt nicht für einen Winter.

## 2. Moskau lobt die »koreanischen Bauleute«

Russlands Botschafter in Pjöngjang, Alexander Mazegora, sagte der Zeitung »Iswestija« in einem \
am Mittwoch erschienenen Interview, [[mehrere tausend]] nordkoreanische Militärbauarbeiter \
hälfen bereits beim Wiederaufbau zerstörter Orte im Gebiet Kursk. Genauer wurde er nicht.

## 3. Kiew erwartet die nächste Welle

Der Vizechef des ukrainischen Militärgeheimdienstes HUR, Wadym Skibizkyj, sagte am Donnerstag \
dem Onlineportal »RBK-Ukraina«, Pjöngjang bereite die Verlegung von [[bis zu 6.000]] weiteren \
Soldaten vor. Sie sollten noch vor dem Jahreswechsel in Russland eintreffen.

## 4. Lesetipp: Was kostet Kim der Krieg?

Eine in dieser Woche veröffentlichte Studie des Londoner International Institute for \
Strategic Studies (IISS) kommt auf [[6.000 bis 7.000]] nordkoreanische Tote und Verwundete seit \
Herbst 2024. Im Gegenzug erhalte Pjöngjang Öl, Lebensmittel und Militärtechnik im Wert von \
schätzungsweise 20 Milliarden Dollar – fast ein Drittel seiner jährlichen Wirtschaftsleistung. \
Die Studie hat 48 Seiten und ist frei abrufbar.

## 5. Zur Erinnerung

Am 10. Oktober, dem 80. Jahrestag der Arbeiterpartei, marschierten in Pjöngjang nach \
Darstellung der Staatsmedien [[mehrere hundert]] Rückkehrer aus Kursk bei der Militärparade \
mit.

---

**Termin:** Am 19. November um 18.30 Uhr diskutieren wir in Berlin über »Europa und die \
koreanische Halbinsel«. Anmeldung über die Website.

*Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben – wie rund 12.400 andere \
Leserinnen und Leser. IASB e. V., Rauchstraße 17, 10787 Berlin. Abmelden mit einem Klick.*
""",
    claims=(
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue..pub",
          "item heading 'Seoul: Kim hält …': the NIS figure of the item (Tuesday) to "
          "publication: in Kursk"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'am Dienstag', carried by 'Demnach': stationed in the Kursk region"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "same briefing: 'Hinzu kommen' military builders brought to Russia (increment)",
          add=True),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same briefing: the fallen"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "wed",
          "Russia's ambassador in Pyongyang, interview 'am Mittwoch erschienenen': military "
          "builders working in Kursk"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "thu",
          "HUR deputy chief to a news portal 'am Donnerstag': 'weiteren' being prepared "
          "(increment)", add=True),
        C("6.000 bis 7.000", None, "range", "casualties", "other", "mon..pub",
          "IISS study 'in dieser Woche veröffentlicht' (this week: Monday to publication): "
          "dead and wounded"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "parade returnees shown by state media (returnees: optional, as before)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Ireland, Singapore, US Midwest, Finland, Taiwan, Ghana)
# ---------------------------------------------------------------------------------------------

L07 = Source(
    article_id="l07_ie_radio_programme_casualties_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-19"),
    dated_by="html_meta", crlf=True,
    features="Irish public broadcaster's radio-programme page in HTML, windows-1252 with CRLF "
        "(`article:published_time` +00:00, 'Updated / Thursday, 19 Dec 2024', `&lsquo;` and "
        "raw “” and ’ mixed, `&euro;`, a cookie notice with vendors, an ad config script, a "
        "listen-back link with a time code); `<title>` figure (optional); headline 'Seoul "
        "says' from the lead's figures, dated by the next paragraph ('passed on to reporters "
        "this morning' by a lawmaker after the NIS session: the publication day); 'The agency "
        "also believes … he said' `more than 11,000`; Kirby 'A day earlier' “several hundred” "
        "(Wednesday); HUR 'at the weekend' `at least 30`; a DCU lecturer on the programme "
        "(other, the publication day) with a quoted range, 'If Seoul says a hundred' in her "
        "quote (anaphoric: optional) and 'multiply it by three or four' (ratio); Ukrainians in "
        "Ireland, aid in euros, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="windows-1252">
<title>[[About 100]] North Korean soldiers killed in Kursk, Seoul says | RNÉ News</title>
<meta property="article:published_time" content="2024-12-19T14:37:00+00:00">
<meta property="og:site_name" content="RNÉ">
<script>window.rneConfig={section:"world",programme:"afternoon-show",adUnits:["300x250",\
"728x90"],autoplay:false};</script>
</head>
<body>
<div id="cookie-notice" role="dialog"><p>RNÉ uses cookies and similar tools to run this site \
and to understand what you read and listen to. Choose &lsquo;Manage&rsquo; to decide which of \
our 58 vendors you allow.</p><button>Accept</button> <button>Manage</button></div>
<nav><a href="/">RNÉ</a> | <a href="/news">News</a> | <a href="/news/world">World</a> | \
<a href="/sport">Sport</a> | <a href="/radio">Radio</a> | <a href="/player">RNÉ Player</a></nav>
<main>
<article>
<h1>Seoul says [[about 100]] North Korean soldiers killed in Kursk fighting</h1>
<p class="standfirst">Dublin lecturer tells The Afternoon Show the true toll is likely \
&lsquo;far higher&rsquo;</p>
<p class="byline">Updated / Thursday, 19 Dec 2024 14:37</p>
<p>South Korea’s intelligence service believes [[around 100]] North Korean soldiers have been \
killed and [[close to 1,000]] injured since they were sent into battle against Ukrainian forces \
in Russia’s Kursk region.</p>
<p>The figures were passed on to reporters this morning by Lee Seong-kweun, a member of the \
parliamentary intelligence committee, after a closed-door session with the National \
Intelligence Service. The agency also believes [[more than 11,000]] North Korean troops are now \
in Russia, he said.</p>
<p>A day earlier, White House national security spokesman John Kirby said the North Korean \
units had taken “[[several hundred]]” casualties, without distinguishing between dead and \
wounded.</p>
<p>Ukraine’s military intelligence agency, known as HUR, said at the weekend that fighting \
around three Kursk villages, Plekhovo and Vorozhba among them, had left [[at least 30]] North \
Korean soldiers dead or wounded.</p>
<h2>&lsquo;Multiply it by three or four&rsquo;</h2>
<p>Speaking on The Afternoon Show, Dr Niamh Byrne-Cho, assistant professor of Asian studies at \
Dublin City University, said Seoul’s estimate was almost certainly on the low side.</p>
<p>“The South Korean service only counts what it can confirm from intercepts and satellite \
pictures,” she told presenter Colm Ó Riordáin. “My own guess is that somewhere \
[[between 300 and 500]] have been killed already. These are young men with no experience of \
drones, sent across open fields in the middle of winter. If Seoul says [[a hundred]], multiply \
it by three or four.”</p>
<p>She said the Government, which has condemned the deployment, had little leverage over \
Pyongyang but could push for tighter EU sanctions. Ireland has taken in more than 100,000 \
people from Ukraine since 2022, and the State has provided &euro;380 million in non-lethal \
support.</p>
<p class="listen">Listen back: <a href="/radio/afternoon-show/2024-12-19">The Afternoon Show, \
19 December</a> (interview begins at 1:42:10)</p>
</article>
</main>
<footer>© RNÉ 2024 · Donnybrook, Dublin 4 · Switchboard +353 1 208 3111 · \
<a href="/privacy">Privacy</a></footer>
<script src="/assets/player.js?build=20241219.3" defer></script>
</body>
</html>
""",
    claims=(
        C("About 100", 100, "approx", "casualties", "south_korea", "thu",
          "<title> (metadata) restating the headline", opt=True),
        C("about 100", 100, "approx", "casualties", "south_korea", "thu",
          "headline 'Seoul says': the NIS figure relayed this morning (the publication day)"),
        C("around 100", 100, "approx", "casualties", "south_korea", "thu",
          "lead 'believes', dated by the next paragraph ('this morning'): killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: injured (the same count split by kind, not an increment)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "south_korea", "thu",
          "'The agency also believes … he said' (the lawmaker relaying the NIS): in Russia"),
        C("several hundred", None, "vague", "casualties", "united_states", "wed",
          "Kirby 'A day earlier' (Wednesday) in “…”: casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'at the weekend': killed or wounded"),
        C("between 300 and 500", None, "range", "casualties", "other", "thu",
          "DCU lecturer on the programme the page summarises (the publication day), in a "
          "quote: killed"),
        C("a hundred", 100, "exact", "casualties", "south_korea", "thu",
          "the lecturer restating Seoul's figure inside her quote ('If Seoul says …', "
          "anaphoric: optional)", opt=True),
    ),
)

L08 = Source(
    article_id="l08_sg_business_daily_dividend_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-13"),
    dated_by="dateline",
    features="Singaporean business daily as plain text in UTF-16 LE with BOM, dated only by "
        "the line 'Published Thu, 13 Mar 2025 · 7:05 PM SGT'; a section label; headline `11,000` "
        "from the JCS figure the body dates to November (November to publication); the lead's "
        "range `between 1,000 and 3,000` 'more' (increment) from the JCS 'on Tuesday'; "
        "'which estimated in November'; HUR 'last month' `roughly 4,000`; an anonymous US "
        "official 'last week' “several thousand” back in combat; a Singapore think-tank "
        "fellow 'reckons' (other, `pub`); the paper's own review of statements (unattributed, "
        "range); money per soldier in US$, oil barrels and a sanctions cap, the won, a share "
        "price doubling, per cent",
    text="""\
GLOBAL | GEOPOLITICS

Kim's Kursk dividend: What Pyongyang earns from the [[11,000]] troops it lent to Moscow

Fresh reinforcements suggest the arrangement is here to stay, analysts say

By Clarissa Tan Wei Ling
Published Thu, 13 Mar 2025 · 7:05 PM SGT

SEOUL/SINGAPORE – North Korea has sent [[between 1,000 and 3,000]] more soldiers to Russia \
since January to replace men killed or wounded in the Kursk region, South Korea's military said \
on Tuesday, a sign that Kim Jong Un's bargain with Moscow is turning into a lasting source of \
cash, oil and technology.

The Joint Chiefs of Staff (JCS), which estimated in November that the North's first contingent \
numbered [[about 11,000]], did not say whether the new arrivals had already been sent to the \
front line.

The financial logic is stark. By one estimate from a Seoul defence think-tank, Pyongyang may \
receive up to US$2,000 a month for every soldier it provides, and Russia has shipped well over \
one million barrels of oil to the North since last March – far above the 500,000-barrel annual \
cap set by the UN Security Council in 2017.

Ukraine's military intelligence agency, HUR, said last month that the North Korean units had \
been withdrawn from the front after suffering [[roughly 4,000]] casualties, but predicted they \
would return once retrained. That appears to have happened. A US official, briefing \
reporters in Washington last week without being named, said "[[several thousand]]" of the \
North's soldiers had rejoined the fighting in Kursk alongside Russian units.

"Pyongyang has found a product it can export at scale: combat-ready manpower," said \
Dr Benjamin Koh, a senior fellow at the Institute of Strategic Affairs in Singapore. He reckons \
[[around 14,000]] North Koreans have now served in Russia, counting the replacements, and that \
every rotation adds to a pool of soldiers who know how to fight under drones.

Published estimates of the total vary widely. A review by this newspaper of statements from \
Seoul, Kyiv and Washington since October points to a figure somewhere in the region of \
[[11,000 to 15,000]].

For markets, the deal is one more reason to price in a long war. The won slipped 0.4 per cent \
to 1,456 per US dollar on Thursday, while shares of South Korean howitzer makers have more than \
doubled over the past 12 months on European orders.

"Every month this continues, the North's bargaining position improves," Dr Koh said.
""",
    claims=(
        C("11,000", 11000, "exact", "in_russia", "south_korea", "2024-11-01..pub",
          "headline: the JCS first-contingent figure the body dates to November, to "
          "publication: lent to Moscow"),
        C("between 1,000 and 3,000", None, "range", "in_russia", "south_korea", "tue",
          "lead: JCS 'said on Tuesday': 'more' sent since January (increment, span without "
          "the word)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea",
          "2024-11-01..2024-11-30",
          "JCS 'estimated in November': the first contingent"),
        C("roughly 4,000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-28",
          "HUR 'said last month' (February): casualties"),
        C("several thousand", None, "vague", "near_front", "united_states", "lastweek",
          "anonymous US official 'last week' in quotes: fighting in Kursk again (the same "
          "troops back, not an increment)"),
        C("around 14,000", 14000, "approx", "in_russia", "other", "pub",
          "Singapore think-tank fellow 'He reckons' (undated): served in Russia"),
        C("11,000 to 15,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own review of statements (an outlet's own reckoning, required)"),
    ),
)

L09 = Source(
    article_id="l09_midwest_metro_adoptees_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-09-09"),
    dated_by="front_matter",
    features="US Midwestern metro paper in Markdown, front matter with a `date:` timestamp at "
        "-05:00 and a title figure (optional), dateline 'ST. PAUL —', “” quotes; headline 'As "
        "Seoul counts' from the NIS figure of 'last Thursday' (Thursday to publication); the "
        "NIS relayed by committee members: `roughly 15,000` 'in all' and 'including' `1,000` "
        "deminers in Kursk (breakdown); state television 'In August' “thousands of heroes” who "
        "had gone to Kursk (north_korea); HUR 'Over the summer' `up to 30,000` more (season "
        "window June–August, increment); a University of Minnesota scholar 'thinks' “closer to "
        "3,000” 'he said in an interview Monday' (other); an adoptee speaking 'Saturday' "
        "without a figure and 'those 2,000' in her closing quote (anaphoric: optional); 15,000 "
        "Korean adoptees in Minnesota, group members, a meeting date and time, a memorial's "
        "names, years, ages",
    text="""\
---
title: "Seoul: [[2,000]] North Korean soldiers dead in Russia's war"
date: 2025-09-09T05:30:00-05:00
section: Local
byline: Erik Lindqvist-Park
tags: [Korean adoptees, North Korea, Ukraine, St. Paul]
---

# As Seoul counts [[2,000]] North Korean dead, Minnesota's Korean adoptees watch a war from afar

ST. PAUL — Mi-kyung Sorensen was adopted from Seoul in 1981, grew up on a dairy farm near \
Owatonna and has never set foot in North Korea. Still, she reads every story about the soldiers \
Kim Jong Un sent to fight for Russia.

“They are somebody’s sons. Some of them could be cousins of people in this room,” Sorensen, 44, \
said Saturday at a gathering of the adoptee group she co-founded, which meets once a month in a \
church basement on Grand Avenue.

The war felt closer last Thursday, when South Korea’s National Intelligence Service concluded \
that [[about 2,000]] North Korean soldiers had died fighting Ukrainian forces. Members of the \
National Assembly’s intelligence committee, who relayed the agency’s assessment, said the North \
had sent [[roughly 15,000]] troops in all since October 2024, including [[1,000]] deminers now \
working in the Kursk region.

Pyongyang has never published a toll. In August, state television showed Kim embracing the \
relatives of fallen soldiers and praising the “[[thousands]] of heroes” who had gone to Kursk; \
the broadcast did not say how many had come home.

Over the summer, Ukraine’s military intelligence agency warned that North Korea could send \
[[up to 30,000]] more soldiers — a figure Seoul has not confirmed.

Daniel Whitcomb, who teaches Korean politics at the University of Minnesota’s Humphrey School, \
thinks the real number of dead is “[[closer to 3,000]].” The South Korean agency, he said in an \
interview Monday, “counts only what it can verify, and the North hides its losses very well.”

Minnesota is home to an estimated 15,000 people adopted from South Korea, one of the largest \
such communities in the country. Sorensen’s group has about 140 members; the next meeting is \
Sept. 27 at 2 p.m. A memorial on the State Capitol grounds lists the names of 738 Minnesotans \
who died in the Korean War of 1950 to 1953.

For Sorensen, the figures from Seoul are not abstractions. “Every one of those [[2,000]] had a \
mother,” she said.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'As Seoul counts': the NIS figure of 'last Thursday' to publication: dead"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'last Thursday' (the Thursday before the Tuesday): died"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "committee members relaying the agency's assessment (the same Thursday): sent 'in "
          "all'"),
        C("1,000", 1000, "exact", "near_front", "south_korea", "thu",
          "'including' deminers working in the Kursk region (a breakdown, not an increment)"),
        C("thousands", None, "vague", "near_front", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state television 'In August', “… of heroes” who had gone to Kursk"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-06-01..2025-08-31",
          "HUR 'Over the summer' (June–August): could send 'more' (increment)", add=True),
        C("closer to 3,000", 3000, "approx", "casualties", "other", "mon..pub",
          "University of Minnesota scholar 'thinks', 'he said in an interview Monday': dead"),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "anaphoric 'those 2,000' inside the adoptee's closing quote (optional)", opt=True),
    ),
)

L10 = Source(
    article_id="l10_helsinki_english_intelligence_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-05-27"),
    dated_by="sidecar",
    features="Helsinki English-language news site in Markdown, ISO-8859-1 (straight quotes, "
        "`ä`, ` - ` dashes), front matter without a date (sidecar, Tuesday); the lead 'has "
        "said' dated by the next paragraph (the Finnish intelligence chief's interview "
        "'published … on Sunday': a third government, other) with “twice as many” (ratio) and "
        "a quoted vague figure 'he told the paper'; a NATO official briefing 'last week'; the "
        "NIS 'Two days after … April 28' and 'It said at the time' (`600` of them: breakdown, "
        "same day); HUR 'in a Telegram post on Saturday' near the border; a FIIA researcher "
        "'believes' “tens of thousands” more (other, increment, `pub`); Finnish border length, "
        "crossings, wartime strength, conscripts, GDP shares",
    sidecar=(
        "Helsinki Ledger",
        "https://www.helsinkiledger.example/security/finnish-intelligence-chief-north-korea-"
        "russia-ranks/",
        "Finnish intelligence chief: North Korea has shown Russia it can refill its ranks",
    ),
    text="""\
---
title: "Finnish intelligence chief: North Korea has shown Russia it can refill its ranks"
category: Security
author: Jussi Räsänen
---

# Finnish intelligence chief: North Korea has shown Russia it can refill its ranks

**Pyongyang could double its commitment if Moscow asks, says the head of the Defence \
Intelligence Agency**

HELSINKI - North Korea has sent [[at least 14,000]] soldiers to Russia since last autumn, and \
Moscow could ask for twice as many, the head of Finland's Defence Intelligence Agency has said.

Brigadier General Harri Ojala made the remarks in an interview published by the daily \
Aamuposti on Sunday. Of the North Korean troops, "[[several thousand]]" are still deployed in \
the Kursk border area, he told the paper, mostly guarding positions and clearing mines.

"Russia has learned that it can rent soldiers," Ojala said. "That lesson does not stay in \
Kursk." Finland shares a 1,340-kilometre land border with Russia and has kept all eight road \
crossings closed since December 2023.

A NATO official in Brussels, who briefed journalists last week on condition that he not be \
named, estimated the North's losses at [[around 5,000]] killed and wounded. The alliance has not \
published a figure of its own.

Two days after Pyongyang publicly confirmed the deployment on April 28, South Korea's National \
Intelligence Service gave parliament its own count: [[about 4,700]] casualties. It said at the \
time that [[600]] of them had died.

Ukraine's military intelligence agency, meanwhile, said in a Telegram post on Saturday that \
[[around 3,000]] North Korean soldiers had been moved to Russia's Belgorod region, which \
borders Ukraine's Kharkiv province.

Researcher Aino Lehtinen of the Finnish Institute of International Affairs believes Moscow \
will eventually request "[[tens of thousands]]" more. "The exchange suits both regimes," she \
said. "Kim gets money and missile technology. Putin gets infantry without another \
mobilisation."

Finland, which joined NATO in April 2023, can field a wartime force of 280,000 and trains about \
21,000 conscripts a year. The government plans to raise defence spending from 2.4 percent of \
GDP to 3 percent by 2029.
""",
    claims=(
        C("at least 14,000", 14000, "at_least", "in_russia", "other", "sun",
          "lead 'has said', dated by the next paragraph: the Finnish intelligence chief's "
          "interview published on Sunday (a third government: other): sent"),
        C("several thousand", None, "vague", "near_front", "other", "sun",
          "same interview, 'he told the paper': in the Kursk border area"),
        C("around 5,000", 5000, "approx", "casualties", "nato", "lastweek",
          "anonymous NATO official briefing 'last week': killed and wounded"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "NIS 'Two days after … April 28' (April 30): casualties"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30",
          "'It said at the time' (the same April 30), '… of them' (a breakdown): died"),
        C("around 3,000", 3000, "approx", "near_front", "ukraine", "sat",
          "HUR 'in a Telegram post on Saturday': moved to the Belgorod border region"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "FIIA researcher 'believes' (undated) “…” 'more' will be requested (increment)",
          add=True),
    ),
)

L11 = Source(
    article_id="l11_taiwan_daily_kursk_veterans_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-14"),
    dated_by="html_meta",
    features="Taiwanese English daily's defence page in HTML (`article:published_time` "
        "+08:00, NewsArticle JSON-LD with a headline without a figure, a privacy notice, "
        "navigation with `&#124;`, `&#8217;` entities, a footer with an address and phone); "
        "`og:title` figure (optional); a deck `Some 11,000` from the researchers of the lead "
        "(yesterday to publication); INDSR researchers 'said yesterday' at a seminar (other); "
        "'a subset of the' NIS figure the NIS 'estimates' (undated, `pub`); the USFK "
        "commander 'last month' relayed by the researcher (X citing Y: united_states, "
        "September); parade veterans 'At Friday's' parade shown by KCTV (optional); Ukraine's "
        "foreign intelligence 'earlier this month' 'a fresh contingent of' `up to 5,000` "
        "(increment); the Kursk governor quoted by TASS 'on Sunday' (russia); a legislator "
        "without a figure, a defence budget in NT$ and US$, per cent of GDP, drones, "
        "conscription length",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>N Korea&#8217;s Kursk veterans a &#8216;combat-tested core,&#8217; INDSR says - Formosa \
Morning Post</title>
<meta property="og:title" content="[[About 11,000]] N Korean troops have fought in Kursk, \
Taipei researchers say">
<meta property="article:published_time" content="2025-10-14T03:00:00+08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"headline":"N Korea's Kursk veterans a 'combat-tested core,' INDSR says","datePublished":\
"2025-10-14T03:00:00+08:00","articleSection":"Taiwan News"}</script>
</head>
<body>
<div class="privacy-bar">This website stores small files on your device so pages load faster \
and adverts fit your interests. <a href="/privacy">How we use data</a> <button>Got it</button></div>
<header><nav><a href="/">Home</a> &#124; <a href="/taiwan">Taiwan</a> &#124; <a \
href="/cross-strait">Cross-Strait</a> &#124; <a href="/world">World</a> &#124; <a \
href="/business">Business</a> &#124; <a href="/editorials">Editorials</a></nav></header>
<article>
<h1>N Korea&#8217;s Kursk veterans a &#8216;combat-tested core,&#8217; INDSR says</h1>
<p class="deck">[[Some 11,000]] North Korean soldiers have now seen combat against Ukraine, \
giving Pyongyang lessons Taiwan should study, researchers say</p>
<p class="byline">By Lin Yu-ting / Staff reporter</p>
<p>North Korea&#8217;s deployment to Russia has given Pyongyang something no other Asian military \
has: [[roughly 11,000]] soldiers with recent experience of high-intensity, drone-saturated \
warfare, researchers at the Institute for National Defense and Security Research (INDSR) said \
yesterday.</p>
<p>Speaking at a seminar in Taipei, INDSR associate research fellow Chen Kuan-hao said that \
figure was a subset of the [[about 15,000]] troops that South Korea&#8217;s National \
Intelligence Service estimates have been dispatched since October last year.</p>
<p>The North has paid a heavy price, Chen said. The commander of US Forces Korea, General Xavier \
Brunson, told a conference in Seoul last month that [[more than 2,000]] North Korean soldiers \
had been killed, he noted.</p>
<p>At Friday&#8217;s military parade in Pyongyang for the 80th anniversary of the Workers&#8217; \
Party of Korea, [[several hundred]] veterans of the Kursk campaign marched behind their unit \
banners, according to footage aired by state broadcaster KCTV.</p>
<p>Kyiv expects more to come. Ukraine&#8217;s Foreign Intelligence Service said earlier this \
month that Pyongyang was preparing a fresh contingent of [[up to 5,000]] soldiers to rotate into \
the Kursk region before winter.</p>
<p>Russian officials, for their part, have praised the North&#8217;s engineers. Kursk Governor \
Alexander Khinshtein was quoted by the TASS news agency on Sunday as saying [[about 1,000]] \
North Korean sappers were still clearing mines in the region&#8217;s Sudzha district.</p>
<p>Legislator Lai Shu-fen, who sits on the legislature&#8217;s Foreign Affairs and National \
Defense Committee, said Taiwan&#8217;s one-year conscripts should be trained with the same \
lessons in mind. The Cabinet has proposed a defense budget of NT$949.5 billion (US$31 billion) \
for next year, equal to 3.32 percent of GDP, including funds for nearly 50,000 drones.</p>
</article>
<footer>&copy; 2025 The Formosa Morning Post &middot; No. 88, Sec. 2, Zhongshan N Rd, Taipei \
&middot; Tel: 02-2578-9911</footer>
<script src="/js/fmp-analytics.js?id=FMP-20451" async></script>
</body>
</html>
""",
    claims=(
        C("About 11,000", 11000, "approx", "near_front", "other", "yday..pub",
          "og:title (metadata) restating the deck", opt=True),
        C("Some 11,000", 11000, "approx", "near_front", "other", "yday..pub",
          "deck 'researchers say': the INDSR figure of the lead (yesterday) to publication: "
          "seen combat"),
        C("roughly 11,000", 11000, "approx", "near_front", "other", "yday",
          "INDSR researchers 'said yesterday' (a Taiwanese think tank: other): combat "
          "experience"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "pub",
          "the NIS 'estimates' (present tense, undated), cited by the researcher: dispatched"),
        C("more than 2,000", 2000, "at_least", "casualties", "united_states",
          "2025-09-01..2025-09-30",
          "USFK commander 'last month' (September), relayed by the researcher (X citing Y): "
          "killed"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "parade veterans at Friday's parade shown by KCTV (returnees: optional)", opt=True),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "2025-10-01..pub",
          "Ukraine's foreign intelligence 'earlier this month': 'a fresh contingent' being "
          "prepared (increment)", add=True),
        C("about 1,000", 1000, "approx", "near_front", "russia", "sun",
          "Kursk governor quoted by TASS 'on Sunday': sappers clearing mines in the region"),
    ),
)

L12 = Source(
    article_id="l12_ghana_site_admission_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-04-30"),
    dated_by="sidecar", crlf=True,
    features="Ghanaian news site's world page as plain text in UTF-16 LE with BOM and CRLF "
        "(sidecar without url, Wednesday); headline 'as Seoul counts' `4,700` from the lead's "
        "NIS figure 'on Wednesday' (the publication day); committee members 'said' `about 600` "
        "of the casualties (breakdown) and `some 2,000` reinforcements 'to make up for its "
        "losses' (increment) 'they said'; Gerasimov 'on Saturday' and KCNA 'on Monday' without "
        "figures; the State Department 'in a briefing on Tuesday' `more than 14,000` (source "
        "after the figure); Zelensky 'in January'; a KAIPTC research fellow in Accra quoted "
        "with a range (other, `pub`); Ghanaians lured to Russia (not claims), the cedi, army "
        "size, a WhatsApp number, a share count",
    sidecar=(
        "Accra Pulse Online",
        "",
        "Russia, North Korea admit troop deployment as Seoul counts 4,700 casualties",
    ),
    text="""\
WORLD NEWS

Russia, North Korea admit troop deployment as Seoul counts [[4,700]] casualties

By Kwame Asante-Darko

North Korea and Russia have for the first time confirmed that North Korean soldiers fought in \
Russia's Kursk region, as South Korea's intelligence service estimated on Wednesday that the \
deployment had cost the North [[around 4,700]] dead and wounded.

Members of the South Korean parliament's intelligence committee, who were briefed by the \
National Intelligence Service, said [[about 600]] of the casualties were deaths. The North had \
also dispatched [[some 2,000]] reinforcements in January and February to make up for its \
losses, they said.

Russia's top general, Valery Gerasimov, on Saturday praised the "heroism" of the North Korean \
troops, and Pyongyang's official Korean Central News Agency (KCNA) followed on Monday with a \
statement from the ruling party's Central Military Commission. Neither gave numbers.

Washington's estimate is that [[more than 14,000]] of the North's soldiers have gone to \
Russia in total, a US State Department spokesperson said in a briefing on Tuesday. \
Ukraine's President Volodymyr Zelensky had claimed in January that North Korean dead and \
wounded already numbered [[nearly 4,000]], a figure Seoul considered too high at the time.

Dr Efua Mensah-Boateng, a research fellow at the Kofi Annan International Peacekeeping \
Training Centre (KAIPTC) in Accra, told Accra Pulse that the admission removed any pretence. \
"Now that both governments have owned up to it, I would not be surprised to see \
[[between 20,000 and 30,000]] North Korean troops committed in the long run," she said.

She added that the episode held a warning for African governments. Ghana's Ministry of Foreign \
Affairs last year cautioned young people after reports that at least 40 Ghanaians had been \
lured to Russia with offers of jobs, some of whom ended up at the front. Ghana's own armed \
forces number about 16,000.

The cedi traded at GH¢15.40 to the US dollar on Tuesday.

Have a story? WhatsApp the Accra Pulse newsroom on +233 24 555 0192. This article has been \
shared 312 times.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'as Seoul counts': the lead's NIS figure (Wednesday, the publication day)"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'estimated on Wednesday': dead and wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "wed",
          "committee members briefed by the NIS: '… of the casualties' were deaths "
          "(breakdown)"),
        C("some 2,000", 2000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, 'they said': reinforcements dispatched to make up for losses "
          "(increment)", add=True),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "tue",
          "State Department spokesperson 'in a briefing on Tuesday' (source after the "
          "figure): sent in total"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'in January': killed or wounded"),
        C("between 20,000 and 30,000", None, "range", "planned", "other", "pub",
          "KAIPTC research fellow in Accra, quoted (undated): could be committed in the long "
          "run (a total, not an increment)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    L01, L02, L03, L04, L05, L06,
    L07, L08, L09, L10, L11, L12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
