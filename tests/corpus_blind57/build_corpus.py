"""Build the FIFTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold.

Run `python build_corpus.py`.

The fifty-ninth corpus, for an honest measurement on articles the extractor has never met,
written in session 10 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Soest daily,
an Elbe-Elster radio station's web text, a Mölltal weekly (Austrian conventions), a Zurzibiet
paper (Swiss conventions), a bakers' guild magazine and a Vechta student radio; a Gisborne daily,
an Eigg community page, an Iowa public radio site, a Serbian English-language outlet, a Yap news
page and an English-language newsletter from Mauritania. Same file format, marker syntax and
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
BASE_NAME = "_blind57_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

Q01 = Source(
    article_id="q57_01_soest_pentagon_zehntausend",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Börde-Kurier Soest",
        "https://www.boerde-kurier.example/welt/pentagon-zehntausend-nordkoreaner-russland-118204",
        "Pentagon: 10.000 Soldaten aus Nordkorea in Russland",
    ),
    features="Soest daily's world page as plain text (sidecar, Wednesday); headline 'Pentagon:' "
        "from the deputy spokeswoman's Monday figure (Monday to publication); her apposition "
        "'Sabrina Singh, die stellvertretende Sprecherin'; 'fügte sie hinzu' carrying `Mehrere "
        "tausend` near the border; 'Noch in der Vorwoche' (`lastweek`) `mindestens 3.000`; an "
        "opposition lawmaker passing on the NIS 'am Dienstag' (X citing Y) in Konjunktiv over two "
        "sentences (arrived, planned total); HUR in the present tense (`pub`) `knapp 12.000` and "
        "`500` officers (breakdown); a Paderborn political scientist 'rechnet damit' (vague "
        "increment, `pub`); Peskov without a figure; refugees in the Kreis Soest, fair visitors, "
        "ages, stalls",
    text="""\
Pentagon: [[10.000]] Soldaten aus Nordkorea in Russland

Washington legt sich erstmals auf eine Zahl fest. Ein Teil der Truppe rückt offenbar schon \
Richtung Ukraine vor. In Soest verfolgt eine Familie aus Saporischschja die Nachrichten mit \
wachsender Unruhe.

Von Hendrik Brökelmann

Soest/Washington. Die Vereinigten Staaten gehen inzwischen davon aus, dass Nordkorea [[rund \
10.000]] Soldaten zur Ausbildung in den Osten Russlands geschickt hat. Diese Zahl nannte Sabrina \
Singh, die stellvertretende Sprecherin des Pentagons, am Montag vor Journalisten. [[Mehrere \
tausend]] davon seien bereits näher an die ukrainische Grenze herangerückt, fügte sie hinzu. \
Washington sei „zunehmend besorgt“, dass Moskau die Männer schon bald in den Kampf schicke.

Noch in der Vorwoche hatte die US-Regierung von [[mindestens 3.000]] Nordkoreanern gesprochen, \
die per Schiff und Bahn in den Fernen Osten gebracht worden seien.

Auch in Seoul wird die Lage neu bewertet. Der Oppositionsabgeordnete Park Sun-won, Mitglied im \
Geheimdienstausschuss der Nationalversammlung, gab am Dienstag wieder, was der Nachrichtendienst \
NIS den Parlamentariern hinter verschlossenen Türen vorgetragen hatte. Demnach seien bis jetzt \
[[etwa 3.000]] Mann in Russland angekommen. Bis Dezember wolle Pjöngjang das Kontingent auf \
[[rund 10.000]] aufstocken.

Kiews Militärgeheimdienst HUR, geführt von Kyrylo Budanow, nennt sogar noch höhere Zahlen. Er \
spricht von [[knapp 12.000]] Nordkoreanern, die auf mehreren Übungsplätzen im russischen Osten \
ausgebildet würden, unter ihnen [[500]] Offiziere. Der Kreml wies am Dienstag \
jede Auskunft zurück; Sprecher Dmitri Peskow nannte die Zusammenarbeit mit Pjöngjang eine \
Angelegenheit zweier souveräner Staaten.

„Wie lange hält die Front noch?“

Olena Kowaltschuk, 41, lebt seit dem Frühjahr 2022 mit ihren beiden Töchtern in Soest. Ihr Mann \
dient in einer Artillerieeinheit im Donbass. „Wir haben gedacht, schlimmer kann es nicht werden“, \
sagt sie am Küchentisch ihrer Wohnung am Grandweg. „Jetzt kommen Soldaten aus einem Land, das ich \
bisher nur aus dem Atlas kannte.“ Im Kreis Soest leben nach Angaben der Kreisverwaltung derzeit \
gut 2.300 Geflüchtete aus der Ukraine, etwa ein Drittel von ihnen sind Kinder.

Die Politikwissenschaftlerin Annette Wiehagen, die an der Universität Paderborn über Ostasien \
forscht, hält die Entsendung für ein Geschäft auf Gegenseitigkeit. Pjöngjang bekomme Devisen, \
Lebensmittel und womöglich Raketentechnik. Sie rechnet damit, dass bis zum Frühjahr noch \
[[mehrere tausend]] Soldaten folgen. „Kim hat eine Armee von über einer Million Mann, und er hat \
sonst wenig, was Russland braucht“, sagt Wiehagen.

Für Olena Kowaltschuk geht das Leben trotzdem weiter. Auf der Allerheiligenkirmes, zu der in der \
kommenden Woche wieder weit über eine Million Besucher in der Altstadt erwartet werden, hilft sie \
an einem der rund 400 Stände aus. „Arbeit lenkt ab“, sagt sie.
""",
    claims=(
        C("10.000", 10000, "exact", "in_russia", "united_states", "mon..pub",
          "headline 'Pentagon:': the deputy spokeswoman's Monday figure of the lead"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "Singh, apposition, 'am Montag' in the next sentence: sent to eastern Russia for "
          "training"),
        C("Mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "same briefing, 'fügte sie hinzu': moved closer to the Ukrainian border"),
        C("mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "lastweek",
          "US government 'Noch in der Vorwoche': brought to the Far East"),
        C("etwa 3.000", 3000, "approx", "in_russia", "south_korea", "tue",
          "opposition lawmaker passing on the NIS briefing 'am Dienstag' (X citing Y), "
          "Konjunktiv 'Demnach seien … angekommen'"),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "tue",
          "same briefing: Pyongyang wants to raise the contingent to (intended total)"),
        C("knapp 12.000", 12000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'spricht von' (present tense, no date): being trained in eastern Russia"),
        C("500", 500, "exact", "in_russia", "ukraine", "pub",
          "same HUR statement: officers 'unter ihnen' (a breakdown, no increment)"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Paderborn political scientist 'rechnet damit … noch … folgen' (increment; 'bis zum "
          "Frühjahr' is the event)", add=True),
    ),
)

Q02 = Source(
    article_id="q57_02_elbe_elster_radio_hamhung_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-18"),
    dated_by="html_meta",
    features="Elbe-Elster radio station's web text in HTML, ISO-8859-1 (quotes and dashes only "
        "as entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&middot;`), `article:published_time` "
        "with +01:00 (Wednesday), 'Stand: 18.12.2024', a frequency list, a consent banner with "
        "crumb wording; `<meta name=\"description\">` figure (optional); headline 'Washington:' "
        "`Hunderte` from Ryder's Monday figure (Monday to publication); 'hieß es aus dem "
        "Pentagon' after the figure; HUR 'Schon am Sonntag' `mindestens 30`; the JCS 'am "
        "Mittwoch' (the publication day) `einigen tausend weiteren` (vague planned increment); a "
        "Potsdam military historian 'schätzt er' `bis zu 3.000` (`pub`); a retired engineer who "
        "helped rebuild Hamhung (GDR specialists, years, age: not claims); Ukrainians in the "
        "district",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Erste Verluste bei Kursk: Was ein Liebenwerdaer &uuml;ber Nordkorea wei&szlig; \
| Radio Elbe-Elster</title>
<meta name="description" content="Das Pentagon spricht von [[mehreren hundert]] toten und \
verwundeten Nordkoreanern. Ein 87-J&auml;hriger aus Bad Liebenwerda kennt das Land.">
<meta property="article:published_time" content="2024-12-18T14:20:00+01:00">
<meta property="og:site_name" content="Radio Elbe-Elster">
<script>var rdeeStats={rubrik:"welt",id:"rw-20241218-03",audio:false};</script>
</head>
<body>
<div class="krumen-hinweis">Unsere Seite kr&uuml;melt ein wenig: Wir speichern kleine \
Dateien, um zu sehen, welche Beitr&auml;ge Sie lesen. <button>Kr&uuml;mel erlauben</button> \
<button>Kr&uuml;melfrei weiterlesen</button></div>
<nav><a href="/">Start</a> &middot; <a href="/region">Region</a> &middot; <a \
href="/welt">Welt</a> &middot; <a href="/sport">Sport</a> &middot; <a \
href="/frequenzen">Frequenzen</a></nav>
<main>
<h1>Washington: [[Hunderte]] Nordkoreaner bei Kursk get&ouml;tet oder verwundet</h1>
<p class="stand">Stand: 18.12.2024, 14:20 Uhr</p>
<p>Die nordkoreanischen Soldaten im russischen Grenzgebiet Kursk haben nach Erkenntnissen der \
US-Regierung erstmals gr&ouml;&szlig;ere Verluste erlitten. Pentagon-Sprecher Pat Ryder \
bezifferte die Zahl der Get&ouml;teten und Verletzten am Montag in Washington auf &bdquo;[[mehrere \
hundert]]&ldquo;. Betroffen seien einfache Soldaten ebenso wie Offiziere.</p>
<p>Die Nordkoreaner seien inzwischen fest in die russischen Angriffe eingebunden. Von den [[rund \
11.000]] Mann, die Pj&ouml;ngjang in den Osten Russlands geschickt habe, k&auml;mpfe ein \
gro&szlig;er Teil im Gebiet Kursk, hie&szlig; es aus dem Pentagon.</p>
<p>Schon am Sonntag hatte der ukrainische Milit&auml;rgeheimdienst HUR gemeldet, bei Gefechten \
um drei D&ouml;rfer seien [[mindestens 30]] nordkoreanische Soldaten get&ouml;tet oder verwundet \
worden.</p>
<p>S&uuml;dkoreas Vereinigter Generalstab erkl&auml;rte am Mittwoch, die Truppen aus dem Norden \
seien auf Drohnenangriffe und offenes Gel&auml;nde schlecht vorbereitet. Zugleich bereite \
Pj&ouml;ngjang die Verlegung von [[einigen tausend]] weiteren Soldaten vor.</p>
<h2>&bdquo;Die Jungs haben keiner gefragt&ldquo;</h2>
<p>In Bad Liebenwerda verfolgt Manfred K&uuml;hne die Meldungen genau. Der 87-J&auml;hrige war \
von 1957 bis 1961 als junger Bauingenieur in Hamhung, jener nordkoreanischen Stadt, die die DDR \
nach dem Koreakrieg wieder mit aufbaute. Etwa 450 Fachleute aus Ostdeutschland seien damals dort \
gewesen, erz&auml;hlt er. &bdquo;Die Leute waren freundlich und unglaublich arm. Die Jungs, die \
jetzt in Russland sterben, hat keiner gefragt.&ldquo;</p>
<p>Der Potsdamer Milit&auml;rhistoriker Jens Wollenberg h&auml;lt es f&uuml;r wahrscheinlich, dass \
die Verluste rasch steigen. Bis zum Fr&uuml;hjahr k&ouml;nnten [[bis zu 3.000]] Nordkoreaner tot \
oder verwundet sein, sch&auml;tzt er. Russland nutze sie &bdquo;wie Verbrauchsmaterial&ldquo;.</p>
<p>Im Landkreis Elbe-Elster leben derzeit rund 1.100 Menschen aus der Ukraine. Die Tafel in \
Finsterwalde versorgt nach eigenen Angaben jede Woche etwa 600 Haushalte.</p>
</main>
<footer>Radio Elbe-Elster &middot; UKW 98,4 (Herzberg) &middot; 101,7 (Finsterwalde) &middot; \
Studio-Telefon 03535 555 20 &middot; &copy; 2024</footer>
</body>
</html>
""",
    claims=(
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating Ryder's Monday figure", opt=True),
        C("Hunderte", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'Washington:': Ryder's Monday figure of the body, to publication"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "Pentagon spokesman Ryder 'am Montag' (entity quotes): killed or wounded"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "mon",
          "Konjunktiv carried from Ryder, 'hieß es aus dem Pentagon' after the figure: sent to "
          "eastern Russia"),
        C("mindestens 30", 30, "at_least", "casualties", "ukraine", "sun",
          "HUR 'Schon am Sonntag': killed or wounded"),
        C("einigen tausend", None, "vague", "planned", "south_korea", "wed",
          "JCS 'am Mittwoch' (the publication day), Konjunktiv: preparing to move 'weiteren' "
          "(increment)", add=True),
        C("bis zu 3.000", 3000, "at_most", "casualties", "other", "pub",
          "Potsdam military historian, 'schätzt er' after the figure (no date; 'Bis zum "
          "Frühjahr' is the event): dead or wounded"),
    ),
)

Q03 = Source(
    article_id="q57_03_moelltal_gletscher_stille_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-19"),
    dated_by="front_matter",
    features="Mölltal weekly's world page in Markdown, UTF-8 with BOM, front matter with `date:` "
        "(Wednesday) and German keys, a title without a figure; 'Jänner', 'Feber', 'heuer'; bold "
        "deck 'Kiew zählt' from the SSO spokesman's figure of 'am vergangenen Freitag' (Friday "
        "to publication); 'Von den etwa 11.000 … seien mehr als 4.000' with 'sagte Kindratenko' "
        "after it; lawmakers briefed by the NIS 'am Dienstag' 'heuer … bis zu 3.000 weitere' "
        "(planned increment); the NIS 'Am 13. Jänner' `rund 3.000` with 'darunter etwa 300' "
        "(breakdown); a US newspaper citing US officials 'Anfang Feber' (united_states); a "
        "Klagenfurt researcher 'rechnet damit' `Tausenden` (vague increment, `pub`); a "
        "Ukrainian ski instructor, glacier height, refugees in the Spittal district, dates of "
        "events",
    text="""\
---
titel: "Stille an der Kursk-Front"
date: 2025-02-19
rubrik: Welt
autor: Florian Granig
---

# Wo sind Kims Soldaten geblieben?

**Kiew zählt [[mehr als 4.000]] tote oder verwundete Nordkoreaner. Seit Ende Jänner sind sie in \
keinem Gefecht mehr aufgetaucht.**

Obervellach/Kiew – Die Soldaten aus Nordkorea sind von der Front im russischen Gebiet Kursk \
verschwunden. Das erklärte Oleksandr Kindratenko, Sprecher der ukrainischen \
Spezialeinsatzkräfte, am vergangenen Freitag im Gespräch mit der Agentur Ukrinform. Seit gut drei \
Wochen habe man keinen einzigen Zusammenstoß mit ihnen mehr registriert.

Von den [[etwa 11.000]] Nordkoreanern, die im Herbst an die Kursk-Front verlegt worden seien, \
seien [[mehr als 4.000]] getötet oder verwundet worden, sagte Kindratenko. Moskau habe die \
Einheiten vermutlich abgezogen, um sie neu aufzustellen und besser auszubilden.

## Seoul erwartet Nachschub

Der südkoreanische Nachrichtendienst NIS sieht das ähnlich. Abgeordnete, die am Dienstag von der \
Behörde unterrichtet wurden, berichteten, seit Mitte Jänner gebe es keine Hinweise mehr auf \
Kampfeinsätze. Pjöngjang könnte heuer aber [[bis zu 3.000]] weitere Soldaten schicken, um die \
Lücken zu füllen.

Am 13. Jänner hatte der Dienst die Verluste noch auf [[rund 3.000]] Tote und Verwundete \
geschätzt, darunter [[etwa 300]] Gefallene. Auch aus Washington kamen zuletzt höhere Zahlen: Die \
„New York Times“ berichtete Anfang Feber unter Berufung auf US-Regierungsvertreter, dass [[rund \
1.000]] Nordkoreaner bei Kursk ums Leben gekommen seien.

Der Klagenfurter Sicherheitsforscher Michael Steinwender hält die Atempause für trügerisch. Er \
rechnet damit, dass Nordkorea mit [[Tausenden]] frischen Soldaten an die Front zurückkehrt, \
sobald der Boden im Frühjahr trocken ist. „Für Kim ist das ein Geschäft. Er liefert Menschen und \
bekommt dafür Öl, Geld und Know-how“, sagt Steinwender.

## Ein Skilehrer aus Dnipro

Am Mölltaler Gletscher unterrichtet Dmytro Lysenko heuer seinen dritten Winter. Der 34-Jährige \
aus Dnipro kam im März 2022 nach Kärnten, inzwischen spricht er Deutsch mit Kärntner Färbung. \
Sein Cousin kämpft seit dem Sommer im Gebiet Kursk. „Er schreibt mir jeden zweiten Tag“, erzählt \
Lysenko an der Bergstation auf 2.800 Metern. „Über die Nordkoreaner sagt er nur: Sie sind viele, \
und sie laufen einfach weiter.“

Im Bezirk Spittal an der Drau leben laut Bezirkshauptmannschaft rund 280 Vertriebene aus der \
Ukraine. Die Pfarre Obervellach sammelt bis 28. Feber Winterjacken und Schlafsäcke; abgegeben \
werden kann im Pfarrhof, Montag bis Freitag von 8 bis 11 Uhr.
""",
    claims=(
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "fri..pub",
          "bold deck 'Kiew zählt': the SSO spokesman's figure of 'am vergangenen Freitag', to "
          "publication"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "fri",
          "SSO spokesman Kindratenko ('am vergangenen Freitag', previous paragraph), 'sagte "
          "Kindratenko' after the figure: moved to the Kursk front"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "fri",
          "same statement: killed or wounded"),
        C("bis zu 3.000", 3000, "at_most", "planned", "south_korea", "tue",
          "lawmakers briefed by the NIS 'am Dienstag' (X citing Y): could send 'weitere' "
          "('heuer' is the event; increment)", add=True),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-13",
          "NIS 'Am 13. Jänner' (an older figure recalled): dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "same: 'darunter' dead (a breakdown)"),
        C("rund 1.000", 1000, "approx", "casualties", "united_states",
          "2025-02-01..2025-02-10",
          "US newspaper citing US officials 'Anfang Feber' (X citing Y): killed"),
        C("Tausenden", None, "vague", "planned", "other", "pub",
          "Klagenfurt researcher 'rechnet damit' (present tense): return with fresh soldiers "
          "(increment; 'im Frühjahr' is the event)", add=True),
    ),
)

Q04 = Source(
    article_id="q57_04_zurzibiet_eingestaendnis",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-05-02"),
    dated_by="dateline", crlf=True,
    features="Zurzibiet paper's foreign page as plain text, windows-1252 with CRLF, dateline 'Bad "
        "Zurzach/Seoul, 2. Mai 2025 –' (Friday): `ss`, «», `15'000`, `10'000`, `20'000`, "
        "4-digit `4700`/`3000`; headline without a figure, subtitle 'Seoul geht von 15'000 … "
        "aus' from the JCS Monday figure (Monday to publication); KCNA 'am Montag' and Gerasimov "
        "'am Samstag' without a figure; the JCS 'Am Montag legte … vor:' `rund 15'000`, "
        "`etwa 4700` (killed or wounded) and `rund 600` dead (part of them, not an increment); "
        "the NIS 'Schon im März' 'zusätzlich rund 3000' (increment, month); the "
        "Ukrainian general staff 'am Mittwoch' «mehrere tausend»; a former NNSC officer from "
        "Bad Zurzach 'schätzt' a range 'noch einmal' (increment, `pub`); army size, spa "
        "visitors, francs, Swiss NNSC members since 1953",
    text="""\
Nordkorea gibt den Einsatz in Kursk zu

Seoul geht von [[15'000]] entsandten Soldaten aus – ein Zurzacher, der einst in Panmunjom Dienst \
tat, wundert sich über nichts mehr

Bad Zurzach/Seoul, 2. Mai 2025 – Monatelang hat Pjöngjang geschwiegen, nun ist es offiziell: \
Nordkoreanische Soldaten haben an der Seite Russlands im Gebiet Kursk gekämpft. Die staatliche \
Nachrichtenagentur KCNA verbreitete am Montag eine Erklärung der Parteiführung, wonach die \
Einheiten auf Befehl von Kim Jong Un entsandt worden seien, gestützt auf den Beistandsvertrag mit \
Moskau. Zahlen nannte KCNA keine. Moskau war am Samstag vorangegangen: Generalstabschef Waleri \
Gerassimow bestätigte den Einsatz und lobte die «Heldentaten» der Verbündeten.

Umso genauer wird in Seoul gezählt. Am Montag legte der Generalstab in Seoul seine Bilanz vor: \
Insgesamt habe Pjöngjang bis jetzt [[rund 15'000]] Soldaten nach Russland geschickt. Von \
ihnen seien [[etwa 4700]] getötet oder verwundet worden. Die Zahl der Gefallenen liege bei \
[[rund 600]]. Schon im März hatte der Nachrichtendienst NIS gemeldet, Pjöngjang habe zu \
Jahresbeginn zusätzlich [[rund 3000]] Mann auf den Weg gebracht.

Auch Kiew geht davon aus, dass die Nordkoreaner vorerst bleiben. Im Grenzgebiet zwischen Kursk \
und Sumy stünden nach wie vor «[[mehrere tausend]]» von ihnen, erklärte der ukrainische \
Generalstab am Mittwoch.

«Die Armee ist das Einzige, was dort funktioniert»

Ueli Baldinger hat Nordkoreas Soldaten aus nächster Nähe gesehen. Der heute 58-Jährige aus Bad \
Zurzach diente 1998 und 1999 als Offizier der Neutralen Überwachungskommission in Panmunjom, wo \
die Schweiz seit 1953 Armeeangehörige stellt. «Drüben standen junge Männer, dünn, diszipliniert, \
und sie haben uns nie aus den Augen gelassen», erinnert er sich. Überrascht habe ihn das \
Eingeständnis aus Pjöngjang nicht: «Kim braucht Devisen, und Putin braucht Infanterie.»

Baldinger schätzt, dass Kim in den nächsten Monaten noch einmal [[10'000 bis 20'000]] Mann \
bereitstellen könnte. Nordkoreas Armee zählt nach westlichen Schätzungen rund 1,2 Millionen \
Soldaten. «Das merkt dort niemand», sagt er.

Seine Tage verbringt Baldinger inzwischen als Führer im Thermalbad, das im vergangenen Jahr gut \
380'000 Eintritte zählte. Am kommenden Mittwoch hält er im Gemeindesaal einen Vortrag über seine \
Zeit in Korea; der Eintritt kostet 10 Franken, Jugendliche unter 16 Jahren zahlen nichts.
""",
    claims=(
        C("15'000", 15000, "exact", "in_russia", "south_korea", "mon..pub",
          "subtitle 'Seoul geht von … aus': the JCS Monday total of the body, to publication"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "mon",
          "South Korea's JCS 'teilte am Montag mit': sent in total"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "mon",
          "same statement: dead (part of the 4700, not an increment)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "NIS 'Schon im März': 'zusätzlich' sent at the start of the year (increment)",
          add=True),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "wed",
          "Ukrainian general staff, «…», 'erklärte … am Mittwoch' after the figure: in the "
          "border area"),
        C("10'000 bis 20'000", None, "range", "planned", "other", "pub",
          "former NNSC officer from Bad Zurzach 'schätzt' (no date): could provide 'noch einmal' "
          "(increment)", add=True),
    ),
)

Q05 = Source(
    article_id="q57_05_baeckerinnung_schoigu_bautrupps_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-07-08"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Backstube & Betrieb - Mitteilungsblatt der Bäcker-Innung Hellweg",
        "https://www.baecker-innung-hellweg.example/mitteilungsblatt/2025-07/ueber-den-ladentisch",
        "Blick über den Ladentisch: Schoigu holt Bautrupps aus Pjöngjang",
    ),
    features="bakers' guild magazine's world-and-markets column in Markdown, ISO-8859-1 with "
        "CRLF (»« quotes, hyphens, 'Euro' spelled out), front matter without a date (sidecar, "
        "Tuesday); headline `6000` from Shoigu 'am 17. Juni' (that day to publication) as the "
        "sum of `1000` and `5000` (his breakdown, russia, planned); HUR 'vergangene Woche' "
        "`rund 11.000` in Kursk; Zelensky 'am Wochenende' »Zehntausende« weitere (vague "
        "planned increment, Saturday-Sunday); the NIS 'Ende Juni' `mehrerer tausend "
        "zusätzlicher` (vague planned increment); the column's own sum `weit über 14.000` "
        "(unattributed, `pub`); wheat prices, grain exports, guild members, apprentices, dates",
    text="""\
---
titel: Blick über den Ladentisch
rubrik: Welt & Märkte
heft: 7/2025
---

# Schoigu holt [[6000]] Nordkoreaner für den Wiederaufbau von Kursk

*Mehl, Mais und Marschbefehle: Was der Krieg im Osten mit unseren Rohstoffpreisen zu tun hat - \
und warum Moskau jetzt auf Bautrupps aus Pjöngjang setzt.*

Liebe Kolleginnen und Kollegen,

wer in diesen Wochen Mehl ordert, schaut unweigerlich auf die Nachrichten aus Osteuropa. Der \
Weizen notierte an der Pariser Terminbörse zuletzt bei rund 205 Euro je Tonne, gut 8 Prozent \
weniger als vor einem Jahr. Die Ukraine hat in der Saison 2024/25 trotz Krieg etwa 40 Millionen \
Tonnen Getreide ausgeführt. Ruhiger wird es an der Front trotzdem nicht.

Sergej Schoigu, als Sekretär des russischen Sicherheitsrats einer der engsten Vertrauten \
Putins, reiste im Juni gleich zweimal nach Pjöngjang. Am 17. Juni verkündete er dort eine neue \
Abmachung: Nordkorea werde [[1000]] Pioniere zur Minenräumung und [[5000]] Bausoldaten in das \
Gebiet Kursk schicken, um zerstörte Dörfer, Straßen und Brücken wieder aufzubauen. Kim Jong Un \
revanchiere sich damit für die russische »Bruderhilfe«, so Schoigu.

Kämpfende Truppen sind ohnehin schon da. Der ukrainische Militärgeheimdienst HUR teilte \
vergangene Woche mit, im Gebiet Kursk stünden derzeit [[rund 11.000]] nordkoreanische Soldaten. \
Präsident Wolodymyr Selenskyj warnte am Wochenende, Kim könne Russland noch »[[Zehntausende]]« \
weitere Männer zur Verfügung stellen.

Südkoreas Nachrichtendienst NIS rechnete Ende Juni damit, dass die Bautrupps schon im Juli oder \
August aufbrechen. Darüber hinaus bereite Pjöngjang die Entsendung [[mehrerer tausend]] \
zusätzlicher Soldaten vor, hieß es aus Seoul.

Seit dem vergangenen Herbst sind damit [[weit über 14.000]] Nordkoreaner nach Russland gegangen, \
die angekündigten Bautrupps nicht mitgerechnet.

## Was heißt das für uns?

Kurzfristig wenig. Die Getreidepreise hängen stärker an der Ernte in Frankreich und am Wetter in \
den USA als an Truppenbewegungen. Die Energiekosten für unsere Öfen sind seit dem Frühjahr leicht \
gesunken; viele Betriebe zahlen für Gas wieder unter 6 Cent je Kilowattstunde.

## Aus der Innung

Unsere Innung zählt aktuell 41 Mitgliedsbetriebe. Bei der Freisprechung im Juni haben 17 \
Gesellinnen und Gesellen ihren Brief erhalten, darunter zwei junge Frauen aus Charkiw. Das \
Sommerfest findet am 23. August auf dem Hof der Bäckerei Kleinehellefort statt; Anmeldung bis \
8. August bei der Geschäftsstelle.

Mit kollegialen Grüßen
Ihr Obermeister
""",
    claims=(
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: the sum of the 1000 and 5000 Shoigu announced on 17 June, to publication"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni', Konjunktiv: sappers to be sent to Kursk (his breakdown)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: builders to be sent (his breakdown, not an increment)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'teilte vergangene Woche mit': in the Kursk region"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "sat..sun",
          "Zelensky 'am Wochenende' »…«: could provide 'weitere' (increment)", add=True),
        C("mehrerer tausend", None, "vague", "planned", "south_korea",
          "2025-06-21..2025-06-30",
          "NIS 'Ende Juni', 'hieß es aus Seoul': 'zusätzlicher' soldiers being prepared "
          "(increment)", add=True),
        C("weit über 14.000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the column's own sum ('Seit dem vergangenen Herbst sind damit'), no source"),
    ),
)

Q06 = Source(
    article_id="q57_06_vechta_campusradio_seminar_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-12"),
    dated_by="sidecar",
    sidecar=(
        "Campusradio Vechta",
        "https://campusradio-vechta.example/beitraege/ein-jahr-kursk-seoul-zaehlt-2000-tote",
        "Ein Jahr Kursk: Seoul zählt rund 2.000 tote Nordkoreaner",
    ),
    features="Vechta student radio's web text in HTML, UTF-8, no meta date (sidecar, Wednesday), "
        "a show schedule, a player script, a cookie notice with its own wording, typographic "
        "quotes and `&nbsp;`; `<title>` figure (optional); headline 'Seoul zählt' from the NIS "
        "figures of 'am Dienstag vergangener Woche' (that ISO date to publication); the NIS "
        "`etwa 10.000` at the border, 'Zusätzlich zu ihnen … 5.000' builders (increment, being "
        "moved into Russia) and `rund 2.000` dead; HUR 'am Montag' `bis zu 6.000 weiteren` "
        "(planned increment); a guest lecturer at a seminar 'am Montagabend' (other, Monday) "
        "`mehr als 20.000`; students, a student from Busan without a figure, frequency, show "
        "times",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul: [[10.000]] Nordkoreaner bleiben an Russlands Grenze – Campusradio Vechta</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/assets/player.js" data-stream="https://stream.campusradio-vechta.example/live" \
data-bitrate="128"></script>
</head>
<body>
<div class="cookie-note">Wir benutzen Cookies nur, um zu zählen, wie viele von euch uns \
zuhören. <button>Zählt mich mit</button> <button>Ich bleibe unsichtbar</button></div>
<header><a href="/">Campusradio Vechta</a> · <a href="/programm">Programm</a> · <a \
href="/beitraege">Beiträge</a> · <a href="/mitmachen">Mitmachen</a></header>
<article>
<h1>Ein Jahr Kursk: Seoul zählt [[rund 2.000]] tote Nordkoreaner</h1>
<p class="autor">Von Jana Tepe und Luca Meyerhoff</p>
<p>Der südkoreanische Nachrichtendienst NIS hat am Dienstag vergangener Woche im Parlament in \
Seoul eine neue Bilanz vorgelegt. Demnach sind im russischen Grenzgebiet weiterhin [[etwa \
10.000]] nordkoreanische Soldaten stationiert, die dort vor allem Grenzposten sichern. \
Zusätzlich zu ihnen würden [[5.000]] Bausoldaten schrittweise nach Russland gebracht. Die Zahl \
der Gefallenen beziffert der Dienst inzwischen auf [[rund 2.000]].</p>
<p>Kiew hält auch diese Zahlen nicht für das Ende. Der ukrainische Militärgeheimdienst HUR \
warnte am Montag, Pjöngjang bereite die Entsendung von [[bis zu 6.000]] weiteren Soldaten \
vor.</p>
<h2>„Niemand in Pjöngjang erfährt, wie viele gestorben sind“</h2>
<p>Was das für Nordkorea selbst bedeutet, war Thema eines Seminars am Montagabend im Hörsaal \
Q-010. Gastdozentin Dr. Eun-ji Baek, die derzeit am Institut für Sozialwissenschaften und \
Philosophie lehrt, hält es für möglich, dass insgesamt [[mehr als 20.000]] Nordkoreaner in \
Russland gedient haben, wenn man die Rotationen mitrechnet. „Niemand in Pjöngjang erfährt, wie \
viele gestorben sind“, sagte Baek vor rund 70 Zuhörerinnen und Zuhörern.</p>
<p>Für Minseo Park, die aus Busan stammt und im dritten Semester Gerontologie studiert, ist das \
Thema nicht abstrakt. „Mein Großvater kam 1951 aus dem Norden. Wenn ich diese Bilder sehe, denke \
ich an seine Familie, die dort geblieben ist.“ An der Universität Vechta sind gut 5.000 \
Studierende eingeschrieben, darunter nach Angaben des International Office 14 aus \
Südkorea.</p>
<p>Das ganze Gespräch mit Dr. Baek läuft am Donnerstag ab 18&nbsp;Uhr in unserer Sendung \
„Weltempfänger“ und danach in der Mediathek.</p>
</article>
<footer>Campusradio Vechta · Driverstraße 22 · 49377 Vechta · UKW 87,7 · Studio-Hotline \
04441 555 7700</footer>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "<title> (metadata) restating the NIS figure of the body", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-11-04..pub",
          "headline 'Seoul zählt': the NIS figure of 'am Dienstag vergangener Woche', to "
          "publication"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'am Dienstag vergangener Woche' (4 November): stationed in the border area"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same briefing, 'Zusätzlich zu ihnen': builders being brought to Russia (increment)",
          add=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "same briefing, 'beziffert der Dienst': dead"),
        C("bis zu 6.000", 6000, "at_most", "planned", "ukraine", "mon",
          "HUR 'warnte am Montag': preparing to send 'weiteren' (increment)", add=True),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "other", "mon",
          "guest lecturer at the seminar 'am Montagabend' (the event dates her words): served "
          "in Russia, rotations counted"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

Q07 = Source(
    article_id="q57_07_gisborne_kursk_eleven_thousand",
    language="en", fmt="txt", encoding="utf-16", published=day("2024-11-06"),
    dated_by="dateline",
    features="Gisborne daily's world page as plain text, UTF-16 LE with BOM, dateline 'GISBORNE, "
        "6 November 2024 —' (Wednesday); headline 'Kyiv says' from Zelensky's figure of his "
        "Monday address (Monday to publication); the lead 'says' dated two sentences later; the "
        "Pentagon 'put the figure a little lower' the same Monday (US time); Rutte 'that same "
        "day' (nato, sent); the NIS 'last week' `more than 3,000` toward the front; the NZ "
        "foreign minister 'yesterday' “thousands” (other); an NZDF instructor without a figure, "
        "NZDF personnel and Ukrainian recruits trained, cyclone, ages, distances",
    text="""\
Kyiv says [[11,000]] North Korean troops now in Kursk

Tairāwhiti soldier training Ukrainian recruits in England says the news "changes nothing and \
everything"

By Mere Kaiwai

GISBORNE, 6 November 2024 — Ukraine's president says [[11,000]] soldiers from North Korea have \
reached Russia's Kursk region, where Ukrainian forces have held a pocket of Russian territory \
since August. Volodymyr Zelensky gave the number in his nightly video address on Monday and \
accused Ukraine's partners of "watching and waiting".

In Washington, Pentagon spokeswoman Sabrina Singh put the figure a little lower. [[About \
10,000]] North Korean troops had moved into Kursk, she told reporters at her Monday briefing, \
and the United States expected them to join the fighting "in the coming days".

NATO's secretary general Mark Rutte, meeting a South Korean delegation in Brussels that same \
day, said [[more than 10,000]] had been sent to Russia in total and called the deployment "a \
significant escalation".

Seoul's National Intelligence Service, which first sounded the alarm in the middle of October, \
believed last week that [[more than 3,000]] of the North Koreans had already moved west toward \
the front line.

Foreign Minister Winston Peters yesterday described the arrival of "[[thousands]] of North \
Korean soldiers on European soil" as a threat to security far beyond Europe. New Zealand has \
sanctioned more than 200 individuals and entities connected with Russia's war since 2022.

'Out here, you learn who is fighting'

For Lance Corporal Tama Horomona, 27, from Kaiti, the war is a daily reality. He is one of \
about 100 New Zealand Defence Force personnel helping to train Ukrainian recruits at bases in \
the south of England, work that has so far put several thousand new soldiers through a \
five-week infantry course.

"The guys we train are farmers, mechanics, teachers," he said by phone on Tuesday night, NZ \
time. "Now they hear there are North Koreans on the other side. It changes nothing and \
everything. They still have to go."

Horomona grew up helping on his uncle's sheep station inland from Tolaga Bay and joined the \
army in 2018, a few weeks before his 21st birthday. His whānau still talk about Cyclone Gabrielle, \
which cut the road to Gisborne in February 2023. "When the bridges went, we knew what it was to \
be cut off," he said. "The Ukrainians live with that every day."

He expects to return to Tairāwhiti in March, some 18,000 kilometres from the training area.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kyiv says': Zelensky's Monday figure of the lead, to publication"),
        C("11,000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'says', dated by the next sentence ('on Monday'): reached Kursk"),
        C("About 10,000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon spokeswoman, 'she told reporters at her Monday briefing' after the figure: "
          "moved into Kursk"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'that same day' (Monday carried): sent to Russia"),
        C("more than 3,000", 3000, "at_least", "near_front", "south_korea", "lastweek",
          "NIS 'believed last week': moved west toward the front"),
        C("thousands", None, "vague", "in_russia", "other", "yday",
          "NZ foreign minister 'yesterday' in quotes: on European soil (a third government)"),
    ),
)

Q08 = Source(
    article_id="q57_08_eigg_prisoners_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-15"),
    dated_by="front_matter",
    features="Eigg community page's world column in Markdown, front matter with `date:` "
        "(Wednesday) and a title without a figure; headline number word `Two` (Zelensky, 11 "
        "January to publication); Zelensky 'on Saturday 11 January' `two` captured; the NIS "
        "'on Monday' passed on by committee members (X citing Y) `about 300` dead and `2,700` "
        "wounded (not an increment); the White House 'In late December' `more than 1,000` in a "
        "week; the UK Ministry of Defence 'on Sunday' (other); the column's own `About 11,000` "
        "'are believed' (unattributed, `pub`); a Ukrainian volunteer without a figure, island "
        "population, renewables share, ferry times, ages, a buyout year",
    text="""\
---
title: "Beyond the Sound: the prisoners from Pyongyang"
date: 2025-01-15
section: World
author: Catriona MacKinnon
---

# [[Two]] North Korean soldiers now held by Ukraine

*Our monthly look at the world beyond the Small Isles, with a visitor who knows the war at \
first hand.*

Kyiv is holding [[two]] soldiers from the North Korean army, taken prisoner in the fighting \
around Kursk. President Volodymyr Zelensky made it public on Saturday 11 January, posting \
photographs of the men with bandaged hands and jaws on his Telegram channel. One is 20 and \
says he believed he was going to a training exercise; the other, 26, told interrogators \
through a Korean interpreter that he would like to stay in Ukraine.

South Korea's National Intelligence Service confirmed the captures and, on Monday, offered its \
own reckoning of the toll. Members of the parliamentary intelligence committee who heard the \
briefing passed it on to reporters: [[about 300]] North Koreans killed and [[2,700]] wounded. \
The service also believes some soldiers were ordered to kill themselves rather than be taken.

The estimates keep climbing. In late December the White House put North Korean dead and \
wounded at [[more than 1,000]] for a single week of fighting. Britain's Ministry of Defence, in \
one of its regular intelligence updates, said on Sunday that [[roughly 1,000]] could be dead.

[[About 11,000]] North Koreans are believed to have been sent to Russia in the autumn. Moscow \
still has not confirmed that any of them are there.

## A visitor from Kharkiv

The news reached Eigg through Yuliia, who has spent the winter volunteering at the tearoom by \
the pier and helping with the community woodland. She is 31 and left Kharkiv in 2022; her \
father still lives there. "When I saw the photographs of those two boys I felt sorry for them," \
she said. "Then I remembered what their army is doing to my city."

Yuliia leaves on the Lochnevis on Friday's 12:40 sailing and hopes to return in spring. She will \
give a short talk about Kharkiv in the hall on Thursday at 7pm; soup and bannocks from 6.30pm, \
donations to the Ukrainian Red Cross.

## On the island

The community grid ran on around 95 per cent renewable power last year, the electricity \
company reports, and the population stands at 110 after two births in December. The trust marks \
28 years since the 1997 buyout in June.
""",
    claims=(
        C("Two", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "headline number word: Zelensky's captured soldiers of the body, to publication"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'made it public on Saturday 11 January' (next sentence): captured"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'on Monday', passed on by committee members (X citing Y): killed"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: wounded beside the dead (not an increment)"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "White House 'In late December' 'put … at': dead and wounded in one week"),
        C("roughly 1,000", 1000, "approx", "casualties", "other", "sun",
          "UK Ministry of Defence 'said on Sunday' (a third government): could be dead"),
        C("About 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'are believed to have been sent' with no source: the column's own framing"),
    ),
)

Q09 = Source(
    article_id="q57_09_iowa_public_radio_briefing_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-12"),
    dated_by="html_meta", crlf=True,
    features="Iowa public radio site's story in HTML, windows-1252 with CRLF (typographic quotes "
        "and dashes raw), `article:published_time` with -05:00 (Wednesday), a listen button, "
        "a donation banner, a cookie notice with its own wording; `<title>` figure (optional); "
        "headline 'Iowa congressman says' `near 4,000` from his Tuesday account of a Pentagon "
        "briefing (X citing Y: united_states, Tuesday to publication); 'another 1,500 to "
        "3,000' (planned range increment); Ukraine's general staff 'on Monday' `about 3,000`; "
        "the NIS 'in February' `some 11,000`; an Iowa State professor `close to 14,000` "
        "(other, `pub`); Iowans killed in the Korean War, soybean exports, pledge figures, "
        "frequency, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Pentagon counts [[4,000]] North Korean casualties, Iowa congressman says | Cedar Valley \
Public Media</title>
<meta property="article:published_time" content="2025-03-12T06:45:00-05:00">
<meta property="og:site_name" content="Cedar Valley Public Media">
<script>window.cvpm={story:"cvpm-25-0312-ukraine",program:"Morning Edition",listen:true};\
</script>
</head>
<body>
<div class="cookies">We use a few cookies to learn which stories you listen to. We never sell \
them. <button>Count me in</button> <button>Keep it minimal</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/ag">Agriculture</a> | <a \
href="/music">Music</a> | <a href="/donate">Give</a></nav>
<article>
<h1>Pentagon briefers put North Korean casualties [[near 4,000]], Iowa congressman says</h1>
<p class="byline">By Dana Hulstein · <button>Listen · 3:52</button></p>
<p>A congressman from northwest Iowa says the Pentagon told lawmakers this week that North \
Korea’s troops in Russia have taken heavy losses since they joined the fight against Ukraine.</p>
<p>Rep. Dale Kettering, a Republican who sits on the House Armed Services Committee, said \
Tuesday that military officials told members in a classified session that [[roughly 4,000]] \
North Korean soldiers had been killed or wounded. He said the briefers also expected Pyongyang \
to send “another [[1,500 to 3,000]]” to make up for the losses.</p>
<p>“These are not volunteers. They are being spent,” Kettering said in a phone interview.</p>
<p>The North Koreans appear to be back in action. Ukraine’s general staff said on Monday that \
[[about 3,000]] of them had taken part in renewed assaults near the town of Sudzha after weeks \
away from the front.</p>
<p>South Korea’s intelligence service estimated in February that [[some 11,000]] North Koreans \
had deployed to Russia since the fall.</p>
<p>Hye-won Lim, who teaches political science at Iowa State University in Ames, thinks the real \
number is higher once replacements are counted – [[close to 14,000]], by her estimate. “Kim \
Jong Un treats this as an export business,” she said.</p>
<h2>An Iowa connection</h2>
<p>For many Iowans the war in Ukraine stirs memories of another one. More than 500 Iowans were \
killed in the Korean War, and the state’s Korean War memorial in Des Moines lists every name. \
South Korea is also one of Iowa’s larger soybean customers, buying roughly $400 million worth \
in a good year.</p>
</article>
<aside class="pledge">Our spring drive is 62% of the way to its $180,000 goal. Call \
515-555-0142 or give online.</aside>
<footer>Cedar Valley Public Media · 90.9 FM Waterloo · 88.1 FM Ames · © 2025</footer>
</body>
</html>
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "united_states", "tue..pub",
          "<title> (metadata) restating the congressman's account of the Pentagon figure",
          opt=True),
        C("near 4,000", 4000, "approx", "casualties", "united_states", "tue..pub",
          "headline 'Iowa congressman says': Pentagon briefers (X citing Y), his Tuesday "
          "account, to publication"),
        C("roughly 4,000", 4000, "approx", "casualties", "united_states", "tue",
          "congressman 'said Tuesday' passing on the Pentagon's classified briefing: killed or "
          "wounded"),
        C("1,500 to 3,000", None, "range", "planned", "united_states", "tue",
          "same account, 'another' in quotes: to send (increment)", add=True),
        C("about 3,000", 3000, "approx", "near_front", "ukraine", "mon",
          "Ukraine's general staff 'said on Monday': in renewed assaults near Sudzha"),
        C("some 11,000", 11000, "approx", "in_russia", "south_korea", "2025-02-01..2025-02-28",
          "NIS 'estimated in February': deployed to Russia"),
        C("close to 14,000", 14000, "approx", "in_russia", "other", "pub",
          "Iowa State professor 'thinks … by her estimate' (no date): served, replacements "
          "counted"),
    ),
)

Q10 = Source(
    article_id="q57_10_belgrade_two_thousand_dead_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Belgrade Dispatch",
        "https://www.belgradedispatch.example/world/seoul-counts-2000-north-korean-dead",
        "Seoul counts 2,000 North Korean dead as Vučić returns from Beijing",
    ),
    features="Serbian English-language outlet's world story in HTML, UTF-8 with BOM, no meta "
        "date (sidecar, Friday), JSON-LD without a date, an ad script, a cookie notice with "
        "crumb wording, a newsletter box; `<title>` figure (optional); headline 'Seoul counts' "
        "from the lawmakers' Thursday account of the NIS (X citing Y, Thursday to "
        "publication); 'the lawmakers said' after the figure; `1,000` engineers at work in "
        "Kursk and `about 5,000` builders being moved to Russia (NIS, same day); Shoigu 'on "
        "June 17' `6,000` (russia, planned); state media 'late last month' “thousands” "
        "(north_korea); HUR in the present tense (`pub`); a Belgrade analyst `at least 15,000` "
        "(other, `pub`); Chinese parade troops, Serbian arms exports, euros, anniversaries",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul counts [[2,000]] North Korean dead | Belgrade Dispatch</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"headline":"Seoul counts North Korean dead as Vučić returns from Beijing","publisher":\
{"@type":"Organization","name":"Belgrade Dispatch"}}</script>
<script>var bdAds={slots:["top-728x90","mid-300x250"],section:"world"};</script>
</head>
<body>
<div id="crumbs">This site leaves a few crumbs in your browser so we can see what you read. \
<button>Leave the crumbs</button> <button>Sweep them away</button></div>
<nav><a href="/">Home</a> · <a href="/serbia">Serbia</a> · <a href="/region">Region</a> · \
<a href="/world">World</a> · <a href="/business">Business</a></nav>
<main>
<h1>Seoul counts [[2,000]] North Korean dead as Vučić returns from Beijing</h1>
<p class="byline">By Nikola Stanković</p>
<p>Pyongyang has now lost [[about 2,000]] men killed in Russia’s war, Seoul’s National \
Intelligence Service estimates. Lawmakers on the parliament’s intelligence panel passed that \
estimate on to reporters on Thursday after the agency briefed them behind closed doors.</p>
<p>The service told them that [[1,000]] North Korean military engineers have been clearing \
mines in Russia’s Kursk region since the summer, and that [[about 5,000]] construction troops \
are being moved into Russia in stages, the lawmakers said.</p>
<p>Those are the contingents Sergei Shoigu, secretary of Russia’s Security Council, announced \
during a visit to Pyongyang on June 17, when he spoke of [[6,000]] North Koreans who would \
rebuild what the fighting had destroyed in Kursk.</p>
<p>North Korea’s state media, which admitted the deployment only in April, reported late last \
month that Kim Jong Un had told a gathering of returning officers that “[[thousands]]” of his \
soldiers had fought “like heroes” for the liberation of Kursk.</p>
<p>Kyiv’s military intelligence agency believes [[around 11,000]] North Koreans are still \
deployed in the Kursk region and in neighbouring parts of Russia.</p>
<h2>A view from Belgrade</h2>
<p>President Aleksandar Vučić returned on Thursday from Beijing, where he watched Wednesday’s \
military parade marking 80 years since the end of the Second World War from the same stand as \
Kim, Vladimir Putin and Xi Jinping. Some 10,000 Chinese troops took part. Asked about North \
Korea’s soldiers in Russia, Vučić said Serbia “does not comment on the choices of others”.</p>
<p>Milica Radović, a researcher at a Belgrade foreign-policy institute, says the numbers \
understate the scale. She estimates that [[at least 15,000]] North Koreans have rotated through \
Russia since last October. “For Belgrade this is uncomfortable,” she said. Serbian-made \
ammunition worth an estimated €800 million has reached Ukraine through third countries, \
according to Russian intelligence, a charge Vučić denies.</p>
</main>
<aside class="newsletter">Get the Dispatch in your inbox every weekday at 7am. Join 24,000 \
readers.</aside>
<footer>© 2025 Belgrade Dispatch · Kneza Miloša 9, Belgrade · +381 11 555 0190</footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the NIS figure of the body", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul counts': the NIS figure the lawmakers passed on on Thursday, to "
          "publication"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'estimates', passed on by lawmakers 'on Thursday' in the next sentence (X "
          "citing Y): killed"),
        C("1,000", 1000, "exact", "near_front", "south_korea", "thu",
          "same briefing, 'the lawmakers said' after the figure: clearing mines in Kursk"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "same briefing: builders being moved into Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'on June 17' in Pyongyang: would rebuild Kursk (to be sent)"),
        C("thousands", None, "vague", "near_front", "north_korea", "2025-08-21..2025-08-31",
          "state media 'late last month' quoting Kim: fought for Kursk"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'believes' (present tense, no date): still deployed in Kursk and nearby"),
        C("at least 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "Belgrade researcher 'estimates' (no date): rotated through Russia"),
    ),
)

Q11 = Source(
    article_id="q57_11_yap_parade_veterans_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Waab Weekly",
        "",
        "World Watch: Pyongyang parades its Kursk veterans",
    ),
    features="Yap news page's world column in Markdown, windows-1252 (typographic quotes raw), "
        "front matter without a date (sidecar without url, Tuesday); headline 'Seoul says' "
        "from the NIS figure of September (the month to publication); state TV's marching "
        "veterans 'on Friday' (returnees: optional); Kim's speech 'published by KCNA on "
        "Saturday' “reinforced by thousands” (vague planned increment, north_korea); an "
        "Indo-Pacific Command spokesman 'on Monday' answering this page; Zelensky 'last week'; "
        "Rutte 'has said' (nato, perfect tense, `pub`); Yap's population, distances, compact "
        "money, stone money, a radar, dates",
    text="""\
---
title: "World Watch: Pyongyang parades its Kursk veterans"
section: World Watch
byline: Francis Ruepong
---

# Kim parades Kursk veterans; Seoul says [[10,000]] still guard the border

On Friday North Korea marked eighty years of its ruling Workers' Party with a night \
parade through Pyongyang, and for the first time the soldiers who fought for Russia had a place \
of honour. State television showed [[hundreds]] of men from the "overseas operation units" \
marching in a block of their own, medals on their chests, while Kim Jong Un saluted from the \
tribune beside China's Premier Li Qiang and Russia's Dmitry Medvedev.

In his speech, published by the state news agency KCNA on Saturday, Kim promised that the units \
would be "reinforced by [[thousands]] of new volunteers" and praised their "sacred service" in \
Russia's Kursk region.

## How many are still there?

Seoul's National Intelligence Service estimated in September that [[around 10,000]] North \
Korean troops remain positioned along the border in Russia's Kursk region.

A spokesman for U.S. Indo-Pacific Command in Hawaii, responding to questions from this page on \
Monday, said [[more than 14,000]] North Korean soldiers had deployed to Russia since October \
last year. He would not say how many had come home.

Ukraine's President Volodymyr Zelensky told reporters in Kyiv last week that [[over 2,000]] \
North Koreans had died in the fighting, a figure close to South Korea's own count.

NATO Secretary General Mark Rutte has said [[more than 10,000]] North Koreans have fought \
alongside Russian troops, and that Pyongyang is paid in oil, cash and weapons technology.

## Why it matters here

Pyongyang is some 3,300 kilometres from Colonia, closer than Honolulu. The Federated States of \
Micronesia has never had diplomatic ties with North Korea, and officials in Palikir say there \
are no plans to change that.

The United States, which funds much of Yap's budget under the amended Compact of Free \
Association - about $7.1 billion for the FSM over 20 years - is also building a radar station \
on the island, a project the state legislature approved in 2023.

Yap State has about 11,300 residents. Our stone money still stands in the village banks; the \
largest pieces are close to four metres across.

Next week: the Yap Day committee's budget for 1 March, and the new ship schedule to the outer \
islands.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-09-01..pub",
          "headline 'Seoul says': the NIS figure of September in the body, to publication"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV 'on Friday': veterans of the overseas units marching (returnees)", opt=True),
        C("thousands", None, "vague", "planned", "north_korea", "sat",
          "Kim's speech 'published by … KCNA on Saturday' in quotes: 'reinforced by' new "
          "volunteers (increment)", add=True),
        C("around 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-09-01..2025-09-30",
          "NIS 'estimated in September': positioned along the Kursk border"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states", "mon",
          "Indo-Pacific Command spokesman 'on Monday' after the clause: deployed to Russia"),
        C("over 2,000", 2000, "at_least", "casualties", "ukraine", "lastweek",
          "Zelensky 'told reporters … last week': died"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "pub",
          "Rutte 'has said' (perfect tense, no date): fought alongside Russian troops"),
    ),
)

Q12 = Source(
    article_id="q57_12_nouakchott_letter_year_on",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Nouakchott Letter",
        "https://nouakchottletter.example/issues/112/world-a-year-of-north-korean-boots",
        "World: a year of North Korean boots in Russia",
    ),
    features="English-language newsletter from Mauritania as plain text, UTF-16 LE with BOM and "
        "CRLF (sidecar, Monday), an issue line and section headers in capitals; a look back: "
        "Washington 'in October 2024' and Seoul 'at the time' (the month carried: range of the "
        "planned total); a 'spring intelligence assessment' (season: March-May); Shoigu 'in "
        "June' (russia, planned); the NIS 'in early November' `about 10,000` and 'On top of "
        "them, 5,000' (increment); HUR 'this month' 'up to 25,000 more' (planned increment); "
        "the newsletter's own range and `at least 2,000` dead ('Most estimates agree': "
        "unattributed, `pub`); Malian refugees, Russian personnel in Mali, iron ore, ouguiya, "
        "phone numbers",
    text="""\
THE NOUAKCHOTT LETTER - Issue 112
Weekly notes in English for Mauritania's international community

WORLD: A YEAR OF NORTH KOREAN BOOTS IN RUSSIA

It is a little over a year since the first trains carrying North Korean soldiers rolled west \
across Russia. A look at what we know, and how the numbers grew.

When the troops first appeared in the Russian Far East in October 2024, Washington counted \
[[about 3,000]] of them. At the time, South Korea's intelligence service expected the \
contingent to reach [[10,000 to 12,000]] by the end of that year.

The United States has been quieter since. Its last public figure, in a spring intelligence \
assessment, was [[more than 11,000]] North Koreans sent to Russia.

Moscow has never published a total. The nearest it came was Sergei Shoigu's announcement in \
June that Pyongyang would dispatch [[6,000]] engineers and builders to the Kursk region.

Seoul remains the most detailed source. In early November its National Intelligence Service \
said [[about 10,000]] North Korean troops were still guarding the border in Kursk. On top of \
them, [[5,000]] builders in uniform were being moved into Russia, the agency said.

Ukraine's military intelligence warned this month that Pyongyang could provide [[up to \
25,000]] more if the Kremlin asks.

Add up the contingents and the rotations and somewhere between [[15,000 and 17,000]] North \
Koreans have passed through Russia. Most estimates agree that [[at least 2,000]] of them are \
dead.

WHY IT MATTERS HERE

Russia's presence in our own neighbourhood is no longer abstract. Some 2,500 Russian personnel \
of the so-called Africa Corps are believed to be in Mali, and the Mbera camp near Bassikounou \
now shelters well over 100,000 refugees from across the border.

Iron ore exports through Nouadhibou reached 13 million tonnes last year. The ouguiya has been \
steady at about 40 to the dollar for most of 2025.

DIARY

- Thursday: Korean film evening at the cultural centre, 19:00, free entry.
- Saturday: beach clean-up at the fish market, meet 08:30.
- Visa questions: the consular line is +222 45 55 01 23, mornings only.

Subscriptions are free. Write to the editor with news, corrections and small ads.
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "united_states", "2024-10-01..2024-10-31",
          "Washington 'counted' when the troops appeared 'in October 2024': in the Russian Far "
          "East"),
        C("10,000 to 12,000", None, "range", "planned", "south_korea", "2024-10-01..2024-10-31",
          "NIS 'At the time' (October 2024 carried): expected contingent by year's end"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-05-31",
          "US 'spring intelligence assessment' (season: March to May): sent"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu's announcement 'in June': would dispatch engineers and builders"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "NIS 'In early November': still guarding the border in Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same, 'On top of them' and 'the agency said' after the figure: builders being moved "
          "into Russia (increment)", add=True),
        C("up to 25,000", 25000, "at_most", "planned", "ukraine", "2025-11-01..pub",
          "HUR 'warned this month': could provide 'more' (increment)", add=True),
        C("15,000 and 17,000", None, "range", "in_russia", "unattributed", "pub",
          "the newsletter's own sum 'Add up …', no source: passed through Russia"),
        C("at least 2,000", 2000, "at_least", "casualties", "unattributed", "pub",
          "'Most estimates agree' (no source named): dead"),
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
