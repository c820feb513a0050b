"""Build the THIRTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirty-sixth corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Siegerland paper on a
lecture in Kreuztal, a Brandenburg TV station's web text with Ukrainian students at the Viadrina
in Frankfurt (Oder), an Innsbruck city magazine's portrait of a paramedic from Kharkiv (Austrian
conventions), an Upper Valais paper on a demining-machine maker in Steg (Swiss conventions), a
German Red Cross magazine's world page on the two prisoners and a Karlsruhe student radio's web
text; a Bangladeshi business daily, a Jersey paper with a St Helier paramedic, a North Carolina
paper with Wilmington's Korean War veterans, a Kyrgyz English-language outlet, a Fijian news site
and a Zambian community radio station on the Copperbelt. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind34_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

T01 = Source(
    article_id="t34_01_siegerland_kreuztal_vortrag",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-12-28"),
    dated_by="sidecar",
    sidecar=(
        "Siegener Tageblatt",
        "https://www.siegener-tageblatt.example/kreuztal/nordkoreas-verluste-vortrag-buergerhaus-"
        "77120",
        "Selenskyj: 3000 Nordkoreaner bei Kursk getötet oder verwundet",
    ),
    features="Siegerland paper as plain text (sidecar, Saturday): place line 'Kreuztal/Kiew.', "
        "a byline, a subheading; headline 'Selenskyj:' from his address 'am Montagabend' (Monday "
        "to publication); the JCS 'am selben Tag' (Monday); lawmakers briefed by the NIS 'Bereits "
        "am 19. Dezember' with 'fast 1000 weitere verwundet' (others, not an increment); the White "
        "House 'vergangene Woche' „mehrere hundert“; a Siegen political scientist at a lecture 'am "
        "Freitagabend' (Friday to publication) with `an die 11.000` and `bis zu 20.000 "
        "zusätzliche` (increment); refugees in the district, donations in euros, Russian "
        "losses a day, ticket prices, a lecture date, phone number",
    text="""\
Selenskyj: [[3000]] Nordkoreaner bei Kursk getötet oder verwundet

In Kreuztal erklärt ein Siegener Politologe, warum Kim Jong Un seine Soldaten trotz hoher Verluste \
an Putins Seite lässt

Von Carina Heupel

Kreuztal/Kiew. Die Verluste der nordkoreanischen Truppen im russischen Gebiet Kursk sind nach \
ukrainischer Darstellung weit höher als bisher angenommen. Präsident Wolodymyr Selenskyj sprach am \
Montagabend in seiner täglichen Videoansprache von [[mehr als 3000]] Soldaten aus Nordkorea, die \
getötet oder verletzt worden seien. Russische Kommandeure schickten die jungen Männer über offene \
Felder, „ohne jeden Schutz“, sagte er.

Seoul kommt auf deutlich kleinere Zahlen. Der Vereinigte Generalstab bezifferte die \
nordkoreanischen Verluste am selben Tag auf [[rund 1100]] Tote und Verletzte. Bereits am 19. \
Dezember hatten Abgeordnete nach einer Unterrichtung durch den Geheimdienst NIS berichtet, \
[[mindestens 100]] Nordkoreaner seien gefallen, [[fast 1000]] weitere verwundet. Viele Verluste \
gingen demnach auf Drohnen zurück; die Soldaten kennten das Gelände nicht und seien auf diese Art \
von Krieg kaum vorbereitet.

Das Weiße Haus hatte die Zahl der Opfer vergangene Woche noch auf „[[mehrere hundert]]“ geschätzt. \
Moskau und Pjöngjang bestreiten bis heute, dass überhaupt nordkoreanische Soldaten in Russland \
kämpfen.

„Für Kim ist das ein Geschäft“

Wie lange Kim Jong Un diesen Blutzoll in Kauf nimmt, darüber sprach am Freitagabend der Siegener \
Politikwissenschaftler Dr. Malte Brüggemann im Kreuztaler Bürgerhaus. Rund 80 Zuhörerinnen und \
Zuhörer waren der Einladung des Partnerschaftsvereins Kreuztal–Sumy gefolgt. Brüggemann forscht an \
der Universität Siegen zu autoritären Regimen in Ostasien.

Die ukrainischen Zahlen hält er für plausibel. „Die Nordkoreaner greifen in großen Trupps an, die \
man aus der Luft leicht erkennt, und sie haben kaum Erfahrung mit Drohnen“, sagte er. Insgesamt \
habe Pjöngjang nach allem, was man wisse, [[an die 11.000]] Mann nach Russland geschickt. Verluste \
in dieser Höhe könne das Regime ohne Weiteres ersetzen; bis zum Sommer halte er [[bis zu 20.000]] \
zusätzliche Soldaten für denkbar. „Für Kim ist das ein Geschäft. Er bekommt Geld, Öl und Technik.“

Der Abend hatte auch einen praktischen Anlass. Der Verein sammelt seit 2022 Geld für ein \
Krankenhaus in der Region Sumy, nur wenige Kilometer von der russischen Grenze entfernt; beim \
Weihnachtsmarkt kamen 6.240 Euro zusammen. Im Kreis Siegen-Wittgenstein leben derzeit gut 4.300 \
Geflüchtete aus der Ukraine. Nach Kiewer Angaben verliert Russlands Armee an manchen Tagen mehr \
als 1.500 Soldaten an Toten und Verwundeten, überprüfen lässt sich das nicht.

Der nächste Vortrag der Reihe ist für den 23. Januar geplant. Karten kosten 8 Euro, ermäßigt 4 \
Euro; Anmeldung unter Telefon 02732 558190.
""",
    claims=(
        C("3000", 3000, "exact", "casualties", "ukraine", "mon..pub",
          "headline 'Selenskyj:' — his figure of the lead, Monday evening to publication"),
        C("mehr als 3000", 3000, "at_least", "casualties", "ukraine", "mon",
          "Zelensky's address 'am Montagabend': killed or wounded"),
        C("rund 1100", 1100, "approx", "casualties", "south_korea", "mon",
          "JCS 'am selben Tag' (Zelensky's Monday): dead and wounded"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "lawmakers briefed by the NIS 'Bereits am 19. Dezember': fallen"),
        C("fast 1000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same briefing: 'weitere verwundet' = the others (wounded), not an increment"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "lastweek",
          "White House 'vergangene Woche' „…“: victims"),
        C("an die 11.000", 11000, "approx", "in_russia", "other", "fri..pub",
          "Siegen political scientist at the lecture 'am Freitagabend' (Konjunktiv): sent"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "fri..pub",
          "same speaker: 'zusätzliche' by summer conceivable (increment)", add=True),
    ),
)

T02 = Source(
    article_id="t34_02_brandenburg_tv_viadrina_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-28"),
    dated_by="html_meta",
    features="Brandenburg TV station's web text in HTML, ISO-8859-1 with quotes and dashes only "
        "as entities (`&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`, `&copy;`), "
        "`article:published_time` with +02:00, 'Stand: 28.04.2025', a cookie hint, region "
        "navigation, a video player script with a clip length; `<meta name=\"description\">` "
        "figure (optional); teaser 'Seoul geht … aus' from the NIS Monday figure (the "
        "publication day); KCNA 'am Montag' „Tausende unserer heldenhaften Kämpfer“ (north_korea, "
        "in combat); the NIS 'Von den etwa 15.000 … seien rund 4.700 …, darunter etwa 600' "
        "(breakdown); HUR 'vergangene Woche' still at the border; a Viadrina political scientist "
        "'geht davon aus' (other, `pub`); Gerasimov without a figure; students, scholarships in "
        "euros, ages, semesters",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Moskau und Pjöngjang räumen Einsatz ein &ndash; Ukrainer an der Viadrina | Brandenburg \
aktuell</title>
<meta name="description" content="Russland und Nordkorea bestätigen den Einsatz bei Kursk. Seoul \
spricht von [[rund 4.700]] Toten und Verletzten.">
<meta property="article:published_time" content="2025-04-28T18:42:00+02:00">
<meta property="og:site_name" content="Brandenburg aktuell">
<script>var baPlayer={clip:"ba-250428-viadrina",dauer:134,autoplay:false};</script>
</head>
<body>
<div class="cookie-hint">Wir nutzen Cookies, um die Nutzung unseres Angebots zu messen. <a \
href="/datenschutz">Details</a> <button>Einverstanden</button> <button>Ablehnen</button></div>
<nav><a href="/">Start</a> &middot; <a href="/region/ostbrandenburg">Ostbrandenburg</a> &middot; \
<a href="/region/lausitz">Lausitz</a> &middot; <a href="/region/prignitz">Prignitz</a> &middot; <a \
href="/mediathek">Mediathek</a></nav>
<main>
<p class="dachzeile">Frankfurt (Oder)</p>
<h1>Nach Moskaus Eingeständnis: Ukrainische Studierende an der Viadrina fühlen sich bestätigt</h1>
<p class="teaser">Russland und Nordkorea geben erstmals zu, dass Soldaten aus Pjöngjang im Gebiet \
Kursk gekämpft haben. Seoul geht inzwischen von [[rund 4.700]] Toten und Verletzten aus.</p>
<p class="stand">Stand: 28.04.2025, 18:42 Uhr</p>
<p>Zwei Tage nachdem Generalstabschef Waleri Gerassimow die nordkoreanischen Einheiten öffentlich \
gelobt hatte, hat nun auch Pjöngjang ihren Einsatz bestätigt. Machthaber Kim Jong Un habe die \
Entsendung auf Grundlage des Beistandsvertrags mit Russland angeordnet, meldete die Staatsagentur \
KCNA am Montag. &bdquo;[[Tausende]] unserer heldenhaften Kämpfer&ldquo; hätten an der Befreiung \
des Gebiets teilgenommen, hieß es in der Erklärung der Zentralen Militärkommission.</p>
<p>Zahlen zu Gefallenen nannte die Agentur nicht. Südkoreas Nachrichtendienst NIS legte dagegen am \
selben Tag eine Schätzung vor: Von den [[etwa 15.000]] Soldaten, die seit Oktober nach Russland \
gebracht worden seien, seien [[rund 4.700]] getötet oder verwundet worden, darunter [[etwa 600]] \
Gefallene. Ein Teil der Truppen sei inzwischen in Lager im Hinterland zurückgezogen worden.</p>
<p>Der ukrainische Militärgeheimdienst HUR widerspricht der Darstellung, die Kämpfe im Gebiet \
Kursk seien vorbei. Noch immer stünden [[etwa 2.000]] Nordkoreaner direkt an der Grenze, teilte \
der Dienst vergangene Woche mit.</p>
<h2>&bdquo;Jetzt wissen es alle&ldquo;</h2>
<p>An der Europa-Universität Viadrina sind derzeit rund 380 Studierende aus der Ukraine \
eingeschrieben. Für Marija Bondar aus Tschernihiw, die im vierten Semester Kulturwissenschaften \
studiert, ist das Eingeständnis keine Überraschung. &bdquo;Wir wussten es seit einem halben Jahr. \
Jetzt wissen es alle&ldquo;, sagt die 23-Jährige.</p>
<p>Die Politikwissenschaftlerin Agnieszka Wróbel, die an der Viadrina zu Sicherheitspolitik in \
Osteuropa lehrt, rechnet nicht mit einem Abzug. Sie geht davon aus, dass weiterhin [[mehr als \
10.000]] Nordkoreaner in Russland stationiert sind. &bdquo;Moskau braucht sie als Reserve, und \
Pjöngjang will die Kampferfahrung&ldquo;, sagt Wróbel.</p>
<p>Die Universität hat seit 2022 nach eigenen Angaben mehr als 1.100 ukrainische Studierende \
aufgenommen; das Land unterstützt ein Stipendienprogramm mit 450.000 Euro im Jahr.</p>
<p class="video">Video: Ukrainer an der Viadrina (2:14 Min.)</p>
</main>
<footer>&copy; 2025 Brandenburg aktuell &middot; <a href="/impressum">Impressum</a> &middot; <a \
href="/barrierefreiheit">Barrierefreiheit</a></footer>
</body>
</html>
""",
    claims=(
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "<meta name=description> (metadata) restating the NIS Monday figure", opt=True),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "teaser 'Seoul geht … aus': the NIS figure of the body (Monday, the publication day)"),
        C("Tausende", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'am Montag' quoting the military commission: took part in the fighting"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "mon",
          "NIS 'am selben Tag' (Monday), Konjunktiv: brought to Russia since October"),
        C("rund 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "same estimate: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "'darunter … Gefallene' (a breakdown of the casualties, no increment)"),
        C("etwa 2.000", 2000, "approx", "near_front", "ukraine", "lastweek",
          "HUR, named after the figure, 'vergangene Woche': at the border"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "other", "pub",
          "Viadrina political scientist 'geht davon aus' (present tense, no date): stationed"),
    ),
)

T03 = Source(
    article_id="t34_03_innsbruck_stadtmagazin_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Innsbruck city magazine's portrait in Markdown, UTF-8 with BOM, front matter with "
        "`date:` and German keys (`titel:`); 'Jänner', 'Feber', 'heuer', 'Vorjahr'; a paramedic "
        "from Kharkiv relays his brother's message 'im Jänner' „Hunderte“ (a private soldier: "
        "other, month window); the NIS 'im Jänner' two figures (`2.700` wounded beside the dead); "
        "the SSO 'am Dienstag' 'Von den ursprünglich rund 11.000 …, seien fast 4.000' with 'so ein "
        "Sprecher' after it; HUR 'Anfang Feber' `weitere 3.000 bis 4.000` (range increment); Rutte "
        "'am vergangenen Wochenende' in Munich (nato, Saturday–Sunday); distances, ages, "
        "Ukrainians in Innsbruck with 'knapp 600 davon' children, course hours, tonnes, IBAN",
    text="""\
---
titel: "Weit weg und ganz nah"
untertitel: "Ein Sanitäter aus Charkiw fährt in Innsbruck Rettungseinsätze"
date: 2025-02-20
rubrik: Menschen in der Stadt
autorin: Verena Troger
---

# Weit weg und ganz nah

Ein Sanitäter aus Charkiw fährt in Innsbruck Rettungseinsätze – und liest jeden Morgen die \
Frontberichte. Seit heuer auch jene über Nordkoreas Soldaten.

*Text: Verena Troger · Fotos: Lukas Haid*

Wenn Andrij Melnyk um sechs Uhr früh seinen Dienst an der Rettungswache antritt, hat er die \
Nachrichten aus der Heimat schon gelesen. Der 34-Jährige stammt aus Charkiw, seit drei Jahren lebt \
er in Innsbruck, seit dem Vorjahr fährt er als Rettungssanitäter. „Zuerst schaue ich, ob mein \
Bruder online war“, sagt er. Der Bruder dient in einer Drohneneinheit im Norden der Region Sumy, \
wenige Kilometer vor der Grenze zum russischen Gebiet Kursk.

Von dort kamen im Jänner Nachrichten, die Andrij kaum glauben konnte. Sein Bruder habe ihm \
geschrieben, an einem einzigen Vormittag seien „[[Hunderte]]“ Nordkoreaner über ein verschneites \
Feld auf die ukrainischen Stellungen zugelaufen, viele seien nicht zurückgekommen. „Er sagt, so \
etwas hat er in drei Jahren nicht gesehen.“

## Was man über die Soldaten aus Pjöngjang weiß

Offizielle Zahlen gibt es viele, und sie gehen weit auseinander. Südkoreas Auslandsgeheimdienst \
NIS bezifferte im Jänner die Zahl der gefallenen Nordkoreaner auf [[etwa 300]], jene der \
Verwundeten auf [[2.700]]. Die ukrainischen Spezialkräfte kamen am Dienstag zu einer weit höheren \
Bilanz: Von den ursprünglich [[rund 11.000]] Mann, die Pjöngjang geschickt habe, seien [[fast \
4.000]] getötet oder verwundet worden. Die übrigen habe Russland Anfang Feber aus den vordersten \
Stellungen abgezogen, so ein Sprecher.

Dass die Nordkoreaner wiederkommen, gilt als wahrscheinlich. Der ukrainische Militärgeheimdienst \
rechnete Anfang Feber damit, dass Pjöngjang weitere [[3.000 bis 4.000]] Soldaten nach Russland \
schickt. Auch Nato-Generalsekretär Mark Rutte warnte am vergangenen Wochenende auf der Münchner \
Sicherheitskonferenz: Nordkorea liefere Russland nicht nur Granaten und Raketen, sondern auch \
„[[deutlich über 10.000]] Soldaten“.

## „Meine Eltern bleiben“

Andrij zuckt mit den Schultern, wenn er solche Zahlen hört. In Charkiw, gut 1.900 Kilometer von \
Innsbruck entfernt, schlagen fast jede Nacht Gleitbomben ein; seine Eltern, beide über 60, wollen \
die Stadt trotzdem nicht verlassen. In Innsbruck leben nach Angaben der Stadt derzeit rund 2.100 \
Menschen aus der Ukraine, knapp 600 davon sind Kinder und Jugendliche.

Heuer will Andrij die Ausbildung zum Notfallsanitäter beginnen, der Kurs umfasst 480 Stunden. An \
den Wochenenden sammelt er mit dem Verein „Tirol hilft Charkiw“ Verbandsmaterial, der letzte \
Transport mit 2,4 Tonnen Hilfsgütern ist im Dezember losgefahren. Spenden: IBAN AT12 3600 0000 \
0123 4567.
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-01-01..2025-01-31",
          "a Ukrainian soldier's message 'im Jänner', relayed by his brother (a private person: "
          "other): attacking the positions"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS 'bezifferte im Jänner': fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same: wounded (beside the dead, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "tue",
          "SSO 'am Dienstag' ('so ein Sprecher' after the paragraph): originally sent"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "tue",
          "same statement: killed or wounded"),
        C("3.000 bis 4.000", None, "range", "planned", "ukraine", "2025-02-01..2025-02-10",
          "HUR 'rechnete Anfang Feber damit': 'weitere' (increment)", add=True),
        C("deutlich über 10.000", 10000, "at_least", "in_russia", "nato",
          "2025-02-15..2025-02-16",
          "Rutte 'am vergangenen Wochenende' in Munich (Thursday article: Saturday–Sunday)"),
    ),
)

T04 = Source(
    article_id="t34_04_wallis_minenraeumer_steg",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="dateline", crlf=True,
    features="Upper Valais paper as plain text, windows-1252 with CRLF, dateline 'Steg/Moskau, 19. "
        "Juni 2025 –': `ss`, «», `14'000`, `139'000`, `850'000`, `20'000 bis 30'000`, 4-digit "
        "`1000`/`4700`/`6000`; headline `6000` (the sum of Shoigu's two figures, Tuesday to "
        "publication); Shoigu 'am Dienstag' `1000` deminers and `5000` builders (planned "
        "totals, not increments); the NIS figure in «» with the source in the next sentence "
        "('Diese Zahl nannte … Anfang Juni') carried to 'Rund 4700 von ihnen'; HUR 'am Mittwoch' "
        "«Zehntausenden» weiteren (vague increment); a company founder restating `1000` in a quote "
        "(optional); a Sion security expert's range (other, `pub`); mined square kilometres, "
        "machine prices in francs, staff, army size, Swiss funding",
    text="""\
WELT

Pjöngjang schickt [[6000]] Mann zum Wiederaufbau nach Kursk

Ein Maschinenbauer aus Steg liefert Minenräumgeräte in die Ukraine. Auf der anderen Seite der \
Front sollen bald Nordkoreaner räumen.

Von Nadine Imboden

Steg/Moskau, 19. Juni 2025 – Nordkorea will Russland beim Wiederaufbau des Gebiets Kursk mit \
weiteren Truppen helfen. Sergei Schoigu, Sekretär des russischen Sicherheitsrats, kündigte am \
Dienstag nach einem Treffen mit Kim Jong Un in Pjöngjang an, Nordkorea werde [[1000]] Minenräumer \
sowie [[5000]] Militärbauarbeiter in die Grenzregion schicken. Sie sollen Strassen, Brücken und \
Wohnhäuser instand setzen, die bei den Kämpfen seit dem vergangenen August zerstört wurden. Ein \
Datum nannte Schoigu nicht.

Zur Einordnung: Seit dem vergangenen Herbst hat Pjöngjang nach südkoreanischen Schätzungen bereits \
«[[knapp 14'000]]» Soldaten nach Russland geschickt. Diese Zahl nannte der Nachrichtendienst NIS \
Anfang Juni in einer Sitzung des Geheimdienstausschusses in Seoul. [[Rund 4700]] von ihnen seien \
getötet oder verwundet worden, die meisten bei Angriffen über offenes Gelände.

In Kiew sieht man die Ankündigung mit Sorge. Ein Sprecher des Militärgeheimdienstes HUR sagte am \
Mittwoch, es sei mit «[[Zehntausenden]]» weiteren Nordkoreanern zu rechnen, sobald in Kursk die \
Bauarbeiten begännen. Offiziell seien das Pioniere, «in Wahrheit aber Soldaten, die man jederzeit \
an die Front verlegen kann».

Rund 139'000 Quadratkilometer vermint

In einer Werkhalle am Ortsrand von Steg stehen drei orange lackierte Kettenfahrzeuge, kaum grösser \
als ein Kleinwagen. Die Rottal Räumtechnik AG baut ferngesteuerte Minenräummaschinen; 14 Stück hat \
sie seit 2023 an ukrainische Organisationen geliefert, eine kostet rund 850'000 Franken. Nach \
Angaben der Regierung in Kiew gelten rund 139'000 Quadratkilometer des Landes als möglicherweise \
vermint.

Firmengründer Beat Kalbermatten war im Frühling selbst in der Region Charkiw. Dass Moskau nun auf \
nordkoreanische Pioniere setzt, überrascht ihn nicht. «Wer [[1000]] Mann mit Sonden und Schaufeln \
in ein Minenfeld schickt, rechnet mit Verlusten», sagt er. «Das ist kein Räumen, das ist Verheizen.»

Der Sittener Sicherheitsexperte Raphael Zurbriggen, früher Berufsoffizier der Schweizer Armee, \
hält die Ankündigung für einen Zwischenschritt. Er rechnet damit, dass bis Ende Jahr [[20'000 bis \
30'000]] Nordkoreaner in Russland stationiert sein könnten, Bauleute und Kampftruppen \
zusammengezählt. Die nordkoreanische Volksarmee zählt rund 1,2 Millionen aktive Soldaten.

Der Bund unterstützt die humanitäre Minenräumung in der Ukraine bis 2028 mit 100 Millionen \
Franken. Kalbermatten hofft auf weitere Aufträge: 62 Mitarbeitende beschäftigt die Firma heute, im \
Herbst sollen es 70 sein.
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: the sum of Shoigu's two Tuesday figures (Tuesday to publication)"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'kündigte am Dienstag … an': deminers to be sent (a planned contingent, "
          "not an increment)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same: military builders to be sent (planned contingent)"),
        C("knapp 14'000", 14000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "«…» with the source in the next sentence ('Diese Zahl nannte der … NIS Anfang Juni'): "
          "sent"),
        C("Rund 4700", 4700, "approx", "casualties", "south_korea", "2025-06-01..2025-06-10",
          "same session, Konjunktiv 'von ihnen': killed or wounded"),
        C("Zehntausenden", None, "vague", "planned", "ukraine", "wed",
          "HUR spokesman 'am Mittwoch' «…» weiteren: to be expected (increment)", add=True),
        C("1000", 1000, "exact", "planned", "russia", "tue..pub",
          "company founder restating Shoigu's deminers in a quote (anaphoric restatement)",
          opt=True),
        C("20'000 bis 30'000", None, "range", "planned", "other", "pub",
          "Sion security expert 'rechnet damit' (present tense): could be stationed by year end"),
    ),
)

T05 = Source(
    article_id="t34_05_drk_magazin_gefangene_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-03"),
    dated_by="sidecar",
    sidecar=(
        "DRK-Magazin Menschlichkeit",
        "https://www.drk-menschlichkeit.example/welt/2025-03/kriegsgefangene-aus-nordkorea",
        "Kriegsgefangene aus Nordkorea: Was das Völkerrecht verlangt",
    ),
    features="German Red Cross member magazine's world page in Markdown, front matter without a "
        "date (sidecar, a Monday) and a title without a figure; bold deck with the number word "
        "`zwei` (Zelensky's 11 January announcement to publication); `zwei` captured 'Am 11. "
        "Januar'; Zelensky 'Mitte Januar' `knapp 4.000`; a US newspaper 'Ende Januar unter "
        "Berufung auf US-Regierungsvertreter' (X citing Y: united_states); the NIS 'Nach seiner "
        "Einschätzung vom 19. Februar' (two figures, `einige hundert` wounded flown home); the "
        "magazine's own comparison `zwischen 1.000 und 4.000` (unattributed, required, `pub`); "
        "ICRC visits, defectors in South Korea, ages, tracing requests, states party to the "
        "conventions, the year 1949, phone number",
    text="""\
---
title: "Kriegsgefangene aus Nordkorea: Was das Völkerrecht verlangt"
rubrik: "Welt"
ausgabe: "03/2025"
autor: "Henrik Aßmann"
---

# Kriegsgefangene aus Nordkorea: Was das Völkerrecht verlangt

**Seit Januar befinden sich [[zwei]] nordkoreanische Soldaten in ukrainischem Gewahrsam. Ihr Fall \
zeigt, warum die Genfer Abkommen auch für Kämpfer gelten, deren Einsatz offiziell geleugnet wird.**

Am 11. Januar gab Präsident Wolodymyr Selenskyj bekannt, ukrainische Fallschirmjäger und \
Spezialkräfte hätten im Gebiet Kursk [[zwei]] Soldaten aus Nordkorea festgenommen. Beide waren \
verwundet, einer am Kiefer, der andere an den Beinen. Sie wurden nach Kiew gebracht und dort \
medizinisch versorgt; der Inlandsgeheimdienst SBU veröffentlichte später Videos ihrer Vernehmung. \
Der eine ist nach eigener Aussage 21, der andere 27 Jahre alt.

Nach dem Dritten Genfer Abkommen von 1949 haben Kriegsgefangene Anspruch auf menschliche \
Behandlung, auf Schutz vor öffentlicher Neugier und auf Besuche durch das Internationale Komitee \
vom Roten Kreuz (IKRK). „Gefangene in Videos vorzuführen, ist mit diesen Regeln kaum vereinbar“, \
sagt Dr. Sophie Lindqvist, Völkerrechtlerin im DRK-Generalsekretariat in Berlin. Das IKRK äußert \
sich grundsätzlich nicht zu einzelnen Gefangenen. Nach eigenen Angaben haben seine Teams seit \
Kriegsbeginn mehr als 3.500 Besuche bei Kriegsgefangenen beider Seiten gemacht.

## Wie viele Nordkoreaner betroffen sind

Wie viele Soldaten Nordkorea bisher verloren hat, ist umstritten. Selenskyj sprach Mitte Januar \
von [[knapp 4.000]] Getöteten und Verwundeten. Eine große US-Tageszeitung berichtete Ende Januar \
unter Berufung auf US-Regierungsvertreter, allein in diesem Monat seien [[mehr als 1.000]] \
Nordkoreaner bei Kämpfen gefallen.

Südkoreas Geheimdienst NIS, der an den Befragungen der beiden Männer beteiligt ist, hält andere \
Werte für belastbar. Nach seiner Einschätzung vom 19. Februar hat Pjöngjang [[etwa 11.000]] \
Soldaten nach Russland geschickt; [[einige hundert]] Schwerverletzte seien per Flugzeug nach \
Nordkorea zurückgebracht worden. Beide Gefangenen haben den Wunsch geäußert, nach Südkorea zu \
gehen, wo bereits rund 34.000 Menschen aus dem Norden leben.

Unsere Redaktion hat die bisher veröffentlichten Angaben aus Kiew, Seoul und Washington \
verglichen. Danach dürften bis Ende Februar [[zwischen 1.000 und 4.000]] Nordkoreaner getötet oder \
verwundet worden sein – eine Spanne, die zeigt, wie wenig sich in diesem Krieg überprüfen lässt.

## Der Suchdienst hilft

Auch Familien in Deutschland suchen Angehörige, die in der Ukraine vermisst werden. Der \
DRK-Suchdienst hat seit Februar 2022 mehr als 7.400 Anfragen im Zusammenhang mit dem Krieg \
bearbeitet. Beratung gibt es kostenlos unter Telefon 089 680773-111. Die Genfer Abkommen haben 196 \
Staaten ratifiziert, darunter Russland, die Ukraine und Nordkorea.
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "bold deck: the captured soldiers of Zelensky's 11 January announcement (to "
          "publication)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Januar gab … bekannt': captured"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-11..2025-01-20",
          "Zelensky 'Mitte Januar': killed and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2025-01-21..2025-01-31",
          "a US paper 'Ende Januar unter Berufung auf US-Regierungsvertreter' (the cited "
          "government): fallen"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-19",
          "NIS 'Nach seiner Einschätzung vom 19. Februar': sent"),
        C("einige hundert", None, "vague", "casualties", "south_korea", "2025-02-19",
          "same assessment, Konjunktiv: badly wounded flown home"),
        C("zwischen 1.000 und 4.000", None, "range", "casualties", "unattributed", "pub",
          "the magazine's own comparison of published figures ('Unsere Redaktion … verglichen')"),
    ),
)

T06 = Source(
    article_id="t34_06_karlsruhe_campusradio_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-11-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Fächerwelle – Campusradio Karlsruhe",
        "https://www.faecherwelle.example/weltempfaenger/kims-soldaten-nach-einem-jahr",
        "Kims Soldaten in Russland: Was wir nach gut einem Jahr wissen",
    ),
    features="Karlsruhe student radio's web text in HTML, UTF-16 LE with BOM and CRLF, no meta "
        "date (sidecar, Friday), a stream script with a bitrate, a cookie layer, show navigation, "
        "a campus sidebar with numbers; teaser 'Seoul schätzt' from the NIS Monday briefing "
        "(Monday to publication); 'Demnach' carries the NIS to `etwa 15.000`, `5.000` builders "
        "'hinzugekommen' (increment) and 'Rund 2.000' fallen; Rutte 'Ende Oktober' in „“ (nato); "
        "HUR 'nach Angaben vom Oktober' with 'bis zu 6.000 davon' at the border (breakdown); a "
        "KIT political scientist 'Im Gespräch am Mittwochabend' 'noch einmal rund 10.000' "
        "(increment, Wednesday to publication); army size, the year 1953, show length, episode "
        "number, FM frequency, student numbers, canteen prices",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Weltempfänger: Kims Soldaten nach einem Jahr – Fächerwelle</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/fw.css?v=37">
<script>window.fwStream={url:"https://stream.faecherwelle.example/live.mp3",bitrate:128};</script>
</head>
<body>
<div id="cookie-layer" role="dialog">Wir setzen technisch notwendige Cookies ein und, wenn du \
zustimmst, einen Zähler für Podcast-Abrufe. <button id="ok">Zustimmen</button> <button \
id="no">Lieber nicht</button></div>
<header><a href="/" class="logo">Fächerwelle – Campusradio Karlsruhe</a>
<nav><a href="/programm">Programm</a> | <a href="/sendungen/weltempfaenger">Weltempfänger</a> | <a \
href="/campus">Campus</a> | <a href="/mitmachen">Mitmachen</a></nav></header>
<article>
<p class="rubrik">Weltempfänger · Nachgehört</p>
<h1>Kims Soldaten in Russland: Was wir nach gut einem Jahr wissen</h1>
<p class="teaser">Seoul schätzt, dass Nordkorea inzwischen [[rund 15.000]] Soldaten nach Russland \
geschickt hat. Im Studio ordnet die KIT-Politologin Lea Sommerfeld ein, was das für den Krieg \
bedeutet.</p>
<p>Als im Oktober 2024 die ersten Berichte auftauchten, war von ein paar Einheiten Spezialkräfte \
die Rede. Heute ist klar: Es ist der größte Auslandseinsatz in der Geschichte der nordkoreanischen \
Armee. Südkoreas Geheimdienst NIS hat am Montag Abgeordnete in Seoul über den Stand unterrichtet. \
Demnach hat Pjöngjang insgesamt [[etwa 15.000]] Mann geschickt; in den vergangenen Monaten seien \
[[5.000]] Militärbauarbeiter hinzugekommen, die beim Wiederaufbau helfen. [[Rund 2.000]] \
Nordkoreaner seien gefallen.</p>
<p>Auch die Nato hat eine eigene Einschätzung. Generalsekretär Mark Rutte sagte Ende Oktober in \
Brüssel, Nordkorea stelle Russland neben Munition „[[weit mehr als 10.000]]“ Soldaten zur \
Verfügung. Der ukrainische Militärgeheimdienst geht nach Angaben vom Oktober von [[etwa 11.000]] \
Nordkoreanern aus, die derzeit im Land stationiert seien, [[bis zu 6.000]] davon unmittelbar an \
der Grenze.</p>
<h2>„Kim verkauft Erfahrung, nicht nur Soldaten“</h2>
<p>Lea Sommerfeld forscht am Karlsruher Institut für Technologie zu Rüstungskooperation in \
Ostasien. Im Gespräch am Mittwochabend hielt sie es für wahrscheinlich, dass Pjöngjang bis zum \
Frühjahr noch einmal [[rund 10.000]] Mann schickt. „Jeder, der aus Kursk zurückkommt, bringt \
Wissen über den Drohnenkrieg mit. Das ist für Pjöngjang mehr wert als das Geld“, sagte sie. \
Nordkoreas Armee zähle zwar über eine Million Soldaten, Kampferfahrung habe seit 1953 aber kaum \
einer.</p>
<p>Die ganze Sendung (58 Minuten) gibt es als Podcast, Folge 212. Der Weltempfänger läuft jeden \
Mittwoch um 20 Uhr auf UKW 104,8 und im Stream.</p>
</article>
<aside><h3>Campus</h3><ul><li>Mensa: Essen wird 30 Cent teurer</li><li>Unikino zeigt „Joint \
Security Area“</li><li>KIT meldet 22.000 Studierende</li></ul></aside>
<footer>© 2025 Fächerwelle e. V. · Studentisches Radio am KIT · <a href="/impressum">Impressum</a> \
· <a href="/datenschutz">Datenschutz</a></footer>
<script src="/assets/player.js?v=37" defer></script>
</body>
</html>
""",
    claims=(
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "mon..pub",
          "teaser 'Seoul schätzt': the NIS figure of the body (Monday to publication)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "mon",
          "NIS briefing 'am Montag', carried by 'Demnach': sent in total"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "mon",
          "same briefing: builders 'hinzugekommen' (increment)", add=True),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "mon",
          "same briefing, Konjunktiv: fallen"),
        C("weit mehr als 10.000", 10000, "at_least", "in_russia", "nato",
          "2025-10-21..2025-10-31", "Rutte 'Ende Oktober' in „…“: provided to Russia"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "2025-10-01..2025-10-31",
          "HUR 'nach Angaben vom Oktober': stationed in Russia"),
        C("bis zu 6.000", 6000, "at_most", "near_front", "ukraine", "2025-10-01..2025-10-31",
          "same: 'davon unmittelbar an der Grenze' (a breakdown, no increment)"),
        C("rund 10.000", 10000, "approx", "planned", "other", "wed..pub",
          "KIT political scientist 'Im Gespräch am Mittwochabend': 'noch einmal' by spring "
          "(increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bangladesh, Jersey, US, Kyrgyzstan, Fiji, Zambia)
# ---------------------------------------------------------------------------------------------

T07 = Source(
    article_id="t34_07_dhaka_business_rooppur_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-01-15"),
    dated_by="html_meta",
    features="Bangladeshi business daily's world-business page in HTML, windows-1252 (curly "
        "quotes, `’`, `·` raw), `article:published_time` with +06:00, a top bar with a share "
        "index and a currency rate, an ad-slot script, a consent line, a byline 'Published: 15 "
        "January 2025'; `<title>` figure (optional); h1 `3,000` (the sum of the NIS dead and "
        "wounded, Monday to publication); 'South Korea’s spy agency believes' with its date and "
        "source in the next sentence ('on Monday, according to two lawmakers'); 'The soldiers had "
        "come from a force of roughly 11,000, the agency said'; Zelensky 'on Sunday' the `two` "
        "captured; Kirby 'In late December' “more than 1,000”; a Dhaka risk consultant's "
        "“15,000 or more” by mid-year (other, planned, `pub`); a nuclear plant loan in dollars, "
        "Russian specialists at the plant, megawatts, export figures, per cent, hotline",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Seoul counts [[3,000]] North Korean casualties in Kursk | The Bengal Trade Herald</title>
<meta property="article:published_time" content="2025-01-15T21:10:00+06:00">
<meta property="og:type" content="article">
<script>var tbthAds={slots:["top-728x90","side-300x250"],section:"world-business"};</script>
</head>
<body>
<div class="topbar">Wednesday, January 15, 2025 · DSEX 5,204.61 (-0.4%) · USD/BDT 122.00</div>
<div class="consent">We use cookies to remember your reading preferences and to show relevant \
advertising. <a href="/privacy-notice">Read our privacy notice</a> <button>Accept and \
close</button></div>
<nav><a href="/">Home</a> | <a href="/economy">Economy</a> | <a href="/stock">Stock</a> | <a \
href="/trade">Trade</a> | <a href="/world">World</a> | <a href="/opinion">Opinion</a></nav>
<article>
<p class="section">World Business</p>
<h1>Seoul counts [[3,000]] North Korean casualties as Kursk fighting drags on</h1>
<p class="byline">Staff Correspondent · Published: 15 January 2025, 9:10 PM</p>
<p>South Korea’s spy agency believes [[about 300]] North Korean soldiers have been killed and \
[[2,700]] wounded since Pyongyang’s troops joined Russia’s fight in the Kursk region. The National \
Intelligence Service gave the estimate to a closed-door parliamentary committee on Monday, \
according to two lawmakers who attended. The soldiers had come from a force of [[roughly 11,000]], \
the agency said, and many of the losses were due to their unfamiliarity with drone warfare.</p>
<p>Ukraine’s President Volodymyr Zelensky said on Sunday that Kyiv was ready to hand the [[two]] \
North Koreans captured in Kursk over to Kim Jong Un if Pyongyang could arrange an exchange for \
Ukrainians held in Russia. In late December, White House spokesman John Kirby had said North \
Korean losses ran to “[[more than 1,000]]” killed or wounded in a single week.</p>
<h2>Why Dhaka is watching</h2>
<p>The war has already cost Bangladesh. Repayments on the $12.65 billion Russian loan for the \
Rooppur nuclear power plant have been stuck since 2022, when Western sanctions cut several Russian \
banks off from SWIFT. Around 1,000 Russian specialists are still working at the 2,400-megawatt \
plant in Pabna, and officials expect the first unit to feed the grid this year.</p>
<p>Farhana Kabir, who heads the Asia desk at a Dhaka-based political risk consultancy, expects the \
deployment to grow rather than shrink. By the middle of the year, she estimates, North Korea will \
have rotated “[[15,000 or more]]” soldiers through Russia. “Every new battalion deepens Moscow’s \
dependence on Pyongyang, and that makes sanctions harder to enforce for everyone, including us,” \
she said.</p>
<p>Bangladesh’s exports to Russia fell 14.3 percent to $512 million in the fiscal year to June, \
Export Promotion Bureau data show.</p>
</article>
<footer>© 2025 The Bengal Trade Herald · 32 Kawran Bazar, Dhaka 1215 · Hotline: \
09612-345678</footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("3,000", 3000, "exact", "casualties", "south_korea", "mon..pub",
          "h1: the sum of the NIS's dead and wounded of the lead (Monday to publication)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'believes', dated and sourced by the next sentence ('on Monday, according to two "
          "lawmakers'): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same: wounded (beside the dead, not an increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'the agency said' in the same briefing: the force sent"),
        C("two", 2, "exact", "casualties", "ukraine", "sun",
          "Zelensky 'on Sunday': captured"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "Kirby 'In late December' “…”: killed or wounded in a week"),
        C("15,000 or more", 15000, "at_least", "planned", "other", "pub",
          "Dhaka risk consultant 'she estimates' (no date): will have rotated by mid-year"),
    ),
)

T08 = Source(
    article_id="t34_08_jersey_medic_sanctions_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-03-14"),
    dated_by="front_matter", crlf=True,
    features="Jersey paper in Markdown, ISO-8859-1 with CRLF (straight quotes, ` - ` for dashes, "
        "`£`), front matter with an ISO `date:` and a title without a figure; headline `3,000` "
        "more (increment) and standfirst “thousands of reinforcements” (vague increment) from the "
        "NIS 'yesterday' (Thursday to publication); the NIS 'said yesterday' `3,000 or so` "
        "'additional' (increment), 'Seoul now reckons' `around 14,000` (new total) 'of whom about "
        "4,000' (a breakdown); Syrskyi 'according to … Last week he said' \"up to 2,000\"; the UK "
        "Ministry of Defence's update 'posted on Tuesday' (a third government: other); sanctions "
        "listings, miles, ages, years of service, pounds, donors, phone number",
    text="""\
---
title: "St Helier paramedic home from Ukraine as Seoul reports more North Korean troops"
date: 2025-03-14T06:00:00+00:00
section: News
author: Tom Le Quesne
---

# St Helier paramedic home from Ukraine as Seoul reports [[3,000]] more North Korean troops

A Jersey paramedic who spent six weeks with a volunteer ambulance crew in north-eastern Ukraine \
says the war feels "closer than people here think", as South Korea says Pyongyang has sent \
[[thousands]] of reinforcements to Russia.

By Tom Le Quesne

MARK Renouf drove 1,600 miles from St Helier to Sumy in January in a converted ambulance paid for \
by islanders. He came home on Tuesday.

"You hear the drones long before you see them," said Mr Renouf, 52, who has worked for the \
island's ambulance service for 19 years. "The medics I was with talked about the North Koreans all \
the time - how many there were, how they attacked across open fields. I never saw one myself."

South Korea's National Intelligence Service said yesterday that North Korea had sent an additional \
[[3,000 or so]] soldiers to Russia in January and February, after its units were pulled out of the \
Kursk front following heavy losses. Seoul now reckons Pyongyang has dispatched [[around 14,000]] \
troops since October, of whom [[about 4,000]] have been killed or wounded.

The North Koreans are back in action, according to Ukraine's commander-in-chief, Oleksandr \
Syrskyi. Last week he said "[[up to 2,000]]" of them were once again taking part in assaults near \
Sudzha alongside Russian paratroopers.

Britain's Ministry of Defence, in an intelligence update posted on Tuesday, said [[several \
thousand]] North Korean troops had probably returned to combat in the Kursk region after a pause \
of about a month.

## Island sanctions

Jersey mirrors UK sanctions on both Russia and North Korea. The Jersey Financial Services \
Commission said this week that its lists now name 40 North Korean individuals and 12 entities, and \
that no assets linked to them had been found in the island.

Mr Renouf's trip raised £18,500 from 312 donors. He plans to return in the summer with a second \
vehicle and is looking for a co-driver with a full clean licence. Anyone wanting to help can call \
01534 445566.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "yday..pub",
          "headline: the NIS figure of the body ('yesterday' to publication), 'more' (increment)",
          add=True),
        C("thousands", None, "vague", "in_russia", "south_korea", "yday..pub",
          "standfirst 'South Korea says': reinforcements sent (increment)", add=True),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "yday",
          "NIS 'said yesterday': 'an additional' (increment)", add=True),
        C("around 14,000", 14000, "approx", "in_russia", "south_korea", "yday",
          "'Seoul now reckons' in the same statement: the new total, not an increment"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "yday",
          "same: 'of whom' killed or wounded (a breakdown)"),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "lastweek",
          "Syrskyi ('according to', then 'Last week he said' \"…\"): in assaults near Sudzha"),
        C("several thousand", None, "vague", "near_front", "other", "tue",
          "UK Ministry of Defence update 'posted on Tuesday' (a third government): back in combat"),
    ),
)

T09 = Source(
    article_id="t34_09_wilmington_veterans_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-08-23"),
    dated_by="sidecar",
    sidecar=(
        "Cape Fear Record",
        "https://www.capefearrecord.example/news/local/2025/08/23/wilmington-korean-war-veterans-"
        "kim-kursk-dead/",
        "Kim honors his Kursk dead as Seoul's spies put toll near 2,000",
    ),
    features="US North Carolina paper in HTML (no meta date: sidecar, Saturday), a dataLayer "
        "script with a word count, a cookie banner, a subscription price in the navigation, "
        "dateline 'WILMINGTON —'; h1 `near 2,000` from the NIS briefing 'on Aug. 12' (to "
        "publication); state media 'said Thursday' `several hundred` fallen honoured "
        "(north_korea); lawmakers 'Briefed by the agency on Aug. 12' (two figures, `roughly 6,000` "
        "'on top of its combat troops': increment); 'In the spring the agency had estimated' "
        "(March–May); a congressman 'in a statement Friday' “at least 12,000” citing Pentagon "
        "briefings (united_states); HUR 'last week' “as many as 25,000” more (increment); a UNCW "
        "professor's range (other, `pub`); veterans' ages, members, Americans killed in the "
        "Korean War, meeting time, street address, phone number",
    text="""\
<!doctype html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Wilmington veterans watch Kim honor his Kursk dead | Cape Fear Record</title>
<meta property="og:site_name" content="Cape Fear Record">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:"local-news",author:"Dana \
Whitlock",words:690});</script>
</head>
<body>
<div id="gdpr" class="banner">This site uses cookies to personalize content and analyze traffic. \
<a href="/privacy">Learn more</a> <button>Got it</button></div>
<nav><a href="/">Home</a> · <a href="/news/local">Local</a> · <a \
href="/news/military">Military</a> · <a href="/sports">Sports</a> · <a \
href="/obituaries">Obituaries</a> · <a href="/subscribe">Subscribe: $1 for 6 months</a></nav>
<article>
<h1>Kim honors his Kursk dead as Seoul’s spies put toll [[near 2,000]]</h1>
<p class="dek">For Wilmington’s last Korean War veterans, the images from Pyongyang are a strange \
echo.</p>
<p class="byline">By Dana Whitlock · Staff Writer</p>
<p>WILMINGTON — Bob Tillery was 19 when he came ashore at Inchon. On Thursday evening, the \
94-year-old watched on his grandson’s laptop as North Korean leader Kim Jong Un knelt before rows \
of framed photographs of soldiers killed fighting for Russia.</p>
<p>North Korean state media said Thursday that [[several hundred]] of the fallen had been \
posthumously named Heroes of the DPRK, without giving a full count. Kim promised their families \
new apartments in the capital.</p>
<p>South Korea’s National Intelligence Service has offered the clearest numbers. Briefed by the \
agency on Aug. 12, members of the National Assembly’s intelligence committee said [[about 2,000]] \
North Korean soldiers had died in Russia’s war since last fall, and that Pyongyang had sent \
[[roughly 6,000]] engineers and builders since June on top of its combat troops. In the spring the \
agency had estimated total casualties, dead and wounded, at [[about 4,700]].</p>
<p>Rep. Dale Whitfield, R-N.C., whose district includes Camp Lejeune, said in a statement Friday \
that “[[at least 12,000]]” North Koreans are now on Russian soil, citing Pentagon briefings to the \
House Armed Services Committee. “Kim is buying his army a kind of experience no other force in \
Asia has,” he said.</p>
<p>Ukraine’s military intelligence agency went further last week, warning that Pyongyang could \
send “[[as many as 25,000]]” more soldiers and workers before the end of the year.</p>
<p>Min-ji Carver, who teaches East Asian politics at UNC Wilmington, estimates that [[14,000 to \
15,000]] North Koreans have rotated through Russia in all. “Those portraits are also a recruiting \
poster,” she said.</p>
<p>Tillery is one of 23 members left in the Cape Fear chapter of the Korean War Veterans \
Association, which had 140 in 2005. Nearly 37,000 Americans died in the Korean War. The chapter \
meets the first Tuesday of every month at 11 a.m. at the VFW post on Market Street.</p>
</article>
<footer>© 2025 Cape Fear Record · 1003 S. 17th St., Wilmington, NC 28401 · (910) 555-0142</footer>
</body>
</html>
""",
    claims=(
        C("near 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-12..pub",
          "h1 'Seoul’s spies put toll': the NIS figure of the body (Aug. 12 to publication)"),
        C("several hundred", None, "vague", "casualties", "north_korea", "thu",
          "state media 'said Thursday': fallen honoured as heroes"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-08-12",
          "lawmakers 'Briefed by the agency on Aug. 12': died"),
        C("roughly 6,000", 6000, "approx", "in_russia", "south_korea", "2025-08-12",
          "same briefing: engineers and builders sent since June 'on top of its combat troops' "
          "(increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "'In the spring the agency had estimated': dead and wounded"),
        C("at least 12,000", 12000, "at_least", "in_russia", "united_states", "fri",
          "a congressman on the Armed Services Committee 'in a statement Friday', citing Pentagon "
          "briefings: on Russian soil"),
        C("as many as 25,000", 25000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'last week' “…” more (increment)", add=True),
        C("14,000 to 15,000", None, "range", "in_russia", "other", "pub",
          "UNCW professor 'estimates' (present tense): rotated through Russia in all"),
    ),
)

T10 = Source(
    article_id="t34_10_bishkek_envoy_builders",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-05"),
    dated_by="dateline",
    features="Kyrgyz English-language outlet as plain text, UTF-16 LE with BOM, dateline "
        "'BISHKEK, 5 November 2025 –'; headline `no more than 6,000` from Russia's ambassador's "
        "Monday press conference (Monday to publication); the number words \"not more than six "
        "thousand\" in his quote, with the speaker and day after it; the NIS 'last week' "
        "`roughly 10,000` at the border and 'another 5,000' builders (increment); Zelensky 'on "
        "Sunday' \"thousands\" more (vague increment); an anonymous NATO official's range (nato, "
        "`pub`); a Bishkek analyst 'By his reckoning' (other, `pub`); migrants in Russia, "
        "remittances in dollars and as a share of GDP, Kyrgyz nationals killed, prison terms, "
        "CSTO members",
    text="""\
Russian envoy in Bishkek: [[no more than 6,000]] North Korean builders in Kursk

By Aidana Sydykova

BISHKEK, 5 November 2025 – Russia's ambassador to Kyrgyzstan has played down the size of North \
Korea's military presence in Russia, insisting that the Koreans now working in the Kursk border \
region are engineers rather than combat troops.

"There are [[not more than six thousand]] of them, and they are building, not fighting," \
Ambassador Gennady Lotov told a press conference at the embassy on Monday, when asked about \
Pyongyang's role in the war. He said the men were clearing mines and repairing roads damaged \
during Ukraine's incursion last year.

Seoul tells a different story. South Korea's National Intelligence Service said last week that \
[[roughly 10,000]] North Korean soldiers remain deployed along Russia's border with Ukraine, and \
that another [[5,000]] troops from army construction units have been sent since September.

In Kyiv, President Volodymyr Zelensky warned in his nightly address on Sunday that "[[thousands]] \
more" could join them in the coming months. A NATO official in Brussels, speaking on condition of \
anonymity, estimated the current North Korean presence at "[[between 11,000 and 13,000]]" men, \
most of them combat infantry.

Why it matters here

For Kyrgyzstan, the question is not abstract. An estimated 350,000 Kyrgyz citizens work in Russia, \
and their remittances, about $2.6 billion last year, equal roughly a fifth of the country's GDP. \
Rights groups say dozens of migrants have been pressured to sign contracts with the Russian army; \
the foreign ministry has confirmed the deaths of 41 Kyrgyz nationals in Ukraine since 2022. Under \
Kyrgyz law, fighting as a mercenary abroad carries a prison term of up to 10 years.

Temirlan Abdrakhmanov, a security analyst at a Bishkek think tank, believes the ambassador is \
understating the numbers. By his reckoning [[about 16,000]] North Koreans have served in Russia \
since the first units arrived in October 2024. "The builders are soldiers with shovels," he said. \
"Moscow prefers them to our migrants because they cannot go home and complain."

Kyrgyzstan chairs the Collective Security Treaty Organization this year. None of the bloc's six \
members has commented on North Korea's role in the war.
""",
    claims=(
        C("no more than 6,000", 6000, "at_most", "near_front", "russia", "mon..pub",
          "headline 'Russian envoy in Bishkek:' — his Monday figure (Monday to publication): in "
          "the Kursk region"),
        C("not more than six thousand", 6000, "at_most", "near_front", "russia", "mon",
          "ambassador's quote, speaker and 'on Monday' after it: working in the Kursk border "
          "region"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "NIS 'said last week': deployed along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "lastweek",
          "same: 'another' (increment) construction troops sent since September", add=True),
        C("thousands", None, "vague", "planned", "ukraine", "sun",
          "Zelensky 'on Sunday': \"… more\" could join (increment)", add=True),
        C("between 11,000 and 13,000", None, "range", "in_russia", "nato", "pub",
          "an anonymous NATO official (no date): present in Russia"),
        C("about 16,000", 16000, "approx", "in_russia", "other", "pub",
          "Bishkek analyst 'By his reckoning' (no date): served in Russia"),
    ),
)

T11 = Source(
    article_id="t34_11_fiji_recruits_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Pacific Pulse Fiji",
        "https://www.pacificpulse.example/world/two-thousand-north-koreans-dead-seoul",
        "Two thousand North Koreans dead in Russia's war, Seoul estimates",
    ),
    features="Fijian news site in Markdown, UTF-8 with BOM, front matter without a date (sidecar, "
        "Friday) whose title carries the number words `Two thousand` (optional) like the h1 "
        "(required), both from the NIS Thursday briefing of the lead (to publication); dateline "
        "'SUVA –'; lead `Around 2,000` with the source and day in the next sentence ('The figure "
        "was passed on by … on Thursday'), 'According to Park' carrying `some 13,000` and "
        "`several thousand` additional builders (vague increment); the State Department 'on "
        "Wednesday' \"by the thousands\"; HUR 'in July' “close to 5,000”; a USP lecturer \"north "
        "of 15,000\" (other, `pub`); Fijians recruited by Russia ('at least 39', two dead), pay "
        "in US dollars, peacekeepers, army size, helpline",
    text="""\
---
title: "[[Two thousand]] North Koreans dead in Russia's war, Seoul estimates"
category: World
tags: [Russia, Ukraine, North Korea, Fiji]
---

# [[Two thousand]] North Koreans dead in Russia's war, Seoul estimates

*As the Government tries to bring home Fijian ex-soldiers lured to the front, South Korea says \
Pyongyang's losses keep climbing.*

SUVA – [[Around 2,000]] of the North Korean troops Pyongyang sent to help Moscow have now been \
killed, South Korea's intelligence service believes, a toll that has roughly doubled since the \
spring.

The figure was passed on by Park Jun-ho, a member of the National Assembly's intelligence \
committee, after the National Intelligence Service briefed legislators behind closed doors on \
Thursday. According to Park, the agency estimates that [[some 13,000]] combat soldiers have been \
sent since October last year, and believes North Korea is preparing [[several thousand]] \
additional construction troops to help rebuild Russia's Kursk region.

In Washington, a State Department spokesperson said on Wednesday that North Koreans were "dying by \
the [[thousands]]" in a war that was not theirs. Ukraine's military intelligence agency had put \
North Korean losses at “[[close to 5,000]]” killed and wounded in July.

## Fijians at the front

The news lands in Fiji as families wait for word from relatives who travelled to Russia. The \
Minister for Home Affairs told Parliament last month that at least 39 Fijians, most of them former \
soldiers, had been recruited through agents promising security jobs paying up to US$3,000 a month. \
Two are confirmed dead.

Dr Sereana Vunibola, who lectures in international relations at the University of the South \
Pacific in Suva, said the two stories were linked. "Russia is buying soldiers wherever it can find \
them - [[north of 15,000]] from North Korea, a few dozen from the Pacific," she said. "The \
difference is that Pyongyang sends them as a state."

The Republic of Fiji Military Forces has about 3,500 regular personnel, and more than 150 Fijian \
peacekeepers currently serve with the United Nations in the Golan Heights. Families seeking help \
can call the ministry's helpline on 3301 888.
""",
    claims=(
        C("Two thousand", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "front-matter title (metadata) restating the h1", opt=True),
        C("Two thousand", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'Seoul estimates' in number words: the NIS figure of the lead (Thursday to "
          "publication)"),
        C("Around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "lead 'South Korea's intelligence service believes', dated by the next sentence ('on "
          "Thursday'): died"),
        C("some 13,000", 13000, "approx", "in_russia", "south_korea", "thu",
          "'According to Park, the agency estimates': sent since October"),
        C("several thousand", None, "vague", "planned", "south_korea", "thu",
          "same: 'additional' construction troops being prepared (increment)", add=True),
        C("thousands", None, "vague", "casualties", "united_states", "wed",
          "State Department spokesperson 'on Wednesday': \"dying by the …\""),
        C("close to 5,000", 5000, "approx", "casualties", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'had put … at' “…” 'in July': killed and wounded"),
        C("north of 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "USP lecturer in a quote (no date): bought from North Korea"),
    ),
)

T12 = Source(
    article_id="t34_12_kitwe_radio_parade",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-13"),
    dated_by="sidecar",
    sidecar=(
        "Copperbelt Community Radio",
        "",
        "Kursk veterans march as Pyongyang celebrates party's 80th",
    ),
    features="Zambian community radio station's news text (Kitwe) as plain text (sidecar without "
        "url, Monday), station line with an FM frequency; state media on `hundreds` of Kursk "
        "veterans on parade (returnees: optional); Medvedev 'on Friday' \"thousands of Korean "
        "comrades\" in Kursk (russia, 'Russian news agencies reported'); the JCS 'estimate' "
        "(present tense: `pub`); the USFK commander before a Senate hearing 'in September' "
        "(range, 'at the time'); Ukraine's foreign ministry 'on Saturday' \"up to 30,000\" more "
        "(increment); a Copperbelt University lecturer on the station's programme 'this morning' "
        "(the publication day); the station's own count `14,000 to 17,000` (unattributed, "
        "required, `pub`); Zambian students in Pyongyang, years, copper prices, kwacha, parade "
        "length, phone numbers",
    text="""\
Kursk veterans march as Pyongyang celebrates party's 80th

Copperbelt Community Radio 98.7 FM | World News

North Korea put soldiers back from Russia on show at a huge night-time military parade in \
Pyongyang on Friday, as guests from Moscow, Beijing and Hanoi watched from the tribune.

According to state media, [[hundreds]] of soldiers who had fought in Russia's Kursk region marched \
across Kim Il Sung Square behind the flags of their units, to loud applause. The parade, marking \
80 years since the founding of the ruling Workers' Party in 1945, lasted about two hours.

Former Russian president Dmitry Medvedev, now deputy chairman of Russia's Security Council, paid \
tribute to the "[[thousands]] of Korean comrades who stood with our soldiers in Kursk" during a \
meeting with Kim Jong Un on Friday, Russian news agencies reported.

South Korea's Joint Chiefs of Staff estimate that [[some 11,000]] North Korean soldiers remain on \
Russian soil, many of them now working as deminers and builders. The commander of US forces in \
Korea told a Senate hearing in September that the North had lost "[[roughly 4,000 to 5,000]]" \
soldiers killed and wounded; he called the figure conservative at the time. Ukraine's foreign \
ministry said on Saturday that Pyongyang could send "[[up to 30,000]]" more troops next year, and \
urged African governments with ties to North Korea to speak out.

Zambia established diplomatic relations with North Korea in 1969, and in the 1970s and 1980s \
hundreds of Zambian students went to Pyongyang on scholarships.

Dr Mwila Chanda, who lectures in political science at Copperbelt University in Kitwe, told this \
station's Morning Drive programme this morning that "[[well over 15,000]]" North Koreans had been \
sent to Russia since last year. "For Africa, the lesson is that Moscow's friendship always comes \
with a bill," he said.

CCR News has tallied the official figures released in Seoul, Kyiv and Washington over the past \
twelve months and arrives at [[14,000 to 17,000]] North Korean troops sent to Russia so far.

In business news, copper closed at $10,640 a tonne on the London Metal Exchange on Friday, and the \
kwacha traded at K23.9 to the US dollar. Listeners can reach the newsroom on 0212 221 987 or by \
WhatsApp on 0977 123 456.
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri..pub",
          "state media on returnees marching at the parade (returnees: optional)", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "fri",
          "Medvedev 'on Friday' (named after the quote, 'Russian news agencies reported'): "
          "stood with Russian soldiers in Kursk"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "pub",
          "JCS 'estimate' (present tense, no date): remain on Russian soil"),
        C("roughly 4,000 to 5,000", None, "range", "casualties", "united_states",
          "2025-09-01..2025-09-30",
          "USFK commander at a Senate hearing 'in September' (carried by 'at the time')"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sat",
          "Ukraine's foreign ministry 'on Saturday': \"…\" more next year (increment)", add=True),
        C("well over 15,000", 15000, "at_least", "in_russia", "other", "mon",
          "Copperbelt University lecturer on the station's programme 'this morning' (the Monday "
          "of publication): sent"),
        C("14,000 to 17,000", None, "range", "in_russia", "unattributed", "pub",
          "the station's own tally of official figures ('CCR News has tallied … arrives at')"),
    ),
)

SOURCES: tuple[Source, ...] = (
    T01, T02, T03, T04, T05, T06,
    T07, T08, T09, T10, T11, T12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
