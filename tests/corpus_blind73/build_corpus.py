"""Build the SEVENTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`. The seventy-fifth corpus for an honest measurement on articles the
extractor has never met, written in session 11 without opening the extractor, its lexicons or
the topic file, and without running it. Ordinary news from outlets and angles the other corpora
do not have: a Bad Kreuznach daily, a Nahe radio station's web text, a Lavanttal weekly
(Austrian conventions), an Upper Valais (Goms) paper (Swiss conventions), a roofers' guild
magazine and a Kaiserslautern campus radio; a Broken Hill daily, an Isle of Kerrera page, a
Berkshire County (Massachusetts) paper, a Thessaloniki English-language outlet, a Cocos
(Keeling) Islands community page and a Buea (Cameroon) civil-society newsletter. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind73_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

H01 = Source(
    article_id="h73_01_kreuznach_landbote_dreitausend",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Kreuznacher Landbote",
        "https://www.kreuznacher-landbote.example/politik/seoul-schon-3000-soldaten-aus-nordkorea"
        "-in-russland-41877.html",
        "Seoul: Schon 3000 nordkoreanische Soldaten in Russland",
    ),
    features="Bad Kreuznach daily as plain text (sidecar, Thursday); headline 'Seoul:' `3000` "
        "from the NIS figure lawmakers heard 'am Mittwoch'; 'erfuhren Mitglieder des "
        "Geheimdienstausschusses' after the figure; 'Am vergangenen Freitag' `1500` (older NIS "
        "figure); 'so die Einschätzung' carried by Konjunktiv to the planned `etwa 10.000`; the "
        "White House's Kirby 'Stunden später' (Wednesday) after a colon `Mindestens 3000`; HUR "
        "named "
        "only after the figure, undated (`Knapp 2600` near the border, `bis zu 12.000` planned, "
        "'darunter 500 Offiziere' a breakdown of the planned total); Peskov without a figure; a "
        "refugee from Sumy (no figure), BRICS countries, refugees in the district, members, "
        "distance, age, phone number",
    text="""\
Kreuznacher Landbote | Politik & Welt

Seoul: Schon [[3000]] nordkoreanische Soldaten in Russland

Südkoreas Geheimdienst verdoppelt seine Schätzung binnen einer Woche – an der Nahe wächst die \
Sorge ukrainischer Familien

Von Katrin Eulberg

Bad Kreuznach/Seoul. Binnen weniger Tage hat sich das Bild gewandelt: Pjöngjang schickt \
offenbar deutlich mehr Soldaten in den Krieg gegen die Ukraine als zunächst angenommen. \
Inzwischen seien [[rund 3000]] Mann in Russland eingetroffen, erfuhren Mitglieder des \
Geheimdienstausschusses in Seoul am Mittwoch vom Nationalen Nachrichtendienst NIS. Am \
vergangenen Freitag hatte der Dienst noch von [[1500]] Angehörigen einer Spezialeinheit \
gesprochen.

Bis Dezember, so die Einschätzung der Geheimdienstler, könnte das Kontingent auf \
[[etwa 10.000]] Mann anwachsen. Die Nordkoreaner würden derzeit im Fernen Osten Russlands an \
Drohnen und russischen Gewehren ausgebildet. Einen Teil wolle Moskau womöglich schon im \
November an die Front schicken, berichtete der Abgeordnete Lee Ji-hoon nach der Sitzung.

Auch die Amerikaner haben ihre Zurückhaltung aufgegeben. In Rom, wo er am Mittwoch Station \
machte, verwies Pentagon-Chef Lloyd Austin auf „Belege“ für nordkoreanische Truppen in \
Russland. Stunden später legte John Kirby nach, im Weißen Haus für Sicherheitsfragen zuständig: \
[[Mindestens 3000]] Soldaten seien zwischen Anfang und Mitte Oktober per Schiff von Wonsan \
nach Wladiwostok gebracht worden. Wozu Moskau sie einsetzen wolle, sei noch unklar, räumte \
Kirby ein.

Kiew ist da weniger zurückhaltend. [[Knapp 2600]] der Nordkoreaner seien bereits in die \
Grenzregion Kursk verlegt worden, teilte der ukrainische Militärgeheimdienst HUR mit. \
Insgesamt rechne man in Kiew mit [[bis zu 12.000]] Soldaten aus dem Norden Koreas, darunter \
[[500]] Offiziere und drei Generäle.

Der Kreml bleibt bei seiner Linie. Sprecher Dmitri Peskow nannte die Berichte über \
nordkoreanische Truppen am Dienstag erneut „Fälschungen“. Präsident Wladimir Putin empfängt \
derweil im tatarischen Kasan Staats- und Regierungschefs aus 36 Ländern zum Brics-Gipfel.

Olena Hrytsenko verfolgt die Nachrichten am Handy, wann immer sie kann. Die 41-Jährige stammt \
aus Sumy, nur 30 Kilometer von der russischen Grenze entfernt, und lebt seit März 2022 mit \
ihren beiden Töchtern in Bad Kreuznach. „Unsere Männer halten seit Monaten gegen eine \
Übermacht stand. Wenn jetzt noch eine fremde Armee dazukommt, weiß ich nicht, wie lange \
noch“, sagt sie. Ihr Bruder kämpft seit dem Sommer bei Kursk.

Im Landkreis leben nach Angaben der Kreisverwaltung derzeit rund 2300 Geflüchtete aus der \
Ukraine. Der Verein „Nadija – Hoffnung an der Nahe“, in dem Hrytsenko sich engagiert, zählt \
85 Mitglieder und lädt jeden Donnerstag von 16 bis 19 Uhr zum Treffen ins Haus der Begegnung \
in der Mannheimer Straße ein. Kontakt: 0671 555 2290.
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure lawmakers heard on Wednesday, to publication"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "Konjunktiv, 'erfuhren Mitglieder des Geheimdienstausschusses … am Mittwoch vom … NIS' "
          "after the figure: arrived in Russia"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "fri",
          "'Am vergangenen Freitag hatte der Dienst noch von … gesprochen' (older figure)"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'so die Einschätzung der Geheimdienstler': could grow to by December (planned)"),
        C("Mindestens 3000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House's Kirby 'Stunden später' (still Wednesday), after a colon: shipped to "
          "Vladivostok"),
        C("Knapp 2600", 2600, "approx", "near_front", "ukraine", "pub",
          "HUR named after the figure ('teilte … mit'), undated: moved to the Kursk border region"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "pub",
          "'rechne man in Kiew mit': expected in total (planned)"),
        C("500", 500, "exact", "planned", "ukraine", "pub",
          "'darunter 500 Offiziere' breaks down the expected total (planned, not additional)"),
    ),
)

H02 = Source(
    article_id="h73_02_nahewelle_verluste_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Nahe radio station's web text in HTML (`article:published_time` with +01:00, a "
        "'Dachzeile' with '18.12.2024', a stream script with a bitrate, a consent layer with 12 "
        "service providers, region navigation, a regional sidebar with road and market numbers); "
        "`<title>` figure (optional) and headline 'Pentagon:' „Hunderte“ from the senior "
        "Pentagon official 'am Montag' (Monday to publication); „mehrere hundert“ in quotes; "
        "'nach US-Erkenntnissen' right after it without a date (Monday to publication, in Kursk); "
        "HUR 'schon am Sonntag' on Saturday's attacks (`mindestens 30`, Sunday) carried to "
        "`etwa 12.000` by 'so der HUR' at the end; Rutte 'am Dienstagabend' (nato); a retired "
        "artillery instructor's range (other, `pub`); 'mehrere hundert ukrainische Soldaten' "
        "trained in Idar-Oberstein (not a claim); JCS without a figure; phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Pentagon: [[Hunderte]] Nordkoreaner bei Gefechten um Kursk verwundet oder tot | Radio \
Nahewelle</title>
<meta property="og:site_name" content="Radio Nahewelle">
<meta property="article:published_time" content="2024-12-18T07:15:00+01:00">
<meta name="author" content="Redaktion Nahewelle">
<script>var nw={stream:"https://stream.nahewelle.example/live.mp3",kbps:128,page:20419};</script>
</head>
<body>
<div class="consent-layer"><p>Wir würden gern zählen, wie oft dieser Text gelesen wird – dafür \
setzen wir und 12 Dienstleister Cookies ein.</p><button>Statistik für die Nahewelle \
erlauben</button> <button>Nur zuhören, nicht messen</button></div>
<nav><a href="/">Start</a> · <a href="/nachrichten">Nachrichten</a> · <a href="/region">Nahe \
&amp; Hunsrück</a> · <a href="/verkehr">Verkehr</a> · <a href="/programm">Programm</a></nav>
<main>
<article>
<h1>Pentagon: [[Hunderte]] Nordkoreaner bei Gefechten um Kursk verwundet oder tot</h1>
<p class="dachzeile">Ukraine-Krieg · 18.12.2024 · 07:15 Uhr</p>
<p><strong>Die Soldaten aus Nordkorea haben bei ihren ersten Gefechten im russischen Gebiet \
Kursk offenbar schwere Verluste erlitten. Washington und Kiew berichten übereinstimmend von \
vielen Toten.</strong></p>
<p>Nach Einschätzung der US-Regierung sind bei den Kämpfen in den vergangenen Tagen \
&bdquo;[[mehrere hundert]]&ldquo; Soldaten aus Nordkorea gefallen oder verwundet. Die \
Zahl reiche vom einfachen Soldaten bis zu höheren Dienstgraden, sagte ein ranghoher \
Mitarbeiter des Pentagons am Montag in Washington. Seinen Namen wollte er nicht in der Zeitung \
lesen.</p>
<p>Insgesamt sind nach US-Erkenntnissen [[rund 11.000]] Nordkoreaner im Gebiet Kursk \
stationiert. Sie kämpfen dort an der Seite russischer Einheiten gegen ukrainische Truppen, die \
seit ihrem Vorstoß im August einen Teil der Region halten.</p>
<h2>Kiew meldet Tote nach Angriffen am Wochenende</h2>
<p>Der ukrainische Militärgeheimdienst HUR hatte schon am Sonntag von ersten Verlusten \
berichtet. Bei Angriffen nahe der Dörfer Plechowo, Worobjowka und Martynowka seien am Samstag \
[[mindestens 30]] Nordkoreaner getötet oder verletzt worden. Die Männer aus Pjöngjang würden \
vor allem als Sturminfanterie eingesetzt, insgesamt [[etwa 12.000]] Mann, so der HUR.</p>
<p>Auch die Nato sieht Nordkorea inzwischen als Kriegspartei. Generalsekretär Mark Rutte sagte \
am Dienstagabend in Brüssel, [[mehr als 10.000]] Soldaten aus Pjöngjang kämpften mittlerweile \
an der Seite Russlands. Das sei &bdquo;eine gefährliche Ausweitung dieses Krieges&ldquo;.</p>
<h2>&bdquo;Infanterie ohne Deckung&ldquo;</h2>
<p>Frank Dörr hat 30 Jahre als Offizier gedient, zuletzt als Ausbilder an der Artillerieschule \
in Idar-Oberstein. Dort lernten seit 2022 mehrere hundert ukrainische Soldaten den Umgang mit \
der Panzerhaubitze 2000. Im Gespräch mit Radio Nahewelle schätzt Dörr, dass derzeit \
[[8.000 bis 10.000]] Nordkoreaner unmittelbar an der Front stehen. &bdquo;Die Russen schicken \
sie über offenes Gelände gegen Stellungen, über denen Drohnen kreisen. Da sind hohe Verluste \
programmiert.&ldquo;</p>
<p>Südkoreas Generalstab bestätigte am Montag lediglich, dass Nordkoreaner in Kämpfe verwickelt \
seien. Zahlen nannte er nicht. Pjöngjang und Moskau schweigen zu dem Einsatz weiterhin.</p>
</article>
<aside><h3>Mehr aus der Region</h3><ul><li>B41: Vollsperrung bei Bad Sobernheim bis \
Freitag</li><li>Weihnachtsmarkt in Idar-Oberstein: 62 Buden</li></ul></aside>
</main>
<footer><p>&copy; 2024 Radio Nahewelle · Studiotelefon 06781 555 104 · <a \
href="/impressum">Impressum</a></p></footer>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "united_states", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'Pentagon:': the senior official's Monday figure, to publication"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "„…“ in quotes, speaker named after the figure: Pentagon official 'am Montag'"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "mon..pub",
          "'nach US-Erkenntnissen' right after the Monday statement, no date of its own: in Kursk"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'schon am Sonntag' about Saturday's attacks: killed or wounded"),
        C("etwa 12.000", 12000, "approx", "near_front", "ukraine", "sun",
          "same HUR report, 'so der HUR' at the end: used as assault infantry"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "nato", "tue",
          "Rutte 'am Dienstagabend': fighting alongside Russia"),
        C("8.000 bis 10.000", None, "range", "near_front", "other", "pub",
          "retired artillery instructor, undated interview ('schätzt'): at the front"),
    ),
)

H03 = Source(
    article_id="h73_03_lavanttal_woche_atempause_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter", crlf=True,
    features="Lavanttal weekly in Markdown, ISO-8859-1 with CRLF (»« quotes, straight hyphens, "
        "'Euro' spelled out), front matter with `date:`, an issue number and a title without a "
        "figure; 'Jänner', 'Feber', 'heuer'; the SSO spokesman 'am Montag' named before the "
        "figure (`rund 1.000` dead in January); Yonhap 'unter Berufung auf' the NIS 'am "
        "Mittwoch' with `weniger als 1.000` (at_most) at the front, carried by Konjunktiv to the "
        "total and the casualties; a vague subheading (optional); Rubio 'am vergangenen "
        "Freitag' »Tausende« dead; HUR 'vergangene Woche' `weitere 5.000 bis 6.000` (range "
        "increment); a Wiener Neustadt officer's »mehreren tausend frischen Soldaten« (vague "
        "increment, other, `pub`); army size, families, lorry loads, euros, a collection date",
    text="""\
---
title: "Kims Soldaten sind von der Front verschwunden"
date: 2025-02-20
ressort: Welt
ausgabe: "08/2025"
autorin: Sabine Kogler
---

# Kims Soldaten sind von der Front verschwunden

**Seit Wochen werden im russischen Gebiet Kursk keine Nordkoreaner mehr gesichtet. Die \
Geheimdienste in Seoul und Kiew rätseln, ob Pjöngjang aufgibt oder nur Atem holt.**

*Von Sabine Kogler*

Der Sprecher der ukrainischen Spezialeinsatzkräfte ließ am Montag keinen Zweifel: Seit Ende \
Jänner habe man an der Front bei Kursk keine nordkoreanischen Einheiten mehr beobachtet. \
Schuld seien die enormen Verluste. Allein im Jänner hätten die Truppen aus Pjöngjang \
[[rund 1.000]] Tote zu beklagen gehabt, erklärte er im ukrainischen Fernsehen.

Der südkoreanische Geheimdienst NIS kommt zu einem ähnlichen Befund. Wie die Agentur Yonhap am \
Mittwoch unter Berufung auf den Dienst meldete, stehen derzeit [[weniger als 1.000]] \
Nordkoreaner in vorderster Linie. Insgesamt seien seit Oktober [[rund 11.000]] Soldaten nach \
Russland gebracht worden, [[mehr als 3.000]] von ihnen seien getötet oder verwundet. Die \
Einheiten würden wohl neu aufgestellt, hieß es weiter.

## Washington spricht von »[[Tausenden]]« Toten

US-Außenminister Marco Rubio hatte am Rande der Münchner Sicherheitskonferenz am vergangenen \
Freitag einen schärferen Ton angeschlagen. »[[Tausende]] junge Nordkoreaner sind für Putins \
Krieg gestorben«, sagte er vor Journalisten. Eine genaue Zahl nannte er nicht.

Kiew rechnet nicht damit, dass es dabei bleibt. Der ukrainische Militärgeheimdienst HUR \
warnte vergangene Woche, Pjöngjang könnte heuer weitere [[5.000 bis 6.000]] Mann nach \
Russland schicken. Ein Teil davon werde bereits an Geschützen und Raketenwerfern ausgebildet.

## Experte: »Das ist eine Atempause«

Auch Oberst Harald Pichler von der Theresianischen Militärakademie in Wiener Neustadt hält \
einen Abzug für unwahrscheinlich. »Ich erwarte, dass die Nordkoreaner im Frühjahr \
zurückkehren, und zwar mit [[mehreren tausend]] frischen Soldaten«, sagt der Offizier, der \
aus St. Andrä stammt und regelmäßig im Lavanttal Vorträge hält. Für Kim sei der Einsatz eine \
Lehrstunde: Nirgendwo sonst könne seine Armee, die mit 1,2 Millionen Mann zu den größten der \
Welt zählt, den Drohnenkrieg so genau studieren.

## Hilfe aus dem Lavanttal

Im Bezirk Wolfsberg leben derzeit 86 ukrainische Familien. Die Pfarre St. Marein hat seit \
Feber 2022 nach eigenen Angaben 14 Lastwagenladungen mit Hilfsgütern in die Westukraine \
geschickt, zuletzt Stromaggregate im Wert von 23.000 Euro. Die nächste Sammlung ist für \
Samstag, 1. März, geplant, Abgabe von 9 bis 12 Uhr im Pfarrhof.

Moskau schweigt zu alldem. Der Kreml hat die Anwesenheit nordkoreanischer Soldaten bis heute \
weder bestätigt noch dementiert.
""",
    claims=(
        C("rund 1.000", 1000, "approx", "casualties", "ukraine", "mon",
          "SSO spokesman 'am Montag', Konjunktiv, 'erklärte er' after the figure: dead in January"),
        C("weniger als 1.000", 1000, "at_most", "near_front", "south_korea", "wed",
          "Yonhap 'am Mittwoch unter Berufung auf' the NIS: 'weniger als' (at_most) at the front"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "same report, Konjunktiv: sent since October"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "south_korea", "wed",
          "same sentence: killed or wounded"),
        C("Tausenden", None, "vague", "casualties", "united_states", "fri..pub",
          "vague subheading restating Rubio's figure", opt=True),
        C("Tausende", None, "vague", "casualties", "united_states", "fri",
          "Rubio 'am vergangenen Freitag' (the Friday before this Thursday) in »…«: died"),
        C("5.000 bis 6.000", None, "range", "planned", "ukraine", "lastweek",
          "HUR 'vergangene Woche': could send 'weitere' this year ('heuer' is the event)",
          add=True),
        C("mehreren tausend", None, "vague", "planned", "other", "pub",
          "Wiener Neustadt officer in »…«, present tense 'sagt': return 'mit … frischen "
          "Soldaten' (reinforcements: increment)", add=True),
    ),
)

H04 = Source(
    article_id="h73_04_goms_bergbote_eingestaendnis",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="Upper Valais (Goms) paper's foreign page as plain text, windows-1252 with CRLF, "
        "Swiss conventions (`ss`, «», `15'000`, `10'000`, `11'000`, `20'000 und 30'000`, 4-digit "
        "`4700`/`3000`/`3500`), dateline 'Brig/Seoul, 30. April 2025 –' (Wednesday); headline "
        "'Seoul beziffert' `4700` from the NIS 'am Mittwoch' (the publication day); the NIS "
        "figures 'Demnach hat … rund 15'000', 'Tot oder verletzt seien davon etwa 4700, unter "
        "ihnen rund "
        "600 Gefallene' with the lawmakers named in the next sentence, 'Den Angaben zufolge' "
        "`gegen 10'000` (Swiss "
        "`gegen` = approx) in Kursk; Gerasimov (Saturday) and KCNA (Monday) without a figure; "
        "HUR 'Mitte April' (Belgorod border); the State Department «über 11'000» with 'Dies "
        "sagte eine Sprecherin am Montag (Ortszeit)' after it; an ETH researcher's range "
        "(other, `pub`, planned); 'ein paar Nordkoreaner … Divisionen' in a quote (no figure); "
        "refugees, sanctions listings, francs, age",
    text="""\
Walliser Bergbote – Ausland

Seoul beziffert Nordkoreas Verluste auf [[4700]]

Nach Moskau räumt auch Pjöngjang den Kampfeinsatz in Kursk ein – in Reckingen bangt eine \
Ukrainerin um ihren Mann

Brig/Seoul, 30. April 2025 – Monatelang haben Moskau und Pjöngjang geschwiegen, nun geht es \
schnell. Am Samstag hatte der russische Generalstabschef Waleri Gerassimow erstmals \
eingeräumt, dass nordkoreanische Einheiten an der Rückeroberung des Gebiets Kursk beteiligt \
waren. Zwei Tage darauf folgte Pjöngjang: Kim Jong Un persönlich habe die Entsendung \
befohlen, meldete die Staatsagentur KCNA am Montag. Eine Zahl nannten beide nicht.

Die Zahlen lieferte am Mittwoch der südkoreanische Nachrichtendienst NIS. Demnach hat \
Nordkorea seit dem letzten Herbst [[rund 15'000]] Soldaten in den Krieg geschickt. Tot oder \
verletzt seien davon [[etwa 4700]], unter ihnen [[rund 600]] Gefallene. Dies berichteten \
Abgeordnete des Geheimdienstausschusses in Seoul nach einer vertraulichen \
Sitzung. Den Angaben zufolge stehen derzeit noch [[gegen 10'000]] Nordkoreaner in der Region \
Kursk, viele von ihnen bei der Artillerie.

Die Ukraine sieht die Lage anders. Bereits Mitte April hatte Kiews Militärgeheimdienst \
gewarnt, Russland verlege [[rund 3000]] Nordkoreaner in das benachbarte Grenzgebiet Belgorod. \
Dort stünden sie inzwischen bereit, hiess es. Das US-Aussenministerium wiederum geht von \
«[[über 11'000]]» Soldaten aus, die Pjöngjang insgesamt entsandt habe. Dies sagte eine \
Sprecherin am Montag (Ortszeit) in Washington.

Für die Sicherheitsexpertin Andrea Zurbriggen von der ETH Zürich ist das Eingeständnis \
Moskaus kein Zufall. «Russland braucht die Nordkoreaner nicht nur in Kursk», sagt die \
gebürtige Saaserin. Sie rechnet damit, dass Moskau bis Ende Jahr \
[[zwischen 20'000 und 30'000]] Mann aus Pjöngjang anfordern wird. Kims Armee zähle weit über \
eine Million Soldaten, daran mangle es nicht.

In Reckingen verfolgt Iryna Melnyk die Meldungen mit wachsender Sorge. Die 34-Jährige arbeitet \
seit zwei Wintern im Service eines Hotels beim Langlaufzentrum, ihr Mann steht als Soldat \
nahe Sumy. «Früher hiess es, da seien ein paar Nordkoreaner. Jetzt reden alle von \
Divisionen», sagt sie. In der Gemeinde Goms leben 27 Geflüchtete aus der Ukraine, der Kanton \
Wallis hat insgesamt rund 3500 aufgenommen.

Der Bundesrat hat die jüngsten EU-Sanktionen gegen Nordkorea übernommen. Betroffen sind neun \
Personen und vier Firmen. Die Schweiz will die Ukraine bis 2028 mit insgesamt 5 Milliarden \
Franken unterstützen.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul beziffert': the NIS figure of Wednesday (the publication day)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch', lawmakers named in the next sentence: sent since autumn"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same sentence: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'unter ihnen rund 600 Gefallene' (a breakdown of the casualties)"),
        C("gegen 10'000", 10000, "approx", "near_front", "south_korea", "wed",
          "'Den Angaben zufolge' carries the NIS; Swiss 'gegen' = approximately: in Kursk"),
        C("rund 3000", 3000, "approx", "near_front", "ukraine", "2025-04-11..2025-04-20",
          "HUR 'Mitte April': moved to the Belgorod border region, standing ready"),
        C("über 11'000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department «…», 'Dies sagte eine Sprecherin am Montag (Ortszeit)' after it"),
        C("zwischen 20'000 und 30'000", None, "range", "planned", "other", "pub",
          "ETH researcher 'rechnet damit' (present tense): Moscow will request by year's end"),
    ),
)

H05 = Source(
    article_id="h73_05_dachdecker_innung_bausoldaten_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-06-26"),
    dated_by="sidecar",
    sidecar=(
        "DachForum Rheinhessen-Nahe",
        "",
        "Bausoldaten aus Nordkorea: 6.000 Mann für Kursk",
    ),
    features="roofers' guild magazine in Markdown, UTF-8 with BOM, front matter without a date "
        "(issue '6/2025'; sidecar without url, Thursday) with a title figure (optional); "
        "headline `6.000` from Shoigu's announcement 'Am 17. Juni' (the date to publication); "
        "'Gemeint seien' `1.000` and `5.000` (Konjunktiv, same date, planned, russia, not "
        "increments); the NIS 'bezifferte … am Dienstag … auf' `etwa 15.000`; Suspilne citing HUR "
        "'am Montag' (X citing Y); the magazine's own reckoning 'Zählt man all das "
        "zusammen' `mehr als 20.000` (unattributed, required, planned); the guild master's "
        "„fünftausend“ restating Shoigu inside a quote (optional); euros, houses, pallets, "
        "weeks, phone number",
    text="""\
---
title: "Bausoldaten aus Nordkorea: [[6.000]] Mann für Kursk"
heft: "DachForum Rheinhessen-Nahe 6/2025"
rubrik: "Blick über den Dachrand"
---

# Bausoldaten aus Nordkorea: [[6.000]] Mann für Kursk

*Während unsere Innung Dachziegel für die Ukraine sammelt, schickt Kim Jong Un Bautrupps zu \
Putin. Ein Blick auf die Zahlen – und warum sie uns etwas angehen.*

Es war eine Nachricht, die in unserer Branche aufhorchen ließ. Am 17. Juni verkündete Sergej \
Schoigu, früher Russlands Verteidigungsminister und heute Chef des Sicherheitsrats, nach einem \
Treffen mit Kim Jong Un in Pjöngjang, Nordkorea werde [[6.000]] Mann für den Wiederaufbau der \
Region Kursk abstellen. Gemeint seien [[1.000]] Pioniere, die Minen und Blindgänger räumen, \
sowie [[5.000]] Soldaten aus Baueinheiten, die zerstörte Straßen, Brücken und Häuser instand \
setzen sollen.

Bausoldaten also, Kollegen in Uniform, wenn man so will. Nur dass sie für eine Armee arbeiten, \
die in der Ukraine seit mehr als drei Jahren Dächer zerschießt.

## Was Seoul und Kiew sagen

Der südkoreanische Geheimdienst NIS hält die Ankündigung für glaubwürdig. Vor dem \
Geheimdienstausschuss in Seoul bezifferte er am Dienstag die Zahl der bisher entsandten \
nordkoreanischen Kampftruppen auf [[etwa 15.000]]. Die Bautrupps könnten demnach ab Juli oder \
August in Marsch gesetzt werden.

Aus Kiew kommen deutlichere Töne. Nach Einschätzung des ukrainischen Militärgeheimdienstes, \
die der Sender Suspilne am Montag zitierte, sind [[rund 11.000]] Nordkoreaner weiterhin in der \
Region Kursk stationiert – vor allem Artilleristen und Drohnenpiloten.

Zählt man all das zusammen, kämen bis zum Herbst wohl [[mehr als 20.000]] Nordkoreaner auf \
russischer Seite zum Einsatz. Eine offizielle Gesamtzahl gibt es nicht.

## Unsere Dachziegel für Tschernihiw

Obermeister Jürgen Hattemer sieht die Meldung mit gemischten Gefühlen. „Wenn da jetzt \
[[fünftausend]] Bausoldaten anrücken, um Kursk wieder hochzuziehen, dann zeigt das, wie viel \
dort kaputt ist“, sagt er. „Wir machen das Gleiche in der Ukraine, nur mit Spenden und \
Freiwilligen.“

Seit dem Frühjahr 2023 hat die Innung mit 48.000 Euro aus Spenden Dachziegel, Lattung und \
Unterspannbahnen für 35 Häuser in Dörfern rund um Tschernihiw finanziert. Zwei Gesellen aus \
Wörrstadt und Ingelheim waren im Mai für drei Wochen vor Ort. Im Herbst soll ein dritter \
Transport mit 14 Paletten folgen.

Spendenkonto: Dachdecker-Innung Rheinhessen-Nahe, Stichwort „Dach für Tschernihiw“. \
Rückfragen an die Geschäftsstelle unter 06131 555 3370.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title (metadata) restating the headline", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: Shoigu's announcement of 17 June, to publication"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni verkündete': will assign for reconstruction (planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "'Gemeint seien' (Konjunktiv, same announcement): deminers, part of the 6.000"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: soldiers of construction units, part of the 6.000"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'bezifferte … am Dienstag … auf': combat troops sent so far"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR assessment 'die der Sender Suspilne am Montag zitierte' (X citing Y): in Kursk"),
        C("mehr als 20.000", 20000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own reckoning 'Zählt man all das zusammen': by autumn"),
        C("fünftausend", 5000, "exact", "planned", "other", "pub",
          "guild master restating Shoigu's figure inside a quote", opt=True),
    ),
)

H06 = Source(
    article_id="h73_06_campusradio_kl_gefallene_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-09-17"),
    dated_by="sidecar",
    sidecar=(
        "Campusradio Barbarossa",
        "https://www.campusradio-barbarossa.example/weltblick/nordkoreas-tote-2025-09",
        "Seoul: Rund 2.000 Nordkoreaner in Russlands Krieg gefallen",
    ),
    features="Kaiserslautern campus radio's web text in HTML, UTF-16 LE with BOM (sidecar, "
        "Wednesday), a player script with a bitrate, a cookie notice with a baking joke, a "
        "`<title>` without a figure; headline and lead `Rund 2.000` from the NIS figure a "
        "lawmaker passed on 'am 4. September' (headline: that date to publication); 'Außerdem "
        "bereite' `etwa 6.000 weitere` (planned increment, carried); KCNA 'am 22. August' "
        "„Dutzende“ fallen honoured (north_korea); HUR undated `über 2.300` dead and 'hinzu "
        "kämen Tausende Verwundete' (others in the same count, not an increment); Rutte 'am "
        "Montag' in „…“ (nato, fighting); an RPTU political scientist's range (other, `pub`); "
        "students, lecture room, frequency, broadcast length",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Weltblick: Nordkoreas Tote im Ukraine-Krieg – Campusradio Barbarossa</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.crbPlayer={src:"/live/barbarossa-aac",bitrate:96,show:"weltblick"};</script>
</head>
<body>
<div id="kekse"><p>Auch ein Campusradio braucht Zahlen: Wir würden gern anonym zählen, welche \
Beiträge ihr lest.</p><button>Kekse backen lassen</button> <button>Diät halten</button></div>
<header><a href="/">Campusradio Barbarossa</a> <a href="/sendungen">Sendungen</a> <a \
href="/weltblick">Weltblick</a> <a href="/campus">Campus</a> <a \
href="/mitmachen">Mitmachen</a></header>
<main>
<h1>Seoul: [[Rund 2.000]] Nordkoreaner in Russlands Krieg gefallen</h1>
<p class="teaser">Südkoreas Geheimdienst legt neue Zahlen vor, Pjöngjang feiert seine \
„Helden“. Im Weltblick ordnet eine Politikwissenschaftlerin der RPTU die Zahlen ein.</p>
<p class="meta">Weltblick · von Jonas Albrecht und Merve Yıldız</p>
<p>Es ist die bislang höchste Zahl aus Seoul: [[Rund 2.000]] nordkoreanische Soldaten sind \
nach Einschätzung des südkoreanischen Nachrichtendienstes NIS im Krieg gegen die Ukraine ums \
Leben gekommen. Das gab der Abgeordnete Park Jun-tae am 4. September nach einer Sitzung des \
Geheimdienstausschusses weiter. Außerdem bereite Pjöngjang [[etwa 6.000]] weitere Soldaten \
auf einen Einsatz in Russland vor, darunter Pioniere und Bautrupps.</p>
<p>In Pjöngjang werden die Toten inzwischen offen als Helden verehrt. Die Staatsagentur KCNA \
berichtete am 22. August, Kim Jong Un habe „[[Dutzende]]“ gefallene Kämpfer posthum mit dem \
Titel „Held der Republik“ ausgezeichnet und ihren Familien Wohnungen in der Hauptstadt \
versprochen.</p>
<p>Kiews Militärgeheimdienst HUR hält die südkoreanische Schätzung für zu niedrig. Er spricht \
von [[über 2.300]] Toten, hinzu kämen [[Tausende]] Verwundete.</p>
<p>Die Nato sieht die Nordkoreaner weiterhin im Gefecht. Generalsekretär Mark Rutte sagte am \
Montag bei einem Besuch in Warschau: „[[Tausende]] nordkoreanische Soldaten kämpfen nach wie \
vor Seite an Seite mit Russland.“</p>
<h2>„Kim lässt sich den Einsatz gut bezahlen“</h2>
<p>Miriam Sauer lehrt Internationale Beziehungen an der RPTU in Kaiserslautern. Sie geht davon \
aus, dass seit Herbst 2024 insgesamt [[15.000 bis 18.000]] Soldaten aus Nordkorea in Russland \
waren. „Moskau zahlt mit Öl, Devisen und Militärtechnik. Für Kim ist das ein Geschäft, in dem \
Menschenleben eingepreist sind“, sagt sie im Weltblick-Gespräch.</p>
<p>Auf dem Campus ist der Krieg näher, als viele denken: An der RPTU sind derzeit 142 \
Studierende aus Südkorea und 96 aus der Ukraine eingeschrieben. Die Hochschulgruppe „Korea \
Connect“ zeigt am Donnerstag um 19.30 Uhr im Hörsaal 42/110 eine Dokumentation über \
Nordkorea, der Eintritt ist frei.</p>
<p class="audio">Den ganzen Beitrag hört ihr im Weltblick, mittwochs ab 18 Uhr auf 96,6 MHz \
(Länge: 6:40 Min.).</p>
</main>
<footer>© 2025 Campusradio Barbarossa e. V. · Studio in Gebäude 57 · <a \
href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04..pub",
          "headline 'Seoul:': the NIS figure passed on on 4 September, to publication"),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "NIS estimate, date in the next sentence ('am 4. September … weiter'): died"),
        C("etwa 6.000", 6000, "approx", "planned", "south_korea", "2025-09-04",
          "'Außerdem bereite … vor' (Konjunktiv carries the briefing): 'weitere' (increment)",
          add=True),
        C("Dutzende", None, "vague", "casualties", "north_korea", "2025-08-22",
          "KCNA 'berichtete am 22. August': fallen fighters honoured"),
        C("über 2.300", 2300, "at_least", "casualties", "ukraine", "pub",
          "HUR 'spricht von', undated: dead"),
        C("Tausende", None, "vague", "casualties", "ukraine", "pub",
          "same sentence, 'hinzu kämen … Verwundete': the wounded of the same count (not an "
          "increment)"),
        C("Tausende", None, "vague", "near_front", "nato", "mon",
          "Rutte 'am Montag' in „…“: still fighting alongside Russia"),
        C("15.000 bis 18.000", None, "range", "in_russia", "other", "pub",
          "RPTU political scientist 'geht davon aus' (undated interview): in Russia since 2024"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

H07 = Source(
    article_id="h73_07_barrier_echo_first_clashes_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-11-06"),
    dated_by="dateline",
    features="Broken Hill daily's world page as plain text, UTF-16 LE with BOM, a date line "
        "'Wednesday, 6 November 2024' under the byline; headline 'Kyiv says' `11,000` from "
        "Zelensky's evening video message 'on Tuesday' (Tuesday to publication); the speaker after "
        "the figure; Umerov 'a day earlier' without a figure; the State Department 'On Monday' "
        "`around 10,000` in Kursk; HUR 'added' `a second group of roughly 3,000` (increment, "
        "`pub`); the NIS 'which first raised the alarm last month, believes' (present tense: "
        "`pub`, planned); Penny Wong's statement 'on Tuesday' with `thousands` in quotes "
        "(other); Australians who served and died in Korea, Vietnam-era pilots, distance, age, "
        "a service time",
    text="""\
THE BARRIER ECHO
World

Kyiv says [[11,000]] North Korean troops now in Kursk

By Tom Riordan
Wednesday, 6 November 2024

Ukraine says North Korean soldiers have come under fire for the first time, in what Kyiv \
calls a new chapter in a war now well into its third year.

[[About 11,000]] troops from the North were now in Russia's Kursk region, Ukraine's \
president, Volodymyr Zelensky, told his compatriots in Tuesday's evening video message. Some of \
them had already been in \
"small engagements" with Ukrainian units, his defence minister Rustem Umerov told a South \
Korean broadcaster a day earlier.

Washington's figure is a little lower. On Monday, State Department spokesman Matthew Miller \
said the US had seen [[around 10,000]] of the North Korean soldiers move into Kursk and \
expected them to join the fighting "in the coming days".

Ukraine's military intelligence agency, known as HUR, added that a second group of \
[[roughly 3,000]] was heading west by train from training grounds in the Russian Far East. \
Its chief, Kyrylo Budanov, has said he believes the first North Korean units could be thrown \
into an assault within days.

South Korea's National Intelligence Service, which first raised the alarm last month, \
believes Pyongyang will have sent [[at least 10,000]] troops by December.

In Canberra, Foreign Minister Penny Wong condemned "the deployment of [[thousands]] of DPRK \
soldiers to Russia" and said Australia would coordinate its response with South Korea and \
Japan. Her statement was released on Tuesday.

North Korea last sent forces abroad in any number during the Vietnam War, when about 200 of \
its fighter pilots flew for Hanoi. Moscow has neither confirmed nor denied the presence of \
the troops.

The news reached Broken Hill as members of the RSL sub-branch were preparing for Remembrance \
Day. Two local men are named on the town's Korean War memorial; more than 17,000 Australians \
served in that war and 339 of them died.

"We never thought we'd see North Korean soldiers fighting in Europe," said sub-branch \
president Gary Nankivell, 71. "That's a long way from the 38th parallel."

Broken Hill, 1,100 kilometres west of Sydney, will hold its Remembrance Day service at the \
Sturt Park cenotaph on Monday at 11am. Residents are asked to be seated by 10.45am.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "headline 'Kyiv says': Zelensky's Tuesday figure, to publication: in Kursk"),
        C("About 11,000", 11000, "approx", "near_front", "ukraine", "tue",
          "Zelensky 'told his compatriots in Tuesday's evening video message' after the figure: "
          "in Kursk"),
        C("around 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "State Department 'On Monday': moved into Kursk"),
        C("roughly 3,000", 3000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'added' (no date of its own): 'a second group' heading west by train "
          "(increment)", add=True),
        C("at least 10,000", 10000, "at_least", "planned", "south_korea", "pub",
          "NIS 'believes' (present tense; 'last month' is the alarm, not this estimate): will "
          "have sent by December"),
        C("thousands", None, "vague", "in_russia", "other", "tue",
          "Australia's foreign minister (a third government) in quotes, statement released on "
          "Tuesday (next sentence): deployed to Russia"),
    ),
)

H08 = Source(
    article_id="h73_08_kerrera_tea_garden_prisoners_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-15"),
    dated_by="front_matter",
    features="Isle of Kerrera community page in Markdown, front matter with `date:` and a title "
        "without a figure; a Ukrainian tea-garden cook as the angle (no figure of her own); "
        "Zelensky 'on Saturday' the number word `two` captured; the NIS 'briefing … on Monday' "
        "`around 300` killed and `2,700` wounded (not an increment); Zelensky 'in late "
        "December' (days 21-31); an NSC spokesman 'last week' `roughly 11,000`; HUR 'on Tuesday' "
        "`several thousand more` (vague planned increment); 'these two' inside a quote "
        "(anaphoric, optional); residents, ferry interval, fare, distance, phone number",
    text="""\
---
title: "From Sumy to the Sound of Kerrera"
date: 2025-01-15
section: Island news
author: Morag Lamont
---

# From Sumy to the Sound of Kerrera

*Oksana Bondar cooks for walkers at the south end of the island. This week the war she left \
behind came a step closer.*

When Oksana Bondar heard the news on Saturday, she was washing cups in the tea garden kitchen. \
President Volodymyr Zelensky had announced that Ukrainian troops had taken [[two]] North \
Korean soldiers prisoner in Russia's Kursk region, both of them injured. They were being \
questioned in Kyiv, he said.

"I looked at the photographs and thought, they are boys," says Oksana, who came to Kerrera \
with her daughter in the summer of 2022 and now runs the kitchen from April to October. "My \
brother is the same age. He is in Kursk too, on the other side of that line."

Her home town, Sumy, lies about 30km from the Russian border. It is, she says, the kind of \
place where people now count drones at night rather than stars.

## The figures

The numbers coming out of Seoul this week were grim. South Korea's spy service, briefing \
parliament's intelligence committee on Monday, counted [[around 300]] North Korean dead \
and [[2,700]] wounded since the troops first saw combat in December. \
Committee members said the agency believed the troops had orders to kill themselves rather \
than be taken alive.

Zelensky had already claimed in late December that [[more than 3,000]] were dead or injured. \
The White House, for its part, has stuck with the estimate a National Security Council \
spokesman repeated last week: [[roughly 11,000]] North Korean troops in Russia, the bulk of \
them in Kursk.

Kyiv's military intelligence warned on Tuesday that Pyongyang was readying \
[[several thousand]] more to make up for the losses. Moscow has never admitted that the \
North Koreans are there at all.

## "They are alive"

Oksana is not sure what to make of the prisoners. "In a way, these [[two]] are the lucky \
ones," she says. "They are alive, and nobody will send them back to the front."

Kerrera has 34 permanent residents and no public roads. The passenger ferry from Gallanach \
crosses every half hour in summer; in January it runs on request, weather permitting, and a \
return ticket costs £6. The tea garden reopens on 1 April.

Anyone wishing to support the island's collection for hospitals in Sumy can leave donations \
in the honesty box at the ferry slip or call Morag on 01631 555 218.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky's announcement heard 'on Saturday', 'he said' after it: captured"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'briefing parliament's intelligence committee on Monday, counted': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (others in the same count, not an increment)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-21..2024-12-31",
          "Zelensky 'in late December' (days 21-31): dead or injured"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "NSC spokesman 'repeated last week', after a colon: in Russia"),
        C("several thousand", None, "vague", "planned", "ukraine", "tue",
          "HUR 'warned on Tuesday': readying 'more' to make up for losses (increment)",
          add=True),
        C("two", 2, "exact", "casualties", "other", "pub",
          "'these two' inside the cook's quote: an anaphoric restatement", opt=True),
    ),
)

H09 = Source(
    article_id="h73_09_berkshire_ledger_30000_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-03"),
    dated_by="html_meta", crlf=True,
    features="Berkshire County (Massachusetts) paper in HTML, windows-1252 with CRLF (curly "
        "quotes and `—` raw), `article:published_time` with -04:00, og:title without a figure, "
        "an ad script with slot sizes, a privacy strip with 47 partners, a byline line 'Thursday, "
        "July 3, 2025' and place line 'PITTSFIELD —'; `<title>` figure (optional) and headline "
        "`up to 30,000` more (at_most, increment) from the Ukrainian assessment shared 'on "
        "Wednesday'; 'another 25,000 to 30,000' (range increment); 'more than double' (ratio); "
        "the NIS 'last month' (June): `roughly 15,000` and `some 4,700` 'of them'; Shoigu 'In "
        "June' `6,000` (russia, planned); the Pentagon's figure 'it gave in the spring' (March-"
        "May); a Williams College lecturer 'close to 40,000' (approx, planned total, other, "
        "`pub`); jobs, refugee families, street address, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="windows-1252">
<title>Ukraine warns North Korea could send [[up to 30,000]] more troops | The Berkshire \
Ledger</title>
<meta property="og:title" content="Ukraine warns of a far larger North Korean deployment">
<meta property="article:published_time" content="2025-07-03T06:00:00-04:00">
<meta name="author" content="Dana Whitcomb">
<script>var bl_ads={slots:["top_728x90","side_300x250"],section:"nation-world",premium:0};\
</script>
</head>
<body>
<div class="privacy-strip">The Berkshire Ledger and 47 partners use cookies to measure \
readership and show local ads. <button>Count me as a reader</button> <button>Keep me \
anonymous</button></div>
<header><nav><a href="/">Home</a> | <a href="/local">Local</a> | <a \
href="/nation-world">Nation &amp; World</a> | <a href="/obituaries">Obituaries</a> | <a \
href="/e-edition">E-Edition</a></nav></header>
<article>
<h1>Ukraine warns North Korea could send [[up to 30,000]] more troops</h1>
<p class="byline">By Dana Whitcomb | Thursday, July 3, 2025</p>
<p>PITTSFIELD — Ukraine’s military intelligence believes North Korea is getting ready to more \
than double the number of soldiers it has sent to fight for Russia, a warning that landed \
Wednesday as lawmakers in Washington argued over aid for Kyiv.</p>
<p>According to the assessment, which Ukrainian officials shared with reporters on Wednesday, \
Pyongyang could dispatch another [[25,000 to 30,000]] troops in the coming months, with \
training already under way near the Russian port of Vladivostok.</p>
<p>Seoul’s National Intelligence Service said last month it had tracked [[roughly 15,000]] \
North Korean soldiers into Russia since last fall, with [[some 4,700]] of them since listed as \
killed or injured.</p>
<p>Moscow, which only acknowledged the deployment in April, makes no secret of wanting more. In \
June, Kremlin envoy Sergei Shoigu announced in Pyongyang that North Korea would send \
[[6,000]] troops to clear mines and rebuild infrastructure in the Kursk region.</p>
<p>The Pentagon, for its part, has not revised the figure it gave in the spring: \
[[more than 11,000]] North Korean troops in Russia.</p>
<h2>‘A training ground for Kim’</h2>
<p>“If you take Kyiv’s number at face value, North Korea would be [[close to 40,000]] men \
committed to this war,” said Daniel Okafor, who teaches East Asian security at Williams College \
in Williamstown. “That is not a gesture anymore. It’s a partnership.”</p>
<p>The war has long felt close in the Berkshires. General Dynamics Mission Systems, which \
employs about 1,300 people in Pittsfield, supplies electronics for systems sent to Ukraine. And \
since 2022, local congregations have helped settle 23 Ukrainian families in the county, \
according to the coalition Berkshire Welcomes.</p>
<p>Okafor will discuss the war at the Lenox Library on July 17 at 7 p.m. Admission is free; \
register at 413-555-0142.</p>
</article>
<footer><p>&copy; 2025 The Berkshire Ledger, 75 South Church St., Pittsfield, MA 01201 \
&middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact</a></p></footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "wed..pub",
          "<title> (metadata) restating the headline", add=True, opt=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "wed..pub",
          "headline 'Ukraine warns': the assessment shared on Wednesday, to publication: 'more' "
          "(increment)", add=True),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "wed",
          "assessment 'shared with reporters on Wednesday': could dispatch 'another' "
          "(increment)", add=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-30",
          "NIS 'said last month' (June): tracked into Russia"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-06-01..2025-06-30",
          "same statement, 'of them': killed or wounded"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'In June … announced': would send to clear mines and rebuild"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-05-31",
          "the Pentagon's figure 'it gave in the spring' (March-May): in Russia"),
        C("close to 40,000", 40000, "approx", "planned", "other", "pub",
          "Williams College lecturer in quotes, 'said' undated: a hypothetical total committed"),
    ),
)

H10 = Source(
    article_id="h73_10_thessaloniki_herald_border_10000",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Northern Greece Herald",
        "https://www.ngherald.example/world/seoul-10000-north-korean-troops-russia-border",
        "Seoul: 10,000 North Korean troops now on Russia's border with Ukraine",
    ),
    features="Thessaloniki English-language outlet as plain text, ISO-8859-1 with straight "
        "quotes and `--` (sidecar, Wednesday), dateline 'THESSALONIKI --' without a date; "
        "headline 'Seoul:' `10,000` from the NIS 'on Tuesday' (Tuesday to publication); "
        "'According to the lawmakers' `another 5,000` construction troops (increment, span "
        "without the word); 'stood by its estimate' `around 2,000` dead; an anonymous NATO "
        "official 'on Monday' `no fewer than 14,000` (at_least); HUR 'late last month' (21-31 "
        "October); Russia's ambassador on Monday without a figure; an Aristotle University "
        "lecturer's \"above 20,000\" in quotes (other, `pub`); tankers, euros, refugees, "
        "ethnic Greeks around Mariupol",
    text="""\
NORTHERN GREECE HERALD | World

Seoul: [[10,000]] North Korean troops now on Russia's border with Ukraine

Intelligence briefing says construction units are on the move too; Greek analysts see a \
standing arrangement

THESSALONIKI -- North Korea has stationed [[about 10,000]] soldiers along Russia's border with \
Ukraine, South Korea's intelligence service said on Tuesday, in its first detailed update on \
the deployment since the summer.

The National Intelligence Service gave its figures to members of parliament's intelligence \
committee behind closed doors. According to the lawmakers, another [[5,000]] troops from \
military construction units have been moving into Russia since September, apparently to \
rebuild roads and bridges wrecked in the fighting.

The agency also stood by its estimate that [[around 2,000]] North Koreans have lost their \
lives in the war. Pyongyang, it added, is building a memorial museum for them in the capital.

The numbers broadly match those heard in Brussels. A senior alliance official, briefing \
journalists at NATO headquarters on Monday on condition of anonymity, said the \
alliance's count stood at [[no fewer than 14,000]] North Korean soldiers rotated through Russia \
since late 2024, "most of them in or near Kursk".

Ukraine's defence intelligence agency, HUR, had said late last month that [[about 11,000]] \
North Korean troops were in the Kursk and Belgorod regions, where they operate artillery and \
drones. Kyiv has repeatedly warned that Moscow wants to use them deeper inside Ukraine.

Moscow no longer hides the cooperation. Russia's ambassador in Pyongyang, Alexander \
Matsegora, told the agency RIA on Monday that the North Korean builders would stay in Kursk \
"for as long as needed", without giving a number.

Eleni Karamanli, who teaches international relations at Aristotle University of Thessaloniki, \
says the real total is probably "[[above 20,000]]" and rising. "What we are seeing is not a \
one-off favour but a standing arrangement," she told the Herald. "Moscow supplies oil and \
technology; Pyongyang supplies men."

For Greece, the war has mostly been felt at sea and at the petrol pump. Greek-owned tankers \
still carry a large share of Russian crude under the price cap, and Athens has pledged 100 \
million euros in humanitarian aid to Kyiv since 2022. Some 1,200 Ukrainian refugees live in \
the Thessaloniki area, and an estimated 90,000 ethnic Greeks lived around Mariupol before the \
city was destroyed.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of Tuesday, to publication: on the border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'South Korea's intelligence service said on Tuesday' after the figure: along the "
          "border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'According to the lawmakers' (the same briefing): 'another' construction troops "
          "moving into Russia (increment)", add=True),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The agency also stood by its estimate' (same briefing): lost their lives"),
        C("no fewer than 14,000", 14000, "at_least", "in_russia", "nato", "mon",
          "anonymous senior NATO official 'on Monday': served in Russia"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "2025-10-21..2025-10-31",
          "HUR 'had said late last month' (21-31 October): in Kursk and Belgorod"),
        C("above 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "Aristotle University lecturer, present tense 'says', in quotes: the real total"),
    ),
)

H11 = Source(
    article_id="h73_11_cocos_roundup_parade_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar",
    sidecar=(
        "Cocos Islands Community Radio",
        "",
        "Parade in Pyongyang, questions on Home Island",
    ),
    features="Cocos (Keeling) Islands community radio's weekly world round-up in Markdown, "
        "windows-1252 (curly quotes and `–` raw), front matter without a date (sidecar without "
        "url, Wednesday); North Korean state TV at Friday's parade `hundreds` of fallen "
        "(north_korea); the JCS 'on Monday' `around 3,000` fresh troops arriving 'to replace' "
        "(increment, in Kursk); HUR 'on Tuesday gave a figure of' `between 6,000 and 7,000` "
        "(inside Russia); a State Department official 'earlier this month' `at least 11,000`; "
        "Russia's ambassador to TASS 'last week' `more than 1,000` deminers at work and `about "
        "5,000` builders expected (russia); Australia's defence minister 'on Sunday' "
        "“thousands” (other); the 80th anniversary, population ('600-odd'), distance, "
        "runway cost, years fishing, frequency-free station name with digits, phone number",
    text="""\
---
title: "Parade in Pyongyang, questions on Home Island"
category: World round-up
presenter: Hajar Macrae
---

# Parade in Pyongyang, questions on Home Island

**Our weekly world round-up, written up for the web. This week: North Korea’s great parade, \
and the soldiers it did not show.**

Pyongyang put on a night-time show on Friday for the ruling Workers’ Party’s 80th birthday, \
with China’s Premier Li Qiang and former Russian president Dmitry Medvedev in the stands. State \
television showed Kim Jong Un saluting tanks, missiles and \
marching columns – and, in a solemn moment, laying flowers before a wall bearing the names of \
[[hundreds]] of soldiers who “fell heroically” in the Kursk region.

How many North Koreans are still in Russia remains a matter of estimates. Seoul’s military, the \
Joint \
Chiefs of Staff, reported on Monday that the North appeared to be rotating its forces, with \
[[around 3,000]] fresh troops arriving in Kursk to replace units that had been there since the \
spring.

Kyiv’s defence intelligence on Tuesday gave a figure of [[between 6,000 and 7,000]] North \
Koreans currently inside Russia, most of them gunners and drone crews. A US State \
Department official, speaking to reporters earlier this month, said [[at least 11,000]] had \
been sent since last year – “and that is a floor, not a ceiling.”

Russia’s ambassador in Pyongyang was more forthcoming than usual. He told the TASS agency last \
week that [[more than 1,000]] North Korean deminers were already clearing fields in Kursk and \
that [[about 5,000]] military builders were expected there before the end of the year.

Australia’s Defence Minister Richard Marles, speaking on Sunday, said “[[thousands]] of young \
North Koreans have bled for Mr Putin’s ambitions”.

## Why it matters out here

For the 600-odd people who live on Home Island and West Island, Korea can seem a world away. \
But the islands sit on a busy stretch of the Indian Ocean, 2,750 kilometres north-west of \
Perth, and the West Island runway is being upgraded by Defence at a cost of more than $400 \
million so that it can take P-8A Poseidon surveillance aircraft.

“When big powers start trading soldiers and missiles, the ocean gets busier,” says Ahmad \
Bynie, who has fished off the atoll for 40 years. “We see the grey ships more often now.”

The world round-up goes to air on Wednesdays at 12.30pm. Listeners can call the studio on \
(08) 9162 5555 with questions for next week’s guest.
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "north_korea", "fri",
          "state television at Friday's parade: names of the fallen"),
        C("around 3,000", 3000, "approx", "near_front", "south_korea", "mon",
          "JCS 'on Monday': fresh troops arriving in Kursk 'to replace' units (increment)",
          add=True),
        C("between 6,000 and 7,000", None, "range", "in_russia", "ukraine", "tue",
          "HUR 'on Tuesday gave a figure of': inside Russia"),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "2025-10-01..pub",
          "State Department official 'earlier this month' (1st to publication): sent"),
        C("more than 1,000", 1000, "at_least", "near_front", "russia", "lastweek",
          "Russia's ambassador to TASS 'last week': deminers clearing fields in Kursk"),
        C("about 5,000", 5000, "approx", "planned", "russia", "lastweek",
          "same interview: builders expected before the end of the year"),
        C("thousands", None, "vague", "casualties", "other", "sun",
          "Australia's defence minister (a third government) 'on Sunday' in quotes: bled"),
    ),
)

H12 = Source(
    article_id="h73_12_fako_peace_bulletin_return_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-03-20"),
    dated_by="sidecar",
    sidecar=(
        "Fako Peace Watch",
        "https://www.fakopeacewatch.example/bulletins/112",
        "Weekly Bulletin No. 112: North Korea's soldiers return to the Kursk front",
    ),
    features="Buea (Cameroon) civil-society newsletter in HTML (sidecar, Thursday), an issue "
        "number in `<title>`, a subscriber count in a script, a language-cookie note, a style "
        "block; headline 'Seoul counts 3,000 more' (increment, span without the word) from the "
        "JCS 'on Monday'; 'roughly 3,000 extra' (increment) and 'which would lift the overall "
        "contingent to about 14,000' (new total); Syrskyi 'in mid-March' without a figure; HUR "
        "'reckoned last week' `as high as 4,000` casualties (at_most); the US count 'since "
        "January' (the "
        "month it was given); the bulletin's own tally (unattributed, required, range); a Buea "
        "lecturer's `several thousand` more (other, `pub`, planned increment); Cameroonian "
        "recruits (not claims), CFA francs, distance, helpline number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fako Peace Watch — Weekly Bulletin No. 112</title>
<meta name="viewport" content="width=device-width">
<style>.bulletin{max-width:640px;margin:0 auto}.tag{font-size:11px;letter-spacing:2px}</style>
<script>var fpw={issue:112,subscribers:2480,lang:"en"};</script>
</head>
<body>
<div class="cookie-note">This site stores one small file to remember your language. \
<button>Keep my language</button> <button>Ask me every time</button></div>
<nav><a href="/">Home</a> &middot; <a href="/bulletins">Bulletins</a> &middot; <a \
href="/about">About us</a> &middot; <a href="/donate">Support our work</a></nav>
<div class="bulletin">
<p class="tag">WEEKLY BULLETIN &middot; No. 112 &middot; BUEA, SOUTH-WEST REGION</p>
<h1>North Korea’s soldiers return to the Kursk front as Seoul counts [[3,000]] more</h1>
<p>Dear readers, this week our world briefing looks at Russia’s war in Ukraine, where troops \
from North Korea are fighting again after a pause of several weeks — and at what that war \
means for the young Cameroonians who have been lured into it.</p>
<h2>Back in the fight</h2>
<p>After heavy losses in the Kursk region, North Korean units were pulled out of the front line \
in February. They are now back. Ukraine’s army chief Oleksandr Syrskyi said in mid-March that \
they had resumed attacks near the town of Sudzha.</p>
<p>On Monday, the Joint Chiefs of Staff in Seoul reported that the North had shipped \
[[roughly 3,000]] extra troops in January and February, which would lift the overall \
contingent to [[about 14,000]]. Ukrainian military intelligence reckoned last week that North \
Korean losses so far could be [[as high as 4,000]] dead and wounded. Washington has not \
updated the count of [[more than 11,000]] it gave in January.</p>
<p>By our own tally of public statements, somewhere [[between 11,000 and 14,000]] North \
Koreans have now served in Russia’s war.</p>
<p>Dr Ndive Ekema, who lectures in international relations at the University of Buea, \
expects Moscow to ask for [[several thousand]] more before the summer. “Russia is buying \
soldiers wherever it can find them,” she told the bulletin. “In Pyongyang it buys them \
wholesale. In Africa it buys them one by one.”</p>
<h2>Our own young men</h2>
<p>That last point is not abstract for us. Families in Buea, Limbe and Kumba have told Fako \
Peace Watch of at least 16 young men who left for Russia since 2023 on promises of jobs as \
drivers or security guards, some after paying a fee of 500,000 CFA francs. At least four are \
known to have been killed. If you have information, contact our helpline on +237 6 55 55 01 12 \
(WhatsApp).</p>
</div>
<footer><p>Fako Peace Watch is an independent non-profit based in Buea, 70 km from Douala. \
&copy; 2025. You can unsubscribe at any time.</p></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul counts … more': the JCS figure of Monday, to publication (increment)",
          add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'On Monday … reported': 'extra troops' shipped in January and February (increment)",
          add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "same sentence, 'which would lift the overall contingent to': the new total"),
        C("as high as 4,000", 4000, "at_most", "casualties", "ukraine", "lastweek",
          "HUR 'reckoned last week': dead and wounded"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-01-01..2025-01-31",
          "Washington's count 'it gave in January' (the month it was given): in Russia"),
        C("between 11,000 and 14,000", None, "range", "in_russia", "unattributed", "pub",
          "the bulletin's own tally 'By our own tally of public statements'"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "Buea lecturer 'expects' (present tense): Moscow will ask for 'more' (increment)",
          add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    H01, H02, H03, H04, H05, H06,
    H07, H08, H09, H10, H11, H12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
