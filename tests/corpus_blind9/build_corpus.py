"""Build the NINTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

An eleventh corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Hessian regional paper's
politics page, a German weekly's foreign-policy analysis with a historian, an Austrian public
broadcaster's web text, a Bern regional paper, a German agency's evening summary and a German
paper's report on a Bundestag committee hearing; a Hong Kong English-language daily, a
Philippine English-language paper, a US regional paper with a Korean-American veteran and a
Pentagon briefing, a UK Sunday paper's long read, a wire factbox rewritten as prose and a
Japanese English-language daily. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind9_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="g01_hessen_politik_wiesbaden_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="Hessian regional paper's politics page in HTML (`article:published_time` with "
        "+01:00, a data layer with a word count, an ad loader with slot sizes, a consent banner "
        "with 87 partners, navigation, a most-read list, a phone number in the footer); `<title>` "
        "figure (optional); headline 'Pentagon zählt' from the Pentagon spokeswoman's Monday "
        "figure (Monday to publication), dated by the sentence after the figure ('Das erklärte … "
        "am Montag'); the State Department 'Ende Oktober' (an older figure recalled); Zelensky "
        "'am Montagabend' in „…“; the NIS in Konjunktiv dated by lawmakers 'am Mittwoch' in the "
        "next sentence; 'In Bündniskreisen hieß es am Mittwoch' „mehrere tausend“ weitere "
        "(nato, planned increment); a Wiesbaden MP 'im Gespräch mit dieser Zeitung' (other, "
        "`pub`); 'Hunderttausende unter Waffen' (army), NATO posts at the Clay barracks, US "
        "personnel in Wiesbaden, espionage cases, refugees in Hesse, euros",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon zählt [[10.000]] Nordkoreaner bei Kursk – Sorge in Wiesbaden | WLZ</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Wiesbadener Landeszeitung">
<meta property="article:published_time" content="2024-11-07T06:30:00+01:00">
<meta property="article:section" content="Politik">
<link rel="canonical" href="https://www.wlz.example/politik/nordkorea-kursk-wiesbaden-91822734.htm\
l">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"artikel","articleId":918\
22734,"ressort":"politik","plus":false,"wortzahl":603});</script>
<script async src="https://ads.wlz.example/loader.js?slots=300x250,728x90"></script>
</head>
<body>
<div class="cmp-banner" role="dialog">Wir verwenden Cookies und verarbeiten Daten gemeinsam mit 87 \
Partnern, um Inhalte und Werbung zu personalisieren. <a href="/datenschutz">Mehr erfahren</a> \
<button>Zustimmen</button> <button>Ablehnen</button></div>
<header><a class="logo" href="/">Wiesbadener Landeszeitung</a>
<nav><a href="/lokales">Lokales</a> · <a href="/hessen">Hessen</a> · <a \
href="/politik">Politik</a> · <a href="/wirtschaft">Wirtschaft</a> · <a href="/sport">Sport</a> · \
<a href="/epaper">E-Paper</a></nav>
</header>
<main>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Pentagon zählt [[10.000]] Nordkoreaner im Raum Kursk</h1>
<p class="teaser">Die Soldaten aus Pjöngjang stehen offenbar kurz vor dem Einsatz gegen die \
Ukraine. In Wiesbaden, wo die US-Armee ihr Europa-Hauptquartier hat, verfolgt man die Entwicklung \
mit wachsender Sorge.</p>
<p class="autor">Von Katrin Bender | 07.11.2024, 06:30 Uhr</p>
<p>Nordkorea hat nach amerikanischen Erkenntnissen inzwischen [[rund 10.000]] Soldaten in die \
russische Grenzregion Kursk verlegt. Das erklärte eine Sprecherin des Pentagons am Montag in \
Washington. Die Männer seien im Osten Russlands an Artillerie, an Drohnen und im Grabenkampf \
ausgebildet worden; man rechne damit, dass sie „in den kommenden Tagen“ in Gefechte geschickt \
würden. Ende Oktober hatte das US-Außenministerium noch von [[etwa 8.000]] Nordkoreanern in Kursk \
gesprochen.</p>
<p>Der ukrainische Präsident Wolodymyr Selenskyj nannte am Montagabend eine höhere Zahl. \
„[[11.000]] nordkoreanische Soldaten sind bereits im Gebiet Kursk“, sagte er in seiner täglichen \
Videobotschaft. Sein Verteidigungsminister hatte zuvor dem südkoreanischen Fernsehen gesagt, es \
habe erste, „kleinere“ Gefechte gegeben.</p>
<p>Auch Seoul korrigiert seine Schätzungen nach oben. Der Geheimdienst NIS gehe nun davon aus, \
dass Pjöngjang [[mehr als 10.000]] Soldaten nach Russland gebracht habe, ein Teil von ihnen sei \
bereits an Kämpfen beteiligt. Das berichteten Abgeordnete des Geheimdienstausschusses am Mittwoch \
nach einer nicht öffentlichen Sitzung. In Bündniskreisen hieß es am Mittwoch, die Nato stelle sich \
bis zum Jahresende auf „[[mehrere tausend]]“ weitere Nordkoreaner an der Front ein.</p>
<h2>Ein Kommando auf der Clay-Kaserne</h2>
<p>Für Wiesbaden ist der Krieg kein fernes Thema. Auf der Clay-Kaserne in Erbenheim baut die Nato \
derzeit ein Kommando auf, das Waffenlieferungen und die Ausbildung ukrainischer Soldaten steuern \
soll; rund 700 Dienstposten sind dafür vorgesehen. Im Raum Wiesbaden leben nach Angaben der Stadt \
etwa 19.000 Angehörige der US-Streitkräfte, Zivilbeschäftigte und Familienmitglieder.</p>
<p>Der Wiesbadener CDU-Bundestagsabgeordnete Florian Heck hält die Zahlen aus Washington eher für \
zu niedrig. „Kim hat Hunderttausende unter Waffen. Wenn Putin weiter ruft, stehen bis zum Frühjahr \
[[bis zu 20.000]] Nordkoreaner in Kursk“, sagte er im Gespräch mit dieser Zeitung. Die \
Bundesregierung müsse der Ukraine nun schneller Waffen liefern.</p>
<p>Der hessische Innenminister kündigte am Mittwoch im Landtag an, den Schutz der amerikanischen \
Einrichtungen zu verstärken. Im vergangenen Jahr habe der Verfassungsschutz mehr als 40 Fälle \
mutmaßlicher russischer Ausspähung in Hessen registriert. Im Land leben derzeit rund 80.000 \
Geflüchtete aus der Ukraine.</p>
</article>
<aside class="meistgelesen"><h3>Meistgelesen</h3><ol><li>A66: Sperrung bei Erbenheim bis \
Sonntag</li><li>Wiesbaden: 3,2 Millionen Euro für neue Kitas</li><li>Wehen Wiesbaden siegt 2:1 in \
Ulm</li></ol></aside>
</main>
<footer><p>© Wiesbadener Landeszeitung 2024 · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a> · Leserservice: 0611 4471-0</p></footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) restating the Pentagon's Monday figure", opt=True),
        C("10.000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Pentagon zählt … im Raum Kursk': the spokeswoman's Monday figure of the lead "
          "(Monday to publication)"),
        C("rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "dated by the next sentence ('Das erklärte eine Sprecherin des Pentagons am Montag'): "
          "moved to the Kursk border region"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-21..2024-10-31",
          "an older figure recalled: the State Department 'Ende Oktober', in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' in his video address: in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "NIS 'gehe … davon aus' in Konjunktiv, dated by lawmakers 'am Mittwoch' in the next "
          "sentence: brought to Russia"),
        C("mehrere tausend", None, "vague", "planned", "nato", "wed",
          "'In Bündniskreisen hieß es am Mittwoch', „…“ weitere expected at the front by year-end "
          "(planned increment)", add=True),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "a Wiesbaden CDU MP 'im Gespräch mit dieser Zeitung' (no date): will stand in Kursk by "
          "spring"),
    ),
)

G02 = Source(
    article_id="g02_wochenzeitung_historiker_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-11"),
    dated_by="front_matter",
    features="German weekly newspaper's foreign-policy analysis in Markdown, UTF-8 with BOM, "
        "front matter with `date:` (a Thursday), a reading time and a title without a figure; "
        "bold deck 'nach Schätzung Seouls' `rund 2000` dated by the body (4 September to "
        "publication); the NIS in Konjunktiv with the date after the figures ('So trugen es "
        "Abgeordnete am 4. September … vor'): `etwa 13.000` sent, `rund 2000` dead, `Mehrere "
        "tausend` weitere wounded (the others of the same event, no increment); HUR 'Ende "
        "August'; a Tübingen historian's range 'geht davon aus' and 'rechnet damit … noch "
        "einmal' (increment), both `pub`; Moscow 'Im Juni' `6000` (planned); Chinese soldiers at "
        "the Beijing parade (`Mehr als 10.000`), Mao's volunteers and their dead, Stalin's "
        "pilots, dollars, per cent, years",
    text="""\
---
title: "Kims Preis für den Platz an Xis Seite"
date: 2025-09-11
rubrik: Politik
autorin: Johanna Wiegand
lesezeit: 6 Minuten
---

# Kims Preis für den Platz an Xis Seite

**Auf der Parade in Peking stand Nordkoreas Machthaber neben Xi Jinping und Wladimir Putin. \
Bezahlt hat er dafür auch mit dem Leben von [[rund 2000]] Soldaten, die nach Schätzung Seouls in \
Russland gefallen sind. Ein Historiker erklärt, warum sich Pjöngjang so eng an Moskaus Krieg \
gebunden hat.**

Als am 3. September Panzer und Raketen über die Pekinger Chang'an-Allee rollten, stand Kim Jong Un \
auf der Ehrentribüne, zwei Plätze neben dem Gastgeber. Mehr als 10.000 Soldaten der \
Volksbefreiungsarmee marschierten an ihm vorbei. Es war sein erster Besuch in China seit 2019 – \
und ein Auftritt, den er sich in Kursk verdient hat.

Wie teuer dieser Auftritt war, hat der südkoreanische Geheimdienst NIS kurz darauf beziffert. Von \
den [[etwa 13.000]] Soldaten, die Nordkorea seit dem Herbst 2024 nach Russland geschickt habe, \
seien [[rund 2000]] gefallen. [[Mehrere tausend]] weitere seien verwundet worden. So trugen es \
Abgeordnete am 4. September nach einer Sitzung des Geheimdienstausschusses in Seoul vor.

Kiew nennt deutlich höhere Zahlen. Der ukrainische Militärgeheimdienst HUR sprach Ende August von \
[[mehr als 4000]] getöteten Nordkoreanern; überprüfen lässt sich das nicht.

## „Zum ersten Mal ist Nordkorea der Lieferant“

Für den Tübinger Historiker Bernd Kallweit, der über den Koreakrieg und die Bündnispolitik des \
Kalten Krieges forscht, folgt Kims Kalkül einem alten Muster, nur mit vertauschten Rollen. „Im \
Koreakrieg hat Nordkorea fremde Truppen empfangen. Jetzt ist es zum ersten Mal der Lieferant“, \
sagt er. 1950 schickte Mao Zedong Hunderttausende sogenannter Freiwilliger über den Yalu, nach \
chinesischen Angaben fielen mehr als 180.000 von ihnen. Stalin entsandte Kampfpiloten, offiziell \
waren es nie mehr als einige Hundert gleichzeitig.

Kallweit geht davon aus, dass bislang insgesamt [[14.000 bis 16.000]] Nordkoreaner in Russland \
eingesetzt waren, Pioniere und Bausoldaten eingerechnet. Im Juni hatte Moskau angekündigt, \
Pjöngjang werde [[6000]] Minenräumer und Militärbauarbeiter in das Gebiet Kursk schicken. „Das ist \
keine Hilfe unter Brüdern, das ist ein Geschäft mit Laufzeit“, sagt der Historiker. Er rechnet \
damit, dass Nordkorea noch einmal [[mehrere tausend]] Mann schickt, sobald Moskau eine neue \
Offensive plant.

## Devisen, Öl und Technologie

Was Pjöngjang dafür bekommt, lässt sich nur schätzen. Südkoreanische Forscher beziffern die \
Einnahmen auf bis zu 20 Milliarden Dollar, das wäre etwa ein Fünftel der nordkoreanischen \
Wirtschaftsleistung. Die Zentralbank in Seoul schätzt, dass die Wirtschaft des Nordens 2024 um 3,7 \
Prozent gewachsen ist, so stark wie seit acht Jahren nicht mehr.

„Kim hat gelernt, dass man in Moskau und Peking mit Loyalität mehr erreicht als mit Raketentests“, \
sagt Kallweit. Ob das auf Dauer trägt, hänge davon ab, wie lange Russland diesen Krieg noch führe.
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-04..pub",
          "bold deck 'nach Schätzung Seouls': the NIS figure the body dates to 4 September (to "
          "publication)"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-04",
          "NIS in Konjunktiv, dated after the figures ('So trugen es Abgeordnete am 4. September "
          "… vor'): sent since autumn 2024"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "same briefing: dead"),
        C("Mehrere tausend", None, "vague", "casualties", "south_korea", "2025-09-04",
          "same briefing: 'weitere … verwundet' (the others of the same event, no increment)"),
        C("mehr als 4000", 4000, "at_least", "casualties", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August': killed"),
        C("14.000 bis 16.000", None, "range", "in_russia", "other", "pub",
          "Tübingen historian 'geht davon aus' (present tense, no date): deployed in Russia"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Moscow 'Im Juni … angekündigt': deminers and military builders Pyongyang will send"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "the historian 'rechnet damit', 'noch einmal' (increment)", add=True),
    ),
)

G03 = Source(
    article_id="g03_at_rundfunk_erste_tote_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "RFÖ News",
        "https://news.rfoe.example/stories/3178842/",
        "Erste Bilanz: Seoul meldet 100 tote Nordkoreaner",
    ),
    features="Austrian public broadcaster's web text in HTML, ISO-8859-1 with quotes only as "
        "numeric entities (`&#8222;`/`&#8220;`), `&copy;`, `&middot;`; no meta date (sidecar, "
        "Friday), a 'Publiziert' line, a privacy banner, channel navigation, an audio length; "
        "`<title>` figure (optional); headline 'Seoul meldet' and the bold lead dated by the "
        "next paragraph ('Das berichtete der Abgeordnete … am Donnerstag'); `fast 1.000` weitere "
        "wounded (no increment); 'Heuer im Oktober' (an older NIS figure: the whole month); the "
        "Pentagon spokesman 'bereits am Montag' „mehreren Hundert“; the SSO 'am Wochenende' "
        "(Saturday–Sunday); HUR 'Nach Einschätzung' without a date, 'hieß es aus Kiew' at the "
        "end; a Viennese academy colonel (other, `pub`) with 'jeder Zehnte' (fraction); 'bis "
        "Jänner', 'heuer'; the defence budget in euros, per cent, refugees, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Seoul: [[Mindestens 100]] Nordkoreaner in Kursk gefallen - news.rfoe.example</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="RFÖ News">
<script>var rfoeStats={story:"3178842",channel:"ausland",format:"text",video:false};</script>
</head>
<body>
<div id="privacy">Wir verwenden Cookies, um die Nutzung unseres Angebots zu analysieren. Mit \
&#8222;OK&#8220; stimmen Sie dem zu. <a href="/datenschutz">Datenschutzinformation</a> \
<button>OK</button></div>
<nav><a href="/">News</a> | <a href="/inland">Inland</a> | <a href="/ausland">Ausland</a> | <a \
href="/wirtschaft">Wirtschaft</a> | <a href="/wetter">Wetter</a> | <a \
href="/tvthek">TVthek</a></nav>
<div class="story">
<h1>Erste Bilanz: Seoul meldet [[100]] tote Nordkoreaner</h1>
<p class="lead"><strong>Nordkoreas Soldaten in Russland haben bei den Kämpfen im Gebiet Kursk \
erstmals schwere Verluste erlitten. Nach Angaben des südkoreanischen Geheimdiensts wurden \
[[mindestens 100]] von ihnen getötet, [[fast 1.000]] weitere verletzt.</strong></p>
<p>Das berichtete der Abgeordnete Lee Jae Hoon am Donnerstag nach einer Sitzung des \
Geheimdienstausschusses in Seoul. Die Soldaten seien bei Angriffen über offenes Gelände eingesetzt \
worden und hätten kaum Erfahrung mit Drohnen, zitierte er den Nachrichtendienst NIS. Heuer im \
Oktober hatte der NIS als Erster von [[1.500]] Mann einer nordkoreanischen Spezialeinheit \
berichtet, die auf dem Seeweg nach Wladiwostok gebracht worden seien.</p>
<h2>Auch Washington bestätigt Verluste</h2>
<p>Das Pentagon geht ebenfalls von erheblichen Verlusten aus. Sprecher Pat Ryder hatte bereits am \
Montag von &#8222;[[mehreren Hundert]]&#8220; getöteten und verwundeten Nordkoreanern gesprochen, \
genauere Zahlen nannte er nicht. Die ukrainischen Spezialeinsatzkräfte SSO meldeten am Wochenende, \
sie hätten bei Gefechten nahe dem Dorf Plechowo binnen drei Tagen [[rund 50]] nordkoreanische \
Soldaten getötet; unabhängig überprüfen ließ sich das nicht.</p>
<p>Nach Einschätzung des ukrainischen Militärgeheimdiensts HUR sind derzeit [[etwa 11.000]] \
Nordkoreaner im Raum Kursk im Einsatz. Bis Jänner könnten Artillerie- und Raketeneinheiten \
dazukommen, hieß es aus Kiew.</p>
<h2>Experte: &#8222;Für Kim verkraftbar&#8220;</h2>
<p>Oberst Harald Gmeiner von der Landesverteidigungsakademie in Wien hält die Angaben aus Seoul \
für plausibel. &#8222;Wenn von [[knapp 11.000]] Mann an der Front jeder Zehnte ausfällt, ist das \
für eine Truppe ohne Gefechtserfahrung beinahe noch wenig&#8220;, sagte er im Gespräch mit RFÖ. \
Für Kim seien solche Verluste verkraftbar, für Russland sei jeder Infanterist wertvoll.</p>
<p>Das Bundesheer beobachtet die Entwicklung auch mit Blick auf die eigene Planung: Das \
Verteidigungsbudget steigt heuer auf rund 4 Mrd. Euro, bis 2032 sollen es 2 Prozent der \
Wirtschaftsleistung sein. In Österreich sind derzeit rund 85.000 Vertriebene aus der Ukraine \
registriert.</p>
<p class="source">red, news.rfoe.example/Agenturen</p>
<p class="stand">Publiziert 20.12.2024 17.05</p>
<div class="audio">Beitrag im Mittagsjournal zum Nachhören (4:12 Min.)</div>
</div>
<footer>RFÖ &copy; 2024 &middot; <a href="/impressum">Impressum</a> &middot; Kundendienst: 0800 \
090 010</footer>
</body>
</html>
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the NIS figure", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul meldet': the NIS figure the next paragraph dates to Thursday (to "
          "publication)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "bold lead, NIS via the lawmaker 'am Donnerstag' in the next paragraph: killed"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same: 'weitere verletzt' (the others of the same event, no increment)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "'Heuer im Oktober hatte der NIS … berichtet' (an older figure, the whole month): "
          "shipped to Vladivostok"),
        C("mehreren Hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'bereits am Montag' „…“ killed and wounded"),
        C("rund 50", 50, "approx", "casualties", "ukraine", "sat..sun",
          "SSO 'meldeten am Wochenende': killed near Plekhovo"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Einschätzung' without a date ('hieß es aus Kiew'): in action around Kursk"),
        C("knapp 11.000", 11000, "approx", "near_front", "other", "pub",
          "Viennese defence academy colonel 'im Gespräch mit RFÖ' (no date): at the front"),
    ),
)

G04 = Source(
    article_id="g04_ch_bern_liebefeld_gefallene",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-08-23"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Berner Landbote",
        "https://www.bernerlandbote.example/ausland/der-liebefelder-schueler-und-seine-gefallenen",
        "Der Liebefelder Schüler und seine Gefallenen",
    ),
    features="Bern regional paper in windows-1252 with CRLF (sidecar, Saturday; a header line "
        "with the date): no `ß`, «» and ‹› quotes, `11'000`, `15'000`, `20'000`, `43'000`, "
        "4-digit `1500`/`1000`/`5000`; deck 'Kiew schätzt' from HUR's Thursday figure "
        "(Thursday to publication); KCNA's ceremony 'am Donnerstag', images released 'am "
        "Freitag': portraits of `mehr als 200` fallen and Kim's «Tausenden» fighters "
        "(north_korea, Thursday–Friday); HUR spokesman 'am Donnerstag im Fernsehen'; the NIS 'im "
        "April' (month) and 'Laut NIS … derzeit' (`pub`); Moscow 'Im Juni' 'zusätzlich' `1000` "
        "and `5000` (planned increments); a Bern political scientist's range (other, `pub`); "
        "Kim's school in Liebefeld, pupils, inhabitants of Köniz, francs, years",
    text="""\
BERNER LANDBOTE | Ausland | Samstag, 23. August 2025

Der Liebefelder Schüler und seine Gefallenen

Nordkoreas Machthaber verneigt sich vor den Särgen von Soldaten, die für Russland gestorben sind. \
Kiew schätzt, dass bereits [[über 1500]] Nordkoreaner gefallen sind.

Von Andrea Zürcher

Die Bilder sind sorgfältig inszeniert: Kim Jong Un steht vor einer langen Reihe von Särgen, jeder \
mit der Staatsflagge bedeckt. Er legt die Hand auf einen von ihnen, dann wischt er sich über die \
Augen. Die Zeremonie fand nach Angaben der staatlichen Nachrichtenagentur KCNA am Donnerstag in \
Pjöngjang statt, die Bilder verbreitete die Agentur am Freitag. Im Hintergrund waren die Porträts \
von [[mehr als 200]] Gefallenen zu sehen.

In seiner Rede sprach Kim laut KCNA von «[[Tausenden]] tapferen Kämpfern», die auf den \
Schlachtfeldern von Kursk ‹ihre Pflicht gegenüber dem Bruderland› erfüllt hätten. Eine Zahl der \
Toten nannte er nicht.

Kiew ist weniger zurückhaltend. Ein Sprecher des ukrainischen Militärgeheimdiensts HUR sagte am \
Donnerstag im Fernsehen, es seien [[über 1500]] nordkoreanische Soldaten getötet worden, die \
meisten im vergangenen Winter. Der südkoreanische Nachrichtendienst NIS war im April noch von \
[[rund 600]] Toten ausgegangen. Laut NIS sind derzeit [[etwa 11'000]] Nordkoreaner in Russland \
stationiert.

Im Juni hatte Moskau angekündigt, Pjöngjang werde zusätzlich [[1000]] Minenräumer und [[5000]] \
Militärbauarbeiter schicken, um die zerstörten Dörfer im Gebiet Kursk wieder aufzubauen.

Zwei Jahre in Liebefeld

In Bern verfolgt man die Bilder mit besonderem Interesse. Ende der 1990er-Jahre besuchte Kim unter \
falschem Namen die öffentliche Schule in Liebefeld bei Köniz; frühere Mitschüler erinnern sich an \
einen stillen Jungen, der Basketball liebte und Michael Jordan verehrte. Die Schule zählt heute \
gut 400 Schülerinnen und Schüler, die Gemeinde Köniz rund 43'000 Einwohnerinnen und Einwohner.

«Man sollte die Jahre in Bern nicht überschätzen», sagt der Politologe Lukas Aebi, der an der \
Universität Bern zu Ostasien forscht. «Kim hat hier Deutsch gelernt, aber keine Demokratie.» Aebi \
schätzt, dass Nordkorea inzwischen [[zwischen 15'000 und 20'000]] Soldaten durch Russland \
geschleust hat. Für Pjöngjang sei der Einsatz ein Geschäft: Devisen, Nahrungsmittel und \
militärisches Wissen gegen Menschenleben.

Die Schweiz hat der Ukraine für die Minenräumung bis 2027 insgesamt 100 Millionen Franken \
zugesagt. Ein Teil davon fliesst in die Region Charkiw, die an das Gebiet Kursk grenzt.
""",
    claims=(
        C("über 1500", 1500, "at_least", "casualties", "ukraine", "thu..pub",
          "deck 'Kiew schätzt': the HUR spokesman's Thursday figure of the body (to publication)"),
        C("mehr als 200", 200, "at_least", "casualties", "north_korea", "thu..fri",
          "portraits of the fallen at the ceremony KCNA held on Thursday and showed on Friday "
          "(state media: north_korea)"),
        C("Tausenden", None, "vague", "near_front", "north_korea", "thu..fri",
          "Kim's speech 'laut KCNA' «…» fighters on the battlefields of Kursk (speech to report)"),
        C("über 1500", 1500, "at_least", "casualties", "ukraine", "thu",
          "HUR spokesman 'sagte am Donnerstag im Fernsehen': killed"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'im April' (an older figure recalled): dead"),
        C("etwa 11'000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'Laut NIS … derzeit' without a date: stationed in Russia"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Moscow 'Im Juni … angekündigt', 'zusätzlich': deminers (planned increment)", add=True),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders (planned increment)", add=True),
        C("zwischen 15'000 und 20'000", None, "range", "in_russia", "other", "pub",
          "Bern political scientist 'schätzt' (present tense): rotated through Russia"),
    ),
)

G05 = Source(
    article_id="g05_agentur_abendueberblick_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-07-18"),
    dated_by="dateline",
    features="German agency's evening summary in UTF-16 LE with BOM, dated by its header line "
        "'Zusammenfassung | 18.07.2025, 18:45 Uhr' (Friday); capitalised item headings, "
        "agency line 'Kiew/Moskau/Seoul (DNA) –', closing agency code; the summary's headline "
        "from the HUR item (Thursday to publication); HUR 'rechnet damit' dated by Budanov 'am "
        "Donnerstag' in the next sentence, carried by Konjunktiv ('Derzeit stünden'); the NIS "
        "'Ende Juni' with 'als Ersatz' (increment); the Kursk governor 'heute' (the publication "
        "day) and Shoigu 'Mitte Juni' (russia); the two prisoners held by Kyiv as background "
        "without a source (unattributed, optional); drones, missiles, dead and injured "
        "civilians, storeys, prisoners swapped, villages, euros, 'zwei weitere "
        "Patriot-Systeme'",
    text="""\
DNA – Deutsche Nachrichtenagentur
Zusammenfassung | 18.07.2025, 18:45 Uhr

Ukraine-Krieg am Abend: Kiew warnt vor [[bis zu 30.000]] weiteren Nordkoreanern

Kiew/Moskau/Seoul (DNA) – Die wichtigsten Entwicklungen im Ukraine-Krieg vom Freitag im Überblick:

NÄCHTLICHE ANGRIFFE AUF CHARKIW UND ODESSA
Russland hat die Ukraine in der Nacht zum Freitag nach Angaben der ukrainischen Luftwaffe mit mehr \
als 300 Drohnen und 14 Raketen angegriffen. In Charkiw kamen mindestens vier Menschen ums Leben, \
27 wurden verletzt. In Odessa geriet ein Wohnhaus mit 16 Stockwerken in Brand.

KIEW: NORDKOREA BEREITET NEUE ENTSENDUNG VOR
Nordkorea könnte nach Einschätzung des ukrainischen Militärgeheimdiensts HUR [[bis zu 30.000]] \
zusätzliche Soldaten nach Russland schicken. Die Vorbereitungen liefen bereits, sagte HUR-Chef \
Kyrylo Budanow am Donnerstag einem ukrainischen Nachrichtenportal. Derzeit stünden [[rund 11.000]] \
Nordkoreaner im Gebiet Kursk, die meisten sicherten dort die Grenze.

Südkoreas Generalstab erklärte am Freitag, man habe bislang keine Hinweise auf eine unmittelbar \
bevorstehende Verlegung. Der Geheimdienst NIS hatte Ende Juni berichtet, in Russland seien \
weiterhin [[mehr als 10.000]] nordkoreanische Soldaten stationiert. Seit Jahresbeginn seien [[etwa \
3.000]] als Ersatz für Gefallene und Verwundete hinzugekommen.

KURSK: PIONIERE AUS NORDKOREA IM EINSATZ
Der Gouverneur des russischen Gebiets Kursk, Alexander Chinschtein, sagte heute, [[mehrere \
hundert]] nordkoreanische Pioniere räumten bereits Minen in den Grenzbezirken. Mitte Juni hatte \
Russlands Sicherheitsratssekretär Sergej Schoigu bei einem Besuch in Pjöngjang angekündigt, \
Nordkorea werde insgesamt [[6.000]] Minenräumer und Militärbauarbeiter in die Region schicken. \
Nach Angaben der Gebietsverwaltung sind noch rund 120 Ortschaften unbewohnbar.

GEFANGENENAUSTAUSCH
Russland und die Ukraine haben erneut Gefangene ausgetauscht, je 250 Soldaten kehrten nach Hause \
zurück. Die [[zwei]] nordkoreanischen Kriegsgefangenen, die Kiew seit Januar festhält, waren nicht \
darunter.

HILFE AUS BERLIN
Die Bundesregierung sagte der Ukraine weitere 1,9 Milliarden Euro für die Luftverteidigung zu. \
Deutschland werde zudem zwei weitere Patriot-Systeme finanzieren, sagte ein Regierungssprecher in \
Berlin.

Die nächste Zusammenfassung folgt gegen 22:30 Uhr.
DNA bk/fr 181845 Jul 25
""",
    claims=(
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "thu..pub",
          "summary headline 'Kiew warnt vor … weiteren': HUR's Thursday figure (to publication), "
          "increment", add=True),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "thu",
          "HUR 'könnte … zusätzliche', dated by Budanov 'am Donnerstag' in the next sentence "
          "(increment)", add=True),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "thu",
          "Budanov's Konjunktiv carried ('Derzeit stünden'): in the Kursk region"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea",
          "2025-06-21..2025-06-30", "NIS 'Ende Juni': still stationed in Russia"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2025-06-21..2025-06-30",
          "same report, Konjunktiv: 'als Ersatz … hinzugekommen' (increment)", add=True),
        C("mehrere hundert", None, "vague", "near_front", "russia", "2025-07-18",
          "Kursk governor 'sagte heute' (the publication day): clearing mines in the border "
          "districts"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni … angekündigt': deminers and military builders North Korea will "
          "send in total"),
        C("zwei", 2, "exact", "casualties", "unattributed", "pub",
          "background without a source: the two prisoners held by Kyiv", opt=True),
    ),
)

G06 = Source(
    article_id="g06_bundestag_anhoerung_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Berliner Allgemeine",
        "https://www.berliner-allgemeine.example/politik/anhoerung-verteidigungsausschuss-nordkorea"
        "-kursk",
        "Anhörung im Bundestag: Was Nordkoreas Armee in Russland lernt",
    ),
    features="German paper's report on a Bundestag committee hearing in Markdown, UTF-8, front "
        "matter without a date (sidecar, Thursday), a quote headline and a deck without figures, "
        "'Berlin.' dateline; the hearing 'am Mittwoch' carries to every expert; a retired "
        "general citing the NIS 'im September' (south_korea, the month) with 'davon … gefallen' "
        "(breakdown), his own range and 'frische Kräfte nachschicke' (increment), both other; a "
        "Hamburg Korea researcher's „Hunderte“ officers trained in Russia (other); a Green MP "
        "'verwies auf Angaben des ukrainischen Generalstabs' (ukraine, undated: `pub`); the US "
        "government 'im Sommer' (June–August); Kursk veterans at the party parade 'am "
        "vergangenen Freitag' (returnees: optional); Bundeswehr size, 'bis zu 15.000 "
        "zusätzliche Freiwillige', the brigade in Lithuania, hours, experts, years",
    text="""\
---
title: "Anhörung im Bundestag: Was Nordkoreas Armee in Russland lernt"
ressort: Politik
schlagworte: [Bundestag, Verteidigungsausschuss, Nordkorea, Russland]
autor: Matthias Lorenz
---

# „Sie haben in einem Jahr gelernt, wofür andere ein Jahrzehnt brauchen“

*Im Verteidigungsausschuss warnen Sachverständige vor der Kampferfahrung, die Nordkoreas Armee im \
Krieg gegen die Ukraine sammelt. Ein früherer Bundeswehrgeneral rechnet mit weiteren Rotationen.*

Berlin. Es war eine der seltenen öffentlichen Anhörungen des Verteidigungsausschusses, und der \
Saal im Paul-Löbe-Haus war am Mittwoch voll besetzt. Drei Stunden lang befragten die Abgeordneten \
vier Sachverständige zu der Frage, was der Einsatz nordkoreanischer Soldaten im Gebiet Kursk für \
die Sicherheit Europas bedeutet.

Generalleutnant a. D. Rainer Hollmann, bis 2021 im Führungsstab der Streitkräfte, stützte sich vor \
allem auf Angaben aus Seoul. Nach Erkenntnissen des südkoreanischen Geheimdiensts NIS, die dieser \
im September vorgelegt habe, seien seit Herbst 2024 insgesamt [[rund 15.000]] Nordkoreaner nach \
Russland verlegt worden, [[etwa 2.000]] von ihnen seien gefallen. Er selbst schätze, dass derzeit \
[[10.000 bis 11.000]] nordkoreanische Soldaten im Gebiet Kursk stünden, vor allem zur Sicherung \
der Grenze.

„Diese Truppe hat in einem Jahr gelernt, wofür andere Armeen ein Jahrzehnt brauchen“, sagte \
Hollmann. Vor allem im Umgang mit Drohnen seien die Nordkoreaner inzwischen geübt. Er rechne \
damit, dass Pjöngjang mit jeder Rotation [[einige tausend]] frische Kräfte nachschicke.

Die Hamburger Koreanistin Mirjam Seo-Lindner ergänzte, [[Hunderte]] nordkoreanische Offiziere \
hätten in Russland inzwischen eine Ausbildung an Kampfdrohnen durchlaufen. Dieses Wissen fließe \
direkt in die eigene Armee zurück, die es auch gegen Südkorea einsetzen könne.

## Kritische Fragen aus der Opposition

Die Grünen-Abgeordnete Lea Brandstätter verwies auf Angaben des ukrainischen Generalstabs, wonach \
noch in diesem Herbst [[bis zu 6.000]] zusätzliche Bausoldaten aus Nordkorea eintreffen sollen. \
Sie wollte wissen, ob die Bundesregierung eigene Erkenntnisse dazu habe. Aus dem \
Verteidigungsministerium hieß es, man teile die Einschätzungen der Verbündeten im Wesentlichen. \
Die US-Regierung hatte die Zahl der gefallenen Nordkoreaner im Sommer auf [[etwa 1.500]] geschätzt.

Wie selbstbewusst Pjöngjang mit dem Einsatz inzwischen umgeht, zeigte sich bei der Militärparade \
zum 80. Jahrestag der Arbeiterpartei am vergangenen Freitag. Nach Darstellung der Staatsmedien \
marschierten dort auch [[mehrere hundert]] Veteranen des Kursk-Einsatzes mit.

Für die Bundeswehr, die derzeit rund 182.000 Soldatinnen und Soldaten zählt, sind das unbequeme \
Nachrichten. Mit dem neuen Wehrdienst sollen jährlich bis zu 15.000 zusätzliche Freiwillige \
gewonnen werden, die Panzerbrigade in Litauen soll bis 2027 auf 4.800 Soldaten anwachsen. Der \
Ausschuss will sich im November erneut mit dem Thema befassen.
""",
    claims=(
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "the retired general citing the NIS findings 'die dieser im September vorgelegt habe' "
          "(X citing Y: the NIS's month): moved to Russia in total"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "same NIS findings, 'von ihnen … gefallen' (a breakdown, no increment)"),
        C("10.000 bis 11.000", None, "range", "near_front", "other", "wed",
          "the general's own estimate at Wednesday's hearing: in the Kursk region"),
        C("einige tausend", None, "vague", "planned", "other", "wed",
          "the general 'rechne damit': 'frische Kräfte nachschicke' with every rotation "
          "(increment)", add=True),
        C("Hunderte", None, "vague", "in_russia", "other", "wed",
          "Hamburg Korea researcher at the hearing: officers trained on drones in Russia"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "pub",
          "a Green MP 'verwies auf Angaben des ukrainischen Generalstabs' (no date of Kyiv's "
          "statement): 'zusätzliche' builders to arrive this autumn (increment)", add=True),
        C("etwa 1.500", 1500, "approx", "casualties", "united_states", "2025-06-01..2025-08-31",
          "the US government 'im Sommer' (an older figure recalled): dead"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10..pub",
          "Kursk veterans marching at the party parade 'am vergangenen Freitag' per state media "
          "(returnees)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Hong Kong, Philippines, US, UK, wire, Japan)
# ---------------------------------------------------------------------------------------------

G07 = Source(
    article_id="g07_hongkong_daily_beijing_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-29"),
    dated_by="html_meta", crlf=True,
    features="Hong Kong English-language daily in HTML, windows-1252 with CRLF (typographic "
        "quotes raw), `article:published_time` with +08:00, an `og:title` without a figure, a "
        "byline line 'Published: 9:40pm, 29 Oct 2024', a consent banner, section navigation, an "
        "ad script with slot sizes, a `<figure>`, `&#124;`, `&middot;`, `&copy;`; `<title>` "
        "figure (optional); headline 'US says' from the Pentagon's Monday figure (Monday to "
        "publication); an alliance official 'briefing reporters on Monday' “the low thousands” "
        "(nato, vague); the NIS 'on Tuesday' (the publication day) 'according to members of the "
        "parliamentary intelligence committee' at the end: `around 3,000` at the front and "
        "`10,000` in total by December (planned); Zelensky 'on Friday' `some 5,000` expected "
        "(planned); a Hong Kong academic (other, `pub`); China's foreign ministry without a "
        "figure; the Hang Seng index, per cent, HK dollars, kilometres, a hotline number",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>US says [[10,000]] North Korean troops in Russia; Beijing ‘not aware’ &#124; The Kowloon \
Ledger</title>
<meta property="og:title" content="US says North Korea has sent troops to train in Russia">
<meta property="article:published_time" content="2024-10-29T21:40:00+08:00">
<meta name="keywords" content="North Korea, Russia, Ukraine, Pentagon, China">
<script type="text/javascript">var _kl={sec:"world",sub:"asia",aid:"3287710",premium:0};</script>
<script src="https://static.kowloonledger.example/js/ads.js" data-slots="970x250,300x600"></script>
</head>
<body>
<div class="consent">The Ledger and its partners store cookies on this device to measure \
readership and tailor the adverts you see. Carry on reading if that is fine with you, or change \
your choices at any time. <a href="/privacy">Privacy policy</a> <button>Accept</button></div>
<nav class="top"><a href="/hong-kong">Hong Kong</a> &#124; <a href="/china">China</a> &#124; <a \
href="/asia">Asia</a> &#124; <a href="/world">World</a> &#124; <a href="/business">Business</a> \
&#124; <a href="/opinion">Opinion</a></nav>
<article>
<h1>US says [[10,000]] North Korean troops now in Russia; Beijing says it is ‘not aware’</h1>
<p class="standfirst">Pentagon says some of Pyongyang’s soldiers are already moving towards \
Ukraine’s border, while China’s foreign ministry keeps its distance</p>
<p class="byline">Agencies and Ledger reporters &middot; Published: 9:40pm, 29 Oct 2024</p>
<p>Pyongyang has dispatched [[about 10,000]] troops to eastern Russia for training, and a \
portion of them have already edged closer to Ukraine, the Pentagon said on Monday, raising fears \
that Moscow will throw them into the fighting within weeks.</p>
<p>“There is a growing concern that Russia intends to use these soldiers in combat or to support \
combat operations,” deputy Pentagon press secretary Sabrina Singh told reporters in Washington.</p>
<p>In Brussels, Nato said it had confirmed that North Korean units were deployed to the Kursk \
region. An alliance official, briefing reporters on Monday, put the number already in Kursk in \
“[[the low thousands]]”.</p>
<p>South Korea’s National Intelligence Service went further on Tuesday. It told lawmakers in Seoul \
that [[around 3,000]] of the North Koreans had been moved to front-line areas and that Pyongyang \
intended to send [[10,000]] in total by December, according to members of the parliamentary \
intelligence committee.</p>
<p>Ukrainian President Volodymyr Zelensky said on Friday that Kyiv’s intelligence expected [[some \
5,000]] North Korean soldiers to be deployed to combat zones within days.</p>
<h2>Beijing keeps its distance</h2>
<p>In Beijing, foreign ministry spokesman Lin Jian repeated on Tuesday that China was “not aware \
of the relevant situation” and that the Ukraine crisis should be settled through dialogue. Asked \
whether Chinese territory had been used to move the troops, he declined to comment.</p>
<p>Lau Ka-ming, who teaches international relations at a university in Kowloon Tong, said Beijing \
was uneasy. “China does not like surprises on its border. If this works for Moscow, Pyongyang \
could rotate [[as many as 30,000]] men through Russia within a year,” he said.</p>
<p>Markets shrugged off the news. The Hang Seng Index closed 0.5 per cent higher at 20,701 points, \
while Hong Kong’s trade with Russia rose 12 per cent to HK$4.3 billion in the first nine months of \
the year, government figures show. Kursk lies roughly 6,500 kilometres west of Pyongyang.</p>
<figure><img src="/img/2024/10/29/kursk-road.jpg" alt=""><figcaption>A Russian armoured vehicle on \
a road in the Kursk region in an undated handout picture. Photo: AFP</figcaption></figure>
</article>
<footer><p>Copyright &copy; 2024 The Kowloon Ledger Ltd. All rights reserved. Newsroom hotline: \
+852 2565 8800</p></footer>
<script>document.querySelector('.consent \
button').onclick=function(){this.parentNode.remove();};</script>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "<title> (metadata) restating the Pentagon's Monday figure", opt=True),
        C("10,000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'US says': the Pentagon's Monday figure of the lead (to publication)"),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "mon",
          "'the Pentagon said on Monday': sent to train in eastern Russia"),
        C("the low thousands", None, "vague", "near_front", "nato", "mon",
          "an alliance official 'briefing reporters on Monday' in Brussels: already in Kursk"),
        C("around 3,000", 3000, "approx", "near_front", "south_korea", "tue",
          "NIS 'on Tuesday' (the publication day), lawmakers named at the end: moved to "
          "front-line areas"),
        C("10,000", 10000, "exact", "planned", "south_korea", "tue",
          "same briefing: 'intended to send … in total by December'"),
        C("some 5,000", 5000, "approx", "planned", "ukraine", "fri",
          "Zelensky 'said on Friday': expected to be deployed to combat zones"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "Hong Kong academic in quotes (no date): could rotate through Russia"),
    ),
)

G08 = Source(
    article_id="g08_manila_paper_kim_admits",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-05-01"),
    dated_by="sidecar",
    sidecar=(
        "The Manila Courier",
        "https://www.manilacourier.example/world/2025/05/01/pyongyang-owns-up-to-kursk-deployment",
        "Pyongyang owns up to Kursk deployment; Seoul puts losses at 4,700",
    ),
    features="Philippine English-language paper in plain text (sidecar, Thursday), a section "
        "line, a correspondent's byline and dateline 'SEOUL —'; headline 'Seoul puts losses at' "
        "from the NIS 'yesterday' (the day before publication, to publication); the NIS via "
        "Yonhap 'citing lawmakers who attended' (X citing Y: south_korea); `about 3,000` 'more … "
        "to replace the dead' (increment) 'bringing the total … to some 15,000' (a new total); "
        "'among them about 600 dead' (breakdown); North Korea's party statement 'on Monday' "
        "and Gerasimov 'on Saturday' without figures; HUR 'last week' 'had passed 6,000' (verb, "
        "at_least); a Quezon City analyst 'in an interview' (other, `pub`); Filipino workers in "
        "Korea, the embassy hotline, PEFTOK soldiers and their dead, trade in dollars, years",
    text="""\
THE MANILA COURIER | World

Pyongyang owns up to Kursk deployment; Seoul puts losses at [[4,700]]

By Ma. Cristina Villanueva, Correspondent

SEOUL — North Korea has for the first time admitted sending troops to fight for Russia, and South \
Korea’s spy agency said yesterday that [[roughly 4,700]] of them have been killed or wounded, \
among them [[about 600]] dead.

The National Intelligence Service (NIS) gave the estimate at a closed-door briefing of the \
National Assembly’s intelligence committee, Yonhap News Agency reported, citing lawmakers who \
attended. The agency said Pyongyang had sent [[about 3,000]] more soldiers in January and February \
to replace the dead and wounded, bringing the total dispatched since last October to [[some \
15,000]].

North Korea’s ruling Workers’ Party said in a statement carried by state media on Monday that \
leader Kim Jong Un had ordered the deployment under the mutual defense treaty with Moscow, and \
that the soldiers had “annihilated” Ukrainian forces in Kursk. It did not say how many troops were \
involved. Russia’s chief of general staff, Valery Gerasimov, had praised the North Koreans’ \
“heroism” on Saturday.

Kyiv has long put the losses higher. Ukraine’s military intelligence agency said last week that \
North Korean losses since the troops first went into battle in November had passed [[6,000]] dead \
and wounded.

In Manila, the Department of Foreign Affairs said it was “closely monitoring” developments on the \
Korean Peninsula, where close to 70,000 Filipinos live and work. The Philippine Embassy in Seoul \
said its hotline, +82 2 796 7387, remained open around the clock.

Security analyst Teresita Dimaculangan of the Asia-Pacific Policy Institute in Quezon City said \
the admission changed little on the ground. “What matters is that [[at least 10,000]] North Korean \
soldiers are still sitting in Russia’s border regions, learning how a modern war is fought,” she \
said in an interview. “They will go home with that knowledge, and the whole region will have to \
live with it.”

For Filipinos, the Korean Peninsula is not a distant place. The Philippines sent 7,420 soldiers to \
the Korean War between 1950 and 1955 under the Philippine Expeditionary Forces to Korea, or \
PEFTOK; 112 of them were killed in action. Former president Fidel V. Ramos served there as a young \
lieutenant.

Trade between Manila and Seoul reached $15.2 billion last year, and South Korea remains among the \
top sources of tourists to the country.
""",
    claims=(
        C("4,700", 4700, "exact", "casualties", "south_korea", "yday..pub",
          "headline 'Seoul puts losses at': the NIS figure of 'yesterday' (to publication)"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "yday",
          "NIS 'said yesterday' (via Yonhap citing lawmakers): killed or wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "yday",
          "same sentence, 'among them … dead' (a breakdown)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "yday",
          "'The agency said' (the same briefing): '… more … to replace the dead and wounded' "
          "(increment)", add=True),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "yday",
          "same sentence, 'bringing the total dispatched … to' (a new total, no increment)"),
        C("6,000", 6000, "at_least", "casualties", "ukraine", "lastweek",
          "HUR 'said last week': losses 'had passed …' dead and wounded (verb, span without it, "
          "like `exceed`)"),
        C("at least 10,000", 10000, "at_least", "near_front", "other", "pub",
          "Quezon City analyst 'in an interview' (no date): in Russia's border regions"),
    ),
)

G09 = Source(
    article_id="g09_us_regional_veteran_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-11-14"),
    dated_by="front_matter", crlf=True,
    features="US regional paper in Markdown, ISO-8859-1 with CRLF (straight quotes, `--`, `©`), "
        "front matter with `date:` (Thursday) and a title without a figure, dateline 'LAKEWOOD, "
        "Wash. --'; a Korean-American veteran 'said on Monday, Veterans Day' and 'he said' "
        "carried to his forecast `twenty thousand` (number word, other, planned); a Pentagon "
        "briefing 'on Wednesday' (`more than 10,000` in Kursk and „a few thousand more“ "
        "prepared: vague planned increment); 'late last month' (an older Pentagon figure) and "
        "'At the time' carrying it to `several thousand`; HUR 'says' (`pub`); the NIS 'on "
        "Wednesday'; North Korea's army, US troops in Korea and at the base, Korean War dead, "
        "chapter members, population, ages, years",
    text="""\
---
title: "'They're just kids': Lakewood veteran watches North Korea's gamble"
date: 2024-11-14
section: Local
tags: [military, JBLM, Korea]
author: Dana Whitfield
---

# 'They're just kids': Lakewood veteran watches North Korea's gamble

LAKEWOOD, Wash. -- James Choi keeps a map of the Korean Peninsula taped inside a kitchen cabinet, \
next to the phone numbers of his grandchildren. This fall he added a second one, printed at the \
public library, of a Russian border region he had never heard of until October: Kursk.

"They're just kids," Choi, 74, said on Monday, Veterans Day, after a ceremony at the American Lake \
veterans hospital. "Eighteen, nineteen years old. Kim sends them, Putin spends them."

Choi was born in Seoul in 1950, weeks before the war reached the city, and came to Tacoma with his \
mother when he was 12. He enlisted in the U.S. Army at 18 and served 24 years, including two tours \
at Camp Casey near the demilitarized zone, where he remembers North Korean propaganda blaring from \
loudspeakers across the line at night.

He does not expect the deployment to stay small. "Kim has over a million men in uniform. He will \
send more. By spring I think you will see [[twenty thousand]] of them over there," he said.

## What the Pentagon says

At a Pentagon briefing on Wednesday, press secretary Maj. Gen. Pat Ryder said [[more than 10,000]] \
North Korean soldiers were now in Russia's Kursk region and had begun taking part in combat \
operations alongside Russian forces. Ryder said the United States had "indications" that Pyongyang \
was preparing "[[a few thousand]] more" and would not rule out a larger deployment.

The Pentagon had said late last month that [[about 10,000]] North Koreans had been sent to eastern \
Russia for training. At the time, officials said [[several thousand]] of them had been moved west \
toward Ukraine, but they could not say whether the troops would fight.

Ukraine's military intelligence agency says [[about 11,000]] North Koreans are in the Kursk \
region. In Seoul, the National Intelligence Service told lawmakers on Wednesday that [[about \
3,000]] of them were fighting with Russian marine and airborne units.

## 'Somebody's son'

Joint Base Lewis-McChord, home to about 40,000 service members, sits a few miles from Choi's \
house. Some 28,500 U.S. troops are stationed in South Korea, and nearly 37,000 Americans died in \
the Korean War. The South Sound chapter of the Korean War Veterans Association has 38 members \
left, down from more than 200 in 2000. Lakewood, a city of about 63,000, is home to one of the \
largest Korean communities in the state.

Choi says he prays for the North Korean soldiers as well as for Ukraine. "Somebody's son," he \
said, "on both sides."

*© 2024 South Sound Herald. Reach the writer at 253-555-0148.*
""",
    claims=(
        C("twenty thousand", 20000, "exact", "planned", "other", "mon",
          "Korean-American veteran (other), 'he said' carried from 'said on Monday, Veterans "
          "Day': will be there by spring"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "wed",
          "Ryder 'At a Pentagon briefing on Wednesday': in Kursk, in combat"),
        C("a few thousand", None, "vague", "planned", "united_states", "wed",
          "same briefing: Pyongyang preparing „… more“ (increment, span without the word)",
          add=True),
        C("about 10,000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "'The Pentagon had said late last month' (an older figure): sent to eastern Russia"),
        C("several thousand", None, "vague", "near_front", "united_states",
          "2024-10-21..2024-10-31",
          "'At the time' carries late October: moved west toward Ukraine"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says' (present tense, no date): in the Kursk region"),
        C("about 3,000", 3000, "approx", "near_front", "south_korea", "wed",
          "NIS 'told lawmakers on Wednesday': fighting with Russian units"),
    ),
)

G10 = Source(
    article_id="g10_uk_sunday_long_read_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-16"),
    dated_by="sidecar",
    sidecar=(
        "The Sunday Chronicle",
        "https://www.sundaychronicle.example/world/long-read/kim-second-wave-kursk",
        "Kim's second wave: why North Korea's soldiers came back",
    ),
    features="UK Sunday paper's long read in UTF-16 LE with BOM (sidecar, Sunday), a section "
        "line, a standfirst with the byline and no figure; a drone-unit commander without a "
        "figure; the NIS 'told lawmakers last month' (the whole of February) with 'it said' at "
        "the end of the paragraph: `roughly 3,000` reinforcements (increment), 'bringing the "
        "total … to about 14,000' (new total), `Some 4,000` of them (breakdown); a senior Nato "
        "official 'on Thursday' (range); UK Defence Intelligence 'on Tuesday' (other); the "
        "Pentagon 'In December' “hundreds” with 'at the time'; the paper's own count "
        "(unattributed, required, range); a HUR spokesman 'in an interview with the Chronicle' "
        "(`pub`, Saturday–Sunday) “several thousand more”; a Russian military blogger 'on "
        "Wednesday' (other); a defector's 'another 10,000' (increment, span without the word); "
        "Russian losses, square kilometres, a town's population, pounds, degrees, metres",
    text="""\
THE SUNDAY CHRONICLE | World | The Long Read

Kim's second wave

They were pulled out of the line in February after appalling losses. Now North Korea’s soldiers \
are back in Kursk: fewer, warier and far better at dealing with drones. By Tom Ashworth

The first sign was the drones. In early March, Ukrainian operators near Sudzha noticed that the \
men advancing across the snow no longer bunched together when a quadcopter buzzed overhead. They \
scattered, lay still in the minus 12C cold, and someone fired back from 300 metres. “That was when \
we knew the Koreans had returned,” a drone-unit commander told me by phone from the Sumy region.

South Korea’s National Intelligence Service, which has tracked the deployment more closely than \
any other agency, told lawmakers last month that Pyongyang had sent [[roughly 3,000]] \
reinforcements in January and February, bringing the total dispatched since the autumn to [[about \
14,000]]. [[Some 4,000]] of them had been killed or wounded, it said.

Western officials now believe most of the survivors are back at the front. A senior Nato military \
official, who briefed journalists in Brussels on Thursday on condition of anonymity, put the \
number fighting in Kursk at “[[between 8,000 and 10,000]]”.

Britain’s Defence Intelligence was blunter. In its update on Tuesday it assessed that [[more than \
1,000]] North Koreans had been killed in the Kursk fighting in January alone, a rate of loss it \
called unsustainable for any conventional army. The Pentagon, which has said little since the \
change of administration in Washington, was the first to acknowledge the losses. In December it \
spoke of “[[hundreds]]” of North Korean casualties; at the time, officials declined to say how \
many had died.

By the Chronicle’s own count of figures released in Seoul, Kyiv and Washington, the North has lost \
[[between 4,000 and 5,000]] men killed or wounded since November.

“They learn faster than the Russians do,” said Andriy Yusov, a spokesman for Ukraine’s military \
intelligence agency, HUR, in an interview with the Chronicle. He said Pyongyang was preparing \
“[[several thousand]] more” for a new rotation this spring, and that the first of them could \
arrive within weeks.

In Moscow, nobody speaks of them. Asked about the North Koreans on Friday, the Kremlin spokesman, \
Dmitry Peskov, referred reporters to the defence ministry, which did not reply. Russian military \
bloggers are less coy: one of the best known wrote on Telegram on Wednesday that “[[thousands]] of \
Korean comrades” were advancing alongside Russian paratroopers north of Sudzha, a town of about \
5,000 people before the war.

Kim Seo-yeon, a former North Korean army officer who defected in 2014 and now works at a research \
institute in Seoul, thinks the losses will not deter Kim. “For him, soldiers are cheap. He can \
find another [[10,000]] by summer and nobody at home will ask where they went,” she said.

Ukraine still holds around 200 square kilometres of the Kursk region, down from more than 1,300 at \
the height of last summer’s incursion. Kyiv says Russia has lost over 880,000 men killed and \
wounded since February 2022; Britain has pledged £3 billion a year in military aid for as long as \
it takes.
""",
    claims=(
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-02-01..2025-02-28",
          "NIS 'told lawmakers last month' (February): reinforcements (increment)", add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "2025-02-01..2025-02-28",
          "same, 'bringing the total dispatched … to' (a new total)"),
        C("Some 4,000", 4000, "approx", "casualties", "south_korea", "2025-02-01..2025-02-28",
          "same, 'it said' at the end of the paragraph: 'of them' killed or wounded (breakdown)"),
        C("between 8,000 and 10,000", None, "range", "near_front", "nato", "thu",
          "senior Nato military official who 'briefed journalists … on Thursday': fighting in "
          "Kursk"),
        C("more than 1,000", 1000, "at_least", "casualties", "other", "tue",
          "UK Defence Intelligence 'In its update on Tuesday' (a third government): killed in "
          "January"),
        C("hundreds", None, "vague", "casualties", "united_states", "2024-12-01..2024-12-31",
          "the Pentagon 'In December' “…” (an older figure recalled)"),
        C("between 4,000 and 5,000", None, "range", "casualties", "unattributed", "pub",
          "'By the Chronicle's own count' (the paper's own reckoning: required)"),
        C("several thousand", None, "vague", "planned", "ukraine", "pub",
          "HUR spokesman 'in an interview with the Chronicle' (undated: Saturday–Sunday): “… "
          "more” for a new rotation (increment)", add=True),
        C("thousands", None, "vague", "near_front", "other", "wed",
          "a Russian military blogger 'on Telegram on Wednesday': advancing north of Sudzha"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a defector at a Seoul institute (no date): 'can find another …' (increment, span "
          "without the word)", add=True),
    ),
)

G11 = Source(
    article_id="g11_wire_factbox_prose_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Transglobal News Agency",
        "",
        "North Korea's troops in Russia: what is known",
    ),
    features="wire factbox rewritten as prose in Markdown, UTF-8 with BOM, front matter without "
        "a date (sidecar without url, Thursday), year-less dateline 'SEOUL, June 19 (TGN) -', "
        "bold question lead-ins, a closing credit line; Shoigu 'on Tuesday' (`1,000` and "
        "`5,000`: planned, russia); the NIS 'in November' (the month) and `3,000 or so` "
        "'more followed', 'the NIS said in late February' at the end (increment, 21–28 "
        "February); Rutte “more than 11,000” 'in March'; the wire's own tally (unattributed, "
        "required, `no fewer than`); Zelensky 'put … at' 'in January' after the figure; the "
        "NIS 'On April 30' with 'including roughly 600 deaths' (breakdown); 'Ukraine says it "
        "holds two' (`pub`); Pyongyang's confirmation without a figure; shells, missiles, "
        "dollars, months, years",
    text="""\
---
title: "North Korea's troops in Russia: what is known"
slug: factbox-north-korea-troops-russia
section: World
tags: [North Korea, Russia, Ukraine, factbox]
---

# North Korea's troops in Russia: what is known

SEOUL, June 19 (TGN) - Russia said this week that North Korea will send more military personnel to \
help rebuild its Kursk region, the latest sign of the deepening alliance between Moscow and \
Pyongyang. Here is what is known about the deployment, based on statements by the governments \
involved.

**What was agreed this week?** Sergei Shoigu, the secretary of Russia's Security Council, said on \
Tuesday, following a meeting with Kim Jong Un in the North Korean capital, that Pyongyang would \
dispatch [[1,000]] mine-clearing specialists and [[5,000]] military builders to the Kursk region. \
He did not say when they would arrive.

**How many troops has the North sent?** South Korea's National Intelligence Service said in \
November that [[around 11,000]] North Korean soldiers had been deployed to Russia, most of them to \
Kursk. [[3,000 or so]] more followed in January and February, the NIS said in late February.

NATO Secretary-General Mark Rutte put the number sent at "[[more than 11,000]]" in March, saying \
the troops had been fully integrated into Russian units. A TGN tally of the figures published by \
the governments involved puts the total sent since October 2024 at [[no fewer than 14,000]].

**How many have been killed?** Ukrainian President Volodymyr Zelensky put North Korean dead and \
wounded at [[nearly 4,000]] in January. On April 30, the NIS told lawmakers \
that the toll had reached [[about 4,700]] killed or wounded, including [[roughly 600]] deaths.

Ukraine says it holds [[two]] North Korean prisoners of war, captured in Kursk in January. Both \
have said they would like to go to South Korea.

**Has Pyongyang confirmed the deployment?** Yes, on April 28, more than six months after the first \
reports. North Korean state media said the troops had been sent under the mutual defence treaty \
signed in June 2024 and called the dead heroes, but gave no figures. Moscow had acknowledged their \
role two days earlier.

**What does North Korea get in return?** Seoul says Pyongyang has also shipped more than 12 \
million artillery shells and about 250 ballistic missiles to Russia. In return it is believed to \
receive oil, food, hard currency and military technology; South Korean estimates of its earnings \
run as high as $20 billion.

(Compiled by the Seoul bureau; editing by the Asia desk)
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said on Tuesday' in Pyongyang: mine-clearing specialists Pyongyang would "
          "dispatch"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same: military builders"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "2024-11-01..2024-11-30",
          "NIS 'said in November': deployed to Russia"),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'more followed …, the NIS said in late February' (source at the end; increment)",
          add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "2025-03-01..2025-03-31",
          "Rutte 'put the number sent at' “…” 'in March'"),
        C("no fewer than 14,000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "'A TGN tally' (the wire's own reckoning: required)"),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'put … at … in January': dead and wounded"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-30",
          "NIS 'On April 30 … told lawmakers': killed or wounded"),
        C("roughly 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same, 'including … deaths' (a breakdown)"),
        C("two", 2, "exact", "casualties", "ukraine", "pub",
          "'Ukraine says it holds' (present tense): prisoners of war"),
    ),
)

G12 = Source(
    article_id="g12_japan_daily_builders_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-20"),
    dated_by="html_meta",
    features="Japanese English-language daily in HTML, UTF-8 with BOM (`article:published_time` "
        "with +09:00, NewsArticle JSON-LD with a headline without a figure, an ad script, a "
        "cookie notice, navigation, a byline 'Nov 20, 2025', entities `&ndash;`, `&mdash;`, "
        "`&rsquo;`, `&ldquo;`, `&middot;`, `&copy;`); `<title>` figure (optional); headline "
        "'Seoul says' `5,000 more` (increment, span without the word) from the NIS 'said "
        "Tuesday' with 'according to lawmakers who attended' at the end; `about 5,000` 'in "
        "addition to' `roughly 10,000` at the border; 'repeated its September estimate' "
        "(September to Tuesday); KCNA's send-off 'on Nov. 6' “thousands of soldier-builders” "
        "(north_korea, in_russia); HUR 'earlier this month' `up to 6,000 more` (planned "
        "increment); Japan's Defense Ministry 'on Friday' (other); US troops in Japan, yen, "
        "missiles launched, abductees, years",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>North Korea sending [[5,000]] more troops to Russia, Seoul says | The Japan Daily \
Observer</title>
<meta property="og:site_name" content="The Japan Daily Observer">
<meta property="article:published_time" content="2025-11-20T17:30:00+09:00">
<script type="application/ld+json">{"@type":"NewsArticle","@context":"https://schema.org",\
"datePublished":"2025-11-20T17:30:00+09:00","publisher":{"@type":"Organization","name":"The Japan \
Daily Observer"},"headline":"N. Korea dispatching military builders to Russia's Kursk, Seoul's spy \
agency says"}</script>
<script>window.jdoAds={unit:"/2291/world/asia-pacific",sizes:"300x250,320x50",lazy:true};</script>
</head>
<body>
<div class="cookie-notice">This site uses cookies to analyze traffic and personalize content. See \
our <a href="/cookie-policy">cookie policy</a> for details. <button>OK</button></div>
<nav><a href="/national">National</a> <a href="/politics">Politics</a> <a \
href="/asia-pacific">Asia Pacific</a> <a href="/business">Business</a> <a \
href="/opinion">Opinion</a> <a href="/life">Life</a></nav>
<article>
<p class="kicker">ASIA PACIFIC / KOREAN PENINSULA</p>
<h1>North Korea sending [[5,000]] more troops to Russia, Seoul says</h1>
<p class="dek">Spy agency says military builders are headed for Kursk as Tokyo warns of deepening \
Moscow-Pyongyang ties</p>
<p class="byline">By Haruka Nishida, Staff writer &mdash; Nov 20, 2025</p>
<p>SEOUL &ndash; North Korea has been sending [[about 5,000]] military construction troops to \
Russia since September to help rebuild the war-damaged Kursk region, in addition to [[roughly \
10,000]] combat soldiers still stationed along the border there, South Korea&rsquo;s National \
Intelligence Service said Tuesday, according to lawmakers who attended the closed-door briefing.</p>
<p>The agency also repeated its September estimate that [[about 2,000]] North Korean soldiers have \
been killed in the fighting, the lawmakers said.</p>
<p>Pyongyang has not hidden the new deployment. State media reported on Nov. 6 that leader Kim \
Jong Un had attended a send-off in the capital for what the Korean Central News Agency called \
&ldquo;[[thousands]] of soldier-builders&rdquo; bound for Russia, praising their &ldquo;noble \
internationalist duty.&rdquo;</p>
<p>Ukraine&rsquo;s military intelligence agency said earlier this month that Moscow had asked \
Pyongyang for [[up to 6,000]] more engineers and builders next year, a figure Seoul has not \
confirmed.</p>
<h2>Tokyo on alert</h2>
<p>In Tokyo, the Defense Ministry told a Lower House security committee on Friday that North Korea \
had rotated [[more than 15,000]] troops through Russia since October 2024 and that Pyongyang was \
likely receiving Russian know-how on missiles and drones in return.</p>
<p>The chief Cabinet secretary said at a regular news conference on Wednesday that Japan would \
coordinate closely with Washington and Seoul. Japan hosts about 54,000 U.S. military personnel, \
and the government has earmarked a record &yen;8.7 trillion for defense in fiscal 2025.</p>
<p>North Korea has launched nine ballistic missiles this year, according to the Defense Ministry. \
Tokyo also continues to press Pyongyang over the 17 Japanese citizens it recognizes as having been \
abducted by North Korean agents in the 1970s and 1980s.</p>
<p class="related">Related: <a href="/asia-pacific/2025/10/11/pyongyang-parade/">Pyongyang parade \
shows off new ICBM</a></p>
</article>
<footer>&copy; The Japan Daily Observer 2025 &middot; <a href="/terms">Terms of use</a> &middot; \
<a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "<title> (metadata) restating the NIS Tuesday figure (increment)", add=True, opt=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul says': '… more' (increment, span without the word), the NIS figure "
          "of Tuesday (to publication)", add=True),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'said Tuesday', lawmakers named at the end: being sent since September, 'in "
          "addition to' the combat troops (increment)", add=True),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "same sentence: combat soldiers stationed along the border"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..tue",
          "'repeated its September estimate' (a figure first given in September, repeated on "
          "Tuesday): killed"),
        C("thousands", None, "vague", "in_russia", "north_korea", "2025-11-06",
          "KCNA's send-off report 'on Nov. 6' “… of soldier-builders” bound for Russia (sent)"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "2025-11-01..pub",
          "HUR 'said earlier this month': Moscow asked for '… more' (planned increment)",
          add=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "other", "fri",
          "Japan's Defense Ministry to a Diet committee 'on Friday' (a third government): "
          "rotated through Russia"),
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
