"""Build the EIGHTY-FIRST BLIND hand-labelled corpus (`python build_corpus.py`).

The eighty-third corpus, for an honest measurement on articles the extractor has never met,
written in session 11 without opening the extractor, its lexicons or the topic file, and without
running it. Ordinary news from outlets and angles the other corpora do not have: a Neustadt
(Weinstrasse) daily, a Hunsrück radio web text, a Ybbstal weekly, a Neckertal paper, a saddlers'
guild magazine and a Vechta student paper; a Busselton daily, a Westray community page, a
Powder River Basin paper, a Gdynia English-language outlet, a Chuuk news page and a Benin
newsletter. Same file format, marker syntax and labelling conventions as the other corpora (see
their READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind81_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="b81_01_haardt_kurier_hambach_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-07"),
    dated_by="html_meta",
    features="Neustadt (Weinstrasse) daily's local page in HTML (`article:published_time` "
        "+01:00, a cookie strip 'Krümelmonster füttern' / 'Lieber trocken Brot', a ticket "
        "script, navigation, footer with a phone number); `<meta name=\"description\">` figure "
        "(optional); quote headline from a retired defence attaché at Hambach Castle 'am "
        "Mittwochabend' (other, Wednesday to publication); the Pentagon 'am Montag' (point and "
        "range); the NIS 'Ende Oktober'; Washington 'Vergangene Woche'; HUR 'am Dienstag' "
        "vague; the attaché's 'noch einige tausend' in reserve (vague planned increment); "
        "listeners, age, admission price, Russian losses a day, North Korea's army size",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Früherer Attaché auf dem Hambacher Schloss: Kims Soldaten an der Front | Haardt-Kurier\
</title>
<meta name="description" content="Oberst a. D. Rüdiger Hanstein rechnet mit [[bis zu 12.000]] \
nordkoreanischen Soldaten in Russland – mehr als die Regierungen bisher sagen.">
<meta property="article:published_time" content="2024-11-07T06:40:00+01:00">
<meta property="og:site_name" content="Haardt-Kurier Neustadt">
<script>var hkTickets={event:"hambach-dialog-11",seats:220,sold:181};</script>
</head>
<body>
<div class="krümel">Auch der Haardt-Kurier backt Cookies, damit die Seite schneller lädt und \
wir wissen, welche Texte Sie lesen. <button>Krümelmonster füttern</button> <button>Lieber \
trocken Brot</button></div>
<nav><a href="/neustadt">Neustadt</a> · <a href="/haardt">Haardt &amp; Weinstraße</a> · <a \
href="/pfalz">Pfalz</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a></nav>
<main>
<p class="dach">Hambacher Dialog</p>
<h1>„Kim schickt [[bis zu 12.000]] Mann“ – ein Oberst a. D. über den neuen Krieg im Osten</h1>
<p class="vorspann">Der frühere Militärattaché in Seoul hält die offiziellen Zahlen für zu \
niedrig. Im ausverkauften Festsaal hörten ihm 181 Menschen zu.</p>
<p>Wenn Rüdiger Hanstein über Nordkorea spricht, wird es im Festsaal des Hambacher Schlosses \
still. Von 2009 bis 2013 vertrat der heute 67-Jährige die Bundeswehr als Attaché an der \
Botschaft in Seoul, inzwischen lebt er in Gimmeldingen. „Ich gehe davon aus, dass Pjöngjang bis \
zum \
Jahreswechsel [[bis zu 12.000]] Soldaten nach Russland bringt“, sagte der Oberst außer Dienst \
am Mittwochabend. Die meisten davon stünden inzwischen wohl im Gebiet Kursk.</p>
<p>Was Regierungen offiziell mitteilen, liegt etwas darunter. Das Pentagon schätzte am Montag, \
dass sich [[etwa 10.000]] Nordkoreaner in der Region Kursk aufhalten. Insgesamt habe Kim Jong \
Un [[11.000 bis 12.000]] Soldaten in den Osten Russlands geschickt, erklärte eine Sprecherin \
des US-Verteidigungsministeriums. Vergangene Woche hatte Washington noch von [[rund 8.000]] \
Mann nahe der ukrainischen Grenze gesprochen.</p>
<p>Südkoreas Auslandsnachrichtendienst NIS wiederum hatte bereits Ende Oktober gewarnt, \
[[mehr als 3.000]] der Soldaten seien auf dem Weg an die Front. In Kiew meldete der \
Militärgeheimdienst HUR am Dienstag erste Gefechte. Von „[[mehreren Tausend]]“ Nordkoreanern \
in vorderster Linie war in der Mitteilung die Rede.</p>
<h2>„Die Reserve ist groß“</h2>
<p>Hanstein warnte davor, die Zahlen für das Ende der Entwicklung zu halten. Nordkoreas Armee \
umfasse rund 1,2 Millionen Soldaten. Kims Generäle könnten ohne Mühe noch [[einige tausend]] \
weitere in Marsch setzen, meinte er. Moskau büße laut Londoner Lagebild pro Tag über 1.200 \
eigene Leute ein; da sei jeder zusätzliche Soldat \
willkommen.</p>
<p>Der Abend gehörte zur Reihe „Hambacher Dialog“, die der Förderverein des Schlosses \
viermal im Jahr veranstaltet. Karten kosten 8 Euro, für Schüler ist der Eintritt frei. Die \
nächste Ausgabe am 5. Dezember widmet sich der Wahl in den USA.</p>
</main>
<footer>Haardt-Kurier · Hauptstraße 41 · 67433 Neustadt an der Weinstraße · Leserservice \
06321 48 90 70 · © 2024</footer>
</body>
</html>
""",
    claims=(
        C("bis zu 12.000", 12000, "at_most", "planned", "other", "wed..pub",
          "<meta name=description> restating the attaché's Wednesday-evening figure", opt=True),
        C("bis zu 12.000", 12000, "at_most", "planned", "other", "wed..pub",
          "quote headline: the retired attaché's figure from the body (Wednesday to "
          "publication)"),
        C("bis zu 12.000", 12000, "at_most", "planned", "other", "wed",
          "retired defence attaché 'am Mittwochabend': expects Pyongyang to bring by year end"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "Pentagon 'am Montag': in the Kursk region"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "mon",
          "same Monday statement carried by Konjunktiv ('erklärte eine Sprecherin'): sent to "
          "eastern Russia"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "lastweek",
          "Washington 'Vergangene Woche': near the Ukrainian border"),
        C("mehr als 3.000", 3000, "at_least", "near_front", "south_korea",
          "2024-10-21..2024-10-31", "NIS 'Ende Oktober': on the way to the front"),
        C("mehreren Tausend", None, "vague", "near_front", "ukraine", "tue",
          "HUR 'am Dienstag' (the next sentence names the statement): in the front line"),
        C("einige tausend", None, "vague", "planned", "other", "wed",
          "the attaché ('meinte er', same evening): could still be sent (weitere: increment, span "
          "without the word)", add=True),
    ),
)

N02 = Source(
    article_id="b81_02_hunsrueckwelle_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Hunsrückwelle",
        "https://www.hunsrueckwelle.example/nachrichten/2025/01/15/kursk-gefangene-simmern",
        "Nordkoreaner in Gefangenschaft: Simmerner Helferin hofft auf Austausch",
    ),
    features="Hunsrück radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, "
        "Wednesday), a local aid volunteer from Simmern as the hook; headline 'Seoul:' from a "
        "lawmaker's Monday briefing (Monday to publication); `rund 300` dead and `2.700` wounded "
        "('Weitere' not an increment); 'Er berief sich auf' the NIS: carried total; Zelensky "
        "'am Samstag' with the number word `zwei` (captured); Zelensky 'Anfang Januar'; the "
        "White House 'im Dezember' „mehrere hundert“; aid tonnes, lorries, refugees in the "
        "district, ages, phone number",
    text="""\
Seoul: Rund [[300]] Nordkoreaner an der Kursk-Front gefallen

Simmern/Kiew. Seit fast drei Jahren fährt Tetjana Borysenko Hilfsgüter aus dem Hunsrück in die \
Ukraine. Jetzt verfolgt die 52-Jährige aus Simmern eine Nachricht besonders genau: Kiew hat \
nordkoreanische Soldaten gefangen genommen – und könnte sie gegen Ukrainer austauschen, die in \
russischer Hand sind. Unter ihnen ist auch ein Cousin ihres Mannes.

Nordkorea hat im Krieg gegen die Ukraine nach südkoreanischer Einschätzung bisher [[rund 300]] \
Soldaten verloren. Weitere [[2.700]] seien verwundet worden, sagte der Abgeordnete Lee \
Seong-kweun am Montag nach einer Sitzung des Geheimdienstausschusses in Seoul. Er berief sich \
auf Erkenntnisse des Nachrichtendienstes NIS. Demnach hat Pjöngjang insgesamt [[etwa 11.000]] \
Mann nach Russland verlegt. Einige Soldaten hätten sich lieber selbst getötet, als sich \
gefangen nehmen zu lassen.

Am Samstag war es Kiews Staatschef Wolodymyr Selenskyj, der verkündete, ukrainische \
Einheiten hätten [[zwei]] nordkoreanische Soldaten im Gebiet Kursk lebend gefangen genommen. Die \
beiden \
seien verletzt und würden in Kiew vom Geheimdienst SBU befragt. Am Sonntag bot Selenskyj an, \
die Männer an Kim Jong Un zu übergeben, wenn im Gegenzug ukrainische Kriegsgefangene \
freikämen.

Nach Selenskyjs Darstellung sind die Verluste der Nordkoreaner weit höher als von Seoul \
angegeben. Anfang Januar hatte er von [[mehr als 3.000]] gefallenen oder verletzten \
Nordkoreanern gesprochen. Das Weiße Haus hatte die Verluste im Dezember noch auf „[[mehrere \
hundert]]“ geschätzt. Moskau äußert sich zu all dem nicht.

Für Borysenko ist der mögliche Austausch ein Hoffnungsschimmer. „Wir wissen seit dem Sommer \
nichts mehr von Andrij“, sagt sie. Ihr Verein hat seit 2022 nach eigenen Angaben rund 40 \
Tonnen Hilfsgüter mit zwölf Lkw in die Ukraine gebracht. Im Rhein-Hunsrück-Kreis leben derzeit \
etwa 1.400 Geflüchtete aus der Ukraine.

Der nächste Transport soll Anfang Februar starten. Gebraucht werden vor allem Stromgeneratoren \
und Verbandsmaterial. Wer helfen will, erreicht den Verein unter 06761 90 44 21.
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:' with the lawmaker's Monday figure (Monday to publication)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "lawmaker Lee after the intelligence committee 'am Montag', dated in the next "
          "sentence: killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded ('Weitere' is a different count, not an increment)"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "'Er berief sich auf … NIS. Demnach': the same briefing (south_korea): moved to Russia"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag': captured alive"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2025-01-01..2025-01-10",
          "Zelensky 'Anfang Januar': fallen or wounded"),
        C("mehrere hundert", None, "vague", "casualties", "united_states",
          "2024-12-01..2024-12-31", "White House 'im Dezember'"),
    ),
)

N03 = Source(
    article_id="b81_03_ybbstaler_bote_rueckzug_md",
    language="de", fmt="md", encoding="latin-1", published=day("2025-02-20"),
    dated_by="front_matter",
    features="Ybbstal weekly in Markdown, ISO-8859-1 with straight quotes (Austrian "
        "conventions: 'Jänner', 'Feber', 'heuer'), front matter with `date:` (Thursday) and a "
        "title without a figure; a militia colonel's talk in Waidhofen as the hook; SSO "
        "spokesman 'am Montag' carried by Konjunktiv over two sentences (near the front, then "
        "casualties); the NIS 'in der Vorwoche' (total and `bis zu 4.000` losses); Washington "
        "'Ende Dezember' (a week's losses); HUR 'am Dienstag' `knapp 8.000` (approx); the colonel "
        "'vergangene Woche' 'heuer noch mehrere tausend' (vague planned increment, other, "
        "`lastweek`); course participants, prices, distances, Bundesheer "
        "strength",
    text="""\
---
title: "Kursk: Kiew meldet Abzug der Nordkoreaner"
date: 2025-02-20
ressort: Welt & Region
autor: Martina Hörndl
---

# Kursk: Kiew meldet Abzug der Nordkoreaner

**Waidhofen/Ybbs.** Seit Anfang Feber tauchen Kims Soldaten in den Gräben rund um Kursk \
praktisch nicht mehr auf. Ein Oberst aus dem Ybbstal erklärt, was dahinterstecken \
könnte.

Die Meldung kam am Montag aus Kiew: Nordkoreanische Einheiten hätten sich seit mehr als zwei \
Wochen von den vordersten Stellungen bei Kursk zurückgezogen, sagte Oleksandr Kindratenko, \
Sprecher der ukrainischen Spezialkräfte. Zuvor seien dort [[rund 11.000]] Soldaten aus \
Pjöngjang im Einsatz gewesen. Die Verluste seien so hoch gewesen, dass die Führung sie habe \
abziehen müssen. Man gehe von [[etwa 4.000]] Toten und Verwundeten aus.

Auch Südkoreas Auslandsgeheimdienst hatte in der Vorwoche bestätigt, dass die Truppen seit \
Mitte Jänner nicht mehr in Gefechte verwickelt gewesen seien. Von den [[etwa 11.000]] \
entsandten Soldaten seien womöglich [[bis zu 4.000]] gefallen oder verwundet, hieß es in Seoul. \
Die USA hatten schon Ende Dezember gemeldet, dass in einer einzigen Woche [[mehr als 1.000]] \
Nordkoreaner getötet oder verletzt worden seien. Kiews Militärgeheimdienst HUR schätzte die \
Zahl der noch in Russland verbliebenen Nordkoreaner am Dienstag auf [[knapp 8.000]].

## "Die kommen wieder"

Oberst Walter Gruber (58) glaubt nicht an ein Ende des Einsatzes. Der Milizoffizier aus \
Waidhofen an der Ybbs sprach vergangene Woche vor 45 Teilnehmern eines Volkshochschulkurses \
über den Krieg. "Russland braucht Leute, und Kim braucht Geld und Technik", sagte er. Er halte \
es für wahrscheinlich, dass Pjöngjang heuer noch [[mehrere tausend]] Mann nachschickt, sobald \
die Truppen neu ausgerüstet sind.

Die Nordkoreaner hätten im Jänner vor allem gelernt, wie man mit Drohnen umgeht, meint Gruber. \
Das mache sie für Russland wertvoller. Das Bundesheer komme im Vergleich dazu auf eine \
Mobilmachungsstärke von 55.000 Personen - "und das ist ehrlich gesagt knapp".

Der Kurs "Krisenherde der Welt" läuft noch bis Ende März an der Volkshochschule Ybbstal, jeden \
zweiten Dienstag um 19 Uhr. Ein Abend kostet 12 Euro. Von Waidhofen nach Kursk sind es übrigens \
rund 2.000 Kilometer Luftlinie.
""",
    claims=(
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "SSO spokesman Kindratenko 'am Montag', Konjunktiv carried: in action at Kursk before "
          "the withdrawal"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "same spokesman, 'Man gehe … aus': dead and wounded"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'in der Vorwoche' (last week): sent"),
        C("bis zu 4.000", 4000, "at_most", "casualties", "south_korea", "lastweek",
          "same statement, 'hieß es in Seoul': fallen or wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31", "the USA 'Ende Dezember': killed or hurt in one week"),
        C("knapp 8.000", 8000, "approx", "in_russia", "ukraine", "tue",
          "HUR 'am Dienstag': still in Russia ('knapp': approx)"),
        C("mehrere tausend", None, "vague", "planned", "other", "lastweek",
          "militia colonel's talk 'vergangene Woche', Konjunktiv: could send this year "
          "('nachschickt': increment)", add=True),
    ),
)

N04 = Source(
    article_id="b81_04_neckertaler_nnsc_veteran_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Neckertaler Anzeiger",
        "",
        "«Jetzt ist es amtlich»: Ein Brunnadern Korea-Veteran über Kims Soldaten",
    ),
    features="Neckertal paper (Toggenburg region) in Markdown, windows-1252 with CRLF (Swiss "
        "conventions: `4'700`, «», no sharp s), front matter without a date (sidecar without "
        "url, Wednesday); a retired NNSC officer from Brunnadern as the hook; Pyongyang's "
        "admission 'am Montag' with the figure before the speaker (north_korea, vague); the "
        "JCS 'am Mittwoch' (publication day) with `etwa 600` 'davon tödlich' (breakdown), the "
        "first wave and `3000` 'weitere' (increment, span without the word); Zelensky 'am "
        "Montag' `bis zu 30'000` zusätzliche (planned increment); Rutte 'Anfang April'; the "
        "veteran's own «einige tausend» (other, `pub`); Swiss officers at Panmunjom, years, "
        "ages, inhabitants, francs",
    text="""\
---
title: "«Jetzt ist es amtlich»"
rubrik: Region / Ausland
kuerzel: hwe
---

# «Jetzt ist es amtlich»: Ein Korea-Veteran aus Brunnadern über Kims Soldaten

Hans-Ulrich Wäspi hat Nordkoreas Soldaten aus nächster Nähe gesehen. Von 1996 bis 1998 diente \
der heute 71-Jährige als Schweizer Offizier in der Überwachungskommission der neutralen \
Nationen in Panmunjom. Dass Pjöngjang nun Truppen nach Russland schickt, überrascht ihn nicht. \
«Überrascht hat mich nur, dass sie es zugeben», sagt er in seiner Stube in Brunnadern.

## Das Eingeständnis

Nach monatelangem Schweigen hatten Moskau und Pjöngjang am Wochenende und am Montag erstmals \
zugegeben, dass Truppen aus dem Norden Koreas mitgeholfen hatten, das Grenzgebiet Kursk \
zurückzuerobern. «[[Tausende]] unserer Kämpfer haben ihre Pflicht erfüllt», zitierte die amtliche \
Nachrichtenagentur KCNA am Montag die Zentrale Militärkommission der Arbeiterpartei.

Genauer wurde am Mittwoch der südkoreanische Generalstab. Bei den Kämpfen seien [[rund 4'700]] \
Nordkoreaner getötet oder verwundet worden, [[etwa 600]] davon tödlich, teilte er Abgeordneten \
in Seoul mit. Nach einer ersten Welle von [[rund 11'000]] Mann im Herbst seien im Januar und \
Februar weitere [[3000]] nachgerückt.

Der ukrainische Präsident Wolodymyr Selenskyj warnte am Montag, Nordkorea bereite bereits die \
Entsendung von [[bis zu 30'000]] zusätzlichen Soldaten vor. Beweise legte er nicht vor. \
Nato-Generalsekretär Mark Rutte hatte die Zahl der Nordkoreaner in Russland Anfang April auf \
«[[über 11'000]]» beziffert.

## «Disziplin ist alles»

Wäspi schätzt, dass derzeit noch «[[einige tausend]]» Nordkoreaner im Raum Kursk stehen. «Die \
ziehen nicht einfach ab, die bleiben für den nächsten Auftrag», sagt er. In Panmunjom habe er \
gelernt, dass die nordkoreanische Armee vor allem auf Disziplin setze, weniger auf Technik.

Heute dienen noch fünf Schweizer Offiziere in der Kommission, die 1953 nach dem \
Waffenstillstand gegründet wurde. Die Schweiz lässt sich den Einsatz jährlich rund 2 Millionen \
Franken kosten. Wäspi erzählt am 17. Mai im Mehrzweckgebäude Brunnadern von seinen Jahren in \
Korea; der Eintritt ist frei, die Gemeinde mit ihren gut 1'100 Einwohnern rechnet mit einem \
vollen Saal.
""",
    claims=(
        C("Tausende", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'am Montag' quoting the party's Central Military Commission (figure before the "
          "speaker): fought in Kursk"),
        C("rund 4'700", 4700, "approx", "casualties", "south_korea", "wed",
          "JCS 'am Mittwoch' (publication day), named in the previous sentence, 'teilte er … "
          "mit' after the figures: killed or wounded"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "wed",
          "'davon tödlich' (a breakdown, not an increment)"),
        C("rund 11'000", 11000, "approx", "in_russia", "south_korea", "wed",
          "same briefing, Konjunktiv: the first wave sent in autumn"),
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed",
          "'weitere … nachgerückt' (increment, span without the word)", add=True),
        C("bis zu 30'000", 30000, "at_most", "planned", "ukraine", "mon",
          "Zelensky 'am Montag': being prepared ('zusätzlichen': increment)", add=True),
        C("über 11'000", 11000, "at_least", "in_russia", "nato", "2025-04-01..2025-04-10",
          "Rutte 'Anfang April' in guillemets: in Russia"),
        C("einige tausend", None, "vague", "near_front", "other", "pub",
          "the retired NNSC officer 'schätzt' (undated interview): still in the Kursk area"),
    ),
)

N05 = Source(
    article_id="b81_05_sattler_rundschau_werkstattrand_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "Sattler-Rundschau",
        "https://www.sattler-rundschau.example/blick-ueber-den-werkstattrand/olena-aus-charkiw",
        "Blick über den Werkstattrand: Olena aus Charkiw und die Nachrichten aus Kursk",
    ),
    features="saddlers' guild magazine column in HTML, UTF-8 with BOM (no meta date: sidecar, "
        "Friday; a cookie notice 'Nadel einfädeln' / 'Faden abschneiden', members' login, "
        "entities `&bdquo;`, `&ldquo;`, `&ndash;`, `&euro;`); `<meta name=\"description\">` "
        "figure (optional); headline 'Moskau holt' from Shoigu's Tuesday figure (Tuesday to "
        "publication); Shoigu 'am Dienstag in Pjöngjang' with `1.000` and `5.000` (a split of "
        "the total, planned, russia); Budanov 'vergangene Woche' `mehr als 3.000` 'als Ersatz' "
        "(increment); a lawmaker citing the intelligence service 'im Mai' (X citing Y: "
        "south_korea); the column's own sum `knapp 20.000` (unattributed, planned); guild "
        "members, apprentices, leather prices, distances",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Blick über den Werkstattrand: Olena aus Charkiw | Sattler-Rundschau</title>
<meta name="description" content="Moskau holt [[6.000]] Nordkoreaner zum Minenräumen und \
Wiederaufbau nach Kursk. Für eine Sattlerin aus Charkiw ist das mehr als eine Meldung.">
<script>window.srMitglied={bereich:"rundschau",heft:"2025-06",login:false};</script>
</head>
<body>
<div class="hinweis">Damit unsere Seite sauber vernäht bleibt, setzen wir technisch nötige und \
statistische Cookies. <button>Nadel einfädeln</button> <button>Faden abschneiden</button></div>
<header><a href="/">Sattler-Rundschau</a> &ndash; Mitteilungsblatt der Sattler- und \
Feintäschnerinnung <a href="/login">Mitglieder-Login</a></header>
<article>
<p class="rubrik">Blick über den Werkstattrand</p>
<h1>Moskau holt [[6.000]] Nordkoreaner für Kursk &ndash; und Olena näht weiter</h1>
<p>Olena Tkatschenko sitzt an der Sattlernähmaschine, als die Nachricht aus Pjöngjang im Radio \
läuft. Die 44-Jährige hat in Charkiw zwölf Jahre lang Zaumzeug und Reitsättel gefertigt, seit \
2022 arbeitet sie in einer Werkstatt bei Landshut. Ihr Neffe dient in der ukrainischen Armee im \
Norden des Landes, nicht weit von Kursk.</p>
<p>Russlands Sicherheitsratschef Sergej Schoigu hatte am Dienstag in Pjöngjang verkündet, \
Nordkorea werde [[6.000]] Mann in das Gebiet Kursk entsenden. [[1.000]] von ihnen sollen Minen \
räumen, die übrigen [[5.000]] als Militärbauarbeiter Straßen, Brücken und Häuser wieder \
aufbauen. Kämpfen sollen sie nach Moskauer Darstellung nicht.</p>
<p>&bdquo;Das glaubt bei uns niemand&ldquo;, sagt Olena. Ihr Misstrauen teilt Kiews \
Militärgeheimdienst. Dessen Chef Kyrylo Budanow sagte vergangene Woche, Pjöngjang habe seit \
Jahresbeginn [[mehr als 3.000]] Soldaten als Ersatz für Gefallene und Verwundete nach Russland \
gebracht. Ein südkoreanischer Abgeordneter, der sich auf den Nachrichtendienst seines Landes \
berief, hatte im Mai von [[ungefähr 600]] toten Nordkoreanern gesprochen.</p>
<p>Rechnet man die Zahlen aus Seoul und Moskau zusammen, hätte Kim Jong Un bis zum Herbst \
[[knapp 20.000]] Mann nach Russland geschickt. Olena zuckt mit den Schultern. &bdquo;Für \
meinen Neffen ist es egal, ob sie Minen legen oder räumen. Es sind mehr Leute auf der anderen \
Seite.&ldquo;</p>
<h2>Leder aus der Ukraine wird knapp</h2>
<p>Für die Innung ist Olena ein Glücksfall. Von den 126 Mitgliedsbetrieben suchen nach der \
jüngsten Umfrage 41 Fachkräfte, drei Lehrstellen blieben im vergangenen Jahr unbesetzt. \
Gleichzeitig ist gutes Sattelleder teurer geworden: Für Blankleder zahlen Betriebe inzwischen \
bis zu 95 &euro; pro Quadratmeter, rund 18 Prozent mehr als 2023. Die ukrainischen Gerbereien, \
die früher auch nach Bayern lieferten, liegen zum Teil nur 40 Kilometer von der Front \
entfernt.</p>
<p>Die Gesellenprüfung im Herbst will Olena trotzdem ablegen &ndash; auf Deutsch.</p>
</article>
<footer>Sattler-Rundschau &middot; Heft 6/2025 &middot; Landesinnung der Sattler und \
Feintäschner &middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "<meta name=description> restating Shoigu's Tuesday figure", opt=True),
        C("6.000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moskau holt': Shoigu's figure from the body (Tuesday to publication)"),
        C("6.000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'am Dienstag in Pjöngjang': to be sent to Kursk"),
        C("1.000", 1000, "exact", "planned", "russia", "tue",
          "same statement, 'von ihnen' deminers (a split of the total, not an increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "tue",
          "'die übrigen' military builders (split of the total)"),
        C("mehr als 3.000", 3000, "at_least", "in_russia", "ukraine", "lastweek",
          "Budanov 'vergangene Woche': brought to Russia 'als Ersatz' (increment)", add=True),
        C("ungefähr 600", 600, "approx", "casualties", "south_korea", "2025-05-01..2025-05-31",
          "a lawmaker citing the intelligence service 'im Mai' (X citing Y: south_korea): dead"),
        C("knapp 20.000", 20000, "approx", "planned", "unattributed", "pub",
          "the column's own sum of Seoul's and Moscow's figures (conditional: planned)"),
    ),
)

N06 = Source(
    article_id="b81_06_campuskompass_vechta_gastvortrag",
    language="de", fmt="txt", encoding="utf-8", published=day("2025-10-22"),
    dated_by="dateline",
    features="Vechta student paper as plain text, UTF-8, dateline 'Vechta, 22.10.2025' "
        "(Wednesday); a guest lecture as the hook; the NIS 'Anfang September' with `Gut 2.000` "
        "dead (at_least), the figure in the first sentence and the date in the next; a Seoul "
        "guest lecturer 'am Dienstagabend' with a range in a quote and a total in Konjunktiv "
        "(other, Tuesday); HUR 'Ende September' (Kursk: near the front) and "
        "`1.000` weitere 'hieß es' (planned increment); Rutte 'im Juni' "
        "„Zehntausende“ (nato, vague); an agentless passive `mehr als 10.000` (unattributed, "
        "`pub`); students, semesters, canteen prices, population, years",
    text="""\
Campuskompass – die Studierendenzeitung der Universität Vechta
Ressort: Hochschule & Welt

„Die Familien erfahren es aus dem Radio“

Eine Politologin aus Seoul spricht im Audimax über Nordkoreas Soldaten in Russland – und über \
das Schweigen in Pjöngjang.

Vechta, 22.10.2025. [[Gut 2.000]] Männer aus Nordkorea haben den Einsatz für Moskau nach \
Schätzung des Geheimdienstes in Seoul, kurz NIS, bislang mit dem Leben bezahlt. \
Diese Schätzung legte der Dienst Anfang September den Abgeordneten in Seoul vor. Dr. Park \
Min-ji hält sie für zu niedrig. „Realistisch sind eher [[3.000 bis 4.000]] Gefallene“, sagte \
die Politikwissenschaftlerin von der Ewha-Frauenuniversität am Dienstagabend vor rund 60 \
Studierenden.

Park ist in diesem Wintersemester Gastdozentin am Institut für Sozial- und \
Politikwissenschaften. Insgesamt habe Pjöngjang nach ihrer Kenntnis [[etwa 15.000]] Soldaten \
nach Russland geschickt, seit dem Sommer vor allem Pioniere und Bautrupps. Die meisten Familien \
in Nordkorea erführen vom Tod ihrer Söhne nur auf Umwegen, oft über ausländische Radiosender, \
die heimlich gehört würden.

Auch aus Kiew kommen neue Zahlen. Ende September meldete die ukrainische Militäraufklärung, \
[[rund 6.000]] Nordkoreaner seien inzwischen im Gebiet Kursk mit Minenräumung und dem Bau von \
Stellungen beschäftigt. [[1.000]] weitere würden bis zum Winter erwartet, hieß es. \
Nato-Generalsekretär Mark Rutte hatte im Juni von \
„[[Zehntausenden]]“ nordkoreanischen Kräften gesprochen, die Russland mittlerweile \
unterstützten – Soldaten wie Arbeiter.

Wie viele Nordkoreaner derzeit tatsächlich in Russland stationiert sind, ist umstritten. Die \
Zahl wird auf [[mehr als 10.000]] geschätzt. Zum Parteijubiläum am 10. Oktober zog in Pjöngjang \
sogar ein Block angeblicher Kursk-Kämpfer über den Kim-Il-Sung-Platz.

Für die Zuhörerinnen und Zuhörer war vor allem Parks persönlicher Blick neu. Ihre Großeltern \
stammen aus dem Norden, die Familie wurde 1950 getrennt. Nordkorea hat rund 26 Millionen \
Einwohner, Südkorea etwa doppelt so viele. „Wir reden über Menschen, nicht über Divisionen“, \
sagte Park.

Die Reihe „Konflikte der Gegenwart“ wird am 5. November fortgesetzt. Vorher lohnt ein Blick in \
die Mensa: Das Tagesgericht kostet dort im 14. Jahr in Folge 3,80 Euro.
""",
    claims=(
        C("Gut 2.000", 2000, "at_least", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Gut' (a little more than: at_least) after the dateline: the NIS estimate "
          "dated by the next sentence ('Anfang September'): killed"),
        C("3.000 bis 4.000", None, "range", "casualties", "other", "tue",
          "Seoul guest lecturer 'am Dienstagabend' in a quote: fallen"),
        C("etwa 15.000", 15000, "approx", "in_russia", "other", "tue",
          "same lecturer, Konjunktiv 'nach ihrer Kenntnis': sent in total"),
        C("rund 6.000", 6000, "approx", "near_front", "ukraine", "2025-09-21..2025-09-30",
          "HUR 'Ende September': working in the Kursk region"),
        C("1.000", 1000, "exact", "planned", "ukraine", "2025-09-21..2025-09-30",
          "'hieß es' (the same HUR report): expected by winter ('weitere': increment)",
          add=True),
        C("Zehntausenden", None, "vague", "in_russia", "nato", "2025-06-01..2025-06-30",
          "Rutte 'im Juni': supporting Russia"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "unattributed", "pub",
          "agentless passive 'wird … geschätzt': stationed in Russia"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Orkney, US, Poland, Micronesia, Benin)
# ---------------------------------------------------------------------------------------------

N07 = Source(
    article_id="b81_07_busselton_daily_jetty_family",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-19"),
    dated_by="dateline", crlf=True,
    features="Busselton (Western Australia) daily as plain text, windows-1252 with CRLF "
        "(typographic quotes and dashes raw), dateline 'BUSSELTON, 19 December 2024 —' "
        "(Thursday); a local family whose son trains Ukrainians in Britain as the hook; "
        "headline 'US says hundreds' from the Tuesday official (Tuesday to publication); the "
        "official 'on Tuesday' `several hundred`; HUR 'at the weekend' `at least 30` dead; the "
        "NIS 'today' (the publication day) with two figures; Marles 'In Perth last week' "
        "(other); an agentless 'estimated at' range (unattributed); jetty length, dollars, "
        "temperature, ages, Ukrainian soldiers trained, phone number",
    text="""\
US says [[hundreds]] of North Korean troops hurt or killed in Kursk

Far from the jetty, a Busselton family watches a war grow

BUSSELTON, 19 December 2024 — Sue and Graham Pickering run the kiosk at the base of the \
Busselton Jetty, selling ice-creams and train tickets to tourists who walk the 1.8 kilometres \
out over Geographe Bay. Their son Lachlan, 24, is a long way from the bay: he is one of the \
Australian soldiers in England helping to train Ukrainian recruits.

“He rings on Sundays and lately all he talks about is the North Koreans,” Mrs Pickering said.

There is plenty to talk about. A US defence official, briefing reporters in Washington on \
Tuesday on condition he not be named, said [[several hundred]] of Pyongyang’s soldiers had been \
killed or injured in recent fighting in Russia’s Kursk region. The losses ranged from junior \
troops to officers, he said.

Ukraine’s military intelligence agency, known as HUR, claimed at the weekend that [[at least \
30]] North Korean soldiers had died in clashes near the villages of Plekhovo and Vorozhba.

South Korea’s National Intelligence Service went further today. Briefing the parliamentary \
intelligence committee in Seoul, the agency's analysts reckoned [[about 100]] of Kim's men were \
dead and [[nearly 1,000]] injured, lawmaker Lee Seong-kweun told reporters afterwards.

In Perth last week, Deputy Prime Minister and Defence Minister Richard Marles said Australia \
believed [[more than 10,000]] North Korean personnel were now inside Russia. “This is a very \
significant escalation, and it is one that touches our region directly,” he said.

The deployment, estimated at [[11,000 to 12,000]] troops, is the first time North Korea has \
sent large numbers of soldiers to a foreign war in decades.

Back at the kiosk, Mr Pickering, 58, said the family tried not to follow every headline. \
Lachlan is among roughly 70 Australian Defence Force personnel who have taken part in the \
British-led training program, which has put more than 45,000 Ukrainian recruits through basic \
courses since 2022.

The Pickerings are raising money for Ukrainian hospitals through a raffle at the jetty this \
summer; so far it has brought in $4,350. With a forecast top of 36 degrees for Saturday, they \
expect a busy weekend. Raffle tickets can be bought at the kiosk or by calling (08) 9750 0312.
""",
    claims=(
        C("hundreds", None, "vague", "casualties", "united_states", "tue..pub",
          "headline 'US says': the defence official's Tuesday figure (Tuesday to publication)"),
        C("several hundred", None, "vague", "casualties", "united_states", "tue",
          "a US defence official 'on Tuesday', anonymous: killed or injured"),
        C("at least 30", 30, "at_least", "casualties", "ukraine", "sat..sun",
          "HUR 'at the weekend': died"),
        C("about 100", 100, "approx", "casualties", "south_korea", "thu",
          "NIS 'today' (the publication day, Thursday), relayed by a lawmaker: died"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing: wounded ('nearly' → approx)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "lastweek",
          "Australia's defence minister 'In Perth last week' (a third government: other)"),
        C("11,000 to 12,000", None, "range", "in_russia", "unattributed", "pub",
          "agentless 'estimated at': the deployment"),
    ),
)

N08 = Source(
    article_id="b81_08_westray_wirelines_column_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-12"),
    dated_by="front_matter",
    features="Westray (Orkney) community page in Markdown, UTF-8, front matter with `date:` "
        "(Wednesday) and a title without a figure; a retired skipper's column; the JCS 'on "
        "Tuesday' with a range of fresh troops (range increment); the UK Ministry of Defence "
        "'last week' (other, killed, wounded or captured); Rutte 'In February' „well over“ "
        "(nato); Budanov 'on Friday' vague, then 'He added' `up to 15,000` more (planned "
        "increment); a figure 'reckoned at' with no source (unattributed, `pub`); islanders, "
        "ferry minutes, pounds, ewes, lifeboat crew, wave heights",
    text="""\
---
title: "Wirelines: news from beyond the Holms"
date: 2025-03-12
section: Columns
byline: Magnus Rendall
---

# Wirelines: news from beyond the Holms

*Magnus Rendall, who skippered the Pierowall creel boat *Solan* for thirty years, looks at the \
wider world from his window over Papa Sound.*

The week began with gales, which kept the 07:00 ferry tied up at Rapness and left about 40 of \
us short of bread until Tuesday. It ended, if you listen to the wireless, with more news from \
the Kursk front than I had heard since the new year.

On Tuesday the military in Seoul - the Joint Chiefs, as they call them - reported [[between \
1,000 and 3,000]] fresh North Korean troops shipped off since the turn of the year, to fill \
the gaps the winter battles tore in the ranks. The Koreans do not say these things lightly; they \
watch the North as closely as we \
watch the weather.

Our own Ministry of Defence, in one of its intelligence updates last week, reckoned [[around \
4,000]] North Korean soldiers had been killed, wounded or captured since they reached the \
front. In February Mark Rutte, the NATO secretary general, spoke of "[[well over 10,000]]" \
North Koreans in Russia.

Kyrylo Budanov, who runs Ukraine's military intelligence, said on Friday that [[several \
thousand]] of them were back in the Kursk line after a pause of some weeks. He added that \
Pyongyang could send [[up to 15,000]] more before the summer if Moscow asked for them.

Since the autumn the North Korean presence in Russia has been reckoned at [[roughly 11,000]]. \
That, for scale, is nearly twenty times the population of Westray, which stands at about 600 \
if you count the bairns and the incomers.

## Closer to home

The lifeboat crew, all eight of them volunteers, were called out twice in last week's blow, \
once to a creel boat with a fouled propeller in two-metre seas. Lambing is a month off, and \
Jim at Noltland tells me his 250 ewes are in better fettle than last spring.

The Heritage Centre reopens on 1 May. Tickets for the Easter ceilidh in the community hall are \
£12, children free; proceeds go to the Pierowall pier fund.
""",
    claims=(
        C("between 1,000 and 3,000", None, "range", "in_russia", "south_korea", "tue",
          "JCS 'on Tuesday': fresh troops sent to replace losses (increment)", add=True),
        C("around 4,000", 4000, "approx", "casualties", "other", "lastweek",
          "the UK Ministry of Defence (a third government: other) 'last week': killed, wounded "
          "or captured"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "2025-02-01..2025-02-28",
          "Rutte 'In February', in quotes"),
        C("several thousand", None, "vague", "near_front", "ukraine", "fri",
          "Budanov 'on Friday': back in the Kursk line"),
        C("up to 15,000", 15000, "at_most", "planned", "ukraine", "fri",
          "'He added' (Budanov, Friday): could send 'more' (increment, span without the word)",
          add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "'has been reckoned at' with no source: in Russia"),
    ),
)

N09 = Source(
    article_id="b81_09_basin_ledger_gillette_townhall_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-07-09"),
    dated_by="html_meta",
    features="Powder River Basin paper in HTML, UTF-8 (`article:published_time` -06:00, "
        "NewsArticle JSON-LD with a headline without a figure, a cookie banner 'Saddle up' / "
        "'Ride on without', navigation, a weather widget, footer); `<title>` figure "
        "(optional, increment); headline 'Senator:' from the Monday town hall (Monday to "
        "publication); the senator `as many as 30,000` more (planned increment, "
        "united_states); a Pentagon spokesman 'Tuesday' `roughly 11,000` went last year; "
        "Budanov 'in late June' (in an interview); Shoigu 'Last month' `6,000` (russia); "
        "lawmakers in Seoul 'in late April' (casualties); coal tonnage, miners, dollars, "
        "residents, elevation, per cent",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Senator warns of [[30,000]] more North Korean troops for Putin | The Basin Ledger</title>
<meta property="article:published_time" content="2025-07-09T05:15:00-06:00">
<meta property="og:site_name" content="The Basin Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"headline":"At Gillette town hall, senator turns from coal to Kim","datePublished":\
"2025-07-09T05:15:00-06:00","publisher":{"@type":"Organization","name":"The Basin Ledger"}}\
</script>
</head>
<body>
<div id="cookie-corral">We use cookies to count readers and keep the lights on. <button>Saddle \
up</button> <button>Ride on without</button></div>
<nav><a href="/news">News</a> | <a href="/energy">Energy</a> | <a href="/ag">Ag &amp; \
Ranch</a> | <a href="/sports">Camels Sports</a> | <a href="/obits">Obituaries</a></nav>
<div class="wx">Gillette: 91&deg;F, wind SW 14 mph</div>
<article>
<h1>Senator: North Korea could send [[as many as 30,000]] more troops to Russia</h1>
<p class="byline">By Kaycee Durant &middot; Ledger staff</p>
<p>GILLETTE &mdash; Most of the questions at Monday&rsquo;s town hall in the Cam-plex were about \
coal leases and the price of hay. Then a retired machinist in the third row asked U.S. Sen. \
Dale Whitcomb about North Korea.</p>
<p>Whitcomb, a Republican who sits on the Senate Armed Services Committee, did not dodge. \
&ldquo;What we are hearing in classified briefings is that Pyongyang could send [[as many as \
30,000]] more soldiers to help Putin this year,&rdquo; he told the roughly 150 people in the \
room. &ldquo;That is not a rounding error. That is a second army.&rdquo;</p>
<p>A Pentagon spokesman, asked about the senator&rsquo;s remarks, said Tuesday the department \
had &ldquo;seen nothing to contradict&rdquo; estimates that [[roughly 11,000]] North Koreans \
went to Russia last year. He declined to discuss any new deployment.</p>
<p>Ukraine&rsquo;s spy chief, Kyrylo Budanov, said in an interview in late June that [[more \
than 12,000]] North Korean soldiers were in Russia at that point. Last month, Moscow&rsquo;s \
Security Council chief, Sergei Shoigu, announced on a visit to Pyongyang that [[6,000]] North \
Korean military builders and deminers would head to the Kursk region.</p>
<p>South Korean lawmakers had been told in late April that [[around 4,700]] of the North \
Koreans sent in the first waves had been killed or hurt in the fighting.</p>
<h2>Back to coal</h2>
<p>Whitcomb spent most of the hour on the Basin&rsquo;s mines, which shipped about 240 million \
tons of coal last year and employ around 1,300 people in Campbell County. He promised to push \
for $18 million in federal money for the rail spur north of town.</p>
<p>Campbell County has about 47,000 residents and sits at an elevation of 4,554 feet. Its \
unemployment rate was 3.9 percent in May.</p>
</article>
<footer>&copy; 2025 The Basin Ledger, Gillette, Wyo. &middot; <a href="/subscribe">Subscribe</a> \
&middot; <a href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "united_states", "mon..pub",
          "<title> (metadata) restating the senator's Monday figure; 'more': increment",
          add=True, opt=True),
        C("as many as 30,000", 30000, "at_most", "planned", "united_states", "mon..pub",
          "headline 'Senator:' from Monday's town hall (Monday to publication): 'more' "
          "(increment)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "united_states", "mon",
          "the senator at 'Monday's town hall' in a quote (a US senator: united_states): "
          "could send 'more' (increment)", add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "tue",
          "a Pentagon spokesman 'said Tuesday': went to Russia last year"),
        C("more than 12,000", 12000, "at_least", "in_russia", "ukraine",
          "2025-06-21..2025-06-30", "Budanov 'in an interview in late June': in Russia"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Last month' in Pyongyang: would head to the Kursk region"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'South Korean lawmakers had been told in late April' (the briefing: south_korea): "
          "killed or hurt"),
    ),
)

N10 = Source(
    article_id="b81_10_gdynia_harbour_post_envoy_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-14"),
    dated_by="sidecar",
    sidecar=(
        "Gdynia Harbour Post",
        "https://harbourpost.example/en/security/2025/05/14/korean-envoy-maritime-university",
        "South Korea's envoy in Gdynia: 15,000 North Koreans sent to Russia",
    ),
    features="Gdynia English-language outlet in HTML, UTF-8 with BOM (no meta date: sidecar, "
        "Wednesday; a cookie bar 'Cast off' / 'Stay moored', a language switch PL/EN, a "
        "newsletter form, footer with a company number); headline with the envoy's figure "
        "(Tuesday to publication); South Korea's ambassador 'on Tuesday' (south_korea) and "
        "'close to 5,000' casualties 'of those' (breakdown); Poland's foreign ministry "
        "spokesman 'on Monday' (other); an unnamed NATO official with no date `fewer than "
        "3,000` (at_most, nato, `pub`); Kyiv citing a Kremlin admission without a figure; "
        "the outlet's recollection `thousands` (unattributed); frigates, zloty, students, "
        "years, distance",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Korean envoy at Gdynia Maritime University | Gdynia Harbour Post</title>
<link rel="alternate" hreflang="pl" href="https://harbourpost.example/pl/">
<script>dataLayer=[{"section":"security","lang":"en","words":540}];</script>
</head>
<body>
<div class="cookiebar">Cookies help us chart where readers sail on this site. <button>Cast \
off</button> <button>Stay moored</button></div>
<header><a href="/en/">Gdynia Harbour Post</a> <span class="lang"><a href="/pl/">PL</a> | \
EN</span></header>
<nav><a href="/en/port">Port</a> &bull; <a href="/en/city">City</a> &bull; <a \
href="/en/security">Security</a> &bull; <a href="/en/business">Business</a></nav>
<article>
<h1>South Korea&rsquo;s envoy in Gdynia: [[15,000]] North Koreans sent to Russia</h1>
<p class="lead">Ambassador tells maritime students the deployment is a warning for Europe as \
well as Asia.</p>
<p>North Korea has dispatched [[around 15,000]] soldiers to Russia since last autumn, South \
Korea&rsquo;s ambassador to Poland, Kim Jae-hyun, said on Tuesday. Speaking at Gdynia Maritime \
University, where a Korean shipbuilding delegation is visiting this week, the diplomat said \
[[close to 5,000]] of those had been killed or wounded.</p>
<p>&ldquo;Every shell and every soldier Pyongyang sends to Russia is paid back in technology \
that will one day threaten Seoul,&rdquo; he told an audience of around 300 students and \
officers of the Polish Navy.</p>
<p>Warsaw&rsquo;s own numbers are similar. Poland&rsquo;s foreign ministry spokesman, Pawe&#322; \
Wro&#324;ski, said on Monday that the government&rsquo;s estimate was &ldquo;[[at least \
12,000]] North Korean soldiers&rdquo; on Russian soil.</p>
<p>A NATO official in Brussels, who was not authorised to speak publicly, said the alliance \
assessed that [[fewer than 3,000]] of them were still deployed near the Ukrainian border. Kyiv \
noted that the Kremlin had only admitted the presence of North Korean troops at the end of \
April, without ever giving a number.</p>
<p>Ukrainian forces lost their last foothold in the Kursk region in March after a Russian \
counter-offensive in which North Korean troops &mdash; [[thousands]] of them &mdash; fought \
alongside Russian units.</p>
<h2>Frigates and ferries</h2>
<p>The Korean delegation, led by executives of two shipyards, is in Gdynia to discuss the \
navy&rsquo;s plans for three new frigates, a programme worth an estimated 10 billion zloty. The \
university, \
founded in 1920, now trains about 4,000 students. The port of Gdynia lies some 640 km from the \
Belarusian border crossing at Terespol.</p>
</article>
<form class="newsletter"><label>Weekly Baltic security briefing</label><input type="email"> \
<button>Sign up</button></form>
<footer>&copy; 2025 Harbour Post sp. z o.o. &middot; KRS 0000823417 &middot; ul. \
&#346;wi&#281;toja&#324;ska 14, Gdynia</footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "tue..pub",
          "headline with the envoy's Tuesday figure (Tuesday to publication)"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "tue",
          "South Korea's ambassador to Poland 'said on Tuesday' (an ambassador belongs to his "
          "government): dispatched"),
        C("close to 5,000", 5000, "approx", "casualties", "south_korea", "tue",
          "'the diplomat said' (same day): 'of those' killed or wounded (breakdown)"),
        C("at least 12,000", 12000, "at_least", "in_russia", "other", "mon",
          "Poland's foreign ministry spokesman 'on Monday' in quotes (a third government: other)"),
        C("fewer than 3,000", 3000, "at_most", "near_front", "nato", "pub",
          "an anonymous NATO official, no date: still near the border ('fewer than': at_most)"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the outlet's own recollection of the Kursk fighting, no source"),
    ),
)

N11 = Source(
    article_id="b81_11_chuuk_lagoon_weekly_soldier_home_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-09-13"),
    dated_by="sidecar",
    sidecar=(
        "Lagoon Weekly (Weno)",
        "https://lagoonweekly.example/2025/09/13/home-from-humphreys",
        "Home from Humphreys: a Chuukese soldier on the Korea he left behind",
    ),
    features="Chuuk news page in Markdown, UTF-16 LE with BOM (front matter without a date: "
        "sidecar, Saturday); a Chuukese US Army specialist home on leave as the hook; the "
        "specialist 'on Thursday' `maybe 15,000` (other, approx); the NIS 'earlier this month' "
        "with `about 2,000` dead and `some 1,000` engineers 'more' (increment); state media 'in "
        "late August' `101` portraits (north_korea); US officials 'in the spring' (season "
        "window); Zelensky 'on Wednesday' `thousands` more (vague planned increment); "
        "population, Micronesians in the US military, dollars, flight hours, phone number",
    text="""\
---
title: "Home from Humphreys"
category: People
author: Kiki Sopi
---

# Home from Humphreys: a Chuukese soldier on the Korea he left behind

Specialist Rayburn Esah has spent two years at Camp Humphreys, south of Seoul, fixing radios \
for the U.S. Army. This week he is back on Weno for the first time since 2023, eating \
breadfruit at his mother's house in Iras and answering a lot of questions about North Korea.

"People at the base talk about it every day," Esah, 27, said when we spoke on Thursday. "The \
guys say [[maybe 15,000]] North Koreans went to Russia. Nobody knows how many came back."

## What Seoul says

South Korea's intelligence service gave lawmakers a grim number earlier this month: [[about \
2,000]] \
of the North's soldiers dead in Russia's war on Ukraine. The agency said [[some \
1,000]] more army engineers had arrived in the Kursk region since July to clear mines.

North Korea itself rarely gives numbers. In late August, however, state television showed \
Kim Jong Un standing before the portraits of [[101]] soldiers who, the broadcast said, had \
fallen in the "liberation" of Kursk.

U.S. officials estimated in the spring that [[more than 14,000]] North Koreans had been sent in \
total. And Ukraine's President Volodymyr Zelensky warned on Wednesday that Pyongyang was \
preparing to send [[thousands]] more, this time to occupied parts of Ukraine itself.

## A long tradition

Micronesians enlist in the U.S. armed forces at some of the highest rates of any community under \
the Compact of Free Association; about 1,000 citizens of the Federated States are thought to be \
serving. Chuuk State, with roughly 49,000 people, has lost nine of its sons in Iraq and \
Afghanistan.

Esah flies back to Korea via Guam on Tuesday, a trip of about 14 hours with connections. His \
mother is sending him off with two coolers of dried fish. Families who want to send letters to \
Chuukese service members abroad can call the veterans' office on 330-2207.
""",
    claims=(
        C("maybe 15,000", 15000, "approx", "in_russia", "other", "thu",
          "the specialist 'on Thursday' in a quote, passing on talk at the base ('maybe': approx; "
          "a US soldier speaking privately is other)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..pub",
          "NIS 'earlier this month': killed"),
        C("some 1,000", 1000, "approx", "near_front", "south_korea", "2025-09-01..pub",
          "'The agency said' (same briefing): 'more' engineers arrived in Kursk (increment)",
          add=True),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state television 'In late August' (north_korea): portraits of the fallen"),
        C("more than 14,000", 14000, "at_least", "in_russia", "united_states",
          "2025-03-01..2025-05-31", "U.S. officials 'in the spring' (season window): sent"),
        C("thousands", None, "vague", "planned", "ukraine", "wed",
          "Zelensky 'on Wednesday': preparing to send 'more' (increment)", add=True),
    ),
)

N12 = Source(
    article_id="b81_12_cotonou_policy_letter_recruits",
    language="en", fmt="txt", encoding="latin-1", published=day("2025-11-19"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Golfe de Guinée Policy Letter (English edition)",
        "https://policyletter.example/en/2025-46/recruits-and-regiments",
        "Recruits and regiments: what Africa can learn from Pyongyang's Russian deployment",
    ),
    features="Benin policy newsletter (English edition) as plain text, ISO-8859-1 with CRLF "
        "and straight quotes (sidecar, Wednesday; issue number, an unsubscribe line); African "
        "recruits in Russia's army as the angle (not claims); the NIS 'in a closed session on "
        "Thursday' (present tense, two figures, the second in the next sentence via 'the "
        "service'); Russia's ambassador in Pyongyang 'in October' (russia, Kursk: near the "
        "front); HUR 'last week' `about 11,000`; a US diplomat 'on October 29' at the UN "
        "`well over 14,000`; a Cotonou analyst 'estimates' (other, `pub`); the newsletter's "
        "own `about 15,000` (unattributed); CFA francs, Beninese citizens, percentages, ages",
    text="""\
GOLFE DE GUINEE POLICY LETTER - English edition - Issue 46/2025

RECRUITS AND REGIMENTS
What Africa can learn from Pyongyang's Russian deployment

Dear readers,

Two stories have run side by side in our inboxes this autumn. One is about young Africans lured \
to Russia with promises of factory work and then handed rifles. The other is about North \
Korea, which sends soldiers to Russia not by deception but by order of the state. This week we \
look at both.

1. The North Korean ledger

South Korea's National Intelligence Service, in a closed session of parliament on Thursday, \
estimated that [[roughly 10,000]] North Korean soldiers are still in Russia. The service also \
told lawmakers that [[at least 2,000]] have died since the first units arrived in October last \
year.

Moscow's ambassador in Pyongyang, Alexander Matsegora, told a Russian news agency in October \
that [[some 5,000]] North Korean military builders were already working in the Kursk region, \
rebuilding what the fighting destroyed. Ukraine's military intelligence put the number of \
North Koreans guarding the Kursk border at [[about 11,000]] last week.

At the United Nations on October 29, a US diplomat said Pyongyang had sent "[[well over \
14,000]]" troops in total, calling the arrangement "a mercenary contract with a state seal".

Taken together, North Korea's deployment, now in its second year, comes to [[about 15,000]] \
troops, by our count of the official statements. Nobody outside Pyongyang and Moscow knows the \
real figure.

2. Our own young men

Russia's recruiters have found fertile ground in West Africa. Researchers in Accra have \
identified more than 1,400 Africans from 36 countries fighting for Russia; at least 30 are \
from Benin, and families in Parakou and Abomey say several have not been heard from since \
spring. Recruiters promise salaries of up to 1.2 million CFA francs a month - more than ten \
times the average wage.

Dr. Mariam Adjovi, who lectures on security at the University of Abomey-Calavi, sees a lesson \
in the comparison. She estimates that [[at least 2,500]] North Koreans have died for Russia and \
says their government "at least admits they are there". African governments, she says, still \
pretend their citizens are not.

3. In brief

- Benin's defence budget rises by 11 percent in 2026.
- Our next issue, on maritime piracy, appears on 3 December.

To unsubscribe, reply with STOP. Tel. +229 01 97 44 18 20.
""",
    claims=(
        C("roughly 10,000", 10000, "approx", "in_russia", "south_korea", "thu",
          "NIS 'in a closed session of parliament on Thursday': still in Russia"),
        C("at least 2,000", 2000, "at_least", "casualties", "south_korea", "thu",
          "'The service also told lawmakers' (same session): died"),
        C("some 5,000", 5000, "approx", "near_front", "russia", "2025-10-01..2025-10-31",
          "Russia's ambassador in Pyongyang 'in October': working in the Kursk region"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "lastweek",
          "HUR 'put the number … at … last week' (source before, date after): guarding the "
          "Kursk border"),
        C("well over 14,000", 14000, "at_least", "in_russia", "united_states", "2025-10-29",
          "a US diplomat 'At the United Nations on October 29', in quotes: sent"),
        C("about 15,000", 15000, "approx", "in_russia", "unattributed", "pub",
          "'by our count of the official statements' (the newsletter's own tally: unattributed)"),
        C("at least 2,500", 2500, "at_least", "casualties", "other", "pub",
          "a Cotonou lecturer 'estimates' (undated): died"),
    ),
)

SOURCES: tuple[Source, ...] = (
    N01, N02, N03, N04, N05, N06,
    N07, N08, N09, N10, N11, N12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
