"""Build the FIFTY-NINTH BLIND hand-labelled corpus (`python build_corpus.py`).

The sixty-first corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Herford daily, an
Oderbruch radio station's web text, a Defereggental weekly (Austrian conventions), a Sensebezirk
paper (Swiss conventions), a tailors' guild magazine and a Paderborn student radio; an Oamaru
daily, a Lismore (Argyll) island page, a Wisconsin public radio site, a Ukrainian exile English-
language outlet in Warsaw, a Kosrae news page and an English-language newsletter from Cotonou. Same
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
BASE_NAME = "_blind59_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Switzerland, Austria)
# ---------------------------------------------------------------------------------------------

N01 = Source(
    article_id="n59_01_herford_krankenschwester",
    language="de", fmt="txt", encoding="utf-8", published=day("2024-10-24"),
    dated_by="sidecar",
    sidecar=(
        "Herforder Kreisblatt",
        "https://www.herforder-kreisblatt.example/welt/seoul-schon-3000-nordkoreaner-in-russla"
        "nd-2741",
        "Seoul: Schon 3000 Soldaten aus Nordkorea in Russland",
    ),
    features="Herford daily's world page as plain text (sidecar, Thursday), 4-digit figures "
        "without separator; headline 'Seoul:' from the NIS briefing passed on by a lawmaker 'am "
        "Mittwoch' (Wednesday to publication); 'Park zufolge rechnet der NIS damit' with "
        "Konjunktiv (intended total by the end of the year); the Dienst 'Noch am vergangenen "
        "Freitag' (the Friday before a Thursday); Austin without a figure, then Kirby 'am Abend' "
        "(the Wednesday carried); HUR 'spricht von' (present tense, `pub`); Zelensky 'am "
        "Dienstagabend' `Zehntausende` (vague, planned); a Korean-born nurse who came to Herford "
        "in 1971 (no figure of her own); the 10.000 South Korean nurses recruited 1966-1977, ages, "
        "years, event time, phone number",
    text="""\
Herforder Kreisblatt – Politik & Welt

Seoul: Schon [[3000]] Soldaten aus Nordkorea in Russland

Eine Herforderin, die vor 53 Jahren als Krankenschwester aus Südkorea kam, verfolgt die \
Nachrichten mit großer Sorge

Von Jana Brinkmeier

Der Kreml bekommt Verstärkung aus Pjöngjang, und zwar schneller als gedacht. [[Rund 3000]] \
nordkoreanische Soldaten sind nach Erkenntnissen des südkoreanischen Auslandsgeheimdienstes NIS \
inzwischen in Russland eingetroffen. So schilderte es der Abgeordnete Park Sun-won am Mittwoch \
nach einer vertraulichen Sitzung, in der die Spitze des Dienstes die Parlamentarier über die Lage \
ins Bild gesetzt hatte.

Park zufolge rechnet der NIS damit, dass Machthaber Kim Jong Un bis zum Jahresende insgesamt \
[[10.000]] Mann in das verbündete Land schickt. Die Soldaten würden derzeit bei Wladiwostok, \
Ussurijsk und Chabarowsk an russischen Waffen ausgebildet und hätten russische Uniformen sowie \
gefälschte Ausweise aus Jakutien erhalten. Noch am vergangenen Freitag hatte der Dienst von \
[[1500]] Mann gesprochen – binnen einer Woche hat sich die Zahl also verdoppelt.

Auch in Washington redet man inzwischen offener. US-Verteidigungsminister Lloyd Austin sprach am \
Mittwoch in Rom von „Beweisen“ für nordkoreanische Truppen in Russland. Wie viele es seien, ließ \
er offen. Deutlicher wurde am Abend John Kirby, Sprecher des Nationalen Sicherheitsrats im Weißen \
Haus: Zwischen Anfang und Mitte Oktober seien [[mindestens 3000]] Nordkoreaner per Schiff in den \
Osten Russlands gebracht worden. Was sie dort tun sollten, sei noch unklar.

In Kiew geht man von deutlich höheren Zahlen aus. Der Militärgeheimdienst HUR spricht von [[etwa \
12.000]] Nordkoreanern, die auf fünf Übungsplätzen im Osten Russlands auf ihren Einsatz \
vorbereitet würden. Präsident Wolodymyr Selenskyj warnte am Dienstagabend in seiner \
Videoansprache, Pjöngjang könne Moskau bald [[Zehntausende]] Soldaten zur Verfügung stellen. \
Kremlsprecher Dmitri Peskow nannte die Berichte erneut eine „Ente“.

„Das sind doch halbe Kinder“

Für Kim Soon-ja sind das keine fernen Meldungen. Die 76-Jährige kam 1971 mit 40 anderen \
Krankenschwestern aus Seoul nach Westfalen und arbeitete bis zu ihrer Rente im Jahr 2008 im \
Klinikum Herford, zuletzt als Stationsleiterin in der Inneren Medizin. Zwischen 1966 und 1977 \
warb die Bundesrepublik rund 10.000 Pflegekräfte aus Südkorea an, viele blieben für immer. „Die \
Jungen aus dem Norden sind 18, 19 Jahre alt. Man steckt sie in fremde Uniformen und sagt ihnen \
nicht einmal, wofür sie sterben sollen“, sagt sie.

Ihre Familie stammt aus Kaesong, das seit dem Waffenstillstand von 1953 zum Norden gehört; eine \
Tante hat sie nie wiedergesehen. Die Deutsch-Koreanische Gesellschaft Ostwestfalen lädt am \
Samstag um 15 Uhr zu einem Gesprächsnachmittag ins Gemeindehaus an der Radewiger Straße ein. Der \
Eintritt ist frei, Anmeldung unter 05221 49 37 12.
""",
    claims=(
        C("3000", 3000, "exact", "in_russia", "south_korea", "wed..pub",
          "headline 'Seoul:': the NIS figure of the lead, passed on by a lawmaker on Wednesday "
          "(Wednesday to publication)"),
        C("Rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'nach Erkenntnissen', dated by the next sentence ('So schilderte es der Abgeordnete "
          "Park Sun-won am Mittwoch'): arrived in Russia"),
        C("10.000", 10000, "exact", "planned", "south_korea", "wed",
          "'Park zufolge rechnet der NIS damit … bis zum Jahresende insgesamt' (intended total; "
          "the Wednesday briefing)"),
        C("1500", 1500, "exact", "in_russia", "south_korea", "fri",
          "the Dienst 'Noch am vergangenen Freitag' (the Friday before a Thursday article): men "
          "sent"),
        C("mindestens 3000", 3000, "at_least", "in_russia", "united_states", "wed",
          "Kirby (White House) 'am Abend' after Austin's Wednesday remarks, Konjunktiv: shipped to "
          "eastern Russia"),
        C("etwa 12.000", 12000, "approx", "in_russia", "ukraine", "pub",
          "HUR 'spricht von' (present tense, no date): prepared on training grounds in eastern "
          "Russia"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "tue",
          "Zelensky 'am Dienstagabend' in his video address: could put at Moscow's disposal"),
    ),
)

N02 = Source(
    article_id="n59_02_oderbruch_radio_seelow_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-02-13"),
    dated_by="html_meta",
    features="Oderbruch radio station's web text in HTML, ISO-8859-1 (quotes and dashes only as "
        "entities `&bdquo;`/`&ldquo;`/`&ndash;`, `&middot;`, `&amp;`, `&uuml;`), "
        "`article:published_time` with +01:00 (Thursday), a stats script, a consent strip about "
        "crumbs, navigation with ferries and water levels, a 'Veröffentlicht am 13.02.2025' line; "
        "h1 without a figure; the teaser's `rund 11.000` from the NIS passage of the body "
        "(Wednesday to publication); the NIS 'am Mittwoch' with killed and wounded (`2700` beside "
        "the dead, not an increment) and 'so die Rechnung aus Seoul' after the figure; Zelensky "
        "'Ende Januar' (`annähernd`); HUR's spokesman 'am Dienstag' `mehrere tausend zusätzliche` "
        "(increment, source at the end of the sentence); the Pentagon 'Schon im Dezember' "
        "`Hunderten`; the Seelow Heights memorial (Soviet dead of 1945: not claims), visitors, "
        "opening hours, price, frequency, phone",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul: Kims Soldaten seit Wochen nicht mehr im Gefecht | Oderbruch Radio</title>
<meta property="article:published_time" content="2025-02-13T11:40:00+01:00">
<meta property="og:title" content="Seoul: Kims Soldaten seit Wochen nicht mehr im Gefecht">
<meta name="author" content="Tilo Gennrich">
<script>var obrStats = {rubrik: "welt", sendung: "mittagsmagazin", beitrag: 88214, dauer: \
142};</script>
</head>
<body>
<div class="cookiehinweis" role="dialog">Wir legen ein paar Kr&uuml;mel auf Ihrem Ger&auml;t ab, \
damit wir wissen, welche Beitr&auml;ge zwischen Oder und Alter Oder gelesen werden. \
<button>Kr&uuml;mel d&uuml;rfen bleiben</button> <button>Bitte kr&uuml;melfrei</button></div>
<nav><a href="/">Start</a> | <a href="/oderbruch">Oderbruch</a> | <a href="/welt">Welt</a> | <a \
href="/faehren">F&auml;hren &amp; Pegel</a> | <a href="/live">Live h&ouml;ren</a></nav>
<main>
<article>
<h1>Seoul: Kims Soldaten seit Wochen nicht mehr im Gefecht</h1>
<p class="teaser">Nach hohen Verlusten hat Russland die [[rund 11.000]] Mann aus Pjöngjang \
offenbar aus den Kämpfen bei Kursk herausgenommen. An den Seelower Höhen denkt man dabei an ganz \
andere Truppen aus dem Osten.</p>
<p class="zeile">Veröffentlicht am 13.02.2025, 11:40 Uhr &middot; von Tilo Gennrich</p>
<p>Die nordkoreanischen Soldaten im russischen Gebiet Kursk sind seit Mitte Januar nicht mehr an \
Gefechten beteiligt. Das teilte der südkoreanische Geheimdienst NIS am Mittwoch in Seoul mit. Der \
Dienst vermutet, dass die hohen Verluste den Ausschlag gegeben haben. Nach seiner Schätzung sind \
bislang [[rund 300]] Nordkoreaner getötet und [[2700]] verletzt worden.</p>
<p>Insgesamt hatte Pjöngjang im Herbst [[rund 11.000]] Soldaten nach Russland verlegt, so die \
Rechnung aus Seoul. Ob sie sich nun in Lagern hinter der Front erholen oder bereits zurück in den \
Fernen Osten gebracht wurden, lasse sich nicht sagen, hieß es.</p>
<p>Kiew bestätigt den Rückzug nur zum Teil. Ein Sprecher der ukrainischen Spezialkräfte sagte am \
Donnerstagmorgen, es gebe weniger Angriffe, der Gegner sammle sich aber neu. Präsident Wolodymyr \
Selenskyj hatte Ende Januar von [[annähernd 4000]] getöteten und verwundeten Nordkoreanern \
gesprochen. Und es dürfte Nachschub kommen: Pjöngjang bereite [[mehrere tausend]] zusätzliche \
Soldaten auf den Einsatz vor, sagte Andrij Jussow, Sprecher des Militärgeheimdienstes HUR, am \
Dienstag im ukrainischen Fernsehen.</p>
<p>Schon im Dezember hatte das Pentagon von [[Hunderten]] Toten und Verwundeten auf \
nordkoreanischer Seite gesprochen. Moskau schweigt zu allen Zahlen.</p>
<h2>&bdquo;Auch damals kamen junge M&auml;nner von weit her&ldquo;</h2>
<p>An der Gedenkstätte Seelower Höhen hört man solche Nachrichten mit besonderem Ohr. Im April \
1945 fielen bei der Schlacht um die Höhen nach heutigen Schätzungen mehr als 30.000 sowjetische \
Soldaten, viele von ihnen aus Zentralasien und dem Kaukasus. &bdquo;Auch damals wurden junge \
Männer von weit her an eine Front geschickt, die sie nicht kannten, und ihre Mütter haben nie \
erfahren, wo sie liegen&ldquo;, sagt die Historikerin Sabine Lehnert, die seit 2011 Gruppen durch \
die Ausstellung führt.</p>
<p>Im vergangenen Jahr kamen gut 24.000 Besucherinnen und Besucher nach Seelow. Die Gedenkstätte \
ist dienstags bis sonntags von 10 bis 16 Uhr geöffnet, der Eintritt kostet 5 Euro &ndash; \
Schulklassen zahlen nichts.</p>
</article>
</main>
<footer><p>Oderbruch Radio &middot; UKW 98,6 &middot; Studio Letschin &middot; Hörertelefon \
033475 58 10 &middot; &copy; 2025</p></footer>
<script src="/js/obr-player.min.js" defer></script>
</body>
</html>
""",
    claims=(
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed..pub",
          "teaser: the NIS total of the body (Wednesday to publication): sent to Russia"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "wed",
          "NIS 'am Mittwoch', 'Nach seiner Schätzung': killed"),
        C("2700", 2700, "exact", "casualties", "south_korea", "wed",
          "same sentence: wounded beside the dead (not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "wed",
          "'so die Rechnung aus Seoul' after the figure (the Wednesday briefing): moved to Russia "
          "in the autumn"),
        C("annähernd 4000", 4000, "approx", "casualties", "ukraine", "2025-01-21..2025-01-31",
          "Zelensky 'Ende Januar': killed and wounded"),
        C("mehrere tausend", None, "vague", "planned", "ukraine", "tue",
          "HUR spokesman 'am Dienstag', named at the end of the sentence: 'zusätzliche' prepared "
          "(increment)", add=True),
        C("Hunderten", None, "vague", "casualties", "united_states", "2024-12-01..2024-12-31",
          "the Pentagon 'Schon im Dezember': dead and wounded"),
    ),
)

N03 = Source(
    article_id="n59_03_defereggen_golan_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-04-30"),
    dated_by="front_matter",
    features="Defereggental weekly in Markdown, UTF-8 with BOM, front matter with `date:` "
        "(Wednesday) and a title without a figure; 'Jänner', 'Feber', 'heuer'; Gerasimov 'am "
        "Samstag' and KCNA 'am Montag' without a figure; a Duma member and former general 'am "
        "Sonntag' on state TV `nicht mehr als 5000` (russia, at_most, in combat); the NIS 'am "
        "Mittwoch' (the publication day) with `rund 3000 zusätzliche` (increment), `etwa 4700` "
        "dead and wounded 'unter ihnen an die 600' (breakdown); Ukraine's foreign minister 'am "
        "Montag' carried by Konjunktiv; the General Staff 'Anfang April'; the US government 'schon "
        "im Feber'; an officer of the Austrian defence academy 'geht davon aus' `8000 bis 10.000` "
        "(range, other, `pub`); a Golan veteran from Hopfgarten (no figure of his own); Austria's "
        "UN contingent, lift entries, per cent, age, council meeting",
    text="""\
---
title: "Moskau und Pjöngjang geben den Kursk-Einsatz zu"
date: 2025-04-30
ausgabe: 18/2025
rubrik: Welt & Politik
autorin: Kathrin Oberhollenzer
---

# Kreml und Kim bestätigen erstmals den Einsatz nordkoreanischer Truppen

**Monatelang wurde geleugnet, jetzt ist es offiziell. Ein pensionierter Vizeleutnant aus \
Hopfgarten, der mit dem Bundesheer auf dem Golan stand, wundert sich nicht.**

St. Jakob/Moskau – Was Geheimdienste seit dem Herbst melden, haben Russland und Nordkorea nun \
selbst eingeräumt. Russlands Generalstabschef Waleri Gerassimow erklärte am Samstag, die Region \
Kursk sei vollständig zurückerobert; Soldaten aus Nordkorea hätten dabei „Heldentum“ bewiesen. \
Zwei Tage später zog Pjöngjang nach: Die Staatsagentur KCNA meldete am Montag, Kim Jong Un \
persönlich habe die Entsendung angeordnet. Wie viele Soldaten es sind und wie viele nicht mehr \
heimkehren, sagten beide nicht.

Etwas konkreter wurde ein Abgeordneter der russischen Staatsduma. Der frühere Generalleutnant \
Andrei Guruljow behauptete am Sonntag in einer Talkshow des Staatsfernsehens, an den eigentlichen \
Kämpfen um Kursk hätten [[nicht mehr als 5000]] Nordkoreaner teilgenommen, die übrigen hätten nur \
Stellungen im Hinterland gesichert.

## Seoul: Verluste schon im Winter ersetzt

Ganz andere Zahlen kommen aus Südkorea. Der Geheimdienst NIS teilte am Mittwoch in Seoul mit, \
Nordkorea habe im Jänner und Feber [[rund 3000]] zusätzliche Soldaten nach Russland verlegt, um \
die Ausfälle der ersten Wintermonate auszugleichen. Diese Ausfälle beziffert der Dienst auf \
[[etwa 4700]] Tote und Verwundete, unter ihnen [[an die 600]] Gefallene.

Kiew widerspricht der russischen Siegesmeldung. In Teilen der Region werde weiter gekämpft, sagte \
Außenminister Andrij Sybiha am Montag. Dort stünden nach wie vor [[über 10.000]] Nordkoreaner. \
Der ukrainische Generalstab hatte Anfang April gemeldet, allein im März seien [[mehr als 300]] \
von ihnen gefallen. Die US-Regierung hatte die nordkoreanischen Verluste schon im Feber auf \
[[rund 4000]] Tote und Verwundete geschätzt.

Für glaubwürdig hält die südkoreanischen Zahlen Oberst Harald Steinkellner, der an der Wiener \
Landesverteidigungsakademie lehrt. Er geht davon aus, dass derzeit [[8000 bis 10.000]] \
Nordkoreaner in Russland stehen, die meisten davon nahe der Grenze zur Ukraine.

## „Wer so etwas zugibt, will etwas dafür“

Für Josef Ladstätter aus Hopfgarten in Defereggen ist das späte Eingeständnis kein Zufall. „Wer \
so etwas nach einem halben Jahr zugibt, will etwas dafür haben – Ehre für die eigenen Leute und \
Dankbarkeit vom anderen“, sagt der 67-Jährige. Ladstätter war in den 1990er-Jahren dreimal mit \
dem österreichischen UN-Kontingent auf den Golanhöhen, das zeitweise bis zu 380 Soldaten zählte. \
Heuer im Sommer will er zum ersten Mal seit seiner Pensionierung wieder in den Nahen Osten \
reisen.

Im Tal selbst ist die Wintersaison zu Ende gegangen. Die Bergbahnen St. Jakob meldeten für Jänner \
bis März rund 96.000 Eintritte, um 4 Prozent mehr als im Vorjahr. Der Gemeinderat von Hopfgarten \
tritt am 8. Mai um 19 Uhr zusammen.
""",
    claims=(
        C("nicht mehr als 5000", 5000, "at_most", "near_front", "russia", "sun",
          "Duma member and former general 'am Sonntag' on state TV, Konjunktiv: took part in the "
          "fighting for Kursk"),
        C("rund 3000", 3000, "approx", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (the publication day): 'zusätzliche' moved to Russia in Jänner and "
          "Feber (increment)", add=True),
        C("etwa 4700", 4700, "approx", "casualties", "south_korea", "wed",
          "'beziffert der Dienst': dead and wounded"),
        C("an die 600", 600, "approx", "casualties", "south_korea", "wed",
          "same sentence, 'unter ihnen' the fallen (a breakdown, not an increment)"),
        C("über 10.000", 10000, "at_least", "near_front", "ukraine", "mon",
          "Ukraine's foreign minister 'am Montag', carried by Konjunktiv ('Dort stünden'): in the "
          "region"),
        C("mehr als 300", 300, "at_least", "casualties", "ukraine", "2025-04-01..2025-04-10",
          "Kyiv's General Staff 'Anfang April' ('allein im März' is the event): fell"),
        C("rund 4000", 4000, "approx", "casualties", "united_states", "2025-02-01..2025-02-28",
          "the US government 'schon im Feber' (Austrian month name): dead and wounded"),
        C("8000 bis 10.000", None, "range", "in_russia", "other", "pub",
          "officer of the Austrian defence academy 'geht davon aus' (present tense): in Russia"),
    ),
)

N04 = Source(
    article_id="n59_04_sensebezirk_minenraeumer",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-11-07"),
    dated_by="dateline", crlf=True,
    features="Sensebezirk paper's international page as plain text, windows-1252 with CRLF, "
        "dateline 'Tafers/Seoul, 7. November 2025 –' (Friday): `ss`, «», `10'000`, `11'000`, "
        "4-digit `5000`/`2000`; headline 'Seoul:' from the NIS assessment passed on by two "
        "lawmakers 'am Dienstag' (Tuesday to publication, named in the sentence after the figure); "
        "'Dazu kämen' builders (increment); `gegen 2000` dead (approx); HUR 'Ende Oktober'; Rutte "
        "'am Montag in Brüssel' with «Tausende» (nato); a deminer from Schmitten 'vermutet' "
        "`mehrere hundert` deminers in Kursk (other, `pub`); Swiss demining money, contaminated "
        "area, age, years, lecture time",
    text="""\
Sensler Nachrichten · International

Seoul: [[Rund 10'000]] Nordkoreaner stehen an Russlands Grenze zur Ukraine

Ein Jahr nach ihrem ersten Einsatz bleiben Kims Soldaten in der Region Kursk. Ein Minenräumer aus \
Schmitten weiss, was dort auf sie wartet.

Von Corinne Aebischer

Tafers/Seoul, 7. November 2025 – Die nordkoreanischen Truppen werden Russland so bald nicht \
verlassen. Derzeit seien [[rund 10'000]] Soldaten aus Pjöngjang in den russischen Grenzgebieten \
zur Ukraine stationiert, die meisten davon im Gebiet Kursk. Diese Einschätzung des \
südkoreanischen Nachrichtendienstes NIS gaben die Abgeordneten Lee Seong-kweun und Park Sun-won \
am Dienstag nach einer Sitzung des Geheimdienstausschusses an die Presse weiter.

Dazu kämen [[etwa 5000]] Angehörige von Baueinheiten, die derzeit nach Russland verlegt würden, \
um Strassen, Brücken und Bahnlinien instand zu setzen. Die Zahl der Gefallenen schätzt der Dienst \
inzwischen auf [[gegen 2000]]. Pjöngjang habe viele Leichen zurückgeholt und die Familien mit \
Wohnungen in der Hauptstadt bedacht, hiess es.

In Kiew hält man diese Zahlen für zu tief. Der ukrainische Militärgeheimdienst HUR hatte Ende \
Oktober von [[über 11'000]] Nordkoreanern im Gebiet Kursk gesprochen. Nato-Generalsekretär Mark \
Rutte sagte am Montag in Brüssel, Nordkorea habe Moskau nicht nur Millionen Artilleriegranaten \
überlassen, sondern auch «[[Tausende]] junge Männer».

«Die Felder sind voll davon»

Reto Brülhart aus Schmitten kennt die Gegend nicht aus eigener Anschauung, wohl aber die Arbeit, \
welche die Nordkoreaner dort verrichten sollen. Der 52-Jährige ist seit 2009 Experte für \
humanitäre Minenräumung, zuerst in Bosnien, seit 2023 im Auftrag des Bundes in der Region \
Charkiw. «Wer ohne Schutzausrüstung und mit alten Suchgeräten in solche Felder geht, zahlt einen \
hohen Preis», sagt er. Er vermutet, dass derzeit [[mehrere hundert]] nordkoreanische Minenräumer \
im Gebiet Kursk im Einsatz sind – mit entsprechenden Verlusten, über die niemand spricht.

Die Schweiz hat für die humanitäre Minenräumung in der Ukraine bis 2027 insgesamt 100 Millionen \
Franken zugesagt. Nach ukrainischen Schätzungen gelten rund 139'000 Quadratkilometer des Landes \
als möglicherweise vermint, eine Fläche mehr als dreimal so gross wie die Schweiz. Brülhart \
spricht am 20. November um 19.30 Uhr im Begegnungszentrum Düdingen über seine Arbeit; Kollekte am \
Ausgang.
""",
    claims=(
        C("Rund 10'000", 10000, "approx", "near_front", "south_korea", "tue..pub",
          "headline 'Seoul:': the NIS assessment of the lead, passed on on Tuesday (to "
          "publication)"),
        C("rund 10'000", 10000, "approx", "near_front", "south_korea", "tue",
          "NIS assessment relayed by two lawmakers 'am Dienstag' (named in the next sentence), "
          "Konjunktiv: in the border regions"),
        C("etwa 5000", 5000, "approx", "in_russia", "south_korea", "tue",
          "'Dazu kämen' builders being moved to Russia (increment)", add=True),
        C("gegen 2000", 2000, "approx", "casualties", "south_korea", "tue",
          "'schätzt der Dienst': fallen ('gegen' = about)"),
        C("über 11'000", 11000, "at_least", "near_front", "ukraine", "2025-10-21..2025-10-31",
          "HUR 'Ende Oktober': in the Kursk region"),
        C("Tausende", None, "vague", "in_russia", "nato", "mon",
          "Rutte 'am Montag in Brüssel' in «»: handed over to Moscow"),
        C("mehrere hundert", None, "vague", "near_front", "other", "pub",
          "Schmitten deminer 'vermutet' (present tense): deminers at work in the Kursk region"),
    ),
)

N05 = Source(
    article_id="n59_05_schneiderinnung_uniformen_md",
    language="de", fmt="md", encoding="utf-8", published=day("2024-11-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Zuschnitt – Mitteilungen der Maßschneider-Innung Ostwestfalen-Lippe", "",
        "11.000 Nordkoreaner in geliehenen Uniformen",
    ),
    features="tailors' guild magazine in Markdown with CRLF, front matter without a date (issue "
        "'11/2024'; sidecar without url, Thursday) and a title figure (optional); heading `11.000` "
        "from Zelensky's figure 'am 4. November' (the date to publication); Washington 'am selben "
        "Tag' with the Pentagon named after the Konjunktiv; HUR 'behauptete am Dienstag' "
        "`Dutzende` killed; the NIS 'am Mittwoch' `mehr als 10.000` (in Russia) and 'Unter ihnen … "
        "mehrere hundert' officers (breakdown); a business paper 'vergangene Woche' citing unnamed "
        "sources `bis zu 100.000` (other, at_most, planned); the guild's chairman on ill-fitting "
        "uniforms (a division: no figure); the guild's sewing for Kharkiv (sleeping bags, firms, "
        "centimetres, metres of cloth, hours, phone, meeting time)",
    text="""\
---
title: "Uniformen von der Stange für [[11.000]] Soldaten aus Nordkorea"
heft: 11/2024
rubrik: Blick über den Zuschnitt
autorin: Margarete Husemann
---

# [[11.000]] Nordkoreaner in geliehenen Uniformen

*Wie Moskau Kims Truppen einkleidet – und warum unsere Innung mit dem Nähen für die Ukraine \
weitermacht*

Als im Oktober die ersten Videos aus dem russischen Fernen Osten auftauchten, fiel Fachleuten \
zuerst die Kleidung auf: junge, auffallend schmale Männer in russischen Tarnanzügen, die Ärmel \
umgeschlagen, die Hosen mit Gürteln gerafft. Dass die Sachen nicht sitzen, wundert Obermeister \
Friedhelm Koch nicht: „Wer eine ganze Division über Nacht einkleiden muss, nimmt, was im Depot \
liegt, und das sind Größen für russische Wehrpflichtige.“

Inzwischen stehen die Männer nicht mehr auf Übungsplätzen, sondern an der Front. Präsident \
Wolodymyr Selenskyj sprach am 4. November von [[11.000]] Nordkoreanern im Gebiet Kursk. \
Washington nannte am selben Tag eine Zahl von [[etwa 10.000]]; sie seien in den vergangenen Tagen \
in die Grenzregion gebracht worden, erklärte das Pentagon. Der ukrainische Militärgeheimdienst \
HUR behauptete am Dienstag, bei ersten Gefechten seien bereits [[Dutzende]] von ihnen getötet \
worden.

Südkoreas Geheimdienst NIS ging am Mittwoch noch einen Schritt weiter. Von den [[mehr als \
10.000]] nach Russland gebrachten Soldaten kämpfe inzwischen ein Teil an der Seite russischer \
Marineinfanteristen und Fallschirmjäger, berichtete der Dienst den Abgeordneten in Seoul. Unter \
ihnen seien auch [[mehrere hundert]] Offiziere.

Was noch kommen kann, ist offen. Eine britische Wirtschaftszeitung schrieb vergangene Woche unter \
Berufung auf nicht genannte Quellen, Kim könne Moskau auf Dauer [[bis zu 100.000]] Mann im \
regelmäßigen Wechsel überlassen. Der Kreml nannte das „Spekulation“.

## Nähen für Charkiw

Unsere Innung bleibt bei ihrem Projekt: Seit dem Frühjahr 2022 haben 19 Mitgliedsbetriebe \
zusammen mehr als 2.400 Schlafsäcke, Decken und Verbandstaschen genäht und über den Partnerverein \
in Lemgo nach Charkiw geschickt. Für den Winter werden wieder Fleece-Reste und Reißverschlüsse ab \
30 Zentimetern Länge gesucht. Wer Stoff spenden möchte, meldet sich bei der Geschäftsstelle unter \
05231 60 77 14.

Zum Vergleich: Für eine gefütterte Feldjacke rechnet ein Betrieb mit rund 2,1 Metern Stoff und \
vier Stunden Arbeit. Die nächste Innungsversammlung findet am 28. November um 18 Uhr in Detmold \
statt; die Gesellenstücke der Herbstprüfung sind dort ausgestellt.
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04..2024-11-14",
          "front-matter title (metadata) restating Zelensky's figure of 4 November", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04..2024-11-14",
          "heading: Zelensky's figure of the body ('am 4. November', to publication): in the Kursk "
          "region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-04",
          "Zelensky 'am 4. November': in the Kursk region"),
        C("etwa 10.000", 10000, "approx", "near_front", "united_states", "2024-11-04",
          "'Washington … am selben Tag', the Pentagon named after the Konjunktiv: brought into the "
          "border region"),
        C("Dutzende", None, "vague", "casualties", "ukraine", "tue",
          "HUR 'behauptete am Dienstag': killed in the first engagements"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "wed",
          "NIS 'am Mittwoch' (the day before publication), briefing the lawmakers: brought to "
          "Russia"),
        C("mehrere hundert", None, "vague", "in_russia", "south_korea", "wed",
          "same briefing, Konjunktiv carried: 'Unter ihnen' officers (a breakdown, not an "
          "increment)"),
        C("bis zu 100.000", 100000, "at_most", "planned", "other", "lastweek",
          "a British business paper 'vergangene Woche' citing unnamed sources (media report: "
          "other): could hand over in rotation"),
    ),
)

N06 = Source(
    article_id="n59_06_paderborn_campusradio_html",
    language="de", fmt="html", encoding="utf-16", published=day("2025-08-29"),
    dated_by="sidecar",
    sidecar=(
        "PaderWelle Campusradio",
        "https://www.paderwelle.example/news/2025/08/kim-ehrt-gefallene",
        "Kim ehrt mehr als 100 Gefallene – und in Paderborn fragt man sich, wofür",
    ),
    features="Paderborn student radio's web page in HTML, UTF-16 LE with BOM (sidecar, Friday), a "
        "player script, a consent banner in the station's own words, header navigation, footer "
        "with frequency and studio phone; `<title>` figure (optional); h1 and body `mehr als 100` "
        "fallen whose portraits state TV showed 'am vergangenen Freitag' (the Friday a week before "
        "a Friday article; north_korea); the station's own background framing `Rund 15.000` "
        "(unattributed, `pub`); Russia 'im Juni' `zusätzlich 6000` (increment, planned); the DIA "
        "report 'im Mai'; the NIS passed on by a lawmaker 'Mitte August'; Budanov 'am Dienstag' "
        "`mehreren tausend weiteren` (increment); two students (no figure); enrolment, South "
        "Korean students, fee, lecture time",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-16">
<title>Kim ehrt [[mehr als 100]] Gefallene – PaderWelle Campusradio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/pw-2025.css">
<script>window.pwPlayer = {stream: "https://stream.paderwelle.example/live.aac", show: \
"Mittagsschicht", autoplay: false};</script>
</head>
<body>
<div id="kekse" class="banner">Wir sind ein Radio von Studierenden ohne Werbebudget, aber mit \
Statistik: Dürfen wir mitzählen, wie oft dieser Beitrag aufgerufen wird? <button>Na gut, zählt \
mich mit</button> <button>Heute lieber nicht</button></div>
<header><a href="/" class="logo">PaderWelle</a><nav><a href="/news">News</a> · <a \
href="/campus">Campus</a> · <a href="/sendeplan">Sendeplan</a> · <a \
href="/mitmachen">Mitmachen</a></nav></header>
<main>
<article>
<h1>Kim ehrt [[mehr als 100]] Gefallene – und in Paderborn fragt man sich, wofür</h1>
<p class="autor">Von Leonie Brandhorst · aus der Mittagsschicht</p>
<p>Es sind Bilder, wie man sie aus Nordkorea bisher nicht kannte: Machthaber Kim Jong Un steht \
mit Tränen in den Augen vor einer Wand voller Porträts junger Soldaten, legt Blumen nieder, \
umarmt Mütter. Das nordkoreanische Staatsfernsehen hat die Zeremonie am vergangenen Freitag \
ausgestrahlt. Zu sehen waren die Fotos von [[mehr als 100]] Männern, die im russischen Gebiet \
Kursk ums Leben gekommen sein sollen; Kim verlieh ihnen posthum den Titel „Held der \
Republik“.</p>
<p>[[Rund 15.000]] Soldaten hat Pjöngjang seit dem Herbst 2024 nach Russland geschickt, so viele \
wie nie zuvor in einen fremden Krieg. Wie viele von ihnen gefallen sind, sagt die Führung nicht. \
Russland hatte den Einsatz erst im April eingeräumt und im Juni angekündigt, Nordkorea werde \
zusätzlich [[6000]] Pioniere und Bausoldaten für den Wiederaufbau der Region schicken.</p>
<p>Der US-Militärgeheimdienst DIA war in einem im Mai vorgelegten Lagebericht von [[etwa 4000]] \
Toten und Verwundeten ausgegangen. Südkoreas Nachrichtendienst schätzt, dass sich derzeit noch \
[[rund 11.000]] nordkoreanische Soldaten in der Region Kursk aufhalten; das berichtete ein \
Abgeordneter Mitte August nach einer Anhörung. Der Chef des ukrainischen Militärgeheimdienstes, \
Kyrylo Budanow, warnte am Dienstag, Pjöngjang bereite die Entsendung von [[mehreren tausend]] \
weiteren Soldaten vor.</p>
<h2>„Man sieht Gesichter, keine Zahlen“</h2>
<p>Auf dem Campus an der Warburger Straße haben wir nachgefragt. Minseo Park, 24, studiert im \
siebten Semester International Business Studies und stammt aus Daegu. „Bei uns zu Hause wird \
ständig darüber gestritten, wie viele dort sind und wie viele sterben. Auf diesen Bildern sieht \
man aber Gesichter, das ist etwas anderes“, sagt sie. Ihr Kommilitone Jonas Wittkamp, 22, hat \
sich für ein Austauschsemester in Seoul beworben und will trotz allem fahren.</p>
<p>An der Universität Paderborn sind rund 19.000 Studierende eingeschrieben, etwa 80 davon aus \
Südkorea. Der Semesterbeitrag für das Wintersemester liegt bei 331,76 Euro. Die Ringvorlesung \
„Krieg und Erinnerung“ beginnt am 14. Oktober um 16 Uhr im Hörsaal C1.</p>
</article>
</main>
<footer>PaderWelle – Campusradio der Universität Paderborn · 94,1 MHz im Kabel · Studiotelefon \
05251 60 43 21 · © 2025</footer>
<script src="/assets/pw-stats.js" defer></script>
</body>
</html>
""",
    claims=(
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-22..2025-08-29",
          "<title> (metadata) restating the state TV figure of the body", opt=True),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-22..2025-08-29",
          "h1: the fallen whose portraits state TV showed (the Friday a week before, to "
          "publication)"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "2025-08-22",
          "North Korean state TV 'am vergangenen Freitag' (the Friday before a Friday article): "
          "portraits of the fallen"),
        C("Rund 15.000", 15000, "approx", "in_russia", "unattributed", "pub",
          "the station's own background framing, no source: sent since autumn 2024"),
        C("6000", 6000, "exact", "planned", "russia", "2025-06-01..2025-06-30",
          "Russia 'im Juni angekündigt': 'zusätzlich' engineers and builders to be sent "
          "(increment)", add=True),
        C("etwa 4000", 4000, "approx", "casualties", "united_states", "2025-05-01..2025-05-31",
          "the DIA's report 'im Mai': dead and wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "south_korea", "2025-08-11..2025-08-20",
          "NIS passed on by a lawmaker 'Mitte August' (named after the figure): in the Kursk "
          "region"),
        C("mehreren tausend", None, "vague", "planned", "ukraine", "tue",
          "Budanov 'am Dienstag': 'weiteren' soldiers being prepared (increment)", add=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles
# ---------------------------------------------------------------------------------------------

N07 = Source(
    article_id="n59_07_oamaru_kayforce_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-12-28"),
    dated_by="front_matter",
    features="Oamaru daily in Markdown, front matter with `date:` (Saturday) and a title without a "
        "figure, NZ style 4-digit figures without a comma; heading 'White House says' from Kirby "
        "'on Friday' (Friday to publication), lead with the source after the figure; Zelensky "
        "'earlier in the week' 'had passed 3000' (verb outside the span, at_least; this week = "
        "Monday to publication); the NIS 'on December 19' with dead and wounded; HUR 'on Christmas "
        "Eve' `several thousand more` (increment); an Otago lecturer 'believes' a range (other, "
        "`pub`); a grandson of a Kayforce soldier; New Zealanders in the Korean War and their "
        "dead, a grant in dollars, age, years, phone number",
    text="""\
---
title: "Kursk toll mounts for Kim's conscripts"
date: 2024-12-28
section: World
byline: Hamish Cowan
---

# Kim's soldiers lose [[more than 1000]] in a week, White House says

*North Oamaru man whose grandfather served in Korea says the young conscripts "never had a choice"*

North Korea's soldiers are paying a heavy price for their first taste of modern war. [[More than \
1000]] of them were killed or injured in Russia's Kursk region in the space of a single week, \
John Kirby, the White House national security spokesman, told reporters in Washington on Friday.

Mr Kirby said Russian and North Korean commanders treated the troops as "expendable" and sent \
them forward in "futile" waves against Ukrainian positions. He gave no overall total.

Ukraine's president, Volodymyr Zelensky, said earlier in the week that North Korean losses had \
passed [[3000]] dead and wounded. South Korea's spy agency has been more cautious: on December 19 \
it told a parliamentary committee that [[at least 100]] North Korean soldiers had died and \
[[nearly 1000]] were wounded, many of them by drones.

In Kyiv, military intelligence said on Christmas Eve that Pyongyang was getting ready to ship \
[[several thousand]] more men to Russia, along with self-propelled guns and rocket launchers.

Dr Anahera Whitcombe, a senior lecturer in international relations at the University of Otago, \
believes the deployment now stands at [[between 11,000 and 12,000]] soldiers, most of them in \
Kursk. "Pyongyang gets cash, oil and battlefield experience. Moscow gets infantry it doesn't have \
to explain to Russian mothers," she said.

## "They were never asked"

For Oamaru's Doug Frew, 63, the reports bring back his grandfather's stories. Private Alexander \
Frew sailed with Kayforce in 1950, one of about 6000 New Zealanders who served in the Korean War; \
45 of them did not come home. "Grandad used to say the boys on the other side were kids pushed \
forward by men who would never meet them. These young ones in Kursk were never asked either," Mr \
Frew said.

A plaque remembering Kayforce, paid for with a $4500 grant from the Waitaki District Council, is \
due to be unveiled on the harbourside in February. The Waitaki RSA can be reached on 03 434 8217.
""",
    claims=(
        C("more than 1000", 1000, "at_least", "casualties", "united_states", "fri..pub",
          "heading 'White House says': Kirby's Friday figure of the lead (to publication)"),
        C("More than 1000", 1000, "at_least", "casualties", "united_states", "fri",
          "Kirby 'on Friday', named after the figure: killed or injured in one week"),
        C("3000", 3000, "at_least", "casualties", "ukraine", "mon..pub",
          "Zelensky 'earlier in the week' (this week: Monday to publication): losses 'had passed' "
          "(verb outside the span)"),
        C("at least 100", 100, "at_least", "casualties", "south_korea", "2024-12-19",
          "NIS 'on December 19' to a parliamentary committee: died"),
        C("nearly 1000", 1000, "approx", "casualties", "south_korea", "2024-12-19",
          "same sentence: wounded"),
        C("several thousand", None, "vague", "planned", "ukraine", "2024-12-24",
          "HUR 'on Christmas Eve': 'more' to be shipped (increment)", add=True),
        C("between 11,000 and 12,000", None, "range", "in_russia", "other", "pub",
          "Otago lecturer 'believes' (present tense): the deployment, most in Kursk"),
    ),
)

N08 = Source(
    article_id="n59_08_lismore_argylls_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-06-20"),
    dated_by="sidecar",
    sidecar=(
        "Lismore Life", "https://lismorelife.example/2025/06/20/moscow-says-kim-will-send-6000/",
        "Moscow says Kim will send 6,000 to rebuild Kursk",
    ),
    features="Lismore (Argyll) island news page as plain text, UTF-16 LE with BOM (sidecar, "
        "Friday); headline 'Moscow says' `6,000` from Shoigu's Tuesday announcement (Tuesday to "
        "publication, planned, russia: the sum of his two groups); Shoigu introduced by an "
        "apposition ('once Russia's defence minister and now the secretary of its Security "
        "Council') with `1,000` and `5,000` (his breakdown, not increments); Seoul's 'latest "
        "assessment' without a date (`pub`) and its casualty estimate 'in April'; Ukraine's "
        "defence intelligence 'in May'; a Stirling lecturer 'I'd expect several thousand more' in "
        "quotes with 'she said by phone' (increment, other, `pub`); the Argylls in Korea in 1950 "
        "(not claims), residents, ferry, prices, opening hours",
    text="""\
LISMORE LIFE – news and notices from the island

Moscow says Kim will send [[6,000]] to rebuild Kursk

Posted in World & Wider | by Morag MacColl

Sergei Shoigu, once Russia's defence minister and now the secretary of its Security Council, flew \
into Pyongyang on Tuesday for his second visit in a fortnight. Afterwards he told Russian \
reporters that Kim Jong Un had agreed to dispatch [[1,000]] specialists in clearing mines, plus \
[[5,000]] soldier-builders, to help restore the Kursk region, where villages, bridges and railway \
lines were wrecked during Ukraine's incursion last summer. He called it "brotherly help" and said \
the workers would be fed and housed by the Russian side.

It is the first time Moscow has put a number on any North Korean contingent. The latest \
assessment from Seoul, where the National Intelligence Service briefs parliament every few weeks, \
is that [[around 11,000]] North Korean soldiers remain in the Russian border area. The agency's \
most recent casualty estimate, given in April, was [[some 4,700]] dead and wounded.

Kyiv reckons the real toll is higher. Ukraine's defence intelligence service said in May that \
Kim's losses since last autumn came to [[roughly 6,000]] killed and wounded.

Dr Fiona Carmichael, who lectures on East Asian security at the University of Stirling, says the \
builders show the partnership is here to stay. "Pyongyang is exporting labour as well as \
soldiers, and Moscow pays in hard currency and technology. I'd expect [[several thousand]] more \
to follow within the year," she said by phone.

A Lismore connection

Older islanders will remember that the 1st Battalion of the Argyll and Sutherland Highlanders \
landed at Pusan in August 1950, among the first British troops in the Korean War. Archie \
MacLachlan, 81, whose father served with the battalion, has lent his father's letters home to the \
heritage centre for a summer display. "He wrote about the cold more than the fighting," Archie \
said. "I think about that when I see these North Korean lads in the snow in Russia."

The heritage centre is open daily from 11am to 4pm until the end of September. Tickets for \
Saturday's ceilidh in the hall are £8, or £4 for under-16s. The ferry from Port Appin runs \
roughly every half hour; the island has about 190 residents.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow says': the sum of Shoigu's two groups announced on Tuesday (to "
          "publication)"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "Shoigu after his Tuesday visit, named by an apposition: mine-clearing specialists to be "
          "dispatched (his breakdown)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same sentence: military builders to be sent"),
        C("around 11,000", 11000, "approx", "near_front", "south_korea", "pub",
          "Seoul's 'latest assessment' (NIS) without a date: remain in the border area"),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "the agency's casualty estimate 'given in April': dead and wounded"),
        C("roughly 6,000", 6000, "approx", "casualties", "ukraine", "2025-05-01..2025-05-31",
          "Ukraine's defence intelligence 'in May': killed and wounded"),
        C("several thousand", None, "vague", "planned", "other", "pub",
          "Stirling lecturer in quotes, 'she said by phone' (no date): 'more to follow' "
          "(increment)", add=True),
    ),
)

N09 = Source(
    article_id="n59_09_wisconsin_plover_memorial_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-09-10"),
    dated_by="html_meta",
    features="Wisconsin public radio site in HTML, UTF-8 with BOM, `article:published_time` with "
        "-05:00 (Wednesday), analytics and audio scripts, a privacy strip in the station's own "
        "words, navigation, byline 'Published September 10, 2025 at 5:30 AM CDT', footer with "
        "frequencies and a listener line; `<title>` figure (optional); h1 'South Korea says' from "
        "the NIS estimate the body dates to 'last Thursday' (to publication); the lead's own "
        "background `About 11,000` (unattributed, `pub`); the estimate 'believes' dated by the "
        "next sentence; 'In all, they said, the agency now counts' `some 15,000`; an anonymous "
        "U.S. defense official 'on Tuesday' \"in the low thousands\" (vague); Kyiv's General Staff "
        "'in August' 'climbed past 6,000' (verb outside the span); a UW-Stevens Point lecturer's "
        "own estimate `2,500 to 3,000` (range, other, `pub`); a 94-year-old veteran; Wisconsinites "
        "killed in Korea, dollars, frequencies, ages, phone",
    text="""\
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>South Korea: [[About 2,000]] North Korean soldiers killed fighting for Russia | Badger \
Public Radio</title>
<meta property="article:published_time" content="2025-09-10T05:30:00-05:00">
<meta property="og:site_name" content="Badger Public Radio">
<script async src="/js/bpr-analytics.js"></script>
<script>var bprAudio = {station: "WBPR", program: "Morning Edition", localBreak: 3, duration: \
"3:48"};</script>
</head>
<body>
<div class="privacy-strip">We use cookies to keep the stream steady and to learn which stories \
matter to you. You can change your mind any time from the page footer. <button>Keep it \
steady</button> <button>Don't follow me around</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/programs">Programs</a> | <a \
href="/schedule">Schedule</a> | <a href="/support">Support</a></nav>
<main>
<article>
<h1>South Korea says [[2,000]] of Kim's soldiers have died fighting for Russia</h1>
<p class="byline">By Aaron Lindqvist &middot; Published September 10, 2025 at 5:30 AM CDT</p>
<p>[[About 11,000]] North Korean soldiers crossed into Russia in the fall of 2024, Pyongyang's \
first large deployment abroad in decades. A year on, South Korea's intelligence service believes \
that [[around 2,000]] of them are dead.</p>
<p>South Korean legislators passed on that estimate last Thursday, after the National \
Intelligence Service had briefed their intelligence committee behind closed doors. In all, they \
said, the agency now counts [[some 15,000]] North Korean troops sent to Russia since last \
October, many of the first contingent having been rotated home.</p>
<p>A U.S. defense official, granted anonymity on Tuesday to discuss a classified assessment, said \
Washington's own estimate of North Korean dead was &quot;in the [[low thousands]].&quot;</p>
<p>Kyiv has long given higher figures. Ukraine's General Staff said in August that North Korean \
losses had climbed past [[6,000]] killed and wounded.</p>
<h2>At the memorial in Plover</h2>
<p>At the Wisconsin Korean War Veterans Memorial in Plover, where the names of more than 800 \
Wisconsinites who died in Korea are cut into granite, the news drew quiet attention. &quot;I was \
19 when I landed at Inchon,&quot; said Harold Bruski, 94, of Stevens Point, who comes most \
Sundays. &quot;Those boys in Russia are the grandsons of the ones we fought. Nobody asked them \
either.&quot;</p>
<p>Lynn Vang, who teaches Asian politics at UW&ndash;Stevens Point, thinks Seoul's tally is on \
the low side. Her own estimate is [[2,500 to 3,000]] dead, &quot;and many more who will never \
walk properly again.&quot;</p>
</article>
</main>
<footer><p>Badger Public Radio &middot; 88.7 FM Stevens Point &middot; 91.3 FM Wausau &middot; \
Listener line 715-555-0143 &middot; Become a sustaining member for $10 a month &middot; &copy; \
2025</p></footer>
</body>
</html>
""",
    claims=(
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "thu..pub",
          "<title> (metadata) restating the NIS estimate", opt=True),
        C("2,000", 2000, "exact", "casualties", "south_korea", "thu..pub",
          "h1 'South Korea says': the NIS estimate the body dates to 'last Thursday' (to "
          "publication)"),
        C("About 11,000", 11000, "approx", "in_russia", "unattributed", "pub",
          "the station's own background framing in the lead, no source: crossed into Russia"),
        C("around 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "NIS 'believes', dated by the next sentence ('last Thursday', the Thursday before a "
          "Wednesday): dead"),
        C("some 15,000", 15000, "approx", "in_russia", "south_korea", "thu",
          "'In all, they said, the agency now counts' (same briefing): sent to Russia"),
        C("low thousands", None, "vague", "casualties", "united_states", "tue",
          "anonymous U.S. defense official 'on Tuesday', \"in the low thousands\": dead"),
        C("6,000", 6000, "at_least", "casualties", "ukraine", "2025-08-01..2025-08-31",
          "Kyiv's General Staff 'in August': losses 'had climbed past' (verb outside the span)"),
        C("2,500 to 3,000", None, "range", "casualties", "other", "pub",
          "UW-Stevens Point lecturer's 'own estimate' (present tense): dead"),
    ),
)

N10 = Source(
    article_id="n59_10_warsaw_exile_prisoners",
    language="en", fmt="txt", encoding="cp1252", published=day("2025-01-13"),
    dated_by="dateline", crlf=True,
    features="Ukrainian exile English-language outlet in Warsaw as plain text, windows-1252 with "
        "CRLF (typographic quotes and dashes), dateline 'WARSAW, 13 January 2025 —' (Monday), "
        "Polish place names without diacritics; headline `two` prisoners from Zelensky's Saturday "
        "announcement (Saturday to publication; number word); the lead's `two`, dated by the next "
        "sentence; Zelensky 'On Sunday' without a figure; the SSO 'last week' `dozens`; the NIS "
        "figures 'released on Monday' (the publication day), lawmakers 'were told by' the NIS, "
        "with `2,700` wounded beside the dead (not an increment) and a lawmaker relaying the "
        "briefing; HUR 'says' (present tense, `pub`); a Warsaw analyst 'expects' `as many as "
        "40,000` (at_most, other, `pub`); Ukrainians in Poland, zloty raised, drones, age, event "
        "address",
    text="""\
THE KYIV EXILE · English edition · Warsaw
News for Ukrainians in Poland and for those who stand with them

Kyiv holds [[two]] North Korean prisoners and wants to trade them

By Oksana Hrytsenko

WARSAW, 13 January 2025 — Ukraine’s security service is questioning [[two]] North Korean soldiers \
taken alive in Russia’s Kursk region, the first prisoners from Pyongyang’s expeditionary force. \
President Volodymyr Zelensky announced their capture on Saturday, posting photographs on Telegram \
of one man with a bandaged jaw and another with injured hands.

On Sunday he went further. Kyiv would hand the pair over to Kim Jong Un, Zelensky wrote, if \
Pyongyang arranged an exchange for Ukrainians held in Russian captivity. One of them, he added, \
had said he would rather stay in Ukraine.

The soldiers were captured after days of fighting around the villages of Makhnovka and Plekhovo. \
Ukraine’s Special Operations Forces said last week that [[dozens]] of North Koreans had died \
there in a single engagement, many of them after refusing to retreat under drone fire.

Seoul’s numbers, released on Monday, are the most detailed yet. Lawmakers on the intelligence \
committee in Seoul were told by the National Intelligence Service that [[around 300]] North \
Korean soldiers had died and [[2,700]] had been wounded since they entered combat in December. \
Lawmaker Lee Seong-kweun, relaying the briefing, said notes found on dead soldiers showed they \
had been ordered to kill themselves rather than be taken prisoner.

Ukraine’s military intelligence says [[about 11,000]] North Koreans remain in the Kursk region, \
now fighting in smaller groups alongside Russian paratroopers.

Marek Zawadzki, who follows Korean affairs at a Warsaw think tank, says the captives matter more \
than any tally. “They are living proof of what Pyongyang denies,” he told this paper. He expects \
Kim to commit [[as many as 40,000]] men over time if Moscow keeps paying.

For the roughly one million Ukrainians living in Poland, the news was a rare lift. At a \
fundraising evening in Warsaw’s Praga district on Sunday, volunteers raised 48,600 zloty for \
reconnaissance drones for a brigade near Pokrovsk — enough, organisers said, for 14 of them. \
Halyna Melnyk, 67, who fled Zaporizhzhia in 2022, brought pierogi and a jar of coins. The next \
evening is planned for 2 February in the same hall on Targowa Street.
""",
    claims=(
        C("two", 2, "exact", "casualties", "ukraine", "sat..pub",
          "headline: Zelensky's Saturday announcement of the lead (to publication): prisoners "
          "(number word)"),
        C("two", 2, "exact", "casualties", "ukraine", "sat",
          "lead, dated by the next sentence (Zelensky 'announced their capture on Saturday'): "
          "captured"),
        C("dozens", None, "vague", "casualties", "ukraine", "lastweek",
          "Special Operations Forces 'said last week': died in one engagement"),
        C("around 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS figures 'released on Monday' (the publication day), lawmakers 'were told by' the "
          "NIS: died"),
        C("2,700", 2700, "exact", "casualties", "south_korea", "mon",
          "same sentence: wounded beside the dead (not an increment)"),
        C("about 11,000", 11000, "approx", "near_front", "ukraine", "pub",
          "HUR 'says' (present tense, no date): remain in the Kursk region, fighting"),
        C("as many as 40,000", 40000, "at_most", "planned", "other", "pub",
          "Warsaw think-tank analyst 'expects' (present tense): could commit over time"),
    ),
)

N11 = Source(
    article_id="n59_11_kosrae_parade_veterans_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Kosrae Island Post",
        "https://www.kosraepost.example/world/2025/10/kim-parades-kursk-veterans",
        "North Korea parades its Kursk veterans as Seoul counts 2,000 dead",
    ),
    features="Kosrae news page in HTML, windows-1252 with CRLF (typographic quotes and dashes raw, "
        "entities `&amp;`, `&middot;`, `&copy;`), no meta date (sidecar, Tuesday), a cookie note "
        "in the page's own words, navigation, a tide-table script, footer with an office phone; h1 "
        "'as Seoul counts' `2,000` from the NIS estimate the body dates to September (to "
        "publication); state media 'on Friday' `thousands` of Kursk veterans marching (returnees: "
        "optional); the page's own `around 14,000` 'is thought to have sent' (passive without a "
        "source: unattributed, `pub`) next to shells and missiles; the NIS 'In September' with "
        "dead and `some 10,000` near the border; Adm. Paparo 'last month' `well over 10,000`; HUR "
        "'on Monday' `up to 30,000 more` (increment); a retired Kosraean Army sergeant (no "
        "figure); population, Compact money, years, office hours, phone",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Kim parades his Kursk veterans – Kosrae Island Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>var kipTides = {station: "Okat", high: "05:12", low: "11:40"};</script>
</head>
<body>
<div class="cookie-note">This little island site keeps a crumb or two in your browser so we know \
somebody out there is reading. <button>Sounds fair</button> <button>I’ll pass</button></div>
<nav><a href="/">Home</a> &middot; <a href="/local">Kosrae</a> &middot; <a href="/fsm">FSM &amp; \
Pacific</a> &middot; <a href="/world">World</a> &middot; <a href="/notices">Notices</a></nav>
<main>
<article>
<h1>North Korea parades its Kursk veterans as Seoul counts [[2,000]] dead</h1>
<p class="byline">By Sepe Tolenoa, Tofol</p>
<p>North Korea marched soldiers who had fought for Russia through the streets of Pyongyang on \
Friday, in a parade marking 80 years of the ruling Workers’ Party. State media said [[thousands]] \
of troops who had “liberated Kursk” took part, while Kim Jong Un saluted from the stand, flanked \
by Dmitry Medvedev, the former Russian president, and Li Qiang, China’s premier.</p>
<p>Pyongyang is thought to have sent [[around 14,000]] soldiers to Russia since October 2024, as \
well as shells by the million and dozens of ballistic missiles.</p>
<p>In September, South Korea’s National Intelligence Service estimated that [[about 2,000]] of \
them had been killed, and that [[some 10,000]] were still stationed close to the Ukrainian \
border. The commander of U.S. Indo-Pacific Command, Adm. Samuel Paparo, told a defense forum in \
Honolulu last month that [[well over 10,000]] North Korean troops remained in Russia, “learning \
lessons no other army in Asia is learning.”</p>
<p>Ukraine’s military intelligence agency, HUR, warned on Monday that Kim could dispatch [[up to \
30,000]] more troops over the winter.</p>
<h2>“Our sons serve too”</h2>
<p>On Kosrae, where many families have a son or daughter in the U.S. armed forces, the pictures \
from Pyongyang drew mixed feelings. “Our sons serve too, but they choose it, and they come home \
on leave,” said Kenye Sigrah, 58, a retired Army staff sergeant from Lelu who served two tours in \
Iraq. “Those young men in Russia, nobody asked them anything.”</p>
<p>Kosrae state has about 6,600 residents. Under the renewed Compact of Free Association, \
Washington will provide $7.1 billion to the Federated States of Micronesia and two other Pacific \
nations over 20 years. The veterans’ affairs office in Tofol is open weekdays from 8 a.m. to 5 \
p.m.; call 370-3024.</p>
</article>
</main>
<footer><p>Kosrae Island Post &middot; Tofol, Kosrae FM 96944 &middot; &copy; 2025</p></footer>
</body>
</html>
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "2025-09-01..2025-10-14",
          "h1 'as Seoul counts': the NIS estimate the body dates to September (to publication)"),
        C("thousands", None, "vague", "in_russia", "north_korea", "fri",
          "state media 'on Friday': veterans of Kursk marching in the parade "
          "(returnees)", opt=True),
        C("around 14,000", 14000, "approx", "in_russia", "unattributed", "pub",
          "'is thought to have sent': passive without a source (the page's own framing)"),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'In September': killed"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "2025-09-01..2025-09-30",
          "same estimate: stationed close to the Ukrainian border"),
        C("well over 10,000", 10000, "at_least", "in_russia", "united_states",
          "2025-09-01..2025-09-30", "Adm. Paparo (INDOPACOM) 'last month': remained in Russia"),
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "mon",
          "HUR 'warned on Monday': could dispatch 'more' (increment)", add=True),
    ),
)

N12 = Source(
    article_id="n59_12_cotonou_brief_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-07-24"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "The Cotonou Brief", "https://cotonoubrief.example/issues/131",
        "Kyiv fears 25,000 to 30,000 more North Korean troops",
    ),
    features="English-language newsletter from Cotonou in Markdown, ISO-8859-1 with CRLF (straight "
        "quotes, `--`, French accents), front matter without a date (issue 131; sidecar, Thursday) "
        "and a title without a figure; heading `25,000 to 30,000` more from HUR 'on Monday' "
        "(Monday to publication, range, increment); the body's `between 25,000 and 30,000 "
        "additional` (range, increment) with the deputy head named in the next sentence and 'He "
        "put … at' `around 6,000` dead and wounded; the NIS 'last week' 'According to the agency' "
        "`about 11,000`; Shoigu 'On 17 June' `6,000` (planned, russia); Rutte 'at the alliance "
        "summit in The Hague last month' `thousands` in quotes (nato, fighting); a Benin lecturer "
        "'estimates' `more than 15,000` (other, `pub`); Beninese soldiers killed in the north, "
        "wheat tonnes, CFA francs, per cent, subscribers, phone",
    text="""\
---
title: "The Cotonou Brief: the world this week"
issue: 131
edition: English
editor: Ines Adjovi
---

# Kyiv fears [[25,000 to 30,000]] more North Korean troops

*The Cotonou Brief -- a weekly digest for English-speaking readers in Benin and beyond*

North Korea may be preparing a far larger contingent for Russia's war than the one it sent last \
year. Ukraine's military intelligence directorate (HUR) said on Monday that Pyongyang was ready \
to dispatch [[between 25,000 and 30,000]] additional soldiers, possibly before the year is out. \
Its deputy head, Vadym Skibitskyi, told reporters in Kyiv that the first of them could arrive \
"within weeks". He put Pyongyang's losses so far at [[around 6,000]] killed and wounded.

South Korea's National Intelligence Service sounded more cautious last week. According to the \
agency, [[about 11,000]] North Korean troops are in Russia at present, most of them still in the \
Kursk border region, and there was no sign yet of a new mass deployment.

Moscow has already been promised help of another kind. On 17 June, Sergei Shoigu, Vladimir \
Putin's security chief, announced in Pyongyang that North Korea would provide [[6,000]] deminers \
and military engineers to help rebuild the Kursk region. At the alliance summit in The Hague last \
month, NATO Secretary General Mark Rutte said "[[thousands]] of North Korean soldiers" had fought \
alongside Russian troops, in exchange for missile and satellite know-how.

## Why it matters here

Dr Rodrigue Houngbédji, who teaches international relations at the University of Abomey-Calavi, \
estimates that [[more than 15,000]] North Koreans have now passed through Russia. "Moscow is \
learning to fight with borrowed soldiers. African governments that sign security deals with \
Russia should ask where the next borrowed soldiers come from," he said.

Benin has its own worries. In April, 54 Beninese soldiers were killed in an attack near the \
border with Niger and Burkina Faso, the deadliest day for the army in years. Wheat prices are \
another link to the war: Benin imports about 200,000 tonnes a year, and a sack of flour in \
Dantokpa market now costs 27,500 CFA francs, up 9 per cent since January.

*The Cotonou Brief reaches 3,400 subscribers every Thursday. Tips and letters: +229 01 97 44 21 \
08.*
""",
    claims=(
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "mon..pub",
          "heading: HUR's Monday figure of the lead (to publication): 'more' "
          "(increment)", add=True),
        C("between 25,000 and 30,000", None, "range", "planned", "ukraine", "mon",
          "HUR 'said on Monday', deputy head named in the next sentence: 'additional' ready to be "
          "dispatched (increment)", add=True),
        C("around 6,000", 6000, "approx", "casualties", "ukraine", "mon",
          "HUR's deputy head ('He put … at'), the Monday statement carried: killed and wounded"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "lastweek",
          "NIS 'last week', 'According to the agency': in Russia, most in Kursk"),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'On 17 June' in Pyongyang: deminers and engineers to be provided"),
        C("thousands", None, "vague", "near_front", "nato", "2025-06-01..2025-06-30",
          "Rutte 'at the alliance summit in The Hague last month' in quotes: fought alongside "
          "Russian troops"),
        C("more than 15,000", 15000, "at_least", "in_russia", "other", "pub",
          "Abomey-Calavi lecturer 'estimates' (present tense): passed through Russia"),
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
