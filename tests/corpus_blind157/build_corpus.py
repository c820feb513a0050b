"""Build the HUNDRED-AND-FIFTY-SEVENTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-fifty-ninth corpus, for an honest measurement on articles the extractor has never
met, written in session 17 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: the autumn
letter of a herb farm at Benediktbeuern (Tölzer Land) with a herb gardener from Uman and a tea
teacher from Boseong, the Christmas circular of a whip-cracking club from Kochel am See (Tölzer
Land) with a smith from Poltava and a drummer from Busan, the customer letter of a piano tuner in
Bayrischzell below the Wendelstein with a tuner from Kharkiv and a pianist from Tongyeong, an
optician's customer letter from Brannenburg below the Wendelstein with an optometrist from
Vinnytsia and an engineer from Jinju, the bulletin of a lumberjacks' museum association in Abtenau
(Lammertal, Austrian conventions) with a woodcarver from Kolomyia and a forestry student from
Chuncheon, and the end-of-season letter of a school camp house at Griesalp in the Kiental (Swiss
conventions) with a camp cook from Mykolaiv and a teacher from Suncheon; the garden notes of a
community garden at Van Anda on Texada Island with a welder from Nikopol and a ferry engineer from
Mokpo, the bulletin of a blues festival at Gillies Bay on Texada with a harmonica player from
Zaporizhzhia and a bass player from Ulsan, an agency-style wire report from the deep-sea fishing
rodeo on Dauphin Island with a shipyard welder from Gunsan and a deckhand from Berdiansk, the
migration notes of a bird-banding station on Dauphin Island with a teacher from Kherson and a birder
from Seosan, the newsletter of a men's shed at Point Lookout on North Stradbroke Island with a
boilermaker from Kamianske and a ship's engineer from Samcheok, and a readers' letters page from an
Amity Point weekly with letters quoting a wife's brother and a grandfather who fought in Korea. Same
file format, marker syntax and labelling conventions as the other corpora (see their READMEs):
every claim figure in an article below is marked `[[like this]]` and labelled, in order, by the
article's `claims`. Nothing is re-implemented here: rendering, encoding, checks, CSV writing and the
README table are the first builder's own functions, loaded from `tests/corpus/build_corpus.py` as a
private module instance whose `SOURCES` are set to ours (under its own module name, so it never
shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind157_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Tölzer Land, Wendelstein, Lammertal, Kiental)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="k157_01_hofbrief_kraeuterhof_benediktbeuern_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-10-30"),
    dated_by="html_meta",
    features="the autumn letter of a herb farm on the edge of the Loisach-Kochelsee moor at "
        "Benediktbeuern (Tölzer Land, Upper Bavaria) in HTML, UTF-8, `article:published_time` "
        "+01:00 (Wednesday), a cookie bar about the tea basket, a page script, navigation, "
        "entities (`&ndash;`, `&middot;`, `&bdquo;`, `&ldquo;`, `&amp;`), a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; hectares, kilos of "
        "peppermint, balm and marigold, visitors and tea prices first; a herb gardener from Uman "
        "relaying her brother, a radio operator at the Kursk border ('Er habe ihr am Sonntag "
        "geschrieben, erzählt Halyna') `einige hundert` arrived in the villages on the Russian "
        "side (other, from Sunday to publication); a tea teacher from Boseong 'Nach ihrer "
        "Einschätzung' `an die 12.000` sent by New Year's Eve (approx, planned, other, `pub`); "
        "Seoul's intelligence service 'am 18. Oktober' `1.500` special forces shipped to "
        "Vladivostok and, 'Fünf Tage danach … dieselbe Behörde', `rund 3.000` in Russia (23 "
        "October); a Pentagon spokesman 'am Montag' `etwa 10.000` training in eastern Russia; "
        "Zelensky 'am Sonntag im Fernsehen' `bis zu 12.000` in Russian camps; Ukraine's military "
        "intelligence 'gestern' `4.500` 'von ihnen' due in the Kursk region by 1 November "
        "(planned); NATO without a figure; Russia's losses a day, hectares, kilos, visitors, "
        "grams, euros, ages, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2024-10-30T08:40:00+01:00">
<title>Hofbrief Herbst 2024 &ndash; Kräuterhof am Moos</title>
<script>var hofladen = {tage: ["Mi", "Fr", "Sa"], versand: false};</script>
</head>
<body>
<div class="cookie-leiste">Damit Ihr Teekorb beim nächsten Besuch noch gefüllt ist, speichern wir \
ein kleines Cookie. <button>Einverstanden, gern</button> <button>Lieber ohne</button></div>
<nav><a href="/">Hof</a> &middot; <a href="/hofladen">Hofladen</a> &middot; <a \
href="/fuehrungen">Führungen</a> &middot; <a href="/hofbrief">Hofbrief</a></nav>
<main>
<h1>Minze auf dem Trockenboden, Besuch aus Uman und Boseong</h1>
<p>Liebe Freundinnen und Freunde unseres Hofes,</p>
<p>die Ernte ist unter Dach. Von den 3,2 Hektar am Rand des Loisach-Kochelsee-Moors holten wir \
diesen Sommer 410 Kilo Pfefferminze, 180 Kilo Zitronenmelisse und 95 Kilo Ringelblüten, die jetzt \
auf dem Trockenboden über dem alten Kuhstall rascheln. Zu unseren Führungen kamen 1.260 Gäste, \
viele zu Fuß über den Moosweg, nachdem sie vorher das Kloster besichtigt hatten. Die Hausmischung \
&bdquo;Moosgold&ldquo; kostet weiterhin 6,80 Euro für 80 Gramm.</p>
<h2>Halyna bindet die Sträuße</h2>
<p>Seit April schneidet, bündelt und trocknet Halyna Bojko, 51, bei uns die Kräuter. In Uman hatte \
sie eine Gärtnerei mit vier Gewächshäusern für Tomaten und Paprika. Ihr jüngerer Bruder bedient \
das Funkgerät einer Brigade, die am Rand des Gebiets Kursk liegt. Er habe ihr am Sonntag \
geschrieben, erzählt Halyna, in den Dörfern auf der russischen Seite seien [[einige hundert]] \
Nordkoreaner eingetroffen, in russischen Uniformen und mit eigenen Offizieren. &bdquo;Gesehen hat \
er sie noch nicht, nur im Funk gehört&ldquo;, sagt sie und greift nach dem nächsten Bund \
Melisse.</p>
<h2>Teeprobe mit Frau Park</h2>
<p>Zur Teeprobe im September kam Park Mi-ran, 58, deren Familie in Boseong an der Südküste Koreas \
seit drei Generationen Grüntee anbaut; heute lehrt sie in München die Teezeremonie. Was gerade in \
den Zeitungen steht, hält sie erst für den Anfang. Nach ihrer Einschätzung wird Pjöngjang bis \
Silvester [[an die 12.000]] Soldaten nach Russland geschickt haben.</p>
<h2>Was in diesen Tagen gemeldet wurde</h2>
<p>Südkoreas Geheimdienst hatte am 18. Oktober mitgeteilt, russische Marineschiffe hätten \
[[1.500]] Mann nordkoreanischer Spezialkräfte nach Wladiwostok gebracht. Fünf Tage danach sprach \
dieselbe Behörde bereits von [[rund 3.000]] Soldaten in Russland. Ein Sprecher des Pentagons sagte \
am Montag, [[etwa 10.000]] Nordkoreaner würden derzeit in Ostrussland ausgebildet, einige von \
ihnen seien schon näher an die Ukraine gerückt. Präsident Selenskyj hatte am Sonntag im Fernsehen \
erklärt, nach Kiewer Erkenntnissen würden [[bis zu 12.000]] Mann in russischen Lagern auf den \
Krieg vorbereitet. Der ukrainische Militärgeheimdienst teilte gestern mit, bis zum 1. November \
sollten [[4.500]] von ihnen im Gebiet Kursk eintreffen. Nato-Generalsekretär Mark Rutte bestätigte \
am Montag, dass Einheiten aus dem Norden nach Kursk verlegt worden seien, nannte aber keine Zahl. \
Im Kreml ist weiter von Gerüchten die Rede; Russlands Armee verliert nach britischer Schätzung \
derzeit rund 1.300 Mann am Tag.</p>
<h2>Termine</h2>
<ul><li>Kräuterwanderung durchs Moos am 9. November, 14 Uhr, 12 Euro pro \
Person</li><li>Adventsmarkt im Hofladen am 30. November &amp; 1. \
Dezember</li><li>Weihnachtsbestellungen bis 15. Dezember, Abholung am Hof</li></ul>
</main>
<footer>Kräuterhof am Moos &middot; Moosweg 6 &middot; 83671 Benediktbeuern &middot; Tel. 08857 69 \
31 24 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/teekorb.js"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun..pub",
          "a herb gardener from Uman relaying her brother, a radio operator at the Kursk border "
          "('Er habe ihr am Sonntag geschrieben, erzählt Halyna', Konjunktiv; the speaker "
          "quoted: other): arrived in the villages on the Russian side (from Sunday, 27 October, "
          "to publication)"),
        C("an die 12.000", 12000, "approx", "planned", "other", "pub",
          "a tea teacher from Boseong, 'Nach ihrer Einschätzung' (undated): sent by New Year's Eve "
          "(a forecast: planned; 'an die' as approx)"),
        C("1.500", 1500, "exact", "in_russia", "south_korea", "2024-10-18",
          "Seoul's intelligence service 'hatte am 18. Oktober mitgeteilt', Konjunktiv: special "
          "forces brought to Vladivostok by Russian navy ships"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2024-10-23",
          "'Fünf Tage danach sprach dieselbe Behörde' (18 October moved by the stated days: 23 "
          "October; the role carries the NIS): soldiers in Russia"),
        C("etwa 10.000", 10000, "approx", "in_russia", "united_states", "mon",
          "a Pentagon spokesman 'sagte am Montag' (28 October), Konjunktiv: being trained in "
          "eastern Russia"),
        C("bis zu 12.000", 12000, "at_most", "in_russia", "ukraine", "sun",
          "Zelensky 'hatte am Sonntag im Fernsehen erklärt' (27 October): being prepared for the "
          "war in Russian camps"),
        C("4.500", 4500, "exact", "planned", "ukraine", "yday",
          "Ukraine's military intelligence 'teilte gestern mit' (29 October): '4.500 von ihnen' "
          "due in the Kursk region by 1 November (expected: planned; a share of the others, "
          "never an increment)"),
    ),
)


S02 = Source(
    article_id="k157_02_weihnachtsrundbrief_goasslschnalzer_kochel",
    language="de", fmt="txt", encoding="cp1252", published=day("2024-12-13"),
    dated_by="dateline", crlf=True,
    features="the Christmas circular of a whip-cracking club (Goaßlschnalzer) from Kochel am See "
        "(Tölzer Land) as plain text, windows-1252 with CRLF and raw `„“` and `–` (no sidecar), "
        "dated by the place line 'Kochel am See, 13. Dezember 2024' (Friday); members, Christmas "
        "markets, the whip's length and weight and dues first; a retired smith from Poltava "
        "relaying his grandson, who drives an infantry fighting vehicle in the Sumy region "
        "('Vorgestern habe ihm der Enkel ein Video geschickt, sagt Mykola') `mehr als zwanzig` "
        "dead on a field near Sudzha (a number word, at_least, casualties, other, from the day "
        "before yesterday to publication); a drummer from Busan '…, schätzt sie' `15.000 bis "
        "20.000` fighting for Russia by summer (range, planned, other, `pub`); the outlet's own "
        "'insgesamt sollen es' `etwa 12.000` sein (no source: unattributed, required); `über "
        "11.000` at the front 'hieß es Anfang Dezember aus dem Generalstab in Seoul' (the "
        "claimant after the figure, days 1-10); NATO's secretary general 'sprach vergangene Woche "
        "von' `mehr als 10.000`; the Pentagon 'bezifferte … am Montag' `mehrere hundert` dead and "
        "wounded; Ukraine's military intelligence 'meldete am Dienstag' `rund 200` killed or "
        "wounded in attacks at the weekend (a counting period, not the claim date); Russia's "
        "losses a day, members, markets, metres, kilos, euros, the club's founding year, ages, "
        "dates, a phone number",
    text="""\
D'Goaßlschnalzer vom Kochelsee – Weihnachtsrundbrief 2024

Kochel am See, 13. Dezember 2024

Liebe Schnalzerinnen und Schnalzer, liebe Gönner,

das Jahr war laut, und so soll es auch sein. Wir sind inzwischen 34 Mitglieder, elf davon stehen \
regelmäßig in der Reihe, und auf sieben Christkindlmärkten zwischen Bad Tölz und Murnau haben wir \
im Takt geknallt. Unsere längste Goaßl misst 2,80 Meter und wiegt 1,4 Kilo; wer mit ihr einen \
ganzen Landler durchschnalzt, hat sich danach eine Brotzeit verdient. Seit der Gründung 1978 hat \
sich am Jahresbeitrag wenig geändert: 18 Euro, für Kinder 6 Euro.

Mykola flicht uns die Schmitzen

Seit dem Frühjahr dreht uns Mykola Petrenko, 60, die Schmitzen aus Hanf. Der gelernte Schmied \
kommt aus Poltawa und hat in seinem Leben mehr Pferdegeschirr geflickt als wir alle zusammen. Sein \
Enkel fährt einen Schützenpanzer im Gebiet Sumy. Vorgestern habe ihm der Enkel ein Video \
geschickt, sagt Mykola: Auf einem Acker bei Sudscha lägen [[mehr als zwanzig]] tote Nordkoreaner, \
und niemand hole sie ab. Gezeigt hat er uns das Video nicht, und wir haben auch nicht darum \
gebeten.

Eine Trommlerin aus Busan

Für das Neujahrsanschnalzen probt mit uns Lee Soo-jin, 33, die in München koreanische \
Bauerntrommeln unterrichtet. Unser Takt, sagt sie, erinnere sie an die Dorfmusik ihrer Großmutter. \
Über den Norden redet sie ohne Umschweife. Bis zum Sommer würden [[15.000 bis 20.000]] Landsleute \
von drüben für Russland kämpfen, schätzt sie, „und keiner von ihnen hat sich das ausgesucht“.

Aus der Zeitung

Seit Anfang November kämpfen Soldaten aus Nordkorea auf russischer Seite; insgesamt sollen es \
[[etwa 12.000]] sein. [[Über 11.000]] von ihnen stünden inzwischen an der Front im Gebiet Kursk, \
hieß es Anfang Dezember aus dem Generalstab in Seoul. Nato-Generalsekretär Mark Rutte sprach \
vergangene Woche von [[mehr als 10.000]] Nordkoreanern, die Pjöngjang nach Russland geschickt \
habe. Das Pentagon bezifferte die Verluste des Nordens am Montag auf [[mehrere hundert]] Tote und \
Verwundete. Der ukrainische Militärgeheimdienst meldete am Dienstag, allein bei Angriffen am \
vergangenen Wochenende seien [[rund 200]] Nordkoreaner getötet oder verwundet worden. Moskau \
schweigt dazu, wie zu den eigenen Verlusten, die britische Stellen derzeit auf mehr als 1.500 Mann \
am Tag schätzen.

Termine

– Neujahrsanschnalzen am 1. Januar um 12 Uhr auf dem Dorfplatz
– Jahreshauptversammlung am 24. Januar, 19.30 Uhr beim Postwirt
– Goaßl flicken lassen: bei Mykola, Tel. 08851 92 47 13

Ein gutes neues Jahr und knallige Grüße
Die Vorstandschaft
""",
    claims=(
        C("mehr als zwanzig", 20, "at_least", "casualties", "other", "2024-12-11..pub",
          "a retired smith from Poltava relaying his grandson in the Sumy region ('Vorgestern habe "
          "ihm der Enkel ein Video geschickt, sagt Mykola', Konjunktiv; the speaker quoted: "
          "other): dead on a field near Sudzha (a number word, 20; from 11 December to "
          "publication)"),
        C("15.000 bis 20.000", None, "range", "planned", "other", "pub",
          "a drummer from Busan, '…, schätzt sie' (undated): fighting for Russia by summer (a "
          "forecast: planned)"),
        C("etwa 12.000", 12000, "approx", "in_russia", "unattributed", "pub",
          "the outlet's own 'insgesamt sollen es … sein' (no source: unattributed, required): "
          "fighting on the Russian side in all"),
        C("Über 11.000", 11000, "at_least", "near_front", "south_korea", "2024-12-01..2024-12-10",
          "sentence-initial figure, the claimant after it ('hieß es Anfang Dezember aus dem "
          "Generalstab in Seoul': the joint chiefs, days 1-10): at the front in the Kursk region "
          "('von ihnen': a share, not an increment)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "nato", "lastweek",
          "NATO's secretary general 'sprach vergangene Woche von': sent to Russia"),
        C("mehrere hundert", None, "vague", "casualties", "united_states", "mon",
          "'Das Pentagon bezifferte die Verluste des Nordens am Montag auf' (9 December): dead and "
          "wounded"),
        C("rund 200", 200, "approx", "casualties", "ukraine", "tue",
          "Ukraine's military intelligence 'meldete am Dienstag' (10 December): killed or wounded "
          "in attacks at the weekend (a counting period, not the claim date)"),
    ),
)


S03 = Source(
    article_id="k157_03_kundenbrief_klavierstimmer_bayrischzell_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-02-20"),
    dated_by="sidecar",
    sidecar=(
        "Klavierstimmerei am Wendelstein Bayrischzell – Kundenbrief",
        "https://www.klavierstimmerei-wendelstein.example/kundenbrief/februar-2025",
        "Kundenbrief Februar 2025: trockene Heizungsluft, verstimmte Flügel und ein Gast aus "
        "Tongyeong",
    ),
    features="the customer letter of a piano tuner's workshop in Bayrischzell below the "
        "Wendelstein (Leitzach valley, Upper Bavaria) in Markdown, UTF-16 LE with BOM, front "
        "matter without a date (sidecar, Thursday) and a title without a figure; humidity, tuned "
        "instruments, the spa hall's concert grand and prices first; a tuner from Kharkiv "
        "relaying his son, an anti-tank gunner at the Kursk border ('Vergangene Woche habe der "
        "Sohn erzählt …, berichtet Oleksandr') `fast 300` lost in his sector within a month "
        "(approx, casualties, other, `lastweek`; the month a counting period); a pianist from "
        "Tongyeong 'geht davon aus' `mehr als 20.000` in Russia in the end (at_least, planned, "
        "other, `pub`); Seoul's intelligence service 'am 12. Februar vor dem "
        "Geheimdienstausschuss' and, 'bezifferte er', `etwa 3.800` dead and wounded; 'Mitte "
        "Januar hatte die Behörde' `rund 300` fallen (days 11-20); Zelensky 'am Sonntag am Rande "
        "der Sicherheitskonferenz' `knapp 4.000`; 'Washington zufolge' `11.000 bis 12.000` in "
        "Russia (range, `pub`); NATO 'warnte am Dienstag' `Tausende` 'weitere' (vague, increment, "
        "planned); Russia's losses in January, per cent, instruments, years, euros, metres, ages, "
        "dates, a phone number",
    text="""\
---
titel: Kundenbrief Februar 2025
werkstatt: Klavierstimmerei am Wendelstein
ort: Bayrischzell
---

# Trockene Heizungsluft, verstimmte Flügel und ein Gast aus Tongyeong

Liebe Kundinnen und Kunden,

der Winter im Leitzachtal ist gut für die Loipen und schlecht für Ihre Klaviere. In vielen Stuben \
messen wir derzeit nur 28 Prozent Luftfeuchtigkeit, und bei solchen Werten reißen Resonanzböden, \
lockern sich Stimmwirbel und klemmen die Tasten. Seit dem Herbst haben wir 143 Instrumente \
gestimmt, darunter den Konzertflügel im Kurhaus, der nach 61 Jahren noch klingt wie am ersten Tag. \
Eine Stimmung kostet weiterhin 120 Euro, die Anfahrt im Tal ist inbegriffen.

## Oleksandr hört jede Schwebung

Seit einem Jahr stimmt mit mir Oleksandr Hryzenko, 57, der in Charkiw zwei Jahrzehnte lang die \
Flügel der Philharmonie betreut hat. Sein Sohn liegt mit einer Panzerabwehreinheit nahe der Grenze \
zum Gebiet Kursk. Vergangene Woche habe der Sohn erzählt, die Koreaner seien aus seinem Abschnitt \
verschwunden, berichtet Oleksandr; vorher hätten sie dort binnen eines Monats [[fast 300]] Mann \
verloren.

## Eine Pianistin aus Tongyeong

Im Januar war Bae Ji-won, 39, bei uns zu Gast, eine Pianistin aus Tongyeong, der Heimatstadt des \
Komponisten Isang Yun. Für ein Hauskonzert in Fischbachau haben wir ihr einen Stutzflügel \
hergerichtet. Den Rückzug der Nordkoreaner von der Front hält sie für eine Atempause, mehr nicht. \
Sie geht davon aus, dass am Ende [[mehr als 20.000]] Soldaten des Nordens in Russland gewesen sein \
werden.

## Aus den Nachrichten

Der südkoreanische Geheimdienst erklärte am 12. Februar vor dem Geheimdienstausschuss des \
Parlaments, die Truppen aus dem Norden hätten seit Mitte Januar an keinen Gefechten mehr \
teilgenommen. Tote und Verwundete bezifferte er auf [[etwa 3.800]]. Mitte Januar hatte die Behörde \
noch [[rund 300]] Gefallene gemeldet. Präsident Selenskyj sagte am Sonntag am Rande der \
Sicherheitskonferenz in München, [[knapp 4.000]] Nordkoreaner seien getötet oder verwundet worden. \
Washington zufolge halten sich weiterhin [[11.000 bis 12.000]] Nordkoreaner in Russland auf. Die \
Nato warnte am Dienstag, die Ruhe könne trügen: Pjöngjang sei jederzeit in der Lage, [[Tausende]] \
weitere Soldaten zu schicken. Russland selbst hat nach ukrainischen Angaben allein im Januar über \
48.000 Mann verloren.

## Termine

- Stimmtage in Oberaudorf und Brannenburg: 10. und 11. März
- Unser Rat: eine Schale Wasser unter das Instrument stellen und zwei Meter Abstand zum Kachelofen \
halten
- Werkstatt und Terminvergabe: 08023 81 66 05
""",
    claims=(
        C("fast 300", 300, "approx", "casualties", "other", "lastweek",
          "a piano tuner from Kharkiv relaying his son, an anti-tank gunner near the Kursk border "
          "('Vergangene Woche habe der Sohn erzählt …, berichtet Oleksandr', Konjunktiv; the "
          "speaker quoted: other): lost in his sector within a month (the month a counting "
          "period; 'fast' as approx)"),
        C("mehr als 20.000", 20000, "at_least", "planned", "other", "pub",
          "a pianist from Tongyeong, 'Sie geht davon aus' (undated): will have been in Russia in "
          "the end (a forecast: planned)"),
        C("etwa 3.800", 3800, "approx", "casualties", "south_korea", "2025-02-12",
          "Seoul's intelligence service 'erklärte am 12. Februar vor dem Geheimdienstausschuss', "
          "then 'bezifferte er' (the pronoun carries it): dead and wounded"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-11..2025-01-20",
          "'Mitte Januar hatte die Behörde noch … gemeldet' (days 11-20): fallen"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "sun",
          "Zelensky 'sagte am Sonntag am Rande der Sicherheitskonferenz in München' (16 February): "
          "killed or wounded"),
        C("11.000 bis 12.000", None, "range", "in_russia", "united_states", "pub",
          "'Washington zufolge' (undated): still in Russia"),
        C("Tausende", None, "vague", "planned", "nato", "tue",
          "'Die Nato warnte am Dienstag' (18 February), Konjunktiv: 'weitere' soldiers Pyongyang "
          "could send at any time (increment, planned)", add=True),
    ),
)


S04 = Source(
    article_id="k157_04_kundenbrief_optiker_brannenburg_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-05-08"),
    dated_by="sidecar",
    sidecar=(
        "Optik am Wendelstein Brannenburg – Kundenbrief",
        "https://www.optik-wendelstein.example/kundenbrief/mai-2025",
        "Kundenbrief Mai: Sehtests, Sonnenbrillen und Nachrichten aus der Ferne",
    ),
    features="an optician's customer letter from Brannenburg below the Wendelstein (Inn valley, "
        "Upper Bavaria) in HTML, UTF-8 with BOM, no meta date (sidecar, Thursday), a cookie note "
        "about online booking, a script, navigation, entities (`&bdquo;`, `&ldquo;`, `&amp;`, "
        "`&middot;`), a footer with a postcode and a phone number; the `<title>` repeating the "
        "headline (optional) and the headline's `600` from the NIS of 30 April (30 April to "
        "publication, hedge dropped); eye tests, glasses for the mountain rescue and sunglasses "
        "first; an optometrist from Vinnytsia relaying her husband, a medic at the border near "
        "Sumy ('Am Dienstag habe er angerufen, erzählt Anna') `Dutzende` dead in the woods "
        "(vague, casualties, other, from Tuesday to publication); an engineer from Jinju 'rechnet "
        "damit' 'noch einmal' `10.000` (increment, planned, other, `pub`); Gerasimov's praise and "
        "Pyongyang's confirmation without a figure; Seoul's intelligence service 'nach einer "
        "Sitzung mit Abgeordneten am 30. April' `rund 600` dead and, Konjunktiv carried, `etwa "
        "4.500` dead and wounded; a State Department spokesman 'am Montag' `etwa 14.000` sent; "
        "North Korean state television 'am Sonntag' „`einigen hundert`“ fallen (north_korea); "
        "Russia's ambassador in Pyongyang 'am Mittwoch' `Tausenden` who fought shoulder to "
        "shoulder (russia, near the front); eye tests, a share, rescue glasses, euros, the shop's "
        "years, ages, dates, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neue Gläser, alte Sorgen: Seoul zählt [[600]] Tote</title>
<script>window.termin = {filiale: "Brannenburg", sehtest: "kostenlos"};</script>
</head>
<body>
<div id="cookie-hinweis">Für die Online-Terminbuchung legen wir ein Cookie an, das sich Ihre \
Wunschzeit merkt. <a href="#">Zustimmen</a> | <a href="#">Ablehnen</a></div>
<nav><a href="/">Start</a> | <a href="/brillen">Brillen</a> | <a \
href="/kontaktlinsen">Kontaktlinsen</a> | <a href="/kundenbrief">Kundenbrief</a></nav>
<main>
<h1>Neue Gläser, alte Sorgen: Seoul zählt [[600]] Tote</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>seit Neujahr haben wir in unserem Laden an der Sudelfeldstraße 2.140 Sehtests gemacht, und fast \
jeder dritte endete mit einer neuen Brille. Für die Bergwacht haben wir vier Einsatzbrillen mit \
beschlagfreien Gläsern angefertigt, zum Selbstkostenpreis und als Dank für ihre Arbeit am Berg. \
Sonnenbrillen mit vollem UV-Schutz gibt es ab 89 Euro, und im Juni feiern wir 30 Jahre im Ort.</p>
<h2>Anna und die Gleitsichtgläser</h2>
<p>Unsere Augenoptikerin Anna Melnyk, 36, hat in Winnyzja eine kleine Optikerkette mit aufgebaut. \
Ihr Mann dient als Sanitäter in einer Brigade an der Grenze bei Sumy. Am Dienstag habe er \
angerufen, erzählt Anna: Im Wald vor seiner Stellung lägen noch immer [[Dutzende]] tote \
Nordkoreaner, die Russen holten sie nicht. Danach hat sie eine Weile nichts gesagt und dann \
weitergeschliffen.</p>
<h2>Ein Stammkunde aus Jinju</h2>
<p>Ha Min-jun, 41, Maschinenbauingenieur aus Jinju, entwickelt seit sechs Jahren bei einem \
Seilbahnzulieferer im Inntal Getriebe und trägt fast ebenso lange unsere Brillen. Das Lob aus \
Moskau, sagt er, werde Kim ermuntern. Er rechnet damit, dass Pjöngjang im Sommer noch einmal \
[[10.000]] Soldaten schickt.</p>
<h2>Was die Nachrichten melden</h2>
<p>Nachdem der russische Generalstabschef Waleri Gerassimow am 26. April erstmals öffentlich den \
Einsatz nordkoreanischer Soldaten im Gebiet Kursk gewürdigt hatte, bestätigte zwei Tage später \
auch Pjöngjang die Entsendung. Südkoreas Geheimdienst ging nach einer Sitzung mit Abgeordneten am \
30. April von [[rund 600]] Toten aus; insgesamt habe der Norden [[etwa 4.500]] Tote und Verwundete \
zu beklagen. Ein Sprecher des US-Außenministeriums nannte am Montag [[etwa 14.000]] als Zahl der \
bisher entsandten Soldaten. Das nordkoreanische Staatsfernsehen kündigte am Sonntag ein Denkmal \
für die Gefallenen an, deren Zahl es nur mit &bdquo;[[einigen hundert]]&ldquo; angab. Russlands \
Botschafter in Pjöngjang sprach am Mittwoch von [[Tausenden]] Koreanern, die Schulter an Schulter \
mit russischen Soldaten gekämpft hätten.</p>
<h2>Termine</h2>
<ul><li>Kontaktlinsen-Sprechstunde jeden Donnerstag bis 19 Uhr</li><li>Jubiläumsfest am 14. Juni \
mit Brillenputzstation &amp; Kaffee</li></ul>
</main>
<footer>Optik am Wendelstein &middot; Sudelfeldstraße 11 &middot; 83098 Brannenburg &middot; Tel. \
08034 70 58 21 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/termin.js"></script>
</body>
</html>
""",
    claims=(
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("600", 600, "exact", "casualties", "south_korea", "2025-04-30..pub",
          "headline: the NIS figure of the body ('nach einer Sitzung mit Abgeordneten am 30. "
          "April'), 30 April to publication, hedge dropped: dead"),
        C("Dutzende", None, "vague", "casualties", "other", "tue..pub",
          "an optometrist from Vinnytsia relaying her husband, a medic at the border near Sumy "
          "('Am Dienstag habe er angerufen, erzählt Anna', Konjunktiv; the speaker quoted: "
          "other): dead in the woods in front of his position (from Tuesday, 6 May, to "
          "publication)"),
        C("10.000", 10000, "exact", "planned", "other", "pub",
          "an engineer from Jinju, 'Er rechnet damit' (undated): 'noch einmal' to be sent in the "
          "summer (increment, planned; span without the words)", add=True),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "Seoul's intelligence service 'ging nach einer Sitzung mit Abgeordneten am 30. April von "
          "… aus': dead"),
        C("etwa 4.500", 4500, "approx", "casualties", "south_korea", "2025-04-30",
          "same statement, Konjunktiv carried ('insgesamt habe der Norden'): dead and wounded"),
        C("etwa 14.000", 14000, "approx", "in_russia", "united_states", "mon",
          "a State Department spokesman 'nannte am Montag' (5 May): soldiers sent so far"),
        C("einigen hundert", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state television 'kündigte am Sonntag … an' (4 May), in quotation marks: "
          "the fallen to be honoured by a memorial"),
        C("Tausenden", None, "vague", "near_front", "russia", "wed",
          "Russia's ambassador in Pyongyang 'sprach am Mittwoch von' (7 May): Koreans who fought "
          "shoulder to shoulder with Russian soldiers (in combat: near the front)"),
    ),
)


S05 = Source(
    article_id="k157_05_mitteilungen_holzknechtmuseum_abtenau",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-14"),
    dated_by="sidecar",
    sidecar=(
        "Holzknechtverein Lammertal – Mitteilungen",
        "https://www.holzknechtverein-lammertal.example/mitteilungen/2025-03",
        "Mitteilungen März 2025: Holzziehen, ein neues Dach und ein Schnitzer aus Kolomyja",
    ),
    features="the members' bulletin of a lumberjacks' museum association in Abtenau (Lammertal, "
        "Salzburg) as plain text, ISO-8859-1 with straight quotes and '-' (sidecar, Friday); "
        "Austrian conventions (`Feber`, `Jänner`, `heuer`, `Obmann`, `Jause`, `Krapfen`); the "
        "log-hauling show, mulled cider, doughnuts and a new shingle roof first; a woodcarver "
        "from Kolomyia relaying his son-in-law, an infantryman in the Sumy region ('Am "
        "Mittwochabend habe der Schwiegersohn angerufen, erzählt Wassyl') `ein paar hundert` "
        "storming a village across the border (vague, near the front, other, from Wednesday to "
        "publication); a forestry student from Chuncheon 'Seiner Rechnung nach' `mindestens "
        "13.000` gone to Russia (at_least, other, `pub`); the outlet's own `rund 11.000` "
        "Pyongyang began with in the autumn (unattributed, required); 'Nach Angaben des "
        "südkoreanischen Generalstabs vom Montag' `weitere 3.000` moved to Russia since January "
        "(increment, span with the word) and `rund 4.000` dead and wounded; the Pentagon 'hatte "
        "Ende Feber geschätzt' `bis zu 1.000` fallen (at_most, days 21-28); Ukraine's "
        "commander-in-chief 'gestern vor Journalisten in Kiew' `etwa 8.000` fighting in the Kursk "
        "region; spectators, litres, doughnuts, euros, a share, Russia's losses a day, ages, "
        "dates, a phone number",
    text="""\
Holzknechtverein Lammertal - Mitteilungen an die Mitglieder, März 2025

Liebe Mitglieder, liebe Freunde des Holzknechtmuseums,

der Winter war gnädig mit uns. Beim Holzziehen am Faschingssonntag im Feber haben 640 Leute \
zugeschaut, wie unsere Burschen die Bloche mit dem Hörnerschlitten vom Hang geholt haben, und in \
der Holzknechtstube gingen 38 Liter Glühmost und über 200 Krapfen weg. Heuer bekommt das Museum \
endlich ein neues Schindeldach. Der Kostenvoranschlag liegt bei 46.000 Euro, ein Drittel davon \
übernimmt die Gemeinde Abtenau.

Ein Schnitzer aus Kolomyja

Seit dem Herbst schnitzt Wassyl Hnatjuk, 62, in der Werkstatt neben dem Museum Kochlöffel und \
kleine Holzknechtfiguren für unseren Laden. Er stammt aus Kolomyja am Pruth und hat dort drei \
Jahrzehnte im Holzkombinat gearbeitet. Sein Schwiegersohn dient bei der Infanterie im Gebiet Sumy. \
Am Mittwochabend habe der Schwiegersohn angerufen, erzählt Wassyl: Die Nordkoreaner seien zurück, \
[[ein paar hundert]] Mann hätten jenseits der Grenze ein Dorf gestürmt, und die Drohnen seien kaum \
nachgekommen.

Ein Student aus Chuncheon

Im Jänner hat uns Choi Hyun-seok, 27, besucht, der an der Universität für Bodenkultur in Wien \
Forstwirtschaft studiert und aus Chuncheon in der Provinz Gangwon kommt. Er hat sich jede Säge und \
jeden Sappel im Museum erklären lassen. Die offiziellen Zahlen hält er für zu niedrig. Seiner \
Rechnung nach sind inzwischen [[mindestens 13.000]] Soldaten aus dem Norden nach Russland \
gegangen.

Was in der Zeitung stand

Viele der [[rund 11.000]] Soldaten, mit denen Pjöngjang im Herbst seinen Einsatz begann, können \
nicht mehr kämpfen. Nach Angaben des südkoreanischen Generalstabs vom Montag hat der Norden seit \
Jänner [[weitere 3.000]] Mann nach Russland verlegt; die Zahl der Toten und Verwundeten liege \
inzwischen bei [[rund 4.000]]. Das Pentagon hatte Ende Feber geschätzt, dass [[bis zu 1.000]] \
Nordkoreaner gefallen seien. Der ukrainische Oberbefehlshaber sagte gestern vor Journalisten in \
Kiew, im Gebiet Kursk kämpften derzeit [[etwa 8.000]] Soldaten des Nordens. Moskaus eigene \
Verluste schätzt man in Kiew auf über 1.200 Mann pro Tag.

Termine

- Jahreshauptversammlung am 4. April um 19 Uhr im Gasthof Post
- Museumsöffnung am 1. Mai, mit Jause für alle Helfer
- Auskünfte bei Obmann Sepp Quehenberger, Tel. 06243 26 19
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "wed..pub",
          "a woodcarver from Kolomyia relaying his son-in-law, an infantryman in the Sumy region "
          "('Am Mittwochabend habe der Schwiegersohn angerufen, erzählt Wassyl', Konjunktiv; the "
          "speaker quoted: other): stormed a village across the border (from Wednesday, 12 "
          "March, to publication)"),
        C("mindestens 13.000", 13000, "at_least", "in_russia", "other", "pub",
          "a forestry student from Chuncheon, 'Seiner Rechnung nach' (undated): gone to Russia"),
        C("rund 11.000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the outlet's own framing, no source (required): the soldiers Pyongyang began its "
          "deployment with in the autumn"),
        C("weitere 3.000", 3000, "exact", "in_russia", "south_korea", "mon",
          "'Nach Angaben des südkoreanischen Generalstabs vom Montag' (10 March): moved to Russia "
          "since January ('weitere' before the figure: increment, span with the word, "
          "as in earlier sets)", add=True),
        C("rund 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "same statement, Konjunktiv ('liege'): dead and wounded"),
        C("bis zu 1.000", 1000, "at_most", "casualties", "united_states", "2025-02-21..2025-02-28",
          "'Das Pentagon hatte Ende Feber geschätzt' (days 21-28): fallen"),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "yday",
          "Ukraine's commander-in-chief 'sagte gestern vor Journalisten in Kiew' (13 March): "
          "fighting in the Kursk region"),
    ),
)


S06 = Source(
    article_id="k157_06_saisonbrief_lagerhaus_griesalp_kiental_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-09-26"),
    dated_by="front_matter", crlf=True,
    features="the end-of-season letter of a school camp house at Griesalp in the Kiental (Bernese "
        "Oberland) in Markdown, windows-1252 with CRLF, front matter with `date:` (Friday) and a "
        "title without a figure; Swiss conventions (`ss`, «», `1'180`, `9'400`, `20'000`, "
        "`2'500`, `5'000`, `10'000`); classes, pupils, nights, the post bus gradient and the "
        "price per night first; the camp cook from Mykolaiv relaying her son-in-law, a gunner in "
        "the Sumy region ('Am letzten Sonntag, erzählt Switlana, habe er sich gemeldet') `um die "
        "300` in the trenches opposite (approx, other, from Sunday to publication); a teacher "
        "from Suncheon «Ich vermute …» `über 20'000` in Russia, said on a camp visit in June (new "
        "here: the month of the visit dates the quote); 'Laut Südkoreas Geheimdienst, der am 11. "
        "September vor Abgeordneten sprach' `2'500` fallen and 'Die Behörde erwartet zudem' "
        "`weitere 5'000` builders and deminers (increment, planned); 'Aus dem Generalstab in Kiew "
        "verlautete am Montag' `etwa 10'000` in the Kursk region; Kremlin spokesman Peskov 'am "
        "Dienstag' `Tausenden` Korean helpers rebuilding the region (russia, near the front); "
        "North Korea's news agency 'meldete am Mittwoch' `über hundert` fallen (a number word, "
        "at_least, north_korea); classes, pupils, nights, per cent, francs, ages, dates, a phone "
        "number",
    text="""\
---
title: "Saisonbrief des Lagerhauses Griesalp"
date: 2025-09-26
haus: Ferienlagerhaus Griesalp, Kiental
---

# Letzte Klassen, leere Schlafsäle und Post aus zwei fernen Ländern

Liebe Lehrerinnen und Lehrer, liebe Lagerleitungen

Die Saison ist vorbei. Zwischen Mai und Mitte September haben 41 Schulklassen mit 1'180 Kindern \
bei uns gewohnt, und das Haus zählte 9'400 Übernachtungen, so viele wie noch nie. Das Postauto hat \
alle über die steile Strasse heraufgebracht, an den engsten Stellen mit 28 Prozent Steigung. Fast \
jede Klasse wanderte zum Pochtenfall und durch den Hexenkessel, und ausser ein paar Blasen gab es \
keine Verletzungen. Der Preis bleibt bei 24 Franken pro Kind und Nacht mit Vollpension.

## Unsere Köchin aus Mykolajiw

Seit zwei Sommern kocht bei uns Switlana Tkatsch, 49, die in Mykolajiw eine Schulkantine geführt \
hat. Die Kinder lieben ihre Borschtsch-Tage und ihre Quarkpfannkuchen. Ihr Schwiegersohn steht mit \
einer Haubitzenbatterie im Gebiet Sumy. Am letzten Sonntag, erzählt Switlana, habe er sich \
gemeldet: Auf der anderen Seite lägen wieder [[um die 300]] Koreaner in den Gräben, «junge Kerle, \
die nicht wissen, wo sie sind».

## Besuch aus Suncheon

Mit einer Klasse der internationalen Schule in Bern war im Juni die Lehrerin Yang Eun-ji, 36, aus \
Suncheon bei uns. Sie hat mit den Kindern Kimchi eingelegt und abends am Feuer von Korea erzählt. \
«Ich vermute, dass bisher [[über 20'000]] Menschen aus dem Norden in Russland waren, die \
Bauarbeiter mitgezählt», sagte sie beim Abschied.

## Was gemeldet wurde

Laut Südkoreas Geheimdienst, der am 11. September vor Abgeordneten in Seoul sprach, sind [[2'500]] \
Soldaten aus dem Norden gefallen. Die Behörde erwartet zudem, dass Pjöngjang bis Jahresende \
[[weitere 5'000]] Bauarbeiter und Minenräumer nach Kursk schickt. Aus dem Generalstab in Kiew \
verlautete am Montag, im Gebiet Kursk stünden noch [[etwa 10'000]] Mann aus dem Norden. \
Kremlsprecher Dmitri Peskow dankte am Dienstag den [[Tausenden]] koreanischen Helfern, die dort \
Häuser, Brücken und Strassen wieder aufbauen. Und die nordkoreanische Nachrichtenagentur meldete \
am Mittwoch, Kim Jong Un habe den Familien von [[über hundert]] Gefallenen neue Wohnungen in \
Pjöngjang übergeben. Wie viele Ukrainer und Russen in diesem Krieg schon gestorben sind, weiss \
niemand genau.

## Agenda

- Anmeldungen für den Sommer 2026 ab 1. November
- Frühlingsputz mit Zmittag: Samstag, 9. Mai 2026
- Auskunft: Hauswartin Vreni Germann, 033 676 12 48

Herzliche Grüsse aus dem Kiental
""",
    claims=(
        C("um die 300", 300, "approx", "near_front", "other", "sun..pub",
          "the camp cook from Mykolaiv relaying her son-in-law, a gunner in the Sumy region ('Am "
          "letzten Sonntag, erzählt Switlana, habe er sich gemeldet', Konjunktiv; the speaker "
          "quoted: other): in the trenches on the other side (from Sunday, 21 September, to "
          "publication; 'um die' as approx)"),
        C("über 20'000", 20000, "at_least", "in_russia", "other", "2025-06-01..2025-06-30",
          "a teacher from Suncheon, «Ich vermute …», 'sagte sie beim Abschied' after a camp visit "
          "'im Juni' (new here: the month of the visit dates the quote, as the outing of "
          "`corpus_blind154`): have been in Russia, builders included"),
        C("2'500", 2500, "exact", "casualties", "south_korea", "2025-09-11",
          "'Laut Südkoreas Geheimdienst, der am 11. September vor Abgeordneten in Seoul sprach' "
          "(the relative clause dates it): fallen"),
        C("weitere 5'000", 5000, "exact", "planned", "south_korea", "2025-09-11",
          "'Die Behörde erwartet zudem' (the NIS of 11 September carried): builders and deminers "
          "to be sent to Kursk by the year's end ('weitere' before the figure: "
          "increment, span with the word; planned)", add=True),
        C("etwa 10'000", 10000, "approx", "near_front", "ukraine", "mon",
          "'Aus dem Generalstab in Kiew verlautete am Montag' (22 September), Konjunktiv: in the "
          "Kursk region"),
        C("Tausenden", None, "vague", "near_front", "russia", "tue",
          "Kremlin spokesman Peskov 'dankte am Dienstag' (23 September): Korean helpers rebuilding "
          "houses, bridges and roads in the Kursk region (at work there: near the front)"),
        C("über hundert", 100, "at_least", "casualties", "north_korea", "wed",
          "North Korea's news agency 'meldete am Mittwoch' (24 September): fallen whose families "
          "got flats (a number word, 100)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Texada Island, Dauphin Island, North Stradbroke Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="k157_07_garden_notes_van_anda_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "Van Anda Community Garden – Garden Notes",
        "https://www.vanandagarden.example/notes/2025-06",
        "Garlic up, deer fence holding, and two gardeners with family far away",
    ),
    features="the notes of a community garden at Van Anda on Texada Island (Strait of Georgia, "
        "British Columbia) in Markdown, UTF-8 with BOM and curly quotes, front matter without a "
        "date (sidecar, Thursday) and a title without a figure; garlic, raised beds, the deer "
        "fence, rain tanks and plot fees first; a welder from Nikopol relaying his brother, a "
        "supply driver near Sumy ('On Sunday night the brother phoned, Serhiy told us') `about "
        "forty` killed in one failed assault (a number word, approx, other, from Sunday to "
        "publication); a retired ferry engineer from Mokpo 'reckons' `30,000 or more` rotated "
        "through Russia (new here: 'or more' after the figure as at_least, like `200 or more` of "
        "earlier sets; planned, other, `pub`); the outlet's own 'Since the first' `several "
        "thousand` reached the Kursk front (unattributed, required); Shoigu 'on a visit to "
        "Pyongyang on Tuesday, announced' `6,000` sappers and builders (russia, planned); 'A day "
        "later, the spy agency in Seoul handed lawmakers its own tally' `about 4,700` dead and "
        "injured (the Wednesday); Kyiv's spy chief 'in an interview with a Ukrainian newspaper "
        "last week, said' `up to 12,000` on Russian soil; NATO's secretary general 'speaking on "
        "Monday … put the total sent at' `more than 14,000`; Russia's losses, pounds, beds, "
        "households, feet, per cent, dollars, ferry minutes, years, ages",
    text="""\
---
title: Garden Notes, mid-June
garden: Van Anda Community Garden
island: Texada
---

# Garlic up, deer fence holding, and two gardeners with family far away

The garlic came out of the long bed on Saturday, 60 pounds of it, and is curing in the old assay \
shed behind the hall. All 26 raised beds are taken this season, shared by 14 households and the \
school's grade four class, and the new deer fence (eight feet of cedar posts and page wire) has \
not been breached since April. The rain tanks are still about 70 percent full. Plot fees stay at \
$25 a year, and the ferry from Powell River to Blubber Bay still takes 35 minutes, so bring us \
your spare seedlings.

## In the beds

Serhiy Lytvyn, 46, a welder from Nikopol who came to Texada in 2023 to work at the limestone \
quarry, grows beets and dill in plot 9. His brother drives a supply truck for a brigade near Sumy. \
On Sunday night the brother phoned, Serhiy told us: in a single failed assault on his sector, \
[[about forty]] North Koreans had been killed. “He says they walk in lines, like on a parade \
ground,” Serhiy said, and went back to his weeding.

Oh Byung-chul, 71, a retired ferry engineer from Mokpo who moved here to be near his daughter, \
looks after the tomatoes in the greenhouse. He reckons that before any ceasefire Pyongyang will \
rotate [[30,000 or more]] soldiers through Russia. “For them it is money, and it is practice,” he \
says.

## News from elsewhere

Since the first [[several thousand]] reached the Kursk front last autumn, the numbers have never \
stopped moving. Russia's security chief Sergei Shoigu, on a visit to Pyongyang on Tuesday, \
announced that [[6,000]] of Pyongyang's sappers and army builders were heading for Kursk to clear \
mines and put houses up again. A day later, the spy agency in Seoul handed lawmakers its own \
tally: [[about 4,700]] dead and injured among the North's troops since October. Kyiv's spy chief, \
in an interview with a Ukrainian newspaper last week, said [[up to 12,000]] remained on Russian \
soil, and NATO's secretary general, speaking on Monday ahead of the alliance's summit in The \
Hague, put the total sent at [[more than 14,000]]. Russia's own losses, by Kyiv's count, passed \
one million this month.

## Dates

- Work party on Saturday, June 28, from 9 am; bring gloves
- Seed swap at the Van Anda hall on July 12
""",
    claims=(
        C("about forty", 40, "approx", "casualties", "other", "sun..pub",
          "a welder from Nikopol relaying his brother, a supply driver near Sumy ('On Sunday night "
          "the brother phoned, Serhiy told us'; the speaker quoted: other): killed in a single "
          "failed assault (a number word, 40; from Sunday, 15 June, to publication)"),
        C("30,000 or more", 30000, "at_least", "planned", "other", "pub",
          "a retired ferry engineer from Mokpo, 'He reckons' (undated): will be rotated through "
          "Russia before any ceasefire (a forecast: planned; 'or more' after the figure as "
          "at_least)"),
        C("several thousand", None, "vague", "near_front", "unattributed", "pub",
          "the outlet's own framing ('Since the first … reached the Kursk front last autumn'; no "
          "source: unattributed, required)"),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu 'on a visit to Pyongyang on Tuesday, announced' (17 June): sappers and military "
          "builders heading for Kursk (an announcement: planned; no 'more': not an increment)"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "'A day later, the spy agency in Seoul handed lawmakers its own tally' (after Tuesday: "
          "Wednesday, 18 June): dead and injured since October"),
        C("up to 12,000", 12000, "at_most", "in_russia", "ukraine", "lastweek",
          "Kyiv's spy chief, 'in an interview with a Ukrainian newspaper last week, said': still "
          "on Russian soil"),
        C("more than 14,000", 14000, "at_least", "in_russia", "nato", "mon",
          "NATO's secretary general, 'speaking on Monday' (16 June) …, 'put the total sent at'"),
    ),
)


S08 = Source(
    article_id="k157_08_festival_bulletin_gillies_bay_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-08-29"),
    dated_by="html_meta",
    features="the bulletin of a blues and roots festival at Gillies Bay on Texada Island (British "
        "Columbia) in HTML, ISO-8859-1 with quotes, apostrophes and dashes only as entities "
        "(`&rsquo;`, `&ldquo;`, `&rdquo;`, `&middot;`, `&amp;`), `article:published_time` -07:00 "
        "(Friday), a cookie bar about starred stages, a script, navigation, a footer with a "
        "postcode and a phone number; `<title>` and headline without a figure; passes, acts, "
        "volunteers, campsites and prices first; a harmonica player from Zaporizhzhia relaying "
        "his nephew, a drone pilot at the Kursk border ('On Wednesday, Ihor said, the nephew "
        "messaged him') `twenty or so` killed at a river (number word with 'or so', approx, "
        "other, from Wednesday to publication); a bass player from Ulsan 'figures' 'another' "
        "`10,000` (increment, span without the word, planned, other, `pub`); North Korean state "
        "television 'on Saturday' `dozens` of coffins (north_korea); Seoul's intelligence agency "
        "'estimated last week' `around 2,000` dead; a Pentagon official 'briefing reporters on "
        "Tuesday, put the number … at' `about 11,000` in the Kursk region; 'In July' Kyiv's "
        "military intelligence `25,000 to 30,000` 'more' (range, increment, planned, the month); "
        "a NATO official 'yesterday' `several hundred` gunners firing from Russian soil; Russia's "
        "losses a day, passes, acts, volunteers, campsites, dollars, minutes, years, ages, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="iso-8859-1">
<meta property="article:published_time" content="2025-08-29T16:20:00-07:00">
<title>Festival Bulletin &middot; Gillies Bay Blues &amp; Roots Weekend</title>
<script>var lineup = {stages: 2, edition: 11, soldOut: true};</script>
</head>
<body>
<div class="cookie-bar">We keep a single cookie so the schedule remembers which stages you \
starred. <a href="#">Got it</a></div>
<nav><a href="/">Home</a> &middot; <a href="/lineup">Lineup</a> &middot; <a \
href="/camping">Camping</a> &middot; <a href="/bulletin">Bulletin</a></nav>
<main>
<h1>Sold out at Shelter Point, and a harmonica player with news from home</h1>
<p>Thank you, Texada. For the first time in the festival&rsquo;s eleven years every one of the \
1,150 weekend passes was gone a week before the gates opened. Nineteen acts played the beach stage \
and the old barn, 120 volunteers kept the grills and the shuttle bus running, and all 240 \
campsites in the park were full by Friday noon. A pass cost $85 this year; next summer it goes up \
to $90.</p>
<h2>Backstage</h2>
<p>Ihor Danylenko, 58, a harmonica player from Zaporizhzhia who now lives in Powell River, closed \
Saturday night with a twelve-minute shuffle that nobody wanted to end. His nephew flies \
reconnaissance drones for a unit on the Kursk border. On Wednesday, Ihor said, the nephew messaged \
him that [[twenty or so]] North Koreans had been killed trying to wade across a river in front of \
their position.</p>
<p>On bass for the Sunday gospel set was Jang Seo-yeon, 34, who grew up in Ulsan and now teaches \
music in Vancouver. She figures Kim will send another [[10,000]] before the year is out. \
&ldquo;Every month they stay, the regime gets paid,&rdquo; she said.</p>
<h2>Meanwhile, far from the beach</h2>
<p>North Korean state television on Saturday showed Kim Jong Un laying flags over [[dozens]] of \
coffins at a ceremony in Pyongyang. Seoul&rsquo;s intelligence agency estimated last week that the \
North&rsquo;s dead now numbered [[around 2,000]]. A Pentagon official, briefing reporters on \
Tuesday, put the number still in the Kursk region at [[about 11,000]]. In July, Kyiv&rsquo;s \
military intelligence said Pyongyang was preparing to send [[25,000 to 30,000]] more workers and \
soldiers. And a NATO official told reporters in Brussels yesterday that [[several hundred]] North \
Korean gunners were now shelling the Sumy region from Russian soil. Russia itself is losing more \
than 1,000 men a day, according to Kyiv.</p>
</main>
<footer>Gillies Bay Blues &amp; Roots Society &middot; Box 214, Gillies Bay, BC V0N 1W0 &middot; \
604-486-0713 &middot; <a href="/volunteer">Volunteer next year</a></footer>
<script src="/js/lineup.js"></script>
</body>
</html>
""",
    claims=(
        C("twenty or so", 20, "approx", "casualties", "other", "wed..pub",
          "a harmonica player from Zaporizhzhia relaying his nephew, a drone pilot at the Kursk "
          "border ('On Wednesday, Ihor said, the nephew messaged him'; the speaker quoted: "
          "other): killed wading across a river (number word with 'or so': approx, 20; from "
          "Wednesday, 27 August, to publication)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a bass player from Ulsan, 'She figures' (undated): 'another' to be sent before the year "
          "is out (increment, span without the word; planned)", add=True),
        C("dozens", None, "vague", "casualties", "north_korea", "sat",
          "North Korean state television 'on Saturday' (23 August): coffins of the fallen"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "'Seoul's intelligence agency estimated last week': the North's dead"),
        C("about 11,000", 11000, "approx", "near_front", "united_states", "tue",
          "a Pentagon official, 'briefing reporters on Tuesday, put the number … at' (26 August): "
          "still in the Kursk region"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "2025-07-01..2025-07-31",
          "'In July, Kyiv's military intelligence said': 'more' workers and soldiers Pyongyang was "
          "preparing to send (range, increment, planned; the month)", add=True),
        C("several hundred", None, "vague", "near_front", "nato", "yday",
          "a NATO official 'told reporters in Brussels yesterday' (28 August): gunners shelling "
          "the Sumy region from Russian soil (in combat: near the front)"),
    ),
)


S09 = Source(
    article_id="k157_09_gulf_wire_dauphin_island_rodeo",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-07-21"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from the deep-sea fishing rodeo on Dauphin Island "
        "(Alabama) as plain text, UTF-8 with CRLF, slug line, byline and dateline 'DAUPHIN "
        "ISLAND, Alabama, July 21, 2025 (Gulf Coast Wire) –' (Monday), curly quotes; the "
        "headline's `30,000` from Ukraine's military intelligence of Friday (Friday to "
        "publication, hedge dropped; increment); a shipyard welder from Gunsan in the lead, then "
        "'said on Friday' `up to 30,000` 'additional' troops (at_most, increment, planned); the "
        "welder's quote before his name `40,000` in all, counting everybody (exact, planned, "
        "other, `pub`); a deckhand from Berdiansk relaying her cousin, a marine near Sumy "
        "('texted her on Saturday') `fifty or sixty` dug in (range of number words, other, from "
        "Saturday to publication); the NIS 'in a report to parliament earlier this month' `about "
        "11,000` still in Russia and `some 1,000` sent home wounded (the 1st to publication); "
        "Lavrov 'who visited … on July 12' `several thousand` who 'liberated Kursk' (russia, the "
        "relative clause dates it); a State Department spokeswoman 'asked about the report on "
        "Tuesday, said' `more than 1,500` killed; anglers, boats, prizes, pounds, the rodeo's "
        "first year, Russia's losses, ages, years, a desk phone number",
    text="""\
FISHING-US/KOREA

Korean welder at Alabama fishing rodeo tracks Kyiv's warning of [[30,000]] more troops

By Dale Thibodeaux

DAUPHIN ISLAND, Alabama, July 21, 2025 (Gulf Coast Wire) – When the scales closed on Sunday at the \
island's deep-sea fishing rodeo, a welder from a Mobile shipyard had the heaviest king mackerel in \
his division and very little to say about it. What Cho Seong-min, 44, wanted to talk about was the \
news from Kyiv.

Ukraine's military intelligence said on Friday that North Korea could triple its contingent, \
sending [[up to 30,000]] additional troops to Russia over the coming months.

“By the end they'll have sent [[40,000]], counting everybody,” said Cho, who grew up in the port \
of Gunsan on Korea's west coast and came to Alabama in 2012 to build ships for the navy. “My uncle \
was taken north in the war. I think about the boys they are sending.”

Kateryna Savchuk, 31, a deckhand on a charter boat out of Orange Beach who grew up in Berdiansk, \
said her cousin, a marine near Sumy, texted her on Saturday that [[fifty or sixty]] North Koreans \
were dug in across the border from his company.

South Korea's National Intelligence Service, in a report to parliament earlier this month, said \
[[about 11,000]] North Korean soldiers remained in Russia and that [[some 1,000]] had been sent \
home with serious wounds. Russia's foreign minister Sergei Lavrov, who visited the North's new \
Wonsan beach resort on July 12, praised the [[several thousand]] Korean soldiers who, in his \
words, had “liberated Kursk together with our boys.” A State Department spokeswoman, asked about \
the report on Tuesday, said the North had lost [[more than 1,500]] men killed.

The rodeo, held every July since 1929, drew 2,870 registered anglers and 640 boats this year and \
paid out $310,000 in prizes. The winning red snapper weighed 31.4 pounds. Cho's mackerel, at 48 \
pounds, earned him $1,200 and a trophy he said he would send to his mother in Gunsan.

Russian losses have averaged well over 1,000 a day in recent months, by the count of Ukraine's \
general staff.

(Reporting by Dale Thibodeaux; editing by Marisol Reyes; Gulf Coast Wire desk +1 251 555 0148)
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "ukraine", "fri..pub",
          "headline: Ukraine's military intelligence figure of the body ('said on Friday', 18 "
          "July), Friday to publication, hedge dropped: 'more' troops (increment, "
          "planned)", add=True),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "fri",
          "Ukraine's military intelligence 'said on Friday' (18 July): 'additional' troops North "
          "Korea could send (increment, planned)", add=True),
        C("40,000", 40000, "exact", "planned", "other", "pub",
          "a welder from Gunsan, the quote before the speaker, 'said Cho' (undated): sent by the "
          "end, counting everybody (a total to come: planned, not an increment)"),
        C("fifty or sixty", None, "range", "near_front", "other", "sat..pub",
          "a deckhand from Berdiansk relaying her cousin, a marine near Sumy ('texted her on "
          "Saturday'; the speaker quoted: other): dug in across the border (a range of number "
          "words; from Saturday, 19 July, to publication)"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-07-01..pub",
          "the NIS 'in a report to parliament earlier this month' (the 1st to publication): "
          "remained in Russia"),
        C("some 1,000", 1000, "approx", "casualties", "south_korea", "2025-07-01..pub",
          "same report: sent home with serious wounds"),
        C("several thousand", None, "vague", "near_front", "russia", "2025-07-12",
          "Lavrov, 'who visited the North's new Wonsan beach resort on July 12' (the relative "
          "clause dates it), 'praised': soldiers who 'liberated Kursk together with our boys'"),
        C("more than 1,500", 1500, "at_least", "casualties", "united_states", "tue",
          "a State Department spokeswoman, 'asked about the report on Tuesday, said' (15 July): "
          "killed"),
    ),
)


S10 = Source(
    article_id="k157_10_migration_notes_dauphin_island_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-04-23"),
    dated_by="front_matter",
    features="the spring migration notes of a bird-banding station at the west end of Dauphin "
        "Island (Alabama) in Markdown, windows-1252 with raw curly quotes, front matter with "
        "`date:` (Wednesday) and a title repeating the headline (optional); the headline's "
        "`15,000` from the NIS of Monday (Monday to publication, hedge dropped); a fallout of "
        "migrants, birds and species banded, net hours and the coffee fund first, with "
        "`thousands` of birds that are not claims; a teacher from Kherson relaying her husband, a "
        "medic on the Kursk border ('He told her on Friday') `several dozen` back in the line "
        "(vague, other, from Friday to publication); a birder from Seosan 'believes' `close to "
        "20,000` by the year's end (approx, planned, other, `pub`); the NIS as heard 'On Monday' "
        "by a closed session of the intelligence committee, `about 15,000` sent and, 'The agency "
        "counted', `some 5,000` killed or wounded; 'On April 10' the commander of US forces in "
        "Korea `11,000` in the Kursk region; a NATO spokeswoman 'earlier this month' `thousands` "
        "back in combat (the 1st to publication); Kyiv's general staff 'yesterday' `about 200` "
        "killed in a week (the week a counting period); birds, species, grams, years, hours, "
        "dollars, a time, a phone number",
    text="""\
---
title: "Warblers pour in, and Seoul says [[15,000]] have gone to Russia"
date: 2025-04-23
station: West End Banding Station, Dauphin Island
---

# Warblers pour in, and Seoul says [[15,000]] have gone to Russia

The fallout we had been waiting for arrived on Thursday night. A line of storms over the Gulf put \
down thousands of exhausted migrants in the live oaks around the west end, and by Sunday evening \
our nets had caught 412 birds of 38 species, among them 57 indigo buntings, 23 hooded warblers and \
a single cerulean warbler, only the fourth we have banded since 2009. Each bird leaves with a band \
weighing less than a tenth of a gram. Volunteers put in 310 net hours over the weekend; the coffee \
fund stands at $146.

## At the nets

Olena Kravchenko, 42, a schoolteacher from Kherson who has banded with us since she reached the \
island in 2023, took most of the buntings out of the nets herself. Her husband is a medic with a \
brigade on the Kursk border. He told her on Friday that the North Koreans were back in the line, \
[[several dozen]] of them in his sector alone, and that they no longer ran at the drones but hid \
from them.

Kang Hye-rin, 55, a birder from Seosan, spent the week with us; at home she counts cranes and \
geese on the tidal flats of Cheonsu Bay. She believes that by New Year [[close to 20,000]] of the \
North's young men will have served in Russia. “Moscow pays, and the regime needs every dollar,” \
she said.

## Elsewhere

On Monday a closed session of the South Korean parliament's intelligence committee heard from the \
National Intelligence Service that [[about 15,000]] troops had left the North for Russia since \
October. The agency counted [[some 5,000]] killed or wounded. On April 10 the commander of U.S. \
forces in Korea told Congress that [[11,000]] North Korean troops were in the Kursk region. A NATO \
spokeswoman said earlier this month that [[thousands]] were back in combat there, and Kyiv's \
general staff said yesterday that [[about 200]] had been killed in a week of fighting near \
Tyotkino.

## Notes

- Morning nets open at 6:15 through May 10; bring water and a hat.
- Station phone: 251-555-0193
""",
    claims=(
        C("15,000", 15000, "exact", "in_russia", "south_korea", "mon..pub",
          "front-matter title repeating the headline (metadata): optional", opt=True),
        C("15,000", 15000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline: the NIS figure of the body (heard by a parliamentary committee 'On Monday', "
          "21 April), Monday to publication, hedge dropped: gone to Russia"),
        C("several dozen", None, "vague", "near_front", "other", "fri..pub",
          "a teacher from Kherson relaying her husband, a medic on the Kursk border ('He told her "
          "on Friday'; the speaker quoted: other): back in the line in his sector (from Friday, "
          "18 April, to publication)"),
        C("close to 20,000", 20000, "approx", "planned", "other", "pub",
          "a birder from Seosan, 'She believes' (undated): will have served in Russia by New Year "
          "(a forecast: planned; 'close to' as approx)"),
        C("about 15,000", 15000, "approx", "in_russia", "south_korea", "mon",
          "'On Monday a closed session of the South Korean parliament's intelligence committee "
          "heard from the National Intelligence Service' (21 April): left for Russia since "
          "October"),
        C("some 5,000", 5000, "approx", "casualties", "south_korea", "mon",
          "'The agency counted' (the Monday carried): killed or wounded"),
        C("11,000", 11000, "exact", "near_front", "united_states", "2025-04-10",
          "'On April 10 the commander of U.S. forces in Korea told Congress': in the Kursk region"),
        C("thousands", None, "vague", "near_front", "nato", "2025-04-01..pub",
          "'A NATO spokeswoman said earlier this month' (the 1st to publication): back in combat "
          "there"),
        C("about 200", 200, "approx", "casualties", "ukraine", "yday",
          "Kyiv's general staff 'said yesterday' (22 April): killed in a week of fighting (the "
          "week a counting period, not the claim date)"),
    ),
)


S11 = Source(
    article_id="k157_11_shed_talk_point_lookout_html",
    language="en", fmt="html", encoding="utf-8", published=day("2025-10-16"),
    dated_by="sidecar",
    sidecar=(
        "Point Lookout Men's Shed – Shed Talk",
        "https://www.pointlookoutshed.example/shed-talk/october-2025",
        "Board racks, a bandsaw from a sausage sizzle, and two blokes at the lathe",
    ),
    features="the newsletter of a men's shed at Point Lookout on North Stradbroke Island "
        "(Queensland) in HTML, UTF-8, no meta date (sidecar, Thursday), a cookie notice about the "
        "sign-in sheet, a script, navigation, entities (`&rsquo;`, `&ldquo;`, `&rdquo;`, "
        "`&ndash;`, `&middot;`), a footer with a postcode and a phone number; `<title>` and "
        "headline without a figure; board racks, bikes, a ramp, a barbecue's takings, humpbacks "
        "and the water taxi first; a retired boilermaker from Kamianske relaying his grandson, a "
        "drone pilot near Sumy ('The boy rang him on Tuesday, Volodymyr told us over smoko') "
        "`maybe a hundred` lost in one night ('maybe' as approx, in the span, other, from Tuesday "
        "to publication); a retired ship's engineer from Samcheok 'In his view' `somewhere "
        "between 15,000 and 20,000` (range, other, `pub`); North Korea's state news agency 'on "
        "October 10' `101` posthumous medals; Medvedev 'a guest at the parade that day' "
        "“`thousands` of Korean brothers” (russia, near the front); the NIS 'Last week … informed "
        "lawmakers' `about 5,000` engineers arrived since summer; 'The Pentagon puts the number … "
        "at' `around 10,000` (`pub`); 'according to Ukraine's military intelligence' `at least "
        "2,000` 'of them' training as drone crews (in Russia, `pub`); racks, bikes, dollars, "
        "whales, minutes, years, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>Shed Talk &ndash; Point Lookout Men&rsquo;s Shed</title>
<script>window.shed = {open: ["Tue", "Thu", "Sat"], kettle: true};</script>
</head>
<body>
<div class="cookie-notice">Our roster page keeps one cookie so it remembers your name on the \
sign-in sheet. <button>No worries</button></div>
<nav><a href="/">Home</a> | <a href="/projects">Projects</a> | <a href="/roster">Roster</a> | <a \
href="/shed-talk">Shed Talk</a></nav>
<article>
<h1>Board racks, a bandsaw from a sausage sizzle, and two blokes at the lathe</h1>
<p>A good month at the shed. We built 14 board racks for the lifesavers at Cylinder Beach, fixed \
31 bikes for the school at Dunwich and put a wheelchair ramp on the bowls club. The sausage sizzle \
at the Amity markets raised $1,280, which paid for a secondhand bandsaw. From the headland at the \
Gorge, the volunteer whale counters have logged more than 2,300 humpbacks this season. The water \
taxi from Cleveland is still $12 and takes 25 minutes.</p>
<h2>At the bench</h2>
<p>Volodymyr Shevchuk, 67, a retired boilermaker from Kamianske who came out to live with his \
daughter at Point Lookout, runs the lathe on Tuesdays. His grandson flies drones near Sumy. The \
boy rang him on Tuesday, Volodymyr told us over smoko: &ldquo;He said the Koreans lost [[maybe a \
hundred]] men in one night, in the fog.&rdquo;</p>
<p>Across the bench sits Yoon Jae-ho, 73, a retired ship&rsquo;s engineer from Samcheok who took \
bulk carriers into Gladstone for twenty years. In his view the North has shipped [[somewhere \
between 15,000 and 20,000]] of its soldiers so far, &ldquo;and nobody outside will ever know the \
real number.&rdquo;</p>
<h2>What the papers said</h2>
<p>North Korea&rsquo;s state news agency reported on October 10, the ruling party&rsquo;s 80th \
anniversary, that Kim Jong Un had given posthumous medals to [[101]] soldiers killed in the Kursk \
region. Russia&rsquo;s Dmitry Medvedev, a guest at the parade that day, praised the \
&ldquo;[[thousands]] of Korean brothers&rdquo; who had fought for Kursk. Last week Seoul&rsquo;s \
National Intelligence Service informed lawmakers that [[about 5,000]] military engineers had \
arrived in Russia since the summer. The Pentagon puts the number of North Korean soldiers still \
there at [[around 10,000]]. And according to Ukraine&rsquo;s military intelligence, [[at least \
2,000]] of them are now being trained as drone crews at a range outside Moscow.</p>
</article>
<footer>Point Lookout Men&rsquo;s Shed Inc. &middot; Mooloomba Road, Point Lookout QLD 4183 \
&middot; 07 3409 8126 &middot; <a href="/join">Join us</a></footer>
<script src="/js/roster.js"></script>
</body>
</html>
""",
    claims=(
        C("maybe a hundred", 100, "approx", "casualties", "other", "tue..pub",
          "a retired boilermaker from Kamianske relaying his grandson, a drone pilot near Sumy "
          "('The boy rang him on Tuesday, Volodymyr told us over smoko', “…”; the speaker "
          "quoted: other): lost in one night ('maybe' as approx, in the span; a number word, "
          "100; from Tuesday, 14 October, to publication)"),
        C("somewhere between 15,000 and 20,000", None, "range", "in_russia", "other", "pub",
          "a retired ship's engineer from Samcheok, 'In his view' (undated): shipped so far (the "
          "span takes 'somewhere', as `somewhere around 16,000` of earlier sets, and 'between')"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-10-10",
          "North Korea's state news agency 'reported on October 10': soldiers killed in the Kursk "
          "region, given posthumous medals"),
        C("thousands", None, "vague", "near_front", "russia", "2025-10-10",
          "Medvedev, 'a guest at the parade that day' (10 October), in quotation marks: Korean "
          "brothers who fought for Kursk"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "lastweek",
          "the NIS, 'Last week … informed lawmakers': military engineers arrived in Russia since "
          "the summer (no 'more': not an increment)"),
        C("around 10,000", 10000, "approx", "in_russia", "united_states", "pub",
          "'The Pentagon puts the number … at' (undated): still in Russia"),
        C("at least 2,000", 2000, "at_least", "in_russia", "ukraine", "pub",
          "'according to Ukraine's military intelligence' (undated): 'of them' being trained as "
          "drone crews outside Moscow (a share: never an increment)"),
    ),
)


S12 = Source(
    article_id="k157_12_letters_amity_point_tide",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "The Amity Point Tide – Letters",
        "https://www.amitypointtide.example/letters/2025-11-13",
        "Letters: counting other people's sons, the barge bill and koalas on the road",
    ),
    features="a readers' letters page from a North Stradbroke Island weekly (Amity Point and "
        "Dunwich, Queensland) as plain text, UTF-16 LE with BOM (sidecar, Thursday), `–`; a "
        "reader from Dunwich relaying his wife's brother, a sapper on the Sumy border ('Last "
        "Thursday he wrote to us') `dozens` in the woods opposite (vague, other, the Thursday "
        "before in a Thursday paper, to publication); a reader answering the paper's own front "
        "page ('your front page of October 30 said') `15,000` dead (unattributed, required, that "
        "day) and 'Seoul's spy agency told its parliament on November 4' `roughly 2,000`; a "
        "reader relaying her grandfather, a Korean War veteran ('He says') `tens of thousands` "
        "'more' (vague, increment, planned, other, `pub`); a reader citing 'NATO's own estimate, "
        "published on Monday' `between 10,000 and 11,000` in the Kursk region (range) and "
        "Moscow's ambassador in Pyongyang 'on Sunday' `several hundred` buried at home (russia, "
        "casualties); two letters without a claim on the car barge and a koala count; years, "
        "ages, dollars, koalas",
    text="""\
THE AMITY POINT TIDE – LETTERS TO THE EDITOR

Counting other people's sons

Sir, my wife's brother is a sapper on the Sumy border. Last Thursday he wrote to us that \
[[dozens]] of North Koreans had moved into the woods opposite his position, with new uniforms and \
Russian rifles. We live among pelicans and dolphins here, and it is hard to picture.
Dmytro Koval, Dunwich

Sir, your front page of October 30 said [[15,000]] North Korean soldiers had died in Russia. That \
is not right. Seoul's spy agency told its parliament on November 4 that [[roughly 2,000]] had \
died. Both numbers are terrible, but they are not the same number.
Helen McCallum, Point Lookout

Sir, my grandfather served with the Australians at Kapyong in 1951. He is 94 now, lives with us at \
Amity and reads every line that is printed about Korea. He says the North will send [[tens of \
thousands]] more if Moscow asks, because it always has. I hope he is wrong.
Jessica Nguyen-Walsh, Amity Point

Sir, NATO's own estimate, published on Monday, is [[between 10,000 and 11,000]] North Koreans \
still in the Kursk region, and even Moscow's ambassador in Pyongyang admitted on Sunday that \
[[several hundred]] had been buried at home. Let us argue about the numbers that exist.
Graham Oldfield, Dunwich

The barge and the bill

Sir, taking a family car across on the barge now costs $182 return. When the sand mine closed in \
2019 we were told tourism would carry the island. It will not carry it at these prices.
Warren Dique, Dunwich

Koalas on the road

Sir, the koala count on Saturday found 37 animals between Dunwich and Amity, up from 29 last year. \
Please slow down at dusk.
Margaret Ellis, Amity Point
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "2025-11-06..pub",
          "a reader from Dunwich relaying his wife's brother, a sapper on the Sumy border ('Last "
          "Thursday he wrote to us'; the speaker quoted: other): moved into the woods opposite "
          "(the Thursday before in a Thursday paper, 6 November, to publication, as `Vergangenen "
          "Donnerstag` of `corpus_blind154`)"),
        C("15,000", 15000, "exact", "casualties", "unattributed", "2025-10-30",
          "the paper's own front page as cited by a reader ('your front page of October 30 said'; "
          "unattributed, required): died in Russia"),
        C("roughly 2,000", 2000, "approx", "casualties", "south_korea", "2025-11-04",
          "'Seoul's spy agency told its parliament on November 4': died"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "a reader relaying her grandfather, a Korean War veteran ('He says', undated; the "
          "speaker quoted: other): 'more' the North will send if Moscow asks "
          "(increment, planned)", add=True),
        C("between 10,000 and 11,000", None, "range", "near_front", "nato", "mon",
          "'NATO's own estimate, published on Monday' (10 November): still in the Kursk region"),
        C("several hundred", None, "vague", "casualties", "russia", "sun",
          "Moscow's ambassador in Pyongyang 'admitted on Sunday' (9 November): buried at home"),
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
