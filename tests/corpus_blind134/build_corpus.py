"""Build the HUNDRED-AND-THIRTY-FOURTH BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-thirty-sixth corpus, for an honest measurement on articles the extractor has
never met, written in session 15 without opening the extractor, its lexicons or the topic file,
and without running it. Ordinary news from outlets and angles the other corpora do not have: a
damask hand-weaving workshop's customer letter from Großschönau in the Zittau mountains with a
Ukrainian weaver from Reshetylivka, a mountain inn's guest letter from Lückendorf with a Korean
cook from Busan, a crystal hunters' and mineral collectors' club letter from Bramberg am
Wildkogel in the Pinzgau (Austrian conventions) with a geologist from Kryvyi Rih, a sawmill
co-operative's bulletin from Santa Maria in the Val Müstair (Swiss conventions) with a forestry
student from Chuncheon, a luge club's news from Oberhof in the Thuringian Forest with a Korean
junior team and a girl from Lviv, a show-mine support society's guides' letter from Bodenmais
with a mining engineer from Pavlohrad; an agency-style wire report from Kingston on Norfolk
Island on a storm-bound Korean yachtsman, a readers' letters page from a Daajing Giids weekly on
Haida Gwaii with letters quoting relatives, a kentia palm seed nursery's customer letter from
Lord Howe Island, a coach-tour operator's passenger newsletter from Burnt Pine on Norfolk Island,
a sea-kayak outfitter's season letter from Sandspit on Haida Gwaii and a vegetable-box farm's
notes from Tlell. Same file format, marker syntax and labelling conventions as the other corpora
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
BASE_NAME = "_blind134_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Zittau mountains, Pinzgau, Val Müstair, Thuringian Forest, Bavarian Forest)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="b134_01_webstube_grossschoenau_html",
    language="de", fmt="html", encoding="utf-8", published=day("2024-11-20"),
    dated_by="html_meta",
    features="a damask hand-weaving workshop's customer letter from Großschönau (Zittau mountains, "
        "Upper Lusatia) in HTML, UTF-8, `article:published_time` +01:00 (Wednesday), a cookie note "
        "about the pattern card, a page script, navigation, a footer with a phone number; "
        "`<title>` and headline without a figure; a Ukrainian weaver from Reshetylivka relaying "
        "her nephew's voice message 'Am Sonntag' `einige hundert` dug in opposite his post (other, "
        "Sunday); the NIS 'am Montag' before the intelligence committee `mehr als 10.000` in "
        "Russia and, reported by lawmakers after the session, `rund 8.000` of them in Kursk (a "
        "breakdown); Zelensky 'am Wochenende' `11.000` (Saturday-Sunday); the State Department 'am "
        "vergangenen Donnerstag' `etwa 15.000` by the end of the year (planned); HUR 'geht … davon "
        "aus' `bis zu 5.000` 'weitere' (increment, at_most, `pub`); a NATO spokesman 'vergangene "
        "Woche … nur' `mehrere tausend` in combat; Russia's losses in October, warp threads, "
        "metres, ages, years, visitors, euros, course places, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Webstubenbrief November &middot; Handweberei Lindner, Großschönau</title>
<meta property="article:published_time" content="2024-11-20T08:30:00+01:00">
<meta property="og:site_name" content="Handweberei Lindner">
<script>window.webstube={brief:"2024-11",musterkarte:null};</script>
</head>
<body>
<div id="cookie">Ein Cookie merkt sich, welche Musterkarte Sie zuletzt angesehen haben &ndash; \
sonst nichts. <button>Verstanden</button></div>
<nav><a href="/">Start</a> | <a href="/damast">Damast &amp; Frottier</a> | <a \
href="/kurse">Webkurse</a> | <a href="/brief">Webstubenbrief</a> | <a \
href="/kontakt">Kontakt</a></nav>
<article>
<h1>Halyna am Jacquardstuhl</h1>
<p class="vorspann">Seit zwei Wintern webt eine Frau aus Reschetyliwka bei uns Tischwäsche. In \
Gedanken ist sie oft bei ihrem Neffen an der Grenze zum Gebiet Kursk.</p>
<p>Wer die Webstube an der Hauptstraße betritt, hört Halyna Bondar, bevor er sie sieht. Die \
54-Jährige sitzt am großen Jacquardstuhl aus dem Jahr 1928 und wirft das Schiffchen durch 2.400 \
Kettfäden. Daheim im Gebiet Poltawa hat sie drei Jahrzehnte lang Rushnyky und Teppiche gewebt; \
hier entstehen unter ihren Händen Damasttücher mit dem alten Oberlausitzer Rosenmuster. Für ein \
Tuch von 1,60 auf 2,40 Meter braucht sie gut vier Tage.</p>
<p>Ihr Neffe Andrij, 23, steuert Aufklärungsdrohnen im Gebiet Sumy. Am Sonntag kam eine \
Sprachnachricht von ihm: Drüben, auf der russischen Seite gegenüber seiner Stellung, lägen \
inzwischen [[einige hundert]] Nordkoreaner in frisch ausgehobenen Gräben. &bdquo;Er sagt, sie \
gehen in langen Reihen über die Felder, fast wie bei einer Parade&ldquo;, erzählt Halyna und \
schüttelt den Kopf.</p>
<h2>Die Zahlen der Regierungen</h2>
<p>Der südkoreanische Geheimdienst NIS hat am Montag den Geheimdienstausschuss in Seoul \
unterrichtet. Demnach sind [[mehr als 10.000]] nordkoreanische Soldaten in Russland, und [[rund \
8.000]] von ihnen stünden schon im Gebiet Kursk, berichteten Abgeordnete nach der Sitzung. \
Präsident Wolodymyr Selenskyj nannte am Wochenende die Zahl von [[11.000]] Nordkoreanern im Raum \
Kursk, die dort ausgebildet und an die Front geschickt würden.</p>
<p>Das US-Außenministerium erklärte am vergangenen Donnerstag, es rechne damit, dass bis zum \
Jahresende [[etwa 15.000]] Soldaten aus Nordkorea in Russland sein könnten. Der ukrainische \
Militärgeheimdienst geht außerdem davon aus, dass Pjöngjang im Winter [[bis zu 5.000]] weitere \
schickt. Ein Nato-Sprecher sagte vergangene Woche in Brüssel nur, [[mehrere tausend]] hätten sich \
bereits an Gefechten beteiligt.</p>
<p>Die russischen Verluste allein im Oktober gibt der ukrainische Generalstab mit fast 42.000 Mann \
an. Halyna liest solche Zahlen nicht mehr. &bdquo;Ich zähle Fäden, das reicht mir&ldquo;, sagt \
sie.</p>
<h2>Aus der Webstube</h2>
<p>Zum Tag der offenen Webstube kamen gut 120 Gäste. Ein Tischtuch im Rosenmuster kostet 380 Euro, \
Servietten gibt es ab 18 Euro das Stück. Im Dezember bieten wir wieder zwei Webkurse für je sechs \
Teilnehmer an.</p>
</article>
<footer>Handweberei Lindner &middot; Hauptstraße 51 &middot; 02779 Großschönau &middot; Telefon \
035841 63 19 07 &middot; <a href="/impressum">Impressum</a></footer>
<script src="/js/musterkarte.js?v=2"></script>
</body>
</html>
""",
    claims=(
        C("einige hundert", None, "vague", "near_front", "other", "sun",
          "a weaver relaying her nephew's voice message that came 'Am Sonntag' (17 November; the "
          "speaker quoted: other), Konjunktiv: dug in opposite his post on the Russian side"),
        C("mehr als 10.000", 10000, "at_least", "in_russia", "south_korea", "mon",
          "the NIS 'hat am Montag den Geheimdienstausschuss … unterrichtet' (Wednesday letter): in "
          "Russia"),
        C("rund 8.000", 8000, "approx", "near_front", "south_korea", "mon",
          "same briefing, 'berichteten Abgeordnete nach der Sitzung' (lawmakers it briefed: "
          "south_korea): 'von ihnen' in Kursk (a breakdown)"),
        C("11.000", 11000, "exact", "near_front", "ukraine", "2024-11-16..2024-11-17",
          "Zelensky 'am Wochenende' (Saturday-Sunday before the Wednesday): in the Kursk area"),
        C("etwa 15.000", 15000, "approx", "planned", "united_states", "thu",
          "the State Department 'am vergangenen Donnerstag' (14 November), 'rechne damit': by the "
          "end of the year (a forecast)"),
        C("bis zu 5.000", 5000, "at_most", "planned", "ukraine", "pub",
          "HUR 'geht … davon aus' (undated): 'weitere' in the winter (increment after the figure, "
          "planned)", add=True),
        C("mehrere tausend", None, "vague", "near_front", "nato", "lastweek",
          "a NATO spokesman 'sagte vergangene Woche … nur': already in combat"),
    ),
)

S02 = Source(
    article_id="b134_02_gaestebrief_lueckendorf",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-17"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Bergbaude Lückendorf – Gästebrief",
        "https://www.bergbaude-lueckendorf.example/gaestebrief/januar-2025",
        "Gästebrief im Januar: Schnee am Hochwald und ein Koch aus Busan",
    ),
    features="a mountain inn's guest letter from Lückendorf (Zittau mountains) as plain text, "
        "windows-1252 with CRLF (`„“`, `–`, `·`), no date in the file (sidecar, Friday); snow, "
        "rooms and the sledging meadow first; a Korean cook from Busan relaying his brother, a "
        "conscript near Yeoncheon ('Sein Bruder sage, unter den Offizieren gehe man davon aus'), "
        "`zehntausend` to be sent 'noch einmal' in spring (number word, increment, planned, other, "
        "`pub`); Zelensky 'Am 11. Januar' `zwei` wounded prisoners (number word, casualties) and "
        "'Schon Ende Dezember' `mehr als 3.000` dead and wounded; the NIS 'am Montag' `etwa 300` "
        "fallen and `2.700` wounded; 'Im Pentagon rechnet man' `rund 11.000` in the region "
        "(`pub`); a NATO diplomat 'schätzte am Mittwoch' `bis zu 4.000` dead and wounded; "
        "centimetres of snow, rooms, hours, ages, dates, euros, a phone number",
    text="""\
Bergbaude Lückendorf – Gästebrief im Januar

Liebe Gäste, liebe Freunde der Baude,

der Winter meint es gut mit uns. Seit Neujahr liegen am Hochwald 35 Zentimeter Schnee, die Loipe \
hinüber nach Oybin ist gespurt, und an den Wochenenden sind alle 14 Zimmer belegt. Die Rodelwiese \
hinter dem Haus ist jetzt bis 21 Uhr beleuchtet.

Neu in der Küche: Do-yun aus Busan

Seit Oktober kocht bei uns Kim Do-yun, 29, der in Busan Hotelfach gelernt hat und über ein \
Austauschprogramm der Handwerkskammer zu uns kam. Seine Krautwickel mit Kimchi-Füllung sind \
inzwischen so gefragt wie die Heidelbeerplinsen. Sein jüngerer Bruder leistet gerade den \
Wehrdienst in einer Einheit bei Yeoncheon, wenige Kilometer vor der Demarkationslinie.

Die beiden telefonieren fast jeden Abend. In der Kaserne, erzählt Do-yun, rede man seit Wochen \
über kaum etwas anderes als über die Landsleute aus dem Norden in Russland. Sein Bruder sage, \
unter den Offizieren gehe man davon aus, dass Kim im Frühjahr noch einmal [[zehntausend]] \
nachschicke.

Was Kiew und Seoul berichten

Die Nachrichtenlage ist in diesem Monat dichter geworden. Am 11. Januar meldete Präsident \
Selenskyj, ukrainische Soldaten hätten im Gebiet Kursk [[zwei]] verwundete Nordkoreaner gefangen \
genommen; Videos der Verhöre folgten wenige Tage später. Schon Ende Dezember hatte er die \
nordkoreanischen Verluste mit [[mehr als 3.000]] Toten und Verwundeten angegeben.

Der südkoreanische Geheimdienst legte am Montag eigene Zahlen vor: [[etwa 300]] Nordkoreaner seien \
gefallen, [[2.700]] verwundet. Die Einheiten würden schlecht geführt und schickten ihre Leute ohne \
Deckung über offenes Gelände, erklärte der Dienst. Im Pentagon rechnet man weiterhin mit [[rund \
11.000]] nordkoreanischen Soldaten in der Region. Ein Nato-Diplomat schätzte am Mittwoch in \
Brüssel die Zahl der Toten und Verletzten auf [[bis zu 4.000]].

Do-yun sagt, er verstehe nicht, wie die Eltern im Norden das aushalten. „Bei uns zählt jede Mutter \
die Tage bis zum Ende des Wehrdienstes. Die Mütter drüben wissen nicht einmal, wo ihre Söhne sind.“

Termine

- Vollmondwanderung zum Scharfenstein: Samstag, 15. Februar, Treffpunkt 18 Uhr an der Baude
- Schlachtfest am 1. März, wir bitten um Voranmeldung
- Übernachtung mit Frühstück ab 58 Euro pro Person, Kinder bis 6 Jahre frei

Bergbaude Lückendorf · Telefon 035844 7 31 62 · Montag Ruhetag
""",
    claims=(
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a cook relaying his conscript brother ('Sein Bruder sage, unter den Offizieren gehe man "
          "davon aus', no day; the speaker quoted: other): 'noch einmal … nachschicke' in spring "
          "(number word, increment, planned)", add=True),
        C("zwei", 2, "exact", "casualties", "ukraine", "2025-01-11",
          "Zelensky 'Am 11. Januar meldete': wounded North Koreans taken prisoner (captured; "
          "number word)"),
        C("mehr als 3.000", 3000, "at_least", "casualties", "ukraine", "2024-12-21..2024-12-31",
          "Zelensky 'Schon Ende Dezember' (day 21 to the month's end): dead and wounded"),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "mon",
          "the NIS 'legte am Montag … vor' (13 January, Friday letter), Konjunktiv: fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "mon",
          "same statement: wounded"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "pub",
          "'Im Pentagon rechnet man weiterhin mit' (undated): in the region (Kursk, named before)"),
        C("bis zu 4.000", 4000, "at_most", "casualties", "nato", "wed",
          "a NATO diplomat 'schätzte am Mittwoch in Brüssel' (15 January): dead and wounded"),
    ),
)

S03 = Source(
    article_id="b134_03_strahlerbrief_bramberg_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-02-21"),
    dated_by="sidecar",
    sidecar=(
        "Strahler- und Mineraliensammlerverein Oberpinzgau",
        "https://www.strahler-oberpinzgau.example/vereinsbrief/2025-1",
        "Vereinsbrief Feber 2025",
    ),
    features="a crystal hunters' and mineral collectors' club letter from Bramberg am Wildkogel "
        "(Pinzgau, Salzburg) in Markdown, UTF-16 LE with BOM, front matter without a date "
        "(sidecar, Friday) and a title without a figure, Austrian conventions (`Jänner`, `Feber`, "
        "`heuer`, `Vorige Woche`); the annual meeting, fees and the swap meet first; a geologist "
        "from Kryvyi Rih relaying her husband, a medic in Kursk, on the phone 'Vorige Woche' "
        "`mehrere Hundert` dead counted in his sector (other, `lastweek`); the NIS 'am Mittwoch' "
        "`Etwa 4.000` killed or wounded (sentence-initial hedge, carried 'teilte der Dienst … "
        "mit'); a State Department spokesman 'Anfang Feber' `rund 11.000` sent, many moved back to "
        "camps (in Russia); HUR 'Nach Angaben' `bis zu 3.000` retrained far behind the front (in "
        "Russia, `pub`); Zelensky in Munich 'am 15. Feber' `Zehntausende` 'weitere' (vague "
        "increment, planned); 'Aus dem Nato-Hauptquartier hieß es am Dienstag' `einige tausend` "
        "still stationed; 'In österreichischen Zeitungen war zuletzt … die Rede' `12.000` "
        "(unattributed, required); members, fees, tables, carats, altitude metres, years, dates, a "
        "phone number",
    text="""\
---
title: "Vereinsbrief Feber 2025"
verein: Strahler- und Mineraliensammlerverein Oberpinzgau, Bramberg am Wildkogel
ausgabe: 1/2025
---

# Vereinsbrief Feber 2025

Liebe Strahlerinnen und Strahler,

zur Jahreshauptversammlung im Jänner kamen 63 Mitglieder, so viele wie lange nicht. Der Vorstand \
wurde bestätigt, der Mitgliedsbeitrag bleibt heuer bei 35 Euro. Für die Tauschbörse am 10. Mai im \
Kulturhaus sind schon 22 Tische vergeben; Smaragde aus dem Habachtal dürfen nur mit Fundnachweis \
angeboten werden, und nichts über 5 Karat ohne Gutachten.

## Oksana und ihr Quarz aus Krywyj Rih

Seit dem Sommer 2023 ist Oksana Melnyk bei uns Mitglied. Die Geologin aus Krywyj Rih arbeitet in \
einem Labor in Uttendorf und bringt zu jedem Stammtisch ein Stück aus ihrer Sammlung mit, zuletzt \
einen Bergkristall aus den Erzgruben ihrer Heimatstadt. Ihr Mann Serhij ist Sanitäter in einer \
Brigade, die im Gebiet Kursk liegt.

Vorige Woche hat er sie angerufen. In seinem Abschnitt, habe Serhij erzählt, seien die \
Nordkoreaner seit Mitte Jänner kaum noch zu sehen; davor habe man dort [[mehrere Hundert]] Tote \
gezählt, die auf den verschneiten Feldern liegen blieben. „Er sagt, sie sind weg. Aber keiner bei \
ihm glaubt, dass sie nicht wiederkommen“, erzählt Oksana.

## Was Seoul, Washington und Kiew sagen

Der südkoreanische Geheimdienst bestätigte am Mittwoch, dass die nordkoreanischen Truppen seit \
einigen Wochen aus den vordersten Stellungen abgezogen seien. [[Etwa 4.000]] von ihnen seien \
getötet oder verwundet worden, teilte der Dienst den Abgeordneten mit; eine neue Welle hält er für \
möglich.

Ähnlich klang Anfang Feber ein Sprecher des US-Außenministeriums: Pjöngjang habe [[rund 11.000]] \
Mann entsandt, ein guter Teil davon sei inzwischen in Lager im Hinterland zurückgezogen worden. \
Nach Angaben des ukrainischen Militärgeheimdienstes werden dort derzeit [[bis zu 3.000]] weit \
hinter der Front neu ausgebildet. Präsident Selenskyj warnte am 15. Feber auf der \
Sicherheitskonferenz in München, Kim halte [[Zehntausende]] weitere Soldaten bereit.

Aus dem Nato-Hauptquartier hieß es am Dienstag, [[einige tausend]] Nordkoreaner seien weiterhin in \
Russland stationiert. In österreichischen Zeitungen war zuletzt von [[12.000]] Mann insgesamt die \
Rede.

## Termine

- Stammtisch: jeden ersten Freitag im Monat, 19 Uhr, Gasthof Senningerbräu
- Sammeltour ins Habachtal am 7. Juni: Treffpunkt 6.30 Uhr, rund 1.100 Höhenmeter
- Obmann Toni Rieder, Telefon 06566 72 48
""",
    claims=(
        C("mehrere Hundert", None, "vague", "casualties", "other", "lastweek",
          "a geologist relaying her husband, a medic, who 'Vorige Woche … angerufen' (the speaker "
          "quoted: other), Konjunktiv: dead counted in his sector before mid-January"),
        C("Etwa 4.000", 4000, "approx", "casualties", "south_korea", "wed",
          "the NIS 'bestätigte am Mittwoch' (19 February), carried by 'teilte der Dienst den "
          "Abgeordneten mit': killed or wounded (sentence-initial hedge)"),
        C("rund 11.000", 11000, "approx", "in_russia", "united_states", "2025-02-01..2025-02-10",
          "a State Department spokesman 'Anfang Feber' (days 1-10): sent by Pyongyang, many moved "
          "back to camps"),
        C("bis zu 3.000", 3000, "at_most", "in_russia", "ukraine", "pub",
          "'Nach Angaben des ukrainischen Militärgeheimdienstes' (undated): retrained far behind "
          "the front"),
        C("Zehntausende", None, "vague", "planned", "ukraine", "2025-02-15",
          "Zelensky 'warnte am 15. Feber … in München': 'weitere' held ready (vague increment, "
          "planned)", add=True),
        C("einige tausend", None, "vague", "in_russia", "nato", "tue",
          "'Aus dem Nato-Hauptquartier hieß es am Dienstag' (18 February): still stationed in "
          "Russia"),
        C("12.000", 12000, "exact", "in_russia", "unattributed", "pub",
          "'In österreichischen Zeitungen war zuletzt … die Rede' (press reports without a source: "
          "unattributed, required): in all"),
    ),
)

S04 = Source(
    article_id="b134_04_saegerei_santa_maria_mitteilungen",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-06-13"),
    dated_by="dateline",
    features="a sawmill co-operative's bulletin to its members from Santa Maria in the Val Müstair "
        "(Graubünden) as plain text, ISO-8859-1 (Swiss conventions: `ss`, «», `1'180`, `18'400`, "
        "`15'000`, `11'000`, `20'000 bis 30'000`, 4-digit `4700`/`3000`), dated by the place line "
        "'Santa Maria Val Müstair, 13. Juni 2025' (Friday); timber, the new saw and the general "
        "meeting first; a forestry student from Chuncheon quoting her father, a retired major, "
        "«schätzt» `20'000 bis 30'000` by the end (range, planned, other, `pub`); the NIS 'seit "
        "Anfang Juni' `rund 15'000` sent and 'davon' `gegen 4700` fallen or wounded ('gegen' as "
        "approx, a breakdown); Russia's general staff 'am 26. April' `mehreren tausend` who fought "
        "to retake Kursk (russia, in combat); the State Department 'am Dienstag' `mindestens 3000` "
        "'zusätzlich' (increment, at_least); HUR 'Nach Einschätzung' `etwa 11'000` in the border "
        "area (`pub`); North Korean television 'vergangene Woche' portraits of `mehr als 100` "
        "fallen; Pyongyang's admission 'Ende April' without a figure; cubic metres, per cent, "
        "members, francs, ages, altitude, dates, a phone number",
    text="""\
Sägerei-Genossenschaft Val Müstair
Mitteilungen an die Genossenschafterinnen und Genossenschafter, Nr. 2/2025

Santa Maria Val Müstair, 13. Juni 2025

Liebe Genossenschafterinnen und Genossenschafter

Das Frühjahr war gut für unsere Säge. Bis Ende Mai haben wir 1'180 Festmeter Lärchen- und \
Fichtenholz eingeschnitten, mehr als je zuvor in dieser Jahreszeit. Das neue Gatter läuft ruhig, \
und der Strombedarf ist um 14 Prozent gesunken. An der Generalversammlung vom 23. Mai waren 41 von \
96 Genossenschaftern anwesend; die Rechnung schliesst mit einem Gewinn von 18'400 Franken.

Eine Praktikantin aus Chuncheon

Seit April hilft uns Park Min-seo, 24, Forststudentin aus Chuncheon in der Provinz Gangwon. Sie \
schreibt eine Arbeit über die Lärche im Alpenraum und vermisst jeden Stamm, der auf den Platz \
kommt. In der Znünipause reden wir oft über Korea, denn ihr Vater, ein pensionierter Major, \
verfolgt die Lage genau.

«Mein Vater schätzt, dass am Ende [[20'000 bis 30'000]] Soldaten aus dem Norden in Russland \
gewesen sein werden», sagt Min-seo. «Er sagt, Pjöngjang zahlt mit Menschen für das, was es von \
Moskau bekommt.»

Die Zahlen, die Regierungen nennen, sind kleiner. Der südkoreanische Geheimdienst geht seit Anfang \
Juni von [[rund 15'000]] nordkoreanischen Soldaten aus, die seit dem letzten Herbst nach Russland \
geschickt worden seien; [[gegen 4700]] davon seien gefallen oder verwundet. Ende April hatte \
Pjöngjang den Einsatz im Gebiet Kursk erstmals offen zugegeben, allerdings ohne eine Zahl zu \
nennen. Russlands Generalstab sprach am 26. April von [[mehreren tausend]] Koreanern, die bei der \
Rückeroberung des Gebiets mitgekämpft hätten.

Das amerikanische Aussenministerium teilte am Dienstag mit, im Frühjahr seien [[mindestens 3000]] \
Mann zusätzlich nach Russland verlegt worden. Nach Einschätzung des ukrainischen \
Militärgeheimdienstes halten sich derzeit [[etwa 11'000]] Nordkoreaner im russischen Grenzgebiet \
zur Ukraine auf. Das nordkoreanische Fernsehen zeigte vergangene Woche eine Trauerfeier mit den \
Bildern von [[mehr als 100]] Gefallenen.

Min-seo fährt Ende August nach Hause. «Bei uns sagt man: Wer Bäume pflanzt, denkt an die Enkel», \
sagt sie. «Im Norden denkt gerade niemand an die Enkel.»

Hinweise

- Holzmarkt am 5. Juli auf dem Platz in Müstair, ab 9 Uhr
- Lärchenschindeln ab 2.40 Franken das Stück, Bestellungen bis Ende Juli
- Die Säge liegt auf 1375 Metern; Anlieferung nur werktags
- Verwaltung: Telefon 081 858 61 40
""",
    claims=(
        C("20'000 bis 30'000", None, "range", "planned", "other", "pub",
          "a forestry student quoting her father, a retired major («Mein Vater schätzt», no day; "
          "the speaker quoted: other): 'am Ende … gewesen sein werden' (a forecast)"),
        C("rund 15'000", 15000, "approx", "in_russia", "south_korea", "2025-06-01..2025-06-10",
          "the NIS 'geht seit Anfang Juni von … aus' (days 1-10): sent to Russia since the autumn"),
        C("gegen 4700", 4700, "approx", "casualties", "south_korea", "2025-06-01..2025-06-10",
          "same estimate, Konjunktiv: 'davon' fallen or wounded ('gegen' as approx, a breakdown)"),
        C("mehreren tausend", None, "vague", "near_front", "russia", "2025-04-26",
          "Russia's general staff 'sprach am 26. April von': fought to retake the Kursk region"),
        C("mindestens 3000", 3000, "at_least", "in_russia", "united_states", "tue",
          "the State Department 'teilte am Dienstag mit' (10 June): 'zusätzlich' moved to Russia "
          "in spring (increment after the figure)", add=True),
        C("etwa 11'000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): in the border "
          "area"),
        C("mehr als 100", 100, "at_least", "casualties", "north_korea", "lastweek",
          "North Korean television 'zeigte vergangene Woche' a memorial with portraits of the "
          "fallen"),
    ),
)

S05 = Source(
    article_id="b134_05_rodelclub_oberhof_md",
    language="de", fmt="md", encoding="utf-8-sig", published=day("2025-10-16"),
    dated_by="front_matter",
    features="a luge club's news from Oberhof (Thuringian Forest) in Markdown, UTF-8 with BOM, "
        "front matter with `date:` (Thursday) and a title without a figure; the iced track, "
        "juniors and speeds first; a girl from Lviv relaying her father, an artillery officer in "
        "Sumy region, 'Am Wochenende' `ein paar Dutzend` North Korean gun crews across the border "
        "(other, Saturday-Sunday); the NIS 'am Dienstag' `etwa 11.000` stationed and `rund 2.000` "
        "fallen and, Konjunktiv 'Der Dienst rechne außerdem damit', `5.000` military builders "
        "'noch … nachschickt' (increment, planned); a Korean luge coach 'glaubt' `nicht mehr als "
        "15.000` ('nicht mehr als' as at_most, other, `pub`); KCNA's `mehrere hundert` Kursk "
        "veterans at the parade 'am vergangenen Freitag' (returnees: optional); Russia's defence "
        "minister 'am Mittwoch' thanking `Tausenden` deminers in Kursk (russia, near the front); "
        "the club's own 'Zählt man … zusammen' `mindestens 13.000` (unattributed, required); "
        "athletes, metres, bends, speeds, years, ages, euros, dates, a phone number",
    text="""\
---
title: "Clubnachrichten Oktober: Eis in der Bahn"
date: 2025-10-16
verein: Rodelclub am Rennsteig Oberhof e.V.
---

# Eis in der Bahn

Seit Montag ist die Kunsteisbahn wieder vereist, und unsere 38 Nachwuchsrodler dürfen endlich vom \
Juniorenstart hinunter. Die Bahn misst 1.354 Meter mit 15 Kurven; die Schnellsten unserer Jugend \
erreichen im Training schon Tempo 105.

## Gäste aus Pyeongchang und Lwiw

Zwei Wochen lang trainiert bei uns die südkoreanische Nachwuchsmannschaft, sieben Athleten mit \
ihrem Trainer Lee Jae-won, der 2018 die Olympiabahn in Pyeongchang mit vorbereitet hat. Im \
Sportinternat wohnt außerdem seit dem Sommer Solomija, 16, aus Lwiw; ihr Vater ist Offizier in \
einer Artillerieeinheit im Gebiet Sumy.

Am Wochenende hat Solomija lange mit ihm telefoniert. Nach seinen Worten feuern von der anderen \
Seite der Grenze seit dem Sommer nordkoreanische Geschützmannschaften herüber, [[ein paar \
Dutzend]] allein gegenüber seinem Abschnitt.

Trainer Lee liest jeden Morgen die Zeitungen aus Seoul. Der Geheimdienst NIS hatte am Dienstag vor \
Abgeordneten erklärt, in Russland seien derzeit [[etwa 11.000]] nordkoreanische Soldaten \
stationiert, [[rund 2.000]] seien seit dem vergangenen Herbst gefallen. Der Dienst rechne außerdem \
damit, dass Pjöngjang bis zum Winter noch [[5.000]] Militärbauarbeiter nachschickt.

Lee selbst glaubt, dass es [[nicht mehr als 15.000]] Mann insgesamt waren. „Mehr kann der Norden \
nicht entbehren, ohne dass es zu Hause auffällt“, sagt er.

Unter den Marschierenden der großen Parade in Pjöngjang am vergangenen Freitag waren laut KCNA \
[[mehrere hundert]] Heimkehrer aus Kursk. Russlands Verteidigungsminister dankte am Mittwoch in \
Moskau [[Tausenden]] nordkoreanischen Pionieren, die im Gebiet Kursk noch immer Minen räumen. \
Zählt man die Gefallenen und die Stationierten aus Seoul zusammen, waren es also [[mindestens \
13.000]].

Solomija will im Januar beim Jugendpokal starten. Ihr Vater hat versprochen, zuzusehen, per Video, \
wenn die Verbindung hält.

## Aus dem Club

- Kuchenbasar am Startturm: Samstag, 25. Oktober, ab 13 Uhr
- Der Jahresbeitrag für Jugendliche bleibt bei 60 Euro, für Erwachsene bei 95 Euro.
- Schlittenwerkstatt: dienstags 17 bis 19 Uhr, Anmeldung bei Jens Kählert, Telefon 036842 2 19 83
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "2025-10-11..2025-10-12",
          "a girl relaying her father, an artillery officer, on the phone 'Am Wochenende' (the "
          "speaker quoted: other): gun crews firing from across the border"),
        C("etwa 11.000", 11000, "approx", "in_russia", "south_korea", "tue",
          "the NIS 'hatte am Dienstag vor Abgeordneten erklärt' (14 October): stationed in Russia"),
        C("rund 2.000", 2000, "approx", "casualties", "south_korea", "tue",
          "same statement, Konjunktiv: fallen since the autumn"),
        C("5.000", 5000, "exact", "planned", "south_korea", "tue",
          "same briefing, carried by Konjunktiv 'Der Dienst rechne außerdem damit': 'noch … "
          "nachschickt' by winter (increment, planned)", add=True),
        C("nicht mehr als 15.000", 15000, "at_most", "in_russia", "other", "pub",
          "a Korean luge coach 'glaubt' (undated): in all ('nicht mehr als' as at_most)"),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "KCNA: Kursk veterans marching at the parade 'am vergangenen Freitag' (10 October; "
          "returnees: optional)", opt=True),
        C("Tausenden", None, "vague", "near_front", "russia", "wed",
          "Russia's defence minister 'dankte am Mittwoch in Moskau' (15 October): deminers still "
          "clearing the Kursk region"),
        C("mindestens 13.000", 13000, "at_least", "in_russia", "unattributed", "pub",
          "the club's own sum 'Zählt man die Gefallenen und die Stationierten … zusammen' (the "
          "outlet's arithmetic: unattributed, required)"),
    ),
)

S06 = Source(
    article_id="b134_06_fuehrerbrief_bodenmais_html",
    language="de", fmt="html", encoding="latin-1", published=day("2025-04-10"),
    dated_by="sidecar",
    sidecar=(
        "Förderverein Silberberg-Stollen Bodenmais",
        "https://www.silberberg-stollen.example/fuehrerbrief/april-2025",
        "Führerbrief April: Der Stollen öffnet",
    ),
    features="a show-mine support society's letter to its guides from Bodenmais (Bavarian Forest) "
        "in HTML, ISO-8859-1 with quotes and dashes only as entities (`&bdquo;`, `&ldquo;`, "
        "`&ndash;`, `&#268;`), no meta date (sidecar, Thursday), a cookie note about the language "
        "choice, a ticket script, navigation, a footer with a phone number; `<title>` and headline "
        "without a figure; the season, tunnel metres and fares first; a mining engineer from "
        "Pavlohrad relaying his brother, a sapper, 'am Telefon' `ein paar hundert` back in the "
        "woods opposite (other, `pub`); Ukrainians in the district (not a claim); the NIS 'Ende "
        "März' `rund 3.000` 'zusätzliche' (increment, day 21 to the month's end) and, Konjunktiv, "
        "`etwa 4.700` killed or wounded; Zelensky 'am Montag' `mehrere tausend` back at the front; "
        "a US general 'am Donnerstag vergangener Woche' before the Senate armed services committee "
        "`knapp 11.000` ('knapp' as approx, an ISO date); 'Laut dem ukrainischen "
        "Militärgeheimdienst' 'weitere' `2.000 bis 3.000` by the summer (range increment, the word "
        "before the span, planned, `pub`); 'Ukrainische Medien berichten' `bis zu 20.000` waiting "
        "in the Far East (unattributed, planned); visitors, tunnel metres, euros, helmets for 40 "
        "guests, ages, years, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="iso-8859-1">
<title>Führerbrief &ndash; Silberberg-Stollen Bodenmais</title>
<meta name="description" content="Mitteilungen des Fördervereins an Gästeführer und Mitglieder">
<script>var stollen={saison:2025,kasse:"/tickets",sprache:"de"};</script>
</head>
<body>
<div class="cookie-banner">Diese Seite merkt sich nur Ihre Sprachwahl (Deutsch, English, \
&#268;esky). <a href="#">OK</a></div>
<nav><a href="/">Stollen</a> &middot; <a href="/fuehrungen">Führungen</a> &middot; <a \
href="/verein">Förderverein</a> &middot; <a href="/fuehrerbrief">Führerbrief</a></nav>
<main>
<h1>Der Stollen öffnet &ndash; mit einem Bergmann aus Pawlohrad</h1>
<p>Liebe Führerinnen und Führer, ab dem 18. April fährt die Grubenbahn wieder ein. Im vergangenen \
Jahr kamen gut 31.000 Besucher in den Berg, so viele wie nie. Die Führung durch die 540 Meter des \
alten Erbstollens kostet heuer 12 Euro, Kinder zahlen 7 Euro.</p>
<p>Neu im Team ist Mykola Sawtschuk, 47. Er war Bergbauingenieur in den Kohlegruben von Pawlohrad \
und lebt seit 2022 mit seiner Familie in Bodenmais; im Landkreis Regen wohnen inzwischen rund 900 \
Ukrainer. Mykola führt auf Deutsch, Englisch und Ukrainisch und kennt jede Störung im Gneis.</p>
<p>Sein Bruder Taras räumt als Pionier Minen, nur wenige Kilometer vor der Grenze zum Gebiet \
Kursk. &bdquo;Taras hat mir am Telefon gesagt, in den Wäldern gegenüber seien wieder [[ein paar \
hundert]] Nordkoreaner aufgetaucht&ldquo;, erzählt Mykola. &bdquo;Im Winter waren sie weg. Jetzt \
graben sie wieder.&ldquo;</p>
<h2>Die Lage im Frühjahr</h2>
<p>Der südkoreanische Geheimdienst hatte Ende März berichtet, Pjöngjang habe im Januar und Februar \
[[rund 3.000]] zusätzliche Soldaten nach Russland gebracht. Die Verluste beziffere er inzwischen \
auf [[etwa 4.700]] Tote und Verwundete. Präsident Selenskyj sagte am Montag, Nordkoreaner seien \
wieder an der Front im Einsatz, [[mehrere tausend]] Mann.</p>
<p>Ein hoher US-General erklärte am Donnerstag vergangener Woche vor dem Streitkräfteausschuss des \
Senats, [[knapp 11.000]] Nordkoreaner hielten sich noch in Russland auf. Laut dem ukrainischen \
Militärgeheimdienst werden bis zum Sommer weitere [[2.000 bis 3.000]] erwartet. Ukrainische Medien \
berichten sogar von [[bis zu 20.000]], die im Fernen Osten auf einen zweiten Einsatz warteten. \
Russland schweigt zu alledem.</p>
<p>Mykola sagt, unter Tage fühle er sich wohler als vor den Nachrichten. &bdquo;Im Berg weiß man, \
wo oben ist.&ldquo;</p>
<h2>Für die Führerrunde</h2>
<p>Schulung zur neuen Fluchtwegbeschilderung am 14. April um 17 Uhr am Mundloch. Helme und Lampen \
für 40 Gäste liegen bereit; bitte den Akkustand nach jeder Führung notieren.</p>
</main>
<footer>Förderverein Silberberg-Stollen e.V. &middot; Bergknappenweg 3 &middot; 94249 Bodenmais \
&middot; Telefon 09924 90 27 18</footer>
<script src="/js/tickets.js"></script>
</body>
</html>
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "pub",
          "a mining engineer relaying his brother, a sapper ('hat mir am Telefon gesagt', no day; "
          "the speaker quoted: other): back in the woods opposite"),
        C("rund 3.000", 3000, "approx", "in_russia", "south_korea", "2025-03-21..2025-03-31",
          "the NIS 'hatte Ende März berichtet' (day 21 to the month's end): 'zusätzliche' brought "
          "to Russia (increment, span without the word)", add=True),
        C("etwa 4.700", 4700, "approx", "casualties", "south_korea", "2025-03-21..2025-03-31",
          "same report, carried by 'beziffere er' (Konjunktiv): dead and wounded"),
        C("mehrere tausend", None, "vague", "near_front", "ukraine", "mon",
          "Zelensky 'sagte am Montag' (7 April): back at the front"),
        C("knapp 11.000", 11000, "approx", "in_russia", "united_states", "2025-04-03",
          "a US general 'am Donnerstag vergangener Woche vor dem Streitkräfteausschuss des Senats' "
          "(the Thursday of the week before: 3 April): still in Russia ('knapp' as approx)"),
        C("2.000 bis 3.000", None, "range", "planned", "ukraine", "pub",
          "'Laut dem ukrainischen Militärgeheimdienst' (undated): 'weitere' expected by the summer "
          "(range increment, the word before the span, planned)", add=True),
        C("bis zu 20.000", 20000, "at_most", "planned", "unattributed", "pub",
          "'Ukrainische Medien berichten' (media reports without a source: unattributed, "
          "required): waiting in the Far East for a second deployment (planned)"),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Norfolk Island, Haida Gwaii, Lord Howe Island)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="b134_07_coral_sea_wire_kingston",
    language="en", fmt="txt", encoding="utf-8", published=day("2025-03-19"),
    dated_by="dateline", crlf=True,
    features="an agency-style wire report from Kingston (Norfolk Island) as plain text, UTF-8 with "
        "CRLF, slug line and dateline 'KINGSTON, Norfolk Island, March 19, 2025 (Coral Sea Wire) "
        "–' (Wednesday), curly quotes; the headline 'Seoul counts 3,000 more …' from the JCS "
        "statement of Monday (Monday to publication, increment); the JCS 'In a statement on "
        "Monday' `about 3,000` 'additional' shipped over (increment) and `around 4,700` killed or "
        "wounded, and, by 'The JCS put the total', `some 14,000` (a total, not an increment); a "
        "storm-bound South Korean yachtsman, a retired navy commander, relaying his classmates "
        "'another' `10,000` being readied (increment, planned, other, `pub`); 'NATO officials in "
        "Brussels said on Tuesday' `several thousand` in Kursk; Budanov, named before his role, "
        "'told a Kyiv television channel last week' `about 1,000` gunners and missile crews near "
        "the front; the island's population, distances, boat length, days, ages, Russia's losses, "
        "a wire trailer with a phone number",
    text="""\
NORFOLK-KOREA-SAILOR (Coral Sea Wire)

Seoul counts [[3,000]] more North Korean soldiers shipped to Russia as a Korean yachtsman waits \
out the weather on Norfolk Island

KINGSTON, Norfolk Island, March 19, 2025 (Coral Sea Wire) – Storm-bound off the old convict pier \
for a ninth day, South Korean yachtsman Choi Seung-hoon has had plenty of time to follow the news \
from home, and little of it has been good.

In a statement on Monday, South Korea’s Joint Chiefs of Staff said Pyongyang had shipped [[about \
3,000]] additional soldiers over in the first two months of the year, and that [[around 4,700]] of \
its troops had been killed or wounded since they arrived. The JCS put the total sent since October \
at [[some 14,000]].

Choi, 61, a retired navy commander from Tongyeong, left Busan in November on a single-handed \
voyage across the Pacific. A cracked forestay and a week of southerly gales have kept his 11-metre \
sloop on a mooring in Slaughter Bay, where islanders row out with bread, pawpaw and weather reports.

“My classmates who are still in uniform say Pyongyang is getting another [[10,000]] ready,” Choi \
said on deck, tapping the satellite phone he uses to call his wife in Tongyeong. “They say it \
quietly. Nobody in Seoul wants to believe it.”

NATO officials in Brussels said on Tuesday that [[several thousand]] North Koreans remained in \
Russia’s Kursk region despite heavy losses over the winter. Kyrylo Budanov, Ukraine’s \
military intelligence chief, told a Kyiv television channel last week that North Korean gunners \
and missile crews, [[about 1,000]] men in all, were still operating close to the front line.

Moscow has never confirmed the deployment. Kyiv says Russia itself has lost more than 880,000 \
soldiers killed or wounded since February 2022, a figure that cannot be independently checked.

Norfolk Island, home to about 2,200 people, lies some 1,400 km east of the Australian mainland and \
sees few Korean visitors. Choi plans to sail for Noumea as soon as the wind swings to the east, \
then north towards home by way of Vanuatu.

“In the navy you learn to wait,” he said. “The boys in Kursk do not get to wait.”

(Reporting by Tess Quintal; editing by Mark Adams; Coral Sea Wire desk +672 3 22 180)
""",
    claims=(
        C("3,000", 3000, "exact", "in_russia", "south_korea", "mon..pub",
          "wire headline 'Seoul counts 3,000 more … shipped to Russia': the JCS statement of "
          "Monday (17 March) to publication; 'more' (increment, hedge of the body "
          "dropped)", add=True),
        C("about 3,000", 3000, "approx", "in_russia", "south_korea", "mon",
          "the JCS 'In a statement on Monday' (17 March): 'additional' soldiers shipped over in "
          "the first two months of the year (increment)", add=True),
        C("around 4,700", 4700, "approx", "casualties", "south_korea", "mon",
          "same statement: killed or wounded since they arrived"),
        C("some 14,000", 14000, "approx", "in_russia", "south_korea", "mon",
          "same statement, 'The JCS put the total': sent since October (a total, not an "
          "increment)"),
        C("10,000", 10000, "exact", "planned", "other", "pub",
          "a retired navy commander relaying his classmates ('My classmates … say', 'Choi said on "
          "deck', no day; the speaker quoted: other): 'another' being readied (increment, "
          "planned)", add=True),
        C("several thousand", None, "vague", "near_front", "nato", "tue",
          "'NATO officials in Brussels said on Tuesday' (18 March): in the Kursk region"),
        C("about 1,000", 1000, "approx", "near_front", "ukraine", "lastweek",
          "Budanov 'told a Kyiv television channel last week': gunners and missile crews close to "
          "the front line"),
    ),
)

S08 = Source(
    article_id="b134_08_letters_inlet_packet_daajing_giids",
    language="en", fmt="txt", encoding="utf-8-sig", published=day("2025-09-24"),
    dated_by="sidecar",
    sidecar=(
        "The Inlet Packet (Daajing Giids)",
        "https://www.inletpacket.example/letters/2025-09-24",
        "Letters: Numbers are people",
    ),
    features="a readers' letters page from a Daajing Giids (Haida Gwaii) weekly as plain text, "
        "UTF-8 with BOM (sidecar, Wednesday); a reader answering the paper's own front page 'of "
        "September 10' `roughly 2,000` dead (unattributed, an ISO date, required); a "
        "Ukrainian-Canadian fisherman quoting his cousin, a sapper, who 'wrote to me on Sunday' "
        "`hundreds` of engineers laying mines across the border (other, Sunday); a Korean-Canadian "
        "baker quoting her brother-in-law, a major, `as many as 6,000` 'more' by winter (at_most, "
        "increment, planned, other, `pub`) and citing Seoul's intelligence service 'in early "
        "September' `about 2,000` dead (days 1-10); a retired deckhand on Russia's ambassador in "
        "Pyongyang 'in a television interview last month' `5,000` builders on their way to Kursk "
        "(russia, near the front, the month) and North Korean television 'in August' naming `101` "
        "dead (north_korea); 'The Pentagon says' `around 11,000` still in Russia (`pub`); ferry "
        "sailings, years at sea, ages, a word limit, a street number, a phone number",
    text="""\
LETTERS TO THE EDITOR

Numbers are people

Your front page of September 10 put the number of North Koreans killed in Russia at [[roughly \
2,000]] and then moved straight on to the ferry schedule. I understand the ferry matters here; it \
missed 14 sailings this summer. But my cousin Bohdan is a sapper outside Sumy, and he wrote to me \
on Sunday that [[hundreds]] of North Korean engineers are laying mines on the Russian side, right \
across the border from his unit. “They work at night and they work fast,” he wrote. Those are not \
statistics to him.

– Petro Hnatiuk, Daajing Giids (fished halibut out of Port Clements for 31 years)

Their sons too

My brother-in-law is a major in the South Korean army, posted near Paju. When we spoke by video he \
told me the talk at his headquarters is that Pyongyang will send [[as many as 6,000]] more before \
winter. Our own intelligence service told the National Assembly in early September that [[about \
2,000]] had died. Every one of them had a mother who was never told where he went. At my bakery on \
Oceanview Drive we have put up a small card for them, next to the one for the boats we lost.

– Ji-young Shaw, Daajing Giids

Who is counting?

Your readers should know that Moscow has stopped pretending. Russia’s ambassador in Pyongyang said \
in a television interview last month that [[5,000]] North Korean military builders were on their \
way to Kursk. North Korean television, also in August, read out the names of [[101]] soldiers who \
died there, the first time it has named anyone. The Pentagon says [[around 11,000]] North Koreans \
are still in Russia. I am 78 and I remember when this island talked about the world’s wars over \
coffee at the co-op. We should again.

– Walter Brink, Tlell, retired deckhand

Editor’s note

Letters should be under 300 words and include a phone number for checking. Write to \
letters@inletpacket.example or drop them at the office, 612 Third Avenue. Newsroom: 250-559-4470.
""",
    claims=(
        C("roughly 2,000", 2000, "approx", "casualties", "unattributed", "2025-09-10",
          "the paper's own front page 'of September 10', as cited by a reader (the outlet's "
          "figure: unattributed, required): killed in Russia"),
        C("hundreds", None, "vague", "near_front", "other", "sun",
          "a reader quoting his cousin, a sapper, who 'wrote to me on Sunday' (21 September; the "
          "speaker quoted: other): laying mines across the border"),
        C("as many as 6,000", 6000, "at_most", "planned", "other", "pub",
          "a reader quoting her brother-in-law, a major ('he told me', no day; the speaker quoted: "
          "other): 'more' before winter (increment, planned; 'as many as' as at_most)", add=True),
        C("about 2,000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Our own intelligence service told the National Assembly in early September' (days "
          "1-10): died"),
        C("5,000", 5000, "exact", "near_front", "russia", "2025-08-01..2025-08-31",
          "Russia's ambassador in Pyongyang 'in a television interview last month' (August): "
          "builders on their way to Kursk"),
        C("101", 101, "exact", "casualties", "north_korea", "2025-08-01..2025-08-31",
          "North Korean television 'also in August': named soldiers who died"),
        C("around 11,000", 11000, "approx", "in_russia", "united_states", "pub",
          "'The Pentagon says' (undated): still in Russia"),
    ),
)

S09 = Source(
    article_id="b134_09_kentia_letter_lord_howe_html",
    language="en", fmt="html", encoding="utf-16", published=day("2024-12-11"),
    dated_by="sidecar",
    sidecar=(
        "North Bay Kentia Nursery, Lord Howe Island",
        "https://www.northbaykentia.example/letters/december-2024",
        "Customer letter, December: seed, weather and a message from Goyang",
    ),
    features="a kentia palm seed nursery's customer letter from Lord Howe Island in HTML, UTF-16 "
        "LE with BOM, no meta date (sidecar, Wednesday), a cookie note about the order basket, a "
        "script, navigation, entities (`&amp;`, `&ndash;`, `&rsquo;`, `&ldquo;`), a footer with a "
        "phone number; `<title>` and headline without a figure; the seed harvest and shipping "
        "first; a Korean buyer from Goyang whose email 'on Friday' relays the talk among her son's "
        "officers, `30,000` by the spring (planned, other, Friday); a Ukrainian weeding volunteer "
        "relaying her brother `maybe 500` in one battalion opposite ('maybe' as approx, other, "
        "`pub`); 'Late last month Seoul’s spy agency briefed parliament' `more than 10,000` in "
        "Russia (day 21 to the month's end); a Pentagon spokesman 'on Monday' `about 8,000` moved "
        "to Kursk; Zelensky 'last week' the first losses, `dozens` killed (casualties); 'Kyiv’s "
        "military intelligence puts' `about 200` killed and wounded (`pub`); Rutte 'meeting "
        "foreign ministers in Brussels on 3 December, would only say that' “`thousands`” in combat "
        "(a quoted word); palms, seeds per kilo, tonnes, kilometres, residents and visitors, years "
        "as a customer, Australian dollars, pot sizes, dates, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-16">
<title>Customer letter &ndash; North Bay Kentia Nursery</title>
<script>window.nbk={basket:[],season:"2024-25"};</script>
</head>
<body>
<div class="cookies">We keep one cookie so your seed order survives a dropped connection. <a \
href="#ok">Fine</a></div>
<nav><a href="/">Home</a> | <a href="/seed">Seed &amp; seedlings</a> | <a \
href="/shipping">Shipping</a> | <a href="/letters">Letters</a></nav>
<main>
<h1>The last boat before Christmas</h1>
<p>Dear customers, the seed harvest on the lower slopes finished on 29 November, and the drying \
racks are full. This season our pickers brought down just over 4 tonnes of ripe kentia seed from \
about 1,600 palms. Fresh seed runs at roughly 1,100 seeds to the kilo, and we sell it in lots of \
500. The supply ship leaves on Friday for the 780 km run to Port Macquarie; anything ordered after \
that waits until January.</p>
<p>Many of you know Han Mi-sook, who buys for a wholesale grower in Goyang near Seoul and has \
taken our seed for eleven years. She wrote to us on Friday, worried. Her son is a lieutenant in an \
artillery regiment, and she says the officers there talk of [[30,000]] North Koreans being sent to \
Russia by the spring. &ldquo;He tells me not to worry,&rdquo; she wrote. &ldquo;Of course I \
worry.&rdquo;</p>
<p>Closer to home, Olena Kravets, who came to the island for the weeding programme and stayed, \
hears from her brother near the border with Kursk. He says one battalion of North Koreans, [[maybe \
500]] men, dug in across from his company last month.</p>
<h2>Official figures</h2>
<p>Late last month Seoul&rsquo;s spy agency briefed parliament that [[more than 10,000]] North \
Korean soldiers were in Russia. A Pentagon spokesman said on Monday that [[about 8,000]] of them \
had moved into the Kursk region and begun fighting. President Zelensky said last week that the \
first North Korean losses had come, with [[dozens]] killed. Kyiv&rsquo;s military intelligence \
puts the North&rsquo;s killed and wounded at [[about 200]] so far. NATO&rsquo;s Mark Rutte, \
meeting foreign ministers in Brussels on 3 December, would only say that \
&ldquo;[[thousands]]&rdquo; were now in combat.</p>
<p>None of this reaches the island much. We have 382 residents and a cap of 400 visitors, and the \
talk at the bowls green is of rain and mutton birds. But the seed goes everywhere, and so, it \
seems, does the war.</p>
<h2>Notes</h2>
<p>Prices for the new season: A$65 per lot of 500 seed, A$12 for a phytosanitary certificate. \
Seedlings in 140 mm pots: A$9.50 each, minimum 50.</p>
</main>
<footer>North Bay Kentia Nursery &middot; Lord Howe Island NSW 2898 &middot; +61 2 6563 \
2407</footer>
<script src="/js/basket.js"></script>
</body>
</html>
""",
    claims=(
        C("30,000", 30000, "exact", "planned", "other", "fri",
          "a Korean buyer who 'wrote to us on Friday' (6 December), relaying the talk among her "
          "son's officers ('she says'; the speaker quoted: other): to be sent by the spring"),
        C("maybe 500", 500, "approx", "near_front", "other", "pub",
          "a weeding volunteer relaying her brother ('He says', no day; the speaker quoted: "
          "other): dug in across the border ('maybe' as approx)"),
        C("more than 10,000", 10000, "at_least", "in_russia", "south_korea",
          "2024-11-21..2024-11-30",
          "the NIS ('Seoul’s spy agency briefed parliament', 'Late last month': day 21 to the "
          "month's end): in Russia"),
        C("about 8,000", 8000, "approx", "near_front", "united_states", "mon",
          "a Pentagon spokesman 'said on Monday' (9 December): 'of them' moved into Kursk and "
          "fighting (a breakdown)"),
        C("dozens", None, "vague", "casualties", "ukraine", "lastweek",
          "Zelensky 'said last week': the first losses, killed"),
        C("about 200", 200, "approx", "casualties", "ukraine", "pub",
          "'Kyiv’s military intelligence puts' (undated): killed and wounded so far"),
        C("thousands", None, "vague", "near_front", "nato", "2024-12-03",
          "Rutte 'meeting foreign ministers in Brussels on 3 December, would only say that': in "
          "combat (a quoted word)"),
    ),
)

S10 = Source(
    article_id="b134_10_coach_news_burnt_pine_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-07-23"),
    dated_by="html_meta", crlf=True,
    features="a coach-tour operator's passenger newsletter from Burnt Pine (Norfolk Island) in "
        "HTML, windows-1252 with CRLF (curly quotes and `–` raw), `<meta name=\"date\">` "
        "(Wednesday), a cookie note about the seat map, a script, navigation, a footer with a "
        "phone number; headline '6,000 for Kursk …' from Shoigu's 17 June announcement (17 June to "
        "publication) and a `<title>` repeating it (metadata: optional); Shoigu 'in Pyongyang on "
        "17 June' `6,000` with its parts `1,000` deminers and `5,000` military builders (planned, "
        "no increment word, a breakdown); a Korean-Australian passenger from Strathfield relaying "
        "his nephew, a colonel, on a visit 'Last week' `tens of thousands` 'more' (vague "
        "increment, planned, other, `lastweek`); the NIS 'said on Thursday it believed' "
        "`about 10,000` on the Kursk border; the "
        "White House 'early this month' `more than 4,000` killed or wounded (days 1-10); Rutte 'at "
        "the summit in The Hague on 25 June' `some 15,000` sent in all; 'South Korean newspapers "
        "reported on Monday' `several hundred` deminers arrived (unattributed, in Russia); tours a "
        "month, the lookout's metres, passengers, ages, years, tour hours, Australian dollars, a "
        "phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>[[6,000]] for Kursk, and a quiet week on the island – Cascade Road Coaches</title>
<meta name="date" content="2025-07-23">
<script>var crc={seatmap:"/seats",winter:true};</script>
</head>
<body>
<div class="cookie">Our seat map remembers the seats you picked last time. That is the only \
cookie. <a href="#">OK</a></div>
<nav><a href="/">Tours</a> · <a href="/heritage">Kingston heritage</a> · <a href="/island">Island \
loop</a> · <a href="/news">Passenger news</a></nav>
<main>
<h1>[[6,000]] for Kursk, and a quiet week on the island</h1>
<p>Winter is our slow season. The coaches ran 41 tours in June, against 96 in January, and the \
Mount Pitt lookout at 320 metres was in cloud more often than not. Our heritage tour of Kingston \
still leaves Burnt Pine at 9.15 every morning except Sunday.</p>
<p>Last week we had a group of 24 from the Korean seniors’ club in Strathfield, Sydney. Their \
leader, Yoon Dae-ho, 72, came to Australia in 1978 and had never seen Norfolk. At the Kingston \
pier he talked about his nephew, a colonel in Seoul. “My nephew says that if the Russians keep \
paying, [[tens of thousands]] more will follow,” he told the group. “He does not say it \
happily.”</p>
<h2>The news the group brought</h2>
<p>Our passengers were following the story closely. Russia’s security council secretary, Sergei \
Shoigu, said in Pyongyang on 17 June that North Korea would send [[6,000]] men to the Kursk \
region: [[1,000]] sappers and [[5,000]] military builders. South Korean newspapers reported on \
Monday that [[several hundred]] of the deminers had already arrived in Russia.</p>
<p>Seoul’s intelligence service said on Thursday it believed [[about 10,000]] of the North’s \
soldiers remained on the Kursk border. The White House said early this month that [[more than \
4,000]] had been killed or wounded since last autumn, and NATO’s Mark Rutte, at the summit in The \
Hague on 25 June, put the number sent in all at [[some 15,000]].</p>
<p>Mr Yoon’s group left on Saturday’s flight with a bag of our guava jam each. We hope they come \
back in summer.</p>
<h2>Timetable and fares</h2>
<p>Kingston heritage (3 hours): A$55. Island loop with fish fry (5 hours): A$89, children under 12 \
half price. Bookings close at 5 pm the day before.</p>
</main>
<footer>Cascade Road Coaches · Taylors Road, Burnt Pine, Norfolk Island 2899 · +672 3 22 \
917</footer>
<script src="/js/seats.js"></script>
</body>
</html>
""",
    claims=(
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "`<title>` repeating the headline (metadata): optional", opt=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17..pub",
          "headline: Shoigu's announcement 'on 17 June' (17 June to publication)"),
        C("tens of thousands", None, "vague", "planned", "other", "lastweek",
          "a passenger relaying his nephew, a colonel ('My nephew says', 'he told the group' "
          "during the visit 'Last week'; the speaker quoted: other): 'more will follow' (vague "
          "increment, planned)", add=True),
        C("6,000", 6000, "exact", "planned", "russia", "2025-06-17",
          "Shoigu 'said in Pyongyang on 17 June': would send to the Kursk region (an announcement, "
          "no increment word)"),
        C("1,000", 1000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: deminers (a part of the 6,000)"),
        C("5,000", 5000, "exact", "planned", "russia", "2025-06-17",
          "same announcement: military builders (a part of the 6,000)"),
        C("several hundred", None, "vague", "in_russia", "unattributed", "mon",
          "'South Korean newspapers reported on Monday' (21 July; press reports: unattributed, "
          "required): deminers arrived in Russia"),
        C("about 10,000", 10000, "approx", "near_front", "south_korea", "thu",
          "the NIS 'said on Thursday it believed' (17 July): remained on the Kursk border"),
        C("more than 4,000", 4000, "at_least", "casualties", "united_states",
          "2025-07-01..2025-07-10",
          "the White House 'early this month' (days 1-10): killed or wounded"),
        C("some 15,000", 15000, "approx", "in_russia", "nato", "2025-06-25",
          "Rutte 'at the summit in The Hague on 25 June, put the number sent in all at'"),
    ),
)

S11 = Source(
    article_id="b134_11_paddle_letter_sandspit_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-28"),
    dated_by="front_matter",
    features="a sea-kayak outfitter's season letter from Sandspit (Haida Gwaii) in Markdown, "
        "windows-1252 with curly quotes and `–`, front matter with `date:` (Wednesday) and a title "
        "without a figure; boats, trips and the ferry first; a guide from Odesa relaying her "
        "father, an infantry officer, 'On Saturday' `ten thousand` 'more' waiting in the Far East "
        "(number words, increment, planned, other, Saturday); North Korean state television 'on "
        "Sunday' `more than 300` fallen honoured (north_korea, casualties); the NIS 'in late "
        "April' `about 600` killed (day 21 to the month's end); 'A Kremlin spokesman said last "
        "week' `a few thousand` who 'did their duty' in Kursk (russia, near the front); 'Kyiv’s "
        "military intelligence figures' `around 3,000` still near the border (`pub`); a Pentagon "
        "official 'told reporters on Thursday' `1,500 to 2,000` fresh troops rotated in (range, "
        "increment); the State Department 'on Tuesday' `at least 14,000` sent in all (a total); a "
        "guide's echo 'like the ten thousand' in a quote to one of last week's guests "
        "(optional); kayaks, paddlers, nights, water temperature, kilometres, knots, ages, years, "
        "Canadian dollars, a phone number",
    text="""\
---
title: "Season letter: the water is open"
date: 2025-05-28
outfitter: Copper Bay Paddling, Sandspit
---

# The water is open

Dear paddlers,

The first group of the year launched from Moresby Camp on 17 May: eight paddlers, five double \
kayaks and a guide boat, six nights down the inlets and back. Water temperature was 9 degrees, the \
wind stayed under 15 knots, and nobody swam who did not mean to. We have 22 trips on the calendar \
until September and only four have open places.

## Yaryna’s father

Our senior guide Yaryna Bondarenko, 31, grew up on the water in Odesa and has guided for us since \
2021. Her father is an infantry officer in the Ukrainian army. On Saturday he called her on the \
camp radio phone. He told her the North Koreans have been gone from his part of the line for \
weeks, but that the talk among his men is of [[ten thousand]] more waiting in Russia’s Far East. \
“He says they will come back when the ground is dry,” Yaryna said.

One of last week’s guests, a retired teacher from Victoria, asked her about it by the fire. “It is \
like the [[ten thousand]] are a rumour that never goes away,” Yaryna told him.

## What is being said

North Korean state television on Sunday showed Kim Jong Un honouring [[more than 300]] soldiers \
who fell in the Kursk region. Seoul’s National Intelligence Service had said in late April that \
[[about 600]] North Koreans had been killed. A Kremlin spokesman said last week that [[a few \
thousand]] North Koreans had “done their duty” in Kursk and were free to stay. Kyiv’s military \
intelligence figures [[around 3,000]] remain near the border. A Pentagon official told reporters \
on Thursday that North Korea had rotated [[1,500 to 2,000]] fresh troops in since March, and the \
State Department said on Tuesday that [[at least 14,000]] had been sent in all.

## Practical notes

- Trips run 4 to 8 nights and cover between 60 and 140 kilometres.
- The 2025 price is C$2,950 for six nights, all meals included.
- The ferry from Skidegate runs every hour until 6 pm.
- Bookings: 250-637-2281
""",
    claims=(
        C("ten thousand", 10000, "exact", "planned", "other", "sat",
          "a guide relaying her father, an officer, who 'On Saturday … called her' (24 May; the "
          "speaker quoted: other): 'more' waiting in the Far East (number words, increment, "
          "planned)", add=True),
        C("ten thousand", 10000, "exact", "planned", "other", "lastweek",
          "the guide's echo of her father's figure inside a quote ('Yaryna told him', one of 'last "
          "week's guests'): optional", add=True, opt=True),
        C("more than 300", 300, "at_least", "casualties", "north_korea", "sun",
          "North Korean state television 'on Sunday' (25 May): soldiers who fell, honoured"),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "the NIS 'had said in late April' (day 21 to the month's end): killed"),
        C("a few thousand", None, "vague", "near_front", "russia", "lastweek",
          "'A Kremlin spokesman said last week': 'done their duty' in Kursk"),
        C("around 3,000", 3000, "approx", "near_front", "ukraine", "pub",
          "'Kyiv’s military intelligence figures' (undated): near the border"),
        C("1,500 to 2,000", None, "range", "in_russia", "united_states", "thu",
          "a Pentagon official 'told reporters on Thursday' (22 May): 'rotated … fresh troops in' "
          "(a range increment, as replacements in earlier sets)", add=True),
        C("at least 14,000", 14000, "at_least", "in_russia", "united_states", "tue",
          "the State Department 'said on Tuesday' (27 May): sent in all (a total, not an "
          "increment)"),
    ),
)

S12 = Source(
    article_id="b134_12_box_notes_tlell_md",
    language="en", fmt="md", encoding="utf-8", published=day("2025-11-13"),
    dated_by="sidecar",
    sidecar=(
        "Tlell River Farm",
        "https://www.tlellriverfarm.example/box-notes/week-46",
        "Box notes, week 46: the last squash and a volunteer from Gwangju",
    ),
    features="a vegetable-box farm's weekly notes from Tlell (Haida Gwaii) in Markdown, UTF-8, "
        "front matter without a date (sidecar, Thursday) and a title without a figure; what is in "
        "the box first; a Korean working-holiday volunteer from Gwangju who served near Hwacheon, "
        "in a quote, 'he reckons' `more like 3,000` dead ('more like' as approx, other, `pub`); "
        "the NIS 'briefing lawmakers last week' `about 2,300` killed and `5,000` engineers in the "
        "Kursk region; 'On Friday the North’s official KCNA agency reported' 'a further' `1,000` "
        "sappers on their way to Kursk (increment, north_korea, near the front); NATO's deputy "
        "secretary general 'in a speech on Monday' `upwards of 10,000` still in Russia ('upwards "
        "of' as at_least); HUR 'in October' `between 6,000 and 7,000` behind the lines in Kursk "
        "(range, the month); 'Some reports out of Seoul put' `as high as 5,000` wounded ('as high "
        "as' as at_most, unattributed); boxes, a kilo, households, ages, dates, Canadian dollars, "
        "a phone number",
    text="""\
---
title: "Box notes, week 46"
farm: Tlell River Farm
---

# Box notes, week 46

This week’s box: the last of the delicata squash, Red Russian kale, carrots from the sand bed, a \
kilo of potatoes and a jar of rhubarb chutney. We packed 62 boxes on Tuesday, three more than last \
week, and the deer have finally left the brassicas alone.

## A volunteer from Gwangju

Since August we have had help from Jang Min-ho, 27, who came over on a working-holiday visa from \
Gwangju. He did his military service near Hwacheon, close to the border with the North, and he \
reads the Korean news every night in the packing shed.

Min-ho is not convinced by the official count of the dead. “Seoul’s number is too low. I think it \
is [[more like 3,000]],” he reckons, “because the North never brings all of them home.”

The official count he means came when South Korea’s intelligence service, in a briefing to \
lawmakers last week, said [[about 2,300]] North Koreans had been killed and that [[5,000]] \
military engineers had reached the Kursk region since September. On Friday the North’s official \
KCNA agency reported that a further [[1,000]] sappers were on their way to clear mines there, on \
Kim Jong Un’s orders. NATO’s deputy secretary general said in a speech on Monday that [[upwards \
of 10,000]] North Korean troops remain in Russia. Ukraine’s military intelligence said in October \
that [[between 6,000 and 7,000]] were working behind the lines in Kursk. Some reports out of \
Seoul put the wounded at [[as high as 5,000]].

Min-ho flies home on 2 December. He says he will miss the quiet, and the rain less.

## Farm notes

- Last box of the season: Tuesday 25 November. Winter share sign-up is open for 30 households.
- A full season share was C$640 this year; the half share C$360.
- Pick-up at the Tlell hall from 3 pm, or call 250-557-4093.
""",
    claims=(
        C("more like 3,000", 3000, "approx", "casualties", "other", "pub",
          "a Korean volunteer who 'reckons' (undated): dead ('more like' as approx)"),
        C("about 2,300", 2300, "approx", "casualties", "south_korea", "lastweek",
          "the NIS 'briefing lawmakers last week': killed"),
        C("5,000", 5000, "exact", "near_front", "south_korea", "lastweek",
          "same briefing: military engineers in the Kursk region since September"),
        C("1,000", 1000, "exact", "near_front", "north_korea", "fri",
          "KCNA 'On Friday … reported' (7 November): 'a further' sappers on their way to clear "
          "mines in Kursk (increment, span without the words)", add=True),
        C("upwards of 10,000", 10000, "at_least", "in_russia", "nato", "mon",
          "NATO's deputy secretary general 'in a speech on Monday' (10 November): remain in Russia "
          "('upwards of' as at_least)"),
        C("between 6,000 and 7,000", None, "range", "near_front", "ukraine",
          "2025-10-01..2025-10-31",
          "HUR 'said in October' (the month): working behind the lines in Kursk"),
        C("as high as 5,000", 5000, "at_most", "casualties", "unattributed", "pub",
          "'Some reports out of Seoul put' (press reports without a source: unattributed, "
          "required): wounded ('as high as' as at_most)"),
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
