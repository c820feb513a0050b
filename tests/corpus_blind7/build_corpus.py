"""Build the SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

A ninth corpus for an honest measurement on articles the extractor has never met, written in
session 8 without opening the extractor, its lexicons or the topic file, and without running it.
Ordinary news from outlets and angles the other corpora do not have: a Bavarian regional daily's
politics page, a Berlin paper's online "what we know" explainer, a Swiss Sunday paper, an
Austrian broadsheet's analysis, a German news magazine's short item on a think-tank study and a
public broadcaster's evening-news web text; a Canadian national paper, an Irish daily's world
page, a Singapore English-language daily, a Seoul English-language daily on a parliamentary
intelligence briefing, a US cable-news website's update story and an Australian public
broadcaster's analysis. Same file format, marker syntax and labelling conventions as the other
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
BASE_NAME = "_blind7_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

R01 = Source(
    article_id="r01_bayern_tagblatt_siko_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-02-17"),
    dated_by="html_meta",
    features="Bavarian regional daily's politics page in HTML (`article:published_time` with "
        "+01:00, a consent banner with 96 vendors, local navigation, a data script, a footer "
        "with a phone number); `og:title` figure (optional); headline 'Selenskyj in München' "
        "from his Saturday speech at the Munich Security Conference (Saturday to publication); "
        "Konjunktiv carried over three sentences ('Nach Erkenntnissen Kiews bereite …', `bis zu "
        "3.000` zusätzliche: increment); Rutte 'Schon am Freitag' „deutlich mehr als 10.000“; "
        "a US delegate 'am Freitag'; NIS 'vergangene Woche' through lawmakers; a local CSU MP "
        "'am Sonntag im Gespräch mit unserer Zeitung' „Tausende“ (other); guests, countries, "
        "police officers, 'vor Hunderten Zuhörern', age, euros",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Sicherheitskonferenz: Selenskyj warnt vor Nachschub aus Pjöngjang | \
Isar-Donau-Zeitung</title>
<meta property="og:title" content="Selenskyj in München: [[Fast 4.000]] Nordkoreaner tot oder \
verwundet">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-17T05:30:00+01:00">
<meta property="article:section" content="Politik">
<link rel="canonical" \
href="https://www.idz.example/politik/sicherheitskonferenz-selenskyj-nordkorea-id7781204.html">
<script>var idzData={ressort:"politik",artId:7781204,paid:false,wc:560};</script>
<script async src="https://cdn.idz.example/js/consent-2.4.1.min.js"></script>
</head>
<body>
<div class="cmp-banner">Diese Website nutzt Cookies und vergleichbare Techniken. Wir und unsere 96 \
Drittanbieter verarbeiten Ihre Daten für personalisierte Werbung und Reichweitenmessung. \
<button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<header><a href="/" class="logo">Isar-Donau-Zeitung</a>
<nav>Bayern | Politik | Wirtschaft | Sport | Landshut | Dingolfing | Straubing | \
ePaper</nav></header>
<main>
<article>
<p class="dachzeile">Münchner Sicherheitskonferenz</p>
<h1>Selenskyj in München: [[Fast 4.000]] Nordkoreaner tot oder verwundet</h1>
<p class="teaser">Der ukrainische Präsident warnt im Bayerischen Hof vor neuen Truppen aus \
Pjöngjang. Ein niederbayerischer Abgeordneter verlangt mehr Tempo bei der Hilfe für Kiew.</p>
<p class="autor">Von Stefanie Hirschberger, München</p>
<p>Wolodymyr Selenskyj hat auf der Münchner Sicherheitskonferenz ein düsteres Bild von den Kämpfen \
im russischen Grenzgebiet Kursk gezeichnet. Nordkorea habe Russland bislang [[rund 12.000]] \
Soldaten zur Verfügung gestellt, sagte der ukrainische Präsident am Samstag vor Hunderten Zuhörern \
im Hotel Bayerischer Hof. [[Fast 4.000]] von ihnen seien getötet oder verwundet worden.</p>
<p>Nach Erkenntnissen Kiews bereite Machthaber Kim Jong Un bereits die nächste Verlegung vor. Im \
Gespräch seien [[bis zu 3.000]] zusätzliche Männer, die noch vor dem Frühjahr an die Front kommen \
könnten. Die Nordkoreaner lernten schnell, so Selenskyj: „Sie kommen als Rekruten und gehen als \
Drohnenexperten.“</p>
<p>Schon am Freitag hatte Nato-Generalsekretär Mark Rutte auf einem Podium gesagt, das Bündnis \
gehe von „[[deutlich mehr als 10.000]]“ nordkoreanischen Soldaten in Russland aus. Ein Mitglied \
der US-Delegation bezifferte die Zahl der Nordkoreaner im Gebiet Kursk am selben Tag auf \
„[[etwa 11.000]]“.</p>
<h2>Seoul: Einheiten seit Wochen nicht mehr an der Front</h2>
<p>Südkoreas Geheimdienst NIS hatte vergangene Woche Abgeordneten in Seoul berichtet, \
[[mehr als 3.000]] Nordkoreaner seien bisher getötet oder verletzt worden. Seit Mitte Januar seien \
die Truppen in keine Gefechte mehr verwickelt gewesen, womöglich wegen der hohen Verluste.</p>
<h2>„Auch eine Frage für Bayern“</h2>
<p>Am Rande der Konferenz verlangte der CSU-Bundestagsabgeordnete Markus Gschwendtner aus dem \
Landkreis Dingolfing-Landau, Deutschland müsse seine Unterstützung für die Ukraine ausbauen. „Wenn \
[[Tausende]] nordkoreanische Soldaten mitten in Europa kämpfen, ist das auch eine Frage für uns in \
Bayern“, sagte er am Sonntag im Gespräch mit unserer Zeitung. Der 47-Jährige sitzt im \
Verteidigungsausschuss.</p>
<p>Die Konferenz mit rund 450 Gästen aus mehr als 60 Ländern wurde von etwa 5.000 Polizisten \
gesichert. Beim Empfang der Staatsregierung in der Residenz ging es vor allem um die Zukunft der \
Nato und um die Frage, ob Europa ohne die USA bestehen kann.</p>
</article>
<aside><h3>Mehr aus der Politik</h3><ul><li>Landtag: 180 Millionen Euro für Kasernen in \
Ostbayern</li><li>Grenzkontrollen: Bundespolizei zieht Bilanz</li></ul></aside>
</main>
<footer><p>© 2025 Isar-Donau-Zeitung · Impressum · Datenschutz · Abo-Service: 0871 \
850-0</p></footer>
</body>
</html>
""",
    claims=(
        C("Fast 4.000", 4000, "approx", "casualties", "ukraine", "sat..pub",
          "og:title (metadata) restating the headline", opt=True),
        C("Fast 4.000", 4000, "approx", "casualties", "ukraine", "sat..pub",
          "headline 'Selenskyj in München': his Saturday figure (Saturday to publication)"),
        C("rund 12.000", 12000, "approx", "in_russia", "ukraine", "sat",
          "Zelensky 'am Samstag' at the conference: put at Russia's disposal"),
        C("Fast 4.000", 4000, "approx", "casualties", "ukraine", "sat",
          "same speech, Konjunktiv: killed or wounded"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "sat",
          "'Nach Erkenntnissen Kiews bereite …', '… so Selenskyj': zusätzliche (increment)",
          add=True),
        C("deutlich mehr als 10.000", 10000, "at_least", "in_russia", "nato", "fri",
          "Rutte 'Schon am Freitag': in Russia"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "fri",
          "a member of the US delegation 'am selben Tag' (Friday): in Kursk"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "south_korea", "lastweek",
          "NIS 'vergangene Woche' to lawmakers: killed or wounded"),
        C("Tausende", None, "vague", "near_front", "other", "sun",
          "CSU MP (a German politician: other) 'am Sonntag', in quotes: fighting"),
    ),
)

R02 = Source(
    article_id="r02_berlin_was_wir_wissen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2024-12-18"),
    dated_by="front_matter",
    features="Berlin paper's online 'what we know' explainer in Markdown with BOM (front "
        "matter `date:`, Wednesday), question subheadings; an unsourced teaser 'sollen … "
        "gebracht worden sein' (reporter framing: optional); NIS figure 'im November' "
        "(month); Pentagon spokesman 'am Montag' with a range `Zwischen 11.000 und 12.000`; "
        "HUR 'geht … aus' in the present (`pub`) with 'darunter 500 Offiziere' (breakdown); "
        "a US defence official 'ebenfalls am Montag' „mehreren hundert“; HUR 'am Sonntag'; "
        "the paper's own count 'Nach dieser Zählung' (unattributed, required); JCS 'am "
        "Dienstag' „einige tausend“ weitere (increment); pay in dollars, North Korea's army, "
        "'mehr als eine Million'",
    text="""\
---
title: "Nordkoreas Soldaten im Ukraine-Krieg: Was wir wissen – und was nicht"
date: 2024-12-18
author: Jonas Pietrzak
ressort: Politik
format: Erklärstück
---

# Nordkoreas Soldaten im Ukraine-Krieg: Was wir wissen – und was nicht

*Seit Oktober sollen [[mehr als 10.000]] Nordkoreaner nach Russland gebracht worden sein. \
Inzwischen kämpfen sie im Gebiet Kursk, und es gibt erste Verlustzahlen. Ein Überblick.*

Von Jonas Pietrzak

## Wie viele Nordkoreaner sind in Russland?

Die Zahl, die man am häufigsten liest, lautet [[11.000]]. Sie geht auf Südkoreas Nachrichtendienst \
NIS zurück, der im November Abgeordneten in Seoul berichtete, so viele Soldaten seien seit Oktober \
per Schiff und Flugzeug nach Russland gebracht worden. Das Pentagon kommt auf eine ähnliche \
Größenordnung: [[Zwischen 11.000 und 12.000]] Mann stünden inzwischen im Gebiet Kursk, sagte \
Sprecher Pat Ryder am Montag in Washington.

Die Ukraine nennt eine etwas höhere Zahl. Ihr Militärgeheimdienst HUR geht von [[rund 12.000]] \
Mann aus, darunter [[500]] Offiziere.

## Kämpfen sie schon?

Ja. Seit Anfang Dezember mehren sich die Hinweise auf Gefechte. Ein hochrangiger Vertreter des \
US-Verteidigungsministeriums sprach ebenfalls am Montag von „[[mehreren hundert]]“ getöteten und \
verwundeten Nordkoreanern – die erste Verlustzahl aus Washington. Wie viele davon tot sind, sagte \
er nicht.

Der HUR meldete am Sonntag, bei Angriffen auf Dörfer im Gebiet Kursk seien [[mindestens 30]] \
nordkoreanische Soldaten getötet oder verwundet worden. Präsident Wolodymyr Selenskyj sprach am \
Montagabend nur von „spürbaren“ Verlusten.

## Woher stammen die Zahlen?

Überprüfen lässt sich keine davon. Russland hat die Entsendung nie bestätigt, Kremlsprecher Dmitri \
Peskow nennt entsprechende Berichte bis heute „Spekulation“. Nordkorea schweigt. Die Angaben \
stammen fast ausschließlich von Geheimdiensten, die ein eigenes Interesse daran haben, wie dieser \
Krieg wahrgenommen wird.

## Was ergibt unsere eigene Zählung?

Unsere Redaktion hat alle seit Anfang Dezember öffentlich gewordenen Meldungen über einzelne \
Gefechte zusammengetragen. Nach dieser Zählung sind [[mindestens 200]] Nordkoreaner getötet \
worden. Die tatsächliche Zahl dürfte deutlich höher liegen, weil viele Gefechte nie gemeldet werden.

## Kommen noch mehr?

Das halten Militärs in Seoul für wahrscheinlich. Der südkoreanische Generalstab (JCS) erklärte am \
Dienstag, Pjöngjang bereite womöglich eine weitere Entsendung vor: Es gebe Hinweise, dass \
„[[einige tausend]]“ weitere Soldaten dafür ausgebildet würden. Auch Raketenwerfer und \
Artilleriegeschütze könnten folgen.

## Was bekommt Nordkorea dafür?

Devisen, Technik und Kampferfahrung. Nach südkoreanischen Schätzungen zahlt Moskau pro Soldat rund \
2.000 Dollar im Monat, von denen der größte Teil beim Staat bleibt. Hinzu kommen Öl und womöglich \
Hilfe bei Satelliten. Die nordkoreanische Armee selbst zählt mehr als eine Million Soldaten – der \
Einsatz in Russland bindet nur einen kleinen Teil davon.
""",
    claims=(
        C("mehr als 10.000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "teaser 'sollen … gebracht worden sein' without a source (reporter framing)",
          opt=True),
        C("11.000", 11000, "exact", "in_russia", "south_korea", "2024-11-01..2024-11-30",
          "NIS 'im November' to lawmakers (month): brought to Russia"),
        C("Zwischen 11.000 und 12.000", None, "range", "near_front", "united_states", "mon",
          "Pentagon spokesman 'am Montag': in the Kursk region"),
        C("rund 12.000", 12000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'geht … aus', present tense without a date"),
        C("500", 500, "exact", "in_russia", "ukraine", "pub",
          "same sentence, 'darunter 500 Offiziere' (breakdown)"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "a senior US defence official 'ebenfalls am Montag': killed and wounded"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'am Sonntag': killed or wounded"),
        C("mindestens 200", 200, "at_least", "casualties", "unattributed", "pub",
          "the paper's own count 'Nach dieser Zählung' (required)"),
        C("einige tausend", None, "vague", "planned", "south_korea", "tue",
          "JCS 'am Dienstag': weitere soldiers trained for a new deployment (increment)",
          add=True),
    ),
)

R03 = Source(
    article_id="r03_ch_sonntag_gefangene",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-02"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Zürcher Sonntagsblatt",
        "https://www.sonntagsblatt-zh.example/ausland/zwei-gefangene-die-nicht-mehr-nach-hause-w"
        "ollen-ld.88214",
        "Zwei Gefangene, die nicht mehr nach Hause wollen",
    ),
    features="Swiss Sunday paper in windows-1252 with CRLF (sidecar, Sunday): `ss`, «» and ‹› "
        "quotes, `11'000`, `34'000`, 4-digit `4000`/`1000`; headline 'Zwei Gefangene' and "
        "'nach eigenen Angaben' without a date (`pub`: Saturday–Sunday); the ICRC in Geneva "
        "without a figure; NIS 'am Donnerstag' with three figures in one sentence pair "
        "(`zwischen 1000 und 1500` nachgeschickt: increment, range); HUR 'Mitte Februar', the "
        "source named at the end ('hiess es in Kiew'); a Lausanne military historian 'sagt' "
        "«Hunderte» (other, `pub`); ages, refugees, Russian prisoners, ICRC staff, francs, "
        "1949, a phone number",
    text="""\
Ausland

[[Zwei]] Gefangene, die nicht mehr nach Hause wollen

Seit Januar sitzen die beiden Nordkoreaner in ukrainischer Haft. Einer möchte nach Südkorea. Für \
das IKRK in Genf ist das ein heikler Fall.

Von Martina Bürgi

Der jüngere ist 20, der ältere 26. Beide wurden im Januar im russischen Gebiet Kursk verwundet \
aufgegriffen, beide sprechen weder Russisch noch Ukrainisch. Seit Wochen werden sie in Kiew \
befragt – und inzwischen hat einer von ihnen südkoreanischen Journalisten gesagt, er wolle nicht \
zurück in den Norden.

Die Ukraine hält nach eigenen Angaben [[zwei]] nordkoreanische Kriegsgefangene. Präsident \
Wolodymyr Selenskyj hatte Pjöngjang im Januar angeboten, sie gegen ukrainische Soldaten in \
russischer Gefangenschaft auszutauschen. Eine Antwort kam nie. Kiew selbst hält mehr als 1000 \
russische Gefangene.

Das Internationale Komitee vom Roten Kreuz (IKRK) hat die beiden Männer besucht. «Wir sehen alle \
Kriegsgefangenen, zu denen wir Zugang erhalten, über einzelne Fälle sprechen wir nicht \
öffentlich», sagt eine Sprecherin in Genf. Nach der Dritten Genfer Konvention von 1949 müssen \
Gefangene nach Kriegsende heimgeschafft werden – es sei denn, ihnen droht dort Verfolgung. Genau \
darum gehe es nun, sagen Völkerrechtler.

Seoul hat bereits signalisiert, die beiden aufzunehmen. Südkoreas Verfassung betrachtet alle \
Nordkoreaner als eigene Staatsbürger; rund 34'000 Geflüchtete aus dem Norden leben heute im Süden.

Der Tod ist die Regel, nicht die Gefangenschaft

Dass überhaupt Nordkoreaner lebend gefasst wurden, gilt als Ausnahme. Die Soldaten hätten Befehl, \
sich eher selbst zu töten, als sich zu ergeben, berichtete der südkoreanische Nachrichtendienst \
NIS am Donnerstag. Von den [[rund 11'000]] Nordkoreanern, die im Herbst nach Russland kamen, seien \
inzwischen [[etwa 4000]] tot oder verwundet. Seit Jahresbeginn habe Pjöngjang \
[[zwischen 1000 und 1500]] Mann nachgeschickt.

Mitte Februar war gemeldet worden, die Nordkoreaner seien nach den schweren Verlusten aus den \
Kämpfen abgezogen worden. [[Mehrere tausend]] von ihnen warteten in Lagern weit hinter der Front \
auf neue Befehle, hiess es in Kiew beim Militärgeheimdienst.

Der Lausanner Militärhistoriker Laurent Aebischer hält die Zahl der Selbsttötungen für erheblich. \
«Es dürften [[Hunderte]] sein, die lieber eine Granate gezündet haben, als in Gefangenschaft zu \
geraten», sagt er. Das Regime habe den Männern eingeschärft, eine Gefangennahme sei ‹Verrat am \
Vaterland›.

Das IKRK beschäftigt in der Ukraine rund 800 Mitarbeitende, sein Budget für das Land beträgt \
dieses Jahr knapp 300 Millionen Franken. Angehörige von Vermissten erreichen den Suchdienst unter \
058 400 11 22.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "pub",
          "headline: the prisoners of the body's 'nach eigenen Angaben' (no date)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "pub",
          "'Die Ukraine hält nach eigenen Angaben' without a date: prisoners (captured)"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'am Donnerstag', Konjunktiv carried: came to Russia in the autumn"),
        C("etwa 4000", 4000, "approx", "casualties", "south_korea", "thu",
          "same sentence: dead or wounded"),
        C("zwischen 1000 und 1500", None, "range", "in_russia", "south_korea", "thu",
          "next sentence, 'nachgeschickt' (increment)", add=True),
        C("Mehrere tausend", None, "vague", "in_russia", "ukraine",
          "2025-02-11..2025-02-20",
          "'Mitte Februar', source named at the end ('hiess es in Kiew beim "
          "Militärgeheimdienst'): in camps far behind the front"),
        C("Hunderte", None, "vague", "casualties", "other", "pub",
          "Lausanne military historian 'sagt' (present, no date): killed themselves"),
    ),
)

R04 = Source(
    article_id="r04_at_analyse_schweigen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Die Wiener Tagespost",
        "https://www.wienertagespost.example/ausland/analyse-moskau-pjoengjang-kursk/4019273",
        "Warum Moskau und Pjöngjang jetzt offen über Kursk reden",
    ),
    features="Austrian broadsheet's analysis as an HTML page in ISO-8859-1 without a meta "
        "date (sidecar, Wednesday), typographic quotes and dashes only as entities "
        "(`&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`), a dataLayer script, a cookie note, a "
        "footer with a register and phone number; Austrian `Jänner`, `Feber`, `heuer`; "
        "Gerasimov and KCNA without a figure; NIS 'schon im Jänner' (month), 'Anfang Feber' "
        "`nachgeschickt` (increment), JCS 'Mitte März' `3.000 weiteren` (increment, span "
        "without the word); the State Department 'am 12. März' (explicit date); the "
        "Ukrainian General Staff 'Anfang April' `über 6.000`; NIS 'Mittwoch vergangener "
        "Woche' (a week before); a Viennese strategist 'rechnet damit' `bis zu 20.000` "
        "weitere (increment, `pub`); refugees in Austria, Russian losses, budget in euros, "
        "'kaum doppelt so groß', 1955",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Analyse: Warum Moskau und Pjöngjang jetzt offen über Kursk reden &ndash; Die Wiener \
Tagespost</title>
<meta name="description" content="Nach Monaten des Leugnens feiern Russland und Nordkorea den \
gemeinsamen Einsatz. Eine Analyse.">
<meta property="og:site_name" content="Die Wiener Tagespost">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"ressort":"ausland","typ":"analyse",\
"id":"4019273"});</script>
</head>
<body>
<div id="cookie-hinweis">Wir verwenden Cookies, um Ihnen ein optimales Leseerlebnis zu bieten. \
Näheres in unserer <a href="/datenschutz">Datenschutzerklärung</a>. \
<button>Einverstanden</button></div>
<nav><a href="/">Startseite</a> &middot; <a href="/innenpolitik">Innenpolitik</a> &middot; <a \
href="/ausland">Ausland</a> &middot; <a href="/wirtschaft">Wirtschaft</a> &middot; <a \
href="/wien">Wien</a> &middot; <a href="/meinung">Meinung</a></nav>
<article>
<p class="rubrik">Analyse</p>
<h1>Warum Moskau und Pjöngjang jetzt offen über Kursk reden</h1>
<p class="lead">Ein halbes Jahr lang leugneten beide Regime den Einsatz nordkoreanischer Soldaten. \
Nun feiern sie ihn. Dahinter steckt Kalkül &ndash; und eine Rechnung, die für Kim Jong Un \
aufgeht.</p>
<p class="autor">Von Katharina Leitgeb</p>
<p>Am Samstag war es Generalstabschef Waleri Gerassimow, der den &bdquo;Heldenmut&ldquo; der \
nordkoreanischen Kameraden bei der Rückeroberung des Gebiets Kursk pries. Am Montag zog Pjöngjang \
nach: Kim habe die Entsendung persönlich angeordnet, gestützt auf Artikel 4 des Beistandspakts, \
meldete die Staatsagentur KCNA. Zahlen nannten weder Moskau noch Pjöngjang. Die kommen weiterhin \
aus Seoul, Kiew und Washington.</p>
<h2>Was die Geheimdienste zählen</h2>
<p>Der südkoreanische Nachrichtendienst NIS ging schon im Jänner davon aus, dass [[rund 11.000]] \
Nordkoreaner in Russland stationiert sind. Anfang Feber meldete er, Pjöngjang habe [[etwa 1.500]] \
Mann nachgeschickt; Mitte März sprach der Generalstab in Seoul von [[3.000]] weiteren Soldaten, \
die seit Jahresbeginn eingetroffen seien. Washington ging da bereits von [[mehr als 11.000]] \
Nordkoreanern in Russland aus, wie das US-Außenministerium am 12. März mitteilte.</p>
<p>Die Verluste sind enorm. Der ukrainische Generalstab bezifferte sie Anfang April auf \
[[über 6.000]] Tote und Verwundete &ndash; bei einem Kontingent, das kaum doppelt so groß ist. \
Nach den jüngsten Angaben des NIS vom Mittwoch vergangener Woche stehen derzeit noch \
[[rund 2.500]] Nordkoreaner im Gebiet Kursk.</p>
<h2>Ein Einsatz, der sich rechnet</h2>
<p>Für Kim zahlt sich der Krieg aus: Devisen, Öl, Hilfe bei Raketen und Satelliten, dazu \
Kampferfahrung, die keine andere Armee Asiens hat. Der Wiener Militärstratege Gerald Pfandl hält \
das offene Bekenntnis deshalb für ein Signal. &bdquo;Wer einen Einsatz zugibt, kann ihn auch \
ausweiten&ldquo;, sagt Pfandl. Er rechnet damit, dass Nordkorea heuer [[bis zu 20.000]] weitere \
Soldaten nach Russland schicken könnte, nicht nur an die Front, sondern auch als Pioniere und \
Bautrupps.</p>
<p>Russland wiederum verliert nach britischen Schätzungen täglich mehr als 1.000 Mann an Toten und \
Verwundeten. In Österreich sind nach Angaben des Innenministeriums rund 80.000 Vertriebene aus der \
Ukraine registriert; das Verteidigungsbudget steigt heuer auf 4,6 Milliarden Euro. An der \
Neutralität von 1955 will in Wien niemand rütteln.</p>
</article>
<footer>© Die Wiener Tagespost 2025 &middot; Impressum &middot; FN 102938 k &middot; Leserservice: \
+43 1 514 14-0</footer>
</body>
</html>
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea",
          "2025-01-01..2025-01-31", "NIS 'schon im Jänner' (month): stationed in Russia"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "2025-02-01..2025-02-10",
          "NIS ('er') 'Anfang Feber': nachgeschickt (increment)", add=True),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "JCS 'Mitte März': '3.000 weiteren' arrived (increment, span without the word)",
          add=True),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "2025-03-12",
          "State Department 'am 12. März' (explicit date, after the figure)"),
        C("über 6.000", 6000, "at_least", "casualties", "ukraine", "2025-04-01..2025-04-10",
          "Ukrainian General Staff 'Anfang April': dead and wounded"),
        C("rund 2.500", 2500, "approx", "near_front", "south_korea", "2025-04-23",
          "NIS 'vom Mittwoch vergangener Woche' (Wednesday article: a week before): in Kursk"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Viennese strategist 'rechnet damit' (present, no date; 'heuer' is the event "
          "window): could send weitere (increment)", add=True),
    ),
)

R05 = Source(
    article_id="r05_magazin_studie_kurz_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "Perspektive",
        "https://www.perspektive-magazin.example/ausland/nordkorea-studie-soldaten-russland-a-5c"
        "71e0",
        "Studie: Nordkorea schickte deutlich mehr Soldaten als bekannt",
    ),
    features="German news magazine's short news item in Markdown, windows-1252, front matter "
        "without a date (sidecar, Wednesday); headline 'Studie:' from a think-tank study "
        "published 'am Dienstag' (other), its figures carried by 'Laut ZOS', Konjunktiv and "
        "'schreiben die Forscher' (source at the end): a range `zwischen 5.000 und 6.000`, "
        "'rechnen … mit mehreren tausend weiteren' (increment); the NIS 'Anfang September'; "
        "HUR 'im Sommer' (season: June–August); satellite images, pages, euros, shells, "
        "dollars",
    text="""\
---
title: "Studie: Nordkorea schickte deutlich mehr Soldaten als bekannt"
ressort: Ausland
kategorie: Kurz gemeldet
---

# Studie: Nordkorea hat [[rund 15.000]] Soldaten nach Russland geschickt

**Ein Hamburger Institut wertet Satellitenbilder und Bahndaten aus – und kommt auf weit höhere \
Zahlen als die Geheimdienste.**

Nordkorea hat nach einer neuen Untersuchung deutlich mehr Soldaten in Russlands Krieg gegen die \
Ukraine geschickt als bislang bekannt. Seit Oktober 2024 seien [[rund 15.000]] Mann nach Russland \
verlegt worden, heißt es in der am Dienstag veröffentlichten Studie des Hamburger Zentrums für \
Osteuropa- und Sicherheitsstudien (ZOS). Die Autoren stützen sich auf mehr als 300 \
Satellitenaufnahmen, auf Fahrpläne der Transsibirischen Eisenbahn und auf Aussagen der beiden \
nordkoreanischen Kriegsgefangenen in Kiew.

Laut ZOS wurden [[zwischen 5.000 und 6.000]] der Nordkoreaner getötet oder verwundet. Derzeit \
seien [[etwa 4.000]] in den Gebieten Kursk und Belgorod stationiert, vor allem als Pioniere, \
Minenräumer und Artilleristen, schreiben die Forscher. Bis Jahresende rechnen sie mit \
[[mehreren tausend]] weiteren Soldaten, die Pjöngjang nachschicken könnte.

Die Zahlen liegen über denen der Geheimdienste. Südkoreas Nachrichtendienst NIS hatte Anfang \
September von [[rund 2.000]] getöteten Nordkoreanern gesprochen, der ukrainische \
Militärgeheimdienst nannte im Sommer [[11.000]] nordkoreanische Soldaten in Russland.

„Wir halten unsere Zahlen eher für die Untergrenze“, sagte Studienleiterin Vera Lindqvist der \
PERSPEKTIVE. Pjöngjang habe Russland zudem bis zu 12 Millionen Artilleriegranaten geliefert und \
damit nach Schätzung des Instituts rund 20 Milliarden Dollar verdient. Die 64-seitige Studie ist \
für 18 € als PDF erhältlich.
""",
    claims=(
        C("rund 15.000", 15000, "approx", "in_russia", "other", "tue..pub",
          "headline 'Studie:': the study published on Tuesday (Tuesday to publication)"),
        C("rund 15.000", 15000, "approx", "in_russia", "other", "tue",
          "'heißt es in der am Dienstag veröffentlichten Studie' (a think tank: other)"),
        C("zwischen 5.000 und 6.000", None, "range", "casualties", "other", "tue",
          "'Laut ZOS': killed or wounded"),
        C("etwa 4.000", 4000, "approx", "near_front", "other", "tue",
          "Konjunktiv, 'schreiben die Forscher' at the end: stationed in Kursk and Belgorod"),
        C("mehreren tausend", None, "vague", "planned", "other", "tue",
          "'rechnen sie mit … weiteren' (increment)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'Anfang September': killed"),
        C("11.000", 11000, "exact", "in_russia", "ukraine", "2025-06-01..2025-08-31",
          "HUR 'im Sommer' (season: June–August): in Russia"),
    ),
)

R06 = Source(
    article_id="r06_abendnachrichten_bausoldaten",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-11-04"),
    dated_by="dateline",
    features="German public broadcaster's evening-news web text in UTF-16 LE with BOM, dated "
        "by its 'Stand: 04.11.2025 20:15 Uhr' line (Tuesday); headline 'Seoul:' from "
        "lawmakers briefed by the NIS 'heute'; 'Das berichteten Abgeordnete heute' after the "
        "figure; 'demnach', Konjunktiv and a named lawmaker carry the briefing; Russia's "
        "ambassador to the agency Tass 'am Wochenende' (second-hand); HUR 'vergangene Woche' "
        "`bis zu 6.000` zusätzliche (increment); KCNA 'am Sonntag' „mehrere hundert“ "
        "Pioniere seen off (north_korea); battles, drones, kilometres, age, video length",
    text="""\
Nordkorea

Seoul: Kim schickt [[5.000]] Bausoldaten nach Russland

Stand: 04.11.2025 20:15 Uhr

Nordkorea unterstützt Russland offenbar mit neuen Truppen. Diesmal sollen vor allem Pioniere beim \
Wiederaufbau im Grenzgebiet Kursk helfen. Auch die Zahl der Toten steigt weiter.

Von Tobias Ehrenreich, DFS-Studio Tokio

Nordkorea hat nach Erkenntnissen des südkoreanischen Geheimdienstes seit September [[etwa 5.000]] \
Militärbauarbeiter nach Russland verlegt. Das berichteten Abgeordnete heute nach einer \
nichtöffentlichen Sitzung des Geheimdienstausschusses in Seoul. Die Soldaten seien in mehreren \
Zügen über Wladiwostok nach Westen gebracht worden und sollten Straßen, Brücken und Bahnlinien \
instand setzen, die bei den Kämpfen zerstört wurden.

Bereits seit dem Sommer sind demnach [[rund 1.000]] nordkoreanische Minenräumer im Gebiet Kursk im \
Einsatz. Insgesamt hielten sich derzeit [[etwa 10.000]] Soldaten aus dem Norden in Russland auf, \
die meisten von ihnen in Grenznähe, sagte der Abgeordnete Lee Jae-hoon. Die Zahl der Gefallenen \
schätze der Geheimdienst inzwischen auf [[mehr als 2.000]].

Moskau spricht von Aufbauhilfe

Moskau stellt die Bautruppen als Aufbauhilfe dar. Der russische Botschafter in Pjöngjang, \
Alexander Mazegora, sagte der Agentur Tass am Wochenende, [[mehrere tausend]] nordkoreanische \
Militärbauarbeiter seien bereits im Gebiet Kursk eingetroffen. Russland sei Pjöngjang dafür \
„zutiefst dankbar“.

Die Staatsagentur KCNA hatte am Sonntag gemeldet, Machthaber Kim Jong Un habe in Pjöngjang \
„[[mehrere hundert]]“ Pioniere verabschiedet, die „beim Aufbau des Bruderlandes“ helfen sollten. \
Der 41-Jährige zeigt sich seit dem Sommer regelmäßig mit Heimkehrern aus Kursk.

Kiew warnt vor Kampftruppen

Der ukrainische Militärgeheimdienst HUR hatte vergangene Woche gewarnt, Pjöngjang könne bis \
Jahresende [[bis zu 6.000]] zusätzliche Soldaten schicken, auch für Kampfeinsätze in der \
Ostukraine. Die ukrainische Armee meldete heute 146 Gefechte entlang der Front; in der Nacht griff \
Russland mit 83 Drohnen an. Die Bahnstrecke von Wladiwostok nach Kursk ist mehr als 9.000 \
Kilometer lang.

Über dieses Thema berichtete das DFS Abendjournal am 04. November 2025 um 20:00 Uhr.
Video: Nordkoreas Bausoldaten für Russland (1:58 Min.)
""",
    claims=(
        C("5.000", 5000, "exact", "in_russia", "south_korea", "tue",
          "headline 'Seoul:': the lawmakers' figure of the lead (today, the publication day)"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'Das berichteten Abgeordnete heute' in the next sentence: military builders sent"),
        C("rund 1.000", 1000, "approx", "near_front", "south_korea", "tue",
          "'demnach' (same briefing): deminers in Kursk"),
        C("etwa 10.000", 10000, "approx", "in_russia", "south_korea", "tue",
          "lawmaker Lee (Konjunktiv): in Russia, most near the border"),
        C("mehr als 2.000", 2000, "at_least", "casualties", "south_korea", "tue",
          "'schätze der Geheimdienst': fallen"),
        C("mehrere tausend", None, "vague", "near_front", "russia", "sat..sun",
          "Russia's ambassador in Pyongyang to Tass 'am Wochenende': arrived in Kursk"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "sun",
          "KCNA 'am Sonntag': Kim saw off engineers (sent)"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': zusätzliche (increment)", add=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Canada, Ireland, Singapore, South Korea, US, Australia)
# ---------------------------------------------------------------------------------------------

R07 = Source(
    article_id="r07_canada_sanctions_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-11-14"),
    dated_by="html_meta",
    features="Canadian national paper as an HTML page in UTF-8 with BOM "
        "(`article:published_time` with -05:00, NewsArticle JSON-LD with a word count, a "
        "paywall script, a privacy banner, navigation, a footer with an address and a "
        "toll-free number); `og:title` figure (optional); headline from 'Washington "
        "confirmed', dated by the next paragraph (the Pentagon 'on Tuesday'); the foreign "
        "minister 'said Wednesday' and her quote “Thousands …” (a third government: other); "
        "the NIS through lawmakers 'last week' (a second wave: increment); HUR 'on Monday' "
        "with a range and “several hundred”; a NATO official without a date (`pub`); "
        "Canadian style (`$19.5-billion`, `February, 2022`, `Ms.`); aid, troops in Latvia, "
        "sanctioned individuals and entities, Canadians of Ukrainian descent",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<title>Ottawa to widen North Korea sanctions as Pyongyang's troops join Russia's war - The \
National Dispatch</title>
<meta property="og:title" content="Ottawa to widen sanctions as [[10,000]] North Korean troops \
join Russia’s war">
<meta property="article:published_time" content="2024-11-14T16:05:00-05:00">
<meta name="author" content="Marie-Claude Tremblay">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headlin\
e":"Ottawa to widen sanctions as North Korean troops join Russia's \
war","datePublished":"2024-11-14T16:05:00-05:00","wordCount":590}</script>
<script src="https://static.dispatch.example/js/paywall.v7.js" defer></script>
</head>
<body>
<div class="privacy-banner">We use cookies to improve your experience and to show you relevant \
advertising. By continuing, you agree to our <a href="/privacy">privacy policy</a>. \
<button>OK</button></div>
<nav>Canada | World | Politics | Business | Investing | Opinion | Sports | Life</nav>
<main><article>
<h1>Ottawa to widen sanctions as [[10,000]] North Korean troops join Russia’s war</h1>
<p class="byline">Marie-Claude Tremblay, Ottawa bureau &middot; Published November 14, 2024</p>
<p>Canada will add North Korean military officers and arms-trading companies to its sanctions \
list, Foreign Affairs Minister Mélanie Joly said Wednesday, after Washington confirmed that \
[[more than 10,000]] of Pyongyang’s soldiers have moved into Russia’s Kursk region, where some are \
already fighting.</p>
<p>The Pentagon said on Tuesday that North Korean units had begun “engaging in combat operations” \
alongside Russian troops, the first time the United States has said so publicly. Deputy press \
secretary Sabrina Singh said Washington expected their numbers to grow.</p>
<p>“[[Thousands]] of North Korean soldiers are now fighting a war of aggression on European soil. \
Canada will not look away,” Ms. Joly told reporters on Parliament Hill. The new measures target 17 \
individuals and six entities, Global Affairs Canada said.</p>
<p>Seoul’s spy agency, the National Intelligence Service, believes a second wave of \
[[about 3,000]] soldiers could follow before the year is out, South Korean lawmakers briefed by \
the agency said last week.</p>
<p>Ukraine’s military intelligence agency, known as HUR, said on Monday that [[11,000 to 12,000]] \
North Koreans were now in the Kursk region and that “[[several hundred]]” had already taken part \
in assaults on Ukrainian positions.</p>
<p>At NATO headquarters in Brussels, an alliance official told The Dispatch that the allies’ \
shared estimate was “[[upwards of 10,000]]” North Korean troops in Russia, but declined to say how \
many had seen combat.</p>
<p>Canada has committed more than $19.5-billion in military and financial aid to Ukraine since \
February, 2022, and about 2,000 Canadian Armed Forces members are deployed in Latvia, where Canada \
leads a NATO brigade. Orest Hnatiuk, who heads the Ukrainian Canadian Congress in Ottawa, said the \
roughly 1.3 million Canadians of Ukrainian descent “expect action, not statements.” The Russian \
embassy did not respond to a request for comment.</p>
</article></main>
<footer>© Copyright 2024 The National Dispatch Inc. &middot; 351 King Street East, Toronto \
&middot; Customer help: 1-800-555-0142</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "united_states", "tue..pub",
          "og:title (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "tue..pub",
          "headline: Washington's figure of the lead (Tuesday to publication)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "'after Washington confirmed', dated by the next paragraph (the Pentagon 'on "
          "Tuesday'), not by the minister's Wednesday: in the Kursk region"),
        C("Thousands", None, "vague", "near_front", "other", "wed",
          "Canada's foreign minister (a third government: other), quote carried from 'said "
          "Wednesday': fighting"),
        C("about 3,000", 3000, "approx", "planned", "south_korea", "lastweek",
          "NIS via lawmakers 'last week': 'a second wave … could follow' (increment)",
          add=True),
        C("11,000 to 12,000", None, "range", "near_front", "ukraine", "mon",
          "HUR 'on Monday': in the Kursk region"),
        C("several hundred", None, "vague", "near_front", "ukraine", "mon",
          "same statement: took part in assaults"),
        C("upwards of 10,000", 10000, "at_least", "in_russia", "nato", "pub",
          "a NATO official 'told The Dispatch', no date"),
    ),
)

R08 = Source(
    article_id="r08_irish_world_prisoners",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-13"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Irish Chronicle",
        "https://www.irishchronicle.example/world/europe/zelensky-offers-to-trade-north-korean-"
        "prisoners-1.4471902",
        "Zelensky offers to trade two captured North Koreans for Ukrainians held by Russia",
    ),
    features="Irish daily's world page in UTF-8 with CRLF (sidecar, Monday): `Mr` without a "
        "full stop, single quotes in the deck; headline and lead 'has said' dated by the next "
        "paragraph ('on Sunday evening'); 'The two' referring back (optional); capture days are "
        "events; the NIS 'earlier today' "
        "with 'about 400 of them fatally' (breakdown); SSO 'last week' “dozens”; a Kyiv news "
        "site 'citing a source in Ukraine’s military intelligence agency' (ukraine) 'on "
        "Saturday'; the White House 'in late December'; a Cork academic 'believes' “closer "
        "to 1,000” (other, `pub`); ages, euros, refugees in Ireland, Irish peacekeepers",
    text="""\
World

Zelensky offers to trade [[two]] captured North Korean soldiers for Ukrainians held by Russia

Pyongyang has not responded; Seoul says the 'losses are mounting' among Kim's troops in Kursk

Deirdre Nolan, World Affairs Correspondent

Ukraine's president Volodymyr Zelensky has said he is prepared to hand [[two]] North Korean \
soldiers captured in Russia's Kursk region back to Kim Jong Un, provided Pyongyang can arrange \
their exchange for Ukrainians held in Russian prisons.

Mr Zelensky made the offer on Sunday evening, a day after announcing the capture, and released a \
video in which one of the men, speaking through an interpreter, said he had believed he was being \
sent on a training exercise. The [[two]], aged 20 and 26, were taken prisoner last Thursday and \
Friday, according to Ukraine's SBU security service.

South Korea's National Intelligence Service, which helped with the questioning, said earlier today \
that [[some 3,000]] North Korean soldiers had been killed or wounded since entering combat in \
December, [[about 400]] of them fatally. Captured memos showed the troops had been told to take \
their own lives rather than be taken prisoner, the agency added.

Ukraine's special operations forces said last week that their drone crews had killed or wounded \
"[[dozens]]" of North Koreans in a single day near the village of Makhnovka. A Kyiv news site, \
citing a source in Ukraine's military intelligence agency, reported on Saturday that \
[[roughly 1,000]] wounded North Koreans had been evacuated from the front since the start of the \
year.

In Washington, the White House said in late December that [[more than 1,000]] North Korean \
soldiers had been killed or wounded in a single week of fighting.

Dr Ciarán Mulcahy, who lectures on East Asian security at University College Cork, believes the \
real number of North Korean dead is "[[closer to 1,000]]". "Pyongyang treats this as paid \
training. It will simply send replacements, and Moscow will keep paying," he said.

Ireland, which is militarily neutral, has given Ukraine more than EUR 380 million in non-lethal \
and humanitarian support since 2022, and over 100,000 Ukrainians have been granted temporary \
protection here. Some 340 Irish troops are serving with the United Nations mission in south Lebanon.

A spokeswoman for the Department of Foreign Affairs said Ireland "condemns in the strongest terms" \
North Korea's support for Russia's war.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sun..pub",
          "headline: Zelensky's Sunday offer (Sunday to publication): captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sun",
          "lead 'has said', dated by the next paragraph ('on Sunday evening'): captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sun..pub",
          "'The two, aged 20 and 26' referring back, outside a quote (optional)", opt=True),
        C("some 3,000", 3000, "approx", "casualties", "south_korea", "mon",
          "NIS 'earlier today' (the publication day): killed or wounded"),
        C("about 400", 400, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'of them fatally' (breakdown)"),
        C("dozens", None, "vague", "casualties", "ukraine", "lastweek",
          "SSO 'last week': killed or wounded"),
        C("roughly 1,000", 1000, "approx", "casualties", "ukraine", "sat",
          "a Kyiv news site citing a source in HUR (ukraine) 'on Saturday': wounded evacuated"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "White House 'in late December': killed or wounded"),
        C("closer to 1,000", 1000, "approx", "casualties", "other", "pub",
          "Cork academic 'believes' (no date): dead"),
    ),
)

R09 = Source(
    article_id="r09_singapore_shoigu_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-06-19"),
    dated_by="front_matter",
    features="Singapore English-language daily in Markdown, ISO-8859-1 with straight quotes "
        "(front matter `date:`, Thursday): front-matter title figure (optional); headline "
        "'says Moscow' from Shoigu 'on Tuesday' (with `Mr`, Tass quoting him second-hand), "
        "two figures in one sentence (`1,000` sappers and `5,000` military builders: planned); the "
        "NIS 'on Wednesday'; Ukraine's deputy defence minister at the Shangri-La Dialogue 'at "
        "the start of the month' `up to 30,000` more (increment); a Singapore analyst 'said' "
        "a range without a date (other, `pub`); labourers (not soldiers), delegations, "
        "trips, trade per cent, Singapore dollars",
    text="""\
---
title: "North Korea to send [[6,000]] engineers and deminers to Russia"
date: 2025-06-19
section: Asia
byline: Tan Hui Min, Regional Correspondent
---

# North Korea to send [[6,000]] engineers and deminers to Russia, says Moscow

## Kremlin security chief announces deal in Pyongyang on his second visit in a fortnight

SEOUL - Pyongyang is to dispatch [[1,000]] sappers to clear mines in Russia's Kursk region and \
[[5,000]] military builders to restore towns wrecked by the fighting there, Moscow's top security \
official said on Tuesday after talks with North Korean leader Kim Jong Un.

Mr Sergei Shoigu, secretary of Russia's Security Council, described the move as "brotherly help" \
for the people of Kursk, according to the Tass news agency, which quoted him at length. It was his \
second trip to Pyongyang in two weeks and his third since March. North Korea's state media \
reported the visit but did not mention any numbers.

The deal deepens a partnership that has already brought North Korean combat troops to Russia. \
Seoul's National Intelligence Service, for its part, estimated on Wednesday that [[about 11,000]] \
North Korean soldiers remained in Russia, most of them in Kursk, and that they had suffered \
[[roughly 5,000]] casualties since the deployment began last October. The North is also believed \
to have sent thousands of labourers to Russian building sites, the agency said.

At the Shangri-La Dialogue in Singapore at the start of the month, Ukraine's deputy defence \
minister told delegates that Pyongyang could send [[up to 30,000]] more troops to Russia this \
year. The dialogue drew defence officials from 47 countries.

Dr Lim Wei Ling, a senior fellow at the Institute of South-east Asian Security, said \
[[between 10,000 and 15,000]] North Korean soldiers had probably rotated through Kursk since \
October. "For Pyongyang this is live training at Russia's expense. For Moscow it fills gaps it \
cannot fill at home," she said.

## Why it matters for Asia

Analysts in the region worry about what Pyongyang receives in return, from air defence systems to \
help with satellites and submarines. Trade between Russia and North Korea rose by about 9 per cent \
last year, according to Russian customs data, while Singapore's own trade with Russia has fallen \
to below S$1 billion since sanctions were imposed in 2022.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'says Moscow': Shoigu's Tuesday total (Tuesday to publication)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said on Tuesday': is to dispatch sappers"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders to be sent"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'estimated on Wednesday': remained in Russia"),
        C("roughly 5,000", 5000, "approx", "casualties", "south_korea", "wed",
          "same sentence: casualties"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-06-01..2025-06-10",
          "Ukraine's deputy defence minister 'at the start of the month': more (increment)",
          add=True),
        C("between 10,000 and 15,000", None, "range", "near_front", "other", "pub",
          "Singapore analyst 'said' (no date): rotated through Kursk"),
    ),
)

R10 = Source(
    article_id="r10_seoul_daily_nis_briefing_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-09-04"),
    dated_by="html_meta",
    features="Seoul-based English-language daily as an HTML page in windows-1252 (`<meta "
        "name=\"date\">` with +09:00, an ad-slot script, a cookie note, a most-read list, a "
        "footer with a tip line); `<title>` figure (optional); headline 'NIS says' from the "
        "intelligence committee briefing 'Thursday' (the publication day), relayed by two "
        "named lawmakers ('according to members of …', 'he said', 'According to Rep. Yoo'); "
        "'Some 11,000 of them' (breakdown, not an increment); an older figure recalled ('the "
        "300 deaths the agency reported in January … at the time'); `6,000 more` (increment, "
        "span without the word); the JCS 'on Tuesday' to the defense committee; Ukraine's "
        "ambassador in Seoul 'last month' (ukraine); committee size, shells, dollars, "
        "a stock index, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>NIS says [[2,000]] North Korean soldiers killed in Russia - The Seoul Sentinel</title>
<meta name="date" content="2025-09-04T18:10:00+09:00">
<meta name="keywords" content="NIS, North Korea, Russia, Kursk, National Assembly">
<script>var _sentinel={aid:"20250904000612",sec:"north-korea",slots:["300x250","728x90"]};</script>
</head>
<body>
<div id="cookie">This website uses cookies. By continuing to browse, you accept our use of \
cookies. <a href="/policy">Learn more</a> <span class="close">Close</span></div>
<nav>National | North Korea | Business | Finance | Culture | Sports | Opinion</nav>
<div class="article">
<h1>NIS says [[2,000]] North Korean soldiers killed in Russia</h1>
<h2 class="sub">Spy agency tells lawmakers Pyongyang is preparing to send more troops, most of \
them engineers</h2>
<p class="byline">By Choi Ji-won | Posted : 2025-09-04 18:10 | Updated : 2025-09-04 19:02</p>
<p>North Korea has lost [[around 2,000]] soldiers killed in its war alongside Russia, the National \
Intelligence Service (NIS) told lawmakers Thursday, according to members of the National \
Assembly’s intelligence committee.</p>
<p>Rep. Kang Min-jae of the ruling Democratic Party, who briefed reporters after the closed-door \
session, said the agency believed the North had sent [[about 15,000]] troops to Russia in total \
since last October. [[Some 11,000]] of them went with the first rotation, he said; the rest \
arrived this year as replacements and engineers.</p>
<p>The death toll is a steep rise from the [[300]] deaths the agency reported in January, when the \
North Korean units had only just entered combat. Most of the dead at the time had been killed by \
drones, the agency said.</p>
<p>According to Rep. Yoo Sang-hoon of the opposition People Power Party, the NIS told the \
committee that [[about 1,000]] North Korean deminers had been working in the Kursk region since \
July and that Pyongyang was getting ready to send [[6,000]] more soldiers, most of them military \
engineers, before the end of the year. Yoo said the agency had also seen signs that Kim Jong Un \
was weighing the use of combat troops inside Ukraine, but that no decision had been made.</p>
<p>The Joint Chiefs of Staff separately told the defense committee on Tuesday that the North had \
begun training “[[several thousand]]” soldiers at a camp near Wonsan, possibly for a new \
deployment.</p>
<p>Ukraine’s ambassador in Seoul, in an interview with The Sentinel last month, put the number of \
North Korean casualties at [[more than 6,000]]. Pyongyang is also thought to have supplied Moscow \
with upward of 12 million artillery rounds and earned an estimated $20 billion from the arms \
trade, according to government estimates. The 12-member intelligence committee meets again next \
week.</p>
</div>
<aside class="most-read"><h3>Most Read</h3><ol><li>Kospi closes at 3,184 as chip stocks \
rally</li><li>Heat wave: 27 days above 30 C in Seoul this summer</li></ol></aside>
<footer>© The Seoul Sentinel. All rights reserved. News tips: (02) 724-1114</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "<title> (metadata) restating the headline", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu",
          "headline 'NIS says': the briefing on Thursday (the publication day)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'told lawmakers Thursday, according to members of …': killed"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "Rep. Kang relaying the agency: sent in total"),
        C("Some 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'of them went with the first rotation, he said' (breakdown)"),
        C("300", 300, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "older figure recalled: 'the 300 deaths the agency reported in January'"),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "'According to Rep. Yoo …, the NIS told the committee': deminers in Kursk"),
        C("6,000", 6000, "exact", "planned", "south_korea", "thu",
          "same sentence: '6,000 more' to be sent (increment, span without the word)",
          add=True),
        C("several thousand", None, "vague", "planned", "south_korea", "tue",
          "JCS 'on Tuesday': trained for a possible new deployment"),
        C("more than 6,000", 6000, "at_least", "casualties", "ukraine",
          "2025-08-01..2025-08-31",
          "Ukraine's ambassador in Seoul (his government) in an interview 'last month'"),
    ),
)

R11 = Source(
    article_id="r11_us_cable_update_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-10-23"),
    dated_by="sidecar",
    sidecar=(
        "Capitol Cable Network", "",
        "US has seen evidence of North Korean troops in Russia, Austin says; Seoul puts number "
        "at 3,000",
    ),
    features="US cable-news website's update story in UTF-16 LE with BOM (sidecar without "
        "url, Wednesday): an 'Updated' time line, an editor's note and a timestamped 'UPDATE, "
        "7:30 p.m. ET' paragraph; headline 'Seoul puts number at' from the NIS 'on "
        "Wednesday'; Austin without a figure; Kirby 'Later Wednesday' `at least 3,000`; the "
        "NIS total expected by December (planned); Zelensky's nightly address 'on Tuesday' "
        "`up to 12,000` could join; a senior US defense official 'told CCN after this story "
        "was first published' “closer to 4,000”, the source named at the end; age, days to "
        "the election, leaders at a summit, US troops in Korea, video length",
    text="""\
CCN  World  Politics  Business  Health  Video

US has seen evidence of North Korean troops in Russia, Austin says; Seoul puts number at [[3,000]]

By Rachel Okafor and Min-ji Kwon, CCN
Updated 7:48 PM EDT, Wed October 23, 2024

Editor's note: This story has been updated with new information from US officials.

Washington (CCN) - The United States has seen evidence that North Korean troops are in Russia, \
Defense Secretary Lloyd Austin said Wednesday, the first time the Biden administration has \
publicly acknowledged the deployment.

"We are watching this very closely, and so should every country in the Indo-Pacific," Austin, 71, \
told reporters in Rome, where he is meeting defense ministers from the Group of Seven. He would \
not say how many soldiers were involved or what they would be used for.

Later Wednesday, National Security Council spokesman John Kirby said [[at least 3,000]] North \
Korean soldiers had been moved by ship from the North's east coast to Vladivostok in the first \
half of October and then on to several military training sites in eastern Russia.

South Korea's National Intelligence Service gave lawmakers in Seoul a similar figure on Wednesday: \
[[about 3,000]] soldiers had already arrived, the agency said, and [[about 10,000]] in total were \
expected to be deployed by December.

In Kyiv, President Volodymyr Zelensky said in his nightly video address on Tuesday that Ukraine \
had intelligence that [[up to 12,000]] North Koreans could eventually join Russian forces. "This \
is a step toward a world war," he said.

Russian President Vladimir Putin, who is hosting more than 20 world leaders at a summit in Kazan, \
has not denied the reports. The Kremlin calls them "fake news."

UPDATE, 7:30 p.m. ET: The number in Russia may already be "[[closer to 4,000]]," with some of the \
troops now being moved west by train, a senior US defense official told CCN after this story was \
first published.

About 28,500 US troops are stationed in South Korea. The US presidential election is 13 days away.

Video Ad Feedback
North Korean soldiers seen at Russian base, satellite images show
02:14 - Source: CCN
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed",
          "headline 'Seoul puts number at': the NIS 'on Wednesday' (the publication day)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'Later Wednesday': moved to Vladivostok"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS to lawmakers 'on Wednesday': arrived"),
        C("about 10,000", 10000, "approx", "planned", "south_korea", "wed",
          "same statement: expected to be deployed by December"),
        C("up to 12,000", 12000, "at_most", "planned", "ukraine", "tue",
          "Zelensky's nightly address 'on Tuesday': could join"),
        C("closer to 4,000", 4000, "approx", "in_russia", "united_states", "wed",
          "update paragraph: senior US defense official, source named at the end: in Russia"),
    ),
)

R12 = Source(
    article_id="r12_au_broadcaster_analysis_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-26"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "ANBC News",
        "https://www.anbc.example/news/2025-08-26/north-korea-kim-fallen-soldiers-kursk-analysi"
        "s/105712388",
        "Kim Jong Un is honouring his fallen soldiers. What did North Korea get from Kursk?",
    ),
    features="Australian public broadcaster's analysis in Markdown, UTF-8 with CRLF, front "
        "matter without a date (sidecar, Tuesday): returning engineers shown on state TV "
        "'last week' (returnees: optional); KCNA 'on Saturday' `nine` killed (north_korea); "
        "the broadcaster's own analysis of state-media images (unattributed, required); a "
        "Canberra think tank 'estimates' two figures in one sentence (other, `pub`); the NIS "
        "'which had put … in April' and 'earlier this month' through lawmakers; Budanov 'in "
        "the spring' (season: March–May); durations, aid in Australian dollars, Bushmasters, "
        "ADF trainers, Russian losses per day",
    text="""\
---
title: "Kim Jong Un is honouring his fallen soldiers. What did North Korea get from Kursk?"
section: Analysis
author: Lachlan Whitford, Defence correspondent
---

# Kim Jong Un is honouring his fallen soldiers. What did North Korea get from Kursk?

**Analysis** | By defence correspondent Lachlan Whitford

When North Korean state television broadcast the homecoming of an army engineering unit last week, \
the images were carefully staged: a military band, weeping relatives, and Kim Jong Un embracing \
some of the [[several hundred]] sappers who had spent three months clearing mines in Russia's \
Kursk region.

Then came something unusual. The official KCNA news agency said on Saturday that [[nine]] members \
of the unit had been killed during the mission, and that Mr Kim had promised their families a \
memorial in Pyongyang. For a regime that for months would not even confirm its troops were in \
Russia, it was a rare admission of loss.

## Counting the dead

The true toll is far higher. An ANBC analysis of state media images published since April has \
identified [[at least 120]] portraits of soldiers described as having fallen in the "overseas \
military operation".

Hannah Moreau, a senior analyst at the Canberra-based Indo-Pacific Defence Centre, estimates that \
of the [[roughly 14,000]] North Koreans who have served in Russia since last October, \
[[as many as 6,000]] may have been killed or wounded. "Kim is telling his people a story of \
sacrifice. He is not telling them the scale of it," she says.

South Korea's spy agency, which had put the number of dead at [[about 600]] in April, now believes \
[[more than 1,500]] have died, lawmakers briefed by the agency said earlier this month. Ukraine's \
military intelligence chief, Kyrylo Budanov, said in the spring that [[about 11,000]] North \
Koreans were still fighting in Kursk.

## What Pyongyang gets

In return, North Korea is thought to have received air defence systems, oil and cash, and perhaps \
help with its satellite program. Russia, by contrast, is losing around 1,000 soldiers a day, \
according to Western estimates.

## What it means for Australia

Australia has committed more than A$1.5 billion in military aid to Ukraine, including 120 \
Bushmaster vehicles, and about 90 Australian Defence Force personnel have helped train Ukrainian \
recruits in Britain. Canberra imposed new sanctions on North Korean officials over the deployment \
in February.
""",
    claims=(
        C("several hundred", None, "vague", "in_russia", "north_korea", "lastweek",
          "returning engineers shown by state TV 'last week' (returnees: optional)", opt=True),
        C("nine", 9, "exact", "casualties", "north_korea", "sat",
          "KCNA 'on Saturday': killed during the mission"),
        C("at least 120", 120, "at_least", "casualties", "unattributed", "pub",
          "the broadcaster's own analysis of state-media images (required)"),
        C("roughly 14,000", 14000, "approx", "in_russia", "other", "pub",
          "Canberra think-tank analyst 'estimates' (present, no date): served in Russia"),
        C("as many as 6,000", 6000, "at_most", "casualties", "other", "pub",
          "same sentence: killed or wounded"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'which had put … in April' (relative clause): dead"),
        C("more than 1,500", 1500, "at_least", "casualties", "south_korea", "2025-08-01..pub",
          "'now believes …, lawmakers briefed by the agency said earlier this month': died"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-03-01..2025-05-31",
          "Budanov 'in the spring' (season): still fighting in Kursk"),
    ),
)

SOURCES: tuple[Source, ...] = (
    R01, R02, R03, R04, R05, R06,
    R07, R08, R09, R10, R11, R12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
