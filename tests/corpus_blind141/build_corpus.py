"""Build the HUNDRED-AND-FORTY-FIRST BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-forty-third corpus, for an honest measurement on articles the extractor has never
met, written in session 15 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: a
sewing-machine repair shop's customer letter from Wittenberge in the Prignitz with a seamstress
from Chernihiv whose son guards the border, a forest kindergarten's parents' letter from Elmstein
in the Palatinate Forest with a new educator from Poltava whose husband flies drones, a horse-drawn
sleigh-ride operator's guest letter from the Leutasch in Tyrol (Austrian conventions) with a groom
from Vinnytsia and a family from Daejeon, an alp cheese dairy's alp letter from the Weisstannental
in the Sarganserland (Swiss conventions) with a dairy student from Imsil, a medieval re-enactment
club's herald letter from Pappenheim in the Altmühl valley with a Korean archer from Andong, a
Christmas tree farm's customer letter from Eslohe in the Sauerland with a worker from Zhytomyr; an
unexploded-ordnance clearance trust's field notes from Peleliu (Palau) with a bomb-disposal
technician from Mykolaiv and a retired Korean army engineer, a salmon river society's newsletter
from Sheet Harbour on Nova Scotia's Eastern Shore with a fisheries biologist from Yangyang and a
newcomer from Kherson, an agency-style wire report from Ansan's Koryoin quarter, a readers' letters
page from a Nantucket weekly with letters quoting a brother and a cousin, a cat sanctuary's
supporters' letter from Lanai with a veterinary nurse from Kharkiv and a retired banker from Suwon,
and a dark-sky tour operator's notes from Great Barrier Island (Aotea) with a guide from Odesa and
an amateur astronomer from Yeongcheon. Same file format, marker syntax and labelling conventions as
the other corpora (see their READMEs): every claim figure in an article below is marked `[[like
this]]` and labelled, in order, by the article's `claims`. Nothing is re-implemented here:
rendering, encoding, checks, CSV writing and the README table are the first builder's own
functions, loaded from `tests/corpus/build_corpus.py` as a private module instance whose `SOURCES`
are set to ours (under its own module name, so it never shares state with the other derived
builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind141_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Prignitz, Palatinate Forest, Tyrol, Sarganserland, Altmühl valley, Sauerland)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="s141_01_naehmaschinen_wittenberge_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-06"),
    dated_by="html_meta",
    features="a sewing-machine repair shop's customer letter from Wittenberge (Prignitz) in HTML, "
        "UTF-8, `article:published_time` +01:00 (Wednesday), a cookie note about the spare-parts "
        "catalogue, a page script, navigation, entities (`&bdquo;`, `&ldquo;`, `&middot;`, "
        "`&amp;`), a footer with a postcode and a phone number; `<title>` without a figure and a "
        "headline with a non-claim number word (`Vierzehn` machines); a seamstress from Chernihiv "
        "relaying her son on the border ('Am Sonntag … habe Andrij gesagt', Konjunktiv) "
        "`Hunderte` across the line (other, from Sunday to publication); sentence-initial `Rund "
        "10.000` 'nach Einschätzung des Pentagons', the day in the next clause ('das sagte ein "
        "Sprecher am Montag'); Zelensky 'gestern Abend' `11.000`; the NIS 'Ende Oktober' `mehr "
        "als 10.000` brought to Russia; HUR 'ebenfalls Ende Oktober' `7.000 bis 8.000` moved to "
        "the border region and, carried by 'hieß es aus Kiew', `5.000` 'weitere' (increment, "
        "planned); Rutte and Moscow without a figure; the seamstress 'geht davon aus' `an die "
        "20.000` by spring (approx, planned, other, `pub`); the factory's former workforce, "
        "Russian losses a day (a number word), machines, years, ages, euros, belt lengths, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kundenbrief November &ndash; Nähmaschinen Kowalke, Wittenberge</title>
<meta property="article:published_time" content="2024-11-06T07:45:00+01:00">
<meta property="og:site_name" content="Nähmaschinen-Werkstatt Kowalke">
<script>window.kowalke={brief:"2024-11",warenkorb:0,katalog:"veritas"};</script>
</head>
<body>
<div class="cookie">Wir nutzen genau ein Cookie: ob Sie unseren Ersatzteilkatalog schon \
einmal aufgeschlagen haben. <button type="button">Verstanden</button></div>
<nav><a href="/">Werkstatt</a> &middot; <a href="/reparatur">Reparatur &amp; Wartung</a> &middot; \
<a href="/ersatzteile">Ersatzteile</a> &middot; <a href="/kundenbrief">Kundenbrief</a> &middot; \
<a href="/kontakt">Kontakt</a></nav>
<article>
<h1>Vierzehn Veritas für Tschernihiw</h1>
<p class="vorspann">Halyna hat sie geölt, wir haben sie verpackt. Dazu ein Anruf von der Grenze \
und ein paar Zahlen aus der großen Politik.</p>
<p>Wer in diesen Tagen unsere Werkstatt in der Bahnstraße betritt, muss über Kartons steigen. \
Darin stehen vierzehn überholte Veritas-Maschinen, gebaut zwischen 1958 und 1989 hier in \
Wittenberge, wo das Nähmaschinenwerk in seinen besten Jahren mehr als 3.000 Menschen \
beschäftigte. Am Samstag lädt sie ein Transporter aus Pritzwalk ein. Ziel ist eine Nähstube in \
Tschernihiw, in der Frauen Schlafsäcke und Tarnnetze für die Soldaten nähen.</p>
<p>Angestoßen hat das Halyna Bondar. Die 47-Jährige kam im Frühjahr 2023 aus Tschernihiw zu uns \
und fädelt eine Veritas 8014 schneller ein als der Chef. Ihr Sohn Andrij, 24, dient bei den \
Grenztruppen im Gebiet Sumy. Am Sonntag hat sie endlich wieder mit ihm telefoniert. Gegenüber, \
auf der russischen Seite, habe Andrij gesagt, tauchten jetzt [[Hunderte]] Nordkoreaner auf, in \
russischen Uniformen, aber mit eigenen Offizieren und eigenen Funkgeräten.</p>
<h2>Was aus Washington, Seoul und Kiew zu hören ist</h2>
<p>[[Rund 10.000]] nordkoreanische Soldaten stehen nach Einschätzung des Pentagons inzwischen im \
Gebiet Kursk; das sagte ein Sprecher am Montag in Washington. Präsident Selenskyj nannte gestern \
Abend in seiner Videoansprache sogar [[11.000]], die dort in Stellung gegangen seien. Der \
südkoreanische Geheimdienst NIS hatte Ende Oktober mitgeteilt, Pjöngjang habe [[mehr als 10.000]] \
Mann nach Russland gebracht.</p>
<p>Der ukrainische Militärgeheimdienst HUR sprach ebenfalls Ende Oktober von [[7.000 bis 8.000]] \
Nordkoreanern, die in die Grenzregion verlegt worden seien. Bis zum Jahreswechsel sollten \
[[5.000]] weitere folgen, hieß es aus Kiew. Nato-Generalsekretär Mark Rutte hat die Verlegung \
nach Kursk inzwischen bestätigt, eine eigene Zahl aber nicht genannt. In Moskau heißt es nur, das \
sei eine Sache zwischen zwei befreundeten Staaten.</p>
<p>Halyna liest jede dieser Meldungen auf dem Handy, in der Mittagspause, zwischen Spulenkapsel \
und Greifer. Sie geht davon aus, dass Kim bis zum Frühjahr [[an die 20.000]] Mann entsandt haben \
wird. &bdquo;Die Russen verlieren jeden Tag mehr als tausend Mann&ldquo;, sagt sie. \
&bdquo;Irgendwer muss die Lücken füllen.&ldquo;</p>
<h2>Aus der Werkstatt</h2>
<p>Die Wartung einer mechanischen Maschine kostet bei uns weiterhin 39 Euro, für \
Overlock-Maschinen 55 Euro. Ersatzteile für die Veritas 8014/22 sind wieder vorrätig, auch \
Treibriemen in 5 Längen. Wer noch eine alte Maschine auf dem Dachboden hat: Wir nehmen sie gern. \
Für die nächste Fuhre nach Tschernihiw fehlen uns noch 6 Stück.</p>
</article>
<footer>Nähmaschinen-Werkstatt Kowalke &middot; Bahnstraße 17 &middot; 19322 Wittenberge &middot; \
Telefon 03877 40 62 18 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/ersatzteilkatalog.min.js?v=7"></script>
</body>
</html>
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "sun..pub",
          "a seamstress relaying her son on the border ('Am Sonntag … telefoniert … habe Andrij "
          "gesagt', the speaker quoted: other): turning up on the Russian side; from the call "
          "(3 November) to publication, since the newsletter's telling is undated"),
        C("Rund 10.000", 10000, "approx", "near_front", "united_states", "mon",
          "sentence-initial figure, 'nach Einschätzung des Pentagons', the day in the next clause "
          "('das sagte ein Sprecher am Montag', 4 November): in the Kursk region"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "yday",
          "Zelensky 'gestern Abend' (Tuesday 5 November), Konjunktiv: in position there (Kursk)"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea",
          "2024-10-21..2024-10-31",
          "the NIS 'hatte Ende Oktober mitgeteilt' (day 21 to the month's end): brought to Russia"),
        C("7.000 bis 8.000", None, "range", "near_front", "ukraine", "2024-10-21..2024-10-31",
          "HUR 'ebenfalls Ende Oktober': moved to the border region"),
        C("5.000", 5000, "exact", "planned", "ukraine", "2024-10-21..2024-10-31",
          "same statement, carried by 'hieß es aus Kiew': 'weitere' to follow by the new year "
          "(increment after the figure, planned)", add=True),
        C("an die 20.000", 20000, "approx", "planned", "other", "pub",
          "the seamstress 'geht davon aus' (undated): how many by spring (a forecast: planned; "
          "'an die' as approx)"),
    ),
)

S02 = Source(
    article_id="s141_02_waldkindergarten_elmstein_md",
    language="de", fmt="md", encoding="cp1252", published=day("2025-01-17"),
    dated_by="front_matter", crlf=True,
    features="a forest kindergarten's parents' letter from Elmstein (Palatinate Forest) in "
        "Markdown, windows-1252 with CRLF (`„“`), front matter with `date:` (Friday) and a title "
        "without a figure; the frosty month first; a new educator from Poltava whose husband "
        "flies reconnaissance drones in Kursk; Zelensky 'Am Samstag' `zwei` captured (number "
        "word, casualties); the NIS 'Am Montag unterrichtete … die Abgeordneten' `rund 300` "
        "fallen and `2.700` 'weitere' wounded ('weitere' = others of the same toll: not an "
        "increment); the White House 'Ende Dezember' `mehr als 1.000` dead and wounded; the "
        "educator relaying her husband's message 'Am Mittwoch … habe er geschrieben' `mehrere "
        "tausend` facing his sector (other, from Wednesday to publication) next to a unit size "
        "(`je 20 bis 30 Mann`, not a claim); a NATO spokesman 'am Donnerstag' `bis zu 4.000` "
        "'frischen Soldaten' to make up the losses (replacements: increment, planned); 'Nach "
        "Einschätzung des ukrainischen Militärgeheimdienstes' `etwa 8.000` fighting in the region "
        "(`pub`); children, degrees, steres of wood, ages, years, euros, sock sizes, a meeting "
        "date, a phone number",
    text="""\
---
title: "Elternbrief Januar: Frost, Meisen und ein neues Gesicht"
date: 2025-01-17
einrichtung: Waldkindergarten Buntspecht e.V., Elmstein
---

# Elternbrief Januar

Liebe Eltern,

der Januar im Pfälzerwald hat uns bisher alles gezeigt, was er kann: minus 8 Grad am \
Dreikönigstag, dann Regen, dann Matsch bis über die Stiefelränder. Die 19 Kinder haben es \
genossen, die Erwachsenen weniger. Der Ofen im großen Bauwagen brennt seit Weihnachten fast ohne \
Pause; danke an Familie Theis für die 3 Ster Buchenholz.

## Willkommen, Olena

Seit dem 7. Januar verstärkt Olena Martschenko unser Team. Sie ist 31, stammt aus Poltawa und hat \
dort sechs Jahre in einer Kita gearbeitet. Die Kinder haben ihr in der ersten Woche gezeigt, wie \
man einen Zunderschwamm findet; sie hat ihnen dafür ein ukrainisches Fingerspiel über einen Igel \
beigebracht.

Einige von Ihnen haben gefragt, wie es ihr geht. Ihr Mann Serhij steuert Aufklärungsdrohnen im \
Gebiet Kursk, und die Nachrichten der letzten Tage waren auch Olenas Nachrichten. Am Samstag \
verkündete Präsident Selenskyj, seine Truppen hätten [[zwei]] nordkoreanische Soldaten gefangen \
genommen, beide verletzt. Am Montag unterrichtete der südkoreanische Geheimdienst die \
Abgeordneten in Seoul: [[rund 300]] Nordkoreaner seien bisher gefallen, [[2.700]] weitere \
verwundet. Schon Ende Dezember hatte das Weiße Haus die Zahl der Toten und Verletzten auf [[mehr \
als 1.000]] geschätzt.

Serhij schreibt ihr fast jeden Abend. Am Mittwoch, erzählt Olena, habe er geschrieben, die \
Nordkoreaner griffen in Trupps von je 20 bis 30 Mann an, quer über die Felder, und seinem \
Abschnitt stünden inzwischen [[mehrere tausend]] gegenüber. „Er sagt, sie sind mutig und wissen \
nichts über Drohnen“, erzählt Olena.

Ein Nato-Sprecher erklärte am Donnerstag in Brüssel, man rechne damit, dass Pjöngjang die \
Verluste mit [[bis zu 4.000]] frischen Soldaten ausgleiche. Nach Einschätzung des ukrainischen \
Militärgeheimdienstes kämpfen derzeit [[etwa 8.000]] Nordkoreaner in der Region. Wie viele es \
wirklich sind, weiß auch Serhij nicht.

Olena bleibt trotzdem die Ruhigste am Lagerfeuer. Wenn Sie ihr etwas Gutes tun wollen: Sie sucht \
ein gebrauchtes Fahrrad für den Weg von Iggelbach herauf.

## Termine und Organisatorisches

- Elternabend: Dienstag, 28. Januar, 19.30 Uhr im Forsthaus
- Der Monatsbeitrag steigt ab Februar auf 185 Euro; Geschwisterkinder zahlen 120 Euro.
- Bitte Wechselsocken in den Größen 26 bis 32 mitgeben, unser Vorrat ist aufgebraucht.
- Notfalltelefon der Waldgruppe: 06328 91 04 77

Herzliche Grüße aus dem Wald
Ihr Buntspecht-Team
""",
    claims=(
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "Zelensky 'Am Samstag verkündete' (11 January, Friday letter): captured (number word)"),
        C("rund 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'Am Montag unterrichtete … die Abgeordneten' (13 January), Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same briefing: 'weitere verwundet' (the others of the same toll: not an increment)"),
        C("mehr als 1.000", 1000, "at_least", "casualties", "united_states",
          "2024-12-21..2024-12-31",
          "'Schon Ende Dezember hatte das Weiße Haus … geschätzt' (day 21 to the month's end): "
          "dead and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "other", "wed..pub",
          "the educator relaying her husband's message ('Am Mittwoch, erzählt Olena, habe er "
          "geschrieben', the speaker quoted: other): facing his sector in Kursk; from the "
          "message's day to publication; the unit size before it is not a claim"),
        C("bis zu 4.000", 4000, "at_most", "planned", "nato", "thu",
          "a NATO spokesman 'erklärte am Donnerstag' (16 January): 'frischen Soldaten' to make "
          "up the losses (replacements: increment, planned)", add=True),
        C("etwa 8.000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): fighting in the "
          "region"),
    ),
)

S03 = Source(
    article_id="s141_03_schlittenfahrten_leutasch",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-02-19"),
    dated_by="sidecar",
    sidecar=(
        "Pferdeschlittenfahrten Krug, Leutasch",
        "https://www.schlittenfahrten-krug-leutasch.example/gaestebrief/feber-2025",
        "Schnee, Schellen und Gäste aus Daejeon",
    ),
    features="a horse-drawn sleigh-ride operator's guest letter from the Leutasch (Tyrol) as "
        "plain text, ISO-8859-1 with straight quotes and hyphens, no date in the file (sidecar, "
        "Wednesday), Austrian conventions (`heuer`, `Jänner`, `Feber`, `vorige Woche`, "
        "`Burschen`); the winter season first; a groom from Vinnytsia relaying his cousin, a "
        "drone pilot ('erzählt Taras', Konjunktiv), `an die sechzig` crossing a field in January "
        "(approx, other, `pub`); a retired South Korean engineer officer riding with his family "
        "'vorige Woche', 'Er schätzt' `4.000 bis 5.000` killed or wounded (range, other, "
        "`lastweek`); the NIS 'am Montag' without a figure for the pull-back, then by Konjunktiv "
        "`gut 11.000` still in Russia ('Insgesamt': a total, not an increment) and `etwa 1.500` "
        "'nachgeschickt' (reinforcements: increment); 'Nach Angaben des Pentagons vom Dienstag' "
        "`rund 1.000` dead; Zelensky 'Anfang Feber' `knapp 4.000` killed and wounded (days 1-10); "
        "Budanov 'vorige Woche in einem Interview' `mehrere tausend` preparing a new deployment "
        "(planned); the Kremlin spokesman without a figure; horses, sleighs, ride days, minutes, "
        "euros, ages, altitude, kilometres, years, a phone number",
    text="""\
Pferdeschlittenfahrten Krug - Gästebrief Feber 2025

Schnee, Schellen und Gäste aus Daejeon

Liebe Gäste, liebe Freunde unserer Haflinger,

heuer hat der Winter in der Leutasch endlich wieder gezeigt, was er kann. Seit Mitte Jänner liegt \
im Tal ein halber Meter Schnee, und unsere zwei großen Schlitten waren bisher an 31 Tagen \
unterwegs. Die Runde von Weidach hinauf Richtung Gaistal dauert 45 Minuten und kostet 38 Euro pro \
Person; Kinder unter 6 fahren gratis auf dem Schoß mit. Auf 1.130 Metern Seehöhe und bei minus \
zwölf Grad gibt es die Lodendecken dazu.

Im Stall hilft uns seit Dezember Taras, 27, aus Winnyzja. Er ist mit Pferden aufgewachsen; sein \
Großvater hatte auf der Kolchose 60 Zugpferde unter sich. Sein Cousin Roman fliegt Drohnen für \
eine Brigade im Gebiet Kursk. Im Jänner, erzählt Taras, habe Roman an einem einzigen Vormittag \
[[an die sechzig]] Nordkoreaner gezählt, die hintereinander über ein verschneites Feld gelaufen \
seien. "Die meisten sind nicht zurückgekommen", habe Roman dazugeschrieben.

Vorige Woche hatten wir Gäste aus Südkorea: Familie Cho aus Daejeon, die über das Mondneujahr \
durch die Alpen reiste. Herr Cho war bis vor drei Jahren Oberstleutnant bei den Pionieren. Unter \
zwei Lodendecken kamen wir auf den Norden zu sprechen. Er schätzt, dass bisher [[4.000 bis \
5.000]] Nordkoreaner getötet oder verwundet worden sind. "Das sind Burschen, die nie einen Winter \
ohne Hunger erlebt haben", sagte er, und dann lange nichts mehr.

Was sagen die Regierungen? Der südkoreanische Geheimdienst NIS teilte am Montag den Abgeordneten \
in Seoul mit, die nordkoreanischen Einheiten seien seit dem Jänner nicht mehr an der Front \
gesehen worden; vermutlich würden sie nach hohen Verlusten neu aufgestellt. Insgesamt hielten \
sich aber weiterhin [[gut 11.000]] Mann in Russland auf, seit Jahresbeginn seien [[etwa 1.500]] \
nachgeschickt worden. Nach Angaben des Pentagons vom Dienstag liegt die Zahl der nordkoreanischen \
Toten bei [[rund 1.000]].

Präsident Selenskyj hatte schon Anfang Feber von [[knapp 4.000]] getöteten und verwundeten \
Nordkoreanern gesprochen. Der ukrainische Militärgeheimdienstchef Kyrylo Budanow sagte vorige \
Woche in einem Interview, die Pause sei nur vorübergehend: [[Mehrere tausend]] bereiteten sich \
schon auf einen neuen Einsatz in Kursk vor. Im Kreml will man davon weiterhin nichts wissen; \
Sprecher Peskow sprach am Dienstag von "Erfindungen".

Taras sagt, er denke beim Striegeln nicht an den Krieg. Glauben tun wir ihm das nicht.

Aus dem Stall: Unsere Haflinger Lisl und Max sind heuer 19 und 21 Jahre alt und gehen im Sommer \
in Pension. Im März kommt ein junger Noriker aus dem Oberinntal dazu. Die Wanderkutsche fährt ab \
Mai wieder, 7 Kilometer bis zur Alm und zurück.

Reservierungen bis Ende Feber: Telefon +43 5214 6291 7
""",
    claims=(
        C("an die sechzig", 60, "approx", "near_front", "other", "pub",
          "a groom relaying his cousin, a drone pilot ('erzählt Taras', the speaker quoted: "
          "other; no day for the telling), Konjunktiv: crossing a field in the Kursk region "
          "('an die' with a number word: approx)"),
        C("4.000 bis 5.000", None, "range", "casualties", "other", "lastweek",
          "a retired South Korean officer riding with his family 'Vorige Woche' ('Er schätzt', "
          "said on the ride): killed or wounded"),
        C("gut 11.000", 11000, "at_least", "in_russia", "south_korea", "mon",
          "the NIS 'teilte am Montag den Abgeordneten … mit' (17 February), Konjunktiv: "
          "'Insgesamt' still in Russia (a total, not an increment; 'gut' as at_least)"),
        C("etwa 1.500", 1500, "approx", "in_russia", "south_korea", "mon",
          "same briefing: 'seit Jahresbeginn … nachgeschickt' (reinforcements: increment)",
          add=True),
        C("rund 1.000", 1000, "approx", "casualties", "united_states", "tue",
          "'Nach Angaben des Pentagons vom Dienstag' (18 February): dead"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "2025-02-01..2025-02-10",
          "Zelensky 'schon Anfang Feber' (days 1-10): killed and wounded"),
        C("Mehrere tausend", None, "vague", "planned", "ukraine", "lastweek",
          "Budanov (HUR) 'sagte vorige Woche in einem Interview', Konjunktiv: preparing a new "
          "deployment to Kursk (planned)"),
    ),
)

S04 = Source(
    article_id="s141_04_alpbrief_weisstannen_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-09-13"),
    dated_by="sidecar",
    sidecar=(
        "Alpgenossenschaft Gafarra, Weisstannen",
        "https://www.alp-gafarra.example/alpbrief/2025",
        "Alpbrief 2025: 96 Tage auf Gafarra",
    ),
    features="an alp cheese dairy's alp letter from the Weisstannental (Sarganserland, canton of "
        "St. Gallen) in Markdown, UTF-16 LE with BOM, front matter without a date (sidecar, "
        "Saturday), Swiss conventions (`ss`, «», `4'200`, `1'700`, `10'000 bis 12'000`, `30'000`, "
        "4-digit `2000`/`6000`/`1000`); a headline with a non-claim number (days on the alp); the "
        "cattle, cheese and prices first; a dairy student from Imsil, South Korea's cheese "
        "village; the NIS 'vergangene Woche … beziffert' `rund 2000` fallen and, carried by "
        "'hiess es in Seoul', `etwa 6000` engineers and builders moved into the Kursk region "
        "since late June; North Korean television 'Am 22. August' portraits of `101` fallen (an "
        "ISO date); the Kursk governor 'am Dienstag' `rund 1000` deminers still at work (russia, "
        "near the front); a NATO official 'am Mittwoch in Brüssel' `10'000 bis 12'000` stationed "
        "in Russia (range); 'Nach Einschätzung des ukrainischen Militärgeheimdienstes' `höchstens "
        "6000` 'weitere' by the end of the year (at_most, increment, planned, `pub`); the student "
        "'rechnet damit' «`eher 30'000`» ('eher' as approx, other, planned, `pub`); cows, "
        "heifers, kilos of cheese, francs, altitude, years, a date, a phone number",
    text="""\
---
titel: "Alpbrief 2025"
alp: Gafarra, Weisstannental
herausgeber: Alpgenossenschaft Gafarra
---

# Alpbrief 2025: 96 Tage auf Gafarra

Heute ziehen wir mit 64 Kühen und 23 Rindern wieder hinunter nach Weisstannen. Es war ein guter \
Sommer: kaum Hagel, genug Regen, und im Keller liegen 4'200 Kilo Alpkäse, so viel wie seit 2019 \
nicht mehr. Der Laib kostet ab Alp 28 Franken das Kilo, der kleine Mutschli 24 Franken.

## Eine Käserin aus Imsil

Neu war diesen Sommer Han Ji-woo, 25, aus Imsil, dem Käsedorf Südkoreas, wo ein belgischer \
Priester in den Sechzigerjahren die erste Käserei aufgebaut hat. Sie studiert Milchwirtschaft und \
wollte wissen, wie man auf 1'700 Metern ohne Netzstrom käst. Nach drei Wochen rührte sie den \
Bruch allein, nach sechs Wochen stritt sie mit dem Senn über die Temperatur.

Abends auf der Bank vor der Hütte lasen wir oft die Nachrichten. Ji-woos Bruder leistet seinen \
Wehrdienst bei der Artillerie nahe der innerkoreanischen Grenze, und was aus Russland kam, betraf \
sie mehr als uns.

## Was man unten im Tal kaum hörte

Der südkoreanische Nachrichtendienst hat vergangene Woche die Zahl der in Russland gefallenen \
Nordkoreaner auf [[rund 2000]] beziffert. Seit Ende Juni seien [[etwa 6000]] Pioniere und \
Bauarbeiter ins Gebiet Kursk verlegt worden, um Minen zu räumen und Strassen zu bauen, hiess es \
in Seoul. Am 22. August zeigte das nordkoreanische Fernsehen, wie Kim Jong Un vor den Bildern von \
[[101]] Gefallenen Blumen niederlegte.

Der Gouverneur des Gebiets Kursk sagte am Dienstag, [[rund 1000]] nordkoreanische Minenräumer \
arbeiteten noch in den Wäldern um Sudscha. Ein Nato-Vertreter sprach am Mittwoch in Brüssel von \
[[10'000 bis 12'000]] Nordkoreanern, die derzeit in Russland stationiert seien. Nach Einschätzung \
des ukrainischen Militärgeheimdienstes könnte Pjöngjang bis Jahresende [[höchstens 6000]] weitere \
schicken, mehr lasse die eigene Wirtschaft nicht zu.

Ji-woo hält das für zu tief gegriffen. «Bei uns sagt man: Der Norden schickt, bis Moskau danke \
sagt», meint sie. Sie rechnet damit, dass am Ende «[[eher 30'000]]» dort gewesen sein werden.

## Alpabfahrt und Käseverkauf

- Ankunft im Dorf heute gegen 11 Uhr, danach Älplerzmorge im Gasthaus.
- Käseverkauf ab 20. September im Milchhüsli am Dorfplatz, jeweils samstags 9 bis 12 Uhr.
- Wer einen ganzen Laib will, bestellt bis Ende Monat: 081 723 44 19.

Wir danken allen Genossenschaftern für die 412 Stunden Gemeinwerk am Alpweg.
""",
    claims=(
        C("rund 2000", 2000, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'hat vergangene Woche … beziffert': fallen in Russia"),
        C("etwa 6000", 6000, "approx", "near_front", "south_korea", "lastweek",
          "same statement, carried by 'hiess es in Seoul', Konjunktiv: engineers and builders "
          "moved into the Kursk region since late June (in Kursk: near the front)"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-22",
          "North Korean television 'Am 22. August': portraits of the fallen"),
        C("rund 1000", 1000, "approx", "near_front", "russia", "tue",
          "the Kursk governor 'sagte am Dienstag' (9 September), Konjunktiv: deminers still at "
          "work in the Kursk woods"),
        C("10'000 bis 12'000", None, "range", "in_russia", "nato", "wed",
          "a NATO official 'sprach am Mittwoch in Brüssel' (10 September): stationed in Russia"),
        C("höchstens 6000", 6000, "at_most", "planned", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): 'weitere' by the "
          "end of the year (increment after the figure, planned; 'höchstens' as at_most)",
          add=True),
        C("eher 30'000", 30000, "approx", "planned", "other", "pub",
          "the dairy student 'rechnet damit' (undated): how many will have been there in the end "
          "(a forecast: planned; 'eher' as approx, inside «»)"),
    ),
)

S05 = Source(
    article_id="s141_05_heroldsbrief_pappenheim_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-06-27"),
    dated_by="sidecar",
    sidecar=(
        "Ritterschaft zu Pappenheim e.V. – Heroldsbrief",
        "https://www.ritterschaft-pappenheim.example/heroldsbrief/nachlese-burgfest-2025",
        "Nachlese zum Burgfest",
    ),
    features="a medieval re-enactment club's herald letter from Pappenheim (Altmühl valley) in "
        "HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`, `&middot;`), no meta date (sidecar, Friday), a cookie note about the herald's "
        "greeting, a page script, navigation, a `<meta name=\"description\">` without a figure, a "
        "footer with a postcode and a phone number; `<title>` and headline without a figure; the "
        "castle festival first; the captain of a fencing club from Kamianets-Podilskyi whose "
        "message came 'am Sonntag' (`schreibt er`, Konjunktiv) `einige hundert` clearing mines "
        "across the border (other, Sunday); Shoigu 'Am 17. Juni … in Pjöngjang' `6.000` builders "
        "and deminers for Kursk (planned, russia, an ISO date); the NIS 'bezifferte am Dienstag' "
        "`etwa 600` dead and, by ellipsis ('die der Verwundeten auf'), `4.100` wounded; 'Laut "
        "einem Pentagon-Sprecher, der sich am Montag äußerte' `mindestens 11.000` still "
        "stationed; Budanov 'am Mittwoch', named after the figure, `zusätzlich 10.000 bis 12.000` "
        "by autumn (range, increment, planned); a Korean archer from Andong '„Es werden "
        "zehntausend sein, nicht sechstausend“' (`zehntausend` required: other, planned, `pub`; "
        "`sechstausend`, an echo of Shoigu's figure in her quote: optional); visitors, groups, "
        "arrows, helpers, dates, times, euros, ages, years, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Heroldsbrief &ndash; Ritterschaft zu Pappenheim</title>
<meta name="description" content="Nachlese zum Burgfest, Post aus Podolien und die Termine des \
Sommers">
<script>var herold={seite:"heroldsbrief",gruss:true};</script>
</head>
<body>
<div id="cookiebox">Diese Seite merkt sich mit einem Cookie, dass der Herold Sie schon begrüßt \
hat. <a href="#" id="ok">Wohlan</a></div>
<nav><a href="/">Die Ritterschaft</a> | <a href="/lager">Lagerleben</a> | <a \
href="/termine">Termine</a> | <a href="/heroldsbrief">Heroldsbrief</a> | <a \
href="/mitmachen">Mitmachen</a></nav>
<main>
<h1>Nachlese zum Burgfest</h1>
<p>Zwei Tage lang roch es unterhalb der Burg nach Holzkohle und Pferd: Rund 2.300 Besucher kamen \
am vergangenen Wochenende zum Burgfest, 14 Gruppen schlugen ihre Zelte auf, und beim Bogenturnier \
flogen an beiden Tagen zusammen 1.860 Pfeile. Unser Dank gilt den 41 Helferinnen und Helfern, \
ohne die kein Spanferkel gedreht worden wäre.</p>
<p>Gefehlt haben die Freunde vom Fechtbund aus Kamjanez-Podilskyj. Drei ihrer Männer sind \
eingezogen, die übrigen bekamen keine Ausreise. Ihr Hauptmann Dmytro hat uns am Sonntag eine \
lange Nachricht geschickt. An seinem Abschnitt bei Sumy, schreibt er, seien jenseits der Grenze \
inzwischen [[einige hundert]] Nordkoreaner damit beschäftigt, Minen zu räumen und Gräben \
auszuheben. &bdquo;Sie arbeiten nachts und sprechen kein Wort&ldquo;, schreibt Dmytro.</p>
<h2>Die Lage, wie wir sie verstehen</h2>
<p>Am 17. Juni kündigte der russische Sicherheitsratschef Sergej Schoigu in Pjöngjang an, \
Nordkorea schicke [[6.000]] Militärbauarbeiter und Minenräumer in das Gebiet Kursk. Der \
südkoreanische Geheimdienst NIS bezifferte am Dienstag die Zahl der nordkoreanischen Toten auf \
[[etwa 600]], die der Verwundeten auf [[4.100]]. Laut einem Pentagon-Sprecher, der sich am Montag \
äußerte, sind noch [[mindestens 11.000]] Nordkoreaner in Russland stationiert.</p>
<p>Kiew rechnet mit mehr. Pjöngjang könne bis zum Herbst zusätzlich [[10.000 bis 12.000]] \
Soldaten bereitstellen, sagte der ukrainische Militärgeheimdienstchef Kyrylo Budanow am \
Mittwoch.</p>
<p>In unserem Lager sitzt seit zwei Jahren Soo-min, Bogenschützin aus Andong, die mit dem \
koreanischen Reiterbogen trifft wie sonst keiner von uns. Sie hält die Zahlen aus Moskau für \
geschönt. &bdquo;Es werden [[zehntausend]] sein, nicht [[sechstausend]]&ldquo;, sagte sie beim \
Abbau der Zelte. &bdquo;Und wenn sie heimkommen, zählt sie keiner mehr.&ldquo;</p>
<h2>Termine</h2>
<ul>
<li>Lagerabend mit Met: Samstag, 12. Juli, ab 18 Uhr an der Altmühlwiese</li>
<li>Schwertkampftraining: jeden Donnerstag um 19 Uhr in der Turnhalle</li>
<li>Mitgliedsbeitrag: 60 Euro im Jahr, Knappen unter 16 zahlen die Hälfte</li>
</ul>
</main>
<footer>Ritterschaft zu Pappenheim e.V. &middot; 91788 Pappenheim &middot; Telefon 09143 60 38 21 \
&middot; <a href="/impressum">Impressum</a></footer>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun",
          "a fencing club's captain in a message that came 'am Sonntag' (22 June; 'schreibt er', "
          "the speaker quoted: other), Konjunktiv: clearing mines across the border"),
        C("6.000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'Am 17. Juni … in Pjöngjang' announced: builders and deminers the North sends "
          "to Kursk (an announcement: planned)"),
        C("etwa 600", 600, "approx", "casualties", "south_korea", "tue",
          "the NIS 'bezifferte am Dienstag' (24 June): dead"),
        C("4.100", 4100, "exact", "casualties", "south_korea", "tue",
          "same statement, by ellipsis ('die der Verwundeten auf'): wounded"),
        C("mindestens 11.000", 11000, "at_least", "in_russia", "united_states", "mon",
          "'Laut einem Pentagon-Sprecher, der sich am Montag äußerte' (23 June): still stationed "
          "in Russia"),
        C("10.000 bis 12.000", None, "range", "planned", "ukraine", "wed",
          "Budanov (HUR), named after the figure, 'sagte … am Mittwoch' (25 June): 'zusätzlich' "
          "by autumn (range, increment, planned; span without the word)", add=True),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a Korean archer in the club 'sagte sie beim Abbau' (no day): how many it will be "
          "(number word, a forecast: planned)"),
        C("sechstausend", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "an echo of Shoigu's figure inside her quote (optional)", opt=True),
    ),
)

S06 = Source(
    article_id="s141_06_christbaumbrief_eslohe",
    language="de", fmt="txt", encoding="utf-8-sig", published=day("2025-11-21"),
    dated_by="dateline", crlf=True,
    features="a Christmas tree farm's customer letter from Eslohe (Sauerland) as plain text, "
        "UTF-8 with BOM and CRLF (`„“`, `–`), dated by the place line 'Eslohe, 21. November 2025' "
        "(Friday); trees, hectares and prices first; a worker from Zhytomyr relaying his son, a "
        "gunner near Sumy ('Vorige Woche, erzählt Wassyl, habe Ihor ihm geschrieben', Konjunktiv) "
        "`ein paar hundert` building bunkers across the line (other, `lastweek`); the NIS "
        "'schätzte Anfang November' `etwa 10.000` still in the Kursk border region (days 1-10); "
        "North Korean state TV 'am Sonntag' a memorial with the names of `Hunderten` fallen; the "
        "Kursk governor 'dankte am Montag den' `Tausenden` who helped defend his region (russia, "
        "near the front); Rutte 'am Mittwoch in Brüssel' `mindestens 2.000` dead; HUR 'zufolge "
        "sollen' 'noch einmal' `6.000` engineers and builders in December ('noch einmal' as an "
        "increment, planned, `pub`); the letter's own 'Wer die Zahlen dieses Jahres "
        "nebeneinanderlegt, kommt auf' `mehr als 20.000` (unattributed, in Russia, required); "
        "hectares, trees, euros, metres, years, ages, opening hours, a phone number",
    text="""\
Weihnachtsbaumkulturen Hesse, Eslohe-Cobbenrode – Kundenbrief zur Saison

Eslohe, 21. November 2025

Liebe Kundinnen und Kunden,

ab dem 29. November können Sie sich Ihren Baum wieder selbst aussuchen und schlagen. Auf unseren \
38 Hektar stehen in diesem Jahr gut 42.000 schnittreife Nordmanntannen und Blaufichten. Die \
Preise bleiben stabil: Nordmanntanne ab 24 Euro für 1,50 Meter, Blaufichte ab 16 Euro. Glühwein \
gibt es am Hof, die Säge leihen wir Ihnen.

In jedem Baum stecken acht bis zwölf Jahre Arbeit. Dass wir sie schaffen, verdanken wir auch \
Wassyl. Er kommt aus Schytomyr, ist 55 und arbeitet den dritten Winter bei uns; im Sommer \
schneidet er die Leittriebe, im Herbst markiert er die Bäume mit den bunten Bändern.

Wassyls Sohn Ihor ist Artillerist im Gebiet Sumy. Vorige Woche, erzählt Wassyl, habe Ihor ihm \
geschrieben, gegenüber seiner Stellung bauten [[ein paar hundert]] Nordkoreaner Bunker und \
Unterstände, „als wollten sie dort überwintern“.

In den Nachrichten klingt es ähnlich. Der südkoreanische Geheimdienst schätzte Anfang November, \
dass [[etwa 10.000]] Nordkoreaner weiterhin in der Grenzregion Kursk stehen. Das nordkoreanische \
Staatsfernsehen zeigte am Sonntag ein neues Denkmal in Pjöngjang, in das die Namen von \
[[Hunderten]] Gefallenen eingraviert sind. Der Gouverneur des Gebiets Kursk dankte am Montag den \
[[Tausenden]] nordkoreanischen Soldaten, die geholfen hätten, seine Region zu verteidigen.

Nato-Generalsekretär Mark Rutte sprach am Mittwoch in Brüssel von [[mindestens 2.000]] \
nordkoreanischen Toten. Dem ukrainischen Militärgeheimdienst zufolge sollen im Dezember noch \
einmal [[6.000]] Pioniere und Bauarbeiter aus dem Norden nach Russland kommen.

Wer die Zahlen dieses Jahres nebeneinanderlegt, kommt auf [[mehr als 20.000]] Nordkoreaner, die \
seit dem Herbst 2024 in Russland waren – aus einem Land, das bei uns kaum jemand auf der Karte \
findet.

Wassyl fährt über Weihnachten nach Hause, zum ersten Mal seit zwei Jahren. Er nimmt eine kleine \
Tanne mit, im Topf, für seine Enkelin.

Hofverkauf und Selbstschlagen:
– Freitag 13 bis 18 Uhr
– Samstag und Sonntag 9 bis 17 Uhr
– Firmen und Vereine ab 10 Bäumen bitte vorbestellen: 02973 81 05 62

Frohe Adventszeit wünschen
Familie Hesse und Team
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "lastweek",
          "a worker relaying his son, a gunner ('Vorige Woche, erzählt Wassyl, habe Ihor ihm "
          "geschrieben', the speaker quoted: other), Konjunktiv: building bunkers across the "
          "line"),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-01..2025-11-10",
          "the NIS 'schätzte Anfang November' (days 1-10): still in the Kursk border region"),
        C("Hunderten", None, "vague", "casualties", "north_korea", "sun",
          "North Korean state TV 'zeigte am Sonntag' (16 November): names of the fallen on a "
          "memorial"),
        C("Tausenden", None, "vague", "near_front", "russia", "mon",
          "the Kursk governor 'dankte am Montag' (17 November), Konjunktiv: helped defend his "
          "region (in combat in Kursk)"),
        C("mindestens 2.000", 2000, "at_least", "casualties", "nato", "wed",
          "Rutte 'sprach am Mittwoch in Brüssel' (19 November): dead"),
        C("6.000", 6000, "exact", "planned", "ukraine", "pub",
          "'Dem ukrainischen Militärgeheimdienst zufolge sollen' (undated): 'noch einmal' "
          "engineers and builders in December (increment, planned; span without the words)",
          add=True),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "unattributed", "pub",
          "the letter's own 'Wer die Zahlen dieses Jahres nebeneinanderlegt, kommt auf' (no "
          "source: unattributed, required): in Russia since autumn 2024"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Palau, Nova Scotia, South Korea, Massachusetts, Hawaii, New Zealand)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="s141_07_field_notes_peleliu_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-03-13"),
    dated_by="front_matter",
    features="an unexploded-ordnance clearance trust's field notes from Peleliu (Palau) in "
        "Markdown, UTF-8, front matter with `date:` (Thursday) and a title with the JCS figure "
        "('3,000 more': optional, metadata); the ridge, hectares and shells first; a "
        "bomb-disposal technician from Mykolaiv and a retired South Korean army engineer; Seoul's "
        "joint chiefs 'announced on Monday' `about 3,000` 'more' sent in January and February "
        "(increment) and, carried by 'they also put … at', `roughly 4,700` casualties; 'A State "
        "Department spokesperson, in a briefing on Tuesday' `as many as 12,000` in Russia "
        "(at_most); HUR 'said yesterday' `several thousand` back at the Kursk front; NATO "
        "officials 'briefing reporters in Brussels last week' `more than 1,000` killed; the "
        "technician relaying a friend's message 'On Sunday … wrote to him' `dozens` dead in one "
        "minefield (other, from Sunday to publication); the engineer 'figures' `close to 15,000` "
        "sent in all (other, `pub`); the 1944 battle's Japanese and American dead (other armies), "
        "hectares, items, shells, millimetres, ages, years, volunteer days, dollars, a phone "
        "number",
    text="""\
---
title: "Field notes, March: [[3,000]] more, and the ridge still gives up its shells"
date: 2025-03-13
author: Peleliu Ridge Clearance Trust
tags: [fieldwork, volunteers, news]
---

# Field notes, March

The dry season came early to Peleliu and the team has made the most of it. Since January we have \
cleared 4.2 hectares on the eastern slopes of the ridge the Marines called Bloody Nose, where \
more than 10,000 Japanese and some 1,800 American soldiers died in the autumn of 1944, and \
removed 1,137 items of unexploded ordnance: mortar bombs, hand grenades and eleven naval shells, \
the largest of them 203 millimetres across. All of it went to the demolition pit beside the old \
airstrip.

Our team leader this season is Ihor Savchuk, 38, a bomb-disposal specialist from Mykolaiv who \
spent two years clearing his own region before he joined us in October. Our most senior volunteer \
is Lee Sang-hoon, 69, a retired South Korean army engineer who first came to Palau as a diver in \
1994 and never quite went home.

## The other war

At lunch in the shade of the ironwoods, talk often turns to Europe. Seoul's Joint Chiefs of Staff \
announced on Monday that Pyongyang had shipped [[about 3,000]] more troops to Russia over January \
and February; they also put the North's casualties to date at [[roughly 4,700]]. A State \
Department spokesperson, in a briefing on Tuesday, said [[as many as 12,000]] North Korean \
soldiers might now be in Russia.

Kyiv's military intelligence said yesterday that North Korean units were back on the Kursk front \
after several quiet weeks, with [[several thousand]] in the trenches again. NATO officials \
briefing reporters in Brussels last week put the number of North Koreans killed at [[more than \
1,000]].

Ihor keeps in touch with his old unit, now dug in near Sudzha. On Sunday a friend there wrote to \
him that [[dozens]] of North Koreans had died in a single minefield the week before, walking in \
file. "They clear mines with their feet," Ihor said. "We clear them with our hands. Both ways are \
slow."

Lee figures the North has by now sent [[close to 15,000]] men in all. He expects Kim to keep them \
coming "for as long as Moscow pays in oil and rockets", and he has stopped arguing with Ihor \
about whether the Koreans know what they are fighting for.

## Numbers from the field

- Items removed since January: 1,137, among them 17 white phosphorus rounds
- Volunteer days logged: 212
- Donations this quarter: US$18,400, including $6,000 from the island's dive operators
- To volunteer or give: +680 345 2190
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "front-matter `title:` (metadata) repeating the JCS figure of Monday ('3,000 more': "
          "increment)", add=True, opt=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "Seoul's joint chiefs 'announced on Monday' (10 March): 'more' sent in January and "
          "February (increment, span without the word)", add=True),
        C("roughly 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement, carried by 'they also put the North's casualties to date at'"),
        C("as many as 12,000", 12000, "at_most", "in_russia", "united_states", "tue",
          "'A State Department spokesperson, in a briefing on Tuesday' (11 March): might now be "
          "in Russia ('as many as' as at_most)"),
        C("several thousand", None, "vague", "near_front", "ukraine", "yday",
          "HUR 'said yesterday' (12 March): back in the line at the Kursk front"),
        C("more than 1,000", 1000, "at_least", "casualties", "nato", "lastweek",
          "NATO officials 'briefing reporters in Brussels last week put the number … killed at'"),
        C("dozens", None, "vague", "casualties", "other", "sun..pub",
          "the technician relaying a friend's message ('On Sunday a friend there wrote to him', "
          "the speaker quoted: other): died in one minefield; from the message's day (9 March) "
          "to publication"),
        C("close to 15,000", 15000, "approx", "in_russia", "other", "pub",
          "the retired Korean engineer 'figures' (undated): sent in all ('close to' as approx)"),
    ),
)

S08 = Source(
    article_id="s141_08_riffle_and_run_sheet_harbour_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-05-02"),
    dated_by="html_meta", crlf=True,
    features="a salmon river society's newsletter from Sheet Harbour on Nova Scotia's Eastern "
        "Shore in HTML, windows-1252 with CRLF (curly quotes, `·` and `–` raw), `<meta "
        "name=\"date\">` (Friday), a cookie note about the river-level widget, two scripts, "
        "navigation, entities (`&amp;`, `&ndash;`), a footer with a postal code and a phone "
        "number; `<title>` and headline without a figure; the smolt count and the lime doser "
        "first; a fisheries biologist from Yangyang and a newcomer from Kherson; Moscow's and "
        "Pyongyang's admissions without a figure; the NIS 'on Wednesday, telling lawmakers' "
        "`about 4,700` casualties with `600` 'of them killed' (a breakdown); Rutte 'said on "
        "Tuesday' `over 10,000` in the fighting; 'a US defence official told reporters last week' "
        "`roughly 11,000` still in Russia; Russia's ambassador 'on Russian television on "
        "Thursday' `thousands` of Korean 'comrades' who would help rebuild Kursk (russia, "
        "planned); the newcomer relaying her brother ('By his count') `a few hundred` holding the "
        "trenches (other, `pub`); the biologist 'reckons' the losses will 'pass' `5,000` by "
        "summer ('pass' as at_least, casualties, other, `pub`); smolts, pH, years, ages, members, "
        "dues and dollars, a date, a postal code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Riffle &amp; Run &ndash; West River Salmon Society, Sheet Harbour</title>
<meta name="date" content="2025-05-02">
<script>var wrss = {issue: "2025-05", widget: "riverlevel"};</script>
</head>
<body>
<div class="cookie-bar">We keep one cookie, only to remember that you have already seen the \
river-level widget. <a href="#">Fine by me</a></div>
<nav><a href="/">Home</a> · <a href="/river">The River</a> · <a href="/doser">Lime Doser</a> · <a \
href="/newsletter">Riffle &amp; Run</a> · <a href="/join">Join</a></nav>
<article>
<h1>Spring count, new faces, and a war a world away</h1>
<p>The smolt wheel went back into the West River on April 14 and has turned every night since. By \
Wednesday volunteers had counted 2,341 young salmon heading for the sea, well ahead of last \
spring’s 1,780. The lime doser above the falls held the water at pH 5.9 through the thaw, the \
best spring reading since we built it in 2005.</p>
<p>Two new volunteers have joined the night shifts at the wheel. Park Min-jun, 34, is a fisheries \
biologist from Yangyang on Korea’s east coast, where chum salmon still run up the Namdae River; \
he is spending a year at a research institute in Dartmouth and drives out on weekends. Olha \
Tkachenko came to Sheet Harbour from Kherson with her two children in 2023 and now works the \
early line at the fish plant.</p>
<h2>Talk at the wheel</h2>
<p>Night shifts are long, and the news from Europe comes up. Within the past week both Moscow and \
Pyongyang admitted, after months of silence, that Korean units had been fighting on Russian soil \
in Kursk. South Korea’s intelligence service went further on Wednesday, telling lawmakers that \
the North had suffered [[about 4,700]] casualties, [[600]] of them killed. NATO Secretary General \
Mark Rutte said on Tuesday that [[over 10,000]] North Koreans had taken part in the fighting.</p>
<p>In Washington, a US defence official told reporters last week that [[roughly 11,000]] were \
still in Russia. And Russia’s ambassador in Pyongyang, speaking on Russian television on \
Thursday, said [[thousands]] of Korean “comrades” would help rebuild the towns of Kursk.</p>
<p>Olha’s brother Serhiy serves with a mortar crew near the border. By his count, [[a few \
hundred]] North Koreans still hold the trenches across from him – “fewer than in winter, but \
better at hiding,” as he put it to Olha. Min-jun reckons the North’s losses will pass [[5,000]] \
dead and wounded by summer. “In Yangyang we count every fish that comes home,” he said. “Nobody \
is counting these boys.”</p>
<h2>Society notes</h2>
<ul>
<li>Annual general meeting: Saturday, May 24, 7 p.m., at the Lions Hall</li>
<li>Membership: $25 a year, $10 for students; 212 members at last count</li>
<li>Doser fund: $8,460 raised toward the new hopper &ndash; thank you</li>
</ul>
</article>
<footer>West River Salmon Society · PO Box 41, Sheet Harbour, NS B0J 3B0 · 902-885-3147 · <a \
href="/privacy">Privacy</a></footer>
<script src="/js/riverlevel.js"></script>
</body>
</html>
""",
    claims=(
        C("about 4,700", 4700, "approx", "casualties", "south_korea", "wed",
          "the NIS 'went further on Wednesday, telling lawmakers' (30 April): casualties"),
        C("600", 600, "exact", "casualties", "south_korea", "wed",
          "same briefing: 'of them killed' (a breakdown, not an increment)"),
        C("over 10,000", 10000, "at_least", "near_front", "nato", "tue",
          "Rutte 'said on Tuesday' (29 April): took part in the fighting"),
        C("roughly 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'a US defence official told reporters last week': still in Russia"),
        C("thousands", None, "vague", "planned", "russia", "thu",
          "Russia's ambassador in Pyongyang 'speaking on Russian television on Thursday' (1 May): "
          "Korean 'comrades' who would help rebuild Kursk (a promise: planned)"),
        C("a few hundred", None, "vague", "near_front", "other", "pub",
          "the newcomer relaying her brother ('By his count', 'as he put it to Olha', no day; the "
          "speaker quoted: other): "
          "holding the trenches across from his crew"),
        C("5,000", 5000, "at_least", "casualties", "other", "pub",
          "the biologist 'reckons' (undated): losses 'will pass' by summer ('pass' like "
          "'exceed': at_least, span without the verb; a forecast of casualties)"),
    ),
)

S09 = Source(
    article_id="s141_09_koryoin_wire_ansan",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-10-14"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Ansan (South Korea) as plain text, UTF-8 with "
        "CRLF, slug line, byline and dateline 'ANSAN, South Korea, October 14, 2025 (Korea "
        "Pacific Wire) —' (Tuesday), curly quotes; ethnic Koreans from the former Soviet Union "
        "(Koryo-saram) in the Ttegogae quarter; the headline's `6,000` 'more' from the NIS "
        "briefing of Monday (Monday to publication, increment); `up to 6,000` 'more' with the NIS "
        "named after the figure ('… said in a closed briefing for lawmakers on Monday'; at_most, "
        "increment, planned) and 'The agency believes … according to lawmakers' `around 10,000` "
        "in the Kursk border region; state TV at Friday's parade with `several hundred` men who "
        "had fought in Kursk (returnees: optional); Russia's deputy defence minister 'on Friday' "
        "`thousands` who fought for Kursk (russia, near the front); HUR 'in a statement last "
        "week, put the number … killed at' `about 2,300`; a baker relaying his nephew, a Russian "
        "conscript, who 'had written last month' `dozens` of North Korean gunners at their guns "
        "near the border (other, from September to publication); a Seoul researcher 'estimated' "
        "`15,000 to 20,000` rotated through Russia (range, other, `pub`); Koryo-saram numbers, "
        "the 1937 deportation, Russia's autumn draft, ages, won, a wire trailer with a phone "
        "number",
    text="""\
SKOREA-RUSSIA/KORYOIN (KOREA PACIFIC WIRE)

Seoul sees [[6,000]] more North Korean troops heading to Russia; in Ansan, a divided kinship

By Jenna Moon

ANSAN, South Korea, October 14, 2025 (Korea Pacific Wire) — In the cafés of Ansan’s Ttegogae \
quarter, where ethnic Koreans from Russia and Central Asia have settled in large numbers, Russian \
state television plays above the counters while South Korean news scrolls across phones. On \
Tuesday both were talking about the same soldiers.

The North could send [[up to 6,000]] more troops to Russia before the year is out, most of them \
engineers and builders, South Korea’s National Intelligence Service said in a closed briefing for \
lawmakers on Monday. The agency believes [[around 10,000]] North Korean soldiers remain in \
Russia’s Kursk border region, according to lawmakers who attended the session.

At Friday’s parade in Pyongyang, state television lingered on a column of [[several hundred]] men \
who had fought in Kursk, their chests hung with new medals. Russia’s deputy defence minister, a \
guest on the reviewing stand, said on Friday that [[thousands]] of Korean soldiers had fought \
“shoulder to shoulder” with Russians to free Kursk. Ukraine’s military intelligence, in a \
statement last week, put the number of North Koreans killed at [[about 2,300]].

Ansan is home to more than 20,000 Koryo-saram, descendants of Koreans whom Stalin deported to \
Central Asia in 1937. Many still hold Russian passports, and some have sons and nephews in the \
Russian army, which called up 160,000 conscripts in its autumn draft.

Viktor Kim, 58, who sells Uzbek flatbread near Ansan station for 3,000 won a loaf, said his \
nephew, a conscript from Ussuriysk, had written last month that he had seen [[dozens]] of North \
Korean artillerymen at their guns a few kilometres from the Ukrainian border. “He wrote that they \
did not speak Russian and never smiled,” Kim said. “We are Koreans, they are Koreans, and my \
nephew is Russian. It is a very strange family.”

Shin Hye-won, a researcher at a Seoul university’s institute for unification studies, estimated \
that [[15,000 to 20,000]] North Koreans had rotated through Russia since last autumn. “For \
Pyongyang this is a paid training ground,” she said by telephone.

Neither Moscow nor Pyongyang has published a figure.

(Reporting by Jenna Moon; editing by Tom Ashby)
((desk@koreapacificwire.example; +82 2 3142 0075))
-- ends --
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "south_korea", "mon..pub",
          "wire headline 'Seoul sees … more': the NIS briefing of Monday (13 October), to "
          "publication (increment, span without the word; hedge of the body dropped)", add=True),
        C("up to 6,000", 6000, "at_most", "planned", "south_korea", "mon",
          "the NIS, named after the figure ('…, South Korea's National Intelligence Service said "
          "in a closed briefing for lawmakers on Monday'): 'more' the North could send "
          "(increment, planned)", add=True),
        C("around 10,000", 10000, "approx", "near_front", "south_korea", "mon",
          "same briefing, 'The agency believes …, according to lawmakers': in the Kursk border "
          "region"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "fri",
          "state TV at Friday's parade (10 October): men who had fought in Kursk (returnees: "
          "optional, as in earlier sets)", opt=True),
        C("thousands", None, "vague", "near_front", "russia", "fri",
          "Russia's deputy defence minister 'said on Friday' (10 October): fought to free Kursk"),
        C("about 2,300", 2300, "approx", "casualties", "ukraine", "lastweek",
          "HUR 'in a statement last week, put the number … killed at'"),
        C("dozens", None, "vague", "near_front", "other", "2025-09-01..pub",
          "a baker relaying his nephew, a Russian conscript, who 'had written last month' (the "
          "speaker quoted: other; from September to publication): gunners at their guns near "
          "the border"),
        C("15,000 to 20,000", None, "range", "in_russia", "other", "pub",
          "a Seoul researcher 'estimated' (undated): rotated through Russia since last autumn"),
    ),
)

S10 = Source(
    article_id="s141_10_letters_harbor_light_nantucket",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2024-12-19"),
    dated_by="sidecar",
    sidecar=(
        "The Harbor Light (Nantucket)",
        "https://www.harborlight-nantucket.example/opinion/letters-2024-12-19",
        "Letters: a brother in Kursk, the numbers, a cousin in uniform, ferry fares",
    ),
    features="a readers' letters page from a Nantucket weekly as plain text, UTF-8 with BOM, "
        "straight quotes, no date in the file (sidecar, Thursday); a house cleaner from Ukraine "
        "quoting her brother, a sergeant in Kursk, who 'called me' 'On Sunday' `upwards of 150` "
        "killed in one morning ('upwards of' as at_least; other, from Sunday to publication); a "
        "retired Navy captain answering the paper's own editorial 'of December 12' `12,000` "
        "(unattributed, that day, required), the Pentagon's spokesman 'on Monday' `hundreds` of "
        "casualties, NATO 'at NATO headquarters on December 4, officials put the number … at' "
        "`more than 10,000` in Kursk, and Zelensky 'on Tuesday' 'another' `30,000` (increment, "
        "planned); a Korean-American reader citing the NIS 'this week' `about 100` killed and "
        "`nearly 1,000` wounded (Monday to publication) and her cousin, a major, who 'thinks' "
        "`closer to 500` dead ('closer to' as approx, other, `pub`); a letter on ferry fares "
        "(dollars, residents, trips) without a claim; ages, years, summers, minutes, street names",
    text="""\
THE HARBOR LIGHT
Letters to the Editor

HER BROTHER'S WAR

To the Editor:

I have cleaned houses on this island for eleven summers and have stayed through the last three \
winters. My brother Andriy is a sergeant in a Ukrainian assault brigade in the Kursk region of \
Russia. On Sunday he called me for four minutes. He said his company had been fighting North \
Koreans for a week, that they come across the snow in the open, and that [[upwards of 150]] of \
them were killed in front of his positions in a single morning. He did not sound proud. He \
sounded tired.

I ask your readers to remember that the war did not stop because the tourists went home.

Natalia Hrytsenko
Orange Street

THE NUMBERS, PLEASE

To the Editor:

Your editorial of December 12 stated that North Korea had sent [[12,000]] soldiers to fight for \
Russia. That was the top of the range being discussed in October, and it has been repeated since \
without much checking. The Pentagon's spokesman said on Monday that North Korean troops had now \
suffered [[hundreds]] of casualties, killed and wounded. At NATO headquarters on December 4, \
officials put the number in the Kursk region at [[more than 10,000]]. President Zelensky said on \
Tuesday that Kim might yet send another [[30,000]].

Those are serious figures from serious people, and they differ. Precision matters when a \
newspaper asks its readers to be alarmed.

Capt. Robert Coffin, USN (ret.)
Polpis

A COUSIN IN UNIFORM

To the Editor:

My parents came to Massachusetts from Gangneung in 1978, and my cousin is a major in the South \
Korean army, stationed near Paju. Seoul's intelligence service told lawmakers this week that \
[[about 100]] North Koreans had been killed and [[nearly 1,000]] wounded. My cousin thinks the \
dead are [[closer to 500]], "because the North never lets its wounded go home to talk." I spoke \
with him for an hour on the phone, and what stays with me is how young he says they are.

Grace Chung
Surfside

FERRY FARES AGAIN

To the Editor:

The Steamship Authority wants to raise the round-trip fare for a car in high season to $515. For \
the 14,000 of us who live here all year, that is not a summer nuisance but a tax on every trip to \
the dentist in Hyannis. I made 26 such trips this year. I urge the board to hold fares for island \
residents.

Martha Gardner
Wauwinet Road
""",
    claims=(
        C("upwards of 150", 150, "at_least", "casualties", "other", "sun..pub",
          "a reader quoting her brother, a sergeant in Kursk, who 'On Sunday … called me' (15 "
          "December; the speaker quoted: other): killed in one morning ('upwards of' as "
          "at_least); from the call to publication"),
        C("12,000", 12000, "exact", "in_russia", "unattributed", "2024-12-12",
          "the paper's own editorial 'of December 12' as cited by a reader (unattributed, "
          "required): sent to fight for Russia"),
        C("hundreds", None, "vague", "casualties", "united_states", "mon",
          "'The Pentagon's spokesman said on Monday' (16 December): casualties, killed and "
          "wounded"),
        C("more than 10,000", 10000, "at_least", "near_front", "nato", "2024-12-04",
          "'At NATO headquarters on December 4, officials put the number in the Kursk region at'"),
        C("30,000", 30000, "exact", "planned", "ukraine", "tue",
          "Zelensky 'said on Tuesday' (17 December): 'another' Kim might send (increment, "
          "planned; span without the word)", add=True),
        C("about 100", 100, "approx", "casualties", "south_korea", "mon..pub",
          "'Seoul's intelligence service told lawmakers this week' (Monday to publication): "
          "killed"),
        C("nearly 1,000", 1000, "approx", "casualties", "south_korea", "mon..pub",
          "same briefing: wounded ('nearly' as approx)"),
        C("closer to 500", 500, "approx", "casualties", "other", "pub",
          "the reader's cousin, a South Korean major, 'thinks' (undated; an hour on the phone "
          "without a day): dead ('closer to' as approx)"),
    ),
)

S11 = Source(
    article_id="s141_11_haven_letter_lanai_html",
    language="en", fmt="html", encoding="utf-16", published=day("2025-08-12"),
    dated_by="sidecar",
    sidecar=(
        "Palawai Cat Haven, Lanai",
        "https://www.palawaicathaven.example/letters/summer-2025",
        "Summer at the Haven",
    ),
    features="a cat sanctuary's supporters' letter from Lanai (Hawaii) in HTML, UTF-16 LE with "
        "BOM, no meta date (sidecar, Tuesday), a cookie note about the adoption gallery, a "
        "script, navigation, entities (`&amp;`, `&rsquo;`, `&ldquo;`, `&rdquo;`, `&ndash;`), a "
        "footer with a phone number; `<title>` and headline without a figure; guests, adoptions "
        "and cats first; a veterinary nurse from Kharkiv and a retired banker from Suwon; the "
        "nurse relaying her brother, a combat medic ('Pavlo tells her') `between 300 and 400` dug "
        "in opposite his unit (range, other, `pub`); North Korean state media 'on Sunday' `1,000` "
        "'more' deminers leaving for Kursk (increment, north_korea, near the front); the NIS 'in "
        "a closed briefing to lawmakers on Thursday, put … deaths at' `nearly 2,000`; 'A Pentagon "
        "spokesman said last week' `some 11,000` still in Russia; the Kursk governor 'on Monday' "
        "`hundreds` of sappers at work (russia, near the front); 'NATO estimated in July' `over "
        "14,000` served in Russia (the month); the banker 'expects' “`tens of thousands`” before "
        "the war ends (vague, planned, other, `pub`); visitors, cats, acres, degrees, claws, "
        "ages, years, dollars, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Summer at the Haven &ndash; Palawai Cat Haven, Lanai</title>
<meta name="viewport" content="width=device-width">
<script>var haven = {page: "letters", gallery: "adopt"};</script>
</head>
<body>
<div id="cookies">One small cookie helps the adoption gallery remember which cats you have \
already met. <button>Okay</button></div>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/adopt">Adopt</a> | <a \
href="/letters">Letters</a> | <a href="/give">Give</a></nav>
<main>
<h1>Summer at the Haven</h1>
<p>Mahalo to everyone who came by in July. We welcomed 3,412 visitors, most of them day-trippers \
off the Maui ferry, and 27 cats went home with new families, four of them to the mainland. The \
Haven now looks after 612 cats on its three acres, and the new shade sails over the \
seniors&rsquo; enclosure went up just in time for the 91-degree afternoons.</p>
<p>Two of our summer helpers deserve a word. Oksana Melnyk, 29, a veterinary nurse from Kharkiv, \
has spent ten weeks with us and has trimmed, by her own count, more than 2,000 claws. Her older \
brother Pavlo is a combat medic in the Sumy region. Han Jae-sung, 61, a retired banker from Suwon \
who first came to Lanai for the golf, now arrives every morning with a bag of treats and stays \
until the afternoon feeding.</p>
<h2>Far from the island</h2>
<p>Oksana reads the news from home every night after the last feeding. Pavlo tells her that \
[[between 300 and 400]] North Koreans have dug in on the Russian side opposite his unit, \
&ldquo;quiet, patient, always digging.&rdquo;</p>
<p>North Korean state media reported on Sunday that [[1,000]] more deminers had left for Kursk to \
clear what the Russians had not. South Korea&rsquo;s spy agency, in a closed briefing to \
lawmakers on Thursday, put North Korean deaths at [[nearly 2,000]]. A Pentagon spokesman said \
last week that [[some 11,000]] North Korean troops were still in Russia, and the governor of \
Russia&rsquo;s Kursk region said on Monday that [[hundreds]] of North Korean sappers were at work \
in the fields around Sudzha. NATO estimated in July that [[over 14,000]] had served in Russia \
since last autumn.</p>
<p>Mr Han does not think it ends soon. He expects the North to send &ldquo;[[tens of \
thousands]]&rdquo; before it does, and then, he says, &ldquo;they will all come home to a country \
that pretends they never left.&rdquo;</p>
<h2>How you can help</h2>
<ul>
<li>Sponsor a cat for $25 a month, or a senior cat for $40.</li>
<li>Volunteer mornings: 8 to 11 a.m., closed-toe shoes please.</li>
<li>Our wish list: 40 fleece blankets and a second-hand golf cart &ndash; the old one has given \
up.</li>
</ul>
</main>
<footer>Palawai Cat Haven &middot; Lanai City, HI 96763 &middot; (808) 565-7204 &middot; <a \
href="/privacy">Privacy</a></footer>
</body>
</html>
""",
    claims=(
        C("between 300 and 400", None, "range", "near_front", "other", "pub",
          "the nurse relaying her brother, a combat medic ('Pavlo tells her', no day; the "
          "speaker quoted: other): dug in on the Russian side opposite his unit"),
        C("1,000", 1000, "exact", "near_front", "north_korea", "sun",
          "North Korean state media 'reported on Sunday' (10 August): 'more' deminers left for "
          "Kursk (increment, span without the word; clearing Kursk: near the front)", add=True),
        C("nearly 2,000", 2000, "approx", "casualties", "south_korea", "thu",
          "the NIS 'in a closed briefing to lawmakers on Thursday, put … deaths at' (7 August)"),
        C("some 11,000", 11000, "approx", "in_russia", "united_states", "lastweek",
          "'A Pentagon spokesman said last week': still in Russia"),
        C("hundreds", None, "vague", "near_front", "russia", "mon",
          "the Kursk governor 'said on Monday' (11 August): sappers at work around Sudzha"),
        C("over 14,000", 14000, "at_least", "in_russia", "nato", "2025-07-01..2025-07-31",
          "'NATO estimated in July' (the month): served in Russia since last autumn"),
        C("tens of thousands", None, "vague", "planned", "other", "pub",
          "the retired banker 'expects' (undated; 'he says'): sent before the war ends (a "
          "forecast: planned; a quoted phrase)"),
    ),
)

S12 = Source(
    article_id="s141_12_starlight_notes_aotea_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-11-24"),
    dated_by="sidecar",
    sidecar=(
        "Aotea Night Sky Tours",
        "https://www.aoteanightsky.example/notes/late-spring-2025",
        "Starlight Notes: Orion rises, a visitor from Yeongcheon, news from the north",
    ),
    features="a dark-sky tour operator's notes from Great Barrier Island (Aotea, New Zealand) in "
        "Markdown, windows-1252 with curly quotes and `–`, front matter without a date (sidecar, "
        "Monday) and a title without a figure; tours, meteors and prices first; a guide from "
        "Odesa and an amateur astronomer from Yeongcheon; the guide relaying her father, a "
        "signaller near Sumy, who 'On Saturday … told her on the phone' “`a handful` of them” "
        "(vague, other, from Saturday to publication); the NIS 'said on Thursday' `about 5,000` "
        "builders moving west by train and, by 'It also believes', `roughly 10,000` on the Kursk "
        "border; Zelensky 'warned on Friday' `up to 3,000` 'more' by spring (at_most, increment, "
        "planned); NATO officials 'early this month' `at least 2,000` killed (days 1-10); the US "
        "Indo-Pacific commander 'told a Senate hearing on 12 November' `around 15,000` passed "
        "through Russia; the astronomer 'puts the total at' `twenty thousand` (number words, "
        "other, `pub`); tours, meteors, dollars, ages, years, kilometres, hours, a phone number",
    text="""\
---
title: "Starlight Notes: Orion rises, a visitor from Yeongcheon, news from the north"
outlet: Aotea Night Sky Tours
section: notes
---

# Starlight Notes, late spring

Spring has been kind to us. We ran 23 tours in October and 19 so far this month, and on the \
clearest night, from the bluff above Medlands Beach, guests counted 14 meteors in an hour. The \
Milky Way's core has set for the season, but Orion is back, standing on his head as he always \
does down here. Tours run three nights a week at NZ$95 a head, NZ$60 for under-16s, blankets and \
hot chocolate included.

Our second guide this season is Daryna Kovalenko, 26, who studied astrophysics in Odesa and came \
to Aotea on a working-holiday visa after a drone strike cracked the dome of her university's old \
observatory. Among our guests last week was Choi Dong-hyun, 67, a retired schoolteacher and keen \
amateur astronomer from Yeongcheon, home of Korea's largest optical telescope.

## News from the northern sky

Between the Southern Cross and the Magellanic Clouds, guests wanted to talk about the war. \
Daryna's father is a signaller near Sumy. On Saturday he told her on the phone that North Korean \
drone teams now work opposite his position, “[[a handful]] of them, but very good.”

South Korea's intelligence service said on Thursday that [[about 5,000]] North Korean military \
builders were moving west across Russia by train. It also believes [[roughly 10,000]] troops \
remain on the Kursk border. President Zelensky warned on Friday that Pyongyang could send [[up to \
3,000]] more soldiers by spring. NATO officials said early this month that [[at least 2,000]] \
North Koreans had been killed, and the commander of US forces in the Indo-Pacific told a Senate \
hearing on 12 November that [[around 15,000]] had passed through Russia in the past year.

Mr Choi listened to all this with the patience of a man who has spent forty years waiting for \
clear skies. He puts the total at [[twenty thousand]], “and half of them will never speak of it.”

## Practical notes

- The island is 90 kilometres from Auckland; the ferry takes four and a half hours, the small \
planes 30 minutes.
- Tours start at the Claris hall car park at 9.30 p.m. and finish around midnight.
- Bookings: +64 9 429 0613 – we will call back if the forecast turns.
""",
    claims=(
        C("a handful", None, "vague", "near_front", "other", "sat..pub",
          "the guide relaying her father, a signaller, who 'On Saturday … told her on the phone' "
          "(22 November; the speaker quoted: other): drone teams opposite his position; from the "
          "call to publication"),
        C("about 5,000", 5000, "approx", "in_russia", "south_korea", "thu",
          "the NIS 'said on Thursday' (20 November): builders moving west across Russia"),
        C("roughly 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "same statement, carried by 'It also believes': on the Kursk border"),
        C("up to 3,000", 3000, "at_most", "planned", "ukraine", "fri",
          "Zelensky 'warned on Friday' (21 November): 'more' by spring (increment, planned)",
          add=True),
        C("at least 2,000", 2000, "at_least", "casualties", "nato", "2025-11-01..2025-11-10",
          "NATO officials 'said early this month' (days 1-10): killed"),
        C("around 15,000", 15000, "approx", "in_russia", "united_states", "2025-11-12",
          "the US Indo-Pacific commander 'told a Senate hearing on 12 November': passed through "
          "Russia in the past year"),
        C("twenty thousand", 20000, "exact", "in_russia", "other", "pub",
          "the amateur astronomer 'puts the total at' (undated): in all (number words)"),
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
