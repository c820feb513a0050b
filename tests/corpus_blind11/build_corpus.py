"""Build the ELEVENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirteenth corpus for an honest measurement on articles the extractor has never met, written
in session 8 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Westphalian regional
paper, a Hamburg weekly's dossier page, a Vienna tabloid, a Zurich Sunday paper's interview
summary, an eastern German public radio web text and a foreign-policy magazine's short analysis;
a Singapore broadcaster's web story, a Kenyan paper's world page, a US wire explainer rewritten
as prose, a UK regional paper with a local Korean community, a Taiwanese English-language paper
and an Australian financial paper. Same file format, marker syntax and labelling conventions as
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
BASE_NAME = "_blind11_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

Q01 = Source(
    article_id="q01_westfalen_abendpost_gefallene",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Westfälische Abendpost",
        "https://www.westfaelische-abendpost.example/owl/politik/geheimdienst-mindestens-100-nor"
        "dkoreaner-gefallen-a-88412",
        "Geheimdienst: Mindestens 100 Nordkoreaner bei Kursk gefallen",
    ),
    features="Westphalian regional paper's politics page, windows-1252 with CRLF (sidecar, "
        "Friday), „“ quotes; headline from the lawmaker's Thursday figure (Thursday to "
        "publication); a lawmaker after the NIS briefing 'am Donnerstag' carried by Konjunktiv "
        "and 'so Lee' to the total; `Rund 1.000 weitere` wounded (the others of the same count, "
        "no increment); Pentagon 'Bereits am Montag' „mehreren hundert“; HUR 'meldete' without a "
        "day; a Bielefeld researcher 'im Gespräch mit unserer Zeitung' (other, `pub`) with "
        "„mehrere hundert“ and `Tausende weitere` (vague increment); event window 'Anfang "
        "Dezember', unit sizes, army size, three villages, Ukrainian refugees in Bielefeld, "
        "generators, age, phone number",
    text="""\
Geheimdienst: [[Mindestens 100]] Nordkoreaner bei Kursk gefallen

Seoul zählt erstmals Tote unter Kims Soldaten – eine Bielefelder Forscherin hält die Angaben für \
zu niedrig

Von Katrin Oberdiek

Bielefeld/Seoul. Im Krieg gegen die Ukraine haben nach Einschätzung von Südkoreas \
Nachrichtendienst bereits [[mindestens 100]] nordkoreanische Soldaten ihr Leben verloren. [[Rund \
1.000]] weitere hätten Verwundungen erlitten, berichtete der Abgeordnete Lee Seong-kweun am \
Donnerstag nach einer nicht öffentlichen Sitzung des Geheimdienstausschusses in Seoul.

Die Verluste gingen demnach vor allem auf Gefechte Anfang Dezember zurück, bei denen die \
Nordkoreaner ohne ausreichende Deckung über offenes Gelände vorgerückt seien. Von den [[rund \
11.000]] Soldaten, die das Regime von Kim Jong Un seit Oktober nach Russland verlegt habe, sei \
inzwischen ein Teil unmittelbar an den Kämpfen im Gebiet Kursk beteiligt, so Lee.

Auch Washington spricht von Verlusten. Bereits am Montag hatte Pentagon-Sprecher Pat Ryder von \
„[[mehreren hundert]]“ getöteten und verletzten Nordkoreanern gesprochen; die Truppen seien in \
Kursk inzwischen aktiv an Kampfeinsätzen beteiligt.

Kiews Militärgeheimdienst HUR meldete, allein bei Angriffen auf drei Dörfer nahe der Kleinstadt \
Korenewo seien [[etwa 200]] Nordkoreaner getötet oder verwundet worden. Präsident Wolodymyr \
Selenskyj sprach in seiner abendlichen Videobotschaft von „spürbaren Verlusten“ des Gegners, \
nannte aber keine eigene Zahl.

„Eher zu vorsichtig“

Für Hanna Vogelsang, Politikwissenschaftlerin mit dem Schwerpunkt Korea an der Universität \
Bielefeld, sind die Zahlen aus Seoul eher zu vorsichtig. „Nach allem, was wir aus Videos und \
abgefangenem Funkverkehr wissen, dürften bereits [[mehrere hundert]] Nordkoreaner gefallen sein“, \
sagte die 44-Jährige im Gespräch mit unserer Zeitung. Die Soldaten würden in Trupps von 15 bis 20 \
Mann über verschneite Felder geschickt und seien ein leichtes Ziel für ukrainische Drohnen.

Militärisch könne Pjöngjang die Ausfälle verkraften, meint Vogelsang: Nordkoreas Streitkräfte \
zählten etwa 1,2 Millionen Soldaten. Sie rechnet damit, dass Kim bis zum Frühjahr [[Tausende]] \
weitere nachschickt – „als Bezahlung für Öl, Devisen und Militärtechnik aus Moskau“.

In Bielefeld verfolgen vor allem Geflüchtete aus der Ukraine die Nachrichten aus Kursk. Rund \
5.400 Ukrainerinnen und Ukrainer leben derzeit in der Stadt, teilte das Sozialamt auf Anfrage \
mit. Der Verein „Brücke Ostwestfalen“ sammelt bis Weihnachten Geld für Stromgeneratoren; 38 \
Geräte sind bereits in Charkiw angekommen. Spenden-Hotline: 0521 / 55 73 19-0.
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Geheimdienst:': the lawmaker's Thursday figure of the lead (Thursday to "
          "publication)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS findings reported by a lawmaker 'am Donnerstag' (sentence after): killed"),
        C("Rund 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'weitere hätten Verwundungen erlitten': the others of the same count, no increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "Konjunktiv 'demnach … so Lee' carries the briefing: moved to Russia since October "
          "('Anfang Dezember' is the event)"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman 'Bereits am Montag' in „…“: killed and wounded"),
        C("etwa 200", 200, "approx", "casualties", "ukraine", "pub",
          "HUR 'meldete' without a day: killed or wounded"),
        C("mehrere hundert", None, "vague", "casualties", "other", "pub",
          "Bielefeld researcher in „…“, 'im Gespräch mit unserer Zeitung' (no day): fallen"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "same researcher 'rechnet damit' … 'weitere nachschickt': vague increment ('bis zum "
          "Frühjahr' is the event)", add=True),
    ),
)

Q02 = Source(
    article_id="q02_hamburg_wochenzeitung_dossier_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-23"),
    dated_by="front_matter",
    features="Hamburg weekly's dossier page in Markdown, front matter with `date:` (Thursday) "
        "and a title without a figure, »« quotes; a reconstruction of the year where each older "
        "figure keeps its month: NIS 'Im Oktober 2024' and 'hieß es damals' (`bis zu 12.000`, "
        "planned), Pentagon 'Im Dezember', Zelensky 'Im Januar' (number word `zwei`, captured), "
        "Shoigu 'Im Juni' `zusätzlich 1.000` … `5.000` (both increments), NIS 'Im September'; "
        "'Am Montag dieser Woche' (NIS); the paper's own tally 'nach einer Auswertung dieser "
        "Zeitung' (unattributed, required, range); a Seoul researcher (other, `pub`); Kursk "
        "returnees at the 10 October parade (optional); 80th anniversary, dollars, Russian "
        "losses a day, army size, reading time, pages",
    text="""\
---
title: "Ein Jahr im Krieg eines anderen"
date: 2025-10-23
ressort: Dossier
autoren: Jonas Brüggemann, Seo Mi-rae
ausgabe: 44/2025
---

# Ein Jahr im Krieg eines anderen

**Seit einem Jahr kämpfen Soldaten aus Nordkorea für Russland. Wie viele es sind, wie viele \
starben – und warum die Zahlen so weit auseinanderliegen. Eine Rekonstruktion.**

Als die ersten Satellitenbilder auftauchten, glaubte in Seoul kaum jemand an einen Zufall. Im \
Oktober 2024 meldete Südkoreas Geheimdienst NIS, Nordkorea habe [[rund 1.500]] Angehörige seiner \
Spezialkräfte mit Landungsschiffen nach Wladiwostok gebracht. Bis Jahresende könnten es [[bis zu \
12.000]] werden, hieß es damals. Viele Diplomaten im Westen hielten das für übertrieben.

Es kam schlimmer. Im Dezember bestätigte das Pentagon die ersten Gefallenen und sprach von \
»[[mehreren hundert]]« Toten und Verwundeten. Im Januar führte Präsident Wolodymyr Selenskyj \
[[zwei]] gefangene Nordkoreaner in einem Video vor, einer von ihnen mit verbundenem Kiefer, der \
andere mit zerschossenen Beinen.

## Die Rechnung aus Moskau

Lange schwieg der Kreml. Erst im April räumten Moskau und Pjöngjang den Einsatz offiziell ein, \
Zahlen nannten sie nicht. Im Juni reiste Sergej Schoigu, der Sekretär des russischen \
Sicherheitsrats, nach Pjöngjang und verkündete dort, Nordkorea werde zusätzlich [[1.000]] \
Minenräumer und [[5.000]] Militärbauarbeiter nach Kursk schicken. Für Kim ist das ein \
einträgliches Geschäft: Fachleute schätzen, dass Russland allein für Munition und Raketen mehr \
als 20 Milliarden Dollar bezahlt hat.

Im September legte der NIS eine neue Bilanz vor: [[Etwa 2.000]] nordkoreanische Soldaten seien \
inzwischen gefallen. Am Montag dieser Woche ergänzte der Dienst vor Abgeordneten in Seoul, in der \
Grenzregion Kursk stünden weiterhin [[rund 10.000]] Mann. Sie befestigten dort vor allem \
Stellungen und räumten Minen. Russland selbst verliert nach britischen Schätzungen derzeit \
täglich mehr als 900 Soldaten.

## Unsere Zählung

Addiert man alle offiziell bestätigten Entsendungen, kommt man nach einer Auswertung dieser \
Zeitung auf [[15.000 bis 16.000]] Nordkoreaner, die seit Herbst 2024 in Russland eingesetzt \
wurden. Das ist mehr, als die meisten westlichen Regierungen öffentlich nennen. »Die Zahlen sind \
immer politisch«, sagt der Seouler Militärforscher Kim Tae-hoon. »Ich gehe von [[etwa 18.000]] \
aus, wenn man die Ablösungen mitzählt.« Gemessen an einer Armee von gut einer Million Mann sei \
das für Pjöngjang wenig.

Bei der Militärparade zum 80. Gründungstag der Arbeiterpartei am 10. Oktober marschierten in \
Pjöngjang auch [[einige hundert]] Heimkehrer aus Kursk mit, das Staatsfernsehen zeigte sie in \
Großaufnahme. Kim Jong Un nannte sie in seiner Rede »unbesiegbare Helden«. Wie viele Familien \
vergeblich auf ihre Söhne warten, sagte er nicht.

*Mitarbeit: Olena Marchuk (Kiew). Lesezeit: 12 Minuten. Dieser Text erscheint in der Printausgabe \
auf den Seiten 15 bis 19.*
""",
    claims=(
        C("rund 1.500", 1500, "approx", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "NIS 'Im Oktober 2024': brought to Vladivostok"),
        C("bis zu 12.000", 12000, "at_most", "planned", "south_korea",
          "2024-10-01..2024-10-31", "'hieß es damals' carries October 2024: by the year's end"),
        C("mehreren hundert", None, "vague", "casualties", "united_states",
          "2024-12-01..2024-12-31", "Pentagon 'Im Dezember' in »…«: dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'Im Januar' shows two captured soldiers (number word)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni' … 'zusätzlich' deminers (increment word)", add=True),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same announcement: military builders, under the same 'zusätzlich'", add=True),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'Im September', Konjunktiv: fallen"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "mon",
          "NIS 'Am Montag dieser Woche' to lawmakers: in the Kursk border region"),
        C("15.000 bis 16.000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own tally 'nach einer Auswertung dieser Zeitung' (required)"),
        C("etwa 18.000", 18000, "approx", "in_russia", "other", "pub",
          "Seoul researcher in »…«, present tense 'sagt': rotated through, reliefs counted"),
        C("einige hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "returnees from Kursk marching at the parade, shown by state TV: optional",
          opt=True),
    ),
)

Q03 = Source(
    article_id="q03_wien_boulevard_nachschub_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-28"),
    dated_by="html_meta",
    features="Vienna tabloid page in HTML, ISO-8859-1 (typographic quotes and dashes only as "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&euro;`), `article:published_time` with "
        "+01:00 (Friday), cookie layer with ad partners, ad-slot script, nav, poll, postings; "
        "'Jänner', 'Feber', 'heuer' (event window); `<title>` figure (optional); headline "
        "'Nachschub' (increment, exact without the hedge) from Yonhap citing the JCS 'gestern'; "
        "`rund 3000` 'zusätzliche' and `rund 4700` losses; HUR 'Anfang März'; Zelensky 'am "
        "Mittwochabend' in a quote; NATO (Rutte) 'im Feber' „Zehntausende“ weitere; a Viennese "
        "expert 'nachrücken' `bis zu 5000` (other, increment, `pub`); pay per soldier, Russian "
        "losses a day, refugees in Austria, age, per cent, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Kim schickt [[3000]] Mann Nachschub an Putins Front! | Wiener Blitz</title>
<meta property="article:published_time" content="2025-03-28T06:40:00+01:00">
<meta property="og:site_name" content="Wiener Blitz">
<script>var wbAds={slots:["top_970x250","sky_300x600","mr_300x250"],kat:"ausland",artId:31175520}\
;</script>
</head>
<body>
<div class="cookie-layer">Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu \
analysieren. Mit &bdquo;Alle akzeptieren&ldquo; stimmen Sie der Nutzung durch uns und 96 \
Werbepartner zu. <a href="/datenschutz">Mehr erfahren</a></div>
<nav><a href="/">Startseite</a> &middot; <a href="/wien">Wien</a> &middot; <a \
href="/oesterreich">&Ouml;sterreich</a> &middot; <a href="/welt">Welt</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/adabei">Adabei</a></nav>
<main>
<p class="kicker">ZOFF UM KURSK</p>
<h1>Kim schickt [[3000]] Mann Nachschub an Putins Front!</h1>
<p class="lead">Schwere Verluste, trotzdem kein Ende: Der Diktator aus Pjöngjang füllt die Lücken \
in seiner Truppe auf.</p>
<p>Seoul/Moskau. Nordkoreas Machthaber Kim Jong-un hat heuer [[rund 3000]] zusätzliche Soldaten \
nach Russland geschickt. Das berichtete die Nachrichtenagentur Yonhap gestern unter Berufung auf \
den Generalstab in Seoul. Die Verstärkung sei im Jänner und Feber eingetroffen und längst im Raum \
Kursk im Einsatz, hieß es.</p>
<p>Der Blutzoll ist enorm: Insgesamt hätten die Nordkoreaner bei den Kämpfen [[rund 4700]] Mann \
verloren &ndash; Tote und Verwundete zusammengerechnet. Wie viele davon ums Leben kamen, wollten \
die Militärs nicht sagen.</p>
<p>Noch deutlicher wird Kiew. Der ukrainische Militärgeheimdienst HUR schätzte Anfang März, dass \
von den ursprünglich [[etwa 11.000]] entsandten Kämpfern aus dem Norden nur noch ein Teil \
einsatzfähig sei. Präsident Wolodymyr Selenskyj sagte am Mittwochabend in seiner Videobotschaft: \
&bdquo;Pjöngjang schickt neue Leute, weil die alten tot oder verwundet sind. Wir reden hier von \
[[mehr als 4000]] Verlusten.&ldquo;</p>
<p>Schon im Feber hatte NATO-Generalsekretär Mark Rutte gewarnt, Kim könnte \
&bdquo;[[Zehntausende]]&ldquo; weitere Soldaten in Marsch setzen. Und der Kreml? Schweigt. \
Sprecher Dmitri Peskow meinte bloß, man &bdquo;kommentiere keine Spekulationen&ldquo;.</p>
<h2>&bdquo;Kanonenfutter mit Ansage&ldquo;</h2>
<p>Der Wiener Ostasien-Experte Rudolf Pichler spricht im Gespräch mit dem &bdquo;Blitz&ldquo; von \
Kanonenfutter. Er geht davon aus, dass heuer noch [[bis zu 5000]] Mann aus dem Norden nachrücken \
werden. &bdquo;Kim verdient an jedem Einzelnen&ldquo;, sagt der 58-Jährige. Pro Kopf zahle Moskau \
angeblich bis zu 2000 Dollar im Monat, umgerechnet rund 1850 &euro;. Das meiste davon lande \
direkt in der Staatskasse.</p>
<p>Russland selbst verliert laut Kiew derzeit täglich rund 1300 Soldaten. Hierzulande sind laut \
Innenministerium derzeit rund 80.000 ukrainische Vertriebene registriert.</p>
<div class="poll"><b>Umfrage:</b> Soll Österreich mehr für die Ukraine tun? Ja: 41 Prozent \
&middot; Nein: 59 Prozent (2.184 Stimmen)</div>
</main>
<footer>&copy; Wiener Blitz 2025 &middot; <a href="/impressum">Impressum</a> &middot; 418 \
Postings &middot; Leser-Hotline 01 / 360 28-0</footer>
</body>
</html>
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "yday..pub",
          "<title> (metadata) restating the headline: optional", add=True, opt=True),
        C("3000", 3000, "exact", "in_russia", "south_korea", "yday..pub",
          "headline 'Nachschub' (increment, no hedge in the headline) from the JCS figure "
          "reported 'gestern' (yesterday to publication)", add=True),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "yday",
          "'zusätzliche', Yonhap 'gestern unter Berufung auf den Generalstab' (X citing Y, "
          "sentence after); 'heuer', 'im Jänner und Feber' are the event", add=True),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "yday",
          "Konjunktiv carries the JCS: dead and wounded together"),
        C("etwa 11.000", 11000, "approx", "in_russia", "ukraine", "2025-03-01..2025-03-10",
          "HUR 'Anfang März': the fighters originally sent"),
        C("mehr als 4000", 4000, "at_least", "casualties", "ukraine", "wed",
          "Zelensky 'am Mittwochabend' in a quote: losses"),
        C("Zehntausende", None, "vague", "planned", "nato", "2025-02-01..2025-02-28",
          "Rutte 'im Feber' „…“ weitere: vague increment", add=True),
        C("bis zu 5000", 5000, "at_most", "planned", "other", "pub",
          "Viennese expert 'im Gespräch', present tense 'geht davon aus' … 'nachrücken' "
          "(increment)", add=True),
    ),
)

Q04 = Source(
    article_id="q04_zuerich_sonntag_botschafter_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-05-04"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Zürcher Sonntagspost",
        "",
        "«Kim wird weiter Soldaten liefern, solange Putin zahlt»",
    ),
    features="Zurich Sunday paper's summary of an interview with South Korea's ambassador in "
        "Bern, UTF-16 LE with BOM and CRLF (sidecar without url, Sunday): `ss`, «», `15'000`, "
        "`10'000`, 4-digit `4000`/`2000`; reported speech over several paragraphs, undated "
        "interview (`pub`, Saturday–Sunday); the deck restating the ambassador's total; `Mehr als "
        "4000` 'von ihnen' (breakdown); «jederzeit einige tausend» weitere (vague increment); "
        "figures the paper adds with their own dates: HUR 'am Mittwoch', Zelensky 'im Februar' "
        "`knapp 4000`; Gerasimov 'am 26. April' and KCNA 'zwei Tage später' without figures; "
        "pay per soldier, sanctions listings, years in Moscow",
    text="""\
«Kim wird weiter Soldaten liefern, solange Putin zahlt»

Südkoreas Botschafter in Bern rechnet mit neuen Truppen aus Pjöngjang. Nordkorea habe bisher \
[[rund 15'000]] Mann nach Russland geschickt, sagt er im Gespräch mit der «Sonntagspost».

Von Reto Frischknecht

Ein Jahr lang hat der Kreml bestritten, was alle wussten. Erst vor gut einer Woche räumten Moskau \
und Pjöngjang ein, dass nordkoreanische Soldaten in der russischen Region Kursk gekämpft haben. \
Für Südkoreas Botschafter in der Schweiz, Park Ji-hoon, ist das Eingeständnis «kein Zeichen von \
Offenheit, sondern von neuem Selbstbewusstsein».

Nordkorea habe seit dem vergangenen Herbst insgesamt [[rund 15'000]] Soldaten nach Russland \
geschickt, sagt Park im Gespräch in seinem Büro im Berner Kirchenfeldquartier. [[Mehr als 4000]] \
von ihnen seien getötet oder verwundet worden. Die Zahlen stammten von den südkoreanischen \
Nachrichtendiensten, man habe sie mit den Verbündeten abgeglichen.

Derzeit stünden nach seinen Informationen noch [[rund 10'000]] nordkoreanische Soldaten im \
Grenzgebiet zur Ukraine. Sie würden inzwischen kaum mehr an vorderster Linie eingesetzt, sondern \
bewachten Stellungen und räumten Minen. Park schliesst nicht aus, dass Pjöngjang «jederzeit \
[[einige tausend]]» weitere Männer in Marsch setzt, falls Moskau eine neue Offensive plane.

Was erhält Kim dafür? Der Botschafter verweist auf Öl, Lebensmittel und russische Hilfe bei \
Satelliten und U-Booten. Pro Soldat und Monat flössen nach südkoreanischen Schätzungen rund 2000 \
Dollar an das Regime. «Der Krieg ist für Pjöngjang ein Exportgeschäft geworden», sagt Park, der \
vor seiner Zeit in Bern drei Jahre lang in Moskau akkreditiert war.

Die Gegenseite nennt kaum Zahlen. Russlands Generalstabschef Waleri Gerassimow hatte am 26. April \
lediglich erklärt, die «koreanischen Freunde» hätten bei der Befreiung des Gebiets Kursk \
Heldentum bewiesen. Die nordkoreanische Staatsagentur KCNA bestätigte den Einsatz zwei Tage \
später, ohne eine Truppenstärke zu nennen.

Die Ukraine zeichnet ein anderes Bild. Ihr Militärgeheimdienst erklärte am Mittwoch, an der \
Grenze zur Region Sumy stünden weiterhin [[etwa 2000]] nordkoreanische Soldaten bereit. Präsident \
Wolodymyr Selenskyj hatte schon im Februar von [[knapp 4000]] getöteten und verletzten \
Nordkoreanern gesprochen.

Die Schweiz hat die Sanktionen der EU gegen Nordkorea weitgehend übernommen; auf der Liste stehen \
inzwischen 86 Personen und 58 Organisationen. Im Bundeshaus wird zudem diskutiert, ob Bern bei \
einem Waffenstillstand vermitteln könnte. Park winkt ab: «Zuerst muss Pjöngjang seine Soldaten \
nach Hause holen. Über alles andere reden wir danach.»
""",
    claims=(
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "deck restating the ambassador's undated interview figure (Saturday-Sunday)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "pub",
          "South Korea's ambassador in Bern (his government), reported speech, undated "
          "interview: sent"),
        C("Mehr als 4000", 4000, "at_least", "casualties", "south_korea", "pub",
          "'von ihnen' (a breakdown, no increment), Konjunktiv: killed or wounded"),
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "pub",
          "'nach seinen Informationen': in the border area"),
        C("einige tausend", None, "vague", "planned", "south_korea", "pub",
          "«jederzeit …» weitere Männer in Marsch setzen: vague increment", add=True),
        C("etwa 2000", 2000, "approx", "near_front", "ukraine", "wed",
          "Ukraine's military intelligence 'am Mittwoch' (added by the paper): at the border"),
        C("knapp 4000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-28",
          "Zelensky 'im Februar': killed and wounded"),
    ),
)

Q05 = Source(
    article_id="q05_mitteldeutsch_radio_pioniere_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-06-18"),
    dated_by="dateline",
    features="eastern German public radio's web text in HTML without a meta date, dated by "
        "'Stand: 18.06.2025, 17:12 Uhr' (Wednesday); audio player script, consent bar, nav, "
        "footer with frequency and phone; headline 'Schoigu:' total `6.000` (planned, russia) "
        "from Shoigu 'am Dienstag' (Tuesday to publication); `1.000` deminers and `5.000` "
        "builders without an increment word; a subheading 'Seoul: Rund 11.000' from the NIS "
        "passage ('Anfang Juni' … 'damals' … 'bis dahin'); 'heute' (the publication day) for a "
        "border guard spokesman's „mehrere hundert“; HUR 'rechnet damit' `bis zu 30.000` "
        "zusätzliche (`pub`); an Erfurt researcher (other); KCNA without a figure; 'dritter "
        "Besuch … binnen drei Monaten', refugees in Saxony-Anhalt, generators, euros, audio "
        "length",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Nordkorea schickt Pioniere und Bauarbeiter nach Kursk | MDH Aktuell</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.mdh-aktuell.example/nachrichten/welt/nordkorea-pioniere-k\
ursk-schoigu-100.html">
<script>window.mdhPlayer={audioId:"aud-77104",dauer:"2:41",welle:"MDH \
INFO",autoplay:false};</script>
</head>
<body>
<div class="consent">Wir nutzen Cookies und vergleichbare Technologien, auch von Drittanbietern, \
damit unsere Angebote optimal funktionieren. <button>Einverstanden</button> \
<button>Einstellungen</button></div>
<header><nav><a href="/">MDH Aktuell</a> | <a href="/sachsen">Sachsen</a> | <a \
href="/sachsen-anhalt">Sachsen-Anhalt</a> | <a href="/thueringen">Thüringen</a> | <a \
href="/nachrichten">Nachrichten</a> | <a href="/audio">Radio &amp; Audio</a></nav></header>
<article>
<p class="dachzeile">Krieg gegen die Ukraine</p>
<h1>Schoigu: Nordkorea schickt [[6.000]] Pioniere und Bauarbeiter nach Kursk</h1>
<p class="stand">Stand: 18.06.2025, 17:12 Uhr</p>
<p class="audio">Audio: Ein Bericht von Anne Hollstein, MDH INFO, 2:41 Min.</p>
<p><strong>Nordkorea will Russland erneut mit Soldaten unterstützen &ndash; diesmal nicht für den \
Kampf, sondern für den Wiederaufbau. Das hat der Kreml-Vertraute Sergej Schoigu nach einem Besuch \
in Pjöngjang angekündigt.</strong></p>
<p>Nordkorea wird nach Angaben aus Moskau [[1.000]] Minenräumer und [[5.000]] Militärbauarbeiter \
in das russische Gebiet Kursk entsenden. Das sagte der Sekretär des russischen Sicherheitsrats am \
Dienstag nach einem Treffen mit Machthaber Kim Jong Un. Die Männer sollen Minen räumen und \
Brücken, Straßen und Bahnlinien wieder aufbauen, die beim ukrainischen Vorstoß im vergangenen \
August zerstört wurden.</p>
<p>Es war bereits Schoigus dritter Besuch in Pjöngjang binnen drei Monaten. Die Staatsagentur \
KCNA berichtete ausführlich über das Treffen, nannte aber keine Zahlen.</p>
<h2>Seoul: [[Rund 11.000]] Nordkoreaner weiter in Russland</h2>
<p>Südkoreas Geheimdienst NIS hatte bereits Anfang Juni vor neuen Entsendungen gewarnt. Nach \
seiner Einschätzung, die er damals Abgeordneten in Seoul vortrug, waren zu diesem Zeitpunkt noch \
[[rund 11.000]] nordkoreanische Soldaten in Russland stationiert. Bei den Kämpfen um Kursk seien \
bis dahin [[etwa 4.700]] getötet oder verwundet worden.</p>
<p>Die Ukraine reagierte alarmiert. Außenminister Andrij Sybiha sprach von einer \
&bdquo;gefährlichen Eskalation&ldquo;. Ein Sprecher des ukrainischen Grenzschutzes sagte heute im \
Fernsehen, nördlich von Sumy seien in den vergangenen Tagen &bdquo;[[mehrere hundert]]&ldquo; \
Nordkoreaner in neue Stellungen verlegt worden. Der Militärgeheimdienst HUR rechnet nach eigenen \
Angaben damit, dass Pjöngjang bis zum Jahresende [[bis zu 30.000]] zusätzliche Soldaten schicken \
könnte.</p>
<h2>Experte: &bdquo;Ein Probelauf für mehr&ldquo;</h2>
<p>Der Erfurter Sicherheitsforscher Jörg Wendland hält die Ankündigung für einen Einschnitt. \
&bdquo;Bausoldaten kämpfen nicht, aber sie machen russische Kräfte für die Front frei&ldquo;, \
sagte er MDH AKTUELL. Er schätzt, dass bis Jahresende insgesamt [[mehr als 20.000]] Nordkoreaner \
in Russland sein könnten &ndash; Ablösungen nicht mitgerechnet.</p>
<p>In Sachsen-Anhalt leben derzeit rund 31.000 Geflüchtete aus der Ukraine. Das Land hat seit \
2022 nach eigenen Angaben 14 Stromaggregate und Hilfsgüter im Wert von 2,3 Millionen Euro in die \
Partnerregion geschickt.</p>
</article>
<footer>&copy; MDH 2025 &middot; MDH INFO auf UKW 89,4 MHz &middot; Hörertelefon 0800 218 218 0 \
&middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Schoigu:' total of the announced deminers and builders (Tuesday to "
          "publication)"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' (sentence after): deminers to be sent, no increment word"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders to be sent"),
        C("Rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-06-01..pub",
          "subheading 'Seoul:' from the NIS passage (early June to publication)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "NIS 'bereits Anfang Juni' … 'damals Abgeordneten … vortrug': stationed in Russia"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-06-01..2025-06-10",
          "same briefing, 'bis dahin', Konjunktiv: killed or wounded"),
        C("mehrere hundert", None, "vague", "near_front", "ukraine", "2025-06-18",
          "border guard spokesman 'heute' (the publication day) in „…“: moved to positions "
          "north of Sumy"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "pub",
          "HUR 'rechnet … damit' (present tense, no day) 'zusätzliche' (increment)", add=True),
        C("mehr als 20.000", 20000, "at_least", "planned", "other", "pub",
          "Erfurt researcher 'sagte er MDH AKTUELL' (no day): could be in Russia by the year's "
          "end"),
    ),
)

Q06 = Source(
    article_id="q06_aussenpolitik_analyse_bausoldaten_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-07"),
    dated_by="sidecar",
    sidecar=(
        "Internationale Lage",
        "https://www.internationale-lage.example/analyse/kims-kriegsdividende",
        "Kims Kriegsdividende",
    ),
    features="German foreign-policy magazine's short analysis in Markdown, UTF-8 with BOM, front "
        "matter without a date (sidecar, Friday), »« quotes; lawmakers after the NIS briefing "
        "'am Dienstag' (sentence end): `rund 5.000` builders 'zusätzlich zu den etwa 10.000' "
        "combat soldiers (the builders an increment, the 10,000 not), the dead; Shoigu 'Bereits "
        "im Sommer' (season: June–August) `6.000`; an economist's sum 'in einer Anfang November "
        "veröffentlichten Studie' resting on `schätzungsweise 15.000` (other); KCNA 'Ende "
        "Oktober' »Tausenden« in Kursk (north_korea); a State Department spokesman 'auf "
        "Anfrage' (`pub`); event 'Im Herbst 2024', dollars, shells, sanctions entries",
    text="""\
---
titel: "Kims Kriegsdividende"
rubrik: Analyse
autorin: Friederike Albers
schlagworte: [Nordkorea, Russland, Ukraine, Sanktionen]
---

# Kims Kriegsdividende

*Pjöngjang schickt nun auch Bausoldaten nach Russland. Was Nordkorea für seine Truppen bekommt – \
und was das für Europa bedeutet.*

Die Nachricht kam aus einem abhörsicheren Sitzungssaal in Seoul. Nordkorea habe seit September \
zusätzlich zu den [[etwa 10.000]] Kampfsoldaten im Gebiet Kursk [[rund 5.000]] Militärbauarbeiter \
nach Russland verlegt, berichteten Abgeordnete am Dienstag nach einer Unterrichtung durch den \
Geheimdienst NIS. Die Zahl der Gefallenen schätzt der Dienst unverändert auf [[rund 2.000]].

Damit verschiebt sich der Charakter des Einsatzes. Im Herbst 2024 ging es um Sturmtruppen, die \
Kursk zurückerobern sollten; heute geht es um Minen, Brücken und Bahndämme. Bereits im Sommer \
hatte Moskaus Sicherheitsratschef Sergej Schoigu angekündigt, Pjöngjang werde [[6.000]] Pioniere \
und Bauarbeiter stellen. Die jetzt gemeldeten Zahlen deuten darauf hin, dass diese Zusage \
weitgehend erfüllt ist.

## Der Preis der Loyalität

Was Kim dafür erhält, lässt sich nur schätzen. Der Berliner Ökonom Tobias Rehm kommt in einer \
Anfang November veröffentlichten Studie auf Einnahmen von mindestens 1,5 Milliarden Dollar im \
Jahr – gerechnet mit [[schätzungsweise 15.000]] Nordkoreanern im russischen Einsatz und Zahlungen \
von rund 2.000 Dollar pro Kopf und Monat. Hinzu kommen Öl, Weizen und, womöglich wertvoller, \
Technik für Satelliten und Raketen.

Pjöngjang feiert den Einsatz inzwischen offen. Ende Oktober legte Kim Jong Un in der Hauptstadt \
den Grundstein für ein Museum, das an die »Heldentaten« von Kursk erinnern soll; die \
Staatsagentur KCNA schrieb von den »[[Tausenden]] Kämpfern«, die dort Seite an Seite mit der \
russischen Armee gestanden hätten. Mehr als zwölf Millionen Artilleriegranaten hat Nordkorea nach \
ukrainischen Angaben bereits geliefert.

## Was Washington sagt

Die US-Regierung hält sich mit eigenen Zahlen zurück. Ein Sprecher des State Department sagte \
dieser Zeitschrift auf Anfrage, man gehe von »[[mehr als 11.000]]« nordkoreanischen Soldaten aus, \
die derzeit in Russland Dienst täten, und verwies im Übrigen auf die Angaben aus Seoul.

Für Europa ist das mehr als eine Randnotiz. Jeder Nordkoreaner, der in Kursk Gräben aushebt, \
macht einen russischen Soldaten für den Donbass frei. Die EU hat ihre Liste sanktionierter \
nordkoreanischer Personen und Organisationen zuletzt auf 61 Einträge erweitert. Wirksamer wäre \
es, so Rehm, die Geldflüsse über Banken in Drittstaaten zu kappen.
""",
    claims=(
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "lawmakers after the NIS briefing 'am Dienstag' (end of the sentence): combat "
          "soldiers in Kursk, the base of the increment (not additional)"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'zusätzlich zu den …' makes the builders an increment", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'schätzt der Dienst unverändert' in the same report: fallen"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-08-31",
          "Shoigu 'Bereits im Sommer' (season as claim date: June-August)"),
        C("schätzungsweise 15.000", 15000, "approx", "in_russia", "other",
          "2025-11-01..pub",
          "Berlin economist's sum in a study published 'Anfang November' rests on the count"),
        C("Tausenden", None, "vague", "near_front", "north_korea", "2025-10-21..2025-10-31",
          "KCNA 'Ende Oktober' »…«: fought in Kursk"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "pub",
          "State Department spokesman to the magazine 'auf Anfrage', no day: serving in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Singapore, Kenya, US wire, UK, Taiwan, Australia)
# ---------------------------------------------------------------------------------------------

Q07 = Source(
    article_id="q07_singapore_broadcaster_kursk_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-06"),
    dated_by="html_meta",
    features="Singapore broadcaster's web story in HTML, UTF-8 with BOM, "
        "`article:published_time` with +08:00 (Wednesday), NewsArticle JSON-LD with a headline "
        "without a figure, tracking script, cookie notice, nav, footer with a company "
        "registration number; `<title>` figure (optional); headline 'US says' from the State "
        "Department 'on Monday (Nov 4)'; 'he said' carries Monday; Zelensky 'on Tuesday' in "
        "his nightly address; NIS 'last Wednesday' in a Wednesday article (the week before); "
        "`as many as 10,000` more (increment); a Singapore analyst `another 5,000 or so` (hedge "
        "after, increment, other); seven missiles, 400km, export-control categories",
    text="""\
<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<title>US says [[10,000]] North Korean troops now in Kursk; Zelenskyy reports first clashes - \
CAN</title>
<meta property="article:published_time" content="2024-11-06T09:15:00+08:00">
<meta name="description" content="Washington says the North Korean soldiers could join the \
fighting within days, as Seoul weighs its response.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headli\
ne":"US says North Korean troops now in Kursk","datePublished":"2024-11-06T09:15:00+08:00","publi\
sher":{"@type":"Organization","name":"Channel Asia Network"}}</script>
<script>window.canTrack={section:"asia",words:610,video:false,pageId:"can-4471902"};</script>
</head>
<body>
<div id="cookie-notice">We use cookies to improve your experience on our site and to show you \
relevant advertising. Continued use of this site means you accept our cookie policy. <a \
href="/privacy-policy">Learn more</a> <button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/singapore">Singapore</a> <a href="/asia">Asia</a> <a \
href="/world">World</a> <a href="/business">Business</a> <a href="/watch">Watch</a> <a \
href="/listen">Listen</a></nav>
<article>
<h1>US says [[10,000]] North Korean troops now in Kursk; Zelenskyy reports first clashes</h1>
<p class="byline">Channel Asia Network &middot; 06 Nov 2024 09:15AM</p>
<p>SEOUL: [[Around 10,000]] troops from North Korea are now in Russia&rsquo;s Kursk region, where \
Moscow is trying to push back a Ukrainian incursion, the United States said on Monday (Nov 4).</p>
<p>State Department spokesman Matthew Miller told reporters in Washington that the troops were \
expected to join the fighting &ldquo;in the coming days&rdquo;. Of the [[more than 11,000]] North \
Korean soldiers believed to be in Russia, he said, most had finished their training in the \
country&rsquo;s Far East.</p>
<p>Ukraine&rsquo;s President Volodymyr Zelenskyy said in his nightly video address on Tuesday \
that Ukrainian units had engaged the North Koreans for the first time. &ldquo;This is a new \
chapter of instability, and the world has to answer it,&rdquo; he said. He put the number of \
North Korean troops in the Kursk area at [[11,000]].</p>
<p>South Korea&rsquo;s National Intelligence Service (NIS) had told lawmakers in a closed-door \
briefing last Wednesday that [[about 3,000]] of the soldiers had already been moved westward \
towards the front, and that Pyongyang could send [[as many as 10,000]] more by December.</p>
<h2>&ldquo;A test for Asia&rdquo;</h2>
<p>Dr Lim Wei Ting, a senior fellow at the Institute for Strategic Affairs in Singapore, called \
the deployment a watershed for the region. &ldquo;If the first units hold up, I would not be \
surprised to see another [[5,000 or so]] by the new year,&rdquo; she told CAN.</p>
<p>The news came as North Korea fired seven short-range ballistic missiles into the sea off its \
east coast on Tuesday, hours before Americans went to the polls. Japan&rsquo;s defence ministry \
said the missiles flew up to 400km.</p>
<p>Singapore has not commented on the deployment. It imposed export controls on several \
categories of electronics and military goods after Russia invaded Ukraine in 2022.</p>
</article>
<footer><p>Copyright&copy; 2024 Channel Asia Network. All rights reserved. Co. Reg. No. \
199401573K</p><p>Download our app &middot; Follow us on Telegram &middot; Newsletter</p></footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) restating the headline: optional", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'US says' from the lead's Monday figure (Monday to publication): in Kursk"),
        C("Around 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "'the United States said on Monday (Nov 4)': moved into Kursk"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokesman, 'he said' carries Monday: in Russia"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky 'on Tuesday', 'He put … at': in the Kursk area"),
        C("about 3,000", 3000, "approx", "near_front", "south_korea", "2024-10-30",
          "NIS 'last Wednesday' in a Wednesday article (the week before): moved toward the "
          "front"),
        C("as many as 10,000", 10000, "at_most", "planned", "south_korea", "2024-10-30",
          "same briefing: could send … more (increment)", add=True),
        C("5,000 or so", 5000, "approx", "planned", "other", "pub",
          "Singapore analyst 'she told CAN' (no day): 'another' (increment, hedge after the "
          "number)", add=True),
    ),
)

Q08 = Source(
    article_id="q08_kenya_world_page_admission",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-04-29"),
    dated_by="sidecar",
    sidecar=(
        "The Kenya Observer",
        "https://www.kenyaobserver.example/world/north-korea-admits-sending-troops-to-fight-for-r"
        "ussia-4920117",
        "North Korea admits sending troops to fight for Russia in Kursk",
    ),
    features="Kenyan paper's world page as plain text (sidecar, Tuesday); deck 'Seoul says' "
        "from the JCS figure of the body (Monday to publication); KCNA 'on Monday' and "
        "Gerasimov 'Two days earlier' without figures; three figures whose source is named only "
        "at the end of the paragraph ('The estimate came from … which briefed reporters … on "
        "Monday'); `some 600` 'of them' (breakdown); the General Staff 'yesterday' in quotes; "
        "background 'holds two captured' without a source (unattributed, optional); the State "
        "Department 'in December'; a Nairobi analyst 'another 10,000' (other, increment); "
        "Kenyans recruited by Russia and killed, shillings, police officers in Haiti",
    text="""\
North Korea admits sending troops to fight for Russia in Kursk

Pyongyang's confirmation, coming two days after Moscow's, ends six months of denials. Seoul says \
[[about 15,000]] soldiers were deployed.

By OBSERVER WORLD DESK

Pyongyang has for the first time admitted that its soldiers fought alongside Russian forces \
against Ukraine, breaking a silence it had kept since October.

In a statement carried by the official Korean Central News Agency on Monday, the ruling party's \
Central Military Commission said the units had been sent under the mutual defence treaty the two \
countries signed last June, and that they had helped to "liberate" the Kursk region. It did not \
say how many. Two days earlier, General Valery Gerasimov, the chief of Russia's general staff, \
had praised the "heroism" of the North Korean fighters, also without giving numbers.

Seoul filled in the gaps. North Korea has deployed [[about 15,000]] soldiers to Russia since last \
autumn. Of those, [[roughly 4,700]] have been killed or wounded, [[some 600]] of them fatally. \
The estimate came from South Korea's Joint Chiefs of Staff, which briefed reporters in Seoul on \
Monday.

Kyiv was quick to dismiss Moscow's claim of victory. Ukraine's General Staff said yesterday that \
fighting continued in parts of Kursk and that "[[up to 2,000]]" North Koreans were still \
positioned along the border with Ukraine's Sumy region. Ukraine holds [[two]] captured North \
Korean soldiers, who were seized in January.

In Washington, a State Department spokesperson said the admission confirmed what the United \
States had said for months. The US estimated in December that [[more than 11,000]] North Korean \
troops had been sent to Russia.

Closer to home, the admission has renewed questions about foreigners fighting in the war. The \
Ministry of Foreign and Diaspora Affairs said last month it was aware of at least 200 Kenyans who \
had been recruited to fight for Russia, some of them lured by promises of civilian jobs paying up \
to Sh350,000 a month. At least 12 are known to have been killed, according to families who spoke \
to the Observer.

Nairobi-based security analyst Wanjiru Kamau said the admission was aimed at Washington at least \
as much as at Kyiv. "Kim is telling the world that his army now has combat experience. He can \
send another [[10,000]] without blinking, and Moscow will pay for every one of them," she told \
the Observer.

Kenya, which leads the multinational security mission in Haiti with some 800 police officers, has \
called for a negotiated end to the war in Ukraine and has not joined Western sanctions against \
Russia.
""",
    claims=(
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "mon..pub",
          "deck 'Seoul says' from the JCS figure of the body (Monday to publication)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS named only at the end of the paragraph ('briefed reporters … on Monday'): sent"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same paragraph: killed or wounded"),
        C("some 600", 600, "approx", "casualties", "south_korea", "mon",
          "'of them fatally' (a breakdown): dead"),
        C("up to 2,000", 2000, "at_most", "near_front", "ukraine", "yday",
          "Ukraine's General Staff 'said yesterday' in quotes: along the border"),
        C("two", 2, "exact", "casualties", "unattributed", "pub",
          "background 'Ukraine holds two captured …' without a source (reporter framing): "
          "optional", opt=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2024-12-01..2024-12-31", "the US estimate 'in December': sent"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "Nairobi analyst in quotes, 'she told the Observer': 'another' (increment)", add=True),
    ),
)

Q09 = Source(
    article_id="q09_wire_explainer_prisoners_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-14"),
    dated_by="front_matter", crlf=True,
    features="US wire's explainer rewritten as prose (question subheadings without Q&A), "
        "Markdown in ISO-8859-1 with CRLF, straight quotes and `--`, front matter with `date:` "
        "(Tuesday) and a title without a figure, dateline 'SEOUL, South Korea (CP) --'; lead "
        "'Ukraine says it has captured two' and 'South Korea says hundreds' from the body "
        "(Saturday / Monday to publication); Zelensky 'on Saturday' (`two`, number word); NIS "
        "'on Monday' `about 300` killed and `2,700` wounded (no increment); Zelensky 'in late "
        "December'; Kirby 'on Dec. 27' (a single week is the event); NIS 'In November' and 'At "
        "the time' (carried); HUR 'last week'; a newspaper 'in December' `as many as 100,000` "
        "(other); NIS 'on Monday' `several thousand` more; pay, shells, population, years",
    text="""\
---
title: "What is known about North Korea's soldiers in Russia's war"
date: 2025-01-14
slug: explainer-north-korea-soldiers-russia
source: Continental Press
---

# Captured, killed, outnumbered: what is known about North Korea's soldiers in Russia

SEOUL, South Korea (CP) -- Ukraine says it has captured [[two]] of them. South Korea says \
[[hundreds]] have died. Russia still won't officially say they are there at all. Three months \
after the first reports that North Korean troops had arrived in Russia, here is what is known, \
and what isn't.

## Who are the prisoners?

Ukrainian President Volodymyr Zelenskyy announced on Saturday that his forces had taken [[two]] \
North Korean soldiers prisoner in the Kursk region, one wounded in the jaw and the other in both \
legs. Video released by Ukraine's SBU security service showed them lying in bunks in a Kyiv \
detention facility. One told interrogators through an interpreter that he had been told he was \
going to a training exercise, not to war.

On Sunday, Zelenskyy offered to hand the pair over to North Korean leader Kim Jong Un if Kim \
could arrange the release of Ukrainians held in Russia. A South Korean lawmaker said Seoul should \
be ready to take them in if they asked to defect.

## How many have died?

South Korea's National Intelligence Service told lawmakers on Monday that North Korea's losses \
had reached [[about 300]] dead and [[2,700]] wounded since its troops entered combat. The agency \
said inexperience with drone warfare and commanders' disregard for losses had driven up the toll. \
Notes found on a dead soldier suggested some had been ordered to kill themselves rather than be \
captured.

Ukraine puts the figure higher. Zelenskyy said in late December that [[more than 3,000]] North \
Koreans had been killed or wounded in a few weeks of fighting. In Washington, White House \
national security spokesman John Kirby said on Dec. 27 that the North Koreans had suffered \
"[[more than 1,000]]" casualties in a single week around Kursk.

## How many are there?

In November, the NIS estimated that North Korea had sent [[about 11,000]] troops, including \
special forces. At the time, it said [[about 3,000]] of them had been moved close to the front \
line. Ukraine's military intelligence agency said last week that the North Koreans' numbers in \
Kursk had been worn down to [[around 8,000]] by the losses.

Some reports have gone much further. A South Korean newspaper reported in December, without \
naming its sources, that Pyongyang could eventually rotate [[as many as 100,000]] soldiers \
through Russia. Officials in Seoul have not repeated that figure.

## What does Kim get out of it?

Analysts say North Korea is paid in cash, food, oil and possibly military technology. South \
Korean estimates put the pay at around $2,000 a month per soldier, most of which is believed to \
go to the state. Pyongyang has also shipped millions of artillery shells; one estimate puts the \
total at more than 9 million rounds. North Korea, a country of about 26 million people, has been \
under UN sanctions since 2006.

## What happens next?

Officially, Moscow and Pyongyang still deny the deployment. The NIS said on Monday it had seen \
signs that Pyongyang was preparing to send [[several thousand]] more, possibly with better \
training in drone warfare.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "lead 'Ukraine says': Zelensky's Saturday figure of the body (number word; Saturday "
          "to publication)"),
        C("hundreds", None, "vague", "casualties", "south_korea", "mon..pub",
          "lead 'South Korea says': the NIS's Monday figures (Monday to publication)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'announced on Saturday': taken prisoner (number word)"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'told lawmakers on Monday': killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (no increment)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine",
          "2024-12-21..2024-12-31", "Zelensky 'in late December': killed or wounded"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "Kirby 'on Dec. 27' in quotes ('in a single week' is the event)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea",
          "2024-11-01..2024-11-30", "NIS 'In November': sent"),
        C("about 3,000", 3000, "approx", "near_front", "south_korea",
          "2024-11-01..2024-11-30", "'At the time, it said' carries November: moved close to "
          "the front"),
        C("around 8,000", 8000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': in Kursk"),
        C("as many as 100,000", 100000, "at_most", "planned", "other",
          "2024-12-01..2024-12-31", "a South Korean newspaper 'in December' without named "
          "sources (other): could rotate through Russia"),
        C("several thousand", None, "vague", "planned", "south_korea", "mon",
          "NIS 'said on Monday' … 'more' (vague increment)", add=True),
    ),
)

Q10 = Source(
    article_id="q10_manchester_courier_korean_church_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-09-05"),
    dated_by="html_meta", crlf=True,
    features="UK regional paper in HTML, windows-1252 with CRLF (raw ‘’ “” – £), "
        "`article:published_time` with +01:00 (Friday), consent banner with partners, ad-slot "
        "script, nav, byline '17:30, 5 SEP 2025', footer with company and phone numbers; "
        "`<title>` figure (optional); headline and standfirst ('thousands more', vague increment) "
        "from the NIS 'on Thursday' (Thursday to publication); 'according to members of the "
        "parliamentary intelligence committee' in the sentence after; `6,000` more (increment); "
        "a Manchester defector 'told the Courier this week' (other, Monday to publication); HUR "
        "'last month'; state media 'in late August' `dozens` of fallen; worshippers, ages, "
        "years, Korean residents and students in Greater Manchester",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>‘They are just boys’: Manchester’s Koreans react as Seoul says [[2,000]] North Korean \
troops killed | Manchester Evening Courier</title>
<meta property="article:published_time" content="2025-09-05T17:30:00+01:00">
<meta property="og:site_name" content="Manchester Evening Courier">
<script>var mecData={section:"news/greater-manchester",contentId:"32981744",ads:{mpu:"300x250",bi\
llboard:"970x250"}};</script>
</head>
<body>
<div class="gdpr">Our 212 advertising partners and we use cookies and similar technologies to \
personalise content and ads. <button>I Accept</button> <button>Show Purposes</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/greater-manchester">Greater \
Manchester</a> | <a href="/sport/football">Football</a> | <a href="/whats-on">What’s On</a> | <a \
href="/business">Business</a></nav>
<article>
<h1>‘They are just boys’: Manchester’s Koreans react as Seoul says [[2,000]] North Korean troops \
killed</h1>
<p class="standfirst">South Korea’s spy agency believes [[thousands]] more could be sent to \
Russia, as a church in Stockport prays for the dead on both sides</p>
<p class="byline">By Harriet Kinsella, Community Affairs Reporter &middot; 17:30, 5 SEP 2025</p>
<p>North Korea has lost [[around 2,000]] soldiers killed in Russia’s war against Ukraine, South \
Korea’s intelligence service has said.</p>
<p>The National Intelligence Service (NIS) gave the estimate to lawmakers in Seoul on Thursday, \
according to members of the parliamentary intelligence committee. Pyongyang had sent [[about \
15,000]] troops to Russia in total, the agency said, and was preparing to dispatch [[6,000]] \
more, most of them engineers and builders.</p>
<p>In Stockport, where the Korean Presbyterian Church of Greater Manchester meets in a former \
Methodist chapel, about 60 worshippers said prayers on Sunday for soldiers killed on both \
sides.</p>
<p>“They are just boys. Most of them were 17 or 18 when they were conscripted, and nobody asked \
them,” said Pastor Daniel Cho, 52, who moved to Britain from Busan in 2004.</p>
<p>Among the congregation was Kim Song-il, who fled North Korea in 2011 and now works as a chef \
in the city’s Northern Quarter. He believes the real toll is far higher. ‘I know how that army \
counts. The real number is [[at least 3,000]], maybe more,’ he told the Courier this week. He \
asked that his home town not be published, to protect relatives.</p>
<p>Ukraine’s military intelligence agency said last month that [[several thousand]] North Korean \
soldiers were still positioned along the border in the Kursk region, among them artillery and \
rocket crews.</p>
<p>Pyongyang has begun to honour its dead in public. At a ceremony in late August, Kim Jong Un \
hung medals on the portraits of [[dozens]] of fallen soldiers, state media reported, and promised \
their families new flats in the capital.</p>
<p>Greater Manchester is home to around 3,500 people of Korean heritage, according to the 2021 \
census, and more than 400 South Korean students are enrolled at the city’s two universities. A \
vigil is planned at St Ann’s Square on Saturday at 6pm; tickets for the fundraising supper \
afterwards cost £15.</p>
</article>
<footer>© 2025 Manchester Evening Courier Ltd. Registered in England No. 06481390 &middot; \
Newsdesk: 0161 496 0732 &middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline: optional", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul says' from the NIS figure of Thursday (Thursday to publication)"),
        C("thousands", None, "vague", "planned", "south_korea", "thu..pub",
          "standfirst: the spy agency's 'more could be sent' (vague increment), from Thursday",
          add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'has said', dated 'on Thursday' by the next sentence: killed"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'according to members of the … committee', 'the agency said': sent in total"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "same sentence: preparing to dispatch … more (increment)", add=True),
        C("at least 3,000", 3000, "at_least", "casualties", "other", "mon..pub",
          "Manchester defector in ‘…’, 'told the Courier this week' (Monday to publication)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-08-01..2025-08-31",
          "HUR 'said last month': along the border in Kursk"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state media on a ceremony 'in late August': portraits of fallen soldiers"),
    ),
)

Q11 = Source(
    article_id="q11_taiwan_paper_30000_more_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-07-15"),
    dated_by="sidecar",
    sidecar=(
        "Formosa Herald",
        "https://www.formosaherald.example/news/world/2025/07/15/2003840117",
        "Kyiv warns North Korea may ship up to 30,000 more soldiers to the Russian front",
    ),
    features="Taiwanese English-language paper in Markdown, front matter without a date "
        "(sidecar, Tuesday), “” quotes, dateline '**TAIPEI** —'; headline 'Kyiv warns' `up to "
        "30,000` more from HUR's statement 'on July 2' (July 2 to publication); the lead's range "
        "`between 25,000 and 30,000` 'additional' dated in the next paragraph; 'He said' carries "
        "the day; NIS 'in late June'; Lavrov in Wonsan 'on Saturday' without a figure; Taiwan's "
        "National Security Bureau 'on Monday' (other) with a breakdown `at least 1,500`; the "
        "State Department 'in April'; reservists in the Han Kuang exercise, active-duty "
        "personnel, NT$ budget, per cent of GDP, years",
    text="""\
---
title: "Kyiv warns North Korea may ship up to 30,000 more soldiers to the Russian front"
section: World
byline: Chen Yu-hsuan, Staff reporter, with agencies
tags: [North Korea, Russia, Ukraine, NSB]
---

# Kyiv warns North Korea may ship [[up to 30,000]] more soldiers to the Russian front

**TAIPEI** — [[Between 25,000 and 30,000]] additional North Korean soldiers could be on their way \
to Russia before the end of the year, Ukraine's military intelligence agency has said, a move \
security officials in Taipei say holds lessons for Taiwan.

A spokesman for the agency, known by its Ukrainian acronym HUR, confirmed the assessment to \
reporters in Kyiv on July 2. He said Pyongyang had begun assembling the new contingent and that \
it could reach Russia "as early as August." [[About 11,000]] North Koreans were already in \
Russia, he said.

South Korea's National Intelligence Service had told lawmakers in late June that the North was \
expected to dispatch [[some 6,000]] military engineers and construction workers as early as July \
or August, in line with an announcement by Russian Security Council Secretary Sergei Shoigu \
during a visit to Pyongyang.

Russian Foreign Minister Sergei Lavrov, who held talks with North Korean leader Kim Jong Un at \
the resort town of Wonsan on Saturday, praised the "heroic" North Korean soldiers but gave no \
figures.

## Lessons for Taiwan

In Taipei, National Security Bureau Director-General Tsai Ming-yen told legislators on Monday \
that the bureau was studying how North Korean units had adapted to drone warfare. According to \
the bureau's assessment, North Korea has suffered [[roughly 6,000]] casualties since its troops \
entered combat last November, [[at least 1,500]] of them fatal.

“Ukraine's drone war shows that mass alone no longer wins battles,” Tsai said. This year's Han \
Kuang exercise, which mobilized a record 22,000 reservists over 10 days, had drawn on those \
lessons, he added.

Washington's most recent public estimate, given by the State Department in April, put the total \
number of North Korean troops sent to Russia at [[more than 14,000]].

Taiwan's armed forces have about 150,000 active-duty personnel. The Cabinet has proposed raising \
defense spending to NT$949.5 billion next year, or 3.32 percent of GDP, the highest level since \
2008.
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-02..pub",
          "headline 'Kyiv warns' from HUR's July 2 statement: more (increment)", add=True),
        C("Between 25,000 and 30,000", None, "range", "planned", "ukraine", "2025-07-02",
          "lead 'has said', dated 'on July 2' by the next paragraph: 'additional'", add=True),
        C("About 11,000", 11000, "approx", "in_russia", "ukraine", "2025-07-02",
          "'he said' carries the spokesman's July 2: already in Russia"),
        C("some 6,000", 6000, "approx", "planned", "south_korea", "2025-06-21..2025-06-30",
          "NIS 'in late June': expected to be dispatched (no increment word)"),
        C("roughly 6,000", 6000, "approx", "casualties", "other", "mon",
          "Taiwan's National Security Bureau (a third government: other) 'on Monday'"),
        C("at least 1,500", 1500, "at_least", "casualties", "other", "mon",
          "same assessment, 'of them fatal' (a breakdown)"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-04-01..2025-04-30", "State Department 'in April': sent"),
    ),
)

Q12 = Source(
    article_id="q12_australian_financial_war_dividend_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-13"),
    dated_by="sidecar",
    sidecar=(
        "The Australian Business Ledger",
        "",
        "Kim's war dividend: Pyongyang cashes in as Putin's troop supplier",
    ),
    features="Australian financial paper's analysis as plain text in UTF-16 LE with BOM "
        "(sidecar without url, Monday), byline and 'Seoul |' dateline; Kursk veterans at "
        "'Friday night''s parade (returnees: optional); NIS 'last month' (total and dead); the "
        "Ledger's own analysis `between 18,000 and 20,000` (unattributed, required); Budanov 'in "
        "an interview published on Saturday' with `another 10,000` (increment); NATO (Rutte) "
        "'last week' “thousands more” (vague increment); a Canberra analyst (other, `pub`) `up "
        "to 5,000` builders in Kursk; US dollars, oil barrels and the UN cap, shells, per cent, "
        "index points, defence budget",
    text="""\
Kim's war dividend: Pyongyang cashes in as Putin's troop supplier

North Korea has turned its soldiers into its most lucrative export. Investors in the region's \
defence stocks are taking note.

Hamish Calloway
Asia correspondent

Seoul | When Kim Jong Un stood on the reviewing stand in Pyongyang's Kim Il Sung Square on Friday \
night, the loudest cheers were reserved not for the missiles rolling past but for a column of \
[[several hundred]] infantrymen who had fought in Russia's Kursk region.

For Kim, those soldiers are more than propaganda. South Korea's National Intelligence Service \
told lawmakers last month that North Korea had sent [[about 15,000]] troops to Russia since \
October last year, and that [[about 2,000]] of them had been killed.

The Ledger's own analysis of the figures released by Seoul, Kyiv and Washington suggests the true \
number who have served is higher, at [[between 18,000 and 20,000]], once replacements for the \
dead and wounded are counted.

Ukraine's military intelligence chief, Kyrylo Budanov, said in an interview published on Saturday \
that [[roughly 11,000]] North Korean soldiers remained on Russian soil and that Pyongyang was \
training another [[10,000]] for deployment. NATO Secretary-General Mark Rutte warned last week \
that "[[thousands]] more" could follow, calling Moscow's reliance on Pyongyang "a sign of \
weakness, not strength".

"Every soldier Kim sends is hard currency," said Rebecca Ng, a senior fellow at the Pacific \
Security Institute in Canberra. She estimates that [[up to 5,000]] North Koreans are now working \
as military builders in the Kursk region, where they clear mines and rebuild railway lines.

The money adds up. Moscow is reported to pay about $US2000 a month per soldier, most of it kept \
by the state. Satellite imagery analysed by researchers suggests Russia has also shipped more \
than 1 million barrels of oil to the North since March last year, well above the UN cap of \
500,000 barrels a year. In return, Pyongyang has supplied an estimated 12 million artillery shells.

For investors, the partnership has sharpened the focus on defence spending across the region. \
Shares in Seoul's big defence manufacturers have more than doubled this year, and the benchmark \
Kospi closed at a record 3,610 points last week. Canberra has committed to lifting defence \
spending to 2.4 per cent of GDP by 2033.
""",
    claims=(
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "Kursk veterans marching at Friday night's parade (returnees): optional", opt=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'told lawmakers last month': sent since October last year"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "same sentence 'of them had been killed' (a breakdown)"),
        C("between 18,000 and 20,000", None, "range", "in_russia", "unattributed", "pub",
          "'The Ledger's own analysis' of official figures (outlet's reckoning: required)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "sat",
          "Budanov 'in an interview published on Saturday': on Russian soil"),
        C("10,000", 10000, "exact", "planned", "ukraine", "sat",
          "same interview: training 'another' … for deployment (increment)", add=True),
        C("thousands", None, "vague", "planned", "nato", "lastweek",
          "Rutte 'warned last week' \"… more\" (vague increment)", add=True),
        C("up to 5,000", 5000, "at_most", "near_front", "other", "pub",
          "Canberra analyst, present tense 'She estimates': builders in the Kursk region"),
    ),
)

SOURCES: tuple[Source, ...] = (
    Q01, Q02, Q03, Q04, Q05, Q06,
    Q07, Q08, Q09, Q10, Q11, Q12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
