"""Build the FIFTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

The fifty-fourth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Goslar daily, a
Wendland radio station's web text, a Montafon weekly (Austrian conventions), a Linth paper (Swiss
conventions), a sailors' association newsletter and a Trier student blog; a Cairns daily, a Skye
news page, an Arkansas paper, a Turkmen English-language outlet, a Pitcairn news page and a
Madagascar English-language newsletter. Same file format, marker syntax and labelling conventions
as the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind52_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="n52_01_goslar_seoul_3000",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-25"), dated_by="sidecar",
    sidecar=(
        "Goslarer Kreisbote",
        "https://www.goslarer-kreisbote.example/welt/seoul-nordkorea-soldaten-russland-22107",
        "Seoul: Bereits 3.000 Soldaten aus Nordkorea in Russland",
    ),
    features="Goslar daily's world page as plain text (sidecar, Friday); headline 'Seoul:' "
        "from the NIS figure passed on by two lawmakers 'am Mittwoch' (Wednesday to "
        "publication; X citing Y); 'am Freitag vor einer Woche' in a Friday article (the Friday "
        "before); 'so gaben die Parlamentarier die Einschätzung der Behörde wieder' after the "
        "planned figure; Kirby 'Wenige Stunden später' after Austin's Wednesday remark, source "
        "after the figure ('erklärte der Kommunikationsdirektor'); Zelensky 'Mitte Oktober'; a "
        "retired colonel from Bad Harzburg (other, `pub`); Peskov without a figure; a Ukrainian "
        "choir in Goslar, refugees in the district, distance, age, the Rammelsberg since 1992",
    text="""\
Seoul: Bereits [[3.000]] Soldaten aus Nordkorea in Russland

Südkoreas Geheimdienst verdoppelt seine Zahl binnen einer Woche. In Goslar hört eine \
ukrainische Chorleiterin jeden Morgen die Nachrichten aus Kiew.

Von Torben Wiechmann

Goslar/Seoul. Die Zahl der nordkoreanischen Soldaten in Russland wächst schneller, als \
westliche Regierungen es erwartet hatten. Zwei Abgeordnete des Geheimdienstausschusses in Seoul \
gaben am Mittwoch nach einer nichtöffentlichen Sitzung die neue Schätzung des Nachrichtendienstes \
NIS weiter: Inzwischen hielten sich [[rund 3.000]] Mann aus dem Norden in Russland auf. Am \
Freitag vor einer Woche hatte der Dienst noch von [[1.500]] Soldaten gesprochen, die auf \
russischen Marineschiffen nach Wladiwostok gebracht worden seien.

Damit nicht genug. Bis Dezember wolle Machthaber Kim Jong Un [[etwa 10.000]] Soldaten \
entsenden, so gaben die Parlamentarier die Einschätzung der Behörde wieder. Einer von ihnen, der \
Abgeordnete Park Sun-won, sprach von einer „gefährlichen Lernkurve“: Die Nordkoreaner sammelten \
Erfahrung im modernen Drohnenkrieg.

Washington zieht nach

Auch die USA halten sich nicht länger zurück. Pentagonchef Lloyd Austin räumte am Mittwoch \
während einer Italienreise ein, man habe Hinweise auf nordkoreanische Einheiten in Russland. \
Wenige Stunden später legte das Weiße Haus nach. [[Mindestens 3.000]] Soldaten habe Pjöngjang in \
der ersten Oktoberhälfte auf dem Seeweg nach Ostrussland verlegt, erklärte John Kirby, der \
Kommunikationsdirektor des Nationalen Sicherheitsrats. Was sie dort täten, sei noch unklar.

Wolodymyr Selenskyj dürfte sich bestätigt fühlen. Der ukrainische Präsident hatte bereits Mitte \
Oktober vor den Staats- und Regierungschefs der EU in Brüssel gewarnt, Pjöngjang bereite \
[[10.000]] Mann auf einen Einsatz vor. Moskau bestreitet alles; Kremlsprecher Dmitri Peskow \
nannte die Berichte am Donnerstag erneut „Fälschungen“.

„Wir singen gegen die Angst an“

In Goslar verfolgt Olena Kowalenko die Meldungen mit wachsender Unruhe. Die 47-Jährige leitet \
seit zwei Jahren einen ukrainischen Chor, der sich donnerstags im Gemeindehaus an der Marktkirche \
trifft, 18 Frauen und drei Männer. Ihr jüngerer Bruder dient in einer Artillerieeinheit bei \
Charkiw, gut 2.000 Kilometer von der Kaiserstadt entfernt. „Jetzt kommen noch mehr Soldaten \
gegen uns. Wir singen gegen die Angst an“, sagt sie.

Im Landkreis Goslar sind nach Angaben der Kreisverwaltung derzeit rund 2.300 Geflüchtete aus der \
Ukraine gemeldet. Der Chor tritt am ersten Advent im Rammelsberg auf, dem früheren Erzbergwerk, \
das seit 1992 zum Unesco-Welterbe gehört. Eintritt wird keiner verlangt; was in den Körben \
landet, bekommt eine Klinik in Sumy.

Reinhard Kolbe, Oberst a. D. aus Bad Harzburg und früher Dozent an der Führungsakademie der \
Bundeswehr, hält die Angaben aus Seoul für glaubwürdig. Er rechnet nicht damit, dass es bei einer \
Division bleibt: „Wenn Russland weiter so viele Männer verliert, wird Kim [[mehrere \
zehntausend]] schicken, gegen Geld, Öl und Technik.“
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure the lawmakers passed on on Wednesday, to publication"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "wed",
          "two lawmakers passing on the NIS estimate 'am Mittwoch' (X citing Y), Konjunktiv: in "
          "Russia"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "NIS 'Am Freitag vor einer Woche' (Friday article: the Friday before): shipped to "
          "Vladivostok"),
        C("etwa 10.000", 10000, "approx", "planned", "south_korea", "wed",
          "'so gaben die Parlamentarier die Einschätzung der Behörde wieder' after the figure: "
          "intended by December"),
        C("Mindestens 3.000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'Wenige Stunden später' than Austin's Wednesday remark, source after the figure: "
          "shipped to eastern Russia"),
        C("10.000", 10000, "exact", "planned", "ukraine", "2024-10-11..2024-10-20",
          "Zelensky 'Mitte Oktober' in Brussels: being prepared for deployment"),
        C("mehrere zehntausend", None, "vague", "planned", "other", "pub",
          "retired Bundeswehr colonel, present tense 'rechnet nicht damit … wird Kim … schicken'"),
    ),
)

G02 = Source(
    article_id="n52_02_wendland_radio_erste_tote_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "Radio Elbe-Jeetzel",
        "https://www.radio-elbe-jeetzel.example/nachrichten/welt/seoul-tote-nordkoreaner-kursk-881",
        "Seoul: Mindestens 100 Nordkoreaner bei Kursk gefallen",
    ),
    features="Wendland radio station's web text in HTML, ISO-8859-1 (umlauts raw, quotes and "
        "dashes only as entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&euro;`, `&middot;`, "
        "`&amp;`), no meta date (sidecar, Friday), a stream-player script, a cookie box, "
        "navigation, a date line '20.12.2024'; `<title>` figure (optional); headline 'Seoul:' "
        "from lawmaker Lee 'am Donnerstag' (source after the figures, Thursday to publication); "
        "`knapp 1.000 weitere verwundet` (the others, no increment); 'Nach Einschätzung des "
        "Dienstes' carries Thursday; Ukraine's special forces 'am Wochenende'; a State "
        "Department spokesman 'Am selben Tag' as Zelensky's Monday address; Rutte 'am Mittwoch' "
        "(nato); 'so der Abgeordnete' with `noch einmal einige tausend` (increment); refugees in "
        "Lüchow-Dannenberg, Christmas parcels, euros, kilometres, FM frequency, studio phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul meldet [[mindestens 100]] tote Nordkoreaner | Radio Elbe-Jeetzel</title>
<meta property="og:site_name" content="Radio Elbe-Jeetzel">
<script>var rejPlayer={stream:"https://stream.rej.example/live.mp3",bitrate:128,autoplay:false};\
</script>
</head>
<body>
<div id="keksdose">Unsere Seite nutzt Cookies &ndash; für die Reichweitenmessung und fürs Radio \
im Browser. <button>Na gut, her mit den Keksen</button> <button>Nur den Stream, bitte</button></div>
<nav><a href="/">Start</a> | <a href="/nachrichten">Nachrichten</a> | <a href="/wendland">Wendland\
</a> | <a href="/verkehr">Verkehr &amp; Baustellen</a> | <a href="/programm">Programm</a> | <a \
href="/live">Live hören</a></nav>
<main>
<p class="rubrik">Welt &middot; 20.12.2024, 12:40 Uhr</p>
<h1>Seoul: [[Mindestens 100]] Nordkoreaner bei Kursk gefallen</h1>
<p class="teaser"><strong>Erstmals nennt Südkorea Verluste der nordkoreanischen Truppen in \
Russland. Die Ukraine spricht von schweren Gefechten.</strong></p>
<p>Die Soldaten aus Nordkorea, die im russischen Gebiet Kursk gegen die Ukraine kämpfen, haben \
offenbar hohe Verluste erlitten. [[Mindestens 100]] von ihnen seien getötet worden, [[knapp \
1.000]] weitere verwundet. Das berichtete der Abgeordnete Lee Seong-kweun am Donnerstag in Seoul, \
nachdem der Geheimdienst NIS den zuständigen Parlamentsausschuss hinter verschlossenen Türen \
informiert hatte.</p>
<p>Nach Einschätzung des Dienstes stehen die meisten der [[rund 11.000]] Nordkoreaner im Gebiet \
Kursk inzwischen im Gefecht. Sie kennten das Gelände nicht und seien gegen Drohnen kaum \
geschützt, gab Lee die Einschätzung wieder. Unter den Toten sei auch ein Offizier.</p>
<h2>Kiew spricht von schweren Kämpfen</h2>
<p>Die ukrainischen Spezialkräfte hatten schon am Wochenende gemeldet, sie hätten bei Kämpfen \
nahe der Grenze [[rund 30]] Nordkoreaner getötet oder verwundet. Präsident Selenskyj sprach am \
Montag in seiner abendlichen Ansprache von &bdquo;spürbaren Verlusten&ldquo;, nannte aber keine \
Zahl. Am selben Tag sagte ein Sprecher des US-Außenministeriums in Washington, es gebe \
&bdquo;[[mehrere hundert]] Tote und Verletzte&ldquo; unter den Truppen aus Pjöngjang.</p>
<p>Nato-Generalsekretär Mark Rutte sagte am Mittwoch bei einem Treffen mit Selenskyj in Brüssel, \
&bdquo;[[Tausende]] nordkoreanische Soldaten&ldquo; kämpften inzwischen an der Seite Russlands. \
Das Bündnis müsse der Ukraine deshalb mehr Flugabwehr liefern.</p>
<p>Einen Rückzug erwartet in Seoul niemand. Der Geheimdienst rechne vielmehr damit, dass \
Pjöngjang im neuen Jahr noch einmal [[einige tausend]] Mann nachschickt, so der Abgeordnete.</p>
<h2>Pakete für Sumy</h2>
<p>Im Wendland sind die Nachrichten aus Kursk mehr als eine ferne Meldung. Rund 640 Menschen aus \
der Ukraine leben nach Angaben des Landkreises in Lüchow-Dannenberg, viele stammen aus dem \
Gebiet Sumy, das an Kursk grenzt. Die Kirchengemeinde in Hitzacker hat in diesem Advent 212 \
Weihnachtspakete für Familien dort gepackt, jedes etwa 18 &euro; wert; der Transport über 1.900 \
Kilometer kostet noch einmal 2.400 Euro. &bdquo;Wer an der Grenze lebt, hat keinen sicheren \
Keller mehr&ldquo;, sagt Pastorin Maren Tietje.</p>
</main>
<footer>Radio Elbe-Jeetzel &middot; UKW 96,4 &middot; Studiotelefon 05841 779 640 &middot; \
&copy; 2024 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/rej-player.js"></script>
</body>
</html>
""",
    claims=(
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating Lee's Thursday figure", opt=True),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the figure of the lead (Thursday) to publication: killed"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker Lee after the NIS briefing, 'Das berichtete … am Donnerstag' after the "
          "figures: killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: 'weitere verwundet' = the others wounded, not an increment"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "'Nach Einschätzung des Dienstes' (same briefing), 'gab Lee … wieder': in the Kursk "
          "region, most in combat"),
        C("rund 30", 30, "approx", "casualties", "ukraine", "sat..sun",
          "Ukraine's special forces 'am Wochenende': killed or wounded"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "State Department spokesman 'Am selben Tag' as Zelensky's Monday address: dead and "
          "wounded"),
        C("Tausende", None, "vague", "near_front", "nato", "wed",
          "Rutte 'am Mittwoch' in Brussels: fighting alongside Russia"),
        C("einige tausend", None, "vague", "planned", "south_korea", "thu",
          "NIS expectation passed on by the lawmaker ('so der Abgeordnete'): 'noch einmal' "
          "(increment)", add=True),
    ),
)

G03 = Source(
    article_id="n52_03_montafon_abzug_kursk_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-13"),
    dated_by="front_matter", crlf=True,
    features="Montafon weekly in Markdown, UTF-8 with BOM and CRLF, front matter with `date:` and "
        "an issue number; Austrian 'Jänner', 'Feber', 'heuer'; front-matter title figure "
        "(optional) and headline `4.000` from HUR 'Anfang Feber' (days 1-10 to publication); "
        "Ukraine's special forces spokesman 'am Montag' with the Konjunktiv carried over three "
        "sentences (withdrawn to camps inside Russia: in_russia); NIS 'Mitte Jänner'; 'Im "
        "selben Monat' carries January to the `zwei` captured ('nach eigenen Angaben'); "
        "'dürften … gekommen sein' without a source (unattributed, required); an officer of "
        "the Vorarlberg military command (a third government: other, `pub`) `mehrere tausend` "
        "'zusätzlich' (increment); a Ukrainian hut keeper in Gargellen; Montafon's population, "
        "ski-school children, lift entries, age",
    text="""\
---
title: "Nach [[4.000]] Ausfällen: Kim zieht Soldaten aus Kursk ab"
date: 2025-02-13
ausgabe: 7/2025
ressort: Welt & Region
---

# Nach [[4.000]] Ausfällen: Kim zieht Soldaten aus Kursk ab

**Seit Wochen hat an der Front niemand mehr Nordkoreaner gesehen. In Gargellen hofft eine \
Hüttenwirtin aus der Ukraine, dass es ihr Bruder leichter hat.**

Schruns/Kiew – Die nordkoreanischen Truppen im russischen Gebiet Kursk sind offenbar von der \
Front abgezogen worden. Das sagte ein Sprecher der ukrainischen Spezialeinsatzkräfte am Montag \
im Fernsehen. Seit etwa drei Wochen habe man auf dem Gefechtsfeld keine Einheiten aus Pjöngjang \
mehr beobachtet. Die verbliebenen [[etwa 8.000]] Mann seien zur Auffrischung in Lager im \
Landesinneren Russlands gebracht worden, vermutlich wegen der hohen Verluste.

Wie hoch diese sind, darüber gehen die Angaben auseinander. Der ukrainische Militärgeheimdienst \
HUR hatte Anfang Feber von [[rund 4.000]] Toten und Verwundeten gesprochen. Südkoreas \
Nachrichtendienst NIS nannte Mitte Jänner deutlich niedrigere Zahlen: [[etwa 300]] Gefallene und \
[[2.700]] Verletzte. Im selben Monat hatte Kiew nach eigenen Angaben [[zwei]] Nordkoreaner \
gefangen genommen, die seither vom Geheimdienst SBU verhört werden.

Insgesamt dürften seit dem Herbst [[rund 11.000]] nordkoreanische Soldaten nach Russland gekommen \
sein. Zum Vergleich: Im ganzen Montafon leben knapp 16.000 Menschen.

## „Er schreibt nur: Alles gut“

Auf einer Hütte oberhalb von Gargellen steht Iryna Bondar, 39, seit dem Jänner 2023 hinter dem \
Tresen. Ihr Bruder dient in einer Panzergrenadierbrigade im Gebiet Sumy, wenige Kilometer von \
der russischen Grenze entfernt. „Er schreibt nur: Alles gut. Mehr darf er nicht“, erzählt sie, \
während draußen eine Skischule mit 40 Kindern vorbeifährt. Die Saison läuft gut: Bis Ende Feber \
rechnen die Bergbahnen mit über 400.000 Eintritten.

Oberst Martin Rüscher vom Militärkommando Vorarlberg warnt im Gespräch mit dem Wochenspiegel vor \
falschen Hoffnungen. Nordkorea habe aus den ersten Wochen gelernt. Er rechnet damit, dass Kim \
heuer noch [[mehrere tausend]] Soldaten zusätzlich schickt, „besser ausgebildet und mit eigenen \
Drohnentrupps“.

*Montafoner Wochenspiegel, Ausgabe vom 13. Feber 2025 · Abo-Service 05556 720 18*
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "2025-02-01..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("4.000", 4000, "exact", "casualties", "ukraine", "2025-02-01..pub",
          "headline: HUR's figure of the body ('Anfang Feber') to publication: dead and wounded"),
        C("etwa 8.000", 8000, "approx", "in_russia", "ukraine", "mon",
          "special forces spokesman 'am Montag', Konjunktiv over three sentences: moved to camps "
          "inside Russia (off the front)"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "HUR 'Anfang Feber': dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner': killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same figures: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "'Im selben Monat' (January) 'nach eigenen Angaben' (Kyiv): captured"),
        C("rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'dürften … gekommen sein' with no source: the paper's own framing (required)"),
        C("mehrere tausend", None, "vague", "planned", "other", "pub",
          "Austrian army officer (a third government: other), 'rechnet damit' (present, no "
          "date): 'zusätzlich' (increment; 'heuer' is the event)", add=True),
    ),
)

G04 = Source(
    article_id="n52_04_linth_seoul_600_gefallen",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="dateline", crlf=True,
    features="Linth paper's foreign page as plain text, windows-1252 with CRLF; Swiss: `ss`, «», "
        "`15'000`, `4'700`, `14'000`, `25'000 bis 30'000`, 4-digit `3000`; dateline "
        "'Uznach/Seoul, 30. April 2025 –' (Wednesday); headline 'Seoul:' from the NIS figures "
        "of the same Wednesday; four figures in Konjunktiv with the source named only at the "
        "end of the paragraph ('So gab der Abgeordnete … wieder'); `4'700` the total with the "
        "wounded (no increment) and `rund 3000 zusätzliche` (increment); Gerasimov and KCNA "
        "without a figure; Zelensky 'am Montagabend' «Tausende»; the State Department 'am "
        "Dienstag'; a retired Swiss major from Schänis who served at Panmunjom (other, `pub`, "
        "range); Status S holders, a municipality's fund in francs, age, years",
    text="""\
Ausland

Seoul: [[600]] Nordkoreaner in Kursk gefallen

Erstmals bestätigen Moskau und Pjöngjang den Einsatz – Südkorea legt neue Verlustzahlen vor

Uznach/Seoul, 30. April 2025 – Nach monatelangem Schweigen haben Russland und Nordkorea \
zugegeben, was längst bekannt war. Nun liefert Südkorea die Zahlen dazu. Pjöngjang habe seit \
Oktober des Vorjahres [[rund 15'000]] Mann nach Russland entsandt, [[etwa 600]] von ihnen seien \
bei den Kämpfen um das Gebiet Kursk gefallen. Zusammen mit den Verwundeten beliefen sich die \
Verluste auf [[4'700]] Mann. Anfang Jahr seien zudem [[rund 3000]] zusätzliche Soldaten \
nachgerückt. So gab der Abgeordnete Lee Seong-kweun am Mittwoch in Seoul wieder, was der \
Nachrichtendienst NIS dem Geheimdienstausschuss vorgetragen hatte.

Am Samstag hatte Generalstabschef Waleri Gerassimow die «Befreiung» des Gebiets Kursk verkündet \
und dabei erstmals die «Helden» aus Nordkorea gelobt. Zwei Tage später bestätigte die \
Staatsagentur KCNA, Machthaber Kim Jong Un habe die Entsendung angeordnet, gestützt auf den \
Beistandspakt mit Moskau. Zahlen nannte keine der beiden Seiten.

Kiew widerspricht der Darstellung, die Kämpfe seien vorbei. Präsident Wolodymyr Selenskyj sagte \
am Montagabend, im Grenzgebiet stünden weiterhin «[[Tausende]]» Nordkoreaner, ukrainische \
Einheiten hielten noch Stellungen auf russischem Boden. Das US-Aussenministerium sprach am \
Dienstag von «[[mehr als 14'000]]» Soldaten, die Pjöngjang nach Russland entsandt habe, und \
verlangte ein Ende der militärischen Zusammenarbeit.

Erinnerungen an Panmunjom

Für Urs Hefti aus Schänis sind die Nachrichten aus Korea mehr als Weltpolitik. Der 68-jährige \
Major a. D. hat von 2009 bis 2011 für die Neutrale Überwachungskommission an der \
innerkoreanischen Grenze gearbeitet. «Die Nordkoreaner, die ich damals gesehen habe, waren \
diszipliniert, aber sie kannten keinen echten Krieg. Jetzt lernen sie ihn», sagt er. Hefti hält \
die Angaben aus Seoul eher für zu tief. «Bis Ende Jahr werden es wohl [[25'000 bis 30'000]] sein, \
wenn Russland weiter so viele Leute braucht.»

Im Kanton St. Gallen leben derzeit rund 2400 Personen mit Schutzstatus S, im Kanton Glarus gut \
430. Die Gemeinde Schänis hat für ihre Gastfamilien einen Fonds von 20'000 Franken eingerichtet.

Quelle: sda/lia
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul:': the NIS figures relayed on Wednesday (the publication day): dead"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "Konjunktiv, source at the end of the paragraph ('So gab der Abgeordnete … am Mittwoch "
          "… wieder'): sent"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "same passage: fell ('von ihnen' is a breakdown, no increment)"),
        C("4'700", 4700, "exact", "casualties", "south_korea", "wed",
          "same passage: losses including the wounded (a total)"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same passage: 'zusätzliche Soldaten nachgerückt' (increment)", add=True),
        C("Tausende", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend' «…»: still in the border area"),
        C("mehr als 14'000", 14000, "at_least", "in_russia", "united_states", "tue",
          "US State Department 'am Dienstag' «…»: sent"),
        C("25'000 bis 30'000", None, "range", "planned", "other", "pub",
          "retired Swiss major, quoted without a date ('sagt er'): expected total by year's end"),
    ),
)

G05 = Source(
    article_id="n52_05_segler_seeweg_truppen_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-07-04"),
    dated_by="sidecar",
    sidecar=(
        "Kielwasser - Mitteilungen der Seglervereinigung Jade-Weser",
        "https://www.sv-jade-weser.example/kielwasser/2025-07/truppen-auf-dem-seeweg",
        "Truppen auf dem Seeweg",
    ),
    features="sailors' association newsletter's 'Blick über die Reling' page in Markdown, "
        "ISO-8859-1 (straight quotes, `-` for dashes), front matter without a date (sidecar, "
        "Friday); NIS 'Im Oktober vergangenen Jahres' (the whole of October 2024) `1500` "
        "shipped; Shoigu 'Am 17. Juni' `6000` with `1000` and `5000` (breakdown, planned, "
        "source after the figures: 'sagte der Sekretär des russischen Sicherheitsrats'); "
        "lawmakers after an NIS briefing 'Ende Juni'; HUR 'am Dienstag' `mehrere tausend "
        "weitere` (increment); 'Im Frühjahr' (March-May) `rund 8.000` in Kursk; a club member, "
        "a retired commander, `höchstens 2.000` by sea (other, `pub`); sea miles, knots, ship "
        "length and capacity, boat length, entry fee, dates of club events, phone",
    text="""\
---
title: "Truppen auf dem Seeweg"
rubrik: Blick über die Reling
autor: Hauke Janssen
---

# Truppen auf dem Seeweg

*Nordkoreas Soldaten kommen per Bahn und per Schiff nach Russland. Ein Blick auf die Route \
zwischen Chongjin und Wladiwostok - und auf das, was man von See aus erkennen kann.*

Die Strecke ist kurz. Vom nordkoreanischen Hafen Chongjin bis Wladiwostok sind es knapp 300 \
Seemeilen, bei 16 Knoten eine Reise von kaum einem Tag. Genau diese Route hat in den vergangenen \
Monaten Geschichte geschrieben.

Im Oktober vergangenen Jahres meldete der südkoreanische Nachrichtendienst NIS, russische \
Landungsschiffe hätten in mehreren Fahrten [[1500]] Angehörige nordkoreanischer Spezialkräfte \
nach Wladiwostok gebracht. Satellitenbilder zeigten die Schiffe an der Pier, daneben Busse und \
Reihen von Männern in Zivil. Spätere Transporte liefen vor allem über Land, auf der Bahnstrecke \
über die Tumen-Brücke bei Chasan.

Am 17. Juni wurde dann in Pjöngjang offiziell, was lange niemand sagen wollte. Nordkorea werde \
[[6000]] Mann in das Gebiet Kursk schicken, [[1000]] davon als Pioniere zum Räumen von Minen, die \
übrigen [[5000]] als Bausoldaten für zerstörte Straßen, Brücken und Häuser, sagte Sergei Schoigu, \
der Sekretär des russischen Sicherheitsrats, nach einem Treffen mit Kim Jong Un.

Der NIS sieht darin mehr als Aufbauhilfe. Nach einer Unterrichtung Ende Juni berichteten \
Abgeordnete in Seoul, Nordkorea habe bislang [[etwa 13.000]] Soldaten nach Russland verlegt, den \
größten Teil mit der Bahn. Die neuen Kontingente könnten schon im Juli oder August eintreffen, \
womöglich wieder teilweise per Schiff.

Auch Kiew beobachtet die Häfen. Der ukrainische Militärgeheimdienst HUR meldete am Dienstag, \
über Rason und Chongjin seien seit Mai [[mehrere tausend]] weitere Nordkoreaner nach Russland \
gekommen; eine Fähre sei dafür eigens umgebaut worden. Im Frühjahr hatte die Behörde die Zahl der \
Nordkoreaner im Gebiet Kursk noch auf [[rund 8.000]] geschätzt.

## "Der Rest fährt Bahn"

Unser Mitglied Jens Ohlrogge, Fregattenkapitän a. D., hat bis 2016 bei der Marine einen Tender \
gefahren und sich die Bilder genau angesehen. Ein Landungsschiff der Ropucha-Klasse sei 112 Meter \
lang und könne neben Fahrzeugen gut 200 Mann an Bord nehmen, erklärt er. "Selbst bei vielen \
Fahrten kommen so [[höchstens 2.000]] Soldaten über See. Der Rest fährt Bahn." Mit seiner \
"Möwe", einer 34-Fuß-Slup, ist Ohlrogge in diesem Sommer wieder zwischen Wangerooge und \
Helgoland unterwegs.

## Termine

- Absegeln am 27. September, Meldeschluss 1. September, Startgeld 25 Euro
- Jahreshauptversammlung am 14. November, 19 Uhr, im Clubhaus am Nassauhafen
- Geschäftsstelle: 04421 987 654
""",
    claims=(
        C("1500", 1500, "exact", "in_russia", "south_korea", "2024-10-01..2024-10-31",
          "NIS 'Im Oktober vergangenen Jahres': shipped to Vladivostok"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni', source after the figures: will send to Kursk"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: sappers among the 6000 (a breakdown, no increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: 'die übrigen' builders (a breakdown, no increment)"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-06-21..2025-06-30",
          "lawmakers after an NIS briefing 'Ende Juni' (X citing Y): moved to Russia"),
        C("mehrere tausend", None, "vague", "in_russia", "ukraine", "tue",
          "HUR 'am Dienstag': 'weitere' arrived in Russia since May (increment)", add=True),
        C("rund 8.000", 8000, "approx", "near_front", "ukraine", "2025-03-01..2025-05-31",
          "HUR 'Im Frühjahr' (a season): in the Kursk region"),
        C("höchstens 2.000", 2000, "at_most", "in_russia", "other", "pub",
          "retired naval commander, club member, present tense: transported by sea"),
    ),
)

G06 = Source(
    article_id="n52_06_trier_campusblog_2000_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-09-12"),
    dated_by="html_meta",
    features="Trier student blog (WordPress-style HTML: `article:published_time` with +02:00, "
        "author meta, a stats script, a cookie note in the students' own words, navigation with "
        "a canteen check, footer with the university address); `<title>` figure (optional); "
        "headline from the NIS update 'am 4. September' (to publication); first-person seminar "
        "report; 'Von den rund 13.000 … seien etwa 2.000' and `rund 5.000 weitere` (increment) "
        "with 'meldete der Dienst' at the end; state TV 'Im August' `101` portraits "
        "(north_korea, casualties); HUR 'Ende August'; a lecturer's range (other, `pub`); "
        "students at the university, ages of prisoners, room number, reading time",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Seoul zählt [[2.000]] tote Nordkoreaner – ein Seminarbericht | Campusblick Trier</title>
<meta property="article:published_time" content="2025-09-12T16:20:00+02:00">
<meta property="og:site_name" content="Campusblick Trier">
<meta name="author" content="Lea Hundhausen">
<link rel="stylesheet" href="/wp-content/themes/campusblick/style.css?ver=2.4.1">
<script>window.cbStats={postId:3318,kategorie:"weltgeschehen",lesezeit:4};</script>
</head>
<body class="single-post">
<div class="cookie-note">Dieser Blog wird von Studierenden ohne Budget betrieben. Wir zählen \
Besuche, sonst nichts. <button>Zählt ruhig mit</button> <button>Lieber unsichtbar \
bleiben</button></div>
<header><a class="logo" href="/">Campusblick Trier</a>
<nav><a href="/campus">Campus</a> · <a href="/weltgeschehen">Weltgeschehen</a> · <a \
href="/kultur">Kultur</a> · <a href="/mensa-check">Mensa-Check</a> · <a href="/ueber-uns">Über \
uns</a></nav></header>
<article>
<h1>Seoul zählt [[2.000]] tote Nordkoreaner – und Kim baut ihnen ein Museum</h1>
<p class="meta">Von Lea Hundhausen · Weltgeschehen · 4 Minuten Lesezeit</p>
<p>Eigentlich wollten wir im Seminar „Sicherheitspolitik in Ostasien“ am Mittwoch über Taiwan \
sprechen. Dann lag eine Meldung auf dem Tisch, die uns den ganzen Nachmittag beschäftigt hat: \
Südkoreas Geheimdienst NIS hatte am 4. September seine Bilanz zum Einsatz in Russland \
aktualisiert. Von den [[rund 13.000]] Soldaten, die Nordkorea seit Oktober 2024 geschickt habe, \
seien [[etwa 2.000]] ums Leben gekommen. Über den Sommer seien außerdem [[rund 5.000]] weitere \
Militärbauarbeiter nach Russland gebracht worden, meldete der Dienst.</p>
<p>Nordkorea selbst nennt keine Bilanz. Ganz schweigt das Regime aber nicht mehr: Im August \
zeigte das Staatsfernsehen, wie Kim Jong Un vor einer Wand mit den Porträts von [[101]] \
gefallenen Soldaten Blumen niederlegte. In Pjöngjang entsteht jetzt ein Museum für die „Helden \
von Kursk“.</p>
<p>Die Ukraine hält die Angaben aus Seoul für zu niedrig. Der Militärgeheimdienst HUR bezifferte \
die Verluste der Nordkoreaner Ende August auf [[mehr als 6.000]] Tote und Verwundete.</p>
<h2>„Die Zahl ist eine Untergrenze“</h2>
<p>Unsere Dozentin Dr. Anja Morbach, die in der Politikwissenschaft über die koreanische \
Halbinsel forscht, hat uns erklärt, warum die Angaben so weit auseinanderliegen. Seoul zähle \
nur, was es belegen könne. „Ich halte [[3.000 bis 4.000]] Tote für realistischer“, sagt sie.</p>
<p>Für die Diskussion haben wir ein paar Vergleichszahlen gesammelt. Nordkorea gibt nach \
Schätzungen rund ein Viertel seiner Wirtschaftsleistung für das Militär aus. An der Uni Trier \
sind ungefähr 11.000 Studierende eingeschrieben, weniger, als Pjöngjang allein im ersten Jahr \
nach Russland geschickt hat.</p>
<p>Was uns am meisten beschäftigt hat: Die Soldaten sind so alt wie wir. Die Gefangenen, die die \
Ukraine im Januar vorgestellt hat, waren 20 und 26 Jahre alt. Nächste Woche geht es im Seminar \
dann doch um Taiwan, ab 14 Uhr in Raum B 17.</p>
</article>
<footer>Campusblick Trier · studentisches Blogprojekt · Universitätsring 15, 54296 Trier · © \
2025</footer>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.6"></script>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "<title> (metadata) restating the NIS update of 4 September", opt=True),
        C("2.000", 2000, "exact", "casualties", "south_korea", "2025-09-04..pub",
          "headline 'Seoul zählt': the NIS figure of the body (4 September) to publication: dead"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-04",
          "NIS update 'am 4. September', Konjunktiv, 'meldete der Dienst' at the end: sent"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-04",
          "same update: dead"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-09-04",
          "same update: 'weitere' military builders brought to Russia (increment)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state TV 'Im August': portraits of the fallen"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "ukraine", "2025-08-21..2025-08-31",
          "HUR 'Ende August': dead and wounded"),
        C("3.000 bis 4.000", None, "range", "casualties", "other", "pub",
          "lecturer at the university, quoted without a date ('sagt sie'): dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Turkmenistan, Pitcairn, Madagascar)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="n52_07_cairns_blinken_kursk_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-11-14"),
    dated_by="html_meta", crlf=True,
    features="Cairns daily's world page in HTML, windows-1252 with CRLF (curly quotes and `’` "
        "raw), `article:published_time` with +10:00, a byline 'Thursday, 14 November 2024', an "
        "ad-slot script, a consent bar in local slang, navigation with reef and death notices; "
        "`<title>` figure (optional); headline 'US says' from Blinken 'in Brussels on "
        "Wednesday' (Wednesday to publication); Rutte 'in Budapest last Thursday' (the Thursday "
        "before, nato); HUR 'On Monday'; two MPs after a closed session 'on Wednesday' (X citing "
        "Y); Australia's defence minister 'yesterday' (a third government: other) `up to "
        "12,000`; 'estimated at between 10,000 and 12,000' without a source (unattributed, "
        "required); Korean working holiday makers, military service months, distance, flight "
        "hours, temperature, newsroom phone",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Blinken: [[More than 10,000]] North Korean troops in Kursk | The Cairns Chronicle</title>
<meta property="article:published_time" content="2024-11-14T06:15:00+10:00">
<meta property="og:site_name" content="The Cairns Chronicle">
<script>var ccAds={slots:["top","mrec1","mrec2"],section:"world",storyId:209184};</script>
</head>
<body>
<div class="consent">We use cookies, mostly to learn which stories you read past the first \
paragraph. <button>Crikey, go on then</button> <button>Let me pick and choose</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/reef">Reef &amp; Tourism</a> \
| <a href="/world">World</a> | <a href="/sport">Sport</a> | <a href="/notices">Death \
Notices</a></nav>
<article>
<h1>US says [[10,000]] North Korean troops now in Kursk, some already fighting</h1>
<p class="byline">By Jess Pallister | Thursday, 14 November 2024</p>
<p>Washington says North Korean soldiers sent to Russia have gone into battle against Ukrainian \
forces for the first time. The US Secretary of State, Antony Blinken, said in Brussels on \
Wednesday that [[more than 10,000]] of them had been moved into Russia’s Kursk region and that \
“some” were now taking part in the fighting there.</p>
<p>Nato chief Mark Rutte had told European leaders in Budapest last Thursday that [[some \
11,000]] of the North’s troops were massing near the Ukrainian border, calling it “a dangerous \
escalation”.</p>
<p>Kyiv’s own estimate is much the same. On Monday the country’s military intelligence agency, \
the HUR, said [[about 11,000]] North Koreans had finished their training and were deployed to \
the Kursk area with Russian uniforms and weapons.</p>
<p>In Seoul, two MPs who sat in on a closed session with the country’s intelligence chiefs on \
Wednesday said [[several thousand]] of the troops were already at the front alongside Russian \
marines and paratroopers.</p>
<p>In Canberra, Defence Minister Richard Marles said yesterday that Australia was “deeply \
troubled”. Pyongyang could in the end commit [[up to 12,000]] troops to Moscow’s war, he said, \
and Australia would keep working with Seoul and Tokyo on a response.</p>
<p>The deployment, estimated at [[between 10,000 and 12,000]] soldiers in all, is the first time \
in decades that North Korea has sent ground forces to a foreign war. The Kremlin has not \
confirmed it.</p>
<h2>‘They ask me: are we next?’</h2>
<p>For Min-jung Seo, who runs a dive school at the Marlin Marina, the news from Europe lands close \
to home. About 2,400 Korean working holiday makers passed through Far North Queensland last year, \
many of them picking bananas near Innisfail or crewing reef boats, and some learnt to dive with \
her. “The boys have all done military service, or their brothers are doing it now,” said Ms Seo, \
44. “They ask me: are we next?”</p>
<p>South Korean men serve at least 18 months in uniform. Seoul is about 6,000km from Cairns, a \
flight of roughly eight hours via Manila.</p>
</article>
<footer>© 2024 The Cairns Chronicle · Newsroom (07) 4050 6311 · <a href="/terms">Terms</a> · \
<a href="/privacy">Privacy</a></footer>
<script src="/js/cc-ads.js" async></script>
</body>
</html>
""",
    claims=(
        C("More than 10,000", 10000, "at_least", "near_front", "united_states", "wed..pub",
          "<title> (metadata) restating Blinken's Wednesday figure", opt=True),
        C("10,000", 10000, "exact", "near_front", "united_states", "wed..pub",
          "headline 'US says': Blinken's figure of the lead (Wednesday) to publication: in Kursk"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "wed",
          "Blinken 'in Brussels on Wednesday': moved into the Kursk region"),
        C("some 11,000", 11000, "approx", "near_front", "nato", "2024-11-07",
          "Rutte 'in Budapest last Thursday' (Thursday article: the Thursday before): massing "
          "near the border"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR 'On Monday': deployed to the Kursk area"),
        C("several thousand", None, "vague", "near_front", "south_korea", "wed",
          "two MPs after a closed intelligence session 'on Wednesday' (X citing Y): at the front"),
        C("up to 12,000", 12000, "at_most", "planned", "other", "yday",
          "Australia's defence minister 'yesterday' (a third government: other): could commit"),
        C("between 10,000 and 12,000", None, "range", "in_russia", "unattributed", "pub",
          "'estimated at' with no source: the paper's own framing (required)"),
    ),
)

E08 = Source(
    article_id="n52_08_skye_broadford_3000_more_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-28"),
    dated_by="front_matter",
    features="Skye news page in Markdown, front matter with `date:`, author and a title with a "
        "figure (optional, increment); headline 'Seoul: Pyongyang has shipped 3,000 more' "
        "(increment, span without 'more') from the NIS 'on Thursday' (Thursday to "
        "publication); 'extra' (increment); 'The agency … said' and 'Its running count … "
        "stands at' carry Thursday; "
        "'Two days earlier' (Tuesday) the DNI's threat assessment; Budanov 'at the weekend'; a "
        "retired major crofting near Dunvegan `another 5,000` (other, `pub`, increment); a "
        "Ukrainian vet in Broadford without a figure; islanders, Ukrainians on the island, "
        "miles, pounds raised, years served, age",
    text="""\
---
title: "Seoul: Pyongyang has shipped [[3,000]] more soldiers to Russia"
date: 2025-03-28
author: Catriona MacLeod
section: World
---

# Seoul: Pyongyang has shipped [[3,000]] more soldiers to Russia

*A Broadford vet whose husband serves near Pokrovsk says the news changes little: "They were \
coming anyway."*

North Korea has shipped [[about 3,000]] extra soldiers to Russia since January, South Korea's \
National Intelligence Service (NIS) said on Thursday, and the newcomers appear to have joined \
the fighting in the Kursk region.

The agency, which gave its findings to a parliamentary committee, said [[about 4,000]] of the \
North Koreans sent last year had by now been killed or wounded. Its running count of troops \
deployed since October stands at [[some 14,000]].

Two days earlier, America's director of national intelligence, Tulsi Gabbard, presented the \
annual threat assessment to the Senate. The report says Pyongyang has provided "[[more than \
11,000]]" troops to Moscow, along with millions of artillery shells and dozens of ballistic \
missiles.

Ukraine paints a different picture. Kyrylo Budanov, head of the country's military \
intelligence, told a Ukrainian broadcaster at the weekend that [[roughly 8,000]] North Koreans \
were still fighting in Kursk, in smaller groups than before and with drones of their own.

## 'They were coming anyway'

In her surgery in Broadford, Oksana Hryhorenko, 36, is vaccinating lambs ahead of the spring \
sales. She came to Skye in 2022 under the Homes for Ukraine scheme and is one of about 40 \
Ukrainians on the island. Her husband, a sergeant, serves near Pokrovsk, more than 300 miles \
south of the Kursk border. "For us it does not matter if they are Russians or Koreans. The \
shells are the same," she said.

Islanders have raised £18,500 for ambulances since 2022, and a ceilidh in Portree on 12 April \
will add to the total.

Retired major Alasdair Nicolson, who served 22 years with the Highlanders and now crofts near \
Dunvegan, says the pattern is clear. "Kim sends a batch, learns from it, sends another. I'd \
expect another [[5,000]] by the autumn, maybe more," he told us.

The Kremlin has never officially acknowledged the deployment.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "front-matter title (metadata duplicate of the headline): 'more' (increment)",
          add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure of the lead (Thursday) to publication: 'more' "
          "(increment)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'said on Thursday', source after the figure: 'extra' soldiers shipped since "
          "January (increment)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'The agency … said' (same findings): killed or wounded"),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "'Its running count … stands at' (same findings): deployed since October (a total)"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "DNI threat assessment 'Two days earlier' than Thursday: provided to Moscow"),
        C("roughly 8,000", 8000, "approx", "near_front", "ukraine", "sat..sun",
          "Budanov 'at the weekend': still fighting in Kursk"),
        C("5,000", 5000, "exact", "planned", "other", "pub",
          "retired British major, 'says' / 'told us' without a date: 'another' expected "
          "(increment; 'by the autumn' is the event)", add=True),
    ),
)

E09 = Source(
    article_id="n52_09_arkansas_springdale_prisoners_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-01-16"),
    dated_by="sidecar",
    sidecar=(
        "The Ozark Sentinel",
        "https://www.ozarksentinel.example/news/nation-world/2025/01/16/springdale-ukrainians-"
        "north-korean-prisoners/",
        "Kyiv shows two captured North Koreans as Seoul counts 300 dead",
    ),
    features="Arkansas paper's web page in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Thursday), NewsArticle JSON-LD with a headline without a figure, a metering script, a "
        "privacy strip, navigation, a dateline 'SPRINGDALE —' on a local lead; `<title>` "
        "'Two' (optional); headline with two figures from two claimants (Zelensky 'Saturday', "
        "the NIS 'Monday', each to publication); 'announced Saturday'; 'On Sunday … and wrote "
        "that … approaching 4,000' (approx); the NIS 'said Monday' `2,700` wounded (no "
        "increment); Sullivan 'Tuesday' “well over 1,000”; a University of Arkansas professor's "
        "range (other, `pub`); a poultry worker from Kharkiv without a figure; plant staff, "
        "Ukrainian families in Northwest Arkansas, dollars, age, ZIP code, phone",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>[[Two]] North Korean soldiers captured in Kursk, Kyiv says | The Ozark Sentinel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headl\
ine":"Captured North Koreans, and a Springdale family watching","publisher":{"@type":"Organizati\
on","name":"The Ozark Sentinel"}}</script>
<script>window.osMeter={free:5,section:"nation-world",story:"a-77120"};</script>
</head>
<body>
<div class="privacy-strip">We set cookies so the meter knows how many free stories you have left \
this month. <button>Fair enough, y’all</button> <button>Tell me more first</button></div>
<nav>Home | NWA News | Razorbacks | Nation &amp; World | Obituaries | e-Edition</nav>
<main>
<h1>Kyiv shows [[two]] captured North Koreans as Seoul counts [[300]] dead</h1>
<p class="byline">By Darnell Hutchins | Sentinel staff</p>
<p>SPRINGDALE — Halyna Moroz watched the video three times on her phone during her lunch break at \
the poultry plant. It showed a young man with a bandaged jaw lying on a cot, answering questions \
through an interpreter. “He is a child,” said Moroz, 52, who fled Kharkiv in 2022. “Somebody’s \
child, sent to die for Putin.”</p>
<p>The man is one of [[two]] North Korean soldiers that Ukrainian forces captured in Russia’s \
Kursk region, President Volodymyr Zelensky announced Saturday. Both were wounded. On Sunday \
Zelensky offered to hand them to Kim Jong Un if Pyongyang arranged the release of Ukrainians held \
in Russia, and wrote that North Korean losses were approaching [[4,000]] killed and wounded.</p>
<p>South Korea’s National Intelligence Service said Monday that North Korean deaths numbered \
[[about 300]], with [[2,700]] wounded. The agency, which confirmed the \
capture, said the troops had been thrown into attacks with little protection against \
drones.</p>
<p>In Washington, national security adviser Jake Sullivan said Tuesday that the North’s forces \
had taken “[[well over 1,000]]” casualties in a matter of weeks, and warned that Moscow was \
paying Pyongyang with know-how the United States would rather it did not have.</p>
<p>Dana Whitlock, who teaches East Asian politics at the University of Arkansas in Fayetteville, \
estimates that Pyongyang has rotated [[between 11,000 and 12,500]] soldiers through Russia since \
October. “Kim is getting a war college, and Moscow is paying the tuition,” she said.</p>
<p>Northwest Arkansas is home to roughly 250 Ukrainian families, according to a Rogers church \
that helps resettle them. The plant where Moroz works employs about 1,600 people. A benefit \
supper on Saturday raised $7,800 for a field hospital near Kharkiv; organizers can be reached at \
(479) 555-0148.</p>
</main>
<footer>© 2025 The Ozark Sentinel · 212 N. Emma Ave., Springdale, AR 72764</footer>
</body>
</html>
""",
    claims=(
        C("Two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "<title> (metadata) 'Kyiv says': Zelensky's Saturday figure", opt=True),
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline 'Kyiv shows': Zelensky's Saturday announcement to publication: captured"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "same headline 'Seoul counts': the NIS Monday figure to publication: dead"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'announced Saturday', source after the figure: captured"),
        C("4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'On Sunday … wrote that … approaching 4,000': killed and wounded"),
        C("about 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'said Monday': died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same statement: wounded (not an increment)"),
        C("well over 1,000", 1000, "at_least", "casualties", "united_states", "tue",
          "Sullivan 'Tuesday' “…”: casualties"),
        C("between 11,000 and 12,500", None, "range", "in_russia", "other", "pub",
          "University of Arkansas professor, present tense 'estimates': rotated through Russia"),
    ),
)

E10 = Source(
    article_id="n52_10_ashgabat_duma_12000",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-05-12"),
    dated_by="dateline",
    features="Turkmen English-language outlet as plain text, UTF-16 LE with BOM, dateline "
        "'ASHGABAT, 12 May 2025 —' (Monday); headline 'Russian lawmaker says' from a Duma "
        "committee chairman 'on Thursday, the eve of the Victory Day parade' (Thursday to "
        "publication; russia); KCNA 'on Saturday' „hundreds“ of Kursk veterans to be decorated "
        "(optional); the NIS 'late last month' (21-30 April) with `600 of them fatally` (a "
        "breakdown); Ukraine's foreign ministry 'on Friday'; 'numbering roughly 11,000 when it "
        "first arrived' without a source (unattributed, required); Russian servicemen on parade, "
        "leaders, neutrality years, gas volumes, distance",
    text="""\
WORLD

Russian lawmaker says [[12,000]] North Koreans fought in Kursk

Putin thanks Pyongyang at Victory Day events; Seoul and Kyiv offer their own numbers

ASHGABAT, 12 May 2025 — A senior Russian legislator has for the first time given a figure for \
the North Korean troops who fought for Moscow in the Kursk region. Speaking to journalists in \
Moscow on Thursday, the eve of the Victory Day parade, Andrei Kartapolov, who chairs the State \
Duma's defence committee, said "[[around 12,000]]" North Korean servicemen had taken part in \
driving Ukrainian forces out of the region.

President Vladimir Putin thanked the North Korean leadership in a speech on Friday, after more \
than 11,500 Russian servicemen had marched across Red Square. Leaders of some 25 countries \
attended, among them China's Xi Jinping; Turkmenistan was represented by a government \
delegation.

North Korea's state news agency KCNA said on Saturday that Kim Jong Un had visited the Russian \
embassy in Pyongyang and that "[[hundreds]]" of the soldiers who fought in Kursk would receive \
state awards.

Seoul's figures are higher. South Korea's National Intelligence Service estimated late last \
month that [[about 15,000]] North Korean troops had been sent to Russia since October and that \
[[some 4,700]] had been killed or wounded, [[600]] of them fatally.

Kyiv insists that the fighting is not over. Ukraine's foreign ministry said on Friday that [[at \
least 3,000]] North Korean soldiers were still deployed along the border in the Kursk and \
Belgorod regions.

The North Korean contingent, numbering [[roughly 11,000]] when it first arrived last autumn, has \
since been reinforced at least once.

Turkmenistan, which marks thirty years of permanent neutrality in December, has avoided taking \
sides in the war. It exports more than 30 billion cubic metres of gas a year, most of it to \
China, and Ashgabat lies some 2,500 km from Moscow by air.
""",
    claims=(
        C("12,000", 12000, "exact", "near_front", "russia", "thu..pub",
          "headline 'Russian lawmaker says': Kartapolov's Thursday figure to publication"),
        C("around 12,000", 12000, "approx", "near_front", "russia", "thu",
          "Duma defence committee chairman 'on Thursday, the eve of the Victory Day parade': "
          "fought in Kursk"),
        C("hundreds", None, "vague", "near_front", "north_korea", "sat",
          "KCNA 'on Saturday': Kursk veterans to be decorated (returnees: optional)", opt=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'late last month': sent to Russia"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same estimate: killed or wounded"),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "same estimate: 'of them fatally' (a breakdown, no increment)"),
        C("at least 3,000", 3000, "at_least", "near_front", "ukraine", "fri",
          "Ukraine's foreign ministry 'on Friday': still deployed along the border"),
        C("roughly 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'numbering roughly 11,000 when it first arrived' with no source: the outlet's own "
          "framing (required)"),
    ),
)

E11 = Source(
    article_id="n52_11_pitcairn_kursk_veterans_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-08-29"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Adamstown Dispatch", "",
        "World briefing: Kim welcomes home his Kursk soldiers",
    ),
    features="Pitcairn news page's world briefing in Markdown, windows-1252 with CRLF (curly "
        "quotes raw), front matter without a date (sidecar without url, Friday), supply-ship "
        "notice in the deck; headline 'Kyiv warns of 30,000 more' (increment, span without "
        "'more') from HUR 'In July' (1 July to publication); KCNA 'last Friday' (the Friday "
        "before) `more than 100` fallen (north_korea); the NIS 'told legislators on Tuesday' "
        "with sappers in the border area; 'At the time' carries July to HUR's `about 11,000`; "
        "Rutte 'on Monday' (nato); the UK Foreign Office 'on Wednesday' (a third government: "
        "other); population, honey, sailing hours, distance, cruise ships, 1790",
    text="""\
---
title: "World briefing: Kim welcomes home his Kursk soldiers"
category: World
author: Dispatch staff
---

# Kim welcomes home Kursk veterans as Kyiv warns of [[30,000]] more

*From our world desk. The supply ship is due on 9 September; please have letters at the post \
office by the 5th.*

North Korea’s leader Kim Jong Un has held an emotional ceremony in Pyongyang for soldiers back \
from the fighting in Russia’s Kursk region. State news agency KCNA reported last Friday that Kim \
had posthumously honoured [[more than 100]] soldiers who “fell heroically” in the battles, and \
embraced officers of the units that came home.

It is the clearest sign yet that the North is willing to speak of its losses. Outside estimates \
are far higher. South Korea’s intelligence service told legislators on Tuesday that [[around \
2,000]] North Koreans had been killed since the first deployment last autumn, and that [[about \
1,000]] army sappers were clearing mines in the Kursk border area.

Ukraine expects the war to draw in more North Koreans, not fewer. In July, its military \
intelligence agency said Pyongyang could send “[[as many as 30,000]]” additional troops in the \
coming months. At the time, the agency counted [[about 11,000]] North Korean soldiers already in \
Russia.

Nato Secretary General Mark Rutte said on Monday that “[[well over 10,000]]” North Koreans had \
served in Russia since last October, and that Moscow was paying for them with technology that \
“makes the Pacific less safe”.

Britain, which administers the islands, has also spoken out. The Foreign Office said in a \
statement on Wednesday that “[[thousands]]” of North Korean soldiers had been killed or wounded \
“in a war that is not theirs”.

## Island notes

- Our population stands at 35, with two visitors staying until the next ship.
- The honey co-operative sent 180 kg to Auckland on the last sailing.
- The passage from Mangareva takes about 32 hours; Auckland is some 5,300 km away.
- Fourteen cruise ships are booked for the coming season.
- Bounty Day falls in January as ever; the mutineers landed in 1790.
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "2025-07-01..pub",
          "headline 'Kyiv warns of': HUR's July figure of the body to publication: 'more' "
          "(increment)", add=True),
        C("more than 100", 100, "at_least", "casualties", "north_korea", "2025-08-22",
          "KCNA 'last Friday' (Friday article: the Friday before): fallen soldiers honoured"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "NIS 'told legislators on Tuesday': killed"),
        C("about 1,000", 1000, "approx", "near_front", "south_korea", "tue",
          "same briefing: sappers clearing mines in the Kursk border area"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-31",
          "HUR 'In July' “…”: 'additional' could be sent (increment)", add=True),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "2025-07-01..2025-07-31",
          "'At the time' carries July: already in Russia (not an increment)"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'on Monday' “…”: served in Russia"),
        C("thousands", None, "vague", "casualties", "other", "wed",
          "UK Foreign Office statement 'on Wednesday' (a third government: other): killed or "
          "wounded"),
    ),
)

E12 = Source(
    article_id="n52_12_tana_weekly_brief_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-07"),
    dated_by="sidecar",
    sidecar=(
        "The Tana Weekly Brief",
        "https://www.tanaweeklybrief.example/issues/214",
        "Vanilla slides; cyclone outlook; Seoul: 10,000 North Korean troops stay on in Kursk",
    ),
    features="Madagascar English-language newsletter as plain text, UTF-16 LE with BOM "
        "(sidecar, Friday), an issue number and section labels; item headline 'WORLD | Seoul:' "
        "from the NIS 'reported on Tuesday' (Tuesday to publication); 'According to the "
        "agency, another 5,000' construction troops (increment); 'The agency's count of dead "
        "stands at'; "
        "Kursk's governor 'on Monday' (russia) `about 1,000` sappers; HUR 'last week' `up to "
        "6,000` 'more' (increment); 'by our own count' `at least 16,000` (unattributed, "
        "required); vanilla prices and tonnes, a storm forecast range, Malagasy students in "
        "Russia, ariary, subscribers, phone",
    text="""\
THE TANA WEEKLY BRIEF
News from Madagascar and the Indian Ocean, in English
Issue 214 | Antananarivo

IN THIS ISSUE: Vanilla | Cyclone outlook | World | What's on

VANILLA
Export prices for Grade A vanilla slipped to about $95 a kilo this week, exporters in Sambava \
said, as the SAVA region's new harvest of some 2,000 tonnes starts to reach the market.

CYCLONE OUTLOOK
Forecasters expect between 8 and 12 named storms in the southwest Indian Ocean this season, \
which officially runs from 15 November to 30 April.

WORLD | Seoul: [[10,000]] North Korean troops stay on in Kursk
Seoul's spy agency, the National Intelligence Service, reported on Tuesday that \
[[about 10,000]] of the North's soldiers remain deployed near the border in Russia's Kursk \
region, more than a year after the first of them arrived. According to the agency, another \
[[5,000]] North Korean military construction troops have been moving to Russia since \
September, on top of the soldiers already there. The agency's count of dead stands at \
[[roughly 2,000]].
In Kursk itself, the regional governor, Alexander Khinshtein, said on Monday that [[about \
1,000]] North Korean sappers were still clearing mines and unexploded shells in the border \
districts.
Kyiv expects reinforcements. Its military intelligence directorate, HUR, told reporters last \
week that Pyongyang was preparing to send [[up to 6,000]] more troops before the end of the year.
Taken together, the figures suggest that [[at least 16,000]] North Koreans have served in Russia \
since October 2024, by our own count.
Why it matters here: about 300 Malagasy students currently hold Russian government scholarships, \
and Moscow has offered 50 more places for next year.

WHAT'S ON
Saturday 15 November, 6 p.m.: jazz evening at the Institut français, tickets 20,000 ariary.
Questions and tips: +261 34 05 123 45.

You are receiving the Brief because you subscribed at tanaweeklybrief.example. We now reach \
3,100 readers. Unsubscribe any time.
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "item headline 'WORLD | Seoul:': the NIS Tuesday figure to publication: stay in Kursk"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'reported on Tuesday': deployed near the border in Kursk"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue",
          "'According to the agency' (same statement): 'another' construction troops moving to "
          "Russia, 'on top of' those there (increment)", add=True),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'The agency's count of dead stands at' (same statement): dead"),
        C("about 1,000", 1000, "approx", "near_front", "russia", "mon",
          "Kursk regional governor 'on Monday': sappers clearing mines in the border districts"),
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'told reporters last week': preparing to send 'more' (increment)", add=True),
        C("at least 16,000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "'by our own count': the newsletter's own reckoning (required)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    G01, G02, G03, G04, G05, G06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
