"""Build the HUNDRED-AND-SEVENTY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-seventy-fifth corpus, for an honest measurement on articles the extractor has
never met, written in session 18 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
mountain toll road's winter letter from Innerkrems in the Nockberge (Austrian conventions) with a
toll-booth cashier from Ternopil and a retired ship's engineer from Yeosu, an adventure
playground's parents' letter from Therwil in the Leimental (Swiss conventions) with a social
worker from Kropyvnytskyi and a nurse from Suwon, a logging-horse society's letter from the Vogler
with a horse groom from Zhytomyr and a retired nurse from Masan, a swimming school's parents'
letter from Bodenwerder with a lifeguard from Kryvyi Rih and a lab worker from Incheon, a spa
band's concert notes from Grömitz on the Ostholstein coast with a clarinettist from Cherkasy and a
retired music teacher from Jeju, and a harbour master's letter from Heiligenhafen with a boat
builder from Mariupol and a sailmaker from Sokcho; an agency-style wire report from the fly-in
pancake breakfast on Bois Blanc Island with an aircraft mechanic from Ivano-Frankivsk and a retired
crop-duster pilot from Cheongju, a Camano Island Grange's hall notes with a dental hygienist from
Bila Tserkva and a retired machinist from Incheon, a readers' letters page from a K'gari weekly
with letters quoting a son in the Kursk region and a brother-in-law in Daejeon, a Camano Island
studio trail's page with a woodturner from Rivne and a watercolourist from Andong, a Bois Blanc
Island general store's bulletin with a welder from Kremenchuk and a summer resident from
Gangneung, and a K'gari beach recovery service's page with a tow driver from Okhtyrka and a
retired tuna fisherman from Gunsan. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked
`[[like this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind173_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Nockberge, Leimental, Vogler, Ostholstein coast)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v173_01_winterbrief_mautstrasse_innerkrems",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-24"),
    dated_by="dateline", crlf=True,
    features="a mountain toll road's winter letter to its season-pass holders from Innerkrems in "
        "the Nockberge (Carinthia) as plain text, windows-1252 with CRLF and `„“`, `–` (no "
        "sidecar), dated by the place line 'Innerkrems, 24. Jänner 2025' (Friday); Austrian "
        "conventions (`Jänner`, `Feber`, `heuer`, `Kassa`, `Burschen`, `in der Früh`); snow in "
        "metres, hairpin bends, vehicles, kilometres, per cent and the pass prices first; a "
        "toll-booth cashier from Ternopil relaying her son-in-law, an infantry-carrier driver near "
        "Sudzha ('Am Mittwoch habe er sich aus einem Keller bei Sudscha gemeldet, erzählt Oksana', "
        "Konjunktiv carried) `an die zweihundert` running at the village (approx with a number "
        "word, near the front) and sentence-initial `Sechs` pulled wounded from the snow and "
        "captured (number word, casualties; both other, from Wednesday to publication); a retired "
        "ship's engineer from Yeosu 'schätzt' `fünfundzwanzigtausend` in Russia by the summer "
        "(one-word number word, planned, other, `pub`); the South Korean spy agency's figures 'die "
        "Mitte Jänner in Seoul bekannt wurden', `rund 300` fallen and `etwa 2.700` wounded (days "
        "11-20); 'Aus Kiew hieß es am Montag' `zwei` prisoners questioned (number word, "
        "casualties); NATO's secretary general ('Vergangene Woche sprach Mark Rutte, der "
        "Generalsekretär der Nato, in Brüssel von') `mehr als 11.000` in action in the Kursk "
        "region; the road company's own `Tausende` young North Koreans in trenches near Kursk "
        "(unattributed, near the front, required); metres, bends, vehicles, kilometres, per cent, "
        "euros, ages, years, dates, times, Russia's losses a day (`an die 1.700`), a phone number",
    text="""\
Panoramastraße Nockberge – Winterbrief an unsere Jahreskarten-Besitzer

Innerkrems, 24. Jänner 2025

Liebe Freundinnen und Freunde der Panoramastraße,

die Straße hält Winterschlaf, wir nicht. Zwischen der Mautstelle Innerkrems und der Passhöhe \
liegen derzeit bis zu zwei Meter Schnee, und die 34 Kehren werden erst Anfang Mai freigefräst. \
Im vergangenen Sommer sind 96.400 Fahrzeuge über unsere 35 Kilometer gefahren, um 3 Prozent mehr \
als im Jahr davor. Heuer kostet die Jahreskarte für den Pkw 58 Euro, für das Motorrad 41 Euro; \
wer bis Ende Feber bestellt, bekommt einen Gutschein für die Hüttenjause dazu.

Oksana an der Kassa

Oksana Krawez, 46, stammt aus Ternopil und sitzt seit zwei Sommern im Kassenhäuschen an der \
Schranke; im Winter bügelt sie Hotelwäsche in Bad Kleinkirchheim. Ihr Schwiegersohn fährt einen \
Schützenpanzer im Gebiet Kursk. Am Mittwoch habe er sich aus einem Keller bei Sudscha gemeldet, \
erzählt Oksana. In der Früh seien [[an die zweihundert]] Nordkoreaner in weißen Tarnanzügen aus \
dem Wald auf das Dorf zugelaufen. [[Sechs]] hätten seine Kameraden verwundet aus dem Schnee \
gezogen und gefangen genommen. „Er sagt, die Burschen schauen aus wie Lehrbuben“, sagt Oksana \
und reicht das Wechselgeld durchs Fenster.

Herr Pak und der erste Wagen im Mai

Pak Sung-il, 71, war Schiffsingenieur in Yeosu und lebt seit 1989 mit seiner Frau, einer \
Radentheinerin, am Fuß der Nockberge. Jedes Frühjahr wartet er mit seinem alten Puch als \
Erster vor dem Schranken. Er schätzt, dass bis zum Sommer [[fünfundzwanzigtausend]] Nordkoreaner \
in Russland sein werden. „Für Kim sind das keine Söhne, sondern Devisen“, sagt er.

Aus den Nachrichten

Den Zahlen des südkoreanischen Geheimdienstes zufolge, die Mitte Jänner in Seoul bekannt wurden, \
sind [[rund 300]] Nordkoreaner gefallen und [[etwa 2.700]] verwundet worden. Aus Kiew hieß es am \
Montag, der Geheimdienst verhöre [[zwei]] gefangene Soldaten aus dem Norden, beide mit \
Verletzungen. Die Russen selbst verlieren nach Zählung des Kiewer Generalstabs an einem einzigen \
Tag an die 1.700 Mann. Vergangene Woche sprach Mark Rutte, der Generalsekretär der Nato, in \
Brüssel von [[mehr als 11.000]] Nordkoreanern, die im Gebiet Kursk im Einsatz seien. Während bei \
uns die Kehren unter dem Schnee liegen, harren [[Tausende]] junge Nordkoreaner in Schützengräben \
bei Kursk aus, die sie sich nicht ausgesucht haben.

Termine

- Jahresversammlung der Straßengenossenschaft: Freitag, 14. Feber, 19 Uhr, Gasthof Post in \
Radenthein
- Saisonstart: voraussichtlich 1. Mai, 8 Uhr an der Mautstelle
- Jahreskarten und Fragen: Mautstelle Innerkrems, Telefon 04736 2291
""",
    claims=(
        C("an die zweihundert", 200, "approx", "near_front", "other", "wed..pub",
          "a toll-booth cashier from Ternopil relaying her son-in-law, an infantry-carrier "
          "driver in the Kursk region ('Am Mittwoch habe er sich aus einem Keller bei Sudscha "
          "gemeldet, erzählt Oksana', Konjunktiv; the speaker quoted: other): ran at the village "
          "out of the wood ('an die' as approx with a number word, 200; 'In der Früh' is the "
          "event; from Wednesday, 22 January, to publication)"),
        C("Sechs", 6, "exact", "casualties", "other", "wed..pub",
          "same call, Konjunktiv carried, sentence-initial number word: pulled wounded from the "
          "snow and captured"),
        C("fünfundzwanzigtausend", 25000, "exact", "planned", "other", "pub",
          "a retired ship's engineer from Yeosu, 'Er schätzt' (undated): in Russia by the summer "
          "(a forecast: planned; one-word number word 25000)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "'Den Zahlen des südkoreanischen Geheimdienstes zufolge, die Mitte Jänner in Seoul "
          "bekannt wurden' (days 11-20): fallen"),
        C("etwa 2.700", 2700, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "same sentence, same figures: wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "mon",
          "'Aus Kiew hieß es am Montag' (20 January), Konjunktiv: captured soldiers being "
          "questioned (number word)"),
        C("mehr als 11.000", 11000, "at_least", "near_front", "nato", "lastweek",
          "'Vergangene Woche sprach Mark Rutte, der Generalsekretär der Nato, in Brüssel von': "
          "in action in the Kursk region"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the road company's own framing, no source (required): young North Koreans holding "
          "out in trenches near Kursk"),
    ),
)


S02 = Source(
    article_id="v173_02_elternbrief_robi_spielplatz_therwil_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-03-18"),
    dated_by="html_meta",
    features="an adventure playground association's parents' letter from Therwil in the "
        "Leimental (Basel-Landschaft) in HTML, ISO-8859-1 with raw «» and umlauts and dashes only "
        "as entities (`&ndash;`, `&middot;`), `<meta name=\"date\">` (Tuesday), a cookie note "
        "about the building-week sign-up, an opening-hours script, navigation, a footer with a "
        "postcode and a phone number; Swiss conventions (`ss`, «», `1'240`, `38'500`, `11'000`, "
        "`50'000`, `3'000`, `4'000`, `8'000 bis 9'000`); `<title>` and headline without a "
        "figure; children's visits, a tree house's francs and the council's share (`11'000` "
        "francs, not a claim), the family fee and the goats' kids first; a social worker from "
        "Kropyvnytskyi relaying her brother, an ambulance driver on the Kursk border ('Von ihrem "
        "Bruder … kam am Sonntag eine lange Nachricht', Konjunktiv with 'schreibt er' after the "
        "figure) `gegen 500` in his sector (approx, near the front) and sentence-initial `Sieben` "
        "he drove wounded to hospital as prisoners (number word, casualties; both other, from "
        "Sunday to publication); a nurse from Suwon 'ist überzeugt' `bis zu 50'000` could be sent "
        "by the end of the year (at_most, planned, other, `pub`); the South Korean joint chiefs "
        "'Ende Februar teilte … mit' `rund 3'000` 'weitere' sent (increment, days 21-28); 'Aus dem "
        "US-Aussenministerium hiess es am Donnerstag' `mehr als 4'000` killed or wounded; "
        "Zelensky 'sprach am Wochenende von' `Hunderten` dead (vague, Saturday-Sunday); 'Nach "
        "Angaben des ukrainischen Generalstabs' `8'000 bis 9'000` 'weiterhin' in the Kursk region "
        "(range, still, `pub`); visits, francs, fees, goats and kids, ages, a postcode, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="iso-8859-1">
<title>Elternbrief März &ndash; Robi-Spielplatz Therwil</title>
<meta name="date" content="2025-03-18">
<script>var offen = {mittwoch: "14-18", samstag: "13-17"}; var bauwoche = "April";</script>
</head>
<body>
<div class="cookie">Diese Seite setzt ein Cookie, damit Ihre Anmeldung für die Bauwoche nicht \
verloren geht. <a href="#">Einverstanden</a></div>
<nav><a href="/">Robi</a> &middot; <a href="/angebot">Angebot</a> &middot; <a href="/verein">Verein\
</a> &middot; <a href="/elternbrief">Elternbrief</a></nav>
<main>
<h1>Der Robi ist aus dem Winterschlaf erwacht</h1>
<p>Liebe Eltern, liebe Kinder</p>
<p>Seit dem ersten Mittwoch im März wird hinter dem Schulhaus wieder gehämmert, gesägt und am \
Feuer gekocht. Trotz Bise zählten wir im Februar 1'240 Kinderbesuche. Das neue Baumhaus an der \
Böschung beim Bach hat 38'500 Franken gekostet; 11'000 Franken davon übernimmt die Gemeinde, \
den Rest haben Firmen und Grosseltern gespendet. Der Jahresbeitrag für Familien bleibt bei 60 \
Franken, und unsere vier Geissen haben sieben Gitzi bekommen.</p>
<h2>Olha und die Nachricht vom Sonntag</h2>
<p>Olha Kowaltschuk, 34, Sozialpädagogin aus Kropywnyzkyj, leitet seit dem Herbst unsere \
Werkstatt. Von ihrem Bruder, der an der Grenze zum Gebiet Kursk einen Sanitätswagen fährt, kam \
am Sonntag eine lange Nachricht. In seinem Abschnitt seien [[gegen 500]] Nordkoreaner im Einsatz, \
schreibt er. [[Sieben]] von ihnen habe er in einer einzigen Woche verwundet ins Lazarett \
gefahren, als Gefangene. «Er sagt, sie bedanken sich jedes Mal, auf Russisch», erzählt Olha.</p>
<h2>Eine Pflegefachfrau aus Suwon</h2>
<p>Kim Eun-ji, 45, arbeitet in einem Spital in der Stadt und baut am Samstag mit den Kleinen \
Vogelhäuschen. Sie ist überzeugt, dass Pjöngjang bis Ende Jahr [[bis zu 50'000]] Mann nach \
Russland schicken kann, ohne dass es im eigenen Land jemand laut bemerkt. «Ein Staat, der seine \
Leute nicht zählt, vermisst auch keinen», sagt sie.</p>
<h2>Was sonst zu lesen war</h2>
<p>Ende Februar teilte der südkoreanische Generalstab mit, der Norden habe [[rund 3'000]] weitere \
Soldaten nach Russland geschickt. Aus dem US-Aussenministerium hiess es am Donnerstag, \
[[mehr als 4'000]] Nordkoreaner seien inzwischen getötet oder verwundet worden. Präsident \
Selenskyj sprach am Wochenende von [[Hunderten]] Toten allein seit Anfang März. Nach Angaben des \
ukrainischen Generalstabs stehen weiterhin [[8'000 bis 9'000]] Nordkoreaner im Gebiet Kursk.</p>
<p>Bis bald auf dem Robi!<br>Das Team und der Vorstand</p>
</main>
<footer>Verein Robi-Spielplatz Therwil &middot; 4106 Therwil &middot; Tel. 061 721 38 50 \
&middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("gegen 500", 500, "approx", "near_front", "other", "sun..pub",
          "a social worker from Kropyvnytskyi relaying her brother, an ambulance driver on the "
          "Kursk border ('Von ihrem Bruder … kam am Sonntag eine lange Nachricht', Konjunktiv, "
          "'schreibt er' after the figure; the speaker quoted: other): in action in his sector "
          "('gegen' as approx, as in earlier sets; from Sunday, 16 March, to publication)"),
        C("Sieben", 7, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried, sentence-initial number word: driven wounded to "
          "hospital as prisoners ('in einer einzigen Woche' is the period, not the claim date)"),
        C("bis zu 50'000", 50000, "at_most", "planned", "other", "pub",
          "a nurse from Suwon, 'Sie ist überzeugt' (undated): could be sent to Russia by the end "
          "of the year (planned; a total, no 'weitere')"),
        C("rund 3'000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'Ende Februar teilte der südkoreanische Generalstab mit' (days 21-28): 'weitere' "
          "soldiers sent to Russia (increment)", add=True),
        C("mehr als 4'000", 4000, "at_least", "casualties", "united_states", "thu",
          "'Aus dem US-Aussenministerium hiess es am Donnerstag' (13 March), Konjunktiv: killed "
          "or wounded by now"),
        C("Hunderten", None, "vague", "casualties", "ukraine", "sat..sun",
          "'Präsident Selenskyj sprach am Wochenende von' (Saturday-Sunday, 15-16 March): dead "
          "'allein seit Anfang März' (a period, not the claim date)"),
        C("8'000 bis 9'000", None, "range", "near_front", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Generalstabs' (undated): 'weiterhin' in the Kursk "
          "region (still, not an increment)"),
    ),
)


S03 = Source(
    article_id="v173_03_vereinsbrief_rueckepferde_vogler_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-13"),
    dated_by="front_matter",
    features="a logging-horse society's letter from the Vogler (Lower Saxony) in Markdown, UTF-8, "
        "front matter with `date:` (Wednesday) and a title without a figure, `„“`; teams, "
        "spectators, `bis zu 600 Kilo` of beech (a hedge on logs: not a claim), hectares and the "
        "fee first; a horse groom from Zhytomyr relaying her fiancé, an infantryman in the Kursk "
        "region ('Am Sonntag habe er kurz angerufen, berichtet Daryna', Konjunktiv carried) "
        "`mehrere Dutzend` dug in before his sector (vague, near the front) and `drei` killed in "
        "the first clash (number word, casualties; both other, from Sunday to publication); a "
        "retired nurse from Masan who came in 1973 ('Nach ihrer Einschätzung') `30.000` in Russia "
        "by spring (planned, other, `pub`); 'Nach Angaben aus Washington' `mehr als 10.000` moved "
        "to the Kursk region (`pub`); Ukraine's military intelligence 'zählte Anfang November' "
        "`11.000` in the region (days 1-10); South Korea's defence minister 'sagte am Dienstag vor "
        "dem Parlament' `bis zu 15.000` 'weiteren' being prepared (at_most, increment, planned); "
        "the society's own `Tausende` young men sold to Russia (unattributed, in Russia, "
        "required); teams, spectators, kilos, hectares, euros, the Bundeswehr's `rund 181.000` "
        "(another army), ages, years, dates, times",
    text="""\
---
title: "Vereinsbrief November"
date: 2024-11-13
verein: Rückepferde-Freunde Vogler e.V.
---

# Vereinsbrief November

Liebe Mitglieder, liebe Pferdeleute,

das Holzrücken am Hang oberhalb von Heinrichshagen war unser bestes seit Jahren: 14 Gespanne, \
dazu gut 1.100 Zuschauer trotz Nieselregen. Den Wettbewerb im Vorderzeug hat Hanne Ebeling mit \
ihrer Noriker-Stute Frieda gewonnen; die Buchenstämme wogen bis zu 600 Kilo. Die Forstleute \
haben uns für den Winter wieder 2,4 Hektar Durchforstung im Vogler zugesagt, und der \
Jahresbeitrag bleibt bei 45 Euro.

## Daryna und ein Anruf am Sonntag

Daryna Hontschar, 29, Pferdewirtin aus Schytomyr, arbeitet seit dem Frühjahr auf einem Hof in \
Dielmissen und führt bei uns die Jungpferde an die Kette. Ihr Verlobter dient bei der Infanterie \
im Gebiet Kursk. Am Sonntag habe er kurz angerufen, berichtet Daryna. In einem Waldstück vor \
seinem Abschnitt hätten sich [[mehrere Dutzend]] Nordkoreaner eingegraben. Beim ersten \
Zusammenstoß seien [[drei]] von ihnen getötet worden. „Er sagt, sie kämpfen anders als die \
Russen, leiser“, erzählt sie.

## Frau Lim kam 1973

Lim Sun-ok, 76, kam 1973 als Krankenschwester aus Masan nach Niedersachsen und lebt heute in \
Bodenwerder. Auf einem Pferd hat sie nie gesessen, aber sie verpasst kein Rücken. Nach ihrer \
Einschätzung werden bis zum Frühjahr [[30.000]] Nordkoreaner in Russland stehen. „Die Mütter dort \
erfahren nichts, bis ein Brief kommt – oder keiner“, sagt sie.

## Aus den Nachrichten

Nach Angaben aus Washington sind [[mehr als 10.000]] Nordkoreaner inzwischen ins Gebiet Kursk \
verlegt worden. Der ukrainische Militärgeheimdienst zählte Anfang November [[11.000]] Soldaten aus \
dem Norden in der Region. Südkoreas Verteidigungsminister sagte am Dienstag vor dem Parlament in \
Seoul, Pjöngjang bereite die Entsendung von [[bis zu 15.000]] weiteren Soldaten vor. Wenn bei uns \
zwei Kaltblüter einen Stamm aus dem Hang ziehen, denken wir an [[Tausende]] junger Männer, die \
ein Staat wie Ware an Russland verkauft hat. Zum Vergleich: Die Bundeswehr zählt rund \
181.000 Soldatinnen und Soldaten.

Nächstes Treffen: Samstag, 7. Dezember, 10 Uhr, Reithalle Eschershausen. Kaffee und Butterkuchen \
gibt es für 3 Euro.
""",
    claims=(
        C("mehrere Dutzend", None, "vague", "near_front", "other", "sun..pub",
          "a horse groom from Zhytomyr relaying her fiancé, an infantryman in the Kursk region "
          "('Am Sonntag habe er kurz angerufen, berichtet Daryna', Konjunktiv; the speaker "
          "quoted: other): dug in in a wood before his sector (from Sunday, 10 November, to "
          "publication)"),
        C("drei", 3, "exact", "casualties", "other", "sun..pub",
          "same call, Konjunktiv carried: killed in the first clash (number word)"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "a retired nurse from Masan, 'Nach ihrer Einschätzung' (undated): in Russia by spring "
          "(a forecast of a total: planned)"),
        C("mehr als 10.000", 10000, "at_least", "near_front", "united_states", "pub",
          "'Nach Angaben aus Washington' (undated): moved to the Kursk region by now"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-01..2024-11-10",
          "'Der ukrainische Militärgeheimdienst zählte Anfang November' (days 1-10): in the "
          "region (the Kursk region of the sentence before)"),
        C("bis zu 15.000", 15000, "at_most", "planned", "south_korea", "tue",
          "'Südkoreas Verteidigungsminister sagte am Dienstag vor dem Parlament' (12 November): "
          "'weiteren' soldiers being prepared (increment, planned)", add=True),
        C("Tausende", None, "vague", "in_russia", "unattributed", "pub",
          "the society's own framing, no source (required): young men a state sold to Russia"),
    ),
)


S04 = Source(
    article_id="v173_04_elternbrief_schwimmschule_bodenwerder",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-07-09"),
    dated_by="sidecar",
    sidecar=(
        "Schwimmschule Weserbogen, Bodenwerder – Elternbrief",
        "https://www.schwimmschule-weserbogen.example/elternbrief/2025-07",
        "Seepferdchen, Ferienkurse und eine Nachricht aus dem Gebiet Sumy",
    ),
    features="a swimming school's parents' letter from Bodenwerder on the Weser by the Vogler "
        "(Lower Saxony) as plain text, UTF-16 LE with BOM (sidecar, Wednesday; the sidecar title "
        "without a figure), `„“`; badges, degrees, the holiday courses' hours, euros and group "
        "size first; a lifeguard from Kryvyi Rih relaying her father, a border guard in the Sumy "
        "region ('Er habe ihr am Freitag geschrieben, erzählt Anastasija:', Konjunktiv carried) "
        "`ungefähr hundert` searching a field on the Russian side (approx with a number word, near "
        "the front) and `fünf` caught by a drone (number word, casualties; both other, from Friday "
        "to publication); a lab worker from Incheon 'vermutet' `mindestens 6.000` 'weitere' to be "
        "'nachgeschickt' (at_least, increment, planned, other, `pub`); Shoigu ('Bei seinem Besuch "
        "in Pjöngjang Mitte Juni hatte … angekündigt') `1.000` deminers and `5.000` military "
        "builders for the Kursk region (russia, planned, days 11-20, not increments); North Korean "
        "television 'war Ende Juni zu sehen' with the coffins of `Dutzenden` fallen (north_korea, "
        "casualties, days 21-30); 'Laut südkoreanischem Geheimdienst' `etwa 11.000` 'weiterhin' in "
        "Russia (still, `pub`); children, badges, degrees, hours, euros, ages, dates, a phone "
        "number",
    text="""\
Schwimmschule Weserbogen – Elternbrief Juli 2025

Liebe Eltern,

was für ein Frühsommer! Seit Ostern haben 86 Kinder ihr Seepferdchen geschafft und 23 das \
Bronzeabzeichen, und das Wasser im Freibad an der Weser hatte am Wochenende endlich 24 Grad. Die \
Ferienkurse beginnen am 21. Juli: zehn Stunden für 120 Euro, höchstens acht Kinder pro Gruppe. \
Bitte denkt an Badekappen für lange Haare und an Sonnencreme für den Beckenrand.

Anastasija und ihr Vater

Anastasija Sawtschenko, 27, Rettungsschwimmerin aus Krywyj Rih, unterrichtet bei uns die \
Anfängergruppen am Vormittag. Ihr Vater ist Grenzsoldat im Gebiet Sumy. Er habe ihr am Freitag \
geschrieben, erzählt Anastasija: Auf der russischen Seite hätten [[ungefähr hundert]] Nordkoreaner \
mit Sonden und Metalldetektoren ein Feld abgesucht. Eine ukrainische Drohne habe [[fünf]] von \
ihnen erwischt. „Papa schreibt, sie arbeiten wie Maschinen, auch in der Mittagshitze“, sagt sie.

Eine Mutter aus Incheon

Jung Hye-rim, 52, ist Laborantin in einem Duftstoffwerk weiter oben an der Weser und bringt \
zweimal die Woche ihre Zwillinge. Sie vermutet, dass Kim bis Jahresende [[mindestens 6.000]] \
weitere Arbeitersoldaten nach Russland nachschickt. „Bei uns hieß es früher: Wer in den Norden \
geht, kommt nicht zurück“, sagt sie.

Was in der Zeitung stand

Bei seinem Besuch in Pjöngjang Mitte Juni hatte Sergej Schoigu, Sekretär des russischen \
Sicherheitsrats, [[1.000]] nordkoreanische Pioniere zum Minenräumen und [[5.000]] Bausoldaten für \
den Wiederaufbau im Gebiet Kursk angekündigt. Im nordkoreanischen Fernsehen war Ende Juni zu \
sehen, wie Kim Jong Un die Särge von [[Dutzenden]] Gefallenen mit der Staatsflagge bedeckte. Laut \
südkoreanischem Geheimdienst sind weiterhin [[etwa 11.000]] Soldaten aus dem Norden in Russland \
stationiert.

Anmeldung für die Ferienkurse bei Jörg Mansholt, Telefon 05533 401762, oder direkt am Beckenrand.

Nasse Grüße
Euer Team vom Weserbogen
""",
    claims=(
        C("ungefähr hundert", 100, "approx", "near_front", "other", "fri..pub",
          "a lifeguard from Kryvyi Rih relaying her father, a border guard in the Sumy region "
          "('Er habe ihr am Freitag geschrieben, erzählt Anastasija:', Konjunktiv; the speaker "
          "quoted: other): searching a field on the Russian side with probes (number word 100; "
          "from Friday, 4 July, to publication)"),
        C("fünf", 5, "exact", "casualties", "other", "fri..pub",
          "same message, Konjunktiv carried: caught by a Ukrainian drone (number word)"),
        C("mindestens 6.000", 6000, "at_least", "planned", "other", "pub",
          "a lab worker from Incheon, 'Sie vermutet' (undated): 'weitere' worker-soldiers to be "
          "'nachgeschickt' by the end of the year (increment, planned)", add=True),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "'Bei seinem Besuch in Pjöngjang Mitte Juni hatte Sergej Schoigu … angekündigt' (days "
          "11-20): sappers for demining in the Kursk region (a first group, no 'weitere': not an "
          "increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-11..2025-06-20",
          "same announcement: military builders for rebuilding the Kursk region"),
        C("Dutzenden", None, "vague", "casualties", "north_korea", "2025-06-21..2025-06-30",
          "'Im nordkoreanischen Fernsehen war Ende Juni zu sehen' (days 21-30): Kim covering the "
          "coffins of the fallen with the flag"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "pub",
          "'Laut südkoreanischem Geheimdienst' (undated): 'weiterhin' stationed in Russia (still, "
          "not an increment)"),
    ),
)


S05 = Source(
    article_id="v173_05_notenblatt_kurkapelle_groemitz_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-08-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kurkapelle Grömitz – Notenblatt",
        "https://www.kurkapelle-groemitz.example/notenblatt/2025-08",
        "Notenblatt August: Konzertmuschel, neue Tuba und Bohdans Sohn",
    ),
    features="a spa band's concert notes from Grömitz on the Ostholstein coast (Schleswig-"
        "Holstein) in Markdown, UTF-8 with BOM and CRLF, front matter without a date (sidecar, "
        "Thursday) and a title without a figure, `„“`; concerts, musicians, rain, listeners at "
        "the pier, a tuba's euros and the hat money first; a clarinettist from Cherkasy relaying "
        "his son on the Sumy border ('Was ihm sein Sohn am Montag am Telefon erzählte, gibt er "
        "so wieder:', Konjunktiv carried) `ein paar hundert` building bunkers across the border "
        "(vague, near the front) and `drei` taken prisoner by 'Zwei Kameraden' at the weekend "
        "(the two are Ukrainians: not a claim; number word, casualties; both other, from Monday "
        "to publication; the weekend is the event); a retired music teacher from Jeju ('Nach "
        "ihrer Einschätzung') `gut 15.000` sent so far (at_least, other, `pub`); 'Der "
        "Staatsagentur KCNA zufolge' Kim 'am Sonntag' decorating the families of `über hundert` "
        "fallen (at_least with a number word, north_korea, casualties); Ukraine's military "
        "intelligence 'teilte am Dienstag mit' `6.000` builders arrived in the Kursk region "
        "(near the front, not an increment); Russia's defence ministry's video 'vergangene "
        "Woche' of `Dutzenden` deminers in the Kursk region (russia, vague); 'Die Nato geht "
        "davon aus' `rund 11.000` in Russia (`pub`); concerts, musicians, listeners, euros, "
        "ages, years, times, a phone number",
    text="""\
---
title: "Notenblatt August"
kapelle: Kurkapelle Grömitz
---

# Notenblatt August

Liebe Gäste, liebe Freundinnen und Freunde der Kurmusik,

bis Ende Juli haben wir in der Konzertmuschel 41 Konzerte gespielt, mit elf Musikerinnen und \
Musikern; nur dreimal hat uns der Regen von der Bühne vertrieben. Zum Sommernachtskonzert an der \
Seebrücke kamen 4.800 Menschen. Die neue Tuba hat 7.900 Euro gekostet, 2.300 davon kamen aus dem \
Hut, den wir nach jedem Konzert herumgehen lassen. Der Eintritt bleibt frei.

## Bohdan und sein Sohn

Bohdan Lyssenko, 58, hat drei Jahrzehnte lang im Orchester von Tscherkassy Klarinette gespielt \
und sitzt seit 2023 bei uns in der ersten Reihe. Sein Sohn dient an der Grenze im Gebiet Sumy. \
Was ihm sein Sohn am Montag am Telefon erzählte, gibt er so wieder: Jenseits der Grenze bei \
Tjotkino arbeiteten [[ein paar hundert]] Nordkoreaner an Bunkern und Gräben. Zwei Kameraden \
seines Sohnes hätten am Wochenende [[drei]] von ihnen gefangen genommen. „Er klingt ruhig, und \
gerade das macht mir Angst“, sagt Bohdan.

## Frau Shin aus Jeju

Shin Ok-hee, 68, war Musiklehrerin auf Jeju und verbringt jeden Sommer sechs Wochen bei ihrer \
Tochter in Cismar. Nach ihrer Einschätzung hat Kim bisher [[gut 15.000]] Soldaten nach Russland \
geschickt. „In Pjöngjang spielt die Musik laut, damit niemand die Mütter hört“, sagt sie.

## Nachrichten

Der Staatsagentur KCNA zufolge überreichte Kim am Sonntag den Angehörigen von [[über hundert]] \
Gefallenen Orden. Der ukrainische Militärgeheimdienst teilte am Dienstag mit, [[6.000]] \
nordkoreanische Bausoldaten seien inzwischen in der Region Kursk eingetroffen. Russlands \
Verteidigungsministerium veröffentlichte vergangene Woche ein Video von [[Dutzenden]] \
Minenräumern aus dem Norden auf Feldern im Gebiet Kursk. Die Nato geht davon aus, dass derzeit \
[[rund 11.000]] Nordkoreaner in Russland stehen.

Nächste Konzerte: täglich außer montags um 10.30 und um 15 Uhr. Fragen an Kapellmeister Uwe \
Harms, Telefon 04562 256190.
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "mon..pub",
          "a clarinettist from Cherkasy relaying his son on the Sumy border ('Was ihm sein Sohn "
          "am Montag am Telefon erzählte, gibt er so wieder:', Konjunktiv; the speaker quoted: "
          "other): building bunkers and trenches across the border near Tyotkino (from Monday, "
          "11 August, to publication)"),
        C("drei", 3, "exact", "casualties", "other", "mon..pub",
          "same call, Konjunktiv carried: taken prisoner 'am Wochenende' (the event, not the "
          "claim date; 'Zwei Kameraden' are Ukrainians: not a claim)"),
        C("gut 15.000", 15000, "at_least", "in_russia", "other", "pub",
          "a retired music teacher from Jeju, 'Nach ihrer Einschätzung' (undated): sent to Russia "
          "so far ('gut' as at_least, as in earlier sets)"),
        C("über hundert", 100, "at_least", "casualties", "north_korea", "sun",
          "'Der Staatsagentur KCNA zufolge überreichte Kim am Sonntag' (10 August): decorations "
          "for the families of the fallen (number word 100)"),
        C("6.000", 6000, "exact", "near_front", "ukraine", "tue",
          "'Der ukrainische Militärgeheimdienst teilte am Dienstag mit' (12 August), Konjunktiv: "
          "builders arrived in the Kursk region (no 'weitere': not an increment)"),
        C("Dutzenden", None, "vague", "near_front", "russia", "lastweek",
          "'Russlands Verteidigungsministerium veröffentlichte vergangene Woche ein Video': "
          "deminers on fields in the Kursk region"),
        C("rund 11.000", 11000, "approx", "in_russia", "nato", "pub",
          "'Die Nato geht davon aus' (undated): in Russia at present"),
    ),
)


S06 = Source(
    article_id="v173_06_hafenbrief_hafenmeisterei_heiligenhafen_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-10-21"),
    dated_by="sidecar",
    sidecar=(
        "Hafenmeisterei Heiligenhafen – Hafenbrief",
        "https://www.hafen-heiligenhafen.example/hafenbrief/herbst-2025",
        "Kranen, Wasser ab, Winterruhe",
    ),
    features="a harbour master's letter to berth holders from Heiligenhafen on the Ostholstein "
        "coast (Schleswig-Holstein) in HTML, UTF-8, no meta date (sidecar, Tuesday; the sidecar "
        "title repeats the headline without a figure), a cookie bar about crane bookings, a "
        "crane script, navigation, entities (`&amp;`, `&nbsp;`, `&bdquo;`, `&ldquo;`, "
        "`&middot;`), a footer with a postcode, a phone number and a radio channel; `<title>` "
        "and headline without a figure; boats, crane and storage prices, water, a storm surge's "
        "metres and closed jetties first; a boat builder from Mariupol relaying his "
        "brother-in-law in a dugout in the Sumy region ('Am Donnerstag, so Serhij, habe ihm sein "
        "Schwager … geschrieben', Konjunktiv carried) `zwischen 200 und 300` in the woods "
        "opposite (range, the span takes `zwischen`, near the front), `zwölf` drones shot down "
        "(not a claim) and `vier` killed in a counter-strike (number word, casualties; both "
        "other, from Thursday to publication); a sailmaker from Sokcho ('Seiner Rechnung nach') "
        "`über 5.000` killed or wounded (at_least, other, `pub`); the NIS 'hatte Anfang "
        "September … gemeldet' `etwa 2.000` dead (days 1-10); 'Nach Angaben der ukrainischen "
        "Armee' `rund 10.000` at the Sumy border (`pub`); Medvedev 'Bei der Parade in Pjöngjang "
        "am 10. Oktober erklärte' the `Tausenden` Korean fighters of Kursk (russia, near the "
        "front); 'Aus dem Pentagon hieß es gestern' (yesterday) 'weitere' `3.000` builders this "
        "autumn (increment, planned); boats, euros, square metres, metres, jetties, drones, "
        "ages, a postcode, a phone number, a radio channel",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hafenbrief Herbst &ndash; Hafenmeisterei Heiligenhafen</title>
<script>const kran = {termineFrei: 38, maxTonnen: 25}; const pegelHinweis = "aktuell";</script>
</head>
<body>
<div class="cookiebar">Wir speichern ein Cookie, damit Ihre Krantermin-Buchung erhalten bleibt. \
<button>In Ordnung</button></div>
<nav><a href="/">Hafen</a> | <a href="/liegeplaetze">Liegeplätze</a> | <a href="/kran">Kran \
&amp; Winterlager</a> | <a href="/hafenbrief">Hafenbrief</a></nav>
<main>
<h1>Kranen, Wasser ab, Winterruhe</h1>
<p>Liebe Liegeplatzinhaberinnen und Liegeplatzinhaber,</p>
<p>die Kranwochen haben begonnen. Bis Ende November gehen 410 Boote an Land; das Kranen kostet \
14&nbsp;Euro je Meter Bootslänge, das Winterlager auf dem Gelände 9,50&nbsp;Euro je Quadratmeter. \
Am 1. November wird das Wasser an den Stegen abgestellt. Beim Sturmhochwasser Anfang Oktober \
stand die Ostsee 1,40&nbsp;Meter über dem Mittel; zwei Stege bleiben vorerst gesperrt.</p>
<h2>Serhij und sein Schwager</h2>
<p>Serhij Lytwyn, 49, Bootsbauer aus Mariupol, repariert seit zwei Jahren in unserer Halle \
Gelcoat und Ruderanlagen. Am Donnerstag, so Serhij, habe ihm sein Schwager aus einem Unterstand \
im Gebiet Sumy geschrieben. In den Wäldern gegenüber lägen [[zwischen 200 und 300]] Nordkoreaner. \
Ein Trupp von ihnen habe in der Woche davor zwölf ukrainische Drohnen vom Himmel geholt; bei \
einem Gegenschlag seien dann [[vier]] von ihnen gestorben. &bdquo;Er schreibt, die Koreaner graben \
schneller, als wir schießen&ldquo;, erzählt Serhij.</p>
<h2>Ein Segelmacher aus Sokcho</h2>
<p>Nam Ji-hoon, 35, hat in Sokcho das Segelmachen gelernt und näht jetzt bei uns Persenninge \
und Sprayhoods. Seiner Rechnung nach sind bislang [[über 5.000]] Nordkoreaner getötet oder \
verwundet worden. &bdquo;Jede dieser Zahlen ist eine Familie, die nicht trauern darf&ldquo;, \
sagt er.</p>
<h2>Aus den Meldungen</h2>
<p>Der südkoreanische Geheimdienst hatte Anfang September [[etwa 2.000]] Tote gemeldet. Nach \
Angaben der ukrainischen Armee sind derzeit [[rund 10.000]] Soldaten aus dem Norden an der \
Grenze zum Gebiet Sumy stationiert. Bei der Parade in Pjöngjang am 10. Oktober erklärte der \
frühere russische Präsident Dmitri Medwedew, sein Land werde die [[Tausenden]] koreanischen \
Kämpfer von Kursk nie vergessen. Aus dem Pentagon hieß es gestern, der Norden wolle \
noch in diesem Herbst weitere [[3.000]] Bausoldaten schicken.</p>
</main>
<footer>Hafenmeisterei Heiligenhafen &middot; Am Yachthafen 2 &middot; 23774 Heiligenhafen \
&middot; Telefon 04362 904117 &middot; UKW-Kanal 11</footer>
</body>
</html>
""",
    claims=(
        C("zwischen 200 und 300", None, "range", "near_front", "other", "thu..pub",
          "a boat builder from Mariupol relaying his brother-in-law in a dugout in the Sumy "
          "region ('Am Donnerstag, so Serhij, habe ihm sein Schwager … geschrieben', Konjunktiv; "
          "the speaker quoted: other): lying in the woods opposite (the span takes 'zwischen', "
          "as in corpus_blind170; from Thursday, 16 October, to publication)"),
        C("vier", 4, "exact", "casualties", "other", "thu..pub",
          "same message, Konjunktiv carried: died in a counter-strike (number word; the 'zwölf "
          "ukrainische Drohnen' they shot down are drones: not a claim)"),
        C("über 5.000", 5000, "at_least", "casualties", "other", "pub",
          "a sailmaker from Sokcho, 'Seiner Rechnung nach' (undated): killed or wounded so far"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Der südkoreanische Geheimdienst hatte Anfang September … gemeldet' (days 1-10): "
          "dead"),
        C("rund 10.000", 10000, "approx", "near_front", "ukraine", "pub",
          "'Nach Angaben der ukrainischen Armee' (undated): stationed at the border of the Sumy "
          "region"),
        C("Tausenden", None, "vague", "near_front", "russia", "2025-10-10",
          "'Bei der Parade in Pjöngjang am 10. Oktober erklärte … Medwedew': the Korean fighters "
          "of Kursk Russia will never forget"),
        C("3.000", 3000, "exact", "planned", "united_states", "yday",
          "'Aus dem Pentagon hieß es gestern' (20 October), Konjunktiv: 'weitere' builders to be "
          "sent this autumn (increment, planned; span without 'weitere')", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Bois Blanc Island, Camano Island, K'gari)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v173_07_fly_in_breakfast_wire_bois_blanc",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-19"),
    dated_by="dateline",
    features="an agency-style wire report from the fly-in pancake breakfast at the airstrip of "
        "Bois Blanc Island (northern Michigan) as plain text, UTF-8, slug line, headline "
        "without a figure, byline and dateline 'BOIS BLANC ISLAND, Mich., July 19, 2025 (Straits "
        "Area Press) —' (Saturday), straight quotes and em dashes; planes, `roughly 1,400` "
        "pancakes (a hedge on pancakes: not a claim), dollars, a fire pump and year-round "
        "residents first; an aircraft mechanic from Ivano-Frankivsk relaying his nephew, an "
        "artillery gunner in the Sumy region ('The young man reached him Wednesday night, "
        "Hnatiuk said, and told him that') `close to 150` moving through a village on the "
        "Russian side (approx, near the front) and, 'the nephew said', `seven` killed (number "
        "word, casualties; both other, from Wednesday to publication); a retired crop-duster "
        "pilot born in Cheongju ('By his count') `about 15,000` sent over the past year (other, "
        "`pub`); the NIS 'In a briefing for lawmakers late last month' `6,000` 'more' being "
        "prepared (increment, planned, days 21-30 of June); a State Department official "
        "'estimated on Thursday' `at least 11,000` who 'remain' (not an increment); Ukraine's "
        "military intelligence 'put the number of North Korean dead and wounded at' `more than "
        "5,000` 'on Monday'; a Russian lawmaker who 'told the state news agency RIA on Tuesday' "
        "`several thousand` builders to reach the Kursk region by autumn (russia, vague, "
        "planned); planes, pancakes, dollars, residents, Russia's own losses (`around a "
        "million`), ages, years, a desk phone number",
    text="""\
BC-MI--Bois Blanc-Fly-In, 1st Ld
Pancakes, propellers and a worried mechanic on Bois Blanc Island
By Carla Venstra
Pine Coast Press

BOIS BLANC ISLAND, Mich., July 19, 2025 (Pine Coast Press) — Sixty-one small planes touched \
down on the grass strip of this island's little airport on Saturday for the annual fly-in pancake \
breakfast, and volunteers flipped roughly 1,400 pancakes before the fog rolled back in off the \
lake. A plate costs $12; the money goes toward an $18,000 pump for the island's volunteer fire \
department, which looks after the 70 or so people who live here year-round.

Among the pilots was Yaroslav Hnatiuk, 40, an aircraft mechanic from Ivano-Frankivsk who works \
at a regional airport in northern Michigan and flew over in a borrowed Cessna. His nephew serves \
with an artillery battery in the Sumy region. The young man reached him Wednesday night, Hnatiuk \
said, and told him that [[close to 150]] North Korean soldiers had been seen moving through a \
village on the Russian side. The battery opened fire at dawn, the nephew said, and [[seven]] of \
them were killed. "He is 22 and he talks like an old man now," Hnatiuk said, wiping syrup off \
his hands.

Peter Hwang, 72, a retired crop-duster pilot born in Cheongju, has not missed the breakfast in a \
decade. By his count, Pyongyang has sent [[about 15,000]] men to Russia over the past year. "Kim \
pays for oil and rockets with teenagers," he said.

In a briefing for lawmakers late last month, South Korea's spy agency said the North was \
preparing [[6,000]] more troops for Russia, most of them military builders and deminers. A State \
Department official estimated on Thursday that [[at least 11,000]] of Kim's troops remain on \
Russian soil. Ukraine's military intelligence agency put the number of North Korean dead and \
wounded at [[more than 5,000]] on Monday. And a Russian lawmaker told the state news agency RIA \
on Tuesday that [[several thousand]] North Korean builders would reach the Kursk region by \
autumn. Russia's own army, by Britain's reckoning, has lost around a million men killed or \
wounded since 2022.

By midmorning the line at the griddle stretched past the windsock. Organizers said the breakfast \
raised $9,300, about $1,000 more than last summer.

(Reporting by Carla Venstra; editing by Tom Ruelle; desk 231-555-0148)
""",
    claims=(
        C("close to 150", 150, "approx", "near_front", "other", "wed..pub",
          "an aircraft mechanic from Ivano-Frankivsk relaying his nephew, an artillery gunner in "
          "the Sumy region ('The young man reached him Wednesday night, Hnatiuk said, and told "
          "him that'; the speaker quoted: other): moving through a village on the Russian side "
          "(from Wednesday, 16 July, to publication)"),
        C("seven", 7, "exact", "casualties", "other", "wed..pub",
          "same call, 'the nephew said' (carried; 'at dawn' is the event): killed (number word)"),
        C("about 15,000", 15000, "approx", "in_russia", "other", "pub",
          "a retired crop-duster pilot born in Cheongju, 'By his count' (undated): sent to "
          "Russia over the past year (a period; a total, not an increment)"),
        C("6,000", 6000, "exact", "planned", "south_korea", "2025-06-21..2025-06-30",
          "'In a briefing for lawmakers late last month, South Korea's spy agency said' (days "
          "21-30 of June): 'more' troops being prepared for Russia (increment, planned)",
          add=True),
        C("at least 11,000", 11000, "at_least", "in_russia", "united_states", "thu",
          "'A State Department official estimated on Thursday' (17 July): 'remain on Russian "
          "soil' (not an increment)"),
        C("more than 5,000", 5000, "at_least", "casualties", "ukraine", "mon",
          "'Ukraine's military intelligence agency put the number of North Korean dead and "
          "wounded at … on Monday' (14 July)"),
        C("several thousand", None, "vague", "planned", "russia", "tue",
          "'a Russian lawmaker told the state news agency RIA on Tuesday' (15 July): builders to "
          "reach the Kursk region by autumn (a forecast: planned)"),
    ),
)


S08 = Source(
    article_id="v173_08_hall_notes_grange_camano_md",
    language="en", fmt="md", encoding="cp1252", published=day("2024-12-09"),
    dated_by="front_matter",
    features="a Grange's hall notes from Camano Island (Island County, Washington) in Markdown, "
        "windows-1252 with `—` and curly quotes, front matter with `date:` (Monday) and a title "
        "repeating the headline (optional); the headline's `11,000` from Ukraine's defence "
        "minister of Tuesday (Tuesday to publication, exact, near the front); a pie auction's "
        "dollars, a pie's price, the hall's year, members and 4-H meetings first; a dental "
        "hygienist from Bila Tserkva relaying her husband, a combat medic in the Kursk region "
        "('He reached her on Thursday over a shaky satellite link, she said, and described') "
        "`about 80` crossing a frozen field (approx, near the front) and, 'he told her', "
        "`thirty-some` bodies counted (new shape, approx 30 like '-odd'; casualties; both other, "
        "from Thursday to publication); a retired machinist from Incheon 'expects' `tens of "
        "thousands` 'more' by spring (vague, increment, planned, other, `pub`); Ukraine's defence "
        "minister 'said on Tuesday' `about 11,000` fighting in the Kursk region; a Pentagon "
        "spokeswoman 'On Wednesday' `dozens` killed or wounded; the South Korean joint chiefs "
        "'told reporters in Seoul on Friday' `up to 20,000` 'more' (at_most, increment, planned); "
        "NATO's Rutte 'speaking last week' on the `10,000-plus` in Russia (at_least); dollars, "
        "members, meetings, years, ages, a dish for eight, a phone number",
    text="""\
---
title: "Pies, a furnace fund and Kyiv's [[11,000]]"
date: 2024-12-09
grange: Camano Island Grange No. 1142
---

# Pies, a furnace fund and Kyiv's [[11,000]]

The Thanksgiving pie auction brought in $3,450 — our best ever — and the last marionberry pie \
went for $140 to a bidder from Stanwood who would not give up. Every dollar goes into the furnace \
fund: the old oil burner in our 1921 hall has given us three cold Tuesdays this fall. We now \
have 87 paid members, and the 4-H club met upstairs 11 times this year.

## A medic's call

Nadia Savchuk, 38, a dental hygienist from Bila Tserkva who came to the island last year, joined \
the Grange to learn canning and now runs the jam table. Her husband is a combat medic in the \
Kursk region. He reached her on Thursday over a shaky satellite link, she said, and described \
[[about 80]] North Koreans crossing a frozen beet field toward his unit's trenches in broad \
daylight. Afterward, he told her, the unit counted [[thirty-some]] bodies in the furrows. \
“He said they did not even crouch,” Nadia said.

## From the seed library

Charles Yi, 74, a retired machinist born in Incheon, keeps our seed library in the old cloakroom. \
He expects Kim to send [[tens of thousands]] more by spring. “The North has soldiers the way we \
have rain,” he said.

## The week's news

Ukraine's defense minister said on Tuesday that [[about 11,000]] North Korean soldiers were now \
fighting in the Kursk region. On Wednesday, a Pentagon spokeswoman said they had joined Russian \
assaults and that [[dozens]] had already been killed or wounded. South Korea's Joint Chiefs of \
Staff told reporters in Seoul on Friday that the North could send [[up to 20,000]] more. NATO's \
Mark Rutte, speaking last week, called the [[10,000-plus]] North Korean troops in Russia a \
dangerous widening of the war.

Next potluck: Saturday, December 14, 5 p.m. Bring a dish for eight. Hall rental questions: \
360-555-0127.
""",
    claims=(
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("11,000", 11000, "exact", "near_front", "ukraine", "tue..pub",
          "headline ('Kyiv's 11,000'): the defence minister's figure of the body ('said on "
          "Tuesday', 3 December), Tuesday to publication, hedge dropped: fighting in the Kursk "
          "region"),
        C("about 80", 80, "approx", "near_front", "other", "thu..pub",
          "a dental hygienist from Bila Tserkva relaying her husband, a combat medic in the Kursk "
          "region ('He reached her on Thursday over a shaky satellite link, she said, and "
          "described'; the speaker quoted: other): crossing a frozen field toward his unit's "
          "trenches (from Thursday, 5 December, to publication)"),
        C("thirty-some", 30, "approx", "casualties", "other", "thu..pub",
          "same call, 'he told her' (carried): bodies counted afterwards ('-some' after a number "
          "word as approx, like '-odd' of earlier sets; new shape)"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a retired machinist born in Incheon, 'He expects' (undated): 'more' to be sent by "
          "spring (increment, planned)", add=True),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "tue",
          "'Ukraine's defense minister said on Tuesday' (3 December): fighting in the Kursk "
          "region"),
        C("dozens", None, "vague", "casualties", "united_states", "wed",
          "'On Wednesday, a Pentagon spokeswoman said' (4 December): killed or wounded"),
        C("up to 20,000", 20000, "at_most", "planned", "south_korea", "fri",
          "'South Korea's Joint Chiefs of Staff told reporters in Seoul on Friday' (6 December): "
          "could send 'more' (increment, planned)", add=True),
        C("10,000-plus", 10000, "at_least", "in_russia", "nato", "lastweek",
          "'NATO's Mark Rutte, speaking last week': troops in Russia ('-plus' as at_least, as in "
          "earlier sets)"),
    ),
)


S09 = Source(
    article_id="v173_09_letters_tide_line_kgari",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-06"),
    dated_by="sidecar",
    sidecar=(
        "The K'gari Tide Line",
        "https://www.kgaritideline.example/letters/2025-03-06",
        "Letters: beach speed, a son in Kursk and the barge timetable",
    ),
    features="a readers' letters page from a K'gari (Fraser Island, Queensland) weekly as plain "
        "text, UTF-16 LE with BOM (sidecar, Thursday), `–` and straight quotes; letters on "
        "beach speeding past Eurong and on the barge timetable without a claim (km/h, metres, "
        "weeks); a reader at Kingfisher Bay relaying her son, a drone operator in the Kursk "
        "region ('He rang me on Saturday. He said') `about 250` attacking his company's "
        "positions over two days (approx, near the front) and `more than 40` killed (at_least, "
        "casualties; both other, from Saturday to publication); a reader from Orchid Beach "
        "answering the paper's own story ('Your story of February 20 said') `12,000` fighting "
        "(unattributed, near the front, required, that day), the NIS that 'told its parliament' "
        "'On February 27' `about 3,000` 'more' arrived (increment), Zelensky 'last week' "
        "`nearly 4,000` killed or wounded (approx) and NATO's secretary-general who 'has warned' "
        "`thousands` 'more' (vague, increment, planned, `pub`); a reader at River Heads relaying "
        "his brother-in-law, a retired colonel in Daejeon ('He reckons') `4,000 or more` killed "
        "or wounded since the autumn (at_least, other, `pub`); km/h, metres, weeks, years, "
        "place names, Australia's regular army (`around 29,000`)",
    text="""\
LETTERS TO THE EDITOR
The K'gari Tide Line – Thursday edition

Slow down on the sand

Three times this summer I have watched a four-wheel drive sitting well over the 80 km/h limit on \
the beach south of Eurong, with kids in the back and a pack of dingoes 200 metres ahead. The \
rangers cannot be everywhere, and the tide does not care how expensive your tyres were.
– Beverley Ashcombe, Eurong

A son in Kursk

My son Dmytro is a drone operator in the Kursk region. He rang me on Saturday. He said \
[[about 250]] North Koreans had come at his company's positions over two days, and that \
[[more than 40]] of them were killed, most of them in a minefield they did not seem to know about. \
I came to this island in 2023 and clean holiday units for a living, and I read your paper every \
week. Please keep writing about this war, even here.
– Liudmyla Petrenko, Kingfisher Bay

The numbers keep climbing

Your story of February 20 said [[12,000]] North Koreans were fighting for Russia. On February 27 \
South Korea's spy agency told its parliament that [[about 3,000]] more had arrived since January, \
and last week President Zelensky said [[nearly 4,000]] had been killed or wounded. NATO's \
secretary-general has warned that [[thousands]] more could follow. That is close to half \
the size of our own regular army of around 29,000. Is anyone in Canberra counting?
– Graham Toovey, Orchid Beach

A view from Daejeon

My brother-in-law is a retired army colonel in Daejeon who follows the North the way other men \
follow the football. He reckons Pyongyang has lost [[4,000 or more]] soldiers killed or wounded \
since the autumn, and that it will simply print new call-up papers.
– Seo Jae-won, River Heads

Print the barge timetable earlier

Could the barge operators publish the winter timetable before June this year? Last year it \
appeared two weeks after the times had already changed, and half the island missed the Sunday \
crossing.
– Col Haddrick, Eurong

Letters may be edited for length. Please include your name and where you live on the island.
""",
    claims=(
        C("about 250", 250, "approx", "near_front", "other", "sat..pub",
          "a reader at Kingfisher Bay relaying her son, a drone operator in the Kursk region ('He "
          "rang me on Saturday. He said'; the speaker quoted: other): came at his company's "
          "positions 'over two days' (a period; from Saturday, 1 March, to publication)"),
        C("more than 40", 40, "at_least", "casualties", "other", "sat..pub",
          "same call, 'and that': killed, most in a minefield"),
        C("12,000", 12000, "exact", "near_front", "unattributed", "2025-02-20",
          "'Your story of February 20 said' (the paper's own story cited by a reader: "
          "unattributed, required, as 'Your February 27 story' of corpus_blind170): fighting for "
          "Russia"),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "2025-02-27",
          "'On February 27 South Korea's spy agency told its parliament': 'more' arrived since "
          "January (increment; 'since January' is a period)", add=True),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "lastweek",
          "'last week President Zelensky said': killed or wounded ('nearly' as approx, as in "
          "earlier sets)"),
        C("thousands", None, "vague", "planned", "nato", "pub",
          "'NATO's secretary-general has warned' (undated): 'more' could follow (increment, "
          "planned)", add=True),
        C("4,000 or more", 4000, "at_least", "casualties", "other", "pub",
          "a reader at River Heads relaying his brother-in-law, a retired colonel in Daejeon, "
          "'He reckons' (undated; the speaker quoted: other): killed or wounded 'since the "
          "autumn' (a period; 'or more' after the number as at_least, as in earlier sets)"),
    ),
)


S10 = Source(
    article_id="v173_10_trail_notes_studio_tour_camano_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-05-09"),
    dated_by="html_meta",
    features="an artists' studio trail's notes page from Camano Island (Island County, "
        "Washington) in HTML, UTF-8 with BOM, `article:published_time` -07:00 (Friday), an "
        "`og:title` without a figure and a `<title>` repeating the headline (optional), a cookie "
        "note about starred studios, a trail script, navigation, entities (`&rsquo;`, "
        "`&ldquo;`, `&rdquo;`, `&middot;`), a footer with a PO box, a ZIP code and a phone "
        "number; the headline's `12,000` from Russia's chief of the general staff of April 26 "
        "(that day to publication, hedge dropped, near the front); studios, a raku class's "
        "dollars and last year's visitors first; a woodturner from Rivne relaying his brother, a "
        "paratrooper near Sumy ('He called early Tuesday, Mykhailo said, and reported that') "
        "`sixty or seventy` trying to push into the Sumy region (range in number words, as "
        "'fifty or sixty' of earlier sets; near the front) and sentence-initial `Two` who "
        "surrendered to a drone, 'he said' (number word, casualties; both other, from Tuesday to "
        "publication); a watercolourist born in Andong who 'believes' `north of 20,000` gone to "
        "Russia since last fall (at_least, other, `pub`); Russia's chief of the general staff "
        "thanking the `roughly 12,000` who helped retake the Kursk region 'in televised remarks "
        "on April 26'; the NIS 'On April 30' putting casualties at `4,700`, `some 600` of them "
        "dead; a senior U.S. defence official 'In a briefing on Wednesday' `as many as 3,000` "
        "replacements (at_most, increment, in Russia); studios, dollars, visitors, ages, years, "
        "a PO box, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-05-09T06:00:00-07:00">
<meta property="og:title" content="Trail notes: maps, raku and a woodturner's brother">
<title>Open studios, and Moscow's thanks to [[12,000]] North Koreans | Camano Studio Trail</title>
<script>window.trail = {studios: 42, days: 2, mapEdition: "spring"};</script>
</head>
<body>
<div class="cookie-note">We keep one cookie so the map remembers the studios you starred. \
<a href="#">Fine by me</a></div>
<nav><a href="/">Trail</a> &middot; <a href="/map">Map</a> &middot; <a href="/artists">Artists\
</a> &middot; <a href="/notes">Notes</a></nav>
<main>
<h1>Open studios, and Moscow&rsquo;s thanks to [[12,000]] North Koreans</h1>
<p>The trail opens Saturday morning with 42 studios from Utsalady to the south end of the island, \
two more than last spring. Maps are free at the park-and-ride in Stanwood; the raku firing \
sessions cost $25 and fill fast. Last May about 1,600 visitors came over the bridge, and the \
coffee stand at Terry&rsquo;s Corner ran dry by noon.</p>
<h2>The woodturner&rsquo;s brother</h2>
<p>Mykhailo Dovzhenko, 44, a woodturner from Rivne who has lived near Mabana since 2019, will \
show salad bowls of madrone and bigleaf maple. His younger brother is a paratrooper near Sumy. \
He called early Tuesday, Mykhailo said, and reported that [[sixty or seventy]] North Koreans had \
tried to push into the Sumy region near his position. [[Two]] of them surrendered to a drone, he \
said, holding up a sign they had made from a cardboard box.</p>
<h2>A painter&rsquo;s arithmetic</h2>
<p>Grace Min, 58, a watercolorist born in Andong, moved to Camano in 2002 and paints mostly \
herons. She believes [[north of 20,000]] men have gone from the North to Russia since last fall. \
&ldquo;Nobody there gets to say no,&rdquo; she said.</p>
<h2>From the news</h2>
<p>Russia&rsquo;s chief of the general staff thanked the [[roughly 12,000]] North Korean troops \
who helped drive Ukrainian forces out of the Kursk region, in televised remarks on April 26. On \
April 30, South Korea&rsquo;s spy agency put total North Korean casualties at [[4,700]], \
[[some 600]] of them dead. In a briefing on Wednesday, a senior U.S. defense official said \
[[as many as 3,000]] replacements had reached Russia since February.</p>
</main>
<footer>Camano Studio Trail &middot; PO Box 214, Camano Island, WA 98282 &middot; \
360-555-0164</footer>
</body>
</html>
""",
    claims=(
        C("12,000", 12000, "exact", "near_front", "russia", "2025-04-26..pub",
          "<title> repeating the headline (metadata): optional", opt=True),
        C("12,000", 12000, "exact", "near_front", "russia", "2025-04-26..pub",
          "headline ('Moscow's thanks to 12,000 North Koreans'): the general staff chief's "
          "figure of the body ('in televised remarks on April 26'), that day to publication, "
          "hedge dropped: helped retake the Kursk region"),
        C("sixty or seventy", None, "range", "near_front", "other", "tue..pub",
          "a woodturner from Rivne relaying his brother, a paratrooper near Sumy ('He called "
          "early Tuesday, Mykhailo said, and reported that'; the speaker quoted: other): tried "
          "to push into the Sumy region (number words, range, as 'fifty or sixty' of earlier "
          "sets; from Tuesday, 6 May, to publication)"),
        C("Two", 2, "exact", "casualties", "other", "tue..pub",
          "same call, 'he said' (carried), sentence-initial number word: surrendered to a drone"),
        C("north of 20,000", 20000, "at_least", "in_russia", "other", "pub",
          "a watercolourist born in Andong, 'She believes' (undated): gone to Russia 'since last "
          "fall' (a period; 'north of' as at_least, as in earlier sets)"),
        C("roughly 12,000", 12000, "approx", "near_front", "russia", "2025-04-26",
          "Russia's chief of the general staff 'thanked … in televised remarks on April 26' (the "
          "date after the figure): helped drive Ukrainian forces out of the Kursk region"),
        C("4,700", 4700, "exact", "casualties", "south_korea", "2025-04-30",
          "'On April 30, South Korea's spy agency put total North Korean casualties at'"),
        C("some 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "same sentence: of them dead"),
        C("as many as 3,000", 3000, "at_most", "in_russia", "united_states", "wed",
          "'In a briefing on Wednesday, a senior U.S. defense official said' (7 May): "
          "replacements reached Russia 'since February' (increment, as replacements of earlier "
          "sets; the period is not the claim date)", add=True),
    ),
)


S11 = Source(
    article_id="v173_11_store_bulletin_general_store_bois_blanc_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-09-26"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Pointe Pines General Store, Bois Blanc Island",
        "https://www.pointepinesstore.example/bulletin/2025-09",
        "Store Bulletin: winter hours, propane and a welder's godson",
    ),
    features="a general store's bulletin from Bois Blanc Island (northern Michigan) in "
        "Markdown, ISO-8859-1 with CRLF, straight quotes and `--` for dashes, front matter with "
        "`date:` as well as the sidecar (Friday) and a title without a figure; propane and ice "
        "prices, winter hours, the walk-in cooler's year and a compressor's dollars first; a "
        "welder from Kremenchuk relaying his godson, a rifleman on the Sumy border ('His "
        "godson … texted him on Monday that') `half a dozen` scouts caught in a tree line (new "
        "shape, 6, exact like 'a dozen'; casualties) and `a few hundred` 'others' dug in across "
        "the border ('others' is not an increment; vague, near the front; both other, from "
        "Monday to publication); a summer resident who grew up in Gangneung 'figures' `no more "
        "than 10,000` 'still' in Russia (at_most, other, `pub`); the NIS that 'told lawmakers "
        "early this month' `about 2,000` dead (days 1-10); 'According to Ukraine's military "
        "intelligence' `some 11,000` who 'remain' in and around the Kursk region (`pub`); "
        "Russian state television 'said on Sunday' `1,000` deminers finished around Sudzha "
        "(russia, near the front); a U.S. defence official who 'said Tuesday' Pyongyang will "
        "'rotate in' `thousands` of fresh troops (vague, replacements as increment, planned); "
        "dollars, gallons, pounds, hours, years, ages, a phone number",
    text="""\
---
title: "Store Bulletin, end of September"
date: 2025-09-26
store: Pointe Pines General Store
---

# Store Bulletin, end of September

The summer people are mostly gone, and the shelves show it. Propane stays at $3.89 a gallon \
through October, and a 20-pound bag of ice is still $6. Winter hours start October 6: 10 to 4, \
closed Sundays. The walk-in cooler, which has been humming since 1958, finally got a new \
compressor -- $2,700, half of it from the township's small-business grant.

## The welder's godson

Andrii Melnychenko, 45, a welder from Kremenchuk, spent the summer rebuilding the county dock \
with a crew from the mainland and bought his lunch here every single day. His godson, a rifleman \
on the Sumy border, texted him on Monday that [[half a dozen]] North Korean scouts had been \
caught in a tree line by his platoon, and that [[a few hundred]] others were dug in across the \
border. "He sends me pictures of his boots so I know he still has feet," Andrii said.

## A summer neighbor

Susan Cho, 61, grew up in Gangneung and has spent every summer since 1998 in a cottage near the \
old lighthouse road. She figures [[no more than 10,000]] North Korean soldiers are still in \
Russia. "Kim brings some home so he can make speeches about them," she said.

## News from away

South Korea's spy agency told lawmakers early this month that [[about 2,000]] of the North's \
soldiers had been killed so far in Russia's war. According to Ukraine's military intelligence, \
[[some 11,000]] remain in and around the Kursk region. Russian state television said on Sunday \
that [[1,000]] North Korean deminers had finished clearing the fields around Sudzha. A U.S. \
defense official said Tuesday that Pyongyang is getting ready to rotate in [[thousands]] of fresh \
troops before winter.

Phone orders for the Thursday boat: 231-555-0119. The coffee is on.
""",
    claims=(
        C("half a dozen", 6, "exact", "casualties", "other", "mon..pub",
          "a welder from Kremenchuk relaying his godson, a rifleman on the Sumy border ('His "
          "godson … texted him on Monday that'; the speaker quoted: other): scouts caught in a "
          "tree line ('half a dozen' as 6, exact like 'a dozen' of earlier sets; new shape; from "
          "Monday, 22 September, to publication)"),
        C("a few hundred", None, "vague", "near_front", "other", "mon..pub",
          "same message, 'and that': 'others' dug in across the border ('others' is not 'more': "
          "not an increment)"),
        C("no more than 10,000", 10000, "at_most", "in_russia", "other", "pub",
          "a summer resident who grew up in Gangneung, 'She figures' (undated): 'still' in "
          "Russia (not an increment)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'South Korea's spy agency told lawmakers early this month' (days 1-10): killed so far "
          "in Russia's war"),
        C("some 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "'According to Ukraine's military intelligence' (undated): 'remain' in and around the "
          "Kursk region (not an increment)"),
        C("1,000", 1000, "exact", "near_front", "russia", "sun",
          "'Russian state television said on Sunday' (21 September): deminers who finished "
          "clearing the fields around Sudzha (in the Kursk region)"),
        C("thousands", None, "vague", "planned", "united_states", "tue",
          "'A U.S. defense official said Tuesday' (23 September): Pyongyang getting ready to "
          "'rotate in' fresh troops (replacements: increment, as in earlier sets; planned)",
          add=True),
    ),
)


S12 = Source(
    article_id="v173_12_beach_notes_recovery_eurong_kgari_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-11-19"),
    dated_by="sidecar",
    sidecar=(
        "Eurong Beach Recovery, K'gari – Beach Notes",
        "https://www.eurongbeachrecovery.example/notes/2025-11",
        "Soft sand, spring tides and a call from Okhtyrka",
    ),
    features="a beach recovery and tow service's notes page from Eurong on K'gari (Fraser Island, "
        "Queensland) in HTML, windows-1252 with raw `’`, `“”`, `–` and `·` and one `&amp;`, no "
        "meta date (sidecar, Wednesday; the sidecar title repeats the headline without a figure), "
        "a cookie note about the tide widget, a tides script, navigation, a footer with a "
        "postcode, a mobile number and '24/7'; `<title>` and headline without a figure; bogged "
        "vehicles, hours, tyre pressure, recovery fees and a winch's dollars an hour first; a tow "
        "driver from Okhtyrka relaying his uncle in a border unit ('In a message on Sunday, the "
        "uncle wrote that') `about a hundred and twenty` working on trenches across the border "
        "(approx with number words, near the front) and `three` taken prisoner 'the week before' "
        "(number word, casualties; both other, from Sunday to publication); a retired tuna "
        "fisherman born in Gunsan who 'reckons' `more than 20,000` will have done a tour by "
        "mid-2026 (at_least, planned, other, `pub`); the NIS that 'On November 4 … counted' "
        "`about 10,000` posted near the Ukrainian border (near the front) and, 'with', `5,000` "
        "army builders on their way into Russia (in Russia, not an increment); North Korean state "
        "television 'on Friday' at a memorial wall for `hundreds` (north_korea, casualties); NATO "
        "officials who 'estimated last week' `11,000 to 13,000` served in Russia (range); "
        "vehicles, hours, psi, dollars, ages, years, a postcode, a phone number, the North's own "
        "army (`some 1.2 million`; Ukraine's losses are kept secret)",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Beach Notes – Eurong Beach Recovery, K’gari</title>
<script>var tideWidget = {beach: "eastern", units: "metres"}; var psiAdvice = 16;</script>
</head>
<body>
<div class="cookies">This site stores one cookie so the tide widget remembers your stretch of \
beach. <a href="#">OK</a></div>
<nav><a href="/">Home</a> · <a href="/rates">Rates</a> · <a href="/tides">Tides</a> · \
<a href="/notes">Beach Notes</a></nav>
<main>
<h1>Soft sand, spring tides and a call from Okhtyrka</h1>
<p>We pulled 312 bogged vehicles off the sand between July and October, 41 of them in the one \
week of the September school holidays. Most were stuck within two hours of high tide with tyres \
still at highway pressure. Let them down to 16 psi, stay on the firm sand below the wash, and you \
will probably never need us. An after-hours recovery costs $450; a winch job in the bypass \
tracks is $280 an hour.</p>
<h2>Maksym’s uncle</h2>
<p>Maksym Tkachuk, 31, drives our second recovery truck and came to Queensland from Okhtyrka in \
2022. His uncle serves with a border unit not far from his home town. In a message on Sunday, the \
uncle wrote that [[about a hundred and twenty]] North Koreans were working on trenches across the \
border, and that his unit had taken [[three]] of them prisoner the week before. “He says they \
shout their unit numbers when they give up,” Maksym said.</p>
<h2>A fisherman’s estimate</h2>
<p>Ko Dong-su, 66, a retired tuna fisherman born in Gunsan, tows a tinny up to the creek most \
mornings and knows every gutter on the beach. He reckons [[more than 20,000]] North Koreans will \
have done a tour in Russia by the middle of next year.</p>
<h2>News from the war</h2>
<p>On November 4, Seoul’s National Intelligence Service counted [[about 10,000]] North Korean \
troops posted near the Ukrainian border, with [[5,000]] army builders on their way into Russia as \
well. North Korean state television showed Kim Jong \
Un on Friday at a memorial wall carved with the names of [[hundreds]] of the fallen. NATO \
officials estimated last week that [[11,000 to 13,000]] North Koreans have served in Russia so \
far. The North's own army is thought to number some 1.2 million, and Ukraine keeps its own \
losses secret.</p>
</main>
<footer>Eurong Beach Recovery &amp; Towing · Eurong, K’gari QLD 4581 · 0455 555 017 · On call 24/7 \
in peak season</footer>
</body>
</html>
""",
    claims=(
        C("about a hundred and twenty", 120, "approx", "near_front", "other", "sun..pub",
          "a tow driver from Okhtyrka relaying his uncle in a border unit ('In a message on "
          "Sunday, the uncle wrote that'; the speaker quoted: other): working on trenches across "
          "the border (number words 120; from Sunday, 16 November, to publication)"),
        C("three", 3, "exact", "casualties", "other", "sun..pub",
          "same message, 'and that': taken prisoner 'the week before' (the event, not the claim "
          "date; number word)"),
        C("more than 20,000", 20000, "at_least", "planned", "other", "pub",
          "a retired tuna fisherman born in Gunsan, 'He reckons' (undated): will have done a "
          "tour in Russia by the middle of next year (a forecast of a total: planned)"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'On November 4, Seoul's National Intelligence Service counted': posted near the "
          "Ukrainian border"),
        C("5,000", 5000, "exact", "in_russia", "south_korea", "2025-11-04",
          "same count, 'with': army builders on their way into Russia (no 'more': not an "
          "increment)"),
        C("hundreds", None, "vague", "casualties", "north_korea", "fri",
          "'North Korean state television showed Kim Jong Un on Friday' (14 November): a "
          "memorial wall with the names of the fallen"),
        C("11,000 to 13,000", None, "range", "in_russia", "nato", "lastweek",
          "'NATO officials estimated last week': served in Russia so far"),
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
