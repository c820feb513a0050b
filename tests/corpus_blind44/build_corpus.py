"""Build the FORTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold (`build_corpus.py`).

A forty-sixth corpus for an honest measurement on articles the extractor has never met, written
in session 10 without opening the extractor, its lexicons or the topic file, and without running
it. Ordinary news from outlets and angles the other corpora do not have: a Fulda daily with a
panel at the Point Alpha memorial, a Vogtland radio station's web text with a Markneukirchen
instrument maker, a Lungau weekly with a ski instructor back from Korea (Austrian conventions), an
Obwalden paper on a Council of States member after the Pyongyang parade (Swiss conventions), a
firefighters' association magazine's world page on deminers for Kursk and a Kassel city portal
with a former Korean nurse; a Queensland regional daily at a Korean War service in Toowoomba, an
Åland Islands English news page on a demilitarised archipelago, a Nevada paper at the Red Flag
exercise, a Lithuanian English-language outlet on the pull-back from the front, a Tuvalu news
site on a minister back from Seoul and a Lesotho radio site's evening programme.
Same file format, marker syntax and labelling conventions as the other corpora (see their
READMEs): every claim figure in an article below is marked `[[like this]]` and labelled, in
order, by the article's `claims`. Nothing is re-implemented here: rendering, encoding, checks,
CSV writing and the README table are the first builder's own functions, loaded from
`tests/corpus/build_corpus.py` as a private module instance whose `SOURCES` are set to ours
(under its own module name, so it never shares state with the other derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind44_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Germany, Austria, Switzerland)
# ---------------------------------------------------------------------------------------------

B01 = Source(
    article_id="b44_01_fulda_point_alpha_kursk_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-05"),
    dated_by="html_meta",
    features=(
        "Fulda daily's web page in HTML, UTF-8 (`article:published_time` with +01:00, a byline "
        "line '05.11.2024, 16:40 Uhr', a cookie notice, a page script with a character count, "
        "regional navigation, footer with phone); `<title>` figure (optional); headline 'Kiew:' "
        "from Zelensky's video address 'am Montagabend' (Monday to publication), the lead's "
        "figure dated by the next sentence and carried to 'nach seiner Befürchtung' `bis zu "
        "15.000` (planned total); the State Department 'in der vergangenen Woche' carried by "
        "'nach amerikanischer Einschätzung' to a range; a member of Seoul's intelligence "
        "committee 'am Freitag' `über 10.000`; a former US officer at a Point Alpha panel "
        "'am Montagabend' `20.000 oder mehr` (other, the event to publication); US soldiers once "
        "in Fulda, visitors, admission, guests, Russian losses a day, age"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kiew: [[11.000]] Nordkoreaner im Gebiet Kursk | Fuldaer Tagesbote</title>
<meta property="article:published_time" content="2024-11-05T16:40:00+01:00">
<meta property="og:site_name" content="Fuldaer Tagesbote">
<script>var ftbPage={id:"ftb-88213",ressort:"welt",zeichen:3870,abo:false};</script>
</head>
<body>
<div class="cookie-hinweis">Der Tagesbote und seine Werbepartner speichern kleine Dateien auf \
Ihrem Gerät, um Reichweite zu messen und Anzeigen auszuspielen. <button>Zustimmen und \
weiterlesen</button> <button>Ohne Werbe-Cookies</button></div>
<nav><a href="/">Start</a> · <a href="/fulda">Fulda</a> · <a href="/rhoen">Rhön</a> · <a \
href="/vogelsberg">Vogelsberg</a> · <a href="/welt">Welt</a> · <a href="/sport">Sport</a></nav>
<article>
<h1>Kiew: [[11.000]] Nordkoreaner stehen im Gebiet Kursk</h1>
<p class="unterzeile">Selenskyj warnt vor weiteren Verlegungen – an der Gedenkstätte Point Alpha \
erinnert ein früherer US-Offizier an die Jahre, als die Frontlinie durch die Rhön lief</p>
<p class="autor">Von Miriam Hohmann · 05.11.2024, 16:40 Uhr</p>
<p>Im russischen Gebiet Kursk stehen nach der Darstellung Wolodymyr Selenskyjs mittlerweile \
[[11.000]] Mann aus Nordkorea. Das sagte er am Montagabend in seiner Videobotschaft an die Nation. \
In den kommenden Wochen könnten es nach seiner Befürchtung [[bis zu 15.000]] werden. Kiew verlangt \
deshalb erneut, mit westlichen Raketen auch Ziele tief im russischen Hinterland angreifen zu \
dürfen.</p>
<p>Washington äußerte sich bislang vorsichtiger. Das US-Außenministerium hatte in der vergangenen \
Woche von [[rund 8.000]] Nordkoreanern in der Grenzregion gesprochen. Insgesamt habe Pjöngjang \
nach amerikanischer Einschätzung [[10.000 bis 12.000]] Soldaten nach Russland gebracht, die \
meisten zunächst auf Übungsplätze im Fernen Osten.</p>
<p>Ein Mitglied des Geheimdienstausschusses in Seoul berichtete am Freitag nach einer Sitzung mit \
dem Dienst NIS, ein Teil der [[über 10.000]] nach Russland verlegten Soldaten sei bereits an der \
Front. Kremlsprecher Dmitri Peskow lehnte jeden Kommentar ab. Laut ukrainischem Generalstab \
verliert die russische Armee derzeit täglich mehr als 1.500 Mann an Toten und Verletzten.</p>
<h2>„Wir haben auf Panzer gewartet, nicht auf Infanterie aus Asien“</h2>
<p>Wie fern ist dieser Krieg? Darüber diskutierten am Montagabend etwa 120 Gäste in der \
Gedenkstätte Point Alpha zwischen Rasdorf und Geisa. Auf dem Podium saß Dale Whitcomb, 71, der in \
den Achtzigerjahren als junger Offizier eines US-Aufklärungsregiments am Beobachtungsposten Dienst \
tat und heute in Hünfeld lebt.</p>
<p>„Wir haben damals jeden Morgen nach sowjetischen Panzern Ausschau gehalten“, erzählte er. Dass \
nun Nordkoreaner für Moskau kämpften, hätte sich in seiner Einheit niemand vorstellen können. \
Whitcomb hält es für möglich, dass Kim am Ende [[20.000 oder mehr]] Mann schickt: „Für Pjöngjang \
ist das ein Geschäft, und Putin zahlt in Devisen.“</p>
<p>Bis 1993 waren in Fulda rund 3.000 amerikanische Soldaten stationiert. Die Gedenkstätte zählt \
nach eigenen Angaben jährlich etwa 100.000 Besucher; der Eintritt kostet 8 Euro.</p>
</article>
<footer>© 2024 Fuldaer Tagesbote · Leserservice 0661 555 2090 · <a \
href="/impressum">Impressum</a></footer>
<script src="/js/ftb-stats.min.js?v=41" async></script>
</body>
</html>
""",
    claims=(
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "<title> (metadata) restating Zelensky's Monday-evening figure", opt=True),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon..pub",
          "headline 'Kiew:': Zelensky's figure of the lead (Monday evening to publication): in "
          "the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "mon",
          "Zelensky, dated by the next sentence ('Das sagte er am Montagabend'): arrived in Kursk"),
        C("bis zu 15.000", 15000, "at_most", "planned", "ukraine", "mon",
          "same address, 'nach seiner Befürchtung … könnten es … werden': an expected total, no "
          "increment"),
        C("rund 8.000", 8000, "approx", "near_front", "united_states", "lastweek",
          "State Department 'in der vergangenen Woche': in the border region"),
        C("10.000 bis 12.000", None, "range", "in_russia", "united_states", "lastweek",
          "'nach amerikanischer Einschätzung' right after the State Department's figure, "
          "Konjunktiv: brought to Russia"),
        C("über 10.000", 10000, "at_least", "in_russia", "south_korea", "fri",
          "member of Seoul's intelligence committee after a session with the NIS 'am Freitag': "
          "moved to Russia (part of them at the front)"),
        C("20.000 oder mehr", 20000, "at_least", "planned", "other", "mon..pub",
          "former US officer on the Point Alpha panel 'am Montagabend' (the event to publication): "
          "could send"),
    ),
)

B02 = Source(
    article_id="b44_02_vogtlandwelle_gefangene_utf16",
    language="de", fmt="txt", encoding="utf-16", published=day("2025-01-14"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Radio Vogtlandwelle",
        "https://www.vogtlandwelle.example/nachrichten/welt/seoul-300-nordkoreaner-gefallen",
        "Seoul: 300 Nordkoreaner in Kursk gefallen",
    ),
    features=(
        "Vogtland radio station's web text, UTF-16 LE with BOM and CRLF (sidecar, Tuesday), a "
        "station line 'Dienstag, 14.01.2025 | 07:30 Uhr'; headline 'Seoul:' from a lawmaker "
        "summing up the NIS 'am Montag' (named after the figures), Konjunktiv carrying the "
        "session to `Rund 2.700 weitere` (others, not an increment) and the total; Zelensky "
        "'am Samstag' with the number word `zwei` (captured); 'kurz vor Weihnachten' (Dec 20-24) "
        "`mehr als 3.000`; the White House 'Ende Dezember' for one week's losses; a Markneukirchen "
        "brass instrument maker without a figure; per cent, instruments a year (`rund 300`), "
        "staff, prices, distance, age, frequency, phone"
    ),
    text="""\
Seoul: [[300]] Nordkoreaner in Kursk gefallen

Markneukirchner Instrumentenbauer sorgt sich um seine Kunden in Korea

Vogtlandwelle | Nachrichten | Dienstag, 14.01.2025 | 07:30 Uhr

Der südkoreanische Auslandsgeheimdienst NIS schätzt die Zahl der in Russland getöteten \
nordkoreanischen Soldaten inzwischen auf [[etwa 300]]. [[Rund 2.700]] weitere seien verwundet \
worden. So fasste der Abgeordnete Lee Seong-kweun am Montag die Erkenntnisse des Dienstes nach \
einer nichtöffentlichen Sitzung des Geheimdienstausschusses zusammen. Insgesamt habe Pjöngjang \
[[rund 11.000]] Soldaten nach Russland geschickt.

Die Nordkoreaner seien kaum gegen Drohnenangriffe geschützt, berichtete Lee weiter. Manche hätten \
offenbar den Befehl, sich eher selbst zu töten, als sich gefangen nehmen zu lassen.

Präsident Wolodymyr Selenskyj teilte am Samstag mit, ukrainische Soldaten hätten im Gebiet Kursk \
[[zwei]] Nordkoreaner gefangen genommen. Die beiden Männer seien verletzt und würden vom \
Geheimdienst SBU in Kiew befragt. Der Präsident stellte in Aussicht, die beiden Kim Jong Un zu \
überlassen, sofern Pjöngjang im Gegenzug die Freilassung ukrainischer Kriegsgefangener in Russland \
erwirke.

Kiew beziffert die Verluste der Nordkoreaner deutlich höher als Seoul. Schon kurz vor Weihnachten \
nannte Selenskyj [[mehr als 3.000]] Tote und Verwundete auf nordkoreanischer Seite. Das Weiße Haus \
erklärte Ende Dezember, allein binnen einer Woche seien [[mehr als 1.000]] nordkoreanische \
Soldaten getötet oder verwundet worden.

Im Musikwinkel verfolgt man die Nachrichten aus Korea mit Sorge. Der Blechblasinstrumentenmacher \
Jens Dölling aus Markneukirchen verkauft nach eigenen Angaben fast 40 Prozent seiner Trompeten und \
Flügelhörner nach Südkorea, vor allem an Orchester und Musikhochschulen in Seoul und Busan. „Meine \
Kunden fragen mich inzwischen, ob wir hier Angst vor einem großen Krieg haben“, sagt der \
58-Jährige. Umgekehrt bange er um seine Partner: Von Seoul bis zur Grenze mit dem Norden seien es \
keine 60 Kilometer.

Döllings Werkstatt beschäftigt zwölf Leute und baut rund 300 Instrumente im Jahr, eine \
Konzerttrompete kostet ab 3.400 Euro. Im Februar will er zur Musikmesse nach Seoul fliegen. \
„Absagen kommt nicht infrage“, sagt er.

Die Vogtlandwelle hören Sie auf UKW 97,4 und im DAB+-Kanal 9A. Studio-Hotline: 03741 555 974
""",
    claims=(
        C("300", 300, "exact", "casualties", "south_korea", "mon..pub",
          "headline 'Seoul:': the NIS figure of the lead, summed up by a lawmaker on Monday "
          "(Monday to publication): killed"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "NIS, dated and attributed in the sentence after next ('So fasste … am Montag … "
          "zusammen'): killed"),
        C("Rund 2.700", 2700, "approx", "casualties", "south_korea", "mon",
          "same briefing, 'weitere seien verwundet' (others beside the dead, not an increment)"),
        C("rund 11.000", 11000, "approx", "in_russia", "south_korea", "mon",
          "same briefing, Konjunktiv 'Insgesamt habe Pjöngjang … geschickt': sent"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'am Samstag' (number word): captured"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-20..2024-12-24",
          "Zelensky 'kurz vor Weihnachten' (the days before Christmas Eve): killed and wounded"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "White House 'Ende Dezember' (days 21-31): killed or wounded within one week"),
    ),
)

B03 = Source(
    article_id="b44_03_lungau_skilehrer_nachschub",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-03-13"),
    dated_by="dateline",
    features=(
        "Lungau weekly as plain text, ISO-8859-1 with straight quotes and '-' (no sidecar), a "
        "section line 'LUNGAU & WELT', dateline 'Tamsweg, 13. März 2025 -' (Thursday); 'Jänner', "
        "'Feber', 'heuer'; headline 'Seoul:' `3.000` Nachschub (increment) from the JCS 'am "
        "Montag' (Monday to publication); 'zusätzliche' (increment), 'an die 14.000' (approx, "
        "a new total, 'rechnete ein Sprecher vor') and the losses in the present tense carried "
        "from Monday; HUR 'laut' without a date; a senior NATO official 'Ende Jänner' in quotes; "
        "a Salzburg political scientist `bis zu 10.000 weitere` (at_most, planned increment, "
        "`pub`); a ski instructor from St. Michael without a figure; distance, days, instructors, "
        "army size, aid in euros, age"
    ),
    text="""\
LUNGAU & WELT

Seoul: Kim schickt [[3.000]] Mann Nachschub nach Russland

Ein Skilehrer aus St. Michael ist gerade aus Korea zurück - und erzählt, wie man dort über Kims \
Soldaten spricht

Tamsweg, 13. März 2025 - Nach einer Pause von mehreren Wochen kämpfen nordkoreanische Soldaten \
offenbar wieder an der Seite Russlands. Wie der südkoreanische Generalstab am Montag mitteilte, \
hat Nordkorea seit Jänner [[rund 3.000]] zusätzliche Soldaten nach Russland verlegt. Damit dürften \
insgesamt [[an die 14.000]] Nordkoreaner ins Land gekommen sein, rechnete ein Sprecher in Seoul \
vor. Die Zahl der Toten und Verwundeten beziffert der Generalstab auf [[etwa 4.000]].

Im Feber hatte es noch geheißen, die Einheiten aus Pjöngjang seien nach schweren Verlusten aus dem \
Gebiet Kursk abgezogen worden. Inzwischen stehen laut dem ukrainischen Militärgeheimdienst HUR \
wieder [[mehrere Tausend]] von ihnen bei Sudscha im Einsatz, wo Kiews Truppen zunehmend unter \
Druck geraten.

Ein hoher NATO-Vertreter hatte Ende Jänner in Brüssel von "[[mehr als 11.000]]" nordkoreanischen \
Soldaten in Russland gesprochen. Die Allianz stützt sich dabei auf Erkenntnisse ihrer \
Mitgliedstaaten.

Für Thomas Santner aus St. Michael sind das keine fernen Nachrichten. Der 34-Jährige unterrichtet \
seit sechs Wintern in einem Skigebiet in der Provinz Gangwon, keine 100 Kilometer von der \
innerkoreanischen Grenze entfernt. Heuer war er von Mitte Dezember bis Anfang März dort, 78 Tage \
am Stück. "Die Koreaner reden erstaunlich wenig darüber", erzählt Santner. "Aber wenn im Fernsehen \
die Bilder von den Gefangenen kommen, wird es im Sessellift plötzlich ganz still."

Seine Skischule beschäftigt 40 Lehrerinnen und Lehrer, die meisten aus Korea, einige aus Japan, \
Neuseeland und Österreich. Im Sommer arbeitet Santner als Bergführer im Lungau, im Dezember will \
er wieder nach Gangwon.

Der Politikwissenschafter Florian Gruber von der Universität Salzburg rechnet nicht mit einem \
raschen Ende des Einsatzes. "Ich würde nicht ausschließen, dass Pjöngjang bis zum Sommer \
[[bis zu 10.000]] weitere Soldaten in Marsch setzt", sagt Gruber. Personal habe das Regime mehr \
als genug, die Volksarmee gelte mit rund 1,2 Millionen Mann als eine der größten der Welt. Und \
Moskau bezahle mit Öl, Lebensmitteln und Militärtechnik.

Österreich hat der Ukraine seit Kriegsbeginn laut Außenministerium mehr als 200 Millionen Euro an \
humanitärer Hilfe zukommen lassen.
""",
    claims=(
        C("3.000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "headline 'Seoul:' … 'Nachschub': the JCS figure of the lead (Monday to publication), "
          "an increment", add=True),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "mon",
          "JCS 'am Montag': 'zusätzliche' moved since January (increment)", add=True),
        C("an die 14.000", 14000, "approx", "in_russia", "south_korea", "mon",
          "'rechnete ein Sprecher in Seoul vor' (the same statement): the new total, not an "
          "increment"),
        C("etwa 4.000", 4000, "approx", "casualties", "south_korea", "mon",
          "present tense 'beziffert der Generalstab' in the same report: dead and wounded"),
        C("mehrere Tausend", None, "vague", "near_front", "ukraine", "pub",
          "HUR 'laut' without a date: in action near Sudzha"),
        C("mehr als 11.000", 11000, "at_least", "in_russia", "nato", "2025-01-21..2025-01-31",
          "senior NATO official 'Ende Jänner' in Brussels, in quotes: in Russia"),
        C("bis zu 10.000", 10000, "at_most", "planned", "other", "pub",
          "Salzburg political scientist, undated present tense ('sagt Gruber'): 'weitere' could "
          "be sent by summer (increment)", add=True),
    ),
)

B04 = Source(
    article_id="b44_04_obwalden_staenderat_parade_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-10-15"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Obwaldner Anzeiger",
        "https://www.obwaldner-anzeiger.example/ausland/kursk-veteranen-parade-imfeld-ld.40917",
        "Kim lässt Kursk-Veteranen marschieren",
    ),
    features=(
        "Obwalden paper in Markdown, windows-1252 with CRLF, front matter without a date (sidecar, "
        "Wednesday): `ss`, «», `15'000`, `11'000`, `10'000`, `39'000`, 4-digit `2000`/`5000`/"
        "`6000`; headline 'Seoul zählt' from the NIS figure 'im September' (the month to "
        "publication); state TV's Kursk veterans at the Friday parade (returnees: optional); "
        "Konjunktiv carrying the NIS to a total, 'Dazu kämen' builders in Kursk (increment) and "
        "'weiteren Entsendung von bis zu 6000' (planned increment); Ukraine's military "
        "intelligence 'geht davon aus' (`pub`); a Council of States member from Obwalden 'Am "
        "Dienstag in Sarnen' in «» (other); the party's anniversary, aid in francs, population, "
        "party members, attendance"
    ),
    text="""\
---
titel: "Kursk-Veteranen auf dem Kim-Il-Sung-Platz"
ressort: Ausland
autorin: Seraina Durrer
---

# Kim lässt Kursk-Veteranen marschieren – Seoul zählt [[2000]] Tote

**Zur grossen Parade in Pjöngjang kamen auch Soldaten, die für Russland gekämpft haben. Der \
Obwaldner Ständerat Beat Imfeld verlangt vom Bundesrat eine klarere Haltung.**

Unter den Truppen, die am Freitagabend über den Kim-Il-Sung-Platz marschierten, waren nach Angaben \
des nordkoreanischen Staatsfernsehens auch [[mehrere hundert]] Veteranen des Einsatzes im \
russischen Gebiet Kursk. Machthaber Kim Jong Un nannte sie in seiner Rede «Helden, die den Ruhm \
unserer Armee in die Welt getragen haben». Anlass war der 80. Jahrestag der Gründung der \
Arbeiterpartei; auf der Tribüne sassen auch Chinas Ministerpräsident und der frühere russische \
Präsident Dmitri Medwedew.

Wie viele Nordkoreaner den Einsatz nicht überlebt haben, verschweigt Pjöngjang. Der südkoreanische \
Nachrichtendienst NIS schätzte die Zahl der Gefallenen im September auf [[rund 2000]]. Insgesamt \
hätten seit Herbst 2024 [[etwa 15'000]] Mann in Russland gedient. Dazu kämen [[5000]] \
Militärbauarbeiter, die seit dem Sommer nach und nach ins Gebiet Kursk verlegt würden. Für die \
kommenden Monate rechnete der Dienst mit einer weiteren Entsendung von [[bis zu 6000]] Mann.

Die ukrainische Militäraufklärung geht davon aus, dass derzeit [[rund 11'000]] Nordkoreaner im \
Gebiet Kursk stationiert sind, die meisten entlang der Grenze.

## «Das ist keine Randnotiz»

Ständerat Beat Imfeld (Mitte) sitzt in der Aussenpolitischen Kommission. Am Dienstag sprach er in \
Sarnen vor der Mitgliederversammlung seiner Kantonalpartei über die Lage. «Wenn ein Land \
[[über 10'000]] Soldaten in einen Angriffskrieg schickt, ist das keine Randnotiz, sondern eine \
neue Qualität», sagte er. Die Schweiz müsse ihre Sanktionen gegen Nordkorea konsequent durchsetzen \
und Finanzflüsse über Drittstaaten genauer prüfen.

Imfeld erinnerte daran, dass der Bund der Ukraine bis 2036 Hilfe im Umfang von 5 Milliarden \
Franken zugesagt hat. «Das ist viel Geld, aber gemessen an dem, was auf dem Spiel steht, nicht zu \
viel.» Für Obwalden mit seinen rund 39'000 Einwohnerinnen und Einwohnern sei der Krieg weit weg, \
«aber die Folgen spüren auch unsere Betriebe», etwa bei den Energiepreisen und in den Lieferketten.

Die Kantonalpartei zählt nach eigenen Angaben 410 Mitglieder, an die Versammlung im Hotel Krone \
kamen 64.
""",
    claims=(
        C("2000", 2000, "exact", "casualties", "south_korea", "2025-09-01..pub",
          "headline 'Seoul zählt … Tote': the NIS figure 'im September' (the month to "
          "publication)"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "fri..pub",
          "state TV on the Friday-evening parade: Kursk veterans (returnees)", opt=True),
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-30",
          "NIS 'im September': the fallen"),
        C("etwa 15'000", 15000, "approx", "in_russia", "south_korea", "2025-09-01..2025-09-30",
          "same estimate, Konjunktiv 'Insgesamt hätten … gedient': served in Russia"),
        C("5000", 5000, "exact", "near_front", "south_korea", "2025-09-01..2025-09-30",
          "same estimate, 'Dazu kämen' builders moved into the Kursk region (increment)",
          add=True),
        C("bis zu 6000", 6000, "at_most", "planned", "south_korea", "2025-09-01..2025-09-30",
          "'rechnete der Dienst mit einer weiteren Entsendung' (planned increment)", add=True),
        C("rund 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "Ukraine's military intelligence 'geht davon aus', no date: stationed in Kursk"),
        C("über 10'000", 10000, "at_least", "in_russia", "other", "tue",
          "Council of States member from Obwalden 'Am Dienstag in Sarnen', in «»: sent"),
    ),
)

B05 = Source(
    article_id="b44_05_feuerwehrmagazin_weltweit_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-07-01"),
    dated_by="front_matter",
    features=(
        "firefighters' association magazine's world page in Markdown, UTF-8 with BOM, front "
        "matter with `date:` and an issue line (Tuesday); headline from Shoigu's announcement "
        "'am 17. Juni' (the date to publication, planned); Shoigu named first, the figure in "
        "the following sentences ('sagte er dort') with the `1.000`/`5.000` breakdown (planned, "
        "no increment); the JCS 'im Frühjahr' … 'damals' `Dutzende` killed clearing mines (the "
        "season); Kyiv's military intelligence 'vermutet aktuell' (`pub`); Rutte at the summit "
        "'vergangene Woche' „Tausenden“ (nato); the magazine's own sum (unattributed, required); "
        "rescuers killed, mined area, fire engines donated, kilometres, years, phone"
    ),
    text="""\
---
title: "Weltweit: Minenräumer aus Pjöngjang für Kursk"
date: 2025-07-01
ausgabe: "Juli 2025"
rubrik: Weltweit
autor: Redaktion Feuerwehr-Rundschau
---

# Minenräumer aus Pjöngjang: Russland holt [[6.000]] Nordkoreaner nach Kursk

Wer in der Ukraine Brände löscht, arbeitet oft zwischen Blindgängern. Der staatliche \
Katastrophenschutzdienst des Landes meldet, dass seit Februar 2022 mehr als 100 seiner \
Einsatzkräfte im Dienst getötet wurden, viele bei gezielten Zweitschlägen auf anrückende \
Rettungsteams. Rund 139.000 Quadratkilometer gelten als möglicherweise vermint – mehr als die \
Fläche von Bayern und Baden-Württemberg zusammen.

Auf der anderen Seite der Front kommt jetzt Hilfe aus Nordkorea. Verkündet hat das Sergej Schoigu. \
Der frühere Verteidigungsminister, heute Chef des Sicherheitsrats in Moskau, war am 17. Juni zum \
zweiten Mal binnen weniger Wochen bei Kim Jong Un in Pjöngjang. Nordkorea werde [[6.000]] \
Militärangehörige ins Gebiet Kursk entsenden, sagte er dort. [[1.000]] von ihnen sollen Minen und \
Blindgänger räumen, die übrigen [[5.000]] als Militärbauer zerstörte Straßen, Brücken und \
Wohnhäuser instand setzen.

Dass diese Arbeit lebensgefährlich ist, weiß man in Pjöngjang. Bei der Räumung von Minenfeldern im \
Gebiet Kursk seien bereits [[Dutzende]] nordkoreanische Soldaten ums Leben gekommen, hatte der \
südkoreanische Generalstab im Frühjahr berichtet. Viele Einheiten seien damals ohne Räumgerät \
losgeschickt worden.

Kiews Militärgeheimdienst vermutet aktuell [[etwa 10.000]] Soldaten aus Nordkorea in der Region. \
NATO-Generalsekretär Mark Rutte sprach beim Gipfel in Den Haag vergangene Woche von \
„[[Tausenden]]“ Nordkoreanern, die an der Seite Russlands kämpften.

Rechnet man die Angaben aus Seoul, Kiew und Moskau zusammen, kommt die Redaktion auf \
[[mindestens 17.000]] nordkoreanische Soldaten und Militärarbeiter, die seit Herbst 2024 in \
Russland eingesetzt wurden – die nun angekündigten Pioniere und Bautrupps nicht mitgerechnet.

## Unsere Hilfe für die Kameraden in der Ukraine

Der Verband hat seit 2022 zwölf ausgemusterte Löschfahrzeuge in die Ukraine gebracht, zuletzt im \
Mai ein Tanklöschfahrzeug aus dem Jahr 1998. Für die 1.400 Kilometer bis Lwiw brauchte der Konvoi \
zwei Tage. Wer eine Fahrt begleiten möchte, meldet sich bei der Geschäftsstelle unter 0731 555 1120.
""",
    claims=(
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: Shoigu's figure of the body ('am 17. Juni') to publication: to be sent"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu, named two sentences before, 'sagte er dort' (17 June): will send"),
        C("1.000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'von ihnen': a breakdown (no increment)"),
        C("5.000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement, 'die übrigen': a breakdown (no increment)"),
        C("Dutzende", None, "vague", "casualties", "south_korea", "2025-03-01..2025-05-31",
          "JCS 'im Frühjahr' (source after the figure, 'damals'): killed clearing mines"),
        C("etwa 10.000", 10000, "approx", "near_front", "ukraine", "pub",
          "Kyiv's military intelligence 'vermutet aktuell', no date: in the Kursk region"),
        C("Tausenden", None, "vague", "near_front", "nato", "lastweek",
          "Rutte at the summit 'vergangene Woche' „…“: fighting"),
        C("mindestens 17.000", 17000, "at_least", "in_russia", "unattributed", "pub",
          "the magazine's own sum ('kommt die Redaktion auf'): unattributed, required"),
    ),
)

B06 = Source(
    article_id="b44_06_kassel_stadtportal_krankenschwester_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-09-17"),
    dated_by="sidecar",
    sidecar=(
        "Kassel kompakt",
        "https://www.kassel-kompakt.example/kassel-und-die-welt/2025/09/rund-2000-tote-kasselerin",
        "Rund 2.000 Tote: Eine Kasselerin blickt mit Sorge nach Korea",
    ),
    features=(
        "Kassel city portal in HTML, ISO-8859-1 (quotes only as `&bdquo;`/`&ldquo;`, `&amp;`, "
        "`&middot;`, `&copy;`), no meta date (sidecar, Wednesday) but a date line; a consent "
        "layer with a vendor count, a stylesheet version, navigation, footer with phone, an "
        "analytics script; `<title>` figure (optional); h1 `Rund 2.000` from the NIS 'am Montag' "
        "(Monday to publication); members of the intelligence committee 'wie südkoreanische "
        "Medien berichteten' (south_korea), Konjunktiv to the total and `etwa 1.000` sappers in "
        "Kursk; KCNA 'Ende August' „Hunderte“ fallen (north_korea); HUR 'Anfang September'; a "
        "former Korean nurse in Kassel without a figure; nurses and miners recruited in the 1970s, "
        "years, age, community members, event time"
    ),
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Seoul: [[2.000]] Nordkoreaner in Russland gefallen - Kassel kompakt</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/portal.css?v=317">
</head>
<body>
<div id="cmp-layer">Kassel kompakt setzt Cookies und vergleichbare Techniken von 27 Anbietern ein, \
um Inhalte und Anzeigen passend zu machen. <a href="#ok">Ja, in Ordnung</a> <a \
href="#no">Ablehnen</a> <a href="/privacy">Mehr erfahren</a></div>
<nav><a href="/">Startseite</a> | <a href="/stadtteile">Stadtteile</a> | <a \
href="/termine">Termine</a> | <a href="/kultur">Kultur</a> | <a href="/welt">Kassel &amp; die \
Welt</a> | <a href="/jobs">Jobs</a></nav>
<main>
<p class="rubrik">Kassel &amp; die Welt</p>
<h1>[[Rund 2.000]] Tote: Eine Kasselerin blickt mit Sorge nach Korea</h1>
<p class="datum">Mittwoch, 17. September 2025</p>
<p><b>Seit 54 Jahren lebt Park Myung-hee in Kassel. Die Nachrichten über nordkoreanische Soldaten \
in Russland verfolgt die frühere Krankenschwester sehr genau.</b></p>
<p>Südkoreas Geheimdienst NIS hat die Zahl der in Russland getöteten nordkoreanischen Soldaten am \
Montag auf [[etwa 2.000]] beziffert. Das erfuhren Mitglieder des Geheimdienstausschusses in einer \
vertraulichen Sitzung, wie südkoreanische Medien berichteten. Von den [[rund 13.000]] Mann, die \
Pjöngjang seit Oktober 2024 nach Russland verlegt habe, seien zudem viele schwer verwundet worden. \
Derzeit seien im Gebiet Kursk vor allem [[etwa 1.000]] Pioniere im Einsatz, die Minen \
r&auml;umten.</p>
<p>Pjöngjang selbst nennt keine Zahlen. Ende August hatte die Staatsagentur KCNA aber berichtet, \
Kim Jong Un habe in einer Zeremonie &bdquo;[[Hunderte]] gefallene Helden&ldquo; geehrt und ihren \
Familien neue Wohnungen in der Hauptstadt versprochen. Die Ukraine nennt deutlich höhere Verluste: \
Der Militärgeheimdienst HUR sprach Anfang September von [[über 5.000]] getöteten und verwundeten \
Nordkoreanern.</p>
<p>Park Myung-hee kam 1971 als eine von rund 10.000 südkoreanischen Krankenschwestern nach \
Westdeutschland, dazu kamen in jenen Jahren knapp 8.000 Bergleute. In Kassel arbeitete sie 31 \
Jahre lang im Klinikum, heute ist sie 78. &bdquo;Wenn ich lese, dass junge Männer aus dem Norden \
in Russland sterben, denke ich zuerst an die Mütter&ldquo;, sagt sie. &bdquo;Die wissen vermutlich \
nicht einmal, wo ihre Söhne sind.&ldquo;</p>
<p>Die Koreanische Gemeinde Kassel zählt rund 300 Mitglieder. Am Sonntag, 21. September, lädt sie \
um 15 Uhr zum Erntedankfest Chuseok ins Bürgerhaus Wehlheiden ein; um Spenden für ein Kinderheim \
in Incheon wird gebeten.</p>
</main>
<footer>Kassel kompakt &middot; Das Stadtportal für Kassel und die Region &middot; Redaktion 0561 \
555 3030 &middot; &copy; 2025</footer>
<script>var kk_stats={rubrik:"welt",artikel:20931};</script>
</body>
</html>
""",
    claims=(
        C("2.000", 2000, "exact", "casualties", "south_korea", "mon..pub",
          "<title> (metadata) restating the NIS figure of Monday", opt=True),
        C("Rund 2.000", 2000, "approx", "casualties", "south_korea", "mon..pub",
          "h1: the NIS figure of the body (Monday to publication): dead"),
        C("etwa 2.000", 2000, "approx", "casualties", "south_korea", "mon",
          "NIS 'am Montag', passed on by members of the committee as reported by Korean media: "
          "killed"),
        C("rund 13.000", 13000, "approx", "in_russia", "south_korea", "mon",
          "same session, Konjunktiv 'verlegt habe': moved to Russia"),
        C("etwa 1.000", 1000, "approx", "near_front", "south_korea", "mon",
          "same session, Konjunktiv: sappers in action in the Kursk region"),
        C("Hunderte", None, "vague", "casualties", "north_korea", "2025-08-21..2025-08-31",
          "KCNA 'Ende August' &bdquo;…&ldquo;: fallen heroes honoured by Kim"),
        C("über 5.000", 5000, "at_least", "casualties", "ukraine", "2025-09-01..2025-09-10",
          "HUR 'Anfang September' (days 1-10): killed and wounded"),
    ),
)

# ---------------------------------------------------------------------------------------------
# English articles (Australia, Åland, US, Lithuania, Tuvalu, Lesotho)
# ---------------------------------------------------------------------------------------------

B07 = Source(
    article_id="b44_07_downs_chronicle_armistice_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-28"),
    dated_by="html_meta", crlf=True,
    features=(
        "Queensland regional daily in HTML, windows-1252 with CRLF (curly quotes and `·` raw), "
        "`article:published_time` with +10:00 (Monday), a byline 'Monday, 28 July 2025', a "
        "consent strip, an ad script with slot sizes, navigation, footer with ABN and phone; "
        "headline `up to 30,000` more (at_most, planned increment) from HUR 'earlier this "
        "month' (the 1st to publication); 'They would join' carried by 'the agency said' after "
        "the figure; the JCS 'on Monday' (the publication day) `several thousand` readying to ship "
        "out (planned); Seoul's casualty estimate dated by 'has not updated the figure since "
        "April' (the month) with `around 600` 'of them fatal' (breakdown); a Queensland senator "
        "at the Sunday service ‘…’ `thousands` (other, Sunday to publication); Australians in "
        "the Korean War, killed and wounded, exercise troops and nations, veteran's age, attendance"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="windows-1252">
<title>Korean War veterans gather as Pyongyang readies more troops for Russia | The Downs \
Chronicle</title>
<meta property="article:published_time" content="2025-07-28T06:15:00+10:00">
<meta property="og:locale" content="en_AU">
<script>window.dcAds={section:"news/world",slots:"mrec-1,leader-2",sizes:"300x250,728x90"};</script>
</head>
<body>
<div class="consent">The Chronicle uses cookies to count readers and to show offers from local \
businesses. Change your mind any time under Privacy. <button>Fine by me</button> <button>Show me \
the choices</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/toowoomba">Toowoomba</a> | \
<a href="/rural">Rural</a> | <a href="/sport">Sport</a> | <a href="/notices">Death notices</a></nav>
<article>
<h1>Veterans remember as Pyongyang readies [[up to 30,000]] more for Russia</h1>
<p class="standfirst">Toowoomba’s last Korean War veterans laid wreaths on Sunday, as Kyiv warned \
that North Korea is preparing a far larger contingent for Moscow’s war.</p>
<p class="byline">By Kerri-Anne Loughlin · Monday, 28 July 2025</p>
<p>Len Macready stood through the whole of the Last Post on Sunday morning, one hand on the rail \
of the cenotaph in Queens Park. The 94-year-old served with the 3rd Battalion, Royal Australian \
Regiment, in 1952 and is one of four members of the local veterans’ association still able to \
attend.</p>
<p>“We went there so those people could live free,” he said. “Now their cousins from the North are \
being sent off to die in somebody else’s war.”</p>
<p>Kyiv’s Defence Intelligence Directorate, known as HUR, said earlier this month that Pyongyang \
was preparing to dispatch [[as many as 30,000]] additional soldiers to Russia, possibly within \
months. They would join [[roughly 11,000]] who are already there, many of them now firing \
artillery from inside Russia, the agency said.</p>
<p>In Seoul, the Joint Chiefs of Staff reported on Monday that [[several thousand]] soldiers \
appeared to be getting ready to ship out from ports on the North’s east coast.</p>
<p>Seoul’s spy service has estimated North Korean casualties in Russia at [[about 4,700]], \
[[around 600]] of them fatal, although it has not updated the figure since April.</p>
<p>Queensland Senator Bronwyn Tully, who laid a wreath for the Opposition, said the parallels were \
hard to ignore. “Kim Jong Un is feeding [[thousands]] of young men into the fighting in Kursk, and \
for what? For cash and missile technology,” she told the gathering.</p>
<p>More than 17,000 Australians served in the Korean War between 1950 and 1953; 340 were killed \
and more than 1,200 wounded. This month’s Talisman Sabre exercise brought some 35,000 troops from \
19 nations to Queensland and the Northern Territory.</p>
<p>Sunday’s service drew about 250 people. Donations to the veterans’ association can be left at \
any RSL sub-branch.</p>
</article>
<footer>© 2025 The Downs Chronicle Pty Ltd · ABN 63 104 558 219 · Newsroom (07) 4600 5512 · <a \
href="/terms">Terms</a></footer>
</body>
</html>
""",
    claims=(
        C("up to 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "headline: HUR's figure of the body ('earlier this month') to publication: 'more' "
          "(increment, span without the word)", add=True),
        C("as many as 30,000", 30000, "at_most", "planned", "ukraine", "2025-07-01..pub",
          "HUR 'earlier this month': 'additional' soldiers to be dispatched (increment)",
          add=True),
        C("roughly 11,000", 11000, "approx", "in_russia", "ukraine", "2025-07-01..pub",
          "'They would join … who are already there', 'the agency said' after the figure"),
        C("several thousand", None, "vague", "planned", "south_korea", "mon",
          "JCS 'on Monday' (the publication day): getting ready to ship out"),
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "Seoul's spy service, 'has not updated the figure since April' (dates the estimate)"),
        C("around 600", 600, "approx", "casualties", "south_korea", "2025-04-01..2025-04-30",
          "same estimate, 'of them fatal' (a breakdown)"),
        C("thousands", None, "vague", "near_front", "other", "sun..pub",
          "Queensland senator at the Sunday service (other), in quotes: in the fighting in Kursk"),
    ),
)

B08 = Source(
    article_id="b44_08_aland_demilitarised_watching_md",
    language="en", fmt="md", encoding="utf-8", published=day("2024-10-25"),
    dated_by="front_matter", crlf=True,
    features=(
        "Åland Islands English news page in Markdown, UTF-8 with CRLF, front matter with `date:` "
        "and a title without a figure (Friday), place line '*Mariehamn* –'; headline "
        "'Pentagon:' from the deputy press secretary 'on Wednesday' (Wednesday to publication); "
        "lawmakers briefed by the NIS 'the same day' (planned by December); HUR 'on Thursday' "
        "`several thousand` expected in Kursk (planned); Zelensky 'last week' `up to 10,000` "
        "being readied; Finland's foreign minister 'in Helsinki on Thursday' (a third "
        "government: other); a Mariehamn researcher's range (other, `pub`); Putin in Kazan "
        "without a figure; islanders, islands, the 1856 treaty, Finland's wartime strength, "
        "parliament seats, ferry hours"
    ),
    text="""\
---
title: "Demilitarised and watching: Åland follows the news from Kursk"
date: 2024-10-25
section: World
author: Linnea Sjöblom
---

# Pentagon: [[3,000]] North Korean soldiers now in Russia

*Mariehamn* – The United States has for the first time confirmed that North Korean soldiers are in \
Russia. Sabrina Singh, the Pentagon's deputy press secretary, said on Wednesday that \
[[around 3,000]] of them had been moved to the east of the country in early and mid-October and \
were training at several military sites.

South Korean lawmakers who had been briefed by their country's intelligence service said the same \
day that Pyongyang intended to have [[10,000]] troops in Russia by December. Ukraine's military \
intelligence agency, HUR, said on Thursday that Pyongyang's first units were now in the Kursk \
region, where [[several thousand]] more were expected within days.

Volodymyr Zelensky had warned last week that Kyiv's intelligence pointed to [[up to 10,000]] North \
Koreans being readied for Russia's war. Finland's Foreign Minister Elina Valtonen, speaking in \
Helsinki on Thursday, called the dispatch of [[thousands]] of North Korean troops "a dangerous \
escalation that concerns all of Europe".

At a summit in Kazan on Thursday, Vladimir Putin did not deny the reports. What Russia did with \
its partners, he said, was "our business".

## Why it matters here

For the roughly 30,000 people of Åland, demilitarised under international agreements since 1856, \
the news from Kursk lands with a particular weight. The islands have no garrison and no \
conscripts, and Russia keeps a consulate in Mariehamn whose future is debated every few years in \
the 30-seat Lagting. On the mainland, Finland can call up a wartime force of 280,000.

Jonas Eriksson, who studies autonomy and demilitarisation in Mariehamn, expects \
[[between 10,000 and 12,000]] North Koreans to be in Russia by the end of the year. "What we are \
watching is a state renting out its army," he said. "That is a precedent, and small places like \
ours depend on precedents being respected."

The morning ferry to Turku, five and a half hours across the archipelago of some 6,700 islands, \
was full of commuters on Friday who had little time for geopolitics. "Kursk is far away," said \
one. "The weather is closer."
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "united_states", "wed..pub",
          "headline 'Pentagon:': the deputy press secretary's figure of the lead (Wednesday to "
          "publication)"),
        C("around 3,000", 3000, "approx", "in_russia", "united_states", "wed",
          "Sabrina Singh 'on Wednesday': moved to eastern Russia, training"),
        C("10,000", 10000, "exact", "planned", "south_korea", "wed",
          "lawmakers briefed by the NIS 'the same day' (Wednesday): intended total by December"),
        C("several thousand", None, "vague", "planned", "ukraine", "thu",
          "HUR 'on Thursday': 'more were expected' in Kursk on top of the first units "
          "(planned increment, span without 'more')", add=True),
        C("up to 10,000", 10000, "at_most", "planned", "ukraine", "lastweek",
          "Zelensky 'last week': being readied"),
        C("thousands", None, "vague", "in_russia", "other", "thu",
          "Finland's foreign minister 'in Helsinki on Thursday' (a third government: other): "
          "dispatched"),
        C("between 10,000 and 12,000", None, "range", "planned", "other", "pub",
          "Mariehamn researcher, undated present tense ('expects'): in Russia by the end of the "
          "year"),
    ),
)

B09 = Source(
    article_id="b44_09_nevada_red_flag_shoigu",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-06-19"),
    dated_by="sidecar",
    sidecar=(
        "High Desert Herald",
        "https://www.highdesertherald.example/news/military/red-flag-korean-airmen-shoigu",
        "Seoul's airmen train over Nevada as Moscow says 6,000 more North Koreans are coming",
    ),
    features=(
        "Nevada paper as plain text, UTF-8 (sidecar, Thursday), byline and a dateline 'NELLIS AIR "
        "FORCE BASE —' without a date; headline 'Moscow says' `6,000` more (increment, span "
        "without the word) from Shoigu 'on Tuesday' (Tuesday to publication); Shoigu introduced "
        "by an apposition, the `1,000`/`5,000` breakdown (planned, no increment); the JCS "
        "'Wednesday' (without 'on'); a Pentagon spokesman 'In Washington on Wednesday' `more than "
        "4,000` killed or wounded; Kyiv's intelligence 'counts' `thousands` firing from Russian "
        "soil (`pub`); a ROK Air Force officer without a figure; a UNLV political scientist `close "
        "to 14,000` (other, `pub`); air forces, airmen, acres, aircraft, temperature, dates"
    ),
    text="""\
Seoul's airmen train over Nevada as Moscow says [[6,000]] more North Koreans are coming

By Marisol Ochoa
Staff Writer

NELLIS AIR FORCE BASE — The F-15K fighters that thundered off the runway here Wednesday afternoon \
belong to the Republic of Korea Air Force, one of eight foreign air forces taking part in this \
month's Red Flag exercise over the Nevada desert. For two weeks their crews fly against \
"aggressor" squadrons trained to mimic Russian and Chinese tactics.

Half a world away, their country's northern neighbor is tying itself ever closer to Moscow. Sergei \
Shoigu, the former Russian defense minister who now runs the Kremlin's Security Council, announced \
in Pyongyang on Tuesday that North Korea would send [[6,000]] troops to Russia's Kursk region. Of \
those, [[1,000]] are to clear the mines left from last year's fighting, and the remaining \
[[5,000]] are to rebuild roads, bridges and power lines.

Seoul has tracked the deployment since last fall. South Korea's Joint Chiefs of Staff said \
Wednesday that [[roughly 11,000]] North Korean soldiers remained in the Kursk area and warned that \
the new contingent could arrive "as early as July."

In Washington on Wednesday, a Pentagon spokesman estimated North Korean losses at \
[[more than 4,000]] killed or wounded since the fall and called Shoigu's trip "further evidence of \
a dangerous partnership."

Ukraine says Pyongyang now supplies far more than infantry. Kyiv's military intelligence counts \
[[thousands]] of North Korean artillery and rocket crews firing from Russian soil, along with \
millions of shells shipped across the border by rail.

Lt. Col. Han Ji-woo, who commands the Korean detachment of about 160 airmen at Nellis, declined to \
discuss intelligence estimates. "Our job here is to train," he said. "What happens in Kursk, we \
watch like everyone else."

Daniel Kessler, a political scientist at the University of Nevada, Las Vegas, who studies the \
Korean Peninsula, said the number of North Koreans who have served in Russia since October is \
likely [[close to 14,000]]. "Every one of them goes home with combat experience no other soldier \
on the peninsula has," he said.

Nellis is home to roughly 9,500 active-duty airmen, and the Nevada Test and Training Range next \
door covers 2.9 million acres. About 100 aircraft are flying in the current exercise, which runs \
through June 27 in temperatures that topped 108 degrees on Wednesday.
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "tue..pub",
          "headline 'Moscow says … more … are coming': Shoigu's Tuesday figure to publication "
          "(increment, span without 'more')", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "tue",
          "Shoigu (apposition) 'announced in Pyongyang on Tuesday': would send"),
        C("1,000", 1000, "exact", "planned", "russia", "tue",
          "same announcement, 'Of those': a breakdown (no increment)"),
        C("5,000", 5000, "exact", "planned", "russia", "tue",
          "same announcement, 'the remaining': a breakdown (no increment)"),
        C("roughly 11,000", 11000, "approx", "near_front", "south_korea", "wed",
          "JCS 'said Wednesday': in the Kursk area"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states", "wed",
          "Pentagon spokesman 'In Washington on Wednesday': killed or wounded"),
        C("thousands", None, "vague", "near_front", "ukraine", "pub",
          "Kyiv's military intelligence 'counts', no date: crews firing from Russian soil"),
        C("close to 14,000", 14000, "approx", "in_russia", "other", "pub",
          "UNLV political scientist, no date: served in Russia"),
    ),
)

B10 = Source(
    article_id="b44_10_vilnius_review_pullback_html",
    language="en", fmt="html", encoding="utf-8-sig", published=day("2025-02-19"),
    dated_by="sidecar",
    sidecar=(
        "Vilnius Review",
        "https://www.vilniusreview.example/ukraine-war/north-korean-troops-pulled-from-kursk",
        "Kyiv says North Korea pulled its troops from Kursk after 4,000 losses",
    ),
    features=(
        "Lithuanian English-language outlet in HTML, UTF-8 with BOM, no meta date (sidecar, "
        "Wednesday) but a Lithuanian-style time line '2025-02-19 14:05', a GDPR strip, a stats "
        "script, a language switch, a 'Most read' box, footer with address and phone; `<title>` "
        "figure (optional); h1 'Kyiv says' from the HUR spokesman 'on Monday' (Monday to "
        "publication); 'of the 11,000 … around 4,000'; lawmakers at the NIS briefing 'on Tuesday' "
        "`some 1,500` replacements (increment); a NATO official 'last week'; the Pentagon 'In "
        "January' `several hundred` dead; a Lithuanian drone instructor by phone `no more than "
        "2,000` (at_most, other, `pub`); defence spending per cent, the German brigade, "
        "'another 3,000' drones (not an increment of troops), list numbers"
    ),
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kyiv: [[4,000]] losses force North Korean pull-back from Kursk – Vilnius Review</title>
<meta name="description" content="Ukraine and South Korea say Pyongyang's units have left the \
front line. A Lithuanian instructor who trained Ukrainian drone crews near Sudzha tells what he \
saw.">
<script async src="https://stats.vilniusreview.example/v.js" data-site="vr-en"></script>
</head>
<body>
<div class="gdpr">We store cookies to measure readership and keep you signed in. Withdraw consent \
at any time in the privacy centre. <button>Allow</button> <button>Refuse</button></div>
<header><a href="/">Vilnius Review</a> <nav><a href="/lithuania">Lithuania</a> <a \
href="/baltics">Baltics</a> <a href="/ukraine-war">Ukraine war</a> <a \
href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/lt">LT</a></nav></header>
<article>
<h1>Kyiv says North Korea pulled its troops from Kursk after [[4,000]] losses</h1>
<p class="meta">2025-02-19 14:05 · Rūta Kazlauskienė</p>
<p>North Korean units have not been seen in combat in Russia’s Kursk region for roughly three \
weeks, Ukraine’s military intelligence said on Monday. Its spokesman Andriy Yusov told Ukrainian \
television that of the [[11,000]] soldiers Pyongyang had sent, [[around 4,000]] had been killed or \
wounded, forcing Moscow to take the rest out of the line to regroup.</p>
<p>South Korea’s intelligence service offered a similar picture on Tuesday. According to lawmakers \
who attended the agency’s briefing, the North Koreans have been kept away from the front since \
mid-January, and [[some 1,500]] replacements are being trained at camps in Russia’s Far East.</p>
<p>A NATO official in Brussels said last week that the alliance still counted [[more than 11,000]] \
North Korean soldiers in Russia and expected them back in the fighting “once they have digested \
the lessons of the winter”. In January, the Pentagon had spoken of [[several hundred]] North \
Korean dead.</p>
<h2>‘They learnt faster than the Russians’</h2>
<p>Tomas, a Lithuanian drone instructor who asked that his surname not be used, spent December and \
January with a Ukrainian unit near Sudzha. He believes [[no more than 2,000]] North Koreans are \
still close to the border. “They learnt faster than the Russians, but they paid for every lesson,” \
he said by phone from Kaunas.</p>
<p>Lithuania plans to spend between 5 and 6 percent of its GDP on defence from next year, and \
Germany’s brigade in the country is to reach its full strength of about 5,000 soldiers by 2027. On \
Tuesday the government promised Kyiv another 3,000 FPV drones.</p>
</article>
<aside class="most-read"><h3>Most read</h3><ol><li>Heating bills fall for a second \
month</li><li>Trakai castle reopens after repairs</li><li>Basketball: Žalgiris win in \
Kaunas</li></ol></aside>
<footer>© 2025 Vilnius Review · Gedimino pr. 9, LT-01103 Vilnius · +370 5 210 4400</footer>
</body>
</html>
""",
    claims=(
        C("4,000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "<title> (metadata) restating the HUR figure of Monday", opt=True),
        C("4,000", 4000, "exact", "casualties", "ukraine", "mon..pub",
          "h1 'Kyiv says': the HUR spokesman's figure (Monday to publication): losses"),
        C("11,000", 11000, "exact", "in_russia", "ukraine", "mon",
          "HUR spokesman (the day named in the sentence before): sent"),
        C("around 4,000", 4000, "approx", "casualties", "ukraine", "mon",
          "same statement: killed or wounded"),
        C("some 1,500", 1500, "approx", "in_russia", "south_korea", "tue",
          "lawmakers at the NIS briefing 'on Tuesday' (the sentence before): replacements "
          "training in Russia's Far East (increment, like 'als Ersatz')", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "nato", "lastweek",
          "NATO official in Brussels 'last week': in Russia"),
        C("several hundred", None, "vague", "casualties", "united_states",
          "2025-01-01..2025-01-31", "Pentagon 'In January': dead"),
        C("no more than 2,000", 2000, "at_most", "near_front", "other", "pub",
          "Lithuanian drone instructor by phone, no date ('He believes'): close to the border"),
    ),
)

B11 = Source(
    article_id="b44_11_tuvalu_seoul_briefing_utf16",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-11-20"),
    dated_by="dateline",
    features=(
        "Tuvalu news site as plain text, UTF-16 LE with BOM (no sidecar), dateline 'FUNAFUTI, 20 "
        "November 2025 (Tuvalu Today) –' (Thursday); headline 'Seoul tells Pacific ministers' "
        "from South Korean officials at a meeting 'last week', passed on by Tuvalu's foreign "
        "minister who returned 'on Tuesday' (X citing Y: south_korea; the window covers both); "
        "the lead's figure before its source; 'had been added' builders in Kursk (increment); "
        "Zelensky 'earlier this month' `tens of thousands` more (vague planned increment); Rutte "
        "'in September'; the site's own tally (unattributed, required); population, visas a "
        "year, delegations, grants in dollars, islands, flights, Tuvalu's lack of an army"
    ),
    text="""\
Seoul tells Pacific ministers North Korea has lost [[2,000]] soldiers in Russia

Foreign minister back from Korea talks says the war in Europe was high on the agenda

FUNAFUTI, 20 November 2025 (Tuvalu Today) – [[About 2,000]] North Korean soldiers have died on \
Russia's side of the war, South Korean officials told Pacific foreign ministers at a meeting in \
Seoul last week, according to Tuvalu's Minister for Foreign Affairs, Taukiei Sopoaga, who returned \
to Funafuti on Tuesday.

The minister said the Korean side told the delegations that [[some 10,000]] North Korean troops \
were still stationed in Russia's Kursk region near the Ukrainian border, and that [[5,000]] \
military engineers had been added there since the summer to rebuild roads and bridges.

"They were very open with us," Mr Sopoaga told reporters at Funafuti International Airport. "They \
want the Pacific to understand that this is not only Europe's problem. Weapons and money that go \
to Pyongyang can end up anywhere, including in our waters."

The Korea-Pacific Islands foreign ministers' meeting brought together delegations from 16 Pacific \
countries. Seoul announced US$39 million in new grants for climate adaptation and fisheries \
surveillance, of which Tuvalu expects about US$1.5 million.

Ukraine's President Volodymyr Zelensky said earlier this month that Moscow was seeking \
[[tens of thousands]] more troops from Pyongyang for next year. NATO Secretary General Mark Rutte \
said in September that [[more than 15,000]] North Koreans had been sent to Russia over the past \
year.

Adding the engineers to those figures, Tuvalu Today counts [[at least 16,000]] North Korean \
soldiers and military workers sent to Russia since October last year.

Tuvalu, with a population of about 11,000 spread over nine islands, has no army. Under the \
Falepili Union treaty with Australia, up to 280 Tuvaluans a year may move to Australia. Fiji \
Airways flies to Funafuti from Suva three times a week.

Mr Sopoaga said he would brief Cabinet next Monday and report to Parliament in December.
""",
    claims=(
        C("2,000", 2000, "exact", "casualties", "south_korea", "lastweek",
          "headline 'Seoul tells Pacific ministers': the figure of the lead (last week's meeting, "
          "passed on on Tuesday; the window covers both)"),
        C("About 2,000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "South Korean officials at the Seoul meeting 'last week', source after the figure, "
          "passed on by Tuvalu's foreign minister (X citing Y): killed"),
        C("some 10,000", 10000, "approx", "near_front", "south_korea", "lastweek",
          "same briefing ('the Korean side told the delegations'): stationed in Kursk near the "
          "border"),
        C("5,000", 5000, "exact", "near_front", "south_korea", "lastweek",
          "same briefing: engineers 'had been added there' in Kursk (increment)", add=True),
        C("tens of thousands", None, "vague", "planned", "ukraine", "2025-11-01..pub",
          "Zelensky 'earlier this month': 'more' sought for next year (increment)", add=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "2025-09-01..2025-09-30",
          "Rutte 'in September': sent to Russia"),
        C("at least 16,000", 16000, "at_least", "in_russia", "unattributed", "pub",
          "the site's own tally ('Tuvalu Today counts'): unattributed, required"),
    ),
)

B12 = Source(
    article_id="b44_12_maloti_fm_admission_md",
    language="en", fmt="md", encoding="latin-1", published=day("2025-04-29"),
    dated_by="sidecar",
    sidecar=(
        "Maloti FM",
        "",
        "Moscow and Pyongyang admit North Korean troops fought in Kursk",
    ),
    features=(
        "Lesotho radio site in Markdown, ISO-8859-1 with straight quotes and '-' (sidecar without "
        "url, Tuesday), front matter without a date but with programme and presenter; headline "
        "and lead without figures; Gerasimov 'on Saturday' and KCNA 'on Monday' without "
        "figures; the head of the Duma defence committee to RIA 'on Monday' `several thousand` "
        "(russia); the NIS 'last month' (the month) with `around 3,000 more` (increment); the "
        "State Department 'on Monday'; Zelensky 'on Monday' 'thousands' in single quotes; the "
        "programme's own framing `thousands` (optional); a Roma lecturer's range `more` (planned "
        "increment, other, `pub`); Lesotho's army, SMS count, maize price per cent, altitude, "
        "phone-in number"
    ),
    text="""\
---
title: Moscow and Pyongyang admit North Korean troops fought in Kursk
programme: The World at Seven
presenter: Palesa Ntsane
---

# Moscow and Pyongyang admit North Korean troops fought in Kursk

*Maloti FM newsroom, Maseru*

After six months of silence, Moscow and Pyongyang have acknowledged that troops from the North \
took part in the fighting in Kursk. The admissions came in quick succession: Russia's chief of the \
general staff, Valery Gerasimov, praised the "heroism" of the Korean units on Saturday, and North \
Korea's official news agency KCNA said on Monday that they had been sent on the orders of leader \
Kim Jong Un.

Neither statement said how many soldiers were involved. But Andrei Kartapolov, who chairs the \
defence committee of the State Duma, told the state news agency RIA on Monday that \
"[[several thousand]]" Korean soldiers had fought in Kursk and that many had been decorated.

Other governments have been counting for months. Last month Seoul's intelligence service put North \
Korean losses at [[about 4,000]] dead and wounded, and reckoned that [[around 3,000]] more had \
gone to Russia early this year to fill the gaps. The US State Department said on Monday it \
believed [[more than 11,000]] had been deployed in total.

In Kyiv, President Volodymyr Zelensky said on Monday that the admission proved what Ukraine had \
said since October, and that '[[thousands]]' of North Koreans were still in Russia.

## What does it mean for Africa?

The World at Seven asked listeners what the deployment of [[thousands]] of North Koreans to Europe \
means for our continent. By eight o'clock, 146 SMS messages had come in, most of them about the \
price of maize meal, which has risen 12 percent since January.

Dr Teboho Lekhanya, who lectures in international relations at the National University of Lesotho \
in Roma, told Maloti FM that Moscow would probably ask Pyongyang for [[between 20,000 and 30,000]] \
more soldiers before the year is out. "For Russia, North Korea is now a reservoir of men," he \
said. "For Kim, Russia is a bank."

He added that Lesotho, whose own defence force has about 2,000 soldiers, should keep its distance \
from both. "We are 1,600 metres above the sea and very far from Kursk. That is a good place to be \
neutral."

Join the discussion on tomorrow's programme: call 2231 0983 or send an SMS to 31 983.
""",
    claims=(
        C("several thousand", None, "vague", "near_front", "russia", "mon",
          "head of the Duma defence committee to RIA 'on Monday', in quotes: fought in Kursk"),
        C("about 4,000", 4000, "approx", "casualties", "south_korea", "2025-03-01..2025-03-31",
          "NIS 'Last month' (March): dead and wounded"),
        C("around 3,000", 3000, "approx", "in_russia", "south_korea", "2025-03-01..2025-03-31",
          "same estimate: 'more' gone to Russia to fill the gaps (increment)", add=True),
        C("more than 11,000", 11000, "at_least", "in_russia", "united_states", "mon",
          "State Department 'on Monday': deployed 'in total' (not an increment)"),
        C("thousands", None, "vague", "in_russia", "ukraine", "mon",
          "Zelensky 'on Monday', in single quotes: still in Russia"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the programme's own framing of its listeners' question, no source", opt=True),
        C("between 20,000 and 30,000", None, "range", "planned", "other", "pub",
          "Roma lecturer to the station, no date: 'more' Moscow would ask for (increment)",
          add=True),
    ),
)

SOURCES: tuple[Source, ...] = (
    B01, B02, B03, B04, B05, B06,
    B07, B08, B09, B10, B11, B12,
)
adopt(base, SOURCES, globals())  # the first builder's machinery, re-exported from here


def main() -> int:
    return base.main(HERE)


if __name__ == "__main__":
    sys.exit(main())
