"""Build the 75th BLIND hand-labelled corpus: articles, sidecar, gold (`python build_corpus.py`).

The seventy-seventh corpus, for an honest measurement on articles the extractor has never met,
written blind in session 11 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an
Aschaffenburg daily, an Ostalb radio station's web text, a Lavanttal weekly (Austrian), a
Wasseramt village paper (Swiss), a glass engravers' guild magazine and a Coburg university radio;
a Karratha daily, an Isle of Muck community page, a Texas Panhandle farm paper, a Trieste
English-language outlet, a Lifou (Loyalty Islands) page and a Bissau diplomatic newsletter. Same
file format, marker syntax and labelling conventions as the other corpora (see their READMEs):
every claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and
the README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py`
as a private module instance whose `SOURCES` are set to ours (under its own module name, so it
never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind75_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

A01 = Source(
    article_id="b75_01_aschaffenburg_tagblatt_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features="Aschaffenburg daily's web page in HTML (`article:published_time` with +01:00, a "
        "config script with an article id, a cookie notice with its own wording, navigation, "
        "footer with a subscription price); `<title>` figure (optional); headline 'Kiew:' from "
        "Zelensky's address 'am Montagabend' (Monday to publication); Austin 'in der Vorwoche' "
        "(`etwa 10.000` in Russia, 'nach Austins Worten' `mehrere tausend` toward the border); "
        "the NIS 'schon Ende Oktober' (total and the plan by December); a local lecturer's "
        "`bis zu 15.000 weitere` (increment, other, `pub`); Russian losses a day, former US "
        "garrison, aid in euros, lecture date, price and phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew: [[11.000]] Nordkoreaner im Gebiet Kursk | Aschaffenburger Tagblatt</title>
<meta property="og:site_name" content="Aschaffenburger Tagblatt">
<meta property="article:published_time" content="2024-11-05T06:40:00+01:00">
<link rel="canonical" \
href="https://www.ab-tagblatt.example/politik/kiew-nordkoreaner-kursk-art-88213">
<script>var \
abtConfig={artId:88213,ressort:"politik",adSlots:["top","mid"],loginWall:false};</script>
</head>
<body>
<div class="cookie-hinweis">Damit die Zeitung im Netz bezahlbar bleibt, setzen wir Cookies ein. \
Sie haben die Wahl: <button>Mit Cookies weiterlesen</button> <button>Lieber ohne &ndash; zum \
E-Paper</button></div>
<nav><a href="/">Start</a> &middot; <a href="/lokales">Lokales</a> &middot; <a \
href="/region">Region</a> &middot; <a href="/politik">Politik</a> &middot; <a \
href="/sport">Sport</a> &middot; <a href="/trauer">Trauer</a></nav>
<main>
<article>
<p class="dachzeile">Krieg in der Ukraine</p>
<h1>Kiew: [[11.000]] Nordkoreaner im Gebiet Kursk</h1>
<p class="teaser"><strong>Aschaffenburg/Kiew.</strong> Die Ukraine meldet erste Gefechte mit \
Soldaten aus Pjöngjang. Ein Aschaffenburger Politikwissenschaftler glaubt nicht, dass es bei \
einem Kontingent bleibt.</p>
<p>Wolodymyr Selenskyj wählte deutliche Worte. In seiner Videoansprache am Montagabend sagte der \
ukrainische Präsident, inzwischen befänden sich [[11.000]] Soldaten aus Nordkorea in der Region \
Kursk. Die ersten von ihnen hätten bereits ukrainische Stellungen beschossen, es habe auf beiden \
Seiten Verluste gegeben. „Die Welt schaut zu, und Pjöngjang zieht daraus seine Schlüsse“, so \
Selenskyj.</p>
<p>Auch in Washington hält man die Größenordnung für realistisch. US-Verteidigungsminister Lloyd \
Austin hatte in der Vorwoche erklärt, Pjöngjang habe [[etwa 10.000]] Mann in den russischen Osten \
verlegt, wo sie derzeit ausgebildet würden. Ein Teil davon, nach Austins Worten [[mehrere \
tausend]], sei bereits in Richtung der ukrainischen Grenze aufgebrochen.</p>
<p>Seoul hatte die Entwicklung früh kommen sehen. Der südkoreanische Nachrichtendienst NIS sprach \
schon Ende Oktober von [[rund 3.000]] Mann, die nach Russland verlegt worden seien, und rechnete \
damit, dass Kim Jong Un bis Dezember [[10.000]] schicken werde.</p>
<h2>„Das Reservoir ist riesig“</h2>
<p>„Ich wäre überrascht, wenn es dabei bliebe“, sagt Matthias Brehm, der an der Technischen \
Hochschule Aschaffenburg Sicherheitspolitik lehrt. Russland verliere nach westlichen Schätzungen \
an manchen Tagen mehr als 1.200 Mann an Toten und Verwundeten. Pjöngjang könne nach seiner \
Einschätzung bis zum Frühjahr [[bis zu 15.000]] weitere Soldaten bereitstellen, ohne dass dies im \
eigenen Land groß auffalle.</p>
<p>Brehm kennt das Thema Truppenstationierung aus der eigenen Stadt: Bis 2007 lebten in \
Aschaffenburg zeitweise mehrere tausend US-Soldaten mit ihren Familien. „Damals war der Kalte \
Krieg hier Alltag“, sagt der 58-Jährige.</p>
<p>Moskau schweigt. Kremlsprecher Dmitri Peskow verwies am Montag lediglich auf den \
Beistandspakt, den beide Staaten im Juni unterzeichnet hatten. Die Europäische Union hat der \
Ukraine seit Kriegsbeginn Hilfen von mehr als 120 Milliarden Euro zugesagt.</p>
<p class="info">Brehm spricht am 21. November um 19 Uhr in der Volkshochschule über „Korea und \
der Krieg in Europa“. Eintritt 8 Euro, Anmeldung unter Telefon 06021 387120.</p>
</article>
</main>
<footer>&copy; Aschaffenburger Tagblatt 2024 &middot; <a href="/impressum">Impressum</a> &middot; \
<a href="/datenschutz">Datenschutz</a> &middot; Digital-Abo ab 9,90 &euro; im Monat</footer>
<script src="/static/js/abt-bundle.min.js?v=2024.44" defer></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating the headline", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kiew:': Zelensky's figure of Monday evening (Monday to publication)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky 'am Montagabend', Konjunktiv: in the Kursk region"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "lastweek",
          "Austin 'in der Vorwoche': brought to eastern Russia for training"),
        C("mehrere tausend", None, "vague", "near_front", "united_states", "lastweek",
          "'nach Austins Worten' (same statement): part of them set off toward the border"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-21..2024-10-31",
          "NIS 'schon Ende Oktober': moved to Russia"),
        C("10.000", 10000, "exact", "planned", "south_korea", "2024-10-21..2024-10-31",
          "same sentence: expected to send by December (intended total)"),
        C("bis zu 15.000", 15000, "at_most", "planned", "other", "pub",
          "Aschaffenburg lecturer (undated 'sagt', Konjunktiv): 'weitere' could be provided "
          "(increment)", add=True),
    ),
)

A02 = Source(
    article_id="b75_02_ostalb_welle_erste_tote",
    language="de", fmt="txt", encoding="latin-1", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "OstalbWelle",
        "https://www.ostalbwelle.example/nachrichten/welt/nordkorea-erste-tote-kursk-21948",
        "Seoul: 100 Nordkoreaner bei Kursk gefallen",
    ),
    features="Ostalb radio station's web text as plain text, ISO-8859-1 with »…« quotes "
        "(sidecar, Thursday); headline 'Seoul:' from the lawmaker's Thursday figure; the NIS "
        "figure's source named only after it ('So schilderte es der Parlamentarier … am "
        "Donnerstag'); `Knapp 1.000 weitere` wounded (the others of the count, no increment); "
        "'Lee zufolge' carries to the total; the Pentagon 'zu Wochenbeginn' (Monday–Tuesday); "
        "the SSO 'am Wochenende' (Saturday–Sunday) `fast 50`; a retired OSCE observer from "
        "Bopfingen (other, `pub`) `Tausende`; barracks strength, donations in euros, "
        "frequency, durations",
    text="""\
Seoul: [[100]] Nordkoreaner bei Kursk gefallen

Der Einsatz an der Seite Russlands kostet Nordkorea offenbar einen hohen Preis. Auch auf der \
Ostalb verfolgt man die Nachrichten aus dem Gebiet Kursk genau.

Aalen/Seoul. Im Kampf gegen die Ukraine sind nach Erkenntnissen des südkoreanischen \
Nachrichtendienstes [[mindestens 100]] nordkoreanische Soldaten ums Leben gekommen. So schilderte \
es der Parlamentarier Lee Seong-kweun am Donnerstag, nachdem Vertreter des Dienstes hinter \
verschlossenen Türen vor dem zuständigen Ausschuss ausgesagt hatten. [[Knapp 1.000]] weitere \
seien verletzt worden.

Lee zufolge setzt Russland die Nordkoreaner vor allem auf offenem Gelände ein, wo sie den \
ukrainischen Drohnen kaum etwas entgegenzusetzen hätten. Insgesamt habe Pjöngjang [[rund 11.000]] \
Mann nach Russland entsandt; ein Teil davon stehe inzwischen in vorderster Linie.

Zu Wochenbeginn hatte bereits ein Pentagon-Sprecher in Washington die Zahl der toten und \
verletzten Nordkoreaner auf »[[mehrere hundert]]« geschätzt. Genauer wollte er nicht werden.

Die ukrainischen Spezialkräfte veröffentlichten am Wochenende Videos von Gefechten im \
Grenzgebiet. Binnen drei Tagen seien dabei [[fast 50]] Nordkoreaner getötet worden, teilte die \
Einheit mit. Überprüfen lassen sich solche Angaben nicht.

»Die werden verheizt«

In Ellwangen, wo rund 1.600 Soldatinnen und Soldaten in der Reinhardt-Kaserne stationiert sind, \
ist der Krieg im Osten Europas ohnehin ständig Thema. Klaus Wiedmann aus Bopfingen hat bis 2019 \
für die OSZE die Waffenruhe in der Ostukraine beobachtet. Im Gespräch mit der OstalbWelle sagt \
der Oberstleutnant a. D.: »Wenn Russland diese jungen Männer weiter so verheizt, reden wir im \
Frühjahr über [[Tausende]] Tote.« Viele der Soldaten seien kaum älter als 20 Jahre und hätten ihr \
Land nie zuvor verlassen.

Die Spendenaktion »Ostalb hilft« hat für ein Krankenhaus in Lwiw bislang 23.400 Euro gesammelt. \
Wer spenden will, findet alle Informationen auf unserer Internetseite. Mehr dazu hören Sie heute \
ab 17 Uhr in unserem Magazin auf UKW 104,9.
""",
    claims=(
        C("100", 100, "exact", "casualties", "south_korea", "thu",
          "headline 'Seoul:': the lawmaker's figure of the body (Thursday, the publication day)"),
        C("mindestens 100", 100, "at_least", "casualties", "south_korea", "thu",
          "NIS 'nach Erkenntnissen', relayed by a lawmaker, the source named at the end of the "
          "figure ('So schilderte es … am Donnerstag'): killed"),
        C("Knapp 1.000", 1000, "approx", "casualties", "south_korea", "thu",
          "same briefing, 'weitere seien verletzt': the wounded beside the dead (others of the "
          "count, no increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "thu",
          "'Lee zufolge', Konjunktiv: sent to Russia"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon..tue",
          "a Pentagon spokesman 'Zu Wochenbeginn' »…«: killed and wounded"),
        C("fast 50", 50, "approx", "casualties", "ukraine", "sat..sun",
          "Ukrainian special forces 'am Wochenende', 'teilte die Einheit mit' after the figure: "
          "killed"),
        C("Tausende", None, "vague", "casualties", "other", "pub",
          "a retired OSCE observer from Bopfingen (undated 'sagt'): dead by spring"),
    ),
)

A03 = Source(
    article_id="b75_03_lavanttal_wochenpost_abzug_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-02-13"),
    dated_by="front_matter", crlf=True,
    features="Lavanttal weekly in Markdown, UTF-8 with BOM and CRLF, front matter with `date:` "
        "(Thursday) and a title without a figure; Austrian conventions ('Mitte Jänner', 'Am 11. "
        "Jänner', 'Anfang Feber', 'heuer'); bold deck 'Kiew spricht von 4.000' from HUR's "
        "Monday figure; the SSO spokesman 'am Montag' without a figure, HUR's spokesman 'am "
        "selben Tag' (carried date) with `rund 11.000` and `etwa 4.000`; the NIS 'Mitte Jänner' "
        "with 'hieß es damals'; number word `zwei` prisoners; Zelensky 'Anfang Feber' "
        "„Tausende“ weitere (vague increment); refugees, a group size 'zwanzig, dreißig Mann', "
        "age, donations in euros",
    text="""\
---
title: "Nordkoreas Soldaten verschwinden von der Front"
date: 2025-02-13
ressort: Welt
autorin: "Gerhild Pucher"
---

# Nordkoreas Soldaten verschwinden von der Front

**Seit Ende Jänner sehen ukrainische Einheiten im Raum Kursk keine Nordkoreaner mehr. Kiew \
spricht von [[4.000]] Toten und Verwundeten.**

Sie kamen im Herbst, kämpften ab November und sind nun offenbar abgezogen worden: Die Truppen, \
die Machthaber Kim Jong Un seinem Verbündeten Wladimir Putin überlassen hat, sind seit gut zwei \
Wochen nicht mehr an der Front aufgetaucht. Das sagte Oleksandr Kindratenko, Sprecher der \
ukrainischen Spezialeinheiten, am Montag einer Nachrichtenagentur.

Der Grund seien hohe Verluste. Andrij Jussow, der Sprecher des Militärgeheimdienstes HUR, legte \
am selben Tag Zahlen vor: Von den [[rund 11.000]] Nordkoreanern, die in das Gebiet Kursk verlegt \
wurden, seien [[etwa 4.000]] gefallen oder verwundet worden. Die Einheiten müssten nun aufgefüllt \
und neu ausgebildet werden.

## Seoul zählte im Jänner weniger

Der südkoreanische Auslandsgeheimdienst NIS war Mitte Jänner auf deutlich niedrigere Zahlen \
gekommen. [[Rund 300]] Nordkoreaner seien bis dahin gefallen, [[2.700]] verletzt, hieß es damals \
aus Seoul.

Am 11. Jänner hatte Präsident Wolodymyr Selenskyj erstmals [[zwei]] Gefangene präsentiert, die \
verwundet in einem Unterstand festgenommen worden waren. Einer der beiden, ein 26-Jähriger, gab \
in einem Verhörvideo an, man habe ihm nur von einem Manöver erzählt.

Dass die Pause lange anhält, glaubt in Kiew niemand. Selenskyj warnte Anfang Feber, Pjöngjang \
könne „jederzeit“ [[Tausende]] weitere Soldaten schicken.

## „Er hat sie über die Felder laufen sehen“

Im Lavanttal leben derzeit 63 Vertriebene aus der Ukraine, die meisten in Wolfsberg und St. \
Andrä. Eine von ihnen ist Olena K., 41, deren Mann als Sanitäter im Gebiet Sumy dient. „Er hat \
erzählt, dass die Nordkoreaner in Gruppen über die Felder gelaufen sind, zwanzig, dreißig Mann \
auf einmal“, sagt sie. Heuer im Sommer will sie ihn wiedersehen, wenn er Fronturlaub bekommt.

Der Verein „Lavanttal hilft“ hat seit Herbst 12.500 Euro für Stromaggregate gesammelt. Die \
nächste Sammlung findet am 1. März vor dem Rathaus statt.
""",
    claims=(
        C("4.000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "bold deck 'Kiew spricht von': HUR's figure of Monday (Monday to publication)"),
        C("rund 11.000", 11000, "approx", "near_front", "ukraine", "mon",
          "HUR spokesman 'am selben Tag' (the Monday of the previous sentence): moved to Kursk"),
        C("etwa 4.000", 4000, "approx", "casualties", "ukraine", "mon",
          "same sentence, Konjunktiv: killed or wounded"),
        C("Rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "NIS 'Mitte Jänner', 'hieß es damals': killed"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same: wounded (beside the dead, no increment)"),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Jänner', number word: prisoners"),
        C("Tausende", None, "vague", "planned", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'Anfang Feber': 'weitere' could be sent (increment)", add=True),
    ),
)

A04 = Source(
    article_id="b75_04_wasseramt_dorfpost_bilanz",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-04-30"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Wasserämter Dorfpost",
        "https://www.dorfpost-wasseramt.example/welt/nun-ist-es-offiziell-2025-0418",
        "Nun ist es offiziell: Nordkoreaner kämpften für Russland",
    ),
    features="Wasseramt village paper as plain text, windows-1252 with CRLF (Swiss: `ss`, «», "
        "`15'000`, `10'000`, 4-digit `4700`/`3000`; sidecar, Wednesday); lead 'Seoul zieht "
        "eine bittere Bilanz' from the NIS 'am Mittwoch' (the publication day); 'von den … "
        "seien … gefallen', 'davon tödlich' (breakdown); Gerasimov (Saturday) and KCNA (Monday) "
        "without a figure; Rutte 'Mitte April' in Odessa (nato); a State Department spokesman "
        "'am Montag' «Tausenden»; HUR 'am Dienstag' `3000` 'frisch eingetroffene' (increment); "
        "the pastor's restatement «4700» (optional); prayer attendance, population, a "
        "fraction, francs, times",
    text="""\
Weltgeschehen, vom Dorf aus betrachtet

Nun ist es offiziell: Nordkoreaner kämpften für Russland

Derendingen. Was monatelang bestritten wurde, haben Moskau und Pjöngjang in den letzten Tagen \
zugegeben. Seoul zieht eine bittere Bilanz: [[4700]] Nordkoreaner seien tot oder verwundet.

Im Pfarreiheim wurde am Sonntagabend für den Frieden gebetet. Rund 80 Personen kamen, deutlich \
mehr als sonst. «Es ist etwas anderes, wenn man weiss, dass junge Männer aus einem Land, das wir \
kaum kennen, in diesem Krieg sterben», sagte Pfarrerin Regula Tschan nach der Andacht.

Die Zahlen, die seit dieser Woche auf dem Tisch liegen, sind tatsächlich ernüchternd. Der \
südkoreanische Nachrichtendienst NIS teilte am Mittwoch mit, von den [[rund 15'000]] Soldaten, \
die Nordkorea seit dem vergangenen Herbst nach Russland verlegt habe, seien [[4700]] gefallen \
oder verletzt worden, [[rund 600]] davon tödlich. Die Truppen hätten vor allem bei der \
Rückeroberung des Gebiets Kursk gekämpft.

Moskau hatte den Einsatz lange geleugnet. Am Samstag aber dankte Generalstabschef Waleri \
Gerassimow den «Freunden aus Korea» für ihre Hilfe an der Front. Am Montag bestätigte auch die \
nordkoreanische Staatsagentur KCNA den Einsatz. Zahlen nannten beide nicht.

Im Westen überrascht das Eingeständnis niemanden. Nato-Generalsekretär Mark Rutte hatte Mitte \
April bei einem Besuch in Odessa geschätzt, dass «[[mehr als 10'000]]» Nordkoreaner für Moskau an \
der Front im Einsatz gestanden hätten. Zurückhaltender äusserte sich Washington: Ein Sprecher des \
Aussenministeriums sprach am Montag lediglich von «[[Tausenden]]» Soldaten, die Pjöngjang \
entsandt habe.

Und Nachschub ist offenbar unterwegs. Laut dem ukrainischen Militärgeheimdienst HUR, der sich am \
Dienstag äusserte, üben im Osten Russlands bereits [[3000]] frisch eingetroffene Nordkoreaner für \
den nächsten Einsatz.

Für Pfarrerin Tschan sind solche Zahlen schwer zu fassen. «[[4700]], das wären zwei Drittel \
unseres Dorfes», sagt sie. Derendingen zählt rund 6'700 Einwohnerinnen und Einwohner. Die \
Kollekte vom Sonntag, 1'280 Franken, geht an das Rote Kreuz in der Ukraine.

Das nächste Friedensgebet findet am Sonntag, 25. Mai, um 19.30 Uhr statt.
""",
    claims=(
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "lead 'Seoul zieht eine bittere Bilanz': the NIS figure of the body (Wednesday, the "
          "publication day)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'teilte am Mittwoch mit', Konjunktiv: moved to Russia"),
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "same sentence: killed or wounded"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "wed",
          "'davon tödlich': breakdown of the casualties, no increment"),
        C("mehr als 10'000", 10000, "at_least", "near_front", "nato", "2025-04-11..2025-04-20",
          "Rutte 'Mitte April' in Odessa «…»: at the front for Moscow"),
        C("Tausenden", None, "vague", "in_russia", "united_states", "mon",
          "a State Department spokesman 'am Montag' «…»: sent"),
        C("3000", 3000, "exact", "in_russia", "ukraine", "tue",
          "'Laut' HUR, 'der sich am Dienstag äusserte': newly arrived in eastern Russia, "
          "'frisch eingetroffene' (increment)", add=True),
        C("4700", 4700, "exact", "casualties", "south_korea", "wed",
          "the pastor restating Seoul's figure in a quote (restatement: optional, the original "
          "claimant and date)", opt=True),
    ),
)

A05 = Source(
    article_id="b75_05_graveur_innung_gedenkmauer_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-09-18"),
    dated_by="front_matter",
    features="glass engravers' guild magazine in Markdown, front matter with `date:` (Thursday) "
        "and a title figure (optional); heading 'Pjöngjang ehrt Hunderte Gefallene' from state "
        "television 'Ende August' (north_korea, late August to publication); the NIS 'Anfang "
        "September' (dead and total, 'hieß es aus Seoul'); Shoigu 'Im Juni' `6.000` (a new "
        "contingent, no increment word); Budanov 'im Juli' `bis zu 30.000 zusätzlichen` "
        "(increment); the guild's own sum `fast 20.000` (unattributed, required); wall length, "
        "member firms, engraving depth, furnace temperature, euros, anniversary",
    text="""\
---
title: "Namen in Stein: Pjöngjang ehrt [[Hunderte]] Gefallene"
date: 2025-09-18
heft: "Der Glasgraveur 3/2025"
rubrik: Zeitgeschehen
---

# Namen in Stein: Pjöngjang ehrt [[Hunderte]] Gefallene

*Ein Gedenkort in Pjöngjang, ein Kriegsschauplatz im Westen Russlands und die Frage, wie man \
Verluste sichtbar macht. Ein Blick über den Werkbankrand.*

Von Hannelore Sturm, Obermeisterin der Graveur-Innung Bayerwald

Als das nordkoreanische Staatsfernsehen Ende August Bilder aus Pjöngjang zeigte, fiel uns in der \
Werkstatt zuerst die Technik auf: polierter schwarzer Granit, die Schriftzeichen tief \
eingeschnitten, Zeile um Zeile ein Name. Der Sender berichtete, auf der neuen Gedenkmauer seien \
[[Hunderte]] Soldaten verewigt, die »bei der Befreiung von Kursk« ihr Leben gelassen hätten. Die \
Mauer soll 60 Meter lang sein.

Wie viele Nordkoreaner tatsächlich gestorben sind, weiß außerhalb des Landes niemand genau. Der \
südkoreanische Geheimdienst NIS schätzte Anfang September, dass [[rund 2.000]] von ihnen im Krieg \
gegen die Ukraine getötet wurden. Insgesamt habe das Regime [[etwa 13.000]] Soldaten nach \
Russland geschickt, hieß es aus Seoul.

Und es sollen mehr werden. Im Juni war Sergej Schoigu, Putins oberster Sicherheitsberater, in \
Pjöngjang zu Gast; danach verkündete er, Nordkorea stelle [[6.000]] Pioniere und \
Militärbauarbeiter für den Wiederaufbau des Gebiets Kursk bereit. Der ukrainische \
Militärgeheimdienst hält noch ganz andere Größenordnungen für möglich: Dessen Chef Kyrylo Budanow \
sprach im Juli von [[bis zu 30.000]] zusätzlichen Soldaten, die Kim liefern könnte.

Zählt man die Angaben aus Seoul und Moskau zusammen, hat Kim damit [[fast 20.000]] Menschen in \
Uniform nach Russland geschickt: Soldaten, Pioniere und Bauarbeiter. Eine offizielle Gesamtzahl \
dazu gibt es nicht.

## Was bleibt

Für uns Graveure ist das Einschneiden von Namen Alltag: auf Pokalen, Gedenktafeln, Grabgläsern. \
Eine Inschrift in Kristallglas braucht bei 0,8 Millimetern Tiefe eine ruhige Hand und gutes \
Licht. Wer sie anfertigt, liest jeden Namen. Beim Blick auf die Mauer in Pjöngjang fragten wir \
uns, wer dort die Namen geschnitten hat und ob er sie lesen durfte.

Unsere Innung zählt derzeit 38 Mitgliedsbetriebe. Für die Glasschule in Lwiw, mit der wir seit \
2019 zusammenarbeiten, haben wir in diesem Jahr 4.150 Euro gesammelt; damit wurde ein Schmelzofen \
repariert, der bei 1.450 Grad arbeitet. Das Jubiläumstreffen zum 75-jährigen Bestehen der Innung \
findet am 8. November in Zwiesel statt.
""",
    claims=(
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-21..pub",
          "front-matter title (metadata duplicate of the heading)", opt=True),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-21..pub",
          "heading 'Pjöngjang ehrt … Gefallene': state television's figure of late August"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state television 'Ende August', 'Der Sender berichtete': names of the fallen on the "
          "memorial wall"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "NIS 'schätzte Anfang September': killed"),
        C("etwa 13.000", 13000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-10",
          "same assessment, 'hieß es aus Seoul' after the figure: sent in total"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Shoigu 'Im Juni': engineers and builders to be provided (a new contingent, no "
          "increment word)"),
        C("bis zu 30.000", 30000, "at_most", "planned", "ukraine", "2025-07-01..2025-07-31",
          "Budanov 'im Juli': 'zusätzlichen' soldiers Kim could deliver (increment)", add=True),
        C("fast 20.000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the magazine's own sum of the known figures (no claimant): sent to Russia, "
          "soldiers, engineers and builders together"),
    ),
)

A06 = Source(
    article_id="b75_06_coburg_campuswelle_grenze_html",
    language="de", fmt="html", encoding="cp1252", published=day("2025-11-06"),
    dated_by="sidecar",
    sidecar=(
        "Campuswelle Coburg",
        "https://www.campuswelle-coburg.example/nachgehakt/nordkoreas-soldaten-zweiter-winter/",
        "Seoul: 10.000 Nordkoreaner an der Grenze zur Ukraine",
    ),
    features="Coburg university radio's web page in HTML, windows-1252 (raw „“ and –; a "
        "WordPress page without a meta date: sidecar, Thursday), a player script with a "
        "bitrate, a cookie bar in the station's own words, navigation, a footer with the "
        "frequency; headline 'Seoul:' from the NIS 'am Dienstag' (Tuesday to publication); "
        "'demnach' carries the NIS to `rund 10.000` near the border and `5.000` builders on "
        "their way (in_russia); a Coburg researcher 'am Mittwochabend' with a range of the dead "
        "in quotes (other); Zelensky 'in der Vorwoche' „Zehntausenden“ more (vague increment); "
        "a Pentagon spokesman 'Anfang Oktober'; the parade's Kursk veterans (returnees: "
        "optional); audience, room number, anniversary, Russian drones, time and frequency",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="windows-1252">
<title>Nachgehakt: Nordkoreas Soldaten im zweiten Kriegswinter – Campuswelle Coburg</title>
<meta property="og:title" content="Nachgehakt: Nordkoreas Soldaten im zweiten Kriegswinter">
<link rel="stylesheet" href="/wp-content/themes/welle/style.css?ver=4.2">
<script>window.wellePlayer={stream:"https://stream.campuswelle-coburg.example/live.mp3",bitrate:128,autoplay:false};</script>
</head>
<body class="single-post">
<div id="keksleiste">Auch Radiomacher naschen gern: Wir speichern ein paar Kekse, um zu zählen, \
wer unseren Livestream hört. <button>Kekse teilen</button> <button>Ohne Kekse \
zuhören</button></div>
<header><a class="logo" href="/">Campuswelle</a> <nav><a href="/programm">Programm</a> | <a \
href="/nachgehakt">Nachgehakt</a> | <a href="/mitmachen">Mitmachen</a> | <a \
href="/kontakt">Kontakt</a></nav></header>
<main>
<article>
<h1>Seoul: [[10.000]] Nordkoreaner an der Grenze zur Ukraine</h1>
<p class="byline">Von Lea Hofmann und Jonas Teuber · Nachgehakt</p>
<p>Für die neue Folge von „Nachgehakt“ haben wir mit Dr. Svenja Kießling gesprochen, die an der \
Hochschule Coburg über Ostasien forscht. Anlass war ihr Vortrag am Mittwochabend in Hörsaal 2.17, \
zu dem gut 120 Leute kamen – mehr, als Stühle da waren.</p>
<p>Frische Zahlen kamen am Dienstag aus Seoul. Der südkoreanische Geheimdienst NIS geht demnach \
davon aus, dass [[rund 10.000]] nordkoreanische Soldaten in den russischen Grenzgebieten zur \
Ukraine stationiert sind. Zudem seien [[5.000]] Angehörige von Bautruppen auf dem Weg nach \
Russland, um dort zerstörte Straßen und Brücken wiederaufzubauen.</p>
<p>Kießling hält diese Angaben für plausibel. Gestorben seien nach ihrer Schätzung inzwischen \
„[[zwischen 2.000 und 2.500]]“ Nordkoreaner, sagte sie am Mittwochabend. „Das Regime lernt aus \
diesen Verlusten, und Moskau bezahlt gut dafür.“ Russland setze derweil jede Nacht Hunderte \
Drohnen gegen ukrainische Städte ein.</p>
<p>Kiew warnt seit Wochen vor einer neuen Welle. Präsident Wolodymyr Selenskyj sprach in der \
Vorwoche von „[[Zehntausenden]]“, die Pjöngjang zusätzlich mobilisieren könne.</p>
<p>Auch das Pentagon beobachtet die Verlegungen genau. Ein Sprecher sagte Anfang Oktober, \
Nordkorea habe seit dem Herbst 2024 „[[mehr als 14.000]]“ Soldaten nach Russland entsandt.</p>
<p>Wie Kim die Heimkehrer feiert, zeigte sich, als am 10. Oktober in Pjöngjang zum Parteijubiläum \
paradiert wurde: Nach Berichten der Staatsmedien marschierten dort auch [[Hunderte]] Veteranen \
des Kursk-Einsatzes mit.</p>
<p>Das ganze Gespräch mit Svenja Kießling hört ihr am Donnerstag um 18 Uhr in „Nachgehakt“ und \
danach in unserer Mediathek.</p>
</article>
</main>
<footer>Campuswelle Coburg · UKW 96,0 und im Stream · <a href="/impressum">Impressum</a> · <a \
href="/datenschutz">Datenschutz</a></footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</body>
</html>
""",
    claims=(
        C("10.000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS figure of Tuesday (Tuesday to publication): at the border"),
        C("rund 10.000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS 'am Dienstag', 'demnach': stationed in the border regions"),
        C("5.000", 5000, "exact", "in_russia", "south_korea", "tue",
          "same, Konjunktiv: construction troops on their way to Russia (transported)"),
        C("zwischen 2.000 und 2.500", None, "range", "casualties", "other", "wed",
          "Coburg researcher „…“ 'sagte sie am Mittwochabend': dead"),
        C("Zehntausenden", None, "vague", "planned", "ukraine", "lastweek",
          "Zelensky 'in der Vorwoche': could mobilise 'zusätzlich' (increment)", add=True),
        C("mehr als 14.000", 14000, "at_least", "in_russia", "united_states",
          "2025-10-01..2025-10-10", "a Pentagon spokesman 'Anfang Oktober' „…“: sent"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-10..2025-10-11",
          "state media on the 10 October parade: Kursk veterans marching (returnees: optional)",
          opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Australia, Scotland, US, Italy, the Pacific, West Africa)
# ---------------------------------------------------------------------------------------------

E07 = Source(
    article_id="b75_07_karratha_star_first_3000_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2024-10-24"),
    dated_by="html_meta",
    features="Karratha daily's web page in HTML, UTF-8 with BOM (`article:published_time` with "
        "+08:00, a `<title>` without a figure, an ad script with slot sizes, a cookie banner in "
        "the paper's own words, navigation, footer with an ABN); headline 'Seoul MP says' from "
        "the lawmaker's Wednesday figure (Wednesday to publication); the NIS `about 3,000` and the "
        "plan of `10,000` by December; 'last Friday' `1,500`; Kirby 'told journalists on "
        "Wednesday' after the figure; HUR 'has said since last week' `12,000` with `500` "
        "officers (breakdown); Australia's foreign minister 'on Thursday' “thousands” (a third "
        "government: other); iron ore tonnes, per cent, distance, residents, armoured vehicles",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>North Korean troops head west as Seoul sounds alarm | Pilbara Daily Star</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-10-24T17:10:00+08:00">
<meta property="article:section" content="World">
<script>window.pdsAds={slots:[{id:"leader",size:[728,90]},{id:"mrec",size:[300,250]}],geo:"WA"};</script>
</head>
<body>
<div class="cookie-strip">We use cookies so the Star loads faster than a road train on the North \
West Coastal Highway. <button>Let them through</button> <button>Keep them at the \
gate</button></div>
<nav><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/mining">Mining &amp; \
Energy</a> | <a href="/world">World</a> | <a href="/sport">Sport</a> | <a \
href="/classifieds">Classifieds</a></nav>
<article>
<h1>[[3,000]] of Kim&rsquo;s soldiers now in Russia, Seoul MP says</h1>
<p class="standfirst">Pyongyang&rsquo;s soldiers head west as Canberra condemns a \
&lsquo;reckless&rsquo; deployment, and Pilbara exporters keep an eye on their biggest \
customers.</p>
<p class="byline">Nikki Falconer &middot; Thursday, 24 October 2024</p>
<p>South Korea&rsquo;s intelligence service believes North Korea has already moved [[about \
3,000]] soldiers into Russia and will have sent [[10,000]] by December, according to a lawmaker \
who sat in on the agency&rsquo;s closed briefing on Wednesday.</p>
<p>The assessment doubles the one the spy agency gave last Friday, when it reported that \
[[1,500]] special forces troops had left North Korea&rsquo;s east coast on Russian navy ships \
bound for Vladivostok.</p>
<p>Washington now says much the same. It has evidence of [[at least 3,000]] of Kim&rsquo;s \
soldiers being shifted to Russia&rsquo;s east during the first half of October, the White \
House&rsquo;s John Kirby told journalists on Wednesday. &ldquo;Their purpose there remains \
unclear to us,&rdquo; he added.</p>
<p>Kyiv&rsquo;s numbers are higher still. Ukraine&rsquo;s military intelligence agency, the HUR, \
has said since last week that [[12,000]] North Koreans, [[500]] of them officers, are training at \
ranges in Russia&rsquo;s Far East.</p>
<p>In Canberra, Foreign Minister Penny Wong on Thursday condemned the deployment of \
&ldquo;[[thousands]] of North Korean personnel&rdquo; as a dangerous escalation and said \
Australia would work with partners on a response. Australia has already given Ukraine 120 \
Bushmaster armoured vehicles.</p>
<h2>Watching the customers</h2>
<p>The tension matters more to the Pilbara than most places. South Korean steelmakers bought \
about 75 million tonnes of Australian iron ore last financial year, close to 9 per cent of \
exports, much of it loaded at Dampier and Port Hedland.</p>
<p>&ldquo;Seoul is one of our oldest customers, so when they get nervous, we pay \
attention,&rdquo; said Karratha shire councillor Gavin Trewartha, whose ward includes the port. \
Karratha, home to about 23,000 people, lies some 1,530 kilometres north of Perth.</p>
</article>
<footer>&copy; 2024 Pilbara Daily Star Pty Ltd &middot; ABN 41 608 223 517 &middot; <a \
href="/privacy">Privacy</a> &middot; <a href="/tips">Send us a yarn</a></footer>
</body>
</html>
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul MP says': the lawmaker's figure of Wednesday (Wednesday to "
          "publication)"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "wed",
          "the spy agency 'believes', relayed 'according to a lawmaker' at the briefing 'on "
          "Wednesday' at the end of the sentence: moved into Russia"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "same sentence: will have sent by December (intended total)"),
        C("1,500", 1500, "exact", "in_russia", "south_korea", "fri",
          "the spy agency 'last Friday': left on Russian ships for Vladivostok (transported)"),
        C("at least 3,000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby 'told journalists on Wednesday' after the figure: shifted to Russia's east"),
        C("12,000", 12000, "exact", "in_russia", "ukraine", "lastweek",
          "HUR 'has said since last week': training in the Far East"),
        C("500", 500, "exact", "in_russia", "ukraine", "lastweek",
          "same, '500 of them officers' (a breakdown, no increment)"),
        C("thousands", None, "vague", "in_russia", "other", "thu",
          "Australia's foreign minister 'on Thursday' (publication day; a third government: "
          "other): deployment"),
    ),
)

E08 = Source(
    article_id="b75_08_muck_island_notes_prisoners_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-01-16"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Muck Island Notes",
        "https://www.isleofmuck-notes.example/2025/01/two-prisoners-kursk/",
        "Island notes: two prisoners and a long way from Kursk",
    ),
    features="Isle of Muck community page in Markdown, ISO-8859-1 with CRLF (straight quotes, "
        "`--`, `£`), front matter without a date (sidecar, Thursday); heading 'Kyiv holds two' "
        "from Zelensky 'on Saturday' (Saturday to publication), number word `two`; 'By Monday' "
        "the NIS briefing members of parliament (dead and wounded); a State Department "
        "spokesman 'that same day' `some 11,000` in Kursk; the UK defence secretary 'on "
        "Tuesday' in the Commons (other); an islander and Navy veteran 'nearer 5,000' (other, "
        "`pub`); population, ferry fare and times, miles, sheep, years of service, a year",
    text="""\
---
layout: post
title: "Island notes: two prisoners and a long way from Kursk"
author: "Catriona Walker"
tags: [world, island-notes]
---

## Kyiv holds [[two]] North Korean soldiers -- and the count keeps climbing

Word reached the island on Saturday evening, while the ferry was still sitting in Mallaig waiting \
out the swell. Volodymyr Zelensky had gone online to say that [[two]] North Korean soldiers were \
in Ukrainian hands, taken alive in the Kursk region. Both were wounded, he said, and both had \
been brought to Kyiv, where the security service was questioning them with the help of \
interpreters.

It was the first proof, if any more were needed, that Kim Jong Un's men are fighting for Moscow. \
By Monday the figures had moved again. South Korea's intelligence service, briefing members of \
the Seoul parliament, estimated that [[around 300]] North Koreans had died in the fighting and \
[[2,700]] had been wounded. A State Department spokesman in Washington said that same day that \
[[some 11,000]] North Koreans remained in the Kursk region.

In London, Defence Secretary John Healey went further on Tuesday. He told the Commons that North \
Korea had lost "[[over 3,000]]" soldiers, dead or injured, in a matter of weeks. "It is a grim \
measure of how little the regime values its own people," he said.

### A view from Gallanach

Ewan MacKinnon served 22 years in the Royal Navy before he came to farm on Muck in 2011, and he \
follows the war from his kitchen table with the shipping forecast on in the background.

"The official numbers always lag behind," he says. "I'd put it [[nearer 5,000]] by now, and \
nobody in Pyongyang will ever admit to it. Those boys were told they were going on an exercise."

MacKinnon keeps about 200 sheep on the hill above the farm. He says the island's 40 or so \
residents talk about the war more than you might think. "We're three miles from Eigg and a long \
way from anywhere, but we all watch the news."

### Ferry notes

The winter timetable runs until the end of March. A day return from Mallaig is £5.20 for foot \
passengers; bikes travel free. The community hall hosts a Burns supper on 25 January -- names to \
the tearoom by Tuesday, please.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "heading 'Kyiv holds': Zelensky's figure of Saturday (Saturday to publication), "
          "number word: captured"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'had gone online to say' on 'Saturday evening': taken alive (captured)"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "'By Monday' the intelligence service briefing members of parliament: died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded (beside the dead, no increment)"),
        C("some 11,000", 11000, "approx", "near_front", "united_states", "mon",
          "a State Department spokesman 'that same day' (Monday carried): in the Kursk region"),
        C("over 3,000", 3000, "at_least", "casualties", "other", "tue",
          "the UK defence secretary 'on Tuesday' in the Commons (a third government: other): "
          "dead or injured"),
        C("nearer 5,000", 5000, "approx", "casualties", "other", "pub",
          "an islander and Navy veteran (undated 'says'): dead or wounded by now ('nearer' is "
          "approx, like 'closer to')"),
    ),
)

E09 = Source(
    article_id="b75_09_panhandle_grain_reporter_shoigu_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-19"),
    dated_by="dateline",
    features="Texas Panhandle farm paper as plain text, UTF-16 LE with BOM, dateline 'AMARILLO, "
        "Texas, June 19, 2025 --' (Thursday); headline 'Russia says Kim will send 6,000 more' "
        "(increment) from Shoigu 'Tuesday' (Tuesday to publication); 'By Shoigu's account' "
        "`a thousand` deminers (a breakdown of the 6,000); a State Department spokeswoman "
        "'Wednesday' “several thousand” in Kursk; the NIS 'last week'; HUR 'puts … at' "
        "without a date; a retired Army colonel and rancher's range 'more' (increment, other, "
        "`pub`); wheat prices, bushels, acres, harvest per cent, export tonnes, age",
    text="""\
HIGH PLAINS GRAIN REPORTER
World & Markets

Russia says Kim will send [[6,000]] more to Kursk; wheat traders barely blink

By Dale Hutchens, Farm & Markets Editor

AMARILLO, Texas, June 19, 2025 -- Wheat futures hardly moved this week on news that North Korea \
will ship [[6,000]] more of its soldiers to Russia's Kursk region, though analysts say the deal \
could matter for Black Sea grain down the road.

Sergei Shoigu, the Kremlin's top security official, made the announcement Tuesday in Pyongyang \
after talks with North Korean leader Kim Jong Un. By Shoigu's account, [[a thousand]] of the new \
arrivals will clear fields of mines and unexploded shells, while the rest rebuild bridges, roads \
and power lines wrecked in the fighting.

Growers here might recognize the work. "That's farm country they're clearing," said Ray Stoddard, \
71, a retired Army colonel who runs cattle and wheat on 2,400 acres near Canyon. "Somebody's \
going to plant it again."

Washington has been cautious about its own numbers. State Department spokeswoman Tammy Bruce said \
Wednesday the administration believed "[[several thousand]]" North Korean troops were still \
deployed in Kursk, but declined to be more specific.

Pyongyang had by then sent [[roughly 15,000]] soldiers to Russia, South Korea's spy agency \
estimated last week. In Kyiv, military intelligence puts the number still inside the Kursk region \
at [[about 11,000]].

Stoddard, who spent two tours in South Korea in the 1980s, expects more. "If this war goes \
another year, I'd look for [[20,000 to 30,000]] more of them," he said. "Kim has plenty of young \
men and Putin has plenty of money."

MARKETS: Hard red winter wheat for July delivery closed Wednesday at $5.41 a bushel in Kansas \
City, down 3 cents on the week. The Texas harvest was 38% complete as of Sunday, ahead of the \
five-year average of 31%. Early yields in Randall and Deaf Smith counties are running 40 to 45 \
bushels an acre on irrigated ground.

Ukraine shipped about 16 million tonnes of wheat in the 2024-25 marketing year, and traders said \
any new escalation near the Black Sea ports would get more attention than troop deals in the far \
north.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Russia says … more': Shoigu's Tuesday figure (increment, span without "
          "'more')", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'made the announcement Tuesday' (named in the next sentence): will ship "
          "'more' (increment)", add=True),
        C("a thousand", 1000, "exact", "planned", "russia", "tue",
          "'By Shoigu's account', number words: deminers among the new arrivals (a breakdown, "
          "no increment)"),
        C("several thousand", None, "vague", "near_front", "united_states", "wed",
          "State Department spokeswoman 'said Wednesday' “…”: still deployed in Kursk"),
        C("roughly 15,000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "South Korea's spy agency 'last week': sent to Russia since last fall"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'puts … at' without a date: inside the Kursk region"),
        C("20,000 to 30,000", None, "range", "planned", "other", "pub",
          "retired Army colonel and rancher ('he said', undated): 'more' if the war goes on "
          "(increment)", add=True),
    ),
)

E10 = Source(
    article_id="b75_10_trieste_harbour_post_reinforcements_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-03-28"),
    dated_by="front_matter",
    features="Trieste English-language outlet in Markdown, windows-1252 (curly quotes, `–` and "
        "`€` raw), front matter with `date:` (Friday) and a title figure (optional); heading "
        "'Seoul says 3,000 more' (increment) from the JCS 'on Thursday'; the JCS `about 3,000` "
        "additional and `around 4,000` casualties ('put … at'); Syrskyi 'earlier this month' "
        "carried by 'According to him' `some 8,000` fighting; Italy's defence minister 'on "
        "Wednesday' “tens of thousands” (a third government: other); a Pentagon spokesman 'in "
        "February' `more than 11,000`; artillery pieces, port tonnage, cruise calls, euros, "
        "refugees, coastline",
    text="""\
---
title: "Kim's reinforcements: Seoul says [[3,000]] more troops sent to Russia"
date: 2025-03-28
author: "Marco Vidali"
section: "Europe & World"
---

# Kim's reinforcements: Seoul says [[3,000]] more troops sent to Russia

*From the Gulf of Trieste the war in Ukraine can feel far away. A new assessment from Seoul \
suggests it is growing, not shrinking.*

Pyongyang has topped up its force in Russia with [[about 3,000]] additional soldiers since New \
Year, according to an assessment the South Korean military's Joint Chiefs of Staff released on \
Thursday. Officers in Seoul described it as an effort to make up for heavy losses in the Kursk \
region.

The JCS put North Korean casualties since the autumn at [[around 4,000]], without saying how many \
of them had died. Pyongyang has also supplied Moscow with short-range ballistic missiles and some \
220 self-propelled guns and rocket launchers, the military said.

The reinforcements match what Kyiv has been reporting. Ukraine's commander-in-chief, Oleksandr \
Syrskyi, said earlier this month that North Korean units had returned to the front after a pause \
of several weeks. According to him, [[some 8,000]] of them were again fighting alongside Russian \
troops near the border.

The Kremlin still refuses to confirm any of it. Spokesman Dmitry Peskov on Wednesday dismissed \
the reports as “speculation”.

## Rome worries about a long war

Italy's defence minister, Guido Crosetto, told reporters in Rome on Wednesday that if the pattern \
held, North Korea could end up with “[[tens of thousands]]” of men in Russia. “This is no longer \
a symbolic contribution,” he said.

Washington's last public estimate came from a Pentagon spokesman in February, who said [[more \
than 11,000]] North Koreans had been sent to Russia since October.

## Closer to home

Trieste's port handled 58 million tonnes of cargo last year, and the war has changed its trade: \
grain and steel from the Black Sea now arrive by longer routes. Cruise calls are up, with 102 \
ships expected this season. About 1,200 Ukrainians are registered as refugees in Friuli Venezia \
Giulia, and the region has set aside €4.5 million for their housing this year. Slovenia's entire \
coastline, just across the bay, is only 47 kilometres long.
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "front-matter title (metadata duplicate of the heading)", add=True, opt=True),
        C("3,000", 3000, "exact", "in_russia", "south_korea", "thu..pub",
          "heading 'Seoul says … more': the JCS figure of Thursday (increment)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "thu",
          "'according to an assessment' the JCS 'released on Thursday', after the figure: "
          "'additional' soldiers sent (increment)",
          add=True),
        C("around 4,000", 4000, "approx", "casualties", "south_korea", "thu",
          "'The JCS put … at' (same day): casualties since the autumn"),
        C("some 8,000", 8000, "approx", "near_front", "ukraine", "2025-03-01..pub",
          "Syrskyi 'earlier this month', carried by 'According to him': fighting near the "
          "border"),
        C("tens of thousands", None, "vague", "planned", "other", "wed",
          "Italy's defence minister 'on Wednesday' (a third government: other): could end up "
          "in Russia"),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states",
          "2025-02-01..2025-02-28", "a Pentagon spokesman 'in February': sent"),
    ),
)

E11 = Source(
    article_id="b75_11_drehu_weekly_parade_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-10-14"),
    dated_by="sidecar",
    sidecar=(
        "Drehu Weekly Online",
        "",
        "Pyongyang parades, Kyiv warns of fresh troops",
    ),
    features="Lifou (Loyalty Islands) English-language page in HTML, ISO-8859-1 (quotes and "
        "dashes only as entities, `é` raw; sidecar without url, Tuesday), a cookie notice in "
        "the page's own words, navigation, a tide-table widget script; headline 'Kyiv says up "
        "to 6,000' (increment) from HUR 'on Friday', labelled as written; HUR's range of 'new' "
        "troops (increment); Yonhap 'citing' the JCS report 'last week' (south_korea: served "
        "and killed); France's armed forces ministry 'on Monday' (a third government: other); "
        "the US deputy envoy at the UN 'in late September' “thousands”; soldiers and vehicles "
        "on parade (not claims), population, distance, flight time, francs CFP, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<title>Pyongyang parades, Kyiv warns of fresh troops - Drehu Weekly Online</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var tideWidget={station:"We",days:3,units:"m"};</script>
</head>
<body>
<div id="cookies">Our website keeps a few crumbs of data so we know which stories you read. \
<button>Crumbs are fine</button> <button>No crumbs for me</button></div>
<nav><a href="/">Front page</a> &middot; <a href="/island">Island life</a> &middot; <a \
href="/pacific">Pacific</a> &middot; <a href="/world">World</a> &middot; <a \
href="/tides">Tides</a></nav>
<article>
<h1>Kyiv says [[up to 6,000]] fresh North Korean troops on the way</h1>
<p class="lede">As Pyongyang staged its biggest parade in years, Ukraine warned that Kim Jong Un \
is preparing a new contingent for Russia.</p>
<p>North Korea is readying [[between 4,000 and 6,000]] new soldiers for Russia by December, \
Kyiv&rsquo;s military intelligence service said on Friday, the same day Kim Jong Un watched tanks \
and missiles roll through Pyongyang for the 80th anniversary of his Workers&rsquo; Party.</p>
<p>Some 13,000 soldiers and more than 300 vehicles took part in the parade, according to state \
television. Guests on the stand included the Chinese premier and a Kremlin delegation led by \
Dmitry Medvedev.</p>
<p>Seoul&rsquo;s count of the human cost has been rising all year. The Yonhap news agency, citing \
a report the Joint Chiefs of Staff sent to parliament last week, said [[around 15,000]] North \
Koreans had served in Russia so far and [[some 2,000]] of them had been killed.</p>
<p>France&rsquo;s armed forces ministry, asked about the parade, said on Monday that \
&ldquo;[[more than 10,000]]&rdquo; North Korean soldiers remained deployed on Russian soil, and \
called the cooperation between the two countries &ldquo;a threat to European security.&rdquo;</p>
<p>Washington has said little lately. Its most recent public statement came in late September, \
when the deputy US envoy at the United Nations told the Security Council that North Korean troops \
near Ukraine&rsquo;s border &ldquo;still number in the [[thousands]].&rdquo;</p>
<h2>Far from Kursk, close to the news</h2>
<p>On Lifou, where about 9,300 people live, the war usually arrives by satellite television. But \
several island families have sons serving with the French forces in Europe, and the parish in \
W&eacute; has held prayers for peace since 2022.</p>
<p>&ldquo;We are a small island at the end of the world, but we know what it means when young men \
are sent far away,&rdquo; said Marie-Claire Wahnyamalla, who teaches history at the college in \
W&eacute;.</p>
<p>Lifou lies about 100 kilometres from Grande Terre. The afternoon flight to Noum&eacute;a takes \
35 minutes; a one-way fare costs 9,800 francs CFP.</p>
</article>
<footer>Drehu Weekly Online &middot; News desk: +687 45 12 08 &middot; <a href="/about">About \
us</a></footer>
</body>
</html>
""",
    claims=(
        C("up to 6,000", 6000, "at_most", "planned", "ukraine", "fri..pub",
          "headline 'Kyiv says': HUR's Friday figure, labelled as written ('fresh': increment)",
          add=True),
        C("between 4,000 and 6,000", None, "range", "planned", "ukraine", "fri",
          "HUR 'said on Friday' after the figure: 'new' soldiers being readied (increment)",
          add=True),
        C("around 15,000", 15000, "approx", "in_russia", "south_korea", "lastweek",
          "Yonhap citing the JCS report sent to parliament 'last week' (X citing Y: the JCS): "
          "served in Russia"),
        C("some 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "same report: 'of them had been killed' (breakdown)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "other", "mon",
          "France's armed forces ministry 'on Monday' “…” (a third government: other): "
          "deployed on Russian soil"),
        C("thousands", None, "vague", "near_front", "united_states", "2025-09-21..2025-09-30",
          "the deputy US envoy at the UN 'in late September': near Ukraine's border"),
    ),
)

E12 = Source(
    article_id="b75_12_bissau_diplomatic_letter_year",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-11-25"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Bissau Diplomatic Letter",
        "https://www.bissau-letter.example/2025/11/25/korea-russia-thirteen-months/",
        "KOREA/RUSSIA: Seoul counts 10,000 at Ukraine's border",
    ),
    features="Bissau diplomatic newsletter as plain text with CRLF (sidecar, Tuesday), an issue "
        "header with a subscription price in CFA francs; item headline 'Seoul counts 10,000' "
        "from the NIS 'on Nov. 4' (Nov. 4 to publication); older figures each with its own "
        "date: NATO 'in late October 2024 … at the time', 'In the spring' (March–May) the NIS "
        "casualty estimate, state media 'in late August' “dozens” (north_korea), Budanov 'in "
        "September'; a State Department official 'last week'; the newsletter's own reckoning "
        "(unattributed, required); North Korean instructors in Guinea-Bissau in the 1970s, a "
        "UN vote, cashew tonnes, phone number (not claims)",
    text="""\
THE BISSAU DIPLOMATIC LETTER
Weekly briefing for the diplomatic and development community | No. 412
Subscriptions: 45,000 CFA francs a year | Editor: Amílcar Té

---------------------------------------------------------------

KOREA/RUSSIA: Seoul counts [[10,000]] at Ukraine's border

Thirteen months after the first North Korean soldiers arrived in Russia, Pyongyang's role in the \
war has become routine news in Europe and an awkward subject for governments elsewhere, including \
in West Africa.

South Korea's National Intelligence Service said on Nov. 4 that [[about 10,000]] of Pyongyang's \
troops were posted in Russian border areas facing Ukraine, and that [[5,000]] military \
construction troops had begun moving into Russia to rebuild roads and railways.

A look back shows how the estimates have grown. When NATO first confirmed the deployment in late \
October 2024, Secretary-General Mark Rutte spoke of [[more than 10,000]] North Korean soldiers \
sent to eastern Russia, a figure the alliance's members repeated at the time. In the spring, \
after Moscow and Pyongyang finally admitted the mission, Seoul's intelligence service raised its \
casualty estimate to [[about 4,700]] killed or wounded.

Pyongyang itself has offered few numbers. In late August, state media showed Kim Jong Un \
posthumously decorating "[[dozens]]" of soldiers who fell in the Kursk region. Kyrylo Budanov, \
who heads Ukraine's military intelligence, estimated in September that [[about 11,000]] North \
Koreans were still inside Russia.

The most recent word from Washington came last week, when a State Department official told this \
newsletter by email that North Korea had by now sent "[[well over 15,000]]" soldiers in total.

By this newsletter's own reckoning of the official statements, the soldiers and builders \
Pyongyang has dispatched since October 2024 come to [[roughly 20,000]].

WHY IT MATTERS HERE: Guinea-Bissau's ties to Pyongyang are old. Some 200 North Korean military \
instructors served in the country in the late 1970s, and a North Korean-built stadium still \
stands in Bafatá. At the UN General Assembly vote of 2 March 2022 on Ukraine, Bissau voted in \
favour along with 140 other states. Officials at the foreign ministry declined to comment this \
week.

---------------------------------------------------------------

ALSO THIS WEEK
- Cashew: the 2025 campaign closed with exports of about 210,000 tonnes.
- ECOWAS: the heads of state meet in Abuja on 14 December.

Contact the desk: +245 955 301 422 | letter@bissau-letter.example
""",
    claims=(
        C("10,000", 10000, "exact", "near_front", "south_korea", "2025-11-04..pub",
          "item headline 'Seoul counts … at Ukraine's border': the NIS figure of Nov. 4"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "NIS 'said on Nov. 4': posted in the border areas"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same statement: construction troops moving into Russia (a new contingent, no "
          "increment word)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "nato", "2024-10-21..2024-10-31",
          "Rutte 'in late October 2024', 'at the time': sent to eastern Russia"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "Seoul's intelligence service 'In the spring' (a season: March–May): killed or "
          "wounded"),
        C("dozens", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "state media 'In late August': fallen soldiers decorated posthumously"),
        C("about 11,000", 11000, "approx", "in_russia", "ukraine", "2025-09-01..2025-09-30",
          "Budanov 'estimated in September': still inside Russia"),
        C("well over 15,000", 15000, "at_least", "in_russia", "united_states", "lastweek",
          "a State Department official 'last week' by email: sent in total"),
        C("roughly 20,000", 20000, "approx", "in_russia", "unattributed", "pub",
          "the newsletter's own reckoning of the official statements (no claimant, required): "
          "dispatched since October 2024"),
    ),
)

SOURCES: tuple[Source, ...] = (
    A01, A02, A03, A04, A05, A06,
    E07, E08, E09, E10, E11, E12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
