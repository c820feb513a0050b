"""Build the HUNDRED-AND-NINETY-THIRD BLIND hand-labelled corpus: articles, sidecar, gold \
(`python build_corpus.py`).

The hundred-and-ninety-fifth corpus, for an honest measurement on articles the extractor has never
met, written in session 19 without opening the extractor, its lexicons or the topic file, and
without running it. Ordinary news from outlets and angles the other corpora do not have: an
electrician's customer letter from Filzmoos in Salzburg (Austrian conventions) with a fitter from
Kropyvnytskyi and a hotel receptionist from Andong, a floor layer's customer post from Hüttau in the
Fritzbach valley (Austrian words) with a parquet layer from Vinnytsia and a piano teacher from
Gwangju, a livestock insurance co-operative's members' letter from Illgau in the canton of Schwyz
(Swiss conventions) with a milker from Khmelnytskyi and a veterinary intern from Jeonju, an alpine
herdsmen's brotherhood's fair letter from Alpthal (Swiss conventions) with a cattle hand from
Chortkiv and a cheese-making intern from Hongseong, a sandstone sculptor's workshop letter from
Hohnstein in Saxon Switzerland with a journeyman from Kramatorsk and a scholarship sculptor from
Gyeongju, and an artificial-flower manufactory's news page from Sebnitz with a flower binder from
Uman and a textile design student from Cheonan; a funeral home's obituary of a Korean War veteran
and oysterman from Apalachicola (the set's obituary), a cemetery association's notes from
Apalachicola with a nurse from Odesa and a retired nurse from Chuncheon, the letters to a free
weekly shopper in Carrabelle (the set's letter to the editor arguing with the paper's own figures)
with a reader relaying her nephew near Sumy, a World War II amphibious training museum's dispatch
from Carrabelle with a docent from Kherson and a retired master sergeant whose grandparents fled
Hamhung, a scallop charter's season report from Steinhatchee with a deckhand from Chernivtsi and a
marine biology student from Yeosu, and a fish camp's news page from Steinhatchee with a cabin
cleaner from Kamianske and a retired Marine colonel from Pohang. Same file format, marker syntax and
labelling conventions as the other corpora (see their READMEs): every claim figure in an article
below is marked `[[like this]]` and labelled, in order, by the article's `claims`. Nothing is
re-implemented here: rendering, encoding, checks, CSV writing and the README table are the first
builder's own functions, loaded from `tests/corpus/build_corpus.py` as a private module instance
whose `SOURCES` are set to ours (under its own module name, so it never shares state with the other
derived builders).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE_NAME = "_blind193_base_builder"
sys.path.insert(0, str(HERE.parent / "corpus"))
from derived import adopt, private_base  # noqa: E402

base = private_base(BASE_NAME)
Source, C, day = base.Source, base.C, base.day


# ---------------------------------------------------------------------------------------------
# German articles (Filzmoos and Hüttau, Illgau and Alpthal, Hohnstein and Sebnitz)
# ---------------------------------------------------------------------------------------------

S01 = Source(
    article_id="v193_01_kundenbrief_elektrotechnik_filzmoos",
    language="de", fmt="txt", encoding="cp1252", published=day("2025-01-14"),
    dated_by="dateline", crlf=True,
    features="an electrician's customer letter from Filzmoos below the Bischofsmütze (Salzburg) "
        "as plain text, windows-1252 with CRLF and `„“`, `–` (no sidecar), dated by the "
        "letter line 'Filzmoos, 14. Jänner 2025' (Tuesday); Austrian conventions (`Jänner`, "
        "`Feber`, `heuer`, `Stefanitag`); power cuts, a date, photovoltaic systems, "
        "kilowatts ('8 bis 12 Kilowatt', not a claim), a wallbox's euros and the meter "
        "exchange first; a fitter from Kropyvnytskyi relaying his cousin, a reconnaissance "
        "drone pilot in the Kursk region ('Am Samstag habe ihm der Cousin eine lange "
        "Sprachnachricht geschickt, erzählt Denys.', Konjunktiv carried) `knapp "
        "dreihundert` in position (approx with a number word, near the front) and "
        "`mindestens dreißig` fallen in one attack (at_least with a number word, "
        "casualties; both other, from Saturday to publication); a hotel receptionist from "
        "Andong who 'rechnet damit' Pyongyang sends 'weitere' `zehntausend` by spring "
        "(number word, increment, planned, other, `pub`); the NIS that 'bezifferte gestern' "
        "the fallen at `etwa 300` and, 'hieß es weiter', `2.700` wounded (not an "
        "increment); Zelensky who 'hatte am Samstag … gemeldet' `zwei` captured; the "
        "Pentagon that 'hatte Ende Dezember geschätzt' `bis zu 20.000` by summer (at_most, "
        "planned, the 21st to the 31st); the letter's own `Tausende` in the trenches at "
        "Kursk (unattributed, vague, required); Russia's losses a day, kilowatts, euros, "
        "ages, dates, a phone number",
    text="""\
Elektrotechnik Walchhofer – Kundenbrief

Filzmoos, 14. Jänner 2025

Sehr geehrte Kundinnen und Kunden,

der Winter hat uns heuer schon zweimal den Strom genommen. Am Stefanitag und am 3. Jänner lagen \
nach dem Schneedruck Bäume auf der Leitung zum Hachau-Weg, und halb Filzmoos saß ein paar Stunden \
im Dunkeln. Wer zu Hause ein Notstromaggregat anschließen möchte, braucht dafür eine fachgerecht \
eingebaute Umschalteinrichtung; ein Verlängerungskabel durch das Kellerfenster ist \
lebensgefährlich, für Sie und für die Männer im Störtrupp. Im vergangenen Jahr haben wir 38 \
Photovoltaikanlagen auf Dächer und Stadel gebracht, die meisten mit 8 bis 12 Kilowatt \
Spitzenleistung. Eine Wallbox mit Montage gibt es bei uns ab 1.490 Euro. Im Feber tauscht der \
Netzbetreiber die letzten alten Ferraris-Zähler im Ortsgebiet gegen digitale Geräte; wir sagen \
Ihnen rechtzeitig, wann die Monteure kommen.

Denys an der Kabeltrommel

Denys Hryzenko, 27, hat in Kropywnyzkyj Elektrotechnik gelernt und zieht seit dem vergangenen \
Frühjahr bei uns Leitungen durch Hotels und Bauernhäuser. Sein Cousin steuert Aufklärungsdrohnen \
für eine Brigade im Gebiet Kursk. Am Samstag habe ihm der Cousin eine lange Sprachnachricht \
geschickt, erzählt Denys. Vor dem Abschnitt der Brigade seien [[knapp dreihundert]] Nordkoreaner \
in Stellung gegangen, frisch ausgerüstet und mit russischen Helmen. Bei einem einzigen Angriff \
über ein verschneites Feld seien [[mindestens dreißig]] von ihnen gefallen. „Er sagt, sie rennen \
weiter, auch wenn die Drohne schon über ihnen hängt“, erzählt Denys und wickelt dabei das Kabel \
auf.

Eine Rezeptionistin aus Andong

Kwon Da-eun, 31, stammt aus Andong und arbeitet den zweiten Winter an der Rezeption eines Hotels \
am Ortsrand, dessen Sauna wir im Herbst neu verkabelt haben. Sie rechnet damit, dass Pjöngjang bis \
zum Frühjahr weitere [[zehntausend]] Soldaten nach Russland schickt. „Kim verkauft seine Söhne, \
und in Andong spricht keiner laut darüber“, sagt sie.

Was die Zeitungen melden

Der südkoreanische Geheimdienst bezifferte gestern vor Abgeordneten in Seoul die Zahl der \
gefallenen Nordkoreaner auf [[etwa 300]]. [[2.700]] seien verwundet worden, hieß es weiter. \
Präsident Selenskyj hatte am Samstag die Gefangennahme von [[zwei]] nordkoreanischen Soldaten im \
Gebiet Kursk gemeldet. Das Pentagon hatte Ende Dezember geschätzt, Pjöngjang könne bis zum Sommer \
[[bis zu 20.000]] Mann schicken. Die ukrainische Armee zählt Tag für Tag mehr als 1.500 getötete \
oder verwundete Russen. Wie [[Tausende]] junge Nordkoreaner diesen Winter in den Schützengräben \
bei Kursk überstehen, können wir uns in unseren warmen Stuben kaum ausmalen.

Den Bereitschaftsdienst erreichen Sie rund um die Uhr unter 06453 8214.

Mit freundlichen Grüßen
Ihr Team von Elektrotechnik Walchhofer
""",
    claims=(
        C("knapp dreihundert", 300, "approx", "near_front", "other", "sat..pub",
          "a fitter from Kropyvnytskyi relaying his cousin, a reconnaissance drone pilot in the "
          "Kursk region ('Am Samstag habe ihm der Cousin eine lange Sprachnachricht geschickt, "
          "erzählt Denys.', Konjunktiv; the speaker quoted: other): in position in front of the "
          "brigade's sector ('knapp' with a number word as approx; from Saturday, 11 January, to "
          "publication)"),
        C("mindestens dreißig", 30, "at_least", "casualties", "other", "sat..pub",
          "same message, Konjunktiv carried: fallen in a single attack across a snowy field "
          "('mindestens' with a number word)"),
        C("zehntausend", 10000, "exact", "planned", "other", "pub",
          "a hotel receptionist from Andong, 'Sie rechnet damit' (undated): 'weitere' soldiers to "
          "Russia by spring (increment, planned; number word; span without the word)", add=True),
        C("etwa 300", 300, "approx", "casualties", "south_korea", "yday",
          "'Der südkoreanische Geheimdienst bezifferte gestern vor Abgeordneten in Seoul' (13 "
          "January): the fallen"),
        C("2.700", 2700, "exact", "casualties", "south_korea", "yday",
          "same briefing, sentence-initial, Konjunktiv, the claimant carried by 'hieß es weiter' "
          "(not an increment: 'weiter' continues the report): wounded"),
        C("zwei", 2, "exact", "casualties", "ukraine", "sat",
          "'Präsident Selenskyj hatte am Samstag … gemeldet' (11 January): captured in the Kursk "
          "region (number word)"),
        C("bis zu 20.000", 20000, "at_most", "planned", "united_states", "2024-12-21..2024-12-31",
          "'Das Pentagon hatte Ende Dezember geschätzt' (the 21st to the month's end): Pyongyang "
          "could send by the summer (a ceiling on a forecast total: planned)"),
        C("Tausende", None, "vague", "near_front", "unattributed", "pub",
          "the letter's own framing without a source ('Wie Tausende junge Nordkoreaner diesen "
          "Winter in den Schützengräben bei Kursk überstehen'): unattributed, required"),
    ),
)


S02 = Source(
    article_id="v193_02_kundenpost_bodenleger_huettau_md",
    language="de", fmt="md", encoding="utf-8", published=day("2025-02-26"),
    dated_by="front_matter",
    features="a floor layer's customer post from Hüttau in the Fritzbach valley (Salzburg) in "
        "Markdown, UTF-8, front matter with `date:` (Wednesday) and a title without a "
        "figure, `„“`; Austrian words (`heuer`, `Jänner`, `Feber`, `Estrich`, "
        "`Fliesenleger`); square metres laid ('gut 1.100 Quadratmeter', not a claim), "
        "screed drying times in weeks and centimetres, prices a square metre and a discount "
        "in per cent first; a parquet layer from Vinnytsia relaying his brother-in-law, a "
        "rifleman in the Kursk region ('Vorige Woche hat der Schwager angerufen, erzählt "
        "Andrij.', Konjunktiv carried, 'so habe der Schwager erzählt') `ein paar hundert` "
        "back in his sector (vague, near the front) and sentence-initial `Zwei Dutzend` "
        "killed in a minefield (24, exact, casualties; both other, `lastweek`); a piano "
        "teacher from Gwangju who 'glaubt' `an die 15.000` have been in Russia (approx, "
        "other, `pub`); the Joint Chiefs in Seoul that 'teilte am Montag mit' `mindestens "
        "1.000` 'weitere' moved to Russia (at_least, increment); the NIS's January `rund "
        "300` dead (the whole month); 'Nach Einschätzung des ukrainischen "
        "Militärgeheimdienstes' `knapp 4.000` killed or wounded ('knapp' as approx, `pub`); "
        "a State Department spokesman who 'sprach am Donnerstag von' `rund 11.000` 'nach "
        "wie vor' in Kursk (near the front, not an increment); dollars a soldier a month "
        "paid to Pyongyang (not a claim), square metres, weeks, centimetres, euros, per "
        "cent, ages, a phone number",
    text="""\
---
title: "Kundenpost Feber"
date: 2025-02-26
absender: Bodenleger Pfeifenberger, Hüttau
---

# Estrich, Eichendielen und ein Anruf aus dem Gebiet Kursk

Liebe Kundinnen und Kunden,

heuer geht es früh los: Seit Anfang Jänner haben wir zwischen Hüttau und dem hinteren Fritzbachtal \
gut 1.100 Quadratmeter Parkett, Kork und Vinyl verlegt, vor allem in Ferienwohnungen, die vor der \
Sommersaison fertig sein sollen. Eine Bitte an alle, die gerade bauen: Ein Zementestrich braucht \
bis zu einer Stärke von 4 Zentimetern rund eine Woche Trocknung je Zentimeter, darüber deutlich \
länger. Wer zu früh Parkett verlegen lässt, hat im Herbst Fugen, und dann hilft kein \
Nachschleifen. Die geölte Eichen-Landhausdiele kostet bei uns verlegt ab 79 Euro pro Quadratmeter; \
auf Restposten aus dem Lager gibt es bis Ende Feber 15 Prozent Nachlass.

## Andrij mit dem Schleifgerät

Andrij Melnyk, 34, hat in Winnyzja zehn Jahre lang Böden verlegt, bevor er mit seiner Frau und den \
zwei Töchtern nach Hüttau gekommen ist. Sein Schwager dient als Schütze in einer Infanteriebrigade \
im Gebiet Kursk. Vorige Woche hat der Schwager angerufen, erzählt Andrij. Nach einer Pause von \
einigen Wochen seien [[ein paar hundert]] Nordkoreaner wieder an seinem Frontabschnitt \
aufgetaucht, so habe der Schwager erzählt. [[Zwei Dutzend]] von ihnen seien gleich in der ersten \
Nacht in ein Minenfeld gelaufen und umgekommen. „Er hat gesagt, sie haben jetzt gelernt, sich \
einzugraben“, sagt Andrij.

## Eine Kundin aus Gwangju

Jung Hye-rin, 42, aus Gwangju unterrichtet an der Musikschule Klavier; in ihrer Wohnung haben wir \
im Jänner einen neuen Korkboden gelegt. Sie glaubt, dass mittlerweile [[an die 15.000]] \
Nordkoreaner in Russland gewesen sind. „Die Eltern erfahren nichts, nicht einmal, ob ihr Sohn noch \
lebt“, sagt sie.

## Aus den Nachrichten

Der Generalstab in Seoul teilte am Montag mit, Pjöngjang habe seit Jahresbeginn [[mindestens \
1.000]] weitere Soldaten nach Russland verlegt. Schon im Jänner hatte der südkoreanische \
Geheimdienst von [[rund 300]] Toten gesprochen. Nach Einschätzung des ukrainischen \
Militärgeheimdienstes sind inzwischen [[knapp 4.000]] Nordkoreaner getötet oder verwundet worden. \
Ein Sprecher des US-Außenministeriums sprach am Donnerstag von [[rund 11.000]] Soldaten aus dem \
Norden, die nach wie vor im Gebiet Kursk kämpften. Moskau soll Pjöngjang für jeden Soldaten \
monatlich etwa 2.000 Dollar zahlen.

Beratung und Musterboden im Schauraum, Montag bis Freitag, Telefon 06458 7130.

Mit besten Grüßen
Familie Pfeifenberger und Team
""",
    claims=(
        C("ein paar hundert", None, "vague", "near_front", "other", "lastweek",
          "a parquet layer from Vinnytsia relaying his brother-in-law, a rifleman in the Kursk "
          "region ('Vorige Woche hat der Schwager angerufen, erzählt Andrij.', Konjunktiv, 'so "
          "habe der Schwager erzählt'; the speaker quoted: other): back in his sector after a "
          "pause (`lastweek`: the call's week)"),
        C("Zwei Dutzend", 24, "exact", "casualties", "other", "lastweek",
          "same call, Konjunktiv carried, sentence-initial number words (24): ran into a "
          "minefield and died 'gleich in der ersten Nacht' (the period, not the claim date)"),
        C("an die 15.000", 15000, "approx", "in_russia", "other", "pub",
          "a piano teacher from Gwangju, 'Sie glaubt' (undated): have been in Russia by now ('an "
          "die' as approx)"),
        C("mindestens 1.000", 1000, "at_least", "in_russia", "south_korea", "mon",
          "'Der Generalstab in Seoul teilte am Montag mit' (24 February, Konjunktiv): 'weitere' "
          "soldiers moved to Russia since the start of the year (increment; span without the word)",
          add=True),
        C("rund 300", 300, "approx", "casualties", "south_korea", "2025-01-01..2025-01-31",
          "'Schon im Jänner hatte der südkoreanische Geheimdienst … gesprochen' (the Austrian "
          "January: the whole month): dead"),
        C("knapp 4.000", 4000, "approx", "casualties", "ukraine", "pub",
          "'Nach Einschätzung des ukrainischen Militärgeheimdienstes' (undated): killed or "
          "wounded by now ('knapp' as approx)"),
        C("rund 11.000", 11000, "approx", "near_front", "united_states", "thu",
          "'Ein Sprecher des US-Außenministeriums sprach am Donnerstag von' (20 February): "
          "fighting in the Kursk region 'nach wie vor' (not an increment)"),
    ),
)


S03 = Source(
    article_id="v193_03_mitgliederbrief_viehversicherung_illgau_html",
    language="de", fmt="html", encoding="utf-8-sig", published=day("2025-04-10"),
    dated_by="sidecar",
    sidecar=(
        "Viehversicherungsgenossenschaft Illgau – Mitgliederbrief",
        "https://www.viehversicherung-illgau.example/mitglieder/fruehling-2025",
        "Mitgliederbrief Frühling: Prämien, Schadenfälle und eine Nachricht aus Sumy",
    ),
    features="a livestock insurance co-operative's members' letter from Illgau (canton of "
        "Schwyz) in HTML, UTF-8 with BOM, no meta date (sidecar, Thursday; the sidecar "
        "title without a figure), a cookie banner about the claim form, a script with "
        "premiums, navigation, raw «» and entities (`&middot;`, `&ndash;`), a footer with a "
        "postcode; Swiss conventions (`ss`, «», `18'400`, `20'000`, `3'000`, `4'000`, "
        "`8'000`); members, insured cattle, goats and sheep, the premium in francs, claims "
        "paid in francs and lightning strikes first; a milker from Khmelnytskyi relaying "
        "his nephew in a dugout in the Sumy region ('Am Sonntag hat ihm sein Neffe … "
        "geschrieben, erzählt Wolodymyr.', Konjunktiv carried) `etwa achtzig` occupying a "
        "wood opposite (approx with a number word, near the front) and sentence-initial "
        "`Fünf` killed by drones (number word, casualties; both other, from Sunday to "
        "publication); a veterinary intern from Jeonju «Bis Ende Jahr sind es `über "
        "20'000`» (at_least, planned, other, `pub`); the Joint Chiefs in Seoul 'hatte Mitte "
        "März erklärt' `3'000` 'zusätzliche' (increment, in Russia, days 11-20); a senior "
        "US general who 'sagte am Dienstag vor einem Ausschuss des Kongresses' `annähernd "
        "4'000` dead and wounded; 'Laut Nato-Generalsekretär Mark Rutte' `Tausende` "
        "fighting, the day in the same sentence after the figure ('das sagte er vergangene "
        "Woche'); 'Die Ukraine schätzt' `rund 8'000` 'noch' at the border (not an "
        "increment, `pub`); Swiss aid in francs, members, animals, francs, ages, a date, a "
        "postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<title>Mitgliederbrief &ndash; Viehversicherungsgenossenschaft Illgau</title>
<script>var praemien = {grossvieh: 11.50, ziege: 3.20, schaf: 3.20, jahr: 2025};</script>
</head>
<body>
<div class="cookie-banner">Wir speichern ein Cookie, damit Ihre Schadenmeldung beim Ausfüllen \
nicht verloren geht. <a href="#">Einverstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/praemien">Prämien</a> &middot; <a \
href="/schaden">Schaden melden</a> &middot; <a href="/mitglieder">Mitgliederbrief</a></nav>
<main>
<h1>Frühling auf dem Illgauer Berg</h1>
<p>An der Generalversammlung vom 28. März im Schulhaus waren 46 Mitglieder dabei. Versichert sind \
bei uns derzeit 612 Stück Rindvieh, 95 Ziegen und 40 Schafe. Die Prämie bleibt bei Fr. 11.50 pro \
Grossvieheinheit. Im letzten Jahr haben wir 18'400 Franken für neun Schadenfälle ausbezahlt, \
darunter zwei Blitzschläge auf der Alp und ein Rind, das im Tobel abgestürzt ist. Bitte melden Sie \
jeden Fall innert drei Tagen beim Schätzer.</p>
<h2>Wolodymyr im Stall</h2>
<p>Wolodymyr Hnatjuk, 44, aus Chmelnyzkyj melkt seit zwei Jahren auf einem Hof an der Strasse zur \
Seilbahn und hilft bei den Schätzungen als Übersetzer für die anderen ukrainischen Helfer im Tal. \
Sein Neffe dient als Maschinengewehrschütze an der Grenze im Gebiet Sumy. Am Sonntag hat ihm sein \
Neffe aus einem Unterstand geschrieben, erzählt Wolodymyr. Gegenüber, auf der russischen Seite, \
hätten [[etwa achtzig]] Nordkoreaner ein Waldstück besetzt. [[Fünf]] von ihnen seien am Tag zuvor \
von Drohnen getötet worden. «Er schreibt, sie graben in der Nacht und schiessen kaum», sagt \
Wolodymyr.</p>
<h2>Eine Praktikantin aus Jeonju</h2>
<p>Yoon Ha-rin, 26, aus Jeonju macht ein Praktikum bei der Tierärztin im Tal und war beim Kalben \
auf manchem Hof dabei. Dass Nordkorea seine Truppen in Russland weiter aufstockt, daran zweifelt \
sie nicht. «Bis Ende Jahr sind es [[über 20'000]]», sagt sie.</p>
<h2>Was gemeldet wird</h2>
<p>Der südkoreanische Generalstab hatte Mitte März erklärt, Nordkorea habe im Januar und Februar \
[[3'000]] zusätzliche Soldaten nach Russland geschickt. Ein hoher US-General sagte am Dienstag vor \
einem Ausschuss des Kongresses, die Nordkoreaner hätten [[annähernd 4'000]] Tote und Verwundete zu \
beklagen. Laut Nato-Generalsekretär Mark Rutte kämpfen [[Tausende]] nordkoreanische Soldaten an \
der Seite Russlands; das sagte er vergangene Woche in Brüssel. Die Ukraine schätzt, dass [[rund \
8'000]] noch an der Grenze zum Gebiet Sumy stehen. Die Schweiz hat der Ukraine seit 2022 \
humanitäre Hilfe von mehreren Milliarden Franken zugesagt.</p>
<p>Schadenmeldungen an den Schätzer unter 041 830 12 57.</p>
</main>
<footer>Viehversicherungsgenossenschaft Illgau &middot; Dorf &middot; 6434 Illgau</footer>
</body>
</html>
""",
    claims=(
        C("etwa achtzig", 80, "approx", "near_front", "other", "sun..pub",
          "a milker from Khmelnytskyi relaying his nephew, a machine gunner at the border in the "
          "Sumy region ('Am Sonntag hat ihm sein Neffe aus einem Unterstand geschrieben, erzählt "
          "Wolodymyr.', Konjunktiv; the speaker quoted: other): occupying a wood on the Russian "
          "side (approx with a number word; from Sunday, 6 April, to publication)"),
        C("Fünf", 5, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried, sentence-initial number word: killed by drones 'am "
          "Tag zuvor' (the period, not the claim date)"),
        C("über 20'000", 20000, "at_least", "planned", "other", "pub",
          "a veterinary intern from Jeonju, «Bis Ende Jahr sind es über 20'000», sagt sie "
          "(undated): North Korea's troops in Russia by the end of the year (a forecast total: "
          "planned)"),
        C("3'000", 3000, "exact", "in_russia", "south_korea", "2025-03-11..2025-03-20",
          "'Der südkoreanische Generalstab hatte Mitte März erklärt' (days 11-20): 'zusätzliche' "
          "soldiers sent in January and February (increment; the months are the period)", add=True),
        C("annähernd 4'000", 4000, "approx", "casualties", "united_states", "tue",
          "'Ein hoher US-General sagte am Dienstag vor einem Ausschuss des Kongresses' (8 April): "
          "dead and wounded ('annähernd' as approx)"),
        C("Tausende", None, "vague", "near_front", "nato", "lastweek",
          "'Laut Nato-Generalsekretär Mark Rutte …; das sagte er vergangene Woche in Brüssel' "
          "(the day after the figure, in the same sentence): fighting alongside Russia"),
        C("rund 8'000", 8000, "approx", "near_front", "ukraine", "pub",
          "'Die Ukraine schätzt' (undated): 'noch' at the border of the Sumy region (not an "
          "increment)"),
    ),
)


S04 = Source(
    article_id="v193_04_chilbibrief_aelplerbruderschaft_alpthal",
    language="de", fmt="txt", encoding="latin-1", published=day("2025-09-25"),
    dated_by="sidecar",
    sidecar=(
        "Älplerbruderschaft Alpthal – Chilbibrief",
        "https://www.aelpler-alpthal.example/chilbibrief-2025",
        "Chilbibrief: Alpsommer, Älplermagronen und ein Brief von der Grenze",
    ),
    features="an alpine herdsmen's brotherhood's fair letter from Alpthal below the Mythen as "
        "plain text, ISO-8859-1 (sidecar, Thursday; the sidecar title without a figure); "
        "Swiss conventions (`ss`, «», '-', `1'250`, `2'000`, `14'000`, `15'000 bis 20'000`, "
        "`6'000`); the fair's programme, alps, cattle summered, a fall, dues in francs and "
        "portions of alpine macaroni first; a cattle hand from Chortkiv relaying his son, "
        "an artilleryman in the Sumy region ('Vorgestern hat ihm der Sohn … geschrieben, "
        "erzählt Taras.', Konjunktiv carried, 'habe der Sohn geschrieben' after the figure) "
        "`ein paar Dutzend` digging in (vague, near the front) and sentence-initial `Sechs` "
        "killed by a drone (number word, casualties; both other, from two days before to "
        "publication); a cheese-making intern from Hongseong «Ich schätze, dass `15'000 bis "
        "20'000` …» (range, in Russia, other, `pub`); the NIS that 'bezifferte Anfang "
        "September' `rund 2'000` fallen (days 1-10); 'Laut russischen Staatsmedien vom "
        "Montag' `mehr als tausend` deminers in Kursk (at_least with a number word, russia, "
        "near the front); the State Department that 'geht von … aus' `mindestens 14'000` "
        "who served in Russia (`pub`); Ukraine's military intelligence that 'warnte am "
        "Dienstag' 'weiteren' `6'000` builders (increment, planned); state media's `mehrere "
        "hundert` returnees in August (optional); alps, cattle, francs, portions, ages, a "
        "date",
    text="""\
Älplerbruderschaft Alpthal
Chilbibrief 2025

Liebe Älplerinnen und Älpler, liebe Freunde der Bruderschaft

Die Älplerchilbi feiern wir am Sonntag, 12. Oktober, mit dem Gottesdienst in der Pfarrkirche, dem \
Umzug durchs Dorf und dem Älplerbeizli im Mehrzweckraum. Diesen Sommer waren auf unseren neun \
Alpen 412 Kühe, Rinder und Kälber gesömmert. Auf der hintersten Alp ist im Juli ein Rind über ein \
Felsband abgestürzt, sonst gab es keine grösseren Unfälle. Der Jahresbeitrag bleibt bei 30 \
Franken. Letztes Jahr haben wir 1'250 Portionen Älplermagronen ausgegeben, heuer rechnen wir mit \
mehr.

Taras bei den Rindern

Taras Meltschuk, 52, aus Tschortkiw hat diesen Sommer auf der Alp die Rinder gehütet und den Zaun \
geflickt; er bleibt bis zur Chilbi. Sein Sohn dient als Artillerist im Gebiet Sumy. Vorgestern hat \
ihm der Sohn einen langen Brief aufs Handy geschrieben, erzählt Taras. Auf der anderen Seite der \
Grenze grüben sich [[ein paar Dutzend]] Nordkoreaner neu ein, habe der Sohn geschrieben. [[Sechs]] \
seien beim Ausheben der Gräben von einer einzigen Drohne getötet worden. «Er sagt, die jungen \
Koreaner tun ihm leid», sagt Taras.

Eine Praktikantin aus Hongseong

Moon Ji-a, 24, aus Hongseong lernt seit Mai auf einer Alp das Käsen und hat an der Chilbi den \
Stand mit dem Alpkäse. «Ich schätze, dass [[15'000 bis 20'000]] Nordkoreaner in Russland waren \
oder noch dort sind», sagt sie. «Zuhause redet man über den Preis von Reis, nicht über sie.»

Was man aus der Welt hört

Anfang September bezifferte der südkoreanische Geheimdienst die Zahl der gefallenen Nordkoreaner \
auf [[rund 2'000]]. Laut russischen Staatsmedien vom Montag räumen [[mehr als tausend]] \
nordkoreanische Pioniere im Gebiet Kursk Minen. Das amerikanische Aussenministerium geht von \
[[mindestens 14'000]] Nordkoreanern aus, die bisher in Russland gedient haben. Der ukrainische \
Militärgeheimdienst warnte am Dienstag, Pjöngjang bereite die Entsendung von weiteren [[6'000]] \
Bausoldaten vor. Im August empfing Kim Jong Un nach Angaben der Staatsmedien [[mehrere hundert]] \
Heimkehrer aus Kursk in Pjöngjang.

Anmeldungen für den Umzug nimmt der Säckelmeister bis am 5. Oktober entgegen.

Mit älplerischem Gruss
Der Vorstand der Älplerbruderschaft
""",
    claims=(
        C("ein paar Dutzend", None, "vague", "near_front", "other", "2025-09-23..pub",
          "a cattle hand from Chortkiv relaying his son, an artilleryman in the Sumy region "
          "('Vorgestern hat ihm der Sohn einen langen Brief aufs Handy geschrieben, erzählt "
          "Taras.', Konjunktiv, 'habe der Sohn geschrieben' after the figure; the speaker quoted: "
          "other): digging in across the border (`vorgestern`: from Tuesday, 23 September, to "
          "publication)"),
        C("Sechs", 6, "exact", "casualties", "other", "2025-09-23..pub",
          "same letter, Konjunktiv carried, sentence-initial number word: killed by a single "
          "drone while digging trenches"),
        C("15'000 bis 20'000", None, "range", "in_russia", "other", "pub",
          "a cheese-making intern from Hongseong, «Ich schätze, dass …», sagt sie (undated): in "
          "Russia now or before"),
        C("rund 2'000", 2000, "approx", "casualties", "south_korea", "2025-09-01..2025-09-10",
          "'Anfang September bezifferte der südkoreanische Geheimdienst' (days 1-10): fallen"),
        C("mehr als tausend", 1000, "at_least", "near_front", "russia", "mon",
          "'Laut russischen Staatsmedien vom Montag' (22 September): sappers clearing mines in "
          "the Kursk region ('mehr als' with a number word)"),
        C("mindestens 14'000", 14000, "at_least", "in_russia", "united_states", "pub",
          "'Das amerikanische Aussenministerium geht von … aus' (undated): have served in Russia "
          "so far (a total)"),
        C("6'000", 6000, "exact", "planned", "ukraine", "tue",
          "'Der ukrainische Militärgeheimdienst warnte am Dienstag' (23 September): Pyongyang "
          "preparing to send 'weiteren' military builders (increment, planned; span without the "
          "word)", add=True),
        C("mehrere hundert", None, "vague", "in_russia", "north_korea", "2025-08-01..2025-08-31",
          "'Im August empfing Kim Jong Un nach Angaben der Staatsmedien' (the month): returnees "
          "from Kursk (returnees, as in earlier sets: optional)", opt=True),
    ),
)


S05 = Source(
    article_id="v193_05_werkstattbrief_steinbildhauerei_hohnstein_md",
    language="de", fmt="md", encoding="utf-16", published=day("2025-06-18"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Steinbildhauerei Kaden, Hohnstein – Werkstattbrief",
        "https://www.steinbildhauerei-kaden.example/werkstattbrief/juni-2025",
        "Werkstattbrief Juni: zwei Löwenköpfe, ein Sommerkurs und ein Anruf von der Grenze",
    ),
    features="a sandstone sculptor's workshop letter from Hohnstein in Saxon Switzerland in "
        "Markdown, UTF-16 LE with BOM and CRLF, front matter without a date (sidecar, "
        "Wednesday) and a title without a figure, `„“`; the soft stone, two lions' heads "
        "from 1880, a gravestone's euros and a summer course's places and euros first; a "
        "journeyman from Kramatorsk relaying his brother-in-law, a scout at the Sumy border "
        "('Am Pfingstmontag habe der Schwager angerufen, erzählt Serhij.', Konjunktiv "
        "carried) `Hunderte` digging into the slopes (vague, near the front) and `Ein "
        "halbes Dutzend` captured (6, exact, casualties; both other, from Whit Monday, 9 "
        "June, to publication); a scholarship sculptor from Gyeongju who 'fürchtet' "
        "`30.000` in Russia by winter (planned, other, `pub`); 'hieß es gestern aus Moskau' "
        "after Shoigu's visit `1.000` deminers and `5.000` military builders for Kursk "
        "(russia, planned, two rows, `yday`); the NIS 'Schon Ende April' `rund 600` fallen "
        "(the 21st to the 30th); 'Kiews Militärgeheimdienst zufolge' `etwa 11.000` "
        "'weiterhin' in Kursk (near the front, `pub`, not an increment); the workshop's own "
        "`Tausenden` sent to the front at Kursk (unattributed, vague, required); stone, "
        "years, euros, course places, ages",
    text="""\
---
title: "Werkstattbrief Juni"
absender: Steinbildhauerei Kaden, Hohnstein
---

# Zwei Löwenköpfe, ein Sommerkurs und ein Anruf von der Grenze

Liebe Freunde unserer Werkstatt,

frisch aus dem Bruch ist unser Sandstein weich wie Kernseife, erst über die Jahre zieht er an und \
wird hart. Das merken wir gerade an den zwei Löwenköpfen, die seit 1880 über dem Tor der Burg \
saßen und die wir in diesem Frühjahr nach alten Fotos neu gehauen haben: Die alten waren außen \
mürbe, innen noch fest. Ein schlichter Grabstein aus heimischem Sandstein kostet bei uns ab 1.850 \
Euro, mit Schrift und Setzen. Der Wochenkurs im August mit sechs Plätzen für je 490 Euro ist \
ausgebucht; für den Herbstkurs führen wir eine Warteliste.

## Serhij am Bankeisen

Serhij Bondar, 35, hat in Kramatorsk Grabmale und Brunnenfiguren gemacht, bis die Werkstatt seines \
Meisters von einer Rakete getroffen wurde. Seit einem Jahr arbeitet er bei uns. Seine Schwester \
ist mit einem Aufklärer verheiratet, der an der Grenze bei Sumy dient. Am Pfingstmontag habe der \
Schwager angerufen, erzählt Serhij. Drüben auf der russischen Seite gruben sich [[Hunderte]] \
Nordkoreaner in die Hänge ein. [[Ein halbes Dutzend]] sei bei einem Vorstoß in Gefangenschaft \
geraten. „Er sagt, sie sehen aus wie Schüler“, erzählt Serhij, ohne den Blick vom Stein zu nehmen.

## Eine Stipendiatin aus Gyeongju

Seo Yu-jin, 29, aus Gyeongju ist für drei Monate mit einem Stipendium bei uns und haut eine \
Wächterfigur nach dem Vorbild der alten Grablöwen ihrer Heimatstadt. Sie fürchtet, dass bis zum \
Winter [[30.000]] Nordkoreaner in Russland stehen könnten. „Jeder Mann, den Kim schickt, ist für \
ihn eine Rechnung, die Moskau bezahlt“, sagt sie.

## Was man hört

Nach einem Besuch von Sergei Schoigu in Pjöngjang hieß es gestern aus Moskau, Pjöngjang stelle für \
das Gebiet Kursk [[1.000]] Leute zum Minenräumen und [[5.000]] Bauarbeiter des Militärs ab. Schon \
Ende April hatte der Geheimdienst in Seoul von [[rund 600]] gefallenen Nordkoreanern gesprochen. \
Kiews Militärgeheimdienst zufolge stehen [[etwa 11.000]] Nordkoreaner weiterhin im Gebiet Kursk. \
Für die [[Tausenden]], die Kim an die Front bei Kursk geschickt hat, meißelt niemand einen Stein.

Besuche in der Werkstatt nach Absprache, dienstags bis samstags.

Herzlich
Ihre Steinbildhauerei Kaden
""",
    claims=(
        C("Hunderte", None, "vague", "near_front", "other", "2025-06-09..pub",
          "a journeyman from Kramatorsk relaying his brother-in-law, a scout at the Sumy border "
          "('Am Pfingstmontag habe der Schwager angerufen, erzählt Serhij.', Konjunktiv carried; "
          "the speaker quoted: other): digging into the slopes on the Russian side (Whit Monday, "
          "9 June 2025, to publication)"),
        C("Ein halbes Dutzend", 6, "exact", "casualties", "other", "2025-06-09..pub",
          "same call, Konjunktiv, sentence-initial number words (6, exact): taken prisoner in an "
          "advance"),
        C("30.000", 30000, "exact", "planned", "other", "pub",
          "a scholarship sculptor from Gyeongju, 'Sie fürchtet' (undated): could be in Russia by "
          "the winter (a forecast total: planned)"),
        C("1.000", 1000, "exact", "planned", "russia", "yday",
          "'Nach einem Besuch von Sergei Schoigu in Pjöngjang hieß es gestern aus Moskau' (17 "
          "June): deminers to be sent to the Kursk region (a first announcement, not an increment)",
          ),
        C("5.000", 5000, "exact", "planned", "russia", "yday",
          "same announcement: military builders for the Kursk region"),
        C("rund 600", 600, "approx", "casualties", "south_korea", "2025-04-21..2025-04-30",
          "'Schon Ende April hatte der Geheimdienst in Seoul … gesprochen' (the 21st to the "
          "month's end): fallen"),
        C("etwa 11.000", 11000, "approx", "near_front", "ukraine", "pub",
          "'Kiews Militärgeheimdienst zufolge' (undated): 'weiterhin' in the Kursk region (not an "
          "increment)"),
        C("Tausenden", None, "vague", "near_front", "unattributed", "pub",
          "the workshop's own framing without a source ('Für die Tausenden, die Kim an die Front "
          "bei Kursk geschickt hat'): unattributed, required"),
    ),
)


S06 = Source(
    article_id="v193_06_aktuelles_kunstblumen_sebnitz_html",
    language="de", fmt="html", encoding="utf-8", published=day("2025-11-12"),
    dated_by="html_meta",
    features="an artificial-flower manufactory's news page from Sebnitz in HTML, UTF-8, "
        "`article:published_time` (Wednesday), a cookie note about the shop basket, a "
        "script with flower counts, navigation, entities (`&bdquo;`, `&ldquo;`, `&ndash;`, "
        "`&middot;`), a footer with a postcode; `<title>` and headline without a figure; "
        "flower makers, hand movements a rose ('bis zu 40 Handgriffe', not a claim), roses "
        "a day, the Christmas market date and a bunch's euros first; a flower binder from "
        "Uman relaying her son, a drone operator at the Sumy border ('Am Sonntag habe er "
        "ihr Fotos aus seinem Abschnitt geschickt, erzählt Switlana.', Konjunktiv carried, "
        "'habe er geschrieben') `rund vierzig` building a bunker (approx with a number "
        "word, near the front) and sentence-initial `Drei` wounded (number word, "
        "casualties; both other, from Sunday to publication); a textile design student from "
        "Cheonan 'Nach ihrer Einschätzung' `mehr als 20.000` served in Russia (at_least, "
        "other, `pub`); the NIS that 'erklärte am 4. November' 'zusätzlich' `rund 5.000` "
        "builders (increment, in Russia) and, 'Nach Angaben des Dienstes', `etwa 10.000` "
        "'weiterhin' at the border (near the front, not an increment); a NATO official who "
        "'sagte am Montag in Brüssel' `bis zu 3.000` 'weitere' could follow (at_most, "
        "increment, planned); KCNA that 'meldete am Freitag' `über hundert` names on a "
        "memorial wall (at_least with a number word, north_korea, casualties); state "
        "television's `Hunderte` returnees at an October parade (optional); hand movements, "
        "flower makers, roses, euros, years, ages, a postcode, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-11-12T08:30:00+01:00">
<title>Aktuelles &ndash; Kunstblumenmanufaktur Hentschel, Sebnitz</title>
<script>window.werkstatt = {rosenProTag: 1400, farben: 56, versand: "DHL"};</script>
</head>
<body>
<div class="cookie-hinweis">Ein Cookie merkt sich, was in Ihrem Blumenkorb liegt. <a \
href="#">Verstanden</a></div>
<nav><a href="/">Start</a> &middot; <a href="/schauwerkstatt">Schauwerkstatt</a> &middot; <a \
href="/laden">Laden</a> &middot; <a href="/aktuelles">Aktuelles</a></nav>
<main>
<h1>Christrosen aus Seide</h1>
<p>In unserer Schauwerkstatt arbeiten inzwischen 14 Blumenmacherinnen. Für eine Seidenrose aus \
Stoff, Draht und Wachs braucht es bis zu 40 Handgriffe, vom Ausstanzen der Blätter bis zum Formen \
mit dem heißen Eisen; an guten Tagen verlassen 1.400 Blüten das Haus. Zum Weihnachtsmarkt ab dem \
28. November bieten wir wieder Christrosen und Mistelzweige an, der Strauß zu 24 Euro. Führungen \
durch die Werkstatt gibt es täglich um 11 und um 14 Uhr.</p>
<h2>Switlana an der Prägepresse</h2>
<p>Switlana Kowal, 49, aus Uman hat dort in einer Näherei gearbeitet und prägt bei uns seit dem \
vergangenen Winter die Blütenblätter. Ihr Sohn steuert Drohnen an der Grenze bei Sumy. Am Sonntag \
habe er ihr Fotos aus seinem Abschnitt geschickt, erzählt Switlana. Darauf seien [[rund vierzig]] \
Nordkoreaner beim Bau eines Bunkers zu sehen, habe er geschrieben. [[Drei]] von ihnen habe seine \
Einheit in der Woche zuvor verwundet. &bdquo;Er schreibt, sie arbeiten auch im Regen, ohne \
Pause&ldquo;, sagt Switlana.</p>
<h2>Eine Studentin aus Cheonan</h2>
<p>Han So-yeon, 23, aus Cheonan studiert Textildesign und schreibt bei uns ihre Semesterarbeit \
über gefärbte Seide. Nach ihrer Einschätzung haben [[mehr als 20.000]] Nordkoreaner in Russland \
gedient. &bdquo;Sie werden für Öl und Raketen bezahlt, nicht die Soldaten&ldquo;, sagt sie.</p>
<h2>Aus den Nachrichten</h2>
<p>Der südkoreanische Geheimdienst erklärte am 4. November, Pjöngjang verlege zusätzlich [[rund \
5.000]] Militärbauarbeiter nach Russland. Nach Angaben des Dienstes sind weiterhin [[etwa 10.000]] \
Soldaten an der russisch-ukrainischen Grenze stationiert. Ein Nato-Vertreter sagte am Montag in \
Brüssel, [[bis zu 3.000]] weitere könnten im Winter folgen. Die Nachrichtenagentur KCNA meldete am \
Freitag, auf einer neuen Gedenkmauer in Pjöngjang stünden die Namen von [[über hundert]] \
Gefallenen. Im Oktober zeigte das Staatsfernsehen bei einer Parade [[Hunderte]] Heimkehrer aus dem \
Gebiet Kursk.</p>
<p>Bestellungen für Firmen und Kirchen unter 035971 5290.</p>
</main>
<footer>Kunstblumenmanufaktur Hentschel &middot; Schillerstraße 7 &middot; 01855 Sebnitz</footer>
</body>
</html>
""",
    claims=(
        C("rund vierzig", 40, "approx", "near_front", "other", "sun..pub",
          "a flower binder from Uman relaying her son, a drone operator at the Sumy border ('Am "
          "Sonntag habe er ihr Fotos aus seinem Abschnitt geschickt, erzählt Switlana.', "
          "Konjunktiv, 'habe er geschrieben'; the speaker quoted: other): building a bunker "
          "(approx with a number word; from Sunday, 9 November, to publication)"),
        C("Drei", 3, "exact", "casualties", "other", "sun..pub",
          "same message, Konjunktiv carried, sentence-initial number word: wounded by his unit "
          "'in der Woche zuvor' (the period, not the claim date)"),
        C("mehr als 20.000", 20000, "at_least", "in_russia", "other", "pub",
          "a textile design student from Cheonan, 'Nach ihrer Einschätzung' (undated): have "
          "served in Russia"),
        C("rund 5.000", 5000, "approx", "in_russia", "south_korea", "2025-11-04",
          "'Der südkoreanische Geheimdienst erklärte am 4. November' (Konjunktiv): 'zusätzlich' "
          "military builders being moved to Russia (increment)", add=True),
        C("etwa 10.000", 10000, "approx", "near_front", "south_korea", "2025-11-04",
          "'Nach Angaben des Dienstes' (the service of the sentence before, and its day): "
          "'weiterhin' stationed at the Russian-Ukrainian border (not an increment)"),
        C("bis zu 3.000", 3000, "at_most", "planned", "nato", "mon",
          "'Ein Nato-Vertreter sagte am Montag in Brüssel' (10 November): 'weitere' could follow "
          "in the winter (increment, planned)", add=True),
        C("über hundert", 100, "at_least", "casualties", "north_korea", "fri",
          "'Die Nachrichtenagentur KCNA meldete am Freitag' (7 November): the names of the fallen "
          "on a new memorial wall ('über' with a number word)"),
        C("Hunderte", None, "vague", "in_russia", "north_korea", "2025-10-01..2025-10-31",
          "'Im Oktober zeigte das Staatsfernsehen bei einer Parade' (the month): returnees from "
          "the Kursk region (returnees, as in earlier sets: optional)", opt=True),
    ),
)


# ---------------------------------------------------------------------------------------------
# English articles (Apalachicola and Carrabelle in Franklin County, Steinhatchee)
# ---------------------------------------------------------------------------------------------

S07 = Source(
    article_id="v193_07_obituary_funeral_home_apalachicola",
    language="en", fmt="txt", encoding="utf-8", published=day("2024-12-05"),
    dated_by="dateline",
    features="a funeral home's obituary of a Korean War veteran and retired oysterman from "
        "Apalachicola (Franklin County, Florida) as plain text, UTF-8, straight quotes, "
        "dated by the line 'APALACHICOLA, Fla., December 5, 2024' (Thursday); birth and "
        "death dates, his age, 40 years of tonging, the Korean War's American dead ('Almost "
        "37,000 Americans', not a claim) and a division ordinal first; the Pentagon that "
        "'said on October 28' `roughly 10,000` sent to Russia and, 'and that', `several "
        "thousand` of them moved closer to Ukraine (near the front; both united_states, "
        "that day); the veteran himself 'At his last Friday fish fry …, in November' `a few "
        "thousand` who would never come home (vague, casualties, other, the whole month); "
        "'In mid-November, when Ukraine's military intelligence said' `hundreds` killed or "
        "wounded (days 11-20); his grandson at Camp Humphreys who 'called on Thanksgiving "
        "Day' and 'told his grandfather' `more than 11,000` at the front in Kursk (other, "
        "28 November); the funeral home's own `thousands` of young men sent to another "
        "country's war (unattributed, vague, required); ages, years, children, "
        "grandchildren, times, an address, a phone number",
    text="""\
MAGNOLIA BLUFF FUNERAL HOME
Obituaries

APALACHICOLA, Fla., December 5, 2024

Raymond Earl "Ray" Tolliver
March 9, 1931 - December 2, 2024

Raymond Earl Tolliver, 93, who tonged oysters in the bay for more than 40 years and never missed a \
Friday fish fry at the VFW post, died at home on Monday evening with his daughter holding his \
hand.

Ray was born in a tin-roofed house on Bluff Road, the fourth of seven children, and was pulling a \
skiff before he could ride a bicycle. He enlisted in the Army at 19 and shipped out to Korea in \
the fall of 1950 with the 7th Infantry Division. He came home in 1952 missing two toes to \
frostbite and carrying a Bronze Star that he kept in a sock drawer for the rest of his life. \
Almost 37,000 Americans died in that war, and Ray could still name eleven of them from his \
company.

He married Loretta Sapp in 1954 and they raised four children on what the bay gave them. After the \
oyster bars gave out, Ray mended nets and told stories on the bench outside the hardware store, \
and he taught half the boys in town how to read the tides.

Ray said little about Korea until this fall, when word reached the bay that North Korea was \
sending soldiers to fight for Russia. His daughter Carol read him every story she could find. When \
the Pentagon said on October 28 that the North had shipped [[roughly 10,000]] soldiers to Russia \
to train there, and that [[several thousand]] of them had already moved closer to Ukraine, he had \
her tape the clipping to the refrigerator. "Those boys have no idea what they're walking into," he \
told her.

At his last Friday fish fry at the VFW, in November, Ray told anyone who would listen that [[a few \
thousand]] of them would never see home again. In mid-November, when Ukraine's military \
intelligence said that [[hundreds]] had already been killed or wounded in the Kursk region, he \
only nodded and went back to his mullet.

His grandson, Staff Sgt. Tyler Tolliver, is stationed at Camp Humphreys in South Korea. Tyler \
called on Thanksgiving Day, and Carol put him on speaker. He told his grandfather that [[more than \
11,000]] North Koreans were now at the front in Kursk. It was the last long talk the two of them \
had. Ray spent his final autumn grieving for the [[thousands]] of young men sent off to another \
country's war, the way he had once grieved for the boys in his own platoon.

Ray was preceded in death by Loretta and by his son Dale. He is survived by his daughter Carol \
Tolliver Massey, his sons Wade and Curtis, 11 grandchildren and 6 great-grandchildren.

Visitation will be Saturday from 10 to 11 a.m. at the funeral home, 214 Avenue D, with the service \
at 11 and burial with military honors to follow. In lieu of flowers, the family asks for gifts to \
the VFW post's scholarship fund. Condolences may be left at (850) 653-4417.
""",
    claims=(
        C("roughly 10,000", 10000, "approx", "in_russia", "united_states", "2024-10-28",
          "'When the Pentagon said on October 28 that' (an explicit date): sent to Russia for "
          "training"),
        C("several thousand", None, "vague", "near_front", "united_states", "2024-10-28",
          "same statement, 'and that': moved closer to Ukraine (near the front)"),
        C("a few thousand", None, "vague", "casualties", "other", "2024-11-01..2024-11-30",
          "the veteran himself, 'At his last Friday fish fry at the VFW, in November, Ray told "
          "anyone who would listen that' (the month): would never see home again (a forecast of "
          "deaths: casualties)"),
        C("hundreds", None, "vague", "casualties", "ukraine", "2024-11-11..2024-11-20",
          "'In mid-November, when Ukraine's military intelligence said that' (days 11-20): killed "
          "or wounded in the Kursk region"),
        C("more than 11,000", 11000, "at_least", "near_front", "other", "2024-11-28",
          "his grandson, a staff sergeant at Camp Humphreys ('Tyler called on Thanksgiving Day … "
          "He told his grandfather that'; a relative speaking, not a government: other): at the "
          "front in Kursk (Thanksgiving, 28 November 2024)"),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the funeral home's own framing without a source ('grieving for the thousands of young "
          "men sent off to another country's war'): unattributed, required"),
    ),
)


S08 = Source(
    article_id="v193_08_cemetery_notes_apalachicola_md",
    language="en", fmt="md", encoding="cp1252", published=day("2025-05-15"),
    dated_by="front_matter",
    features="a cemetery association's notes from Apalachicola (Franklin County, Florida) in "
        "Markdown, windows-1252 with `’` and `“”`, front matter with `date:` (Thursday) and "
        "a title without a figure; veterans' graves, flags, the work day, the oldest "
        "headstone's year, dues and plot maps in dollars first; a nurse from Odesa relaying "
        "her husband, a sapper near Sumy ('He called on Monday night, Halyna said:') `a "
        "couple of hundred` dug in along a tree line (vague, near the front) and `four` "
        "killed by their own mine (number word, casualties; both other, from Monday to "
        "publication); a retired nurse from Chuncheon who 'believes' Kim will send "
        "'another' `20,000` (increment, planned, other, `pub`); 'On April 30, Seoul's "
        "intelligence service told members of parliament' `about 600` dead; "
        "sentence-initial `At least 11,000` in Russia, the claimant in the next sentence "
        "('That was the figure the Defense Intelligence Agency gave Congress on Tuesday'); "
        "'According to a Russian deputy defense minister, who spoke to reporters at the "
        "Victory Day parade on May 9,' `several thousand` fought in Kursk (russia, vague, "
        "near the front); the association's own `thousands` who died near Kursk "
        "(unattributed, casualties, required); Russia's losses a day, graves, flags, years, "
        "dollars, ages",
    text="""\
---
title: "Cemetery Notes: flags, mowing and a call from the Sumy border"
date: 2025-05-15
association: Bay Bluff Cemetery Association
---

# Cemetery Notes

Memorial Day is coming, and with it our biggest work day of the year. On Saturday, May 24, \
volunteers will set flags on the 312 veterans’ graves in the old and new sections, starting at 8 \
a.m. at the Sixth Street gate. Bring gloves, a hat and water; we’ll have the flags, the coffee and \
the boiled peanuts. Our oldest legible headstone, dated 1838, got a gentle cleaning with soft \
brushes last month, and the fence along the back lot that the storm flattened is standing again. \
Dues stay at $25 a family, and the plot maps are $5 at the hardware store.

## Halyna and the mower

Halyna Sereda, 38, a nurse from Odesa who now works nights at the hospital, has mowed the oldest \
section every other Saturday since last summer. “The dead here are very patient,” she says. Her \
husband is a sapper near Sumy. He called on Monday night, Halyna said: across the border, [[a \
couple of hundred]] North Koreans had dug in along a tree line, and [[four]] of them had been \
killed by a mine they had laid themselves. “He says they never take their helmets off, not even to \
sleep,” she said.

## A neighbor from Chuncheon

Bae Mi-kyung, 70, a retired nurse from Chuncheon, came to Apalachicola with her late husband, an \
Air Force mechanic, and tends his grave every Sunday after church. She believes Kim Jong Un will \
send another [[20,000]] before the war is over. “He has many boys and no pity,” she said.

## The wider world

On April 30, Seoul’s intelligence service told members of parliament that [[about 600]] North \
Koreans had died in the fighting. [[At least 11,000]] are in Russia. That was the figure the \
Defense Intelligence Agency gave Congress on Tuesday. According to a Russian deputy defense \
minister, who spoke to reporters at the Victory Day parade on May 9, [[several thousand]] Koreans \
fought “side by side” with Russian troops in Kursk. Ukraine’s general staff puts Russia’s own \
losses at well over a thousand men a day. On Memorial Day we will honor our own. It is strange to \
think that nobody will set out flags for the [[thousands]] of North Koreans who died near Kursk.

Questions about plots or the work day: call Earline at the number on the gate sign.
""",
    claims=(
        C("a couple of hundred", None, "vague", "near_front", "other", "mon..pub",
          "a nurse from Odesa relaying her husband, a sapper near Sumy ('He called on Monday "
          "night, Halyna said:'; the speaker quoted: other): dug in along a tree line across the "
          "border (from Monday, 12 May, to publication)"),
        C("four", 4, "exact", "casualties", "other", "mon..pub",
          "same call, 'and', number word: killed by a mine they had laid themselves"),
        C("20,000", 20000, "exact", "planned", "other", "pub",
          "a retired nurse from Chuncheon, 'She believes' (undated): Kim will send 'another' "
          "before the war is over (increment, planned; span without the word)", add=True),
        C("about 600", 600, "approx", "casualties", "south_korea", "2025-04-30",
          "'On April 30, Seoul's intelligence service told members of parliament that' (an "
          "explicit date): died in the fighting"),
        C("At least 11,000", 11000, "at_least", "in_russia", "united_states", "tue",
          "sentence-initial figure, the claimant in the next sentence ('That was the figure the "
          "Defense Intelligence Agency gave Congress on Tuesday', 13 May): in Russia"),
        C("several thousand", None, "vague", "near_front", "russia", "2025-05-09",
          "'According to a Russian deputy defense minister, who spoke to reporters at the Victory "
          "Day parade on May 9,' (an explicit date in a relative clause): fought 'side by side' "
          "with Russian troops in Kursk (near the front)"),
        C("thousands", None, "vague", "casualties", "unattributed", "pub",
          "the association's own framing without a source ('nobody will set out flags for the "
          "thousands of North Koreans who died near Kursk'): unattributed, required"),
    ),
)


S09 = Source(
    article_id="v193_09_letters_free_weekly_carrabelle",
    language="en", fmt="txt", encoding="utf-16", published=day("2025-03-13"),
    dated_by="sidecar",
    sidecar=(
        "The Carrabelle Trader",
        "https://www.carrabelletrader.example/letters/2025-03-13",
        "Letters: ramp fees, a column's numbers and a nephew near Sumy",
    ),
    features="the letters to a free weekly shopper in Carrabelle (Franklin County, Florida) as "
        "plain text, UTF-16 LE with BOM (sidecar, Thursday), straight quotes, three letters "
        "and a 'Trader's note'; a letter on boat-ramp fees without a claim (dollars, "
        "trailers); a retired Coast Guard chief arguing with the paper's own column ('In "
        "last week's \"Trader Talk\" column (March 6), you wrote that') `30,000` fighting "
        "for Russia and `10,000` killed (unattributed, required, that day), the NIS that "
        "'told their lawmakers in late February' `about 11,000` 'in all' (a total, not an "
        "increment) and 'plus' `roughly 3,000` 'more' since January (increment; both the "
        "21st to the 28th), Zelensky's January figure `nearly 4,000` killed and wounded "
        "('nearly' as approx, the whole month); a reader relaying her nephew, a drone pilot "
        "near Sumy ('He wrote to us on Sunday night. By his count,') `a few hundred` "
        "'still' holding villages (vague, near the front) and `one` taken prisoner 'last "
        "week' (number word, casualties; both other, from Sunday to publication; the week "
        "is the event's); an editor's note without a figure; years of service, dollars, "
        "trailers, ages",
    text="""\
THE CARRABELLE TRADER
Free every Thursday: classifieds, tide tables, fishing report and your letters

LETTERS TO THE TRADER

Ramp fees again
The county wants to raise the launch fee at the Timber Island ramp from $5 to $10. On a good \
Saturday there are 40 trailers in that lot, most of them locals who already pay for the ramp with \
their taxes. Charge the tourists if you must, but give residents an annual sticker.
- Royce Lanier, Carrabelle

Your numbers were off
In last week's "Trader Talk" column (March 6), you wrote that [[30,000]] North Korean soldiers are \
fighting for Russia and that [[10,000]] of them have already been killed. I served 26 years in the \
Coast Guard, and I like a number checked before it goes out. The South Koreans, who watch the \
North closer than anybody, told their lawmakers in late February that Pyongyang had sent [[about \
11,000]] troops in all, plus [[roughly 3,000]] more since January. President Zelensky's figure for \
North Korean losses, given back in January, was [[nearly 4,000]], and that counted the wounded \
along with the dead. A paper that prints the tide tables to the minute can get this right too.
- Walt Brannon, Chief (ret.), Carrabelle

Trader's note: Mr. Brannon is right, and we thank him. Our column mixed a forecast up with a \
count, and the dead with the wounded.

A nephew near Sumy
My sister married a man from Kharkiv, and their son Oleh flies drones for a Ukrainian brigade near \
Sumy. He wrote to us on Sunday night. By his count, [[a few hundred]] North Koreans were still \
holding the villages across the border from his position, and his company had taken [[one]] of \
them prisoner last week. He said the boy asked for a cigarette, then cried. We pray for all of \
them at First Baptist, whichever side they are on.
- Donna Kersey, Lanark Village

Sign your letter and keep it under 250 words; the Trader's drop box stands outside the post office.
""",
    claims=(
        C("30,000", 30000, "exact", "near_front", "unattributed", "2025-03-06",
          "a reader quoting the paper's own column back at it ('In last week's \"Trader Talk\" "
          "column (March 6), you wrote that'): fighting for Russia (the paper's own figure, "
          "unattributed, required, the column's date)"),
        C("10,000", 10000, "exact", "casualties", "unattributed", "2025-03-06",
          "same column, 'and that': already killed"),
        C("about 11,000", 11000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "'The South Koreans … told their lawmakers in late February' (the 21st to the month's "
          "end): sent 'in all' (a total, not an increment)"),
        C("roughly 3,000", 3000, "approx", "in_russia", "south_korea", "2025-02-21..2025-02-28",
          "same briefing, 'plus … more since January' (increment; the months are the period)",
          add=True),
        C("nearly 4,000", 4000, "approx", "casualties", "ukraine", "2025-01-01..2025-01-31",
          "'President Zelensky's figure …, given back in January,' (the whole month): killed and "
          "wounded ('nearly' as approx)"),
        C("a few hundred", None, "vague", "near_front", "other", "sun..pub",
          "a reader relaying her nephew, a drone pilot near Sumy ('He wrote to us on Sunday "
          "night. By his count,'; the speaker quoted: other): 'still' holding the villages across "
          "the border (not an increment; from Sunday, 9 March, to publication)"),
        C("one", 1, "exact", "casualties", "other", "sun..pub",
          "same letter, 'and', number word: taken prisoner by his company 'last week' (the "
          "event's week, not the claim date)"),
    ),
)


S10 = Source(
    article_id="v193_10_museum_dispatch_amphibious_training_carrabelle_html",
    language="en", fmt="html", encoding="latin-1", published=day("2025-07-16"),
    dated_by="html_meta",
    features="a World War II amphibious training museum's dispatch from Carrabelle (Franklin "
        "County, Florida) in HTML, ISO-8859-1 with quotes and dashes only as entities "
        "(`&ldquo;`, `&rdquo;`, `&ndash;`, `&mdash;`, `&middot;`), `<meta name=\"date\">` "
        "(Wednesday) and an `og:title` without a figure, a cookie note about the gift-shop "
        "cart, a script with opening days, navigation, a footer with a ZIP code and a phone "
        "number; `<title>` and headline without a figure; the soldiers trained on these "
        "beaches ('more than a quarter of a million soldiers', another army, not a claim), "
        "years, exhibits, visitors and a parade place first; a docent from Kherson relaying "
        "his cousin, a combat medic on the Kursk border ('Last Thursday night the cousin "
        "sent him photos and a message:') `dozens` digging trenches (vague, near the front) "
        "and `a handful` killed by a drone (vague, casualties; both other, from Thursday to "
        "publication); a retired master sergeant whose grandparents fled Hamhung who "
        "'figures' `25,000 or more` will have passed through Russia by New Year's Day "
        "(at_least, planned, other, `pub`); Ukraine's military intelligence that 'expects' "
        "`25,000 to 30,000` 'more', 'a spokesman said in a briefing last week' (range, "
        "increment, planned); the Joint Chiefs in Seoul 'in a statement last Friday' `some "
        "4,700` killed or wounded; a US defense official who 'told reporters yesterday' "
        "`upward of 10,000` 'still' in Russia (at_least, not an increment); the museum's "
        "own `tens of thousands` drilled for another country's war (unattributed, vague, in "
        "Russia, required); soldiers, years, visitors, ages, a ZIP code, a phone number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="iso-8859-1">
<meta name="date" content="2025-07-16">
<meta property="og:title" content="Museum Dispatch: summer on the training beaches">
<title>Museum Dispatch &ndash; Carrabelle Amphibious Training Museum</title>
<script>var museum = {openDays: ["Thu", "Fri", "Sat"], admission: 0, lockers: 12};</script>
</head>
<body>
<div id="cookie-note">This site keeps one cookie so the gift-shop cart remembers your T-shirt \
size. <a href="#">Fine by me</a></div>
<nav><a href="/">Home</a> &middot; <a href="/visit">Visit</a> &middot; <a \
href="/exhibits">Exhibits</a> &middot; <a href="/dispatch">Dispatch</a></nav>
<main>
<h1>Summer on the training beaches</h1>
<p>Between 1942 and 1946, more than a quarter of a million soldiers learned on these sands how to \
come ashore under fire, from Normandy to the Pacific islands. Our new case by the front door holds \
a landing-craft compass, two dented canteens and a letter a private from Ohio wrote home in 1943 \
about the sand fleas. Attendance is up: 1,870 visitors came through in June, a record for us, and \
our float took second place in the Fourth of July parade.</p>
<h2>Mykola at the front desk</h2>
<p>Mykola Savchenko, 61, taught history at a school in Kherson for 30 years and now greets \
visitors here on Saturdays. He knows the landing tables better than most of our veterans' \
grandchildren do. His cousin is a combat medic on the Kursk border. Last Thursday night the cousin \
sent him photos and a message: [[dozens]] of North Koreans were digging new trenches in a birch \
wood across the line, and [[a handful]] had been killed when a drone found them at dawn. &ldquo;He \
says they dig the way our grandfathers dug,&rdquo; Mykola said.</p>
<h2>A radio man whose family came from Hamhung</h2>
<p>Daniel Ahn, 58, a retired Air Force master sergeant whose grandparents fled Hamhung in the \
winter of 1950, restores the museum's field radios. He figures that by New Year's Day [[25,000 or \
more]] North Koreans will have passed through Russia. &ldquo;My grandmother walked south so that \
nobody could send her sons anywhere,&rdquo; he said.</p>
<h2>The news from over there</h2>
<p>Ukraine's military intelligence expects Pyongyang to send [[25,000 to 30,000]] more soldiers, a \
spokesman said in a briefing last week. South Korea's Joint Chiefs of Staff, in a statement last \
Friday, counted [[some 4,700]] North Koreans killed or wounded since last fall. A U.S. defense \
official told reporters yesterday that [[upward of 10,000]] are still in Russia. Our docents can't \
walk past the landing-craft mockup anymore without thinking of the [[tens of thousands]] of North \
Koreans being drilled this summer for another country's war.</p>
<p>Group tours and school visits: call (850) 697-3105.</p>
</main>
<footer>Carrabelle Amphibious Training Museum &middot; 1001 Gray Avenue &middot; Carrabelle, FL \
32322</footer>
</body>
</html>
""",
    claims=(
        C("dozens", None, "vague", "near_front", "other", "thu..pub",
          "a docent from Kherson relaying his cousin, a combat medic on the Kursk border ('Last "
          "Thursday night the cousin sent him photos and a message:'; the speaker quoted: other): "
          "digging new trenches in a birch wood across the line (from Thursday, 10 July, to "
          "publication)"),
        C("a handful", None, "vague", "casualties", "other", "thu..pub",
          "same message, 'and': killed when a drone found them 'at dawn' (the event, not the "
          "claim date; 'a handful' vague)"),
        C("25,000 or more", 25000, "at_least", "planned", "other", "pub",
          "a retired master sergeant, 'He figures that by New Year's Day' (undated): will have "
          "passed through Russia (a forecast total: planned; 'or more' inside the span as "
          "at_least)"),
        C("25,000 to 30,000", None, "range", "planned", "ukraine", "lastweek",
          "'Ukraine's military intelligence expects …, a spokesman said in a briefing last week' "
          "(the claimant and day in the same sentence after the figure): 'more' soldiers to be "
          "sent (increment, planned)", add=True),
        C("some 4,700", 4700, "approx", "casualties", "south_korea", "fri",
          "'South Korea's Joint Chiefs of Staff, in a statement last Friday,' (11 July): killed "
          "or wounded since last fall (the period)"),
        C("upward of 10,000", 10000, "at_least", "in_russia", "united_states", "yday",
          "'A U.S. defense official told reporters yesterday' (15 July): 'still' in Russia "
          "('upward of' as at_least; not an increment)"),
        C("tens of thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the museum's own framing without a source ('the tens of thousands of North Koreans "
          "being drilled this summer for another country's war'): unattributed, required"),
    ),
)


S11 = Source(
    article_id="v193_11_scallop_report_charter_steinhatchee_md",
    language="en", fmt="md", encoding="utf-8-sig", published=day("2025-08-07"),
    dated_by="sidecar", crlf=True,
    sidecar=(
        "Big Bend Scallop Charters, Steinhatchee – Scallop Report",
        "https://www.bigbendscallopcharters.example/report/2025-08-07",
        "Scallop Report: clear water, full limits and a text from the Kursk border",
    ),
    features="a scallop charter's season report from Steinhatchee (Taylor County, Florida) in "
        "Markdown, UTF-8 with BOM and CRLF, front matter with `date:` as well as the "
        "sidecar (Thursday) and titles without a figure, straight quotes; water "
        "temperature, depth in feet, the limit in gallons and pints, a boat limit, a "
        "half-day's dollars ('up to six people', not a claim) and the closing date first; a "
        "deckhand from Chernivtsi relaying his brother-in-law, an infantryman on the Kursk "
        "border ('On Tuesday evening he texted Ivan that … and that') `around fifty` on a "
        "farm across the line (approx with a number word, near the front) and `two` who "
        "surrendered (number word, casualties; both other, from Tuesday to publication); a "
        "marine biology student from Yeosu who 'reckons' `over 2,000` dead (at_least, "
        "casualties, other, `pub`); the NIS that 'told lawmakers on Monday' `roughly 1,000` "
        "mine clearers at work in Kursk (near the front) and, 'and that', 'another' `5,000` "
        "builders being readied (increment, planned); NATO's secretary general who 'In July "
        "… put the number … at' `more than 15,000` (the month); sentence-initial `As many "
        "as 12,000` 'remain', 'Kyiv says' after the figure (at_most, in Russia, `pub`); "
        "KCNA's `dozens` engineers back from Kursk 'This month' (optional); degrees, feet, "
        "gallons, dollars, people, dates, ages",
    text="""\
---
title: "Scallop Report, first week of August"
date: 2025-08-07
charter: Big Bend Scallop Charters
---

# Scallop Report

The water off the river mouth is clear and 86 degrees, and the scallops are thick on the grass \
flats in 4 to 6 feet of water. The limit this season is 2 gallons of whole scallops per person, or \
a pint of meat, and no more than 10 gallons per boat, however many of you are aboard. A half-day \
trip for up to six people is $450 with masks, fins and the cleaning done for you. The season here \
closes on September 7, so book the late-August weekends soon.

## Ivan on the ladder

Our deckhand this summer, Ivan Hutsuliak, 23, grew up in Chernivtsi and came over on a student \
visa to study engineering in Tallahassee. He hauls snorkelers up the ladder all day and never \
loses his grin. His brother-in-law is an infantryman on the Kursk border. On Tuesday evening he \
texted Ivan that [[around fifty]] North Koreans had taken over a farm across the line, and that \
[[two]] of them had walked over with their hands up and surrendered. "He says they were hungry and \
very young," Ivan said.

## A scientist from Yeosu

Lee Seo-hyun, 27, a marine biology student from Yeosu who spent the summer counting scallops for a \
university lab, came out with us on Saturday and filled her limit in forty minutes. She reckons \
the North Korean dead number [[over 2,000]]. "Nobody in the North will ever be told their names," \
she said.

## Beyond the flats

South Korea's spy agency told lawmakers on Monday that [[roughly 1,000]] mine clearers from the \
North were already working the Kursk fields, and that another [[5,000]] military construction \
workers were being readied. In July, NATO's secretary general put the number of North Koreans who \
had served a rotation in Russia since last fall at [[more than 15,000]]. [[As many as 12,000]] \
remain there, Kyiv says. This month KCNA showed Kim Jong Un greeting [[dozens]] of engineers back \
from Kursk.

Call or text the boat to book: times and meeting point on the dock board.
""",
    claims=(
        C("around fifty", 50, "approx", "near_front", "other", "tue..pub",
          "a deckhand from Chernivtsi relaying his brother-in-law, an infantryman on the Kursk "
          "border ('On Tuesday evening he texted Ivan that'; the speaker quoted: other): took "
          "over a farm across the line (approx with a number word; from Tuesday, 5 August, to "
          "publication)"),
        C("two", 2, "exact", "casualties", "other", "tue..pub",
          "same text, 'and that', number word: walked over and surrendered (captured)"),
        C("over 2,000", 2000, "at_least", "casualties", "other", "pub",
          "a marine biology student from Yeosu, 'She reckons the North Korean dead number' "
          "(undated)"),
        C("roughly 1,000", 1000, "approx", "near_front", "south_korea", "mon",
          "'South Korea's spy agency told lawmakers on Monday' (4 August): mine clearers already "
          "working the Kursk fields"),
        C("5,000", 5000, "exact", "planned", "south_korea", "mon",
          "same briefing, 'and that another … were being readied' (increment, planned; span "
          "without the word)", add=True),
        C("more than 15,000", 15000, "at_least", "in_russia", "nato", "2025-07-01..2025-07-31",
          "'In July, NATO's secretary general put the number … at' (the month): served a rotation "
          "in Russia since last fall (a total over a period)"),
        C("As many as 12,000", 12000, "at_most", "in_russia", "ukraine", "pub",
          "sentence-initial figure, the claimant after it ('Kyiv says', undated): 'remain' in "
          "Russia (not an increment)"),
        C("dozens", None, "vague", "in_russia", "north_korea", "2025-08-01..pub",
          "'This month KCNA showed Kim Jong Un greeting' (the 1st to publication): engineers back "
          "from Kursk (returnees, as in earlier sets: optional)", opt=True),
    ),
)


S12 = Source(
    article_id="v193_12_camp_news_fish_camp_steinhatchee_html",
    language="en", fmt="html", encoding="cp1252", published=day("2025-10-22"),
    dated_by="sidecar",
    sidecar=(
        "Deadman Bay Fish Camp, Steinhatchee – Camp News",
        "https://www.deadmanbayfishcamp.example/news/2025-10",
        "Camp News: cabins back, redfish running and a call from the Kursk border",
    ),
    features="a fish camp's news page from Steinhatchee (Taylor County, Florida) in HTML, "
        "windows-1252 with raw `“”`, `’` and `·`, no meta date (sidecar, Wednesday; the "
        "sidecar title without a figure), a cookie note about the booking calendar, a "
        "script with cabins and slips, navigation, a footer with a ZIP code and a phone "
        "number; `<title>` without a figure; cabins rebuilt after the storms, slips, "
        "nightly rates in dollars, the redfish slot in inches and the water's degrees "
        "first; a cabin cleaner from Kamianske relaying her son, a mortar crewman on the "
        "Kursk border ('He called on Saturday:') `several dozen` sappers clearing mines "
        "(vague, near the front) and `seven` killed in one afternoon (number word, "
        "casualties; both other, from Saturday to publication); a retired South Korean "
        "Marine colonel from Pohang who 'puts the number who have served in Russia at' "
        "`15,000 or 16,000` (two figures joined by 'or': range, other, `pub`); a subheading "
        "'Seoul: 10,000 still on the border' whose `10,000` takes the claimant and day of "
        "the passage below it (south_korea, from Tuesday to publication, exact); Seoul's "
        "spy agency that 'said on Tuesday' `10,000 or so` 'remain' (near the front, not an "
        "increment); the Pentagon that 'in a report to Congress last week, estimated' `at "
        "least 2,000` killed; 'This month the governor of Russia's Kursk region said' "
        "`hundreds` of builders fixing roads there (russia, vague, near the front); state "
        "TV's `several hundred` Kursk veterans at the parade of October 10 (optional); the "
        "camp's own `thousands` 'more' headed to Russia (unattributed, vague, increment, "
        "required); cabins, slips, dollars, inches, degrees, ages, a ZIP code, a phone "
        "number",
    text="""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="windows-1252">
<title>Camp News – Deadman Bay Fish Camp, Steinhatchee</title>
<script>var camp = {cabins: 18, open: 14, slips: 22, bait: "live shrimp"};</script>
</head>
<body>
<div class="cookie-note">We use one cookie to hold your dates while you book a cabin. <a \
href="#">Sounds good</a></div>
<nav><a href="/">Home</a> · <a href="/cabins">Cabins</a> · <a href="/slips">Boat slips</a> · <a \
href="/news">Camp news</a></nav>
<main>
<h1>Cabins back, redfish running</h1>
<p>A year after the storm surge took the lower row, 14 of our 18 cabins are open again, with new \
floors, new wiring and the same old screen porches. Slips rent for $30 a night and the fall cabin \
rate is $95. The redfish are schooling on the outgoing tide, and the slot is 18 to 27 inches, one \
fish a day. The water’s down to 74 degrees, which the trout seem to like as much as we do.</p>
<h2>Oksana at the bait tank</h2>
<p>Oksana Lysenko, 46, came from Kamianske two winters ago; she cleans the cabins, runs the bait \
tank and knows every regular by his boat. Her son is a mortar crewman on the Kursk border. He \
called on Saturday: [[several dozen]] North Korean sappers were clearing mines in the fields \
opposite his position, and [[seven]] had been killed in one afternoon when a field went up under \
them. “He says they walk in a line, shoulder to shoulder, like they are planting rice,” Oksana \
said.</p>
<h2>A colonel from Pohang</h2>
<p>Ryu Jae-sung, 71, a retired South Korean Marine colonel from Pohang, has wintered in cabin 9 \
for six years. He puts the number who have served in Russia at [[15,000 or 16,000]]. “They are \
brave, and they are for sale,” he said.</p>
<h2>Seoul: [[10,000]] still on the border</h2>
<p>Seoul’s spy agency said on Tuesday that [[10,000 or so]] North Korean troops remain posted \
along Russia’s border with Ukraine. The Pentagon, in a report to Congress last week, estimated \
that [[at least 2,000]] had been killed. This month the governor of Russia’s Kursk region said \
[[hundreds]] of builders from the North were fixing roads and bridges in his province. State TV, \
covering the October 10 parade in Pyongyang, showed Kim Jong Un saluting [[several hundred]] Kursk \
veterans. It seems every few weeks there is word of [[thousands]] more young Koreans headed to \
Russia, and Oksana reads every line of it.</p>
<p>Reservations: (352) 498-2176, 6 a.m. to 8 p.m.</p>
</main>
<footer>Deadman Bay Fish Camp · Riverside Drive · Steinhatchee, FL 32359</footer>
</body>
</html>
""",
    claims=(
        C("several dozen", None, "vague", "near_front", "other", "sat..pub",
          "a cabin cleaner from Kamianske relaying her son, a mortar crewman on the Kursk border "
          "('He called on Saturday:'; the speaker quoted: other): sappers clearing mines in the "
          "fields opposite (from Saturday, 18 October, to publication)"),
        C("seven", 7, "exact", "casualties", "other", "sat..pub",
          "same call, 'and', number word: killed 'in one afternoon' (the event's time, not the "
          "claim date)"),
        C("15,000 or 16,000", None, "range", "in_russia", "other", "pub",
          "a retired South Korean Marine colonel, 'He puts the number who have served in Russia "
          "at' (undated; two figures joined by 'or': range)"),
        C("10,000", 10000, "exact", "near_front", "south_korea", "tue..pub",
          "the subheading 'Seoul: 10,000 still on the border': takes the claimant of the passage "
          "below it (Seoul's spy agency on Tuesday, 21 October) and the window from that day to "
          "publication; no hedge in the head"),
        C("10,000 or so", 10000, "approx", "near_front", "south_korea", "tue",
          "'Seoul's spy agency said on Tuesday' (21 October): 'remain' posted along the border "
          "('or so' inside the span as approx; not an increment)"),
        C("at least 2,000", 2000, "at_least", "casualties", "united_states", "lastweek",
          "'The Pentagon, in a report to Congress last week, estimated': killed"),
        C("hundreds", None, "vague", "near_front", "russia", "2025-10-01..pub",
          "'This month the governor of Russia's Kursk region said' (the 1st to publication): "
          "builders fixing roads and bridges in his province (near the front)"),
        C("several hundred", None, "vague", "in_russia", "north_korea", "2025-10-10",
          "'State TV, covering the October 10 parade in Pyongyang, showed': Kursk veterans "
          "saluted by Kim (returnees, as in earlier sets: optional)", opt=True),
        C("thousands", None, "vague", "in_russia", "unattributed", "pub",
          "the camp's own framing without a source ('every few weeks there is word of thousands "
          "more young Koreans headed to Russia'): 'more' (increment), unattributed, required",
          add=True),
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
