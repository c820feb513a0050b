"""Build the FORTY-SEVENTH BLIND corpus: articles, sidecar, gold (`python build_corpus.py`).

A forty-ninth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Detmold daily on a
Ukrainian cellist at the music academy, an Altmark radio station's web text on the army's combat
training centre in the Letzlinger Heide, a Bregenzerwald weekly on a retired brigadier's talk in
Egg (Austrian conventions), an Emmental paper on a Korean course in Langnau (Swiss conventions),
a winegrowers' association magazine's world page and an Erlangen student radio's campus panel;
in English: a Hawke's Bay daily on a veteran of the armistice commission at Panmunjom, an
Alderney news page on a library talk, a Rhode Island public radio site with a Naval War College
professor, a Bosnian English-language outlet on Bosnia's deminers and Moscow's plan, a Niue news
site's world roundup with a Niuean student back from Seoul, and a Seychelles daily on the North
Korean instructors of the 1980s. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented
here: rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose
`SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind47_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

G01 = Source(
    article_id="b47_01_detmold_cellistin_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features=(
        "Detmold daily's local page in HTML (`article:published_time` with +01:00, an ad-slot "
        "script with a version number, a consent layer with 61 partners, town navigation, a "
        "footer with address and phone, entities `&bdquo;`, `&ldquo;`, `&amp;`, `&middot;`); "
        "`<title>` figure (optional); a Ukrainian cellist at the Hochschule für Musik whose "
        "father serves in Kursk (no figure of her own); headline 'Selenskyj spricht von' from "
        "the Monday evening address (Monday to publication); Zelensky 'am Montagabend' in "
        "Konjunktiv; HUR 'bereits am Freitag' `rund 7.000` in the border region; the State "
        "Department's spokesman named after the figure ('sagte Sprecher Matthew Miller "
        "ebenfalls am Montag'); the Pentagon 'hieß es' `Tausende` 'weitere' (vague planned "
        "increment, `pub`); lawmakers relaying an NIS briefing 'vergangene Woche' (X citing Y) "
        "carried by 'so die Abgeordneten' to `bis zu 15.000` (a total, not an increment); Rutte "
        "'am 28. Oktober' without a figure; concert audience, donations in euros, ages, "
        "students, refugees in Lippe, phone number"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Selenskyj: [[11.000]] Nordkoreaner in Kursk &ndash; eine Detmolder Cellistin bangt um \
ihren Vater | Lippe-Post</title>
<meta property="og:site_name" content="Lippe-Post">
<meta property="article:published_time" content="2024-11-05T06:30:00+01:00">
<meta property="article:section" content="Detmold">
<script>var lpAds = {slots: ["top", "mid", "sky"], tags: ["ukraine", "detmold"], ver: 42};</script>
</head>
<body>
<div id="cmp" class="layer">Die Lippe-Post merkt sich, was Sie lesen &ndash; mit Cookies von uns \
und 61 Partnern. Sie haben die Wahl: <button>Mitmachen und weiterlesen</button> <button>Bloß \
lesen, nichts merken</button></div>
<nav><a href="/">Lippe-Post</a> &middot; <a href="/detmold">Detmold</a> &middot; <a \
href="/lemgo">Lemgo</a> &middot; <a href="/bad-salzuflen">Bad Salzuflen</a> &middot; <a \
href="/welt">Welt</a> &middot; <a href="/sport">Sport</a></nav>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Selenskyj spricht von [[11.000]] Nordkoreanern im Gebiet Kursk</h1>
<p class="teaser">Während Kiew Alarm schlägt, spielt eine junge Cellistin aus Charkiw an der \
Musikhochschule für ihre Heimat. Ihr Vater ist Sanitäter an der Nordgrenze.</p>
<p class="autor">Von Henrike Tölle</p>
<p>Detmold. Als Sofija Melnyk am Sonntagabend im Konzerthaus den letzten Ton der dritten \
Bach-Suite verklingen lässt, bleibt es lange still im Saal. Dann stehen die rund 180 Zuhörer auf. \
2.460 Euro kommen an diesem Abend für ein Kinderkrankenhaus in Charkiw zusammen. Die 23-Jährige \
studiert seit zwei Jahren an der Hochschule für Musik; ihr Vater, 51, dient als Sanitäter in \
einer Brigade, die seit dem Sommer im russischen Gebiet Kursk kämpft.</p>
<p>Was sie am Montagabend auf ihrem Telefon las, hat sie nicht schlafen lassen. In seiner \
abendlichen Ansprache erklärte Präsident Wolodymyr Selenskyj, inzwischen stünden [[11.000]] \
Soldaten aus Nordkorea in der Region Kursk. Sie würden dort auf Angriffe gegen die ukrainischen \
Stellungen vorbereitet, ihre Ausrüstung stamme aus russischen Depots. &bdquo;Wir sehen jede \
dieser Bewegungen&ldquo;, sagte er. Der Militärgeheimdienst HUR hatte bereits am Freitag \
gemeldet, die ersten [[rund 7.000]] Nordkoreaner seien in die Grenzregion gebracht worden.</p>
<p>Washington zeichnet ein ähnliches Bild. [[Etwa 10.000]] Nordkoreaner seien in das Grenzgebiet \
verlegt und in russische Verbände eingegliedert worden, sagte Sprecher Matthew Miller vom \
US-Außenministerium ebenfalls am Montag. In den kommenden Wochen könnten [[Tausende]] weitere \
nachrücken, hieß es aus dem Pentagon.</p>
<p>In Seoul hatte der Geheimdienst NIS schon vergangene Woche die Mitglieder des \
Geheimdienstausschusses unterrichtet. Wie die Parlamentarier hinterher berichteten, befinden sich \
[[mehr als 10.000]] Nordkoreaner in Russland, viele von ihnen zunächst in Lagern im Fernen Osten. \
Bis zum Jahresende könne Machthaber Kim Jong Un die Truppe auf [[bis zu 15.000]] Mann aufstocken, \
so die Abgeordneten.</p>
<p>Die Nato hatte die Verlegung in die Grenzregion schon bestätigt. Generalsekretär Mark Rutte \
sprach am 28. Oktober in Brüssel von einer &bdquo;gefährlichen Ausweitung&ldquo; des Krieges, \
eine Zahl nannte er nicht. Der Kreml schweigt zu alledem.</p>
<h2>&bdquo;Ich rufe an, wann immer das Netz geht&ldquo;</h2>
<p>Sofija Melnyk spricht fast jeden Abend mit ihrem Vater, manchmal nur zwei Minuten. Über die \
Nordkoreaner sage er wenig, erzählt sie, nur dass nachts mehr Drohnen fliegen als früher. An der \
Hochschule sind derzeit 14 Studierende aus der Ukraine eingeschrieben; Stadt und Kreis Lippe \
haben seit Februar 2022 rund 3.100 Geflüchtete aufgenommen.</p>
<p>Das nächste Benefizkonzert ist für den 7. Dezember in der Martin-Luther-Kirche geplant. Karten \
kosten 12 Euro, Schüler zahlen die Hälfte.</p>
</article>
<footer>&copy; 2024 Lippe-Post Medien GmbH &amp; Co. KG &middot; Paulinenstraße 9, 32756 Detmold \
&middot; Leserservice 05231 98760</footer>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating Zelensky's Monday figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Selenskyj spricht von': the Monday evening address of the body (to "
          "publication): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky's address 'am Montagabend', Konjunktiv: in the Kursk region"),
        C("rund 7.000", 7000, "approx", "near_front", "ukraine", "fri",
          "HUR 'hatte bereits am Freitag gemeldet' (the Friday before publication): brought to "
          "the border region"),
        C("Etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "State Department spokesman named after the figure ('sagte Sprecher Matthew Miller … "
          "ebenfalls am Montag'): moved to the border area"),
        C("Tausende", None, "vague", "planned", "united_states", "pub",
          "'hieß es aus dem Pentagon' (no date of its own): 'weitere' could follow "
          "(increment)", add=True),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "lastweek",
          "lawmakers relaying the NIS briefing of 'vergangene Woche' (X citing Y): in Russia"),
        C("bis zu 15.000", 15000, "at_most", "planned", "south_korea", "lastweek",
          "same briefing, carried by 'so die Abgeordneten': could raise the force to (a total, "
          "not an increment)"),
    ),
)

G02 = Source(
    article_id="b47_02_altmark_welle_letzlinger_heide",
    language="de", fmt="txt", encoding="utf-16", published=day("2024-12-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Altmark-Welle",
        "https://www.altmark-welle.example/nachrichten/welt/"
        "nordkorea-verluste-kursk-gefechtsuebungszentrum-100.html",
        "Seoul: Mindestens 100 Nordkoreaner bei Kursk gefallen",
    ),
    features=(
        "Altmark radio station's web text, UTF-16 LE with BOM and CRLF, no date in the file but "
        "a 'Stand: Freitag, 11.40 Uhr' line (sidecar, Friday); the army's combat training "
        "centre in the Letzlinger Heide; headline 'Seoul: Mindestens 100' from the Thursday "
        "briefing (Thursday to publication); a lawmaker 'berichtete am Donnerstag' in "
        "Konjunktiv, carried to `knapp 1.000` wounded (not an increment) and to `etwa 11.000` "
        "sent ('Der Nachrichtendienst gehe davon aus'); HUR 'meldete am Mittwoch' `rund 200` in "
        "three days; an anonymous Pentagon official „mehreren hundert“ with 'am Montag' in the "
        "sentence before; a German officer's present-tense `einige tausend` at the front "
        "(other, `pub`); training area size, battalions, a road closure, frequency, phone number"
    ),
    text="""\
Altmark-Welle | Nachrichten | Welt

Seoul: [[Mindestens 100]] Nordkoreaner bei Kursk gefallen

Drohnen, offenes Gelände, kaum Deckung: Im Gefechtsübungszentrum des Heeres in der Letzlinger \
Heide schauen die Ausbilder genau hin, was im Westen Russlands passiert.

Stand: Freitag, 11.40 Uhr

Gardelegen/Seoul. Zum ersten Mal hat Südkorea Zahlen zu den Verlusten der nordkoreanischen \
Truppen in Russland genannt. Der Abgeordnete Lee Seong-kweun berichtete am Donnerstag nach einer \
Sitzung des Geheimdienstausschusses in Seoul, [[mindestens 100]] Soldaten aus dem Norden seien im \
Gebiet Kursk getötet worden. Die Zahl der Verwundeten liege bei [[knapp 1.000]]. Der \
Nachrichtendienst gehe davon aus, dass von den [[etwa 11.000]] entsandten Soldaten inzwischen ein \
Großteil in Gefechte verwickelt sei. Ihre Unerfahrenheit im Drohnenkrieg koste viele das Leben.

Aus Kiew kommen höhere Zahlen. Der ukrainische Militärgeheimdienst HUR meldete am Mittwoch, bei \
Angriffen nahe mehrerer Dörfer im Kreis Korenewo seien binnen drei Tagen [[rund 200]] \
Nordkoreaner getötet oder verwundet worden. Überprüfen lässt sich das nicht.

Auch in Washington ist von Verlusten die Rede. Das Pentagon hatte am Montag erstmals bestätigt, \
dass die Nordkoreaner an Kämpfen beteiligt sind. Es gehe um „[[mehrere hundert]] Tote und \
Verwundete“, sagte ein Vertreter des Ministeriums, der nicht namentlich genannt werden wollte.

Was die Ausbilder in der Heide daraus lernen

In der Colbitz-Letzlinger Heide zwischen Gardelegen und Haldensleben übt die Bundeswehr auf rund \
230 Quadratkilometern das Gefecht verbundener Waffen. Jedes Jahr rotieren etwa 20 Bataillone \
durch das Übungszentrum, darunter auch Verbände aus den Niederlanden und aus Litauen.

Oberstleutnant Jens Kaltofen, Sprecher des Zentrums, verfolgt die Berichte aus Kursk mit \
professionellem Interesse. „Wir gehen davon aus, dass derzeit [[einige tausend]] von ihnen direkt \
an der Front stehen“, sagt er. „Wer in Kolonne über offenes Feld vorgeht, wird von Drohnen \
gefunden. Das ist keine neue Lehre, aber eine, die man offenbar jedes Mal neu bezahlt.“ Für die \
eigenen Übungen habe man die Drohnenabwehr deutlich ausgebaut.

Moskau äußerte sich nicht. Kremlsprecher Dmitri Peskow verwies auf Nachfrage an das \
Verteidigungsministerium, das keine Angaben machte.

Hinweis für Pendler: Wegen einer Schießübung ist die Landesstraße zwischen Letzlingen und Dolle \
am Montag von 7 bis 17 Uhr gesperrt. Umleitungen sind ausgeschildert.

Sie haben Hinweise für unsere Redaktion? Rufen Sie uns an unter 03931 552040. Die Altmark-Welle \
hören Sie in Stendal auf UKW 97,4.
""",
    claims=(
        C("Mindestens 100", 100, "at_least", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the lawmaker's Thursday account of the body (to publication): "
          "killed"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "lawmaker 'berichtete am Donnerstag' after the intelligence committee session, "
          "Konjunktiv: killed"),
        C("knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same account ('knapp' → approx): wounded, beside the dead (not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Der Nachrichtendienst gehe davon aus' (carried Konjunktiv): sent"),
        C("rund 200", 200, "approx", "casualties", "ukraine", "wed",
          "HUR 'meldete am Mittwoch': killed or wounded within three days"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "anonymous Pentagon official, quote „…“, dated by 'am Montag' in the sentence before: "
          "dead and wounded"),
        C("einige tausend", None, "vague", "near_front", "other", "pub",
          "spokesman of the Bundeswehr training centre (German officer: other), present tense "
          "'sagt er': at the front"),
    ),
)

G03 = Source(
    article_id="b47_03_woelder_wochenblatt_vortrag_egg",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-20"),
    dated_by="dateline",
    features=(
        "Bregenzerwald weekly in ISO-8859-1 with straight quotes, dateline 'Egg, 20.02.2025 -' "
        "(Thursday), an issue line 'Ausgabe 8/2025'; Austrian 'Jänner', 'Feber', 'heuer'; a "
        "retired Bundesheer brigadier's talk 'am Dienstagabend' (other, that Tuesday) in "
        "Konjunktiv over several sentences, `ungefähr 11.000` sent and `rund 4.000` casualties; "
        "the NIS figures he cites 'Mitte Jänner' (X citing Y: south_korea, 11–20 January) with "
        "`2.700` wounded beside the dead; the Pentagon 'Anfang Feber' (1–10 February); HUR "
        "'geht ... davon aus' `bis zu 8.000` still in Kursk (present tense, `pub`); the "
        "brigadier's 'Heuer ... noch Tausende nachkommen' (vague planned increment); visitors, "
        "bus times, Austrian army units, donations, distances, cheese loaves"
    ),
    text="""\
Wälder Wochenblatt - Region - Ausgabe 8/2025

Vortrag in Egg: Wo sind Kims Soldaten geblieben?

Ein pensionierter Brigadier aus Andelsbuch erklärte im Gemeindesaal, warum von den Nordkoreanern \
an der Kursk-Front seit Wochen kaum etwas zu sehen ist.

Egg, 20.02.2025 - Gut 90 Besucherinnen und Besucher waren am Dienstagabend in den Saal des \
Gemeindezentrums gekommen, obwohl draußen Schneeregen fiel und der letzte Bus nach Schwarzenberg \
um 21.10 Uhr abfährt. Eingeladen hatte der Bildungsverein Vorderwald. Am Rednerpult stand \
Brigadier i. R. Wolfgang Fink, 68, der bis 2019 an der Landesverteidigungsakademie in Wien \
unterrichtet hat und heute wieder im Elternhaus in Andelsbuch lebt.

Fink begann mit dem, was man einigermaßen sicher wisse. Nordkorea habe im Herbst \
[[ungefähr 11.000]] Soldaten nach Russland geschickt, überwiegend junge Männer aus \
Eliteeinheiten. Sie seien im Dezember in die Kämpfe um das Gebiet Kursk geworfen worden, ohne \
Erfahrung mit Drohnen und ohne Übersetzer. Bis heute seien nach seiner Schätzung [[rund 4.000]] \
von ihnen getötet oder verwundet worden.

Damit lag er über den Zahlen, die der südkoreanische Geheimdienst Mitte Jänner genannt hatte und \
die Fink selbst an die Wand projizierte: [[rund 300]] Gefallene und [[etwa 2.700]] Verletzte. \
"Seoul zählt nur, was es belegen kann", sagte er. "Das ist seriös, aber es ist die Untergrenze."

Seit Ende Jänner seien die Nordkoreaner von der vordersten Linie praktisch verschwunden. Das \
decke sich mit dem, was ukrainische Soldaten berichteten, und mit einer Einschätzung aus \
Washington: Auch das Pentagon hatte Anfang Feber noch von [[rund 11.000]] Nordkoreanern in \
Russland gesprochen, ohne zu sagen, wo genau sie stehen.

Abgezogen seien sie deshalb nicht, betonte der Referent. Der ukrainische Militärgeheimdienst geht \
davon aus, dass [[bis zu 8.000]] Mann weiterhin im Gebiet Kursk stehen, in der Etappe, zur \
Erholung und zur Ausbildung an Drohnen. "Die kommen zurück, und zwar besser vorbereitet", sagte \
Fink.

Mehr Soldaten erwartet

Auf die Frage eines Zuhörers aus Hittisau, ob Pjöngjang den Einsatz ausweiten werde, wurde der \
Brigadier deutlich. "Heuer werden noch [[Tausende]] nachkommen, da bin ich mir ziemlich sicher. \
Kim verdient daran, und seine Armee lernt." Russland zahle für jeden Mann, Nordkorea bekomme \
dafür Devisen, Öl und womöglich Raketentechnik.

Zum Vergleich nannte Fink das eigene Land: Das Jägerbataillon 23 in Bludesch zähle etwa 700 \
Soldaten, Vorarlbergs ganze Miliz komme auf einige tausend. Kursk liegt übrigens rund 2.300 \
Kilometer Luftlinie von Egg entfernt.

Der Eintritt war frei, die Spenden - 640 Euro - gehen an die Ukraine-Hilfe der Pfarre. Im \
Anschluss gab es Bergkäse aus der Sennerei in Schetteregg, von dem dort jedes Jahr rund 1.200 \
Laibe reifen. Der nächste Vortrag im Rahmen der Reihe "Welt im Wald" findet am 13. März statt.
""",
    claims=(
        C("ungefähr 11.000", 11000, "approx", "in_russia", "other", "tue",
          "retired Bundesheer brigadier's talk 'am Dienstagabend' (other), Konjunktiv: sent in "
          "the autumn"),
        C("rund 4.000", 4000, "approx", "casualties", "other", "tue",
          "same talk, 'nach seiner Schätzung': killed or wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "the NIS figures 'Mitte Jänner' he projects (X citing Y keeps the source): dead"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same NIS figures: wounded, beside the dead (not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "2025-02-01..2025-02-10",
          "the Pentagon 'Anfang Feber': in Russia"),
        C("bis zu 8.000", 8000, "at_most", "near_front", "ukraine", "pub",
          "HUR 'geht davon aus' (present tense, no date): still in the Kursk region, in the rear"),
        C("Tausende", None, "vague", "planned", "other", "tue",
          "brigadier answering a question at the Tuesday talk: 'Heuer werden noch … nachkommen' "
          "(increment; 'heuer' is the event)", add=True),
    ),
)

G04 = Source(
    article_id="b47_04_emmentaler_koreanischkurs_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-30"),
    dated_by="front_matter", crlf=True,
    features=(
        "Emmental paper in Markdown, windows-1252 with CRLF, front matter with `date:` "
        "(Wednesday) and a `title:` with a figure (optional); Swiss `ss`, «», `15'000`, 4-digit "
        "`4700`; a Korean course in Langnau (no figure from the teacher); bold lead 'beziffert "
        "die Verluste nun auf rund 4700' from the NIS session of the body (Wednesday, the "
        "publication day); lawmakers 'berichteten ... nach der Sitzung' after the figures "
        "(source at the end), `etwa 4700` with 'darunter rund 600' dead (breakdown); "
        "Pyongyang's Monday admission and Gerasimov without a figure; Zelensky 'am Sonntag' "
        "«Tausende»; the US State Department 'im Februar' «mehr als 11'000» (month); a Bern "
        "historian's «5000 bis 8000 zusätzliche» (range, planned increment, present tense "
        "`pub`); Swiss refugees, inhabitants, course fees"
    ),
    text="""\
---
title: "Seoul: [[Rund 600]] Nordkoreaner in Russland gefallen"
date: 2025-04-30
ressort: Schweiz und Welt
autor: Beat Gerber
---

# Pjöngjangs spätes Eingeständnis

**Nach monatelangem Schweigen räumt Nordkorea den Einsatz in Russland ein. Südkoreas Geheimdienst \
beziffert die Verluste nun auf [[rund 4700]] Mann. In Langnau verfolgt eine Sprachlehrerin die \
Nachrichten mit gemischten Gefühlen.**

Dienstagabend, Sekundarschulhaus Langnau, Zimmer 14: Zwölf Erwachsene buchstabieren das \
koreanische Alphabet. Min-ji Aebersold-Park unterrichtet seit sieben Jahren im Emmental, der Kurs \
kostet 280 Franken für zehn Abende. Über Politik rede sie im Unterricht nicht, sagt die \
46-Jährige, die in Busan aufgewachsen ist und seit 2009 in Langnau lebt. «Aber diese Woche haben \
alle gefragt.»

Der Grund: Am Montag hatte die Zentrale Militärkommission der Arbeiterpartei erstmals eingeräumt, \
dass Einheiten der Volksarmee im Gebiet Kursk gekämpft hätten – auf Anordnung des «Obersten \
Befehlshabers», wie es hiess. Zwei Tage zuvor hatte der russische Generalstabschef Waleri \
Gerassimow den «koreanischen Genossen» öffentlich gedankt. Eine Zahl nannten beide nicht.

## Seoul legt Zahlen vor

Genauer wurde am Mittwoch der südkoreanische Nachrichtendienst NIS. Insgesamt habe Pjöngjang seit \
dem vergangenen Herbst [[rund 15'000]] Soldaten nach Russland entsandt. Von ihnen seien \
[[etwa 4700]] getötet oder verwundet worden, darunter [[rund 600]] Gefallene, berichteten \
Abgeordnete nach der Sitzung des Geheimdienstausschusses in Seoul.

Auch in der Ukraine sind die Nordkoreaner nicht verschwunden. Präsident Wolodymyr Selenskyj sagte \
am Sonntag, noch immer kämpften «[[Tausende]]» von ihnen im Grenzgebiet zur Region Sumy. \
Washington hatte die Zahl der Entsandten schon im Februar auf «[[mehr als 11'000]]» geschätzt, \
wie das US-Aussenministerium damals mitteilte.

Der Berner Osteuropa-Historiker Lukas Rüfenacht glaubt nicht, dass das Eingeständnis das Ende des \
Einsatzes bedeutet. Im Gegenteil: «Wer sich öffentlich zu seinen Toten bekennt, bereitet die \
eigene Bevölkerung auf mehr vor», sagt er. «Ich würde mich nicht wundern, wenn im Sommer \
[[5000 bis 8000]] zusätzliche Soldaten nach Russland gehen.»

## Die Schweiz als Zuschauerin

Die Schweiz hat seit Kriegsbeginn rund 70'000 Schutzsuchenden aus der Ukraine den Status S \
gewährt, im Emmental leben davon einige hundert. Koreanerinnen und Koreaner gibt es in der Region \
nur wenige; Aebersold-Park schätzt ihre Zahl auf etwa 40.

Ihr Kurs geht weiter, nächste Woche stehen Zahlwörter auf dem Programm. Für viele Teilnehmende \
ist es ein Hobby, für zwei ist es mehr: Sie wollen im Herbst nach Seoul reisen. Langnau zählt \
knapp 9800 Einwohnerinnen und Einwohner, mit dem Zug ist man in 35 Minuten in Bern.
""",
    claims=(
        C("Rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "front matter `title:` (metadata) restating the NIS Wednesday figure", opt=True),
        C("rund 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "bold lead: the NIS figure of the body (Wednesday, the publication day): killed or "
          "wounded"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch', Konjunktiv 'Insgesamt habe Pjöngjang ... entsandt': sent"),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "same session, lawmakers named after the figures ('berichteten Abgeordnete nach der "
          "Sitzung'): killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'darunter ... Gefallene' (breakdown, never additional): dead"),
        C("Tausende", None, "vague", "near_front", "ukraine", "sun",
          "Zelensky 'am Sonntag' «…»: still fighting in the border area"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "united_states",
          "2025-02-01..2025-02-28",
          "US State Department 'schon im Februar … damals' (the month): sent"),
        C("5000 bis 8000", None, "range", "planned", "other", "pub",
          "Bern historian, present tense 'sagt er': 'zusätzliche' could go in the summer "
          "(increment)", add=True),
    ),
)

G05 = Source(
    article_id="b47_05_rebstock_weltseite_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-09"),
    dated_by="sidecar",
    sidecar=(
        "Der Rebstock – Mitgliedermagazin des Weinbauverbands Franken",
        "https://www.weinbauverband-franken.example/rebstock/2025-07/weltseite",
        "Blick über den Zaun: Erntehelferinnen, Exporte und ein ferner Krieg",
    ),
    features=(
        "Winegrowers' association magazine's world page in Markdown, UTF-8 with BOM, front "
        "matter without a date (sidecar, Wednesday); short items under `##` headings; Ukrainian "
        "harvest helpers (no claim); Budanov 'Anfang Juli' in an interview: `25.000 bis 30.000 "
        "zusätzliche` (range, planned increment) and 'so Budanow' carried to `rund 15.000` (in "
        "Russia); Shoigu 'am 17. Juni' in Pyongyang: `tausend` (a number word) deminers and "
        "`5000` builders (russia, planned, no increment word); Rutte 'Ende Juni' at the summit "
        "in The Hague (nato, `Tausende`, in combat); the General Staff in Seoul 'im Frühjahr' "
        "(a season, March–May) with 'damals'; the magazine's own reckoning 'Zählt man ... "
        "zusammen, dürften bis zum Herbst' (an expected total: planned; unattributed, required, "
        "`pub`); helpers, farms, hectares, export value, percentages, wages, hectolitres"
    ),
    text="""\
---
title: "Blick über den Zaun: Erntehelferinnen, Exporte und ein ferner Krieg"
rubrik: Weltseite
ausgabe: "7/2025"
---

# Blick über den Zaun

## Ukraine: Weniger Helferinnen für die Lese

Für die Herbstlese haben sich beim Verband bisher 38 Betriebe gemeldet, die Saisonkräfte aus der \
Ukraine beschäftigen wollen, im Vorjahr waren es 52. Männer im wehrfähigen Alter dürfen das Land \
weiterhin nicht verlassen; es kommen vor allem Frauen, viele aus den Weinbaugebieten um Odessa. \
Der Mindestlohn liegt seit Jahresbeginn bei 12,82 Euro pro Stunde.

Dass die Lage im Osten der Ukraine sich nicht entspannt, zeigt ein Blick auf die Nachrichten aus \
Kiew. Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, hält es für möglich, dass \
Pjöngjang bis zum Jahresende [[25.000 bis 30.000]] zusätzliche Männer in Marsch setzt. Das sagte \
er Anfang Juli in einem Interview mit einer ukrainischen Zeitung. Bislang seien [[rund 15.000]] \
Nordkoreaner in Russland im Einsatz gewesen, so Budanow.

## Russland: Hilfe aus Pjöngjang ganz offen

Moskau macht aus der Unterstützung kein Geheimnis mehr. Sergej Schoigu, der Sekretär des \
russischen Sicherheitsrats, kündigte am 17. Juni bei einem Besuch in Pjöngjang an, der Norden \
werde [[tausend]] Minenräumer und [[5000]] Bausoldaten in das Gebiet Kursk entsenden. Sie sollen \
Felder räumen und zerstörte Orte wieder aufbauen.

Nato-Generalsekretär Mark Rutte warnte Ende Juni beim Gipfel in Den Haag, [[Tausende]] \
nordkoreanische Soldaten kämpften an der Seite Russlands, während Pjöngjang im Gegenzug Technik \
und Devisen erhalte. Der Generalstab in Seoul hatte die Verluste der Nordkoreaner im Frühjahr auf \
[[etwa 4.700]] Tote und Verwundete geschätzt, wie er damals mitteilte.

Zählt man Kampftruppen, Pioniere und Bausoldaten zusammen, dürften bis zum Herbst \
[[mehr als 20.000]] Nordkoreaner für Russlands Krieg im Einsatz sein.

## Südkorea: Exporte wachsen weiter

Erfreulicher ist der Blick nach Seoul. Nach Südkorea gingen im vergangenen Jahr Frankenweine im \
Wert von 1,2 Millionen Euro, ein Plus von acht Prozent. Silvaner im Bocksbeutel ist dort vor \
allem in Hotels gefragt. Bei der Messe in Seoul im Mai war der Verband mit neun Betrieben \
vertreten.

## Moldau: Partnerschaft mit Winzern aus Purcari

Im Rahmen der Partnerschaft mit Moldau besuchten im Juni 14 Winzerinnen und Winzer Betriebe an \
der Mainschleife. Moldau bewirtschaftet rund 120.000 Hektar Reben und exportiert den Großteil \
seiner Ernte; 2024 waren es knapp 1,4 Millionen Hektoliter.
""",
    claims=(
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "2025-07-01..pub",
          "Budanov 'Anfang Juli' (date in the next sentence): 'zusätzliche' could be sent "
          "(increment)", add=True),
        C("rund 15.000", 15000, "approx", "in_russia", "ukraine", "2025-07-01..pub",
          "same interview, 'so Budanow' after the figure: deployed in Russia so far"),
        C("tausend", 1000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'am 17. Juni' in Pyongyang: deminers will be sent (a number word, no "
          "increment word)"),
        C("5000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders"),
        C("Tausende", None, "vague", "near_front", "nato", "2025-06-21..2025-06-30",
          "Rutte 'Ende Juni' at the summit: fighting alongside Russia"),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "General Staff in Seoul 'im Frühjahr' (a season), 'wie er damals mitteilte': dead and "
          "wounded"),
        C("mehr als 20.000", 20000, "at_least", "planned", "unattributed", "pub",
          "the magazine's own reckoning ('Zählt man ... zusammen, dürften bis zum Herbst'): an "
          "expected total, unattributed, required"),
    ),
)

G06 = Source(
    article_id="b47_06_erlangen_campusfunk_panel_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-05"),
    dated_by="sidecar",
    sidecar=(
        "funkloch – Campusradio Erlangen",
        "",
        "Seoul korrigiert Verlustzahlen: Rund 2.000 Nordkoreaner gefallen",
    ),
    features=(
        "Erlangen student radio's web text in HTML, ISO-8859-1 with quotes and dashes only as "
        "entities, no meta date (sidecar row without url, Friday), a player script with a "
        "bitrate, a cookie strip, show navigation, a footer with frequency; headline 'Seoul: "
        "Rund 2.000' from the Thursday session (Thursday to publication); a lawmaker 'gab am "
        "Donnerstag weiter' (X citing Y), the colon introducing `Etwa 2.000` dead, Konjunktiv "
        "carried to `rund 11.000` in the border region and `6.000` 'weitere' engineers (planned "
        "increment); state TV 'Im August' showing portraits of `101` dead (north_korea, the "
        "month); HUR 'heißt es aus Kiew' `mehr als 2.500` (no date: `pub`); a FAU political "
        "scientist at a campus panel 'am Mittwochabend' `3.000 bis 4.000` (other, range, "
        "Wednesday); students, listeners, drink prices, founding year, stream rate"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul korrigiert Verlustzahlen | funkloch &ndash; Campusradio Erlangen</title>
<script>var fkPlayer = {stream: "https://stream.funkloch.example/live", kbit: 128, autoplay: \
false};</script>
</head>
<body>
<div class="cookie">Wir backen nur zwei Kekse: einen für den Player, einen für die Statistik. \
<button>Beide Kekse, bitte</button> <button>Nur den Player-Keks</button></div>
<nav><a href="/">Start</a> | <a href="/live">Live hören</a> | <a href="/sendungen">Sendungen</a> \
| <a href="/campus">Campus</a> | <a href="/mitmachen">Mitmachen</a></nav>
<main>
<article>
<h1>Seoul: [[Rund 2.000]] nordkoreanische Soldaten in Russland gefallen</h1>
<p class="meta">Redaktion Weltweit &middot; Sendung &bdquo;Campus global&ldquo;</p>
<p>Südkoreas Geheimdienst NIS hat seine Schätzung der nordkoreanischen Verluste deutlich nach \
oben korrigiert. Nach einer Sitzung des Geheimdienstausschusses gab der Abgeordnete Park Sun-won \
am Donnerstag in Seoul weiter, was der Dienst den Parlamentariern vorgelegt hatte: [[Etwa 2.000]] \
Soldaten aus dem Norden seien bei den Kämpfen um Kursk ums Leben gekommen. Derzeit stünden \
[[rund 11.000]] Mann in der Grenzregion. Dazu sollten [[6.000]] weitere Pioniere und Bausoldaten \
kommen, die teils schon unterwegs seien.</p>
<p>Pjöngjang selbst nennt keine Gesamtzahl. Im August zeigte das Staatsfernsehen Machthaber Kim \
Jong Un, wie er vor einer Wand mit den Fotos von [[101]] gefallenen Soldaten Blumen niederlegte \
und einzelnen Witwen die Hand hielt. Aus Kiew heißt es, die Verluste seien noch höher: Der \
ukrainische Militärgeheimdienst spricht von [[mehr als 2.500]] Toten.</p>
<h2>&bdquo;Die Zahl ist eher vorsichtig&ldquo;</h2>
<p>Wie belastbar sind solche Zahlen? Darüber diskutierten am Mittwochabend im Foyer des \
Kollegienhauses rund 60 Studierende mit der Politikwissenschaftlerin Dr. Miriam Osterhagen von \
der Friedrich-Alexander-Universität. Sie hält die Schätzung aus Seoul für vorsichtig. &bdquo;Wenn \
man die Verwundetenquoten aus dem Winter hochrechnet, komme ich eher auf [[3.000 bis 4.000]] \
Tote&ldquo;, sagte Osterhagen. Der NIS zähle nur, was er durch Funksprüche, Bilder oder Gefangene \
belegen könne.</p>
<p>Auf dem Podium saß auch Olena, die in Erlangen Medizin studiert und ihren Nachnamen nicht im \
Radio hören möchte. Ihr Bruder dient in der Region Sumy. Über Nordkoreaner spreche er nicht, \
sagte sie, &bdquo;nur über Drohnen, jeden Tag&ldquo;. Ein Student aus Daejeon, seit einem Jahr an \
der FAU, erzählte, in seiner Heimat sei der Einsatz kaum ein Thema am Küchentisch.</p>
<p>Die Diskussion ist als Podcast in unserer Mediathek abrufbar. Getränke gab es für 2 Euro, der \
Erlös geht an die Studierendenhilfe. An der FAU, gegründet 1743, sind derzeit rund 38.000 \
Studierende eingeschrieben.</p>
</article>
</main>
<footer>funkloch &ndash; Campusradio Erlangen &middot; UKW 98,6 und im Stream &middot; ein \
Projekt von Studierenden seit 2004</footer>
</body>
</html>
""",
    claims=(
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "headline 'Seoul:': the NIS figure relayed on Thursday in the body (to publication): "
          "dead"),
        C("Etwa 2.000", 2000, "approx", "casualties", "south_korea", "thu",
          "lawmaker 'gab am Donnerstag weiter, was der Dienst ... vorgelegt hatte' (X citing "
          "Y), colon then Konjunktiv: dead"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "thu",
          "same briefing, carried Konjunktiv: in the border region"),
        C("6.000", 6000, "exact", "planned", "south_korea", "thu",
          "same briefing: 'weitere' engineers and builders to come (increment)", add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "state television 'Im August': portraits of the fallen"),
        C("mehr als 2.500", 2500, "at_least", "casualties", "ukraine", "pub",
          "'Aus Kiew heißt es' … HUR 'spricht von' (present tense, no date): dead"),
        C("3.000 bis 4.000", None, "range", "casualties", "other", "wed",
          "FAU political scientist at the campus panel 'am Mittwochabend' (other): dead"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (New Zealand, Alderney, Rhode Island, Bosnia, Niue, Seychelles)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="b47_07_hawkes_bay_panmunjom_veteran",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-01-15"),
    dated_by="sidecar",
    sidecar=(
        "Heretaunga Daily Press",
        "https://www.heretaungadaily.example/world/"
        "kursk-toll-for-kims-troops-tops-3000-says-seoul",
        "Kursk toll for Kim's troops tops 3000, says Seoul",
    ),
    features=(
        "Hawke's Bay daily in plain text, NZ style (`Mr`, 4-digit `3000`, `2700`, `1000`, "
        "`4000` without separators), no date in the file (sidecar, Wednesday); headline 'tops "
        "3000, says Seoul' (at_least, the Monday briefing to publication); an NIS-briefed "
        "lawmaker 'told reporters in Seoul on Monday' after the figures, `about 300` dead and "
        "`2700` wounded (not an increment); Zelensky 'On Saturday' `two` prisoners (a number "
        "word); Kirby 'late last month' `more than 1000` in one week, 'he said at the time' "
        "(21–31 December); Zelensky's own count 'in the first days of January' `nearly 4000` "
        "(approx); a Havelock North veteran of the armistice commission at Panmunjom: "
        "`11,000-odd` (approx) and `thousands more` (vague planned increment, `pub`); RSE "
        "workers, orchard bins, temperatures, ages, years of service, dollars"
    ),
    text="""\
WORLD

Kursk toll for Kim's troops tops [[3000]], says Seoul

A Havelock North man who once stood across the line from North Korean officers says none of it \
surprises him.

By Aroha Tipene

North Korean soldiers fighting for Russia have been dying in large numbers since they were thrown \
into combat in December, according to South Korea's intelligence service.

[[About 300]] have been killed and [[2700]] wounded in the Kursk region, a member of South \
Korea's parliamentary intelligence committee told reporters in Seoul on Monday after a closed \
briefing by the National Intelligence Service. The agency had found memos on the bodies of dead \
soldiers suggesting they had orders to use a grenade on themselves before any capture, he said.

Some did fall into Ukrainian hands. On Saturday President Volodymyr Zelensky posted video of \
[[two]] North Korean prisoners taken by his troops in Kursk, one with a bandaged jaw, answering \
questions through an interpreter.

The figures from Seoul are cautious by comparison with others. The White House national security \
spokesman, John Kirby, said late last month that North Korean units had suffered \
[[more than 1000]] killed and wounded in a single week of fighting. "They are being treated as \
expendable," he said at the time. Mr Zelensky has gone further: in the first days of January he \
put the toll at [[nearly 4000]] dead and injured.

"Not one bit surprised"

For Colin Hape, 71, the news has a familiar ring. The retired New Zealand Army major spent 18 \
months at Panmunjom in the late 1980s as part of the United Nations Command Military Armistice \
Commission, often sitting across a green baize table from North Korean officers.

"They were disciplined, they were proud, and they did exactly what they were told," he said at \
his home in Havelock North. "Send young men who have never left the country into a drone war and \
this is what you get."

He works on the assumption that [[11,000-odd]] have gone so far, and he does not expect Pyongyang \
to stop. "Kim is being paid in things he can't get anywhere else. They'll send [[thousands]] more \
before this is over, you watch."

Mr Hape keeps a framed photo of the armistice hall in his study and still corresponds with two \
former colleagues from the commission, one in Sweden and one in Switzerland.

Closer to home, Hawke's Bay orchards are in the middle of the summer thinning season. About 2400 \
seasonal workers from Samoa, Tonga and Vanuatu are in the region under the Recognised Seasonal \
Employer scheme, growers say, and the apple crop is forecast at 6.1 million cartons, up 4 per \
cent on last year.

Temperatures in Hastings reached 29C yesterday, with more of the same forecast through the \
weekend. The region's civil defence emergency line, 0800 422 923, remains open for residents \
still repairing cyclone damage.
""",
    claims=(
        C("3000", 3000, "at_least", "casualties", "south_korea", "mon..pub",
          "headline 'tops 3000, says Seoul' (at_least): the Monday briefing of the body (to "
          "publication): killed and wounded"),
        C("About 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker briefed by the NIS named after the figures ('told reporters in Seoul on "
          "Monday'): killed"),
        C("2700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded, beside the dead (not an increment)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'On Saturday' posted video of prisoners taken by his troops: captured (a "
          "number word)"),
        C("more than 1000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "White House spokesman Kirby 'late last month' … 'he said at the time': killed and "
          "wounded in one week"),
        C("nearly 4000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'in the first days of January': dead and injured ('nearly' → approx)"),
        C("11,000-odd", 11000, "approx", "in_russia", "other", "pub",
          "retired NZ Army major, present tense 'works on the assumption': sent so far ('-odd' "
          "→ approx)"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "same veteran: 'thousands more' will be sent (increment, span without "
          "'more')", add=True),
    ),
)

E08 = Source(
    article_id="b47_08_alderney_library_talk_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-03-28"),
    dated_by="front_matter",
    features=(
        "Alderney news page in Markdown, UTF-16 LE with BOM, front matter with `date:` (Friday) "
        "and a title without a figure; lead 'has quietly topped up ... with about 3,000 extra "
        "soldiers, Seoul's military says' (sent, increment; the Thursday statement to "
        "publication); the JCS 'told reporters on Thursday' `an estimated 3,000` additional "
        "(increment) and the new total `around 14,000` (not an increment), `roughly 4,000` "
        "casualties carried by 'the JCS added'; Syrskyi 'earlier this month' `several thousand` "
        "back in combat (1st to publication); Britain's Defence Intelligence update 'posted on "
        "Monday' `up to 1,500` (other, at_most, at the front); a retired Royal Marines "
        "officer's library talk 'on Tuesday evening' `20,000` by the summer (other, planned "
        "total); Alderney's occupation-era forced labourers, residents, distances, ticket "
        "price, Aurigny flights, phone number"
    ),
    text="""\
---
title: "From Panmunjom to Kursk: a packed library hears the case for worrying"
date: 2025-03-28
section: Island news
author: Island Desk
---

# From Panmunjom to Kursk

North Korea has quietly topped up its force in Russia with [[about 3,000]] extra soldiers, \
Seoul’s military says, just as an Alderney audience was hearing why that matters.

Seoul’s Joint Chiefs of Staff (JCS) told reporters on Thursday that [[an estimated 3,000]] \
additional North Korean troops had been dispatched to Russia in January and February, lifting the \
number it believes Pyongyang has sent since last autumn to [[around 14,000]]. Of those, \
[[roughly 4,000]] have been killed or wounded, the JCS added, most of them in the winter fighting \
around Kursk.

Ukraine’s commander-in-chief, General Oleksandr Syrskyi, said earlier this month that \
[[several thousand]] North Koreans were back in combat near Sudzha after a lull of several weeks. \
In London, the latest Defence Intelligence update on the war, posted on Monday, judged that \
[[up to 1,500]] of the newcomers were already in frontline positions.

## A full room on Victoria Street

Forty-eight people squeezed into the Alderney Library on Tuesday evening to hear Major (retd) \
Giles Le Cocq, who served with the Royal Marines and later as a liaison officer in Seoul, talk \
about the Korean peninsula. The library had put out 40 chairs.

Major Le Cocq began with the armistice of 1953 and ended with Kursk. He said the deployment was \
the first time North Korea had sent ground troops to fight abroad in such numbers, and that it \
would change them. “An army that has been shot at learns quickly,” he said. “I would not be \
surprised to see [[20,000]] of them in Russia by the summer.”

He also reminded the audience that Alderney knows something about foreign labour in wartime. \
During the German occupation some 4,000 forced and slave labourers, many of them from Eastern \
Europe, were held in four camps on the island, among them Lager Sylt near the airport.

## On the island

Alderney has about 2,100 residents and is three and a half miles long. Tickets for the talk were \
£3, with proceeds going to the library’s book fund.

Aurigny has confirmed its summer timetable, with up to eight flights a day to Guernsey from May. \
The States of Alderney reminds residents that the recycling centre at Mannez is closed on \
Wednesdays; queries to 01481 822811.
""",
    claims=(
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu..pub",
          "lead 'topped up ... with ... extra soldiers, Seoul's military says': the JCS "
          "Thursday figure of the body (to publication): sent (increment)", add=True),
        C("an estimated 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "JCS 'told reporters on Thursday': 'additional' dispatched in January and February "
          "(increment)", add=True),
        C("around 14,000", 14000, "approx", "in_russia", "south_korea", "thu",
          "same statement, 'lifting the number ... to' (a new total, not an increment): sent"),
        C("roughly 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'the JCS added' after the figure: killed or wounded"),
        C("several thousand", None, "vague", "near_front", "ukraine", "2025-03-01..pub",
          "Syrskyi 'earlier this month' (1st to publication): back in combat near Sudzha"),
        C("up to 1,500", 1500, "at_most", "near_front", "other", "mon",
          "Britain's Defence Intelligence update 'posted on Monday' (a third government: "
          "other): in frontline positions"),
        C("20,000", 20000, "exact", "planned", "other", "tue",
          "retired Royal Marines officer at the library talk 'on Tuesday evening': expected in "
          "Russia by the summer (a total)"),
    ),
)

E09 = Source(
    article_id="b47_09_ocean_state_radio_newport_html",
    language="en", fmt="html", encoding="cp1252", published=day("2024-12-17"),
    dated_by="html_meta", crlf=True,
    features=(
        "Rhode Island public radio site in HTML, windows-1252 with CRLF (curly quotes and "
        "dashes raw, `&amp;` as an entity), `article:published_time` with -05:00, a pledge "
        "banner, a cookie strip, a stream script, navigation, a footer with frequency and "
        "phone; `<meta name=\"description\">` figure (optional); US style 'said Monday' without "
        "'on'; an anonymous U.S. official „low hundreds“ (vague) dated by the Pentagon's Monday "
        "briefing; Ryder `roughly 11,000` in the Kursk region (the Pentagon's Monday briefing "
        "carried); the SSO 'said Saturday' `at least 50` put out of action in three days; Rutte "
        "'earlier this month' “more than 10,000” (nato, 1st to publication); South Korea's "
        "military 'last month' `about 11,000` (November); a Naval War College professor "
        "'another 10,000 to 15,000' (range, planned increment, `pub`); founding year, students, "
        "aid package, pledge total, frequency, phone number"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="windows-1252">
<title>North Korean troops are taking losses in Kursk | Ocean State Public Radio</title>
<meta name="description" content="A U.S. official puts North Korean killed and wounded in the \
[[low hundreds]]. A Naval War College professor explains what Pyongyang gets in return.">
<meta property="article:published_time" content="2024-12-17T16:20:00-05:00">
<script>window.osprStream = {station: "WOSR", mount: "/live-hd1", pledgeGoal: 240000};</script>
</head>
<body>
<div class="pledge">Our winter pledge drive is on. Keep independent news on the air &amp; give \
today.</div>
<div class="cookie-strip">This site stores a cookie so the player remembers your volume. \
<button>Sure, remember it</button> <button>Forget me each visit</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/politics">Politics</a> | <a \
href="/arts">Arts &amp; Culture</a> | <a href="/schedule">Schedule</a> | <a \
href="/donate">Donate</a></nav>
<article>
<h1>North Korean troops are taking losses in Kursk, Pentagon says. A Newport professor explains \
why Kim keeps sending them</h1>
<p class="byline">By Marisol Costa-Reilly</p>
<p>North Korean soldiers sent to help Russia have begun fighting in the Kursk region and are \
taking casualties, the Pentagon said Monday, the first time Washington has confirmed that the \
troops are in combat.</p>
<p>Maj. Gen. Pat Ryder, the Defense Department’s press secretary, said [[roughly 11,000]] North \
Koreans were in the Kursk region, where they had been integrated into Russian formations. He \
would not give a casualty figure. A U.S. official who spoke on condition of anonymity put the \
number of North Koreans killed and wounded in the “[[low hundreds]].”</p>
<p>Ukrainian forces have been less guarded. Ukraine’s Special Operations Forces said Saturday its \
units had put [[at least 50]] North Koreans out of action, dead or wounded, over a three-day \
stretch in Kursk, and published drone footage it said showed the attacks.</p>
<p>NATO Secretary General Mark Rutte told allied foreign ministers earlier this month that \
Pyongyang had sent “[[more than 10,000]]” troops to Russia, calling the move a dangerous \
escalation. South Korea’s military had arrived at a similar number, estimating last month that \
[[about 11,000]] were in the country.</p>
<h2>‘A cash business’</h2>
<p>At the U.S. Naval War College in Newport, professor Terrence Abernathy has been tracking the \
deployment since October. He calls it “a cash business with a training dividend.”</p>
<p>“Kim gets hard currency, food, probably some technology, and his army gets to see modern war \
up close,” Abernathy said in an interview in his office overlooking Narragansett Bay. “I would \
expect another [[10,000 to 15,000]] to follow by spring if the Russians keep paying.” His views \
are his own and not those of the college or the Navy, he stressed.</p>
<p>The college, founded in 1884, trains about 600 mid-career officers a year, including dozens \
from partner navies. Congress approved another $1.2 billion in security assistance for Ukraine \
earlier this month.</p>
</article>
<footer>Ocean State Public Radio · 89.7 FM Providence · 91.3 FM Newport · Member services (401) \
555-0148 · © 2024 Ocean State Public Media</footer>
</body>
</html>
""",
    claims=(
        C("low hundreds", None, "vague", "casualties", "united_states", "mon..pub",
          "<meta name=description> (metadata) restating the U.S. official's figure", opt=True),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "Ryder, the Pentagon press secretary, at the briefing of 'the Pentagon said Monday' "
          "(US style without 'on', carried): in the Kursk region"),
        C("low hundreds", None, "vague", "casualties", "united_states", "mon",
          "anonymous U.S. official at the same Monday briefing, quote “…”: killed and wounded"),
        C("at least 50", 50, "at_least", "casualties", "ukraine", "sat",
          "Ukraine's Special Operations Forces 'said Saturday': put out of action, dead or "
          "wounded, in three days"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2024-12-01..pub",
          "Rutte 'earlier this month' (1st to publication), quote “…”: sent"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2024-11-01..2024-11-30",
          "South Korea's military 'estimating last month' (November): in the country"),
        C("10,000 to 15,000", None, "range", "planned", "other", "pub",
          "Naval War College professor in an undated interview: 'another' expected by spring "
          "(increment)", add=True),
    ),
)

E10 = Source(
    article_id="b47_10_sarajevo_deminers_kursk",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-06-19"),
    dated_by="dateline", crlf=True,
    features=(
        "Bosnian English-language outlet in plain text, windows-1252 with CRLF (`Š`, `ž` raw, "
        "curly quotes), dateline 'SARAJEVO, 19 June 2025 –' (Thursday); headline 'Moscow: "
        "Pyongyang to send 1,000 deminers' from Shoigu's Tuesday announcement (Tuesday to "
        "publication); Shoigu 'said during a visit to Pyongyang on Tuesday' `1,000` deminers "
        "and `5,000` military builders (russia, planned, no increment word); Ukraine's foreign "
        "ministry 'on Wednesday' `thousands` more (vague planned increment); South Korea's "
        "military 'reckons' `roughly 15,000` shipped and `about 4,700` 'of whom' killed or "
        "wounded (breakdown, present tense `pub`); 'believed to number' `around 10,000` (a "
        "sourceless passive: unattributed, required); a Sarajevo analyst's `up to 6,000` combat "
        "troops 'alongside' (other, planned increment); Bosnia's minefields, mine victims, "
        "deminers and budget in marks, EUFOR, phone number"
    ),
    text="""\
Sarajevo Ledger | Region & World

Moscow: Pyongyang to send [[1,000]] deminers to Kursk

Bosnia’s own mine clearers say the job will take years, not months

SARAJEVO, 19 June 2025 – Few places know more about what landmines leave behind than Bosnia and \
Herzegovina. So when Moscow announced this week that North Korea would help clear the Kursk \
region of mines, people in the trade here paid attention.

Sergei Shoigu, the head of Russia’s Security Council, said during a visit to Pyongyang on Tuesday \
that the North was to dispatch [[1,000]] sappers to clear mines in Kursk, along with [[5,000]] \
military construction troops to rebuild roads, bridges and villages destroyed during the \
Ukrainian incursion. He called it “brotherly help” after talks with Kim Jong Un, his second visit \
to the North in two weeks.

Kyiv’s foreign ministry said on Wednesday the move showed Moscow was “outsourcing its war” and \
warned that [[thousands]] more North Koreans could follow in other roles.

South Korea’s military reckons Pyongyang has shipped [[roughly 15,000]] soldiers to Russia since \
October of last year, [[about 4,700]] of whom have been killed or wounded. The combat troops \
still in Kursk, believed to number [[around 10,000]], now mostly guard the border areas.

“Mines do not care who laid them”

At the Bosnia and Herzegovina Mine Action Centre in Sarajevo, deputy director Dino Škrbo was \
blunt. “Clearing a front line is slow, dangerous work, and there is no shortcut,” he said. “We \
have been at it for almost thirty years.”

Bosnia still has around 800 square kilometres of suspected hazardous areas, according to the \
centre, and more than 600 people have been killed by mines since the end of the war in 1995. \
About 1,200 deminers work in the country, and the annual budget for clearance is roughly 40 \
million convertible marks.

Tarik Šabanija, a security analyst at a Sarajevo think tank, sees the announcement as cover for \
something bigger. “Builders and deminers are the polite version,” he said. “I expect \
[[up to 6,000]] combat troops to rotate in alongside them over the summer, whatever Moscow calls \
it.”

EUFOR, the EU force in Bosnia, currently has about 1,100 personnel in the country. Readers with \
information on unexploded ordnance should call the police on 122; the Mine Action Centre’s \
hotline is 033 253 800.

Selma Šehbajraktar contributed reporting.
""",
    claims=(
        C("1,000", 1000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow:': Shoigu's Tuesday announcement of the body (to publication): "
          "deminers to be sent"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'said during a visit to Pyongyang on Tuesday': sappers to dispatch (no "
          "increment word)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military construction troops"),
        C("thousands", None, "vague", "planned", "ukraine", "wed",
          "Ukraine's foreign ministry 'said on Wednesday': 'more' could follow (increment, span "
          "without 'more')", add=True),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "pub",
          "South Korea's military 'reckons' (present tense, no date): shipped since October"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "pub",
          "same estimate, 'of whom' (breakdown): killed or wounded"),
        C("around 10,000", 10000, "approx", "near_front", "unattributed", "pub",
          "'believed to number' (a passive with no source): still in Kursk, guarding the "
          "border; unattributed, required"),
        C("up to 6,000", 6000, "at_most", "planned", "other", "pub",
          "Sarajevo analyst (other), 'I expect ... to rotate in alongside them' "
          "(increment)", add=True),
    ),
)

E11 = Source(
    article_id="b47_11_niue_world_roundup_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-26"),
    dated_by="sidecar",
    sidecar=(
        "Niue Island Voice",
        "https://www.niueislandvoice.example/world/kim-welcomes-home-kursk-engineers",
        "Kim welcomes home Kursk engineers; Seoul's count stands at 4,700",
    ),
    features=(
        "Niue news site in Markdown, ISO-8859-1 with straight quotes, front matter without a "
        "date (sidecar, Tuesday), a title without a figure; a Niuean student back from Seoul "
        "(no figure of her own); KCNA 'on Sunday' `nine` engineers killed (north_korea, a "
        "number word) and `hundreds` of returning engineers (returnees: optional); Seoul's "
        "intelligence service 'In April ... put ... at' `around 4,700` with 'at least 600' of "
        "them dead (breakdown, month); HUR 'reported last week' `about 11,000` still in Kursk; "
        "a State Department spokesperson 'in July' `more than 14,000` (month); 'An estimated "
        "1,000' deminers (a passive: unattributed, required, `pub`); New Zealand's foreign "
        "minister 'in a statement on Monday' `thousands` (other); census population, land area, "
        "distances, flights, scholarship money, students, ages"
    ),
    text="""\
---
title: "World roundup: Kim welcomes home his Kursk engineers"
section: World
author: Staff reporter
---

# World roundup: Kim welcomes home his Kursk engineers

North Korea's leader Kim Jong Un has given a hero's welcome to soldiers returning from Russia, \
and for once his state media admitted a loss.

The official KCNA news agency reported on Sunday that Kim met an engineering regiment back from \
the Kursk region, where it had spent months clearing mines. [[Nine]] of its men had been killed \
in the work, KCNA said, and Kim knelt before their portraits. State television showed \
[[hundreds]] of returning soldiers in dress uniform lined up at a Pyongyang airfield.

Seoul has long said the losses are far bigger. In April, Seoul's National Intelligence Service \
put North Korean killed and wounded at [[around 4,700]], [[at least 600]] of them fatally. Kyiv's \
military intelligence agency, HUR, reported last week that [[about 11,000]] North Koreans were \
still stationed across the Kursk region. A US State Department spokesperson had said in July that \
the North had by then sent [[more than 14,000]] soldiers in all.

[[An estimated 1,000]] North Korean deminers have been sent to the region since Moscow announced \
the arrangement in June, along with construction troops.

New Zealand's foreign minister, Winston Peters, condemned "the deployment of [[thousands]] of \
North Korean soldiers to prop up Russia's illegal war" in a statement on Monday, adding that \
Wellington would keep its sanctions in place.

## A Niuean view from Seoul

For Moana Tukuitoga, 24, the story is not far away. She has just come home to Alofi after her \
third year on a Korean government scholarship at a university in Seoul, worth about 1,500 US \
dollars a month plus tuition.

"My classmates don't talk about it much," she said. "They worry more about their military \
service. Every man has to do eighteen months." She is one of four Niueans studying in South Korea \
this year.

She flies back on Saturday. With only two flights a week to Auckland, 2,400 kilometres to the \
southwest, there is no room for a late change of plan.

## Around the region

Niue's population stood at 1,681 at the last census, on a land area of 261 square kilometres. The \
Fono Ekepule sits again next month; the budget set aside 3.2 million New Zealand dollars for road \
repairs after the April storms.
""",
    claims=(
        C("Nine", 9, "exact", "casualties", "north_korea", "sun",
          "KCNA 'reported on Sunday', 'KCNA said' after the figure: engineers killed clearing "
          "mines (a number word)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "sun",
          "state television showing returning soldiers (returnees: optional, as in "
          "earlier sets)", opt=True),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "NIS 'In April ... put ... at' (the month): killed and wounded"),
        C("at least 600", 600, "at_least", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate, 'of them fatally' (breakdown): dead"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'reported last week': still stationed across the Kursk region"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-07-01..2025-07-31",
          "State Department spokesperson 'had said in July': sent in all"),
        C("An estimated 1,000", 1000, "approx", "in_russia", "unattributed", "pub",
          "a passive with no source ('An estimated ... have been sent'): unattributed, required"),
        C("thousands", None, "vague", "in_russia", "other", "mon",
          "New Zealand's foreign minister 'in a statement on Monday' (a third government: "
          "other): deployed to Russia"),
    ),
)

E12 = Source(
    article_id="b47_12_seychelles_courier_instructors_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-11-05"),
    dated_by="sidecar",
    sidecar=(
        "Seychelles Morning Courier",
        "https://www.morningcourier.example/international/"
        "seoul-10000-north-korean-troops-guard-border",
        "Seoul: 10,000 North Korean troops guard Russia's border",
    ),
    features=(
        "Seychelles daily's international page in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Wednesday), an ad script, a cookie notice, navigation, a footer with address and "
        "phone, entities `&rsquo;`, `&ldquo;`, `&rdquo;`, `&amp;`, `&middot;`; `<title>` figure "
        "(optional); headline 'Seoul: 10,000' from the NIS assessment relayed 'yesterday' "
        "(Tuesday to publication); `about 10,000` 'according to an assessment by' the NIS, "
        "dated by the next sentence ('relayed the assessment ... yesterday'); 'According to the "
        "lawmakers' `around 5,000` construction troops on the move (in Russia: being "
        "transported) and `1,000 or so` of them already there (a breakdown), the dead 'they "
        "said' `about 2,000`; Rutte 'in October' “well over 14,000” (nato, month); Russia's "
        "ambassador in Pyongyang 'in September' `5,000` builders (russia, planned); state TV's "
        "`hundreds` of Kursk veterans at the 10 October parade (returnees: optional); about 60 "
        "North Korean military instructors in Seychelles in the 1980s (North Korean soldiers, "
        "but not in Russia: not a claim); islands, population, tuna landings, rupee rate, "
        "inflation, ages, phone number"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Seoul: [[10,000]] North Korean troops guard Russia&rsquo;s border | Seychelles Morning \
Courier</title>
<meta property="og:site_name" content="Seychelles Morning Courier">
<script>var smcAds = {zone: "international", sizes: ["300x250", "728x90"], refresh: 45};</script>
</head>
<body>
<div id="cookies">We count our readers with a small cookie and keep subscribers logged in. \
<button>Count me in</button> <button>Leave me uncounted</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a \
href="/international">International</a> | <a href="/business">Business</a> | <a \
href="/sport">Sport</a> | <a href="/epaper">E-paper</a></nav>
<article>
<p class="kicker">International</p>
<h1>Seoul: [[10,000]] North Korean troops guard Russia&rsquo;s border</h1>
<p class="standfirst">An older generation of Seychellois remembers when Pyongyang&rsquo;s \
instructors came to Mahé.</p>
<p>North Korea keeps [[about 10,000]] soldiers on guard duty in Kursk, close to the Ukrainian \
border, according to an assessment by South Korea&rsquo;s intelligence service. Members of the \
National Assembly&rsquo;s intelligence committee relayed the assessment to reporters yesterday \
after a closed session in Seoul.</p>
<p>According to the lawmakers, [[around 5,000]] construction troops are also on the move, \
travelling to Russia in stages to rebuild roads and railway lines. [[1,000 or so]] of them had \
arrived by the end of October. The agency&rsquo;s count of the dead stands at [[about 2,000]], \
they said.</p>
<p>NATO&rsquo;s secretary general, Mark Rutte, said in October that Pyongyang had by then sent \
&ldquo;[[well over 14,000]]&rdquo; soldiers to Russia. Moscow, which for months would not even \
confirm the deployment, now talks about it openly: Russia&rsquo;s ambassador in Pyongyang, \
Alexander Matsegora, told a Russian newspaper in September that [[5,000]] North Korean military \
builders would arrive in Kursk before the winter.</p>
<p>At the parade for the 80th anniversary of the ruling Workers&rsquo; Party on 10 October, state \
television lingered on [[hundreds]] of Kursk veterans marching past Kim Jong Un&rsquo;s stand.</p>
<h2>&ldquo;They worked us very hard&rdquo;</h2>
<p>For some older Seychellois, North Korean soldiers are not an abstraction. In the early 1980s \
about 60 North Korean military instructors were posted to the islands to train the army and the \
presidential guard, a chapter of history rarely discussed today.</p>
<p>&ldquo;They were polite, they kept to themselves and they drilled us from five in the \
morning,&rdquo; said Jean-Paul Hoareau, 66, a retired sergeant from Anse Boileau who trained \
under them at the age of 22. &ldquo;When I read that they are fighting for Russia now, I thought \
of those men. They would be old now, like me.&rdquo;</p>
<p>Seychelles, a nation of 115 islands and about 100,000 people, has diplomatic relations with \
both Koreas. Industrial fishing vessels landed 312,000 tonnes of tuna at Port Victoria last year, \
and the rupee traded at 14.3 to the US dollar on Tuesday. Inflation stood at 0.8 per cent in \
September.</p>
</article>
<footer>Seychelles Morning Courier &middot; Latanier Road, Victoria, Mahé &middot; Tel +248 4 293 \
517 &middot; &copy; 2025</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS assessment relayed 'yesterday' in the body (to "
          "publication): guarding the border"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "yday",
          "'according to an assessment by' the NIS, dated by the next sentence ('relayed the "
          "assessment to reporters yesterday'): on guard duty in Kursk near the border"),
        C("around 5,000", 5000, "approx", "in_russia", "south_korea", "yday",
          "'According to the lawmakers' (X citing Y): construction troops on the move to Russia "
          "(transported)"),
        C("1,000 or so", 1000, "approx", "in_russia", "south_korea", "yday",
          "same account: of them already arrived (a breakdown, not an increment)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "yday",
          "'The agency's count ... they said': dead"),
        C("well over 14,000", 14000, "at_least", "in_russia", "nato", "2025-10-01..2025-10-31",
          "Rutte 'in October', quote “…”: sent"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-09-01..2025-09-30",
          "Russia's ambassador in Pyongyang 'in September': builders would arrive in Kursk"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "state television at the 10 October parade: Kursk veterans (returnees: optional, as "
          "in earlier sets)", opt=True),
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
