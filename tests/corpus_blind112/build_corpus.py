"""Build the HUNDRED-AND-TWELFTH BLIND hand-labelled corpus: articles, sidecar, gold (`python \
build_corpus.py`).

The hundred-and-fourteenth corpus, for an honest measurement on articles the extractor has never
met, written in session 14 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
genealogical society's bulletin from Witzenhausen with a question-and-answer interview of a
member from Incheon who researches separated Korean families, a model railway club's page from
Neuenmarkt with a retired Ukrainian engine driver building his home station, a Krampus group's
letter from Mittersill (Austrian conventions) with a mask carver from Kolomyja, a curling club's
bulletin from Lenzerheide (Swiss conventions) with a junior team from Uiseong, a folk dance
group's circular from Pomerode in Brazil with a Ukrainian-Brazilian dancer, and a cross-border
workers' association's press review from Echternach in Luxembourg quoting four papers; a
research station's weekly page from Rothera in Antarctica with a glaciologist from King Sejong
Station, a chess club's question-and-answer interview from Hastings with a Ukrainian master, a
bay-oil distillers' co-operative newsletter from Grand Bay in Dominica with a Korean whale
biologist, a bowling club's newsletter from Tumut with a retired surveyor born in Sokcho, a
quilters' guild page from Paducah with a grandmother whose grandson serves at Osan, and a pipe
band's newsletter from Waipu with a drummer whose cousin serves in Korea. Same file format,
marker syntax and labelling conventions as the other corpora (see their READMEs): every claim
figure in an article below is marked `[[like this]]` and labelled, in order, by the article's
`claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the README
table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind112_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland, Brazil, Luxembourg)
# ---------------------------------------------------------------------------------------------

X01 = Source(
    article_id="x112_01_familienforscher_witzenhausen_interview",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-03-14"),
    dated_by="dateline", crlf=True,
    features="a genealogical society's bulletin from Witzenhausen as plain text, windows-1252 "
        "with CRLF (`„“`, `–`), dated by the place line 'Witzenhausen, 14. März 2025' (Friday); "
        "an interview in question-and-answer form ('Frage:' / name) held 'am Dienstag' (the "
        "interviewee's figures: Tuesday to publication); the interviewer's questions cite the JCS "
        "'vergangene Woche' `rund 3.000` 'weitere' (increment) and the Pentagon 'spricht von' "
        "`mehr als 11.000` (undated: `pub`); the interviewee quotes the NIS 'Mitte Oktober' "
        "`1.500`, Zelensky 'Ende Februar' `mehr als 4.000` and HUR 'am Montag' `einige tausend` "
        "back in Kursk; her own sum `etwa 14.000` and `5.000 bis 6.000` 'noch einmal … "
        "nachgeschickt' (range, increment, planned; other); registered families, years, church "
        "records, members, dues, a phone number",
    text="""\
VEREIN FÜR FAMILIENFORSCHUNG WERRA-MEISSNER E. V.
Mitteilungsblatt Nr. 1/2025

Witzenhausen, 14. März 2025

„Hinter jeder Zahl steht eine Familie“

Hye-won Lim-Schäfer, 61, kam 1989 als Krankenschwester aus Incheon an die Werra. Seit zwölf \
Jahren erforscht sie in unserem Verein Familien, die der Koreakrieg getrennt hat, auch ihre \
eigene: Ein Bruder ihres Großvaters blieb im Dezember 1950 im Norden zurück. Seit dem Herbst \
verfolgt sie genau, was mit den nordkoreanischen Soldaten in Russland geschieht. Wir haben am \
Dienstag mit ihr in der Vereinsbücherei im Alten Rathaus gesprochen.

Frage: Frau Lim-Schäfer, der Generalstab in Seoul hat vergangene Woche gemeldet, Pjöngjang habe \
seit Jahresbeginn [[rund 3.000]] weitere Soldaten nach Russland gebracht. Hat Sie das überrascht?

Lim-Schäfer: Nein. Dass es nicht bei den [[1.500]] bleibt, von denen der Nachrichtendienst NIS \
Mitte Oktober sprach, war mir schon damals klar. Kim braucht Devisen und Technik, und Moskau \
bezahlt beides.

Frage: Wie viele sind es Ihrer Rechnung nach inzwischen insgesamt?

Lim-Schäfer: Wenn ich zusammenlege, was aus Seoul, Kiew und Washington kommt, lande ich bei \
[[etwa 14.000]] Mann. Viele davon leben nicht mehr oder liegen im Lazarett. Präsident Selenskyj \
hat Ende Februar von [[mehr als 4.000]] Toten und Verwundeten gesprochen, und ich fürchte, das \
ist eher zu wenig.

Frage: Im Februar hieß es, die Einheiten seien von der Front abgezogen worden.

Lim-Schäfer: Das war eine Atempause. Der ukrainische Militärgeheimdienst hat am Montag \
mitgeteilt, im Gebiet Kursk kämpften wieder [[einige tausend]] Nordkoreaner, jetzt in kleinen \
Trupps und mit eigenen Drohnen.

Frage: Das Pentagon spricht von [[mehr als 11.000]], die weiterhin in Russland stationiert \
seien. Passt das zu Ihrer Zahl?

Lim-Schäfer: Durchaus, wenn man die Gefallenen und die Schwerverwundeten abzieht, die man nach \
Hause geflogen hat. Was mich umtreibt, ist etwas anderes: Jeder dieser jungen Männer hat Eltern, \
die nie erfahren werden, wo er begraben liegt.

Frage: Was erwarten Sie für die kommenden Monate?

Lim-Schäfer: Dass bis zum Sommer noch einmal [[5.000 bis 6.000]] nachgeschickt werden. Und dass \
die Familientreffen, auf die im Süden noch immer alte Menschen warten, weiter ruhen. Von den gut \
133.000, die sich seit 1988 in Seoul dafür angemeldet haben, lebt nicht einmal mehr ein Drittel.

Frage: Und Ihre eigene Suche?

Lim-Schäfer: Die geht weiter, mit Geduld. Wer Familienforschung betreibt, weiß, dass Akten \
manchmal erst nach siebzig Jahren auftauchen.

Aus dem Verein
- Offene Sprechstunde: jeden ersten Donnerstag im Monat, 17 bis 19 Uhr, Altes Rathaus
- Neue Kirchenbuch-Abschriften: Ermschwerd 1652–1830, 1.140 Taufeinträge
- Der Verein hat jetzt 214 Mitglieder; Jahresbeitrag 36 Euro
- Kontakt: Telefon 05542 71 93 08
""",
    claims=(
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "lastweek",
          "the interviewer's question: the JCS ('der Generalstab in Seoul') 'vergangene Woche "
          "gemeldet', Konjunktiv: 'weitere' brought to Russia since January (increment, span "
          "without the word)", add=True),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-11..2024-10-20",
          "the NIS 'Mitte Oktober' (days 11-20), quoted by the interviewee: the first troops"),
        C("etwa 14.000", 14000, "approx", "in_russia", "other", "tue..pub",
          "the interviewee's own sum ('Wenn ich zusammenlege'; a private person: other), "
          "interview 'am Dienstag' (Tuesday to publication): gone to Russia in total"),
        C("mehr als 4.000", 4000, "at_least", "casualties", "ukraine", "2025-02-21..2025-02-28",
          "Zelensky 'Ende Februar' (day 21 to the month's end), quoted: dead and wounded"),
        C("einige tausend", None, "vague", "near_front", "ukraine", "mon",
          "HUR 'hat am Montag mitgeteilt' (Friday bulletin), Konjunktiv: fighting again in "
          "Kursk"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "united_states", "pub",
          "the interviewer's question: 'Das Pentagon spricht von' (undated): still stationed "
          "in Russia"),
        C("5.000 bis 6.000", None, "range", "planned", "other", "tue..pub",
          "the interviewee's forecast: 'bis zum Sommer noch einmal … nachgeschickt' (range, "
          "increment; planned)", add=True),
    ),
)

X02 = Source(
    article_id="x112_02_modellbahnfreunde_neuenmarkt_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-16"),
    dated_by="html_meta",
    features="a model railway club's newsletter page from Neuenmarkt (Schiefe Ebene) in HTML, "
        "UTF-8 (`article:published_time` +01:00, Saturday), a cookie strip about the layout "
        "camera, a page script, navigation, `&amp;`/`&nbsp;`, a footer with a phone number; "
        "`<title>` and headline without a figure; a retired Ukrainian engine driver relaying his "
        "nephew near Sumy `ein paar tausend` dug in opposite (other, `pub`); a section heading "
        "'Washington zählt `10.000` im Gebiet Kursk' from the State Department's Wednesday figure "
        "below (Wednesday to publication, hedge dropped); 'Am Mittwoch hieß es aus dem "
        "US-Außenministerium' `mehr als 10.000`; the NIS 'Tags darauf' (Thursday) `rund 11.000` "
        "and 'Der Dienst rechnet damit' `Tausende` 'noch … nachkommen' (carried, increment, "
        "planned); Zelensky 'Anfang November' `11.000` in Kursk; HUR 'am Montag' `Dutzende` dead; "
        "the Pentagon 'Ende Oktober' `rund 10.000` in training; Russian troops in Kursk, scale, "
        "gauge in millimetres, lengths, years, age, points, an entry fee, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stellwerkspost · Modellbahnfreunde Schiefe Ebene e.V.</title>
<meta property="article:published_time" content="2024-11-16T08:45:00+01:00">
<meta property="og:site_name" content="Modellbahnfreunde Schiefe Ebene">
<script>window.mbf={seite:"stellwerkspost",heft:"11/2024",spur:"H0"};</script>
</head>
<body>
<div class="cookie-leiste">Ein Cookie merkt sich, welchen Abschnitt der Anlage Sie zuletzt in \
der Kamera hatten. <button>Passt</button> <button>Lieber nicht</button></div>
<nav><a href="/">Verein</a> | <a href="/anlage">Die Anlage</a> | <a href="/fahrtage">Fahrtage \
&amp; Termine</a> | <a href="/stellwerkspost">Stellwerkspost</a> | <a href="/kontakt">Kontakt</a>\
</nav>
<main>
<p class="rubrik">Stellwerkspost · Samstag</p>
<h1>Kowel im Maßstab 1:87</h1>
<p class="vorspann">Andrij Bondar hat 38 Jahre lang Güterzüge durch die Ukraine gefahren. Im \
Vereinsheim baut er jetzt den Bahnhof seiner Heimatstadt nach – und liest abends, was aus dem \
Krieg gemeldet wird.</p>
<p>Das neue Segment wird 2,40 Meter lang: Empfangsgebäude von 1907, Wasserturm, Lokschuppen und \
Gleise in der dort üblichen Breitspur von 1.520&nbsp;Millimetern, die Bondar aus Messingprofilen \
selbst biegt. Der 63-Jährige lebt seit April 2022 mit seiner Frau in Neuenmarkt und kommt jeden \
Dienstag in die Werkstatt.</p>
<p>Sein Neffe Roman ist Funker in einer Brigade im Gebiet Sumy. „Er schreibt, gegenüber hätten \
sich [[ein paar tausend]] Koreaner eingegraben, in Wäldern, die vor einem Jahr noch keiner \
bewacht hat“, erzählt Bondar und setzt ein Formsignal in die Grundplatte.</p>
<h2>Washington zählt [[10.000]] im Gebiet Kursk</h2>
<p>Die amtlichen Zahlen steigen seit Wochen. Am Mittwoch hieß es aus dem US-Außenministerium, \
[[mehr als 10.000]] nordkoreanische Soldaten seien in das Gebiet Kursk verlegt worden und hätten \
dort begonnen, an der Seite russischer Einheiten zu kämpfen. Tags darauf unterrichtete der \
südkoreanische Nachrichtendienst NIS die Abgeordneten in Seoul: Von den [[rund 11.000]] Mann, \
die Pjöngjang geschickt habe, seien manche bereits in Gefechte verwickelt. Der Dienst rechnet \
damit, dass im Winter noch [[Tausende]] nachkommen.</p>
<p>Präsident Wolodymyr Selenskyj hatte Anfang November von [[11.000]] Nordkoreanern im Gebiet \
Kursk gesprochen. Der ukrainische Militärgeheimdienst meldete am Montag erstmals Verluste: \
[[Dutzende]] Nordkoreaner seien bei Artillerieangriffen ums Leben gekommen. Das Pentagon hatte \
Ende Oktober noch [[rund 10.000]] gezählt, die im Osten Russlands ausgebildet würden. Russland \
selbst hat nach ukrainischen Angaben etwa 50.000 eigene Soldaten in die Region gebracht.</p>
<h2>Termine</h2>
<p>Winterausstellung am 7. und 8. Dezember in der Turnhalle, 10 bis 17 Uhr: 46 Meter Gleis, 212 \
Weichen und Kowel zum ersten Mal öffentlich. Eintritt 4&nbsp;Euro, Kinder frei.</p>
</main>
<footer>Modellbahnfreunde Schiefe Ebene e.V. · Neuenmarkt · Telefon 09227 5519 40</footer>
<script src="/assets/anlage-cam.js?v=12"></script>
</body>
</html>
""",
    claims=(
        C("ein paar tausend", None, "vague", "near_front", "other", "pub",
          "a retired engine driver relaying his nephew, a radio operator near Sumy ('Er "
          "schreibt', the speaker quoted: other), 'erzählt Bondar' undated, Konjunktiv: dug in "
          "opposite"),
        C("10.000", 10000, "exact", "near_front", "united_states", "wed..pub",
          "section heading 'Washington zählt … im Gebiet Kursk': the State Department's Wednesday "
          "figure below (Wednesday to the Saturday of publication, hedge dropped)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "wed",
          "'Am Mittwoch hieß es aus dem US-Außenministerium', Konjunktiv: moved into the Kursk "
          "region and fighting"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'Tags darauf' (the day after Wednesday: Thursday) briefing lawmakers: sent"),
        C("Tausende", None, "vague", "planned", "south_korea", "thu",
          "'Der Dienst rechnet damit' (carried: the NIS, Thursday): 'noch … nachkommen' in "
          "winter (increment, planned)", add=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-01..2024-11-10",
          "Zelensky 'Anfang November' (days 1-10): in the Kursk region"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "mon",
          "HUR 'meldete am Montag' (Saturday page), Konjunktiv: killed"),
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "2024-10-21..2024-10-31",
          "the Pentagon 'Ende Oktober' (day 21 to the month's end): in training in eastern "
          "Russia"),
    ),
)

X03 = Source(
    article_id="x112_03_krampusbrief_mittersill_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-11-27"),
    dated_by="front_matter",
    features="a Krampus group's letter from Mittersill in Markdown, UTF-16 LE with BOM, front "
        "matter with `date:` (Thursday) and a title without a figure, Austrian conventions "
        "(`Heuer`, `Feber`, `Jänner`, `Vorige Woche`); a mask carver from Kolomyja relaying his "
        "son-in-law, a sapper near Kharkiv, `einige hundert` digging trenches (other, `pub`); "
        "the NIS 'Anfang November' `etwa 10.000` along the border and, Konjunktiv, `5.000` "
        "construction troops; a NATO official 'am Montag' `mehr als 15.000`; the Kursk governor "
        "'am Dienstag' `rund 1.000` deminers in the fields (russia, near the front); HUR 'Vorige "
        "Woche' `bis zu 3.000` 'weitere' (increment, planned); 'Das Pentagon schätzt' `rund "
        "2.000` fallen (undated); Kim receiving `Hunderte` returned sappers on television "
        "'am Sonntag' (returnees: optional); Krampus runners, bells in kilos, dates, a course "
        "fee, a phone number",
    text="""\
---
title: "Krampusbrief 2025"
date: 2025-11-27
verein: Krampusgruppe Felberturm Mittersill
---

# Larven, Glocken und ein Schnitzer aus Kolomyja

Heuer laufen wir am 5. Dezember ab 18 Uhr vom Stadtplatz bis zum Felberturm: 46 Krampusse, acht \
Nikoläuse und die Kinderpass. Die Glocken wiegen zusammen fast 300 Kilo, also bitte Abstand \
halten!

## Der Mann hinter den Larven

Drei unserer neuen Larven hat Wassyl Hnatjuk geschnitzt, 57, Holzschnitzer aus Kolomyja in den \
Karpaten und seit Feber 2023 in Mittersill daheim. Sein Schwiegersohn ist Pionier bei Charkiw. \
„Er sagt, drüben heben jetzt [[einige hundert]] Koreaner die Gräben für die Russen aus“, erzählt \
Wassyl, während er an einem Paar Hörner feilt.

Die Meldungen der letzten Wochen geben ihm recht. Anfang November berichtete der Geheimdienst in \
Seoul, [[etwa 10.000]] Nordkoreaner stünden entlang der Grenze zur Ukraine; dazu seien [[5.000]] \
Bausoldaten ins Land gekommen. Ein Nato-Vertreter sprach am Montag in Brüssel von [[mehr als \
15.000]], die seit dem Herbst 2024 in Russland gedient hätten. Der Gouverneur von Kursk sagte am \
Dienstag, [[rund 1.000]] nordkoreanische Minenräumer arbeiteten weiter auf den Feldern seiner \
Region. Vorige Woche warnte der ukrainische Militärgeheimdienst, im Winter könnten [[bis zu \
3.000]] weitere folgen. Das Pentagon schätzt die Zahl der Gefallenen auf [[rund 2.000]]. Im \
Staatsfernsehen in Pjöngjang empfing Kim Jong Un am Sonntag [[Hunderte]] heimgekehrte Pioniere \
mit Blumen.

## Termine

- Larvenschnitzkurs bei Wassyl ab Jänner, sechs Abende, 120 Euro
- Kostümprobe am 2. Dezember, 19 Uhr, im Bauhof
- Obmann Florian Steger, Tel. 0664 412 77 09
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "pub",
          "a mask carver relaying his son-in-law, a sapper near Kharkiv ('Er sagt', the speaker "
          "quoted: other), 'erzählt Wassyl' undated: digging trenches across the line"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS ('der Geheimdienst in Seoul') 'Anfang November' (days 1-10), Konjunktiv: "
          "along the border with Ukraine"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "2025-11-01..2025-11-10",
          "same report ('dazu seien'): construction troops come into Russia (not an "
          "increment)"),
        C("mehr als 15.000", 15000, "at_least", "in_russia", "nato", "mon",
          "a NATO official 'sprach am Montag in Brüssel' (Thursday letter), Konjunktiv: served "
          "in Russia since autumn 2024"),
        C("rund 1.000", 1000, "approx", "near_front", "russia", "tue",
          "the governor of Kursk 'sagte am Dienstag': deminers in the fields of his region"),
        C("bis zu 3.000", 3000, "at_most", "planned", "ukraine", "lastweek",
          "HUR 'Vorige Woche warnte' (Austrian 'vorige Woche' as last week): 'weitere' could "
          "follow in winter (increment, span without the word)", add=True),
        C("rund 2.000", 2000, "approx", "casualties", "united_states", "pub",
          "'Das Pentagon schätzt' (present tense, undated): fallen"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "sun",
          "North Korean state television 'am Sonntag': returned sappers received by Kim "
          "(returnees: optional)", opt=True),
    ),
)

X04 = Source(
    article_id="x112_04_curlingclub_lenzerheide_nachrichten",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-01-24"),
    dated_by="sidecar",
    sidecar=(
        "Curling Club Lenzerheide-Valbella – Clubnachrichten",
        "https://www.curling-lenzerheide.example/clubnachrichten/2025-01",
        "Clubnachrichten Januar: Neues Eis und Gäste aus Uiseong",
    ),
    features="a curling club's bulletin from Lenzerheide as plain text, ISO-8859-1 (Swiss "
        "conventions: `ss`, «», `2'400`, `2'700`, `1'000`, `11'000`, `8'000`, `1'476`), no date "
        "in the file (sidecar, Friday); the ice and the tournament first; a visiting junior team "
        "from Uiseong; Zelensky 'Am 11. Januar' `zwei` captured (number word); the NIS 'Zwei "
        "Tage später' (13 January) `rund 300` fallen and `2'700` wounded; the White House 'schon "
        "am 27. Dezember' `über 1'000` in one week; Rutte at the WEF in Davos 'Am Mittwoch' "
        "`mehr als 11'000`; HUR 'geht davon aus' `um die 8'000` of them in Kursk (a breakdown, "
        "undated); a skip relaying her brother at the border «`zehntausend` weiteren» by summer "
        "(number word, increment, planned, other, `pub`); litres, teams, rinks, ages, titles, "
        "francs, an altitude, a phone number",
    text="""\
CURLING CLUB LENZERHEIDE-VALBELLA
Clubnachrichten Januar 2025

Liebe Curlerinnen und Curler

Das Eis in der Halle ist so gut wie lange nicht mehr. Unser Eismeister hat zwischen den \
Feiertagen alle fünf Rinks neu aufgebaut und dafür pro Schicht rund 2'400 Liter Wasser gesprüht. \
Zum Dreikönigsturnier kamen 32 Teams, und der Wanderpreis bleibt nach einem Steal im Zusatzend \
endlich wieder bei uns.

Gäste aus Uiseong

Eine Woche lang trainierte bei uns ein Juniorinnenteam aus Uiseong, der Curlingstadt im Süden \
Koreas. Skip Bae Seo-yeon ist 19 und hat schon zwei nationale Titel gewonnen. Beim Fondue am \
letzten Abend kam das Gespräch auf den Krieg, über den man in Korea viel mehr redet als bei uns.

Die Meldungen aus Kursk verfolgen die vier genau. Am 11. Januar gab Präsident Selenskyj bekannt, \
die Ukraine habe [[zwei]] verwundete nordkoreanische Soldaten gefangen genommen. Zwei Tage später \
bezifferte der südkoreanische Geheimdienst die Verluste: [[rund 300]] Nordkoreaner seien \
gefallen, [[2'700]] verletzt worden. Das Weisse Haus hatte schon am 27. Dezember erklärt, in einer \
einzigen Woche seien [[über 1'000]] getötet oder verwundet worden. Am Mittwoch sprach \
Nato-Generalsekretär Mark Rutte am WEF in Davos von [[mehr als 11'000]] Nordkoreanern in Russland. \
Der ukrainische Militärgeheimdienst geht davon aus, dass davon derzeit [[um die 8'000]] im Gebiet \
Kursk im Einsatz sind.

«Mein Bruder ist an der Grenze zum Norden stationiert», erzählt Seo-yeon. «Er sagt, dort rechne \
man bis zum Sommer mit [[zehntausend]] weiteren.» Sie selbst glaubt, Kim werde so viele schicken, \
wie Moskau bezahlt.

Aus dem Club
- Clubmeisterschaft: Samstag, 15. Februar, ab 9 Uhr
- Neue Mitglieder zahlen im ersten Jahr Fr. 180.- statt Fr. 320.-
- Die Halle liegt auf 1'476 Metern; bitte warme Schuhe mitbringen
- Auskunft: Präsidentin Corina Casutt, 081 384 27 16
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Januar gab … bekannt': captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-13",
          "the NIS 'Zwei Tage später' (two days after 11 January: 13 January), Konjunktiv: "
          "fallen"),
        C("2'700", 2700, "exact", "casualties", "south_korea", "2025-01-13",
          "same statement: wounded (not an increment)"),
        C("über 1'000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "the White House 'hatte schon am 27. Dezember erklärt': killed or wounded in one week"),
        C("mehr als 11'000", 11000, "at_least", "in_russia", "nato", "wed",
          "Rutte 'Am Mittwoch … am WEF in Davos' (Friday bulletin): in Russia"),
        C("um die 8'000", 8000, "approx", "near_front", "ukraine", "pub",
          "HUR 'geht davon aus' (undated), 'davon': in action in Kursk (a breakdown; 'um die' "
          "as approx)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a skip relaying her brother at the border ('Er sagt', the speaker quoted: other), "
          "'erzählt Seo-yeon' undated: 'weiteren' expected by summer (number word, increment, "
          "span without the word)", add=True),
    ),
)

X05 = Source(
    article_id="x112_05_volkstanzgruppe_pomerode_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-11"),
    dated_by="sidecar",
    sidecar=(
        "Volkstanzgruppe Pomerode – Rundbrief",
        "https://www.volkstanz-pomerode.example/rundbrief/2025-08",
        "Polka, Hopak und ein Abend für Kateryna",
    ),
    features="a folk dance group's circular from Pomerode (Santa Catarina, Brazil) in Markdown, "
        "UTF-8 with BOM, front matter without a date (sidecar, Monday) and a title without a "
        "figure; a Ukrainian-Brazilian dancer from Prudentópolis relaying her cousin near Sumy "
        "`weniger als tausend` opposite his sector ('weniger als' as at_most, other, `pub`); "
        "Shoigu 'im Juni' `6.000` sappers and builders (planned, russia); Russia's defence "
        "ministry 'Ende Juli' `mehrere hundert` clearing mines in Kursk (russia, near the front); "
        "'Aus Washington hieß es im Juli' `etwa 11.000`; the NIS 'Vergangene Woche' `rund "
        "2.000` fallen; North Korean television 'Am Freitag' `Dutzenden` fallen decorated "
        "(north_korea, casualties); 'Medienberichten zufolge' `zwischen 3.000 und 4.000` "
        "'weitere' (unattributed, range, increment, planned); guests, reais, couples, years, a "
        "festival date, a phone number",
    text="""\
---
titel: "Rundbrief August 2025"
gruppe: Volkstanzgruppe Pomerode
ausgabe: 3/2025
---

# Polka, Hopak und ein Abend für Kateryna

*Liebe Tänzerinnen und Tänzer, liebe Freunde der Gruppe!*

Der Winterball im Festsaal am Rio do Testo war ausverkauft: 260 Gäste, die Kapelle spielte bis \
halb zwei, und die 4.800 Reais aus der Tombola gehen in die Trachtenkasse. Im Oktober fahren wir \
mit 24 Paaren zum Oktoberfest nach Blumenau.

## Ein Gast aus Prudentópolis

Seit Mai probt bei uns Kateryna Melnyk, 27, aus Prudentópolis in Paraná, wo mehr Menschen \
ukrainische Wurzeln haben als irgendwo sonst in Brasilien. Sie bringt unseren Jugendlichen den \
Hopak bei, wir ihr den Zwiefachen. Ihr Cousin Ihor dient als Richtschütze in einer Brigade bei \
Sumy, gleich an der russischen Grenze.

„Ihor sagt, gegenüber seinem Abschnitt liegen [[weniger als tausend]] Nordkoreaner, aber sie \
schießen genauer als die Russen“, erzählt Kateryna. Die Zahlen der Regierungen sind größer. \
Moskaus Sicherheitsratschef Sergei Schoigu kündigte im Juni in Pjöngjang an, der Norden schicke \
[[6.000]] Pioniere und Bausoldaten nach Kursk. Ende Juli meldete das russische \
Verteidigungsministerium, [[mehrere hundert]] von ihnen räumten dort bereits Minen. Aus Washington \
hieß es im Juli, [[etwa 11.000]] Nordkoreaner stünden weiterhin im russischen Grenzgebiet. \
Vergangene Woche bezifferte der Geheimdienst in Seoul die Zahl der Gefallenen auf [[rund \
2.000]]. Am Freitag zeigte das nordkoreanische Fernsehen, wie Kim Jong Un [[Dutzenden]] \
Gefallenen posthum Orden verlieh. Medienberichten zufolge sollen noch vor dem Winter [[zwischen \
3.000 und 4.000]] weitere folgen.

Kateryna tanzt am 7. September beim Fest der Einwanderer mit uns, in ukrainischer Tracht.

## Termine

- Probe jeden Mittwoch, 19.30 Uhr, im Gemeindesaal
- Neue Mieder aus der Trachtenschneiderei ab 350 Reais
- Kontakt: Vorsitzende Elke Hoffmann, (47) 3387-2214
""",
    claims=(
        C("weniger als tausend", 1000, "at_most", "near_front", "other", "pub",
          "a dancer relaying her cousin, a gunner near Sumy ('Ihor sagt', the speaker quoted: "
          "other), 'erzählt Kateryna' undated: opposite his sector ('weniger als' as at_most, "
          "like 'fewer than'; number word)"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'kündigte im Juni in Pjöngjang an' (month): sappers and builders to be sent "
          "to Kursk (an announcement, not an increment)"),
        C("mehrere hundert", None, "vague", "near_front", "russia", "2025-07-21..2025-07-31",
          "Russia's defence ministry 'Ende Juli' (day 21 to the month's end), Konjunktiv: "
          "clearing mines in Kursk"),
        C("etwa 11.000", 11000, "approx", "near_front", "united_states", "2025-07-01..2025-07-31",
          "'Aus Washington hieß es im Juli' (month), Konjunktiv: in the Russian border area"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS ('der Geheimdienst in Seoul') 'Vergangene Woche': fallen"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "fri",
          "North Korean television 'Am Freitag' (Monday circular): fallen decorated posthumously"),
        C("zwischen 3.000 und 4.000", None, "range", "planned", "unattributed", "pub",
          "'Medienberichten zufolge' (no named source: unattributed), undated: 'weitere' to "
          "follow before winter (increment, span without the word)", add=True),
    ),
)

X06 = Source(
    article_id="x112_06_grenzgaenger_echternach_presseschau_html",
    language="de", fmt="html", encoding="latin-1", published=day("2024-10-30"),
    dated_by="sidecar",
    sidecar=(
        "Grenzgänger-Verein Sauer & Mosel – Presseschau",
        "https://www.grenzgaenger-sauer-mosel.example/presseschau/2024-kw44",
        "Presseschau: Nordkoreas Soldaten beim Frühstück im Grenzland",
    ),
    features="a cross-border workers' association's weekly press review from Echternach "
        "(Luxembourg) in HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, "
        "`&ldquo;`, `&ndash;`), no meta date (sidecar, Wednesday), a cookie box about the "
        "commuter calendar, a script, navigation, a footer with a phone number; `<title>` and "
        "headline without a figure; four invented papers quoted in turn, each carrying a "
        "source: the Pentagon 'am Montag' `rund 10.000` and the part `mehrere tausend` nearer "
        "Ukraine (a breakdown); the paper's own reckoning `bis zu 20.000` by spring (other, "
        "planned); the NIS 'vergangene Woche' `3.000` and `10.000` by December (planned); a "
        "commentary's forecast of `Tausende` dead (optional); HUR 'am Wochenende' `mehr als "
        "7.000` near the border; Zelensky 'am Dienstag' `bis zu 12.000` made ready (planned); "
        "Rutte without a figure; the association's own 'Unser Eindruck' `10.000 bis 12.000` "
        "(unattributed, range); commuters, calendar week, days of the home-office rule, euros, "
        "a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-LU">
<head>
<meta charset="iso-8859-1">
<title>Grenzgänger-Verein Sauer &amp; Mosel &ndash; Presseschau KW 44</title>
<script>var gv={rubrik:"presseschau",kw:44,jahr:2024};</script>
</head>
<body>
<div class="cookiebox">Ein Cookie speichert Ihre Einstellungen im Pendlerkalender, sonst nichts. \
<button>Gerne</button> <button>Bitte nicht</button></div>
<nav>Start &middot; Steuer &amp; Sozialversicherung &middot; Pendlerkalender &middot; Presseschau \
&middot; Mitglied werden</nav>
<article>
<h1>Presseschau: Nordkoreas Soldaten beim Frühstück im Grenzland</h1>
<p class="vorspann">Jeden Morgen fahren gut 50.000 Menschen aus der Eifel und dem Trierer Land \
über Sauer und Mosel zur Arbeit nach Luxemburg. Was sie diese Woche in ihren Zeitungen über \
Nordkoreas Soldaten in Russland lesen konnten, haben wir für Sie gesammelt.</p>
<h2>Was die Blätter schreiben</h2>
<p>Der <i>Trierer Frühkurier</i> stützt sich auf das Pentagon. Dessen Sprecherin habe am Montag \
gesagt, [[rund 10.000]] Nordkoreaner seien zur Ausbildung in den Osten Russlands gebracht worden, \
ein Teil davon, [[mehrere tausend]] Mann, stehe schon näher an der Ukraine. Das Blatt selbst \
rechnet mit [[bis zu 20.000]] bis zum Frühjahr.</p>
<p>Die <i>Luxemburger Tageswacht</i> zitiert den südkoreanischen Geheimdienst NIS, der vergangene \
Woche von [[3.000]] entsandten Soldaten sprach und bis Dezember mit [[10.000]] rechnet. Ein \
Kommentar der Zeitung fürchtet &bdquo;[[Tausende]] Tote, sobald diese jungen Männer an die Front \
müssen&ldquo;.</p>
<p>Im französischsprachigen <i>Courrier de la Sûre</i> kommt Kiew zu Wort: Der ukrainische \
Militärgeheimdienst HUR habe am Wochenende gemeldet, [[mehr als 7.000]] Nordkoreaner seien schon \
in der Nähe der ukrainischen Grenze eingetroffen.</p>
<p>Die <i>Eifeler Wochenschau</i> hält sich an Präsident Selenskyj, der am Dienstag sagte, \
Pjöngjang mache insgesamt [[bis zu 12.000]] Soldaten für Russland bereit. Dass \
Nato-Generalsekretär Mark Rutte am Montag in Brüssel die Verlegung nach Kursk bestätigt hat, steht \
in allen vier Blättern.</p>
<h2>Unser Eindruck</h2>
<p>Nach einer Woche Zeitungslektüre spricht viel dafür, dass es inzwischen eher [[10.000 bis \
12.000]] Nordkoreaner in Russland sind. Für unsere Mitglieder ändert das zunächst nichts; die \
Dieselpreise an der Sauer steigen aber schon.</p>
<p>Sprechstunde zur 34-Tage-Regel im Homeoffice: Donnerstag, 7. November, 18 Uhr, im \
Vereinslokal in Echternach. Mitgliedsbeitrag 25 Euro im Jahr.</p>
</article>
<footer>Grenzgänger-Verein Sauer &amp; Mosel a.s.b.l. &middot; Echternach &middot; Tel. +352 72 \
04 19</footer>
<script src="/js/kalender.min.js"></script>
</body>
</html>
""",
    claims=(
        C("rund 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "press review: a paper quoting the Pentagon's spokeswoman 'am Montag' (X citing Y: "
          "Y's group), Konjunktiv: brought to eastern Russia for training"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "mon",
          "same statement, 'ein Teil davon': nearer Ukraine (a breakdown, not an increment)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "other", "pub",
          "'Das Blatt selbst rechnet mit' (a quoted paper's own reckoning: other), undated: by "
          "spring (a forecast: planned)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "lastweek",
          "a paper quoting the NIS 'vergangene Woche': soldiers sent"),
        C("10.000", 10000, "exact", "planned", "south_korea", "lastweek",
          "same: 'bis Dezember … rechnet' (a forecast: planned)"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "a paper's commentary fearing future dead once they reach the front (a forecast of "
          "deaths: optional)", opt=True),
        C("mehr als 7.000", 7000, "at_least", "near_front", "ukraine", "sat..sun",
          "a French-language paper quoting HUR 'am Wochenende' (Saturday-Sunday): arrived near "
          "the Ukrainian border"),
        C("bis zu 12.000", 12000, "at_most", "planned", "ukraine", "tue",
          "a paper following Zelensky 'der am Dienstag sagte': made ready in total ('insgesamt' "
          "is not an increment)"),
        C("10.000 bis 12.000", None, "range", "in_russia", "unattributed", "pub",
          "the association's own 'Unser Eindruck' after a week of reading (the outlet itself, "
          "no source: unattributed, required)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Antarctica, England, Dominica, Australia, United States, New Zealand)
# ---------------------------------------------------------------------------------------------

X07 = Source(
    article_id="x112_07_rothera_record_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-02-11"),
    dated_by="sidecar",
    sidecar=(
        "The Rothera Record",
        "https://www.rothera-record.example/2025/week-06",
        "A glaciologist from King Sejong drops in",
    ),
    features="a research station's weekly page from Rothera (Antarctica) in HTML, UTF-16 LE with "
        "BOM, no meta date (sidecar, Tuesday), a one-button cookie note about the webcams, "
        "navigation, a footer with an extension number; `<title>` and headline without a figure; "
        "a Korean glaciologist relaying her brother on the army staff 'another' `10,000` before "
        "summer (increment, planned, other, `pub`); Zelensky 'On Sunday' `nearly 4,000` killed "
        "or wounded; the NIS 'last week' 'most of the' `11,000` pulled back from the front "
        "(still in Russia); the Pentagon 'asked on Thursday' `more than 10,000`; Britain's "
        "defence ministry in 'Friday's intelligence update' 'put those still fit to fight at' "
        "`fewer than 8,000` (a third government: other); HUR 'believes' `up to 1,500` 'more' "
        "(undated, increment); the visitor's own `higher than 5,000` ('higher than' as "
        "at_least); people on base, degrees, days, ages",
    text="""\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-16">
<title>The Rothera Record · Week 6</title>
</head>
<body>
<div class="cookie">One cookie remembers which webcam you looked at last. <button>Fine</button>\
</div>
<nav>Station · Science · Webcams · The Rothera Record · Contact</nav>
<article>
<h1>A glaciologist from King Sejong drops in</h1>
<p>The Dash-7 brought fruit, mail and a visitor on Thursday: Dr Han So-ra, 34, an ice-core \
specialist from South Korea’s King Sejong Station, who is spending ten days with our glaciology \
team. There are 96 of us on base; it was minus 3 at lunchtime.</p>
<p>So-ra reads the news from home every morning. Her older brother, a major on the army staff in \
Seoul, “says the talk there is that Kim will send another [[10,000]] before summer”, she told us \
over curry night.</p>
<p>The official numbers are grim. On Sunday Volodymyr Zelensky put the North’s dead and wounded \
in Kursk at [[nearly 4,000]]. Seoul’s spy agency told lawmakers last week that \
most of the [[11,000]] sent had been pulled back from the front since mid-January. The Pentagon, \
asked on Thursday, would only say that [[more than 10,000]] remained in Russia. Britain’s defence \
ministry, in Friday’s intelligence update, put those still fit to fight at [[fewer than 8,000]], \
while Kyiv’s military intelligence believes [[up to 1,500]] more arrived in January.</p>
<p>So-ra thinks the real toll is [[higher than 5,000]]. “Nobody in the North will ever publish a \
list of names,” she said.</p>
<p>Next week: the last Dash-7 of the season, the winter team photo and the vote on the midwinter \
menu.</p>
</article>
<footer>The Rothera Record · Rothera Research Station · editor’s desk, extension 221</footer>
</body>
</html>
""",
    claims=(
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a glaciologist relaying her brother ('says the talk there is', the speaker quoted: "
          "other), 'she told us over curry night' undated: 'another' before summer (increment, "
          "span without the word)", add=True),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'On Sunday' (Tuesday page): killed or wounded ('nearly' as approx)"),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "lastweek",
          "the NIS ('Seoul's spy agency') 'told lawmakers last week': sent, most pulled back "
          "from the front (still in Russia)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "united_states", "thu",
          "the Pentagon 'asked on Thursday': remaining in Russia"),
        C("fewer than 8,000", 8000, "at_most", "near_front", "other", "fri",
          "Britain's defence ministry 'in Friday's intelligence update' (a third government: "
          "other), 'put … at': still fit to fight"),
        C("up to 1,500", 1500, "at_most", "in_russia", "ukraine", "pub",
          "HUR ('Kyiv's military intelligence') 'believes' (present tense, undated): 'more' "
          "arrived in January (increment, span without the word)", add=True),
        C("higher than 5,000", 5000, "at_least", "casualties", "other", "pub",
          "'So-ra thinks' (undated; a scientist speaking for herself: other): the real toll "
          "('higher than' as at_least)"),
    ),
)

X08 = Source(
    article_id="x112_08_hastings_chess_interview_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-01-08"),
    dated_by="front_matter",
    features="a chess club's bulletin from Hastings in Markdown, UTF-8, front matter with `date:` "
        "(Wednesday) and a title without a figure; an interview in question-and-answer form "
        "(bold questions) held 'on Saturday, between the eighth and ninth rounds' (her figures: "
        "Saturday to publication); the interviewer's questions cite Kyiv 'on 23 December' `more "
        "than 3,000`, the White House 'on 27 December' `over 1,000`, the JCS 'in late December' "
        "`11,000` and Budanov 'last week' `about 12,000`; the master relaying her brother, a "
        "spotter near Sumy, `a few hundred` opposite his brigade (other); an echo inside her "
        "brother's words 'Three thousand dead or wounded' (optional); her own `ten or fifteen "
        "thousand` more (range of number words, increment, planned) and `no more than 8,000` "
        "fit to fight; points, rounds, a rating, years, the North's army, players, pounds",
    text="""\
---
title: "Twelve moves from Kharkiv: a Q&A with Iryna Dovzhenko"
date: 2025-01-08
club: Hastings & St Leonards Chess Club
section: Congress special
---

# Twelve moves from Kharkiv

*International Master Iryna Dovzhenko, 29, finished joint third in the Masters at this year's \
Congress with 6½ points from nine games. She came to Bexhill from Kharkiv in 2022 and joined the \
club last spring. We talked on Saturday, between the eighth and ninth rounds; the interview has \
been shortened.*

**Iryna, a good Congress?**

Mostly. I threw away a draw in round five and won a game in twelve moves that I will show my \
pupils for years. A rating of 2,390 at last, so yes.

**Your brother serves in the Ukrainian army. On 23 December Kyiv counted [[more than 3,000]] \
North Korean dead and wounded in Kursk. Is that what he sees?**

He is an artillery spotter near Sumy, so he watches a lot through a drone camera. He told me at \
New Year that opposite his brigade alone there had been [[a few hundred]] of them before they \
were pulled back. I believe Kyiv's number.

**The White House said on 27 December that the North had lost [[over 1,000]] in a single week.**

That fits. They came across open snow in lines, like a textbook from 1950. My brother said it \
was terrible to watch, even from the other side. "[[Three thousand]] dead or wounded, and for \
what?" I keep hearing him say it.

**Seoul's Joint Chiefs of Staff said in late December that Pyongyang was getting ready to \
reinforce the [[11,000]] it had already sent. How many more will come?**

If you ask me, [[ten or fifteen thousand]] more by the summer. Kim has a million men and nothing \
to spend them on at home.

**Kyrylo Budanov, Kyiv's intelligence chief, said last week there were [[about 12,000]] in the \
Kursk region. How many are really fighting?**

Fit to fight, [[no more than 8,000]]. The rest are dead, wounded or digging trenches.

**Will you play in Kharkiv again?**

When the sirens stop. The club there still meets in a basement, forty players on a good night.

*The club meets on Tuesdays at 7.30 p.m. at the Horntye Park pavilion. Juniors under 16 play \
free; adults pay £60 a year.*
""",
    claims=(
        C("more than 3,000", 3000, "at_least", "casualties", "ukraine", "2024-12-23",
          "the interviewer's question: Kyiv 'said on 23 December': killed or wounded"),
        C("a few hundred", None, "vague", "near_front", "other", "sat..pub",
          "the interviewee relaying her brother, a spotter near Sumy (the speaker quoted: "
          "other), interview 'on Saturday' (Saturday to publication): opposite his brigade"),
        C("over 1,000", 1000, "at_least", "casualties", "united_states", "2024-12-27",
          "the interviewer's statement: the White House 'said on 27 December': lost in a "
          "single week"),
        C("Three thousand", 3000, "exact", "casualties", "other", "sat..pub",
          "an echo of the figure above inside her brother's words ('… dead or wounded, and for "
          "what?'): optional", opt=True),
        C("11,000", 11000, "exact", "in_russia", "south_korea", "2024-12-21..2024-12-31",
          "the interviewer's question: the JCS 'in late December' (day 21 to the month's end): "
          "already sent"),
        C("ten or fifteen thousand", None, "range", "planned", "other", "sat..pub",
          "the interviewee's own forecast: 'more by the summer' (two number words: range; "
          "increment, span without the word)", add=True),
        C("about 12,000", 12000, "approx", "near_front", "ukraine", "lastweek",
          "the interviewer's question: Budanov, named before his role, 'said last week': in "
          "the Kursk region"),
        C("no more than 8,000", 8000, "at_most", "near_front", "other", "sat..pub",
          "the interviewee's own estimate: fit to fight ('no more than' as at_most)"),
    ),
)

X09 = Source(
    article_id="x112_09_bay_leaf_grand_bay",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-06-20"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Bay Leaf – Grand Bay Bay-Oil Distillers' Co-operative",
        "https://www.grandbay-bayoil.example/bay-leaf/2025-06",
        "The stills are hot again, and a visitor from Busan",
    ),
    features="a bay-oil distillers' co-operative newsletter from Grand Bay (Dominica) as plain "
        "text, windows-1252 with CRLF (curly quotes), no date in the file (sidecar, Friday); the "
        "harvest first; a Korean whale biologist who 'came up the coast last Saturday' (her "
        "words dated that Saturday) relaying her father, a retired marine colonel, `thirty "
        "thousand` by Christmas (number words, planned, other) and her own `Thousands` 'more' "
        "(vague increment, planned); Shoigu 'On Tuesday' `1,000` sappers and `5,000` builders "
        "(planned, russia); the NIS 'In early June' `roughly 15,000` sent and `more than 4,000` "
        "casualties; a NATO official 'last week' `several thousand` in Kursk; growers, days, "
        "tonnes, a price in EC dollars, ages, seasons, years, dates, a phone number",
    text="""\
THE BAY LEAF
News from the Grand Bay Bay-Oil Distillers’ Co-operative, Dominica
June 2025

The stills are hot again

The first cut of the year went through the stills in May. Thirty-eight growers brought in leaf, \
the two copper stills by the river ran for 19 days, and 2.6 tonnes of oil left for the buyer in \
Grasse at EC$118 a kilo. The new boiler, paid for with the grant, burns a third less wood.

A visitor from Busan

Dr Choi Yu-jin, 41, a Korean marine biologist who has spent three seasons with the sperm whale \
researchers off Roseau, came up the coast last Saturday to buy oil for her mother, a perfumer in \
Busan. Over cocoa tea on the distillery steps she talked about home, and about the North.

Her father is a retired marine colonel. “He says Pyongyang will have [[thirty thousand]] men in \
Russia by Christmas,” Yu-jin told us. “He has watched that army for forty years.”

This week’s news gave him arguments. On Tuesday the Kremlin’s security chief, Sergei \
Shoigu, stood in Pyongyang and announced that the North would send [[1,000]] sappers to clear \
mines in Kursk and [[5,000]] military builders to repair what the fighting has wrecked. In early \
June South Korea’s spy agency told lawmakers that [[roughly 15,000]] North Koreans had gone \
to Russia since October, and that [[more than 4,000]] of those men were now dead or wounded. \
A NATO official, briefing reporters in Brussels last week, said [[several thousand]] were still \
in the Kursk region.

Yu-jin expects the builders to be only the start. “After them come soldiers again,” she said. \
“[[Thousands]] more. You will see.”

Co-op notes
- Leaf intake resumes on 7 July; bring your own sacks.
- Members’ meeting: Saturday 28 June, 4 p.m., at the distillery.
- Office: 767-446-3192
""",
    claims=(
        C("thirty thousand", 30000, "exact", "planned", "other", "sat",
          "a biologist relaying her father ('He says', the speaker quoted: other), 'Yu-jin "
          "told us' on her visit 'last Saturday' (14 June): in Russia by Christmas (number "
          "words; a forecast: planned)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu 'On Tuesday … said in Pyongyang' (Friday newsletter): sappers the North would "
          "send"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same announcement: military builders (a second group, not an increment)"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "the NIS 'In early June' (days 1-10) told lawmakers: gone to Russia since October"),
        C("more than 4,000", 4000, "at_least", "casualties", "south_korea",
          "2025-06-01..2025-06-10", "same briefing: killed or wounded ('of them': a breakdown)"),
        C("several thousand", None, "vague", "near_front", "nato", "lastweek",
          "a NATO official 'briefing reporters in Brussels last week': still in the Kursk "
          "region"),
        C("Thousands", None, "vague", "planned", "other", "sat",
          "the biologist's own expectation ('she said', same visit): soldiers to come after "
          "the builders, 'more' (increment, span without the word)", add=True),
    ),
)

X10 = Source(
    article_id="x112_10_the_jack_tumut",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-09-19"),
    dated_by="dateline", crlf=True,
    features="a bowling club's newsletter from Tumut (New South Wales) as plain text, UTF-8 with "
        "BOM and CRLF, dateline 'TUMUT, 19 September 2025 —' (Friday), straight quotes; spring "
        "greens and pennants first; a retired surveyor born in Sokcho relaying his nephew near "
        "the DMZ `6,000 or 7,000` more builders (range, increment, planned, other) — 'Peter told "
        "us after Saturday's game' dates it — and 'He figures' `north of 20,000` ('north of' as "
        "at_least; Saturday to publication); KCNA 'On Saturday' `thousands` who fought in Kursk "
        "(north_korea, near the front); the NIS 'last week' `some 2,000` killed and `about "
        "3,000` wounded; a Pentagon spokesman 'on Tuesday' `roughly 11,000` along the border; "
        "Russia's defence ministry 'on Monday' `1,000` deminers who cleared Kursk minefields "
        "(russia, near the front); players, wins, years, decades, a fee in dollars, a "
        "centenary, a phone number",
    text="""\
THE JACK
Newsletter of the Tumut River Bowling Club

TUMUT, 19 September 2025 — Spring has reached the greens. The couch is coming back after the \
frosts, the pennant side has won four of its first five games, and Thursday's barefoot bowls \
night drew 58 people, most of whom had never held a bowl before.

Peter's nephew

Peter Kang, 71, has bowled with us for nine years. He was born in Sokcho, came to Australia in \
1979 and spent three decades as a surveyor on the Snowy scheme. His nephew is a sergeant major \
in the South Korean army, posted near the DMZ, and the two talk every Sunday.

"Min-ho says they are getting ready on the other side to send [[6,000 or 7,000]] more builders to \
Russia," Peter told us after Saturday's game against Gundagai. He figures the total who have gone \
is already [[north of 20,000]].

The numbers from the governments are not much smaller. On Saturday North Korea's news agency, \
KCNA, reported that Kim Jong Un had opened a memorial hall for the men who fought in Kursk, \
saying [[thousands]] of them had "smashed the invaders" there. South Korea's spy agency told \
lawmakers last week that the North had lost [[some 2,000]] dead since last autumn, and that \
[[about 3,000]] others lay wounded. A Pentagon spokesman said on Tuesday that [[roughly 11,000]] \
were still posted along Russia's border with Ukraine, and Russia's defence ministry said on \
Monday that [[1,000]] North Korean deminers had swept the last minefields around Sudzha.

Peter is not one for speeches. "Those boys never chose any of it," was all he would add.

Club notes
- Pennant round 6: Saturday 27 September at home against Adelong, 1 p.m. start.
- Barefoot bowls every Thursday from 6 p.m.; $10 includes a sausage.
- The club turns 100 in 2027, and the history committee wants your old photos.
- Secretary: 02 6947 1183
""",
    claims=(
        C("6,000 or 7,000", None, "range", "planned", "other", "sat",
          "a retired surveyor relaying his nephew near the DMZ ('Min-ho says', the speaker "
          "quoted: other), 'Peter told us after Saturday's game': 'more' builders to be sent "
          "(range, increment, span without the word)", add=True),
        C("north of 20,000", 20000, "at_least", "in_russia", "other", "sat..pub",
          "'He figures' right after the Saturday remark (present tense: Saturday to "
          "publication): the total gone ('north of' as at_least)"),
        C("thousands", None, "vague", "near_front", "north_korea", "sat",
          "KCNA 'On Saturday': men who fought in Kursk"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS ('South Korea's spy agency') 'told lawmakers last week': killed"),
        C("about 3,000", 3000, "approx", "casualties", "south_korea", "lastweek",
          "same briefing: wounded"),
        C("roughly 11,000", 11000, "approx", "near_front", "united_states", "tue",
          "a Pentagon spokesman 'said on Tuesday': posted along Russia's border with Ukraine"),
        C("1,000", 1000, "exact", "near_front", "russia", "mon",
          "Russia's defence ministry 'said on Monday': deminers who swept the minefields around "
          "Sudzha (in the Kursk region: near the front)"),
    ),
)

X11 = Source(
    article_id="x112_11_patchwork_post_paducah_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-05-02"),
    dated_by="html_meta",
    features="a quilters' guild page from Paducah (Kentucky) in HTML, windows-1252 (curly quotes "
        "raw, `&middot;`), `<meta name=\"date\">` (Friday), a cookie note about the pattern of "
        "the month, a script, navigation, a footer with a phone number; `<title>` repeating the "
        "headline's `15,000` (optional) and the headline taking the NIS figure below (Wednesday "
        "to publication, hedge dropped); a grandmother relaying her grandson at Osan 'another' "
        "`5,000 or 6,000` ('Betty said at Tuesday's meeting': range, increment, planned, "
        "other); Pyongyang's admission 'On Monday' without a figure; the NIS 'Two days later' "
        "(Wednesday) `about 15,000` sent, `4,700` casualties and `around 600` of them dead (a "
        "breakdown); a US defense official 'last week' `fewer than 3,000` still fighting; HUR "
        "'estimates' `2,000 to 3,000` 'more' in March (range, increment, undated); visitors, "
        "blocks, members, dollars, ages, miles, a meeting date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Patchwork Post – A quilt for Kharkiv and Kim’s [[15,000]]</title>
<meta name="date" content="2025-05-02">
<meta property="og:site_name" content="Four Rivers Quilters’ Guild">
<script>var guild={page:"patchwork-post",issue:"2025-05",block:"sunflower"};</script>
</head>
<body>
<div id="cookies">We keep one cookie so the block-of-the-month pattern opens at the right page. \
<button>Sure</button> <button>Rather not</button></div>
<nav><a href="/">Guild</a> &middot; <a href="/meetings">Meetings</a> &middot; <a \
href="/patterns">Patterns</a> &middot; <a href="/post">Patchwork Post</a> &middot; <a \
href="/join">Join</a></nav>
<article>
<h1>A quilt for Kharkiv and Kim’s [[15,000]]</h1>
<p class="deck">QuiltWeek is over, the sunflower quilt is sold, and one of our members is reading \
the news from Korea with her grandson.</p>
<p>More than 30,000 visitors came through Paducah for QuiltWeek, and our booth sold the raffle \
tickets for the guild’s sunflower quilt, 120 blocks pieced by 31 members since September. It \
raised $4,350 for a children’s hospital in Kharkiv.</p>
<p>Betty Oakes, 78, who pieced the border, has a grandson at Osan Air Base, 40 miles south of \
Seoul. Senior Airman Cody Oakes writes to her every Sunday. “Cody says the word on base is that \
the North will send another [[5,000 or 6,000]] this summer,” Betty said at Tuesday’s meeting.</p>
<h2>What Seoul says</h2>
<p>On Monday Pyongyang admitted for the first time that its soldiers had fought in Kursk. Two days \
later South Korea’s spy agency gave lawmakers its tally: [[about 15,000]] of the North’s troops \
shipped to Russia since last fall, of whom [[4,700]] had been killed or wounded, [[around 600]] of \
them fatally. A US defense official told reporters last week that [[fewer than 3,000]] were still \
fighting in the Kursk region, and Ukraine’s military intelligence estimates that [[2,000 to \
3,000]] more arrived in March.</p>
<p>Betty’s view: “Those are somebody’s grandsons too.”</p>
<p>Next meeting: Tuesday, May 13, 6:30 p.m., at the library annex. Dues are $25 a year. Bring \
scraps for the charity quilts.</p>
</article>
<footer>Four Rivers Quilters’ Guild &middot; Paducah, Kentucky &middot; 270-443-9186</footer>
</body>
</html>
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Kim's …': the NIS figure of Wednesday below (Wednesday to the Friday of "
          "publication, hedge dropped)"),
        C("5,000 or 6,000", None, "range", "planned", "other", "tue",
          "a grandmother relaying her grandson at Osan ('Cody says the word on base', the "
          "speaker quoted: other), 'Betty said at Tuesday's meeting': 'another' this summer "
          "(range, increment, span without the word)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "wed",
          "the NIS 'Two days later' (two days after Monday: Wednesday) told lawmakers: sent "
          "since last fall"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "wed",
          "same briefing: killed or wounded"),
        C("around 600", 600, "approx", "casualties", "south_korea", "wed",
          "same briefing: 'of them fatally' (a breakdown of the casualties)"),
        C("fewer than 3,000", 3000, "at_most", "near_front", "united_states", "lastweek",
          "'A US defense official told reporters last week': still fighting in Kursk"),
        C("2,000 to 3,000", None, "range", "in_russia", "ukraine", "pub",
          "HUR 'estimates' (present tense, undated): 'more' arrived in March (range, increment, "
          "span without the word)", add=True),
    ),
)

X12 = Source(
    article_id="x112_12_the_drone_waipu_md",
    language="en", fmt="md", encoding="latin-1", published=day("2024-12-12"),
    dated_by="sidecar",
    sidecar=(
        "The Drone – Waipu Caledonian Pipe Band",
        "https://www.waipu-pipeband.example/the-drone/christmas-2024",
        "Tuning up for Hogmanay, and a drummer's worry",
    ),
    features="a pipe band's newsletter from Waipu (Northland) in Markdown, ISO-8859-1 with "
        "straight quotes and `--`, front matter without a date (sidecar, Thursday) and a title "
        "without a figure; a drummer relaying his cousin on national service `up to 30,000` by "
        "next summer ('Daniel said at Tuesday's practice': planned, other); a State Department "
        "spokesman 'On Tuesday' `more than 10,000` in Kursk; Rutte 'last week' `well over "
        "10,000` sent ('well over' as at_least); HUR 'at the weekend' `several thousand` in "
        "assaults; the NIS 'reckons' `about 11,000` (undated); the newsletter's own 'Put all "
        "that together' `somewhere near 12,000` (unattributed, required; 'somewhere near' as "
        "approx); engagements, pipers, years, visitors, dollars, a practice time, a phone "
        "number",
    text="""\
---
title: "The Drone"
band: Waipu Caledonian Pipe Band
issue: Christmas 2024
---

# Tuning up for Hogmanay, and a drummer's worry

*Fourteen engagements this year, two new pipers, one new bass drum head and a band that can now \
march and play at the same time -- most of the time.*

## From the band room

The Games on New Year's Day are first on the list again. The Caledonian Society has held them \
since 1871, and last January about 4,000 people watched us lead the march past. The new bass \
drum head cost $640, half of it raised at the sausage sizzle outside the museum.

## Daniel's cousin

Our lead tip, Daniel Seo, 24, was born in Whangarei to parents from Gangneung. His cousin Jun-ho \
is doing his national service with an infantry division on the eastern front line in Korea, and \
the two message each other most nights. "Jun-ho says in his unit they talk about [[up to \
30,000]] going to Russia by next summer," Daniel said at Tuesday's practice.

The news from Europe has been getting worse. On Tuesday a US State Department spokesman said \
[[more than 10,000]] North Korean soldiers were in Russia's Kursk region and that some had begun \
to fight. Nato's secretary-general, Mark Rutte, had told foreign ministers in Brussels last week \
that [[well over 10,000]] had been sent. Kyiv's military intelligence said at the weekend that \
[[several thousand]] of them were now joining Russian marines in assaults. South Korea's spy \
agency reckons [[about 11,000]] have gone in all.

Put all that together and the North's men in Russia come by now to [[somewhere near \
12,000]]. Daniel will be on the drum line at the Games all the same.

## Notices

- Practice: Tuesdays, 7 p.m., at the band hall behind the museum.
- Subs for 2025 stay at $50; learners free.
- Pipe Major Alasdair McKay: 09 432 0715
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "other", "tue",
          "a drummer relaying his cousin on national service ('Jun-ho says', the speaker quoted: "
          "other), 'Daniel said at Tuesday's practice': going to Russia by next summer (a "
          "forecast: planned)"),
        C("more than 10,000", 10000, "at_least", "near_front", "united_states", "tue",
          "a State Department spokesman 'On Tuesday' (Thursday newsletter): in the Kursk region, "
          "some fighting"),
        C("well over 10,000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "Rutte 'had told foreign ministers in Brussels last week': sent ('well over' as "
          "at_least)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "sat..sun",
          "HUR ('Kyiv's military intelligence') 'said at the weekend' (Saturday-Sunday): "
          "joining Russian marines in assaults"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "pub",
          "the NIS ('South Korea's spy agency') 'reckons' (present tense, undated): gone in "
          "all"),
        C("somewhere near 12,000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own 'Put all that together' (no source: unattributed, required): "
          "in Russia by now ('somewhere near' as approx)"),
    ),
)

SOURCES: tuple[Source, ...] = (
    X01, X02, X03, X04, X05, X06,
    X07, X08, X09, X10, X11, X12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
