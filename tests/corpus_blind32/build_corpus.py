"""Build the THIRTY-SECOND BLIND hand-labelled corpus: articles, sidecar, gold.

A thirty-fourth corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Rostock radio
station's website, a Heidelberg paper, a Vorarlberg radio station's web text (Austrian
conventions), a Biel/Bienne German-language paper (Swiss conventions), a logistics and trade-fair
magazine's world page and a Potsdam city magazine; a Pakistani English-language radio site, a
Cumbrian paper, an Oklahoma paper, a Ukrainian English-language business outlet, a Malaysian
Sunday paper and a Ugandan radio station's website. Same file format, marker syntax and labelling
conventions as the other corpora (see their READMEs): every claim figure in an article below is
marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the
other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind32_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b32_01_rostock_welle_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Rostock radio station's website in HTML, UTF-8 (`article:published_time` with "
        "+01:00, an author line '05.11.2024, 11:20 Uhr', a stats script, a player script, a "
        "cookie layer, navigation with a football club, a footer with the FM frequency and a "
        "hotline); `<title>` 'Kiew:' figure (optional); teaser from Zelensky's video address 'am "
        "Montagabend' (Monday to publication); the State Department's figures with the date after "
        "them ('Das erklärte … schon am vergangenen Donnerstag' in a Tuesday article: an ISO "
        "date); Seoul's defence ministry 'am Montag'; Yonhap 'die sich auf Abgeordnete beruft' "
        "relaying the NIS (`mehrere tausend zusätzliche`, increment, no date: `pub`); a Rostock "
        "historian 'rechnet damit' `bis zu 20.000` (a total, other, `pub`); Russian losses a day, "
        "Ukrainian refugees in Rostock",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew: [[11.000]] Nordkoreaner im Gebiet Kursk | Hansewelle Rostock</title>
<meta property="og:site_name" content="Hansewelle">
<meta property="article:published_time" content="2024-11-05T11:20:00+01:00">
<link rel="stylesheet" href="/static/hw-2024.css">
<script async src="/static/hw-player.js?v=3.8.1"></script>
<script>var hwStats={ressort:"welt",artikelId:88213,audio:true};</script>
</head>
<body>
<div class="cookie-layer" role="dialog"><p>Hansewelle setzt Cookies für die Reichweitenmessung, \
das Webradio und eingebettete Inhalte von Drittanbietern ein. Manche sind für den Betrieb nötig, \
andere helfen uns beim Programm.</p><button>Alle erlauben</button> <button>Auswahl \
speichern</button></div>
<header><a class="logo" href="/">Hansewelle &ndash; Radio für Rostock und die Küste</a>
<nav><a href="/live">Live hören</a> &middot; <a href="/nachrichten">Nachrichten</a> &middot; <a \
href="/verkehr">Verkehr &amp; Blitzer</a> &middot; <a href="/wetter">Wetter</a> &middot; <a \
href="/hansa">F.C. Hansa</a></nav></header>
<main>
<article>
<p class="rubrik">Welt</p>
<h1>Nordkoreanische Soldaten an der Front: Kiew meldet erste Gefechte</h1>
<p class="teaser"><strong>Nach ukrainischen Angaben stehen inzwischen [[11.000]] Soldaten aus \
Pjöngjang im Gebiet Kursk. Ein Rostocker Historiker hält die Zahl für glaubwürdig &ndash; und \
rechnet mit mehr.</strong></p>
<p class="autor">Von Nele Brandenburg &middot; 05.11.2024, 11:20 Uhr</p>
<p>Die ersten nordkoreanischen Einheiten sind nach Darstellung der ukrainischen Regierung bereits \
unter Beschuss geraten. Verteidigungsminister Rustem Umjerow sprach im südkoreanischen Fernsehen \
von „kleinen Gefechten“, ohne Einzelheiten zu nennen. Präsident Wolodymyr Selenskyj hatte am \
Montagabend in seiner Videobotschaft gesagt, im Gebiet Kursk seien [[11.000]] Nordkoreaner \
zusammengezogen worden. Es würden täglich mehr, fügte er hinzu.</p>
<p>Washington sieht die Truppen ebenfalls an der Grenze. Nach Angaben des US-Außenministeriums \
wurden [[rund 8.000]] von ihnen in die Region gebracht; insgesamt befänden sich [[10.000 bis \
12.000]] Mann aus dem Norden in Russland. Das erklärte Ministeriumssprecher Matthew Miller schon \
am vergangenen Donnerstag.</p>
<p>Auch Seoul bestätigt den Einsatz. Ein beträchtlicher Teil der [[mehr als 10.000]] \
nordkoreanischen Soldaten in Russland sei inzwischen an die Front verlegt worden, erklärte das \
südkoreanische Verteidigungsministerium am Montag. Nach einem Bericht der Nachrichtenagentur \
Yonhap, die sich auf Abgeordnete beruft, hält der Geheimdienst NIS es zudem für möglich, dass Kim \
Jong Un im Winter [[mehrere tausend]] zusätzliche Soldaten nachschickt.</p>
<h2>„Für diese Front ist das nicht viel“</h2>
<p>Der Rostocker Osteuropa-Historiker Carsten Wiechmann verfolgt die Berichte seit Wochen. „Die \
Zahlen sind plausibel, aber man darf sie nicht überschätzen“, sagte er im Gespräch mit \
Hansewelle. Russland verliere nach britischen Schätzungen derzeit mehr als 1.200 Soldaten am Tag. \
Wiechmann rechnet dennoch damit, dass Pjöngjang bis zum Frühjahr [[bis zu 20.000]] Mann in \
Russland haben wird: „Kim bekommt dafür Geld, Öl und Waffentechnik. Das braucht er dringender als \
Soldaten.“</p>
<p>In Rostock leben nach Angaben der Stadt etwa 3.400 Geflüchtete aus der Ukraine. Der Kreml \
schweigt zu den Berichten über nordkoreanische Soldaten weiterhin.</p>
</article>
</main>
<footer><p>Hansewelle Rostock &middot; UKW 103,4 &middot; Studio-Hotline 0381 \
4405060</p><p>&copy; 2024 Hansewelle Hörfunk GmbH &middot; <a href="/impressum">Impressum</a> \
&middot; <a href="/hw/datenschutz">Datenschutzerklärung</a></p></footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "`<title>` 'Kiew:' (metadata) restating Zelensky's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "teaser 'Nach ukrainischen Angaben': Zelensky's figure of the body (Monday evening to "
              "publication): massed in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky's video address 'am Montagabend', Konjunktiv: in the Kursk region"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "2024-10-31",
          "State Department, dated after the figures ('Das erklärte … schon am vergangenen "
              "Donnerstag', a Tuesday article): brought to the border region"),
        C("10.000 bis 12.000", None, "range", "in_russia", "united_states", "2024-10-31",
          "same statement, 'insgesamt befänden sich … in Russland'"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "mon",
          "Seoul's defence ministry 'am Montag' (the figure after the sentence's start, the "
              "source at its end): in Russia, part of them moved to the front"),
        C("mehrere tausend", None, "vague", "planned", "south_korea", "pub",
          "Yonhap citing lawmakers on the NIS, no date: could send 'zusätzliche … "
              "nachschickt' (increment)", add=True),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "Rostock historian 'im Gespräch mit Hansewelle', 'rechnet damit' (no date): in Russia "
              "by spring, a total (not an increment)"),
    ),
)

B02 = Source(
    article_id="b32_02_heidelberg_neckarbote_verluste",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Heidelberger Neckarbote",
        "https://www.neckarbote.example/welt/nordkoreas-soldaten-erleiden-schwere-verluste-1.61820"
            "4",
        "Nordkoreas Soldaten erleiden schwere Verluste",
    ),
    features="Heidelberg paper as plain text, windows-1252 with CRLF (`„“`, `–`), no date in the "
        "text (sidecar, Thursday): headline without a figure, a subtitle 'Seoul zählt' from the "
        "NIS figure of the body (Thursday, the publication day); the NIS 'am Donnerstag' told by "
        "a lawmaker ('wie der Abgeordnete … berichtete' after the figures), `knapp 1.000` wounded "
        "next to the dead (not an increment), 'demnach' and Konjunktiv carrying the briefing to "
        "`rund 11.000` sent; HUR 'meldete am Montag'; the Pentagon 'am Dienstag' „mehreren "
        "hundert“; a Heidelberg Korea scholar's number-word range 'nachrücken' (increment, "
        "`pub`); 1953, her age, Korean students in Heidelberg, Americans in the former US barracks",
    text="""\
Nordkoreas Soldaten erleiden schwere Verluste

Seoul zählt [[mindestens 100]] Tote – eine Heidelberger Koreanistin erklärt, warum Pjöngjang \
trotzdem weitermacht

Von Katrin Mollenhauer

Zum ersten Mal seit dem Eintreffen der nordkoreanischen Truppen an der Front gibt es Zahlen aus \
Seoul zu ihren Verlusten. [[Mindestens 100]] Soldaten aus Pjöngjang seien bei den Kämpfen im \
Gebiet Kursk ums Leben gekommen, [[knapp 1.000]] verwundet worden. So stellte es der \
südkoreanische Nachrichtendienst NIS am Donnerstag in einer vertraulichen Sitzung des \
Geheimdienstausschusses dar, wie der Abgeordnete Lee Seong-kweun anschließend vor Journalisten \
berichtete.

Die hohen Verluste erklärt der Dienst demnach mit fehlender Erfahrung: Die Soldaten kennten das \
Gelände nicht, rückten über offene Felder vor und hätten den ukrainischen Drohnen kaum etwas \
entgegenzusetzen. Von den [[rund 11.000]] nach Russland entsandten Männern sei inzwischen ein \
großer Teil in Gefechte verwickelt.

Kiew nennt deutlich höhere Zahlen. Der ukrainische Militärgeheimdienst HUR meldete am Montag, \
binnen drei Tagen seien [[mindestens 200]] Nordkoreaner getötet oder verwundet worden. Im \
Pentagon war am Dienstag von „[[mehreren hundert]]“ Toten und Verletzten die Rede; genauer wollte \
sich Sprecher Pat Ryder nicht festlegen.

Ein ferner Krieg, ganz nah am Neckar

Dr. Eun-ji Hartmann vom Zentrum für Ostasienwissenschaften der Universität Heidelberg hält die \
Angaben aus Seoul für realistisch. „Nordkoreas Armee hat seit 1953 keinen echten Krieg mehr \
geführt. Die jungen Männer wurden für einen ganz anderen Gegner ausgebildet“, sagte die \
41-Jährige unserer Zeitung. Für Kim Jong Un seien die Verluste dennoch kein Grund, den Einsatz \
abzubrechen: Er erhalte aus Moskau Devisen, Lebensmittel und womöglich Hilfe bei Satelliten und \
U-Booten.

Hartmann erwartet deshalb, dass Pjöngjang die Lücken rasch füllt. „Ich gehe davon aus, dass im \
Frühjahr [[zwei- bis dreitausend]] Mann nachrücken, vielleicht auch mehr.“ An ihrem Institut ist \
der Krieg ohnehin Thema: Viele der rund 150 südkoreanischen Studierenden in Heidelberg haben \
Brüder oder Cousins, die gerade ihren Wehrdienst leisten.

Mit dem US-Militär verbindet Heidelberg eine lange Geschichte. Bis 2013 hatte das Hauptquartier \
der US-Armee in Europa hier seinen Sitz, im Patrick-Henry-Village wohnten zeitweise mehr als \
8.000 Amerikaner. Auf dem Gelände soll nun ein Stadtteil für etwa 10.000 Menschen entstehen.
""",
    claims=(
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "subtitle 'Seoul zählt': the NIS figure of the body (Thursday, the publication day): "
              "dead"),
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS in Konjunktiv, dated after the figures ('So stellte es … am Donnerstag … dar, "
              "wie der Abgeordnete … berichtete'): killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (the others of the same count, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'demnach' and Konjunktiv carry the NIS briefing: sent to Russia"),
        C("mindestens 200", 200, "at_least", "casualties", "ukraine", "mon",
          "HUR 'meldete am Montag': killed or wounded within three days"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "tue",
          "Pentagon 'am Dienstag' „…“, spokesman named after the figure: dead and wounded"),
        C("zwei- bis dreitausend", None, "range", "planned", "other", "pub",
          "Heidelberg Korea scholar to the paper (undated interview): 'nachrücken' in "
              "spring (increment)", add=True),
    ),
)

B03 = Source(
    article_id="b32_03_vorarlberg_welle_atempause_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-12"),
    dated_by="front_matter", crlf=True,
    features="Vorarlberg radio station's web text in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, hyphens, no euro sign), front matter with `date:` (Wednesday) and German keys "
        "('titel:', 'sender:', 'autorin:'); 'Jänner', 'Feber', 'heuer'; the front-matter title "
        "figure (optional) and the same headline 'Kiew:' in the body (Syrskyi's Sunday to "
        "publication); Syrskyi 'am Sonntag' with 'Nach seinen Worten' after Konjunktiv; the NIS "
        "'Mitte Jänner' (days 11-20, dead and wounded); `Zwei` prisoners as the first word, dated "
        "by Zelensky's announcement 'am 11. Jänner' in the next clause (to publication); an "
        "unnamed senior NATO official 'am Dienstag in Brüssel'; a Bundesheer colonel's talk 'am "
        "Montagabend' in Dornbirn, 'rechnet damit … heuer noch einmal' (increment, range, Monday "
        "to publication); listeners, North Korea's army, Ukrainian refugees in Vorarlberg, places "
        "in shelters",
    text="""\
---
titel: "Kiew: [[Mehr als 4.000]] Nordkoreaner tot oder verletzt"
date: 2025-02-12
sender: Welle Vorarlberg
ressort: Welt
autorin: Sabine Düringer
---

# Kiew: [[Mehr als 4.000]] Nordkoreaner tot oder verletzt

Seit Ende Jänner sind die nordkoreanischen Einheiten nach ukrainischen Angaben nicht mehr an der \
Front im Gebiet Kursk aufgetaucht. Ein Offizier des Militärkommandos Vorarlberg erklärte bei \
einem Vortrag in Dornbirn, was hinter der Pause stecken dürfte.

Der ukrainische Oberbefehlshaber Olexandr Syrskyj sagte am Sonntag, die Truppen aus Pjöngjang \
seien nach schweren Verlusten aus den Kämpfen genommen worden. Sie würden vermutlich neu \
ausgerüstet und formiert. Nach seinen Worten sind [[mehr als 4.000]] Nordkoreaner tot oder \
verwundet.

Die Größenordnung passt zu den Schätzungen aus Seoul. Der südkoreanische Geheimdienst NIS hatte \
Mitte Jänner vor Abgeordneten von [[rund 300]] Gefallenen und [[etwa 2.700]] Verletzten \
gesprochen. Seither hat es im Gebiet Kursk weitere schwere Gefechte gegeben.

[[Zwei]] Nordkoreaner hält die Ukraine gefangen. Präsident Wolodymyr Selenskyj hatte ihre \
Festnahme am 11. Jänner bekanntgegeben und Pjöngjang einen Austausch gegen ukrainische \
Kriegsgefangene angeboten. Eine Antwort kam bis heute nicht.

## "Kein Abzug, sondern eine Atempause"

Bei der NATO glaubt man nicht an ein Ende des Einsatzes. Ein ranghoher Vertreter des Bündnisses \
sagte am Dienstag in Brüssel, Nordkorea habe weiterhin [[mehr als 10.000]] Soldaten in Russland. \
Diese würden lediglich umgruppiert.

Oberst Markus Fitz vom Militärkommando Vorarlberg sieht das ähnlich. "Das ist kein Abzug, sondern \
eine Atempause", sagte er am Montagabend vor rund 120 Zuhörerinnen und Zuhörern in der \
Volkshochschule Dornbirn. Die Nordkoreaner seien mit viel Mut, aber ohne jede Erfahrung in einen \
Drohnenkrieg geschickt worden. Fitz rechnet damit, dass Pjöngjang heuer noch einmal [[5.000 bis \
10.000]] Mann nachschickt. "Soldaten hat Kim genug, seine Armee zählt über eine Million Mann."

Im Feber ist es an der Front bei Kursk ruhiger geworden, im Donbass wird dagegen heftig gekämpft. \
In Vorarlberg leben derzeit rund 2.600 Vertriebene aus der Ukraine; heuer braucht das Land nach \
eigenen Angaben weitere 300 Plätze in Quartieren.
""",
    claims=(
        C("Mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "sun..pub",
          "front-matter 'titel:' (metadata) restating the headline", opt=True),
        C("Mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "sun..pub",
          "headline 'Kiew:' in the body: Syrskyi's Sunday figure (Sunday to publication)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "sun",
          "Syrskyi 'am Sonntag', carried by Konjunktiv and 'Nach seinen Worten': dead or wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner' before lawmakers: dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same: wounded (not an increment)"),
        C("Zwei", 2, "exact", "casualties", "ukraine", "2025-01-11..pub",
          "held prisoner, present tense, sourced by Zelensky's announcement 'am 11. Jänner' in "
              "the next sentence (to publication)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "tue",
          "a senior NATO official 'am Dienstag in Brüssel': still in Russia"),
        C("5.000 bis 10.000", None, "range", "planned", "other", "mon..pub",
          "Bundesheer colonel's talk 'am Montagabend', 'rechnet damit … heuer noch "
              "einmal … nachschickt' (present tense in the report of the talk; "
              "increment)", add=True),
    ),
)

B04 = Source(
    article_id="b32_04_biel_seelaender_eingestaendnis",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-04-30"),
    dated_by="dateline",
    features="Biel/Bienne German-language paper as plain text, UTF-16 LE with BOM, Swiss "
        "conventions (`15'000`, `10'000`, `11'000`, four-digit `4700`, «», ‹›, 'ss', no ß), dated "
        "by the dateline 'Biel/Bienne, 30. April 2025 –' (Wednesday); lead 'Seoul beziffert' from "
        "the NIS figure of the body (Wednesday, the publication day); Gerasimov and KCNA without "
        "figures; the NIS 'am Mittwoch' with 'darunter etwa 600' (breakdown); Yonhap 'unter "
        "Berufung auf Abgeordnete' (`south_korea`); Ukraine's General Staff figures published by "
        "the ministry 'am Dienstag' «…» (near the border); the State Department spokeswoman 'am "
        "Montag'; the Swiss intelligence service's annual report 'am Dienstag vorgestellt' (a "
        "third government: other; 'weitere', increment, range); a Biel lawyer and former ICRC "
        "delegate restating the two prisoners inside his quote (optional); his age, years of "
        "service, Biel's population, refugees",
    text="""\
Seeländer Bote · Ausland

Moskau und Pjöngjang räumen den Kursk-Einsatz ein

Nach Monaten des Schweigens bestätigen Russland und Nordkorea, dass nordkoreanische Soldaten \
gegen die Ukraine gekämpft haben. Seoul beziffert deren Verluste auf [[rund 4700]].

Von Lukas Schärer

Biel/Bienne, 30. April 2025 – Am Samstag lobte der russische Generalstabschef Waleri Gerassimow \
den «Heldenmut» der nordkoreanischen Kämpfer, am Montag folgte die Bestätigung aus Pjöngjang: Die \
Zentrale Militärkommission der Arbeiterpartei liess über die Staatsagentur KCNA verbreiten, die \
Soldaten hätten auf Befehl Kim Jong Uns an der «Befreiung» des Gebiets Kursk teilgenommen. Zahlen \
nannte keine der beiden Seiten.

Diese Lücke füllte am Mittwoch der südkoreanische Nachrichtendienst NIS. Er bezifferte die \
Verluste vor dem Parlament in Seoul auf [[rund 4700]] Tote und Verwundete, darunter [[etwa 600]] \
Gefallene. Insgesamt habe Nordkorea [[ungefähr 15'000]] Soldaten nach Russland geschickt, meldete \
die Nachrichtenagentur Yonhap unter Berufung auf Abgeordnete, die an der Sitzung teilnahmen.

Kiew sieht die Lage dramatischer. Nach Angaben des ukrainischen Generalstabs, die das \
Verteidigungsministerium am Dienstag veröffentlichte, stehen nach wie vor «[[mehr als 10'000]]» \
Nordkoreaner in den russischen Grenzgebieten bereit. In Washington sagte \
Aussenministeriumssprecherin Tammy Bruce am Montag, man habe «seit Monaten» gewusst, dass [[über \
11'000]] Soldaten aus dem Norden in Russland seien.

Auch der Nachrichtendienst des Bundes (NDB) verfolgt die Entwicklung genau. In seinem am Dienstag \
vorgestellten Lagebericht «Sicherheit Schweiz» hält er fest, Nordkorea könne Moskau bei Bedarf \
weitere [[10'000 bis 20'000]] Soldaten zur Verfügung stellen.

Ein Bieler kennt die Regeln für Gefangene

Für den Bieler Juristen Thomas Gerber ist der Krieg in Kursk keine ferne Angelegenheit. Der \
58-Jährige war zwölf Jahre lang als Delegierter des Internationalen Komitees vom Roten Kreuz \
unterwegs, zuletzt in Kiew. «Die [[zwei]] Gefangenen in ukrainischer Hand haben Anspruch auf \
Schutz nach den Genfer Abkommen, ganz gleich, was Pjöngjang über sie sagt», sagt er. Einer der \
beiden habe den Wunsch geäussert, nach Südkorea zu gehen. Das sei eine ‹heikle Frage›, denn \
niemand dürfe gegen seinen Willen zurückgeschickt werden.

Die Schweiz hat sich den Sanktionen der EU gegen Nordkorea angeschlossen. Biel, mit rund 56'000 \
Einwohnerinnen und Einwohnern die grösste zweisprachige Stadt des Landes, hat seit 2022 über 900 \
Schutzsuchende aus der Ukraine aufgenommen.
""",
    claims=(
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "lead 'Seoul beziffert': the NIS figure of the body (Wednesday, the publication day): "
              "dead and wounded"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch' (the day given in the sentence before, 'Er bezifferte'): dead and "
              "wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter … Gefallene' (a breakdown, never an increment)"),
        C("ungefähr 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "Yonhap 'unter Berufung auf Abgeordnete' of the same session (Wednesday), Konjunktiv: "
              "'Insgesamt … geschickt' (sent, not planned)"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "ukraine", "tue",
          "Ukraine's General Staff, published by the defence ministry 'am Dienstag' «…»: ready "
              "in the Russian border regions"),
        C("über 11'000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department spokeswoman 'am Montag': in Russia"),
        C("10'000 bis 20'000", None, "range", "planned", "other", "tue",
          "Swiss intelligence service's annual report 'am Dienstag vorgestellt' (a "
              "third government: other): could provide 'weitere' (increment)", add=True),
        C("zwei", 2, "exact", "casualties", "other", "pub",
          "anaphoric restatement inside a Biel lawyer's quote ('Die zwei Gefangenen')", opt=True),
    ),
)

B05 = Source(
    article_id="b32_05_frachtwelt_tumen_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "Frachtwelt",
        "https://www.frachtwelt.example/welt/ueber-den-tumen-russland-nordkorea-logistik",
        "Über den Tumen: Wie Russland und Nordkorea zusammenrücken",
    ),
    features="logistics and trade-fair magazine's world page in Markdown, UTF-8 with BOM, front "
        "matter without a date (sidecar, Thursday) and an issue key; bold lead summing Shoigu's "
        "two contingents (`6.000`, `russia`, 17 June to publication); the bridge over the Tumen "
        "(length, roubles, 1959, 2026), shells by rail and ship; Shoigu's announcement 'am 17. "
        "Juni' in Pyongyang (deminers and builders: planned, not increments); the NIS relayed by "
        "lawmakers 'Ende Juni' (days 21-30); a Kyiv military portal 'am Montag' 'unter Berufung "
        "auf' HUR (`ukraine`, `weitere`: increment); Rutte at The Hague summit 'am 25. Juni' "
        "„Tausende“; the magazine's own calculation from trains and flights (`unattributed`, "
        "required, range, `pub`); the Munich trade fair's exhibitors and countries, sanctions "
        "packages",
    text="""\
---
title: "Über den Tumen: Wie Russland und Nordkorea zusammenrücken"
rubrik: Welt & Märkte
heft: "Frachtwelt 7/2025"
autor: Henning Loose
---

# Über den Tumen: Wie Russland und Nordkorea zusammenrücken

**Eine neue Straßenbrücke, mehr Güterzüge, Frachter mit Munition – und [[6.000]] Pioniere und \
Bauarbeiter für Kursk: Moskau und Pjöngjang bauen ihre Verbindungen aus.**

Am Grenzfluss Tumen wird seit dem Frühjahr gebaut. Die knapp einen Kilometer lange Straßenbrücke \
zwischen dem russischen Chassan und dem nordkoreanischen Tumangang soll nach Angaben der \
russischen Regierung Mitte 2026 fertig sein; veranschlagt sind rund neun Milliarden Rubel. Bisher \
führt nur eine eingleisige Eisenbahnbrücke aus dem Jahr 1959 über den Fluss, auf der die Züge \
wegen unterschiedlicher Spurweiten mit Vierschienengleis fahren.

Über diese Schiene rollen längst nicht mehr nur Kohle und Dünger. Westliche Dienste gehen davon \
aus, dass Nordkorea seit 2023 mehrere Millionen Artilleriegranaten an Russland geliefert hat, zum \
großen Teil per Zug über Chassan oder per Schiff vom Hafen Rajin nach Wladiwostok.

## Bautruppen für Kursk

Nun kommen Menschen dazu. Sergej Schoigu, der Sekretär des russischen Sicherheitsrats, kündigte \
bei einem Besuch in Pjöngjang am 17. Juni an, Pjöngjang schicke [[1.000]] Pioniere zur \
Minenräumung und [[5.000]] Militärbauarbeiter, die im Gebiet Kursk zerstörte Straßen, Brücken und \
Leitungen wiederherstellen sollen.

Nach einer Einschätzung des südkoreanischen Geheimdienstes NIS, die Abgeordnete Ende Juni in \
Seoul wiedergaben, hat Pjöngjang bislang [[etwa 15.000]] Soldaten nach Russland gebracht, die \
meisten mit der Bahn oder mit Militärflügen nach Wladiwostok. Ein Kiewer Militärportal berichtete \
am Montag unter Berufung auf den Geheimdienst HUR, Nordkorea halte [[rund 25.000]] weitere \
Soldaten für einen Einsatz bereit.

Beim NATO-Gipfel in Den Haag hatte Generalsekretär Mark Rutte am 25. Juni gesagt, Kim habe \
„[[Tausende]]“ Soldaten geschickt und bekomme dafür Technologie, die Asien wie Europa gefährde.

Eigene Berechnungen der Frachtwelt-Redaktion auf Grundlage gemeldeter Zugverbindungen und Flüge \
legen nahe, dass seit Oktober [[zwischen 14.000 und 16.000]] Soldaten aus Nordkorea nach Russland \
befördert worden sind.

## Kein Thema in München

Auf der transport logistic in München war das Russland-Geschäft Anfang Juni kein offizielles \
Thema. Unter den rund 2.700 Ausstellern aus 67 Ländern fand sich kein russisches Unternehmen, die \
EU hat inzwischen 17 Sanktionspakete beschlossen. Am Rande der Messe war dennoch zu hören, dass \
Speditionen aus Zentralasien verstärkt Fracht über Wladiwostok abwickeln.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "bold lead summing Shoigu's 1.000 deminers and 5.000 builders (17 June to publication)"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang: deminers to be sent (not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same sentence: military builders to be sent (not an increment)"),
        C("etwa 15.000", 15000, "approx", "in_russia", "south_korea", "2025-06-21..2025-06-30",
          "NIS assessment relayed by lawmakers 'Ende Juni': brought to Russia so far"),
        C("rund 25.000", 25000, "approx", "planned", "ukraine", "mon",
          "a Kyiv military portal 'am Montag' citing HUR: 'weitere' held ready "
              "(increment)", add=True),
        C("Tausende", None, "vague", "in_russia", "nato", "2025-06-25",
          "Rutte at the summit 'am 25. Juni' „…“: sent"),
        C("zwischen 14.000 und 16.000", None, "range", "in_russia", "unattributed", "pub",
          "the magazine's own calculation from trains and flights (outlet's reckoning, required)"),
    ),
)

B06 = Source(
    article_id="b32_06_potsdam_stadtspiegel_cecilienhof_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-25"),
    dated_by="sidecar",
    sidecar=(
        "Potsdamer Stadtspiegel",
        "https://www.potsdamer-stadtspiegel.example/stadtleben/korea-abend-cecilienhof",
        "Kims Krieg in Europa: Ein Abend im Cecilienhof",
    ),
    features="Potsdam city magazine's website in HTML, windows-1252 (`<meta http-equiv>` charset, "
        "`„“`, `·`, `–`, `©`), no meta date (sidecar, Thursday), a dataLayer script, a consent "
        "notice, navigation and a footer with the print run; `<title>` without a figure; headline "
        "'Seoul zählt' from the NIS figure 'Anfang September' (1 September to publication); the "
        "intro's `Tausende` without a source (reporter framing, optional); 1945, the 38th "
        "parallel and the guests of a Tuesday evening event; KCNA 'Ende August' „Hunderte "
        "gefallene Helden“ (`north_korea`); Kyiv's General Staff 'vom Montag'; a Bundeswehr "
        "military historian's talk in the Cecilienhof (other, Tuesday, carried by 'sagte er im "
        "Cecilienhof'): dead and wounded, and `einigen tausend weiteren` builders (increment); "
        "ticket prices, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Kims Krieg in Europa: Ein Abend im Cecilienhof – Potsdamer Stadtspiegel</title>
<meta property="og:title" content="Kims Krieg in Europa: Ein Abend im Cecilienhof">
<meta name="keywords" content="Potsdam, Cecilienhof, Korea, Nordkorea, Russland">
<script src="/js/stadtspiegel.min.js" defer></script>
<script>var ssDl = window.dataLayer || (window.dataLayer = []);
ssDl.push({rubrik:"stadtleben",heft:"10/2025"});</script>
</head>
<body>
<div id="cmp-hinweis"><p>Mit Ihrer Zustimmung nutzen wir Cookies, um Inhalte auf Sie \
zuzuschneiden und die Nutzung unserer Seiten auszuwerten. Unter „Privatsphäre“ ganz unten können \
Sie Ihre Wahl später ändern.</p><button>Einverstanden</button> <button>Einstellungen</button></div>
<nav><a href="/">Start</a> · <a href="/stadtleben">Stadtleben</a> · <a href="/kultur">Kultur</a> \
· <a href="/termine">Termine</a> · <a href="/abo">Heft abonnieren</a></nav>
<article>
<h1>Kims Krieg in Europa: Seoul zählt [[rund 2.000]] Tote</h1>
<p class="intro">Achtzig Jahre nach der Potsdamer Konferenz wird im Cecilienhof wieder über Korea \
gesprochen. [[Tausende]] Nordkoreaner kämpfen seit dem Herbst 2024 an der Seite Russlands – ein \
Militärhistoriker aus Potsdam rechnet mit hohen Verlusten.</p>
<p class="autor">Text: Friederike Lanz</p>
<p>Im Sommer 1945 verhandelten Truman, Stalin und Churchill, später Attlee, im Cecilienhof über \
die Ordnung nach dem Krieg. Wenige Wochen danach teilten Amerikaner und Sowjets Korea am 38. \
Breitengrad. Daran erinnerte am Dienstagabend die Deutsch-Koreanische Gesellschaft Potsdam mit \
einem Gesprächsabend im Schloss, zu dem rund 90 Gäste kamen.</p>
<p>Dass aus dem Norden der Halbinsel heute Soldaten in einen europäischen Krieg ziehen, bestimmte \
den Abend. Der südkoreanische Geheimdienst NIS hatte Anfang September Abgeordneten in Seoul \
berichtet, von den nordkoreanischen Soldaten in Russland seien bislang [[rund 2.000]] getötet \
worden. Die nordkoreanische Staatsagentur KCNA meldete Ende August, in Pjöngjang entstehe ein \
Gedenkort, an dem „[[Hunderte]] gefallene Helden“ der Kursk-Operation geehrt werden sollen.</p>
<p>Die Ukraine geht davon aus, dass Pjöngjang noch lange bleibt. Nach Angaben des Generalstabs in \
Kiew vom Montag sind [[etwa 11.000]] Nordkoreaner weiterhin im Gebiet Kursk stationiert.</p>
<h2>„Die Verluste werden unterschätzt“</h2>
<p>Oberstleutnant Dr. Jan Reimers vom Zentrum für Militärgeschichte und Sozialwissenschaften der \
Bundeswehr, das in Potsdam sitzt, hält die Zahlen aus Seoul für zu niedrig. Rechne man die \
Verwundeten hinzu, komme man auf [[mehr als 6.000]] Tote und Verletzte, sagte er im Cecilienhof. \
„Ich rechne außerdem mit [[einigen tausend]] weiteren Bausoldaten bis zum Winter.“ Nordkorea \
nutze den Krieg als Übungsplatz, jede Rotation bringe Kampferfahrung, die kein Manöver ersetze.</p>
<p>Die Gesellschaft lädt im November zu einem Filmabend ins Thalia-Kino nach Babelsberg ein. \
Eintritt 8 Euro, ermäßigt 5 Euro; Anmeldung unter 0331 2016478.</p>
</article>
<footer><p>Potsdamer Stadtspiegel · Heft 10/2025 · Auflage 24.000 Exemplare</p><p>© 2025 \
Stadtspiegel Verlag Potsdam · <a href="/impressum">Impressum</a> · <a \
href="/privatsphaere">Privatsphäre</a></p></footer>
</body>
</html>
""",
    claims=(
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul zählt': the NIS figure of the body ('Anfang September' to "
              "publication)"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "intro's own framing without a source ('kämpfen … an der Seite Russlands')", opt=True),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS to lawmakers 'Anfang September' (days 1-10): killed"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August' „… gefallene Helden“ to be honoured at a memorial"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "Kyiv's General Staff 'vom Montag': stationed in the Kursk region"),
        C("mehr als 6.000", 6000, "at_least", "casualties", "other", "tue",
          "Bundeswehr military historian at Tuesday evening's event, 'sagte er im Cecilienhof' "
              "(his own estimate: other): dead and wounded"),
        C("einigen tausend", None, "vague", "planned", "other", "tue",
          "same speaker, quote: 'weiteren Bausoldaten bis zum Winter' (increment)", add=True),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Pakistan, UK, US, Ukraine, Malaysia, Uganda)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b32_07_indus_radio_first_count_html",
    language="en", fmt="html", encoding="latin-1", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Pakistani English-language radio site in HTML, ISO-8859-1 (quotes only as `&quot;`, "
        "`&middot;`, `&copy;`, `&#9654;`), `article:published_time` with +05:00 (Thursday), a "
        "byline date 'Thursday, 24 October 2024', an analytics script, a consent line, navigation "
        "and a footer with a phone number; a `<title>` without a figure; headline 'White House:' "
        "from the lead; the lead's 'said' dated by Kirby 'yesterday' in the next paragraph; the "
        "NIS 'on Wednesday' relayed 'according to lawmakers who attended' at the end of the "
        "sentence: 'a second group of about 1,500 had followed the first' (increment) and the new "
        "total `some 3,000` (not an increment), 'The agency expects' `around 10,000` by December "
        "(planned); Budanov's interview 'broadcast on Monday'; a Rawalpindi defence analyst "
        "'could commit as many as 50,000' (a total, other, `pub`); BRICS delegations, a million "
        "men under arms, Pakistan's army, bulletin times and the FM frequency",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>US says North Korean troops are in Russia as Seoul warns of more | Indus Radio News</title>
<meta property="article:published_time" content="2024-10-24T16:05:00+05:00">
<meta property="og:site_name" content="Indus Radio News">
<script async src="https://www.tagmanager.example/gtag/js?id=G-IRN2024"></script>
<script>var irn={section:"world",live:"https://stream.indusradio.example/fm946"};</script>
</head>
<body>
<div class="consent">Indus Radio uses cookies to keep the live stream running and to count \
visits. Details are in our <a href="/privacy">privacy policy</a>. <button>OK, got it</button></div>
<nav><a href="/">Home</a> | <a href="/pakistan">Pakistan</a> | <a href="/world">World</a> | <a \
href="/business">Business</a> | <a href="/sports">Sports</a> | <a href="/listen">Listen Live \
&#9654;</a></nav>
<article>
<h1>White House: [[3,000]] North Korean soldiers moved to eastern Russia</h1>
<p class="byline">Web Desk &middot; Thursday, 24 October 2024</p>
<p>WASHINGTON/SEOUL/ISLAMABAD: The United States said it now has evidence that North Korea sent \
[[at least 3,000]] soldiers to eastern Russia in the first half of October, the first time \
Washington has attached a number to a deployment that South Korea and Ukraine have been warning \
about for weeks.</p>
<p>National Security Council spokesman John Kirby told reporters at the White House yesterday \
that the troops had travelled by ship from the Wonsan area to Vladivostok and were now training \
at several Russian military sites. Where they would go next was &quot;not clear,&quot; he said, \
but if they ended up fighting Ukraine, that would mark &quot;a very serious escalation.&quot;</p>
<p>Seoul's count runs along the same lines. Meeting behind closed doors with members of the \
National Assembly's intelligence panel on Wednesday, the National Intelligence Service said a \
second group of [[about 1,500]] had followed the first in recent days, bringing the number \
already shipped to [[some 3,000]], according to lawmakers who attended. The agency expects the \
North to have [[around 10,000]] soldiers in Russia by December.</p>
<p>Kyiv believes the real figure is already far higher. In an interview broadcast on Monday, \
Ukraine's military intelligence chief Kyrylo Budanov said [[about 11,000]] North Korean \
infantrymen were training at five ranges in Russia's Far East, and that the first of them would \
reach the front by Nov. 1.</p>
<p>The Kremlin has brushed the reports aside. Asked about satellite images of the troops at the \
BRICS summit in Kazan, which drew delegations from 36 countries, President Vladimir Putin said \
only that what Russia did with its ally was &quot;our business.&quot;</p>
<h2>Islamabad urges restraint</h2>
<p>At the Foreign Office's weekly briefing on Thursday, a spokesperson declined to comment on the \
reports, saying Pakistan supported &quot;a negotiated end to the conflict in line with the UN \
Charter.&quot;</p>
<p>Retired Air Commodore Sajjad Qureshi, a defence analyst in Rawalpindi, told Indus Radio that \
Pyongyang was unlikely to stop there. &quot;Kim has more than a million men under arms and a \
treasury that is desperate for hard currency,&quot; he said. &quot;If Moscow keeps paying, he \
could commit [[as many as 50,000]].&quot;</p>
<p>Pakistan's own army has roughly 650,000 active personnel. The Indus Radio world bulletin airs \
daily at 7pm and 10pm on FM 94.6.</p>
</article>
<footer>&copy; 2024 Indus Radio Network (Pvt) Ltd &middot; Blue Area, Islamabad &middot; \
Newsroom: +92 51 2870 4415 &middot; <a href="/contact">Contact us</a></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "united_states", "yday..pub",
          "headline 'White House:': Kirby's figure of the lead (yesterday to publication)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "yday",
          "lead 'The United States said', dated by Kirby 'yesterday' in the next paragraph: sent"),
        C("about 1,500", 1500, "approx", "in_russia", "south_korea", "wed",
          "NIS 'on Wednesday', 'according to lawmakers who attended' at the end of "
              "the sentence: a second group that 'had followed the first' (increment)", add=True),
        C("some 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "same sentence: 'bringing the number already shipped to' (a new total, not an "
              "increment)"),
        C("around 10,000", 10000, "approx", "planned", "south_korea", "wed",
          "'The agency expects … by December' (intended total)"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "mon",
          "Budanov in an interview 'broadcast on Monday': training in Russia's Far East"),
        C("as many as 50,000", 50000, "at_most", "planned", "other", "pub",
          "Rawalpindi defence analyst to the radio, no date: 'could commit' (a total, not an "
              "increment)"),
    ),
)

B08 = Source(
    article_id="b32_08_fellside_gazette_kendal_veteran_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-23"),
    dated_by="front_matter",
    features="Cumbrian weekly in Markdown, UTF-8, front matter with `date:` (Thursday), tags and "
        "a title without a figure; UK style (‘’ and “” quotes, 'on 11 January', 'Mr Zelensky', "
        "'MPs', 'the Commons'); a Kendal Korean War veteran (ages, 1951, the armistice, British "
        "servicemen and dead in Korea, a veterans' branch) without any figure of his own; the NIS "
        "'last week' (`around 300` dead and `2,700` wounded: not an increment); Zelensky 'on 11 "
        "January' `two` captured; Zelensky 'On Monday' ‘…’ (carried by 'he'); the UK Defence "
        "Secretary in the Commons 'on Monday' (a third government: other); the State Department "
        "'this month' (1 January to publication); HUR 'in an estimate published on Tuesday' `up "
        "to 5,000` 'more' (increment)",
    text="""\
---
title: "Kendal veteran, 93, watches North Korea's soldiers fall in Russia"
date: 2025-01-23
publication: The Fellside Gazette
section: News / World
author: Gemma Thwaite
tags: [Korea, Ukraine, veterans, Kendal]
---

# Kendal veteran, 93, watches North Korea’s soldiers fall in Russia

*More than seventy years after the Korean armistice, a former National Serviceman says Pyongyang \
is ‘throwing young lads away’ in Kursk*

Ernest Birkett keeps a map of the Korean peninsula folded in a drawer of his sideboard in Kendal. \
He was 19 when he landed at Pusan in 1951 with a field ambulance unit, and he has followed the \
news from Russia’s Kursk region “with a sort of dread” since North Korean troops were first \
reported there in the autumn.

“They’re sending lads who have never seen a drone, and they’re being cut to pieces,” he said. \
“It’s the same regime that sent men at us in waves on the Imjin.”

The numbers bear him out. South Korea’s National Intelligence Service told MPs in Seoul last week \
that it believed [[around 300]] of the North’s soldiers were dead and [[2,700]] wounded since \
they entered the fighting. Two days before that, on 11 January, Ukraine’s President Volodymyr \
Zelensky had announced that his troops had captured [[two]] of them alive, one with a jaw wound \
and the other with injured legs.

Mr Zelensky has since offered to hand the pair back to Kim Jong Un in exchange for Ukrainians \
held in Russia. On Monday he went further, saying that ‘[[close to 4,000]]’ North Koreans had by \
now been killed or wounded. He called on Pyongyang’s soldiers to surrender rather than die “for \
someone else’s war”.

In Westminster, Defence Secretary John Healey told the Commons on Monday that Pyongyang’s forces \
had suffered “[[several thousand]] casualties” within weeks, and that Britain would keep \
sanctioning the firms that keep them supplied.

Washington’s figure for the overall force has barely moved. The State Department said this month \
that [[roughly 11,000]] North Korean troops remained in Russia, most of them in Kursk. Ukraine’s \
military intelligence agency, in an estimate published on Tuesday, warned that the North could \
send [[up to 5,000]] more before the spring.

## ‘We had nothing like it’

Some 81,000 British servicemen served in Korea between 1950 and 1953, and more than 1,000 of them \
never came home. Mr Birkett’s branch of the British Korean Veterans Association, which once had \
more than 60 members across South Lakeland, was wound up in 2013.

He still goes to the Remembrance service at Kendal parish church every November. “When I see \
those prisoners on the telly I think, they’re boys,” he said. “Somebody’s grandson, same as I was.”
""",
    claims=(
        C("around 300", 300, "approx", "casualties", "south_korea", "lastweek",
          "NIS 'told MPs in Seoul last week that it believed': dead"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "lastweek",
          "same sentence: wounded (the others of the same count, not an increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'on 11 January' (UK style): captured"),
        C("close to 4,000", 4000, "approx", "casualties", "ukraine", "mon",
          "'On Monday he' (Zelensky) ‘…’: killed or wounded"),
        C("several thousand", None, "vague", "casualties", "other", "mon",
          "UK Defence Secretary in the Commons 'on Monday' (a third government: other)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "2025-01-01..pub",
          "State Department 'this month' (the 1st to publication): remained in Russia"),
        C("up to 5,000", 5000, "at_most", "planned", "ukraine", "tue",
          "HUR 'in an estimate published on Tuesday': could send 'more' (increment)", add=True),
    ),
)

B09 = Source(
    article_id="b32_09_prairie_ledger_fort_sill",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-28"),
    dated_by="dateline", crlf=True,
    features="Oklahoma paper as plain text, UTF-16 LE with BOM and CRLF, dated by the line "
        "'Published March 28, 2025, 6:15 a.m. CT' (Friday) and a 'LAWTON —' dateline; US style "
        "('who spoke Monday', 'said Thursday' without 'on', 'R-Okla.'); deck 'Seoul says … 3,000 "
        "more' from the JCS Monday (increment, span without 'more', Monday to publication); the "
        "JCS 'an estimated 3,000 additional' (increment), the cumulative `roughly 14,000` (a new "
        "total) and `about 4,000` 'of whom' (breakdown: casualties); a congressman relaying what "
        "intelligence officials 'briefed committee members earlier this month' (`united_states`, "
        "1 March to publication) while speaking to the paper on Wednesday; Ukraine's General "
        "Staff 'said Thursday'; an Oklahoma State University professor's range of 'fresh troops' "
        "(increment, other, `pub`); Fort Sill's trainees, a brigade number, shells, miles, "
        "Lawton's population",
    text="""\
The Prairie Ledger | Lawton, Oklahoma
Published March 28, 2025, 6:15 a.m. CT

Fort Sill instructors study North Korea's gunners as Kim sends reinforcements

Seoul says Pyongyang shipped [[3,000]] more troops to Russia this winter; an Oklahoma congressman \
says they are back in the fight

By Dale Ferrell, Staff Writer

LAWTON — The classrooms of the Fires Center of Excellence at Fort Sill are a long way from \
Russia's Kursk region, but the war there has become required study. Instructors now walk student \
officers through drone footage of North Korean gun crews who, after a disastrous start last \
winter, learned to fire and move within minutes.

"They paid for every lesson in blood, and they learned fast," said a senior instructor with the \
428th Field Artillery Brigade, who asked not to be named because he was not authorized to speak \
to reporters.

That force is growing again. According to South Korea's Joint Chiefs of Staff, who spoke Monday, \
Pyongyang sent [[an estimated 3,000]] additional soldiers over January and February, replacing \
men lost in the winter fighting. The JCS reckoned Pyongyang's cumulative deployment at [[roughly \
14,000]], [[about 4,000]] of whom it said had been killed or wounded.

Rep. Wade Hollister, R-Okla., a member of the House Armed Services Committee who toured Fort Sill \
on Tuesday, said intelligence officials briefed committee members earlier this month that \
[[several thousand]] North Koreans were back on the front line after a pause of several weeks. \
"They regrouped, they re-equipped, and they came back," Hollister told the Ledger on Wednesday.

Kyiv reports the same. Ukraine's General Staff said Thursday that [[some 1,500]] North Korean \
soldiers were taking part in assaults near the village of Gornal, a few miles from the Ukrainian \
border.

Not everyone expects the numbers to level off. Jin-ho Park, who teaches Korean security policy at \
Oklahoma State University in Stillwater, believes Kim could rotate [[10,000 to 15,000]] fresh \
troops through Kursk before the year is out. "Every rotation sends home a unit with real combat \
experience," Park said. "No exercise on the peninsula can give him that."

Fort Sill trains roughly 40,000 soldiers and Marines a year, among them every new field artillery \
lieutenant. Its gunners fire 155 mm howitzers on ranges covering some 94,000 acres, and Lawton, a \
city of about 90,000, has followed the war in Ukraine closely since 2022.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "deck 'Seoul says … shipped 3,000 more' (span without 'more'): the JCS "
              "figure of the body (Monday to publication), increment", add=True),
        C("an estimated 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'who spoke Monday' (US style): 'additional' sent (increment)", add=True),
        C("roughly 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "'The JCS reckoned … cumulative deployment at' (a new total, not an increment)"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'of whom it said had been killed or wounded' (a breakdown)"),
        C("several thousand", None, "vague", "near_front", "united_states", "2025-03-01..pub",
          "a congressman relaying what intelligence officials 'briefed committee members "
              "earlier this month' (the executive's briefing: the 1st to publication): back on "
              "the front line"),
        C("some 1,500", 1500, "approx", "near_front", "ukraine", "thu",
          "Ukraine's General Staff 'said Thursday': in assaults near the border"),
        C("10,000 to 15,000", None, "range", "planned", "other", "pub",
          "Oklahoma State University professor 'believes' (no date): could rotate "
              "'fresh troops' (increment)", add=True),
    ),
)

B10 = Source(
    article_id="b32_10_kyiv_business_war_dividend_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Kyiv Business Monitor",
        "https://www.kyivbusinessmonitor.example/economy/pyongyangs-war-dividend",
        "Pyongyang's war dividend: Seoul says 5,000 military builders heading to Russia",
    ),
    features="Ukrainian English-language business outlet in HTML, UTF-8 with BOM, no meta date "
        "(sidecar, Thursday), a paywall script, a consent bar, navigation and a currency ticker; "
        "`<title>` figure (optional); headline 'Seoul says' from the NIS Tuesday figure (Tuesday "
        "to publication); the NIS 'on Tuesday' to the intelligence committee (builders moved by "
        "rail: `in_russia`, not an increment), 'the agency said' in mid-sentence, and 'Lawmakers "
        "who attended said the spy agency now counts' (dead); KIDA's earnings estimate in dollars "
        "and shells (not claims); the Kursk governor 'on Oct. 30' “hundreds of our Korean "
        "friends” clearing mines (`russia`, `near_front`); Budanov 'In an interview in "
        "mid-October' (days 11-20); a Kyiv economist's arithmetic on `15,000 or so` soldiers "
        "(other, `pub`, hedge after the number); the outlet's own sum 'the Monitor arrives at' "
        "(`unattributed`, required); North Korean labourers, exchange rates, wages a year",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pyongyang’s war dividend: Seoul says [[5,000]] military builders heading to Russia — Kyiv \
Business Monitor</title>
<meta name="description" content="North Korea’s deployment to Russia pays in cash, oil and \
technology. We look at the numbers.">
<link rel="canonical" \
href="https://www.kyivbusinessmonitor.example/economy/pyongyangs-war-dividend">
<script>window.kbmPaywall={freeArticles:3,metered:true};</script>
<script src="/assets/kbm.bundle.js" defer></script>
</head>
<body>
<div class="gdpr-bar">KBM uses cookies and similar tools to measure readership and keep you \
signed in. <a href="/cookies">Manage preferences</a> <button>Accept all</button></div>
<header><nav><a href="/">KBM</a> · <a href="/economy">Economy</a> · <a \
href="/markets">Markets</a> · <a href="/energy">Energy</a> · <a href="/defence-industry">Defence \
Industry</a> · <a href="/subscribe">Subscribe</a></nav>
<div class="ticker">UAH/USD 41.83 · EUR/UAH 48.12 · Brent $64.20</div></header>
<article>
<h1>Pyongyang’s war dividend: Seoul says [[5,000]] military builders heading to Russia</h1>
<p class="standfirst">Troops, shells and labour have become North Korea’s most lucrative export. \
Kyiv is watching the bill grow.</p>
<p>South Korea’s National Intelligence Service told parliament’s intelligence committee on \
Tuesday that [[around 5,000]] North Korean construction troops were being moved to Russia by \
rail, in stages, to rebuild roads and bridges in the Kursk region. [[Some 10,000]] combat \
soldiers, the agency said, remain deployed along the border there. Lawmakers who attended said \
the spy agency now counts [[roughly 2,000]] North Korean dead.</p>
<p>For Pyongyang, the deployment has turned into a business. The Korea Institute for Defense \
Analyses in Seoul estimated this year that the North has earned close to $20bn from the war, most \
of it from upwards of 12 million shells and a few dozen ballistic missiles shipped to Russia.</p>
<p>Moscow is open about the sappers. Kursk governor Alexander Khinshtein said on Oct. 30 that \
“[[hundreds]] of our Korean friends” were clearing mines and unexploded shells in the border \
districts, and thanked them on camera.</p>
<p>Kyiv’s estimates are similar. In an interview in mid-October, military intelligence chief \
Kyrylo Budanov said [[about 11,000]] North Koreans were still inside Russia, and that Pyongyang \
was also sending labourers to Russian building sites under student and trainee visas.</p>
<p>Oleksiy Marchenko, an economist at the Kyiv School of Economics, has tried to price the troop \
deal alone. If Moscow pays around $2,000 a month for each of the [[15,000 or so]] North Korean \
soldiers it has received, he says, the wages come to roughly $360m a year, before shells, \
missiles and oil are counted.</p>
<p>Adding up Seoul’s published estimates since October 2024, the Monitor arrives at [[well over \
20,000]] North Koreans sent to Russia in all, combat and construction troops together.</p>
<p>About 15,000 North Korean civilian workers entered Russia last year, according to Russian \
migration data, more than in the whole of the previous decade.</p>
</article>
<footer><p>© 2025 Kyiv Business Monitor LLC · 12 Velyka Vasylkivska St, Kyiv · <a \
href="/about">About</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "`<title>` (metadata) restating the headline", opt=True),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS figure of the body (Tuesday to publication): builders "
              "being moved (no increment word)"),
        C("around 5,000", 5000, "approx", "in_russia", "south_korea", "tue",
          "NIS 'on Tuesday' to the intelligence committee: construction troops moved by rail"),
        C("Some 10,000", 10000, "approx", "near_front", "south_korea", "tue",
          "'the agency said' in mid-sentence: deployed along the border in Kursk"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'Lawmakers who attended said the spy agency now counts': dead"),
        C("hundreds", None, "vague", "near_front", "russia", "2025-10-30",
          "Kursk governor 'on Oct. 30' “…”: clearing mines in the border districts"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "2025-10-11..2025-10-20",
          "Budanov 'In an interview in mid-October' (days 11-20): still inside Russia"),
        C("15,000 or so", 15000, "approx", "in_russia", "other", "pub",
          "Kyiv economist's arithmetic, present tense 'he says' (no date): received by Russia"),
        C("well over 20,000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the outlet's own sum of Seoul's estimates ('the Monitor arrives at'): sent in all "
              "(outlet's reckoning, required)"),
    ),
)

B11 = Source(
    article_id="b32_11_sunday_chronicle_kursk_toll_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-09-14"),
    dated_by="sidecar",
    sidecar=(
        "The Sunday Chronicle",
        "https://www.sundaychronicle.example/world/asia-this-week/kims-kursk-dead",
        "Seoul: about 2,000 of Kim's soldiers now dead in Russia's war",
    ),
    features="Malaysian Sunday paper's 'Asia This Week' page in Markdown, windows-1252 (`’`, "
        "`“”`, `–`), front matter without a date and a title without a figure (sidecar, Sunday), "
        "dateline 'KUALA LUMPUR –'; headline 'Seoul:' from the NIS Thursday figure (Thursday to "
        "publication); the NIS 'on Thursday' (dead), an older toll 'When it did so, in April' "
        "carried by 'it said at the time' (April for both); 'The agency also told lawmakers' "
        "deminers at work in Kursk (`near_front`); state television 'in August' showing relatives "
        "of `dozens` of the fallen (`north_korea`); Ukraine's foreign ministry 'on Friday'; a "
        "State Department spokesperson's e-mail to the paper without a day (`pub`, "
        "Saturday-Sunday); a Universiti Malaya political scientist's `3,000 or more` (other, "
        "`pub`); 2017, 2021, Asean's members, a museum's floors, 'three times' the toll",
    text="""\
---
title: "Kim's Kursk dead"
section: World
series: "Asia This Week"
author: Nurul Huda Ismail
---

# Seoul: [[about 2,000]] of Kim’s soldiers now dead in Russia’s war

*A year after Kim Jong Un’s first troops left for Russia, South Korea’s spy agency has produced \
its starkest casualty estimate yet. Pyongyang, meanwhile, is building a museum for its dead.*

KUALA LUMPUR – It has taken a year, and one of the heaviest tolls borne by any foreign contingent \
in the war. Briefing a parliamentary committee on Thursday, South Korea’s National Intelligence \
Service said [[about 2,000]] North Korean soldiers had died fighting for Russia, almost all of \
them in the Kursk region.

That is more than three times the toll the agency last published. When it did so, in April, the \
NIS counted [[about 600]] dead; it said at the time that [[4,700]] in all had been killed or \
wounded.

The agency also told lawmakers that [[around 1,000]] North Korean deminers were now at work in \
Kursk, clearing fields that Russian and Ukrainian forces mined during a year of fighting, and \
that military builders were following them.

Pyongyang publishes no casualty figures, but it has stopped hiding its losses. State television \
showed Kim in August embracing the relatives of [[dozens]] of fallen soldiers at a ceremony in \
the capital, and state media say a museum with four floors is being built in their honour.

Kyiv says the North Koreans are staying. Ukraine’s foreign ministry said on Friday that [[more \
than 11,000]] remained on Russian soil and accused Pyongyang of “selling its young men by the \
trainload”.

Washington is more cautious. A State Department spokesperson, replying by email to questions from \
the Sunday Chronicle, said the United States “continues to assess that [[well over 10,000]]” \
North Korean troops are in Russia.

Dr Azlan Rahim, a political scientist at Universiti Malaya, believes the true number of dead is \
higher. “I would put it at [[3,000 or more]], because Seoul only counts what it can verify,” he \
said.

Malaysia and North Korea have had no diplomatic relations since 2021, when Pyongyang cut ties \
after Kuala Lumpur extradited a North Korean businessman to the United States. Four years \
earlier, Kim’s half-brother was murdered with VX nerve agent at klia2. As chair of the 10-member \
Asean this year, Malaysia hosted the Asean Regional Forum in July; North Korea sent only its \
ambassador from Jakarta.
""",
    claims=(
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure of the body (Thursday to publication): dead"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'Briefing a parliamentary committee on Thursday': died"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the agency's older toll 'When it did so, in April' (month window): dead"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "'it said at the time' carries April: killed or wounded in all"),
        C("around 1,000", 1000, "approx", "near_front", "south_korea", "thu",
          "'The agency also told lawmakers' (the Thursday session): deminers at work in Kursk"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state television 'in August' showing Kim with relatives of the fallen"),
        C("more than 11,000", 11000, "at_least", "in_russia", "ukraine", "fri",
          "Ukraine's foreign ministry 'on Friday': on Russian soil"),
        C("well over 10,000", 10000, "at_least", "in_russia", "united_states", "pub",
          "State Department spokesperson's e-mail to the paper, no day (Saturday-Sunday) “…”"),
        C("3,000 or more", 3000, "at_least", "casualties", "other", "pub",
          "Universiti Malaya political scientist, no date: dead (hedge after the number)"),
    ),
)

B12 = Source(
    article_id="b32_12_nile_wave_fm_parade",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Nile Wave FM",
        "https://www.nilewavefm.example/news/world/north-korea-parades-kursk-veterans",
        "North Korea parades Kursk veterans as Seoul says 10,000 still in Russia",
    ),
    features="Ugandan radio station's website as plain text, UTF-8 (sidecar, Tuesday), a section "
        "line and a byline; headline 'as Seoul says' from the JCS Monday figure (Monday to "
        "publication); three figures in two sentences whose source is named only at the end of "
        "the paragraph ('The figures were given by South Korea's Joint Chiefs of Staff, which "
        "briefed … on Monday'); returnees marching at Friday's parade on state television "
        "(optional); Kim's speech 'thousands of heroes' who fought in Kursk (`north_korea`, "
        "`near_front`); the NIS 'last month' (September); HUR 'last week' training 'a further "
        "6,000' (increment); Rutte 'on Thursday' in a Tuesday article; a Makerere lecturer 'By my "
        "estimate' (other, `pub`); the Workers' Party's 80 years, Ugandan police trained by North "
        "Koreans, Uganda's troops in Somalia, a listeners' phone line",
    text="""\
WORLD | Nile Wave FM News

North Korea parades Kursk veterans as Seoul says [[10,000]] still in Russia

By Brian Ssemakula

North Korea put the soldiers it sent to fight for Russia at the centre of its biggest military \
parade in years on Friday, as new estimates from Seoul suggested that most of its force has not \
come home.

[[About 10,000]] North Korean troops remain on Russian territory, the bulk of them in Kursk's \
border districts, where they guard the frontier and clear mines. A rotation of fresh units \
arrived over the summer, and [[roughly 2,000]] of the builders sent since July are already \
repairing roads and bridges in Kursk. The figures were given by South Korea's Joint Chiefs of \
Staff, which briefed defence correspondents in Seoul on Monday.

At Friday's parade in Pyongyang, marking 80 years of the ruling Workers' Party, state television \
showed [[several hundred]] soldiers back from Kursk marching past the tribune in new uniforms, \
medals pinned to their chests. Kim Jong Un, with Russia's former president Dmitry Medvedev and \
China's Premier Li Qiang at his side, praised the "[[thousands]] of heroes" who had fought \
"shoulder to shoulder" with the Russian army in Kursk.

South Korea's National Intelligence Service estimated last month that the war had cost the lives \
of [[around 2,000]] North Korean soldiers. Ukraine's military intelligence said last week that \
Pyongyang was training a further [[6,000]] troops for deployment to Russia, and NATO Secretary \
General Mark Rutte said on Thursday that the North had "[[more than 10,000]]" soldiers on Russian \
soil.

Uganda once had close ties with Pyongyang. North Korean instructors trained Ugandan police and \
air force personnel for years, until President Yoweri Museveni ended the cooperation in 2016 to \
comply with UN sanctions. Some 400 Ugandan police officers went through those courses.

Dr Brenda Nakato, who lectures in international relations at Makerere University, said the parade \
was aimed at Moscow as much as at a home audience. "By my estimate, [[about 15,000]] North \
Koreans have now passed through Russia," she told Nile Wave FM. "Each of them comes home a \
veteran of a modern war, and no other army in Asia can say that about its conscripts."

Uganda itself has about 4,500 troops serving with the African Union mission in Somalia. Listeners \
can send questions for Thursday's World Hour to 0772 460 973.
""",
    claims=(
        C("10,000", 10000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'as Seoul says': the JCS figure of the body (Monday to publication)"),
        C("About 10,000", 10000, "approx", "in_russia", "south_korea", "mon",
          "source named only at the end of the paragraph (JCS 'briefed … on Monday'): still in "
              "Russia"),
        C("roughly 2,000", 2000, "approx", "near_front", "south_korea", "mon",
          "same paragraph, same JCS briefing: builders repairing roads in Kursk"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "returnees marching at Friday's parade on state television", opt=True),
        C("thousands", None, "vague", "near_front", "north_korea", "fri",
          "Kim's speech at Friday's parade \"… of heroes\" who fought in Kursk"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'estimated last month' (September): died"),
        C("6,000", 6000, "exact", "planned", "ukraine", "lastweek",
          "HUR 'said last week': training 'a further' for deployment (increment, span "
              "without the word)", add=True),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "thu",
          "Rutte 'said on Thursday' (a Tuesday article: the Thursday before) \"…\""),
        C("about 15,000", 15000, "approx", "in_russia", "other", "pub",
          "Makerere lecturer 'By my estimate', no date: passed through Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
