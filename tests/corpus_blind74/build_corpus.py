"""Build the 74th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The seventy-sixth corpus, for an honest measurement on articles the extractor has never met,
written blind in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an
Alzey daily, a Westpfalz radio station's web text, an Achensee weekly (Austrian), a Schanfigg
paper (Swiss), a falconers' association magazine and a Kaiserslautern student paper; a Whyalla
daily, a Sanday (Orkney) page, a Woonsocket (Rhode Island) paper, a Dubrovnik English-language
portal, an Aitutaki page and an Azores English-language newsletter. Same file format, marker
syntax and labelling conventions as the other corpora (see their READMEs): every claim figure in
an article below is marked `[[like this]]` and labelled, in order, by the article's `claims`.
Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README table
are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares
state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind74_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

V01 = Source(
    article_id="v74_01_alzeyer_anzeiger_sohn_kursk",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Alzeyer Anzeiger",
        "https://www.alzeyer-anzeiger.example/lokales/alzey/familie-bangt-um-sohn-an-der-kursk-"
        "front-3318204",
        "Alzeyer Familie bangt um ihren Sohn bei Kursk",
    ),
    features="Alzey daily's local page as plain text (sidecar, Wednesday), a headline without a "
        "figure and a deck 'Kiew spricht von 11.000' from Zelensky's address 'am "
        "Montagabend'; the Pentagon 'geht davon aus' dated by the next sentence ('am Montag') "
        "with `bis zu 8.000 von ihnen` (breakdown); the NIS 'in der Vorwoche'; 'nach "
        "ukrainischer Darstellung' `etwa 500` officers (undated); the son at the front on the "
        "phone 'am Sonntag' (interviewed soldier: ukraine); an article a colleague showed "
        "(`Zehntausende` weitere, unattributed: optional); transports, sleeping bags, euros, "
        "distance, ages, shifts, voice messages",
    text="""\
Alzeyer Familie bangt um ihren Sohn bei Kursk

Kiew spricht von [[11.000]] Nordkoreanern im Grenzgebiet – am Roßmarkt verfolgt Olena \
Hryschtschenko jede Meldung

Von Katrin Seibel

ALZEY. Wenn in der kleinen Küche am Roßmarkt das Handy brummt, lässt Olena Hryschtschenko alles \
liegen. Die 51-Jährige lebt seit dem Frühjahr 2022 mit ihrer Tochter in Alzey, ihr Sohn Dmytro \
ist in der Ukraine geblieben. Der 24-Jährige fliegt Aufklärungsdrohnen in jenem Streifen der \
russischen Region Kursk, den ukrainische Truppen seit dem Sommer halten. Gut 1.900 Kilometer \
liegen zwischen ihrer Wohnung und seinem Unterstand.

Seit dieser Woche hat ihre Angst einen neuen Namen. Wolodymyr Selenskyj, der ukrainische \
Präsident, nannte am Montagabend in seiner allabendlichen Ansprache eine Zahl: [[11.000]] \
Nordkoreaner stünden mittlerweile im Gebiet Kursk bereit. Erste Schusswechsel mit ukrainischen \
Einheiten habe es schon gegeben, sagte er. Unabhängig bestätigen lässt sich das nicht.

Auch Washington hält die Größenordnung für realistisch. Das Pentagon geht davon aus, dass sich \
[[rund 10.000]] Nordkoreaner in Russland aufhalten, [[bis zu 8.000]] von ihnen im Raum Kursk. So \
formulierte es Sprecherin Sabrina Singh am Montag vor Journalisten. Der südkoreanische \
Auslandsgeheimdienst NIS hatte schon in der Vorwoche [[mehr als 10.000]] Entsandte gezählt; unter \
ihnen sollen sich nach ukrainischer Darstellung [[etwa 500]] Offiziere und drei Generäle befinden.

Dmytro selbst hat noch keinen von ihnen gesehen. „Die Jungs von der Nachbarbrigade sagen, da \
drüben liegen [[ein paar Tausend]] vor unseren Stellungen“, erzählte er seiner Mutter am Sonntag \
am Telefon. Sie übersetzt seine Sprachnachrichten für diese Zeitung; 37 sind es allein seit \
Anfang Oktober.

Der Kreml schweigt zu den Zahlen. Sprecher Dmitri Peskow nannte die Zusammenarbeit mit Pjöngjang \
zuletzt eine Angelegenheit zweier souveräner Staaten, die niemanden sonst etwas angehe.

Hilfe aus Rheinhessen

Rückhalt erfährt die Familie aus der Nachbarschaft. Der Verein „Alzey hilft“ hat seit 2022 nach \
eigenen Angaben 14 Transporter mit Hilfsgütern in die Region Sumy gebracht, zuletzt mit 600 \
Schlafsäcken und zwei Stromaggregaten an Bord. Rund 38.000 Euro an Spenden seien \
zusammengekommen, berichtet der Vorsitzende Jürgen Ehrhard. Der nächste Transport startet am 23. \
November am Parkplatz der Rheinhessen-Sporthalle.

Olena Hryschtschenko arbeitet in einer Sektkellerei bei Flonheim in der Flaschenabfüllung, drei \
Schichten pro Woche. Ein Kollege habe ihr neulich einen Artikel gezeigt, wonach Kim Jong Un noch \
[[Zehntausende]] weitere Soldaten schicken könne. „Ich lese so etwas nicht mehr“, sagt sie. „Ich \
warte nur auf die nächste Nachricht von Dmytro.“
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "deck 'Kiew spricht von': Zelensky's figure of the body (Monday evening) to "
          "publication: in the border region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'nannte am Montagabend … eine Zahl:' (Konjunktiv after a colon): in Kursk"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "the Pentagon 'geht davon aus', dated by the next sentence ('So formulierte es "
          "Sprecherin Sabrina Singh am Montag'): in Russia"),
        C("bis zu 8.000", 8000, "at_most", "near_front", "united_states", "mon",
          "same statement, 'von ihnen im Raum Kursk' (a breakdown, no increment)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "NIS 'in der Vorwoche': counted as sent"),
        C("etwa 500", 500, "approx", "in_russia", "ukraine", "pub",
          "'nach ukrainischer Darstellung' without a date: officers among those sent "
          "(breakdown)"),
        C("ein paar Tausend", None, "vague", "near_front", "ukraine", "sun",
          "the son, a Ukrainian drone operator, on the phone 'am Sonntag' (interviewed soldier: "
          "ukraine): in front of their positions"),
        C("Zehntausende", None, "vague", "planned", "unattributed", "pub",
          "an article a colleague showed her ('wonach'): could send 'weitere' (increment); "
          "no source given", add=True, opt=True),
    ),
)

V02 = Source(
    article_id="v74_02_radio_westrich_gefangene_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-01-14"),
    dated_by="html_meta",
    features="Westpfalz radio station's web text in HTML, UTF-8 with BOM "
        "(`article:published_time` with +01:00, 'Stand: 14.01.2025', a player script, a cookie "
        "hint with its own wording, frequencies, a studio phone number, entities `&rsaquo;`, "
        "`&amp;`, `&copy;`); `<title>` figure (optional); headline with two claimants (Zelensky's "
        "`zwei` from Saturday, the NIS's `300` from Monday); NIS 'Am Montag legte Seoul nach' "
        "`rund 300` killed and `2.700` wounded (not an increment); a Landau political scientist "
        "'geht davon aus' (range, other, `pub`); Kirby 'kurz nach Weihnachten … damals' "
        "(26-31 December); prisoners' ages, Ukrainian POWs in Russia, interview length",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gefangene aus Nordkorea: Seoul zählt [[300]] Tote | Radio Westrich</title>
<meta property="og:site_name" content="Radio Westrich">
<meta property="article:published_time" content="2025-01-14T12:40:00+01:00">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var \
rwPlayer={stream:"https://stream.radio-westrich.example/live.mp3",bitrate:128};</script>
</head>
<body>
<div class="cookiehint">Auch ein Radiosender backt Kekse. Ein paar davon legen wir in Ihrem \
Browser ab, um zu zählen, wie oft Sie vorbeischauen. <button>Soll mir recht sein</button> \
<button>Lieber ohne Gebäck</button></div>
<header><a href="/" class="logo">Radio Westrich – UKW 102,4 und 98,7</a>
<nav><a href="/nachrichten">Nachrichten</a> · <a href="/region">Westpfalz</a> · <a \
href="/verkehr">Verkehr &amp; Blitzer</a> · <a href="/programm">Programm</a></nav></header>
<main>
<article>
<p class="rubrik">Nachrichten &rsaquo; Welt</p>
<h1>Ukraine nimmt [[zwei]] Nordkoreaner gefangen – Seoul zählt [[300]] Tote</h1>
<p class="stand">Stand: 14.01.2025, 12:40 Uhr</p>
<p><strong>Erstmals sind nordkoreanische Soldaten lebend in ukrainische Hand geraten. Was sie \
über Kims Einsatz in Russland verraten könnten, hat unsere Mittagsredaktion mit der Landauer \
Politikwissenschaftlerin Hanna Weisbrod besprochen.</strong></p>
<p>Die Nachricht kam am Samstag aus Kiew: Fallschirmjäger und Spezialkräfte hätten im Gebiet \
Kursk [[zwei]] verwundete Nordkoreaner festgenommen, teilte Präsident Wolodymyr Selenskyj mit. \
Die Männer, 20 und 26 Jahre alt, werden inzwischen in der Hauptstadt vom Geheimdienst SBU \
vernommen. Einer soll ausgesagt haben, man habe ihm eine Übung versprochen, keinen Krieg.</p>
<p>Am Montag legte Seoul nach. In einer nicht öffentlichen Sitzung des Geheimdienstausschusses \
bezifferten Vertreter des Nachrichtendienstes NIS die Zahl der getöteten Nordkoreaner auf [[rund \
300]], die der Verwundeten auf [[2.700]]. Sie stützten sich dabei auf Drohnenvideos und \
abgehörten Funkverkehr.</p>
<p>„Das sind enorme Verluste für eine Truppe, die vermutlich nie zuvor unter Beschuss gestanden \
hat“, sagt Weisbrod, die an der Universität in Landau zur koreanischen Halbinsel forscht. Sie \
geht davon aus, dass im Kampfgebiet derzeit [[zwischen 10.000 und 12.000]] Nordkoreaner \
eingesetzt sind. Dass Pjöngjang nachlegt, hält sie für wahrscheinlich: „Kim bekommt Devisen, Öl \
und Kampferfahrung, die er sonst nirgends findet.“</p>
<p>Washington hatte die Lage kurz nach Weihnachten ähnlich düster beschrieben. John Kirby, \
Sprecher des Nationalen Sicherheitsrats im Weißen Haus, sprach damals von [[mehr als 1.000]] \
getöteten oder verwundeten Nordkoreanern – binnen einer einzigen Woche.</p>
<p>Die beiden Gefangenen will Selenskyj nach eigenen Worten an Kim Jong Un übergeben, im Tausch \
gegen Ukrainer in russischer Haft. Eine Antwort aus Pjöngjang gibt es bislang nicht. Russland \
hält nach ukrainischen Angaben mehr als 8.000 ukrainische Kriegsgefangene fest.</p>
<p class="audio">Das ganze Gespräch mit Hanna Weisbrod (7:48 Min.) hören Sie in unserer \
Mediathek.</p>
</article>
</main>
<footer><p>&copy; 2025 Radio Westrich GmbH · Hauptstraße 12, 66953 Pirmasens · Studiotelefon \
06331 240 240 · <a href="/impressum">Impressum</a></p></footer>
<script src="/assets/player.9c1f.js" defer></script>
</body>
</html>
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "<title>: the NIS figure of the body (Monday) to publication", opt=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: Zelensky's Saturday announcement to publication: captured"),
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "same headline, second claimant 'Seoul zählt': the NIS's Monday figure: dead"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "number word: 'am Samstag aus Kiew … teilte Präsident Wolodymyr Selenskyj mit' "
          "(Konjunktiv, claimant after the figure): captured"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "'Am Montag legte Seoul nach': NIS officials in the intelligence committee: killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (the others of the same count, no increment)"),
        C("zwischen 10.000 und 12.000", None, "range", "near_front", "other", "pub",
          "Landau political scientist 'Sie geht davon aus' (present tense, no date): deployed in "
          "the combat zone"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-26..2024-12-31",
          "Kirby (White House) 'kurz nach Weihnachten … damals': killed or wounded in a week"),
    ),
)

V03 = Source(
    article_id="v74_03_achensee_wochenblatt_skilehrer",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-02-20"),
    dated_by="dateline", crlf=True,
    features="Achensee weekly as plain text, windows-1252 with CRLF (straight quotes), masthead "
        "and dateline 'Maurach, 20.02.2025'; Austrian 'Jänner', 'Feber', 'heuer'; a headline "
        "without a figure; NIS 'am 12. Feber' (explicit date) in Konjunktiv, 'Von den rund "
        "11.000 … seien etwa 4.000', 'hieß es aus dem Ausschuss' at the end; Budanov 'Anfang "
        "Feber' `1.500 weitere` (increment) carried by 'sagte er' to `etwa 8.000`; a US defence "
        "official 'am vergangenen Freitag' „einige hundert“ in the rear; Zelensky at the Munich "
        "conference 'am Wochenende' `Zehntausende weitere` (vague increment); a retired colonel "
        "from Schwaz 'zusätzlich bis zu 5.000' (increment, other, `pub`); ski guests, "
        "instructors, overnight stays in per cent, altitude, dollars, phone number",
    text="""\
ACHENSEE WOCHENBLATT · für Achenkirch, Eben, Steinberg und das Achental

Maurach, 20.02.2025

Koreanische Skilehrer am Rofan: "Daheim redet jeder über Kims Soldaten"

Seit sechs Wintern kommen Gäste aus Südkorea an den Achensee, heuer erstmals mit eigenen \
Skilehrern. Der Krieg in der Ukraine fährt im Sessellift mit.

Von Martina Rieder

Wer dieser Tage an der Talstation der Rofanseilbahn ansteht, hört neben Tirolerisch und \
Niederländisch auch Koreanisch. 28 Gäste aus Seoul und Busan verbringen zwei Wochen in Maurach, \
betreut von vier koreanischen Skilehrern, die im Herbst beim Tiroler Skilehrerverband ihre \
Anwärterprüfung abgelegt haben. Eingefädelt hat das der Achenkircher Hotelier Florian Moser, der \
seit 2019 mit einem Reisebüro in Seoul zusammenarbeitet.

Beim Abendessen geht es oft um Politik, erzählt Skilehrerin Kim Ji-won, 31. "Daheim redet jeder \
über die Soldaten aus dem Norden. Mein Bruder ist gerade beim Wehrdienst, da macht man sich schon \
Gedanken."

Was man weiß

Tatsächlich hat sich die Lage an der Front zuletzt verändert. Der südkoreanische \
Nachrichtendienst NIS unterrichtete am 12. Feber die Abgeordneten in Seoul, die nordkoreanischen \
Truppen im russischen Gebiet Kursk seien seit Mitte Jänner nicht mehr in Gefechte verwickelt \
gewesen. Vermutlich habe Moskau sie wegen hoher Verluste aus der Linie genommen. Von den [[rund \
11.000]] Soldaten, die Nordkorea seit dem Herbst entsandt habe, seien [[etwa 4.000]] getötet oder \
verwundet worden, hieß es aus dem Ausschuss.

In Kiew sieht man das anders. Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, \
erklärte Anfang Feber, aus Nordkorea seien [[1.500]] weitere Soldaten unterwegs, die derzeit in \
Ostrussland ausgebildet würden. Die Verbände an der Front seien nicht abgezogen, sondern nur \
umgruppiert worden. Im Raum Kursk stünden nach wie vor [[etwa 8.000]] Nordkoreaner, sagte er.

Auch aus Washington kommen vorsichtige Töne. Ein hoher Beamter des US-Verteidigungsministeriums \
sagte am vergangenen Freitag, man habe "[[einige hundert]]" Nordkoreaner zuletzt weit hinter den \
Frontlinien ausgemacht. Präsident Wolodymyr Selenskyj wiederum warnte am Wochenende auf der \
Münchner Sicherheitskonferenz, Kim könne Putin noch [[Zehntausende]] weitere Soldaten liefern.

Oberst i. R. Georg Haselwanter aus Schwaz, der jahrelang ein Jägerbataillon in Absam \
kommandierte, rechnet mit einer Rückkehr an die Front im Frühjahr. "Ich gehe davon aus, dass \
Pjöngjang zusätzlich [[bis zu 5.000]] Mann schickt", sagt er. Für Kim sei der Einsatz ein \
Geschäft: Russland zahle pro Soldat und Monat angeblich um die 2.000 Dollar.

Für Hotelier Moser ist der Krieg weit weg und doch nah. Die Buchungen aus Korea seien heuer um 18 \
Prozent gestiegen, die Nächtigungen im Achental insgesamt lägen leicht über dem Vorjahr. Im März \
kommt die nächste Gruppe, 22 Gäste aus Daegu. Kim Ji-won will dann wieder dabei sein: "Hier \
heroben auf 1.800 Metern ist es so still. Das tut gut."

Skischule Rofan-Achensee, Telefon 05243 5290
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-02-12",
          "NIS 'unterrichtete am 12. Feber die Abgeordneten', Konjunktiv carried two sentences "
          "to 'hieß es aus dem Ausschuss': sent in the autumn"),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "2025-02-12",
          "same briefing: killed or wounded (a breakdown of those sent)"),
        C("1.500", 1500, "exact", "in_russia", "ukraine", "2025-02-01..2025-02-10",
          "Budanov 'erklärte Anfang Feber': 'weitere' on their way, training in eastern Russia "
          "(increment)", add=True),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "2025-02-01..2025-02-10",
          "same statement ('sagte er' after the figure): still in the Kursk area"),
        C("einige hundert", None, "vague", "in_russia", "united_states", "fri",
          "US defence official 'am vergangenen Freitag' in a Thursday paper (14 February): seen "
          "far behind the front lines"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "sat..sun",
          "Zelensky 'am Wochenende' in Munich: could deliver 'weitere' (vague increment)",
          add=True),
        C("bis zu 5.000", 5000, "at_most", "planned", "other", "pub",
          "retired Austrian colonel 'Ich gehe davon aus … sagt er' (no date): 'zusätzlich' "
          "(increment); 'im Frühjahr' is the event", add=True),
    ),
)

V04 = Source(
    article_id="v74_04_schanfigger_langwies_panmunjom_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-04-30"),
    dated_by="sidecar",
    sidecar=(
        "Schanfigger Zeitung",
        "https://www.schanfigger-zeitung.example/region/welt/moskau-dankt-kims-soldaten-ein-"
        "langwieser-erinnert-sich-4417",
        "Moskau dankt Kims Soldaten - ein Langwieser erinnert sich an Panmunjom",
    ),
    features="Schanfigg paper in Markdown, ISO-8859-1 (Swiss: `ss`, «», `15'000`, `20'000`, "
        "`11'000`, 4-digit `4700`/`6000`; hyphens as dashes), front matter without a date "
        "(sidecar, Wednesday); headline 'Seoul spricht von 4700 Ausfällen' from the NIS 'Am "
        "Mittwoch' (the publication day); Gerasimov 'am Samstag' «Tausenden» (russia); KCNA "
        "without a figure; NIS 'schätzt' with `Etwa 4700` and 'darunter rund 600' (breakdown), "
        "'heisst es im Bericht' at the end; a retired Swiss NNSC officer from Langwies 'rechnet "
        "damit' `weit über 20'000` by year end (planned, other, `pub`); Ukraine's general staff "
        "'Ende März'; the US State Department 'im März'; Swiss officers, athletes, overnight "
        "stays, age, anniversary",
    text="""\
---
title: "Moskau dankt Kims Soldaten - ein Langwieser erinnert sich an Panmunjom"
rubrik: Region / Welt
autor: Seraina Casty
---

# Moskau dankt Kims Soldaten - Seoul spricht von [[4700]] Ausfällen

**Russland und Nordkorea räumen ein, was sie lange bestritten haben. Für Peider Mettier aus \
Langwies ist das keine Überraschung: Der pensionierte Oberst hat zwei Jahre an der \
innerkoreanischen Grenze Dienst geleistet.**

Es war eine Rede ohne Umschweife. Russlands Generalstabschef Waleri Gerassimow dankte am Samstag \
vor laufenden Kameras den «[[Tausenden]]» nordkoreanischen Soldaten, die bei der Rückeroberung \
des Gebiets Kursk mitgekämpft hätten. Zwei Tage später zog Pjöngjang nach: Die amtliche \
Nachrichtenagentur KCNA bestätigte, dass Einheiten der Volksarmee auf Befehl von Kim Jong Un in \
Russland im Einsatz gestanden seien.

Am Mittwoch kamen neue Zahlen aus Seoul. Der südkoreanische Nachrichtendienst NIS schätzt, dass \
seit dem vergangenen Herbst [[rund 15'000]] Nordkoreaner nach Russland gebracht worden sind. \
[[Etwa 4700]] von ihnen seien im Kampf getötet oder verwundet worden, darunter [[rund 600]] Tote. \
Inzwischen griffen die Nordkoreaner auch selber mit Kamikazedrohnen an, heisst es im Bericht an \
das Parlament.

## «Das passt ins Bild»

Peider Mettier kennt die Nordkoreaner nur aus der Distanz. Von 1998 bis 2000 war der heute \
71-Jährige Mitglied der Neutralen Überwachungskommission in Panmunjom, zusammen mit vier weiteren \
Schweizer Offizieren und einer schwedischen Delegation. «Man sah die Soldaten auf der anderen \
Seite jeden Tag: jung, mager, diszipliniert», erzählt er in seiner Stube oberhalb der Plessur.

Dass Kim seine Männer für Geld und Technik an Putin ausleiht, passe ins Bild, sagt Mettier. Er \
rechnet damit, dass bis Ende Jahr [[weit über 20'000]] Nordkoreaner in Russland im Einsatz \
gestanden haben werden. «Wer so viele Soldaten hat und so wenig Devisen, der verkauft eben, was \
er hat.»

Kiew hatte die Verluste höher veranschlagt. Der ukrainische Generalstab bezifferte die Zahl der \
getöteten und verwundeten Nordkoreaner Ende März auf [[rund 6000]]. Aus Washington kam zunächst \
keine Stellungnahme. Das US-Aussenministerium hatte im März festgehalten, Nordkorea habe [[mehr \
als 11'000]] Soldaten an Russland ausgeliehen.

## Ein Kurort mit Korea-Bezug

Arosa pflegt seit Jahren Kontakte nach Südkorea: Im Winter 2018 trainierten 42 Athletinnen und \
Athleten aus Pyeongchang am Weisshorn, und die Bergbahnen zählen jährlich rund 3500 Logiernächte \
von Gästen aus Korea. Mettier sagt, er habe sich damals geschworen, nie mehr an diese Grenze \
zurückzukehren. Im Juni reist er trotzdem nach Seoul - eine Einladung zum 75. Jahrestag des \
Kriegsbeginns.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "headline 'Seoul spricht von … Ausfällen': the NIS figure of the body ('Am Mittwoch', "
          "the publication day): killed or wounded"),
        C("Tausenden", None, "vague", "near_front", "russia", "sat",
          "Gerasimov 'am Samstag' «…»: fought in retaking Kursk"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'schätzt' after 'Am Mittwoch kamen neue Zahlen aus Seoul': brought to Russia"),
        C("Etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same estimate, Konjunktiv: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter … Tote' (a breakdown): dead"),
        C("weit über 20'000", 20000, "at_least", "planned", "other", "pub",
          "retired Swiss NNSC officer 'rechnet damit' (no date): by the end of the year"),
        C("rund 6000", 6000, "approx", "casualties", "ukraine", "2025-03-21..2025-03-31",
          "Ukraine's general staff 'Ende März': killed and wounded"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-03-31", "US State Department 'im März': lent to Russia"),
    ),
)

V05 = Source(
    article_id="v74_05_beizvogel_falknerin_sumy_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-07-24"),
    dated_by="front_matter",
    features="falconers' association magazine in Markdown, front matter with `date:` and an "
        "issue line, a title without a figure; a Ukrainian falconer from Sumy at the summer "
        "meeting 'am 12. Juli' „Tausende“ across the border (a civilian: other); Shoigu 'Nach "
        "seinem Besuch am 17. Juni' `6000` with `1000` and `5000` (breakdown, planned, russia); "
        "Budanov 'Anfang Juli' `bis zu 30.000 weitere` (increment); the NIS 'zählt' (present "
        "tense, `pub`) with a total, `etwa 600` dead and `mehrere Tausend` wounded; the "
        "magazine's own sum `mehr als 20.000` (unattributed, planned); members, birds of prey, "
        "distance, club size, donations in euros, hunting season, meeting date",
    text="""\
---
title: "Gast aus Sumy: Eine Falknerin zwischen Habicht und Front"
date: 2025-07-24
ausgabe: "Der Beizvogel 3/2025"
verband: Landesverband der Falkner Rheinland e. V.
---

# Gast aus Sumy: Eine Falknerin zwischen Habicht und Front

*Beim Sommertreffen auf Burg Satzvey berichtete Iryna Bondar vom Alltag an der russischen Grenze. \
Ein Bericht für alle Mitglieder, die nicht dabei sein konnten.*

Mehr als 120 Mitglieder und Gäste, 38 Greifvögel auf der Wiese vor dem Burggraben und ein \
Vortrag, nach dem es lange still blieb: Das Sommertreffen am 12. Juli wird vielen in Erinnerung \
bleiben. Iryna Bondar, 38, hält seit zwölf Jahren Habichte und Sakerfalken in einem Dorf bei \
Sumy, knapp 30 Kilometer von der russischen Grenze entfernt. Ihr Verein dort hatte einmal 60 \
Mitglieder, heute sind es noch 14.

Bondar erzählte, wie sie im vergangenen August ihre Vögel in Transportkisten auf die Rückbank \
ihres Wagens gepackt hat, als die ukrainische Armee über die Grenze ins Gebiet Kursk vorstieß. \
Inzwischen hat Russland Kursk zurückerobert, mit Hilfe aus Nordkorea. „Drüben stehen immer noch \
[[Tausende]] von Kims Soldaten, das weiß bei uns jedes Kind“, sagte sie. Drohnen, nicht \
Geschütze, seien das Geräusch ihrer Nächte.

## Was die Zahlen sagen

Für Leser, die das Geschehen nicht täglich verfolgen, hier der Stand, soweit er bekannt ist. Im \
Juni reiste der Sekretär des russischen Sicherheitsrats, Sergei Schoigu, zweimal binnen zwei \
Wochen nach Pjöngjang. Nach seinem Besuch am 17. Juni verkündete er, Nordkorea werde [[6000]] \
Mann für den Wiederaufbau im Gebiet Kursk abstellen: [[1000]] Pioniere zum Räumen der Minen, die \
übrigen [[5000]] für den Bau.

Der ukrainische Militärgeheimdienst HUR hält das nur für den Anfang. Sein Chef Kyrylo Budanow \
sagte Anfang Juli in einem Interview, Pjöngjang könne [[bis zu 30.000]] weitere Soldaten nach \
Russland schicken, womöglich schon im Spätsommer.

Aus Seoul kommen vorsichtigere Zahlen. Der dortige Geheimdienst zählt seit dem vergangenen Herbst \
insgesamt [[rund 15.000]] Entsandte; [[etwa 600]] von ihnen seien gefallen, [[mehrere Tausend]] \
verwundet. Rechnet man Schoigus Ankündigung hinzu, wären es bald [[mehr als 20.000]] Nordkoreaner \
in Russland – und ein Ende ist nicht abzusehen.

## Spenden für die Kollegen in Sumy

Die Sammlung beim Sommertreffen hat 2.460 Euro erbracht, dazu kommen 400 Euro vom Kreisverband \
Euskirchen. Das Geld geht an Iryna Bondars Verein, der davon Futter und Transportboxen für 40 \
Greifvögel kaufen will. Wer noch helfen möchte: Spendenkonto auf Seite 2, Stichwort „Sumy“.

Die Beizjagd auf Krähen beginnt am 1. August. Die nächste Mitgliederversammlung findet am 18. \
Oktober in Mechernich statt, Beginn 10 Uhr.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "other", "2025-07-12",
          "a Ukrainian falconer (a civilian: other) at the summer meeting on 12 July, 'sagte "
          "sie': across the border"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Nach seinem Besuch am 17. Juni verkündete er': will provide for Kursk"),
        C("1000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: deminers (a breakdown of the 6000, no increment)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'die übrigen': builders (breakdown)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-10",
          "Budanov 'sagte Anfang Juli': could send 'weitere' (increment)", add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "south_korea", "pub",
          "'Der dortige Geheimdienst zählt' (present tense, no date): sent since the autumn"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "pub",
          "same count, 'von ihnen … gefallen' (breakdown): dead"),
        C("mehrere Tausend", None, "vague", "casualties", "south_korea", "pub",
          "same count: wounded"),
        C("mehr als 20.000", 20000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own sum 'Rechnet man … hinzu, wären es bald' (unattributed, "
          "required)"),
    ),
)

V06 = Source(
    article_id="v74_06_lautern_campuskurier_parade_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Campuskurier",
        "https://campuskurier.example/2025/10/15/korea-abend-parade-kursk/",
        "„Die Parade war eine Botschaft an uns“",
    ),
    features="Kaiserslautern student paper in HTML, UTF-16 LE with BOM and CRLF, no meta date "
        "(sidecar, Wednesday), a stats script, a cookie note with its own wording, a byline "
        "with reading time; quote headline without a figure; a Korean student's talk 'am "
        "Montagabend' on the parade 'am vergangenen Freitag'; Kim via KCNA „Tausenden“ "
        "(north_korea, Friday); the student citing the NIS 'im September' (X citing Y: "
        "south_korea) with `rund 2.000` dead, `rund 10.000` in the border area and `etwa 5.000` "
        "builders; HUR 'Ende September' `6.000 zusätzliche` (increment); the student's own "
        "estimate (other, Monday to publication); the paper's own sum (unattributed); "
        "North Korean workers (`über 15.000`, not a claim), service months, members, room "
        "number, print run",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>„Die Parade war eine Botschaft an uns“ – Korea-Abend im Hörsaal | Campuskurier</title>
<meta property="og:site_name" content="Campuskurier – Studierendenzeitung in Kaiserslautern">
<link rel="stylesheet" href="/wp-content/themes/campuskurier/style.css?ver=4.2">
<script>window.ckStats={post:2291,autor:"lena-k",lesezeit:4};</script>
</head>
<body class="single-post">
<div id="keks-hinweis">Wir benutzen Cookies, aber keine, die nach Mensa riechen. <a href="#" \
class="btn">Mampf!</a> <a href="/datenschutz">Nur Leitungswasser, danke</a></div>
<nav class="menu"><a href="/">Start</a> | <a href="/campus">Campus</a> | <a \
href="/politik">Politik</a> | <a href="/kultur">Kultur</a> | <a href="/mensa">Mensaplan</a></nav>
<article>
<h1>„Die Parade war eine Botschaft an uns“</h1>
<p class="byline">Von Lena Kühnreich · Politik · 4 Min. Lesezeit</p>
<p class="teaser">Beim Korea-Abend der Hochschulgruppe KoLa sprach ein Informatikstudent aus \
Incheon über Kims Soldaten in Russland. Rund 90 Leute kamen ins Gebäude 42.</p>
<p>Als Nordkorea am vergangenen Freitag den 80. Jahrestag seiner Arbeiterpartei mit einer \
Militärparade feierte, saß Min Jae-hyuk in der Bibliothek und schaute den Livestream. „Ich habe \
auf eine Sache gewartet“, erzählte der 27-Jährige am Montagabend im vollen Hörsaal, „nämlich ob \
Kim die Soldaten aus Kursk zeigt.“ Er zeigte sie: Ein Block von Männern mit Orden an der Brust \
marschierte an der Tribüne vorbei.</p>
<p>In seiner Rede lobte Kim Jong Un laut der amtlichen Nachrichtenagentur KCNA die [[Tausenden]] \
Kämpfer, die im Gebiet Kursk „auf fremdem Boden“ für die Freundschaft mit Russland eingestanden \
seien. Zahlen zu Toten nannte er nicht.</p>
<h2>Was Seoul weiß – und was nicht</h2>
<p>Min, der vor dem Studium 18 Monate Wehrdienst in einer Artillerieeinheit bei Paju geleistet \
hat, stützte sich in seinem Vortrag vor allem auf den südkoreanischen Geheimdienst NIS. Der hatte \
den Abgeordneten im September berichtet, im Kampf um Kursk seien [[rund 2.000]] Nordkoreaner \
gefallen. Nach wie vor stünden [[rund 10.000]] nordkoreanische Soldaten im Grenzgebiet, um dort \
Stellungen zu sichern. Außerdem seien seit dem Sommer [[etwa 5.000]] Bausoldaten nach Russland \
gebracht worden, die Straßen und Brücken instand setzen.</p>
<p>Der ukrainische Militärgeheimdienst sieht die Zahlen deutlich höher. Ende September meldete \
er, in Ostrussland würden [[6.000]] zusätzliche Nordkoreaner auf einen Einsatz vorbereitet. Min \
hält das für möglich: „Ich würde schätzen, dass insgesamt schon [[bis zu 20.000]] Mann in \
Russland waren.“</p>
<p>Rechnet man alle bisher gemeldeten Kontingente zusammen, kommt man auf [[mehr als 21.000]] \
Nordkoreaner, die seit Herbst 2024 nach Russland geschickt worden sind – ohne die Arbeiter, die \
auf russischen Baustellen und in Fischfabriken schuften. Deren Zahl schätzte das Auswärtige Amt \
zuletzt auf über 15.000.</p>
<p>Die Hochschulgruppe KoLa hat 46 Mitglieder und trifft sich jeden zweiten Donnerstag um 19 Uhr \
in Raum 42-110. Der nächste Abend am 6. November dreht sich um K-Pop, „ausnahmsweise ganz \
unpolitisch“, verspricht Min.</p>
</article>
<footer>Campuskurier · Gottlieb-Daimler-Straße · 67663 Kaiserslautern · <a \
href="/impressum">Impressum</a> · Druckauflage 2.500</footer>
</body>
</html>
""",
    claims=(
        C("Tausenden", None, "vague", "near_front", "north_korea", "fri",
          "Kim's parade speech 'laut … KCNA' (Friday, 10 October): fought in the Kursk region"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "the student citing the NIS (X citing Y: south_korea), 'im September': fell"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-30",
          "same briefing, Konjunktiv: in the border area"),
        C("etwa 5.000", 5000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same briefing: construction soldiers brought to Russia (no increment word)"),
        C("6.000", 6000, "exact", "in_russia", "ukraine", "2025-09-21..2025-09-30",
          "HUR 'Ende September': 'zusätzliche' prepared in eastern Russia (increment)",
          add=True),
        C("bis zu 20.000", 20000, "at_most", "in_russia", "other", "mon..pub",
          "the student's own estimate at Monday evening's talk (other): in Russia so far"),
        C("mehr als 21.000", 21000, "at_least", "in_russia", "unattributed", "pub",
          "the student paper's own sum 'Rechnet man … zusammen' (unattributed, required)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Orkney, Rhode Island, Croatia, Cook Islands, Azores)
# ---------------------------------------------------------------------------------------------

V07 = Source(
    article_id="v74_07_whyalla_gulf_times_cultana_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-19"),
    dated_by="html_meta",
    features="Whyalla daily's world page in HTML, windows-1252 (`article:published_time` with "
        "+10:30, an ad script with slot sizes and a postcode, a privacy strip with its own "
        "wording, `&middot;`, `&amp;`); `<title>` figure (optional); headline 'at least 100 "
        "dead, Seoul says' and a lead 'South Korea's spy agency believes' dated by the next "
        "paragraph (a lawmaker 'on Thursday', the publication day) with `close to 1,000` wounded "
        "and 'Of the roughly 11,000'; the Pentagon 'earlier in the week' dated by 'briefing on "
        "Monday'; HUR 'the same day' `at least 30`; a former soldier who trained at Cultana "
        "'reckons' (other, `pub`); sanctions listings, Russian losses a day, years of service, "
        "age, ticket price, phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Seoul says [[at least 100]] North Koreans killed in Kursk | Whyalla Gulf Times</title>
<meta property="article:published_time" content="2024-12-19T17:20:00+10:30">
<meta property="article:section" content="World">
<script>window.gtAds={slots:["leader_728x90","mrec_300x250"],postcode:"5600"};</script>
</head>
<body>
<div class="privacy-strip">We use cookies to keep the lights on and the crossword free. Keep \
scrolling and we'll take that as a yes. <button>Fair dinkum</button></div>
<header><a href="/" class="masthead">Whyalla Gulf Times</a>
<nav><a href="/news">News</a> | <a href="/steel">Steel &amp; Industry</a> | <a \
href="/sport">Sport</a> | <a href="/world">World</a> | <a \
href="/notices">Notices</a></nav></header>
<main>
<article>
<h1>Kim's troops bleed in Kursk: [[at least 100]] dead, Seoul says</h1>
<p class="standfirst">A Whyalla veteran who trained soldiers at Cultana says the figures show \
what happens when untested infantry meets drones.</p>
<p class="byline">Tom Nankivell &middot; World desk</p>
<p>North Korea has lost [[at least 100]] soldiers killed in the fighting in Russia's Kursk \
region, South Korea's spy agency believes, while [[close to 1,000]] have been wounded.</p>
<p>Lee Seong-kweun, one of the MPs on the spy-agency oversight panel, said on Thursday that \
officials from the National Intelligence Service had told members behind closed doors the North \
Koreans were being thrown into open-field assaults "with no understanding of drones". Of the \
[[roughly 11,000]] troops Pyongyang has sent to Russia, some had been attached to Russian \
airborne and marine units, he said.</p>
<p>The Pentagon had spoken earlier in the week of "[[several hundred]]" North Korean casualties, \
a term the US military uses for dead and wounded alike. Its spokesman, Major General Pat Ryder, \
briefing on Monday, gave no breakdown. Kyiv's military intelligence agency went further the same \
day, claiming [[at least 30]] North Koreans had been killed or wounded around three villages in a \
single week.</p>
<h2>'They were never trained for this'</h2>
<p>For Rob Tilbrook, who spent 22 years in the Army and ran live-fire training at the Cultana \
range north of town, the numbers came as no surprise. "You can drill a bloke for ten years, but \
if he's never heard a drone overhead he's a target," said the 58-year-old, now a volunteer with \
the Whyalla RSL sub-branch.</p>
<p>Tilbrook reckons the real presence in Kursk is bigger than anyone in Seoul admits. "I'd say \
there's [[close to 12,000]] of them on that front right now, and Moscow will use every one," he \
said.</p>
<p>Canberra this month added four North Korean officials and two companies to its sanctions list. \
Britain's defence ministry estimates Russia is losing around 1,500 of its own soldiers a day.</p>
<p>The RSL's Christmas lunch is on Sunday from noon at the Westland Hotel; tickets are $35 and \
bookings close Friday on 8645 2211.</p>
</article>
</main>
<footer>&copy; 2024 Whyalla Gulf Times &middot; Forsyth Street, Whyalla SA 5600</footer>
</body>
</html>
""",
    claims=(
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "<title>: the NIS figure of the body (Thursday, the publication day)", opt=True),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "headline '…, Seoul says': the NIS figure (Thursday, the publication day): dead"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lead 'South Korea's spy agency believes', dated by the next paragraph (a lawmaker "
          "'on Thursday'): killed"),
        C("close to 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same lead: wounded (the others of the same count, no increment)"),
        C("roughly 11,000", 11000, "approx", "in_russia", "south_korea", "thu",
          "lawmaker Lee after the NIS briefing 'on Thursday', 'he said' after the figure: sent"),
        C("several hundred", None, "vague", "casualties", "united_states", "mon",
          "Pentagon 'earlier in the week', dated by 'Ryder, briefing on Monday': casualties"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "mon",
          "Kyiv's military intelligence 'the same day' (Monday): killed or wounded"),
        C("close to 12,000", 12000, "approx", "near_front", "other", "pub",
          "retired Australian soldier 'reckons … he said' (no date): on the Kursk front"),
    ),
)

V08 = Source(
    article_id="v74_08_sanday_island_page_tapa_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-28"),
    dated_by="sidecar",
    sidecar=("Sanday News & Notices", "",
             "Kim sends 3,000 more men as our Estonia lad comes home on leave"),
    features="Sanday (Orkney) community page as plain text, UTF-16 LE with BOM (sidecar "
        "without url, Friday); a column headline `3,000 more` (increment) from the NIS 'on "
        "Thursday'; an islander home on leave from NATO's battlegroup in Estonia 'on Tuesday' "
        "(no figure); NIS `another roughly 3,000` (increment) and 'lifting its tally … to about "
        "14,000' (a new total), 'The agency reckoned' `some 4,000`; Rutte 'a day earlier in "
        "Warsaw' „thousands“ (nato); Syrskyi 'at the weekend' `more than 2,000`; the UK MoD "
        "'last week' range (a third government: other); island notes: ferry times, school "
        "roll, pounds, phone number",
    text="""\
SANDAY NEWS & NOTICES
The island page, week 13

FROM THE WIDER WORLD

Kim sends [[3,000]] more men as our Estonia lad comes home on leave

Most weeks this column sticks to the ferry timetable, the school roll and who won the quiz at the \
Kettletoft. This week a story from the far end of Europe has landed on several Sanday doorsteps, \
so here it is.

Callum Rendall, 23, whose folks farm out near Lady, is home for ten days from Tapa in Estonia, \
where he serves with the British battlegroup that NATO keeps on its eastern flank. He says the \
talk in the mess is all North Korea. "Nobody at Tapa thought Kim's lads would come back for more \
after the hammering they took," he told us over a cuppa at the Heritage Centre on Tuesday.

Come back they have. South Korea's National Intelligence Service reported on Thursday that \
Pyongyang had shipped another [[roughly 3,000]] soldiers to Russia in January and February, \
lifting its tally of North Koreans sent since the autumn to [[about 14,000]]. The agency reckoned \
[[some 4,000]] of them had been killed or wounded in Kursk, where they were pulled off the line \
in February and are now back in the fight.

NATO's secretary general, Mark Rutte, had warned a day earlier in Warsaw that "[[thousands]]" of \
North Koreans were again fighting beside Russian units. Ukraine's top commander, Oleksandr \
Syrskyi, said at the weekend his troops were up against "[[more than 2,000]]" of them along the \
Kursk border alone. The Ministry of Defence in London, in its intelligence update last week, put \
North Korean losses since December at [[between 4,000 and 5,000]] killed and wounded.

Callum goes back on the 4th. Whether Kim's men will ever turn up near the Estonian border, he \
says, "you'd hear about it here first, the way news travels on Sanday".

ISLAND NOTES

- The Varagen runs to the spring timetable from Monday 31 March; the 07:20 sailing to Kirkwall is \
unchanged.
- The school roll stands at 31 after two new pupils joined from Stronsay.
- Friday's quiz raised £412 for the lifeboat. Winners: the Backaskaill Bairns, by half a point.
- Lost: black collie, answers to Bess, last seen near the Start Point road. Phone 01857 600 418.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "column headline 'Kim sends … more men': the NIS figure of the body (Thursday) to "
          "publication (increment)", add=True),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'reported on Thursday': 'another' shipped in January and February (increment)",
          add=True),
        C("about 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same report, 'lifting its tally … to': the new total, not an increment"),
        C("some 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'The agency reckoned' (same report): killed or wounded"),
        C("thousands", None, "vague", "near_front", "nato", "wed",
          "Rutte 'a day earlier in Warsaw' (Wednesday): fighting beside Russian units"),
        C("more than 2,000", 2000, "at_least", "near_front", "ukraine", "sat..sun",
          "Syrskyi 'at the weekend': along the Kursk border"),
        C("between 4,000 and 5,000", None, "range", "casualties", "other", "lastweek",
          "UK Ministry of Defence update 'last week' (a third government: other): killed and "
          "wounded"),
    ),
)

V09 = Source(
    article_id="v74_09_woonsocket_parish_shoigu_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-06-26"),
    dated_by="front_matter", crlf=True,
    features="Woonsocket (Rhode Island) paper in Markdown, windows-1252 with CRLF (em dash raw, "
        "straight quotes), front matter with `date:` and a title figure (optional); headline "
        "'Moscow says Kim will send 6,000' (the sum of Shoigu's two figures: russia, 17 June to "
        "publication); Shoigu 'On June 17' `1,000` and `5,000` (planned, no increment); the "
        "State Department spokeswoman 'last week' „upwards of 14,000“; Rutte at the Hague "
        "summit 'which ended Wednesday' (24-25 June) „well over 10,000“; HUR 'in May'; a URI "
        "political scientist (other, `pub`) `as many as 30,000`; dumplings sold, dollars, "
        "families, ages, years, NATO's 5 per cent",
    text="""\
---
title: "Woonsocket parish raises $18,000 for Ukraine as Moscow says Kim will send [[6,000]]"
date: 2025-06-26
section: Local / World
byline: "Dana Pelletier, Staff Writer"
---

# Woonsocket parish raises $18,000 for Ukraine as Moscow says Kim will send [[6,000]]

WOONSOCKET — The line for varenyky outside Holy Protection Ukrainian Catholic Church on Sunday \
stretched past the rectory, and by the time the last tray left the hall kitchen, volunteers had \
sold close to 3,000 of them. The parish had counted $18,000 by Monday night, money the Rev. \
Andriy Savchuk says will buy generators and first-aid kits for two hospitals in Kharkiv.

The fundraiser came days after news from Pyongyang that unsettled many in the hall. On June 17, \
the Kremlin's security chief and former defense minister, Sergei Shoigu, used a stop in Pyongyang \
to announce that Kim Jong Un would dispatch [[1,000]] mine-clearance specialists to the Kursk \
region, plus [[5,000]] soldiers from his construction corps to rebuild roads and bridges wrecked \
in the fighting.

"They say builders. Everyone here knows what that means," said Savchuk, 44, who grew up in \
Ternopil and came to Rhode Island in 2011. "First they build, then they fight."

Washington has not put its own number on the new contingent. But State Department spokeswoman \
Tammy Bruce said last week that North Korea had already sent "[[upwards of 14,000]]" troops to \
Russia since the fall, and that the administration was watching "very closely" for more.

At the NATO summit in The Hague, which ended Wednesday, Secretary General Mark Rutte said Kim had \
"sent [[well over 10,000]] soldiers" to fight for Russia and was being paid in technology. Allies \
at the summit agreed to raise defense spending to 5 percent of GDP by 2035.

Kyiv's estimates run higher. Ukraine's military intelligence agency said in May that [[about \
1,500]] North Koreans had been killed in Kursk since they first went into battle last year.

Mi-sun Carreiro, a political scientist at the University of Rhode Island who studies the Korean \
peninsula, expects Moscow to keep asking. "I wouldn't be surprised if the number climbs to [[as \
many as 30,000]] before Christmas," she said. "Kim needs the cash, and Putin needs bodies."

The parish, which counts about 240 families, plans a second food sale in September. Savchuk says \
the kitchen volunteers, the oldest of them 87, have already started on the cabbage rolls.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title (metadata duplicate of the headline)", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline 'Moscow says Kim will send': the sum of Shoigu's two figures (17 June) to "
          "publication"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On June 17 … to announce': would dispatch deminers to Kursk"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'plus': construction soldiers (a new contingent, no increment word)"),
        C("upwards of 14,000", 14000, "at_least", "in_russia", "united_states", "lastweek",
          "State Department spokeswoman 'said last week' „…“: sent since the fall"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "2025-06-24..2025-06-25",
          "Rutte at the Hague summit 'which ended Wednesday' (24-25 June): sent to fight"),
        C("about 1,500", 1500, "approx", "casualties", "ukraine", "2025-05-01..2025-05-31",
          "Ukraine's military intelligence 'said in May': killed"),
        C("as many as 30,000", 30000, "at_most", "planned", "other", "pub",
          "URI political scientist 'she said' (no date): the number could climb to, before "
          "Christmas"),
    ),
)

V10 = Source(
    article_id="v74_10_ragusa_review_envoy_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "Ragusa Review",
        "https://www.ragusa-review.example/world/korean-envoy-dubrovnik-kim-war-2000-dead",
        "Korean envoy in Dubrovnik: Kim's war in Russia has cost him 2,000 dead",
    ),
    features="Dubrovnik English-language portal in HTML, no meta date (sidecar, Friday), an "
        "analytics script, a GDPR banner in its own wording, `&rsaquo;`; `<title>` figure "
        "(optional); headline from South Korea's ambassador to Croatia relaying the NIS "
        "('Hours earlier', Thursday); 'The ambassador, citing the same briefing' (X citing Y: "
        "south_korea) `some 11,000` and `5,000 more` (increment), 'she said' at the end; "
        "Zelensky 'in August' `at least 4,000` and `tens of thousands more` (vague increment); a "
        "US official 'on Tuesday' (range); a Dubrovnik analyst (other, `pub`); cruise ships, "
        "passengers, ticket price in euros, military aid, ages",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Korean envoy in Dubrovnik: Kim's war in Russia has cost him [[2,000]] dead — Ragusa \
Review</title>
<meta property="og:site_name" content="Ragusa Review">
<meta property="og:type" content="article">
<script async src="/js/analytics.js" data-site="rr-042"></script>
</head>
<body>
<div id="gdpr">Dobar dan! Like every site in the EU, we have to ask about cookies. We keep ours \
to a minimum. <button class="yes">Hvala, go ahead</button> <button class="no">Skip the \
crumbs</button></div>
<nav class="top"><a href="/">Home</a> · <a href="/city">City</a> · <a href="/croatia">Croatia</a> \
· <a href="/world">World</a> · <a href="/cruise-calendar">Cruise calendar</a></nav>
<main>
<article class="post">
<h1>Korean envoy in Dubrovnik: Kim's war in Russia has cost him [[2,000]] dead</h1>
<p class="meta">World &rsaquo; Asia · 5 min read</p>
<p>Few in the audience at the Inter-University Centre on Thursday evening had come to hear about \
North Korea. The summer course on Adriatic security was meant to deal with shipping lanes and \
Chinese port investment. But South Korea's ambassador to Croatia, Park Eun-ha, had fresh news \
from home and used her slot to share it.</p>
<p>Hours earlier, Seoul's National Intelligence Service had informed lawmakers that [[around \
2,000]] North Korean soldiers were now believed to have died in the war in Russia, most of them \
in the battles for Kursk last winter. "We are talking about young men, many under 25, who were \
never told where they were going," Park said.</p>
<p>The ambassador, citing the same briefing, said [[some 11,000]] North Koreans remained in the \
Kursk border area, where they now mostly hold positions rather than attack. In addition, \
Pyongyang had been moving [[5,000]] more troops, mainly engineers and construction units, into \
Russia since July, she said.</p>
<p>Kyiv has long put the toll far higher. President Volodymyr Zelensky said in August that North \
Korea had lost "[[at least 4,000]]" killed and wounded, and warned that [[tens of thousands]] \
more could follow if Moscow asked for them.</p>
<p>Washington sits somewhere in between. A US official, briefing reporters on condition of \
anonymity on Tuesday, said the American count of North Korean dead was "[[between 1,500 and \
2,500]]".</p>
<p>Tomislav Barić, who runs the Adriatic Security Forum, a small think tank in the Pile quarter, \
believes Russia will keep asking. "My guess is that by spring there will be [[more than 25,000]] \
North Koreans in Russia," he said after the talk.</p>
<p>Croatia has no troops in Ukraine but has given Kyiv military aid worth more than 250 million \
euros since 2022. Park's visit came in a busy week for the port: nine cruise ships called between \
Saturday and Wednesday, bringing some 14,500 passengers into the Old Town. A walk on the city \
walls now costs 40 euros.</p>
</article>
</main>
<footer>Ragusa Review · Independent English-language news from Dubrovnik · <a \
href="/contact">Contact</a></footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "<title>: the ambassador relaying the NIS (Thursday) to publication", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "headline 'Korean envoy in Dubrovnik:': the NIS figure she relayed (Thursday) to "
          "publication: dead"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'Hours earlier' than the Thursday evening talk: died"),
        C("some 11,000", 11000, "approx", "near_front", "south_korea", "thu",
          "'The ambassador, citing the same briefing' (X citing Y): in the Kursk border area"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "thu",
          "same passage, 'she said' at the end: 'more' moved into Russia (increment)",
          add=True),
        C("at least 4,000", 4000, "at_least", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "Zelensky 'said in August' „…“: killed and wounded"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-08-01..2025-08-31",
          "same statement: 'more could follow' (vague increment)", add=True),
        C("between 1,500 and 2,500", None, "range", "casualties", "united_states", "tue",
          "US official 'on Tuesday': dead"),
        C("more than 25,000", 25000, "at_least", "planned", "other", "pub",
          "Dubrovnik think-tank head 'believes … he said after the talk' (Thursday evening or "
          "no date: `pub`): in Russia by spring"),
    ),
)

V11 = Source(
    article_id="v74_11_aitutaki_island_notes_parade_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "Aitutaki Island Notes",
        "https://aitutaki-notes.example/2025/10/from-the-lagoon-to-pyongyang",
        "From the lagoon to Pyongyang: what the parade told us",
    ),
    features="Aitutaki community page in Markdown, UTF-8 with BOM, front matter without a date "
        "(sidecar, Wednesday), Cook Islands Maori greetings; Kim's parade speech 'On October "
        "10' „thousands“ (north_korea, via state media); Seoul's intelligence service 'Last "
        "week it informed parliament' with two figures; HUR 'at the weekend' `up to 30,000 "
        "fresh troops` (increment); a lagoon boat operator and NZ Army veteran (other, `pub`) "
        "with an estimate and „a good few thousand“ who won't come home; the page's own sum "
        "(unattributed); flights, choir, visitors, water temperature, volunteers",
    text="""\
---
title: "From the lagoon to Pyongyang: what the parade told us"
page: Aitutaki Island Notes
author: "Mere Tuara"
---

# From the lagoon to Pyongyang: what the parade told us

*Aitutaki Island Notes: community news from Arutanga and the villages*

Kia orana tatou. This page usually brings you fishing reports, church rosters and the netball \
results from Tautu. But a number of readers have asked about the pictures from North Korea that \
were on the big screen at the Orongo Centre, so this week we have done some reading for you.

On October 10, North Korea held a huge parade in Pyongyang to mark 80 years of its ruling party. \
Among the marching columns were soldiers who had fought for Russia. In his speech, Kim Jong Un \
praised the "[[thousands]] of brave sons" who fought in Kursk, state media reported.

South Korea's intelligence service has been counting since the start. Last week it informed \
parliament in Seoul that [[about 10,000]] North Korean troops were still posted along Russia's \
border with Ukraine, with [[5,000]] construction soldiers working on roads and railways behind \
them. Ukraine's military intelligence went further at the weekend, saying Moscow and Pyongyang \
had discussed [[up to 30,000]] fresh troops for next year.

Teina Marsters served 14 years with the New Zealand Army and now runs a glass-bottom boat out of \
Arutanga. He follows the war closely. "If you add it all up, I'd say somewhere [[around 20,000]] \
of their boys have gone over," he told us at the wharf. "And [[a good few thousand]] won't be \
coming home."

By this page's own arithmetic, adding up the figures Seoul has released since last October, \
[[roughly 16,000]] North Koreans have been sent to Russia so far. That does not count the \
labourers who work on Russian building sites.

Why does it matter here, so far from Kursk? Because, as Teina says, "every war reaches the \
Pacific in the end, through the prices at the shop if nothing else".

## Closer to home

- Air Rarotonga adds a third daily flight from 1 November.
- The combined Vaipae and Tautu choir is up to 46 voices. Practice is Thursdays at 6.
- Lagoon day drew 180 visitors on Saturday; the water was 27 degrees.
- Meitaki maata to the 12 volunteers who repainted the Arutanga hall.
""",
    claims=(
        C("thousands", None, "vague", "near_front", "north_korea", "2025-10-10",
          "Kim's parade speech 'On October 10', 'state media reported' at the end: fought in "
          "Kursk"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "'Last week it informed parliament': posted along the border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "lastweek",
          "same briefing: construction soldiers behind them (no increment word)"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "sat..sun",
          "Ukraine's military intelligence 'at the weekend': 'fresh troops' discussed for next "
          "year (increment)", add=True),
        C("around 20,000", 20000, "approx", "in_russia", "other", "pub",
          "NZ Army veteran 'he told us at the wharf' (no date): gone over"),
        C("a good few thousand", None, "vague", "casualties", "other", "pub",
          "same speaker: won't be coming home"),
        C("roughly 16,000", 16000, "approx", "in_russia", "unattributed", "pub",
          "the page's own sum 'By this page's own arithmetic' (unattributed, required)"),
    ),
)

V12 = Source(
    article_id="v74_12_atlantic_islands_letter_lajes",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-25"),
    dated_by="dateline",
    features="Azores English-language newsletter as plain text, ISO-8859-1 (straight quotes, "
        "`--`), masthead with an issue number, dateline 'ANGRA DO HEROÍSMO, Terceira, 25 "
        "November 2025 --' (Tuesday); a year-end look from Lajes Field; the newsletter's own "
        "count `At least 14,000` (unattributed); the USFK commander 'last week'; the NIS 'On "
        "November 4' (two figures, carried by 'it said'); HUR 'on Friday'; Russia's ambassador "
        "in Pyongyang 'in early November' `several thousand more` builders (vague increment, "
        "russia); Portugal's foreign minister 'on Thursday' (other); airmen, islands, "
        "population, runway length, flights, euros, 1943",
    text="""\
ATLANTIC ISLANDS LETTER
An English-language newsletter for the Azores -- No. 47

ANGRA DO HEROÍSMO, Terceira, 25 November 2025 -- Kursk is a long way from Lajes Field, but a year \
of North Korea's war in Russia has been felt even here, where C-17s bound for Europe still stop \
to refuel on a runway the Allies first used in 1943. This issue looks back at the year in numbers.

[[At least 14,000]] North Korean soldiers have passed through Russian training grounds since last \
October. That much is no longer disputed; what happened to them afterwards is.

The most senior American officer in Korea, Gen. Xavier Brunson of U.S. Forces Korea, told a \
defence forum in Seoul last week that "[[about 15,000]]" North Koreans had rotated through Russia \
in all, some of them twice. Seoul's own figures are a little lower. On November 4, South Korea's \
National Intelligence Service said [[roughly 10,000]] were still deployed near the Ukrainian \
border, mostly guarding positions and clearing mines. It put the North Korean dead at [[about \
2,000]], a figure it has not changed since September.

Kyiv counts more. Ukraine's military intelligence agency said on Friday that [[nearly 12,000]] \
North Koreans were now in Russia's Kursk and Belgorod regions, with artillery crews among them.

Russia, for its part, talks about rebuilding. Moscow's man in Pyongyang, ambassador Alexander \
Matsegora, told the newspaper Izvestia in early November that [[several thousand]] more North \
Korean builders would arrive by spring to repair towns in the Kursk region.

Portugal's foreign minister, Paulo Rangel, told parliament in Lisbon on Thursday that \
"[[thousands]] of North Korean soldiers" on European soil were "a fact that NATO can no longer \
treat as a distant problem". Lisbon has pledged 220 million euros in military aid to Ukraine this \
year.

At Lajes the American presence is smaller than it was: about 160 airmen, down from more than \
1,000 at the height of the Cold War. Flights to Ramstein and Rota have doubled since 2022, the \
base says, and the 3,300-metre runway is busy again.

For the 55,000 people of Terceira, the war mostly shows up in diesel prices. A litre cost 1.62 \
euros in Angra this week.

Atlantic Islands Letter appears every second Tuesday. Subscriptions: 24 euros a year.
""",
    claims=(
        C("At least 14,000", 14000, "at_least", "in_russia", "unattributed", "pub",
          "the newsletter's own count, sentence-initial 'At least', no source (unattributed, "
          "required): passed through Russian training grounds"),
        C("about 15,000", 15000, "approx", "in_russia", "united_states", "lastweek",
          "USFK commander Brunson 'told a defence forum in Seoul last week' „…“: rotated "
          "through Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'On November 4 … said': deployed near the Ukrainian border"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'It put the North Korean dead at' (same statement; 'since September' is the event)"),
        C("nearly 12,000", 12000, "approx", "near_front", "ukraine", "fri",
          "HUR 'said on Friday': in the Kursk and Belgorod regions"),
        C("several thousand", None, "vague", "planned", "russia", "2025-11-01..2025-11-10",
          "Russia's ambassador in Pyongyang 'in early November': 'more' builders would arrive "
          "(vague increment)", add=True),
        C("thousands", None, "vague", "in_russia", "other", "thu",
          "Portugal's foreign minister 'on Thursday' (a third government: other): on European "
          "soil, i.e. in Russia"),
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
