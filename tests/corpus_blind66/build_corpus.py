"""Build the 66th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The sixty-eighth corpus, for an honest measurement on articles the extractor has never met,
written blind in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
Limburg daily's web page on a security-policy evening, a Spessart radio station's web text, a
Hausruckviertel weekly's report of a talk (Austrian), a paper from the Urseren valley with a
Hospental deminer (Swiss), a roofers' guild magazine and a Deggendorf student paper; a Geraldton
daily, an Isle of Arran page's weekly column, a North Platte (Nebraska) paper at the rail yard,
a Tartu English-language outlet, a Bougainville news page and a Serrekunda civic newsletter.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind66_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

V01 = Source(
    article_id="v66_01_limburg_stammtisch_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Limburg daily's web page in HTML (`article:published_time` with +01:00, a byline "
        "'05.11.2024, 06:40 Uhr', a stats script, an ad script, a consent box 'Ja, merkt es "
        "euch' / 'Lieber vergessen', breadcrumb navigation, `&nbsp;`, `&rsaquo;`); `<title>` "
        "figure (optional); headline 'Washington:' from the State Department spokesman 'am "
        "Montag' (Monday to publication); 'fügte er hinzu' carries him to `mehr als 10.000`; "
        "Zelensky's 'Videobotschaft vom Montag'; an NIS paper quoted by Yonhap 'vergangene "
        "Woche' (planned); a retired Diez officer at the Kolpinghaus 'am Montagabend' with the "
        "number word `zwanzigtausend` (other, planned); army size, Russian losses a day, 1953, "
        "refugees in the district, euros, listeners, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Washington: [[8000]] Nordkoreaner stehen bei Kursk | Lahn-Post</title>
<meta property="og:site_name" content="Lahn-Post">
<meta property="article:published_time" content="2024-11-05T06:40:00+01:00">
<meta name="robots" content="index,follow">
<script>var lpStat={rubrik:"welt",artikel:"lp-88213",lesezeit:4};</script>
</head>
<body>
<div class="cmp-box"><p>Wir merken uns gern, was Sie hier lesen. Dafür setzen wir und 61 \
Partnerfirmen Cookies ein – entscheiden Sie selbst.</p><button class="yes">Ja, merkt es \
euch</button> <button class="no">Lieber vergessen</button></div>
<nav><a href="/">Start</a> &rsaquo; <a href="/limburg">Limburg</a> &rsaquo; <a \
href="/weilburg">Weilburg</a> &rsaquo; <a href="/welt">Welt</a> &rsaquo; <a \
href="/sport">Sport</a></nav>
<article>
<p class="ressort">Welt &amp; Region</p>
<h1>Washington: [[8000]] Nordkoreaner stehen bei Kursk</h1>
<p class="dek">Die USA erwarten den ersten Einsatz gegen die Ukraine binnen Tagen. Beim \
sicherheitspolitischen Stammtisch im Kolpinghaus wurde darüber gestritten, was das für Europa \
bedeutet.</p>
<p class="byline">Von Henrike Staudt &middot; 05.11.2024, 06:40 Uhr</p>
<p>Die Soldaten aus Nordkorea sind offenbar dort angekommen, wo Moskau sie braucht. Nach \
Darstellung des US-Außenministeriums halten sich inzwischen [[rund 8000]] von ihnen im russischen \
Gebiet Kursk auf, nicht weit von den Stellungen, die ukrainische Truppen dort seit dem Sommer \
halten. Ein Sprecher des Ministeriums nannte die Zahl am Montag in Washington. Insgesamt habe \
Pjöngjang [[mehr als 10.000]] Mann nach Russland verlegt, fügte er hinzu; ein Teil werde noch in \
Lagern im Fernen Osten gedrillt.</p>
<p>Kiew spricht von noch mehr. In seiner abendlichen Videobotschaft vom Montag bezifferte \
Präsident Wolodymyr Selenskyj die Nordkoreaner im Kursker Gebiet auf [[11.000]]. Einzelne Gruppen \
seien schon unter Beschuss geraten. Belege legte er nicht vor.</p>
<p>In Seoul geht man davon aus, dass das Kontingent weiter wächst. Bis zum Jahresende werde der \
Norden [[etwa 12.000]] Soldaten abgestellt haben, heißt es in einer Vorlage des \
Nachrichtendienstes NIS für das Parlament, aus der die Agentur Yonhap vergangene Woche \
zitierte.</p>
<h2>„Kein Grund zur Panik, aber zur Wachsamkeit“</h2>
<p>Im Kolpinghaus drängten sich am Montagabend rund 45 Zuhörer, um Oberstleutnant a.&nbsp;D. \
Rüdiger Fey aus Diez zu hören, der 31 Jahre Dienst in der Bundeswehr hinter sich hat. Fey hält \
die amerikanischen Angaben für glaubwürdig. „Wenn das für Moskau funktioniert, stehen im Frühjahr \
[[zwanzigtausend]] Nordkoreaner in den Gräben“, sagte er.</p>
<p>Nordkoreas Streitkräfte seien mit gut 1,2 Millionen Mann zwar riesig, hätten aber seit 1953 \
keinen Krieg mehr geführt, erklärte der 67-Jährige. Russland verliere nach britischen Schätzungen \
zurzeit täglich mehr als 1200 Soldaten an Toten und Verwundeten.</p>
<p>Im Landkreis Limburg-Weilburg leben derzeit etwa 1900 Geflüchtete aus der Ukraine. Für ein \
Kinderheim in Tschernihiw kamen an dem Abend 640 Euro zusammen.</p>
</article>
<footer>&copy; 2024 Lahn-Post Verlags-GmbH &middot; Schiede 12, 65549 Limburg &middot; \
Leserservice 06431 5570-0</footer>
<script>window.lpAds={slots:["300x250","728x90"],lazy:true};</script>
</body>
</html>
""",
    claims=(
        C("8000", 8000, "exact", "near_front", "united_states", "mon..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("8000", 8000, "exact", "near_front", "united_states", "mon..pub",
          "headline 'Washington:' from the State Department spokesman's Monday figure"),
        C("rund 8000", 8000, "approx", "near_front", "united_states", "mon",
          "State Department spokesman, date in the next sentence ('am Montag'): in Kursk"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "'Insgesamt habe … verlegt, fügte er hinzu': moved to Russia"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky's 'Videobotschaft vom Montag': in the Kursk region"),
        C("etwa 12.000", 12000, "approx", "planned", "south_korea", "lastweek",
          "NIS paper for parliament quoted by Yonhap 'vergangene Woche' (source at the end): "
          "by the year's end"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "mon",
          "retired Diez officer at the Monday evening talk: a forecast for spring"),
    ),
)

V02 = Source(
    article_id="v66_02_spessartwelle_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Spessartwelle",
        "https://www.spessartwelle.example/nachrichten/welt/nordkorea-gefangene-kursk-100.html",
        "Zwei Gefangene, Hunderte Tote: Was über Nordkoreas Soldaten bekannt ist",
    ),
    features="Spessart radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Tuesday); headline 'Zwei Gefangene' (Zelensky's number word, Saturday to "
        "publication) and 'Hunderte Tote' from the NIS figure passed on by a lawmaker 'Seit "
        "Montag' (Monday to publication); Zelensky 'Am Samstag' with the number word `zwei` "
        "(captured); `etwa 300` dead with `2700` wounded (the others of the same count, not an "
        "increment); 'kurz vor Weihnachten' (16–24 December); HUR without a date; a Würzburg "
        "Korea scholar in the morning show 'am Dienstag' (the publication day): range and "
        "'Tausende weitere' (vague increment); aid convoys, minibuses, euros, FM frequency, "
        "phone number, 2019",
    text="""\
[[Zwei]] Gefangene, [[Hunderte]] Tote: Was über Nordkoreas Soldaten bekannt ist

Radio Spessartwelle | Nachrichten | Welt

Es sind verwackelte Bilder, doch sie könnten den Blick auf den Krieg um das russische Gebiet \
Kursk verändern. Am Samstag veröffentlichte der ukrainische Präsident Wolodymyr Selenskyj Fotos \
und ein kurzes Video von [[zwei]] jungen Männern mit Verbänden an Händen und Kiefer. Es handle \
sich um nordkoreanische Soldaten, die ukrainische Fallschirmjäger lebend gefangen genommen \
hätten, schrieb er dazu. Beide würden in Kiew vom Geheimdienst SBU befragt.

Seit Montag gibt es auch aus Südkorea neue Zahlen. Der Abgeordnete Lee Seong-kweun, der im \
Geheimdienstausschuss des Parlaments sitzt, gab nach einer Sitzung mit dem Nachrichtendienst NIS \
dessen Schätzung weiter: Demnach sind bei den Kämpfen [[etwa 300]] Nordkoreaner ums Leben \
gekommen, [[2700]] seien verwundet. Viele seien Drohnen zum Opfer gefallen, weil ihnen niemand \
beigebracht habe, sich vor den Fluggeräten zu verstecken.

Kiew hatte schon kurz vor Weihnachten deutlich höhere Verluste gemeldet. Selenskyj sprach damals \
von [[über 3000]] getöteten und verwundeten Nordkoreanern. Nach Darstellung des ukrainischen \
Militärgeheimdienstes HUR kämpfen im Kursker Gebiet derzeit noch [[rund 8000]] Soldaten aus dem \
Norden Koreas.

"Die Zahlen sind nicht unabhängig überprüfbar"

Im Gespräch mit unserer Morgensendung ordnete die Würzburger Koreanistin Mirjam Hallstein die \
Angaben am Dienstag ein. Sie geht davon aus, dass Pjöngjang [[zwischen 11.000 und 12.000]] Mann \
nach Russland geschickt hat. Die Verluste seien für Kim Jong Un kein Grund zum Rückzug, im \
Gegenteil: Sie rechne damit, dass im Frühjahr [[Tausende]] weitere folgen.

„Für das Regime ist das ein Geschäft“, sagte Hallstein, die seit 2019 in Lohr am Main lebt. \
Moskau liefere im Gegenzug Öl, Lebensmittel und womöglich Militärtechnik.

Aus der Region sind seit Kriegsbeginn 14 Hilfstransporte in die Ukraine gestartet, zuletzt im \
Dezember mit sechs Kleinbussen aus Marktheidenfeld. Der Verein „Brücke nach Lwiw“ hat nach \
eigenen Angaben 38.000 Euro an Spenden gesammelt.

Das ganze Gespräch hören Sie in unserer Mediathek. Die Spessartwelle empfangen Sie in Lohr auf \
UKW 89,7; Hörertelefon 09352 8040-30.
""",
    claims=(
        C("Zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: Zelensky's two prisoners of Saturday (number word), to publication"),
        C("Hunderte", None, "vague", "casualties", "south_korea", "mon..pub",
          "headline: the NIS dead passed on 'Seit Montag'"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag': captured (number word)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker passing on the NIS estimate 'Seit Montag', 'Demnach': dead"),
        C("2700", 2700, "exact", "casualties", "south_korea", "mon",
          "same estimate: wounded (the others of the same count, not an increment)"),
        C("über 3000", 3000, "at_least", "casualties", "ukraine", "2024-12-16..2024-12-24",
          "Zelensky 'kurz vor Weihnachten … damals': killed and wounded"),
        C("rund 8000", 8000, "approx", "near_front", "ukraine", "pub",
          "HUR 'Nach Darstellung' without a date: fighting in Kursk"),
        C("zwischen 11.000 und 12.000", None, "range", "in_russia", "other", "tue",
          "Würzburg Korea scholar in the morning show 'am Dienstag' (the publication day)"),
        C("Tausende", None, "vague", "planned", "other", "tue",
          "same scholar, 'rechne damit … weitere folgen': vague increment", add=True),
    ),
)

V03 = Source(
    article_id="v66_03_hausruck_vortrag_rueckzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="Hausruckviertel weekly in Markdown, ISO-8859-1 with CRLF and straight quotes, "
        "front matter with `date:` and a title without a figure (Thursday); Austrian 'Jänner', "
        "'Feber', 'heuer'; dateline 'GRIESKIRCHEN.'; the NIS 'Anfang der Woche' (Monday–"
        "Tuesday): 'Von den etwa 11.000 … seien rund 4.000' (Konjunktiv, 'teilte der Dienst … "
        "mit' at the end); a subheading after the paragraph; Zelensky 'im Jänner'; HUR 'Anfang "
        "Feber' `bis zu 15.000 weitere` (increment); a former UN soldier from Gaspoltshofen "
        "'Am Dienstagabend' at the adult-education centre: `ein paar tausend` (near front) and "
        "`mehreren tausend Mann Verstärkung` (vague increment); army size, pay in dollars, "
        "ages, listeners, entrance fee, a talk date",
    text="""\
---
title: "Vortrag in Grieskirchen: Wo sind Kims Soldaten?"
date: 2025-02-20
autor: "Hausruck-Bote, Redaktion Grieskirchen"
rubrik: Bezirk
---

# Nach schweren Verlusten: Nordkoreas Truppen verschwinden von der Front

**Ein ehemaliger UN-Soldat aus Gaspoltshofen erklärte in der Volkshochschule, warum der Rückzug \
kein Ende des Einsatzes bedeutet.**

GRIESKIRCHEN. Seit Mitte Jänner sind sie an der Front im russischen Gebiet Kursk kaum noch zu \
sehen: die Soldaten, die Nordkoreas Machthaber Kim Jong Un im Herbst an Russland ausgeliehen hat. \
Der südkoreanische Nachrichtendienst NIS bestätigte Anfang der Woche, dass die Einheiten von den \
vordersten Linien abgezogen worden seien. Von den [[etwa 11.000]] Mann, die Pjöngjang geschickt \
habe, seien [[rund 4.000]] tot oder verwundet, teilte der Dienst den Abgeordneten in Seoul mit.

## Seoul: [[Rund 4.000]] Ausfälle in drei Monaten

Aus Kiew kamen zuletzt ähnliche Zahlen. Präsident Wolodymyr Selenskyj hatte im Jänner von [[fast \
4.000]] getöteten oder verwundeten Nordkoreanern gesprochen. Der ukrainische Militärgeheimdienst \
HUR warnte Anfang Feber, Kim könne bis zum Sommer [[bis zu 15.000]] weitere Soldaten schicken, um \
die Lücken zu füllen.

Für Johann Stockinger ist der Rückzug deshalb nur eine Pause. Der 58-Jährige aus Gaspoltshofen \
war 14 Jahre lang mit dem Bundesheer bei UN-Missionen auf dem Golan und im Kosovo. Am \
Dienstagabend sprach er in der Volkshochschule Grieskirchen vor 62 Zuhörern über "Kims \
Leihsoldaten". "Ich gehe davon aus, dass immer noch [[ein paar tausend]] Nordkoreaner in der \
Gegend von Kursk stehen, nur eben in der zweiten Reihe", sagte er. Kehren sie an die Front \
zurück, dann nach seiner Einschätzung mit [[mehreren tausend]] Mann Verstärkung.

Stockinger erinnerte daran, dass Nordkorea eine der größten Armeen der Welt unterhält, mit mehr \
als einer Million Soldaten. "Was Russland da bekommt, ist Masse, keine Erfahrung." Dem Vernehmen \
nach zahle Moskau pro Kopf umgerechnet rund 2.000 Dollar im Monat, wovon das Regime den Großteil \
einbehalte.

Der Eintritt betrug 8 Euro, der Reinerlös geht an die Ukraine-Hilfe der Pfarre. Die Vortragsreihe \
"Welt im Bezirk" läuft heuer zum fünften Mal; der nächste Abend am 13. März widmet sich dem Nahen \
Osten.
""",
    claims=(
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-17..2025-02-18",
          "NIS 'Anfang der Woche' (Monday–Tuesday of a Thursday article), Konjunktiv, "
          "'teilte der Dienst … mit' after the figures: sent"),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-17..2025-02-18",
          "same sentence: dead or wounded"),
        C("Rund 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-17..2025-02-20",
          "subheading 'Seoul:' after the paragraph: the NIS figure, its date to publication"),
        C("fast 4.000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "Zelensky 'im Jänner': killed or wounded"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "2025-02-01..2025-02-10",
          "HUR 'Anfang Feber': could send … weitere (increment)", add=True),
        C("ein paar tausend", None, "vague", "near_front", "other", "tue",
          "former UN soldier 'Am Dienstagabend' at the talk: still in the Kursk area"),
        C("mehreren tausend", None, "vague", "planned", "other", "tue",
          "same speaker, 'nach seiner Einschätzung … Verstärkung' (vague increment)",
          add=True),
    ),
)

V04 = Source(
    article_id="v66_04_urseren_minenraeumer_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-06-18"),
    dated_by="sidecar",
    sidecar=(
        "Urschner Post",
        "https://www.urschnerpost.example/welt/minenraeumer-fuer-kursk-ein-hospentaler-ordnet-ein",
        "Minenräumer für Kursk: Ein Hospentaler ordnet ein",
    ),
    features="Urseren valley paper in HTML, windows-1252 (sidecar, Wednesday; no meta date), "
        "Swiss conventions (`ss`, «», `11'000`, `2'300`, 4-digit `1000`/`5000`/`6000`), a "
        "cookie notice 'Von mir aus' / 'Bitte keine Kekse', navigation, a data script; "
        "headline `6000` (Shoigu's two contingents added up, Tuesday to publication); Shoigu "
        "'am Dienstag' in Pyongyang (russia, planned, a new contingent); a Hospental deminer's "
        "'«Tausend Minenräumer»' (restatement in a quote: optional); the NIS figures with the "
        "date at the end of the paragraph ('hatte der Dienst Ende April vorgelegt'), 'Dazu "
        "kämen … als Ersatz' (increment); HUR 'am Mittwoch' (the publication day); Swiss "
        "demining funds in francs, square kilometres, hectares, age, phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="windows-1252">
<title>Minenräumer für Kursk: Ein Hospentaler ordnet ein | Urschner Post</title>
<meta property="og:title" content="Minenräumer für Kursk: Ein Hospentaler ordnet ein">
<script>window.upData={ressort:"welt",artikelId:77120,abo:false};</script>
</head>
<body>
<div id="cookie-hinweis">Auch im Urserntal gibt es Cookies – allerdings nur digitale. Wir setzen \
sie für Statistik und Werbung ein. <button>Von mir aus</button> <button>Bitte keine \
Kekse</button></div>
<header><a href="/" class="logo">Urschner Post</a> <nav><a href="/tal">Tal</a> · <a \
href="/gotthard">Gotthard</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a> · <a \
href="/todesanzeigen">Todesanzeigen</a></nav></header>
<main>
<article>
<h1>Kim schickt [[6000]] Mann für den Wiederaufbau von Kursk</h1>
<p class="lead">Nordkorea will Minenräumer und Bautruppen nach Russland entsenden. Flurin Danioth \
aus Hospental weiss, was sie dort erwartet – er hat selbst drei Jahre lang in der Ukraine Minen \
geräumt.</p>
<p>Der Besuch war kurz, die Botschaft deutlich. Sergei Schoigu, Sekretär des russischen \
Sicherheitsrats, sagte am Dienstag in Pjöngjang, wo ihn Kim Jong Un empfangen hatte, Nordkorea \
werde [[1000]] Minenräumer sowie [[5000]] Militärbauarbeiter in die Region Kursk schicken. Sie \
sollen Strassen, Brücken und Häuser instand setzen, die bei den Kämpfen seit August 2024 zerstört \
worden sind.</p>
<p>Für Danioth, der bis letzten Herbst für eine Genfer Stiftung im Gebiet Charkiw arbeitete, ist \
das ein Tropfen auf den heissen Stein. «[[Tausend]] Minenräumer klingt nach viel. In Kursk reicht \
das trotzdem für Jahre nicht», sagt der 41-Jährige. Auf rund 2'300 Quadratkilometern lägen Minen, \
Blindgänger und Sprengfallen, «und niemand hat Pläne davon gezeichnet».</p>
<h2>Seoul zählt die Verluste</h2>
<p>Im Einsatz waren nach Schätzungen des südkoreanischen Geheimdiensts NIS bisher [[rund 11'000]] \
nordkoreanische Soldaten, von denen [[etwa 4700]] getötet oder verwundet worden seien. Dazu kämen \
[[rund 3000]] Mann, die im Frühjahr als Ersatz nach Russland gebracht worden seien. Diese Zahlen \
hatte der Dienst Ende April vorgelegt.</p>
<p>Kiew geht davon aus, dass ein Teil der Neuankömmlinge nicht nur bauen wird. Der ukrainische \
Militärgeheimdienst sprach am Mittwoch von [[mehreren tausend]] Nordkoreanern, die in der Region \
Kursk weiterhin in Stellungen an der Grenze lägen.</p>
<p>Für das Räumen von Minen in der Ukraine hat der Bund bis 2028 insgesamt 100 Millionen Franken \
reserviert. Danioth selbst will im Herbst wieder hin: «Ein Feld von 40 Hektaren ist in einem \
guten Monat sauber, wenn das Wetter mitspielt.»</p>
</article>
</main>
<footer>Urschner Post · Gotthardstrasse 58, 6490 Andermatt · Tel. 041 887 12 40 · © 2025</footer>
</body>
</html>
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline: Shoigu's two contingents added up (Tuesday to publication)"),
        C("1000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang: deminers to be sent (a new contingent)"),
        C("5000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders to be sent"),
        C("Tausend", 1000, "exact", "planned", "russia", "tue",
          "the deminer restating Shoigu's figure in a quote (anaphoric)", opt=True),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS estimate, dated at the end of the paragraph ('Ende April'): deployed so far"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same: killed or wounded (a breakdown)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "'Dazu kämen … als Ersatz': brought to Russia in spring (increment)", add=True),
        C("mehreren tausend", None, "vague", "near_front", "ukraine", "wed",
          "HUR 'am Mittwoch' (the publication day): positions at the border"),
    ),
)

V05 = Source(
    article_id="v66_05_dachdecker_innung_charkiw_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-09-17"),
    dated_by="sidecar",
    sidecar=(
        "DachForum – Magazin der Dachdecker-Innung Nordhessen",
        "https://www.dachforum-nordhessen.example/ausgabe-09-2025/daecher-fuer-charkiw",
        "Dächer für Charkiw",
    ),
    features="roofers' guild magazine in Markdown, UTF-8, front matter without a date "
        "(sidecar, Wednesday) and a title without a figure; the guild's convoy to Kharkiv; "
        "Shoigu 'Im Juni' `5000` builders (russia, month window); lawmakers briefed by the "
        "NIS 'Anfang September': 'davon … etwa 1000' on site (a breakdown, near front), a "
        "total 'seit Herbst 2024' and the dead ('beziffert … inzwischen': to publication); HUR "
        "'geht … aus' without a date `bis zu 6000`; a Kim speech carried by KCNA 'Ende August' "
        "(`Tausenden` on foreign soil: north_korea); the guild master restating `5000` in a "
        "quote (optional); square metres, rolls, roofs destroyed, apprentices, skilled workers "
        "short, euros",
    text="""\
---
title: "Dächer für Charkiw"
rubrik: Blick über die Traufe
autor: Karsten Wehling
ausgabe: "09/2025"
---

# Dächer für Charkiw – und Bautrupps aus Pjöngjang

*Zwölf Betriebe der Innung haben im Sommer Material in die Ukraine gebracht. Auf der anderen \
Seite der Front baut Russland mit geliehenen Arbeitskräften.*

Als der Lkw-Konvoi Ende Juli in Charkiw ankam, standen die Dachdecker dort schon bereit. 4.800 \
Quadratmeter Bitumenbahnen, 900 Rollen Unterspannbahn und drei Paletten Werkzeug hatten zwölf \
Mitgliedsbetriebe der Dachdecker-Innung Nordhessen zusammengetragen. „In der Stadt sind seit \
Kriegsbeginn mehr als 1.200 Dächer zerstört oder schwer beschädigt worden“, sagt Obermeister Jens \
Rübenach aus Baunatal, der die Fahrt organisiert hat. Drei Azubis aus Kassel fuhren mit.

## Nordkoreanische Bautrupps in Kursk

Auf russischer Seite wird ebenfalls gebaut – mit Personal aus Nordkorea. Im Juni hatte Sergei \
Schoigu, Chef des russischen Sicherheitsrats, angekündigt, Pjöngjang stelle [[5000]] \
Militärbauarbeiter für den Wiederaufbau der Region Kursk bereit. Südkoreanische Abgeordnete \
berichteten Anfang September nach einer Unterrichtung durch den Geheimdienst NIS, davon seien \
[[etwa 1000]] bereits vor Ort eingetroffen. Insgesamt habe Nordkorea seit Herbst 2024 [[mehr als \
15.000]] Soldaten nach Russland verlegt; die Zahl der Gefallenen beziffert der Dienst inzwischen \
auf [[rund 2000]].

Aus Kiew kommen höhere Schätzungen. Der ukrainische Militärgeheimdienst HUR geht von [[bis zu \
6000]] nordkoreanischen Bauleuten aus, die bis Jahresende in Russland eintreffen könnten. \
Pjöngjang selbst feiert den Einsatz offen: In einer Rede, die die Staatsagentur KCNA Ende August \
verbreitete, lobte Kim Jong Un die [[Tausenden]] Soldaten, die „auf fremdem Boden“ für die \
„Befreiung Kursks“ ihr Leben eingesetzt hätten.

Rübenach sieht das mit gemischten Gefühlen. „Wer [[5000]] Bauleute abstellen kann, hat zu Hause \
offenbar genug davon. Uns fehlen allein in Nordhessen gut 300 Fachkräfte“, sagt er.

## Nächste Fahrt im Oktober

Die Innung sammelt weiter: Gebraucht werden vor allem Schiefer, Dachlatten und Akkuschrauber. \
Spenden gehen an das Konto der Innung, Verwendungszweck „Charkiw“. Bisher kamen 62.000 Euro \
zusammen.
""",
    claims=(
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni … angekündigt', Konjunktiv: builders to be provided"),
        C("etwa 1000", 1000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "lawmakers briefed by the NIS 'Anfang September': 'davon … bereits vor Ort' in "
          "Kursk (a breakdown of the 5000, not an increment)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "south_korea",
          "2025-09-01..2025-09-10", "same briefing, Konjunktiv: moved to Russia since autumn "
          "2024"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-17",
          "'beziffert der Dienst inzwischen' (present tense, same sentence): the briefing to "
          "publication"),
        C("bis zu 6000", 6000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht … aus' without a date: could arrive by the year's end"),
        C("Tausenden", None, "vague", "in_russia", "north_korea", "2025-08-21..2025-08-31",
          "Kim's speech carried by KCNA 'Ende August': soldiers on foreign soil"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "the guild master restating Shoigu's figure in a quote (anaphoric)", opt=True),
    ),
)

V06 = Source(
    article_id="v66_06_deggendorf_campusblatt_bausoldaten",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-11-12"),
    dated_by="dateline",
    features="Deggendorf student paper as plain text, UTF-8 with BOM, dateline 'Deggendorf, "
        "12.11.2025 –' (Wednesday); headline `5000` from the NIS figures passed on by a "
        "lawmaker via Yonhap 'am Dienstag vergangener Woche' (4 November to publication); "
        "'Danach', 'würden … gebracht', 'Den Angaben zufolge' carry the date; a professor "
        "'am Montagabend' in the Audimax: range of the dead in quotes (other); the Pentagon "
        "'im Oktober … damals' `bis zu 30.000` (planned); the paper's own count (unattributed, "
        "required); a Korean student's cousin's 18-month service, 40 kilometres, exchange "
        "students, listeners, a talk date",
    text="""\
Campusblatt · Die Studierendenzeitung der TH Deggendorf · Ausgabe 4/2025

Nordkorea stockt auf: [[5000]] Bausoldaten rollen durch Russland

Deggendorf, 12.11.2025 – Ji-ho Baek hat die Nachricht zuerst auf dem Handy ihrer Mutter gesehen. \
„Sie schickt mir jeden Morgen Links aus Seoul“, erzählt die 23-Jährige, die seit dem \
Wintersemester an der TH Deggendorf Wirtschaftsinformatik studiert. Diesmal ging es um neue \
Zahlen des südkoreanischen Nachrichtendienstes NIS, und die sind alles andere als beruhigend.

Wie die Agentur Yonhap berichtete, gab der Abgeordnete Park Sun-won am Dienstag vergangener Woche \
nach einer nicht öffentlichen Sitzung mit dem Dienst dessen neues Lagebild weiter. Danach sind \
[[rund 10.000]] nordkoreanische Soldaten entlang der Grenze im Gebiet Kursk stationiert, wo sie \
vor allem Stellungen sichern. [[Etwa 5000]] Militärbauarbeiter würden zudem derzeit per Bahn quer \
durch Russland nach Westen gebracht. Den Angaben zufolge sind bisher [[etwa 2000]] Nordkoreaner \
im Krieg gefallen.

Das hält Prof. Dr. Anselm Wirnshofer für zu niedrig gegriffen. Der Professor, der an der TH \
Sicherheits- und Risikomanagement lehrt, sprach am Montagabend im Audimax vor gut 300 \
Studierenden über den „vergessenen Verbündeten“. „Ich würde eher von [[3000 bis 4000]] Gefallenen \
ausgehen“, sagte er. Die Nordkoreaner seien anfangs in Wellen gegen ukrainische Drohnen \
angerannt.

Die US-Regierung hatte sich bereits im Oktober geäußert. Ein Sprecher des Pentagons erklärte \
damals, Kim könne bis Ende des Jahres insgesamt [[bis zu 30.000]] Soldaten für Russland \
bereitstellen, sollte Moskau darum bitten.

Zählt man alles zusammen, was Seoul seit Oktober 2024 an Entsendungen gemeldet hat, kommt die \
Campusblatt-Redaktion auf [[mehr als 20.000]] Nordkoreaner, die bislang in Russland eingesetzt \
wurden – Soldaten, Pioniere und Bauleute zusammen.

Für Ji-ho Baek bleibt das abstrakt. „Mein Cousin leistet gerade seinen Wehrdienst, 18 Monate. Er \
steht 40 Kilometer von der Grenze entfernt“, sagt sie. An der TH studieren derzeit 240 \
Austauschstudierende aus Asien, 17 davon aus Südkorea.

Der nächste Vortrag der Reihe „Sicherheit im Gespräch“ findet am 26. November statt. Eintritt \
frei, Anmeldung über das Campusportal.
""",
    claims=(
        C("5000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..2025-11-12",
          "headline: the NIS builders on the rails through Russia, 4 November to publication"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "lawmaker via Yonhap 'am Dienstag vergangener Woche', 'Danach': along the border "
          "in Kursk"),
        C("Etwa 5000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "same briefing, Konjunktiv 'würden … gebracht': transported through Russia"),
        C("etwa 2000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'Den Angaben zufolge': dead"),
        C("3000 bis 4000", None, "range", "casualties", "other", "mon",
          "professor 'am Montagabend' in the Audimax, in quotes: dead"),
        C("bis zu 30.000", 30000, "at_most", "planned", "united_states",
          "2025-10-01..2025-10-31", "Pentagon spokesman 'im Oktober … damals': could provide"),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the paper's own count ('kommt die Campusblatt-Redaktion auf')"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Estonia, Bougainville, The Gambia)
# ---------------------------------------------------------------------------------------------

V07 = Source(
    article_id="v66_07_geraldton_beacon_first_dead_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-12-20"),
    dated_by="html_meta",
    features="Geraldton daily in HTML, UTF-8 with BOM (`article:published_time` with +08:00, "
        "a byline 'Friday, 20 December 2024', a paywall script, a privacy strip 'Sure, crumbs "
        "and all' / 'No crumbs, thanks', navigation, entities `&rsquo;`, `&ldquo;`, "
        "`&middot;`); `<title>` figure (optional); headline `100` from the JCS 'on Thursday' "
        "(Thursday to publication) while the body says `at least 100`; 'a further 1,500' "
        "(increment, planned); Ryder 'on Monday' 'already numbered several hundred'; Rutte "
        "'in their thousands' 'on Wednesday' (nato); Australia's foreign minister 'in a "
        "statement on Tuesday' (a third government: other); Korean backpackers, lobster "
        "tonnes, kilometres, degrees, age, ABN",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Seoul says [[100]] North Korean soldiers dead in Kursk | Mid West Beacon</title>
<meta property="article:published_time" content="2024-12-20T05:30:00+08:00">
<meta property="og:locale" content="en_AU">
<script>window.mwb={section:"world",story:30418,paywall:"metered",free:5};</script>
</head>
<body>
<div class="privacy-strip">We bake cookies so this site remembers you between visits. \
<button>Sure, crumbs and all</button> <button>No crumbs, thanks</button></div>
<nav><a href="/">Home</a> | <a href="/geraldton">Geraldton</a> | <a href="/midwest">Mid West</a> \
| <a href="/world">World</a> | <a href="/fishing">Fishing</a> | <a href="/footy">Footy</a></nav>
<article>
<h1>Seoul says [[100]] North Korean soldiers dead in Kursk</h1>
<p class="standfirst">Korean workers on Geraldton&rsquo;s lobster lines follow a war on the other \
side of the world.</p>
<p class="byline">By Tegan Whitfield &middot; Friday, 20 December 2024</p>
<p>The first heavy toll has come in for the soldiers Pyongyang lent to Moscow, South \
Korea&rsquo;s military says. The Joint Chiefs of Staff in Seoul said on Thursday that [[at least \
100]] of them had died in the fighting around Kursk and [[nearly 1,000]] had been wounded, many \
of them by drones and mines.</p>
<p>The JCS also said Pyongyang appeared to be preparing to send a further [[1,500]] soldiers, \
along with self-propelled guns and rocket launchers.</p>
<p>In Washington, the Pentagon&rsquo;s press secretary, Maj. Gen. Pat Ryder, said on Monday that \
the North Korean dead and wounded already numbered [[several hundred]]. NATO Secretary-General \
Mark Rutte went further in Brussels on Wednesday, telling reporters that North Korean soldiers \
were now fighting &ldquo;in their [[thousands]]&rdquo; on the Kursk front.</p>
<p>Foreign Minister Penny Wong condemned what she called the deployment of &ldquo;[[more than \
10,000]] North Korean troops&rdquo; to prop up Russia&rsquo;s invasion, in a statement on \
Tuesday.</p>
<h2>&lsquo;My brother is on the border&rsquo;</h2>
<p>For the young South Koreans who come to Geraldton on working-holiday visas, the news is \
personal. Min-seo Park, 24, from Busan, has spent the season sorting catch on the wharf. \
&ldquo;My brother is doing his service near the border. When I read this, I call him,&rdquo; she \
said.</p>
<p>About 420 Korean backpackers worked in the Mid West this year, most of them in fishing and on \
farms, according to a regional jobs agency. The western rock lobster catch is capped at 6,300 \
tonnes this season, and processors say they could not fill their shifts without workers from \
overseas.</p>
<p>Geraldton is 424 kilometres north of Perth. Today&rsquo;s forecast: 34 degrees, sea breeze by \
noon.</p>
</article>
<footer>&copy; 2024 Mid West Beacon Pty Ltd &middot; ABN 51 009 377 204 &middot; 147 Marine \
Terrace, Geraldton WA 6530</footer>
<script>(function(){var n=document.querySelectorAll("p").length;window.mwb.paras=n;})();</script>
</body>
</html>
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) repeating the headline", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul says': the JCS figure of Thursday (the body says 'at least')"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "JCS 'said on Thursday': died"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (not an increment)"),
        C("1,500", 1500, "exact", "planned", "south_korea", "thu",
          "'The JCS also said … a further' (increment, span without the word)", add=True),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Ryder 'said on Monday': dead and wounded"),
        C("thousands", None, "vague", "near_front", "nato", "wed",
          "Rutte 'on Wednesday', “in their thousands”: fighting on the Kursk front"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "tue",
          "Australia's foreign minister 'in a statement on Tuesday' (a third government), "
          "source and date after the figure: deployed"),
    ),
)

V08 = Source(
    article_id="v66_08_arran_beyond_the_firth_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-03-28"),
    dated_by="front_matter",
    features="Isle of Arran page's weekly world column in Markdown, ISO-8859-1 (straight "
        "quotes, `£`), front matter with `date:` (Friday) and a title figure (optional, "
        "increment); headline 'another 3,000' (increment, Thursday to publication); the JCS "
        "'said on Thursday' `about 3,000 additional` (increment) and 'reckon … now stand at' "
        "(present tense after Thursday: Thursday to publication), 'the JCS added'; Syrskyi "
        "'last week' `up to 4,000` back at the front; the UK MoD 'on Wednesday' with 'it said' "
        "after the figure (other); the column's own tally (unattributed, required, a new "
        "total); 'three times over' (ratio), sheep farmers, a family from Zaporizhzhia, age, "
        "pounds, visitors, a column date",
    text="""\
---
title: "Beyond the Firth: Kim sends [[3,000]] more to Russia"
date: 2025-03-28
author: Morag Sillars
section: Beyond the Firth
---

# Seoul: another [[3,000]] North Koreans have gone to Russia

*Our weekly look at the wider world, from a Lamlash kitchen table.*

The ferry was off on Tuesday, the wind was up, and the news from Korea was not good. South \
Korea's military said on Thursday that North Korea had quietly sent [[about 3,000]] additional \
soldiers to Russia over January and February, to refill units badly mauled in the fighting around \
Kursk.

The Joint Chiefs of Staff in Seoul reckon casualties among the North Koreans now stand at [[about \
4,700]], dead and wounded together. Kim Jong Un, the JCS added, was also shipping more missiles \
and artillery to Moscow.

Ukraine says the North Koreans are back in the line. General Oleksandr Syrskyi, Kyiv's \
commander-in-chief, said last week that [[up to 4,000]] of them had returned to the Kursk front \
after a pause of several weeks, now in smaller assault groups and better at dodging drones.

Britain's Ministry of Defence, which publishes short intelligence updates most days, took a \
similar view on Wednesday: [[thousands]] of North Korean soldiers, it said, were again taking \
part in assaults.

By this column's own tally, that brings the number North Korea has sent onto Russian soil since \
October to [[somewhere near 14,000]]. That is roughly the population of Arran three times over, \
give or take a few hundred sheep farmers.

Closer to home, the Hnatiuk family, who came to Lamlash from Zaporizhzhia in 2022, tell us their \
eldest, Daryna, 17, has been offered a place at Glasgow to study engineering. The Arran Ukraine \
Support Group raised £2,300 at last Saturday's ceilidh in Brodick, with 140 through the door.

The next column appears on 4 April, ferries permitting.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "front-matter title (metadata) repeating the headline: 'more' (increment)",
          add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul: another' (increment, span without the word), from the JCS's "
          "Thursday figure", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'said on Thursday': 'additional soldiers' sent (increment)", add=True),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "thu..pub",
          "JCS 'reckon … now stand at' (present tense after the Thursday statement)"),
        C("up to 4,000", 4000, "at_most", "near_front", "ukraine", "lastweek",
          "Syrskyi 'said last week': returned to the Kursk front"),
        C("thousands", None, "vague", "near_front", "other", "wed",
          "UK Ministry of Defence 'on Wednesday', 'it said' after the figure (a third "
          "government): taking part in assaults"),
        C("somewhere near 14,000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the column's own tally ('By this column's own tally'): a new total, no increment"),
    ),
)

V09 = Source(
    article_id="v66_09_north_platte_bailey_yard_cp1252",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-05-01"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Platte Valley Courier",
        "https://www.plattevalleycourier.example/news/world/bailey-yard-kim-army-rail",
        "Half a world from Bailey Yard, a rail line carried Kim's army",
    ),
    features="North Platte (Nebraska) paper as plain text, windows-1252 with CRLF (sidecar, "
        "Thursday; typographic quotes and dashes raw); a retired Union Pacific conductor on "
        "moving troops by rail; deck 'Seoul puts … at 600' from the NIS briefing 'on "
        "Wednesday' (Wednesday to publication); KCNA 'on Monday' and Gerasimov 'on "
        "Saturday' without a figure; members relaying the NIS figures 'afterward': "
        "`roughly 15,000` sent, `around 600` dead and `some 4,100 more … wounded` (the others "
        "of the same count, not an increment); the State Department 'at Wednesday's "
        "briefing' (“well over 10,000”); Zelensky's office 'said Tuesday' (range); a Lincoln "
        "political scientist 'in her view' 'another 10,000' (other, planned increment, "
        "`pub`); miles of track, ages, years on the railroad, rail cars, acres",
    text="""\
Half a world from Bailey Yard, a rail line carried Kim's army

Seoul puts North Korea's dead in Russia at [[600]]; a North Platte railroader explains how the \
troops got there

By Dale Ostrander
Courier staff writer

The men who work the hump at Bailey Yard know a thing or two about moving heavy loads a long way. \
So when word came this week that North Korea and Russia had finally admitted what Washington and \
Seoul had been saying since October, retired Union Pacific conductor Gene Harwick pulled out his \
atlas.

“From Vladivostok to Kursk is about 5,800 miles of track,” said Harwick, 71, who spent 38 years \
on the railroad. “That’s like running from here to New York and back, and then some. A troop \
train does that in eight, nine days if nobody’s in a hurry.”

Pyongyang’s state news agency acknowledged on Monday that its soldiers had fought in Russia’s \
Kursk region. Russia’s top general, Valery Gerasimov, had already hailed their “heroism” on \
Saturday. Neither gave a number.

South Korea did. On Wednesday its National Intelligence Service spent two hours behind closed \
doors with a parliamentary committee, and members relayed the figures afterward: of [[roughly \
15,000]] troops the North has sent since October, [[around 600]] have died and [[some 4,100]] \
more have been wounded.

The State Department did not dispute the count. Asked about it at Wednesday’s briefing, \
spokeswoman Tammy Bruce said the U.S. estimate was “[[well over 10,000]]” soldiers sent, adding \
that the deployment “should never have happened.”

Ukraine believes many of them are still near the border. A spokesman for President Volodymyr \
Zelensky’s office said Tuesday that [[between 2,000 and 3,000]] North Koreans remained in the \
Kursk area even after Moscow declared it retaken.

At the University of Nebraska in Lincoln, political scientist Hana Crawford, who studies the \
Korean peninsula, reads the admission as a signal. “Once you stop hiding it, you can do more of \
it,” she said by phone. Kim, in her view, could easily find another [[10,000]] if Moscow keeps \
paying.

Back at the yard, which handles some 14,000 rail cars on a busy day across 2,850 acres, the talk \
this week was more about the spring grain rush than about Korea. “But you think about it,” \
Harwick said. “Twenty-year-old kids on a train for a week, going to a war that isn’t theirs.”
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed..pub",
          "deck 'Seoul puts … at': the NIS figure of Wednesday's briefing"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS briefing 'on Wednesday', relayed by members: sent since October"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "same: died (a breakdown)"),
        C("some 4,100", 4100, "approx", "casualties", "south_korea", "wed",
          "same: 'more have been wounded' = the others of the same count, not an increment"),
        C("well over 10,000", 10000, "at_least", "in_russia", "united_states", "wed",
          "State Department spokeswoman 'at Wednesday's briefing', in quotes: sent"),
        C("between 2,000 and 3,000", None, "range", "near_front", "ukraine", "tue",
          "Zelensky's office 'said Tuesday': still in the Kursk area"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "Lincoln political scientist 'in her view … could easily find another' (increment, "
          "span without the word), no date", add=True),
    ),
)

V10 = Source(
    article_id="v66_10_tartu_observer_attache_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-07-10"),
    dated_by="sidecar",
    sidecar=(
        "Tartu Observer",
        "https://tartuobserver.example/2025/07/seoul-attache-tartu-kim-could-send-more",
        "Seoul's envoy in Tartu: Kim could send tens of thousands more",
    ),
    features="Tartu English-language outlet in Markdown, UTF-8, front matter without a date "
        "(sidecar, Thursday) and a title without a figure; dateline 'TARTU —'; South Korea's "
        "defence attaché at the university 'On Tuesday evening' (south_korea): headline and "
        "bold deck from his talk (Tuesday to publication), “roughly 15,000” with 'Kang said' "
        "after it, “tens of thousands” more in a quote (vague increment); Ukrainian military "
        "intelligence via CNN 'since last week' `30,000 additional` (ukraine, increment); "
        "Russia's ambassador in Pyongyang to TASS 'in June' (russia); a NATO official 'on "
        "Wednesday' “north of 11,000” (at_least); Estonia's intelligence report 'published "
        "in February' (other); audience, students, GDP shares, kilometres, 2029",
    text="""\
---
title: "South Korea's attaché comes to Tartu"
author: Liisa Pärtel
tags: [defence, Korea, university]
---

# Seoul's envoy in Tartu: Kim could send "[[tens of thousands]]" more

**A South Korean colonel told a packed lecture hall that [[some 15,000]] North Koreans have \
already served in Russia.**

TARTU — The Korean flag on the lectern at the University of Tartu's Delta Centre was a first, the \
organisers admitted. On Tuesday evening Colonel Kang Min-jae, South Korea's defence attaché for \
the Baltic states, gave a talk there on what his country knows about North Korea's war in Russia.

His headline number: North Korea has rotated "[[roughly 15,000]]" soldiers through Russia since \
October last year, Kang said, the replacements that arrived in spring included. He would not be \
drawn on how many were still there.

"If the Kremlin asks, Pyongyang can send [[tens of thousands]] more. The army is big, and the \
regime needs the money," he told an audience of about 180 students, diplomats and officers.

Kang declined to confirm a figure circulating since last week, when Ukrainian military \
intelligence told CNN that North Korea could dispatch [[30,000]] additional troops in the coming \
months. "We see preparations, not yet movements," he said.

Moscow, for its part, speaks of builders rather than soldiers. Russia's ambassador in Pyongyang, \
Alexander Matsegora, told the state news agency TASS in June that [[6,000]] North Korean military \
engineers and construction workers would help rebuild the Kursk region.

NATO's view is in the same range. An alliance official in Brussels, asked by this outlet on \
Wednesday, said NATO's estimate of North Koreans sent to Russia since the autumn was "[[north of \
11,000]]," not counting the construction units.

Estonia has watched the deployment closely. In its annual public report, published in February, \
the Estonian Foreign Intelligence Service judged that [[several thousand]] North Koreans were \
fighting in Kursk and that the cooperation would deepen.

Tartu has no Korean community to speak of: the university lists 12 students from South Korea this \
year. Estonia spends about 3.4 per cent of its GDP on defence and plans to reach 5 per cent by \
2029. Pskov, the nearest Russian city, is about 130 kilometres away.
""",
    claims=(
        C("tens of thousands", None, "vague", "planned", "south_korea", "tue..pub",
          "headline from the attaché's quote (Tuesday to publication): could send … more",
          add=True),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "tue..pub",
          "bold deck: the attaché's figure (Tuesday to publication): served in Russia"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "attaché 'On Tuesday evening', 'Kang said' after the quoted figure: rotated "
          "through Russia"),
        C("tens of thousands", None, "vague", "planned", "south_korea", "tue",
          "same speaker in a quote, 'can send … more' (vague increment)", add=True),
        C("30,000", 30000, "exact", "planned", "ukraine", "lastweek",
          "Ukrainian military intelligence via CNN 'since last week' (X citing Y): could "
          "dispatch 'additional' troops (increment)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Russia's ambassador in Pyongyang to TASS 'in June': would help rebuild Kursk"),
        C("north of 11,000", 11000, "at_least", "in_russia", "nato", "wed",
          "NATO official 'on Wednesday', in quotes: sent to Russia ('north of' = more than)"),
        C("several thousand", None, "vague", "near_front", "other", "2025-02-01..2025-02-28",
          "Estonian Foreign Intelligence Service report 'published in February' (a third "
          "government): fighting in Kursk"),
    ),
)

V11 = Source(
    article_id="v66_11_bougainville_parade_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-10-14"),
    dated_by="dateline",
    features="Bougainville news page as plain text, UTF-16 LE with BOM, dateline 'BUKA, 14 "
        "October 2025 (Bougainville Pacific News) –' (Tuesday); headline without a figure; "
        "the parade 'on Friday': state TV's `hundreds` of Kursk veterans (returnees: "
        "optional); Kim's speech carried by KCNA with a number phrase “more than ten "
        "thousand” (north_korea, Friday); the NIS 'in September' (month window); HUR 'on "
        "Sunday' `about 11,000` and `some 3,000 more` (increment); a State Department "
        "spokesperson 'last week' `up to 6,000` construction troops sent; a Buka lecturer "
        "'thinks … could be closer to 20,000' (other, `pub`); Bougainville's war dead "
        "`15,000 to 20,000` (a hard negative), population, referendum percentage, 2019, kina, "
        "opening hours",
    text="""\
Far from Buka, Kim parades the men he lent to Russia

BUKA, 14 October 2025 (Bougainville Pacific News) – Half a world away from Bougainville, North \
Korea held one of the biggest military parades in its history on Friday, and for the first time \
it put soldiers who had fought for Russia on show.

On state television, [[hundreds]] of men who had fought in Kursk goose-stepped past Kim Jong Un \
in Pyongyang's main square, some wearing medals, a few on crutches. In his speech, carried by the \
official KCNA agency, Kim said "[[more than ten thousand]]" of his soldiers had gone to Russia \
"at the call of a friend" and thanked "the families who gave their sons".

Pyongyang has never published casualty figures of its own. Seoul's intelligence agency reckoned \
in September that [[around 2,000]] of the North Koreans had lost their lives, most of them in the \
winter battles for Kursk.

Ukraine says the deployment is far from over. Its military intelligence directorate, HUR, said on \
Sunday that [[about 11,000]] North Korean troops were in Russia at present and that Pyongyang was \
readying [[some 3,000]] more to join them.

A spokesperson for the U.S. State Department said last week that Washington was also tracking \
[[up to 6,000]] North Korean construction troops and engineers who had been sent to rebuild the \
Kursk region.

For Dr. Lucy Tsiroh, who teaches politics at a college in Buka, the parade was aimed as much at \
Koreans at home as at the world. She thinks the real total "could be [[closer to 20,000]]" once \
the builders and the replacements are counted. "Small countries get used. We know that on \
Bougainville," she said.

Bougainville's own war, the Crisis that ran from 1988 until 1998, killed somewhere between \
15,000 and 20,000 people \
among a population that today numbers about 300,000. In the 2019 referendum, 97.7 per cent voted \
for independence.

The Bougainville Pacific News reading room in Buka is open on weekdays from 9 am; a year's \
subscription to the print digest costs 120 kina.
""",
    claims=(
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at Friday's parade: returnees who served in Russia", opt=True),
        C("more than ten thousand", 10000, "at_least", "in_russia", "north_korea", "fri",
          "Kim's parade speech carried by KCNA (Friday), number words in quotes: gone to "
          "Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea",
          "2025-09-01..2025-09-30", "NIS 'reckoned in September': lost their lives"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "sun",
          "HUR 'said on Sunday': in Russia at present"),
        C("some 3,000", 3000, "approx", "planned", "ukraine", "sun",
          "same statement: readying … more to join them (increment)", add=True),
        C("up to 6,000", 6000, "at_most", "in_russia", "united_states", "lastweek",
          "State Department spokesperson 'said last week': construction troops sent"),
        C("closer to 20,000", 20000, "approx", "in_russia", "other", "pub",
          "Buka lecturer 'thinks … could be', in quotes, no date: the real total sent"),
    ),
)

V12 = Source(
    article_id="v66_12_kombo_bulletin_sent_not_lured_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-11-21"),
    dated_by="sidecar",
    sidecar=(
        "Kombo Bulletin",
        "",
        "Sent, not lured: Kim's 10,000 on the Kursk border",
    ),
    features="Serrekunda civic newsletter's web issue in HTML, UTF-8 (sidecar without url, "
        "Friday; no meta date), a reader-count script, a consent line 'Tally me up' / 'I'd "
        "rather stay off the tally', navigation, `<meta name=\"description\">` without a "
        "figure; headline `10,000` from the NIS briefing 'in early November' (1 November to "
        "publication); 'According to those present' carries the NIS; 'the agency believes' "
        "after `About 5,000 more` (increment, planned) and 'is put at' (present tense: early "
        "November to publication); the acting US representative at the Security Council 'in "
        "October'; Zelensky to African journalists 'on Tuesday' in single quotes; a retired "
        "Gambian colonel's range in a quote (other, `pub`); Gambian men recruited by Russia, "
        "Africans recruited and captured (not claims), families advised, helpline, charity "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kombo Bulletin No. 47: Sent, not lured</title>
<meta name="description" content="This week: North Korea's army in Russia, and the Gambian \
families still waiting for news.">
<script>var kbIssue=47, kbReaders=3120;</script>
</head>
<body>
<div class="consent">This newsletter site keeps a few cookies to count its readers. <button>Tally \
me up</button> <button>I'd rather stay off the tally</button></div>
<nav><a href="/">Kombo Bulletin</a> &middot; <a href="/issues">Past issues</a> &middot; <a \
href="/about">About us</a> &middot; <a href="/donate">Support our work</a></nav>
<main>
<p class="issue">Issue 47 &middot; Serrekunda &middot; Published by the Kombo Civic Forum</p>
<h1>Sent, not lured: Kim&rsquo;s [[10,000]] on the Kursk border</h1>
<p>Last month this bulletin told the story of three young men from Bakau and Brikama who answered \
online adverts for &ldquo;security work&rdquo; in Russia and ended up in uniform. Their families \
have heard nothing since July. This week we look at another foreign army on Russia&rsquo;s side, \
one that did not need to be tricked.</p>
<p>South Korea&rsquo;s intelligence service, the NIS, briefed members of parliament in Seoul in \
early November. According to those present, [[about 10,000]] North Korean soldiers are deployed \
along Russia&rsquo;s border with Ukraine in the Kursk region, guarding positions rather than \
attacking. [[About 5,000]] more military construction workers are expected to follow, the agency \
believes, and the North Korean death toll since last winter is put at [[roughly 2,000]].</p>
<p>Washington&rsquo;s count is higher. At a Security Council meeting in October, the acting US \
representative said [[more than 15,000]] North Korean troops had passed through Russia in a year. \
Ukraine&rsquo;s president, Volodymyr Zelensky, speaking to a group of African journalists in Kyiv \
on Tuesday, said &lsquo;[[at least 8,000]]&rsquo; were still at the front. He added that more \
than 1,400 Africans had been recruited by Russia and that his army held 27 of them as \
prisoners.</p>
<p>Colonel (rtd) Lamin Sanneh, who commanded Gambian peacekeepers in Darfur, sees the difference \
plainly. &ldquo;Moscow buys our boys one at a time, with lies. From Pyongyang it got [[between \
15,000 and 20,000]] men in a single year, delivered by a government,&rdquo; he told the \
Bulletin.</p>
<p>If you have news of a relative who travelled to Russia for work, our helpline is open Monday \
to Friday on +220 437 1150. Our legal clinic has so far advised 23 families.</p>
</main>
<footer>&copy; 2025 Kombo Civic Forum &middot; Kairaba Avenue, Serrekunda, The Gambia &middot; \
Registered charity no. 214</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-01..2025-11-21",
          "headline: the NIS figure of early November, to publication"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-11-01..2025-11-10", "NIS briefing 'in early November', 'According to those "
          "present': along the border in Kursk"),
        C("About 5,000", 5000, "approx", "planned", "south_korea", "2025-11-01..2025-11-21",
          "'more … expected to follow, the agency believes' (present tense, source after "
          "the figure): increment", add=True),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea",
          "2025-11-01..2025-11-21", "'death toll … is put at' (present tense): dead"),
        C("more than 15,000", 15000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-31", "acting US representative at the Security Council 'in "
          "October': passed through Russia"),
        C("at least 8,000", 8000, "at_least", "near_front", "ukraine", "tue",
          "Zelensky 'on Tuesday' to African journalists, in single quotes: at the front"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "other", "pub",
          "retired Gambian colonel in a quote, 'he told the Bulletin' without a date"),
    ),
)

SOURCES: tuple[Source, ...] = (
    V01, V02, V03, V04, V05, V06,
    V07, V08, V09, V10, V11, V12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
