"""Build the TWENTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold (build_corpus.py).

A twenty-third corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Nuremberg paper's
politics page, a Düsseldorf local radio station's website, a Burgenland regional weekly, a
Thurgau paper's foreign page, a Hessian public broadcaster's web text and a German farmers'
weekly's world page; a Maldivian English-language news site, an Isle of Man weekly, an Alaska
public radio station's website, a Czech English-language outlet, a Macau English-language daily
and a Ugandan daily. Same file format, marker syntax and labelling conventions as the other
corpora (see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind21_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

O01 = Source(
    article_id="o01_nuernberger_tagesbote_erstes_gefecht",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    features="Nuremberg paper's politics page, plain text (sidecar, Wednesday) with a byline and "
        "a local closing paragraph; headline figure from Selenskyj's Monday-evening video (window "
        "to publication); 'Ende Oktober' NIS figures carried by 'damals'; 'Das Pentagon rechnet "
        "mit' in the present followed by Konjunktiv 'sagte Sprecherin Sabrina Singh am Montag'; "
        "a NATO spokeswoman 'am Dienstag' „mehreren tausend“ (nato); 'hieß es dort am Mittwoch' "
        "after the JCS's 'Tausende weitere' (vague increment, the publication day); an Erlangen "
        "researcher 'sagt' a range (other, `pub`); dollars per soldier, North Korea's army, "
        "refugees in Nuremberg, a date, time and phone number",
    sidecar=(
        "Nürnberger Tagesbote",
        "https://www.nuernberger-tagesbote.example/politik/nordkoreaner-erstmals-im-gefecht-1.8841"
        "207",
        "Nordkoreaner erstmals im Gefecht: Kiew zählt 11.000 Soldaten im Gebiet Kursk",
    ),
    text="""\
Nordkoreaner erstmals im Gefecht: Kiew zählt [[11.000]] Soldaten im Gebiet Kursk

Die Ukraine meldet die ersten Zusammenstöße mit Truppen aus Pjöngjang. Ein Erlanger \
Ostasienforscher hält das für den Auftakt einer langen Verlegung.

Von Miriam Lindtner

Kiew/Nürnberg – Es seien zunächst nur „kleine Scharmützel“ gewesen, so beschreibt es der \
ukrainische Verteidigungsminister Rustem Umjerow. Doch was er dem südkoreanischen Fernsehsender \
KBS schilderte, lässt in Europa die Alarmglocken schrillen: Soldaten aus Nordkorea stehen den \
ukrainischen Truppen im Gebiet Kursk erstmals direkt gegenüber.

Präsident Wolodymyr Selenskyj hatte bereits am Montagabend eine Zahl genannt. Nach Erkenntnissen \
seiner Dienste seien inzwischen [[11.000]] Nordkoreaner in der russischen Grenzregion \
eingetroffen, erklärte er in seiner abendlichen Videobotschaft. Die Welt müsse „jetzt handeln \
und nicht erst, wenn es zu spät ist“.

Wie groß das Kontingent am Ende sein wird, weiß niemand genau. Der südkoreanische Geheimdienst \
NIS hatte Ende Oktober vor Abgeordneten erklärt, Machthaber Kim Jong Un wolle bis Dezember \
[[rund 10.000]] Mann nach Russland schicken. [[Etwa 3.000]] seien damals schon dort gewesen, \
überwiegend auf Übungsplätzen im Fernen Osten.

In Washington ist man inzwischen bei höheren Zahlen angelangt. Das Pentagon rechnet mit [[mehr \
als 10.000]] Nordkoreanern in Russland. Davon seien [[bis zu 8.000]] bereits in die Region Kursk \
verlegt worden, sagte Sprecherin Sabrina Singh am Montag vor Journalisten.

Die Nato äußert sich vorsichtiger. Eine Sprecherin des Bündnisses sprach am Dienstag in Brüssel \
lediglich von „[[mehreren tausend]]“ nordkoreanischen Soldaten im Kampfgebiet. Seouls \
Generalstab hält es dagegen für wahrscheinlich, dass bald [[Tausende]] weitere folgen. Darauf \
deute die Verlegung zusätzlicher Transportschiffe hin, hieß es dort am Mittwoch.

„Das ist kein symbolischer Einsatz mehr“, sagt Tobias Harnisch, der an der \
Friedrich-Alexander-Universität Erlangen-Nürnberg über Nordkorea forscht. Kim verdiene an jedem \
Soldaten: Moskau zahle nach seinen Schätzungen rund 2.000 Dollar pro Mann und Monat, dazu komme \
Technik für das eigene Raketenprogramm. Harnisch hält es für realistisch, dass Pjöngjang bis zum \
Sommer [[zwischen 20.000 und 30.000]] Soldaten an die Seite Russlands stellt. Das \
nordkoreanische Heer umfasst schätzungsweise 1,2 Millionen Mann.

Für die ukrainische Gemeinde in Nürnberg sind die Nachrichten ein weiterer Schlag. Die Stadt hat \
seit Kriegsbeginn rund 9.800 Geflüchtete aus der Ukraine aufgenommen, etwa ein Drittel davon \
Kinder. Der Verein „Nürnberg hilft Charkiw“ lädt am 14. November um 19 Uhr zu einem \
Informationsabend ins Gemeinschaftshaus Langwasser; Anmeldung unter 0911 4471 230.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kiew zählt': Selenskyj's Monday-evening figure of the body (to publication)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Selenskyj 'am Montagabend', Konjunktiv: arrived in the border region"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "2024-10-21..2024-10-31",
          "NIS 'Ende Oktober': wants to send by December (intended total)"),
        C("Etwa 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "same briefing, carried by 'damals': already in Russia"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon..pub",
          "'Das Pentagon rechnet mit' (present, no date of its own) before Singh's Monday "
          "sentence: Monday to publication"),
        C("bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon",
          "Pentagon spokeswoman Singh 'am Montag' after the Konjunktiv: moved to the Kursk region"),
        C("mehreren tausend", None, "vague", "near_front", "nato", "tue",
          "a NATO spokeswoman 'am Dienstag in Brüssel' „…“: in the combat zone"),
        C("Tausende", None, "vague", "planned", "south_korea", "wed",
          "Seoul's JCS ('Generalstab'), 'Tausende weitere folgen' (increment), dated by 'hieß es "
          "dort am Mittwoch' in the next sentence (the publication day)", add=True),
        C("zwischen 20.000 und 30.000", None, "range", "planned", "other", "pub",
          "Erlangen researcher 'sagt' / 'hält es für realistisch' (present, no date): by summer"),
    ),
)

O02 = Source(
    article_id="o02_radio_rheinbogen_erste_tote_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-12-20"),
    dated_by="html_meta",
    features="Düsseldorf local radio station's website in HTML (`article:published_time` with "
        "+01:00, a 'Stand: 20.12.2024' line, a consent layer, stream player script, frequency "
        "bar, navigation, a stats script with a word count); `<title>` figure (optional); h1 "
        "'Südkorea:' `100` from the body's Thursday figure; a lawmaker after a closed NIS session "
        "'am Donnerstag': `Rund 100` dead and `etwa 1.000 weitere` wounded (same event, not an "
        "increment); 'laut NIS' total right after it (Thursday to publication); `einige tausend` "
        "'nach Lees Worten' in combat; a vague subheading 'Washington spricht von Hunderten' "
        "(optional); Kirby 'am Montag'; HUR's count of weekend losses without a date of its own "
        "(weekend to publication); a Düsseldorf political scientist 'sagte er unserem Sender' "
        "(other, `pub`, increment); South Korean passport holders, service time, podcast episode, "
        "frequency, hotline",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul: [[Rund 100]] Nordkoreaner bei Kursk getötet | Radio Rheinbogen</title>
<meta name="description" content="Der Geheimdienst in Seoul nennt erste Zahlen zu Toten und \
Verletzten. In Düsseldorf trifft die Nachricht auch die koreanische Gemeinde.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-12-20T07:45:00+01:00">
<link rel="stylesheet" href="/static/rb-2024.css">
<script src="/static/consent-manager.js" async></script>
<script>var rbPlayer={stream:"https://stream.radio-rheinbogen.example/live.mp3",station:"RB946",\
autoplay:false};</script>
</head>
<body>
<div class="consent-layer" role="dialog"><p>Damit Webradio, Wetter und Verkehr auf dieser Seite \
laufen, setzen wir Cookies ein &ndash; manche davon auch für Statistik und Werbung. Was erlaubt \
ist, entscheiden Sie.</p><button>Alle zulassen</button> <button>Nur notwendige</button> <a \
href="/privatsphaere">Einstellungen</a></div>
<header><a class="logo" href="/">Radio Rheinbogen</a> <span class="freq">UKW 94,6 &middot; DAB+ \
&middot; App</span>
<nav><a href="/nachrichten">Nachrichten</a> <a href="/verkehr">Verkehr</a> <a \
href="/wetter">Wetter</a> <a href="/musik">Musik</a> <a \
href="/gewinnspiele">Gewinnspiele</a></nav></header>
<main>
<article>
<p class="rubrik">Welt &amp; Politik</p>
<h1>Südkorea: [[100]] nordkoreanische Soldaten bei Kursk getötet</h1>
<p class="stand">Stand: 20.12.2024, 07:45 Uhr &middot; von Jana Overbeck</p>
<p><strong>Erstmals kommt aus Seoul eine Zahl: Nordkorea hat bei seinem Einsatz für Russland \
nach südkoreanischen Erkenntnissen schwere Verluste erlitten.</strong></p>
<p>[[Rund 100]] nordkoreanische Soldaten sind im russischen Gebiet Kursk ums Leben gekommen, \
[[etwa 1.000]] weitere wurden verletzt. Das berichtete der südkoreanische Abgeordnete Lee \
Seong-kweun am Donnerstag nach einer nichtöffentlichen Sitzung mit dem Geheimdienst NIS. Die \
Truppen würden an vorderster Linie eingesetzt, ihnen fehle aber Erfahrung mit Drohnen, sagte \
er.</p>
<p>Insgesamt hat Nordkorea laut NIS [[rund 11.000]] Soldaten nach Russland geschickt. Ein Teil \
davon &ndash; nach Lees Worten [[einige tausend]] &ndash; habe sich bereits an Kämpfen \
beteiligt.</p>
<h2>Washington spricht von [[Hunderten]]</h2>
<p>Die USA hatten schon zu Wochenbeginn Verluste gemeldet. John Kirby, Sprecher des Nationalen \
Sicherheitsrats im Weißen Haus, sprach am Montag von &bdquo;[[mehreren hundert]]&ldquo; \
getöteten und verwundeten Nordkoreanern. Kiew nennt deutlich höhere Zahlen: Allein bei Gefechten \
am vergangenen Wochenende seien [[fast 200]] Nordkoreaner getötet oder verwundet worden, teilte \
der ukrainische Militärgeheimdienst HUR mit.</p>
<p>Moskau schweigt weiter. Kremlsprecher Dmitri Peskow verwies Fragen dazu am Donnerstag an das \
Verteidigungsministerium.</p>
<h2>Sorge in der koreanischen Gemeinde</h2>
<p>In Düsseldorf leben rund 1.300 Menschen mit südkoreanischem Pass, viele arbeiten für Firmen \
aus Fernost. &bdquo;Das sind junge Männer, fast noch Kinder, die für einen fremden Krieg \
sterben&ldquo;, sagt Pfarrer Han Jae-won von der koreanischen evangelischen Gemeinde in \
Oberkassel. Am Sonntag wird dort um 11 Uhr für die Opfer auf beiden Seiten gebetet.</p>
<p>Der Düsseldorfer Politikwissenschaftler Malte Rösing erwartet, dass Pjöngjang die Lücken \
schnell füllt. Kim könne ohne Weiteres [[bis zu 15.000]] zusätzliche Soldaten schicken, sagte er \
unserem Sender &ndash; und werde es wohl auch tun, solange Moskau zahle.</p>
</article>
<aside><h3>Auch interessant</h3><ul><li>Rheinbogen am Morgen, 6 bis 10 Uhr</li><li>Podcast \
&bdquo;Rhein und Welt&ldquo;, Folge 58</li></ul></aside>
</main>
<footer><p>&copy; 2024 Radio Rheinbogen GmbH &amp; Co. KG &middot; Studio-Hotline 0211 946 946 \
&middot; <a href="/impressum">Impressum</a> &middot; <a \
href="/datenschutz">Datenschutz</a></p></footer>
<script>window.rbStats&&rbStats.push({id:"n-88341",words:402});</script>
</body>
</html>
""",
    claims=(
        C("Rund 100", 100, "approx", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the body's Thursday figure", opt=True),
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'Südkorea:': the lawmaker's Thursday figure of the body (to publication): killed"),
        C("Rund 100", 100, "approx", "casualties", "south_korea", "thu",
          "lawmaker Lee after the closed NIS session, dated by the next sentence ('am "
          "Donnerstag'): dead"),
        C("etwa 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "'weitere wurden verletzt': the other people of the same event, not an increment"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu..pub",
          "'laut NIS' right after the Thursday briefing, no date of its own: sent"),
        C("einige tausend", None, "vague", "near_front", "south_korea", "thu..pub",
          "'nach Lees Worten', Konjunktiv: took part in fighting"),
        C("Hunderten", None, "vague", "casualties", "united_states", "mon..pub",
          "vague subheading restating Kirby's Monday figure", opt=True),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "White House NSC spokesman Kirby 'am Montag' „…“: killed and wounded"),
        C("fast 200", 200, "approx", "casualties", "ukraine", "sat..pub",
          "HUR 'teilte … mit' without a date; 'am vergangenen Wochenende' dates the fighting, so "
          "the claim falls between that Saturday and publication"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "Düsseldorf political scientist 'sagte er unserem Sender' (no date): 'zusätzliche' "
          "(increment)", add=True),
    ),
)

O03 = Source(
    article_id="o03_burgenland_wochenschau_abzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-12"),
    dated_by="front_matter", crlf=True,
    features="Burgenland regional weekly's world page in Markdown, ISO-8859-1 with CRLF and "
        "straight quotes, front matter with `date:`, an issue number and a title without a "
        "figure; 'Jänner', 'Feber', 'heuer'; the SSO spokesman 'am Montag' in Konjunktiv: `etwa "
        "12.000` sent 'im Herbst' with 'rund ein Drittel' lost (fraction, not a claim); NIS "
        "'Mitte Jänner' (days 11-20) `rund 300` dead and `2.700` wounded; the number word `Zwei` "
        "prisoners in Konjunktiv, "
        "'hatte Präsident Selenskyj am 11. Jänner mitgeteilt' after the figure; HUR 'Ende "
        "Jänner'; a US defence "
        "official 'Anfang Feber' 'weiteren' (planned increment, 'als Ersatz'); a Krems expert at "
        "an Eisenstadt lecture 'am Freitag' 'heuer noch einmal' a range (other, increment); "
        "millions of dollars, distance, refugees in Burgenland, Bundesheer soldiers in Kosovo, "
        "audience",
    text="""\
---
title: "Nordkoreas Soldaten verschwinden von der Kursk-Front"
date: 2025-02-12
ressort: Welt
autor: Stefan Pinter
ausgabe: 7/2025
---

# Nordkoreas Soldaten verschwinden von der Kursk-Front

**Kiew meldet den Abzug der Truppen aus Pjöngjang nach schweren Verlusten. In Eisenstadt \
erklärte eine Expertin, warum Kim heuer trotzdem nachlegen dürfte.**

Seit gut zwei Wochen haben ukrainische Einheiten im russischen Gebiet Kursk keine \
nordkoreanischen Soldaten mehr vor sich gehabt. Das sagte Oleksandr Kindratenko, Sprecher der \
ukrainischen Spezialeinsatzkräfte, am Montag im ukrainischen Fernsehen. Die Nordkoreaner seien \
nach hohen Verlusten offenbar aus der ersten Linie abgezogen worden. Von den [[etwa 12.000]] \
Mann, die Pjöngjang im Herbst nach Russland geschickt habe, sei nach seiner Einschätzung rund \
ein Drittel getötet oder verwundet worden.

Ganz neu ist das Bild nicht. Schon Mitte Jänner hatte der südkoreanische Geheimdienst NIS die \
Verluste auf [[rund 300]] Tote und [[2.700]] Verwundete geschätzt. [[Zwei]] Nordkoreaner seien \
in ukrainische Gefangenschaft geraten, hatte Präsident Wolodymyr Selenskyj am 11. Jänner \
mitgeteilt. Die beiden Männer wurden inzwischen in Kiew verhört.

Der ukrainische Militärgeheimdienst HUR hatte Ende Jänner noch von [[rund 8.000]] Nordkoreanern \
gesprochen, die in der Region Kursk im Einsatz seien.

## Nachschub aus Pjöngjang erwartet

Dass Kim Jong Un seine Truppen endgültig heimholt, glaubt in Washington niemand. Ein \
hochrangiger Beamter des US-Verteidigungsministeriums sagte Anfang Feber, Nordkorea bereite die \
Verlegung von [[bis zu 3.000]] weiteren Soldaten vor. Diese könnten als Ersatz für Gefallene und \
Verwundete dienen.

Ähnlich sieht das Ulrike Hainzl, Sicherheitsexpertin an der Universität für Weiterbildung Krems, \
die am Freitag auf Einladung der Volkshochschule im Eisenstädter Haus der Begegnung sprach. Sie \
rechne damit, dass Pjöngjang heuer noch einmal [[10.000 bis 15.000]] Soldaten nach Russland \
schicke, sagte Hainzl vor rund 120 Zuhörerinnen und Zuhörern. "Für Kim ist das ein Geschäft: Er \
bekommt Öl, Devisen und Kampferfahrung." Moskau zahle Schätzungen zufolge mehrere hundert \
Millionen Dollar im Jahr.

## Weit weg? Nicht ganz

Für das Burgenland ist der Krieg nur auf den ersten Blick fern: Von Eisenstadt bis zur \
ukrainischen Grenze sind es gerade einmal 600 Kilometer. Im Land sind derzeit knapp 2.900 \
Vertriebene aus der Ukraine in Grundversorgung, heuer kamen bisher 41 dazu. Aus der \
Martinkaserne stehen 35 Soldatinnen und Soldaten des Bundesheeres im Auslandseinsatz im Kosovo.
""",
    claims=(
        C("etwa 12.000", 12000, "approx", "in_russia", "ukraine", "mon",
          "SSO spokesman Kindratenko 'am Montag', Konjunktiv: sent in the autumn"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' (days 11-20), an older figure recalled: dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same estimate: wounded (not an increment)"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "number word, Konjunktiv: captured; 'hatte … Selenskyj am 11. Jänner mitgeteilt' "
          "after it"),
        C("rund 8.000", 8000, "approx", "near_front", "ukraine", "2025-01-21..2025-01-31",
          "HUR 'Ende Jänner' (days 21-31): deployed in the Kursk region"),
        C("bis zu 3.000", 3000, "at_most", "planned", "united_states", "2025-02-01..2025-02-10",
          "a senior US defence official 'Anfang Feber' (days 1-10): 'weiteren' (increment) being "
          "prepared", add=True),
        C("10.000 bis 15.000", None, "range", "planned", "other", "fri",
          "Krems expert at the Eisenstadt lecture 'am Freitag', Konjunktiv: 'heuer noch einmal' "
          "(increment; 'heuer' is the event, not the claim date)", add=True),
    ),
)

O04 = Source(
    article_id="o04_thurgauer_rundschau_eingestaendnis",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar",
    features="Thurgau paper's foreign page, plain text in windows-1252 (sidecar, Wednesday): `ss`, "
        "«», `14'000`, `10'000`, 4-digit `4700`/`3000`, 'Innert', 'doppelte … nach'; headline "
        "without a figure; Gerasimov 'am Samstag' and KCNA 'am Montag' without figures; Russia's "
        "ambassador in Pyongyang in an interview 'das am Dienstag erschien' «Tausenden» (russia); "
        "NIS 'Ende März' with `rund 600 davon` (breakdown) and `rund 3000 zusätzliche` "
        "(increment) carried by 'hiess es damals'; a State Department spokesman 'gemäss' without a "
        "date; Selenski 'am Sonntag' a range; a Konstanz political scientist (other, increment); "
        "the paper's own sum 'Rechnet man … zusammen' (unattributed, required) next to 'mehr als "
        "ein Drittel' (fraction); tanks, francs, inhabitants",
    sidecar=(
        "Thurgauer Rundschau",
        "https://www.thurgauer-rundschau.example/ausland/pjoengjang-gibt-kampfeinsatz-zu-ld.30417",
        "Pjöngjang gibt den Kampfeinsatz in Kursk erstmals zu",
    ),
    text="""\
Pjöngjang gibt den Kampfeinsatz in Kursk erstmals zu

Monatelang haben Moskau und Pjöngjang geschwiegen. Jetzt loben beide die nordkoreanischen \
Soldaten öffentlich. Wie viele es waren und wie viele gefallen sind, bleibt umstritten.

Reto Gubler

Erst Moskau, dann Pjöngjang: Innert zweier Tage haben die beiden Verbündeten bestätigt, was \
westliche Geheimdienste seit dem Herbst melden. Der russische Generalstabschef Waleri Gerassimow \
dankte am Samstag den «Kämpfern der Koreanischen Volksarmee» für ihren Beitrag zur Rückeroberung \
des Gebiets Kursk. Am Montag doppelte die nordkoreanische Staatsagentur KCNA nach: Die Einheiten \
hätten auf Befehl von Machthaber Kim Jong Un gehandelt, gestützt auf den Beistandspakt mit \
Russland.

Zahlen nannte keiner der beiden. Der russische Botschafter in Pjöngjang, Alexander Mazegora, \
sprach in einem Interview mit der Zeitung «Iswestija», das am Dienstag erschien, von \
«[[Tausenden]] koreanischen Freunden», die Schulter an Schulter mit russischen Soldaten gekämpft \
hätten.

Südkorea beziffert die Verluste deutlich genauer. Der Geheimdienst NIS schätzte Ende März, dass \
[[etwa 4700]] Nordkoreaner getötet oder verwundet worden seien, [[rund 600]] davon tödlich. Im \
Januar und Februar habe Pjöngjang zudem [[rund 3000]] zusätzliche Soldaten nach Russland \
gebracht, hiess es damals.

Das US-Aussenministerium geht gemäss einem Sprecher von [[über 14'000]] nordkoreanischen \
Soldaten aus, die seit Oktober nach Russland verlegt worden seien. Der ukrainische Präsident \
Wolodimir Selenski erklärte am Sonntag, es befänden sich noch immer [[10'000 bis 12'000]] \
Nordkoreaner im Raum Kursk. Anders als Moskau behaupte, sei das Gebiet nicht vollständig unter \
russischer Kontrolle.

Der Konstanzer Politologe Jens Albrecht, der seit Jahren zur koreanischen Halbinsel forscht und \
in Kreuzlingen wohnt, hält die Zahlen aus Seoul für plausibel. «Kim hat seine Leute als \
Kanonenfutter verliehen», sagt er. Er rechnet damit, dass Pjöngjang bis Ende Jahr [[bis zu \
10'000]] weitere Soldaten schickt, etwa als Bautrupps für zerstörte Dörfer. Die Volksarmee \
verfügt über schätzungsweise 7000 Kampfpanzer, viele davon veraltet.

Rechnet man die Angaben aus Seoul zusammen, haben damit [[rund 14'000]] Nordkoreaner in Russland \
gedient – mehr als ein Drittel von ihnen ist verwundet oder tot.

Für die Schweiz ändert sich wenig. Der Bund hat die Sanktionen der EU gegen Nordkorea \
übernommen; in der Schweiz sind im Zusammenhang mit Russland Vermögen von rund 7,4 Milliarden \
Franken gesperrt. Kreuzlingen, mit gut 22'000 Einwohnerinnen und Einwohnern, hat derzeit 180 \
Schutzsuchende aus der Ukraine untergebracht.
""",
    claims=(
        C("Tausenden", None, "vague", "near_front", "russia", "tue",
          "Russia's ambassador in Pyongyang in an Izvestia interview 'das am Dienstag erschien' "
          "«…»: fought alongside Russian soldiers"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "NIS 'Ende März' (days 21-31): killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "'davon tödlich' (a breakdown of the same count): dead"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "'zusätzliche' (increment), carried by 'hiess es damals'", add=True),
        C("über 14'000", 14000, "at_least", "in_russia", "united_states", "pub",
          "'gemäss einem Sprecher' of the State Department, no date: moved to Russia"),
        C("10'000 bis 12'000", None, "range", "near_front", "ukraine", "sun",
          "Selenski 'am Sonntag', Konjunktiv: still in the Kursk area"),
        C("bis zu 10'000", 10000, "at_most", "planned", "other", "pub",
          "Konstanz political scientist 'rechnet damit' (present): 'weitere' (increment)",
          add=True),
        C("rund 14'000", 14000, "approx", "in_russia", "unattributed", "pub",
          "the paper's own sum 'Rechnet man die Angaben aus Seoul zusammen' (reporter's framing)"),
    ),
)

O05 = Source(
    article_id="o05_hessenfunk_bautrupps_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="html_meta",
    features="Hessian public broadcaster's web text in HTML, UTF-8 with BOM "
        "(`article:published_time` and `article:modified_time` with +02:00, a 'Stand: 19.06.25' "
        "line, NewsArticle JSON-LD with a headline without a figure, a privacy banner with "
        "`&bdquo;`/`&ldquo;`, region navigation, an audio box, an analytics script); `<title>` "
        "figure (optional); h1 `6.000` adding up Shoigu's `1.000` deminers and `5.000` builders "
        "announced 'am Dienstag' in Pyongyang (russia, planned, no increments); NIS via Yonhap "
        "'am Mittwoch' ('So berichtete es Yonhap … gestützt auf Angaben aus dem Dienst', after the "
        "figure) carried by 'Nach NIS-Angaben'; HUR 'bereits Ende Mai' `25.000 bis 30.000 "
        "zusätzliche` (range increment); a Wiesbaden US Army spokesman passing on Washington's "
        "estimates ('Demnach', no date: united_states); a Marburg researcher „Zehntausende“ "
        "(other, `pub`); North Korean workers in Russia, US personnel in Wiesbaden, visits, audio "
        "length, listener phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Russland holt [[6.000]] Nordkoreaner nach Kursk | Hessenfunk</title>
<meta property="og:site_name" content="Hessenfunk">
<meta property="article:published_time" content="2025-06-19T11:20:00+02:00">
<meta property="article:modified_time" content="2025-06-19T15:02:00+02:00">
<meta name="author" content="Lea Schöndorf">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headl\
ine":"Minenräumer und Bautrupps für Kursk: Moskau setzt auf \
Pjöngjang","datePublished":"2025-06-19T11:20:00+02:00","publisher":{"@type":"Organization","name\
":"Hessenfunk"}}</script>
</head>
<body>
<div id="privacy" class="banner"><p>Wir würden gern verstehen, welche Beiträge Sie lesen und \
hören. Dafür brauchen wir Ihr Einverständnis, das Sie unter &bdquo;Datenschutz&ldquo; jederzeit \
zurückziehen können.</p><button data-choice="ja">Einverstanden</button><button \
data-choice="nein">Ablehnen</button></div>
<nav aria-label="Hauptmenü"><a href="/">Start</a> · <a href="/nachrichten">Nachrichten</a> · <a \
href="/nordhessen">Nordhessen</a> · <a href="/mittelhessen">Mittelhessen</a> · <a \
href="/rhein-main">Rhein-Main</a> · <a href="/suedhessen">Südhessen</a> · <a \
href="/sport">Sport</a></nav>
<main><article>
<h1>Minenräumer und Bautrupps: Russland holt [[6.000]] Nordkoreaner nach Kursk</h1>
<p class="meta">Stand: 19.06.25, 15:02 Uhr &middot; Lea Schöndorf, Hessenfunk-Nachrichten</p>
<p class="teaser">Nach den Kampftruppen schickt Nordkorea nun Pioniere und Bauarbeiter in \
Uniform. Ein Marburger Konfliktforscher sieht darin ein Zeichen, dass die Allianz auf Dauer \
angelegt ist.</p>
<p>Nordkorea wird nach russischen Angaben [[1.000]] Minenräumer sowie [[5.000]] \
Militärbauarbeiter für den Wiederaufbau nach Kursk entsenden. Das gab Sergej Schoigu, Chef des \
russischen Sicherheitsrats, am Dienstag in Pjöngjang bekannt, wo er zuvor mit Kim Jong Un \
zusammengekommen war. Die Pioniere sollen Minen und Blindgänger beseitigen, die Bautrupps \
zerstörte Straßen und Dörfer wiederaufbauen. Schoigu sprach von einem &bdquo;brüderlichen \
Beitrag&ldquo;. Es war sein dritter Besuch in Nordkorea binnen drei Monaten.</p>
<p>Südkoreas Geheimdienst NIS geht davon aus, dass derzeit [[rund 11.000]] nordkoreanische \
Soldaten in Russland stationiert sind, die meisten im Gebiet Kursk. So berichtete es die Agentur \
Yonhap am Mittwoch, gestützt auf Angaben aus dem Dienst. Nach NIS-Angaben sind seit dem Herbst \
[[etwa 4.700]] Nordkoreaner getötet oder verletzt worden.</p>
<h2>Kiew warnt vor noch mehr Soldaten</h2>
<p>Die Ukraine rechnet mit einem deutlich größeren Kontingent. Pjöngjang könne [[25.000 bis \
30.000]] zusätzliche Soldaten bereitstellen, warnte der ukrainische Militärgeheimdienst HUR \
bereits Ende Mai. Sein Chef Kyrylo Budanow sagte damals, diese würden womöglich nicht nur in \
Kursk, sondern auch in der Ostukraine eingesetzt.</p>
<p>Im hessischen Wiesbaden, wo das Hauptquartier der US-Landstreitkräfte für Europa und Afrika \
sitzt, verfolgt man die Entwicklung genau. Ein Sprecher verwies auf Anfrage auf Einschätzungen \
aus Washington. Demnach hat Nordkorea seit Oktober [[mehr als 14.000]] Soldaten nach Russland \
verlegt, [[mehrere tausend]] von ihnen seien getötet oder verwundet worden. In Wiesbaden und \
Umgebung leben rund 19.000 US-Soldaten, Zivilbeschäftigte und Angehörige.</p>
<p>Für den Marburger Konfliktforscher Hendrik Vollmer zeigt die Ankündigung vom Dienstag, \
&bdquo;dass Moskau und Pjöngjang längst über den Krieg hinaus planen&ldquo;. Er hält es für \
möglich, dass am Ende [[Zehntausende]] Nordkoreaner auf russischen Baustellen arbeiten &ndash; \
&bdquo;als Soldaten, nicht als Gastarbeiter&ldquo;. Schon heute sind nach UN-Schätzungen mehr \
als 10.000 nordkoreanische Arbeiter in Russland beschäftigt.</p>
</article>
<aside class="audio"><p>Zum Nachhören: Hessenfunk-Info, Sendung vom 19.06.2025, 12.00 Uhr (Länge \
4:12)</p></aside>
</main>
<footer>&copy; Hessenfunk 2025 &middot; <a href="/impressum">Impressum</a> &middot; <a \
href="/barrierefreiheit">Barrierefreiheit</a> &middot; Hörertelefon 069 155 2000</footer>
<script>hfAnalytics("nachrichten/welt/art-61207",{agof:true});</script>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "<title> (metadata) restating the h1", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "h1 adds up Shoigu's Tuesday figures of the lead (to publication); no increment word"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag' in Pyongyang, dated by the next sentence: deminers to be sent"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders to be sent (a contingent of its own, no increment "
          "word)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'geht davon aus', dated by Yonhap's Wednesday report in the next sentence (X "
          "citing Y: the claim is the NIS's): stationed in Russia"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "wed",
          "'Nach NIS-Angaben' carries the same report: killed or wounded"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-05-21..2025-05-31",
          "HUR 'bereits Ende Mai': 'zusätzliche' (increment) could be provided", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states", "pub",
          "US Army spokesman in Wiesbaden passing on Washington's estimates ('Demnach', no "
          "date): moved to Russia"),
        C("mehrere tausend", None, "vague", "casualties", "united_states", "pub",
          "same sentence, Konjunktiv: killed or wounded"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "Marburg researcher 'hält es für möglich' (present): could end up working in Russia"),
    ),
)

O06 = Source(
    article_id="o06_landpost_weltagrar_ernte_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-09-24"),
    dated_by="front_matter",
    features="German farmers' weekly's world page in Markdown, front matter with `date:` and a "
        "title without a figure, an italic deck; NIS 'Anfang September' (days 1-10) `rund "
        "2.000` dead, carried by 'Zudem seien' to `etwa 1.000` deminers in Kursk; Moscow 'im "
        "Juni' 'zusätzlich zu den Kampftruppen' `5.000` builders (russia, planned increment); a "
        "NATO spokesman 'inzwischen' without a date; state TV 'Im August' „Hunderten gefallenen "
        "Kämpfern“ (north_korea); HUR without a date 'sogar'; a Göttingen agricultural economist "
        "(other, increment) next to 'bis zu 300.000 Helfer' the army sends to the harvest (not "
        "a claim); FAO hunger figures, per cent, tonnes of rice, fertiliser and wheat, a wheat "
        "price in euros",
    text="""\
---
title: "Weltagrarblick: Nordkorea fehlen die Erntehelfer"
date: 2025-09-24
rubrik: Märkte & Welt
ausgabe: 39/2025
autorin: Hanna Brüggemann
---

# Soldaten an der Front, Lücken auf dem Feld

*Während Kim Jong Un Truppen nach Russland schickt, bangt Nordkorea um die Reisernte. Moskau \
liefert im Gegenzug Dünger und Weizen.*

Die Reisfelder südlich von Pjöngjang sind in diesem Herbst besser bestellt als in den \
Dürrejahren, berichten Hilfsorganisationen. Doch auf den Genossenschaftsbetrieben fehlen \
Arbeitskräfte. Traditionell helfen Soldaten der Volksarmee bei Aussaat und Ernte – nun dient ein \
Teil von ihnen in Russland.

Wie viele es sind, darüber gehen die Angaben auseinander. Südkoreas Geheimdienst NIS berichtete \
Anfang September Abgeordneten, seit Herbst 2024 seien [[rund 2.000]] nordkoreanische Soldaten im \
Gebiet Kursk gefallen. Zudem seien [[etwa 1.000]] Pioniere dort mit der Räumung der Minenfelder \
beschäftigt. Moskau hatte im Juni angekündigt, Pjöngjang werde zusätzlich zu den Kampftruppen \
[[5.000]] Militärbauarbeiter schicken, die zerstörte Dörfer und Straßen instand setzen sollen.

Die Nato geht nach Angaben eines Sprechers inzwischen von [[mehr als 15.000]] Nordkoreanern aus, \
die seit Beginn des Einsatzes in Russland gewesen seien. Der ukrainische Militärgeheimdienst \
spricht sogar von [[bis zu 20.000]] Mann. Pjöngjangs Staatsmedien feiern die Soldaten als \
Helden: Im August zeigte das Staatsfernsehen, wie Kim Angehörige von „[[Hunderten]] gefallenen \
Kämpfern“ empfing.

## Ernte, Dünger, Weizen

Nach Schätzungen der Welternährungsorganisation FAO sind in Nordkorea rund 10,7 Millionen \
Menschen unterernährt, fast 42 Prozent der Bevölkerung. Die Reisernte lag im vergangenen Jahr \
bei etwa 2,1 Millionen Tonnen. Russland hat nach Zollangaben im ersten Halbjahr 2025 rund 32.000 \
Tonnen Mineraldünger und 45.000 Tonnen Weizen über die Grenzstation Chasan geliefert.

„Wer die Soldaten abzieht, zieht auch Hände vom Feld ab“, sagt der Göttinger Agrarökonom Bernd \
Kuhlmann, der Nordkorea mehrfach für ein Entwicklungsprojekt bereist hat. Die Armee stelle zur \
Erntezeit bis zu 300.000 Helfer für die Betriebe. Kuhlmann rechnet dennoch damit, dass Kim [[bis \
zu 10.000]] weitere Soldaten nach Russland schickt: „Devisen und Öl wiegen für das Regime \
schwerer als ein paar Prozent Ernte.“

Für hiesige Betriebe hat das kaum Folgen, wohl aber der russische Weizen: Er drückt auf die \
Weltmarktpreise. An der Matif notierte Weizen zur Dezember-Lieferung am Dienstag bei 189 Euro je \
Tonne.
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'berichtete Anfang September Abgeordneten' (days 1-10): fallen"),
        C("etwa 1.000", 1000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-10",
          "carried by 'Zudem seien': deminers at work in the Kursk region"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Moscow 'im Juni': 'zusätzlich zu den Kampftruppen' (increment) will send", add=True),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "pub",
          "a NATO spokesman 'inzwischen', no date: have been in Russia"),
        C("bis zu 20.000", 20000, "at_most", "in_russia", "ukraine", "pub",
          "HUR 'spricht sogar von' (present, no date)"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean state TV 'Im August' „…gefallenen Kämpfern“"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Göttingen agricultural economist 'rechnet dennoch damit' (present): 'weitere' "
          "(increment)", add=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

O07 = Source(
    article_id="o07_male_observer_doubling_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-10-25"),
    dated_by="html_meta", crlf=True,
    features="Maldivian English-language news site in HTML, windows-1252 with CRLF (typographic "
        "apostrophes and quotes raw), `<meta name=\"date\">` with +05:00, an `og:title` without "
        "a figure, an ad-slot script, a privacy note, a byline with '25 October 2024'; `<title>` "
        "figure (optional); h1 and lede 'Seoul says' / 'believes' from the NIS's Wednesday "
        "session (to publication); 'a further 1,500' (span without the words, increment) and "
        "'bringing the number … to about 3,000' (new total); the first group 'earlier in the "
        "month … at the time' (October 1 to the day before the session); Kirby 'on Wednesday' "
        "`at least 3,000` with 'early to mid-October' (travel, not the claim date); Budanov 'on "
        "Thursday' `some 12,000` in total (planned); Putin without a figure; a Seoul think-tank "
        "fellow (other, `pub`); tourist arrivals, students, a hotline",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Seoul says [[3,000]] North Korean troops already in Russia – The Malé Observer</title>
<meta name="date" content="2024-10-25T09:10:00+05:00">
<meta property="og:title" content="North Korea doubles its troop presence in Russia, Seoul says">
<script async src="https://ads.male-observer.example/slots.js"></script>
<script>var moPage={section:"world",slots:["300x250","728x90"],lang:"en"};</script>
</head>
<body>
<div class="privacy-note">We keep small files on your device so that pages load quickly and \
adverts suit you. <a href="/privacy-policy">Our privacy policy</a> <button>Fine by \
me</button></div>
<header><a href="/" class="brand">The Malé Observer</a>
<nav><a href="/news">News</a> | <a href="/world">World</a> | <a href="/business">Business</a> | \
<a href="/tourism">Tourism</a> | <a href="/sport">Sport</a></nav></header>
<article>
<h1>North Korea has [[3,000]] troops in Russia and more are coming, Seoul says</h1>
<p class="byline">Aishath Rasheed · World desk · 25 October 2024</p>
<p class="lede">North Korea has roughly doubled the number of soldiers it keeps in Russia within \
a week, South Korea’s intelligence agency believes, and Pyongyang wants [[10,000]] there before \
the year is out.</p>
<p>At a closed-door session of parliament’s intelligence committee on Wednesday, the National \
Intelligence Service said a further [[1,500]] soldiers had been shipped from the North’s east \
coast, bringing the number in Russia to [[about 3,000]]. Committee members relayed the agency’s \
findings to reporters afterwards.</p>
<p>The first group, [[about 1,500]] special-forces troops, had been carried to Vladivostok on \
Russian navy vessels earlier in the month, the NIS said at the time.</p>
<p>Washington, which had long hesitated, has now confirmed the deployment. John Kirby, who \
speaks for the White House on national security, told reporters on Wednesday that [[at least \
3,000]] North Korean soldiers had travelled to eastern Russia in early to mid-October. “What \
exactly they will do there is not yet clear,” he said, adding that the front line could be their \
destination.</p>
<p>Ukraine says some have already arrived there. Kyrylo Budanov, who heads Ukraine’s HUR \
military intelligence, told a Ukrainian outlet on Thursday that the first units had reached the \
Kursk region the day before, and that [[some 12,000]] would be deployed in total.</p>
<p>Moscow has neither confirmed nor denied the reports. Asked about them at the BRICS summit in \
Kazan on Thursday, President Vladimir Putin said how Russia applied its treaty with Pyongyang \
was “our business”.</p>
<p>Choi Ji-won, a fellow at a Seoul defence think tank, said Pyongyang could end up sending \
[[tens of thousands]] if Moscow kept paying in cash, oil and military know-how.</p>
<h2>Why it matters here</h2>
<p>The war’s effects are felt far from the front. Russia was the Maldives’ largest source of \
tourists last year, with 209,198 arrivals, and 18 Maldivian students are enrolled at Ukrainian \
universities, according to the foreign ministry, which said on Thursday it was “monitoring the \
situation”. Its hotline for Maldivians abroad is +960 332 3400.</p>
</article>
<footer><p>© 2024 The Malé Observer · Majeedhee Magu, Malé · <a href="/contact">Contact</a> · <a \
href="/advertise">Advertise</a></p></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "<title> (metadata) restating the NIS figure", opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "h1 'Seoul says': the NIS's Wednesday total of the body (to publication)"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed..pub",
          "lede 'believes … wants': the intended total, dated from the body's Wednesday session "
          "to publication"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "wed",
          "NIS in Wednesday's session: 'a further' (increment; span without the words)",
          add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "'bringing the number in Russia to' (a new total, not an increment)"),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "2024-10-01..2024-10-22",
          "the first group, NIS 'earlier in the month … at the time': before Wednesday's session"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "White House spokesman Kirby 'told reporters on Wednesday': travelled to eastern "
          "Russia"),
        C("some 12,000", 12000, "approx", "planned", "ukraine", "thu",
          "HUR chief Budanov 'on Thursday': would be deployed in total"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "Seoul think-tank fellow 'said' without a date: could end up sending"),
    ),
)

O08 = Source(
    article_id="o08_mona_courier_prisoners_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-01-15"),
    dated_by="sidecar",
    features="Isle of Man weekly's world-and-island page, plain text in UTF-16 LE with BOM "
        "(sidecar, Wednesday); headline with the number word `two` from Zelensky 'on Sunday' (to "
        "publication); `Around 300` at a sentence start and `2,700` wounded (not an increment) "
        "'according to' a lawmaker briefed by the NIS 'on Monday' (source after the figures), "
        "'Mr Lee said the agency believed' carrying it; Zelensky 'earlier this month'; a US "
        "official 'last week' `hundreds` and `approaching 1,000`; the UK Ministry of Defence 'on "
        "Tuesday' (a third government: other); 'Both were taken prisoner on January 9' (no "
        "figure); a Manx volunteer's convoys, age, miles, pounds raised, a quiz-night time and "
        "a phone number",
    sidecar=(
        "The Mona Courier",
        "https://www.monacourier.example/world/kyiv-offers-to-swap-two-north-korean-prisoners-"
        "20250115",
        "Kyiv offers to swap two captured North Korean soldiers",
    ),
    text="""\
Kyiv offers to swap [[two]] captured North Korean soldiers

As Seoul raises its estimate of Pyongyang's losses, a Ramsey volunteer back from Sumy says the \
war feels closer than the map suggests

By Tom Quayle

Ukraine is prepared to hand back the [[two]] North Korean soldiers its troops captured in \
Russia's Kursk region if Pyongyang can arrange the release of Ukrainians held in Russia, \
President Volodymyr Zelensky said on Sunday.

In a post on social media the Ukrainian leader shared a video in which one of the men, wounded \
in the jaw, said he would rather stay in Ukraine. The other said he wanted to go home. Both were \
taken prisoner on January 9 and flown to Kyiv to be questioned by the SBU security service.

South Korea's spy agency has put a fresh figure on the toll. [[Around 300]] North Koreans have \
been killed and [[2,700]] wounded since they went into battle in the autumn, according to Lee \
Seong-kweun, a member of the National Assembly's intelligence committee, who was briefed by the \
agency on Monday. Mr Lee said the agency believed Russian commanders were using the North \
Koreans as expendable assault troops, and that [[some 11,000]] were still in the Kursk region.

Kyiv's numbers are considerably higher. Mr Zelensky said earlier this month that North Korean \
units had suffered [[about 3,800]] casualties, dead and wounded together.

American estimates fall somewhere in between. A US official, speaking to reporters in Washington \
last week on condition of anonymity, said [[hundreds]] of North Koreans had died and that the \
number of dead and wounded combined was [[approaching 1,000]]. Britain's Ministry of Defence, in \
its intelligence update on Tuesday, said North Korean units had likely suffered [[more than \
1,000]] casualties in the first week of January alone, a rate it judged unsustainable.

For Andreas Kinvig the figures remain abstract. The 61-year-old retired engineer from Ramsey has \
driven 14 aid convoys to eastern Ukraine since 2022, most recently to Sumy, about 30 miles from \
the Russian border. "People there talk about the Koreans all the time, but nobody I met had \
actually seen one," he said.

His charity, Mannin for Ukraine, has raised £38,400 this winter for generators and will hold a \
quiz night at Ramsey Town Hall at 7.30pm on January 24. Donations can be pledged on 01624 816240.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sun..pub",
          "headline 'Kyiv offers': Zelensky's Sunday statement (to publication); number word"),
        C("two", 2, "exact", "casualties", "ukraine", "sun",
          "Zelensky 'said on Sunday' at the end of the sentence: captured"),
        C("Around 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker briefed by the NIS 'on Monday', named after the figures ('according to'): "
          "killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the same count split by kind, not an increment)"),
        C("some 11,000", 11000, "approx", "near_front", "south_korea", "mon",
          "'Mr Lee said the agency believed' (same briefing): still in the Kursk region"),
        C("about 3,800", 3800, "approx", "casualties", "ukraine", "2025-01-01..pub",
          "Zelensky 'earlier this month' (the 1st to publication): dead and wounded"),
        C("hundreds", None, "vague", "casualties", "united_states", "lastweek",
          "a US official 'last week': died"),
        C("approaching 1,000", 1000, "approx", "casualties", "united_states", "lastweek",
          "same official: dead and wounded combined ('approaching' like 'nearly')"),
        C("more than 1,000", 1000, "at_least", "casualties", "other", "tue",
          "UK Ministry of Defence update 'on Tuesday' (a third government): casualties"),
    ),
)

O09 = Source(
    article_id="o09_tanana_public_radio_return_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-13"),
    dated_by="sidecar",
    features="Alaska public radio station's website in Markdown, front matter without a date "
        "(sidecar, Thursday) with station, category and tags, an italic byline; US-style weekdays "
        "without 'on' ('said Friday', 'in a statement Monday', 'at a hearing Tuesday', 'said "
        "Wednesday'); Syrskyi 'Friday' (a week before publication's Thursday: the 7th) with two "
        "figures; the JCS 'an additional 1,000 to 3,000' (range increment); a US senator at a "
        "hearing (united_states) \"well over 12,000\" inside a quote; an unnamed NATO official; "
        "Zakharova without a figure; a Fairbanks scholar's `5,000 or more` replacements (other, "
        "increment); miles, intercepts, personnel at the base, radio frequency, dollars, dates "
        "of a membership drive",
    sidecar=(
        "Tanana Valley Public Radio",
        "https://www.ktvr.example/world/2025-03-13/north-korean-troops-back-in-kursk",
        "From Fairbanks, a scholar watches North Korea's soldiers return to the Kursk front",
    ),
    text="""\
---
title: "From Fairbanks, a scholar watches North Korea's soldiers return to the Kursk front"
station: KTVR Tanana Valley Public Radio
category: World & Nation
tags: [north korea, russia, ukraine, military, alaska]
---

# North Korean troops are back in Kursk, Ukraine says, and Alaska is paying attention

*Dana Ostrander, KTVR News*

North Korean soldiers have returned to the fighting in Russia's Kursk region after several weeks \
away from the front, according to Ukraine's top commander, who says Pyongyang has also rotated \
in fresh troops.

Gen. Oleksandr Syrskyi said Friday that [[about 8,000]] North Koreans were once again fighting \
alongside Russian units, and that [[roughly 4,000]] had been killed or wounded since they first \
entered combat in the fall. South Korea's Joint Chiefs of Staff, in a statement Monday, said the \
North appeared to have sent an additional [[1,000 to 3,000]] soldiers since January to make up \
for its losses.

U.S. Sen. Dan Sullivan, an Alaska Republican who sits on the Armed Services Committee, said at a \
hearing Tuesday that Kim Jong Un had by now shipped "[[well over 12,000]] of his soldiers to \
fight Putin's war." A NATO official in Brussels, speaking on background, said Wednesday the \
alliance's count before the latest rotation stood at [[around 11,000]].

Russia's Foreign Ministry spokeswoman Maria Zakharova dismissed the reports Wednesday as \
"Western fantasies."

## Why it matters in Alaska

The North Koreans first trained at ranges in Russia's Primorsky region, roughly 3,000 miles from \
Anchorage. Little Diomede Island, in the Bering Strait, lies less than 3 miles from Russian \
territory, and NORAD jets intercepted Russian military aircraft off the state's coast six times \
last year. Joint Base Elmendorf-Richardson is home to about 11,000 service members.

Marisa Tenney, who teaches Russian and East Asian security at the University of Alaska \
Fairbanks, said the casualty figures would force Pyongyang's hand.

"If those numbers are even half right, they'll have to send [[5,000 or more]] replacements by \
summer," she said in an interview with KTVR. "Kim has the manpower. What he doesn't have is an \
army that has seen a drone war, and Russia is giving him that."

---

*KTVR is listener-supported public radio at 89.9 FM. Our spring membership drive runs through \
March 21; a gift of $120 or more gets you a station mug.*
""",
    claims=(
        C("about 8,000", 8000, "approx", "near_front", "ukraine", "fri",
          "Syrskyi 'said Friday' (the Friday before the Thursday publication): fighting"),
        C("roughly 4,000", 4000, "approx", "casualties", "ukraine", "fri",
          "same sentence: killed or wounded"),
        C("1,000 to 3,000", None, "range", "in_russia", "south_korea", "mon",
          "JCS 'in a statement Monday': 'an additional' (increment) sent since January",
          add=True),
        C("well over 12,000", 12000, "at_least", "in_russia", "united_states", "tue",
          "US senator at an Armed Services hearing 'Tuesday' (US government side), inside a "
          "quote: shipped"),
        C("around 11,000", 11000, "approx", "in_russia", "nato", "wed",
          "an unnamed NATO official 'speaking on background' 'said Wednesday': the count"),
        C("5,000 or more", 5000, "at_least", "planned", "other", "pub",
          "Fairbanks scholar in an undated interview: 'replacements' to be sent (increment)",
          add=True),
    ),
)

O10 = Source(
    article_id="o10_prague_ledger_parade_veterans",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-10-14"),
    dated_by="dateline", crlf=True,
    features="Czech English-language outlet's story in plain text, UTF-8 with BOM and CRLF, dated "
        "only by its dateline 'PRAGUE, 14 October 2025 -'; headline 'as Czech intelligence puts' "
        "`up to 15,000` from the body's 'last Thursday' (in a Tuesday article: the Thursday of "
        "the week before; a third government: other); parade veterans `several hundred` marching "
        "'on Friday' (returnees: optional); Medvedev 'on Friday' „thousands“ (russia); NIS 'in "
        "September' with `About 2,000` dead at a sentence start; HUR 'on "
        "Monday' with two figures (builders 'since the summer': in Russia); the DIA 'at the end "
        "of September' 'another 6,000' (increment, span without the word); the paper's own count "
        "'by this newspaper's count' (unattributed, range); shells, koruna, Ukrainians in the "
        "Czech Republic, committee members, anniversary",
    text="""\
Kim parades his Kursk veterans as Czech intelligence puts North Korean deployment at [[up to \
15,000]]

By Petra Novotná-Hale

PRAGUE, 14 October 2025 - North Korea put soldiers who fought in Russia's Kursk region on public \
display for the first time on Friday, marching [[several hundred]] of them across Kim Il Sung \
Square in Pyongyang during a parade marking the 80th anniversary of the ruling Workers' Party.

Among the guests on the reviewing stand was Dmitry Medvedev, the deputy chairman of Russia's \
Security Council, who on Friday thanked "the [[thousands]] of Korean warriors" who had helped \
drive Ukrainian forces out of Kursk, according to a transcript published by his office.

The display came a day after the director of Czech military intelligence, Brig. Gen. Lukas \
Dvorak, gave senators a rare public assessment. Speaking to the Senate's foreign affairs and \
defence committee last Thursday, he said his service estimated that [[up to 15,000]] North \
Korean soldiers had been rotated through Russia since the autumn of 2024. The committee's 13 \
members were told that Pyongyang earns hard currency, oil and missile technology in return.

The human cost has been high. [[About 2,000]] North Korean soldiers have died, South Korea's \
National Intelligence Service said in September, in the agency's first estimate of the dead alone.

Ukraine believes the deployment is far from over. Its military intelligence agency, HUR, \
reported on Monday that [[roughly 11,000]] soldiers from the North remained in the Kursk and \
Belgorod border areas, and that [[about 5,000]] military builders had arrived in Russia since \
the summer. A US Defense Intelligence Agency assessment released at the end of September said \
Pyongyang could send another [[6,000]] troops if Moscow asked.

Taken together, the official estimates suggest that [[between 15,000 and 17,000]] North Koreans \
have served in Russia's war, by this newspaper's count.

For Prague, the parade was a reminder of how far the conflict reaches. The Czech-led ammunition \
initiative has delivered about 1.8 million large-calibre shells to Ukraine this year, worth \
roughly CZK 40 billion, according to the defence ministry. Some 390,000 Ukrainians hold \
temporary protection in the Czech Republic.

Foreign Minister Jan Lipavsky said on Monday that the Czech Republic would push for North Korean \
entities to be added to the EU's next sanctions package.
""",
    claims=(
        C("up to 15,000", 15000, "at_most", "in_russia", "other", "2025-10-09..pub",
          "headline 'as Czech intelligence puts': the body's 'last Thursday' figure (to "
          "publication); a third government"),
        C("several hundred", None, "vague", "in_russia", "unattributed", "fri",
          "parade veterans marched 'on Friday' (returnees at a parade: optional, labelled "
          "in_russia as in the earlier blind sets)", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "fri",
          "Medvedev (deputy chairman of Russia's Security Council) 'on Friday' in quotes: helped "
          "drive Ukrainian forces out of Kursk"),
        C("up to 15,000", 15000, "at_most", "in_russia", "other", "2025-10-09",
          "Czech military intelligence chief to a Senate committee 'last Thursday' (a Tuesday "
          "article: the Thursday of the week before): rotated through Russia"),
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'said in September', named after the figure: died"),
        C("roughly 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'reported on Monday': remained in the border areas"),
        C("about 5,000", 5000, "approx", "in_russia", "ukraine", "mon",
          "same sentence: military builders arrived in Russia"),
        C("6,000", 6000, "exact", "planned", "united_states", "2025-09-21..2025-09-30",
          "DIA assessment 'released at the end of September': could send 'another' (increment, "
          "span without the word)", add=True),
        C("between 15,000 and 17,000", None, "range", "in_russia", "unattributed", "pub",
          "the paper's own reckoning 'by this newspaper's count' (required)"),
    ),
)

O11 = Source(
    article_id="o11_macau_evening_post_memorial_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-08-20"),
    dated_by="sidecar",
    features="Macau English-language daily in HTML without a meta date (sidecar, Wednesday), a "
        "trilingual top bar with Chinese characters and a hotline, cookie bar, ad script, "
        "navigation, footer with an address; headline without a figure; standfirst with "
        "KCNA's `thousands` and the NIS's `about 10,000` dated from the body (Tuesday and Monday "
        "to publication); 'state media reported on Tuesday' carried by 'According to the Korean "
        "Central News Agency'; NIS 'Briefing members of parliament on Monday' with `among them "
        "some 2,000 dead` (breakdown); Shoigu 'announced in June' (russia, planned, no "
        "increments); Rutte 'last week' 'ran into the thousands' (nato); a think tank's range "
        "(other, `pub`); trade share, casino revenue, visitor arrivals",
    sidecar=(
        "Macau Evening Post",
        "https://www.macaueveningpost.example/en/world/kim-pledges-memorial-to-soldiers-who-fell-"
        "in-russia",
        "Kim pledges memorial to soldiers who fell in Russia",
    ),
    text="""\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kim pledges memorial to soldiers who fell in Russia | Macau Evening Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Macau Evening Post">
<script>window.mepAds=window.mepAds||[];mepAds.push({unit:"world-top",size:[970,250]});</script>
</head>
<body>
<div class="cookie-bar">Cookies help us count readers and show you advertising that fits. Carry \
on browsing if that is fine with you. <a href="/en/cookies">Details</a> <button>OK</button></div>
<div class="topbar">中文 | Português | English &middot; Newsdesk (853) 2833 1050</div>
<nav><a href="/en/">Home</a> &middot; <a href="/en/macau">Macau</a> &middot; <a \
href="/en/greater-bay">Greater Bay</a> &middot; <a href="/en/china">China</a> &middot; <a \
href="/en/world">World</a> &middot; <a href="/en/gaming">Gaming</a></nav>
<article>
<h1>Kim pledges memorial to soldiers who fell in Russia</h1>
<p class="standfirst">Pyongyang praises [[thousands]] of &ldquo;heroic sons&rdquo;; Seoul says \
[[about 10,000]] remain in Kursk</p>
<p class="byline">By Ricardo Leong</p>
<p>North Korean leader Kim Jong Un has ordered a memorial museum to be built in Pyongyang for \
soldiers killed fighting for Russia, state media reported on Tuesday, in the fullest \
acknowledgement yet of the North&rsquo;s losses in the war.</p>
<p>According to the Korean Central News Agency, Kim told a meeting of army commanders that \
&ldquo;[[thousands]] of our heroic sons&rdquo; had taken part in the operation to retake the \
Kursk region and that their sacrifice would &ldquo;shine for ever&rdquo;. KCNA gave no casualty \
figures.</p>
<p>Seoul&rsquo;s spy agency was less reticent. Briefing members of parliament on Monday, the \
National Intelligence Service said [[roughly 10,000]] North Korean troops were still deployed in \
Kursk and that [[about 4,700]] had been killed or wounded, among them [[some 2,000]] dead.</p>
<p>Moscow, which admitted the North Koreans&rsquo; role only in April, is now planning for a \
lasting presence. Sergei Shoigu, who heads Russia&rsquo;s Security Council, announced in June \
that Pyongyang would dispatch [[1,000]] deminers and [[5,000]] military construction workers to \
the region.</p>
<p>NATO Secretary-General Mark Rutte, speaking in Washington last week, said North Korean losses \
ran into the [[thousands]] and accused Moscow of &ldquo;paying for Kim&rsquo;s missiles with \
Korean lives&rdquo;. Estimates compiled by a Seoul government think tank, the Korea Institute \
for National Unification, suggest [[between 15,000 and 20,000]] North Koreans have rotated \
through Russia since October 2024.</p>
<p>In Beijing, a foreign ministry spokesman declined to comment, calling it a matter between two \
sovereign states. China accounts for about 95 per cent of North Korea&rsquo;s recorded trade.</p>
<p>In Macau, casinos took in MOP 21.1 billion in July, and visitor arrivals reached 3.3 million, \
official figures showed on Friday.</p>
</article>
<footer>&copy; 2025 Macau Evening Post &middot; Rua do Campo 26, Macau &middot; <a \
href="/en/about">About us</a> &middot; <a href="/en/terms">Terms</a></footer>
</body>
</html>
""",
    claims=(
        C("thousands", None, "vague", "near_front", "north_korea", "tue..pub",
          "standfirst 'Pyongyang praises': KCNA's Tuesday report of the body (to publication)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "mon..pub",
          "standfirst 'Seoul says': the NIS's Monday figure of the body (to publication)"),
        C("thousands", None, "vague", "near_front", "north_korea", "tue",
          "'According to the Korean Central News Agency' after 'state media reported on "
          "Tuesday': Kim's „…“ took part in the Kursk operation"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "mon",
          "NIS 'Briefing members of parliament on Monday': still deployed in Kursk"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same sentence: killed or wounded"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "mon",
          "'among them … dead' (a breakdown, not an increment)"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'announced in June': deminers to be dispatched"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "same sentence: military construction workers (no increment word)"),
        C("thousands", None, "vague", "casualties", "nato", "lastweek",
          "Rutte 'speaking in Washington last week': losses 'ran into the thousands'"),
        C("between 15,000 and 20,000", None, "range", "in_russia", "other", "pub",
          "a think tank's compiled estimates 'suggest' (present, no date): rotated through "
          "Russia"),
    ),
)

O12 = Source(
    article_id="o12_kampala_sentinel_recruits_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-11-20"),
    dated_by="sidecar",
    features="Ugandan daily's world page in Markdown, ISO-8859-1 with straight quotes and ' - ' "
        "dashes, front matter without a date (sidecar without url, Thursday); 'Kampala -' "
        "opening; NIS 'earlier this month' (the 1st to publication) with two figures; 'US "
        "officials estimated in the spring' (March-May); HUR 'has said' without a date; the "
        "paper's own tally 'By the Sentinel's reckoning' (unattributed, required) next to 'about "
        "ten times' (ratio); a Makerere lecturer's `as many as 30,000 more` (other, increment); "
        "Africans and Ugandans recruited by Russia (1,436, 36 countries, at least 19, dead: not "
        "claims), promised pay in dollars and shillings, a police hotline",
    sidecar=(
        "The Kampala Sentinel",
        "",
        "Africans in Russia's army: what the North Korean deployment tells us",
    ),
    text="""\
---
title: "Africans in Russia's army: what the North Korean deployment tells us"
section: World
author: Brenda Nakalema
---

# Africans in Russia's army: what the North Korean deployment tells us

Kampala - While Ugandan families search for sons lured to Russia with promises of security jobs, \
a far larger foreign contingent has been fighting for Moscow for more than a year: soldiers sent \
by the government of North Korea.

South Korea's National Intelligence Service said earlier this month that [[about 10,000]] North \
Korean troops remained deployed near Russia's border with Ukraine. The agency added that [[some \
5,000]] military construction workers had been moving into Russia since September.

US officials estimated in the spring that [[more than 14,000]] had been sent in total. Kyiv's \
military intelligence agency has said the North Korean dead number [[at least 2,000]], though \
Pyongyang has never published a toll.

By the Sentinel's reckoning, [[some 15,000]] North Koreans have served in Russia since October \
2024 - about ten times the number of Africans whom Kyiv says are fighting there.

Ukraine's foreign minister, Andrii Sybiha, said this month that 1,436 citizens of 36 African \
countries were serving in Russia's ranks, and that at least 19 Ugandans had been identified \
among them. Four of the Ugandans are known to have died. Families in Wakiso and Mukono told this \
newspaper that recruiters had promised salaries of $2,000 a month, and charged fees of up to Shs \
4.5 million for visas and tickets.

"The difference is that Pyongyang sends soldiers as a state, for money and weapons. Our young \
men go as individuals, and nobody is counting them," said Dr Isaac Ochieng, who lectures in \
international relations at Makerere University.

He expects the North Korean contingent to keep growing. "If Moscow asks, Pyongyang could send \
[[as many as 30,000]] more next year. Kim has made it a business," he said.

Police have urged anyone offered a job in Russia to verify it first on the toll-free line 0800 \
199 699.
""",
    claims=(
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..pub",
          "NIS 'earlier this month' (the 1st to publication): near the border"),
        C("some 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-01..pub",
          "'The agency added' (same statement): moving into Russia"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-05-31", "'US officials estimated in the spring' (March-May): sent"),
        C("at least 2,000", 2000, "at_least", "casualties", "ukraine", "pub",
          "HUR 'has said' without a date: dead"),
        C("some 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the paper's own tally 'By the Sentinel's reckoning' (reporter's framing, required)"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "Makerere lecturer, quoted without a date: could send 'more' (increment)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    O01, O02, O03, O04, O05, O06,
    O07, O08, O09, O10, O11, O12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
