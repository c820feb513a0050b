"""Build the THIRTIETH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A thirty-second corpus for an honest measurement on articles the extractor has never met, written
in session 9 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Vogtland paper on
Ukrainian families in Plauen, a Darmstadt radio station's website with a Darmstadt image
forensics researcher, a Lower Austrian broadcaster's web text with an officer of the military
academy in Wiener Neustadt (Austrian conventions), a Zurich Oberland paper on a former Panmunjom
officer from Rüti (Swiss conventions), a German veterans' association magazine and a Hamburg
district paper on a Korean congregation in Harburg; a Bangladeshi English weekly, a Welsh daily
with a Cardiff Korean studies lecturer, a Colorado paper, an Armenian English-language outlet, a
Singapore community paper and a Malawian news site. Same file format, marker syntax and
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
BASE_NAME = "_blind30_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

T01 = Source(
    article_id="t30_01_vogtland_plauen_familien",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-07"),
    dated_by="sidecar",
    sidecar=(
        "Vogtland-Kurier",
        "https://www.vogtland-kurier.example/plauen/ukrainer-im-vogtland-sorgen-sich-um-"
        "nordkoreas-soldaten-4410277",
        "Kiew: 11.000 Nordkoreaner im Raum Kursk",
    ),
    features="Vogtland paper as plain text (sidecar, Thursday): place line 'Plauen.', a byline; "
        "headline 'Kiew:' from Zelensky's address 'am Dienstagabend' (Tuesday to publication); "
        "the Pentagon spokeswoman named after the figures ('erklärte … am Montag'), 'davon' "
        "moved to the border region; reporter's background 'Noch Mitte Oktober war … die Rede' "
        "without a source (optional); the NIS via parliament's intelligence committee 'am "
        "Mittwoch vergangener Woche' (an ISO date); an Oelsnitz history teacher's range "
        "('so schätzt Küchler', other, `pub`); refugees in the district, distance, course "
        "size, ages, donations in euros, army size, phone number",
    text="""\
Kiew: [[11.000]] Nordkoreaner im Raum Kursk

Ukrainische Familien im Vogtland verfolgen die Meldungen von der Front mit wachsender Unruhe. Ein \
Geschichtslehrer aus Oelsnitz ordnet ein, warum Pjöngjang Soldaten schickt.

Von Sabine Unger

Plauen. Als Oksana Hrytsenko am Dienstagabend die Videobotschaft ihres Präsidenten auf dem Handy \
abspielte, saß sie im Integrationskurs der Volkshochschule am Plauener Altmarkt. Wolodymyr \
Selenskyj sprach darin von [[11.000]] nordkoreanischen Soldaten, die mittlerweile im russischen \
Gebiet Kursk stünden. „Da war es im Raum auf einmal ganz still“, erzählt die 41-Jährige aus \
Saporischschja, deren Mann seit zwei Jahren in einer Artillerieeinheit bei Charkiw dient.

Erste Einheiten aus Nordkorea hätten bereits Verluste erlitten, fügte Selenskyj hinzu, ohne Zahlen \
zu nennen. Aus Washington war schon zu Wochenbeginn ein ähnliches Lagebild gekommen. \
[[Mehr als 10.000]] Soldaten habe Machthaber Kim Jong Un nach Russland geschickt, [[rund 8.000]] \
davon seien bereits in die Grenzregion zur Ukraine verlegt worden, erklärte Pentagon-Sprecherin \
Sabrina Singh am Montag. Im Kampf habe man die Nordkoreaner allerdings noch nicht beobachtet.

Noch Mitte Oktober war lediglich von [[1.500]] Mann die Rede gewesen, die per Schiff nach \
Wladiwostok gebracht worden seien. Seoul geht davon aus, dass es dabei nicht bleibt. Bis zum \
Jahresende könne Nordkorea [[bis zu 15.000]] Mann entsenden, hieß es am Mittwoch vergangener Woche \
aus dem Geheimdienstausschuss des Parlaments, der zuvor vom Nachrichtendienst NIS unterrichtet \
worden war.

Für Matthias Küchler kommt das alles nicht überraschend. Der 58-Jährige unterrichtet am Oelsnitzer \
Gymnasium Geschichte und beschäftigt sich seit einem Schüleraustausch in den Neunzigerjahren mit \
Korea. „Kim braucht Devisen und Technik, Putin braucht Leute für die Front“, sagt er. Auf Dauer, \
so schätzt Küchler, werde Pjöngjang [[10.000 bis 12.000]] Soldaten in Russland halten. Mehr könne \
sich die Armee des Nordens kaum leisten, die mit gut einer Million Mann ohnehin an der Grenze zu \
Südkorea gebunden sei.

Im Vogtlandkreis leben nach Angaben des Landratsamts derzeit rund 2.300 Menschen, die vor dem \
Krieg aus der Ukraine geflohen sind, knapp 900 davon in Plauen. Bis Kursk sind es von hier gut \
2.100 Kilometer. Der Integrationskurs, den Hrytsenko besucht, hat 14 Teilnehmer; drei von ihnen \
haben Angehörige an der Front.

Der Kreml hat die Anwesenheit nordkoreanischer Truppen bis heute nicht bestätigt. Sprecher Dmitri \
Peskow verwies am Mittwoch lediglich auf den Beistandsvertrag, den Moskau und Pjöngjang im Juni \
unterzeichnet hatten.

Hrytsenko will am Samstag mit anderen Ukrainerinnen einen Spendenstand auf dem Klostermarkt \
aufbauen. Der Erlös geht an ein Krankenhaus in Saporischschja, im vergangenen Jahr kamen 1.640 \
Euro zusammen. Kontakt über die Volkshochschule, Telefon 03741 29 12 40.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "headline 'Kiew:': Zelensky's figure of the lead ('am Dienstagabend') to publication"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "tue",
          "Zelensky's video address 'am Dienstagabend', Konjunktiv: in the Kursk region"),
        C("Mehr als 10.000", 10000, "at_least", "in_russia", "united_states", "mon",
          "Pentagon spokeswoman named after the figures ('erklärte … am Montag'): sent"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "mon",
          "same sentence, 'davon … in die Grenzregion verlegt' (a breakdown): at the border"),
        C("1.500", 1500, "exact", "in_russia", "unattributed", "2024-10-11..2024-10-20",
          "reporter's background 'Noch Mitte Oktober war … die Rede' without a source "
          "(reporter framing: optional)", opt=True),
        C("bis zu 15.000", 15000, "at_most", "planned", "south_korea", "2024-10-30",
          "NIS via parliament's intelligence committee 'am Mittwoch vergangener Woche' "
          "(Wednesday of the week before): could send by the year's end"),
        C("10.000 bis 12.000", None, "range", "planned", "other", "pub",
          "Oelsnitz history teacher 'so schätzt Küchler' (no date): will keep in Russia"),
    ),
)

T02 = Source(
    article_id="t30_02_darmstadt_radio_gefangene_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-01-14"),
    dated_by="html_meta",
    features="Darmstadt radio station's website in HTML, UTF-8 with BOM (`article:published_time` "
        "with +01:00, a byline date '14.01.2025, 16:40 Uhr', a stats script, cookie layer, "
        "navigation, a programme note with the FM frequency and a length, footer with street "
        "and phone); `<title>` figure (optional); headline without a figure; teaser 'beziffert' "
        "from the NIS figures of the body (Monday to publication); Zelensky 'am Samstag' `zwei` "
        "captured (number word); the NIS 'nach Angaben von Abgeordneten, die er am Montag "
        "unterrichtete' (`etwa 300` dead, `2.700` wounded: not an increment); the White House "
        "'Ende Dezember'; a Darmstadt image forensics researcher in Konjunktiv, 'sagt sie im "
        "Gespräch' (other, `pub`): the original force and a range still fit; ages, refugees, "
        "students",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gefangene Nordkoreaner: Seoul zählt [[3.000]] Tote und Verletzte | Welle Darmstadt</title>
<meta property="article:published_time" content="2025-01-14T16:40:00+01:00">
<meta property="og:site_name" content="Welle Darmstadt">
<script>window.wdaStats={sid:"nachrichten-welt",len:3911,player:"live-99-4"};</script>
</head>
<body>
<div class="cookie-layer">Diese Seite setzt Cookies für Statistik und unseren Webplayer. Details \
stehen in der <a href="/datenschutz">Datenschutzerklärung</a>. <button>Alles klar</button> \
<button>Auswahl anpassen</button></div>
<nav><a href="/">Start</a> · <a href="/programm">Programm</a> · <a \
href="/nachrichten">Nachrichten</a> · <a href="/region">Südhessen</a> · <a href="/live">Live \
hören</a></nav>
<article>
<h1>Zwei Gefangene, viele Fragen: Was die Videos aus Kursk verraten</h1>
<p class="teaser">Kiew präsentiert erstmals gefangene Soldaten aus Nordkorea. Südkoreas \
Geheimdienst beziffert die Verluste ihrer Einheiten auf [[rund 3.000]]. Eine Darmstädter \
Forscherin hat die Aufnahmen untersucht.</p>
<p class="byline">Von Timo Seibert · 14.01.2025, 16:40 Uhr</p>
<p>Die Bilder gehen seit dem Wochenende um die Welt: Ein junger Mann mit verbundenen Händen liegt \
auf einer Pritsche, ein zweiter sitzt mit bandagiertem Kiefer an einem Tisch. Präsident Wolodymyr \
Selenskyj hatte am Samstag mitgeteilt, ukrainische Fallschirmjäger und Spezialkräfte hätten im \
Gebiet Kursk [[zwei]] nordkoreanische Soldaten lebend gefangen genommen. Einer sei 20, der andere \
26 Jahre alt.</p>
<p>Wie hoch der Blutzoll der Nordkoreaner insgesamt ist, darüber gehen die Angaben auseinander. \
Der südkoreanische Nachrichtendienst NIS geht nach Angaben von Abgeordneten, die er am Montag \
unterrichtete, von [[etwa 300]] Gefallenen und [[2.700]] Verwundeten aus. Das Weiße Haus hatte \
Ende Dezember von [[über 1.000]] Toten und Verletzten binnen einer einzigen Woche gesprochen.</p>
<h2>„Die Uniformen sind zwei Nummern zu groß“</h2>
<p>Lena Bräutigam forscht an der Hochschule Darmstadt zur Echtheitsprüfung von Bild- und \
Videomaterial. Sie hat die Aufnahmen aus Kiew Bild für Bild analysiert und hält sie für \
authentisch. „Die Uniformen sind russisch, aber zwei Nummern zu groß, und die Männer sprechen \
einen Dialekt aus dem Norden“, sagt sie im Gespräch mit Welle Darmstadt.</p>
<p>Bräutigam verfolgt seit Monaten auch die Zahlen. Von den ursprünglich [[rund 11.000]] Mann, die \
Pjöngjang im Herbst entsandt habe, seien nach ihrer Schätzung derzeit noch [[8.000 bis 9.000]] an \
der Front einsatzfähig. „Das ist immer noch eine Größe, mit der Moskau plant.“</p>
<p>In Darmstadt leben nach Zahlen der Stadt rund 2.400 Geflüchtete aus der Ukraine. Die Hochschule \
betreut derzeit 37 ukrainische Studierende.</p>
</article>
<aside><p>Das ganze Gespräch mit Lena Bräutigam hören Sie heute ab 18.05 Uhr auf UKW 99,4 (Länge: \
6:40 Minuten).</p></aside>
<footer>© 2025 Welle Darmstadt GmbH &amp; Co. KG · Studio: Rheinstraße 12 · Hörertelefon 06151 99 \
40 40 · <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("3.000", 3000, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the teaser's NIS sum", opt=True),
        C("rund 3.000", 3000, "approx", "casualties", "south_korea", "mon..pub",
          "teaser 'Südkoreas Geheimdienst beziffert': the NIS figures of the body (Monday) to "
          "publication: dead and wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "number word: Zelensky 'hatte am Samstag mitgeteilt': captured alive"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS 'nach Angaben von Abgeordneten, die er am Montag unterrichtete': dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the other part of the same count, not an increment)"),
        C("über 1.000", 1000, "at_least", "casualties", "united_states", "2024-12-21..2024-12-31",
          "the White House 'Ende Dezember': dead and wounded within one week"),
        C("rund 11.000", 11000, "approx", "in_russia", "other", "pub",
          "Darmstadt researcher in Konjunktiv (undated interview): sent in autumn"),
        C("8.000 bis 9.000", None, "range", "near_front", "other", "pub",
          "same sentence, 'nach ihrer Schätzung': still fit for combat at the front"),
    ),
)

T03 = Source(
    article_id="t30_03_noe_sender_abzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-19"),
    dated_by="front_matter", crlf=True,
    features="Lower Austrian broadcaster's web text in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, hyphens, no euro sign), front matter with `date:` (Wednesday) and German keys "
        "('titel:', 'sender:'); 'Jänner', 'Feber', 'heuer'; headline 'Kiew:' from the SSO "
        "spokesman, whose day comes in the sentence before the figure ('Das sagte am Montag … "
        "Er nannte auch eine Zahl'); the NIS 'Im Jänner' (month window, dead and wounded); NATO "
        "'Diese Zahl nannte … Rutte am Donnerstag vergangener Woche' (the date after the "
        "figure); HUR 'vergangene Woche' `1.500` that 'folgen könnten' (planned increment); an "
        "officer of the military academy in Wiener Neustadt 'heuer noch einige tausend "
        "nachgeschickt' (vague increment, other, `pub`); 'etwa ein Drittel' (fraction), drone "
        "prices, cadets, lecture date and time",
    text="""\
---
titel: "Nordkoreaner vorerst von der Kursk-Front abgezogen"
date: 2025-02-19
sender: Donauland TV
ressort: Welt
schlagworte: [Ukraine, Russland, Nordkorea, Bundesheer]
---

# Kiew: [[4.000]] Nordkoreaner getötet oder verwundet

**Nach schweren Verlusten sind Pjöngjangs Soldaten offenbar von der Front im russischen Gebiet \
Kursk abgezogen worden. Ein Offizier der Theresianischen Militärakademie in Wiener Neustadt \
erklärt, was dahinterstecken könnte.**

Seit Ende Jänner wurden die Einheiten aus Nordkorea nicht mehr in Gefechten gesichtet. Das sagte \
am Montag der Sprecher der ukrainischen Spezialeinsatzkräfte, Oleksandr Kindratenko, im \
ukrainischen Fernsehen. Er nannte auch eine Zahl: Von den Nordkoreanern seien mittlerweile \
[[rund 4.000]] getötet oder verwundet worden, etwa ein Drittel der gesamten Truppe.

Aus Seoul kamen ähnliche Signale. Der südkoreanische Geheimdienst NIS bestätigte den Rückzug, \
blieb bei den Verlusten aber vorsichtiger. Im Jänner sprach der Dienst von [[rund 300]] toten und \
[[2.700]] verletzten Nordkoreanern. Seither dürften es mehr geworden sein, hieß es.

Nach Einschätzung der NATO halten sich insgesamt noch [[etwa 8.000]] nordkoreanische Soldaten in \
Russland auf. Diese Zahl nannte Generalsekretär Mark Rutte am Donnerstag vergangener Woche am \
Rande eines Treffens der Verteidigungsminister in Brüssel.

Der ukrainische Militärgeheimdienst HUR meldete wiederum vergangene Woche, in Nordkorea würden \
bereits neue Soldaten für den Einsatz vorbereitet. Die Rede war von [[1.500]] Mann, die im \
Frühjahr folgen könnten.

## "Die lernen schnell"

Oberst Herbert Pichlmayr unterrichtet an der Militärakademie in Wiener Neustadt Taktik und \
verfolgt den Krieg seit drei Jahren Tag für Tag. Für eine dauerhafte Pause hält er den Abzug \
nicht. "Die Nordkoreaner lernen schnell", sagt Pichlmayr. "Ich rechne damit, dass heuer noch \
[[einige tausend]] nachgeschickt werden."

Die hohen Verluste erklärt der Offizier mit der Taktik der ersten Wochen: Die Soldaten seien in \
dichten Gruppen über offenes, verschneites Gelände vorgerückt - ein leichtes Ziel für ukrainische \
Drohnen, die oft nur ein paar hundert Euro kosten. Inzwischen, so Pichlmayr, hätten die \
Nordkoreaner dazugelernt.

Der Kreml hat den Einsatz bis heute nicht bestätigt. Kremlsprecher Dmitri Peskow sprach Anfang \
Feber von "Erfindungen westlicher Medien".

An der Militärakademie in Wiener Neustadt werden derzeit rund 400 Fähnriche ausgebildet. Pichlmayr \
hält am 6. März um 18 Uhr im Stadtmuseum einen öffentlichen Vortrag zum Thema, der Eintritt ist \
frei.
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "headline 'Kiew:': the SSO figure of the body (Monday) to publication"),
        C("rund 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "SSO spokesman: 'Das sagte am Montag …' in the sentence before, carried by 'Er nannte "
          "auch eine Zahl', Konjunktiv: killed or wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "NIS, an older figure 'Im Jänner' (month window): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "same sentence: wounded (not an increment)"),
        C("etwa 8.000", 8000, "approx", "in_russia", "nato", "2025-02-13",
          "'Nach Einschätzung der NATO', dated by the next sentence (Rutte 'am Donnerstag "
          "vergangener Woche'): still in Russia"),
        C("1.500", 1500, "exact", "planned", "ukraine", "lastweek",
          "HUR 'meldete … vergangene Woche': new soldiers who 'folgen könnten' (increment)",
          add=True),
        C("einige tausend", None, "vague", "planned", "other", "pub",
          "Wiener Neustadt academy officer in a quote, no date ('heuer' is the event): "
          "'nachgeschickt' (increment)", add=True),
    ),
)

T04 = Source(
    article_id="t30_04_zuercher_oberland_panmunjom",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-02"),
    dated_by="dateline", crlf=True,
    features="Zurich Oberland paper as plain text, windows-1252 with CRLF: Swiss `14'000`, "
        "`10'000`, four-digit `4700`/`3000`/`5000`, «», 'ss' (no ß), dateline 'Wetzikon, 2. "
        "April 2025 –' (Wednesday); a quote headline without a figure; the lead 'Seoul zählt "
        "inzwischen' from the JCS figure of the body (Monday to publication); the JCS 'am "
        "Montag' with 'darunter etwa 600' (breakdown), 'weitere 3000 … nachgeschoben' "
        "(increment, 'teilte der Generalstab mit' after the figure) and the new total 'gegen "
        "14'000' (approx); Syrskyi 'vergangene Woche auf Telegram'; a former Panmunjom officer "
        "from Rüti 'rechnet damit' 'nochmals mindestens 5000' (planned increment, other, "
        "`pub`); ages, months of service, army size, Swiss officers, francs, talk date",
    text="""\
«Kim schickt seine Soldaten in eine Fleischmühle»

Ein Rütner, der einst in Panmunjom Dienst tat, verfolgt den Einsatz nordkoreanischer Truppen in \
Russland mit grosser Sorge. Seoul zählt inzwischen [[rund 4700]] Tote und Verwundete.

Wetzikon, 2. April 2025 – Hans-Peter Ammann hat vierzehn Monate seines Lebens an der \
innerkoreanischen Grenze verbracht. Als Oberst der Neutralen Überwachungskommission sass er in den \
Neunzigerjahren in Panmunjom, ein paar Schritte von den nordkoreanischen Wachposten entfernt. «Das \
waren Buben, 19 oder 20 Jahre alt, die kaum je etwas anderes als ihre Kaserne gesehen hatten», \
erinnert sich der 71-Jährige, der heute in Rüti lebt.

Genau solche jungen Männer kämpfen jetzt für Russland. Südkoreas Generalstab bezifferte die \
Verluste der Nordkoreaner am Montag auf [[rund 4700]] Mann, darunter [[etwa 600]] Gefallene. \
Zugleich habe Pjöngjang seit Jahresbeginn weitere [[3000]] Soldaten nachgeschoben, teilte der \
Generalstab mit. Insgesamt seien damit [[gegen 14'000]] Nordkoreaner nach Russland gebracht worden.

Die ukrainische Armeeführung spricht von mehr Kräften an der Front. Oberbefehlshaber Olexander \
Sirski schrieb vergangene Woche auf Telegram, bei Kursk stünden wieder [[über 10'000]] \
Nordkoreaner im Kampf, nun besser ausgerüstet und mit eigenen Drohnenteams.

«Kim schickt seine Soldaten in eine Fleischmühle», sagt Ammann. Er hält die Angaben aus Seoul für \
glaubwürdig. Für das Regime in Pjöngjang sei der Krieg ein Geschäft, bei dem Menschenleben keine \
Rolle spielten. Ammann rechnet damit, dass Kim bis Ende Jahr nochmals [[mindestens 5000]] Mann \
schicken wird. «Die Armee im Norden zählt über eine Million Soldaten. Da fällt das kaum ins \
Gewicht.»

Moskau schweigt. Das russische Aussenministerium wies die Berichte aus Seoul am Dienstag als \
«Propaganda» zurück, ohne auf Zahlen einzugehen.

Die Schweiz stellt bis heute fünf Offiziere für die Kommission in Panmunjom, das Mandat kostet den \
Bund rund 2,5 Millionen Franken im Jahr. Ammann spricht am 9. April um 19.30 Uhr im \
Kirchgemeindehaus Wetzikon über seine Zeit an der Grenze. Eintritt frei, Kollekte.
""",
    claims=(
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "mon..pub",
          "lead 'Seoul zählt inzwischen': the JCS figure of the body (Monday) to publication"),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "mon",
          "JCS 'bezifferte … am Montag': losses"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'darunter … Gefallene' (a breakdown): dead"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "mon",
          "'weitere … nachgeschoben', 'teilte der Generalstab mit' after the figure "
          "(increment; span without 'weitere')", add=True),
        C("gegen 14'000", 14000, "approx", "in_russia", "south_korea", "mon",
          "'Insgesamt seien damit': the new total, not an increment; 'gegen' = about"),
        C("über 10'000", 10000, "at_least", "near_front", "ukraine", "lastweek",
          "Syrskyi 'schrieb vergangene Woche auf Telegram': in combat near Kursk"),
        C("mindestens 5000", 5000, "at_least", "planned", "other", "pub",
          "former Panmunjom officer 'rechnet damit' (present tense): 'nochmals' (increment)",
          add=True),
    ),
)

T05 = Source(
    article_id="t30_05_veteranenmagazin_kursk_lehren_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-07-10"),
    dated_by="front_matter",
    features="German veterans' association magazine in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:` (Thursday), issue and author keys, a title without a figure, »« "
        "quotes; the magazine's own compilation 'Nach einer Zusammenstellung der Redaktion' "
        "(unattributed, required, range); the NIS 'Ende April'; Shoigu 'Mitte Juni' in "
        "Pyongyang (deminers and builders: planned, not increments); Budanov 'Anfang Juli' "
        "'bis zu 30.000 zusätzliche' (increment); Rutte at the summit in The Hague 'Ende Juni' "
        "in »…«; a Munich military historian 'geht davon aus' (other, `pub`); the Bundeswehr's "
        "strength, members, meeting date, fee",
    text="""\
---
title: "Was wir von Kursk lernen können"
date: 2025-07-10
heft: "Kompass 3/2025"
rubrik: Lage und Analyse
autor: Oberstleutnant a.D. Jörg Wendland
---

# Was wir von Kursk lernen können

**Nordkoreas Soldaten galten als Kanonenfutter. Inzwischen kämpfen sie anders – und es sollen bald \
deutlich mehr werden. Eine Lageeinschätzung für unsere Mitglieder.**

Wer in Afghanistan oder Mali im Einsatz war, weiß, wie lange eine Armee braucht, um aus eigenen \
Fehlern zu lernen. Die nordkoreanischen Verbände im russischen Gebiet Kursk haben dafür offenbar \
nur wenige Monate gebraucht. Im Herbst 2024 liefen sie noch in dichten Reihen über offene Felder \
und wurden von ukrainischen Drohnen regelrecht aufgerieben. Heute graben sie sich ein, tarnen sich \
und steuern selbst Drohnen.

Gelernt haben sie teuer. Nach einer Zusammenstellung der Redaktion, die sich auf veröffentlichte \
Angaben aus Seoul, Kiew und Washington stützt, sind seit Oktober vergangenen Jahres \
[[zwischen 4.500 und 6.000]] nordkoreanische Soldaten getötet oder verwundet worden. Seouls \
Geheimdienst NIS hatte Ende April allein die Zahl der Gefallenen auf [[rund 600]] geschätzt.

## Moskau will mehr

Trotzdem setzt der Kreml weiter auf Kräfte aus Fernost. Sergej Schoigu, Sekretär des russischen \
Sicherheitsrats, reiste Mitte Juni erneut nach Pjöngjang. Im Anschluss an seine Gespräche mit Kim \
Jong Un ließ er wissen, Nordkorea werde [[1.000]] Minenräumer sowie [[5.000]] \
Militärbauarbeiter in das Gebiet Kursk entsenden.

Kiew erwartet noch deutlich mehr. Der Chef des ukrainischen Militärgeheimdienstes HUR, Kyrylo \
Budanow, sagte Anfang Juli einem Kiewer Nachrichtenportal, Pjöngjang könne [[bis zu 30.000]] \
zusätzliche Soldaten bereitstellen. Sie sollten, so Budanow, vor allem die ausgebluteten \
russischen Infanterieverbände auffüllen.

Beim NATO-Gipfel in Den Haag Ende Juni hatte Generalsekretär Mark Rutte die nordkoreanische \
Präsenz noch mit »[[rund 11.000]] Mann« beziffert. Die Zahl ist seit Monaten nahezu unverändert.

## Was heißt das für uns?

Die Militärhistorikerin Karin Albers von der Universität der Bundeswehr München geht davon aus, \
dass derzeit [[etwa 10.000]] Nordkoreaner in Kursk und an der Grenze zum ukrainischen Gebiet Sumy \
stehen. »Eine Armee, die ein Jahr lang unter Drohnenbeobachtung gekämpft hat, ist eine andere \
Armee«, sagt sie. Für die Bundeswehr mit ihren gut 181.000 Soldatinnen und Soldaten heiße das: Die \
Ausbildung müsse sich schneller an das Gefechtsfeld anpassen.

*Der Verband zählt rund 4.200 Mitglieder. Die Jahreshauptversammlung findet am 20. September in \
Koblenz statt; Anmeldung bis 31. August, Tagungsbeitrag 36 Euro.*
""",
    claims=(
        C("zwischen 4.500 und 6.000", None, "range", "casualties", "unattributed", "pub",
          "the magazine's own compilation ('Nach einer Zusammenstellung der Redaktion'): "
          "unattributed, required"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "NIS 'hatte Ende April … geschätzt': dead"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "Shoigu 'Mitte Juni' in Pyongyang: deminers to be sent (no increment word)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "Budanov 'sagte Anfang Juli', Konjunktiv: 'zusätzliche' (increment)", add=True),
        C("rund 11.000", 11000, "approx", "in_russia", "nato", "2025-06-21..2025-06-30",
          "Rutte at the summit in The Hague 'Ende Juni' in »…«: present in Russia"),
        C("etwa 10.000", 10000, "approx", "near_front", "other", "pub",
          "Munich military historian 'geht davon aus' (no date): in Kursk and at the border"),
    ),
)

T06 = Source(
    article_id="t30_06_harburg_gemeinde_konsul_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-09-25"),
    dated_by="sidecar",
    sidecar=(
        "Süderelbe Rundschau",
        "https://www.suederelbe-rundschau.example/harburg/friedensabend-koreanische-gemeinde-"
        "konsul-5531",
        "Konsul: Rund 2.000 Nordkoreaner in Russland gefallen",
    ),
    features="Hamburg district paper's web page in HTML, windows-1252 (`<meta http-equiv>` "
        "charset, raw „“ and –), no meta date (sidecar, Thursday), a stats script, privacy "
        "notice, district navigation, footer with address and phone; place line 'Harburg.'; "
        "headline 'Konsul:' from the South Korean consul's talk 'am Dienstagabend' (Tuesday to "
        "publication); the consul relays the NIS ('stützte sich auf Angaben', 'Demnach'): "
        "total in „…“, 'etwa 2.000 von ihnen' (breakdown), `6.000` builders 'zusätzlich zu den "
        "Kampftruppen' (increment); KCNA 'Ende August' „Hunderten Helden“ (north_korea); HUR "
        "'am vergangenen Freitag' (an ISO date) next to 'die Hälfte davon' (fraction); a "
        "Hamburg political scientist 'am selben Abend' (Tuesday, other); visitors, members, "
        "founding year, collection, bus line",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Harburg: Koreanischer Konsul spricht über Nordkoreas Soldaten – Süderelbe Rundschau</title>
<meta name="keywords" content="Harburg, Korea, Gemeinde, Ukraine">
<script src="/js/rundschau-stats.js" data-site="suederelbe" data-ressort="stadtteil"></script>
</head>
<body>
<div id="privacy">Wir messen mit Cookies, wie oft unsere Artikel gelesen werden. <a \
href="/privacy">Mehr dazu</a> <button>In Ordnung</button> <button>Ablehnen</button></div>
<ul class="navi"><li><a href="/harburg">Harburg</a></li><li><a \
href="/wilhelmsburg">Wilhelmsburg</a></li><li><a href="/neugraben">Neugraben</a></li><li><a \
href="/sport">Sport</a></li><li><a href="/termine">Termine</a></li></ul>
<div class="artikel">
<h1>Konsul: [[Rund 2.000]] Nordkoreaner in Russland gefallen</h1>
<p class="unterzeile">Friedensabend in der koreanischen Gemeinde an der Hastedtstraße – Besucher \
hören, was Seoul über Kims Soldaten weiß</p>
<p>Harburg. Etwa 60 Besucher waren am Dienstagabend in den Gemeindesaal der Koreanischen \
Evangelischen Gemeinde gekommen, viele von ihnen zum ersten Mal. Eingeladen hatte Pastorin Kim \
Eun-sook zu einem „Abend für den Frieden“, als Gast sprach Park Ji-hoon, Konsul am Generalkonsulat \
der Republik Korea in Hamburg.</p>
<p>Was Park vortrug, stützte sich auf Angaben des südkoreanischen Nachrichtendienstes NIS. Demnach \
hat Pjöngjang bislang „[[rund 15.000]]“ Mann in den Krieg Russlands geschickt; gefallen seien \
[[etwa 2.000]] von ihnen. Seit dem Sommer seien außerdem [[6.000]] Pioniere und Bauarbeiter im \
Gebiet Kursk im Einsatz – zusätzlich zu den Kampftruppen, erklärte der Diplomat.</p>
<p>Pjöngjang selbst hatte die Toten lange verschwiegen. Erst Ende August zeigte das \
Staatsfernsehen, wie Machthaber Kim Jong Un mit Flaggen bedeckte Särge abschritt; die amtliche \
Nachrichtenagentur KCNA sprach dabei von „[[Hunderten]] Helden“, die im Ausland ihr Leben gegeben \
hätten.</p>
<p>Die ukrainische Seite nennt andere Zahlen. Der Militärgeheimdienst HUR hatte am vergangenen \
Freitag erklärt, derzeit hielten sich [[rund 11.000]] Nordkoreaner in Russland auf, die Hälfte \
davon in Grenznähe.</p>
<p>Die Hamburger Politikwissenschaftlerin Min-ji Schulte-Kang, die am selben Abend auf dem Podium \
saß, rechnet mit weiteren Entsendungen. „[[20.000]] bis Jahresende halte ich für realistisch“, \
sagte sie. Für viele Gemeindemitglieder ist das Thema sehr persönlich: Einige haben Verwandte im \
Norden, von denen sie seit Jahrzehnten nichts gehört haben.</p>
<p>Die Gemeinde wurde 1974 von koreanischen Krankenschwestern und Bergleuten gegründet und zählt \
heute rund 180 Mitglieder. Bei der Kollekte kamen 1.240 Euro für ein Kinderheim in Charkiw \
zusammen. Der nächste Gesprächsabend ist für den 23. Oktober geplant; die Gemeinde erreicht man \
mit der Buslinie 143, Haltestelle Hastedtplatz.</p>
</div>
<footer>Süderelbe Rundschau · Lokalredaktion Harburg, Lüneburger Straße 9 · Telefon 040 7 66 21 30 \
· © 2025</footer>
</body>
</html>
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "headline 'Konsul:': the consul's figure of the body (Tuesday evening) to "
          "publication: dead"),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "tue",
          "South Korean consul (a diplomat belongs to his government) relaying the NIS "
          "('Demnach'), the talk 'am Dienstagabend': sent"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same sentence, 'von ihnen seien gefallen' (a breakdown): dead"),
        C("6.000", 6000, "exact", "near_front", "south_korea", "tue",
          "same talk: deployed in the Kursk region 'zusätzlich zu den Kampftruppen' "
          "(increment)", add=True),
        C("Hunderten", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August' „…Helden“ who gave their lives abroad"),
        C("rund 11.000", 11000, "approx", "in_russia", "ukraine", "2025-09-19",
          "HUR 'am vergangenen Freitag' (the Friday before the Thursday of publication)"),
        C("20.000", 20000, "exact", "planned", "other", "tue",
          "Hamburg political scientist on the same evening's panel ('am selben Abend'): "
          "realistic by the year's end"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

T07 = Source(
    article_id="t30_07_dhaka_weekly_first_losses_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-20"),
    dated_by="sidecar",
    sidecar=(
        "Dhaka Weekly Courier",
        "https://www.dhakaweeklycourier.example/world-this-week/kims-soldiers-start-to-fall",
        "Kim's soldiers start to fall in Kursk",
    ),
    features="Bangladeshi English weekly's 'World This Week' page in Markdown, UTF-8, front "
        "matter without a date (sidecar, Friday), volume and issue; headline 'Pentagon:' "
        "`Hundreds` from Ryder's Monday figure (Monday to publication); Ryder 'on Monday' "
        "\"several hundred\"; 'Seoul's estimate came three days later' with the NIS briefing "
        "'on Thursday' (`at least 100` dead, `nearly 1,000` wounded); Zelensky 'on Wednesday'; "
        "the State Department's deputy spokesman 'Asked on Tuesday' answering in a quote; a "
        "Dhaka University professor 'crosses 20,000' (at_least, other, `pub`); Bangladeshi "
        "recruits in Russia's army and their dead, fees in taka lakh",
    text="""\
---
title: "Kim's soldiers start to fall in Kursk"
section: World This Week
author: Farhana Rahman
edition: Vol. 12, Issue 51
---

# Pentagon: [[Hundreds]] of North Korean troops killed or wounded

*Seoul and Kyiv publish their own casualty counts as Pyongyang's soldiers see their first heavy \
fighting; in Dhaka, families of men lured into Russia's army wait for news.*

North Korea's troops in Russia have taken their first serious losses, according to three \
governments watching the war closely. At the Pentagon, Major General Pat Ryder told reporters on \
Monday that the North Koreans had suffered "[[several hundred]]" casualties, a figure he said \
covered both the dead and the wounded. He would not be more precise.

Seoul's estimate came three days later. Lawmakers who sat through a closed briefing by the \
National Intelligence Service on Thursday said the spy agency counted [[at least 100]] North \
Korean dead and [[nearly 1,000]] wounded. One of them, Lee Seong-kweun, said the soldiers had been \
"used up" in assaults across open fields, with little idea of how to shelter from drones.

Kyiv's count is higher still. President Volodymyr Zelensky wrote on Wednesday that the Kursk \
fighting had cost Pyongyang "[[more than 3,000]]" men dead or injured, citing preliminary data \
from his commanders.

Washington's overall picture has not changed in weeks. Asked on Tuesday how many North Korean \
soldiers were now in Russia, the State Department's deputy spokesman answered: \
"[[Roughly 11,000]], and most of them are in Kursk."

## The Dhaka connection

For Bangladesh, the war is less distant than it looks. The foreign ministry confirmed this month \
that at least 10 Bangladeshi men who had been promised jobs as cleaners and cooks ended up in \
Russian uniforms; two of them are known to have died. Their families say agents charged them up to \
Tk 12 lakh each.

Dr Mahmudul Karim, who teaches international relations at the University of Dhaka, believes \
Pyongyang is only getting started. "Kim gets oil, food and hard currency for every soldier. I \
would not be surprised if the number he sends crosses [[20,000]] by the spring," he said.

Moscow has still not confirmed that any North Korean soldier is on its territory.
""",
    claims=(
        C("Hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "headline 'Pentagon:': Ryder's figure of the lead (Monday) to publication"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Ryder 'told reporters on Monday' in \"…\": dead and wounded"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmakers after the NIS briefing 'on Thursday' ('three days later'): dead"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same sentence: wounded (not an increment)"),
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "wed",
          "Zelensky 'wrote on Wednesday' in \"…\": killed or wounded"),
        C("Roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "State Department deputy spokesman 'Asked on Tuesday', answer in a quote: in Russia"),
        C("20,000", 20000, "at_least", "planned", "other", "pub",
          "Dhaka professor, no date: the number he sends 'crosses' (at_least) by the spring"),
    ),
)

T08 = Source(
    article_id="t30_08_welsh_daily_return_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-12"),
    dated_by="html_meta", crlf=True,
    features="Welsh daily's world page in HTML, windows-1252 with CRLF (raw ’ “ ” and ·, £), "
        "`article:published_time` with +00:00, `og:title` and `<title>` without a figure, an "
        "ad-slot script, consent notice, navigation with 'Cymraeg', footer with a company "
        "number and phone; standfirst 'South Korea’s military says' `about 3,000` more (JCS "
        "'last Thursday' to publication, increment); the JCS 'last Thursday' in a Wednesday "
        "article (an ISO date) with `around 3,000` additional (increment) and the new total "
        "'said at the time'; the UK Defence Ministry's 'Sunday intelligence bulletin' (a third "
        "government: other); the General Staff spokesman 'on Tuesday' 'put the number … at' in "
        "“…”; an anonymous Nato official 'On Monday' “thousands”; a Cardiff Korean studies "
        "lecturer 'By her own reckoning' (other, `pub`); Ukrainians in Wales, thank-you "
        "payments",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="windows-1252">
<title>North Korean troops back on Kursk front, says Seoul | The Cambrian Daily</title>
<meta property="article:published_time" content="2025-03-12T07:15:00+00:00">
<meta property="og:title" content="North Korean troops back on Kursk front, says Seoul">
<script>var cdAds={slots:["mpu-300x250","leader-728x90"],section:"world"};</script>
</head>
<body>
<div class="consent">We and our partners use cookies to run this site and to show you adverts that \
fit. <a href="/cookies">Manage choices</a> <button>Accept all</button> <button>Reject \
non-essential</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/wales">Wales</a> | <a \
href="/world">World</a> | <a href="/rugby">Rugby</a> | <a href="/cymraeg">Cymraeg</a></nav>
<article>
<h1>North Korean troops back on Kursk front, says Seoul</h1>
<p class="standfirst">South Korea’s military says [[about 3,000]] more soldiers have been sent \
since January, as a Cardiff academic warns the deployment is turning into a rotation</p>
<p class="byline">By Gethin Rowlands, Foreign Affairs Reporter · Wednesday 12 March 2025</p>
<p>Pyongyang’s infantry is back in action around Sudzha, in Russia’s Kursk region, following a \
lull of several weeks, according to South Korea’s military.</p>
<p>Seoul’s Joint Chiefs of Staff said last Thursday that Pyongyang had dispatched [[around 3,000]] \
additional troops in January and February to fill the gaps left by the losses of December and \
January. That would bring the number sent since October to [[some 14,000]], the JCS said at the \
time.</p>
<p>In its Sunday intelligence bulletin, Britain’s Ministry of Defence reported that the North \
Koreans had been “reintroduced” to combat near Sudzha. It estimated that [[more than 4,000]] of \
them had been killed or wounded since November.</p>
<p>Ukraine’s military says the returning units are better prepared than before. A spokesman for \
the General Staff, speaking on national television on Tuesday, put the number of North Koreans now \
fighting around Sudzha at “[[roughly 2,000]]”, mostly in small assault groups backed by drones. On \
Monday an alliance official at Nato headquarters, speaking anonymously, said that “[[thousands]]” \
were again in combat.</p>
<p>Dr Rhian Pritchard, who lectures in Korean studies at Cardiff University, said the return \
showed how much Moscow now depended on Pyongyang’s manpower. “What started as a one-off is turning \
into a rotation,” she said. By her own reckoning, [[between 12,000 and 15,000]] North Koreans are \
currently in Russia.</p>
<p>Wales has taken in more than 7,700 Ukrainians under the Homes for Ukraine scheme since 2022, \
according to the Welsh Government. Host families in Ceredigion and Gwynedd still receive a £350 \
monthly thank-you payment.</p>
<p>Pyongyang has never acknowledged sending troops. Russia’s foreign ministry on Monday again \
dismissed the reports from Seoul as “fabrications”.</p>
</article>
<footer>© 2025 Cambrian Media Ltd · Registered in Wales No. 04418230 · <a \
href="/contact">Contact</a> · Newsdesk 029 2000 1845</footer>
</body>
</html>
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-06..pub",
          "standfirst 'South Korea’s military says … more': the JCS figure of the body ('last "
          "Thursday') to publication (increment; span without 'more')", add=True),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-06",
          "JCS 'said last Thursday' (the week before the Wednesday of publication): "
          "'additional' (increment)", add=True),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "2025-03-06",
          "'That would bring the number sent … to', 'the JCS said at the time': a new total"),
        C("more than 4,000", 4000, "at_least", "casualties", "other", "sun",
          "UK Ministry of Defence's 'Sunday intelligence bulletin' (a third government): "
          "killed or wounded"),
        C("roughly 2,000", 2000, "approx", "near_front", "ukraine", "tue",
          "General Staff spokesman 'on Tuesday' 'put the number … at' “…”: fighting near Sudzha"),
        C("thousands", None, "vague", "near_front", "nato", "mon",
          "'On Monday an alliance official at Nato headquarters, speaking anonymously, said' "
          "“…”: again in combat"),
        C("between 12,000 and 15,000", None, "range", "in_russia", "other", "pub",
          "Cardiff lecturer 'By her own reckoning' (no date): currently in Russia"),
    ),
)

T09 = Source(
    article_id="t30_09_colorado_paper_sappers_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "The Front Range Sentinel",
        "https://www.frontrangesentinel.example/news/world/2025/06/20/north-korea-deminers-"
        "builders-kursk-shoigu",
        "Russia says North Korea will send 6,000 deminers, builders to Kursk",
    ),
    features="US Colorado paper as plain text, UTF-16 LE with BOM (sidecar, Friday), a deck and "
        "a byline block; headline 'Russia says' `6,000` (the sum of Shoigu's figures, Tuesday "
        "to publication); Shoigu described by an apposition 'announced Tuesday' (US style "
        "without 'on'): deminers and builders (planned, not increments); the NIS 'earlier this "
        "month'; a Ukrainian embassy spokeswoman 'said by email Thursday'; a Colorado Springs "
        "congressman at a town hall 'on Saturday' 'upward of 12,000' (at_least, united_states); "
        "a UCCS professor 'Tens of thousands more could follow' (vague planned increment, "
        "other, `pub`); the paper's own review of public estimates (unattributed, required, "
        "range); Fort Carson's strength and a brigade rotation, veterans' chapter members and "
        "ages, the war's anniversary, temperatures",
    text="""\
Russia says North Korea will send [[6,000]] deminers, builders to Kursk

Colorado Springs congressman calls the deal "a warning for the whole Pacific"

By Dana Kowalczyk
The Front Range Sentinel

North Korea is preparing to send military engineers and construction crews to help Russia in the \
Kursk region, where its infantry has already fought and died, a senior Russian official said this \
week.

Sergei Shoigu, Vladimir Putin's former defense minister and now the Kremlin's top security \
official, announced Tuesday in Pyongyang that Pyongyang had agreed to provide [[1,000]] sappers \
for mine clearance plus [[5,000]] military construction workers. He spoke after meeting Kim Jong \
Un for the second time in two weeks.

South Korea's intelligence service estimated earlier this month that [[about 11,000]] North Korean \
troops remain in Russia. Ukraine, which has fought them since November, keeps count of the losses: \
a spokeswoman for Ukraine's embassy in Washington said by email Thursday that [[nearly 5,000]] \
North Koreans had been killed or wounded so far.

Rep. Carl Hendricks, R-Colorado Springs, who sits on the House Armed Services Committee, told a \
town hall in Monument on Saturday that "we are looking at [[upward of 12,000]] North Korean troops \
on Russian soil." He added: "Every engineer Kim sends frees up a Russian soldier for the front. \
That should be a warning for the whole Pacific."

Mariana Oyelaran-Ruiz, who teaches East Asian security at the University of Colorado Colorado \
Springs, expects the engineering contingent to be only a first wave. "[[Tens of thousands]] more \
could follow if Moscow keeps paying," she said.

A Sentinel review of public estimates from Seoul, Kyiv and Washington puts North Korea's losses at \
[[between 4,000 and 6,000]] killed or wounded since last fall.

The news resonated at Fort Carson, where the 4th Infantry Division's roughly 24,000 soldiers \
include a brigade that rotated through Poland last year; about 3,500 of its troops came home in \
February.

The Korean War Veterans Association chapter in Colorado Springs, which has 42 members, the \
youngest of them 89, plans a ceremony at Memorial Park on June 25, the 75th anniversary of the \
war's start. Organizers expect temperatures in the low 90s and ask visitors to bring water.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia says': the sum of Shoigu's figures of the body (Tuesday) to "
          "publication"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu (apposition) 'announced Tuesday' in Pyongyang: sappers to be sent"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military construction workers (no increment word)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-06-01..pub",
          "South Korea's intelligence service 'earlier this month': remain in Russia"),
        C("nearly 5,000", 5000, "approx", "casualties", "ukraine", "thu",
          "Ukrainian embassy spokeswoman 'said by email Thursday': killed or wounded"),
        C("upward of 12,000", 12000, "at_least", "in_russia", "united_states", "sat",
          "Colorado Springs congressman at a town hall 'on Saturday', in a quote: on Russian "
          "soil"),
        C("Tens of thousands", None, "vague", "planned", "other", "pub",
          "UCCS professor, no date: 'more could follow' (increment; span without 'more')",
          add=True),
        C("between 4,000 and 6,000", None, "range", "casualties", "unattributed", "pub",
          "'A Sentinel review of public estimates' (the paper's own reckoning: unattributed, "
          "required): killed or wounded"),
    ),
)

T10 = Source(
    article_id="t30_10_yerevan_outlet_confirmation_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-04-29"),
    dated_by="sidecar",
    sidecar=(
        "Ararat Mirror",
        "https://www.ararat-mirror.example/en/world/moscow-pyongyang-confirm-kursk-deployment",
        "Moscow and Pyongyang confirm North Korean troops fought in Kursk",
    ),
    features="Armenian English-language outlet in HTML, ISO-8859-1 (quotes only as entities "
        "`&ldquo;`/`&rdquo;`, `&middot;`, Armenian script as numeric entities in the "
        "navigation), no meta date (sidecar, Tuesday), a tag script, cookie note, a place line "
        "'YEREVAN, April 29' without a year; headline without a figure; lead 'Seoul says' from "
        "the JCS reply 'the same day' (Monday to publication); the Duma defence committee "
        "chairman 'on Monday' &ldquo;several thousand&rdquo; (russia); the JCS 'responded the "
        "same day' (Monday) with 'the JCS said' in mid-sentence and 'of whom roughly 4,700'; "
        "the State Department recalling 'since October, when it first put the force at' "
        "(October 2024); Ukraine's General Staff 'on Saturday'; a NATO spokesperson by email "
        "(no date); a Yerevan analyst 'up to 20,000 more' (at_most, increment, other, `pub`); "
        "the Russian base in Gyumri, Armenians killed in Russia's army, address and phone",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Moscow and Pyongyang confirm North Korean troops fought in Kursk - Ararat Mirror</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var am_tags={cat:"world",lang:"en",topics:["Russia","DPRK","CSTO"]};</script>
</head>
<body>
<div class="cookies">This website uses cookies to remember your language and to count visits. <a \
href="/en/privacy">Privacy policy</a> <button>I agree</button></div>
<nav><a href="/en/">Home</a> &middot; <a href="/en/politics">Politics</a> &middot; <a \
href="/en/region">Region</a> &middot; <a href="/en/world">World</a> &middot; <a \
href="/hy/">&#1344;&#1377;&#1397;&#1381;&#1408;&#1381;&#1398;</a></nav>
<main>
<h1>Moscow and Pyongyang confirm North Korean troops fought in Kursk</h1>
<p class="lead">After six months of denials, both governments have acknowledged the deployment. \
Seoul says [[around 15,000]] soldiers have been sent.</p>
<p class="place">YEREVAN, April 29</p>
<p>Russia and North Korea have openly acknowledged for the first time that North Korean soldiers \
fought alongside Russian forces in the Kursk region. The admission, made by Russia's chief of \
general staff Valery Gerasimov on Saturday and repeated by Pyongyang's state news agency KCNA two \
days later, ends months in which Moscow brushed off the reports as &ldquo;fakes&rdquo;.</p>
<p>Neither statement said how many troops were involved. Andrei Kartapolov, who chairs the defence \
committee of Russia's State Duma, filled part of the gap on Monday, telling a Moscow radio station \
that &ldquo;[[several thousand]] Korean comrades&rdquo; had taken part in the fighting.</p>
<p>The Joint Chiefs of Staff in Seoul responded the same day. Pyongyang had sent [[around 15,000]] \
soldiers since October, the JCS said, of whom [[roughly 4,700]] had been killed or wounded.</p>
<p>In Washington, the State Department said the admission only confirmed what the United States \
had said since October, when it first put the force at &ldquo;[[more than 10,000]]&rdquo;.</p>
<p>Kyiv rejected Moscow's claim that the Kursk region had been fully recaptured. Ukraine's General \
Staff said on Saturday that [[at least 2,000]] North Koreans were still deployed near the border, \
alongside Russian paratroopers. A NATO spokesperson, answering questions from the Mirror by email, \
said the alliance estimated that [[over 11,000]] North Korean troops had been sent to Russia in \
all.</p>
<h2>What it means for Armenia</h2>
<p>The deepening military partnership between Moscow and Pyongyang is watched closely in Yerevan, \
which froze its participation in the Russian-led CSTO in 2024. Russia's 102nd military base in \
Gyumri still hosts an estimated 3,000 Russian servicemen.</p>
<p>Ani Hakobyan, a security analyst at the Yerevan-based Ararat Policy Lab, said the confirmation \
made further deployments more likely. &ldquo;Now that it is out in the open, Pyongyang could send \
[[up to 20,000]] more if Moscow asks,&rdquo; she said. Armenian rights groups say at least 40 \
Armenian citizens have been killed fighting in Russia's army since 2022.</p>
</main>
<footer><p>&copy; 2025 Ararat Mirror &middot; 15 Abovyan St, Yerevan &middot; Tel. +374 10 55 02 \
17</p></footer>
</body>
</html>
""",
    claims=(
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "mon..pub",
          "lead 'Seoul says': the JCS figure of the body (Monday) to publication"),
        C("several thousand", None, "vague", "near_front", "russia", "mon",
          "Duma defence committee chairman 'on Monday' to a radio station: took part in the "
          "fighting"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'responded the same day' (Monday), 'the JCS said' mid-sentence: sent"),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same sentence, 'of whom' (a breakdown): killed or wounded"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states",
          "2024-10-01..2024-10-31",
          "the State Department recalling 'since October, when it first put the force at' "
          "(October 2024)"),
        C("at least 2,000", 2000, "at_least", "near_front", "ukraine", "sat",
          "Ukraine's General Staff 'said on Saturday': still near the border"),
        C("over 11,000", 11000, "at_least", "in_russia", "nato", "pub",
          "NATO spokesperson by email to the outlet (no date): sent in all"),
        C("up to 20,000", 20000, "at_most", "planned", "other", "pub",
          "Yerevan analyst in a quote, no date: could send 'more' (increment)", add=True),
    ),
)

T11 = Source(
    article_id="t30_11_singapore_community_talk_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-08-28"),
    dated_by="sidecar",
    sidecar=(
        "Bukit Timah Neighbour",
        "https://www.btneighbour.example/community/far-from-kursk-korean-residents-follow-the-war",
        "Far from Kursk, Korean residents in Bukit Timah follow the war",
    ),
    features="Singapore community paper in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar, Thursday); Singapore-style dates 'on Tuesday (Aug 26)', 'on Friday (Aug "
        "22)', 'On Saturday (Aug 23)', 'on Sept 20'; headline 'Seoul says' from the NIS figure "
        "(Tuesday to publication); the NIS to a parliamentary committee (the dead alone); "
        "engineers 'arrived in Kursk', 'according to lawmakers' at the end of the sentence; "
        "state TV's returnees at a medal ceremony (optional, in_russia); HUR 'last week' with "
        "two figures ('approaching 8,000': approx); a senior US official 'in July'; an NUS "
        "research fellow's talk 'On Saturday' in \"…\" ('15,000 or more': at_least, other); "
        "South Koreans in Singapore, pupils, residents at the talk, ages, ticket price",
    text="""\
---
title: "Far from Kursk, Korean residents in Bukit Timah follow the war"
section: Community
author: Nur Aisyah Rahim
---

# Seoul says [[around 2,000]] North Korean soldiers killed in Russia

*At a talk in Bukit Timah, a researcher explained why Pyongyang keeps sending men, while South \
Korean families in the neighbourhood watch the news from home.*

South Korea's National Intelligence Service (NIS) told a parliamentary committee on Tuesday (Aug \
26) that [[about 2,000]] North Korean soldiers deployed to Russia had died, the first time in \
months that Seoul has put a number on the dead alone.

The spy agency also said [[some 1,000]] military engineers sent by Pyongyang had arrived in Kursk \
over the summer to clear mines, according to lawmakers who attended the session.

The briefing came days after North Korean state television, on Friday (Aug 22), showed Kim Jong Un \
at a ceremony in Pyongyang for returning troops. The footage showed [[hundreds]] of soldiers back \
from Kursk standing in formation as Kim pinned medals on their chests.

Kyiv's figures are higher. Ukraine's military intelligence agency said last week that \
[[around 3,000]] North Koreans had been killed and that Pyongyang's total losses, including the \
wounded, were [[approaching 8,000]].

Washington has said less. A senior US official in Seoul told reporters in July that \
[[about 11,000]] North Korean soldiers were still in Russia.

## A talk at the community club

On Saturday (Aug 23), about 80 residents filled a room at Bukit Timah Community Club to hear Dr \
Tan Wei Ling, a research fellow at a National University of Singapore institute. By her estimate, \
she told them, Pyongyang has rotated "[[15,000 or more]]" troops through Russia since last \
October, and each soldier brings the regime foreign currency and combat experience.

"For North Korea, this is the first real war in 70 years," she said.

Around 21,000 South Koreans live in Singapore, many of them in the Bukit Timah and Upper Thomson \
areas, where the Korean International School has about 900 pupils. Seo Min-jun, 46, who runs a \
bakery off Jalan Jurong Kechil, said he had relatives who left the North in the 1990s. "When I see \
those young soldiers, I think of my cousins," he said.

The next talk in the series, on the South China Sea, is on Sept 20 at 7.30pm. Tickets cost $5 and \
are sold at the club's counter.
""",
    claims=(
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "tue..pub",
          "headline 'Seoul says': the NIS figure of the body (Tuesday) to publication: dead"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "NIS 'on Tuesday (Aug 26)' to a parliamentary committee: died"),
        C("some 1,000", 1000, "approx", "near_front", "south_korea", "tue",
          "same session, 'according to lawmakers' at the end: engineers arrived in Kursk"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "state TV footage 'on Friday (Aug 22)' of returnees at a medal ceremony (returnees: "
          "optional, labelled in_russia)", opt=True),
        C("around 3,000", 3000, "approx", "casualties", "ukraine", "lastweek",
          "HUR 'said last week': killed"),
        C("approaching 8,000", 8000, "approx", "casualties", "ukraine", "lastweek",
          "same statement: total losses including the wounded ('approaching' = close to)"),
        C("about 11,000", 11000, "approx", "in_russia", "united_states", "2025-07-01..2025-07-31",
          "senior US official 'told reporters in July': still in Russia"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "sat",
          "NUS research fellow's talk 'On Saturday (Aug 23)' in \"…\": rotated through Russia"),
    ),
)

T12 = Source(
    article_id="t30_12_malawi_site_builders",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-13"),
    dated_by="dateline",
    features="Malawian news site as plain text, UTF-8, dated only by a section line 'World | "
        "Thursday, 13 November 2025' and 'Published: 13 November 2025, 10:42 CAT'; dateline "
        "'LILONGWE -'; headline 'Seoul says' `5,000` more (increment) from the NIS 'on 4 "
        "November' (an explicit date, to publication); the lead's vague 'thousands more' "
        "(increment, 'South Korea's spy agency says'); the NIS 'on top of those already "
        "deployed' (increment) and its border figure; HUR present tense 'says' 'as many as "
        "2,000' (at_most, `pub`); Russia's ambassador in Pyongyang 'In October' in \"…\" to "
        "Tass; state media's list of `1,812` 'martyrs' 'this month' (north_korea); a Zomba "
        "lecturer 'another 10,000' (increment, other, `pub`); Malawian women at a drone "
        "factory, salaries in dollars, a helpline number",
    text="""\
MALAWI WIRE
World | Thursday, 13 November 2025

Seoul says North Korea has sent [[5,000]] more troops to rebuild Kursk

By Chisomo Phiri
Published: 13 November 2025, 10:42 CAT

LILONGWE - North Korea has moved [[thousands]] more of its soldiers into Russia to rebuild towns \
in the Kursk region, South Korea's spy agency says, as Malawian families whose daughters went to \
work in Russia press the government for answers.

South Korea's National Intelligence Service (NIS) told a parliamentary committee on 4 November \
that [[roughly 5,000]] North Korean military construction troops had been moving to Russia since \
September, on top of those already deployed. The agency estimated that [[about 10,000]] North \
Korean soldiers were stationed in areas along the Russia-Ukraine border.

Kyiv paints a darker picture of the cost. Ukraine's military intelligence agency says \
[[as many as 2,000]] North Koreans have died since the first units reached the front in late 2024.

Russia rarely comments on numbers. In October, Moscow's ambassador in Pyongyang told the Russian \
news agency Tass that "[[hundreds]] of Korean sappers" were clearing mines in Kursk, and praised \
their "heroism".

Pyongyang itself published a list this month that state media said held the names of [[1,812]] \
"martyrs" who died in what it calls the overseas operation.

The war has also reached Malawi in an unexpected way. The Ministry of Foreign Affairs confirmed \
last week that it is trying to trace at least 17 young Malawian women who travelled to Russia on a \
work-and-study programme and ended up assembling drones at a factory in Tatarstan. Parents in \
Blantyre say recruiters promised salaries of up to $1,200 a month.

Dr Chikondi Banda, who lectures in international relations at the University of Malawi in Zomba, \
said the two stories were linked. "Russia is short of hands, both on the battlefield and in its \
factories. North Korea could easily commit another [[10,000]] men next year," he said.

Malawi abstained when the UN General Assembly voted on the war in February. The ministry's \
helpline for affected families is 0999 471 200.
""",
    claims=(
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04..pub",
          "headline 'Seoul says … more': the NIS figure of the body ('on 4 November') to "
          "publication (increment; span without 'more')", add=True),
        C("thousands", None, "vague", "in_russia", "south_korea", "2025-11-04..pub",
          "lead 'South Korea's spy agency says' (present tense, the briefing of the body): "
          "'more' (increment)", add=True),
        C("roughly 5,000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "NIS 'on 4 November': moving to Russia 'on top of those already deployed' "
          "(increment)", add=True),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "same briefing, 'The agency estimated': along the border"),
        C("as many as 2,000", 2000, "at_most", "casualties", "ukraine", "pub",
          "HUR 'says' (present tense, no date): died"),
        C("hundreds", None, "vague", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang 'In October' to Tass in \"…\": clearing mines in "
          "Kursk"),
        C("1,812", 1812, "exact", "casualties", "north_korea", "2025-11-01..pub",
          "state media's list of 'martyrs' published 'this month'"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "Zomba lecturer in a quote, no date: could commit 'another' (increment)", add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    T01, T02, T03, T04, T05, T06,
    T07, T08, T09, T10, T11, T12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
