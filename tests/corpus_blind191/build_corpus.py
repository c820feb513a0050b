"""Build the HUNDRED-AND-NINETY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-third corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
holiday-apartment house's guest letter from Hohentauern below the pass (Styria, Austrian
conventions) with a housekeeper from Vinnytsia and a software developer from Daegu, a cosmetics
studio's spring post from Pusterwald (Styria, Austrian words) with a beautician from Dnipro and a
piano teacher from Gwangju, a pupils' paper of the secondary school in Diemtigen (Bernese Oberland,
Swiss conventions; the set's school newspaper piece) with a pupil from Kharkiv and a father from
Changwon, a wood-fired pizzeria's guest letter from Zwischenflüh (Swiss conventions) with a pizza
baker from Cherkasy and a hotel-school student from Jeonju, a travel agency's customer letter from
Ludwigsstadt with a travel clerk from Zaporizhzhia and a nurse from Chuncheon, and an electrician's
news page from Steinwiesen with a cable layer from Chernivtsi and an internist from Pohang; the
police department's weekly blotter from Lewes (the set's police blotter) with a tavern argument over
a news report, a vigil organiser, a dispatcher from Odesa and a corporal born in Incheon, a car
wash's members' news from Stevensville on Kent Island with a dryer from Mariupol and a retired
pharmacist from Ulsan, a fish market's catch notes from Cape Charles with a fillet cutter from
Kherson and a nursing student from Tongyeong, an appliance repair shop's service notes from Kent
Island with a technician from Kryvyi Rih and a parts clerk born in Suwon, a screen printer's shop
notes from Cape Charles with a press operator from Uman and a welder from Geoje, and a dry cleaner's
counter notes from Lewes with a seamstress from Kropyvnytskyi and a retired nurse from Jinju. Same
file format, marker syntax and labelling conventions as the other corpora (see their READMEs): every
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
BASE_NAME = "_blind191_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Hohentauern and Pusterwald, Diemtigen and Zwischenflüh, Ludwigsstadt and
# Steinwiesen)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v191_01_gaestebrief_appartements_hohentauern",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-29"),
    dated_by="dateline", crlf=True,
    features="a holiday-apartment house's guest letter from Hohentauern below the pass (Styria) "
        "as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the letter "
        "line 'Hohentauern, 29. Jänner 2025' (Wednesday); Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`, `Dreikönig`, `Liftkassa`); snow, kilometres of trail, apartments, a "
        "week's price in euros, sauna degrees and a lift discount in per cent first; a "
        "housekeeper from Vinnytsia relaying her brother, a radio operator near Sudzha ('Am "
        "Freitag kam nach langer Pause eine Sprachnachricht von ihm, erzählt Halyna.', "
        "Konjunktiv carried) `knapp dreihundert` attacking every morning (approx with a number "
        "word, near the front) and sentence-initial `Neun` taken prisoner (number word, "
        "casualties; both other, from Friday to publication); a software developer from Daegu "
        "who 'rechnet damit' `zwanzig- bis fünfundzwanzigtausend` in action by spring (a range "
        "in number words, planned, other, `pub`); 'Nach Angaben des südkoreanischen "
        "Geheimdiensts vom 13. Jänner' `etwa 300` fallen and `rund 2.700` wounded ('dazu "
        "kommen', not an increment); Zelensky who 'sprach am Sonntag … von' `mehr als 4.000` "
        "killed and wounded; 'Im Pentagon geht man laut einem Sprecher von … aus' `11.000 bis "
        "12.000` in Russia (`pub`); the letter's own `Tausende` in frozen trenches near Kursk "
        "(unattributed, vague, required); Russia's losses a day, metres, kilometres, euros, "
        "degrees, per cent, ages, a phone number",
    text="""\
Appartements Zirbenblick – Gästebrief

Hohentauern, 29. Jänner 2025

Liebe Stammgäste, liebe Langläuferinnen und Langläufer,

seit Dreikönig liegt oben am Pass wieder gut ein Meter Schnee, und die Loipe hinauf Richtung \
Edelrautehütte ist auf 14 Kilometern gespurt. Alle neun Appartements sind bis Mitte Feber belegt, \
danach haben wir noch drei Wochen frei. Eine Woche für vier Personen kostet heuer 780 Euro samt \
Endreinigung und Brennholz für den Kachelofen. Die Sauna im Keller heizt ab 16 Uhr auf 85 Grad, \
und an der Liftkassa bekommen unsere Gäste 10 Prozent auf die Tageskarte.

Halyna und die Nachricht von der Front

Halyna Bondar, 44, stammt aus Winnyzja und hält seit zwei Wintern unsere Wohnungen in Schuss. Ihr \
jüngerer Bruder ist Funker in einer Brigade, die bei Sudscha auf russischem Boden steht. Am \
Freitag kam nach langer Pause eine Sprachnachricht von ihm, erzählt Halyna. Seit Mitte Jänner \
griffen auf seinem Abschnitt fast jeden Morgen [[knapp dreihundert]] Nordkoreaner an, immer über \
dasselbe verschneite Feld. [[Neun]] von ihnen habe seine Einheit gefangen genommen, die meisten \
schwer verwundet. Die Gefangenen hätten kaum ein Wort gesagt und nur um Wasser gebeten. „Er klingt \
müde, aber er lebt“, sagt Halyna.

Ein Gast aus Daegu

Kang Min-jae, 38, Softwareentwickler aus Daegu, kommt heuer schon zum dritten Mal mit seiner Frau \
zum Langlaufen zu uns. Er rechnet damit, dass bis zum Frühjahr [[zwanzig- bis \
fünfundzwanzigtausend]] Nordkoreaner für Russland im Einsatz sein werden. „Daheim redet man beim \
Abendessen darüber wie über das Wetter“, sagt er.

Was aus Seoul, Kiew und Washington gemeldet wird

Nach Angaben des südkoreanischen Geheimdiensts vom 13. Jänner sind [[etwa 300]] Nordkoreaner \
gefallen; dazu kommen [[rund 2.700]] Verwundete. Präsident Selenskyj sprach am Sonntag in seiner \
Videobotschaft von [[mehr als 4.000]] getöteten und verwundeten Soldaten aus dem Norden. Im \
Pentagon geht man laut einem Sprecher von [[11.000 bis 12.000]] Nordkoreanern in Russland aus. \
Moskau schweigt zu alledem. Die Ukraine zählt für dieselben Wochen mehr als 1.500 russische \
Verluste am Tag.

Während wir hier unsere Spuren in den Pulverschnee ziehen, harren [[Tausende]] junge Koreaner in \
gefrorenen Gräben bei Kursk aus. Wir denken an Halynas Bruder.

Reservierungen: 03618 311 40 oder per Mail.

Herzliche Grüße aus Hohentauern
Familie Pichler
""",
    claims=(
        C("knapp dreihundert", 300, "approx", "near_front", "other", "fri..pub",
          "a housekeeper from Vinnytsia relaying her brother, a radio operator near Sudzha ('Am "
          "Freitag kam nach langer Pause eine Sprachnachricht von ihm, erzählt Halyna.', "
          "Konjunktiv; the speaker quoted: other): attacking his sector almost every morning "
          "('knapp' with a number word as approx; 'Seit Mitte Jänner' is the period; from "
          "Friday, 24 January, to publication)"),
        C("Neun", 9, "exact", "casualties", "other", "fri..pub",
          "same message, Konjunktiv carried, sentence-initial number word: taken prisoner, most "
          "of them badly wounded"),
        C("zwanzig- bis fünfundzwanzigtausend", None, "range", "planned", "other", "pub",
          "a software developer from Daegu, 'Er rechnet damit' (undated): in action for Russia "
          "by spring (a range in number words; a forecast: planned)"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "'Nach Angaben des südkoreanischen Geheimdiensts vom 13. Jänner' (an explicit date in "
          "Austrian spelling): fallen"),
        C("rund 2.700", 2700, "approx", "casualties", "south_korea", "2025-01-13",
          "same statement, 'dazu kommen … Verwundete' (the wounded beside the dead, not an "
          "increment)"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "sun",
          "'Präsident Selenskyj sprach am Sonntag in seiner Videobotschaft von' (26 January): "
          "killed and wounded"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Im Pentagon geht man laut einem Sprecher von … aus' (undated): in Russia"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing without a source ('harren Tausende junge Koreaner in "
          "gefrorenen Gräben bei Kursk aus'): unattributed, required"),
    ),
)


S02 = Source(
    article_id="v191_02_fruehlingspost_kosmetikstudio_pusterwald_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-03-26"),
    dated_by="front_matter",
    features="a cosmetics studio's spring post from Pusterwald (Styria) in Markdown, UTF-8, "
        "front matter with `date:` (Wednesday) and a title without a figure, `„“`; Austrian "
        "words (`heuer`, `Feber`, `Vorige Woche`); opening hours, treatment prices in euros, a "
        "voucher discount in per cent, treatments in February and the opening year first; a "
        "beautician from Dnipro relaying her cousin, an ambulance driver at the Sumy border "
        "('Vorige Woche hat er ihr aus einem Feldlazarett geschrieben.', Konjunktiv carried, "
        "'schreibt er', 'heißt es in dem Brief weiter') `mehrere hundert` moved into border "
        "villages (vague, near the front) and `fünfzig` killed in one day (number word, "
        "casualties; both other, from last week's Monday to publication); a piano teacher from "
        "Gwangju by whom Kim sent `nicht mehr als 15.000` ('Ihrer Meinung nach'; at_most, in "
        "Russia, other, `pub`); the Joint Chiefs in Seoul that 'Anfang März teilte … mit' `rund "
        "3.000` 'zusätzliche' moved to Russia (increment, days 1-10); Rutte who 'schätzte am "
        "Montag' `zwischen 11.000 und 12.000` fighting in Kursk (range, nato); the Ukrainian "
        "army that 'erklärte am Freitag' `über 1.000` fallen; a US diplomat who 'sagte der "
        "Nachrichtenagentur AP' `bis zu 4.000` dead and wounded (at_most, `pub`); hours, euros, "
        "per cent, treatments, ages, years, a phone number",
    text="""\
---
title: "Frühlingspost aus dem Studio"
date: 2025-03-26
absender: Kosmetikstudio Lärchenhof, Pusterwald
---

# Neue Öle, längere Abende und ein Brief aus dem Lazarett

Liebe Kundinnen, liebe Kunden,

nach der Winterpause hat das Studio seit Anfang März wieder von Dienstag bis Samstag offen, am \
Donnerstag bis 20 Uhr. Die klassische Gesichtsbehandlung kostet heuer 68 Euro, mit \
Zirbenöl-Massage 84 Euro. Auf Gutscheine, die bis Ende April gekauft werden, gibt es 10 Prozent \
Nachlass. Im Feber waren es 140 Behandlungen, so viele wie noch nie in einem Wintermonat, seit ich \
das Studio 2009 im Haus meiner Eltern eröffnet habe.

## Maryna an der Liege

Maryna Kowal, 33, hat in Dnipro Kosmetik gelernt und arbeitet seit dem Herbst bei uns. Ihr Cousin \
fährt einen Sanitätswagen an der Grenze bei Sumy. Vorige Woche hat er ihr aus einem Feldlazarett \
geschrieben. Auf der russischen Seite seien [[mehrere hundert]] Nordkoreaner in die Dörfer entlang \
der Grenze eingerückt, schreibt er. An einem einzigen Tag seien [[fünfzig]] von ihnen im \
Drohnenfeuer ums Leben gekommen, heißt es in dem Brief weiter. „Er schreibt, sie marschieren in \
Reihen wie bei einer Parade“, sagt Maryna.

## Eine Stammkundin aus Gwangju

Yoon Seo-yeon, 51, aus Gwangju unterrichtet Klavier an der Musikschule im Nachbarort und kommt \
einmal im Monat zur Maniküre. Ihrer Meinung nach hat Kim [[nicht mehr als 15.000]] Mann nach \
Russland geschickt. „Mehr kann er nicht entbehren, ohne dass es daheim jemand merkt“, meint sie.

## Aus den Nachrichten

Anfang März teilte der Generalstab in Seoul mit, Pjöngjang habe [[rund 3.000]] zusätzliche \
Soldaten nach Russland verlegt. Nato-Generalsekretär Mark Rutte schätzte am Montag in Brüssel, \
dass [[zwischen 11.000 und 12.000]] Nordkoreaner im Gebiet Kursk kämpfen. Die ukrainische Armee \
erklärte am Freitag, von den Truppen aus dem Norden seien bisher [[über 1.000]] gefallen. Ein \
US-Diplomat sagte der Nachrichtenagentur AP, Nordkorea habe [[bis zu 4.000]] Tote und Verwundete \
zu beklagen. Für die eigenen Verluste nennt die Ukraine keine Zahlen.

Termine unter 03579 82 31 oder per Nachricht.

Ihre Theresa Moser
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "lastweek",
          "a beautician from Dnipro relaying her cousin, an ambulance driver at the Sumy border "
          "('Vorige Woche hat er ihr aus einem Feldlazarett geschrieben.'; 'schreibt er'; the "
          "speaker quoted: other): moved into the villages along the border on the Russian side "
          "(the Austrian 'Vorige Woche' read as 'vergangene Woche': from last week's Monday to "
          "publication)"),
        C("fünfzig", 50, "exact", "casualties", "other", "lastweek",
          "same letter, 'heißt es in dem Brief weiter', number word: killed by drones on a "
          "single day (the period, not the claim date)"),
        C("nicht mehr als 15.000", 15000, "at_most", "in_russia", "other", "pub",
          "a piano teacher from Gwangju, 'Ihrer Meinung nach' (undated): sent to Russia ('nicht "
          "mehr als' read like 'höchstens': at_most)"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-10",
          "'Anfang März teilte der Generalstab in Seoul mit' (days 1-10): "
          "'zusätzliche' soldiers moved to Russia (increment; span without the word)", add=True),
        C("zwischen 11.000 und 12.000", None, "range", "near_front", "nato", "mon",
          "'Nato-Generalsekretär Mark Rutte schätzte am Montag in Brüssel' (24 March): fighting "
          "in the Kursk region ('zwischen … und' inside the span)"),
        C("über 1.000", 1000, "at_least", "casualties", "ukraine", "fri",
          "'Die ukrainische Armee erklärte am Freitag' (21 March, Konjunktiv): fallen so far"),
        C("bis zu 4.000", 4000, "at_most", "casualties", "united_states", "pub",
          "'Ein US-Diplomat sagte der Nachrichtenagentur AP' (undated): dead and wounded"),
    ),
)


S03 = Source(
    article_id="v191_03_schuelerzeitung_oberstufe_diemtigen_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-11-21"),
    dated_by="html_meta",
    features="a pupils' paper of the secondary school in Diemtigen (Bernese Oberland, the set's "
        "school newspaper piece) in HTML, ISO-8859-1 with raw «» and umlauts, entities "
        "(`&ndash;`, `&middot;`), `article:published_time` +01:00 (Thursday), a cookie note "
        "about the readers' poll, a script with the issue's pages and print run, navigation, a "
        "footer with a postcode; Swiss conventions (`ss`, «», `30'000`, `11'000`, `10'000`); "
        "`<title>` and headline without a figure; pupils, minutes on the post bus, an age and "
        "the ski camp's francs first; two pupil reporters with a classmate from Kharkiv relaying "
        "his father, a soldier at the Sumy border ('Am Sonntag hat er angerufen, erzählt Denys. "
        "… habe der Vater gesagt', Konjunktiv carried) `Hunderte` in the woods behind the border "
        "(vague, near the front) and `zwölf` killed (number word, casualties; both other, from "
        "Sunday to publication); a father from Changwon who 'schätzt' `30'000` in Russia by "
        "spring (planned, other, `pub`); the NIS that 'sagte am Mittwoch vor Abgeordneten' "
        "`ungefähr 11'000` 'inzwischen' in Russia; 'Aus Washington hiess es am Montag' `mehr als "
        "10'000` moved into the Kursk region; Zelensky 'am 13. November' `einige Dutzend` killed "
        "or wounded (vague, an explicit date); North Korea's army of over a million (not a "
        "claim); the paper's own `Tausende` sent to war (unattributed, vague, required); pupils, "
        "minutes, francs, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Stägeli &ndash; Schülerzeitung der Oberstufe Diemtigen</title>
<meta property="article:published_time" content="2024-11-21T07:30:00+01:00">
<script>var ausgabe = {nummer: 3, seiten: 16, auflage: 220};</script>
</head>
<body>
<div class="cookie-hinweis">Ein Cookie merkt sich, dass du bei unserer Umfrage schon abgestimmt \
hast. <a href="#">Alles klar</a></div>
<nav><a href="/">Start</a> &middot; <a href="/ausgaben">Ausgaben</a> &middot; <a \
href="/redaktion">Redaktion</a></nav>
<main>
<h1>Denys erzählt von seinem Vater</h1>
<p><em>Seit den Herbstferien sitzt Denys bei uns in der 8. Klasse. Lia und Noah aus der Redaktion \
haben mit ihm und mit einem Vater aus Korea gesprochen.</em></p>
<p>An unsere Schule gehen 74 Jugendliche in vier Klassen, und manche von uns sitzen jeden Morgen \
25 Minuten im Postauto. Denys, 14, hat einen viel längeren Weg hinter sich: Er kommt aus Charkiw \
und wohnt seit dem Sommer mit seiner Mutter und seiner kleinen Schwester in Zwischenflüh. Im \
Skilager im Februar wird er zum ersten Mal auf Skiern stehen; das Lager kostet 190 Franken.</p>
<p>Sein Vater ist Soldat an der Grenze bei Sumy. Am Sonntag hat er angerufen, erzählt Denys. In \
den Wäldern gleich hinter der Grenze lägen jetzt [[Hunderte]] Nordkoreaner, habe der Vater gesagt. \
Bei einem Angriff auf seine Stellung in der letzten Woche seien [[zwölf]] von ihnen umgekommen. \
«Ich habe Angst um ihn, aber am Telefon lacht er immer», sagt Denys.</p>
<h2>Ein Vater aus Korea</h2>
<p>Baek Min-ho, 45, aus Changwon ist der Vater von Ha-eun aus der 7. Klasse und arbeitet in einem \
Ingenieurbüro in Spiez. Er schätzt, dass bis zum Frühling [[30'000]] Nordkoreaner in Russland sein \
könnten. «Für Kim sind Soldaten eine Ware, die er gegen Öl und Devisen tauscht», sagt er.</p>
<h2>Was die Erwachsenen melden</h2>
<p>Wir haben für euch die Nachrichten der letzten Tage gelesen. Der südkoreanische Geheimdienst \
sagte am Mittwoch vor Abgeordneten in Seoul, es seien inzwischen [[ungefähr 11'000]] Soldaten aus \
dem Norden in Russland. Aus Washington hiess es am Montag, [[mehr als 10'000]] von ihnen seien \
schon in die Region Kursk verlegt worden. Präsident Selenskyj erklärte am 13. November, bei den \
ersten Gefechten seien [[einige Dutzend]] Nordkoreaner verwundet oder getötet worden. Die Armee \
Nordkoreas zählt über eine Million Soldaten und gehört damit zu den grössten der Welt.</p>
<p>Dass [[Tausende]] junge Männer, kaum älter als unsere grossen Geschwister, so weit weg von \
daheim in einen Krieg geschickt werden, hat uns in der Redaktion lange beschäftigt.</p>
<p>Leserbriefe und Fragen an die Redaktion: 033 681 27 50.</p>
</main>
<footer>Stägeli &middot; Oberstufenschule Diemtigen &middot; 3754 Diemtigen</footer>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun..pub",
          "a pupil from Kharkiv relaying his father, a soldier at the Sumy border ('Am Sonntag "
          "hat er angerufen, erzählt Denys. … habe der Vater gesagt', Konjunktiv; the speaker "
          "quoted: other): in the woods just behind the border (from Sunday, 17 November, to "
          "publication)"),
        C("zwölf", 12, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, number word: killed in an attack on his position 'in "
          "der letzten Woche' (the period, not the claim date)"),
        C("30'000", 30000, "exact", "planned", "other", "pub",
          "a father from Changwon, 'Er schätzt' (undated): in Russia by spring (a forecast of a "
          "total: planned)"),
        C("ungefähr 11'000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'Der südkoreanische Geheimdienst sagte am Mittwoch vor Abgeordneten in Seoul' (20 "
          "November): 'inzwischen' in Russia (by now, not an increment)"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "united_states", "mon",
          "'Aus Washington hiess es am Montag' (18 November): moved into the Kursk region"),
        C("einige Dutzend", None, "vague", "casualties", "ukraine", "2024-11-13",
          "'Präsident Selenskyj erklärte am 13. November' (an explicit date): wounded or killed "
          "in the first fights"),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the pupils' own framing without a source ('Dass Tausende junge Männer … in einen "
          "Krieg geschickt werden'): sent, unattributed, required"),
    ),
)


S04 = Source(
    article_id="v191_04_gaestebrief_pizzeria_zwischenflueh",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-07-03"),
    dated_by="sidecar",
    sidecar=(
        "Pizzeria Holzofen Zwischenflüh – Gästebrief",
        "https://www.holzofen-zwischenflueh.example/gaestebrief/sommer-2025",
        "Gästebrief Sommer: der Ofen brennt wieder und ein Video von der Grenze",
    ),
    features="a wood-fired pizzeria's guest letter from Zwischenflüh (Bernese Oberland) as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday; the sidecar title without a figure); Swiss "
        "conventions (`ss`, «», `18.50`, `5'000`, `6'000`, `4'700`, `15'000`, `1'000`); seats, a "
        "pizza's francs, the last post bus and 'gut zwei Ster' of beech wood (not a claim) "
        "first; a pizza baker from Cherkasy relaying his brother, a reconnaissance drone pilot "
        "at the Sumy border ('Am Montag hat er Bohdan ein verwackeltes Video geschickt. Drüben "
        "…, so der Bruder', Konjunktiv carried) `ein paar hundert` extending a position (vague, "
        "near the front) and sentence-initial `Acht` taken prisoner (number word, casualties; "
        "both other, from Monday to publication); a hotel-school student from Jeonju who "
        "'glaubt' Pyongyang sends 'weitere' `5'000 bis 6'000` by the end of summer (range, "
        "increment, planned, other, `pub`); Shoigu who 'Mitte Juni liess … verlauten' "
        "'insgesamt' `6'000` sappers and builders for Kursk (russia, planned, days 11-20; a "
        "total, not an increment); KCNA that 'meldete gestern' medals for the families of "
        "`mehreren hundert` fallen (north_korea, vague, casualties, `yday`); 'Dem Geheimdienst "
        "in Seoul zufolge' `etwa 4'700` dead and wounded (`pub`); a NATO diplomat who 'schätzt' "
        "`knapp 15'000` have been in Russia (approx, `pub`); Russia's losses a day, seats, "
        "francs, times, ages, a phone number",
    text="""\
Pizzeria Holzofen Zwischenflüh
Gästebrief Sommer

Liebe Gäste

Seit Pfingsten brennt unser Holzofen wieder jeden Abend ausser montags. Auf der Terrasse haben 36 \
Gäste Platz, die Margherita kostet unverändert 18.50 Franken, und wer mit dem letzten Postauto um \
21.10 Uhr talauswärts fährt, bekommt den Espresso geschenkt. An einem vollen Abend verfeuern wir \
gut zwei Ster Buchenholz.

Bohdan am Ofen

Bohdan Lysenko, 29, aus Tscherkassy schiebt seit zwei Sommern bei uns die Pizzen in den Ofen. Sein \
älterer Bruder fliegt Aufklärungsdrohnen an der Grenze im Gebiet Sumy. Am Montag hat er Bohdan ein \
verwackeltes Video geschickt. Drüben auf der russischen Seite, so der Bruder, hätten [[ein paar \
hundert]] Nordkoreaner eine Stellung ausgebaut. [[Acht]] von ihnen hätten seine Kameraden in der \
Woche davor gefangen genommen. «Er sagt, ihre russischen Uniformen seien ihnen alle zu gross», \
erzählt Bohdan.

Jiyoon im Service

Kim Ji-yoon, 24, aus Jeonju besucht eine Hotelfachschule und bedient bei uns in den Ferien. Sie \
glaubt, dass Pjöngjang bis Ende Sommer weitere [[5'000 bis 6'000]] Mann schicken wird. «Kim \
verkauft seine Soldaten wie Kohle», sagt sie.

Aus der Zeitung

Mitte Juni liess Sergei Schoigu nach einem Treffen mit Kim verlauten, insgesamt [[6'000]] Pioniere \
und Bauarbeiter kämen ins Gebiet Kursk. Die Nachrichtenagentur KCNA meldete gestern, Kim habe den \
Familien von [[mehreren hundert]] Gefallenen Orden überreicht. Dem Geheimdienst in Seoul zufolge \
haben die Nordkoreaner bisher [[etwa 4'700]] Tote und Verwundete zu beklagen. Ein Nato-Diplomat in \
Brüssel schätzt, dass seit dem Herbst [[knapp 15'000]] Nordkoreaner in Russland waren. Russland \
selbst verliert nach westlichen Schätzungen mehr als 1'000 Mann am Tag.

Reservationen: 033 684 12 19

Herzlich
Ursula und Marco Wüthrich
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "mon..pub",
          "a pizza baker from Cherkasy relaying his brother, a drone pilot at the Sumy border "
          "('Am Montag hat er Bohdan ein verwackeltes Video geschickt. Drüben auf der "
          "russischen Seite, so der Bruder'; the speaker quoted: other): extending a position "
          "across the border (from Monday, 30 June, to publication)"),
        C("Acht", 8, "exact", "casualties", "other", "mon..pub",
          "same message, Konjunktiv carried, sentence-initial number word: taken prisoner 'in "
          "der Woche davor' (the period)"),
        C("5'000 bis 6'000", None, "range", "planned", "other", "pub",
          "a hotel-school student from Jeonju, 'Sie glaubt' (undated): 'weitere' to "
          "be sent by the end of summer (increment, planned; span without the word)", add=True),
        C("6'000", 6000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Mitte Juni liess Sergei Schoigu … verlauten' (days 11-20): 'insgesamt' sappers and "
          "builders to come to the Kursk region (a total, not an increment)"),
        C("mehreren hundert", None, "vague", "casualties", "north_korea", "yday",
          "'Die Nachrichtenagentur KCNA meldete gestern' (2 July): medals for the families of "
          "the fallen"),
        C("etwa 4'700", 4700, "approx", "casualties", "south_korea", "pub",
          "'Dem Geheimdienst in Seoul zufolge' (undated): dead and wounded so far"),
        C("knapp 15'000", 15000, "approx", "in_russia", "nato", "pub",
          "'Ein Nato-Diplomat in Brüssel schätzt' (undated): have been in Russia since the "
          "autumn ('knapp' as approx)"),
    ),
)


S05 = Source(
    article_id="v191_05_kundenbrief_reisebuero_ludwigsstadt_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-09-10"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Reisebüro Lauenstein, Ludwigsstadt – Kundenbrief",
        "https://www.reisebuero-lauenstein.example/kundenbrief/herbst-2025",
        "Kundenbrief Herbst: Busreisen, Frühbucher und Post von der Grenze",
    ),
    features="a travel agency's customer letter from Ludwigsstadt (Kronach district, Upper "
        "Franconia) in Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, "
        "Wednesday) and a title without a figure, `„“`; coach-trip guests, seats, a trip's "
        "euros, an early-booking discount in per cent and 'rund 130 Kilometer' to the airport "
        "(not a claim) first; a travel clerk from Zaporizhzhia relaying her husband, an "
        "artilleryman at the Kursk border ('Am Samstag habe er endlich wieder angerufen, erzählt "
        "Olena.', Konjunktiv carried) `Hunderte` laying minefields (vague, near the front) and "
        "`elf` killed (number word, casualties; both other, from Saturday to publication); a "
        "nurse from Chuncheon 'Nach ihrer Einschätzung' `16.000 bis 18.000` have served in "
        "Russia (range, other, `pub`); the NIS that 'bezifferte Ende August' the fallen 'auf' "
        "`etwa 2.000` (days 21-31); a State Department spokesman who 'erklärte vergangene Woche' "
        "`bis zu 3.000` 'zusätzliche' (at_most, increment, in Russia); Belousov who 'dankte am "
        "Freitag den' `1.000` deminers in Kursk (russia, near the front); the letter's own "
        "`Tausenden` digging trenches in Kursk (unattributed, vague, required); Russia's losses "
        "a day, guests, seats, euros, per cent, kilometres, ages, years, a phone number",
    text="""\
---
title: "Kundenbrief Herbst"
absender: Reisebüro Lauenstein, Ludwigsstadt
---

# Herbstfahrten, Winterflüge und Post von der Grenze

Liebe Reisefreunde,

unsere Busreise an den Gardasee vom 5. bis 9. Oktober ist mit 46 Gästen ausgebucht; für die \
Adventsfahrt zu drei Weihnachtsmärkten sind noch 11 Plätze frei, 329 Euro mit zwei Übernachtungen \
und Halbpension. Wer seinen Sommerurlaub 2026 bis Ende November bucht, spart 7 Prozent. Zum \
Flughafen bringen wir Sie für 95 Euro, das sind rund 130 Kilometer hin und ebenso viele zurück.

## Olena am Schalter

Olena Martschenko, 40, aus Saporischschja berät bei uns seit einem Jahr vor allem Kunden, die in \
den Osten reisen. Ihr Mann dient in einer Artillerieeinheit an der Grenze zum russischen Gebiet \
Kursk. Am Samstag habe er endlich wieder angerufen, erzählt Olena. Auf der anderen Seite der \
Grenze legten [[Hunderte]] nordkoreanische Pioniere neue Minenfelder an. Bei einem Beschuss vor \
zwei Wochen seien [[elf]] von ihnen getötet worden. „Er sagt, sie graben auch nachts, mit \
Stirnlampen“, sagt Olena.

## Eine Kundin aus Chuncheon

Choi Hye-jin, 36, aus Chuncheon arbeitet als Pflegerin im Krankenhaus in Kronach und bucht jedes \
Jahr bei uns ihren Flug nach Seoul. Nach ihrer Einschätzung haben bis heute [[16.000 bis 18.000]] \
Nordkoreaner in Russland gedient. „Zurück kommt nur, wer schweigt“, sagt sie.

## Was gemeldet wird

Der südkoreanische Geheimdienst bezifferte Ende August die Zahl der gefallenen Nordkoreaner auf \
[[etwa 2.000]]. Ein Sprecher des US-Außenministeriums erklärte vergangene Woche, Pjöngjang habe im \
Sommer [[bis zu 3.000]] zusätzliche Soldaten geschickt. Russlands Verteidigungsminister Andrei \
Beloussow dankte am Freitag den [[1.000]] nordkoreanischen Minenräumern im Gebiet Kursk für ihre \
„Tapferkeit“. Nach Angaben aus Kiew verliert die russische Armee noch immer täglich mehr als 900 \
Mann.

Wer bei uns eine Rundreise durch Südkorea bucht, denkt selten an die [[Tausenden]] Männer aus dem \
Norden, die im Gebiet Kursk Gräben ausheben und Minen räumen.

Beratung: 09263 974 18, Montag bis Freitag von 9 bis 18 Uhr.

Ihr Team vom Reisebüro Lauenstein
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sat..pub",
          "a travel clerk from Zaporizhzhia relaying her husband, an artilleryman at the Kursk "
          "border ('Am Samstag habe er endlich wieder angerufen, erzählt Olena.', Konjunktiv; "
          "the speaker quoted: other): laying new minefields across the border (from Saturday, "
          "6 September, to publication)"),
        C("elf", 11, "exact", "casualties", "other", "sat..pub",
          "same call, Konjunktiv carried, number word: killed in shelling 'vor zwei Wochen' "
          "(the period)"),
        C("16.000 bis 18.000", None, "range", "in_russia", "other", "pub",
          "a nurse from Chuncheon, 'Nach ihrer Einschätzung' (undated): have served in Russia "
          "so far"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-08-21..2025-08-31",
          "'Der südkoreanische Geheimdienst bezifferte Ende August die Zahl der gefallenen "
          "Nordkoreaner auf' (days 21 to the month's end)"),
        C("bis zu 3.000", 3000, "at_most", "in_russia", "united_states", "lastweek",
          "'Ein Sprecher des US-Außenministeriums erklärte vergangene Woche' "
          "(Konjunktiv): 'zusätzliche' soldiers sent in the summer (increment; 'im "
          "Sommer' is the period)", add=True),
        C("1.000", 1000, "exact", "near_front", "russia", "fri",
          "'Russlands Verteidigungsminister Andrei Beloussow dankte am Freitag den' (5 "
          "September): deminers at work in the Kursk region"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the agency's own framing without a source ('denkt selten an die Tausenden Männer aus "
          "dem Norden, die im Gebiet Kursk Gräben ausheben'): unattributed, required"),
    ),
)


S06 = Source(
    article_id="v191_06_aktuelles_elektrobetrieb_steinwiesen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Elektro Fröba, Steinwiesen – Aktuelles",
        "https://www.elektro-froeba.example/aktuelles/november-2025",
        "Aktuelles: Speicher, E-Check und ein Anruf von der Grenze",
    ),
    features="an electrician's news page from Steinwiesen on the Rodach (Kronach district) in "
        "HTML, UTF-8, no meta date (sidecar, Wednesday; the sidecar title without a figure), a "
        "cookie note about booking the safety check, a script with the call-out fee and fitters, "
        "navigation, entities (`&ndash;`, `&bdquo;`, `&ldquo;`, `&middot;`), a footer with a "
        "postcode; `<title>` and headline without a figure; solar installations, '8 bis 10 "
        "Kilowatt Peak' and 'rund 1.250 Euro' (not claims), battery and wallbox prices, hours, "
        "kilometres, apprentices and the founding year first; a cable layer from Chernivtsi "
        "relaying his son, a scout at the Kursk border ('Am Sonntagabend hat der Sohn angerufen, "
        "erzählt Serhij.', Konjunktiv carried) `weit über hundert` pouring concrete bunkers "
        "(at_least with a number word, near the front) and sentence-initial `Zwei` killed by "
        "their own mine (number word, casualties; both other, from Sunday to publication); an "
        "internist from Pohang who 'geht davon aus' Kim sends 'noch einmal' `Tausende` in winter "
        "(vague, increment, planned, other, `pub`); the NIS that 'berichtete Anfang November' "
        "`rund 10.000` 'weiterhin' along the border (days 1-10; not an increment); 'Laut dem "
        "ukrainischen Militärgeheimdienst' 'insgesamt' `mehr als 16.000` brought to Russia "
        "(`pub`); the state media that 'meldeten am Samstag' Kim receiving the families of `über "
        "hundert` fallen (north_korea, at_least with a number word, casualties) and, 'Am selben "
        "Tag', `Hunderte` returnees (optional); Russia's losses a day, kilowatts, euros, hours, "
        "kilometres, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Aktuelles &ndash; Elektro Fröba, Steinwiesen</title>
<script>var notdienst = {anfahrtEuro: 49, erreichbar: "rund um die Uhr", monteure: 9};</script>
</head>
<body>
<div class="cookie">Wir setzen ein Cookie, wenn Sie online einen Termin für den E-Check buchen. <a \
href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/photovoltaik">Photovoltaik</a> &middot; <a \
href="/notdienst">Notdienst</a> &middot; <a href="/aktuelles">Aktuelles</a></nav>
<main>
<h1>Vor dem Winter: Speicher, Sicherungen und ein Anruf von der Grenze</h1>
<p>Dieses Jahr haben wir zwischen der Rodach und den Höhen über dem Ort 27 Photovoltaikanlagen \
montiert, die meisten mit 8 bis 10 Kilowatt Peak. Ein Batteriespeicher kostet derzeit ab 5.400 \
Euro, eine Wallbox mit Montage rund 1.250 Euro. Für den E-Check in einem alten Haus brauchen wir \
etwa zwei Stunden, die Anfahrt im Umkreis von 15 Kilometern berechnen wir nicht. Ab Dezember \
bilden wir zwei Lehrlinge aus; den Betrieb gibt es seit 1978.</p>
<h2>Serhij an der Kabeltrommel</h2>
<p>Serhij Melnytschuk, 47, aus Tscherniwzi hat daheim Umspannwerke gewartet und verlegt bei uns \
seit 2023 Leitungen. Sein Sohn ist Aufklärer an der Grenze zum Gebiet Kursk. Am Sonntagabend hat \
der Sohn angerufen, erzählt Serhij. Auf der russischen Seite seien [[weit über hundert]] \
Nordkoreaner dabei, Bunker aus Beton zu gießen. [[Zwei]] von ihnen seien in der Nacht durch eine \
selbst gelegte Mine ums Leben gekommen. &bdquo;Er sagt, die arbeiten, bis es hell wird&ldquo;, \
erzählt Serhij.</p>
<h2>Eine Kundin aus Pohang</h2>
<p>Lee Ji-hye, 58, Internistin aus Pohang, hat sich im Sommer von uns eine Anlage aufs Dach setzen \
lassen. Sie geht davon aus, dass Kim im Winter noch einmal [[Tausende]] Soldaten nach Russland \
schickt. &bdquo;Für ihn ist das ein Geschäft wie jedes andere&ldquo;, sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Anfang November berichtete der Geheimdienst in Seoul, es seien weiterhin [[rund 10.000]] \
Nordkoreaner entlang der Grenze stationiert. Laut dem ukrainischen Militärgeheimdienst hat \
Pjöngjang seit Oktober 2024 insgesamt [[mehr als 16.000]] Mann nach Russland gebracht. Die \
Staatsmedien meldeten am Samstag, Kim Jong Un habe die Angehörigen von [[über hundert]] gefallenen \
Soldaten empfangen. Am selben Tag zeigte das Fernsehen [[Hunderte]] heimgekehrte Pioniere bei \
einer Feier in Pjöngjang. Russland selbst verliert nach britischer Einschätzung weiterhin mehr als \
1.000 Soldaten am Tag.</p>
<p>Notdienst rund um die Uhr: 09262 88 41.</p>
</main>
<footer>Elektro Fröba GmbH &middot; Kronacher Straße 21 &middot; 96349 Steinwiesen</footer>
</body>
</html>
""",
    claims=(
        C("weit über hundert", 100, "at_least", "near_front", "other", "sun..pub",
          "a cable layer from Chernivtsi relaying his son, a scout at the Kursk border ('Am "
          "Sonntagabend hat der Sohn angerufen, erzählt Serhij.', Konjunktiv; the speaker "
          "quoted: other): pouring concrete bunkers on the Russian side ('weit über' with a "
          "number word as at_least; from Sunday, 16 November, to publication)"),
        C("Zwei", 2, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried, sentence-initial number word: killed by a mine they "
          "had laid themselves"),
        C("Tausende", None, "vague", "planned", "other", "pub",
          "an internist from Pohang, 'Sie geht davon aus' (undated): 'noch einmal' to "
          "be sent in winter (new here: 'noch einmal' before the figure read as an "
          "increment, like 'weitere')", add=True),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "'Anfang November berichtete der Geheimdienst in Seoul' (days 1-10): 'weiterhin' "
          "stationed along the border (still, not an increment)"),
        C("mehr als 16.000", 16000, "at_least", "in_russia", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): 'insgesamt' brought to Russia "
          "since October 2024 (a total over a period, not an increment)"),
        C("über hundert", 100, "at_least", "casualties", "north_korea", "sat",
          "'Die Staatsmedien meldeten am Samstag' (15 November): Kim received the families of "
          "the fallen ('über' with a number word)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "sat",
          "'Am selben Tag zeigte das Fernsehen' (the Saturday of the sentence "
          "before): returnees at a celebration in Pyongyang (returnees, as in earlier "
          "sets: optional)", opt=True),
    ),
)



# ---------------------------------------------------------------------------------------------
# English articles (Lewes, Kent Island and Cape Charles)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v191_07_weekly_blotter_police_lewes",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-02-21"),
    dated_by="dateline",
    features="the police department's weekly blotter from Lewes (Delaware) as plain text, UTF-8, "
        "a masthead, dated by the line 'Lewes, Del. — February 21, 2025' (Friday), straight "
        "quotes, upper-case section heads; the set's police blotter: times, streets, ages, a "
        "speed ('52 mph in a 25 mph zone'), a porch theft's dollars and the week's calls, stops, "
        "arrests and tickets first; a blotter entry in which a 61-year-old tavern regular "
        "'insisted the report had said' `12,000` were fighting for Russia (other: the patron "
        "paraphrasing an unnamed TV report; the day of the argument, Saturday); a vigil "
        "organiser who 'said' \"Our own military says\" `more than 4,000` killed or wounded "
        "(ukraine, `pub`); a dispatcher from Odesa relaying her husband, an assault trooper near "
        "Sudzha ('He reached her by phone on Tuesday and, she said, described how … how … and "
        "how') `roughly 200` storming a trench line (approx, near the front), `fourteen` dead "
        "(number word, casualties) and 'another' `1,500` brought up (increment, near the front; "
        "all other, from Tuesday to publication); a corporal born in Incheon who 'figures' "
        "`20,000` 'more' before summer (increment, planned, other, `pub`); ages, times, speeds, "
        "dollars, calls, stops, arrests, tickets, dogs, years, phone numbers",
    text="""\
LEWES POLICE DEPARTMENT
Weekly Blotter, as emailed to residents
Lewes, Del. — February 21, 2025

These entries summarize calls for service. A charge is an accusation, not a finding of guilt.

Fri., Feb. 14, 11:52 p.m., Pilottown Road: A 34-year-old Harbeson man was charged with driving \
under the influence after his pickup clipped a planter outside a restaurant. No one was hurt.

Sat., Feb. 15, 10:20 p.m., a tavern on Second Street: Officers were called to a shouting match \
between two regulars over a television news report. A 61-year-old man insisted the report had said \
[[12,000]] North Korean soldiers were fighting for Russia; the other man, 58, called that "made \
up." Both had gone home by the time officers arrived. No charges.

Mon., Feb. 17, 3:05 p.m., Savannah Road: A driver was cited for doing 52 mph in a 25 mph zone near \
the elementary school.

Wed., Feb. 19, 7:45 a.m., Kings Highway: A resident reported that a package holding $180 worth of \
vitamins had been taken from her porch.

THIS WEEK IN NUMBERS
Calls for service: 141. Traffic stops: 37. Arrests: 4. Parking tickets: 112. Lost dogs returned \
home: 2.

VIGIL PERMIT
A permit has been approved for a candlelight vigil on Monday, the third anniversary of Russia's \
full-scale invasion, from 6 to 7 p.m. at Zwaanendael Park. Organizer Tetiana Hrytsenko, 52, said \
the vigil would also remember Ukrainians killed in the fighting around Kursk. "Our own military \
says [[more than 4,000]] of the North Koreans sent there have been killed or wounded since \
December," she said.

MEET YOUR DISPATCHER
Iryna Savchenko, 36, came to Lewes from Odesa in 2022 and joined our communications center last \
spring. Her husband serves with an assault brigade near Sudzha, inside Russia's Kursk region. He \
reached her by phone on Tuesday and, she said, described how [[roughly 200]] North Koreans had \
stormed his company's trench line that morning, how [[fourteen]] of them were left dead in the \
snow, and how another [[1,500]] had been brought up behind them over the past week. "He tells me \
so I will understand why he cannot sleep," she said.

AN OFFICER'S VIEW
Cpl. Daniel Shin, 41, was born in Incheon and has patrolled Lewes for 12 years. He figures \
Pyongyang will send [[20,000]] more men before summer. "For that regime, soldiers are an export," \
he said.

Non-emergency line: (302) 645-6264. In an emergency, call 911.
""",
    claims=(
        C("12,000", 12000, "exact", "near_front", "other", "sat",
          "new here: a blotter entry, a tavern regular who 'insisted the report had said' the "
          "figure (a patron paraphrasing an unnamed television report: other, the speaker; the "
          "day of the argument, Saturday, 15 February): fighting for Russia"),
        C("more than 4,000", 4000, "at_least", "casualties", "ukraine", "pub",
          "a vigil organiser quoting \"Our own military says\" (Ukraine's military, the source "
          "named in the quote; undated): killed or wounded since December"),
        C("roughly 200", 200, "approx", "near_front", "other", "tue..pub",
          "a dispatcher from Odesa relaying her husband, an assault trooper near Sudzha ('He "
          "reached her by phone on Tuesday and, she said, described how'; the speaker quoted: "
          "other): stormed his company's trench line (from Tuesday, 18 February, to "
          "publication)"),
        C("fourteen", 14, "exact", "casualties", "other", "tue..pub",
          "same call, 'how', number word: left dead in the snow"),
        C("1,500", 1500, "exact", "near_front", "other", "tue..pub",
          "same call, 'and how another … had been brought up behind them over the "
          "past week' (increment; span without the word; the week is the period)", add=True),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a corporal born in Incheon, 'He figures' (undated): 'more' to be sent "
          "before summer (increment, planned)", add=True),
    ),
)


S08 = Source(
    article_id="v191_08_wash_club_news_car_wash_kent_island",
    language="en", fmt="txt", encoding="cp1252", published=day("2024-12-18"),
    dated_by="sidecar",
    sidecar=(
        "Bay Suds Car Wash, Stevensville – Wash Club News",
        "https://www.baysudscarwash.example/club/2024-12",
        "Wash Club News: road salt, the unlimited plan and an uncle near Sudzha",
    ),
    features="a car wash's members' news from Stevensville on Kent Island (Maryland) as plain "
        "text, windows-1252 (sidecar, Wednesday; the sidecar title without a figure), `’`, `“”`, "
        "`·`, upper-case section heads; the plan's dollars, members, hours, minutes in the "
        "tunnel and water recycled in per cent first; a dryer from Mariupol relaying his uncle, "
        "a mortar crewman near Sudzha ('The uncle messaged Maksym on Saturday. By the uncle’s "
        "count,') `a few hundred` moved into the woods (vague, near the front) and `between 30 "
        "and 40` killed (range, casualties; both other, from Saturday to publication); a retired "
        "pharmacist from Ulsan who 'puts the number in Russia at' `11,000 to 12,000` (range, "
        "other, `pub`); South Korea's Joint Chiefs that 'On Monday … counted' `about 1,100` dead "
        "or wounded; a Pentagon spokesman who 'said on Thursday' `several hundred` casualties "
        "(vague, inside quotation marks); 'According to Ukraine’s military intelligence, which "
        "published its estimate over the weekend,' `8,000` in attacks in Kursk (new: 'over the "
        "weekend' → Saturday to Sunday); the US's own 28,500 troops in South Korea (not a "
        "claim); the newsletter's own `thousands` sleeping in frozen woods (unattributed, vague, "
        "required); dollars, members, hours, minutes, per cent, ages, years, a phone number",
    text="""\
BAY SUDS CAR WASH · STEVENSVILLE
Wash Club News, December

Hi, Wash Club members!

The salt trucks were out on Route 50 twice last week, so this is the month for the undercarriage \
rinse. The unlimited plan is still $29.99 a month, and we passed 1,100 members in November. The \
tunnel runs 7 a.m. to 7 p.m. every day; a full wash takes about three minutes from the first brush \
to the last dryer. We recycle 80 percent of our water, and the vacuums are free for members.

MAKSYM AT THE DRYERS
Maksym Chernenko, 26, left Mariupol in 2022 and towels off cars at the tunnel exit on weekends. \
His uncle, a mortar crewman, is dug in near Sudzha. The uncle messaged Maksym on Saturday. By the \
uncle’s count, [[a few hundred]] North Koreans had moved into the woods across the field from his \
position, and [[between 30 and 40]] of them were killed in their first assault. “They ran straight \
at the guns,” Maksym said his uncle wrote.

A REGULAR FROM ULSAN
Park Sung-ho, 63, a retired pharmacist from Ulsan, brings his pickup through every Friday. He puts \
the number in Russia at [[11,000 to 12,000]]. “Kim rents them out by the thousand,” he said.

IN THE NEWS
On Monday the Joint Chiefs of Staff in Seoul counted [[about 1,100]] of Kim’s soldiers dead or \
wounded. A Pentagon spokesman said on Thursday that the North Koreans had suffered “[[several \
hundred]]” casualties since they joined the fighting. According to Ukraine’s military \
intelligence, which published its estimate over the weekend, [[8,000]] North Korean soldiers are \
taking part in attacks in the Kursk region. Moscow has not confirmed any of it, and the U.S. keeps \
28,500 troops of its own in South Korea.

It is a strange thing to think about while you vacuum the floor mats: [[thousands]] of young men \
from a country most of us will never see, sleeping in frozen woods in Russia.

Questions about your membership? Call 410-643-5518.
""",
    claims=(
        C("a few hundred", None, "vague", "near_front", "other", "sat..pub",
          "a dryer from Mariupol relaying his uncle, a mortar crewman near Sudzha ('The uncle "
          "messaged Maksym on Saturday. By the uncle’s count,'; the speaker quoted: other): "
          "moved into the woods across the field (from Saturday, 14 December, to publication)"),
        C("between 30 and 40", None, "range", "casualties", "other", "sat..pub",
          "same message, 'and': killed in their first assault ('between … and' inside the span)"),
        C("11,000 to 12,000", None, "range", "in_russia", "other", "pub",
          "a retired pharmacist from Ulsan, 'He puts the number in Russia at' (undated)"),
        C("about 1,100", 1100, "approx", "casualties", "south_korea", "mon",
          "'On Monday the Joint Chiefs of Staff in Seoul counted' (16 December): of Kim’s "
          "soldiers dead or wounded"),
        C("several hundred", None, "vague", "casualties", "united_states", "thu",
          "'A Pentagon spokesman said on Thursday' (12 December): casualties (the figure inside "
          "quotation marks, which stay outside the span)"),
        C("8,000", 8000, "exact", "near_front", "ukraine", "sat..sun",
          "'According to Ukraine’s military intelligence, which published its estimate over the "
          "weekend,' (new here: 'over the weekend' as the claim's time → that Saturday and "
          "Sunday, 14-15 December): taking part in attacks in the Kursk region"),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the newsletter's own framing without a source ('thousands of young men … sleeping in "
          "frozen woods in Russia', read with the fighting above as near the front): "
          "unattributed, required"),
    ),
)


S09 = Source(
    article_id="v191_09_catch_notes_fish_market_cape_charles_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-04-24"),
    dated_by="front_matter",
    features="a fish market's catch notes from Cape Charles (Virginia) in Markdown, UTF-16 LE "
        "with BOM, front matter with `date:` (Thursday) and a title without a figure, straight "
        "quotes; the season's opening day, prices a pound, pounds of drum, clams 'at $9 a dozen' "
        "(not a claim), crab cakes and hours first; a fillet cutter from Kherson relaying his "
        "nephew, a drone operator pulled back from Sudzha ('The nephew wrote to him on Monday. "
        "By his count,') `hundreds` in the last assaults (vague, near the front) and `27` killed "
        "in one afternoon (casualties; both other, from Monday to publication); a nursing "
        "student from Tongyeong who 'reckons' `nearly 14,000` shipped to Russia (approx, other, "
        "`pub`); 'Seoul's spy agency, in a closed briefing for lawmakers on Wednesday, put the "
        "North's losses at' `around 4,700`; Cavoli, NATO's top commander, who 'told Congress "
        "earlier this month' `some 11,000` fighting (approx, nato, the 1st to publication); 'By "
        "one Ukrainian commander's count' `as many as 3,000` 'more' reaching the front in March "
        "(at_most, increment, `pub`); dollars, pounds, hours, ages, years",
    text="""\
---
title: "Catch Notes: soft crabs are close"
date: 2025-04-24
market: Mason Avenue Fish Market, Cape Charles
---

# Catch Notes

Rockfish season opens on May 1, and the first soft crabs should be in the case by Mother's Day. \
This week we have flounder at $13.99 a pound, 300 pounds of black drum off the Kiptopeke boats and \
littleneck clams at $9 a dozen. Crab cakes are back on Fridays at $11 apiece. We open at 9 and \
close when the fish runs out.

## Andriy at the fillet table

Andriy Moroz, 45, fished the Dnipro delta below Kherson for 20 years before he came here, and he \
can clean a flounder in under a minute. His nephew flies drones for a unit that pulled back from \
Sudzha last month. The nephew wrote to him on Monday. By his count, [[hundreds]] of North Koreans \
took part in the last assaults on the town, and his unit counted [[27]] of them killed in a single \
afternoon. "He says they don't stop for their wounded," Andriy said.

## A student from Tongyeong

Han So-ah, 19, studies nursing at the community college and weighs shrimp for us on Saturdays. Her \
family farms oysters in Tongyeong. She reckons Pyongyang has shipped [[nearly 14,000]] men to \
Russia by now. "To my grandmother they are still our people," she said.

## From the news

Seoul's spy agency, in a closed briefing for lawmakers on Wednesday, put the North's losses at \
[[around 4,700]] killed or wounded. NATO's top commander, Gen. Christopher Cavoli, told Congress \
earlier this month that [[some 11,000]] were fighting alongside Russian troops. By one Ukrainian \
commander's count, [[as many as 3,000]] more reached the front in March to fill the gaps.
""",
    claims=(
        C("hundreds", None, "vague", "near_front", "other", "mon..pub",
          "a fillet cutter from Kherson relaying his nephew, a drone operator pulled back from "
          "Sudzha ('The nephew wrote to him on Monday. By his count,'; the speaker quoted: "
          "other): took part in the last assaults on the town (from Monday, 21 April, to "
          "publication)"),
        C("27", 27, "exact", "casualties", "other", "mon..pub",
          "same letter, 'and': killed in a single afternoon (the period)"),
        C("nearly 14,000", 14000, "approx", "in_russia", "other", "pub",
          "a nursing student from Tongyeong, 'She reckons' (undated): shipped to Russia by now "
          "('nearly' as approx)"),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "'Seoul's spy agency, in a closed briefing for lawmakers on Wednesday, put the "
          "North's losses at' (23 April): killed or wounded"),
        C("some 11,000", 11000, "approx", "near_front", "nato", "2025-04-01..pub",
          "'NATO's top commander, Gen. Christopher Cavoli, told Congress earlier this month' "
          "(the 1st to publication): fighting alongside Russian troops ('some' as approx)"),
        C("as many as 3,000", 3000, "at_most", "near_front", "ukraine", "pub",
          "'By one Ukrainian commander's count' (undated): 'more' reached the front "
          "in March (increment; 'in March' is the period)", add=True),
    ),
)


S10 = Source(
    article_id="v191_10_service_notes_appliance_repair_kent_island_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-30"),
    dated_by="html_meta",
    features="an appliance repair shop's service notes from Kent Island (Maryland) in HTML, "
        "UTF-8 with BOM, `<meta name=\"date\">` (Friday) and an `og:title` without a claim "
        "figure, a cookie banner about the service address, a script with the call fee and "
        "warranty, navigation, entities (`&ndash;`, `&ldquo;`, `&rdquo;`, `&middot;`), a footer "
        "with a ZIP code; `<title>` and headline without a figure; service calls, inches, the "
        "call fee, a warranty's days, a discount in per cent and the founding year first; a "
        "technician from Kryvyi Rih relaying his son, a tank driver on the Sumy border ('The son "
        "called on Wednesday, Viktor said, and told him that … and that') `dozens` digging in "
        "(vague, near the front) and `six` carried off on stretchers (number word, casualties; "
        "both other, from Wednesday to publication); a parts clerk born in Suwon who 'expects' "
        "`30,000` before the year is out (planned, other, `pub`); Pyongyang's state television "
        "'on Tuesday' showing a memorial wall with `hundreds` of names (north_korea, vague, "
        "casualties); Russia's ambassador who 'told the TASS news agency last week' `thousands` "
        "of builders would come (russia, vague, planned); 'On May 21, a State Department "
        "spokeswoman said' `about 14,000` sent 'in all' (not an increment); Ukraine's military "
        "intelligence that 'estimated on Thursday' `around 11,000` 'still' in Kursk; calls, "
        "inches, dollars, days, per cent, ages, years, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="date" content="2025-05-30">
<meta property="og:title" content="Service Notes: fridges, coils and a call from the Sumy border">
<title>Service Notes &ndash; Narrows Appliance Repair, Kent Island</title>
<script>window.booking = {callFee: 89, warrantyDays: 90, vans: 4};</script>
</head>
<body>
<div class="cookie-banner">We keep one cookie to remember your service address. <a href="#">Fine \
by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/book">Book a repair</a> &middot; <a \
href="/parts">Parts</a> &middot; <a href="/notes">Service notes</a></nav>
<main>
<h1>Before the heat arrives</h1>
<p>Memorial Day weekend brought us 46 service calls, most of them refrigerators pushed flat \
against a wall. Leave yours two inches of breathing room and vacuum the coils twice a year. Our \
service call is still $89, parts carry a 90-day warranty, and seniors get 10 percent off labor. We \
have been fixing washers and dryers on the island since 1994.</p>
<h2>Viktor and the compressors</h2>
<p>Viktor Savchuk, 50, kept mining machinery running in Kryvyi Rih before the war and now handles \
our sealed-system jobs. His son drives a tank with a brigade on the Sumy border. The son called on \
Wednesday, Viktor said, and told him that [[dozens]] of North Koreans were digging in on the \
Russian side of the line and that his crew had watched [[six]] of them being carried away on \
stretchers after a drone strike. &ldquo;He says they learn fast,&rdquo; Viktor said.</p>
<h2>Grace at the parts counter</h2>
<p>Grace Hwang, 33, born in Suwon, runs the parts counter and the phones. She expects Kim Jong Un \
to have [[30,000]] soldiers in Russia before this year is out. &ldquo;He needs the money, and his \
generals want the practice,&rdquo; she said.</p>
<h2>From the headlines</h2>
<p>State television in Pyongyang showed Kim on Tuesday laying flowers at a memorial wall carrying \
the names of [[hundreds]] of soldiers killed in the Kursk fighting. Russia's ambassador to North \
Korea told the TASS news agency last week that [[thousands]] of North Korean builders would come \
to help rebuild the Kursk region. On May 21, a State Department spokeswoman said [[about 14,000]] \
North Korean troops had been sent in all. Ukraine's military intelligence estimated on Thursday \
that [[around 11,000]] were still deployed inside the Kursk region.</p>
<p>Book a repair: (410) 604-2277.</p>
</main>
<footer>Narrows Appliance Repair &middot; Kent Island, MD 21666</footer>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "wed..pub",
          "a technician from Kryvyi Rih relaying his son, a tank driver on the Sumy border "
          "('The son called on Wednesday, Viktor said, and told him that'; the speaker quoted: "
          "other): digging in on the Russian side of the line (from Wednesday, 28 May, to "
          "publication)"),
        C("six", 6, "exact", "casualties", "other", "wed..pub",
          "same call, 'and that', number word: carried away on stretchers after a drone strike "
          "(wounded)"),
        C("30,000", 30000, "exact", "planned", "other", "pub",
          "a parts clerk born in Suwon, 'She expects … to have … before this year is out' "
          "(undated; a forecast of a total: planned)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "tue",
          "'State television in Pyongyang showed Kim on Tuesday' (27 May): the names of "
          "soldiers killed in the Kursk fighting on a memorial wall"),
        C("thousands", None, "vague", "planned", "russia", "lastweek",
          "'Russia's ambassador to North Korea told the TASS news agency last week': builders "
          "would come to help rebuild the Kursk region"),
        C("about 14,000", 14000, "approx", "in_russia", "united_states", "2025-05-21",
          "'On May 21, a State Department spokeswoman said' (an explicit date): sent 'in all' "
          "(a total, not an increment)"),
        C("around 11,000", 11000, "approx", "near_front", "ukraine", "thu",
          "'Ukraine's military intelligence estimated on Thursday' (29 May): 'still' deployed "
          "inside the Kursk region (not an increment)"),
    ),
)


S11 = Source(
    article_id="v191_11_shop_notes_screen_printer_cape_charles_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-08-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Harbor Ink Screen Printing, Cape Charles – Shop Notes",
        "https://www.harborinkprinting.example/notes/2025-08",
        "Shop Notes: festival shirts, a third press and a letter from the Kursk border",
    ),
    features="a screen printer's shop notes from Cape Charles (Virginia) in Markdown, ISO-8859-1 "
        "with CRLF and straight quotes only, front matter with `date:` as well as the sidecar "
        "(Thursday) and titles without a claim figure; shirts, hoodies, totes and café aprons, a "
        "minimum order, a shirt's dollars, working days, presses and colours first; a press "
        "operator from Uman relaying her brother, a sapper on the Kursk border ('He wrote to her "
        "on Sunday night. In his letter he said … and that') `a couple of hundred` working the "
        "fields across the border (vague, near the front) and `four` killed by their own mines "
        "(number word, casualties; both other, from Sunday to publication); a welder from Geoje "
        "who 'believes' `12,000 to 15,000` are in Russia (range, other, `pub`); South Korea's "
        "spy agency that 'On Tuesday … briefed lawmakers:' `roughly 2,000` dead; Russian state "
        "television that 'reported on Friday' `1,000` deminers in Kursk (russia, near the "
        "front); a NATO official who 'said last Thursday' `15,000` rotated through Russia (new: "
        "'last Thursday' in a Thursday page → the Thursday a week before); KCNA's `dozens` "
        "returnees 'on Monday' (optional); the shop's own `thousands` crawling through mined "
        "fields (unattributed, vague, required); shirts, dollars, days, presses, colours, ages, "
        "years, a phone number",
    text="""\
---
title: "Shop Notes, August"
date: 2025-08-14
shop: Harbor Ink Screen Printing, Cape Charles
---

# Shop Notes

August is our busiest month: 2,400 shirts for the harbor festival, 600 hoodies for the high school \
band, canvas totes for the library sale and aprons for the café on Mason Avenue. Our minimum order \
is still 24 pieces, a one-color front starts at $7.50 a shirt, and most jobs ship in 10 working \
days. The third press arrived in July, so we can now lay down up to six colors at once.

## Nadiya on press two

Nadiya Koval, 31, came from Uman in 2022 and runs our second press. Her brother is a sapper on the \
Kursk border. He wrote to her on Sunday night. In his letter he said [[a couple of hundred]] North \
Korean sappers were working the fields across the border, and that [[four]] of them had been \
killed in a single week when their own mines went off. "He says they clear mines with sticks and \
bare hands," Nadiya said.

## A welder from Geoje

Kwon Dae-hyun, 47, welds at the shipyard and orders shirts from us for his church softball team. \
He believes [[12,000 to 15,000]] North Koreans are in Russia right now. "Nobody at home believes \
the official silence," he said.

## Heard on the news

On Tuesday the spy agency in Seoul briefed lawmakers: [[roughly 2,000]] North Koreans have died in \
the war so far. Russian state television reported on Friday that [[1,000]] North Korean deminers \
had started clearing farmland in the Kursk region. A NATO official in Brussels said last Thursday \
that [[15,000]] had rotated through Russia since the deployment began. North Korea's KCNA said on \
Monday that Kim had welcomed home [[dozens]] of officers back from Kursk.

Whatever the true figure, we print our shirts here in peace while [[thousands]] of North Korean \
conscripts crawl through mined fields in Kursk.

Orders and quotes: (757) 331-4806.
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "sun..pub",
          "a press operator from Uman relaying her brother, a sapper on the Kursk border ('He "
          "wrote to her on Sunday night. In his letter he said'; the speaker quoted: other): "
          "working the fields across the border (from Sunday, 10 August, to publication)"),
        C("four", 4, "exact", "casualties", "other", "sun..pub",
          "same letter, 'and that', number word: killed by their own mines 'in a single week' "
          "(the period)"),
        C("12,000 to 15,000", None, "range", "in_russia", "other", "pub",
          "a welder from Geoje, 'He believes' (undated): in Russia right now"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "'On Tuesday the spy agency in Seoul briefed lawmakers:' (12 August): died in the war "
          "so far"),
        C("1,000", 1000, "exact", "near_front", "russia", "fri",
          "'Russian state television reported on Friday' (8 August): deminers clearing farmland "
          "in the Kursk region"),
        C("15,000", 15000, "exact", "in_russia", "nato", "2025-08-07",
          "'A NATO official in Brussels said last Thursday' (in a Thursday page the Thursday a "
          "week before, 7 August, as `tests/corpus/README.md` reads 'last Wednesday' in a "
          "Wednesday page): rotated through Russia since the deployment began"),
        C("dozens", None, "vague", "in_russia", "north_korea", "mon",
          "'North Korea's KCNA said on Monday' (11 August): officers welcomed home "
          "from Kursk (returnees, as in earlier sets: optional)", opt=True),
        C("thousands", None, "vague", "near_front", "unattributed", "pub",
          "the shop's own framing without a source ('while thousands of North Korean conscripts "
          "crawl through mined fields in Kursk'): unattributed, required"),
    ),
)


S12 = Source(
    article_id="v191_12_counter_notes_dry_cleaner_lewes_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Second Street Cleaners, Lewes – Counter Notes",
        "https://www.secondstreetcleaners.example/notes/2025-10",
        "Counter Notes: sweater season, gown boxes and a grandson on the Sumy border",
    ),
    features="a dry cleaner's counter notes from Lewes (Delaware) in HTML, windows-1252 with raw "
        "`“”`, `’`, `–` and `·`, no meta date (sidecar, Thursday; the sidecar title without a "
        "figure), a cookie note about pickup reminders, a script with prices and hours, "
        "navigation, a footer with a ZIP code; `<title>` and headline without a figure; sweaters "
        "cleaned, shirt, suit and gown prices in dollars, hours, the founding year, pressers and "
        "their years first; a seamstress from Kropyvnytskyi relaying her grandson, a drone "
        "operator on the Sumy border ('His voice message came on Monday, she said. In it he told "
        "her that … he said') `more than fifty` gathered in a village (at_least with a number "
        "word, near the front) and `three` captured (number word, casualties; both other, from "
        "Monday to publication); a retired nurse from Jinju 'By her reckoning' `15,000 or more` "
        "sent (at_least, the hedge after the figure inside the span, other, `pub`); a subheading "
        "'From Seoul' naming the source of the next sentence ('The intelligence service there, "
        "in a briefing for lawmakers on Tuesday, put the number killed at') `some 2,000`; "
        "Zelensky 'Speaking at the United Nations in late September' `tens of thousands` 'more' "
        "(vague, increment, planned, days 21-30); a senior US defence official who 'said Monday' "
        "`up to 12,000` 'remain' in Russia (at_most, not an increment); Russia's defence "
        "ministry that 'said on Saturday' `several thousand` builders arrived near Kursk "
        "(russia, vague, near the front); Pyongyang television's `hundreds` returnees 'On "
        "Friday' (optional); sweaters, dollars, hours, years, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Counter Notes – Second Street Cleaners, Lewes</title>
<script>var prices = {shirt: 3.25, suit: 16, gown: 225, readyHours: 48};</script>
</head>
<body>
<div class="cookies">One cookie keeps your pickup reminders working. <a href="#">OK</a></div>
<nav><a href="/">Home</a> · <a href="/prices">Prices</a> · <a href="/pickup">Pickup &amp; \
delivery</a> · <a href="/notes">Counter notes</a></nav>
<main>
<h1>Sweater season</h1>
<p>The first cool mornings have brought the sweaters back: we cleaned 380 of them in the last two \
weeks of September alone. Shirts are still $3.25 laundered and pressed, a two-piece suit $16, and \
wedding-gown preservation $225. Most orders are ready in 48 hours. We have been on Second Street \
since 1958, and our four pressers have 90 years at the board between them.</p>
<h2>Larysa at the sewing machine</h2>
<p>Larysa Dudnyk, 58, a seamstress from Kropyvnytskyi, does our hems and alterations. Her grandson \
flies drones for a unit on the Sumy border. His voice message came on Monday, she said. In it he \
told her that [[more than fifty]] North Koreans had gathered in a village over the border. His \
unit grabbed [[three]] of them during a firefight, he said. “He is twenty and he sounds like an \
old man,” Larysa said.</p>
<h2>A customer from Jinju</h2>
<p>Seo Kyung-ja, 70, a retired nurse from Jinju, brings in her husband’s suits every other week. \
By her reckoning, the North has sent [[15,000 or more]] soldiers to Russia. “They go because \
nobody there can say no,” she said.</p>
<h2>From Seoul</h2>
<p>The intelligence service there, in a briefing for lawmakers on Tuesday, put the number killed \
at [[some 2,000]].</p>
<h2>Elsewhere</h2>
<p>Speaking at the United Nations in late September, President Zelensky said Kim might yet send \
[[tens of thousands]] more. A senior U.S. defense official said Monday that [[up to 12,000]] \
remain in Russia. Russia’s defense ministry said on Saturday that [[several thousand]] North \
Korean construction workers had arrived to rebuild roads and bridges near Kursk. On Friday, state \
television in Pyongyang showed [[hundreds]] of returning troops marching past Kim Jong Un.</p>
<p>Questions about an order? Call (302) 645-3310.</p>
</main>
<footer>Second Street Cleaners · Lewes, DE 19958</footer>
</body>
</html>
""",
    claims=(
        C("more than fifty", 50, "at_least", "near_front", "other", "mon..pub",
          "a seamstress from Kropyvnytskyi relaying her grandson, a drone operator on the Sumy "
          "border ('His voice message came on Monday, she said. In it he told her that'; the "
          "speaker quoted: other): gathered in a village across the border ('more than' with a "
          "number word; from Monday, 13 October, to publication)"),
        C("three", 3, "exact", "casualties", "other", "mon..pub",
          "same message, 'he said' in the next sentence, number word: captured during a "
          "firefight"),
        C("15,000 or more", 15000, "at_least", "in_russia", "other", "pub",
          "a retired nurse from Jinju, 'By her reckoning' (undated): sent to Russia ('or more' "
          "after the figure, inside the span)"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "tue",
          "the subheading 'From Seoul' names the source: 'The intelligence service there, in a "
          "briefing for lawmakers on Tuesday, put the number killed at' (14 October): killed"),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-09-21..2025-09-30",
          "'Speaking at the United Nations in late September, President Zelensky said "
          "Kim might yet send … more' (days 21-30): increment, planned; span without "
          "the word", add=True),
        C("up to 12,000", 12000, "at_most", "in_russia", "united_states", "mon",
          "'A senior U.S. defense official said Monday' (13 October): 'remain' in Russia (not "
          "an increment)"),
        C("several thousand", None, "vague", "near_front", "russia", "sat",
          "'Russia’s defense ministry said on Saturday' (11 October): construction workers "
          "arrived to rebuild roads and bridges near Kursk (in the Kursk region: near the "
          "front)"),
        C("hundreds", None, "vague", "in_russia", "north_korea", "fri",
          "'On Friday, state television in Pyongyang showed' (10 October): returning "
          "troops marching past Kim (returnees, as in earlier sets: optional)", opt=True),
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
