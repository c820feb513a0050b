"""Build the HUNDRED-AND-TWENTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-twenty-fifth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
basket makers' co-operative's customer letter from Lichtenfels with a bamboo weaver from Damyang,
an arnica growers' association's members' letter from Teuschnitz in the Frankenwald with a
pharmacist from the Carpathians, an Easter well club's review from Pottenstein in Franconian
Switzerland with an egg painter from Verkhovyna, a readers' letters page from a Naila weekly with
letters quoting relatives, a reed cutters' co-operative's winter letter from Illmitz in the
Seewinkel (Burgenland, Austrian conventions) with a Transcarpathian cutting crew, a string music
ensemble's patrons' letter from Gais (Appenzell, Swiss conventions) with a gayageum player from
Namwon; an agency-style wire report from Goroka on a Korean coffee roasters' buying trip, an
orchid society's show notes from Mount Hagen with a botanist from Kyiv, a green iguana project's
supporters' letter from San Ignacio in Belize with a reptile vet from Lviv, a cashew festival
committee's page from Crooked Tree with a Korean volunteer teacher, a tidal test site's community
newsletter from Stromness with an engineer from Ulsan and a welder from Mykolaiv, and a boys'
ploughing match committee's notes from St Margaret's Hope on South Ronaldsay with a family from
Zaporizhzhia. Same file format, marker syntax and labelling conventions as the other corpora
(see their READMEs): every claim figure in an article below is marked `[[like this]]` and
labelled, in order, by the article's `claims`. Nothing is re-implemented here: rendering,
encoding, checks, CSV writing and the README table are the first builder's own functions, loaded
from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind123_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Upper Franconia, Burgenland, Appenzell)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s123_01_korbbrief_lichtenfels_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-22"),
    dated_by="html_meta",
    features="a basket makers' co-operative's customer letter from Lichtenfels (Upper Franconia) "
        "in HTML, UTF-8, `<meta name=\"date\">` (Friday), a cookie note about the wish list, a "
        "page script, navigation, a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; a bamboo weaver from Damyang relaying her brother, a conscript "
        "in Cheorwon (`Er schreibe ihr jede Woche, erzählt sie`, Konjunktiv), `etlichen tausend` "
        "taken to Russia (other, `pub`); the NIS 'am 13. November' `mehr als 10.000` in combat in "
        "Kursk; the Pentagon 'zwei Tage vorher' `rund 11.000` (a relative day before an explicit "
        "one: 11 to 13 November); 'Präsident Selenskyj zufolge' `Dutzende` dead and wounded "
        "(`pub`); HUR 'hält man es für möglich' `bis zu 100.000` ('aufstocken auf': a new total, "
        "not an increment, planned); Rutte 'sagte am Dienstag' `Tausenden` 'weiteren' (increment, "
        "planned); the weaver 'schätzt' `an die 30.000` by summer (other, planned, `pub`); "
        "Russia's daily losses, baskets, weavers, visitors, kilometres, millimetres, euros, a "
        "course date, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kundenbrief &ndash; Flechtwerk-Genossenschaft Lichtenfels</title>
<meta name="date" content="2024-11-22">
<meta name="description" content="Neues aus der Werkstatt am Main: Kopfweiden, Adventskörbe und \
ein Gast aus Korea.">
<script>var fwg={seite:"kundenbrief",merkzettel:[],heft:"2024-11"};</script>
</head>
<body>
<div id="cookie">Ein einziges Cookie hält Ihren Merkzettel fest, bis Sie wiederkommen. <a href="#" \
class="zu">In Ordnung</a></div>
<nav><a href="/">Start</a> &middot; <a href="/werkstatt">Werkstatt</a> &middot; <a \
href="/kundenbrief">Kundenbrief</a> &middot; <a href="/laden">Laden am Marktplatz</a> &middot; <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Bambus aus Damyang, Weiden vom Main</h1>
<p>Liebe Kundinnen und Kunden, in den Auen unterhalb von Schney werden bald die Kopfweiden \
geschnitten, und in der Werkstatt weichen die ersten Ruten schon im Wasserbad. Für die \
Adventsmärkte haben unsere elf Flechterinnen und Flechter seit September gut 1.400 Stücke \
gefertigt: Brotkörbe, Holzkörbe, Puppenwiegen und zum ersten Mal eine kleine Reihe \
Lampenschirme.</p>
<p>Drei Wochen lang saß eine Meisterin aus Südkorea mit am Werktisch. Kwon Hye-rin, 31, stammt aus \
Damyang in der Provinz Süd-Jeolla, wo man seit Jahrhunderten Bambus verarbeitet, und flicht dort \
in dritter Generation Fächer und Reiskörbe. Sie hat uns gezeigt, wie man ein Rohr in Streifen von \
einem halben Millimeter spaltet; wir haben ihr dafür das Zuschlagen mit dem Klopfeisen \
beigebracht.</p>
<h2>Ein Bruder am Zaun</h2>
<p>In der Vesperpause ging es oft um den Norden. Hye-rins jüngerer Bruder leistet seinen \
Wehrdienst in Cheorwon, keine zwei Kilometer von der Demarkationslinie entfernt. Er schreibe ihr \
jede Woche, erzählt sie. Drüben seien im Herbst ganze Kasernen leer geworden, und unter den \
Kameraden rede man von [[etlichen tausend]] Mann, die inzwischen nach Russland gebracht worden \
seien.</p>
<p>Die Zahlen aus den Hauptstädten weisen in dieselbe Richtung. Südkoreas Geheimdienst NIS \
unterrichtete die Abgeordneten in Seoul am 13. November, [[mehr als 10.000]] Nordkoreaner stünden \
inzwischen im Gebiet Kursk im Gefecht. Das Pentagon hatte zwei Tage vorher von [[rund 11.000]] \
Soldaten aus dem Norden in dieser Grenzregion gesprochen. Präsident Selenskyj zufolge haben die \
Einheiten aus Pjöngjang bei den ersten Kämpfen schon [[Dutzende]] Tote und Verwundete zu \
beklagen.</p>
<p>Beim ukrainischen Militärgeheimdienst hält man es für möglich, dass Kim sein Kontingent bis zum \
Frühjahr auf [[bis zu 100.000]] Mann aufstockt. Nato-Generalsekretär Mark Rutte sagte am Dienstag, \
das Bündnis müsse mit [[Tausenden]] weiteren Soldaten aus dem Norden rechnen. Die Verluste der \
russischen Armee gibt Kiew derweil mit über 1.500 Mann pro Tag an.</p>
<p>Hye-rin selbst glaubt nicht an ein schnelles Ende. Sie schätzt, dass bis zum Sommer [[an die \
30.000]] Nordkoreaner in Russland sein werden. &bdquo;Bei uns in Damyang flicht man Körbe für den \
Reis, drüben flicht man Ketten&ldquo;, sagte sie am letzten Abend und legte uns einen Fächer auf \
den Tisch.</p>
<h2>Aus der Werkstatt</h2>
<p>Der Fächer hängt jetzt im Laden am Marktplatz. Ein großer Holzkorb aus ungeschälter Weide \
kostet bei uns 89 Euro, der Brotkorb 24 Euro. Zum Korbmarkt im September kamen nach Schätzung der \
Stadt wieder rund 60.000 Besucher. Die Flechtkurse für Anfänger beginnen am 11. Januar, sechs \
Abende zu je drei Stunden.</p>
</article>
<footer>Flechtwerk-Genossenschaft Lichtenfels eG &middot; 96215 Lichtenfels &middot; Telefon 09571 \
74 38 20 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/merkzettel.js?v=2"></script>
</body>
</html>
""",
    claims=(
        C("etlichen tausend", None, "vague", "in_russia", "other", "pub",
          "a weaver relaying her brother, a conscript at the border ('Er schreibe ihr jede "
          "Woche, erzählt sie', the speaker quoted: other, no day), Konjunktiv: taken to Russia"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "south_korea", "2024-11-13",
          "the NIS 'unterrichtete die Abgeordneten … am 13. November': in combat in Kursk"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states",
          "2024-11-11..2024-11-13",
          "the Pentagon 'zwei Tage vorher' (before 13 November; a relative date spans from the "
          "resolved day to its anchor): in the border region"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "pub",
          "'Präsident Selenskyj zufolge' (undated): dead and wounded in the first fighting"),
        C("bis zu 100.000", 100000, "at_most", "planned", "ukraine", "pub",
          "HUR 'hält man es für möglich' (undated): the contingent raised 'auf' this total by "
          "spring (a new total, not an increment; planned)"),
        C("Tausenden", None, "vague", "planned", "nato", "tue",
          "Rutte 'sagte am Dienstag' (19 November, Friday letter): 'weiteren' to be reckoned "
          "with (increment after the figure, planned)", add=True),
        C("an die 30.000", 30000, "approx", "planned", "other", "pub",
          "the weaver 'schätzt' (undated): in Russia by summer ('an die' as approx; a "
          "forecast: planned)"),
    ),
)

S02 = Source(
    article_id="s123_02_arnikabrief_teuschnitz",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-07-11"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Arnikaverein Teuschnitz – Mitgliederbrief",
        "https://www.arnikaverein-teuschnitz.example/mitgliederbrief/juli-2025",
        "Gelbe Wiesen und ein Gast aus den Karpaten",
    ),
    features="an arnica growers' association's members' letter from Teuschnitz (Frankenwald, Upper "
        "Franconia) as plain text, windows-1252 with CRLF (`„“`, `–`), no date in the file "
        "(sidecar, Friday); the arnica harvest first; a pharmacist from Yaremche in the "
        "Carpathians and her husband, a military doctor near Sumy; the NIS 'Ende Juni' `etwa "
        "6.000` sappers and builders 'zusätzlich zugesagt' (increment after the figure, planned); "
        "KCNA 'Am Montag' `mehrere hundert` off to clear mines in Kursk (north_korea, near the "
        "front); the Kursk governor 'tags darauf' (Tuesday) `rund tausend` deminers (number word, "
        "russia); HUR 'meldete am Donnerstag', carried by Konjunktiv into the next sentence, "
        "`25.000 bis 30.000` 'weitere' (range, increment, planned); 'Im US-Außenministerium geht "
        "man davon aus' `mindestens 2.000` fallen (`pub`); the husband, relayed ('erzählt sie'), "
        "`zwei` wounded prisoners (number word, casualties, other); the letter's own sum 'Zählt "
        "man zusammen, … kommt man auf' `knapp 20.000` (unattributed, required); Russia's daily "
        "losses as a number word ('Bei tausend am Tag'), kilograms, meadows, helpers, millilitres, "
        "euros, dates, a phone number",
    text="""\
Arnikaverein Teuschnitz e.V. – Mitgliederbrief Juli 2025

Gelbe Wiesen und ein Gast aus den Karpaten

Liebe Mitglieder,

die Arnika hat in diesem Sommer früh geblüht. Auf unseren sechs Vertragswiesen rund um Teuschnitz \
haben 23 Helferinnen und Helfer an vier Wochenenden knapp 180 Kilogramm Blütenköpfe von Hand \
gepflückt; auf dem Trockenboden der alten Schule liegen sie jetzt auf Leinentüchern. Die Apotheke \
in Kronach nimmt davon 60 Kilogramm für Tinktur, der Rest geht in unsere Salbenküche. Ein Tiegel \
mit 50 Millilitern kostet weiter 9,50 Euro.

Mitgepflückt hat in diesem Jahr Halyna Dmytruk, 48, Apothekerin aus Jaremtsche im ukrainischen \
Teil der Karpaten. Dort wächst die Arnika auf den Bergweiden der Huzulen, und Halyna sammelt sie, \
seit sie laufen kann. Eine Stiftung hat ihr einen Monat im Frankenwald bezahlt; sie hat unsere \
Trocknung begutachtet und uns gezeigt, wie man in den Karpaten einen Ölauszug ansetzt.

Halyna liest morgens beim Kaffee die Nachrichten, und seit Juni kommt darin immer öfter Nordkorea \
vor. Ende Juni teilte der südkoreanische Geheimdienst NIS mit, Pjöngjang habe Moskau [[etwa \
6.000]] Pioniere und Militärbauarbeiter zusätzlich zugesagt. Am Montag meldete die Staatsagentur \
KCNA, [[mehrere hundert]] von ihnen seien bereits zum Minenräumen ins Gebiet Kursk aufgebrochen. \
Der Gouverneur dieses Gebiets erklärte tags darauf, bei ihm seien [[rund tausend]] nordkoreanische \
Minenräumer im Einsatz.

Der ukrainische Militärgeheimdienst meldete am Donnerstag, der Norden plane eine noch größere \
Entsendung. Bis zum Herbst könnten [[25.000 bis 30.000]] weitere Soldaten folgen, ein Teil davon \
für Fabriken und Baustellen. Die Ausbildung laufe bereits. Im US-Außenministerium geht man davon \
aus, dass seit dem vergangenen Herbst [[mindestens 2.000]] Nordkoreaner gefallen sind.

Halynas Mann ist Militärarzt in einem Lazarett bei Sumy. Im Frühjahr, erzählt sie, habe er \
[[zwei]] verwundete Nordkoreaner behandelt, die in Gefangenschaft geraten waren. „Sie hatten \
Angst, dass man sie zurückschickt“, sagt Halyna. Die russischen Verluste, die Kiew jeden Morgen \
meldet, liest sie schon lange nicht mehr: „Bei tausend am Tag hört man auf zu rechnen.“

Zählt man zusammen, was Seoul seit Oktober gemeldet hat, kommt man auf [[knapp 20.000]] \
Nordkoreaner, die bisher nach Russland geschickt wurden. Für einen Krieg, der angeblich nichts mit \
Pjöngjang zu tun hat, ist das eine stattliche Zahl.

Termine
– Salbenküche: jeden zweiten Mittwoch ab 18 Uhr im Pfarrheim
– Wiesenbegehung mit dem Naturpark am 26. Juli, Treffpunkt 10 Uhr an der Wallfahrtskirche
– Halyna fliegt am 20. Juli zurück; ihre Spendenbüchse für das Lazarett steht bis dahin im Hofladen.
Kontakt: 09268 91 44 07
""",
    claims=(
        C("etwa 6.000", 6000, "approx", "planned", "south_korea", "2025-06-21..2025-06-30",
          "the NIS 'Ende Juni teilte … mit' (day 21 to the month's end), Konjunktiv: sappers "
          "and builders 'zusätzlich zugesagt' (increment after the figure, planned)", add=True),
        C("mehrere hundert", None, "vague", "near_front", "north_korea", "mon",
          "KCNA 'Am Montag meldete' (7 July, Friday letter): left to clear mines in the Kursk "
          "region (bound for Kursk: near the front)"),
        C("rund tausend", 1000, "approx", "near_front", "russia", "tue",
          "the Kursk governor 'erklärte tags darauf' (the day after Monday: 8 July): deminers at "
          "work there (number word)"),
        C("25.000 bis 30.000", None, "range", "planned", "ukraine", "thu",
          "HUR 'meldete am Donnerstag' (10 July), carried by Konjunktiv into the next sentence: "
          "'weitere' could follow by autumn (range, increment, planned)", add=True),
        C("mindestens 2.000", 2000, "at_least", "casualties", "united_states", "pub",
          "'Im US-Außenministerium geht man davon aus' (undated): fallen since last autumn"),
        C("zwei", 2, "exact", "casualties", "other", "pub",
          "a pharmacist relaying her husband, a military doctor ('erzählt sie', no day; the "
          "speaker quoted: other): wounded prisoners he treated (number word; captured)"),
        C("knapp 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the letter's own sum ('Zählt man zusammen, … kommt man auf', no source: "
          "unattributed, required): sent to Russia so far"),
    ),
)

S03 = Source(
    article_id="s123_03_osterbrunnen_pottenstein_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-25"),
    dated_by="front_matter",
    features="an Easter well club's review from Pottenstein (Franconian Switzerland, Upper "
        "Franconia) in Markdown, UTF-8 with BOM, front matter with `date:` (Friday) and a title "
        "without a figure; the decorated well first, with `11.200` painted eggs (a hard negative "
        "next to the troop figures); an egg painter from Verkhovyna relaying her son, a gunner "
        "near Sumy, who 'Zu Ostern habe … geschrieben' (Good Friday to Easter Monday), Konjunktiv, "
        "`an die zweihundert` lost (number word, approx, other); the Ukrainian general staff 'am "
        "Gründonnerstag' (17 April) `mehrere tausend` at the Sumy border; the NIS 'Anfang April' "
        "(days 1-10) 'eine Bilanz gezogen', carried by Konjunktiv into the next sentence: `rund "
        "11.000` sent, `nahezu 4.000` killed or wounded ('nahezu' as approx) and 'weitere' `3.000` "
        "replacements (increment before the figure); the commander of US forces in Korea 'am 10. "
        "April' `bis zu 15.000` by summer (planned); Moscow without a figure; the painter 'geht "
        "davon aus' `Zehntausende` (other, planned, `pub`); eggs, members, coaches, euros, a "
        "meeting date, a phone number",
    text="""\
---
title: "Nachlese: Unser Osterbrunnen 2025"
date: 2025-04-25
verein: Osterbrunnenfreunde Pottenstein e.V.
---

# Nachlese: Unser Osterbrunnen 2025

Seit Mittwoch ist der Brunnen am Marktplatz wieder abgeschmückt, die Girlanden liegen in Kisten \
auf dem Dachboden des Rathauses. Drei Wochen lang hingen an Krone und Bögen 11.200 handbemalte \
Eier, so viele wie noch nie; 38 Vereinsmitglieder haben dafür seit Januar an den Dienstagabenden \
gemalt, gebunden und geflickt. Nach Zählung des Verkehrsamts kamen in der Osterzeit 214 Reisebusse \
in unser Städtchen.

## Eier aus den Karpaten

Ein Teil der Eier stammt in diesem Jahr aus der Ukraine. Oksana Fedoriw, 56, lebt seit 2022 in \
Pottenstein und hat früher in Werchowyna Malkurse für Kinder gegeben. Mit Wachs und Nadel hat sie \
im Pfarrsaal jungen und alten Pottensteinern gezeigt, wie man die huzulischen Muster aufträgt – \
600 ihrer Eier hingen am Brunnen.

Ihr Sohn Taras dient in einer Artilleriebrigade im Gebiet Sumy. Zu Ostern habe er ihr geschrieben, \
erzählt Oksana. Die Nordkoreaner auf der anderen Seite seien im Winter in dichten Reihen über das \
offene Feld gekommen. Allein vor seinem Abschnitt hätten sie [[an die zweihundert]] Mann verloren. \
Jetzt grüben sie sich ein und warteten.

## Was gemeldet wird

Der ukrainische Generalstab meldete am Gründonnerstag, an der Grenze zum Gebiet Sumy seien erneut \
nordkoreanische Einheiten aufgetaucht, [[mehrere tausend]] Mann stark. Südkoreas Geheimdienst \
hatte Anfang April eine Bilanz gezogen. Von den [[rund 11.000]] Soldaten, die Pjöngjang im Herbst \
geschickt habe, seien [[nahezu 4.000]] getötet oder verwundet worden; seit Jahresbeginn seien \
weitere [[3.000]] als Ersatz nachgerückt.

Der Befehlshaber der amerikanischen Truppen in Südkorea sagte am 10. April vor einem Ausschuss des \
Senats, bis zum Sommer könnten es [[bis zu 15.000]] sein. Aus Moskau kommt dazu nichts; der Kreml \
spricht weiterhin nicht über Soldaten aus dem Norden.

Oksana geht davon aus, dass am Ende [[Zehntausende]] Nordkoreaner diesen Krieg gesehen haben \
werden. „Ein Ei ist schnell bemalt und schnell zerbrochen“, sagt sie. „Mit Menschen ist es nicht \
anders.“

## Vereinsnachrichten

- In der Spendenkasse am Brunnen lagen 3.480 Euro; die Hälfte geht an ein Krankenhaus in Werchowyna.
- Die Jahreshauptversammlung ist am 16. Mai um 19.30 Uhr im Gasthof zur Post.
- Wer Eier für 2026 ausblasen möchte, meldet sich bei Oksana: Telefon 09243 70 15 62.
""",
    claims=(
        C("an die zweihundert", 200, "approx", "casualties", "other", "2025-04-18..2025-04-21",
          "an egg painter relaying her son, a gunner near Sumy ('Zu Ostern habe er ihr "
          "geschrieben, erzählt Oksana': Good Friday to Easter Monday; the speaker quoted: "
          "other), Konjunktiv: lost in front of his sector (number word, 'an die' as approx)"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "2025-04-17",
          "the general staff 'meldete am Gründonnerstag' (17 April): at the Sumy border"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "the NIS 'hatte Anfang April eine Bilanz gezogen' (days 1-10), carried by Konjunktiv "
          "into the next sentence: sent in the autumn"),
        C("nahezu 4.000", 4000, "approx", "casualties", "south_korea", "2025-04-01..2025-04-10",
          "same statement: killed or wounded ('nahezu' as approx)"),
        C("3.000", 3000, "exact", "in_russia", "south_korea", "2025-04-01..2025-04-10",
          "same statement: 'weitere' replacements arrived since January (increment, span "
          "without the word)", add=True),
        C("bis zu 15.000", 15000, "at_most", "planned", "united_states", "2025-04-10",
          "the commander of US forces in Korea 'sagte am 10. April vor einem Ausschuss des "
          "Senats': could be by summer (planned)"),
        C("Zehntausende", None, "vague", "planned", "other", "pub",
          "the painter 'geht davon aus' (undated): will have seen this war in the end"),
    ),
)

S04 = Source(
    article_id="s123_04_leserbriefe_naila_md",
    language="de", fmt="md", encoding="utf-16", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "Frankenwald-Rundschau",
        "https://www.frankenwald-rundschau.example/meinung/leserbriefe-woche-51",
        "Leserbriefe",
    ),
    features="a readers' letters page from a Naila weekly (Frankenwald, Upper Franconia) in "
        "Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, Thursday) and a title "
        "without a figure; four letters under their own headings; a Russian-German reader relaying "
        "her cousin in Lgov ('Am Sonntag schrieb sie mir', Konjunktiv) `mehrere hundert` billeted "
        "in the next village (other, near the front); a Ukrainian mother relaying her son, a drone "
        "pilot ('Er sagt'), `rund 200` lost in one day (other, `pub`); a reader answering the "
        "paper's own comment 'vom 12. Dezember' `12.000` (unattributed, an ISO date), the NIS "
        "'vorige Woche' `rund 100` fallen and `fast 1.000` wounded, and the White House 'am "
        "Montag' `mehreren hundert` dead and wounded; a retired lieutenant colonel 'rechnet damit' "
        "'weitere' `10.000` (increment before the figure, planned, other, `pub`); years of "
        "service, a week number, a postcode, a phone number",
    text="""\
---
title: "Leserbriefe"
rubrik: Meinung
ausgabe: Woche 51
---

# Leserbriefe

## Einquartiert in Lgow

Meine Cousine Tamara lebt in Lgow im Gebiet Kursk. Am Sonntag schrieb sie mir, im Nachbardorf \
seien [[mehrere hundert]] Koreaner in der Schule und in leeren Scheunen einquartiert. Sie grüßten \
höflich und sprächen mit niemandem, und im russischen Fernsehen komme davon kein Wort.

*Irina Schäfer, Naila*

## Mein Sohn

Mein Sohn Dmytro fliegt Drohnen im Gebiet Kursk. Er sagt, die Nordkoreaner liefen in langen Ketten \
über die Felder, ohne jede Deckung. An einem einzigen Tag hätten sie vor seiner Stellung [[rund \
200]] Mann verloren. Ich bete für ihn und auch für diese Jungen.

*Ljudmyla Bondar, Schwarzenbach am Wald*

## Veraltete Zahlen

Ihr Kommentar vom 12. Dezember spricht von [[12.000]] Nordkoreanern in Russland, als sei damit \
alles gesagt. Südkoreas Geheimdienst hat doch vorige Woche gemeldet, dass schon [[rund 100]] von \
ihnen gefallen und [[fast 1.000]] verwundet seien. Das Weiße Haus sprach am Montag sogar von \
[[mehreren hundert]] Toten und Verwundeten.

*Gerhard Müller, Selbitz*

## Es kommen mehr

Ich war 32 Jahre Soldat, zuletzt beim Stab in Hof. Ich rechne damit, dass Pjöngjang im Frühjahr \
weitere [[10.000]] Mann schickt, sobald die ersten Lücken sichtbar werden.

*Werner Hübner, Oberstleutnant a. D., Naila*

*Danke für die vielen Zuschriften zu unserer Serie über Familien aus der Ukraine im Landkreis \
Hof.*

*Leserbriefe geben nicht die Meinung der Redaktion wieder; Kürzungen behalten wir uns vor. \
Zuschriften an: Frankenwald-Rundschau, Marktplatz 5, 95119 Naila, Telefon 09282 96 31 10*
""",
    claims=(
        C("mehrere hundert", None, "vague", "near_front", "other", "sun",
          "a reader relaying her cousin in the Kursk region ('Am Sonntag schrieb sie mir', "
          "15 December; the speaker quoted: other), Konjunktiv: billeted in the next village"),
        C("rund 200", 200, "approx", "casualties", "other", "pub",
          "a mother relaying her son, a drone pilot ('Er sagt', undated letter): lost in one "
          "day in front of his position"),
        C("12.000", 12000, "exact", "in_russia", "unattributed", "2024-12-12",
          "a reader citing the paper's own comment 'vom 12. Dezember' (no source: "
          "unattributed, required): in Russia"),
        C("rund 100", 100, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'hat doch vorige Woche gemeldet', Konjunktiv: fallen"),
        C("fast 1.000", 1000, "approx", "casualties", "south_korea", "lastweek",
          "same statement: wounded ('fast' as approx)"),
        C("mehreren hundert", None, "vague", "casualties", "united_states", "mon",
          "the White House 'sprach am Montag' (16 December, Thursday paper): dead and wounded"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "a retired lieutenant colonel 'rechnet damit' (undated): 'weitere' in spring "
          "(increment before the figure, planned)", add=True),
    ),
)

S05 = Source(
    article_id="s123_05_schilfbrief_illmitz_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-21"),
    dated_by="sidecar",
    sidecar=(
        "Schilfgenossenschaft Seewinkel",
        "https://www.schilf-seewinkel.example/rundbrief/feber-2025",
        "Eis, Schilf und ein Brief aus Kursk",
    ),
    features="a reed cutters' co-operative's winter letter from Illmitz (Seewinkel, Burgenland) in "
        "HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`), no meta date (sidecar, Friday), Austrian conventions (`heuer`, `Jänner`, "
        "`Feber`, `vorige Woche`), a cookie note about the ice map, a script, navigation, a footer "
        "with a phone number; `<title>` and headline without a figure; the ice harvest first; a "
        "Transcarpathian cutting crew's foreman relaying his nephew, a drone pilot in Kursk "
        "('erzählte Ferenc vorige Woche', Konjunktiv over several sentences), `über 500` fallen or "
        "wounded (other, `lastweek`), with a unit size 'in Gruppen von 20 bis 30 Mann' (not a "
        "claim); the NIS 'am Mittwoch' and, by pronoun ('Er bezifferte'), `rund 300` dead and "
        "'weitere' `2.700` wounded ('weitere' = the others of the same count: not an increment); "
        "'Aus Washington hieß es am Dienstag' `Tausende` in reserve in Russia; a NATO official "
        "'Anfang Feber' `etwa 11.000` stationed in Russia (days 1-10); 'Laut dem … "
        "Militärgeheimdienst' 'im Feber' `einige tausend` 'Nachschub' (increment, this month); the "
        "foreman 'schätzt' 'noch einmal' `10.000` (increment, planned, other, `pub`); bundles, "
        "hectares, centimetres, men, days, euros, a meeting date, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="iso-8859-1">
<title>Rundbrief &ndash; Schilfgenossenschaft Seewinkel</title>
<script>var sgs={seite:"rundbrief",saison:"2024/25",eiskarte:true};</script>
</head>
<body>
<div class="cookies">Ein Cookie sorgt dafür, dass die Eiskarte beim nächsten Besuch gleich die \
richtige Bucht zeigt. <button>Alles klar</button></div>
<nav><a href="/">Start</a> | <a href="/schilf">Schilf &amp; Dach</a> | <a \
href="/rundbrief">Rundbrief</a> | <a href="/mitglieder">Mitglieder</a> | <a \
href="/kontakt">Kontakt</a></nav>
<main>
<h1>Eis, Schilf und ein Brief aus Kursk</h1>
<p>Liebe Mitglieder, heuer hat uns der See lange warten lassen. Erst Mitte Jänner trug das Eis in \
der Illmitzer Bucht unsere Erntemaschinen, und Anfang Feber war es mit zwölf Zentimetern schon \
wieder zu dünn. In diesen drei Wochen haben die Mannschaften trotzdem rund 140.000 Bund Schilf \
geschnitten, gebunden und an Land gebracht. Die Dachdecker aus Holland und Dänemark haben ihre \
95.000 Bund bereits abgeholt.</p>
<p>Geschnitten hat auch heuer wieder die Partie von Ferenc Sipos aus Wynohradiw in Transkarpatien: \
neun Männer, die seit 2016 jeden Winter in den Seewinkel kommen. Ferenc spricht Ungarisch, \
Ukrainisch und inzwischen ein recht ordentliches Burgenländisch.</p>
<h2>Ferencs Neffe</h2>
<p>Sein Neffe Zoltán fliegt Aufklärungsdrohnen für eine Brigade im russischen Gebiet Kursk. Was \
der ihm schreibe, erzählte Ferenc vorige Woche beim Aufwärmen in der Hütte, klinge nicht nach \
Heldentum. Die Nordkoreaner seien im Jänner in Gruppen von 20 bis 30 Mann über die verschneiten \
Felder gekommen. Bis Ende des Monats habe die Brigade [[über 500]] von ihnen als gefallen oder \
verwundet gezählt. Seither sei es ruhiger.</p>
<h2>Die Zahlen der Regierungen</h2>
<p>Der südkoreanische Geheimdienst NIS erklärte am Mittwoch in Seoul, die nordkoreanischen Truppen \
seien seit Mitte Jänner nicht mehr an der Front gesehen worden. Er bezifferte ihre Verluste auf \
[[rund 300]] Tote, weitere [[2.700]] seien verwundet worden. Aus Washington hieß es am Dienstag, \
[[Tausende]] stünden in Russland in Reserve und könnten jederzeit zurück. Ein Nato-Beamter hatte \
Anfang Feber von [[etwa 11.000]] gesprochen, die weiterhin in Russland stationiert seien. Laut dem \
ukrainischen Militärgeheimdienst sind im Feber außerdem [[einige tausend]] Mann Nachschub \
eingetroffen.</p>
<p>Ferenc glaubt nicht, dass es dabei bleibt. Er schätzt, dass Kim im Frühjahr noch einmal \
[[10.000]] schickt. &bdquo;Wer einmal angefangen hat, Menschen zu verkaufen, hört nach der ersten \
Lieferung nicht auf&ldquo;, sagte er.</p>
<h2>Aus der Genossenschaft</h2>
<p>Der Bund Dachschilf kostet heuer 3,20 Euro ab Lager. Die Generalversammlung ist am 14. März um \
18 Uhr im Gemeindezentrum; Anträge bitte bis 28. Feber. Ferenc und seine Partie fahren am Sonntag \
heim &ndash; wir danken für 43 Tage Arbeit auf dem Eis.</p>
</main>
<footer>Schilfgenossenschaft Seewinkel &middot; Obere Hauptstraße 12 &middot; 7142 Illmitz \
&middot; Tel. 02175 22 81 &middot; <a href="/datenschutz">Datenschutz</a></footer>
<script src="/js/eiskarte.js"></script>
</body>
</html>
""",
    claims=(
        C("über 500", 500, "at_least", "casualties", "other", "lastweek",
          "a foreman relaying his nephew, a drone pilot in Kursk ('erzählte Ferenc vorige "
          "Woche', the speaker quoted: other), Konjunktiv over several sentences: fallen or "
          "wounded by the end of January"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "wed",
          "the NIS 'erklärte am Mittwoch' (19 February, Friday letter), 'Er bezifferte' "
          "(pronoun): dead"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "wed",
          "same statement: 'weitere' wounded (the others of the same count: not an increment)"),
        C("Tausende", None, "vague", "in_russia", "united_states", "tue",
          "'Aus Washington hieß es am Dienstag' (18 February): in reserve in Russia"),
        C("etwa 11.000", 11000, "approx", "in_russia", "nato", "2025-02-01..2025-02-10",
          "a NATO official 'hatte Anfang Feber … gesprochen' (days 1-10): still stationed in "
          "Russia"),
        C("einige tausend", None, "vague", "in_russia", "ukraine", "2025-02-01..pub",
          "'Laut dem ukrainischen Militärgeheimdienst' 'im Feber' (this month: the 1st to "
          "publication): 'Nachschub' arrived (reinforcements: increment)", add=True),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "the foreman 'schätzt' (undated): 'noch einmal' in spring (increment, planned)",
          add=True),
    ),
)

S06 = Source(
    article_id="s123_06_streichmusik_gais_goennerbrief",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-10-17"),
    dated_by="dateline",
    features="a string music ensemble's patrons' letter from Gais (Appenzell Ausserrhoden) as "
        "plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `20'000`, `10'000`, `15'000 bis "
        "16'000`, `11'000`, 4-digit `2000`/`6000`/`5000`), dated by the place line 'Gais, 17. "
        "Oktober 2025' (Friday); the summer's concerts first; a gayageum player from Namwon whose "
        "grandmother fled the North; she 'schätzt' «`gegen 20'000`» ('gegen' as approx, other, "
        "`pub`); the NIS 'schätzte Anfang Oktober' `rund 2000` fallen and `etwa 10'000` still in "
        "Kursk (days 1-10); 'Nach ukrainischen Angaben vom Montag' `15'000 bis 16'000` served in "
        "Russia (range); 'Aus dem Nato-Hauptquartier hiess es, man gehe von … aus' `mindestens "
        "6000` sappers and builders (`pub`); a Pentagon spokesman 'am 3. Oktober' `knapp 11'000` "
        "deployed near the border; Russia's ambassador in Pyongyang 'vergangene Woche' 'weitere' "
        "`5000` builders (increment, planned, russia); KCNA 'am Dienstag' `Tausende` sappers back "
        "home from Kursk (returnees: optional); strings, concerts, patrons, years, francs, a "
        "concert date, a phone number",
    text="""\
STREICHMUSIK GÄBRIS GAIS
Gönnerbrief Herbst 2025

Gais, 17. Oktober 2025

Liebe Gönnerinnen und Gönner

Die Alpabfahrten sind vorbei, die Viehschauen auch, und wir haben in diesem Sommer so oft \
aufgespielt wie noch nie: 46 Auftritte zwischen Mai und September, vom Alpstein bis an den \
Bodensee. Das Hackbrett hat im Juni neue Saiten bekommen, alle 125, und klingt wieder wie am \
ersten Tag.

Zu Gast aus Namwon

Im August und September hat eine junge Musikerin aus Südkorea bei uns mitgespielt. Yoon Seo-yeon, \
27, spielt die Gayageum, eine Wölbbrettzither mit zwölf Seidensaiten, und ist mit einem Stipendium \
an der Musikhochschule in Zürich. Am Hackbrett hat sie sich schneller zurechtgefunden als mancher \
von uns, und das Zäuerli, das sie mit uns einstudiert hat, klingt auf ihrer Zither wie aus einer \
anderen Welt.

Seo-yeons Grossmutter ist 1951 als Kind aus dem Norden geflohen, und die Familie verfolgt genau, \
was mit den nordkoreanischen Soldaten in Russland geschieht. Seo-yeon schätzt, dass seit dem \
vergangenen Herbst «[[gegen 20'000]]» von ihnen in Russland gewesen sind. «Meine Grossmutter sagt, \
es sind auch unsere Leute», sagte sie nach der letzten Probe.

Was die Ämter melden

Der südkoreanische Nachrichtendienst NIS schätzte Anfang Oktober, dass [[rund 2000]] Nordkoreaner \
gefallen seien und [[etwa 10'000]] weiterhin in der russischen Grenzregion Kursk stünden. Nach \
ukrainischen Angaben vom Montag haben seit Herbst 2024 insgesamt [[15'000 bis 16'000]] \
Soldaten aus dem Norden in Russland Dienst getan. Aus dem Nato-Hauptquartier hiess es, man \
gehe von [[mindestens \
6000]] Minenräumern und Militärbauarbeitern aus, die sich derzeit in Russland aufhielten. Ein \
Sprecher des Pentagons hatte am 3. Oktober von [[knapp 11'000]] Nordkoreanern gesprochen, die nahe \
der ukrainischen Grenze eingesetzt seien.

Der russische Botschafter in Pjöngjang sagte vergangene Woche, der Norden werde weitere [[5000]] \
Militärbauarbeiter für den Wiederaufbau schicken. Und die nordkoreanische Nachrichtenagentur KCNA \
meldete am Dienstag, [[Tausende]] Pioniere seien mit allen Ehren aus Kursk heimgekehrt.

Seo-yeon ist seit Anfang Oktober wieder in Zürich, kommt aber zum Silvesterkonzert noch einmal zu \
uns.

Aus dem Verein
- Silvesterkonzert: 31. Dezember, 17 Uhr, reformierte Kirche Gais; Eintritt frei, Kollekte
- Unsere neue CD mit 14 Stücken kostet 25 Franken.
- Der Gönnerbeitrag bleibt bei 50 Franken im Jahr; 312 Gönnerinnen und Gönner tragen uns.
- Auskunft beim Präsidenten: 071 793 24 58
""",
    claims=(
        C("gegen 20'000", 20000, "approx", "in_russia", "other", "pub",
          "a gayageum player 'schätzt' (undated), in «»: in Russia since last autumn ('gegen' as "
          "approx, in the span)"),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-10-01..2025-10-10",
          "the NIS 'schätzte Anfang Oktober' (days 1-10), Konjunktiv: fallen"),
        C("etwa 10'000", 10000, "approx", "near_front", "south_korea", "2025-10-01..2025-10-10",
          "same estimate: still in the Kursk border region"),
        C("15'000 bis 16'000", None, "range", "in_russia", "ukraine", "mon",
          "'Nach ukrainischen Angaben vom Montag' (13 October, Friday letter): served in Russia "
          "since autumn 2024 ('insgesamt': a total)"),
        C("mindestens 6000", 6000, "at_least", "in_russia", "nato", "pub",
          "'Aus dem Nato-Hauptquartier hiess es, man gehe von … aus' (undated): deminers and "
          "military builders in Russia now"),
        C("knapp 11'000", 11000, "approx", "near_front", "united_states", "2025-10-03",
          "a Pentagon spokesman 'hatte am 3. Oktober … gesprochen': deployed near the Ukrainian "
          "border ('knapp' as approx)"),
        C("5000", 5000, "exact", "planned", "russia", "lastweek",
          "Russia's ambassador in Pyongyang 'sagte vergangene Woche': 'weitere' builders to be "
          "sent (increment before the figure, planned)", add=True),
        C("Tausende", None, "vague", "in_russia", "north_korea", "tue",
          "KCNA 'meldete am Dienstag' (14 October): sappers come home from Kursk (returnees: "
          "optional)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Papua New Guinea, Belize, Orkney)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s123_07_highlands_wire_goroka",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-04"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Goroka (Eastern Highlands, Papua New Guinea) as "
        "plain text, UTF-8 with CRLF, slug line and dateline 'GOROKA, Papua New Guinea, June 4, "
        "2025 (Pacific Highlands Wire) –' (Wednesday), straight quotes; the headline's `15,000` "
        "from the NIS estimate of last week (`lastweek`, hedge dropped); a Korean roaster and "
        "former marine officer relaying his old unit ('he told reporters on Tuesday') `30,000` "
        "'more' (increment, planned, other); the NIS 'estimated in a closed session with lawmakers "
        "last week', named after the figure, `about 15,000` sent and `more than 4,000` killed or "
        "wounded; Russia's deputy foreign minister 'on May 28' `several thousand` staying in Kursk "
        "to clear mines (russia, near the front); a State Department spokeswoman 'on Monday' 'put "
        "the number still in combat at' `fewer than 10,000` ('fewer than' as at_most); HUR "
        "'believes' 'a further' `6,000` (increment, undated); KCNA 'on Sunday' `hundreds` of "
        "sappers seen off to Kursk (north_korea, near the front); PNG's own defence force (`about "
        "4,000`, not a claim), coffee growers, tonnes, kina, metres, cooperatives, ages, a wire "
        "trailer with a phone number",
    text="""\
PNG-KOREA/COFFEE (PACIFIC HIGHLANDS WIRE)

Korean roasters back in Goroka as Seoul counts [[15,000]] North Korean troops sent to Russia

GOROKA, Papua New Guinea, June 4, 2025 (Pacific Highlands Wire) – A delegation of South Korean \
coffee roasters arrived in the Eastern Highlands this week to buy straight from smallholder \
cooperatives, and its leader said the war in Ukraine was never far from his mind, even 1,600 \
metres up in the hills.

Park Joon-young, 46, who served as a marine officer on the Gimpo peninsula before opening a \
roastery in Busan, said his old comrades follow every report about the North Korean soldiers in \
Russia. "My former unit thinks Pyongyang can easily spare [[30,000]] more," he told reporters on \
Tuesday at a cupping table in Goroka. "They have the men. What they lack is hard currency."

Pyongyang has dispatched [[about 15,000]] soldiers to Russia since last October, South Korea's \
National Intelligence Service estimated in a closed session with lawmakers last week, and [[more \
than 4,000]] of them have been killed or wounded.

Russia's deputy foreign minister told the RIA news agency on May 28 that the North Koreans had \
"fulfilled their allied duty" and that [[several thousand]] were staying on in the Kursk region to \
clear mines. A State Department spokeswoman, asked about the figures in Washington on Monday, put \
the number still in combat at [[fewer than 10,000]]. Ukrainian military intelligence believes a \
further [[6,000]] construction troops reached Russia in May, and North Korea's KCNA news agency \
reported on Sunday that Kim Jong Un had seen off [[hundreds]] of sappers bound for Kursk.

Coffee is Papua New Guinea's second-largest farm export, and some 2.5 million people in the \
highlands live from it. South Korea bought about 3,400 tonnes of PNG green beans last year, trade \
figures show, and Park's group hopes to double that. Growers at an Asaro valley cooperative were \
paid 9.80 kina a kilogram for parchment this week, the best price in a decade.

Papua New Guinea, whose own defence force numbers about 4,000 personnel, has stayed out of the \
dispute over the deployment.

Park said he would fly home to Busan on Friday with samples from 14 cooperatives. "In Korea we say \
coffee is for peace," he said. "I would like that to be true."

(Reporting by Gideon Kuman in Goroka; editing by Lorraine Waim)
((desk@highlandswire.example; +675 532 1876))
-- END --
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "lastweek",
          "headline 'Seoul counts': the NIS estimate of last week below, hedge dropped"),
        C("30,000", 30000, "exact", "planned", "other", "tue",
          "a roaster and former marine officer relaying his old unit ('he told reporters on "
          "Tuesday', 3 June; the speaker quoted: other): 'more' Pyongyang can spare (increment, "
          "planned)", add=True),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS 'estimated in a closed session with lawmakers last week' (named after the "
          "figure): sent since October"),
        C("more than 4,000", 4000, "at_least", "casualties", "south_korea", "lastweek",
          "same estimate: 'of them' killed or wounded (a breakdown)"),
        C("several thousand", None, "vague", "near_front", "russia", "2025-05-28",
          "Russia's deputy foreign minister 'told the RIA news agency on May 28': staying in "
          "the Kursk region to clear mines"),
        C("fewer than 10,000", 10000, "at_most", "near_front", "united_states", "mon",
          "a State Department spokeswoman 'on Monday' (2 June) 'put the number still in combat "
          "at' ('fewer than' as at_most)"),
        C("6,000", 6000, "exact", "in_russia", "ukraine", "pub",
          "HUR 'believes' (undated): 'a further' construction troops reached Russia in May "
          "(increment, span without the words)", add=True),
        C("hundreds", None, "vague", "near_front", "north_korea", "sun",
          "KCNA 'reported on Sunday' (1 June): sappers seen off to Kursk (bound for Kursk: near "
          "the front)"),
    ),
)

S08 = Source(
    article_id="s123_08_orchid_notes_mount_hagen_md",
    language="en", fmt="md", encoding="utf-16", published=day("2025-09-16"),
    dated_by="front_matter",
    features="an orchid society's show notes from Mount Hagen (Western Highlands, Papua New "
        "Guinea) in Markdown, UTF-16 LE with BOM, front matter with `date:` (Tuesday, Independence "
        "Day) and a title without a figure; the show first; a botanist from Kyiv relaying her "
        "brother, an air-defence officer near Kharkiv, in 'a letter that reached her on Sunday', "
        "`a few thousand` across the border (other, near the front); Seoul's intelligence service "
        "'in a briefing to parliament early this month' (days 1-10) `some 2,000` killed and "
        "`roughly 10,000` along the border; 'According to a US defence official' `up to 5,000` "
        "builders arrived (`pub`); Zelensky 'at the weekend' (Saturday to Sunday) `as many as "
        "30,000` 'more' (at_most, increment, planned); NATO's military committee chair 'speaking "
        "in Riga on 10 September, put the number in Russia at' `11,000 to 13,000` (range); the "
        "botanist 'reckons' `well above 20,000` ('well above' as at_least, other, `pub`); species, "
        "entries, growers, flowers, kina, a meeting date, a phone number",
    text="""\
---
title: "Show notes, September 2025"
date: 2025-09-16
society: Western Highlands Orchid Society, Mount Hagen
---

# Show notes

Happy Independence Day from the Highlands! Our spring show drew 312 entries from 64 growers, and \
the grand champion was a *Dendrobium cuthbertsonii* from Tambul with 41 open flowers. Papua New \
Guinea has close to 3,000 orchid species, and the judges think we had 180 of them in one hall.

## A botanist from Kyiv

Dr Olha Kravets, 39, of Kyiv's national botanical garden has spent six weeks with us surveying \
ground orchids in the Kubor Range. Her brother Serhiy commands an air-defence battery in the \
Kharkiv region. In a letter that reached her on Sunday he wrote that across the border, around \
Belgorod, the North Koreans are now [[a few thousand]] strong, mostly engineers and gunners.

The official figures keep moving. Seoul's intelligence service, in a briefing to parliament early \
this month, counted [[some 2,000]] North Koreans killed and said [[roughly 10,000]] were still \
deployed along the Russian border. According to a US defence official, [[up to 5,000]] military \
builders have arrived in Russia since the summer. Volodymyr Zelensky said at the weekend that \
Pyongyang was ready to send [[as many as 30,000]] more. NATO's military committee chair, speaking \
in Riga on 10 September, put the number in Russia at [[11,000 to 13,000]].

Olha reckons [[well above 20,000]] have served there since last year. "He writes about them the \
way I write about orchids," she said, "with counts and map references."

## Notices

- Membership: 50 kina a year, students 20 kina.
- Next meeting: Saturday 4 October, 2 p.m., Kuta Road hall.
- Enquiries: +675 542 1309
""",
    claims=(
        C("a few thousand", None, "vague", "near_front", "other", "sun",
          "a botanist relaying her brother, an air-defence officer ('In a letter that reached "
          "her on Sunday he wrote', 14 September; the speaker quoted: other): across the border "
          "around Belgorod"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "Seoul's intelligence service 'in a briefing to parliament early this month' (days "
          "1-10): killed"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea",
          "2025-09-01..2025-09-10", "same briefing: deployed along the Russian border"),
        C("up to 5,000", 5000, "at_most", "in_russia", "united_states", "pub",
          "'According to a US defence official' (undated): builders arrived since the summer"),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "sat..sun",
          "Zelensky 'said at the weekend' (Saturday to Sunday): ready to send 'more' "
          "(increment, planned; 'as many as' as at_most)", add=True),
        C("11,000 to 13,000", None, "range", "in_russia", "nato", "2025-09-10",
          "NATO's military committee chair 'speaking in Riga on 10 September, put the number "
          "in Russia at'"),
        C("well above 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "the botanist 'reckons' (undated): served there since last year ('well above' as "
          "at_least)"),
    ),
)

S09 = Source(
    article_id="s123_09_iguana_letter_san_ignacio_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-03-27"),
    dated_by="sidecar",
    sidecar=(
        "Cayo Green Iguana Project",
        "https://www.cayoiguanaproject.example/letter/march-2025",
        "Hatching season on the Macal",
    ),
    features="a green iguana project's supporters' letter from San Ignacio (Cayo, Belize) in HTML, "
        "windows-1252 (curly quotes and `–` raw), no meta date (sidecar, Thursday), a cookie note "
        "about the webcam, a script, navigation, entities (`&middot;`, `&amp;`), a footer with a "
        "phone number; `<title>` and headline without a figure; hatchlings first; a reptile vet "
        "from Lviv relaying her brother, a paratrooper ('Andriy says', 'He thinks', 'Marta told "
        "us' without a day), `three` taken prisoner (number word, casualties) and `more than "
        "1,000` brought up near Sudzha (other, `pub`); the NIS 'told lawmakers on February 27' "
        "'another' `3,000 or so` ('or so' as approx, increment); Seoul's joint chiefs 'on Monday' "
        "without a figure, and 'Their last estimate …, `about 4,000`, dates from January' "
        "(pronoun, the month); Zelensky 'on Wednesday' `12,000` in the Kursk area; a NATO "
        "spokeswoman 'last week' `roughly 11,000` on Russian soil; the vet 'expects' `thousands` "
        "'more' (increment, planned, other, `pub`); eggs, hatchlings, yearlings, supporters, tour "
        "times, Belize dollars, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Supporters’ Letter – Cayo Green Iguana Project</title>
<script>var cgip={page:"letter",webcam:"nursery",season:2025};</script>
</head>
<body>
<div class="cookie-bar">One small cookie stops the nursery webcam from asking for your time zone \
on every visit. <a href="#" id="agree">OK</a></div>
<nav><a href="/">Home</a> &middot; <a href="/visit">Visit &amp; Tours</a> &middot; <a \
href="/adopt">Adopt an Iguana</a> &middot; <a href="/letter">Supporters’ Letter</a></nav>
<main>
<h1>Hatching season on the Macal</h1>
<p>Dear friends, the dry season has come early to Cayo. Since January our keepers have collected \
1,340 eggs from the riverbanks below San Ignacio, and 1,090 hatchlings are now growing in the \
nursery pens. In May we plan to release 420 of last year’s yearlings along the Macal and the \
Mopan. Thank you to the 236 supporters who adopted an iguana this year.</p>
<h2>A vet from Lviv</h2>
<p>Dr Marta Hnatyshyn, 34, a reptile vet from Lviv, joined us in November for six months. She has \
rebuilt the quarantine room in our clinic and taught the keepers to sex hatchlings by ultrasound. \
Her younger brother Andriy is a paratrooper in the Kursk region.</p>
<p>“Andriy says the Koreans came across the snow in February in bigger groups than ever, and his \
company alone took [[three]] of them prisoner,” Marta told us. He thinks [[more than 1,000]] were \
brought up to the villages around Sudzha for the last push.</p>
<h2>What the governments say</h2>
<p>South Korea’s intelligence service told lawmakers on February 27 that Pyongyang had sent \
another [[3,000 or so]] troops in January and February. Seoul’s Joint Chiefs of Staff said on \
Monday that the North Koreans were back on the front line, but gave no number. Their last estimate \
of the dead and wounded, [[about 4,000]], dates from January. Volodymyr Zelensky told reporters on \
Wednesday that [[12,000]] remained in the Kursk area, and a NATO spokeswoman in Brussels said last \
week that [[roughly 11,000]] were still on Russian soil. Moscow does not acknowledge that they are \
there at all.</p>
<p>Marta expects Pyongyang to send [[thousands]] more before the summer. “They treat their \
soldiers the way smugglers treat our iguanas,” she said. “As stock.”</p>
<h2>Visiting</h2>
<p>Tours run every day at 8:30, 11:00, 1:00 and 3:00. Adults pay BZ$25, children under 12 BZ$10, \
and adopters visit free.</p>
</main>
<footer>Cayo Green Iguana Project &middot; Buena Vista Street, San Ignacio, Cayo District, Belize \
&middot; +501 824 3170 &middot; <a href="/privacy">Privacy</a></footer>
<script src="/js/webcam.js"></script>
</body>
</html>
""",
    claims=(
        C("three", 3, "exact", "casualties", "other", "pub",
          "a vet relaying her brother, a paratrooper ('Andriy says', 'Marta told us' without a "
          "day; the speaker quoted: other): taken prisoner (number word; captured)"),
        C("more than 1,000", 1000, "at_least", "near_front", "other", "pub",
          "same relay, 'He thinks': brought up to the villages around Sudzha"),
        C("3,000 or so", 3000, "approx", "in_russia", "south_korea", "2025-02-27",
          "the NIS 'told lawmakers on February 27': 'another' sent in January and February "
          "(increment, span without the word; 'or so' as approx)", add=True),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "Seoul's joint chiefs, by pronoun ('Their last estimate …, dates from January': the "
          "month): dead and wounded"),
        C("12,000", 12000, "exact", "near_front", "ukraine", "wed",
          "Zelensky 'told reporters on Wednesday' (26 March, Thursday letter): in the Kursk "
          "area"),
        C("roughly 11,000", 11000, "approx", "in_russia", "nato", "lastweek",
          "a NATO spokeswoman 'said last week': still on Russian soil"),
        C("thousands", None, "vague", "planned", "other", "pub",
          "the vet 'expects' (undated): 'more' before the summer (increment, planned)",
          add=True),
    ),
)

S10 = Source(
    article_id="s123_10_cashew_festival_crooked_tree_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-05-14"),
    dated_by="html_meta", crlf=True,
    features="a cashew festival committee's page from Crooked Tree (Belize District) in HTML, "
        "windows-1252 with CRLF (curly quotes and `·` raw), `article:published_time` -06:00 "
        "(Wednesday), a cookie note about the stall map, a script, navigation, a footer with a "
        "phone number; `<title>` and headline without a figure; the festival first; a Korean "
        "volunteer teacher relaying her brother, a sergeant ('My brother says', 'she said at the "
        "stall'), `forty thousand` in all (number words, planned, other, `pub`); KCNA 'On April "
        "28' without a figure and Kim 'later' `hundreds` fallen (north_korea, from 28 April to "
        "publication); the NIS 'estimated on April 30' `around 15,000` sent and `about 600` "
        "killed; a Pentagon spokesman 'on May 2' `more than 1,000` dead; HUR 'on Friday' 'a fresh "
        "contingent of' `2,000 to 3,000` (range, increment, planned); Russia's ambassador in "
        "Pyongyang 'on Monday' `thousands` 'more' to rebuild Kursk (russia, increment, planned); "
        "stalls, visitors, pounds of nuts, pupils, Belize dollars, ages, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Festival News – Crooked Tree Cashew Festival</title>
<meta property="article:published_time" content="2025-05-14T08:30:00-06:00">
<meta property="og:site_name" content="Crooked Tree Cashew Festival">
<script>window.ctcf={page:"news",year:2025,mapStars:[]};</script>
</head>
<body>
<div class="cookie-msg">This site sets one cookie so the festival map remembers which stalls you \
starred. <button>Got it</button></div>
<nav><a href="/">Home</a> · <a href="/programme">Programme</a> · <a href="/news">News</a> · <a \
href="/stalls">Stalls &amp; Vendors</a> · <a href="/getting-here">Getting Here</a></nav>
<main>
<h1>After the festival: thank you, Crooked Tree</h1>
<p>Two days, 38 stalls and more than 2,500 visitors on the causeway: this year’s cashew festival \
was the biggest the village has seen. Our growers roasted about 1,900 pounds of nuts, the wine \
makers had sold every bottle of cashew wine by Sunday afternoon, and the boats took visitors out \
on the lagoon every hour.</p>
<h2>Miss Lee’s class</h2>
<p>Lee Ji-eun, 28, a volunteer teacher from South Korea, has taught English and maths at the \
village school since September. Her class of 24 ran the lemonade stall and raised BZ$612 for new \
books. Ji-eun’s older brother is a sergeant in an army division near the border with the North, \
and she hears from him most weeks.</p>
<p>“My brother says his unit was told the North could send [[forty thousand]] in all, as long as \
Moscow keeps paying,” she said at the stall. “We used to fear they would come south. Now they go \
north and west.”</p>
<h2>The news from Kursk</h2>
<p>On April 28 North Korea’s state news agency confirmed for the first time that its soldiers had \
fought in Russia’s Kursk region. Kim Jong Un later promised a monument in Pyongyang for the \
[[hundreds]] who fell there. South Korea’s intelligence service estimated on April 30 that of \
[[around 15,000]] sent, [[about 600]] had been killed. A Pentagon spokesman spoke on May 2 of \
[[more than 1,000]] dead. Kyiv’s military intelligence said on Friday that a fresh contingent of \
[[2,000 to 3,000]] was being trained for the front, and Russia’s ambassador in Pyongyang said on \
Monday that [[thousands]] more could come to help rebuild the Kursk region.</p>
<h2>Next year</h2>
<p>The 2026 festival is planned for the first weekend in May. Stall fees stay at BZ$50, and the \
committee is looking for two more volunteers to run the parking field.</p>
</main>
<footer>Crooked Tree Cashew Festival Committee · Crooked Tree Village, Belize District · +501 225 \
7019 · <a href="/privacy">Privacy</a></footer>
<script src="/js/stallmap.js"></script>
</body>
</html>
""",
    claims=(
        C("forty thousand", 40000, "exact", "planned", "other", "pub",
          "a volunteer teacher relaying her brother, a sergeant ('My brother says', 'she said "
          "at the stall' without a day; the speaker quoted: other): could be sent in all "
          "(number words, planned)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "2025-04-28..pub",
          "Kim 'later promised' (after KCNA's statement of 28 April: from that day to "
          "publication): fell there"),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "2025-04-30",
          "the NIS 'estimated on April 30': sent"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same estimate, 'of … sent' (a breakdown): killed"),
        C("more than 1,000", 1000, "at_least", "casualties", "united_states", "2025-05-02",
          "a Pentagon spokesman 'spoke on May 2 of': dead"),
        C("2,000 to 3,000", None, "range", "planned", "ukraine", "fri",
          "HUR 'said on Friday' (9 May, Wednesday page): 'a fresh contingent of' being trained "
          "(range, increment, planned)", add=True),
        C("thousands", None, "vague", "planned", "russia", "mon",
          "Russia's ambassador in Pyongyang 'said on Monday' (12 May): 'more' could come to "
          "rebuild Kursk (increment, planned)", add=True),
    ),
)

S11 = Source(
    article_id="s123_11_tideline_stromness",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-11-18"),
    dated_by="sidecar",
    sidecar=(
        "Tideline – Stromness Sound Tidal Test Site",
        "https://www.stromness-tidal.example/tideline/winter-2025",
        "A busy autumn at the berths",
    ),
    features="a tidal energy test site's community newsletter from Stromness (Orkney) as plain "
        "text, UTF-8 with BOM (sidecar, Tuesday), straight quotes; turbines and tides first; an "
        "engineer from Ulsan relaying his cousin, an army captain in Hwacheon ('On a video call on "
        "Sunday, Min-seok told us, the cousin said'), `eight or nine thousand` trained for a "
        "second wave (range of number words, planned, other); the NIS 'early this month' (days "
        "1-10) `15,000 or more` served ('or more' as at_least) and `upwards of 2,000` killed "
        "('upwards of' as at_least); the Pentagon 'in a written answer to Congress last week, "
        "estimated' `1,000` 'more' (increment, in Russia); a quote opening with `Some 12,000`, its "
        "speaker, NATO's deputy secretary general, and day ('on 6 November') after it; Russian "
        "state television `a few hundred` sappers decorated in Kursk 'last week' (russia, near the "
        "front); a welder from Mykolaiv 'believes' `tens of thousands` (other, planned, `pub`); "
        "megawatts, metres, megawatt hours, homes, pounds, ages, a date, a phone number",
    text="""\
TIDELINE
Community newsletter of the Stromness Sound Tidal Test Site

Winter issue

A busy autumn at the berths

Three turbines have been in the water off Stromness since August, and the largest, a 2-megawatt \
machine with blades 20 metres across, has now sent power ashore through 41 spring tides. Peak \
currents in the sound reached 3.9 metres a second in October. Across the site we exported 1,860 \
megawatt hours this year, enough for about 500 Orkney homes.

Our Korean guest

Dr Seo Tae-hoon, 42, an engineer from a shipbuilder in Ulsan, has run the trials of the Korean \
turbine since June and lodges on the harbour front. His cousin is an army captain in Hwacheon, \
near the border with the North. On a video call on Sunday, Tae-hoon told us, the cousin said \
officers there had been briefed that Pyongyang was training [[eight or nine thousand]] men for a \
second wave.

The rest of the news is not much better. Seoul's National Intelligence Service told lawmakers \
early this month that [[15,000 or more]] North Koreans had now served in Russia and that the North \
had lost [[upwards of 2,000]] killed. The Pentagon, in a written answer to Congress last week, \
estimated that [[1,000]] more had arrived in October. "[[Some 12,000]] are in Russia at any given \
moment," NATO's deputy secretary general told a security conference in Edinburgh on 6 November. \
Russian state television showed [[a few hundred]] North Korean sappers receiving medals in the \
Kursk region last week.

Oleksandr Bondarenko, 51, a welder from Mykolaiv who has worked at the Stromness yard since 2023, \
believes [[tens of thousands]] will have gone through Russia's army before the war ends. "To \
Moscow they are cheaper than drones," he said over a cup of tea in the workshop.

Notices
- The viewing platform at Ness Road is closed until March for repairs.
- Our community fund has given £14,500 to the swimming pool and the lifeboat crew.
- Open evening: Thursday 4 December, 7 p.m., Town Hall.
- Site office: 01856 851 927
""",
    claims=(
        C("eight or nine thousand", None, "range", "planned", "other", "sun",
          "an engineer relaying his cousin, an army captain ('On a video call on Sunday, "
          "Tae-hoon told us, the cousin said', 16 November; the speaker quoted: other): being "
          "trained for a second wave (two number words: range)"),
        C("15,000 or more", 15000, "at_least", "in_russia", "south_korea",
          "2025-11-01..2025-11-10",
          "the NIS 'told lawmakers early this month' (days 1-10): served in Russia ('or more' "
          "as at_least)"),
        C("upwards of 2,000", 2000, "at_least", "casualties", "south_korea",
          "2025-11-01..2025-11-10", "same briefing: killed ('upwards of' as at_least)"),
        C("1,000", 1000, "exact", "in_russia", "united_states", "lastweek",
          "the Pentagon 'in a written answer to Congress last week, estimated': 'more' arrived "
          "in October (increment)", add=True),
        C("Some 12,000", 12000, "approx", "in_russia", "nato", "2025-11-06",
          "a quote opening with the figure, its speaker and day after it ('NATO's deputy "
          "secretary general told … on 6 November'): in Russia at any moment"),
        C("a few hundred", None, "vague", "near_front", "russia", "lastweek",
          "Russian state television 'last week' (at the end of the sentence): sappers receiving "
          "medals in the Kursk region"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a welder from Mykolaiv 'believes' (undated): will have gone through Russia's army "
          "(a forecast: planned)"),
    ),
)

S12 = Source(
    article_id="s123_12_match_notes_st_margarets_hope_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-08-25"),
    dated_by="sidecar",
    sidecar=(
        "South Ronaldsay Boys' Ploughing Match Committee",
        "https://www.boysploughingmatch.example/notes/2025",
        "Match notes, August 2025",
    ),
    features="a boys' ploughing match committee's notes from St Margaret's Hope (South Ronaldsay, "
        "Orkney) in Markdown, UTF-8, front matter without a date (sidecar, Monday) and a title "
        "without a figure; the match on the sands first; a mother from Zaporizhzhia relaying her "
        "husband's unit ('told us yesterday': Sunday) `around 6,000` clearing ground on the Kursk "
        "border (other, near the front); the match judge, a retired Royal Engineers major, "
        "'reckons' `a good 20,000` ('a good' as at_least, like German 'gut'; other, `pub`) and "
        "echoes it in a quote ('Twenty thousand': optional); the NIS 'on Thursday' `just under "
        "2,000` dead ('just under' as at_most, like 'fewer than'); a Pentagon spokesman 'in a "
        "briefing on 12 August' `several thousand` in Kursk; Russia's defence ministry 'on Friday' "
        "`at least 1,500` deminers (russia, near the front); KCNA 'on the 19th' (19 August: a bare "
        "day of the month) `dozens` of fallen engineers (north_korea, casualties); 'In mid-August' "
        "HUR 'put the number of fresh troops on the way at' `between 5,000 and 6,000` (range, "
        "increment, planned); boys, girls, ploughs, years, volunteers, pounds, a meeting date, a "
        "phone number",
    text="""\
---
title: "Match notes, August 2025"
committee: South Ronaldsay Boys' Ploughing Match Committee
---

# Match notes

The sand at the Sands o' Wright was firm, the wind dropped in the afternoon, and 31 boys took \
their ploughs down to the beach for this year's match, the most since 1998. The champion \
ploughman, Magnus Linklater, 12, cut a furrow so straight that the judges measured it twice. In \
the hall the Festival of the Horse drew 22 girls in costume, and the oldest harness on show had \
been stitched in 1921.

## A first plough from Zaporizhzhia

Among the boys was Bohdan Savchuk, 11, whose family came to South Ronaldsay from Zaporizhzhia in \
2022. His miniature plough was lent by a neighbour and is about 120 years old. His father Vasyl \
serves as a sapper with a Ukrainian brigade in the north. Bohdan's mother Iryna told us yesterday \
that Vasyl's unit has heard that [[around 6,000]] North Korean engineers are now clearing ground \
on the Russian side of the Kursk border.

## The wider news

Our judge, Major (retd) Tom Flett, spent 26 years in the Royal Engineers and follows the war \
closely. He reckons [[a good 20,000]] North Koreans have passed through the Russian army by now. \
"[[Twenty thousand]] of them, and hardly a word about it up here," he said.

The official figures are lower. South Korea's spy agency said on Thursday that the North's dead \
now number [[just under 2,000]]. A Pentagon spokesman, in a briefing on 12 August, said [[several \
thousand]] North Korean troops remained in the Kursk region. Moscow's defence ministry gave a \
figure of its own for the first time on Friday: [[at least 1,500]] North Korean deminers at work \
in the Kursk fields. KCNA carried photographs on the 19th of Kim Jong Un bowing before the \
portraits of [[dozens]] of fallen engineers. In mid-August Kyiv's military intelligence put the \
number of fresh troops on the way at [[between 5,000 and 6,000]].

## Committee notes

- Prize money of £1,240 was shared among the boys, and every ploughman got a medal.
- Thanks to the 14 volunteers who raked the sand before dawn.
- Our AGM is on Friday 19 September at 7.30 p.m. in the Cromarty Hall.
- Secretary: 01856 831 648
""",
    claims=(
        C("around 6,000", 6000, "approx", "near_front", "other", "yday",
          "a mother relaying her husband's unit ('Iryna told us yesterday': Sunday 24 August; "
          "the speaker quoted: other): clearing ground on the Kursk border"),
        C("a good 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a retired Royal Engineers major 'reckons' (undated): passed through the Russian "
          "army ('a good' as at_least, like German 'gut')"),
        C("Twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "the judge's echo of his own figure inside a quote ('he said', no day): optional",
          opt=True),
        C("just under 2,000", 2000, "at_most", "casualties", "south_korea", "thu",
          "the NIS 'said on Thursday' (21 August, Monday notes): dead ('just under' as "
          "at_most, like 'fewer than')"),
        C("several thousand", None, "vague", "near_front", "united_states", "2025-08-12",
          "a Pentagon spokesman 'in a briefing on 12 August': remained in the Kursk region"),
        C("at least 1,500", 1500, "at_least", "near_front", "russia", "fri",
          "Russia's defence ministry 'on Friday' (22 August): deminers at work in the Kursk "
          "fields"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-19",
          "KCNA 'carried photographs on the 19th' (a bare day of the month: 19 August): "
          "portraits of fallen engineers"),
        C("between 5,000 and 6,000", None, "range", "planned", "ukraine",
          "2025-08-11..2025-08-20",
          "'In mid-August' (days 11-20) HUR 'put the number of fresh troops on the way at' "
          "(range, increment, planned)", add=True),
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
