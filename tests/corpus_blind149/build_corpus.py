"""Build the HUNDRED-AND-FORTY-NINTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-first corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the
newsletter of a community bus association in the Selfkant with a bus driver from Poltava and a
doctoral student from Suwon, the club magazine of a motorcycle club in the Walgau (Austrian
conventions) with a mechanic from Ternopil and a crane engineer from Ulsan, the circular of an
alphorn players' association in the upper Simmental (Swiss conventions) with a woodcarver from Kosiv
and a trombonist from Incheon, a repair café's circular from Herrischried in the Hotzenwald with an
electrician from Zaporizhzhia and a watchmaker from Seoul, the summer letter of a vintage tractor
club in the Drömling with a fitter from Uman and an engineer from Changwon, and a bobbin lace
circle's letter from Kehdingen with a seamstress from Chernihiv and a nurse from Mokpo; an
agency-style wire report from Kavaratti in Lakshadweep on a South Korean coral survey crew, a fiddle
summer school's newsletter from Tory Island with a violinist from Vinnytsia and a fiddle student
from Jeonju, an animal rescue shelter's news page from Culebra with volunteers from Dnipro and
Cheongju, a readers' letters page from a Martha's Vineyard weekly with letters quoting a nephew and
a father, a yoga retreat's notes from Bocas del Toro with a teacher from Mykolaiv and a retired
naval officer from Jinhae, and a garden club's autumn newsletter from Campobello Island. Same file
format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
claim figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private
module instance whose `SOURCES` are set to ours (under its own module name, so it never shares state
with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind149_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Selfkant, Walgau, Obersimmental, Hotzenwald, Drömling, Kehdingen)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="y149_01_haltestelle_buergerbus_selfkant_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="the newsletter of a community bus association (Bürgerbusverein) in the Selfkant "
        "(Kreis Heinsberg, the westernmost corner of Germany) in HTML, UTF-8, "
        "`article:published_time` +01:00 (Wednesday), a cookie note about the stop search, a page "
        "script, navigation, entities (`&bdquo;`, `&ldquo;`, `&middot;`, `&nbsp;`), a footer with "
        "a postcode and a phone number; `<title>` and headline without a figure; passengers, fares "
        "and volunteer drivers first; a bus driver from Poltava relaying his nephew in the "
        "Ukrainian-held part of the Kursk region ('Am Sonntag habe ihm der Neffe geschrieben …, "
        "berichtet Oleksandr') `mehrere hundert` (other, from Sunday to publication); a doctoral "
        "student from Suwon 'vermutet' `zwanzigtausend` by spring (number word, planned, other, "
        "`pub`); the NIS 'am 23. Oktober' 'weitere' `1.500` (increment, 'weitere' before the "
        "figure) and, carried by 'so der Dienst', `rund 10.000` by December (a total to come: "
        "planned, not an increment); the Pentagon 'Ende Oktober' `etwa 10.000` in training in "
        "eastern Russia (days 21-31); sentence-initial `Bis zu 8.000` with the claimant after the "
        "figure ('…, sagte US-Außenminister Antony Blinken am 31. Oktober'); Zelensky 'gestern' "
        "`11.000` in Kursk; NATO 'vergangene Woche' `mehrere tausend` in the border region; "
        "passengers, seats, fares in euros and cents, drivers, ages, AWACS aircraft, years, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Haltestelle 47 | Bürgerbusverein Selfkant</title>
<meta property="article:published_time" content="2024-11-06T07:45:00+01:00">
<script>var buergerbus = {linie: "SB 1", ausgabe: 47, wintertakt: true};</script>
</head>
<body>
<div class="cookie-hinweis">Ein einziges Cookie merkt sich, welche Haltestelle Sie zuletzt gesucht \
haben. <a href="#" class="zu">Verstanden</a></div>
<nav><a href="/">Bürgerbus</a> &middot; <a href="/fahrplan">Fahrplan</a> &middot; <a \
href="/fahrer">Fahrer werden</a> &middot; <a href="/haltestelle">Haltestelle</a></nav>
<main>
<h1>Neue Gesichter am Steuer</h1>
<p>Liebe Fahrgäste, liebe Mitglieder,</p>
<p>seit dem Fahrplanwechsel fährt unser Kleinbus mit seinen acht Sitzen auch samstags von \
Isenbruch über Havert und Tüddern bis zum Markt in Gangelt. Im Oktober zählten wir 1.184 \
Fahrgäste, so viele wie nie zuvor in einem Monat. Eine Fahrt kostet weiterhin 1,80&nbsp;Euro, mit \
dem Selfkant-Pass 90&nbsp;Cent. Im Dienstplan stehen jetzt 19 ehrenamtliche Fahrerinnen und \
Fahrer; der älteste ist 79 und fährt am liebsten die Frühtour.</p>
<h2>Aus Poltawa und aus Suwon</h2>
<p>Neu im Team ist Oleksandr Hryzaj, 58, der in Poltawa drei Jahrzehnte lang Linienbusse gesteuert \
hat und seit dem Frühjahr 2022 mit seiner Frau in Höngen lebt. Die Prüfung für den \
Personenbeförderungsschein hat er im Sommer im dritten Anlauf bestanden, &bdquo;wegen der \
Fragebögen, nicht wegen der Kurven&ldquo;. Sein Neffe dient in einer Panzergrenadiereinheit in dem \
Streifen des Gebiets Kursk, den die Ukraine seit August hält. Am Sonntag habe ihm der Neffe \
geschrieben, vor ihrem Abschnitt seien [[mehrere hundert]] Nordkoreaner aufgetaucht, die kaum ein \
Wort Russisch sprächen, berichtet Oleksandr.</p>
<p>Unsere Stammgäste kennen auch Choi Yu-na, 27, aus Suwon, die an der RWTH in Aachen über \
Wasserstoffmotoren promoviert und jeden Freitag mit uns zum Bahnhof nach Geilenkirchen fährt. Sie \
vermutet, dass bis zum Frühjahr [[zwanzigtausend]] Soldaten aus dem Norden in Russland sein \
werden, &bdquo;und keine Mutter in Pjöngjang erfährt, wofür&ldquo;.</p>
<h2>Was bisher bekannt ist</h2>
<p>Seouls Geheimdienst NIS hatte am 23. Oktober vor Abgeordneten erklärt, Pjöngjang habe weitere \
[[1.500]] Soldaten nach Russland verschifft. Bis Dezember, so der Dienst, würden es [[rund \
10.000]] sein. Ende Oktober bezifferte das Pentagon die Zahl der Nordkoreaner, die im Osten \
Russlands ausgebildet werden, bereits auf [[etwa 10.000]]. [[Bis zu 8.000]] von ihnen seien schon \
in das Gebiet Kursk verlegt worden, sagte US-Außenminister Antony Blinken am 31. Oktober. \
Präsident Selenskyj sprach gestern von [[11.000]] Nordkoreanern im Gebiet Kursk, erste Gefechte \
habe es bereits gegeben. Auch die Nato, deren 14 Awacs-Flugzeuge im nahen Geilenkirchen \
stationiert sind, bestätigte vergangene Woche, dass [[mehrere tausend]] nordkoreanische Soldaten \
in die Grenzregion gebracht worden seien.</p>
<h2>Termine</h2>
<ul><li>Fahrerstammtisch: Dienstag, 19. November, 19 Uhr, Gaststätte am Markt in \
Tüddern</li><li>Wintertakt ab 2. Dezember: letzte Fahrt ab Gangelt um 17.40 \
Uhr</li><li>Fahrtwünsche für Rollstuhlnutzer bitte bis 12 Uhr am Vortag</li></ul>
</main>
<footer>Bürgerbusverein Selfkant e.V. &middot; Am Rathaus 13 &middot; 52538 Selfkant &middot; \
Fahrtwunsch-Telefon 02456 50 88 31 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/fahrplan.js"></script>
</body>
</html>
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun..pub",
          "a bus driver from Poltava relaying his nephew in the Ukrainian-held part of the Kursk "
          "region ('Am Sonntag habe ihm der Neffe geschrieben …, berichtet Oleksandr', Konjunktiv; "
          "the speaker quoted: other): turned up in front of their sector (from Sunday to "
          "publication)"),
        C("zwanzigtausend", 20000, "exact", "planned", "other", "pub",
          "a doctoral student from Suwon, 'Sie vermutet' (undated): in Russia by spring (a "
          "forecast: planned; number word)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-23",
          "the NIS 'am 23. Oktober vor Abgeordneten erklärt': 'weitere' shipped to Russia "
          "(increment, span without the word)", add=True),
        C("rund 10.000", 10000, "approx", "planned", "south_korea", "2024-10-23",
          "same briefing, carried by 'so der Dienst': 'Bis Dezember … würden es … sein' (the total "
          "to come: planned, not an increment)"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "the Pentagon 'Ende Oktober' (day 21 to the month's end): being trained in eastern "
          "Russia"),
        C("Bis zu 8.000", 8000, "at_most", "near_front", "united_states", "2024-10-31",
          "sentence-initial figure, the claimant after it ('…, sagte US-Außenminister Antony "
          "Blinken am 31. Oktober'), Konjunktiv: moved into the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "yday",
          "Zelensky 'sprach gestern von' (5 November): in the Kursk region"),
        C("mehrere tausend", None, "vague", "near_front", "nato", "lastweek",
          "NATO 'bestätigte vergangene Woche': brought to the border region"),
    ),
)

S02 = Source(
    article_id="y149_02_clubheft_motorradfreunde_walgau_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-01-29"),
    dated_by="front_matter", crlf=True,
    features="the club magazine of a motorcycle club in the Walgau (Nenzing, Vorarlberg) in "
        "Markdown, windows-1252 with CRLF, front matter with `date:` (Wednesday) and a title "
        "without a figure; Austrian conventions (`Jänner`, `Feber`, `heuer`, `Servus miteinand`, "
        "`Obmann`); the club workshop, members and a pass ride first; a mechanic from Ternopil "
        "relaying his brother ('Vorige Woche, schreibt Roman …, habe ihm der Bruder Fotos "
        "geschickt') `Dutzende` dead (other, `lastweek`); a crane engineer from Ulsan 'rechnet "
        "damit' `zwischen 10.000 und 15.000` 'zusätzlich' (range, increment, planned, other, "
        "`pub`); the NIS 'Mitte Jänner' `etwa 3.000` dead and wounded (days 11-20); Zelensky 'am "
        "Sonntag in seiner Videoansprache' `knapp 4.000`; Kyiv 'am 11. Jänner' `zwei` captured "
        "(number word); Rutte 'am Montag in Brüssel' `mehr als 10.000` at Moscow's disposal; 'Nach "
        "Einschätzung des ukrainischen Militärgeheimdienstes' `höchstens 8.000` still in the "
        "combat zone (at_most, `pub`), Konjunktiv after it; members, motorcycles and their years, "
        "euros, the pass altitude, ages, training places, a phone number",
    text="""\
---
title: "Clubheft 1/2025"
date: 2025-01-29
verein: Motorradfreunde Walgau
---

# Winterpause in der Clubwerkstatt

Servus miteinand,

die Maschinen sind eingewintert, aber in unserer Werkstatt hinter dem Feuerwehrhaus in Nenzing \
brennt jeden Donnerstag Licht. Seit Allerheiligen haben 23 Mitglieder Vergaser zerlegt, Bremsen \
entlüftet und eine Puch 250 SGS aus dem Jahr 1968 wieder zum Laufen gebracht. Der Verein zählt \
heuer 71 Mitglieder, der Jahresbeitrag bleibt bei 35 Euro. Die Saisoneröffnung mit Motorradsegnung \
ist für Sonntag, 6. April, geplant; ob die erste Ausfahrt über das Faschinajoch (1.486 m) gehen \
kann, entscheidet wie immer der Schnee.

## Zwei neue Schrauber

Roman Melnyk, 41, war in Ternopil Kfz-Mechaniker und arbeitet seit 2022 in einer Werkstatt in \
Frastanz. Unserer alten Guzzi hat er die Lichtmaschine gerichtet, ohne ein einziges Ersatzteil zu \
bestellen. Sein jüngerer Bruder kämpft mit einer Sturmbrigade im Gebiet Kursk. Vorige Woche, \
schreibt Roman in unserer Chatgruppe, habe ihm der Bruder Fotos geschickt: [[Dutzende]] tote \
Nordkoreaner im Schnee vor einem Waldrand, kaum einer älter als 25.

Ebenfalls neu ist Jung Min-ho, 36, Konstrukteur aus Ulsan, der für einen Kranbauer im Walgau \
Ausleger berechnet und daheim eine Honda CB 750 von 1979 restauriert. Der Norden sei für ihn „ein \
fremdes Land, das zufällig unsere Sprache spricht“. Jung rechnet damit, dass Pjöngjang heuer \
[[zwischen 10.000 und 15.000]] Mann zusätzlich an Moskau ausleiht.

## Was man aus Kursk hört

Mitte Jänner schätzte Seouls Geheimdienst, dass [[etwa 3.000]] Nordkoreaner getötet oder verletzt \
worden seien. Präsident Selenskyj nannte am Sonntag in seiner Videoansprache bereits [[knapp \
4.000]]. Kiew hatte am 11. Jänner gemeldet, man habe [[zwei]] verwundete Nordkoreaner gefangen \
genommen. Nato-Generalsekretär Mark Rutte sagte am Montag in Brüssel, Pjöngjang stelle Moskau \
inzwischen [[mehr als 10.000]] Soldaten zur Verfügung. Nach Einschätzung des ukrainischen \
Militärgeheimdienstes sind derzeit [[höchstens 8.000]] von ihnen noch im Kampfgebiet. Der Rest sei \
verwundet, gefallen oder zum Auffrischen nach hinten verlegt worden, die Einheiten würden neu \
aufgefüllt.

## Termine

- Jahreshauptversammlung: Freitag, 21. Feber, 19.30 Uhr, Gasthaus Löwen in Nenzing
- Fahrsicherheitstraining in Röthis: 80 Euro, höchstens 12 Plätze
- Kontakt: Obmann Herbert Ganahl, 0664 381 27 90
""",
    claims=(
        C("Dutzende", None, "vague", "casualties", "other", "lastweek",
          "a mechanic from Ternopil relaying his brother in the Kursk region ('Vorige Woche, "
          "schreibt Roman …, habe ihm der Bruder Fotos geschickt'; the speaker quoted: other): "
          "dead in the snow"),
        C("zwischen 10.000 und 15.000", None, "range", "planned", "other", "pub",
          "a crane engineer from Ulsan, 'rechnet damit' (undated): 'zusätzlich' lent to Moscow "
          "this year (range, increment, planned)", add=True),
        C("etwa 3.000", 3000, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS 'Mitte Jänner' (days 11-20): dead and wounded"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'am Sonntag in seiner Videoansprache' (26 January): dead and wounded ('knapp' "
          "as approx)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Kyiv 'hatte am 11. Jänner gemeldet': captured (number word)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "mon",
          "Rutte 'sagte am Montag in Brüssel' (27 January), Konjunktiv: at Moscow's disposal"),
        C("höchstens 8.000", 8000, "at_most", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): still in the "
          "combat zone"),
    ),
)

S03 = Source(
    article_id="y149_03_rundbrief_alphorn_obersimmental",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-06-25"),
    dated_by="sidecar",
    sidecar=(
        "Alphornvereinigung Obersimmental – Rundbrief",
        "https://www.alphorn-obersimmental.example/rundbrief/sommer-2025",
        "Rundbrief Sommer 2025: Nebel auf dem Rinderberg, ein Trembita-Bauer aus Kossiw und ein "
        "Posaunist aus Incheon",
    ),
    features="the circular of an alphorn players' association in the upper Simmental (Zweisimmen, "
        "Bernese Oberland) as plain text, UTF-8 with BOM (sidecar, Wednesday), `–` list dashes; "
        "Swiss conventions (`ss`, «», `4'600`, `6'000`, `11'000`, `3'000`, `5'000`, `25'000`); the "
        "alphorn meeting, players and the price of a horn first; a woodcarver from Kosiv relaying "
        "his son ('Am Freitag, erzählt Wassyl, habe der Sohn angerufen') `ein paar Dutzend` in "
        "fresh trenches opposite (other, from Friday to publication); a trombonist from Incheon "
        "«Es werden noch `Zehntausende` nachkommen» (vague, increment, planned, other, `pub`); "
        "Shoigu 'Am 17. Juni' `6'000` deminers and builders (planned); the NIS 'am Montag' `rund "
        "11'000` still in Russia ('der Grossteil in der Grenzregion': the total counts, in Russia) "
        "and, Konjunktiv carried, `rund 3'000` 'nachgeschickt' (increment); 'Aus dem Pentagon "
        "hiess es vergangene Woche' `über 5'000` dead and wounded; North Korean state television "
        "'Anfang Juni' the coffins of `101` fallen (days 1-10); 'In Medienberichten' `bis zu "
        "25'000` 'weiteren' builders (unattributed, required, at_most, increment, planned, `pub`); "
        "players, listeners, a horn's length in metres, francs, ages, a rehearsal time, a phone "
        "number",
    text="""\
Alphornvereinigung Obersimmental – Rundbrief Sommer 2025

Liebe Bläserinnen und Bläser, liebe Gönnerinnen und Gönner

Am Alphorntreffen auf dem Rinderberg oberhalb von Zweisimmen haben am 15. Juni 64 Bläserinnen und \
Bläser aus dem ganzen Oberland gespielt, so viele wie noch nie. Trotz Nebel fuhren rund 900 \
Zuhörerinnen und Zuhörer mit der Gondel herauf. Unser Verein zählt heute 38 Aktive. Ein neues Horn \
aus Bergfichte, 3,5 Meter lang, kostet beim Instrumentenbauer in Boltigen gegen Fr. 4'600.

Zwei neue Gesichter in der Probe

Seit dem Frühling bläst Wassyl Schkurak mit, 61, Holzschnitzer aus Kossiw in den ukrainischen \
Karpaten. Daheim hat er Trembitas gebaut, die langen Hörner der Huzulen; heute lebt er mit seiner \
Frau in St. Stephan. Ihr Sohn dient in einer Artilleriebrigade bei Sumy. Am Freitag, erzählt \
Wassyl, habe der Sohn angerufen: Gegenüber lägen seit Tagen [[ein paar Dutzend]] Nordkoreaner in \
frisch ausgehobenen Gräben.

Dazu kommt Han Seo-jun, 24, Posaunist aus Incheon, der an der Hochschule der Künste in Bern \
studiert und das Alphorn «aus Neugier und aus Heimweh nach Bergen» lernt. Über den Norden spricht \
er ungern. «Es werden noch [[Zehntausende]] nachkommen, solange Moskau bezahlt», sagt er.

Aus den Nachrichten

Am 17. Juni kündigte Russlands Sicherheitsratssekretär Sergei Schoigu in Pjöngjang an, der Norden \
werde [[6'000]] Minenräumer und Militärbauarbeiter ins Gebiet Kursk entsenden. Südkoreas \
Nachrichtendienst teilte am Montag mit, [[rund 11'000]] nordkoreanische Soldaten befänden sich \
weiterhin in Russland, der Grossteil in der Grenzregion. Seit Jahresbeginn seien [[rund 3'000]] \
Mann nachgeschickt worden. Aus dem Pentagon hiess es vergangene Woche, die Verluste des Nordens \
lägen bei [[über 5'000]] Toten und Verwundeten. Das nordkoreanische Staatsfernsehen zeigte Anfang \
Juni, wie Kim Jong Un die Särge von [[101]] Gefallenen mit der Landesflagge bedeckte. In \
Medienberichten war zuletzt von [[bis zu 25'000]] weiteren Bauarbeitern die Rede.

Vereinsagenda

– Probe jeden Dienstag, 19.30 Uhr, im Singsaal des Schulhauses Zweisimmen
– Unterhaltungsabend: Samstag, 8. November, Mehrzweckhalle Boltigen
– Kassier: Ueli Gobeli, 033 722 16 49
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "fri..pub",
          "a woodcarver from Kosiv relaying his son, a gunner near Sumy ('Am Freitag, erzählt "
          "Wassyl, habe der Sohn angerufen', Konjunktiv; the speaker quoted: other): in fresh "
          "trenches opposite (from Friday to publication)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "a trombonist from Incheon, «…», 'sagt er' (undated): 'nachkommen' (increment, a "
          "forecast: planned)", add=True),
        C("6'000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni kündigte … in Pjöngjang an': deminers and military builders to be "
          "sent to Kursk (planned)"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "mon",
          "the NIS 'teilte am Montag mit' (23 June), Konjunktiv: still in Russia ('der Grossteil "
          "in der Grenzregion': the figure is the total in Russia)"),
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "mon",
          "same statement, Konjunktiv carried: 'nachgeschickt' since January "
          "(increment)", add=True),
        C("über 5'000", 5000, "at_least", "casualties", "united_states", "lastweek",
          "'Aus dem Pentagon hiess es vergangene Woche': dead and wounded"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-06-01..2025-06-10",
          "North Korean state television 'zeigte Anfang Juni' (days 1-10): coffins of the fallen"),
        C("bis zu 25'000", 25000, "at_most", "planned", "unattributed", "pub",
          "'In Medienberichten war zuletzt … die Rede' (no source: unattributed, required): "
          "'weiteren' builders (increment, planned)", add=True),
    ),
)

S04 = Source(
    article_id="y149_04_reparaturtreff_hotzenwald",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-14"),
    dated_by="dateline",
    features="the circular of a repair café in the Hotzenwald (southern Black Forest) as plain "
        "text, ISO-8859-1 with straight quotes and '-' (no sidecar), dated by the place line "
        "'Herrischried, 14. März 2025' (Friday); repaired items, the success rate and donations "
        "first; an electrician from Zaporizhzhia relaying his son ('Am Mittwoch habe der Sohn "
        "geschrieben …, erzählt Petro') `etlichen hundert` at a time (vague, other, from Wednesday "
        "to publication); a watchmaker from Seoul 'schätzt' `weit über 1.000` lost (at_least, "
        "casualties, other, `pub`); the joint chiefs 'am Montag' `rund 3.000` 'nachgeschickt' "
        "(increment) and, carried by 'die Militärs', `etwa 4.000` dead and wounded; 'Dem "
        "ukrainischen Generalstab zufolge' `mehr als 200` killed in the first week of March (a "
        "period counted, not the day of the claim: `pub`); Budanov 'geht davon aus' `nicht mehr "
        "als 8.000` at the front (at_most, `pub`); 'Aus dem Weißen Haus hieß es vergangene Woche' "
        "`Tausende` 'weitere' (vague, increment, planned); repaired items, half a dozen bicycles, "
        "per cent, euros, volunteers, ages, a clock's year, a phone number",
    text="""\
Reparaturtreff Hotzenwald - Rundbrief Nr. 9

Herrischried, 14. März 2025

Liebe Helferinnen und Helfer, liebe Gäste,

an den drei Samstagen im Februar sind im Pfarrsaal 112 kaputte Dinge auf unseren Tischen gelandet: \
Toaster, Nähmaschinen, eine Standuhr von 1911 und ein halbes Dutzend Kinderfahrräder. 81 davon \
liefen am Ende wieder, gut 72 Prozent. Ersatzteile geben wir zum Einkaufspreis weiter; für Kaffee \
und Kuchen bitten wir um eine Spende, im Schnitt kamen 4 Euro pro Gast zusammen. Danke an die 17 \
Ehrenamtlichen, die bei Schneetreiben den Weg herauf gefunden haben.

Am Elektrotisch sitzt seit dem Herbst Petro Kowal, 63, Elektromeister aus Saporischschja, der jede \
kaputte Kaffeemaschine als persönliche Beleidigung nimmt. Sein Sohn ist Funker in einer Brigade \
bei Sudscha. Am Mittwoch habe der Sohn geschrieben, die Nordkoreaner griffen wieder an, jedes Mal \
mit [[etlichen hundert]] Mann auf einmal, erzählt Petro. Mehr sagt er dazu nicht.

Die Uhren hat seit Januar Lee Seo-yeon übernommen, 34, Uhrmacherin aus Seoul, die bei einer \
Manufaktur in Basel arbeitet und an den Wochenenden im Hotzenwald wandert. Die Standuhr schlägt \
dank ihr wieder. Lee schätzt, dass der Norden bereits [[weit über 1.000]] Soldaten verloren hat, \
"und die Familien erfahren es als letzte".

Zur Lage: Wie der südkoreanische Generalstab am Montag mitteilte, hat Pjöngjang im Januar und \
Februar [[rund 3.000]] Soldaten nachgeschickt. Die Verluste der Nordkoreaner bezifferten die \
Militärs auf [[etwa 4.000]] Tote und Verwundete. Dem ukrainischen Generalstab zufolge wurden \
allein in der ersten Märzwoche [[mehr als 200]] von ihnen getötet. Der Chef des ukrainischen \
Militärgeheimdienstes, Kyrylo Budanow, geht davon aus, dass derzeit [[nicht mehr als 8.000]] \
Soldaten des Nordens in Kursk tatsächlich kämpfen. Aus dem Weißen Haus hieß es vergangene Woche, \
Kim könne jederzeit [[Tausende]] weitere schicken.

Aus dem Verein
- Nächster Treff: Samstag, 29. März, 14 bis 17 Uhr, Pfarrsaal Herrischried
- Gesucht: jemand, der Fahrradnaben versteht. Kontakt: Gisela Albiez, Tel. 07764 93 18 42
""",
    claims=(
        C("etlichen hundert", None, "vague", "near_front", "other", "wed..pub",
          "an electrician from Zaporizhzhia relaying his son, a radio operator near Sudzha ('Am "
          "Mittwoch habe der Sohn geschrieben …, erzählt Petro', Konjunktiv; the speaker quoted: "
          "other): attacking at a time (from Wednesday to publication)"),
        C("weit über 1.000", 1000, "at_least", "casualties", "other", "pub",
          "a watchmaker from Seoul, 'Lee schätzt' (undated): soldiers lost ('weit über' as "
          "at_least)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the joint chiefs 'Wie der südkoreanische Generalstab am Montag mitteilte' (10 March): "
          "'nachgeschickt' in January and February (increment)", add=True),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "same statement, 'bezifferten die Militärs' (the joint chiefs referred back to): dead "
          "and wounded"),
        C("mehr als 200", 200, "at_least", "casualties", "ukraine", "pub",
          "'Dem ukrainischen Generalstab zufolge' (undated): killed in the first week of March "
          "alone (the week counted, not the day of the claim)"),
        C("nicht mehr als 8.000", 8000, "at_most", "near_front", "ukraine", "pub",
          "Budanov 'geht davon aus' (undated): at the front in the Kursk region ('nicht mehr als' "
          "as at_most)"),
        C("Tausende", None, "vague", "planned", "united_states", "lastweek",
          "'Aus dem Weißen Haus hieß es vergangene Woche', Konjunktiv: 'weitere' could be sent "
          "(increment, planned)", add=True),
    ),
)

S05 = Source(
    article_id="y149_05_sommerbrief_oldtimer_droemling_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-08-22"),
    dated_by="sidecar",
    sidecar=(
        "Oldtimerfreunde Drömling e.V. – Sommerbrief",
        "https://www.oldtimerfreunde-droemling.example/sommerbrief/2025",
        "Sommerbrief 2025: 214 Traktoren an der Burg, ein Schlosser aus Uman und ein Ingenieur aus "
        "Changwon",
    ),
    features="the summer letter of a vintage tractor club in the Drömling (Oebisfelde, "
        "Saxony-Anhalt) in HTML, windows-1252 with raw `„“`, `·` and umlauts, no meta date "
        "(sidecar, Friday), a cookie note about the newsletter, a script, navigation, a footer "
        "with a postcode and a phone number; `<title>` and headline without a figure (the sidecar "
        "title's tractors are no claim); the tractor meeting, visitors and horsepower first; a "
        "farm machinery fitter from Uman relaying his cousin ('Am Dienstag schrieb er Mykola') "
        "`mehrere Dutzend` fallen this summer (vague, other, from Tuesday to publication); an "
        "engineer from Changwon 'erwartet' `etwa 30.000` stationed by the end of the year (approx, "
        "planned, other, `pub`); the NIS 'Anfang August' `etwa 2.000` fallen (days 1-10); 'Nach "
        "Angaben des Pentagons, das sich vergangene Woche äußerte' `rund 11.000` still in Russia; "
        "Russia's ambassador 'sagte am Montag der Agentur Tass' `6.000` builders and deminers to "
        "come (planned) and 'die ersten' `1.000` on their way (a first group of the 6.000: in "
        "Russia, not an increment); North Korean television 'am Sonntag' `mehr als hundert` fallen "
        "(number word); Zelensky 'warnte gestern' `25.000 bis 30.000` 'zusätzliche' (range, "
        "increment, planned); tractors, engines, visitors, degrees, horsepower, kilometres, euros, "
        "years, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Sommerbrief 2025 – Oldtimerfreunde Drömling</title>
<link rel="stylesheet" href="/css/verein.css">
<script>var treffen = {jahr: 2025, anmeldung: "geschlossen"};</script>
</head>
<body>
<div class="cookiebox">Unsere Seite merkt sich mit einem Cookie nur, ob Sie den Sommerbrief schon \
gelesen haben. <a href="#">Okay</a></div>
<nav><a href="/">Start</a> | <a href="/treffen">Treckertreffen</a> | <a \
href="/fuhrpark">Fuhrpark</a> | <a href="/sommerbrief">Sommerbrief</a></nav>
<article>
<h1>Ein Lanz, ein Hanomag und zwei Gäste von weit her</h1>
<p>Liebe Vereinsfreunde,</p>
<p>beim 19. Treckertreffen an der Burg Oebisfelde standen am ersten Augustwochenende 214 Traktoren \
und 37 Standmotoren auf der Wiese, und trotz 31 Grad kamen gut 3.400 Besucher. Ältester Teilnehmer \
war ein Lanz Bulldog von 1936, der mit seinen 45 PS die 12 Kilometer lange Rundfahrt durch den \
Drömling ohne Murren schaffte. Der Eintritt von 6 Euro geht wie jedes Jahr an die Kita in \
Breitenrode.</p>
<p>Zum ersten Mal dabei war Mykola Sawtschuk, 52, Landmaschinenschlosser aus Uman, der seit 2023 \
in einem Agrarbetrieb bei Kämkerhorst arbeitet und unseren Hanomag R 28 wieder in Gang gebracht \
hat. Sein Cousin ist Infanterist bei Sumy. Am Dienstag schrieb er Mykola, in den Wäldern gegenüber \
seien in diesem Sommer [[mehrere Dutzend]] Nordkoreaner gefallen, die meisten durch Drohnen.</p>
<p>Ebenfalls neu: Baek Jin-woo, 39, Ingenieur aus Changwon, der in Wolfsburg Getriebe entwickelt \
und privat einen Deutz F1L 514 von 1952 fährt. Er erwartet, dass Pjöngjang bis Jahresende [[etwa \
30.000]] Mann in Russland stationiert haben wird. „Das Geld geht direkt an das Regime“, sagt er.</p>
<h2>Aus den Nachrichten</h2>
<p>Anfang August meldete Südkoreas Geheimdienst, [[etwa 2.000]] Nordkoreaner seien bisher \
gefallen. Nach Angaben des Pentagons, das sich vergangene Woche äußerte, sind noch [[rund 11.000]] \
von ihnen in Russland. Russlands Botschafter in Pjöngjang sagte am Montag der Agentur Tass, \
[[6.000]] nordkoreanische Bauarbeiter und Minenräumer würden in den kommenden Monaten im Gebiet \
Kursk eintreffen; die ersten [[1.000]] seien bereits unterwegs. Im nordkoreanischen Fernsehen war \
am Sonntag zu sehen, wie sich Kim Jong Un vor den Bildern von [[mehr als hundert]] Gefallenen \
verneigte. Präsident Selenskyj warnte gestern, der Norden könne [[25.000 bis 30.000]] zusätzliche \
Soldaten schicken.</p>
<h2>Termine</h2>
<ul><li>Herbstausfahrt an die Ohre: Sonntag, 28. September, Start 10 Uhr an der \
Burg</li><li>Schrauberabend jeden zweiten Mittwoch in der Scheune in \
Wassensdorf</li><li>Jahresbeitrag: 30 Euro</li></ul>
</article>
<footer>Oldtimerfreunde Drömling e.V. · Burgstraße 8 · 39646 Oebisfelde-Weferlingen · Tel. 039002 \
47 16 33 · <a href="/impressum">Impressum</a></footer>
<script src="/js/verein.js"></script>
</body>
</html>
""",
    claims=(
        C("mehrere Dutzend", None, "vague", "casualties", "other", "tue..pub",
          "a farm machinery fitter from Uman relaying his cousin, an infantryman near Sumy ('Am "
          "Dienstag schrieb er Mykola', Konjunktiv; the speaker quoted: other): fallen in the "
          "woods opposite this summer (from Tuesday to publication)"),
        C("etwa 30.000", 30000, "approx", "planned", "other", "pub",
          "an engineer from Changwon, 'Er erwartet' (undated): stationed in Russia by the end of "
          "the year (a forecast: planned)"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-08-01..2025-08-10",
          "the NIS 'Anfang August meldete' (days 1-10): fallen so far"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'Nach Angaben des Pentagons, das sich vergangene Woche äußerte' (the relative clause "
          "dates the figure): still in Russia"),
        C("6.000", 6000, "exact", "planned", "russia", "mon",
          "Russia's ambassador in Pyongyang 'sagte am Montag der Agentur Tass' (18 August): "
          "builders and deminers to arrive in Kursk in the coming months (planned)"),
        C("1.000", 1000, "exact", "in_russia", "russia", "mon",
          "same statement: 'die ersten' already on their way (a first group of the 6.000, "
          "transported: in Russia; not an increment)"),
        C("mehr als hundert", 100, "at_least", "casualties", "north_korea", "sun",
          "North Korean television, 'war am Sonntag zu sehen' (17 August): Kim bowing before "
          "pictures of the fallen (number word)"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "yday",
          "Zelensky 'warnte gestern' (21 August), Konjunktiv: 'zusätzliche' could be sent (range, "
          "increment, planned)", add=True),
    ),
)

S06 = Source(
    article_id="y149_06_kloeppelbrief_kehdingen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-11-14"),
    dated_by="sidecar",
    sidecar=(
        "Klöppelkreis Kehdingen – Rundbrief",
        "https://www.kloeppelkreis-kehdingen.example/rundbrief/2025-11",
        "Rundbrief November 2025: Spitzenschau, eine Näherin aus Tschernihiw und eine "
        "Krankenschwester aus Mokpo",
    ),
    features="the circular of a bobbin lace circle in Kehdingen (Wischhafen, on the Lower Elbe) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Friday) and a title "
        "without a figure; the lace show, bobbin pairs and members first; a seamstress from "
        "Chernihiv relaying her husband ('Am Montag, erzählt Natalija, habe er ihr geschrieben') "
        "`einige hundert` gunners dug in opposite (vague, other, from Monday to publication); a "
        "nurse from Mokpo 'geht davon aus' `viele tausend` 'weitere' (vague, increment, planned, "
        "other, `pub`); the NIS 'Vergangene Woche unterrichtete', carried by 'Demnach' and "
        "Konjunktiv, `etwa 10.000` in the border area and `rund 2.000` wounded flown home; 'Laut "
        "Nato' `mehr als 15.000` sent so far (`pub`); the Kursk governor 'am Mittwoch' `gut "
        "tausend` deminers (number word, at_least, russia, near the front); visitors, bobbin "
        "pairs, members, ages, raffle euros, a cushion's price, a meeting time, a phone number",
    text="""\
---
title: "Rundbrief November 2025"
kreis: Klöppelkreis Kehdingen
---

# Rundbrief November 2025

Liebe Klöpplerinnen,

wir treffen uns weiter jeden Dienstag um 15 Uhr im Dorfgemeinschaftshaus in Wischhafen. Zur \
Spitzenschau im Oktober kamen 420 Gäste, und für Hannelores Kragen aus Leinengarn, an dem sie drei \
Winter gesessen hat, brauchte sie 96 Klöppelpaare. Der Kreis hat jetzt 17 Mitglieder, die jüngste \
ist 19. Die Tombola brachte 640 Euro, die wir an die Kinderkrebshilfe in Stade weitergeben. Neue \
Klöppelkissen gibt es für 45 Euro bei Gerda; das Leinengarn bestellen wir wieder gemeinsam, der \
Sammelauftrag geht am 1. Dezember hinaus.

Neu ist Natalija Boiko, 47, aus Tschernihiw, die schon als Mädchen geklöppelt hat und in Stade als \
Näherin arbeitet. Ihr Mann ist Artillerist im Gebiet Sumy. Am Montag, erzählt Natalija, habe er \
ihr geschrieben, gegenüber hätten sich [[einige hundert]] nordkoreanische Kanoniere eingegraben.

Auch Kwon Hye-jin, 31, Krankenschwester aus Mokpo, klöppelt seit dem Sommer mit. Sie geht davon \
aus, dass Kim noch [[viele tausend]] weitere Soldaten schicken wird.

## Aus der Zeitung

Vergangene Woche unterrichtete Südkoreas Geheimdienst die Abgeordneten in Seoul. Demnach stehen \
[[etwa 10.000]] Nordkoreaner im Grenzgebiet zur Ukraine; [[rund 2.000]] Verwundete seien nach \
Pjöngjang zurückgeflogen worden. Laut Nato sind bisher [[mehr als 15.000]] entsandt worden. Der \
Gouverneur des Gebiets Kursk sprach am Mittwoch von [[gut tausend]] nordkoreanischen Minenräumern \
in seiner Region.

## Termine

- Adventsmarkt in Drochtersen: Sonntag, 30. November, unser Stand ist gleich am Eingang
- Kontakt: Hannelore Brandt, 04148 61 72 04
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "mon..pub",
          "a seamstress from Chernihiv relaying her husband, a gunner in the Sumy region ('Am "
          "Montag, erzählt Natalija, habe er ihr geschrieben', Konjunktiv; the speaker quoted: "
          "other): dug in opposite (from Monday to publication)"),
        C("viele tausend", None, "vague", "planned", "other", "pub",
          "a nurse from Mokpo, 'Sie geht davon aus' (undated): 'weitere' to be sent (increment, "
          "planned)", add=True),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "the NIS 'Vergangene Woche unterrichtete … die Abgeordneten', carried by 'Demnach': in "
          "the border area with Ukraine"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same briefing, Konjunktiv: wounded flown back to Pyongyang"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "pub",
          "'Laut Nato' (undated): sent so far"),
        C("gut tausend", 1000, "at_least", "near_front", "russia", "wed",
          "the Kursk governor 'sprach am Mittwoch von' (12 November): deminers in his region "
          "('gut' as at_least; number word)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Lakshadweep, Tory Island, Culebra, Martha's Vineyard, Bocas del Toro,
# Campobello Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="y149_07_arabian_sea_wire_kavaratti",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-20"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Kavaratti (Lakshadweep) as plain text, UTF-8 with "
        "CRLF, slug line, byline and dateline 'KAVARATTI, Lakshadweep, December 20, 2024 (ASNS) –' "
        "(Friday); a South Korean coral survey vessel at anchor off the lagoon; the headline's "
        "`100` dead from the NIS briefing of Thursday (Thursday to publication, hedge dropped); "
        "the NIS 'In a closed-door session with lawmakers on Thursday' `about 100` killed and "
        "`nearly 1,000` wounded, and, the claimant after the figure ('…, the agency added'), "
        "`several thousand` 'more' for a second rotation (vague, increment, planned); 'A Pentagon "
        "spokesman said on Tuesday' `roughly 11,000` 'in all' moved into combat (near the front); "
        "Kyiv's military intelligence 'said on Monday' `at least 200` killed or wounded; a chief "
        "mate from Yeosu 'reckons' `30,000` by the summer (planned, other, `pub`); the vessel's "
        "length, scientists and crew, islands, islanders, kilometres, coral colonies, rupees, "
        "ages, a desk phone number",
    text="""\
ARABIAN SEA NEWS SERVICE | ASIA / INDIA | 1120 IST

Korean survey crew off Lakshadweep reads of the North's [[100]] dead

By Fathima Koya

KAVARATTI, Lakshadweep, December 20, 2024 (ASNS) – Aboard a South Korean research vessel anchored \
off the lagoon of Kavaratti, scientists mapping bleached coral spend their evenings on the aft \
deck refreshing news sites from Seoul, where the fate of North Korean soldiers sent to Russia has \
become the story of the week.

In a closed-door session with lawmakers on Thursday, South Korea's National Intelligence Service \
said [[about 100]] North Korean soldiers had been killed in their first weeks of combat in \
Russia's Kursk region and [[nearly 1,000]] wounded, blaming unfamiliar terrain and drone attacks. \
Pyongyang might be readying [[several thousand]] more for a second rotation, the agency added.

A Pentagon spokesman said on Tuesday that the North Koreans, [[roughly 11,000]] in all, had moved \
into combat alongside Russian units. Kyiv's military intelligence said on Monday that [[at least \
200]] North Koreans were killed or wounded during three days of attacks near the village of \
Plekhovo.

The 78-metre vessel, chartered by an ocean research institute in Busan, carries 14 scientists and \
19 crew and is halfway through a six-week survey of reefs around 10 of the territory's 36 islands. \
About 68,000 people live on the atolls, which lie some 400 kilometres off India's south-western \
coast.

Chief mate Kang Dong-wook, 51, from Yeosu, has a nephew doing his national service near the border \
with the North. He reckons Pyongyang will have [[30,000]] men in Russia by the summer. "They are \
not sending soldiers, they are selling them," he said.

Dr. Ananya Shetty, 44, a marine biologist from Mangaluru on board as an observer, said the Korean \
team had shared data on 1,150 coral colonies so far. Permits for foreign researchers cost 2,000 \
rupees a week.

(Reporting by Fathima Koya; editing by Arun Menon. Desk: +91 4896 262 117)
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu..pub",
          "wire headline: the NIS figure of Thursday ('about 100' in the body), from Thursday 19 "
          "December to the Friday of publication, hedge dropped"),
        C("about 100", 100, "approx", "casualties", "south_korea", "thu",
          "the NIS 'In a closed-door session with lawmakers on Thursday, … said' (19 December): "
          "killed in their first weeks of combat"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded ('nearly' as approx)"),
        C("several thousand", None, "vague", "planned", "south_korea", "thu",
          "same briefing, the claimant after the figure ('…, the agency added'): 'more' being "
          "readied for a second rotation (increment, planned)", add=True),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "tue",
          "'A Pentagon spokesman said on Tuesday' (17 December): 'in all' moved into combat "
          "alongside Russian units (the whole force, not an increment)"),
        C("at least 200", 200, "at_least", "casualties", "ukraine", "mon",
          "Kyiv's military intelligence 'said on Monday' (16 December): killed or wounded during "
          "three days of attacks"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a chief mate from Yeosu, 'He reckons' (undated): in Russia by the summer (a forecast: "
          "planned)"),
    ),
)

S08 = Source(
    article_id="y149_08_fiddle_week_tory_island_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-07-18"),
    dated_by="front_matter",
    features="the newsletter of a fiddle summer school on Tory Island (Donegal) in Markdown, UTF-8 "
        "with straight quotes and a raw `€`, front matter with `date:` (Friday) and a title "
        "repeating the headline (optional); students, tutors, ferry crossings and fees first; the "
        "headline's `6,000` from Shoigu's statement 'Visiting Pyongyang on 17 June' (to "
        "publication, russia, planned); a violinist from Vinnytsia relaying her brother ('On "
        "Sunday, Iryna says, he rang her') `a few hundred` holding the line opposite (other, from "
        "Sunday to publication); a fiddle student from Jeonju 'figures' `somewhere near 20,000` "
        "have served in Russia (approx, other, `pub`); Shoigu `6,000` sappers and construction "
        "troops (planned); the NIS 'Earlier this month … reckoned' `about 11,000` still in Russia "
        "and 'a further' `3,000` being readied (increment, planned; the 1st to publication); "
        "'According to Ukraine's military intelligence' `over 5,500` killed or wounded (`pub`); "
        "KCNA 'said last week' `eleven` honoured dead (number word, north_korea); students, "
        "countries, tutors, crossings, residents ('140-odd'), euros, bursaries, ages, a time of "
        "night",
    text="""\
---
title: "Fiddle Week notes: a full pier, and Moscow's [[6,000]] from the North"
date: 2025-07-18
school: Tory Island Fiddle Week
---

# A full pier, and Moscow's [[6,000]] from the North

Dear tutors, students and friends,

Fiddle Week closed on Saturday with a session in the hall that ran until the generator was \
switched off at two in the morning. We had 47 students this year from nine countries and 8 tutors; \
the ferry from Magheroarty made 23 crossings for us in six days, and the island's 140-odd \
residents fed us better than we deserved. Fees stay at €260 for next year, with 12 bursaries for \
young players from Donegal.

## Two new voices

Iryna Tkachenko, 33, who taught violin at the music college in Vinnytsia before the war and now \
plays in a Dublin orchestra, led the slow-air class. Her brother is a signaller in the Sumy \
region. On Sunday, Iryna says, he rang her from a dugout: [[a few hundred]] North Koreans were \
holding the line opposite his unit, and they no longer scattered at the sound of drones.

Park Ha-neul, 22, a fiddle student from Jeonju who first heard Donegal music in a video of a \
Gweedore session, came top in the reels class. She figures [[somewhere near 20,000]] of the \
North's soldiers have served in Russia since last autumn. "At home nobody even knows their names," \
she said.

## Numbers from the news

Visiting Pyongyang on 17 June, Sergei Shoigu said Kim had agreed to dispatch [[6,000]] sappers and \
construction troops for the rebuilding of Kursk. Earlier this month South Korea's intelligence \
service reckoned that [[about 11,000]] North Korean troops remained in Russia and that a further \
[[3,000]] were being readied. According to Ukraine's military intelligence, [[over 5,500]] have \
been killed or wounded. North Korea's state news agency KCNA said last week that Kim Jong Un had \
honoured [[eleven]] soldiers who died "liberating" Kursk.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "front-matter title repeating the headline (metadata: optional)", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: Shoigu's figure of 17 June in the body ('Moscow's', the builders and deminers "
          "to be sent), from that day to publication"),
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a violinist from Vinnytsia relaying her brother, a signaller in the Sumy region ('On "
          "Sunday, Iryna says, he rang her'; the speaker quoted: other): holding the line opposite "
          "his unit (from Sunday to publication)"),
        C("somewhere near 20,000", 20000, "approx", "in_russia", "other", "pub",
          "a fiddle student from Jeonju, 'She figures' (undated): have served in Russia since last "
          "autumn ('somewhere near' as approx)"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Visiting Pyongyang on 17 June, … said': sappers and construction troops to be "
          "dispatched to Kursk (planned)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-07-01..pub",
          "the NIS 'Earlier this month … reckoned' (the 1st to publication, as 'this month'): "
          "remained in Russia"),
        C("3,000", 3000, "exact", "planned", "south_korea", "2025-07-01..pub",
          "same statement, 'and that': 'a further' being readied (increment, planned)", add=True),
        C("over 5,500", 5500, "at_least", "casualties", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): killed or wounded"),
        C("eleven", 11, "exact", "casualties", "north_korea", "lastweek",
          "KCNA 'said last week': soldiers who died in Kursk, honoured by Kim (number word)"),
    ),
)

S09 = Source(
    article_id="y149_09_shelter_news_culebra_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-02-19"),
    dated_by="html_meta",
    features="the news page of an animal rescue shelter on Culebra (Puerto Rico) in HTML, "
        "ISO-8859-1 with quotes, dashes and accents as entities (`&ldquo;`, `&rdquo;`, `&rsquo;`, "
        "`&ndash;`, `&uuml;`, `&aacute;`), `<meta name=\"date\">` (Wednesday), a cookie note about "
        "the adoption form, a script, navigation, a footer with a ZIP code and a phone number; "
        "`<title>` and headline without a figure; sterilised dogs and cats, adoptions and fees "
        "first; a volunteer from Dnipro relaying her husband ('In a voice message on Saturday he "
        "told her') `a handful` of prisoners taken (vague, casualties, other, from Saturday to "
        "publication); a veterinary student from Cheongju 'believes' `at most 10,000` still in "
        "Russia (at_most, other, `pub`); the NIS 'On February 12 … informed lawmakers' `about "
        "3,000` killed or wounded and, carried by 'It added', `some 1,500` reinforcements in "
        "training (increment, in Russia); Zelensky 'said in Munich on Saturday' `thousands` would "
        "soon return to battle (a forecast: planned); 'A NATO official in Brussels estimated' "
        "`11,000 to 12,000` still in Russia (range, `pub`); 'a State Department official said last "
        "week' `as many as 20,000` 'more' (at_most, increment, planned); dogs, cats, "
        "sterilisations, dollars, an island's ferry, ages, years, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-02-19">
<title>Shelter news &ndash; Culebra Animal Rescue</title>
<script>var rescue = {page: "news", waiting: true};</script>
</head>
<body>
<div class="cookie-note">This site keeps one cookie so the adoption form remembers your answers. \
<a href="#">Fine by me</a></div>
<nav><a href="/">Home</a> | <a href="/adopt">Adopt</a> | <a href="/clinic">Spay clinic</a> | <a \
href="/news">News</a></nav>
<main>
<h1>Puppies, a full clinic and two volunteers from far away</h1>
<p>January was our busiest month since the hurricane. The visiting vets from San Juan sterilised \
96 dogs and 71 cats in four days at the clinic behind the school in Dewey, and 14 of our shelter \
dogs flew to new homes in New England. We still have 38 dogs and 23 cats waiting. A spay costs \
islanders $25; the true cost to us is about $140.</p>
<p>Two volunteers have kept the kennels running through it all. Yoon Seo-jin, 26, a veterinary \
student from Cheongju on an exchange in Mayag&uuml;ez, spends her weekends on the ferry from Ceiba \
to help us. Anna Lysak, 38, from Dnipro, came to Puerto Rico with her daughter in 2023 and walks \
the dogs every morning before work.</p>
<p>Anna&rsquo;s husband is a rifleman in an assault unit fighting inside the Kursk region. In a \
voice message on Saturday he told her his unit had taken [[a handful]] of North Korean prisoners, \
&ldquo;boys who had never seen a drone before they came&rdquo;. Seo-jin, who follows the news from \
home closely, believes [[at most 10,000]] of the North&rsquo;s soldiers are still in Russia. \
&ldquo;The rest are wounded or dead,&rdquo; she says.</p>
<h2>Official figures</h2>
<p>On February 12 South Korea&rsquo;s spy agency informed lawmakers that [[about 3,000]] North \
Koreans had been killed or wounded and that the troops had been pulled back from the front for \
now. It added that [[some 1,500]] reinforcements were being trained in Russia. President Zelensky \
said in Munich on Saturday that [[thousands]] of them would soon return to battle. A NATO official \
in Brussels estimated that [[11,000 to 12,000]] remain in Russia, while a State Department \
official said last week the North could send [[as many as 20,000]] more.</p>
</main>
<footer>Culebra Animal Rescue &middot; Calle Pedro M&aacute;rquez, Dewey, Culebra PR 00775 \
&middot; (787) 742 3319 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/adopt.js"></script>
</body>
</html>
""",
    claims=(
        C("a handful", None, "vague", "casualties", "other", "sat..pub",
          "a volunteer from Dnipro relaying her husband in the Kursk region ('In a voice message "
          "on Saturday he told her'; the speaker quoted: other): prisoners taken (captured: "
          "casualties; from Saturday to publication)"),
        C("at most 10,000", 10000, "at_most", "in_russia", "other", "pub",
          "a veterinary student from Cheongju, 'believes' (undated): still in Russia ('at most' as "
          "at_most)"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "2025-02-12",
          "the NIS 'On February 12 … informed lawmakers': killed or wounded"),
        C("some 1,500", 1500, "approx", "in_russia", "south_korea", "2025-02-12",
          "same briefing, 'It added': reinforcements being trained in Russia (replacements: "
          "increment)", add=True),
        C("thousands", None, "vague", "planned", "ukraine", "sat",
          "Zelensky 'said in Munich on Saturday' (15 February): would soon return to battle (a "
          "forecast: planned)"),
        C("11,000 to 12,000", None, "range", "in_russia", "nato", "pub",
          "'A NATO official in Brussels estimated' (undated): remain in Russia (range)"),
        C("as many as 20,000", 20000, "at_most", "planned", "united_states", "lastweek",
          "'a State Department official said last week': 'more' could be sent (increment, planned; "
          "'as many as' as at_most)", add=True),
    ),
)

S10 = Source(
    article_id="y149_10_letters_vineyard_ledger",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-09-12"),
    dated_by="sidecar",
    sidecar=(
        "The Vineyard Ledger",
        "https://www.vineyard-ledger.example/letters/2025-09-12",
        "Letters: a nephew near Kursk, counting soldiers, ferry fares",
    ),
    features="a readers' letters page from a Martha's Vineyard weekly as plain text, UTF-16 LE "
        "with BOM (sidecar, Friday), straight quotes; a shopkeeper in Oak Bluffs relaying her "
        "nephew, a drone unit mechanic ('He wrote to us on Wednesday') `a couple of hundred` "
        "digging in (vague, other, from Wednesday to publication); a reader answering the paper's "
        "own editorial 'of August 29' `15,000` (unattributed, required, that day), Seoul 'in early "
        "September' `closer to 13,000` (approx, days 1-10) and the Pentagon 'last month' `over "
        "2,000` dead (the month); a reader relaying her father, a retired South Korean officer "
        "('He thinks', 'he expects') `no more than 2,000` dead (at_most, casualties, other, `pub`) "
        "and 'another' `10,000` before winter (increment, planned); a letter on ferry fares "
        "without a claim; a nephew's age, years of service, dollars, a family of four, cancelled "
        "trips",
    text="""\
THE VINEYARD LEDGER - LETTERS TO THE EDITOR

A nephew near Kursk

To the Editor: My nephew Dmytro, who fixed boat engines in Kherson before the war, is now a \
mechanic with a Ukrainian drone unit. He wrote to us on Wednesday that [[a couple of hundred]] \
North Koreans were digging in along the tree line across from his position. We keep his photo by \
the register at the shop in Oak Bluffs. Thank you to everyone who asks after him. He turns 24 next \
month, and we are saving a birthday cake for the day he comes home.
Olena Hart, Oak Bluffs

Counting soldiers

To the Editor: Your editorial of August 29 put the number of North Koreans sent to Russia at \
[[15,000]] without naming a source. Seoul's own estimate, given in early September, was [[closer \
to 13,000]]. The Pentagon put the dead at [[over 2,000]] last month. Precision matters when lives \
are being counted.
Walter Medeiros, Edgartown

My father's view

To the Editor: My father served 30 years in the South Korean army and now lives with us in West \
Tisbury. He thinks [[no more than 2,000]] North Koreans have died, because Pyongyang pulls its \
wounded out fast. But he expects another [[10,000]] to go before winter. The North needs Russian \
money more than ever, he says.
Grace Kim Alley, West Tisbury

Ferry fares

To the Editor: A round trip for a car on the Woods Hole boat now costs $160 in the off season. For \
a family of four that is a week of groceries. The boat line raised fares twice in three years and \
still cancelled 41 trips last winter. Islanders who work on the Cape every day deserve a commuter \
rate, and they deserve it before the next increase.
Peter Norton, Vineyard Haven
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "wed..pub",
          "a reader relaying her nephew, a drone unit mechanic ('He wrote to us on Wednesday', 10 "
          "September; the letter writer quoted: other): digging in across from his position (from "
          "Wednesday to publication)"),
        C("15,000", 15000, "exact", "in_russia", "unattributed", "2025-08-29",
          "the paper's own editorial 'of August 29', as cited by a reader ('without naming a "
          "source': unattributed, required): sent to Russia"),
        C("closer to 13,000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "'Seoul's own estimate, given in early September' (days 1-10): sent to Russia ('closer "
          "to' as approx)"),
        C("over 2,000", 2000, "at_least", "casualties", "united_states", "2025-08-01..2025-08-31",
          "'The Pentagon put the dead at … last month' (the month): dead"),
        C("no more than 2,000", 2000, "at_most", "casualties", "other", "pub",
          "a reader relaying her father, a retired South Korean officer ('He thinks', undated; the "
          "letter writer quoted: other): died ('no more than' as at_most)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "same father, 'he expects': 'another' to go before winter (increment, "
          "planned)", add=True),
    ),
)

S11 = Source(
    article_id="y149_11_retreat_notes_bocas_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-04-17"),
    dated_by="sidecar",
    sidecar=(
        "Casa Bambú Yoga Retreat, Bocas del Toro",
        "https://www.casabambu-retreat.example/notes/2025-04",
        "Notes from the platform: howler monkeys, a full house and news from far away",
    ),
    features="the notes page of an English-language yoga retreat on Isla Bastimentos (Bocas del "
        "Toro, Panama) in HTML, UTF-8 with BOM, no meta date (sidecar, Thursday), a cookie note "
        "about the booking calendar, a script, navigation, entities (`&oacute;`, `&rsquo;`, "
        "`&uacute;`, `&aacute;`, `&middot;`), a footer with a WhatsApp number; `<title>` and "
        "headline without a figure; guests, classes, water-taxi fares and school uniforms first; a "
        "yoga teacher from Mykolaiv relaying her brother ('On Monday he messaged her') `scores` "
        "coming through the woods (vague, near the front, other, from Monday to publication); a "
        "retired naval officer from Jinhae 'reckons' `between 15,000 and 18,000` have served in "
        "Russia (range, other, `pub`); the joint chiefs 'said on April 3' `roughly 3,000` back at "
        "the front; the US forces commander in Korea 'told Congress last week' `about 4,000` "
        "killed or wounded; Budanov 'told a newspaper last month' `up to 3,000` 'more' on their "
        "way (at_most, increment, in Russia; the month); NATO's secretary-general 'said on Friday' "
        "`more than 12,000` 'in all'; 'Some reports put the total at' `nearly 20,000` "
        "(unattributed, required, `pub`); guests, countries, classes, dollars, staff, school "
        "uniforms, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Notes from the platform | Casa Bamb&uacute; Yoga Retreat</title>
<script>window.retreat = {section: "notes", season: "dry"};</script>
</head>
<body>
<div class="cookies">We keep a single cookie so the booking calendar remembers your dates. \
<button>Got it</button></div>
<nav><a href="/">Retreat</a> &middot; <a href="/classes">Classes</a> &middot; <a \
href="/stay">Stay</a> &middot; <a href="/notes">Notes</a></nav>
<article>
<h1>Howler monkeys, a full house and news from far away</h1>
<p>The dry season brought us our fullest March yet: 126 guests from 19 countries, three classes a \
day on the platform over the water and a record 41 people at the full-moon session. The water taxi \
from Isla Col&oacute;n still costs $5 each way, and the howler monkeys still start the day before \
our teachers do. Seven of our staff come from the village on Bastimentos, and this year the \
retreat paid for 22 children&rsquo;s school uniforms.</p>
<p>Our new teacher, Viktoriia Melnyk, 31, left Mykolaiv in 2022 and taught in Lisbon before she \
found us. Her brother operates drones in the Kursk region. On Monday he messaged her that \
[[scores]] of North Korean soldiers had come through the woods toward his position in a single \
night. She taught the evening class anyway.</p>
<p>Among our guests this month was Cmdr. Oh Sung-min, 64, a retired South Korean naval officer \
from Jinhae, who spent ten days on the mat and most evenings talking politics on the dock. He \
reckons [[between 15,000 and 18,000]] North Koreans have served in Russia since October.</p>
<h2>The wider picture</h2>
<p>Seoul&rsquo;s Joint Chiefs of Staff said on April 3 that [[roughly 3,000]] North Koreans had \
returned to the front in Kursk after weeks of retraining. The commander of US forces in Korea told \
Congress last week that [[about 4,000]] had been killed or wounded since the autumn. \
Ukraine&rsquo;s spy chief, Kyrylo Budanov, told a newspaper last month that [[up to 3,000]] more \
were on their way. NATO&rsquo;s secretary-general said on Friday that [[more than 12,000]] had \
been sent in all. Some reports put the total at [[nearly 20,000]].</p>
</article>
<footer>Casa Bamb&uacute; Yoga Retreat &middot; Isla Bastimentos, Bocas del Toro, Panam&aacute; \
&middot; WhatsApp +507 6214 3380 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/calendar.js"></script>
</body>
</html>
""",
    claims=(
        C("scores", None, "vague", "near_front", "other", "mon..pub",
          "a yoga teacher from Mykolaiv relaying her brother, a drone operator in the Kursk region "
          "('On Monday he messaged her'; the speaker quoted: other): came through the woods toward "
          "his position (from Monday to publication)"),
        C("between 15,000 and 18,000", None, "range", "in_russia", "other", "pub",
          "a retired naval officer from Jinhae, 'He reckons' (undated): have served in Russia "
          "since October"),
        C("roughly 3,000", 3000, "approx", "near_front", "south_korea", "2025-04-03",
          "the joint chiefs 'said on April 3': returned to the front in Kursk"),
        C("about 4,000", 4000, "approx", "casualties", "united_states", "lastweek",
          "the commander of US forces in Korea 'told Congress last week': killed or wounded"),
        C("up to 3,000", 3000, "at_most", "in_russia", "ukraine", "2025-03-01..2025-03-31",
          "Budanov ('Ukraine's spy chief') 'told a newspaper last month' (March): 'more' on their "
          "way (transported: in Russia; increment)", add=True),
        C("more than 12,000", 12000, "at_least", "in_russia", "nato", "fri",
          "NATO's secretary-general 'said on Friday' (11 April): sent 'in all' (a total, not an "
          "increment)"),
        C("nearly 20,000", 20000, "approx", "in_russia", "unattributed", "pub",
          "'Some reports put the total at' (no source: unattributed, required)"),
    ),
)

S12 = Source(
    article_id="y149_12_garden_club_campobello_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-10-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Campobello Island Garden Club",
        "https://www.campobello-garden-club.example/newsletter/2025-autumn",
        "Autumn newsletter",
    ),
    features="the autumn newsletter of a garden club on Campobello Island (New Brunswick) in "
        "Markdown, windows-1252 with CRLF (curly quotes raw), front matter without a date "
        "(sidecar, Friday) and a title without a figure; the dahlia show, the plant sale and bulbs "
        "first; a newcomer from Zhytomyr relaying her son ('On Tuesday he told her by phone') "
        "`about forty` sappers laying mines (approx number word, other, from Tuesday to "
        "publication); a retired teacher from Chuncheon 'expects' `as many as 40,000` by next "
        "spring (at_most, planned, other, `pub`); the NIS 'In late September' `around 2,000` dead "
        "(days 21-30); Zelensky 'said on Wednesday' `more than 1,000` replacements 'in September "
        "alone' (increment, in Russia; the month counted is not the day of the claim); Russia's "
        "ambassador 'On Monday … promised' `thousands` 'more' workers (vague, increment, planned); "
        "North Korean television 'on Saturday' `hundreds` of fallen honoured (vague); "
        "sentence-initial `Between 10,000 and 11,000` with the claimant in the next sentence "
        "('That is the figure a Pentagon official gave reporters last week'); visitors, dollars, "
        "members, bulbs, ages, a membership fee, a phone number",
    text="""\
---
title: "Autumn newsletter"
club: Campobello Island Garden Club
---

# Autumn newsletter

Dear members,

The dahlia show in the Welshpool community hall drew 380 visitors over two days, and the plant \
sale raised $2,310 for the island’s medical centre. Our 29 members planted 1,600 tulip and \
daffodil bulbs along the road to the Roosevelt cottage, and the rose bed by the school has come \
back after last winter’s frost. Thanks as ever to the bridge from Lubec, which brought half our \
visitors across from Maine.

## New faces in the beds

Halyna Kravets, 56, arrived from Zhytomyr last winter and joined us in March; she grows beetroot \
the way other people breathe. Her son is an engineer with a Ukrainian brigade near Sumy. On \
Tuesday he told her by phone that [[about forty]] North Korean sappers had been laying mines \
across the border from his unit.

Mrs. Lee Soon-ja, 71, a retired English teacher from Chuncheon who moved to Campobello to be near \
her daughter’s family, took first prize for her chrysanthemums. She expects [[as many as 40,000]] \
North Koreans to have passed through Russia by next spring. “They are sent like parcels,” she says.

## From the news

In late September, South Korea’s intelligence agency estimated that [[around 2,000]] North Korean \
soldiers had died. President Zelensky said on Wednesday that the North had sent [[more than \
1,000]] replacements in September alone. On Monday, Russia’s man in Pyongyang, Ambassador \
Alexander Matsegora, promised that [[thousands]] more Korean workers would come to rebuild Kursk. \
North Korean television showed Kim Jong Un on Saturday at a new museum honouring [[hundreds]] of \
soldiers killed abroad. [[Between 10,000 and 11,000]] remain in Russia. That is the figure a \
Pentagon official gave reporters last week.

## Dates

- Bulb swap: Saturday, November 8, 10 am, Welshpool hall
- Membership: $15 a year; call Marjorie at (506) 752 2184
""",
    claims=(
        C("about forty", 40, "approx", "near_front", "other", "tue..pub",
          "a newcomer from Zhytomyr relaying her son, an engineer near Sumy ('On Tuesday he told "
          "her by phone'; the speaker quoted: other): sappers laying mines across the border "
          "(number word; from Tuesday to publication)"),
        C("as many as 40,000", 40000, "at_most", "planned", "other", "pub",
          "a retired teacher from Chuncheon, 'She expects' (undated): passed through Russia by "
          "next spring (a forecast: planned; 'as many as' as at_most)"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-21..2025-09-30",
          "the NIS 'In late September … estimated' (day 21 to the month's end): died"),
        C("more than 1,000", 1000, "at_least", "in_russia", "ukraine", "wed",
          "Zelensky 'said on Wednesday' (22 October): replacements sent in September alone "
          "(increment; the month counted, not the day of the claim)", add=True),
        C("thousands", None, "vague", "planned", "russia", "mon",
          "Russia's ambassador in Pyongyang ('On Monday, Russia's man in Pyongyang, … promised', "
          "20 October): 'more' workers to come to rebuild Kursk (increment, planned)", add=True),
        C("hundreds", None, "vague", "casualties", "north_korea", "sat",
          "North Korean television 'showed … on Saturday' (18 October): a museum honouring "
          "soldiers killed abroad"),
        C("Between 10,000 and 11,000", None, "range", "in_russia", "united_states", "lastweek",
          "sentence-initial range, the claimant in the next sentence ('That is the figure a "
          "Pentagon official gave reporters last week'): remain in Russia"),
    ),
)

SOURCES: tuple[Source, ...] = (
    S01, S02, S03, S04, S05, S06,
    S07, S08, S09, S10, S11, S12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
