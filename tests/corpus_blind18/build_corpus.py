"""Build the EIGHTEENTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A twentieth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Schleswig-Holstein regional
paper, a Leipzig online news site, a Carinthian broadcaster's web text, a Zurich free daily, a
German Protestant monthly's news page and a Munich city magazine; a Nepalese English daily, a
London evening paper, a US Pacific-region military paper, a Latvian English-language outlet, a
Philippine broadcaster and a New Zealand radio website. Same file format, marker syntax and
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
BASE_NAME = "_blind18_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

X01 = Source(
    article_id="x01_kiel_landbote_gefechte_kursk",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Kieler Landbote",
        "https://www.kieler-landbote.example/politik/nordkoreas-soldaten-im-gefecht-id4410",
        "Nordkoreas Soldaten im Gefecht – und in Kiel wird weiter gezählt",
    ),
    features="Schleswig-Holstein regional paper, plain text (sidecar, Thursday); a US State "
        "Department spokesman 'am Mittwochabend' with 'Nach seinen Worten'; Zelensky 'schon am "
        "Montag'; the JCS second-hand ('wie … Yonhap am Mittwoch unter Berufung auf das Militär "
        "berichtete'); the Pentagon 'Noch Ende Oktober'; Rutte 'vergangene Woche' in Konjunktiv; "
        "HUR named only at the end of the sentence 'hieß es am Dienstag' (`bis zu 5.000` weitere: "
        "increment); a Kiel researcher in „…“ (present tense, `pub`); Kiel Institute aid in "
        "euros, North Korea's army, refugees in the Land, Russian losses, age, phone number",
    text="""\
Nordkoreas Soldaten im Gefecht – und in Kiel wird weiter gezählt

Washington meldet die ersten Kämpfe mit Truppen aus Pjöngjang. Ein Kieler Sicherheitsforscher \
hält das erst für den Anfang.

Von Hauke Petersen

Kiel. Die Meldung erreichte Schleswig-Holstein am Mittwochabend, mitten in die Vorbereitungen für \
eine neue Auswertung am Kieler Institut für Weltwirtschaft. Nordkoreanische Soldaten kämpfen \
inzwischen an der Seite der russischen Armee. Matthew Miller, der Sprecher des \
US-Außenministeriums, wurde in Washington deutlich: Nach seinen Worten stehen [[mehr als 10.000]] \
Mann aus dem abgeschotteten Land im russischen Gebiet Kursk, „eine bedeutende Zahl“ von ihnen sei \
bereits in Gefechte verwickelt.

Die Zahlen gehen allerdings auseinander. Wolodymyr Selenskyj hatte schon am Montag von [[11.000]] \
Nordkoreanern im Raum Kursk gesprochen. Südkoreas Vereinigter Generalstab wiederum geht von \
[[rund 11.000]] Soldaten aus, die insgesamt nach Russland gebracht worden seien, wie die \
Nachrichtenagentur Yonhap am Mittwoch unter Berufung auf das Militär berichtete. Noch Ende \
Oktober hatte das Pentagon die Zahl der Nordkoreaner im Grenzgebiet auf [[etwa 8.000]] geschätzt.

Auch die Nato sieht ein wachsendes Kontingent. Generalsekretär Mark Rutte sagte vergangene Woche \
bei einem Gipfeltreffen in Budapest, nach Erkenntnissen des Bündnisses seien [[mehr als 10.000]] \
Nordkoreaner nach Russland verlegt worden. Das sei „eine gefährliche Ausweitung dieses Krieges“.

In Kiew rechnet man mit Nachschub. Bis zum Jahresende könnten [[bis zu 5.000]] weitere Soldaten \
folgen, hieß es am Dienstag aus dem ukrainischen Militärgeheimdienst HUR. Russland verliere an \
der Front nach ukrainischer Zählung derzeit mehr als 1.500 Soldaten am Tag.

Am Kieler Institut für Weltwirtschaft (IfW) beobachtet man die Entwicklung mit Sorge. Das \
Institut erfasst seit Februar 2022, wer der Ukraine wie viel hilft. Nach der jüngsten Auswertung, \
die am Donnerstag erschien, haben die europäischen Geber zusammen mehr als 125 Milliarden Euro \
zugesagt, die USA knapp 90 Milliarden Euro. „Neue Zusagen kommen kaum noch hinzu“, sagte ein \
Sprecher.

Jan-Ole Brodersen vom Institut für Sicherheitspolitik an der Kieler Universität überrascht der \
Schritt Pjöngjangs nicht. „Kim Jong Un hat eine Armee von weit über einer Million Mann. Er könnte \
[[mehrere Zehntausend]] schicken, ohne dass es zu Hause jemand merkt“, sagt der 41-Jährige, der \
seit 2016 zu Ostasien forscht. Für den Kreml seien die Nordkoreaner vor allem Soldaten, um die \
keine russische Mutter trauert.

In Schleswig-Holstein leben derzeit etwa 36.000 Geflüchtete aus der Ukraine. Die Beratungsstelle \
des Landes ist werktags unter 0431 55 12 900 erreichbar.
""",
    claims=(
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "wed",
          "State Department spokesman 'am Mittwochabend', 'Nach seinen Worten': in Kursk"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'schon am Montag': in the Kursk area"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "the JCS via Yonhap 'am Mittwoch' (X citing Y: the military's group): brought to Russia "
          "in total"),
        C("etwa 8.000", 8000, "approx", "near_front", "united_states", "2024-10-21..2024-10-31",
          "the Pentagon 'Noch Ende Oktober': in the border area"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'vergangene Woche', Konjunktiv: moved to Russia"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "tue",
          "'weitere … könnten folgen' (increment), source at the end: 'hieß es am Dienstag aus "
          "dem … HUR'", add=True),
        C("mehrere Zehntausend", None, "vague", "planned", "other", "pub",
          "Kiel researcher in quotes, present tense 'sagt': could send"),
    ),
)

X02 = Source(
    article_id="x02_leipzig_netzschau_eingestaendnis_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-04-29"),
    dated_by="html_meta",
    features="Leipzig online news site in HTML (`article:published_time` with +02:00, a cookie "
        "hint, navigation, a stats script, a data script with word and comment counts, entities "
        "`&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`, `&copy;`); `<title>` figure (optional); "
        "headline from the JCS figure 'am selben Tag' (Monday to publication); Gerasimov 'Am "
        "Samstag' with the figure in the next sentence's Konjunktiv (russia); KCNA without a "
        "figure; JCS `etwa 4.700` and `rund 600` davon (breakdown), `rund 15.000` in total and "
        "`etwa 3.000` 'als Ersatz' (increment); HUR `gut 11.000` without a date; the State "
        "Department 'im Februar … damals'; a Leipzig political scientist's range (other); "
        "Ukrainians in Leipzig and children among them, age, street number, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kursk-Einsatz bestätigt: Seoul zählt [[4.700]] Verluste | Leipziger Netzschau</title>
<meta property="article:published_time" content="2025-04-29T11:40:00+02:00">
<meta property="og:site_name" content="Leipziger Netzschau">
<link rel="canonical" \
href="https://www.leipziger-netzschau.example/welt/kursk-eingestaendnis-88213">
<script async src="https://stats.leipziger-netzschau.example/px.js" data-site="lnz" \
data-section="welt"></script>
</head>
<body>
<div class="cookie-hint" role="dialog"><p>Damit diese Seite funktioniert, setzen wir technisch \
notwendige Cookies. Für Statistik und Werbung fragen wir Sie vorher. <a href="/privacy">Mehr \
erfahren</a></p><button>Alles klar</button> <button>Nur notwendige</button></div>
<header><a class="logo" href="/">Leipziger Netzschau</a>
<nav><a href="/leipzig">Leipzig</a> <a href="/sachsen">Sachsen</a> <a href="/welt">Welt</a> <a \
href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav></header>
<main><article>
<p class="rubrik">Welt &middot; Krieg in der Ukraine</p>
<h1>Moskau und Pjöngjang räumen Kursk-Einsatz ein &ndash; Seoul nennt [[4.700]] Verluste</h1>
<p class="teaser">Erst der russische Generalstab, dann die Staatsagentur in Pjöngjang: Nach \
Monaten des Schweigens bestätigen beide, dass Nordkoreaner für Russland kämpfen. Eine Leipzigerin \
aus der Ukraine sagt: &bdquo;Das wussten wir längst.&ldquo;</p>
<p class="autor">Von Franziska Lindner</p>
<p>Es ist ein Eingeständnis, das lange auf sich warten ließ. Am Samstag erklärte der russische \
Generalstabschef Waleri Gerassimow, nordkoreanische Einheiten hätten bei der \
&bdquo;Befreiung&ldquo; des Gebiets Kursk mitgekämpft. Es seien [[mehrere tausend]] Mann gewesen, \
die Schulter an Schulter mit russischen Soldaten gestanden hätten. Am Montag zog Pjöngjang nach: \
Die Staatsagentur KCNA meldete, Kim Jong Un habe den Einsatz selbst angeordnet. Eine Zahl nannte \
sie nicht.</p>
<p>Aus Seoul kamen am selben Tag genauere Angaben. Der Vereinigte Generalstab schätzt, dass \
Nordkorea in Kursk bislang [[etwa 4.700]] Soldaten verloren hat, Tote und Verwundete \
zusammengerechnet; [[rund 600]] davon seien gefallen. Insgesamt habe das Land [[rund 15.000]] \
Mann nach Russland geschickt. Im Februar und März seien [[etwa 3.000]] als Ersatz nachgekommen.</p>
<p>In Kiew hält man das für zu niedrig gegriffen. Der Militärgeheimdienst HUR geht davon aus, \
dass derzeit noch [[gut 11.000]] Nordkoreaner auf russischem Boden stationiert sind. Washington \
hatte die Verluste im Februar auf [[über 4.000]] geschätzt, wie eine Sprecherin des \
US-Außenministeriums damals sagte.</p>
<h2>&bdquo;Wir haben es doch gehört&ldquo;</h2>
<p>Olena Hryzenko vom Verein Ukrainisches Haus Leipzig kennt Familien aus dem Gebiet Sumy, das an \
Kursk grenzt. &bdquo;Seit dem Herbst erzählen uns Verwandte von asiatischen Soldaten auf der \
anderen Seite&ldquo;, sagt die 38-Jährige. In Leipzig leben nach Zahlen der Stadt derzeit 11.900 \
Menschen aus der Ukraine, rund 2.300 davon sind Kinder und Jugendliche. Der Verein lädt \
donnerstags ab 17 Uhr zur Sprechstunde in die Eisenbahnstraße 66.</p>
<p>Der Politikwissenschaftler Tobias Wendt, der an der Universität Leipzig über Sicherheit in \
Ostasien lehrt, sieht in dem doppelten Eingeständnis ein Signal. &bdquo;Moskau und Pjöngjang \
bereiten ihre Leute auf mehr vor&ldquo;, sagt er. Er hält es für wahrscheinlich, dass bis zum \
Jahresende [[zwischen 20.000 und 25.000]] Nordkoreaner in Russland sein werden.</p>
</article></main>
<footer><p>&copy; 2025 Leipziger Netzschau &middot; <a href="/impressum">Impressum</a> &middot; \
<a href="/datenschutz">Datenschutz</a> &middot; Hinweise an die Redaktion: 0341 2290 \
415</p></footer>
<script>window.lnzData={articleId:88213,words:540,comments:37};</script>
</body>
</html>
""",
    claims=(
        C("4.700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the JCS figure", opt=True),
        C("4.700", 4700, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul nennt': the JCS figure of the body ('am selben Tag' = Monday) to "
          "publication"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'Am Samstag', carried by Konjunktiv to the next sentence: fought in Kursk"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "mon",
          "the JCS 'am selben Tag' (Monday, KCNA's day): dead and wounded together"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "mon",
          "'davon seien gefallen' (breakdown, not an increment)"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS carried by Konjunktiv: sent in total"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "'als Ersatz nachgekommen' (increment)", add=True),
        C("gut 11.000", 11000, "at_least", "in_russia", "ukraine", "pub",
          "HUR 'geht davon aus' without a date: stationed on Russian soil"),
        C("über 4.000", 4000, "at_least", "casualties", "united_states",
          "2025-02-01..2025-02-28",
          "State Department spokeswoman 'im Februar … damals'"),
        C("zwischen 20.000 und 25.000", None, "range", "planned", "other", "pub",
          "Leipzig political scientist 'hält es für wahrscheinlich' (present tense): by year end"),
    ),
)

X03 = Source(
    article_id="x03_kaernten_heute_gefangene",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-15"),
    dated_by="dateline", crlf=True,
    features="Carinthian broadcaster's web text (Austrian: 'Jänner', 'heuer'), ISO-8859-1 with "
        "CRLF and straight quotes, dated by a 'Stand: 15.01.2025, 17.42 Uhr' line; number word "
        "`zwei` in headline (Saturday to publication) and body (Zelensky 'am Samstag'); the NIS "
        "'am Montag' (`rund 300` killed and `2.700` wounded: not an increment; `etwa 11.000` "
        "'hieß es aus Seoul'); Zelensky 'am Montag' `Fast 4.000`; the SSO 'am Sonntag' "
        "`Dutzenden`; the White House 'Schon Ende Dezember'; a Klagenfurt expert 'rechnet damit' "
        "heuer `mehrere tausend` zusätzliche (increment, other, `pub`); ages, 'am 9. Jänner', "
        "Bundesheer soldiers abroad, displaced Ukrainians in Carinthia, euros, address, phone",
    text="""\
Kärnten heute online | Chronik | Politik | Wetter | Verkehr

Kiew meldet [[zwei]] gefangene Nordkoreaner

Erstmals hat die Ukraine nordkoreanische Soldaten lebend gefangen genommen. Ein Klagenfurter \
Experte rechnet damit, dass Pjöngjang heuer noch mehr Truppen nach Russland schickt.

Stand: 15.01.2025, 17.42 Uhr

Die [[zwei]] Männer seien im russischen Gebiet Kursk gefasst worden, teilte der ukrainische \
Präsident Wolodymyr Selenskyj am Samstag mit. Beide seien verwundet, aber am Leben, und würden in \
Kiew vom Geheimdienst SBU befragt. Nach ukrainischen Angaben sind die Soldaten 20 und 26 Jahre \
alt, gefasst wurden sie bereits am 9. Jänner. Selenskyj bot an, sie gegen ukrainische \
Kriegsgefangene auszutauschen.

Südkoreas Geheimdienst NIS bestätigte die Festnahme am Montag. Nach seiner Einschätzung sind bei \
den Kämpfen in Kursk bislang [[rund 300]] nordkoreanische Soldaten getötet und [[2.700]] \
verwundet worden. Insgesamt habe das Regime [[etwa 11.000]] Mann nach Russland entsandt, hieß es \
aus Seoul.

Selenskyj selbst nannte in seiner abendlichen Videobotschaft am Montag eine deutlich höhere Zahl: \
[[Fast 4.000]] Nordkoreaner seien bisher getötet oder verwundet worden. Die ukrainischen \
Spezialkräfte SSO, die an der Festnahme beteiligt waren, hatten am Sonntag von [[Dutzenden]] \
toten Nordkoreanern nach einem einzigen Gefecht berichtet. Schon Ende Dezember hatte das Weiße \
Haus in Washington von [[mehr als 1.000]] Toten und Verwundeten binnen einer Woche gesprochen.

"Die Verluste sind enorm, aber für Kim verkraftbar", sagt der Sicherheitsexperte Gerald \
Obernosterer, der an der Universität Klagenfurt über Konflikte in Ostasien forscht. Er rechnet \
damit, dass Nordkorea heuer [[mehrere tausend]] zusätzliche Soldaten schickt. "Russland zahlt für \
jeden Mann, und Pjöngjang braucht Devisen."

Aus Kärnten sind derzeit rund 120 Soldatinnen und Soldaten des Bundesheeres im Auslandseinsatz, \
die meisten im Kosovo und im Libanon, teilte das Militärkommando Kärnten mit. In der \
Grundversorgung des Landes waren Anfang Jänner 3.950 Vertriebene aus der Ukraine gemeldet. Für \
Deutschkurse stellt das Land heuer 1,2 Millionen Euro zur Verfügung.

Kärnten heute online, Sponheimer Straße 13, 9020 Klagenfurt - Hörertelefon 0463 5330-0
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kiew meldet' (number word): Zelensky's Saturday statement to publication"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'teilte … am Samstag mit' after the Konjunktiv: captured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag', 'Nach seiner Einschätzung': killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the same count split by kind, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'hieß es aus Seoul' at the end, the NIS's Monday statement: sent in total"),
        C("Fast 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "Zelensky's video message 'am Montag': killed or wounded"),
        C("Dutzenden", None, "vague", "casualties", "ukraine", "sun",
          "the SSO 'am Sonntag': dead after one clash"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "the White House 'Schon Ende Dezember'"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Klagenfurt expert 'rechnet damit' (present tense) heuer 'zusätzliche' (increment)",
          add=True),
    ),
)

X04 = Source(
    article_id="x04_zueri_express_bausoldaten_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-11-05"),
    dated_by="front_matter",
    features="Zurich free daily in Markdown, UTF-8 with BOM (Swiss: `10'000`, «», no ß), front "
        "matter with `date:` and a title figure (optional); headline `5000` weitere (increment, "
        "the NIS's Tuesday figure to publication); the NIS 'am Dienstag' with `rund 5000` "
        "zusätzliche builders moving in stages (increment, in Russia) and `etwa 10'000` near the "
        "border ('so der NIS' at the end), `rund 2000` dead 'inzwischen' (Tuesday on); HUR "
        "'Ende Oktober' `bis zu 6000`; Russian state TV 'Am Sonntag' «Tausenden» in Kursk "
        "(russia); a Zurich expert's range (planned, other); pay per man in dollars, Swiss aid "
        "in francs, people with status S, a reader poll with votes and per cent",
    text="""\
---
title: "Kim schickt [[5000]] weitere Bausoldaten nach Russland"
date: 2025-11-05T06:15:00+01:00
ressort: Ausland
autor: "mik"
lesezeit: 2
---

# Kim schickt [[5000]] weitere Bausoldaten nach Russland

**Ein Jahr nach dem ersten Einsatz in Kursk baut Nordkorea seine Präsenz in Russland aus. Das \
meldet Südkoreas Geheimdienst.**

Die Militärbauarbeiter würden in mehreren Etappen verlegt, teilte der Geheimdienst NIS am \
Dienstag dem zuständigen Ausschuss des Parlaments in Seoul mit. Insgesamt gehe es um \
[[rund 5000]] zusätzliche Männer, die beim Wiederaufbau der zerstörten Region Kursk helfen \
sollen. Zudem stünden nach wie vor [[etwa 10'000]] nordkoreanische Soldaten im Grenzgebiet zur \
Ukraine, so der NIS.

Die Verluste der Nordkoreaner beziffern die Südkoreaner inzwischen auf [[rund 2000]] Tote. Kiew \
nennt höhere Zahlen: Der ukrainische Militärgeheimdienst HUR sprach Ende Oktober von \
[[bis zu 6000]] Gefallenen und Verwundeten.

Moskau bestätigt nur, was sich nicht mehr bestreiten lässt. Am Sonntag war im russischen \
Staatsfernsehen von «[[Tausenden]] Freunden aus Korea» die Rede, die in Kursk Minen räumen und \
Strassen wieder aufbauen.

## «Ein langer Aufenthalt»

«Nordkorea richtet sich auf Jahre ein», sagt Sicherheitsexperte Reto Baumgartner von der \
Forschungsstelle für Sicherheitspolitik in Zürich. Er geht davon aus, dass bis Ende Jahr \
insgesamt [[15'000 bis 20'000]] Nordkoreaner in Russland stationiert sein werden, Soldaten, \
Pioniere und Bauarbeiter zusammengerechnet. Für Kim lohne sich das: Pro Mann und Monat zahle \
Moskau nach Schätzungen mehrere tausend Dollar, das Geld fliesse direkt an das Regime.

Die Schweiz hat seit Kriegsbeginn rund 5,3 Milliarden Franken für die Ukraine bereitgestellt. \
Hierzulande leben derzeit rund 68'000 Menschen mit Schutzstatus S.

**Umfrage:** Soll die Schweiz die Sanktionen gegen Nordkorea verschärfen? Bis Mittwochmorgen \
stimmten 4'213 Leserinnen und Leser ab, 71 Prozent davon mit Ja.
""",
    claims=(
        C("5000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "front-matter title (metadata) restating the headline", add=True, opt=True),
        C("5000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'weitere' (increment; the lead's `rund` dropped): the NIS's Tuesday figure "
          "to publication", add=True),
        C("rund 5000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'am Dienstag', Konjunktiv: 'zusätzliche' builders moved in stages (increment)",
          add=True),
        C("etwa 10'000", 10000, "approx", "near_front", "south_korea", "tue",
          "'so der NIS' at the end of the sentence: in the border area"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "'die Südkoreaner inzwischen' right after Tuesday's briefing: Tuesday to publication; "
          "dead"),
        C("bis zu 6000", 6000, "at_most", "casualties", "ukraine", "2025-10-21..2025-10-31",
          "HUR 'Ende Oktober': dead and wounded"),
        C("Tausenden", None, "vague", "near_front", "russia", "sun",
          "Russian state TV 'Am Sonntag' in «…»: clearing mines in Kursk"),
        C("15'000 bis 20'000", None, "range", "planned", "other", "pub",
          "Zurich expert 'geht davon aus' (present tense): total by the end of the year"),
    ),
)

X05 = Source(
    article_id="x05_evangelisches_monatsblatt_gefallene_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Zeit & Zeugnis",
        "https://www.zeit-und-zeugnis.example/nachrichten/seoul-rund-2000-nordkoreaner-gefallen",
        "Seoul: Rund 2000 nordkoreanische Soldaten gefallen",
    ),
    features="German Protestant monthly's news page in HTML, windows-1252 (`<meta http-equiv>` "
        "charset, raw „“ and – next to `&bdquo;`/`&ldquo;`/`&amp;`), no meta date (sidecar, "
        "Friday), a privacy notice, navigation, a donation box; `<title>` figure (optional); "
        "headline `Rund 2000` (the NIS's Thursday figure to publication); members of the "
        "intelligence committee relaying the NIS 'nach einer Sitzung am Donnerstag' after the "
        "figure, 'Demnach' carrying it to `rund 13.000` and `6000 weitere` (increment, planned); "
        "state TV 'Ende August' with `mehr als hundert` fallen (north_korea); Zelensky 'im "
        "Frühjahr' (March–May); a Hamburg peace researcher `an die 3000` (other); 'jeder "
        "siebte' (fraction), donations in euros, pages, chaplains, synod dates, IBAN",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Seoul: [[Rund 2000]] Nordkoreaner im Ukraine-Krieg gefallen – Zeit &amp; Zeugnis</title>
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/assets/zz-2025.css?v=314">
</head>
<body class="nachricht">
<div id="datenschutz-hinweis">Zeit &amp; Zeugnis bindet Videos und Karten erst ein, wenn Sie es \
erlauben. Ihre Wahl können Sie unten auf jeder Seite ändern. <button>Erlauben</button> <a \
href="/datenschutz">Details</a></div>
<nav><ul><li><a href="/">Start</a></li><li><a href="/nachrichten">Nachrichten</a></li><li><a \
href="/theologie">Theologie</a></li><li><a href="/heft">Aktuelles Heft</a></li><li><a \
href="/abo">Abo</a></li></ul></nav>
<div class="beitrag">
<span class="dachzeile">Nachrichten aus Kirche und Welt</span>
<h1>Seoul: [[Rund 2000]] nordkoreanische Soldaten in Russlands Krieg gefallen</h1>
<p>Südkoreas Geheimdienst NIS schätzt die Zahl der Nordkoreaner, die im Krieg gegen die Ukraine \
ums Leben gekommen sind, auf [[etwa 2000]]. Das gaben Mitglieder des Geheimdienstausschusses in \
Seoul nach einer Sitzung am Donnerstag wieder. Demnach hat das Regime in Pjöngjang seit dem \
Herbst vergangenen Jahres [[rund 13.000]] Soldaten nach Russland geschickt. [[6000]] weitere \
Militärbauarbeiter und Minenräumer sollten in den kommenden Monaten folgen. Damit wäre etwa jeder \
siebte der entsandten Soldaten gefallen.</p>
<p>Ende August hatte Machthaber Kim Jong Un in Pjöngjang Angehörige von Gefallenen empfangen. Das \
Staatsfernsehen zeigte, wie er vor den Fotos von [[mehr als hundert]] getöteten Soldaten weinte \
und ihren Familien Orden überreichte. Präsident Wolodymyr Selenskyj hatte bereits im Frühjahr von \
[[rund 4000]] toten und verwundeten Nordkoreanern gesprochen.</p>
<h2>&bdquo;Hinter jeder Zahl steht ein Mensch&ldquo;</h2>
<p>Die Friedensbeauftragte der Landeskirche, Pfarrerin Dorothee Quast, rief dazu auf, die Toten \
auf allen Seiten nicht zu vergessen. „Keiner dieser jungen Männer wurde gefragt, ob er in diesen \
Krieg ziehen will“, sagte sie unserer Redaktion. Die Friedensforscherin Miriam Albers vom \
Institut für Theologie und Frieden in Hamburg hält die Schätzung aus Seoul für zu vorsichtig. \
„Wir müssen eher von [[an die 3000]] Toten ausgehen“, sagt sie.</p>
<p>Die Diakonie Katastrophenhilfe hat seit Februar 2022 nach eigenen Angaben mehr als 95 \
Millionen Euro an Spenden für die Ukraine erhalten. Die Synode der EKD berät vom 9. bis 12. \
November in Dresden über die neue Friedensdenkschrift; der Entwurf umfasst 148 Seiten. In der \
Militärseelsorge arbeiten derzeit rund 100 evangelische Pfarrerinnen und Pfarrer.</p>
</div>
<aside class="spenden">Helfen Sie mit: Spendenkonto IBAN DE12 5206 0410 0000 4400 20, Stichwort \
„Ukraine-Hilfe“</aside>
<footer>Zeit &amp; Zeugnis – Evangelisches Monatsmagazin · Heft 9/2025 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Rund 2000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS's Thursday figure to publication"),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS, relayed by committee members 'nach einer Sitzung am Donnerstag' (next sentence)"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "thu",
          "'Demnach': sent since last autumn"),
        C("6000", 6000, "exact", "planned", "south_korea", "thu",
          "'weitere … sollten folgen' (increment)", add=True),
        C("mehr als hundert", 100, "at_least", "casualties", "north_korea",
          "2025-08-21..2025-08-31", "state TV 'Ende August': photos of the fallen"),
        C("rund 4000", 4000, "approx", "casualties", "ukraine", "2025-03-01..2025-05-31",
          "Zelensky 'im Frühjahr' (season: March–May): dead and wounded"),
        C("an die 3000", 3000, "approx", "casualties", "other", "pub",
          "Hamburg peace researcher in „…“, 'sagt sie' (present tense): dead"),
    ),
)

X06 = Source(
    article_id="x06_muenchner_stadtjournal_amerikahaus_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Münchner Stadtjournal",
        "https://www.muenchner-stadtjournal.example/stadtleben/kims-soldaten-muenchner-fragen",
        "Kims Soldaten, Münchner Fragen",
    ),
    features="Munich city magazine's event report in Markdown, front matter without a date and "
        "a title without a figure (sidecar, Thursday); a panel 'am Dienstagabend' dates every "
        "speaker: South Korea's consul general (Konjunktiv, `Etwa 2.000 von ihnen` breakdown), "
        "Ukraine's consul general in »…« (`mindestens 20.000`), a LMU Korea scholar's range "
        "(other) who cites HUR 'aus dem Sommer' (X citing Y: ukraine, June–August, `bis zu "
        "30.000` weitere, increment); the moderator recalling a Pentagon estimate 'vom "
        "September'; parade veterans 'am vergangenen Freitag' (returnees: optional); audience "
        "and seats, Koreans in Munich, Oktoberfest visitors, tickets in euros, dates, U-Bahn "
        "lines",
    text="""\
---
title: "Kims Soldaten, Münchner Fragen"
rubrik: Stadtleben / Diskussion
autorin: Lena Gschwendtner
tags: [Amerikahaus, Korea, Ukraine, Maxvorstadt]
---

# Kims Soldaten, Münchner Fragen

*Im Amerikahaus diskutierten zwei Diplomaten und eine LMU-Forscherin über Nordkoreas Einsatz in \
Russland. Der Saal war voll, die Zahlen lagen weit auseinander.*

Wer am Dienstagabend noch in den großen Saal am Karolinenplatz wollte, brauchte Geduld: Rund 180 \
Menschen drängten sich in dem Raum, der für 150 Gäste bestuhlt ist. Nach einer Wiesn mit 6,5 \
Millionen Besuchern wirkte das Thema des Abends fern, und doch blieb kaum ein Stuhl frei.

Moderator Florian Weishaupt erinnerte zu Beginn an eine Schätzung des Pentagons vom September, \
wonach [[etwa 11.000]] Nordkoreaner im Gebiet Kursk stationiert seien. Dann bat er Südkoreas \
Generalkonsul in München, Park Ji-hoon, um seine Sicht. Seine Regierung gehe davon aus, dass \
Nordkorea seit Oktober 2024 [[rund 15.000]] Soldaten nach Russland verlegt habe, sagte der \
Diplomat. [[Etwa 2.000]] von ihnen seien nach Erkenntnissen der Dienste in Seoul gefallen. Mehr \
wollte er nicht sagen.

Die ukrainische Generalkonsulin Iryna Tkachuk widersprach freundlich, aber bestimmt. »Unsere \
Dienste zählen [[mindestens 20.000]]«, sagte sie. Kiew rechne dabei auch jene Männer ein, die in \
Uniform Brücken und Stellungen bauten.

## Eine Forscherin mahnt zur Vorsicht

Die Koreanistin Seo-yeon Hartl von der Ludwig-Maximilians-Universität warnte davor, jede Zahl für \
bare Münze zu nehmen. »Ich halte [[10.000 bis 12.000]] Mann an der Front für realistisch, mehr \
nicht«, sagte sie. Zugleich verwies sie auf eine Einschätzung des ukrainischen \
Militärgeheimdienstes aus dem Sommer, nach der Pjöngjang [[bis zu 30.000]] weitere Soldaten \
schicken könnte. »Das wäre eine neue Dimension.«

Wie stolz das Regime auf seine Kursk-Kämpfer ist, zeigte die Militärparade zum 80. Gründungstag \
der Arbeiterpartei am vergangenen Freitag: Nach Berichten der Staatsmedien marschierten \
[[mehrere hundert]] Veteranen des Einsatzes über den Kim-Il-Sung-Platz.

In München und Umgebung leben etwa 4.000 Menschen mit südkoreanischem Pass, viele arbeiten bei \
Autozulieferern oder studieren an der TU. Die Reihe »Weltlage am Karolinenplatz« geht am 6. \
November mit einem Abend über Taiwan weiter. Eintritt 8 Euro, ermäßigt 5 Euro; U2 und U8 bis \
Königsplatz.
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "near_front", "united_states",
          "2025-09-01..2025-09-30",
          "moderator recalling a Pentagon estimate 'vom September' (X citing Y): in Kursk"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "South Korea's consul general at the panel 'am Dienstagabend' (a diplomat belongs to "
          "his government), 'sagte der Diplomat' after the figure"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "'von ihnen seien … gefallen' (breakdown)"),
        C("mindestens 20.000", 20000, "at_least", "in_russia", "ukraine", "tue",
          "Ukraine's consul general at the panel in »…«"),
        C("10.000 bis 12.000", None, "range", "near_front", "other", "tue",
          "LMU Korea scholar at the panel: at the front"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-06-01..2025-08-31",
          "the scholar citing HUR's assessment 'aus dem Sommer' (X citing Y: the source's group "
          "and date): 'weitere' (increment)", add=True),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri",
          "state media on the parade 'am vergangenen Freitag' (Thursday article: Oct 10): "
          "returnees, optional as in the earlier blind sets", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Nepal, UK, US Pacific, Latvia, Philippines, New Zealand)
# ---------------------------------------------------------------------------------------------

X07 = Source(
    article_id="x07_kathmandu_courier_first_dead_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="html_meta",
    features="Nepalese English daily in HTML, UTF-8 with BOM (`article:published_time` with "
        "+05:45, an og:title without a figure, an ad-slot script, a cookie strip, a top bar with "
        "the Nepali date and a share index, entities `&rsquo;`, `&ldquo;`, `&#9650;`); `<title>` "
        "figure (optional); headline 'Seoul says' from the NIS's Thursday figures (the "
        "publication day); a lawmaker relaying the agency ('He said'); a senior US military "
        "official 'On Monday' in quotes; HUR 'on Saturday'; a retired Nepali brigadier's `10,000 "
        "or more` additional (other, `pub`); Nepalis recruited by Russia (dead, prisoners, signed "
        "up), a helpline, age, rupees, the Nepal Army, an address",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul says [[100]] North Korean soldiers killed in Russia - The Kathmandu Courier</title>
<meta property="article:published_time" content="2024-12-19T19:30:00+05:45">
<meta property="og:title" content="Seoul says North Korean troops are dying in Kursk">
<script>var kcAds={slots:["top-728x90","side-300x250"],section:"world",refresh:30};</script>
</head>
<body>
<div class="gdpr-strip">The Courier uses cookies to learn which stories our readers value. Change \
your mind any time under Privacy settings. <button>Fine by me</button></div>
<div class="topbar">Thursday, Poush 4, 2081 | NEPSE 2,711.40 &#9650; 0.8%</div>
<nav><a href="/">Home</a> <a href="/national">National</a> <a href="/world">World</a> <a \
href="/money">Money</a> <a href="/opinion">Opinion</a></nav>
<article>
<h1>Seoul says [[100]] North Korean troops killed in Kursk fighting</h1>
<p class="byline">Courier Desk, with agencies</p>
<p>North Korea has lost [[about 100]] soldiers killed and [[close to 1,000]] wounded in its first \
weeks of combat against Ukrainian forces, South Korea&rsquo;s National Intelligence Service said \
on Thursday.</p>
<p>Lee Seong-kweun, a member of parliament&rsquo;s intelligence committee, passed on the \
agency&rsquo;s findings to reporters after a closed session in Seoul. He said [[around 11,000]] \
North Korean soldiers were now in Russia and that many had been assigned to front-line units in \
the Kursk region, where inexperience with drones had cost them dearly.</p>
<p>Washington gave a vaguer account earlier in the week. On Monday a senior US military official, \
who asked not to be named, said North Korean casualties ran into the &ldquo;[[hundreds]]&rdquo;, \
without saying how many had died. Ukraine&rsquo;s military intelligence agency, HUR, reported on \
Saturday that a single clash near the village of Plekhovo had left [[about 30]] North Korean \
soldiers dead or wounded. The figure could not be independently verified.</p>
<h2>Nepali families still waiting</h2>
<p>The news landed hard in Nepal, where families of men recruited into the Russian army have \
spent months pleading for help. The Ministry of Foreign Affairs says 12 Nepali citizens are \
confirmed dead on the Russian side and five are held in Ukraine as prisoners of war; rights \
groups estimate that more than 200 Nepalis signed up. A ministry helpline, 01-4200182, remains \
open around the clock.</p>
<p>&ldquo;Our boys went for the money. The North Koreans were sent by their own \
government,&rdquo; said Sita Gurung, 47, from Syangja district, whose son last called in August. \
She paid Rs 350,000 to a broker she can no longer reach.</p>
<p>Retired Brigadier General Prakash Thapa, who spent 34 years in the Nepal Army and now teaches \
at a Kathmandu policy institute, expects Pyongyang to send [[10,000 or more]] additional soldiers \
in 2025. &ldquo;Kim has men to spare and Moscow pays in cash,&rdquo; he told the Courier.</p>
</article>
<footer>&copy; 2024 The Kathmandu Courier Pvt. Ltd. &middot; Tripureshwor, Kathmandu &middot; <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu",
          "<title> (metadata) restating the headline", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu",
          "headline 'Seoul says': the NIS's Thursday figure (the publication day)"),
        C("about 100", 100, "approx", "casualties", "south_korea", "thu",
          "NIS 'said on Thursday' at the end of the sentence: killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (the same count split by kind)"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "a lawmaker relaying the NIS's findings after Thursday's session ('He said')"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "a senior US military official 'On Monday', in quotes"),
        C("about 30", 30, "approx", "casualties", "ukraine", "sat",
          "HUR 'reported on Saturday': dead or wounded in one clash"),
        C("10,000 or more", 10000, "at_least", "planned", "other", "pub",
          "retired Nepali brigadier 'expects … to send … additional' (increment, `pub`)",
          add=True),
    ),
)

X08 = Source(
    article_id="x08_london_evening_courier_new_malden",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-10-25"),
    dated_by="sidecar",
    sidecar=(
        "The London Evening Courier",
        "",
        "Up to 12,000 of Kim's soldiers bound for Putin's war, Kyiv warns",
    ),
    features="London evening paper, UTF-16 LE with BOM (sidecar without url, Friday), UK style "
        "with single quotes in the standfirst and double quotes in the body; headline `Up to "
        "12,000` from Zelensky 'last night' (the day before to publication); the NIS 'on "
        "Wednesday' (`some 3,000`, a new total) and the `1,500` it reported 'last Friday' (a "
        "week before, in a Friday article); the Pentagon 'the same day'; the UK defence "
        "secretary 'on Tuesday' in quotes (other); Putin without a figure; a defector in New "
        "Malden (other, `pub`); Koreans and North Korean defectors in the suburb, the dates of "
        "the expected first fighting, ages, years, pounds, a bus route",
    text="""\
WORLD

[[Up to 12,000]] of Kim's soldiers bound for Putin's war, Kyiv warns

In New Malden, home to Britain's biggest Korean community, the news from Kursk is met with 'fear \
and fury'

By Tom Ashworth

North Korea is readying [[as many as 12,000]] troops to fight for Russia, Volodymyr Zelensky said \
last night, as the first units were reported to be moving towards the Ukrainian border.

The Ukrainian president, speaking in his nightly video address, said Kyiv's intelligence expected \
the first North Korean soldiers to enter the fighting "on October 27 or 28". He urged allies to \
respond "before it is too late, not after".

The picture from Seoul is of a deployment growing by the week. South Korea's National \
Intelligence Service said on Wednesday that [[some 3,000]] soldiers had already been moved to \
Russia - double the [[1,500]] it reported last Friday. Washington confirmed the deployment for \
the first time the same day: Pentagon press secretary Sabrina Singh said [[around 3,000]] North \
Koreans were training at military sites in eastern Russia and could head west "in the coming \
weeks".

In the Commons, Defence Secretary John Healey called the move "a dangerous escalation". Britain \
believed "[[thousands]]" of North Korean soldiers were already on Russian soil, he told MPs on \
Tuesday.

Vladimir Putin, hosting a summit of the Brics countries in Kazan, did not deny the reports when \
he was asked about them yesterday. "What we do there is our own business," he said.

In New Malden, the south-west London suburb where an estimated 20,000 Koreans live, the talk on \
the high street was of little else. Among the residents are some 700 North Koreans who escaped \
the regime, thought to be the largest such community in Europe.

"Pyongyang will send [[tens of thousands]] if Moscow keeps paying," said Choi Young-chul, 54, who \
fled across the Tumen river in 2006 and now runs a grocery on Burlington Road. "For Kim, soldiers \
are an export, like coal."

At a Korean bakery nearby, owner Park Min-ji, 38, said customers had talked about nothing else \
since the weekend. "People here have family in the South. They know what a war in Korea would \
mean," she said, pouring a GBP 3.20 barley tea. The 213 bus still runs past every eight minutes, \
as if nothing had changed.
""",
    claims=(
        C("Up to 12,000", 12000, "at_most", "planned", "ukraine", "yday..pub",
          "headline 'Kyiv warns': Zelensky's figure of 'last night' to publication"),
        C("as many as 12,000", 12000, "at_most", "planned", "ukraine", "yday",
          "Zelensky 'said last night' after the figure: readying"),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'said on Wednesday': moved to Russia (a new total, not an increment)"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "'it reported last Friday' in a Friday article: the week before"),
        C("around 3,000", 3000, "approx", "in_russia", "united_states", "wed",
          "Pentagon press secretary 'the same day' (Wednesday): training in eastern Russia"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "UK defence secretary (a third government) in quotes, 'he told MPs on Tuesday'"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "North Korean defector in New Malden, in quotes: would send"),
    ),
)

X09 = Source(
    article_id="x09_pacific_sentinel_usfk_losses_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-03-20"),
    dated_by="front_matter", crlf=True,
    features="US Pacific-region military paper in Markdown, windows-1252 with CRLF (raw — and "
        "“”), front matter with `date:` (+0900) and a title figure (optional); dateline 'CAMP "
        "HUMPHREYS, South Korea —'; headline `near 4,000` from the USFK commander's Tuesday "
        "testimony (Tuesday to publication); 'said Tuesday' carried to `several thousand` back "
        "at the front and `about 14,000` ('He estimated … at'); the JCS 'Monday' `about 3,000` "
        "additional (increment); the SSO 'last week' `at least 2,000` of them; a Honolulu "
        "analyst's range (other, planned); US troops in Korea, an exercise, acres, miles, "
        "dollars, missiles",
    text="""\
---
title: "USFK commander: North Korea has lost [[near 4,000]] troops in Russia"
date: 2025-03-20 05:30:00 +0900
section: Pacific
author: "Hana Kwon, Pacific Sentinel"
tags: [USFK, North Korea, Russia, Kursk]
---

# USFK commander puts North Korean losses in Russia [[near 4,000]]

CAMP HUMPHREYS, South Korea — North Korea has lost [[roughly 4,000]] soldiers killed or wounded \
since it sent troops to fight for Russia last fall, the top U.S. commander on the peninsula said \
Tuesday.

Gen. Xavier Brunson, who leads U.S. Forces Korea, told the Senate Armed Services Committee in \
Washington that Pyongyang had nevertheless returned [[several thousand]] troops to the front \
lines in Kursk after pulling them back in February. He estimated the overall deployment at \
[[about 14,000]]. “They are taking lessons from this fight that no other army in Asia has,” he \
said in his written testimony.

In Seoul, South Korea's Joint Chiefs of Staff said Monday in a text message to reporters that \
[[about 3,000]] additional North Korean soldiers had been sent to Russia in January and February \
to make up for the losses. North Korea's state media have not acknowledged the deployment.

Ukraine's Special Operations Forces, which have fought the North Koreans since November, said \
last week that [[at least 2,000]] of them were again taking part in assaults in the border area, \
often in small groups and backed by drones.

Jenna Okafor, a senior fellow at the Pacific Forum in Honolulu, said the North can keep \
[[15,000 to 20,000]] troops in Russia “more or less indefinitely” by rotating units. “Casualties \
are a cost Pyongyang has shown it will pay,” she said.

About 28,500 U.S. service members are stationed in South Korea. This year's Freedom Shield \
exercise, which wraps up Thursday, involves some 19,000 South Korean troops. Camp Humphreys, 40 \
miles south of Seoul, covers about 3,454 acres and is the largest U.S. overseas base. Washington \
approved a $3.5 billion support package for the base in 2023; the North has fired 4 ballistic \
missiles since January.
""",
    claims=(
        C("near 4,000", 4000, "approx", "casualties", "united_states", "tue..pub",
          "front-matter title (metadata)", opt=True),
        C("near 4,000", 4000, "approx", "casualties", "united_states", "tue..pub",
          "headline 'puts … near': the USFK commander's Tuesday figure to publication"),
        C("roughly 4,000", 4000, "approx", "casualties", "united_states", "tue",
          "USFK commander 'said Tuesday' at the end of the lead: killed or wounded"),
        C("several thousand", None, "vague", "near_front", "united_states", "tue",
          "same testimony: returned to the front lines (not an increment)"),
        C("about 14,000", 14000, "approx", "in_russia", "united_states", "tue",
          "'He estimated the overall deployment at': in total"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'said Monday': 'additional … sent' (increment)", add=True),
        C("at least 2,000", 2000, "at_least", "near_front", "ukraine", "lastweek",
          "the SSO 'said last week': 'of them' in assaults"),
        C("15,000 to 20,000", None, "range", "planned", "other", "pub",
          "Honolulu analyst 'said' without a day: can keep"),
    ),
)

X10 = Source(
    article_id="x10_riga_monitor_30000_more_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-07-08"),
    dated_by="html_meta",
    features="Latvian English-language outlet in HTML, UTF-16 LE with BOM (`article:published_"
        "time` with +03:00, a dataLayer script, a consent layer with partners, a top line with "
        "the date, temperature and exchange rate, entities `&rsquo;`, `&ndash;`, `&ldquo;`, "
        "`&deg;`, `&middot;`); `<title>` figure (optional, increment); headline `up to 30,000` "
        "more from HUR's Friday estimate (increment, Friday to publication); the lede's range "
        "dated by the next sentence ('given to Riga Monitor on Friday'); Rutte in Riga 'on "
        "Monday' (nato); the NIS 'In late June'; Zelensky 'on June 25'; a Riga researcher "
        "(other, `pub`); a State Department spokeswoman without a figure; NATO troops in Latvia, "
        "defence spending, euros, the Belarus border, refugees",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>North Korea could send [[30,000]] more troops, Kyiv tells Riga Monitor</title>
<meta property="article:published_time" content="2025-07-08T14:20:00+03:00">
<meta name="author" content="Riga Monitor">
<script>dataLayer=[{pageType:"article",articleId:"rm-25-07-0412",wordCount:590}];</script>
</head>
<body>
<div id="consent-layer"><strong>Your privacy</strong> &ndash; Riga Monitor and 38 partners store \
data on your device. Choose &ldquo;Accept&rdquo; or &ldquo;Reject non-essential&rdquo;. \
<button>Accept</button> <button>Reject non-essential</button></div>
<div class="topline">Tuesday, 8 July 2025 &middot; Rīga +24&deg;C &middot; EUR/USD 1.17</div>
<nav><a href="/latvia">Latvia</a> | <a href="/baltics">Baltics</a> | <a \
href="/security">Security</a> | <a href="/business">Business</a> | <a \
href="/culture">Culture</a></nav>
<article>
<h1>Kyiv: Pyongyang preparing [[up to 30,000]] more soldiers for Russia</h1>
<p class="lede">North Korea is getting ready to send [[25,000 to 30,000]] additional troops to \
fight for Russia, Ukraine&rsquo;s military intelligence believes &ndash; a move that Baltic \
officials fear would free Russian units for use elsewhere, including along NATO&rsquo;s eastern \
flank.</p>
<p>The estimate was given to Riga Monitor on Friday by the press office of HUR, as \
Ukraine&rsquo;s defence intelligence is known. Recruitment and training of the new contingent \
were under way, it said, and the first groups could leave North Korea within weeks.</p>
<p>NATO Secretary General Mark Rutte, in Riga on Monday for talks with Prime Minister Evika \
Siliņa, would not comment on the intelligence. But he said the alliance counted \
&ldquo;[[well over 14,000]]&rdquo; North Korean soldiers sent to Russia since last autumn. \
&ldquo;Every one of them is a Russian soldier who can be moved somewhere else,&rdquo; he said.</p>
<p>Seoul has been more cautious. In late June, South Korea&rsquo;s National Intelligence Service \
estimated that [[around 11,000]] North Koreans remained in Russia. Volodymyr Zelensky, speaking \
at the NATO summit in The Hague on June 25, said [[about 10,000]] of them were still deployed in \
the Kursk region. A State Department spokeswoman said only that Washington had &ldquo;seen \
nothing to contradict&rdquo; Kyiv&rsquo;s latest estimate.</p>
<p>&ldquo;This is not a symbolic deployment any more,&rdquo; said Ilze Kalniņa, a researcher at \
the Latvian Institute of International Affairs. She believes Pyongyang has already lost \
[[around 5,000]] men killed or wounded and is prepared to lose many more.</p>
<p>Latvia plans to raise defence spending to 5% of GDP next year, roughly &euro;2 billion, and is \
fortifying its 173-kilometre border with Belarus. Some 3,500 allied troops serve in the \
multinational brigade at Ādaži, while about 47,000 Ukrainian refugees have registered in the \
country since 2022.</p>
</article>
<footer>&copy; 2025 Riga Monitor SIA &middot; Reg. No. 40103551928 &middot; <a \
href="/about">About us</a></footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "fri..pub",
          "<title> (metadata): 'more' (increment)", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "fri..pub",
          "headline 'Kyiv:': HUR's Friday estimate to publication, 'more' (increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "fri",
          "lede: HUR 'believes', dated by the next sentence ('given … on Friday'): additional",
          add=True),
        C("well over 14,000", 14000, "at_least", "in_russia", "nato", "mon",
          "Rutte in Riga 'on Monday', in quotes: sent to Russia"),
        C("around 11,000", 11000, "approx", "in_russia", "south_korea", "2025-06-21..2025-06-30",
          "NIS 'In late June': remained in Russia"),
        C("about 10,000", 10000, "approx", "near_front", "ukraine", "2025-06-25",
          "Zelensky 'on June 25': 'of them' in the Kursk region"),
        C("around 5,000", 5000, "approx", "casualties", "other", "pub",
          "Riga researcher 'She believes' (present tense): killed or wounded"),
    ),
)

X11 = Source(
    article_id="x11_kapuluan_news_deminers",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-06-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kapuluan Broadcasting Network News",
        "https://news.kapuluan.example/world/06/18/25/russia-north-korea-6000-kursk",
        "Russia says North Korea will send 6,000 troops to rebuild Kursk",
    ),
    features="Philippine broadcaster's web story in windows-1252 with CRLF (sidecar, Wednesday; "
        "a 'Posted at Jun 18 2025 07:41 PM' line), dateline 'MANILA —'; headline `6,000` from "
        "Shoigu's Tuesday figures (Tuesday to publication); Shoigu 'said on Tuesday' `1,000` "
        "sappers and `5,000` builders (planned, not increments); KCNA 'on Wednesday' in quotes "
        "(north_korea); the NIS 'in late April' (two figures, `of them` breakdown); HUR 'last "
        "week'; a University of the Philippines professor `up to 20,000` (other, `pub`); "
        "Filipinos in Russia, a hotline and an embassy number, peso salaries, recruits",
    text="""\
Russia says North Korea will send [[6,000]] troops to rebuild Kursk

Kapuluan Broadcasting Network News | World
Posted at Jun 18 2025 07:41 PM

MANILA — Sergei Shoigu, who heads Russia's Security Council, said on Tuesday that Pyongyang would \
send [[1,000]] sappers to clear mines and [[5,000]] military builders to help restore the Kursk \
region, as the two countries deepen an alliance that has alarmed Seoul and Washington.

Shoigu, who met North Korean leader Kim Jong Un in Pyongyang on his third visit in as many \
months, told Russian reporters the builders were coming to “heal what the enemy destroyed.”

North Korea's official Korean Central News Agency on Wednesday carried remarks by Kim praising \
“[[thousands]] of our heroic sons” who had fought in Kursk, without giving a number for the dead.

South Korea's National Intelligence Service estimated in late April that the North had sent \
[[some 15,000]] soldiers to Russia in total and that [[roughly 4,700]] of them had been killed or \
wounded. Ukraine's military intelligence said last week that [[around 11,000]] were still in the \
Kursk area, some of them now manning artillery and air-defence units.

In Manila, the Department of Foreign Affairs (DFA) again urged Filipinos not to accept jobs in \
Russia's border regions. Around 1,800 Filipinos live and work in Russia, most of them in Moscow \
and St. Petersburg, the DFA said. At least three Filipinos are known to have been recruited by \
the Russian army after answering online ads promising P150,000 a month.

Those needing help may call the OFW hotline 1348 or the Philippine Embassy in Moscow at +7 495 \
241-0563.

“What Shoigu described sounds like a permanent presence,” said Professor Teresita Dizon of the \
University of the Philippines' Asian Center. She expects the number of North Koreans in Russia to \
reach [[up to 20,000]] before the year ends. “For Manila, the worry is less Kursk than what \
Pyongyang learns there and brings home to our region.”
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia says … will send': Shoigu's Tuesday figures added up, to publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said on Tuesday': sappers to be sent to clear mines (not an increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders"),
        C("thousands", None, "vague", "near_front", "north_korea", "wed",
          "KCNA 'on Wednesday' quoting Kim: fought in Kursk"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'estimated in late April': sent in total"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same estimate, 'of them' (breakdown): killed or wounded"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'said last week': still in the Kursk area"),
        C("up to 20,000", 20000, "at_most", "planned", "other", "pub",
          "UP professor 'She expects' (present tense): by year end"),
    ),
)

X12 = Source(
    article_id="x12_apr_news_a_year_on_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-20"),
    dated_by="sidecar",
    sidecar=(
        "APR News",
        "",
        "A year on, North Korea's soldiers are still in Russia",
    ),
    features="New Zealand radio website in Markdown, ISO-8859-1 with straight quotes and '-' "
        "(sidecar without url, Thursday; front matter without a date, with programme, audio "
        "link and duration); the standfirst `about 15,000` from the NIS (Tuesday to "
        "publication); the lead's figures dated by the next sentence ('on Tuesday, according "
        "to members who attended'), 'also said' carrying it to 'another `5,000`' (increment); "
        "Zelensky 'at the weekend'; Rutte 'In October' in quotes and a NATO official 'at the "
        "time' (breakdown); a Wellington researcher's range (other, `pub`); the station's own "
        "tally (unattributed, required, range); NZ sanctions, NZDF trainers and Ukrainians "
        "trained, NZ dollars, the NZDF's size, audio duration, phone",
    text="""\
---
title: "A year on, North Korea's soldiers are still in Russia"
programme: Morning Edition
category: World
audio: "https://media.apr-news.example/audio/2025/11/world-nk-russia-a-year-on.mp3"
duration: "6:42"
---

# A year on, North Korea's soldiers are still in Russia

*Seoul now believes [[about 15,000]] have been sent. A Wellington researcher says the real losses \
are far higher than officials admit.*

South Korea's spy agency says [[about 15,000]] North Korean soldiers have now been sent to Russia \
since the first units arrived in October last year, and that [[roughly 2,000]] of them have been \
killed.

The National Intelligence Service gave the updated figures to a parliamentary committee in Seoul \
on Tuesday, according to members who attended. The agency also said the North had sent another \
[[5,000]] military builders, who have been moving to Russia in stages since September.

Ukraine's President Volodymyr Zelensky said at the weekend that [[about 10,000]] North Koreans \
were still deployed in Russia's border regions, some of them operating drones and artillery \
against Ukrainian towns across the frontier.

In October, NATO Secretary-General Mark Rutte gave the number fighting for Russia as \
"[[more than 12,000]]" during talks in Brussels with Indo-Pacific partners, among them New \
Zealand's Foreign Minister Winston Peters. A NATO official said at the time that [[around 1,000]] \
of them were deminers clearing the Kursk region.

Associate Professor Hana Whitcombe, who researches North Korea at Victoria University of \
Wellington, told Morning Edition the official death toll was "almost certainly too low". She \
estimates that [[3,000 to 4,000]] North Koreans have died, many of them in last winter's fighting \
around Kursk, where "they were used as assault infantry and paid for it".

An APR tally of every official estimate published since October 2024 suggests that \
[[between 14,000 and 18,000]] North Koreans have served in Russia at some point - about as many \
people as the whole NZ Defence Force, which has roughly 15,000 regular, reserve and civilian staff.

New Zealand has sanctioned 24 North Korean individuals and entities since 2023. Up to 100 NZDF \
personnel remain in the United Kingdom and Europe, where they have helped train more than 4,000 \
Ukrainian recruits; the Government has committed NZ$16 million to the effort this year.

Listen to the full interview with Hana Whitcombe on Morning Edition (6 min 42 s). Feedback: 0800 \
277 637.
""",
    claims=(
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue..pub",
          "standfirst 'Seoul now believes': the NIS's Tuesday figure to publication"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "lead 'says', dated by the next sentence ('on Tuesday, according to members who "
          "attended')"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "same sentence, 'of them' (breakdown): killed"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'The agency also said … another' (increment; span without the word): moving to "
          "Russia in stages", add=True),
        C("about 10,000", 10000, "approx", "near_front", "ukraine", "sat..sun",
          "Zelensky 'at the weekend': in the border regions"),
        C("more than 12,000", 12000, "at_least", "near_front", "nato",
          "2025-10-01..2025-10-31", "Rutte 'In October', in quotes: fighting for Russia"),
        C("around 1,000", 1000, "approx", "near_front", "nato", "2025-10-01..2025-10-31",
          "a NATO official 'at the time' (October carried): 'of them' deminers in Kursk "
          "(breakdown)"),
        C("3,000 to 4,000", None, "range", "casualties", "other", "pub",
          "Wellington researcher 'She estimates' (present tense): died"),
        C("between 14,000 and 18,000", None, "range", "in_russia", "unattributed", "pub",
          "the station's own tally of official estimates (an outlet's own reckoning: required)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    X01, X02, X03, X04, X05, X06,
    X07, X08, X09, X10, X11, X12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
